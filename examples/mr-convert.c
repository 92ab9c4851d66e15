/* mr-convert - Hugging Face T5 checkpoint (config.json, model.safetensors or a
 * sharded index, spiece.model) -> GGUF v3 with llama.cpp's T5 names.
 *
 *   mr-convert HF_DIR OUT.gguf [--type f32|f16|bf16|q8_0|q4_0|q4_K]
 *
 * Matrices are written in the chosen type (q8_0 and q4_0 only where a row is
 * a whole number of 32-blocks, q4_K of 256-blocks; q4_K rows that are not
 * fall back to q4_0, the rest to f16, and the summary says so; the
 * quantizers are llama.cpp's reference ones);
 * norms and relative-position biases stay f32. The LM head is always written
 * as `output.weight`, pre-scaled by d_model**-0.5 when transformers rescales
 * the decoder output (scale_decoder_outputs, or tied embeddings in configs
 * that predate that key), so every GGUF reader gets transformers' logits. */
#include "internal.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define die(...) do { fprintf(stderr, "mr-convert: " __VA_ARGS__); fputc('\n', stderr); exit(1); } while (0)

/* ------------------------------------------------------------ safetensors */

typedef struct {
    char *name;
    int dtype;            /* GGML_F32 / GGML_F16 / GGML_BF16 */
    int n_dims;
    int64_t shape[4];     /* PyTorch order: shape[0] is the outermost */
    const uint8_t *data;
    uint64_t nbytes;
    int used;
} st_tensor;

typedef struct {
    st_tensor *t;
    int n, cap;
} st_set;

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) die("cannot read %s", path);
    buf[n] = 0;
    fclose(f);
    if (len) *len = (size_t)n;
    return buf;
}

static void st_load(st_set *set, const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open %s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) die("cannot stat %s", path);
    uint64_t size = (uint64_t)st.st_size;
    if (size < 8) die("%s: truncated safetensors file", path);
    const uint8_t *base = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (base == MAP_FAILED) die("cannot map %s", path);
    uint64_t hlen;
    memcpy(&hlen, base, 8);
    if (hlen > size - 8) die("%s: header length %llu exceeds the file", path, (unsigned long long)hlen);
    cJSON *h = cJSON_ParseWithLength((const char *)base + 8, (size_t)hlen);
    if (!h) die("%s: header is not JSON", path);
    const uint8_t *data = base + 8 + hlen;
    uint64_t dsize = size - 8 - hlen;
    for (cJSON *e = h->child; e; e = e->next) {
        if (!strcmp(e->string, "__metadata__")) continue;
        cJSON *dt = cJSON_GetObjectItem(e, "dtype"), *sh = cJSON_GetObjectItem(e, "shape"),
              *off = cJSON_GetObjectItem(e, "data_offsets");
        if (!cJSON_IsString(dt) || !cJSON_IsArray(sh) || !cJSON_IsArray(off) || cJSON_GetArraySize(off) != 2)
            die("%s: tensor %s has a malformed entry", path, e->string);
        if (set->n == set->cap) {
            set->cap = set->cap ? set->cap * 2 : 256;
            set->t = realloc(set->t, (size_t)set->cap * sizeof *set->t);
            if (!set->t) die("out of memory");
        }
        st_tensor *t = &set->t[set->n++];
        memset(t, 0, sizeof *t);
        t->name = strdup(e->string);
        int es;
        if (!strcmp(dt->valuestring, "F32")) { t->dtype = GGML_F32; es = 4; }
        else if (!strcmp(dt->valuestring, "F16")) { t->dtype = GGML_F16; es = 2; }
        else if (!strcmp(dt->valuestring, "BF16")) { t->dtype = GGML_BF16; es = 2; }
        else die("tensor %s: storage type %s is not supported (F32, F16, BF16 are)", e->string, dt->valuestring);
        t->n_dims = cJSON_GetArraySize(sh);
        if (t->n_dims < 1 || t->n_dims > 2) die("tensor %s: %d dimensions unsupported", e->string, t->n_dims);
        uint64_t nel = 1;
        for (int d = 0; d < t->n_dims; d++) {
            double v = cJSON_GetArrayItem(sh, d)->valuedouble;
            if (!(v >= 1 && v < 1e12)) die("tensor %s: bad shape", e->string);
            t->shape[d] = (int64_t)v;
            nel *= (uint64_t)v;
        }
        double b0 = cJSON_GetArrayItem(off, 0)->valuedouble, b1 = cJSON_GetArrayItem(off, 1)->valuedouble;
        if (!(b0 >= 0 && b1 >= b0 && b1 <= (double)dsize) || (uint64_t)(b1 - b0) != nel * (uint64_t)es)
            die("tensor %s: data offsets [%.0f, %.0f) do not match its shape or the file", e->string, b0, b1);
        t->data = data + (uint64_t)b0;
        t->nbytes = (uint64_t)(b1 - b0);
    }
    cJSON_Delete(h);
}

static st_tensor *st_find(st_set *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->t[i].name, name)) return &s->t[i];
    return NULL;
}

static float st_get(const st_tensor *t, uint64_t i) {
    uint16_t h;
    switch (t->dtype) {
    case GGML_F32: { float f; memcpy(&f, t->data + i * 4, 4); return f; }
    case GGML_F16: memcpy(&h, t->data + i * 2, 2); return mr_f16_to_f32(h);
    default: memcpy(&h, t->data + i * 2, 2); return mr_bf16_to_f32(h);
    }
}

/* ------------------------------------------------------------ config */

typedef struct {
    int d_model, d_ff, d_kv, n_heads, n_layers, n_dec_layers, n_buckets, max_distance;
    int vocab, n_positions, start_id, eos_id, pad_id, tie, scale_out, gated;
    double eps;
    char proj[32];
} config;

static int jint(cJSON *j, const char *k, int dflt, int required) {
    cJSON *v = cJSON_GetObjectItem(j, k);
    if (!v || cJSON_IsNull(v)) {
        if (required) die("config.json: missing %s", k);
        return dflt;
    }
    if (!cJSON_IsNumber(v) || v->valuedouble != (double)(int)v->valuedouble || v->valuedouble < 0)
        die("config.json: %s must be a non-negative integer", k);
    return (int)v->valuedouble;
}

static int jbool(cJSON *j, const char *k, int dflt) {
    cJSON *v = cJSON_GetObjectItem(j, k);
    if (!v || cJSON_IsNull(v)) return dflt;
    if (!cJSON_IsBool(v)) die("config.json: %s must be true or false", k);
    return cJSON_IsTrue(v);
}

static void read_config(const char *dir, config *c) {
    char path[4096];
    snprintf(path, sizeof path, "%s/config.json", dir);
    char *txt = read_file(path, NULL);
    if (!txt) die("cannot read %s", path);
    cJSON *j = cJSON_Parse(txt);
    if (!j) die("%s is not valid JSON", path);
    cJSON *mt = cJSON_GetObjectItem(j, "model_type");
    if (!cJSON_IsString(mt) || (strcmp(mt->valuestring, "t5") && strcmp(mt->valuestring, "mt5")))
        die("model_type %s is not supported (t5, mt5 are)", cJSON_IsString(mt) ? mt->valuestring : "(missing)");
    c->d_model = jint(j, "d_model", 0, 1);
    c->d_ff = jint(j, "d_ff", 0, 1);
    c->d_kv = jint(j, "d_kv", 0, 1);
    c->n_heads = jint(j, "num_heads", 0, 1);
    c->n_layers = jint(j, "num_layers", 0, 1);
    c->n_dec_layers = jint(j, "num_decoder_layers", c->n_layers, 0);
    c->n_buckets = jint(j, "relative_attention_num_buckets", 32, 0);
    c->max_distance = jint(j, "relative_attention_max_distance", 128, 0);
    c->vocab = jint(j, "vocab_size", 0, 1);
    c->n_positions = jint(j, "n_positions", 512, 0);
    c->pad_id = jint(j, "pad_token_id", 0, 0);
    c->eos_id = jint(j, "eos_token_id", 1, 0);
    c->start_id = jint(j, "decoder_start_token_id", c->pad_id, 0);
    c->tie = jbool(j, "tie_word_embeddings", 1);
    /* transformers 5 states the rescale; older configs imply it by tying */
    c->scale_out = jbool(j, "scale_decoder_outputs", c->tie);
    cJSON *eps = cJSON_GetObjectItem(j, "layer_norm_epsilon");
    c->eps = cJSON_IsNumber(eps) ? eps->valuedouble : 1e-6;
    cJSON *proj = cJSON_GetObjectItem(j, "feed_forward_proj");
    const char *p = cJSON_IsString(proj) ? proj->valuestring : "relu";
    static const char *ok[] = {"relu", "gelu", "gelu_new", "silu", "gated-gelu", "gated-relu",
                               "gated-silu", "gated-gelu_new"};
    int good = 0;
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) good |= !strcmp(p, ok[i]);
    if (!good) die("feed_forward_proj \"%s\" is not supported", p);
    snprintf(c->proj, sizeof c->proj, "%s", p);
    c->gated = !strncmp(p, "gated-", 6);
    if (!c->d_model || !c->d_ff || !c->d_kv || !c->n_heads || !c->n_layers || !c->vocab)
        die("config.json: zero-sized dimension");
    cJSON_Delete(j);
    free(txt);
}

/* ------------------------------------------------------------ plan */

typedef struct {
    char gguf[96];
    const st_tensor *src;
    int type;
    float scale;          /* multiply values (output pre-scaling) */
    int64_t ne0, ne1;     /* GGUF dims: ne0 = in (contiguous), ne1 = out; ne1 = 0 for vectors */
} plan_t;

static int n_plan;
static plan_t plan[8192];
static int fallbacks;

static int pick_type(int want, int64_t ne0, int is_vec) {
    if (is_vec) return GGML_F32;
    if (want == GGML_Q4_K && ne0 % QK_K) { fallbacks++; want = GGML_Q4_0; }
    if ((want == GGML_Q8_0 || want == GGML_Q4_0) && ne0 % QK8_0) { fallbacks++; return GGML_F16; }
    return want;
}

static void add(st_set *s, const char *hf, const char *gg, int want, int required, int is_vec) {
    st_tensor *t = st_find(s, hf);
    if (!t) {
        if (required) die("checkpoint lacks tensor %s", hf);
        return;
    }
    t->used = 1;
    if (n_plan >= (int)(sizeof plan / sizeof plan[0])) die("too many tensors");
    plan_t *p = &plan[n_plan++];
    snprintf(p->gguf, sizeof p->gguf, "%s", gg);
    p->src = t;
    p->scale = 1.0f;
    if (t->n_dims == 1) { p->ne0 = t->shape[0]; p->ne1 = 0; }
    else { p->ne0 = t->shape[1]; p->ne1 = t->shape[0]; }
    p->type = pick_type(want, p->ne0, is_vec || t->n_dims == 1);
}

static void check_shape(const plan_t *p, int64_t ne0, int64_t ne1) {
    if (p->ne0 != ne0 || p->ne1 != ne1)
        die("tensor %s (%s): shape %lldx%lld, expected %lldx%lld by config.json", p->gguf, p->src->name,
            (long long)p->ne0, (long long)p->ne1, (long long)ne0, (long long)ne1);
}

int main(int argc, char **argv) {
    const char *dir = NULL, *out = NULL;
    int want = GGML_F32;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: mr-convert HF_DIR OUT.gguf [--type f32|f16|bf16|q8_0|q4_0|q4_K]\n"
                   "Reads config.json, model.safetensors (or model.safetensors.index.json) and\n"
                   "spiece.model from HF_DIR and writes a GGUF v3 file with llama.cpp's T5 names.\n");
            return 0;
        } else if (!strcmp(argv[i], "--type") && i + 1 < argc) {
            const char *t = argv[++i];
            if (!strcmp(t, "f32")) want = GGML_F32;
            else if (!strcmp(t, "f16")) want = GGML_F16;
            else if (!strcmp(t, "bf16")) want = GGML_BF16;
            else if (!strcmp(t, "q8_0")) want = GGML_Q8_0;
            else if (!strcmp(t, "q4_0")) want = GGML_Q4_0;
            else if (!strcmp(t, "q4_K")) want = GGML_Q4_K;
            else die("unknown --type %s (f32, f16, bf16, q8_0, q4_0, q4_K)", t);
        } else if (argv[i][0] == '-') die("unknown option %s (see --help)", argv[i]);
        else if (!dir) dir = argv[i];
        else if (!out) out = argv[i];
        else die("too many arguments (see --help)");
    }
    if (!dir || !out) die("usage: mr-convert HF_DIR OUT.gguf [--type f32|f16|bf16|q8_0|q4_0|q4_K]");

    config cfg;
    read_config(dir, &cfg);

    /* weights: one file or a sharded index */
    st_set set = {0};
    char path[4096];
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    if (access(path, R_OK) == 0) {
        st_load(&set, path);
    } else {
        snprintf(path, sizeof path, "%s/model.safetensors.index.json", dir);
        char *txt = read_file(path, NULL);
        if (!txt) die("%s has neither model.safetensors nor model.safetensors.index.json", dir);
        cJSON *j = cJSON_Parse(txt);
        cJSON *wm = j ? cJSON_GetObjectItem(j, "weight_map") : NULL;
        if (!cJSON_IsObject(wm)) die("%s: no weight_map", path);
        char **shards = NULL;
        int n_shards = 0;
        for (cJSON *e = wm->child; e; e = e->next) {
            if (!cJSON_IsString(e) || strchr(e->valuestring, '/')) die("%s: bad shard name", path);
            int seen = 0;
            for (int k = 0; k < n_shards; k++) seen |= !strcmp(shards[k], e->valuestring);
            if (seen) continue;
            shards = realloc(shards, (size_t)(n_shards + 1) * sizeof *shards);
            shards[n_shards++] = strdup(e->valuestring);
        }
        for (int k = 0; k < n_shards; k++) {
            char sp[4096];
            snprintf(sp, sizeof sp, "%s/%s", dir, shards[k]);
            fprintf(stderr, "mr-convert: reading shard %d/%d %s\n", k + 1, n_shards, shards[k]);
            st_load(&set, sp);
            free(shards[k]);
        }
        free(shards);
        cJSON_Delete(j);
        free(txt);
    }

    /* tokenizer */
    char err[512] = "";
    snprintf(path, sizeof path, "%s/spiece.model", dir);
    mr_tokenizer *tok = NULL;
    if (access(path, R_OK) == 0) {
        tok = mr_tokenizer_load(path, err, sizeof err);
        if (!tok) die("%s: %s", path, err);
    } else {
        fprintf(stderr, "mr-convert: warning: no spiece.model; the file will work with ids only\n");
    }

    /* tensor plan, in llama.cpp's names */
    const char *emb = st_find(&set, "shared.weight") ? "shared.weight"
                      : st_find(&set, "encoder.embed_tokens.weight") ? "encoder.embed_tokens.weight"
                                                                     : "decoder.embed_tokens.weight";
    add(&set, emb, "token_embd.weight", want, 1, 0);
    check_shape(&plan[0], cfg.d_model, cfg.vocab);
    const char *ln[] = {"encoder", "decoder"}, *gn[] = {"enc", "dec"};
    char hf[256], gg[96];
    int64_t d = cfg.d_model, in = (int64_t)cfg.n_heads * cfg.d_kv, ff = cfg.d_ff;
    for (int s = 0; s < 2; s++) {
        int nl = s ? cfg.n_dec_layers : cfg.n_layers;
        for (int i = 0; i < nl; i++) {
#define ADD_T(hfs, ggs, req, vecf, e0, e1) \
    do { \
        snprintf(hf, sizeof hf, "%s.block.%d.%s.weight", ln[s], i, hfs); \
        snprintf(gg, sizeof gg, "%s.blk.%d." ggs ".weight", gn[s], i); \
        int before = n_plan; \
        add(&set, hf, gg, want, req, vecf); \
        if (n_plan > before) check_shape(&plan[n_plan - 1], e0, e1); \
    } while (0)
            ADD_T("layer.0.layer_norm", "attn_norm", 1, 1, d, 0);
            ADD_T("layer.0.SelfAttention.q", "attn_q", 1, 0, d, in);
            ADD_T("layer.0.SelfAttention.k", "attn_k", 1, 0, d, in);
            ADD_T("layer.0.SelfAttention.v", "attn_v", 1, 0, d, in);
            ADD_T("layer.0.SelfAttention.o", "attn_o", 1, 0, in, d);
            if (i == 0) ADD_T("layer.0.SelfAttention.relative_attention_bias", "attn_rel_b", 1, 1, cfg.n_heads, cfg.n_buckets);
            int f = 1;
            if (s) {
                ADD_T("layer.1.layer_norm", "cross_attn_norm", 1, 1, d, 0);
                ADD_T("layer.1.EncDecAttention.q", "cross_attn_q", 1, 0, d, in);
                ADD_T("layer.1.EncDecAttention.k", "cross_attn_k", 1, 0, d, in);
                ADD_T("layer.1.EncDecAttention.v", "cross_attn_v", 1, 0, d, in);
                ADD_T("layer.1.EncDecAttention.o", "cross_attn_o", 1, 0, in, d);
                f = 2;
            }
            char norm[64], wi[64], wi0[64], wi1[64], wo[64];
            snprintf(norm, sizeof norm, "layer.%d.layer_norm", f);
            snprintf(wi, sizeof wi, "layer.%d.DenseReluDense.wi", f);
            snprintf(wi0, sizeof wi0, "layer.%d.DenseReluDense.wi_0", f);
            snprintf(wi1, sizeof wi1, "layer.%d.DenseReluDense.wi_1", f);
            snprintf(wo, sizeof wo, "layer.%d.DenseReluDense.wo", f);
            ADD_T(norm, "ffn_norm", 1, 1, d, 0);
            if (cfg.gated) {
                ADD_T(wi0, "ffn_gate", 1, 0, d, ff);
                ADD_T(wi1, "ffn_up", 1, 0, d, ff);
            } else {
                ADD_T(wi, "ffn_up", 1, 0, d, ff);
            }
            ADD_T(wo, "ffn_down", 1, 0, ff, d);
        }
        snprintf(hf, sizeof hf, "%s.final_layer_norm.weight", ln[s]);
        snprintf(gg, sizeof gg, "%s.output_norm.weight", gn[s]);
        add(&set, hf, gg, want, 1, 1);
        check_shape(&plan[n_plan - 1], d, 0);
    }
    /* LM head */
    st_tensor *lm = st_find(&set, "lm_head.weight");
    const char *head = (lm && !cfg.tie) ? "lm_head.weight" : lm && !st_find(&set, emb) ? "lm_head.weight" : emb;
    if (lm) lm->used = 1;
    add(&set, head, "output.weight", want, 1, 0);
    check_shape(&plan[n_plan - 1], d, cfg.vocab);
    if (cfg.scale_out) plan[n_plan - 1].scale = 1.0f / sqrtf((float)cfg.d_model);
    /* everything in the checkpoint must have a place */
    for (int i = 0; i < set.n; i++) {
        st_tensor *t = &set.t[i];
        if (t->used) continue;
        if (!strcmp(t->name, "shared.weight") || !strcmp(t->name, "encoder.embed_tokens.weight") ||
            !strcmp(t->name, "decoder.embed_tokens.weight"))
            continue; /* tied copies of the embedding */
        die("tensor %s is not understood (relative biases outside block 0, extra heads, ...)", t->name);
    }

    /* header */
    gguf_writer *w = gguf_writer_new();
    gguf_w_str(w, "general.architecture", "t5");
    const char *base = strrchr(dir, '/');
    gguf_w_str(w, "general.name", base && base[1] ? base + 1 : dir);
    /* llama.cpp's file types: F32 0, F16 1, Q4_0 2, Q8_0 7, Q4_K_S 14, BF16 32 */
    gguf_w_u32(w, "general.file_type", want == GGML_F32 ? 0 : want == GGML_F16 ? 1 : want == GGML_Q8_0 ? 7
                                       : want == GGML_Q4_0 ? 2 : want == GGML_Q4_K ? 14 : 32);
    gguf_w_u32(w, "t5.context_length", (uint32_t)cfg.n_positions);
    gguf_w_u32(w, "t5.embedding_length", (uint32_t)cfg.d_model);
    gguf_w_u32(w, "t5.feed_forward_length", (uint32_t)cfg.d_ff);
    gguf_w_u32(w, "t5.block_count", (uint32_t)cfg.n_layers);
    gguf_w_u32(w, "t5.decoder_block_count", (uint32_t)cfg.n_dec_layers);
    gguf_w_u32(w, "t5.attention.head_count", (uint32_t)cfg.n_heads);
    gguf_w_u32(w, "t5.attention.key_length", (uint32_t)cfg.d_kv);
    gguf_w_u32(w, "t5.attention.value_length", (uint32_t)cfg.d_kv);
    gguf_w_f32(w, "t5.attention.layer_norm_rms_epsilon", (float)cfg.eps);
    gguf_w_u32(w, "t5.attention.relative_buckets_count", (uint32_t)cfg.n_buckets);
    gguf_w_u32(w, "t5.decoder_start_token_id", (uint32_t)cfg.start_id);
    gguf_w_u32(w, "motionrec.relative_attention_max_distance", (uint32_t)cfg.max_distance);
    gguf_w_str(w, "motionrec.feed_forward_proj", cfg.proj);
    if (tok) {
        int32_t nt = mr_tokenizer_n_vocab(tok);
        int32_t nv = cfg.vocab;
        if (nt > nv) {
            for (int32_t i = nv; i < nt; i++)
                if (strncmp(mr_token_to_piece(tok, i), "<extra_id_", 10))
                    die("tokenizer has %d pieces, more than vocab_size %d", nt, nv);
            fprintf(stderr, "mr-convert: warning: %d sentinels beyond vocab_size %d dropped\n", nt - nv, nv);
            nt = nv;
        }
        const char **pieces = malloc((size_t)nv * sizeof *pieces);
        float *scores = malloc((size_t)nv * sizeof *scores);
        int32_t *types = malloc((size_t)nv * sizeof *types);
        char **pads = calloc((size_t)nv, sizeof *pads);
        for (int32_t i = 0; i < nv; i++) {
            if (i < nt) {
                pieces[i] = mr_token_to_piece(tok, i);
                scores[i] = mr_tok_score(tok, i);
                types[i] = mr_tok_type(tok, i);
            } else { /* padded vocabulary rows: never produced by the tokenizer */
                char b[32];
                snprintf(b, sizeof b, "[PAD%d]", i - nt + 1);
                pads[i] = strdup(b);
                pieces[i] = pads[i];
                scores[i] = -1000.0f;
                types[i] = 5;
            }
        }
        gguf_w_str(w, "tokenizer.ggml.model", "t5");
        gguf_w_arr_str(w, "tokenizer.ggml.tokens", pieces, NULL, (uint64_t)nv);
        gguf_w_arr_f32(w, "tokenizer.ggml.scores", scores, (uint64_t)nv);
        gguf_w_arr_i32(w, "tokenizer.ggml.token_type", types, (uint64_t)nv);
        uint64_t cml;
        const uint8_t *cm = mr_tok_charsmap(tok, &cml);
        if (cm && cml) gguf_w_arr_u8(w, "tokenizer.ggml.precompiled_charsmap", cm, cml);
        int ap, rw, ew, sfx;
        mr_tok_flags(tok, &ap, &rw, &ew, &sfx);
        if (!ew || sfx) die("spiece.model: escape_whitespaces off or whitespace-as-suffix cannot be stored in GGUF");
        gguf_w_bool(w, "tokenizer.ggml.add_space_prefix", ap);
        gguf_w_bool(w, "tokenizer.ggml.remove_extra_whitespaces", rw);
        if (mr_tokenizer_bos(tok) >= 0) gguf_w_u32(w, "tokenizer.ggml.bos_token_id", (uint32_t)mr_tokenizer_bos(tok));
        gguf_w_u32(w, "tokenizer.ggml.eos_token_id", (uint32_t)cfg.eos_id);
        gguf_w_u32(w, "tokenizer.ggml.unknown_token_id", (uint32_t)mr_tokenizer_unk(tok));
        gguf_w_u32(w, "tokenizer.ggml.padding_token_id", (uint32_t)cfg.pad_id);
        gguf_w_bool(w, "tokenizer.ggml.add_bos_token", 0);
        gguf_w_bool(w, "tokenizer.ggml.add_eos_token", 1);
        for (int32_t i = 0; i < nv; i++) free(pads[i]);
        free(pads);
        free(pieces);
        free(scores);
        free(types);
    } else {
        gguf_w_u32(w, "tokenizer.ggml.eos_token_id", (uint32_t)cfg.eos_id);
        gguf_w_u32(w, "tokenizer.ggml.padding_token_id", (uint32_t)cfg.pad_id);
    }
    uint64_t total = 0;
    for (int i = 0; i < n_plan; i++) {
        plan_t *p = &plan[i];
        int64_t ne[2] = {p->ne0, p->ne1 ? p->ne1 : 1};
        gguf_w_tensor(w, p->gguf, (uint32_t)p->type, p->ne1 ? 2 : 1, ne);
        total += p->src->nbytes;
    }
    if (gguf_w_failed(w)) die("out of memory");

    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", out);
    FILE *fp = fopen(tmp, "wb");
    if (!fp) die("cannot write %s: %s", tmp, strerror(errno));
    if (gguf_w_begin(w, fp) != MR_OK) die("write failed");
    int progress = total > (64u << 20);
    float *rowf = NULL;
    uint8_t *buf = NULL;
    uint64_t done = 0;
    for (int i = 0; i < n_plan; i++) {
        plan_t *p = &plan[i];
        int64_t rows = p->ne1 ? p->ne1 : 1, n = p->ne0;
        uint64_t rb = mr_row_bytes((uint32_t)p->type, n);
        rowf = realloc(rowf, (size_t)n * sizeof *rowf);
        buf = realloc(buf, (size_t)(rb * (uint64_t)rows));
        if (!rowf || !buf) die("out of memory");
        for (int64_t r = 0; r < rows; r++) {
            for (int64_t k = 0; k < n; k++) rowf[k] = st_get(p->src, (uint64_t)(r * n + k)) * p->scale;
            uint8_t *dst = buf + (uint64_t)r * rb;
            switch (p->type) {
            case GGML_F32: memcpy(dst, rowf, (size_t)n * 4); break;
            case GGML_F16: for (int64_t k = 0; k < n; k++) ((uint16_t *)dst)[k] = mr_f32_to_f16(rowf[k]); break;
            case GGML_BF16: for (int64_t k = 0; k < n; k++) ((uint16_t *)dst)[k] = mr_f32_to_bf16(rowf[k]); break;
            case GGML_Q8_0: mr_quantize_q8_0(rowf, n, (block_q8_0 *)dst); break;
            case GGML_Q4_0: mr_quantize_q4_0(rowf, n, (block_q4_0 *)dst); break;
            case GGML_Q4_K: mr_quantize_q4_K(rowf, n, (block_q4_K *)dst); break;
            }
        }
        if (gguf_w_data(w, fp, i, buf, rb * (uint64_t)rows) != MR_OK) die("write failed: %s", strerror(errno));
        done += p->src->nbytes;
        if (progress)
            fprintf(stderr, "\rmr-convert: [%3d/%3d] %5.1f%% %-40s", i + 1, n_plan, 100.0 * (double)done / (double)total, p->gguf);
    }
    if (progress) fputc('\n', stderr);
    if (fclose(fp) != 0) die("write failed: %s", strerror(errno));
    if (rename(tmp, out) != 0) die("cannot rename %s to %s", tmp, out);
    fprintf(stderr, "mr-convert: wrote %s: %d tensors, type %s%s, vocab %d, %s\n", out, n_plan,
            mr_type_name((uint32_t)want),
            !fallbacks ? "" : want == GGML_Q4_K ? " (rows not divisible by 256 as q4_0, by 32 as f16)"
                                                : " (rows not divisible by 32 kept as f16)", cfg.vocab,
            cfg.scale_out ? "output pre-scaled by d_model^-0.5" : "output unscaled");
    free(rowf);
    free(buf);
    gguf_writer_free(w);
    mr_tokenizer_free(tok);
    for (int i = 0; i < set.n; i++) free(set.t[i].name);
    free(set.t); /* the mappings go with the process */
    return 0;
}
