/* kernels_x86.c - AVX2+FMA+F16C and AVX-512 kernels. Compiled with
 * per-function target attributes (no -march), so the library runs on any
 * x86-64 and picks these only where the CPU has them (kernels.c). */
#include "kernels.h"

#if defined(__x86_64__)

#include <immintrin.h>
#include <math.h>
#include <string.h>

/* ---------------------------------------------------------------- AVX2 */
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx2,fma,f16c"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx2,fma,f16c")
#endif

#define W 8
#define VF __m256
#define LOAD(p) _mm256_loadu_ps(p)
#define STORE(p, v) _mm256_storeu_ps(p, v)
#define SET0() _mm256_setzero_ps()
#define BCAST(x) _mm256_set1_ps(x)
#define FMA(a, b, c) _mm256_fmadd_ps(a, b, c)
#define ADD(a, b) _mm256_add_ps(a, b)
#define MUL(a, b) _mm256_mul_ps(a, b)
#define LOAD_F16(p) _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(p)))
#define LOAD_BF16(p) _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(p))), 16))
#define LOAD_I8(p) _mm256_cvtepi32_ps(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)(p))))
#define MR 6
#define NRV 2
#define NR (NRV * W)
#define SFX _avx2

/* 2^n for integral float n in [-126, 127] */
static inline __m256 pow2n_avx2(__m256 n) {
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(n), _mm256_set1_epi32(127)), 23));
}
#define POW2N(n) pow2n_avx2(n)
#define MIN(a, b) _mm256_min_ps(a, b)
#define MAX(a, b) _mm256_max_ps(a, b)
#define ROUND(a) _mm256_round_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
#define DIV(a, b) _mm256_div_ps(a, b)
#define SUB(a, b) _mm256_sub_ps(a, b)
#define HMAX(v) hmax_avx2(v)

static inline float hmax_avx2(__m256 v) {
    __m128 m = _mm_max_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    m = _mm_max_ps(m, _mm_movehl_ps(m, m));
    m = _mm_max_ss(m, _mm_movehdup_ps(m));
    return _mm_cvtss_f32(m);
}

static inline float hsum_avx2(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}
#define HSUM(v) hsum_avx2(v)

#include "kernels_x86.inc"

#undef W
#undef VF
#undef LOAD
#undef STORE
#undef SET0
#undef BCAST
#undef FMA
#undef ADD
#undef MUL
#undef LOAD_F16
#undef LOAD_BF16
#undef LOAD_I8
#undef MR
#undef NRV
#undef NR
#undef SFX
#undef HSUM
#undef POW2N
#undef MIN
#undef MAX
#undef ROUND
#undef DIV
#undef SUB
#undef HMAX

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

/* ---------------------------------------------------------------- AVX-512 */
#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512bw,avx512vl,avx2,fma,f16c"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vl,avx2,fma,f16c")
#endif

#define W 16
#define VF __m512
#define LOAD(p) _mm512_loadu_ps(p)
#define STORE(p, v) _mm512_storeu_ps(p, v)
#define SET0() _mm512_setzero_ps()
#define BCAST(x) _mm512_set1_ps(x)
#define FMA(a, b, c) _mm512_fmadd_ps(a, b, c)
#define ADD(a, b) _mm512_add_ps(a, b)
#define MUL(a, b) _mm512_mul_ps(a, b)
#define LOAD_F16(p) _mm512_cvtph_ps(_mm256_loadu_si256((const __m256i *)(p)))
#define LOAD_BF16(p) _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)(p))), 16))
#define LOAD_I8(p) _mm512_cvtepi32_ps(_mm512_cvtepi8_epi32(_mm_loadu_si128((const __m128i *)(p))))
#define HSUM(v) _mm512_reduce_add_ps(v)
#define POW2N(n) _mm512_scalef_ps(_mm512_set1_ps(1.0f), n)
#define MIN(a, b) _mm512_min_ps(a, b)
#define MAX(a, b) _mm512_max_ps(a, b)
#define ROUND(a) _mm512_roundscale_ps(a, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC)
#define DIV(a, b) _mm512_div_ps(a, b)
#define SUB(a, b) _mm512_sub_ps(a, b)
#define HMAX(v) _mm512_reduce_max_ps(v)
#define MR 8
#define NRV 2
#define NR (NRV * W)
#define SFX _avx512

/* Sixteen 16-lane vectors -> one vector of their sums, in order: pairs of
 * vectors interleaved and added, then pairs of those, then the 128-bit
 * lanes (45 operations where 16 horizontal sums take about 130). */
static inline __m512 sum16_avx512(const __m512 *a) {
    __m512 r[8], s[4];
    for (int i = 0; i < 8; i++)
        r[i] = _mm512_add_ps(_mm512_unpacklo_ps(a[2 * i], a[2 * i + 1]), _mm512_unpackhi_ps(a[2 * i], a[2 * i + 1]));
    for (int i = 0; i < 4; i++)
        s[i] = _mm512_add_ps(_mm512_shuffle_ps(r[2 * i], r[2 * i + 1], 0x44), _mm512_shuffle_ps(r[2 * i], r[2 * i + 1], 0xEE));
    /* s[i], 128-bit lane L: lane L's partial sums of vectors 4i..4i+3 */
    __m512 v0 = _mm512_add_ps(_mm512_shuffle_f32x4(s[0], s[1], 0x44), _mm512_shuffle_f32x4(s[0], s[1], 0xEE));
    __m512 v1 = _mm512_add_ps(_mm512_shuffle_f32x4(s[2], s[3], 0x44), _mm512_shuffle_f32x4(s[2], s[3], 0xEE));
    return _mm512_add_ps(_mm512_shuffle_f32x4(v0, v1, 0x88), _mm512_shuffle_f32x4(v0, v1, 0xDD));
}

/* One query's dots with n keys for head sizes that are whole vectors up to
 * 128 (T5's 64 among them): the query stays in registers, sixteen keys'
 * lane sums are added up together (sum16) instead of one horizontal sum per
 * key; a batch of decoding sequences spends a fifth of its time here. */
static int dots16_avx512(const float *q, const float *k, int64_t ldk, int64_t n, int64_t d, float *s) {
    if (d % 16 || d > 128) return 0;
    const int nv = (int)(d / 16);
    __m512 qv[8];
    for (int c = 0; c < nv; c++) qv[c] = _mm512_loadu_ps(q + 16 * c);
    for (int64_t j0 = 0; j0 < n; j0 += 16) {
        int m = n - j0 < 16 ? (int)(n - j0) : 16;
        __m512 acc[16];
        for (int j = 0; j < 16; j++) {
            if (j >= m) {
                acc[j] = _mm512_setzero_ps();
                continue;
            }
            const float *kj = k + (j0 + j) * ldk;
            __m512 a = _mm512_mul_ps(qv[0], _mm512_loadu_ps(kj));
            for (int c = 1; c < nv; c++) a = _mm512_fmadd_ps(qv[c], _mm512_loadu_ps(kj + 16 * c), a);
            acc[j] = a;
        }
        _mm512_mask_storeu_ps(s + j0, (__mmask16)((1u << m) - 1), sum16_avx512(acc));
    }
    return 1;
}
#define DOTS_WIDE dots16_avx512

#include "kernels_x86.inc"

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif

static const mr_kern k_avx2 = {"avx2", gemm_avx2, dot_f32_avx2, axpy_avx2, softmax_avx2, gelu_avx2,
                               relu_avx2, NULL, NULL, NULL, NULL, dots_avx2, mix_avx2};
static const mr_kern k_avx512 = {"avx512", gemm_avx512, dot_f32_avx512, axpy_avx512, softmax_avx512,
                                 gelu_avx512, relu_avx512, NULL, NULL, NULL, NULL, dots_avx512, mix_avx512};
static const mr_kern k_avx512vnni = {"avx512vnni", gemm_avx512, dot_f32_avx512, axpy_avx512, softmax_avx512,
                                     gelu_avx512, relu_avx512, mr_gemm_q8a_vnni, mr_quantize_act_avx512,
                                     mr_gemv_qa_vnni, NULL, dots_avx512, mix_avx512};

static const mr_kern k_avx512bf16 = {"avx512bf16", gemm_avx512, dot_f32_avx512, axpy_avx512, softmax_avx512,
                                     gelu_avx512, relu_avx512, mr_gemm_q8a_vnni, mr_quantize_act_avx512,
                                     mr_gemv_qa_vnni, mr_gemm_bf16_avx512, dots_avx512, mix_avx512};

/* AMX: few-row int8 products on tiles; everything else as AVX512BF16 */
#if MR_HAVE_AMX
static const mr_kern k_amx = {"amx", gemm_avx512, dot_f32_avx512, axpy_avx512, softmax_avx512,
                              gelu_avx512, relu_avx512, mr_gemm_q8a_amx, mr_quantize_act_avx512,
                              mr_gemv_qa_vnni, mr_gemm_bf16_avx512, dots_avx512, mix_avx512};
const mr_kern *mr_kern_amx(void) { return &k_amx; }
#else
const mr_kern *mr_kern_amx(void) { return NULL; }
#endif

const mr_kern *mr_kern_avx2(void) { return &k_avx2; }
const mr_kern *mr_kern_avx512bf16(void) { return &k_avx512bf16; }
const mr_kern *mr_kern_avx512(void) { return &k_avx512; }
const mr_kern *mr_kern_avx512vnni(void) { return &k_avx512vnni; }

#endif
