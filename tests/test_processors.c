/* test_processors.c - generation options against transformers: repetition
 * penalty, no-repeat n-grams, banned ids, a forced decoder prefix, per-token
 * log-probabilities, and every beam's hypothesis with its score
 * (tests/data/processors/reference.json, written by
 * tests/make_processors_ref.py with transformers in float64 on the tiny copy
 * checkpoint); the same options through mr_generate_batch; the abort
 * callback; and the options' bad values. */
#include "testutil.h"

#include <motionrec.h>

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static mr_model *model;
static cJSON *ref;

static int setup(void **state) {
    (void)state;
    char err[256];
    model = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    if (!model) { print_error("%s\n", err); return -1; }
    ref = tu_json(tu_data("processors/reference.json"));
    return ref ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    mr_model_free(model);
    cJSON_Delete(ref);
    return 0;
}

/* The options of a reference case as generate params (arrays owned by the caller). */
static void options(const cJSON *cs, mr_generate_params *gp, int32_t **banned, int32_t **prefix) {
    const cJSON *o = cJSON_GetObjectItem(cs, "options"), *x;
    *banned = *prefix = NULL;
    if ((x = cJSON_GetObjectItem(o, "repetition_penalty"))) gp->repetition_penalty = (float)x->valuedouble;
    if ((x = cJSON_GetObjectItem(o, "no_repeat_ngram_size"))) gp->no_repeat_ngram_size = x->valueint;
    if ((x = cJSON_GetObjectItem(o, "bad_words_ids"))) {
        int32_t n = cJSON_GetArraySize(x);
        *banned = malloc((size_t)n * sizeof **banned);
        for (int32_t i = 0; i < n; i++) (*banned)[i] = cJSON_GetArrayItem(cJSON_GetArrayItem(x, i), 0)->valueint;
        gp->banned_ids = *banned;
        gp->n_banned = n;
    }
    if ((x = cJSON_GetObjectItem(o, "prefix"))) {
        gp->n_prefix = tu_ints(x, prefix);
        gp->prefix_ids = *prefix;
    }
}

static void greedy_cases(void **state) {
    (void)state;
    mr_ctx *c = mr_ctx_new(model, NULL);
    assert_non_null(c);
    int n_cases = 0;
    for (const cJSON *cs = cJSON_GetObjectItem(ref, "cases")->child; cs; cs = cs->next) {
        if (strcmp(cJSON_GetObjectItem(cs, "kind")->valuestring, "greedy")) continue;
        const char *name = cJSON_GetObjectItem(cs, "name")->valuestring;
        int32_t *ids, *want, *banned, *prefix;
        int32_t n = tu_ints(cJSON_GetObjectItem(cs, "input_ids"), &ids);
        int32_t nw = tu_ints(cJSON_GetObjectItem(cs, "output_ids"), &want);
        const cJSON *lps = cJSON_GetObjectItem(cs, "generated_logprobs");
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = 16;
        options(cs, &gp, &banned, &prefix);
        float lp[64], score;
        gp.token_logprobs = lp;
        assert_int_equal(mr_encode(c, ids, n), MR_OK);
        int32_t out[64];
        int32_t k = mr_generate(c, &gp, out, 64, &score);
        if (k != nw || memcmp(out, want, (size_t)nw * sizeof *out)) {
            for (int32_t i = 0; i < k; i++) print_message("%d ", out[i]);
            fail_msg("%s: %d ids differ from transformers' %d", name, k, nw);
        }
        /* log-probabilities of the generated ids (after the prefix), and their sum */
        double sum = 0;
        for (int32_t i = 0; i < cJSON_GetArraySize(lps); i++) {
            double w = cJSON_GetArrayItem(lps, i)->valuedouble;
            if (!isfinite(w)) continue; /* transformers' -inf past an eos it pads after */
            if (fabs(lp[gp.n_prefix + i] - w) > 1e-3) fail_msg("%s: logprob %d %.6f, transformers %.6f", name, i, lp[gp.n_prefix + i], w);
            sum += lp[gp.n_prefix + i];
        }
        assert_true(fabs(score - sum) < 1e-3);

        /* the same through a batch of this input and another */
        int32_t *other;
        int32_t no = tu_ints(cJSON_GetObjectItem(cJSON_GetObjectItem(ref, "cases")->child, "input_ids"), &other);
        const int32_t *inputs[2] = {ids, other};
        int32_t lens[2] = {n, no}, n_out[2], o0[64], o1[64];
        int32_t *outs[2] = {o0, o1};
        float blp[2 * 64];
        gp.token_logprobs = blp;
        assert_int_equal(mr_encode_batch(c, inputs, lens, 2), MR_OK);
        assert_int_equal(mr_generate_batch(c, &gp, outs, 64, n_out), MR_OK);
        assert_int_equal(n_out[0], nw);
        assert_memory_equal(o0, want, (size_t)nw * sizeof *o0);
        for (int32_t i = 0; i < nw; i++) assert_true(fabs(blp[i] - lp[i]) < 1e-4);
        free(other);
        free(ids);
        free(want);
        free(banned);
        free(prefix);
        n_cases++;
    }
    assert_true(n_cases >= 10);
    mr_ctx_free(c);
}

static void beam_cases(void **state) {
    (void)state;
    mr_ctx *c = mr_ctx_new(model, NULL);
    int n_cases = 0;
    for (const cJSON *cs = cJSON_GetObjectItem(ref, "cases")->child; cs; cs = cs->next) {
        if (strcmp(cJSON_GetObjectItem(cs, "kind")->valuestring, "beams")) continue;
        const char *name = cJSON_GetObjectItem(cs, "name")->valuestring;
        int32_t *ids, *banned, *prefix;
        int32_t n = tu_ints(cJSON_GetObjectItem(cs, "input_ids"), &ids);
        mr_generate_params gp = mr_generate_default_params();
        gp.num_beams = 4;
        gp.max_new_tokens = 10;
        options(cs, &gp, &banned, &prefix);
        assert_int_equal(mr_encode(c, ids, n), MR_OK);
        int32_t b[4][16], lens[4];
        int32_t *outs[4] = {b[0], b[1], b[2], b[3]};
        float scores[4];
        assert_int_equal(mr_generate_beams(c, &gp, outs, 16, lens, scores), MR_OK);
        const cJSON *seqs = cJSON_GetObjectItem(cs, "sequences"), *sc = cJSON_GetObjectItem(cs, "sequences_scores");
        for (int r = 0; r < 4; r++) {
            int32_t *want;
            int32_t nw = tu_ints(cJSON_GetArrayItem(seqs, r), &want);
            double ws = cJSON_GetArrayItem(sc, r)->valuedouble;
            if (lens[r] != nw || memcmp(b[r], want, (size_t)nw * sizeof *want) || fabs(scores[r] - ws) > 1e-4)
                fail_msg("%s: hypothesis %d (%d ids, score %.6f) differs from transformers' (%d ids, %.6f)", name, r,
                         lens[r], scores[r], nw, ws);
            free(want);
        }
        /* mr_generate gives the best of them */
        int32_t best[16];
        float s;
        assert_int_equal(mr_generate(c, &gp, best, 16, &s), lens[0]);
        assert_memory_equal(best, b[0], (size_t)lens[0] * sizeof *best);
        free(ids);
        free(banned);
        free(prefix);
        n_cases++;
    }
    assert_int_equal(n_cases, 4);
    mr_ctx_free(c);
}

/* ------------------------------------------------------------ cancellation */

typedef struct {
    atomic_int stop;
    int calls, stop_after;
} abort_state;

static int on_abort(void *data) {
    abort_state *a = data;
    a->calls++;
    if (a->stop_after > 0 && a->calls >= a->stop_after) return 1;
    return atomic_load(&a->stop);
}

static void *set_stop(void *data) {
    atomic_store(&((abort_state *)data)->stop, 1);
    return NULL;
}

static void abort_callback(void **state) {
    (void)state;
    abort_state a = {0};
    mr_ctx_params cp = mr_ctx_default_params();
    cp.abort_callback = on_abort;
    cp.abort_data = &a;
    mr_ctx *c = mr_ctx_new(model, &cp);
    assert_non_null(c);
    int32_t ids[] = {3, 288, 7, 101, 14, 114, 48, 29, 19, 1}, out[32], plain[32];
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 12;
    assert_int_equal(mr_encode(c, ids, 10), MR_OK);
    int32_t n = mr_generate(c, &gp, plain, 32, NULL);
    assert_true(n > 3 && a.calls >= n);
    /* stopped in the middle of generation: cancelled, and the context still works */
    a.calls = 0;
    a.stop_after = 4;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_CANCELLED);
    assert_non_null(strstr(mr_ctx_errmsg(c), "cancelled"));
    a.stop_after = 0;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), n);
    assert_memory_equal(out, plain, (size_t)n * sizeof *out);
    /* in the encoder: the input must be encoded again */
    a.calls = 0;
    a.stop_after = 2;
    assert_int_equal(mr_encode(c, ids, 10), MR_ERR_CANCELLED);
    a.stop_after = 0;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_STATE);
    /* classification and batches too; the flag set by another thread */
    assert_int_equal(mr_encode(c, ids, 10), MR_OK);
    pthread_t t;
    pthread_create(&t, NULL, set_stop, &a);
    pthread_join(t, NULL);
    const char *labels[] = {"yes", "no"};
    float p[2];
    assert_int_equal(mr_classify(c, "hello", labels, 2, NULL, p, NULL), MR_ERR_CANCELLED);
    const int32_t *in[1] = {ids};
    int32_t len = 10, n_out;
    int32_t *outs[1] = {out};
    assert_int_equal(mr_encode_batch(c, in, &len, 1), MR_ERR_CANCELLED);
    atomic_store(&a.stop, 0);
    assert_int_equal(mr_encode_batch(c, in, &len, 1), MR_OK);
    atomic_store(&a.stop, 1);
    assert_int_equal(mr_generate_batch(c, &gp, outs, 32, &n_out), MR_ERR_CANCELLED);
    mr_ctx_free(c);
}

/* ------------------------------------------------------------ bad values */

static void bad_options(void **state) {
    (void)state;
    mr_ctx *c = mr_ctx_new(model, NULL);
    int32_t ids[] = {3, 288, 7, 1}, out[32], lens[2];
    float scores[2];
    assert_int_equal(mr_encode(c, ids, 4), MR_OK);
    mr_generate_params gp = mr_generate_default_params();
    int32_t bad[] = {5, 999999};
    gp.banned_ids = bad;
    gp.n_banned = 2;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_TOKEN);
    assert_non_null(strstr(mr_ctx_errmsg(c), "banned_ids[1] = 999999"));
    gp = mr_generate_default_params();
    gp.n_banned = 3; /* and no array */
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_INVALID_ARG);
    gp = mr_generate_default_params();
    gp.repetition_penalty = 0;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(mr_ctx_errmsg(c), "repetition_penalty"));
    gp.repetition_penalty = NAN;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_INVALID_ARG);
    gp = mr_generate_default_params();
    gp.no_repeat_ngram_size = -1;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_INVALID_ARG);
    gp = mr_generate_default_params();
    int32_t pre[] = {3, 7};
    gp.prefix_ids = pre;
    gp.n_prefix = 2;
    gp.num_beams = 2;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(mr_ctx_errmsg(c), "num_beams 1"));
    gp.num_beams = 1;
    gp.max_new_tokens = 1000000;
    assert_int_equal(mr_generate(c, &gp, out, 32, NULL), MR_ERR_TOO_LONG);
    /* beams: at least two, and room for them */
    gp = mr_generate_default_params();
    int32_t *two[2] = {out, out + 16};
    assert_int_equal(mr_generate_beams(c, &gp, two, 16, lens, scores), MR_ERR_INVALID_ARG);
    gp.num_beams = 2;
    gp.max_new_tokens = 10;
    assert_int_equal(mr_generate_beams(c, &gp, two, 1, lens, scores), MR_ERR_BUFFER_TOO_SMALL);
    assert_int_equal(mr_generate_beams(c, &gp, two, 16, lens, NULL), MR_ERR_INVALID_ARG);
    mr_ctx_free(c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(greedy_cases),
        cmocka_unit_test(beam_cases),
        cmocka_unit_test(abort_callback),
        cmocka_unit_test(bad_options),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
