-- frnews 0.5.0 -> 0.6.0
\echo Use "ALTER EXTENSION frnews UPDATE" to load this file. \quit

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
