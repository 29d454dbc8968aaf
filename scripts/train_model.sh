#!/usr/bin/env bash
# Reproducible training of the shipped NER model models/de_pressextract_ner (issue 7).
#
#   bash scripts/train_model.sh            # from the repo root, with ../shared/data present
#
# Steps: GermEval 2014 -> DocBins (build/ner/*.spacy); floret static vectors on raw text of
# the open corpora in ../shared/data (build/ner/vectors_model); spacy train with
# models/config.cfg; evaluation on GermEval 2014 test; packaging of model-best into
# models/de_pressextract_ner (tokenizer + ner only, meta with sources and scores).
# Everything intermediate stays under build/ner/ (not committed).
#
# Environment overrides: PYTHON (default .venv/bin/python, else python3), DATA
# (default ../shared/data), BUILD (default build/ner), OUT (default models/de_pressextract_ner),
# and any extra arguments are
# passed on to `spacy train` (e.g. --training.max_steps 2000 for a quick run).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}
DATA=${DATA:-../shared/data}
BUILD=${BUILD:-build/ner}
OUT=${OUT:-models/de_pressextract_ner}
# the CNN is single-threaded in thinc; keep BLAS from oversubscribing the CPUs
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1

mkdir -p "$BUILD"
echo "== 1/5 converting GermEval 2014 to DocBins"
"$PYTHON" scripts/ner_data.py --data "$DATA/germeval2014" --out "$BUILD"

echo "== 2/5 floret static vectors (raw text only)"
if ! PYTHONPATH=build/pydeps "$PYTHON" -c "import floret" 2>/dev/null; then
    "$PYTHON" -m pip install --quiet --target build/pydeps floret==0.10.5
fi
PYTHONPATH=build/pydeps "$PYTHON" scripts/ner_vectors.py --data "$DATA" --out "$BUILD"
"$PYTHON" -m spacy init vectors de "$BUILD/vectors.floret" "$BUILD/vectors_model" --mode floret

echo "== 3/5 training (spacy train models/config.cfg)"
"$PYTHON" -m spacy train models/config.cfg \
    --paths.train "$BUILD/train.spacy" --paths.dev "$BUILD/dev.spacy" \
    --paths.vectors "$BUILD/vectors_model" \
    --output "$BUILD/output" "$@"

echo "== 4/5 evaluation on GermEval 2014 test"
"$PYTHON" scripts/eval_ner.py "$BUILD/output/model-best" --data "$DATA/germeval2014/test.tsv" \
    --json "$BUILD/test_scores.json" --markdown

echo "== 5/5 packaging -> $OUT"
"$PYTHON" scripts/ner_package.py "$BUILD/output/model-best" "$OUT" --scores "$BUILD/test_scores.json"
du -sh "$OUT"
