/*
 * frn_unidata.h — per-code-point Unicode data generated from ICU at build
 * time (src/gen/gen_fold_table.c → build/gen/frn_fold_table.inc, compiled
 * into frn_unidata.c).  Internal to the core.
 *
 * Every table is two-stage: stage1[cp >> FRN_UNI_SHIFT] is a block number,
 * stage2[block << FRN_UNI_SHIFT | (cp & mask)] the value.  All of U+0000..
 * U+10FFFF is covered, so no ICU call is needed per character at run time.
 *
 * Map values (fold and lower tables): 0 = the code point maps to itself;
 * FRN_MAP_COMPOSE (lower table only) = a combining character that may
 * compose with what precedes it under NFC; otherwise ((off + 1) << 6) | len
 * designates len bytes of UTF-8 at frn_map_pool[off] (len may be 0: the code
 * point is dropped).
 */
#ifndef FRN_UNIDATA_H
#define FRN_UNIDATA_H

#include <stdint.h>

#define FRN_UNI_SHIFT 6
#define FRN_UNI_MASK ((1 << FRN_UNI_SHIFT) - 1)
#define FRN_UNI_BLOCKS (0x110000 >> FRN_UNI_SHIFT)

/* Character class bits (frn_class table). */
#define FRN_C_LETTER	0x01	/* L* or M* */
#define FRN_C_UPPER		0x02	/* Lu or Lt */
#define FRN_C_LOWER		0x04	/* Ll */
#define FRN_C_DIGIT		0x08	/* Nd */
#define FRN_C_SPACE		0x10	/* White_Space, U+200B, U+FEFF */
#define FRN_C_PUNCT		0x20	/* P* */
#define FRN_C_IGNORABLE 0x40	/* Default_Ignorable_Code_Point, not a space (soft hyphen, ZWJ...) */

#define FRN_MAP_COMPOSE 0xFFFFFFFFu
#define FRN_MAP_LEN(v)	((v) & 63u)
#define FRN_MAP_OFF(v)	(((v) >> 6) - 1u)

extern const char frn_unidata_unicode_version[];
extern const char frn_unidata_icu_version[];
extern const char frn_fold_ascii[128];	/* fold of ASCII: always one ASCII byte */
/*
 * Fold of U+00C0 + i (UTF-8 C3, 80 + i) for i < 64: its length in bytes
 * (0-2; FRN_FOLD_LATIN1_LONG when longer) in the low byte, the bytes
 * above it (the first in bits 8-15).
 */
#define FRN_FOLD_LATIN1_LONG 3u
extern const uint32_t frn_fold_latin1[64];
extern const uint8_t frn_class_latin1[256];	/* the first 256 code points, flat */
extern const uint16_t frn_class_stage1[FRN_UNI_BLOCKS];
extern const uint8_t frn_class_stage2[];
extern const uint16_t frn_fold_stage1[FRN_UNI_BLOCKS];
extern const uint32_t frn_fold_stage2[];
extern const uint16_t frn_lower_stage1[FRN_UNI_BLOCKS];
extern const uint32_t frn_lower_stage2[];
extern const char frn_map_pool[];

/* cp must be in 0..0x10FFFF (frn_utf8_next guarantees it). */
static inline uint8_t
frn_char_class(int32_t cp)
{
	if (cp < 256)
		return frn_class_latin1[cp];
	return frn_class_stage2[((uint32_t) frn_class_stage1[cp >> FRN_UNI_SHIFT] << FRN_UNI_SHIFT) | (cp & FRN_UNI_MASK)];
}

static inline uint32_t
frn_fold_map(int32_t cp)
{
	return frn_fold_stage2[((uint32_t) frn_fold_stage1[cp >> FRN_UNI_SHIFT] << FRN_UNI_SHIFT) | (cp & FRN_UNI_MASK)];
}

static inline uint32_t
frn_lower_map(int32_t cp)
{
	return frn_lower_stage2[((uint32_t) frn_lower_stage1[cp >> FRN_UNI_SHIFT] << FRN_UNI_SHIFT) | (cp & FRN_UNI_MASK)];
}

#endif
