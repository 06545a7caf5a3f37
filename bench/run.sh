#!/usr/bin/env bash
# bench/run.sh — the frnews benchmark:   sudo bash bench/run.sh
#
# Loads the OrangeSum corpus (../shared/corpus: 34,197 articles, 76 MB of body
# text) into a throwaway cluster and reports, in one run, the speed (MB of
# body text per CPU second, one core) and the peak memory of
#   - the core tokenizer + normaliser + stemmer through the CLI (no PostgreSQL);
#   - every case of bench/cases/*.sql, over the whole table and, for cases
#     flagged "big", over one text of 50 MB;
# and checks the targets.  The report (Markdown) goes to stdout and to
# build/bench/results.md.  Exit status 1 if a case fails or a target is missed.
#
# Case files, bench/cases/NN_feature.sql (read in name order): one case a line,
#     label | flags | SQL expression over the text column body
# e.g. "fr_normalize | big,min=10 | fr_normalize(body)"; labels are unique.  The expression is
# timed as
#     SELECT count(*) FROM articles WHERE (expression) IS NOT NULL
# which evaluates it once per row and keeps nothing.  For a set-returning
# function, count its rows: (SELECT count(*) FROM fr_tokens(body)).  Flags,
# comma-separated, may be empty:
#     big     also run once over one text of 50 MB (time and peak memory)
#     min=N   target: at least N times the MB/s of to_tsvector('french'), whose
#             runs then alternate with the case's (see measure_paired)
# A case whose function or type is not installed (SQLSTATE 42883, 42704) is
# reported as skipped.  Lines starting with -- and blank lines are ignored.
#
# Environment: FRN_BENCH_RUNS (runs per case, best reported; default 5),
# FRN_BENCH_ROWS (first N articles only, for quick trials), FRNEWS_STAGE.
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

if ! frn_bench_corpus_present; then
	echo "skipped: ../shared/corpus not found"
	exit 0
fi
frn_require_root "$@"

REF_LABEL="to_tsvector('french')"	# the reference case, bench/cases/00_reference.sql
CORE_TARGET_MBS=50

frn_bench_start || exit 1
echo "loading the corpus..." >&2
frn_bench_load_articles || exit 1
frn_bench_load_big || exit 1
read -r BYTES ROWS <<<"$(frn_bench_psql -At -F ' ' -c "SELECT sum(octet_length(body)), count(*) FROM articles")"
BIG_BYTES=$(frn_bench_psql -At -c "SELECT octet_length(body) FROM big")

# MB/s; "—" below the 10 ms resolution of CPU time (FRN_BENCH_ROWS too small).
mbs() { awk -v b="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", b / s / 1e6; else printf "—" }'; }
mb() { awk -v k="${1#≤}" -v p="${1%%[0-9]*}" 'BEGIN { printf "%s%.0f MB", p, k / 1024 }'; }
trim() { sed 's/^[[:space:]]*//; s/[[:space:]]*$//' <<<"$1"; }
# A Markdown table cell: | inside would split it.
cell() { sed 's/|/\\|/g' <<<"$1"; }

# The core alone: build/frnews --bench over the same bodies.  It reports on
# stderr "frnews bench: N bytes, N tokens; core: S s CPU = ..., W s wall = ..."
# (time spent in tokenize + fold + stem); the whole CLI run is measured here
# (CPU and peak RSS of the child from getrusage).  Sets CORE and CLI to
# "cpu_s wall_s peak_rss_kb" of the run that used the least CPU in the core
# so far, CLI_BYTES to the bytes it processed, or CLI_ERR.  measure_cli RUNS:
# RUNS more runs (default FRN_BENCH_RUNS); one more run follows each SQL
# case, so that the best is taken over the whole benchmark, not over the few
# seconds of one moment of this shared machine.
measure_cli() {
	local i out
	for ((i = 0; i < ${1:-$FRN_BENCH_RUNS}; i++)); do
		out=$(python3 - build/frnews --bench --jsonl-input "$FRN_BENCH_OUT/bodies.jsonl" 2>&1 <<-'PY'
			import re, resource, subprocess, sys, time
			t0 = time.perf_counter()
			r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
			wall = time.perf_counter() - t0
			err = r.stderr.decode(errors="replace")
			m = re.search(r"frnews bench: (\d+) bytes.*core: ([0-9.]+) s CPU.*?([0-9.]+) s wall", err)
			if r.returncode != 0 or not m:
			    sys.exit(err.strip() or "exit status %d" % r.returncode)
			ru = resource.getrusage(resource.RUSAGE_CHILDREN)
			# The child's peak starts at this process's size (fork before
			# exec): below that, only an upper bound is known (shown as "≤").
			bound = "" if ru.ru_maxrss > resource.getrusage(resource.RUSAGE_SELF).ru_maxrss else "≤"
			print(m.group(1), m.group(2), m.group(3), "-", ru.ru_utime + ru.ru_stime, wall, bound + str(ru.ru_maxrss))
		PY
		) || { CLI_ERR=$(head -n 1 <<<"$out"); return 1; }
		read -r CLI_BYTES out <<<"$out"
		if frn_bench_better "$out" "${CORE:-}"; then
			CORE=${out% * * *} CLI=${out#* * * }
		fi
	done
}

# Cases: label, flags and expression of each line of bench/cases/*.sql.
LABELS=() FLAGS=() EXPRS=()
for f in bench/cases/*.sql; do
	while IFS= read -r line; do
		[[ "$line" =~ ^[[:space:]]*(--|$) ]] && continue
		IFS='|' read -r label flags expr <<<"$line"
		label=$(trim "$label")
		if printf '%s\n' "${LABELS[@]}" | grep -qxF -- "$label"; then
			echo "$f: duplicate label: $label" >&2
			exit 1
		fi
		LABELS+=("$label") FLAGS+=("$(tr -d ' \t' <<<"$flags")") EXPRS+=("$(trim "$expr")")
	done <"$f"
done
is_big() { [[ ",${FLAGS[$1]}," == *,big,* ]]; }
min_ratio() { sed -nE 's/(^|.*,)min=([0-9.]+).*/\2/p' <<<"${FLAGS[$1]}"; }

# measure QUERY [RUNS]: the result "cpu_s wall_s peak_rss_kb", or
# "skipped: ..." / "error: ..." (first line of the server's message).
measure() {
	local out
	if out=$(frn_bench_best "$@" 2>&1); then
		echo "$out"
		return
	fi
	out=$(head -n 1 <<<"$out")
	if [[ "$out" =~ ^ERROR:\ +(42883|42704):\ (.*)$ ]]; then
		echo "skipped: ${BASH_REMATCH[2]}"
	else
		echo "error: ${out#ERROR:  }"
	fi
}

table_query() { echo "SELECT count(*) FROM articles WHERE ($1) IS NOT NULL"; }
for i in "${!LABELS[@]}"; do
	[ "${LABELS[$i]}" = "$REF_LABEL" ] && REF_QUERY=$(table_query "${EXPRS[$i]}")
done

# measure_paired QUERY LABEL: for a case with a target against to_tsvector,
# FRN_BENCH_RUNS runs of the reference and of the case, alternating, so that
# both see the same moments of this shared machine (whose speed drifts by
# ±25 % over minutes); sets RES[LABEL] and PAIRED_REF[LABEL] to the best of each.
measure_paired() {
	local query=$1 l=$2 r out ref= best=
	for ((r = 0; r < FRN_BENCH_RUNS; r++)); do
		out=$(measure "$REF_QUERY" 1)
		measured "$out" && frn_bench_better "$out" "$ref" && ref=$out
		out=$(measure "$query" 1)
		measured "$out" || { RES[$l]=$out; return; }
		frn_bench_better "$out" "$best" && best=$out
	done
	RES[$l]=$best PAIRED_REF[$l]=$ref
}

measured() { [[ "$1" =~ ^[0-9] ]]; }
declare -A RES BIG PAIRED_REF
echo "measuring: the CLI" >&2
measure_cli
for i in "${!LABELS[@]}"; do
	l=${LABELS[$i]}
	echo "measuring: $l" >&2
	if [ -n "$(min_ratio "$i")" ] && [ -n "${REF_QUERY:-}" ]; then
		measure_paired "$(table_query "${EXPRS[$i]}")" "$l"
	else
		RES[$l]=$(measure "$(table_query "${EXPRS[$i]}")")
	fi
	is_big "$i" && [[ "${RES[$l]}" != skipped:* ]] &&
		BIG[$l]=$(measure "SELECT count(*) FROM big WHERE (${EXPRS[$i]}) IS NOT NULL" 1)
	[ -n "${CLI_ERR:-}" ] || measure_cli 1
done

REF_MBS=
measured "${RES[$REF_LABEL]:-}" && REF_MBS=$(mbs "$BYTES" "${RES[$REF_LABEL]%% *}")
# ref_mbs LABEL: the MB/s of to_tsvector to compare LABEL with: the runs
# interleaved with it if any, else the reference case's own.
ref_mbs() {
	if measured "${PAIRED_REF[$1]:-}"; then mbs "$BYTES" "${PAIRED_REF[$1]%% *}"; else echo "$REF_MBS"; fi
}
# ratio MBS REF_MBS: MBS over to_tsvector's, or empty.
ratio() { [[ "$2" =~ ^[0-9] && "$1" =~ ^[0-9] ]] && awk -v a="$1" -v r="$2" 'BEGIN { printf "%.1f", a / r }'; }

# row LABEL DESCRIPTION BYTES RESULT [REF_MBS]: one table row, with the
# ratio column when REF_MBS is given (possibly empty).
row() {
	local cpu wall rss m r
	if ! measured "$4"; then
		echo "| $(cell "$1") | $(cell "$2") | $(cell "${4:-error: no result}") | | |$([ $# -ge 5 ] && echo " |") |"
		return
	fi
	read -r cpu wall rss <<<"$4"
	m=$(mbs "$3" "$cpu")
	echo -n "| $(cell "$1") | $(cell "$2") | $m | $(printf %.2f "$cpu") | $(printf %.2f "$wall") |"
	[ $# -ge 5 ] && { r=$(ratio "$m" "$5"); echo -n " ${r:-—}${r:+×} |"; }
	[ "$rss" = - ] && echo " |" || echo " $(mb "$rss") |"
}

# target DESCRIPTION MEASURED THRESHOLD UNIT: one row; a missing measurement fails.
target() {
	local result=FAIL
	[ -n "$2" ] && awk -v v="$2" -v t="$3" 'BEGIN { exit !(v >= t) }' && result=PASS
	echo "| $1 | ${2:-—}${2:+$4} | $result |"
}

report() {
	local i l t core=
	echo "# frnews benchmark"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores," \
		"$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "- PostgreSQL $(frn_bench_psql -At -c 'SHOW server_version'): $(sed 's/-c //g' <<<"$FRN_BENCH_PG_OPTS")"
	echo "- $(frn_bench_psql -At -c 'SELECT fr_version()' 2>/dev/null)"
	echo "- corpus: $ROWS articles of ../shared/corpus/orangesum_fr.part{1,2}.jsonl.gz, $(mbs "$BYTES" 1) MB of body text (UTF-8)"
	echo "- method: MB/s = body bytes / CPU seconds (user + system) of the process doing the work, best of" \
		"$FRN_BENCH_RUNS runs (the CLI: $((FRN_BENCH_RUNS + ${#LABELS[@]})) runs spread over the benchmark); wall-clock" \
		"seconds of the same run beside it.  A case with a target against" \
		"to_tsvector alternates its runs with runs of to_tsvector, and its \"vs to_tsvector\" compares the best" \
		"of each (the other rows compare with the to_tsvector row).  SQL cases run in a fresh connection" \
		"each, as \`SELECT count(*) FROM articles WHERE (expression) IS NOT NULL\`, table warm in shared buffers." \
		"Peak RSS: VmHWM of the backend, which counts the shared-buffer pages it read (compare with md5)," \
		"or of the CLI, which holds its whole input file in memory."
	echo
	echo "## Whole corpus, one core"
	echo
	echo "| case | expression | MB/s | CPU s | wall s | vs to_tsvector | peak RSS |"
	echo "|---|---|---:|---:|---:|---:|---:|"
	row "core: tokenize + fold + stem" "build/frnews --bench (time inside the core, no PostgreSQL)" \
		"${CLI_BYTES:-}" "${CORE:-error: ${CLI_ERR:-}}" "$REF_MBS"
	row "CLI, whole run" "build/frnews --bench --jsonl-input (incl. reading and JSON parsing)" \
		"${CLI_BYTES:-}" "${CLI:-error: ${CLI_ERR:-}}" "$REF_MBS"
	for i in "${!LABELS[@]}"; do
		l=${LABELS[$i]}
		row "$l" "\`${EXPRS[$i]}\`" "$BYTES" "${RES[$l]}" "$(ref_mbs "$l")"
	done
	echo
	echo "## One text of $(mbs "$BIG_BYTES" 1) MB"
	echo
	echo "| case | expression | MB/s | CPU s | wall s | backend peak RSS |"
	echo "|---|---|---:|---:|---:|---:|"
	for i in "${!LABELS[@]}"; do
		l=${LABELS[$i]}
		[ -n "${BIG[$l]:-}" ] && row "$l" "\`${EXPRS[$i]}\`" "$BIG_BYTES" "${BIG[$l]}"
	done
	echo
	echo "## Targets"
	echo
	echo "| target | measured | result |"
	echo "|---|---:|---|"
	measured "${CORE:-}" && core=$(mbs "$CLI_BYTES" "${CORE%% *}")
	target "core ≥ $CORE_TARGET_MBS MB/s" "$core" "$CORE_TARGET_MBS" " MB/s"
	for i in "${!LABELS[@]}"; do
		l=${LABELS[$i]} t=$(min_ratio "$i")
		[ -n "$t" ] || continue
		if [[ "${RES[$l]}" == skipped:* ]]; then
			echo "| $(cell "$l") ≥ $t× to_tsvector('french') | — | skipped |"
		else
			measured "${RES[$l]}" && r=$(ratio "$(mbs "$BYTES" "${RES[$l]%% *}")" "$(ref_mbs "$l")") || r=
			target "$(cell "$l") ≥ $t× to_tsvector('french')" "$r" "$t" "×"
		fi
	done
}

report >"$FRN_BENCH_OUT/results.md"
cat "$FRN_BENCH_OUT/results.md"
! grep -qE '\| (error: .*|FAIL \|)$' "$FRN_BENCH_OUT/results.md"
