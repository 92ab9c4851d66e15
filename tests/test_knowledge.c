/* test_knowledge.c - lib/advisor/knowledge.c against the worked numbers of
 * ../shared/DOMAIN.md and the sources it names. */
#include "testutil.h"

#include "knowledge.h"

#include <math.h>
#include <string.h>

static void activities(void **state) {
    (void)state;
    /* the twelve activities of the advisor, with the ids and Chinese names of the issue */
    static const char *ids[] = {"run", "swim", "cycle", "brisk_walk", "walk", "yoga", "tai_chi", "strength",
                                "stationary_bike", "elliptical", "stretching", "rest"};
    static const char *zh[] = {"跑步", "游泳", "骑自行车", "快走", "散步", "瑜伽", "太极", "力量训练", "室内单车",
                               "椭圆机", "拉伸", "休息"};
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        const mr_activity_info *ai = mr_kb_activity((mr_activity)a);
        assert_string_equal(ai->id, ids[a]);
        assert_string_equal(ai->zh, zh[a]);
        assert_int_equal(mr_kb_activity_find(ids[a]), a);
        assert_int_equal(mr_kb_activity_find(zh[a]), a);
        for (int v = 1; v < ai->n_variants; v++) assert_true(ai->v[v].met > ai->v[v - 1].met);
    }
    assert_int_equal(mr_kb_activity_find("skydive"), -1);
    assert_null(mr_kb_activity(MR_ACT_COUNT));
    /* outdoor: run, cycle, brisk_walk, walk */
    int outdoor = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) outdoor += mr_kb_activity((mr_activity)a)->outdoor;
    assert_int_equal(outdoor, 4);
    assert_true(mr_kb_activity(MR_ACT_RUN)->impact && !mr_kb_activity(MR_ACT_SWIM)->impact);
}

static void bands_and_energy(void **state) {
    (void)state;
    assert_int_equal(mr_kb_band(2.9f), MR_LIGHT);
    assert_int_equal(mr_kb_band(3.0f), MR_MODERATE);
    assert_int_equal(mr_kb_band(5.9f), MR_MODERATE);
    assert_int_equal(mr_kb_band(6.0f), MR_VIGOROUS);
    const mr_met_variant *v;
    assert_int_equal(mr_kb_variant(MR_ACT_BRISK_WALK, MR_MODERATE, &v), MR_MODERATE);
    assert_true(v->met == 4.3f);
    assert_string_equal(v->code, "17200");
    assert_int_equal(mr_kb_variant(MR_ACT_WALK, MR_LIGHT, &v), MR_LIGHT);
    assert_true(v->met == 2.0f);
    /* no moderate running exists: the gentlest run is vigorous, and says so */
    assert_int_equal(mr_kb_variant(MR_ACT_RUN, MR_MODERATE, &v), MR_VIGOROUS);
    assert_true(v->met == 6.0f);
    /* a vigorous walk is not available: the most intense walk below it */
    assert_int_equal(mr_kb_variant(MR_ACT_WALK, MR_VIGOROUS, &v), MR_MODERATE);
    assert_true(v->met == 3.5f);
    /* DOMAIN.md's example: 70 kg, brisk walk 4.3 MET, 30 min = 158 kcal */
    assert_true(fabsf(mr_kb_kcal(4.3f, 70, 30) - 158.0f) < 0.5f);
}

static void heart_rate(void **state) {
    (void)state;
    assert_true(fabsf(mr_kb_hrmax_tanaka(45) - 176.5f) < 1e-4f);
    int lo, hi;
    /* Karvonen: 68 + 0.40 x (176.5 - 68) = 111.4; 68 + 0.59 x 108.5 = 132.0 */
    mr_kb_hr_zone(45, 68, MR_MODERATE, &lo, &hi);
    assert_int_equal(lo, 111);
    assert_int_equal(hi, 132);
    /* %HRmax without a resting rate: 0.64 x 176.5 = 113.0, 0.76 x 176.5 = 134.1 */
    mr_kb_hr_zone(45, 0, MR_MODERATE, &lo, &hi);
    assert_int_equal(lo, 113);
    assert_int_equal(hi, 134);
    for (int age = 10; age <= 95; age += 5)
        for (int i = 0; i < 3; i++) {
            mr_kb_hr_zone(age, 60, (mr_intensity)i, &lo, &hi);
            assert_true(lo < hi && hi < mr_kb_hrmax_tanaka(age));
        }
}

static void targets_and_environment(void **state) {
    (void)state;
    int m, v;
    mr_kb_weekly_target(30, &m, &v);
    assert_int_equal(m, 150);
    assert_int_equal(v, 75);
    mr_kb_weekly_target(12, &m, &v);
    assert_int_equal(m, 420);
    assert_int_equal(mr_kb_aqi_category(0), 0);
    assert_int_equal(mr_kb_aqi_category(50), 0);
    assert_int_equal(mr_kb_aqi_category(51), 1);
    assert_int_equal(mr_kb_aqi_category(101), 2);
    assert_int_equal(mr_kb_aqi_category(151), 3);
    assert_int_equal(mr_kb_aqi_category(201), 4);
    assert_int_equal(mr_kb_aqi_category(301), 5);
    assert_int_equal(mr_kb_aqi_category(500), 5);
    assert_int_equal(mr_kb_aqi_category(-5), -1);
    assert_int_equal(mr_kb_aqi_category(501), -1);
    /* NWS table: 90 F at 50% RH feels like 95 F (35.0 C); 96 F at 65% like 121 F (49.4 C) */
    assert_true(fabsf(mr_kb_heat_index_c(32.22f, 50) - 35.0f) < 0.6f);
    assert_true(fabsf(mr_kb_heat_index_c(35.56f, 65) - 49.4f) < 1.0f);
    assert_true(fabsf(mr_kb_heat_index_c(20.0f, 50) - 19.6f) < 0.6f); /* mild: about the air */
    assert_int_equal(mr_kb_heat_category(26.9f), 0);
    assert_int_equal(mr_kb_heat_category(30.0f), 1);
    assert_int_equal(mr_kb_heat_category(35.0f), 2);
    assert_int_equal(mr_kb_heat_category(45.0f), 3);
    assert_int_equal(mr_kb_heat_category(55.0f), 4);
    /* Environment Canada table: -10 C with 30 km/h wind feels like -20 C */
    assert_true(fabsf(mr_kb_wind_chill_c(-10, 30) - (-19.5f)) < 0.6f);
    assert_true(mr_kb_wind_chill_c(15, 30) == 15.0f); /* does not apply above 10 C */
    assert_true(mr_kb_wind_chill_c(-10, 3) == -10.0f); /* nor in calm air */
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(activities),
        cmocka_unit_test(bands_and_energy),
        cmocka_unit_test(heart_rate),
        cmocka_unit_test(targets_and_environment),
    };
    return cmocka_run_group_tests_name("knowledge", tests, NULL, NULL);
}
