/* hf_config.c - config.json -> mr_hparams for mr-convert (hf_config.h),
 * with cJSON doing the parsing and mr_hparams_check the ranges. */
#include "hf_config.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <string.h>

typedef struct {
    cJSON *j;
    char *err;
    size_t errsz;
    int rc;
} reader;

static int bad(reader *r, int rc, const char *key, const char *what) {
    if (r->rc == MR_OK) {
        mr_fmt(r->err, r->errsz, "%s %s", key, what);
        r->rc = rc;
    }
    return 0;
}

/* A whole number in 0..INT32_MAX (the loader's ranges come after), or the
 * default when the key is absent or null. */
static int32_t whole(reader *r, const char *key, int32_t dflt, int required) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(r->j, key);
    if (!v || cJSON_IsNull(v)) {
        if (required) bad(r, MR_ERR_FORMAT, key, "is missing");
        return dflt;
    }
    double x = v->valuedouble;
    if (!cJSON_IsNumber(v) || !(x >= 0 && x <= INT32_MAX) || x != floor(x)) {
        if (r->rc == MR_OK) {
            if (cJSON_IsNumber(v)) mr_fmt(r->err, r->errsz, "%s: %.17g is not a whole number in 0..%d", key, x, INT32_MAX);
            else mr_fmt(r->err, r->errsz, "%s must be a whole number", key);
            r->rc = MR_ERR_FORMAT;
        }
        return dflt;
    }
    return (int32_t)x;
}

static int boolean(reader *r, const char *key, int dflt) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(r->j, key);
    if (!v || cJSON_IsNull(v)) return dflt;
    if (!cJSON_IsBool(v)) return bad(r, MR_ERR_FORMAT, key, "must be true or false");
    return cJSON_IsTrue(v);
}

int mr_hf_config_parse(const char *json, size_t len, mr_hf_config *c, char *err, size_t errsz) {
    memset(c, 0, sizeof *c);
    /* a NUL would end cJSON's reading early and hide what follows */
    if (memchr(json, 0, len)) { mr_fmt(err, errsz, "a NUL byte in the file"); return MR_ERR_FORMAT; }
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(json, len, &end, 0);
    if (j && end && (size_t)(end - json) < len) {
        const char *p = end;
        while ((size_t)(p - json) < len && strchr(" \t\r\n", *p)) p++;
        if ((size_t)(p - json) < len) {
            mr_fmt(err, errsz, "text after the JSON object at byte %zu", (size_t)(p - json));
            cJSON_Delete(j);
            return MR_ERR_FORMAT;
        }
    }
    if (!cJSON_IsObject(j)) {
        mr_fmt(err, errsz, "not a JSON object");
        cJSON_Delete(j);
        return MR_ERR_FORMAT;
    }
    /* cJSON keeps both copies of a repeated key and reads the first: which
     * one the writer meant is unknowable, so neither is taken */
    for (const cJSON *a = j->child; a; a = a->next)
        for (const cJSON *b = a->next; b; b = b->next)
            if (!strcmp(a->string, b->string)) {
                mr_fmt(err, errsz, "key %.60s appears twice", a->string);
                cJSON_Delete(j);
                return MR_ERR_FORMAT;
            }
    reader r = {j, err, errsz, MR_OK};
    const cJSON *mt = cJSON_GetObjectItemCaseSensitive(j, "model_type");
    if (!cJSON_IsString(mt) || (strcmp(mt->valuestring, "t5") && strcmp(mt->valuestring, "mt5"))) {
        mr_fmt(err, errsz, "model_type %s is not supported (t5, mt5 are)",
               cJSON_IsString(mt) ? mt->valuestring : "(missing)");
        cJSON_Delete(j);
        return MR_ERR_UNSUPPORTED;
    }
    mr_hparams *hp = &c->hp;
    hp->d_model = whole(&r, "d_model", 0, 1);
    hp->d_ff = whole(&r, "d_ff", 0, 1);
    hp->d_kv = whole(&r, "d_kv", 0, 1);
    hp->n_heads = whole(&r, "num_heads", 0, 1);
    hp->n_enc_layers = whole(&r, "num_layers", 0, 1);
    hp->n_dec_layers = whole(&r, "num_decoder_layers", hp->n_enc_layers, 0);
    hp->n_buckets = whole(&r, "relative_attention_num_buckets", 32, 0);
    hp->max_distance = whole(&r, "relative_attention_max_distance", 128, 0);
    hp->n_vocab = whole(&r, "vocab_size", 0, 1);
    hp->n_ctx_train = whole(&r, "n_positions", 512, 0);
    hp->pad_id = whole(&r, "pad_token_id", 0, 0);
    hp->eos_id = whole(&r, "eos_token_id", 1, 0);
    hp->decoder_start_id = whole(&r, "decoder_start_token_id", hp->pad_id, 0);
    c->tie = boolean(&r, "tie_word_embeddings", 1);
    /* transformers 5 states the rescale; older configs imply it by tying */
    c->scale_out = boolean(&r, "scale_decoder_outputs", c->tie);
    const cJSON *eps = cJSON_GetObjectItemCaseSensitive(j, "layer_norm_epsilon");
    hp->eps = 1e-6f;
    if (eps && !cJSON_IsNull(eps)) {
        /* the file stores a float32: that is the value to check */
        if (cJSON_IsNumber(eps)) hp->eps = (float)eps->valuedouble;
        else bad(&r, MR_ERR_FORMAT, "layer_norm_epsilon", "must be a number");
    }
    const cJSON *proj = cJSON_GetObjectItemCaseSensitive(j, "feed_forward_proj");
    const char *p = "relu";
    if (proj && !cJSON_IsNull(proj)) {
        if (cJSON_IsString(proj)) p = proj->valuestring;
        else bad(&r, MR_ERR_FORMAT, "feed_forward_proj", "must be a string");
    }
    if (r.rc == MR_OK && !mr_hparams_set_act(hp, p, strlen(p))) {
        mr_fmt(err, errsz, "feed_forward_proj \"%.40s\" is not supported (relu, gelu, gelu_new, silu, gated-*)", p);
        r.rc = MR_ERR_UNSUPPORTED;
    }
    if (r.rc == MR_OK && !mr_hparams_check(hp, MR_HP_CONFIG, err, errsz)) r.rc = MR_ERR_MODEL;
    cJSON_Delete(j);
    return r.rc;
}
