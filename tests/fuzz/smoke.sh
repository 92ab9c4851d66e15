#!/bin/sh
# The fuzz smoke run (make fuzz-smoke; make test runs it).
#
#   sh tests/fuzz/smoke.sh probe CC FUZZ_DIR
#       exit 0 when CC can build a libFuzzer program; otherwise say why the
#       run is skipped and exit 1 (the Makefile then skips it, not fails)
#   sh tests/fuzz/smoke.sh run FUZZ_DIR SECONDS TARGET...
#       run each FUZZ_DIR/fuzz_TARGET for SECONDS on its corpus: the
#       corpus grows in FUZZ_DIR/corpus/TARGET (never in the source tree),
#       seeded from tests/fuzz/corpus/TARGET; a finding (crash, sanitizer
#       report, leak, timeout) fails the run and is kept in
#       FUZZ_DIR/artifacts/. Prints one line per target: executions,
#       coverage (edges), features, corpus size.
set -u
mode=$1
shift
if [ "$mode" = probe ]; then
    cc=$1 dir=$2
    mkdir -p "$dir"
    if printf 'int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' |
        "$cc" -fsanitize=fuzzer -x c - -o "$dir/.probe" >/dev/null 2>&1; then
        rm -f "$dir/.probe"
        exit 0
    fi
    echo "fuzz-smoke: skipped: $cc cannot build libFuzzer programs (install clang with its compiler-rt to run it)"
    exit 1
fi

dir=$1 seconds=$2
shift 2
mkdir -p "$dir/artifacts" "$dir/logs"
fail=0
for t in "$@"; do
    mkdir -p "$dir/corpus/$t"
    seeds=
    [ -d "tests/fuzz/corpus/$t" ] && seeds="tests/fuzz/corpus/$t"
    log="$dir/logs/$t.log"
    # -timeout: an input taking 10 s is a finding; -max_len: room for the
    # GGUF seed (70 KB) and for the other targets' inputs
    if "$dir/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=81920 \
        -print_final_stats=1 -artifact_prefix="$dir/artifacts/$t-" "$dir/corpus/$t" $seeds >"$log" 2>&1; then
        # the last status line: "#N DONE cov: C ft: F corp: K/..."
        last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
        runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
        cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
        ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
        corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
        printf 'fuzz_%-10s %9s runs in %ss, cov %s edges, ft %s, corpus %s\n' "$t" "$runs" "$seconds" "$cov" "$ft" "$corp"
    else
        echo "fuzz_$t: FINDING (log $log, input in $dir/artifacts/):"
        grep -E 'ERROR|runtime error|SUMMARY|deadly signal|Test unit written' "$log" | head -n 8
        fail=1
    fi
done
[ $fail = 0 ] && echo "fuzz-smoke: no findings" || echo "fuzz-smoke: FINDINGS"
exit $fail
