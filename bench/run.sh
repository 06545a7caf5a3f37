#!/usr/bin/env bash
# bench/run.sh — the frnews benchmark:   sudo bash bench/run.sh
#
# Loads the OrangeSum corpus (../shared/corpus: 34,197 articles, 76 MB of body
# text) into a throwaway cluster and reports, in one run, the speed (MB of
# body text per second, on one core) and the peak memory of
#   - the core tokenizer + normaliser + stemmer through the CLI (no PostgreSQL);
#   - every case of bench/cases/*.sql, over the whole table and, for cases
#     flagged "big", over one text of 50 MB.
# The report (Markdown) goes to stdout and to build/bench/results.md.  Exit
# status 1 if a case fails or a target is missed.
#
# Case files, bench/cases/NN_feature.sql (run in name order): one case a line,
#     label | flags | SQL expression over the text column body
# e.g. "fr_normalize | big | fr_normalize(body)".  The expression is timed as
#     SELECT count(*) FROM articles WHERE (expression) IS NOT NULL
# which evaluates it once per row and keeps nothing.  For a set-returning
# function, count its rows: (SELECT count(*) FROM fr_tokens(body)).  Flags
# (comma-separated, may be empty): big = also run once over one 50 MB text.
# Lines starting with -- and blank lines are ignored.
#
# Environment: FRN_BENCH_RUNS (runs per case, best reported; default 3),
# FRN_BENCH_ROWS (first N articles only, for quick trials), FRNEWS_STAGE.
set -uo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

if ! frn_bench_corpus_present; then
	echo "skipped: ../shared/corpus not found"
	exit 0
fi
frn_require_root "$@"

# Labels the targets refer to (bench/cases/00_reference.sql, 10_core.sql).
REF_LABEL="to_tsvector('french')"
NORM_LABEL=fr_normalize
CORE_TARGET_MBS=50
NORM_TARGET_RATIO=10

frn_bench_start || exit 1
echo "loading the corpus..." >&2
frn_bench_load_articles || exit 1
frn_bench_load_big || exit 1
read -r BYTES ROWS <<<"$(frn_bench_psql -At -F ' ' -c "SELECT sum(octet_length(body)), count(*) FROM articles")"
BIG_BYTES=$(frn_bench_psql -At -c "SELECT octet_length(body) FROM big")

mbs() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / s / 1e6 }'; }
mb() { awk -v k="${1#≤}" -v p="${1%%[0-9]*}" 'BEGIN { printf "%s%.0f MB", p, k / 1024 }'; }

# The core alone: build/frnews --bench over the same bodies.  It reports on
# stderr "frnews bench: N bytes, N tokens, core S s = ..." (S: time spent in
# tokenize + fold + stem); the whole run (reading, JSON parsing) is timed here
# and the peak RSS is the child's, from getrusage.  Prints
# "core_seconds wall_seconds peak_rss_kb bytes" of the run fastest in the core.
cli_best() {
	local i out best=
	for ((i = 0; i < FRN_BENCH_RUNS; i++)); do
		out=$(python3 - build/frnews --bench --jsonl-input "$FRN_BENCH_OUT/bodies.jsonl" <<-'PY'
			import re, resource, subprocess, sys, time
			t0 = time.perf_counter()
			r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
			wall = time.perf_counter() - t0
			err = r.stderr.decode(errors="replace")
			m = re.search(r"frnews bench: (\d+) bytes, \d+ tokens, core ([0-9.]+) s", err)
			if r.returncode != 0 or not m:
			    sys.exit(err.strip() or "exit status %d" % r.returncode)
			# The child's peak starts at this process's size (fork before
			# exec): below that, only an upper bound is known (shown as "≤").
			child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
			bound = "" if child > resource.getrusage(resource.RUSAGE_SELF).ru_maxrss else "≤"
			print(m.group(2), wall, bound + str(child), m.group(1))
		PY
		) || { echo "$out"; return 1; }
		if [ -z "$best" ] || awk -v a="${out%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
			best=$out
		fi
	done
	echo "$best"
}

trim() { sed 's/^[[:space:]]*//; s/[[:space:]]*$//' <<<"$1"; }
first_line() { sed -n '1{s/^ERROR: *//;p}' <<<"$1"; }
# A Markdown table cell: | inside would split it.
cell() { sed 's/|/\\|/g' <<<"$1"; }

# Cases: arrays of label, expression, flags; results per label.
LABELS=() EXPRS=() FLAGS=()
for f in bench/cases/*.sql; do
	while IFS= read -r line; do
		[[ "$line" =~ ^[[:space:]]*(--|$) ]] && continue
		IFS='|' read -r label flags expr <<<"$line"
		LABELS+=("$(trim "$label")") FLAGS+=("$(tr -d ' \t' <<<"$flags")") EXPRS+=("$(trim "$expr")")
	done <"$f"
done
declare -A SECS RSS ERR BIG_SECS BIG_RSS BIG_ERR

echo "measuring: the CLI" >&2
if r=$(cli_best 2>&1); then
	read -r CLI_SECS CLI_WALL CLI_RSS CLI_BYTES <<<"$r"
else
	CLI_ERR=$(first_line "$r")
fi
for i in "${!LABELS[@]}"; do
	l=${LABELS[$i]}
	echo "measuring: $l" >&2
	if r=$(frn_bench_best "SELECT count(*) FROM articles WHERE (${EXPRS[$i]}) IS NOT NULL" 2>&1); then
		SECS[$l]=${r% *} RSS[$l]=${r#* }
	else
		ERR[$l]=$(first_line "$r")
	fi
	if [[ ",${FLAGS[$i]}," == *,big,* ]]; then
		if r=$(frn_bench_best "SELECT count(*) FROM big WHERE (${EXPRS[$i]}) IS NOT NULL" 1 2>&1); then
			BIG_SECS[$l]=${r% *} BIG_RSS[$l]=${r#* }
		else
			BIG_ERR[$l]=$(first_line "$r")
		fi
	fi
done

REF_MBS=
[ -n "${SECS[$REF_LABEL]:-}" ] && REF_MBS=$(mbs "$BYTES" "${SECS[$REF_LABEL]}")
ratio() { [ -n "$REF_MBS" ] && awk -v a="$1" -v r="$REF_MBS" 'BEGIN { printf "%.1f×", a / r }' || echo "—"; }

report() {
	echo "# frnews benchmark"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
	echo "- PostgreSQL: $(frn_bench_psql -At -c 'SHOW server_version')," \
		"settings: $(sed 's/-c //g' <<<"$FRN_BENCH_PG_OPTS")"
	echo "- frnews: $(frn_bench_psql -At -c 'SELECT fr_version()' 2>/dev/null | tr '\n' ' ')"
	echo "- corpus: $ROWS articles of ../shared/corpus/orangesum_fr.part{1,2}.jsonl.gz, $(mbs "$BYTES" 1) MB of body text (UTF-8)"
	echo "- method: best of $FRN_BENCH_RUNS runs, each in a fresh connection; SQL cases timed in the server" \
		"(clock_timestamp) as \`SELECT count(*) FROM articles WHERE (expression) IS NOT NULL\`," \
		"table warm in shared buffers; the CLI timed from outside over the same bodies (JSON Lines, output discarded)."
	echo "  Peak RSS: VmHWM of the backend (includes the shared-buffer pages it read: compare with md5) or of the CLI process."
	echo
	echo "## Whole corpus"
	echo
	echo "| case | expression | MB/s | seconds | vs to_tsvector | peak RSS |"
	echo "|---|---|---:|---:|---:|---:|"
	if [ -n "${CLI_SECS:-}" ]; then
		local m w
		m=$(mbs "$CLI_BYTES" "$CLI_SECS") w=$(mbs "$CLI_BYTES" "$CLI_WALL")
		echo "| core: tokenize + fold + stem (no PostgreSQL) | \`build/frnews --bench\`, time in the core | $m | $(printf %.2f "$CLI_SECS") | $(ratio "$m") | |"
		echo "| CLI, whole run | \`build/frnews --bench --jsonl-input\` incl. reading and JSON parsing | $w | $(printf %.2f "$CLI_WALL") | $(ratio "$w") | $(mb "$CLI_RSS") (CLI) |"
	else
		echo "| core: tokenize + fold + stem (no PostgreSQL) | \`build/frnews --bench\` | error: $(cell "$CLI_ERR") | | | |"
	fi
	local i l m
	for i in "${!LABELS[@]}"; do
		l=${LABELS[$i]}
		if [ -n "${SECS[$l]:-}" ]; then
			m=$(mbs "$BYTES" "${SECS[$l]}")
			echo "| $(cell "$l") | \`$(cell "${EXPRS[$i]}")\` | $m | $(printf %.2f "${SECS[$l]}") | $(ratio "$m") | $(mb "${RSS[$l]}") |"
		else
			echo "| $(cell "$l") | \`$(cell "${EXPRS[$i]}")\` | error: $(cell "${ERR[$l]}") | | | |"
		fi
	done
	echo
	echo "## One text of $(mbs "$BIG_BYTES" 1) MB"
	echo
	echo "| case | MB/s | seconds | backend peak RSS |"
	echo "|---|---:|---:|---:|"
	for i in "${!LABELS[@]}"; do
		l=${LABELS[$i]}
		[[ ",${FLAGS[$i]}," == *,big,* ]] || continue
		if [ -n "${BIG_SECS[$l]:-}" ]; then
			echo "| $(cell "$l") | $(mbs "$BIG_BYTES" "${BIG_SECS[$l]}") | $(printf %.2f "${BIG_SECS[$l]}") | $(mb "${BIG_RSS[$l]}") |"
		else
			echo "| $(cell "$l") | error: $(cell "${BIG_ERR[$l]}") | | |"
		fi
	done
	echo
	echo "## Targets"
	echo
	echo "| target | measured | result |"
	echo "|---|---:|---|"
	local core= norm=
	[ -n "${CLI_SECS:-}" ] && core=$(mbs "$CLI_BYTES" "$CLI_SECS")
	target "core ≥ $CORE_TARGET_MBS MB/s" "$core" "$CORE_TARGET_MBS" " MB/s"
	[ -n "${SECS[$NORM_LABEL]:-}" ] && [ -n "$REF_MBS" ] &&
		norm=$(awk -v a="$(mbs "$BYTES" "${SECS[$NORM_LABEL]}")" -v r="$REF_MBS" 'BEGIN { printf "%.1f", a / r }')
	target "fr_normalize ≥ $NORM_TARGET_RATIO× to_tsvector('french')" "$norm" "$NORM_TARGET_RATIO" "×"
}

# target DESCRIPTION MEASURED THRESHOLD UNIT: one row; a missing measurement fails.
target() {
	local result=FAIL
	[ -n "$2" ] && awk -v v="$2" -v t="$3" 'BEGIN { exit !(v >= t) }' && result=PASS
	echo "| $1 | ${2:-—}${2:+$4} | $result |"
}

report >"$FRN_BENCH_OUT/results.md"
cat "$FRN_BENCH_OUT/results.md"
[ -z "${CLI_ERR:-}" ] && [ ${#ERR[@]} -eq 0 ] && [ ${#BIG_ERR[@]} -eq 0 ] &&
	! grep -q '| FAIL |' "$FRN_BENCH_OUT/results.md"
