#!/usr/bin/env bash
# test/suites/cli.sh — the frnews command-line tool: modes, JSON Lines output
# (escaping, 1-based character offsets), --jsonl-input reading, errors.
# Last line: "cli: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

make -s build/frnews ${PG_CONFIG:+PG_CONFIG="$PG_CONFIG"} >/dev/null 2>&1 || { echo "cli: 0 passed, 1 failed"; exit 1; }
bin=build/frnews
pass=0 fail=0

# check NAME EXPECTED ACTUAL
check() {
	if [ "$2" == "$3" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		printf 'FAIL %s\n  want: %s\n  got:  %s\n' "$1" "$2" "$3"
	fi
}

check "tokens with offsets, kinds, norm and stem" \
'{"doc":"-","pos":1,"start":1,"len":2,"kind":"elision","token":"L’","norm":"l'"'"'","stem":null}
{"doc":"-","pos":2,"start":3,"len":6,"kind":"word","token":"Élysée","norm":"elysee","stem":"élys"}
{"doc":"-","pos":3,"start":11,"len":2,"kind":"number","token":"60","norm":"60","stem":null}
{"doc":"-","pos":4,"start":14,"len":1,"kind":"symbol","token":"%","norm":"%","stem":null}' \
"$(printf '%s' 'L’Élysée  60 %' | $bin)"

check "sentences" \
'{"doc":"-","pos":1,"start":1,"len":17,"sentence":"M. Dupont arrive."}
{"doc":"-","pos":2,"start":19,"len":9,"sentence":"Il part !"}' \
"$(printf '%s' 'M. Dupont arrive. Il part !' | $bin --sentences)"

check "amounts: value and currency, the unit as written and the number in it; no currency named" \
'{"doc":"-","start":1,"len":8,"surface":"50 cents","value":"0.5","currency":"USD","qualifier":"about","unit":"cent","unit_value":"50"}
{"doc":"-","start":19,"len":22,"surface":"528 millions de francs","value":null,"currency":null,"qualifier":null,"unit":"franc","unit_value":"528000000"}' \
"$(printf '%s' '50 cents environ, 528 millions de francs' | $bin --amounts)"

check "amounts: FRNEWS_READINGS names the currency of plain francs" \
'{"doc":"-","start":1,"len":22,"surface":"528 millions de francs","value":"528000000","currency":"FRF","qualifier":null,"unit":"franc","unit_value":"528000000"}' \
"$(printf '%s' '528 millions de francs' | FRNEWS_READINGS=franc=FRF $bin --amounts)"

check "normalize, one record per file" \
'{"doc":"-","norm":"l'"'"'elysee a dit : 60 %"}' \
"$(printf '%s' 'L’Élysée  a dit :  60 %' | $bin --normalize)"

check "JSON escaping of quotes, backslashes, controls" \
'{"doc":"-","norm":"\"a\\b\" \u0001 �"}' \
"$(printf '"a\\b"\t\001 \377' | $bin --normalize)"

check "invalid input bytes are one character each, written as \\ufffd" \
'1 1 "\ufffd" 2 2 "ab"' \
"$(printf '\377ab' | $bin | sed -E 's/.*"start":([0-9]+),"len":([0-9]+),"kind":"[a-z]+","token":("[^"]*").*/\1 \2 \3/' | tr '\n' ' ' | sed 's/ $//')"

check "jsonl input: body, text, ids, escapes, surrogate pairs" \
'{"doc":"x\"1","norm":"economie"}
{"doc":42,"norm":"l'"'"'etat 😀"}
{"doc":3,"norm":"a b"}' \
"$(printf '%s\n' '{"id":"x\"1","body":"Économie","title":"ignored"}' \
	'{"text":"L\u2019\u00c9tat \ud83d\ude00","id":42,"extra":[1,{"a":null}]}' \
	'{"body":"a\nb"}' | $bin --normalize --jsonl-input)"

check "character offsets count code points, not bytes" \
'4 1 €' \
"$(printf '%s' 'é 5€' | $bin | tail -1 | sed -E 's/.*"start":([0-9]+),"len":([0-9]+).*"token":"([^"]*)".*/\1 \2 \3/')"

out=$(printf '%s\n' '{"body":"ok"}' 'not json' '{"body":42}' | $bin --normalize --jsonl-input 2>/tmp/frnews-cli-err.$$)
rc=$?
check "bad jsonl lines are reported and skipped" '1 {"doc":1,"norm":"ok"} 2' \
	"$rc $out $(grep -c 'not a JSON object' /tmp/frnews-cli-err.$$)"
rm -f /tmp/frnews-cli-err.$$

$bin --no-such-option </dev/null >/dev/null 2>&1
check "unknown option exits 2" 2 $?

$bin /nonexistent/file >/dev/null 2>&1
check "missing file exits 1" 1 $?

err=$(printf '%s' 'Le gouvernement a dit.' | $bin --bench 2>&1 >/dev/null)
check "bench reports bytes and MB/s" "ok" "$(grep -qE '^frnews bench: 22 bytes, 5 tokens; core: .* MB/s' <<<"$err" && echo ok || echo "$err")"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
