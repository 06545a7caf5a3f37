/*
 * fuzz_entities.c — libFuzzer target of the entity tagger.
 *
 * Input: an optional dictionary line, then the text.  If the input has a
 * NUL byte, what comes before it is a list of dictionary surfaces separated
 * by '|' (kinds taken in turn: PER, LOC, ORG, MISC, NONE).  Checks that
 * every span lies in the text, in order, without overlap, with character
 * offsets that agree with its byte offsets, and a norm in bounds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frn_entities.h"
#include "frn_utf8.h"

#define REQUIRE(c) do { if (!(c)) abort(); } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	const char *nul = memchr(s, '\0', size);
	frn_dict   *dict = NULL;
	frn_entities ents;
	size_t		len = size;

	if (nul)
	{
		const char *p = s;
		int			k = 0;

		dict = frn_dict_create();
		while (p < nul)
		{
			const char *bar = memchr(p, '|', nul - p);
			const char *end = bar ? bar : nul;

			frn_dict_add(dict, p, end - p, (frn_entity_kind) (k++ % FRN_ENT__COUNT));
			p = end + 1;
		}
		len = size - (nul + 1 - s);
		s = nul + 1;
	}
	frn_entities_init(&ents);
	frn_entities_find(s, len, dict, &ents);
	for (size_t i = 0; i < ents.n; i++)
	{
		const frn_entity *e = &ents.ent[i];

		REQUIRE(e->byte_len > 0 && e->byte_start + e->byte_len <= len);
		REQUIRE(e->kind > FRN_ENT_NONE && e->kind < FRN_ENT__COUNT);
		REQUIRE(frn_utf8_count(s, e->byte_start) == e->char_start);
		REQUIRE(frn_utf8_count(s + e->byte_start, e->byte_len) == e->char_len);
		REQUIRE(e->norm_off + e->norm_len <= ents.norms.len);
		if (i > 0)
			REQUIRE(ents.ent[i - 1].byte_start + ents.ent[i - 1].byte_len <= e->byte_start);
	}
	frn_entities_free(&ents);
	frn_dict_free(dict);
	return 0;
}
