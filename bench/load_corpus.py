#!/usr/bin/env python3
"""Stream JSON Lines corpus files (optionally gzipped) into PostgreSQL COPY text.

    load_corpus.py [--limit N] [--bodies OUT.jsonl] FILE... | psql -c "COPY articles (id, title, body) FROM STDIN"

Writes one COPY row (id, title, body) per article to stdout.  With --bodies,
also writes OUT.jsonl holding only {"body": ...} per line: the input of the
CLI benchmark, so that the CLI and the server see exactly the same texts.
Standard library only.
"""
import argparse
import gzip
import json
import sys

# COPY text format: backslash, and the characters that delimit fields/rows.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def copy_field(value):
    if value is None:
        return "\\N"
    return value.translate(_COPY_ESCAPES)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", help="also write {\"body\": ...} JSON Lines here")
    ap.add_argument("--limit", type=int, help="stop after this many articles")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()

    out = sys.stdout
    bodies = open(args.bodies, "w", encoding="utf-8") if args.bodies else None
    count = 0
    for path in args.files:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                if args.limit is not None and count >= args.limit:
                    break
                count += 1
                doc = json.loads(line)
                body = doc.get("body")
                out.write(copy_field(doc.get("id")) + "\t" + copy_field(doc.get("title")) + "\t"
                          + copy_field(body) + "\n")
                if bodies is not None and body is not None:
                    bodies.write(json.dumps({"body": body}, ensure_ascii=False) + "\n")
    if bodies is not None:
        bodies.close()


if __name__ == "__main__":
    main()
