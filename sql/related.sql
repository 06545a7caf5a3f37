-- Related articles (words and shared entities) and fr_annotate / fr_highlight
-- over every kind of span: entities, amounts, percentages.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

SELECT fr_entity_keys('Emmanuel Macron reçoit Olaf Scholz à Paris. Macron sourit.');
SELECT fr_entity_keys('');

-- Same people, different story: entities raise the score above words alone.
WITH p(a, b) AS (VALUES ('Emmanuel Macron reçoit Olaf Scholz à Paris pour parler de défense européenne.',
                         'À Berlin, Olaf Scholz et Emmanuel Macron ont signé un accord sur l’énergie.'))
SELECT round(fr_similarity(a, b)::numeric, 3) AS words,
       round(fr_related(a, b)::numeric, 3) AS related,
       fr_related(a, b) > fr_similarity(a, b) AS entities_help,
       round(fr_related(a, b, 0)::numeric, 3) = round(fr_similarity(a, b)::numeric, 3) AS weight_0_is_words
FROM p;
-- the text form equals the explicit form
WITH p(a, b) AS (VALUES ('La Banque de France relève sa prévision.', 'La Banque de France abaisse sa prévision.'))
SELECT fr_related(a, b, 0.3) = fr_related(fr_signature(a), fr_signature(b), fr_entity_keys(a), fr_entity_keys(b), 0.3) AS same
FROM p;

-- a generated column of entity keys
CREATE TABLE rel_docs (id int PRIMARY KEY, body text,
                       ents text[] GENERATED ALWAYS AS (fr_entity_keys(body)) STORED);
INSERT INTO rel_docs (id, body) VALUES (1, 'Jeanne Vautrin dirige Kelmora Technologies à Lyon.');
SELECT ents FROM rel_docs;
DROP TABLE rel_docs;

-- every kind of span in one annotation, in order of start
SELECT jsonb_pretty(fr_annotate('Jeanne Vautrin, PDG de Kelmora, a levé 5,93 milliards de dollars à Lyon, près de 16 % de plus.'));
SELECT fr_highlight('Selon le ministre, la Caisse des dépôts investira entre 5 et 6 milliards d’euros, soit 3 points de pourcentage de plus.');
SELECT a->>'kind' AS kind, a->>'surface' AS surface,
       substr(d, (a->>'start')::int, (a->>'len')::int) = a->>'surface' AS offsets_hold
FROM (VALUES ('« Nous visons 12 500 € par poste », a dit Marc Tiberghien à l’AFP, soit -3,2 %.')) v(d),
     jsonb_array_elements(fr_annotate(d)) a;
