#!/usr/bin/env bash
# bench/similarity.sh — near-duplicate and related-article search: frnews
# (fr_sig with GIN, fr_flat and GiST) against pg_trgm (GIN and GiST on the bodies),
# on the 34,197 OrangeSum articles plus 500 edited copies used as queries.
#
#   sudo bash bench/similarity.sh
#
# Settings (environment): TRGM_KNN_QUERIES (default 100) and TRGM_PCT_QUERIES
# (default 5) bound the pg_trgm runs, which take about 0.5 s and 30 s per
# query; SCALE_QUERIES (default 100) queries per table size in the scaling
# runs.  Single backend, no parallel workers, JIT off.  About 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus
if [ ! -r "$CORPUS/orangesum_fr.part1.jsonl.gz" ] || [ ! -r "$CORPUS/neardup_orangesum_500.jsonl.gz" ]; then
	echo "similarity bench: skipped (../shared/corpus is absent)"
	exit 0
fi
export FRNEWS_STAGE=${FRNEWS_STAGE:-/tmp/stage-similarity}
source test/lib/pgenv.sh
frn_require_root "$@"

export FRN_PG_OPTS="-c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=1GB \
 -c max_parallel_workers_per_gather=0 -c max_parallel_maintenance_workers=0 -c jit=off \
 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=8GB"
frn_build_install
trap frn_cluster_stop EXIT
frn_cluster_start

# The cluster runs as postgres: give it readable copies of the inputs.
WORK=$(mktemp -d /tmp/frnews-bench-sim.XXXXXX)
trap 'frn_cluster_stop; rm -rf "$WORK"' EXIT
cp "$CORPUS"/orangesum_fr.part1.jsonl.gz "$CORPUS"/orangesum_fr.part2.jsonl.gz \
	"$CORPUS"/neardup_orangesum_500.jsonl.gz bench/similarity_load.py "$WORK"/
chmod -R a+rX "$WORK"

start=$(date +%s)
psql -X -v corpus="$WORK" -v loader="$WORK/similarity_load.py" \
	-v trgm_knn_queries="${TRGM_KNN_QUERIES:-100}" -v trgm_pct_queries="${TRGM_PCT_QUERIES:-5}" \
	-v scale_queries="${SCALE_QUERIES:-100}" -f bench/similarity.sql
echo "similarity bench: done in $(( $(date +%s) - start )) s"
