/* test_generate_text.c - mr_generate_text's buffer rules, as every call
 * with a caller buffer has them: a buffer too small gives
 * MR_ERR_BUFFER_TOO_SMALL and the exact size needed, and what was written
 * is the longest beginning of the text in whole UTF-8 characters. */
#include "testutil.h"

#include "motionrec.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static void too_small(void **state) {
    (void)state;
    /* the copy model answers Chinese prompts with Chinese pieces: three-byte
     * characters that a cut must not split */
    const struct { const char *model, *prompt; } cases[] = {
        {"flan-v1_1-tiny-copy-f32.gguf", "你好，世界"},
        {"flan-v1_1-tiny-copy-f32.gguf", "跑步 30 分钟"},
        {"flan-v1_1-tiny-copy-f32.gguf", "the quick brown fox"},
    };
    int multibyte = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char err[256];
        mr_model *m = mr_model_load(tu_gen(cases[i].model), NULL, err, sizeof err);
        if (!m) fail_msg("%s: %s", cases[i].model, err);
        mr_ctx *c = mr_ctx_new(m, NULL);
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = 24;
        char full[2048];
        int32_t need = -1;
        int32_t n = mr_generate_text(c, cases[i].prompt, &gp, full, sizeof full, &need);
        if (n <= 0) fail_msg("\"%s\": %d %s", cases[i].prompt, n, mr_ctx_errmsg(c));
        assert_int_equal(need, n + 1);
        multibyte += mr_utf8_chars(full) < (size_t)n;
        /* asking with no buffer at all */
        need = -1;
        assert_int_equal(mr_generate_text(c, cases[i].prompt, &gp, NULL, 0, &need), MR_ERR_BUFFER_TOO_SMALL);
        assert_int_equal(need, n + 1);
        for (int32_t cap = 1; cap <= n + 1; cap++) {
            char *buf = malloc((size_t)cap);
            need = -1;
            int32_t r = mr_generate_text(c, cases[i].prompt, &gp, buf, cap, &need);
            assert_int_equal(need, n + 1);
            if (cap == n + 1) {
                assert_int_equal(r, n);
                assert_string_equal(buf, full);
            } else {
                assert_int_equal(r, MR_ERR_BUFFER_TOO_SMALL);
                size_t k = strlen(buf);
                /* a beginning of the text, whole characters, as long as fits */
                assert_true(k < (size_t)cap && !memcmp(buf, full, k));
                assert_true(mr_utf8_error(buf, k) < 0);
                size_t next = k + 1;
                while (next < (size_t)n && ((unsigned char)full[next] & 0xc0) == 0x80) next++;
                assert_true(next > (size_t)cap - 1);
            }
            free(buf);
        }
        /* a failure before any text: nothing needed */
        need = -1;
        gp.max_new_tokens = 0;
        char small[4];
        assert_int_equal(mr_generate_text(c, cases[i].prompt, &gp, small, sizeof small, &need), MR_ERR_INVALID_ARG);
        assert_int_equal(need, 0);
        mr_ctx_free(c);
        mr_model_free(m);
    }
    assert_true(multibyte >= 2);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(too_small)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
