#!/usr/bin/env bash
# data/ner/train.sh — retrain the entity model (data/ner/model.bin).
#
# Trains only on redistributable data (see data/ner/NOTICE.md):
# europeana-fr-bnf (CC0), newseye-fr-dev and -dev2 (CC BY 4.0) from
# ../shared/ner, plus synthetic sentences from data/ner/synth.py.
# Rebuild afterwards (make) to embed the new weights.
set -euo pipefail
cd "$(dirname "$0")/../.."
NER=../shared/ner
[ -d "$NER" ] || { echo "train.sh: $NER is absent: cannot train"; exit 1; }
make -s build/frn-ner-train
python3 data/ner/prepare.py build/ner-train.tsv \
	"$NER/europeana-fr-bnf.sent.jsonl" "$NER/newseye-fr-dev.sent.jsonl" "$NER/newseye-fr-dev2.sent.jsonl"
python3 data/ner/synth.py build/ner-synth.tsv 8000 7
cat build/ner-train.tsv build/ner-synth.tsv >build/ner-all.tsv
./build/frn-ner-train -e 20 -b 17 build/ner-all.tsv data/ner/model.bin
