-- frnews 0.2.0 -> 0.3.0: near-duplicate signatures (fr_sig), similarity
-- operators, GIN and GiST operator classes.
\echo Use "ALTER EXTENSION frnews UPDATE" to load this file. \quit

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
