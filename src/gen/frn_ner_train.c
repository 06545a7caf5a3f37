/*
 * frn_ner_train.c — trains the entity model (structured averaged
 * perceptron: Viterbi decoding of each sentence with the core's decoder,
 * updates where the best path and the gold path differ) and writes
 * data/ner/model.bin.
 *
 * Usage: frn-ner-train [-e EPOCHS] [-b LOG2_BUCKETS] [-r RUNS] [-s SEED] TRAIN.tsv MODEL.bin
 *        frn-ner-train -w TRAIN.tsv NEVER_INSIDE.txt
 *
 * -s SEED seeds the orders of the sentences (12345 by default): retraining
 * with other seeds measures how much a figure owes to one order.
 *
 * -w writes the lower-case words that the training text never has inside a
 * name (data/ner/never-inside.txt, which the tagger embeds) instead of
 * training: train.sh writes it, rebuilds the trainer with it, then trains.
 *
 * TRAIN.tsv comes from data/ner/prepare.py and data/ner/written.py
 * (redistributable corpora only): text<TAB>start:end:TYPE,... and, for a
 * corpus that does not annotate MISC, a third field "nomisc".
 * Sentences are analysed with the core (frn_ner_analyze) and trained with
 * the core's own feature function, so the model matches the tagger exactly.
 *
 * Gold spans are brought to the CoNLL convention the tagger follows (some
 * corpora include titles and functions in person spans): leading titles,
 * lower-case words and articles are dropped ("M. Hagenbeck" -> "Hagenbeck"),
 * a span stops at a comma or bracket (appositions), and a person span that
 * is only a function ("le président de la République") is dropped.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frn_entities.h"
#include "frn_gazetteer.h"
#include "frn_ner.h"

typedef struct sample
{
	frn_ner_doc doc;
	uint8_t    *gold;
	bool		no_misc;		/* its corpus does not annotate MISC */
} sample;

static const char *const type_names[] = {"", "PER", "LOC", "ORG", "MISC"};

static int
type_of(const char *s)
{
	for (int t = 1; t <= 4; t++)
		if (strcmp(s, type_names[t]) == 0)
			return t;
	return 0;
}

static bool
is_stop_punct(const frn_ner_doc *d, size_t i)
{
	const frn_token *t = &d->toks.tok[i];
	char		c = d->s[t->byte_start];

	return t->kind == FRN_TOK_PUNCT && t->byte_len == 1 &&
		(c == ',' || c == ';' || c == '(' || c == ')' || c == ':');
}

/*
 * Is the person span whose words [first, a) were dropped only a function
 * ("le président de la République", "le roi de Prusse", "le président du
 * Conseil")?  The name after one particle is a person's own name ("le
 * général de Gaulle", "M. de Kerillis", "Mme de Staël": "Gaulle" is taught as
 * a person), unless the particle is doubled ("de la") or the word after it is
 * a known place or organisation head.
 */
static bool
names_function(frn_ner_doc *d, size_t first, size_t a)
{
	const uint16_t place_or_org = FRN_GAZ_COUNTRY | FRN_GAZ_REGION | FRN_GAZ_COMMUNE | FRN_GAZ_CITY |
		FRN_GAZ_ORGWORD | FRN_GAZ_ORGNAME | FRN_GAZ_LOCWORD;

	if (a == first || !(frn_ner_gaz(d, a - 1) & FRN_GAZ_PARTICLE))
		return false;
	return (a - 1 > first && (frn_ner_gaz(d, a - 2) & FRN_GAZ_PARTICLE)) ||
		(frn_ner_gaz(d, a) & place_or_org) != 0;
}

/* Mark gold classes of one span [cs, ce) (code points) after normalising it. */
static void
mark_span(sample *sm, uint32_t cs, uint32_t ce, int type)
{
	frn_ner_doc *d = &sm->doc;
	size_t		a = SIZE_MAX,
				b = 0,
				first;

	for (size_t i = 0; i < d->toks.n; i++)
	{
		const frn_token *t = &d->toks.tok[i];

		if (t->char_start < ce && t->char_start + t->char_len > cs)
		{
			if (a == SIZE_MAX)
				a = i;
			b = i;
		}
	}
	if (a == SIZE_MAX)
		return;
	for (size_t i = a + 1; i <= b; i++)
		if (is_stop_punct(d, i))
		{
			b = i - 1;
			break;
		}
	first = a;
	while (a <= b && (!(d->xflags[a] & FRN_NX_MAY_BEGIN) ||
					  ((frn_ner_gaz(d, a) & FRN_GAZ_TITLE) && !(d->xflags[a] & FRN_NX_INITIAL))))
		a++;
	while (b > a && frn_ner_cannot_end(d, b))
		b--;
	if (a > b || (type == 1 && names_function(d, first, a)))
		return;
	sm->gold[a] = FRN_NER_B(type);
	for (size_t i = a + 1; i <= b; i++)
		sm->gold[i] = FRN_NER_I(type);
}

/* A gold class the decoder cannot produce (a name begun by a lower-case
 * word that is no head, ...) teaches nothing: it becomes O. */
static void
fix_gold(sample *sm)
{
	int			prev = FRN_NER_O;

	for (size_t i = 0; i < sm->doc.toks.n; i++)
	{
		if (!frn_ner_allowed(&sm->doc, i, prev, sm->gold[i]))
			sm->gold[i] = FRN_NER_O;
		prev = sm->gold[i];
	}
}

/*
 * The lower-case words of the training text, each occurrence with whether
 * the gold puts it inside a name (-w: the list of words never inside one).
 */
typedef struct word_use
{
	char	   *word;			/* as written (lower case: "à" is not "a") */
	bool		inside;
} word_use;

static bool counting;			/* -w: keep the uses */
static word_use *uses;
static size_t nuses,
			uses_cap;

/* Keep the uses of the lower-case words of sm (its gold as marked, before
 * fix_gold, which reads the current list). */
static void
count_uses(sample *sm)
{
	frn_ner_doc *d = &sm->doc;

	for (size_t i = 0; i < d->toks.n; i++)
	{
		size_t		len;
		const char *f;

		if ((d->xflags[i] & (FRN_NX_LOWER | FRN_NX_HEAD)) != FRN_NX_LOWER)
			continue;
		f = d->s + d->toks.tok[i].byte_start;
		len = d->toks.tok[i].byte_len;
		if (nuses == uses_cap)
			uses = realloc(uses, (uses_cap = uses_cap ? uses_cap * 2 : 1 << 20) * sizeof(word_use));
		uses[nuses].word = strndup(f, len);
		uses[nuses++].inside = sm->gold[i] != FRN_NER_O;
	}
}

static int
cmp_use(const void *a, const void *b)
{
	return strcmp(((const word_use *) a)->word, ((const word_use *) b)->word);
}

/*
 * Write the lower-case words seen at least NEVER_MIN times in the training
 * text and inside a gold name less than once in NEVER_RATIO ("est", "a",
 * "avait", "par": not "à", "été", "pour", "centrale", "de"), in byte order:
 * the tagger reads none of them as part of a name (frn_ner.c,
 * mark_never_inside).
 */
#define NEVER_MIN 20
#define NEVER_RATIO 500

static void
write_never_inside(const char *path)
{
	FILE	   *out = fopen(path, "w");
	size_t		kept = 0;

	if (!out)
	{
		perror(path);
		exit(1);
	}
	qsort(uses, nuses, sizeof(word_use), cmp_use);
	for (size_t a = 0, b; a < nuses; a = b)
	{
		size_t		inside = 0;

		for (b = a; b < nuses && strcmp(uses[b].word, uses[a].word) == 0; b++)
			inside += uses[b].inside;
		if (b - a >= NEVER_MIN && inside * NEVER_RATIO < b - a)
		{
			fprintf(out, "%s\n", uses[a].word);
			kept++;
		}
	}
	fclose(out);
	fprintf(stderr, "frn-ner-train: %zu words never inside a name in %s\n", kept, path);
}

static sample *
load(const char *path, size_t *count)
{
	FILE	   *f = fopen(path, "r");
	size_t		cap = 1024,
				n = 0;
	sample	   *v = malloc(cap * sizeof(sample));
	char	   *line = NULL;
	size_t		linecap = 0;
	ssize_t		got;

	if (!f)
	{
		perror(path);
		exit(1);
	}
	while ((got = getline(&line, &linecap, f)) > 0)
	{
		char	   *tab = strchr(line, '\t');
		char	   *spans,
				   *tok,
				   *save = NULL;
		sample	   *sm;
		size_t		tlen;

		if (!tab)
			continue;
		if (n == cap)
			v = realloc(v, (cap *= 2) * sizeof(sample));
		sm = &v[n++];
		*tab = '\0';
		tlen = tab - line;
		spans = tab + 1;
		spans[strcspn(spans, "\r\n")] = '\0';
		/* a third field "nomisc": the corpus does not annotate MISC */
		sm->no_misc = (tab = strchr(spans, '\t')) != NULL && strcmp(tab + 1, "nomisc") == 0;
		if (tab)
			*tab = '\0';
		frn_ner_doc_init(&sm->doc);
		frn_ner_analyze(&sm->doc, strndup(line, tlen), tlen);
		sm->gold = calloc(sm->doc.toks.n + 1, 1);
		for (tok = strtok_r(spans, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
		{
			unsigned	cs,
						ce;
			char		ty[16];

			if (sscanf(tok, "%u:%u:%15s", &cs, &ce, ty) == 3 && type_of(ty))
				mark_span(sm, cs, ce, type_of(ty));
		}
		if (counting)
			count_uses(sm);
		fix_gold(sm);
	}
	free(line);
	fclose(f);
	*count = n;
	return v;
}

/* averaged perceptron state: the rows of the hashed features, then the dense table */
static float *w;				/* current weights */
static float *u;				/* sum of step * update, for averaging */
static size_t nbuckets;
static uint32_t mask;
static double step = 1;

/* Features become their buckets. */
static void
float_prepare(void *arg, frn_ner_doc *d, size_t i, frn_ner_prepared *pr)
{
	(void) arg;
	pr->tok = i;
	pr->nf = frn_ner_features(d, i, pr->feat);
	for (size_t k = 0; k < pr->nf; k++)
		pr->feat[k] &= mask;
}

static void
float_score(void *arg, frn_ner_doc *d, const frn_ner_prepared *pr, float *out)
{
	(void) arg;
	(void) d;
	memset(out, 0, FRN_NER_NCLASS * sizeof(float));
	for (size_t k = 0; k < pr->nf; k++)
	{
		const float *wk = w + (size_t) pr->feat[k] * FRN_NER_NCLASS;

		for (int c = 0; c < FRN_NER_NCLASS; c++)
			out[c] += wk[c];
	}
}

static void
add(const uint32_t *feat, size_t nf, int c, float sign)
{
	for (size_t k = 0; k < nf; k++)
	{
		size_t		b = (size_t) (feat[k] & mask) * FRN_NER_NCLASS + c;

		w[b] += sign;
		u[b] += sign * step;
	}
}

/* Add sign times the features of one step of a path: class c after prev. */
static void
update_step(frn_ner_doc *d, size_t i, int prev, int c, float sign)
{
	uint32_t	feat[FRN_NER_MAX_FEATURES];
	uint16_t	keys[FRN_NER_DENSE_KEYS];

	/* a token outside every name: the end of the path, by the token's kind
	 * (as frn_ner_viterbi scores it) */
	if (d->xflags[i] & FRN_NX_OUTSIDE)
	{
		size_t		b = (nbuckets + (size_t) prev * FRN_NER_DENSE_PER_PREV + frn_ner_kind_key(d, i)) * FRN_NER_NCLASS + c;

		w[b] += sign;
		u[b] += sign * step;
		return;
	}
	if (!frn_ner_scored(d, i, prev))
		return;
	add(feat, frn_ner_features(d, i, feat), c, sign);
	frn_ner_dense_keys(d, i, keys);
	for (int k = 0; k < FRN_NER_DENSE_KEYS; k++)
	{
		size_t		b = (nbuckets + (size_t) prev * FRN_NER_DENSE_PER_PREV + keys[k]) * FRN_NER_NCLASS + c;

		w[b] += sign;
		u[b] += sign * step;
	}
}

/*
 * In a corpus that does not annotate MISC, a MISC name found where the gold
 * has nothing is not an error: gold (a copy of the sample's gold) takes it.
 */
static void
accept_misc(const sample *sm, uint8_t *gold)
{
	const uint8_t *cls = sm->doc.cls;
	size_t		n = sm->doc.toks.n;

	for (size_t a = 0; a < n; a++)
	{
		size_t		b = a;
		bool		unnamed = gold[a] == FRN_NER_O;

		if (cls[a] != FRN_NER_B(FRN_ENT_MISC))
			continue;
		while (b + 1 < n && cls[b + 1] == FRN_NER_I(FRN_ENT_MISC))
			unnamed &= gold[++b] == FRN_NER_O;
		if (!unnamed || (b + 1 < n && gold[b + 1] != FRN_NER_O && !FRN_NER_IS_B(gold[b + 1])))
			continue;
		memcpy(gold + a, cls + a, b + 1 - a);
	}
}

/* Decode one sample and learn from its differences with the gold path;
 * returns the number of tokens tagged wrong. */
static size_t
train_one(sample *sm, uint8_t *scratch)
{
	frn_ner_scorer scorer = {float_prepare, float_score, NULL, w + nbuckets * FRN_NER_NCLASS};
	frn_ner_doc *d = &sm->doc;
	const uint8_t *gold = sm->gold;
	size_t		wrong = 0;

	frn_ner_viterbi(d, &scorer, INFINITY);
	if (sm->no_misc)
	{
		memcpy(scratch, sm->gold, d->toks.n);
		accept_misc(sm, scratch);
		gold = scratch;
	}
	for (size_t i = 0; i < d->toks.n; i++)
	{
		int			gp = i > 0 ? gold[i - 1] : FRN_NER_O,
					pp = i > 0 ? d->cls[i - 1] : FRN_NER_O;

		wrong += gold[i] != d->cls[i];
		if (gp == pp && gold[i] == d->cls[i])
			continue;
		update_step(d, i, gp, gold[i], 1);
		update_step(d, i, pp, d->cls[i], -1);
	}
	step++;
	return wrong;
}

static void
shuffle(size_t *order, size_t n, unsigned *seed)
{
	for (size_t i = n - 1; i > 0; i--)
	{
		size_t		j = rand_r(seed) % (i + 1),
					t = order[i];

		order[i] = order[j];
		order[j] = t;
	}
}

int
main(int argc, char **argv)
{
	int			epochs = 10,
				runs = 1,
				log2b = 18,
				opt;
	size_t		n,
				nb,
				total = 0;
	sample	   *data;
	size_t	   *order;
	size_t		longest = 0;
	uint8_t    *scratch;
	unsigned	seed = 12345;
	FILE	   *out;
	float		maxabs = 0,
			   *sum;
	size_t		nw;

	while ((opt = getopt(argc, argv, "e:b:r:s:w")) != -1)
	{
		if (opt == 'e')
			epochs = atoi(optarg);
		else if (opt == 'b')
			log2b = atoi(optarg);
		else if (opt == 'r' && atoi(optarg) > 0)
			runs = atoi(optarg);
		else if (opt == 's')
			seed = (unsigned) strtoul(optarg, NULL, 10);
		else if (opt == 'w')
			counting = true;
		else
			return 2;
	}
	if (argc - optind != 2)
	{
		fprintf(stderr, "usage: frn-ner-train [-e EPOCHS] [-b LOG2_BUCKETS] [-r RUNS] [-s SEED] TRAIN.tsv MODEL.bin\n"
				"       frn-ner-train -w TRAIN.tsv NEVER_INSIDE.txt\n");
		return 2;
	}
	data = load(argv[optind], &n);
	if (counting)
	{
		write_never_inside(argv[optind + 1]);
		return 0;
	}
	nb = nbuckets = (size_t) 1 << log2b;
	mask = (uint32_t) (nb - 1);
	nw = (nb + FRN_NER_DENSE_ROWS) * FRN_NER_NCLASS;
	w = calloc(nw, sizeof(float));
	u = calloc(nw, sizeof(float));
	sum = calloc(nw, sizeof(float));
	order = malloc(n * sizeof(size_t));
	for (size_t i = 0; i < n; i++)
	{
		order[i] = i;
		total += data[i].doc.toks.n;
		longest = data[i].doc.toks.n > longest ? data[i].doc.toks.n : longest;
	}
	scratch = malloc(longest + 1);
	fprintf(stderr, "frn-ner-train: %zu sentences, %zu tokens, %zu buckets\n", n, total, nb);

	/*
	 * RUNS trainings, each over its own order of the sentences, their
	 * averaged weights averaged: less dependence on one order.
	 */
	for (int r = 0; r < runs; r++)
	{
		if (r > 0)
		{
			memset(w, 0, nw * sizeof(float));
			memset(u, 0, nw * sizeof(float));
			step = 1;
			for (size_t i = 0; i < n; i++)
				order[i] = i;
		}
		for (int e = 0; e < epochs; e++)
		{
			size_t		errors = 0;

			shuffle(order, n, &seed);
			for (size_t k = 0; k < n; k++)
				errors += train_one(&data[order[k]], scratch);
			fprintf(stderr, "run %d, epoch %d: %zu tokens wrong of %zu (%.2f%%)\n",
					r + 1, e + 1, errors, total, 100.0 * errors / (total ? total : 1));
		}
		for (size_t i = 0; i < nw; i++)
			sum[i] += (w[i] - u[i] / step) / runs;
	}
	w = sum;

	/* quantise to int16 */
	for (size_t i = 0; i < nw; i++)
		if (fabsf(w[i]) > maxabs)
			maxabs = fabsf(w[i]);
	out = fopen(argv[optind + 1], "wb");
	if (!out)
	{
		perror(argv[optind + 1]);
		return 1;
	}
	{
		uint32_t	hdr[3] = {(uint32_t) nb, FRN_NER_NCLASS, FRN_NER_DENSE_ROWS};
		float		scale = maxabs > 0 ? FRN_NER_WMAX / maxabs : 1;
		size_t		nonzero = 0;

		fwrite("FRNNER02", 1, 8, out);
		fwrite(hdr, sizeof(uint32_t), 3, out);
		for (size_t i = 0; i < (nb + FRN_NER_DENSE_ROWS) * FRN_NER_NCLASS; i++)
		{
			long		q = lroundf(w[i] * scale);
			unsigned char b[2] = {(unsigned char) (q & 0xff), (unsigned char) ((q >> 8) & 0xff)};

			nonzero += q != 0;
			fwrite(b, 1, 2, out);
		}
		fprintf(stderr, "frn-ner-train: %zu non-zero weights, scale %.1f\n", nonzero, scale);
	}
	fclose(out);
	return 0;
}
