/* quant.c - tensor storage types: row sizes, dequantization, and the
 * q8_0, q4_0 and q4_K quantizers (llama.cpp's reference algorithms, so that
 * our files match what its quantizer writes for the same weights). */
#include "internal.h"

#include <math.h>
#include <string.h>

uint64_t mr_row_bytes(uint32_t type, int64_t n) {
    if (n < 0) return 0;
    switch (type) {
    case GGML_F32: return (uint64_t)n * 4;
    case GGML_F16:
    case GGML_BF16: return (uint64_t)n * 2;
    case GGML_Q8_0: return (n % QK8_0) ? 0 : (uint64_t)(n / QK8_0) * sizeof(block_q8_0);
    case GGML_Q4_0: return (n % QK4_0) ? 0 : (uint64_t)(n / QK4_0) * sizeof(block_q4_0);
    case GGML_Q5_0: return (n % 32) ? 0 : (uint64_t)(n / 32) * sizeof(block_q5_0);
    case GGML_Q4_K: return (n % QK_K) ? 0 : (uint64_t)(n / QK_K) * sizeof(block_q4_K);
    case GGML_Q6_K: return (n % QK_K) ? 0 : (uint64_t)(n / QK_K) * sizeof(block_q6_K);
    default: return 0;
    }
}

const char *mr_type_name(uint32_t type) {
    switch (type) {
    case GGML_F32: return "f32";
    case GGML_F16: return "f16";
    case GGML_BF16: return "bf16";
    case GGML_Q8_0: return "q8_0";
    case GGML_Q4_0: return "q4_0";
    case GGML_Q5_0: return "q5_0";
    case GGML_Q4_K: return "q4_K";
    case GGML_Q6_K: return "q6_K";
    default: return "unsupported";
    }
}

int mr_type_supported(uint32_t type) {
    return type == GGML_F32 || type == GGML_F16 || type == GGML_BF16 || type == GGML_Q8_0 ||
           type == GGML_Q4_0 || type == GGML_Q5_0 || type == GGML_Q4_K || type == GGML_Q6_K;
}

/* Scales j < 4 are the low 6 bits of bytes j (scale) and j + 4 (min);
 * scales 4..7 keep their low 4 bits in bytes 8..11 (scale low, min high
 * nibble) and their top 2 bits in the top bits of bytes 0..3 / 4..7. */
void mr_q4_K_scales(const uint8_t *q, uint8_t out[16]) {
    for (int j = 0; j < 4; j++) {
        out[j] = q[j] & 63;
        out[8 + j] = q[j + 4] & 63;
        out[4 + j] = (uint8_t)((q[j + 8] & 0xF) | ((q[j] >> 6) << 4));
        out[12 + j] = (uint8_t)((q[j + 8] >> 4) | ((q[j + 4] >> 6) << 4));
    }
}

void mr_tensor_row_f32(const mr_tensor *t, int64_t r, float *out) {
    int64_t n = t->ne[0];
    const uint8_t *row = (const uint8_t *)t->data + (uint64_t)r * mr_row_bytes(t->type, n);
    switch (t->type) {
    case GGML_F32: memcpy(out, row, (size_t)n * 4); break;
    case GGML_F16: {
        const uint16_t *h = (const uint16_t *)row;
        for (int64_t i = 0; i < n; i++) out[i] = mr_f16_to_f32(h[i]);
        break;
    }
    case GGML_BF16: {
        const uint16_t *h = (const uint16_t *)row;
        for (int64_t i = 0; i < n; i++) out[i] = mr_bf16_to_f32(h[i]);
        break;
    }
    case GGML_Q8_0: {
        const block_q8_0 *b = (const block_q8_0 *)row;
        for (int64_t k = 0; k < n / QK8_0; k++) {
            float d = mr_f16_to_f32(b[k].d);
            for (int j = 0; j < QK8_0; j++) out[k * QK8_0 + j] = d * (float)b[k].qs[j];
        }
        break;
    }
    case GGML_Q4_0: {
        const block_q4_0 *b = (const block_q4_0 *)row;
        for (int64_t k = 0; k < n / QK4_0; k++) {
            float d = mr_f16_to_f32(b[k].d);
            for (int j = 0; j < QK4_0 / 2; j++) {
                out[k * QK4_0 + j] = d * (float)((b[k].qs[j] & 0xF) - 8);
                out[k * QK4_0 + j + 16] = d * (float)((b[k].qs[j] >> 4) - 8);
            }
        }
        break;
    }
    case GGML_Q5_0: {
        const block_q5_0 *b = (const block_q5_0 *)row;
        for (int64_t k = 0; k < n / 32; k++) {
            float d = mr_f16_to_f32(b[k].d);
            uint32_t qh = (uint32_t)b[k].qh[0] | (uint32_t)b[k].qh[1] << 8 | (uint32_t)b[k].qh[2] << 16 |
                          (uint32_t)b[k].qh[3] << 24;
            for (int j = 0; j < 16; j++) {
                int q0 = (b[k].qs[j] & 0xF) | (int)(((qh >> j) & 1) << 4);
                int q1 = (b[k].qs[j] >> 4) | (int)(((qh >> (j + 16)) & 1) << 4);
                out[k * 32 + j] = d * (float)(q0 - 16);
                out[k * 32 + j + 16] = d * (float)(q1 - 16);
            }
        }
        break;
    }
    case GGML_Q4_K: {
        const block_q4_K *b = (const block_q4_K *)row;
        for (int64_t k = 0; k < n / QK_K; k++) {
            float d = mr_f16_to_f32(b[k].d), dmin = mr_f16_to_f32(b[k].dmin);
            uint8_t sm[16];
            mr_q4_K_scales(b[k].scales, sm);
            float *o = out + k * QK_K;
            for (int c = 0; c < 4; c++) {
                float d1 = d * sm[2 * c], m1 = dmin * sm[8 + 2 * c];
                float d2 = d * sm[2 * c + 1], m2 = dmin * sm[8 + 2 * c + 1];
                for (int l = 0; l < 32; l++) {
                    o[64 * c + l] = d1 * (float)(b[k].qs[32 * c + l] & 0xF) - m1;
                    o[64 * c + 32 + l] = d2 * (float)(b[k].qs[32 * c + l] >> 4) - m2;
                }
            }
        }
        break;
    }
    case GGML_Q6_K: {
        /* per 128 elements: 64 ql bytes (low nibbles: elements l and l + 32,
         * high nibbles: l + 64 and l + 96), 32 qh bytes (2 bits for each of
         * the four), 8 scales of 16 elements */
        const block_q6_K *b = (const block_q6_K *)row;
        for (int64_t k = 0; k < n / QK_K; k++) {
            float d = mr_f16_to_f32(b[k].d);
            for (int h = 0; h < 2; h++) {
                const uint8_t *ql = b[k].ql + 64 * h, *qh = b[k].qh + 32 * h;
                const int8_t *sc = b[k].scales + 8 * h;
                float *o = out + k * QK_K + 128 * h;
                for (int l = 0; l < 32; l++) {
                    int is = l / 16;
                    int q1 = ((ql[l] & 0xF) | (((qh[l] >> 0) & 3) << 4)) - 32;
                    int q2 = ((ql[l + 32] & 0xF) | (((qh[l] >> 2) & 3) << 4)) - 32;
                    int q3 = ((ql[l] >> 4) | (((qh[l] >> 4) & 3) << 4)) - 32;
                    int q4 = ((ql[l + 32] >> 4) | (((qh[l] >> 6) & 3) << 4)) - 32;
                    o[l] = d * (float)sc[is] * (float)q1;
                    o[l + 32] = d * (float)sc[is + 2] * (float)q2;
                    o[l + 64] = d * (float)sc[is + 4] * (float)q3;
                    o[l + 96] = d * (float)sc[is + 6] * (float)q4;
                }
            }
        }
        break;
    }
    default: memset(out, 0, (size_t)n * 4);
    }
}

/* ggml's reference q8_0: scale = max|x| / 127, q = round(x / scale). */
void mr_quantize_q8_0(const float *x, int64_t n, block_q8_0 *out) {
    for (int64_t k = 0; k < n / QK8_0; k++) {
        const float *v = x + k * QK8_0;
        float amax = 0.0f;
        for (int j = 0; j < QK8_0; j++) amax = fmaxf(amax, fabsf(v[j]));
        float d = amax / 127.0f, id = d ? 1.0f / d : 0.0f;
        out[k].d = mr_f32_to_f16(d);
        for (int j = 0; j < QK8_0; j++) out[k].qs[j] = (int8_t)roundf(v[j] * id);
    }
}

/* ggml's reference q4_0: the element of largest magnitude maps to -8
 * (d = max / -8), q = trunc(x / d + 8.5) clamped to 15. */
void mr_quantize_q4_0(const float *x, int64_t n, block_q4_0 *out) {
    for (int64_t k = 0; k < n / QK4_0; k++) {
        const float *v = x + k * QK4_0;
        float amax = 0.0f, max = 0.0f;
        for (int j = 0; j < QK4_0; j++)
            if (amax < fabsf(v[j])) { amax = fabsf(v[j]); max = v[j]; }
        float d = max / -8, id = d ? 1.0f / d : 0.0f;
        out[k].d = mr_f32_to_f16(d);
        for (int j = 0; j < QK4_0 / 2; j++) {
            int q0 = (int8_t)(v[j] * id + 8.5f), q1 = (int8_t)(v[j + 16] * id + 8.5f);
            q0 = q0 < 15 ? q0 : 15;
            q1 = q1 < 15 ? q1 : 15;
            out[k].qs[j] = (uint8_t)(q0 | (q1 << 4));
        }
    }
}

/* Round half to even, as ggml's nearest_int (|x| < 2^22). */
static int nearest_int(float f) {
    float v = f + 12582912.0f;
    int32_t i;
    memcpy(&i, &v, 4);
    return (i & 0x007fffff) - 0x00400000;
}

/* Weighted least-squares fit of x ~ scale * L + min with L in [0, nmax],
 * min <= 0: ggml's make_qkx2_quants, which tries nstep + 1 scales around
 * nmax / (max - min) and keeps the one of least weighted squared error.
 * Returns the scale; *neg_min receives -min. */
static float qkx2_fit(int n, int nmax, const float *x, const float *w, uint8_t *L, float *neg_min,
                      float rmin, float rdelta, int nstep) {
    float min = x[0], max = x[0], sum_w = w[0], sum_x = w[0] * x[0];
    for (int i = 1; i < n; i++) {
        if (x[i] < min) min = x[i];
        if (x[i] > max) max = x[i];
        sum_w += w[i];
        sum_x += w[i] * x[i];
    }
    if (min > 0) min = 0;
    if (max == min) {
        memset(L, 0, (size_t)n);
        *neg_min = -min;
        return 0.0f;
    }
    float iscale = nmax / (max - min), scale = 1 / iscale, best = 0;
    for (int i = 0; i < n; i++) {
        int l = nearest_int(iscale * (x[i] - min));
        L[i] = (uint8_t)(l < 0 ? 0 : l > nmax ? nmax : l);
        float diff = scale * L[i] + min - x[i];
        best += w[i] * diff * diff;
    }
    uint8_t Laux[QK_K];
    for (int is = 0; is <= nstep; is++) {
        iscale = (rmin + rdelta * is + nmax) / (max - min);
        float sum_l = 0, sum_l2 = 0, sum_xl = 0;
        for (int i = 0; i < n; i++) {
            int l = nearest_int(iscale * (x[i] - min));
            l = l < 0 ? 0 : l > nmax ? nmax : l;
            Laux[i] = (uint8_t)l;
            sum_l += w[i] * l;
            sum_l2 += w[i] * l * l;
            sum_xl += w[i] * l * x[i];
        }
        float D = sum_w * sum_l2 - sum_l * sum_l;
        if (D > 0) {
            float this_scale = (sum_w * sum_xl - sum_x * sum_l) / D;
            float this_min = (sum_l2 * sum_x - sum_l * sum_xl) / D;
            if (this_min > 0) {
                this_min = 0;
                this_scale = sum_xl / sum_l2;
            }
            float err = 0;
            for (int i = 0; i < n; i++) {
                float diff = this_scale * Laux[i] + this_min - x[i];
                err += w[i] * diff * diff;
            }
            if (err < best) {
                memcpy(L, Laux, (size_t)n);
                best = err;
                scale = this_scale;
                min = this_min;
            }
        }
    }
    *neg_min = -min;
    return scale;
}

/* ggml's reference q4_K: each sub-block of 32 fitted (weights: the
 * sub-block's RMS plus |x|), the 8 scales and 8 mins quantized to 6 bits
 * against their maxima, then every element re-rounded with the stored
 * scale and min. */
void mr_quantize_q4_K(const float *x, int64_t n, block_q4_K *out) {
    for (int64_t k = 0; k < n / QK_K; k++, x += QK_K) {
        block_q4_K *y = out + k;
        uint8_t L[QK_K];
        float w[32], mins[8], scales[8], max_scale = 0, max_min = 0;
        for (int j = 0; j < 8; j++) {
            float sum_x2 = 0;
            for (int l = 0; l < 32; l++) sum_x2 += x[32 * j + l] * x[32 * j + l];
            float av_x = sqrtf(sum_x2 / 32);
            for (int l = 0; l < 32; l++) w[l] = av_x + fabsf(x[32 * j + l]);
            scales[j] = qkx2_fit(32, 15, x + 32 * j, w, L + 32 * j, &mins[j], -1.0f, 0.1f, 20);
            if (scales[j] > max_scale) max_scale = scales[j];
            if (mins[j] > max_min) max_min = mins[j];
        }
        float inv_scale = max_scale > 0 ? 63.0f / max_scale : 0.0f;
        float inv_min = max_min > 0 ? 63.0f / max_min : 0.0f;
        memset(y->scales, 0, sizeof y->scales);
        for (int j = 0; j < 8; j++) {
            /* ggml stores nearest_int into a uint8_t before the clamp to 63 */
            uint8_t ls = (uint8_t)nearest_int(inv_scale * scales[j]);
            uint8_t lm = (uint8_t)nearest_int(inv_min * mins[j]);
            ls = ls < 63 ? ls : 63;
            lm = lm < 63 ? lm : 63;
            if (j < 4) {
                y->scales[j] = ls;
                y->scales[j + 4] = lm;
            } else {
                y->scales[j + 4] = (uint8_t)((ls & 0xF) | ((lm & 0xF) << 4));
                y->scales[j - 4] |= (uint8_t)((ls >> 4) << 6);
                y->scales[j] |= (uint8_t)((lm >> 4) << 6);
            }
        }
        y->d = mr_f32_to_f16(max_scale / 63.0f);
        y->dmin = mr_f32_to_f16(max_min / 63.0f);
        uint8_t sm[16];
        mr_q4_K_scales(y->scales, sm);
        for (int j = 0; j < 8; j++) {
            float d = mr_f16_to_f32(y->d) * sm[j];
            if (!d) continue;
            float dm = mr_f16_to_f32(y->dmin) * sm[8 + j];
            for (int i = 0; i < 32; i++) {
                int l = nearest_int((x[32 * j + i] + dm) / d);
                L[32 * j + i] = (uint8_t)(l < 0 ? 0 : l > 15 ? 15 : l);
            }
        }
        for (int c = 0; c < 4; c++)
            for (int l = 0; l < 32; l++) y->qs[32 * c + l] = (uint8_t)(L[64 * c + l] | (L[64 * c + 32 + l] << 4));
    }
}
