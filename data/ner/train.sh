#!/usr/bin/env bash
# data/ner/train.sh — retrain the entity models: data/ner/model.bin (modern
# press, the default) and data/ner/model-hist.bin (old newspapers, used for
# the texts that src/core/frn_style.c reads as old press).
#
# Trains only on redistributable data (see data/ner/NOTICE.md):
#  - modern press sentences written for frnews (CC0): data/ner/written/*.txt
#    and ../shared/ner/press-written-fr.sent.jsonl, checked and augmented by
#    name substitution (data/ner/written.py);
#  - historical newspapers: europeana-fr-bnf (CC0), newseye-fr-dev and -dev2
#    (CC BY 4.0) from ../shared/ner (data/ner/prepare.py).
# NER_SEED=N draws another substitution of names in the modern written
# sentences, to measure the spread a change of data brings (default 23: of
# the draws 11, 23 and 37 of the data of December 4, the best on the
# development sets orangesum-fr-dev and wikineural-fr-val).
# Set NER_NO_NEWSEYE=1 to leave NewsEye out (to measure news-fr-dev, which
# contains it), NER_OCR_NOISE=1 to add OCR-noised copies of the old-style
# written sentences to the old-press model's data (an experiment).  Rebuild
# afterwards (make) to embed the new weights.
set -euo pipefail
cd "$(dirname "$0")/../.."
NER=${FRNEWS_NER_DIR:-../shared/ner}
[ -d "$NER" ] || { echo "train.sh: $NER is absent: cannot train"; exit 1; }
make -s build/frn-ner-train
hist=("$NER/europeana-fr-bnf.sent.jsonl")
[ -n "${NER_NO_NEWSEYE:-}" ] || hist+=("$NER/newseye-fr-dev.sent.jsonl" "$NER/newseye-fr-dev2.sent.jsonl")
python3 data/ner/prepare.py build/ner-hist.tsv "${hist[@]}"
# the written sentences in the style of old newspapers (writer-hist-misc-* is
# modern press despite its name): the old-press model's, and some of them
# (not writer-old-*, writer-paris-*) the modern model's too
W=data/ner/written
old_style=($(ls $W/writer-hist-*.txt $W/writer-hist2-*.txt $W/writer-old-*.txt $W/writer-paris-*.txt \
	$W/ner-data-hist-lists-*.txt | grep -v /writer-hist-misc-))
modern=($(ls $W/*.txt | grep -v '/writer-old-\|/writer-paris-'))
# the encyclopaedic and historical writer-* files (most of the lines) get one
# substituted copy, the modern press three: more would drown the press style;
# the modern MISC-heavy sentences (writer-hist-misc-*, ner-data-misc-*) five,
# to keep MISC of press text up against the ORG-heavy encyclopaedic files;
# writer-inv2-* none (its names are invented already)
python3 data/ner/written.py --strict --seed "${NER_SEED:-23}" --copies 3 --copies-of writer-hist-misc-=5 --copies-of ner-data-misc-=5 \
	--copies-of writer-inv2-=0 --copies-of writer-=1 build/ner-written.tsv \
	"$NER/press-written-fr.sent.jsonl" "${modern[@]}"
# the historical newspapers twice, to weigh them against the written sentences
cat build/ner-hist.tsv build/ner-hist.tsv build/ner-written.tsv >build/ner-all.tsv
# the lower-case words that this text (almost) never has inside a name: the
# tagger and the trainer, rebuilt with them, read none of them as part of one
./build/frn-ner-train -w build/ner-all.tsv data/ner/never-inside.txt
make -s build/frn-ner-train
# three trainings over three orders of the sentences, their weights averaged
# (-r 3): the model depends less on one order
./build/frn-ner-train -r 3 -e 20 -b 19 build/ner-all.tsv data/ner/model.bin
# the model of old press: the historical newspapers twice and the old-style
# written sentences with one substituted copy, no modern text (it teaches
# that an unknown capitalised word is often an organisation, which is wrong
# in old newspapers); 2^18 buckets keep both models under 16 MB
python3 data/ner/written.py --strict --copies 1 build/ner-written-hist.tsv "${old_style[@]}"
# NER_OCR_NOISE=1: half of those sentences get a copy with the noise of OCR
# (data/ner/ocr_noise.py; off by default: no gain measured with the style
# switch, see docs/entities.md)
if [ -n "${NER_OCR_NOISE:-}" ]; then
	python3 data/ner/ocr_noise.py --fraction 0.5 build/ner-written-hist.tsv build/ner-written-hist-ocr.tsv
	mv build/ner-written-hist-ocr.tsv build/ner-written-hist.tsv
fi
cat build/ner-hist.tsv build/ner-hist.tsv build/ner-written-hist.tsv >build/ner-all-hist.tsv
./build/frn-ner-train -e 20 -b 18 build/ner-all-hist.tsv data/ner/model-hist.bin
