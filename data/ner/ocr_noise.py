#!/usr/bin/env python3
"""Copies of the trainer's TSV sentences with the noise of the OCR of old
newspapers, for the model of old press (data/ner/train.sh with
NER_OCR_NOISE=1).

The sentences written for frnews in the style of old press are clean; the
old newspapers the model reads were scanned: long s read as f, letters
confused (rn/m, e/c, u/n, l/I, i/l), accents lost, words cut at a line end
(con¬ tenu, con- tenu, con¬tenu), spaces lost or added, stray marks, a space
before a comma, headlines in capitals.  Each noised sentence keeps its names:
the noise works on a list of characters that each carry the index of the
name they belong to, and the spans are read back from it.  A space at the
edge of a name is never removed (that would glue a word to the name).

Input and output lines: text<TAB>start:end:TYPE,...[<TAB>nomisc] (code
points, end exclusive; see prepare.py).  Every input line is written as it
is, and a noised copy of it follows with probability --fraction (the same
seed gives the same output).

Usage: ocr_noise.py [--fraction F] [--seed S] IN.tsv OUT.tsv
"""
import argparse
import random

# letter confusions of OCR (each way in which it is common)
CONFUSE = {
    "m": ["rn", "in"], "e": ["c", "é"], "c": ["e"], "u": ["n"], "n": ["u", "ii"],
    "l": ["I", "1", "i"], "i": ["l", "1"], "o": ["e", "0"], "h": ["b", "li"], "t": ["l", "f"],
    "é": ["e", "ë", "è"], "è": ["e", "é"], "ê": ["e"], "à": ["a"], "â": ["a"], "ô": ["o"],
    "I": ["l", "1"], "C": ["G"], "O": ["0", "C"], "E": ["F"], "B": ["R", "8"], "S": ["8"],
}
STRAY = ["'", ",", ".", "•", "^", "~", "„", "»", "*", "-", "|"]
CUT = ["¬ ", "¬", "- ", "-"]


def read(line):
    """(chars, owner, types, nomisc): owner[k] is the index of the name of char k or -1."""
    parts = line.rstrip("\n").split("\t")
    text, spans = parts[0], parts[1] if len(parts) > 1 else ""
    owner, types = [-1] * len(text), []
    for sp in filter(None, spans.split(",")):
        s, e, t = sp.split(":")
        for k in range(int(s), int(e)):
            owner[k] = len(types)
        types.append(t)
    return list(text), owner, types, len(parts) > 2 and parts[2] == "nomisc"


def write(chars, owner, types, nomisc):
    """The TSV line of chars; None when a name was lost or cut in two."""
    first, last = {}, {}
    for k, o in enumerate(owner):
        if o >= 0:
            first.setdefault(o, k)
            last[o] = k
    if len(first) != len(types):
        return None
    for o in first:
        if any(owner[k] != o for k in range(first[o], last[o] + 1)):
            return None
    text = "".join(chars)
    # a name must not begin or end with a space
    if any(text[first[o]].isspace() or text[last[o]].isspace() for o in first):
        return None
    spans = ",".join("%d:%d:%s" % (first[o], last[o] + 1, types[o]) for o in sorted(first, key=first.get))
    return text + "\t" + spans + ("\tnomisc" if nomisc else "") + "\n"


def replace(chars, owner, k, n, new):
    """Replace chars[k:k+n] by the string new, which belongs to the owner of chars[k]."""
    o = owner[k]
    chars[k:k + n] = list(new)
    owner[k:k + n] = [o] * len(new)


def noise(chars, owner, rng):
    """Noise chars in place (a level of noise drawn per sentence)."""
    rate = rng.choice([0.01, 0.02, 0.04, 0.07])
    if rng.random() < 0.06 and len(chars) < 120:
        # a headline in capitals
        up = [(c.upper(), o) for c, o in zip(chars, owner)]
        chars[:] = [c for u, o in up for c in u]
        owner[:] = [o for u, o in up for _ in u]
    k = 0
    while k < len(chars):
        c = chars[k]
        r = rng.random()
        prev_letter = k > 0 and chars[k - 1].isalpha()
        next_letter = k + 1 < len(chars) and chars[k + 1].isalpha()
        if c == "s" and prev_letter and next_letter and r < 4 * rate:
            replace(chars, owner, k, 1, "f" if rng.random() < 0.9 else "ſ")
        elif c == "r" and k + 1 < len(chars) and chars[k + 1] == "n" and r < 2 * rate:
            replace(chars, owner, k, 2, "m")
        elif c in CONFUSE and r < rate:
            new = rng.choice(CONFUSE[c])
            replace(chars, owner, k, 1, new)
            k += len(new) - 1
        elif c.isalpha() and prev_letter and next_letter and r < rate / 4:
            # a word cut at a line end, or a space inside a word
            new = c + (rng.choice(CUT) if rng.random() < 0.7 else " ")
            replace(chars, owner, k, 1, new)
            k += len(new) - 1
        elif c == " " and r < rate / 3:
            o_left = owner[k - 1] if k > 0 else -1
            o_right = owner[k + 1] if k + 1 < len(chars) else -1
            if o_left == o_right and rng.random() < 0.5:
                # a space lost (not at the edge of a name)
                del chars[k], owner[k]
                continue
            # a stray mark or an extra space between words
            new = " " + rng.choice(STRAY + [" "]) + " " if rng.random() < 0.6 else "  "
            chars[k:k + 1] = list(new)
            owner[k:k + 1] = [o_left if o_left == o_right else -1] * len(new)
            k += len(new) - 1
        elif c in ",." and k > 0 and chars[k - 1].isalpha() and r < 3 * rate:
            # a space before a comma or a period
            chars.insert(k, " ")
            owner.insert(k, -1)
            k += 1
        k += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fraction", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("inp")
    ap.add_argument("out")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = added = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for line in open(a.inp, encoding="utf-8"):
            fh.write(line)
            n += 1
            if rng.random() >= a.fraction:
                continue
            chars, owner, types, nomisc = read(line)
            noise(chars, owner, rng)
            out = write(chars, owner, types, nomisc)
            if out:
                fh.write(out)
                added += 1
    print("ocr_noise.py: %d sentences, %d noised copies -> %s" % (n, added, a.out))


if __name__ == "__main__":
    main()
