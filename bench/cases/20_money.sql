-- Money and percentages (issue 3): both together at least 15× to_tsvector.
-- Format (see bench/run.sh): label | flags | SQL expression over body
fr_amounts              |        | (SELECT count(*) FROM fr_amounts(body))
fr_percents             |        | (SELECT count(*) FROM fr_percents(body))
fr_amounts + fr_percents | min=15 | (SELECT count(*) FROM fr_amounts(body)) + (SELECT count(*) FROM fr_percents(body))
