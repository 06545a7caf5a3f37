#!/usr/bin/env bash
# bench/ab.sh — one extractor of this checkout against another checkout's,
# in CPU seconds of the backend (bench.run of bench/harness.sql).
#
#   sudo bash bench/ab.sh SET OTHER_CHECKOUT [ROUNDS]
#
# SET: entities (fr_entities_builtin, fr_entities), dates (fr_dates(body),
# fr_dates(body, ref)) or amounts (fr_amounts, fr_percents, and both in one
# query: the case of bench/cases/30_money.sql).  On a shared machine the
# load moves wall-clock ratios by ±25 % from one run to the next, which
# hides a change of 10 %: here each checkout has its own stage and cluster
# (frn_ab_start in bench/lib.sh) holding the first FRN_BENCH_ROWS OrangeSum
# articles (default 5000; 8000 for amounts), and ROUNDS (default 6) rounds
# run to_tsvector('french', body) and the queries of SET in one cluster then
# the other.  Prints the least CPU time of each query, with its ratio to
# to_tsvector in the same cluster, and the ratio of every round (its spread:
# to_tsvector and the query measured back to back).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_require_root "$@"
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
usage="usage: bench/ab.sh entities|dates|amounts OTHER_CHECKOUT [ROUNDS]"
SET=${1:?$usage}
OTHER=$(cd "${2:?$usage}" && pwd)
ROUNDS=${3:-6}
rows=5000
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
	amounts)
		rows=8000
		names=(tsv fr_amounts fr_percents both)
		query[fr_amounts]="SELECT count((SELECT count(*) FROM fr_amounts(body))) FROM articles"
		query[fr_percents]="SELECT count((SELECT count(*) FROM fr_percents(body))) FROM articles"
		query[both]="SELECT count((SELECT count(*) FROM fr_amounts(body)) + (SELECT count(*) FROM fr_percents(body))) FROM articles" ;;
	*)
		echo "unknown set: $SET; $usage" >&2
		exit 2 ;;
esac
export FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-$rows}
trap frn_ab_stop EXIT
frn_ab_start "$OTHER"

declare -A best ratios
for ((r = 1; r <= ROUNDS; r++)); do
	for t in this other; do
		tsv=
		for q in "${names[@]}"; do
			out=$(frn_ab_run "$t" "${query[$q]}")
			frn_bench_better "$out" "${best[$t.$q]:-}" && best[$t.$q]=$out
			if [ "$q" = tsv ]; then
				tsv=${out%% *}
			else
				ratios[$t.$q]+=$(awk -v a="$tsv" -v b="${out%% *}" 'BEGIN { printf " %.1f", a / b }')
			fi
		done
	done
done
echo "$FRN_BENCH_ROWS articles, best CPU seconds of $ROUNDS rounds (each round's ratio in brackets):"
for t in this other; do
	line=$(printf '%-6s to_tsvector %.2f s' "$t" "${best[$t.tsv]%% *}")
	for q in "${names[@]:1}"; do
		line+=$(awk -v q="$q" -v a="${best[$t.tsv]%% *}" -v b="${best[$t.$q]%% *}" -v r="${ratios[$t.$q]}" \
			'BEGIN { printf ", %s %.2f s (%.1fx) [%s ]", q, b, a / b, r }')
	done
	echo "$line"
done
