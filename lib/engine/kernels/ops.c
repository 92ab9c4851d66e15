/* ops.c - scalar reference kernels: matrix multiply over any weight type,
 * RMS norm, activations, softmax, relative position buckets, attention.
 * These are the twins that faster kernels are tested against. */
#include "kernels.h"

#include <math.h>
#include <string.h>

/* The scalar kernel's dot product (8 partial sums in a fixed order). */
static float dot_f32(const float *a, const float *b, int64_t n) {
    return mr_kern_get(MR_KERN_SCALAR)->dot(a, b, n);
}

/* y[t][o] = sum_i x[t][i] * W[o][i] for t < n_rows: the scalar reference. */
void mr_matmul(const mr_tensor *w, const float *x, int64_t n_rows, float *y, float *wrow) {
    mr_kern_get(MR_KERN_SCALAR)->gemm(w, x, n_rows, y, w->ne[1], 0, w->ne[1], wrow);
}

/* T5LayerNorm: no mean subtraction, no bias; the variance is accumulated in
 * float (transformers upcasts to float32 for half-precision models too). */
void mr_rmsnorm(const float *x, const float *w, int64_t n_rows, int64_t d, float eps, float *y) {
    for (int64_t t = 0; t < n_rows; t++) {
        const float *xr = x + t * d;
        float *yr = y + t * d;
        float ss = dot_f32(xr, xr, d) / (float)d;
        float r = 1.0f / sqrtf(ss + eps);
        for (int64_t i = 0; i < d; i++) yr[i] = w[i] * (xr[i] * r);
    }
}

void mr_act_inplace(float *x, int64_t n, mr_act act) {
    switch (act) {
    case ACT_RELU:
        for (int64_t i = 0; i < n; i++) x[i] = x[i] > 0 ? x[i] : 0;
        break;
    case ACT_GELU_TANH: /* gelu_new: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) */
        for (int64_t i = 0; i < n; i++) {
            float v = x[i];
            x[i] = 0.5f * v * (1.0f + tanhf(0.7978845608028654f * (v + 0.044715f * v * v * v)));
        }
        break;
    case ACT_GELU_ERF:
        for (int64_t i = 0; i < n; i++) x[i] = 0.5f * x[i] * (1.0f + erff(x[i] * 0.7071067811865476f));
        break;
    case ACT_SILU:
        for (int64_t i = 0; i < n; i++) x[i] = x[i] / (1.0f + expf(-x[i]));
        break;
    }
}

void mr_act_gelu_tail(float *x, int64_t n) { mr_act_inplace(x, n, ACT_GELU_TANH); }

void mr_softmax_inplace(float *x, int64_t n) {
    float mx = -INFINITY;
    for (int64_t i = 0; i < n; i++) mx = x[i] > mx ? x[i] : mx;
    float sum = 0;
    for (int64_t i = 0; i < n; i++) {
        x[i] = expf(x[i] - mx);
        sum += x[i];
    }
    float inv = 1.0f / sum;
    for (int64_t i = 0; i < n; i++) x[i] *= inv;
}

/* transformers' T5Attention._relative_position_bucket, with rel = key - query.
 * Half the buckets hold exact small distances; the rest grow logarithmically
 * up to max_distance. The log is taken in float32, as torch does, so that
 * distances on a bucket boundary land where transformers puts them. */
int32_t mr_rel_bucket(int32_t rel, int bidirectional, int32_t n_buckets, int32_t max_distance) {
    int32_t bucket = 0, nb = n_buckets;
    if (bidirectional) {
        nb /= 2;
        if (rel > 0) bucket += nb;
        rel = rel < 0 ? -rel : rel;
    } else {
        rel = rel < 0 ? -rel : 0;
    }
    int32_t max_exact = nb / 2;
    if (rel < max_exact) return bucket + rel;
    float l = logf((float)rel / (float)max_exact) / (float)log((double)max_distance / max_exact) *
              (float)(nb - max_exact);
    int32_t large = max_exact + (int32_t)l;
    if (large > nb - 1) large = nb - 1;
    return bucket + large;
}

void mr_attention(const mr_kern *kn, const float *q, int64_t ldq, const float *k, const float *v,
                  int64_t ldkv, int32_t nq, int32_t nk, int32_t h0, int32_t h1, int32_t d_kv,
                  int32_t causal_off, const float *rel_b, const int32_t *bucket_tab,
                  int32_t bucket_off, int32_t n_heads_b, float *out, int64_t ldo, float *scores) {
    for (int32_t h = h0; h < h1; h++) {
        for (int32_t i = 0; i < nq; i++) {
            const float *qi = q + i * ldq + h * d_kv;
            int32_t nkeys = causal_off >= 0 ? (i + causal_off + 1 < nk ? i + causal_off + 1 : nk) : nk;
            kn->dots(qi, k + h * d_kv, ldkv, nkeys, d_kv, scores);
            if (rel_b)
                for (int32_t j = 0; j < nkeys; j++) scores[j] += rel_b[bucket_tab[j - i + bucket_off] * n_heads_b + h];
            mr_softmax_inplace(scores, nkeys);
            kn->mix(out + i * ldo + h * d_kv, scores, v + h * d_kv, ldkv, nkeys, d_kv);
        }
    }
}
