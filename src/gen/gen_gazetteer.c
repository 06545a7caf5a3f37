/*
 * gen_gazetteer.c — build-time generator of the gazetteer hash table.
 *
 * Usage: gen_gazetteer DATA_DIR > frn_gazetteer_table.inc
 *
 * Reads the lists of DATA_DIR (data/gazetteer): NAME.txt files (one surface
 * form a line, lines starting with # are comments) and cues.tsv
 * (CLASS<TAB>surface).  Each surface form is
 * tokenized and folded with the core itself, so that keys match what the
 * tagger computes at run time, then stored in an open-addressing table
 * (linear probing, hash frn_hash_bytes) emitted as C source: an array
 * frn_gaz_slots of 64-bit slots, each 0 (empty) or frn_gaz_slot(): the
 * key's fingerprint and bits (see frn_gazetteer.h).  Keys themselves are
 * not shipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frn_alloc.h"
#include "frn_gazetteer.h"
#include "frn_normalize.h"
#include "frn_tokenize.h"

typedef struct entry
{
	char	   *key;
	size_t		len;
	uint16_t	bits;
	bool		pair;			/* a key of two tokens */
} entry;

static entry *table;
static size_t nslots;
static size_t nkeys;

static void
add_key(const char *key, size_t len, uint16_t bits, size_t ntokens)
{
	size_t		mask = nslots - 1;
	size_t		i = frn_gaz_hash(key, len) & mask;

	while (table[i].key)
	{
		if (table[i].len == len && memcmp(table[i].key, key, len) == 0)
		{
			table[i].bits |= bits;
			table[i].pair |= ntokens == 2;
			return;
		}
		i = (i + 1) & mask;
	}
	if (++nkeys * 10 > nslots * 7)
	{
		fprintf(stderr, "gen_gazetteer: table too small\n");
		exit(1);
	}
	table[i].key = malloc(len + 1);
	memcpy(table[i].key, key, len);
	table[i].key[len] = '\0';
	table[i].len = len;
	table[i].bits = bits;
	table[i].pair = ntokens == 2;
}

/* Tokenize and fold one surface form; add it and its proper prefixes. */
static void
add_surface(const char *s, size_t len, uint16_t bits)
{
	frn_tokens	toks;
	frn_buf		key;

	frn_tokens_init(&toks);
	frn_buf_init(&key);
	frn_tokenize(s, len, &toks);
	if (toks.n > 0 && toks.n <= FRN_GAZ_MAX_TOKENS)
	{
		for (size_t k = 0; k < toks.n; k++)
		{
			if (k > 0)
			{
				add_key(key.data, key.len, FRN_GAZ_PREFIX, k);
				frn_buf_putc(&key, ' ');
			}
			frn_fold(s + toks.tok[k].byte_start, toks.tok[k].byte_len, &key);
		}
		add_key(key.data, key.len, bits, toks.n);
	}
	frn_buf_free(&key);
	frn_tokens_free(&toks);
}

static FILE *
open_list(const char *dir, const char *name)
{
	char		path[4096];
	FILE	   *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "r");
	if (!f)
	{
		perror(path);
		exit(1);
	}
	return f;
}

static size_t
chomp(char *line)
{
	size_t		n = strlen(line);

	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return n;
}

static void
read_list(const char *dir, const char *name, uint16_t bits)
{
	FILE	   *f = open_list(dir, name);
	char		line[4096];

	while (fgets(line, sizeof(line), f))
	{
		size_t		n = chomp(line);

		if (n > 0 && line[0] != '#')
			add_surface(line, n, bits);
	}
	fclose(f);
}

static const struct
{
	const char *name;
	uint16_t	bits;
}			cue_classes[] = {
	{"TITLE", FRN_GAZ_TITLE},
	{"ORGWORD", FRN_GAZ_ORGWORD},
	{"ORGSUFFIX", FRN_GAZ_ORGSUFFIX},
	{"LOCWORD", FRN_GAZ_LOCWORD},
	{"DEMONYM", FRN_GAZ_DEMONYM},
	{"PARTICLE", FRN_GAZ_PARTICLE},
	{"MISCWORD", FRN_GAZ_PRODUCT},
};

static void
read_cues(const char *dir)
{
	FILE	   *f = open_list(dir, "cues.tsv");
	char		line[4096];

	while (fgets(line, sizeof(line), f))
	{
		size_t		n = chomp(line);
		char	   *tab = strchr(line, '\t');
		uint16_t	bits = 0;

		if (n == 0 || line[0] == '#' || !tab)
			continue;
		*tab = '\0';
		for (size_t k = 0; k < sizeof(cue_classes) / sizeof(cue_classes[0]); k++)
			if (strcmp(line, cue_classes[k].name) == 0)
				bits = cue_classes[k].bits;
		if (!bits)
		{
			fprintf(stderr, "gen_gazetteer: unknown cue class %s\n", line);
			exit(1);
		}
		add_surface(tab + 1, strlen(tab + 1), bits);
		/* demonyms are nouns: their plural is a cue too */
		if (bits == FRN_GAZ_DEMONYM && line[n - 1] != 's' && line[n - 1] != 'x')
		{
			char		pl[4096];
			int			m = snprintf(pl, sizeof(pl), "%ss", tab + 1);

			add_surface(pl, m, bits);
		}
	}
	fclose(f);
}

static void
print_filter(const char *decl, const uint64_t *filter, size_t words)
{
	printf("%s[%zu] = {\n", decl, words);
	for (size_t i = 0; i < words; i++)
		printf("0x%llxu,%s", (unsigned long long) filter[i], i % 8 == 7 ? "\n" : "");
	printf("};\n");
}

static void
set_bit(uint64_t *filter, uint32_t b)
{
	filter[b / 64] |= (uint64_t) 1 << (b % 64);
}

/* The filters of frn_gaz_may_head and frn_gaz_may_head_word (one bit per
 * key with FRN_GAZ_HEAD_BITS in each), of frn_gaz_may_pair (keys of two
 * tokens) and of frn_gaz_may_particle (keys with FRN_GAZ_PARTICLE). */
static void
print_filters(void)
{
	static uint64_t by_hash[(1u << FRN_GAZ_FILTER_LOG2) / 64],
				by_word[(1u << FRN_GAZ_WORD_FILTER_LOG2) / 64],
				pairs[(1u << FRN_GAZ_PAIR_FILTER_LOG2) / 64],
				particles[(1u << FRN_GAZ_PARTICLE_FILTER_LOG2) / 64];

	for (size_t i = 0; i < nslots; i++)
	{
		const entry *e = &table[i];
		uint64_t	h;

		if (!e->key)
			continue;
		h = frn_gaz_hash(e->key, e->len);
		if (e->bits & FRN_GAZ_HEAD_BITS)
		{
			set_bit(by_hash, frn_gaz_filter_bit(h, FRN_GAZ_FILTER_LOG2));
			set_bit(by_word, frn_gaz_word_filter_bit(e->key, e->len));
		}
		if (e->pair)
			set_bit(pairs, frn_gaz_filter_bit(h, FRN_GAZ_PAIR_FILTER_LOG2));
		if (e->bits & FRN_GAZ_PARTICLE)
			set_bit(particles, frn_gaz_filter_bit(h, FRN_GAZ_PARTICLE_FILTER_LOG2));
	}
	print_filter("static const uint64_t frn_gaz_heads", by_hash, sizeof(by_hash) / 8);
	print_filter("const uint64_t frn_gaz_head_words", by_word, sizeof(by_word) / 8);
	print_filter("const uint64_t frn_gaz_pairs", pairs, sizeof(pairs) / 8);
	print_filter("const uint64_t frn_gaz_particles", particles, sizeof(particles) / 8);
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "data/gazetteer";

	nslots = FRN_GAZ_NSLOTS;
	table = calloc(nslots, sizeof(entry));
	read_list(dir, "firstnames.txt", FRN_GAZ_FIRSTNAME);
	read_list(dir, "countries.txt", FRN_GAZ_COUNTRY);
	read_list(dir, "regions.txt", FRN_GAZ_REGION);
	read_list(dir, "places.txt", FRN_GAZ_REGION);
	read_list(dir, "communes.txt", FRN_GAZ_COMMUNE);
	read_list(dir, "cities.txt", FRN_GAZ_CITY);
	read_list(dir, "cities-fr.txt", FRN_GAZ_CITY);
	read_list(dir, "lexicon.txt", FRN_GAZ_WORD);
	read_list(dir, "organisations.txt", FRN_GAZ_ORGNAME);
	read_list(dir, "companies.txt", FRN_GAZ_ORGNAME);
	read_list(dir, "brands.txt", FRN_GAZ_BRAND);
	read_list(dir, "products.txt", FRN_GAZ_PRODUCT);
	read_cues(dir);

	printf("/* generated by src/gen/gen_gazetteer.c from data/gazetteer: do not edit */\n");
	printf("#define FRN_GAZ_NKEYS %zuu\n", nkeys);
	printf("const uint64_t frn_gaz_slots[FRN_GAZ_NSLOTS] = {\n");
	for (size_t i = 0; i < nslots; i++)
	{
		const entry *e = &table[i];

		if (e->key)
			printf("0x%llxu,", (unsigned long long) frn_gaz_slot(frn_gaz_hash(e->key, e->len), e->bits));
		else
			printf("0,");
		if (i % 16 == 15)
			printf("\n");
	}
	printf("};\n");
	print_filters();
	fprintf(stderr, "gen_gazetteer: %zu keys in %zu slots\n", nkeys, nslots);
	return 0;
}
