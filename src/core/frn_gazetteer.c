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

bool
frn_gaz_may_head(uint64_t h)
{
	uint32_t	b = frn_gaz_filter_bit(h, FRN_GAZ_FILTER_LOG2);

	return (frn_gaz_heads[b / 64] >> (b % 64)) & 1;
}

size_t
frn_gaz_size(void)
{
	return FRN_GAZ_NKEYS;
}
