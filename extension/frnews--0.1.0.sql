-- frnews 0.1.0: tokens, sentences, normalisation, stemming.
\echo Use "CREATE EXTENSION frnews" to load this file. \quit

-- All functions below are pure functions of their arguments and of data
-- compiled into the module (Unicode tables, Snowball): IMMUTABLE, and safe
-- in parallel workers and on Citus workers.  When fr_version() changes
-- after an upgrade, REINDEX expression indexes built on these functions.

CREATE FUNCTION @extschema@.fr_version()
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'fr_version'
-- STABLE, not IMMUTABLE: the answer changes when the module is upgraded.
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_version() IS
'versions of frnews, ICU/Unicode, Snowball and the built-in data';

CREATE FUNCTION @extschema@.fr_normalize(doc pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'fr_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 5;
COMMENT ON FUNCTION @extschema@.fr_normalize(pg_catalog.text) IS
'NFC, case and accent folding, unified apostrophes, quotes and spaces, trimmed: a search key fit for an index expression';

-- Refuse a database encoding frnews cannot read (SQL_ASCII, multi-byte
-- encodings other than UTF8) here, with frnews's own message, before the
-- rest of the install.  The install scripts are plain ASCII, so that
-- PostgreSQL reads them in any database encoding and gets this far.
SELECT @extschema@.fr_normalize('');

CREATE FUNCTION @extschema@.fr_stem(word pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'fr_stem'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 5;
COMMENT ON FUNCTION @extschema@.fr_stem(pg_catalog.text) IS
'Snowball French stem of the lower-cased word';

CREATE FUNCTION @extschema@.fr_tokens(doc pg_catalog.text,
	OUT pos pg_catalog.int4, OUT start pg_catalog.int4, OUT len pg_catalog.int4,
	OUT kind pg_catalog.text, OUT token pg_catalog.text, OUT norm pg_catalog.text,
	OUT stem pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_tokens'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 200 ROWS 400;
COMMENT ON FUNCTION @extschema@.fr_tokens(pg_catalog.text) IS
'French tokens with 1-based character offsets: substr(doc, start, len) = token';

CREATE FUNCTION @extschema@.fr_sentences(doc pg_catalog.text,
	OUT pos pg_catalog.int4, OUT start pg_catalog.int4, OUT len pg_catalog.int4,
	OUT sentence pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_sentences'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 20;
COMMENT ON FUNCTION @extschema@.fr_sentences(pg_catalog.text) IS
'sentences with 1-based character offsets: substr(doc, start, len) = sentence';
