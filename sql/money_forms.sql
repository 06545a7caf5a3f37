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
(15, 'La commune a reçu 3 millions 200 000 euros et la moitié de 2 millions d’euros.'),
-- 6. the currencies the euro replaced (ISO 4217 list three); plain marks stay unread, plain florins are money of no named currency
(16, 'En 1989, Nokia paie 420 millions de mark finlandais, la banque 250 millions de florins hollandais et 3 milliards de deutsche marks ; 10 000 francs français, 2 millions de lires italiennes, 1 000 pesetas, 30 marks et 10 florins.');

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
SELECT pg_temp.err($$SELECT * FROM fr_amounts('20 balles', 'USD', 'balle=SUR')$$);
-- plain francs read as the French franc on request
SELECT surface, amount FROM fr_amounts('528 millions de francs en 1989', 'USD', 'franc=FRF');

-- the codes of the euro's predecessors are money: input, output, binary, arithmetic
SELECT '420000000 FIM'::fr_money AS a, fr_money(12.5, 'FRF') AS b, '1 000 pesetas'::fr_money AS c,
       '10 DEM'::fr_money + '5 DEM'::fr_money AS sum_dem, fr_money_currency('3 ITL') AS cur;
CREATE TEMP TABLE old_money (m fr_money);
INSERT INTO old_money VALUES ('250000000 NLG'), ('0.5 FRF'), ('7 GRD');
COPY old_money TO '/tmp/frnews_regress_old_money.bin' WITH (FORMAT binary);
CREATE TEMP TABLE old_money2 (m fr_money);
COPY old_money2 FROM '/tmp/frnews_regress_old_money.bin' WITH (FORMAT binary);
SELECT m::text, m IN (SELECT m FROM old_money) AS same FROM old_money2 ORDER BY m;
SELECT pg_temp.err($$SELECT '1 SUR'::fr_money$$);
SELECT pg_temp.err($$SELECT '1 FRF'::fr_money + '1 EUR'::fr_money$$);

-- a document stored out of line (TOAST) is read alike when both functions
-- read the same row, one after the other, and after the row changes
CREATE TABLE toasty (id int PRIMARY KEY, doc text);
INSERT INTO toasty
SELECT k, string_agg(md5((k * 1000 + i)::text) || ' coûte ' || (k * 1000 + i) || ' euros, soit '
                     || (k + i) || ' %.', ' ')
FROM generate_series(1, 3) k, generate_series(1, 300) i GROUP BY k;
-- and two compressed in the row: equal stored bytes, equal text
INSERT INTO toasty SELECT k, repeat('Il coûte ' || k || ' euros, soit ' || k || ' %. ', 200)
FROM generate_series(4, 5) k;
SELECT id, octet_length(doc) > 5000 AS long, pg_column_size(doc) > 4000 AS out_of_line,
       pg_column_size(doc) < octet_length(doc) AS compressed
FROM toasty ORDER BY id;
CREATE TEMP TABLE toasty_want AS
SELECT id, (SELECT array_agg(amount ORDER BY start) FROM fr_amounts(doc || '')) AS amounts,
       (SELECT array_agg(value ORDER BY start) FROM fr_percents(doc || '')) AS percents
FROM toasty;
SELECT t.id,
       (SELECT array_agg(amount ORDER BY start) FROM fr_amounts(t.doc)) = w.amounts AS amounts_same,
       (SELECT array_agg(value ORDER BY start) FROM fr_percents(t.doc)) = w.percents AS percents_same,
       (SELECT count(*) FROM fr_amounts(t.doc)) AS amounts, (SELECT count(*) FROM fr_percents(t.doc)) AS percents
FROM toasty t JOIN toasty_want w USING (id) ORDER BY t.id;
BEGIN;
UPDATE toasty SET doc = replace(doc, 'euros', 'dollars') WHERE id = 2;
SELECT t.id, fr_money_currency((SELECT amount FROM fr_amounts(t.doc) LIMIT 1)) AS currency,
       (SELECT count(*) FROM fr_percents(t.doc)) AS percents
FROM toasty t ORDER BY t.id;
COMMIT;
DROP TABLE toasty;
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

-- the unit as written and the number in it, for every family of forms:
-- names, symbols, codes, sub-units alone, with their currency named and after
-- a unit, ranges, qualifiers; plain "francs" (pesos, dinars...): money in a
-- currency the text does not name, amount NULL
CREATE TABLE unit_forms (id int PRIMARY KEY, doc text);
INSERT INTO unit_forms VALUES
(1, 'Il doit 5 euros, 50 pounds, 100 renminbi, 3 milliards de billets verts et 10 US dollars.'),
(2, 'Prix : $75 millions, £ 8, 5 ₺, 7 $ CAD, US$12, CHF 100, 3 IEP, 10 XDR, EUR12,50.'),
(3, 'Un timbre à 50 cents, puis 1,20 cents ; 470 pence, un penny, 197 centimes, 6,65 milliards de pesewas.'),
(4, 'La baguette prend 23 centimes d’euro, le café 12 cents de dollar canadien.'),
(5, 'Il a payé 4 USD et 75 centimes, 3 € 50, 10 livres 20 pence et 10 francs 50.'),
(6, 'Le projet coûtera entre 3 et 4 millions de francs, le timbre de 10 à 12 cents.'),
(7, 'Il touche près de 50 cents, plus de 2 millions de pesos et environ 3 000 CHF.'),
(8, 'En 1989, une offre de 528 millions de francs ; le 1 janvier 1990 à 1015 francs une part.'),
(9, 'Il a misé 20 balles, écrit 12 livres, vu 30 marks, 8 lires, trois couronnes, 2 bitcoins, un franc succès.');

SELECT f.id, a.surface, a.amount, a.qualifier, a.unit, a.unit_value,
       substr(f.doc, a.start, a.len) = a.surface AS ok
FROM unit_forms f, fr_amounts(f.doc) a ORDER BY f.id, a.start;

-- the explicit reading gives plain francs a currency; the unit stays as written
SELECT a.surface, a.amount, a.unit, a.unit_value
FROM unit_forms f, fr_amounts(f.doc, 'USD', 'franc=FRF, balle=EUR') a
WHERE f.id IN (8, 9) ORDER BY f.id, a.start;

-- sums are as before: an amount in an unnamed currency is NULL, which
-- aggregates skip; fr_money needs a currency
SELECT fr_money_currency(a.amount) AS currency, sum(a.amount), count(a.amount), count(*) AS rows
FROM unit_forms f, fr_amounts(f.doc) a GROUP BY 1 ORDER BY 1;
SELECT fr_parse_money('528 millions de francs');
SELECT fr_parse_money('528 millions de francs', 'USD', 'franc=FRF');

-- fr_annotate: MONEY spans carry unit and unit_value; value and currency
-- only when the text names the currency
SELECT jsonb_pretty(fr_annotate('Le timbre passe à 50 cents, le bail à 528 millions de francs.'));
DROP TABLE unit_forms;

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
SELECT a.start, a.len, a.surface, a.amount, a.qualifier, a.unit, a.unit_value,
       substr(d, a.start, a.len) = a.surface AS ok
FROM (VALUES ('Été : près de 3 € 50, à peine 23 centimes d''euro, EUR12,50 et une dizaine d''euros ; '
              'à Genève, entre 3 et 4 millions de francs, 470 pence, £ 8.')) AS t(d),
     fr_amounts(d) a ORDER BY a.start;
\c :regress_db
DROP DATABASE frn_latin9_forms;

DROP TABLE forms;
\if :frn_created
DROP EXTENSION frnews;
\endif
