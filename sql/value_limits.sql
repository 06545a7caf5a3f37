-- Values at their limits (review of December 2026, docs/limits.md): fr_money
-- and fr_percent arithmetic, hashing and aggregates, also in parallel plans;
-- the selectivity estimator of fr_sig %; the settings.
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
SET extra_float_digits = 0;

-- errors as "SQLSTATE: message" (stable, no source locations, no worker context)
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- ---------------------------------------------------------------------------
-- Equal values hash equal, whatever made them: text of any scale, French
-- forms, numeric and float casts, arithmetic, -0.
CREATE TEMP TABLE mv AS
SELECT * FROM (VALUES ('1.5 EUR'::fr_money), (fr_money(1.50, 'EUR')), ('1,50 €'),
	('3 EUR'::fr_money / 2), ('0.75 EUR'::fr_money * 2.000), (fr_money(1.5::float8::numeric, 'EUR')),
	('-0.00 EUR'), (fr_money(-0.0, 'EUR')), (fr_money('-0'::float8::numeric, 'EUR')),
	('1 EUR'::fr_money - fr_money(1.000, 'EUR')), (fr_money(0.00001, 'EUR') * 0),
	('-12.25 CHF'), ('5930000000 USD'), ('0.000001 JPY'), (fr_money(1e100, 'GBP'))) AS t(m);
CREATE TEMP TABLE pv AS
SELECT * FROM (VALUES ('1.5%'::fr_percent), (1.50::fr_percent), ('1,50 %'), ('3%'::fr_percent / 2),
	('-0%'), (fr_percent(-0.0)), (fr_percent('-0'::float8::numeric)), ('47 %'), ('-3.25%'),
	(fr_percent(1e-20))) AS t(p);
SELECT m, count(*) AS n, count(DISTINCT fr_money_hash(m)) AS hashes,
	count(DISTINCT fr_money_hash_extended(m, 42)) AS seeded_hashes
FROM mv GROUP BY m ORDER BY m;
SELECT p, count(*) AS n, count(DISTINCT fr_percent_hash(p)) AS hashes,
	count(DISTINCT fr_percent_hash_extended(p, 42)) AS seeded_hashes
FROM pv GROUP BY p ORDER BY p;
-- the hash operator class contract: with seed 0, the low 32 bits of the
-- extended hash are the standard hash (as in PostgreSQL's own hash_func test)
SELECT m FROM mv WHERE fr_money_hash(m)::bit(32) <> fr_money_hash_extended(m, 0)::bit(32);
SELECT p FROM pv WHERE fr_percent_hash(p)::bit(32) <> fr_percent_hash_extended(p, 0)::bit(32);
-- hash join, merge join, hash and sorted grouping agree
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) AS hash_join FROM mv a JOIN mv b USING (m);
SELECT count(*) AS hash_join FROM pv a JOIN pv b USING (p);
RESET enable_nestloop;
RESET enable_mergejoin;
SET enable_hashjoin = off;
SET enable_nestloop = off;
SELECT count(*) AS merge_join FROM mv a JOIN mv b USING (m);
SELECT count(*) AS merge_join FROM pv a JOIN pv b USING (p);
RESET enable_nestloop;
RESET enable_hashjoin;
SET enable_sort = off;
SELECT count(*) AS hashed_groups FROM (SELECT DISTINCT m FROM mv) s;
RESET enable_sort;
SET enable_hashagg = off;
SELECT count(*) AS sorted_groups FROM (SELECT DISTINCT m FROM mv) s;
RESET enable_hashagg;
-- a hash-partitioned table (the extended hash) finds each value in its partition
CREATE TEMP TABLE mpart (m fr_money) PARTITION BY HASH (m);
CREATE TEMP TABLE mpart0 PARTITION OF mpart FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TEMP TABLE mpart1 PARTITION OF mpart FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TEMP TABLE mpart2 PARTITION OF mpart FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO mpart SELECT m FROM mv;
SELECT count(*) AS found FROM mv WHERE (SELECT count(*) FROM mpart p WHERE p.m = mv.m) > 0;

-- ---------------------------------------------------------------------------
-- Limits of the arithmetic: overflow is 22003, division by zero 22012, NaN
-- 22023 and infinity 22003, never a wrapped or rounded-away answer.
SELECT pg_temp.err($$SELECT fr_money(9e131071, 'EUR') + fr_money(9e131071, 'EUR')$$) AS add_overflow;
SELECT pg_temp.err($$SELECT fr_money(-9e131071, 'EUR') - fr_money(9e131071, 'EUR')$$) AS sub_overflow;
SELECT pg_temp.err($$SELECT fr_money(1e131071, 'EUR') * 1e131071$$) AS mul_overflow;
SELECT pg_temp.err($$SELECT fr_money(1e131071, 'EUR') / 1e-16383$$) AS div_overflow;
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money / 0$$) AS div_zero;
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money / 0.0$$) AS div_zero_scaled;
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money * 'NaN'::numeric$$) AS mul_nan;
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money / 'Infinity'::numeric$$) AS div_inf;
SELECT pg_temp.err($$SELECT '1 EUR'::fr_money * 'Infinity'::numeric$$) AS mul_inf;
SELECT pg_temp.err($$SELECT fr_money('NaN'::float8::numeric, 'EUR')$$) AS float_nan;
SELECT pg_temp.err($$SELECT fr_money('-Infinity'::float8::numeric, 'EUR')$$) AS float_inf;
SELECT pg_temp.err($$SELECT fr_percent(9e131071) + fr_percent(9e131071)$$) AS pct_overflow;
SELECT pg_temp.err($$SELECT '1%'::fr_percent / 0$$) AS pct_div_zero;
SELECT pg_temp.err($$SELECT '1%'::fr_percent / 'NaN'::numeric$$) AS pct_div_nan;
SELECT pg_temp.err($$SELECT 'NaN'::float8::numeric::fr_percent$$) AS pct_float_nan;
SELECT pg_temp.err($$SELECT 'Infinity'::float8::numeric::fr_percent$$) AS pct_float_inf;
SELECT pg_temp.err($$SELECT sum(m) FROM (VALUES (fr_money(9e131071, 'EUR')), (fr_money(9e131071, 'EUR'))) t(m)$$) AS sum_overflow;
SELECT pg_temp.err($$SELECT sum(p) FROM (VALUES (fr_percent(9e131071)), (fr_percent(9e131071))) t(p)$$) AS pct_sum_overflow;
-- the smallest and largest amounts numeric holds are exact
SELECT fr_money(1e-16383, 'EUR') * 1 = fr_money(1e-16383, 'EUR') AS tiny_exact,
	fr_money_value(fr_money(9e131071, 'EUR') - fr_money(9e131071, 'EUR')) AS big_difference;

-- ---------------------------------------------------------------------------
-- Aggregates: serial and parallel plans give the same answers; mixed
-- currencies are an error in a worker as in the leader.
CREATE TABLE vl_money AS
SELECT i AS id, fr_money((i % 1000) / 10.0 ^ (i % 4)::int, (ARRAY['EUR', 'USD', 'CHF'])[1 + i % 3]) AS m,
	fr_percent((i % 997) / 10.0 ^ (i % 3)::int) AS p
FROM generate_series(1, 30000) AS i;
ANALYZE vl_money;
CREATE TEMP TABLE vl_serial AS
SELECT fr_money_currency(m) AS cur, sum(m) AS sm, avg(m) AS am, min(m) AS lm, max(m) AS hm,
	sum(p) AS sp, avg(p) AS ap, min(p) AS lp, max(p) AS hp, count(DISTINCT m) AS dm, count(DISTINCT p) AS dp
FROM vl_money GROUP BY 1;
SELECT CASE WHEN current_setting('server_version_num')::int >= 160000
	THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END AS parallel_guc \gset
SET :parallel_guc = regress;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
CREATE FUNCTION pg_temp.plan_has(q text, node text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
	line text;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
		IF line LIKE '%' || node || '%' THEN
			RETURN true;
		END IF;
	END LOOP;
	RETURN false;
END $$;
SELECT pg_temp.plan_has($$SELECT fr_money_currency(m), sum(m), avg(m), avg(p) FROM vl_money GROUP BY 1$$,
	'Partial') AS partial_aggregates;
SELECT count(*) AS differences FROM (
	SELECT fr_money_currency(m), sum(m), avg(m), min(m), max(m), sum(p), avg(p), min(p), max(p),
		count(DISTINCT m), count(DISTINCT p)
	FROM vl_money GROUP BY 1
	EXCEPT SELECT * FROM vl_serial) d;
SELECT cur, sm, am, lm, hm, sp, ap, lp, hp FROM vl_serial ORDER BY cur;
SELECT pg_temp.err($$SELECT sum(m) FROM vl_money$$) AS parallel_sum;
SELECT pg_temp.err($$SELECT avg(m) FROM vl_money$$) AS parallel_avg;
SELECT pg_temp.err($$SELECT min(m) FROM vl_money$$) AS parallel_min;
SELECT pg_temp.err($$SELECT max(m) FROM vl_money$$) AS parallel_max;
-- one currency per worker: the combine step meets the mix
SELECT pg_temp.err($$SELECT avg(m) FROM vl_money WHERE fr_money_currency(m) = (CASE WHEN id < 15000 THEN 'EUR' ELSE 'USD' END)$$) AS parallel_avg_halves;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
RESET :parallel_guc;
DROP TABLE vl_money;

-- ---------------------------------------------------------------------------
-- The estimator of sig % fr_sig_query(...), and GIN's cost estimate, read
-- the constant without raising errors: a query that never runs the operator
-- plans and answers; the operator itself refuses a null field or a
-- threshold out of range, also through a GIN index.
CREATE TABLE vl_sig (id int, sig fr_sig);
CREATE INDEX vl_sig_gin ON vl_sig USING gin (sig);
SELECT * FROM vl_sig WHERE sig % ROW(NULL, 0.5)::fr_sig_query;
SELECT * FROM vl_sig WHERE sig % ROW(fr_signature('Le Sénat adopte le budget.'), 2)::fr_sig_query;
SELECT * FROM vl_sig WHERE sig % ROW(fr_signature('Le Sénat adopte le budget.'), 'NaN')::fr_sig_query;
SELECT * FROM vl_sig WHERE sig % ROW(fr_signature('Le Sénat adopte le budget.'), NULL)::fr_sig_query;
SELECT * FROM vl_sig WHERE sig % NULL::fr_sig_query;
INSERT INTO vl_sig VALUES (1, fr_signature('Le Sénat adopte le budget de la nation.'));
SELECT * FROM vl_sig WHERE id < 0 AND sig % ROW(NULL, 0.5)::fr_sig_query;
SELECT pg_temp.err($$SELECT * FROM vl_sig WHERE sig % ROW(NULL, 0.5)::fr_sig_query$$) AS null_sig;
SELECT pg_temp.err($$SELECT * FROM vl_sig WHERE sig % ROW(fr_signature('Le Sénat adopte le budget.'), 2)::fr_sig_query$$) AS threshold_2;
SET enable_seqscan = off;
SELECT pg_temp.plan_has($$SELECT * FROM vl_sig WHERE sig % ROW(NULL, 0.5)::fr_sig_query$$, 'vl_sig_gin') AS gin_scan;
SELECT pg_temp.err($$SELECT * FROM vl_sig WHERE sig % ROW(NULL, 0.5)::fr_sig_query$$) AS gin_null_sig;
SELECT pg_temp.err($$SELECT * FROM vl_sig WHERE sig % ROW(fr_signature('Le Sénat adopte le budget.'), 'NaN')::fr_sig_query$$) AS gin_threshold_nan;
SELECT id FROM vl_sig WHERE sig % fr_sig_query(fr_signature('Le Sénat adopte le budget de la nation.'), 0.9);
RESET enable_seqscan;
-- a valid constant still sets the estimate: a stricter threshold, fewer rows
CREATE FUNCTION pg_temp.estimate(q text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (FORMAT json) ' || q INTO plan;
	RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
END $$;
INSERT INTO vl_sig SELECT i, fr_signature('Texte numéro ' || i) FROM generate_series(2, 5000) AS i;
ANALYZE vl_sig;
SELECT pg_temp.estimate($$SELECT * FROM vl_sig WHERE sig % fr_sig_query(fr_signature('Texte'), 0.01)$$) >
	pg_temp.estimate($$SELECT * FROM vl_sig WHERE sig % fr_sig_query(fr_signature('Texte'), 0.9)$$) AS stricter_fewer;
DROP TABLE vl_sig;

-- ---------------------------------------------------------------------------
-- Settings: out of range, empty, huge; SET LOCAL undone by an error; RESET.
SELECT pg_temp.err($$SET frnews.similarity_threshold = 'NaN'$$) AS nan;
SELECT pg_temp.err($$SET frnews.similarity_threshold = 'Infinity'$$) AS inf;
SELECT pg_temp.err($$SET frnews.similarity_threshold = 1.0000001$$) AS above;
SELECT pg_temp.err($$SET frnews.similarity_threshold = ''$$) AS empty;
SELECT pg_temp.err($$SET frnews.dollar_currency = ''$$) AS empty;
SELECT pg_temp.err($$SET frnews.dollar_currency = 'cad'$$) AS lower_case;
SELECT pg_temp.err($$SET frnews.dollar_currency = 'XTS'$$) AS test_code;
SELECT left(pg_temp.err(format('SET frnews.dollar_currency = %L', repeat('€', 100000))), 70) AS huge;
SHOW frnews.similarity_threshold;
SHOW frnews.dollar_currency;
BEGIN;
SET LOCAL frnews.dollar_currency = 'CAD';
SET LOCAL frnews.similarity_threshold = 0.1;
SELECT fr_parse_money('10 $') AS dollar, current_setting('frnews.similarity_threshold') AS threshold;
SELECT 1 / 0;
ROLLBACK;
SELECT fr_parse_money('10 $') AS dollar, current_setting('frnews.similarity_threshold') AS threshold;
SET frnews.dollar_currency = 'AUD';
SET frnews.similarity_threshold = 0;
SELECT fr_parse_money('10 $') AS dollar, fr_signature('a') % fr_signature('b') AS threshold_0_matches_all;
RESET frnews.dollar_currency;
RESET frnews.similarity_threshold;
SELECT fr_parse_money('10 $') AS dollar, current_setting('frnews.similarity_threshold') AS threshold;

-- The partial state of avg(fr_money) read back from bytes that another node
-- could send (a Citus worker): an aggregate whose serial function passes its
-- input's bytes through stands in for it (superuser only: internal state).
-- Its serial plan would hand a StringInfo to fr_money_avg_final, so the
-- crafted states are read only under a plan with partial aggregation.
CREATE TABLE vl_states (b bytea);
INSERT INTO vl_states SELECT NULL FROM generate_series(1, 20000);
CREATE AGGREGATE vl_avg_of_state(bytea, bytea) (sfunc = bytea_string_agg_transfn, stype = internal,
	serialfunc = bytea_string_agg_finalfn, deserialfunc = fr_money_avg_deserialize,
	combinefunc = fr_money_avg_combine, finalfunc = fr_money_avg_final, parallel = safe);
CREATE FUNCTION vl_read_state(state bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; plan text := ''; answer text;
BEGIN
	SET LOCAL parallel_setup_cost = 0; SET LOCAL parallel_tuple_cost = 0;
	SET LOCAL min_parallel_table_scan_size = 0; SET LOCAL max_parallel_workers_per_gather = 2;
	DELETE FROM vl_states WHERE b IS NOT NULL;
	INSERT INTO vl_states VALUES (state);
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) SELECT vl_avg_of_state(b, '''') FROM vl_states' LOOP
		plan := plan || line || ' ';
	END LOOP;
	IF plan NOT LIKE '%Partial Aggregate%' THEN
		RETURN 'no partial aggregation: ' || plan;
	END IF;
	SELECT vl_avg_of_state(b, '')::text INTO answer FROM vl_states;
	RETURN answer;
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
ANALYZE vl_states;
-- currency (3 bytes), count (int8), sum (numeric's binary form: 10, then NaN)
SELECT name, vl_read_state(state) FROM (VALUES
	('valid', '\x455552'::bytea || int8send(2) || '\x0001000000000000000a'::bytea),
	('lower-case currency', '\x657572'::bytea || int8send(2) || '\x0001000000000000000a'::bytea),
	('NUL currency', '\x000000'::bytea || int8send(2) || '\x0001000000000000000a'::bytea),
	('negative count', '\x455552'::bytea || int8send(-2) || '\x0001000000000000000a'::bytea),
	('negative count, no sum', '\x455552'::bytea || int8send(-2)),
	('NaN sum', '\x455552'::bytea || int8send(2) || '\x00000000c0000000'::bytea),
	('trailing byte', '\x455552'::bytea || int8send(2) || '\x0001000000000000000a00'::bytea),
	('cut', '\x455552'::bytea || int8send(2) || '\x000100'::bytea)) c(name, state);
DROP FUNCTION vl_read_state(bytea);
DROP AGGREGATE vl_avg_of_state(bytea, bytea);
DROP TABLE vl_states;

DROP TABLE mv, pv, mpart, vl_serial;
\if :frn_created
DROP EXTENSION frnews;
\endif
