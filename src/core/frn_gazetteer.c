/*
 * frn_gazetteer.c — lookup in the generated gazetteer table.
 */
#include "frn_gazetteer.h"
#include "frn_gazetteer_table.inc"

/* Stored key k (NUL-terminated) equals key[0..len)?  Never reads past k's NUL. */
static inline int
key_equal(const char *k, const char *key, size_t len)
{
	size_t		j = 0;

	while (j < len && k[j] != '\0' && k[j] == key[j])
		j++;
	return j == len && k[j] == '\0';
}

uint16_t
frn_gaz_lookup(const char *key, size_t len)
{
	const uint32_t mask = FRN_GAZ_NSLOTS - 1;
	uint32_t	i = frn_hash_bytes(key, len, 0) & mask;

	for (;;)
	{
		uint32_t	off = frn_gaz_slots[i];
		const char *k;

		if (off == 0)
			return 0;
		k = frn_gaz_blob + off - 1;
		if (key_equal(k, key, len))
			return (uint16_t) ((unsigned char) k[len + 1] | ((unsigned char) k[len + 2] << 8));
		i = (i + 1) & mask;
	}
}

size_t
frn_gaz_size(void)
{
	return FRN_GAZ_NKEYS;
}
