#!/bin/sh
# Retrain and reconvert the advisor's model (not part of the tests).
#   sh weights/train.sh [MINUTES]
# Makes a private venv with torch, transformers and sentencepiece (pip;
# torch's wheel pulls its CUDA libraries even for CPU training), generates
# data (weights/make_data.py: notes with labels known by construction and
# the hand-written notes of weights/train_notes/), trains from scratch on the
# CPU (2 threads) to read notes (the mood and the findings), converts to
# weights/advisor-f16.gguf with build/mr-convert, refreshes
# tests/data/advisor_heldout.jsonl and evaluates through our own library
# into weights/metrics.json.
#
# The model only reads: the activity scores come from the knowledge prior
# (lib/prior.c) and the wording from the knowledge templates, which change
# with the guidelines without retraining. (Earlier models also learned a
# copy of the prior, agreeing with it on 91.9% of profiles, and the
# templates' wording.)
set -e
cd "$(dirname "$0")/.."
B=${BUILD:-build}
MIN=${1:-45}
VENV=${TRAIN_VENV:-$B/train-venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q torch transformers sentencepiece safetensors
fi
make -s all
python3 weights/make_data.py "$B" "$B/advisor-data" --n 16000 --extra-notes 24000
"$VENV/bin/python" weights/train.py "$B/advisor-data" "$B/advisor-hf" --minutes "$MIN" --tasks mood,conditions \
  --task-share mood=0.8,conditions=1
# OUT=FILE converts to a candidate instead of replacing the shipped model
OUT=${OUT:-weights/advisor-f16.gguf}
"$B/mr-convert" "$B/advisor-hf" "$OUT" --type f16
[ "$OUT" = weights/advisor-f16.gguf ] || exit 0
python3 weights/heldout.py "$B/advisor-data/test.jsonl" tests/data/advisor_heldout.jsonl
python3 weights/evaluate.py "$B" weights/advisor-f16.gguf "$B/advisor-data" | tee weights/metrics.json
