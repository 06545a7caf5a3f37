-- Written forms of amounts, percentages and numbers of issue #12: codes
-- glued to the number, sub-units, English and informal names, qualifiers
-- and ranges in all their forms, signs, fractions, collective numbers, and
-- the explicit reading of ambiguous names.  Sentences written for these
-- tests; offsets hold (substr(doc, start, len) = surface).
-- Leave the extension as found: other files may expect it present or absent.
SELECT NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'frnews') AS frn_created \gset
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;

CREATE TABLE forms (id int PRIMARY KEY, doc text);
INSERT INTO forms VALUES
-- 1. codes and dollar symbols glued to the number
(1, 'Le billet coûte EUR12,50 à Paris, 12,50EUR en ligne, USD1.5 à New York et CHF100 à Genève.'),
(2, 'Prix : US$12, 12$US, C$ 5, A$10 et HK$3 ; la COP21 et la ALL4 ne sont pas des montants.'),
-- 2. sub-units after a code, a symbol or a name; a sub-unit alone with its currency
(3, 'Il a payé 4 USD et 75 centimes, puis 8 USD 40 cents, et son café 3 € 50.'),
(4, 'Un sandwich à 3 euros 50 ; à Londres, 10 livres 20 pence ; la hausse est de 23 centimes d’euro.'),
-- 3. English and informal names
(5, 'Le club a payé 50 pounds, puis 10 US dollars et 10 dollars US ; il doit 5 livres sterling.'),
(6, 'Pékin détient 3 000 milliards de billets verts ; le billet vaut 100 yuans ou 100 roubles.'),
(7, 'Il a misé 2 bitcoins et 20 balles ; elle a écrit 12 livres ; 528 millions de francs.'),
-- 4. qualifiers and ranges
(8, 'Le contrat vaut plus que 5 euros, au-dessus de 6 euros, moins que 7 euros, en-dessous de 8 euros et au-dessous de 9 euros.'),
(9, 'Il coûtera au bas mot 10 euros, 11 euros au bas mot, aux alentours de 12 euros, de l’ordre de 13 euros.'),
(10, 'Un peu plus de 14 euros, un peu moins de 15 euros, plus ou moins 16 euros, quasi 17 euros, à peine 18 euros.'),
(11, 'Le plan coûtera entre 3 et 4 milliards d’euros, de 3 à 4 milliards d’euros, 3 à 4 milliards d’euros, 3-4 milliards d’euros ou 3 ou 4 millions d’euros.'),
(12, 'Elle ne gagne plus que 5.000 euros, moins que les 9 milliards d’euros annoncés.'),
(13, 'Le taux atteint plus de 50 %, entre 2 et 3 %, de 2 à 3 points de pourcentage, au-dessus de 4 % et de l’ordre de 5 %.'),
-- 5. signs, collective numbers, digits with words
(14, 'Le solde est de moins 1200000 euros ; une dizaine de millions d’euros, des milliers d’euros et un millier de dollars.'),
(15, 'La commune a reçu 3 millions 200 000 euros et la moitié de 2 millions d’euros.');

SELECT f.id, a.start, a.len, a.surface, a.amount, a.qualifier
FROM forms f, fr_amounts(f.doc) a ORDER BY f.id, a.start;

SELECT f.id, x.start, x.len, x.surface, x.value, x.kind, x.qualifier
FROM forms f, fr_percents(f.doc) x ORDER BY f.id, x.start;

-- offsets: substr(doc, start, len) = surface for every row
SELECT bool_and(substr(f.doc, a.start, a.len) = a.surface) AS amounts_ok,
       (SELECT bool_and(substr(f2.doc, x.start, x.len) = x.surface)
        FROM forms f2, fr_percents(f2.doc) x) AS percents_ok
FROM forms f, fr_amounts(f.doc) a;

-- the ambiguous names, read when the caller names their currency
SELECT surface, amount FROM fr_amounts((SELECT doc FROM forms WHERE id = 7), 'USD',
                                       'balles=EUR, livre=GBP, franc=CHF');
SELECT surface, amount FROM fr_amounts('528 millions de francs, 20 francs suisses', 'USD', 'franc=XOF');
SELECT fr_parse_money('20 balles', 'USD', 'balle=EUR'), fr_parse_money('10 $ 50', 'CAD', '');
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE q;
	RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.err($$SELECT fr_parse_money('20 balles')$$);
SELECT pg_temp.err($$SELECT * FROM fr_amounts('20 balles', 'USD', 'balle=FRF')$$);
SELECT pg_temp.err($$SELECT * FROM fr_amounts('20 balles', 'USD', 'yen=JPY')$$);
SELECT pg_temp.err($$SELECT * FROM fr_amounts('20 balles', 'USD', 'balle EUR')$$);

-- fr_number: fractions are numerator::numeric / denominator, added exactly
SELECT s, fr_number(s)
FROM (VALUES ('moins 1200000'), ('- 1.200.000'), ('un quart'), ('trois quarts'), ('un tiers'),
             ('deux tiers'), ('la moitié'), ('un demi'), ('deux et demi'), ('cent trois et deux tiers'),
             ('cinq milliards et trois quarts'), ('trois cinquièmes'), ('un vingt-cinquième'),
             ('vingt et un cinquième'), ('une vingt et unième'), ('un sur trois'), ('1 sur 4'),
             ('une dizaine'), ('trois douzaines'), ('des milliers'), ('un millier'),
             ('une centaine de millions'), ('3 millions 200 000')) AS t(s);
SELECT fr_number('un tiers') = 1::numeric / 3 AS third, fr_number('deux tiers') = 2::numeric / 3 AS two_thirds,
       fr_number('cent trois et deux tiers') = 103 + 2::numeric / 3 AS mixed,
       fr_number('une vingt et unième') = 1::numeric / 21 AS twenty_first;
SELECT pg_temp.err($$SELECT fr_number('moins de zéro')$$);
SELECT pg_temp.err($$SELECT fr_number('une demi-heure')$$);
SELECT pg_temp.err($$SELECT fr_number('un troisième')$$);
SELECT pg_temp.err($$SELECT fr_number('trente 3')$$);

-- volatility and parallel safety of the new overloads
SELECT p.oid::regprocedure AS function, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'frnews'
WHERE p.proname IN ('fr_amounts', 'fr_parse_money') AND p.pronargs = 3
ORDER BY 1::text;

-- a LATIN9 database: offsets are counted in its characters
SELECT current_database() AS regress_db \gset
CREATE DATABASE frn_latin9_forms TEMPLATE template0 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C';
\c frn_latin9_forms
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
SELECT a.start, a.len, a.surface, a.amount, a.qualifier,
       substr(d, a.start, a.len) = a.surface AS ok
FROM (VALUES ('Été : près de 3 € 50, à peine 23 centimes d''euro, EUR12,50 et une dizaine d''euros.')) AS t(d),
     fr_amounts(d) a ORDER BY a.start;
\c :regress_db
DROP DATABASE frn_latin9_forms;

DROP TABLE forms;
\if :frn_created
DROP EXTENSION frnews;
\endif
