/* t5_cuda.cu - the CUDA backend: hand-written kernels for the T5
 * forward pass, the same computation as lib/engine/t5.c on the CPU.
 *
 * Layout: weights stay in their GGUF type on the device (f32, f16, bf16,
 * q8_0) and are dequantized inside the kernels; activations are f32.
 *   embed          one block per token
 *   rmsnorm        one block per row, f32 sum of squares (as transformers)
 *   gemv           T <= 16 rows (decode): one warp per output, 16-byte loads,
 *                  bandwidth-bound
 *   gemm_wmma      f16 / bf16 weights, T > 16 (encoder, prefill, batched
 *                  decode): tensor cores, activations rounded to the weight
 *                  type, f32 accumulation
 *   gemm_simt      f32 / q8_0 weights, T > 16: shared-memory tiles, f32
 *   attention      one block per (query, head, sequence): scores with the
 *                  relative-position bias and the causal mask, softmax and
 *                  the weighted sum fused; sequences of a batch described by
 *                  a small table so that one launch serves them all
 *   kv_append      new keys/values into each sequence's cache
 *   ffn_act        gated GELU / ReLU / SiLU, elementwise
 *   argmax         greedy choice per row, so only ids cross the bus
 * Every kernel has a scalar twin in lib/engine/kernels/ops.c; tests/test_cuda.c compares
 * them through the mr_cuda_check_* entry points at the bottom. */
#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <mma.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern "C" {
#include "cuda.h"
}

/* ------------------------------------------------------------ weights */

typedef struct {
    const void *p;      /* device copy of the GGUF bytes */
    uint32_t type;      /* GGML_* */
    int64_t in, out;    /* ne[0], ne[1] */
} dten;

typedef struct {
    const float *attn_norm, *cross_norm, *ffn_norm; /* [d] */
    dten q, k, v, o, cq, ck, cv, co, gate, up, down;
    int gated;
} dlayer;

typedef struct mr_cuda_weights {
    int device;
    dten tok_embd, output;
    const float *enc_rel_b, *dec_rel_b, *enc_norm, *dec_norm;
    dlayer *enc, *dec;
    void **allocs;
    int n_allocs, cap_allocs;
    size_t bytes;
} mr_cuda_weights;

/* ------------------------------------------------------------ context */

typedef struct {
    int32_t row0, nq, nk, causal_off, bucket_off, pos;
    const float *k, *v;  /* layer-0 base of keys / values, [..][inner] */
    float *kw, *vw;      /* cache to append to (kv_append), or NULL */
    int64_t plane;       /* floats between layers */
} seqdesc;

typedef struct mr_cuda_ctx {
    int device;
    cudaStream_t stream;
    mr_cuda_weights *w;
    int32_t rows, wide;
    float *x, *xn, *q, *k, *v, *att, *ff1, *ff2, *h; /* [rows][wide] or [rows][d_ff] */
    float *enc_out, *cross_k, *cross_v;              /* [n_ctx][d], [L][n_ctx][inner] */
    int32_t *bucket_enc, *bucket_dec, *ids, *out_ids;
    float *logits;       /* [rows][V] */
    int32_t n_last;      /* rows of the last decode (for the LM head) */
    const float *h_last; /* and the host buffer they were copied to */
    seqdesc *desc;       /* device table, [max(rows, n_ctx)] */
    /* decode steps captured as CUDA graphs, one per batch shape: the kernels
     * read positions and lengths from desc, so a graph replays any step of
     * that shape with one launch instead of ~15 per layer */
    struct { int32_t n_seq, N, max_cnt; cudaGraphExec_t exec; } graphs[8];
    int n_graphs;
    seqdesc *hdesc;      /* pinned host staging */
    int32_t max_desc;
} mr_cuda_ctx;

static int cerr(mr_ctx *c, cudaError_t e, const char *what) {
    return MR_ERR(c, MR_ERR_UNSUPPORTED, "CUDA: %s: %s", what, cudaGetErrorString(e));
}

#define CK(c, call, what) do { cudaError_t e_ = (call); if (e_ != cudaSuccess) return cerr((c), e_, (what)); } while (0)

/* ------------------------------------------------------------ element loads */

__device__ __forceinline__ float bf16f(uint16_t b) { return __uint_as_float((uint32_t)b << 16); }

/* Element i of row r of a weight, whatever its type. */
__device__ __forceinline__ float wload(const dten w, int64_t r, int64_t i) {
    switch (w.type) {
    case GGML_F32: return ((const float *)w.p)[r * w.in + i];
    case GGML_F16: return __half2float(((const __half *)w.p)[r * w.in + i]);
    case GGML_BF16: return bf16f(((const uint16_t *)w.p)[r * w.in + i]);
    default: { /* q8_0: 34-byte blocks, f16 scale then 32 int8 */
        const uint8_t *b = (const uint8_t *)w.p + (r * (w.in / QK8_0) + i / QK8_0) * 34;
        __half d = *(const __half *)b;
        return __half2float(d) * (float)((const int8_t *)(b + 2))[i % QK8_0];
    }
    }
}

/* ------------------------------------------------------------ small kernels */

__global__ void k_embed(dten w, const int32_t *ids, int64_t d, float *x) {
    int t = blockIdx.x;
    int32_t id = ids[t];
    for (int64_t i = threadIdx.x; i < d; i += blockDim.x) x[t * d + i] = wload(w, id, i);
}

__device__ float block_sum(float v, float *sh) {
    for (int o = 16; o > 0; o >>= 1) v += __shfl_down_sync(0xffffffffu, v, o);
    int lane = threadIdx.x & 31, wid = threadIdx.x >> 5;
    if (lane == 0) sh[wid] = v;
    __syncthreads();
    int nw = (blockDim.x + 31) >> 5;
    v = threadIdx.x < nw ? sh[threadIdx.x] : 0.0f;
    if (wid == 0)
        for (int o = 16; o > 0; o >>= 1) v += __shfl_down_sync(0xffffffffu, v, o);
    if (threadIdx.x == 0) sh[0] = v;
    __syncthreads();
    v = sh[0];
    __syncthreads();
    return v;
}

/* y = w * x / sqrt(mean(x^2) + eps), optionally times scale (the tied-head rescale) */
__global__ void k_rmsnorm(const float *x, const float *w, int64_t d, float eps, float scale, float *y) {
    __shared__ float sh[32];
    const float *xr = x + blockIdx.x * d;
    float *yr = y + blockIdx.x * d;
    float ss = 0;
    for (int64_t i = threadIdx.x; i < d; i += blockDim.x) ss += xr[i] * xr[i];
    ss = block_sum(ss, sh);
    float r = 1.0f / sqrtf(ss / (float)d + eps);
    for (int64_t i = threadIdx.x; i < d; i += blockDim.x) yr[i] = w[i] * (xr[i] * r) * scale;
}

__global__ void k_add(float *x, const float *y, int64_t n) {
    int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) x[i] += y[i];
}

/* x = act(x) [* up] */
__global__ void k_ffn_act(float *x, const float *up, int64_t n, int act) {
    int64_t i = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    float v = x[i];
    switch (act) {
    case ACT_RELU: v = v > 0 ? v : 0; break;
    case ACT_GELU_TANH: v = 0.5f * v * (1.0f + tanhf(0.7978845608028654f * (v + 0.044715f * v * v * v))); break;
    case ACT_GELU_ERF: v = 0.5f * v * (1.0f + erff(v * 0.7071067811865476f)); break;
    default: v = v / (1.0f + expf(-v)); break;
    }
    x[i] = up ? v * up[i] : v;
}

/* ------------------------------------------------------------ matmul: y[T][out] = x[T][in] W^T */

#define GEMV_ROWS 8

/* One warp per output row, up to GEMV_ROWS activation rows per pass. Each
 * lane reads 16 contiguous bytes of the weight row per step (8 halves or
 * 4 floats; one q8_0 block per lane for q8_0), so a warp streams 512 bytes. */
__global__ void k_gemv(dten w, const float *x, int64_t T, float *y) {
    int warp = (blockIdx.x * blockDim.x + threadIdx.x) >> 5, lane = threadIdx.x & 31;
    if (warp >= w.out) return;
    int64_t o = warp, in = w.in;
    for (int64_t t0 = 0; t0 < T; t0 += GEMV_ROWS) {
        int nt = (int)(T - t0 < GEMV_ROWS ? T - t0 : GEMV_ROWS);
        float acc[GEMV_ROWS];
#pragma unroll
        for (int t = 0; t < GEMV_ROWS; t++) acc[t] = 0;
        const float *xb = x + t0 * in;
        if (w.type == GGML_Q8_0) {
            const uint8_t *row = (const uint8_t *)w.p + o * (in / QK8_0) * 34;
            for (int64_t b = lane; b < in / QK8_0; b += 32) {
                const uint8_t *blk = row + b * 34;
                float d = __half2float(*(const __half *)blk);
                const int8_t *qs = (const int8_t *)(blk + 2);
                for (int t = 0; t < nt; t++) {
                    const float *xr = xb + t * in + b * QK8_0;
                    float s = 0;
#pragma unroll 8
                    for (int j = 0; j < QK8_0; j++) s += (float)qs[j] * xr[j];
                    acc[t] += d * s;
                }
            }
        } else if ((w.type == GGML_F16 || w.type == GGML_BF16) && in % 8 == 0) {
            const uint4 *row = (const uint4 *)((const uint16_t *)w.p + o * in);
            for (int64_t c = lane; c < in / 8; c += 32) {
                uint4 u = row[c];
                const uint16_t *hv = (const uint16_t *)&u;
                float wv[8];
#pragma unroll
                for (int j = 0; j < 8; j++)
                    wv[j] = w.type == GGML_F16 ? __half2float(__ushort_as_half(hv[j])) : bf16f(hv[j]);
                for (int t = 0; t < nt; t++) {
                    const float4 *xr = (const float4 *)(xb + t * in + c * 8);
                    float4 a = xr[0], b = xr[1];
                    acc[t] += wv[0] * a.x + wv[1] * a.y + wv[2] * a.z + wv[3] * a.w + wv[4] * b.x + wv[5] * b.y +
                              wv[6] * b.z + wv[7] * b.w;
                }
            }
        } else if (w.type == GGML_F32 && in % 4 == 0) {
            const float4 *row = (const float4 *)((const float *)w.p + o * in);
            for (int64_t c = lane; c < in / 4; c += 32) {
                float4 u = row[c];
                for (int t = 0; t < nt; t++) {
                    float4 a = ((const float4 *)(xb + t * in))[c];
                    acc[t] += u.x * a.x + u.y * a.y + u.z * a.z + u.w * a.w;
                }
            }
        } else {
            for (int64_t i = lane; i < in; i += 32) {
                float wv = wload(w, o, i);
                for (int t = 0; t < nt; t++) acc[t] += wv * xb[t * in + i];
            }
        }
        for (int t = 0; t < nt; t++) {
            float v = acc[t];
            for (int s = 16; s > 0; s >>= 1) v += __shfl_down_sync(0xffffffffu, v, s);
            if (lane == 0) y[(t0 + t) * w.out + o] = v;
        }
    }
}

/* Shared-memory tiled GEMM in f32 for any weight type: a 64x64 tile of y per
 * block of 256 threads, 4x4 outputs per thread, K in steps of 16. */
#define SB 64
#define SK 16
__global__ void k_gemm_simt(dten w, const float *x, int64_t T, float *y) {
    __shared__ float xs[SK][SB + 1], ws[SK][SB + 1];
    int tx = threadIdx.x % 16, ty = threadIdx.x / 16;
    int64_t m0 = (int64_t)blockIdx.y * SB, n0 = (int64_t)blockIdx.x * SB, in = w.in;
    float acc[4][4] = {{0}};
    for (int64_t k0 = 0; k0 < in; k0 += SK) {
        for (int e = threadIdx.x; e < SB * SK; e += blockDim.x) {
            int r = e / SK, kk = e % SK;
            int64_t gm = m0 + r, gn = n0 + r, gk = k0 + kk;
            xs[kk][r] = gm < T && gk < in ? x[gm * in + gk] : 0.0f;
            ws[kk][r] = gn < w.out && gk < in ? wload(w, gn, gk) : 0.0f;
        }
        __syncthreads();
#pragma unroll
        for (int kk = 0; kk < SK; kk++) {
            float a[4], b[4];
#pragma unroll
            for (int i = 0; i < 4; i++) { a[i] = xs[kk][ty * 4 + i]; b[i] = ws[kk][tx * 4 + i]; }
#pragma unroll
            for (int i = 0; i < 4; i++)
#pragma unroll
                for (int j = 0; j < 4; j++) acc[i][j] += a[i] * b[j];
        }
        __syncthreads();
    }
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) {
            int64_t gm = m0 + ty * 4 + i, gn = n0 + tx * 4 + j;
            if (gm < T && gn < w.out) y[gm * w.out + gn] = acc[i][j];
        }
}

/* Tensor-core GEMM for f16 / bf16 weights: block tile 64 (rows of x) x 64
 * (outputs), K steps of 32, 4 warps each owning 32x32 (2x2 fragments of
 * 16x16x16). Activations are rounded to the weight's type when staged into
 * shared memory; products accumulate in f32. */
#define WB 64
#define WK 32
template <typename TT>
__device__ __forceinline__ TT to_t(float v);
template <> __device__ __forceinline__ __half to_t<__half>(float v) { return __float2half_rn(v); }
template <> __device__ __forceinline__ __nv_bfloat16 to_t<__nv_bfloat16>(float v) { return __float2bfloat16_rn(v); }

template <typename TT>
__global__ void k_gemm_wmma(dten w, const float *x, int64_t T, float *y) {
    using namespace nvcuda;
    __shared__ __align__(32) TT as[WB][WK + 8];
    __shared__ __align__(32) TT bs[WB][WK + 8];
    __shared__ __align__(32) float cs[WB][WB + 4];
    int warp = threadIdx.x / 32;
    int wm = (warp / 2) * 32, wn = (warp % 2) * 32;
    int64_t m0 = (int64_t)blockIdx.y * WB, n0 = (int64_t)blockIdx.x * WB, in = w.in;
    const TT *W = (const TT *)w.p;
    wmma::fragment<wmma::accumulator, 16, 16, 16, float> acc[2][2];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++) wmma::fill_fragment(acc[i][j], 0.0f);
    for (int64_t k0 = 0; k0 < in; k0 += WK) {
        for (int e = threadIdx.x; e < WB * WK; e += blockDim.x) {
            int r = e / WK, kk = e % WK;
            int64_t gm = m0 + r, gn = n0 + r, gk = k0 + kk;
            as[r][kk] = to_t<TT>(gm < T && gk < in ? x[gm * in + gk] : 0.0f);
            bs[r][kk] = gn < w.out && gk < in ? W[gn * in + gk] : to_t<TT>(0.0f);
        }
        __syncthreads();
        for (int kk = 0; kk < WK; kk += 16) {
            wmma::fragment<wmma::matrix_a, 16, 16, 16, TT, wmma::row_major> fa[2];
            wmma::fragment<wmma::matrix_b, 16, 16, 16, TT, wmma::col_major> fb[2];
            for (int i = 0; i < 2; i++) wmma::load_matrix_sync(fa[i], &as[wm + 16 * i][kk], WK + 8);
            for (int j = 0; j < 2; j++) wmma::load_matrix_sync(fb[j], &bs[wn + 16 * j][kk], WK + 8);
            for (int i = 0; i < 2; i++)
                for (int j = 0; j < 2; j++) wmma::mma_sync(acc[i][j], fa[i], fb[j], acc[i][j]);
        }
        __syncthreads();
    }
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            wmma::store_matrix_sync(&cs[wm + 16 * i][wn + 16 * j], acc[i][j], WB + 4, wmma::mem_row_major);
    __syncthreads();
    for (int e = threadIdx.x; e < WB * WB; e += blockDim.x) {
        int r = e / WB, cc = e % WB;
        int64_t gm = m0 + r, gn = n0 + cc;
        if (gm < T && gn < w.out) y[gm * w.out + gn] = cs[r][cc];
    }
}

/* path: 0 auto, 1 gemv, 2 simt, 3 tensor cores */
static void mm_launch(cudaStream_t st, const dten &w, const float *x, int64_t T, float *y, int path) {
    int tc = w.type == GGML_F16 || w.type == GGML_BF16;
    if (path == 0) path = T <= 16 ? 1 : tc ? 3 : 2;
    if (path == 3 && !tc) path = 2;
    if (path == 1) {
        int64_t warps = w.out, threads = 256;
        k_gemv<<<(unsigned)((warps * 32 + threads - 1) / threads), (unsigned)threads, 0, st>>>(w, x, T, y);
    } else if (path == 2) {
        dim3 g((unsigned)((w.out + SB - 1) / SB), (unsigned)((T + SB - 1) / SB));
        k_gemm_simt<<<g, 256, 0, st>>>(w, x, T, y);
    } else {
        dim3 g((unsigned)((w.out + WB - 1) / WB), (unsigned)((T + WB - 1) / WB));
        if (w.type == GGML_F16) k_gemm_wmma<__half><<<g, 128, 0, st>>>(w, x, T, y);
        else k_gemm_wmma<__nv_bfloat16><<<g, 128, 0, st>>>(w, x, T, y);
    }
}

/* ------------------------------------------------------------ attention */

/* grid (max nq, n_heads, n_seq), 128 threads; dynamic shared: nk floats of
 * scores + d_kv of the query. Query i of sequence s sees keys
 * j <= i + causal_off (all when causal_off < 0); the bias is
 * rel_b[bucket_tab[j - i + bucket_off] * n_heads + h] when rel_b is set. */
__global__ void k_attention(const float *q, int64_t ld, const seqdesc *desc, int layer, int32_t d_kv,
                            int32_t n_heads, const float *rel_b, const int32_t *bucket_tab, float *out) {
    extern __shared__ float sm[];
    __shared__ float red[32];
    const seqdesc s = desc[blockIdx.z];
    int i = blockIdx.x, h = blockIdx.y;
    if (i >= s.nq) return;
    int32_t nk = s.causal_off >= 0 ? min(s.nk, i + s.causal_off + 1) : s.nk;
    float *sc = sm, *qs = sm + s.nk;
    const float *qi = q + (int64_t)(s.row0 + i) * ld + (int64_t)h * d_kv;
    for (int e = threadIdx.x; e < d_kv; e += blockDim.x) qs[e] = qi[e];
    __syncthreads();
    const float *K = s.k + layer * s.plane, *V = s.v + layer * s.plane;
    float mx = -INFINITY;
    for (int j = threadIdx.x; j < nk; j += blockDim.x) {
        const float *kj = K + (int64_t)j * ld + (int64_t)h * d_kv;
        float v = 0;
        for (int e = 0; e < d_kv; e++) v += qs[e] * kj[e];
        if (rel_b) v += rel_b[bucket_tab[j - i + s.bucket_off] * n_heads + h];
        sc[j] = v;
        mx = fmaxf(mx, v);
    }
    /* block max */
    for (int o = 16; o > 0; o >>= 1) mx = fmaxf(mx, __shfl_down_sync(0xffffffffu, mx, o));
    if ((threadIdx.x & 31) == 0) red[threadIdx.x >> 5] = mx;
    __syncthreads();
    if (threadIdx.x == 0) {
        float m = red[0];
        for (int w = 1; w < (int)(blockDim.x >> 5); w++) m = fmaxf(m, red[w]);
        red[0] = m;
    }
    __syncthreads();
    mx = red[0];
    __syncthreads();
    float sum = 0;
    for (int j = threadIdx.x; j < nk; j += blockDim.x) {
        float e = expf(sc[j] - mx);
        sc[j] = e;
        sum += e;
    }
    sum = block_sum(sum, red);
    float inv = 1.0f / sum;
    float *o = out + (int64_t)(s.row0 + i) * ld + (int64_t)h * d_kv;
    for (int e = threadIdx.x; e < d_kv; e += blockDim.x) {
        float a = 0;
        for (int j = 0; j < nk; j++) a += sc[j] * V[(int64_t)j * ld + (int64_t)h * d_kv + e];
        o[e] = a * inv;
    }
}

/* new keys / values of each sequence into its cache at positions pos.. */
__global__ void k_kv_append(const float *k, const float *v, int64_t in, const seqdesc *desc, int layer) {
    const seqdesc s = desc[blockIdx.y];
    int r = blockIdx.x;
    if (r >= s.nq) return;
    float *kd = s.kw + layer * s.plane + (int64_t)(s.pos + r) * in;
    float *vd = s.vw + layer * s.plane + (int64_t)(s.pos + r) * in;
    const float *ks = k + (int64_t)(s.row0 + r) * in, *vs = v + (int64_t)(s.row0 + r) * in;
    for (int64_t e = threadIdx.x; e < in; e += blockDim.x) { kd[e] = ks[e]; vd[e] = vs[e]; }
}

/* first index of the largest logit of each row (ties: the lowest id, as the CPU) */
__global__ void k_argmax(const float *logits, int64_t V, int32_t ban, int32_t *ids) {
    __shared__ float bv[256];
    __shared__ int32_t bi[256];
    const float *r = logits + blockIdx.x * V;
    float best = -INFINITY;
    int32_t arg = 0x7fffffff;
    for (int64_t j = threadIdx.x; j < V; j += blockDim.x)
        if (r[j] > best && j != ban) { best = r[j]; arg = (int32_t)j; }
    bv[threadIdx.x] = best;
    bi[threadIdx.x] = arg;
    __syncthreads();
    for (int s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) {
            float ov = bv[threadIdx.x + s];
            int32_t oi = bi[threadIdx.x + s];
            if (ov > bv[threadIdx.x] || (ov == bv[threadIdx.x] && oi < bi[threadIdx.x])) {
                bv[threadIdx.x] = ov;
                bi[threadIdx.x] = oi;
            }
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) ids[blockIdx.x] = bi[0] == 0x7fffffff ? 0 : bi[0];
}

/* ------------------------------------------------------------ host: devices and weights */

extern "C" int mr_cuda_device_count(char *err, size_t errsz) {
    int n = 0;
    cudaError_t e = cudaGetDeviceCount(&n);
    if (e != cudaSuccess) {
        mr_fmt(err, errsz, "no usable CUDA device: %s", cudaGetErrorString(e));
        return 0;
    }
    if (n == 0) mr_fmt(err, errsz, "no CUDA device found");
    return n;
}

static void *walloc(mr_cuda_weights *w, size_t n, const void *src, cudaError_t *e) {
    void *p = NULL;
    if (*e != cudaSuccess) return NULL;
    if (w->n_allocs == w->cap_allocs) {
        int cap = w->cap_allocs ? 2 * w->cap_allocs : 64;
        void **a = (void **)realloc(w->allocs, (size_t)cap * sizeof *a);
        if (!a) { *e = cudaErrorMemoryAllocation; return NULL; }
        w->allocs = a;
        w->cap_allocs = cap;
    }
    if ((*e = cudaMalloc(&p, n ? n : 1)) != cudaSuccess) return NULL;
    w->allocs[w->n_allocs++] = p;
    w->bytes += n;
    if (src && n) *e = cudaMemcpy(p, src, n, cudaMemcpyHostToDevice);
    return p;
}

static dten up_t(mr_cuda_weights *w, const mr_tensor *t, cudaError_t *e) {
    dten d = {NULL, 0, 0, 0};
    if (!t) return d;
    d.p = walloc(w, t->nbytes, t->data, e);
    d.type = t->type;
    d.in = t->ne[0];
    d.out = t->ne[1];
    return d;
}

static const float *up_f(mr_cuda_weights *w, const float *v, size_t n, cudaError_t *e) {
    return v ? (const float *)walloc(w, n * sizeof(float), v, e) : NULL;
}

static void weights_free(mr_cuda_weights *w) {
    if (!w) return;
    int cur = -1;
    cudaGetDevice(&cur);
    cudaSetDevice(w->device);
    for (int i = 0; i < w->n_allocs; i++) cudaFree(w->allocs[i]);
    if (cur >= 0) cudaSetDevice(cur);
    free(w->allocs);
    free(w->enc);
    free(w->dec);
    free(w);
}

static mr_cuda_weights *weights_upload(const mr_model *m, int device, cudaError_t *e) {
    const mr_hparams *hp = &m->hp;
    mr_cuda_weights *w = (mr_cuda_weights *)calloc(1, sizeof *w);
    if (!w) { *e = cudaErrorMemoryAllocation; return NULL; }
    w->device = device;
    w->enc = (dlayer *)calloc((size_t)hp->n_enc_layers + 1, sizeof(dlayer));
    w->dec = (dlayer *)calloc((size_t)hp->n_dec_layers + 1, sizeof(dlayer));
    if (!w->enc || !w->dec) { *e = cudaErrorMemoryAllocation; weights_free(w); return NULL; }
    size_t d = (size_t)hp->d_model, nb = (size_t)hp->n_buckets * hp->n_heads;
    w->tok_embd = up_t(w, m->tok_embd, e);
    w->output = m->output == m->tok_embd ? w->tok_embd : up_t(w, m->output, e);
    w->enc_rel_b = up_f(w, m->enc_rel_b, nb, e);
    w->dec_rel_b = up_f(w, m->dec_rel_b, nb, e);
    w->enc_norm = up_f(w, m->enc_norm, d, e);
    w->dec_norm = up_f(w, m->dec_norm, d, e);
    for (int pass = 0; pass < 2; pass++) {
        int n = pass ? hp->n_dec_layers : hp->n_enc_layers;
        const mr_layer *src = pass ? m->dec : m->enc;
        dlayer *dst = pass ? w->dec : w->enc;
        for (int l = 0; l < n; l++) {
            const mr_layer *L = &src[l];
            dlayer *D = &dst[l];
            D->attn_norm = up_f(w, L->attn_norm, d, e);
            D->cross_norm = up_f(w, L->cross_norm, d, e);
            D->ffn_norm = up_f(w, L->ffn_norm, d, e);
            D->q = up_t(w, L->q, e); D->k = up_t(w, L->k, e); D->v = up_t(w, L->v, e); D->o = up_t(w, L->o, e);
            D->cq = up_t(w, L->cq, e); D->ck = up_t(w, L->ck, e); D->cv = up_t(w, L->cv, e); D->co = up_t(w, L->co, e);
            D->gate = up_t(w, L->gate, e); D->up = up_t(w, L->up, e); D->down = up_t(w, L->down, e);
            D->gated = L->gate != NULL;
        }
    }
    if (*e != cudaSuccess) { weights_free(w); return NULL; }
    return w;
}

extern "C" void mr_cuda_model_release(mr_model *m) {
    for (int i = 0; i < MR_CUDA_MAX_DEVICES; i++) {
        weights_free((mr_cuda_weights *)m->cuda[i]);
        m->cuda[i] = NULL;
    }
}

/* ------------------------------------------------------------ host: context */

extern "C" void mr_cuda_ctx_free(mr_ctx *c) {
    mr_cuda_ctx *g = c ? (mr_cuda_ctx *)c->cuda : NULL;
    if (!g) return;
    cudaSetDevice(g->device);
    float *bufs[] = {g->x, g->xn, g->q, g->k, g->v, g->att, g->ff1, g->ff2, g->h, g->enc_out, g->cross_k,
                     g->cross_v, g->logits};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) cudaFree(bufs[i]);
    cudaFree(g->bucket_enc);
    cudaFree(g->bucket_dec);
    cudaFree(g->ids);
    cudaFree(g->out_ids);
    cudaFree(g->desc);
    cudaFreeHost(g->hdesc);
    for (int i = 0; i < g->n_graphs; i++) cudaGraphExecDestroy(g->graphs[i].exec);
    if (g->stream) cudaStreamDestroy(g->stream);
    free(g);
    c->cuda = NULL;
}

extern "C" int mr_cuda_ctx_init(mr_ctx *c, int device) {
    char why[256] = "";
    int n = mr_cuda_device_count(why, sizeof why);
    if (n <= 0) return MR_ERR(c, MR_ERR_UNSUPPORTED, "CUDA backend: %s", why);
    if (device < 0 || device >= n || device >= MR_CUDA_MAX_DEVICES)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "CUDA backend: device %d does not exist (%d found)", device, n);
    CK(c, cudaSetDevice(device), "cudaSetDevice");
    mr_model *m = (mr_model *)c->m; /* the device copy is the model's one mutable part, behind cuda_lock */
    pthread_mutex_lock(&m->cuda_lock);
    cudaError_t e = cudaSuccess;
    if (!m->cuda[device]) m->cuda[device] = weights_upload(m, device, &e);
    if (m->cuda[device]) m->cuda_release = mr_cuda_model_release;
    pthread_mutex_unlock(&m->cuda_lock);
    if (!m->cuda[device]) return cerr(c, e, "uploading the weights");
    mr_cuda_ctx *g = (mr_cuda_ctx *)calloc(1, sizeof *g);
    if (!g) return MR_ERR(c, MR_ERR_OOM, "out of memory");
    c->cuda = g;
    g->device = device;
    g->w = (mr_cuda_weights *)m->cuda[device];
    const mr_hparams *hp = &m->hp;
    int64_t d = hp->d_model, in = hp->inner, ff = hp->d_ff, V = hp->n_vocab;
    int64_t nctx = c->p.n_ctx, ndec = c->p.n_dec_max;
    g->rows = c->rows;
    g->wide = (int32_t)(d > in ? d : in);
    int64_t R = g->rows;
    g->max_desc = (int32_t)(R > nctx ? R : nctx);
    cudaError_t r = cudaStreamCreateWithFlags(&g->stream, cudaStreamNonBlocking);
    float **fb[] = {&g->x, &g->xn, &g->q, &g->k, &g->v, &g->att, &g->h};
    for (size_t i = 0; r == cudaSuccess && i < sizeof fb / sizeof fb[0]; i++)
        r = cudaMalloc((void **)fb[i], (size_t)(R * g->wide) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->ff1, (size_t)(R * ff) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->ff2, (size_t)(R * ff) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->enc_out, (size_t)(nctx * d) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->cross_k, (size_t)(hp->n_dec_layers * nctx * in) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->cross_v, (size_t)(hp->n_dec_layers * nctx * in) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->logits, (size_t)(R * V) * sizeof(float));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->bucket_enc, (size_t)(2 * nctx - 1) * sizeof(int32_t));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->bucket_dec, (size_t)ndec * sizeof(int32_t));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->ids, (size_t)R * sizeof(int32_t));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->out_ids, (size_t)R * sizeof(int32_t));
    if (r == cudaSuccess) r = cudaMalloc((void **)&g->desc, (size_t)g->max_desc * sizeof(seqdesc));
    if (r == cudaSuccess) r = cudaMallocHost((void **)&g->hdesc, (size_t)g->max_desc * sizeof(seqdesc));
    /* the bucket tables the CPU computed for this context */
    if (r == cudaSuccess)
        r = cudaMemcpy(g->bucket_enc, c->bucket_enc, (size_t)(2 * nctx - 1) * sizeof(int32_t), cudaMemcpyHostToDevice);
    if (r == cudaSuccess)
        r = cudaMemcpy(g->bucket_dec, c->bucket_dec, (size_t)ndec * sizeof(int32_t), cudaMemcpyHostToDevice);
    if (r != cudaSuccess) {
        int rc = cerr(c, r, "allocating the context's device buffers");
        mr_cuda_ctx_free(c);
        return rc;
    }
    return MR_OK;
}

/* ------------------------------------------------------------ host: forward */

static void rmsnorm(mr_cuda_ctx *g, const float *x, const float *w, int64_t n, int64_t d, float eps, float scale, float *y) {
    k_rmsnorm<<<(unsigned)n, 256, 0, g->stream>>>(x, w, d, eps, scale, y);
}

static void add(mr_cuda_ctx *g, float *x, const float *y, int64_t n) {
    k_add<<<(unsigned)((n + 255) / 256), 256, 0, g->stream>>>(x, y, n);
}

static void attention(mr_cuda_ctx *g, const mr_hparams *hp, const float *q, int32_t n_seq, int32_t max_nq, int layer,
                      const float *rel_b, const int32_t *tab, int32_t max_nk) {
    dim3 grid((unsigned)max_nq, (unsigned)hp->n_heads, (unsigned)n_seq);
    size_t shm = (size_t)(max_nk + hp->d_kv) * sizeof(float);
    k_attention<<<grid, 128, shm, g->stream>>>(q, hp->inner, g->desc, layer, hp->d_kv, hp->n_heads, rel_b, tab, g->att);
}

static void ffn(mr_cuda_ctx *g, const mr_hparams *hp, const dlayer *L, int64_t n) {
    int64_t ff = hp->d_ff;
    rmsnorm(g, g->x, L->ffn_norm, n, hp->d_model, hp->eps, 1.0f, g->xn);
    if (L->gated) {
        mm_launch(g->stream, L->gate, g->xn, n, g->ff1, 0);
        mm_launch(g->stream, L->up, g->xn, n, g->ff2, 0);
        k_ffn_act<<<(unsigned)((n * ff + 255) / 256), 256, 0, g->stream>>>(g->ff1, g->ff2, n * ff, hp->act);
    } else {
        mm_launch(g->stream, L->up, g->xn, n, g->ff1, 0);
        k_ffn_act<<<(unsigned)((n * ff + 255) / 256), 256, 0, g->stream>>>(g->ff1, NULL, n * ff, hp->act);
    }
    mm_launch(g->stream, L->down, g->ff1, n, g->att, 0);
    add(g, g->x, g->att, n * hp->d_model);
}

static int check_shm(mr_ctx *c, int32_t nk) {
    /* scores live in shared memory: 48 KB holds 12,000 keys, far beyond n_ctx */
    if ((size_t)(nk + c->m->hp.d_kv) * sizeof(float) > 48 * 1024)
        return MR_ERR(c, MR_ERR_TOO_LONG, "CUDA attention: %d keys exceed the kernel's shared memory", nk);
    return MR_OK;
}

extern "C" int mr_cuda_encode(mr_ctx *c, const int32_t *ids, const int32_t *lens, int32_t n_seg) {
    mr_cuda_ctx *g = (mr_cuda_ctx *)c->cuda;
    const mr_model *m = c->m;
    const mr_hparams *hp = &m->hp;
    mr_cuda_weights *w = g->w;
    int64_t d = hp->d_model, in = hp->inner;
    int32_t n = 0, max_len = 0;
    for (int32_t s = 0; s < n_seg; s++) { n += lens[s]; if (lens[s] > max_len) max_len = lens[s]; }
    if (n_seg > g->max_desc) return MR_ERR(c, MR_ERR_TOO_LONG, "CUDA: %d inputs exceed %d", n_seg, g->max_desc);
    int rc = check_shm(c, max_len);
    if (rc != MR_OK) return rc;
    CK(c, cudaSetDevice(g->device), "cudaSetDevice");
    CK(c, cudaMemcpyAsync(g->ids, ids, (size_t)n * sizeof(int32_t), cudaMemcpyHostToDevice, g->stream), "ids");
    for (int32_t s = 0, off = 0; s < n_seg; off += lens[s], s++) {
        seqdesc *sd = &g->hdesc[s];
        memset(sd, 0, sizeof *sd);
        sd->row0 = off; sd->nq = lens[s]; sd->nk = lens[s]; sd->causal_off = -1;
        sd->bucket_off = c->p.n_ctx - 1;
        sd->k = g->k + (int64_t)off * in; sd->v = g->v + (int64_t)off * in; sd->plane = 0;
    }
    CK(c, cudaMemcpyAsync(g->desc, g->hdesc, (size_t)n_seg * sizeof(seqdesc), cudaMemcpyHostToDevice, g->stream), "desc");
    k_embed<<<(unsigned)n, 256, 0, g->stream>>>(w->tok_embd, g->ids, d, g->x);
    for (int l = 0; l < hp->n_enc_layers; l++) {
        const dlayer *L = &w->enc[l];
        rmsnorm(g, g->x, L->attn_norm, n, d, hp->eps, 1.0f, g->xn);
        mm_launch(g->stream, L->q, g->xn, n, g->q, 0);
        mm_launch(g->stream, L->k, g->xn, n, g->k, 0);
        mm_launch(g->stream, L->v, g->xn, n, g->v, 0);
        attention(g, hp, g->q, n_seg, max_len, 0, w->enc_rel_b, g->bucket_enc, max_len);
        mm_launch(g->stream, L->o, g->att, n, g->xn, 0);
        add(g, g->x, g->xn, n * d);
        ffn(g, hp, L, n);
    }
    rmsnorm(g, g->x, w->enc_norm, n, d, hp->eps, 1.0f, g->enc_out);
    /* cross-attention keys and values, once per encode */
    int64_t plane = (int64_t)c->p.n_ctx * in;
    for (int l = 0; l < hp->n_dec_layers; l++) {
        mm_launch(g->stream, w->dec[l].ck, g->enc_out, n, g->cross_k + l * plane, 0);
        mm_launch(g->stream, w->dec[l].cv, g->enc_out, n, g->cross_v + l * plane, 0);
    }
    /* the host copy of the encoder output keeps mr_encoder_output() working */
    CK(c, cudaMemcpyAsync(c->enc_out, g->enc_out, (size_t)(n * d) * sizeof(float), cudaMemcpyDeviceToHost, g->stream),
       "encoder output");
    CK(c, cudaStreamSynchronize(g->stream), "encode");
    CK(c, cudaGetLastError(), "encode kernels");
    return MR_OK; /* mr_t5_encode records the segments */
}

/* The decoder's kernels for one step of n_seq sequences (N rows): embed, the
 * layers, the final norm into g->h. Shapes depend only on (n_seq, N,
 * max_cnt); positions and lengths come from the desc table, and shared
 * memory is sized for the longest possible keys, so that the sequence can be
 * captured once as a graph and replayed. */
static void decode_kernels(mr_ctx *c, mr_cuda_ctx *g, int32_t n_seq, int32_t N, int32_t max_cnt) {
    const mr_model *m = c->m;
    const mr_hparams *hp = &m->hp;
    mr_cuda_weights *w = g->w;
    int64_t d = hp->d_model, in = hp->inner;
    k_embed<<<(unsigned)N, 256, 0, g->stream>>>(w->tok_embd, g->ids, d, g->x);
    for (int l = 0; l < hp->n_dec_layers; l++) {
        const dlayer *L = &w->dec[l];
        rmsnorm(g, g->x, L->attn_norm, N, d, hp->eps, 1.0f, g->xn);
        mm_launch(g->stream, L->q, g->xn, N, g->q, 0);
        mm_launch(g->stream, L->k, g->xn, N, g->k, 0);
        mm_launch(g->stream, L->v, g->xn, N, g->v, 0);
        k_kv_append<<<dim3((unsigned)max_cnt, (unsigned)n_seq), 128, 0, g->stream>>>(g->k, g->v, in, g->desc, l);
        attention(g, hp, g->q, n_seq, max_cnt, l, w->dec_rel_b, g->bucket_dec, c->p.n_dec_max);
        mm_launch(g->stream, L->o, g->att, N, g->xn, 0);
        add(g, g->x, g->xn, N * d);
        rmsnorm(g, g->x, L->cross_norm, N, d, hp->eps, 1.0f, g->xn);
        mm_launch(g->stream, L->cq, g->xn, N, g->q, 0);
        dim3 grid((unsigned)max_cnt, (unsigned)hp->n_heads, (unsigned)n_seq);
        size_t shm = (size_t)(c->p.n_ctx + hp->d_kv) * sizeof(float);
        k_attention<<<grid, 128, shm, g->stream>>>(g->q, in, g->desc + n_seq, l, hp->d_kv, hp->n_heads, NULL, NULL,
                                                    g->att);
        mm_launch(g->stream, L->co, g->att, N, g->xn, 0);
        add(g, g->x, g->xn, N * d);
        ffn(g, hp, L, N);
    }
    rmsnorm(g, g->x, w->dec_norm, N, d, hp->eps, m->out_scale, g->h);
}

/* One decode step: replay the graph captured for this shape, capturing it
 * the first time; direct launches when capture is not possible. */
static int run_decode(mr_ctx *c, mr_cuda_ctx *g, int32_t n_seq, int32_t N, int32_t max_cnt) {
    for (int i = 0; i < g->n_graphs; i++)
        if (g->graphs[i].n_seq == n_seq && g->graphs[i].N == N && g->graphs[i].max_cnt == max_cnt) {
            CK(c, cudaGraphLaunch(g->graphs[i].exec, g->stream), "graph launch");
            return MR_OK;
        }
    if (g->n_graphs < (int)(sizeof g->graphs / sizeof g->graphs[0]) &&
        cudaStreamBeginCapture(g->stream, cudaStreamCaptureModeThreadLocal) == cudaSuccess) {
        decode_kernels(c, g, n_seq, N, max_cnt);
        cudaGraph_t graph = NULL;
        cudaGraphExec_t exec = NULL;
        cudaError_t e = cudaStreamEndCapture(g->stream, &graph);
        if (e == cudaSuccess) e = cudaGraphInstantiate(&exec, graph, 0);
        if (graph) cudaGraphDestroy(graph);
        if (e == cudaSuccess) {
            g->graphs[g->n_graphs].n_seq = n_seq;
            g->graphs[g->n_graphs].N = N;
            g->graphs[g->n_graphs].max_cnt = max_cnt;
            g->graphs[g->n_graphs++].exec = exec;
            CK(c, cudaGraphLaunch(exec, g->stream), "graph launch");
            return MR_OK;
        }
        cudaGetLastError(); /* capture failed: clear it and launch directly */
    }
    decode_kernels(c, g, n_seq, N, max_cnt);
    return MR_OK;
}

extern "C" int mr_cuda_decode(mr_ctx *c, int32_t n_seq, mr_kv *const *kv, const int32_t *cnt, const int32_t *tok,
                              float *h) {
    mr_cuda_ctx *g = (mr_cuda_ctx *)c->cuda;
    const mr_model *m = c->m;
    const mr_hparams *hp = &m->hp;
    int64_t d = hp->d_model, in = hp->inner;
    int32_t N = 0, max_cnt = 0;
    if (n_seq > g->max_desc) return MR_ERR(c, MR_ERR_TOO_LONG, "CUDA: %d sequences exceed %d", n_seq, g->max_desc);
    for (int32_t s = 0; s < n_seq; s++) {
        if (!kv[s]->on_device) return MR_ERR(c, MR_ERR_STATE, "CUDA: sequence %d has a host cache", s);
        N += cnt[s];
        if (cnt[s] > max_cnt) max_cnt = cnt[s];
    }
    /* shared memory is sized for the longest keys a context allows (graphs) */
    int rc = check_shm(c, c->p.n_ctx > c->p.n_dec_max ? c->p.n_ctx : c->p.n_dec_max);
    if (rc != MR_OK) return rc;
    CK(c, cudaSetDevice(g->device), "cudaSetDevice");
    CK(c, cudaMemcpyAsync(g->ids, tok, (size_t)N * sizeof(int32_t), cudaMemcpyHostToDevice, g->stream), "ids");
    int64_t cplane = (int64_t)c->p.n_ctx * in;
    /* two tables: self-attention (caches) in [0, n_seq), cross in [n_seq, 2 n_seq) */
    if (2 * n_seq > g->max_desc) return MR_ERR(c, MR_ERR_TOO_LONG, "CUDA: %d sequences exceed %d", n_seq, g->max_desc / 2);
    for (int32_t s = 0, row = 0; s < n_seq; row += cnt[s], s++) {
        seqdesc *a = &g->hdesc[s], *b = &g->hdesc[n_seq + s];
        int32_t pos = kv[s]->n, seg = kv[s]->seg;
        int64_t plane = (int64_t)kv[s]->cap * in;
        memset(a, 0, sizeof *a);
        a->row0 = row; a->nq = cnt[s]; a->nk = pos + cnt[s]; a->causal_off = pos; a->pos = pos;
        a->bucket_off = c->p.n_dec_max - 1 - pos;
        a->k = a->kw = kv[s]->k; a->v = a->vw = kv[s]->v; a->plane = plane;
        memset(b, 0, sizeof *b);
        b->row0 = row; b->nq = cnt[s]; b->nk = c->seg_len[seg]; b->causal_off = -1;
        b->k = g->cross_k + (int64_t)c->seg_off[seg] * in; b->v = g->cross_v + (int64_t)c->seg_off[seg] * in;
        b->plane = cplane;
    }
    CK(c, cudaMemcpyAsync(g->desc, g->hdesc, (size_t)(2 * n_seq) * sizeof(seqdesc), cudaMemcpyHostToDevice, g->stream),
       "desc");
    rc = run_decode(c, g, n_seq, N, max_cnt);
    if (rc != MR_OK) return rc;
    CK(c, cudaMemcpyAsync(h, g->h, (size_t)(N * d) * sizeof(float), cudaMemcpyDeviceToHost, g->stream), "hidden");
    CK(c, cudaStreamSynchronize(g->stream), "decode");
    CK(c, cudaGetLastError(), "decode kernels");
    for (int32_t s = 0; s < n_seq; s++) kv[s]->n += cnt[s];
    g->n_last = N;
    g->h_last = h;
    return MR_OK;
}

extern "C" int mr_cuda_lm_head(mr_ctx *c, const float *h, int32_t n, float *logits) {
    mr_cuda_ctx *g = (mr_cuda_ctx *)c->cuda;
    CK(c, cudaSetDevice(g->device), "cudaSetDevice");
    /* the rows are usually still on the device from the last decode; when a
     * caller passes others, upload them */
    if (h != g->h_last || n > g->n_last)
        CK(c, cudaMemcpyAsync(g->h, h, (size_t)n * c->m->hp.d_model * sizeof(float), cudaMemcpyHostToDevice, g->stream),
           "hidden");
    mm_launch(g->stream, g->w->output, g->h, n, g->logits, 0);
    if (logits)
        CK(c, cudaMemcpyAsync(logits, g->logits, (size_t)n * c->m->hp.n_vocab * sizeof(float), cudaMemcpyDeviceToHost,
                              g->stream), "logits");
    CK(c, cudaStreamSynchronize(g->stream), "LM head");
    return MR_OK;
}

extern "C" int mr_cuda_argmax(mr_ctx *c, int32_t n, int32_t ban, int32_t *ids) {
    mr_cuda_ctx *g = (mr_cuda_ctx *)c->cuda;
    k_argmax<<<(unsigned)n, 256, 0, g->stream>>>(g->logits, c->m->hp.n_vocab, ban, g->out_ids);
    CK(c, cudaMemcpyAsync(ids, g->out_ids, (size_t)n * sizeof(int32_t), cudaMemcpyDeviceToHost, g->stream), "ids");
    CK(c, cudaStreamSynchronize(g->stream), "argmax");
    return MR_OK;
}

extern "C" int mr_cuda_kv_init(mr_ctx *c, mr_kv *kv, int32_t cap) {
    const mr_hparams *hp = &c->m->hp;
    size_t sz = (size_t)hp->n_dec_layers * cap * hp->inner * sizeof(float);
    memset(kv, 0, sizeof *kv);
    if (cudaMalloc((void **)&kv->k, sz ? sz : 1) != cudaSuccess || cudaMalloc((void **)&kv->v, sz ? sz : 1) != cudaSuccess) {
        cudaFree(kv->k);
        kv->k = kv->v = NULL;
        return MR_ERR_OOM;
    }
    kv->cap = cap;
    kv->on_device = 1;
    return MR_OK;
}

extern "C" void mr_cuda_kv_free(mr_kv *kv) {
    cudaFree(kv->k);
    cudaFree(kv->v);
    kv->k = kv->v = NULL;
}

extern "C" int mr_cuda_kv_copy(mr_ctx *c, mr_kv *dst, const mr_kv *src) {
    const mr_hparams *hp = &c->m->hp;
    size_t row = (size_t)hp->inner * sizeof(float);
    for (int l = 0; l < hp->n_dec_layers; l++) {
        CK(c, cudaMemcpy(dst->k + (int64_t)l * dst->cap * hp->inner, src->k + (int64_t)l * src->cap * hp->inner,
                         (size_t)src->n * row, cudaMemcpyDeviceToDevice), "kv copy");
        CK(c, cudaMemcpy(dst->v + (int64_t)l * dst->cap * hp->inner, src->v + (int64_t)l * src->cap * hp->inner,
                         (size_t)src->n * row, cudaMemcpyDeviceToDevice), "kv copy");
    }
    dst->n = src->n;
    dst->seg = src->seg;
    return MR_OK;
}

/* ------------------------------------------------------------ kernel checks */

struct scratch {
    void *p[8];
    int n;
    ~scratch() { for (int i = 0; i < n; i++) cudaFree(p[i]); }
    template <typename X> X *put(const X *src, size_t count) {
        void *d = NULL;
        if (cudaMalloc(&d, count * sizeof(X) + 1) != cudaSuccess) return NULL;
        p[n++] = d;
        if (src) cudaMemcpy(d, src, count * sizeof(X), cudaMemcpyHostToDevice);
        return (X *)d;
    }
};

static int check_done(void) {
    cudaError_t e = cudaDeviceSynchronize();
    if (e == cudaSuccess) e = cudaGetLastError();
    return e == cudaSuccess ? MR_OK : MR_ERR_UNSUPPORTED;
}

extern "C" int mr_cuda_check_matmul(int device, const mr_tensor *t, const float *x, int64_t T, float *y, int path) {
    if (cudaSetDevice(device) != cudaSuccess) return MR_ERR_UNSUPPORTED;
    scratch s = {{0}, 0};
    dten w = {s.put((const uint8_t *)t->data, t->nbytes), t->type, t->ne[0], t->ne[1]};
    float *dx = s.put(x, (size_t)(T * t->ne[0])), *dy = s.put((const float *)NULL, (size_t)(T * t->ne[1]));
    if (!w.p || !dx || !dy) return MR_ERR_OOM;
    mm_launch(0, w, dx, T, dy, path);
    int rc = check_done();
    if (rc == MR_OK) cudaMemcpy(y, dy, (size_t)(T * t->ne[1]) * sizeof(float), cudaMemcpyDeviceToHost);
    return rc;
}

extern "C" int mr_cuda_check_rmsnorm(int device, const float *x, const float *w, int64_t n, int64_t d, float eps, float *y) {
    if (cudaSetDevice(device) != cudaSuccess) return MR_ERR_UNSUPPORTED;
    scratch s = {{0}, 0};
    float *dx = s.put(x, (size_t)(n * d)), *dw = s.put(w, (size_t)d), *dy = s.put((const float *)NULL, (size_t)(n * d));
    if (!dx || !dw || !dy) return MR_ERR_OOM;
    k_rmsnorm<<<(unsigned)n, 256>>>(dx, dw, d, eps, 1.0f, dy);
    int rc = check_done();
    if (rc == MR_OK) cudaMemcpy(y, dy, (size_t)(n * d) * sizeof(float), cudaMemcpyDeviceToHost);
    return rc;
}

extern "C" int mr_cuda_check_act(int device, float *x, const float *up, int64_t n, int act) {
    if (cudaSetDevice(device) != cudaSuccess) return MR_ERR_UNSUPPORTED;
    scratch s = {{0}, 0};
    float *dx = s.put(x, (size_t)n), *du = up ? s.put(up, (size_t)n) : NULL;
    if (!dx || (up && !du)) return MR_ERR_OOM;
    k_ffn_act<<<(unsigned)((n + 255) / 256), 256>>>(dx, du, n, act);
    int rc = check_done();
    if (rc == MR_OK) cudaMemcpy(x, dx, (size_t)n * sizeof(float), cudaMemcpyDeviceToHost);
    return rc;
}

extern "C" int mr_cuda_check_attention(int device, const float *q, const float *k, const float *v, int32_t nq,
                                       int32_t nk, int32_t n_heads, int32_t d_kv, int32_t causal_off,
                                       const float *rel_b, const int32_t *bucket_tab, int32_t n_tab,
                                       int32_t bucket_off, float *out) {
    if (cudaSetDevice(device) != cudaSuccess) return MR_ERR_UNSUPPORTED;
    int64_t in = (int64_t)n_heads * d_kv;
    scratch s = {{0}, 0};
    float *dq = s.put(q, (size_t)(nq * in)), *dk = s.put(k, (size_t)(nk * in)), *dv = s.put(v, (size_t)(nk * in));
    float *dout = s.put((const float *)NULL, (size_t)(nq * in));
    int32_t nb = 0;
    for (int32_t i = 0; bucket_tab && i < n_tab; i++) nb = bucket_tab[i] + 1 > nb ? bucket_tab[i] + 1 : nb;
    float *db = rel_b ? s.put(rel_b, (size_t)nb * n_heads) : NULL;
    int32_t *dt = bucket_tab ? s.put(bucket_tab, (size_t)n_tab) : NULL;
    seqdesc h;
    memset(&h, 0, sizeof h);
    h.nq = nq; h.nk = nk; h.causal_off = causal_off; h.bucket_off = bucket_off; h.k = dk; h.v = dv;
    seqdesc *dd = s.put(&h, 1);
    if (!dq || !dk || !dv || !dout || !dd) return MR_ERR_OOM;
    dim3 grid((unsigned)nq, (unsigned)n_heads, 1);
    k_attention<<<grid, 128, (size_t)(nk + d_kv) * sizeof(float)>>>(dq, in, dd, 0, d_kv, n_heads, db, dt, dout);
    int rc = check_done();
    if (rc == MR_OK) cudaMemcpy(out, dout, (size_t)(nq * in) * sizeof(float), cudaMemcpyDeviceToHost);
    return rc;
}
