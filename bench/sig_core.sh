#!/usr/bin/env bash
# bench/sig_core.sh — the core of fr_signature() (and of the entity tagger)
# alone, over the corpus bodies.
#
#   bash bench/sig_core.sh dump OUT [N]   signatures of the first N bodies (all
#                                         by default), one hex line each, at 16,
#                                         128 and 1024 slots, then of all of them
#                                         as one text (chunked), to OUT
#   bash bench/sig_core.sh time [N] [RUNS]  CPU seconds of RUNS processes (5),
#                                         each one pass over N bodies, and the best
#   bash bench/sig_core.sh entities [N] [RUNS]  the same for frn_entities_find
#                                         (fr_entities_builtin without PostgreSQL)
#   bash bench/sig_core.sh dates [N] [RUNS]  the same for frn_extract_dates
#                                         (fr_dates(body, ref) without PostgreSQL)
#   bash bench/sig_core.sh tokens [N] [RUNS]  the same for the analysis the tagger
#                                         starts with (tokens, sentences, folds)
#   bash bench/sig_core.sh entities-ab OTHER_SIG_CORE [N] [PAIRS] [COPIES]
#                                         frn_entities_find of this build and of
#                                         another sig-core binary alternated, PAIRS
#                                         pairs (20), each run from one of COPIES
#                                         (6) copies of its file in turn: medians,
#                                         bests, pairs this one won
#   bash bench/sig_core.sh callgrind [N]  instruction count (Ir) over N bodies
#   bash bench/sig_core.sh tokens-diff OTHER_CHECKOUT [N]  --dump-tokens of this
#                                         build and of OTHER's core objects over
#                                         N bodies (all by default) and the texts
#                                         of bench/tokens_adversarial.py: they
#                                         must be byte-identical
#
# Signatures are stored by users, so a change to the signature code must
# leave every dump byte-identical: dump before and after, then cmp.  Builds
# the core objects (make) and bench/sig_core.c into build/bench/sig-core.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

if ! frn_bench_corpus_present; then
	echo "skipped: ../shared/corpus not found"
	exit 0
fi

mkdir -p "$FRN_BENCH_OUT"
make -s -j2 build/frnews >/dev/null
cc -O2 -g -std=c11 -Wall -D_POSIX_C_SOURCE=200809L -Isrc/core -o build/bench/sig-core bench/sig_core.c \
	$(ls build/core/*.o) $(pkg-config --libs icu-uc icu-i18n) -lstemmer -lm

# texts N: the file of the first N bodies (0 = all), NUL-separated.
texts() {
	local f=$FRN_BENCH_OUT/sig-texts-$1.nul
	if [ ! -s "$f" ]; then
		python3 - "$1" "${FRN_CORPUS_FILES[@]}" >"$f.tmp" <<-'PY'
			import gzip, json, sys
			limit, out, count = int(sys.argv[1]), sys.stdout.buffer, 0
			for path in sys.argv[2:]:
			    with gzip.open(path, "rt", encoding="utf-8") as f:
			        for line in f:
			            if limit and count >= limit:
			                sys.exit(0)
			            body = json.loads(line).get("body")
			            if body is not None:
			                out.write(body.encode() + b"\0")
			                count += 1
		PY
		mv "$f.tmp" "$f"
	fi
	echo "$f"
}

case "${1:-}" in
	dump)
		f=$(texts "${3:-0}")
		for n in 16 128 1024; do
			build/bench/sig-core --dump $n "$f"
		done >"$2"
		tr '\0' '\n' <"$f" >"$f.whole"
		build/bench/sig-core --dump 128 "$f.whole" >>"$2"
		rm -f "$f.whole" ;;
	time | entities | dates | tokens)
		f=$(texts "${2:-0}")
		for ((i = 0; i < ${3:-5}; i++)); do
			build/bench/sig-core --"$1" "$f"
		done | sort -n | awk 'NR == 1 { best = $1 } { print } END { print "best:", best, "s CPU" }' ;;
	entities-ab)
		other=${2:?usage: entities-ab OTHER_SIG_CORE [N] [PAIRS] [COPIES]}
		f=$(texts "${3:-5000}")
		copies=${5:-6}
		# The same binary run from two files can differ by a few per cent,
		# steadily (each file has its own pages in the page cache, where the
		# model's rows and the gazetteer are read; docs/entities.md, round
		# ner-speed16): each pair runs copy i % COPIES of each binary.
		copy_dir=$(mktemp -d)
		trap 'rm -rf "$copy_dir"' EXIT
		for ((c = 0; c < copies; c++)); do
			cp build/bench/sig-core "$copy_dir/this-$c"
			cp "$other" "$copy_dir/other-$c"
		done
		for ((i = 0; i < ${4:-20}; i++)); do
			# alternate which one runs first, for each copy too
			if (((i + i / copies) % 2)); then order="other this"; else order="this other"; fi
			for w in $order; do
				bin=$copy_dir/$w-$((i % copies))
				echo "$i $w $("$bin" --entities "$f" | awk '{ print $1 }')"
			done
		done | python3 -c '
import statistics, sys
t = {"this": {}, "other": {}}
for line in sys.stdin:
    i, w, s = line.split()
    t[w][i] = float(s)
for w in ("other", "this"):
    v = list(t[w].values())
    print(f"{w}: median {statistics.median(v):.4f} s, best {min(v):.3f}, worst {max(v):.3f}")
won = sum(t["this"][i] < t["other"][i] for i in t["this"])
print(f"this build faster in {won} of", len(t["this"]), "pairs")' ;;
	tokens-diff)
		other=$(cd "${2:?usage: tokens-diff OTHER_CHECKOUT [N]}" && pwd)
		make -s -C "$other" -j2 build/frnews >/dev/null
		cc -O2 -std=c11 -Wall -D_POSIX_C_SOURCE=200809L -Isrc/core -o build/bench/sig-core-other \
			bench/sig_core.c $(ls "$other"/build/core/*.o) $(pkg-config --libs icu-uc icu-i18n) -lstemmer -lm
		adv=$FRN_BENCH_OUT/tokens-adversarial.nul
		[ -s "$adv" ] || python3 bench/tokens_adversarial.py >"$adv"
		for f in "$(texts "${3:-0}")" "$adv"; do
			if cmp <(build/bench/sig-core --dump-tokens "$f") <(build/bench/sig-core-other --dump-tokens "$f"); then
				echo "identical: $(basename "$f") ($(tr -dc '\0' <"$f" | wc -c) texts)"
			else
				echo "DIFFERENT: $(basename "$f")"
				exit 1
			fi
		done ;;
	callgrind)
		valgrind --tool=callgrind --callgrind-out-file="$FRN_BENCH_OUT/callgrind.out" \
			build/bench/sig-core --time "$(texts "${2:-2000}")" 2>&1 | grep -E "Collected|CPU"
		;;
	*)
		sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
		exit 2 ;;
esac
