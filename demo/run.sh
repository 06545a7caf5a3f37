#!/usr/bin/env bash
# demo/run.sh — the frnews demo:   sudo bash demo/run.sh
#
# Installs what is missing (Debian packages), builds and installs frnews,
# starts a throwaway PostgreSQL cluster as the postgres user on a private
# socket, loads the six articles of demo/articles/ and prints what frnews
# finds in them; the cluster is stopped on exit.  FRNEWS_STAGE=dir installs
# into a private copy of PostgreSQL instead (see test/lib/pgenv.sh).
set -uo pipefail
cd "$(dirname "$0")/.."
source test/lib/pgenv.sh
frn_require_root "$@"

./install-deps.sh || { echo "dependency installation failed"; exit 1; }
echo "== building and installing frnews"
frn_build_install || { echo "build failed"; exit 1; }
trap frn_cluster_stop EXIT
frn_cluster_start || { echo "could not start a PostgreSQL cluster"; exit 1; }
bash demo/show.sh
