#!/usr/bin/env bash
# Reproducible training of the tagger, POS and lemmatizer of the shipped pipeline (issue 11), and
# assembly of the shipped models/de_pressextract_ner (tagger + POS + lemmatizer + the unchanged NER).
#
# Run from the repository root with ../shared/data and ../shared/eval present, after
# scripts/train_model.sh (the NER) or on a checkout whose models/de_pressextract_ner already has the
# `ner` component: that component and the floret vectors are taken from there unchanged.
# Needs the training extra: pip install -e '.[train]' (HanTa, for the silver data only).
#
#   1. scripts/tag_silver.py    HanTa tags + lemmas on raw German text -> $BUILD/silver.jsonl
#   2. scripts/tag_convert.py   silver (mapped to GSD conventions) + UD GSD dev + PUD -> train/dev;
#                               GSD test -> test.spacy (evaluation only, never trained on)
#   3. spacy train models/config_tagger.cfg
#   4. scripts/tagger_package.py  + attribute_ruler (whitespace) + ner sourced unchanged -> $OUT
#   5. scripts/eval_tagger.py   UPOS / STTS / lemma accuracy on GSD test (gold tokens; one sentence
#                               per Doc and 5 per Doc as running text), words/s;
#                               the scores are written into the meta by a second packaging pass.
#
# Environment: DATA (../shared/data), EVAL (../shared/eval), BUILD (build/tag),
# OUT (models/de_pressextract_ner), PYTHON (python), BUNDESTAG_WORDS (1000000).
# Extra arguments go to `spacy train` (e.g. --training.max_steps 30 for a smoke run).
set -euo pipefail
DATA=${DATA:-../shared/data}
EVAL=${EVAL:-../shared/eval}
BUILD=${BUILD:-build/tag}
OUT=${OUT:-models/de_pressextract_ner}
PYTHON=${PYTHON:-python}
BUNDESTAG_WORDS=${BUNDESTAG_WORDS:-1000000}
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
mkdir -p "$BUILD"

NER_SRC="$BUILD/ner_source"
rm -rf "$NER_SRC"
cp -r "$OUT" "$NER_SRC"   # the ner component and vectors, before $OUT is replaced

if [ ! -s "$BUILD/silver.jsonl" ]; then
    "$PYTHON" scripts/tag_silver.py --eval "$EVAL" --data "$DATA" \
        --bundestag-words "$BUNDESTAG_WORDS" --every 11 --out "$BUILD/silver.jsonl"
fi
"$PYTHON" scripts/tag_convert.py --data "$DATA" --silver "$BUILD/silver.jsonl" --out "$BUILD"
"$PYTHON" -m spacy train models/config_tagger.cfg \
    --paths.train "$BUILD/train.spacy" --paths.dev "$BUILD/dev.spacy" \
    --paths.vectors "$NER_SRC" --output "$BUILD/output" "$@"
"$PYTHON" scripts/tagger_package.py "$BUILD/output/model-best" "$OUT" --ner "$NER_SRC"
"$PYTHON" scripts/eval_tagger.py "$OUT" --test "$DATA/ud-german-gsd/de_gsd-ud-test.conllu" \
    --group 5 --speed --json "$BUILD/test_scores.json"
"$PYTHON" scripts/tagger_package.py "$BUILD/output/model-best" "$OUT" --ner "$NER_SRC" \
    --scores "$BUILD/test_scores.json"
