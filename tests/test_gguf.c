/* test_gguf.c - lib/engine/gguf.c: writer/reader round trip and hostile files.
 * Every malformed file must give a specific error code and a message, never a
 * crash or an out-of-bounds read (run under SANITIZE=address,undefined). */
#include "testutil.h"

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A small valid file: a few keys of each kind and three tensors. */
static uint8_t *make_file(size_t *len) {
    gguf_writer *w = mr_gguf_writer_new();
    mr_gguf_w_str(w, "general.architecture", "t5");
    mr_gguf_w_u32(w, "t5.block_count", 2);
    mr_gguf_w_f32(w, "t5.attention.layer_norm_rms_epsilon", 1e-6f);
    mr_gguf_w_bool(w, "flag", 1);
    const char *toks[] = {"<pad>", "</s>", "\xe2\x96\x81hi"};
    mr_gguf_w_arr_str(w, "tokenizer.ggml.tokens", toks, NULL, 3);
    float sc[] = {0, 0, -1.5f};
    mr_gguf_w_arr_f32(w, "tokenizer.ggml.scores", sc, 3);
    int64_t ne_a[2] = {4, 3}, ne_b[1] = {5}, ne_c[2] = {32, 2};
    mr_gguf_w_tensor(w, "a", GGML_F32, 2, ne_a);
    mr_gguf_w_tensor(w, "b", GGML_F16, 1, ne_b);
    mr_gguf_w_tensor(w, "c", GGML_Q8_0, 2, ne_c);
    char path[] = "build/gguf_test_XXXXXX";
    int fd = mkstemp(path);
    FILE *fp = fdopen(fd, "wb");
    assert_int_equal(mr_gguf_w_begin(w, fp), MR_OK);
    float a[12];
    for (int i = 0; i < 12; i++) a[i] = (float)i;
    uint16_t b[5];
    for (int i = 0; i < 5; i++) b[i] = mr_f32_to_f16((float)i / 2);
    float cf[64];
    for (int i = 0; i < 64; i++) cf[i] = (float)(i - 32) / 8;
    block_q8_0 cq[2];
    mr_quantize_q8_0(cf, 64, cq);
    assert_int_equal(mr_gguf_w_data(w, fp, 0, a, sizeof a), MR_OK);
    assert_int_equal(mr_gguf_w_data(w, fp, 1, b, sizeof b), MR_OK);
    assert_int_equal(mr_gguf_w_data(w, fp, 2, cq, sizeof cq), MR_OK);
    fclose(fp);
    mr_gguf_writer_free(w);
    uint8_t *buf = (uint8_t *)tu_read(path, len);
    remove(path);
    return buf;
}

static void round_trip(void **state) {
    (void)state;
    size_t len;
    uint8_t *buf = make_file(&len);
    gguf_file f;
    char err[256];
    assert_int_equal(mr_gguf_open_mem(&f, buf, len, err, sizeof err), MR_OK);
    assert_int_equal(f.version, 3);
    assert_int_equal(f.n_tensors, 3);
    uint32_t u;
    assert_int_equal(mr_gguf_get_u32(&f, "t5.block_count", &u, err, sizeof err), 1);
    assert_int_equal(u, 2);
    assert_int_equal(mr_gguf_get_u32(&f, "missing", &u, err, sizeof err), 0);
    assert_int_equal(mr_gguf_get_u32(&f, "general.architecture", &u, err, sizeof err), -1);
    const char *s;
    uint64_t sl;
    assert_int_equal(mr_gguf_get_str(&f, "general.architecture", &s, &sl, err, sizeof err), 1);
    assert_int_equal(sl, 2);
    assert_memory_equal(s, "t5", 2);
    const mr_tensor *a = mr_gguf_tensor(&f, "a"), *c = mr_gguf_tensor(&f, "c");
    assert_non_null(a);
    assert_int_equal(a->ne[0], 4);
    assert_int_equal(a->ne[1], 3);
    assert_true(((const float *)a->data)[11] == 11.0f);
    float row[32];
    mr_tensor_row_f32(c, 1, row);
    assert_true(row[31] > 3.8f && row[31] < 3.9f);
    const gguf_kv *kv = mr_gguf_find(&f, "tokenizer.ggml.tokens");
    const uint8_t *pos = kv->data;
    for (int i = 0; i < 3; i++) mr_gguf_arr_next_str(&pos, &s, &sl);
    assert_int_equal(sl, 5);
    mr_gguf_close(&f);
    free(buf);
}

/* Cut the file at every offset: each prefix must be rejected cleanly. */
static void truncated_everywhere(void **state) {
    (void)state;
    size_t len;
    uint8_t *buf = make_file(&len);
    char err[256];
    for (size_t cut = 0; cut < len; cut++) {
        uint8_t *p = malloc(cut ? cut : 1);
        memcpy(p, buf, cut);
        gguf_file f;
        err[0] = 0;
        int rc = mr_gguf_open_mem(&f, p, cut, err, sizeof err);
        if (rc == MR_OK) fail_msg("prefix of %zu/%zu bytes accepted", cut, len);
        assert_true(rc == MR_ERR_FORMAT);
        assert_true(strlen(err) > 0);
        free(p);
    }
    free(buf);
}

static void patch_u64(uint8_t *p, uint64_t v) { memcpy(p, &v, 8); }
static void patch_u32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }

static int open_err(uint8_t *buf, size_t len, char *err, size_t n) {
    gguf_file f;
    err[0] = 0;
    int rc = mr_gguf_open_mem(&f, buf, len, err, n);
    if (rc == MR_OK) mr_gguf_close(&f);
    return rc;
}

static void specific_errors(void **state) {
    (void)state;
    size_t len;
    uint8_t *orig = make_file(&len);
    uint8_t *b = malloc(len);
    char err[256];

    memcpy(b, orig, len); b[0] = 'X';
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "magic"));

    memcpy(b, orig, len); patch_u32(b + 4, 7);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_UNSUPPORTED);
    assert_non_null(strstr(err, "version"));

    memcpy(b, orig, len); patch_u64(b + 8, UINT64_MAX); /* tensor count */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "exceed"));

    memcpy(b, orig, len); patch_u64(b + 16, 1ull << 62); /* kv count */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);

    /* first key's length: huge */
    memcpy(b, orig, len); patch_u64(b + 24, UINT64_MAX - 3);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "truncated"));

    /* first value's type: unknown */
    memcpy(b, orig, len);
    uint64_t klen;
    memcpy(&klen, b + 24, 8);
    patch_u32(b + 32 + klen, 99);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "unknown value type"));

    /* tensor-level corruption: find tensor "c" info by its name */
    size_t at = 0;
    for (size_t i = 0; i + 9 < len; i++)
        if (!memcmp(orig + i, "\x01\x00\x00\x00\x00\x00\x00\x00" "c", 9)) at = i + 9;
    assert_true(at > 0);
    /* layout after the name: u32 n_dims, u64 ne[2], u32 type, u64 offset */
    memcpy(b, orig, len); patch_u32(b + at, 9);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "dimensions"));

    memcpy(b, orig, len); patch_u64(b + at + 4, 31); /* q8_0 row not a block multiple */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "blocks"));

    memcpy(b, orig, len); patch_u64(b + at + 12, 1ull << 60); /* rows overflow the file */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);

    memcpy(b, orig, len); patch_u64(b + at + 4, 1ull << 40); patch_u64(b + at + 12, 1ull << 40);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "overflow"));

    memcpy(b, orig, len); patch_u32(b + at + 20, 3); /* q4_1: valid ggml, unsupported here */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_UNSUPPORTED);
    assert_non_null(strstr(err, "unsupported tensor type"));

    memcpy(b, orig, len); patch_u32(b + at + 20, 12); patch_u64(b + at + 4, 128); /* q4_K: 256 per block */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "q4_K blocks"));

    memcpy(b, orig, len); patch_u64(b + at + 24, 1ull << 40); /* offset past the end */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "past the end"));

    memcpy(b, orig, len); patch_u64(b + at + 24, 33); /* misaligned */
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "aligned"));

    /* data cut short: header intact */
    assert_int_equal(open_err(orig, len - 1, err, sizeof err), MR_ERR_FORMAT);
    free(b);
    free(orig);
}

static void random_corruption(void **state) {
    (void)state;
    size_t len;
    uint8_t *orig = make_file(&len);
    uint8_t *b = malloc(len);
    char err[256];
    uint64_t x = 99991;
    for (int k = 0; k < 5000; k++) {
        memcpy(b, orig, len);
        for (int j = 0; j < 1 + k % 4; j++) {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            b[x % len] = (uint8_t)(x >> 32);
        }
        gguf_file f;
        if (mr_gguf_open_mem(&f, b, len, err, sizeof err) == MR_OK) {
            /* accepted: every tensor must lie inside the buffer */
            for (uint64_t i = 0; i < f.n_tensors; i++) {
                const mr_tensor *t = &f.tensors[i];
                assert_true((const uint8_t *)t->data >= b);
                assert_true((const uint8_t *)t->data + t->nbytes <= b + len);
            }
            mr_gguf_close(&f);
        }
    }
    free(b);
    free(orig);
}

/* Write a file with n one-element tensors (names from fmt) and a key twice if asked. */
static uint8_t *many_tensors(int n, int dup_tensor, int dup_key, size_t *len) {
    gguf_writer *w = mr_gguf_writer_new();
    mr_gguf_w_u32(w, "a.key", 1);
    if (dup_key) mr_gguf_w_u32(w, "a.key", 2);
    int64_t ne[1] = {1};
    char name[32];
    for (int i = 0; i < n; i++) {
        snprintf(name, sizeof name, "t%d", dup_tensor && i == n - 1 ? 0 : i);
        mr_gguf_w_tensor(w, name, GGML_F32, 1, ne);
    }
    char path[] = "build/gguf_many_XXXXXX";
    FILE *fp = fdopen(mkstemp(path), "wb");
    mr_gguf_w_begin(w, fp);
    float one = 1.0f;
    for (int i = 0; i < n; i++) mr_gguf_w_data(w, fp, i, &one, 4);
    fclose(fp);
    mr_gguf_writer_free(w);
    uint8_t *buf = (uint8_t *)tu_read(path, len);
    remove(path);
    return buf;
}

/* Duplicates are refused; 100,000 entries are checked without a pairwise scan. */
static void duplicates_and_many(void **state) {
    (void)state;
    size_t len;
    char err[256];
    uint8_t *b = many_tensors(100000, 0, 0, &len);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_OK);
    free(b);
    b = many_tensors(100000, 1, 0, &len);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "duplicate tensor t0"));
    free(b);
    b = many_tensors(3, 0, 1, &len);
    assert_int_equal(open_err(b, len, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "duplicate key a.key"));
    free(b);
}

static void file_errors(void **state) {
    (void)state;
    gguf_file f;
    char err[256];
    assert_int_equal(mr_gguf_open(&f, "/nonexistent.gguf", 1, err, sizeof err), MR_ERR_IO);
    assert_non_null(strstr(err, "cannot open"));
    assert_int_equal(mr_gguf_open(&f, "/", 1, err, sizeof err), MR_ERR_IO);
    FILE *fp = fopen("build/empty.gguf", "wb");
    fclose(fp);
    assert_int_equal(mr_gguf_open(&f, "build/empty.gguf", 1, err, sizeof err), MR_ERR_FORMAT);
    remove("build/empty.gguf");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(round_trip),        cmocka_unit_test(truncated_everywhere),
        cmocka_unit_test(specific_errors),   cmocka_unit_test(random_corruption),
        cmocka_unit_test(file_errors),       cmocka_unit_test(duplicates_and_many),
    };
    return cmocka_run_group_tests_name("gguf", tests, NULL, NULL);
}
