-- Spans of entities at the edges the cleanup rules touch: substr(doc, start,
-- len) = surface, valid text, in UTF8 and in LATIN9 (review-m9).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
CREATE TEMP TABLE span_docs(i int, doc text);
-- "N°" counts as an initial (a capital and one more character) but ends with
-- "°", not a period: a name that ends with it at the end of a sentence or of
-- the text kept "N" and the first byte of "°" (invalid UTF-8, stored as such).
-- Around them, the other rules at text ends and after multibyte characters:
-- a product's final initial gives its period back, "L'" after a word joins
-- the name, "S&P 500" stays whole.
INSERT INTO span_docs VALUES
	(1, 'Elle porte le parfum Chanel N°'),
	(2, 'La marque Chanel N°'),
	(3, e'Le site Renault N°\nEt puis'),
	(4, 'Le nouveau Model Y.'),
	(5, 'Tesla 🚗 Model Y.'),
	(6, 'Le groupe Système U. Il recrute.'),
	(7, 'Il travaille chez L''Oréal'),
	(8, 'Il travaille chez L’Oréal.'),
	(9, 'Le 🇫🇷 S&P 500'),
	(10, 'Œuvre de l''État : Chanel N° 5.');
SELECT i, start, len, surface, kind, norm, substr(doc, start, len) = surface AS ok
FROM span_docs, fr_entities(doc) ORDER BY i, start;
-- fr_annotate and fr_highlight give the same spans.
SELECT i, bool_and(substr(doc, (e->>'start')::int, (e->>'len')::int) = e->>'surface') AS ok
FROM span_docs, jsonb_array_elements(fr_annotate(doc)) e GROUP BY i ORDER BY i;
SELECT i, fr_highlight(doc) FROM span_docs WHERE i <= 3 ORDER BY i;
-- The same in LATIN9 ("°", "Œ", "É" are LATIN9 characters; the emoji are not).
SELECT current_database() AS origdb \gset
CREATE DATABASE frnews_spans_latin9 TEMPLATE template0 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C';
\c frnews_spans_latin9
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
WITH d(i, doc) AS (VALUES (1, 'Elle porte le parfum Chanel N°'), (2, 'La marque Chanel N°'),
	(6, 'Le groupe Système U. Il recrute.'), (7, 'Il travaille chez L''Oréal'),
	(10, 'Œuvre de l''État : Chanel N° 5.'))
SELECT i, start, len, surface, kind, norm, substr(doc, start, len) = surface AS ok
FROM d, fr_entities(doc) ORDER BY i, start;
\c :origdb
DROP DATABASE frnews_spans_latin9;
DROP EXTENSION frnews;
