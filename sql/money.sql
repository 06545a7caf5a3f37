-- fr_money: input forms, canonical output, operators, opclasses, arithmetic,
-- aggregates (also in a parallel plan), binary COPY, errors with SQLSTATE.
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
SET extra_float_digits = 0;

-- errors as "SQLSTATE: message" (stable, no source locations)
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- input: canonical and French forms; output is canonical
SELECT s, s::fr_money AS m
FROM (VALUES ('5930000000 USD'), ('0.5 EUR'), ('-12.25 CHF'), ('1.125 USD'),
             ('5,93 milliards de dollars'), ('1,5 Md€'), ('10 000 €'), ('12.500,75 €'),
             ('$75 millions'), ('US$ 15'), ('3 000 CHF'), ('£ 8,10 millions'),
             ('dix milliards d’euros'), ('quatre-vingt-dix-sept francs suisses'),
             ('250 M€'), ('300 k€'), ('3 euros et 50 centimes'), ('15 dollars 15 cents'),
             ('45 000 yens'), ('2 millions de dollars canadiens'), ('12’500 CHF'),
             ('  7 EUR  '), ('0.50 EUR'), ('100.000 EUR')) AS t(s);

-- canonical output round-trips exactly, whatever the precision
SELECT m, m::text::fr_money = m AS round_trip
FROM (VALUES (fr_money(123456789012345678901234567890.123456789, 'EUR')),
             (fr_money(0.000000001, 'JPY')), (fr_money(-1e30, 'USD')),
             (fr_money(1.50, 'GBP'))) AS t(m);

-- a bare "$" follows frnews.dollar_currency; the canonical form does not
SET frnews.dollar_currency = 'CAD';
SELECT '10 $'::fr_money AS dollar_cad, '10 USD'::fr_money AS usd, '10 dollars américains'::fr_money AS us;
SELECT fr_parse_money('10 $') AS stable_form, fr_parse_money('10 $', 'AUD') AS explicit_form;
RESET frnews.dollar_currency;
SELECT '10 $'::fr_money AS dollar_default;
SELECT pg_temp.err($$SET frnews.dollar_currency = 'usd'$$);
SELECT pg_temp.err($$SET frnews.dollar_currency = 'XYZ'$$);

-- constructor and accessors
SELECT fr_money(5.93e9, 'USD') AS m, fr_money_value('5,93 milliards de dollars'),
       fr_money_currency('1 Md€');

-- errors, with their SQLSTATE
SELECT pg_temp.err($$SELECT '10 zorglubs'::fr_money$$);
SELECT pg_temp.err($$SELECT ''::fr_money$$);
SELECT pg_temp.err($$SELECT '10'::fr_money$$);
SELECT pg_temp.err($$SELECT 'environ 10 €'::fr_money$$);
SELECT pg_temp.err($$SELECT 'entre 5 et 6 €'::fr_money$$);
SELECT pg_temp.err($$SELECT '10 EUR 5'::fr_money$$);
SELECT pg_temp.err($$SELECT fr_money('NaN', 'EUR')$$);
SELECT pg_temp.err($$SELECT fr_money('Infinity', 'EUR')$$);
SELECT pg_temp.err($$SELECT fr_money(1, 'eur')$$);
SELECT pg_temp.err($$SELECT fr_money(1, 'XYZ')$$);
SELECT pg_temp.err($$SELECT '1e999999 EUR'::fr_money$$);
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money + '1 USD'::fr_money$$);
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money - '1 USD'::fr_money$$);
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money / 0$$);
-- the full error report of a bad input, hint included
SELECT '10 zorglubs'::fr_money;

-- comparison: total order by currency, then value
SELECT m FROM (VALUES ('10 EUR'::fr_money), ('2 USD'), ('-1 EUR'), ('1000 CHF'), ('2.5 USD'), ('10.0 EUR')) AS t(m)
ORDER BY m;
SELECT '1.0 EUR'::fr_money = '1 EUR' AS eq, '1 EUR'::fr_money <> '1 USD' AS ne,
       '1 EUR'::fr_money < '2 EUR' AS lt, '2 EUR'::fr_money <= '2 EUR' AS le,
       '3 EUR'::fr_money > '2 EUR' AS gt, '2 EUR'::fr_money >= '3 EUR' AS ge,
       '999 CHF'::fr_money < '1 EUR' AS chf_before_eur;

-- arithmetic
SELECT '1,5 Md€'::fr_money + '500 M€'::fr_money AS sum,
       '10 €'::fr_money - '12,5 €'::fr_money AS diff,
       '10 €'::fr_money * 1.5 AS times, 3 * '10 €'::fr_money AS times_left,
       '10 €'::fr_money / 4 AS divided, '10 €'::fr_money / 3 AS third;

-- btree and hash indexes, hash aggregation
CREATE TABLE money_t (id int, m fr_money);
INSERT INTO money_t
SELECT i, fr_money(i * 1.25, (ARRAY['EUR','USD','CHF','JPY'])[1 + i % 4]) FROM generate_series(1, 2000) AS i;
CREATE INDEX money_t_btree ON money_t (m);
CREATE INDEX money_t_hash ON money_t USING hash (m);
ANALYZE money_t;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM money_t WHERE m = '1250 EUR';
SELECT id FROM money_t WHERE m = '1250 EUR';
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM money_t WHERE m >= '2496.25 JPY' AND m < '2500 JPY' ORDER BY m;
SELECT id FROM money_t WHERE m >= '2496.25 JPY' AND m < '2500 JPY' ORDER BY m;
DROP INDEX money_t_btree;
EXPLAIN (COSTS OFF) SELECT id FROM money_t WHERE m = '1250 EUR';
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_sort = off;
SELECT count(*) FROM (SELECT DISTINCT m FROM (SELECT m FROM money_t UNION ALL SELECT m FROM money_t) s) d;
RESET enable_sort;

-- aggregates
SELECT fr_money_currency(m) AS cur, sum(m), avg(m), min(m), max(m), count(*)
FROM money_t GROUP BY 1 ORDER BY 1;
SELECT sum(m), avg(m) FROM money_t WHERE false;
SELECT pg_temp.err($$SELECT sum(m) FROM money_t$$);
SELECT pg_temp.err($$SELECT avg(m) FROM money_t$$);
SELECT pg_temp.err($$SELECT min(m) FROM money_t$$);
SELECT pg_temp.err($$SELECT max(m) FROM money_t$$);

-- the same aggregates in a parallel plan (partial + combine + (de)serialise)
CREATE TABLE money_p AS SELECT i AS id, fr_money(i / 8.0, 'EUR') AS m FROM generate_series(1, 50000) AS i;
ANALYZE money_p;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(m), avg(m), min(m), max(m) FROM money_p;
SELECT sum(m), avg(m), min(m), max(m) FROM money_p;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT sum(m), avg(m), min(m), max(m) FROM money_p;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- binary COPY round-trip
COPY money_t TO '/tmp/frnews_regress_money.bin' WITH (FORMAT binary);
CREATE TABLE money_t2 (LIKE money_t);
COPY money_t2 FROM '/tmp/frnews_regress_money.bin' WITH (FORMAT binary);
SELECT count(*) AS rows, count(*) FILTER (WHERE a.m = b.m AND a.m::text = b.m::text) AS identical
FROM money_t a JOIN money_t2 b USING (id);
SELECT fr_money_send('12.5 EUR') AS wire;

-- binary input is checked like text input: craft bad fields through bytea
CREATE TABLE money_raw (b bytea);
CREATE TABLE money_in (m fr_money);
CREATE FUNCTION pg_temp.recv(b bytea) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	TRUNCATE money_raw;
	INSERT INTO money_raw VALUES (b);
	COPY money_raw TO '/tmp/frnews_regress_raw.bin' WITH (FORMAT binary);
	TRUNCATE money_in;
	COPY money_in FROM '/tmp/frnews_regress_raw.bin' WITH (FORMAT binary);
	RETURN (SELECT m::text FROM money_in);
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.recv('\x455552'::bytea || numeric_send(12.50)) AS good;
SELECT pg_temp.recv('\x657572'::bytea || numeric_send(1)) AS lower_case_code;
SELECT pg_temp.recv('\x585959'::bytea || numeric_send(1)) AS unknown_code;
SELECT pg_temp.recv('\x455552'::bytea || numeric_send('NaN')) AS nan;
SELECT pg_temp.recv('\x455552'::bytea || numeric_send('Infinity')) AS inf;
SELECT pg_temp.recv('\x4555'::bytea) AS truncated;
SELECT pg_temp.recv('\x455552'::bytea || numeric_send(1) || '\x00'::bytea) AS trailing_byte;

DROP TABLE money_t, money_t2, money_p, money_raw, money_in;
\if :frn_created
DROP EXTENSION frnews;
\endif
