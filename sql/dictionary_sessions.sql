-- The user dictionary and other sessions (review-m9): each backend keeps a
-- compiled copy of fr_dictionary, dropped when a change is committed.  A
-- statement reads the dictionary of its snapshot; once the transaction ends
-- the next one reads the committed table, never a copy kept from an older
-- snapshot.  The other session is a dblink connection to this database.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS frnews;
RESET client_min_messages;
CREATE EXTENSION dblink;
SELECT format('host=%s port=%s dbname=%s', split_part(current_setting('unix_socket_directories'), ',', 1),
	current_setting('port'), current_database()) AS other \gset
CREATE TEMP TABLE probe(x int);
CREATE FUNCTION ents(d text) RETURNS text LANGUAGE sql STABLE
AS $$ SELECT coalesce(string_agg(surface || ':' || kind, ', '), '-') FROM fr_entities(d) $$;
DELETE FROM fr_dictionary;
SELECT ents('Il vit à Paris.') AS before;
-- REPEATABLE READ: another session commits a change after the snapshot was
-- taken; the transaction reads the dictionary of its snapshot, and after
-- COMMIT the session sees the change (it used to keep the copy read with
-- the old snapshot until the next change: Paris stayed a LOC).
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT count(*) FROM probe;
SELECT dblink_exec(:'other', $$INSERT INTO fr_dictionary VALUES ('Paris', 'NONE')$$);
SELECT count(*) FROM probe;
SELECT ents('Il vit à Paris.') AS in_old_snapshot;
COMMIT;
SELECT ents('Il vit à Paris.') AS after_commit;
-- READ COMMITTED, in one transaction: the next statement sees the change.
BEGIN;
SELECT ents('Il vit à Paris.') AS rc_first;
SELECT dblink_exec(:'other', $$DELETE FROM fr_dictionary$$);
SELECT ents('Il vit à Paris.') AS rc_next_statement;
COMMIT;
-- A change committed while a statement runs: not seen by it, seen after.
SELECT i, ents('Il vit à Paris.') AS during
FROM (VALUES (1, ''), (2, dblink_exec(:'other', $$INSERT INTO fr_dictionary VALUES ('Paris', 'NONE')$$)), (3, '')) v(i, d)
ORDER BY i;
SELECT ents('Il vit à Paris.') AS after_statement;
-- The same in a transaction (review-m10): the copy read by the statement
-- above holds for its snapshot only; the next statement, whose snapshot
-- sees the change, reads the table again (it kept the old copy until COMMIT).
DELETE FROM fr_dictionary;
SELECT ents('Il vit à Paris.') AS rc_before;
BEGIN;
SELECT i, ents('Il vit à Paris.') AS rc_during
FROM (VALUES (1, ''), (2, dblink_exec(:'other', $$INSERT INTO fr_dictionary VALUES ('Paris', 'NONE')$$)), (3, '')) v(i, d)
ORDER BY i;
SELECT ents('Il vit à Paris.') AS rc_next_statement_sees_it;
COMMIT;
-- Savepoints: the session's own changes, rolled back or released.
BEGIN;
SAVEPOINT a;
UPDATE fr_dictionary SET kind = 'ORG';
SELECT ents('Il vit à Paris.') AS own_update;
ROLLBACK TO a;
SELECT ents('Il vit à Paris.') AS rolled_back;
SAVEPOINT b;
DELETE FROM fr_dictionary;
RELEASE b;
SELECT ents('Il vit à Paris.') AS released;
SAVEPOINT c;
INSERT INTO fr_dictionary VALUES ('Paris', 'MISC');
SELECT ents('Il vit à Paris.') AS own_insert;
SELECT 1 / 0;
ROLLBACK TO c;
SELECT ents('Il vit à Paris.') AS after_error;
ROLLBACK;
SELECT ents('Il vit à Paris.') AS all_rolled_back;
-- Parallel workers read the dictionary of the leader's snapshot, its own
-- uncommitted changes included.
DELETE FROM fr_dictionary;
CREATE TABLE par_docs AS
	SELECT i, 'Le maire de Paris était à Lormières le ' || i || ' mai.' AS body FROM generate_series(1, 2000) i;
ANALYZE par_docs;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
	THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END, 'on', false) IS NOT NULL AS parallel;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT kind, count(*) FROM par_docs, fr_entities(body) GROUP BY kind ORDER BY kind;
BEGIN;
INSERT INTO fr_dictionary VALUES ('Lormières', 'ORG');
SELECT kind, count(*) FROM par_docs, fr_entities(body) GROUP BY kind ORDER BY kind;
ROLLBACK;
SELECT dblink_exec(:'other', $$INSERT INTO fr_dictionary VALUES ('Lormières', 'ORG')$$);
SELECT kind, count(*) FROM par_docs, fr_entities(body) GROUP BY kind ORDER BY kind;
RESET ALL;
DELETE FROM fr_dictionary;
DROP TABLE par_docs;
DROP FUNCTION ents(text);
DROP EXTENSION dblink;
DROP EXTENSION frnews;
