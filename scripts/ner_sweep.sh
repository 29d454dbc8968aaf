#!/usr/bin/env bash
# Time-boxed NER sweep on one GPU (issue 7): which of capacity, extra data (LER) and
# characters-objective pretraining on raw text moves GermEval 2014 dev F1.
#
#   OUT=build/ner/scratch bash scripts/train_model.sh --training.max_steps 30   # once: build/ner/*.spacy, raw.txt
#   GPU=0 bash scripts/ner_sweep.sh                                               # ~10 minutes on one GPU
#
# Every run uses models/config_sweep.cfg (models/config.cfg with the learning rate decayed by
# wall-clock time, scripts/ner_schedule.py) and the shipped model's floret vectors, and the
# variants of a phase run side by side so each gets the same share of the GPU.
# Phase 1 (TRAIN_S seconds each): width 128 (the shipped config), width 256, width 256 + LER,
# width 192 depth 6, width 128 + LER. Phase 2: width 128 for PRE_S+TRAIN2_S+20 seconds against
# pretraining (PRE_S seconds, widths 128 and 192/depth 6) followed by TRAIN2_S seconds of
# training, and width 128 for TRAIN2_S seconds alone. Each model-last is scored with
# `spacy evaluate` on GermEval dev and test; the table goes to $BUILD/sweep/summary.txt.
# Results of the run on an H200 are in models/README.md ("What was tried").
set -uo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}
DATA=${DATA:-../shared/data}
BUILD=${BUILD:-build/ner}
GPU=${GPU:-0}
TRAIN_S=${TRAIN_S:-330}; PRE_S=${PRE_S:-110}; TRAIN2_S=${TRAIN2_S:-150}
W=$BUILD/sweep
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 PYTHONPATH=scripts${PYTHONPATH:+:$PYTHONPATH}
mkdir -p "$W/train_ler"

"$PYTHON" scripts/ner_ler.py --data "$DATA/legal-ner-de" --out "$W/train_ler/ler.spacy"
cp "$BUILD/train.spacy" "$W/train_ler/"
"$PYTHON" - "$BUILD/raw.txt" "$W/raw.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(0, len(lines), 10):  # documents of ten sentences for the pretraining corpus
        out.write(json.dumps({"text": "\n".join(lines[i:i + 10])}, ensure_ascii=False) + "\n")
PY
"$PYTHON" -m spacy init fill-config models/config_sweep.cfg "$W/pretrain.cfg" --pretraining --code scripts/ner_schedule.py > /dev/null

COMMON=(--code scripts/ner_schedule.py --gpu-id "$GPU" --paths.dev "$BUILD/dev.spacy"
        --paths.vectors models/de_pressextract_ner --training.max_steps 0 --training.max_epochs 0
        --training.patience 0 --training.eval_frequency 300)
W256=(--components.tok2vec.model.encode.width 256 --components.tok2vec.model.embed.rows "[6000,1500,3000,750]")
W192D6=(--components.tok2vec.model.encode.width 192 --components.tok2vec.model.encode.depth 6
        --components.tok2vec.model.embed.rows "[8000,2000,4000,1000]")

train() {  # NAME TRAIN_PATH SECONDS [overrides...]; the run ends by TrainingTimeUp (non-zero exit)
    local name=$1 corpus=$2 seconds=$3; shift 3
    "$PYTHON" -m spacy train models/config_sweep.cfg "${COMMON[@]}" --paths.train "$corpus" \
        --output "$W/$name" --training.optimizer.learn_rate.total_seconds "$seconds" "$@" > "$W/$name.log" 2>&1
    echo "$name: $(grep -o 'time up after [0-9]* steps' "$W/$name.log")"
}
pretrain() {  # NAME [overrides...]; stopped by SIGINT after PRE_S seconds (spaCy saves model-last.bin)
    local name=$1; shift
    timeout -s INT "$PRE_S" "$PYTHON" -m spacy pretrain "$W/pretrain.cfg" "$W/$name" --gpu-id "$GPU" \
        --code scripts/ner_schedule.py --paths.raw_text "$W/raw.jsonl" --paths.vectors models/de_pressextract_ner \
        --pretraining.n_save_every 100 "$@" > "$W/$name.log" 2>&1
    ls -t "$W/$name"/*.bin | head -1
}

echo "== phase 1: capacity and LER data, $TRAIN_S s each"
train A_w128 "$BUILD/train.spacy" "$TRAIN_S" &
train B_w256 "$BUILD/train.spacy" "$TRAIN_S" "${W256[@]}" &
train C_w256_ler "$W/train_ler" "$TRAIN_S" "${W256[@]}" &
train D_w192d6 "$BUILD/train.spacy" "$TRAIN_S" "${W192D6[@]}" &
train F_w128_ler "$W/train_ler" "$TRAIN_S" &
wait
echo "== phase 2: pretraining ($PRE_S s) + training ($TRAIN2_S s) against training alone"
train G_w128_long "$BUILD/train.spacy" $(( PRE_S + TRAIN2_S + 20 )) &
( bin=$(pretrain P_w128); train H_w128_pretrained "$BUILD/train.spacy" "$TRAIN2_S" --paths.init_tok2vec "$bin" ) &
( bin=$(pretrain P_w192d6 "${W192D6[@]}"); train I_w192d6_pretrained "$BUILD/train.spacy" "$TRAIN2_S" "${W192D6[@]}" --paths.init_tok2vec "$bin" ) &
( sleep $(( PRE_S + 5 )); train J_w128_short "$BUILD/train.spacy" "$TRAIN2_S" ) &
wait

echo "== scoring model-last of each run on GermEval dev and test (spacy evaluate)"
for model in "$W"/*/model-last; do
    name=$(basename "$(dirname "$model")")
    "$PYTHON" -m spacy evaluate "$model" "$BUILD/dev.spacy" --output "$W/$name.dev.json" > /dev/null
    "$PYTHON" -m spacy evaluate "$model" "$BUILD/test.spacy" --output "$W/$name.test.json" > /dev/null
done
"$PYTHON" - "$W" <<'PY' | tee "$W/summary.txt"
import json, pathlib, sys
folder = pathlib.Path(sys.argv[1])
def row(scores):
    per_type = " ".join(f"{k}={v['f']:.3f}" for k, v in sorted(scores["ents_per_type"].items()))
    return f"F1={scores['ents_f']:.3f} {per_type}"
for dev in sorted(folder.glob("*.dev.json")):
    name = dev.name[: -len(".dev.json")]
    test = json.loads((folder / f"{name}.test.json").read_text())
    print(f"{name:22s} dev {row(json.loads(dev.read_text()))}   test {row(test)}")
PY
