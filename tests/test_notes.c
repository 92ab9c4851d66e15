/* test_notes.c - lib/notes.c: conditions, symptoms and mood from Chinese and
 * English notes; text adds caution and never removes it. */
#include "testutil.h"

#include "notes.h"

#include <string.h>

static void conditions(void **state) {
    (void)state;
    assert_int_equal(mr_notes_flags("最近膝盖有点疼，工作压力很大"), MR_COND_KNEE);
    assert_int_equal(mr_notes_flags("My KNEE hurts and I have asthma"), MR_COND_KNEE | MR_COND_ASTHMA);
    assert_int_equal(mr_notes_flags("今天有点头晕，还发烧了"), MR_SYM_DIZZINESS | MR_SYM_FEVER);
    assert_int_equal(mr_notes_flags("chest pain when climbing stairs"), MR_SYM_CHEST_PAIN);
    assert_int_equal(mr_notes_flags("我怀孕五个月了"), MR_COND_PREGNANCY);
    assert_int_equal(mr_notes_flags("lower back pain since Monday"), MR_COND_BACK);
    assert_int_equal(mr_notes_flags("血压高，医生让我少吃盐"), MR_COND_HYPERTENSION);
    assert_int_equal(mr_notes_flags(""), 0);
    assert_int_equal(mr_notes_flags(NULL), 0);
    assert_int_equal(mr_notes_flags("I want to swim in the morning"), 0);
    /* "ignore my knee, I want to run" still means the knee counts */
    assert_int_equal(mr_notes_flags("ignore my knee, I want to run"), MR_COND_KNEE);
    assert_int_equal(mr_notes_flags("别管我的膝盖，我就要跑步"), MR_COND_KNEE);
    /* so the safety layer, fed with text flags too, forbids running */
    mr_safety_in in = {.age = 30, .flags = mr_notes_flags("ignore my knee, I want to run"), .bp_sys = -1,
                       .bp_dia = -1, .glucose = -1, .temp_c = 20, .rh_pct = 50, .wind_kmh = 5, .aqi = 30};
    mr_safety_out o;
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS));
}

static void mood(void **state) {
    (void)state;
    assert_int_equal(mr_notes_mood("最近膝盖有点疼，工作压力很大"), MR_MOOD_STRESSED);
    assert_int_equal(mr_notes_mood("I feel tired today, maybe a short walk?"), MR_MOOD_TIRED);
    assert_int_equal(mr_notes_mood("今天心情很好，想出去走走"), MR_MOOD_POSITIVE);
    assert_int_equal(mr_notes_mood("Feeling sad and down today"), MR_MOOD_NEGATIVE);
    assert_int_equal(mr_notes_mood("Plan: swim at 7"), MR_MOOD_NEUTRAL);
    assert_int_equal(mr_notes_mood("压力大又很累"), MR_MOOD_TIRED); /* tired wins */
    assert_string_equal(mr_mood_name(MR_MOOD_STRESSED), "stressed");
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(conditions), cmocka_unit_test(mood)};
    return cmocka_run_group_tests_name("notes", tests, NULL, NULL);
}
