/* test_advisor_batch.c - lib/advisor/advisor_batch.c: one output line per input
 * line for any bytes, each valid UTF-8 JSON, errors naming their line. */
#include <motionrec_advisor.h>
#include "testutil.h"

#include "advisor_batch.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static mr_advisor *adv;

static int setup(void **state) {
    (void)state;
    char err[256];
    adv = mr_advisor_new(NULL, err, sizeof err); /* knowledge rules, nothing stored */
    return adv ? 0 : -1;
}

static int teardown(void **state) {
    (void)state;
    mr_advisor_free(adv);
    return 0;
}

/* Run a batch; check the invariants; return the output (caller frees). */
static char *batch(const char *in, size_t len, int *refused, long long *n_lines) {
    char *out = NULL;
    size_t olen = 0;
    FILE *f = open_memstream(&out, &olen);
    *refused = mr_advisor_batch(adv, in, len, f, n_lines);
    fclose(f);
    assert_true(*refused >= 0);
    /* as many lines out as in, each one JSON object, valid UTF-8 */
    long long lines = 0;
    for (size_t i = 0; i < olen; i++) lines += out[i] == '\n';
    if (lines != *n_lines) fail_msg("%lld lines out, %lld in", lines, *n_lines);
    assert_true(olen == 0 || out[olen - 1] == '\n');
    assert_true(mr_utf8_error(out, olen) < 0);
    int errors = 0;
    for (char *l = out, *nl; l < out + olen; l = nl + 1) {
        nl = strchr(l, '\n');
        *nl = 0;
        cJSON *j = cJSON_Parse(l);
        if (!cJSON_IsObject(j)) fail_msg("not a JSON object: %s", l);
        errors += cJSON_GetObjectItem(j, "error") != NULL;
        cJSON_Delete(j);
        *nl = '\n';
    }
    assert_int_equal(errors, *refused);
    return out;
}

static void one_line_per_line(void **state) {
    (void)state;
    const char in[] = "{\"age\":30}\n\n{\"age\":300}\n{\"age\":3\0}\n{\"age\":40,\"goal\":\"\xff\"}\n\r\n{\"age\":41}";
    int refused;
    long long n;
    char *out = batch(in, sizeof in - 1, &refused, &n);
    assert_int_equal(n, 7);
    assert_int_equal(refused, 5);
    const char *want[] = {"{\"activity\"", "{\"error\":\"line 2: blank line",
                          "{\"error\":\"line 3: profile: field 'age': 300 is outside 5..110\"}",
                          "{\"error\":\"line 4: profile: a NUL byte at offset 8\"}",
                          "{\"error\":\"line 5: profile: invalid UTF-8 at byte offset 18\"}",
                          "{\"error\":\"line 6: blank line", "{\"activity\""};
    char *l = out;
    for (int i = 0; i < 7; i++) {
        if (strncmp(l, want[i], strlen(want[i]))) fail_msg("line %d: %.80s", i + 1, l);
        l = strchr(l, '\n') + 1;
    }
    free(out);
    /* nothing in, nothing out; a final newline is not one more line */
    out = batch("", 0, &refused, &n);
    assert_true(n == 0 && refused == 0);
    free(out);
    out = batch("{\"age\":30}\n", 11, &refused, &n);
    assert_true(n == 1 && refused == 0);
    free(out);
    assert_int_equal(mr_advisor_batch(NULL, "", 0, stdout, NULL), MR_ERR_INVALID_ARG);
}

/* Random bytes, with newlines and fragments of profiles mixed in: the
 * invariants of batch() hold for every one. */
static void any_bytes(void **state) {
    (void)state;
    static const char *frag[] = {"{\"age\":", "40", "}", "\n", "\"notes\":\"", "胸口疼", "\xe8\xb7", "\0", ",", "\\u0000",
                                 "\"user\":\"\xfe\"", "{\"age\":50,\"language\":\"en\"}"};
    uint64_t r = 0x2545f4914f6cdd1dull;
    for (int iter = 0; iter < 300; iter++) {
        char buf[256];
        size_t n = 0;
        while (n < 200) {
            r ^= r << 13; r ^= r >> 7; r ^= r << 17;
            if (r % 3 == 0) {
                buf[n++] = (char)(r >> 8);
            } else {
                const char *f = frag[(r >> 8) % 12];
                size_t k = f[0] ? strlen(f) : 1;
                memcpy(buf + n, f, k);
                n += k;
            }
        }
        int refused;
        long long lines;
        free(batch(buf, n, &refused, &lines));
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(one_line_per_line),
        cmocka_unit_test(any_bytes),
    };
    return cmocka_run_group_tests_name("advisor_batch", tests, setup, teardown);
}
