#!/usr/bin/env bash
# bench/amounts_ab.sh — fr_amounts and fr_percents of this checkout against
# another checkout's, in CPU seconds of the backend (bench.run of
# bench/harness.sql), each in its own cluster, queries alternated.
#
#   sudo bash bench/amounts_ab.sh OTHER_CHECKOUT [ROUNDS]
#
# On a shared machine the load moves wall-clock ratios by ±25 % from one run
# to the next: here each checkout is built and installed into its own stage
# (FRNEWS_STAGE, default /tmp/frnews-ab-this, and /tmp/frnews-ab-other) with
# its own cluster holding the first FRN_BENCH_ROWS (default 8000) OrangeSum
# articles, and ROUNDS (default 6) rounds run to_tsvector('french', body),
# fr_amounts(body), fr_percents(body) and both in one query (the case of
# bench/cases/30_money.sql, target 15x) in one cluster then the other.
# Prints the least CPU time of each, with its ratio to to_tsvector in the
# same cluster, and the spread (least and greatest) of the ratio of "both".
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_require_root "$@"
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
OTHER=$(cd "${1:?usage: bench/amounts_ab.sh OTHER_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${2:-6}
export FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-8000}
THIS_STAGE=${FRNEWS_STAGE:-/tmp/frnews-ab-this}
declare -A host port dir best ratios
stop_all() {
	for t in this other; do
		FRN_CLUSTER_DIR=${dir[$t]:-}
		frn_cluster_stop
	done
}
trap stop_all EXIT
mkdir -p "$FRN_BENCH_OUT"

for t in this other; do
	if [ "$t" = this ]; then
		FRN_ROOT=$FRN_BENCH_ROOT FRNEWS_STAGE=$THIS_STAGE frn_build_install
	else
		FRN_ROOT=$OTHER FRNEWS_STAGE=/tmp/frnews-ab-other frn_build_install
	fi
	FRN_PG_OPTS=$FRN_BENCH_PG_OPTS frn_cluster_start
	host[$t]=$PGHOST port[$t]=$PGPORT dir[$t]=$FRN_CLUSTER_DIR
	frn_bench_psql -c "CREATE EXTENSION frnews" -c "CREATE EXTENSION pg_prewarm" \
		-f bench/harness.sql >/dev/null
	frn_bench_load_articles
done

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
			out=$(PGHOST=${host[$t]} PGPORT=${port[$t]} frn_bench_best "${query[$q]}" 1)
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
