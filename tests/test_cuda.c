/* test_cuda.c - the CUDA backend.
 *
 * Everywhere: asking for a CUDA context where it cannot run (a build
 * without CUDA, or no GPU) is a clear MR_ERR_UNSUPPORTED, never a crash or a
 * silent CPU context; with cpu_fallback the context runs on the CPU, says
 * so, and computes what a CPU context computes.
 *
 * With a GPU: every CUDA kernel against its scalar twin (lib/engine/kernels/ops.c) on
 * random data, for each weight type and each matmul path, with edges that
 * are not multiples of the tile sizes. Bounds: f32 kernels 1e-5 relative to
 * sum |w x| (summation order differs); the tensor-core path rounds the
 * activations to the weight's type, one extra rounding per product: 2^-11
 * (f16) or 2^-8 (bf16) relative per term, bounded by 2e-3 / 1.6e-2 of
 * sum |w x|. The goldens on the GPU are test_t5 run with
 * MR_TEST_BACKEND=cuda (make test CUDA=1 does both). */
#include "testutil.h"

#include "cuda.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rs = 0x9e3779b97f4a7c15ull;
static float rnd(void) { /* uniform in [-1, 1) */
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return (float)((rs >> 40) * (1.0 / 8388608.0)) - 1.0f;
}

static int gpus(void) {
    char why[256] = "";
    int n = mr_cuda_device_count(why, sizeof why);
    if (n <= 0) print_message("  no GPU here (%s): the CUDA kernel checks are skipped\n", why);
    return n;
}

static void unavailable_is_a_clear_error(void **state) {
    (void)state;
    char err[512] = "";
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx_params p = mr_ctx_default_params();
    p.backend = MR_BACKEND_CUDA;
    mr_ctx *c = (mr_ctx *)0x1;
    if (gpus() > 0) {
        assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_OK);
        mr_ctx_free(c);
        p.device = 1000;
        assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_ERR_INVALID_ARG);
        assert_null(c);
        assert_non_null(strstr(err, "device 1000"));
        mr_model_free(m);
        return;
    }
    assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_ERR_UNSUPPORTED);
    assert_null(c);
    assert_non_null(strstr(err, "CUDA"));
    assert_null(mr_ctx_new(m, &p));
    /* asked-for fallback: a CPU context that says so and computes the same */
    p.cpu_fallback = 1;
    assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_OK);
    assert_non_null(c);
    assert_non_null(strstr(err, "CPU"));
    mr_ctx *cpu = mr_ctx_new(m, NULL);
    int32_t ids[] = {5, 17, 42, 1};
    float a[64], b[64];
    int32_t dec[] = {0};
    assert_int_equal(mr_encode(c, ids, 4), MR_OK);
    assert_int_equal(mr_encode(cpu, ids, 4), MR_OK);
    mr_model_info info;
    mr_model_get_info(m, &info);
    float *la = malloc((size_t)info.n_vocab * sizeof *la), *lb = malloc((size_t)info.n_vocab * sizeof *lb);
    assert_int_equal(mr_decoder_logits(c, dec, 1, la, info.n_vocab), MR_OK);
    assert_int_equal(mr_decoder_logits(cpu, dec, 1, lb, info.n_vocab), MR_OK);
    assert_memory_equal(la, lb, (size_t)info.n_vocab * sizeof *la);
    (void)a; (void)b;
    free(la);
    free(lb);
    mr_ctx_free(c);
    mr_ctx_free(cpu);
    /* bad backend values are refused */
    p.backend = 7;
    assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_ERR_INVALID_ARG);
    mr_model_free(m);
}

/* 4-bit weights have no GPU kernels: a clear error naming the tensor (GPU
 * or not), and the asked-for CPU fallback runs them. */
static void four_bit_stays_on_the_cpu(void **state) {
    (void)state;
    char err[512] = "";
    mr_model *m = mr_model_load(tu_gen("t5-v1_0-tiny-q4_K.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx_params p = mr_ctx_default_params();
    p.backend = MR_BACKEND_CUDA;
    mr_ctx *c = (mr_ctx *)0x1;
    assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_ERR_UNSUPPORTED);
    assert_null(c);
    assert_non_null(strstr(err, "CUDA backend: tensor"));
    assert_non_null(strstr(err, "q4_"));
    p.cpu_fallback = 1;
    assert_int_equal(mr_ctx_init(m, &p, &c, err, sizeof err), MR_OK);
    assert_non_null(strstr(err, "running on the CPU"));
    int32_t ids[] = {5, 17, 42, 1};
    assert_int_equal(mr_encode(c, ids, 4), MR_OK);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* A weight of the given type holding (a rounding of) w [out][in]. */
static mr_tensor make_weight(uint32_t type, const float *w, int64_t in, int64_t out, void **buf) {
    mr_tensor t;
    memset(&t, 0, sizeof t);
    t.type = type;
    t.n_dims = 2;
    t.ne[0] = in; t.ne[1] = out; t.ne[2] = t.ne[3] = 1;
    t.nbytes = mr_row_bytes(type, in) * (uint64_t)out;
    *buf = malloc(t.nbytes);
    for (int64_t r = 0; r < out; r++) {
        const float *src = w + r * in;
        uint8_t *dst = (uint8_t *)*buf + r * mr_row_bytes(type, in);
        for (int64_t i = 0; type != GGML_Q8_0 && i < in; i++) {
            if (type == GGML_F32) ((float *)dst)[i] = src[i];
            else if (type == GGML_F16) ((uint16_t *)dst)[i] = mr_f32_to_f16(src[i]);
            else ((uint16_t *)dst)[i] = mr_f32_to_bf16(src[i]);
        }
        if (type == GGML_Q8_0) mr_quantize_q8_0(src, in, (block_q8_0 *)dst);
    }
    t.data = *buf;
    return t;
}

static void matmul_matches_scalar(void **state) {
    (void)state;
    if (gpus() <= 0) skip();
    const uint32_t types[] = {GGML_F32, GGML_F16, GGML_BF16, GGML_Q8_0};
    const int64_t Ts[] = {1, 3, 8, 9, 16, 17, 40, 130};
    const int64_t in = 320, out = 200; /* not multiples of the 64-wide tiles */
    float *w = malloc((size_t)(in * out) * sizeof *w), *x = malloc((size_t)(130 * in) * sizeof *x);
    float *ref = malloc((size_t)(130 * out) * sizeof *ref), *got = malloc((size_t)(130 * out) * sizeof *got);
    float *wrow = malloc((size_t)in * 4 * sizeof *wrow), *mag = malloc((size_t)(130 * out) * sizeof *mag);
    for (int64_t i = 0; i < in * out; i++) w[i] = rnd() * 0.1f;
    for (int64_t i = 0; i < 130 * in; i++) x[i] = rnd() * 3.0f;
    for (size_t ti = 0; ti < 4; ti++) {
        void *buf;
        mr_tensor t = make_weight(types[ti], w, in, out, &buf);
        for (size_t k = 0; k < sizeof Ts / sizeof Ts[0]; k++) {
            int64_t T = Ts[k];
            mr_matmul(&t, x, T, ref, wrow); /* the scalar twin, on the same rounded weights */
            for (int64_t r = 0; r < T; r++) /* sum |w x| per output, for the bounds */
                for (int64_t o = 0; o < out; o++) {
                    mr_tensor_row_f32(&t, o, wrow);
                    double s = 0;
                    for (int64_t i = 0; i < in; i++) s += fabs((double)wrow[i] * x[r * in + i]);
                    mag[r * out + o] = (float)s;
                }
            for (int path = 1; path <= 3; path++) {
                int tc = path == 3 && (types[ti] == GGML_F16 || types[ti] == GGML_BF16);
                double rel = tc ? (types[ti] == GGML_F16 ? 2e-3 : 1.6e-2) : 1e-5;
                assert_int_equal(mr_cuda_check_matmul(0, &t, x, T, got, path), MR_OK);
                for (int64_t e = 0; e < T * out; e++)
                    if (!(fabs((double)got[e] - ref[e]) <= rel * mag[e] + 1e-6))
                        fail_msg("matmul %s T=%lld path %d: element %lld = %.7g, scalar %.7g (bound %.3g)",
                                 mr_type_name(types[ti]), (long long)T, path, (long long)e, got[e], ref[e],
                                 rel * mag[e]);
            }
        }
        free(buf);
    }
    free(w); free(x); free(ref); free(got); free(wrow); free(mag);
}

static void small_kernels_match_scalar(void **state) {
    (void)state;
    if (gpus() <= 0) skip();
    const int64_t n = 7, d = 300;
    float x[7 * 300], w[300], ref[7 * 300], got[7 * 300], up[7 * 300];
    for (int64_t i = 0; i < n * d; i++) { x[i] = rnd() * 4; up[i] = rnd(); }
    for (int64_t i = 0; i < d; i++) w[i] = rnd();
    mr_rmsnorm(x, w, n, d, 1e-6f, ref);
    assert_int_equal(mr_cuda_check_rmsnorm(0, x, w, n, d, 1e-6f, got), MR_OK);
    for (int64_t i = 0; i < n * d; i++) assert_true(fabs(got[i] - ref[i]) <= 1e-5 * fmax(1.0, fabs(ref[i])));
    const int acts[] = {ACT_RELU, ACT_GELU_TANH, ACT_GELU_ERF, ACT_SILU};
    for (int a = 0; a < 4; a++)
        for (int gated = 0; gated < 2; gated++) {
            memcpy(ref, x, sizeof x);
            memcpy(got, x, sizeof x);
            mr_act_inplace(ref, n * d, (mr_act)acts[a]);
            if (gated) for (int64_t i = 0; i < n * d; i++) ref[i] *= up[i];
            assert_int_equal(mr_cuda_check_act(0, got, gated ? up : NULL, n * d, acts[a]), MR_OK);
            for (int64_t i = 0; i < n * d; i++)
                if (!(fabs(got[i] - ref[i]) <= 1e-5 * fmax(1.0, fabs(ref[i]))))
                    fail_msg("act %d gated %d: %lld: %.7g vs %.7g", acts[a], gated, (long long)i, got[i], ref[i]);
        }
}

static void attention_matches_scalar(void **state) {
    (void)state;
    if (gpus() <= 0) skip();
    enum { H = 4, DK = 16, NQ = 19, NK = 37, NB = 32 };
    static float q[NQ * H * DK], k[NK * H * DK], v[NK * H * DK], rel[NB * H], ref[NQ * H * DK], got[NQ * H * DK];
    static int32_t tab[2 * 64];
    float scores[NK];
    for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) q[i] = rnd();
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) { k[i] = rnd(); v[i] = rnd(); }
    for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) rel[i] = rnd() * 2;
    for (int32_t r = -63; r <= 64; r++) tab[r + 63] = mr_rel_bucket(r, 1, NB, 128);
    const mr_kern *scalar = mr_kern_get(MR_KERN_SCALAR);
    /* encoder-like (all keys, bias), decoder-like (causal from position 18), cross (no bias) */
    const int32_t causal[] = {-1, NK - NQ, -1};
    for (int cse = 0; cse < 3; cse++) {
        const float *rb = cse == 2 ? NULL : rel;
        int32_t off = 63; /* bucket of (j - i) at j - i + 63 */
        mr_attention(scalar, q, H * DK, k, v, H * DK, NQ, NK, 0, H, DK, causal[cse], rb, tab, off, H, ref, H * DK,
                     scores);
        assert_int_equal(mr_cuda_check_attention(0, q, k, v, NQ, NK, H, DK, causal[cse], rb, tab, 128, off, got),
                         MR_OK);
        for (size_t i = 0; i < sizeof got / sizeof got[0]; i++)
            if (!(fabs(got[i] - ref[i]) <= 1e-5 * fmax(1.0, fabs(ref[i]))))
                fail_msg("attention case %d: %zu: %.7g vs %.7g", cse, i, got[i], ref[i]);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(unavailable_is_a_clear_error),
        cmocka_unit_test(four_bit_stays_on_the_cpu),
        cmocka_unit_test(matmul_matches_scalar),
        cmocka_unit_test(small_kernels_match_scalar),
        cmocka_unit_test(attention_matches_scalar),
    };
    return cmocka_run_group_tests_name("cuda", tests, NULL, NULL);
}
