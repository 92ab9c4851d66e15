/* test_tokenizer.c - lib/engine/tokenizer.c and lib/engine/sp_model.c against sentencepiece:
 * the reference cases, parity on thousands of strings over several trained
 * models, GGUF vs spiece.model, sentinels, hostile input and buffers. */
#include "testutil.h"

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static mr_tokenizer *load(const char *path) {
    char err[256];
    mr_tokenizer *t = mr_tokenizer_load(path, err, sizeof err);
    if (!t) fail_msg("load %s: %s", path, err);
    return t;
}

static int32_t enc(const mr_tokenizer *t, const char *s, int64_t n, int flags, int32_t **ids) {
    int32_t need = 0;
    int32_t r = mr_tokenize(t, s, n, flags, NULL, 0, &need);
    assert_true(r == 0 || r == MR_ERR_BUFFER_TOO_SMALL);
    *ids = malloc((size_t)(need ? need : 1) * sizeof **ids);
    r = mr_tokenize(t, s, n, flags, *ids, need, NULL);
    assert_int_equal(r, need);
    return r;
}

/* Decoded text (may hold NUL bytes from <0x00> pieces: *len says how long). */
static char *dec_len(const mr_tokenizer *t, const int32_t *ids, int32_t n, size_t *len) {
    int32_t need = 0;
    int32_t r = mr_detokenize(t, ids, n, NULL, 0, &need);
    assert_int_equal(r, MR_ERR_BUFFER_TOO_SMALL);
    char *s = malloc((size_t)need);
    assert_int_equal(mr_detokenize(t, ids, n, s, need, NULL), need - 1);
    if (len) *len = (size_t)need - 1;
    return s;
}

static char *dec(const mr_tokenizer *t, const int32_t *ids, int32_t n) { return dec_len(t, ids, n, NULL); }

static void reference_cases(void **state) {
    (void)state;
    mr_tokenizer *t = load(tu_data("goldens/tokenizer/spiece.model"));
    cJSON *j = tu_json(tu_data("goldens/tokenizer/cases.json"));
    assert_non_null(j);
    cJSON *c;
    int n_cases = 0;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(j, "cases")) {
        const char *text = cJSON_GetObjectItem(c, "text")->valuestring;
        int32_t *want, *got;
        int32_t nw = tu_ints(cJSON_GetObjectItem(c, "ids"), &want);
        int32_t ng = enc(t, text, -1, 0, &got);
        if (ng != nw || memcmp(got, want, (size_t)nw * sizeof *got)) fail_msg("ids differ for \"%s\"", text);
        cJSON *pieces = cJSON_GetObjectItem(c, "pieces");
        for (int32_t i = 0; i < ng; i++) {
            const char *wp = cJSON_GetArrayItem(pieces, i)->valuestring;
            /* the reference lists the surface text for unknown pieces */
            if (got[i] != mr_tokenizer_unk(t)) assert_string_equal(mr_token_to_piece(t, got[i]), wp);
        }
        char *d = dec(t, got, ng);
        assert_string_equal(d, cJSON_GetObjectItem(c, "decoded")->valuestring);
        free(d);
        free(want);
        free(got);
        n_cases++;
    }
    assert_true(n_cases >= 10);
    cJSON_Delete(j);
    mr_tokenizer_free(t);
}

/* Thousands of strings x five spm_train models: zero differences. */
static void sentencepiece_parity(void **state) {
    (void)state;
    cJSON *j = tu_json(tu_gen("spm/parity.json"));
    if (!j) fail_msg("missing %s: run tests/make_testdata.sh", tu_gen("spm/parity.json"));
    cJSON *m;
    long total = 0, diffs = 0;
    cJSON_ArrayForEach(m, cJSON_GetObjectItem(j, "models")) {
        mr_tokenizer *t = load(cJSON_GetObjectItem(m, "path")->valuestring);
        cJSON *c;
        cJSON_ArrayForEach(c, cJSON_GetObjectItem(m, "cases")) {
            uint8_t *text, *want_dec;
            size_t tl, dl;
            tu_hex(cJSON_GetObjectItem(c, "text")->valuestring, &text, &tl);
            tu_hex(cJSON_GetObjectItem(c, "decoded")->valuestring, &want_dec, &dl);
            int32_t *want, *got;
            int32_t nw = tu_ints(cJSON_GetObjectItem(c, "ids"), &want);
            int32_t ng = enc(t, (const char *)text, (int64_t)tl, 0, &got);
            size_t gl;
            char *d = dec_len(t, got, ng, &gl);
            int bad = ng != nw || memcmp(got, want, (size_t)nw * sizeof *got) || gl != dl ||
                      memcmp(d, want_dec, dl);
            if (bad && diffs < 5)
                print_message("  %s: differs on %s\n", cJSON_GetObjectItem(m, "name")->valuestring,
                              cJSON_GetObjectItem(c, "text")->valuestring);
            diffs += bad;
            total++;
            free(d); free(text); free(want_dec); free(want); free(got);
        }
        mr_tokenizer_free(t);
    }
    print_message("  %ld strings compared, %ld differences\n", total, diffs);
    assert_true(total >= 5000);
    assert_int_equal(diffs, 0);
    cJSON_Delete(j);
}

/* The tokenizer stored in our GGUF equals the one read from spiece.model. */
static void gguf_equals_spiece(void **state) {
    (void)state;
    mr_tokenizer *a = load(tu_data("goldens/flan-v1_1-tiny/spiece.model"));
    mr_tokenizer *b = load(tu_gen("flan-v1_1-tiny-f32.gguf"));
    assert_true(mr_tokenizer_n_vocab(b) >= mr_tokenizer_n_vocab(a)); /* padded to the model's vocabulary */
    for (int32_t i = 0; i < mr_tokenizer_n_vocab(a); i++)
        assert_string_equal(mr_token_to_piece(a, i), mr_token_to_piece(b, i));
    assert_int_equal(mr_tokenizer_eos(a), mr_tokenizer_eos(b));
    assert_int_equal(mr_tokenizer_unk(a), mr_tokenizer_unk(b));
    assert_int_equal(mr_tokenizer_pad(a), mr_tokenizer_pad(b));
    size_t len;
    char *corpus = tu_read(tu_data("corpus.txt"), &len);
    assert_non_null(corpus);
    int lines = 0;
    for (char *line = strtok(corpus, "\n"); line; line = strtok(NULL, "\n"), lines++) {
        int32_t *x, *y;
        int32_t nx = enc(a, line, -1, MR_TOKENIZE_ADD_EOS | MR_TOKENIZE_SPECIAL, &x);
        int32_t ny = enc(b, line, -1, MR_TOKENIZE_ADD_EOS | MR_TOKENIZE_SPECIAL, &y);
        assert_int_equal(nx, ny);
        assert_memory_equal(x, y, (size_t)nx * sizeof *x);
        free(x);
        free(y);
    }
    assert_true(lines > 100);
    free(corpus);
    mr_tokenizer_free(a);
    mr_tokenizer_free(b);
}

static void sentinels(void **state) {
    (void)state;
    mr_tokenizer *t = load(tu_data("spiece.model"));
    assert_int_equal(mr_tokenizer_n_vocab(t), 1100);
    assert_int_equal(mr_piece_to_token(t, "<extra_id_0>"), 1099);
    assert_int_equal(mr_piece_to_token(t, "<extra_id_99>"), 1000);
    assert_string_equal(mr_token_to_piece(t, 1098), "<extra_id_1>");
    int32_t *ids;
    int32_t n = enc(t, "<extra_id_0> sentinel text <extra_id_1>", -1, MR_TOKENIZE_SPECIAL | MR_TOKENIZE_ADD_EOS, &ids);
    assert_int_equal(ids[0], 1099);
    assert_int_equal(ids[n - 2], 1098);
    assert_int_equal(ids[n - 1], mr_tokenizer_eos(t));
    char *s = dec(t, ids, n);
    assert_string_equal(s, "<extra_id_0> sentinel text<extra_id_1>");
    free(s);
    free(ids);
    /* not a sentinel: out of range or malformed stays text */
    n = enc(t, "<extra_id_100><extra_id_x>", -1, MR_TOKENIZE_SPECIAL, &ids);
    for (int32_t i = 0; i < n; i++) assert_true(ids[i] < 1000);
    free(ids);
    /* without the flag, sentencepiece's own behaviour */
    n = enc(t, "<extra_id_0>", -1, 0, &ids);
    for (int32_t i = 0; i < n; i++) assert_true(ids[i] < 1000);
    free(ids);
    mr_tokenizer_free(t);
}

static void hostile_input(void **state) {
    (void)state;
    mr_tokenizer *t = load(tu_data("spiece.model"));
    int32_t *ids;
    /* empty */
    assert_int_equal(mr_tokenize(t, "", 0, 0, NULL, 0, NULL), 0);
    assert_int_equal(mr_tokenize(t, "", -1, MR_TOKENIZE_ADD_EOS, (int32_t[1]){0}, 1, NULL), 1);
    assert_int_equal(mr_tokenize(t, NULL, 0, 0, NULL, 0, NULL), 0);
    /* invalid UTF-8: replaced, never read past the end */
    const char bad[] = {'a', (char)0xff, (char)0xc3, 'b', (char)0xe2, (char)0x82};
    int32_t n = enc(t, bad, sizeof bad, 0, &ids);
    assert_true(n > 0);
    free(ids);
    /* 1 MB of mixed text and 1 MB of NUL-free binary garbage */
    size_t big = 1 << 20;
    char *s = malloc(big);
    const char *frag = "运动 run 30 min, 心率 120-140 bpm! ";
    size_t fl = strlen(frag);
    for (size_t i = 0; i < big; i++) s[i] = frag[i % fl];
    n = enc(t, s, (int64_t)big, 0, &ids);
    assert_true(n > 100000);
    free(ids);
    uint64_t x = 88172645463325252ull;
    for (size_t i = 0; i < big; i++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        s[i] = (char)((x & 0xff) ? (x & 0xff) : 1);
    }
    n = enc(t, s, (int64_t)big, 0, &ids);
    assert_true(n > 0);
    char *d = dec(t, ids, n);
    free(d);
    free(ids);
    free(s);
    mr_tokenizer_free(t);
}

static void buffers(void **state) {
    (void)state;
    mr_tokenizer *t = load(tu_data("spiece.model"));
    int32_t need = -1, ids[64];
    /* "Hello world" is 9 ids */
    assert_int_equal(mr_tokenize(t, "Hello world", -1, 0, ids, 8, &need), MR_ERR_BUFFER_TOO_SMALL);
    assert_int_equal(need, 9);
    assert_int_equal(mr_tokenize(t, "Hello world", -1, 0, ids, 9, &need), 9);
    assert_int_equal(mr_tokenize(t, "Hello world", -1, MR_TOKENIZE_ADD_EOS, ids, 9, &need), MR_ERR_BUFFER_TOO_SMALL);
    assert_int_equal(need, 10);
    char text[12];
    int32_t n = mr_tokenize(t, "Hello world", -1, 0, ids, 64, NULL);
    assert_int_equal(mr_detokenize(t, ids, n, text, 11, &need), MR_ERR_BUFFER_TOO_SMALL);
    assert_int_equal(need, 12);
    assert_int_equal(mr_detokenize(t, ids, n, text, 12, &need), 11); /* exact fit */
    assert_string_equal(text, "Hello world");
    int32_t badid[] = {5, 100000};
    assert_int_equal(mr_detokenize(t, badid, 2, text, 12, NULL), MR_ERR_TOKEN);
    badid[1] = -1;
    assert_int_equal(mr_detokenize(t, badid, 2, text, 12, NULL), MR_ERR_TOKEN);
    assert_int_equal(mr_tokenize(NULL, "x", -1, 0, ids, 64, NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_tokenize(t, "x", -1, 0, NULL, 5, NULL), MR_ERR_INVALID_ARG);
    assert_null(mr_token_to_piece(t, -1));
    assert_null(mr_token_to_piece(t, 1100));
    assert_int_equal(mr_piece_to_token(t, "no such piece"), -1);
    /* control ids vanish, eos included */
    int32_t ctl[] = {0, 288, 1};
    assert_int_equal(mr_detokenize(t, ctl, 3, text, 12, NULL), 1);
    mr_tokenizer_free(t);
}

static void bad_model_files(void **state) {
    (void)state;
    size_t len;
    char *buf = tu_read(tu_data("spiece.model"), &len);
    assert_non_null(buf);
    const char *p = "build/tok_trunc.model";
    char err[256];
    /* truncated at many offsets: an error or (where the cut falls between
     * fields) a smaller valid model; never a crash */
    for (size_t cut = 0; cut < len; cut += (cut < 512 ? 1 : 997)) {
        FILE *f = fopen(p, "wb");
        fwrite(buf, 1, cut, f);
        fclose(f);
        mr_tokenizer *t = mr_tokenizer_load(p, err, sizeof err);
        if (t) {
            int32_t ids[64];
            mr_tokenize(t, "hello 世界", -1, 0, ids, 64, NULL);
            mr_tokenizer_free(t);
        } else {
            assert_true(strlen(err) > 0);
        }
    }
    /* flipped bytes */
    uint64_t x = 12345;
    for (int k = 0; k < 200; k++) {
        char *m = malloc(len);
        memcpy(m, buf, len);
        for (int j = 0; j < 8; j++) {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            m[x % len] = (char)(x >> 24);
        }
        FILE *f = fopen(p, "wb");
        fwrite(m, 1, len, f);
        fclose(f);
        mr_tokenizer *t = mr_tokenizer_load(p, err, sizeof err);
        if (t) {
            int32_t ids[256];
            mr_tokenize(t, "Hello world 运动建议 ｱ", -1, 0, ids, 256, NULL);
            mr_tokenizer_free(t);
        }
        free(m);
    }
    assert_null(mr_tokenizer_load("/nonexistent/spiece.model", err, sizeof err));
    assert_non_null(strstr(err, "cannot open"));
    remove(p);
    free(buf);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reference_cases), cmocka_unit_test(sentencepiece_parity),
        cmocka_unit_test(gguf_equals_spiece), cmocka_unit_test(sentinels),
        cmocka_unit_test(hostile_input), cmocka_unit_test(buffers),
        cmocka_unit_test(bad_model_files),
    };
    return cmocka_run_group_tests_name("tokenizer", tests, NULL, NULL);
}
