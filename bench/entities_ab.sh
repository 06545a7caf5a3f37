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
trap frn_ab_stop EXIT
frn_ab_start "$OTHER"
declare -A best

declare -A query=(
	[tsv]="SELECT count(to_tsvector('french', body)) FROM articles"
	[builtin]="SELECT count(*) FROM articles, fr_entities_builtin(body)"
	[dict]="SELECT count(*) FROM articles, fr_entities(body)"
)
for ((r = 1; r <= ROUNDS; r++)); do
	for t in this other; do
		for q in tsv builtin dict; do
			out=$(frn_ab_run "$t" "${query[$q]}")
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
