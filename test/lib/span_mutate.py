#!/usr/bin/env python3
"""test/lib/span_mutate.py — texts for the span invariant at scale
(test/lib/spans_at_scale.sh): N articles of a JSON Lines corpus, each as it
is and mutated by a seeded generator, written as COPY text rows
"id <tab> variant <tab> doc".

The mutations are what real text and hostile text bring to offsets:
OCR-like noise (letters dropped, doubled, swapped, confused: rn/m, l/1, O/0),
combining marks, emoji and ZWJ sequences, skin tones and flags, RTL text
with its marks, U+2028/2029, no-break, thin and other spaces, soft hyphens
and zero-width characters, typographic quotes, every kind of apostrophe,
very long words, \\r\\n and lone \\r, initials, "N°", "L'" before names,
"&" between capitals, ends of text cut anywhere (also right after a
multibyte character).  --latin9 keeps only what LATIN9 holds (other
characters are replaced, so that the text is loadable into a LATIN9
database) after mutating.

    span_mutate.py --corpus /tmp/corpus.jsonl --n 3000 --seed 7 [--latin9]
"""
import argparse
import json
import random
import sys

APOSTROPHES = ["'", "\u2019", "\u2018", "\u02bc", "\u02b9", "\u00b4", "`", "\u2032", "\uff07"]
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "\u2002", "\u2003", "\u200a", "\u3000", "\t", "\u205f"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
COMBINING = ["\u0301", "\u0300", "\u0302", "\u0308", "\u0327", "\u0303", "\u030a", "\u0323", "\u20dd"]
EMOJI = ["\U0001F600", "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466",
         "\U0001F44D\U0001F3FD", "\U0001F1EB\U0001F1F7", "\u2764\uFE0F", "\U0001F3F3\uFE0F\u200D\U0001F308",
         "\U0001F9D1\u200D\U0001F4BB", "#\uFE0F\u20E3", "\U0001F926\U0001F3FB\u200D\u2642\uFE0F"]
RTL = ["\u0645\u0631\u062d\u0628\u0627", "\u05e9\u05dc\u05d5\u05dd", "\u200f", "\u200e", "\u202b",
       "\u202c", "\u2067", "\u2069", "\u202e"]
QUOTES = ["\u00ab\u00a0", "\u00a0\u00bb", "\u201c", "\u201d", "\u201e", "\u2039", "\u203a", '"']
BREAKS = ["\u2028", "\u2029", "\r\n", "\r", "\n\n", "\u0085", "\u000b", "\u000c"]
NAMEISH = ["N\u00b0", "n\u00b0", "L'", "L\u2019", "S&P 500", "AT&T", "Y.", "U.", "J.-P.", "M.",
           "Mme", "Model Y.", "Syst\u00e8me U.", "Chanel N\u00b0", "L'Or\u00e9al", "d'iPhone",
           "\u00c9.", "\u0152.", "bioM\u00e9rieux", "xAI", "St.", "Dr", "Me"]
OCR = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("e", "\u00e9"), ("\u00e9", "e"),
       ("i", "\u00ef"), ("fi", "\ufb01"), ("fl", "\ufb02"), ("oe", "\u0153"), ("-", "\u2011"),
       ("-", "\u2013"), ("...", "\u2026"), (".", ". ."), (",", " ,")]
WIDE = ["\U0001D400", "\U0001D49C", "\U00020000", "\uff21", "\u2160", "\u00df", "\u0130", "\u1e9e",
        "\u01c5", "\u0149", "\u1f88", "\ufb00", "\u0390"]


def mutate(rng, s):
    """One mutated version of s: a few dozen edits of random kinds."""
    for _ in range(rng.randint(5, 60)):
        if not s:
            s = "x"
        i = rng.randrange(len(s) + 1)
        k = rng.random()

        def put(t):
            return s[:i] + t + s[i:]

        if k < 0.12:  # OCR confusion near a random place
            a, b = rng.choice(OCR)
            j = s.find(a, i)
            if j >= 0:
                s = s[:j] + b + s[j + len(a):]
        elif k < 0.20:
            s = put(rng.choice(COMBINING) * rng.randint(1, 4))
        elif k < 0.28:
            s = put(rng.choice(EMOJI))
        elif k < 0.34:
            s = put(" " + rng.choice(RTL) + " ")
        elif k < 0.42:
            s = put(rng.choice(BREAKS))
        elif k < 0.52:  # a space becomes another space
            j = s.find(" ", i)
            if j >= 0:
                s = s[:j] + rng.choice(SPACES) + s[j + 1:]
        elif k < 0.58:
            s = put(rng.choice(ZERO_WIDTH))
        elif k < 0.64:
            s = put(rng.choice(QUOTES))
        elif k < 0.72:  # an apostrophe becomes another
            j = s.find("'", i)
            if j >= 0:
                s = s[:j] + rng.choice(APOSTROPHES) + s[j + 1:]
            else:
                s = put(rng.choice(APOSTROPHES))
        elif k < 0.76:  # a very long word
            s = put(" " + rng.choice(["a", "\u00e9", "Ab", "x\u0301", "\U0001F600"]) * rng.randint(50, 3000) + " ")
        elif k < 0.86:
            s = put(" " + rng.choice(NAMEISH) + rng.choice(["", " ", ".", " Renault", "Or\u00e9al", "\n"]))
        elif k < 0.90:
            s = put(rng.choice(WIDE))
        elif k < 0.94 and i < len(s):  # a letter dropped, doubled or swapped
            op = rng.randrange(3)
            if op == 0:
                s = s[:i] + s[i + 1:]
            elif op == 1:
                s = s[:i] + s[i] + s[i:]
            elif i + 1 < len(s):
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        elif k < 0.97:  # capitals
            j = min(len(s), i + rng.randint(1, 80))
            s = s[:i] + s[i:j].upper() + s[j:]
        else:  # cut the text here
            s = s[:i]
    if rng.random() < 0.3:  # ends with a name-like piece, at the very end of text
        s = s.rstrip() + " " + rng.choice(NAMEISH)
    return s


def latin9(s):
    """s with what LATIN9 cannot hold replaced by '?' (or a space)."""
    out = []
    for c in s:
        try:
            c.encode("iso8859_15")
            out.append(c)
        except UnicodeEncodeError:
            out.append(" " if c.isspace() else "?")
    return "".join(out)


def copy_escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--variants", type=int, default=1, help="mutated versions per article")
    ap.add_argument("--latin9", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with open(args.corpus, encoding="utf-8") as f:
        lines = f.readlines()
    picked = sorted(rng.sample(range(len(lines)), min(args.n, len(lines))))
    w = sys.stdout
    for k in picked:
        r = json.loads(lines[k])
        body = r.get("body") or r.get("text") or ""
        docs = [body] + [mutate(rng, body) for _ in range(args.variants)]
        for v, d in enumerate(docs):
            d = d.replace("\x00", "")
            if args.latin9:
                d = latin9(d)
            w.write("%s\t%d\t%s\n" % (copy_escape(str(r.get("id", k))), v, copy_escape(d)))


if __name__ == "__main__":
    main()
