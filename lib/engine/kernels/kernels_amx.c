/* kernels_amx.c - int8 products on AMX tiles (Intel AMX-INT8: Xeon
 * Sapphire Rapids and later): q8_0 weights (q4_0 widened) times
 * kernels_vnni.c's quantized activations, for 5 to 8 rows (batched
 * decoding, beams, label scoring) and for more than one row block of 32
 * (the encoder, prefill). 2 to 4 rows and 9 to 32 go to mr_gemm_q8a_vnni,
 * which measured faster there (below).
 *
 * tdpbssd multiplies signed by signed bytes, so no side is offset by 128
 * as vpdpbusd needs. q8_0 gives every 32-block of a row its own scale, so
 * every block's integer tile is stored and meets the scales in float:
 *     y += (float)(sum_k qw qx) * (dw * dx)
 * the scalar twin's operations in its order: results are bit for bit
 * mr_gemm_q8a_scalar's (tested).
 *
 * 5 to 8 rows (the few-row panel): one tdpbssd multiplies 16 weight rows x
 * one block of 32 bytes (tile A) by 8 groups x 8 activation rows x 4 bytes
 * (tile BS) into 16 x 8 int32 (CS), 4,096 products where vpdpbusd does 64.
 * Two phases per 16 weight rows: the integer tiles of all blocks
 * (alternating between two sets of tiles, since tiles are not renamed and
 * a tile still in use holds up the next write to it), then the float sums,
 * 16 registers of 8 lanes. Measured against the VNNI few-row panel (one
 * 768 x 2048, 2048 x 768 and 768 x 32128 q8_0 matrix, alternated in one
 * process): 8 rows 1.1x-1.6x; 2 rows 0.5x-0.7x (a tile costs the same for
 * 2 rows as for 8; the VNNI panel's cost falls with the rows).
 *
 * More rows (row blocks of 32): 16 weight rows x 16 activation rows per
 * tile, 8,192 products per tdpbssd, the float work of a block overlapped
 * with the tiles of the next two (many_tiles). Measured in `mr-bench
 * kernels` (128 rows, t5-small and flan-t5-base shapes): 1.22x-1.33x the
 * VNNI micro-kernel; end to end the encoder on 128 tokens 1.07x-1.16x. One
 * row block (a batch of 9 to 32 decoding) measured 0.95x-0.98x: there the
 * VNNI micro-kernel reads each weight once for all 32 rows, the tiles
 * twice. The bound is the tile unit, not the multiplies: per
 * block a tile store (the 16 x 16 integers the scales need) and two loads
 * cost more than the tdpbssd itself; alone they take about 60% of the
 * time, the float sums alone 40%, and the two overlap little (measured
 * with each half removed). An earlier scheme (16 x 32 per block, stored and
 * scaled at once) measured 0.73x-0.95x of the VNNI micro-kernel.
 *
 * Tiles: A 0 / 1 (16 rows x 32 bytes: 16 weight rows' block b in place,
 * stride the row's bytes; a slice's last rows and q4_0 rows from a copy
 * padded with zero rows), BS 2 / 3 (8 x 32 bytes: the few-row panel
 * repacked from its lanes to plain group order per call, four dword
 * permutes per block), CS 4 / 5 (16 x 32 bytes); for row blocks B 2 / 3
 * (8 x 64 bytes: 16 rows' groups in place, 128 bytes apart) and C 4 / 5
 * (16 x 64 bytes). The kernel loads its configuration on entry and releases the tiles on return, so a thread
 * holds no tile state between products.
 *
 * Linux gives a process the tile registers only once it asks
 * (arch_prctl(ARCH_REQ_XCOMP_PERM)); kernels.c asks while detecting the CPU
 * and picks this level only when the answer is yes. */
#include "kernels.h"

#if MR_HAVE_AMX
#include <immintrin.h>
#include <stddef.h>
#include <string.h>

#if defined(__clang__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512bw,avx512vl,avx2,fma,f16c,amx-tile,amx-int8"))), apply_to = function)
#else
#pragma GCC push_options
#pragma GCC target("avx512f,avx512bw,avx512vl,avx2,fma,f16c,amx-tile,amx-int8")
#endif

#include "kernels_scales8.h"

#define MT 16     /* weight rows per A tile */
#define AHEAD 512 /* software prefetch distance along each weight row */

typedef struct {
    uint8_t palette, start_row, reserved[14];
    uint16_t colsb[16];
    uint8_t rows[16];
} tile_cfg;

static void tiles_config(void) {
    tile_cfg c;
    memset(&c, 0, sizeof c);
    c.palette = 1;
    c.rows[0] = c.rows[1] = MT, c.colsb[0] = c.colsb[1] = QK8_0;
    c.rows[2] = c.rows[3] = 8, c.colsb[2] = c.colsb[3] = 32;
    c.rows[4] = c.rows[5] = MT, c.colsb[4] = c.colsb[5] = 32;
    _tile_loadconfig(&c);
}

/* The few-row panel (R = 2, 4 or 8 rows, P = 16 / R lanes per row; vector s
 * of block b holds row t's groups s*P + l in dword lanes t*P + l) as 8 tile
 * rows: out[b][g][t] dwords (rows past R zero), ds[b][t] the rows' scales. */
static void panel_as_tile_rows(const uint8_t *xq, const float *dx, int64_t T, int64_t nb, uint8_t *out, float *ds) {
    const int R = MR_Q8A_PANEL(T), P = 16 / R;
    const __mmask16 live = (__mmask16)(((1u << R) - 1) * 0x0101); /* lanes t < R of both groups */
    __m512i idx[4];
    for (int h = 0; h < 4; h++) {
        int32_t v[16];
        for (int j = 0; j < 16; j++) {
            int g = 2 * h + j / 8, t = j % 8;
            v[j] = t < R ? t * P + g % P : 0;
        }
        idx[h] = _mm512_loadu_si512(v);
    }
    int32_t dv[16];
    for (int t = 0; t < 16; t++) dv[t] = t < R ? t * P : 0;
    const __m512i didx = _mm512_loadu_si512(dv);
    for (int64_t b = 0; b < nb; b++) {
        const uint8_t *xb = xq + b * (512 / P);
        for (int h = 0; h < 4; h++) {
            __m512i src = _mm512_loadu_si512(xb + (2 * h / P) * 64);
            _mm512_storeu_si512(out + b * 256 + h * 64, _mm512_maskz_permutexvar_epi32(live, idx[h], src));
        }
        __m512 d = _mm512_maskz_permutexvar_ps((__mmask16)((1u << R) - 1), didx, _mm512_loadu_ps(dx + b * 16));
        _mm256_storeu_ps(ds + b * 8, _mm512_castps512_ps256(d));
    }
}

/* Phase one: every block's 16 x 8 integer products into ci[b][16][8]. q0:
 * row 0's first block's integers; pf: stream the rows (read in place). */
/* One block's integer tile: the 16 weight rows' block at a (rows astride
 * apart, prefetched ahead every other block when pf), the activations' tile
 * at x (rows xstride apart) into c (rows cstride apart). Odd and even blocks
 * use their own set of tiles (A 0/1, B 2/3, C 4/5): tiles are not renamed,
 * and a tile still in use holds up the next write to it. */
static inline void block_tile(int64_t b, const uint8_t *a, int64_t astride, int pf, const uint8_t *x, int xstride,
                              int32_t *c, int cstride) {
    if (pf && !(b & 1))
        for (int r = 0; r < MT; r++) _mm_prefetch((const char *)a + r * astride + AHEAD, _MM_HINT_T0);
    if (b & 1) {
        _tile_loadd(1, a, astride);
        _tile_loadd(3, x, xstride);
        _tile_zero(5);
        _tile_dpbssd(5, 1, 3);
        _tile_stored(5, c, cstride);
    } else {
        _tile_loadd(0, a, astride);
        _tile_loadd(2, x, xstride);
        _tile_zero(4);
        _tile_dpbssd(4, 0, 2);
        _tile_stored(4, c, cstride);
    }
}

static void few_tiles(const uint8_t *q0, int64_t astride, const uint8_t *xs, int64_t nb, int pf, int32_t *ci) {
    for (int64_t b = 0; b < nb; b++)
        block_tile(b, q0 + b * sizeof(block_q8_0), astride, pf, xs + b * 256, 32, ci + b * MT * 8, 32);
}

/* Phase two: weight row r's sums over the activation rows in acc[r] (8
 * lanes), in block order; ws: the 16 rows' block scales [16][nb], ds: the
 * activation rows' [nb][8]. Writes rows < mo of y for t < T. */
static void few_floats(const int32_t *ci, const float *ws, const float *ds, int64_t nb, int64_t T, int64_t mo,
                       float *y, int64_t ldy) {
    __m256 acc[MT];
    for (int r = 0; r < MT; r++) acc[r] = _mm256_setzero_ps();
    for (int64_t b = 0; b < nb; b++) {
        const int32_t *cb = ci + b * MT * 8;
        const __m256 d8 = _mm256_loadu_ps(ds + b * 8);
        for (int r = 0; r < MT; r++)
            acc[r] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_loadu_si256((const __m256i *)(cb + 8 * r))),
                                     _mm256_mul_ps(_mm256_set1_ps(ws[r * nb + b]), d8), acc[r]);
    }
    float out[MT][8];
    for (int r = 0; r < MT; r++) _mm256_storeu_ps(out[r], acc[r]);
    for (int64_t r = 0; r < mo; r++)
        for (int64_t t = 0; t < T; t++) y[t * ldy + r] = out[r][t];
}

/* More rows: 16 weight rows x 16 activation rows per tile (half of one of
 * kernels_vnni.c's packed row blocks, read in place: its groups of 4 bytes
 * for 32 rows are 128 bytes apart, the first or last 64 of them are one B
 * tile row), one block of 32 per tdpbssd (8,192 products). Each block's
 * 16 x 16 integers are stored to a ring of three buffers and meet the
 * scales two blocks later, so the vector work on a block overlaps the tiles
 * of the next and never reads a tile store that has not yet reached the
 * cache. acc[r] (16 lanes: the activation rows) sums weight row r in block
 * order with the scalar twin's operations: bit for bit its results. */
#define LAG 2 /* blocks between a tile store and the loads of its integers */
#define RING (LAG + 1)
static void many_tiles(const uint8_t *a0, int64_t astride, const float *ws, const uint8_t *xb, const float *db,
                       int64_t nb, int pf, int32_t *ring, float out[MT][16]) {
    __m512 acc[MT];
    _Pragma("GCC unroll 16") for (int r = 0; r < MT; r++) acc[r] = _mm512_setzero_ps();
    for (int64_t b = 0; b < nb + LAG; b++) {
        if (b < nb)
            block_tile(b, a0 + b * sizeof(block_q8_0), astride, pf, xb + b * 8 * 32 * 4, 128, ring + (b % RING) * MT * 16, 64);
        if (b >= LAG) { /* block b - LAG's integers meet the scales */
            const int64_t k = b - LAG;
            const int32_t *cb = ring + (k % RING) * MT * 16;
            const __m512 d = _mm512_loadu_ps(db + k * 32);
            _Pragma("GCC unroll 16") for (int r = 0; r < MT; r++)
                acc[r] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(_mm512_loadu_si512(cb + 16 * r)),
                                         _mm512_mul_ps(_mm512_set1_ps(ws[r * nb + k]), d), acc[r]);
        }
    }
    _Pragma("GCC unroll 16") for (int r = 0; r < MT; r++) _mm512_storeu_ps(out[r], acc[r]);
}

static void tiles_config_many(void) {
    tile_cfg c;
    memset(&c, 0, sizeof c);
    c.palette = 1;
    c.rows[0] = c.rows[1] = MT, c.colsb[0] = c.colsb[1] = QK8_0;
    c.rows[2] = c.rows[3] = 8, c.colsb[2] = c.colsb[3] = 64;
    c.rows[4] = c.rows[5] = MT, c.colsb[4] = c.colsb[5] = 64;
    _tile_loadconfig(&c);
}

/* Rows o..o+15 of w as 16 rows of q8_0 blocks with their scales [16][nb]:
 * in place where it can (a0 = the row block itself), else copied to wide
 * (q4_0 widened, rows past mo zero). Returns the stride between rows. */
static int64_t weight_rows16(const mr_tensor *w, int64_t o, int64_t mo, block_q8_0 *wide, float *ws,
                             const uint8_t **a0) {
    const int64_t nb = w->ne[0] / QK8_0;
    const uint64_t rb = mr_row_bytes(w->type, w->ne[0]);
    const uint8_t *wr = (const uint8_t *)w->data + (uint64_t)o * rb;
    int64_t astride;
    if (w->type == GGML_Q8_0 && mo == MT) {
        *a0 = wr, astride = (int64_t)rb;
    } else {
        for (int64_t r = 0; r < MT; r++) {
            block_q8_0 *dst = wide + r * nb;
            if (r >= mo) memset(dst, 0, (size_t)nb * sizeof *dst);
            else if (w->type == GGML_Q4_0) mr_q4_0_as_q8_0((const block_q4_0 *)(wr + r * rb), nb, dst);
            else memcpy(dst, wr + r * rb, (size_t)nb * sizeof *dst);
        }
        *a0 = (const uint8_t *)wide, astride = nb * (int64_t)sizeof(block_q8_0);
    }
    for (int r = 0; r < MT; r++) { /* the block scales, [16][nb] */
        const block_q8_0 *wb = (const block_q8_0 *)(*a0 + r * astride);
        int64_t b = 0;
        for (; b + 8 <= nb; b += 8) _mm256_storeu_ps(ws + r * nb + b, scales8(&wb[b], sizeof *wb));
        for (; b < nb; b++) ws[r * nb + b] = _cvtsh_ss(wb[b].d);
    }
    return astride;
}

/* T > MR_Q8A_SMALL: weights outer (16 rows read once from memory, then
 * from cache for every 16 activation rows). scratch (floats): the ring
 * (3 x 16 x 16), the scales [16][nb], 16 widened rows. */
static void gemm_many(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y, int64_t ldy,
                      int64_t o0, int64_t o1, float *scratch) {
    const int64_t nb = w->ne[0] / QK8_0;
    int32_t *ring = (int32_t *)scratch;
    float *ws = (float *)(ring + RING * MT * 16);
    block_q8_0 *wide = (block_q8_0 *)(ws + nb * MT);
    float out[MT][16];
    tiles_config_many();
    for (int64_t o = o0; o < o1; o += MT) {
        const int64_t mo = o1 - o < MT ? o1 - o : MT;
        const uint8_t *a0;
        const int64_t astride = weight_rows16(w, o, mo, wide, ws, &a0);
        const uint8_t *q0 = a0 + offsetof(block_q8_0, qs);
        for (int64_t t = 0; t < T; t += 16) {
            const int64_t rbk = t / 32, half = (t / 16) % 2, nt = T - t < 16 ? T - t : 16;
            many_tiles(q0, astride, ws, xq + rbk * nb * 8 * 32 * 4 + half * 64, dx + rbk * nb * 32 + half * 16, nb,
                       t == 0 && a0 != (const uint8_t *)wide, ring, out);
            for (int64_t j = 0; j < nt; j++)
                for (int64_t r = 0; r < mo; r++) y[(t + j) * ldy + o + r] = out[r][j];
        }
    }
    _tile_release();
}

/* scratch (floats): the integer tiles [nb][16][8], the weight rows' block
 * scales [16][nb], the repacked panel (256 bytes and 8 scales per block),
 * 16 rows of q8_0 blocks (q4_0 widened, or a slice's last rows padded with
 * zero rows). */
void mr_gemm_q8a_amx(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y, int64_t ldy,
                     int64_t o0, int64_t o1, float *scratch) {
    if (T > 32) {
        gemm_many(w, xq, dx, T, y, ldy, o0, o1, scratch);
        return;
    }
    if (T > MR_Q8A_SMALL || MR_Q8A_PANEL(T) < 8) { /* measured faster there: see the top */
        mr_gemm_q8a_vnni(w, xq, dx, T, y, ldy, o0, o1, scratch);
        return;
    }
    const int64_t K = w->ne[0], nb = K / QK8_0;
    int32_t *ci = (int32_t *)scratch;
    float *ws = (float *)(ci + nb * MT * 8);
    uint8_t *xs = (uint8_t *)(ws + nb * MT);
    float *ds = (float *)(xs + nb * 256);
    block_q8_0 *wide = (block_q8_0 *)(ds + nb * 8);
    tiles_config();
    panel_as_tile_rows(xq, dx, T, nb, xs, ds);
    for (int64_t o = o0; o < o1; o += MT) {
        const int64_t mo = o1 - o < MT ? o1 - o : MT;
        const uint8_t *a0;
        const int64_t astride = weight_rows16(w, o, mo, wide, ws, &a0);
        few_tiles(a0 + offsetof(block_q8_0, qs), astride, xs, nb, a0 != (const uint8_t *)wide, ci);
        few_floats(ci, ws, ds, nb, T, mo, y + o, ldy);
    }
    _tile_release();
}

#if defined(__clang__)
#pragma clang attribute pop
#else
#pragma GCC pop_options
#endif
#endif
