/* test_t5.c - the forward passes against transformers' outputs
 * (tests/data/goldens, float64 reference) for every variant, at f32, f16,
 * bf16, q8_0, q4_0 and q4_K.
 *
 * Tolerances. f32: 1e-4 absolute, relative 1e-4 above 1 (the reference
 * README's bound), 1e-3 on label log-prob sums. Reduced precisions are judged
 * relative to the largest reference magnitude of the tensor (logits of these
 * tiny models reach 50): the bound is r * max(1, max|ref|) with r measured on
 * these checkpoints and given headroom of about 2x:
 *   f16  r = 2e-3  (measured up to 7.8e-4: 11-bit mantissa, ~5e-4 per weight)
 *   bf16 r = 1.5e-2 (measured up to 5.5e-3: 8-bit mantissa, ~4e-3 per weight)
 *   q8_0 r = 5e-2  (measured up to 1.5e-2 with float activations, 2.4e-2 where
 *                   VNNI also quantizes activations per block: 1/254 of each
 *                   32-block's max, on both operands)
 *   q4_0, q4_K r = 0.75 (measured up to 0.38: 16 levels per block on
 *                   checkpoints of d_model 64, whose errors do not average
 *                   out over long rows; their rows are too short for q4_K's
 *                   256-blocks except t5-v1_0-tiny's FFN down, so the q4_K
 *                   files are mostly q4_0)
 *   bf16 with reduced_precision (bf16 activations in the products with more
 *                   than one row, where the CPU has AVX-512 BF16; otherwise the
 *                   same as bf16) r = 2e-2 (measured up to 8.8e-3; 2^-8 per
 *                   activation on top of the weights' rounding)
 * Label sums: r_lab * max(1, |sum|) with r_lab = 1e-3 / 5e-3 / 1e-2, and 0.35
 * for 4 bits (measured up to 0.16). Greedy ids
 * must match exactly wherever the reference's top-2 margin exceeds twice the
 * logit bound, and until the first near-tie step otherwise. */
#include "testutil.h"

#include "model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *variant, *type;
    double r, r_lab; /* r = 0: f32 absolute/relative element bound */
    int reduced;     /* mr_ctx_params.reduced_precision */
} combo;

static combo combos[] = {
    {"t5-v1_0-tiny", "f32", 0, 1e-3, 0},        {"t5-v1_0-tiny", "f16", 2e-3, 1e-3, 0},
    {"t5-v1_0-tiny", "bf16", 1.5e-2, 5e-3, 0},  {"t5-v1_0-tiny", "q8_0", 5e-2, 1e-2, 0},
    {"flan-v1_1-tiny", "f32", 0, 1e-3, 0},      {"flan-v1_1-tiny", "f16", 2e-3, 1e-3, 0},
    {"flan-v1_1-tiny", "bf16", 1.5e-2, 5e-3, 0}, {"flan-v1_1-tiny", "q8_0", 5e-2, 1e-2, 0},
    {"flan-v1_1-tiny-copy", "f32", 0, 1e-3, 0}, {"flan-v1_1-tiny-copy", "f16", 2e-3, 1e-3, 0},
    {"flan-v1_1-tiny-copy", "bf16", 1.5e-2, 5e-3, 0}, {"flan-v1_1-tiny-copy", "q8_0", 5e-2, 1e-2, 0},
    {"t5-v1_0-tiny", "q4_0", 0.75, 0.35, 0},        {"t5-v1_0-tiny", "q4_K", 0.75, 0.35, 0},
    {"flan-v1_1-tiny", "q4_0", 0.75, 0.35, 0},      {"flan-v1_1-tiny", "q4_K", 0.75, 0.35, 0},
    {"flan-v1_1-tiny-copy", "q4_0", 0.75, 0.35, 0}, {"flan-v1_1-tiny-copy", "q4_K", 0.75, 0.35, 0},
    {"t5-v1_0-tiny", "bf16", 2e-2, 5e-3, 1},     {"flan-v1_1-tiny", "bf16", 2e-2, 5e-3, 1},
    {"flan-v1_1-tiny-copy", "bf16", 2e-2, 5e-3, 1},
};

static double worst;     /* largest relative error seen in the current combination */
static double worst_lab; /* and on label log-prob sums, relative to max(1, |sum|) */
static double worst_p;   /* and on length-normalised label probabilities */

/* MR_TEST_BACKEND=cuda runs everything below on the GPU (make test CUDA=1).
 * Bounds there: f32 as on the CPU (the GPU kernels are f32 throughout);
 * f16 and bf16 twice the CPU's, because the tensor-core products also round
 * the activations to the weight type (a second rounding of the same size). */
static int on_cuda(void) {
    const char *b = getenv("MR_TEST_BACKEND");
    return b && !strcmp(b, "cuda");
}

static mr_ctx *new_ctx(const mr_model *m, int reduced) {
    mr_ctx_params p = mr_ctx_default_params();
    p.reduced_precision = reduced;
    p.backend = on_cuda() ? MR_BACKEND_CUDA : MR_BACKEND_CPU;
    char err[512];
    mr_ctx *c = NULL;
    if (mr_ctx_init(m, &p, &c, err, sizeof err) != MR_OK) {
        print_message("  cannot create a %s context: %s\n", on_cuda() ? "CUDA" : "CPU", err);
        if (on_cuda()) skip();
        fail();
    }
    return c;
}


static double cuda_scale(const combo *cb) {
    return on_cuda() && (!strcmp(cb->type, "f16") || !strcmp(cb->type, "bf16")) ? 2.0 : 1.0;
}

/* Element-wise check; returns the bound used for logits (for greedy margins). */
static double check_close(const combo *cb, const char *what, const float *got, const float *ref,
                          int64_t n) {
    double bound;
    if (cb->r == 0) {
        for (int64_t i = 0; i < n; i++) {
            double tol = 1e-4 * fmax(1.0, fabs(ref[i]));
            if (!(fabs((double)got[i] - ref[i]) <= tol)) {
                fail_msg("%s %s %s: element %lld = %.7g, reference %.7g (tolerance %.2g)", cb->variant,
                         cb->type, what, (long long)i, got[i], ref[i], tol);
            }
        }
        bound = 1e-4 * fmax(1.0, tu_maxabs(ref, n));
    } else {
        bound = cuda_scale(cb) * cb->r * fmax(1.0, tu_maxabs(ref, n));
        double err = tu_maxdiff(got, ref, n);
        if (err / fmax(1.0, tu_maxabs(ref, n)) > worst) worst = err / fmax(1.0, tu_maxabs(ref, n));
        if (!(err <= bound))
            fail_msg("%s %s %s: max error %.4g exceeds %.4g", cb->variant, cb->type, what, err, bound);
    }
    return bound;
}

static void run_combo(void **state) {
    const combo *cb = *state;
    char rel[256], err[512];
    snprintf(rel, sizeof rel, "%s-%s.gguf", cb->variant, cb->type);
    mr_model *m = mr_model_load(tu_gen(rel), NULL, err, sizeof err);
    if (!m) fail_msg("load %s: %s", rel, err);
    mr_ctx *c = new_ctx(m, cb->reduced);
    assert_non_null(c);
    snprintf(rel, sizeof rel, "goldens/%s/goldens.json", cb->variant);
    cJSON *g = tu_json(tu_data(rel));
    assert_non_null(g);
    snprintf(rel, sizeof rel, "goldens/%s/goldens.safetensors", cb->variant);
    const char *stp = tu_data(rel);
    char stpath[4096];
    snprintf(stpath, sizeof stpath, "%s", stp);
    mr_model_info info;
    mr_model_get_info(m, &info);
    int32_t V = info.n_vocab, D = info.d_model;
    double logit_bound = 1e-4;
    int n_cases = 0;
    cJSON *cs;
    cJSON_ArrayForEach(cs, cJSON_GetObjectItem(g, "cases")) {
        const char *kind = cJSON_GetObjectItem(cs, "kind")->valuestring;
        const char *name = cJSON_GetObjectItem(cs, "name")->valuestring;
        cJSON *tensors = cJSON_GetObjectItem(cs, "tensors");
        int32_t *ids = NULL;
        int32_t n = 0;
        if (strcmp(kind, "padded_batch")) n = tu_ints(cJSON_GetObjectItem(cs, "input_ids"), &ids);
        n_cases++;
        if (!strcmp(kind, "encoder")) {
            float *ref;
            int64_t cnt = tu_st_f32(stpath, cJSON_GetObjectItem(tensors, "encoder_out")->valuestring, &ref);
            assert_int_equal(cnt, (int64_t)n * D);
            assert_int_equal(mr_encode(c, ids, n), MR_OK);
            int32_t nt, d;
            const float *out = mr_encoder_output(c, &nt, &d);
            assert_int_equal(nt, n);
            check_close(cb, name, out, ref, cnt);
            free(ref);
        } else if (!strcmp(kind, "teacher_forced")) {
            int32_t *dec;
            int32_t nd = tu_ints(cJSON_GetObjectItem(cs, "decoder_input_ids"), &dec);
            float *ref;
            int64_t cnt = tu_st_f32(stpath, cJSON_GetObjectItem(tensors, "logits")->valuestring, &ref);
            assert_int_equal(cnt, (int64_t)nd * V);
            float *lg = malloc((size_t)cnt * sizeof *lg);
            assert_int_equal(mr_encode(c, ids, n), MR_OK);
            assert_int_equal(mr_decoder_logits(c, dec, nd, lg, cnt), MR_OK);
            double b = check_close(cb, name, lg, ref, cnt);
            if (b > logit_bound) logit_bound = b;
            free(lg);
            free(ref);
            free(dec);
        } else if (!strcmp(kind, "padded_batch")) {
            /* padding sits at the end and is masked: each row's real positions
             * equal the encoding of that row alone */
            cJSON *rows = cJSON_GetObjectItem(cs, "input_ids"), *masks = cJSON_GetObjectItem(cs, "attention_mask");
            float *ref;
            int64_t cnt = tu_st_f32(stpath, cJSON_GetObjectItem(tensors, "encoder_out")->valuestring, &ref);
            int32_t B = cJSON_GetArraySize(rows), L = cJSON_GetArraySize(cJSON_GetArrayItem(rows, 0));
            assert_int_equal(cnt, (int64_t)B * L * D);
            assert_true(B <= 8);
            int32_t *rowids[8], lens[8];
            for (int32_t r = 0; r < B; r++) {
                int32_t *mask;
                tu_ints(cJSON_GetArrayItem(rows, r), &rowids[r]);
                tu_ints(cJSON_GetArrayItem(masks, r), &mask);
                lens[r] = 0;
                while (lens[r] < L && mask[lens[r]]) lens[r]++;
                free(mask);
                assert_int_equal(mr_encode(c, rowids[r], lens[r]), MR_OK);
                check_close(cb, name, mr_encoder_output(c, NULL, NULL), ref + (int64_t)r * L * D, (int64_t)lens[r] * D);
            }
            /* and all rows in one batch encode */
            assert_int_equal(mr_encode_batch(c, (const int32_t *const *)rowids, lens, B), MR_OK);
            for (int32_t r = 0; r < B; r++) {
                int32_t nt;
                const float *e = mr_encoder_output_of(c, r, &nt, NULL);
                assert_int_equal(nt, lens[r]);
                check_close(cb, name, e, ref + (int64_t)r * L * D, (int64_t)lens[r] * D);
                free(rowids[r]);
            }
            assert_null(mr_encoder_output_of(c, B, NULL, NULL));
            free(ref);
        } else if (!strcmp(kind, "greedy")) {
            int32_t *want;
            int32_t nw = tu_ints(cJSON_GetObjectItem(cs, "output_ids"), &want);
            double margin = cJSON_GetObjectItem(cs, "min_top2_margin")->valuedouble;
            float *ref;
            int64_t cnt = tu_st_f32(stpath, cJSON_GetObjectItem(tensors, "step_logits")->valuestring, &ref);
            assert_int_equal(cnt, (int64_t)nw * V);
            assert_int_equal(mr_encode(c, ids, n), MR_OK);
            mr_generate_params gp = mr_generate_default_params();
            gp.max_new_tokens = 20;
            int32_t out[20];
            int32_t k = mr_generate(c, &gp, out, 20, NULL);
            assert_true(k > 0);
            /* ids must agree step by step until a step whose reference top-2
             * margin is within twice the logit bound (a tie at our precision);
             * past such a divergence the paths differ legitimately */
            float *ref0 = ref;
            int32_t agree = 0;
            for (int32_t st = 0; st < nw; st++) {
                if (st >= k || out[st] != want[st]) {
                    float b1 = -INFINITY, b2 = -INFINITY;
                    for (int32_t v = 0; v < V; v++) {
                        float x = ref0[(int64_t)st * V + v];
                        if (x > b1) { b2 = b1; b1 = x; } else if (x > b2) b2 = x;
                    }
                    if (!(b1 - b2 <= 2 * logit_bound))
                        fail_msg("%s %s %s: step %d gives %d, reference %d (margin %.3g, bound %.3g)", cb->variant,
                                 cb->type, name, st, st < k ? out[st] : -1, want[st], b1 - b2, 2 * logit_bound);
                    break;
                }
                agree++;
            }
            if (margin > 2 * logit_bound) assert_int_equal(k, nw);
            if (agree < nw) print_message("  %s %s: %d of %d ids agree before a near-tie\n", cb->type, name, agree, nw);
            /* the raw logits of every step, along the reference path */
            int32_t *dec = malloc((size_t)nw * sizeof *dec);
            dec[0] = info.decoder_start_id;
            for (int32_t i = 1; i < nw; i++) dec[i] = want[i - 1];
            float *lg = malloc((size_t)cnt * sizeof *lg);
            assert_int_equal(mr_decoder_logits(c, dec, nw, lg, cnt), MR_OK);
            check_close(cb, name, lg, ref, cnt);
            free(lg);
            free(dec);
            free(ref);
            free(want);
        } else if (!strcmp(kind, "beam")) {
            cJSON *seqs = cJSON_GetObjectItem(cs, "sequences");
            int32_t *want;
            int32_t nw = tu_ints(cJSON_GetArrayItem(seqs, 0), &want);
            double want_score = cJSON_GetArrayItem(cJSON_GetObjectItem(cs, "sequences_scores"), 0)->valuedouble;
            assert_int_equal(mr_encode(c, ids, n), MR_OK);
            mr_generate_params gp = mr_generate_default_params();
            gp.num_beams = cJSON_GetObjectItem(cs, "num_beams")->valueint;
            gp.max_new_tokens = cJSON_GetObjectItem(cs, "max_new_tokens")->valueint;
            gp.length_penalty = (float)cJSON_GetObjectItem(cs, "length_penalty")->valuedouble;
            int32_t out[64];
            float score;
            int32_t k = mr_generate(c, &gp, out, 64, &score);
            double tol = cb->r == 0 ? 1e-4 : 10 * cb->r;
            if (!(fabs(score - want_score) <= tol))
                fail_msg("%s beam score %.6f, reference %.6f", name, score, want_score);
            if (cb->r == 0) { /* f32: the very same hypothesis */
                assert_int_equal(k, nw);
                assert_memory_equal(out, want, (size_t)nw * sizeof *out);
            } else if (k != nw || memcmp(out, want, (size_t)nw * sizeof *out)) {
                /* reduced precision: an equally scored hypothesis is a tie, not a bug */
                print_message("  %s %s: beam found another hypothesis with score %.4f (reference %.4f)\n",
                              cb->type, name, score, want_score);
            }
            free(want);
        } else if (!strcmp(kind, "label_scores")) {
            cJSON *lab = cJSON_GetObjectItem(cs, "label_ids");
            int32_t nl = cJSON_GetArraySize(lab);
            int32_t *lids[16], lens[16];
            assert_true(nl <= 16);
            for (int32_t l = 0; l < nl; l++) {
                /* goldens list label ids with eos; mr_classify_ids appends it itself */
                lens[l] = tu_ints(cJSON_GetArrayItem(lab, l), &lids[l]) - 1;
                assert_int_equal(lids[l][lens[l]], info.eos_id);
            }
            assert_int_equal(mr_encode(c, ids, n), MR_OK);
            float probs[16];
            double sums[16];
            mr_classify_params kp = mr_classify_default_params();
            assert_int_equal(mr_classify_ids(c, (const int32_t *const *)lids, lens, nl, &kp, probs, sums), MR_OK);
            cJSON *rs = cJSON_GetObjectItem(cs, "logprob_sum"), *rp = cJSON_GetObjectItem(cs, "softmax_of_sums");
            for (int32_t l = 0; l < nl; l++) {
                double want = cJSON_GetArrayItem(rs, l)->valuedouble;
                double tol = cuda_scale(cb) * cb->r_lab * fmax(1.0, fabs(want));
                worst_lab = fmax(worst_lab, fabs(sums[l] - want) / fmax(1.0, fabs(want)));
                if (!(fabs(sums[l] - want) <= tol))
                    fail_msg("%s %s label %d: logprob sum %.6f, reference %.6f (tolerance %.3g)", cb->variant, cb->type, l, sums[l], want, tol);
                if (cb->r == 0) assert_true(fabs(probs[l] - cJSON_GetArrayItem(rp, l)->valuedouble) < 1e-3);
            }
            /* length-normalised variant against logprob_mean */
            kp.length_normalize = 1;
            assert_int_equal(mr_classify_ids(c, (const int32_t *const *)lids, lens, nl, &kp, probs, sums), MR_OK);
            cJSON *rm = cJSON_GetObjectItem(cs, "logprob_mean");
            double mx = -INFINITY, tot = 0;
            for (int32_t l = 0; l < nl; l++) mx = fmax(mx, cJSON_GetArrayItem(rm, l)->valuedouble);
            for (int32_t l = 0; l < nl; l++) tot += exp(cJSON_GetArrayItem(rm, l)->valuedouble - mx);
            for (int32_t l = 0; l < nl; l++) {
                double p = exp(cJSON_GetArrayItem(rm, l)->valuedouble - mx) / tot;
                worst_p = fmax(worst_p, fabs(probs[l] - p));
                /* 4-bit weights move these tiny models' probabilities by up to 0.27 */
                assert_true(fabs(probs[l] - p) < (cb->r == 0 ? 1e-3 : cb->r >= 0.1 ? 0.4 : 0.05));
            }
            for (int32_t l = 0; l < nl; l++) free(lids[l]);
        } else {
            fail_msg("unknown case kind %s", kind);
        }
        free(ids);
    }
    assert_true(n_cases >= 10);
    if (cb->r > 0)
        print_message("  %s %s: worst error %.3g of max |ref| (bound %.3g); label sums %.3g (bound %.3g); "
                      "normalised label probabilities %.3g\n", cb->variant, cb->type, worst, cb->r, worst_lab, cb->r_lab, worst_p);
    worst = worst_lab = worst_p = 0;
    cJSON_Delete(g);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* Text path: the copy model copies its input, so greedy text generation of
 * a corpus phrase must come back as the reference output text. */
static void text_generation(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx *c = new_ctx(m, 0);
    cJSON *g = tu_json(tu_data("goldens/flan-v1_1-tiny-copy/goldens.json"));
    cJSON *cs;
    int checked = 0;
    cJSON_ArrayForEach(cs, cJSON_GetObjectItem(g, "cases")) {
        if (strcmp(cJSON_GetObjectItem(cs, "kind")->valuestring, "greedy")) continue;
        const char *text = cJSON_GetObjectItem(cs, "text")->valuestring;
        const char *want = cJSON_GetObjectItem(cs, "output_text")->valuestring;
        /* the tokenizer reproduces the reference input ids */
        int32_t *ref, ids[256];
        int32_t nr = tu_ints(cJSON_GetObjectItem(cs, "input_ids"), &ref);
        int32_t n = mr_tokenize(mr_model_tokenizer(m), text, -1, MR_TOKENIZE_ADD_EOS, ids, 256, NULL);
        assert_int_equal(n, nr);
        assert_memory_equal(ids, ref, (size_t)n * sizeof *ids);
        char out[1024];
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = 20;
        assert_true(mr_generate_text(c, text, &gp, out, sizeof out, NULL) >= 0);
        assert_string_equal(out, want);
        free(ref);
        checked++;
    }
    assert_true(checked > 0);
    cJSON_Delete(g);
    mr_ctx_free(c);
    mr_model_free(m);
}

int main(void) {
    struct CMUnitTest tests[sizeof combos / sizeof combos[0] + 1];
    size_t n = 0;
    static char names[sizeof combos / sizeof combos[0]][96];
    for (size_t i = 0; i < sizeof combos / sizeof combos[0]; i++, n++) {
        snprintf(names[i], sizeof names[i], "goldens_%s_%s%s", combos[i].variant, combos[i].type,
                 combos[i].reduced ? "_reduced_precision" : "");
        tests[n] = (struct CMUnitTest){names[i], run_combo, NULL, NULL, &combos[i]};
    }
    tests[n++] = (struct CMUnitTest)cmocka_unit_test(text_generation);
    return _cmocka_run_group_tests("t5", tests, n, NULL, NULL);
}
