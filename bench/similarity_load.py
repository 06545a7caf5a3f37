#!/usr/bin/env python3
"""Write JSON Lines articles as PostgreSQL COPY text rows: id, orig_id, title, body.

    python3 bench/similarity_load.py FILE.jsonl.gz... | psql -c "COPY t FROM STDIN"

orig_id is \\N for original articles.  Used by bench/similarity.sh.
"""
import gzip
import json
import sys


def esc(v):
    if v is None:
        return "\\N"
    return (v.replace("\\", "\\\\").replace("\t", "\\t")
             .replace("\n", "\\n").replace("\r", "\\r"))


def main():
    out = sys.stdout
    for path in sys.argv[1:]:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                out.write("\t".join(esc(d.get(k)) for k in ("id", "orig_id", "title", "body")))
                out.write("\n")


if __name__ == "__main__":
    main()
