/* model.c - load a T5 GGUF file: hyper-parameters, tensor lookup and shape
 * checks, the embedded tokenizer. Matrices stay in the mapping; only the
 * small vectors (norm weights, relative-position biases) are copied to f32
 * so that every kernel can read them directly, whatever their storage type. */
#include "model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

mr_model_params mr_model_default_params(void) {
    mr_model_params p = {.use_mmap = 1, .progress_callback = NULL, .progress_data = NULL,
                         .log_callback = NULL, .log_data = NULL, .log_level = MR_LOG_INFO};
    return p;
}

typedef struct {
    mr_model *m;
    char *err;
    size_t errsz;
    uint64_t owned_used;
    const mr_model_params *p;
} loader;

/* Reports progress; 0 when the callback asks to stop (with the message set). */
static int progress(loader *L, float x) {
    if (!L->p->progress_callback || !L->p->progress_callback(x, L->p->progress_data)) return 1;
    mr_fmt(L->err, L->errsz, "load cancelled by the progress callback (at %.0f%%)", 100.0 * x);
    return 0;
}

static int get_u32(loader *L, const char *key, int32_t *out, int required, int32_t dflt) {
    uint32_t v;
    int r = mr_gguf_get_u32(&L->m->file, key, &v, L->err, L->errsz);
    if (r < 0) return 0;
    if (r == 0) {
        if (required) {
            mr_fmt(L->err, L->errsz, "missing key %s", key);
            return 0;
        }
        *out = dflt;
        return 1;
    }
    if (v > INT32_MAX) {
        mr_fmt(L->err, L->errsz, "key %s: %u too large", key, v);
        return 0;
    }
    *out = (int32_t)v;
    return 1;
}

/* Find a tensor and check its shape: ne0 x ne1 (ne1 = 0 for 1-D). */
static const mr_tensor *tensor(loader *L, const char *name, int64_t ne0, int64_t ne1, int required,
                               int *ok) {
    const mr_tensor *t = mr_gguf_tensor(&L->m->file, name);
    if (!t) {
        if (required) {
            mr_fmt(L->err, L->errsz, "missing tensor %s", name);
            *ok = 0;
        }
        return NULL;
    }
    int dims = ne1 ? 2 : 1;
    int good = t->ne[0] == ne0 && t->ne[2] == 1 && t->ne[3] == 1 &&
               (dims == 2 ? t->ne[1] == ne1 : t->ne[1] == 1);
    if (!good) {
        if (dims == 2)
            mr_fmt(L->err, L->errsz, "tensor %s: shape %lldx%lld, expected %lldx%lld", name,
                   (long long)t->ne[0], (long long)t->ne[1], (long long)ne0, (long long)ne1);
        else
            mr_fmt(L->err, L->errsz, "tensor %s: shape %lldx%lld, expected %lld", name,
                   (long long)t->ne[0], (long long)t->ne[1], (long long)ne0);
        *ok = 0;
        return NULL;
    }
    return t;
}

/* Copy a small tensor to f32 in the owned buffer. */
static const float *vec(loader *L, const mr_tensor *t) {
    if (!t) return NULL;
    float *dst = L->m->owned + L->owned_used;
    int64_t rows = t->ne[1];
    for (int64_t r = 0; r < rows; r++) mr_tensor_row_f32(t, r, dst + r * t->ne[0]);
    L->owned_used += (uint64_t)(t->ne[0] * rows);
    return dst;
}

int mr_hparams_set_act(mr_hparams *hp, const char *s, uint64_t n) {
    char buf[32];
    if (n >= sizeof buf || memchr(s, 0, n)) return 0;
    memcpy(buf, s, n);
    buf[n] = 0;
    const char *a = buf;
    int gated = 0;
    mr_act act;
    if (!strncmp(buf, "gated-", 6)) { gated = 1; a = buf + 6; }
    /* transformers maps "gated-gelu" to gelu_new (tanh); plain "gelu" is the erf form */
    if (!strcmp(a, "relu")) act = ACT_RELU;
    else if (!strcmp(a, "gelu")) act = gated ? ACT_GELU_TANH : ACT_GELU_ERF;
    else if (!strcmp(a, "gelu_new") || !strcmp(a, "gelu_pytorch_tanh")) act = ACT_GELU_TANH;
    else if (!strcmp(a, "silu") || !strcmp(a, "swish")) act = ACT_SILU;
    else return 0;
    hp->gated = gated;
    hp->act = act;
    snprintf(hp->ffn_proj, sizeof hp->ffn_proj, "%s", buf);
    return 1;
}

static int load_layers(loader *L, int dec, int *ok) {
    mr_model *m = L->m;
    const mr_hparams *hp = &m->hp;
    int n = dec ? hp->n_dec_layers : hp->n_enc_layers;
    mr_layer *ls = mr_calloc((size_t)n, sizeof *ls);
    if (!ls) {
        mr_fmt(L->err, L->errsz, "out of memory for %d %s layers (%llu bytes)", n, dec ? "decoder" : "encoder",
               (unsigned long long)n * sizeof *ls);
        *ok = 0;
        return 0;
    }
    if (dec) m->dec = ls; else m->enc = ls;
    const char *pre = dec ? "dec" : "enc";
    char name[96];
    int64_t d = hp->d_model, in = hp->inner, ff = hp->d_ff;
#define T(field, suffix, a, b, req) \
    (snprintf(name, sizeof name, "%s.blk.%d." suffix ".weight", pre, i), \
     ls[i].field = tensor(L, name, a, b, req, ok))
    for (int i = 0; i < n && *ok; i++) {
        /* the layers are most of the load: 10% .. 90%, encoder then decoder */
        int done = (dec ? hp->n_enc_layers : 0) + i, all = hp->n_enc_layers + hp->n_dec_layers;
        if (!progress(L, 0.1f + 0.8f * (float)done / (float)(all ? all : 1))) { *ok = 0; return 0; }
        const mr_tensor *nt;
        snprintf(name, sizeof name, "%s.blk.%d.attn_norm.weight", pre, i);
        nt = tensor(L, name, d, 0, 1, ok);
        ls[i].attn_norm = vec(L, nt);
        T(q, "attn_q", d, in, 1);
        T(k, "attn_k", d, in, 1);
        T(v, "attn_v", d, in, 1);
        T(o, "attn_o", in, d, 1);
        if (dec) {
            snprintf(name, sizeof name, "%s.blk.%d.cross_attn_norm.weight", pre, i);
            nt = tensor(L, name, d, 0, 1, ok);
            ls[i].cross_norm = vec(L, nt);
            T(cq, "cross_attn_q", d, in, 1);
            T(ck, "cross_attn_k", d, in, 1);
            T(cv, "cross_attn_v", d, in, 1);
            T(co, "cross_attn_o", in, d, 1);
        }
        snprintf(name, sizeof name, "%s.blk.%d.ffn_norm.weight", pre, i);
        nt = tensor(L, name, d, 0, 1, ok);
        ls[i].ffn_norm = vec(L, nt);
        T(gate, "ffn_gate", d, ff, hp->gated);
        T(up, "ffn_up", d, ff, 1);
        T(down, "ffn_down", ff, d, 1);
    }
#undef T
    return 1;
}

int mr_hparams_check(mr_hparams *hp, int names, char *err, size_t errsz) {
    const int hf = names == MR_HP_CONFIG;
#define NAME(gguf, config) (hf ? config : gguf)
    const struct { const char *name; int32_t v, lo, hi; } r[] = {
        {NAME("t5.embedding_length", "d_model"), hp->d_model, 1, 1 << 16},
        {NAME("t5.feed_forward_length", "d_ff"), hp->d_ff, 1, 1 << 20},
        {NAME("t5.block_count", "num_layers"), hp->n_enc_layers, 1, 1024},
        {NAME("t5.decoder_block_count", "num_decoder_layers"), hp->n_dec_layers, 1, 1024},
        {NAME("t5.attention.head_count", "num_heads"), hp->n_heads, 1, 4096},
        {NAME("t5.attention.key_length", "d_kv"), hp->d_kv, 1, 1 << 14},
        {NAME("t5.attention.relative_buckets_count", "relative_attention_num_buckets"), hp->n_buckets, 2, 1 << 16},
        {NAME("motionrec.relative_attention_max_distance", "relative_attention_max_distance"), hp->max_distance, 1,
         1 << 24},
        {NAME("t5.context_length", "n_positions"), hp->n_ctx_train, 1, 1 << 24},
        {NAME("token_embd.weight rows", "vocab_size"), hp->n_vocab, 1, INT32_MAX},
    };
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        if (r[i].v < r[i].lo || r[i].v > r[i].hi) {
            mr_fmt(err, errsz, "key %s: %d is outside %d..%d", r[i].name, r[i].v, r[i].lo, r[i].hi);
            return 0;
        }
    if ((int64_t)hp->n_heads * hp->d_kv > (1 << 20)) {
        mr_fmt(err, errsz, "key %s x %s: %lld is more than %d", NAME("t5.attention.head_count", "num_heads"),
               NAME("t5.attention.key_length", "d_kv"), (long long)hp->n_heads * hp->d_kv, 1 << 20);
        return 0;
    }
    hp->inner = hp->n_heads * hp->d_kv;
    /* log buckets need max_distance above the exact range */
    int32_t half = hp->n_buckets / 2;
    if (hp->max_distance <= half / 2) {
        mr_fmt(err, errsz, "key %s: %d must exceed %d (a quarter of the buckets)",
               NAME("motionrec.relative_attention_max_distance", "relative_attention_max_distance"),
               hp->max_distance, half / 2);
        return 0;
    }
    /* the epsilon is added to a mean of squares: negative could divide by
     * zero, 1 or more would flatten every activation */
    if (!(hp->eps >= 0 && hp->eps < 1)) {
        mr_fmt(err, errsz, "key %s: %g is outside [0, 1)", NAME("t5.attention.layer_norm_rms_epsilon",
                                                                 "layer_norm_epsilon"), (double)hp->eps);
        return 0;
    }
    const struct { const char *name; int32_t v; } ids[] = {
        {NAME("t5.decoder_start_token_id", "decoder_start_token_id"), hp->decoder_start_id},
        {NAME("tokenizer.ggml.eos_token_id", "eos_token_id"), hp->eos_id},
        {NAME("tokenizer.ggml.padding_token_id", "pad_token_id"), hp->pad_id},
    };
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (ids[i].v < 0 || ids[i].v >= hp->n_vocab) {
            mr_fmt(err, errsz, "key %s: %d is outside the vocabulary 0..%d", ids[i].name, ids[i].v, hp->n_vocab - 1);
            return 0;
        }
#undef NAME
    return 1;
}

static const char *act_name(mr_act a);
static const char *act_name_of(const mr_hparams *hp) { return act_name(hp->act); }

/* path, or else data/size: a file or an image in memory */
static mr_model *load(const char *path, const void *data, size_t size, const mr_model_params *params, char *err,
                      size_t errsz) {
    mr_model_params p = params ? *params : mr_model_default_params();
    if (!path && !data) { mr_fmt(err, errsz, "path is NULL"); return NULL; }
    mr_model *m = mr_calloc(1, sizeof *m);
    if (!m) {
        mr_fmt(err, errsz, "out of memory loading %s (%zu bytes for the model)", path ? path : "a model", sizeof *m);
        return NULL;
    }
    pthread_mutex_init(&m->cuda_lock, NULL);
    loader L = {m, err, errsz, 0, &p};
    if (!progress(&L, 0.0f)) goto fail;
    if ((path ? mr_gguf_open(&m->file, path, p.use_mmap, err, errsz)
              : mr_gguf_open_mem(&m->file, data, size, err, errsz)) != MR_OK)
        goto fail;
    if (!progress(&L, 0.1f)) goto fail;
    gguf_file *f = &m->file;
    const char *arch;
    uint64_t alen;
    int r = mr_gguf_get_str(f, "general.architecture", &arch, &alen, err, errsz);
    if (r == 0) { mr_fmt(err, errsz, "missing key general.architecture"); goto fail; }
    if (r < 0) goto fail;
    if (!(alen == 2 && !memcmp(arch, "t5", 2))) {
        mr_fmt(err, errsz, "general.architecture is \"%.*s\", expected \"t5\"",
               (int)(alen > 32 ? 32 : alen), arch);
        goto fail;
    }
    mr_hparams *hp = &m->hp;
    if (!get_u32(&L, "t5.embedding_length", &hp->d_model, 1, 0) ||
        !get_u32(&L, "t5.feed_forward_length", &hp->d_ff, 1, 0) ||
        !get_u32(&L, "t5.block_count", &hp->n_enc_layers, 1, 0) ||
        !get_u32(&L, "t5.decoder_block_count", &hp->n_dec_layers, 0, hp->n_enc_layers) ||
        !get_u32(&L, "t5.attention.head_count", &hp->n_heads, 1, 0) ||
        !get_u32(&L, "t5.attention.key_length", &hp->d_kv, 0,
                 hp->n_heads ? hp->d_model / hp->n_heads : 0) ||
        !get_u32(&L, "t5.attention.relative_buckets_count", &hp->n_buckets, 0, 32) ||
        !get_u32(&L, "motionrec.relative_attention_max_distance", &hp->max_distance, 0, 128) ||
        !get_u32(&L, "t5.context_length", &hp->n_ctx_train, 0, 512) ||
        !get_u32(&L, "tokenizer.ggml.eos_token_id", &hp->eos_id, 0, 1) ||
        !get_u32(&L, "tokenizer.ggml.padding_token_id", &hp->pad_id, 0, 0) ||
        !get_u32(&L, "t5.decoder_start_token_id", &hp->decoder_start_id, 0, hp->pad_id))
        goto fail;
    int32_t vlen = hp->d_kv;
    if (!get_u32(&L, "t5.attention.value_length", &vlen, 0, hp->d_kv)) goto fail;
    if (vlen != hp->d_kv) {
        mr_fmt(err, errsz, "t5.attention.value_length %d differs from key_length %d", vlen, hp->d_kv);
        goto fail;
    }
    hp->eps = 1e-6f;
    if (mr_gguf_get_f32(f, "t5.attention.layer_norm_rms_epsilon", &hp->eps, err, errsz) < 0) goto fail;
    /* the vocabulary is the embedding's row count; the ids are checked against it */
    m->tok_embd = mr_gguf_tensor(f, "token_embd.weight");
    if (!m->tok_embd) { mr_fmt(err, errsz, "missing tensor token_embd.weight"); goto fail; }
    if (m->tok_embd->ne[1] > INT32_MAX) {
        mr_fmt(err, errsz, "tensor token_embd.weight: %lld rows, at most %d", (long long)m->tok_embd->ne[1], INT32_MAX);
        goto fail;
    }
    hp->n_vocab = (int32_t)m->tok_embd->ne[1];
    if (!mr_hparams_check(hp, MR_HP_GGUF, err, errsz)) goto fail;

    const char *proj;
    uint64_t plen;
    r = mr_gguf_get_str(f, "motionrec.feed_forward_proj", &proj, &plen, err, errsz);
    if (r < 0) goto fail;
    if (r == 1) {
        if (!mr_hparams_set_act(hp, proj, plen)) {
            mr_fmt(err, errsz, "motionrec.feed_forward_proj \"%.*s\" unsupported", (int)(plen > 32 ? 32 : plen), proj);
            goto fail;
        }
    } else if (mr_gguf_tensor(f, "enc.blk.0.ffn_gate.weight")) {
        mr_hparams_set_act(hp, "gated-gelu", 10);
    } else {
        mr_hparams_set_act(hp, "relu", 4);
    }

    int ok = 1;
    if (m->tok_embd->ne[0] != hp->d_model || m->tok_embd->ne[2] != 1 || m->tok_embd->ne[3] != 1) {
        mr_fmt(err, errsz, "tensor token_embd.weight: shape %lldx%lld, expected %dxV",
               (long long)m->tok_embd->ne[0], (long long)m->tok_embd->ne[1], hp->d_model);
        goto fail;
    }
    m->output = tensor(&L, "output.weight", hp->d_model, hp->n_vocab, 0, &ok);
    if (!ok) goto fail;
    m->out_scale = 1.0f;
    if (!m->output) {
        /* llama.cpp writes no `output` for tied checkpoints; transformers then
         * rescales the decoder output by d_model**-0.5 (original T5) */
        m->output = m->tok_embd;
        m->out_scale = 1.0f / sqrtf((float)hp->d_model);
    }
    /* owned f32 space: norms + rel biases */
    uint64_t nvec = (uint64_t)hp->d_model * (2 + 2 * (uint64_t)hp->n_enc_layers + 3 * (uint64_t)hp->n_dec_layers) +
                    2 * (uint64_t)hp->n_buckets * hp->n_heads;
    m->owned = mr_malloc(nvec * sizeof(float));
    if (!m->owned) {
        mr_fmt(err, errsz, "out of memory for the norm weights and position biases (%llu bytes)",
               (unsigned long long)(nvec * sizeof(float)));
        goto fail;
    }
    const mr_tensor *t;
    t = tensor(&L, "enc.blk.0.attn_rel_b.weight", hp->n_heads, hp->n_buckets, 1, &ok);
    m->enc_rel_b = vec(&L, t);
    if (ok) {
        t = tensor(&L, "dec.blk.0.attn_rel_b.weight", hp->n_heads, hp->n_buckets, 1, &ok);
        m->dec_rel_b = vec(&L, t);
    }
    if (ok) { t = tensor(&L, "enc.output_norm.weight", hp->d_model, 0, 1, &ok); m->enc_norm = vec(&L, t); }
    if (ok) { t = tensor(&L, "dec.output_norm.weight", hp->d_model, 0, 1, &ok); m->dec_norm = vec(&L, t); }
    if (!ok) goto fail;
    if (!load_layers(&L, 0, &ok) || !ok || !load_layers(&L, 1, &ok) || !ok) goto fail;
    /* summary: dominant matrix type and bytes */
    m->weight_type = m->enc[0].q->type;
    for (uint64_t i = 0; i < f->n_tensors; i++) m->weight_bytes += f->tensors[i].nbytes;

    if (!progress(&L, 0.9f)) goto fail;
    mr_sp_raw raw;
    r = mr_sp_from_gguf(f, &raw, err, errsz);
    if (r < 0) goto fail;
    if (r == 1) {
        m->tok = mr_tokenizer_build(&raw, 0, err, errsz);
        if (!m->tok) goto fail;
    }
    if (!progress(&L, 1.0f)) goto fail;
    mr_log(p.log_callback, p.log_data, p.log_level, MR_LOG_INFO,
           "loaded %s: T5 (%s), d_model %d, %d encoder + %d decoder layers, vocabulary %d, %s weights, %.1f MiB%s",
           path ? path : "a model from memory", act_name_of(hp), hp->d_model, hp->n_enc_layers, hp->n_dec_layers,
           hp->n_vocab, mr_type_name(m->weight_type), (double)m->weight_bytes / (1 << 20),
           m->tok ? ", with its tokenizer" : "");
    return m;
fail:
    mr_log(p.log_callback, p.log_data, p.log_level, MR_LOG_ERROR, "loading %s failed: %s",
           path ? path : "a model from memory", err && errsz ? err : "");
    mr_model_free(m);
    return NULL;
}

mr_model *mr_model_load(const char *path, const mr_model_params *params, char *err, size_t errsz) {
    return load(path, NULL, 0, params, err, errsz);
}

mr_model *mr_model_load_from_memory(const void *data, size_t size, const mr_model_params *params, char *err,
                                    size_t errsz) {
    if (!data || size == 0) { mr_fmt(err, errsz, "no model image (data NULL or size 0)"); return NULL; }
    return load(NULL, data, size, params, err, errsz);
}

void mr_model_free(mr_model *m) {
    if (!m) return;
    if (m->cuda_release) m->cuda_release(m);
    pthread_mutex_destroy(&m->cuda_lock);
    mr_gguf_close(&m->file);
    free(m->enc);
    free(m->dec);
    free(m->owned);
    mr_tokenizer_free(m->tok);
    free(m);
}

const mr_tokenizer *mr_model_tokenizer(const mr_model *m) { return m ? m->tok : NULL; }

static const char *act_name(mr_act a) {
    switch (a) {
    case ACT_RELU: return "relu";
    case ACT_GELU_TANH: return "gelu_new";
    case ACT_GELU_ERF: return "gelu";
    default: return "silu";
    }
}

mr_status mr_model_get_info(const mr_model *m, mr_model_info *info) {
    if (!m || !info) return MR_ERR_INVALID_ARG;
    const mr_hparams *hp = &m->hp;
    memset(info, 0, sizeof *info);
    info->n_vocab = hp->n_vocab;
    info->d_model = hp->d_model;
    info->d_ff = hp->d_ff;
    info->d_kv = hp->d_kv;
    info->n_heads = hp->n_heads;
    info->n_enc_layers = hp->n_enc_layers;
    info->n_dec_layers = hp->n_dec_layers;
    info->n_rel_buckets = hp->n_buckets;
    info->rel_max_distance = hp->max_distance;
    info->n_ctx_train = hp->n_ctx_train;
    info->decoder_start_id = hp->decoder_start_id;
    info->eos_id = hp->eos_id;
    info->pad_id = hp->pad_id;
    info->gated = hp->gated;
    info->ffn_act = act_name(hp->act);
    info->n_tensors = (int32_t)m->file.n_tensors;
    info->weight_bytes = m->weight_bytes;
    info->weight_type = m->weight_type;
    return MR_OK;
}
