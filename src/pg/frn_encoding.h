/*
 * frn_encoding.h — the encoding bridge between the database and the core
 * (src/pg/frn_encoding.c).
 *
 * The core speaks UTF-8 with 0-based code point offsets.  A database may be
 * UTF8 or single-byte (LATIN1, LATIN9, WIN1252, ...).  In a single-byte
 * database every character is one byte and one code point, so the core's
 * character offsets are the database's character offsets in both cases;
 * only strings cross the bridge (frn_text_to_utf8 / frn_utf8_to_text),
 * through a per-backend table of the encoding (every byte makes the round
 * trip, those the encoding leaves undefined too), and the core folds within
 * the encoding's repertoire (frn_set_repertoire).  SQL_ASCII carries no
 * encoding information and is refused.
 */
#ifndef FRN_ENCODING_H
#define FRN_ENCODING_H

#include "fmgr.h"
/* the varlena macros of text (VARDATA_ANY...): in varatt.h from 16 on */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * The text argument as UTF-8 (palloc'd or pointing into the detoasted
 * datum), with its byte length.  Errors on SQL_ASCII databases.
 */
char	   *frn_text_to_utf8(text *t, size_t *len);

/* A text datum in the database encoding from UTF-8 bytes. */
text	   *frn_utf8_to_text(const char *s, size_t len);

/*
 * The same written into dst, which holds VARHDRSZ + len bytes and is aligned
 * for an int (a text value never has more bytes in the database encoding
 * than in UTF-8); returns dst.  For row values built without an allocation
 * each.
 */
text	   *frn_utf8_to_text_in(const char *s, size_t len, text *dst);

/* Same, as a NUL-terminated C string in the database encoding. */
char	   *frn_utf8_to_cstring(const char *s, size_t len);

/*
 * An input value (len bytes in the database encoding) as an error message
 * quotes it: whole up to 60 characters, else its first 60 characters (cut
 * at a character boundary) and "...", so that a bad 40 MB literal does not
 * make a 40 MB message.
 */
char	   *frn_input_excerpt(const char *s, size_t len);

/* A C string in the database encoding as UTF-8 (palloc'd), with its length. */
char	   *frn_cstring_to_utf8(const char *s, size_t *len);

/* Refuse SQL_ASCII databases with a clear error (called by the above). */
void		frn_check_database_encoding(void);

#endif
