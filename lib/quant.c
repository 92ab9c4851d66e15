/* quant.c - tensor storage types: row sizes, dequantization, q8_0 quantization. */
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
    default: return 0;
    }
}

const char *mr_type_name(uint32_t type) {
    switch (type) {
    case GGML_F32: return "f32";
    case GGML_F16: return "f16";
    case GGML_BF16: return "bf16";
    case GGML_Q8_0: return "q8_0";
    default: return "unsupported";
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
