/*
 * frn_number.h — exact decimals and the French number parser.
 *
 * Values are exact: coef × 10^exp with a 128-bit coefficient (up to 38
 * significant digits), never floating point.  The parser reads digits with
 * a decimal comma or point and the French thousands separators (space,
 * U+00A0, U+202F, U+2009, U+2007, '.', ’, '), scale words and abbreviations
 * (mille, million(s), milliard(s), billion(s) = 10^12, k, M, Md, Mds,
 * Mrd(s), Mio) and numbers written out in words, including the Belgian and
 * Swiss septante / huitante / octante / nonante, "et demi" and
 * "demi-million".
 */
#ifndef FRN_NUMBER_H
#define FRN_NUMBER_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#include "frn_alloc.h"

/*
 * The coefficient type: a 128-bit integer aligned on 8 bytes only, because
 * frn_dec lives in arrays allocated by palloc (8-byte aligned) in the server.
 */
typedef __int128 frn_coef __attribute__((aligned(8)));

typedef struct frn_dec
{
	frn_coef	coef;
	int32_t		exp;
} frn_dec;

/* Maximal significant digits of a frn_dec (fits a signed 128-bit integer). */
#define FRN_DEC_MAX_DIGITS 38

/*
 * Exponent bounds of every frn_dec the core makes, -FRN_DEC_MAX_EXP to
 * FRN_DEC_MAX_EXP (numeric handles far more): frn_dec_format's buffer is
 * sized by them, so each reader of digits refuses a longer fraction.
 */
#define FRN_DEC_MAX_EXP 1000

bool		frn_dec_is_zero(const frn_dec *d);
/* a + b; false on overflow */
bool		frn_dec_add(frn_dec *r, const frn_dec *a, const frn_dec *b);
/* a × m (small integer); false on overflow */
bool		frn_dec_mul_int(frn_dec *r, const frn_dec *a, int64_t m);
/* Remove trailing zeros of the coefficient (exp grows). */
void		frn_dec_normalize(frn_dec *d);
/* num / den (positive integers) to the scale of numeric division; false if too long */
bool		frn_dec_div_int(frn_dec *r, __int128 num, __int128 den);
int			frn_dec_cmp(const frn_dec *a, const frn_dec *b);

/*
 * Plain decimal text ("-1234.5", "0.001", "5930000000"), no exponent,
 * no trailing fractional zeros.  Returns the length written; buf needs
 * FRN_DEC_BUFSIZE bytes.
 */
#define FRN_DEC_BUFSIZE (FRN_DEC_MAX_DIGITS + FRN_DEC_MAX_EXP + 8)
size_t		frn_dec_format(const frn_dec *d, char *buf);

/*
 * Parse a plain decimal "-?[0-9]+(\.[0-9]+)?" (the canonical output form);
 * the whole of s[0..len) must match.  False if not, or too many digits.
 */
bool		frn_dec_parse_plain(const char *s, size_t len, frn_dec *out);

typedef enum frn_number_status
{
	FRN_NUM_OK = 0,
	FRN_NUM_SYNTAX,				/* not one French number expression */
	FRN_NUM_RANGE				/* a number, but too long to be held exactly */
} frn_number_status;

/*
 * The value of s[0..len) read as one whole French number expression
 * ("quatre-vingt-dix-sept", "2,5 Mds", "12.500,75", "-4,2"); leading and
 * trailing white space allowed.
 */
frn_number_status frn_number_parse(const char *s, size_t len, frn_dec *out);

/* A number found in running text (frn_find_numbers). */
typedef struct frn_number_match
{
	uint32_t	byte_start;
	uint32_t	byte_len;
	uint32_t	char_start;		/* 0-based code point offset */
	uint32_t	char_len;
	frn_dec		value;
} frn_number_match;

typedef struct frn_number_matches
{
	frn_number_match *m;
	size_t		n;
	size_t		cap;
} frn_number_matches;

/* Every number expression of a text, in order (appends to out). */
void		frn_find_numbers(const char *s, size_t len, frn_number_matches *out);

/* ---- the grammar over lexer items, shared with the money extractor ---- */
struct frn_item;

/* What a number expression is made of, for the grammars built on it. */
#define FRN_NF_WORDS	0x01	/* contains a number written in words */
#define FRN_NF_SCALE	0x02	/* ends with a scale word or abbreviation */
#define FRN_NF_SIGNED	0x04	/* starts with an explicit sign */
#define FRN_NF_DIGITS	0x08	/* contains digits */
#define FRN_NF_APPROX	0x10	/* a collective number: "une dizaine", "des milliers" */

typedef struct frn_numparse
{
	frn_dec		value;
	size_t		end;			/* index of the first item after the number */
	int			flags;			/* FRN_NF_* */
	int			scale_exp;		/* exponent of the final scale word (0 if none) */
} frn_numparse;

/*
 * Read the longest number expression starting at items[i] (a sign, a
 * number in digits or a number word).  `text` is the lexed input, for the
 * case-sensitive abbreviations.  Returns false if none starts there.
 */
bool		frn_parse_number_items(const char *text, const struct frn_item *it,
								   size_t n, size_t i, frn_numparse *out);

/* Does items[i] start a number (a sign before digits, digits, a number word)? */
bool		frn_item_starts_number(const char *text, const struct frn_item *it,
								   size_t n, size_t i);

#endif
