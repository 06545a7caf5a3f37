/*
 * frn_bits.h — loading a few bytes as one number, for the word-at-a-time
 * code of the core (tokenizer, stem cache).  Internal to the core.
 *
 * Values are little-endian (the first byte in the low bits) on every
 * machine, and no byte outside the given range is read.
 */
#ifndef FRN_BITS_H
#define FRN_BITS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

#endif
