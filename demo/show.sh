#!/usr/bin/env bash
# demo/show.sh — load demo/articles/*.txt into table articles(id, title, body)
# of the database that the libpq environment names (PGHOST, PGPORT,
# PGDATABASE...), where frnews is installed, then run demo/demo.sql.
# Called by demo/run.sh (throwaway cluster) and test/suites/demo.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

psql -X -q -v ON_ERROR_STOP=1 <<-'SQL'
	SET client_min_messages = warning;
	CREATE EXTENSION IF NOT EXISTS frnews;
	DROP TABLE IF EXISTS articles;
	CREATE TABLE articles (id text PRIMARY KEY, title text NOT NULL, body text NOT NULL);
SQL
# Title on the first line, a blank line, then the body.  psql quotes the
# values (:'var'), so any text is safe.
for f in demo/articles/*.txt; do
	psql -X -q -v ON_ERROR_STOP=1 -v id="$(basename "$f" .txt)" -v title="$(head -n 1 "$f")" \
		-v body="$(tail -n +3 "$f")" <<<"INSERT INTO articles VALUES (:'id', :'title', :'body');"
done
psql -X -v ON_ERROR_STOP=1 -f demo/demo.sql
