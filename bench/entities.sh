#!/usr/bin/env bash
# bench/entities.sh — speed and memory of the entity tagger.
#
#   sudo bash bench/entities.sh            all OrangeSum articles (34,197, 76 MB)
#   FRN_BENCH_ROWS=5000 sudo bash bench/entities.sh
#
# Loads ../shared/corpus OrangeSum bodies into articles(id, body) in a
# throwaway cluster, then times, in one run and one backend without
# parallel workers: to_tsvector('french', body), fr_entities_builtin(body)
# and fr_entities(body) (with the user dictionary), best of three
# interleaved rounds.
# Reports MB/s (UTF-8 bytes of body per second), the ratio to to_tsvector,
# the backend's peak RSS (VmHWM) and its memory contexts after the runs,
# and the core alone through the CLI (build/frnews --entities --jsonl-input:
# each article one document, as in the table).
set -euo pipefail
cd "$(dirname "$0")/.."
source test/lib/pgenv.sh
frn_require_root "$@"
CORPUS=../shared/corpus
if [ ! -f "$CORPUS/orangesum_fr.part1.jsonl.gz" ]; then
	echo "entities bench: skipped ($CORPUS absent)"
	exit 0
fi
ROWS=${FRN_BENCH_ROWS:-0}
WORK=$(mktemp -d /tmp/frnews-bench-ent.XXXXXX)
chmod 755 "$WORK"
cleanup() { frn_cluster_stop; rm -rf "$WORK"; }
trap cleanup EXIT

./install-deps.sh --test >/dev/null
frn_build_install
frn_cluster_start

# articles as COPY text rows, and as JSON lines for the CLI
# (zcat may die of SIGPIPE when FRN_BENCH_ROWS stops the reader early)
{ zcat "$CORPUS"/orangesum_fr.part*.jsonl.gz || true; } | python3 -c '
import json, sys
rows = int(sys.argv[1]); n = 0
with open(sys.argv[2], "w") as copy, open(sys.argv[3], "w") as lines:
    for l in sys.stdin:
        r = json.loads(l); b = r["body"]
        copy.write("%d\t%s\n" % (n + 1, b.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")))
        lines.write(json.dumps({"id": n + 1, "text": b}) + "\n")
        n += 1
        if rows and n >= rows: break
' "$ROWS" "$WORK/articles.copy" "$WORK/bodies.jsonl"
chmod 644 "$WORK"/*

psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION frnews;
CREATE TABLE articles(id int PRIMARY KEY, body text);
\copy articles FROM '$WORK/articles.copy'
VACUUM ANALYZE articles;
INSERT INTO fr_dictionary VALUES ('Orange', 'ORG'), ('AFP', 'ORG'), ('Covid-19', 'MISC');
SQL

psql -X -q -v ON_ERROR_STOP=1 -At <<'SQL'
SET max_parallel_workers_per_gather = 0;
SET jit = off;
-- rounds interleave the three queries so that each sees the same machine
-- load (other processes); the best time of each query is kept
CREATE TEMP TABLE timings(ord int, what text, q text, secs float8 DEFAULT 'Infinity');
INSERT INTO timings(ord, what, q) VALUES
  (1, 'to_tsvector(''french'', body)', 'SELECT count(to_tsvector(''french'', body)) FROM articles'),
  (2, 'fr_entities_builtin(body)', 'SELECT count(*) FROM articles, fr_entities_builtin(body)'),
  (3, 'fr_entities(body)', 'SELECT count(*) FROM articles, fr_entities(body)');
DO $$
DECLARE r record; t0 timestamptz; s float8;
BEGIN
  FOR round IN 1..3 LOOP
    FOR r IN SELECT * FROM timings ORDER BY ord LOOP
      t0 := clock_timestamp();
      EXECUTE r.q;
      s := extract(epoch FROM clock_timestamp() - t0);
      UPDATE timings SET secs = least(secs, s) WHERE ord = r.ord;
    END LOOP;
  END LOOP;
END $$;
SELECT 'articles: ' || count(*) || ', ' || round(sum(octet_length(body)) / 1e6, 1) || ' MB of UTF-8 body text' FROM articles;
WITH mb AS (SELECT sum(octet_length(body)) / 1e6 AS mb FROM articles),
     ts AS (SELECT secs FROM timings WHERE what LIKE 'to_tsvector%')
SELECT format('%-30s %8s s %8s MB/s %6sx to_tsvector', t.what, round(t.secs::numeric, 2),
              round((mb.mb / t.secs)::numeric, 1), round((ts.secs / t.secs)::numeric, 1))
FROM timings t, mb, ts ORDER BY t.ord;
SELECT 'entities found: ' || count(*) || ' (' || round(count(*)::numeric / (SELECT count(*) FROM articles), 1) || ' per article)'
FROM articles, fr_entities(body);
SELECT 'backend memory contexts after the runs: ' || pg_size_pretty(sum(total_bytes)) ||
       ' (frnews dictionary: ' || coalesce(pg_size_pretty(sum(total_bytes) FILTER (WHERE name = 'frnews dictionary')), '0 bytes') || ')'
FROM pg_backend_memory_contexts;
SQL
# peak RSS of a backend that ran fr_entities over the whole table
hwm=$(psql -X -q -At <<'SQL'
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM articles, fr_entities(body) \g /dev/null
SELECT substring(pg_read_file('/proc/' || pg_backend_pid() || '/status') FROM 'VmHWM:\s*([0-9]+ kB)');
SQL
)
echo "backend peak RSS (VmHWM) after fr_entities over the table: $hwm"

# the core alone (no PostgreSQL): the CLI over the same bodies
mb=$(psql -X -q -At -c 'SELECT sum(octet_length(body)) / 1e6 FROM articles')
t0=$(date +%s.%N)
build/frnews --entities --jsonl-input "$WORK/bodies.jsonl" >/dev/null
t1=$(date +%s.%N)
python3 -c 'import sys; mb, s = float(sys.argv[1]), float(sys.argv[3]) - float(sys.argv[2]); print("core (CLI --entities, JSON out): %.2f s %.1f MB/s" % (s, mb / s))' "$mb" "$t0" "$t1"
