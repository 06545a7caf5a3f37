# test/lib/pgenv.sh — sourced by the demo, the test runner and the benchmarks.
#
# Builds and installs frnews, and runs a throwaway PostgreSQL cluster as the
# `postgres` system user in a temporary directory, listening only on a
# private unix socket.  The cluster is stopped by frn_cluster_stop, which
# callers register with `trap`.
#
# FRN_PG_VERSION=17 uses Debian's PostgreSQL 17 (/usr/lib/postgresql/17)
# instead of 15, the host's server (test/suites/versions.sh sets it inside
# Debian roots that have that version).
# FRNEWS_STAGE=/some/dir installs into a private copy of the PostgreSQL tree
# instead of the system one (for parallel development checkouts).

FRN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FRN_PG_VERSION=${FRN_PG_VERSION:-15}
FRN_PG_BIN=/usr/lib/postgresql/$FRN_PG_VERSION/bin
PG_CONFIG=$FRN_PG_BIN/pg_config
export FRN_PG_VERSION PG_CONFIG

frn_require_root() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "re-running as root through sudo" >&2
		exec sudo -E bash "$0" "$@"
	fi
}

# Build and install the extension (system-wide, or into FRNEWS_STAGE).
frn_build_install() {
	local jobs
	jobs=$(nproc 2>/dev/null || echo 2)
	make -C "$FRN_ROOT" -s -j"$jobs" PG_CONFIG="$PG_CONFIG" >/dev/null || return 1
	if [ -n "${FRNEWS_STAGE:-}" ]; then
		local v=$FRN_PG_VERSION
		if [ ! -x "$FRNEWS_STAGE/usr/lib/postgresql/$v/bin/postgres" ]; then
			mkdir -p "$FRNEWS_STAGE/usr/lib/postgresql" "$FRNEWS_STAGE/usr/share/postgresql"
			cp -a "/usr/lib/postgresql/$v" "$FRNEWS_STAGE/usr/lib/postgresql/"
			cp -a "/usr/share/postgresql/$v" "$FRNEWS_STAGE/usr/share/postgresql/"
			chmod 755 "$FRNEWS_STAGE"
		fi
		make -C "$FRN_ROOT" -s install DESTDIR="$FRNEWS_STAGE" PG_CONFIG="$PG_CONFIG" >/dev/null || return 1
		FRN_PG_BIN=$FRNEWS_STAGE/usr/lib/postgresql/$v/bin
	else
		make -C "$FRN_ROOT" -s install PG_CONFIG="$PG_CONFIG" >/dev/null
	fi
}

frn_pick_port() {
	local p
	for p in $(seq 54321 54420); do
		if ! ls /tmp/.s.PGSQL."$p" "$FRN_SOCKDIR"/.s.PGSQL."$p" >/dev/null 2>&1 &&
			! (exec 3<>/dev/tcp/127.0.0.1/"$p") 2>/dev/null; then
			echo "$p"
			return
		fi
	done
	echo 54399
}

# Start a throwaway cluster; exports PGHOST, PGPORT, PGUSER, PGDATABASE.
frn_cluster_start() {
	FRN_CLUSTER_DIR=$(mktemp -d /tmp/frnews-pg.XXXXXX)
	chmod 755 "$FRN_CLUSTER_DIR"
	FRN_SOCKDIR=$FRN_CLUSTER_DIR/sock
	mkdir -p "$FRN_SOCKDIR" "$FRN_CLUSTER_DIR/data"
	chown -R postgres:postgres "$FRN_CLUSTER_DIR"
	local port
	port=$(frn_pick_port)
	local run=(runuser -u postgres --)
	[ "$(id -un)" = postgres ] && run=()
	"${run[@]}" "$FRN_PG_BIN/initdb" -D "$FRN_CLUSTER_DIR/data" -E UTF8 --locale=C.UTF-8 \
		-A trust -U postgres >"$FRN_CLUSTER_DIR/initdb.log" 2>&1 ||
		{ cat "$FRN_CLUSTER_DIR/initdb.log" >&2; return 1; }
	"${run[@]}" "$FRN_PG_BIN/pg_ctl" -D "$FRN_CLUSTER_DIR/data" -l "$FRN_CLUSTER_DIR/server.log" -w \
		-o "-c listen_addresses='' -k $FRN_SOCKDIR -p $port -c max_worker_processes=8 ${FRN_PG_OPTS:-}" \
		start >/dev/null ||
		{ cat "$FRN_CLUSTER_DIR/server.log" >&2; return 1; }
	export PGHOST=$FRN_SOCKDIR PGPORT=$port PGUSER=postgres PGDATABASE=postgres
}

frn_cluster_stop() {
	[ -n "${FRN_CLUSTER_DIR:-}" ] && [ -d "$FRN_CLUSTER_DIR/data" ] || return 0
	local run=(runuser -u postgres --)
	[ "$(id -un)" = postgres ] && run=()
	"${run[@]}" "$FRN_PG_BIN/pg_ctl" -D "$FRN_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$FRN_CLUSTER_DIR"
	FRN_CLUSTER_DIR=
}
