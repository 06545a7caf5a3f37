#!/usr/bin/env bash
# test/suites/versions.sh — frnews on the PostgreSQL versions the host does
# not have: 17 in a Debian 13 (trixie) root and 18 in a Debian unstable
# (sid) root, made with debootstrap from the Debian archive the host's apt
# uses and cached under /var/tmp/frnews-roots (test/lib/roots.sh).
#
# For each root: copies the working tree (the files git knows, edits
# included) into it, mounts /proc, /dev and /dev/shm (unmounted on every
# exit path), and runs `test/run.sh unit regress flat_wal` there as root with
# FRN_PG_VERSION set: build with that server's PGXS, unit tests, pg_regress
# (upgrade chain included) and the fr_flat crash/replication suite, the
# clusters running as the root's postgres user.
#
#   FRN_VERSION_ROOTS="trixie:17 sid:18"   the roots (suite:version) to test
#   FRN_ROOTS_DIR=/var/tmp/frnews-roots    where they are cached
#   FRN_DEBIAN_MIRROR=http://.../debian     another archive than the host apt's
#
# A root is skipped (with the reason) only when it is not cached and the
# archive cannot be reached.  Last line: "versions: N passed, N failed,
# N skipped", the sums of the runs inside the roots.
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/pgenv.sh
source test/lib/roots.sh

PASS=0 FAIL=0 SKIP=0
finish() {
	echo "versions: $PASS passed, $FAIL failed, $SKIP skipped"
	[ "$FAIL" -eq 0 ]
	exit
}
[ "$(id -u)" -eq 0 ] || { echo "must run as root (debootstrap, chroot)"; FAIL=1; finish; }

# the root this run has mounted (and holds the lock of), if any
MOUNTED=
cleanup() {
	[ -z "$MOUNTED" ] || frn_root_umount "$MOUNTED" || echo "could not unmount everything under $MOUNTED"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Copy the working tree (what git tracks or would track, not the host's
# build products) to $1.
copy_tree() {
	local dest=$1
	rm -rf "$dest" && mkdir -p "$dest" || return 1
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -z --cached --others --exclude-standard |
			tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$dest"
	else
		tar --exclude=./build --exclude='*.o' --exclude='*.so' --exclude='*.bc' -cf - . |
			tar -xf - -C "$dest"
	fi
}

# Add the counts of the closing line of a run inside a root.
tally() {
	local line=$1 n
	for n in passed failed skipped; do
		local v
		v=$(sed -nE "s/.*[^0-9]([0-9]+) $n.*/\1/p" <<<" $line")
		case $n in
		passed) PASS=$((PASS + ${v:-0})) ;;
		failed) FAIL=$((FAIL + ${v:-0})) ;;
		skipped) SKIP=$((SKIP + ${v:-0})) ;;
		esac
	done
}

mirror=$(frn_host_mirror)
read -r -a SPECS <<<"${FRN_VERSION_ROOTS:-trixie:17 sid:18}"
mkdir -p "$FRN_ROOTS_DIR" build/test-logs

# 1. Every root is made (or checked) at once, in parallel: making one is
#    mostly downloads and dpkg, so a cold run costs the slowest root, not the
#    sum.  A lock file per root keeps another checkout's run out of it.
PIDS=()
t0=$(date +%s)
for k in "${!SPECS[@]}"; do
	suite=${SPECS[k]%%:*} ver=${SPECS[k]##*:}
	PIDS[k]=
	if [ ! -f "$FRN_ROOTS_DIR/$suite-pg$ver/.frnews-ready" ] &&
		! curl -fsS --max-time 30 -o /dev/null "$mirror/dists/$suite/Release" 2>/dev/null; then
		echo "skipped PostgreSQL $ver ($suite): the Debian archive (${mirror:-none found in the apt sources}) cannot be reached"
		SKIP=$((SKIP + 1))
		continue
	fi
	flock "$FRN_ROOTS_DIR/$suite-pg$ver.lock" nice -n 10 bash -c \
		'source test/lib/pgenv.sh; source test/lib/roots.sh; frn_root_ensure "$@"' _ \
		"$suite" "$ver" "$FRN_ROOTS_DIR/$suite-pg$ver" >"build/test-logs/versions-root-pg$ver.log" 2>&1 &
	PIDS[k]=$!
done
for k in "${!SPECS[@]}"; do
	[ -n "${PIDS[k]}" ] || continue
	if ! wait "${PIDS[k]}"; then
		echo "FAIL PostgreSQL ${SPECS[k]##*:} (${SPECS[k]%%:*}): making the root"
		tail -15 "build/test-logs/versions-root-pg${SPECS[k]##*:}.log"
		FAIL=$((FAIL + 1))
		PIDS[k]=
	fi
done
echo "roots ready in $(($(date +%s) - t0)) s"

# 2. The runs, one root after the other.
for k in "${!SPECS[@]}"; do
	[ -n "${PIDS[k]}" ] || continue
	suite=${SPECS[k]%%:*} ver=${SPECS[k]##*:}
	r=$FRN_ROOTS_DIR/$suite-pg$ver
	label="PostgreSQL $ver ($suite)"
	exec {lock}>"$r.lock"
	flock "$lock"
	t1=$(date +%s)
	log=build/test-logs/versions-pg$ver.log
	if ! copy_tree "$r/build/frnews"; then
		echo "FAIL $label: copying the tree"
		FAIL=$((FAIL + 1))
	else
		MOUNTED=$r
		if frn_root_mount "$r"; then
			frn_in_root "$r" FRN_PG_VERSION="$ver" \
				timeout 2400 bash /build/frnews/test/run.sh unit regress flat_wal >"$log" 2>&1
		else
			echo "mounting /proc, /dev, /dev/shm failed" >"$log"
		fi
		frn_root_umount "$r" || echo "could not unmount everything under $r"
		MOUNTED=
		line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
		if [ -z "$line" ]; then
			tail -30 "$log"
			line="0 passed, 1 failed"
		elif ! grep -q ' 0 failed' <<<"$line"; then
			grep -E '^(FAIL|not ok|[-+@])|FAILED' "$log" | head -40
		fi
		echo "$label: $line (copy, build and tests $(($(date +%s) - t1)) s)"
		# the compilers say nothing about frnews on this version either
		warnings=$(cat "$log" "$r/build/frnews/build/test-logs/unit-build.log" 2>/dev/null | grep -E 'warning:')
		if [ -n "$warnings" ]; then
			echo "FAIL $label: compiler warnings"
			head -20 <<<"$warnings"
			FAIL=$((FAIL + 1))
		else
			PASS=$((PASS + 1))
		fi
		tally "$line"
	fi
	exec {lock}>&-
done
finish
