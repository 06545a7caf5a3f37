#!/usr/bin/env bash
# test/suites/packaging.sh — the distribution as PGXN and packagers get it:
#   META.json valid against the PGXN Meta Spec 1.0.0 and the tree
#   (test/lib/check_meta.py); LICENSE; CHANGELOG.md has a section for every
#   version of the upgrade chain; `make dist` makes an archive of the committed
#   tree that unpacks, builds (`make`) and installs (`make install DESTDIR=`)
#   in a directory of its own, outside the repository, with every script of
#   extension/.  (A fresh install equal to an upgraded one: sql/packaging.sql.)
# Last line: "packaging: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/pgenv.sh

PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $1${2:+: $2}"; }

VERSION=$(sed -n "s/^default_version = '\(.*\)'/\1/p" frnews.control)

if out=$(python3 test/lib/check_meta.py META.json 2>&1); then
	ok "META.json follows the PGXN Meta Spec 1.0.0 and names version $VERSION"
else
	fail "META.json" "$(grep FAIL <<<"$out" | tr '\n' ' ')"
fi

if grep -q "PostgreSQL Licence" LICENSE 2>/dev/null && grep -q "data files keep their own" LICENSE; then
	ok "LICENSE: PostgreSQL licence, data notices kept"
else
	fail "LICENSE" "missing, or without the PostgreSQL licence and the data notices"
fi

missing=
for v in $(ls extension/ | sed -n 's/^frnews--\([0-9.]*\)\.sql$/\1/p; s/^frnews--[0-9.]*--\([0-9.]*\)\.sql$/\1/p' | sort -u) "$VERSION"; do
	grep -qE "^## $v( |$)" CHANGELOG.md 2>/dev/null || missing+=" $v"
done
if [ -z "$missing" ]; then
	ok "CHANGELOG.md has a section for every version"
else
	fail "CHANGELOG.md" "no section for$missing"
fi

DISTDIR=$(mktemp -d /tmp/frnews-dist.XXXXXX)
trap 'rm -rf "$DISTDIR"' EXIT
ARCHIVE=build/frnews-$VERSION.tar.gz
if make -s dist >"$DISTDIR/dist.log" 2>&1 && tar -xzf "$ARCHIVE" -C "$DISTDIR"; then
	ok "make dist: $ARCHIVE ($(du -k "$ARCHIVE" | cut -f1) kB)"
else
	fail "make dist" "$(tail -3 "$DISTDIR/dist.log")"
fi

SRC=$DISTDIR/frnews-$VERSION
if [ -f "$SRC/Makefile" ] && [ ! -e "$SRC/.git" ] && [ ! -e "$SRC/build" ] &&
	nice -n 10 make -C "$SRC" -s -j2 PG_CONFIG="$PG_CONFIG" >"$DISTDIR/build.log" 2>&1 &&
	[ -f "$SRC/frnews.so" ] && [ -x "$SRC/build/frnews" ]; then
	ok "the archive builds outside the repository (module and CLI)"
else
	fail "build of the archive" "$(tail -5 "$DISTDIR/build.log" 2>/dev/null)"
fi

DEST=$DISTDIR/dest
share=$DEST$("$PG_CONFIG" --sharedir)/extension
if make -C "$SRC" -s install DESTDIR="$DEST" PG_CONFIG="$PG_CONFIG" >"$DISTDIR/install.log" 2>&1 &&
	[ -f "$DEST$("$PG_CONFIG" --pkglibdir)/frnews.so" ] && [ -f "$share/frnews.control" ] &&
	[ -f "$share/frnews--$VERSION.sql" ] &&
	[ "$(ls "$share" | grep -c '^frnews--.*\.sql$')" -eq "$(ls extension | grep -c '^frnews--.*\.sql$')" ]; then
	ok "make install from the archive: module, control file, the $(ls "$share" | grep -c '^frnews--') scripts"
else
	fail "install from the archive" "$(tail -5 "$DISTDIR/install.log" 2>/dev/null; ls "$share" 2>/dev/null | tr '\n' ' ')"
fi

echo "packaging: $PASS passed, $FAIL failed"
[ "$FAIL" -eq 0 ]
