/*
 * fuzz_money.c — libFuzzer target over the number parser and the
 * extraction of amounts and percentages.
 *
 * Invariants checked (abort on violation): every span lies inside the
 * input, has a non-zero length, and spans come in order without overlap;
 * every currency is an ISO 4217 code of money or, for an amount in a
 * currency the text does not name, empty; every amount has a unit key and
 * the number in that unit (the value, or 100 times it for a sub-unit); on
 * valid UTF-8, character offsets are exact; a number that fr_number
 * accepts formats to a plain decimal that parses back to the same value.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frn_money.h"
#include "frn_number.h"

/* Is s[0..n) valid UTF-8 (no overlongs, surrogates or values past U+10FFFF)? */
static int
valid_utf8(const uint8_t *s, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		uint8_t		c = s[i];
		size_t		k;
		uint32_t	cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			k = 1, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 2, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 3, cp = c & 0x07;
		else
			return 0;
		if (i + k >= n)
			return 0;
		for (size_t j = 1; j <= k; j++)
		{
			if ((s[i + j] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + j] & 0x3F);
		}
		if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += k + 1;
	}
	return 1;
}

/* code points in valid UTF-8 s[0..n) */
static uint32_t
count_chars(const uint8_t *s, size_t n)
{
	uint32_t	c = 0;

	for (size_t i = 0; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static void
check_span(const uint8_t *data, size_t size, int utf8, uint32_t b, uint32_t bl, uint32_t c,
		   uint32_t cl, uint32_t *prev_end)
{
	if (bl == 0 || cl == 0 || cl > bl || c > b || b < *prev_end || (size_t) b + bl > size)
		abort();
	if (utf8 && (c != count_chars(data, b) || cl != count_chars(data + b, bl)))
		abort();
	*prev_end = b + bl;
}

/*
 * An amount: a valid ISO code or none (a currency the text does not name);
 * a unit key of lower-case letters; the number in that unit equal to the
 * value, or to 100 times it (a sub-unit).
 */
static void
check_amount_unit(const frn_quantity *x)
{
	size_t		n = strnlen(x->unit, sizeof x->unit);

	if (x->currency[0] && !frn_currency_valid(x->currency, strlen(x->currency)))
		abort();
	if (n == 0 || n == sizeof x->unit)
		abort();
	for (size_t k = 0; k < n; k++)
		if (x->unit[k] < 'a' || x->unit[k] > 'z')
			abort();
	if (x->unit_value.coef != x->value.coef ||
		(x->unit_value.exp != x->value.exp && x->unit_value.exp != x->value.exp + 2))
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	frn_quantities q = {NULL, 0, 0};
	frn_number_matches m = {NULL, 0, 0};
	frn_dec		v;
	uint32_t	prev = 0;
	int			utf8 = valid_utf8(data, size);
	/* odd first byte: the dollar is CAD and the ambiguous names are read */
	const frn_readings readings[2] = {{"USD", "", "", ""}, {"CAD", "CHF", "GBP", "EUR"}};
	const frn_readings *r = &readings[size > 0 ? data[0] & 1 : 0];

	frn_extract_quantities(s, size, FRN_WANT_AMOUNTS | FRN_WANT_PERCENTS, r, &q);
	for (size_t i = 0; i < q.n; i++)
	{
		const frn_quantity *x = &q.q[i];

		check_span(data, size, utf8, x->byte_start, x->byte_len, x->char_start, x->char_len, &prev);
		if (x->kind == FRN_QK_AMOUNT)
			check_amount_unit(x);
		else if (x->unit[0])
			abort();
		if (x->kind > FRN_QK_POINTS || x->qualifier > FRN_Q_TO)
			abort();
	}
	frn_free(q.q);

	frn_find_numbers(s, size, &m);
	prev = 0;
	for (size_t i = 0; i < m.n; i++)
		check_span(data, size, utf8, m.m[i].byte_start, m.m[i].byte_len, m.m[i].char_start,
				   m.m[i].char_len, &prev);
	frn_free(m.m);

	if (frn_number_parse(s, size, &v) == FRN_NUM_OK)
	{
		char		buf[FRN_DEC_BUFSIZE];
		frn_dec		back;
		size_t		n = frn_dec_format(&v, buf);

		if (!frn_dec_parse_plain(buf, n, &back) || frn_dec_cmp(&back, &v) != 0)
			abort();
	}
	{
		char		cur[4];

		(void) frn_money_parse(s, size, r, &v, cur);
		(void) frn_percent_parse(s, size, &v);
		(void) frn_money_canonical(s, size);
	}
	return 0;
}
