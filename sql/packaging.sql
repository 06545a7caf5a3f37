-- A fresh install (frnews--<current>.sql alone) and an install upgraded
-- through the whole chain from 0.1.0 define the same objects: every object
-- of the extension with its full definition (test/sql/extension_objects.sql)
-- is listed in each database, and the lines found in one list only are
-- shown (none expected).
SELECT current_database() AS regress_db \gset
CREATE DATABASE frn_fresh;
CREATE DATABASE frn_chain;
\c frn_fresh
CREATE EXTENSION frnews;
-- at the default version, which has a complete install script (so that
-- CREATE EXTENSION runs that script and not the chain)
SELECT extversion = (SELECT default_version FROM pg_available_extensions WHERE name = 'frnews') AS at_default_version,
	(pg_stat_file((SELECT setting FROM pg_config WHERE name = 'SHAREDIR')
		|| '/extension/frnews--' || extversion || '.sql')).size > 0 AS complete_script
FROM pg_extension WHERE extname = 'frnews';
\set ECHO none
\i test/sql/extension_objects.sql
\set ECHO all
\set fresh_objects :objects
SELECT :members > 150 AS many_members, :object_lines > 3 * :members AS described,
	:'undescribed_catalogs' = '' AS every_catalog_described;
\c frn_chain
CREATE EXTENSION frnews VERSION '0.1.0';
ALTER EXTENSION frnews UPDATE;
\set ECHO none
\i test/sql/extension_objects.sql
\set ECHO all
SELECT 'fresh install only' AS side, line
FROM (SELECT regexp_split_to_table(:'fresh_objects', E'\n') AS line
	  EXCEPT ALL SELECT regexp_split_to_table(:'objects', E'\n')) f
UNION ALL
SELECT 'upgraded only', line
FROM (SELECT regexp_split_to_table(:'objects', E'\n') AS line
	  EXCEPT ALL SELECT regexp_split_to_table(:'fresh_objects', E'\n')) u
ORDER BY 2, 1;
\c :regress_db
DROP DATABASE frn_fresh;
DROP DATABASE frn_chain;
