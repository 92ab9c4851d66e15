/* test_classify.c - rank classification at the length limits: a label may
 * have up to n_dec_max - 1 tokens (the decoder also reads the start
 * token), however the labels are grouped for the batched passes, and its
 * log-probability sum is the one teacher-forced logits give; a longer label
 * is refused, naming it. */
#include "testutil.h"

#include "motionrec.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sum of log-softmax of each target under mr_decoder_logits: the decoder
 * reads start, y1..yn and predicts y1..yn, eos. */
static double reference_sum(mr_ctx *c, const mr_model_info *info, const int32_t *y, int32_t n) {
    int32_t *dec = malloc((size_t)(n + 1) * sizeof *dec);
    float *lg = malloc((size_t)(n + 1) * info->n_vocab * sizeof *lg);
    dec[0] = info->decoder_start_id;
    memcpy(dec + 1, y, (size_t)n * sizeof *dec);
    assert_int_equal(mr_decoder_logits(c, dec, n + 1, lg, (int64_t)(n + 1) * info->n_vocab), MR_OK);
    double sum = 0;
    for (int32_t t = 0; t <= n; t++) {
        const float *row = lg + (int64_t)t * info->n_vocab;
        double mx = -INFINITY, s = 0;
        for (int32_t v = 0; v < info->n_vocab; v++) mx = fmax(mx, row[v]);
        for (int32_t v = 0; v < info->n_vocab; v++) s += exp(row[v] - mx);
        sum += row[t < n ? y[t] : info->eos_id] - mx - log(s);
    }
    free(dec);
    free(lg);
    return sum;
}

static void long_labels(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx *c = mr_ctx_new(m, NULL); /* n_dec_max = the model's 512 */
    assert_non_null(c);
    mr_model_info info;
    mr_model_get_info(m, &info);
    int32_t in[] = {37, 5, 12, 9, 1};
    assert_int_equal(mr_encode(c, in, 5), MR_OK);
    /* short and long labels mixed, the longest as long as allowed */
    const int32_t lens[] = {3, 300, 2, 511, 256, 255, 40};
    enum { NL = sizeof lens / sizeof *lens };
    int32_t *ids[NL];
    for (int l = 0; l < NL; l++) {
        ids[l] = malloc((size_t)lens[l] * sizeof **ids);
        for (int32_t t = 0; t < lens[l]; t++) ids[l][t] = 3 + (t * 7 + l * 13) % 900;
    }
    float probs[NL];
    double sums[NL];
    mr_status rc = mr_classify_ids(c, (const int32_t *const *)ids, lens, NL, NULL, probs, sums);
    if (rc != MR_OK) fail_msg("mr_classify_ids: %s", mr_ctx_errmsg(c));
    for (int l = 0; l < NL; l++) {
        double want = reference_sum(c, &info, ids[l], lens[l]);
        if (!(fabs(sums[l] - want) <= 1e-4 * fmax(1.0, fabs(want))))
            fail_msg("label %d (%d tokens): sum %.6f, teacher-forced %.6f", l, lens[l], sums[l], want);
    }
    /* a long label alone scores the same as among others */
    float p1;
    double s1;
    assert_int_equal(mr_classify_ids(c, (const int32_t *const *)&ids[3], &lens[3], 1, NULL, &p1, &s1), MR_OK);
    assert_true(fabs(s1 - sums[3]) <= 1e-4 * fabs(s1));
    /* one token more does not fit: refused, naming the label and the limit */
    int32_t *big = malloc(512 * sizeof *big), bl = 512;
    for (int32_t t = 0; t < bl; t++) big[t] = 5;
    const int32_t *two[] = {ids[0], big};
    int32_t two_lens[] = {lens[0], bl};
    assert_int_equal(mr_classify_ids(c, two, two_lens, 2, NULL, probs, sums), MR_ERR_TOO_LONG);
    assert_non_null(strstr(mr_ctx_errmsg(c), "label 1"));
    assert_non_null(strstr(mr_ctx_errmsg(c), "512 tokens"));
    assert_non_null(strstr(mr_ctx_errmsg(c), "511"));
    free(big);
    for (int l = 0; l < NL; l++) free(ids[l]);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* The text form: a label of several hundred tokens is scored; one that is
 * too long is named by its text, whatever the tokenizer made of it. */
static void long_text_labels(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx *c = mr_ctx_new(m, NULL);
    const mr_tokenizer *tok = mr_model_tokenizer(m);
    /* grow a label word by word to exactly 511 tokens, and one to 512 */
    char *fits = NULL, *over = NULL;
    size_t n = 0;
    char *s = calloc(1, 1);
    for (int32_t k = 0; !over;) {
        /* words of several tokens, then one-token words to land on 511 */
        const char *word = k < 500 ? "walk x run " : "a ";
        s = realloc(s, n + strlen(word) + 1);
        strcpy(s + n, word);
        n += strlen(word);
        int32_t need = 0;
        k = mr_tokenize(tok, s, -1, MR_TOKENIZE_SPECIAL, NULL, 0, &need);
        if (k == MR_ERR_BUFFER_TOO_SMALL) k = need;
        if (k == 511 && !fits) fits = strdup(s);
        if (k >= 512) over = strdup(s);
    }
    free(s);
    assert_non_null(fits);
    const char *labels[] = {"rest", fits};
    float p[2];
    double sums[2];
    mr_status rc = mr_classify(c, "walk or rest", labels, 2, NULL, p, sums);
    if (rc != MR_OK) fail_msg("a label of 511 tokens: %s", mr_ctx_errmsg(c));
    assert_true(sums[1] < 0 && fabs(p[0] + p[1] - 1) < 1e-5);
    labels[1] = over;
    assert_int_equal(mr_classify(c, "walk or rest", labels, 2, NULL, p, sums), MR_ERR_TOO_LONG);
    if (!strstr(mr_ctx_errmsg(c), "label 1 (\"walk x run") || !strstr(mr_ctx_errmsg(c), "511"))
        fail_msg("message: %s", mr_ctx_errmsg(c));
    free(fits);
    free(over);
    mr_ctx_free(c);
    mr_model_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(long_labels),
        cmocka_unit_test(long_text_labels),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
