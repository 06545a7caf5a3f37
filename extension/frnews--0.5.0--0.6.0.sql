-- frnews 0.5.0 -> 0.6.0
\echo Use "ALTER EXTENSION frnews UPDATE" to load this file. \quit

-- The user dictionary is maintained by the extension's owner: @extowner@ is
-- the user running CREATE EXTENSION or ALTER
-- EXTENSION UPDATE.  After a trusted install by a non-superuser, the table
-- belongs to the bootstrap superuser; without this grant its owner could
-- not add a name; with the grant option it can let editors do so.  Everybody
-- else keeps SELECT only (0.4.0).
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.fr_dictionary TO @extowner@
	WITH GRANT OPTION;

-- The install scripts are now plain ASCII (a euro sign in this comment made
-- CREATE EXTENSION fail in an EUC_JP database before frnews could say which
-- encodings it supports, and read as mojibake in single-byte databases).
COMMENT ON FUNCTION @extschema@.fr_money_in(pg_catalog.cstring) IS
'fr_money text input: canonical "<decimal> <ISO code>" or one French amount ("1,5 Md EUR", "10 000 $")';
