#!/usr/bin/env python3
"""Check the press sentences written for frnews and turn them into the
trainer's TSV, with augmentation by name substitution.

Inputs: data/ner/written/*.txt (one sentence a line, every name marked
[surface|TYPE], TYPE one of PER LOC ORG MISC, lines starting with # are
comments) and .sent.jsonl files of the same kind (press-written-fr, CC0).

Checks (a failing line is reported with file:line and left out; --strict
makes any failure fatal): brackets well formed and not nested, known types,
a surface that is not empty and neither starts nor ends with a space.  A
sentence seen before (over all inputs) is reported and kept once.

Output: text<TAB>start:end:TYPE,... (code points, end exclusive), each
sentence once as written and then COPIES times with its names replaced by
other names of the same type, so that the model learns the contexts rather
than the names.  Replacements come from the names of all the sentences,
from the gazetteer lists and from invented random-syllable names
(data/ner/names.py); the same name is replaced the same way within a
sentence, and a name after an elision (l', d') is replaced by one that
begins with a vowel.

--copies-of PREFIX=N gives the files whose name begins with PREFIX another
number of copies (train.sh weighs the sources that way).

--ocr-of PREFIX=N adds, for the files whose name begins with PREFIX, N copies
as a poor OCR of old print reads them (ocr_copy): the historical newspapers
the model meets are OCR text, the written historical sentences are clean.

Usage: written.py [--strict] [--copies N] [--copies-of PREFIX=N]... [--ocr-of PREFIX=N]...
                  [--seed S] OUT.tsv INPUT...
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names  # noqa: E402  (invented names and the gazetteer loader)

TYPES = ("PER", "LOC", "ORG", "MISC")
MARK = re.compile(r"\[([^\[\]|]*)\|([A-Z]*)\]")
VOWEL = re.compile(r"^[AEIOUYÉÈÊÂÎÔÛaeiouyéèêh]")
# a name ending in "de" + a capitalised name: a head and a place ("Sharks de San José",
# "université de Montverran", "Salon du livre de Brive")
HEAD_OF = re.compile(r"^(\S.*?) (de|d'|d’)\s?([A-ZÀ-Ý][^ ]*(?: [A-ZÀ-Ý][^ ]*)*)$")


class Bad(Exception):
    pass


def parse_marked(line):
    """Text and entity list (start, end, type) of one marked sentence."""
    text, ents, pos = "", [], 0
    for m in MARK.finditer(line):
        surface, typ = m.group(1), m.group(2)
        if typ not in TYPES:
            raise Bad("unknown type %r" % typ)
        if not surface.strip() or surface != surface.strip():
            raise Bad("empty name or name with spaces at its ends: %r" % surface)
        text += line[pos:m.start()]
        ents.append((len(text), len(text) + len(surface), typ))
        text += surface
        pos = m.end()
    text += line[pos:]
    if "[" in text or "]" in text or "|" in text:
        raise Bad("unbalanced or malformed markup")
    return text, ents


def read_inputs(paths, strict):
    """All sentences (text, entities) of the inputs, checked, without duplicates."""
    seen, out, errors = set(), [], 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for no, raw in enumerate(fh, 1):
                line = raw.rstrip("\n").replace("\t", " ")
                if not line.strip() or line.startswith("#"):
                    continue
                try:
                    if path.endswith(".jsonl"):
                        r = json.loads(line)
                        text = r["text"].replace("\t", " ").replace("\n", " ")
                        ents = [(e["start"], e["end"], e["type"]) for e in r["entities"]]
                        if any(t not in TYPES for _, _, t in ents):
                            raise Bad("unknown type")
                    else:
                        text, ents = parse_marked(line.strip())
                except (Bad, ValueError, KeyError) as e:
                    errors += 1
                    print("%s:%d: %s" % (path, no, e), file=sys.stderr)
                    continue
                if text in seen:
                    print("%s:%d: duplicate sentence, kept once" % (path, no), file=sys.stderr)
                    continue
                seen.add(text)
                out.append((text, ents, path))
    if errors and strict:
        sys.exit("written.py: %d bad lines" % errors)
    return out, errors


class Pool:
    """Replacement names by type: written names, gazetteer names, invented names."""

    def __init__(self, sents, rng):
        self.rng = rng
        self.filler = names.Filler(rng)
        self.written = {t: [] for t in TYPES}
        for text, ents, _ in sents:
            for s, e, t in ents:
                self.written[t].append(text[s:e])
        self.listed = {
            "PER": [],
            "LOC": self.filler.places,
            "ORG": load_optional("companies.txt") + load_optional("organisations.txt"),
            "MISC": load_optional("brands.txt") + load_optional("products.txt"),
        }

    def invented(self, typ):
        f = self.filler
        if typ == "PER":
            return f.person() if self.rng.random() < 0.8 else f.surname()
        if typ == "LOC":
            return f.place()
        if typ == "ORG":
            return f.org()
        return f.misc()

    def keep_head(self, name, typ):
        """Half the time, NAME with its head kept and its place replaced ("Sharks de
        San José" -> "Sharks de Carvin"): the model learns that a head, a "de" and any
        place make one name, which whole-name substitution never shows it."""
        m = HEAD_OF.match(name)
        if "nohead" in os.environ.get("NER_EXP", "") or typ == "PER" or not m or self.rng.random() < 0.5:
            return None
        return m.group(1) + " " + names.of(self.filler.place())

    def pick(self, typ, vowel):
        r = self.rng
        for _ in range(20):
            x = r.random()
            if x < 0.45 and self.written[typ]:
                name = r.choice(self.written[typ])
            elif x < 0.65 and self.listed[typ]:
                name = r.choice(self.listed[typ])
            else:
                name = self.invented(typ)
            if not vowel or VOWEL.match(name):
                return name
        return None


def load_optional(name):
    path = os.path.join(names.GAZ, name)
    return [n for n in names.load(name) if not n.startswith("#")] if os.path.exists(path) else []


def substitute(text, ents, pool):
    """The sentence with every name replaced (None when a name found no replacement)."""
    out, new, pos, chosen = "", [], 0, {}
    for s, e, t in sorted(ents):
        if s < pos:
            return None
        key = (text[s:e], t)
        if key not in chosen:
            vowel = s > 0 and text[s - 1] in "'’"
            chosen[key] = pool.keep_head(text[s:e], t) or pool.pick(t, vowel)
            if "noupper" not in os.environ.get("NER_EXP", "") and chosen[key] and len(text[s:e]) > 3 and text[s:e].isupper():
                chosen[key] = chosen[key].upper()     # a dateline or headline in capitals stays so
        name = chosen[key]
        if name is None:
            return None
        out += text[pos:s]
        new.append((len(out), len(out) + len(name), t))
        out += name
        pos = e
    return out + text[pos:], new


# what OCR of old print confuses, as (read, misread) pairs
CONFUSIONS = [("rn", "m"), ("m", "rn"), ("u", "n"), ("n", "u"), ("e", "c"), ("c", "e"), ("i", "l"),
              ("l", "i"), ("h", "b"), ("o", "e"), ("é", "e"), ("a", "n"), ("t", "l")]
STRAY = [",", ".", "'", "¦", "•", "*", "»", "-", ":", "«", "!"]
WORD = re.compile(r"\w+")


def ocr_word(w, rng, long_s):
    if long_s:
        w = re.sub(r"s(?=[a-zàâäéèêëîïôöûüç])", "f", w)     # the long s, never final, read as f
    if rng.random() < 0.12:
        found = [(i, a, b) for a, b in CONFUSIONS for i in range(len(w)) if w.startswith(a, i)]
        if found:
            i, a, b = rng.choice(found)
            w = w[:i] + b + w[i + len(a):]
    if rng.random() < 0.05:
        w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        w = unicodedata.normalize("NFC", w)
    if len(w) >= 7 and rng.random() < 0.04:
        k = rng.randrange(3, len(w) - 2)               # a word split at a line-end hyphen
        w = w[:k] + rng.choice(["- ", "-", " "]) + w[k:]
    return w


def ocr_copy(text, ents, rng):
    """The sentence and its names as a poor OCR reads them: in the whole sentence the long
    s read as f (a third of the time), in some words one letter confused (rn/m, u/n, e/c...),
    accents dropped or a split at a line-end hyphen, and stray marks between the words
    outside the names.  The names keep their spans."""
    long_s = rng.random() < 0.33
    out, new, pos = "", [], 0
    for s, e, t in sorted(ents) + [(len(text), len(text), None)]:
        if s < pos:
            return None
        plain = WORD.sub(lambda m: ocr_word(m.group(), rng, long_s), text[pos:s])
        out += re.sub(r" (?=\w)", lambda m: " " + rng.choice(STRAY) + " " if rng.random() < 0.03 else " ", plain)
        if t:
            name = WORD.sub(lambda m: ocr_word(m.group(), rng, long_s), text[s:e])
            new.append((len(out), len(out) + len(name), t))
            out += name
        pos = e
    return out, new


def per_file(rules, path, default):
    """N of the first rule PREFIX=N whose PREFIX begins the file's name, else DEFAULT."""
    for rule in rules:
        prefix, n = rule.rsplit("=", 1)
        if os.path.basename(path).startswith(prefix):
            return int(n)
    return default


def tsv(text, ents):
    return text + "\t" + ",".join("%d:%d:%s" % e for e in ents) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--copies-of", action="append", default=[], metavar="PREFIX=N",
                    help="N copies for the inputs whose file name begins with PREFIX")
    ap.add_argument("--ocr-of", action="append", default=[], metavar="PREFIX=N",
                    help="N OCR-noised copies of the inputs whose file name begins with PREFIX")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("out")
    ap.add_argument("inputs", nargs="+")
    a = ap.parse_args()
    for p in a.inputs:
        if "TEST-" in os.path.basename(p) or "invented_names" in p:
            sys.exit("written.py: %s is a held-out test set: never train on it" % p)
    sents, errors = read_inputs(a.inputs, a.strict)
    pool = Pool(sents, random.Random(a.seed))
    n = nnames = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for text, ents, path in sents:
            fh.write(tsv(text, ents))
            n += 1
            nnames += len(ents)
            for _ in range(per_file(a.copies_of, path, a.copies) if ents else 0):
                r = substitute(text, ents, pool)
                if r:
                    fh.write(tsv(*r))
                    n += 1
            for _ in range(per_file(a.ocr_of, path, 0)):
                r = substitute(text, ents, pool) if ents and pool.rng.random() < 0.5 else (text, ents)
                r = r and ocr_copy(*r, pool.rng)
                if r:
                    fh.write(tsv(*r))
                    n += 1
    print("written.py: %d sentences (%d names, %d bad lines left out) -> %d lines in %s"
          % (len(sents), nnames, errors, n, a.out))


if __name__ == "__main__":
    main()
