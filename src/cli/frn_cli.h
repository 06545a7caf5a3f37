/*
 * frn_cli.h — CLI modes that live in their own files.
 */
#ifndef FRN_CLI_H
#define FRN_CLI_H

#include <stddef.h>
#include "frn_alloc.h"

/* --entities: append one JSON record per entity of the document to out */
void		frn_cli_entities(frn_buf *out, const char *text, size_t len,
							 const char *id_json, size_t id_len);

#endif
