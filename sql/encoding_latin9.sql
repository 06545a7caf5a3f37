-- A LATIN9 database: offsets in the database's characters, same answers.
-- (LATIN9 has « » € Œ and U+00A0 but no typographic apostrophe.)
SELECT current_database() AS origdb \gset
CREATE DATABASE frnews_latin9 TEMPLATE template0 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C';
\c frnews_latin9
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
SELECT fr_normalize(e'L''Élysée  a dit :\u00a0 «\u00a060\u00a0%\u00a0»');
WITH d(doc) AS (VALUES (e'Œuvre d''État : 12\u00a0500 € versés à l''Élysée, soit 3,5 % de plus.'))
SELECT pos, start, len, kind, token, norm, stem, substr(doc, start, len) = token AS ok FROM d, fr_tokens(doc);
SELECT pos, start, len, sentence FROM fr_sentences('Œuvre terminée. M. Dupont l''a dit !');
SELECT fr_stem('Économiques');
-- µ folds to Greek mu, which LATIN9 lacks: it is kept as it is.
SELECT fr_normalize('5 µg') AS normalized, fr_stem('µg') AS stem,
       (SELECT string_agg(norm, ' ') FROM fr_tokens('5 µg')) AS norms;
-- Dates: the lexer reads UTF-8; offsets come back in LATIN9 characters.
SET DateStyle = 'ISO, YMD';
WITH d(doc) AS (VALUES (e'Œuvre livrée le 3 décembre 2025 à 15\u00a0h\u00a030 ; « fin février », l''État paiera 12\u00a0500 € d''ici 2030.'))
SELECT start, len, surface, kind, value, grain, qualifier, substr(doc, start, len) = surface AS ok
FROM d, fr_dates(doc, '2026-01-05 10:00');
\c :origdb
DROP DATABASE frnews_latin9;
-- SQL_ASCII is refused clearly, by CREATE EXTENSION itself.
CREATE DATABASE frnews_sqlascii TEMPLATE template0 ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C';
\c frnews_sqlascii
-- PostgreSQL 18 adds the script line as CONTEXT: not shown, for one output on every version
\set SHOW_CONTEXT never
CREATE EXTENSION frnews;
\set SHOW_CONTEXT errors
\c :origdb
DROP DATABASE frnews_sqlascii;
