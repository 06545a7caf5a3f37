/*
 * frn_cli_entities.c — the CLI's entity mode (frnews --entities): one JSON
 * record per entity, {"doc", "pos", "start", "len", "kind", "surface",
 * "norm"}, start 1-based and len in characters as in SQL (fr_entities).
 */
#include <stdio.h>
#include <string.h>

#include "cli_json.h"
#include "frn_cli.h"
#include "frn_entities.h"

void
frn_cli_entities(frn_buf *out, const char *text, size_t len, const char *id_json, size_t id_len)
{
	/* reused from document to document */
	static frn_entities ents;
	static int	ready;
	char		num[96];

	if (!ready)
	{
		frn_entities_init(&ents);
		ready = 1;
	}
	frn_entities_find(text, len, NULL, &ents);
	for (size_t i = 0; i < ents.n; i++)
	{
		const frn_entity *e = &ents.ent[i];
		int			n;

		frn_buf_append(out, "{\"doc\":", 7);
		frn_buf_append(out, id_json, id_len);
		n = snprintf(num, sizeof num, ",\"pos\":%zu,\"start\":%u,\"len\":%u,\"kind\":\"%s\",\"surface\":",
					 i + 1, e->char_start + 1, e->char_len, frn_entity_kind_name(e->kind));
		frn_buf_append(out, num, (size_t) n);
		json_put_string(out, text + e->byte_start, e->byte_len);
		frn_buf_append(out, ",\"norm\":", 8);
		json_put_string(out, ents.norms.data + e->norm_off, e->norm_len);
		frn_buf_append(out, "}\n", 2);
	}
}
