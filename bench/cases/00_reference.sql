-- Reference cases: what PostgreSQL alone does with the same text.
-- Format (see bench/run.sh): label | flags | SQL expression over body
to_tsvector('french') |  | to_tsvector('french', body)
md5 (scale reference) | big | md5(body)
