#!/usr/bin/env python3
"""Check a file of sentences with marked names (the format of ner_invented.py).

Usage: check_marked.py MARKED.txt [OTHER.txt ...]

Every line that is not blank or a # comment must have at least one name
marked [surface|KIND] (PER, LOC, ORG, MISC), no other bracket or bar, no
space at either end of a surface, and must not repeat another line.  With
OTHER files (a test set), no sentence and no marked name of MARKED may be in
them: a development set must not overlap the test set.  Prints the names by
kind; exits 1 on any fault.
"""
import collections
import re
import sys

MARK = re.compile(r"\[([^\]|]+)\|(PER|LOC|ORG|MISC)\]")


def read(path):
    return [(n, l.rstrip("\n")) for n, l in enumerate(open(path, encoding="utf-8"), 1)
            if l.strip() and not l.startswith("#")]


def names(line):
    return [(m.group(1), m.group(2)) for m in MARK.finditer(line)]


def main():
    path, others = sys.argv[1], sys.argv[2:]
    faults = 0
    seen = set()
    kinds = collections.Counter()
    other_lines, other_names = set(), set()
    for o in others:
        for _, l in read(o):
            other_lines.add(MARK.sub(r"\1", l))
            other_names.update(s for s, _ in names(l))

    def fault(n, why, line):
        nonlocal faults
        faults += 1
        print("%s:%d: %s: %s" % (path, n, why, line))

    for n, line in read(path):
        found = names(line)
        plain = MARK.sub(r"\1", line)
        if not found:
            fault(n, "no marked name", line)
        if re.search(r"[\[\]|]", MARK.sub("", line)):
            fault(n, "a bracket or bar outside a mark", line)
        for s, k in found:
            kinds[k] += 1
            if s != s.strip():
                fault(n, "space at an end of [%s]" % s, line)
            if s in other_names:
                fault(n, "name [%s] is in %s" % (s, " ".join(others)), line)
        if plain in seen:
            fault(n, "repeated sentence", line)
        if plain in other_lines:
            fault(n, "sentence is in %s" % " ".join(others), line)
        seen.add(plain)
    print("%s: %d sentences, %d names (%s), %d faults"
          % (path, len(seen), sum(kinds.values()),
             ", ".join("%s %d" % kv for kv in sorted(kinds.items())), faults))
    sys.exit(1 if faults else 0)


if __name__ == "__main__":
    main()
