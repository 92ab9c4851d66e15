/* test_lines.c - lib/common/lines.c: '\n' ends a line, a last line may lack it,
 * and the bytes of a line come back untouched. */
#include "testutil.h"

#include "lines.h"

#include <string.h>

/* The lines of buf joined with '|', each prefixed by its number. */
static void split(const char *buf, size_t len, char *out) {
    mr_lines it;
    mr_lines_init(&it, buf, len);
    const char *l;
    size_t n;
    out[0] = 0;
    while (mr_lines_next(&it, &l, &n)) {
        char item[64];
        snprintf(item, sizeof item, "%s%lld:", out[0] ? "|" : "", it.no);
        strcat(out, item);
        size_t at = strlen(out);
        for (size_t i = 0; i < n; i++) out[at++] = l[i] ? l[i] : '0'; /* NUL shown as '0' */
        out[at] = 0;
    }
}

static void lines(void **state) {
    (void)state;
    const struct { const char *in; size_t n; const char *out; } cases[] = {
        {"", 0, ""},
        {"\n", 1, "1:"},
        {"a", 1, "1:a"},
        {"a\n", 2, "1:a"},
        {"a\nb", 3, "1:a|2:b"},
        {"a\nb\n", 4, "1:a|2:b"},
        {"a\n\nb\n", 5, "1:a|2:|3:b"},
        {"\n\n", 2, "1:|2:"},
        {"a\r\nb\0c\n", 7, "1:a\r|2:b0c"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[256];
        split(cases[i].in, cases[i].n, out);
        if (strcmp(out, cases[i].out)) fail_msg("case %zu: \"%s\", expected \"%s\"", i, out, cases[i].out);
    }
    mr_lines it;
    const char *l;
    size_t n;
    mr_lines_init(&it, NULL, 0);
    assert_int_equal(mr_lines_next(&it, &l, &n), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(lines)};
    return cmocka_run_group_tests_name("lines", tests, NULL, NULL);
}
