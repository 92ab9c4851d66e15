/* test_dose.c - lib/advisor/dose.c: each rule on a case that triggers it, and over
 * random people the property that makes the dose a coach's: a more active
 * person (longer sessions in the last four weeks) is never told to do less
 * than a less active one with the same goal, unless recovery says so
 * (a hard session in the last two days, a load spike) and a reason says which. */
#include "testutil.h"

#include "dose.h"

#include <math.h>
#include <string.h>

static mr_dose dose(int age, int fit, mr_goal goal, const mr_session *s, int n) {
    mr_dose_in in = {.age = age, .fitness = fit, .goal = goal, .bmi = NAN, .hour = 10, .mood = MR_MOOD_NEUTRAL,
                     .n_sessions = n, .sessions = s, .cap = MR_VIGOROUS};
    mr_dose d;
    mr_dose_compute(&in, &d);
    return d;
}

static int said(const mr_dose *d, mr_why w) {
    for (int i = 0; i < d->n_reasons; i++)
        if (d->reasons[i].why == w) return 1;
    return 0;
}

static void rules(void **state) {
    (void)state;
    assert_float_equal(mr_dose_cr10(20), 10.0f, 1e-5);
    assert_float_equal(mr_dose_cr10(-1), 6.0f / 1.4f, 1e-5);
    /* no history: a start by fitness, and the week's floor */
    mr_dose d = dose(40, 1, MR_GOAL_HEALTH, NULL, 0);
    assert_true(said(&d, MR_WHY_START_LOW) && d.minutes == 20 && d.intensity == MR_MODERATE);
    /* an advanced runner training for a marathon with 105 minutes this week
     * gets a session of her habit, not the gap to WHO's 150 */
    mr_session run[6];
    for (int k = 0; k < 6; k++) run[k] = (mr_session){MR_ACT_RUN, k < 2 ? 52 : 60, 1 + 4 * k + (k > 0), 13};
    d = dose(34, 3, MR_GOAL_ENDURANCE, run, 6);
    assert_true(d.minutes >= 55);
    assert_true(said(&d, MR_WHY_HABIT) && said(&d, MR_WHY_PROGRESS));
    assert_true(d.week_target >= 150);
    /* at most 10% more than the habit */
    assert_true(d.minutes <= (int)lroundf(58 * 1.1f) + 1);
    /* a trained runner aiming at endurance with two 35-minute runs logged:
     * the week's aim is WHO's 150 (what the week plan builds to), not 200 */
    mr_session two[2] = {{MR_ACT_RUN, 35, 2, 13}, {MR_ACT_RUN, 35, 5, 13}};
    d = dose(29, 2, MR_GOAL_ENDURANCE, two, 2);
    assert_int_equal(d.week_target, 150);
    /* and with 170 minutes this week, about 10% more */
    mr_session busy[4] = {{MR_ACT_RUN, 45, 1, 13}, {MR_ACT_RUN, 40, 2, 13}, {MR_ACT_RUN, 45, 4, 13}, {MR_ACT_RUN, 40, 6, 13}};
    d = dose(29, 2, MR_GOAL_ENDURANCE, busy, 4);
    assert_true(d.week_target > 150 && d.week_target < 200);
    /* a spike: 7 days of load far above the 4-week mean -> deload */
    mr_session spike[8];
    for (int k = 0; k < 4; k++) spike[k] = (mr_session){MR_ACT_RUN, 90, k, 16};
    for (int k = 4; k < 8; k++) spike[k] = (mr_session){MR_ACT_RUN, 20, 10 + 4 * (k - 4), 11};
    d = dose(30, 3, MR_GOAL_ENDURANCE, spike, 8);
    assert_true(said(&d, MR_WHY_DELOAD) || said(&d, MR_WHY_HARD_YESTERDAY));
    /* a hard session yesterday: light today */
    mr_session hard = {MR_ACT_RUN, 60, 1, 17};
    d = dose(30, 3, MR_GOAL_HEALTH, &hard, 1);
    assert_int_equal(d.intensity, MR_LIGHT);
    /* six days in a row at RPE 16-17 (a lifter's split): a recovery day, not another split */
    mr_session streak[6];
    for (int k = 0; k < 6; k++) streak[k] = (mr_session){MR_ACT_STRENGTH, 80, k + 1, 16 + (k & 1)};
    d = dose(24, 3, MR_GOAL_STRENGTH, streak, 6);
    assert_true(d.intensity == MR_LIGHT && d.minutes <= 40 && d.recovery_day && !d.split && said(&d, MR_WHY_STREAK));
    /* four hard lifting days in seven (days 2, 3, 5, 6 ago): for a lifter
     * on a told split that is the plan, not a streak; untold, a recovery day;
     * a hard run among the four is a streak again */
    mr_session split4[5] = {{MR_ACT_STRENGTH, 75, 2, 17}, {MR_ACT_STRENGTH, 65, 3, 16}, {MR_ACT_STRENGTH, 70, 5, 16},
                            {MR_ACT_STRENGTH, 65, 6, 16}, {MR_ACT_RUN, 30, 1, 15}};
    mr_dose_in lin = {.age = 29, .fitness = 2, .goal = MR_GOAL_STRENGTH, .bmi = NAN, .hour = 18, .mood = MR_MOOD_NEUTRAL,
                      .n_sessions = 4, .sessions = split4, .cap = MR_VIGOROUS, .lifter = 1};
    mr_dose_compute(&lin, &d);
    assert_true(!d.recovery_day && !said(&d, MR_WHY_STREAK) && d.intensity == MR_MODERATE);
    lin.lifter = 0;
    mr_dose_compute(&lin, &d);
    assert_true(d.recovery_day && said(&d, MR_WHY_STREAK));
    lin.lifter = 1, lin.sessions = split4 + 1; /* days 3, 5, 6 lifting and a hard run yesterday */
    mr_dose_compute(&lin, &d);
    assert_true(d.recovery_day && said(&d, MR_WHY_STREAK));
    /* five easy days of seven: no streak */
    for (int k = 0; k < 5; k++) streak[k] = (mr_session){MR_ACT_WALK, 30, k + 1, 10};
    d = dose(40, 2, MR_GOAL_HEALTH, streak, 5);
    assert_false(said(&d, MR_WHY_STREAK));
    /* youth: 60 minutes a day in all (WHO 2020); one session of it starts
     * shorter with nothing logged, and a short habit grows by 10%, not to the hour */
    d = dose(14, 2, MR_GOAL_HEALTH, NULL, 0);
    assert_true(d.minutes >= 45 && d.minutes < 60 && said(&d, MR_WHY_YOUTH) && d.week_target == 420);
    mr_session teen[2] = {{MR_ACT_RUN, 25, 2, 13}, {MR_ACT_RUN, 25, 5, 13}};
    d = dose(14, 2, MR_GOAL_HEALTH, teen, 2);
    assert_true(d.minutes >= 25 && d.minutes <= 30 && said(&d, MR_WHY_YOUTH));
    /* the cap wins, with a reason */
    mr_dose_in in = {.age = 30, .fitness = 3, .goal = MR_GOAL_HEALTH, .bmi = NAN, .hour = 10, .cap = MR_MODERATE};
    mr_dose_compute(&in, &d);
    assert_true(d.intensity == MR_MODERATE && said(&d, MR_WHY_CAP));
    /* obesity and sedentary: moderate, 30 minutes at most */
    in = (mr_dose_in){.age = 45, .fitness = 1, .goal = MR_GOAL_WEIGHT, .bmi = 37, .hour = 10, .cap = MR_VIGOROUS};
    mr_dose_compute(&in, &d);
    assert_true(d.intensity <= MR_MODERATE && d.minutes <= 30 && said(&d, MR_WHY_OBESITY));
    /* late and tired: light and shorter */
    in = (mr_dose_in){.age = 30, .fitness = 3, .goal = MR_GOAL_HEALTH, .bmi = NAN, .hour = 23, .mood = MR_MOOD_TIRED,
                      .cap = MR_VIGOROUS};
    mr_dose_compute(&in, &d);
    assert_true(d.intensity == MR_LIGHT && said(&d, MR_WHY_LATE) && said(&d, MR_WHY_MOOD));
    /* a habit told in the notes, nothing logged: kept, not a beginner's start */
    in = (mr_dose_in){.age = 52, .fitness = 2, .goal = MR_GOAL_HEALTH, .bmi = NAN, .hour = 6, .habit_said = 50,
                      .cap = MR_VIGOROUS};
    mr_dose_compute(&in, &d);
    assert_true(d.minutes == 50 && said(&d, MR_WHY_HABIT_SAID) && !said(&d, MR_WHY_START_LOW));
}

/* Two weeks logged, the second twice the first ("doubled my mileage"):
 * too few weeks for acute:chronic, still a jump that gets a deload. */
static void a_jump_in_two_weeks(void **state) {
    (void)state;
    mr_session s[] = {{MR_ACT_RUN, 50, 1, 14}, {MR_ACT_RUN, 45, 2, 13}, {MR_ACT_RUN, 50, 3, 14}, {MR_ACT_RUN, 40, 5, 13},
                      {MR_ACT_RUN, 30, 10, 12}, {MR_ACT_RUN, 30, 13, 12}};
    mr_dose d = dose(30, 2, MR_GOAL_HEALTH, s, 6);
    assert_true(said(&d, MR_WHY_JUMP) && !said(&d, MR_WHY_DELOAD) && d.spike > 2.0f && d.minutes < 30);
    assert_true(d.intensity <= MR_MODERATE);
    /* the same weeks, steady: no jump */
    mr_session t[] = {{MR_ACT_RUN, 30, 1, 12}, {MR_ACT_RUN, 30, 3, 12}, {MR_ACT_RUN, 30, 8, 12}, {MR_ACT_RUN, 30, 10, 12}};
    d = dose(30, 2, MR_GOAL_HEALTH, t, 4);
    assert_true(!said(&d, MR_WHY_JUMP) && d.spike == 0);
}

/* Building up toward WHO's 150 minutes with easy walks is progression, not a
 * spike; and a log begun three weeks ago is three weeks of load. */
static void easy_build_is_no_spike(void **state) {
    (void)state;
    /* 85: two 15-minute walks, then four of 20 this week, all easy */
    mr_session s[] = {{MR_ACT_WALK, 20, 1, 11}, {MR_ACT_WALK, 20, 3, 11}, {MR_ACT_WALK, 20, 5, 11}, {MR_ACT_WALK, 20, 6, 12},
                      {MR_ACT_WALK, 15, 9, 12}, {MR_ACT_WALK, 15, 12, 12}};
    mr_dose d = dose(85, 1, MR_GOAL_HEALTH, s, 6);
    assert_true(d.spike == 0 && !said(&d, MR_WHY_JUMP) && d.minutes >= 20);
    /* the same jump in hard runs stays a spike */
    mr_session h[] = {{MR_ACT_RUN, 20, 1, 15}, {MR_ACT_RUN, 20, 3, 15}, {MR_ACT_RUN, 20, 5, 15}, {MR_ACT_RUN, 20, 6, 15},
                      {MR_ACT_RUN, 15, 9, 13}, {MR_ACT_RUN, 15, 12, 13}};
    d = dose(30, 2, MR_GOAL_HEALTH, h, 6);
    assert_true(d.spike > 1.5f);
    /* three weeks of walks built 30 -> 40 minutes: over the weeks logged, no spike */
    mr_session w[] = {{MR_ACT_BRISK_WALK, 40, 1, 10}, {MR_ACT_BRISK_WALK, 40, 2, 10}, {MR_ACT_BRISK_WALK, 40, 3, 10},
                      {MR_ACT_BRISK_WALK, 40, 5, 10}, {MR_ACT_BRISK_WALK, 40, 6, 11}, {MR_ACT_BRISK_WALK, 40, 8, 11},
                      {MR_ACT_BRISK_WALK, 40, 10, 11}, {MR_ACT_BRISK_WALK, 35, 12, 12}, {MR_ACT_BRISK_WALK, 35, 15, 12},
                      {MR_ACT_BRISK_WALK, 30, 18, 12}, {MR_ACT_BRISK_WALK, 30, 21, 13}};
    d = dose(50, 1, MR_GOAL_WEIGHT, w, 11);
    assert_true(d.spike == 0 && !said(&d, MR_WHY_DELOAD));
}

static uint64_t rs = 0x853c49e6748fea9bull;
static uint32_t rnd(uint32_t n) {
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return (uint32_t)(rs % n);
}

/* A goal is read the way people write it; a weight goal is no aim in
 * pregnancy or after a birth (ACOG 2020: the week's 150 minutes). */
static void goal_words(void **state) {
    (void)state;
    static const struct { const char *text; mr_goal want; } cases[] = {
        {"lose 10 kg and get off BP meds", MR_GOAL_WEIGHT}, {"减点肥", MR_GOAL_WEIGHT}, {"減肚腩", MR_GOAL_WEIGHT},
        {"lose the gut", MR_GOAL_WEIGHT},                   {"增肌", MR_GOAL_STRENGTH}, {"减压", MR_GOAL_FLEXIBILITY},
        {"keep my sugars steady and not lose fitness", MR_GOAL_HEALTH}, {"sub-3 marathon", MR_GOAL_ENDURANCE},
        {"trail 25K in spring", MR_GOAL_ENDURANCE}, {"bench 100kg", MR_GOAL_STRENGTH}, {"walk 10k steps a day", MR_GOAL_HEALTH},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (mr_goal_read(cases[i].text) != cases[i].want) fail_msg("'%s' read as %s", cases[i].text, mr_goal_name(mr_goal_read(cases[i].text)));
    assert_int_equal(mr_goal_for("孕期控制体重", 1, 0), MR_GOAL_HEALTH);
    assert_int_equal(mr_goal_for("get back to running 5k", 0, 1), MR_GOAL_HEALTH);
    assert_int_equal(mr_goal_for("控制体重", 0, 0), MR_GOAL_WEIGHT);
}

static void more_active_never_less(void **state) {
    (void)state;
    int checked = 0;
    for (int k = 0; k < 20000; k++) {
        int n = (int)rnd(12), age = 18 + (int)rnd(70), fit = (int)rnd(4);
        mr_goal goal = (mr_goal)rnd(MR_GOAL_COUNT);
        mr_session a[12], b[12];
        for (int i = 0; i < n; i++) {
            a[i] = (mr_session){(mr_activity)rnd(MR_ACT_REST), 10 + (int)rnd(80), (int)rnd(28), 8 + (int)rnd(10)};
            b[i] = a[i];
            b[i].minutes += (int)rnd(30); /* b did at least as much, in the same sessions */
        }
        mr_dose da = dose(age, fit, goal, a, n), db = dose(age, fit, goal, b, n);
        if (db.minutes >= da.minutes) continue;
        /* only recovery may say less: a load spike, a hold or a hard session */
        int why = said(&db, MR_WHY_DELOAD) || said(&db, MR_WHY_JUMP) || said(&db, MR_WHY_HOLD) || said(&db, MR_WHY_HARD_YESTERDAY);
        if (!why) fail_msg("more active, shorter without a reason: %d < %d (n %d, fit %d)", db.minutes, da.minutes, n, fit);
        checked++;
    }
    print_message("  %d cases where the more active person got less, each with a recovery reason\n", checked);
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(rules), cmocka_unit_test(more_active_never_less), cmocka_unit_test(a_jump_in_two_weeks), cmocka_unit_test(easy_build_is_no_spike),
                                       cmocka_unit_test(goal_words)};
    return cmocka_run_group_tests_name("dose", tests, NULL, NULL);
}
