/*
 * fuzz_signature.c — libFuzzer target for the fr_sig parsers and sketch.
 *
 * The input is read as the text form, as the binary form and as a French
 * text.  Parsed values must re-serialise to an equivalent value; sketches
 * must be deterministic and equal to themselves.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frn_signature.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static uint16_t a[FRN_SIG_MAX_SLOTS],
				b[FRN_SIG_MAX_SLOTS];
	static char text[16 + 4 * FRN_SIG_MAX_SLOTS];
	static unsigned char bin[FRN_SIG_BIN_HEADER + 2 * FRN_SIG_MAX_SLOTS];
	int			n = 0,
				m = 0;

	if (frn_sig_parse_text((const char *) data, size, &n, a) == FRN_SIG_OK)
	{
		frn_sig_to_text(a, n, text);
		if (strlen(text) > frn_sig_text_length(n) ||
			frn_sig_parse_text(text, strlen(text), &m, b) != FRN_SIG_OK ||
			m != n || memcmp(a, b, sizeof(uint16_t) * n) != 0)
			abort();
	}
	if (frn_sig_parse_binary(data, size, &n, a) == FRN_SIG_OK)
	{
		frn_sig_to_binary(a, n, bin);
		if (frn_sig_binary_length(n) != size || memcmp(bin, data, size) != 0)
			abort();
	}
	if (size > 0)
	{
		int			nslots = 16 << (data[0] % 5);	/* 16 .. 256 */

		frn_sig_compute((const char *) data + 1, size - 1, nslots, a);
		frn_sig_compute((const char *) data + 1, size - 1, nslots, b);
		if (frn_sig_matches(a, b, nslots) != nslots)
			abort();
		for (int i = 1; i < nslots; i++)
			if ((a[i] == 0) != (a[0] == 0))
				abort();
	}
	return 0;
}
