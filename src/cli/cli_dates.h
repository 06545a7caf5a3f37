/*
 * cli_dates.h — the CLI mode --dates (as fr_dates).
 */
#ifndef FRN_CLI_DATES_H
#define FRN_CLI_DATES_H

#include <stdbool.h>
#include <stddef.h>
#include "frn_alloc.h"

/* The reference moment of --ref "YYYY-MM-DDTHH:MM"; false if it is not one. */
bool		cli_dates_set_ref(const char *s);

/* One JSON record per expression of time in a document. */
void		cli_dates(frn_buf *out, const char *id_json, size_t id_len,
					  const char *text, size_t len);

#endif
