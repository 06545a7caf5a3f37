-- Every single-byte encoding frnews accepts (all of PostgreSQL's): every
-- byte through every function that outputs text, without an error, spans
-- matching the text (sql/encoding_bytes.psql).  A character whose fold the
-- encoding cannot hold is kept (µ in LATIN9: its fold is Greek mu); a byte
-- the encoding leaves undefined (0x81 in WIN1252) makes the round trip.
-- (pg_regress runs psql from the top directory, hence the \i path.)
SELECT current_database() AS origdb \gset
\set ECHO none
\set enc LATIN1
\i sql/encoding_bytes.psql
\set enc LATIN2
\i sql/encoding_bytes.psql
\set enc LATIN3
\i sql/encoding_bytes.psql
\set enc LATIN4
\i sql/encoding_bytes.psql
\set enc LATIN5
\i sql/encoding_bytes.psql
\set enc LATIN6
\i sql/encoding_bytes.psql
\set enc LATIN7
\i sql/encoding_bytes.psql
\set enc LATIN8
\i sql/encoding_bytes.psql
\set enc LATIN9
\i sql/encoding_bytes.psql
\set enc LATIN10
\i sql/encoding_bytes.psql
\set enc WIN1250
\i sql/encoding_bytes.psql
\set enc WIN1251
\i sql/encoding_bytes.psql
\set enc WIN1252
\i sql/encoding_bytes.psql
\set enc WIN1253
\i sql/encoding_bytes.psql
\set enc WIN1254
\i sql/encoding_bytes.psql
\set enc WIN1255
\i sql/encoding_bytes.psql
\set enc WIN1256
\i sql/encoding_bytes.psql
\set enc WIN1257
\i sql/encoding_bytes.psql
\set enc WIN1258
\i sql/encoding_bytes.psql
\set enc WIN866
\i sql/encoding_bytes.psql
\set enc WIN874
\i sql/encoding_bytes.psql
\set enc KOI8R
\i sql/encoding_bytes.psql
\set enc KOI8U
\i sql/encoding_bytes.psql
\set enc ISO_8859_5
\i sql/encoding_bytes.psql
\set enc ISO_8859_6
\i sql/encoding_bytes.psql
\set enc ISO_8859_7
\i sql/encoding_bytes.psql
\set enc ISO_8859_8
\i sql/encoding_bytes.psql
\set ECHO all
-- Pairs the byte loop does not make: in WIN1258, Â + U+0301 would compose
-- (NFC) to U+1EA4, which WIN1258 lacks; lower-casing keeps it decomposed.
CREATE DATABASE frn_win1258 TEMPLATE template0 ENCODING 'WIN1258' LC_COLLATE 'C' LC_CTYPE 'C';
\c frn_win1258
CREATE EXTENSION frnews;
SET client_encoding = 'UTF8';
SELECT fr_stem(U&'\00C2\0301y') = U&'\00E2\0301y' AS decomposed_stem,
       fr_normalize(U&'\00C2\0301Y') AS normalized;
SELECT pos, start, len, norm, token = U&'\00C2\0301y' || repeat(U&'\0301', 40) AS whole_token
FROM fr_tokens(U&'\00C2\0301y' || repeat(U&'\0301', 40) || ' !');
\c :origdb
DROP DATABASE frn_win1258;
-- WIN866 has Ї and ї but not the і that both fold to: they fold to ї.
CREATE DATABASE frn_win866 TEMPLATE template0 ENCODING 'WIN866' LC_COLLATE 'C' LC_CTYPE 'C';
\c frn_win866
CREATE EXTENSION frnews;
SET client_encoding = 'UTF8';
SELECT fr_normalize('Їжак ЇЖАК їжак') AS normalized;
\c :origdb
DROP DATABASE frn_win866;
-- A byte WIN1252 leaves undefined is a symbol token of its own and comes back.
CREATE DATABASE frn_win1252 TEMPLATE template0 ENCODING 'WIN1252' LC_COLLATE 'C' LC_CTYPE 'C';
\c frn_win1252
CREATE EXTENSION frnews;
SELECT pos, start, len, kind, token = chr(129) AS same_byte, norm = chr(129) AS same_norm
FROM fr_tokens('x ' || chr(129) || ' y');
SELECT fr_normalize('A' || chr(129) || chr(157)) = 'a' || chr(129) || chr(157) AS normalized;
\c :origdb
DROP DATABASE frn_win1252;
-- A multi-byte encoding other than UTF8 is refused by CREATE EXTENSION
-- itself with frnews's message (the install scripts are plain ASCII, so
-- PostgreSQL reads them in any encoding).
CREATE DATABASE frn_eucjp TEMPLATE template0 ENCODING 'EUC_JP' LC_COLLATE 'C' LC_CTYPE 'C';
\c frn_eucjp
-- PostgreSQL 18 adds the script line as CONTEXT: not shown, for one output on every version
\set SHOW_CONTEXT never
CREATE EXTENSION frnews;
\set SHOW_CONTEXT errors
\c :origdb
DROP DATABASE frn_eucjp;
