-- Objects of another role on the search_path never run inside frnews.
--
-- A role with CREATE on a schema that other roles (a superuser) have on
-- their search_path can define operators and functions that an unqualified
-- name in a query resolves to: an operator whose argument types match
-- exactly beats a built-in one that needs a cast, even with pg_catalog
-- first.  frnews's own SQL must therefore qualify its operators or pin the
-- search_path.  Here mallory plants such objects in a schema the superuser
-- searches first, then the superuser uses frnews; mallory's objects raise a
-- NOTICE (none expected).
SELECT current_database() AS regress_db \gset
CREATE ROLE regress_mallory;
CREATE DATABASE frn_hostile;
\c frn_hostile
CREATE EXTENSION frnews;
CREATE SCHEMA trap AUTHORIZATION regress_mallory;
SET ROLE regress_mallory;
CREATE FUNCTION trap.ran(kind text) RETURNS bool LANGUAGE plpgsql AS $$
BEGIN
	RAISE NOTICE 'mallory''s % ran as %', kind, current_user;
	RETURN false;
END $$;
CREATE FUNCTION trap.eq_regclass_oid(regclass, oid) RETURNS bool LANGUAGE sql
	RETURN trap.ran('= (regclass, oid)') OR $1::oid OPERATOR(pg_catalog.=) $2;
CREATE OPERATOR trap.= (LEFTARG = regclass, RIGHTARG = oid, FUNCTION = trap.eq_regclass_oid);
CREATE FUNCTION trap.eq_regclass(regclass, regclass) RETURNS bool LANGUAGE sql
	RETURN trap.ran('= (regclass, regclass)') OR $1::oid OPERATOR(pg_catalog.=) $2::oid;
CREATE OPERATOR trap.= (LEFTARG = regclass, RIGHTARG = regclass, FUNCTION = trap.eq_regclass);
CREATE FUNCTION trap.eq_text(text, text) RETURNS bool LANGUAGE sql
	RETURN trap.ran('= (text, text)') OR $1 OPERATOR(pg_catalog.=) $2;
CREATE OPERATOR trap.= (LEFTARG = text, RIGHTARG = text, FUNCTION = trap.eq_text);
CREATE FUNCTION trap.cat(text, text) RETURNS text LANGUAGE sql
	RETURN CASE WHEN trap.ran('|| (text, text)') THEN '' ELSE $1 OPERATOR(pg_catalog.||) $2 END;
CREATE OPERATOR trap.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = trap.cat);
CREATE FUNCTION trap.btrim(text) RETURNS text LANGUAGE sql
	RETURN CASE WHEN trap.ran('btrim(text)') THEN '' ELSE pg_catalog.btrim($1) END;
-- The trigger function of fr_dictionary on a table of mallory's: it reads
-- the column "surface" only when it is text (an int4 crashed the server).
CREATE TABLE trap.entries (surface int4, kind text);
CREATE TRIGGER check_entries BEFORE INSERT OR UPDATE ON trap.entries
	FOR EACH ROW EXECUTE FUNCTION public.fr_dictionary_check();
INSERT INTO trap.entries VALUES (12345, 'PER');
ALTER TABLE trap.entries RENAME surface TO name;
INSERT INTO trap.entries VALUES (12345, 'PER');
ALTER TABLE trap.entries DROP name, ADD surface text;
INSERT INTO trap.entries (surface) VALUES ('Quorvane');
INSERT INTO trap.entries (surface) VALUES (E'\t');
DROP TABLE trap.entries;
RESET ROLE;
-- The superuser searches mallory's schema before pg_catalog.
SET search_path = trap, pg_catalog, public;
-- Functions in SQL or PL/pgSQL: a body parsed at creation (RETURN, BEGIN
-- ATOMIC) resolves its names once, in the install script; a body kept as
-- text is parsed at call time with the caller's search_path, so it must
-- pin its own (none listed).
SELECT p.oid::regprocedure AS function_parsed_with_the_callers_search_path
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
JOIN pg_language l ON l.oid = p.prolang
WHERE l.lanname NOT IN ('c', 'internal') AND p.prosqlbody IS NULL
	AND NOT EXISTS (SELECT FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%')
ORDER BY 1;
-- The SQL functions and the dictionary.
SELECT public.fr_entity_keys('Emmanuel Macron est à Paris.');
SELECT public.fr_related('Emmanuel Macron est à Paris.', 'Emmanuel Macron à Lyon.') > 0 AS related;
SELECT public.fr_percent_value('12 %');
INSERT INTO public.fr_dictionary VALUES ('Quorvane', 'ORG');
-- With Citus, the dictionary reader looks its table up in pg_dist_shard and
-- fr_dictionary_distribute() in pg_dist_partition, both by a regclass
-- column.  Stand-ins for Citus's catalogs, in a transaction rolled back.
BEGIN;
SET LOCAL allow_system_table_mods = on;
CREATE TABLE pg_catalog.pg_dist_shard (logicalrelid regclass, shardid int8);
CREATE TABLE pg_catalog.pg_dist_partition (logicalrelid regclass);
INSERT INTO pg_catalog.pg_dist_shard VALUES ('public.fr_dictionary', 102008);
INSERT INTO pg_catalog.pg_dist_partition VALUES ('public.fr_dictionary');
INSERT INTO pg_catalog.pg_extension (oid, extname, extowner, extnamespace, extrelocatable, extversion)
	VALUES (pg_catalog.pg_nextoid('pg_catalog.pg_extension', 'oid', 'pg_catalog.pg_extension_oid_index'),
		'citus', 10, 11, false, '0');
-- The reader reads the node's shard fr_dictionary_<shardid> when there is
-- one; a relation of that name made by a role with CREATE on the schema (a
-- view running its owner's function) is not the shard.
GRANT CREATE ON SCHEMA public TO regress_mallory;
SET LOCAL ROLE regress_mallory;
CREATE VIEW public.fr_dictionary_102008 AS
	SELECT 'Quorvane'::text AS surface,
		CASE WHEN trap.ran('view fr_dictionary_102008') THEN '' ELSE 'NONE' END AS kind;
RESET ROLE;
SELECT surface, kind FROM public.fr_entities('Quorvane recrute.');
-- a table of the dictionary's owner is read as the shard
DROP VIEW public.fr_dictionary_102008;
CREATE TABLE public.fr_dictionary_102008 (surface text, kind text);
INSERT INTO public.fr_dictionary_102008 VALUES ('Quorvane', 'NONE');
INSERT INTO public.fr_dictionary VALUES ('Lormières', 'LOC');
SELECT surface, kind FROM public.fr_entities('Quorvane recrute.');
-- already a reference table: returns before calling Citus
SELECT public.fr_dictionary_distribute();
ROLLBACK;
RESET search_path;
\c :regress_db
DROP DATABASE frn_hostile;
DROP ROLE regress_mallory;
