/*
 * frn_encoding.c — the encoding bridge: database text to UTF-8 for the core
 * and back (see frn_encoding.h).
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "frn_encoding.h"
#include "frn_normalize.h"
#include "frn_utf8.h"

/*
 * A single-byte database encoding as tables, built on first use in each
 * backend (its database, so its encoding, never changes): the code point of
 * every byte from 0x80 (bytes below are ASCII in every server encoding),
 * and back.  A byte the encoding leaves undefined (0x81 in WIN1252) reads
 * as the private-use code point U+F700 + byte and is written back as that
 * byte: PostgreSQL stores such bytes but its conversion to UTF-8 refuses
 * them, and every text of the database must make the round trip.
 */
#define SB_UNDEFINED_BASE 0xF700

typedef struct sb_char
{
	int32		cp;
	unsigned char byte;
} sb_char;

static int	sb_encoding = -1;	/* the encoding of the tables, -1: none yet */
static int32 sb_cp[128];		/* code point of byte 0x80 + i */
static sb_char sb_by_cp[128];	/* the same, sorted by code point */

static int
sb_char_cmp(const void *a, const void *b)
{
	return ((const sb_char *) a)->cp - ((const sb_char *) b)->cp;
}

/* The byte of code point cp in the database encoding, or -1. */
static int
sb_byte(int32 cp)
{
	sb_char		key = {cp, 0};
	sb_char    *c;

	if (cp < 0x80)
		return cp;
	c = bsearch(&key, sb_by_cp, 128, sizeof(sb_char), sb_char_cmp);
	return c ? c->byte : -1;
}

/* The core's repertoire in a single-byte database (frn_set_repertoire). */
static int
sb_in_repertoire(int32_t cp)
{
	return sb_byte(cp) >= 0;
}

static void
sb_tables_init(int enc)
{
	Oid			proc = FindDefaultConversionProc(enc, PG_UTF8);

	if (!OidIsValid(proc))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("no conversion from encoding %s to UTF8", pg_encoding_to_char(enc))));
	for (int i = 0; i < 128; i++)
	{
		unsigned char b = (unsigned char) (0x80 + i);
		unsigned char u[8] = {0};
		size_t		k = 0;

		if (pg_do_encoding_conversion_buf(proc, enc, PG_UTF8, &b, 1, u, sizeof u, true) == 1)
			sb_cp[i] = frn_utf8_step((const char *) u, strlen((const char *) u), &k);
		else
			sb_cp[i] = SB_UNDEFINED_BASE + b;
		sb_by_cp[i].cp = sb_cp[i];
		sb_by_cp[i].byte = b;
	}
	qsort(sb_by_cp, 128, sizeof(sb_char), sb_char_cmp);
	frn_set_repertoire(sb_in_repertoire);
	sb_encoding = enc;
}

void
frn_check_database_encoding(void)
{
	int			enc = GetDatabaseEncoding();

	if (enc == PG_SQL_ASCII)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("frnews does not support databases with encoding SQL_ASCII"),
				 errdetail("SQL_ASCII stores bytes without saying which characters they are, so French text cannot be read reliably."),
				 errhint("Create the database with ENCODING 'UTF8' (or a single-byte encoding such as LATIN9).")));
	if (enc != PG_UTF8 && pg_database_encoding_max_length() != 1)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("frnews does not support databases with encoding %s",
						GetDatabaseEncodingName()),
				 errhint("Use a UTF8 database, or a single-byte encoding such as LATIN9.")));
	if (enc != PG_UTF8 && enc != sb_encoding)
		sb_tables_init(enc);
}

/* Bytes between two interrupt checks in the conversions. */
#define CONVERT_CHECK_EVERY (1 << 20)

/* n bytes of single-byte text as UTF-8 (s itself when all ASCII). */
static char *
sb_to_utf8(const char *s, size_t n, size_t *len)
{
	size_t		high = 0;
	char	   *u,
			   *d;

	for (size_t i = 0; i < n; i++)
		high += (unsigned char) s[i] >> 7;
	*len = n;
	if (high == 0)
		return (char *) s;
	/* the code points of these encodings are in the BMP: 3 bytes at most */
	u = d = MemoryContextAllocHuge(CurrentMemoryContext, n + 2 * high + 1);
	for (size_t i = 0; i < n; i++)
	{
		unsigned char b = (unsigned char) s[i];

		if ((i & (CONVERT_CHECK_EVERY - 1)) == 0)
			CHECK_FOR_INTERRUPTS();
		if (b < 0x80)
			*d++ = (char) b;
		else
			d += frn_utf8_encode(sb_cp[b - 0x80], d);
	}
	*d = '\0';
	*len = d - u;
	return u;
}

/*
 * UTF-8 from the core as single-byte text written into dst (room for len
 * bytes: each character takes one); returns the bytes written.
 */
static size_t
utf8_to_sb_in(const char *s, size_t len, char *dst)
{
	char	   *d = dst;
	size_t		i = 0;

	while (i < len)
	{
		int32		cp;
		int			b;

		if ((i & (CONVERT_CHECK_EVERY - 1)) == 0)
			CHECK_FOR_INTERRUPTS();
		if ((unsigned char) s[i] < 0x80)
		{
			*d++ = s[i++];
			continue;
		}
		cp = frn_utf8_step(s, len, &i);
		if ((b = sb_byte(cp)) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNTRANSLATABLE_CHARACTER),
					 errmsg("frnews produced character U+%04X, which encoding %s cannot hold",
							(unsigned) cp, GetDatabaseEncodingName()),
					 errhint("Report this to the frnews developers: results should stay within the database encoding.")));
		*d++ = (char) b;
	}
	return d - dst;
}

/* UTF-8 from the core as a NUL-terminated single-byte string. */
static char *
utf8_to_sb(const char *s, size_t len)
{
	char	   *c = MemoryContextAllocHuge(CurrentMemoryContext, len + 1);

	c[utf8_to_sb_in(s, len, c)] = '\0';
	return c;
}

char *
frn_text_to_utf8(text *t, size_t *len)
{
	char	   *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);

	frn_check_database_encoding();
	if (GetDatabaseEncoding() == PG_UTF8)
	{
		*len = n;
		return s;
	}
	return sb_to_utf8(s, n, len);
}

char *
frn_utf8_to_cstring(const char *s, size_t len)
{
	char	   *c;

	frn_check_database_encoding();
	if (GetDatabaseEncoding() != PG_UTF8)
		return utf8_to_sb(s, len);
	c = palloc(len + 1);
	memcpy(c, s, len);
	c[len] = '\0';
	return c;
}

/* Characters of an input value quoted in an error message, at most. */
#define EXCERPT_CHARS 60

char *
frn_input_excerpt(const char *s, size_t len)
{
	int			cut;

	if (len <= EXCERPT_CHARS)
		return pnstrdup(s, len);
	cut = pg_mbcharcliplen(s, (int) Min(len, EXCERPT_CHARS * MAX_MULTIBYTE_CHAR_LEN),
						   EXCERPT_CHARS);
	if ((size_t) cut == len)
		return pnstrdup(s, len);
	return psprintf("%.*s...", cut, s);
}

text *
frn_utf8_to_text(const char *s, size_t len)
{
	if (GetDatabaseEncoding() == PG_UTF8)
		return cstring_to_text_with_len(s, len);
	return cstring_to_text(frn_utf8_to_cstring(s, len));
}

text *
frn_utf8_to_text_in(const char *s, size_t len, text *dst)
{
	frn_check_database_encoding();
	if (GetDatabaseEncoding() == PG_UTF8)
	{
		memcpy(VARDATA(dst), s, len);
		SET_VARSIZE(dst, VARHDRSZ + len);
	}
	else
		SET_VARSIZE(dst, VARHDRSZ + utf8_to_sb_in(s, len, VARDATA(dst)));
	return dst;
}

char *
frn_cstring_to_utf8(const char *s, size_t *len)
{
	return frn_text_to_utf8(cstring_to_text(s), len);
}
