-- fr_percent: input forms, canonical output, casts, operators, opclasses,
-- aggregates (also parallel), binary COPY, errors with SQLSTATE.
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

SELECT s, s::fr_percent AS p, fr_percent_value(s::fr_percent) AS value
FROM (VALUES ('47%'), ('0.5%'), ('-3.2%'), ('60 %'), ('47%'), ('0,5 %'), ('16 pour cent'),
             ('16 pour-cent'), ('16 pourcents'), ('50 pour 100'), ('-3,2 %'), ('+0,4 %'),
             (E'12\u00a0%'), (E'7,25\u202f%'), ('vingt pour cent'), ('100 %'), ('0.50%'),
             ('1 234,5 %')) AS t(s);

-- round trip of the canonical form, any precision
SELECT p, p::text::fr_percent = p AS round_trip
FROM (VALUES (fr_percent(12.3456789012345678901234567890)), (fr_percent(-0.001)), (fr_percent(1e40))) AS t(p);

-- casts both ways
SELECT 47::numeric::fr_percent AS from_numeric, '47 %'::fr_percent::numeric AS to_numeric,
       CAST(12.50 AS fr_percent) AS trimmed;

SELECT pg_temp.err($$SELECT '47'::fr_percent$$);
SELECT pg_temp.err($$SELECT 'beaucoup %'::fr_percent$$);
SELECT pg_temp.err($$SELECT '3 points'::fr_percent$$);
SELECT pg_temp.err($$SELECT 'près de 16 %'::fr_percent$$);
SELECT pg_temp.err($$SELECT 'NaN'::numeric::fr_percent$$);
SELECT pg_temp.err($$SELECT '-Infinity'::numeric::fr_percent$$);
SELECT '12 pourcentage de rien'::fr_percent;

-- comparison, btree and hash
SELECT '47 %'::fr_percent = '47.0%' AS eq, '47 %'::fr_percent <> '48%' AS ne,
       '-1 %'::fr_percent < '0,5 %' AS lt, '2%'::fr_percent <= '2 %' AS le,
       '3%'::fr_percent > '2%' AS gt, '2%'::fr_percent >= '3%' AS ge;
CREATE TABLE pct_t AS SELECT i AS id, fr_percent(i / 4.0) AS p FROM generate_series(-400, 400) AS i;
CREATE INDEX pct_t_btree ON pct_t (p);
CREATE INDEX pct_t_hash ON pct_t USING hash (p);
ANALYZE pct_t;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pct_t WHERE p BETWEEN '12 %' AND '12,5 %' ORDER BY p;
SELECT id FROM pct_t WHERE p BETWEEN '12 %' AND '12,5 %' ORDER BY p;
DROP INDEX pct_t_btree;
EXPLAIN (COSTS OFF) SELECT id FROM pct_t WHERE p = '25 %';
SELECT id FROM pct_t WHERE p = '25 %';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- aggregates, also in a parallel plan
SELECT min(p), max(p), avg(p), count(*) FROM pct_t;
SELECT avg(p) FROM pct_t WHERE id IN (1, 2);
SELECT min(p), max(p), avg(p) FROM pct_t WHERE false;
-- sum, + and /: trimmed, and sum / count equals avg (the form Citus pushes down)
SELECT '1,5 %'::fr_percent + '1,5 %' AS plus, '10 %'::fr_percent / 4 AS quarter,
       '1%'::fr_percent / 3 AS third;
SELECT sum(p), sum(p) / count(p) = avg(p) AS sum_over_count_is_avg FROM pct_t;
SELECT sum(p) FROM pct_t WHERE false;
SELECT pg_temp.err($$SELECT '1 %'::fr_percent / 0$$);
CREATE TABLE pct_p AS SELECT fr_percent(i / 3.0) AS p FROM generate_series(1, 60000) AS i;
ANALYZE pct_p;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT min(p), max(p), avg(p), sum(p) FROM pct_p;
SELECT min(p), max(p), avg(p), sum(p) FROM pct_p;
SET max_parallel_workers_per_gather = 0;
SELECT min(p), max(p), avg(p), sum(p) FROM pct_p;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- binary COPY round-trip, and binary input checked like text input
COPY pct_t TO '/tmp/frnews_regress_pct.bin' WITH (FORMAT binary);
CREATE TABLE pct_t2 (LIKE pct_t);
COPY pct_t2 FROM '/tmp/frnews_regress_pct.bin' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE a.p = b.p AND a.p::text = b.p::text) AS identical
FROM pct_t a JOIN pct_t2 b USING (id);
CREATE TABLE pct_raw (b bytea);
CREATE TABLE pct_in (p fr_percent);
CREATE FUNCTION pg_temp.recv(b bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	TRUNCATE pct_raw;
	INSERT INTO pct_raw VALUES (b);
	COPY pct_raw TO '/tmp/frnews_regress_pct_raw.bin' WITH (FORMAT binary);
	TRUNCATE pct_in;
	COPY pct_in FROM '/tmp/frnews_regress_pct_raw.bin' WITH (FORMAT binary);
	RETURN (SELECT p::text FROM pct_in);
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.recv(numeric_send(47.500)) AS good;
SELECT pg_temp.recv(numeric_send('NaN')) AS nan;
SELECT pg_temp.recv('\x0001'::bytea) AS truncated;

DROP TABLE pct_t, pct_t2, pct_p, pct_raw, pct_in;
\if :frn_created
DROP EXTENSION frnews;
\endif
