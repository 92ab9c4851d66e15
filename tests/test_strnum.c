/* test_strnum.c - lib/common/strnum.c: the whole text is the number, the range is
 * the caller's, overflow is found exactly, and every refusal names the
 * option and the text. */
#include "testutil.h"

#include "strnum.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

static char err[256];

/* A refused text: MR_ERR_INVALID_ARG, the output untouched, and a message
 * that contains `needle`. */
static void refused_i64(const char *text, int64_t lo, int64_t hi, const char *needle) {
    int64_t v = 4242;
    err[0] = 0;
    if (mr_strnum_i64(text, lo, hi, "--opt", &v, err, sizeof err) != MR_ERR_INVALID_ARG)
        fail_msg("'%s' accepted as %lld", text, (long long)v);
    assert_int_equal(v, 4242);
    if (!strstr(err, needle) || strncmp(err, "--opt: ", 7)) fail_msg("'%s': message '%s' lacks '%s'", text, err, needle);
}

static void whole_numbers(void **state) {
    (void)state;
    int64_t v;
    assert_int_equal(mr_strnum_i64("5", 1, 10, "--opt", &v, err, sizeof err), MR_OK);
    assert_int_equal(v, 5);
    assert_int_equal(mr_strnum_i64("007", 0, 10, "--opt", &v, err, sizeof err), MR_OK);
    assert_int_equal(v, 7);
    assert_int_equal(mr_strnum_i64("-12", -20, 0, "--opt", &v, err, sizeof err), MR_OK);
    assert_int_equal(v, -12);
    /* the extremes of int64 */
    assert_int_equal(mr_strnum_i64("9223372036854775807", INT64_MIN, INT64_MAX, "--opt", &v, err, sizeof err), MR_OK);
    assert_true(v == INT64_MAX);
    assert_int_equal(mr_strnum_i64("-9223372036854775808", INT64_MIN, INT64_MAX, "--opt", &v, err, sizeof err), MR_OK);
    assert_true(v == INT64_MIN);
    /* exactly at the bounds, and one past them */
    assert_int_equal(mr_strnum_i64("1", 1, 5, "--opt", &v, err, sizeof err), MR_OK);
    assert_int_equal(mr_strnum_i64("5", 1, 5, "--opt", &v, err, sizeof err), MR_OK);
    refused_i64("0", 1, 5, "0 is outside 1..5");
    refused_i64("6", 1, 5, "6 is outside 1..5");

    /* the leniencies of strtol, each refused */
    refused_i64("5x", 1, 100, "'5x' is not a whole number (expected 1..100)");
    refused_i64("abc", 1, 100, "'abc' is not a whole number");
    refused_i64(" 7", 1, 100, "not a whole number");
    refused_i64("7 ", 1, 100, "not a whole number");
    refused_i64("+7", 1, 100, "not a whole number");
    refused_i64("0x10", 0, 100, "not a whole number");
    refused_i64("1e3", 0, 10000, "not a whole number");
    refused_i64("-", -5, 5, "not a whole number");
    refused_i64("--5", -5, 5, "not a whole number");
    refused_i64("", 1, 5, "--opt: empty value");
    refused_i64(NULL, 1, 5, "--opt: empty value");
    /* overflow is out of range, not clamped */
    refused_i64("9223372036854775808", 0, INT64_MAX, "9223372036854775808 is outside 0..9223372036854775807");
    refused_i64("-9223372036854775809", INT64_MIN, INT64_MAX, "is outside");
    refused_i64("99999999999999999999999999", INT64_MIN, INT64_MAX, "is outside");
    /* long or unprintable text is shortened and made printable */
    refused_i64("12345678901234567890123456789012345678901234567890x", 0, 9, "...' is not a whole number");
    refused_i64("4\n2", 0, 99, "'4?2'");

    int x = 99;
    assert_int_equal(mr_strnum_int("2147483647", 0, INT32_MAX, "--n", &x, err, sizeof err), MR_OK);
    assert_int_equal(x, INT32_MAX);
    assert_int_equal(mr_strnum_int("2147483648", 0, INT32_MAX, "--n", &x, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_int_equal(x, INT32_MAX);
    assert_string_equal(err, "--n: 2147483648 is outside 0..2147483647");
}

static void unsigned_numbers(void **state) {
    (void)state;
    uint64_t v = 1;
    assert_int_equal(mr_strnum_u64("18446744073709551615", UINT64_MAX, "--seed", &v, err, sizeof err), MR_OK);
    assert_true(v == UINT64_MAX);
    assert_int_equal(mr_strnum_u64("0", UINT64_MAX, "--seed", &v, err, sizeof err), MR_OK);
    assert_true(v == 0);
    /* strtoull reads "-1" as 2^64 - 1 */
    assert_int_equal(mr_strnum_u64("-1", UINT64_MAX, "--seed", &v, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_string_equal(err, "--seed: '-1' is not a whole number (expected 0..18446744073709551615)");
    assert_int_equal(mr_strnum_u64("18446744073709551616", UINT64_MAX, "--seed", &v, err, sizeof err),
                     MR_ERR_INVALID_ARG);
    assert_non_null(strstr(err, "is outside 0..18446744073709551615"));
    assert_int_equal(mr_strnum_u64("11", 10, "--seed", &v, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_strnum_u64("", 10, "--seed", &v, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_true(v == 0);
}

static void real_numbers(void **state) {
    (void)state;
    double v;
    const char *good[] = {"0", "0.7", ".5", "5.", "-0.25", "1e-3", "2.5E+2", "007.50"};
    const double want[] = {0, 0.7, 0.5, 5, -0.25, 1e-3, 250, 7.5};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        if (mr_strnum_f64(good[i], -1, 1000, "--temp", &v, err, sizeof err) != MR_OK) fail_msg("%s: %s", good[i], err);
        assert_true(v == want[i]);
    }
    const char *bad[] = {"", ".", "-", "1.2.3", "1e", "1e+", "e5", "inf", "-inf", "nan", "NAN", "0x1p3", " 1",
                         "1 ", "+1", "1,5", "0.5f", "--1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        v = 42;
        if (mr_strnum_f64(bad[i], -1e300, 1e300, "--temp", &v, err, sizeof err) != MR_ERR_INVALID_ARG)
            fail_msg("'%s' accepted as %g", bad[i], v);
        assert_true(v == 42);
        assert_non_null(strstr(err, "--temp: "));
    }
    assert_int_equal(mr_strnum_f64("abc", 0, 2, "--top-p", &v, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_string_equal(err, "--top-p: 'abc' is not a number (expected 0..2)");
    /* range, and overflow to infinity */
    assert_int_equal(mr_strnum_f64("1.5", 0, 1, "--top-p", &v, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_string_equal(err, "--top-p: 1.5 is outside 0..1");
    assert_int_equal(mr_strnum_f64("1e999", 0, DBL_MAX, "--temp", &v, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(err, "1e999 is outside"));
    assert_int_equal(mr_strnum_f64("1", 0, 1, "--top-p", &v, err, sizeof err), MR_OK);
}

static void id_lists(void **state) {
    (void)state;
    int32_t *ids, n;
    assert_int_equal(mr_strnum_ids("5,6,1", 1, "--ids", &ids, &n, err, sizeof err), MR_OK);
    assert_int_equal(n, 3);
    assert_true(ids[0] == 5 && ids[1] == 6 && ids[2] == 1);
    free(ids);
    assert_int_equal(mr_strnum_ids(" 5, 6 ,\t7 8 ", 1, "--ids", &ids, &n, err, sizeof err), MR_OK);
    assert_int_equal(n, 4);
    assert_true(ids[0] == 5 && ids[3] == 8);
    free(ids);
    /* many ids grow the buffer */
    char big[4000] = "";
    for (int i = 0; i < 500; i++) snprintf(big + strlen(big), sizeof big - strlen(big), "%s%d", i ? "," : "", i);
    assert_int_equal(mr_strnum_ids(big, 1, "--ids", &ids, &n, err, sizeof err), MR_OK);
    assert_int_equal(n, 500);
    assert_int_equal(ids[499], 499);
    free(ids);
    /* blank: no ids, which only a caller that allows it accepts */
    assert_int_equal(mr_strnum_ids("  ", 0, "line 3", &ids, &n, err, sizeof err), MR_OK);
    assert_int_equal(n, 0);
    free(ids);
    assert_int_equal(mr_strnum_ids("", 1, "--ids", &ids, &n, err, sizeof err), MR_ERR_INVALID_ARG);
    assert_string_equal(err, "--ids: empty id list");
    const struct { const char *text, *needle; } bad[] = {
        {"5,,6", "--ids: empty item in the id list '5,,6'"},
        {"5,", "empty item"},
        {",5", "empty item"},
        {"5, ,6", "empty item"},
        {"x,y", "--ids: 'x' is not a token id (expected 0..2147483647)"},
        {"5,-1", "'-1' is not a token id"},
        {"5,2147483648", "'2147483648' is not a token id"},
        {"5;6", "'5;6' is not a token id"},
        {"1,99999999999999999999999999999999999999", "'9999999999999999999999999999999...' is not a token id"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ids = (int32_t *)&n; /* must come back NULL */
        if (mr_strnum_ids(bad[i].text, 1, "--ids", &ids, &n, err, sizeof err) != MR_ERR_INVALID_ARG)
            fail_msg("'%s' accepted", bad[i].text);
        assert_null(ids);
        if (!strstr(err, bad[i].needle)) fail_msg("'%s': message '%s' lacks '%s'", bad[i].text, err, bad[i].needle);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(whole_numbers),
        cmocka_unit_test(unsigned_numbers),
        cmocka_unit_test(real_numbers),
        cmocka_unit_test(id_lists),
    };
    return cmocka_run_group_tests_name("strnum", tests, NULL, NULL);
}
