#!/usr/bin/env python3
"""Run the frnews CLI's entity mode over a .sent.jsonl NER file and write the
predictions in the form ../shared/ner/score.py reads.

Usage: ner_eval.py CLI GOLD.sent.jsonl PRED.jsonl

Each sentence is one document (--lines); line breaks inside a text become
spaces, which keeps code point offsets.  The CLI's 1-based start and length
become score.py's 0-based start and exclusive end.
"""
import json
import subprocess
import sys


def main():
    cli, gold, pred = sys.argv[1:4]
    recs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
    texts = "".join(r["text"].replace("\n", " ").replace("\r", " ") + "\n" for r in recs)
    out = subprocess.run([cli, "--entities", "--lines"], input=texts.encode("utf-8"),
                         capture_output=True, check=True).stdout.decode("utf-8").splitlines()
    if len(out) != len(recs):
        sys.exit("ner_eval.py: %d results for %d texts" % (len(out), len(recs)))
    with open(pred, "w", encoding="utf-8") as fh:
        for r, line in zip(recs, out):
            ents = [{"start": e["start"] - 1, "end": e["start"] - 1 + e["len"], "type": e["kind"]}
                    for e in json.loads(line)["entities"]]
            fh.write(json.dumps({"id": r["id"], "entities": ents}) + "\n")


if __name__ == "__main__":
    main()
