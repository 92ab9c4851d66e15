/* kernels_arm.c - NEON kernels for 64-bit Arm (NEON is part of every
 * AArch64 CPU, so no run-time check is needed there). Same algorithms as the
 * x86 kernels: GEMV straight from the stored type, and an outer-product GEMM
 * micro-kernel that broadcasts weights and packs activations. Softmax and
 * GELU use the scalar twins. */
#include "kernels.h"

#if defined(__aarch64__)

#include <arm_neon.h>
#include <string.h>


#define MR 8 /* weight rows */
#define NR 8 /* activation rows: two float32x4 */

static float dot_neon(const float *a, const float *b, int64_t n) {
    float32x4_t s0 = vdupq_n_f32(0), s1 = s0, s2 = s0, s3 = s0;
    int64_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = vfmaq_f32(s0, vld1q_f32(a + i), vld1q_f32(b + i));
        s1 = vfmaq_f32(s1, vld1q_f32(a + i + 4), vld1q_f32(b + i + 4));
        s2 = vfmaq_f32(s2, vld1q_f32(a + i + 8), vld1q_f32(b + i + 8));
        s3 = vfmaq_f32(s3, vld1q_f32(a + i + 12), vld1q_f32(b + i + 12));
    }
    for (; i + 4 <= n; i += 4) s0 = vfmaq_f32(s0, vld1q_f32(a + i), vld1q_f32(b + i));
    float s = vaddvq_f32(vaddq_f32(vaddq_f32(s0, s1), vaddq_f32(s2, s3)));
    for (; i < n; i++) s += a[i] * b[i];
    return s;
}

static void axpy_neon(float *y, float a, const float *x, int64_t n) {
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) vst1q_f32(y + i, vfmaq_n_f32(vld1q_f32(y + i), vld1q_f32(x + i), a));
    for (; i < n; i++) y[i] += a * x[i];
}

static void relu_neon(float *x, int64_t n) {
    int64_t i = 0;
    for (; i + 4 <= n; i += 4) vst1q_f32(x + i, vmaxq_f32(vld1q_f32(x + i), vdupq_n_f32(0)));
    for (; i < n; i++) x[i] = x[i] > 0 ? x[i] : 0;
}

static inline float32x4_t load_f16(const uint16_t *p) { return vcvt_f32_f16(vreinterpret_f16_u16(vld1_u16(p))); }
static inline float32x4_t load_bf16(const uint16_t *p) { return vreinterpretq_f32_u32(vshll_n_u16(vld1_u16(p), 16)); }

static float dot_typed(const mr_tensor *w, int64_t o, const float *x) {
    const int64_t n = w->ne[0];
    const uint8_t *row = (const uint8_t *)w->data + (uint64_t)o * mr_row_bytes(w->type, n);
    float32x4_t s0 = vdupq_n_f32(0), s1 = s0;
    int64_t i = 0;
    float s = 0;
    switch (w->type) {
    case GGML_F32: return dot_neon((const float *)row, x, n);
    case GGML_F16: {
        const uint16_t *h = (const uint16_t *)row;
        for (; i + 8 <= n; i += 8) {
            s0 = vfmaq_f32(s0, vld1q_f32(x + i), load_f16(h + i));
            s1 = vfmaq_f32(s1, vld1q_f32(x + i + 4), load_f16(h + i + 4));
        }
        s = vaddvq_f32(vaddq_f32(s0, s1));
        for (; i < n; i++) s += x[i] * mr_f16_to_f32(h[i]);
        return s;
    }
    case GGML_BF16: {
        const uint16_t *h = (const uint16_t *)row;
        for (; i + 8 <= n; i += 8) {
            s0 = vfmaq_f32(s0, vld1q_f32(x + i), load_bf16(h + i));
            s1 = vfmaq_f32(s1, vld1q_f32(x + i + 4), load_bf16(h + i + 4));
        }
        s = vaddvq_f32(vaddq_f32(s0, s1));
        for (; i < n; i++) s += x[i] * mr_bf16_to_f32(h[i]);
        return s;
    }
    default: {
        const block_q8_0 *b = (const block_q8_0 *)row;
        float32x4_t acc = vdupq_n_f32(0);
        for (int64_t k = 0; k < n / QK8_0; k++) {
            float32x4_t bs = vdupq_n_f32(0);
            for (int j = 0; j < QK8_0; j += 8) {
                int16x8_t q = vmovl_s8(vld1_s8(b[k].qs + j));
                bs = vfmaq_f32(bs, vld1q_f32(x + k * QK8_0 + j), vcvtq_f32_s32(vmovl_s16(vget_low_s16(q))));
                bs = vfmaq_f32(bs, vld1q_f32(x + k * QK8_0 + j + 4), vcvtq_f32_s32(vmovl_s16(vget_high_s16(q))));
            }
            acc = vfmaq_n_f32(acc, bs, mr_f16_to_f32(b[k].d));
        }
        return vaddvq_f32(acc);
    }
    }
}

static void pack_x(const float *x, int64_t K, int64_t nt, float *xp) {
    for (int64_t j = 0; j < NR; j++)
        for (int64_t k = 0; k < K; k++) xp[k * NR + j] = j < nt ? x[j * K + k] : 0.0f;
}

/* tile[r][j] = sum_k W[r][k] x[j][k]: one FMA chain per output, as on x86 */
static void ukernel(const float *const *wr, const float *xp, int64_t K, float *tile) {
    float32x4_t acc[MR][2];
    for (int r = 0; r < MR; r++) acc[r][0] = acc[r][1] = vdupq_n_f32(0);
    for (int64_t k = 0; k < K; k++) {
        float32x4_t b0 = vld1q_f32(xp + k * NR), b1 = vld1q_f32(xp + k * NR + 4);
        for (int r = 0; r < MR; r++) {
            float a = wr[r][k];
            acc[r][0] = vfmaq_n_f32(acc[r][0], b0, a);
            acc[r][1] = vfmaq_n_f32(acc[r][1], b1, a);
        }
    }
    for (int r = 0; r < MR; r++) {
        vst1q_f32(tile + r * NR, acc[r][0]);
        vst1q_f32(tile + r * NR + 4, acc[r][1]);
    }
}

static void gemm_neon(const mr_tensor *w, const float *x, int64_t T, float *y, int64_t ldy, int64_t o0,
                      int64_t o1, float *scratch) {
    const int64_t K = w->ne[0];
    if (T == 1) {
        if (w->type == GGML_Q4_0 || w->type == GGML_Q4_K || w->type == GGML_Q5_0 || w->type == GGML_Q6_K) {
            for (int64_t o = o0; o < o1; o++) { /* widened a row at a time */
                mr_tensor_row_f32(w, o, scratch);
                y[o] = dot_neon(scratch, x, K);
            }
            return;
        }
        for (int64_t o = o0; o < o1; o++) y[o] = dot_typed(w, o, x);
        return;
    }
    float *xp = scratch, *wbuf = xp + K * NR, *zero = wbuf + MR * K, *tile = zero + K;
    memset(zero, 0, (size_t)K * sizeof *zero);
    for (int64_t t = 0; t < T; t += NR) {
        int64_t nt = T - t < NR ? T - t : NR;
        pack_x(x + t * K, K, nt, xp);
        for (int64_t o = o0; o < o1; o += MR) {
            int64_t mo = o1 - o < MR ? o1 - o : MR;
            const float *wr[MR];
            for (int r = 0; r < MR; r++) {
                if (r >= mo) wr[r] = zero;
                else if (w->type == GGML_F32) wr[r] = (const float *)w->data + (o + r) * K;
                else { mr_tensor_row_f32(w, o + r, wbuf + r * K); wr[r] = wbuf + r * K; }
            }
            ukernel(wr, xp, K, tile);
            for (int64_t j = 0; j < nt; j++)
                for (int64_t r = 0; r < mo; r++) y[(t + j) * ldy + o + r] = tile[r * NR + j];
        }
    }
}

static void gelu_neon(float *x, int64_t n) { mr_act_inplace(x, n, ACT_GELU_TANH); }

static void dots_neon(const float *q, const float *k, int64_t ldk, int64_t n, int64_t d, float *s) {
    for (int64_t j = 0; j < n; j++) s[j] = dot_neon(q, k + j * ldk, d);
}

static void mix_neon(float *o, const float *s, const float *v, int64_t ldv, int64_t n, int64_t d) {
    memset(o, 0, (size_t)d * sizeof *o);
    for (int64_t j = 0; j < n; j++) axpy_neon(o, s[j], v + j * ldv, d);
}

static const mr_kern k_neon = {"neon", gemm_neon, dot_neon, axpy_neon, mr_softmax_inplace, gelu_neon,
                               relu_neon, NULL, NULL, NULL, NULL, dots_neon, mix_neon};

const mr_kern *mr_kern_neon(void) { return &k_neon; }

#else

const mr_kern *mr_kern_neon(void) { return NULL; }

#endif
