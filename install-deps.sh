#!/usr/bin/env bash
# install-deps.sh — install what building and testing frnews needs on Debian 12.
# Idempotent: installs only missing packages (apt-get update only when needed).
# Needs root (re-runs itself through sudo otherwise).
set -euo pipefail

PKGS=(
	build-essential pkg-config
	postgresql-15 postgresql-server-dev-15
	libicu-dev libstemmer-dev
	python3
)
# Fuzzing and sanitizer runs (test command only).
if [ "${1:-}" = "--test" ]; then
	PKGS+=(clang libclang-rt-14-dev)
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
