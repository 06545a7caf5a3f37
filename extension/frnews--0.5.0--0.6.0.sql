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

-- The codes of the twelve currencies the euro replaced (ISO 4217 list three)
-- are money too: francs francais FRF, deutsche marks DEM, lires ITL...
COMMENT ON FUNCTION @extschema@.fr_money(pg_catalog.numeric, pg_catalog.text) IS
'an fr_money from a finite numeric and an ISO 4217 code of money (active, or of a currency the euro replaced)';

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

-- Ambiguous currency names read on request (#12): plain "franc(s)",
-- "livre(s)" and the slang "balle(s)" are not amounts unless the caller
-- names their currency.
CREATE FUNCTION @extschema@.fr_parse_money(amount pg_catalog.text, dollar_currency pg_catalog.text,
	readings pg_catalog.text)
RETURNS @extschema@.fr_money
AS 'MODULE_PATHNAME', 'fr_parse_money'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fr_parse_money(pg_catalog.text, pg_catalog.text, pg_catalog.text) IS
'one French amount as fr_money; a bare "$" means dollar_currency, and readings (''franc=CHF, livre=GBP, balle=EUR'') reads the ambiguous names plain franc(s), livre(s) and balle(s)';

-- fr_amounts gives each amount's unit as written and the number in it
-- (unit, unit_value: "cent" and 50 for "50 cents", of 0.5 USD), and plain
-- "francs" (pesos, dinars...) as rows whose amount is NULL: money in a
-- currency the text does not name.  A function's result type cannot change
-- in place: the two forms of 0.5.0 are dropped and made again.  A view or a
-- function built on them makes this DROP, and so ALTER EXTENSION UPDATE,
-- fail ("cannot drop function ... because other objects depend on it"):
-- drop it, update, create it again.  Nothing is dropped silently (no
-- CASCADE).
DROP FUNCTION @extschema@.fr_amounts(pg_catalog.text);
DROP FUNCTION @extschema@.fr_amounts(pg_catalog.text, pg_catalog.text);

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

-- fr_dictionary refuses entries the tagger would ignore.
CREATE FUNCTION @extschema@.fr_dictionary_check()
RETURNS trigger
AS 'MODULE_PATHNAME', 'fr_dictionary_check'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.fr_dictionary_check() IS
'trigger of fr_dictionary: refuses an entry the tagger would never match (no token, or more than 16)';

CREATE TRIGGER fr_dictionary_check
BEFORE INSERT OR UPDATE ON @extschema@.fr_dictionary
FOR EACH ROW EXECUTE FUNCTION @extschema@.fr_dictionary_check();
-- The rows already there pass the same check (as a new CHECK constraint
-- would): an entry the tagger never matched stops the update, named, and a
-- dump of the table restores.
UPDATE @extschema@.fr_dictionary SET surface = surface;
