-- fr_dates on press sentences written for these tests: every form of
-- docs/dates.md with its span, kind, value, grain and qualifier, relative
-- forms against a reference time (the publication moment), the
-- one-argument form, refusals, offsets, fr_annotate / fr_highlight.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET datestyle = 'ISO, YMD';
SET intervalstyle = 'postgres';
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

CREATE TABLE press_dates (id int PRIMARY KEY, doc text);
INSERT INTO press_dates VALUES
(1, 'Le sommet s’ouvrira le 3 décembre 2025 à Paris ; il avait été annoncé le 03/12/2024, puis confirmé le 2025-01-15.'),
(2, 'Mardi 3 décembre, la ministre a présenté le budget ; le vote est prévu le 1er mai.'),
(3, 'Hier, avant-hier et aujourd’hui, les négociations ont échoué ; elles reprendront demain.'),
(4, 'La veille, le préfet avait interdit le rassemblement ; le lendemain, il a levé l’interdiction.'),
(5, 'La semaine dernière, le chômage a reculé ; le mois prochain, la BCE se réunira, et cette année s’annonce difficile.'),
(6, 'En 2019, le groupe a perdu 2019 personnes ; en décembre dernier, il a vendu sa filiale.'),
(7, 'Au premier trimestre 2024, les ventes ont progressé ; au T1 2025 et au second semestre, elles devraient ralentir.'),
(8, 'Fin 2023, début mars et mi-juin, la courbe s’est inversée.'),
(9, 'À la fin des années 1990, dans les années 80 comme au XIXe siècle, la ville a grandi.'),
(10, 'Depuis 2015, entre 2010 et 2015 et de 2016 à 2020, les prix ont doublé ; le festival a lieu du 3 au 5 mars 2026.'),
(11, 'D’ici 2030, à l’horizon 2040 : l’objectif a été fixé il y a deux ans et sera revu dans trois mois.'),
(12, 'Le conseil se réunira à 15 h 30, puis à 18h, vers 20 heures ou à midi, et avant 16 h jeudi.'),
(13, 'Dans la nuit de mercredi à jeudi, puis jeudi soir, des heurts ont éclaté.'),
(14, 'Le 14-Juillet, à Noël, à la Toussaint, le 1er-Mai et le lundi de Pâques 2026 sont fériés.'),
(15, 'Le CAC 40 a fini à 7 500 points ; Paris 2024 a coûté 2 000 euros par habitant.'),
(16, 'Le trois mars deux mille vingt, les écoles ont fermé pendant dix ans, depuis trois mois, selon lui.'),
(17, 'Le 31 février 2021 n’existe pas, ni le 30/02/2020, mais le 29 février 2024 oui.'),
(18, 'La réunion a lieu chaque lundi et le bilan est publié tous les ans ; après le 1er novembre, plus rien.'),
(19, 'Les dix derniers mois ont été durs ; jusqu’au 15 janvier 2026, les aides sont maintenues, à partir du 1er février 2026 elles baissent.'),
(20, 'Noël Le Graët a démissionné ; la Toussaint Louverture est un navire ; Mars Inc. recrute.');

-- with the reference time: a Wednesday
SELECT id, d.* FROM press_dates, fr_dates(doc, '2025-12-10 08:00') d ORDER BY id, start;

-- the one-argument form: absolute expressions keep their value, relative ones get none
SELECT id, surface, kind, value, grain FROM press_dates, fr_dates(doc) d WHERE id IN (2, 3, 5, 10) ORDER BY id, start;

-- offsets: substr(doc, start, len) = surface everywhere
SELECT count(*) AS spans, bool_and(substr(doc, start, len) = surface) AS offsets_ok
FROM press_dates, fr_dates(doc, '2025-12-10') d;

-- the tense rule for a bare weekday and a month without year (reference: Wednesday 10 December 2025)
SELECT surface, value FROM fr_dates('Jeudi, le président a reçu les syndicats.', '2025-12-10');
SELECT surface, value FROM fr_dates('Jeudi, le président recevra les syndicats.', '2025-12-10');
SELECT surface, value FROM fr_dates('Jeudi, le président reçoit les syndicats.', '2025-12-10');
SELECT surface, value FROM fr_dates('En mars, la loi a été votée.', '2025-12-10');
SELECT surface, value FROM fr_dates('En mars, la loi sera votée.', '2025-12-10');
SELECT surface, value FROM fr_dates('Jeudi dernier et lundi prochain.', '2025-12-10');

-- Easter-based holidays
SELECT surface, value FROM fr_dates('Pâques 2024, la Pentecôte 2025, l’Ascension 2026 et le lundi de Pentecôte 2026.');

-- volatility, strictness, parallel safety
SELECT p.oid::regprocedure, provolatile, proisstrict, proparallel FROM pg_proc p
WHERE proname = 'fr_dates' ORDER BY 1::text;
SELECT count(*) FROM fr_dates(NULL, '2025-12-10');
SELECT count(*) FROM fr_dates('Le 3 décembre 2025.', NULL);

-- an infinite reference is an error
SELECT * FROM fr_dates('hier', 'infinity');

-- DATE spans in fr_annotate and fr_highlight
SELECT jsonb_pretty(fr_annotate('Le 3 décembre 2025 à 15 h 30, puis hier, pendant deux ans.'));
SELECT fr_highlight('Au premier trimestre 2024, depuis 2015.');

-- an index over the periods an article mentions, and a timeline
CREATE TABLE articles (id int PRIMARY KEY, published timestamp, body text);
INSERT INTO articles VALUES
(1, '2024-04-02 09:00', 'Au premier trimestre 2024, les ventes ont reculé ; elles avaient progressé en 2023.'),
(2, '2025-12-10 08:00', 'Hier, le conseil a voté le budget de 2026.'),
(3, '2020-03-17 07:00', 'Le confinement commence aujourd’hui à midi, pour quinze jours au moins.');
ALTER TABLE articles ADD COLUMN periods tsmultirange;
UPDATE articles SET periods = (SELECT range_agg(value) FROM fr_dates(body, published));
CREATE INDEX articles_periods ON articles USING gist (periods);
SELECT id FROM articles WHERE periods && tsrange('2024-01-01', '2024-04-01') ORDER BY id;
SELECT lower(d.value)::date AS day, a.id, d.surface
FROM articles a, fr_dates(a.body, a.published) d
WHERE d.value IS NOT NULL ORDER BY lower(d.value), a.id;

-- the ranges laid out without range_serialize() (frn_dates_pg.c): the same bytes as tsrange()'s
SELECT count(*) AS ranges, count(*) FILTER (WHERE mine *= pg) AS same_bytes
FROM (SELECT doc, '2025-12-10 08:00'::timestamp AS ref FROM press_dates
      UNION ALL SELECT body, published FROM articles) t, fr_dates(t.doc, t.ref) d,
     LATERAL (SELECT d.value) mine, LATERAL (SELECT tsrange(lower(d.value), upper(d.value))) pg
WHERE d.value IS NOT NULL;

-- second round of #13: now, seconds and am/pm, lendemain alone, "de 1987", one whole unit,
-- the half of the day after a time, the thirds of a day, a year before "ou", hyphen ranges
SELECT d.*, substr(t.doc, d.start, d.len) = d.surface AS offsets_ok
FROM (VALUES ('Il est maintenant 7:56:30 pm ; lendemain 8:00am, né le 23 novembre de 1987, il a plu toute la journée.'),
             ('Fin de dimanche ; à 4 heures du matin ou à 3 heures de l’après-midi ; de 2010 à 2018 ou avant 2000.'),
             ('Ouvert 9h-17h, les 20-21 juin de 16-17 heures ; score 3-2 mars.')) t(doc),
     fr_dates(t.doc, '2025-12-10 08:00') d ORDER BY t.doc, start;

DROP TABLE articles;
DROP TABLE press_dates;
RESET datestyle;
RESET intervalstyle;
\if :frn_created
DROP EXTENSION frnews;
\endif
