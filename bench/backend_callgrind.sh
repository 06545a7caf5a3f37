#!/usr/bin/env bash
# bench/backend_callgrind.sh — instructions of the backend running a query
# over the OrangeSum table, counted by callgrind: unlike CPU seconds, the
# count does not move with the load of a shared machine, so a change of 1 %
# shows.
#
#   sudo bash bench/backend_callgrind.sh QUERY [OTHER_CHECKOUT...]
#
# Builds and installs this checkout into a stage (FRNEWS_STAGE, default
# /tmp/frnews-callgrind: the module file is swapped there, never in the
# system's PostgreSQL), loads
# the first FRN_BENCH_ROWS articles (default 5000) into a throwaway cluster,
# stops it, then runs QUERY twice in a single-user backend (postgres
# --single) under callgrind and prints the instructions of the second, warm
# run (the first reads the pages and loads the module).  Each OTHER_CHECKOUT
# is built and its module file counted the same way in the same data
# directory (its SQL must declare the functions QUERY calls as this one
# does).  Example, fr_dates with a reference over the whole table:
#   FRN_BENCH_ROWS=40000 sudo bash bench/backend_callgrind.sh \
#     "SELECT count(*) FROM articles WHERE (SELECT count(*) FROM fr_dates(body, '2020-06-01 08:00')) IS NOT NULL" \
#     /work/base-97c1f76
# FRN_CALLGRIND_KEEP=DIR keeps each warm run's callgrind file there as
# DIR/LABEL.callgrind, for `callgrind_annotate --inclusive=yes`.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
frn_require_root "$@"
frn_bench_corpus_present || { echo "skipped: ../shared/corpus not found"; exit 0; }
QUERY=${1:?usage: bench/backend_callgrind.sh QUERY [OTHER_CHECKOUT...]}
shift
command -v valgrind >/dev/null || { echo "valgrind is needed" >&2; exit 1; }
FRN_BENCH_ROWS=${FRN_BENCH_ROWS:-5000}
export FRNEWS_STAGE=${FRNEWS_STAGE:-/tmp/frnews-callgrind}
frn_bench_start
frn_bench_load_articles
runuser -u postgres -- "$FRN_PG_BIN/pg_ctl" -D "$FRN_CLUSTER_DIR/data" -m fast -w stop >/dev/null
lib=$(dirname "$FRN_PG_BIN")/lib	# $libdir of the stage's server

# count LABEL MODULE: the warm run's instructions with MODULE as frnews.so
count() {
	local out=$FRN_CLUSTER_DIR/callgrind
	mkdir -p "$out" && chown postgres "$out"
	# a new file, not the old one rewritten in place
	cp "$2" "$lib/frnews.so.new" && mv "$lib/frnews.so.new" "$lib/frnews.so"
	printf '%s;\n%s;\n' "$QUERY" "$QUERY" |
		runuser -u postgres -- valgrind --tool=callgrind --dump-after=standard_ExecutorRun \
			--callgrind-out-file="$out/$1.%p" "$FRN_PG_BIN/postgres" --single -D "$FRN_CLUSTER_DIR/data" \
			$FRN_BENCH_PG_OPTS postgres >/dev/null 2>"$out/$1.log" ||
		{ grep -v '^==' "$out/$1.log" >&2; return 1; }
	# parts: .1 the first run, .2 the second, the last file the shutdown
	printf '%-40s %s instructions\n' "$1" "$(awk '/^summary:/ { print $2 }' "$out/$1".*.2)"
	if [ -n "${FRN_CALLGRIND_KEEP:-}" ]; then
		mkdir -p "$FRN_CALLGRIND_KEEP" && cp "$out/$1".*.2 "$FRN_CALLGRIND_KEEP/$1.callgrind"
	fi
}

cp "$lib/frnews.so" "$FRN_CLUSTER_DIR/frnews-this.so"
echo "$FRN_BENCH_ROWS articles, the warm run of: $QUERY"
count this "$FRN_CLUSTER_DIR/frnews-this.so"
for other in "$@"; do
	other=$(cd "$other" && pwd)
	make -C "$other" -s -j2 PG_CONFIG="$PG_CONFIG" >/dev/null
	count "$(basename "$other")" "$other/frnews.so"
done
cp "$FRN_CLUSTER_DIR/frnews-this.so" "$lib/frnews.so.new" && mv "$lib/frnews.so.new" "$lib/frnews.so"
