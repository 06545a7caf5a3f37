/*
 * cli_money.h — the CLI modes --amounts, --percents and --numbers.
 *
 * Each appends one JSON record per quantity found in a document to out,
 * with 1-based character start and length as in SQL.  The currency of a
 * bare "$" is $FRNEWS_DOLLAR_CURRENCY when set (an ISO code), else USD.
 */
#ifndef FRN_CLI_MONEY_H
#define FRN_CLI_MONEY_H

#include <stddef.h>
#include "frn_alloc.h"

void		cli_amounts(frn_buf *out, const char *id_json, size_t id_len,
						const char *text, size_t len);
void		cli_percents(frn_buf *out, const char *id_json, size_t id_len,
						 const char *text, size_t len);
void		cli_numbers(frn_buf *out, const char *id_json, size_t id_len,
						const char *text, size_t len);

#endif
