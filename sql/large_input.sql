-- A 50 MB text: bounded memory, linear time, and query cancel honoured.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
CREATE TEMP TABLE big AS SELECT repeat('L’économie française a progressé de 1,5 %. ', 1165000) AS doc;
SELECT octet_length(doc) > 50000000 AS over_50mb FROM big;
SELECT length(fr_normalize(doc)) FROM big;
SELECT count(*) FROM big, fr_sentences(doc);
-- statement_timeout interrupts a long tokenisation instead of being ignored
SET statement_timeout = '50ms';
SELECT count(*) FROM big, fr_tokens(doc);
RESET statement_timeout;
DROP TABLE big;
