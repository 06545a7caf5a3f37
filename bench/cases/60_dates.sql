-- Dates (see docs/dates.md).  bench/dates.sh runs these two against
-- to_tsvector('french') on its own, on a subset of the corpus.
fr_dates(body)      | min=15 | (SELECT count(*) FROM fr_dates(body))
fr_dates(body, ref) | min=15 | (SELECT count(*) FROM fr_dates(body, '2020-06-01 08:00'))
