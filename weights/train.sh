#!/bin/sh
# Retrain and reconvert the advisor's model (not part of the tests).
#   sh weights/train.sh [MINUTES]
# Makes a private venv with torch, transformers and sentencepiece (pip;
# torch's wheel pulls its CUDA libraries even for CPU training), generates
# data with the knowledge-based teacher (build/motion-advisor), trains from
# scratch on the CPU (2 threads), converts to weights/advisor-f16.gguf with
# build/mr-convert, refreshes tests/data/advisor_heldout.jsonl and evaluates
# through our own library into weights/metrics.json.
set -e
cd "$(dirname "$0")/.."
B=${BUILD:-build}
MIN=${1:-42}
VENV=${TRAIN_VENV:-$B/train-venv}
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q torch transformers sentencepiece safetensors
fi
make -s all
python3 weights/make_data.py "$B" "$B/advisor-data" --n 16000
"$VENV/bin/python" weights/train.py "$B/advisor-data" "$B/advisor-hf" --minutes "$MIN" --threads 2
"$B/mr-convert" "$B/advisor-hf" weights/advisor-f16.gguf --type f16
python3 weights/heldout.py "$B/advisor-data/test.jsonl" tests/data/advisor_heldout.jsonl
python3 weights/evaluate.py "$B" weights/advisor-f16.gguf "$B/advisor-data" | tee weights/metrics.json
