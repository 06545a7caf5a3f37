/*
 * frn_normalize.c — folding, normalisation and lower-casing of UTF-8 text.
 *
 * The work per code point is a lookup in the generated tables
 * (frn_unidata.h): no ICU call in the hot path.  Folding includes NFD and
 * mark removal, so decomposed input ("e" + U+0301) folds like composed input
 * without any composition step.  Lower-casing keeps accents and must produce
 * NFC (the stemmer expects composed letters): when a combining character
 * that could compose appears, the whole input goes once through ICU's NFC.
 * Invalid UTF-8 is read as U+FFFD per byte (frn_utf8_next) and written as
 * U+FFFD, so the output is always valid UTF-8.  In a restricted repertoire
 * (frn_set_repertoire) a mapping that leaves it is not applied.
 */
#include "frn_normalize.h"

#include <stdio.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "frn_bits.h"
#include "frn_unidata.h"
#include "frn_utf8.h"

/* Bytes of input between two calls of frn_check_interrupts(). */
#define CHECK_EVERY (1 << 16)

/* Room for the longest mapping (63 bytes) or one encoded code point. */
#define MAP_ROOM 64

static inline char *
room(frn_buf *out)
{
	if (out->cap - out->len < MAP_ROOM + 1)
		frn_buf_reserve(out, MAP_ROOM);
	return out->data + out->len;
}

/* Write the code point at s[*i] (already decoded as cp) unchanged. */
static inline void
put_same(frn_buf *out, const char *s, size_t from, size_t to, int32_t cp)
{
	char	   *d = room(out);

	if (cp == 0xFFFD && to - from == 1)
		out->len += frn_utf8_encode(cp, d);	/* an invalid byte */
	else
	{
		memcpy(d, s + from, to - from);
		out->len += to - from;
	}
}

/* The repertoire folds and lower cases must stay in; NULL = all of Unicode. */
static int	(*repertoire) (int32_t cp) = NULL;

void
frn_set_repertoire(int (*in) (int32_t cp))
{
	repertoire = in;
}

/* Whether mapping v (of the pool) holds only characters of the repertoire. */
static bool
map_in_repertoire(uint32_t v)
{
	const char *m = frn_map_pool + FRN_MAP_OFF(v);
	size_t		len = FRN_MAP_LEN(v),
				i = 0;

	while (i < len)
	{
		if ((unsigned char) m[i] < 0x80)
			i++;
		else if (!repertoire(frn_utf8_step(m, len, &i)))
			return false;
	}
	return true;
}

/*
 * Whether code point mapping v (0: none) leaves the character as it is:
 * no mapping, or one that would leave the repertoire.
 */
static inline bool
map_keeps(uint32_t v)
{
	return v == 0 || (repertoire != NULL && !map_in_repertoire(v));
}

/*
 * The fold mapping of cp within the repertoire (0: keep cp): its fold, else
 * its lower case (WIN866 has Ї and ї but not the і that ї folds to), else
 * none (µ, whose fold is Greek mu, in LATIN9).
 */
static inline uint32_t
fold_map_within(int32_t cp)
{
	uint32_t	v = frn_fold_map(cp);

	if (v == 0 || repertoire == NULL || map_in_repertoire(v))
		return v;
	v = frn_lower_map(cp);
	return v == FRN_MAP_COMPOSE || map_keeps(v) ? 0 : v;
}

static inline void
put_pool(frn_buf *out, uint32_t v)
{
	char	   *d = room(out);

	memcpy(d, frn_map_pool + FRN_MAP_OFF(v), FRN_MAP_LEN(v));
	out->len += FRN_MAP_LEN(v);
}

/*
 * Fold s into out.  With collapse, runs of (folded) spaces become one space
 * and leading/trailing spaces go: characters folding to nothing (marks,
 * soft hyphens) do not separate two spaces.
 */
static size_t
fold_text(const char *s, size_t len, frn_buf *out, int collapse)
{
	size_t		start = out->len;
	size_t		i = 0;
	size_t		next_check = CHECK_EVERY;
	int			pending_space = 0;

	frn_buf_reserve(out, len + MAP_ROOM);
	while (i < len)
	{
		size_t		from = i;
		int32_t		cp;
		uint32_t	v;

		if (i >= next_check)
		{
			frn_check_interrupts();
			next_check = i + CHECK_EVERY;
		}
		if ((unsigned char) s[i] < 0x80)
		{
			/* ASCII: one byte in, one byte out */
			char		f = frn_fold_ascii[(unsigned char) s[i++]];

			if (collapse)
			{
				if (f == ' ')
				{
					pending_space = 1;
					continue;
				}
				if (pending_space && out->len > start)
					room(out)[0] = ' ', out->len++;
				pending_space = 0;
			}
			room(out)[0] = f;
			out->len++;
			continue;
		}
		cp = frn_utf8_step(s, len, &i);
		v = fold_map_within(cp);
		if (collapse)
		{
			if (v != 0 && FRN_MAP_LEN(v) == 1 && frn_map_pool[FRN_MAP_OFF(v)] == ' ')
			{
				pending_space = 1;
				continue;
			}
			if (v != 0 && FRN_MAP_LEN(v) == 0)
				continue;
			if (pending_space && out->len > start)
				room(out)[0] = ' ', out->len++;
			pending_space = 0;
		}
		if (v == 0)
			put_same(out, s, from, i, cp);
		else
			put_pool(out, v);
	}
	out->data[out->len] = '\0';
	return out->len - start;
}

size_t
frn_normalize(const char *s, size_t len, frn_buf *out)
{
	return fold_text(s, len, out, 1);
}

/*
 * The bytes of v (8 bytes of text, the first in the low bits) that do not
 * fold by lower-casing alone, as the high bit of each: non-ASCII, controls
 * 9-13 (fold to a space), ` (folds to ').  Zero bytes (padding) fold to
 * themselves.
 */
static inline uint64_t
fold8_stops(uint64_t v)
{
	uint64_t	v7 = v & ~FRN_HIGHS;

	return (v & FRN_HIGHS) | frn_bytes_in(v7, 9, 13) | frn_bytes_in(v7, '`', '`');
}

/* v with its ASCII capitals lower-cased ('A' | 0x20 = 'a'). */
static inline uint64_t
lower8(uint64_t v)
{
	return v | frn_bytes_in(v & ~FRN_HIGHS, 'A', 'Z') >> 2;
}

/* The fold of 8 ASCII bytes that fold by lower-casing alone, or 0 when one does not. */
static inline int
fold8(uint64_t v, uint64_t *folded)
{
	if (fold8_stops(v))
		return 0;
	*folded = lower8(v);
	return 1;
}

/* Store the 8 bytes of v at d, the first byte in the low bits. */
static inline void
store8(char *d, uint64_t v)
{
	v = frn_le64((const unsigned char *) &v);	/* back to memory order */
	memcpy(d, &v, 8);
}

/*
 * frn_fold of any token.  Tokens are mostly ASCII and Latin-1 letters:
 * 8 bytes at a time, the lower case of the ASCII bytes is stored whole (out
 * is given room for 8-byte stores), and the text advances to the first byte
 * that does not fold so (fold8_stops): an ASCII byte that folds through
 * frn_fold_ascii, or a 2-byte Latin-1 character (é, À, ß) whose fold is
 * at most two bytes, folded through the table, one at a time.  The output
 * is then never longer than the input, so the stores stay within the room.
 * The rest of the token from the first other character goes to fold_text
 * (folding is per code point, without context).  s[0..readable) may be
 * read (readable >= len: the text around a token), so that 8 bytes are one
 * load and a mask where they can.  The end is kept in a local (d), not in
 * out->len: a store to out->len per step could alias the output and would
 * be redone every time.  Not inlined: the fast paths before it then need
 * fewer registers.
 */
static __attribute__((noinline)) size_t
fold_long(const char *s, size_t len, size_t readable, frn_buf *out)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		start,
				i = 0;
	char	   *d;

	if (out->cap - out->len < len + 8)
		frn_buf_reserve(out, len + 7);
	start = out->len;
	d = out->data + start;
	while (i < len)
	{
		size_t		left = len - i,
					k;
		uint64_t	v = readable - i < 8 ? frn_load_upto8(u + i, left) :
			left < 8 ? frn_le64(u + i) & ~UINT64_C(0) >> (8 * (8 - left)) : frn_le64(u + i),
					stops = fold8_stops(v);
		uint32_t	m;

		store8(d, lower8(v));
		k = stops ? (size_t) __builtin_ctzll(stops) / 8 : (left < 8 ? left : 8);
		d += k;
		i += k;
		if (!stops)
			continue;
		if (u[i] < 0x80)
		{
			*d++ = frn_fold_ascii[u[i++]];
			continue;
		}
		if (u[i] != 0xC3 || i + 1 >= len || (u[i + 1] & 0xC0) != 0x80)
			break;
		/* its fold of two bytes at most, from the flat table: both bytes
		 * stored (within the room: the letter itself is two bytes) */
		m = frn_fold_latin1[u[i + 1] & 0x3F];
		k = m & 0xFF;
		if (k == FRN_FOLD_LATIN1_LONG)
			break;
		d[0] = (char) (m >> 8);
		d[1] = (char) (m >> 16);
		d += k;
		i += 2;
	}
	out->len = (size_t) (d - out->data);
	if (i == len)
		*d = '\0';
	else
		fold_text(s + i, len - i, out, 0);
	return out->len - start;
}

/*
 * The usual token is at most 8 ASCII bytes that fold by lower-casing: that
 * case takes one 8-byte step here, without a call (so without registers
 * to save); the others, and a full buffer, go to fold_long.
 */
size_t
frn_fold(const char *s, size_t len, frn_buf *out)
{
	char	   *d;
	uint64_t	f;

	if (len > 8 || out->cap - out->len < len + 8 ||
		!fold8(frn_load_upto8((const unsigned char *) s, len), &f))
		return fold_long(s, len, len, out);
	d = out->data + out->len;
	store8(d, f);
	out->len += len;
	d[len] = '\0';
	return len;
}

/*
 * Whether the ASCII bytes of a token of this kind all fold by lower-casing
 * alone: words, numbers, elisions and punctuation never hold a control
 * character or '`' (to the tokenizer those are white space or symbols), so
 * only their non-ASCII bytes need fold_long.
 */
static inline int
folds_by_lower_case(uint8_t kind)
{
	return kind == FRN_TOK_WORD || kind == FRN_TOK_NUMBER || kind == FRN_TOK_ELISION ||
		kind == FRN_TOK_PUNCT;
}

/*
 * The tokens lie in one text, readable up to the end of the last one: an
 * ASCII token of up to 16 bytes of such a kind, with 16 readable, is two
 * loads and masks, without a call.  The others go through fold_long.  The
 * output's start and end are kept in locals between the calls of
 * fold_long: stores of folds may alias out's fields.
 */
void
frn_fold_tokens(const char *s, const frn_token *toks, size_t n, frn_buf *out, size_t *ends)
{
	const char *text_end;
	char	   *base,
			   *d,
			   *room_end;

	if (n == 0)
	{
		if (out->data)
			out->data[out->len] = '\0';
		return;
	}
	text_end = s + toks[n - 1].byte_start + toks[n - 1].byte_len;
	/* room for the usual folds, no longer than the tokens' text: no growing on the way */
	frn_buf_reserve(out, (size_t) (text_end - (s + toks[0].byte_start)) + 32);
	base = out->data;
	d = base + out->len;
	room_end = base + out->cap;
	for (size_t i = 0; i < n; i++)
	{
		const char *p = s + toks[i].byte_start;
		size_t		len = toks[i].byte_len;

		if (len <= 16 && text_end - p >= 16 && room_end - d >= 24 && folds_by_lower_case(toks[i].kind))
		{
			uint64_t	v0 = frn_le64((const unsigned char *) p),
						v1 = 0;
			int			ascii;

			if (len <= 8)
				ascii = !((v0 &= ~UINT64_C(0) >> (64 - 8 * len)) & FRN_HIGHS);
			else
			{
				v1 = frn_le64((const unsigned char *) p + 8) & ~UINT64_C(0) >> (128 - 8 * len);
				if ((ascii = !((v0 | v1) & FRN_HIGHS)))
					store8(d + 8, lower8(v1));
			}
			if (ascii)
			{
				store8(d, lower8(v0));
				d += len;
				ends[i] = (size_t) (d - base);
				continue;
			}
		}
		out->len = (size_t) (d - base);
		fold_long(p, len, (size_t) (text_end - p), out);
		base = out->data;
		d = base + out->len;
		room_end = base + out->cap;
		ends[i] = out->len;
	}
	out->len = (size_t) (d - base);
	*d = '\0';
}

/* v with its ASCII capitals lower-cased and its other bytes as they are. */
static inline uint64_t
lower8_ascii(uint64_t v)
{
	return v | (frn_bytes_in(v & ~FRN_HIGHS, 'A', 'Z') & ~v) >> 2;
}

#define FOLD_BLOCK 256
/* the kinds of folds_by_lower_case, a bit each */
#define FOLD_KINDS ((1u << FRN_TOK_WORD) | (1u << FRN_TOK_NUMBER) | (1u << FRN_TOK_ELISION) | \
					(1u << FRN_TOK_PUNCT))

/*
 * Whether a token goes through fold_long, by its kind and its ASCII flag
 * (kind | flags & FRN_TF_ASCII): all but the ASCII tokens of FOLD_KINDS.
 */
#define FOLDS_APART(i) ((i) < FRN_TF_ASCII || (i) >= FRN_TF_ASCII + 8 || !((FOLD_KINDS >> ((i) & 7)) & 1))
#define FOLDS_APART8(i) FOLDS_APART(i), FOLDS_APART((i) + 1), FOLDS_APART((i) + 2), FOLDS_APART((i) + 3), \
	FOLDS_APART((i) + 4), FOLDS_APART((i) + 5), FOLDS_APART((i) + 6), FOLDS_APART((i) + 7)
_Static_assert(FRN_TOK__COUNT <= 8 && FRN_TF_ASCII == 64, "folds_apart's index");
static const uint8_t folds_apart[2 * FRN_TF_ASCII] = {
	FOLDS_APART8(0), FOLDS_APART8(8), FOLDS_APART8(16), FOLDS_APART8(24),
	FOLDS_APART8(32), FOLDS_APART8(40), FOLDS_APART8(48), FOLDS_APART8(56),
	FOLDS_APART8(64), FOLDS_APART8(72), FOLDS_APART8(80), FOLDS_APART8(88),
	FOLDS_APART8(96), FOLDS_APART8(104), FOLDS_APART8(112), FOLDS_APART8(120)
};

/*
 * The copy is lower-cased 8 bytes at a time (an eighth of an instruction
 * or so per byte), so that an ASCII token (FRN_TF_ASCII) costs a test of
 * its kind and flags here and no store of its fold; the others go through
 * fold_long as in frn_fold_tokens, appended after the copy.
 */
void
frn_fold_tokens_in_copy(const char *s, size_t len, const frn_token *toks, size_t n,
						frn_buf *out, uint32_t *off, uint32_t *flen)
{
	size_t		start = out->len,
				i;
	char	   *d;

	frn_buf_reserve(out, len + 8);
	d = out->data + start;
	i = 0;
#ifdef __SSE2__
	/* 16 bytes a step: adding 0x3F maps 'A'..'Z', and only them, to 0x80..0x99 */
	for (; i + 16 <= len; i += 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + i)),
					upper = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x3F)), _mm_set1_epi8(-102));

		_mm_storeu_si128((__m128i *) (d + i), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
	}
#endif
	for (; i + 8 <= len; i += 8)
		store8(d + i, lower8_ascii(frn_le64((const unsigned char *) s + i)));
	store8(d + i, lower8_ascii(frn_load_upto8((const unsigned char *) s + i, len - i)));
	out->len = start + len;
	out->data[out->len] = '\0';
	/*
	 * In blocks of FOLD_BLOCK tokens: every token gets its offset in the
	 * copy, and the others (not all ASCII, or of a kind not folded by
	 * lower-casing) are listed, without a branch, then folded after the
	 * copy in text order: which tokens are ASCII cannot be predicted.
	 */
	for (size_t k0 = 0; k0 < n; k0 += FOLD_BLOCK)
	{
		uint32_t	others[FOLD_BLOCK];
		size_t		k1 = n - k0 < FOLD_BLOCK ? n : k0 + FOLD_BLOCK,
					nothers = 0;

		if (k0 % 4096 == 4096 - FOLD_BLOCK)
			frn_check_interrupts();
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
		for (size_t k = k0; k < k1; k++)
		{
			off[k] = (uint32_t) (start + toks[k].byte_start);
			flen[k] = toks[k].byte_len;
			others[nothers] = (uint32_t) k;
			nothers += folds_apart[toks[k].kind | (toks[k].flags & FRN_TF_ASCII)];
		}
		for (size_t j = 0; j < nothers; j++)
		{
			size_t		k = others[j],
						b = toks[k].byte_start;

			off[k] = (uint32_t) out->len;
			flen[k] = (uint32_t) fold_long(s + b, toks[k].byte_len, len - b, out);
		}
	}
	/* the offsets are 32-bit (the header says when they would not do) */
	if (out->len > UINT32_MAX)
		frn_fail(FRN_FAIL_TOO_LONG, "The folded words of the text would take more than 4 GB.");
}

/* Stop on an ICU error: no answer without NFC (see frn_fail). */
static void
nfc_check(UErrorCode err)
{
	static char detail[96];

	if (!U_FAILURE(err))
		return;
	if (err == U_MEMORY_ALLOCATION_ERROR)
		frn_fail(FRN_FAIL_OUT_OF_MEMORY, "ICU could not allocate memory to normalise the text (NFC).");
	snprintf(detail, sizeof detail, "ICU could not normalise the text (NFC): %s.", u_errorName(err));
	frn_fail(FRN_FAIL_LIBRARY, detail);
}

/*
 * UAX #15's Stream-Safe Text Format: at most 30 non-starters (characters of
 * non-zero canonical combining class, counted in NFKD) in a row.  NFC sorts
 * each run of non-starters by combining class, one insertion at a time, so
 * a run of n marks out of order costs ICU n² steps; with runs cut at 30 it
 * is linear.
 */
#define MAX_NONSTARTERS 30
#define CGJ 0x034F				/* COMBINING GRAPHEME JOINER, a starter */

/*
 * The non-starters at the start (*lead) and at the end (*trail) of cp's
 * NFKD decomposition; returns whether the decomposition is all non-starters
 * (then *lead = *trail = its length).
 */
static int
nonstarters(const UNormalizer2 *nfkd, int32_t cp, int *lead, int *trail)
{
	UChar		d[32];			/* the longest NFKD (U+FDFA) has 18 units */
	UErrorCode	err = U_ZERO_ERROR;
	int32_t		n = unorm2_getDecomposition(nfkd, cp, d, 32, &err),
				k = 0;
	int			count = 0,
				all = 1;

	*lead = *trail = 0;
	if (n < 0 || U_FAILURE(err))
	{
		/* no decomposition: cp itself */
		all = unorm2_getCombiningClass(nfkd, cp) != 0;
		*lead = *trail = all;
		return all;
	}
	while (k < n)
	{
		int32_t		c;

		U16_NEXT(d, k, n, c);
		if (unorm2_getCombiningClass(nfkd, c) != 0)
			count++;
		else
		{
			if (all)
				*lead = count;
			all = 0;
			count = 0;
		}
	}
	*trail = count;
	if (all)
		*lead = count;
	return all;
}

/*
 * NFC of s as UTF-16 (frn_malloc'd), invalid bytes read as U+FFFD, made
 * stream-safe first (UAX #15, D4): a CGJ goes before a character whose
 * leading non-starters would make a run longer than 30.  So NFC output
 * keeps those CGJs.  ICU counts in int32: longer texts are refused rather
 * than lower-cased without NFC.
 */
static UChar *
nfc_utf16(const char *s, size_t len, int32_t *outlen)
{
	const UNormalizer2 *nfc,
			   *nfkd;
	UErrorCode	err = U_ZERO_ERROR;
	UChar	   *src,
			   *dst;
	int32_t		n = 0,
				cap,
				m;
	size_t		i = 0,
				next_check = CHECK_EVERY;
	int			run = 0;		/* non-starters in a row so far */

	if (len > 0x10000000)
		frn_fail(FRN_FAIL_TOO_LONG,
				 "Texts of more than 256 MB with characters that compose cannot be normalised (NFC).");
	nfc = unorm2_getNFCInstance(&err);
	nfc_check(err);
	nfkd = unorm2_getNFKDInstance(&err);
	nfc_check(err);
	/* at most two UTF-16 units per input byte, a CGJ included */
	src = frn_malloc(sizeof(UChar) * (len * 2 + 1));
	while (i < len)
	{
		int32_t		cp = frn_utf8_step(s, len, &i);
		int			lead,
					trail;

		if (i >= next_check)
		{
			frn_check_interrupts();
			next_check = i + CHECK_EVERY;
		}
		if (cp < 0x80)
		{
			run = 0;			/* ASCII: starters without decomposition */
			src[n++] = (UChar) cp;
			continue;
		}
		if (nonstarters(nfkd, cp, &lead, &trail))
		{
			if (run + lead > MAX_NONSTARTERS)
			{
				src[n++] = CGJ;
				run = 0;
			}
			run += lead;
		}
		else
		{
			if (run + lead > MAX_NONSTARTERS)
				src[n++] = CGJ;
			run = trail;
		}
		U16_APPEND_UNSAFE(src, n, cp);
	}
	/* NFC rarely lengthens text; ICU tells the size needed if it does */
	cap = n + n / 8 + 16;
	dst = frn_malloc(sizeof(UChar) * cap);
	m = unorm2_normalize(nfc, src, n, dst, cap, &err);
	if (err == U_BUFFER_OVERFLOW_ERROR)
	{
		err = U_ZERO_ERROR;
		cap = m;
		dst = frn_realloc(dst, sizeof(UChar) * cap);
		m = unorm2_normalize(nfc, src, n, dst, cap, &err);
	}
	frn_free(src);
	nfc_check(err);
	*outlen = m;
	return dst;
}

/* Lower-case code point cp (whose UTF-8 is s[from..to)) into out. */
static inline void
put_lower(frn_buf *out, const char *s, size_t from, size_t to, int32_t cp, uint32_t v)
{
	if (v == FRN_MAP_COMPOSE || map_keeps(v))
		put_same(out, s, from, to, cp);
	else
		put_pool(out, v);
}

size_t
frn_lower(const char *s, size_t len, frn_buf *out)
{
	size_t		start = out->len;
	size_t		i = 0;
	UChar	   *u;
	int32_t		ulen,
				k = 0;
	int			composing = 0;
	size_t		next_check = CHECK_EVERY;

	frn_buf_reserve(out, len + MAP_ROOM);
	while (i < len && !composing)
	{
		size_t		from = i;
		int32_t		cp;
		uint32_t	v;

		if (i >= next_check)
		{
			frn_check_interrupts();
			next_check = i + CHECK_EVERY;
		}
		if ((unsigned char) s[i] < 0x80)
		{
			char		c = s[i++];

			room(out)[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
			out->len++;
			continue;
		}
		cp = frn_utf8_step(s, len, &i);
		v = frn_lower_map(cp);
		if (v == FRN_MAP_COMPOSE && repertoire == NULL)
			composing = 1;
		else
			put_lower(out, s, from, i, cp, v);
	}
	if (!composing)
	{
		out->data[out->len] = '\0';
		return out->len - start;
	}

	/* A character that may compose: redo the whole text through NFC. */
	out->len = start;
	u = nfc_utf16(s, len, &ulen);
	while (k < ulen)
	{
		int32_t		cp;
		char		enc[4];
		int			n;

		U16_NEXT(u, k, ulen, cp);
		n = frn_utf8_encode(cp, enc);
		put_lower(out, enc, 0, n, cp, frn_lower_map(cp));
	}
	frn_free(u);
	out->data[out->len] = '\0';
	return out->len - start;
}

const char *
frn_unicode_version(void)
{
	return frn_unidata_unicode_version;
}

const char *
frn_icu_version(void)
{
	return frn_unidata_icu_version;
}
