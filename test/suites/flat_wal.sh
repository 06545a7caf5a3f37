#!/usr/bin/env bash
# test/suites/flat_wal.sh — crash safety, replication and concurrency of the
# fr_flat index access method (src/pg/frn_sig_flat.c).
#
# Starts its own throwaway cluster with wal_consistency_checking = 'generic':
# every generic WAL record carries a full-page image of the page it changes,
# and redo compares the page it rebuilt with that image (a mismatch is FATAL).
#   1. after a CHECKPOINT, fills fr_flat indexes through every write path:
#      insert into an empty index, CREATE INDEX on a populated table (build),
#      DELETE + VACUUM (bulk delete), inserts again (free-space reuse), an
#      UNLOGGED table, 16-slot signatures (small entries), NULLs, empty texts;
#   2. crashes the server (immediate stop) and restarts it: redo replays all
#      of it with consistency checking;
#   3. compares, for several queries, the rows the index returns with a
#      sequential scan + sort (flat_check below): same distances in the same
#      order, same ids with ties broken by id, every row exactly once when
#      there is no LIMIT (several passes);
#   4. runs inserting, deleting, KNN-checking and VACUUMing pgbench clients at
#      once, each check comparing index and seqscan in one snapshot;
#   5. a streaming standby replays all of it (consistency checking again) and
#      its indexes answer like its sequential scans.
# Last line: "flat_wal: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
source test/lib/pgenv.sh

PASS=0 FAIL=0
ok() { PASS=$((PASS + 1)); echo "ok   $1"; }
fail() { FAIL=$((FAIL + 1)); echo "FAIL $1${2:+: $2}"; }
finish() {
	echo "flat_wal: $PASS passed, $FAIL failed"
	[ "$FAIL" -eq 0 ]
	exit
}

RUN=(runuser -u postgres --)
[ "$(id -un)" = postgres ] && RUN=()
[ "$(id -u)" -eq 0 ] || [ "$(id -un)" = postgres ] || { fail "must run as root or postgres"; finish; }

frn_build_install || { fail "build and install"; finish; }

SETTINGS="-c wal_consistency_checking=generic -c checkpoint_timeout=1h -c max_wal_size=4GB"
SETTINGS+=" -c wal_compression=lz4 -c shared_buffers=32MB"
STANDBY_DIR=
cleanup() {
	[ -n "$STANDBY_DIR" ] && "${RUN[@]}" "$FRN_PG_BIN/pg_ctl" -D "$STANDBY_DIR" -m immediate -w stop >/dev/null 2>&1
	frn_cluster_stop
}
trap cleanup EXIT
FRN_PG_OPTS=$SETTINGS frn_cluster_start || { fail "start a cluster with wal_consistency_checking"; finish; }
DATA=$FRN_CLUSTER_DIR/data
LOG=$FRN_CLUSTER_DIR/server.log
PRIMARY_PORT=$PGPORT

psql_q() { psql -X -At -v ON_ERROR_STOP=1 -q "$@" 2>&1; }

# Server log $2 from line $1 on: the lines that say redo failed (not the
# FATALs of clients and of a walreceiver that lost its primary).
redo_errors() { tail -n +"$1" "$2" | grep -E 'PANIC|inconsistent page|startup process' | head -5; }
show_log() { echo "  --- tail of $1"; tail -n 25 "$1" | sed 's/^/  /'; }

# ------------------------------------------------------------------------
# Helpers in the database: random French-ish texts, and the index check.
psql_q <<'SQL' >/dev/null || { fail "create extension and helpers"; finish; }
CREATE EXTENSION frnews;
CREATE SEQUENCE ids;

-- n words drawn at random from a small French news vocabulary.
CREATE FUNCTION flat_text(n int) RETURNS text LANGUAGE sql VOLATILE AS $$
	SELECT string_agg(w[1 + floor(random() * array_length(w, 1))::int], ' ')
	FROM (SELECT ARRAY['le', 'la', 'les', 'des', 'du', 'une', 'gouvernement', 'grève',
		'dockers', 'Havre', 'port', 'ministre', 'économie', 'inflation', 'hausse', 'taux',
		'Banque', 'centrale', 'européenne', 'élection', 'président', 'Assemblée', 'nationale',
		'réforme', 'retraites', 'syndicats', 'manifestation', 'Paris', 'Lyon', 'Marseille',
		'budget', 'milliards', 'd’euros', 'l’État', 'entreprises', 'emploi', 'chômage',
		'croissance', 'prix', 'énergie', 'électricité', 'gaz', 'agriculteurs', 'colère',
		'tribunal', 'procès', 'enquête', 'police', 'justice', 'école', 'enseignants', 'santé',
		'hôpital', 'médecins', 'climat', 'sécheresse', 'incendie', 'tempête', 'football',
		'match', 'victoire', 'défaite', 'équipe', 'Tour', 'de', 'France', 'cycliste', 'étape',
		'a', 'annoncé', 'mardi', 'mercredi', 'selon', 'l’Insee', 'qu’il', 'jusqu’à', 'pour',
		'contre', 'avec', 'dans', 'sur', 'après', 'avant', 'plus', 'moins', '3,5 %',
		'12 500 €', '1,2 milliard'] AS w) v, generate_series(1, n)
$$;

-- n rows for a table (id, body, sig): 3 % NULL signatures, 2 % empty texts.
CREATE FUNCTION flat_rows(n int, slots int DEFAULT 128)
RETURNS TABLE (id bigint, body text, sig fr_sig) LANGUAGE sql VOLATILE AS $$
	SELECT nextval('ids'), b, CASE WHEN r < 0.03 THEN NULL ELSE fr_signature(b, slots) END
	FROM (SELECT random() AS r, CASE WHEN random() < 0.02 THEN '' ELSE flat_text(4 + (random() * 60)::int) END AS b
	      FROM generate_series(1, n)) s
$$;

-- Exact duplicates (ties at distance 0) and near-duplicates of existing rows.
CREATE FUNCTION flat_copies(tab regclass, slots int DEFAULT 128) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('INSERT INTO %s SELECT nextval(''ids''), body, sig FROM %s WHERE random() < 0.1', tab, tab);
	EXECUTE format('INSERT INTO %s SELECT nextval(''ids''), b, fr_signature(b, $1)
		FROM (SELECT body || '' '' || flat_text(2) AS b FROM %s WHERE random() < 0.05) s', tab, tab)
		USING slots;
END
$$;

-- Compare ORDER BY sig <-> q [LIMIT k] through index idx with a sequential
-- scan + sort, in the caller's snapshot: the distances in the order the index
-- returns them; the ids, ties broken by id (PostgreSQL 15 uses the index for
-- the whole ORDER BY only, so: the rows of rank <= k in index order, sorted
-- by distance and id); that no row comes twice; with k NULL, that every row
-- of the table comes exactly once.  Raises on any difference.  A NULL q is
-- an InitPlan (a NULL constant would fold the ORDER BY away).  work_mem is
-- low so that a full scan takes several passes.
CREATE FUNCTION flat_check(tab regclass, idx text, q fr_sig, k int) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	qx text := CASE WHEN q IS NULL THEN '(SELECT $1)' ELSE '$1' END;
	by_dist text := format('SELECT id, sig <-> %2$s AS d FROM %1$s ORDER BY sig <-> %2$s LIMIT $2', tab, qx);
	by_rank text := format('SELECT id, d FROM (SELECT id, sig <-> %2$s AS d, rank() OVER (ORDER BY sig <-> %2$s) AS r
		FROM %1$s) s WHERE r <= coalesce($2, 2147483647) ORDER BY d, id LIMIT $2', tab, qx);
	agg text := 'SELECT array_agg(d), array_agg(id) FROM (%s) s';
	plan text;
	query text;
	line text;
	idx_d real[]; idx_ids bigint[]; idx_tie_ids bigint[];
	seq_d real[]; seq_tie_ids bigint[]; dummy real[];
	n_distinct bigint;
	tab_ids bigint[]; got_ids bigint[];
BEGIN
	PERFORM set_config('work_mem', '64kB', true);
	PERFORM set_config('enable_seqscan', 'off', true);
	PERFORM set_config('enable_bitmapscan', 'off', true);
	PERFORM set_config('enable_indexscan', 'on', true);
	FOREACH query IN ARRAY ARRAY[by_dist, by_rank] LOOP
		plan := '';
		FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query USING q, k LOOP
			plan := plan || line || ' / ';
		END LOOP;
		IF position(format('Index Scan using %s on', idx) IN plan) = 0 THEN
			RAISE EXCEPTION 'the plan does not use index %: %', idx, plan;
		END IF;
	END LOOP;
	EXECUTE format(agg, by_dist) INTO idx_d, idx_ids USING q, k;
	EXECUTE format(agg, by_rank) INTO dummy, idx_tie_ids USING q, k;

	PERFORM set_config('enable_seqscan', 'on', true);
	PERFORM set_config('enable_indexscan', 'off', true);
	PERFORM set_config('enable_indexonlyscan', 'off', true);
	EXECUTE format(agg, by_dist) INTO seq_d, dummy USING q, k;
	EXECUTE format(agg, by_rank) INTO dummy, seq_tie_ids USING q, k;

	IF idx_d IS DISTINCT FROM seq_d THEN
		RAISE EXCEPTION '% (k=%): index distances % differ from seqscan distances %',
			idx, k, left(idx_d::text, 400), left(seq_d::text, 400);
	END IF;
	IF idx_tie_ids IS DISTINCT FROM seq_tie_ids THEN
		RAISE EXCEPTION '% (k=%): index ids (ties by id) % differ from seqscan ids %',
			idx, k, left(idx_tie_ids::text, 400), left(seq_tie_ids::text, 400);
	END IF;
	SELECT count(DISTINCT i) INTO n_distinct FROM unnest(idx_ids) i;
	IF n_distinct <> coalesce(cardinality(idx_ids), 0) THEN
		RAISE EXCEPTION '% (k=%): the index returned % rows but only % distinct ids',
			idx, k, cardinality(idx_ids), n_distinct;
	END IF;
	IF k IS NULL THEN
		EXECUTE format('SELECT array_agg(id ORDER BY id) FROM %s', tab) INTO tab_ids;
		SELECT array_agg(i ORDER BY i) INTO got_ids FROM unnest(idx_ids) i;
		IF got_ids IS DISTINCT FROM tab_ids THEN
			RAISE EXCEPTION '% (full scan): the index returned % rows, the table has % (missing: %, extra: %)',
				idx, cardinality(got_ids), cardinality(tab_ids),
				left((SELECT array_agg(x) FROM (SELECT unnest(tab_ids) EXCEPT SELECT unnest(got_ids)) e(x))::text, 200),
				left((SELECT array_agg(x) FROM (SELECT unnest(got_ids) EXCEPT SELECT unnest(tab_ids)) e(x))::text, 200);
		END IF;
	END IF;
	RETURN format('ok %s rows', coalesce(cardinality(idx_ids), 0));
END
$$;
SQL

# check_index TABLE INDEX [SLOTS]: flat_check for several query signatures
# (an existing row's, one with exact duplicates, a new text's, the empty
# text's, NULL) and several LIMITs, in one REPEATABLE READ snapshot.
check_index() {
	local tab=$1 idx=$2 slots=${3:-128} q name out k calls=""
	for q in "row|(SELECT sig FROM $tab WHERE sig IS NOT NULL ORDER BY id OFFSET 7 LIMIT 1)" \
		"duplicated row|(SELECT a.sig FROM $tab a JOIN $tab b ON a.body = b.body AND a.id < b.id WHERE a.sig IS NOT NULL AND a.body <> '' ORDER BY a.id LIMIT 1)" \
		"new text|fr_signature('La grève des dockers du Havre paralyse le port, selon le ministre de l’économie.', $slots)" \
		"empty text|fr_signature('', $slots)" \
		"NULL|NULL::fr_sig"; do
		name=${q%%|*} q=${q#*|}
		calls=""
		for k in 1 10 100 1500 NULL; do
			calls+="SELECT flat_check('$tab', '$idx', $q, $k);"
		done
		out=$(psql_q -c "BEGIN ISOLATION LEVEL REPEATABLE READ" -c "$calls" -c "COMMIT")
		if [ "$(grep -c '^ok ' <<<"$out")" -eq 5 ]; then
			ok "$idx: index = seqscan, query $name ($(tail -1 <<<"$out" | cut -d' ' -f2) rows in full)"
		else
			fail "$idx: index = seqscan, query $name" "$(grep -v '^ok ' <<<"$out" | head -3)"
		fi
	done
}

# ------------------------------------------------------------------------
# 1. Every write path, after a checkpoint.
psql_q -c "CHECKPOINT" >/dev/null
REDO_LSN=$(psql_q -c "SELECT redo_lsn FROM pg_control_checkpoint()")
if out=$(psql_q <<'SQL'
SELECT setseed(0.5);
-- insert path: the index exists before the rows
CREATE TABLE t_ins (id bigint, body text, sig fr_sig);
CREATE INDEX t_ins_flat ON t_ins USING fr_flat (sig);
INSERT INTO t_ins SELECT * FROM flat_rows(1500);
INSERT INTO t_ins SELECT * FROM flat_rows(1500);
SELECT flat_copies('t_ins');
-- build path: CREATE INDEX on a populated table
CREATE TABLE t_build (id bigint, body text, sig fr_sig);
INSERT INTO t_build SELECT * FROM t_ins;
CREATE INDEX t_build_flat ON t_build USING fr_flat (sig);
-- bulk delete, then inserts that reuse the space VACUUM recorded
DELETE FROM t_ins WHERE id % 3 = 0;
DELETE FROM t_build WHERE id % 4 = 1 OR sig IS NULL;
VACUUM t_ins;
VACUUM t_build;
INSERT INTO t_ins SELECT * FROM flat_rows(1200);
INSERT INTO t_build SELECT * FROM flat_rows(1200);
SELECT flat_copies('t_build');
-- 16-slot signatures: small entries, many per page; built half-way
CREATE TABLE t_small (id bigint, body text, sig fr_sig);
INSERT INTO t_small SELECT * FROM flat_rows(4000, 16);
CREATE INDEX t_small_flat ON t_small USING fr_flat (sig);
INSERT INTO t_small SELECT * FROM flat_rows(4000, 16);
SELECT flat_copies('t_small', 16);
DELETE FROM t_small WHERE id % 5 = 2;
VACUUM t_small;
INSERT INTO t_small SELECT * FROM flat_rows(1000, 16);
-- unlogged: emptied by the crash
CREATE UNLOGGED TABLE t_unl (id bigint, body text, sig fr_sig);
CREATE INDEX t_unl_flat ON t_unl USING fr_flat (sig);
INSERT INTO t_unl SELECT * FROM flat_rows(800);
SELECT format('%s %s %s %s', (SELECT count(*) FROM t_ins), (SELECT count(*) FROM t_build),
	(SELECT count(*) FROM t_small), pg_relation_size('t_ins_flat') / 8192 + pg_relation_size('t_build_flat') / 8192
	+ pg_relation_size('t_small_flat') / 8192);
SQL
); then
	read -r N_INS N_BUILD N_SMALL N_PAGES <<<"$(tail -1 <<<"$out")"
	ok "write paths: t_ins $N_INS rows, t_build $N_BUILD, t_small $N_SMALL; $N_PAGES index pages"
else
	fail "write paths" "$(grep -m3 ERROR <<<"$out")"
	finish
fi
END_LSN=$(psql_q -c "SELECT pg_current_wal_insert_lsn()")

# ------------------------------------------------------------------------
# 2. Crash and recover with consistency checking.
start_primary() {
	"${RUN[@]}" "$FRN_PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w \
		-o "-c listen_addresses='' -k $FRN_SOCKDIR -p $PRIMARY_PORT -c max_worker_processes=8 $SETTINGS" \
		start >/dev/null 2>&1
}
crash_and_recover() {
	local from
	"${RUN[@]}" "$FRN_PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1
	from=$(($(wc -l <"$LOG") + 1))
	if start_primary && [ -z "$(redo_errors "$from" "$LOG")" ] &&
		tail -n +"$from" "$LOG" | grep -q 'redo done'; then
		ok "$1: crash recovery replays with consistency checking"
	else
		fail "$1: crash recovery" "$(redo_errors "$from" "$LOG" | head -2)"
		show_log "$LOG"
		finish
	fi
}

# The WAL to replay holds generic records, each with a page image: one that
# redo applies (GENERIC_XLOG_FULL_IMAGE, first change after the checkpoint)
# or one that it checks its result against.
waldump=$("$FRN_PG_BIN/pg_waldump" -p "$DATA/pg_wal" -s "$REDO_LSN" -e "$END_LSN" -r Generic 2>/dev/null)
n_generic=$(grep -c '^rmgr: Generic' <<<"$waldump")
n_image=$(grep -c 'FPW' <<<"$waldump")
n_checked=$(grep -c 'FPW for WAL verification' <<<"$waldump")
if [ "$n_checked" -ge 1000 ] && [ "$n_image" -eq "$n_generic" ]; then
	ok "WAL to replay: $n_generic generic records, $n_checked with a verification image"
else
	fail "WAL to replay" "$n_generic generic records, $n_image with a page image, $n_checked for verification"
fi

crash_and_recover "after the write paths"

# ------------------------------------------------------------------------
# 3. The recovered indexes answer like sequential scans.
check_index t_ins t_ins_flat
check_index t_build t_build_flat
check_index t_small t_small_flat 16

out=$(psql_q -c "SELECT count(*) FROM t_unl" -c "INSERT INTO t_unl SELECT * FROM flat_rows(300)" \
	-c "SELECT flat_check('t_unl', 't_unl_flat', (SELECT sig FROM t_unl WHERE sig IS NOT NULL LIMIT 1), k) FROM (VALUES (5), (NULL)) v(k)")
if [ "$out" = $'0\nok 5 rows\nok 300 rows' ]; then
	ok "unlogged table empty after the crash; its index works after inserts"
else
	fail "unlogged table after the crash" "$out"
fi

out=$(psql_q -c "INSERT INTO t_ins SELECT * FROM flat_rows(500)" -c "SELECT flat_copies('t_ins')" \
	-c "INSERT INTO t_small SELECT * FROM flat_rows(500, 16)" \
	-c "SELECT flat_check('t_ins', 't_ins_flat', (SELECT sig FROM t_ins WHERE sig IS NOT NULL ORDER BY id DESC LIMIT 1), k) FROM (VALUES (10), (NULL)) v(k)" \
	-c "SELECT flat_check('t_small', 't_small_flat', (SELECT sig FROM t_small WHERE sig IS NOT NULL ORDER BY id DESC LIMIT 1), k) FROM (VALUES (10), (NULL)) v(k)")
if [ "$(grep -c '^ok ' <<<"$out")" -eq 4 ]; then
	ok "inserts after recovery; indexes still = seqscan"
else
	fail "inserts after recovery" "$(grep -v '^ok' <<<"$out" | head -3)"
fi

# count(*) with no column needed: an index-only scan of fr_flat, no ORDER BY.
plan=$(psql_q -c "SET enable_seqscan = off" -c "EXPLAIN (COSTS OFF) SELECT count(*) FROM t_small")
out=$(psql_q -c "SET enable_seqscan = off" -c "SELECT count(*) FROM t_small" \
	-c "SET enable_seqscan = on" -c "SET enable_indexonlyscan = off" -c "SELECT count(*) FROM t_small")
if grep -q 'Index Only Scan using t_small_flat' <<<"$plan" && [ "$(sed -n 1p <<<"$out")" = "$(sed -n 2p <<<"$out")" ]; then
	ok "count(*) by an index-only scan of t_small_flat: $(sed -n 1p <<<"$out") rows, as the seqscan"
else
	fail "count(*) by an index-only scan" "$(tr '\n' ' ' <<<"$plan$out")"
fi

# ------------------------------------------------------------------------
# 5 (set-up). A streaming standby, from a base backup taken now; it replays
# everything from here on.
STANDBY_PORT=$((PRIMARY_PORT + 1))
STANDBY_LOG=$FRN_CLUSTER_DIR/standby.log
if "${RUN[@]}" "$FRN_PG_BIN/pg_basebackup" -D "$FRN_CLUSTER_DIR/standby" -R -X stream -c fast \
	-h "$FRN_SOCKDIR" -p "$PRIMARY_PORT" -U postgres >"$FRN_CLUSTER_DIR/basebackup.log" 2>&1; then
	STANDBY_DIR=$FRN_CLUSTER_DIR/standby
	"${RUN[@]}" "$FRN_PG_BIN/pg_ctl" -D "$STANDBY_DIR" -l "$STANDBY_LOG" -w \
		-o "-c listen_addresses='' -k $FRN_SOCKDIR -p $STANDBY_PORT $SETTINGS" start >/dev/null 2>&1 ||
		{ fail "start the standby"; show_log "$STANDBY_LOG"; STANDBY_DIR=; }
else
	fail "pg_basebackup" "$(tail -3 "$FRN_CLUSTER_DIR/basebackup.log")"
fi

# ------------------------------------------------------------------------
# 4. Concurrency: inserting/deleting, KNN-checking and VACUUMing clients.
psql_q -c "SELECT setseed(0.25)" -c "CREATE TABLE t_conc (id bigint, body text, sig fr_sig)" \
	-c "INSERT INTO t_conc SELECT * FROM flat_rows(2000)" \
	-c "CREATE INDEX t_conc_flat ON t_conc USING fr_flat (sig)" >/dev/null ||
	{ fail "create t_conc"; finish; }
BENCH=$FRN_CLUSTER_DIR/bench
mkdir -p "$BENCH"
cat >"$BENCH/write.sql" <<'SQL'
\set n random(1, 3)
INSERT INTO t_conc SELECT * FROM flat_rows(:n);
\set d random(0, 2000)
DELETE FROM t_conc WHERE id = (SELECT id FROM t_conc OFFSET :d LIMIT 1);
SQL
cat >"$BENCH/knn.sql" <<'SQL'
\set n random(0, 2500)
\set k random(1, 40)
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT flat_check('t_conc', 't_conc_flat', (SELECT sig FROM t_conc OFFSET :n LIMIT 1), :k);
COMMIT;
SQL
cat >"$BENCH/knn_all.sql" <<'SQL'
\set n random(0, 2500)
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT flat_check('t_conc', 't_conc_flat', (SELECT sig FROM t_conc OFFSET :n LIMIT 1), NULL);
COMMIT;
SQL
cat >"$BENCH/vacuum.sql" <<'SQL'
VACUUM t_conc;
\sleep 300 ms
SQL
SECS=8
bench() { "$FRN_PG_BIN/pgbench" -n -T "$SECS" "$@" 2>&1; }
bench -c 2 -f "$BENCH/write.sql" >"$BENCH/write.out" & p1=$!
bench -c 2 -f "$BENCH/knn.sql@4" -f "$BENCH/knn_all.sql@1" >"$BENCH/knn.out" & p2=$!
bench -c 1 -f "$BENCH/vacuum.sql" >"$BENCH/vacuum.out" & p3=$!
for p in $p1 $p2 $p3; do
	wait "$p" || echo "  pgbench exit status $?: $(grep -m2 -E 'ERROR|abort' "$BENCH"/*.out)"
done
for w in write knn vacuum; do
	tx=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' "$BENCH/$w.out")
	failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "$BENCH/$w.out")
	if [ "${tx:-0}" -gt 0 ] && [ "${failed:-1}" -eq 0 ] && ! grep -qE 'ERROR|aborted' "$BENCH/$w.out"; then
		ok "concurrent $w clients: $tx transactions in ${SECS} s, no error"
	else
		fail "concurrent $w clients" "${tx:-0} transactions; $(grep -m3 -E 'ERROR|abort|DETAIL' "$BENCH/$w.out" | tr '\n' ' ')"
	fi
done
check_index t_conc t_conc_flat

crash_and_recover "after the concurrent run"
check_index t_conc t_conc_flat

# ------------------------------------------------------------------------
# 5. The standby replayed everything with consistency checking; its indexes
# answer like its sequential scans.
if [ -n "$STANDBY_DIR" ]; then
	target=$(psql_q -c "SELECT pg_current_wal_flush_lsn()")
	caught_up=
	for _ in $(seq 1 300); do
		caught_up=$(psql_q -p "$STANDBY_PORT" -c "SELECT pg_last_wal_replay_lsn() >= '$target'")
		[ "$caught_up" = t ] && break
		"${RUN[@]}" "$FRN_PG_BIN/pg_ctl" -D "$STANDBY_DIR" status >/dev/null 2>&1 || break
		sleep 0.1
	done
	if [ "$caught_up" = t ] && [ -z "$(redo_errors 1 "$STANDBY_LOG")" ]; then
		ok "standby replayed up to $target with consistency checking"
		PGPORT=$STANDBY_PORT check_index t_ins t_ins_flat
		PGPORT=$STANDBY_PORT check_index t_small t_small_flat 16
		PGPORT=$STANDBY_PORT check_index t_conc t_conc_flat
		a=$(psql_q -c "SELECT count(*) FROM t_conc")
		b=$(psql_q -p "$STANDBY_PORT" -c "SELECT count(*) FROM t_conc")
		if [ "$a" = "$b" ]; then ok "standby has the primary's $a rows of t_conc"; else fail "standby rows" "$b, primary $a"; fi
	else
		fail "standby replay" "$(redo_errors 1 "$STANDBY_LOG" | head -2)"
		show_log "$STANDBY_LOG"
	fi
fi

finish
