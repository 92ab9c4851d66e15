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
#include "hf_config.h"
#include "safetensors.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define die(...) do { fprintf(stderr, "mr-convert: " __VA_ARGS__); fputc('\n', stderr); exit(1); } while (0)

/* ------------------------------------------------------------ input files */

/* A whole regular file, NUL-terminated; NULL when it cannot be opened,
 * fatal when it opens but cannot be read. */
static char *read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) die("%s is not a regular file", path);
    size_t n = (size_t)st.st_size;
    char *buf = malloc(n + 1);
    if (!buf) die("out of memory reading %s", path);
    size_t got = 0;
    while (got < n) {
        ssize_t k = read(fd, buf + got, n - got);
        if (k <= 0) die("cannot read %s: %s", path, k ? strerror(errno) : "file shrank");
        got += (size_t)k;
    }
    close(fd);
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

/* Map one safetensors file (the mapping lives as long as the process) and
 * add its tensors, every offset checked against the file. */
static void st_load(mr_st_set *set, const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open %s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) die("%s is not a regular file", path);
    uint64_t size = (uint64_t)st.st_size;
    const uint8_t *base = size ? mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0) : (const uint8_t *)"";
    close(fd);
    if (base == MAP_FAILED) die("cannot map %s: %s", path, strerror(errno));
    char err[512];
    if (mr_st_parse(set, base, size, err, sizeof err) != MR_OK) die("%s: %s", path, err);
}

/* ------------------------------------------------------------ plan */

typedef struct {
    char gguf[96];
    const mr_st_tensor *src;
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

static void add(mr_st_set *s, const char *hf, const char *gg, int want, int required, int is_vec) {
    mr_st_tensor *t = mr_st_find(s, hf);
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
                   "spiece.model from HF_DIR and writes a GGUF v3 file with llama.cpp's T5 names.\n"
                   "Every value is checked as the loader checks it; a value it would refuse is\n"
                   "refused here, naming the config.json key. Progress is shown on a terminal only.\n");
            return 0;
        } else if (!strcmp(argv[i], "--type")) {
            if (i + 1 >= argc) die("--type needs a value (f32, f16, bf16, q8_0, q4_0, q4_K)");
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

    /* hyper-parameters, checked as the loader checks them */
    char path[4096], err[512] = "";
    snprintf(path, sizeof path, "%s/config.json", dir);
    size_t clen;
    char *ctext = read_file(path, &clen);
    if (!ctext) die("cannot read %s: %s", path, strerror(errno));
    mr_hf_config cfg;
    int crc = mr_hf_config_parse(ctext, clen, &cfg, err, sizeof err);
    free(ctext); /* before a refusal too: the sanitizers' leak check runs at exit */
    if (crc != MR_OK) die("%s: %s", path, err);
    const mr_hparams *hp = &cfg.hp;

    /* weights: one file or a sharded index */
    mr_st_set set = {0};
    snprintf(path, sizeof path, "%s/model.safetensors", dir);
    if (access(path, R_OK) == 0) {
        st_load(&set, path);
    } else {
        snprintf(path, sizeof path, "%s/model.safetensors.index.json", dir);
        size_t ilen;
        char *txt = read_file(path, &ilen);
        if (!txt) die("%s has neither model.safetensors nor model.safetensors.index.json", dir);
        char **shards;
        int n_shards;
        int irc = mr_st_index_parse(txt, ilen, &shards, &n_shards, err, sizeof err);
        free(txt);
        if (irc != MR_OK) die("%s: %s", path, err);
        for (int k = 0; k < n_shards; k++) {
            char sp[4096];
            snprintf(sp, sizeof sp, "%s/%s", dir, shards[k]);
            fprintf(stderr, "mr-convert: reading shard %d/%d %s\n", k + 1, n_shards, shards[k]);
            st_load(&set, sp);
        }
        mr_st_index_free(shards, n_shards);
    }

    /* tokenizer */
    snprintf(path, sizeof path, "%s/spiece.model", dir);
    mr_tokenizer *tok = NULL;
    if (access(path, R_OK) == 0) {
        tok = mr_tokenizer_load(path, err, sizeof err);
        if (!tok) die("%s: %s", path, err);
    } else {
        fprintf(stderr, "mr-convert: warning: no spiece.model; the file will work with ids only\n");
    }

    /* tensor plan, in llama.cpp's names */
    const char *emb = mr_st_find(&set, "shared.weight") ? "shared.weight"
                      : mr_st_find(&set, "encoder.embed_tokens.weight") ? "encoder.embed_tokens.weight"
                                                                     : "decoder.embed_tokens.weight";
    add(&set, emb, "token_embd.weight", want, 1, 0);
    check_shape(&plan[0], hp->d_model, hp->n_vocab);
    const char *ln[] = {"encoder", "decoder"}, *gn[] = {"enc", "dec"};
    char hf[256], gg[96];
    int64_t d = hp->d_model, in = (int64_t)hp->n_heads * hp->d_kv, ff = hp->d_ff;
    for (int s = 0; s < 2; s++) {
        int nl = s ? hp->n_dec_layers : hp->n_enc_layers;
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
            if (i == 0) ADD_T("layer.0.SelfAttention.relative_attention_bias", "attn_rel_b", 1, 1, hp->n_heads, hp->n_buckets);
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
            if (hp->gated) {
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
    mr_st_tensor *lm = mr_st_find(&set, "lm_head.weight");
    const char *head = (lm && !cfg.tie) ? "lm_head.weight" : lm && !mr_st_find(&set, emb) ? "lm_head.weight" : emb;
    if (lm) lm->used = 1;
    add(&set, head, "output.weight", want, 1, 0);
    check_shape(&plan[n_plan - 1], d, hp->n_vocab);
    if (cfg.scale_out) plan[n_plan - 1].scale = 1.0f / sqrtf((float)hp->d_model);
    /* everything in the checkpoint must have a place */
    for (int i = 0; i < set.n; i++) {
        mr_st_tensor *t = &set.t[i];
        if (t->used) continue;
        if (!strcmp(t->name, "shared.weight") || !strcmp(t->name, "encoder.embed_tokens.weight") ||
            !strcmp(t->name, "decoder.embed_tokens.weight"))
            continue; /* tied copies of the embedding */
        die("tensor %s is not understood (relative biases outside block 0, extra heads, ...)", t->name);
    }

    /* header */
    gguf_writer *w = mr_gguf_writer_new();
    mr_gguf_w_str(w, "general.architecture", "t5");
    const char *base = strrchr(dir, '/');
    mr_gguf_w_str(w, "general.name", base && base[1] ? base + 1 : dir);
    /* llama.cpp's file types: F32 0, F16 1, Q4_0 2, Q8_0 7, Q4_K_S 14, BF16 32 */
    mr_gguf_w_u32(w, "general.file_type", want == GGML_F32 ? 0 : want == GGML_F16 ? 1 : want == GGML_Q8_0 ? 7
                                       : want == GGML_Q4_0 ? 2 : want == GGML_Q4_K ? 14 : 32);
    mr_gguf_w_u32(w, "t5.context_length", (uint32_t)hp->n_ctx_train);
    mr_gguf_w_u32(w, "t5.embedding_length", (uint32_t)hp->d_model);
    mr_gguf_w_u32(w, "t5.feed_forward_length", (uint32_t)hp->d_ff);
    mr_gguf_w_u32(w, "t5.block_count", (uint32_t)hp->n_enc_layers);
    mr_gguf_w_u32(w, "t5.decoder_block_count", (uint32_t)hp->n_dec_layers);
    mr_gguf_w_u32(w, "t5.attention.head_count", (uint32_t)hp->n_heads);
    mr_gguf_w_u32(w, "t5.attention.key_length", (uint32_t)hp->d_kv);
    mr_gguf_w_u32(w, "t5.attention.value_length", (uint32_t)hp->d_kv);
    mr_gguf_w_f32(w, "t5.attention.layer_norm_rms_epsilon", hp->eps);
    mr_gguf_w_u32(w, "t5.attention.relative_buckets_count", (uint32_t)hp->n_buckets);
    mr_gguf_w_u32(w, "t5.decoder_start_token_id", (uint32_t)hp->decoder_start_id);
    mr_gguf_w_u32(w, "motionrec.relative_attention_max_distance", (uint32_t)hp->max_distance);
    mr_gguf_w_str(w, "motionrec.feed_forward_proj", hp->ffn_proj);
    if (tok) {
        int32_t nt = mr_tokenizer_n_vocab(tok);
        int32_t nv = hp->n_vocab;
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
        mr_gguf_w_str(w, "tokenizer.ggml.model", "t5");
        mr_gguf_w_arr_str(w, "tokenizer.ggml.tokens", pieces, NULL, (uint64_t)nv);
        mr_gguf_w_arr_f32(w, "tokenizer.ggml.scores", scores, (uint64_t)nv);
        mr_gguf_w_arr_i32(w, "tokenizer.ggml.token_type", types, (uint64_t)nv);
        uint64_t cml;
        const uint8_t *cm = mr_tok_charsmap(tok, &cml);
        if (cm && cml) mr_gguf_w_arr_u8(w, "tokenizer.ggml.precompiled_charsmap", cm, cml);
        int ap, rw, ew, sfx;
        mr_tok_flags(tok, &ap, &rw, &ew, &sfx);
        if (!ew || sfx) die("spiece.model: escape_whitespaces off or whitespace-as-suffix cannot be stored in GGUF");
        mr_gguf_w_bool(w, "tokenizer.ggml.add_space_prefix", ap);
        mr_gguf_w_bool(w, "tokenizer.ggml.remove_extra_whitespaces", rw);
        if (mr_tokenizer_bos(tok) >= 0) mr_gguf_w_u32(w, "tokenizer.ggml.bos_token_id", (uint32_t)mr_tokenizer_bos(tok));
        mr_gguf_w_u32(w, "tokenizer.ggml.eos_token_id", (uint32_t)hp->eos_id);
        mr_gguf_w_u32(w, "tokenizer.ggml.unknown_token_id", (uint32_t)mr_tokenizer_unk(tok));
        mr_gguf_w_u32(w, "tokenizer.ggml.padding_token_id", (uint32_t)hp->pad_id);
        mr_gguf_w_bool(w, "tokenizer.ggml.add_bos_token", 0);
        mr_gguf_w_bool(w, "tokenizer.ggml.add_eos_token", 1);
        for (int32_t i = 0; i < nv; i++) free(pads[i]);
        free(pads);
        free(pieces);
        free(scores);
        free(types);
    } else {
        mr_gguf_w_u32(w, "tokenizer.ggml.eos_token_id", (uint32_t)hp->eos_id);
        mr_gguf_w_u32(w, "tokenizer.ggml.padding_token_id", (uint32_t)hp->pad_id);
    }
    uint64_t total = 0;
    for (int i = 0; i < n_plan; i++) {
        plan_t *p = &plan[i];
        int64_t ne[2] = {p->ne0, p->ne1 ? p->ne1 : 1};
        mr_gguf_w_tensor(w, p->gguf, (uint32_t)p->type, p->ne1 ? 2 : 1, ne);
        total += p->src->nbytes;
    }
    if (mr_gguf_w_failed(w)) die("out of memory");

    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp", out);
    FILE *fp = fopen(tmp, "wb");
    if (!fp) die("cannot write %s: %s", tmp, strerror(errno));
    if (mr_gguf_w_begin(w, fp) != MR_OK) die("write failed");
    /* a progress line rewritten with '\r' only where someone watches it:
     * in a log or a pipe it would be one long line of carriage returns */
    int progress = total > (64u << 20) && isatty(STDERR_FILENO);
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
            for (int64_t k = 0; k < n; k++) rowf[k] = mr_st_get(p->src, (uint64_t)(r * n + k)) * p->scale;
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
        if (mr_gguf_w_data(w, fp, i, buf, rb * (uint64_t)rows) != MR_OK) die("write failed: %s", strerror(errno));
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
                                                : " (rows not divisible by 32 kept as f16)", hp->n_vocab,
            cfg.scale_out ? "output pre-scaled by d_model^-0.5" : "output unscaled");
    free(rowf);
    free(buf);
    mr_gguf_writer_free(w);
    mr_tokenizer_free(tok);
    mr_st_free(&set); /* the mappings go with the process */
    return 0;
}
