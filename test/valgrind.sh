#!/usr/bin/env bash
# test/valgrind.sh — the pg_regress suites with every server process under
# Valgrind (memcheck).  Slow (about half an hour on two shared cores): run it
# by hand after changing C code of src/pg or src/core, e.g.
#
#   sudo nice -n 10 bash test/valgrind.sh            all of sql/
#   sudo nice -n 10 bash test/valgrind.sh text money only those tests
#
# It installs into a stage of its own (FRNEWS_STAGE, default
# /tmp/stage-valgrind) whose bin/postgres becomes a wrapper that runs the real
# server (postgres.bin) under valgrind; initdb's bootstrap and single-user
# runs and version probes go straight to the real binary.  Backends are
# forked, not exec'd, so valgrind follows each of them; each process writes
# build/valgrind/vg.<pid>.log.  Suppressions: test/valgrind.supp (see there).
# Last lines: the errors counted per log, and those whose stack passes
# through frnews code.  Exit status 1 when frnews code has any error.
set -uo pipefail
cd "$(dirname "$0")/.."
export FRNEWS_STAGE=${FRNEWS_STAGE:-/tmp/stage-valgrind}
source test/lib/pgenv.sh
frn_require_root "$@"

VGDIR=$PWD/build/valgrind
SUPP=$PWD/test/valgrind.supp
rm -rf "$VGDIR"
mkdir -p "$VGDIR"
chmod 777 "$VGDIR"

frn_build_install || { echo "build failed"; exit 1; }

# Swap the staged server for the wrapper (once per stage).
bin=$FRN_PG_BIN
if [ ! -x "$bin/postgres.bin" ]; then
	mv "$bin/postgres" "$bin/postgres.bin"
fi
cat >"$bin/postgres" <<EOF
#!/bin/sh
case "\$1" in
--boot|--single|-V|--version|-C|--describe-config) exec "\$0.bin" "\$@" ;;
esac
exec valgrind --quiet --tool=memcheck --trace-children=no --error-limit=no \\
	--num-callers=30 --read-var-info=no --leak-check=no --track-origins=yes --gen-suppressions=all \\
	--suppressions=$SUPP --log-file=$VGDIR/vg.%p.log "\$0.bin" "\$@"
EOF
chmod 755 "$bin/postgres"

trap frn_cluster_stop EXIT
# valgrind makes the start slow; autovacuum only adds noise and time
export PGCTLTIMEOUT=1200
FRN_PG_OPTS="-c autovacuum=off -c max_parallel_workers_per_gather=0" frn_cluster_start ||
	{ echo "could not start the server under valgrind"; exit 1; }

REGRESS_ARGS=()
[ $# -gt 0 ] && REGRESS_ARGS=(REGRESS="$*")
make -s installcheck PG_CONFIG="$PG_CONFIG" "${REGRESS_ARGS[@]}" >"$VGDIR/regress.log" 2>&1
rc=$?
tail -n 5 "$VGDIR/regress.log"
frn_cluster_stop

total=0 ours=0
for f in "$VGDIR"/vg.*.log; do
	[ -f "$f" ] || continue
	# an error's first line is the only one with one space after the pid
	n=$(grep -E '^==[0-9]+== [A-Z]' "$f" | grep -vc '^==[0-9]*== Warning')
	total=$((total + n))
	# an error block, up to the next blank line, that mentions frnews code
	m=$(awk '/^==[0-9]+== [A-Z]/ {blk=$0; inb=1; next}
		inb && /^==[0-9]+== *$/ {if (blk ~ /frnews\.so|\(frn_[a-z0-9_]+\.[ch]:/) c++; inb=0; next}
		inb {blk=blk "\n" $0}
		END {print c+0}' "$f")
	ours=$((ours + m))
	[ "$m" -gt 0 ] && echo "frnews errors in $f: $m"
done
echo "valgrind: $total errors in all server processes, $ours in frnews code (logs in $VGDIR)"
echo "pg_regress exit status $rc"
[ "$ours" -eq 0 ] && [ "$rc" -eq 0 ]
