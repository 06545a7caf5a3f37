/*
 * test_signature.c — unit tests of the fr_sig sketch (src/core/frn_signature.c).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "frn_signature.h"
#include "unit.h"

/* A fixed pseudo-random sequence (splitmix64) for synthetic feature sets. */
static uint64_t rng_state;

static uint64_t
rng(void)
{
	uint64_t	z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static double
sim_of_text(const char *a, const char *b)
{
	uint16_t	sa[FRN_SIG_DEFAULT_SLOTS],
				sb[FRN_SIG_DEFAULT_SLOTS];

	frn_sig_compute(a, strlen(a), FRN_SIG_DEFAULT_SLOTS, sa);
	frn_sig_compute(b, strlen(b), FRN_SIG_DEFAULT_SLOTS, sb);
	return (double) frn_sig_matches(sa, sb, FRN_SIG_DEFAULT_SLOTS) / FRN_SIG_DEFAULT_SLOTS;
}

/* Signatures are part of stored data: the hash must never change. */
UNIT_TEST(test_hash_is_stable)
{
	CHECK(frn_sig_hash_bytes("", 0) == UINT64_C(0x7acdbb98b1344213));
	CHECK(frn_sig_hash_bytes("reform", 6) == UINT64_C(0x8ecc53b15f29ae03));
	CHECK(frn_sig_hash_bytes("gouvernement", 12) != frn_sig_hash_bytes("gouvernemenu", 12));
}

UNIT_TEST(test_valid_nslots)
{
	CHECK(frn_sig_valid_nslots(16));
	CHECK(frn_sig_valid_nslots(128));
	CHECK(frn_sig_valid_nslots(1024));
	CHECK(!frn_sig_valid_nslots(8));
	CHECK(!frn_sig_valid_nslots(2048));
	CHECK(!frn_sig_valid_nslots(96));
	CHECK(!frn_sig_valid_nslots(-128));
}

/* SWAR match counting agrees with a plain loop. */
UNIT_TEST(test_matches_swar)
{
	uint16_t	a[1024],
				b[1024];

	rng_state = 1;
	for (int round = 0; round < 200; round++)
	{
		int			n = 1 + (int) (rng() % 1024);
		int			naive = 0;

		for (int i = 0; i < n; i++)
		{
			a[i] = (uint16_t) rng();
			/* equal, equal in one byte only, or different */
			switch (rng() % 3)
			{
				case 0:
					b[i] = a[i];
					break;
				case 1:
					b[i] = a[i] ^ 0x0100;
					break;
				default:
					b[i] = (uint16_t) rng();
			}
			naive += (a[i] == b[i]);
		}
		CHECK_INT(frn_sig_matches(a, b, n), naive);
	}
	for (int i = 0; i < 1024; i++)
		a[i] = b[i] = 0xffff;
	CHECK_INT(frn_sig_matches(a, b, 1024), 1024);
}

UNIT_TEST(test_empty_and_identical)
{
	uint16_t	s1[128],
				s2[128];
	uint64_t	h[50],
				h2[60];

	frn_sig_from_hashes(NULL, 0, 128, s1);
	CHECK(frn_sig_is_empty(s1, 128));
	rng_state = 7;
	for (int i = 0; i < 50; i++)
		h[i] = rng();
	frn_sig_from_hashes(h, 50, 128, s1);
	CHECK(!frn_sig_is_empty(s1, 128));
	for (int i = 0; i < 128; i++)
		CHECK(s1[i] != 0);		/* densified, 0 reserved */
	/* the same set in another order, with repetitions */
	for (int i = 0; i < 50; i++)
		h2[i] = h[49 - i];
	for (int i = 50; i < 60; i++)
		h2[i] = h[i - 50];
	frn_sig_from_hashes(h2, 60, 128, s2);
	CHECK_INT(frn_sig_matches(s1, s2, 128), 128);
	/* one feature more changes few slots */
	h2[0] = rng();
	frn_sig_from_hashes(h2, 60, 128, s2);
	CHECK(frn_sig_matches(s1, s2, 128) >= 100);
}

/*
 * The fraction of equal slots estimates the Jaccard index: mean error near
 * zero, every estimate within 5 standard errors.
 */
static void
check_estimates(int setsize, double j, int nslots)
{
	int			inter = (int) lround(2.0 * setsize * j / (1.0 + j));
	int			only = setsize - inter;
	double		truej = (double) inter / (inter + 2 * only);
	double		se = sqrt(truej * (1 - truej) / nslots);
	double		sum_err = 0;
	uint64_t   *a = malloc(sizeof(uint64_t) * setsize);
	uint64_t   *b = malloc(sizeof(uint64_t) * setsize);
	uint16_t	sa[1024],
				sb[1024];
	int			rounds = 100;

	for (int r = 0; r < rounds; r++)
	{
		double		est;

		for (int i = 0; i < inter; i++)
			a[i] = b[i] = rng();
		for (int i = inter; i < setsize; i++)
		{
			a[i] = rng();
			b[i] = rng();
		}
		frn_sig_from_hashes(a, setsize, nslots, sa);
		frn_sig_from_hashes(b, setsize, nslots, sb);
		est = (double) frn_sig_matches(sa, sb, nslots) / nslots;
		sum_err += est - truej;
		if (fabs(est - truej) > 5 * se + 1.0 / nslots)
		{
			unit_current_failed = 1;
			printf("  set %d J %.3f K %d: estimate %.3f\n", setsize, truej, nslots, est);
		}
	}
	if (fabs(sum_err / rounds) > 3 * se / sqrt(rounds) + 0.5 / nslots)
	{
		unit_current_failed = 1;
		printf("  set %d J %.3f K %d: mean error %.4f\n", setsize, truej, nslots, sum_err / rounds);
	}
	free(a);
	free(b);
}

UNIT_TEST(test_estimator)
{
	rng_state = 42;
	check_estimates(400, 0.8, 128);
	check_estimates(400, 0.5, 128);
	check_estimates(400, 0.1, 128);
	check_estimates(2000, 0.3, 256);
	/* short texts: fewer features than slots, densification */
	check_estimates(40, 0.6, 128);
	check_estimates(10, 0.5, 64);
}

/* Disjoint sets agree only by 16-bit accident. */
UNIT_TEST(test_disjoint)
{
	uint64_t	a[3],
				b[300];
	uint16_t	sa[128],
				sb[128];

	rng_state = 5;
	for (int i = 0; i < 3; i++)
		a[i] = rng();
	for (int i = 0; i < 300; i++)
		b[i] = rng();
	frn_sig_from_hashes(a, 3, 128, sa);
	frn_sig_from_hashes(b, 300, 128, sb);
	CHECK(frn_sig_matches(sa, sb, 128) <= 2);
}

UNIT_TEST(test_min_matches)
{
	int			ks[] = {16, 128, 1024};

	for (int k = 0; k < 3; k++)
	{
		int			n = ks[k];

		for (int step = 0; step <= 1000; step++)
		{
			double		t = step / 1000.0;
			int			m = frn_sig_min_matches(t, n);

			CHECK((float) m / (float) n >= (float) t);
			CHECK(m == 0 || (float) (m - 1) / (float) n < (float) t);
		}
		CHECK_INT(frn_sig_min_matches(0.0, n), 0);
		CHECK_INT(frn_sig_min_matches(-1.0, n), 0);
		CHECK_INT(frn_sig_min_matches(1.0, n), n);
		CHECK_INT(frn_sig_min_matches(1.01, n), n + 1);
		CHECK_INT(frn_sig_min_matches(NAN, n), n + 1);
	}
	CHECK_INT(frn_sig_min_matches(0.6, 128), 77);
}

/* Pigeonhole: m equal slots give at least bands_required(m) equal keys. */
UNIT_TEST(test_band_keys)
{
	uint16_t	a[128],
				b[128];
	int32_t		ka[64],
				kb[64];

	rng_state = 9;
	CHECK_INT(frn_sig_bands_required(128, 128), 64);
	CHECK_INT(frn_sig_bands_required(77, 128), 13);
	CHECK(frn_sig_bands_required(64, 128) <= 0);
	for (int round = 0; round < 500; round++)
	{
		int			m = 64 + (int) (rng() % 65);
		int			shared = 0,
					equal = 0;

		for (int i = 0; i < 128; i++)
			a[i] = b[i] = (uint16_t) (1 + rng() % 65535);
		/* make 128 - m slots differ, at random positions */
		for (int d = 0; d < 128 - m;)
		{
			int			i = (int) (rng() % 128);

			if (a[i] == b[i])
			{
				b[i] = a[i] == 65535 ? 1 : a[i] + 1;
				d++;
			}
		}
		equal = frn_sig_matches(a, b, 128);
		CHECK_INT(equal, m);
		CHECK_INT(frn_sig_band_keys(a, 128, ka), 64);
		frn_sig_band_keys(b, 128, kb);
		for (int k = 0; k < 64; k++)
		{
			shared += (ka[k] == kb[k]);
			/* the band number is in the high bits */
			CHECK_INT(ka[k] >> FRN_SIG_BAND_HASH_BITS, k);
		}
		CHECK(shared >= frn_sig_bands_required(m, 128));
	}
}

UNIT_TEST(test_text_form)
{
	uint16_t	s[16],
				t[FRN_SIG_MAX_SLOTS];
	char		buf[128];
	int			n = 0;

	for (int i = 0; i < 16; i++)
		s[i] = (uint16_t) (0x1000 * (i % 16) + i + 1);
	frn_sig_to_text(s, 16, buf);
	CHECK_INT(strlen(buf), frn_sig_text_length(16));
	CHECK_STR(buf, "v1/16/00011002200330044005500660077008800990"
			  "0aa00bb00cc00dd00ee00ff010");
	CHECK_INT(frn_sig_parse_text(buf, strlen(buf), &n, t), FRN_SIG_OK);
	CHECK_INT(n, 16);
	CHECK(memcmp(s, t, sizeof(s)) == 0);

	memset(s, 0, sizeof(s));
	frn_sig_to_text(s, 16, buf);
	CHECK_STR(buf, "v1/16/empty");
	CHECK_INT(frn_sig_parse_text(" v1/16/empty\n", 13, &n, t), FRN_SIG_OK);
	CHECK(frn_sig_is_empty(t, 16));

	CHECK_INT(frn_sig_parse_text("", 0, &n, t), FRN_SIG_ERR_SYNTAX);
	CHECK_INT(frn_sig_parse_text("v/16/empty", 10, &n, t), FRN_SIG_ERR_SYNTAX);
	CHECK_INT(frn_sig_parse_text("v1/16", 5, &n, t), FRN_SIG_ERR_SYNTAX);
	CHECK_INT(frn_sig_parse_text("v2/16/empty", 11, &n, t), FRN_SIG_ERR_VERSION);
	CHECK_INT(frn_sig_parse_text("v01234/16/empty", 15, &n, t), FRN_SIG_ERR_SYNTAX);
	CHECK_INT(frn_sig_parse_text("v1/20/empty", 11, &n, t), FRN_SIG_ERR_NSLOTS);
	CHECK_INT(frn_sig_parse_text("v1/999999/empty", 15, &n, t), FRN_SIG_ERR_SYNTAX);
	CHECK_INT(frn_sig_parse_text("v1/16/emptyx", 12, &n, t), FRN_SIG_ERR_LENGTH);
	CHECK_INT(frn_sig_parse_text("v1/16/0001", 10, &n, t), FRN_SIG_ERR_LENGTH);
	strcpy(buf, "v1/16/00011002200330044005500660077008800990"
		   "0aa00bb00cc00dd00ee00ffg10");
	CHECK_INT(frn_sig_parse_text(buf, strlen(buf), &n, t), FRN_SIG_ERR_SYNTAX);
	strcpy(buf, "v1/16/00001002200330044005500660077008800990"
		   "0aa00bb00cc00dd00ee00ff010");
	CHECK_INT(frn_sig_parse_text(buf, strlen(buf), &n, t), FRN_SIG_ERR_SLOTS);
	/* all-zero hex is the empty signature */
	memset(buf, '0', 6 + 64);
	memcpy(buf, "v1/16/", 6);
	CHECK_INT(frn_sig_parse_text(buf, 70, &n, t), FRN_SIG_OK);
	CHECK(frn_sig_is_empty(t, 16));
}

UNIT_TEST(test_binary_form)
{
	uint16_t	s[32],
				t[FRN_SIG_MAX_SLOTS];
	unsigned char b[4 + 64];
	int			n = 0;

	for (int i = 0; i < 32; i++)
		s[i] = (uint16_t) (0x0102 * (i + 1));
	CHECK_INT(frn_sig_binary_length(32), 68);
	frn_sig_to_binary(s, 32, b);
	CHECK(b[0] == 1 && b[1] == 0 && b[2] == 0 && b[3] == 32);
	CHECK(b[4] == 0x01 && b[5] == 0x02);	/* big-endian */
	CHECK_INT(frn_sig_parse_binary(b, 68, &n, t), FRN_SIG_OK);
	CHECK_INT(n, 32);
	CHECK(memcmp(s, t, sizeof(s)) == 0);

	CHECK_INT(frn_sig_parse_binary(b, 3, &n, t), FRN_SIG_ERR_LENGTH);
	CHECK_INT(frn_sig_parse_binary(b, 67, &n, t), FRN_SIG_ERR_LENGTH);
	b[0] = 2;
	CHECK_INT(frn_sig_parse_binary(b, 68, &n, t), FRN_SIG_ERR_VERSION);
	b[0] = 1;
	b[1] = 1;
	CHECK_INT(frn_sig_parse_binary(b, 68, &n, t), FRN_SIG_ERR_FLAGS);
	b[1] = 0;
	b[3] = 33;
	CHECK_INT(frn_sig_parse_binary(b, 68, &n, t), FRN_SIG_ERR_NSLOTS);
	b[3] = 32;
	b[6] = b[7] = 0;
	CHECK_INT(frn_sig_parse_binary(b, 68, &n, t), FRN_SIG_ERR_SLOTS);
}

/* From text, through the French core. */
UNIT_TEST(test_text_invariances)
{
	uint16_t	s[128];

	CHECK(sim_of_text("L’Élysée a annoncé mercredi une réforme des retraites.",
					  "l'elysee a annonce MERCREDI la reforme de retraites") == 1.0);
	CHECK(sim_of_text("La grève touche la SNCF. Le gouvernement reçoit les syndicats.",
					  "Le gouvernement reçoit les syndicats. La grève touche la SNCF.") == 1.0);
	CHECK(sim_of_text("Le budget atteint 839.000 euros.", "Le budget atteint 839 000 euros.") == 1.0);
	CHECK(sim_of_text("La grève touche la SNCF depuis mardi.",
					  "Le club lyonnais a remporté le match de championnat.") < 0.1);
	/* word order inside a sentence matters a little (word pairs) */
	CHECK(sim_of_text("Le gouvernement reçoit les syndicats.",
					  "Les syndicats reçoivent le gouvernement.") < 1.0);
	CHECK(frn_sig_compute("", 0, 128, s) == 0);
	CHECK(frn_sig_is_empty(s, 128));
	CHECK(frn_sig_compute("le la les et de « » !", 22, 128, s) == 0);
	CHECK(frn_sig_is_empty(s, 128));
}

/* Every emitted word comes with its hash, on the first and the second
 * reading alike. */
static int	words_seen,
			words_bad_hash;

static void
check_word(const char *w, size_t len, uint64_t h, void *arg)
{
	if (w == NULL)
		return;
	words_seen++;
	words_bad_hash += (h != frn_sig_hash_bytes(w, len));
}

UNIT_TEST(test_word_hashes)
{
	const char *t = "Le gouvernement a présenté mercredi son budget. Les députés l’examineront en octobre.";

	words_seen = words_bad_hash = 0;
	frn_sig_words(t, strlen(t), check_word, NULL);
	frn_sig_words(t, strlen(t), check_word, NULL);
	CHECK_INT(words_seen, 14);	/* 7 content words, twice */
	CHECK_INT(words_bad_hash, 0);
}

/*
 * Words read from the word cache give what reading them afresh gives.
 * Prefixes of one long word (up to and past the longest cached token) are
 * signed again and again (cache miss, then hits), alone (the token ends the
 * text: exact key loads) and followed by spaces (16-byte masked loads); two
 * prefixes get the same signature exactly when frn_sig_words, which does
 * without the cache, gives them the same stem.
 */
#define PREFIXES 24

static char prefix_stem[PREFIXES][64];

static void
keep_stem(const char *w, size_t len, uint64_t h, void *arg)
{
	if (w != NULL && len < 64)
		memcpy(arg, w, len);
}

UNIT_TEST(test_word_cache_exact)
{
	const char *word = "anticonstitutionnellement";	/* 25 bytes */
	uint16_t	sig[PREFIXES][16],
				again[16];
	char		text[64];

	memset(prefix_stem, 0, sizeof prefix_stem);
	for (int p = 0; p < PREFIXES; p++)
	{
		size_t		n = (size_t) p + 2;

		memcpy(text, word, n);
		memset(text + n, ' ', 20);
		frn_sig_words(text, n, keep_stem, prefix_stem[p]);
		frn_sig_compute(text, n, 16, sig[p]);
		for (int round = 0; round < 2; round++)
		{
			frn_sig_compute(text, n, 16, again);
			CHECK(memcmp(again, sig[p], sizeof again) == 0);
			frn_sig_compute(text, n + 20, 16, again);
			CHECK(memcmp(again, sig[p], sizeof again) == 0);
		}
	}
	for (int a = 0; a < PREFIXES; a++)
		for (int b = 0; b < PREFIXES; b++)
			CHECK((strcmp(prefix_stem[a], prefix_stem[b]) == 0) ==
				  (memcmp(sig[a], sig[b], sizeof sig[a]) == 0));
}

/* Long texts are read in chunks: the feature set, hence the signature, of a
 * repeated sentence does not depend on how often it is repeated. */
UNIT_TEST(test_long_text)
{
	const char *sentence = "La grève touche la SNCF depuis mardi matin. ";
	size_t		n = strlen(sentence),
				reps = 20000;
	char	   *big = malloc(n * reps + 1);

	for (size_t i = 0; i < reps; i++)
		memcpy(big + i * n, sentence, n);
	big[n * reps] = '\0';
	CHECK(sim_of_text(big, sentence) == 1.0);
	/* no white space at all: cut between characters, never inside one */
	for (size_t i = 0; i < n * reps; i += 2)
		memcpy(big + i, "\xc3\xa9", 2);	/* é */
	CHECK(sim_of_text(big, big) == 1.0);
	free(big);
}

int
main(void)
{
	UNIT_RUN(test_hash_is_stable);
	UNIT_RUN(test_valid_nslots);
	UNIT_RUN(test_matches_swar);
	UNIT_RUN(test_empty_and_identical);
	UNIT_RUN(test_estimator);
	UNIT_RUN(test_disjoint);
	UNIT_RUN(test_min_matches);
	UNIT_RUN(test_band_keys);
	UNIT_RUN(test_text_form);
	UNIT_RUN(test_binary_form);
	UNIT_RUN(test_text_invariances);
	UNIT_RUN(test_word_hashes);
	UNIT_RUN(test_word_cache_exact);
	UNIT_RUN(test_long_text);
	UNIT_MAIN_END("test_signature");
}
