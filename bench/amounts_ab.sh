#!/usr/bin/env bash
# bench/amounts_ab.sh — fr_amounts and fr_percents of this checkout against
# another checkout's, in CPU seconds of the backend (bench.run of
# bench/harness.sql), each in its own cluster, queries alternated.
#
#   sudo bash bench/amounts_ab.sh OTHER_CHECKOUT [ROUNDS]
#
# On a shared machine the load moves wall-clock ratios by ±25 % from one run
# to the next: here each checkout has its own stage and cluster
# (frn_ab_start in bench/lib.sh) holding the first FRN_BENCH_ROWS (default
# 8000) OrangeSum articles, and ROUNDS (default 6) rounds run
# to_tsvector('french', body), fr_amounts(body), fr_percents(body) and both
# in one query (the case of bench/cases/30_money.sql, target 15x) in one
# cluster then the other.  Prints each round, then the least CPU time of
# each with its ratio to to_tsvector in the same cluster, and the spread
# (least and greatest) of the rounds' ratios of "both".
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_require_root "$@"
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
OTHER=$(cd "${1:?usage: bench/amounts_ab.sh OTHER_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${2:-6}
export FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-8000}
trap frn_ab_stop EXIT
frn_ab_start "$OTHER"

declare -A best ratios
declare -A query=(
	[tsv]="SELECT count(to_tsvector('french', body)) FROM articles"
	[am]="SELECT count((SELECT count(*) FROM fr_amounts(body))) FROM articles"
	[pc]="SELECT count((SELECT count(*) FROM fr_percents(body))) FROM articles"
	[both]="SELECT count((SELECT count(*) FROM fr_amounts(body)) + (SELECT count(*) FROM fr_percents(body))) FROM articles"
)
for ((r = 1; r <= ROUNDS; r++)); do
	for t in this other; do
		declare -A now=()
		for q in tsv am pc both; do
			out=$(frn_ab_run "$t" "${query[$q]}")
			now[$q]=${out%% *}
			frn_bench_better "$out" "${best[$t.$q]:-}" && best[$t.$q]=$out
		done
		# ratio of this round (to_tsvector and both measured back to back)
		ratio=$(awk -v a="${now[tsv]}" -v b="${now[both]}" 'BEGIN { printf "%.1f", a / b }')
		echo "round $r $t: to_tsvector ${now[tsv]} s, fr_amounts ${now[am]} s, fr_percents ${now[pc]} s, both ${now[both]} s (${ratio}x)"
		ratios[$t]="${ratios[$t]:-} $ratio"
	done
done
echo "$FRN_BENCH_ROWS articles, best CPU seconds of $ROUNDS rounds:"
for t in this other; do
	tsv=${best[$t.tsv]%% *} am=${best[$t.am]%% *} pc=${best[$t.pc]%% *} both=${best[$t.both]%% *}
	awk -v t="$t" -v a="$tsv" -v b="$am" -v c="$pc" -v d="$both" -v r="${ratios[$t]}" 'BEGIN {
		n = split(r, x, " "); lo = hi = x[1]
		for (i = 2; i <= n; i++) { if (x[i] < lo) lo = x[i]; if (x[i] > hi) hi = x[i] }
		printf "%-6s to_tsvector %.2f s, fr_amounts %.2f s (%.1fx), fr_percents %.2f s (%.1fx), both %.2f s (%.1fx; rounds %s-%sx)\n",
			t, a, b, a / b, c, a / c, d, a / d, lo, hi }'
done
