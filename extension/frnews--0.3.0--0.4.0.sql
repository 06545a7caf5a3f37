-- frnews 0.3.0 -> 0.4.0: named entities (PER, LOC, ORG, MISC), user dictionary,
-- fr_annotate() and fr_highlight().
\echo Use "ALTER EXTENSION frnews UPDATE" to load this file. \quit

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
