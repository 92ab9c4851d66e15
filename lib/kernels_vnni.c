/* kernels_vnni.c - q8_0 GEMM with int8 dot products (AVX-512 VNNI).
 *
 * For the compute-bound products (encoder, prefill, batched decoding) the
 * activations are quantized per block of 32 to int8 with a float scale, as
 * the ggml family does, and multiplied with the q8_0 weights by vpdpbusd
 * (64 multiply-adds per instruction, 4x the f32 FMA rate). vpdpbusd wants
 * unsigned x signed bytes, so activations are stored as q + 128 and each
 * weight block's 128 * sum(q) is subtracted. Per block and output:
 *     y += (sum_k qx*qw) * (dx * dw)
 * The single-row decode product stays on the float path: it is bound by
 * memory, and converting weights to float there keeps activations exact. */
#include "kernels.h"

#include <math.h>
#include <string.h>

/* Quantize rows of x (n = K, a multiple of 32) for gemm_q8a: xq = q + 128,
 * dx = block scale (max|x| / 127). Scalar and shared by every level so that
 * all of them see the same integers. */
void mr_quantize_act(const float *x, int64_t T, int64_t K, uint8_t *xq, float *dx) {
    int64_t nb = K / QK8_0;
    for (int64_t t = 0; t < T; t++)
        for (int64_t b = 0; b < nb; b++) {
            const float *v = x + t * K + b * QK8_0;
            float amax = 0.0f;
            for (int j = 0; j < QK8_0; j++) amax = fmaxf(amax, fabsf(v[j]));
            float d = amax / 127.0f, id = d ? 1.0f / d : 0.0f;
            dx[t * nb + b] = d;
            /* round half away from zero, written so that the loop vectorizes */
            for (int j = 0; j < QK8_0; j++) {
                float q = v[j] * id;
                xq[t * K + b * QK8_0 + j] = (uint8_t)((int)(q + (q >= 0 ? 0.5f : -0.5f)) + 128);
            }
        }
}

/* The scalar twin: same integers, float sums in block order. */
void mr_gemm_q8a_scalar(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T,
                        float *y, int64_t ldy, int64_t o0, int64_t o1, float *scratch) {
    (void)scratch;
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(GGML_Q8_0, K);
    for (int64_t o = o0; o < o1; o++) {
        const block_q8_0 *wb = (const block_q8_0 *)((const uint8_t *)w->data + (uint64_t)o * rb);
        for (int64_t t = 0; t < T; t++) {
            float acc = 0.0f;
            for (int64_t b = 0; b < nb; b++) {
                int32_t s = 0;
                for (int j = 0; j < QK8_0; j++) s += ((int32_t)xq[t * K + b * QK8_0 + j] - 128) * wb[b].qs[j];
                acc = fmaf((float)s, mr_f16_to_f32(wb[b].d) * dx[t * nb + b], acc);
            }
            y[t * ldy + o] = acc;
        }
    }
}

#if defined(__x86_64__)
#include <immintrin.h>

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vl,avx512vnni,avx2,fma,f16c")
#endif

#define NR 32 /* activation rows per packed block: two vectors of 16 int32 lanes */
#define MR 4  /* weight rows per micro-kernel call */

/* Pack NR activation rows (nt valid; the rest are 128 = zero with scale 0):
 * for block b and group g of 4 k: NR x 4 bytes, as vpdpbusd consumes them;
 * scales as [block][NR]. */
static void pack_xq(const uint8_t *xq, const float *dx, int64_t K, int64_t nt, uint8_t *xp, float *dp) {
    const int64_t nb = K / QK8_0;
    for (int64_t j = 0; j < NR; j++) {
        for (int64_t b = 0; b < nb; b++) {
            for (int g = 0; g < 8; g++) {
                uint8_t *dst = xp + ((b * 8 + g) * NR + j) * 4;
                if (j < nt) memcpy(dst, xq + j * K + b * QK8_0 + g * 4, 4);
                else memset(dst, 128, 4);
            }
            dp[b * NR + j] = j < nt ? dx[j * nb + b] : 0.0f;
        }
    }
}

/* tile[r][j] = sum_b (sum_k qw[r][k] qx[j][k]) * dw[r][b] * dx[j][b] for MR
 * weight rows (broadcast 4 bytes at a time) and NR packed activation rows. */
static void ukernel_q8(const block_q8_0 *const *wr, const int32_t *wsum, const uint8_t *xp,
                       const float *dp, int64_t nb, float *tile) {
    __m512 f[MR][2];
    _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) f[r][0] = f[r][1] = _mm512_setzero_ps();
    for (int64_t b = 0; b < nb; b++) {
        __m512i ia[MR][2];
        _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) ia[r][0] = ia[r][1] = _mm512_setzero_si512();
        const uint8_t *pb = xp + b * 8 * NR * 4;
        _Pragma("GCC unroll 8") for (int g = 0; g < 8; g++) {
            __m512i x0 = _mm512_loadu_si512(pb + g * NR * 4), x1 = _mm512_loadu_si512(pb + g * NR * 4 + 64);
            _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
                int32_t w4;
                memcpy(&w4, wr[r][b].qs + g * 4, 4);
                __m512i a = _mm512_set1_epi32(w4);
                ia[r][0] = _mm512_dpbusd_epi32(ia[r][0], x0, a);
                ia[r][1] = _mm512_dpbusd_epi32(ia[r][1], x1, a);
            }
        }
        __m512 d0 = _mm512_loadu_ps(dp + b * NR), d1 = _mm512_loadu_ps(dp + b * NR + 16);
        _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
            /* (qx + 128) . qw = qx . qw + 128 sum(qw) */
            __m512i corr = _mm512_set1_epi32(wsum[r * nb + b]);
            __m512 s = _mm512_set1_ps(_cvtsh_ss(wr[r][b].d));
            f[r][0] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_sub_epi32(ia[r][0], corr)), _mm512_mul_ps(s, d0), f[r][0]);
            f[r][1] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_sub_epi32(ia[r][1], corr)), _mm512_mul_ps(s, d1), f[r][1]);
        }
    }
    _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
        _mm512_storeu_ps(tile + r * NR, f[r][0]);
        _mm512_storeu_ps(tile + r * NR + 16, f[r][1]);
    }
}

/* scratch (floats): packed activations K * NR / 4, their scales nb * NR,
 * weight sums MR * nb, a zero block row nb * 34 / 4 + 1, tile MR * NR */
void mr_gemm_q8a_vnni(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y,
                      int64_t ldy, int64_t o0, int64_t o1, float *scratch) {
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(GGML_Q8_0, K);
    uint8_t *xp = (uint8_t *)scratch;
    float *dp = scratch + K * NR / 4;
    int32_t *wsum = (int32_t *)(dp + nb * NR);
    block_q8_0 *zero = (block_q8_0 *)(wsum + MR * nb);
    float *tile = (float *)zero + (nb * sizeof(block_q8_0) + 3) / 4;
    memset(zero, 0, (size_t)nb * sizeof(block_q8_0));
    for (int64_t t = 0; t < T; t += NR) {
        int64_t nt = T - t < NR ? T - t : NR;
        pack_xq(xq + t * K, dx + t * nb, K, nt, xp, dp);
        for (int64_t o = o0; o < o1; o += MR) {
            int64_t mo = o1 - o < MR ? o1 - o : MR;
            const block_q8_0 *wr[MR];
            for (int r = 0; r < MR; r++) {
                wr[r] = r < mo ? (const block_q8_0 *)((const uint8_t *)w->data + (uint64_t)(o + r) * rb) : zero;
                for (int64_t b = 0; b < nb; b++) {
                    int32_t sum = 0;
                    for (int e = 0; e < QK8_0; e++) sum += wr[r][b].qs[e];
                    wsum[r * nb + b] = 128 * sum;
                }
            }
            ukernel_q8(wr, wsum, xp, dp, nb, tile);
            for (int64_t j = 0; j < nt; j++)
                for (int64_t r = 0; r < mo; r++) y[(t + j) * ldy + o + r] = tile[r * NR + j];
        }
    }
}

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif
