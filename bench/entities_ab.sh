#!/usr/bin/env bash
# bench/entities_ab.sh — the entity tagger of this checkout against another
# checkout's, in CPU seconds of the backend (bench.run of bench/harness.sql).
#
#   sudo bash bench/entities_ab.sh OTHER_CHECKOUT [ROUNDS]
#
# On a shared machine the load moves wall-clock ratios by ±25 % from one run
# to the next, which hides a change of 10 %: here each checkout is built and
# installed into its own stage (FRNEWS_STAGE, default /tmp/frnews-ab-this,
# and /tmp/frnews-ab-other) with its own cluster holding the first
# FRN_BENCH_ROWS (default 5000) OrangeSum articles, and ROUNDS (default 6)
# rounds run to_tsvector('french', body), fr_entities_builtin(body) and
# fr_entities(body) in one cluster then the other.  Prints the least CPU
# time of each, with its ratio to to_tsvector in the same cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_require_root "$@"
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
OTHER=$(cd "${1:?usage: bench/entities_ab.sh OTHER_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${2:-6}
export FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-5000}
THIS_STAGE=${FRNEWS_STAGE:-/tmp/frnews-ab-this}
declare -A host port dir best
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
	[builtin]="SELECT count(*) FROM articles, fr_entities_builtin(body)"
	[dict]="SELECT count(*) FROM articles, fr_entities(body)"
)
for ((r = 1; r <= ROUNDS; r++)); do
	for t in this other; do
		for q in tsv builtin dict; do
			out=$(PGHOST=${host[$t]} PGPORT=${port[$t]} frn_bench_best "${query[$q]}" 1)
			frn_bench_better "$out" "${best[$t.$q]:-}" && best[$t.$q]=$out
		done
	done
done
echo "$FRN_BENCH_ROWS articles, best CPU seconds of $ROUNDS rounds:"
for t in this other; do
	tsv=${best[$t.tsv]%% *} builtin=${best[$t.builtin]%% *} dict=${best[$t.dict]%% *}
	awk -v t="$t" -v a="$tsv" -v b="$builtin" -v c="$dict" 'BEGIN {
		printf "%-6s to_tsvector %.2f s, fr_entities_builtin %.2f s (%.1fx), fr_entities %.2f s (%.1fx)\n",
			t, a, b, a / b, c, a / c }'
done
