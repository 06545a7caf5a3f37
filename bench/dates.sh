#!/usr/bin/env bash
# bench/dates.sh — speed of fr_dates against to_tsvector('french', body) in
# the same run, on the first FRN_BENCH_ROWS (default 5000) OrangeSum
# articles, one core, best of FRN_BENCH_RUNS (default 5) runs, in a
# throwaway cluster (as root, like bench/run.sh); then the number of
# expressions per article and a sample of 50 for checking by hand
# (build/bench/dates-sample.txt).  Exit status 1 under 15x.
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
frn_require_root "$@"
FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-5000}
FRN_BENCH_RUNS=${FRN_BENCH_RUNS:-5}
frn_bench_start || exit 1
frn_bench_load_articles || exit 1
read -r BYTES ROWS <<<"$(frn_bench_psql -At -F ' ' -c "SELECT sum(octet_length(body)), count(*) FROM articles")"
cpu() { frn_bench_best "SELECT count(*) FROM articles WHERE ($1) IS NOT NULL" | awk '{ printf "%.3f", $1 }'; }
t_ts=$(cpu "to_tsvector('french', body)") || exit 1
t_d1=$(cpu "(SELECT count(*) FROM fr_dates(body))") || exit 1
t_d2=$(cpu "(SELECT count(*) FROM fr_dates(body, '2020-06-01 08:00'))") || exit 1
mbs() { awk -v b="$BYTES" -v s="$1" 'BEGIN { printf "%.1f", b / s / 1e6 }'; }
printf '%d articles, %.1f MB, best of %d runs, one core (CPU seconds)\n' "$ROWS" "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')" "$FRN_BENCH_RUNS"
printf '| %-32s | %8s | %7s |\n' "function" "seconds" "MB/s"
printf '| %-32s | %8s | %7s |\n' "to_tsvector('french', body)" "$t_ts" "$(mbs "$t_ts")"
printf '| %-32s | %8s | %7s |\n' "fr_dates(body)" "$t_d1" "$(mbs "$t_d1")"
printf '| %-32s | %8s | %7s |\n' "fr_dates(body, ref)" "$t_d2" "$(mbs "$t_d2")"
ratio=$(awk -v t="$t_ts" -v d="$t_d2" 'BEGIN { printf "%.1f", t / d }')
echo "ratio: fr_dates(body, ref) is ${ratio}x faster than to_tsvector('french') (target 15x)"
frn_bench_psql -At -F ' ' <<-'SQL'
	SELECT 'expressions per article: ' || round(count(d.*)::numeric / (SELECT count(*) FROM articles), 2)
	       || ' (with a value: ' || round(count(d.value)::numeric / (SELECT count(*) FROM articles), 2) || ')'
	FROM articles a LEFT JOIN LATERAL fr_dates(a.body, '2020-06-01 08:00') d ON true;
	SELECT 'by kind: ' || string_agg(kind || ' ' || n, ', ' ORDER BY n DESC)
	FROM (SELECT kind, count(*) AS n FROM articles, fr_dates(body, '2020-06-01 08:00') GROUP BY kind) k;
SQL
frn_bench_psql -At -F ' | ' >"$FRN_BENCH_OUT/dates-sample.txt" <<-'SQL'
	SELECT a.id, substr(a.body, greatest(d.start - 40, 1), least(d.start - 1, 40)) || '[' || d.surface || ']'
	       || substr(a.body, d.start + d.len, 30), d.kind, d.value, d.grain, d.qualifier
	FROM articles a, fr_dates(a.body, '2020-06-01 08:00') d
	ORDER BY md5(a.id || d.start) LIMIT 50;
SQL
echo "sample of 50: $FRN_BENCH_OUT/dates-sample.txt"
awk -v r="$ratio" 'BEGIN { exit !(r >= 15) }'
