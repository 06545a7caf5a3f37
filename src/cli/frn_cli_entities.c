/*
 * frn_cli_entities.c — the CLI's entity mode.
 *
 *   frnews --entities [--lines] [FILE...]
 *
 * Reads each FILE (or stdin) as one document, or with --lines each input
 * line as one document, and writes one JSON object per document:
 *   {"doc": N, "entities": [{"start", "len", "kind", "surface", "norm"}, ...]}
 * with start 1-based and len in characters, as in SQL (fr_entities).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frn_cli.h"
#include "frn_entities.h"

static void
put_json_string(FILE *out, const char *s, size_t len)
{
	fputc('"', out);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static void
write_doc(FILE *out, long docno, const char *s, size_t len, frn_entities *ents)
{
	frn_entities_find(s, len, NULL, ents);
	fprintf(out, "{\"doc\": %ld, \"entities\": [", docno);
	for (size_t k = 0; k < ents->n; k++)
	{
		const frn_entity *e = &ents->ent[k];

		fprintf(out, "%s{\"start\": %u, \"len\": %u, \"kind\": \"%s\", \"surface\": ",
				k ? ", " : "", e->char_start + 1, e->char_len, frn_entity_kind_name(e->kind));
		put_json_string(out, s + e->byte_start, e->byte_len);
		fputs(", \"norm\": ", out);
		put_json_string(out, ents->norms.data + e->norm_off, e->norm_len);
		fputc('}', out);
	}
	fputs("]}\n", out);
}

static int
process(FILE *in, bool lines, long *docno, frn_entities *ents)
{
	char	   *buf = NULL;
	size_t		cap = 0,
				len = 0;

	if (lines)
	{
		ssize_t		got;

		while ((got = getline(&buf, &cap, in)) >= 0)
		{
			len = (size_t) got;
			if (len > 0 && buf[len - 1] == '\n')
				len--;
			write_doc(stdout, ++*docno, buf, len, ents);
		}
	}
	else
	{
		size_t		got;

		cap = 1 << 16;
		buf = malloc(cap);
		while ((got = fread(buf + len, 1, cap - len, in)) > 0)
		{
			len += got;
			if (len == cap)
				buf = realloc(buf, cap *= 2);
		}
		write_doc(stdout, ++*docno, buf, len, ents);
	}
	free(buf);
	return ferror(in) ? 1 : 0;
}

int
frn_cli_entities_main(int argc, char **argv)
{
	bool		lines = false;
	long		docno = 0;
	int			rc = 0,
				nfiles = 0;
	frn_entities ents;

	frn_entities_init(&ents);
	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--entities") == 0)
			continue;
		if (strcmp(argv[i], "--lines") == 0)
		{
			lines = true;
			continue;
		}
		nfiles++;
	}
	for (int i = 1; i < argc; i++)
	{
		FILE	   *f;

		if (argv[i][0] == '-' && argv[i][1] == '-')
			continue;
		if (!(f = fopen(argv[i], "r")))
		{
			perror(argv[i]);
			rc = 1;
			continue;
		}
		rc |= process(f, lines, &docno, &ents);
		fclose(f);
	}
	if (nfiles == 0)
		rc |= process(stdin, lines, &docno, &ents);
	frn_entities_free(&ents);
	return rc;
}
