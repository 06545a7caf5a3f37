/*
 * frn_alloc.c — default allocation hooks (malloc) and the growable buffer.
 */
#include "frn_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "frnews: out of memory\n");
		abort();
	}
	return p;
}

static void *
default_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
	{
		fprintf(stderr, "frnews: out of memory\n");
		abort();
	}
	return p;
}

static void
default_free(void *ptr)
{
	free(ptr);
}

static void
default_check_interrupts(void)
{
}

static void *
default_cache_alloc(const char *name, size_t size, size_t align)
{
	return aligned_alloc(align, (size + align - 1) & ~(align - 1));
}

static void
default_fail(frn_failure why, const char *detail)
{
	fprintf(stderr, "frnews: %s\n", detail);
	abort();
}

static frn_allocator hooks = {
	default_alloc, default_realloc, default_free, default_check_interrupts,
	default_cache_alloc, default_fail
};

void
frn_set_allocator(const frn_allocator *a)
{
	hooks.alloc = a && a->alloc ? a->alloc : default_alloc;
	hooks.realloc = a && a->realloc ? a->realloc : default_realloc;
	hooks.free = a && a->free ? a->free : default_free;
	hooks.check_interrupts = a && a->check_interrupts ? a->check_interrupts : default_check_interrupts;
	hooks.cache_alloc = a && a->cache_alloc ? a->cache_alloc : default_cache_alloc;
	hooks.fail = a && a->fail ? a->fail : default_fail;
}

void *
frn_malloc(size_t size)
{
	return hooks.alloc(size);
}

void *
frn_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return hooks.alloc(size);
	return hooks.realloc(ptr, size);
}

void
frn_free(void *ptr)
{
	if (ptr)
		hooks.free(ptr);
}

void
frn_check_interrupts(void)
{
	hooks.check_interrupts();
}

void *
frn_cache_alloc(const char *name, size_t size, size_t align)
{
	return hooks.cache_alloc(name, size, align);
}

void
frn_fail(frn_failure why, const char *detail)
{
	hooks.fail(why, detail);
	abort();					/* a hook that returned */
}

void
frn_buf_init(frn_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void
frn_buf_reserve(frn_buf *b, size_t extra)
{
	if (b->len + extra + 1 > b->cap)
	{
		size_t		nc = b->cap ? b->cap * 2 : 64;

		while (nc < b->len + extra + 1)
			nc *= 2;
		b->data = frn_realloc(b->data, nc);
		b->cap = nc;
	}
}

void
frn_buf_append(frn_buf *b, const char *s, size_t n)
{
	frn_buf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
frn_buf_putc(frn_buf *b, char c)
{
	frn_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void
frn_buf_reset(frn_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void
frn_buf_free(frn_buf *b)
{
	frn_free(b->data);
	frn_buf_init(b);
}
