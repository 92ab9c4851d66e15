/* kernels_vnni.c - q8_0 GEMM with int8 dot products (AVX-512 VNNI).
 *
 * For the compute-bound products (encoder, prefill, batched decoding) the
 * activations are quantized per block of 32 to int8 with a float scale, as
 * the ggml family does, and multiplied with the q8_0 weights by vpdpbusd
 * (64 multiply-adds per instruction, 4x the f32 FMA rate). vpdpbusd wants
 * unsigned x signed bytes, so the broadcast weights are made unsigned
 * (w + 128: an XOR of the sign bit) and 128 * (the activation block's sum),
 * kept beside its scale, comes off in integers. Per block and output:
 *     y += (sum_k qx*qw) * (dx * dw)
 * The single-row decode product stays on the float path: it is bound by
 * memory, and converting weights to float there keeps activations exact.
 *
 * The decode GEMV (gemv_qa) takes one activation row quantized the same
 * way and serves q8_0, q4_0 and q4_K weights: 4-bit weights are unsigned
 * nibbles, which is what vpdpbusd wants for its unsigned operand, so q4_0's
 * -8 and q4_K's per-sub-block min are applied afterwards through the
 * activation block sums (sx): sum x (q - 8) = sum x q - 8 sum x.
 * q4_0 rows in a GEMM are widened to q8_0 blocks (exact: q - 8 fits in
 * int8, same scale) and take the q8_0 micro-kernel.
 *
 * Quantized activations are stored packed, in the order the micro-kernel
 * reads them: blocks of 32 rows ("row blocks"), then 32-element k blocks,
 * then groups of 4 k: 32 rows x 4 bytes. Scales: [row block][k block][32],
 * then (as int32, same order) -128 x each block's sum of its integers.
 *
 * Up to MR_Q8A_SMALL rows (batched decoding, beams, label scoring) they form
 * one few-row panel of R = 2, 4 or 8 rows (T rounded up, the rest zero), so
 * that a weight block is read once for all rows and nothing is padded to
 * 32: per k block, 8/P vectors of 64 bytes, P = 16 / R, whose 16 int32
 * lanes hold row t's groups s*P .. s*P+P-1 of 4 bytes in lanes t*P ..
 * t*P+P-1. The P groups of a weight row that match them (4P bytes) are
 * broadcast to every row, so one vpdpbusd per 64 bytes of activations and
 * one conversion to float per block serve all R rows; a row's P lanes share
 * its scale and are added up at the end. Scales and sums: 16 per block in
 * the same lanes (the row's scale in all its P lanes, each lane's own sum). */
#include "kernels.h"

#include <math.h>
#include <string.h>

#define RB 32 /* rows per packed row block */

/* q4_0 blocks as q8_0 blocks: the same scale, q - 8 (exact). */
void mr_q4_0_as_q8_0(const block_q4_0 *in, int64_t nb, block_q8_0 *out) {
    for (int64_t b = 0; b < nb; b++) {
        out[b].d = in[b].d;
        for (int j = 0; j < QK4_0 / 2; j++) {
            out[b].qs[j] = (int8_t)((in[b].qs[j] & 0xF) - 8);
            out[b].qs[j + 16] = (int8_t)((in[b].qs[j] >> 4) - 8);
        }
    }
}

/* Where row t of the packed activations lives: its first block's bytes and
 * scale index, the step from one block to the next, and the lanes of a
 * few-row panel (1 for row blocks). The quantizers take it once per row;
 * xq_at and dx_idx below answer for one place. */
typedef struct {
    int64_t x0, xstep, d0, dstep; /* bytes into xq; entries into the scales */
    int lanes, li;                /* li: 0 1 2 3 for 1 2 4 8 lanes */
} act_row;

static act_row act_row_of(int64_t T, int64_t K, int64_t t) {
    act_row r;
    if (T <= MR_Q8A_SMALL) {
        r.lanes = 16 / MR_Q8A_PANEL(T);
        r.x0 = (int64_t)t * r.lanes * 4, r.xstep = 512 / r.lanes, r.d0 = t * r.lanes, r.dstep = 16;
    } else {
        r.lanes = 1;
        r.x0 = ((t / RB) * (K / QK8_0) * 8 * RB + t % RB) * 4, r.xstep = 8 * RB * 4;
        r.d0 = (t / RB) * (K / QK8_0) * RB + t % RB, r.dstep = RB;
    }
    r.li = r.lanes == 1 ? 0 : r.lanes == 2 ? 1 : r.lanes == 4 ? 2 : 3;
    return r;
}

/* Byte offset of group g of a block from its group 0, by li: row blocks
 * (32 rows of 4 bytes per group), then panels of 2, 4 and 8 lanes per row. */
static const int16_t group_off[4][8] = {{0, 128, 256, 384, 512, 640, 768, 896},
                                        {0, 4, 64, 68, 128, 132, 192, 196},
                                        {0, 4, 8, 12, 64, 68, 72, 76},
                                        {0, 4, 8, 12, 16, 20, 24, 28}};

static inline uint8_t *xq_at(uint8_t *xq, int64_t T, int64_t K, int64_t t, int64_t b, int g) {
    const act_row r = act_row_of(T, K, t);
    return xq + r.x0 + b * r.xstep + group_off[r.li][g];
}

/* Index of row t's block b among the scales (and among the sums). */
static inline int64_t dx_idx(int64_t T, int64_t K, int64_t t, int64_t b) {
    const act_row r = act_row_of(T, K, t);
    return r.d0 + b * r.dstep;
}

/* Rows the quantizers write: the panel (few rows) or whole row blocks, the
 * rows past T zero (scale 0). */
static inline int64_t act_rows(int64_t T) { return T <= MR_Q8A_SMALL ? MR_Q8A_PANEL(T) : MR_Q8A_ROWS(T); }

/* Stores a row's block b: 32 integers q, their scale d and the sums of
 * their eight groups of 4, gs. In a few-row panel each of the row's P lanes
 * gets the sum of its own groups (those with g % P == lane), so that the
 * lanes stay exact small integers: a whole-block correction in one lane
 * would cancel against the others only after their conversion to float. */
static inline void put_block(uint8_t *xq, float *dx, int64_t T, int64_t K, const act_row *r, int64_t b,
                             const int8_t *q, float d, const int32_t *gs) {
    uint8_t *base = xq + r->x0 + b * r->xstep;
    for (int g = 0; g < 8; g++) memcpy(base + group_off[r->li][g], q + g * 4, 4);
    int64_t i = r->d0 + b * r->dstep;
    int32_t *s = (int32_t *)(dx + MR_Q8A_ROWS(T) * (K / QK8_0)) + i;
    for (int l = 0; l < r->lanes; l++) {
        int32_t sum = 0;
        for (int g = l; g < 8; g += r->lanes) sum += gs[g];
        dx[i + l] = d;
        s[l] = -128 * sum;
    }
}

/* Scalar quantizer (the reference; the VNNI level has a vector twin that
 * gives the same integers up to ties in rounding). */
void mr_quantize_act(const float *x, int64_t T, int64_t K, uint8_t *xq, float *dx) {
    const int64_t nb = K / QK8_0, Tp = act_rows(T);
    for (int64_t t = 0; t < Tp; t++) {
        const act_row r = act_row_of(T, K, t);
        for (int64_t b = 0; b < nb; b++) {
            int8_t q[32] = {0};
            float d = 0.0f;
            if (t < T) {
                const float *v = x + t * K + b * QK8_0;
                float amax = 0.0f;
                for (int j = 0; j < QK8_0; j++) {
                    float a = fabsf(v[j]);
                    amax = a > amax ? a : amax;
                }
                d = amax / 127.0f;
                float id = d ? 1.0f / d : 0.0f;
                for (int j = 0; j < QK8_0; j++) q[j] = (int8_t)(int)nearbyintf(v[j] * id);
            }
            int32_t gs[8];
            for (int g = 0; g < 8; g++) gs[g] = q[g * 4] + q[g * 4 + 1] + q[g * 4 + 2] + q[g * 4 + 3];
            put_block(xq, dx, T, K, &r, b, q, d, gs);
        }
    }
}

/* The scalar twin of the VNNI GEMM: same integers, float sums in block order. */
void mr_gemm_q8a_scalar(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T,
                        float *y, int64_t ldy, int64_t o0, int64_t o1, float *scratch) {
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(w->type, K);
    for (int64_t o = o0; o < o1; o++) {
        const block_q8_0 *wb = (const block_q8_0 *)((const uint8_t *)w->data + (uint64_t)o * rb);
        if (w->type == GGML_Q4_0) {
            mr_q4_0_as_q8_0((const block_q4_0 *)wb, nb, (block_q8_0 *)scratch);
            wb = (const block_q8_0 *)scratch;
        }
        for (int64_t t = 0; t < T; t++) {
            float acc = 0.0f;
            for (int64_t b = 0; b < nb; b++) {
                int32_t s = 0;
                for (int g = 0; g < 8; g++) {
                    const uint8_t *q = xq_at((uint8_t *)xq, T, K, t, b, g);
                    for (int e = 0; e < 4; e++) s += (int8_t)q[e] * wb[b].qs[g * 4 + e];
                }
                float d = dx[dx_idx(T, K, t, b)];
                acc = fmaf((float)s, mr_f16_to_f32(wb[b].d) * d, acc);
            }
            y[t * ldy + o] = acc;
        }
    }
}

int64_t mr_qact_pos(uint32_t type, int64_t K, int64_t i) {
    int64_t e = i % 32;
    if (type == GGML_Q4_K) {
        static const int at[8] = {0, 2, 1, 3, 4, 6, 5, 7}; /* sub-block j is stored at segment at[j] */
        int64_t sb = i / QK_K, j = (i % QK_K) / 32;
        return sb * QK_K + at[j] * 32 + e;
    }
    if (type == GGML_Q4_0) {
        int64_t b = i / 32;
        if (b / 2 * 2 + 1 >= K / 32) return i; /* an odd last block */
        return (b / 2) * 64 + (e / 16) * 32 + (b % 2) * 16 + e % 16;
    }
    return i;
}

void mr_quantize_qact(uint32_t type, const float *x, int64_t K, const mr_qact *a) {
    const int64_t group = type == GGML_Q4_K ? QK_K : 32;
    for (int64_t g = 0; g < K / group; g++) {
        const float *v = x + g * group;
        float amax = 0.0f;
        for (int64_t j = 0; j < group; j++) {
            float t = fabsf(v[j]);
            amax = t > amax ? t : amax;
        }
        float d = amax / 127.0f, id = d ? 1.0f / d : 0.0f;
        a->d[g] = d;
        /* every layout keeps runs of 16 in order: two places per block of 32 */
        for (int64_t b = g * group / 32; b < (g + 1) * group / 32; b++) {
            int32_t sum = 0;
            for (int h = 0; h < 2; h++) {
                int8_t *q = a->q + mr_qact_pos(type, K, b * 32 + h * 16);
                const float *u = x + b * 32 + h * 16;
                for (int j = 0; j < 16; j++) { /* round half away from zero, without a libm call */
                    float t = u[j] * id;
                    q[j] = (int8_t)(int)(t + (t >= 0 ? 0.5f : -0.5f));
                    sum += q[j];
                }
            }
            a->s[b] = sum;
        }
    }
}

/* Scalar twin of the VNNI GEMV: the same integers (per block for q8_0 and
 * q4_0, per super-block with the 6-bit scales for q4_K), float sums in
 * block order. */
void mr_gemv_qa_scalar(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1) {
    const int64_t K = w->ne[0];
    const uint64_t rb = mr_row_bytes(w->type, K);
    const uint32_t t = w->type;
    for (int64_t o = o0; o < o1; o++) {
        const uint8_t *row = (const uint8_t *)w->data + (uint64_t)o * rb;
        float acc = 0.0f;
        if (t == GGML_Q8_0) {
            const block_q8_0 *wb = (const block_q8_0 *)row;
            for (int64_t b = 0; b < K / 32; b++) {
                int32_t sum = 0;
                for (int j = 0; j < 32; j++) sum += a->q[b * 32 + j] * wb[b].qs[j];
                acc = fmaf((float)sum, mr_f16_to_f32(wb[b].d) * a->d[b], acc);
            }
        } else if (t == GGML_Q4_0) {
            const block_q4_0 *wb = (const block_q4_0 *)row;
            for (int64_t b = 0; b < K / 32; b++) {
                int32_t sum = 0;
                for (int j = 0; j < 16; j++)
                    sum += a->q[mr_qact_pos(t, K, b * 32 + j)] * (wb[b].qs[j] & 0xF) +
                           a->q[mr_qact_pos(t, K, b * 32 + j + 16)] * (wb[b].qs[j] >> 4);
                acc = fmaf((float)(sum - 8 * a->s[b]), mr_f16_to_f32(wb[b].d) * a->d[b], acc);
            }
        } else { /* q4_K */
            const block_q4_K *wb = (const block_q4_K *)row;
            for (int64_t sb = 0; sb < K / QK_K; sb++) {
                uint8_t sm[16];
                mr_q4_K_scales(wb[sb].scales, sm);
                int32_t isum = 0, msum = 0;
                for (int j = 0; j < 8; j++) {
                    const uint8_t *qs = wb[sb].qs + 32 * (j / 2);
                    int shift = 4 * (j % 2), dot = 0;
                    for (int l = 0; l < 32; l++)
                        dot += a->q[mr_qact_pos(t, K, sb * QK_K + 32 * j + l)] * ((qs[l] >> shift) & 0xF);
                    isum += sm[j] * dot;
                    msum += sm[8 + j] * a->s[sb * 8 + j];
                }
                acc = fmaf((float)isum, mr_f16_to_f32(wb[sb].d) * a->d[sb], acc);
                acc = fmaf(-(float)msum, mr_f16_to_f32(wb[sb].dmin) * a->d[sb], acc);
            }
        }
        y[o] = acc;
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

/* Vector quantizer: per row and block, 32 floats -> 32 signed bytes, their
 * scale and group sums. */
void mr_quantize_act_avx512(const float *x, int64_t T, int64_t K, uint8_t *xq, float *dx) {
    const int64_t nb = K / QK8_0, Tp = act_rows(T);
    for (int64_t t = 0; t < Tp; t++) {
        const act_row r = act_row_of(T, K, t);
        for (int64_t b = 0; b < nb; b++) {
            int8_t q[32] = {0};
            int32_t gs[8] = {0};
            float d = 0.0f;
            if (t < T) {
                const float *v = x + t * K + b * QK8_0;
                __m512 a = _mm512_loadu_ps(v), c = _mm512_loadu_ps(v + 16);
                float amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(a), _mm512_abs_ps(c)));
                d = amax / 127.0f;
                __m512 s = _mm512_set1_ps(d ? 1.0f / d : 0.0f);
                __m512i qa = _mm512_cvt_roundps_epi32(_mm512_mul_ps(a, s), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
                __m512i qc = _mm512_cvt_roundps_epi32(_mm512_mul_ps(c, s), _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
                __m256i q8 = _mm256_set_m128i(_mm512_cvtepi32_epi8(qc), _mm512_cvtepi32_epi8(qa));
                _mm256_storeu_si256((__m256i *)q, q8);
                /* group sums: byte pairs, then pairs of pairs */
                __m256i p = _mm256_maddubs_epi16(_mm256_set1_epi8(1), q8);
                _mm256_storeu_si256((__m256i *)gs, _mm256_madd_epi16(p, _mm256_set1_epi16(1)));
            }
            put_block(xq, dx, T, K, &r, b, q, d, gs);
        }
    }
}

#include "kernels_scales8.h"

/* The few-row product spends longer on each weight byte than the GEMV and
 * measured best prefetching further ahead (16 KiB against 8). */
#define AHEAD_FEW 16384

/* Eight vectors of 8 int32 lane sums -> one vector of their 8 totals, in order. */
static inline __m256i fold8(const __m256i *v) {
    __m256i h1 = _mm256_hadd_epi32(v[0], v[1]), h2 = _mm256_hadd_epi32(v[2], v[3]);
    __m256i h3 = _mm256_hadd_epi32(v[4], v[5]), h4 = _mm256_hadd_epi32(v[6], v[7]);
    __m256i h5 = _mm256_hadd_epi32(h1, h2), h6 = _mm256_hadd_epi32(h3, h4);
    return _mm256_add_epi32(_mm256_permute2x128_si256(h5, h6, 0x20), _mm256_permute2x128_si256(h5, h6, 0x31));
}

static inline float hsum8(__m256 acc) {
    __m128 s4 = _mm_add_ps(_mm256_castps256_ps128(acc), _mm256_extractf128_ps(acc, 1));
    s4 = _mm_add_ps(s4, _mm_movehl_ps(s4, s4));
    s4 = _mm_add_ss(s4, _mm_movehdup_ps(s4));
    return _mm_cvtss_f32(s4);
}

/* Decode GEMV, q8_0 weights x int8 activations: per block, a 256-bit
 * vpdpbusd of the weights made unsigned (w + 128: an XOR of the sign bit)
 * with the activations; 128 x (the block's activation sum) comes off in
 * integers, so the block sums are exactly those of w . x. Eight blocks' lane
 * sums are folded with horizontal adds into one vector of block sums, scaled
 * by the eight weight scales (scales8) times the activation scales: about 4
 * vector operations per 32 weights, so that decode is bound by memory
 * rather than by the arithmetic. */
static void gemv_q8_0_vnni(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1) {
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(GGML_Q8_0, K);
    const __m256i sign = _mm256_set1_epi8((char)0x80);
    for (int64_t o = o0; o < o1; o++) {
        const block_q8_0 *wb = (const block_q8_0 *)((const uint8_t *)w->data + (uint64_t)o * rb);
        __m256 acc = _mm256_setzero_ps();
        int64_t b = 0;
        for (; b + 8 <= nb; b += 8) {
            __m256i v[8];
            mr_prefetch_ahead(&wb[b], 8 * sizeof *wb);
            _Pragma("GCC unroll 8") for (int i = 0; i < 8; i++) {
                __m256i q = _mm256_xor_si256(_mm256_loadu_si256((const __m256i *)wb[b + i].qs), sign);
                v[i] = _mm256_dpbusd_epi32(_mm256_setzero_si256(), q,
                                           _mm256_loadu_si256((const __m256i *)(a->q + (b + i) * QK8_0)));
            }
            __m256i sums = _mm256_sub_epi32(fold8(v), _mm256_slli_epi32(_mm256_loadu_si256((const __m256i *)(a->s + b)), 7));
            __m256 dw = scales8(&wb[b], sizeof *wb);
            acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(sums), _mm256_mul_ps(dw, _mm256_loadu_ps(a->d + b)), acc);
        }
        float r = hsum8(acc);
        for (; b < nb; b++) {
            int32_t sum = 0;
            for (int j = 0; j < QK8_0; j++) sum += a->q[b * QK8_0 + j] * wb[b].qs[j];
            r += (float)sum * (_cvtsh_ss(wb[b].d) * a->d[b]);
        }
        y[o] = r;
    }
}

/* q4_0, two blocks per 512-bit vpdpbusd: their 2 x 16 bytes of nibbles,
 * broadcast to both halves of a register, shifted by 0 and 4 and masked,
 * are [low nibbles of both | high nibbles of both], the order mr_qact_pos
 * stores the activations in; a block's sum is spread over lanes 0-3 and
 * 8-11 (the second block's: 4-7, 12-15). Four such products (eight blocks)
 * fold into eight block sums: halves added, two rounds of horizontal adds,
 * one permute back to block order. 8 x (block sum of the activations) comes
 * off per block. 18-byte blocks. */
static void gemv_q4_0_vnni(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1) {
    const int8_t *xq = a->q;
    const float *dx = a->d;
    const int32_t *sx = a->s;
    const int64_t K = w->ne[0], nb = K / QK4_0;
    const uint64_t rb = mr_row_bytes(GGML_Q4_0, K);
    const __m512i m4 = _mm512_set1_epi8(0x0F);
    const __m512i sh = _mm512_inserti64x4(_mm512_setzero_si512(), _mm256_set1_epi16(4), 1);
    const __m256i order = _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7);
    for (int64_t o = o0; o < o1; o++) {
        const block_q4_0 *wb = (const block_q4_0 *)((const uint8_t *)w->data + (uint64_t)o * rb);
        __m256 acc = _mm256_setzero_ps();
        int64_t b = 0;
        for (; b + 8 <= nb; b += 8) {
            __m256i u[4];
            mr_prefetch_ahead(&wb[b], 8 * sizeof *wb);
            _Pragma("GCC unroll 4") for (int i = 0; i < 4; i++) {
                __m256i p = _mm256_loadu2_m128i((const __m128i *)wb[b + 2 * i + 1].qs, (const __m128i *)wb[b + 2 * i].qs);
                __m512i q = _mm512_and_si512(_mm512_srlv_epi16(_mm512_broadcast_i64x4(p), sh), m4);
                __m512i v = _mm512_dpbusd_epi32(_mm512_setzero_si512(), q, _mm512_loadu_si512(xq + (b + 2 * i) * QK4_0));
                u[i] = _mm256_add_epi32(_mm512_castsi512_si256(v), _mm512_extracti64x4_epi64(v, 1));
            }
            /* u[i]: lanes 0-3 block b+2i, 4-7 block b+2i+1 */
            __m256i h = _mm256_hadd_epi32(_mm256_hadd_epi32(u[0], u[1]), _mm256_hadd_epi32(u[2], u[3]));
            __m256i sums = _mm256_permutevar8x32_epi32(h, order); /* blocks 0 2 4 6 | 1 3 5 7 -> 0..7 */
            sums = _mm256_sub_epi32(sums, _mm256_slli_epi32(_mm256_loadu_si256((const __m256i *)(sx + b)), 3));
            __m256 dw = scales8(&wb[b], sizeof *wb);
            acc = _mm256_fmadd_ps(_mm256_cvtepi32_ps(sums), _mm256_mul_ps(dw, _mm256_loadu_ps(dx + b)), acc);
        }
        float r = hsum8(acc);
        for (; b < nb; b++) {
            int32_t sum = 0;
            for (int j = 0; j < 16; j++)
                sum += xq[mr_qact_pos(GGML_Q4_0, K, b * 32 + j)] * (wb[b].qs[j] & 0xF) +
                       xq[mr_qact_pos(GGML_Q4_0, K, b * 32 + j + 16)] * (wb[b].qs[j] >> 4);
            r += (float)(sum - 8 * sx[b]) * (_cvtsh_ss(wb[b].d) * dx[b]);
        }
        y[o] = r;
    }
}

/* The 256-bit kernels above measured faster here than 512-bit versions of
 * the same (two blocks per vpdpbusd, no horizontal adds): AVX-512 leaves
 * two vector ports, and q8_0 / q4_0 need per-block work either way. q4_K's
 * 256-element super-blocks let the sub-block scales be applied in integers,
 * where 512-bit vectors do pay. */

/* q4_K, per super-block of 256: two 64-byte loads of nibbles give four
 * vectors of 64 unsigned bytes (sub-blocks 0|2, 1|3, 4|6, 5|7, the order
 * the activations are stored in); vpmaddubsw makes 16-bit pair sums,
 * vpdpwssd multiplies them by the 6-bit sub-block scales and adds them up
 * in int32, so one super-block costs one conversion to float (activations
 * have one scale per 256, as llama.cpp's q8_K). The mins meet the
 * activation sums of each sub-block in one 8-lane product. */
static void gemv_q4_K_vnni(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1) {
    const int64_t K = w->ne[0], ns = K / QK_K;
    const uint64_t rb = mr_row_bytes(GGML_Q4_K, K);
    const __m512i m4 = _mm512_set1_epi8(0x0F);
    /* word lanes 0-15 take scale 0, lanes 16-31 scale 2 (plus 1 / 4 / 5 below) */
    const __m512i i02 = _mm512_set_epi16(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                         0, 0, 0, 0, 0, 0);
    const __m512i idx[4] = {i02, _mm512_add_epi16(i02, _mm512_set1_epi16(1)), _mm512_add_epi16(i02, _mm512_set1_epi16(4)),
                            _mm512_add_epi16(i02, _mm512_set1_epi16(5))};
    for (int64_t o = o0; o < o1; o++) {
        const block_q4_K *wb = (const block_q4_K *)((const uint8_t *)w->data + (uint64_t)o * rb);
        __m512 acc = _mm512_setzero_ps();
        __m128 accm = _mm_setzero_ps();
        for (int64_t sb = 0; sb < ns; sb++) {
            const block_q4_K *B = wb + sb;
            const int8_t *xs = a->q + sb * QK_K;
            mr_prefetch_ahead(B, sizeof *B);
            /* the 6-bit scales and mins: bytes 0-3 / 4-7 hold scales / mins 0-3
             * in their low 6 bits and the top 2 bits of 4-7; bytes 8-11 the
             * low 4 bits of scales (low nibble) and mins (high nibble) 4-7 */
            uint32_t u0, u1, u2;
            memcpy(&u0, B->scales, 4);
            memcpy(&u1, B->scales + 4, 4);
            memcpy(&u2, B->scales + 8, 4);
            uint64_t sc = (uint64_t)(u0 & 0x3f3f3f3fu) |
                          (uint64_t)((u2 & 0x0f0f0f0fu) | ((u0 >> 6) & 0x03030303u) << 4) << 32;
            uint64_t mn = (uint64_t)(u1 & 0x3f3f3f3fu) |
                          (uint64_t)(((u2 >> 4) & 0x0f0f0f0fu) | ((u1 >> 6) & 0x03030303u) << 4) << 32;
            __m512i sc16 = _mm512_cvtepu8_epi16(_mm256_castsi128_si256(_mm_cvtsi64_si128((long long)sc)));
            __m512i isum0 = _mm512_setzero_si512(), isum1 = _mm512_setzero_si512();
            _Pragma("GCC unroll 2") for (int h = 0; h < 2; h++) {
                __m512i p = _mm512_loadu_si512(B->qs + 64 * h);
                __m512i lo = _mm512_and_si512(p, m4), hi = _mm512_and_si512(_mm512_srli_epi16(p, 4), m4);
                isum0 = _mm512_dpwssd_epi32(isum0, _mm512_maddubs_epi16(lo, _mm512_loadu_si512(xs + 128 * h)),
                                            _mm512_permutexvar_epi16(idx[2 * h], sc16));
                isum1 = _mm512_dpwssd_epi32(isum1, _mm512_maddubs_epi16(hi, _mm512_loadu_si512(xs + 128 * h + 64)),
                                            _mm512_permutexvar_epi16(idx[2 * h + 1], sc16));
            }
            /* d and dmin together, times the activation scale */
            int32_t ddm;
            memcpy(&ddm, &B->d, 4);
            __m128 dd = _mm_mul_ps(_mm_cvtph_ps(_mm_cvtsi32_si128(ddm)), _mm_set1_ps(a->d[sb]));
            acc = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_add_epi32(isum0, isum1)), _mm512_broadcastss_ps(dd), acc);
            /* mins x activation sums of the 8 sub-blocks, in 16-bit pairs */
            __m128i m16 = _mm_cvtepu8_epi16(_mm_cvtsi64_si128((long long)mn));
            __m128i s16 = _mm_packs_epi32(_mm_loadu_si128((const __m128i *)(a->s + sb * 8)),
                                          _mm_loadu_si128((const __m128i *)(a->s + sb * 8 + 4)));
            accm = _mm_fmadd_ps(_mm_cvtepi32_ps(_mm_madd_epi16(m16, s16)), _mm_shuffle_ps(dd, dd, 0x55), accm);
        }
        __m128 t = _mm_add_ps(accm, _mm_movehl_ps(accm, accm));
        t = _mm_add_ss(t, _mm_movehdup_ps(t));
        y[o] = _mm512_reduce_add_ps(acc) - _mm_cvtss_f32(t);
    }
}

void mr_gemv_qa_vnni(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1) {
    switch (w->type) {
    case GGML_Q8_0: gemv_q8_0_vnni(w, a, y, o0, o1); break;
    case GGML_Q4_0: gemv_q4_0_vnni(w, a, y, o0, o1); break;
    default: gemv_q4_K_vnni(w, a, y, o0, o1); break;
    }
}

#define MR 4 /* weight rows per micro-kernel call */

/* tile[r][j] = sum_b (sum_k qw[r][k] qx[j][k]) * dw[r][b] * dx[j][b] for MR
 * weight rows (4 bytes broadcast at a time, made unsigned) and one packed
 * row block; sp: -128 x the row block's activation block sums. pf: the
 * first row block, whose pass streams the weights from memory (prefetched
 * as in the few-row product; measured 1.3x for batches of 32). */
static void ukernel_q8(const block_q8_0 *const *wr, const uint8_t *xp, const float *dp, const int32_t *sp,
                       int64_t nb, float *tile, int pf) {
    const __m512i sign = _mm512_set1_epi32((int)0x80808080u);
    __m512 f[MR][2];
    _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) f[r][0] = f[r][1] = _mm512_setzero_ps();
    for (int64_t b = 0; b < nb; b++) {
        __m512i ia[MR][2];
        _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) ia[r][0] = ia[r][1] = _mm512_setzero_si512();
        const uint8_t *pb = xp + b * 8 * RB * 4;
        if (pf) _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) _mm_prefetch((const char *)&wr[r][b] + AHEAD_FEW, _MM_HINT_T0);
        _Pragma("GCC unroll 8") for (int g = 0; g < 8; g++) {
            __m512i x0 = _mm512_loadu_si512(pb + g * RB * 4), x1 = _mm512_loadu_si512(pb + g * RB * 4 + 64);
            _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
                int32_t w4;
                memcpy(&w4, wr[r][b].qs + g * 4, 4);
                __m512i a = _mm512_xor_si512(_mm512_set1_epi32(w4), sign);
                ia[r][0] = _mm512_dpbusd_epi32(ia[r][0], a, x0);
                ia[r][1] = _mm512_dpbusd_epi32(ia[r][1], a, x1);
            }
        }
        __m512 d0 = _mm512_loadu_ps(dp + b * RB), d1 = _mm512_loadu_ps(dp + b * RB + 16);
        /* (qw + 128) . qx = qw . qx + 128 sum(qx); sp holds -128 sum(qx) */
        __m512i c0 = _mm512_loadu_si512(sp + b * RB), c1 = _mm512_loadu_si512(sp + b * RB + 16);
        _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
            __m512 s = _mm512_set1_ps(_cvtsh_ss(wr[r][b].d));
            f[r][0] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_add_epi32(ia[r][0], c0)), _mm512_mul_ps(s, d0), f[r][0]);
            f[r][1] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_add_epi32(ia[r][1], c1)), _mm512_mul_ps(s, d1), f[r][1]);
        }
    }
    _Pragma("GCC unroll 8") for (int r = 0; r < MR; r++) {
        _mm512_storeu_ps(tile + r * RB, f[r][0]);
        _mm512_storeu_ps(tile + r * RB + 16, f[r][1]);
    }
}

/* The few-row panel (layout at the top) against MW weight rows at a time:
 * per k block, the 8/P activation vectors are loaded once for the MW rows;
 * per weight row and block, 8/P broadcasts of 4P weight bytes made unsigned,
 * 8/P vpdpbusd into one int32 accumulator that starts at the rows' -128 x
 * sums, one conversion and one FMA with the scales (the rows' activation
 * scales times the weight block's, ws: [MW][nb] floats). acc[r] keeps 16
 * float lanes; out[r][t] adds up row t's P of them. Eight weight rows
 * measured a little ahead of four (fewer reloads of the activations). */
#define MW 8
static inline __attribute__((always_inline)) void few_panel(const block_q8_0 *const *wr, const float *ws,
                                                            const uint8_t *xq, const float *dx, int64_t nb, int P,
                                                            int pf, float out[MW][16]) {
    const int32_t *sx = (const int32_t *)(dx + MR_Q8A_ROWS(1) * nb);
    const __m512i sign = _mm512_set1_epi8((char)0x80);
    __m512 acc[MW];
    _Pragma("GCC unroll 8") for (int r = 0; r < MW; r++) acc[r] = _mm512_setzero_ps();
    for (int64_t b = 0; b < nb; b++) {
        __m512i xa[4];
        const uint8_t *xb = xq + b * (512 / P);
        for (int s = 0; s < 8 / P; s++) xa[s] = _mm512_loadu_si512(xb + s * 64);
        const __m512 d = _mm512_loadu_ps(dx + b * 16);
        const __m512i c = _mm512_loadu_si512(sx + b * 16);
        _Pragma("GCC unroll 8") for (int r = 0; r < MW; r++) {
            const int8_t *q = wr[r][b].qs;
            if (pf) _mm_prefetch((const char *)q + AHEAD_FEW, _MM_HINT_T0);
            __m512i ia = c;
            for (int s = 0; s < 8 / P; s++) {
                __m512i wv;
                if (P == 2) {
                    long long w8;
                    memcpy(&w8, q + 8 * s, 8);
                    wv = _mm512_set1_epi64(w8);
                } else if (P == 4) wv = _mm512_broadcast_i32x4(_mm_loadu_si128((const __m128i *)(q + 16 * s)));
                else wv = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)q));
                ia = _mm512_dpbusd_epi32(ia, _mm512_xor_si512(wv, sign), xa[s]);
            }
            acc[r] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(ia), _mm512_mul_ps(d, _mm512_set1_ps(ws[r * nb + b])), acc[r]);
        }
    }
    _Pragma("GCC unroll 8") for (int r = 0; r < MW; r++) _mm512_storeu_ps(out[r], acc[r]);
}

/* A row's f16 block scales as floats, eight at a time. */
static void row_scales(const block_q8_0 *wb, int64_t nb, float *ws) {
    int64_t b = 0;
    for (; b + 8 <= nb; b += 8) _mm256_storeu_ps(ws + b, scales8(&wb[b], sizeof *wb));
    for (; b < nb; b++) ws[b] = _cvtsh_ss(wb[b].d);
}

/* Up to MR_Q8A_SMALL rows: outputs o0..o1 for the T rows of the panel. */
static void gemm_q8a_few(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y, int64_t ldy,
                         int64_t o0, int64_t o1, float *scratch) {
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(w->type, K);
    const int P = 16 / MR_Q8A_PANEL(T);
    block_q8_0 *wide = (block_q8_0 *)scratch; /* MW q4_0 rows widened to q8_0 */
    float *ws = (float *)(wide + MW * nb);    /* their scales, [MW][nb] */
    float out[MW][16];
    for (int64_t o = o0; o < o1; o += MW) {
        int64_t mo = o1 - o < MW ? o1 - o : MW;
        const block_q8_0 *wr[MW];
        for (int r = 0; r < MW; r++) {
            /* past o1, the last row again: computed, not stored */
            wr[r] = (const block_q8_0 *)((const uint8_t *)w->data + (uint64_t)(o + (r < mo ? r : mo - 1)) * rb);
            if (w->type == GGML_Q4_0) {
                mr_q4_0_as_q8_0((const block_q4_0 *)wr[r], nb, wide + r * nb);
                wr[r] = wide + r * nb;
            }
            row_scales(wr[r], nb, ws + r * nb);
        }
        const int pf = w->type == GGML_Q8_0; /* q4_0 rows were widened into scratch: nothing to prefetch there */
        if (P == 2) few_panel(wr, ws, xq, dx, nb, 2, pf, out);
        else if (P == 4) few_panel(wr, ws, xq, dx, nb, 4, pf, out);
        else few_panel(wr, ws, xq, dx, nb, 8, pf, out);
        for (int64_t r = 0; r < mo; r++)
            for (int64_t t = 0; t < T; t++) {
                float v = 0.0f;
                for (int l = 0; l < P; l++) v += out[r][t * P + l];
                y[t * ldy + o + r] = v;
            }
    }
}

/* y[j][0..3] = tile[0..3][j] for j < nt: 4 x 16 transposed in registers,
 * one 4-float store per row instead of four scalar ones. */
static void store_tile4(const float *tile, int64_t nt, float *y, int64_t ldy) {
    for (int h = 0; h < RB / 16 && 16 * h < nt; h++) {
        __m512 f0 = _mm512_loadu_ps(tile + 16 * h), f1 = _mm512_loadu_ps(tile + RB + 16 * h);
        __m512 f2 = _mm512_loadu_ps(tile + 2 * RB + 16 * h), f3 = _mm512_loadu_ps(tile + 3 * RB + 16 * h);
        __m512 t0 = _mm512_unpacklo_ps(f0, f1), t1 = _mm512_unpackhi_ps(f0, f1);
        __m512 t2 = _mm512_unpacklo_ps(f2, f3), t3 = _mm512_unpackhi_ps(f2, f3);
        /* r[k], 128-bit lane L: the four rows' values for j = 16h + 4L + k */
        __m512 r[4] = {_mm512_shuffle_ps(t0, t2, 0x44), _mm512_shuffle_ps(t0, t2, 0xEE), _mm512_shuffle_ps(t1, t3, 0x44),
                       _mm512_shuffle_ps(t1, t3, 0xEE)};
        float buf[4][16];
        for (int k = 0; k < 4; k++) _mm512_storeu_ps(buf[k], r[k]);
        for (int L = 0; L < 4; L++)
            for (int k = 0; k < 4; k++) {
                int64_t j = 16 * h + 4 * L + k;
                if (j < nt) _mm_storeu_ps(y + j * ldy, _mm_loadu_ps(&buf[k][4 * L]));
            }
    }
}

/* scratch (floats): a zero block row, tile MR * RB, MR widened q4_0 rows */
void mr_gemm_q8a_vnni(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y,
                      int64_t ldy, int64_t o0, int64_t o1, float *scratch) {
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(w->type, K);
    const int32_t *sx = (const int32_t *)(dx + MR_Q8A_ROWS(T) * nb);
    block_q8_0 *zero = (block_q8_0 *)scratch;
    float *tile = (float *)zero + (nb * sizeof(block_q8_0) + 3) / 4;
    block_q8_0 *wide = (block_q8_0 *)(tile + MR * RB); /* MR q4_0 rows widened to q8_0 */
    if (T <= MR_Q8A_SMALL) {
        gemm_q8a_few(w, xq, dx, T, y, ldy, o0, o1, scratch);
        return;
    }
    memset(zero, 0, (size_t)nb * sizeof(block_q8_0));
    /* weights outer: the packed activations (all row blocks) are reused from cache */
    for (int64_t o = o0; o < o1; o += MR) {
        int64_t mo = o1 - o < MR ? o1 - o : MR;
        const block_q8_0 *wr[MR];
        for (int r = 0; r < MR; r++) {
            wr[r] = r < mo ? (const block_q8_0 *)((const uint8_t *)w->data + (uint64_t)(o + r) * rb) : zero;
            if (r < mo && w->type == GGML_Q4_0) {
                mr_q4_0_as_q8_0((const block_q4_0 *)wr[r], nb, wide + r * nb);
                wr[r] = wide + r * nb;
            }
        }
        for (int64_t t = 0; t < T; t += RB) {
            int64_t nt = T - t < RB ? T - t : RB;
            ukernel_q8(wr, xq + (t / RB) * nb * 8 * RB * 4, dx + (t / RB) * nb * RB, sx + (t / RB) * nb * RB, nb, tile,
                      t == 0 && w->type == GGML_Q8_0);
            if (mo == MR) store_tile4(tile, nt, y + t * ldy + o, ldy);
            else
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
