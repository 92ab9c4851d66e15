#!/bin/sh
# Tokenizer throughput, ours vs sentencepiece's C++ encoder, same model, same
# text (tests/data/corpus.txt repeated 20 times), same run.
#   sh bench/tokenizer.sh [MODEL]
set -e
B=${BUILD:-build}
MODEL=${1:-tests/data/spiece.model}
make -s $B/bench-tokenizer $B/bench-spm
TXT=$B/bench-corpus.txt
: > $TXT
for i in $(seq 20); do cat tests/data/corpus.txt >> $TXT; done
$B/bench-tokenizer "$MODEL" $TXT 9
$B/bench-spm "$MODEL" $TXT 9
