#!/bin/sh
# The CUDA backend's checks and measurements, as one script for a GPU
# machine. Writes everything to ${OUT:-build-cuda/out}.
#
#   sh scripts/cuda_check.sh
#
# 1. builds with make CUDA=1 when nvcc is there (else uses a carried
#    build-cuda/, whose binaries link cudart statically);
# 2. the kernel checks (tests/test_cuda.c) and the goldens on the GPU
#    (tests/test_t5.c with MR_TEST_BACKEND=cuda);
# 3. mr-bench e2e --backend cuda on random t5-small and flan-t5-base
#    checkpoints, f32 and bf16 (encoder 128 tokens, batch-1 decode over 64
#    forced steps, batch-32 decode), and the CPU beside it;
# 4. transformers on the same GPU, when torch and transformers import.
set -u
cd "$(dirname "$0")/.."
OUT=${OUT:-build-cuda/out}
mkdir -p "$OUT"
B=build-cuda
log() { echo "== $*" | tee -a "$OUT/summary.txt"; }
nvidia-smi > "$OUT/nvidia-smi.txt" 2>&1 || true
if command -v nvcc > /dev/null 2>&1 || [ -x /usr/local/cuda/bin/nvcc ]; then
  log "build (make CUDA=1)"
  make -s CUDA=1 all "$B/tests/test_cuda" "$B/tests/test_t5" > "$OUT/build.txt" 2>&1 || { log "build failed"; tail -30 "$OUT/build.txt"; }
fi
"$B/mr-cli" --version | tee -a "$OUT/summary.txt"
[ -d "$B/testdata" ] || MR_BUILD=$B sh tests/make_testdata.sh > "$OUT/testdata.txt" 2>&1
log "kernel checks"
MR_TESTDATA=$B/testdata "$B/tests/test_cuda" > "$OUT/test_cuda.txt" 2>&1; echo "test_cuda rc=$?" | tee -a "$OUT/summary.txt"
log "goldens on the GPU"
MR_TEST_BACKEND=cuda MR_TESTDATA=$B/testdata "$B/tests/test_t5" > "$OUT/test_t5_cuda.txt" 2>&1
echo "test_t5 (cuda) rc=$?" | tee -a "$OUT/summary.txt"
grep -E "worst|FAILED|error" "$OUT/test_t5_cuda.txt" | head -20 | tee -a "$OUT/summary.txt"
log "benchmarks"
for shape in t5-small flan-t5-base; do
  d=$B/rand-$shape
  [ -f "$d/model.safetensors" ] || python3 bench/make_random_checkpoint "$shape" "$d" > /dev/null 2>&1 ||
    { log "cannot make $shape (python3 + numpy needed)"; continue; }
  for ty in f32 bf16; do
    g=$B/rand-$shape-$ty.gguf
    [ -f "$g" ] || "$B/mr-convert" "$d" "$g" --type $ty > /dev/null
    log "$shape $ty cuda"
    "$B/mr-bench" e2e "$g" --backend cuda --reps 7 2>&1 | tee -a "$OUT/summary.txt"
    log "$shape $ty cpu (16 threads)"
    "$B/mr-bench" e2e "$g" --threads 16 --reps 3 2>&1 | grep -E "encode_128|decode_64" | tee -a "$OUT/summary.txt"
  done
done
log "transformers on the same GPU"
if python3 -c "import torch, transformers; assert torch.cuda.is_available()" 2> /dev/null; then
  for shape in t5-small flan-t5-base; do
    python3 bench/peers.py --gpu "$B/rand-$shape" 2>&1 | tee -a "$OUT/summary.txt"
  done
else
  log "torch/transformers with CUDA not importable here: no transformers comparison"
fi
