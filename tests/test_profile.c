/* test_profile.c - lib/advisor/profile.c: the README's profile format, and invalid
 * profiles (bad values, unknown or repeated keys, trailing text, NUL bytes,
 * invalid UTF-8) refused with the field or byte named. */
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
    memset(&in, 0xff, sizeof in); /* every field must be set, none left to the stack */
    mr_profile_safety_in(&p, &in);
    assert_int_equal(in.notes, 0);
    assert_int_equal(in.n_unsure, 0);
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS)); /* knee + hypertension */
    assert_true(mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    free(json);
    /* only age is required */
    assert_int_equal(parse("{\"age\": 30}", &p, err), MR_OK);
    assert_true(isnan(p.weight_kg) && p.aqi == -1 && p.resting_hr == -1);
    assert_string_equal(p.language, "en");
    assert_int_equal(p.wday, -1);
    /* the weekday the plan starts from: known dates, leap day included */
    static const struct { const char *t; int wday; } days[] = {
        {"2026-11-30T08:00", 1}, {"2024-02-29T23:59", 4}, {"2000-01-01T00:00", 6}, {"2026-03-01T12:00", 0}};
    for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
        char js[128];
        snprintf(js, sizeof js, "{\"age\": 30, \"context\": {\"time\": \"%s\"}}", days[i].t);
        assert_int_equal(parse(js, &p, err), MR_OK);
        assert_int_equal(p.wday, days[i].wday);
    }
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
        {"{\"age\": 40, \"preferences\": [\"skydive\"]}", "'preferences[0]': unknown activity 'skydive' (known: run swim"},
        {"{\"age\": 40, \"preferences\": [\"swim\", \"runing\"]}", "'preferences[1]': unknown activity 'runing' (did you mean 'run'?)"},
        {"{\"age\": 40, \"preferences\": [\"篮球\"]}", "'preferences[0]': unknown activity '篮球' (known:"},
        {"{\"age\": 40, \"preferences\": [7]}", "'preferences[0]' must be an activity name"},
        {"{\"age\": 40, \"history\": [{\"activity\": \"jog\"}]}", "'history[0].activity': unknown activity 'jog'"},
        {"{\"age\": 40, \"history\": [{\"activity\": \"run\", \"rpe\": 30}]}", "'rpe': 30 is outside"},
        {"{\"age\": 40, \"context\": {\"time\": \"yesterday\"}}", "'context.time'"},
        {"{\"age\": 40, \"context\": {\"time\": \"2026-02-30T08:00\"}}", "'context.time'"},
        {"{\"age\": 40, \"context\": {\"time\": \"2025-02-29T08:00\"}}", "'context.time'"},
        {"{\"age\": 40, \"context\": {\"time\": \"2026-04-31T08:00\"}}", "'context.time'"},
        {"{\"age\": 40, \"context\": {\"thunder\": \"maybe\"}}", "'context.thunder'"},
        {"{\"age\": 40, \"bp_systolic\": 80, \"bp_diastolic\": 120}", "not a blood pressure"},
        {"{\"age\": 40, \"language\": \"fr\"}", "'language': unknown value"},
        {"{\"age\": 40, \"notes\": \"ab\xff\"}", "invalid UTF-8 at byte offset 24"},
        {"{\"age\": 40, \"notes\": \"\\udc00\"}", "not valid JSON"},
        /* the schema: unknown or misspelled keys are refused, naming the nearest */
        {"{\"age\": 60, \"symptom\": [\"chest_pain\"]}", "unknown field 'symptom' (did you mean 'symptoms'?)"},
        {"{\"age\": 60, \"condition\": [\"asthma\"]}", "unknown field 'condition' (did you mean 'conditions'?)"},
        {"{\"age\": 60, \"Notes\": \"x\"}", "(did you mean 'notes'?)"},
        {"{\"age\": 60, \"wieght_kg\": 70}", "(did you mean 'weight_kg'?)"},
        {"{\"age\": 60, \"context\": {\"temprature_c\": 3}}", "unknown field 'context.temprature_c' (did you mean 'context.temperature_c'?)"},
        {"{\"age\": 60, \"history\": [{\"activity\": \"run\", \"minute\": 3}]}", "'history[0].minute' (did you mean 'history[0].minutes'?)"},
        {"{\"age\": 60, \"zzzzzzzz\": 1}", "unknown field 'zzzzzzzz'"},
        {"{\"age\": 60, \"symptoms\": [\"headache\"]}", "'symptoms': unknown value \"headache\" (known: chest_pain"},
        /* duplicates, trailing text, NUL, overlong forms, surrogates, F5-FF */
        {"{\"age\": 60, \"age\": 20}", "field 'age' appears twice"},
        {"{\"age\": 60, \"context\": {\"aqi\": 1, \"aqi\": 400}}", "field 'context.aqi' appears twice"},
        {"{\"age\": 60} {\"age\": 20}", "text after the JSON object"},
        {"{\"age\": 60, \"notes\": \"a\\u0000b\"}", "\\u0000 escape"},
        {"{\"age\": 60, \"notes\": \"\xc0\xaf\"}", "invalid UTF-8"},
        {"{\"age\": 60, \"notes\": \"\xe0\x80\xaf\"}", "invalid UTF-8"},
        {"{\"age\": 60, \"notes\": \"\xed\xa0\x80\"}", "invalid UTF-8"},
        {"{\"age\": 60, \"notes\": \"\xf5\x80\x80\x80\"}", "invalid UTF-8"},
        {"{\"age\": 60, \"notes\": \"\xf4\x90\x80\x80\"}", "invalid UTF-8"},
        {"{\"age\": 60, \"history\": [3]}", "'history[0]' must be an object"},
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
    /* a NUL byte inside the given length */
    static const char nul[] = "{\"age\": 60, \"notes\": \"a\0b\"}";
    assert_int_equal(mr_profile_parse(nul, sizeof nul - 1, &p, e2, sizeof e2), MR_ERR_INVALID_ARG);
    assert_non_null(strstr(e2, "NUL byte at offset 23"));
    /* trailing white space is fine; valid 4-byte characters are fine */
    assert_int_equal(parse("{\"age\": 60, \"notes\": \"\xf0\x9f\x98\x8a ok\"}  \n", &p, e2), MR_OK);
}

static void language(void **state) {
    (void)state;
    mr_profile p;
    char err[256];
    assert_int_equal(parse("{\"age\": 30, \"notes\": \"今天有点累\"}", &p, err), MR_OK);
    assert_string_equal(p.language, "zh");
    assert_int_equal(parse("{\"age\": 30, \"notes\": \"今天有点dizzy\"}", &p, err), MR_OK);
    assert_string_equal(p.language, "zh");
    assert_int_equal(parse("{\"age\": 30, \"notes\": \"my 膝盖 hurts a bit\"}", &p, err), MR_OK);
    assert_string_equal(p.language, "en");
    assert_int_equal(parse("{\"age\": 30, \"goal\": \"减肥\"}", &p, err), MR_OK);
    assert_string_equal(p.language, "zh");
    assert_int_equal(parse("{\"age\": 30, \"notes\": \"今天有点累\", \"language\": \"en\"}", &p, err), MR_OK);
    assert_string_equal(p.language, "en"); /* a stated language wins */
    /* an activity by its id, its Chinese name in either script or its English name */
    assert_int_equal(parse("{\"age\": 30, \"preferences\": [\"Running\", \"騎自行車\", \"太极\", \"stationary bike\"], "
                           "\"history\": [{\"activity\": \"橢圓機\"}]}", &p, err), MR_OK);
    assert_int_equal(p.preferences, (1u << MR_ACT_RUN) | (1u << MR_ACT_CYCLE) | (1u << MR_ACT_TAI_CHI) | (1u << MR_ACT_STATIONARY_BIKE));
    assert_int_equal(p.history[0].activity, MR_ACT_ELLIPTICAL);
}

/* US units: read into metric, ranges converted, one of each pair, and the
 * card's units follow what was written; a saved profile's twin gives way. */
static void units(void **state) {
    (void)state;
    mr_profile p;
    char err[256];
    assert_int_equal(parse("{\"age\": 40, \"weight_lb\": 176.37, \"height_in\": 70, "
                           "\"context\": {\"temperature_f\": 95, \"wind_mph\": 10}}", &p, err), MR_OK);
    assert_true(fabsf(p.weight_kg - 80.0f) < 0.01f && fabsf(p.height_cm - 177.8f) < 0.01f);
    assert_true(fabsf(p.temp_c - 35.0f) < 0.01f && fabsf(p.wind_kmh - 16.09f) < 0.01f);
    assert_int_equal(p.imperial, 1);
    assert_int_equal(parse("{\"age\": 40, \"weight_kg\": 80}", &p, err), MR_OK);
    assert_int_equal(p.imperial, 0);
    assert_int_equal(parse("{\"age\": 40, \"weight_kg\": 80, \"units\": \"imperial\"}", &p, err), MR_OK);
    assert_int_equal(p.imperial, 1);
    assert_int_equal(parse("{\"age\": 40, \"weight_lb\": 176, \"units\": \"metric\"}", &p, err), MR_OK);
    assert_int_equal(p.imperial, 0); /* a stated system wins */
    static const struct { const char *json, *needle; } bad[] = {
        {"{\"age\": 40, \"weight_kg\": 80, \"weight_lb\": 176}", "'weight_kg' and 'weight_lb': give one of them"},
        {"{\"age\": 40, \"context\": {\"temperature_c\": 30, \"temperature_f\": 86}}", "give one of them"},
        {"{\"age\": 40, \"weight_lb\": 5}", "'weight_lb': 5 is outside 33..771"},
        {"{\"age\": 40, \"context\": {\"temperature_f\": 200}}", "'temperature_f': 200 is outside -76..140"},
        {"{\"age\": 40, \"units\": \"furlongs\"}", "'units': unknown value"},
        {"{\"age\": 40, \"weight_lbs\": 170}", "did you mean 'weight_lb'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = 0;
        assert_int_not_equal(parse(bad[i].json, &p, err), MR_OK);
        if (!strstr(err, bad[i].needle)) fail_msg("%s: \"%s\" lacks \"%s\"", bad[i].json, err, bad[i].needle);
    }
    char *m = NULL;
    const char *given = "{\"weight_lb\": 170, \"context\": {\"temperature_f\": 50}}";
    assert_int_equal(mr_profile_merge("{\"age\": 40, \"weight_kg\": 90, \"context\": {\"temperature_c\": 20}}", given,
                                      strlen(given), &m, err, sizeof err), MR_OK);
    assert_int_equal(parse(m, &p, err), MR_OK);
    assert_true(fabsf(p.weight_kg - 77.11f) < 0.01f && fabsf(p.temp_c - 10.0f) < 0.01f);
    free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(sample), cmocka_unit_test(invalid), cmocka_unit_test(language),
                                       cmocka_unit_test(units)};
    return cmocka_run_group_tests_name("profile", tests, NULL, NULL);
}
