/* test_utf8.c - lib/common/utf8.c: strict UTF-8 validation at its edges, and JSON
 * strings that are valid UTF-8 JSON for any bytes, keeping valid text as it
 * is. */
#include "testutil.h"

#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static void validation(void **state) {
    (void)state;
    const struct { const char *s; long bad; } cases[] = {
        {"", -1}, {"abc", -1}, {"运动 ok", -1}, {"\xf0\x9f\x8f\x83", -1},     /* U+1F3C3 */
        {"\xf4\x8f\xbf\xbf", -1},                                             /* U+10FFFF */
        {"\xed\x9f\xbf", -1},                                                 /* U+D7FF */
        {"a\xff", 1}, {"\xc0\x80", 0}, {"\xc1\xbf", 0},                       /* F5-FF, overlong 2-byte */
        {"\xe0\x80\x80", 0}, {"\xf0\x80\x80\x80", 0},                         /* overlong 3, 4 */
        {"\xed\xa0\x80", 0},                                                  /* surrogate */
        {"\xf4\x90\x80\x80", 0}, {"\xf5\x80\x80\x80", 0},                     /* above U+10FFFF */
        {"ab\xe4\xb8", 2}, {"\xe4\xb8x", 0}, {"\x80", 0},                     /* cut short, lone continuation */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long got = mr_utf8_error(cases[i].s, strlen(cases[i].s));
        if (got != cases[i].bad) fail_msg("case %zu: %ld, expected %ld", i, got, cases[i].bad);
    }
}

static char *json(const char *s, size_t n) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    mr_json_str(f, s, n);
    fclose(f);
    return buf;
}

static void json_strings(void **state) {
    (void)state;
    const struct { const char *in; size_t n; const char *out; } cases[] = {
        {"plain", 5, "\"plain\""},
        {"say \"hi\" \\o/", 12, "\"say \\\"hi\\\" \\\\o/\""},
        {"a\nb\x01\x1f", 5, "\"a\\u000ab\\u0001\\u001f\""},
        {"跑步", 6, "\"跑步\""},
        {"r\xffun", 4, "\"r\\ufffdun\""},
        {"\xe4\xb8", 2, "\"\\ufffd\\ufffd\""},            /* each byte of a cut sequence */
        {"\xc0\x80", 2, "\"\\ufffd\\ufffd\""},            /* overlong NUL */
        {"\xed\xa0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\""}, /* surrogate */
        {"a\0b", 3, "\"a\\u0000b\""},                      /* a NUL inside the given length */
        {NULL, 0, "\"\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *out = json(cases[i].in, cases[i].n);
        if (strcmp(out, cases[i].out)) fail_msg("case %zu: %s, expected %s", i, out, cases[i].out);
        free(out);
    }
}

/* Random bytes: the output is always valid UTF-8 and parses as one JSON
 * string; when the input was valid UTF-8 without NUL, it parses back to
 * the same bytes. */
static void any_bytes(void **state) {
    (void)state;
    uint64_t r = 0x9e3779b97f4a7c15ull;
    for (int iter = 0; iter < 20000; iter++) {
        char in[24];
        size_t n = (size_t)(iter % 24);
        for (size_t i = 0; i < n; i++) {
            r ^= r << 13; r ^= r >> 7; r ^= r << 17;
            /* every third string from ASCII that needs escaping, so that the
             * round trip is tested on more than the odd valid random string */
            in[i] = (char)(iter % 3 ? (int)(r & 0xff) : "ab\"\\\n\t z"[r % 9]);
        }
        char *out = json(in, n);
        assert_true(mr_utf8_error(out, strlen(out)) < 0);
        cJSON *j = cJSON_Parse(out);
        if (!cJSON_IsString(j)) fail_msg("not a JSON string: %s", out);
        if (mr_utf8_error(in, n) < 0 && !memchr(in, 0, n))
            assert_true(strlen(j->valuestring) == n && !memcmp(j->valuestring, in, n));
        cJSON_Delete(j);
        free(out);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(validation),
        cmocka_unit_test(json_strings),
        cmocka_unit_test(any_bytes),
    };
    return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
