#!/usr/bin/env bash
# test/run.sh — the test command: every suite of frnews, ending with one line
# "N passed, N failed, N skipped".
#
#   sudo bash test/run.sh            all suites
#   sudo bash test/run.sh unit regress   only those (unit, regress, or a
#                                    test/suites/NAME.sh)
#
# Installs missing Debian packages, builds, installs the extension, starts a
# throwaway cluster as the postgres user on a private socket, runs the
# suites and stops the cluster.  Suites that need ../shared (the corpus, the
# NER data, the peers' cases) report "skipped" when it is absent.
set -uo pipefail
cd "$(dirname "$0")/.."
source test/lib/pgenv.sh
frn_require_root "$@"

ONLY=" $* "
selected() { [ "$ONLY" = "  " ] || [[ "$ONLY" == *" $1 "* ]]; }

# the fuzzers' toolchain only when the fuzz suite runs
deps_opt=()
selected fuzz && deps_opt=(--test)
./install-deps.sh "${deps_opt[@]}" || { echo "dependency installation failed"; exit 1; }

TOTAL_PASS=0 TOTAL_FAIL=0 TOTAL_SKIP=0
LOGDIR=build/test-logs
mkdir -p "$LOGDIR"

# Add the counts of a line "...: N passed, N failed[, N skipped]".
tally() {
	local line=$1 p f s
	p=$(sed -nE 's/.* ([0-9]+) passed.*/\1/p' <<<"$line")
	f=$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line")
	s=$(sed -nE 's/.* ([0-9]+) skipped.*/\1/p' <<<"$line")
	TOTAL_PASS=$((TOTAL_PASS + ${p:-0}))
	TOTAL_FAIL=$((TOTAL_FAIL + ${f:-0}))
	TOTAL_SKIP=$((TOTAL_SKIP + ${s:-0}))
}

echo "== build and install"
if ! frn_build_install; then
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi

trap frn_cluster_stop EXIT
if ! frn_cluster_start; then
	echo "could not start a PostgreSQL cluster"
	echo "0 passed, 1 failed"
	exit 1
fi

if selected unit; then
	echo "== unit: C unit tests of the core"
	make -s unit-build PG_CONFIG="$PG_CONFIG" >"$LOGDIR/unit-build.log" 2>&1 || { cat "$LOGDIR/unit-build.log"; tally "unit build: 0 passed, 1 failed"; }
	for t in build/unit/test_*; do
		[ -x "$t" ] || continue
		"$t" >"$LOGDIR/$(basename "$t").log" 2>&1
		rc=$?
		line=$(grep -E '^unit .*: [0-9]+ passed, [0-9]+ failed' "$LOGDIR/$(basename "$t").log" | tail -1)
		if [ -z "$line" ] || { [ $rc -ne 0 ] && ! grep -q ' [1-9][0-9]* failed' <<<"$line"; }; then
			line="unit $(basename "$t") crashed (exit $rc): 0 passed, 1 failed"
		fi
		grep -E '^(FAIL|  )' "$LOGDIR/$(basename "$t").log" | head -20
		echo "$line"
		tally "$line"
	done
fi

if selected regress; then
	echo "== regress: pg_regress"
	make -s installcheck PG_CONFIG="$PG_CONFIG" >"$LOGDIR/regress.log" 2>&1
	rc=$?
	ok=$(grep -cE '^(ok|test|     ) .* \.\.\. ok|^ok [0-9]+' "$LOGDIR/regress.log")
	bad=$(grep -cE '\.\.\. FAILED|^not ok [0-9]+| FAILED ' "$LOGDIR/regress.log")
	# pg_regress can also stop early (e.g. a missing expected file)
	if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
		cat "$LOGDIR/regress.log"
		bad=1
	elif [ "$ok" -eq 0 ] && [ "$bad" -eq 0 ]; then
		cat "$LOGDIR/regress.log"
		bad=1
	fi
	grep -E 'FAILED|failed' "$LOGDIR/regress.log" | head -20
	[ "$bad" -gt 0 ] && [ -f build/regress/regression.diffs ] && head -80 build/regress/regression.diffs
	line="regress: $ok passed, $bad failed"
	echo "$line"
	tally "$line"
fi

for s in test/suites/*.sh; do
	[ -f "$s" ] || continue
	name=$(basename "$s" .sh)
	selected "$name" || continue
	echo "== $name"
	bash "$s" 2>&1 | tee "$LOGDIR/$name.log" | tail -25
	rc=${PIPESTATUS[0]}
	line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$LOGDIR/$name.log" | tail -1)
	[ -n "$line" ] || line="$name: 0 passed, 1 failed"
	if [ "$rc" -ne 0 ] && ! grep -q ' [1-9][0-9]* failed' <<<"$line"; then
		line="$name (exit $rc): 0 passed, 1 failed"
	fi
	tally "$line"
done

echo
echo "$TOTAL_PASS passed, $TOTAL_FAIL failed, $TOTAL_SKIP skipped"
[ "$TOTAL_FAIL" -eq 0 ]
