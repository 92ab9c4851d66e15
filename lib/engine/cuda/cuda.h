/* cuda.h - the optional CUDA backend, as seen from the C side.
 *
 * Built with `make CUDA=1` from lib/engine/cuda/t5_cuda.cu; without it,
 * lib/engine/cuda/cuda_none.c answers every call with MR_ERR_UNSUPPORTED so that the
 * library behaves as before. A context chooses the backend
 * (mr_ctx_params.backend); the forward pass (t5.c) then hands encode,
 * decode and the LM head to these functions, which keep the same contract
 * as their CPU twins: the encoder output and the final decoder hidden states
 * are copied back to the context's host buffers, so everything above the
 * forward pass (generation, beams, classification) works unchanged.
 *
 * Weights are uploaded once per device and shared by every context of the
 * model on that device (mr_model.cuda[], guarded by mr_model.cuda_lock).
 * A decoder cache (mr_kv) of a CUDA context lives on the device. */
#ifndef MR_CUDA_H
#define MR_CUDA_H

#include "model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Devices this build can use: 0 without CUDA or without a GPU; err says why. */
MR_INTERNAL int mr_cuda_device_count(char *err, size_t errsz);
/* Sets up c->cuda on the device (uploading the model's weights there first
 * if no other context has). MR_OK, or an error with the reason in c->err. */
MR_INTERNAL int mr_cuda_ctx_init(mr_ctx *c, int device);
MR_INTERNAL void mr_cuda_ctx_free(mr_ctx *c);
/* Frees the device copies of a model's weights (through mr_model.cuda_release). */
MR_INTERNAL void mr_cuda_model_release(mr_model *m);

MR_INTERNAL int mr_cuda_encode(mr_ctx *c, const int32_t *ids, const int32_t *lens, int32_t n_seg);
MR_INTERNAL int mr_cuda_decode(mr_ctx *c, int32_t n_seq, mr_kv *const *kv, const int32_t *cnt,
                               const int32_t *tok, float *h);
/* Logits for the n rows of the last mr_cuda_decode (h is its host copy). */
MR_INTERNAL int mr_cuda_lm_head(mr_ctx *c, const float *h, int32_t n, float *logits);
/* Greedy choice on the device: ids[i] = argmax of the logits of row i of the
 * last LM head (called with logits NULL: nothing copied back), so that only
 * ids cross the bus. */
MR_INTERNAL int mr_cuda_argmax(mr_ctx *c, int32_t n, int32_t ban, int32_t *ids); /* ban: an id never chosen, or -1 */

/* Decoder caches on the device. */
MR_INTERNAL int mr_cuda_kv_init(mr_ctx *c, mr_kv *kv, int32_t cap);
MR_INTERNAL void mr_cuda_kv_free(mr_kv *kv);
/* dst's first src->n positions (every layer) := src's. */
MR_INTERNAL int mr_cuda_kv_copy(mr_ctx *c, mr_kv *dst, const mr_kv *src);

/* Kernel checks (tests/test_cuda.c): one CUDA kernel on host data, so that
 * each can be compared with its scalar twin. Return MR_OK or an error. */
MR_INTERNAL int mr_cuda_check_matmul(int device, const mr_tensor *w, const float *x, int64_t T, float *y,
                                     int path); /* path: 0 auto, 1 gemv, 2 simt gemm, 3 tensor-core gemm */
MR_INTERNAL int mr_cuda_check_rmsnorm(int device, const float *x, const float *w, int64_t n, int64_t d, float eps,
                                      float *y);
MR_INTERNAL int mr_cuda_check_act(int device, float *x, const float *up, int64_t n, int act);
MR_INTERNAL int mr_cuda_check_attention(int device, const float *q, const float *k, const float *v, int32_t nq,
                                        int32_t nk, int32_t n_heads, int32_t d_kv, int32_t causal_off,
                                        const float *rel_b, const int32_t *bucket_tab, int32_t n_tab,
                                        int32_t bucket_off, float *out);

#ifdef __cplusplus
}
#endif
#endif
