#!/usr/bin/env python3
"""Exact recall and precision of the entity tagger per kind on marked sentences.

Usage: ner_marked.py CLI MARKED.txt [MIN_F1] [--errors]

MARKED.txt has the format of ner_invented.py (one sentence a line, names
marked [surface|KIND], # comments).  A name counts as found when the CLI
returns a span with the same start, end and kind; precision is the share of
the CLI's spans that match a marked name so.  Prints a table per kind (P, R,
F1, counts) and the micro average over all four kinds; with --errors, every
missed name and every span that matches none, with what overlaps it.  Exits 1
when the micro F1 is below MIN_F1.
"""
import collections
import sys

from ner_invented import tag

KINDS = ("PER", "LOC", "ORG", "MISC")


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    args = [a for a in sys.argv[1:] if a != "--errors"]
    errors = "--errors" in sys.argv
    cli, path = args[0], args[1]
    minimum = float(args[2]) if len(args) > 2 else 0.0
    sents, preds = tag(cli, path)
    gold_n, pred_n, hit = collections.Counter(), collections.Counter(), collections.Counter()
    for (text, gold), pred in zip(sents, preds):
        gold = set(gold)
        for g in gold:
            gold_n[g[2]] += 1
            if g in pred:
                hit[g[2]] += 1
            elif errors:
                got = [text[p[0]:p[1]] + "|" + p[2] for p in pred if p[0] < g[1] and g[0] < p[1]]
                print("  missed %s|%s (got %s)" % (text[g[0]:g[1]], g[2], ", ".join(got) or "nothing"))
        for p in pred:
            pred_n[p[2]] += 1
            if errors and p not in gold:
                over = [text[g[0]:g[1]] + "|" + g[2] for g in gold if g[0] < p[1] and p[0] < g[1]]
                if not over:
                    print("  spurious %s|%s" % (text[p[0]:p[1]], p[2]))
    print("%s: exact match, %d sentences" % (path, len(sents)))
    print("%-6s %6s %6s %6s %6s %6s" % ("kind", "P", "R", "F1", "gold", "pred"))
    for k in KINDS + ("micro",):
        g = sum(gold_n.values()) if k == "micro" else gold_n[k]
        p = sum(pred_n.values()) if k == "micro" else pred_n[k]
        h = sum(hit.values()) if k == "micro" else hit[k]
        prec, rec = (h / p if p else 0.0), (h / g if g else 0.0)
        print("%-6s %6.1f %6.1f %6.1f %6d %6d" % (k, 100 * prec, 100 * rec, 100 * f1(prec, rec), g, p))
    tp, gp, pp = sum(hit.values()), sum(gold_n.values()), sum(pred_n.values())
    micro = f1(tp / pp if pp else 0.0, tp / gp if gp else 0.0)
    print("marked names: exact micro F1 %.3f (minimum %.2f)" % (micro, minimum))
    sys.exit(0 if micro >= minimum else 1)


if __name__ == "__main__":
    main()
