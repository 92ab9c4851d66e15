/* test_safetensors.c - lib/convert/safetensors.c: tensors read back with their
 * values in each storage type; every cut of a valid file is refused; a
 * refused file leaves the set as it was; headers that wrap a shape or point
 * outside the file are refused; shard indexes are checked. */
#include "testutil.h"

#include "safetensors.h"

#include <stdlib.h>
#include <string.h>

static char err[512];

/* header JSON + data bytes -> a safetensors file in memory */
static uint8_t *make(const char *header, const void *data, size_t dlen, size_t *size) {
    size_t h = strlen(header);
    *size = 8 + h + dlen;
    uint8_t *b = malloc(*size);
    for (int i = 0; i < 8; i++) b[i] = (uint8_t)((uint64_t)h >> (8 * i));
    memcpy(b + 8, header, h);
    if (dlen) memcpy(b + 8 + h, data, dlen);
    return b;
}

static const char *GOOD =
    "{\"__metadata__\":{\"format\":\"pt\"},"
    "\"w\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
    "\"h\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[24,28]},"
    "\"b\":{\"dtype\":\"BF16\",\"shape\":[1],\"data_offsets\":[28,30]}}  ";

static uint8_t *good(size_t *size) {
    uint8_t d[30];
    float w[6] = {1, 2, 3, 4, 5, -6.5f};
    memcpy(d, w, 24);
    uint16_t h[2] = {0x3c00, 0xc000}; /* 1.0, -2.0 */
    memcpy(d + 24, h, 4);
    uint16_t bf = 0x4049;             /* 3.140625 */
    memcpy(d + 28, &bf, 2);
    return make(GOOD, d, sizeof d, size);
}

static void values(void **state) {
    (void)state;
    size_t n;
    uint8_t *f = good(&n);
    mr_st_set set = {0};
    assert_int_equal(mr_st_parse(&set, f, n, err, sizeof err), MR_OK);
    assert_int_equal(set.n, 3);
    mr_st_tensor *w = mr_st_find(&set, "w"), *h = mr_st_find(&set, "h"), *b = mr_st_find(&set, "b");
    assert_non_null(w);
    assert_true(w->n_dims == 2 && w->shape[0] == 2 && w->shape[1] == 3 && w->nbytes == 24);
    assert_true(mr_st_get(w, 5) == -6.5f && mr_st_get(w, 0) == 1.0f);
    assert_true(mr_st_get(h, 0) == 1.0f && mr_st_get(h, 1) == -2.0f);
    assert_true(mr_st_get(b, 0) == 3.140625f);
    assert_null(mr_st_find(&set, "__metadata__"));
    /* a second shard with the same name is refused, and the set is as it was */
    assert_int_equal(mr_st_parse(&set, f, n, err, sizeof err), MR_ERR_FORMAT);
    assert_string_equal(err, "tensor w appears twice");
    assert_int_equal(set.n, 3);
    mr_st_free(&set);
    mr_st_free(&set); /* twice is fine */
    free(f);
}

/* Every prefix of a valid file is refused: the header length, the header
 * or the data comes up short. */
static void every_cut(void **state) {
    (void)state;
    size_t n;
    uint8_t *f = good(&n);
    for (size_t cut = 0; cut < n; cut++) {
        uint8_t *c = malloc(cut ? cut : 1);
        memcpy(c, f, cut);
        mr_st_set set = {0};
        if (mr_st_parse(&set, c, cut, err, sizeof err) == MR_OK) fail_msg("cut at %zu of %zu accepted", cut, n);
        assert_int_equal(set.n, 0);
        assert_null(set.t); /* nothing left to free */
        assert_true(strlen(err) > 0);
        free(c);
    }
    free(f);
}

static void hostile_headers(void **state) {
    (void)state;
    const struct { const char *header; size_t dlen; int rc; const char *msg; } cases[] = {
        {"[{}]", 0, MR_ERR_FORMAT, "header: the JSON is not an object"},
        {"{\"a\":", 0, MR_ERR_FORMAT, "header: not valid JSON"},
        {"{} x", 0, MR_ERR_FORMAT, "header: text after the JSON object at byte 3"},
        {"{\"a\":[]}", 0, MR_ERR_FORMAT, "tensor a has a malformed entry"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4, MR_ERR_FORMAT, "tensor a has a malformed entry"},
        {"{\"a\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}}", 8, MR_ERR_UNSUPPORTED,
         "tensor a: storage type I64 is not supported (F32, F16, BF16 are)"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}", 4, MR_ERR_UNSUPPORTED,
         "tensor a: 0 dimensions unsupported"},
        /* 2^32 x 2^32 x 4 bytes wraps to 0 in 64 bits: must not match [0, 0) */
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}", 0, MR_ERR_FORMAT,
         "tensor a: bad shape"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]}}", 0, MR_ERR_FORMAT, "tensor a: bad shape"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]}}", 8, MR_ERR_FORMAT, "tensor a: bad shape"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 4, MR_ERR_FORMAT,
         "tensor a: data offsets do not match its shape (8 bytes) or the file's 4 data bytes"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,0]}}", 4, MR_ERR_FORMAT, "data offsets"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[-4,0]}}", 4, MR_ERR_FORMAT, "data offsets"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0.5,4.5]}}", 8, MR_ERR_FORMAT, "data offsets"},
        {"{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},"
         "\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4, MR_ERR_FORMAT, "tensor a appears twice"},
    };
    uint8_t zeros[16] = {0};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        uint8_t *f = make(cases[i].header, zeros, cases[i].dlen, &n);
        mr_st_set set = {0};
        int rc = mr_st_parse(&set, f, n, err, sizeof err);
        if (rc != cases[i].rc || !strstr(err, cases[i].msg))
            fail_msg("%s: rc %d (want %d), \"%s\" (want \"%s\")", cases[i].header, rc, cases[i].rc, err, cases[i].msg);
        assert_int_equal(set.n, 0);
        free(f);
    }
    /* a header length beyond the file, and a NUL inside the header */
    uint8_t big[12] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, '{', '}', 0, 0};
    mr_st_set set = {0};
    assert_int_equal(mr_st_parse(&set, big, sizeof big, err, sizeof err), MR_ERR_FORMAT);
    assert_string_equal(err, "header length 18446744073709551615 exceeds the file (12 bytes)");
    uint8_t nul[12] = {4, 0, 0, 0, 0, 0, 0, 0, '{', 0, '}', ' '};
    assert_int_equal(mr_st_parse(&set, nul, sizeof nul, err, sizeof err), MR_ERR_FORMAT);
    assert_string_equal(err, "header: a NUL byte in the JSON");
}

static void shard_index(void **state) {
    (void)state;
    char **sh;
    int n;
    const char *ok = "{\"metadata\":{},\"weight_map\":{\"a\":\"m-2.safetensors\",\"b\":\"m-1.safetensors\","
                     "\"c\":\"m-2.safetensors\"}}";
    assert_int_equal(mr_st_index_parse(ok, strlen(ok), &sh, &n, err, sizeof err), MR_OK);
    assert_int_equal(n, 2);
    assert_string_equal(sh[0], "m-2.safetensors");
    assert_string_equal(sh[1], "m-1.safetensors");
    mr_st_index_free(sh, n);
    const struct { const char *json, *msg; } bad[] = {
        {"{\"weight_map\":{\"a\":\"../x.safetensors\"}}", "tensor a has a bad shard name"},
        {"{\"weight_map\":{\"a\":\"..\"}}", "tensor a has a bad shard name"},
        {"{\"weight_map\":{\"a\":\"\"}}", "tensor a has a bad shard name"},
        {"{\"weight_map\":{\"a\":7}}", "tensor a has a bad shard name"},
        {"{\"weight_map\":{}}", "no weight_map"},
        {"{\"weight_map\":[\"x\"]}", "no weight_map"},
        {"[]", "the JSON is not an object"},
        {"{\"weight_map\":{\"a\":\"x\"}} {", "text after the JSON object"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sh = (char **)&n;
        if (mr_st_index_parse(bad[i].json, strlen(bad[i].json), &sh, &n, err, sizeof err) != MR_ERR_FORMAT ||
            !strstr(err, bad[i].msg))
            fail_msg("%s: \"%s\" (want \"%s\")", bad[i].json, err, bad[i].msg);
        assert_null(sh);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(values),
        cmocka_unit_test(every_cut),
        cmocka_unit_test(hostile_headers),
        cmocka_unit_test(shard_index),
    };
    return cmocka_run_group_tests_name("safetensors", tests, NULL, NULL);
}
