/*
 * unit_text.h — helpers shared by the core's unit tests: run the core on a
 * string and render the result as one comparable string.
 */
#ifndef FRN_UNIT_TEXT_H
#define FRN_UNIT_TEXT_H

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "frn_normalize.h"
#include "frn_stem.h"
#include "frn_tokenize.h"
#include "frn_utf8.h"

/*
 * A fail hook (frn_allocator.fail) that returns to the test: setjmp on
 * unit_fail_jump before the call that must fail; unit_fail_why says why.
 */
static jmp_buf unit_fail_jump;
static frn_failure unit_fail_why;

static inline void
unit_fail_hook(frn_failure why, const char *detail)
{
	unit_fail_why = why;
	longjmp(unit_fail_jump, 1);
}

/* Results live in a small ring of buffers, valid for a few calls. */
static frn_buf unit_ring[8];
static int	unit_ring_next;

static inline frn_buf *
unit_buf(void)
{
	frn_buf    *b = &unit_ring[unit_ring_next++ & 7];

	frn_buf_reset(b);
	frn_buf_reserve(b, 1);
	b->data[0] = '\0';
	return b;
}

/* Check the invariants every tokenization must satisfy; 0 if broken. */
static inline int
tokens_consistent(const char *s, size_t len, const frn_tokens *t)
{
	size_t		prev_end_b = 0,
				prev_end_c = 0;
	int			ascii;

	for (size_t i = 0; i < t->n; i++)
	{
		const frn_token *k = &t->tok[i];

		if (k->byte_len == 0 || k->char_len == 0)
			return 0;
		if (k->byte_start < prev_end_b || k->byte_start + k->byte_len > len)
			return 0;
		/* characters of the gap since the previous token */
		if (prev_end_c + frn_utf8_count(s + prev_end_b, k->byte_start - prev_end_b) != k->char_start)
			return 0;
		if (frn_utf8_count(s + k->byte_start, k->byte_len) != k->char_len)
			return 0;
		/* FRN_TF_ASCII: exactly the tokens of ASCII bytes */
		ascii = 1;
		for (size_t j = 0; j < k->byte_len; j++)
			ascii &= (unsigned char) s[k->byte_start + j] < 0x80;
		if (ascii != !!(k->flags & FRN_TF_ASCII))
			return 0;
		/* inside: no sentence can end after the token (not . ! ? … nor an
		 * abbreviation, and no more than one byte before the next token) */
		if (k->inside &&
			(i + 1 == t->n || k[1].byte_start - k->byte_start - k->byte_len > 1 || (k->flags & FRN_TF_ABBREV) ||
			 (k->kind == FRN_TOK_PUNCT && (strchr(".!?", s[k->byte_start]) || (unsigned char) s[k->byte_start] == 0xE2))))
			return 0;
		prev_end_b = k->byte_start + k->byte_len;
		prev_end_c = k->char_start + k->char_len;
	}
	return 1;
}

/* "tok|tok|tok" */
static inline const char *
toks_of(const char *s)
{
	frn_buf    *b = unit_buf();
	frn_tokens	t;

	frn_tokens_init(&t);
	frn_tokenize(s, strlen(s), &t);
	for (size_t i = 0; i < t.n; i++)
	{
		if (i)
			frn_buf_putc(b, '|');
		frn_buf_append(b, s + t.tok[i].byte_start, t.tok[i].byte_len);
	}
	frn_tokens_free(&t);
	return b->data;
}

/* "tok/kind tok/kind" */
static inline const char *
kinds_of(const char *s)
{
	frn_buf    *b = unit_buf();
	frn_tokens	t;

	frn_tokens_init(&t);
	frn_tokenize(s, strlen(s), &t);
	for (size_t i = 0; i < t.n; i++)
	{
		const char *k = frn_token_kind_name(t.tok[i].kind);

		if (i)
			frn_buf_putc(b, ' ');
		frn_buf_append(b, s + t.tok[i].byte_start, t.tok[i].byte_len);
		frn_buf_putc(b, '/');
		frn_buf_append(b, k, strlen(k));
	}
	frn_tokens_free(&t);
	return b->data;
}

/* "sentence || sentence" */
static inline const char *
sents_of(const char *s)
{
	frn_buf    *b = unit_buf();
	frn_tokens	t;
	frn_spans	sp;

	frn_tokens_init(&t);
	frn_spans_init(&sp);
	frn_tokenize(s, strlen(s), &t);
	frn_sentences(s, strlen(s), &t, &sp);
	for (size_t i = 0; i < sp.n; i++)
	{
		if (i)
			frn_buf_append(b, " || ", 4);
		frn_buf_append(b, s + sp.span[i].byte_start, sp.span[i].byte_len);
	}
	frn_tokens_free(&t);
	frn_spans_free(&sp);
	return b->data;
}

#define UNIT_STRFN(name, fn) \
static inline const char * \
name(const char *s) \
{ \
	frn_buf    *b = unit_buf(); \
	fn(s, strlen(s), b); \
	return b->data; \
}

UNIT_STRFN(norm_of, frn_normalize)
UNIT_STRFN(fold_of, frn_fold)
UNIT_STRFN(lower_of, frn_lower)
UNIT_STRFN(stem_of, frn_stem_word)

#endif
