/* kernels_bf16.c - GEMM on bf16 weights with bf16 activations (AVX-512 BF16).
 *
 * Used only when the context allows reduced-precision activations
 * (mr_ctx_params.reduced_precision) and the CPU has AVX-512 BF16. The
 * activations are rounded to bf16 (round to nearest even: a relative error
 * of at most 2^-8 each) and packed in pairs along k; vdpbf16ps then does 32
 * multiply-adds per instruction against 16 for an f32 FMA, and the weights
 * need no widening. Each pair product of two bf16 values is exact in f32, so
 * the only new error is the activations' rounding: |dy| <= 2^-8 sum |w x|,
 * on top of f32 summation.
 *
 * Packed activations, per block of 32 rows ("row block"): [K/2][32][2]
 * bf16, so that one 64-byte load gives 16 rows' values of a pair (k, k+1).
 * Rows past T up to the next multiple of 32 are zero. Weights are read in
 * place (a 32-bit broadcast is one pair); K must be even. */
#include "kernels.h"

#include <string.h>

#define RB 32

void mr_pack_bf16(const float *x, int64_t T, int64_t K, uint16_t *xp) {
    const int64_t Tp = MR_Q8A_ROWS(T), kp_n = K / 2;
    for (int64_t t = 0; t < Tp; t++) {
        int64_t rb = t / RB, j = t % RB;
        uint16_t *dst = xp + (rb * kp_n * RB + j) * 2;
        for (int64_t kp = 0; kp < kp_n; kp++) {
            dst[kp * RB * 2] = t < T ? mr_f32_to_bf16(x[t * K + 2 * kp]) : 0;
            dst[kp * RB * 2 + 1] = t < T ? mr_f32_to_bf16(x[t * K + 2 * kp + 1]) : 0;
        }
    }
}

/* The scalar twin: the instruction's arithmetic (the odd element of a pair
 * first, each exact product added with one rounding) in the same order. */
void mr_gemm_bf16_scalar(const mr_tensor *w, const uint16_t *xp, int64_t T, float *y, int64_t ldy, int64_t o0,
                         int64_t o1) {
    const int64_t K = w->ne[0], kp_n = K / 2;
    for (int64_t o = o0; o < o1; o++) {
        const uint16_t *wr = (const uint16_t *)w->data + o * K;
        for (int64_t t = 0; t < T; t++) {
            const uint16_t *xr = xp + ((t / RB) * kp_n * RB + t % RB) * 2;
            float acc = 0.0f;
            for (int64_t kp = 0; kp < kp_n; kp++) {
                acc += mr_bf16_to_f32(wr[2 * kp + 1]) * mr_bf16_to_f32(xr[kp * RB * 2 + 1]);
                acc += mr_bf16_to_f32(wr[2 * kp]) * mr_bf16_to_f32(xr[kp * RB * 2]);
            }
            y[t * ldy + o] = acc;
        }
    }
}

#if defined(__x86_64__)
#include <immintrin.h>

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16,avx2,fma,f16c"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vl,avx512bf16,avx2,fma,f16c")
#endif

#define MR 8 /* weight rows per micro-kernel call */

/* tile[r][j] = sum_k W[r][k] x[j][k] for MR weight rows and one packed row
 * block of 32 activation rows: per pair of k, MR 32-bit broadcasts and
 * 2 * MR vdpbf16ps into 16 accumulators. */
static void ukernel_bf16(const uint16_t *const *wr, const uint16_t *xp, int64_t kp_n, float *tile) {
    __m512 acc[MR][2];
    _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
    for (int64_t kp = 0; kp < kp_n; kp++) {
        __m512bh x0 = (__m512bh)_mm512_loadu_si512(xp + kp * RB * 2);
        __m512bh x1 = (__m512bh)_mm512_loadu_si512(xp + kp * RB * 2 + 32);
        _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
            int32_t pair;
            memcpy(&pair, wr[r] + 2 * kp, 4);
            __m512bh a = (__m512bh)_mm512_set1_epi32(pair);
            acc[r][0] = _mm512_dpbf16_ps(acc[r][0], a, x0);
            acc[r][1] = _mm512_dpbf16_ps(acc[r][1], a, x1);
        }
    }
    _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
        _mm512_storeu_ps(tile + r * RB, acc[r][0]);
        _mm512_storeu_ps(tile + r * RB + 16, acc[r][1]);
    }
}

/* scratch (floats): a zero weight row (K bf16) and the tile MR * RB */
void mr_gemm_bf16_avx512(const mr_tensor *w, const uint16_t *xp, int64_t T, float *y, int64_t ldy, int64_t o0,
                         int64_t o1, float *scratch) {
    const int64_t K = w->ne[0], kp_n = K / 2;
    uint16_t *zero = (uint16_t *)scratch;
    float *tile = scratch + (K + 1) / 2 + 16;
    memset(zero, 0, (size_t)K * sizeof *zero);
    for (int64_t o = o0; o < o1; o += MR) {
        int64_t mo = o1 - o < MR ? o1 - o : MR;
        const uint16_t *wr[MR];
        for (int r = 0; r < MR; r++) wr[r] = r < mo ? (const uint16_t *)w->data + (o + r) * K : zero;
        for (int64_t t = 0; t < T; t += RB) {
            int64_t nt = T - t < RB ? T - t : RB;
            ukernel_bf16(wr, xp + (t / RB) * kp_n * RB * 2, kp_n, tile);
            for (int64_t j = 0; j < nt; j++)
                for (int64_t r = 0; r < mo; r++) y[(t + j) * ldy + o + r] = tile[r * RB + j];
        }
    }
}

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif
