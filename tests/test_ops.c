/* test_ops.c - lib/engine/kernels/ops.c, lib/engine/quant.c, lib/engine/fp16.c: the scalar kernels and
 * the storage types (q8_0, q4_0, q4_K, q6_K blocks).
 * Bucket values were computed with transformers' formula (float32 log, as
 * torch does); matmul over every weight type is compared with a float64
 * reference on the dequantized weights, with guard bytes around outputs. */
#include "testutil.h"

#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const int32_t rels[] = {-200, -129, -128, -64, -33, -17, -16, -9, -8, -7, -1, 0, 1, 7,
                               8,    9,    15,   16,  17,  20,  31,  32, 64, 127, 128, 129, 500};
static const int32_t b32_bi[] = {15, 15, 15, 14, 12, 10, 10, 8, 8, 7, 1, 0, 17, 23,
                                 24, 24, 25, 26, 26, 26, 27, 28, 30, 31, 31, 31, 31};
static const int32_t b32_uni[] = {31, 31, 31, 26, 21, 16, 16, 9, 8, 7, 1, 0, 0, 0,
                                  0,  0,  0,  0,  0,  0,  0,  0, 0, 0, 0, 0, 0};
static const int32_t b16_bi[] = {7,  7,  7,  7,  7,  7,  7,  6,  5,  5,  1,  0,  9, 13,
                                 13, 14, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15};
static const int32_t b16_uni[] = {15, 15, 15, 15, 15, 14, 14, 9, 8, 7, 1, 0, 0, 0,
                                  0,  0,  0,  0,  0,  0,  0,  0, 0, 0, 0, 0, 0};

static void relative_buckets(void **state) {
    (void)state;
    for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++) {
        assert_int_equal(mr_rel_bucket(rels[i], 1, 32, 128), b32_bi[i]);
        assert_int_equal(mr_rel_bucket(rels[i], 0, 32, 128), b32_uni[i]);
        assert_int_equal(mr_rel_bucket(rels[i], 1, 16, 20), b16_bi[i]);
        assert_int_equal(mr_rel_bucket(rels[i], 0, 16, 20), b16_uni[i]);
    }
}

static void half_floats(void **state) {
    (void)state;
    /* exact values */
    assert_true(mr_f16_to_f32(0x3c00) == 1.0f);
    assert_true(mr_f16_to_f32(0xc000) == -2.0f);
    assert_true(mr_f16_to_f32(0x7bff) == 65504.0f);
    assert_true(mr_f16_to_f32(0x0001) == 5.9604644775390625e-8f);
    assert_true(isinf(mr_f16_to_f32(0x7c00)));
    assert_true(isnan(mr_f16_to_f32(0x7e00)));
    assert_int_equal(mr_f32_to_f16(1.0f), 0x3c00);
    assert_int_equal(mr_f32_to_f16(65520.0f), 0x7c00);   /* rounds to inf */
    assert_int_equal(mr_f32_to_f16(1.0f + 1.0f / 2048), 0x3c00); /* tie to even */
    assert_int_equal(mr_f32_to_f16(1.0f + 3.0f / 2048), 0x3c02);
    assert_int_equal(mr_f32_to_f16(5.9604644775390625e-8f), 0x0001);
    /* every half round-trips */
    for (uint32_t h = 0; h < 0x10000; h++) {
        float f = mr_f16_to_f32((uint16_t)h);
        if (isnan(f)) continue;
        assert_int_equal(mr_f32_to_f16(f), h);
    }
    assert_true(mr_bf16_to_f32(0x3f80) == 1.0f);
    assert_int_equal(mr_f32_to_bf16(1.0f), 0x3f80);
    assert_int_equal(mr_f32_to_bf16(1.00390625f), 0x3f80); /* tie to even */
    assert_true(isnan(mr_bf16_to_f32(mr_f32_to_bf16(NAN))));
}

static void q8_0_blocks(void **state) {
    (void)state;
    float x[96], y[96];
    uint64_t s = 7;
    for (int i = 0; i < 96; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        x[i] = (float)((int64_t)(s % 2001) - 1000) / 100.0f;
    }
    x[40] = 0; /* a block may hold zeros */
    block_q8_0 b[3];
    mr_quantize_q8_0(x, 96, b);
    mr_tensor t = {.type = GGML_Q8_0, .n_dims = 2, .ne = {96, 1, 1, 1}, .data = b};
    mr_tensor_row_f32(&t, 0, y);
    for (int k = 0; k < 3; k++) {
        float amax = 0;
        for (int j = 0; j < 32; j++) amax = fmaxf(amax, fabsf(x[k * 32 + j]));
        /* rounding error at most half a step, plus the f16 rounding of the scale */
        float bound = amax / 127.0f * 0.5f + amax * 1e-3f;
        for (int j = 0; j < 32; j++) assert_true(fabsf(y[k * 32 + j] - x[k * 32 + j]) <= bound);
    }
    float z[32] = {0};
    mr_quantize_q8_0(z, 32, b);
    mr_tensor_row_f32(&t, 0, y);
    assert_true(y[0] == 0 && y[31] == 0);
    assert_int_equal(mr_row_bytes(GGML_Q8_0, 64), 68);
    assert_int_equal(mr_row_bytes(GGML_Q8_0, 48), 0);
    assert_int_equal(mr_row_bytes(GGML_BF16, 48), 96);
}

/* Hand-built 4- and 6-bit blocks decode to the values of llama.cpp's
 * formulas (ggml-quants.c dequantize_row_*), written out element by element
 * here; the quantizers round-trip within half a step. */
static void q4_blocks(void **state) {
    (void)state;
    float y[256];
    /* q4_0: d = 0.5 (f16 0x3800); qs[j] = j | (15 - j) << 4:
     * element j = 0.5 * (j - 8), element j + 16 = 0.5 * (7 - j) */
    block_q4_0 b0 = {.d = 0x3800};
    for (int j = 0; j < 16; j++) b0.qs[j] = (uint8_t)(j | ((15 - j) << 4));
    mr_tensor t0 = {.type = GGML_Q4_0, .n_dims = 2, .ne = {32, 1, 1, 1}, .data = &b0};
    mr_tensor_row_f32(&t0, 0, y);
    for (int j = 0; j < 16; j++) {
        assert_true(y[j] == 0.5f * (float)(j - 8));
        assert_true(y[j + 16] == 0.5f * (float)(7 - j));
    }
    assert_int_equal(sizeof(block_q4_0), 18);
    assert_int_equal(sizeof(block_q4_K), 144);
    assert_int_equal(sizeof(block_q6_K), 210);
    assert_int_equal(mr_row_bytes(GGML_Q4_0, 64), 36);
    assert_int_equal(mr_row_bytes(GGML_Q4_K, 512), 288);
    assert_int_equal(mr_row_bytes(GGML_Q4_K, 96), 0);
    assert_int_equal(mr_row_bytes(GGML_Q6_K, 256), 210);

    /* q4_K: d = 0.25 (0x3400), dmin = 0.125 (0x3000); sub-block j has
     * scale sc[j] = 5 + 7j and min m[j] = 60 - 3j (6 bits each, packed as
     * ggml's get_scale_min_k4 reads them); qs[32c + l] = (l % 16) | ((l + c) % 16) << 4.
     * Element 64c + l = 0.25 sc[2c] (l % 16) - 0.125 m[2c],
     * element 64c + 32 + l = 0.25 sc[2c+1] ((l + c) % 16) - 0.125 m[2c+1]. */
    block_q4_K bk = {.d = 0x3400, .dmin = 0x3000};
    uint8_t sc[8], mn[8];
    for (int j = 0; j < 8; j++) { sc[j] = (uint8_t)(5 + 7 * j); mn[j] = (uint8_t)(60 - 3 * j); }
    for (int j = 0; j < 4; j++) {
        bk.scales[j] = (uint8_t)(sc[j] | ((sc[j + 4] >> 4) << 6));
        bk.scales[j + 4] = (uint8_t)(mn[j] | ((mn[j + 4] >> 4) << 6));
        bk.scales[j + 8] = (uint8_t)((sc[j + 4] & 0xF) | ((mn[j + 4] & 0xF) << 4));
    }
    for (int c = 0; c < 4; c++)
        for (int l = 0; l < 32; l++) bk.qs[32 * c + l] = (uint8_t)((l % 16) | (((l + c) % 16) << 4));
    uint8_t sm[16];
    mr_q4_K_scales(bk.scales, sm);
    for (int j = 0; j < 8; j++) { assert_int_equal(sm[j], sc[j]); assert_int_equal(sm[8 + j], mn[j]); }
    mr_tensor tk = {.type = GGML_Q4_K, .n_dims = 2, .ne = {256, 1, 1, 1}, .data = &bk};
    mr_tensor_row_f32(&tk, 0, y);
    for (int c = 0; c < 4; c++)
        for (int l = 0; l < 32; l++) {
            assert_true(y[64 * c + l] == 0.25f * sc[2 * c] * (float)(l % 16) - 0.125f * mn[2 * c]);
            assert_true(y[64 * c + 32 + l] == 0.25f * sc[2 * c + 1] * (float)((l + c) % 16) - 0.125f * mn[2 * c + 1]);
        }

    /* q5_0: d = 0.5; qs[j] = j | (15 - j) << 4, qh = 0xA5C3F00F: element j =
     * 0.5 * ((j | bit j << 4) - 16), element j + 16 = 0.5 * (((15 - j) | bit j+16 << 4) - 16) */
    block_q5_0 b5 = {.d = 0x3800, .qh = {0x0F, 0xF0, 0xC3, 0xA5}};
    uint32_t qh5 = 0xA5C3F00Fu;
    for (int j = 0; j < 16; j++) b5.qs[j] = (uint8_t)(j | ((15 - j) << 4));
    mr_tensor t5 = {.type = GGML_Q5_0, .n_dims = 2, .ne = {32, 1, 1, 1}, .data = &b5};
    mr_tensor_row_f32(&t5, 0, y);
    for (int j = 0; j < 16; j++) {
        assert_true(y[j] == 0.5f * (float)((j | (int)((qh5 >> j) & 1) << 4) - 16));
        assert_true(y[j + 16] == 0.5f * (float)(((15 - j) | (int)((qh5 >> (j + 16)) & 1) << 4) - 16));
    }
    assert_int_equal(sizeof(block_q5_0), 22);

    /* q6_K: d = 0.5; scales[i] = i - 8; ql[l] = l % 16 | (15 - l % 16) << 4,
     * qh[l] = l % 4 | ((l + 1) % 4) << 2 | ((l + 2) % 4) << 4 | ((l + 3) % 4) << 6.
     * For half h and l < 32: q1 = ql[64h+l] low | qh[32h+l] bits 0-1 << 4, q2 = ql[64h+l+32]
     * low | bits 2-3, q3 = ql[64h+l] high | bits 4-5, q4 = ql[64h+l+32] high | bits 6-7;
     * y[128h + l + 32i] = d * scales[8h + l/16 + 2i] * (q_{i+1} - 32). */
    block_q6_K b6;
    b6.d = 0x3800;
    for (int i = 0; i < 16; i++) b6.scales[i] = (int8_t)(i - 8);
    for (int l = 0; l < 128; l++) b6.ql[l] = (uint8_t)((l % 16) | ((15 - l % 16) << 4));
    for (int l = 0; l < 64; l++)
        b6.qh[l] = (uint8_t)((l % 4) | (((l + 1) % 4) << 2) | (((l + 2) % 4) << 4) | (((l + 3) % 4) << 6));
    mr_tensor t6 = {.type = GGML_Q6_K, .n_dims = 2, .ne = {256, 1, 1, 1}, .data = &b6};
    mr_tensor_row_f32(&t6, 0, y);
    for (int h = 0; h < 2; h++)
        for (int l = 0; l < 32; l++) {
            int ql0 = b6.ql[64 * h + l], ql1 = b6.ql[64 * h + l + 32], qh = b6.qh[32 * h + l];
            int q[4] = {(ql0 & 15) | ((qh & 3) << 4), (ql1 & 15) | (((qh >> 2) & 3) << 4),
                        (ql0 >> 4) | (((qh >> 4) & 3) << 4), (ql1 >> 4) | (((qh >> 6) & 3) << 4)};
            for (int i = 0; i < 4; i++)
                assert_true(y[128 * h + l + 32 * i] == 0.5f * (float)b6.scales[8 * h + l / 16 + 2 * i] * (float)(q[i] - 32));
        }

    /* quantizers: q4_0 within half a step of amax / 8 (plus the f16 scale),
     * except the side opposite the largest element, clamped at 7 steps: a
     * whole step there;
     * q4_K within half a step of its sub-block range / 15 plus the 6-bit
     * quantization of scale and min; q4_K beats q4_0 on the same data */
    float x[512], r0[512], rk[512];
    uint64_t s = 11;
    for (int i = 0; i < 512; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        x[i] = (float)((int64_t)(s % 2001) - 1000) / 400.0f * (1.0f + (float)(i % 64) / 16.0f);
    }
    block_q4_0 q0[16];
    block_q4_K qk[2];
    mr_quantize_q4_0(x, 512, q0);
    mr_quantize_q4_K(x, 512, qk);
    mr_tensor a0 = {.type = GGML_Q4_0, .n_dims = 2, .ne = {512, 1, 1, 1}, .data = q0};
    mr_tensor ak = {.type = GGML_Q4_K, .n_dims = 2, .ne = {512, 1, 1, 1}, .data = qk};
    mr_tensor_row_f32(&a0, 0, r0);
    mr_tensor_row_f32(&ak, 0, rk);
    double e0 = 0, ek = 0;
    for (int k = 0; k < 16; k++) {
        float amax = 0, mx = -1e30f, mnv = 1e30f;
        for (int j = 0; j < 32; j++) {
            float v = x[32 * k + j];
            amax = fmaxf(amax, fabsf(v));
            mx = fmaxf(mx, v);
            mnv = fminf(mnv, v);
        }
        for (int j = 0; j < 32; j++) {
            int i = 32 * k + j;
            assert_true(fabsf(r0[i] - x[i]) <= amax / 8 + amax * 2e-3f + 1e-6f);
            /* the fit may clip a little of the range; 6-bit scales add ~1/63 relative */
            assert_true(fabsf(rk[i] - x[i]) <= (mx - fminf(mnv, 0)) / 15 * 0.75f + amax * 0.05f);
            e0 += (double)(r0[i] - x[i]) * (r0[i] - x[i]);
            ek += (double)(rk[i] - x[i]) * (rk[i] - x[i]);
        }
    }
    print_message("  rms reconstruction error: q4_0 %.4f, q4_K %.4f\n", sqrt(e0 / 512), sqrt(ek / 512));
    assert_true(ek < e0);
    /* all-zero blocks stay zero */
    float z[256] = {0};
    mr_quantize_q4_0(z, 32, q0);
    mr_quantize_q4_K(z, 256, qk);
    mr_tensor_row_f32(&a0, 0, r0);
    mr_tensor zk = {.type = GGML_Q4_K, .n_dims = 2, .ne = {256, 1, 1, 1}, .data = qk};
    mr_tensor_row_f32(&zk, 0, rk);
    for (int i = 0; i < 32; i++) assert_true(r0[i] == 0);
    for (int i = 0; i < 256; i++) assert_true(rk[i] == 0);
}

/* y = W x for every storage type against a double-precision reference on the
 * same (dequantized) weights: the bound is float accumulation error only. */
static void matmul_all_types(void **state) {
    (void)state;
    enum { IN = 96, OUT = 17, T = 5, GUARD = 16 };
    float wf[OUT * IN], x[T * IN];
    uint64_t s = 3;
    for (int i = 0; i < OUT * IN; i++) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; wf[i] = (float)(s % 1000) / 500.0f - 1.0f; }
    for (int i = 0; i < T * IN; i++) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; x[i] = (float)(s % 1000) / 250.0f - 2.0f; }
    uint16_t wh[OUT * IN], wb[OUT * IN];
    block_q8_0 wq[OUT * IN / 32];
    for (int i = 0; i < OUT * IN; i++) { wh[i] = mr_f32_to_f16(wf[i]); wb[i] = mr_f32_to_bf16(wf[i]); }
    for (int o = 0; o < OUT; o++) mr_quantize_q8_0(wf + o * IN, IN, wq + o * (IN / 32));
    const void *data[] = {wf, wh, wb, wq};
    uint32_t types[] = {GGML_F32, GGML_F16, GGML_BF16, GGML_Q8_0};
    for (int ti = 0; ti < 4; ti++) {
        mr_tensor w = {.type = types[ti], .n_dims = 2, .ne = {IN, OUT, 1, 1}, .data = data[ti]};
        float y[T * OUT + 2 * GUARD], wrow[IN], deq[IN];
        for (int i = 0; i < T * OUT + 2 * GUARD; i++) y[i] = 12345.0f;
        mr_matmul(&w, x, T, y + GUARD, wrow);
        for (int g = 0; g < GUARD; g++) {
            assert_true(y[g] == 12345.0f);
            assert_true(y[GUARD + T * OUT + g] == 12345.0f);
        }
        for (int o = 0; o < OUT; o++) {
            mr_tensor_row_f32(&w, o, deq);
            for (int t = 0; t < T; t++) {
                double ref = 0, mag = 0;
                for (int i = 0; i < IN; i++) { ref += (double)deq[i] * x[t * IN + i]; mag += fabs((double)deq[i] * x[t * IN + i]); }
                /* n * eps * sum|terms| bounds float summation error */
                assert_true(fabs(y[GUARD + t * OUT + o] - ref) <= IN * 6e-8 * mag + 1e-6);
            }
        }
    }
}

static void norm_softmax_act(void **state) {
    (void)state;
    float x[4] = {1, -2, 3, -4}, w[4] = {1, 1, 2, 0.5f}, y[4];
    mr_rmsnorm(x, w, 1, 4, 1e-6f, y);
    double r = 1.0 / sqrt((1 + 4 + 9 + 16) / 4.0 + 1e-6);
    assert_true(fabs(y[2] - 2 * 3 * r) < 1e-6);
    assert_true(fabs(y[3] + 0.5 * 4 * r) < 1e-6);
    float s[5] = {1000, 1001, -1e30f, 999, 1000};
    mr_softmax_inplace(s, 5);
    double tot = 0;
    for (int i = 0; i < 5; i++) tot += s[i];
    assert_true(fabs(tot - 1) < 1e-6);
    assert_true(s[2] == 0 && s[1] > s[0]);
    float a[3] = {-1, 0, 2};
    mr_act_inplace(a, 3, ACT_RELU);
    assert_true(a[0] == 0 && a[2] == 2);
    float g[2] = {1, -1};
    mr_act_inplace(g, 2, ACT_GELU_TANH);
    assert_true(fabs(g[0] - 0.8411920) < 1e-6 && fabs(g[1] + 0.1588080) < 1e-6);
    float e[1] = {1};
    mr_act_inplace(e, 1, ACT_GELU_ERF);
    assert_true(fabs(e[0] - 0.8413447) < 1e-6);
}

/* Attention: causal masking and the bias table against a direct formula. */
static void attention_small(void **state) {
    (void)state;
    enum { H = 2, DK = 3, N = 4 };
    float q[N * H * DK], k[N * H * DK], v[N * H * DK], out[N * H * DK], sc[N];
    for (int i = 0; i < N * H * DK; i++) { q[i] = (float)((i * 7) % 5) / 5; k[i] = (float)((i * 3) % 7) / 7; v[i] = (float)i; }
    float relb[8 * H];
    for (int i = 0; i < 8 * H; i++) relb[i] = (float)i / 10;
    int32_t tab[2 * N - 1];
    for (int r = -(N - 1); r <= N - 1; r++) tab[r + N - 1] = mr_rel_bucket(r, 1, 8, 20);
    mr_attention(mr_kern_get(MR_KERN_SCALAR), q, H * DK, k, v, H * DK, N, N, 0, H, DK, 0, relb, tab, N - 1, H, out, H * DK, sc);
    for (int h = 0; h < H; h++)
        for (int i = 0; i < N; i++) {
            double p[N], z = 0, mx = -1e30;
            for (int j = 0; j <= i; j++) {
                double d = 0;
                for (int e = 0; e < DK; e++) d += q[i * H * DK + h * DK + e] * k[j * H * DK + h * DK + e];
                p[j] = d + relb[mr_rel_bucket(j - i, 1, 8, 20) * H + h];
                mx = fmax(mx, p[j]);
            }
            for (int j = 0; j <= i; j++) { p[j] = exp(p[j] - mx); z += p[j]; }
            for (int e = 0; e < DK; e++) {
                double o = 0;
                for (int j = 0; j <= i; j++) o += p[j] / z * v[j * H * DK + h * DK + e];
                assert_true(fabs(out[i * H * DK + h * DK + e] - o) < 1e-4);
            }
        }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(relative_buckets), cmocka_unit_test(half_floats),
        cmocka_unit_test(q8_0_blocks),      cmocka_unit_test(q4_blocks),      cmocka_unit_test(matmul_all_types),
        cmocka_unit_test(norm_softmax_act), cmocka_unit_test(attention_small),
    };
    return cmocka_run_group_tests_name("ops", tests, NULL, NULL);
}
