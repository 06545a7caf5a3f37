#!/usr/bin/env bash
# test/suites/limits.sh — no input of ordinary size can hurt the server
# (issue #11): for every SQL function of frnews that reads text, time and
# memory grow linearly with the input, and statement_timeout ends a call.
#
# Starts its own throwaway cluster, whose processes run under an address-space
# limit (LIMITS_AS_MB, default 3 GB) so that a runaway backend gets
# "out of memory" instead of waking the kernel's OOM killer.
#
#   1. Growth.  Each function (FUNCS below) runs on each pathological input
#      (test/lib/limit_inputs.sh: one word or name repeated, name rosters,
#      particles, combining marks, digits and separators, elisions, URLs,
#      e-mails, percent and currency signs, newlines, one giant word, a mix)
#      at two sizes 4x apart (LIMITS_SMALL bytes, default 32 kB, and 4x
#      that), each in a fresh backend:
#        - time is the server time of the call, result consumed; the check
#          fails when it grows more than MAX_RATIO (6x) between the sizes,
#          ignoring times under FLOOR_MS (50 ms) on the large input and
#          taking the small time as at least SMALL_FLOOR_MS (10 ms); a
#          failing ratio is re-measured as the best of 3 fresh backends per
#          size, in the backend's CPU time (4 ms ticks; wall time where
#          /proc/self/schedstat cannot be read) so that other work on the
#          machine cannot fail it, before it counts, and a small call over FLOOR_MS is timed
#          twice (the better counts); the large call gets a
#          statement_timeout of MAX_RATIO x the small time + 1 s, and
#          hitting it fails the check;
#        - peak is the backend's peak resident memory during the call
#          (VmHWM of /proc/<backend>/status, reset to the resident size
#          just before the call through /proc/<backend>/clear_refs, after a
#          warm-up call that loads the module's data); the check fails when
#          it exceeds MEM_BASE_MB + MEM_PER_BYTE x the input's bytes at
#          either size (the documented bound, docs/limits.md); work_mem is
#          64kB so that a set-returning function's rows spill to disk and
#          the peak is frnews's own memory, not the result's;
#        - an error is a fine answer (e.g. a 32 kB fr_money literal), except
#          out of memory (53200), an internal error (XX...), a crash, or an
#          error raised by the error itself (a message invalid in UTF-8).
#      One line per function and input: "ok"/"FAIL", then both sizes'
#      time and peak: the table docs/limits.md quotes.
#   2. Cancel.  For each function, the input that was slowest at the large
#      size, grown to take about 2 s (between 1 and 4 MB), runs under
#      SET statement_timeout = '1s': the client must get its answer or the
#      cancel within 2 s of wall time.
#   3. Cancel inside a sort: fr_related(sig, sig, keys, keys) sorts its key
#      arrays; with 4 million distinct keys (built before the timed call)
#      each sort takes seconds.  The same check as 2.
#   4. Planning against extreme statistics: EXPLAIN of a k-nearest query
#      through an fr_flat index whose table pg_class says holds 1e30 rows,
#      then Infinity, under SET statement_timeout = '1s'.  The same check
#      as 2 ("fr_flat cost" in LIMITS_FUNC selects it).
# A call that ignores its statement_timeout is given HARD_EXTRA_S more
# seconds, then its backend is killed (the cluster restarts) and the check
# fails.
# Last line: "limits: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/pgenv.sh
source test/lib/limit_inputs.sh

PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $1${2:+: $2}"; }
# CPU seconds of the server's backends (load-independent cost of the suite).
server_cpu() {
	local pm
	pm=$(head -1 "${FRN_CLUSTER_DIR:-/nonexistent}/data/postmaster.pid" 2>/dev/null) &&
		awk -v t="$(getconf CLK_TCK)" '{ printf "%.0f", ($16 + $17) / t }' "/proc/$pm/stat" 2>/dev/null
}
finish() {
	echo "# $SECONDS s of wall time; the backends used $(server_cpu) s of CPU"
	echo "limits: $PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ]
	exit
}

SMALL=${LIMITS_SMALL:-32768}
LARGE=$((4 * SMALL))
MAX_RATIO=6
FLOOR_MS=50
SMALL_FLOOR_MS=10
MEM_BASE_MB=32
MEM_PER_BYTE=64
CANCEL_MIN=1048576
CANCEL_MAX=4194304
CANCEL_WALL_MS=2000
HARD_EXTRA_S=10
AS_MB=${LIMITS_AS_MB:-3072}
# To iterate on a few cases: regular expressions on function and input names.
ONLY_FUNC=${LIMITS_FUNC:-.}
ONLY_GEN=${LIMITS_GEN:-.}

[ "$(id -u)" -eq 0 ] || [ "$(id -un)" = postgres ] || { fail "must run as root or postgres"; finish; }
frn_build_install || { fail "build and install"; finish; }
PSQL=$FRN_PG_BIN/psql

# Functions that read text: name | a query of one value over the input $1.
FUNCS=(
	"fr_tokens|SELECT count(*) FROM fr_tokens(\$1)"
	"fr_sentences|SELECT count(*) FROM fr_sentences(\$1)"
	"fr_normalize|SELECT length(fr_normalize(\$1))"
	"fr_stem|SELECT length(fr_stem(\$1))"
	"fr_amounts|SELECT count(*) FROM fr_amounts(\$1)"
	"fr_amounts(,CAD)|SELECT count(*) FROM fr_amounts(\$1, 'CAD')"
	"fr_amounts(,,readings)|SELECT count(*) FROM fr_amounts(\$1, 'USD', 'franc=CHF, livre=GBP, balle=EUR')"
	"fr_percents|SELECT count(*) FROM fr_percents(\$1)"
	"fr_dates|SELECT count(*) FROM fr_dates(\$1)"
	"fr_dates(,ref)|SELECT count(*) FROM fr_dates(\$1, '2024-05-02 09:00')"
	"fr_number|SELECT fr_number(\$1)::text"
	"fr_parse_money|SELECT fr_parse_money(\$1)::text"
	"fr_parse_money(,CAD)|SELECT fr_parse_money(\$1, 'CAD')::text"
	"fr_parse_money(,,readings)|SELECT fr_parse_money(\$1, 'USD', 'franc=CHF')::text"
	"fr_money(1,text)|SELECT fr_money(1, \$1)::text"
	"fr_money input|SELECT \$1::fr_money::text"
	"fr_percent input|SELECT \$1::fr_percent::text"
	"fr_sig input|SELECT \$1::fr_sig::text"
	"fr_sig_gkey input|SELECT \$1::fr_sig_gkey::text"
	"fr_signature|SELECT fr_signature(\$1)::text"
	"fr_signature(,16)|SELECT fr_signature(\$1, 16)::text"
	"fr_sig_words|SELECT cardinality(fr_sig_words(\$1))"
	"fr_similarity(text)|SELECT fr_similarity(\$1, \$1)"
	"fr_related(text)|SELECT fr_related(\$1, \$1)"
	"fr_related(sig,keys)|SELECT fr_related(s, s, k, k) FROM (SELECT fr_signature('x') s, string_to_array(\$1, ' ') k) q"
	"fr_entities|SELECT count(*) FROM fr_entities(\$1)"
	"fr_entities_builtin|SELECT count(*) FROM fr_entities_builtin(\$1)"
	"fr_entity_keys|SELECT cardinality(fr_entity_keys(\$1))"
	"fr_annotate|SELECT jsonb_array_length(fr_annotate(\$1))"
	"fr_highlight|SELECT length(fr_highlight(\$1))"
)

# Client and cluster: an address-space limit for the server, set only now so
# that the build above is not limited.
ulimit -v $((AS_MB * 1024)) || { fail "ulimit -v $AS_MB MB"; finish; }
# (a fast shutdown would wait for a call that ignores interrupts)
trap 'kill_cases; frn_cluster_stop' EXIT
FRN_PG_OPTS="-c shared_buffers=32MB -c max_connections=20 -c fsync=off -c synchronous_commit=off -c work_mem=64kB" frn_cluster_start || { fail "start a cluster"; finish; }
WORK=$FRN_CLUSTER_DIR/limits
mkdir -p "$WORK"
psql_q() { "$PSQL" -X -At -v ON_ERROR_STOP=1 -q "$@" 2>&1; }

# Helpers, in the database: lim_doc builds an input; lim_prepare warms the
# function up on short texts, resets the peak and returns the input's size
# and the resident size; lim_time builds the input and times one call, in
# wall time and in the backend's CPU time (/proc/self/schedstat, -1 where it
# cannot be read) (an error is an answer: its SQLSTATE is returned, but a
# cancel propagates);
# lim_kb reads /proc/<backend>/status.
if ! out=$(psql_q <<'SQL'
CREATE EXTENSION frnews;
CREATE FUNCTION lim_kb(field text) RETURNS bigint LANGUAGE sql AS $$
	SELECT substring(pg_read_file('/proc/self/status') FROM field || ':\s+(\d+) kB')::bigint $$;
CREATE FUNCTION lim_doc(unit text, head text, bytes int) RETURNS text LANGUAGE sql AS $$
	SELECT head || repeat(unit, greatest(1, (bytes - octet_length(head)) / octet_length(unit))) $$;
CREATE FUNCTION lim_prepare(unit text, head text, bytes int, expr text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	sample text;
	r text;
BEGIN
	FOREACH sample IN ARRAY ARRAY[lim_doc(unit, head, 200), 'Jean Dupont a payé 12 € (+3 %) à Paris.'] LOOP
		BEGIN
			EXECUTE expr INTO r USING sample;
		EXCEPTION WHEN OTHERS THEN
			NULL;
		END;
	END LOOP;
	COPY (SELECT 5) TO '/proc/self/clear_refs';
	RETURN format('%s %s', octet_length(lim_doc(unit, head, bytes)), lim_kb('VmRSS'));
END
$$;
CREATE FUNCTION lim_cpu_us() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
	RETURN split_part(pg_read_file('/proc/self/schedstat'), ' ', 1)::bigint / 1000;
EXCEPTION WHEN OTHERS THEN
	RETURN NULL;
END
$$;
CREATE FUNCTION lim_time(unit text, head text, bytes int, expr text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	d text := lim_doc(unit, head, bytes);
	t0 timestamptz;
	c0 bigint;
	r text := 'ok';
	v text;
BEGIN
	c0 := lim_cpu_us();
	t0 := clock_timestamp();
	BEGIN
		EXECUTE expr INTO v USING d;
	EXCEPTION WHEN OTHERS THEN
		r := SQLSTATE || ' ' || regexp_replace(left(SQLERRM, 60), '\s+', ' ', 'g');
	END;
	RETURN format('%s %s %s', (extract(epoch FROM clock_timestamp() - t0) * 1e6)::bigint,
		coalesce(lim_cpu_us() - c0, -1), r);
END
$$;
SQL
); then
	fail "install the helpers" "$out"
	finish
fi

# Kill the backends of a call that outlived its statement_timeout (they
# ignore cancel and terminate alike), then wait for the cluster's restart.
kill_cases() {
	local p
	CASE_PIDS=$(psql_q -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'limits_case'")
	for p in $CASE_PIDS; do
		[[ "$p" =~ ^[0-9]+$ ]] && kill -KILL "$p" 2>/dev/null
	done
}
kill_stuck() {
	local p
	kill_cases
	# once the postmaster has reaped them it is restarting: wait for that
	for p in $CASE_PIDS; do
		while [[ "$p" =~ ^[0-9]+$ ]] && kill -0 "$p" 2>/dev/null; do sleep 0.1; done
	done
	for _ in $(seq 1 300); do
		psql_q -c "SELECT 1" >/dev/null && return
		sleep 0.2
	done
}

# run_timed HARD_S: run the SQL of stdin in a fresh backend, killed HARD_S
# seconds on.  The SQL turns \timing on, sets its statement_timeout, then
# makes one call.  Sets T_OUT, T_RC and T_WALL_MS, the client's time of the
# call (the second "Time:" line: the first times the SET).
run_timed() {
	local line times=0
	T_OUT=$(PGAPPNAME=limits_case timeout -k 2 "$1" "$PSQL" -X -At 2>&1)
	T_RC=$? T_WALL_MS=
	while IFS= read -r line; do
		[[ "$line" == "Time: "* ]] && times=$((times + 1)) && [ "$times" -eq 2 ] && { T_WALL_MS=${line#Time: }; T_WALL_MS=${T_WALL_MS%%.*}; }
	done <<<"$T_OUT"
}

# run_case UNIT HEAD BYTES EXPR TIMEOUT_MS: in a fresh backend, time one call
# under the timeout and read the peak.  Sets C_BYTES, C_US (microseconds, or
# "timeout", "killed", "crash", "error"), C_CPU_US (the backend's CPU time
# of the call, -1 if unknown), C_STATE, C_PEAK_KB, C_WALL_MS (client time of
# the call), C_ERR.  Parsed with shell built-ins only: the
# suite runs this a thousand times.
run_case() {
	local unit=$1 head=$2 bytes=$3 expr=$4 tmo=$5 out line rest rss0= hwm= times=0 script=$WORK/case.sql
	{
		echo "SELECT 'prep ' || lim_prepare(:'unit', :'head', :bytes, :'expr');"
		echo "\\timing on"
		echo "SET statement_timeout = $tmo;"
		echo "SELECT 'run ' || lim_time(:'unit', :'head', :bytes, :'expr');"
		echo "\\timing off"
		echo "RESET statement_timeout;"
		echo "SELECT 'peak ' || lim_kb('VmHWM');"
	} >"$script"
	out=$(PGAPPNAME=limits_case timeout -k 2 $((tmo / 1000 + HARD_EXTRA_S)) \
		"$PSQL" -X -At -v unit="$unit" -v head="$head" -v bytes="$bytes" -v expr="$expr" -f "$script" 2>&1)
	local rc=$?
	C_BYTES= C_US= C_CPU_US= C_STATE= C_ERR= C_WALL_MS= C_PEAK_KB=
	while IFS= read -r line; do
		case $line in
		"prep "*) rest=${line#prep }; C_BYTES=${rest%% *} rss0=${rest#* } ;;
		"peak "*) hwm=${line#peak } ;;
		"run "*)
			rest=${line#run }; C_US=${rest%% *} rest=${rest#* }
			C_CPU_US=${rest%% *} rest=${rest#* }
			C_STATE=${rest%% *}
			[[ "$rest" == *" "* ]] && C_ERR=${rest#* } ;;
		# \timing times SET, then the call
		"Time: "*) times=$((times + 1)); [ "$times" -eq 2 ] && { rest=${line#Time: }; C_WALL_MS=${rest%%.*}; } ;;
		esac
	done <<<"$out"
	[ -n "$rss0" ] && [ -n "$hwm" ] && C_PEAK_KB=$((hwm - rss0))
	if [ "$rc" -ge 124 ]; then
		C_US=killed C_ERR="no answer ${HARD_EXTRA_S} s past its ${tmo} ms statement_timeout: backend killed"
		kill_stuck
	elif [[ "$out" == *"canceling statement due to statement timeout"* ]]; then
		C_US=timeout
	elif [[ "$out" =~ (server closed the connection|connection to server .* lost|terminated abnormally)[^$'\n']* ]]; then
		C_US=crash C_ERR=${BASH_REMATCH[0]}
		kill_stuck
	elif [ -z "$C_US" ]; then
		[[ "$out" =~ (ERROR|FATAL)[^$'\n']* ]]
		C_US=error C_ERR=${BASH_REMATCH[0]:-$out}
	fi
}

is_num() { [[ "$1" =~ ^[0-9]+$ ]]; }
# ms US, mb KB: display with one decimal; tenths A B: A / B with one decimal.
ms() { is_num "$1" && printf '%d.%d' $(($1 / 1000)) $(($1 % 1000 / 100)) || printf '%s' "$1"; }
mb() { [ -n "$1" ] && printf '%d.%d' $(($1 / 1024)) $(($1 % 1024 * 10 / 1024)); }
tenths() { printf '%d.%d' $(($1 * 10 / $2 / 10)) $(($1 * 10 / $2 % 10)); }
bound_kb() { echo $((MEM_BASE_MB * 1024 + MEM_PER_BYTE * $1 / 1024)); }

# best_us UNIT HEAD BYTES EXPR: the best CPU time (wall time if unknown) of 3
# calls, each in a fresh backend (a second call in one backend can find the
# first one's caches).
best_us() {
	local best= t
	for _ in 1 2 3; do
		run_case "$@" 60000
		t=$C_US
		is_num "$C_CPU_US" && t=$C_CPU_US
		is_num "$t" && { [ -z "$best" ] || [ "$t" -lt "$best" ]; } && best=$t
	done
	echo "${best:-$C_US}"
}

# What is wrong with one measurement (nothing: empty).
case_problem() {
	local size=$1
	if ! is_num "$C_US" && [ "$C_US" != timeout ]; then
		echo "$size: $C_US${C_ERR:+ ($C_ERR)}"
	elif [[ "$C_STATE" == 53200 || "$C_STATE" == XX* ]]; then
		echo "$size: error $C_STATE $C_ERR"
	elif [ -n "$C_PEAK_KB" ] && [ "$C_PEAK_KB" -gt "$(bound_kb "$C_BYTES")" ]; then
		echo "$size: peak $(mb "$C_PEAK_KB") MB over the bound $(mb "$(bound_kb "$C_BYTES")") MB"
	fi
}
# too_fast_growth SMALL_US LARGE_US: does the large call fail the ratio?
too_fast_growth() {
	local s=$(($1 > SMALL_FLOOR_MS * 1000 ? $1 : SMALL_FLOOR_MS * 1000))
	[ "$2" -ge $((FLOOR_MS * 1000)) ] && [ "$2" -gt $((MAX_RATIO * s)) ]
}
small_eff() { echo $(($1 > SMALL_FLOOR_MS * 1000 ? $1 : SMALL_FLOOR_MS * 1000)); }

# ------------------------------------------------------------------------
# 1. Growth.
echo "# function | input | small: bytes, ms, peak MB | large: bytes, ms, peak MB | ratio | answer"
declare -A SLOWEST_GEN SLOWEST_US PEAK_SMALL PEAK_LARGE SLOPE SLOPE_GEN CANCEL
for f in "${FUNCS[@]}"; do
	fname=${f%%|*} expr=${f#*|}
	[[ "$fname" =~ $ONLY_FUNC ]] || continue
	SLOWEST_US[$fname]=-1 PEAK_SMALL[$fname]=0 PEAK_LARGE[$fname]=0 SLOPE[$fname]=-1
	for g in "${LIMIT_INPUTS[@]}"; do
		gname=${g%%|*} rest=${g#*|}
		[[ "$gname" =~ $ONLY_GEN ]] || continue
		unit=${rest%|*} head=${rest##*|}
		problems=()

		run_case "$unit" "$head" "$SMALL" "$expr" 60000
		s_us=$C_US s_peak=$C_PEAK_KB s_bytes=$C_BYTES s_state=$C_STATE
		p=$(case_problem small); [ -n "$p" ] && problems+=("$p")
		# a slow small call sets the large one's allowance: measure it twice,
		# as a delay on the busy machine there would hide a fast growth
		if [ -z "$p" ] && is_num "$s_us" && [ "$s_us" -ge $((FLOOR_MS * 1000)) ]; then
			run_case "$unit" "$head" "$SMALL" "$expr" 60000
			is_num "$C_US" && [ "$C_US" -lt "$s_us" ] && s_us=$C_US
		fi

		# a small input that already fails is enough: no need to wait for the large one
		if is_num "$s_us" && [ ${#problems[@]} -eq 0 ]; then
			tmo=$((MAX_RATIO * $(small_eff "$s_us") / 1000 + 1000))
			run_case "$unit" "$head" "$LARGE" "$expr" "$tmo"
		else
			C_US=skipped C_PEAK_KB= C_BYTES=$LARGE C_STATE= C_ERR=
		fi
		l_us=$C_US l_peak=$C_PEAK_KB l_bytes=$C_BYTES
		[ "$l_us" = skipped ] || { p=$(case_problem large); [ -n "$p" ] && problems+=("$p"); }

		ratio=-
		if is_num "$s_us" && is_num "$l_us"; then
			if too_fast_growth "$s_us" "$l_us"; then
				# re-measure: best of 3 backends per size
				t=$(best_us "$unit" "$head" "$SMALL" "$expr"); is_num "$t" && s_us=$t
				t=$(best_us "$unit" "$head" "$LARGE" "$expr"); is_num "$t" && l_us=$t
				too_fast_growth "$s_us" "$l_us" &&
					problems+=("time grows $(tenths "$l_us" "$(small_eff "$s_us")")x for 4x the input (best of 3)")
			fi
			ratio=$(tenths "$l_us" "$(small_eff "$s_us")")
			[ "$l_us" -gt "${SLOWEST_US[$fname]}" ] && SLOWEST_US[$fname]=$l_us SLOWEST_GEN[$fname]=$g
		elif [ "$l_us" = timeout ]; then
			problems+=("time grows more than ${MAX_RATIO}x: the large input hit its statement_timeout of ${tmo} ms")
			SLOWEST_US[$fname]=999999999 SLOWEST_GEN[$fname]=$g
		elif is_num "$s_us" && [ $((4 * s_us)) -gt "${SLOWEST_US[$fname]}" ]; then
			# large skipped: at least 4x the small time
			SLOWEST_US[$fname]=$((4 * s_us)) SLOWEST_GEN[$fname]=$g
		fi

		# the function's worst peaks, and memory per input byte between the sizes (tenths)
		[ -n "$s_peak" ] && [ "$s_peak" -gt "${PEAK_SMALL[$fname]}" ] && PEAK_SMALL[$fname]=$s_peak
		[ -n "$l_peak" ] && [ "$l_peak" -gt "${PEAK_LARGE[$fname]}" ] && PEAK_LARGE[$fname]=$l_peak
		if [ -n "$s_peak" ] && [ -n "$l_peak" ] && is_num "$l_us"; then
			slope=$(((l_peak - s_peak) * 10240 / (l_bytes - s_bytes)))
			[ "$slope" -gt "${SLOPE[$fname]}" ] && SLOPE[$fname]=$slope SLOPE_GEN[$fname]=$gname
		fi

		row=$(printf '%-20s | %-9s | %7s %9s %8s | %7s %9s %8s | %5s | %s' "$fname" "$gname" \
			"$s_bytes" "$(ms "$s_us")" "$(mb "$s_peak")" \
			"$l_bytes" "$(ms "$l_us")" "$(mb "$l_peak")" "$ratio" "${s_state:-?}")
		if [ ${#problems[@]} -eq 0 ]; then
			ok "$row"
		else
			fail "$row" "$(IFS=';'; echo "${problems[*]}")"
		fi
	done
done

# ------------------------------------------------------------------------
# 2. Cancel: statement_timeout = 1s on each function's slowest input, grown
# to take about 2 s by its large time.
for f in "${FUNCS[@]}"; do
	fname=${f%%|*} expr=${f#*|}
	[[ "$fname" =~ $ONLY_FUNC ]] || continue
	g=${SLOWEST_GEN[$fname]:-${LIMIT_INPUTS[0]}}
	gname=${g%%|*} rest=${g#*|}
	unit=${rest%|*} head=${rest##*|}
	us=${SLOWEST_US[$fname]:--1}
	bytes=$((us > 0 ? LARGE * 2000000 / us : CANCEL_MAX))
	bytes=$((bytes < CANCEL_MIN ? CANCEL_MIN : bytes > CANCEL_MAX ? CANCEL_MAX : bytes))
	run_case "$unit" "$head" "$bytes" "$expr" 1000
	what="$fname, $gname, $C_BYTES bytes, statement_timeout 1s"
	if [ "$C_US" = killed ] || [ "$C_US" = crash ] || [ "$C_US" = error ]; then
		fail "$what" "$C_US${C_ERR:+ ($C_ERR)}"
		CANCEL[$fname]="FAIL ($C_US)"
	elif [ -z "$C_WALL_MS" ]; then
		fail "$what" "no wall time measured"
		CANCEL[$fname]="FAIL (no time)"
	elif [ "$C_WALL_MS" -gt "$CANCEL_WALL_MS" ]; then
		fail "$what" "the client waited ${C_WALL_MS} ms (at most ${CANCEL_WALL_MS})"
		CANCEL[$fname]="FAIL ($C_WALL_MS ms)"
	else
		CANCEL[$fname]="$([ "$C_US" = timeout ] && echo cancelled || echo answered) after $C_WALL_MS ms, $gname $((C_BYTES / 1024)) kB"
		ok "$what: ${CANCEL[$fname]%%,*}"
	fi
done

# ------------------------------------------------------------------------
# 3. Cancel inside the sort of an array's elements (before the check for
# interrupts in its comparison, the client waited 5.0 to 6.2 s).
if [[ "fr_related(sig,keys)" =~ $ONLY_FUNC ]]; then
	what="fr_related(sig,keys), 4,000,000 distinct keys, statement_timeout 1s"
	run_timed $((60 + HARD_EXTRA_S)) <<'SQL'
CREATE TEMP TABLE lim_keys AS
	SELECT array_agg(((i::bigint * 7919) % 4000000)::text) AS k FROM generate_series(1, 4000000) i;
\timing on
SET statement_timeout = 1000;
SELECT fr_related(fr_signature('x'), fr_signature('x'), k, k) FROM lim_keys;
SQL
	if [ "$T_RC" -ge 124 ]; then
		fail "$what" "no answer past its statement_timeout: backend killed"
		kill_stuck
	elif [ -z "$T_WALL_MS" ]; then
		fail "$what" "no wall time measured: $T_OUT"
	elif [ "$T_WALL_MS" -gt "$CANCEL_WALL_MS" ]; then
		fail "$what" "the client waited ${T_WALL_MS} ms (at most ${CANCEL_WALL_MS})"
	else
		ok "$what: $([[ "$T_OUT" == *"canceling statement due to statement timeout"* ]] && echo cancelled || echo answered) after $T_WALL_MS ms"
	fi
fi

# ------------------------------------------------------------------------
# 4. The cost estimate of fr_flat counted its passes one by one, without a
# check for interrupts: on statistics of 1e30 rows (a superuser's catalog
# update; from PostgreSQL 18 on, pg_restore_relation_stats() by the table's
# owner) EXPLAIN never ended, and neither cancel nor terminate stopped it.
if [[ "fr_flat cost" =~ $ONLY_FUNC ]]; then
	psql_q <<'SQL' >/dev/null
CREATE TABLE lim_flat AS SELECT i AS id, fr_signature('texte ' || i) AS sig FROM generate_series(1, 100) i;
CREATE INDEX lim_flat_idx ON lim_flat USING fr_flat (sig);
VACUUM ANALYZE lim_flat;
SQL
	for rows in 1e30 Infinity; do
		what="fr_flat cost, EXPLAIN with reltuples $rows, statement_timeout 1s"
		psql_q -c "UPDATE pg_class SET reltuples = '$rows' WHERE oid = 'lim_flat'::regclass" >/dev/null
		run_timed $((1 + HARD_EXTRA_S)) <<'SQL'
\timing on
SET statement_timeout = 1000;
EXPLAIN SELECT id FROM lim_flat ORDER BY sig <-> fr_signature('texte 1') LIMIT 5;
SQL
		if [ "$T_RC" -ge 124 ]; then
			fail "$what" "no answer past its statement_timeout: backend killed"
			kill_stuck
		elif [ -z "$T_WALL_MS" ] || [[ "$T_OUT" != *"Index Scan using lim_flat_idx"* ]]; then
			fail "$what" "no plan through the index: $T_OUT"
		elif [ "$T_WALL_MS" -gt "$CANCEL_WALL_MS" ]; then
			fail "$what" "the client waited ${T_WALL_MS} ms (at most ${CANCEL_WALL_MS})"
		else
			ok "$what: planned in $T_WALL_MS ms"
		fi
	done
	psql_q -c "DROP TABLE lim_flat" >/dev/null
fi

# ------------------------------------------------------------------------
# Summary per function, for docs/limits.md: the worst peak at each size over
# all inputs, the most memory per input byte between the sizes (and its
# input), the slowest input at the large size, the cancel check.
echo "# function | worst peak MB at $((SMALL / 1024)) kB | at $((LARGE / 1024)) kB | bytes per input byte (input) | slowest at $((LARGE / 1024)) kB | cancel"
for f in "${FUNCS[@]}"; do
	fname=${f%%|*}
	[[ "$fname" =~ $ONLY_FUNC ]] || continue
	g=${SLOWEST_GEN[$fname]:-}
	us=${SLOWEST_US[$fname]}
	slope=${SLOPE[$fname]}
	printf '# %-20s | %s | %s | %s (%s) | %s ms (%s) | %s\n' "$fname" "$(mb "${PEAK_SMALL[$fname]}")" \
		"$(mb "${PEAK_LARGE[$fname]}")" "$([ "$slope" -ge 0 ] && tenths "$slope" 10 || echo -)" \
		"${SLOPE_GEN[$fname]:--}" "$([ "$us" = 999999999 ] && echo timeout || ms "$us")" "${g%%|*}" \
		"${CANCEL[$fname]:-}"
done

finish
