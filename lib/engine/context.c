/* context.c - the per-thread run state: buffers sized once at creation,
 * relative-position bucket tables, encoder entry point, teacher-forced logits. */
#include "model.h"
#include "cuda.h"

#include <stdlib.h>
#include <string.h>

mr_ctx_params mr_ctx_default_params(void) {
    mr_ctx_params p = {.n_ctx = 0, .n_dec_max = 0, .n_threads = 0, .kernels = 0,
                       .backend = MR_BACKEND_CPU, .device = 0, .cpu_fallback = 0, .reduced_precision = 0,
                       .abort_callback = NULL, .abort_data = NULL, .log_callback = NULL, .log_data = NULL,
                       .log_level = MR_LOG_INFO, .pool = NULL, .n_seq_max = 0};
    return p;
}

static float *falloc(int64_t n, int *ok) {
    float *p = calloc((size_t)(n > 0 ? n : 1), sizeof(float));
    if (!p) *ok = 0;
    return p;
}

mr_ctx *mr_ctx_new(const mr_model *m, const mr_ctx_params *params) {
    mr_ctx *c = NULL;
    return mr_ctx_init(m, params, &c, NULL, 0) == MR_OK ? c : NULL;
}

static mr_ctx *ctx_cpu(const mr_model *m, const mr_ctx_params *params);

mr_status mr_ctx_init(const mr_model *m, const mr_ctx_params *params, mr_ctx **out, char *err, size_t errsz) {
    if (out) *out = NULL;
    if (!m || !out) { mr_fmt(err, errsz, "mr_ctx_init: model and out are required"); return MR_ERR_INVALID_ARG; }
    mr_ctx_params p = params ? *params : mr_ctx_default_params();
    if (p.backend != MR_BACKEND_CPU && p.backend != MR_BACKEND_CUDA) {
        mr_fmt(err, errsz, "unknown backend %d (MR_BACKEND_CPU or MR_BACKEND_CUDA)", p.backend);
        return MR_ERR_INVALID_ARG;
    }
    /* Each field in its documented range; a value outside is a mistake in
     * the caller, and quietly using the default would hide it. */
    const struct { const char *name; int32_t v, lo, hi; } r[] = {
        {"n_ctx", p.n_ctx, 0, 1 << 20},       {"n_dec_max", p.n_dec_max, 0, 1 << 20},
        {"n_threads", p.n_threads, 0, 256},   {"kernels", p.kernels, 0, 7},
        {"device", p.device, 0, MR_CUDA_MAX_DEVICES - 1}, {"n_seq_max", p.n_seq_max, 0, 1 << 16},
    };
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        if (r[i].v < r[i].lo || r[i].v > r[i].hi) {
            mr_fmt(err, errsz, "mr_ctx_params.%s %d is outside %d..%d", r[i].name, r[i].v, r[i].lo, r[i].hi);
            return MR_ERR_INVALID_ARG;
        }
    if (p.pool) { /* the shared pool sets the thread count */
        int32_t n = mr_threadpool_size(p.pool);
        if (p.n_threads && p.n_threads != n) {
            mr_fmt(err, errsz, "mr_ctx_params.n_threads %d differs from the shared pool's %d threads (0 takes the pool's)",
                   p.n_threads, n);
            return MR_ERR_INVALID_ARG;
        }
        p.n_threads = n;
    }
    mr_ctx *c = ctx_cpu(m, &p);
    if (!c) { mr_fmt(err, errsz, "out of memory creating a context"); return MR_ERR_OOM; }
    if (p.backend == MR_BACKEND_CUDA) {
        /* the CUDA kernels read f32, f16, bf16 and q8_0 weights */
        const mr_tensor *q = NULL;
        for (uint64_t i = 0; i < m->file.n_tensors && !q; i++) {
            uint32_t t = m->file.tensors[i].type;
            if (t != GGML_F32 && t != GGML_F16 && t != GGML_BF16 && t != GGML_Q8_0) q = &m->file.tensors[i];
        }
        int rc = q ? MR_ERR(c, MR_ERR_UNSUPPORTED, "CUDA backend: tensor %s is %s (f32, f16, bf16, q8_0 run on "
                                                   "the GPU)", q->name, mr_type_name(q->type))
                   : mr_cuda_ctx_init(c, p.device);
        if (rc != MR_OK) {
            if (!p.cpu_fallback) {
                mr_fmt(err, errsz, "%s", c->err);
                mr_ctx_free(c);
                return (mr_status)rc;
            }
            /* asked for: run on the CPU, and say so */
            mr_fmt(err, errsz, "%s; running on the CPU (cpu_fallback)", c->err);
            mr_log(p.log_callback, p.log_data, p.log_level, MR_LOG_WARN, "%s; running on the CPU (cpu_fallback)", c->err);
            c->p.backend = MR_BACKEND_CPU;
        } else {
            /* the generation cache moves to the device */
            mr_kv_free(&c->kv);
            if ((rc = mr_ctx_kv_init(c, &c->kv, c->p.n_dec_max)) != MR_OK) {
                mr_fmt(err, errsz, "CUDA: cannot allocate the decoder cache on the device");
                mr_ctx_free(c);
                return (mr_status)rc;
            }
        }
    }
    c->err[0] = 0;
    mr_log(c->p.log_callback, c->p.log_data, c->p.log_level, MR_LOG_INFO,
           "context: n_ctx %d, n_dec_max %d, %d thread%s, kernels %s, backend %s", c->p.n_ctx, c->p.n_dec_max,
           c->p.n_threads, c->p.n_threads == 1 ? "" : "s", c->kern->name,
           c->p.backend == MR_BACKEND_CUDA ? "CUDA" : "CPU");
    *out = c;
    return MR_OK;
}

/* Make the row buffers hold `rows` rows, the encoder output and
 * cross-attention buffers `enc_rows` rows, and the segment tables `segs`
 * inputs. Buffers only grow; their contents are not kept (every encode and
 * decode step writes them before reading). A batch encode may hold more
 * rows than n_ctx in all: n_ctx limits each input, not the batch. */
static int ctx_grow(mr_ctx *c, int64_t rows, int64_t enc_rows, int64_t segs) {
    const mr_hparams *hp = &c->m->hp;
    int64_t d = hp->d_model, in = hp->inner, w = d > in ? d : in;
    int64_t wmax = w > hp->d_ff ? w : hp->d_ff;
    if (rows > (1 << 24) || enc_rows > (1 << 24) || segs > (1 << 24)) return MR_ERR_OOM;
    int ok = 1;
    if (rows > c->cap_rows) {
        float **bufs[] = {&c->x, &c->xn, &c->q, &c->k, &c->v, &c->att};
        for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) {
            free(*bufs[i]);
            *bufs[i] = falloc(rows * w, &ok);
        }
        free(c->ff1);
        free(c->ff2);
        c->ff1 = falloc(rows * hp->d_ff, &ok);
        c->ff2 = falloc(rows * hp->d_ff, &ok);
        if (c->kern->gemm_q8a || c->kern->gemv_qa) {
            free(c->xq);
            free(c->xqd);
            c->xq = malloc((size_t)(MR_Q8A_ROWS(rows) * wmax));
            c->xqd = falloc(MR_Q8A_DX(rows, wmax + 32), &ok); /* GEMV: nb scales, a gap, nb sums */
            if (!c->xq) ok = 0;
        }
        if (c->p.reduced_precision && c->kern->gemm_bf16) {
            free(c->xb);
            c->xb = malloc((size_t)(MR_Q8A_ROWS(rows) * wmax) * sizeof *c->xb);
            if (!c->xb) ok = 0;
        }
        c->cap_rows = ok ? (int32_t)rows : 0;
    }
    if (ok && enc_rows > c->enc_cap) {
        free(c->enc_out);
        free(c->cross_k);
        free(c->cross_v);
        c->enc_out = falloc(enc_rows * d, &ok);
        c->cross_k = falloc((int64_t)hp->n_dec_layers * enc_rows * in, &ok);
        c->cross_v = falloc((int64_t)hp->n_dec_layers * enc_rows * in, &ok);
        c->enc_cap = ok ? (int32_t)enc_rows : 0;
    }
    if (ok && segs > c->seg_cap) {
        free(c->seg_off);
        free(c->seg_len);
        c->seg_off = malloc((size_t)segs * sizeof(int32_t));
        c->seg_len = malloc((size_t)segs * sizeof(int32_t));
        if (!c->seg_off || !c->seg_len) ok = 0;
        c->seg_cap = ok ? (int32_t)segs : 0;
    }
    return ok ? MR_OK : MR_ERR_OOM;
}

static mr_ctx *ctx_cpu(const mr_model *m, const mr_ctx_params *params) {
    mr_ctx *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->m = m;
    c->p = params ? *params : mr_ctx_default_params();
    const mr_hparams *hp = &m->hp;
    if (c->p.n_ctx <= 0) c->p.n_ctx = hp->n_ctx_train > 0 ? hp->n_ctx_train : 512;
    if (c->p.n_dec_max <= 0) c->p.n_dec_max = c->p.n_ctx;
    if (c->p.n_threads == 0) c->p.n_threads = 1;
    c->kern = mr_kern_get((mr_kern_level)c->p.kernels); /* ranges checked by mr_ctx_init */
    int32_t rows = c->p.n_ctx > c->p.n_dec_max ? c->p.n_ctx : c->p.n_dec_max;
    int64_t d = hp->d_model, in = hp->inner, w = d > in ? d : in;
    int64_t wmax = w > hp->d_ff ? w : hp->d_ff;
    int ok = 1;
    c->rows = rows;
    if (ctx_grow(c, rows, c->p.n_ctx, c->p.n_ctx) != MR_OK) ok = 0;
    c->scores = falloc((int64_t)c->p.n_threads * rows, &ok);
    c->wrow_stride = MR_KERN_SCRATCH(wmax);
    c->wrow = falloc((int64_t)c->p.n_threads * c->wrow_stride, &ok);
    {
        int64_t dk = hp->d_kv, r = rows, big = dk > r ? dk : r;
        c->ascratch_stride = 4 * r * dk + r * r + MR_KERN_SCRATCH(big);
        c->ascratch = falloc((int64_t)c->p.n_threads * c->ascratch_stride, &ok);
    }
    c->pool = c->p.pool ? c->p.pool : mr_pool_new(c->p.n_threads);
    if (!c->pool) ok = 0;
    c->logits = falloc(hp->n_vocab, &ok);
    c->bucket_enc = malloc((size_t)(2 * c->p.n_ctx - 1) * sizeof(int32_t));
    c->bucket_dec = malloc((size_t)c->p.n_dec_max * sizeof(int32_t));
    if (!ok || !c->bucket_enc || !c->bucket_dec || mr_kv_init(&c->kv, hp, c->p.n_dec_max) != MR_OK) {
        mr_ctx_free(c);
        return NULL;
    }
    for (int32_t r = -(c->p.n_ctx - 1); r <= c->p.n_ctx - 1; r++)
        c->bucket_enc[r + c->p.n_ctx - 1] = mr_rel_bucket(r, 1, hp->n_buckets, hp->max_distance);
    for (int32_t r = -(c->p.n_dec_max - 1); r <= 0; r++)
        c->bucket_dec[r + c->p.n_dec_max - 1] = mr_rel_bucket(r, 0, hp->n_buckets, hp->max_distance);
    c->rng = 0x853c49e6748fea9bull;
    return c;
}

int mr_kv_init(mr_kv *kv, const mr_hparams *hp, int32_t cap) {
    size_t sz = (size_t)hp->n_dec_layers * (size_t)cap * (size_t)hp->inner * sizeof(float);
    kv->k = malloc(sz ? sz : 1);
    kv->v = malloc(sz ? sz : 1);
    kv->n = 0;
    kv->cap = cap;
    kv->seg = 0;
    kv->on_device = 0;
    if (!kv->k || !kv->v) {
        mr_kv_free(kv);
        return MR_ERR_OOM;
    }
    return MR_OK;
}

int mr_ctx_kv_init(mr_ctx *c, mr_kv *kv, int32_t cap) {
    if (c->cuda) return mr_cuda_kv_init(c, kv, cap);
    return mr_kv_init(kv, &c->m->hp, cap);
}

int mr_kv_copy(mr_ctx *c, mr_kv *dst, const mr_kv *src) {
    if (dst->cap < src->n) return MR_ERR(c, MR_ERR_INVALID_ARG, "cache copy: %d positions into %d", src->n, dst->cap);
    if (src->on_device || dst->on_device) {
        if (!(src->on_device && dst->on_device)) return MR_ERR(c, MR_ERR_STATE, "cache copy between host and device");
        return mr_cuda_kv_copy(c, dst, src);
    }
    const mr_hparams *hp = &c->m->hp;
    for (int l = 0; l < hp->n_dec_layers; l++) {
        memcpy(dst->k + (int64_t)l * dst->cap * hp->inner, src->k + (int64_t)l * src->cap * hp->inner,
               (size_t)src->n * hp->inner * sizeof(float));
        memcpy(dst->v + (int64_t)l * dst->cap * hp->inner, src->v + (int64_t)l * src->cap * hp->inner,
               (size_t)src->n * hp->inner * sizeof(float));
    }
    dst->n = src->n;
    dst->seg = src->seg;
    return MR_OK;
}

void mr_kv_free(mr_kv *kv) {
    if (kv->on_device) {
        mr_cuda_kv_free(kv);
        kv->on_device = 0;
    }
    free(kv->k);
    free(kv->v);
    kv->k = kv->v = NULL;
    kv->n = kv->cap = 0;
}

void mr_ctx_free(mr_ctx *c) {
    if (!c) return;
    mr_kv_free(&c->kv);
    mr_cuda_ctx_free(c);
    float *bufs[] = {c->enc_out, c->cross_k, c->cross_v, c->x, c->xn, c->q, c->k, c->v,
                     c->att, c->ff1, c->ff2, c->scores, c->wrow, c->logits};
    for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) free(bufs[i]);
    free(c->bucket_enc);
    free(c->bucket_dec);
    free(c->seg_off);
    free(c->seg_len);
    if (c->pool != c->p.pool) mr_pool_free(c->pool); /* a shared pool is its owner's */
    free(c->xq);
    free(c->xqd);
    free(c->xb);
    free(c->ascratch);
    free(c);
}

const char *mr_ctx_errmsg(const mr_ctx *c) { return c ? c->err : "context is NULL"; }

mr_status mr_encode(mr_ctx *c, const int32_t *ids, int32_t n) {
    return mr_encode_batch(c, &ids, &n, 1);
}

static mr_status encode_batch(mr_ctx *c, const int32_t *const *ids, const int32_t *lens, int32_t n_inputs);

mr_status mr_encode_batch(mr_ctx *c, const int32_t *const *ids, const int32_t *lens, int32_t n_inputs) {
    int timed = c && MR_LOGS(c->p, MR_LOG_DEBUG);
    double t0 = timed ? mr_now_ms() : 0;
    mr_status rc = encode_batch(c, ids, lens, n_inputs);
    if (timed)
        mr_log(c->p.log_callback, c->p.log_data, c->p.log_level, MR_LOG_DEBUG, "encode: %d input%s, %d tokens, %.2f ms%s%s",
               n_inputs, n_inputs == 1 ? "" : "s", c->n_enc, mr_now_ms() - t0, rc ? ": " : "", rc ? c->err : "");
    return rc;
}

static mr_status encode_batch(mr_ctx *c, const int32_t *const *ids, const int32_t *lens, int32_t n_inputs) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    c->n_enc = 0;
    c->n_seg = 0;
    c->cross_ready = 0;
    if (!ids || !lens || n_inputs <= 0) return MR_ERR(c, MR_ERR_INVALID_ARG, "no inputs");
    if (c->p.n_seq_max > 0 && n_inputs > c->p.n_seq_max)
        return MR_ERR(c, MR_ERR_TOO_LONG, "a batch of %d inputs exceeds n_seq_max %d", n_inputs, c->p.n_seq_max);
    int64_t total = 0;
    for (int32_t i = 0; i < n_inputs; i++) {
        if (lens[i] <= 0) return MR_ERR(c, MR_ERR_EMPTY, "empty encoder input %d", i);
        if (!ids[i]) return MR_ERR(c, MR_ERR_INVALID_ARG, "ids of input %d is NULL", i);
        if (lens[i] > c->p.n_ctx && n_inputs == 1)
            return MR_ERR(c, MR_ERR_TOO_LONG, "input of %d tokens exceeds n_ctx %d", lens[i], c->p.n_ctx);
        if (lens[i] > c->p.n_ctx)
            return MR_ERR(c, MR_ERR_TOO_LONG, "input %d: %d tokens exceed n_ctx %d", i, lens[i], c->p.n_ctx);
        total += lens[i];
    }
    /* n_ctx bounds each input; a batch longer in all grows the buffers */
    if (!c->cuda && ctx_grow(c, total, total, n_inputs) != MR_OK)
        return MR_ERR(c, MR_ERR_OOM, "out of memory for a batch of %d inputs, %lld tokens in all", n_inputs,
                      (long long)total);
    if (total > c->enc_cap || n_inputs > c->seg_cap)
        return MR_ERR(c, MR_ERR_TOO_LONG, "inputs of %lld tokens in all exceed n_ctx %d on the CUDA backend",
                      (long long)total, c->p.n_ctx);
    /* the batch's ids, one input after another, staged in ff2: mr_t5_encode
     * reads them (check, embed) before the FFN first uses that buffer */
    int32_t *all = (int32_t *)c->ff2;
    for (int32_t i = 0, off = 0; i < n_inputs; off += lens[i], i++)
        memcpy(all + off, ids[i], (size_t)lens[i] * sizeof(int32_t));
    int rc = mr_t5_encode(c, all, lens, n_inputs);
    if (rc != MR_OK) { c->n_enc = 0; c->n_seg = 0; }
    return rc;
}

const float *mr_encoder_output(const mr_ctx *c, int32_t *n_tokens, int32_t *d_model) {
    return mr_encoder_output_of(c, 0, n_tokens, d_model);
}

const float *mr_encoder_output_of(const mr_ctx *c, int32_t input, int32_t *n_tokens, int32_t *d_model) {
    int ok = c && c->n_enc && input >= 0 && input < c->n_seg;
    if (n_tokens) *n_tokens = ok ? c->seg_len[input] : 0;
    if (d_model) *d_model = c ? c->m->hp.d_model : 0;
    return ok ? c->enc_out + (int64_t)c->seg_off[input] * c->m->hp.d_model : NULL;
}

mr_status mr_decoder_logits(mr_ctx *c, const int32_t *dec_ids, int32_t n_dec, float *logits,
                            int64_t cap) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    if (!c->n_enc) return MR_ERR(c, MR_ERR_STATE, "call mr_encode before mr_decoder_logits");
    if (!dec_ids || !logits) return MR_ERR(c, MR_ERR_INVALID_ARG, "NULL ids or logits");
    if (n_dec <= 0) return MR_ERR(c, MR_ERR_EMPTY, "no decoder ids");
    int64_t need = (int64_t)n_dec * c->m->hp.n_vocab;
    if (cap < need)
        return MR_ERR(c, MR_ERR_BUFFER_TOO_SMALL, "logits buffer holds %lld floats, %lld needed",
                      (long long)cap, (long long)need);
    c->kv.n = 0;
    mr_kv *kv = &c->kv;
    int rc = mr_t5_decode(c, 1, &kv, &n_dec, dec_ids, c->x);
    if (rc != MR_OK) return rc;
    /* mr_t5_decode leaves the final hidden states in c->x (rows 0..n-1) */
    return mr_t5_lm_head(c, c->x, n_dec, logits);
}
