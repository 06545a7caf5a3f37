--
-- Binary input of fr_sig, fr_money and fr_percent through COPY ... (FORMAT
-- binary) from hand-made files (docs/limits.md): every hostile value is an
-- error, the valid ones make the round trip.
--
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

-- COPY tbl FROM a PGCOPY file holding one row per value (NULL: a NULL
-- field); the file comes from the server's shell through base64 (superuser).
-- Returns 'ok' or the SQLSTATE, message and detail of the error.
CREATE FUNCTION copy_binary(tbl regclass, vals bytea[]) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	file bytea := '\x5047434f50590aff0d0a00 00000000 00000000'::bytea;	-- signature, flags, extension
	v bytea;
	detail text;
BEGIN
	FOREACH v IN ARRAY vals LOOP
		file := file || '\x0001'::bytea
			|| CASE WHEN v IS NULL THEN '\xffffffff'::bytea ELSE int4send(length(v)) || v END;
	END LOOP;
	file := file || '\xffff'::bytea;
	EXECUTE format('TRUNCATE %s', tbl);
	EXECUTE format('COPY %s FROM PROGRAM %L (FORMAT binary)', tbl,
				   'echo ' || translate(encode(file, 'base64'), E'\n', '') || ' | base64 -d');
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
	RETURN SQLSTATE || ': ' || SQLERRM || coalesce(' (' || nullif(detail, '') || ')', '');
END $$;

-- fr_sig: version (1 byte), flags (1 byte), slot count (2 bytes), slots (2 bytes each), big-endian.
CREATE TABLE bin_sig (v fr_sig);
CREATE FUNCTION bin_slots(n int, slot int) RETURNS bytea LANGUAGE sql IMMUTABLE
AS $$ SELECT decode(repeat(lpad(to_hex(slot), 4, '0'), n), 'hex') $$;
SELECT name, copy_binary('bin_sig', ARRAY[val]) AS result
FROM (VALUES
	('empty value', ''::bytea),
	('header cut', '\x010000'::bytea),
	('no slot', '\x01000000'::bytea),
	('slot count 65535', '\x0100ffff'::bytea),
	('slot count 17', '\x01000011'::bytea || bin_slots(17, 1)),
	('slot count 2048', '\x01000800'::bytea || bin_slots(2048, 1)),
	('one slot short', '\x01000080'::bytea || bin_slots(127, 1)),
	('one byte more', '\x01000080'::bytea || bin_slots(128, 1) || '\x00'::bytea),
	('version 0', '\x00000010'::bytea || bin_slots(16, 1)),
	('version 2', '\x02000010'::bytea || bin_slots(16, 1)),
	('flags set', '\x01010010'::bytea || bin_slots(16, 1)),
	('a zero slot', '\x01000010'::bytea || bin_slots(1, 0) || bin_slots(15, 1)),
	('all bits set', '\x01000010'::bytea || bin_slots(16, 65535)),
	('all zero: empty', '\x01000010'::bytea || bin_slots(16, 0)),
	('1024 slots', '\x01000400'::bytea || bin_slots(1024, 7))) c(name, val)
ORDER BY name;
-- the accepted values, and their binary and text round trips
SELECT copy_binary('bin_sig', ARRAY['\x01000010'::bytea || bin_slots(16, 65535),
									'\x01000010'::bytea || bin_slots(16, 0),
									'\x01000400'::bytea || bin_slots(1024, 7), NULL]) AS result;
SELECT left(v::text, 40) AS text_form, length(v::text), fr_sig_send(v) = fr_sig_send(v::text::fr_sig) AS round_trip
FROM bin_sig ORDER BY 1;

-- fr_sig_query (a composite: field count, then type OID, length and bytes of
-- each field) bypasses fr_sig_query()'s check of the threshold: % checks it.
CREATE TABLE bin_query (q fr_sig_query);
CREATE FUNCTION similar_through_query(t float4) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	PERFORM copy_binary('bin_query', ARRAY[int4send(2)
		|| int4send('fr_sig'::regtype::oid::int) || int4send(36) || '\x01000010'::bytea || bin_slots(16, 65535)
		|| int4send('float4'::regtype::oid::int) || int4send(4) || float4send(t)]);
	RETURN (SELECT string_agg(v::text || ': ' || (v % q), ', ' ORDER BY v::text)
			FROM bin_sig, bin_query WHERE v::text LIKE 'v1/16/%');
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT t, similar_through_query(t) FROM unnest('{NaN,2,-0,1,0.5}'::float4[]) t;

-- numeric's binary form: ndigits, weight, sign, dscale (int16 each), then base-10000 digits
CREATE FUNCTION bin_numeric(ndigits int, weight int, sign int, dscale int, VARIADIC digits int[] DEFAULT '{}')
RETURNS bytea LANGUAGE sql IMMUTABLE
AS $$ SELECT int2send(ndigits::int2) || int2send(weight::int2) || int2send((sign - CASE WHEN sign > 32767 THEN 65536 ELSE 0 END)::int2)
		|| int2send(dscale::int2) || coalesce((SELECT string_agg(int2send(d::int2), ''::bytea) FROM unnest(digits) d), ''::bytea) $$;
CREATE TABLE bin_money (v fr_money);
CREATE TABLE bin_percent (v fr_percent);
CREATE TEMP TABLE numeric_cases AS
SELECT * FROM (VALUES
	('5.5', bin_numeric(2, 0, 0, 1, 5, 5000)),
	('NaN', bin_numeric(0, 0, 49152, 0)),
	('Infinity', bin_numeric(0, 0, 53248, 0)),
	('-Infinity', bin_numeric(0, 0, 61440, 0)),
	('negative zero', bin_numeric(0, 0, 16384, 0)),
	('negative zero digit', bin_numeric(1, 0, 16384, 0, 0)),
	('bad sign', bin_numeric(1, 0, 4660, 0, 1)),
	('digit 10000', bin_numeric(1, 0, 0, 0, 10000)),
	('digit -1', bin_numeric(1, 0, 0, 0, -1)),
	('scale flag bits', bin_numeric(1, 0, 0, 16384, 1)),
	('ndigits -1', bin_numeric(-1, 0, 0, 0)),
	('ndigits 32767, none given', bin_numeric(32767, 0, 0, 0)),
	('header cut', '\x0001'::bytea),
	('one byte more', bin_numeric(1, 0, 0, 0, 5) || '\x00'::bytea),
	('weight 32767', bin_numeric(1, 32767, 0, 0, 1))) c(name, num);
SELECT name, copy_binary('bin_money', ARRAY['EUR'::bytea || num]) AS money,
	copy_binary('bin_percent', ARRAY[num]) AS percent
FROM numeric_cases ORDER BY name;
SELECT name, copy_binary('bin_money', ARRAY[val]) AS result
FROM (VALUES
	('empty value', ''::bytea),
	('currency cut', 'EU'::bytea),
	('no amount', 'EUR'::bytea),
	('lower-case currency', 'eur'::bytea || bin_numeric(1, 0, 0, 0, 5)),
	('NUL in currency', '\x45550005'::bytea || bin_numeric(1, 0, 0, 0, 5)),
	('unknown currency', 'XYZ'::bytea || bin_numeric(1, 0, 0, 0, 5))) c(name, val)
ORDER BY name;
SELECT copy_binary('bin_percent', ARRAY[''::bytea]) AS empty_percent;
-- the accepted values and their text round trips (negative zero is 0,
-- 10000^32767 has 131,069 digits)
SELECT copy_binary('bin_money', (SELECT array_agg('CHF'::bytea || num) FROM numeric_cases
								 WHERE name IN ('5.5', 'negative zero', 'negative zero digit', 'weight 32767'))) AS money;
SELECT left(v::text, 12) AS text_form, length(v::text), v::text::fr_money = v AS round_trip FROM bin_money ORDER BY 2, 1;
SELECT copy_binary('bin_percent', (SELECT array_agg(num) FROM numeric_cases
								   WHERE name IN ('5.5', 'negative zero', 'negative zero digit', 'weight 32767'))) AS percent;
SELECT left(v::text, 12) AS text_form, length(v::text), v::text::fr_percent = v AS round_trip FROM bin_percent ORDER BY 2, 1;

DROP TABLE bin_sig, bin_query, bin_money, bin_percent, numeric_cases;
DROP FUNCTION copy_binary(regclass, bytea[]), similar_through_query(float4), bin_slots(int, int),
	bin_numeric(int, int, int, int, int[]);
\if :frn_created
DROP EXTENSION frnews;
\endif
