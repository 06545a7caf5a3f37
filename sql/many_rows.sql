-- Memory over many rows: a function called once per row of a query leaves
-- nothing in the query's memory (ExecutorState, which lasts until the query
-- ends), so that a query over a big table does not grow with its rows.
-- Each query below makes 10,000 calls and reads the size of ExecutorState
-- after them (its aggregate's result is computed last).  A set-returning
-- function that looked its row type up in the catalog at each call left
-- about 0.8 kB a call there (fr_tokens, fr_sentences, fr_entities,
-- fr_entities_builtin: 8 MB here, 0.8 GB per million rows).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
CREATE TEMP TABLE calls AS
SELECT i, 'Jean Dupont est arrivé à Paris le ' || i || ' mai 2020. Il a payé 12 € (+3 %).' AS doc
FROM generate_series(1, 10000) i;
CREATE FUNCTION pg_temp.query_kb() RETURNS bigint LANGUAGE sql AS
$$ SELECT sum(total_bytes) / 1024 FROM pg_backend_memory_contexts WHERE name = 'ExecutorState' $$;
-- set-returning functions in FROM (LATERAL), then in the select list
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_tokens(doc) x;
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_sentences(doc) x;
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_entities(doc) x;
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_entities_builtin(doc) x;
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_dates(doc, '2020-06-01') x;
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_amounts(doc) x;
SELECT count(*) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM calls, LATERAL fr_percents(doc) x;
SELECT count(x) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM (SELECT fr_tokens(doc) x FROM calls) s;
SELECT count(x) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM (SELECT fr_sentences(doc) x FROM calls) s;
SELECT count(x) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM (SELECT fr_entities(doc) x FROM calls) s;
SELECT count(x) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM (SELECT fr_entities_builtin(doc) x FROM calls) s;
SELECT count(x) AS rows, pg_temp.query_kb() < 1024 AS bounded FROM (SELECT fr_dates(doc) x FROM calls) s;
-- scalar functions
SELECT count(fr_annotate(doc)) + count(fr_highlight(doc)) + count(fr_signature(doc)) + count(fr_entity_keys(doc))
	+ count(fr_related(doc, 'Jean Dupont à Paris')) + count(fr_normalize(doc)) + count(fr_sig_words(doc)) AS calls,
	pg_temp.query_kb() < 1024 AS bounded
FROM calls;
DROP TABLE calls;
