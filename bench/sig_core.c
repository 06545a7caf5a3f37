/*
 * sig_core.c — frn_sig_compute over a file of texts, without PostgreSQL.
 *
 *   build/bench/sig-core --dump [SLOTS] FILE  one line per text: its slots in hex
 *   build/bench/sig-core --time FILE          CPU seconds of one pass
 *   build/bench/sig-core --entities FILE      the same for frn_entities_find
 *   build/bench/sig-core --dates FILE         the same for frn_extract_dates
 *                                             (ref 2020-06-01 08:00, as bench/dates.sh)
 *   build/bench/sig-core --tokens FILE        the same for the text analysis the
 *                                             tagger starts with: frn_tokenize,
 *                                             frn_sentences, frn_fold_tokens
 *   build/bench/sig-core --style FILE         how many texts the entity tagger
 *                                             reads as old press (frn_style.h)
 *   build/bench/sig-core --dump-tokens FILE   what those give, one line per token
 *                                             (offsets, kind, flags, fold), then
 *                                             frn_normalize and frn_fold of the text
 *
 * FILE holds the texts separated by NUL bytes (bench/sig_core.sh writes the
 * corpus bodies so).  --dump is how a speed-up is checked to keep every
 * signature bit-identical (cmp the dumps of two builds); --time and
 * valgrind --tool=callgrind measure the core's share of fr_signature(),
 * --entities that of fr_entities_builtin(), --dates that of fr_dates(body, ref).
 * --dump-tokens checks a speed-up of the tokenizer or the fold the same way
 * (build this file against the core objects of each build, cmp the dumps).
 * One pass per process, as in a fresh server connection: the word and stem
 * caches start empty.
 * Built and run by bench/sig_core.sh.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "frn_dates.h"
#include "frn_entities.h"
#include "frn_normalize.h"
#include "frn_ner.h"
#include "frn_signature.h"
#include "frn_style.h"
#include "frn_tokenize.h"

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0,
				n = 0,
				got;

	if (f == NULL)
		return NULL;
	do
	{
		if (n + 65536 > cap)
		{
			cap = cap ? 2 * cap : 1 << 20;
			buf = realloc(buf, cap + 1);
			if (buf == NULL)
				return NULL;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* The analysis of --tokens: tokens, sentences, folds; the token count. */
static size_t
analyze(const char *s, size_t n, frn_tokens *toks, frn_spans *sents, frn_buf *folds, size_t **ends)
{
	toks->n = 0;
	sents->n = 0;
	frn_buf_reset(folds);
	frn_tokenize(s, n, toks);
	frn_sentences(s, n, toks, sents);
	*ends = realloc(*ends, (toks->n + 1) * sizeof(size_t));
	frn_fold_tokens(s, toks->tok, toks->n, folds, *ends);
	return toks->n;
}

/* What --dump-tokens prints of one text (folds raw: they hold no newline). */
static void
dump_tokens(const char *s, size_t n, const frn_tokens *toks, const frn_buf *folds, const size_t *ends,
			frn_buf *scratch)
{
	for (size_t i = 0; i < toks->n; i++)
	{
		const frn_token *t = &toks->tok[i];
		size_t		f0 = i ? ends[i - 1] : 0;
		int			ascii = 1;

		/* FRN_TF_ASCII is not printed (older builds lack it), only where it
		 * is wrong (a fold read in place would be) */
		for (size_t k = 0; k < t->byte_len; k++)
			ascii &= (unsigned char) s[t->byte_start + k] < 0x80;
		if ((t->flags & FRN_TF_ASCII) && !ascii)
			printf("WRONG FRN_TF_ASCII ");
		printf("%u %u %u %u %u %02x ", t->byte_start, t->byte_len, t->char_start, t->char_len,
			   t->kind, t->flags & ~FRN_TF_ASCII);
		fwrite(folds->data + f0, 1, ends[i] - f0, stdout);
		putchar('\n');
	}
	frn_buf_reset(scratch);
	frn_normalize(s, n, scratch);
	printf("normalize %zu ", scratch->len);
	fwrite(scratch->data, 1, scratch->len, stdout);
	frn_buf_reset(scratch);
	frn_fold(s, n, scratch);
	printf("\nfold %zu ", scratch->len);
	fwrite(scratch->data, 1, scratch->len, stdout);
	putchar('\n');
}

static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int
main(int argc, char **argv)
{
	uint16_t	slots[FRN_SIG_MAX_SLOTS];
	int			nslots = FRN_SIG_DEFAULT_SLOTS;
	char	   *data;
	size_t		len,
				ntexts = 0,
				nfeatures = 0;
	bool		dump,
				entities,
				dates,
				tokens,
				dump_toks,
				style;
	frn_ner_doc nd;
	frn_tokens	toks;
	frn_spans	sents;
	frn_buf		folds,
				scratch;
	size_t	   *ends = NULL;
	frn_entities ents;
	frn_dates	ds = {NULL, 0, 0};
	int64_t		ref;
	double		t0;

	if (argc < 3 || (strcmp(argv[1], "--dump") != 0 && strcmp(argv[1], "--time") != 0 &&
					 strcmp(argv[1], "--entities") != 0 && strcmp(argv[1], "--dates") != 0 &&
					 strcmp(argv[1], "--tokens") != 0 && strcmp(argv[1], "--dump-tokens") != 0 &&
					 strcmp(argv[1], "--style") != 0))
	{
		fprintf(stderr, "usage: %s --dump [SLOTS] FILE | --time FILE | --entities FILE | --dates FILE"
				" | --tokens FILE | --dump-tokens FILE | --style FILE\n", argv[0]);
		return 2;
	}
	dump = strcmp(argv[1], "--dump") == 0;
	entities = strcmp(argv[1], "--entities") == 0;
	dates = strcmp(argv[1], "--dates") == 0;
	dump_toks = strcmp(argv[1], "--dump-tokens") == 0;
	tokens = dump_toks || strcmp(argv[1], "--tokens") == 0;
	style = strcmp(argv[1], "--style") == 0;
	frn_ner_doc_init(&nd);
	frn_tokens_init(&toks);
	frn_spans_init(&sents);
	frn_buf_init(&folds);
	frn_buf_init(&scratch);
	frn_moment_parse("2020-06-01 08:00", &ref);
	frn_entities_init(&ents);
	if (dump && argc > 3)
		nslots = atoi(argv[2]);
	if (!frn_sig_valid_nslots(nslots))
	{
		fprintf(stderr, "%s: bad slot count\n", argv[0]);
		return 2;
	}
	if ((data = read_file(argv[argc - 1], &len)) == NULL)
	{
		perror(argv[argc - 1]);
		return 1;
	}
	t0 = cpu_seconds();
	for (size_t start = 0; start < len;)
	{
		size_t		n = strlen(data + start);

		if (entities)
		{
			frn_entities_find(data + start, n, NULL, &ents);
			nfeatures += ents.n;
		}
		else if (tokens)
		{
			nfeatures += analyze(data + start, n, &toks, &sents, &folds, &ends);
			if (dump_toks)
				dump_tokens(data + start, n, &toks, &folds, ends, &scratch);
		}
		else if (style)
		{
			frn_ner_analyze(&nd, data + start, n);
			nfeatures += frn_style_old_press(&nd);
		}
		else if (dates)
		{
			ds.n = 0;
			frn_extract_dates(data + start, n, true, ref, &ds);
			nfeatures += ds.n;
		}
		else
			nfeatures += frn_sig_compute(data + start, n, nslots, slots);
		ntexts++;
		if (dump)
		{
			for (int i = 0; i < nslots; i++)
				printf("%04x", slots[i]);
			putchar('\n');
		}
		start += n + 1;
	}
	if (!dump && !dump_toks)
		printf("%.3f s CPU, %zu texts, %zu bytes, %zu %s\n", cpu_seconds() - t0, ntexts, len, nfeatures,
			   entities ? "names" : dates ? "dates" : tokens ? "tokens" : style ? "old press" : "features");
	frn_entities_free(&ents);
	frn_ner_doc_free(&nd);
	free(ds.d);
	free(data);
	free(ends);
	frn_tokens_free(&toks);
	frn_spans_free(&sents);
	frn_buf_free(&folds);
	frn_buf_free(&scratch);
	return 0;
}
