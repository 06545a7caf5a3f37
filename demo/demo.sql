-- demo/demo.sql — what frnews finds in the demo articles (table articles,
-- loaded by demo/show.sh).  Sections for functions that a given version of
-- frnews does not have yet are skipped, so the demo runs at every stage.
\set QUIET on
\pset null '∅'
\set ON_ERROR_STOP on

SELECT to_regprocedure('fr_amounts(text)') IS NOT NULL AS has_amounts,
       to_regprocedure('fr_percents(text)') IS NOT NULL AS has_percents,
       to_regprocedure('fr_entities(text)') IS NOT NULL AS has_entities,
       to_regprocedure('fr_highlight(text)') IS NOT NULL AS has_highlight,
       to_regprocedure('fr_signature(text)') IS NOT NULL
         AND EXISTS (SELECT FROM pg_proc WHERE proname = 'fr_similarity'
                     AND pg_get_function_identity_arguments(oid) LIKE '%fr_sig, %fr_sig') AS has_similarity
\gset
\set QUIET off

\echo '== frnews version'
SELECT fr_version();

\echo '== The articles: characters, sentences (fr_sentences) and words (fr_tokens)'
SELECT a.id,
       length(a.body) AS chars,
       (SELECT count(*) FROM fr_sentences(a.body)) AS sentences,
       (SELECT count(*) FROM fr_tokens(a.body) WHERE kind = 'word') AS words,
       (SELECT count(*) FROM fr_tokens(a.body) WHERE kind = 'number') AS numbers
FROM articles a ORDER BY a.id;

\echo '== The first sentences of 01: M. and Mme do not end a sentence'
SELECT s.pos, s.start, s.len, s.sentence
FROM articles a, fr_sentences(a.body) s
WHERE a.id = '01_valmorel_ondalys' AND s.pos <= 4;

\echo '== Tokens of one sentence of 04: "12 500 €" (no-break space) is one number, elisions are split'
SELECT t.pos, t.start, t.len, t.kind, t.token, t.norm, t.stem
FROM articles a, fr_sentences(a.body) s, fr_tokens(a.body) t
WHERE a.id = '04_annecy_marche_couvert' AND s.sentence LIKE 'Chacun des%'
  AND t.start >= s.start AND t.start < s.start + s.len
ORDER BY t.pos;

\echo '== Elisions in all the articles, as written (’ or straight apostrophe)'
SELECT t.token AS elision, t.norm, count(*) AS n
FROM articles a, fr_tokens(a.body) t
WHERE t.kind = 'elision'
GROUP BY t.token, t.norm ORDER BY n DESC, t.token;

\echo '== Numbers as tokens (spaces inside are U+00A0 or U+202F where the text has them)'
SELECT a.id, string_agg(t.token, ' | ' ORDER BY t.start) AS numbers
FROM articles a, fr_tokens(a.body) t
WHERE t.kind = 'number'
GROUP BY a.id ORDER BY a.id;

\echo '== fr_normalize: search keys for the titles (case, accents, apostrophes, spaces folded)'
SELECT id, fr_normalize(title) AS normalized_title FROM articles ORDER BY id;

\echo '== fr_stem: Snowball French stems'
SELECT w AS word, fr_stem(w) AS stem
FROM unnest(ARRAY['Économiques', 'négociations', 'industriels', 'rémunérations', 'grévistes']) AS w;

\if :has_amounts
\echo '== fr_amounts: sums of money as typed values'
SELECT a.id, x.surface, x.amount, x.qualifier
FROM articles a, fr_amounts(a.body) x
ORDER BY a.id, x.start;
\else
\echo '== fr_amounts: not in this version of frnews (skipped)'
\endif

\if :has_percents
\echo '== fr_percents: percentages and percentage points'
SELECT a.id, x.surface, x.value, x.kind, x.qualifier
FROM articles a, fr_percents(a.body) x
ORDER BY a.id, x.start;
\else
\echo '== fr_percents: not in this version of frnews (skipped)'
\endif

\if :has_entities
\echo '== fr_entities: who and what the articles name'
SELECT a.id, e.kind, string_agg(DISTINCT e.surface, ', ') AS entities
FROM articles a, fr_entities(a.body) e
GROUP BY a.id, e.kind ORDER BY a.id, e.kind;
\else
\echo '== fr_entities: not in this version of frnews (skipped)'
\endif

\if :has_highlight
\echo '== fr_highlight: the first paragraph of 01, marked up'
SELECT fr_highlight(split_part(body, E'\n\n', 1)) AS highlighted
FROM articles WHERE id = '01_valmorel_ondalys' \gset
\echo :highlighted
\echo
\else
\echo '== fr_highlight: not in this version of frnews (skipped)'
\endif

\if :has_similarity
\echo '== Near-duplicates: the most similar pairs of articles (fr_signature, fr_similarity)'
WITH s AS (SELECT id, fr_signature(body) AS sig FROM articles)
SELECT a.id AS article, b.id AS other, round(fr_similarity(a.sig, b.sig)::numeric, 2) AS similarity
FROM s a JOIN s b ON a.id < b.id
ORDER BY similarity DESC, a.id, b.id LIMIT 3;
\else
\echo '== Near-duplicates: fr_signature / fr_similarity not in this version of frnews (skipped)'
\endif
