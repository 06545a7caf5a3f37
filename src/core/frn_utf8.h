/*
 * frn_utf8.h — UTF-8 decoding and character classes for the frnews core.
 *
 * Invalid UTF-8 (possible only outside the server, e.g. CLI input) is read
 * as U+FFFD one byte at a time, so every byte belongs to exactly one
 * "character" and offsets stay consistent.
 */
#ifndef FRN_UTF8_H
#define FRN_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Decode the code point at s[*i] (i < len), advance *i past it. */
int32_t		frn_utf8_next(const char *s, size_t len, size_t *i);
/*
 * frn_utf8_next with ASCII and the 2-byte sequences (Latin letters, most of
 * the non-ASCII characters of French text) inlined, for hot loops.
 */
static inline int32_t
frn_utf8_step(const char *s, size_t len, size_t *i)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		p = *i;

	if (u[p] < 0x80)
	{
		*i = p + 1;
		return u[p];
	}
	if (u[p] >= 0xC2 && u[p] <= 0xDF && p + 1 < len && (u[p + 1] & 0xC0) == 0x80)
	{
		*i = p + 2;
		return ((u[p] & 0x1F) << 6) | (u[p + 1] & 0x3F);
	}
	return frn_utf8_next(s, len, i);
}

/* Decode the code point ending just before s[*i] (i > 0), move *i back to its start. */
int32_t		frn_utf8_prev(const char *s, size_t *i);
/* Encode cp into out (at least 4 bytes); return the byte count. */
int			frn_utf8_encode(int32_t cp, char *out);
/* Number of code points in s[0..len). */
size_t		frn_utf8_count(const char *s, size_t len);

/* Character classes (Unicode properties via ICU). */
bool		frn_is_letter(int32_t cp);	/* L* and M* (letters and marks) */
bool		frn_is_upper(int32_t cp);	/* Lu or Lt */
bool		frn_is_digit(int32_t cp);	/* Nd */
bool		frn_is_space(int32_t cp);	/* any Unicode white space incl. U+00A0, U+202F */
/*
 * Punctuation for the tokenizer and the number lexer alike: general
 * category P* except the Po characters French text uses as symbols
 * (60 %, R&D, #MeToo, § 3, ‰, †).
 */
bool		frn_is_punct(int32_t cp);

/* ' ’ ʼ ‘ (used as apostrophes in French) */
static inline bool
frn_is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC || cp == 0x2018;
}

/* - U+2010 U+2011 */
static inline bool
frn_is_hyphen(int32_t cp)
{
	return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

#endif
