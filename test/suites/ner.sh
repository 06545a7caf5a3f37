#!/usr/bin/env bash
# test/suites/ner.sh — quality of the entity tagger, through the CLI.
#
#  - recall on sentences with invented names (test/data/invented_names.txt):
#    at least 0.80, exact span and kind;
#  - scores of ../shared/ner/score.py, micro over PER/LOC/ORG: news-fr-dev
#    overlap F1 >= 0.75 and exact F1 >= 0.50, wikineural-fr-val exact F1
#    >= 0.65 (skipped when ../shared/ner is absent).
# Predictions and full score tables go to build/ner/.
set -uo pipefail
cd "$(dirname "$0")/../.."
NER=../shared/ner
CLI=build/frnews
OUT=build/ner
pass=0 fail=0 skip=0
mkdir -p "$OUT"

ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; fail=$((fail + 1)); }

[ -x "$CLI" ] || make -s "$CLI" >/dev/null

if python3 test/lib/ner_invented.py "$CLI" test/data/invented_names.txt 0.80 >"$OUT/invented.txt"; then
	ok "$(tail -1 "$OUT/invented.txt")"
else
	cat "$OUT/invented.txt"
	bad "$(tail -1 "$OUT/invented.txt")"
fi

# score CORPUS MODE(exact|overlap) MIN_F1
score() {
	local corpus=$1 mode=$2 min=$3 f1
	f1=$(python3 -c 'import json,sys; print("%.4f" % json.load(open(sys.argv[1]))[sys.argv[2]]["ALL"]["micro_core"]["f1"])' \
		"$OUT/$corpus.scores.json" "$mode") || { bad "$corpus $mode: no score"; return; }
	if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)' "$f1" "$min"; then
		ok "$corpus $mode micro_core F1 $f1 (minimum $min)"
	else
		bad "$corpus $mode micro_core F1 $f1 (minimum $min)"
	fi
}

for corpus in news-fr-dev wikineural-fr-val; do
	gold=$NER/$corpus.sent.jsonl
	if [ ! -f "$gold" ]; then
		echo "skip $corpus: $gold absent"
		skip=$((skip + 1))
		continue
	fi
	if ! python3 test/lib/ner_eval.py "$CLI" "$gold" "$OUT/$corpus.pred.jsonl" ||
		! python3 "$NER/score.py" "$gold" "$OUT/$corpus.pred.jsonl" --overlap --by-corpus \
			--json "$OUT/$corpus.scores.json" >"$OUT/$corpus.scores.txt"; then
		bad "$corpus: tagging or scoring failed"
		continue
	fi
	grep -A7 '== exact match, ALL' "$OUT/$corpus.scores.txt"
	grep -A7 '== overlap match, ALL' "$OUT/$corpus.scores.txt"
	if [ "$corpus" = news-fr-dev ]; then
		score "$corpus" overlap 0.75
		score "$corpus" exact 0.50
	else
		score "$corpus" exact 0.65
	fi
done

echo "ner: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
