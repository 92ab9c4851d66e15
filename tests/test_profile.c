/* test_profile.c - lib/profile.c: the profile format, and invalid
 * profiles refused with the field named. */
#include "testutil.h"

#include "profile.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int parse(const char *json, mr_profile *p, char *err) {
    return mr_profile_parse(json, strlen(json), p, err, 256);
}

static void sample(void **state) {
    (void)state;
    size_t len;
    char *json = tu_read(tu_data("profiles/sample_zh.json"), &len), err[256];
    assert_non_null(json);
    mr_profile p;
    assert_int_equal(mr_profile_parse(json, len, &p, err, sizeof err), MR_OK);
    assert_string_equal(p.user, "u123");
    assert_int_equal(p.age, 45);
    assert_int_equal(p.sex, MR_SEX_FEMALE);
    assert_true(p.weight_kg == 70.0f);
    assert_int_equal(p.resting_hr, 68);
    assert_int_equal(p.flags, MR_COND_HYPERTENSION | MR_COND_KNEE);
    assert_int_equal(p.bp_sys, 150);
    assert_int_equal(p.fitness, MR_FIT_BEGINNER);
    assert_int_equal(p.preferences, (1u << MR_ACT_SWIM) | (1u << MR_ACT_RUN));
    assert_int_equal(p.n_history, 1);
    assert_int_equal(p.history[0].activity, MR_ACT_RUN);
    assert_int_equal(p.history[0].rpe, 14);
    assert_int_equal(p.hour, 7);
    assert_int_equal(p.aqi, 42);
    assert_string_equal(p.language, "zh");
    assert_non_null(strstr(p.notes, "膝盖"));
    mr_safety_in in;
    mr_safety_out o;
    mr_profile_safety_in(&p, &in);
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS)); /* knee + hypertension */
    assert_true(mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    free(json);
    /* only age is required */
    assert_int_equal(parse("{\"age\": 30}", &p, err), MR_OK);
    assert_true(isnan(p.weight_kg) && p.aqi == -1 && p.resting_hr == -1);
    assert_string_equal(p.language, "en");
}

static void invalid(void **state) {
    (void)state;
    static const struct { const char *json, *needle; } cases[] = {
        {"{\"age\": 300}", "'age': 300 is outside"},
        {"{\"age\": 30, \"context\": {\"aqi\": -5}}", "'aqi': -5 is outside"},
        {"{\"age\": 30, \"conditions\": [\"flu\"]}", "'conditions': unknown value \"flu\""},
        {"{\"age\": 30,", "not valid JSON"},
        {"{}", "'age' is required"},
        {"{\"age\": null}", "'age' is required"}, /* found by fuzz_profile */
        {"[1, 2]", "JSON object"},
        {"{\"age\": \"forty\"}", "'age' must be a number"},
        {"{\"age\": 40.5}", "not a whole number"},
        {"{\"age\": 40, \"sex\": \"x\"}", "'sex': unknown value"},
        {"{\"age\": 40, \"preferences\": [\"skydive\"]}", "'preferences': unknown activity"},
        {"{\"age\": 40, \"history\": [{\"activity\": \"run\", \"rpe\": 30}]}", "'rpe': 30 is outside"},
        {"{\"age\": 40, \"context\": {\"time\": \"yesterday\"}}", "'context.time'"},
        {"{\"age\": 40, \"context\": {\"thunder\": \"maybe\"}}", "'context.thunder'"},
        {"{\"age\": 40, \"bp_systolic\": 80, \"bp_diastolic\": 120}", "not a blood pressure"},
        {"{\"age\": 40, \"language\": \"fr\"}", "'language': unknown value"},
        {"{\"age\": 40, \"notes\": \"ab\xff\"}", "'notes' is not valid UTF-8"},
        {"{\"age\": 40, \"notes\": \"\\udc00\"}", "not valid JSON"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        mr_profile p;
        char err[256] = "";
        int rc = parse(cases[i].json, &p, err);
        if (rc == MR_OK) fail_msg("accepted: %s", cases[i].json);
        if (!strstr(err, cases[i].needle)) fail_msg("%s: message \"%s\" lacks \"%s\"", cases[i].json, err, cases[i].needle);
    }
    mr_profile p;
    char err[64];
    assert_int_equal(mr_profile_parse(NULL, 0, &p, err, sizeof err), MR_ERR_INVALID_ARG);
    /* a long note is refused, not truncated */
    char big[3000] = "{\"age\": 40, \"notes\": \"";
    size_t n = strlen(big);
    memset(big + n, 'a', 2500);
    strcpy(big + n + 2500, "\"}");
    char e2[256];
    assert_int_equal(parse(big, &p, e2), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(e2, "'notes' is longer"));
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(sample), cmocka_unit_test(invalid)};
    return cmocka_run_group_tests_name("profile", tests, NULL, NULL);
}
