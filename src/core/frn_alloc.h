/*
 * frn_alloc.h — pluggable allocation and interrupt hooks for the frnews core.
 *
 * The core never includes PostgreSQL headers.  Inside the server the glue
 * points these hooks at palloc/repalloc/pfree (so that an error or a query
 * cancel raised while the core runs frees everything with the memory
 * context) and at a function running CHECK_FOR_INTERRUPTS.  In the CLI, unit
 * tests and fuzzers they default to malloc/realloc/free (aborting on
 * exhaustion) and a no-op.
 *
 * Rule for core code: every allocation that lives only for one call goes
 * through frn_malloc/frn_realloc/frn_free.  Process-lifetime caches (the
 * stem cache, the signature word cache) are fixed-size and allocated once
 * through frn_cache_alloc, which the glue points at a memory context of
 * their own.
 *
 * The core never falls back to a different answer when a library or memory
 * fails (results of IMMUTABLE functions must not depend on it): it calls
 * frn_fail, which does not return.  The glue raises an ERROR; the default
 * prints the reason and aborts, as the default allocator does.
 */
#ifndef FRN_ALLOC_H
#define FRN_ALLOC_H

#include <stddef.h>

/* Why the core cannot go on (the glue maps each to an SQLSTATE). */
typedef enum frn_failure
{
	FRN_FAIL_OUT_OF_MEMORY,		/* a library could not allocate memory */
	FRN_FAIL_TOO_LONG,			/* the input passes a library's size limit */
	FRN_FAIL_LIBRARY			/* a library reported another error */
} frn_failure;

typedef struct frn_allocator
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
	/* called regularly in long loops; may longjmp out (query cancel) */
	void		(*check_interrupts) (void);
	/*
	 * size bytes aligned to align (a power of two, at most 128) that live as
	 * long as the process, for a cache called name; NULL when unavailable
	 * (the cache is then not used)
	 */
	void	   *(*cache_alloc) (const char *name, size_t size, size_t align);
	/* must not return; detail is one sentence saying what failed */
	void		(*fail) (frn_failure why, const char *detail);
} frn_allocator;

/* Install hooks; a NULL member restores the default for that member. */
void		frn_set_allocator(const frn_allocator *a);

void	   *frn_malloc(size_t size);
void	   *frn_realloc(void *ptr, size_t size);
void		frn_free(void *ptr);
void		frn_check_interrupts(void);
void	   *frn_cache_alloc(const char *name, size_t size, size_t align);
_Noreturn void frn_fail(frn_failure why, const char *detail);

/* A growable byte buffer, always NUL-terminated after the data. */
typedef struct frn_buf
{
	char	   *data;
	size_t		len;
	size_t		cap;
} frn_buf;

void		frn_buf_init(frn_buf *b);
void		frn_buf_reserve(frn_buf *b, size_t extra);
void		frn_buf_append(frn_buf *b, const char *s, size_t n);
void		frn_buf_putc(frn_buf *b, char c);
void		frn_buf_reset(frn_buf *b);
void		frn_buf_free(frn_buf *b);

/* A growable array of fixed-size elements. */
#define FRN_VEC_GROW(ptr, n, cap, extra) \
	do { \
		if ((n) + (extra) > (cap)) { \
			size_t frn__nc = (cap) ? (cap) * 2 : 16; \
			while (frn__nc < (n) + (extra)) frn__nc *= 2; \
			(ptr) = frn_realloc((ptr), frn__nc * sizeof(*(ptr))); \
			(cap) = frn__nc; \
		} \
	} while (0)

#endif
