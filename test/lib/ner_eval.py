#!/usr/bin/env python3
"""Run the frnews CLI's entity mode over a .sent.jsonl NER file and write the
predictions in the form ../shared/ner/score.py reads.

Usage: ner_eval.py CLI GOLD.jsonl PRED.jsonl  (.sent.jsonl or .doc.jsonl)

The CLI reads the gold file itself (--jsonl-input: "text" and "id" of each
line) and writes one record per entity with the line's id; its 1-based
start and length become score.py's 0-based start and exclusive end.
"""
import json
import subprocess
import sys
from collections import defaultdict


def main():
    cli, gold, pred = sys.argv[1:4]
    out = subprocess.run([cli, "--entities", "--jsonl-input", gold],
                         capture_output=True, check=True).stdout.decode("utf-8")
    found = defaultdict(list)
    for line in out.splitlines():
        e = json.loads(line)
        found[e["doc"]].append({"start": e["start"] - 1, "end": e["start"] - 1 + e["len"], "type": e["kind"]})
    with open(pred, "w", encoding="utf-8") as fh:
        for line in open(gold, encoding="utf-8"):
            if line.strip():
                i = json.loads(line)["id"]
                fh.write(json.dumps({"id": i, "entities": found.get(i, [])}) + "\n")


if __name__ == "__main__":
    main()
