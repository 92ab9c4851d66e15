#!/bin/sh
# Generate the test data that is derived rather than stored: GGUF conversions
# of the reference checkpoints at every precision, and sentencepiece parity
# cases (needs the sentencepiece Python package; tests/setup.sh installs it).
set -eu
B=${MR_BUILD:-build}
OUT=$B/testdata
mkdir -p "$OUT"
# The goldens in tests/data are a copy of ../shared/reference (computed by
# transformers); where that folder exists (CI, developers), the copy must not
# have drifted from it.
REF=../shared/reference
if [ -d "$REF/goldens" ]; then
  for f in $(cd "$REF" && find goldens -type f) spiece.model corpus.txt; do
    cmp -s "$REF/$f" "tests/data/$f" || { echo "tests/data/$f differs from $REF/$f: copy it again"; exit 1; }
  done
  echo "tests/data matches $REF"
fi
for v in t5-v1_0-tiny flan-v1_1-tiny flan-v1_1-tiny-copy; do
  for t in f32 f16 bf16 q8_0 q4_0 q4_K; do
    "$B/mr-convert" "tests/data/goldens/$v" "$OUT/$v-$t.gguf" --type "$t" 2>/dev/null
  done
done
python3 tests/spm_parity.py tests/data/corpus.txt "$OUT/spm" --n 2000
touch "$OUT/.stamp"
