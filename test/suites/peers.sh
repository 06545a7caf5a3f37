#!/usr/bin/env bash
# peers: the published French currency / percent / number cases of Microsoft
# Recognizers-Text (../shared/peers/recognizers-text-fr) through the frnews
# CLI.  Currency and percent must reach 95% (each counts as one test); the
# number rate is reported.  Failures: build/test-logs/peers-*-failures.jsonl.
# Deliberate differences of reading: test/conformance/peers-deviations.jsonl.
set -uo pipefail
cd "$(dirname "$0")/../.."
PEERS=../shared/peers/recognizers-text-fr
if [ ! -d "$PEERS" ]; then
	echo "peers: $PEERS is absent"
	echo "peers: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
[ -x build/frnews ] || make -s build/frnews >/dev/null || { echo "peers: 0 passed, 1 failed"; exit 1; }
out=$(python3 test/conformance/peers.py build/frnews "$PEERS" test/conformance/peers-deviations.jsonl build/test-logs 2>&1)
rc=$?
echo "$out"
pass=$(grep -cE '^(currency|percent): .*: ok\)' <<<"$out")
fail=$(grep -cE '^(currency|percent): .*FAILED\)|^stale deviation|Traceback' <<<"$out")
[ "$rc" -ne 0 ] && [ "$fail" -eq 0 ] && fail=1
echo "peers: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
