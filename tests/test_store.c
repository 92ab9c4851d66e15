/* test_store.c - lib/advisor/store.c: recommendations and feedback persist, turn
 * into priors, export as JSON lines, and forget removes everything; the file
 * is owner-only and a damaged one is refused. */
#include "testutil.h"

#include "store.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char path[256];

static int setup(void **state) {
    (void)state;
    snprintf(path, sizeof path, "build/test_store_%d.db", (int)getpid());
    remove(path);
    return 0;
}

static int teardown(void **state) {
    (void)state;
    tu_remove_db(path);
    return 0;
}

static void round_trip(void **state) {
    (void)state;
    mr_store *s;
    char err[256];
    assert_int_equal(mr_store_open(path, &s, err, sizeof err), MR_OK);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0600);
    int64_t r1, r2, r3;
    assert_int_equal(mr_store_add_rec(s, "u1", 1000, MR_ACT_SWIM, MR_MODERATE, 30, "{\"activity\":\"swim\"}", &r1), MR_OK);
    assert_int_equal(mr_store_add_rec(s, "u1", 2000, MR_ACT_RUN, MR_VIGOROUS, 20, "{\"activity\":\"run\"}", &r2), MR_OK);
    assert_int_equal(mr_store_add_rec(s, "u2", 3000, MR_ACT_RUN, MR_VIGOROUS, 20, "{\"activity\":\"run\"}", &r3), MR_OK);
    assert_int_equal(mr_store_add_feedback(s, r1, 1100, 5, 1, 12, "好玩 \"fun\""), MR_OK);
    assert_int_equal(mr_store_add_feedback(s, r1, 1200, 4, 1, -1, NULL), MR_OK);
    assert_int_equal(mr_store_add_feedback(s, r2, 2100, 1, 0, 17, "too hard"), MR_OK);
    /* bad feedback is refused and says why */
    assert_int_equal(mr_store_add_feedback(s, r1, 1300, 6, 1, 12, NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_store_add_feedback(s, r1, 1300, 3, 2, 12, NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_store_add_feedback(s, r1, 1300, 3, 1, 25, NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_store_add_feedback(s, 99999, 1300, 3, 1, 12, NULL), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(mr_store_errmsg(s), "no recommendation 99999"));
    mr_prior pr[MR_ACT_COUNT];
    assert_int_equal(mr_store_priors(s, "u1", pr), MR_OK);
    assert_true(pr[MR_ACT_SWIM].like_a == 3 && pr[MR_ACT_SWIM].like_b == 1 && pr[MR_ACT_SWIM].n == 2);
    assert_true(pr[MR_ACT_SWIM].done_a == 3 && pr[MR_ACT_SWIM].done_b == 1);
    assert_true(pr[MR_ACT_RUN].like_a == 1 && pr[MR_ACT_RUN].like_b == 2 && pr[MR_ACT_RUN].done_b == 2);
    assert_true(pr[MR_ACT_YOGA].like_a == 1 && pr[MR_ACT_YOGA].n == 0);
    mr_store_close(s);

    /* it persists; export is one JSON object per recommendation */
    assert_int_equal(mr_store_open(path, &s, err, sizeof err), MR_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(mr_store_export(s, "u1", f), MR_OK);
    fclose(f);
    int lines = 0;
    for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n"), lines++) {
        cJSON *j = cJSON_Parse(line);
        if (!j) fail_msg("export line is not JSON: %s", line);
        assert_string_equal(cJSON_GetObjectItem(j, "user")->valuestring, "u1");
        assert_true(cJSON_IsArray(cJSON_GetObjectItem(j, "feedback")));
        assert_true(cJSON_IsObject(cJSON_GetObjectItem(j, "recommendation")));
        if (lines == 0) {
            cJSON *fb = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "feedback"), 0);
            assert_string_equal(cJSON_GetObjectItem(fb, "comment")->valuestring, "好玩 \"fun\"");
        }
        cJSON_Delete(j);
    }
    assert_int_equal(lines, 2);
    free(buf);
    /* forget removes the user and their feedback, nobody else's */
    int n = -1;
    assert_int_equal(mr_store_forget(s, "u1", &n), MR_OK);
    assert_int_equal(n, 2);
    assert_int_equal(mr_store_priors(s, "u1", pr), MR_OK);
    for (int a = 0; a < MR_ACT_COUNT; a++) assert_int_equal(pr[a].n, 0);
    buf = NULL;
    f = open_memstream(&buf, &len);
    assert_int_equal(mr_store_export(s, "u1", f), MR_OK);
    fclose(f);
    assert_int_equal(len, 0);
    free(buf);
    buf = NULL;
    f = open_memstream(&buf, &len);
    assert_int_equal(mr_store_export(s, "u2", f), MR_OK);
    fclose(f);
    assert_true(len > 0);
    free(buf);
    mr_store_close(s);
    /* the deleted text is gone from the file too (the WAL was checkpointed) */
    size_t dblen;
    char *raw = tu_read(path, &dblen);
    assert_non_null(raw);
    assert_null(memmem(raw, dblen, "too hard", 8));
    free(raw);
}

/* User ids are stored as given (any bytes, from a command line); the
 * export is still valid UTF-8 JSON, one object per line. A comment is the
 * user's own text: invalid UTF-8 or more than 1000 bytes is refused. */
static void export_any_bytes(void **state) {
    (void)state;
    mr_store *s;
    char err[256];
    assert_int_equal(mr_store_open(path, &s, err, sizeof err), MR_OK);
    const char *user = "u\xfe\x01\"";
    int64_t r;
    assert_int_equal(mr_store_add_rec(s, user, 1000, MR_ACT_WALK, MR_LIGHT, 20, "{\"activity\":\"walk\"}", &r), MR_OK);
    assert_int_equal(mr_store_add_feedback(s, r, 1100, 4, 1, -1, "ok\xc0\x80 \xe4\xb8"), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(mr_store_errmsg(s), "not valid UTF-8 (at byte 2)"));
    char longc[1002];
    memset(longc, 'x', 1001);
    longc[1001] = 0;
    assert_int_equal(mr_store_add_feedback(s, r, 1100, 4, 1, -1, longc), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_store_add_feedback(s, r, 1100, 4, 1, -1, "ok \"很好\""), MR_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(mr_store_export(s, user, f), MR_OK);
    fclose(f);
    assert_true(mr_utf8_error(buf, len) < 0);
    assert_int_equal(buf[len - 1], '\n');
    assert_null(memchr(buf, '\n', len - 1));
    cJSON *j = cJSON_Parse(buf);
    if (!j) fail_msg("not JSON: %s", buf);
    assert_string_equal(cJSON_GetObjectItem(j, "user")->valuestring, "u\xef\xbf\xbd\x01\"");
    cJSON *fb = cJSON_GetArrayItem(cJSON_GetObjectItem(j, "feedback"), 0);
    assert_string_equal(cJSON_GetObjectItem(fb, "comment")->valuestring, "ok \"很好\"");
    cJSON_Delete(j);
    free(buf);
    mr_store_close(s);
}

/* Reading needs no write access: the read-only open never creates,
 * changes or chmods the file, and writes through it fail. */
static void read_only(void **state) {
    (void)state;
    mr_store *s;
    char err[256];
    assert_int_equal(mr_store_open_readonly(path, &s, err, sizeof err), MR_ERR_IO);
    assert_null(s);
    assert_non_null(strstr(err, "no database at"));
    assert_int_equal(access(path, F_OK), -1); /* not created */
    assert_int_equal(mr_store_open(path, &s, err, sizeof err), MR_OK);
    int64_t r;
    assert_int_equal(mr_store_add_rec(s, "u1", 1000, MR_ACT_SWIM, MR_MODERATE, 30, "{\"activity\":\"swim\"}", &r), MR_OK);
    mr_store_close(s);
    assert_int_equal(chmod(path, 0400), 0);
    assert_int_equal(mr_store_open_readonly(path, &s, err, sizeof err), MR_OK);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    assert_int_equal(mr_store_export(s, "u1", f), MR_OK);
    fclose(f);
    assert_non_null(strstr(buf, "\"activity\":\"swim\""));
    free(buf);
    assert_int_equal(mr_store_add_rec(s, "u1", 2000, MR_ACT_RUN, MR_LIGHT, 10, "{}", &r), MR_ERR_IO);
    assert_non_null(strstr(mr_store_errmsg(s), "readonly"));
    assert_int_equal(mr_store_forget(s, "u1", NULL), MR_ERR_IO);
    mr_store_close(s);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal(st.st_mode & 0777, 0400); /* the writer's open would have made it 0600 */
    chmod(path, 0600);
    /* a file that is not an advisor database */
    FILE *e = fopen(path, "wb");
    fclose(e);
    tu_remove_db(path);
    e = fopen(path, "wb");
    fclose(e);
    assert_int_equal(mr_store_open_readonly(path, &s, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "not a usable database"));
    assert_int_equal(mr_store_open_readonly("", &s, err, sizeof err), MR_ERR_INVALID_ARG);
}

static void damaged(void **state) {
    (void)state;
    FILE *f = fopen(path, "wb");
    for (int i = 0; i < 4096; i++) fputc(i * 7 & 0xff, f);
    fclose(f);
    mr_store *s;
    char err[256];
    assert_int_equal(mr_store_open(path, &s, err, sizeof err), MR_ERR_FORMAT);
    assert_non_null(strstr(err, "not a usable database"));
    assert_int_equal(mr_store_open("/nonexistent/dir/x.db", &s, err, sizeof err), MR_ERR_IO);
    assert_int_equal(mr_store_open("", &s, err, sizeof err), MR_ERR_INVALID_ARG);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(round_trip, setup, teardown),
        cmocka_unit_test_setup_teardown(export_any_bytes, setup, teardown),
        cmocka_unit_test_setup_teardown(read_only, setup, teardown),
        cmocka_unit_test_setup_teardown(damaged, setup, teardown),
    };
    return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
