/* test_stem.c — Snowball French stemming and its cache. */
#include <libstemmer.h>

#include "unit.h"
#include "unit_text.h"

static const char *
stem_tok(const char *s)
{
	frn_buf    *b = unit_buf();

	frn_stem_token(s, strlen(s), b);
	return b->data;
}

UNIT_TEST(stem_examples)
{
	CHECK_STR(stem_of("Économiques"), "économ");
	CHECK_STR(stem_of("économiques"), "économ");
	CHECK_STR(stem_of("E\u0301conomiques"), "économ");
	CHECK_STR(stem_of("continuation"), "continu");
	CHECK_STR(stem_of("gouvernements"), "gouvern");
	CHECK_STR(stem_of(""), "");
}

UNIT_TEST(stem_cache_consistent)
{
	/* the same answers on repeated (cached) calls, across slot collisions */
	char		w[64];

	for (int round = 0; round < 3; round++)
		for (int i = 0; i < 40000; i += 997)
		{
			snprintf(w, sizeof w, "manifestations%d", i);
			CHECK_STR(stem_of("manifestations"), "manifest");
			CHECK(strncmp(stem_of(w), "manifestations", 14) == 0);
		}
	CHECK_STR(stem_of("Économiques"), "économ");
}

UNIT_TEST(stem_long_words)
{
	char	   *w = malloc(FRN_STEM_MAX_BYTES + 10);

	/* over the limit: returned as is (lower-cased) */
	memset(w, 'a', FRN_STEM_MAX_BYTES + 5);
	w[FRN_STEM_MAX_BYTES + 5] = '\0';
	CHECK_STR(stem_of(w), w);
	/* a 60-byte word is stemmed, uncached, twice the same */
	memset(w, 'b', 50);
	strcpy(w + 50, "ationnelles");
	CHECK_STR(stem_of(w), stem_of(w));
	free(w);
}

UNIT_TEST(stem_tokens)
{
	CHECK_STR(stem_tok("-t-il"), "il");
	CHECK_STR(stem_tok("-elle"), "elle");
	CHECK_STR(stem_tok("M."), "m");
	CHECK_STR(stem_tok("Présidentielles"), "présidentiel");
	CHECK_STR(stem_tok("-"), "-");
}

/*
 * frn_stem_tokens on a text must give, token for token, what frn_stem_token
 * gives: cold (every word a cache miss), then warm, for words longer than
 * the cache key (uncached) or than FRN_STEM_MAX_BYTES, inverted pronouns,
 * abbreviations, tokens other than words, and enough distinct words (more
 * than the hot table's 16K slots) to collide in the cache.
 */
static int
batch_matches_single(const char *text, size_t *nwords)
{
	frn_tokens	toks;
	frn_buf		batch,
				one;
	size_t	   *ends;
	int			ok = 1;

	frn_tokens_init(&toks);
	frn_buf_init(&batch);
	frn_buf_init(&one);
	frn_tokenize(text, strlen(text), &toks);
	ends = malloc(sizeof(size_t) * toks.n);
	frn_buf_append(&batch, "prefix", 6);	/* stems go after what out holds */
	frn_stem_tokens(text, toks.tok, toks.n, &batch, ends);
	*nwords = 0;
	for (size_t i = 0; i < toks.n; i++)
	{
		const frn_token *t = &toks.tok[i];
		size_t		from = i > 0 ? ends[i - 1] : 6;

		if (t->kind != FRN_TOK_WORD)
		{
			ok &= ends[i] == from;
			continue;
		}
		(*nwords)++;
		frn_buf_reset(&one);
		frn_stem_token(text + t->byte_start, t->byte_len, &one);
		if (one.len != ends[i] - from || memcmp(one.data, batch.data + from, one.len) != 0)
		{
			printf("  token %zu \"%.*s\": batch \"%.*s\", single \"%s\"\n", i,
				   (int) t->byte_len, text + t->byte_start, (int) (ends[i] - from),
				   batch.data + from, one.data);
			ok = 0;
		}
	}
	ok &= strncmp(batch.data, "prefix", 6) == 0 && batch.len == (toks.n ? ends[toks.n - 1] : 6);
	free(ends);
	frn_buf_free(&batch);
	frn_buf_free(&one);
	frn_tokens_free(&toks);
	return ok;
}

UNIT_TEST(stem_tokens_batch)
{
	frn_buf		text;
	size_t		nwords = 0;
	char		w[64];

	const char *head = "Les manifestations, l’économie et M. Dupont : a-t-il dit-elle ? "
		"ÉCONOMIQUES 2019 « Présidentielles » … ";

	frn_buf_init(&text);
	frn_buf_append(&text, head, strlen(head));
	/* a word of 40 bytes (over the cache key) and one over FRN_STEM_MAX_BYTES */
	frn_buf_append(&text, "anticonstitutionnellementinternationaux ", 40);
	for (int i = 0; i < FRN_STEM_MAX_BYTES + 3; i++)
		frn_buf_putc(&text, i % 2 ? 'A' : 'b');
	frn_buf_putc(&text, ' ');
	for (int i = 0; i < 20000; i++)
	{
		snprintf(w, sizeof w, "%s%d%s ", i % 3 ? "Déclarations" : "manifest", i,
				 i % 2 ? "ement" : "ations");
		frn_buf_append(&text, w, strlen(w));
	}
	CHECK(batch_matches_single(text.data, &nwords));	/* cold */
	CHECK(nwords > 20000);
	CHECK(batch_matches_single(text.data, &nwords));	/* warm */
	CHECK(batch_matches_single("", &nwords));
	CHECK_INT(nwords, 0);
	frn_buf_free(&text);
}

/*
 * libstemmer fails only when its malloc does.  The unit test's link wraps
 * sb_stemmer_stem (see the Makefile) so that it can fail on demand.
 */
static int	stemmer_fails;
const sb_symbol *__real_sb_stemmer_stem(struct sb_stemmer *z, const sb_symbol *w, int n);
const sb_symbol *__wrap_sb_stemmer_stem(struct sb_stemmer *z, const sb_symbol *w, int n);

const sb_symbol *
__wrap_sb_stemmer_stem(struct sb_stemmer *z, const sb_symbol *w, int n)
{
	return stemmer_fails ? NULL : __real_sb_stemmer_stem(z, w, n);
}

/* A failing stemmer is an error, never the word returned unstemmed. */
UNIT_TEST(stem_failure_is_an_error)
{
	frn_allocator a = {.fail = unit_fail_hook};
	frn_buf    *b = unit_buf();
	const char *word = "anticonstitutionnellement";	/* not cached yet */

	frn_set_allocator(&a);
	stemmer_fails = 1;
	if (setjmp(unit_fail_jump) == 0)
	{
		frn_stem_word(word, strlen(word), b);
		CHECK(!"frn_stem_word returned with a failing stemmer");
	}
	else
		CHECK_INT(unit_fail_why, FRN_FAIL_OUT_OF_MEMORY);
	stemmer_fails = 0;
	frn_set_allocator(NULL);
	CHECK_STR(stem_of(word), "anticonstitutionnel");
}

UNIT_TEST(snowball_version)
{
	CHECK(strstr(frn_snowball_version(), "libstemmer") != NULL);
}

int
main(void)
{
	UNIT_RUN(stem_examples);
	UNIT_RUN(stem_cache_consistent);
	UNIT_RUN(stem_long_words);
	UNIT_RUN(stem_tokens);
	UNIT_RUN(stem_tokens_batch);
	UNIT_RUN(stem_failure_is_an_error);
	UNIT_RUN(snowball_version);
	UNIT_MAIN_END("test_stem");
}
