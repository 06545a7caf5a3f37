#!/usr/bin/env bash
# test/suites/fuzz.sh — build every libFuzzer target (test/fuzz/fuzz_*.c) and
# run each for a bounded time on its seed corpus (test/fuzz/corpus/NAME/,
# NAME = the target without "fuzz_").  FUZZ_SECONDS (default 60) is the
# total budget, split evenly across the targets.  A target passes when it
# runs its time without a crash, a leak or a timeout.
# Last line: "fuzz: N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/../.."

total=${FUZZ_SECONDS:-60}
pass=0 fail=0 skip=0
logdir=build/fuzz-logs
mkdir -p "$logdir"

# libFuzzer needs clang and its runtime (libclang-rt-*-dev): skip without them.
probe=$(mktemp -d)
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }\n' >"$probe/p.c"
if ! "${FUZZ_CC:-clang}" -fsanitize=fuzzer,address "$probe/p.c" -o "$probe/p" >/dev/null 2>&1; then
	rm -rf "$probe"
	echo "fuzz: clang with libFuzzer not available"
	echo "fuzz: 0 passed, 0 failed, 1 skipped"
	exit 0
fi
rm -rf "$probe"
if ! make -s fuzz-build ${PG_CONFIG:+PG_CONFIG="$PG_CONFIG"} >"$logdir/build.log" 2>&1; then
	cat "$logdir/build.log"
	echo "fuzz: 0 passed, 1 failed"
	exit 1
fi

targets=(build/fuzz/fuzz_*)
[ -x "${targets[0]}" ] || { echo "fuzz: 0 passed, 0 failed, 1 skipped"; exit 0; }
per=$(( total / ${#targets[@]} ))
[ "$per" -lt 1 ] && per=1

for bin in "${targets[@]}"; do
	name=$(basename "$bin")
	seeds=test/fuzz/corpus/${name#fuzz_}
	work=$(mktemp -d)
	args=(-max_total_time="$per" -timeout=10 -rss_limit_mb=2048 -max_len=4096
		-artifact_prefix="$logdir/$name-" -print_final_stats=1 "$work")
	[ -d "$seeds" ] && args+=("$seeds")
	if "$bin" "${args[@]}" >"$logdir/$name.log" 2>&1; then
		pass=$((pass + 1))
		echo "ok   $name ($per s, $(grep -o 'stat::number_of_executed_units: [0-9]*' "$logdir/$name.log" | grep -o '[0-9]*$') runs)"
	else
		fail=$((fail + 1))
		echo "FAIL $name: see $logdir/$name.log"
		grep -E 'ERROR|SUMMARY|Test unit written' "$logdir/$name.log" | head -5
	fi
	rm -rf "$work"
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
