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
sentence, a name after an elision (l', d') is replaced by one that
begins with a vowel, and a person of one word by a person of one word.

--copies-of PREFIX=N gives the files whose name begins with PREFIX another
number of copies (train.sh weighs the sources that way).

Usage: written.py [--strict] [--copies N] [--copies-of PREFIX=N]... [--seed S] OUT.tsv INPUT...
"""
import argparse
import json
import os
import random
import re
import sys

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
        self.surnames = [n for n in self.written["PER"] if len(n.split()) == 1]  # persons of one word
        self.listed = {
            "PER": [],
            "LOC": self.filler.places,
            "ORG": load_optional("companies.txt") + load_optional("organisations.txt"),
            "MISC": load_optional("brands.txt") + load_optional("products.txt"),
        }

    def invented(self, typ, one_word=False):
        f = self.filler
        if typ == "PER":
            if one_word:
                return f.surname(particle=False)
            return f.person() if self.rng.random() < 0.8 else f.surname()
        if typ == "LOC":
            return f.place()
        if typ == "ORG":
            return f.org()
        return f.misc()

    def place_tail(self, name, typ):
        """Half the time, a name (not a person's) that ends in "de" + a capitalised name
        with its head kept and another place at its end ("Sharks de San José" -> "Sharks
        de Carvin", "université de Rennes" -> "université de Gersac"), else None.
        Whole-name substitution never shows the model that a head, a "de" and any place
        make one name."""
        m = HEAD_OF.match(name)
        if typ == "PER" or not m or self.rng.random() < 0.5:
            return None
        return m.group(1) + " " + names.of(self.filler.place())

    def pick(self, typ, vowel, one_word=False):
        """A name of type TYP, beginning with a vowel if VOWEL, of one word if ONE_WORD (a
        person named by the surname alone: given a first name in most copies, as before,
        the copies would teach little about one-word persons, and an unknown one-word
        subject drifted to ORG); after 20 draws, a name of any length."""
        r = self.rng
        written = self.surnames if one_word else self.written[typ]
        for _ in range(20):
            x = r.random()
            if x < 0.45 and written:
                name = r.choice(written)
            elif x < 0.65 and self.listed[typ]:
                name = r.choice(self.listed[typ])
            else:
                name = self.invented(typ, one_word)
            if (not vowel or VOWEL.match(name)) and not (one_word and len(name.split()) > 1):
                return name
        return self.pick(typ, vowel) if one_word else None


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
            one_word = t == "PER" and " " not in text[s:e]
            chosen[key] = pool.place_tail(text[s:e], t) or pool.pick(t, vowel, one_word)
        name = chosen[key]
        if name is None:
            return None
        out += text[pos:s]
        new.append((len(out), len(out) + len(name), t))
        out += name
        pos = e
    return out + text[pos:], new


def copies(path, a):
    """Substituted copies of a sentence of PATH: --copies, or N of the first --copies-of PREFIX=N
    whose PREFIX begins the file's name."""
    for rule in a.copies_of:
        prefix, n = rule.rsplit("=", 1)
        if os.path.basename(path).startswith(prefix):
            return int(n)
    return a.copies


def tsv(text, ents):
    return text + "\t" + ",".join("%d:%d:%s" % e for e in ents) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--copies-of", action="append", default=[], metavar="PREFIX=N",
                    help="N copies for the inputs whose file name begins with PREFIX")
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
            for _ in range(copies(path, a) if ents else 0):
                r = substitute(text, ents, pool)
                if r:
                    fh.write(tsv(*r))
                    n += 1
    print("written.py: %d sentences (%d names, %d bad lines left out) -> %d lines in %s"
          % (len(sents), nnames, errors, n, a.out))


if __name__ == "__main__":
    main()
