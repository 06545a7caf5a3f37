-- frnews 0.4.0 -> 0.5.0: the fr_flat index access method, exact KNN over
-- fr_sig by one tight scan of packed signatures (src/pg/frn_sig_flat.c).
\echo Use "ALTER EXTENSION frnews UPDATE" to load this file. \quit

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
