-- The upgrade chain: CREATE EXTENSION at the first version, then
-- ALTER EXTENSION UPDATE one version at a time, in a database of its own.
-- Every object of the extension carries a comment and every function is
-- PARALLEL SAFE but for trigger functions and fr_dictionary_distribute(),
-- which is DDL (Citus and parallel query depend on it).
SELECT current_database() AS regress_db \gset
CREATE DATABASE frn_upgrade;
\c frn_upgrade
CREATE EXTENSION frnews VERSION '0.1.0';
SELECT extversion FROM pg_extension WHERE extname = 'frnews';
SELECT target, path FROM pg_extension_update_paths('frnews')
WHERE source = '0.1.0' AND path IS NOT NULL ORDER BY target;
ALTER EXTENSION frnews UPDATE TO '0.2.0';
SELECT '5,93 milliards de dollars'::fr_money AS money_from_0_2_0;
ALTER EXTENSION frnews UPDATE TO '0.3.0';
SELECT fr_similarity('Le Sénat adopte le budget.', 'Le budget est adopté par le Sénat.') > 0.3 AS similarity_from_0_3_0;
ALTER EXTENSION frnews UPDATE TO '0.5.0';
-- 0.6.0 gives fr_amounts two more columns (unit, unit_value): a view built on
-- the function stops the update with a clear error, and nothing is dropped
CREATE VIEW amounts_0_5_0 AS SELECT * FROM fr_amounts('10 000 francs suisses');
-- 0.6.0 refuses dictionary entries the tagger never matched; 0.5.0 stored them
INSERT INTO fr_dictionary VALUES ('Quorvane', 'ORG'),
	('Un Deux Trois Quatre Cinq Six Sept Huit Neuf Dix Onze Douze Treize Quatorze Quinze Seize Dixsept', 'ORG');
-- (no CONTEXT line: PostgreSQL 18 names the script line there, 15 does not)
\set SHOW_CONTEXT never
ALTER EXTENSION frnews UPDATE;
\set SHOW_CONTEXT errors
SELECT extversion AS still_at FROM pg_extension WHERE extname = 'frnews';
SELECT surface, amount FROM amounts_0_5_0;
DROP VIEW amounts_0_5_0;
-- an entry stored by 0.5.0 that 0.6.0 refuses stops the update, named
\set SHOW_CONTEXT never
ALTER EXTENSION frnews UPDATE;
\set SHOW_CONTEXT errors
SELECT extversion AS still_at FROM pg_extension WHERE extname = 'frnews';
DELETE FROM fr_dictionary WHERE surface LIKE 'Un Deux %';
ALTER EXTENSION frnews UPDATE;
SELECT surface, kind FROM fr_dictionary;
SELECT surface, amount, unit, unit_value FROM fr_amounts('10 000 francs suisses, 50 cents, 528 millions de francs');
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'frnews') AS at_default_version
FROM pg_extension WHERE extname = 'frnews';
SELECT surface, kind FROM fr_entities('Emmanuel Macron est à Marseille.');
-- The objects of the extension but the types a server makes implicitly with
-- another object (array types, a table's row type), which are members of it
-- from PostgreSQL 17 on and not before.
CREATE TEMP VIEW members AS
SELECT d.classid, d.objid
FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
WHERE d.deptype = 'e' AND NOT EXISTS (
	SELECT FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid
	WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
	AND (t.typcategory = 'A' OR c.relkind IN ('r', 'p', 'v', 'm', 'f')));
SELECT classid::regclass AS catalog, count(*) AS objects FROM members GROUP BY 1 ORDER BY 1::text;
SELECT pg_describe_object(classid, objid, 0) AS without_comment FROM members
WHERE obj_description(objid, classid::regclass::text) IS NULL ORDER BY 1;
SELECT p.oid::regprocedure AS not_parallel_safe
FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
WHERE p.proparallel <> 's' AND p.prorettype <> 'pg_catalog.trigger'::regtype ORDER BY 1::text;
\c :regress_db
DROP DATABASE frn_upgrade;
