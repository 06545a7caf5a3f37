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
	if (!any)
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
	else if (e == 3 && st->last_scale != 3)
	{
		grp.coef = 1;			/* "mille" alone is one thousand */
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

/* Add half of the last scale ("un million et demi") or one half. */
static bool
apply_demi(numstate *st)
{
	frn_dec		half = {5, -1};

	if (st->closed)
		return false;
	if (st->last_scale && !st->cur_set)
		half.exp += st->last_scale;
	else if (!st->cur_set)
		return false;
	if (!frn_dec_add(&st->cur, &st->cur, &half))
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

	if (!(w->flags & FRN_IF_HYPHEN))
	{
		cls = number_word(w->wid, &v);
		if (cls == NW_NONE || cls == NW_DEMI || cls == NW_ET || cls == NW_VIRGULE)
			return false;
		if (!apply_word(&tmp, cls, v))
			return false;
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
			cls = number_word(id, &v);
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
			parts++;
			p = next;
		}
		if (tmp.et || parts == 0)
			return false;
	}
	*st = tmp;
	return true;
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

		if (p->kind == FRN_IT_WORD || p->kind == FRN_IT_NUM)
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

		if (nx->kind == FRN_IT_WORD && !scale_abbrev(text + nx->b, nx->bl))
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

bool
frn_item_starts_number(const char *text, const frn_item *it, size_t n, size_t i)
{
	int			v;
	const frn_item *x;

	if (i >= n)
		return false;
	x = &it[i];
	if (x->kind == FRN_IT_NUM)
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
		c = number_word(x->wid, &v);
		return c == NW_UNIT || c == NW_TEN || c == NW_CENT || (c == NW_SCALE && v == 3);
	}
	if (is_sign(x) && i + 1 < n && it[i + 1].kind == FRN_IT_NUM &&
		!(it[i + 1].flags & FRN_IF_SPACE))
	{
		if (i == 0 || (x->flags & FRN_IF_SPACE))
			return true;
		return it[i - 1].kind == FRN_IT_PUNCT && it[i - 1].cp != '-' && it[i - 1].cp != '.';
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
		break;
	}
	best->have = state_value(st, &best->value);
	best->flags = st->flags;
	best->scale = (st->flags & FRN_NF_SCALE) ? st->last_scale : 0;
	best->end = k;
}

/*
 * "et" at items[k] in a number in words: "vingt et un", "un million et
 * demi", "soixante et onze".  Returns the items read, 0 if the number
 * ends before it.
 */
static size_t
apply_et(numstate *st, const char *text, const frn_item *it, size_t n, size_t k)
{
	numstate	t2 = *st;
	int			v;

	if (k + 1 >= n || it[k + 1].kind != FRN_IT_WORD)
		return 0;
	if (number_word(it[k + 1].wid, &v) == NW_DEMI && !(it[k + 1].flags & FRN_IF_HYPHEN))
	{
		if (!apply_demi(&t2))
			return 0;
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
	if (is_sign(&it[k]))
	{
		if (!frn_item_starts_number(text, it, n, k))
			return false;
		neg = (it[k].cp != '+');
		st.flags |= FRN_NF_SIGNED;
		k++;
	}
	if (it[k].kind == FRN_IT_NUM)
	{
		if (!quantity_digits(text, it, n, k))
			return false;
		parse_digit_number(text, it, n, k, &st, &best);
	}
	else if (st.flags & FRN_NF_SIGNED)
		return false;
	else
		parse_word_number(text, it, n, k, &st, &best);
	if (!best.have)
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
