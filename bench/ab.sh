#!/usr/bin/env bash
# bench/ab.sh — one extractor of this checkout against another checkout's,
# in CPU seconds of the backend (bench.run of bench/harness.sql).
#
#   sudo bash bench/ab.sh SET OTHER_CHECKOUT [ROUNDS]
#
# SET: entities (fr_entities_builtin, fr_entities) or dates (fr_dates(body),
# fr_dates(body, ref)).  On a shared machine the load moves wall-clock
# ratios by ±25 % from one run to the next, which hides a change of 10 %:
# here each checkout is built and installed into its own stage
# (FRNEWS_STAGE, default /tmp/frnews-ab-this, and /tmp/frnews-ab-other) with
# its own cluster holding the first FRN_BENCH_ROWS (default 5000) OrangeSum
# articles, and ROUNDS (default 6) rounds run to_tsvector('french', body)
# and the queries of SET in one cluster then the other.  Prints the least
# CPU time of each, with its ratio to to_tsvector in the same cluster, and
# every round's times (their spread).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_require_root "$@"
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
SET=${1:?usage: bench/ab.sh entities|dates OTHER_CHECKOUT [ROUNDS]}
OTHER=$(cd "${2:?usage: bench/ab.sh entities|dates OTHER_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${3:-6}
declare -A query=([tsv]="SELECT count(to_tsvector('french', body)) FROM articles")
case "$SET" in
	entities)
		names=(tsv fr_entities_builtin fr_entities)
		query[fr_entities_builtin]="SELECT count(*) FROM articles, fr_entities_builtin(body)"
		query[fr_entities]="SELECT count(*) FROM articles, fr_entities(body)" ;;
	dates)
		names=(tsv "fr_dates(body)" "fr_dates(body,ref)")
		query[fr_dates(body)]="SELECT count(*) FROM articles WHERE (SELECT count(*) FROM fr_dates(body)) IS NOT NULL"
		query[fr_dates(body,ref)]="SELECT count(*) FROM articles WHERE (SELECT count(*) FROM fr_dates(body, '2020-06-01 08:00')) IS NOT NULL" ;;
	*)
		echo "unknown set: $SET (entities or dates)" >&2
		exit 2 ;;
esac
export FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-5000}
THIS_STAGE=${FRNEWS_STAGE:-/tmp/frnews-ab-this}
declare -A host port dir best all
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

for ((r = 1; r <= ROUNDS; r++)); do
	for t in this other; do
		for q in "${names[@]}"; do
			out=$(PGHOST=${host[$t]} PGPORT=${port[$t]} frn_bench_best "${query[$q]}" 1)
			frn_bench_better "$out" "${best[$t.$q]:-}" && best[$t.$q]=$out
			all[$t.$q]="${all[$t.$q]:-} $(printf '%.2f' "${out%% *}")"
		done
	done
done
echo "$FRN_BENCH_ROWS articles, best CPU seconds of $ROUNDS rounds (every round in brackets):"
for t in this other; do
	line=$(printf '%-6s to_tsvector %.2f s' "$t" "${best[$t.tsv]%% *}")
	for q in "${names[@]:1}"; do
		line+=$(awk -v q="$q" -v a="${best[$t.tsv]%% *}" -v b="${best[$t.$q]%% *}" -v all="${all[$t.$q]}" \
			'BEGIN { printf ", %s %.2f s (%.1fx) [%s ]", q, b, a / b, all }')
	done
	echo "$line"
done
