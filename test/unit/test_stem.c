/* test_stem.c — Snowball French stemming and its cache. */
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
	UNIT_RUN(snowball_version);
	UNIT_MAIN_END("test_stem");
}
