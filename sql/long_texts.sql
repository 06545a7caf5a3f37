-- Long and hostile texts: whole names across the pieces of a long text,
-- fr_annotate built in binary form, statement_timeout honoured.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

-- Texts over 256 kB are tagged in pieces.  The sentence with the names is
-- placed so that the first space after 262,144 bytes (there is no line
-- break), where pieces used to end, falls inside "Ondalys SAS" (p from
-- 262096 to 262103) or "Valmorel Industries" (p from 262126 to 262134).
WITH docs AS (
  SELECT p, rpad(repeat('Le conseil a vote le budget hier soir. ', 6720), p)
            || 'Le groupe Valmorel Industries a racheté Ondalys SAS pour 1,5 Md€. '
            || repeat('Le conseil a vote le budget hier soir. ', 3000) AS doc
  FROM generate_series(262096, 262134, 2) p)
SELECT p, string_agg(e.surface || ' @' || (e.start - p), ', ' ORDER BY e.start) AS names,
       bool_and(substr(doc, e.start, e.len) = e.surface) AS offsets_ok
FROM docs, fr_entities_builtin(doc) e
GROUP BY p ORDER BY p;

-- a run of name-like words is one name, found in linear time
SELECT count(*), max(len) FROM fr_entities(repeat('Jean ', 50000));

-- fr_annotate's array is the bytes PostgreSQL itself makes from its text
-- (more than 32 elements: every 32nd JEntry is an offset), and reads back
CREATE CAST (jsonb AS bytea) WITHOUT FUNCTION;
WITH d(doc) AS (VALUES (''), ('Jeanne Vautrin dirige Kelmora Technologies à Lyon.'),
  (repeat('Le groupe Valmorel Industries a racheté Ondalys SAS pour 1,5 Md€, soit près de 16 % de plus. ', 30)))
SELECT jsonb_array_length(a) AS spans, a::bytea = (a::text::jsonb)::bytea AS same_bytes,
       a -> 33 ->> 'surface' AS span_34, (SELECT count(*) FROM jsonb_array_elements(a)) AS elements
FROM d, fr_annotate(doc) a;
DROP CAST (jsonb AS bytea);

-- statement_timeout = 1s ends each call on a large hostile text within 2 s
-- (each call is a top-level statement, for which the timeout is armed; the
-- function reports the time whether the call ends or is cancelled)
CREATE TEMP TABLE hostile(doc) AS SELECT repeat('Jean Caisse des ', 1500000);
CREATE FUNCTION pg_temp.stops_in_time(q text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  t0 timestamptz := clock_timestamp();
BEGIN
  EXECUTE q;
  RETURN clock_timestamp() - t0 < interval '2 s';
EXCEPTION WHEN query_canceled THEN
  RETURN clock_timestamp() - t0 < interval '2 s';
END $$;
SET statement_timeout = '1s';
SELECT format('SELECT %L AS call, pg_temp.stops_in_time(%L)', q, q)
FROM (VALUES (1, 'SELECT count(*) FROM hostile, fr_tokens(doc)'),
  (2, 'SELECT count(*) FROM hostile, fr_sentences(doc)'),
  (3, 'SELECT count(*) FROM hostile, fr_entities(doc)'),
  (4, 'SELECT count(*) FROM hostile, fr_entities_builtin(doc)'),
  (5, 'SELECT cardinality(fr_entity_keys(doc)) FROM hostile'),
  (6, 'SELECT length(fr_annotate(doc)::text) FROM hostile'),
  (7, 'SELECT length(fr_highlight(doc)) FROM hostile'),
  (8, 'SELECT jsonb_array_length(fr_annotate(repeat(''12 % '', 4000000)))')) c(i, q)
ORDER BY i \gexec
RESET statement_timeout;
