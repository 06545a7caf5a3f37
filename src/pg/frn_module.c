/*
 * frn_module.c — module magic, _PG_init and the encoding bridge.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "frn_alloc.h"
#include "frn_money_pg.h"
#include "frn_pg.h"
#include "frn_sig.h"

/* from PostgreSQL 18 on, the module also names itself and its version */
#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "frnews", .version = FRN_VERSION);
#else
PG_MODULE_MAGIC;
#endif

void		_PG_init(void);

static void *
pg_core_alloc(size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, size);
}

static void *
pg_core_realloc(void *ptr, size_t size)
{
	return repalloc_huge(ptr, size);
}

static void
pg_core_free(void *ptr)
{
	pfree(ptr);
}

static void
pg_core_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void
frn_install_core_hooks(void)
{
	frn_allocator a = {pg_core_alloc, pg_core_realloc, pg_core_free, pg_core_check_interrupts};

	frn_set_allocator(&a);
}

void
_PG_init(void)
{
	frn_install_core_hooks();
	frn_money_init_guc();
	frn_sig_init();
	MarkGUCPrefixReserved("frnews");
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
}

char *
frn_text_to_utf8(text *t, size_t *len)
{
	char	   *s = VARDATA_ANY(t);
	int			n = VARSIZE_ANY_EXHDR(t);
	char	   *u;

	frn_check_database_encoding();
	if (GetDatabaseEncoding() == PG_UTF8)
	{
		*len = n;
		return s;
	}
	u = (char *) pg_do_encoding_conversion((unsigned char *) s, n,
										   GetDatabaseEncoding(), PG_UTF8);
	*len = (u == s) ? (size_t) n : strlen(u);
	return u;
}

char *
frn_utf8_to_cstring(const char *s, size_t len)
{
	char	   *c;

	frn_check_database_encoding();
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		c = (char *) pg_do_encoding_conversion((unsigned char *) s, len,
											   PG_UTF8, GetDatabaseEncoding());
		if (c != s)
			return c;
	}
	c = palloc(len + 1);
	memcpy(c, s, len);
	c[len] = '\0';
	return c;
}

text *
frn_utf8_to_text(const char *s, size_t len)
{
	if (GetDatabaseEncoding() == PG_UTF8)
		return cstring_to_text_with_len(s, len);
	return cstring_to_text(frn_utf8_to_cstring(s, len));
}
