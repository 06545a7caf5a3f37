/*
 * frn_gazetteer.c — lookup in the generated gazetteer table.
 */
#include "frn_gazetteer.h"
#include "frn_gazetteer_table.inc"

uint16_t
frn_gaz_lookup(const char *key, size_t len)
{
	return frn_gaz_lookup_hash(frn_gaz_hash(key, len));
}

void
frn_gaz_prefetch(uint64_t h)
{
	__builtin_prefetch(&frn_gaz_slots[(uint32_t) h & (FRN_GAZ_NSLOTS - 1)]);
}

uint16_t
frn_gaz_lookup_hash(uint64_t h)
{
	const uint32_t mask = FRN_GAZ_NSLOTS - 1;
	uint64_t	want = frn_gaz_slot(h, 0);

	for (uint32_t i = (uint32_t) h & mask;; i = (i + 1) & mask)
	{
		uint64_t	slot = frn_gaz_slots[i];

		if (slot == 0)
			return 0;
		if ((slot & ~(uint64_t) 0xFFFF) == want)
			return (uint16_t) (slot & 0xFFFF);
	}
}

bool
frn_gaz_may_head(uint64_t h)
{
	uint32_t	b = frn_gaz_filter_bit(h);

	return (frn_gaz_heads[b / 64] >> (b % 64)) & 1;
}

size_t
frn_gaz_size(void)
{
	return FRN_GAZ_NKEYS;
}
