#!/usr/bin/env python3
"""test/lib/spans_short_cli.py — the entity span invariant on many short texts
made of the pieces the entity cleanup rules touch ("N°", "L'", "S&P", "Model
Y.", initials, titles, emoji, no-break spaces, line breaks), through the CLI:
the text's characters [start, start + len) are the surface, len >= 1, no
U+FFFD in surface or norm (a cut inside a character), starts in order without
overlap.  No database needed.

    test/lib/spans_short_cli.py [--cli build/frnews] [--n 200000] [--seed 1] [--rules]

Prints "N spans, N bad" and up to 8 examples; exit status 1 if any is bad.
"""
import argparse
import json
import random
import subprocess
import sys

PIECES = ["N°", "n°", "L'", "L’", "l'", "S&P", "500", "&", "AT&T", "Y.", "U.", "J.-P.", "M.", "Mme", "Model",
          "Système", "Chanel", "Oréal", "L'Oréal", "Occitane", "iPhone", "xAI", "bioMérieux", "É.", "Œ.", "Ÿ.",
          "ǅ.", "Paris", "Renault", "Tesla", "chez", "de", "la", "Jean", "Dupont", "Macron", "Emmanuel", "«", "»",
          "-", "—", ":", ".", "!", "?", "…", "😀", "👨‍👩‍👧", "é", "x́", "\u00a0", "\u202f", "\u2028", "\r\n",
          "\n", "St.", "Dr", "Me", "Cie", "&Co", "N°5", "L'Obs", "Y", "U", "B.", "Christian"]
# --rules adds the words of the cleanup rules of merge8 (review-m10): a
# minister's portfolio, a count, a unit after a number, a common acronym, a
# function word alone.
RULE_PIECES = ["ministre", "ministres", "délégué", "chargée", "Premier", "de", "du", "des", "à", "au", "aux",
               "l'", "Santé", "Armées", "Transports", "Mardi", "Environ", "Les", "Ces", "Plus", "18", "1 600",
               "3,2", "12", "h", "Nm", "MW", "GHz", "GMT", "CHF", "EUR", "ONG", "Ehpad", "SMIC", "Non", "Moi",
               "Lui", "Cela", "A", "«", "N°"]
SEPARATORS = [" ", " ", " ", "", "\u00a0", "\n", ". ", ", "]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build/frnews")
    ap.add_argument("--n", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rules", action="store_true", help="add the words of the cleanup rules")
    args = ap.parse_args()
    pieces = PIECES + RULE_PIECES if args.rules else PIECES
    rng = random.Random(args.seed)
    docs = []
    for _ in range(args.n):
        s = "".join(rng.choice(pieces) + rng.choice(SEPARATORS) for _ in range(rng.randint(1, 8)))
        docs.append(s.rstrip() if rng.random() < 0.5 else s)
    inp = "".join(json.dumps({"id": str(k), "body": d}) + "\n" for k, d in enumerate(docs))
    out = subprocess.run([args.cli, "--entities", "--jsonl-input"], input=inp.encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8", "replace")
    bad = n = 0
    prev_end = {}
    for line in out.split("\n"):
        if not line:
            continue
        r = json.loads(line)
        n += 1
        d = docs[int(r["doc"])]
        ok = (r["len"] >= 1 and d[r["start"] - 1:r["start"] - 1 + r["len"]] == r["surface"]
              and "\ufffd" not in r["surface"] + r["norm"] and r["start"] >= prev_end.get(r["doc"], 1))
        prev_end[r["doc"]] = r["start"] + r["len"]
        if not ok:
            bad += 1
            if bad <= 8:
                print("  %r start %d len %d surface %r norm %r" % (d, r["start"], r["len"], r["surface"], r["norm"]))
    print("%d spans, %d bad" % (n, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
