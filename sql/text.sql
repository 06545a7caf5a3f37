-- Tokens, sentences, normalisation and stemming.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

SELECT fr_version() ~ '^frnews 0\.[0-9]+\.[0-9]+, data [0-9.]+, ICU [0-9.]+ \(Unicode [0-9.]+\), Snowball ' AS version_ok;

-- fr_normalize: the issue's example, then folding beyond French.
SELECT fr_normalize('L’Élysée  a dit :  60 %');
SELECT fr_normalize(e'  «\u00a0Œuvre\u202fcomplète\u00a0» ') AS guillemets_nbsp;
SELECT fr_normalize('Erdős Łódź Timișoara Straße ÆØÅ Ça') AS latin;
SELECT fr_normalize('Αθήνα ΣΟΦΊΑ') AS greek;
SELECT fr_normalize(e'e\u0301te\u0301') = fr_normalize('été') AS decomposed_equals_composed;
SELECT fr_normalize(e'aujourd\u2019hui l\u02bcÉtat') AS apostrophes;
SELECT fr_normalize(e'\t \n ') = '' AS only_spaces_gives_empty;
SELECT fr_normalize('') = '' AS empty;
SELECT fr_normalize(NULL) IS NULL AS strict;
SELECT fr_normalize(fr_normalize('L’Élysée  a dit')) = fr_normalize('L’Élysée  a dit') AS idempotent;

-- fr_stem
SELECT fr_stem('Économiques'), fr_stem('continuation'), fr_stem('gouvernementales'), fr_stem('');

-- fr_tokens: every kind, elisions as written, offsets that hold.
SELECT pos, start, len, kind, token, norm, stem
FROM fr_tokens('L’État a versé 1 234 567,89 € à l''ANSSI, jusqu’ici ; voir https://exemple.fr/a?b=1 ou écrire à presse@exemple.fr.');

SELECT token, kind FROM fr_tokens('Les États-Unis, Jean-Pierre Campbell-Smith : peut-être. A-t-il dit ? Dit-elle.');
SELECT token, kind FROM fr_tokens(e'839.000 habitants, 12\u00a0500 euros, 3\u202f000, -4,2 % et +0,4 %, en 2019 2 000 personnes');
SELECT token, kind FROM fr_tokens('Lorsqu’il vient, puisqu''elle part, qu’on voie, n’est-ce pas, s’il, c’est, j’ai, m’a, t’es, D’autres');

-- the offset rule on a varied text
WITH d(doc) AS (VALUES (e'« C’est fini », a déclaré M. Dupont à l’AFP.\n\nLe CAC 40 a perdu 1,5 %… puis 3\u00a0000 € ! 😀 Ελλάδα'))
SELECT count(*) AS tokens, bool_and(substr(doc, start, len) = token) AS offsets_hold,
       bool_and(pos = rn) AS positions_in_order
FROM d, LATERAL (SELECT *, row_number() OVER (ORDER BY start) AS rn FROM fr_tokens(doc)) t;

-- fr_sentences: abbreviations and initials do not end sentences.
SELECT pos, start, len, sentence
FROM fr_sentences(e'M. Dupont et Mme Durand sont arrivés à 8 h. Ils ont vu le Dr Martin, etc. Puis J. Chirac a parlé ! « Vraiment ? » demanda-t-il. La hausse atteint 1,5 %.\n\nNouveau paragraphe sans point');
WITH d(doc) AS (VALUES ('Premier point. Second point ! Troisième ? Fin…'))
SELECT bool_and(substr(doc, start, len) = sentence) AS offsets_hold, count(*) AS n FROM d, fr_sentences(doc);

-- Bad input: empty, spaces, punctuation, lone combining marks, unassigned
-- code points, a 10,000-character word, NULL.
SELECT count(*) FROM fr_tokens('');
SELECT count(*) FROM fr_sentences('   ');
SELECT string_agg(kind, ',') FROM fr_tokens('!!! ... ???');
SELECT count(*) AS n, bool_and(substr(e'\u0301\u0301 a\u0301', start, len) = token) AS ok FROM fr_tokens(e'\u0301\u0301 a\u0301');
SELECT count(*) AS n FROM fr_tokens(e'\U000E0080 \U0010FFFD x');
SELECT len, kind, length(stem) FROM fr_tokens(repeat('é', 10000));
SELECT count(*) FROM fr_tokens(NULL);

-- Volatility and parallel safety as declared.
SELECT proname, provolatile, proparallel, proisstrict
FROM pg_proc WHERE pronamespace = (SELECT extnamespace FROM pg_extension WHERE extname = 'frnews')
  AND proname IN ('fr_normalize', 'fr_stem', 'fr_tokens', 'fr_sentences', 'fr_version')
ORDER BY proname;

-- An index on the IMMUTABLE normaliser.
CREATE TABLE norm_t (id int, title text);
INSERT INTO norm_t VALUES (1, 'L’Élysée répond'), (2, 'Le Sénat vote'), (3, 'ÉLYSÉE : le retour');
CREATE INDEX ON norm_t (fr_normalize(title));
SELECT id FROM norm_t WHERE fr_normalize(title) LIKE '%elysee%' ORDER BY id;
DROP TABLE norm_t;
-- More than 30 combining marks in a row: the lower-cased word gets a CGJ
-- (U+034F) before the 31st (UAX #15 stream-safe format) so that ICU's NFC
-- stays linear; the token and its fold are the text as written.
SELECT strpos(fr_stem('e' || repeat(U&'\0301', 31)), U&'\034F') AS cgj_at,
       length(fr_stem('e' || repeat(U&'\0301', 31))) AS stem_len,
       strpos(fr_stem('e' || repeat(U&'\0301', 30)), U&'\034F') AS no_cgj_at_30;
WITH d(doc) AS (VALUES ('Voilà e' || repeat(U&'\0301\0316\0327', 20000) || ' fini'))
SELECT pos, start, len, substr(doc, start, len) = token AS same, norm, length(stem) AS stem_len
FROM d, fr_tokens(doc);
-- The per-backend caches of stems and signature words live in memory
-- contexts of their own, shown by pg_backend_memory_contexts.
SELECT fr_signature('Le Sénat adopte le budget.') IS NOT NULL AS caches_filled;
SELECT name, ident, total_bytes > 4000000 AS over_4_mb
FROM pg_backend_memory_contexts WHERE name LIKE 'frnews%cache' ORDER BY ident;
