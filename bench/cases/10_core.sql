-- Core text functions (tokens, sentences, normalisation).
-- Format (see bench/run.sh): label | flags | SQL expression over body
fr_tokens    | big | (SELECT count(*) FROM fr_tokens(body))
fr_sentences |     | (SELECT count(*) FROM fr_sentences(body))
fr_normalize | big,min=10 | fr_normalize(body)
