-- bench/similarity.sql — run by bench/similarity.sh (psql variables: corpus,
-- loader, trgm_knn_queries, trgm_pct_queries, scale_queries).
--
-- Tables: articles (34,197 OrangeSum articles + 500 edited copies),
-- queries (the 500 copies, in a fixed pseudo-random order), lat (one row per
-- timed query: label, query id, milliseconds, ids returned), facts (one row
-- per measured figure).
\set ON_ERROR_STOP 1
\pset pager off
SET client_min_messages = warning;
CREATE EXTENSION frnews;
CREATE EXTENSION pg_trgm;

CREATE TABLE facts (metric text, system text, value text, ord serial);
CREATE FUNCTION fact(metric text, system text, value anyelement) RETURNS void
LANGUAGE sql AS $$ INSERT INTO facts (metric, system, value) VALUES ($1, $2, $3::text) $$;

-- Milliseconds taken by a statement.
CREATE FUNCTION time_ms(stmt text) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
	EXECUTE stmt;
	RETURN 1000 * extract(epoch FROM clock_timestamp() - t0);
END $$;

-- One timed query: stmt returns text[] (ids), $1 = query id, $2 = query
-- signature, $3 = query body.  A statement_timeout is recorded as NULL ms.
CREATE TABLE lat (label text, qid text, ms float8, ids text[]);
CREATE FUNCTION run_one(label text, stmt text, qid text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE q record; t0 timestamptz; r text[];
BEGIN
	SELECT * INTO q FROM queries WHERE id = qid;
	t0 := clock_timestamp();
	BEGIN
		EXECUTE stmt INTO r USING q.id, q.sig, q.body;
	EXCEPTION WHEN query_canceled THEN
		INSERT INTO lat VALUES (label, qid, NULL, NULL);
		RETURN;
	END;
	INSERT INTO lat VALUES (label, qid, 1000 * extract(epoch FROM clock_timestamp() - t0), r);
END $$;

-- Query output goes to /dev/null except for the plans and tables shown.
\o /dev/null
\echo == loading the corpus
CREATE TABLE articles (id text PRIMARY KEY, orig_id text, title text, body text NOT NULL);
\set cmd 'python3 ' :loader ' ' :corpus '/orangesum_fr.part1.jsonl.gz ' :corpus '/orangesum_fr.part2.jsonl.gz ' :corpus '/neardup_orangesum_500.jsonl.gz'
COPY articles FROM PROGRAM :'cmd';
VACUUM ANALYZE articles;
SELECT fact('articles (rows)', 'corpus', count(*)) FROM articles;
SELECT fact('body text (MB)', 'corpus', round(sum(octet_length(body)) / 1e6, 1)) FROM articles;

\echo == signature speed against to_tsvector('french')
-- best of two runs each, same bodies
CREATE TEMP TABLE speed AS
SELECT 'to_tsvector' AS f, least(time_ms('SELECT count(to_tsvector(''french'', body)) FROM articles'),
	time_ms('SELECT count(to_tsvector(''french'', body)) FROM articles')) AS ms
UNION ALL
SELECT 'fr_signature', least(time_ms('SELECT count(fr_signature(body)) FROM articles'),
	time_ms('SELECT count(fr_signature(body)) FROM articles'))
UNION ALL
SELECT 'count(body)', least(time_ms('SELECT count(length(body)) FROM articles'),
	time_ms('SELECT count(length(body)) FROM articles'));
SELECT fact('MB/s over bodies', s.f, round((sum(octet_length(body)) / 1e6 / (s.ms / 1000))::numeric, 1))
FROM speed s, articles GROUP BY s.f, s.ms ORDER BY s.f;
SELECT fact('fr_signature speed / to_tsvector speed', 'frnews',
	round(((SELECT ms FROM speed WHERE f = 'to_tsvector') / (SELECT ms FROM speed WHERE f = 'fr_signature'))::numeric, 1));

ALTER TABLE articles ADD COLUMN sig fr_sig;
UPDATE articles SET sig = fr_signature(body);
VACUUM ANALYZE articles;
SELECT fact('table size, heap + TOAST (MB)', 'corpus', round(pg_table_size('articles') / 1e6, 1));

CREATE TABLE queries AS
SELECT id, orig_id, body, sig, row_number() OVER (ORDER BY md5(id)) AS qorder
FROM articles WHERE orig_id IS NOT NULL;
CREATE UNIQUE INDEX ON queries (id);

\echo == index builds
SELECT fact('GiST build (s)', 'frnews', round((time_ms('CREATE INDEX art_sig_gist ON articles USING gist (sig)') / 1000)::numeric, 2));
SELECT fact('GiST size (MB)', 'frnews', round(pg_relation_size('art_sig_gist') / 1e6, 1));
SELECT fact('GIN build (s)', 'frnews', round((time_ms('CREATE INDEX art_sig_gin ON articles USING gin (sig)') / 1000)::numeric, 2));
SELECT fact('GIN size (MB)', 'frnews', round(pg_relation_size('art_sig_gin') / 1e6, 1));
SELECT fact('fr_flat build (s)', 'frnews', round((time_ms('CREATE INDEX art_sig_flat ON articles USING fr_flat (sig)') / 1000)::numeric, 2));
SELECT fact('fr_flat size (MB)', 'frnews', round(pg_relation_size('art_sig_flat') / 1e6, 1));
-- With both KNN indexes the planner takes GiST (its estimate assumes an
-- early stop): each is measured alone below.
DROP INDEX art_sig_flat;
SELECT fact('GIN build (s)', 'pg_trgm', round((time_ms('CREATE INDEX art_trgm_gin ON articles USING gin (body gin_trgm_ops)') / 1000)::numeric, 2));
SELECT fact('GIN size (MB)', 'pg_trgm', round(pg_relation_size('art_trgm_gin') / 1e6, 1));

-- pg_trgm's GiST build fails on long bodies; fall back to a partial index on
-- the bodies it can hold, and say so.
CREATE TABLE trgm_gist (predicate text, rows_covered bigint, build_s numeric, error text);
DO $$
DECLARE lim int; ms float8;
BEGIN
	BEGIN
		ms := time_ms('CREATE INDEX art_trgm_gist ON articles USING gist (body gist_trgm_ops)');
		INSERT INTO trgm_gist VALUES ('true', (SELECT count(*) FROM articles), round((ms / 1000)::numeric, 2), NULL);
		RETURN;
	EXCEPTION WHEN OTHERS THEN
		INSERT INTO trgm_gist VALUES ('all rows', NULL, NULL, SQLERRM);
	END;
	FOREACH lim IN ARRAY ARRAY[12000, 8000, 6000, 4000, 3000] LOOP
		BEGIN
			ms := time_ms(format('CREATE INDEX art_trgm_gist ON articles USING gist (body gist_trgm_ops) WHERE length(body) <= %s', lim));
			INSERT INTO trgm_gist VALUES (format('length(body) <= %s', lim),
				(SELECT count(*) FROM articles WHERE length(body) <= lim), round((ms / 1000)::numeric, 2), NULL);
			RETURN;
		EXCEPTION WHEN OTHERS THEN
			INSERT INTO trgm_gist VALUES (format('length(body) <= %s', lim), NULL, NULL, SQLERRM);
		END;
	END LOOP;
END $$;
\o
SELECT * FROM trgm_gist;
\o /dev/null
SELECT fact('GiST build', 'pg_trgm', coalesce(error, format('ok on %s (%s rows) in %s s', predicate, rows_covered, build_s)))
FROM trgm_gist;
SELECT fact('GiST size (MB)', 'pg_trgm', round(pg_relation_size('art_trgm_gist') / 1e6, 1))
WHERE to_regclass('art_trgm_gist') IS NOT NULL;
\set trgm_pred 'true'
SELECT predicate AS trgm_pred FROM trgm_gist WHERE error IS NULL \gset
ANALYZE articles;

\echo == frnews queries (500 copies)
-- KNN top 10 through GiST, then through fr_flat (the copy itself excluded)
SELECT format('SELECT run_one(%L, %L, %L)', 'frn knn gist', $q$
	SELECT array_agg(id) FROM (SELECT id FROM articles WHERE id <> $1 ORDER BY sig <-> $2 LIMIT 10) s$q$, id)
FROM queries ORDER BY qorder \gexec
\o
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE id <> 'x' ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;
\o /dev/null
DROP INDEX art_sig_gist;
CREATE INDEX art_sig_flat ON articles USING fr_flat (sig);
SELECT format('SELECT run_one(%L, %L, %L)', 'frn knn', $q$
	SELECT array_agg(id) FROM (SELECT id FROM articles WHERE id <> $1 ORDER BY sig <-> $2 LIMIT 10) s$q$, id)
FROM queries ORDER BY qorder \gexec
-- % at the default threshold through GIN
SELECT format('SELECT run_one(%L, %L, %L)', 'frn pct', $q$
	SELECT coalesce(array_agg(id), '{}') FROM articles WHERE id <> $1 AND sig % $2$q$, id)
FROM queries ORDER BY qorder \gexec
-- near-duplicate top 10: % with a per-query threshold through GIN, then sort
SELECT format('SELECT run_one(%L, %L, %L)', 'frn pct+sort', $q$
	SELECT array_agg(id) FROM (SELECT id FROM articles WHERE id <> $1 AND sig % fr_sig_query($2, 0.51)
	 ORDER BY sig <-> $2 LIMIT 10) s$q$, id)
FROM queries ORDER BY qorder \gexec
-- exact answer: sequential scan and sort
SET enable_indexscan = off; SET enable_bitmapscan = off;
SELECT format('SELECT run_one(%L, %L, %L)', 'frn exact', $q$
	SELECT array_agg(id) FROM (SELECT id FROM articles WHERE id <> $1 ORDER BY sig <-> $2 LIMIT 10) s$q$, id)
FROM queries ORDER BY qorder \gexec
RESET enable_indexscan; RESET enable_bitmapscan;

\o
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE id <> 'x' ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE sig % (SELECT sig FROM queries LIMIT 1);
\o /dev/null

\echo == pg_trgm queries
-- KNN top 10 through its GiST index (on the rows it covers)
SELECT format('SELECT run_one(%L, %L, %L)', 'trgm knn', format($q$
	SELECT array_agg(id) FROM (SELECT id FROM articles WHERE id <> $1 AND %s ORDER BY body <-> $3 LIMIT 10) s$q$,
	:'trgm_pred'), id)
FROM queries WHERE qorder <= :trgm_knn_queries ORDER BY qorder \gexec
\o
EXPLAIN (COSTS OFF) SELECT id FROM articles WHERE id <> 'x' AND :trgm_pred ORDER BY body <-> 'x' LIMIT 10;
\o /dev/null
-- % at pg_trgm's default threshold through its GIN index, bounded
SET statement_timeout = '60s';
SELECT format('SELECT run_one(%L, %L, %L)', 'trgm pct', $q$
	SELECT coalesce(array_agg(id), '{}') FROM articles WHERE id <> $1 AND body % $3$q$, id)
FROM queries WHERE qorder <= :trgm_pct_queries ORDER BY qorder \gexec
RESET statement_timeout;

\echo == results
CREATE FUNCTION pct(label text, p float8) RETURNS numeric LANGUAGE sql AS $$
	SELECT round(percentile_cont(p) WITHIN GROUP (ORDER BY ms)::numeric, 2) FROM lat WHERE lat.label = $1 AND ms IS NOT NULL $$;
CREATE VIEW recall AS
SELECT l.label, count(*) AS queries,
	round(avg(coalesce(l.ids[1] = q.orig_id, false)::int), 4) AS recall_at_1,
	round(avg(coalesce(q.orig_id = ANY (l.ids[1:10]), false)::int), 4) AS recall_at_10
FROM lat l JOIN queries q ON q.id = l.qid WHERE l.ms IS NOT NULL GROUP BY l.label;
\o
SELECT * FROM recall ORDER BY 1;
\o /dev/null

SELECT fact('KNN recall@1', 'frnews', recall_at_1) FROM recall WHERE label = 'frn knn';
SELECT fact('KNN recall@10', 'frnews', recall_at_10) FROM recall WHERE label = 'frn knn';
SELECT fact('KNN top-10 through fr_flat: median / p95 (ms)', 'frnews', pct('frn knn', 0.5) || ' / ' || pct('frn knn', 0.95));
SELECT fact('KNN top-10 through GiST: median / p95 (ms)', 'frnews', pct('frn knn gist', 0.5) || ' / ' || pct('frn knn gist', 0.95));
SELECT fact('KNN through GiST: recall@1 / @10', 'frnews', recall_at_1 || ' / ' || recall_at_10) FROM recall WHERE label = 'frn knn gist';
SELECT fact('% median / p95 (ms), threshold 0.6', 'frnews', pct('frn pct', 0.5) || ' / ' || pct('frn pct', 0.95));
SELECT fact('% recall of the original, threshold 0.6', 'frnews',
	round(avg(coalesce(q.orig_id = ANY (l.ids), false)::int), 4)) FROM lat l JOIN queries q ON q.id = l.qid WHERE l.label = 'frn pct';
SELECT fact('% rows returned per query (mean), threshold 0.6', 'frnews', round(avg(cardinality(ids)), 2)) FROM lat WHERE label = 'frn pct';
SELECT fact('% 0.51 + ORDER BY <-> LIMIT 10: recall@1 / @10', 'frnews', recall_at_1 || ' / ' || recall_at_10) FROM recall WHERE label = 'frn pct+sort';
SELECT fact('% 0.51 + ORDER BY <-> LIMIT 10: median / p95 (ms)', 'frnews', pct('frn pct+sort', 0.5) || ' / ' || pct('frn pct+sort', 0.95));
SELECT fact('exact KNN by seqscan + sort: median (ms)', 'frnews', pct('frn exact', 0.5));
-- KNN recall@10 against the exact answer, counting ties: a returned row is
-- right when its distance is at most the exact 10th distance.
SELECT fact('KNN recall@10 vs exact (ties counted), ' || t.label, 'frnews', round(avg(hit)::numeric, 4))
FROM (
	SELECT k.label, k.qid, (SELECT count(*) FROM unnest(k.ids) r(id) JOIN articles a USING (id)
		WHERE (a.sig <-> q.sig) <= (SELECT max(b.sig <-> q.sig) FROM unnest(e.ids) x(id) JOIN articles b USING (id)))::float8
		/ greatest(cardinality(e.ids), 1) AS hit
	FROM lat k JOIN lat e ON e.qid = k.qid AND e.label = 'frn exact' JOIN queries q ON q.id = k.qid
	WHERE k.label IN ('frn knn', 'frn knn gist')) t GROUP BY t.label ORDER BY t.label;

-- What similarities look like on this corpus.
SELECT fact('similarity, copy vs its original: min / 5th pct / median', 'frnews',
	round(min(s)::numeric, 3) || ' / ' || round(percentile_cont(0.05) WITHIN GROUP (ORDER BY s)::numeric, 3)
	|| ' / ' || round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 3))
FROM (SELECT fr_similarity(q.sig, a.sig) AS s FROM queries q JOIN articles a ON a.id = q.orig_id) t;
SELECT fact('similarity, nearest article after the original: median / 95th pct / max', 'frnews',
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 3) || ' / '
	|| round(percentile_cont(0.95) WITHIN GROUP (ORDER BY s)::numeric, 3) || ' / ' || round(max(s)::numeric, 3))
FROM (SELECT (SELECT max(fr_similarity(q.sig, a.sig)) FROM unnest(l.ids) x(id) JOIN articles a USING (id)
		WHERE a.id <> q.orig_id) AS s
	FROM lat l JOIN queries q ON q.id = l.qid WHERE l.label = 'frn exact') t;
SELECT fact('similarity, 20000 pseudo-random pairs: median / 99th / 99.9th pct / max', 'frnews',
	round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s)::numeric, 3) || ' / '
	|| round(percentile_cont(0.99) WITHIN GROUP (ORDER BY s)::numeric, 3) || ' / '
	|| round(percentile_cont(0.999) WITHIN GROUP (ORDER BY s)::numeric, 3) || ' / ' || round(max(s)::numeric, 3))
FROM (SELECT fr_similarity(a.sig, b.sig) AS s
	FROM (SELECT sig, row_number() OVER (ORDER BY md5(id)) AS r FROM articles WHERE orig_id IS NULL) a
	JOIN (SELECT sig, row_number() OVER (ORDER BY md5(id || 'x')) AS r FROM articles WHERE orig_id IS NULL) b USING (r)
	WHERE r <= 20000) t;

SELECT fact('KNN recall@1 (' || queries || ' queries)', 'pg_trgm', recall_at_1) FROM recall WHERE label = 'trgm knn';
SELECT fact('KNN recall@10 (' || queries || ' queries)', 'pg_trgm', recall_at_10) FROM recall WHERE label = 'trgm knn';
SELECT fact('KNN top-10 median / p95 (ms)', 'pg_trgm', pct('trgm knn', 0.5) || ' / ' || pct('trgm knn', 0.95));
SELECT fact('% median (ms), threshold 0.3, ' || count(*) || ' queries, ' || count(*) FILTER (WHERE ms IS NULL) || ' over 60 s', 'pg_trgm',
	coalesce(pct('trgm pct', 0.5)::text, '> 60000')) FROM lat WHERE label = 'trgm pct';
SELECT fact('% rows returned per query (mean), threshold 0.3', 'pg_trgm', round(avg(cardinality(ids)), 1)) FROM lat WHERE label = 'trgm pct' AND ms IS NOT NULL;

\echo == scaling: 10k, 34k and ~300k rows
-- 10k: a subset of the articles (latency only).  ~300k: every article plus
-- 8 edited versions of each original (see bench/similarity_load.py);
-- signatures only.


CREATE TABLE scale_10k AS SELECT id, sig FROM articles WHERE orig_id IS NULL ORDER BY md5(id) LIMIT 10000;
CREATE UNLOGGED TABLE versions (id text, orig_id text, body text);
\set vcmd 'python3 ' :loader ' --versions 8 ' :corpus '/orangesum_fr.part1.jsonl.gz ' :corpus '/orangesum_fr.part2.jsonl.gz'
COPY versions FROM PROGRAM :'vcmd';
SELECT fact('~300k table: fr_signature of the edited versions (s)', 'frnews', round((time_ms($s$
	CREATE TABLE scale_300k AS SELECT id, sig FROM articles
	UNION ALL SELECT id, fr_signature(body) FROM versions$s$) / 1000)::numeric, 1));
DROP TABLE versions;
SELECT fact('rows in the large table', 'frnews', count(*)) FROM scale_300k;
CREATE INDEX ON scale_10k USING fr_flat (sig);
CREATE INDEX ON scale_10k USING gin (sig);
SELECT fact('fr_flat build at ~300k (s)', 'frnews', round((time_ms('CREATE INDEX s300_flat ON scale_300k USING fr_flat (sig)') / 1000)::numeric, 2));
SELECT fact('GIN build at ~300k (s)', 'frnews', round((time_ms('CREATE INDEX s300_gin ON scale_300k USING gin (sig)') / 1000)::numeric, 2));
SELECT fact('fr_flat / GIN size at ~300k (MB)', 'frnews',
	round(pg_relation_size('s300_flat') / 1e6, 1) || ' / ' || round(pg_relation_size('s300_gin') / 1e6, 1));
VACUUM ANALYZE scale_10k; VACUUM ANALYZE scale_300k;

SELECT format('SELECT run_one(%L, %L, %L)', 'knn ' || t, format($q$
	SELECT array_agg(id) FROM (SELECT id FROM %I WHERE id <> $1 ORDER BY sig <-> $2 LIMIT 10) s$q$, t), id)
FROM queries, (VALUES ('scale_10k'), ('scale_300k')) v(t) WHERE qorder <= :scale_queries ORDER BY t, qorder \gexec
SELECT format('SELECT run_one(%L, %L, %L)', 'pct ' || t, format($q$
	SELECT coalesce(array_agg(id), '{}') FROM %I WHERE id <> $1 AND sig %% $2$q$, t), id)
FROM queries, (VALUES ('scale_10k'), ('scale_300k')) v(t) WHERE qorder <= :scale_queries ORDER BY t, qorder \gexec
\o
EXPLAIN (COSTS OFF) SELECT id FROM scale_300k WHERE sig % (SELECT sig FROM queries LIMIT 1);
EXPLAIN (COSTS OFF) SELECT id FROM scale_300k WHERE id <> 'x' ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;
\o /dev/null

SELECT fact('KNN top-10 through fr_flat, median (ms) at ' || (SELECT count(*) FROM scale_10k) || ' / ' || (SELECT count(*) FROM articles) || ' / ' || (SELECT count(*) FROM scale_300k) || ' rows', 'frnews',
	pct('knn scale_10k', 0.5) || ' / ' || pct('frn knn', 0.5) || ' / ' || pct('knn scale_300k', 0.5));
SELECT fact('% median (ms) at ' || (SELECT count(*) FROM scale_10k) || ' / ' || (SELECT count(*) FROM articles) || ' / ' || (SELECT count(*) FROM scale_300k) || ' rows', 'frnews',
	pct('pct scale_10k', 0.5) || ' / ' || pct('frn pct', 0.5) || ' / ' || pct('pct scale_300k', 0.5));
SELECT fact('% p95 (ms) at ' || (SELECT count(*) FROM scale_10k) || ' / ' || (SELECT count(*) FROM articles) || ' / ' || (SELECT count(*) FROM scale_300k) || ' rows', 'frnews',
	pct('pct scale_10k', 0.95) || ' / ' || pct('frn pct', 0.95) || ' / ' || pct('pct scale_300k', 0.95));

\o
\echo
\echo == summary
SELECT system, metric, value FROM facts ORDER BY ord;
