/* test_stream.c - the streaming text callback (mr_generate_params.on_text):
 * the pieces it hands out, joined, are the text mr_generate_text writes,
 * and each piece is whole, valid UTF-8, for the reference models with
 * their own tokenizer (words, unknown Chinese characters) and with a
 * byte-fallback tokenizer (characters spelled in byte pieces, and bytes
 * that make no character). */
#include "testutil.h"

#include "model.h"
#include "textstream.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    char *text; /* the pieces joined */
    size_t n;
    int calls, stop_after;
} sink;

static int collect(const char *text, int32_t len, void *ud) {
    sink *s = ud;
    assert_true(len > 0);
    assert_int_equal(text[len], 0); /* NUL-terminated (a <0x00> piece may put a NUL inside) */
    if (mr_utf8_error(text, (size_t)len) >= 0) fail_msg("piece %d is not whole UTF-8: \"%s\"", s->calls, text);
    s->text = realloc(s->text, s->n + (size_t)len + 1);
    memcpy(s->text + s->n, text, (size_t)len + 1);
    s->n += (size_t)len;
    s->calls++;
    return s->stop_after && s->calls >= s->stop_after;
}

/* Generates from prompt with on_text set: the joined pieces must be the
 * very text mr_generate_text writes in the same call. Returns the calls. */
static int check_prompt(mr_ctx *c, const char *prompt, mr_generate_params gp) {
    sink s = {0};
    gp.on_text = collect;
    gp.user_data = &s;
    char out[4096];
    int32_t n = mr_generate_text(c, prompt, &gp, out, sizeof out, NULL);
    if (n < 0) fail_msg("\"%s\": %s", prompt, mr_ctx_errmsg(c));
    if (s.n != (size_t)n || (n && memcmp(s.text, out, (size_t)n)))
        fail_msg("\"%s\": the stream gave \"%s\", the text is \"%s\"", prompt, s.text ? s.text : "", out);
    free(s.text);
    return s.calls;
}

static const char *prompts[] = {
    "the quick brown fox jumps over the lazy dog", "A day in the park.", "你好，世界", "跑步 30 分钟 then yoga",
    "café naïve 😀", "  leading spaces", "<extra_id_0> sentinel",
};

static void models_with_their_tokenizer(void **state) {
    (void)state;
    const char *files[] = {"flan-v1_1-tiny-copy-f32.gguf", "flan-v1_1-tiny-f32.gguf", "t5-v1_0-tiny-f32.gguf"};
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char err[256];
        mr_model *m = mr_model_load(tu_gen(files[f]), NULL, err, sizeof err);
        if (!m) fail_msg("%s: %s", files[f], err);
        mr_ctx *c = mr_ctx_new(m, NULL);
        assert_non_null(c);
        for (size_t p = 0; p < sizeof prompts / sizeof *prompts; p++) {
            mr_generate_params gp = mr_generate_default_params();
            gp.max_new_tokens = 24;
            check_prompt(c, prompts[p], gp);
            gp.temperature = 2.0f; /* sampled: ids the greedy path never takes */
            gp.seed = p;
            check_prompt(c, prompts[p], gp);
            gp.temperature = 0;
            gp.num_beams = 3;
            check_prompt(c, prompts[p], gp);
        }
        mr_ctx_free(c);
        mr_model_free(m);
    }
}

/* The copy model with a byte-fallback tokenizer in place of its own (its
 * 1128 ids are all ids of that tokenizer): Chinese and emoji prompts become
 * byte pieces, and the model answers with byte pieces that start a
 * character and bytes that make none; high-temperature sampling gives
 * more of both. */
static void byte_fallback_output(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_tokenizer *bf = mr_tokenizer_load(tu_gen("spm/nmt_bf_1500.model"), err, sizeof err);
    if (!bf) fail_msg("%s", err);
    mr_tokenizer *own = m->tok;
    m->tok = bf;
    mr_ctx *c = mr_ctx_new(m, NULL);
    assert_non_null(c);
    int held = 0;
    for (size_t p = 0; p < sizeof prompts / sizeof *prompts; p++) {
        int32_t ids[256];
        int32_t n = mr_tokenize(bf, prompts[p], -1, MR_TOKENIZE_ADD_EOS, ids, 256, NULL);
        assert_true(n > 0);
        int fits = 1;
        for (int32_t i = 0; i < n; i++) fits &= ids[i] < 1128;
        if (!fits) continue;
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = 32;
        check_prompt(c, prompts[p], gp);
        /* the stream had to hold a lead byte back (it copies few bytes
         * back whole, so whole characters are checked by hand below) */
        int32_t out[32];
        int32_t k = mr_generate(c, &gp, out, 32, NULL);
        for (int32_t i = 0; i < k; i++) {
            const char *piece = mr_token_to_piece(bf, out[i]);
            held += !strncmp(piece, "<0x", 3) && strtol(piece + 3, NULL, 16) >= 0xc2 && strtol(piece + 3, NULL, 16) <= 0xf4;
        }
        for (uint64_t seed = 0; seed < 8; seed++) {
            gp.temperature = 3.0f;
            gp.seed = seed;
            check_prompt(c, prompts[p], gp);
        }
    }
    assert_true(held > 0);
    mr_ctx_free(c);
    m->tok = own;
    mr_tokenizer_free(bf);
    mr_model_free(m);
}

/* The stream itself, fed ids one at a time: a character in byte pieces
 * comes whole once its last byte came, never as replacement characters;
 * an unfinished character at the end comes out as mr_detokenize prints it. */
static void stream_by_hand(void **state) {
    (void)state;
    char err[256];
    mr_tokenizer *bf = mr_tokenizer_load(tu_gen("spm/nmt_bf_1500.model"), err, sizeof err);
    if (!bf) fail_msg("%s", err);
    const char *texts[] = {"你好 world", "😀 ok", "naïve 跑步", "x"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        int32_t ids[64];
        int32_t n = mr_tokenize(bf, texts[t], -1, 0, ids, 64, NULL);
        assert_true(n > 0);
        /* cut after every prefix, the last character possibly unfinished */
        for (int32_t cut = 1; cut <= n; cut++) {
            sink s = {0};
            mr_text_stream ts;
            mr_text_stream_init(&ts, bf, collect, &s);
            for (int32_t i = 1; i <= cut; i++) assert_int_equal(mr_text_stream_push(&ts, ids, i, 0), 0);
            assert_int_equal(mr_text_stream_push(&ts, ids, cut, 1), 0);
            char want[256];
            assert_true(mr_detokenize(bf, ids, cut, want, sizeof want, NULL) >= 0);
            assert_int_equal(s.n, strlen(want));
            if (s.n) assert_memory_equal(s.text, want, s.n);
            free(s.text);
        }
        char whole[256];
        assert_true(mr_detokenize(bf, ids, n, whole, sizeof whole, NULL) >= 0);
        assert_string_equal(whole, texts[t]);
    }
    /* bytes that make no character: each is U+FFFD at once, a lead byte
     * waits for what follows */
    int32_t e4 = mr_piece_to_token(bf, "<0xE4>"), bd = mr_piece_to_token(bf, "<0xBD>"),
            a0 = mr_piece_to_token(bf, "<0xA0>"), ff = mr_piece_to_token(bf, "<0xFF>");
    assert_true(e4 >= 0 && bd >= 0 && a0 >= 0 && ff >= 0);
    int32_t seq[] = {ff, e4, bd, e4, e4, bd, a0, bd};
#define R "\xef\xbf\xbd" /* U+FFFD */
    const char *after[] = {R, R, R, R R R, R R R R, R R R R, R R R R "\xe4\xbd\xa0", R R R R "\xe4\xbd\xa0" R};
#undef R
    sink s = {0};
    mr_text_stream ts;
    mr_text_stream_init(&ts, bf, collect, &s);
    for (int32_t i = 1; i <= 8; i++) {
        assert_int_equal(mr_text_stream_push(&ts, seq, i, 0), 0);
        assert_int_equal(s.n, strlen(after[i - 1]));
        assert_memory_equal(s.text, after[i - 1], s.n);
    }
    free(s.text);
    mr_tokenizer_free(bf);
}

/* Stopping: from on_token, the text of the ids so far still comes (the
 * stream equals the returned ids' text); from on_text, nothing more comes. */
static int stop_at_2(int32_t id, const char *piece, void *ud) {
    (void)id;
    (void)piece;
    (void)ud;
    static int n;
    return ++n % 2 == 0;
}

static void stopping(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx *c = mr_ctx_new(m, NULL);
    const mr_tokenizer *tok = mr_model_tokenizer(m);
    int32_t ids[64];
    int32_t n = mr_tokenize(tok, prompts[0], -1, MR_TOKENIZE_ADD_EOS, ids, 64, NULL);
    assert_int_equal(mr_encode(c, ids, n), MR_OK);
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 20;
    sink s = {0};
    gp.on_token = stop_at_2;
    gp.on_text = collect;
    gp.user_data = &s;
    int32_t out[20];
    int32_t k = mr_generate(c, &gp, out, 20, NULL);
    assert_int_equal(k, 2);
    char want[256];
    assert_true(mr_detokenize(tok, out, k, want, sizeof want, NULL) > 0);
    assert_string_equal(s.text, want);
    free(s.text);
    s = (sink){.stop_after = 1};
    gp.on_token = NULL;
    k = mr_generate(c, &gp, out, 20, NULL);
    assert_int_equal(s.calls, 1);
    assert_true(k >= 1 && k < 20);
    free(s.text);
    mr_ctx_free(c);
    mr_model_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(stream_by_hand),
        cmocka_unit_test(models_with_their_tokenizer),
        cmocka_unit_test(byte_fallback_output),
        cmocka_unit_test(stopping),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
