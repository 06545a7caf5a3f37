/*
 * frn_numlex.c — lexer and lexicon for numbers, amounts and percentages.
 */
#include "frn_numlex.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "frn_alloc.h"
#include "frn_iso4217.h"
#include "frn_unidata.h"
#include "frn_urls.h"
#include "frn_utf8.h"

/* ------------------------------------------------------------------ */
/* Lexicon: an open-addressing hash table filled on first use.         */

static const char *const lex_keys[FRN_W__COUNT] = {
	NULL,
#define FRN_LEX_KEY(id, key) key,
	FRN_LEXICON(FRN_LEX_KEY)
#undef FRN_LEX_KEY
};

#define LEX_SLOTS 1024			/* power of two, > 2 × FRN_W__COUNT */
static uint16_t lex_table[LEX_SLOTS];
static uint8_t lex_len[FRN_W__COUNT];
static bool lex_ready;

static void init_ascii_lower(void);

#define LEX_HASH_INIT 2166136261u
#define LEX_HASH_STEP(h, c) (((h) ^ (unsigned char) (c)) * 16777619u)

static inline uint32_t
lex_hash(const char *s, size_t len)
{
	uint32_t	h = LEX_HASH_INIT;

	for (size_t i = 0; i < len; i++)
		h = LEX_HASH_STEP(h, s[i]);
	return h;
}

static void
lex_init(void)
{
	for (int id = 1; id < FRN_W__COUNT; id++)
	{
		const char *k = lex_keys[id];
		uint32_t	h = lex_hash(k, strlen(k)) & (LEX_SLOTS - 1);

		lex_len[id] = (uint8_t) strlen(k);
		while (lex_table[h] != 0)
		{
			if (strcmp(lex_keys[lex_table[h]], k) == 0)
				break;			/* duplicate key: first id wins */
			h = (h + 1) & (LEX_SLOTS - 1);
		}
		if (lex_table[h] == 0)
			lex_table[h] = (uint16_t) id;
	}
	init_ascii_lower();
	lex_ready = true;
}

/* Lookup with the key's hash already computed (the lexer hashes as it scans). */
static inline uint16_t
lex_lookup_hashed(const char *key, size_t len, uint32_t hash)
{
	uint32_t	h;

	if (!lex_ready)
		lex_init();
	h = hash & (LEX_SLOTS - 1);
	while (lex_table[h] != 0)
	{
		uint16_t	id = lex_table[h];

		if (lex_len[id] == len && memcmp(lex_keys[id], key, len) == 0)
			return id;
		h = (h + 1) & (LEX_SLOTS - 1);
	}
	return 0;
}

uint16_t
frn_lex_lookup(const char *key, size_t len)
{
	return lex_lookup_hashed(key, len, lex_hash(key, len));
}

/*
 * Lower case and accent folding for lexicon keys: ASCII and the Latin-1
 * letters French uses (the lexicon holds French words only, so a wider
 * fold would never find more).  Returns false when the word cannot be a
 * lexicon key (too long, or a letter outside that set).
 */
#define LEX_KEY_MAX 24

static const char latin1_fold[64] = {
	/* U+00C0 .. U+00FF; 0 = not foldable to one ASCII letter */
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 0,
	'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
	0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 'y'
};

static bool
fold_key(const char *s, size_t len, char *key, size_t *klen)
{
	size_t		k = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (k >= LEX_KEY_MAX)
			return false;
		if (c < 0x80)
			key[k++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : (char) c;
		else if (c == 0xC3 && i + 1 < len && (unsigned char) s[i + 1] >= 0x80 &&
				 (unsigned char) s[i + 1] < 0xC0 &&
				 latin1_fold[(unsigned char) s[i + 1] - 0x80 + 0x00])
		{
			/* U+00C0..U+00FF encode as C3 80..BF */
			key[k++] = latin1_fold[(unsigned char) s[i + 1] - 0x80];
			i++;
		}
		else if (c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80 &&
				 ((unsigned char) s[i + 2] == 0x90 || (unsigned char) s[i + 2] == 0x91))
		{
			key[k++] = '-';		/* U+2010/U+2011 hyphens */
			i += 2;
		}
		else
			return false;
	}
	*klen = k;
	return true;
}

uint16_t
frn_lex_word_id(const char *s, size_t len)
{
	char		key[LEX_KEY_MAX];
	size_t		klen;

	if (!fold_key(s, len, key, &klen))
		return 0;
	return frn_lex_lookup(key, klen);
}

/* ------------------------------------------------------------------ */
/* Character classes                                                   */

enum cclass
{
	CC_SPACE, CC_LETTER, CC_DIGIT, CC_APOS, CC_HYPHEN, CC_SYM, CC_PUNCT
};

/*
 * The fold of an ASCII letter (its lower case), 0 for any other ASCII
 * character: one lookup for the lexer's hot loops, made from the shared
 * tables.
 */
static char ascii_lower[128];

static void
init_ascii_lower(void)
{
	for (int c = 0; c < 128; c++)
		ascii_lower[c] = (frn_class_latin1[c] & FRN_C_LETTER) ? frn_fold_ascii[c] : 0;
}

/* The lexicon key of a word, folded and hashed as the word is read. */
typedef struct word_key
{
	char		key[LEX_KEY_MAX];
	size_t		klen;
	uint32_t	hash;
	bool		ok;				/* the word may be a lexicon key */
} word_key;

static inline void
key_put(word_key *k, char ch)
{
	if (k->klen < LEX_KEY_MAX)
	{
		k->key[k->klen++] = ch;
		k->hash = LEX_HASH_STEP(k->hash, ch);
	}
	else
		k->ok = false;
}

/* Add a non-ASCII letter: a Latin-1 one folds to an ASCII letter, another spoils the key. */
static inline void
key_put_letter(word_key *k, int32_t cp)
{
	if (cp >= 0xC0 && cp <= 0xFF && latin1_fold[cp - 0xC0])
		key_put(k, latin1_fold[cp - 0xC0]);
	else
		k->ok = false;
}

/*
 * Advance over ASCII letters from q, adding them to the key, in registers
 * (the common case).  Returns the end of the run.
 */
static inline size_t
scan_ascii_letters(const char *s, size_t len, size_t q, word_key *wk, bool *allcaps)
{
	size_t		k = wk->klen;
	uint32_t	h = wk->hash;
	bool		caps = *allcaps;

	while (q < len)
	{
		unsigned char b = (unsigned char) s[q];
		char		lw;

		if (b >= 0x80 || (lw = ascii_lower[b]) == 0)
			break;
		caps &= (b < 'a');
		if (k < LEX_KEY_MAX)
			wk->key[k] = lw;
		k++;
		h = LEX_HASH_STEP(h, lw);
		q++;
	}
	/* k counted past LEX_KEY_MAX tells that the key overflowed */
	if (k > LEX_KEY_MAX)
	{
		wk->ok = false;
		k = LEX_KEY_MAX;
	}
	wk->klen = k;
	wk->hash = h;
	*allcaps = caps;
	return q;
}

/*
 * The lexer's class of a code point, from the tokenizer's classes
 * (frn_unidata.h, frn_utf8.h), so that both cut text alike.  Only ASCII
 * digits make numbers here (their values must be exact); other decimal
 * digits and default-ignorables (soft hyphen) are word characters, as in
 * the tokenizer's words.
 */
static inline int
cclass(int32_t cp)
{
	uint8_t		c = frn_char_class(cp);

	if (c & FRN_C_SPACE)
		return CC_SPACE;
	if (cp >= '0' && cp <= '9')
		return CC_DIGIT;
	if (frn_is_apostrophe(cp))
		return CC_APOS;
	if (frn_is_hyphen(cp))
		return CC_HYPHEN;
	if (c & (FRN_C_LETTER | FRN_C_DIGIT | FRN_C_IGNORABLE))
		return CC_LETTER;
	return frn_is_punct(cp) ? CC_PUNCT : CC_SYM;
}

/* Space characters allowed between thousands groups (as the tokenizer's). */
static inline bool
is_group_space(int32_t cp)
{
	return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007;
}

/* ------------------------------------------------------------------ */
/* Numbers in digits                                                   */

static inline bool
is_digit_at(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/* Count digits from i. */
static inline size_t
digit_run(const char *s, size_t len, size_t i)
{
	size_t		k = i;

	while (k < len && s[k] >= '0' && s[k] <= '9')
		k++;
	return k - i;
}

/* Append digits s[i..i+n) to the coefficient; false on overflow. */
typedef struct digits_acc
{
	__int128	coef;
	int			sig;			/* significant digits so far */
	int			frac;			/* digits after the decimal separator */
	bool		overflow;
} digits_acc;

static inline void
acc_digits(digits_acc *a, const char *s, size_t n, bool fraction)
{
	for (size_t k = 0; k < n; k++)
	{
		int			d = s[k] - '0';

		if (a->sig == 0 && d == 0)
		{
			if (fraction)
				a->frac++;
			continue;
		}
		if (a->sig >= FRN_DEC_MAX_DIGITS)
		{
			a->overflow = true;
			return;
		}
		a->coef = a->coef * 10 + d;
		a->sig++;
		if (fraction)
			a->frac++;
	}
}

/*
 * Read a number in digits at s[i] (a digit).  French conventions: a comma
 * is the decimal separator; '.' followed by exactly three digits groups
 * thousands ("94.000"), otherwise it is a decimal point ("3.14"); a group
 * separator must be used consistently; a space separator only follows a
 * first group of one to three digits and precedes exactly three digits.
 * Returns the byte end and the code point count.
 */
static size_t
lex_number(const char *s, size_t len, size_t i, frn_item *it)
{
	digits_acc	a = {0, 0, 0, false};
	size_t		p = i;
	size_t		n = digit_run(s, len, p);
	size_t		chars = n;
	int32_t		sep = 0;		/* group separator in use (a space class = ' ') */
	bool		leading_zero = (n == 1 && s[p] == '0');

	acc_digits(&a, s + p, n, false);
	it->ndigits = n > 255 ? 255 : (uint8_t) n;
	p += n;

	if (n <= 3)
	{
		for (;;)
		{
			size_t		q = p;
			int32_t		cp;
			int32_t		cls;

			if (q >= len)
				break;
			cp = frn_utf8_step(s, len, &q);
			if (is_group_space(cp))
				cls = ' ';
			else if (cp == '.' && !leading_zero)
				cls = '.';
			else if (cp == '\'' || cp == 0x2019)
				cls = '\'';
			else
				break;
			if (sep && cls != sep)
				break;
			if (digit_run(s, len, q) != 3)
				break;
			sep = cls;
			acc_digits(&a, s + q, 3, false);
			if (it->ndigits < 252)
				it->ndigits += 3;
			chars += 4;
			p = q + 3;
			it->flags |= FRN_IF_GROUPED;
		}
	}
	/* decimal part: ',' always; '.' unless it was the group separator */
	if (p + 1 < len && (s[p] == ',' || (s[p] == '.' && sep != '.')) &&
		is_digit_at(s, len, p + 1))
	{
		size_t		f = digit_run(s, len, p + 1);

		acc_digits(&a, s + p + 1, f, true);
		chars += 1 + f;
		p += 1 + f;
		it->flags |= FRN_IF_DECIMAL;
	}
	/* "0,000…01": a fraction past the exponent bound is no usable number either */
	if (a.overflow || a.frac > FRN_DEC_MAX_EXP)
		it->flags |= FRN_IF_OVERFLOW;
	it->num.coef = a.coef;
	it->num.exp = -a.frac;
	it->cl = (uint32_t) chars;
	return p;
}

/* ------------------------------------------------------------------ */
/* The lexer                                                           */

void
frn_lexer_init(frn_lexer *lx, const char *s, size_t len)
{
	lx->s = s;
	lx->len = len;
	lx->pos = 0;
	lx->chars = 0;
	lx->email.fail_until = 0;
	lx->email.next_at = 0;
}

/*
 * A URL or an e-mail address at s[i] (frn_urls.h, as the tokenizer reads
 * them): makes *it a break item over it and returns its end, or returns i.
 */
static size_t
lex_break(const char *s, size_t len, size_t i, frn_email_scan *em, frn_item *it)
{
	size_t		e = frn_scan_url(s, len, i);

	if (e == i && (e = frn_scan_email(s, len, i, em)) == i)
		return i;
	it->kind = FRN_IT_BREAK;
	it->cl = 0;
	for (size_t q = i; q < e; it->cl++)
		(void) frn_utf8_step(s, e, &q);
	return e;
}

/*
 * Read the rest of a word from q (its first letter before q): letters, and
 * hyphens between letters (FRN_IF_HYPHEN on it).  Adds them to the key and
 * to *cnt (code points).  Returns the end of the word.
 */
static inline size_t
scan_word_rest(const char *s, size_t len, size_t q, word_key *wk, bool *allcaps,
			   size_t *cnt, frn_item *it)
{
	for (;;)
	{
		size_t		r = scan_ascii_letters(s, len, q, wk, allcaps);
		int32_t		c2;
		int			k2;
		unsigned char b;

		*cnt += r - q;
		q = r;
		if (r >= len)
			break;
		b = (unsigned char) s[r];
		if (b < 0x80 && b != '-')
			break;
		c2 = frn_utf8_step(s, len, &r);
		k2 = cclass(c2);
		if (k2 == CC_LETTER)
		{
			*allcaps = false;
			key_put_letter(wk, c2);
		}
		else if (k2 == CC_HYPHEN && r < len)
		{
			size_t		r2 = r;

			if (cclass(frn_utf8_step(s, len, &r2)) != CC_LETTER)
				break;
			it->flags |= FRN_IF_HYPHEN;
			*allcaps = false;
			key_put(wk, '-');
		}
		else
			break;
		q = r;
		(*cnt)++;
	}
	return q;
}

/* The end of the elision (l’, jusqu’) a word of cnt letters ending at wend makes, or wend. */
static inline size_t
elision_end(const char *s, size_t len, size_t wend, size_t cnt)
{
	size_t		r = wend,
				r2;

	if (wend >= len || cnt > 7 || cclass(frn_utf8_step(s, len, &r)) != CC_APOS || r >= len)
		return wend;
	r2 = r;
	return cclass(frn_utf8_step(s, len, &r2)) == CC_LETTER ? r : wend;
}

/*
 * Lex the word starting with the letter cp at i (q after it): a word or an
 * elision.  Returns its end; sets its kind, flags, lexicon id and length
 * in code points.
 */
static inline size_t
lex_word(const char *s, size_t len, size_t i, size_t q, int32_t cp, frn_item *it)
{
	word_key	wk = {.klen = 0, .hash = LEX_HASH_INIT, .ok = true};
	bool		allcaps = (cp >= 'A' && cp <= 'Z');
	size_t		cnt = 1,
				wend;

	/* one pass: most words are not in the lexicon */
	if (cp < 0x80)
		key_put(&wk, ascii_lower[cp]);
	else
		key_put_letter(&wk, cp);
	wend = scan_word_rest(s, len, q, &wk, &allcaps, &cnt, it);
	it->kind = FRN_IT_WORD;
	if (allcaps)
		it->flags |= FRN_IF_ALLCAPS;
	if (wk.ok)
		it->wid = lex_lookup_hashed(wk.key, wk.klen, wk.hash);
	q = elision_end(s, len, wend, cnt);
	if (q > wend)
	{
		it->kind = FRN_IT_ELISION;
		cnt++;
	}
	it->cl = (uint32_t) cnt;
	return q;
}

/*
 * Is the word item it (ending at q, the last of items[0..n)) one a grammar
 * looks at?  The others are not materialised one by one: a run of them
 * (with the spaces between) becomes one gap item, which keeps adjacency
 * right ("75 millions de dollars" vs "75 millions de nos dollars") at a
 * fraction of the cost.
 */
static inline bool
word_matters(const char *s, size_t len, size_t q, const frn_item *items, size_t n)
{
	const frn_item *it = &items[n - 1];

	return (it->wid != 0 && it->wid < FRN_W_FIRST_FUNCTION_WORD) ||
		((it->flags & FRN_IF_ALLCAPS) && it->cl <= 3) ||
		(it->flags & FRN_IF_HYPHEN) || (q < len && s[q] == '$') ||
		(n >= 2 && items[n - 2].kind == FRN_IT_SYM && items[n - 2].cp == '$');
}

/*
 * The chunk ends before the next item: at `hard` items, or at `soft` once
 * a sentence-ending punctuation and white space came.
 */
static inline bool
chunk_full(const frn_item *items, size_t n, size_t soft, size_t hard, uint8_t pending)
{
	const frn_item *last = n > 0 ? &items[n - 1] : NULL;

	return n >= hard ||
		(n >= soft && last && last->kind == FRN_IT_PUNCT && pending != 0 &&
		 (last->cp == '.' || last->cp == '!' || last->cp == '?' || last->cp == ';'));
}

size_t
frn_lex_chunk(frn_lexer *lx, frn_item **items, size_t *cap, size_t soft, size_t hard)
{
	const char *s = lx->s;
	size_t		len = lx->len;
	size_t		i = lx->pos;
	uint32_t	chars = lx->chars;
	size_t		n = 0;
	uint8_t		pending = 0;	/* FRN_IF_SPACE / FRN_IF_NEWLINE for the next item */

	if (!lex_ready)
		lex_init();

	while (i < len)
	{
		size_t		q = i,
					e;
		int32_t		cp;
		int			cls;
		frn_item   *it;

		/* fast path for ASCII spaces */
		if (s[i] == ' ')
		{
			i++;
			chars++;
			pending |= FRN_IF_SPACE;
			continue;
		}
		cp = frn_utf8_step(s, len, &q);
		cls = cclass(cp);
		if (cls == CC_SPACE)
		{
			pending |= FRN_IF_SPACE;
			if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029)
				pending |= FRN_IF_NEWLINE;
			i = q;
			chars++;
			continue;
		}
		if (chunk_full(*items, n, soft, hard, pending))
			break;

		FRN_VEC_GROW(*items, n, *cap, 1);
		it = &(*items)[n++];
		memset(it, 0, sizeof(*it));
		it->b = (uint32_t) i;
		it->c = chars;
		it->flags = pending;
		pending = 0;

		if ((cls == CC_DIGIT || cls == CC_LETTER) && (e = lex_break(s, len, i, &lx->email, it)) > i)
			q = e;				/* a URL or an e-mail address: nothing inside is a quantity */
		else if (cls == CC_DIGIT)
		{
			it->kind = FRN_IT_NUM;
			q = lex_number(s, len, i, it);
		}
		else if (cls == CC_LETTER)
		{
			q = lex_word(s, len, i, q, cp, it);
			if (!word_matters(s, len, q, *items, n))
			{
				frn_item   *prev = n >= 2 ? &(*items)[n - 2] : NULL;

				if (prev && (prev->flags & FRN_IF_GAP) && !(it->flags & FRN_IF_NEWLINE))
				{
					/* the word joins the gap before it */
					chars += it->cl;
					prev->bl = (uint32_t) (q - prev->b);
					prev->cl = chars - prev->c;
					n--;
					i = q;
					continue;
				}
				/*
				 * A gap carries the id of its first word ("100 % des"); one
				 * that starts with an elision stays one ("100 % d’ici").
				 */
				it->flags = (uint8_t) ((it->flags & ~FRN_IF_ALLCAPS) | FRN_IF_GAP);
			}
		}
		else
		{
			it->kind = (cls == CC_SYM) ? FRN_IT_SYM : FRN_IT_PUNCT;
			it->cp = cp;
			it->cl = 1;
		}
		it->bl = (uint32_t) (q - i);
		chars += it->cl;
		i = q;
		if ((n & 1023) == 0)
			frn_check_interrupts();
	}
	lx->pos = i;
	lx->chars = chars;
	return n;
}

/* ------------------------------------------------------------------ */
/* Unit anchors                                                        */

/*
 * The words naming a unit (currency, sub-unit, percent, point), packed:
 * their last 8 letters (lower-case ASCII) in a uint64, so that a word of up
 * to 8 letters matches exactly and a longer one by its ending
 * ("pourcentages", "couronnes").  Accented letters end a word here: no unit
 * word has one (the anchor scan only has to find units, not read words).
 */
static const struct
{
	const char *word;
	uint8_t		kinds;			/* FRN_ANCHOR_* */
}			unit_words[] = {
#define A FRN_ANCHOR_AMOUNT
#define P FRN_ANCHOR_PERCENT
	{"balle", A}, {"balles", A}, {"billet", A}, {"billets", A}, {"cedi", A}, {"cedis", A},
	{"pesewa", A}, {"pesewas", A}, {"pound", A}, {"pounds", A},
	{"cent", A | P}, {"centime", A}, {"centimes", A}, {"cents", A}, {"couronne", A},
	{"ouronnes", A}, {"dinar", A}, {"dinars", A}, {"dirham", A}, {"dirhams", A},
	{"dollar", A}, {"dollars", A}, {"euro", A}, {"euros", A}, {"forint", A}, {"forints", A},
	{"franc", A}, {"francs", A}, {"lire", A}, {"lires", A}, {"livre", A}, {"livres", A},
	{"pence", A}, {"penny", A}, {"peso", A}, {"pesos", A}, {"point", P}, {"points", P},
	{"pourcent", P}, {"ourcents", P}, {"rcentage", P}, {"centages", P}, {"rand", A},
	{"rands", A}, {"reais", A}, {"real", A}, {"reals", A}, {"renminbi", A}, {"enminbis", A},
	{"rouble", A}, {"roubles", A}, {"roupie", A}, {"roupies", A}, {"shekel", A},
	{"shekels", A}, {"sterling", A}, {"terlings", A}, {"won", A}, {"wons", A}, {"yen", A},
	{"yens", A}, {"yuan", A}, {"yuans", A}, {"zloty", A}, {"zlotys", A},
	/* the currencies the euro replaced ("deutschemark(s)" by their last eight letters) */
	{"mark", A}, {"marks", A}, {"schemark", A}, {"chemarks", A}, {"markka", A},
	{"markkas", A}, {"florin", A}, {"florins", A}, {"peseta", A}, {"pesetas", A},
	{"escudo", A}, {"escudos", A}, {"chilling", A}, {"hillings", A}, {"drachme", A},
	{"drachmes", A}, {"punt", A}, {"punts", A}
#undef A
#undef P
};
#define N_UNIT_WORDS (sizeof(unit_words) / sizeof(unit_words[0]))
/* the longest unit word, matched by its last eight letters: "deutschemarks" */
#define ANCHOR_MAX_LETTERS 13
#define UNIT_SLOT_BITS 9
#define UNIT_SLOTS (1 << UNIT_SLOT_BITS)	/* > 4 × N_UNIT_WORDS */
static uint64_t unit_table[UNIT_SLOTS];	/* packed words, 0 = empty */
static uint8_t unit_kinds[UNIT_SLOTS];
_Static_assert(UNIT_SLOTS > 4 * N_UNIT_WORDS, "unit table too full for short probes");
static bool units_ready;

static inline uint32_t
unit_slot(uint64_t packed)
{
	return (uint32_t) ((packed * 0x9E3779B97F4A7C15ULL) >> (64 - UNIT_SLOT_BITS));
}

/*
 * A cheap first test for the anchor scan, which meets every word of the
 * text: a bitmap keyed by the word's length (mod 16) and the case-sensitive
 * low 6 bits of the two letters that start its last eight (its first two
 * when it has eight letters or fewer; the packed form keeps only the last
 * eight), one bitmap for each set of anchor kinds searched.  A bit is set
 * for every unit word of those kinds in either case, for "pour" ("pour
 * 100") and for every two capitals at length 3 (ISO codes), so a clear bit
 * proves that word_is_anchor() would answer no; ordinary words almost all
 * stop here, without the hash probe and its unpredictable branches.
 * Lengths past 15 wrap around and are left to the full test.
 */
static uint64_t anchor_filter[4][16 * 64];	/* [kinds, 1..3][key / 64] */

static inline uint32_t
filter_key(uint32_t n, unsigned char c0, unsigned char c1)
{
	return ((n & 15) << 12) | ((uint32_t) (c0 & 0x3F) << 6) | (c1 & 0x3F);
}

/* Set the key of n, c0, c1 in the bitmaps of every set of kinds meeting word_kinds. */
static void
filter_set(int word_kinds, uint32_t n, unsigned char c0, unsigned char c1)
{
	uint32_t	k = filter_key(n, c0, c1);

	for (int kinds = 1; kinds <= 3; kinds++)
		if (kinds & word_kinds)
			anchor_filter[kinds][k >> 6] |= 1ULL << (k & 63);
}

/* The same for a word given in lower case, in all four cases of its first two letters. */
static void
filter_add(int word_kinds, uint32_t n, const char *w)
{
	for (int u0 = 0; u0 < 2; u0++)
		for (int u1 = 0; u1 < 2; u1++)
			filter_set(word_kinds, n, (unsigned char) (w[0] - 32 * u0),
					   (unsigned char) (w[1] - 32 * u1));
}

static void
units_init(void)
{
	for (size_t k = 0; k < N_UNIT_WORDS; k++)
	{
		const char *w = unit_words[k].word;
		uint32_t	wl = (uint32_t) strlen(w);
		uint64_t	p = 0;
		uint32_t	h;

		for (const char *c = w; *c; c++)
			p = (p << 8) | (unsigned char) *c;
		h = unit_slot(p);
		while (unit_table[h] != 0 && unit_table[h] != p)
			h = (h + 1) & (UNIT_SLOTS - 1);
		unit_table[h] = p;
		unit_kinds[h] = unit_words[k].kinds;
		/* an 8-letter entry also matches the last eight letters of longer words */
		for (uint32_t n = wl; n <= (wl == 8 ? ANCHOR_MAX_LETTERS : wl); n++)
			filter_add(unit_words[k].kinds, n, w);
	}
	filter_add(FRN_ANCHOR_PERCENT, 4, "pour");
	for (int c0 = 'A'; c0 <= 'Z'; c0++)
		for (int c1 = 'A'; c1 <= 'Z'; c1++)
			filter_set(FRN_ANCHOR_AMOUNT, 3, (unsigned char) c0, (unsigned char) c1);
	units_ready = true;
}

/* May the ASCII word s[start..end) be an anchor?  s[start + 1] must be readable. */
static inline bool
filter_passes(const uint64_t *filter, const unsigned char *s, size_t start, size_t end)
{
	uint32_t	n = (uint32_t) (end - start);
	size_t		f = n > 8 ? end - 8 : start;
	uint32_t	k = filter_key(n, s[f], s[f + 1]);

	return (filter[k >> 6] >> (k & 63)) & 1;
}

/* The anchor kinds of a packed word (0 if it names no unit). */
static inline int
unit_word_kinds(uint64_t packed)
{
	uint32_t	h = unit_slot(packed);

	while (unit_table[h] != 0)
	{
		if (unit_table[h] == packed)
			return unit_kinds[h];
		h = (h + 1) & (UNIT_SLOTS - 1);
	}
	return 0;
}

/*
 * End of a run of ASCII letters starting at i, eight bytes at a time: a
 * byte is a letter iff it is ASCII and (byte | 0x20) lies in 'a'..'z'.  The
 * high bit of every byte is cleared before the additions so that no carry
 * crosses into the next byte.
 */
static inline size_t
ascii_word_end(const unsigned char *s, size_t i, size_t len)
{
	const uint64_t hi = 0x8080808080808080ULL;

	while (i + 8 <= len)
	{
		uint64_t	v,
					x,
					letters,
					stop;

		memcpy(&v, s + i, 8);
		x = (v | 0x2020202020202020ULL) & ~hi;
		letters = ((x + 0x1F1F1F1F1F1F1F1FULL) & hi) &	/* >= 'a' */
			~((x + 0x0505050505050505ULL) & hi) &	/* <= 'z' */
			~(v & hi);			/* ASCII */
		stop = ~letters & hi;
		if (stop)
			return i + (size_t) (__builtin_ctzll(stop) >> 3);
		i += 8;
	}
	while (i < len && s[i] < 0x80 && ascii_lower[s[i]] != 0)
		i++;
	return i;
}

/* The last (up to) 8 letters of the ASCII word s[start..end), lower-cased, packed. */
static inline uint64_t
pack_word(const unsigned char *s, size_t start, size_t end)
{
	size_t		n = end - start;
	uint64_t	p;

	if (end >= 8)
	{
		uint64_t	v;

		memcpy(&v, s + end - 8, 8);
		p = __builtin_bswap64(v);
		if (n < 8)
			p &= (1ULL << (8 * n)) - 1;
		/* every byte kept is a letter: OR 0x20 lower-cases it */
		return p | (0x2020202020202020ULL & (n < 8 ? (1ULL << (8 * n)) - 1 : ~0ULL));
	}
	p = 0;
	for (size_t k = start; k < end; k++)
		p = (p << 8) | (unsigned char) ascii_lower[s[k]];
	return p;
}

/* Is the ASCII word s[start..end) a unit anchor of the given kinds? */
static inline __attribute__((always_inline)) bool
word_is_anchor(const unsigned char *s, size_t len, size_t start, size_t end, int kinds)
{
	size_t		n = end - start;
	uint64_t	packed;

	/* unit words have 3 to 8 letters, or more when matched by their end */
	if (n < 3 || n > ANCHOR_MAX_LETTERS)
		return false;
	packed = pack_word(s, start, end);
	if (unit_word_kinds(packed) & kinds)
		return true;
	/* an ISO code in capitals */
	if ((kinds & FRN_ANCHOR_AMOUNT) && n == 3 && s[start] <= 'Z' && s[start + 1] <= 'Z' &&
		s[start + 2] <= 'Z' && frn_currency_valid((const char *) s + start, 3))
		return true;
	/* "50 pour 100" */
	return (kinds & FRN_ANCHOR_PERCENT) && n == 4 && packed == 0x706f7572 && end + 4 <= len &&
		memcmp(s + end, " 100", 4) == 0;
}

/* Is the non-letter byte at s[i] a unit sign of the given kinds? */
static inline bool
sign_is_anchor(const unsigned char *s, size_t len, size_t i, int kinds)
{
	unsigned char b = s[i];

	if (b == '%')
		return (kinds & FRN_ANCHOR_PERCENT) != 0;
	if (!(kinds & FRN_ANCHOR_AMOUNT))
		return false;
	/* $, currency signs U+20A0..U+20BF (€ ₹ ₽ ₩ ₺ ₪), £, ¥ */
	return b == '$' || (b == 0xE2 && i + 1 < len && s[i + 1] == 0x82) ||
		(b == 0xC2 && i + 1 < len && (s[i + 1] == 0xA3 || s[i + 1] == 0xA5));
}

#ifdef __SSE2__
/*
 * 64 bytes at p (p[64] must be readable too): bit k of the result is set if
 * p[k] is an ASCII letter; *signs gets the unit signs of the given kinds:
 * '%', or the currency signs of sign_is_anchor() ($, £ ¥ and
 * U+20A0..U+20BF, whose second byte is checked here too, so that the many
 * other characters sharing their lead byte, ’ « » and no-break spaces, cost
 * nothing).  Inlined with constant kinds, only the tests needed remain.
 */
static inline __attribute__((always_inline)) uint64_t
letters64(const unsigned char *p, int kinds, uint64_t *signs)
{
	uint64_t	m = 0,
				sg = 0;

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
	for (int k = 0; k < 4; k++)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (p + 16 * k));
		/*
		 * A letter lower-cased (| 0x20) is 0x61..0x7A; adding 0x1F maps that
		 * range, and only it, to 0x80..0x99: one signed compare below -102.
		 */
		__m128i		l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)),
												   _mm_set1_epi8(0x1F)),
									   _mm_set1_epi8(-102));
		__m128i		g = _mm_setzero_si128();

		if (kinds & FRN_ANCHOR_PERCENT)
			g = _mm_cmpeq_epi8(v, _mm_set1_epi8('%'));
		if (kinds & FRN_ANCHOR_AMOUNT)
		{
			__m128i		next = _mm_loadu_si128((const __m128i *) (p + 16 * k + 1));
			__m128i		e2 = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xE2)),
										   _mm_cmpeq_epi8(next, _mm_set1_epi8((char) 0x82)));
			__m128i		c2 = _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xC2)),
										   _mm_or_si128(_mm_cmpeq_epi8(next, _mm_set1_epi8((char) 0xA3)),
														_mm_cmpeq_epi8(next, _mm_set1_epi8((char) 0xA5))));

			g = _mm_or_si128(g, _mm_or_si128(_mm_or_si128(e2, c2),
											 _mm_cmpeq_epi8(v, _mm_set1_epi8('$'))));
		}
		m |= (uint64_t) (uint32_t) _mm_movemask_epi8(l) << (16 * k);
		sg |= (uint64_t) (uint32_t) _mm_movemask_epi8(g) << (16 * k);
	}
	*signs = sg;
	return m;
}
#endif

/* frn_next_unit_anchor for one set of kinds, inlined with it constant */
static inline __attribute__((always_inline)) size_t
next_unit_anchor(const unsigned char *s, size_t len, size_t i, int kinds)
{
#ifdef __SSE2__
	const uint64_t *filter = anchor_filter[kinds & 3];

	/*
	 * 64 bytes at a time; i is never inside a word.  A word running to the
	 * end of the block is left to the next block, which starts with it.
	 * The signs found are anchors; the words of three letters or more
	 * before the first of them go through the filter, then the full test.
	 */
	while (i + 65 <= len)
	{
		uint64_t	signs;
		uint64_t	letters = letters64(s + i, kinds, &signs);
		uint64_t	nonletters = ~letters;
		/* bytes up to the last non-letter: all 64 if the block ends with one */
		int			whole = nonletters ? 64 - __builtin_clzll(nonletters) : 0;
		uint64_t	keep,
					words,
					ends;

		if (whole == 0)
		{
			/* a word of 64 letters or more: too long for any unit */
			i = ascii_word_end(s, i + 64, len);
			continue;
		}
		keep = ~0ULL >> (64 - whole);
		if (signs)
			keep &= (signs & -signs) - 1;
		/* first and last letters of the words of three letters or more, paired in order */
		words = letters & ~(letters << 1) & (letters >> 1) & (letters >> 2) & keep;
		ends = letters & ~(letters >> 1) & (letters << 1) & (letters << 2) & keep;
		while (words)
		{
			size_t		p = i + (size_t) __builtin_ctzll(words);
			size_t		end = i + (size_t) __builtin_ctzll(ends) + 1;

			/* s[p + 1] is a letter of the word: filter_passes may read it */
			if (filter_passes(filter, s, p, end) && word_is_anchor(s, len, p, end, kinds))
				return p;
			words &= words - 1;
			ends &= ends - 1;
		}
		if (signs)
			return i + (size_t) __builtin_ctzll(signs);
		i += (size_t) whole;
	}
#endif
	while (i < len)
	{
		if (s[i] < 0x80 && ascii_lower[s[i]] != 0)
		{
			size_t		start = i;

			i = ascii_word_end(s, i, len);
			if (word_is_anchor(s, len, start, i, kinds))
				return start;
			continue;
		}
		if (sign_is_anchor(s, len, i, kinds))
			return i;
		i++;
	}
	return len;
}

size_t
frn_next_unit_anchor(const char *text, size_t len, size_t pos, int kinds)
{
	const unsigned char *s = (const unsigned char *) text;

	if (!units_ready)
		units_init();
	if (!lex_ready)
		lex_init();
	/* the extractors search one kind at a time: give each its own loop */
	if (kinds == FRN_ANCHOR_AMOUNT)
		return next_unit_anchor(s, len, pos, FRN_ANCHOR_AMOUNT);
	if (kinds == FRN_ANCHOR_PERCENT)
		return next_unit_anchor(s, len, pos, FRN_ANCHOR_PERCENT);
	return next_unit_anchor(s, len, pos, kinds);
}
