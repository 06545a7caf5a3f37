#!/usr/bin/env bash
# bench/amounts.sh — speed of fr_amounts + fr_percents against
# to_tsvector('french', body), in the same run, over a loaded table
# articles(id, body) in the running cluster (PGHOST/PGPORT/PGDATABASE as for
# psql; bench/run.sh loads the OrangeSum corpus that way).
#
#   bash bench/amounts.sh            # prints MB/s of each and the ratio
#
# Each measure is the best of FRN_BENCH_RUNS runs (default 3) of
#   SELECT count(*) FROM articles WHERE (expr) IS NOT NULL
# run in one backend, with parallel query off (one core).  Exit status 1 if
# fr_amounts + fr_percents together are not at least 15 times faster than
# to_tsvector('french').
set -uo pipefail
RUNS=${FRN_BENCH_RUNS:-3}
TARGET=15
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1)

bytes=$("${PSQL[@]}" -c "SELECT sum(octet_length(body)) FROM articles") || exit 1
rows=$("${PSQL[@]}" -c "SELECT count(*) FROM articles") || exit 1

# best wall time (seconds) of an expression over every row
best_time() {
	local expr=$1 best= t i
	for ((i = 0; i < RUNS; i++)); do
		t=$("${PSQL[@]}" <<-SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1
			SET max_parallel_workers_per_gather = 0;
			\timing on
			SELECT count(*) FROM articles WHERE ($expr) IS NOT NULL;
		SQL
		) || return 1
		[ -n "$t" ] || return 1
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$t; fi
	done
	awk -v ms="$best" 'BEGIN { printf "%.3f", ms / 1000 }'
}

t_ts=$(best_time "to_tsvector('french', body)") || { echo "to_tsvector failed"; exit 1; }
t_am=$(best_time "(SELECT count(*) FROM fr_amounts(body))") || { echo "fr_amounts failed"; exit 1; }
t_pc=$(best_time "(SELECT count(*) FROM fr_percents(body))") || { echo "fr_percents failed"; exit 1; }
n_am=$("${PSQL[@]}" -c "SELECT count(*) FROM articles, fr_amounts(body)")
n_pc=$("${PSQL[@]}" -c "SELECT count(*) FROM articles, fr_percents(body)")

mbs() { awk -v b="$bytes" -v s="$1" 'BEGIN { printf "%.1f", b / s / 1e6 }'; }
both=$(awk -v a="$t_am" -v b="$t_pc" 'BEGIN { printf "%.3f", a + b }')
ratio=$(awk -v t="$t_ts" -v b="$both" 'BEGIN { printf "%.1f", t / b }')

printf '%d articles, %.1f MB of body text, best of %d runs, one core\n' "$rows" "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$RUNS"
printf '| %-30s | %8s | %9s | %8s |\n' "function" "seconds" "MB/s" "rows"
printf '| %-30s | %8s | %9s | %8s |\n' "to_tsvector('french', body)" "$t_ts" "$(mbs "$t_ts")" "-"
printf '| %-30s | %8s | %9s | %8s |\n' "fr_amounts(body)" "$t_am" "$(mbs "$t_am")" "$n_am"
printf '| %-30s | %8s | %9s | %8s |\n' "fr_percents(body)" "$t_pc" "$(mbs "$t_pc")" "$n_pc"
printf '| %-30s | %8s | %9s | %8s |\n' "fr_amounts + fr_percents" "$both" "$(mbs "$both")" "-"
echo "ratio: fr_amounts + fr_percents are ${ratio}x faster than to_tsvector('french') (target ${TARGET}x)"
awk -v r="$ratio" -v t="$TARGET" 'BEGIN { exit !(r >= t) }'
