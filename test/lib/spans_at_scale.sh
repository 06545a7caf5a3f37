#!/usr/bin/env bash
# test/lib/spans_at_scale.sh — the span invariant at scale, in the server:
# for every function that returns spans, substr(doc, start, len) = surface,
# starts in order and (where promised) no overlap, over N corpus articles as
# they are and mutated (test/lib/span_mutate.py, seeded), in a UTF8 database
# and in a LATIN9 one (texts made representable).  An error on a document
# counts as a violation too (with its SQLSTATE and message).
#
#   bash test/lib/spans_at_scale.sh [N] [SEED]     (default 3000 articles, seed 7;
#   VARIANTS=3 mutates each article three times instead of once)
#
# Needs a running server with frnews installed: PGHOST, PGPORT, PGUSER and
# PSQL (default psql) in the environment; CORPUS (default /tmp/corpus.jsonl).
# Creates and drops the databases frn_spans_utf8 and frn_spans_latin9.
# Prints one line per database and function: rows, substr violations, order
# violations, overlaps (checked only where the docs promise none), errors;
# then up to 5 examples of each; exit status 1 if any violation.
set -uo pipefail
cd "$(dirname "$0")/../.."
N=${1:-3000}
SEED=${2:-7}
CORPUS=${CORPUS:-/tmp/corpus.jsonl}
PSQL=${PSQL:-psql}
WORK=$(mktemp -d /tmp/frn-spans.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
bad=0

# name | query of (start, len, surface) in output order over $1 | 1 if no overlap is promised
FUNCS=(
	"fr_tokens|SELECT start, len, token AS surface FROM fr_tokens(\$1)|1"
	"fr_sentences|SELECT start, len, sentence AS surface FROM fr_sentences(\$1)|1"
	"fr_entities|SELECT start, len, surface FROM fr_entities(\$1)|1"
	"fr_entities_builtin|SELECT start, len, surface FROM fr_entities_builtin(\$1)|1"
	"fr_annotate|SELECT (e->>'start')::int AS start, (e->>'len')::int AS len, e->>'surface' AS surface FROM jsonb_array_elements(fr_annotate(\$1)) e|0"
	"fr_amounts|SELECT start, len, surface FROM fr_amounts(\$1)|1"
	"fr_amounts(,CAD)|SELECT start, len, surface FROM fr_amounts(\$1, 'CAD')|1"
	"fr_amounts(,,readings)|SELECT start, len, surface FROM fr_amounts(\$1, 'USD', 'franc=CHF, livre=GBP')|1"
	"fr_percents|SELECT start, len, surface FROM fr_percents(\$1)|1"
	"fr_dates|SELECT start, len, surface FROM fr_dates(\$1)|0"
	"fr_dates(,ref)|SELECT start, len, surface FROM fr_dates(\$1, '2024-05-02 09:00')|0"
)

python3 test/lib/span_mutate.py --corpus "$CORPUS" --n "$N" --seed "$SEED" --variants "${VARIANTS:-1}" >"$WORK/utf8.tsv" || exit 2
python3 test/lib/span_mutate.py --corpus "$CORPUS" --n "$N" --seed "$SEED" --variants "${VARIANTS:-1}" --latin9 >"$WORK/latin9.tsv" || exit 2
chmod 644 "$WORK"/*.tsv
chmod 755 "$WORK"

for enc in utf8 latin9; do
	db=frn_spans_$enc
	"$PSQL" -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" \
		-c "CREATE DATABASE $db TEMPLATE template0 ENCODING '${enc^^}' LC_COLLATE 'C' LC_CTYPE 'C'" || exit 2
	"$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL || exit 2
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
CREATE TABLE docs(id text, v int, doc text);
\copy docs FROM '$WORK/$enc.tsv'
CREATE TABLE bad(fname text, id text, v int, what text, start int, len int, surface text, sub text);
CREATE TABLE tally(fname text, nrows bigint, errors int);
CREATE FUNCTION check_spans(fname text, q text, no_overlap bool) RETURNS void
LANGUAGE plpgsql AS \$\$
DECLARE
	d record;
	r record;
	prev_start int;
	prev_end int;
	n bigint := 0;
	errs int := 0;
BEGIN
	FOR d IN SELECT * FROM docs ORDER BY id, v LOOP
		prev_start := NULL;
		prev_end := NULL;
		BEGIN
			FOR r IN EXECUTE q USING d.doc LOOP
				n := n + 1;
				IF r.start IS NULL OR r.len IS NULL OR r.start < 1 OR r.len < 1
				   OR substr(d.doc, r.start, r.len) IS DISTINCT FROM r.surface THEN
					INSERT INTO bad VALUES (fname, d.id, d.v, 'substr', r.start, r.len, r.surface, substr(d.doc, r.start, r.len));
				END IF;
				IF prev_start IS NOT NULL AND r.start < prev_start THEN
					INSERT INTO bad VALUES (fname, d.id, d.v, 'order', r.start, r.len, r.surface, NULL);
				ELSIF no_overlap AND prev_end IS NOT NULL AND r.start < prev_end THEN
					INSERT INTO bad VALUES (fname, d.id, d.v, 'overlap', r.start, r.len, r.surface, NULL);
				END IF;
				prev_start := r.start;
				prev_end := r.start + r.len;
			END LOOP;
		EXCEPTION WHEN OTHERS THEN
			errs := errs + 1;
			INSERT INTO bad VALUES (fname, d.id, d.v, 'error ' || SQLSTATE, NULL, NULL, SQLERRM, NULL);
		END;
	END LOOP;
	INSERT INTO tally VALUES (fname, n, errs);
END
\$\$;
SQL
	for f in "${FUNCS[@]}"; do
		IFS='|' read -r name query no_overlap <<<"$f"
		"$PSQL" -X -q -v ON_ERROR_STOP=1 -d "$db" -c "SELECT check_spans('$name', \$q\$$query\$q\$, $([ "$no_overlap" = 1 ] && echo true || echo false))" >/dev/null || { echo "FAIL $enc $name: the check itself failed"; bad=1; }
	done
	"$PSQL" -X -At -F ' ' -d "$db" <<'SQL'
SELECT format('%s %-24s docs %s rows %s substr %s order %s overlap %s errors %s',
	current_setting('server_encoding'), t.fname, (SELECT count(*) FROM docs), t.nrows,
	count(b.*) FILTER (WHERE b.what = 'substr'), count(b.*) FILTER (WHERE b.what = 'order'),
	count(b.*) FILTER (WHERE b.what = 'overlap'), t.errors)
FROM tally t LEFT JOIN bad b USING (fname) GROUP BY t.fname, t.nrows, t.errors ORDER BY t.fname;
SELECT format('  %s %s/%s %s start %s len %s surface %s substr %s', fname, id, v, what, start, len,
	to_json(left(surface, 80)), to_json(left(sub, 80)))
FROM (SELECT *, row_number() OVER (PARTITION BY fname, what ORDER BY id, v, start) k FROM bad) b WHERE k <= 5;
SQL
	n=$("$PSQL" -X -At -d "$db" -c "SELECT count(*) FROM bad")
	[ "$n" = 0 ] || bad=1
	[ -n "${KEEP:-}" ] || "$PSQL" -X -q -d postgres -c "DROP DATABASE $db"
done
exit $bad
