/* test_labels.c - lib/engine/labels.c: labels from a comma list and from a file,
 * commas and any bytes but NUL allowed in a file, empty labels refused
 * with the position named. */
#include "testutil.h"

#include "labels.h"

#include <string.h>

static char err[256];

static void from_list(void **state) {
    (void)state;
    mr_labels l;
    assert_int_equal(mr_labels_from_list("跑步,游泳,rest", &l, err, sizeof err), MR_OK);
    assert_int_equal(l.n, 3);
    assert_string_equal(l.v[0], "跑步");
    assert_string_equal(l.v[2], "rest");
    mr_labels_free(&l);
    assert_int_equal(mr_labels_from_list("one", &l, err, sizeof err), MR_OK);
    assert_int_equal(l.n, 1);
    mr_labels_free(&l);
    const struct { const char *in; int at; } bad[] = {{"a,,b", 2}, {"a,", 2}, {",a", 1}, {"", 1}, {",", 1}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "--labels: label %d is empty", bad[i].at);
        l.n = 99;
        assert_int_equal(mr_labels_from_list(bad[i].in, &l, err, sizeof err), MR_ERR_INVALID_ARG);
        assert_int_equal(l.n, 0);
        if (strncmp(err, want, strlen(want))) fail_msg("\"%s\": \"%s\"", bad[i].in, err);
        assert_non_null(strstr(err, "--labels-file"));
    }
    mr_labels_free(NULL);
}

static void from_lines(void **state) {
    (void)state;
    mr_labels l;
    const char f1[] = "walk, slowly\r\nr\xffun\n 休息 ";
    assert_int_equal(mr_labels_from_lines(f1, sizeof f1 - 1, "L", &l, err, sizeof err), MR_OK);
    assert_int_equal(l.n, 3);
    assert_string_equal(l.v[0], "walk, slowly");
    assert_string_equal(l.v[1], "r\xffun");
    assert_string_equal(l.v[2], " 休息 ");
    mr_labels_free(&l);
    const struct { const char *in; size_t n; const char *msg; } bad[] = {
        {"a\n\nb\n", 5, "L line 2: empty label (every line is one label)"},
        {"a\n\r\n", 4, "L line 2: empty label"},
        {"\n", 1, "L line 1: empty label"},
        {"a\nb\0c\n", 6, "L line 2: a NUL byte in the label"},
        {"", 0, "L: no labels (one label per line)"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(mr_labels_from_lines(bad[i].in, bad[i].n, "L", &l, err, sizeof err), MR_ERR_INVALID_ARG);
        if (strncmp(err, bad[i].msg, strlen(bad[i].msg))) fail_msg("case %zu: \"%s\"", i, err);
        assert_int_equal(l.n, 0);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(from_list), cmocka_unit_test(from_lines)};
    return cmocka_run_group_tests_name("labels", tests, NULL, NULL);
}
