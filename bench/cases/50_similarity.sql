-- Similarity signatures (issue 5): at least 10× to_tsvector.  Recall,
-- index and latency figures are in bench/similarity.sh.
-- Format (see bench/run.sh): label | flags | SQL expression over body
fr_signature | min=10 | fr_signature(body)
