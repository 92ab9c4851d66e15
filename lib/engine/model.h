/* model.h - the loaded model (read-only, shareable) and the per-context run
 * state. Internal to lib/. Shapes use d = d_model, inner = n_heads * d_kv,
 * V = n_vocab; matrices are GGUF tensors with ne = {in, out}: row o of the
 * tensor holds the weights of output o (a PyTorch [out, in] weight). */
#ifndef MR_MODEL_H
#define MR_MODEL_H

#include "internal.h"
#include "kernels.h"

#include <pthread.h>

#define MR_CUDA_MAX_DEVICES 16

typedef struct mr_hparams {
    int32_t n_vocab, d_model, d_ff, d_kv, n_heads, inner;
    int32_t n_enc_layers, n_dec_layers;
    int32_t n_buckets, max_distance;
    int32_t n_ctx_train;
    int32_t decoder_start_id, eos_id, pad_id;
    float eps;
    int gated;                 /* wi_0 (gate, activated) * wi_1 (up) */
    mr_act act;
    char ffn_proj[32];         /* the config's feed_forward_proj, for info */
} mr_hparams;

/* The names mr_hparams_check gives a value in its messages: the GGUF key
 * the loader read it from, or the config.json key the converter did. */
enum { MR_HP_GGUF = 0, MR_HP_CONFIG = 1 };

/* Every hyper-parameter in the range the forward pass supports (sizes,
 * layer and head counts, buckets and max_distance, context length, the
 * epsilon, the eos / decoder start / pad ids inside n_vocab), so that the
 * converter refuses exactly what the loader would refuse. Sets hp->inner.
 * 1 when all hold; 0 with the message naming the key. */
MR_INTERNAL int mr_hparams_check(mr_hparams *hp, int names, char *err, size_t errsz);
/* feed_forward_proj ("relu", "gated-gelu", "gelu_new", "silu", ...; n bytes)
 * -> hp->act, hp->gated, hp->ffn_proj. 0 when unsupported. */
MR_INTERNAL int mr_hparams_set_act(mr_hparams *hp, const char *s, uint64_t n);

typedef struct mr_layer {
    const float *attn_norm;    /* [d] */
    const mr_tensor *q, *k, *v;/* {d, inner} */
    const mr_tensor *o;        /* {inner, d} */
    const float *cross_norm;   /* [d], decoder only */
    const mr_tensor *cq, *ck, *cv, *co;
    const float *ffn_norm;     /* [d] */
    const mr_tensor *gate;     /* {d, d_ff}, NULL unless gated */
    const mr_tensor *up;       /* {d, d_ff} */
    const mr_tensor *down;     /* {d_ff, d} */
} mr_layer;

struct mr_model {
    gguf_file file;
    mr_hparams hp;
    const mr_tensor *tok_embd; /* {d, V} */
    const mr_tensor *output;   /* {d, V}: the LM head */
    float out_scale;           /* applied to the decoder output before the LM head:
                                  1, or d**-0.5 for tied files that lack `output` */
    const float *enc_rel_b;    /* [n_buckets][n_heads] from enc.blk.0.attn_rel_b */
    const float *dec_rel_b;    /* [n_buckets][n_heads] */
    const float *enc_norm, *dec_norm; /* [d] */
    mr_layer *enc, *dec;
    float *owned;              /* f32 copies of the small vectors above */
    mr_tokenizer *tok;         /* NULL if the file has none */
    int weight_type;
    uint64_t weight_bytes;
    /* Device copies of the weights, one per GPU, made by the first CUDA
     * context on that device and shared by the others (lib/engine/cuda/cuda.h). The only
     * part of a loaded model that changes, hence the lock. */
    void *cuda[MR_CUDA_MAX_DEVICES];
    pthread_mutex_t cuda_lock;
    /* set by the CUDA backend with the first device copy, so that freeing
     * a model releases them without the model knowing the backend */
    void (*cuda_release)(struct mr_model *m);
};

/* Decoder cache of one sequence: self-attention keys/values per layer. */
typedef struct mr_kv {
    float *k, *v;              /* [n_dec_layers][cap][inner] */
    int32_t n;                 /* positions filled */
    int32_t cap;               /* positions it can hold */
    int32_t seg;               /* which input of the last encode it attends to */
    int on_device;             /* k, v are CUDA device pointers */
} mr_kv;

struct mr_ctx {
    const mr_model *m;
    mr_ctx_params p;
    char err[512];
    /* encoder output and the cross-attention keys/values derived from it;
     * a batch encode stores its inputs one after another (segments) */
    int32_t n_enc;             /* total rows */
    int32_t n_seg;
    int32_t *seg_off, *seg_len;/* [seg_cap] */
    int32_t seg_cap;           /* inputs one encode can hold (n_ctx, grown by larger batches) */
    int32_t enc_cap;           /* encoder rows the buffers below hold: n_ctx at first, grown by a
                                  batch whose inputs together are longer (each is at most n_ctx) */
    float *enc_out;            /* [enc_cap][d] */
    float *cross_k, *cross_v;  /* [n_dec_layers][enc_cap][inner] */
    int cross_ready;
    /* relative position buckets, computed once per context */
    int32_t *bucket_enc;       /* [2*n_ctx-1]: bucket of (j - i) at index j - i + n_ctx - 1 */
    int32_t *bucket_dec;       /* [n_dec_max]: bucket of rel = key - query <= 0 at rel + n_dec_max - 1 */
    /* decoder cache for generation / teacher forcing (cap n_dec_max); beams
     * and classification make their own, sized to what they need */
    mr_kv kv;
    /* scratch: rows is the longest sequence attention sees, max(n_ctx,
     * n_dec_max); the row buffers hold cap_rows >= rows rows, grown when a
     * batch encode has more rows in all */
    int32_t rows, cap_rows;
    float *x, *xn, *q, *k, *v, *att, *ff1, *ff2; /* [cap_rows][max(d, inner)] / [cap_rows][d_ff] */
    float *scores;             /* [n_threads][rows] attention scores */
    float *wrow;               /* [n_threads][4 * max(d, d_ff, inner)] dequantized weight rows */
    int64_t wrow_stride;       /* floats per thread in wrow */
    const mr_kern *kern;       /* kernels chosen for this CPU (or forced by params) */
    float *ascratch;           /* [n_threads][ascratch_stride]: per-head Q, K, V^T, scores, output */
    int64_t ascratch_stride;
    uint8_t *xq;               /* [cap_rows][max in] int8 activations for gemm_q8a */
    float *xqd;                /* MR_Q8A_DX(cap_rows, max in): their block scales and sums */
    uint16_t *xb;              /* [cap_rows][max in] bf16 activations for gemm_bf16
                                  (reduced_precision only) */
    mr_pool *pool;
    float *logits;             /* [V] */
    uint64_t rng;
    void *cuda;                /* the CUDA backend's state when params.backend says so (lib/engine/cuda/cuda.h) */
};

#define MR_ERR(ctx, code, ...) (mr_fmt((ctx)->err, sizeof (ctx)->err, __VA_ARGS__), (code))

/* MR_OK to go on, or MR_ERR_CANCELLED when the context's abort callback
 * says to stop (asked between layers and before decoder steps). */
static inline int mr_ctx_check_abort(mr_ctx *c) {
    if (c->p.abort_callback && c->p.abort_callback(c->p.abort_data))
        return MR_ERR(c, MR_ERR_CANCELLED, "cancelled by the abort callback");
    return MR_OK;
}


/* t5.c: forward passes */
/* Encode n_seg inputs at once (ids concatenated, lens[i] tokens each): one
 * pass through the weights, attention within each input. */
MR_INTERNAL int mr_t5_encode(mr_ctx *c, const int32_t *ids, const int32_t *lens, int32_t n_seg);
MR_INTERNAL int mr_t5_cross_kv(mr_ctx *c);
/* Run several decoder sequences at once over the current encoder output:
 * sequence s appends cnt[s] tokens (tok holds them all, sequence after
 * sequence) at the next positions of its cache kv[s]. Matrix products run
 * over all rows together; attention is per sequence. Writes the final
 * (normed, scaled) hidden states [sum cnt][d] into h. */
MR_INTERNAL int mr_t5_decode(mr_ctx *c, int32_t n_seq, mr_kv *const *kv, const int32_t *cnt,
                             const int32_t *tok, float *h);
MR_INTERNAL int mr_kv_init(mr_kv *kv, const mr_hparams *hp, int32_t cap);
MR_INTERNAL void mr_kv_free(mr_kv *kv);
/* A cache where the context computes: host memory, or the GPU for a CUDA context. */
MR_INTERNAL int mr_ctx_kv_init(mr_ctx *c, mr_kv *kv, int32_t cap);
/* dst's first src->n positions := src's (beam search forks a hypothesis). */
MR_INTERNAL int mr_kv_copy(mr_ctx *c, mr_kv *dst, const mr_kv *src);
MR_INTERNAL int mr_t5_lm_head(mr_ctx *c, const float *h, int32_t n, float *logits);
/* Threaded matrix multiply through the context's kernels: y = x W^T. */
MR_INTERNAL void mr_mm(mr_ctx *c, const mr_tensor *w, const float *x, int64_t T, float *y);

#endif
