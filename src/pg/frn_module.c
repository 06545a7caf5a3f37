/*
 * frn_module.c — module magic, _PG_init (settings) and the core's hooks.
 */
#include "postgres.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/memutils.h"

#include "frn_alloc.h"
#include "frn_money_pg.h"
#include "frn_sig.h"

/* from PostgreSQL 18 on, the module also names itself and its version */
#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "frnews", .version = FRN_VERSION);
#else
PG_MODULE_MAGIC;
#endif

void		_PG_init(void);

/* Allocations for one call go to the current memory context. */
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

/*
 * A process-lifetime cache of the core gets a memory context of its own
 * under TopMemoryContext, named "frnews cache" with the cache's name as
 * identifier, so that pg_backend_memory_contexts shows it.  NULL (the core
 * then does without the cache) when memory is short.
 */
static void *
pg_core_cache_alloc(const char *name, size_t size, size_t align)
{
	MemoryContext cxt = AllocSetContextCreate(TopMemoryContext, "frnews cache",
											  ALLOCSET_SMALL_SIZES);
	void	   *p;

	MemoryContextSetIdentifier(cxt, name);
	p = MemoryContextAllocExtended(cxt, size + align - 1, MCXT_ALLOC_NO_OOM);
	if (p == NULL)
	{
		MemoryContextDelete(cxt);
		return NULL;
	}
	return (void *) TYPEALIGN(align, p);
}

/* The core cannot go on (see frn_fail): an ERROR, never another answer. */
static void
pg_core_fail(frn_failure why, const char *detail)
{
	switch (why)
	{
		case FRN_FAIL_OUT_OF_MEMORY:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory"),
					 errdetail("%s", detail)));
			break;
		case FRN_FAIL_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("text too long for frnews"),
					 errdetail("%s", detail),
					 errhint("Split the text into smaller parts.")));
			break;
		case FRN_FAIL_LIBRARY:
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("a library used by frnews failed"),
					 errdetail("%s", detail)));
			break;
	}
	pg_unreachable();
}

/*
 * glibc gives the free memory at the top of the heap back to the kernel once
 * it exceeds 128 kB (M_TRIM_THRESHOLD), and maps every allocation of 128 kB
 * or more on its own, until it raises both thresholds when such a mapping is
 * freed.  The tagger's work memory for one text (a few hundred kB for an
 * article, in blocks over 8 kB that the memory contexts take from malloc and
 * free at once) then went back to the kernel after every row and was faulted
 * in again, zeroed, for the next: 7 to 24 % of the backend's CPU time over a
 * table of articles.  The thresholds are set where glibc's own adjustment
 * puts them once a block of the largest size a memory context allocates
 * (8 MB) has been mapped and freed: blocks up to that size come from the
 * heap, and a backend keeps at most TRIM_KEEP free bytes at its top.
 * Setting them turns that adjustment off.
 */
#define MMAP_FROM ALLOCSET_DEFAULT_MAXSIZE
#define TRIM_KEEP (2 * MMAP_FROM)

static void
tune_malloc(void)
{
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, MMAP_FROM);
	mallopt(M_TRIM_THRESHOLD, TRIM_KEEP);
#endif
}

void
_PG_init(void)
{
	frn_allocator a = {
		pg_core_alloc, pg_core_realloc, pg_core_free, pg_core_check_interrupts,
		pg_core_cache_alloc, pg_core_fail
	};

	frn_set_allocator(&a);
	tune_malloc();
	/* every setting first: reserving the prefix drops unknown frnews.* ones */
	frn_money_init_guc();
	frn_sig_init();
	MarkGUCPrefixReserved("frnews");
}
