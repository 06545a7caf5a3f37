-- fr_amounts, fr_percents and fr_number on press-style sentences written
-- for these tests; offsets hold (substr(doc, start, len) = surface), also in
-- a LATIN9 database.
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

CREATE TABLE press (id int PRIMARY KEY, doc text);
INSERT INTO press VALUES
(1, 'Le groupe lyonnais a annoncé jeudi un chiffre d’affaires de 5,93 milliards d’euros pour 2023, en hausse de 4,2 % sur un an, et vise plus de 6 milliards l’an prochain.'),
(2, 'Selon Bercy, le plan de relance coûtera entre 10 et 12 milliards d’euros, soit près de 0,5 point de PIB.'),
(3, 'Le titre a chuté de 18 % mardi à la Bourse de Paris, tandis que le CAC 40 perdait 52 points.'),
(4, 'La BCE a relevé ses taux directeurs de 25 points de base, à 4 %, et l’inflation a reculé de 0,3 point en un mois.'),
(5, 'Le rachat, estimé à 1,2 Md$ (environ 1,1 Md€), a été validé par Bruxelles.'),
(6, 'Il touchera une prime de 3 000 € brut, pas moins de 15 % de son salaire annuel, et au moins 250 000 francs suisses en actions.'),
(7, 'Une voiture 100 % électrique coûte en moyenne 35 000 euros, contre 27 500 euros pour une thermique, et 100 % des aides vont aux ménages.'),
(8, 'Les ventes ont progressé de 10 à 12 % au premier semestre, à quelque 800 millions de dollars.'),
(9, 'La dette atteint quatre-vingt-dix-sept milliards de francs CFA, soit 16 pour cent du PIB.'),
(10, 'Le ticket de métro passe de 2,10 € à 2,50 € ; le pass Navigo dépasse 86 euros.'),
(11, 'Londres a débloqué £ 8,5 millions, et Tokyo une aide de 45 000 yens par foyer.'),
(12, 'Coût du projet : un milliard et demi d’euros, dont moins de 5 % financés par l’État.'),
(13, '« Nous visons 2 % de croissance », a déclaré la ministre, qui table sur un déficit de 4,4 % et une dette de 3 101 milliards d’euros.'),
(14, 'Il a payé 3 euros et 50 centimes son café ; son voisin, 15 dollars 15 cents.'),
(15, 'Voir https://exemple.fr/taux?val=30%25 pour le détail : 30 % des ménages n’ont plus de 500 euros d’épargne.'),
(16, 'Le chômage a baissé de 0,2 point de pourcentage, à 7,3 %, et la croissance a atteint -0,4 % puis +0,1 %.'),
(17, 'Montant du contrat : 12’500 CHF, soit environ 13 000 € ; jusqu’à 20 millions de dollars américains.'),
(18, 'Le fonds a levé 300 k€ puis 2 M€ ; la start-up vaut désormais 10 Md€, à peine 2 % de son concurrent.'),
(19, 'En 2019, 12 % des Français ; les années 2010-2020 ont vu le taux passer de 2 à 3 %.'),
(20, 'Le contrat, de 5 à 6 milliards de dollars selon les sources, sera signé à Ottawa pour 500 M$.');

SELECT p.id, a.start, a.len, a.surface, a.amount, a.qualifier
FROM press p, fr_amounts(p.doc) a ORDER BY p.id, a.start;

SELECT p.id, x.start, x.len, x.surface, x.value, x.kind, x.qualifier
FROM press p, fr_percents(p.doc) x ORDER BY p.id, x.start;

-- offsets: substr(doc, start, len) = surface for every row
SELECT bool_and(substr(p.doc, a.start, a.len) = a.surface) AS amounts_ok,
       (SELECT bool_and(substr(p2.doc, x.start, x.len) = x.surface)
        FROM press p2, fr_percents(p2.doc) x) AS percents_ok
FROM press p, fr_amounts(p.doc) a;

-- a bare "$": the setting, or the explicit argument of the IMMUTABLE overload
SET frnews.dollar_currency = 'CAD';
SELECT surface, amount FROM fr_amounts((SELECT doc FROM press WHERE id = 20));
RESET frnews.dollar_currency;
SELECT surface, amount FROM fr_amounts((SELECT doc FROM press WHERE id = 20), 'CAD');
SELECT * FROM fr_amounts('10 $', 'cad');

-- total: amounts per currency across the articles
SELECT fr_money_currency(a.amount) AS cur, sum(a.amount), count(*)
FROM press p, fr_amounts(p.doc) a WHERE a.qualifier IS DISTINCT FROM 'from'
GROUP BY 1 ORDER BY 1;

-- edge inputs
SELECT count(*) FROM fr_amounts('');
SELECT count(*) FROM fr_percents(repeat('% ', 1000));
SELECT count(*) FROM fr_amounts(repeat('12 € ', 10000));
SELECT count(*) FROM fr_percents(repeat('9', 100) || ' %');
SELECT * FROM fr_amounts(NULL);

-- fr_number
SELECT s, fr_number(s)
FROM (VALUES ('quatre-vingt-dix-sept'), ('2,5 Mds'), ('12.500,75'), ('deux millions trois cent mille'),
             ('-4,2'), ('un milliard et demi'), ('1,5 million'), ('septante-deux'), ('huitante'),
             ('nonante-neuf'), ('soixante et onze'), ('quatre-vingts'), ('mille milliards'),
             ('deux cent mille'), ('vingt et un'), ('1 234 567'), (E'1\u202f234\u202f567,89'),
             ('94.000'), ('0.5'), ('3 millions et demi'), ('un demi-million'), ('zéro'),
             ('deux cent virgule cinquante deux'), ('dix milliards'), ('1 billion'), ('  12  ')) AS t(s);
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.err($$SELECT fr_number('trois quatre')$$);
SELECT pg_temp.err($$SELECT fr_number('douze euros')$$);
SELECT pg_temp.err($$SELECT fr_number('')$$);
SELECT pg_temp.err($$SELECT fr_number(repeat('9', 50))$$);
SELECT fr_number('beaucoup');

-- volatility and parallel safety as declared
SELECT p.oid::regprocedure AS function, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
WHERE p.proname IN ('fr_amounts', 'fr_percents', 'fr_number', 'fr_parse_money', 'fr_money_in', 'fr_percent_in')
ORDER BY 1::text;

-- a LATIN9 database: offsets are counted in its characters
SELECT current_database() AS regress_db \gset
CREATE DATABASE frn_latin9 TEMPLATE template0 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C';
\c frn_latin9
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
CREATE TABLE l9 (doc text);
INSERT INTO l9 VALUES ('L''État a versé près de 1,5 milliard d''euros, soit 12 % de plus, à « l''économie » : 3 000 € par ménage et 250 M€ à la SNCF.'),
                      (E'Prix : 45\u00a0€ ; hausse de 7,5\u00a0% ; œuvre vendue 2 millions de dollars.');
SELECT a.start, a.len, a.surface, a.amount, a.qualifier, substr(l9.doc, a.start, a.len) = a.surface AS ok
FROM l9, fr_amounts(l9.doc) a ORDER BY l9.doc, a.start;
SELECT x.start, x.len, x.surface, x.value, substr(l9.doc, x.start, x.len) = x.surface AS ok
FROM l9, fr_percents(l9.doc) x ORDER BY l9.doc, x.start;
SELECT '10 €'::fr_money, fr_number('quatre-vingt-dix-sept');
\c :regress_db
DROP DATABASE frn_latin9;

DROP TABLE press;
\if :frn_created
DROP EXTENSION frnews;
\endif
