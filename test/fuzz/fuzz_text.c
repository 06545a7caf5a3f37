/*
 * fuzz_text.c — libFuzzer target for the text core: tokenize, sentences,
 * normalize, fold (of a text, of its tokens, in a lower-cased copy), lower
 * and stem on arbitrary bytes, with invariant checks (a violated invariant
 * aborts, which libFuzzer reports).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frn_normalize.h"
#include "frn_stem.h"
#include "frn_tokenize.h"
#include "frn_unidata.h"
#include "frn_utf8.h"

#define REQUIRE(cond) do { if (!(cond)) __builtin_trap(); } while (0)

/* Every byte of the output is valid UTF-8 (decodes without U+FFFD-per-byte). */
static void
require_valid_utf8(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		from = i;
		int32_t		cp = frn_utf8_next(s, len, &i);

		REQUIRE(!(cp == 0xFFFD && i - from == 1 && (unsigned char) s[from] >= 0x80));
	}
}

/*
 * The reference fold: one code point at a time through the table, an
 * invalid byte as U+FFFD (what frn_fold's fast paths must agree with).
 */
static void
reference_fold(const char *s, size_t len, frn_buf *out)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		from = i;
		int32_t		cp = frn_utf8_next(s, len, &i);
		uint32_t	v = frn_fold_map(cp);
		char		enc[4];

		if (v != 0)
			frn_buf_append(out, frn_map_pool + FRN_MAP_OFF(v), FRN_MAP_LEN(v));
		else if (cp == 0xFFFD && i - from == 1)
			frn_buf_append(out, enc, frn_utf8_encode(cp, enc));
		else
			frn_buf_append(out, s + from, i - from);
	}
}

static void
check_tokens(const char *s, size_t len, const frn_tokens *t)
{
	size_t		end_b = 0,
				end_c = 0;

	for (size_t i = 0; i < t->n; i++)
	{
		const frn_token *k = &t->tok[i];

		REQUIRE(k->byte_len > 0 && k->char_len > 0);
		REQUIRE(k->kind < FRN_TOK__COUNT);
		REQUIRE(k->byte_start >= end_b);
		REQUIRE((size_t) k->byte_start + k->byte_len <= len);
		REQUIRE(k->char_start == end_c + frn_utf8_count(s + end_b, k->byte_start - end_b));
		REQUIRE(k->char_len == frn_utf8_count(s + k->byte_start, k->byte_len));
		/* only white space between tokens */
		for (size_t j = end_b; j < k->byte_start;)
			REQUIRE(frn_is_space(frn_utf8_next(s, k->byte_start, &j)));
		/* inside: no sentence can end after it (frn_sentences skips it) */
		if (k->inside)
		{
			unsigned char c = (unsigned char) s[k->byte_start];

			REQUIRE(i + 1 < t->n && k[1].byte_start - k->byte_start - k->byte_len <= 1);
			REQUIRE(!(k->flags & FRN_TF_ABBREV));
			REQUIRE(k->kind != FRN_TOK_PUNCT || (c != '.' && c != '!' && c != '?' && c != 0xE2));
		}
		end_b = k->byte_start + k->byte_len;
		end_c = k->char_start + k->char_len;
	}
	for (size_t j = end_b; j < len;)
		REQUIRE(frn_is_space(frn_utf8_next(s, len, &j)));
}

static void
check_sentences(const frn_tokens *t, const frn_spans *sp)
{
	size_t		end_b = 0,
				starts = 0;

	for (size_t i = 0; i < t->n; i++)
		starts += (t->tok[i].flags & FRN_TF_SENT_START) != 0;
	REQUIRE(starts == sp->n);
	REQUIRE(t->n == 0 || sp->n > 0);
	for (size_t i = 0; i < sp->n; i++)
	{
		REQUIRE(sp->span[i].byte_len > 0);
		REQUIRE(i == 0 || sp->span[i].byte_start >= end_b);
		end_b = sp->span[i].byte_start + sp->span[i].byte_len;
	}
	if (t->n)
		REQUIRE(end_b == t->tok[t->n - 1].byte_start + t->tok[t->n - 1].byte_len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	frn_tokens	t;
	frn_spans	sp;
	frn_buf		a,
				b;
	size_t	   *ends;
	uint32_t   *off,
			   *flen;

	frn_tokens_init(&t);
	frn_spans_init(&sp);
	frn_buf_init(&a);
	frn_buf_init(&b);

	frn_tokenize(s, size, &t);
	check_tokens(s, size, &t);
	frn_sentences(s, size, &t, &sp);
	check_sentences(&t, &sp);

	/* normalize: valid UTF-8, trimmed, no double spaces, idempotent */
	frn_normalize(s, size, &a);
	require_valid_utf8(a.data, a.len);
	REQUIRE(a.len == 0 || (a.data[0] != ' ' && a.data[a.len - 1] != ' '));
	for (size_t i = 1; i < a.len; i++)
		REQUIRE(!(a.data[i] == ' ' && a.data[i - 1] == ' '));
	frn_normalize(a.data, a.len, &b);
	REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);

	/* fold is idempotent too, and normalize = fold + space collapsing */
	frn_buf_reset(&a);
	frn_fold(s, size, &a);
	require_valid_utf8(a.data, a.len);
	frn_buf_reset(&b);
	reference_fold(s, size, &b);
	REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);
	frn_buf_reset(&b);
	frn_fold(a.data, a.len, &b);
	REQUIRE(a.len == b.len && memcmp(a.data, b.data, a.len) == 0);

	/* lower and stem of every token */
	for (size_t i = 0; i < t.n; i++)
	{
		const char *w = s + t.tok[i].byte_start;
		size_t		n = t.tok[i].byte_len;

		frn_buf_reset(&a);
		frn_lower(w, n, &a);
		require_valid_utf8(a.data, a.len);
		frn_buf_reset(&b);
		frn_stem_token(w, n, &b);
		frn_buf_reset(&b);
		frn_fold(w, n, &b);
	}

	/* the batch fold of the tokens: each token as the reference folds it */
	ends = malloc((t.n + 1) * sizeof(size_t));
	REQUIRE(ends != NULL);
	frn_buf_reset(&a);
	frn_fold_tokens(s, t.tok, t.n, &a, ends);
	for (size_t i = 0; i < t.n; i++)
	{
		size_t		from = i > 0 ? ends[i - 1] : 0;

		frn_buf_reset(&b);
		reference_fold(s + t.tok[i].byte_start, t.tok[i].byte_len, &b);
		REQUIRE(ends[i] - from == b.len && memcmp(a.data + from, b.data, b.len) == 0);
	}
	free(ends);

	/* the folds in a lower-cased copy: the same, and FRN_TF_ASCII only on ASCII tokens */
	off = malloc((t.n + 1) * sizeof(uint32_t));
	flen = malloc((t.n + 1) * sizeof(uint32_t));
	REQUIRE(off != NULL && flen != NULL);
	frn_buf_reset(&a);
	frn_fold_tokens_in_copy(s, size, t.tok, t.n, &a, off, flen);
	REQUIRE(a.len >= size && a.data[a.len] == '\0');
	for (size_t i = 0; i < t.n; i++)
	{
		const char *w = s + t.tok[i].byte_start;

		if (t.tok[i].flags & FRN_TF_ASCII)
			for (size_t j = 0; j < t.tok[i].byte_len; j++)
				REQUIRE((unsigned char) w[j] < 0x80);
		frn_buf_reset(&b);
		reference_fold(w, t.tok[i].byte_len, &b);
		REQUIRE((size_t) off[i] + flen[i] <= a.len);
		REQUIRE(flen[i] == b.len && memcmp(a.data + off[i], b.data, b.len) == 0);
	}
	free(off);
	free(flen);
	frn_buf_reset(&a);
	frn_lower(s, size, &a);
	require_valid_utf8(a.data, a.len);

	frn_tokens_free(&t);
	frn_spans_free(&sp);
	frn_buf_free(&a);
	frn_buf_free(&b);
	return 0;
}
