#!/usr/bin/env python3
"""Turn .sent.jsonl NER files into the trainer's TSV (one sentence a line):

    text<TAB>start:end:TYPE,start:end:TYPE,...[<TAB>nomisc]

"nomisc" marks the sentences of a corpus that does not annotate MISC
(europeana-fr-bnf): the trainer does not count a MISC name there as an error.

Offsets are code points, end exclusive.  Tabs and line breaks in the text
become spaces (same length, so offsets hold).  Only redistributable corpora
may be given here (see data/ner/NOTICE.md): europeana-fr-bnf (CC0) and
newseye-fr-dev, newseye-fr-dev2 (CC BY 4.0).

Usage: prepare.py OUT.tsv IN.sent.jsonl...
"""
import json
import sys

ALLOWED = ("europeana-fr-bnf", "newseye-fr-dev", "newseye-fr-dev2")
NO_MISC = ("europeana-fr-bnf",)


def main():
    out, inputs = sys.argv[1], sys.argv[2:]
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for path in inputs:
            name = path.rsplit("/", 1)[-1].split(".")[0]
            if name not in ALLOWED:
                sys.exit("prepare.py: %s is not a redistributable training corpus" % path)
            for line in open(path, encoding="utf-8"):
                r = json.loads(line)
                text = r["text"].replace("\t", " ").replace("\n", " ").replace("\r", " ")
                spans = ",".join("%d:%d:%s" % (e["start"], e["end"], e["type"]) for e in r["entities"])
                fh.write(text + "\t" + spans + ("\tnomisc" if name in NO_MISC else "") + "\n")
                n += 1
    print("prepare.py: %d sentences -> %s" % (n, out))


if __name__ == "__main__":
    main()
