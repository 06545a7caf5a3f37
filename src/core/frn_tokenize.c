/*
 * frn_tokenize.c — French tokenizer and sentence splitter.
 *
 * One left-to-right pass.  At each non-space position the scanner tries, in
 * order: URL, e-mail address, number, word, punctuation/symbol.  Every
 * look-ahead is bounded (a few characters) or consumed by the token it
 * builds, except the e-mail look-ahead, whose failures are remembered
 * (frn_email_scan, shared with the number lexer in frn_urls.c) so that no
 * byte is rescanned: the whole pass is linear in the input.  The rules are documented in docs/core-text.md.
 */
#include "frn_tokenize.h"

#include <string.h>

#include "frn_bits.h"
#include "frn_unidata.h"
#include "frn_urls.h"
#include "frn_utf8.h"

/* Bytes of input between two calls of frn_check_interrupts(). */
#define CHECK_EVERY 4096

typedef struct scanner
{
	const char *s;
	size_t		len;
	frn_tokens *out;
	frn_token  *next_tok,		/* where the next token goes in out->tok */
			   *end_tok;		/* ... and the end of the room there */
	size_t		last_end;		/* byte after the last token */
	size_t		extra;			/* bytes before last_end beyond one per character */
	size_t		email_from;		/* no e-mail address starts before this byte ... */
	frn_email_scan email;		/* ... as the e-mail look-ahead knows (frn_urls.h) */
	/* the bytes of s[blk_base .. blk_base + 64), a bit each (block_fill) */
	size_t		blk_base;
	uint64_t	blk_word,		/* ASCII letters, and both bytes of the Latin-1 letters */
				blk_lower,		/* lower-case ASCII letters, second bytes of lower-case Latin-1 ones */
				blk_digit,		/* ASCII digits */
				blk_trail,		/* second bytes of the Latin-1 letters */
				blk_upper,		/* upper-case ASCII letters, first bytes of upper-case Latin-1 ones */
				blk_start;		/* ASCII letters, first bytes of the Latin-1 letters */
	const unsigned char *blk_bytes; /* the block's bytes, readable 8 bytes past it */
	unsigned char blk_pad[64 + 8];	/* ... copied here at the end of the text, NUL past it */
} scanner;

/* ---- small helpers -------------------------------------------------------- */

/* Code point at byte b (and the byte after it in *next), or -1 at the end. */
static inline int32_t
peek(const scanner *sc, size_t b, size_t *next)
{
	if (b >= sc->len)
	{
		*next = b;
		return -1;
	}
	*next = b;
	return frn_utf8_step(sc->s, sc->len, next);
}

static inline uint8_t
cls(int32_t cp)
{
	return cp < 0 ? 0 : frn_char_class(cp);
}

static inline int
is_ascii_digit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

/* Apostrophes that join an elision to its word: ' ’ ʼ. */
static inline int
is_elision_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static inline int
is_sentence_final(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static inline int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* s[0..n) equals the ASCII word w, ignoring ASCII case. */
static int
equals_ci(const char *s, size_t n, const char *w)
{
	size_t		i;

	for (i = 0; i < n && w[i]; i++)
		if (ascii_lower((unsigned char) s[i]) != w[i])
			return 0;
	return i == n && w[i] == '\0';
}

static int
in_list_ci(const char *s, size_t n, const char *const *list)
{
	for (; *list; list++)
		if (equals_ci(s, n, *list))
			return 1;
	return 0;
}

/* ---- word lists ------------------------------------------------------------ */

/* The bytes of a short word as one value, the first in the low bits (as frn_load_upto8 gives). */
#define WORD2(a, b) ((uint64_t) (a) | (uint64_t) (b) << 8)
#define WORD5(a, b, c, d, e) (WORD2(a, b) | WORD2(c, d) << 16 | (uint64_t) (e) << 32)
#define WORD6(a, b, c, d, e, f) (WORD2(a, b) | WORD2(c, d) << 16 | WORD2(e, f) << 32)

/*
 * The word s[0..n) (0 < n < 8), its bytes in v (frn_load_upto8), is one
 * that elides before a vowel, in any case: l’ d’ n’ s’ c’ j’ m’ t’ qu’
 * jusqu’ lorsqu’ puisqu’ quoiqu’ presqu’.
 */
static inline int
is_elision_word(uint64_t v, unsigned n)
{
	/* | 0x20 lower-cases the letters and leaves no other byte a letter */
	v |= (FRN_ONES * 0x20) >> (64 - 8 * n);
	switch (n)
	{
		case 1:
			return (unsigned) (v - 'a') < 26 && (UINT32_C(1) << (v - 'a') &
												  (1 << ('l' - 'a') | 1 << ('d' - 'a') | 1 << ('n' - 'a') |
												   1 << ('s' - 'a') | 1 << ('c' - 'a') | 1 << ('j' - 'a') |
												   1 << ('m' - 'a') | 1 << ('t' - 'a')));
		case 2:
			return v == WORD2('q', 'u');
		case 5:
			return v == WORD5('j', 'u', 's', 'q', 'u');
		case 6:
			return v == WORD6('l', 'o', 'r', 's', 'q', 'u') || v == WORD6('p', 'u', 'i', 's', 'q', 'u') ||
				v == WORD6('q', 'u', 'o', 'i', 'q', 'u') || v == WORD6('p', 'r', 'e', 's', 'q', 'u');
	}
	return 0;
}

/* Pronouns split from an inverted verb: dit-elle, a-t-il, donne-le-moi. */
static const char *const inverted_pronouns[] = {
	"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
	"le", "la", "les", "lui", "leur", "moi", "toi", "en", "y", "ce", NULL
};

/* Pronouns that the euphonic -t- can precede (a-t-il, va-t-on). */
static const char *const euphonic_t_pronouns[] = {
	"il", "elle", "on", "ils", "elles", NULL
};

/* Hyphenated words that look like an inverted form but are nouns. */
static const char *const inverted_exceptions[] = {
	"rendez-vous", NULL
};

/*
 * Abbreviations whose final period belongs to the word.  ABBR_TITLE ones
 * never end a sentence (M. Dupont, av. J.-C.); ABBR_MAY_END ones end it when
 * a sentence start follows (… des chaises, etc. Puis …).  Matching is exact,
 * or with a capitalised first letter for lower-case entries.
 */
enum
{
	ABBR_NONE = 0, ABBR_TITLE, ABBR_MAY_END
};

typedef struct abbrev
{
	const char *word;
	size_t		len;
	int			kind;
} abbrev;

/* No entry is longer (checked at compile time): longer words skip the list. */
#define ABBREV_MAX_BYTES 5
#define ABBREV_LEN(w) \
	(sizeof(w) - 1 + 0 * sizeof(char[sizeof(w) - 1 <= ABBREV_MAX_BYTES ? 1 : -1]))

#define ABBREVIATIONS(X) \
	X(TITLE, "M") X(TITLE, "MM") X(TITLE, "Mme") X(TITLE, "Mmes") \
	X(TITLE, "Mlle") X(TITLE, "Mlles") X(TITLE, "Mgr") X(TITLE, "Me") \
	X(TITLE, "Dr") X(TITLE, "Drs") X(TITLE, "Pr") X(TITLE, "St") \
	X(TITLE, "Ste") X(TITLE, "Sts") X(TITLE, "Stes") X(TITLE, "Cie") \
	X(TITLE, "Ets") X(TITLE, "Gal") X(TITLE, "Gén") X(TITLE, "Col") \
	X(TITLE, "Cdt") X(TITLE, "Lt") X(TITLE, "Cne") X(TITLE, "Sgt") \
	X(TITLE, "av") X(TITLE, "apr") X(TITLE, "cf") X(TITLE, "p") \
	X(TITLE, "pp") X(TITLE, "n") X(TITLE, "no") X(TITLE, "nos") \
	X(TITLE, "chap") X(TITLE, "éd") X(TITLE, "coll") X(TITLE, "tél") \
	X(TITLE, "fig") X(TITLE, "env") X(TITLE, "hab") X(TITLE, "réf") \
	X(TITLE, "dép") X(TITLE, "janv") X(TITLE, "févr") X(TITLE, "fév") \
	X(TITLE, "avr") X(TITLE, "juil") X(TITLE, "juill") X(TITLE, "oct") \
	X(TITLE, "nov") X(TITLE, "déc") X(TITLE, "vs") \
	X(MAY_END, "etc") X(MAY_END, "ex") X(MAY_END, "Inc") \
	X(MAY_END, "Corp") X(MAY_END, "Ltd") X(MAY_END, "Co") \
	X(MAY_END, "Jr") X(MAY_END, "Sr")

#define ABBREV_ENTRY(kind, w) {w, ABBREV_LEN(w), ABBR_##kind},

static const abbrev abbreviations[] = {
	ABBREVIATIONS(ABBREV_ENTRY)
	{NULL, 0, ABBR_NONE}
};

/*
 * A filter of 256 bits in front of the list: one per hash of the length,
 * the first byte lower-cased (| 0x20) and the second byte of each entry, the
 * same for a word that matches one (exactly, or capitalised).
 */
#define ABBREV_HASH(n, c0, c1) \
	((((unsigned) (unsigned char) (c0) | 0x20) * 31 + (unsigned) (unsigned char) (c1) * 7 + (unsigned) (n) * 101) & 255)
#define ABBREV_WORD_HASH(w) ABBREV_HASH(sizeof(w) - 1, (w)[0], sizeof(w) > 2 ? (w)[1] : 0)
#define ABBREV_BIT(w, j) \
	(ABBREV_WORD_HASH(w) >> 6 == (j) ? UINT64_C(1) << (ABBREV_WORD_HASH(w) & 63) : 0) |
#define ABBREV_BIT0(kind, w) ABBREV_BIT(w, 0)
#define ABBREV_BIT1(kind, w) ABBREV_BIT(w, 1)
#define ABBREV_BIT2(kind, w) ABBREV_BIT(w, 2)
#define ABBREV_BIT3(kind, w) ABBREV_BIT(w, 3)

/* The abbreviation kind of s[0..n) (without its period). */
static int
abbrev_kind(const char *s, size_t n)
{
	/* computed by the compiler from the list */
	const uint64_t filter[4] = {
		ABBREVIATIONS(ABBREV_BIT0) 0, ABBREVIATIONS(ABBREV_BIT1) 0,
		ABBREVIATIONS(ABBREV_BIT2) 0, ABBREVIATIONS(ABBREV_BIT3) 0
	};
	unsigned	h;

	if (n > ABBREV_MAX_BYTES || n == 0)
		return ABBR_NONE;
	h = ABBREV_HASH(n, s[0], n > 1 ? s[1] : 0);
	if (!(filter[h >> 6] >> (h & 63) & 1))
		return ABBR_NONE;
	for (const abbrev *a = abbreviations; a->word; a++)
	{
		/* the first letter decides before any call */
		if (a->len != n || (s[0] != a->word[0] && s[0] != a->word[0] - 32))
			continue;
		if (memcmp(s + 1, a->word + 1, n - 1) == 0 &&
			(s[0] == a->word[0] || (a->word[0] >= 'a' && a->word[0] <= 'z')))
			return a->kind;
	}
	return ABBR_NONE;
}

/* ---- emitting tokens -------------------------------------------------------- */

/*
 * Room for more tokens (out->n is brought up to date only here and at the
 * end: a cursor costs fewer loads per token).
 */
static void
grow_tokens(scanner *sc)
{
	frn_tokens *out = sc->out;

	out->n = (size_t) (sc->next_tok - out->tok);
	FRN_VEC_GROW(out->tok, out->n, out->cap, 1);
	sc->next_tok = out->tok + out->n;
	sc->end_tok = out->tok + out->cap;
}

/*
 * Append the token s[b0..b1) of nchars characters, with its flags except
 * SPACE_BEFORE (added here).  Only white space lies between two tokens:
 * there was some before this one if it does not start where the last one
 * ended, and the main loop has added the extra bytes of the non-ASCII
 * spaces it skipped.
 */
static inline void
push_token(scanner *sc, size_t b0, size_t b1, size_t nchars, frn_token_kind kind, uint8_t flags)
{
	frn_token	t;

	if (b0 != sc->last_end)
		flags |= FRN_TF_SPACE_BEFORE;

	/*
	 * Filled whole in a local, then stored once: stores through frn_token's
	 * uint8_t fields may alias anything, so field by field they would force
	 * the scanner's state to be reloaded after each.
	 */
	t = (frn_token) {
		(uint32_t) b0, (uint32_t) (b1 - b0), (uint32_t) (b0 - sc->extra), (uint32_t) nchars,
		(uint8_t) kind, flags, 0
	};
	if (sc->next_tok == sc->end_tok)
		grow_tokens(sc);
	*sc->next_tok++ = t;
	sc->last_end = b1;
	sc->extra += b1 - b0 - nchars;
}

/*
 * The flags of a token of ASCII bytes v (at most 8, the first in the low
 * bits, zero-padded): CAPITALIZED, ALLCAPS and HAS_DIGIT, as emit's loop
 * works them out (every ASCII letter is cased, so the first decides).
 */
static inline uint8_t
ascii_flags(uint64_t v)
{
	uint64_t	letter = frn_bytes_in(v | FRN_ONES * 0x20, 'a', 'z'),
				lower = letter & v << 2,	/* a letter with bit 0x20 */
				upper = letter & ~lower;
	uint8_t		flags = 0;

	if (upper & letter & -letter)
		flags |= FRN_TF_CAPITALIZED;
	if (!lower && (upper & (upper - 1)))
		flags |= FRN_TF_ALLCAPS;
	if (frn_bytes_in(v, '0', '9'))
		flags |= FRN_TF_HAS_DIGIT;
	return flags;
}

/* Append the token s[b0..b1), computing its character count and flags. */
static void
emit(scanner *sc, size_t b0, size_t b1, frn_token_kind kind, uint8_t extra_flags)
{
	size_t		i;
	size_t		nchars = 0;
	int			first_letter = 1,
				upper = 0,
				lower = 0;
	uint8_t		flags = extra_flags;

	if (b1 - b0 <= 8)
	{
		/* most tokens here are short and ASCII: l' 1,5 ... */
		uint64_t	v = frn_load_upto8((const unsigned char *) sc->s + b0, b1 - b0);

		if (!(v & FRN_HIGHS))
		{
			push_token(sc, b0, b1, b1 - b0, kind, flags | FRN_TF_ASCII | ascii_flags(v));
			return;
		}
	}
	flags |= FRN_TF_ASCII;
	for (i = b0; i < b1; nchars++)
	{
		uint8_t		c;

		if ((unsigned char) sc->s[i] < 0x80)
			c = frn_class_latin1[(unsigned char) sc->s[i++]];
		else
		{
			flags &= ~FRN_TF_ASCII;
			c = frn_char_class(frn_utf8_step(sc->s, b1, &i));
		}
		if (c & FRN_C_LETTER)
		{
			if (first_letter && (c & FRN_C_UPPER))
				flags |= FRN_TF_CAPITALIZED;
			if (c & (FRN_C_UPPER | FRN_C_LOWER))
				first_letter = 0;
			upper += (c & FRN_C_UPPER) != 0;
			lower += (c & FRN_C_LOWER) != 0;
		}
		else if (c & FRN_C_DIGIT)
			flags |= FRN_TF_HAS_DIGIT;
	}
	if (upper >= 2 && lower == 0)
		flags |= FRN_TF_ALLCAPS;
	push_token(sc, b0, b1, nchars, kind, flags);
}


/* ---- numbers ---------------------------------------------------------------- */

static size_t
skip_digits(const scanner *sc, size_t p, int *count)
{
	size_t		next;

	*count = 0;
	while (cls(peek(sc, p, &next)) & FRN_C_DIGIT)
	{
		p = next;
		(*count)++;
	}
	return p;
}

static inline int
is_thousands_sep(int32_t cp)
{
	return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007 || cp == '.' ||
		cp == 0x2019 || cp == '\'';
}

/* Ordinal suffixes after digits: 1er 1re 2e 2nd XXe (lower case, or superscript). */
static const char *const ordinal_suffixes[] = {
	"e", "er", "re", "ère", "eme", "ème", "ieme", "ième", "nd", "nde",
	"es", "ers", "res", "ères", "emes", "èmes", "iemes", "ièmes", "nds", "ndes",
	"ᵉ", "ᵉʳ", "ʳᵉ", "ᵉˢ", NULL
};

static int
is_ordinal_suffix(const char *s, size_t n)
{
	for (const char *const *w = ordinal_suffixes; *w; w++)
		if (strlen(*w) == n && memcmp(s, *w, n) == 0)
			return 1;
	return 0;
}

/*
 * Scan the number at b (digits, or a sign then digits).  Thousands groups:
 * the first group has 1-3 digits, every later one exactly 3, all with the
 * same separator ("1 234 567", "839.000", "1’000"); "2019 2 000" is two
 * numbers.  Then an optional decimal part after ',' or '.'.  *plain tells
 * whether the number is bare digits (which an ordinal suffix may follow).
 */
static size_t
scan_number(const scanner *sc, size_t b, int *plain)
{
	size_t		p = b,
				next,
				n2;
	int32_t		cp,
				sep = -1;
	int			digits;

	cp = peek(sc, p, &next);
	*plain = 1;
	if (!(cls(cp) & FRN_C_DIGIT))
	{
		p = next;				/* the sign */
		*plain = 0;
	}
	p = skip_digits(sc, p, &digits);
	if (digits <= 3)
	{
		for (;;)
		{
			int			g;
			size_t		q;

			cp = peek(sc, p, &next);
			if (!is_thousands_sep(cp) || (sep >= 0 && cp != sep))
				break;
			q = skip_digits(sc, next, &g);
			if (g != 3)
				break;
			/* "1.234" is grouping, "1.2345" a decimal */
			sep = cp;
			p = q;
			*plain = 0;
		}
	}
	cp = peek(sc, p, &next);
	if ((cp == ',' || (cp == '.' && sep != '.')) && (cls(peek(sc, next, &n2)) & FRN_C_DIGIT))
	{
		p = skip_digits(sc, next, &digits);
		*plain = 0;
	}
	return p;
}

/* ---- words ------------------------------------------------------------------ */

static inline int
is_word_char(uint8_t c)
{
	return (c & (FRN_C_LETTER | FRN_C_DIGIT | FRN_C_IGNORABLE)) != 0;
}

/* Hyphen at s[p] (ASCII, U+2010 or U+2011): its byte length, else 0. */
static inline int
hyphen_at(const char *s, size_t len, size_t p)
{
	if (s[p] == '-')
		return 1;
	if (p + 3 <= len && (unsigned char) s[p] == 0xE2 && (unsigned char) s[p + 1] == 0x80 &&
		((unsigned char) s[p + 2] == 0x90 || (unsigned char) s[p + 2] == 0x91))
		return 3;
	return 0;
}

/*
 * Where the inverted-pronoun tail of the hyphenated word s[b..e) starts
 * (dit-elle → at "-elle", a-t-il → at "-t-il"), or e if there is none.
 * Pronouns are short ASCII, so each step looks back at most 8 bytes.
 */
static size_t
inverted_tail(const scanner *sc, size_t b, size_t e)
{
	size_t		split = e,		/* the tail found so far starts here */
				last = e;		/* start of the last pronoun's letters */
	int			segments = 0;

	while (segments < 3)
	{
		size_t		seg = split,
					hl = 0;
		int			pronoun;

		/* the lower-case ASCII segment before split, and its hyphen */
		while (seg > b && split - seg < 6 && sc->s[seg - 1] >= 'a' && sc->s[seg - 1] <= 'z')
			seg--;
		if (seg == split || seg <= b)
			break;
		if (sc->s[seg - 1] == '-')
			hl = 1;
		else if (seg >= b + 3 && hyphen_at(sc->s, sc->len, seg - 3) == 3)
			hl = 3;
		if (hl == 0 || seg - hl <= b)
			break;
		pronoun = in_list_ci(sc->s + seg, split - seg, inverted_pronouns);
		/* the euphonic t only right before il, elle, on, ils, elles */
		if (!pronoun && segments == 1 && split - seg == 1 && sc->s[seg] == 't')
			pronoun = in_list_ci(sc->s + last, e - last, euphonic_t_pronouns);
		if (!pronoun)
			break;
		if (segments == 0)
			last = seg;
		split = seg - hl;
		segments++;
	}
	if (split < e && in_list_ci(sc->s + b, e - b, inverted_exceptions))
		return e;
	return split;
}

/*
 * Emit the word s[b..e) (already free of elisions), splitting off an
 * inverted-pronoun tail; extra flags go to the last token.
 */
static void
emit_word(scanner *sc, size_t b, size_t e, int hyphenated, uint8_t last_flags)
{
	size_t		split = hyphenated ? inverted_tail(sc, b, e) : e;

	if (split == e)
	{
		emit(sc, b, e, FRN_TOK_WORD, last_flags);
		return;
	}
	emit(sc, b, split, FRN_TOK_WORD, 0);
	/* one token per pronoun, the euphonic t staying with its pronoun */
	while (split < e)
	{
		size_t		hl = hyphen_at(sc->s, sc->len, split);
		size_t		p = split + hl;

		while (p < e && !hyphen_at(sc->s, sc->len, p))
			p++;
		if (p - split - hl == 1 && sc->s[p - 1] == 't' && p < e)
		{
			p += hyphen_at(sc->s, sc->len, p);
			while (p < e && !hyphen_at(sc->s, sc->len, p))
				p++;
		}
		emit(sc, split, p, FRN_TOK_WORD, p == e ? last_flags : 0);
		split = p;
	}
}

/*
 * After the word s[b..e) comes a '.': the end of the period-including
 * abbreviation token (initials, dotted acronyms, known abbreviations), or e.
 */
static size_t
abbrev_end(const scanner *sc, size_t b, size_t e)
{
	size_t		next,
				n2,
				n3,
				p,
				q0;
	int32_t		first,
				cp;

	if (peek(sc, e, &next) != '.' || peek(sc, next, &n2) == '.')
		return e;
	q0 = b;
	p = b;
	first = frn_utf8_step(sc->s, e, &p);
	if (p == e && (cls(first) & FRN_C_LETTER))
	{
		/* one letter: an initial (J.), a dotted acronym (S.N.C.F., J.-C.) */
		size_t		end = next;

		for (;;)
		{
			size_t		q = end;

			if (q < sc->len)
				q += hyphen_at(sc->s, sc->len, q);
			cp = peek(sc, q, &n2);
			if (!(cls(cp) & FRN_C_LETTER) || peek(sc, n2, &n3) != '.')
				break;
			end = n3;
		}
		if (end > next || abbrev_kind(sc->s + b, e - b))
			return end;
		/* an initial stands alone: not the G of "5G." */
		if ((cls(first) & FRN_C_UPPER) && (b == 0 || !(cls(frn_utf8_prev(sc->s, &q0)) & (FRN_C_LETTER | FRN_C_DIGIT))))
			return end;
		return e;
	}
	return abbrev_kind(sc->s + b, e - b) ? next : e;
}

/*
 * Skip word characters from p (in the word begun at start); return where
 * they end, with the code point there in *cp (-1 at the end of the text)
 * and the byte after it in *next.  U+02BC is a letter (Lm) but is handled
 * as an apostrophe inside words.
 */
static inline size_t
skip_word_run(const scanner *sc, size_t start, size_t p, int32_t *cp, size_t *next)
{
	const unsigned char *s = (const unsigned char *) sc->s;

	for (;;)
	{
		size_t		n = p;
		int32_t		c;

		if (p >= sc->len)
		{
			*cp = -1;
			*next = p;
			return p;
		}
		if (s[p] < 0x80)
		{
			if (is_word_char(frn_class_latin1[s[p]]))
			{
				p++;
				continue;
			}
			*cp = s[p];
			*next = p + 1;
			return p;
		}
		c = frn_utf8_step(sc->s, sc->len, &n);
		if (!is_word_char(frn_char_class(c)) || (c == 0x02BC && p > start))
		{
			*cp = c;
			*next = n;
			return p;
		}
		p = n;
	}
}

/* Inlined in both callers: the main loop is where nearly every word goes. */
static inline __attribute__((always_inline)) size_t scan_simple_word(scanner *sc, size_t b);

/* A letter scan_simple_word may start with: ASCII or Latin-1 (U+00C0..U+00FF). */
static inline int
starts_simple_word(int32_t cp)
{
	return cp < 0x80 || (cp >= 0xC0 && cp <= 0xFF);
}

/*
 * Scan the word starting at b: letters, digits, ignorables, joined by
 * hyphens and word-internal apostrophes (aujourd’hui); elisions (l’, qu’)
 * are emitted as their own tokens on the way.  Returns the end.
 */
static size_t
scan_word(scanner *sc, size_t b)
{
	size_t		start = b,
				p = b,
				next,
				n2,
				end;
	int			hyphenated = 0;
	int32_t		cp;
	uint8_t		flags = 0;

	for (;;)
	{
		/* starts on a word character (or U+02BC), so p > start */
		p = skip_word_run(sc, start, p, &cp, &next);
		if (cp < 0)
			break;
		if (is_elision_apostrophe(cp) && (cls(peek(sc, next, &n2)) & FRN_C_LETTER))
		{
			if (!hyphenated && p - start < 7 &&
				is_elision_word(frn_load_upto8((const unsigned char *) sc->s + start, p - start),
								(unsigned) (p - start)))
			{
				emit(sc, start, next, FRN_TOK_ELISION, 0);
				/* the word after it is a new word: the usual one goes fast */
				if (starts_simple_word(peek(sc, next, &n2)) && (end = scan_simple_word(sc, next)) > next)
					return end;
				start = p = next;
				continue;
			}
			p = next;			/* aujourd’hui, prud’hommes, O’Neill */
			continue;
		}
		if (hyphen_at(sc->s, sc->len, p) && (cls(peek(sc, next, &n2)) & (FRN_C_LETTER | FRN_C_DIGIT)))
		{
			hyphenated = 1;
			p = next;
			continue;
		}
		break;
	}
	end = p;
	if (!hyphenated)
	{
		size_t		a = abbrev_end(sc, start, p);

		if (a > p)
		{
			flags = FRN_TF_ABBREV;
			end = a;
		}
		else if (cp == 0xB0 && (p - start == 1) && (sc->s[start] == 'n' || sc->s[start] == 'N'))
		{
			flags = FRN_TF_ABBREV;	/* n° */
			end = next;
		}
	}
	if (flags)
		emit(sc, start, end, FRN_TOK_WORD, flags);
	else
	{
		/* a run of ignorables alone is not a word */
		size_t		q = start;
		int			wordish = 0;

		while (q < end && !wordish)
			wordish = (cls(frn_utf8_step(sc->s, end, &q)) & (FRN_C_LETTER | FRN_C_DIGIT)) != 0;
		if (wordish)
			emit_word(sc, start, end, hyphenated, 0);
		else
			emit(sc, start, end, FRN_TOK_SYMBOL, 0);
	}
	return end;
}

/* ---- ASCII words, 8 bytes at a time ----------------------------------------- */

/* The class of the Latin-1 letter (U+00C0..U+00FF) encoded at s[p], or 0. */
static inline unsigned
latin1_letter_at(const scanner *sc, size_t p)
{
	const unsigned char *s = (const unsigned char *) sc->s;

	if (p + 1 < sc->len && s[p] == 0xC3 && s[p + 1] >= 0x80 && s[p + 1] <= 0xBF)
		return frn_class_latin1[s[p + 1] + 0x40] & (FRN_C_LETTER | FRN_C_UPPER | FRN_C_LOWER);
	return 0;
}

/*
 * The non-ASCII character at p cannot extend a word before it nor join it
 * to more (not a word character, apostrophe, hyphen or the ° of n°): a
 * no-break space, », …, a dash.
 */
static inline int
ends_word(const scanner *sc, size_t p)
{
	size_t		next = p;
	int32_t		cp = frn_utf8_step(sc->s, sc->len, &next);

	return !is_word_char(frn_char_class(cp)) && !is_elision_apostrophe(cp) &&
		!hyphen_at(sc->s, sc->len, p) && cp != 0xB0;
}

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__AVX2__)
#include <immintrin.h>
#define BLOCK_AVX2 1

static int	block_avx2 = -1,	/* whether the processor has AVX2; -1: not asked yet */
			run_bmi2 = -1;		/* ... and BMI1, BMI2 and POPCNT (scan_run_bmi2) */

/*
 * Ask the processor, once per process, before the first block or run of a
 * text (frn_tokenize): the first scan_run of a process would otherwise run
 * its plain body, the choice being made in the block_fill it calls.  The
 * variables are set once and always to the same values (a backend inherits
 * them, or asks, after fork).
 */
static void
cpu_features_init(void)
{
	__builtin_cpu_init();
	block_avx2 = __builtin_cpu_supports("avx2") != 0;
	run_bmi2 = block_avx2 && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
		__builtin_cpu_supports("popcnt");
}

/*
 * frn_block64_fill's classes (those block_fill reads) of 64 readable bytes
 * in two 32-byte steps, for the processors that have AVX2 (the build
 * targets plain x86-64): half its instructions, most of them the moves of
 * each step's bits into the masks.
 */
typedef struct classes32
{
	uint32_t	letter,
				lower,
				digit,
				c3,
				cont;
} classes32;

static inline __attribute__((always_inline, target("avx2"))) classes32
classes32_avx2(const unsigned char *b, const __m256i *c)
{
	__m256i		v = _mm256_loadu_si256((const __m256i *) b),
				ct = _mm256_andnot_si256(_mm256_cmpeq_epi8(_mm256_and_si256(v, c[0]), c[1]),
										 _mm256_cmpgt_epi8(c[2], v));

	return (classes32) {
		(uint32_t) _mm256_movemask_epi8(_mm256_cmpgt_epi8(c[5], _mm256_add_epi8(_mm256_or_si256(v, c[3]), c[4]))),
		(uint32_t) _mm256_movemask_epi8(_mm256_or_si256(_mm256_cmpgt_epi8(c[5], _mm256_add_epi8(v, c[4])),
														_mm256_and_si256(ct, _mm256_cmpgt_epi8(v, c[8])))),
		(uint32_t) _mm256_movemask_epi8(_mm256_cmpgt_epi8(c[7], _mm256_add_epi8(v, c[6]))),
		(uint32_t) _mm256_movemask_epi8(_mm256_cmpeq_epi8(v, c[9])),
		(uint32_t) _mm256_movemask_epi8(ct)
	};
}

static __attribute__((target("avx2"))) void
block64_fill_avx2(const unsigned char *b, frn_block64 *k)
{
	static const struct
	{
		char		v[10][32];
	}			constants __attribute__((aligned(32))) = {{
#define K(x) {x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x}
			K((char) 0xDF), K((char) 0x97), K(-64), K(0x20), K(0x1F), K(-102), K(0x50), K(-118), K(-98),
			K((char) 0xC3)
#undef K
	}};
	const __m256i *c = (const __m256i *) constants.v;
	classes32	lo,
				hi;
	uint64_t	c3,
				cont;

	/* hidden from the compiler: read from memory, not built in registers at each call */
	__asm__("" : "+r"(c));
	lo = classes32_avx2(b, c);
	hi = classes32_avx2(b + 32, c);
	c3 = lo.c3 | (uint64_t) hi.c3 << 32;
	cont = lo.cont | (uint64_t) hi.cont << 32;
	k->letter = lo.letter | (uint64_t) hi.letter << 32;
	k->digit = lo.digit | (uint64_t) hi.digit << 32;
	k->trail = c3 << 1 & cont;
	k->lower = (lo.lower | (uint64_t) hi.lower << 32) & (~cont | k->trail);
}
#endif

/*
 * The bytes from base classified for scan_simple_word and scan_run
 * (frn_block64_fill), and room for a token at each of them (the tokens
 * from here on start there or later, one per byte at most).  Not inlined:
 * once per block, and inlined its registers would cost every word.
 */
static __attribute__((noinline)) void
block_fill(scanner *sc, size_t base)
{
	frn_block64 m;

	if (sc->end_tok - sc->next_tok < 64)
	{
		frn_tokens *out = sc->out;

		out->n = (size_t) (sc->next_tok - out->tok);
		FRN_VEC_GROW(out->tok, out->n, out->cap, 64);
		sc->next_tok = out->tok + out->n;
		sc->end_tok = out->tok + out->cap;
	}
	if (sc->len - base < sizeof sc->blk_pad)
	{
		memset(sc->blk_pad, 0, sizeof sc->blk_pad);
		memcpy(sc->blk_pad, sc->s + base, sc->len - base);
		sc->blk_bytes = sc->blk_pad;
	}
	else
		sc->blk_bytes = (const unsigned char *) sc->s + base;
#ifdef BLOCK_AVX2
	if (block_avx2)
		block64_fill_avx2(sc->blk_bytes, &m);
	else
#endif
		frn_block64_fill((const char *) sc->blk_bytes, sizeof sc->blk_pad, 0, &m);
	sc->blk_base = base;
	sc->blk_word = m.letter | m.trail | m.trail >> 1;
	sc->blk_lower = m.lower;
	sc->blk_digit = m.digit;
	sc->blk_trail = m.trail;
	sc->blk_upper = (m.letter & ~m.lower) | (m.trail & ~m.lower) >> 1;
	sc->blk_start = m.letter | m.trail >> 1;
}

/*
 * The common case of scan_word: a word of ASCII letters and digits and
 * Latin-1 letters (é, à, ç, É: all cased) starting with a letter at b and
 * ended by a character that cannot extend it (not ' or -, nor the period
 * of an abbreviation; see ends_word for the others) or by the end of the
 * text.  ASCII bytes are classified eight at a time and the flags gathered
 * on the way, so the token is emitted without a second pass.  Returns the
 * end, or b when scan_word must handle the word.
 */
static inline size_t
scan_simple_word(scanner *sc, size_t b)
{
	const unsigned char *s = (const unsigned char *) sc->s;
	size_t		p = b,
				latin1 = 0;		/* 2-byte letters seen */
	uint64_t	any_lower = 0,
				any_digit = 0;
	uint8_t		flags = 0;
	unsigned	c,
				k,
				end_byte;
	size_t		off = b - sc->blk_base;
	uint64_t	stop,
				in;

	/*
	 * Most words end within the block, at the first byte that is neither
	 * a letter nor a digit: found without a loop.  The block is filled
	 * again from b when the word reaches its end (or b its last byte, that
	 * could be the first of a Latin-1 letter); a word that reaches the end
	 * of the new block too, or stops at C3 (the block's last byte, or × ÷),
	 * goes 8 bytes at a time below.
	 */
	stop = off < 63 ? ~(sc->blk_word | sc->blk_digit) >> off : 0;
	if (!stop)
	{
		block_fill(sc, b);
		off = 0;
		stop = ~(sc->blk_word | sc->blk_digit);
	}
	if (stop)
	{
		k = (unsigned) __builtin_ctzll(stop);	/* >= 1: b is a letter */
		in = ((UINT64_C(1) << k) - 1) << off;
		end_byte = b + k < sc->len ? s[b + k] : 0;
		if (end_byte != 0xC3)
		{
			p = b + k;
			any_lower = sc->blk_lower & in;
			any_digit = sc->blk_digit & in;
			/* (a word has few of them: no call to count them) */
			for (uint64_t t = sc->blk_trail & in; t; t &= t - 1)
				latin1++;
			goto ended;
		}
	}
	for (;;)
	{
		uint64_t	v = frn_load_upto8(s + p, sc->len - p),
					v7 = v & ~FRN_HIGHS,
					letter = frn_bytes_in(v7 | FRN_ONES * 0x20, 'a', 'z'),	/* either case */
					digit = frn_bytes_in(v7, '0', '9'),
					ends = (~(letter | digit) | v) & FRN_HIGHS,	/* non-ASCII bytes stop too */
					keep = (ends & -ends) - 1;	/* the bytes before the stop (all if none) */

		any_lower |= letter & v7 << 2 & keep;	/* a letter with bit 0x20: lower case */
		any_digit |= digit & keep;
		if (!ends)
		{
			p += 8;
			continue;
		}
		k = (unsigned) __builtin_ctzll(ends) / 8;
		p += k;
		end_byte = (unsigned) (v >> 8 * k) & 0xFF;	/* 0 past the end of the text */
		if (end_byte != 0xC3 || !(c = latin1_letter_at(sc, p)))
			break;
		any_lower |= c & FRN_C_LOWER;
		latin1++;
		p += 2;
	}
ended:
	if (end_byte >= 0x80 ? !ends_word(sc, p) :
		end_byte == '\'' || end_byte == '-' || (end_byte == '.' && abbrev_end(sc, b, p) > p))
		return b;
	if (!any_lower)
	{
		/* rare (acronyms, initials): emit works out ALLCAPS */
		emit(sc, b, p, FRN_TOK_WORD, 0);
		return p;
	}
	/* the first letter is cased and decides CAPITALIZED */
	if ((unsigned) (s[b] - 'A') < 26 || (s[b] == 0xC3 && (latin1_letter_at(sc, b) & FRN_C_UPPER)))
		flags |= FRN_TF_CAPITALIZED;
	if (any_digit)
		flags |= FRN_TF_HAS_DIGIT;
	if (!latin1)
		flags |= FRN_TF_ASCII;
	push_token(sc, b, p, p - b - latin1, FRN_TOK_WORD, flags);
	return p;
}

/* ---- runs of simple words ------------------------------------------------- */

/*
 * What scan_run needs to know of a byte: whether it ends a simple word
 * without more checks (not a letter or digit, not ' - . : nor a byte from
 * 0x80, which scan_run or scan_simple_word look at; NUL stands for the end
 * of the text), and whether it is punctuation that the main loop emits at
 * once.
 */
#define RUN_END		0x01
#define RUN_PUNCT	0x02
#define RUN_CLASS(c) \
	((unsigned) (((c) | 0x20) - 'a') < 26 || (c) >= 0x80 || ((c) >= '0' && (c) <= '9') || \
	 (c) == '\'' || (c) == '-' || (c) == '.' ? 0 : \
	 (c) == ':' ? RUN_PUNCT : \
	 (c) == ',' || (c) == ';' || (c) == '(' || (c) == ')' || (c) == '[' || (c) == ']' || \
	 (c) == '"' ? RUN_END | RUN_PUNCT : RUN_END)
#define RUN_CLASS4(c) RUN_CLASS(c), RUN_CLASS((c) + 1), RUN_CLASS((c) + 2), RUN_CLASS((c) + 3)
#define RUN_CLASS16(c) RUN_CLASS4(c), RUN_CLASS4((c) + 4), RUN_CLASS4((c) + 8), RUN_CLASS4((c) + 12)
#define RUN_CLASS64(c) RUN_CLASS16(c), RUN_CLASS16((c) + 16), RUN_CLASS16((c) + 32), RUN_CLASS16((c) + 48)

static const uint8_t run_class[256] = {
	RUN_CLASS64(0), RUN_CLASS64(64), RUN_CLASS64(128), RUN_CLASS64(192)
};

/*
 * The word after an elision, as scan_word takes it (no URL or e-mail
 * address starts there).  Not inlined: scan_simple_word is large.
 */
static __attribute__((noinline)) size_t
scan_after_elision(scanner *sc, size_t b)
{
	size_t		e = scan_simple_word(sc, b);

	return e > b ? e : scan_word(sc, b);
}

/*
 * Store a token of a run, inside (no sentence ends after it: scan_run
 * clears that on its last token): as two 8-byte halves and the kind with
 * the flags where the layout allows (built whole, it goes through vector
 * registers).
 */
_Static_assert(offsetof(frn_token, byte_len) == 4 && offsetof(frn_token, char_start) == 8 &&
			   offsetof(frn_token, char_len) == 12 && offsetof(frn_token, kind) == 16 &&
			   offsetof(frn_token, flags) == 17 && offsetof(frn_token, inside) == 18,
			   "put_token knows frn_token's layout");
static inline frn_token *
put_token(frn_token *t, size_t b, unsigned n, size_t char_start, unsigned nchars, frn_token_kind kind,
		  unsigned flags)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t	bytes = (uint32_t) b | (uint64_t) n << 32,
				chars = (uint32_t) char_start | (uint64_t) nchars << 32;
	uint32_t	kfi = kind | flags << 8 | 1 << 16;	/* and a zero padding byte */

	memcpy((char *) t, &bytes, 8);
	memcpy((char *) t + 8, &chars, 8);
	memcpy((char *) t + 16, &kfi, 4);
#else
	t->byte_start = (uint32_t) b;
	t->byte_len = n;
	t->char_start = (uint32_t) char_start;
	t->char_len = nchars;
	t->kind = (uint8_t) kind;
	t->flags = (uint8_t) flags;
	t->inside = 1;
#endif
	return t + 1;
}

/*
 * Words joined by hyphens (États-Unis, Saint-Denis) where scan_word would
 * take them whole: the first hyphen (ASCII) at offset h of the block after
 * a simple word, each one followed by a simple word, the last word ended by
 * a byte of RUN_END and not a lower-case ASCII word of at most 6 letters
 * (dit-elle, a-t-il: inverted_tail's).  Returns the offset of the end, or
 * 0 for scan_word.
 */
static inline unsigned
hyphenated_end(const scanner *sc, const unsigned char *bb, uint64_t nonword, unsigned h)
{
	unsigned	e,
				n;
	uint64_t	rest;

	for (;;)
	{
		if (h >= 62 || (nonword >> (h + 1) & 1) || !(rest = nonword >> (h + 1)))
			return 0;
		e = h + 1 + (unsigned) __builtin_ctzll(rest);
		if (bb[e] != '-')
			break;
		h = e;
	}
	n = e - h - 1;				/* the last word's length */
	if (!(run_class[bb[e]] & RUN_END) || (n <= 6 && !(~sc->blk_lower & ((UINT64_C(1) << n) - 1) << (h + 1))))
		return 0;
	return e;
}

/*
 * The usual stretch of text from the letter at b (ASCII, or C3 for a
 * Latin-1 one; no e-mail address there, b < email_from): simple words (what
 * scan_simple_word takes) ended by an ASCII byte, the elisions before them
 * (l', qu'; the word after one without the e-mail test, as scan_word takes
 * it), words joined by hyphens (hyphenated_end), plain numbers, the
 * punctuation , ; : ( ) [ ] " and a period that ends a sentence after a
 * word, and single spaces, all read from the blocks' masks in one loop and
 * stored without push_token's checks (room for a block's tokens is made
 * when it is filled), marked inside but the last.  Stops, for the main
 * loop, at anything else and at limit; returns where it stopped (b if it
 * took nothing).  popcnt: the processor counts bits (scan_run_bmi2).  The
 * body of scan_run and scan_run_bmi2, which are not inlined: in the main
 * loop, its values would not stay in registers.
 */
static inline __attribute__((always_inline)) size_t
scan_run_body(scanner *sc, size_t b, size_t limit, bool popcnt)
{
	const unsigned char *bb = sc->blk_bytes;
	size_t		off = b - sc->blk_base,
				extra = sc->extra;
	uint64_t	nonword = ~(sc->blk_word | sc->blk_digit);
	unsigned	space = b != sc->last_end ? FRN_TF_SPACE_BEFORE : 0,
				c;
	frn_token  *t = sc->next_tok;
	ptrdiff_t	first = t - sc->out->tok;	/* (the tokens may move) */

	for (;;)
	{
		/* a word at b, off bytes into the block, if blk_start says so (else a number?) */
		unsigned	k,
					latin1 = 0,
					flags = space;
		uint64_t	stop,
					in;

		if (off >= 63 || !(stop = nonword >> off))
		{
			/* the word may go on past the block: fill it from b */
			if (b >= limit)
				break;
			sc->next_tok = t;
			block_fill(sc, b);
			t = sc->next_tok;
			bb = sc->blk_bytes;
			off = 0;
			nonword = ~(sc->blk_word | sc->blk_digit);
			if (!(stop = nonword))
				break;			/* a word of 64 bytes */
		}
		if (!(sc->blk_start >> off & 1))
		{
			/*
			 * A number of ASCII digits alone (scan_number_token's): not
			 * followed by a letter (1er, 20h30), a decimal part (4,5 or
			 * 4.5), nor by what may be a thousands group (3 000, 1.000).
			 */
			if (!(sc->blk_digit >> off & 1))
				break;
			k = (unsigned) __builtin_ctzll(~sc->blk_digit >> off);	/* within the word's end */
			c = bb[off + k];
			if (!(run_class[c] & RUN_END) || c == ',' ||
				(k <= 3 && c == ' ' && (unsigned) (bb[off + k + 1] - '0') < 10))
				break;
			t = put_token(t, b, k, b - extra, k, FRN_TOK_NUMBER, flags | FRN_TF_ASCII | FRN_TF_HAS_DIGIT);
			b += k;
			off += k;
			goto after_token;
		}
		k = (unsigned) __builtin_ctzll(stop);
		c = bb[off + k];
		if (!(run_class[c] & RUN_END))
		{
			if (c == '\'')
			{
				/* l' d' qu': the word after it goes without URL or e-mail tests */
				uint64_t	v;
				size_t		n2;

				if (k > 6 || !is_elision_word(v = frn_load_upto8(bb + off, k), k) ||
					!(cls(peek(sc, b + k + 1, &n2)) & FRN_C_LETTER))
					break;
				t = put_token(t, b, k + 1, b - extra, k + 1, FRN_TOK_ELISION,
							  flags | FRN_TF_ASCII | ascii_flags(v));
				b += k + 1;
				off += k + 1;
				space = 0;
				continue;		/* with no e-mail test; the URL test is undone below */
			}
			if (c == '-')
			{
				unsigned	e = hyphenated_end(sc, bb, nonword, off + k);

				if (!e)
					break;
				k = e - off;
				c = bb[e];
				stop = UINT64_C(1) << k;	/* for in below */
			}
			/* ' and non-ASCII bytes; http: www. (a URL?); abbreviations (M. J.-C.) */
			else if ((c != ':' && c != '.') || frn_url_may_start(bb[off]) ||
					 (c == '.' && k <= ABBREV_MAX_BYTES && abbrev_end(sc, b, b + k) > b + k))
				break;
		}
		in = ((stop & -stop) - 1) << off;
		if (!(sc->blk_lower & in))
			break;				/* acronyms and initials: emit works out ALLCAPS */
		flags |= (sc->blk_upper >> off & 1) * FRN_TF_CAPITALIZED;
		if (sc->blk_digit & in)
			flags |= FRN_TF_HAS_DIGIT;
		if (popcnt)
		{
			/* without a branch: which words have accents cannot be predicted */
			latin1 = (unsigned) __builtin_popcountll(sc->blk_trail & in);
			flags |= (latin1 == 0) * FRN_TF_ASCII;
		}
		else if (sc->blk_trail & in)
			for (uint64_t tr = sc->blk_trail & in; tr; tr &= tr - 1)
				latin1++;
		else
			flags |= FRN_TF_ASCII;
		t = put_token(t, b, k, b - extra, k - latin1, FRN_TOK_WORD, flags);
		extra += latin1;
		b += k;
		off += k;
		if (c == '.')
		{
			/* a period alone (not ... nor .?) */
			c = bb[off + 1];
			if (c == '.' || c == '!' || c == '?' || c == 0xE2)
				break;
			t = put_token(t, b, 1, b - extra, 1, FRN_TOK_PUNCT, FRN_TF_ASCII);
			t[-1].inside = 0;	/* a sentence may end after it */
			b++;
			off++;
		}
		/* then punctuation and spaces, up to the next word */
after_token:
		for (;;)
		{
			space = 0;
			if (c == ' ')
			{
				b++;
				off++;
				space = FRN_TF_SPACE_BEFORE;
				c = bb[off];
			}
			if (!(run_class[c] & RUN_PUNCT) || off >= 64)
				break;
			t = put_token(t, b, 1, b - extra, 1, FRN_TOK_PUNCT, FRN_TF_ASCII | space);
			b++;
			off++;
			c = bb[off];
		}
		/* the loop's head looks at what comes next (a word or a number?) */
		if (b >= sc->email_from)
			break;
	}
	sc->next_tok = t;
	sc->extra = extra;
	if (t - sc->out->tok > first)
	{
		sc->last_end = t[-1].byte_start + t[-1].byte_len;
		t[-1].inside = 0;		/* what comes next is not known here */
		/* the word after an elision goes without URL or e-mail tests */
		if (t[-1].kind == FRN_TOK_ELISION && sc->last_end == b)
			return scan_after_elision(sc, b);
	}
	return b;
}

#ifdef BLOCK_AVX2
/*
 * scan_run compiled for the processors that have AVX2, BMI1, BMI2 and
 * POPCNT (Intel's since 2013, AMD's since 2015; asked with AVX2, by
 * cpu_features_init): shifts by a variable count without the count register,
 * and a word's Latin-1 letters counted by one instruction, without the
 * branch on whether it has any (a fifth of those were mispredicted).
 */
static __attribute__((noinline, target("avx2,bmi,bmi2,popcnt"))) size_t
scan_run_bmi2(scanner *sc, size_t b, size_t limit)
{
	return scan_run_body(sc, b, limit, true);
}
#endif

static __attribute__((noinline)) size_t
scan_run(scanner *sc, size_t b, size_t limit)
{
#ifdef BLOCK_AVX2
	if (run_bmi2 > 0)
		return scan_run_bmi2(sc, b, limit);
#endif
	return scan_run_body(sc, b, limit, false);
}

/* ---- the main loop --------------------------------------------------------- */

void
frn_tokens_init(frn_tokens *t)
{
	t->tok = NULL;
	t->n = 0;
	t->cap = 0;
}

void
frn_tokens_free(frn_tokens *t)
{
	frn_free(t->tok);
	frn_tokens_init(t);
}

void
frn_spans_init(frn_spans *s)
{
	s->span = NULL;
	s->n = 0;
	s->cap = 0;
}

void
frn_spans_free(frn_spans *s)
{
	frn_free(s->span);
	frn_spans_init(s);
}

/*
 * End of the e-mail address at b, or b if there is none.  email_from keeps
 * frn_email_may_start's answer as one bound: b >= fail_until and
 * next_at <= b + FRN_EMAIL_LOCAL_MAX.
 */
static size_t
scan_email(scanner *sc, size_t b)
{
	size_t		e;

	if (b < sc->email_from)
		return b;
	e = frn_scan_email_at(sc->s, sc->len, b, &sc->email);
	/* no '@' left (next_at is len): no address starts anywhere on */
	if (sc->email.next_at >= sc->len)
		sc->email_from = sc->len;
	else
		sc->email_from = sc->email.next_at > FRN_EMAIL_LOCAL_MAX ? sc->email.next_at - FRN_EMAIL_LOCAL_MAX : 0;
	if (sc->email_from < sc->email.fail_until)
		sc->email_from = sc->email.fail_until;
	return e;
}

static int
sign_starts_number(const scanner *sc, size_t b, int32_t cp, size_t next)
{
	size_t		n2,
				q = b;

	if (!(cp == '-' || cp == '+' || cp == 0x2212))
		return 0;
	if (!(cls(peek(sc, next, &n2)) & FRN_C_DIGIT))
		return 0;
	if (b == 0)
		return 1;
	cp = frn_utf8_prev(sc->s, &q);
	return !(cls(cp) & (FRN_C_LETTER | FRN_C_DIGIT)) && cp != ')' && cp != ']';
}

/*
 * Emit the token starting with a digit or a sign at b: a number, with its
 * ordinal suffix (1er), or a word of digits and letters (20h30); "10km" is
 * two tokens.  Returns its end.
 */
static size_t
scan_number_token(scanner *sc, size_t b)
{
	int			plain;
	size_t		n2,
				w,
				e = scan_number(sc, b, &plain);

	if (plain && (cls(peek(sc, e, &n2)) & FRN_C_LETTER))
	{
		w = e;
		while ((cls(peek(sc, w, &n2)) & FRN_C_LETTER))
			w = n2;
		if (is_ordinal_suffix(sc->s + e, w - e) && !is_word_char(cls(peek(sc, w, &n2))))
		{
			emit(sc, b, w, FRN_TOK_NUMBER, 0);
			return w;
		}
		if (cls(peek(sc, w, &n2)) & FRN_C_DIGIT)
			return scan_word(sc, b);
	}
	emit(sc, b, e, FRN_TOK_NUMBER, 0);
	return e;
}

void
frn_tokenize(const char *s, size_t len, frn_tokens *out)
{
	/* blk_base: the first word fills the block */
	scanner		sc = {.s = s, .len = len, .out = out, .blk_base = (size_t) -64};
	size_t		b = 0,
				next,
				next_check = CHECK_EVERY,
				run_stopped = 0;	/* where scan_run stopped last */

#ifdef BLOCK_AVX2
	if (block_avx2 < 0)
		cpu_features_init();
#endif
	/* press text has a token per 5 or 6 bytes: room for them at once */
	FRN_VEC_GROW(out->tok, out->n, out->cap, len / 4 + 1);
	sc.next_tok = out->tok + out->n;
	sc.end_tok = out->tok + out->cap;
	while (b < len)
	{
		int32_t		cp;
		uint8_t		c;
		size_t		e;

		if (b >= next_check)
		{
			frn_check_interrupts();
			next_check = b + CHECK_EVERY;
		}
		if (s[b] == ' ')
		{
			/* the usual space between two tokens: go on to the next one */
			if (++b == len)
				break;
		}
		/* (not again at a word it stopped at: the word after a run is seldom simple) */
		if (((unsigned) ((s[b] | 0x20) - 'a') < 26 || (unsigned char) s[b] == 0xC3) && b < sc.email_from &&
			b != run_stopped && (run_stopped = scan_run(&sc, b, next_check)) > b)
		{
			b = run_stopped;
			continue;
		}
		if ((unsigned) ((s[b] | 0x20) - 'a') < 26 && !frn_url_may_start(s[b]) && b < sc.email_from)
		{
			/* the usual token: a word at an ASCII letter, no URL or e-mail there */
			cp = (unsigned char) s[b];
			c = FRN_C_LETTER;
		}
		else
		{
			switch (s[b])
			{
				case ',':
				case ';':
				case ':':
				case '(':
				case ')':
				case '[':
				case ']':
				case '"':
					/* common punctuation: one character that starts nothing longer */
					push_token(&sc, b, b + 1, 1, FRN_TOK_PUNCT, FRN_TF_ASCII);
					b++;
					continue;
			}
			cp = peek(&sc, b, &next);
			c = cls(cp);
			if (c & FRN_C_SPACE)
			{
				sc.extra += next - b - 1;
				b = next;
				continue;
			}
			if ((e = frn_scan_url(s, len, b)) > b)
			{
				emit(&sc, b, e, FRN_TOK_URL, 0);
				b = e;
				continue;
			}
			if ((c & (FRN_C_LETTER | FRN_C_DIGIT)) && (e = scan_email(&sc, b)) > b)
			{
				emit(&sc, b, e, FRN_TOK_EMAIL, 0);
				b = e;
				continue;
			}
		}
		if (c & (FRN_C_LETTER | FRN_C_IGNORABLE))
		{
			/* before numbers: letters and ignorables are neither digits nor signs */
			if (!starts_simple_word(cp) || (e = scan_simple_word(&sc, b)) == b)
				e = scan_word(&sc, b);
			b = e;
			continue;
		}
		if ((c & FRN_C_DIGIT) || sign_starts_number(&sc, b, cp, next))
		{
			b = scan_number_token(&sc, b);
			continue;
		}
		if (is_sentence_final(cp))
		{
			e = next;
			while (is_sentence_final(peek(&sc, e, &next)))
				e = next;
			emit(&sc, b, e, FRN_TOK_PUNCT, 0);
			b = e;
			continue;
		}
		emit(&sc, b, next, frn_is_punct(cp) ? FRN_TOK_PUNCT : FRN_TOK_SYMBOL, 0);
		b = next;
	}
	out->n = (size_t) (sc.next_tok - out->tok);
}

/* ---- sentences ---------------------------------------------------------------- */

static int32_t
first_cp(const char *s, const frn_token *t)
{
	size_t		i = t->byte_start;

	return t->byte_len ? frn_utf8_step(s, t->byte_start + t->byte_len, &i) : -1;
}

/* The token ends a sentence if a sentence start follows (. ! ? … etc.). */
static int
is_sentence_end_token(const char *s, const frn_token *t)
{
	if (t->kind == FRN_TOK_PUNCT)
		return is_sentence_final(first_cp(s, t));
	if (t->kind == FRN_TOK_WORD && (t->flags & FRN_TF_ABBREV) && s[t->byte_start + t->byte_len - 1] == '.')
		return abbrev_kind(s + t->byte_start, t->byte_len - 1) == ABBR_MAY_END;
	return 0;
}

/* "(...)" or "[…]": a cut in a quotation, not the end of a sentence. */
static int
is_elided_passage(const char *s, const frn_token *prev, const frn_token *t)
{
	int32_t		open = first_cp(s, prev);

	return (open == '(' || open == '[') && prev->byte_start + prev->byte_len == t->byte_start &&
		first_cp(s, t) != '!' && first_cp(s, t) != '?';
}

/* A closing quote or bracket that stays with the sentence it closes. */
static int
is_closer(const char *s, const frn_token *t)
{
	int32_t		cp = first_cp(s, t);

	if (t->kind != FRN_TOK_PUNCT || t->char_len != 1)
		return 0;
	if (cp == 0xBB || cp == 0x201D || cp == 0x203A)
		return 1;				/* » ” › : unambiguous, even after a space */
	return !(t->flags & FRN_TF_SPACE_BEFORE) &&
		(cp == '"' || cp == ')' || cp == ']' || cp == '\'' || cp == 0x2019);
}

static int
is_dash(const char *s, const frn_token *t)
{
	int32_t		cp = first_cp(s, t);

	return t->kind == FRN_TOK_PUNCT && t->char_len == 1 && (cp == '-' || cp == 0x2013 || cp == 0x2014);
}

/* The token can begin a sentence: capital, digit, opening quote, dash. */
static int
starts_sentence(const char *s, const frn_token *t)
{
	int32_t		cp = first_cp(s, t);
	uint8_t		c = cls(cp);

	if (c & (FRN_C_UPPER | FRN_C_DIGIT))
		return 1;
	if (t->kind == FRN_TOK_NUMBER || t->kind == FRN_TOK_URL)
		return 1;
	return cp == 0xAB || cp == '"' || cp == 0x201C || cp == 0x2018 || cp == '\'' ||
		cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == '(' || cp == '[' ||
		cp == 0xBF || cp == 0xA1;
}

/* Bytes s[a..b) contain a paragraph break (a blank line or U+2029). */
static inline int
paragraph_break(const char *s, size_t a, size_t b)
{
	int			newlines = 0;

	if (b - a < 2)
		return 0;				/* the usual gap: none or one space */
	for (size_t i = a; i < b; i++)
	{
		if (s[i] == '\n')
			newlines++;
		else if ((unsigned char) s[i] == 0xE2 && i + 2 < b &&
				 (unsigned char) s[i + 1] == 0x80 && (unsigned char) s[i + 2] == 0xA9)
			return 1;
	}
	return newlines >= 2;
}

static void
add_span(frn_spans *out, const frn_token *first, const frn_token *last)
{
	frn_span   *sp;

	FRN_VEC_GROW(out->span, out->n, out->cap, 1);
	sp = &out->span[out->n++];
	sp->byte_start = first->byte_start;
	sp->byte_len = last->byte_start + last->byte_len - first->byte_start;
	sp->char_start = first->char_start;
	sp->char_len = last->char_start + last->char_len - first->char_start;
}

/*
 * Whether t may end a sentence (is_sentence_end_token), from its kind,
 * flags and first byte: most tokens are passed over with this test alone.
 */
static inline int
may_end_sentence(const char *s, const frn_token *t)
{
	unsigned char c = (unsigned char) s[t->byte_start];

	if (t->kind == FRN_TOK_PUNCT)
		return c == '.' || c == '!' || c == '?' || c == 0xE2;	/* 0xE2: … */
	return (t->flags & FRN_TF_ABBREV) != 0;
}

/*
 * The first token from t[i] on after which a sentence may end: one that
 * may_end_sentence, or has more than one space after it (a paragraph
 * break?), or the last token; at most 4096 tokens on.
 */
static size_t
skip_inside_sentence(const char *s, frn_token *t, size_t i, size_t n)
{
	frn_token  *p = t + i,
			   *stop = t + (n - i > 4096 ? i + 4096 : n - 1);

	for (;;)
	{
		/* the tokens marked inside four at a time (most are) */
		while (stop - p >= 4 && (p[0].inside & p[1].inside & p[2].inside & p[3].inside))
			p += 4;
		if (p < stop &&
			(p->inside || (p[1].byte_start - p->byte_start - p->byte_len < 2 && !may_end_sentence(s, p))))
			p++;
		else
			break;
	}
	return (size_t) (p - t);
}

void
frn_sentences(const char *s, size_t len, frn_tokens *toks, frn_spans *out)
{
	frn_token  *t = toks->tok;
	size_t		n = toks->n,
				first = 0;

	for (size_t i = 0; i < n; i++)
	{
		size_t		j;
		int			boundary = 0;

		frn_check_interrupts();
		i = skip_inside_sentence(s, t, i, n);
		j = i;
		if (is_sentence_end_token(s, &t[i]) && !(i > 0 && is_elided_passage(s, &t[i - 1], &t[i])))
		{
			while (j + 1 < n && is_closer(s, &t[j + 1]))
				j++;
			/* the closing dash of a "- Heading? -" line */
			if (j + 1 < n && is_dash(s, &t[j + 1]) &&
				(j + 2 == n || paragraph_break(s, t[j + 1].byte_start + t[j + 1].byte_len, t[j + 2].byte_start)))
				j++;
			boundary = j + 1 == n ||
				starts_sentence(s, &t[j + 1]) ||
				paragraph_break(s, t[j].byte_start + t[j].byte_len, t[j + 1].byte_start);
		}
		else if (i + 1 < n)
			boundary = paragraph_break(s, t[i].byte_start + t[i].byte_len, t[i + 1].byte_start);
		if (boundary || j + 1 == n)
		{
			t[first].flags |= FRN_TF_SENT_START;
			add_span(out, &t[first], &t[j]);
			first = j + 1;
			i = j;
		}
	}
	(void) len;
}

const char *
frn_token_kind_name(frn_token_kind k)
{
	static const char *const names[FRN_TOK__COUNT] = {
		"word", "number", "punct", "symbol", "url", "email", "elision"
	};

	return (unsigned) k < FRN_TOK__COUNT ? names[k] : "unknown";
}
