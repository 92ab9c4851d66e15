/* fuzz_tokenizer.c - libFuzzer target: the first byte picks a model and
 * flags, the rest is text to encode and decode; every fifth input is also
 * parsed as a sentencepiece model. Build: make fuzz. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static mr_tokenizer *models[2];

static mr_tokenizer *load(const char *path) {
    char err[256];
    mr_tokenizer *t = mr_tokenizer_load(path, err, sizeof err);
    if (!t) abort();
    return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!models[0]) {
        const char *dir = getenv("MR_TESTS_DIR") ? getenv("MR_TESTS_DIR") : "tests/data";
        char p[1024];
        snprintf(p, sizeof p, "%s/spiece.model", dir);
        models[0] = load(p);
        snprintf(p, sizeof p, "%s/../../build/testdata/spm/nmt_bf_1500.model", dir);
        models[1] = mr_tokenizer_load(p, NULL, 0); /* byte-fallback model if generated */
        if (!models[1]) models[1] = models[0];
    }
    if (size == 0) return 0;
    mr_tokenizer *t = models[data[0] & 1];
    int flags = (data[0] >> 1) & 3;
    int32_t need = 0;
    int32_t n = mr_tokenize(t, (const char *)data + 1, (int64_t)size - 1, flags, NULL, 0, &need);
    if (n == MR_ERR_BUFFER_TOO_SMALL) {
        int32_t *ids = malloc((size_t)need * sizeof *ids);
        n = mr_tokenize(t, (const char *)data + 1, (int64_t)size - 1, flags, ids, need, NULL);
        if (n != need) abort();
        int32_t tl = 0;
        mr_detokenize(t, ids, n, NULL, 0, &tl);
        char *txt = malloc((size_t)tl);
        if (mr_detokenize(t, ids, n, txt, tl, NULL) != tl - 1) abort();
        free(txt);
        free(ids);
    }
    if (data[0] % 5 == 0) {
        mr_sp_raw raw;
        char err[256];
        if (mr_sp_parse_proto(data + 1, size - 1, &raw, err, sizeof err) == MR_OK) {
            mr_tokenizer *x = mr_tokenizer_build(&raw, 100, err, sizeof err);
            if (x) {
                int32_t ids[32];
                mr_tokenize(x, "abc 运动", -1, 0, ids, 32, NULL);
                mr_tokenizer_free(x);
            }
        }
    }
    return 0;
}
