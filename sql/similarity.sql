-- fr_sig: signatures, similarity operators, GIN and GiST indexes.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
SET extra_float_digits = 0;

-- The operator classes are valid and are the defaults of their methods.
SELECT c.opcname, a.amname, c.opcdefault, amvalidate(c.oid)
FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
WHERE c.opcname LIKE 'fr_sig%' ORDER BY 1;

-- The words a signature is built from: folded, stemmed, stop words dropped,
-- numbers reduced to digits.
SELECT fr_sig_words('L’Élysée a annoncé mercredi « 839.000 euros » pour les retraités.');
SELECT fr_sig_words('L''Elysee a annonce mercredi "839 000 euros" pour les retraites.');

-- Accents, apostrophes, guillemets, case, spaces and stop words do not matter.
SELECT fr_similarity('L’Élysée a annoncé mercredi une réforme des retraites.',
                     'l''elysee  a annonce MERCREDI la reforme de retraites');
-- Nor does the order of sentences.
SELECT fr_similarity('La grève touche la SNCF. Le gouvernement reçoit les syndicats lundi.',
                     'Le gouvernement reçoit les syndicats lundi. La grève touche la SNCF.');
-- Unrelated texts.
SELECT fr_similarity('La grève touche la SNCF depuis mardi.',
                     'Le club lyonnais a remporté le match de championnat.');

-- Empty text and texts without French words have the empty signature,
-- which resembles only itself.
SELECT fr_signature(''), fr_signature('le la les des'), fr_signature(' !? … « » ');
SELECT fr_similarity(fr_signature(''), fr_signature('et de la')) AS empty_empty,
       fr_similarity(fr_signature(''), fr_signature('réforme')) AS empty_word,
       fr_signature('') <-> fr_signature('réforme') AS distance;

-- Long texts are read in bounded chunks: a 5 MB repetition of one sentence
-- has the signature of the sentence.
SELECT fr_signature(repeat('La grève touche la SNCF depuis mardi. ', 130000))::text
	= fr_signature('La grève touche la SNCF depuis mardi.')::text AS same_features;

-- A single-byte (LATIN9) database computes the same signatures.
SELECT fr_signature('L''Élysée a reçu « 839.000 euros » ; Œuvre d''art.')::text AS utf8_sig \gset
\set here :DBNAME
CREATE DATABASE frnews_sim_latin9 ENCODING 'LATIN9' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c frnews_sim_latin9
SET client_encoding = 'UTF8';
CREATE EXTENSION frnews;
SELECT fr_signature('L''Élysée a reçu « 839.000 euros » ; Œuvre d''art.')::text = :'utf8_sig' AS same_in_latin9,
	fr_sig_words('L''Élysée a reçu « 839.000 euros » ; Œuvre d''art.');
\c :here
DROP DATABASE frnews_sim_latin9;

-- Text form: version, slot count, 4 hex digits per slot; it round-trips.
SELECT s::text ~ '^v1/16/[0-9a-f]{64}$' AS readable, s::text::fr_sig::text = s::text AS round_trip
FROM (SELECT fr_signature('La réforme des retraites est adoptée.', 16) AS s) t;
SELECT 'v1/16/empty'::fr_sig, '  v1/16/000100020003000400050006000700080009000a000b000c000d000e000F0010 '::fr_sig;
SELECT fr_signature('réforme', 8);
SELECT 'v1/16/zz'::fr_sig;
SELECT 'v2/16/empty'::fr_sig;
SELECT 'v1/24/empty'::fr_sig;
SELECT 'v1/16/000100020003'::fr_sig;
SELECT 'v1/16/0000000200030004000500060007000800090010001100120013001400150016'::fr_sig;
SELECT 'fr_sig'::fr_sig;

-- Equality and hashing: exact duplicates group together.
SELECT fr_signature('La grève. Le train.') = fr_signature('Le train. La grève.') AS same,
	fr_signature('La grève.') <> fr_signature('La grève.', 16) AS different_slots;
SELECT count(*) AS distinct_signatures FROM (SELECT DISTINCT s FROM (VALUES (fr_signature('a b')),
	(fr_signature('la grève')), (fr_signature('La GRÈVE')), (fr_signature(''))) v(s)) d;

-- Signatures with different parameters cannot be compared.
SELECT fr_similarity(fr_signature('réforme', 16), fr_signature('réforme'));
SELECT fr_signature('réforme', 64) <-> fr_signature('réforme', 32);

-- Binary COPY round trip, and corrupted binary input is refused.
CREATE TEMP TABLE sigs (id int, s fr_sig);
INSERT INTO sigs VALUES (1, fr_signature('La réforme des retraites est adoptée.')),
	(2, fr_signature('')), (3, fr_signature('Grève à la SNCF.', 16)), (4, NULL);
COPY sigs TO PROGRAM 'cat > /tmp/frnews_similarity_regress.bin' WITH (FORMAT binary);
CREATE TEMP TABLE sigs2 (id int, s fr_sig);
COPY sigs2 FROM PROGRAM 'cat /tmp/frnews_similarity_regress.bin && rm -f /tmp/frnews_similarity_regress.bin' WITH (FORMAT binary);
SELECT a.id, a.s::text IS NOT DISTINCT FROM b.s::text AS same FROM sigs a JOIN sigs2 b USING (id) ORDER BY 1;
CREATE TEMP TABLE onesig (s fr_sig);
-- a valid 16-slot value: version 1, flags 0, 16 slots 0x0001..0x0010
COPY onesig FROM PROGRAM 'printf "PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\044\001\000\000\020\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\010\000\011\000\012\000\013\000\014\000\015\000\016\000\017\000\020\377\377"' WITH (FORMAT binary);
SELECT s FROM onesig;
-- version 2
COPY onesig FROM PROGRAM 'printf "PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\044\002\000\000\020\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\010\000\011\000\012\000\013\000\014\000\015\000\016\000\017\000\020\377\377"' WITH (FORMAT binary);
-- reserved flags set
COPY onesig FROM PROGRAM 'printf "PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\044\001\200\000\020\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\010\000\011\000\012\000\013\000\014\000\015\000\016\000\017\000\020\377\377"' WITH (FORMAT binary);
-- 17 slots announced
COPY onesig FROM PROGRAM 'printf "PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\044\001\000\000\021\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\010\000\011\000\012\000\013\000\014\000\015\000\016\000\017\000\020\377\377"' WITH (FORMAT binary);
-- truncated: 15 slots for 16
COPY onesig FROM PROGRAM 'printf "PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\042\001\000\000\020\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\010\000\011\000\012\000\013\000\014\000\015\000\016\000\017\377\377"' WITH (FORMAT binary);
-- a zero slot in a non-empty signature
COPY onesig FROM PROGRAM 'printf "PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\044\001\000\000\020\000\000\000\002\000\003\000\004\000\005\000\006\000\007\000\010\000\011\000\012\000\013\000\014\000\015\000\016\000\017\000\020\377\377"' WITH (FORMAT binary);
SELECT count(*) FROM onesig;

-- The threshold setting and the per-query form.
SHOW frnews.similarity_threshold;
SET frnews.similarity_threshold = 1.5;
SELECT fr_sig_query(fr_signature('réforme'), 1.5);
SELECT fr_signature('réforme') % fr_sig_query(fr_signature('réforme'), 'NaN');
SELECT fr_signature('réforme') % ROW(fr_signature('réforme'), NULL)::fr_sig_query;
SELECT (fr_sig_query(fr_signature('réforme'), 0.7)).threshold;

-- A collection of articles written for this test: 12 stories, each told in
-- several articles built from its sentences, plus edited copies (a sentence
-- dropped, accents removed, a word changed).  Query values come from
-- subqueries so that plans do not print signatures.
CREATE TABLE sim_articles (id int PRIMARY KEY, story int, body text, sig fr_sig);
WITH sentences(story, n, s) AS (VALUES
	(1, 1, 'La SNCF annonce une grève reconductible à partir de mardi sur les lignes du Sud-Est.'),
	(1, 2, 'Les syndicats réclament une hausse des salaires de 6 % et l’embauche de 2 000 contrôleurs.'),
	(1, 3, 'Le ministre des Transports appelle « au sens des responsabilités » avant les vacances.'),
	(1, 4, 'Les usagers de Marseille et de Nice devront prévoir des trajets de remplacement en car.'),
	(2, 1, 'Le tribunal administratif de Lyon a suspendu l’arrêté municipal interdisant la mendicité.'),
	(2, 2, 'Une association de défense des droits de l’homme avait saisi le juge des référés.'),
	(2, 3, 'La mairie étudie un recours devant le Conseil d’État, selon son adjoint à la sécurité.'),
	(2, 4, 'Le jugement au fond est attendu dans un délai de six mois.'),
	(3, 1, 'Airbus a livré 735 appareils l’an dernier, un record depuis la création de l’avionneur.'),
	(3, 2, 'Le constructeur européen prévoit d’augmenter les cadences de production de l’A320.'),
	(3, 3, 'Les difficultés d’approvisionnement en moteurs pèsent toujours sur les chaînes de Toulouse.'),
	(3, 4, 'Son chiffre d’affaires progresse de 11 % à 65,4 milliards d’euros.'),
	(4, 1, 'Des pluies torrentielles ont provoqué des inondations dans le Gard et l’Hérault.'),
	(4, 2, 'Météo-France a placé quatre départements en vigilance rouge jusqu’à jeudi matin.'),
	(4, 3, 'Les pompiers ont procédé à plus de 300 interventions pendant la nuit.'),
	(4, 4, 'Plusieurs écoles resteront fermées et les routes départementales sont coupées.'),
	(5, 1, 'Le Stade toulousain a remporté la finale du championnat face à La Rochelle.'),
	(5, 2, 'Les Rouge et Noir décrochent ainsi leur vingt-deuxième titre de champion de France.'),
	(5, 3, 'L’ouvreur a inscrit dix-huit points au pied devant 80 000 spectateurs au Stade de France.'),
	(5, 4, 'L’entraîneur a salué « un groupe qui n’a jamais renoncé » malgré les blessures.'),
	(6, 1, 'L’inflation a ralenti à 4,9 % sur un an en octobre, selon l’Insee.'),
	(6, 2, 'Les prix de l’énergie reculent tandis que ceux de l’alimentation restent élevés.'),
	(6, 3, 'La Banque centrale européenne maintient ses taux directeurs inchangés.'),
	(6, 4, 'Les économistes anticipent un retour progressif vers 2 % d’ici la fin de l’année prochaine.'),
	(7, 1, 'Un incendie s’est déclaré dans un entrepôt logistique de la zone industrielle de Rouen.'),
	(7, 2, 'La préfecture a demandé aux riverains de fermer leurs fenêtres par précaution.'),
	(7, 3, 'Aucune victime n’est à déplorer, mais le bâtiment de 12 000 mètres carrés est détruit.'),
	(7, 4, 'Une enquête a été ouverte pour déterminer l’origine du sinistre.'),
	(8, 1, 'Le Parlement a adopté définitivement le projet de loi sur l’immigration.'),
	(8, 2, 'Le texte durcit les conditions du regroupement familial et des aides sociales.'),
	(8, 3, 'L’opposition de gauche annonce la saisine du Conseil constitutionnel.'),
	(8, 4, 'Plusieurs présidents de département refusent d’appliquer certaines mesures.'),
	(9, 1, 'La Commission européenne inflige une amende de 1,8 milliard d’euros à Apple.'),
	(9, 2, 'Bruxelles reproche au groupe américain d’avoir entravé la concurrence des services de musique.'),
	(9, 3, 'L’entreprise de Cupertino a annoncé qu’elle ferait appel de la décision.'),
	(9, 4, 'La procédure avait été ouverte après une plainte de Spotify en 2019.'),
	(10, 1, 'Des chercheurs de l’Inserm ont identifié un marqueur précoce de la maladie d’Alzheimer.'),
	(10, 2, 'L’étude a suivi 1 200 patients pendant dix ans dans quatre centres hospitaliers.'),
	(10, 3, 'Le test sanguin pourrait permettre un diagnostic plusieurs années avant les symptômes.'),
	(10, 4, 'Les auteurs appellent à la prudence avant toute utilisation clinique.'),
	(11, 1, 'Le festival d’Avignon s’ouvre samedi avec une création de la metteuse en scène invitée.'),
	(11, 2, 'Plus de 40 spectacles sont programmés dans la cour d’honneur et les lieux du Off.'),
	(11, 3, 'La billetterie affiche déjà complet pour la plupart des représentations.'),
	(11, 4, 'La direction promet une édition tournée vers les jeunes compagnies.'),
	(12, 1, 'Le prix du blé a bondi de 8 % sur le marché à terme d’Euronext.'),
	(12, 2, 'Les céréaliers français redoutent une récolte réduite par la sécheresse du printemps.'),
	(12, 3, 'Les exportations vers l’Afrique du Nord pourraient ralentir cet été.'),
	(12, 4, 'Le ministère de l’Agriculture réunira la filière la semaine prochaine.')
),
-- article a of story st: three of its four sentences in an order that
-- depends on a, and one sentence naming the edition
articles AS (
	SELECT st.story, a,
		(SELECT string_agg(s, ' ' ORDER BY (n * (a + 1)) % 5)
		 FROM sentences x WHERE x.story = st.story AND x.n <> a % 4 + 1) ||
		' Édition numéro ' || a || ' du journal régional.' AS body
	FROM (SELECT DISTINCT story FROM sentences) st, generate_series(1, 8) a
)
INSERT INTO sim_articles (id, story, body)
SELECT row_number() OVER (ORDER BY story, a), story, body FROM articles;
-- edited copies of the first article of each story
INSERT INTO sim_articles (id, story, body)
SELECT 1000 + id, story,
	replace(translate(regexp_replace(body, '^[^.]*\.', ''), 'éèêàçôî’', 'eeeacoi'''), 'depuis', 'après')
FROM sim_articles WHERE id % 8 = 1;
UPDATE sim_articles SET sig = fr_signature(body);
ANALYZE sim_articles;
-- The query signature of the plans shown: a function call prints alike on
-- every server version (the parameter of a subquery's InitPlan does not).
CREATE FUNCTION sim_sig(int) RETURNS fr_sig STABLE LANGUAGE sql AS 'SELECT sig FROM sim_articles WHERE id = $1';
SELECT count(*), count(DISTINCT sig::text) FROM sim_articles;

-- Copies resemble their original, other stories do not.
SELECT a.id, round(fr_similarity(a.sig, b.sig)::numeric, 2) >= 0.6 AS copy_similar,
	(SELECT max(fr_similarity(a.sig, c.sig)) FROM sim_articles c WHERE c.story <> a.story) < 0.5 AS others_far
FROM sim_articles a JOIN sim_articles b ON b.id = a.id - 1000 ORDER BY 1;

-- Queries with and without index give the same rows.
CREATE TABLE sim_results (method text, query int, threshold float4, ids int[]);
CREATE FUNCTION sim_run(method text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE t float4;
BEGIN
	FOREACH t IN ARRAY ARRAY[0.3, 0.5, 0.6, 0.75, 0.9, 1.0]::float4[] LOOP
		INSERT INTO sim_results
		SELECT method, q.id, t,
			(SELECT array_agg(a.id ORDER BY a.id) FROM sim_articles a
			 WHERE a.sig % fr_sig_query(q.sig, t))
		FROM sim_articles q WHERE q.id % 5 = 1;
		PERFORM set_config('frnews.similarity_threshold', t::text, true);
		INSERT INTO sim_results
		SELECT method || ' guc', q.id, t,
			(SELECT array_agg(a.id ORDER BY a.id) FROM sim_articles a WHERE a.sig % q.sig)
		FROM sim_articles q WHERE q.id % 5 = 1;
	END LOOP;
END $$;
SET enable_indexscan = off; SET enable_bitmapscan = off;
SELECT sim_run('seqscan');
CREATE INDEX sim_articles_gin ON sim_articles USING gin (sig);
CREATE INDEX sim_articles_gist ON sim_articles USING gist (sig);
RESET enable_indexscan; RESET enable_bitmapscan; SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM sim_articles WHERE sig % sim_sig(1);
EXPLAIN (COSTS OFF) SELECT id FROM sim_articles WHERE sig % fr_sig_query(sim_sig(1), 0.8);
BEGIN;
SELECT sim_run('gin');
COMMIT;
SELECT s.threshold, count(*) AS queries, sum(cardinality(s.ids)) AS rows_found,
	count(*) FILTER (WHERE s.ids IS DISTINCT FROM g.ids) AS differences
FROM sim_results s JOIN sim_results g ON g.query = s.query AND g.threshold = s.threshold
	AND g.method = replace(s.method, 'seqscan', 'gin')
WHERE s.method LIKE 'seqscan%' GROUP BY 1 ORDER BY 1;

-- KNN: the GiST index returns the same distances in the same order as a sort.
EXPLAIN (COSTS OFF) SELECT id FROM sim_articles ORDER BY sig <-> sim_sig(1) LIMIT 10;
CREATE TABLE knn_results (method text, query int, dists float4[], first int);
INSERT INTO knn_results
SELECT 'gist', q.id, (SELECT array_agg(d ORDER BY d) FROM (SELECT a.sig <-> q.sig AS d FROM sim_articles a ORDER BY a.sig <-> q.sig LIMIT 10) k),
	(SELECT a.id FROM sim_articles a WHERE a.id <> q.id ORDER BY a.sig <-> q.sig LIMIT 1)
FROM sim_articles q WHERE q.id % 3 = 0 OR q.id > 1000;
RESET enable_seqscan; SET enable_indexscan = off; SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM sim_articles ORDER BY sig <-> sim_sig(1) LIMIT 10;
INSERT INTO knn_results
SELECT 'sort', q.id, (SELECT array_agg(d ORDER BY d) FROM (SELECT a.sig <-> q.sig AS d FROM sim_articles a ORDER BY a.sig <-> q.sig LIMIT 10) k),
	(SELECT a.id FROM sim_articles a WHERE a.id <> q.id ORDER BY a.sig <-> q.sig, a.id LIMIT 1)
FROM sim_articles q WHERE q.id % 3 = 0 OR q.id > 1000;
RESET enable_indexscan; RESET enable_bitmapscan;
SELECT count(*) AS queries, count(*) FILTER (WHERE g.dists <> s.dists) AS differences
FROM knn_results g JOIN knn_results s USING (query) WHERE g.method = 'gist' AND s.method = 'sort';
-- the nearest neighbour of every edited copy is its original
SELECT query, first FROM knn_results WHERE method = 'gist' AND query > 1000 ORDER BY 1;

-- Indexes filled by insertion (GiST penalty and picksplit, GIN pending
-- list) answer like the sorted and bulk builds.
CREATE TABLE sim_inserted (id int, sig fr_sig);
CREATE INDEX ON sim_inserted USING gist (sig);
CREATE INDEX ON sim_inserted USING gin (sig);
INSERT INTO sim_inserted SELECT id, sig FROM sim_articles ORDER BY md5(id::text);
SET enable_seqscan = off;
SELECT count(*) AS knn_queries, count(*) FILTER (WHERE k.dists <> (SELECT array_agg(d ORDER BY d)
	FROM (SELECT i.sig <-> q.sig AS d FROM sim_inserted i ORDER BY i.sig <-> q.sig LIMIT 10) x)) AS differences
FROM sim_articles q JOIN knn_results k ON k.query = q.id AND k.method = 'sort';
SELECT count(*) AS pct_queries, count(*) FILTER (WHERE r.ids IS DISTINCT FROM (SELECT array_agg(i.id ORDER BY i.id)
	FROM sim_inserted i WHERE i.sig % fr_sig_query(q.sig, r.threshold))) AS differences
FROM sim_articles q JOIN sim_results r ON r.query = q.id AND r.method = 'seqscan';
EXPLAIN (COSTS OFF) SELECT id FROM sim_inserted ORDER BY sig <-> sim_sig(1) LIMIT 10;
EXPLAIN (COSTS OFF) SELECT id FROM sim_inserted WHERE sig % sim_sig(1);
RESET enable_seqscan;

-- A column mixing slot counts: through GIN (the bulk build and the pending
-- list), % raises the error a sequential scan raises instead of silently
-- never finding the rows of the other count.
CREATE TABLE sim_mixed (id int, sig fr_sig);
INSERT INTO sim_mixed SELECT id, sig FROM sim_articles;
INSERT INTO sim_mixed VALUES (0, fr_signature('La grève touche la SNCF.', 64));
CREATE INDEX sim_mixed_gin ON sim_mixed USING gin (sig);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM sim_mixed WHERE sig % sim_sig(1);
SELECT id FROM sim_mixed WHERE sig % sim_sig(1);
SELECT id FROM sim_mixed WHERE sig % fr_sig_query(fr_signature('La grève touche la SNCF.', 64), 0.9);
DELETE FROM sim_mixed WHERE id = 0;
SELECT count(*) AS one_slot_count_again FROM sim_mixed WHERE sig % sim_sig(1);
INSERT INTO sim_mixed VALUES (0, fr_signature('La grève touche la SNCF.', 1024));
SELECT id FROM sim_mixed WHERE sig % sim_sig(1);
RESET enable_seqscan;
SET enable_bitmapscan = off;
SELECT id FROM sim_mixed WHERE sig % sim_sig(1);
RESET enable_bitmapscan;
DROP TABLE sim_mixed;

-- Related articles: words and shared entities.
SELECT round(fr_related(fr_signature('Emmanuel Macron reçoit Olaf Scholz à Paris.'),
                        fr_signature('Olaf Scholz rencontre Emmanuel Macron à Berlin.'),
                        '{emmanuel macron,olaf scholz,paris}', '{olaf scholz,emmanuel macron,berlin}')::numeric, 3) AS related,
       round(fr_similarity('Emmanuel Macron reçoit Olaf Scholz à Paris.',
                           'Olaf Scholz rencontre Emmanuel Macron à Berlin.')::numeric, 3) AS words_only;
SELECT fr_related(fr_signature('a'), fr_signature('a'), '{}', '{}') AS no_entities,
       fr_related(fr_signature('réforme'), fr_signature('réforme'), '{x}', '{y}', 1) AS entities_only;
SELECT fr_related(fr_signature('a'), fr_signature('a'), '{}', '{}', 2);

DROP TABLE sim_articles, sim_results, knn_results, sim_inserted;
DROP FUNCTION sim_run(text), sim_sig(int);

-- Both settings survive a SET made before the module is loaded (a new
-- session; Citus workers receive SET LOCAL first thing).
\c
SET frnews.similarity_threshold = 0.3;
SET frnews.dollar_currency = 'CAD';
SELECT fr_similarity('a', 'a');
SHOW frnews.similarity_threshold;
SHOW frnews.dollar_currency;
