#!/usr/bin/env python3
"""Microsoft Recognizers-Text French DateTime cases (datetime.jsonl) through
`frnews --dates --ref <reference>`.

A case passes when every expected span is found with the same offsets and a
matching resolved value, and nothing else overlaps it:
  date        lo = one of the upstream values (a date without year has a past
              and a future value upstream; frnews picks one by its tense rule)
  daterange   lo/hi = upstream start/end
  datetime    lo = one of the upstream values
  duration    our interval in seconds (month = 30 days, year = 365 days, as
              upstream) = upstream value
  time        time of day of lo = upstream value
  others      (timerange, datetimerange, set) the span only
Cases with no expected span pass when frnews finds nothing.
Usage: dates_peers.py FRNEWS DATETIME.jsonl DEVIATIONS.jsonl [LOGDIR]
Prints per upstream type "type: P/N (R %)" and exits 1 if one of date,
daterange, datetime, duration is under 80 % (deviations counted as passed).
"""
import collections, json, os, subprocess, sys

frnews, cases_path, dev_path = sys.argv[1:4]
logdir = sys.argv[4] if len(sys.argv) > 4 else None
cases = [json.loads(l) for l in open(cases_path, encoding='utf-8') if l.strip()]
deviations = {}
if os.path.exists(dev_path):
    for l in open(dev_path, encoding='utf-8'):
        if l.strip():
            d = json.loads(l)
            deviations[d['input']] = d['reason']

def run(ref, inputs):
    data = ''.join(json.dumps({'id': k, 'text': t}, ensure_ascii=False) + '\n' for k, t in inputs)
    args = ['--ref', ref[:16]] if ref else []
    out = subprocess.run([frnews, '--dates', '--jsonl-input'] + args,
                         input=data.encode(), capture_output=True, check=True).stdout
    found = collections.defaultdict(list)
    for l in out.decode().splitlines():
        r = json.loads(l)
        found[r['doc']].append(r)
    return found

by_ref = collections.defaultdict(list)
for k, c in enumerate(cases):
    by_ref[c['reference']].append((k, c['input']))
found = {}
for ref, inputs in by_ref.items():
    found.update(run(ref, inputs))

def dur_secs(d):
    y, m = divmod(d['months'], 12)
    return y * 365 * 86400 + m * 30 * 86400 + d['days'] * 86400 + d['seconds']

def value_ok(exp, r):
    t = exp['type']
    vals = exp.get('values') or []
    if t == 'date':
        return r['lo'] is not None and any(v.get('value') == r['lo'][:10] for v in vals)
    if t == 'daterange':
        return r['lo'] is not None and any(v.get('start') == r['lo'][:10] and v.get('end') == r['hi'][:10] for v in vals)
    if t == 'datetime':
        return r['lo'] is not None and any(v.get('value') == r['lo'] for v in vals)
    if t == 'duration':
        if not r['duration']:
            return False
        return any(v.get('value') and abs(float(v['value']) - dur_secs(r['duration'])) < 1 for v in vals)
    if t == 'time':
        return r['lo'] is not None and any(v.get('value') == r['lo'][11:] for v in vals)
    return True

tot = collections.Counter()
ok = collections.Counter()
asis = collections.Counter()
failures = []
for k, c in enumerate(cases):
    got = found.get(k, [])
    types = [e['type'] for e in c['expected']] or ['none']
    passed = True
    for e in c['expected']:
        s, l = e['start'] + 1, e['end'] - e['start'] + 1
        m = [r for r in got if r['start'] == s and r['len'] == l]
        if not m or not value_ok(e, m[0]):
            passed = False
    if not c['expected'] and got:
        passed = False
    dev = c['input'] in deviations
    for t in types:
        tot[t] += 1
        ok[t] += passed or dev
        asis[t] += passed
    if not passed and not dev:
        failures.append({'input': c['input'], 'reference': c['reference'],
                         'expected': [(e['text'], e['type'], e['start'] + 1, e['end'] - e['start'] + 1) for e in c['expected']],
                         'got': [(r['surface'], r['kind'], r['start'], r['len'], r['lo'], r['hi']) for r in got]})
bad = False
for t in sorted(tot):
    rate = 100.0 * ok[t] / tot[t]
    target = t in ('date', 'daterange', 'datetime', 'duration')
    if target and rate < 80:
        bad = True
    print(f"dates {t}: {ok[t]}/{tot[t]} ({rate:.0f} %{', target 80 %' if target else ''}; "
          f"{asis[t]} as published, {ok[t] - asis[t]} by documented deviation)")
print(f"dates all: {sum(ok.values())}/{sum(tot.values())}; deviations used: "
      f"{sum(1 for c in cases if c['input'] in deviations)}")
if logdir:
    os.makedirs(logdir, exist_ok=True)
    with open(os.path.join(logdir, 'peers-dates-failures.jsonl'), 'w', encoding='utf-8') as f:
        for x in failures:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
sys.exit(1 if bad else 0)
