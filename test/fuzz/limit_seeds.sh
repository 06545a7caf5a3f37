#!/usr/bin/env bash
# test/fuzz/limit_seeds.sh — writes the seeds corpus/<target>/limits_<shape>:
# the pathological shapes of test/lib/limit_inputs.sh (the ones
# test/suites/limits.sh runs through every SQL function), as raw text for
# text, money, entities and signature, and as a JSON Lines document for
# json.  Each is cut to whole units under SEED_BYTES (test/suites/fuzz.sh
# runs with -max_len=4096).  The seeds are committed: re-run this after
# changing the shapes.
set -euo pipefail
cd "$(dirname "$0")"
source ../lib/limit_inputs.sh
export LC_ALL=C	# ${#var} counts bytes
SEED_BYTES=4000

# repeat_to VAR HEAD UNIT BYTES: VAR = HEAD, then UNIT as often as fits in
# BYTES (into a variable: $(...) would drop trailing newlines).
repeat_to() {
	local -n out=$1
	local n i
	out=$2
	n=$((($4 - ${#2}) / ${#3}))
	for ((i = 0; i < n; i++)); do out+=$3; done
}
json_string() {
	local s=${1//\\/\\\\}
	s=${s//\"/\\\"}
	printf '"%s"' "${s//$'\n'/\\n}"
}

for entry in "${LIMIT_INPUTS[@]}"; do
	name=${entry%%|*} rest=${entry#*|}
	unit=${rest%|*} head=${rest##*|}
	repeat_to text "$head" "$unit" "$SEED_BYTES"
	for target in text money entities signature; do
		printf '%s' "$text" >"corpus/$target/limits_$name"
	done
	# escapes can double the size: half the bytes for the JSON document
	repeat_to body "$head" "$unit" $((SEED_BYTES / 2))
	printf '{"id":"limits-%s","body":%s}\n' "$name" "$(json_string "$body")" >"corpus/json/limits_$name.json"
done

# The entity tagger's dictionary form: surfaces, a NUL, then the text.
roster=$(printf '%s\n' "${LIMIT_INPUTS[@]}" | sed -n 's/^roster|\(.*\) |$/\1/p')
repeat_to text "" "$roster " 3000
printf '%s|Caisse des|Jean Jean\0%s' "${roster// /|}" "$text" >corpus/entities/limits_dictionary
