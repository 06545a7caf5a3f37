-- ALTER EXTENSION frnews UPDATE under data: tables, generated columns,
-- btree, hash, GiST, GIN and fr_flat indexes, views and the dictionary,
-- made at the version that brought them (0.1.0, 0.3.0, 0.5.0).  Each query
-- answers the same through its index as by a sequential scan, and the same
-- after the update to the current version as before it.
SELECT current_database() AS regress_db \gset
CREATE DATABASE frn_upgrade_objects;
\c frn_upgrade_objects
CREATE EXTENSION frnews VERSION '0.1.0';
-- invented articles
CREATE TABLE docs (id int PRIMARY KEY, title text, body text);
INSERT INTO docs
SELECT i, format('%s s''installe à %s', o, c),
	format('%s %s a rencontré les dirigeants de %s à %s le %s mai. Le budget atteint %s millions d''euros, en hausse de %s %%. %s',
		f, l, o, c, 1 + i % 28, i % 97, i % 13, CASE WHEN i % 3 = 0 THEN 'La Banque de France confirme.' ELSE '' END)
FROM generate_series(1, 400) i,
	LATERAL (SELECT (ARRAY['Jeanne', 'Marc', 'Sophie', 'Karim', 'Louise', 'Paul', 'Inès'])[1 + i % 7] AS f,
		(ARRAY['Martin', 'Bernard', 'Quorvane', 'Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Blanc'])[1 + i % 11] AS l,
		(ARRAY['Renault', 'la SNCF', 'Airbus', 'Lormières Industrie', 'la Croix-Rouge'])[1 + i % 5] AS o,
		(ARRAY['Lyon', 'Marseille', 'Lille', 'Nantes', 'Rennes', 'Bordeaux', 'Toulouse', 'Nice', 'Brest'])[1 + i % 9] AS c) n;
CREATE INDEX docs_title_norm ON docs (fr_normalize(title));
CREATE VIEW v_tokens AS SELECT d.id, t.pos, t.kind, t.stem FROM docs d, fr_tokens(d.body) t;
ALTER EXTENSION frnews UPDATE TO '0.3.0';
CREATE TABLE amounts (id int PRIMARY KEY, m fr_money, p fr_percent);
INSERT INTO amounts
SELECT i, fr_money((i * 37 % 1000)::numeric / 4, (ARRAY['EUR', 'USD', 'CHF'])[1 + i % 3]), ((i * 13 % 200)::numeric / 8)::fr_percent
FROM generate_series(1, 2000) i;
CREATE INDEX amounts_m ON amounts (m);
CREATE INDEX amounts_m_hash ON amounts USING hash (m);
CREATE INDEX amounts_p ON amounts (p);
ALTER TABLE docs ADD COLUMN sig fr_sig GENERATED ALWAYS AS (fr_signature(body)) STORED;
CREATE INDEX docs_sig_gist ON docs USING gist (sig);
CREATE INDEX docs_sig_gin ON docs USING gin (sig);
CREATE VIEW v_money AS SELECT fr_money_currency(m) AS currency, sum(m) AS total, max(p) AS top FROM amounts GROUP BY 1;
ALTER EXTENSION frnews UPDATE TO '0.5.0';
INSERT INTO fr_dictionary VALUES ('Quorvane', 'ORG'), ('Lormières Industrie', 'MISC');
CREATE INDEX docs_keys ON docs USING gin (fr_entity_keys(body));
CREATE VIEW v_entities AS SELECT d.id, e.start, e.kind, e.norm FROM docs d, fr_entities(d.body) e;
-- fr_flat on a copy of the signatures (GiST would be chosen on docs)
CREATE TABLE sigs AS SELECT id, sig FROM docs;
CREATE INDEX sigs_flat ON sigs USING fr_flat (sig);
ANALYZE;
-- The queries, each hashed to one value.
\set q_norm 'SELECT md5(string_agg(id::text, '','' ORDER BY id)) FROM docs WHERE fr_normalize(title) = fr_normalize(''AIRBUS s''''installe a LILLE'')'
\set q_money 'SELECT md5(count(*) || string_agg(id::text, '','' ORDER BY id)) FROM amounts WHERE m > fr_money(100, ''EUR'') AND m < fr_money(10, ''USD'')'
\set q_money_eq 'SELECT count(*)::text FROM amounts WHERE m = fr_money(9.25, ''USD'')'
\set q_percent 'SELECT count(*)::text FROM amounts WHERE p BETWEEN ''3 %'' AND ''7,5 %'''
\set q_knn 'SELECT md5(string_agg(d::text, '','')) FROM (SELECT sig <-> (SELECT sig FROM docs WHERE id = 7) AS d FROM docs ORDER BY 1 LIMIT 10) k'
\set q_knn_flat 'SELECT md5(string_agg(d::text, '','')) FROM (SELECT sig <-> (SELECT sig FROM docs WHERE id = 7) AS d FROM sigs ORDER BY 1 LIMIT 10) k'
\set q_similar 'SELECT md5(count(*) || string_agg(id::text, '','' ORDER BY id)) FROM docs WHERE sig % (SELECT sig FROM docs WHERE id = 11)'
\set q_keys 'SELECT count(*)::text FROM docs WHERE fr_entity_keys(body) @> ARRAY[''LOC lyon'']'
\set q_views 'SELECT md5((SELECT string_agg(id || kind || pos || coalesce(stem, ''-''), '','' ORDER BY id, pos) FROM v_tokens) || (SELECT string_agg(currency || total || top, '','' ORDER BY currency) FROM v_money) || (SELECT string_agg(id || kind || start || norm, '','' ORDER BY id, start) FROM v_entities))'
SET frnews.similarity_threshold = 0.5;
-- through the indexes
SET enable_seqscan = off;
SET enable_sort = off;
SELECT (:q_norm) AS norm, (:q_money) AS money, (:q_money_eq) AS money_eq, (:q_percent) AS percent,
	(:q_knn) AS knn, (:q_knn_flat) AS knn_flat, (:q_similar) AS similar, (:q_keys) AS keys, (:q_views) AS views
\gset before_
-- the hash index rather than the btree one
BEGIN;
DROP INDEX amounts_m;
SELECT (:q_money_eq) = :'before_money_eq' AS hash_equals_btree;
ROLLBACK;
-- by sequential scans
RESET enable_seqscan;
RESET enable_sort;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SET enable_indexonlyscan = off;
SELECT (:q_norm) = :'before_norm' AS norm, (:q_money) = :'before_money' AS money,
	(:q_money_eq) = :'before_money_eq' AS money_eq, (:q_percent) = :'before_percent' AS percent,
	(:q_knn) = :'before_knn' AS knn, (:q_knn_flat) = :'before_knn' AS knn_flat,
	(:q_similar) = :'before_similar' AS similar, (:q_keys) = :'before_keys' AS keys;
RESET enable_indexscan;
RESET enable_bitmapscan;
RESET enable_indexonlyscan;
ALTER EXTENSION frnews UPDATE;
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'frnews') AS at_default_version
FROM pg_extension WHERE extname = 'frnews';
-- after the update, through the indexes, then by sequential scans
SET enable_seqscan = off;
SET enable_sort = off;
SELECT (:q_norm) = :'before_norm' AS norm, (:q_money) = :'before_money' AS money,
	(:q_money_eq) = :'before_money_eq' AS money_eq, (:q_percent) = :'before_percent' AS percent,
	(:q_knn) = :'before_knn' AS knn, (:q_knn_flat) = :'before_knn' AS knn_flat,
	(:q_similar) = :'before_similar' AS similar, (:q_keys) = :'before_keys' AS keys,
	(:q_views) = :'before_views' AS views;
RESET enable_seqscan;
RESET enable_sort;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
SET enable_indexonlyscan = off;
SELECT (:q_norm) = :'before_norm' AS norm, (:q_money) = :'before_money' AS money,
	(:q_knn) = :'before_knn' AS knn, (:q_similar) = :'before_similar' AS similar, (:q_keys) = :'before_keys' AS keys;
RESET enable_indexscan;
RESET enable_bitmapscan;
RESET enable_indexonlyscan;
-- the dictionary and every index still take new rows
INSERT INTO fr_dictionary VALUES ('Brest', 'NONE');
INSERT INTO docs (id, title, body) VALUES (401, 'Quorvane s''installe à Brest', 'Quorvane ouvre une usine à Brest pour 12 millions d''euros.');
INSERT INTO amounts VALUES (2001, '12 millions d''euros', '4 %');
SELECT kind, norm FROM v_entities WHERE id = 401 ORDER BY start;
SELECT count(*) AS nearest_is_itself FROM (SELECT id FROM docs ORDER BY sig <-> (SELECT sig FROM docs WHERE id = 401) LIMIT 1) k WHERE id = 401;
\c :regress_db
DROP DATABASE frn_upgrade_objects;
