-- Money and percentages (see docs/money.md).  bench/amounts.sh compares
-- fr_amounts + fr_percents with to_tsvector('french') in one run (target 15x).
fr_amounts | big | (SELECT count(*) FROM fr_amounts(body))
fr_percents | big | (SELECT count(*) FROM fr_percents(body))
fr_amounts + fr_percents | min=15 | (SELECT count(*) FROM fr_amounts(body)) + (SELECT count(*) FROM fr_percents(body))
