#!/usr/bin/env python3
"""Derive companies.txt and brands.txt (organisation and brand names, used as
features of the entity model) from two npm packages.

Run at development time only (sources and licences in NOTICE.md):

    apt-get install wamerican          # English word list, used as a filter only
    mkdir -p /tmp/brands && cd /tmp/brands
    npm pack @cspell/dict-companies@3.2.14 simple-icons@16.37.0
    for f in *.tgz; do tar xzf "$f" --one-top-level; done
    python3 data/gazetteer/derive_brands.py /tmp/brands

Both sources hold many ordinary words (the company list is a spelling list:
"Systems", "First", "Republic"; the brand list has "Monster", "Keystone"):
a name is kept only when it is not an ordinary French or English word, a
first name or a place of the other lists, in any capitalisation, and starts
with a capital or a digit.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ENGLISH = "/usr/share/dict/american-english"


def lines(path):
    with open(path, encoding="utf-8") as fh:
        return [l.strip() for l in fh if l.strip() and not l.startswith("#")]


def common_words():
    """Lower-cased forms that a name must not have."""
    words = {w.lower() for w in lines(os.path.join(HERE, "lexicon.txt"))}
    words |= {w.lower() for w in lines(ENGLISH) if w[:1].islower() and "'" not in w}
    for name in ("firstnames.txt", "countries.txt", "regions.txt", "communes.txt", "cities.txt"):
        words |= {w.lower() for w in lines(os.path.join(HERE, name))}
    return words


def keep(name, words):
    name = re.sub(r"\s+", " ", name).strip()
    if len(name) < 2 or not (name[0].isupper() or name[0].isdigit()):
        return None
    if name.lower() in words or not re.search(r"[A-Za-zÀ-ÿ]", name):
        return None
    return name


def write(fname, names, header):
    names = sorted(set(names))
    with open(os.path.join(HERE, fname), "w", encoding="utf-8") as fh:
        fh.write(header)
        for n in names:
            fh.write(n + "\n")
    print("%-13s %6d names" % (fname, len(names)))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/brands"
    words = common_words()
    companies = lines(glob.glob(os.path.join(src, "cspell-dict-companies-*/package/dict/companies.txt"))[0])
    icons = json.load(open(glob.glob(os.path.join(src, "simple-icons-*/package/data/simple-icons.json"))[0],
                           encoding="utf-8"))
    brands = [i["title"] for i in icons]
    for i in icons:
        brands += i.get("aliases", {}).get("aka", [])
    write("companies.txt", [n for n in (keep(c, words) for c in companies) if n],
          "# derived by derive_brands.py from npm @cspell/dict-companies (MIT): see NOTICE.md\n")
    write("brands.txt", [n for n in (keep(b, words) for b in brands) if n],
          "# derived by derive_brands.py from npm simple-icons (CC0): see NOTICE.md\n")


if __name__ == "__main__":
    main()
