/* t5.c - the T5 forward passes: encoder, cross-attention keys/values,
 * decoder step with a self-attention cache, LM head.
 *
 * Pre-norm residual blocks, exactly as transformers' T5Stack:
 *   x += Wo attn(norm(x))            (self-attention, relative position bias)
 *   x += Wo cross(norm(x), enc_out)  (decoder only, no position bias)
 *   x += Wdown act(Wgate norm(x)) * (Wup norm(x))   (gated) or Wdown act(Wup norm(x))
 * Scores are not scaled by 1/sqrt(d_kv): T5 trains with that folded into Wq.
 * The bias comes from block 0's table and is shared by every block. */
#include "model.h"
#include "cuda.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#ifdef MR_USE_BLAS
#include <cblas.h>
#endif

/* ------------------------------------------------------------ threaded dispatch */

typedef struct {
    mr_ctx *c;
    const mr_tensor *w;
    const float *x;
    int64_t T;
    float *y;
    int q8a; /* int8 path: activations already in c->xq / c->xqd (1: GEMM, 2: GEMV, as qa);
                3: bf16 activations in c->xb */
    mr_qact qa;
} mm_job;

static void mm_worker(void *arg, int ith, int nth) {
    mm_job *j = arg;
    int64_t out = j->w->ne[1];
    /* contiguous slices of output rows, in multiples of 32 so that packed
     * panels stay whole; each output is computed by exactly one thread with
     * the same arithmetic, so results do not depend on the thread count */
    int64_t chunk = ((out + nth - 1) / nth + 31) / 32 * 32;
    int64_t o0 = (int64_t)ith * chunk, o1 = o0 + chunk < out ? o0 + chunk : out;
    if (o0 >= o1) return;
    float *scratch = j->c->wrow + ith * j->c->wrow_stride;
    if (j->q8a == 3) j->c->kern->gemm_bf16(j->w, j->c->xb, j->T, j->y, out, o0, o1, scratch);
    else if (j->q8a == 2) j->c->kern->gemv_qa(j->w, &j->qa, j->y, o0, o1);
    else if (j->q8a) j->c->kern->gemm_q8a(j->w, j->c->xq, j->c->xqd, j->T, j->y, out, o0, o1, scratch);
    else j->c->kern->gemm(j->w, j->x, j->T, j->y, out, o0, o1, scratch);
}

void mr_mm(mr_ctx *c, const mr_tensor *w, const float *x, int64_t T, float *y) {
#ifdef MR_USE_BLAS
    if (w->type == GGML_F32 && T > 1) { /* make BLAS=1: f32 GEMM through OpenBLAS */
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)T, (int)w->ne[1], (int)w->ne[0], 1.0f,
                    x, (int)w->ne[0], (const float *)w->data, (int)w->ne[0], 0.0f, y, (int)w->ne[1]);
        return;
    }
#endif
    mm_job j = {c, w, x, T, y, 0, {NULL, NULL, NULL}};
    int q8 = w->type == GGML_Q8_0, q4 = w->type == GGML_Q4_0 || w->type == GGML_Q4_K;
    if ((q8 || w->type == GGML_Q4_0) && T > 1 && c->kern->gemm_q8a) {
        /* compute-bound q8_0 / q4_0 product: int8 dot products on quantized
         * activations; for a few rows too, where the 32-row panel carries
         * padding: vpdpbusd's four byte products per lane still beat
         * widening the weights to float */
        c->kern->quantize_act(x, T, w->ne[0], c->xq, c->xqd);
        j.q8a = 1;
    } else if (w->type == GGML_BF16 && T > MR_SMALL_T && c->p.reduced_precision && c->kern->gemm_bf16 &&
               w->ne[0] % 2 == 0) {
        /* allowed reduced precision: bf16 x bf16 products (vdpbf16ps) */
        mr_pack_bf16(x, T, w->ne[0], c->xb);
        j.q8a = 3;
    } else if ((q8 || q4) && T == 1 && c->kern->gemv_qa) {
        /* decode: int8 dot products keep the one-row product bound by memory;
         * the block sums follow the scales in xqd */
        int64_t nb = w->ne[0] / 32;
        j.qa = (mr_qact){(int8_t *)c->xq, c->xqd, (int32_t *)(c->xqd + nb + 1)};
        mr_quantize_qact(w->type, x, w->ne[0], &j.qa);
        j.q8a = 2;
    }
    mr_pool_run(c->pool, mm_worker, &j);
}

/* One sequence's attention: queries q [nq, inner], keys and values k, v
 * [nk, inner], out [nq, inner]; causal_off >= 0: query i sees keys
 * 0..i+causal_off; bucket_off indexes tab by (key - query) + bucket_off. */
typedef struct {
    const float *q, *k, *v;
    int32_t nq, nk, causal_off, bucket_off;
    float *out;
} attn_seq;

typedef struct {
    mr_ctx *c;
    const attn_seq *seq;
    int32_t n_seq;
    const float *rel_b;   /* [n_buckets, n_heads] or NULL */
    const int32_t *tab;
} attn_job;

/* Attention of one head for many queries through the GEMM kernel:
 * S = Q K^T (+ bias, causal cut), softmax per row, O = S V. */
static void attn_head_gemm(mr_ctx *c, const attn_job *jb, const attn_seq *j, int32_t h, float *ws) {
    const mr_hparams *hp = &c->m->hp;
    const int32_t dk = hp->d_kv, nq = j->nq, nk = j->nk;
    const int64_t ld = hp->inner;
    float *qa = ws, *ka = qa + (int64_t)c->rows * dk, *vt = ka + (int64_t)c->rows * dk;
    float *S = vt + (int64_t)c->rows * dk, *ob = S + (int64_t)c->rows * c->rows;
    float *gs = ob + (int64_t)c->rows * dk;
    for (int32_t i = 0; i < nq; i++) memcpy(qa + (int64_t)i * dk, j->q + i * ld + h * dk, (size_t)dk * sizeof(float));
    for (int32_t t = 0; t < nk; t++) {
        memcpy(ka + (int64_t)t * dk, j->k + t * ld + h * dk, (size_t)dk * sizeof(float));
        for (int32_t e = 0; e < dk; e++) vt[(int64_t)e * nk + t] = j->v[t * ld + h * dk + e];
    }
    mr_tensor kt = {.type = GGML_F32, .n_dims = 2, .ne = {dk, nk, 1, 1}, .data = ka};
    mr_tensor vtt = {.type = GGML_F32, .n_dims = 2, .ne = {nk, dk, 1, 1}, .data = vt};
    c->kern->gemm(&kt, qa, nq, S, nk, 0, nk, gs);
    for (int32_t i = 0; i < nq; i++) {
        float *row = S + (int64_t)i * nk;
        int32_t nkeys = j->causal_off >= 0 ? (i + j->causal_off + 1 < nk ? i + j->causal_off + 1 : nk) : nk;
        if (jb->rel_b)
            for (int32_t t = 0; t < nkeys; t++) row[t] += jb->rel_b[jb->tab[t - i + j->bucket_off] * hp->n_heads + h];
        c->kern->softmax(row, nkeys);
        for (int32_t t = nkeys; t < nk; t++) row[t] = 0.0f;
    }
    c->kern->gemm(&vtt, S, nq, ob, dk, 0, dk, gs);
    for (int32_t i = 0; i < nq; i++) memcpy(j->out + i * ld + h * dk, ob + (int64_t)i * dk, (size_t)dk * sizeof(float));
}

/* The (sequence, head) pairs of the job, split evenly across threads: a
 * batch of one-token decoder steps is one dispatch per layer, not one per
 * sequence. Each pair is computed as on its own, so results do not depend
 * on the batch or the thread count. */
static void attn_worker(void *arg, int ith, int nth) {
    attn_job *jb = arg;
    mr_ctx *c = jb->c;
    const mr_hparams *hp = &c->m->hp;
    int64_t n = (int64_t)jb->n_seq * hp->n_heads;
    int64_t per = (n + nth - 1) / nth, i0 = ith * per, i1 = i0 + per < n ? i0 + per : n;
    for (int64_t it = i0; it < i1; it++) {
        const attn_seq *j = &jb->seq[it / hp->n_heads];
        int32_t h = (int32_t)(it % hp->n_heads);
        if (j->nq >= 8) /* many queries: two GEMMs per head */
            attn_head_gemm(c, jb, j, h, c->ascratch + ith * c->ascratch_stride);
        else
            mr_attention(c->kern, j->q, hp->inner, j->k, j->v, hp->inner, j->nq, j->nk, h, h + 1, hp->d_kv,
                         j->causal_off, jb->rel_b, jb->tab, j->bucket_off, hp->n_heads, j->out, hp->inner,
                         c->scores + (int64_t)ith * c->rows);
    }
}

/* Attention over all heads of n_seq sequences, (sequence, head) pairs split across threads. */
static void attend_all(mr_ctx *c, const attn_seq *seq, int32_t n_seq, const float *rel_b, const int32_t *tab) {
    attn_job j = {c, seq, n_seq, rel_b, tab};
    mr_pool_run(c->pool, attn_worker, &j);
}

static void attend(mr_ctx *c, const float *q, const float *k, const float *v, int32_t nq, int32_t nk,
                   int32_t causal_off, const float *rel_b, const int32_t *tab, int32_t bucket_off,
                   float *out) {
    attn_seq s = {q, k, v, nq, nk, causal_off, bucket_off, out};
    attend_all(c, &s, 1, rel_b, tab);
}

/* ------------------------------------------------------------ blocks */

static void add_inplace(float *x, const float *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) x[i] += y[i];
}

static void act(mr_ctx *c, float *x, int64_t n) {
    if (c->m->hp.act == ACT_GELU_TANH) c->kern->gelu_tanh(x, n);
    else if (c->m->hp.act == ACT_RELU) c->kern->relu(x, n);
    else mr_act_inplace(x, n, c->m->hp.act);
}

static void ffn(mr_ctx *c, const mr_layer *L, int32_t n) {
    const mr_hparams *hp = &c->m->hp;
    int64_t d = hp->d_model, ff = hp->d_ff;
    mr_rmsnorm(c->x, L->ffn_norm, n, d, hp->eps, c->xn);
    if (L->gate) {
        mr_mm(c, L->gate, c->xn, n, c->ff1);
        act(c, c->ff1, n * ff);
        mr_mm(c, L->up, c->xn, n, c->ff2);
        for (int64_t i = 0; i < n * ff; i++) c->ff1[i] *= c->ff2[i];
    } else {
        mr_mm(c, L->up, c->xn, n, c->ff1);
        act(c, c->ff1, n * ff);
    }
    mr_mm(c, L->down, c->ff1, n, c->att);
    add_inplace(c->x, c->att, n * d);
}

static void embed(mr_ctx *c, const int32_t *ids, int32_t n) {
    int64_t d = c->m->hp.d_model;
    for (int32_t t = 0; t < n; t++) mr_tensor_row_f32(c->m->tok_embd, ids[t], c->x + t * d);
}

static int check_ids(mr_ctx *c, const int32_t *ids, int32_t n) {
    for (int32_t i = 0; i < n; i++)
        if (ids[i] < 0 || ids[i] >= c->m->hp.n_vocab)
            return MR_ERR(c, MR_ERR_TOKEN, "token %d at position %d is outside the vocabulary [0, %d)",
                          ids[i], i, c->m->hp.n_vocab);
    return MR_OK;
}

static int encode_cpu(mr_ctx *c, const int32_t *ids, int32_t n, const int32_t *lens, int32_t n_seg);

int mr_t5_encode(mr_ctx *c, const int32_t *ids, const int32_t *lens, int32_t n_seg) {
    int32_t n = 0;
    for (int32_t s = 0; s < n_seg; s++) n += lens[s];
    int rc = check_ids(c, ids, n);
    if (rc == MR_OK) rc = mr_ctx_check_abort(c);
    if (rc != MR_OK) return rc;
    if (c->cuda) {
        if ((rc = mr_cuda_encode(c, ids, lens, n_seg)) != MR_OK) return rc;
    } else if ((rc = encode_cpu(c, ids, n, lens, n_seg)) != MR_OK) {
        c->n_enc = 0; /* half an encoder output is none: encode again */
        c->n_seg = 0;
        c->cross_ready = 0;
        return rc;
    }
    c->n_enc = n;
    c->n_seg = n_seg;
    for (int32_t s = 0, off = 0; s < n_seg; off += lens[s], s++) {
        c->seg_off[s] = off;
        c->seg_len[s] = lens[s];
    }
    c->cross_ready = c->cuda != NULL; /* the GPU computes cross K/V during its encode */
    return MR_OK;
}

static int encode_cpu(mr_ctx *c, const int32_t *ids, int32_t n, const int32_t *lens, int32_t n_seg) {
    const mr_model *m = c->m;
    const mr_hparams *hp = &m->hp;
    int64_t d = hp->d_model, in = hp->inner;
    embed(c, ids, n);
    for (int l = 0; l < hp->n_enc_layers; l++) {
        int rc = l ? mr_ctx_check_abort(c) : MR_OK;
        if (rc != MR_OK) return rc;
        const mr_layer *L = &m->enc[l];
        mr_rmsnorm(c->x, L->attn_norm, n, d, hp->eps, c->xn);
        mr_mm(c, L->q, c->xn, n, c->q);
        mr_mm(c, L->k, c->xn, n, c->k);
        mr_mm(c, L->v, c->xn, n, c->v);
        for (int32_t s = 0, off = 0; s < n_seg; off += lens[s], s++) {
            int64_t o = (int64_t)off * in;
            attend(c, c->q + o, c->k + o, c->v + o, lens[s], lens[s], -1, m->enc_rel_b, c->bucket_enc,
                   c->p.n_ctx - 1, c->att + o);
        }
        mr_mm(c, L->o, c->att, n, c->xn);
        add_inplace(c->x, c->xn, n * d);
        ffn(c, L, n);
    }
    mr_rmsnorm(c->x, m->enc_norm, n, d, hp->eps, c->enc_out);
    return MR_OK;
}

/* Cross-attention keys and values depend only on the encoder output:
 * computed once per mr_encode, shared by every decoder step and sequence. */
int mr_t5_cross_kv(mr_ctx *c) {
    if (c->cross_ready) return MR_OK;
    const mr_model *m = c->m;
    int64_t plane = (int64_t)c->enc_cap * m->hp.inner;
    for (int l = 0; l < m->hp.n_dec_layers; l++) {
        mr_mm(c, m->dec[l].ck, c->enc_out, c->n_enc, c->cross_k + l * plane);
        mr_mm(c, m->dec[l].cv, c->enc_out, c->n_enc, c->cross_v + l * plane);
    }
    c->cross_ready = 1;
    return MR_OK;
}

int mr_t5_decode(mr_ctx *c, int32_t n_seq, mr_kv *const *kv, const int32_t *cnt,
                 const int32_t *tok, float *h) {
    const mr_model *m = c->m;
    const mr_hparams *hp = &m->hp;
    int64_t d = hp->d_model, in = hp->inner;
    int32_t N = 0;
    for (int32_t s = 0; s < n_seq; s++) {
        if (cnt[s] <= 0) return MR_ERR(c, MR_ERR_EMPTY, "no decoder tokens for sequence %d", s);
        if (kv[s]->seg < 0 || kv[s]->seg >= c->n_seg)
            return MR_ERR(c, MR_ERR_INVALID_ARG, "sequence %d refers to input %d of %d", s, kv[s]->seg, c->n_seg);
        if (kv[s]->n + cnt[s] > kv[s]->cap || kv[s]->n + cnt[s] > c->p.n_dec_max)
            return MR_ERR(c, MR_ERR_TOO_LONG, "decoder length %d exceeds n_dec_max %d",
                          kv[s]->n + cnt[s], c->p.n_dec_max);
        N += cnt[s];
    }
    if (N <= 0) return MR_ERR(c, MR_ERR_EMPTY, "no decoder tokens");
    if (N > c->cap_rows) return MR_ERR(c, MR_ERR_TOO_LONG, "%d decoder tokens at once exceed %d", N, c->cap_rows);
    int rc = check_ids(c, tok, N);
    if (rc == MR_OK) rc = mr_ctx_check_abort(c);
    if (rc != MR_OK) return rc;
    if (c->cuda) return mr_cuda_decode(c, n_seq, kv, cnt, tok, h);
    if ((rc = mr_t5_cross_kv(c)) != MR_OK) return rc;
    embed(c, tok, N);
    int64_t cplane = (int64_t)c->enc_cap * in;
    attn_seq *seq = malloc((size_t)n_seq * sizeof *seq);
    if (!seq) return MR_ERR(c, MR_ERR_OOM, "out of memory for %d sequences", n_seq);
    for (int l = 0; l < hp->n_dec_layers; l++) {
        const mr_layer *L = &m->dec[l];
        mr_rmsnorm(c->x, L->attn_norm, N, d, hp->eps, c->xn);
        mr_mm(c, L->q, c->xn, N, c->q);
        mr_mm(c, L->k, c->xn, N, c->k);
        mr_mm(c, L->v, c->xn, N, c->v);
        /* append each sequence's keys/values to its cache, then attend: query i
         * of a sequence sits at position pos + i and sees keys 0..pos+i;
         * bucket_dec is indexed by (key - query) + n_dec_max - 1 */
        int32_t row = 0;
        for (int32_t s = 0; s < n_seq; s++) {
            int64_t plane = (int64_t)kv[s]->cap * in;
            float *K = kv[s]->k + l * plane, *V = kv[s]->v + l * plane;
            int32_t pos = kv[s]->n;
            memcpy(K + (int64_t)pos * in, c->k + (int64_t)row * in, (size_t)(cnt[s] * in) * sizeof(float));
            memcpy(V + (int64_t)pos * in, c->v + (int64_t)row * in, (size_t)(cnt[s] * in) * sizeof(float));
            seq[s] = (attn_seq){c->q + (int64_t)row * in, K, V, cnt[s], pos + cnt[s], pos,
                                c->p.n_dec_max - 1 - pos, c->att + (int64_t)row * in};
            row += cnt[s];
        }
        attend_all(c, seq, n_seq, m->dec_rel_b, c->bucket_dec);
        mr_mm(c, L->o, c->att, N, c->xn);
        add_inplace(c->x, c->xn, N * d);
        /* cross-attention over the (shared) encoder output */
        mr_rmsnorm(c->x, L->cross_norm, N, d, hp->eps, c->xn);
        mr_mm(c, L->cq, c->xn, N, c->q);
        for (int32_t s = 0, r0 = 0; s < n_seq; r0 += cnt[s], s++) {
            int32_t seg = kv[s]->seg;
            int64_t eo = (int64_t)c->seg_off[seg] * in;
            seq[s] = (attn_seq){c->q + (int64_t)r0 * in, c->cross_k + l * cplane + eo, c->cross_v + l * cplane + eo,
                                cnt[s], c->seg_len[seg], -1, 0, c->att + (int64_t)r0 * in};
        }
        attend_all(c, seq, n_seq, NULL, NULL);
        mr_mm(c, L->co, c->att, N, c->xn);
        add_inplace(c->x, c->xn, N * d);
        ffn(c, L, N);
    }
    free(seq);
    for (int32_t s = 0; s < n_seq; s++) kv[s]->n += cnt[s];
    mr_rmsnorm(c->x, m->dec_norm, N, d, hp->eps, h);
    if (m->out_scale != 1.0f)
        for (int64_t i = 0; i < N * d; i++) h[i] *= m->out_scale;
    return MR_OK;
}

int mr_t5_lm_head(mr_ctx *c, const float *h, int32_t n, float *logits) {
    if (c->cuda) return mr_cuda_lm_head(c, h, n, logits);
    mr_mm(c, c->m->output, h, n, logits);
    return MR_OK;
}
