-- frnews 0.1.0 -> 0.2.0: money and percentages as typed values.
--   types fr_money (exact amount + ISO 4217 currency) and fr_percent,
--   fr_amounts(), fr_percents(), fr_number(), fr_parse_money().
\echo Use "ALTER EXTENSION frnews UPDATE TO '0.2.0'" to load this file. \quit

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
'an fr_money from a finite numeric and an active ISO 4217 code';

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
	OUT amount @extschema@.fr_money, OUT qualifier pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_amounts'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_amounts(pg_catalog.text) IS
'amounts of money in a French text, with their qualifier; a bare "$" means frnews.dollar_currency';

CREATE FUNCTION @extschema@.fr_amounts(doc pg_catalog.text, dollar_currency pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT amount @extschema@.fr_money, OUT qualifier pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_amounts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_amounts(pg_catalog.text, pg_catalog.text) IS
'amounts of money in a French text, with their qualifier; a bare "$" means dollar_currency';

CREATE FUNCTION @extschema@.fr_percents(doc pg_catalog.text,
	OUT start pg_catalog.int4, OUT len pg_catalog.int4, OUT surface pg_catalog.text,
	OUT value @extschema@.fr_percent, OUT kind pg_catalog.text, OUT qualifier pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'fr_percents'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100 ROWS 5;
COMMENT ON FUNCTION @extschema@.fr_percents(pg_catalog.text) IS
'percentages (kind percent) and percentage points (kind points) in a French text, with their qualifier';
