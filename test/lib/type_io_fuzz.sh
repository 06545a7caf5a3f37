#!/usr/bin/env bash
# test/lib/type_io_fuzz.sh — the input, output, send and receive functions of
# fr_money, fr_percent and fr_sig under random and mutated values
# (docs/limits.md, "Type input and output, indexes and aggregates").
#
#   bash test/lib/type_io_fuzz.sh [N] [SEED]    (default 20000 text inputs and
#                                               3000 binary values per type, seed 1)
#
# Text: each input cast in PL/pgSQL (an error is caught with its SQLSTATE);
# an accepted value must give out(in(out(x))) = out(x), equal send() of both,
# x = x.  Binary: the accepted values are written with COPY (FORMAT binary),
# mutated (test/lib/type_io_mutate.py) and read back one file per value
# through COPY FROM; an accepted one must make the same round trips and hash
# equal to its text round trip.  Then every pair of accepted fr_money (and
# fr_percent) values: cmp antisymmetric, each operator agreeing with cmp,
# equal values hashing equal (both hash functions), sorted output monotone,
# grouping by sort, by hash and by text giving the same groups.  The UTF8
# database then a LATIN9 one (inputs made representable).  Errors other than
# 22P02, 22P03, 08P01, 22003, 22023, 54000, or a lost connection, fail.
#
# Needs a running server with frnews installed (PGHOST, PGPORT, PGUSER);
# creates and drops the databases frn_type_io_utf8 and frn_type_io_latin9.
# Exit status 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
N=${1:-20000}
SEED=${2:-1}
WORK=$(mktemp -d /tmp/frn-typeio.XXXXXX)
chmod 755 "$WORK"
trap 'rm -rf "$WORK"' EXIT
bad=0

for enc in UTF8 LATIN9; do
	db=frn_type_io_${enc,,}
	psql -XAq -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" || exit 1
	psql -XAq -d "$db" -c "CREATE EXTENSION frnews" || exit 1
	python3 test/lib/type_io_mutate.py text "$SEED" "$N" "$([ $enc = LATIN9 ] && echo latin9)" >"$WORK/text.tsv"
	mkdir -p "$WORK/bin" && chmod 755 "$WORK/bin" && chmod 644 "$WORK/text.tsv"
	out=$(psql -XAqt -v ON_ERROR_STOP=1 -d "$db" -v casefile="$WORK/text.tsv" <<'SQL' 2>&1
SET client_encoding = 'UTF8';
CREATE TABLE cases (id serial, typ text, input text);
COPY cases (typ, input) FROM :'casefile' WITH (ENCODING 'UTF8');
CREATE TABLE res (id int, typ text, state text, msg text, out text, out2 text, sendok bool, eqself bool);
CREATE FUNCTION round_trip_send(fr_money) RETURNS bool LANGUAGE sql AS $$ SELECT fr_money_send($1) = fr_money_send($1::text::fr_money) $$;
CREATE FUNCTION round_trip_send(fr_percent) RETURNS bool LANGUAGE sql AS $$ SELECT fr_percent_send($1) = fr_percent_send($1::text::fr_percent) $$;
CREATE FUNCTION round_trip_send(fr_sig) RETURNS bool LANGUAGE sql AS $$ SELECT fr_sig_send($1) = fr_sig_send($1::text::fr_sig) $$;
DO $$
DECLARE c record; o text; o2 text; st text; m text; e bool; s bool;
BEGIN
	FOR c IN SELECT * FROM cases ORDER BY id LOOP
		BEGIN
			EXECUTE format('SELECT v::text, v::text::%1$s::text, v::text::%1$s = v, round_trip_send(v) FROM (SELECT $1::%1$s v) s', c.typ)
				INTO o, o2, e, s USING c.input;
			INSERT INTO res VALUES (c.id, c.typ, 'ok', NULL, o, o2, s, e);
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
			INSERT INTO res VALUES (c.id, c.typ, st, left(m, 200), NULL, NULL, NULL, NULL);
		END;
	END LOOP;
END $$;
SELECT 'text ' || typ || ' ' || state || ' ' || count(*) FROM res GROUP BY typ, state ORDER BY typ, state;
SELECT 'FAIL text round trip ' || r.typ || ': ' || left(c.input, 80) || ' -> ' || left(r.out, 80) || ' -> ' || left(r.out2, 80)
FROM res r JOIN cases c USING (id) WHERE r.state = 'ok' AND (r.out IS DISTINCT FROM r.out2 OR NOT r.sendok OR NOT r.eqself) LIMIT 20;
SELECT 'FAIL text error ' || r.state || ' ' || left(r.msg, 100) || ': ' || left(c.input, 60)
FROM res r JOIN cases c USING (id) WHERE r.state NOT IN ('ok', '22P02', '22003', '22023', '22P03', '54000') LIMIT 20;
SQL
)
	echo "$out" | sed "s/^/$enc /"
	grep -q "FAIL\|ERROR\|connection" <<<"$out" && bad=1

	for t in fr_money fr_percent fr_sig; do
		psql -XAq -d "$db" -c "\\copy (SELECT out::$t FROM res WHERE typ = '$t' AND state = 'ok') TO '$WORK/bin/$t.bin' (FORMAT binary)" || bad=1
	done
	python3 test/lib/type_io_mutate.py binary "$SEED" $((N * 3 / 20)) "$WORK/bin" && chmod -R a+r "$WORK/bin"
	out=$(psql -XAqt -v ON_ERROR_STOP=1 -d "$db" -v listfile="$WORK/bin/cases.tsv" <<'SQL' 2>&1
CREATE TABLE t_fr_money (v fr_money); CREATE TABLE t_fr_percent (v fr_percent); CREATE TABLE t_fr_sig (v fr_sig);
CREATE TABLE bcases (id int, typ text, file text);
COPY bcases FROM :'listfile';
CREATE TABLE bres (id int, typ text, state text, msg text, ok bool);
DO $$
DECLARE c record; st text; m text; okv bool;
BEGIN
	FOR c IN SELECT * FROM bcases ORDER BY id LOOP
		BEGIN
			EXECUTE format('TRUNCATE t_%s', c.typ);
			EXECUTE format('COPY t_%s FROM %L (FORMAT binary)', c.typ, c.file);
			EXECUTE format($q$SELECT bool_and(v::text::%1$s = v AND %1$s_send(v::text::%1$s) = %1$s_send(v) AND v = v
							AND %1$s_hash(v) = %1$s_hash(v::text::%1$s)) FROM t_%1$s$q$, c.typ) INTO okv;
			INSERT INTO bres VALUES (c.id, c.typ, 'ok', NULL, okv);
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, m = MESSAGE_TEXT;
			INSERT INTO bres VALUES (c.id, c.typ, st, left(m, 120), NULL);
		END;
	END LOOP;
END $$;
SELECT 'binary ' || typ || ' ' || state || ' ' || count(*) FROM bres GROUP BY typ, state ORDER BY typ, state;
SELECT 'FAIL binary ' || typ || ' case ' || id || ' ' || state || ' ' || coalesce(msg, 'round trip')
FROM bres WHERE (state = 'ok' AND ok IS NOT TRUE) OR state NOT IN ('ok', '22P03', '08P01', '22023', '22003') LIMIT 20;

-- every pair of accepted values, with the same values made other ways
CREATE TABLE mv AS SELECT DISTINCT ON (out) out::fr_money v FROM res WHERE typ = 'fr_money' AND state = 'ok';
INSERT INTO mv SELECT fr_money(fr_money_value(v) * 1.000, fr_money_currency(v)) FROM mv;
INSERT INTO mv SELECT fr_money(-fr_money_value(v), fr_money_currency(v)) FROM mv LIMIT 2000;
CREATE TABLE pv AS SELECT DISTINCT ON (out) out::fr_percent v FROM res WHERE typ = 'fr_percent' AND state = 'ok';
INSERT INTO pv SELECT (v::numeric * 1.00)::fr_percent FROM pv;
INSERT INTO pv SELECT (-(v::numeric))::fr_percent FROM pv;
SELECT 'pairs fr_money ' || count(*) || ', equal ' || count(*) FILTER (WHERE a.v = b.v),
	CASE WHEN count(*) FILTER (WHERE fr_money_cmp(a.v, b.v) <> -fr_money_cmp(b.v, a.v)
		OR (a.v = b.v) <> (fr_money_cmp(a.v, b.v) = 0) OR (a.v < b.v) <> (fr_money_cmp(a.v, b.v) < 0)
		OR (a.v <= b.v) <> (fr_money_cmp(a.v, b.v) <= 0) OR (a.v > b.v) <> (fr_money_cmp(a.v, b.v) > 0)
		OR (a.v >= b.v) <> (fr_money_cmp(a.v, b.v) >= 0) OR (a.v <> b.v) <> (fr_money_cmp(a.v, b.v) <> 0)
		OR (a.v = b.v AND (fr_money_hash(a.v) <> fr_money_hash(b.v)
						   OR fr_money_hash_extended(a.v, 7) <> fr_money_hash_extended(b.v, 7)))) > 0
	THEN 'FAIL order or hash' ELSE 'ok' END
FROM mv a, mv b;
SELECT 'pairs fr_percent ' || count(*) || ', equal ' || count(*) FILTER (WHERE a.v = b.v),
	CASE WHEN count(*) FILTER (WHERE (a.v = b.v) <> (a.v::numeric = b.v::numeric) OR (a.v < b.v) <> (a.v::numeric < b.v::numeric)
		OR (a.v = b.v AND (fr_percent_hash(a.v) <> fr_percent_hash(b.v)
						   OR fr_percent_hash_extended(a.v, 7) <> fr_percent_hash_extended(b.v, 7)))) > 0
	THEN 'FAIL order or hash' ELSE 'ok' END
FROM pv a, pv b;
SELECT 'FAIL fr_money_hash_extended(v, 0) low bits ' || count(*) FROM mv
WHERE (fr_money_hash_extended(v, 0) & 4294967295) <> (fr_money_hash(v)::int8 & 4294967295) HAVING count(*) > 0;
SET enable_hashagg = off;
CREATE TEMP TABLE g AS SELECT 'sort' AS how, (SELECT count(*) FROM (SELECT v FROM mv GROUP BY v) x) m, (SELECT count(*) FROM (SELECT v FROM pv GROUP BY v) x) p;
RESET enable_hashagg;
SET enable_sort = off;
INSERT INTO g SELECT 'hash', (SELECT count(*) FROM (SELECT v FROM mv GROUP BY v) x), (SELECT count(*) FROM (SELECT v FROM pv GROUP BY v) x);
RESET enable_sort;
INSERT INTO g SELECT 'text', (SELECT count(DISTINCT v::text) FROM mv), (SELECT count(DISTINCT v::text) FROM pv);
SELECT CASE WHEN count(DISTINCT (m, p)) = 1 THEN 'groups ok: ' ELSE 'FAIL groups: ' END || string_agg(how || ' ' || m || '/' || p, ', ') FROM g;
SELECT 'FAIL sorted fr_money not monotone ' || count(*) FROM (SELECT v, lead(v) OVER (ORDER BY v) n FROM mv) s WHERE n < v HAVING count(*) > 0;
SELECT 'FAIL sorted fr_percent not monotone ' || count(*) FROM (SELECT v, lead(v) OVER (ORDER BY v) n FROM pv) s WHERE n < v HAVING count(*) > 0;
SQL
)
	echo "$out" | sed "s/^/$enc /"
	grep -q "FAIL\|ERROR\|connection" <<<"$out" && bad=1
	rm -rf "$WORK/bin"
	psql -XAq -d postgres -c "DROP DATABASE $db"
done
echo "type_io_fuzz: $([ $bad = 0 ] && echo ok || echo FAILED)"
exit $bad
