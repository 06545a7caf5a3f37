#!/usr/bin/env bash
# bench/memory_rows.sh — memory of a backend calling each frnews function on
# many rows: its peak resident memory must not grow with the row count.
#
#   sudo FRNEWS_STAGE=/tmp/stage bash bench/memory_rows.sh            every function
#   sudo FRNEWS_STAGE=/tmp/stage bash bench/memory_rows.sh 'fr_tokens|fr_dates'
#
# Each function is called once per row of the first 1,000 and 30,000
# article heads of ../shared/corpus (400 characters each) in one query and
# in a LATERAL join, and 1,000 and 100,000 times in a PL/pgSQL loop in one
# transaction; each run in a fresh backend, after a warm-up on 19 rows that
# loads the module's data.  A line per function and form:
#   name  form  peak_kb contexts_kb seconds (small) | the same (large)
# peak: VmHWM of the backend, reset just before the run (/proc clear_refs);
# contexts: the backend's memory contexts after the run.  The cluster has
# jit = off (the LLVM library alone adds about 50 MB to a backend that
# compiles a plan), shared_buffers = 2MB (the table read adds no shared
# pages to the peak) and work_mem = 64kB (rows of set-returning functions
# spill to disk).  docs/limits.md has the table.
set -uo pipefail
cd "$(dirname "$0")/.."
source test/lib/pgenv.sh
frn_require_root "$@"
FILTER=${1:-.}
CORPUS=(../shared/corpus/orangesum_fr.part1.jsonl.gz ../shared/corpus/orangesum_fr.part2.jsonl.gz)
[ -r "${CORPUS[0]}" ] || { echo "memory_rows: skipped (${CORPUS[0]} absent)"; exit 0; }

frn_build_install || { echo "build failed"; exit 1; }
trap frn_cluster_stop EXIT
FRN_PG_OPTS="-c shared_buffers=2MB -c max_connections=20 -c fsync=off -c synchronous_commit=off -c work_mem=64kB -c jit=off" \
	frn_cluster_start || exit 1
P="$FRN_PG_BIN/psql -X -At -v ON_ERROR_STOP=1 -q"

# src(id, t, t2, m, p, n, w): a text, the next article's, a French amount, a
# percentage, a number and a word of the text, for 30,000 rows
$P -c "CREATE EXTENSION frnews" -c "CREATE TABLE articles (n serial, id text, title text, body text)" || exit 1
python3 bench/load_corpus.py --limit 30001 "${CORPUS[@]}" | $P -c "COPY articles (id, title, body) FROM STDIN" || exit 1
$P <<'SQL' || exit 1
CREATE TABLE src AS
SELECT n - 1 AS id, left(body, 400) AS t, left(lead(body) OVER (ORDER BY n), 400) AS t2,
	format('%s,%s millions d''euros', (n - 1) % 997, (n - 1) % 10) AS m,
	format('%s,%s %%', (n - 1) % 100, (n - 1) % 7) AS p,
	(n - 1)::text AS n,
	split_part(left(body, 400), ' ', 1 + n % 20) AS w
FROM articles;
DELETE FROM src WHERE id >= 30000;
ALTER TABLE src ADD PRIMARY KEY (id);
DROP TABLE articles;
VACUUM ANALYZE src;
CREATE FUNCTION kb(field text) RETURNS bigint LANGUAGE sql AS $$
	SELECT substring(pg_read_file('/proc/self/status') FROM field || ':\s+(\d+) kB')::bigint $$;
CREATE FUNCTION ctx_kb() RETURNS bigint LANGUAGE sql AS $$
	SELECT sum(total_bytes) / 1024 FROM pg_backend_memory_contexts $$;
CREATE FUNCTION warm(expr text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('SELECT count(*) FROM (SELECT %s FROM src WHERE id < 20) s', expr);
	COPY (SELECT 5) TO '/proc/self/clear_refs';
END $$;
SQL

# name ; expression on the columns of src ; 1 for a set-returning function
CASES=$(cat <<'C'
baseline (length);length(t);0
fr_entities;fr_entities(t);1
fr_entities_builtin;fr_entities_builtin(t);1
fr_tokens;fr_tokens(t);1
fr_sentences;fr_sentences(t);1
fr_dates(doc);fr_dates(t);1
fr_dates(doc, ref);fr_dates(t, '2020-06-01');1
fr_amounts;fr_amounts(t);1
fr_amounts(doc, 'USD', readings);fr_amounts(t, 'USD', 'franc=CHF');1
fr_percents;fr_percents(t);1
fr_annotate;fr_annotate(t);0
fr_highlight;fr_highlight(t);0
fr_signature;fr_signature(t);0
fr_signature(doc, 64);fr_signature(t, 64);0
fr_sig_words;fr_sig_words(t);0
fr_similarity(text, text);fr_similarity(t, t2);0
fr_similarity(sig, sig);fr_similarity(fr_signature(t), fr_signature(t2));0
fr_related(text, text);fr_related(t, t2);0
fr_entity_keys;fr_entity_keys(t);0
fr_normalize;fr_normalize(t);0
fr_stem;fr_stem(w);0
fr_number;fr_number(n);0
fr_parse_money;fr_parse_money(m);0
fr_money input;m::fr_money;0
fr_money(numeric, text);fr_money(id::numeric / 7, 'EUR');0
fr_percent input;p::fr_percent;0
C
)
# warm-up expression, query -> "peak_kb contexts_kb seconds"
measure() {
	local t0 out
	t0=$(date +%s%N)
	out=$($P -c "SELECT warm(\$q\$$1\$q\$)" -c "$2" -c "SELECT kb('VmHWM') || ' ' || ctx_kb()" 2>&1) ||
		{ echo "ERROR $(tr '\n' ' ' <<<"$out" | cut -c1-160)"; return; }
	echo "$(tail -1 <<<"$out") $(awk -v ns=$(($(date +%s%N) - t0)) 'BEGIN { printf "%.1f", ns / 1e9 }')"
}
# the expression with the columns of src read from the record r
on_record() { sed -E 's/(^|[(, ])(t|t2|m|p|n|w|id)([),:]|$)/\1r.\2\3/g' <<<"$1"; }

printf '%-34s %-8s %s\n' function form "peak_kb contexts_kb s at 1,000 | at 30,000 (loop: 100,000)"
while IFS=';' read -r name expr srf; do
	[[ "$name" =~ $FILTER ]] || continue
	if [ "$srf" = 1 ]; then
		query="SELECT count(*) FROM (SELECT $expr FROM src WHERE id < %N%) s"
		lateral="SELECT count(*) FROM (SELECT * FROM src WHERE id < %N%) src, LATERAL $expr x"
		call="PERFORM count(*) FROM $(on_record "$expr")"
	else
		query="SELECT count(x) FROM (SELECT $expr AS x FROM src WHERE id < %N%) s"
		lateral="SELECT count(l.x) FROM (SELECT * FROM src WHERE id < %N%) src, LATERAL (SELECT $expr AS x OFFSET 0) l"
		call="PERFORM $(on_record "$expr")"
	fi
	loop="DO \$d\$ DECLARE r src; a src[]; BEGIN
		SELECT array_agg(s ORDER BY id) INTO a FROM src s WHERE id < 1000;
		FOR i IN 1..%N% LOOP r := a[1 + i % 1000]; $call; END LOOP; END \$d\$"
	for form in query lateral loop; do
		case $form in query) q=$query; big=30000 ;; lateral) q=$lateral; big=30000 ;; loop) q=$loop; big=100000 ;; esac
		printf '%-34s %-8s %s | %s\n' "$name" "$form" "$(measure "$expr" "${q//%N%/1000}")" "$(measure "$expr" "${q//%N%/$big}")"
	done
done <<<"$CASES"
