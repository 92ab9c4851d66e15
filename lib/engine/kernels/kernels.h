/* kernels.h - the kernel table chosen at run time from the CPU's features,
 * and the thread pool that splits work across cores. Every SIMD kernel has
 * a scalar twin in kernels.c that tests/test_kernels.c compares it with. */
#ifndef MR_KERNELS_H
#define MR_KERNELS_H

#include "internal.h"

/* Scratch one thread needs for a gemm over rows of length `in`: 32 packed
 * activation rows, 8 dequantized weight rows, a zero row, an 8 x 32 tile, and
 * room for the int8 path's packed bytes and scales (kernels_vnni.c). */
#define MR_KERN_SCRATCH(in) ((int64_t)(in) * (32 + 8 + 1 + 16) + 8 * 32 + 64)

typedef enum {
    MR_KERN_AUTO = 0, MR_KERN_SCALAR = 1, MR_KERN_AVX2 = 2, MR_KERN_AVX512 = 3,
    MR_KERN_AVX512VNNI = 4, /* AVX-512 plus int8 q8_0 GEMM (activations quantized) */
    MR_KERN_NEON = 5,       /* 64-bit Arm */
    MR_KERN_AVX512BF16 = 6, /* AVX-512 VNNI plus BF16: bf16 activations where a context allows them */
    MR_KERN_AMX = 7         /* as AVX512BF16, with few-row int8 products on AMX tiles (kernels_amx.c) */
} mr_kern_level;

/* Whether this compiler builds the AMX kernels (GCC 11, clang 12 and later,
 * x86-64 Linux: the one system whose permission request kernels.c makes). */
#if defined(__x86_64__) && defined(__linux__) && \
    ((defined(__clang__) && __clang_major__ >= 12) || (!defined(__clang__) && defined(__GNUC__) && __GNUC__ >= 11))
#define MR_HAVE_AMX 1
#else
#define MR_HAVE_AMX 0
#endif

/* One decode row of activations quantized to int8 for gemv_qa, in the order
 * the weight type's kernel reads them:
 *   q8_0: natural order, a scale per 32;
 *   q4_0: per pair of blocks, the low 16 of each then the high 16 of each
 *         (0-15 of the first, 0-15 of the second, 16-31 of the first, 16-31
 *         of the second: the order one 512-bit expansion of the two blocks'
 *         nibbles gives); an odd last block in natural order;
 *   q4_K: per 256, the sub-blocks of 32 in the order 0 2 1 3 4 6 5 7 (the
 *         order of the low and high nibbles of two 32-byte chunks); one
 *         scale per 256, so that a super-block's 8 sub-block products add up
 *         in integers with their 6-bit scales, as llama.cpp's q8_K does.
 * Values round half away from zero; s holds each 32-block's sum of values
 * (natural block order), which turns the 4-bit offsets (q4_0's 8, q4_K's
 * mins) into one product per block. */
typedef struct mr_qact {
    int8_t *q;   /* [K] */
    float *d;    /* [K / 32] or [K / 256] */
    int32_t *s;  /* [K / 32] */
} mr_qact;

typedef struct mr_kern {
    const char *name;
    /* y[t * ldy + o] = sum_i x[t * in + i] * W[o][i] for t < T and o0 <= o < o1.
     * scratch holds at least MR_KERN_SCRATCH(in) floats. */
    void (*gemm)(const mr_tensor *w, const float *x, int64_t T, float *y, int64_t ldy, int64_t o0,
                 int64_t o1, float *scratch);
    float (*dot)(const float *a, const float *b, int64_t n);
    /* y[i] += a * x[i] */
    void (*axpy)(float *y, float a, const float *x, int64_t n);
    /* in-place softmax of n floats (masked entries are -inf) */
    void (*softmax)(float *x, int64_t n);
    /* x = 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), transformers' gelu_new */
    void (*gelu_tanh)(float *x, int64_t n);
    /* x = max(x, 0) */
    void (*relu)(float *x, int64_t n);
    /* q8_0 (or q4_0, widened) weights x int8 activations (packed by
     * quantize_act), T > 1; NULL where the level multiplies them in float */
    void (*gemm_q8a)(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y,
                     int64_t ldy, int64_t o0, int64_t o1, float *scratch);
    void (*quantize_act)(const float *x, int64_t T, int64_t K, uint8_t *xq, float *dx);
    /* one row: q8_0, q4_0 or q4_K weights x int8 activations prepared by
     * mr_quantize_qact for that type; NULL where the level keeps decode
     * activations in float */
    void (*gemv_qa)(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1);
    /* bf16 weights x bf16 activations packed by mr_pack_bf16, T > 1, K even;
     * NULL where the CPU lacks AVX-512 BF16 */
    void (*gemm_bf16)(const mr_tensor *w, const uint16_t *xp, int64_t T, float *y, int64_t ldy, int64_t o0,
                      int64_t o1, float *scratch);
    /* one query's attention over n keys of a head: s[j] = dot(q, k + j * ldk)
     * over d, then o[i] = sum_j s[j] * v[j * ldv + i] for i < d (o is
     * overwritten); each key's dot and the sum's order are dot's and axpy's,
     * one call per head instead of one per key, the sum held in registers */
    void (*dots)(const float *q, const float *k, int64_t ldk, int64_t n, int64_t d, float *s);
    void (*mix)(float *o, const float *s, const float *v, int64_t ldv, int64_t n, int64_t d);
} mr_kern;


/* Software prefetch of a weight stream, MR_PREFETCH_AHEAD bytes in front of
 * where a decode kernel reads (x86: the hint is SSE, every level has it).
 * A decode step streams its weights from memory once; with the hardware
 * prefetcher alone one core read them at two thirds of what a plain read
 * loop reaches (q8_0: 6.6-7.7 GB/s against 9.4 here; 9.6-11 with this).
 * 4 to 32 KiB ahead measured alike. Always inlined: GCC 12 neither inlines
 * a plain inline function into the kernels' target("avx512...") functions
 * nor keeps the call, and the prefetch silently disappears. */
#define MR_PREFETCH_AHEAD 8192
#if defined(__x86_64__)
#include <xmmintrin.h>
static inline __attribute__((always_inline)) void mr_prefetch_ahead(const void *p, int bytes) {
    for (int l = 0; l < bytes; l += 64) _mm_prefetch((const char *)p + MR_PREFETCH_AHEAD + l, _MM_HINT_T0);
}
#endif

/* Up to this many activation rows a product takes the x86 levels' small-T
 * path (each weight row against the rows directly) instead of 32-row panels;
 * the bf16-activation GEMM, which packs 32 rows too, starts above it (the
 * int8 GEMM does not: four byte products per lane outweigh the padding). */
#define MR_SMALL_T 8

/* Rows the packed int8 activations take: T rounded up to whole row blocks of 32.
 * xq holds MR_Q8A_ROWS(T) * K bytes, dx MR_Q8A_DX(T, K) floats (the block
 * scales, then as many int32: -128 x each block's sum). */
#define MR_Q8A_ROWS(T) (((T) + 31) / 32 * 32)
#define MR_Q8A_DX(T, K) (2 * MR_Q8A_ROWS(T) * ((K) / 32))
/* Up to this many rows the int8 activations form one few-row panel of
 * MR_Q8A_PANEL(T) rows (T rounded up to 2, 4 or 8; see kernels_vnni.c):
 * MR_Q8A_PANEL(T) * K bytes, 16 scales per block. */
#define MR_Q8A_SMALL 8
#define MR_Q8A_PANEL(T) ((T) <= 2 ? 2 : (T) <= 4 ? 4 : 8)

/* kernels_vnni.c */
MR_INTERNAL void mr_quantize_act(const float *x, int64_t T, int64_t K, uint8_t *xq, float *dx);
/* q4_0 blocks as q8_0 blocks (same scale, q - 8: exact), for the int8 GEMMs */
MR_INTERNAL void mr_q4_0_as_q8_0(const block_q4_0 *in, int64_t nb, block_q8_0 *out);
MR_INTERNAL void mr_quantize_qact(uint32_t type, const float *x, int64_t K, const mr_qact *a);
/* Position in mr_qact.q of element i of the row, for a weight type. */
MR_INTERNAL int64_t mr_qact_pos(uint32_t type, int64_t K, int64_t i);
MR_INTERNAL void mr_gemv_qa_scalar(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1);
MR_INTERNAL void mr_gemv_qa_vnni(const mr_tensor *w, const mr_qact *a, float *y, int64_t o0, int64_t o1);
MR_INTERNAL void mr_quantize_act_avx512(const float *x, int64_t T, int64_t K, uint8_t *xq, float *dx);
MR_INTERNAL void mr_gemm_q8a_scalar(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T,
                                    float *y, int64_t ldy, int64_t o0, int64_t o1, float *scratch);
MR_INTERNAL void mr_gemm_q8a_vnni(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T,
                                  float *y, int64_t ldy, int64_t o0, int64_t o1, float *scratch);
/* kernels_amx.c: the same product on AMX tiles for 5 to 8 rows and for 33
 * and more (bit for bit the scalar twin's), the others by mr_gemm_q8a_vnni */
MR_INTERNAL void mr_gemm_q8a_amx(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T,
                                 float *y, int64_t ldy, int64_t o0, int64_t o1, float *scratch);

/* kernels_bf16.c: xp holds MR_Q8A_ROWS(T) * K bf16 values */
MR_INTERNAL void mr_pack_bf16(const float *x, int64_t T, int64_t K, uint16_t *xp);
MR_INTERNAL void mr_gemm_bf16_scalar(const mr_tensor *w, const uint16_t *xp, int64_t T, float *y, int64_t ldy,
                                     int64_t o0, int64_t o1);
MR_INTERNAL void mr_gemm_bf16_avx512(const mr_tensor *w, const uint16_t *xp, int64_t T, float *y, int64_t ldy,
                                     int64_t o0, int64_t o1, float *scratch);

/* The best level this CPU runs (never above `want` unless want is AUTO). */
MR_INTERNAL mr_kern_level mr_kern_detect(void);
MR_INTERNAL const mr_kern *mr_kern_get(mr_kern_level level);

/* kernels_x86.c: NULL when not built for x86-64 */
MR_INTERNAL const mr_kern *mr_kern_avx2(void);
MR_INTERNAL const mr_kern *mr_kern_avx512(void);
MR_INTERNAL const mr_kern *mr_kern_avx512vnni(void);
MR_INTERNAL const mr_kern *mr_kern_avx512bf16(void);
MR_INTERNAL const mr_kern *mr_kern_amx(void); /* NULL unless MR_HAVE_AMX */
/* kernels_arm.c: NULL when not built for AArch64 */
MR_INTERNAL const mr_kern *mr_kern_neon(void);

/* ------------------------------------------------------------ ops.c */
/* The activations the feed-forward layers use. */
typedef enum { ACT_RELU, ACT_GELU_TANH, ACT_GELU_ERF, ACT_SILU } mr_act;

/* The scalar reference kernels: the twins every SIMD kernel is tested against. */
MR_INTERNAL void mr_matmul(const mr_tensor *w, const float *x, int64_t n_rows, float *y,
                           float *wrow);
MR_INTERNAL void mr_rmsnorm(const float *x, const float *w, int64_t n_rows, int64_t d, float eps,
                            float *y);
MR_INTERNAL void mr_act_inplace(float *x, int64_t n, mr_act act);
MR_INTERNAL void mr_softmax_inplace(float *x, int64_t n);
MR_INTERNAL int32_t mr_rel_bucket(int32_t rel, int bidirectional, int32_t n_buckets,
                                  int32_t max_distance);
/* Multi-head attention for heads [h0, h1), without 1/sqrt(d) scaling (T5
 * folds it into the weights). q: [nq][ldq], k/v: [nk][ldkv]. Query i sees keys
 * j <= i + causal_off when causal_off >= 0 (all keys when < 0). The bias is
 * rel_b[bucket][h] with bucket = bucket_tab[j - i + bucket_off] when rel_b is
 * non-NULL. scores: [nk] scratch. */
MR_INTERNAL void mr_attention(const mr_kern *kn, const float *q, int64_t ldq, const float *k,
                              const float *v, int64_t ldkv, int32_t nq, int32_t nk, int32_t h0,
                              int32_t h1, int32_t d_kv, int32_t causal_off, const float *rel_b,
                              const int32_t *bucket_tab, int32_t bucket_off, int32_t n_heads_b,
                              float *out, int64_t ldo, float *scores);

/* ------------------------------------------------------------ threads.c */
typedef struct mr_threadpool mr_pool; /* the public mr_threadpool */
/* n_threads - 1 workers; the caller is thread 0. Workers sleep on a
 * condition variable between jobs (after polling for at most 50 us, yielding
 * the core between polls), never burning a core. */
MR_INTERNAL mr_pool *mr_pool_new(int n_threads);
MR_INTERNAL void mr_pool_free(mr_pool *p);
MR_INTERNAL int mr_pool_size(const mr_pool *p);
/* Run fn(arg, ith, nth) on every thread and wait for all of them. */
MR_INTERNAL void mr_pool_run(mr_pool *p, void (*fn)(void *arg, int ith, int nth), void *arg);

#endif
