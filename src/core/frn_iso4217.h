/*
 * frn_iso4217.h — the ISO 4217 currency codes of money (data/iso4217/).
 *
 * A unit of its own so that the lexer (unit anchors) and the money grammar
 * both use the table without depending on each other.
 */
#ifndef FRN_ISO4217_H
#define FRN_ISO4217_H

#include <stddef.h>
#include <stdbool.h>

/*
 * Is code[0..len) an ISO 4217 code of money in upper case: an active one, or
 * one of the twelve currencies the euro replaced (data/iso4217/gen_iso4217.py)?
 */
bool		frn_currency_valid(const char *code, size_t len);

#endif
