#!/usr/bin/env python3
"""Write articles from JSON Lines files as PostgreSQL COPY text rows.

    similarity_load.py FILE.jsonl.gz...              id, orig_id, title, body
    similarity_load.py --versions K FILE.jsonl.gz... edited versions of the
                                                     originals: id, orig_id, body

Versions (for the ~300k-row scaling run of bench/similarity.sh): version k
of an article has a tenth of its text cut out at a pseudo-random place, its
two halves swapped, and three 6-character stretches overwritten by words.
Every choice is seeded by the article id and k, so runs are identical.
"""
import gzip
import json
import random
import sys


def esc(v):
    if v is None:
        return "\\N"
    return (v.replace("\\", "\\\\").replace("\t", "\\t")
             .replace("\n", "\\n").replace("\r", "\\r"))


def perturb(body, seed, k):
    rnd = random.Random("%s:%d" % (seed, k))
    n = len(body)
    cut = n // 10
    p = rnd.randrange(max(n - cut, 1))
    b = body[:p] + body[p + cut:]
    half = len(b) // 2
    b = b[half:] + " " + b[:half]
    for word in (" remplacé ", " modifié ", " changé "):
        q = rnd.randrange(max(len(b) - 6, 1))
        b = b[:q] + word + b[q + 6:]
    return b


def articles(paths):
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def main():
    args = sys.argv[1:]
    versions = 0
    if args[:1] == ["--versions"]:
        versions = int(args[1])
        args = args[2:]
    out = sys.stdout
    for d in articles(args):
        if versions == 0:
            out.write("\t".join(esc(d.get(k)) for k in ("id", "orig_id", "title", "body")) + "\n")
        elif d.get("orig_id") is None:
            for k in range(1, versions + 1):
                out.write("%s/%d\t%s\t%s\n" % (esc(d["id"]), k, esc(d["id"]),
                                               esc(perturb(d["body"], d["id"], k))))


if __name__ == "__main__":
    main()
