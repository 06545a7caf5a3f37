/*
 * cli_json.h — the little JSON the CLI needs: string escaping for output and
 * a reader for one-object-per-line input documents.
 */
#ifndef FRN_CLI_JSON_H
#define FRN_CLI_JSON_H

#include <stddef.h>
#include "frn_alloc.h"

/*
 * Append s[0..n) as a JSON string literal.  Invalid UTF-8 bytes are written
 * as \ufffd (one per byte, as the core counts them), control characters
 * escaped.
 */
void		json_put_string(frn_buf *out, const char *s, size_t n);

typedef struct json_doc
{
	int			has_id;
	int			has_text;
} json_doc;

/*
 * Read the JSON object s[0..n): its "body" (or, failing that, "text")
 * string decoded into text, its "id" (string or number) as JSON into id.
 * Other members are skipped.  Returns 0 on success, -1 if the line is not
 * a JSON object or has no text.
 */
int			json_read_doc(const char *s, size_t n, frn_buf *id, frn_buf *text, json_doc *jd);

#endif
