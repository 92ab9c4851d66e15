/* kernels_amx.c - few-row int8 products on AMX tiles (Intel AMX-INT8: Xeon
 * Sapphire Rapids and later): q8_0 weights (q4_0 widened) times 5 to 8
 * rows of kernels_vnni.c's quantized activations (its 8-row panel), the
 * product of batched decoding, beams and label scoring. Other products go
 * to mr_gemm_q8a_vnni, which measured faster there (below).
 *
 * One tdpbssd multiplies 16 weight rows x one block of 32 bytes (tile A) by
 * 8 groups x 8 activation rows x 4 bytes (tile BS) into 16 x 8 int32 (CS):
 * 4,096 signed products, where vpdpbusd does 64; signed times signed, so no
 * side is offset by 128. q8_0 gives every 32-block of a row its own scale,
 * so every block's integer tile is stored and meets the scales in float:
 *     y += (float)(sum_k qw qx) * (dw * dx)
 * the scalar twin's operations in its order: results are bit for bit
 * mr_gemm_q8a_scalar's. Two phases per 16 weight rows: the integer tiles
 * of all blocks (alternating between two sets of tiles, since tiles are
 * not renamed and a tile still in use holds up the next write to it), then
 * the float sums, 16 registers of 8 lanes.
 *
 * Measured against the VNNI few-row panel (one 768 x 2048, 2048 x 768 and
 * 768 x 32128 q8_0 matrix, alternated in one process): 8 rows 1.1x-1.6x;
 * 2 rows 0.5x-0.7x (a tile costs the same for 2 rows as for 8; the VNNI
 * panel's cost falls with the rows). For 16 rows and more the same scheme
 * (16 x 32 int32 per block, 2 KB to store and scale) measured 0.73x-0.95x
 * of the VNNI micro-kernel, which already issues one vpdpbusd per cycle:
 * the per-block scales, not the multiplies, bound it.
 *
 * Tiles: A 0 / 1 (16 rows x 32 bytes: 16 weight rows' block b in place,
 * stride the row's bytes; a slice's last rows and q4_0 rows from a copy
 * padded with zero rows), BS 2 / 3 (8 x 32 bytes: the few-row panel
 * repacked from its lanes to plain group order per call, four dword
 * permutes per block), CS 4 / 5 (16 x 32 bytes). The kernel loads its
 * configuration on entry and releases the tiles on return, so a thread
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
static void few_tiles(const uint8_t *q0, int64_t astride, const uint8_t *xs, int64_t nb, int pf, int32_t *ci) {
    for (int64_t b = 0; b < nb; b++) {
        const uint8_t *ab = q0 + b * sizeof(block_q8_0), *xb = xs + b * 256;
        int32_t *cb = ci + b * MT * 8;
        if (pf && !(b & 1))
            for (int r = 0; r < MT; r++) _mm_prefetch((const char *)ab + r * astride + AHEAD, _MM_HINT_T0);
        if (b & 1) {
            _tile_loadd(1, ab, astride);
            _tile_loadd(3, xb, 32);
            _tile_zero(5);
            _tile_dpbssd(5, 1, 3);
            _tile_stored(5, cb, 32);
        } else {
            _tile_loadd(0, ab, astride);
            _tile_loadd(2, xb, 32);
            _tile_zero(4);
            _tile_dpbssd(4, 0, 2);
            _tile_stored(4, cb, 32);
        }
    }
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

/* scratch (floats): the integer tiles [nb][16][8], the weight rows' block
 * scales [16][nb], the repacked panel (256 bytes and 8 scales per block),
 * 16 rows of q8_0 blocks (q4_0 widened, or a slice's last rows padded with
 * zero rows). */
void mr_gemm_q8a_amx(const mr_tensor *w, const uint8_t *xq, const float *dx, int64_t T, float *y, int64_t ldy,
                     int64_t o0, int64_t o1, float *scratch) {
    if (T > MR_Q8A_SMALL || MR_Q8A_PANEL(T) < 8) { /* measured faster there: see the top */
        mr_gemm_q8a_vnni(w, xq, dx, T, y, ldy, o0, o1, scratch);
        return;
    }
    const int64_t K = w->ne[0], nb = K / QK8_0;
    const uint64_t rb = mr_row_bytes(w->type, K);
    int32_t *ci = (int32_t *)scratch;
    float *ws = (float *)(ci + nb * MT * 8);
    uint8_t *xs = (uint8_t *)(ws + nb * MT);
    float *ds = (float *)(xs + nb * 256);
    block_q8_0 *wide = (block_q8_0 *)(ds + nb * 8);
    tiles_config();
    panel_as_tile_rows(xq, dx, T, nb, xs, ds);
    for (int64_t o = o0; o < o1; o += MT) {
        const int64_t mo = o1 - o < MT ? o1 - o : MT;
        const uint8_t *wr = (const uint8_t *)w->data + (uint64_t)o * rb;
        const uint8_t *a0; /* row 0's first block */
        int64_t astride;
        if (w->type == GGML_Q8_0 && mo == MT) {
            a0 = wr, astride = (int64_t)rb;
        } else {
            for (int64_t r = 0; r < MT; r++) {
                block_q8_0 *dst = wide + r * nb;
                if (r >= mo) memset(dst, 0, (size_t)nb * sizeof *dst);
                else if (w->type == GGML_Q4_0) mr_q4_0_as_q8_0((const block_q4_0 *)(wr + r * rb), nb, dst);
                else memcpy(dst, wr + r * rb, (size_t)nb * sizeof *dst);
            }
            a0 = (const uint8_t *)wide, astride = nb * (int64_t)sizeof(block_q8_0);
        }
        for (int r = 0; r < MT; r++) { /* the block scales, [16][nb] */
            const block_q8_0 *wb = (const block_q8_0 *)(a0 + r * astride);
            int64_t b = 0;
            for (; b + 8 <= nb; b += 8) _mm256_storeu_ps(ws + r * nb + b, scales8(&wb[b], sizeof *wb));
            for (; b < nb; b++) ws[r * nb + b] = _cvtsh_ss(wb[b].d);
        }
        few_tiles(a0 + offsetof(block_q8_0, qs), astride, xs, nb, a0 == wr, ci);
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
