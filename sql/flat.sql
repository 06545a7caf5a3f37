-- fr_flat: the index access method for exact KNN over fr_sig.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

SELECT amname, amtype FROM pg_am WHERE amname = 'fr_flat';
SELECT opcname, opcdefault, amvalidate(oid) FROM pg_opclass WHERE opcname = 'fr_sig_flat_ops';

-- Texts drawn from a small vocabulary (deterministically, by hashes): every
-- pair of articles shares some words, as news articles do, and groups of
-- three are versions of one text with a word changed.
CREATE TABLE flat_docs (id int PRIMARY KEY, body text, sig fr_sig, sig16 fr_sig);
INSERT INTO flat_docs (id, body)
SELECT i, (SELECT string_agg((ARRAY['gouvernement', 'réforme', 'budget', 'Sénat', 'député',
		'élection', 'maire', 'région', 'entreprise', 'salarié', 'grève', 'usine', 'croissance',
		'inflation', 'banque', 'taux', 'marché', 'bourse', 'pétrole', 'énergie', 'climat',
		'tempête', 'inondation', 'incendie', 'pompier', 'police', 'enquête', 'procès', 'juge',
		'hôpital', 'médecin', 'vaccin', 'école', 'élève', 'université', 'recherche', 'football',
		'match', 'victoire', 'stade', 'festival', 'cinéma', 'musée', 'livre', 'agriculteur',
		'récolte', 'sécheresse', 'transport', 'train', 'avion', 'aéroport', 'port', 'frontière',
		'ministre', 'président', 'syndicat', 'retraite', 'impôt', 'dette', 'export', 'Europe',
		'Paris', 'Lyon', 'Marseille'])[1 + (hashint4(((i - 1) / 3) * 1000 + j) & 63)]
		|| CASE WHEN j = i % 3 + 1 THEN ' version' || i % 3 ELSE '' END, ' ')
	 FROM generate_series(1, 12 + (hashint4(i) & 15)) j)
FROM generate_series(1, 3000) i;
UPDATE flat_docs SET sig = fr_signature(body), sig16 = fr_signature(body, 16);
UPDATE flat_docs SET sig = NULL, sig16 = NULL WHERE id % 500 = 7;
UPDATE flat_docs SET body = '', sig = fr_signature(''), sig16 = fr_signature('', 16) WHERE id % 500 = 8;
ANALYZE flat_docs;
-- The query signature of the plans shown: a function call prints alike on
-- every server version (the parameter of a subquery's InitPlan does not).
CREATE FUNCTION flat_sig(int) RETURNS fr_sig STABLE LANGUAGE sql AS 'SELECT sig FROM flat_docs WHERE id = $1';

-- The exact answer, by sequential scan and sort: the 10 lowest distances,
-- and the rows strictly closer than the 10th (ties at the 10th distance may
-- come in any order).
CREATE FUNCTION flat_top10(tab regclass, q fr_sig, OUT dists float4[], OUT closer int[])
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE format('SELECT array_agg(d ORDER BY n) FROM (SELECT d, row_number() OVER () n FROM
		(SELECT sig <-> $1 AS d FROM %s ORDER BY sig <-> $1 LIMIT 10) o) k', tab) INTO dists USING q;
	EXECUTE format('SELECT array_agg(id ORDER BY id) FROM (SELECT id, sig <-> $1 AS d FROM %s
		ORDER BY sig <-> $1 LIMIT 10) k WHERE d < $2', tab) INTO closer USING q, dists[10];
END $$;
CREATE TABLE flat_expected AS
SELECT q.id AS query, (flat_top10('flat_docs', q.sig)).* FROM flat_docs q WHERE q.id % 97 = 1 OR q.id % 500 = 8;

-- Built on a populated table; the planner picks it for ORDER BY <-> LIMIT k.
CREATE INDEX flat_docs_sig ON flat_docs USING fr_flat (sig);
EXPLAIN (COSTS OFF) SELECT id FROM flat_docs ORDER BY sig <-> flat_sig(1) LIMIT 10;
SET enable_seqscan = off;

-- The same through an index (distances are recomputed from the heap rows
-- returned, so a wrong row cannot go unnoticed).
CREATE FUNCTION flat_differences(tab regclass) RETURNS TABLE (queries bigint, differences bigint)
LANGUAGE sql AS $$
	SELECT count(*), count(*) FILTER (WHERE e.dists IS DISTINCT FROM r.dists OR e.closer IS DISTINCT FROM r.closer)
	FROM flat_expected e JOIN flat_docs q ON q.id = e.query, LATERAL flat_top10(tab, q.sig) r
$$;
SELECT * FROM flat_differences('flat_docs');

-- Rows come in order of distance.
SELECT count(*) AS rows, bool_and(d >= prev OR prev IS NULL OR d IS NULL) AS nondecreasing
FROM (SELECT d, lag(d) OVER () AS prev FROM
	  (SELECT sig <-> q AS d FROM flat_docs, (SELECT sig AS q FROM flat_docs WHERE id = 1) x
	   ORDER BY sig <-> q) o) s;

-- A full ordered scan returns every row once, NULL signatures last; with a
-- filter that rejects most rows, a LIMIT needs more than the first batch.
SELECT count(*) AS rows, count(DISTINCT id) AS distinct_ids,
	count(*) FILTER (WHERE sig IS NULL) AS null_sigs,
	bool_and(sig IS NULL) FILTER (WHERE n > 3000 - 6) AS nulls_last
FROM (SELECT id, sig, row_number() OVER () AS n FROM
	  (SELECT id, sig FROM flat_docs ORDER BY sig <-> (SELECT sig FROM flat_docs WHERE id = 2)) o) s;
EXPLAIN (COSTS OFF) SELECT id FROM flat_docs WHERE id % 1000 = 3
	ORDER BY sig <-> flat_sig(3) LIMIT 5;
SELECT array_agg(id ORDER BY id) AS filtered_knn, array_agg(d ORDER BY d) AS distances FROM
	(SELECT id, sig <-> flat_sig(3) AS d FROM flat_docs WHERE id % 1000 = 3
	 ORDER BY sig <-> flat_sig(3) LIMIT 5) s;

-- ORDER BY sig <-> NULL: every row, with a NULL distance.
SELECT count(*), count(d) FROM (SELECT sig <-> NULL::fr_sig AS d FROM flat_docs ORDER BY sig <-> NULL::fr_sig) s;

-- Rescans: one index scan per outer row.
EXPLAIN (COSTS OFF) SELECT q.id, n.id FROM flat_docs q,
	LATERAL (SELECT a.id FROM flat_docs a WHERE a.id <> q.id ORDER BY a.sig <-> q.sig LIMIT 2) n WHERE q.id < 4;
SELECT q.id, array_agg(n.id ORDER BY n.id) AS nearest FROM flat_docs q,
	LATERAL (SELECT a.id FROM flat_docs a WHERE a.id <> q.id ORDER BY a.sig <-> q.sig LIMIT 2) n
WHERE q.id IN (1, 4, 7, 10) GROUP BY q.id ORDER BY q.id;
RESET enable_seqscan;

-- Several passes over a bigger index of 16-slot signatures: work_mem bounds
-- the batch (at least 1024 entries), so a full ordered scan of 6000 rows
-- takes several passes and still returns each row once, in order.
CREATE TABLE flat_small AS SELECT id, sig16 AS sig FROM flat_docs UNION ALL SELECT id + 3000, sig16 FROM flat_docs;
CREATE INDEX ON flat_small USING fr_flat (sig);
ANALYZE flat_small;
SET work_mem = '64kB';
SET enable_seqscan = off;
CREATE TABLE flat_order AS
SELECT row_number() OVER () AS n, id, d FROM
	(SELECT id, sig <-> (SELECT sig FROM flat_small WHERE id = 5) AS d FROM flat_small
	 ORDER BY sig <-> (SELECT sig FROM flat_small WHERE id = 5)) o;
RESET enable_seqscan;
RESET work_mem;
SELECT count(*) AS rows, count(DISTINCT o.id) AS distinct_ids,
	bool_and(p.n IS NULL OR o.d IS NULL OR (p.d IS NOT NULL AND o.d >= p.d)) AS ordered
FROM flat_order o LEFT JOIN flat_order p ON p.n = o.n - 1;

-- Filled by insertion into an empty index, then deletions, VACUUM (space
-- reused), and insertions again: same answers as the sort.
CREATE TABLE flat_inserted (id int, sig fr_sig);
CREATE INDEX flat_inserted_sig ON flat_inserted USING fr_flat (sig);
INSERT INTO flat_inserted SELECT id, sig FROM flat_docs ORDER BY md5(id::text);
SET enable_seqscan = off;
SELECT * FROM flat_differences('flat_inserted');
SELECT pg_relation_size('flat_inserted_sig') AS size_before \gset
DELETE FROM flat_inserted WHERE id % 2 = 0;
VACUUM flat_inserted;
INSERT INTO flat_inserted SELECT id, sig FROM flat_docs WHERE id % 2 = 0;
SELECT * FROM flat_differences('flat_inserted');
SELECT pg_relation_size('flat_inserted_sig') <= :size_before * 1.1 AS space_reused;
SELECT count(*) AS through_index FROM (SELECT id FROM flat_inserted ORDER BY sig <-> (SELECT sig FROM flat_docs WHERE id = 1)) s;
RESET enable_seqscan;

-- Unlogged tables and REINDEX.
CREATE UNLOGGED TABLE flat_unlogged AS SELECT id, sig FROM flat_docs;
CREATE INDEX flat_unlogged_sig ON flat_unlogged USING fr_flat (sig);
REINDEX INDEX flat_inserted_sig;
SET enable_seqscan = off;
SELECT * FROM flat_differences('flat_unlogged');
SELECT * FROM flat_differences('flat_inserted');
RESET enable_seqscan;

-- Bad input: signatures with other parameters, options, other columns.
SET enable_seqscan = off;
SELECT id FROM flat_docs ORDER BY sig <-> fr_signature('réforme du budget', 64) LIMIT 1;
RESET enable_seqscan;
CREATE INDEX ON flat_docs USING fr_flat (sig) WITH (fillfactor = 50);
CREATE INDEX ON flat_docs USING fr_flat (sig, sig16);
CREATE INDEX ON flat_docs USING fr_flat (body);

DROP TABLE flat_docs, flat_expected, flat_small, flat_order, flat_inserted, flat_unlogged;
DROP FUNCTION flat_differences(regclass), flat_top10(regclass, fr_sig), flat_sig(int);
