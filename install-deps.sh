#!/usr/bin/env bash
# install-deps.sh — install what building and testing frnews needs on Debian.
# Idempotent: installs only missing packages (apt-get update only when needed).
# Needs root (re-runs itself through sudo otherwise).
#
#   ./install-deps.sh            build and test against PostgreSQL 15
#   ./install-deps.sh --test     also clang and its libFuzzer runtime (fuzz suite)
#   ./install-deps.sh --list     print the package names only
#   FRN_PG_VERSION=17 ./install-deps.sh   another server version (if the
#                                Debian release has it: bookworm has 15)
set -euo pipefail

PG=${FRN_PG_VERSION:-15}
PKGS=(
	build-essential pkg-config
	postgresql-"$PG" postgresql-server-dev-"$PG"
	libicu-dev libstemmer-dev
	python3
)
# Fuzzing and sanitizer runs.
if [ "${1:-}" = "--test" ]; then
	PKGS+=(clang libclang-rt-dev)
fi
if [ "${1:-}" = "--list" ]; then
	printf '%s\n' "${PKGS[@]}"
	exit 0
fi

missing=()
for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	exec sudo "$0" "$@"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
