/* test_model.c - lib/engine/model.c and lib/engine/context.c: loading checks (missing or
 * misshapen tensors, bad hyper-parameters, truncation, llama.cpp's files) and
 * the public API under bad calls. */
#include "testutil.h"

#include "internal.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE "flan-v1_1-tiny-copy-f32.gguf"

/* Rewrite BASE into path, dropping tensor `drop`, giving tensor `reshape` a
 * wrong shape, or setting key `key` to `val`, as a u32 or (is_f32) an f32
 * (each may be NULL). */
static void rewrite_kv(const char *path, const char *drop, const char *reshape, const char *key, int is_f32,
                       double val) {
    gguf_file f;
    char err[256];
    assert_int_equal(mr_gguf_open(&f, tu_gen(BASE), 1, err, sizeof err), MR_OK);
    gguf_writer *w = mr_gguf_writer_new();
    for (uint64_t i = 0; i < f.n_kv; i++) /* the key goes last, whether it was there or not */
        if (!key || strcmp(f.kv[i].key, key)) mr_gguf_w_copy_kv(w, &f.kv[i]);
    if (key && is_f32) mr_gguf_w_f32(w, key, (float)val);
    else if (key) mr_gguf_w_u32(w, key, (uint32_t)val);
    int idx[512], n = 0;
    const mr_tensor *src[512];
    for (uint64_t i = 0; i < f.n_tensors; i++) {
        const mr_tensor *t = &f.tensors[i];
        if (drop && !strcmp(t->name, drop)) continue;
        int64_t ne[4] = {t->ne[0], t->ne[1], t->ne[2], t->ne[3]};
        uint32_t nd = t->n_dims;
        if (reshape && !strcmp(t->name, reshape)) {
            /* same bytes, other shape: swap the two dims (or halve a vector) */
            if (nd == 2 && ne[0] != ne[1]) { int64_t x = ne[0]; ne[0] = ne[1]; ne[1] = x; }
            else { ne[0] /= 2; ne[1] = 2; nd = 2; }
        }
        src[n] = t;
        idx[n++] = mr_gguf_w_tensor(w, t->name, t->type, nd, ne);
    }
    FILE *fp = fopen(path, "wb");
    assert_int_equal(mr_gguf_w_begin(w, fp), MR_OK);
    for (int i = 0; i < n; i++) assert_int_equal(mr_gguf_w_data(w, fp, idx[i], src[i]->data, src[i]->nbytes), MR_OK);
    fclose(fp);
    mr_gguf_writer_free(w);
    mr_gguf_close(&f);
}

static void rewrite(const char *path, const char *drop, const char *reshape, const char *key, uint32_t val) {
    rewrite_kv(path, drop, reshape, key, 0, val);
}

static void expect_load_error(const char *path, const char *needle) {
    char err[512] = "";
    mr_model *m = mr_model_load(path, NULL, err, sizeof err);
    if (m) fail_msg("%s loaded, expected an error mentioning \"%s\"", path, needle);
    if (!strstr(err, needle)) fail_msg("error \"%s\" does not mention \"%s\"", err, needle);
}

static void inconsistent_models(void **state) {
    (void)state;
    const char *p = "build/test_model_bad.gguf";
    rewrite(p, "dec.blk.1.cross_attn_k.weight", NULL, NULL, 0);
    expect_load_error(p, "missing tensor dec.blk.1.cross_attn_k.weight");
    rewrite(p, "enc.blk.0.attn_rel_b.weight", NULL, NULL, 0);
    expect_load_error(p, "missing tensor enc.blk.0.attn_rel_b.weight");
    rewrite(p, "token_embd.weight", NULL, NULL, 0);
    expect_load_error(p, "token_embd.weight");
    rewrite(p, NULL, "enc.blk.2.attn_q.weight", NULL, 0);
    expect_load_error(p, "tensor enc.blk.2.attn_q.weight: shape 48x64, expected 64x48");
    rewrite(p, NULL, "dec.output_norm.weight", NULL, 0);
    expect_load_error(p, "dec.output_norm.weight: shape");
    rewrite(p, NULL, "output.weight", NULL, 0);
    expect_load_error(p, "output.weight");
    rewrite(p, NULL, NULL, "t5.embedding_length", 65);
    expect_load_error(p, "shape");
    rewrite(p, NULL, NULL, "t5.block_count", 4); /* more layers than tensors */
    expect_load_error(p, "missing tensor enc.blk.3");
    rewrite(p, NULL, NULL, "t5.attention.head_count", 0);
    expect_load_error(p, "head_count");
    rewrite(p, NULL, NULL, "t5.decoder_start_token_id", 5000);
    expect_load_error(p, "decoder_start_token_id");
    rewrite(p, NULL, NULL, "t5.attention.value_length", 9);
    expect_load_error(p, "value_length");
    /* the values mr-convert once wrote and this loader refused (mr-convert
     * now refuses them too, with the same check: tests/test_convert.py) */
    rewrite(p, NULL, NULL, "tokenizer.ggml.eos_token_id", 1000000000);
    expect_load_error(p, "key tokenizer.ggml.eos_token_id: 1000000000 is outside the vocabulary 0..");
    rewrite(p, NULL, NULL, "t5.decoder_start_token_id", 1000000000);
    expect_load_error(p, "key t5.decoder_start_token_id: 1000000000 is outside the vocabulary");
    rewrite(p, NULL, NULL, "tokenizer.ggml.padding_token_id", 1000000000);
    expect_load_error(p, "key tokenizer.ggml.padding_token_id: 1000000000 is outside the vocabulary");
    rewrite_kv(p, NULL, NULL, "t5.attention.layer_norm_rms_epsilon", 1, -1);
    expect_load_error(p, "key t5.attention.layer_norm_rms_epsilon: -1 is outside [0, 1)");
    rewrite(p, NULL, NULL, "motionrec.relative_attention_max_distance", 0);
    expect_load_error(p, "key motionrec.relative_attention_max_distance: 0 is outside 1..16777216");
    rewrite(p, NULL, NULL, "motionrec.relative_attention_max_distance", 1000000000);
    expect_load_error(p, "key motionrec.relative_attention_max_distance: 1000000000 is outside 1..16777216");
    rewrite(p, NULL, NULL, "t5.context_length", 0);
    expect_load_error(p, "key t5.context_length: 0 is outside 1..16777216");
    rewrite(p, NULL, NULL, "t5.context_length", 1000000000);
    expect_load_error(p, "key t5.context_length: 1000000000 is outside 1..16777216");
    /* and the bounds themselves load */
    rewrite(p, NULL, NULL, "t5.context_length", 1 << 24);
    char e2[256];
    mr_model *ok = mr_model_load(p, NULL, e2, sizeof e2);
    if (!ok) fail_msg("context_length 2^24: %s", e2);
    mr_model_free(ok);
    remove(p);
    char err[256];
    assert_null(mr_model_load(NULL, NULL, err, sizeof err));
    assert_null(mr_model_load("/nonexistent.gguf", NULL, NULL, 0)); /* NULL err is fine */
}

/* A real model file cut at many offsets: always a clean error. */
static void truncated_model(void **state) {
    (void)state;
    size_t len;
    char *buf = tu_read(tu_gen(BASE), &len);
    assert_non_null(buf);
    const char *p = "build/test_model_trunc.gguf";
    char err[512];
    for (size_t cut = 0; cut < len; cut += cut < 4096 ? 61 : 7919) {
        FILE *f = fopen(p, "wb");
        fwrite(buf, 1, cut, f);
        fclose(f);
        mr_model *m = mr_model_load(p, NULL, err, sizeof err);
        if (m) fail_msg("model cut at %zu of %zu bytes loaded", cut, len);
        assert_true(strlen(err) > 0);
    }
    remove(p);
    free(buf);
}

static mr_model *load_base(void) {
    char err[256];
    mr_model *m = mr_model_load(tu_gen(BASE), NULL, err, sizeof err);
    if (!m) fail_msg("%s", err);
    return m;
}

static void bad_calls(void **state) {
    (void)state;
    mr_model *m = load_base();
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_ctx = 16;
    cp.n_dec_max = 8;
    mr_ctx *c = mr_ctx_new(m, &cp);
    assert_non_null(c);
    int32_t ids[32] = {5, 6, 7, 1}, out[16];
    float lg[8];
    /* NULL handles */
    assert_null(mr_ctx_new(NULL, NULL));
    assert_int_equal(mr_encode(NULL, ids, 4), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_generate(NULL, NULL, out, 16, NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_model_get_info(NULL, NULL), MR_ERR_INVALID_ARG);
    mr_model_free(NULL);
    mr_ctx_free(NULL);
    mr_tokenizer_free(NULL);
    assert_string_equal(mr_strerror(MR_ERR_TOO_LONG), "input too long");
    assert_string_equal(mr_strerror(12345), "unknown error");
    /* order */
    assert_int_equal(mr_generate(c, NULL, out, 16, NULL), MR_ERR_STATE);
    assert_non_null(strstr(mr_ctx_errmsg(c), "mr_encode"));
    assert_int_equal(mr_decoder_logits(c, ids, 1, lg, 8), MR_ERR_STATE);
    /* zero-length and too long */
    assert_int_equal(mr_encode(c, ids, 0), MR_ERR_EMPTY);
    assert_int_equal(mr_encode(c, NULL, 3), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_encode(c, ids, 17), MR_ERR_TOO_LONG);
    assert_non_null(strstr(mr_ctx_errmsg(c), "exceeds n_ctx 16"));
    /* unknown token */
    int32_t bad[] = {5, 99999, 1};
    assert_int_equal(mr_encode(c, bad, 3), MR_ERR_TOKEN);
    assert_non_null(strstr(mr_ctx_errmsg(c), "99999"));
    bad[1] = -3;
    assert_int_equal(mr_encode(c, bad, 3), MR_ERR_TOKEN);
    /* a failed encode leaves no stale state behind */
    assert_int_equal(mr_generate(c, NULL, out, 16, NULL), MR_ERR_STATE);
    assert_int_equal(mr_encode(c, ids, 4), MR_OK);
    /* buffers */
    assert_int_equal(mr_decoder_logits(c, ids, 1, lg, 8), MR_ERR_BUFFER_TOO_SMALL);
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 7;
    gp.min_new_tokens = 7;
    assert_int_equal(mr_generate(c, &gp, out, 3, NULL), MR_ERR_BUFFER_TOO_SMALL);
    gp.max_new_tokens = 8; /* + start token > n_dec_max */
    assert_int_equal(mr_generate(c, &gp, out, 16, NULL), MR_ERR_TOO_LONG);
    gp = mr_generate_default_params();
    gp.max_new_tokens = 4;
    gp.top_p = 2;
    assert_int_equal(mr_generate(c, &gp, out, 16, NULL), MR_ERR_INVALID_ARG);
    gp.top_p = 1;
    gp.min_new_tokens = 5;
    assert_int_equal(mr_generate(c, &gp, out, 16, NULL), MR_ERR_INVALID_ARG);
    /* classify: empty labels, NULL */
    const int32_t l0[] = {5};
    const int32_t *lids[] = {l0, NULL};
    int32_t lens[] = {1, 0};
    float probs[2];
    assert_int_equal(mr_classify_ids(c, lids, lens, 2, NULL, probs, NULL), MR_ERR_EMPTY);
    assert_int_equal(mr_classify_ids(c, lids, lens, 0, NULL, probs, NULL), MR_ERR_INVALID_ARG);
    const char *labels[] = {"run", ""};
    assert_int_equal(mr_classify(c, "hello", labels, 2, NULL, probs, NULL), MR_ERR_EMPTY);
    assert_non_null(strstr(mr_ctx_errmsg(c), "tokenizes to nothing"));
    /* a too-long prompt through the text API */
    char longp[400];
    memset(longp, 'a', sizeof longp - 1);
    for (size_t i = 0; i < sizeof longp - 1; i += 2) longp[i] = ' ';
    longp[sizeof longp - 1] = 0;
    char txt[64];
    assert_int_equal(mr_generate_text(c, longp, NULL, txt, sizeof txt, NULL), MR_ERR_TOO_LONG);
    assert_int_equal(mr_classify(c, longp, labels, 1, NULL, probs, NULL), MR_ERR_TOO_LONG);
    mr_ctx_free(c);
    mr_model_free(m);
}

typedef struct {
    int n;
    int stop_at;
} cb_state;

static int count_cb(int32_t tok, const char *piece, void *ud) {
    cb_state *s = ud;
    assert_non_null(piece);
    s->n++;
    return s->n == s->stop_at;
}

/* Context parameters outside their documented ranges are refused, named,
 * never replaced by a default; the limits themselves are taken. */
static void context_params(void **state) {
    (void)state;
    mr_model *m = load_base();
    const struct { const char *field; int32_t v; } bad[] = {
        {"n_ctx", -1},     {"n_ctx", (1 << 20) + 1}, {"n_dec_max", -5}, {"n_threads", -1},
        {"n_threads", 257}, {"kernels", -1},          {"kernels", 8},     {"device", -1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        mr_ctx_params cp = mr_ctx_default_params();
        if (!strcmp(bad[i].field, "n_ctx")) cp.n_ctx = bad[i].v;
        if (!strcmp(bad[i].field, "n_dec_max")) cp.n_dec_max = bad[i].v;
        if (!strcmp(bad[i].field, "n_threads")) cp.n_threads = bad[i].v;
        if (!strcmp(bad[i].field, "kernels")) cp.kernels = bad[i].v;
        if (!strcmp(bad[i].field, "device")) cp.device = bad[i].v;
        mr_ctx *c = (mr_ctx *)&cp;
        char err[256] = "", want[96];
        assert_int_equal(mr_ctx_init(m, &cp, &c, err, sizeof err), MR_ERR_INVALID_ARG);
        assert_null(c);
        snprintf(want, sizeof want, "mr_ctx_params.%s %d is outside", bad[i].field, bad[i].v);
        if (!strstr(err, want)) fail_msg("message \"%s\" lacks \"%s\"", err, want);
        assert_null(mr_ctx_new(m, &cp));
    }
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_threads = 256;
    cp.kernels = 1;
    cp.n_ctx = 8;
    mr_ctx *c;
    char err[256];
    assert_int_equal(mr_ctx_init(m, &cp, &c, err, sizeof err), MR_OK);
    int32_t ids[] = {5, 6, 1};
    assert_int_equal(mr_encode(c, ids, 3), MR_OK);
    mr_ctx_free(c);
    mr_model_free(m);
}

static void generation_controls(void **state) {
    (void)state;
    mr_model *m = load_base();
    mr_ctx *c = mr_ctx_new(m, NULL);
    int32_t ids[256];
    const mr_tokenizer *tok = mr_model_tokenizer(m);
    int32_t n = mr_tokenize(tok, "I feel tired today, maybe a short walk?", -1, MR_TOKENIZE_ADD_EOS, ids, 256, NULL);
    assert_true(n > 0);
    assert_int_equal(mr_encode(c, ids, n), MR_OK);
    int32_t a[64], b[64];
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 40;
    /* greedy: nothing follows an eos */
    int32_t k = mr_generate(c, &gp, a, 64, NULL);
    assert_true(k > 0 && k <= 40);
    for (int i = 0; i < k - 1; i++) assert_int_not_equal(a[i], 1);
    /* min_new suppresses eos */
    gp.min_new_tokens = 40;
    k = mr_generate(c, &gp, a, 64, NULL);
    assert_int_equal(k, 40);
    for (int i = 0; i < 40; i++) assert_int_not_equal(a[i], 1);
    /* seeded sampling: same seed, same ids; another seed differs somewhere */
    gp.min_new_tokens = 30;
    gp.max_new_tokens = 30;
    gp.temperature = 1.5f;
    gp.top_k = 50;
    gp.top_p = 0.95f;
    gp.seed = 42;
    assert_int_equal(mr_generate(c, &gp, a, 64, NULL), 30);
    assert_int_equal(mr_generate(c, &gp, b, 64, NULL), 30);
    assert_memory_equal(a, b, 30 * sizeof *a);
    gp.seed = 43;
    assert_int_equal(mr_generate(c, &gp, b, 64, NULL), 30);
    assert_memory_not_equal(a, b, 30 * sizeof *a);
    /* top_k = 1 is greedy whatever the temperature */
    gp.top_k = 1;
    gp.min_new_tokens = 0;
    gp.max_new_tokens = 40;
    k = mr_generate(c, &gp, a, 64, NULL);
    mr_generate_params g0 = mr_generate_default_params();
    g0.max_new_tokens = 40;
    assert_int_equal(mr_generate(c, &g0, b, 64, NULL), k);
    assert_memory_equal(a, b, (size_t)k * sizeof *a);
    /* the callback sees each token and can stop */
    cb_state s = {0, 3};
    g0.on_token = count_cb;
    g0.user_data = &s;
    assert_int_equal(mr_generate(c, &g0, a, 64, NULL), 3);
    assert_int_equal(s.n, 3);
    /* classify probabilities sum to 1 and follow the log-likelihoods */
    const char *labels[] = {"walk", "run", "rest"};
    float p[3];
    double ls[3];
    assert_int_equal(mr_classify(c, "I feel tired today, maybe a short walk?", labels, 3, NULL, p, ls), MR_OK);
    assert_true(fabs(p[0] + p[1] + p[2] - 1.0) < 1e-5);
    for (int i = 0; i < 3; i++) assert_true(ls[i] < 0);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* Several inputs encoded and generated together give what each gives alone. */
static void batch_inputs(void **state) {
    (void)state;
    mr_model *m = load_base();
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_threads = 2;
    mr_ctx *c = mr_ctx_new(m, &cp);
    const mr_tokenizer *tok = mr_model_tokenizer(m);
    const char *texts[] = {"Hello world", "I feel tired today, maybe a short walk?", "x", "运动建议：上午跑步 30 分钟。"};
    int32_t store[4][64], lens[4];
    const int32_t *ids[4];
    for (int i = 0; i < 4; i++) {
        lens[i] = mr_tokenize(tok, texts[i], -1, MR_TOKENIZE_ADD_EOS, store[i], 64, NULL);
        assert_true(lens[i] > 0);
        ids[i] = store[i];
    }
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 24;
    int32_t alone[4][24], na[4];
    for (int i = 0; i < 4; i++) {
        assert_int_equal(mr_encode(c, ids[i], lens[i]), MR_OK);
        na[i] = mr_generate(c, &gp, alone[i], 24, NULL);
        assert_true(na[i] > 0);
    }
    int32_t together[4][24], nt[4];
    int32_t *outs[4] = {together[0], together[1], together[2], together[3]};
    assert_int_equal(mr_encode_batch(c, ids, lens, 4), MR_OK);
    assert_int_equal(mr_generate_batch(c, &gp, outs, 24, nt), MR_OK);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(nt[i], na[i]);
        assert_memory_equal(together[i], alone[i], (size_t)na[i] * sizeof(int32_t));
    }
    /* seeded sampling in a batch is repeatable */
    gp.temperature = 1.0f;
    gp.seed = 7;
    int32_t again[4][24], n2[4];
    int32_t *outs2[4] = {again[0], again[1], again[2], again[3]};
    assert_int_equal(mr_generate_batch(c, &gp, outs, 24, nt), MR_OK);
    assert_int_equal(mr_generate_batch(c, &gp, outs2, 24, n2), MR_OK);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(nt[i], n2[i]);
        assert_memory_equal(together[i], again[i], (size_t)nt[i] * sizeof(int32_t));
    }
    /* limits: n_ctx (512) bounds each input, not the batch */
    int32_t big[] = {400, 200}, over[] = {400, 513};
    const int32_t *two[] = {store[0], store[1]};
    int32_t *buf = calloc(600, sizeof *buf);
    for (int i = 0; i < 600; i++) buf[i] = 3 + i % 50;
    const int32_t *twob[] = {buf, buf};
    assert_int_equal(mr_encode_batch(c, twob, big, 2), MR_OK);
    assert_int_equal(mr_encode_batch(c, twob, over, 2), MR_ERR_TOO_LONG);
    assert_non_null(strstr(mr_ctx_errmsg(c), "input 1: 513 tokens exceed n_ctx 512"));
    int32_t zero[] = {3, 0};
    assert_int_equal(mr_encode_batch(c, two, zero, 2), MR_ERR_EMPTY);
    assert_int_equal(mr_generate_batch(c, &gp, outs, 24, nt), MR_ERR_STATE);
    free(buf);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* A batch longer in all than n_ctx (every input within it): 24 inputs of
 * 17..40 tokens on a context of n_ctx 40, encoder outputs and greedy ids
 * equal to each input's alone; a smaller batch afterwards still works. */
static void batch_beyond_n_ctx(void **state) {
    (void)state;
    mr_model *m = load_base();
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_ctx = 40;
    cp.n_dec_max = 16;
    mr_ctx *c = mr_ctx_new(m, &cp);
    assert_non_null(c);
    enum { B = 24, NEW = 8 };
    int32_t store[B][40], lens[B];
    const int32_t *ids[B];
    int64_t total = 0;
    for (int b = 0; b < B; b++) {
        lens[b] = 17 + b;
        for (int i = 0; i < lens[b] - 1; i++) store[b][i] = 3 + (i * 7919 + b * 131) % 900;
        store[b][lens[b] - 1] = 1;
        ids[b] = store[b];
        total += lens[b];
    }
    assert_true(total > 10 * cp.n_ctx);
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = gp.min_new_tokens = NEW;
    int32_t alone[B][NEW], na[B], d = 0, n = 0;
    mr_model_info info;
    mr_model_get_info(m, &info);
    float *enc_alone = malloc((size_t)total * info.d_model * sizeof *enc_alone);
    int64_t off = 0;
    for (int b = 0; b < B; b++) {
        assert_int_equal(mr_encode(c, ids[b], lens[b]), MR_OK);
        const float *e = mr_encoder_output(c, &n, &d);
        memcpy(enc_alone + off * d, e, (size_t)n * d * sizeof *e);
        off += n;
        na[b] = mr_generate(c, &gp, alone[b], NEW, NULL);
        assert_int_equal(na[b], NEW);
    }
    int32_t together[B][NEW], nt[B];
    int32_t *outs[B];
    for (int b = 0; b < B; b++) outs[b] = together[b];
    assert_int_equal(mr_encode_batch(c, ids, lens, B), MR_OK);
    off = 0;
    for (int b = 0; b < B; b++) {
        const float *e = mr_encoder_output_of(c, b, &n, &d);
        assert_int_equal(n, lens[b]);
        for (int64_t i = 0; i < (int64_t)n * d; i++) assert_true(e[i] == enc_alone[off * d + i]);
        off += n;
    }
    assert_int_equal(mr_generate_batch(c, &gp, outs, NEW, nt), MR_OK);
    for (int b = 0; b < B; b++) {
        assert_int_equal(nt[b], na[b]);
        assert_memory_equal(together[b], alone[b], (size_t)na[b] * sizeof(int32_t));
    }
    /* after growing, a small batch and a single input still run */
    assert_int_equal(mr_encode_batch(c, ids, lens, 2), MR_OK);
    assert_int_equal(mr_generate_batch(c, &gp, outs, NEW, nt), MR_OK);
    assert_memory_equal(together[1], alone[1], (size_t)na[1] * sizeof(int32_t));
    int32_t long_in[41] = {0};
    assert_int_equal(mr_encode(c, long_in, 41), MR_ERR_TOO_LONG);
    assert_non_null(strstr(mr_ctx_errmsg(c), "input of 41 tokens exceeds n_ctx 40"));
    free(enc_alone);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* Many labels (several batched groups) score as each label alone does. */
static void classify_batches(void **state) {
    (void)state;
    mr_model *m = load_base();
    mr_ctx *c = mr_ctx_new(m, NULL);
    enum { NL = 120 };
    int32_t store[NL][3], lens[NL];
    const int32_t *lids[NL];
    for (int l = 0; l < NL; l++) {
        lens[l] = 1 + l % 3;
        for (int t = 0; t < lens[l]; t++) store[l][t] = 3 + (l * 31 + t * 7) % 1000;
        lids[l] = store[l];
    }
    int32_t ids[] = {3, 29, 14, 19, 7, 1};
    assert_int_equal(mr_encode(c, ids, 6), MR_OK);
    static float probs[NL];
    static double all[NL];
    assert_int_equal(mr_classify_ids(c, lids, lens, NL, NULL, probs, all), MR_OK);
    double tot = 0;
    for (int l = 0; l < NL; l++) tot += probs[l];
    assert_true(fabs(tot - 1) < 1e-4);
    for (int l = 0; l < NL; l += 7) {
        float p1;
        double one;
        assert_int_equal(mr_classify_ids(c, &lids[l], &lens[l], 1, NULL, &p1, &one), MR_OK);
        assert_true(fabs(p1 - 1.0f) < 1e-6);
        if (!(fabs(one - all[l]) < 1e-4)) fail_msg("label %d: alone %.6f, in a batch %.6f", l, one, all[l]);
    }
    mr_ctx_free(c);
    mr_model_free(m);
}

/* A model shared by two contexts gives the same answers as one alone. */
static void shared_model(void **state) {
    (void)state;
    mr_model *m = load_base();
    mr_ctx *c1 = mr_ctx_new(m, NULL), *c2 = mr_ctx_new(m, NULL);
    int32_t ids[] = {3, 29, 14, 19, 7, 1};
    int32_t a[20], b[20];
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 20;
    assert_int_equal(mr_encode(c1, ids, 6), MR_OK);
    assert_int_equal(mr_encode(c2, ids, 5), MR_OK);
    assert_int_equal(mr_encode(c2, ids, 6), MR_OK);
    int32_t k1 = mr_generate(c1, &gp, a, 20, NULL), k2 = mr_generate(c2, &gp, b, 20, NULL);
    assert_int_equal(k1, k2);
    assert_memory_equal(a, b, (size_t)k1 * sizeof *a);
    mr_model_info info;
    assert_int_equal(mr_model_get_info(m, &info), MR_OK);
    assert_int_equal(info.d_model, 64);
    assert_int_equal(info.n_enc_layers, 3);
    assert_int_equal(info.n_dec_layers, 2);
    assert_string_equal(info.ffn_act, "gelu_new");
    assert_non_null(strstr(mr_build_info(), MR_VERSION_STRING));
    mr_ctx_free(c1);
    mr_ctx_free(c2);
    mr_model_free(m);
}

/* llama.cpp's own converter output (tests/data/llamacpp) loads and matches. */
static void llamacpp_file(void **state) {
    (void)state;
    char err[512];
    mr_model *a = mr_model_load(tu_data("llamacpp/t5-v1_0-tiny-llamacpp-f32.gguf"), NULL, err, sizeof err);
    if (!a) fail_msg("llama.cpp file: %s", err);
    mr_model *b = mr_model_load(tu_gen("t5-v1_0-tiny-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(b);
    mr_ctx *ca = mr_ctx_new(a, NULL), *cb = mr_ctx_new(b, NULL);
    int32_t ids[] = {3, 288, 7, 101, 14, 114, 48, 29, 19, 1}, dec[] = {0, 5, 9, 300};
    float la[4 * 1100], lb[4 * 1100];
    assert_int_equal(mr_encode(ca, ids, 10), MR_OK);
    assert_int_equal(mr_encode(cb, ids, 10), MR_OK);
    assert_int_equal(mr_decoder_logits(ca, dec, 4, la, 4 * 1100), MR_OK);
    assert_int_equal(mr_decoder_logits(cb, dec, 4, lb, 4 * 1100), MR_OK);
    assert_true(tu_maxdiff(la, lb, 4 * 1100) < 1e-4);
    /* its tokenizer agrees with ours */
    int32_t x[64], y[64];
    const char *s = "Hello world, 运动建议：上午跑步 30 分钟。";
    int32_t nx = mr_tokenize(mr_model_tokenizer(a), s, -1, 0, x, 64, NULL);
    int32_t ny = mr_tokenize(mr_model_tokenizer(b), s, -1, 0, y, 64, NULL);
    assert_int_equal(nx, ny);
    assert_memory_equal(x, y, (size_t)nx * sizeof *x);
    mr_ctx_free(ca);
    mr_ctx_free(cb);
    mr_model_free(a);
    mr_model_free(b);
    /* the gated one loads with the documented defaults for what it cannot say */
    a = mr_model_load(tu_data("llamacpp/flan-v1_1-tiny-llamacpp-f32.gguf"), NULL, err, sizeof err);
    if (!a) fail_msg("llama.cpp flan file: %s", err);
    mr_model_info info;
    mr_model_get_info(a, &info);
    assert_true(info.gated);
    assert_int_equal(info.rel_max_distance, 128);
    assert_int_equal(info.n_vocab, 1128);
    assert_int_equal(info.d_kv * info.n_heads, 48);
    mr_model_free(a);
}

/* One load under allocation-failure injection: what to load, and how. */
typedef enum { LOAD_MODEL, LOAD_MODEL_READ, LOAD_TOKENIZER } load_kind;

static void *load_once(load_kind k, const char *path, char *err, size_t errsz) {
    if (k == LOAD_TOKENIZER) return mr_tokenizer_load(path, err, errsz);
    mr_model_params p = mr_model_default_params();
    p.use_mmap = k == LOAD_MODEL;
    return mr_model_load(path, &p, err, errsz);
}

static void unload(load_kind k, void *h) {
    if (k == LOAD_TOKENIZER) mr_tokenizer_free(h);
    else mr_model_free(h);
}

/* Every allocation of a load fails in turn (the nth, for n = 1 .. all that
 * a good load makes): each load then fails with a message about memory in
 * the error buffer, never with the buffer left as it was, and frees what it
 * had (the address sanitizer build checks that). */
static void load_out_of_memory(void **state) {
    (void)state;
    const struct { load_kind k; const char *path; } cases[] = {
        {LOAD_MODEL, tu_gen(BASE)},
        {LOAD_MODEL_READ, tu_gen("t5-v1_0-tiny-q8_0.gguf")},
        {LOAD_TOKENIZER, tu_data("goldens/tokenizer/spiece.model")},
        {LOAD_TOKENIZER, tu_gen("flan-v1_1-tiny-f32.gguf")},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        char path[512], err[256];
        snprintf(path, sizeof path, "%s", cases[c].path); /* tu_gen's buffer is reused */
        mr_alloc_fail_at(0);
        void *h = load_once(cases[c].k, path, err, sizeof err);
        if (!h) fail_msg("%s: %s", path, err);
        unload(cases[c].k, h);
        uint64_t total = mr_alloc_fail_at(0), failed = 0;
        assert_true(total > 0);
        for (uint64_t n = 1; n <= total; n++) {
            memset(err, 'X', sizeof err - 1);
            err[sizeof err - 1] = 0;
            mr_alloc_fail_at(n);
            h = load_once(cases[c].k, path, err, sizeof err);
            uint64_t made = mr_alloc_fail_at(0);
            if (made < n) fail_msg("%s: allocation %llu of %llu was never made", path, (unsigned long long)n,
                                   (unsigned long long)total);
            if (h) { unload(cases[c].k, h); continue; }
            failed++;
            if (!strstr(err, "out of memory"))
                fail_msg("%s: allocation %llu of %llu failed; message: \"%.60s\"", path, (unsigned long long)n,
                         (unsigned long long)total, err);
        }
        print_message("  %s: each of %llu allocations failed in turn, %llu loads failed with a message\n", path,
                      (unsigned long long)total, (unsigned long long)failed);
    }
}

typedef struct {
    float seen[64];
    int n, stop_at;
} progress_log;

static int on_progress(float x, void *data) {
    progress_log *l = data;
    if (l->n < 64) l->seen[l->n] = x;
    l->n++;
    return l->stop_at > 0 && l->n >= l->stop_at;
}

/* The same model from a buffer as from its file, progress reported from 0
 * to 1 and a stop honoured, and a bad image refused with a message. */
static void load_from_memory(void **state) {
    (void)state;
    char err[256];
    size_t size;
    char *img = tu_read(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), &size);
    assert_non_null(img);
    progress_log log = {0};
    mr_model_params mp = mr_model_default_params();
    mp.progress_callback = on_progress;
    mp.progress_data = &log;
    mr_model *a = mr_model_load_from_memory(img, size, &mp, err, sizeof err);
    if (!a) fail_msg("%s", err);
    assert_true(log.n >= 4 && log.seen[0] == 0.0f && log.seen[log.n - 1] == 1.0f);
    for (int i = 1; i < log.n; i++) assert_true(log.seen[i] >= log.seen[i - 1]);
    mr_model *b = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(b);
    int32_t ids[] = {3, 288, 7, 101, 14, 114, 48, 29, 19, 1}, oa[64], ob[64];
    mr_ctx *ca = mr_ctx_new(a, NULL), *cb = mr_ctx_new(b, NULL);
    assert_int_equal(mr_encode(ca, ids, 10), MR_OK);
    assert_int_equal(mr_encode(cb, ids, 10), MR_OK);
    int32_t na = mr_generate(ca, NULL, oa, 64, NULL), nb = mr_generate(cb, NULL, ob, 64, NULL);
    if (!(na > 0 && na == nb)) fail_msg("%d %d: %s / %s", na, nb, mr_ctx_errmsg(ca), mr_ctx_errmsg(cb));
    assert_memory_equal(oa, ob, (size_t)na * sizeof *oa);
    mr_ctx_free(ca);
    mr_ctx_free(cb);
    mr_model_free(a);
    mr_model_free(b);
    /* stopped half way: no model, and the reason */
    log = (progress_log){.stop_at = 3};
    assert_null(mr_model_load_from_memory(img, size, &mp, err, sizeof err));
    assert_non_null(strstr(err, "load cancelled"));
    /* not a model */
    assert_null(mr_model_load_from_memory(img, 20, NULL, err, sizeof err));
    assert_true(err[0] != 0);
    assert_null(mr_model_load_from_memory(NULL, 100, NULL, err, sizeof err));
    assert_non_null(strstr(err, "no model image"));
    memset(img, 'x', 64);
    assert_null(mr_model_load_from_memory(img, size, NULL, err, sizeof err));
    assert_true(err[0] != 0);
    free(img);
}

typedef struct {
    char text[16][512];
    int level[16], n;
} log_book;

static void on_log(int level, const char *msg, void *data) {
    log_book *b = data;
    if (b->n < 16) { snprintf(b->text[b->n], sizeof b->text[0], "%s", msg); b->level[b->n] = level; }
    b->n++;
}

static int logged(const log_book *b, int level, const char *needle) {
    for (int i = 0; i < b->n && i < 16; i++)
        if (b->level[i] == level && strstr(b->text[i], needle)) return 1;
    return 0;
}

/* The logging hook: what a load, a context and calls say, by level. */
static void logging_hook(void **state) {
    (void)state;
    char err[256];
    assert_true(mr_abi_ok()); /* this header, this library */
    assert_int_equal(mr_abi_version(), MR_ABI_VERSION);
    log_book book = {0};
    mr_model_params mp = mr_model_default_params();
    mp.log_callback = on_log;
    mp.log_data = &book;
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), &mp, err, sizeof err);
    assert_non_null(m);
    assert_int_equal(book.n, 1);
    assert_true(logged(&book, MR_LOG_INFO, "loaded") && logged(&book, MR_LOG_INFO, "d_model 64"));
    book.n = 0;
    assert_null(mr_model_load("/nonexistent.gguf", &mp, err, sizeof err));
    assert_true(logged(&book, MR_LOG_ERROR, "/nonexistent.gguf"));
    book.n = 0;
    mp.log_level = MR_LOG_WARN; /* a quieter level hears no summary */
    mr_model *m2 = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), &mp, err, sizeof err);
    assert_non_null(m2);
    assert_int_equal(book.n, 0);
    mr_model_free(m2);
    mr_ctx_params cp = mr_ctx_default_params();
    cp.log_callback = on_log;
    cp.log_data = &book;
    cp.log_level = MR_LOG_DEBUG;
    mr_ctx *c = mr_ctx_new(m, &cp);
    assert_true(logged(&book, MR_LOG_INFO, "context: n_ctx"));
    int32_t ids[] = {3, 288, 7, 1}, out[64];
    assert_int_equal(mr_encode(c, ids, 4), MR_OK);
    assert_true(mr_generate(c, NULL, out, 64, NULL) > 0);
    assert_true(logged(&book, MR_LOG_DEBUG, "encode: 1 input, 4 tokens"));
    assert_true(logged(&book, MR_LOG_DEBUG, "generate: "));
    mr_ctx_free(c);
    mr_model_free(m);
}

typedef struct {
    mr_ctx *c;
    const int32_t *ids;
    int32_t n_ids, out[64], n_out;
} job;

static void *run_job(void *v) {
    job *j = v;
    j->n_out = -1;
    if (mr_encode(j->c, j->ids, j->n_ids) == MR_OK) j->n_out = mr_generate(j->c, NULL, j->out, 64, NULL);
    return NULL;
}

/* Two contexts on two threads sharing one pool give what a context with
 * its own pool gives. */
static void shared_threadpool(void **state) {
    (void)state;
    char err[256];
    assert_null(mr_threadpool_new(0));
    assert_null(mr_threadpool_new(257));
    mr_threadpool *pool = mr_threadpool_new(2);
    assert_non_null(pool);
    assert_int_equal(mr_threadpool_size(pool), 2);
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx_params cp = mr_ctx_default_params();
    cp.pool = pool;
    cp.n_threads = 3;
    mr_ctx *bad = NULL;
    assert_int_equal(mr_ctx_init(m, &cp, &bad, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(err, "shared pool"));
    cp.n_threads = 0;
    int32_t a[] = {3, 288, 7, 101, 14, 114, 48, 29, 19, 1}, b[] = {3, 74, 3, 32, 7, 7, 29, 3, 9, 8, 1};
    job j[2] = {{mr_ctx_new(m, &cp), a, 10, {0}, 0}, {mr_ctx_new(m, &cp), b, 11, {0}, 0}};
    assert_non_null(j[0].c);
    assert_non_null(j[1].c);
    for (int round = 0; round < 3; round++) {
        pthread_t t[2];
        for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, run_job, &j[i]);
        for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
        for (int i = 0; i < 2; i++) {
            mr_ctx_params own = mr_ctx_default_params();
            own.n_threads = 2;
            job ref = {mr_ctx_new(m, &own), j[i].ids, j[i].n_ids, {0}, 0};
            run_job(&ref);
            assert_true(ref.n_out > 0);
            assert_int_equal(j[i].n_out, ref.n_out);
            assert_memory_equal(j[i].out, ref.out, (size_t)ref.n_out * sizeof *ref.out);
            mr_ctx_free(ref.c);
        }
    }
    /* n_seq_max bounds a batch */
    mr_ctx_params lim = mr_ctx_default_params();
    lim.n_seq_max = 1;
    mr_ctx *one = mr_ctx_new(m, &lim);
    const int32_t *two[2] = {a, b};
    int32_t lens[2] = {10, 11};
    assert_int_equal(mr_encode_batch(one, two, lens, 2), MR_ERR_TOO_LONG);
    assert_non_null(strstr(mr_ctx_errmsg(one), "n_seq_max 1"));
    assert_int_equal(mr_encode_batch(one, two, lens, 1), MR_OK);
    mr_ctx_free(one);
    lim.n_seq_max = -1;
    assert_int_equal(mr_ctx_init(m, &lim, &bad, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(err, "n_seq_max"));
    mr_ctx_free(j[0].c);
    mr_ctx_free(j[1].c);
    mr_threadpool_free(pool); /* after its contexts */
    mr_model_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inconsistent_models), cmocka_unit_test(truncated_model),
        cmocka_unit_test(bad_calls),           cmocka_unit_test(generation_controls),
        cmocka_unit_test(context_params),
        cmocka_unit_test(shared_model),        cmocka_unit_test(llamacpp_file),
        cmocka_unit_test(classify_batches),    cmocka_unit_test(batch_inputs),
        cmocka_unit_test(batch_beyond_n_ctx),  cmocka_unit_test(load_out_of_memory),
        cmocka_unit_test(load_from_memory),    cmocka_unit_test(logging_hook),
        cmocka_unit_test(shared_threadpool),
    };
    return cmocka_run_group_tests_name("model", tests, NULL, NULL);
}
