-- frnews 0.6.0: the complete install script of the current version.
--
-- CREATE EXTENSION frnews runs this file alone, without the upgrade chain.
-- It holds what frnews--0.1.0.sql and the upgrade scripts up to
-- frnews--0.5.0--0.6.0.sql create, in the same order, one section per
-- version; the regress test sql/packaging.sql checks that a fresh install
-- and an install upgraded through the chain define the same objects.  A
-- change of the next version goes into its upgrade script and here.
\echo Use "CREATE EXTENSION frnews" to load this file. \quit

-- ===========================================================================
-- frnews 0.1.0: tokens, sentences, normalisation, stemming.
-- ===========================================================================

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

-- ===========================================================================
-- frnews 0.2.0: money and percentages as typed values.
--   types fr_money (exact amount + ISO 4217 currency) and fr_percent,
--   fr_amounts(), fr_percents(), fr_number(), fr_parse_money().
-- ===========================================================================

-- Volatility: everything that reads the setting frnews.dollar_currency (the
-- currency of a bare "$") is STABLE and has an IMMUTABLE overload taking the
-- currency as an argument; the rest depends only on its arguments and on
-- compiled-in data (IMMUTABLE, safe on Citus workers).

------------------------------------------------------------------------------
-- fr_money
------------------------------------------------------------------------------

CREATE TYPE @extschema@.fr_money;

-- STABLE: a bare "$" in the input means frnews.dollar_currency.  The
-- canonical form "<decimal> <ISO code>" (what output and pg_dump write) does
-- not depend on the setting.
CREATE FUNCTION @extschema@.fr_money_in(pg_catalog.cstring)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_money_in'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fr_money_out(@extschema@.fr_money)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'fr_money_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fr_money_recv(pg_catalog.internal)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_money_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.fr_money_send(@extschema@.fr_money)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'fr_money_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.fr_money (
	INPUT = @extschema@.fr_money_in,
	OUTPUT = @extschema@.fr_money_out,
	RECEIVE = @extschema@.fr_money_recv,
	SEND = @extschema@.fr_money_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = main
);
COMMENT ON TYPE @extschema@.fr_money IS
'an exact amount of money (numeric, no floating point) and its ISO 4217 currency; canonical text "5930000000 USD"';
COMMENT ON FUNCTION @extschema@.fr_money_in(pg_catalog.cstring) IS
'fr_money text input: canonical "<decimal> <ISO code>" or one French amount ("1,5 Md EUR", "10 000 $")';
COMMENT ON FUNCTION @extschema@.fr_money_out(@extschema@.fr_money) IS
'fr_money text output: "<plain decimal> <ISO code>"';
COMMENT ON FUNCTION @extschema@.fr_money_recv(pg_catalog.internal) IS
'fr_money binary input: 3-byte ISO code then numeric binary, checked like text input';
COMMENT ON FUNCTION @extschema@.fr_money_send(@extschema@.fr_money) IS
'fr_money binary output: 3-byte ISO code then numeric binary';

CREATE FUNCTION @extschema@.fr_money(value pg_catalog.numeric, currency pg_catalog.text)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_money_make'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_money(pg_catalog.numeric, pg_catalog.text) IS
'an fr_money from a finite numeric and an ISO 4217 code of money (active, or of a currency the euro replaced)';

CREATE FUNCTION @extschema@.fr_parse_money(amount pg_catalog.text)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_parse_money'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_parse_money(pg_catalog.text) IS
'one French amount as fr_money; a bare "$" means frnews.dollar_currency';

CREATE FUNCTION @extschema@.fr_parse_money(amount pg_catalog.text, dollar_currency pg_catalog.text)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_parse_money'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_parse_money(pg_catalog.text, pg_catalog.text) IS
'one French amount as fr_money; a bare "$" means dollar_currency';

CREATE FUNCTION @extschema@.fr_parse_money(amount pg_catalog.text, dollar_currency pg_catalog.text,
	readings pg_catalog.text)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_parse_money'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_parse_money(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'one French amount as fr_money; a bare "$" means dollar_currency, and readings (''franc=CHF, livre=GBP, balle=EUR'') reads the ambiguous names plain franc(s), livre(s) and balle(s)';

CREATE FUNCTION @extschema@.fr_money_value(@extschema@.fr_money)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'fr_money_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_money_value(@extschema@.fr_money) IS
'the exact value of an amount';

CREATE FUNCTION @extschema@.fr_money_currency(@extschema@.fr_money)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'fr_money_currency'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_money_currency(@extschema@.fr_money) IS
'the ISO 4217 code of an amount';

-- comparison: total order by currency, then value
CREATE FUNCTION @extschema@.fr_money_cmp(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'fr_money_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_eq(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'fr_money_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_ne(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'fr_money_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_lt(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'fr_money_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_le(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'fr_money_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_gt(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'fr_money_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_ge(@extschema@.fr_money, @extschema@.fr_money)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'fr_money_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_hash(@extschema@.fr_money)
RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'fr_money_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_hash_extended(@extschema@.fr_money, pg_catalog.int8)
RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'fr_money_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_money_cmp(@extschema@.fr_money, @extschema@.fr_money) IS
'btree support: order by currency, then value';
COMMENT ON FUNCTION @extschema@.fr_money_eq(@extschema@.fr_money, @extschema@.fr_money) IS 'implementation of = for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_ne(@extschema@.fr_money, @extschema@.fr_money) IS 'implementation of <> for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_lt(@extschema@.fr_money, @extschema@.fr_money) IS 'implementation of < for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_le(@extschema@.fr_money, @extschema@.fr_money) IS 'implementation of <= for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_gt(@extschema@.fr_money, @extschema@.fr_money) IS 'implementation of > for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_ge(@extschema@.fr_money, @extschema@.fr_money) IS 'implementation of >= for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_hash(@extschema@.fr_money) IS 'hash support for fr_money';
COMMENT ON FUNCTION @extschema@.fr_money_hash_extended(@extschema@.fr_money, pg_catalog.int8) IS 'seeded hash support for fr_money';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_eq, COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=), RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_lt, COMMUTATOR = OPERATOR(@extschema@.>),
	NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_le, COMMUTATOR = OPERATOR(@extschema@.>=),
	NEGATOR = OPERATOR(@extschema@.>), RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_gt, COMMUTATOR = OPERATOR(@extschema@.<),
	NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
	NEGATOR = OPERATOR(@extschema@.<), RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.fr_money, @extschema@.fr_money) IS 'same currency and same value';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.fr_money, @extschema@.fr_money) IS 'different currency or value';
COMMENT ON OPERATOR @extschema@.< (@extschema@.fr_money, @extschema@.fr_money) IS 'less than (currency, then value)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.fr_money, @extschema@.fr_money) IS 'less than or equal (currency, then value)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.fr_money, @extschema@.fr_money) IS 'greater than (currency, then value)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.fr_money, @extschema@.fr_money) IS 'greater than or equal (currency, then value)';

CREATE OPERATOR CLASS @extschema@.fr_money_ops
DEFAULT FOR TYPE @extschema@.fr_money USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.fr_money_cmp(@extschema@.fr_money, @extschema@.fr_money);
COMMENT ON OPERATOR CLASS @extschema@.fr_money_ops USING btree IS
'btree order of fr_money: currency, then value';
COMMENT ON OPERATOR FAMILY @extschema@.fr_money_ops USING btree IS
'btree order of fr_money: currency, then value';

CREATE OPERATOR CLASS @extschema@.fr_money_hash_ops
DEFAULT FOR TYPE @extschema@.fr_money USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.fr_money_hash(@extschema@.fr_money),
	FUNCTION 2 @extschema@.fr_money_hash_extended(@extschema@.fr_money, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.fr_money_hash_ops USING hash IS
'hash equality of fr_money';
COMMENT ON OPERATOR FAMILY @extschema@.fr_money_hash_ops USING hash IS
'hash equality of fr_money';

-- arithmetic
CREATE FUNCTION @extschema@.fr_money_add(@extschema@.fr_money, @extschema@.fr_money)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_add'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_sub(@extschema@.fr_money, @extschema@.fr_money)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_sub'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_mul(@extschema@.fr_money, pg_catalog.numeric)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_mul'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_mul(pg_catalog.numeric, @extschema@.fr_money)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_mul_left'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_div(@extschema@.fr_money, pg_catalog.numeric)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_div'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_money_add(@extschema@.fr_money, @extschema@.fr_money) IS
'sum of two amounts in the same currency (error otherwise)';
COMMENT ON FUNCTION @extschema@.fr_money_sub(@extschema@.fr_money, @extschema@.fr_money) IS
'difference of two amounts in the same currency (error otherwise)';
COMMENT ON FUNCTION @extschema@.fr_money_mul(@extschema@.fr_money, pg_catalog.numeric) IS 'amount times a number';
COMMENT ON FUNCTION @extschema@.fr_money_mul(pg_catalog.numeric, @extschema@.fr_money) IS 'number times an amount';
COMMENT ON FUNCTION @extschema@.fr_money_div(@extschema@.fr_money, pg_catalog.numeric) IS 'amount divided by a number';

CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_add, COMMUTATOR = OPERATOR(@extschema@.+));
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.fr_money, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_sub);
CREATE OPERATOR @extschema@.* (
	LEFTARG = @extschema@.fr_money, RIGHTARG = pg_catalog.numeric,
	FUNCTION = @extschema@.fr_money_mul, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (
	LEFTARG = pg_catalog.numeric, RIGHTARG = @extschema@.fr_money,
	FUNCTION = @extschema@.fr_money_mul, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.fr_money, RIGHTARG = pg_catalog.numeric,
	FUNCTION = @extschema@.fr_money_div);
COMMENT ON OPERATOR @extschema@.+ (@extschema@.fr_money, @extschema@.fr_money) IS 'add amounts of one currency';
COMMENT ON OPERATOR @extschema@.- (@extschema@.fr_money, @extschema@.fr_money) IS 'subtract amounts of one currency';
COMMENT ON OPERATOR @extschema@.* (@extschema@.fr_money, pg_catalog.numeric) IS 'multiply an amount';
COMMENT ON OPERATOR @extschema@.* (pg_catalog.numeric, @extschema@.fr_money) IS 'multiply an amount';
COMMENT ON OPERATOR @extschema@./ (@extschema@.fr_money, pg_catalog.numeric) IS 'divide an amount';

-- aggregates (mixed currencies are an error; parallel-safe with combine functions)
CREATE FUNCTION @extschema@.fr_money_min_step(@extschema@.fr_money, @extschema@.fr_money)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_min_step'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_max_step(@extschema@.fr_money, @extschema@.fr_money)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_max_step'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_avg_accum(pg_catalog.internal, @extschema@.fr_money)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'fr_money_avg_accum'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_avg_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'fr_money_avg_combine'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_avg_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea AS 'MODULE_PATHNAME', 'fr_money_avg_serialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_avg_deserialize(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'fr_money_avg_deserialize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_money_avg_final(pg_catalog.internal)
RETURNS @extschema@.fr_money AS 'MODULE_PATHNAME', 'fr_money_avg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_money_min_step(@extschema@.fr_money, @extschema@.fr_money) IS 'min(fr_money) transition';
COMMENT ON FUNCTION @extschema@.fr_money_max_step(@extschema@.fr_money, @extschema@.fr_money) IS 'max(fr_money) transition';
COMMENT ON FUNCTION @extschema@.fr_money_avg_accum(pg_catalog.internal, @extschema@.fr_money) IS 'avg(fr_money) transition';
COMMENT ON FUNCTION @extschema@.fr_money_avg_combine(pg_catalog.internal, pg_catalog.internal) IS 'avg(fr_money) combine';
COMMENT ON FUNCTION @extschema@.fr_money_avg_serialize(pg_catalog.internal) IS 'avg(fr_money) state serialisation';
COMMENT ON FUNCTION @extschema@.fr_money_avg_deserialize(pg_catalog.bytea, pg_catalog.internal) IS 'avg(fr_money) state deserialisation';
COMMENT ON FUNCTION @extschema@.fr_money_avg_final(pg_catalog.internal) IS 'avg(fr_money) final';

CREATE AGGREGATE @extschema@.sum(@extschema@.fr_money) (
	SFUNC = @extschema@.fr_money_add, STYPE = @extschema@.fr_money,
	COMBINEFUNC = @extschema@.fr_money_add, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.min(@extschema@.fr_money) (
	SFUNC = @extschema@.fr_money_min_step, STYPE = @extschema@.fr_money,
	COMBINEFUNC = @extschema@.fr_money_min_step, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.max(@extschema@.fr_money) (
	SFUNC = @extschema@.fr_money_max_step, STYPE = @extschema@.fr_money,
	COMBINEFUNC = @extschema@.fr_money_max_step, PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.avg(@extschema@.fr_money) (
	SFUNC = @extschema@.fr_money_avg_accum, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.fr_money_avg_final,
	COMBINEFUNC = @extschema@.fr_money_avg_combine,
	SERIALFUNC = @extschema@.fr_money_avg_serialize,
	DESERIALFUNC = @extschema@.fr_money_avg_deserialize,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.fr_money) IS 'sum of amounts of one currency';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.fr_money) IS 'smallest amount (one currency)';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.fr_money) IS 'largest amount (one currency)';
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.fr_money) IS 'mean amount (one currency)';

------------------------------------------------------------------------------
-- fr_percent: stored exactly like numeric, so numeric's internal functions
-- serve for comparison, hashing, min/max and the avg state.
------------------------------------------------------------------------------

CREATE TYPE @extschema@.fr_percent;

CREATE FUNCTION @extschema@.fr_percent_in(pg_catalog.cstring)
RETURNS @extschema@.fr_percent
AS 'MODULE_PATHNAME', 'fr_percent_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_out(@extschema@.fr_percent)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'fr_percent_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_recv(pg_catalog.internal)
RETURNS @extschema@.fr_percent
AS 'MODULE_PATHNAME', 'fr_percent_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_send(@extschema@.fr_percent)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'fr_percent_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.fr_percent (
	INPUT = @extschema@.fr_percent_in,
	OUTPUT = @extschema@.fr_percent_out,
	RECEIVE = @extschema@.fr_percent_recv,
	SEND = @extschema@.fr_percent_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = main
);
COMMENT ON TYPE @extschema@.fr_percent IS
'an exact percentage (47 for 47%); canonical text "47%", "0.5%"';
COMMENT ON FUNCTION @extschema@.fr_percent_in(pg_catalog.cstring) IS
'fr_percent text input: "47%", "60 %", "0,5 %", "16 pour cent"';
COMMENT ON FUNCTION @extschema@.fr_percent_out(@extschema@.fr_percent) IS
'fr_percent text output: "<plain decimal>%"';
COMMENT ON FUNCTION @extschema@.fr_percent_recv(pg_catalog.internal) IS
'fr_percent binary input: numeric binary, finite only';
COMMENT ON FUNCTION @extschema@.fr_percent_send(@extschema@.fr_percent) IS
'fr_percent binary output: numeric binary';

CREATE FUNCTION @extschema@.fr_percent(pg_catalog.numeric)
RETURNS @extschema@.fr_percent
AS 'MODULE_PATHNAME', 'fr_percent_from_numeric'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_percent(pg_catalog.numeric) IS
'a percentage from its value (47 gives 47%); NaN and infinity refused';

CREATE CAST (pg_catalog.numeric AS @extschema@.fr_percent)
	WITH FUNCTION @extschema@.fr_percent(pg_catalog.numeric);
CREATE CAST (@extschema@.fr_percent AS pg_catalog.numeric) WITHOUT FUNCTION;
COMMENT ON CAST (pg_catalog.numeric AS @extschema@.fr_percent) IS 'a percentage from its value';
COMMENT ON CAST (@extschema@.fr_percent AS pg_catalog.numeric) IS 'the value of a percentage (47 for 47%)';

CREATE FUNCTION @extschema@.fr_percent_value(p @extschema@.fr_percent)
RETURNS pg_catalog.numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN p::pg_catalog.numeric;
COMMENT ON FUNCTION @extschema@.fr_percent_value(@extschema@.fr_percent) IS
'the value of a percentage (47 for 47%)';

CREATE FUNCTION @extschema@.fr_percent_cmp(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.int4 AS 'numeric_cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_eq(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.bool AS 'numeric_eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_ne(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.bool AS 'numeric_ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_lt(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.bool AS 'numeric_lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_le(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.bool AS 'numeric_le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_gt(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.bool AS 'numeric_gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_ge(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS pg_catalog.bool AS 'numeric_ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_hash(@extschema@.fr_percent)
RETURNS pg_catalog.int4 AS 'hash_numeric' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_hash_extended(@extschema@.fr_percent, pg_catalog.int8)
RETURNS pg_catalog.int8 AS 'hash_numeric_extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_smaller(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS @extschema@.fr_percent AS 'numeric_smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_larger(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS @extschema@.fr_percent AS 'numeric_larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_percent_cmp(@extschema@.fr_percent, @extschema@.fr_percent) IS 'btree support for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_eq(@extschema@.fr_percent, @extschema@.fr_percent) IS 'implementation of = for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_ne(@extschema@.fr_percent, @extschema@.fr_percent) IS 'implementation of <> for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_lt(@extschema@.fr_percent, @extschema@.fr_percent) IS 'implementation of < for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_le(@extschema@.fr_percent, @extschema@.fr_percent) IS 'implementation of <= for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_gt(@extschema@.fr_percent, @extschema@.fr_percent) IS 'implementation of > for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_ge(@extschema@.fr_percent, @extschema@.fr_percent) IS 'implementation of >= for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_hash(@extschema@.fr_percent) IS 'hash support for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_hash_extended(@extschema@.fr_percent, pg_catalog.int8) IS 'seeded hash support for fr_percent';
COMMENT ON FUNCTION @extschema@.fr_percent_smaller(@extschema@.fr_percent, @extschema@.fr_percent) IS 'smaller of two percentages';
COMMENT ON FUNCTION @extschema@.fr_percent_larger(@extschema@.fr_percent, @extschema@.fr_percent) IS 'larger of two percentages';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_eq, COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>), RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_ne, COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=), RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_lt, COMMUTATOR = OPERATOR(@extschema@.>),
	NEGATOR = OPERATOR(@extschema@.>=), RESTRICT = pg_catalog.scalarltsel,
	JOIN = pg_catalog.scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_le, COMMUTATOR = OPERATOR(@extschema@.>=),
	NEGATOR = OPERATOR(@extschema@.>), RESTRICT = pg_catalog.scalarlesel,
	JOIN = pg_catalog.scalarlejoinsel);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_gt, COMMUTATOR = OPERATOR(@extschema@.<),
	NEGATOR = OPERATOR(@extschema@.<=), RESTRICT = pg_catalog.scalargtsel,
	JOIN = pg_catalog.scalargtjoinsel);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_ge, COMMUTATOR = OPERATOR(@extschema@.<=),
	NEGATOR = OPERATOR(@extschema@.<), RESTRICT = pg_catalog.scalargesel,
	JOIN = pg_catalog.scalargejoinsel);
COMMENT ON OPERATOR @extschema@.= (@extschema@.fr_percent, @extschema@.fr_percent) IS 'equal percentages';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.fr_percent, @extschema@.fr_percent) IS 'different percentages';
COMMENT ON OPERATOR @extschema@.< (@extschema@.fr_percent, @extschema@.fr_percent) IS 'less than';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.fr_percent, @extschema@.fr_percent) IS 'less than or equal';
COMMENT ON OPERATOR @extschema@.> (@extschema@.fr_percent, @extschema@.fr_percent) IS 'greater than';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.fr_percent, @extschema@.fr_percent) IS 'greater than or equal';

CREATE OPERATOR CLASS @extschema@.fr_percent_ops
DEFAULT FOR TYPE @extschema@.fr_percent USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.fr_percent_cmp(@extschema@.fr_percent, @extschema@.fr_percent);
COMMENT ON OPERATOR CLASS @extschema@.fr_percent_ops USING btree IS 'btree order of fr_percent';
COMMENT ON OPERATOR FAMILY @extschema@.fr_percent_ops USING btree IS 'btree order of fr_percent';

CREATE OPERATOR CLASS @extschema@.fr_percent_hash_ops
DEFAULT FOR TYPE @extschema@.fr_percent USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.fr_percent_hash(@extschema@.fr_percent),
	FUNCTION 2 @extschema@.fr_percent_hash_extended(@extschema@.fr_percent, pg_catalog.int8);
COMMENT ON OPERATOR CLASS @extschema@.fr_percent_hash_ops USING hash IS 'hash equality of fr_percent';
COMMENT ON OPERATOR FAMILY @extschema@.fr_percent_hash_ops USING hash IS 'hash equality of fr_percent';

CREATE FUNCTION @extschema@.fr_percent_avg_accum(pg_catalog.internal, @extschema@.fr_percent)
RETURNS pg_catalog.internal AS 'numeric_avg_accum' LANGUAGE internal IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_avg_combine(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'numeric_avg_combine' LANGUAGE internal IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_avg_serialize(pg_catalog.internal)
RETURNS pg_catalog.bytea AS 'numeric_avg_serialize' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_avg_deserialize(pg_catalog.bytea, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'numeric_avg_deserialize' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.fr_percent_avg_final(pg_catalog.internal)
RETURNS @extschema@.fr_percent AS 'MODULE_PATHNAME', 'fr_percent_avg_final'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_percent_avg_accum(pg_catalog.internal, @extschema@.fr_percent) IS 'avg(fr_percent) transition';
COMMENT ON FUNCTION @extschema@.fr_percent_avg_combine(pg_catalog.internal, pg_catalog.internal) IS 'avg(fr_percent) combine';
COMMENT ON FUNCTION @extschema@.fr_percent_avg_serialize(pg_catalog.internal) IS 'avg(fr_percent) state serialisation';
COMMENT ON FUNCTION @extschema@.fr_percent_avg_deserialize(pg_catalog.bytea, pg_catalog.internal) IS 'avg(fr_percent) state deserialisation';
COMMENT ON FUNCTION @extschema@.fr_percent_avg_final(pg_catalog.internal) IS 'avg(fr_percent) final';

CREATE AGGREGATE @extschema@.min(@extschema@.fr_percent) (
	SFUNC = @extschema@.fr_percent_smaller, STYPE = @extschema@.fr_percent,
	COMBINEFUNC = @extschema@.fr_percent_smaller, SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.max(@extschema@.fr_percent) (
	SFUNC = @extschema@.fr_percent_larger, STYPE = @extschema@.fr_percent,
	COMBINEFUNC = @extschema@.fr_percent_larger, SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE);
CREATE AGGREGATE @extschema@.avg(@extschema@.fr_percent) (
	SFUNC = @extschema@.fr_percent_avg_accum, STYPE = pg_catalog.internal,
	FINALFUNC = @extschema@.fr_percent_avg_final,
	COMBINEFUNC = @extschema@.fr_percent_avg_combine,
	SERIALFUNC = @extschema@.fr_percent_avg_serialize,
	DESERIALFUNC = @extschema@.fr_percent_avg_deserialize,
	PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.min(@extschema@.fr_percent) IS 'smallest percentage';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.fr_percent) IS 'largest percentage';
COMMENT ON AGGREGATE @extschema@.avg(@extschema@.fr_percent) IS 'mean percentage';

------------------------------------------------------------------------------
-- Numbers and extraction
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.fr_number(expr pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'fr_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 5;
COMMENT ON FUNCTION @extschema@.fr_number(pg_catalog.text) IS
'the value of one French number in digits or words ("quatre-vingt-dix-sept", "2,5 Mds", "12.500,75")';

CREATE FUNCTION @extschema@.fr_amounts(doc pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT amount @extschema@.fr_money, OUT qualifier pg_catalog.text,
	OUT unit pg_catalog.text, OUT unit_value pg_catalog.numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_amounts'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_amounts(pg_catalog.text) IS
'amounts of money in a French text: amount (NULL when the text names no currency: plain "francs"), qualifier, and the unit as written with the number in it (unit "cent", unit_value 50 for "50 cents"); a bare "$" means frnews.dollar_currency';

CREATE FUNCTION @extschema@.fr_amounts(doc pg_catalog.text, dollar_currency pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT amount @extschema@.fr_money, OUT qualifier pg_catalog.text,
	OUT unit pg_catalog.text, OUT unit_value pg_catalog.numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_amounts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_amounts(pg_catalog.text, pg_catalog.text) IS
'amounts of money in a French text: amount (NULL when the text names no currency: plain "francs"), qualifier, and the unit as written with the number in it (unit "cent", unit_value 50 for "50 cents"); a bare "$" means dollar_currency';

CREATE FUNCTION @extschema@.fr_amounts(doc pg_catalog.text, dollar_currency pg_catalog.text,
	readings pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT amount @extschema@.fr_money, OUT qualifier pg_catalog.text,
	OUT unit pg_catalog.text, OUT unit_value pg_catalog.numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_amounts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_amounts(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'amounts of money in a French text, as fr_amounts(doc, dollar_currency); readings (''franc=CHF, livre=GBP, balle=EUR'') names the currency of plain franc(s), livre(s) and balle(s)';

CREATE FUNCTION @extschema@.fr_percents(doc pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT value @extschema@.fr_percent, OUT kind pg_catalog.text, OUT qualifier pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_percents'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_percents(pg_catalog.text) IS
'percentages (kind percent) and percentage points (kind points) in a French text, with their qualifier';

-- ===========================================================================
-- frnews 0.3.0: near-duplicate signatures (fr_sig), similarity
-- operators, GIN and GiST operator classes.
-- ===========================================================================

-- ---------------------------------------------------------------------------
-- fr_sig: a fixed-size MinHash signature of a French text.  The parameters
-- (format version, slot count) are stored in every value, so fr_signature()
-- depends on its arguments only: IMMUTABLE, fit for a generated column.

CREATE TYPE @extschema@.fr_sig;

CREATE FUNCTION @extschema@.fr_sig_in(pg_catalog.cstring)
RETURNS @extschema@.fr_sig
AS 'MODULE_PATHNAME', 'fr_sig_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_in(pg_catalog.cstring) IS 'I/O';

CREATE FUNCTION @extschema@.fr_sig_out(@extschema@.fr_sig)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'fr_sig_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_out(@extschema@.fr_sig) IS 'I/O';

CREATE FUNCTION @extschema@.fr_sig_recv(internal)
RETURNS @extschema@.fr_sig
AS 'MODULE_PATHNAME', 'fr_sig_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_recv(internal) IS 'binary I/O';

CREATE FUNCTION @extschema@.fr_sig_send(@extschema@.fr_sig)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME', 'fr_sig_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_send(@extschema@.fr_sig) IS 'binary I/O';

CREATE TYPE @extschema@.fr_sig (
	INPUT = @extschema@.fr_sig_in,
	OUTPUT = @extschema@.fr_sig_out,
	RECEIVE = @extschema@.fr_sig_recv,
	SEND = @extschema@.fr_sig_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.fr_sig IS
'near-duplicate signature of a French text (MinHash over stemmed words and word pairs); text form v1/<slots>/<hex>';

-- Equality (exact duplicates have equal signatures) and hashing, for
-- GROUP BY, DISTINCT and hash joins on signatures.
CREATE FUNCTION @extschema@.fr_sig_eq(@extschema@.fr_sig, @extschema@.fr_sig)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'fr_sig_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_eq(@extschema@.fr_sig, @extschema@.fr_sig) IS
'implementation of = operator';

CREATE FUNCTION @extschema@.fr_sig_ne(@extschema@.fr_sig, @extschema@.fr_sig)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'fr_sig_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_ne(@extschema@.fr_sig, @extschema@.fr_sig) IS
'implementation of <> operator';

CREATE FUNCTION @extschema@.fr_sig_hash(@extschema@.fr_sig)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME', 'fr_sig_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_hash(@extschema@.fr_sig) IS
'hash support';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.fr_sig,
	RIGHTARG = @extschema@.fr_sig,
	FUNCTION = @extschema@.fr_sig_eq,
	COMMUTATOR = OPERATOR(@extschema@.=),
	NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel,
	JOIN = pg_catalog.eqjoinsel,
	HASHES
);
COMMENT ON OPERATOR @extschema@.= (@extschema@.fr_sig, @extschema@.fr_sig) IS
'equal signatures';

CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.fr_sig,
	RIGHTARG = @extschema@.fr_sig,
	FUNCTION = @extschema@.fr_sig_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>),
	NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel,
	JOIN = pg_catalog.neqjoinsel
);
COMMENT ON OPERATOR @extschema@.<> (@extschema@.fr_sig, @extschema@.fr_sig) IS
'different signatures';

CREATE OPERATOR CLASS @extschema@.fr_sig_hash_ops
DEFAULT FOR TYPE @extschema@.fr_sig USING hash AS
	OPERATOR 1 @extschema@.= (@extschema@.fr_sig, @extschema@.fr_sig),
	FUNCTION 1 @extschema@.fr_sig_hash(@extschema@.fr_sig);
COMMENT ON OPERATOR CLASS @extschema@.fr_sig_hash_ops USING hash IS
'fr_sig equality for hashing (GROUP BY, DISTINCT, hash joins and hash indexes)';
COMMENT ON OPERATOR FAMILY @extschema@.fr_sig_hash_ops USING hash IS
'fr_sig equality for hashing (GROUP BY, DISTINCT, hash joins and hash indexes)';

CREATE FUNCTION @extschema@.fr_signature(doc pg_catalog.text)
RETURNS @extschema@.fr_sig
AS 'MODULE_PATHNAME', 'fr_signature'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION @extschema@.fr_signature(pg_catalog.text) IS
'signature (128 slots) of the normalised, stemmed French words of doc, stop words dropped';

CREATE FUNCTION @extschema@.fr_signature(doc pg_catalog.text, slots pg_catalog.int4)
RETURNS @extschema@.fr_sig
AS 'MODULE_PATHNAME', 'fr_signature_slots'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION @extschema@.fr_signature(pg_catalog.text, pg_catalog.int4) IS
'signature with the given number of slots (a power of two, 16 to 1024): more slots, smaller estimation error';

CREATE FUNCTION @extschema@.fr_sig_words(doc pg_catalog.text)
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'fr_sig_words'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100;
COMMENT ON FUNCTION @extschema@.fr_sig_words(pg_catalog.text) IS
'the folded, stemmed content words a signature is built from, in text order (for debugging)';

CREATE FUNCTION @extschema@.fr_similarity(a @extschema@.fr_sig, b @extschema@.fr_sig)
RETURNS pg_catalog.float4
AS 'MODULE_PATHNAME', 'fr_similarity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_similarity(@extschema@.fr_sig, @extschema@.fr_sig) IS
'estimated resemblance (Jaccard index of word and word-pair sets) of the two texts, 0 to 1';

CREATE FUNCTION @extschema@.fr_similarity(a pg_catalog.text, b pg_catalog.text)
RETURNS pg_catalog.float4
AS 'MODULE_PATHNAME', 'fr_similarity_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 200;
COMMENT ON FUNCTION @extschema@.fr_similarity(pg_catalog.text, pg_catalog.text) IS
'fr_similarity(fr_signature(a), fr_signature(b))';

CREATE FUNCTION @extschema@.fr_sig_distance(a @extschema@.fr_sig, b @extschema@.fr_sig)
RETURNS pg_catalog.float4
AS 'MODULE_PATHNAME', 'fr_sig_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_distance(@extschema@.fr_sig, @extschema@.fr_sig) IS
'implementation of <-> operator: 1 - fr_similarity(a, b)';

-- STABLE, not IMMUTABLE: the result depends on frnews.similarity_threshold.
CREATE FUNCTION @extschema@.fr_sig_similar(a @extschema@.fr_sig, b @extschema@.fr_sig)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'fr_sig_similar'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_similar(@extschema@.fr_sig, @extschema@.fr_sig) IS
'implementation of % operator: fr_similarity(a, b) >= frnews.similarity_threshold';

-- The per-query form: the threshold travels with the right-hand argument.
CREATE TYPE @extschema@.fr_sig_query AS (sig @extschema@.fr_sig, threshold pg_catalog.float4);
COMMENT ON TYPE @extschema@.fr_sig_query IS
'right-hand side of sig % fr_sig_query(q, threshold): a signature with its own threshold';

CREATE FUNCTION @extschema@.fr_sig_query(sig @extschema@.fr_sig, threshold pg_catalog.float4)
RETURNS @extschema@.fr_sig_query
AS 'MODULE_PATHNAME', 'fr_sig_query'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_query(@extschema@.fr_sig, pg_catalog.float4) IS
'query value for sig % fr_sig_query(q, threshold), independent of frnews.similarity_threshold';

CREATE FUNCTION @extschema@.fr_sig_similar_query(a @extschema@.fr_sig, q @extschema@.fr_sig_query)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'fr_sig_similar_query'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_similar_query(@extschema@.fr_sig, @extschema@.fr_sig_query) IS
'implementation of % operator: fr_similarity(a, q.sig) >= q.threshold';

-- STABLE: reads frnews.similarity_threshold for the plain % operator.
CREATE FUNCTION @extschema@.fr_sig_restrict(internal, pg_catalog.oid, internal, pg_catalog.int4)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'fr_sig_restrict'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_restrict(internal, pg_catalog.oid, internal, pg_catalog.int4) IS
'restriction selectivity estimator of the fr_sig % operators';

-- STABLE: reads frnews.similarity_threshold.
CREATE FUNCTION @extschema@.fr_sig_joinsel(internal, pg_catalog.oid, internal, pg_catalog.int2, internal)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'fr_sig_joinsel'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_joinsel(internal, pg_catalog.oid, internal, pg_catalog.int2, internal) IS
'join selectivity estimator of the fr_sig % operators';

CREATE OPERATOR @extschema@.% (
	LEFTARG = @extschema@.fr_sig,
	RIGHTARG = @extschema@.fr_sig,
	FUNCTION = @extschema@.fr_sig_similar,
	COMMUTATOR = OPERATOR(@extschema@.%),
	RESTRICT = @extschema@.fr_sig_restrict,
	JOIN = @extschema@.fr_sig_joinsel
);
COMMENT ON OPERATOR @extschema@.% (@extschema@.fr_sig, @extschema@.fr_sig) IS
'similar: fr_similarity(a, b) >= frnews.similarity_threshold';

CREATE OPERATOR @extschema@.% (
	LEFTARG = @extschema@.fr_sig,
	RIGHTARG = @extschema@.fr_sig_query,
	FUNCTION = @extschema@.fr_sig_similar_query,
	RESTRICT = @extschema@.fr_sig_restrict,
	JOIN = @extschema@.fr_sig_joinsel
);
COMMENT ON OPERATOR @extschema@.% (@extschema@.fr_sig, @extschema@.fr_sig_query) IS
'similar: fr_similarity(a, q.sig) >= q.threshold';

CREATE OPERATOR @extschema@.<-> (
	LEFTARG = @extschema@.fr_sig,
	RIGHTARG = @extschema@.fr_sig,
	FUNCTION = @extschema@.fr_sig_distance,
	COMMUTATOR = OPERATOR(@extschema@.<->)
);
COMMENT ON OPERATOR @extschema@.<-> (@extschema@.fr_sig, @extschema@.fr_sig) IS
'distance: 1 - fr_similarity(a, b), for ORDER BY sig <-> q LIMIT k';

-- "Related articles": resemblance of the words and of the named entities.
-- The entity arrays are the normalised entity names of each text (from
-- fr_entities() once available, or any tagger); entity_weight balances the
-- two Jaccard indexes.
CREATE FUNCTION @extschema@.fr_related(a @extschema@.fr_sig, b @extschema@.fr_sig,
	a_entities pg_catalog.text[], b_entities pg_catalog.text[],
	entity_weight pg_catalog.float4 DEFAULT 0.5)
RETURNS pg_catalog.float4
AS 'MODULE_PATHNAME', 'fr_related'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_related(@extschema@.fr_sig, @extschema@.fr_sig, pg_catalog.text[], pg_catalog.text[], pg_catalog.float4) IS
'(1 - entity_weight) * fr_similarity(a, b) + entity_weight * Jaccard index of the two entity sets (word similarity alone when both sets are empty)';

-- ---------------------------------------------------------------------------
-- GIN: exact % through banded keys (see src/pg/frn_sig_gin.c).

CREATE FUNCTION @extschema@.fr_sig_gin_extract_value(@extschema@.fr_sig, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'fr_sig_gin_extract_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gin_extract_value(@extschema@.fr_sig, internal, internal) IS
'GIN support: band keys of a signature';

CREATE FUNCTION @extschema@.fr_sig_gin_extract_query(@extschema@.fr_sig, internal, pg_catalog.int2, internal, internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'fr_sig_gin_extract_query'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gin_extract_query(@extschema@.fr_sig, internal, pg_catalog.int2, internal, internal, internal, internal) IS
'GIN support: band keys of the query';

CREATE FUNCTION @extschema@.fr_sig_gin_consistent(internal, pg_catalog.int2, @extschema@.fr_sig, pg_catalog.int4, internal, internal, internal, internal)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'fr_sig_gin_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gin_consistent(internal, pg_catalog.int2, @extschema@.fr_sig, pg_catalog.int4, internal, internal, internal, internal) IS
'GIN support: enough shared bands for the threshold';

CREATE FUNCTION @extschema@.fr_sig_gin_triconsistent(internal, pg_catalog.int2, @extschema@.fr_sig, pg_catalog.int4, internal, internal, internal)
RETURNS pg_catalog."char"
AS 'MODULE_PATHNAME', 'fr_sig_gin_triconsistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gin_triconsistent(internal, pg_catalog.int2, @extschema@.fr_sig, pg_catalog.int4, internal, internal, internal) IS
'GIN support: ternary consistent function';

CREATE OPERATOR CLASS @extschema@.fr_sig_gin_ops
DEFAULT FOR TYPE @extschema@.fr_sig USING gin AS
	OPERATOR 1 @extschema@.% (@extschema@.fr_sig, @extschema@.fr_sig),
	OPERATOR 2 @extschema@.% (@extschema@.fr_sig, @extschema@.fr_sig_query),
	FUNCTION 1 pg_catalog.btint4cmp(pg_catalog.int4, pg_catalog.int4),
	FUNCTION 2 @extschema@.fr_sig_gin_extract_value(@extschema@.fr_sig, internal, internal),
	FUNCTION 3 @extschema@.fr_sig_gin_extract_query(@extschema@.fr_sig, internal, pg_catalog.int2, internal, internal, internal, internal),
	FUNCTION 4 @extschema@.fr_sig_gin_consistent(internal, pg_catalog.int2, @extschema@.fr_sig, pg_catalog.int4, internal, internal, internal, internal),
	FUNCTION 6 @extschema@.fr_sig_gin_triconsistent(internal, pg_catalog.int2, @extschema@.fr_sig, pg_catalog.int4, internal, internal, internal),
	STORAGE pg_catalog.int4;
COMMENT ON OPERATOR CLASS @extschema@.fr_sig_gin_ops USING gin IS
'fr_sig % (exact, fast for thresholds above 0.5)';
COMMENT ON OPERATOR FAMILY @extschema@.fr_sig_gin_ops USING gin IS
'fr_sig % (exact, fast for thresholds above 0.5)';

-- ---------------------------------------------------------------------------
-- GiST: exact KNN, ORDER BY sig <-> q LIMIT k, through a metric tree (see
-- src/pg/frn_sig_gist.c).  fr_sig_gkey is its key type, internal.

CREATE TYPE @extschema@.fr_sig_gkey;

CREATE FUNCTION @extschema@.fr_sig_gkey_in(pg_catalog.cstring)
RETURNS @extschema@.fr_sig_gkey
AS 'MODULE_PATHNAME', 'fr_sig_gkey_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gkey_in(pg_catalog.cstring) IS 'I/O (not supported: internal type)';

CREATE FUNCTION @extschema@.fr_sig_gkey_out(@extschema@.fr_sig_gkey)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME', 'fr_sig_gkey_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gkey_out(@extschema@.fr_sig_gkey) IS 'I/O (not supported: internal type)';

CREATE TYPE @extschema@.fr_sig_gkey (
	INPUT = @extschema@.fr_sig_gkey_in,
	OUTPUT = @extschema@.fr_sig_gkey_out,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = plain
);
COMMENT ON TYPE @extschema@.fr_sig_gkey IS 'GiST key of fr_sig_gist_ops (internal)';

CREATE FUNCTION @extschema@.fr_sig_gist_consistent(internal, @extschema@.fr_sig, pg_catalog.int2, pg_catalog.oid, internal)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'fr_sig_gist_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_consistent(internal, @extschema@.fr_sig, pg_catalog.int2, pg_catalog.oid, internal) IS
'GiST support: required by GiST (the operator class has no search strategy)';

CREATE FUNCTION @extschema@.fr_sig_gist_distance(internal, @extschema@.fr_sig, pg_catalog.int2, pg_catalog.oid, internal)
RETURNS pg_catalog.float8
AS 'MODULE_PATHNAME', 'fr_sig_gist_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_distance(internal, @extschema@.fr_sig, pg_catalog.int2, pg_catalog.oid, internal) IS
'GiST support: lower bound of the distance from the query to a subtree';

CREATE FUNCTION @extschema@.fr_sig_gist_compress(internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'fr_sig_gist_compress'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_compress(internal) IS
'GiST support: signature to key';

CREATE FUNCTION @extschema@.fr_sig_gist_union(internal, internal)
RETURNS @extschema@.fr_sig_gkey
AS 'MODULE_PATHNAME', 'fr_sig_gist_union'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_union(internal, internal) IS
'GiST support: smallest ball centred on a member holding all keys';

CREATE FUNCTION @extschema@.fr_sig_gist_penalty(internal, internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'fr_sig_gist_penalty'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_penalty(internal, internal, internal) IS
'GiST support: radius growth';

CREATE FUNCTION @extschema@.fr_sig_gist_picksplit(internal, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'fr_sig_gist_picksplit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_picksplit(internal, internal) IS
'GiST support: split around the two farthest keys';

CREATE FUNCTION @extschema@.fr_sig_gist_same(@extschema@.fr_sig_gkey, @extschema@.fr_sig_gkey, internal)
RETURNS internal
AS 'MODULE_PATHNAME', 'fr_sig_gist_same'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_same(@extschema@.fr_sig_gkey, @extschema@.fr_sig_gkey, internal) IS
'GiST support: key equality';

CREATE FUNCTION @extschema@.fr_sig_gist_sortsupport(internal)
RETURNS void
AS 'MODULE_PATHNAME', 'fr_sig_gist_sortsupport'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_sig_gist_sortsupport(internal) IS
'GiST support: order for the sorted build';

CREATE OPERATOR CLASS @extschema@.fr_sig_gist_ops
DEFAULT FOR TYPE @extschema@.fr_sig USING gist AS
	OPERATOR 3 @extschema@.<-> (@extschema@.fr_sig, @extschema@.fr_sig) FOR ORDER BY pg_catalog.float_ops,
	FUNCTION 1 @extschema@.fr_sig_gist_consistent(internal, @extschema@.fr_sig, pg_catalog.int2, pg_catalog.oid, internal),
	FUNCTION 2 @extschema@.fr_sig_gist_union(internal, internal),
	FUNCTION 3 @extschema@.fr_sig_gist_compress(internal),
	FUNCTION 5 @extschema@.fr_sig_gist_penalty(internal, internal, internal),
	FUNCTION 6 @extschema@.fr_sig_gist_picksplit(internal, internal),
	FUNCTION 7 @extschema@.fr_sig_gist_same(@extschema@.fr_sig_gkey, @extschema@.fr_sig_gkey, internal),
	FUNCTION 8 @extschema@.fr_sig_gist_distance(internal, @extschema@.fr_sig, pg_catalog.int2, pg_catalog.oid, internal),
	FUNCTION 11 @extschema@.fr_sig_gist_sortsupport(internal),
	STORAGE @extschema@.fr_sig_gkey;
COMMENT ON OPERATOR CLASS @extschema@.fr_sig_gist_ops USING gist IS
'ORDER BY fr_sig <-> fr_sig (exact k nearest neighbours)';
COMMENT ON OPERATOR FAMILY @extschema@.fr_sig_gist_ops USING gist IS
'ORDER BY fr_sig <-> fr_sig (exact k nearest neighbours)';

-- ===========================================================================
-- frnews 0.4.0: named entities (PER, LOC, ORG, MISC), user dictionary,
-- fr_annotate() and fr_highlight().
-- ===========================================================================

-- The user dictionary: names the built-in tagger does not know, or (kind
-- NONE) names it must not tag.  Its rows are dumped by pg_dump.
CREATE TABLE @extschema@.fr_dictionary (
	surface pg_catalog.text PRIMARY KEY
		CHECK (pg_catalog.btrim(surface) <> ''),
	kind pg_catalog.text NOT NULL
		CHECK (kind IN ('PER', 'LOC', 'ORG', 'MISC', 'NONE'))
);
COMMENT ON TABLE @extschema@.fr_dictionary IS
'user dictionary of fr_entities(): surface forms (matched case- and accent-insensitively on whole words) with their kind PER, LOC, ORG, MISC, or NONE to stop a name from being tagged';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.fr_dictionary', '');
GRANT SELECT ON @extschema@.fr_dictionary TO PUBLIC;

CREATE FUNCTION @extschema@.fr_dictionary_changed()
RETURNS trigger
AS 'MODULE_PATHNAME', 'fr_dictionary_changed'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.fr_dictionary_changed() IS
'trigger of fr_dictionary: makes every session reload the dictionary';

CREATE TRIGGER fr_dictionary_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.fr_dictionary
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.fr_dictionary_changed();

CREATE FUNCTION @extschema@.fr_dictionary_check()
RETURNS trigger
AS 'MODULE_PATHNAME', 'fr_dictionary_check'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.fr_dictionary_check() IS
'trigger of fr_dictionary: refuses an entry the tagger would never match (no token, or more than 16)';

CREATE TRIGGER fr_dictionary_check
BEFORE INSERT OR UPDATE ON @extschema@.fr_dictionary
FOR EACH ROW EXECUTE FUNCTION @extschema@.fr_dictionary_check();

-- STABLE: reads fr_dictionary.
CREATE FUNCTION @extschema@.fr_entities(doc pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT kind pg_catalog.text, OUT norm pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_entities'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 300 ROWS 10;
COMMENT ON FUNCTION @extschema@.fr_entities(pg_catalog.text) IS
'named entities (PER, LOC, ORG, MISC) with 1-based character offsets and a grouping key (norm), using the built-in model and lists and the user dictionary fr_dictionary';

-- IMMUTABLE: built-in model and lists only, fit for indexes and generated columns.
CREATE FUNCTION @extschema@.fr_entities_builtin(doc pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT kind pg_catalog.text, OUT norm pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_entities_builtin'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 300 ROWS 10;
COMMENT ON FUNCTION @extschema@.fr_entities_builtin(pg_catalog.text) IS
'named entities like fr_entities() but from the built-in model and lists only (ignores fr_dictionary): immutable';

CREATE FUNCTION @extschema@.fr_annotate(doc pg_catalog.text)
RETURNS pg_catalog.jsonb
AS 'MODULE_PATHNAME', 'fr_annotate'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 300;
COMMENT ON FUNCTION @extschema@.fr_annotate(pg_catalog.text) IS
'every span frnews finds, as a JSON array of objects with start, len, kind, surface in order of start: entities (PER, LOC, ORG, MISC) with norm, amounts (MONEY) with value, currency, qualifier, percentages (PERCENT) with value, unit, qualifier; STABLE: reads fr_dictionary and frnews.dollar_currency';

CREATE FUNCTION @extschema@.fr_highlight(doc pg_catalog.text)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'fr_highlight'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 300;
COMMENT ON FUNCTION @extschema@.fr_highlight(pg_catalog.text) IS
'the text with every span frnews finds marked inline as [surface|KIND]';

-- ---------------------------------------------------------------------------
-- Related articles: word similarity and shared entities together.

CREATE FUNCTION @extschema@.fr_entity_keys(doc pg_catalog.text)
RETURNS pg_catalog.text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ARRAY(SELECT DISTINCT e.kind OPERATOR(pg_catalog.||) ' ' OPERATOR(pg_catalog.||) e.norm
             FROM @extschema@.fr_entities_builtin(doc) e
             ORDER BY 1);
COMMENT ON FUNCTION @extschema@.fr_entity_keys(pg_catalog.text) IS
'the distinct entities of a text from the built-in knowledge, as sorted "KIND norm" keys (for fr_related; immutable, fit for a generated column)';

CREATE FUNCTION @extschema@.fr_related(a pg_catalog.text, b pg_catalog.text,
	entity_weight pg_catalog.float4 DEFAULT 0.5)
RETURNS pg_catalog.float4
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.fr_related(@extschema@.fr_signature(a), @extschema@.fr_signature(b),
	@extschema@.fr_entity_keys(a), @extschema@.fr_entity_keys(b), entity_weight);
COMMENT ON FUNCTION @extschema@.fr_related(pg_catalog.text, pg_catalog.text, pg_catalog.float4) IS
'fr_related over the signatures and the built-in entity keys of two texts: (1 - w) * word similarity + w * Jaccard of the entity keys';

-- ===========================================================================
-- frnews 0.5.0: the fr_flat index access method, exact KNN over
-- fr_sig by one tight scan of packed signatures (src/pg/frn_sig_flat.c).
-- ===========================================================================

CREATE FUNCTION @extschema@.fr_flat_handler(internal)
RETURNS pg_catalog.index_am_handler
AS 'MODULE_PATHNAME', 'fr_flat_handler'
LANGUAGE C STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_flat_handler(internal) IS
'index access method handler of fr_flat';

CREATE ACCESS METHOD fr_flat TYPE INDEX HANDLER @extschema@.fr_flat_handler;
COMMENT ON ACCESS METHOD fr_flat IS
'exact k nearest neighbours of fr_sig (ORDER BY sig <-> q LIMIT k) by a scan of packed signatures';

CREATE OPERATOR CLASS @extschema@.fr_sig_flat_ops
DEFAULT FOR TYPE @extschema@.fr_sig USING fr_flat AS
	OPERATOR 1 @extschema@.<-> (@extschema@.fr_sig, @extschema@.fr_sig) FOR ORDER BY pg_catalog.float_ops;
COMMENT ON OPERATOR CLASS @extschema@.fr_sig_flat_ops USING fr_flat IS
'ORDER BY fr_sig <-> fr_sig (exact k nearest neighbours)';
COMMENT ON OPERATOR FAMILY @extschema@.fr_sig_flat_ops USING fr_flat IS
'ORDER BY fr_sig <-> fr_sig (exact k nearest neighbours)';

-- ===========================================================================
-- frnews 0.6.0
-- ===========================================================================

-- The user dictionary is maintained by the extension's owner: @extowner@ is
-- the user running CREATE EXTENSION or ALTER EXTENSION UPDATE.  After a
-- trusted install by a non-superuser, the table belongs to the bootstrap
-- superuser; without this grant its owner could not add a name; with the
-- grant option it can let editors do so.  Everybody else keeps SELECT only
-- (0.4.0).
GRANT INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.fr_dictionary TO @extowner@
	WITH GRANT OPTION;

-- Citus: the user dictionary as a reference table, so that an entry made on
-- the coordinator takes effect on every node from the next statement (the
-- workers' fr_entities() read their own replica, see frn_entities.c).  The
-- trigger of fr_dictionary only sends a relcache invalidation, so Citus's
-- objection to triggers on distributed tables (they could write to other
-- shards) does not apply: it is allowed for this one call.  PARALLEL UNSAFE:
-- it is DDL.
CREATE FUNCTION @extschema@.fr_dictionary_distribute()
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
-- Its body is parsed when called: with the caller's search_path, an
-- operator of another role that matches the argument types exactly (an
-- "=" on regclass) would be chosen over the built-in one.
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	unsafe_triggers text;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'extension "citus" is not installed in this database'
			USING ERRCODE = 'object_not_in_prerequisite_state',
				DETAIL = 'fr_dictionary_distribute() makes fr_dictionary a Citus reference table.',
				HINT = 'On a single node fr_dictionary needs no such step; on Citus run CREATE EXTENSION citus first.';
	END IF;
	IF EXISTS (SELECT FROM pg_catalog.pg_dist_partition
	           WHERE logicalrelid = '@extschema@.fr_dictionary'::pg_catalog.regclass) THEN
		RETURN;
	END IF;
	unsafe_triggers := pg_catalog.current_setting('citus.enable_unsafe_triggers');
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', 'on', true);
	PERFORM pg_catalog.create_reference_table('@extschema@.fr_dictionary'::pg_catalog.regclass);
	PERFORM pg_catalog.set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
END
$$;
COMMENT ON FUNCTION @extschema@.fr_dictionary_distribute() IS
'on Citus, run once on the coordinator: makes fr_dictionary a reference table, so that its entries take effect on every node (does nothing if it already is one)';

-- fr_percent arithmetic: + (and sum over it), and division by a number.
-- Besides their own use (shares that add up, a mean by hand), they let Citus
-- run avg(fr_percent) across shards: it rewrites avg into
-- sum(x) / sum(count(x)), which needs both.  Results are trimmed like every
-- fr_percent, and / divides as numeric does, so that the mean equals avg's.
CREATE FUNCTION @extschema@.fr_percent_pl(@extschema@.fr_percent, @extschema@.fr_percent)
RETURNS @extschema@.fr_percent
AS 'MODULE_PATHNAME', 'fr_percent_pl'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_percent_pl(@extschema@.fr_percent, @extschema@.fr_percent) IS
'implementation of + for fr_percent';
CREATE FUNCTION @extschema@.fr_percent_div(@extschema@.fr_percent, pg_catalog.numeric)
RETURNS @extschema@.fr_percent
AS 'MODULE_PATHNAME', 'fr_percent_div'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_percent_div(@extschema@.fr_percent, pg_catalog.numeric) IS
'implementation of / for fr_percent and numeric';
CREATE OPERATOR @extschema@.+ (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = @extschema@.fr_percent,
	FUNCTION = @extschema@.fr_percent_pl, COMMUTATOR = OPERATOR(@extschema@.+));
COMMENT ON OPERATOR @extschema@.+ (@extschema@.fr_percent, @extschema@.fr_percent) IS
'sum of two percentages';
CREATE OPERATOR @extschema@./ (
	LEFTARG = @extschema@.fr_percent, RIGHTARG = pg_catalog.numeric,
	FUNCTION = @extschema@.fr_percent_div);
COMMENT ON OPERATOR @extschema@./ (@extschema@.fr_percent, pg_catalog.numeric) IS
'a percentage divided by a number';
CREATE AGGREGATE @extschema@.sum(@extschema@.fr_percent) (
	SFUNC = @extschema@.fr_percent_pl, STYPE = @extschema@.fr_percent,
	COMBINEFUNC = @extschema@.fr_percent_pl, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.fr_percent) IS 'sum of percentages';

-- ---------------------------------------------------------------------------
-- frnews 0.6.0: dates, times, periods, durations and recurrences (#13).
-- value is the resolved interval [lo, hi) at its grain; relative expressions
-- ("hier", "jeudi", "en decembre") are read against ref, the moment of
-- publication; the one-argument form leaves their value NULL.  Nothing reads
-- the clock, the time zone or a setting: both are IMMUTABLE.
CREATE FUNCTION @extschema@.fr_dates(doc pg_catalog.text, ref pg_catalog."timestamp",
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT kind pg_catalog.text, OUT value pg_catalog.tsrange, OUT grain pg_catalog.text,
	OUT duration pg_catalog."interval", OUT qualifier pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_dates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_dates(pg_catalog.text, pg_catalog."timestamp") IS
'dates, times, periods, durations and recurrences in a French text, relative ones read against ref';

CREATE FUNCTION @extschema@.fr_dates(doc pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT kind pg_catalog.text, OUT value pg_catalog.tsrange, OUT grain pg_catalog.text,
	OUT duration pg_catalog."interval", OUT qualifier pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_dates'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_dates(pg_catalog.text) IS
'dates, times, periods, durations and recurrences in a French text; relative ones get a NULL value';
