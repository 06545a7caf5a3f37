-- Entities (issue 4): at least 5× to_tsvector, memory per backend bounded.
-- Format (see bench/run.sh): label | flags | SQL expression over body
fr_entities_builtin | big   | (SELECT count(*) FROM fr_entities_builtin(body))
fr_entities         | min=5 | (SELECT count(*) FROM fr_entities(body))
