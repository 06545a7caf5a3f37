-- Entities: fr_entities, fr_entities_builtin, fr_annotate, fr_highlight and
-- the user dictionary, on modern press sentences written for these tests.
CREATE EXTENSION IF NOT EXISTS frnews;

CREATE TEMP TABLE ent_docs(id int PRIMARY KEY, convention text, doc text);
INSERT INTO ent_docs VALUES
(1, 'titles and functions are not part of the name',
 'Le président Emmanuel Macron a reçu mardi M. Olivier Brandt et la ministre Agnès Pannier-Runacher.'),
(2, 'capitalised sentence starts are not names by themselves',
 'Mardi, les députés ont voté. Cependant, Valérie Pécresse a refusé. Pécresse a ensuite quitté Paris.'),
(3, 'a capital after « or a colon is not a name',
 '« Nous irons jusqu’au bout », a promis Sophie Binet. Réponse du gouvernement : Attendre.'),
(4, 'particles inside names',
 'La Caisse des dépôts finance un projet de Charles de Courson avec la Société canadienne d’hypothèques et de logement.'),
(5, 'hyphenated names',
 'Jean-Pierre Farandou a rencontré Lucy Campbell-Smith à Saint-Étienne puis en Nouvelle-Zélande.'),
(6, 'acronyms',
 'L’ANSSI a alerté OVH et la SNCF après une attaque visant AWS.'),
(7, 'company suffixes',
 'Le groupe Vextrane SAS a racheté Pelvorn Inc. et Dunmoor Capital Group pour 2 milliards d’euros.'),
(8, 'elisions before names',
 'Le patron d’Alibaba a visité l’usine d’Airbus à Toulouse avant l’arrivée d’Elon Musk.'),
(9, 'countries, regions and communes',
 'Des inondations ont touché la Bretagne, le Pas-de-Calais, Quimperlé et la Belgique, selon Météo-France.'),
(10, 'demonyms are not places',
 'Les Français et les Allemands ont signé un accord avec des Marocains à Rabat.');

-- every span satisfies substr(doc, start, len) = surface, in order of start
SELECT count(*) AS spans,
       bool_and(substr(d.doc, e.start, e.len) = e.surface) AS offsets_ok
FROM ent_docs d, fr_entities(d.doc) e;

SELECT d.id, e.start, e.len, e.surface, e.kind, e.norm
FROM ent_docs d, fr_entities(d.doc) e
ORDER BY d.id, e.start;

-- persons named again by their surname are grouped with the full name
SELECT surface, norm FROM fr_entities(
  'Olivier Brandt, PDG de Kelmora, est arrivé. M. Brandt a salué les salariés. Brandt a souri.')
WHERE kind = 'PER';

-- two people with the same surname: the surname alone stays ambiguous
SELECT surface, norm FROM fr_entities(
  'Marine Le Pen et Jean-Marie Le Pen ont voté. Le Pen a parlé ensuite.')
WHERE kind = 'PER';

-- fr_highlight markup and fr_annotate structure
SELECT fr_highlight('« Nous ne fermerons aucun site », a déclaré Jeanne Vautrin, directrice de Kelmora Technologies, à Lyon.');
SELECT jsonb_pretty(fr_annotate('Jeanne Vautrin dirige Kelmora Technologies à Lyon.'));

-- edge cases: empty text, spaces, punctuation only, NULL (strict)
SELECT count(*) FROM fr_entities('');
SELECT count(*) FROM fr_entities('   ');
SELECT count(*) FROM fr_entities('« ... » : !!! ??? —');
SELECT fr_annotate(''), fr_highlight(''), fr_highlight(NULL) IS NULL AS null_in_null_out;
SELECT count(*) FROM fr_entities(NULL);
SELECT count(*) FROM fr_entities(repeat('Zorglub ', 5000));

-- the user dictionary: a new company, a person, and a name to suppress
CREATE TEMP TABLE before_dict AS
SELECT * FROM fr_entities_builtin('Marc Tiberghien, directeur de Quorvane, a quitté Lormières et Paris.');
SELECT * FROM before_dict ORDER BY start;
INSERT INTO fr_dictionary(surface, kind) VALUES
  ('Quorvane', 'ORG'), ('Lormières', 'LOC'), ('Paris', 'NONE');
SELECT start, len, surface, kind, norm
FROM fr_entities('Marc Tiberghien, directeur de Quorvane, a quitté Lormières et Paris.')
ORDER BY start;
-- matching ignores case and accents but a capitalised entry needs a capital
SELECT surface, kind FROM fr_entities('QUORVANE et quorvane, LORMIERES.');
-- fr_entities_builtin ignores the dictionary: unchanged output
SELECT count(*) AS differences FROM (
  (SELECT * FROM before_dict
   EXCEPT ALL
   SELECT * FROM fr_entities_builtin('Marc Tiberghien, directeur de Quorvane, a quitté Lormières et Paris.'))
  UNION ALL
  (SELECT * FROM fr_entities_builtin('Marc Tiberghien, directeur de Quorvane, a quitté Lormières et Paris.')
   EXCEPT ALL
   SELECT * FROM before_dict)) x;
-- changes take effect at once in this session, and after a delete
DELETE FROM fr_dictionary WHERE surface = 'Paris';
SELECT surface, kind FROM fr_entities('Il a quitté Paris.');
UPDATE fr_dictionary SET kind = 'PER' WHERE surface = 'Quorvane';
SELECT surface, kind FROM fr_entities('Ils ont vu Quorvane hier.');
-- bad kinds are refused by the table
INSERT INTO fr_dictionary VALUES ('Tartempion', 'PERSON');
INSERT INTO fr_dictionary VALUES ('  ', 'PER');
-- entries the tagger would ignore are refused (docs/limits.md): white space
-- the CHECK does not trim (tab, no-break space), more than 16 tokens
INSERT INTO fr_dictionary VALUES (E'\t' || chr(160), 'PER');
INSERT INTO fr_dictionary VALUES ('Un Deux Trois Quatre Cinq Six Sept Huit Neuf Dix Onze Douze Treize Quatorze Quinze Seize Dixsept', 'ORG');
UPDATE fr_dictionary SET surface = surface || repeat(' Bis', 20) WHERE surface = 'Quorvane';
-- 16 tokens is the longest entry, and it matches
INSERT INTO fr_dictionary VALUES ('Un Deux Trois Quatre Cinq Six Sept Huit Neuf Dix Onze Douze Treize Quatorze Quinze Seize', 'ORG');
SELECT surface, kind FROM fr_entities('On cite Un Deux Trois Quatre Cinq Six Sept Huit Neuf Dix Onze Douze Treize Quatorze Quinze Seize hier.');
-- the table is an extension configuration table (dumped by pg_dump)
SELECT c.relname FROM pg_extension x, unnest(x.extconfig) cfg(oid) JOIN pg_class c ON c.oid = cfg.oid
WHERE x.extname = 'frnews';
TRUNCATE fr_dictionary;
SELECT surface, kind FROM fr_entities('Ils ont vu Quorvane à Paris.');

-- declared properties of the functions
SELECT p.proname, p.provolatile, p.proparallel, p.proisstrict, p.procost, p.prorows,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
WHERE p.proname IN ('fr_entities', 'fr_entities_builtin', 'fr_annotate', 'fr_highlight', 'fr_dictionary_changed', 'fr_dictionary_check')
ORDER BY p.proname;

\set orig_db :DBNAME
-- a LATIN9 database: offsets count the database's characters
CREATE DATABASE frnews_ent_latin9 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c frnews_ent_latin9
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
SELECT e.start, e.len, e.surface, e.kind, e.norm,
       substr(d, e.start, e.len) = e.surface AS offsets_ok
FROM (VALUES ('À Besançon, l''équipe d''Œuvre Énergie SAS a accueilli Zoé Lefèvre-Bréhaut.')) v(d),
     fr_entities(d) e
ORDER BY e.start;
SELECT fr_highlight('À Besançon, Zoé Lefèvre-Bréhaut a souri.');
\c :orig_db
DROP DATABASE frnews_ent_latin9;

-- a place whose name begins with an article keeps it when written with a
-- capital ("Le Havre"); the contracted forms "du Havre", "au Havre" name Havre
SELECT start, len, surface, kind FROM fr_entities_builtin('Les dockers du Havre sont en grève. Le Havre est le premier port de France.');

-- fr_dictionary_distribute() is for Citus: without it, a clear error
SELECT fr_dictionary_distribute();
