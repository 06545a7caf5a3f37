/*
 * frn_iso4217.h — the active ISO 4217 currency codes (data/iso4217/).
 *
 * A unit of its own so that the lexer (unit anchors) and the money grammar
 * both use the table without depending on each other.
 */
#ifndef FRN_ISO4217_H
#define FRN_ISO4217_H

#include <stddef.h>
#include <stdbool.h>

/* Is code[0..len) an active ISO 4217 code (upper case)? */
bool		frn_currency_valid(const char *code, size_t len);

#endif
