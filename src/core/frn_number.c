/*
 * frn_number.c — exact decimals and the French number grammar.
 *
 * The grammar runs over lexer items (frn_numlex.h).  A number is either
 * digits (value resolved by the lexer) optionally followed by scale words
 * ("1,5 million", "2 milliards 300 millions", "10 Md"), or words combined
 * by the usual French rules: units and tens add up within a group below
 * one thousand (with "et" before un/une/onze, quatre-vingt, soixante-dix,
 * and the Belgian/Swiss septante/huitante/octante/nonante), "cent"
 * multiplies the units before it, and scale words (mille, million,
 * milliard, billion) close a group.  A scale larger than every scale seen
 * so far multiplies everything before it ("mille milliards" = 10^12).
 */
#include "frn_number.h"

#include <string.h>

#include "frn_iso4217.h"
#include "frn_numlex.h"

/* ------------------------------------------------------------------ */
/* Exact decimals                                                      */

static __int128 pow10_tab[FRN_DEC_MAX_DIGITS + 1];

static const __int128 *
pow10s(void)
{
	if (pow10_tab[0] == 0)
	{
		__int128	p = 1;

		for (int k = 0; k <= FRN_DEC_MAX_DIGITS; k++)
		{
			pow10_tab[k] = p;
			if (k < FRN_DEC_MAX_DIGITS)
				p *= 10;
		}
	}
	return pow10_tab;
}

static int
ndigits128(__int128 v)
{
	const __int128 *p = pow10s();
	int			n = 1;

	if (v < 0)
		v = -v;
	while (n <= FRN_DEC_MAX_DIGITS && v >= p[n])
		n++;
	return n;
}

bool
frn_dec_is_zero(const frn_dec *d)
{
	return d->coef == 0;
}

void
frn_dec_normalize(frn_dec *d)
{
	if (d->coef == 0)
	{
		d->exp = 0;
		return;
	}
	while (d->coef % 10 == 0)
	{
		d->coef /= 10;
		d->exp++;
	}
}

/* Bring a to exponent e <= a->exp; false if that needs too many digits. */
static bool
rescale(frn_dec *a, int32_t e)
{
	int			shift = a->exp - e;

	if (shift == 0 || a->coef == 0)
	{
		a->exp = e;
		return true;
	}
	if (shift < 0 || shift > FRN_DEC_MAX_DIGITS ||
		ndigits128(a->coef) + shift > FRN_DEC_MAX_DIGITS)
		return false;
	a->coef *= pow10s()[shift];
	a->exp = e;
	return true;
}

bool
frn_dec_add(frn_dec *r, const frn_dec *a, const frn_dec *b)
{
	frn_dec		x = *a,
				y = *b;
	int32_t		e;

	frn_dec_normalize(&x);
	frn_dec_normalize(&y);
	if (x.coef == 0)
	{
		*r = y;
		return true;
	}
	if (y.coef == 0)
	{
		*r = x;
		return true;
	}
	e = x.exp < y.exp ? x.exp : y.exp;
	if (!rescale(&x, e) || !rescale(&y, e))
		return false;
	r->coef = x.coef + y.coef;
	r->exp = e;
	if (ndigits128(r->coef) > FRN_DEC_MAX_DIGITS)
		return false;
	frn_dec_normalize(r);
	return true;
}

bool
frn_dec_mul_int(frn_dec *r, const frn_dec *a, int64_t m)
{
	frn_dec		x = *a;

	frn_dec_normalize(&x);
	if (x.coef != 0 && ndigits128(x.coef) + ndigits128(m) > FRN_DEC_MAX_DIGITS)
		return false;
	r->coef = x.coef * m;
	r->exp = x.exp;
	frn_dec_normalize(r);
	return true;
}

/* Weight and leading digit of a positive integer in base 10000 (numeric's digits). */
static void
base10000_lead(__int128 v, int *weight, int *first)
{
	*weight = 0;
	while (v >= 10000)
	{
		v /= 10000;
		(*weight)++;
	}
	*first = (int) v;
}

/*
 * num / den for positive integers, rounded (half away from zero) to the
 * scale PostgreSQL's numeric division gives them (select_div_scale in
 * numeric.c: 16 significant digits, more when the quotient is below one
 * base-10000 digit), so that fr_number('deux tiers') = 2::numeric / 3.
 * False if the quotient cannot be held.
 */
bool
frn_dec_div_int(frn_dec *r, __int128 num, __int128 den)
{
	int			w1,
				f1,
				w2,
				f2,
				qweight,
				rscale;
	__int128	q,
				rem;

	if (num <= 0 || den <= 0)
		return false;
	base10000_lead(num, &w1, &f1);
	base10000_lead(den, &w2, &f2);
	qweight = w1 - w2 - (f1 <= f2 ? 1 : 0);
	rscale = 16 - 4 * qweight;
	if (rscale < 0)
		rscale = 0;
	if (rscale > FRN_DEC_MAX_DIGITS || ndigits128(num) + rscale > FRN_DEC_MAX_DIGITS)
		return false;
	num *= pow10s()[rscale];
	q = num / den;
	rem = num % den;
	if (2 * rem >= den)
		q++;
	r->coef = q;
	r->exp = -rscale;
	frn_dec_normalize(r);
	return true;
}

int
frn_dec_cmp(const frn_dec *a, const frn_dec *b)
{
	frn_dec		d,
				nb = *b;

	nb.coef = -nb.coef;
	if (!frn_dec_add(&d, a, &nb))
	{
		/* too far apart to subtract exactly: compare signs then magnitudes */
		frn_dec		x = *a,
					y = *b;

		frn_dec_normalize(&x);
		frn_dec_normalize(&y);
		if ((x.coef < 0) != (y.coef < 0))
			return x.coef < 0 ? -1 : 1;
		{
			int			mx = ndigits128(x.coef) + x.exp,
						my = ndigits128(y.coef) + y.exp;
			int			c = mx < my ? -1 : 1;

			return x.coef < 0 ? -c : c;
		}
	}
	return d.coef < 0 ? -1 : (d.coef > 0 ? 1 : 0);
}

size_t
frn_dec_format(const frn_dec *d, char *buf)
{
	frn_dec		x = *d;
	char		digits[FRN_DEC_MAX_DIGITS + 2];
	int			nd = 0;
	size_t		o = 0;
	__int128	v;

	frn_dec_normalize(&x);
	v = x.coef < 0 ? -x.coef : x.coef;
	do
	{
		digits[nd++] = (char) ('0' + (int) (v % 10));
		v /= 10;
	} while (v > 0);
	if (x.coef < 0)
		buf[o++] = '-';
	if (x.exp >= 0)
	{
		for (int k = nd - 1; k >= 0; k--)
			buf[o++] = digits[k];
		if (x.coef != 0)
			for (int k = 0; k < x.exp; k++)
				buf[o++] = '0';
	}
	else
	{
		int			frac = -x.exp;
		int			intd = nd - frac;

		if (intd <= 0)
		{
			buf[o++] = '0';
			buf[o++] = '.';
			for (int k = 0; k < -intd; k++)
				buf[o++] = '0';
			for (int k = nd - 1; k >= 0; k--)
				buf[o++] = digits[k];
		}
		else
		{
			for (int k = nd - 1; k >= 0; k--)
			{
				buf[o++] = digits[k];
				if (k == frac && k > 0)
					buf[o++] = '.';
			}
		}
	}
	buf[o] = '\0';
	return o;
}

bool
frn_dec_parse_plain(const char *s, size_t len, frn_dec *out)
{
	size_t		i = 0;
	bool		neg = false;
	bool		any = false;
	int			sig = 0,
				frac = 0;
	__int128	c = 0;
	bool		point = false;

	if (i < len && s[i] == '-')
	{
		neg = true;
		i++;
	}
	for (; i < len; i++)
	{
		char		ch = s[i];

		if (ch == '.' && !point && any && i + 1 < len)
		{
			point = true;
			continue;
		}
		if (ch < '0' || ch > '9')
			return false;
		any = true;
		if (point)
			frac++;
		if (sig == 0 && ch == '0')
			continue;
		if (++sig > FRN_DEC_MAX_DIGITS)
			return false;
		c = c * 10 + (ch - '0');
	}
	if (!any || frac > FRN_DEC_MAX_EXP)
		return false;
	out->coef = neg ? -c : c;
	out->exp = -frac;
	frn_dec_normalize(out);
	return true;
}

/* ------------------------------------------------------------------ */
/* Number words                                                        */

enum nw_class
{
	NW_NONE, NW_UNIT, NW_TEN, NW_VINGTS, NW_CENT, NW_SCALE, NW_DEMI, NW_ET, NW_VIRGULE
};

static enum nw_class
number_word(uint16_t wid, int *val)
{
	switch (wid)
	{
		case FRN_W_ZERO: *val = 0; return NW_UNIT;
		case FRN_W_UN: case FRN_W_UNE: *val = 1; return NW_UNIT;
		case FRN_W_DEUX: *val = 2; return NW_UNIT;
		case FRN_W_TROIS: *val = 3; return NW_UNIT;
		case FRN_W_QUATRE: *val = 4; return NW_UNIT;
		case FRN_W_CINQ: *val = 5; return NW_UNIT;
		case FRN_W_SIX: *val = 6; return NW_UNIT;
		case FRN_W_SEPT: *val = 7; return NW_UNIT;
		case FRN_W_HUIT: *val = 8; return NW_UNIT;
		case FRN_W_NEUF: *val = 9; return NW_UNIT;
		case FRN_W_DIX: *val = 10; return NW_UNIT;
		case FRN_W_ONZE: *val = 11; return NW_UNIT;
		case FRN_W_DOUZE: *val = 12; return NW_UNIT;
		case FRN_W_TREIZE: *val = 13; return NW_UNIT;
		case FRN_W_QUATORZE: *val = 14; return NW_UNIT;
		case FRN_W_QUINZE: *val = 15; return NW_UNIT;
		case FRN_W_SEIZE: *val = 16; return NW_UNIT;
		case FRN_W_VINGT: *val = 20; return NW_TEN;
		case FRN_W_TRENTE: *val = 30; return NW_TEN;
		case FRN_W_QUARANTE: *val = 40; return NW_TEN;
		case FRN_W_CINQUANTE: *val = 50; return NW_TEN;
		case FRN_W_SOIXANTE: *val = 60; return NW_TEN;
		case FRN_W_SEPTANTE: *val = 70; return NW_TEN;
		case FRN_W_HUITANTE: case FRN_W_OCTANTE: *val = 80; return NW_TEN;
		case FRN_W_NONANTE: *val = 90; return NW_TEN;
		case FRN_W_VINGTS: *val = 80; return NW_VINGTS;
		case FRN_W_CENT: case FRN_W_CENTS: *val = 100; return NW_CENT;
		case FRN_W_MILLE: *val = 3; return NW_SCALE;
		case FRN_W_MILLION: case FRN_W_MILLIONS: *val = 6; return NW_SCALE;
		case FRN_W_MILLIARD: case FRN_W_MILLIARDS: *val = 9; return NW_SCALE;
		case FRN_W_BILLION: case FRN_W_BILLIONS: *val = 12; return NW_SCALE;
		case FRN_W_DEMI: case FRN_W_DEMIE: *val = 0; return NW_DEMI;
		case FRN_W_ET: *val = 0; return NW_ET;
		case FRN_W_VIRGULE: *val = 0; return NW_VIRGULE;
		default: *val = 0; return NW_NONE;
	}
}

/*
 * Ordinals stand for their cardinal inside a denominator only
 * ("cinquième" = 5 in "trois cinquièmes"; "vingt et unième" = 21).  The
 * lexicon lists them singular then plural, in this order.
 */
static const struct
{
	enum nw_class cls;
	int			v;
}			ordinal_cardinals[] = {
	{NW_UNIT, 1}, {NW_UNIT, 2}, {NW_UNIT, 3}, {NW_UNIT, 4}, {NW_UNIT, 5}, {NW_UNIT, 6},
	{NW_UNIT, 7}, {NW_UNIT, 8}, {NW_UNIT, 9}, {NW_UNIT, 10}, {NW_UNIT, 11}, {NW_UNIT, 12},
	{NW_UNIT, 13}, {NW_UNIT, 14}, {NW_UNIT, 15}, {NW_UNIT, 16}, {NW_TEN, 20}, {NW_TEN, 30},
	{NW_TEN, 40}, {NW_TEN, 50}, {NW_TEN, 60}, {NW_TEN, 70}, {NW_TEN, 80}, {NW_TEN, 80},
	{NW_TEN, 90}, {NW_CENT, 100}, {NW_SCALE, 3}, {NW_SCALE, 6}, {NW_SCALE, 9}, {NW_SCALE, 12}
};

static bool
ordinal_word(uint16_t wid, enum nw_class *cls, int *v, bool *plural)
{
	int			k = (int) wid - FRN_W_UNIEME;

	if (k < 0 || k >= 2 * (int) (sizeof(ordinal_cardinals) / sizeof(ordinal_cardinals[0])))
		return false;
	*cls = ordinal_cardinals[k / 2].cls;
	*v = ordinal_cardinals[k / 2].v;
	*plural = (k & 1) != 0;
	return true;
}

/* Collective numbers: "une dizaine" (10), "trois douzaines" (36), "des milliers". */
static int
collective_value(uint16_t wid)
{
	switch (wid)
	{
		case FRN_W_DIZAINE: case FRN_W_DIZAINES: return 10;
		case FRN_W_DOUZAINE: case FRN_W_DOUZAINES: return 12;
		case FRN_W_QUINZAINE: case FRN_W_QUINZAINES: return 15;
		case FRN_W_VINGTAINE: case FRN_W_VINGTAINES: return 20;
		case FRN_W_TRENTAINE: case FRN_W_TRENTAINES: return 30;
		case FRN_W_QUARANTAINE: case FRN_W_QUARANTAINES: return 40;
		case FRN_W_CINQUANTAINE: case FRN_W_CINQUANTAINES: return 50;
		case FRN_W_SOIXANTAINE: case FRN_W_SOIXANTAINES: return 60;
		case FRN_W_CENTAINE: case FRN_W_CENTAINES: return 100;
		case FRN_W_MILLIER: case FRN_W_MILLIERS: return 1000;
		default: return 0;
	}
}

/*
 * Case-sensitive scale abbreviations after a number in digits: k K (10^3),
 * M Mio Mios (10^6), Md Mds Mrd Mrds md mds mrd mrds (10^9).  Returns the
 * exponent or 0.
 */
static int
scale_abbrev(const char *w, size_t n)
{
	if (n == 1)
		return (w[0] == 'k' || w[0] == 'K') ? 3 : (w[0] == 'M' ? 6 : 0);
	if ((n == 3 && memcmp(w, "Mio", 3) == 0) || (n == 4 && memcmp(w, "Mios", 4) == 0))
		return 6;
	if (w[0] != 'M' && w[0] != 'm')
		return 0;
	if ((n == 2 && memcmp(w + 1, "d", 1) == 0) || (n == 3 && memcmp(w + 1, "ds", 2) == 0) ||
		(n == 3 && memcmp(w + 1, "rd", 2) == 0) || (n == 4 && memcmp(w + 1, "rds", 3) == 0))
		return 9;
	return 0;
}

/* The scale exponent of items[i] as a scale word or (if after digits) abbreviation. */
static int
item_scale(const char *text, const frn_item *it, size_t n, size_t i, bool after_digits)
{
	int			v;

	if (i >= n || it[i].kind != FRN_IT_WORD)
		return 0;
	if (number_word(it[i].wid, &v) == NW_SCALE)
		return v;
	if (after_digits)
	{
		int			e = scale_abbrev(text + it[i].b, it[i].bl);

		/* "M." is Monsieur, not a million */
		if (e && i + 1 < n && it[i + 1].kind == FRN_IT_PUNCT && it[i + 1].cp == '.' &&
			!(it[i + 1].flags & FRN_IF_SPACE))
			return 0;
		return e;
	}
	return 0;
}

/* Parser state for one number expression. */
typedef struct numstate
{
	frn_dec		total;			/* closed groups */
	frn_dec		cur;			/* the open group */
	int			g;				/* the open group as an integer, when in words */
	bool		cur_set;		/* something in the open group */
	bool		cur_digits;		/* the open group came from digits */
	bool		cent_done;		/* "cent" applied in the open group */
	bool		tens_free;		/* a ten word may come next */
	int			umin,
				umax;			/* range of the unit word that may come next */
	int			last_unit;		/* value of the last word if it was a unit, else -1 */
	int			last_scale;		/* exponent of the last scale applied, 0 none */
	bool		closed;			/* nothing may follow (zero, "et demi", "vingts") */
	bool		et;				/* an "et" was just read */
	bool		qv;				/* the tens of the open group are quatre-vingt */
	bool		ordinal_ok;		/* reading a denominator: an ordinal may end it */
	bool		ordinal;		/* an ordinal ended it */
	bool		plural;			/* that ordinal was plural */
	bool		nested;			/* a numerator: "et" + fraction not tried again */
	int			flags;
} numstate;

static void
state_init(numstate *st)
{
	memset(st, 0, sizeof(*st));
	st->tens_free = true;
	st->umin = 0;
	st->umax = 16;
	st->last_unit = -1;
}

static bool
set_cur_int(numstate *st, int g)
{
	st->g = g;
	st->cur.coef = g;
	st->cur.exp = 0;
	return true;
}

static bool
apply_scale(numstate *st, int e)
{
	frn_dec		grp;

	if (st->closed || st->et)
		return false;
	if (st->cur_set)
		grp = st->cur;
	else if (st->last_scale && e > st->last_scale)
	{
		grp.coef = 0;			/* "mille milliards": the scale multiplies the total */
		grp.exp = 0;
	}
	else if ((e == 3 && st->last_scale != 3) || (st->ordinal_ok && st->last_scale == 0))
	{
		grp.coef = 1;			/* "mille" alone is one thousand; "millionième" */
		grp.exp = 0;
	}
	else
		return false;
	if (st->last_scale == e)
		return false;
	if (st->last_scale == 0 || e > st->last_scale)
	{
		if (!frn_dec_add(&st->total, &st->total, &grp))
			return false;
		st->total.exp += e;
	}
	else
	{
		grp.exp += e;
		if (!frn_dec_add(&st->total, &st->total, &grp))
			return false;
	}
	if (st->total.exp > FRN_DEC_MAX_EXP)
		return false;
	st->last_scale = e;
	st->cur_set = false;
	st->cur_digits = false;
	st->cent_done = false;
	st->g = 0;
	st->cur.coef = 0;
	st->cur.exp = 0;
	st->tens_free = true;
	st->umin = 1;
	st->umax = 16;
	st->last_unit = -1;
	st->flags |= FRN_NF_SCALE;
	return true;
}

/* A unit word (zéro … seize, v its value) continuing the number. */
static bool
apply_unit(numstate *st, int v)
{
	if (st->cur_digits)
		return false;
	if (v == 0)
	{
		/* zéro: only a number on its own */
		if (st->cur_set || st->last_scale || st->et)
			return false;
		st->cur_set = true;
		set_cur_int(st, 0);
		st->closed = true;
		st->flags |= FRN_NF_WORDS;
		return true;
	}
	if (st->et && !(v == 1 || v == 11))
		return false;
	if (!st->cur_set && !st->last_scale && !st->et)
	{
		set_cur_int(st, v);
	}
	else
	{
		if (v < st->umin || v > st->umax || st->umax == 0)
			return false;
		set_cur_int(st, st->g + v);
	}
	st->cur_set = true;
	st->tens_free = false;
	/* dix may be followed by sept, huit, neuf (dix-sept, soixante-dix-neuf) */
	st->umin = (v == 10) ? 7 : 0;
	st->umax = (v == 10) ? 9 : 0;
	st->last_unit = v;
	st->et = false;
	st->flags |= FRN_NF_WORDS;
	return true;
}

/* A ten (vingt … nonante, v its value), or the vingt of quatre-vingt. */
static bool
apply_ten(numstate *st, int v)
{
	if (st->cur_digits || st->et)
		return false;
	if (v == 20 && st->last_unit == 4 && st->g % 100 == 4)
	{
		/* quatre-vingt */
		set_cur_int(st, st->g + 76);
		st->qv = true;
		st->umin = 1;
		st->umax = 16;
		st->tens_free = false;
		st->last_unit = -1;
		return true;
	}
	if (!st->tens_free)
		return false;
	set_cur_int(st, st->g + v);
	st->cur_set = true;
	st->tens_free = false;
	st->qv = false;
	st->umin = 1;
	st->umax = (v == 60 || v == 80) ? 16 : 9;
	st->last_unit = -1;
	st->flags |= FRN_NF_WORDS;
	return true;
}

/* "vingts" after "quatre": quatre-vingts, a number that takes no unit after it. */
static bool
apply_vingts(numstate *st)
{
	if (st->cur_digits || st->et || st->last_unit != 4 || st->g % 100 != 4)
		return false;
	set_cur_int(st, st->g + 76);
	st->qv = true;
	st->umin = st->umax = 0;
	st->tens_free = false;
	st->last_unit = -1;
	return true;
}

/* "cent(s)", alone or after a unit of two to nine. */
static bool
apply_cent(numstate *st)
{
	if (st->cur_digits || st->et || st->cent_done)
		return false;
	if (!st->cur_set)
		set_cur_int(st, 100);
	else if (st->g >= 2 && st->g <= 9 && st->last_unit == st->g)
		set_cur_int(st, st->g * 100);
	else
		return false;
	st->cur_set = true;
	st->cent_done = true;
	st->tens_free = true;
	st->umin = 1;
	st->umax = 16;
	st->last_unit = -1;
	st->flags |= FRN_NF_WORDS;
	return true;
}

/* Apply one number word (class/value); false if it cannot continue the number. */
static bool
apply_word(numstate *st, enum nw_class cls, int v)
{
	if (st->closed)
		return false;
	switch (cls)
	{
		case NW_UNIT:
			return apply_unit(st, v);
		case NW_TEN:
			return apply_ten(st, v);
		case NW_VINGTS:
			return apply_vingts(st);
		case NW_CENT:
			return apply_cent(st);
		case NW_SCALE:
			return apply_scale(st, v);
		default:
			return false;
	}
}

/*
 * Add a fraction of the last scale ("un million et demi", "cinq milliards
 * et trois quarts") or of one ("cent trois et deux tiers"); nothing may
 * follow.
 */
static bool
apply_fraction_part(numstate *st, frn_dec frac)
{
	if (st->closed)
		return false;
	if (st->last_scale && !st->cur_set)
		frac.exp += st->last_scale;
	else if (!st->cur_set)
		return false;
	if (!frn_dec_add(&st->cur, &st->cur, &frac))
		return false;
	st->cur_set = true;
	st->closed = true;
	return true;
}

static bool
state_value(const numstate *st, frn_dec *out)
{
	if (!st->cur_set && !st->last_scale)
		return false;
	return frn_dec_add(out, &st->total, &st->cur);
}

/* The class of a word for st: an ordinal counts as its cardinal in a denominator. */
static enum nw_class
state_word_class(const numstate *st, uint16_t wid, int *v, bool *ord, bool *plural)
{
	enum nw_class cls;

	*ord = st->ordinal_ok && ordinal_word(wid, &cls, v, plural);
	return *ord ? cls : number_word(wid, v);
}

/* The word just applied was an ordinal: it ends the denominator. */
static void
close_ordinal(numstate *st, bool plural)
{
	st->ordinal = true;
	st->plural = plural;
	st->closed = true;
}

/*
 * Apply a word item (possibly hyphenated: "quatre-vingt-dix-sept",
 * "demi-million", "vingt-et-un") to the state; false leaves st unchanged.
 */
static bool
apply_word_item(numstate *st, const char *text, const frn_item *w)
{
	numstate	tmp = *st;
	const char *s = text + w->b;
	size_t		len = w->bl;
	int			v;
	enum nw_class cls;
	bool		ord,
				plural = false;

	if (!(w->flags & FRN_IF_HYPHEN))
	{
		cls = state_word_class(st, w->wid, &v, &ord, &plural);
		if (cls == NW_NONE || cls == NW_DEMI || cls == NW_ET || cls == NW_VIRGULE)
			return false;
		if (!apply_word(&tmp, cls, v))
			return false;
		if (ord)
			close_ordinal(&tmp, plural);
		*st = tmp;
		return true;
	}
	/* split on hyphens (ASCII or U+2010/U+2011) */
	{
		size_t		p = 0;
		int			parts = 0;

		while (p < len)
		{
			size_t		q = p;
			size_t		next;
			uint16_t	id;

			while (q < len && s[q] != '-' &&
				   !((unsigned char) s[q] == 0xE2 && q + 2 < len &&
					 (unsigned char) s[q + 1] == 0x80 &&
					 ((unsigned char) s[q + 2] == 0x90 || (unsigned char) s[q + 2] == 0x91)))
				q++;
			next = (q < len) ? (s[q] == '-' ? q + 1 : q + 3) : q;
			id = frn_lex_word_id(s + p, q - p);
			cls = state_word_class(&tmp, id, &v, &ord, &plural);
			if (cls == NW_ET)
				tmp.et = true;
			else if (cls == NW_DEMI)
			{
				/* "demi-million": one half of the scale that follows */
				if (tmp.cur_set && !(tmp.g == 1 && !tmp.cur_digits))
					return false;
				tmp.cur.coef = 5;
				tmp.cur.exp = -1;
				tmp.cur_set = true;
				tmp.cur_digits = true;	/* only a scale may follow */
			}
			else if (cls == NW_NONE || cls == NW_VIRGULE || !apply_word(&tmp, cls, v))
				return false;
			else if (ord)
				close_ordinal(&tmp, plural);
			parts++;
			p = next;
		}
		if (tmp.et || parts == 0)
			return false;
	}
	*st = tmp;
	return true;
}

/*
 * A currency code in capitals glued to the number x: "EUR12,50",
 * "12,50EUR", "CHF100".  Glued to an integer, only the most traded
 * currencies: "COP21", "ALL4" name a conference and a model, not pesos
 * or leks.
 */
static bool
glued_code(const char *text, const frn_item *w, const frn_item *x)
{
	static const char major[] = "EUR USD GBP JPY CHF CAD AUD NZD HKD SGD CNY SEK NOK DKK";

	if (w->kind != FRN_IT_WORD || !(w->flags & FRN_IF_ALLCAPS) || w->bl != 3 ||
		!frn_currency_valid(text + w->b, 3))
		return false;
	if (x->flags & FRN_IF_DECIMAL)
		return true;
	for (const char *m = major; m < major + sizeof(major) - 1; m += 4)
		if (memcmp(m, text + w->b, 3) == 0)
			return true;
	return false;
}

/* Is items[i] a number in digits usable as a quantity (not "1er", "A380", "3/4")? */
static bool
quantity_digits(const char *text, const frn_item *it, size_t n, size_t i)
{
	const frn_item *x = &it[i];

	if (x->kind != FRN_IT_NUM || (x->flags & FRN_IF_OVERFLOW))
		return false;
	if (i > 0 && !(x->flags & FRN_IF_SPACE))
	{
		const frn_item *p = &it[i - 1];

		if ((p->kind == FRN_IT_WORD && !glued_code(text, p, x)) || p->kind == FRN_IT_NUM)
			return false;
		/* (only symbols and punctuation have a code point) */
		if (p->cp == '^' || p->cp == '/' || p->cp == '=' || p->cp == '#' ||
			p->cp == '@' || p->cp == '_' || p->cp == '*' || p->cp == '\\')
			return false;
		if (p->kind == FRN_IT_PUNCT && (p->cp == ':' || p->cp == '.' || p->cp == ',') &&
			i >= 2 && it[i - 2].kind == FRN_IT_NUM && !(p->flags & FRN_IF_SPACE))
			return false;		/* 14:30, 1.2.3 */
	}
	if (i + 1 < n && !(it[i + 1].flags & FRN_IF_SPACE))
	{
		const frn_item *nx = &it[i + 1];

		if (nx->kind == FRN_IT_WORD && !scale_abbrev(text + nx->b, nx->bl) &&
			!glued_code(text, nx, x))
			return false;		/* 1er, 12e, 5G, 10h30 */
		if (nx->cp == '^' || nx->cp == '/' || nx->cp == '_' || nx->cp == '@' || nx->cp == '=')
			return false;
		if (nx->kind == FRN_IT_PUNCT && (nx->cp == ':' || nx->cp == '.') && i + 2 < n &&
			it[i + 2].kind == FRN_IT_NUM && !(it[i + 2].flags & FRN_IF_SPACE))
			return false;		/* 14:30, 1.2.3 */
		if (nx->kind == FRN_IT_NUM)
			return false;
	}
	return true;
}

static bool
is_sign(const frn_item *x)
{
	return (x->kind == FRN_IT_PUNCT && x->cp == '-') ||
		(x->kind == FRN_IT_SYM && (x->cp == '+' || x->cp == 0x2212));
}

/*
 * A sign at items[i] before a number in digits: "-", "+", "−" glued to the
 * digits (apart from them only at the start of the text: "- 1.200.000"),
 * or the word "moins" ("moins 1200000"; not "au moins", "plus ou moins",
 * "du moins", nor after a number or a unit, where it subtracts).
 */
static bool
sign_at(const frn_item *it, size_t n, size_t i, bool *neg)
{
	const frn_item *x = &it[i];

	if (i + 1 >= n || it[i + 1].kind != FRN_IT_NUM)
		return false;
	if (x->kind == FRN_IT_WORD && x->wid == FRN_W_MOINS && !(x->flags & FRN_IF_HYPHEN))
	{
		const frn_item *p = i > 0 ? &it[i - 1] : NULL;
		uint16_t	w = p && (p->kind == FRN_IT_WORD || p->kind == FRN_IT_ELISION) ? p->wid : 0;

		if (p && (p->kind == FRN_IT_NUM || p->kind == FRN_IT_SYM))
			return false;
		switch (w)
		{
			case FRN_W_AU: case FRN_W_OU: case FRN_W_DU: case FRN_W_PAS: case FRN_W_LE:
			case FRN_W_LES: case FRN_W_LA: case FRN_W_PLUS: case FRN_W_MOINS: case FRN_W_EN:
				return false;
			default:
				/* number, currency and other unit words come before "de" in the lexicon */
				*neg = true;
				return w == 0 || w >= FRN_W_DE;
		}
	}
	if (!is_sign(x))
		return false;
	*neg = (x->cp != '+');
	if (it[i + 1].flags & FRN_IF_SPACE)
		return x->b == 0;
	if (i == 0 || (x->flags & FRN_IF_SPACE))
		return true;
	return it[i - 1].kind == FRN_IT_PUNCT && it[i - 1].cp != '-' && it[i - 1].cp != '.';
}

/* "la moitié" at items[k] (a one-word gap "la", then "moitié"). */
static bool
la_moitie_at(const frn_item *it, size_t n, size_t k)
{
	return k + 1 < n && it[k].kind == FRN_IT_WORD && it[k].wid == FRN_W_LA && it[k].cl == 2 &&
		it[k + 1].kind == FRN_IT_WORD && it[k + 1].wid == FRN_W_MOITIE;
}

bool
frn_item_starts_number(const char *text, const frn_item *it, size_t n, size_t i)
{
	int			v;
	const frn_item *x;
	bool		neg;

	if (i >= n)
		return false;
	x = &it[i];
	if (x->kind == FRN_IT_NUM || sign_at(it, n, i, &neg) || la_moitie_at(it, n, i))
		return true;
	if (x->kind == FRN_IT_WORD)
	{
		enum nw_class c;

		if (x->flags & FRN_IF_HYPHEN)
		{
			/* hyphenated: its first part must be a number word (or "demi") */
			size_t		q = 0;
			while (q < x->bl && text[x->b + q] != '-' && (unsigned char) text[x->b + q] != 0xE2)
				q++;
			c = number_word(frn_lex_word_id(text + x->b, q), &v);
			return c == NW_UNIT || c == NW_TEN || c == NW_CENT || c == NW_DEMI;
		}
		/*
		 * "des dizaines", "des centaines", "des milliers" (not "des
		 * quarantaines", which are quarantines)
		 */
		if (x->wid == FRN_W_DES)
			return i + 1 < n && it[i + 1].kind == FRN_IT_WORD &&
				(it[i + 1].wid == FRN_W_DIZAINES || it[i + 1].wid == FRN_W_CENTAINES ||
				 it[i + 1].wid == FRN_W_MILLIERS);
		c = number_word(x->wid, &v);
		return c == NW_UNIT || c == NW_TEN || c == NW_CENT || (c == NW_SCALE && v == 3);
	}
	return false;
}

/* The fractional part after "virgule": zéro… then an integer in words or digits. */
static bool
parse_virgule(const char *text, const frn_item *it, size_t n, size_t *i, frn_dec *frac)
{
	size_t		k = *i;
	int			zeros = 0;
	numstate	st;
	frn_dec		v;
	int			nd;

	while (k < n && it[k].kind == FRN_IT_WORD && it[k].wid == FRN_W_ZERO)
	{
		zeros++;
		k++;
	}
	state_init(&st);
	if (k < n && it[k].kind == FRN_IT_NUM && !(it[k].flags & (FRN_IF_DECIMAL | FRN_IF_GROUPED)))
	{
		v = it[k].num;
		nd = it[k].ndigits;
		k++;
	}
	else
	{
		while (k < n && it[k].kind == FRN_IT_WORD && apply_word_item(&st, text, &it[k]))
			k++;
		if (!state_value(&st, &v))
		{
			if (zeros == 0)
				return false;
			v.coef = 0;
			v.exp = 0;
		}
		frn_dec_normalize(&v);
		if (v.exp != 0 && v.coef != 0)
			return false;
		nd = v.coef ? ndigits128(v.coef) : 0;
	}
	if (zeros + nd > FRN_DEC_MAX_EXP)
		return false;
	frac->coef = v.coef;
	frac->exp = -(zeros + nd);
	*i = k;
	return true;
}

/* The longest complete number read so far. */
typedef struct best_number
{
	frn_dec		value;
	size_t		end;			/* the item after it */
	int			flags;			/* FRN_NF_* */
	int			scale;			/* exponent of its final scale word, 0 if none */
	bool		have;
} best_number;

/*
 * The number in digits at items[k] (a quantity) with its scale words and
 * abbreviations, and "2 milliards 300 millions".
 */
static void
parse_digit_number(const char *text, const frn_item *it, size_t n, size_t k,
				   numstate *st, best_number *best)
{
	int			e;

	st->cur = it[k].num;
	st->cur_set = true;
	st->cur_digits = true;
	st->tens_free = false;
	st->umin = st->umax = 0;
	st->flags |= FRN_NF_DIGITS;
	k++;
	while ((e = item_scale(text, it, n, k, true)) != 0)
	{
		if (!apply_scale(st, e))
			break;
		k++;
		if (k + 1 < n && it[k].kind == FRN_IT_NUM && quantity_digits(text, it, n, k))
		{
			int			e2 = item_scale(text, it, n, k + 1, true);
			numstate	t2 = *st;

			if (e2 && e2 < st->last_scale)
			{
				t2.cur = it[k].num;
				t2.cur_set = true;
				t2.cur_digits = true;
				if (apply_scale(&t2, e2))
				{
					*st = t2;
					k += 2;
					continue;
				}
			}
		}
		/* "3 millions 200 000": the lower groups in digits, as many as the scale's zeros */
		if (k < n && it[k].kind == FRN_IT_NUM && it[k].ndigits == st->last_scale &&
			!(it[k].flags & FRN_IF_DECIMAL) && quantity_digits(text, it, n, k) &&
			frn_dec_add(&st->total, &st->total, &it[k].num))
			k++;
		break;
	}
	best->have = state_value(st, &best->value);
	best->flags = st->flags;
	best->scale = (st->flags & FRN_NF_SCALE) ? st->last_scale : 0;
	best->end = k;
}

static bool parse_fraction(const char *text, const frn_item *it, size_t n, size_t k,
						   frn_dec *value, size_t *end);

/*
 * "et" at items[k] in a number in words: "vingt et un", "un million et
 * demi", "soixante et onze", and a fraction after a whole number ("trois
 * et un cinquième", "cinq milliards et trois quarts").  Returns the items
 * read, 0 if the number ends before it.
 */
static size_t
apply_et(numstate *st, const char *text, const frn_item *it, size_t n, size_t k)
{
	numstate	t2 = *st;
	int			v;
	frn_dec		frac;
	size_t		fend;

	if (k + 1 >= n || it[k + 1].kind != FRN_IT_WORD)
		return 0;
	if (number_word(it[k + 1].wid, &v) == NW_DEMI && !(it[k + 1].flags & FRN_IF_HYPHEN))
	{
		if (!apply_fraction_part(&t2, (frn_dec) {5, -1}))
			return 0;
	}
	else if (!st->ordinal_ok && !st->nested && parse_fraction(text, it, n, k + 1, &frac, &fend))
	{
		if (!apply_fraction_part(&t2, frac))
			return 0;
		*st = t2;
		return fend - k;
	}
	else
	{
		/* after a ten, but not quatre-vingt: vingt et un, huitante et un */
		if (!(st->g % 10 == 0 && st->g % 100 >= 20 && st->g % 100 <= 90 &&
			  !st->tens_free && !st->qv))
			return 0;
		t2.et = true;
		if (!apply_word_item(&t2, text, &it[k + 1]))
			return 0;
	}
	*st = t2;
	return 2;
}

/* "virgule" and the decimals after it at items[k]: the items read, or 0. */
static size_t
apply_virgule(numstate *st, const char *text, const frn_item *it, size_t n, size_t k)
{
	size_t		k2 = k + 1;
	frn_dec		frac;

	if (st->last_scale || !st->cur_set || st->closed ||
		!parse_virgule(text, it, n, &k2, &frac))
		return 0;
	if (!frn_dec_add(&st->cur, &st->cur, &frac))
		return 0;
	st->closed = true;
	return k2 - k;
}

/* The number in words from items[k]: keep the longest prefix that is a complete number. */
static void
parse_word_number(const char *text, const frn_item *it, size_t n, size_t k,
				  numstate *st, best_number *best)
{
	while (k < n && it[k].kind == FRN_IT_WORD)
	{
		int			v;
		enum nw_class cls = (it[k].flags & FRN_IF_HYPHEN) ? NW_NONE : number_word(it[k].wid, &v);
		size_t		used;
		frn_dec		v2;

		if (cls == NW_ET)
			used = apply_et(st, text, it, n, k);
		else if (cls == NW_VIRGULE)
			used = apply_virgule(st, text, it, n, k);
		else
			used = apply_word_item(st, text, &it[k]) ? 1 : 0;
		if (used == 0)
			break;
		k += used;
		if (state_value(st, &v2))
		{
			best->value = v2;
			best->have = true;
			best->end = k;
			best->flags = st->flags;
			best->scale = (st->flags & FRN_NF_SCALE) && !st->cur_set ? st->last_scale : 0;
		}
	}
}

/* A whole number read so far, as a positive integer below 10^18. */
static bool
plain_integer(const best_number *b, __int128 *v)
{
	frn_dec		d = b->value;

	frn_dec_normalize(&d);
	if (d.coef <= 0 || d.exp < 0 || ndigits128(d.coef) + d.exp > 18)
		return false;
	*v = d.coef * pow10s()[d.exp];
	return true;
}

/*
 * An ordinal denominator ends at a clause end or before its complement
 * ("un cinquième des voix", "quatre centièmes de seconde"); before a noun
 * it is an ordinal adjective ("un cinquième mandat").
 */
static bool
ordinal_may_end(const frn_item *it, size_t n, size_t k)
{
	if (k >= n || it[k].kind == FRN_IT_PUNCT || it[k].kind == FRN_IT_SYM ||
		it[k].kind == FRN_IT_BREAK)
		return true;
	switch (it[k].wid)
	{
		case FRN_W_DE: case FRN_W_D: case FRN_W_DES: case FRN_W_DU: case FRN_W_ET:
		case FRN_W_OU:
			return true;
		default:
			return false;
	}
}

/*
 * A denominator at items[k]: tiers, quart(s), demi(s), moitié, or an
 * ordinal of five or more ("cinquième", "vingt-cinquième", "vingt et
 * unième", "millionième"; "un troisième", "un quatrième" are ordinals:
 * French writes "un tiers", "un quart").  *plural: 0 singular, 1 plural,
 * 2 either (tiers).
 */
static bool
parse_denominator(const char *text, const frn_item *it, size_t n, size_t k,
				  __int128 *den, int *plural, size_t *end)
{
	numstate	st;
	best_number b = {.end = k, .have = false};

	if (k >= n || it[k].kind != FRN_IT_WORD || (it[k].flags & FRN_IF_GAP))
		return false;
	*end = k + 1;
	*den = 2;
	switch (it[k].wid)
	{
		case FRN_W_TIERS:
			*den = 3;
			*plural = 2;
			return true;
		case FRN_W_QUART: case FRN_W_QUARTS:
			*den = 4;
			*plural = it[k].wid == FRN_W_QUARTS;
			return true;
		case FRN_W_DEMI: case FRN_W_DEMIE: case FRN_W_DEMIS: case FRN_W_MOITIE:
			*plural = it[k].wid == FRN_W_DEMIS;
			return true;
		default:
			break;
	}
	state_init(&st);
	st.ordinal_ok = true;
	parse_word_number(text, it, n, k, &st, &b);
	if (!st.ordinal || !b.have || !plain_integer(&b, den) || *den < 5 ||
		!ordinal_may_end(it, n, b.end))
		return false;
	*plural = st.plural ? 1 : 0;
	*end = b.end;
	return true;
}

/*
 * The fraction whose numerator (in words) is num, its denominator at
 * items[k], agreeing with it ("un quart", "trois quarts", "deux tiers";
 * not "un cinquièmes"): num / den as numeric division gives it.
 */
static bool
fraction_after(const char *text, const frn_item *it, size_t n, size_t k,
			   const best_number *num, frn_dec *value, size_t *end)
{
	__int128	nv,
				den;
	int			plural;

	if (!(num->flags & FRN_NF_WORDS) || (num->flags & (FRN_NF_DIGITS | FRN_NF_SIGNED)) ||
		!plain_integer(num, &nv) ||
		!parse_denominator(text, it, n, k, &den, &plural, end) || (nv == 1 && plural == 1))
		return false;
	return frn_dec_div_int(value, nv, den);
}

/* A fraction at items[k]: "un cinquième", "trois quarts" (after "et"). */
static bool
parse_fraction(const char *text, const frn_item *it, size_t n, size_t k,
			   frn_dec *value, size_t *end)
{
	numstate	st;
	best_number num = {.end = k, .have = false};

	state_init(&st);
	st.nested = true;
	parse_word_number(text, it, n, k, &st, &num);
	return num.have && fraction_after(text, it, n, num.end, &num, value, end);
}

/*
 * "trois douzaines", "une dizaine", "des milliers" (the count k items on,
 * 1 for "des"), and "une centaine de millions": approximate counts.
 */
static void
apply_collective(const char *text, const frn_item *it, size_t n, best_number *b)
{
	__int128	count;
	int			v,
				e;

	if (b->end >= n || it[b->end].kind != FRN_IT_WORD ||
		!(v = collective_value(it[b->end].wid)) || (b->flags & (FRN_NF_SCALE | FRN_NF_SIGNED)) ||
		!plain_integer(b, &count) || count > 1000)
		return;
	b->value.coef = count * v;
	b->value.exp = 0;
	b->flags |= FRN_NF_APPROX | FRN_NF_WORDS;
	b->end++;
	if (b->end + 1 < n && (it[b->end].wid == FRN_W_DE || it[b->end].wid == FRN_W_D) &&
		(it[b->end].kind == FRN_IT_WORD || it[b->end].kind == FRN_IT_ELISION) &&
		(e = item_scale(text, it, n, b->end + 1, false)) != 0)
	{
		b->value.exp += e;
		b->flags |= FRN_NF_SCALE;
		b->scale = e;
		b->end += 2;
	}
}

/*
 * "un sur trois", "1 sur 3": a proportion, when the denominator (at most
 * 1000, above the numerator) ends the phrase ("3 sur 10 ans" is a span).
 */
static void
apply_sur(const char *text, const frn_item *it, size_t n, best_number *b)
{
	numstate	st;
	best_number d = {.have = false};
	__int128	nv,
				dv;
	size_t		k = b->end + 1;

	if (k >= n || it[b->end].kind != FRN_IT_WORD || it[b->end].wid != FRN_W_SUR ||
		it[b->end].cl != 3 || (b->flags & (FRN_NF_SCALE | FRN_NF_SIGNED | FRN_NF_APPROX)) ||
		!plain_integer(b, &nv))
		return;
	state_init(&st);
	if (it[k].kind == FRN_IT_NUM)
	{
		if (!quantity_digits(text, it, n, k))
			return;
		parse_digit_number(text, it, n, k, &st, &d);
	}
	else
		parse_word_number(text, it, n, k, &st, &d);
	if (!d.have || (d.flags & FRN_NF_SCALE) || !plain_integer(&d, &dv) || dv <= nv ||
		dv > 1000 || (d.end < n && (it[d.end].kind == FRN_IT_WORD || it[d.end].kind == FRN_IT_NUM)) ||
		!frn_dec_div_int(&b->value, nv, dv))
		return;
	b->end = d.end;
	b->flags |= d.flags;
}

/* The number at items[k] after any sign: digits, words, "la moitié", "des milliers". */
static bool
parse_unsigned(const char *text, const frn_item *it, size_t n, size_t k, numstate *st,
			   best_number *best)
{
	frn_dec		frac;
	size_t		end;

	if (it[k].kind == FRN_IT_NUM)
	{
		if (!quantity_digits(text, it, n, k))
			return false;
		parse_digit_number(text, it, n, k, st, best);
		return best->have;
	}
	if (la_moitie_at(it, n, k))
	{
		best->value = (frn_dec) {5, -1};
		best->end = k + 2;
		best->flags = FRN_NF_WORDS;
		return best->have = true;
	}
	if (it[k].kind == FRN_IT_WORD && it[k].wid == FRN_W_DES)
	{
		if (!frn_item_starts_number(text, it, n, k))
			return false;
		best->value = (frn_dec) {1, 0};
		best->end = k + 1;
		best->flags = FRN_NF_WORDS;
		apply_collective(text, it, n, best);
		return best->have = (best->flags & FRN_NF_APPROX) != 0;
	}
	parse_word_number(text, it, n, k, st, best);
	if (best->have && fraction_after(text, it, n, best->end, best, &frac, &end))
	{
		best->value = frac;
		best->end = end;
		best->flags &= ~FRN_NF_SCALE;
		best->scale = 0;
	}
	return best->have;
}

bool
frn_parse_number_items(const char *text, const frn_item *it, size_t n, size_t i,
					   frn_numparse *out)
{
	numstate	st;
	size_t		k = i;
	bool		neg = false;
	best_number best = {.end = i, .flags = 0, .scale = 0, .have = false};

	if (i >= n)
		return false;
	state_init(&st);
	if (sign_at(it, n, k, &neg))
	{
		st.flags |= FRN_NF_SIGNED;
		k++;
	}
	else if (is_sign(&it[k]))
		return false;
	if (!parse_unsigned(text, it, n, k, &st, &best))
		return false;
	/* "3 millions et demi", "1,5 million" */
	if ((best.flags & FRN_NF_DIGITS) && best.end + 1 < n && it[best.end].kind == FRN_IT_WORD &&
		it[best.end].wid == FRN_W_ET && it[best.end + 1].kind == FRN_IT_WORD &&
		(it[best.end + 1].wid == FRN_W_DEMI || it[best.end + 1].wid == FRN_W_DEMIE) &&
		st.last_scale)
	{
		frn_dec		half = {5, st.last_scale - 1};

		if (frn_dec_add(&best.value, &best.value, &half))
			best.end += 2;
	}
	apply_collective(text, it, n, &best);
	apply_sur(text, it, n, &best);
	if (neg)
		best.value.coef = -best.value.coef;
	frn_dec_normalize(&best.value);
	out->value = best.value;
	out->end = best.end;
	out->flags = best.flags;
	out->scale_exp = best.scale;
	return true;
}

/* ------------------------------------------------------------------ */
/* Whole-string parse and number finding                               */

#define CHUNK_SOFT 2048
#define CHUNK_HARD 65536

frn_number_status
frn_number_parse(const char *s, size_t len, frn_dec *out)
{
	frn_lexer	lx;
	frn_item   *items = NULL;
	size_t		cap = 0;
	size_t		n;
	frn_numparse np;
	frn_number_status st = FRN_NUM_SYNTAX;

	frn_lexer_init(&lx, s, len);
	n = frn_lex_chunk(&lx, &items, &cap, (size_t) -1, CHUNK_HARD);
	if (n > 0 && lx.pos >= len)
	{
		for (size_t k = 0; k < n; k++)
			if (items[k].kind == FRN_IT_NUM && (items[k].flags & FRN_IF_OVERFLOW))
				st = FRN_NUM_RANGE;
		if (st != FRN_NUM_RANGE && frn_parse_number_items(s, items, n, 0, &np) && np.end == n)
		{
			*out = np.value;
			st = FRN_NUM_OK;
		}
	}
	frn_free(items);
	return st;
}

void
frn_find_numbers(const char *s, size_t len, frn_number_matches *out)
{
	frn_lexer	lx;
	frn_item   *items = NULL;
	size_t		cap = 0;
	size_t		n;

	frn_lexer_init(&lx, s, len);
	while ((n = frn_lex_chunk(&lx, &items, &cap, CHUNK_SOFT, CHUNK_HARD)) > 0)
	{
		for (size_t i = 0; i < n;)
		{
			frn_numparse np;

			if (frn_item_starts_number(s, items, n, i) &&
				frn_parse_number_items(s, items, n, i, &np))
			{
				frn_number_match *m;
				const frn_item *last = &items[np.end - 1];

				FRN_VEC_GROW(out->m, out->n, out->cap, 1);
				m = &out->m[out->n++];
				m->byte_start = items[i].b;
				m->byte_len = last->b + last->bl - items[i].b;
				m->char_start = items[i].c;
				m->char_len = last->c + last->cl - items[i].c;
				m->value = np.value;
				i = np.end;
			}
			else
				i++;
		}
		frn_check_interrupts();
	}
	frn_free(items);
}
