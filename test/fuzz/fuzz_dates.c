/*
 * fuzz_dates.c — libFuzzer target over the date reader.
 *
 * The first 8 bytes are the reference moment (taken modulo ±10000 years of
 * seconds), the rest the text.  Invariants checked (abort on violation):
 * spans lie inside the input, have a non-zero length, come in order without
 * overlap; a value has lo < hi; kind and grain have names.  When its first
 * byte is a multiple of 4, the text is read a second time after FILL_ITEMS
 * words without a sentence end, so that it straddles the hard cut of the
 * reader's first chunk (16,384 items, cut up to 256 before its end,
 * expressions read up to 64 past the cut); the filler holds no date.  (Not
 * every time: the filler is 16 times the longest input.)
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frn_dates.h"

/* 16,384 items (CHUNK_HARD in frn_dates.c) less 256 to 4 */
#define FILL_ITEMS(first_byte) (16384 - 256 + (first_byte))

/* Check the dates d of a text of size bytes whose first fill bytes are no date. */
static void
check(const frn_dates *d, size_t size, size_t fill)
{
	uint32_t	last_end = 0;

	for (size_t i = 0; i < d->n; i++)
	{
		const frn_date *x = &d->d[i];

		if (x->byte_len == 0 || (size_t) x->byte_start + x->byte_len > size || x->byte_start < last_end ||
			x->byte_start < fill)
			abort();
		if (x->has_value && x->lo >= x->hi)
			abort();
		if (!frn_date_kind_name(x->kind) || !frn_grain_name(x->grain))
			abort();
		last_end = x->byte_start + x->byte_len;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		ref = 0;
	frn_dates	d = {NULL, 0, 0};

	if (size >= 8)
	{
		memcpy(&ref, data, 8);
		ref %= (int64_t) 9000 * 365 * 86400;
		if (ref < 0)
			ref = -ref;
		data += 8;
		size -= 8;
	}
	frn_extract_dates((const char *) data, size, ref != 0, ref, &d);
	check(&d, size, 0);
	if (size > 0 && data[0] % 4 == 0)
	{
		/* again across the first chunk's hard cut: "bla " repeated before it */
		size_t		fill = 4 * (size_t) FILL_ITEMS(data[0]);
		char	   *text = malloc(fill + size);

		for (size_t k = 0; k < fill; k += 4)
			memcpy(text + k, "bla ", 4);
		memcpy(text + fill, data, size);
		d.n = 0;
		frn_extract_dates(text, fill + size, ref != 0, ref, &d);
		check(&d, fill + size, fill);
		free(text);
	}
	free(d.d);
	return 0;
}
