/* test_hf_config.c - lib/convert/hf_config.c: a real config.json gives the
 * hyper-parameters its converted file states; defaults are transformers';
 * every value the loader would refuse is refused here, naming the
 * config.json key; malformed JSON is refused. */
#include "testutil.h"

#include "hf_config.h"

#include <stdlib.h>
#include <string.h>

static char err[512];

static int parse(const char *json, mr_hf_config *c) {
    err[0] = 0;
    return mr_hf_config_parse(json, strlen(json), c, err, sizeof err);
}

/* The reference checkpoint's config against the GGUF converted from it. */
static void matches_the_converted_file(void **state) {
    (void)state;
    const char *variants[] = {"flan-v1_1-tiny-copy", "t5-v1_0-tiny"};
    for (int v = 0; v < 2; v++) {
        char rel[128];
        snprintf(rel, sizeof rel, "goldens/%s/config.json", variants[v]);
        size_t len;
        char *txt = tu_read(tu_data(rel), &len);
        assert_non_null(txt);
        mr_hf_config c;
        if (mr_hf_config_parse(txt, len, &c, err, sizeof err) != MR_OK) fail_msg("%s: %s", rel, err);
        free(txt);
        snprintf(rel, sizeof rel, "%s-f32.gguf", variants[v]);
        mr_model *m = mr_model_load(tu_gen(rel), NULL, err, sizeof err);
        if (!m) fail_msg("%s", err);
        mr_model_info info;
        mr_model_get_info(m, &info);
        assert_int_equal(c.hp.d_model, info.d_model);
        assert_int_equal(c.hp.d_ff, info.d_ff);
        assert_int_equal(c.hp.d_kv, info.d_kv);
        assert_int_equal(c.hp.n_heads, info.n_heads);
        assert_int_equal(c.hp.n_enc_layers, info.n_enc_layers);
        assert_int_equal(c.hp.n_dec_layers, info.n_dec_layers);
        assert_int_equal(c.hp.n_buckets, info.n_rel_buckets);
        assert_int_equal(c.hp.max_distance, info.rel_max_distance);
        assert_int_equal(c.hp.n_ctx_train, info.n_ctx_train);
        assert_int_equal(c.hp.n_vocab, info.n_vocab);
        assert_int_equal(c.hp.eos_id, info.eos_id);
        assert_int_equal(c.hp.decoder_start_id, info.decoder_start_id);
        assert_int_equal(c.hp.gated, info.gated);
        assert_int_equal(c.hp.inner, info.n_heads * info.d_kv);
        mr_model_free(m);
    }
}

static void defaults(void **state) {
    (void)state;
    mr_hf_config c;
    const char *min = "{\"model_type\":\"t5\",\"d_model\":64,\"d_ff\":128,\"d_kv\":8,\"num_heads\":8,"
                      "\"num_layers\":2,\"vocab_size\":100}";
    assert_int_equal(parse(min, &c), MR_OK);
    assert_int_equal(c.hp.n_dec_layers, 2);
    assert_int_equal(c.hp.n_buckets, 32);
    assert_int_equal(c.hp.max_distance, 128);
    assert_int_equal(c.hp.n_ctx_train, 512);
    assert_int_equal(c.hp.eos_id, 1);
    assert_int_equal(c.hp.pad_id, 0);
    assert_int_equal(c.hp.decoder_start_id, 0);
    assert_true(c.hp.eps == 1e-6f);
    assert_string_equal(c.hp.ffn_proj, "relu");
    assert_int_equal(c.hp.gated, 0);
    assert_true(c.tie && c.scale_out); /* transformers 4: tying implies the rescale */
    /* the loader's activation names, all of them */
    const char *acts[] = {"gelu_pytorch_tanh", "gated-silu", "swish", "gated-gelu_new"};
    for (int i = 0; i < 4; i++) {
        char j[512];
        snprintf(j, sizeof j, "{\"model_type\":\"mt5\",\"d_model\":64,\"d_ff\":128,\"d_kv\":8,\"num_heads\":8,"
                              "\"num_layers\":2,\"vocab_size\":100,\"feed_forward_proj\":\"%s\","
                              "\"tie_word_embeddings\":true,\"scale_decoder_outputs\":false}", acts[i]);
        if (parse(j, &c) != MR_OK) fail_msg("%s: %s", acts[i], err);
        assert_string_equal(c.hp.ffn_proj, acts[i]);
        assert_true(c.tie && !c.scale_out);
    }
}

static void refusals(void **state) {
    (void)state;
    const char *head = "{\"model_type\":\"t5\",\"d_model\":64,\"d_ff\":128,\"d_kv\":8,\"num_heads\":8,"
                       "\"num_layers\":2,\"vocab_size\":100";
    const struct { const char *extra; int rc; const char *msg; } cases[] = {
        {",\"eos_token_id\":1e9}", MR_ERR_MODEL, "key eos_token_id: 1000000000 is outside the vocabulary 0..99"},
        {",\"decoder_start_token_id\":100}", MR_ERR_MODEL, "key decoder_start_token_id: 100 is outside the vocabulary 0..99"},
        {",\"pad_token_id\":100,\"decoder_start_token_id\":0}", MR_ERR_MODEL, "key pad_token_id: 100 is outside the vocabulary 0..99"},
        {",\"layer_norm_epsilon\":-1}", MR_ERR_MODEL, "key layer_norm_epsilon: -1 is outside [0, 1)"},
        {",\"layer_norm_epsilon\":1}", MR_ERR_MODEL, "key layer_norm_epsilon: 1 is outside [0, 1)"},
        {",\"layer_norm_epsilon\":1e300}", MR_ERR_MODEL, "key layer_norm_epsilon: inf is outside [0, 1)"},
        {",\"relative_attention_max_distance\":0}", MR_ERR_MODEL,
         "key relative_attention_max_distance: 0 is outside 1..16777216"},
        {",\"relative_attention_max_distance\":8}", MR_ERR_MODEL,
         "key relative_attention_max_distance: 8 must exceed 8 (a quarter of the buckets)"},
        {",\"n_positions\":0}", MR_ERR_MODEL, "key n_positions: 0 is outside 1..16777216"},
        {",\"n_positions\":16777217}", MR_ERR_MODEL, "key n_positions: 16777217 is outside 1..16777216"},
        {",\"relative_attention_num_buckets\":1}", MR_ERR_MODEL,
         "key relative_attention_num_buckets: 1 is outside 2..65536"},
        {",\"num_decoder_layers\":3000000000}", MR_ERR_FORMAT,
         "num_decoder_layers: 3000000000 is not a whole number in 0..2147483647"},
        {",\"num_decoder_layers\":-1}", MR_ERR_FORMAT, "num_decoder_layers: -1 is not a whole number"},
        {",\"n_positions\":2.5}", MR_ERR_FORMAT, "n_positions: 2.5 is not a whole number in 0..2147483647"},
        {",\"n_positions\":\"2\"}", MR_ERR_FORMAT, "n_positions must be a whole number"},
        {",\"tie_word_embeddings\":0}", MR_ERR_FORMAT, "tie_word_embeddings must be true or false"},
        {",\"layer_norm_epsilon\":\"1e-6\"}", MR_ERR_FORMAT, "layer_norm_epsilon must be a number"},
        {",\"feed_forward_proj\":\"gated-swiglu\"}", MR_ERR_UNSUPPORTED, "feed_forward_proj \"gated-swiglu\" is not supported"},
        {",\"vocab_size\":1}", MR_ERR_FORMAT, "key vocab_size appears twice"},
        {"} {}", MR_ERR_FORMAT, "text after the JSON object at byte"},
        {"}\n \t", MR_OK, ""},
    };
    mr_hf_config c;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char j[512];
        snprintf(j, sizeof j, "%s%s", head, cases[i].extra);
        int rc = parse(j, &c);
        if (rc != cases[i].rc || !strstr(err, cases[i].msg))
            fail_msg("%s: rc %d (want %d), message \"%s\" (want \"%s\")", cases[i].extra, rc, cases[i].rc, err, cases[i].msg);
    }
    assert_int_equal(parse("{\"model_type\":\"t5\",\"d_model\":64,\"d_ff\":128,\"d_kv\":512,\"num_heads\":4096,"
                           "\"num_layers\":2,\"vocab_size\":100}", &c), MR_ERR_MODEL);
    assert_string_equal(err, "key num_heads x d_kv: 2097152 is more than 1048576");
    assert_int_equal(parse("{\"d_model\":64}", &c), MR_ERR_UNSUPPORTED);
    assert_string_equal(err, "model_type (missing) is not supported (t5, mt5 are)");
    assert_int_equal(parse("{\"model_type\":\"t5\"}", &c), MR_ERR_FORMAT);
    assert_string_equal(err, "d_model is missing");
    assert_int_equal(parse("[1]", &c), MR_ERR_FORMAT);
    assert_string_equal(err, "not a JSON object");
    assert_int_equal(parse("", &c), MR_ERR_FORMAT);
    assert_int_equal(mr_hf_config_parse("{\"model_type\":\"t5\"}\0x", 21, &c, err, sizeof err), MR_ERR_FORMAT);
    assert_string_equal(err, "a NUL byte in the file");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(matches_the_converted_file),
        cmocka_unit_test(defaults),
        cmocka_unit_test(refusals),
    };
    return cmocka_run_group_tests_name("hf_config", tests, NULL, NULL);
}
