-- A trusted install: a role with CREATE on a database (no superuser)
-- installs frnews and maintains the user dictionary; another role reads it
-- but cannot change it until the owner grants it.
SELECT current_database() AS regress_db \gset
CREATE ROLE regress_frn_owner;
CREATE ROLE regress_frn_reader;
CREATE DATABASE frn_trusted;
GRANT CREATE ON DATABASE frn_trusted TO regress_frn_owner;
\c frn_trusted
SET ROLE regress_frn_owner;
CREATE SCHEMA news;
GRANT USAGE ON SCHEMA news TO PUBLIC;
CREATE EXTENSION frnews SCHEMA news;
SELECT extowner::regrole AS extension_owner FROM pg_extension WHERE extname = 'frnews';
SELECT relowner::regrole AS table_owner FROM pg_class WHERE oid = 'news.fr_dictionary'::regclass;
INSERT INTO news.fr_dictionary(surface, kind) VALUES ('Quorvane', 'ORG'), ('Lormières', 'PER');
UPDATE news.fr_dictionary SET kind = 'LOC' WHERE surface = 'Lormières';
SELECT surface, kind FROM news.fr_entities('Quorvane s''installe à Lormières.');
DELETE FROM news.fr_dictionary WHERE surface = 'Lormières';
SELECT surface, kind FROM news.fr_dictionary;
SET ROLE regress_frn_reader;
SELECT surface, kind FROM news.fr_dictionary;
SELECT surface, kind FROM news.fr_entities('Quorvane recrute.');
INSERT INTO news.fr_dictionary(surface, kind) VALUES ('Paris', 'NONE');
UPDATE news.fr_dictionary SET kind = 'PER';
DELETE FROM news.fr_dictionary;
TRUNCATE news.fr_dictionary;
SET ROLE regress_frn_owner;
GRANT INSERT ON news.fr_dictionary TO regress_frn_reader;
SET ROLE regress_frn_reader;
INSERT INTO news.fr_dictionary(surface, kind) VALUES ('Paris', 'NONE');
SET ROLE regress_frn_owner;
TRUNCATE news.fr_dictionary;
SELECT count(*) AS rows_left FROM news.fr_dictionary;
RESET ROLE;
\c :regress_db
DROP DATABASE frn_trusted;
-- A 0.5.0 install by the same role gets the grant from ALTER EXTENSION UPDATE.
CREATE DATABASE frn_trusted_upgrade;
GRANT CREATE ON DATABASE frn_trusted_upgrade TO regress_frn_owner;
\c frn_trusted_upgrade
SET ROLE regress_frn_owner;
CREATE SCHEMA news;
CREATE EXTENSION frnews SCHEMA news VERSION '0.5.0';
INSERT INTO news.fr_dictionary(surface, kind) VALUES ('Quorvane', 'ORG');
ALTER EXTENSION frnews UPDATE;
INSERT INTO news.fr_dictionary(surface, kind) VALUES ('Quorvane', 'ORG');
RESET ROLE;
\c :regress_db
DROP DATABASE frn_trusted_upgrade;
DROP ROLE regress_frn_owner;
DROP ROLE regress_frn_reader;
