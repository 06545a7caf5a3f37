# bench/lib.sh — sourced by the benchmarks (bench/run.sh, and feature benchmarks
# such as bench/similarity.sh that need the same corpus table).
#
#   source bench/lib.sh
#   frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
#   frn_require_root "$@"
#   frn_bench_start              # deps, build, install, cluster (stopped on EXIT), extension
#   frn_bench_load_articles      # table articles(id, title, body), warm in shared buffers
#   frn_bench_best "SELECT ..."  # "cpu_s wall_s peak_rss_kb" of the fastest of FRN_BENCH_RUNS runs
#
# Settings: FRN_BENCH_RUNS (default 5), FRN_BENCH_ROWS (load only the first N
# articles, for quick trials), FRNEWS_STAGE (private install, see pgenv.sh).

FRN_BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$FRN_BENCH_ROOT/test/lib/pgenv.sh"

FRN_BENCH_OUT=$FRN_BENCH_ROOT/build/bench
FRN_BENCH_RUNS=${FRN_BENCH_RUNS:-5}
# Relative to the repository root, as every script that reads ../shared.
FRN_CORPUS_FILES=(../shared/corpus/orangesum_fr.part1.jsonl.gz ../shared/corpus/orangesum_fr.part2.jsonl.gz)
# Single-core figures (no parallel workers, no JIT), corpus held in shared buffers.
FRN_BENCH_PG_OPTS="-c shared_buffers=1GB -c work_mem=64MB -c max_parallel_workers_per_gather=0 -c jit=off"

frn_bench_corpus_present() {
	local f
	for f in "${FRN_CORPUS_FILES[@]}"; do
		[ -r "$FRN_BENCH_ROOT/$f" ] || return 1
	done
}

# psql on the benchmark cluster, stopping at the first error.
frn_bench_psql() {
	psql -X -q -v ON_ERROR_STOP=1 "$@"
}

frn_bench_start() {
	cd "$FRN_BENCH_ROOT" || return 1
	./install-deps.sh || { echo "dependency installation failed" >&2; return 1; }
	frn_build_install || { echo "build failed" >&2; return 1; }
	mkdir -p "$FRN_BENCH_OUT"
	FRN_PG_OPTS="$FRN_BENCH_PG_OPTS ${FRN_PG_OPTS:-}"
	trap frn_cluster_stop EXIT
	frn_cluster_start || { echo "could not start a PostgreSQL cluster" >&2; return 1; }
	frn_bench_psql -c "CREATE EXTENSION frnews" -c "CREATE EXTENSION pg_prewarm" \
		-f bench/harness.sql >/dev/null
}

# Load the corpus into articles(id, title, body); also writes
# build/bench/bodies.jsonl ({"body": ...} per line) for the CLI benchmark.
frn_bench_load_articles() {
	local limit=()
	[ -n "${FRN_BENCH_ROWS:-}" ] && limit=(--limit "$FRN_BENCH_ROWS")
	frn_bench_psql -c "CREATE TABLE articles (id text PRIMARY KEY, title text, body text)" || return 1
	(cd "$FRN_BENCH_ROOT" && python3 bench/load_corpus.py "${limit[@]}" --bodies "$FRN_BENCH_OUT/bodies.jsonl" \
		"${FRN_CORPUS_FILES[@]}") |
		frn_bench_psql -c "COPY articles (id, title, body) FROM STDIN" || return 1
	# Freeze once (no hint-bit writes during measurements), then warm the
	# heap and its TOAST table into shared buffers.
	frn_bench_psql -c "VACUUM (FREEZE, ANALYZE) articles" \
		-c "SELECT pg_prewarm('articles'), pg_prewarm(reltoastrelid) FROM pg_class WHERE relname = 'articles'" >/dev/null
}

# One text of about 50 MB (articles joined by blank lines) in table big(body).
frn_bench_load_big() {
	frn_bench_psql >/dev/null <<-'SQL'
		CREATE TABLE big AS
		WITH r AS (SELECT body, sum(octet_length(body)) OVER (ORDER BY id) AS upto FROM articles)
		SELECT string_agg(body, E'\n\n') AS body FROM r WHERE upto <= 50 * 1000 * 1000;
		VACUUM (FREEZE, ANALYZE) big;
		SELECT pg_prewarm('big'), pg_prewarm(reltoastrelid) FROM pg_class WHERE relname = 'big';
	SQL
}

# Is result "cpu_s ..." $1 better (less CPU) than $2 (empty: no result yet)?
frn_bench_better() {
	[ -z "$2" ] || awk -v a="${1%% *}" -v b="${2%% *}" 'BEGIN { exit !(a < b) }'
}

# Run QUERY FRN_BENCH_RUNS times (RUNS argument overrides), each in a fresh
# connection; print "cpu_seconds wall_seconds peak_rss_kb" of the run that
# used the least CPU.  On error, print the error (with its SQLSTATE) on stderr
# and return 1.
frn_bench_best() {
	local query=$1 runs=${2:-$FRN_BENCH_RUNS} i out best= err
	err=$(mktemp)
	for ((i = 0; i < runs; i++)); do
		out=$(frn_bench_psql -At -F ' ' -v VERBOSITY=verbose -v q="$query" 2>"$err" <<<"SELECT cpu_seconds, wall_seconds, peak_rss_kb FROM bench.run(:'q');") ||
			{ sed 's/^psql:<stdin>:[0-9]*: //' "$err" >&2; rm -f "$err"; return 1; }
		frn_bench_better "$out" "$best" && best=$out
	done
	rm -f "$err"
	echo "$best"
}

# A/B benchmarks (bench/*_ab.sh): this checkout and the checkout OTHER, each
# built and installed into its own stage (FRNEWS_STAGE, default
# /tmp/frnews-ab-this, and /tmp/frnews-ab-other) with its own cluster
# holding the articles.  Fills frn_ab_host, frn_ab_port, frn_ab_dir (keys
# this, other); callers trap frn_ab_stop on EXIT.
frn_ab_start() {
	local other=$1 t
	# with FRNEWS_STAGE set, the other checkout gets a stage of its own beside
	# it, so that helpers benchmarking at the same time do not share one
	local other_stage=${FRNEWS_STAGE:+$FRNEWS_STAGE-other}
	declare -gA frn_ab_host frn_ab_port frn_ab_dir
	mkdir -p "$FRN_BENCH_OUT"
	for t in this other; do
		if [ "$t" = this ]; then
			FRN_ROOT=$FRN_BENCH_ROOT FRNEWS_STAGE=${FRNEWS_STAGE:-/tmp/frnews-ab-this} frn_build_install || return 1
		else
			FRN_ROOT=$other FRNEWS_STAGE=${other_stage:-/tmp/frnews-ab-other} frn_build_install || return 1
		fi
		FRN_PG_OPTS=$FRN_BENCH_PG_OPTS frn_cluster_start || return 1
		frn_ab_host[$t]=$PGHOST frn_ab_port[$t]=$PGPORT frn_ab_dir[$t]=$FRN_CLUSTER_DIR
		frn_bench_psql -c "CREATE EXTENSION frnews" -c "CREATE EXTENSION pg_prewarm" \
			-f bench/harness.sql >/dev/null || return 1
		frn_bench_load_articles || return 1
	done
}

frn_ab_stop() {
	local t
	for t in this other; do
		FRN_CLUSTER_DIR=${frn_ab_dir[$t]:-}
		frn_cluster_stop
	done
}

# "cpu_s wall_s peak_rss_kb" of one run of QUERY in the cluster of SIDE (this, other).
frn_ab_run() {
	PGHOST=${frn_ab_host[$1]} PGPORT=${frn_ab_port[$1]} frn_bench_best "$2" 1
}
