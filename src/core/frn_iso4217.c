/*
 * frn_iso4217.c — lookup in the generated table of ISO 4217 codes.
 */
#include "frn_iso4217.h"

#include <string.h>

/* Sorted (data/iso4217/gen_iso4217.py), so a binary search finds a code. */
static const char iso4217_codes[][4] = {
#include "frn_iso4217.inc"
};

bool
frn_currency_valid(const char *code, size_t len)
{
	int			lo = 0,
				hi = (int) (sizeof(iso4217_codes) / sizeof(iso4217_codes[0])) - 1;

	if (len != 3)
		return false;
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = memcmp(code, iso4217_codes[mid], 3);

		if (c == 0)
			return true;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return false;
}
