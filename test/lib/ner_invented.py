#!/usr/bin/env python3
"""Recall of the entity tagger on sentences with invented names.

Usage: ner_invented.py CLI MARKED.txt MIN_RECALL

MARKED.txt has one sentence a line with names marked [surface|KIND] (lines
starting with # are comments).  A name counts as found when the CLI returns
a span with the same start, end and kind.  Prints recall, the misses, and
exits 1 when recall is below MIN_RECALL.
"""
import json
import re
import subprocess
import sys

MARK = re.compile(r"\[([^\]|]+)\|(PER|LOC|ORG|MISC)\]")


def parse(line):
    text, gold, pos = "", [], 0
    for m in MARK.finditer(line):
        text += line[pos:m.start()]
        gold.append((len(text), len(text) + len(m.group(1)), m.group(2)))
        text += m.group(1)
        pos = m.end()
    return text + line[pos:], gold


def tag(cli, path):
    """The marked sentences of PATH, each (text, gold spans), and the CLI's spans
    (start, end, kind) for each, every sentence tagged as a document of its own."""
    sents = [parse(l.rstrip("\n")) for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    docs = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, (t, _) in enumerate(sents))
    out = subprocess.run([cli, "--entities", "--jsonl-input"], input=docs.encode(),
                         capture_output=True, check=True).stdout.decode().splitlines()
    preds = [set() for _ in sents]
    for line in out:
        e = json.loads(line)
        preds[e["doc"]].add((e["start"] - 1, e["start"] - 1 + e["len"], e["kind"]))
    return sents, preds


def main():
    cli, path, minimum = sys.argv[1], sys.argv[2], float(sys.argv[3])
    sents, preds = tag(cli, path)
    total = found = 0
    for (text, gold), pred in zip(sents, preds):
        for g in gold:
            total += 1
            if g in pred:
                found += 1
            else:
                got = [text[p[0]:p[1]] + "|" + p[2] for p in pred if p[0] < g[1] and g[0] < p[1]]
                print("  missed %s|%s (got %s)" % (text[g[0]:g[1]], g[2], ", ".join(got) or "nothing"))
    recall = found / total if total else 0.0
    print("invented names: recall %.3f (%d of %d names, exact span and kind; minimum %.2f)"
          % (recall, found, total, minimum))
    sys.exit(0 if recall >= minimum else 1)


if __name__ == "__main__":
    main()
