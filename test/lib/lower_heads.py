#!/usr/bin/env python3
"""How the tagger reads organisations headed by a lower-case word.

Usage: lower_heads.py CORPUS.jsonl ENTITIES.jsonl [EXAMPLES]

CORPUS.jsonl is the CLI's input (id and body of each article, as /tmp/corpus.jsonl),
ENTITIES.jsonl what `frnews --entities --jsonl-input` wrote for it.  For each
lower-case head of the conventions of docs/entities.md (`ministère de l'Intérieur`,
`tribunal correctionnel de Bobigny`, `cour d'appel de Douai`, `parquet national
financier`, `conseil départemental du Gers`, `agence régionale de santé`...) followed
by a name in the text, the script counts what the tagger output there:
  whole     a span that begins at the head, of the kind of the convention;
  head-K    a span that begins at the head, of another kind K;
  part-K    no span at the head, one of kind K inside the name (`Armées` MISC);
  nothing   no span touches the name;
and, of the spans that begin at the head, how many go on past a number after the
name (`ministère de la Santé 500`).  EXAMPLES (default 0) prints that many names of
each outcome but `whole` per head.
"""
import collections
import json
import re
import sys

CAP = r"[A-ZÀÂÉÈÊËÎÏÔÖÙÛÜÇŒ]"
OF = r"(?:de la |de l'|de l’|des |du |de |d'|d’)"
NAMED = OF + CAP + r"[\w'’-]*"
# head -> (pattern of the whole name from the head, kind of the convention)
HEADS = {
    "ministère": (r"ministère " + NAMED, "ORG"),
    "tribunal": (r"tribunal (?:correctionnel |judiciaire |administratif |de commerce |de grande instance |pour enfants )?" + NAMED, "ORG"),
    "cour d'appel": (r"cour (?:administrative )?d['’]appel " + NAMED, "ORG"),
    "parquet": (r"parquet (?:national (?:financier|antiterroriste)|général " + NAMED + "|" + NAMED + ")", "ORG"),
    "préfecture": (r"préfecture (?:de police |maritime )?" + NAMED, "ORG"),
    "conseil": (r"conseil (?:départemental|régional|général|municipal) " + NAMED, "ORG"),
    "agence régionale de santé": (r"agence régionale de santé", "ORG"),
    "rectorat": (r"rectorat " + NAMED, "ORG"),
    "mairie": (r"mairie " + NAMED, "ORG"),
}
# words that may continue a name after its capitalised word (`des Affaires étrangères`,
# `de l'Europe et des Affaires étrangères`); the name ends at the first other word
CONT = re.compile(r"(?: (?:et |de la |de l'|des |du |de |d'|et de la |et de l'|et des )?" + CAP +
                  r"[\w'’-]*| étrangères| sociales| nationale| publique| publics| européennes"
                  r"| solidaire| supérieur| économique| numérique| territoires| collectivités"
                  r"| maritime| naturelles| locales)")
NUMBER_AFTER = re.compile(r" \d")


def name_end(text, end):
    """The end of the name whose head pattern ended at END."""
    while True:
        m = CONT.match(text, end)
        if not m:
            return end
        end = m.end()


def main():
    corpus, entities = sys.argv[1], sys.argv[2]
    examples = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    spans = collections.defaultdict(list)
    for line in open(entities, encoding="utf-8"):
        e = json.loads(line)
        spans[e["doc"]].append((e["start"] - 1, e["start"] - 1 + e["len"], e["kind"]))
    pattern = {h: re.compile(r"(?<![\w'’-])" + p) for h, (p, _) in HEADS.items()}
    counts = {h: collections.Counter() for h in HEADS}
    shown = collections.defaultdict(list)
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        text, doc = d["body"], spans.get(d["id"], [])
        for head, pat in pattern.items():
            kind = HEADS[head][1]
            for m in pat.finditer(text):
                start, end = m.start(), name_end(text, m.end())
                at_head = [s for s in doc if s[0] == start]
                inside = [s for s in doc if start < s[0] < end]
                if at_head:
                    s = at_head[0]
                    outcome = "whole" if s[2] == kind and s[1] >= m.end() else "head-" + s[2]
                    if s[1] > end and NUMBER_AFTER.match(text, end) and s[1] > end + 1:
                        counts[head]["swallows a number"] += 1
                elif inside:
                    outcome = "part-" + inside[0][2]
                else:
                    outcome = "nothing"
                counts[head]["names"] += 1
                counts[head][outcome] += 1
                if outcome != "whole" and len(shown[head, outcome]) < examples:
                    got = "; ".join(text[a:b] + "|" + k for a, b, k in at_head + inside)
                    shown[head, outcome].append("%s  (%s)" % (text[start:end], got))
    total = collections.Counter()
    for head, c in counts.items():
        total.update(c)
        others = ", ".join("%s %d" % (k, v) for k, v in sorted(c.items(), key=lambda kv: -kv[1])
                           if k not in ("names", "whole", "nothing", "swallows a number"))
        print("%-26s names %5d  whole %5d (%.1f %%)  nothing %5d  %s  swallows a number %d"
              % (head, c["names"], c["whole"], 100.0 * c["whole"] / max(c["names"], 1),
                 c["nothing"], others, c["swallows a number"]))
    print("%-26s names %5d  whole %5d (%.1f %%)  nothing %5d  part %d  head-other %d  swallows a number %d"
          % ("all", total["names"], total["whole"], 100.0 * total["whole"] / max(total["names"], 1),
             total["nothing"], sum(v for k, v in total.items() if k.startswith("part-")),
             sum(v for k, v in total.items() if k.startswith("head-")), total["swallows a number"]))
    for (head, outcome), lines in sorted(shown.items()):
        print("-- %s: %s" % (head, outcome))
        for l in lines:
            print("   " + l)


if __name__ == "__main__":
    main()
