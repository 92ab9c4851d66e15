/* cuda_none.c - the CUDA backend's entry points in a build without it
 * (make without CUDA=1): every call says so, nothing else changes. */
#include "cuda.h"

#ifndef MR_USE_CUDA
#define NO_CUDA "built without CUDA (rebuild with make CUDA=1)"

int mr_cuda_device_count(char *err, size_t errsz) {
    mr_fmt(err, errsz, NO_CUDA);
    return 0;
}
int mr_cuda_ctx_init(mr_ctx *c, int device) {
    (void)device;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, "CUDA backend: " NO_CUDA);
}
void mr_cuda_ctx_free(mr_ctx *c) { (void)c; }
int mr_cuda_encode(mr_ctx *c, const int32_t *ids, const int32_t *lens, int32_t n_seg) {
    (void)ids; (void)lens; (void)n_seg;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, NO_CUDA);
}
int mr_cuda_decode(mr_ctx *c, int32_t n_seq, mr_kv *const *kv, const int32_t *cnt, const int32_t *tok, float *h) {
    (void)n_seq; (void)kv; (void)cnt; (void)tok; (void)h;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, NO_CUDA);
}
int mr_cuda_lm_head(mr_ctx *c, const float *h, int32_t n, float *logits) {
    (void)h; (void)n; (void)logits;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, NO_CUDA);
}
int mr_cuda_argmax(mr_ctx *c, int32_t n, int32_t ban, int32_t *ids) {
    (void)n; (void)ban; (void)ids;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, NO_CUDA);
}
int mr_cuda_kv_init(mr_ctx *c, mr_kv *kv, int32_t cap) {
    (void)kv; (void)cap;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, NO_CUDA);
}
void mr_cuda_kv_free(mr_kv *kv) { (void)kv; }
int mr_cuda_kv_copy(mr_ctx *c, mr_kv *dst, const mr_kv *src) {
    (void)dst; (void)src;
    return MR_ERR(c, MR_ERR_UNSUPPORTED, NO_CUDA);
}
int mr_cuda_check_matmul(int device, const mr_tensor *w, const float *x, int64_t T, float *y, int path) {
    (void)device; (void)w; (void)x; (void)T; (void)y; (void)path;
    return MR_ERR_UNSUPPORTED;
}
int mr_cuda_check_rmsnorm(int device, const float *x, const float *w, int64_t n, int64_t d, float eps, float *y) {
    (void)device; (void)x; (void)w; (void)n; (void)d; (void)eps; (void)y;
    return MR_ERR_UNSUPPORTED;
}
int mr_cuda_check_act(int device, float *x, const float *up, int64_t n, int act) {
    (void)device; (void)x; (void)up; (void)n; (void)act;
    return MR_ERR_UNSUPPORTED;
}
int mr_cuda_check_attention(int device, const float *q, const float *k, const float *v, int32_t nq, int32_t nk,
                            int32_t n_heads, int32_t d_kv, int32_t causal_off, const float *rel_b,
                            const int32_t *bucket_tab, int32_t n_tab, int32_t bucket_off, float *out) {
    (void)device; (void)q; (void)k; (void)v; (void)nq; (void)nk; (void)n_heads; (void)d_kv; (void)causal_off;
    (void)rel_b; (void)bucket_tab; (void)n_tab; (void)bucket_off; (void)out;
    return MR_ERR_UNSUPPORTED;
}
#else
typedef int mr_cuda_none_unused; /* the real backend is lib/engine/cuda/t5_cuda.cu */
#endif
