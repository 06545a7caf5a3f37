/*
 * frnews.c — command-line front end of the frnews core.
 *
 *   frnews [MODE] [--jsonl-input] [--ref YYYY-MM-DDTHH:MM] [FILE...]
 *
 * Reads each FILE (or stdin) as one document, or with --jsonl-input one JSON
 * object per line ({"id":..,"body":..} or {"text":..}), and writes JSON
 * Lines.  Offsets are 1-based character positions and lengths in
 * characters, as in SQL (substr(doc, start, len) = surface).
 *
 * Modes live in one table (modes[] below): adding one (entities, amounts)
 * means writing its per-document function and adding a row.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "frn_alloc.h"
#include "frn_normalize.h"
#include "frn_stem.h"
#include "frn_tokenize.h"
#include "frn_utf8.h"
#include "cli_json.h"
#include "cli_dates.h"
#include "cli_money.h"
#include "frn_cli.h"

/* One input document: its text and its id as a JSON value. */
typedef struct document
{
	const char *text;
	size_t		len;
	const char *id_json;		/* already JSON-encoded */
	size_t		id_len;
} document;

/* Per-run state shared by the modes. */
typedef struct run_state
{
	frn_buf		out;			/* pending output */
	frn_tokens	toks;
	frn_spans	spans;
	frn_buf		tmp1,
				folds,			/* the folds of toks (frn_fold_tokens) */
				stems;			/* the stems of toks (frn_stem_tokens) */
	size_t	   *fold_ends;
	size_t		fold_ends_cap;
	size_t	   *stem_ends;
	size_t		stem_ends_cap;
	size_t		bytes;			/* document bytes processed */
	size_t		tokens;
	double		core_seconds;	/* wall time in the core */
	double		core_cpu;		/* CPU time in the core */
} run_state;

typedef void (*mode_fn) (run_state *st, const document *doc);

typedef struct mode
{
	const char *option;			/* --tokens */
	const char *help;
	mode_fn		run;
} mode;

/* ---- output helpers ------------------------------------------------------ */

static void
flush_out(run_state *st, int force)
{
	if (st->out.len > 0 && (force || st->out.len >= (1 << 16)))
	{
		if (fwrite(st->out.data, 1, st->out.len, stdout) != st->out.len)
		{
			fprintf(stderr, "frnews: write error: %s\n", strerror(errno));
			exit(2);
		}
		frn_buf_reset(&st->out);
	}
}

static void
put_str(frn_buf *b, const char *s)
{
	frn_buf_append(b, s, strlen(s));
}

static void
put_uint(frn_buf *b, size_t v)
{
	char		num[32];

	snprintf(num, sizeof num, "%zu", v);
	put_str(b, num);
}

/* Start a record: {"doc":<id>, */
static void
begin_record(run_state *st, const document *doc)
{
	put_str(&st->out, "{\"doc\":");
	frn_buf_append(&st->out, doc->id_json, doc->id_len);
}

static void
end_record(run_state *st)
{
	put_str(&st->out, "}\n");
	flush_out(st, 0);
}

static double
clock_seconds(clockid_t which)
{
	struct timespec ts;

	clock_gettime(which, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
now_seconds(void)
{
	return clock_seconds(CLOCK_MONOTONIC);
}

/* CPU time of this process: the figure that holds on a shared machine. */
static double
cpu_seconds(void)
{
	return clock_seconds(CLOCK_PROCESS_CPUTIME_ID);
}

/* ---- modes --------------------------------------------------------------- */

/*
 * Tokenize the document, fold its tokens (st->folds, st->fold_ends) and
 * stem its words (st->stems, st->stem_ends).
 */
static void
analyze_tokens(run_state *st, const document *doc)
{
	st->toks.n = 0;
	frn_tokenize(doc->text, doc->len, &st->toks);
	FRN_VEC_GROW(st->fold_ends, 0, st->fold_ends_cap, st->toks.n);
	frn_buf_reset(&st->folds);
	frn_fold_tokens(doc->text, st->toks.tok, st->toks.n, &st->folds, st->fold_ends);
	FRN_VEC_GROW(st->stem_ends, 0, st->stem_ends_cap, st->toks.n);
	frn_buf_reset(&st->stems);
	frn_stem_tokens(doc->text, st->toks.tok, st->toks.n, &st->stems, st->stem_ends);
}

static void
mode_tokens(run_state *st, const document *doc)
{
	analyze_tokens(st, doc);
	for (size_t i = 0; i < st->toks.n; i++)
	{
		const frn_token *t = &st->toks.tok[i];
		size_t		fold_from = i > 0 ? st->fold_ends[i - 1] : 0;

		begin_record(st, doc);
		put_str(&st->out, ",\"pos\":");
		put_uint(&st->out, i + 1);
		put_str(&st->out, ",\"start\":");
		put_uint(&st->out, t->char_start + 1);
		put_str(&st->out, ",\"len\":");
		put_uint(&st->out, t->char_len);
		put_str(&st->out, ",\"kind\":\"");
		put_str(&st->out, frn_token_kind_name(t->kind));
		put_str(&st->out, "\",\"token\":");
		json_put_string(&st->out, doc->text + t->byte_start, t->byte_len);
		put_str(&st->out, ",\"norm\":");
		json_put_string(&st->out, st->folds.data + fold_from, st->fold_ends[i] - fold_from);
		put_str(&st->out, ",\"stem\":");
		if (t->kind == FRN_TOK_WORD)
		{
			size_t		from = i > 0 ? st->stem_ends[i - 1] : 0;

			json_put_string(&st->out, st->stems.data + from, st->stem_ends[i] - from);
		}
		else
			put_str(&st->out, "null");
		end_record(st);
	}
	st->tokens += st->toks.n;
}

static void
mode_sentences(run_state *st, const document *doc)
{
	st->toks.n = 0;
	st->spans.n = 0;
	frn_tokenize(doc->text, doc->len, &st->toks);
	frn_sentences(doc->text, doc->len, &st->toks, &st->spans);
	for (size_t i = 0; i < st->spans.n; i++)
	{
		const frn_span *sp = &st->spans.span[i];

		begin_record(st, doc);
		put_str(&st->out, ",\"pos\":");
		put_uint(&st->out, i + 1);
		put_str(&st->out, ",\"start\":");
		put_uint(&st->out, sp->char_start + 1);
		put_str(&st->out, ",\"len\":");
		put_uint(&st->out, sp->char_len);
		put_str(&st->out, ",\"sentence\":");
		json_put_string(&st->out, doc->text + sp->byte_start, sp->byte_len);
		end_record(st);
	}
}

static void
mode_normalize(run_state *st, const document *doc)
{
	frn_buf_reset(&st->tmp1);
	frn_normalize(doc->text, doc->len, &st->tmp1);
	begin_record(st, doc);
	put_str(&st->out, ",\"norm\":");
	json_put_string(&st->out, st->tmp1.data, st->tmp1.len);
	end_record(st);
}

/*
 * The benchmark: what fr_tokens computes (tokenize, fold every token, stem
 * every word) without any output; the time spent in the core is measured.
 */
static void
mode_bench(run_state *st, const document *doc)
{
	double		t0 = now_seconds(),
				c0 = cpu_seconds();

	analyze_tokens(st, doc);
	st->tokens += st->toks.n;
	st->core_seconds += now_seconds() - t0;
	st->core_cpu += cpu_seconds() - c0;
}

/* Amounts, percentages, numbers: records written by cli_money.c */
static void
mode_amounts(run_state *st, const document *doc)
{
	cli_amounts(&st->out, doc->id_json, doc->id_len, doc->text, doc->len);
	flush_out(st, 0);
}

static void
mode_percents(run_state *st, const document *doc)
{
	cli_percents(&st->out, doc->id_json, doc->id_len, doc->text, doc->len);
	flush_out(st, 0);
}

static void
mode_numbers(run_state *st, const document *doc)
{
	cli_numbers(&st->out, doc->id_json, doc->id_len, doc->text, doc->len);
	flush_out(st, 0);
}

/* Dates, times, periods: records written by cli_dates.c */
static void
mode_dates(run_state *st, const document *doc)
{
	cli_dates(&st->out, doc->id_json, doc->id_len, doc->text, doc->len);
	flush_out(st, 0);
}

/* Named entities: records written by frn_cli_entities.c */
static void
mode_entities(run_state *st, const document *doc)
{
	frn_cli_entities(&st->out, doc->text, doc->len, doc->id_json, doc->id_len);
	flush_out(st, 0);
}

static const mode modes[] = {
	{"--tokens", "one record per token (default)", mode_tokens},
	{"--sentences", "one record per sentence", mode_sentences},
	{"--normalize", "one record per document: its fr_normalize() form", mode_normalize},
	{"--entities", "one record per named entity (PER, LOC, ORG, MISC)", mode_entities},
	{"--bench", "tokenize + fold + stem without output; MB/s on stderr", mode_bench},
	{"--amounts", "one record per amount of money (as fr_amounts)", mode_amounts},
	{"--percents", "one record per percentage or percentage points (as fr_percents)", mode_percents},
	{"--numbers", "one record per number expression (digits or words)", mode_numbers},
	{"--dates", "one record per date, time, period, duration or recurrence (as fr_dates)", mode_dates},
	{NULL, NULL, NULL}
};

/* ---- input --------------------------------------------------------------- */

static int
read_all(FILE *f, frn_buf *b)
{
	char		chunk[1 << 16];
	size_t		n;

	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		frn_buf_append(b, chunk, n);
	return ferror(f) ? -1 : 0;
}

/* Offsets are 32-bit in the core (PostgreSQL values are at most 1 GB). */
static int
process_document(run_state *st, const mode *m, const document *doc)
{
	if (doc->len > UINT32_MAX)
	{
		fprintf(stderr, "frnews: document of %zu bytes exceeds the 4 GB limit\n", doc->len);
		return 1;
	}
	st->bytes += doc->len;
	m->run(st, doc);
	return 0;
}

/* Each line a JSON object; the text is "body" or else "text". */
static int
process_jsonl(run_state *st, const mode *m, const char *name, const char *data, size_t len)
{
	size_t		line_no = 0;
	frn_buf		id,
				body;
	int			errors = 0;

	frn_buf_init(&id);
	frn_buf_init(&body);
	for (size_t p = 0; p < len;)
	{
		const char *nl = memchr(data + p, '\n', len - p);
		size_t		e = nl ? (size_t) (nl - data) : len;
		json_doc	jd;

		line_no++;
		frn_buf_reset(&id);
		frn_buf_reset(&body);
		if (e > p && json_read_doc(data + p, e - p, &id, &body, &jd) != 0)
		{
			fprintf(stderr, "frnews: %s:%zu: not a JSON object with a \"body\" or \"text\" string\n",
					name, line_no);
			errors++;
		}
		else if (e > p)
		{
			document	doc = {body.data ? body.data : "", body.len, id.data, id.len};

			if (!jd.has_id)
			{
				frn_buf_reset(&id);
				put_uint(&id, line_no);
				doc.id_json = id.data;
				doc.id_len = id.len;
			}
			errors += process_document(st, m, &doc);
		}
		p = e + 1;
	}
	frn_buf_free(&id);
	frn_buf_free(&body);
	return errors;
}

static int
process_input(run_state *st, const mode *m, const char *path, int jsonl)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	frn_buf		data,
				id;
	int			rc = 0;

	if (f == NULL)
	{
		fprintf(stderr, "frnews: cannot open \"%s\": %s\n", path, strerror(errno));
		return 1;
	}
	frn_buf_init(&data);
	frn_buf_init(&id);
	if (read_all(f, &data) != 0)
	{
		fprintf(stderr, "frnews: cannot read \"%s\": %s\n", path, strerror(errno));
		rc = 1;
	}
	else if (jsonl)
		rc = process_jsonl(st, m, path, data.data ? data.data : "", data.len) ? 1 : 0;
	else
	{
		document	doc;

		json_put_string(&id, path, strlen(path));
		doc.text = data.data ? data.data : "";
		doc.len = data.len;
		doc.id_json = id.data;
		doc.id_len = id.len;
		rc = process_document(st, m, &doc);
	}
	if (f != stdin)
		fclose(f);
	frn_buf_free(&data);
	frn_buf_free(&id);
	return rc;
}

static void
usage(FILE *to)
{
	fprintf(to, "usage: frnews [MODE] [--jsonl-input] [--ref YYYY-MM-DDTHH:MM] [FILE...]\n"
			"Reads FILEs (or stdin; \"-\" is stdin) and writes JSON Lines.\n"
			"  --jsonl-input  one JSON object per line, text in \"body\" or \"text\", id in \"id\"\n"
			"  --ref T        --dates: the moment relative dates are read against (as fr_dates(doc, ref))\n"
			"Modes:\n");
	for (const mode *m = modes; m->option; m++)
		fprintf(to, "  %-14s %s\n", m->option, m->help);
	fprintf(to, "Versions: Unicode %s, ICU %s, %s\n",
			frn_unicode_version(), frn_icu_version(), frn_snowball_version());
}

int
main(int argc, char **argv)
{
	const mode *m = &modes[0];
	int			jsonl = 0,
				nfiles = 0,
				failed = 0;
	run_state	st;
	double		t0 = now_seconds(),
				total;

	for (int i = 1; i < argc; i++)
	{
		const mode *found = NULL;

		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
		{
			usage(stdout);
			return 0;
		}
		if (strcmp(argv[i], "--jsonl-input") == 0)
		{
			jsonl = 1;
			continue;
		}
		if (strcmp(argv[i], "--ref") == 0)
		{
			if (i + 1 >= argc || !cli_dates_set_ref(argv[i + 1]))
			{
				fprintf(stderr, "frnews: --ref needs a moment YYYY-MM-DDTHH:MM\n");
				return 2;
			}
			argv[i][0] = argv[i + 1][0] = '\0';
			i++;
			continue;
		}
		for (const mode *k = modes; k->option && !found; k++)
			if (strcmp(argv[i], k->option) == 0)
				found = k;
		if (found)
			m = found;
		else if (argv[i][0] == '-' && argv[i][1] != '\0')
		{
			fprintf(stderr, "frnews: unknown option \"%s\"\n", argv[i]);
			usage(stderr);
			return 2;
		}
		else
			nfiles++;
	}

	memset(&st, 0, sizeof st);
	frn_buf_init(&st.out);
	frn_tokens_init(&st.toks);
	frn_spans_init(&st.spans);
	frn_buf_init(&st.tmp1);
	frn_buf_init(&st.folds);
	frn_buf_init(&st.stems);

	if (nfiles == 0)
		failed += process_input(&st, m, "-", jsonl);
	for (int i = 1; i < argc; i++)
		if (argv[i][0] != '\0' && (argv[i][0] != '-' || argv[i][1] == '\0'))
			failed += process_input(&st, m, argv[i], jsonl);
	flush_out(&st, 1);

	total = now_seconds() - t0;
	if (m->run == mode_bench)
		fprintf(stderr, "frnews bench: %zu bytes, %zu tokens; core: %.3f s CPU = %.1f MB/s, "
				"%.3f s wall = %.1f MB/s; whole run incl. input parsing: %.3f s wall = %.1f MB/s\n",
				st.bytes, st.tokens,
				st.core_cpu, st.core_cpu > 0 ? st.bytes / 1e6 / st.core_cpu : 0.0,
				st.core_seconds, st.core_seconds > 0 ? st.bytes / 1e6 / st.core_seconds : 0.0,
				total, total > 0 ? st.bytes / 1e6 / total : 0.0);

	frn_buf_free(&st.out);
	frn_tokens_free(&st.toks);
	frn_spans_free(&st.spans);
	frn_buf_free(&st.tmp1);
	frn_buf_free(&st.folds);
	frn_buf_free(&st.stems);
	frn_free(st.fold_ends);
	frn_free(st.stem_ends);
	return failed ? 1 : 0;
}
