/* fuzz_convert.c - libFuzzer target: mr-convert's readers. The first byte
 * picks one, the rest is its input: config.json (whatever it accepts the
 * loader's check accepts too), a safetensors file (every tensor it hands
 * out lies inside the input, its size matching its shape; ASan sees any
 * read past the end, as libFuzzer's buffer is exactly the input), or a
 * shard index (names unique, none leaving the directory). Build: make fuzz. */
#include "hf_config.h"
#include "safetensors.h"

#include <stdlib.h>
#include <string.h>

static void config(const uint8_t *data, size_t size) {
    mr_hf_config c;
    char err[512] = "";
    if (mr_hf_config_parse((const char *)data, size, &c, err, sizeof err) != MR_OK) {
        if (!err[0]) abort();
        return;
    }
    mr_hparams hp = c.hp;
    if (!mr_hparams_check(&hp, MR_HP_GGUF, err, sizeof err)) abort();
    if (hp.inner != hp.n_heads * hp.d_kv || !(hp.eps >= 0 && hp.eps < 1)) abort();
    if (hp.eos_id >= hp.n_vocab || hp.decoder_start_id >= hp.n_vocab || hp.pad_id >= hp.n_vocab) abort();
}

static void safetensors(const uint8_t *data, size_t size) {
    mr_st_set set = {0};
    char err[512] = "";
    if (mr_st_parse(&set, data, size, err, sizeof err) != MR_OK) {
        if (!err[0] || set.n || set.t) abort(); /* refused: nothing kept, nothing to free */
        return;
    }
    for (int i = 0; i < set.n; i++) {
        const mr_st_tensor *t = &set.t[i];
        uint64_t es = t->dtype == GGML_F32 ? 4 : 2, nel = 1;
        for (int d = 0; d < t->n_dims; d++) nel *= (uint64_t)t->shape[d];
        if (nel * es != t->nbytes || t->data < data || t->data + t->nbytes > data + size) abort();
        if (mr_st_find(&set, t->name) != t) abort(); /* names are unique */
        volatile float first = mr_st_get(t, 0), last = mr_st_get(t, nel - 1);
        (void)first;
        (void)last;
    }
    mr_st_free(&set);
}

static void shard_index(const uint8_t *data, size_t size) {
    char **sh;
    int n;
    char err[512] = "";
    if (mr_st_index_parse((const char *)data, size, &sh, &n, err, sizeof err) != MR_OK) {
        if (!err[0]) abort();
        return;
    }
    if (n < 1) abort();
    for (int i = 0; i < n; i++) {
        if (!sh[i][0] || strchr(sh[i], '/') || !strcmp(sh[i], "..")) abort();
        for (int k = 0; k < i; k++)
            if (!strcmp(sh[i], sh[k])) abort();
    }
    mr_st_index_free(sh, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    switch (data[0] % 3) {
    case 0: config(data + 1, size - 1); break;
    case 1: safetensors(data + 1, size - 1); break;
    default: shard_index(data + 1, size - 1); break;
    }
    return 0;
}
