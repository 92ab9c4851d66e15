/* bench_tokenizer.c - tokenizer throughput: encode every line of a text file,
 * REPS times; prints median/min/max MB/s. Compare with bench/spm_encode.cc
 * (sentencepiece's own encoder) through bench/tokenizer.sh. */
#include "motionrec.h"
#include "strnum.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: bench-tokenizer MODEL TEXT [REPS]\n"); return 1; }
    int reps = 7;
    char err[256];
    if (argc > 3 && mr_strnum_int(argv[3], 1, 100000, "REPS", &reps, err, sizeof err) != MR_OK) {
        fprintf(stderr, "bench-tokenizer: %s\n", err);
        return 1;
    }
    mr_tokenizer *t = mr_tokenizer_load(argv[1], err, sizeof err);
    if (!t) { fprintf(stderr, "%s\n", err); return 1; }
    FILE *f = fopen(argv[2], "rb");
    if (!f) { perror(argv[2]); return 1; }
    char **lines = NULL;
    size_t n = 0, cap = 0, bytes = 0, len = 0;
    char *line = NULL;
    ssize_t k;
    while ((k = getline(&line, &len, f)) >= 0) {
        if (k && line[k - 1] == '\n') line[--k] = 0;
        if (n == cap) lines = realloc(lines, (cap = cap ? cap * 2 : 1024) * sizeof *lines);
        lines[n++] = strdup(line);
        bytes += (size_t)k;
    }
    fclose(f);
    int32_t *ids = malloc(1 << 20);
    double *mbs = malloc((size_t)reps * sizeof *mbs);
    long total_ids = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = now();
        total_ids = 0;
        for (size_t i = 0; i < n; i++) total_ids += mr_tokenize(t, lines[i], -1, 0, ids, 1 << 18, NULL);
        mbs[r] = bytes / 1e6 / (now() - t0);
    }
    qsort(mbs, (size_t)reps, sizeof *mbs, cmp);
    printf("libmotionrec  %8.2f MB/s median  (min %.2f, max %.2f)  %zu lines, %.2f MB, %ld ids\n",
           mbs[reps / 2], mbs[0], mbs[reps - 1], n, bytes / 1e6, total_ids);
    mr_tokenizer_free(t);
    return 0;
}
