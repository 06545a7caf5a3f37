/*
 * fuzz_dates.c — libFuzzer target over the date reader.
 *
 * The first 8 bytes are the reference moment (taken modulo ±10000 years of
 * seconds), the rest the text.  Invariants checked (abort on violation):
 * spans lie inside the input, have a non-zero length, come in order without
 * overlap; a value has lo < hi; kind and grain have names.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frn_dates.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		ref = 0;
	frn_dates	d = {NULL, 0, 0};
	uint32_t	last_end = 0;

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
	for (size_t i = 0; i < d.n; i++)
	{
		const frn_date *x = &d.d[i];

		if (x->byte_len == 0 || (size_t) x->byte_start + x->byte_len > size || x->byte_start < last_end)
			abort();
		if (x->has_value && x->lo >= x->hi)
			abort();
		if (!frn_date_kind_name(x->kind) || !frn_grain_name(x->grain))
			abort();
		last_end = x->byte_start + x->byte_len;
	}
	free(d.d);
	return 0;
}
