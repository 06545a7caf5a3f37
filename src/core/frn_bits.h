/*
 * frn_bits.h — loading a few bytes as one number, and classifying 64 bytes
 * at once (frn_block64_fill), for the word-at-a-time code of the core
 * (tokenizer, stem cache, date lexer).  Internal to the core.
 *
 * Values are little-endian (the first byte in the low bits) on every
 * machine, and no byte outside the given range is read.
 */
#ifndef FRN_BITS_H
#define FRN_BITS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static inline uint64_t
frn_le64(const unsigned char *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap64(v);
#endif
	return v;
}

static inline uint64_t
frn_le32(const unsigned char *p)
{
	uint32_t	v;

	memcpy(&v, p, 4);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	v = __builtin_bswap32(v);
#endif
	return v;
}

/*
 * The bytes p[0..min(n, 8)), zero-padded, with at most two loads: two
 * overlapping 4-byte loads for 4 to 7 bytes, three single bytes below.
 */
static inline uint64_t
frn_load_upto8(const unsigned char *p, size_t n)
{
	if (n >= 8)
		return frn_le64(p);
	if (n >= 4)
		return frn_le32(p) | frn_le32(p + n - 4) << (8 * (n - 4));
	if (n == 0)
		return 0;
	return p[0] | (uint64_t) p[n / 2] << (8 * (n / 2)) | (uint64_t) p[n - 1] << (8 * (n - 1));
}

/* The mask of the low min(n, 8) bytes, without a branch on n. */
static inline uint64_t
frn_low_bytes_mask(size_t n)
{
	static const uint64_t mask[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFF,
	0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, UINT64_MAX};

	return mask[n < 8 ? n : 8];
}

#define FRN_ONES UINT64_C(0x0101010101010101)
#define FRN_HIGHS (FRN_ONES * 0x80)

/*
 * The high bit of every byte of v that lies in [lo, hi], for v whose bytes
 * are all below 0x80 (then no addition carries into the next byte).
 */
static inline uint64_t
frn_bytes_in(uint64_t v, unsigned lo, unsigned hi)
{
	return (v + FRN_ONES * (0x80 - lo)) & ~(v + FRN_ONES * (0x7F - hi)) & FRN_HIGHS;
}

/*
 * The classes of 64 bytes of text, a bit each (bit j: byte j), for the word
 * scanners that find the end of a run with one count of trailing zeros
 * (the tokenizer's simple words, the date lexer).  The Latin-1 letters
 * U+00C0..U+00FF but × and ÷ are C3 then 80..BF but 97 and B7; their second
 * bytes are "trail", those from 9F (the lower-case ones) "lower" too.
 */
typedef struct frn_block64
{
	uint64_t	letter,			/* ASCII letters */
				lower,			/* lower-case ASCII letters, lower-case trail bytes */
				digit,			/* ASCII digits */
				space,			/* ' ' and '\t'..'\r' */
				high,			/* bytes from 0x80 */
				trail;			/* second bytes of the Latin-1 letters */
} frn_block64;

/*
 * The classes of s[base .. base + 64) (past len: NUL bytes), into k.
 * Always inlined, so that a caller computes only the classes it reads.
 */
static inline __attribute__((always_inline)) void
frn_block64_fill(const char *s, size_t len, size_t base, frn_block64 *k)
{
	unsigned char pad[64];
	const unsigned char *b = (const unsigned char *) s + base;
	uint64_t	letter = 0,		/* locals: stores through k could alias b */
				lower = 0,
				digit = 0,
				space = 0,
				high = 0,
				c3 = 0,
				cont = 0;

	if (len - base < 64)
	{
		memset(pad, 0, sizeof pad);
		memcpy(pad, b, len - base);
		b = pad;
	}
#ifdef __SSE2__
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 4
#endif
	for (int j = 0; j < 4; j++)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (b + 16 * j));

		/*
		 * Adding 0x1F maps 0x61..0x7A (a letter, lower-cased by | 0x20 or
		 * not), and only it, to 0x80..0x99: one signed compare below -102.
		 * The same with 0x50 for the digits 0x30..0x39, and with 0x77 for
		 * the white space '\t'..'\r' 0x09..0x0D (and ' ').  ct: the bytes
		 * 0x80..0xBF but 0x97 and 0xB7; those from 0x9F (signed above -98)
		 * go with the lower-case letters.
		 */
		__m128i		l = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x1F)),
									   _mm_set1_epi8(-102)),
					d = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x50)), _mm_set1_epi8(-118)),
					sp = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x77)), _mm_set1_epi8(-123)),
									  _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))),
					ct = _mm_andnot_si128(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char) 0xDF)),
														 _mm_set1_epi8((char) 0x97)),
										  _mm_cmplt_epi8(v, _mm_set1_epi8(-64))),
					lo = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(-102)),
									  _mm_and_si128(ct, _mm_cmpgt_epi8(v, _mm_set1_epi8(-98))));

		letter |= (uint64_t) (uint32_t) _mm_movemask_epi8(l) << (16 * j);
		lower |= (uint64_t) (uint32_t) _mm_movemask_epi8(lo) << (16 * j);
		digit |= (uint64_t) (uint32_t) _mm_movemask_epi8(d) << (16 * j);
		space |= (uint64_t) (uint32_t) _mm_movemask_epi8(sp) << (16 * j);
		high |= (uint64_t) (uint32_t) _mm_movemask_epi8(v) << (16 * j);
		c3 |= (uint64_t) (uint32_t) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xC3))) << (16 * j);
		cont |= (uint64_t) (uint32_t) _mm_movemask_epi8(ct) << (16 * j);
	}
#else
	for (int j = 0; j < 64; j++)
	{
		unsigned	c = b[j];
		int			ct = c >= 0x80 && c < 0xC0 && (c & 0xDF) != 0x97;

		letter |= (uint64_t) ((unsigned) ((c | 0x20) - 'a') < 26) << j;
		lower |= (uint64_t) ((unsigned) (c - 'a') < 26 || (ct && c >= 0x9F)) << j;
		digit |= (uint64_t) ((unsigned) (c - '0') < 10) << j;
		space |= (uint64_t) (c == ' ' || (c >= '\t' && c <= '\r')) << j;
		high |= (uint64_t) (c >= 0x80) << j;
		c3 |= (uint64_t) (c == 0xC3) << j;
		cont |= (uint64_t) ct << j;
	}
#endif
	k->letter = letter;
	k->digit = digit;
	k->space = space;
	k->high = high;
	k->trail = c3 << 1 & cont;
	k->lower = lower & (~cont | k->trail);
}

#endif
