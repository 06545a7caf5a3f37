/*
 * frn_pg.h — shared PostgreSQL glue: encoding bridge and core hooks.
 *
 * The core speaks UTF-8 with 0-based code point offsets.  A database may be
 * UTF8 or single-byte (LATIN1, LATIN9, WIN1252, ...).  In a single-byte
 * database every character is one byte and one code point, so the core's
 * character offsets are the database's character offsets in both cases;
 * only strings cross the bridge (frn_text_to_utf8 / frn_utf8_to_text).
 * SQL_ASCII carries no encoding information and is refused.
 */
#ifndef FRN_PG_H
#define FRN_PG_H

#include "postgres.h"
#include "fmgr.h"

/*
 * The text argument as UTF-8 (palloc'd or pointing into the detoasted
 * datum), with its byte length.  Errors on SQL_ASCII databases.
 */
char	   *frn_text_to_utf8(text *t, size_t *len);

/* A text datum in the database encoding from UTF-8 bytes. */
text	   *frn_utf8_to_text(const char *s, size_t len);

/* Same, as a NUL-terminated C string in the database encoding. */
char	   *frn_utf8_to_cstring(const char *s, size_t len);

/* Refuse SQL_ASCII databases with a clear error (called by the above). */
void		frn_check_database_encoding(void);

/*
 * Point the core's allocation hooks at the current memory context and its
 * interrupt hook at CHECK_FOR_INTERRUPTS.  Done once in _PG_init; the hooks
 * always allocate in CurrentMemoryContext.
 */
void		frn_install_core_hooks(void);

#endif
