/*
 * test_speller.c — an independent French number speller (its own word
 * lists and rules, nothing shared with the parser) spells 10,000 seeded
 * random integers from 0 to 10^12, in four styles (traditional, 1990
 * reform hyphens, Belgian, Swiss), and every spelling must parse back
 * exactly through frn_number_parse.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frn_number.h"
#include "unit.h"

enum style
{
	TRADITIONAL, REFORM, BELGIAN, SWISS, N_STYLES
};

static const char *const small[] = {
	"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
	"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"
};

static void
cat(char *out, const char *s)
{
	strcat(out, s);
}

/* separator between numerals: a hyphen in the reform, else a space */
static void
sep(char *out, enum style st, int hyphen_anyway)
{
	cat(out, (st == REFORM || hyphen_anyway) ? "-" : " ");
}

/* 1..99; final: last word of the whole number (for "quatre-vingts") */
static void
spell_tens(char *out, int n, enum style st, int final)
{
	int			t = n / 10,
				u = n % 10;

	if (n <= 16)
	{
		cat(out, small[n]);
		return;
	}
	if (n < 20)
	{
		cat(out, "dix-");
		cat(out, small[u]);
		return;
	}
	/* tens with a plain word */
	{
		const char *word = NULL;
		int			base = t * 10;

		switch (t)
		{
			case 2: word = "vingt"; break;
			case 3: word = "trente"; break;
			case 4: word = "quarante"; break;
			case 5: word = "cinquante"; break;
			case 6: word = "soixante"; break;
			case 7: word = (st == BELGIAN || st == SWISS) ? "septante" : NULL; break;
			case 8: word = (st == SWISS) ? "huitante" : NULL; break;
			case 9: word = (st == BELGIAN || st == SWISS) ? "nonante" : NULL; break;
		}
		if (word == NULL)
		{
			/* soixante-dix.., quatre-vingt.., quatre-vingt-dix.. */
			int			rest;

			if (t == 7)
			{
				cat(out, "soixante");
				rest = n - 60;
				if (rest == 11)
				{
					sep(out, st, 0);
					cat(out, "et");
					sep(out, st, 0);
					cat(out, "onze");
				}
				else
				{
					cat(out, "-");
					spell_tens(out, rest, st, final);
				}
				return;
			}
			cat(out, "quatre-vingt");
			rest = n - 80;
			if (rest == 0)
			{
				if (final)
					cat(out, "s");
				return;
			}
			cat(out, "-");
			spell_tens(out, rest, st, final);
			return;
		}
		cat(out, word);
		(void) base;
		if (u == 0)
			return;
		if (u == 1)
		{
			sep(out, st, 0);
			cat(out, "et");
			sep(out, st, 0);
			cat(out, "un");
			return;
		}
		cat(out, "-");
		cat(out, small[u]);
	}
}

/* 1..999; before_noun: followed by million/milliard (cents takes its s) */
static void
spell_hundreds(char *out, int n, enum style st, int final, int before_noun)
{
	int			h = n / 100,
				r = n % 100;

	if (h > 0)
	{
		if (h > 1)
		{
			cat(out, small[h]);
			sep(out, st, 0);
		}
		cat(out, "cent");
		if (h > 1 && r == 0 && (final || before_noun))
			cat(out, "s");
		if (r == 0)
			return;
		sep(out, st, 0);
	}
	spell_tens(out, r, st, final);
}

static void
spell(char *out, uint64_t n, enum style st, int billion_word)
{
	static const uint64_t scales[] = {1000000000000ULL, 1000000000ULL, 1000000ULL};
	static const char *const names[] = {"billion", "milliard", "million"};
	int			first = 1;

	out[0] = '\0';
	if (n == 0)
	{
		cat(out, "zéro");
		return;
	}
	if (n == 1000000000000ULL && !billion_word)
	{
		cat(out, "mille milliards");
		return;
	}
	for (int k = 0; k < 3; k++)
	{
		uint64_t	q = n / scales[k];

		if (q == 0)
			continue;
		n %= scales[k];
		if (!first)
			cat(out, " ");
		spell_hundreds(out, (int) q, st, 0, 1);
		cat(out, " ");
		cat(out, names[k]);
		if (q > 1)
			cat(out, "s");
		first = 0;
	}
	if (n >= 1000)
	{
		int			q = (int) (n / 1000);

		n %= 1000;
		if (!first)
			cat(out, " ");
		if (q > 1)
		{
			spell_hundreds(out, q, st, 0, 0);
			sep(out, st, 0);
		}
		cat(out, "mille");
		first = 0;
	}
	if (n > 0)
	{
		if (!first)
			sep(out, st, 0);
		spell_hundreds(out, (int) n, st, 1, 0);
	}
}

/* splitmix64: a seeded, portable generator */
static uint64_t
next_random(uint64_t *state)
{
	uint64_t	z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

UNIT_TEST(known_spellings)
{
	char		buf[512];

	spell(buf, 97, TRADITIONAL, 1);
	CHECK_STR(buf, "quatre-vingt-dix-sept");
	spell(buf, 80, TRADITIONAL, 1);
	CHECK_STR(buf, "quatre-vingts");
	spell(buf, 200000, TRADITIONAL, 1);
	CHECK_STR(buf, "deux cent mille");
	spell(buf, 2300000, TRADITIONAL, 1);
	CHECK_STR(buf, "deux millions trois cent mille");
	spell(buf, 71, BELGIAN, 1);
	CHECK_STR(buf, "septante et un");
	spell(buf, 81, SWISS, 1);
	CHECK_STR(buf, "huitante et un");
	spell(buf, 221, REFORM, 1);
	CHECK_STR(buf, "deux-cent-vingt-et-un");
	spell(buf, 200000000, TRADITIONAL, 1);
	CHECK_STR(buf, "deux cents millions");
}

UNIT_TEST(random_integers_parse_back)
{
	uint64_t	state = 20240601;
	int			failures = 0;
	char		buf[512];

	for (int i = 0; i < 10000; i++)
	{
		uint64_t	r = next_random(&state);
		uint64_t	n;
		frn_dec		v;
		frn_number_status s;
		enum style	st = (enum style) (next_random(&state) % N_STYLES);

		/* half uniform over [0, 10^12], half log-uniform so that small numbers count */
		if (i % 2 == 0)
			n = r % 1000000000001ULL;
		else
		{
			uint64_t	p = 1;

			for (int d = (int) (next_random(&state) % 13); d > 0; d--)
				p *= 10;
			n = r % (p * 10 > 1000000000001ULL ? 1000000000001ULL : p * 10);
		}
		spell(buf, n, st, (int) (r & 1));
		s = frn_number_parse(buf, strlen(buf), &v);
		frn_dec_normalize(&v);
		{
			__int128	value = v.coef;

			for (int e = 0; s == FRN_NUM_OK && e < v.exp; e++)
				value *= 10;
			if (s != FRN_NUM_OK || v.exp < 0 || value != (__int128) n)
			{
				if (failures++ < 10)
					printf("  %llu spelled \"%s\" did not parse back\n",
						   (unsigned long long) n, buf);
			}
		}
	}
	CHECK_INT(failures, 0);
}

int
main(void)
{
	UNIT_RUN(known_spellings);
	UNIT_RUN(random_integers_parse_back);
	UNIT_MAIN_END("test_speller");
}
