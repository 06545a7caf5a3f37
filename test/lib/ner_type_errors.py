#!/usr/bin/env python3
"""Error study of one type against a gold .sent.jsonl file, exact matching as
../shared/ner/score.py (same span, same type): every false positive of TYPE
(default ORG) and every missed name of MISSED (default LOC) counted once under
its first cause, with the F1 of that type if the cause were fixed.  Prints two
Markdown tables (docs/entities.md, "Where the false ORG of WikiNEuRal come
from") and, with --examples N, the N most frequent surfaces of each cause.

Usage: ner_type_errors.py GOLD.sent.jsonl PRED.jsonl [--type ORG] [--missed LOC]
       [--examples N] [--detail]       (PRED from test/lib/ner_eval.py)

--detail splits a missed name (LOC, PER, ORG) by its word and its context
(round ner-enc10): a name output nowhere by what it is or where it stands (a
sentence start, after an elision or a hyphen, inside parentheses, in a list of
names, lower case, a lower-case particle inside, a transliterated or foreign
name); a boundary error by the side and the word that differs (a lower-case
head left out, `royaume` of `royaume de Castille`; a word added); a confusion
of type by the type read and the word before (`de`, `chez`, a title or role
noun, a list, a sentence start).

MISC (--type MISC, --missed MISC) has causes of its own: a boundary error is
split by what the two spans differ by (a number or a year left out or added,
a title cut at a lower-case or function word, a maker's name before a
product, a title running on), a confusion of type by the gold's type, and a
name found nowhere by its shape (a quoted title, lower case, all capitals, a
sentence start, a model number, one word or several).

The causes are read from the gold span at the same place (a confusion of
type, split by what the name is: a place named as a sports team, which the
conventions of frnews tag ORG; a building or a seat of an institution; a
country, region or city of the lists; an author or a single name after
"selon"), from an overlapping gold name (a boundary error), or from the word
itself when the gold has nothing (an acronym, a sentence start, a word of the
lexicon, a name of the organisation or company lists the silver annotation
did not link).  The lists are read from data/gazetteer/.
"""
import argparse
import json
import os
import re
from collections import Counter, defaultdict

GAZ = os.path.join(os.path.dirname(__file__), "..", "..", "data", "gazetteer")
# a sentence about a match: the team named by its city or country is ORG by
# the conventions of frnews (data/ner/written/NOTICE.md, writer-sport-*)
SPORT = re.compile(r"\b(?:match|matchs|contre|face à|face au|battu|bat|victoire|défaite|sélection|sélectionné|"
                   r"but|buts|finale|demi-finale|quart de finale|championnat|coupe|saison|club|équipe|joue|jouer|"
                   r"transféré|signe|prêté|entraîneur|ligue|playoffs|série éliminatoire|division|tournoi|"
                   r"rencontre|remporte|s'incline|élimine|qualifi\w+|score|nul)\b|\d+\s*-\s*\d+", re.I)
BUILDING = re.compile(r"^(?:musée|museum|bibliothèque|library|château|castle|palais|palace|église|cathédrale|"
                      r"abbaye|basilique|stade|stadium|arena|aréna|université|university|college|collège|école|"
                      r"lycée|institut|hôpital|maison|théâtre|opéra|galerie|gallery|observatoire|muséum|"
                      r"jardin|parc|centre|center|hall|tour|temple|cirque|conservatoire)\b", re.I)
SOURCE = re.compile(r"(?:\b(?:selon|d['’]après|chez|par|de|pour|avec)\s*)$", re.I)
START = re.compile(r"(?:^|[.!?:«\"—–(])\W*$")


def load(*names):
    words = set()
    for n in names:
        for line in open(os.path.join(GAZ, n), encoding="utf-8"):
            line = line.strip()
            if line and not line.startswith("#"):
                words.add(line.casefold())
    return words


PLACES = load("countries.txt", "regions.txt", "places.txt", "communes.txt", "cities.txt")
ORGS = load("organisations.txt", "companies.txt", "brands.txt")
LEXICON = load("lexicon.txt")


def acronym(w):
    letters = [c for c in w if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in w


def place_cause(t, s, e, sentence):
    """why a place of the gold was read as an organisation (or missed as one)"""
    w = t[s:e]
    if BUILDING.match(w):
        return "a building or a seat (museum, castle, university)"
    if w.casefold() in PLACES:
        if SPORT.search(sentence):
            return "a place of the lists in a sentence of sport (a team: ORG by the conventions)"
        return "a country, region or city of the lists as an actor or in history"
    if SPORT.search(sentence):
        return "a place unknown to the lists in a sentence of sport"
    return "a place unknown to the lists (historical region, river, site)"


QUOTED = re.compile(r"[«\"“'‘]\s*$")
FUNCTION = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "à", "au", "aux", "en", "un", "une",
            "sur", "pour", "par", "dans", "avec", "ou", "est", "on", "a", "of", "the", "and", "by"}


def misc_diff(t, p, g):
    """how a predicted span p differs from the gold span g that it overlaps"""
    if p[0] >= g[0] and p[1] <= g[1]:
        rest = (t[g[0]:p[0]] + " " + t[p[1]:g[1]]).strip()
        if re.fullmatch(r"[\W\d]*\d[\w\W]{0,3}", t[p[1]:g[1]].strip()) and not t[g[0]:p[0]].strip():
            return "a number, a year or a model code after the name left out (`Miss France` of `Miss France 2018`)"
        words = re.findall(r"\w+", rest)
        if any(w.casefold() in FUNCTION or w[:1].islower() for w in words):
            return "a title cut at a lower-case or function word (`Un jour` of `Un jour, un destin`)"
        if t[g[0]:p[0]].strip() and not t[p[1]:g[1]].strip():
            return "a word or a number before the name left out (`H` of `13H`, a maker's name)"
        return "cut short, other (a word or a code left out)"
    if p[0] <= g[0] and p[1] >= g[1]:
        return "running on past the name (`Nuit debout du PS` for `Nuit debout`)"
    return "shifted: starts and ends elsewhere"


def misc_shape(t, s, e):
    """what a name found nowhere looks like"""
    w = t[s:e]
    if re.search(r"(?:\d\s*|°\s*)$", t[:s]) and len(w) <= 3:
        return "a unit after a number or a degree sign (`C` of `42°C`)"
    if QUOTED.search(t[:s]):
        return "in quotes"
    if w[:1].islower():
        return "lower case"
    if acronym(w):
        return "all capitals"
    if any(c.isdigit() for c in w):
        return "with a number (a model, an edition)"
    if START.search(t[:s]) and " " not in w:
        return "one word at a sentence start"
    return "one word" if " " not in w else "several words"


def same_and_over(x, others):
    """The spans of others at x's exact place, and those that overlap it"""
    s, e = x[0], x[1]
    return ([o for o in others if o[0] == s and o[1] == e],
            [o for o in others if o[0] < e and s < o[1]])


def misc_fp_cause(t, p, gold):
    s, e, typ = p
    same, over = same_and_over((s, e), gold)
    if same:
        return "type: gold %s at the same span" % same[0][2]
    if over:
        g = next((g for g in over if g[2] == typ), None)
        if g:
            return "boundary: " + misc_diff(t, p, g)
        return "boundary and type: a gold %s overlaps" % over[0][2]
    return "nothing in the gold: " + misc_shape(t, s, e)


def misc_fn_cause(t, g, pred):
    s, e, typ = g
    same, over = same_and_over((s, e), pred)
    if same:
        return "type: read %s" % same[0][2]
    if over:
        p = next((p for p in over if p[2] == typ), None)
        if p:
            return "boundary: " + misc_diff(t, p, g)
        return "boundary and type: read %s" % over[0][2]
    return "not found: " + misc_shape(t, s, e)


def fp_cause(t, p, gold):
    s, e, typ = p
    w = t[s:e]
    same, over = same_and_over((s, e), gold)
    if same:
        g = same[0][2]
        if g == "LOC":
            return "gold LOC: " + place_cause(t, s, e, t)
        if g == "PER":
            if SOURCE.search(t[:s]) and " " not in w:
                return "gold PER: one word after selon, d'après, de, par (an author)"
            if " " not in w:
                return "gold PER: one word (ancient name, stage name, surname alone)"
            return "gold PER: a full name"
        if g == "MISC":
            if w.casefold() in ORGS:
                return "gold MISC: a name of the organisation or brand lists (platform, site, product)"
            return "gold MISC: other (work, event, period, group)"
        return "gold %s at the same span" % g
    if over:
        if any(g[2] == typ for g in over):
            return "boundary: a gold %s overlaps with another span" % typ
        return "boundary and type: a gold %s overlaps" % over[0][2]
    if acronym(w):
        if w.casefold() in ORGS:
            return "nothing in the gold: an acronym of the lists (silver not linked)"
        return "nothing in the gold: another acronym"
    if w.casefold() in ORGS:
        return "nothing in the gold: a name of the lists (silver not linked)"
    if START.search(t[:s]) and " " not in w:
        return "nothing in the gold: one word at a sentence start"
    if " " not in w and w.casefold() in LEXICON:
        return "nothing in the gold: one word of the lexicon (capitalised common noun)"
    if " " not in w:
        return "nothing in the gold: another single word"
    return "nothing in the gold: another name of several words"


def fn_cause(t, g, pred):
    s, e, typ = g
    w = t[s:e]
    same, over = same_and_over((s, e), pred)
    if same:
        return "read %s: %s" % (same[0][2], place_cause(t, s, e, t))
    if over:
        if any(p[2] == typ for p in over):
            return "boundary: a %s found with another span" % typ
        return "boundary and type: read %s" % over[0][2]
    if w[:1].islower():
        return "not found: lower-case"
    if START.search(t[:s]) and " " not in w:
        return "not found: one word at a sentence start"
    if w.casefold() in PLACES:
        return "not found: a place of the lists"
    if " " not in w:
        return "not found: one word unknown to the lists"
    return "not found: a name of several words unknown to the lists"


# letters of transliterations and foreign spellings that French text does not use
TRANSLIT = re.compile(r"[āēīōūǎǐǒǔăĕĭŏŭâ̆ḥṣṭẓḍṇṃśšžčćřňęąłøåæßğışţțńŁŠŽČĆŘŇØÅÆ'ʿʾ]|[kwKW](?!\b)|ā|ō|ū")
ELIDED = re.compile(r"\b[dlLDjJnNsSqQ]u?['’]\s*$|\bqu['’]\s*$", re.I)
ROLE = re.compile(r"\b(?:roi|reine|empereur|impératrice|prince|princesse|pape|saint|sainte|général|amiral|"
                  r"contre-amiral|maréchal|comte|duc|philosophe|géographe|historien|poète|écrivain|auteur|"
                  r"peintre|chanteur|chanteuse|rappeur|catcheur|joueur|joueuse|pilote|fils|fille|père|mère|"
                  r"frère|sœur|oncle|épouse|femme|mari|président|ministre|chef|pharaon|évêque|abbé|calife|"
                  r"sultan|chah|tsar|consul|tribun|dieu|déesse|héros|personnage|disciple|élève|maître)\s*$", re.I)
PLACE_HEAD = re.compile(r"^(?:royaume|empire|province|comté|canton|district|département|région|duché|comté|"
                        r"principauté|république|état|île|îles|ville|village|mont|monts|massif|lac|baie|golfe|"
                        r"détroit|cap|canal|fleuve|rivière|gave|vallée|col|plateau|péninsule|presqu'île|"
                        r"parc|forêt|désert|mer|océan|chutes|caldeira|cordillère|chaîne|arrondissement|"
                        r"municipalité|commune|quartier|rue|avenue|place|pont|aéroport|gare|port)$", re.I)


def before_word(t, s):
    """the word right before offset s, lower-cased, or a mark of what stands there"""
    left = t[:s].rstrip()
    if not left or START.search(left + " "):
        return "a sentence start"
    if left.endswith("("):
        return "("
    if left.endswith(","):
        return ","
    m = re.search(r"(\w+['’]?)$", left)
    return m.group(1).lower() if m else left[-1]


def context_cause(t, s, e):
    """where a name stands, for a type confusion"""
    left = t[:s].rstrip()
    w = before_word(t, s)
    if w == "a sentence start":
        return "at a sentence start"
    if w == "(":
        return "inside parentheses"
    if w in (",", "et", "ou") or re.match(r"\s*(?:,|et\b|ou\b)", t[e:]):
        return "in a list of names (`X, Y et Z`)"
    if ROLE.search(left):
        return "after a title or a role noun (`le géographe X`, `l'empereur X`)"
    if re.search(r"\b(?:chez|selon|d['’]après|par)\s*$", left, re.I):
        return "after `chez`, `selon`, `d'après`, `par`"
    if re.search(r"(?:\b(?:de|du|des)|\bd['’])\s*$", left, re.I):
        return "after `de`, `d'`, `du`, `des`"
    if re.search(r"\b(?:à|au|aux|en|dans|vers|sur)\s*$", left, re.I):
        return "after `à`, `en`, `dans`, `sur`"
    if re.search(r"\b(?:contre|bat|face à|battu par)\s*$", left, re.I):
        return "after `contre`, `bat`, `face à`"
    return "other context"


def shape_cause(t, s, e):
    """what a name output nowhere looks like, or where it stands"""
    w = t[s:e]
    left = t[:s]
    if w[:1].islower():
        return "lower case (`rivière des Perles`)"
    if re.search(r"\s(?:de|du|des|d['’]|la|le|les|el|al|van|von|da|di|del|y)\s", " " + w + " ") or \
            re.search(r" [a-zà-ÿ]", w):
        return "a lower-case particle or word inside"
    if ELIDED.search(left):
        return "after an elision (`d'X`, `l'X`)"
    if left.endswith("-"):
        return "after a hyphen"
    if left.rstrip().endswith("("):
        return "inside parentheses"
    if re.search(r"(?:,|\bet|\bou)\s*$", left) or re.match(r"\s*(?:,|et\b|ou\b)", t[e:]):
        return "in a list of names"
    if START.search(left):
        return "at a sentence start"
    if TRANSLIT.search(w):
        return "a transliterated or foreign spelling (`ā`, `š`, `k`, `w`)"
    if any(c.isdigit() for c in w):
        return "with a number"
    return "one word, other" if " " not in w else "several words, other"


def boundary_cause(t, p, g):
    """how a predicted name p of the same type differs from the gold name g"""
    parts = []
    for side, a, b in (("left", g[0], p[0]), ("right", p[1], g[1])):
        if a == b:
            continue
        if a < b:  # the gold runs further: words left out
            words = re.findall(r"[\w'’.-]+", t[a:b])
            word = words[0] if side == "left" else (words[-1] if words else "")
            if side == "left" and words and PLACE_HEAD.match(words[0]):
                parts.append("left: a lower-case head of a place left out (`royaume`, `gave`, `province`)")
            elif words and (word[:1].islower() or word.lower() in FUNCTION):
                parts.append("%s: a lower-case word left out" % side)
            else:
                parts.append("%s: a capitalised word or a sign left out" % side)
        else:
            words = re.findall(r"[\w'’.-]+", t[b:a])
            if side == "right" and words and (words[0].lower() in ("de", "du", "des", "d'", "d’") or
                                               words[0][:2].lower() in ("d'", "d’")):
                parts.append("right: a complement added (`X de Y`)")
            elif words and words[0][:1].islower():
                parts.append("%s: a lower-case word added" % side)
            else:
                parts.append("%s: a capitalised word added" % side)
    return "; ".join(parts) or "same span"


def fn_detail(t, g, pred):
    """fn_cause, finer: the word and the context of a missed name (--detail)"""
    s, e, typ = g
    same, over = same_and_over((s, e), pred)
    if same:
        known = " (a place of the lists)" if t[s:e].casefold() in PLACES else ""
        return "read %s%s, %s" % (same[0][2], known, context_cause(t, s, e))
    if over:
        p = next((p for p in over if p[2] == typ), None)
        if p:
            return "boundary: " + boundary_cause(t, p, g)
        return "boundary and type: read %s" % over[0][2]
    return "nothing: " + shape_cause(t, s, e)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--type", default="ORG")
    ap.add_argument("--missed", default="LOC")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--detail", action="store_true", help="finer causes of a missed name")
    a = ap.parse_args()
    pred = {}
    for line in open(a.pred, encoding="utf-8"):
        r = json.loads(line)
        pred[r["id"]] = {(x["start"], x["end"], x["type"]) for x in r["entities"]}
    fps, fns = Counter(), Counter()
    # the same cause may name a false and a missed name: examples of each apart
    fp_examples, fn_examples = defaultdict(Counter), defaultdict(Counter)
    tp, ngold, npred = Counter(), Counter(), Counter()
    for line in open(a.gold, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        t = g["text"]
        # sorted, so that the first overlapping span (a cause) never depends on the order of a set
        G = sorted({(x["start"], x["end"], x["type"]) for x in g["entities"]})
        P = sorted(pred.get(g["id"], set()))
        for typ in {a.type, a.missed}:  # (once when they are the same type)
            tp[typ] += sum(1 for x in P if x[2] == typ and x in G)
            ngold[typ] += sum(1 for x in G if x[2] == typ)
            npred[typ] += sum(1 for x in P if x[2] == typ)
        for p in sorted(set(P) - set(G)):
            if p[2] == a.type:
                c = (misc_fp_cause if a.type == "MISC" else fp_cause)(t, p, G)
                fps[c] += 1
                fp_examples[c][t[p[0]:p[1]]] += 1
        for x in sorted(set(G) - set(P)):
            if x[2] == a.missed:
                c = (misc_fn_cause if a.missed == "MISC" else fn_detail if a.detail else fn_cause)(t, x, P)
                fns[c] += 1
                fn_examples[c][t[x[0]:x[1]]] += 1

    def boundary_same_type(cause):
        # a prediction of the type was there with another span
        return cause.startswith("boundary: ")

    def f1(typ, dtp=0, dpred=0):
        p, r = (tp[typ] + dtp) / max(1, npred[typ] + dpred), (tp[typ] + dtp) / max(1, ngold[typ])
        return 100 * 2 * p * r / max(1e-9, p + r)

    print("False %s (%d; %s F1 %.1f):\n" % (a.type, sum(fps.values()), a.type, f1(a.type)))
    print("| cause | false %s | %s F1 if fixed |" % (a.type, a.type))
    print("| --- | ---: | ---: |")
    for c, n in fps.most_common():
        print("| %s | %d | %.1f |" % (c, n, f1(a.type, dpred=-n)))
    print("\nMissed %s (%d; %s F1 %.1f):\n" % (a.missed, sum(fns.values()), a.missed, f1(a.missed)))
    print("| cause | missed %s | %s F1 if fixed |" % (a.missed, a.missed))
    print("| --- | ---: | ---: |")
    for c, n in fns.most_common():
        # fixed: the name found with its span, one prediction of the type
        # more unless a prediction of the type was there with another span
        print("| %s | %d | %.1f |" % (c, n, f1(a.missed, dtp=n, dpred=0 if boundary_same_type(c) else n)))
    if a.examples:
        for what, examples in (("false " + a.type, fp_examples), ("missed " + a.missed, fn_examples)):
            for c in examples:
                print("\n%s, %s: %s" % (what, c, ", ".join("%s (%d)" % kv for kv in examples[c].most_common(a.examples))))


if __name__ == "__main__":
    main()
