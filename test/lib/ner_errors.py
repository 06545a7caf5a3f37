#!/usr/bin/env python3
"""Error study of an entity prediction against a gold .sent.jsonl file: every
error of PER, LOC and ORG counted once under its first cause, per corpus, with
the F1 the whole set would have if that cause were fixed (overlap matching as
../shared/ner/score.py --overlap: same type, spans overlap, each gold and each
prediction used once).  Prints a Markdown table (docs/entities.md, "Where the
errors on news-fr-dev are").

Usage: ner_errors.py GOLD.sent.jsonl PRED.jsonl   (PRED from ner_eval.py)

The causes are read from the text around each span: a title before it, all
capitals, a mark of OCR (a hyphen of a cut word, a digit, a stray sign), a
sentence start, a lower-case first letter; a prediction overlapping a gold
name of another type is a confusion (a false positive and a false negative).
"""
import json
import re
import sys
from collections import Counter, defaultdict

CORE = {"PER", "LOC", "ORG"}
TITLE = re.compile(r"(?:\b(?:M|MM|Mme|Mmes|Mlle|Mgr|Me|Dr|Mr|St|S)\.?|\b(?:général|colonel|capitaine|président|"
                   r"ministre|roi|reine|prince|princesse|comte|comtesse|baron|duc|marquis|lieutenant|commandant|"
                   r"maréchal|amiral|abbé|cardinal|pape|empereur|docteur|professeur|conseiller|député|sénateur|"
                   r"maître|[Mm]adame|[Mm]onsieur|mademoiselle))\s*$")
CONFUSED = "FN (the other half of a confusion)"


def ocr(w):
    return bool(re.search(r"¬|\d|[^\w\s.,'’\-&()]|\w- \w|\b[a-zé]+[A-Z]", w))


def allcaps(w):
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def sentence_start(t, s):
    return bool(re.search(r"(?:^|[.!?:«\"—–])\W*$", t[:s]))


def fp_cause(t, pe, gold, empty_doc, corpus):
    ov = [ge for ge in gold if pe[0] < ge[1] and ge[0] < pe[1]]
    w = t[pe[0]:pe[1]]
    if ov:
        ge = ov[0]
        if ge[2] == pe[2]:
            return "FP second span inside one gold name (split)"
        if ge[2] == "PER" and ge[1] - ge[0] > pe[1] - pe[0] + 12:
            return "FP LOC or ORG inside a HIPE person span with its function"
        return "confusion: gold %s read %s" % (ge[2], pe[2])
    if empty_doc and corpus.startswith("letemps"):
        return "FP in a letemps document with no name annotated"
    if pe[2] == "ORG":
        return "FP ORG where gold has nothing"
    if TITLE.search(t[:pe[0]]) or ocr(w) or allcaps(w):
        return "FP all caps, OCR-broken, after a title"
    if sentence_start(t, pe[0]):
        return "FP capital at a sentence start"
    return "FP others (common nouns, demonyms, works, gaps of the gold)"


def fn_cause(t, ge, pred):
    w = t[ge[0]:ge[1]]
    if any(pe[0] < ge[1] and ge[0] < pe[1] for pe in pred):
        return CONFUSED
    if w[:1].islower():
        return "FN lower-case name"
    if re.fullmatch(r"(?:[A-Z]\.\s*|M{1,2}\.?\s*|Mme\s*)+", w.strip()):
        return "FN gold span of initials or a title only"
    if ocr(w):
        return "FN OCR-broken name"
    if allcaps(w):
        return "FN all-caps name"
    if sentence_start(t, ge[0]):
        return "FN at a sentence start"
    return "FN single unknown word, lists of names, others"


def main():
    gold = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    pred = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        r = json.loads(line)
        pred[r["id"]] = [(e["start"], e["end"], e["type"]) for e in r["entities"]]
    names_in_doc = Counter()
    for g in gold:
        names_in_doc[g["corpus"], g["doc"]] += len(g["entities"])
    errors, tp = defaultdict(Counter), Counter()
    for g in gold:
        c, t = g["corpus"], g["text"]
        G = sorted({(e["start"], e["end"], e["type"]) for e in g["entities"] if e["type"] in CORE})
        P = sorted({p for p in pred.get(g["id"], []) if p[2] in CORE})
        used_g, used_p = set(), set()
        for j, pe in enumerate(P):
            for i, ge in enumerate(G):
                if i not in used_g and ge[2] == pe[2] and pe[0] < ge[1] and ge[0] < pe[1]:
                    used_g.add(i)
                    used_p.add(j)
                    tp[c] += 1
                    break
        empty = names_in_doc[g["corpus"], g["doc"]] == 0
        for j, pe in enumerate(P):
            if j not in used_p:
                errors[c][fp_cause(t, pe, G, empty, c)] += 1
        for i, ge in enumerate(G):
            if i not in used_g:
                errors[c][fn_cause(t, ge, P)] += 1
    corpora = sorted(errors)
    total = Counter()
    for c in corpora:
        total.update(errors[c])
    ntp, nerr = sum(tp.values()), sum(total.values())
    f1 = 2 * ntp / (2 * ntp + nerr)
    print("| cause | %s | all | F1 if fixed |" % " | ".join(corpora))
    print("| --- |%s ---: | ---: |" % (" ---: |" * len(corpora)))
    for k, v in sorted(total.items(), key=lambda x: -x[1]):
        if k == CONFUSED:
            continue
        # a confusion fixed is a false positive and a false negative less, a true positive more
        fixed = 2 * (ntp + v) / (2 * (ntp + v) + nerr - 2 * v) if k.startswith("confusion") else \
            2 * ntp / (2 * ntp + nerr - v)
        print("| %s | %s | %d | +%.1f |" % (k, " | ".join(str(errors[c][k]) for c in corpora), v, 100 * (fixed - f1)))
    print("| true positives | %s | %d | F1 %.1f |" % (" | ".join(str(tp[c]) for c in corpora), ntp, 100 * f1))


if __name__ == "__main__":
    main()
