/* fuzz_gguf.c - libFuzzer target: parse arbitrary bytes as GGUF, and if they
 * parse, as a T5 model and a tokenizer. Build: make fuzz. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    gguf_file f;
    char err[256];
    if (mr_gguf_open_mem(&f, data, size, err, sizeof err) == MR_OK) {
        for (uint64_t i = 0; i < f.n_tensors; i++) {
            const mr_tensor *t = &f.tensors[i];
            if (t->nbytes) { volatile uint8_t x = ((const uint8_t *)t->data)[t->nbytes - 1]; (void)x; }
        }
        mr_sp_raw raw;
        if (mr_sp_from_gguf(&f, &raw, err, sizeof err) == 1) {
            mr_tokenizer *tok = mr_tokenizer_build(&raw, 0, err, sizeof err);
            if (tok) {
                int32_t ids[64];
                mr_tokenize(tok, "Hello 世界 <extra_id_0>", -1, MR_TOKENIZE_SPECIAL, ids, 64, NULL);
                mr_tokenizer_free(tok);
            }
        }
        mr_gguf_close(&f);
        /* the full model loader works from a path: exercise it too */
        char path[] = "/tmp/fuzz_gguf_XXXXXX";
        int fd = mkstemp(path);
        if (fd >= 0) {
            if (write(fd, data, size) == (ssize_t)size) {
                mr_model *m = mr_model_load(path, NULL, err, sizeof err);
                mr_model_free(m);
            }
            close(fd);
            unlink(path);
        }
    }
    return 0;
}
