#!/usr/bin/env python3
"""Scores `frnews --dates` on test/data/dates_press.jsonl (sentences written
for frnews, spans and values checked by hand).  A sentence passes when frnews
finds exactly its expected expressions, each with the same start, length,
kind, [lo, hi), qualifier (and duration).  Usage: dates_press.py FRNEWS FILE
[FAILURES]; exits 1 under 95 %."""
import collections, json, subprocess, sys

frnews, path = sys.argv[1:3]
cases = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
found = collections.defaultdict(list)
for ref in sorted({c['ref'] for c in cases}):
    idx = [k for k, c in enumerate(cases) if c['ref'] == ref]
    data = ''.join(json.dumps({'id': k, 'text': cases[k]['text']}, ensure_ascii=False) + '\n' for k in idx)
    out = subprocess.run([frnews, '--dates', '--jsonl-input', '--ref', ref], input=data.encode(),
                         capture_output=True, check=True).stdout.decode()
    for l in out.splitlines():
        r = json.loads(l)
        found[r['doc']].append(r)
keys = ('surface', 'start', 'len', 'kind', 'lo', 'hi', 'qualifier')
passed, failures = 0, []
for k, c in enumerate(cases):
    got = [{x: r[x] for x in keys} | ({'duration': r['duration']} if r['kind'] == 'duration' else {})
           for r in found[k]]
    want = [{x: e[x] for x in keys} | ({'duration': e['duration']} if 'duration' in e else {})
            for e in c['expected']]
    if got == want:
        passed += 1
    else:
        failures.append({'text': c['text'], 'want': want, 'got': got})
rate = 100.0 * passed / len(cases)
print(f"dates_press: {passed}/{len(cases)} sentences ({rate:.1f} %, target 95 %)")
if len(sys.argv) > 3:
    with open(sys.argv[3], 'w', encoding='utf-8') as f:
        for x in failures:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
sys.exit(0 if rate >= 95 else 1)
