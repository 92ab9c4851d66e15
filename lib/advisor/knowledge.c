/* knowledge.c - the advisor's facts, each with its source (see
 * ../shared/DOMAIN.md, copied from the primary texts named there). */
#include "knowledge.h"

#include <math.h>
#include <string.h>
#include <strings.h> /* strcasecmp */

/* MET values: 2011 Compendium of Physical Activities (Ainsworth et al.,
 * MSSE 43(8):1575). Variants in ascending MET. */
static const mr_activity_info ACTIVITIES[MR_ACT_COUNT] = {
    [MR_ACT_RUN] = {"run", "跑步", "running", 1, 1, 3,
                    {{6.0f, "12029", "running, 4 mph", "跑步，约6.4公里/小时"}, {8.3f, "12030", "running, 5 mph", "跑步，约8公里/小时"},
                     {9.8f, "12050", "running, 6 mph", "跑步，约9.7公里/小时"}}},
    [MR_ACT_SWIM] = {"swim", "游泳", "swimming", 0, 0, 2,
                     {{5.8f, "18240", "freestyle laps, light-moderate", "自由泳，轻松到中等"}, {9.8f, "18230", "freestyle laps, fast", "自由泳，快速"}}},
    [MR_ACT_CYCLE] = {"cycle", "骑自行车", "cycling", 1, 0, 3,
                      {{4.0f, "01010", "bicycling < 10 mph, leisure", "休闲骑行，低于16公里/小时"}, {6.8f, "01020", "bicycling 10-11.9 mph", "骑行，16-19公里/小时"},
                       {8.0f, "01030", "bicycling 12-13.9 mph", "骑行，19-22公里/小时"}}},
    [MR_ACT_BRISK_WALK] = {"brisk_walk", "快走", "brisk walking", 1, 0, 2,
                           {{4.3f, "17200", "walking 3.5 mph, brisk", "快走，约5.6公里/小时"}, {5.0f, "17220", "walking 4.0 mph, very brisk", "疾走，约6.4公里/小时"}}},
    [MR_ACT_WALK] = {"walk", "散步", "walking", 1, 0, 3,
                     {{2.0f, "17151", "walking < 2.0 mph, strolling", "慢走，低于3.2公里/小时"}, {3.0f, "17170", "walking 2.5 mph", "散步，约4公里/小时"},
                      {3.5f, "17190", "walking 2.8-3.2 mph", "散步，4.5-5公里/小时"}}},
    [MR_ACT_YOGA] = {"yoga", "瑜伽", "yoga", 0, 0, 2,
                     {{2.5f, "02150", "yoga, hatha", "哈他瑜伽"}, {4.0f, "02160", "yoga, power", "力量瑜伽"}}},
    [MR_ACT_TAI_CHI] = {"tai_chi", "太极", "tai chi", 0, 0, 1, {{3.0f, "15670", "tai chi, qigong", "太极、气功"}}},
    [MR_ACT_STRENGTH] = {"strength", "力量训练", "strength training", 0, 0, 2,
                         {{3.5f, "02054", "resistance training, 8-15 reps", "力量训练，每组8-15次"}, {6.0f, "02050", "resistance training, vigorous", "力量训练，高强度"}}},
    [MR_ACT_STATIONARY_BIKE] = {"stationary_bike", "室内单车", "stationary bike", 0, 0, 3,
                                {{3.5f, "02011", "stationary bike, 30-50 W", "室内单车，30-50瓦"}, {4.8f, "02017", "stationary bike, 51-89 W", "室内单车，51-89瓦"},
                                 {7.0f, "02010", "stationary bike, general", "室内单车，一般强度"}}},
    [MR_ACT_ELLIPTICAL] = {"elliptical", "椭圆机", "elliptical", 0, 0, 1, {{5.0f, "02048", "elliptical, moderate", "椭圆机，中等强度"}}},
    [MR_ACT_STRETCHING] = {"stretching", "拉伸", "stretching", 0, 0, 1, {{2.3f, "02101", "stretching, mild", "轻度拉伸"}}},
    [MR_ACT_REST] = {"rest", "休息", "rest", 0, 0, 1, {{1.3f, "07021", "sitting quietly", "安静休息"}}},
};

const mr_activity_info *mr_kb_activity(mr_activity a) {
    return a >= 0 && a < MR_ACT_COUNT ? &ACTIVITIES[a] : NULL;
}

/* The Traditional-character names where they differ from the Simplified
 * ones, so that a profile written in Taiwan or Hong Kong is read too. */
static const char *const HANT_NAMES[MR_ACT_COUNT] = {
    [MR_ACT_CYCLE] = "騎自行車", [MR_ACT_TAI_CHI] = "太極", [MR_ACT_STRENGTH] = "力量訓練",
    [MR_ACT_STATIONARY_BIKE] = "室內單車", [MR_ACT_ELLIPTICAL] = "橢圓機",
};

int mr_kb_activity_find(const char *name) {
    if (!name) return -1;
    for (int a = 0; a < MR_ACT_COUNT; a++)
        if (!strcmp(name, ACTIVITIES[a].id) || !strcmp(name, ACTIVITIES[a].zh) || !strcasecmp(name, ACTIVITIES[a].en) ||
            (HANT_NAMES[a] && !strcmp(name, HANT_NAMES[a])))
            return a;
    return -1;
}

const char *mr_kb_intensity_name(mr_intensity i) {
    static const char *names[] = {"light", "moderate", "vigorous"};
    return i >= MR_LIGHT && i <= MR_VIGOROUS ? names[i] : "?";
}

/* Compendium intensity bands */
mr_intensity mr_kb_band(float met) {
    if (met < 3.0f) return MR_LIGHT;
    if (met < 6.0f) return MR_MODERATE;
    return MR_VIGOROUS;
}

mr_intensity mr_kb_variant(mr_activity a, mr_intensity want, const mr_met_variant **out) {
    const mr_activity_info *ai = &ACTIVITIES[a];
    int pick = -1;
    for (int i = 0; i < ai->n_variants; i++) /* the first variant in the wanted band */
        if (mr_kb_band(ai->v[i].met) == want) { pick = i; break; }
    if (pick < 0)
        for (int i = 0; i < ai->n_variants; i++) /* else the most intense one below it */
            if (mr_kb_band(ai->v[i].met) < want) pick = i;
    if (pick < 0) pick = 0; /* else the gentlest: the caller sees a higher band */
    *out = &ai->v[pick];
    return mr_kb_band(ai->v[pick].met);
}

/* 1 MET = 3.5 ml O2 / kg / min; ~5 kcal per litre O2 */
float mr_kb_kcal(float met, float kg, float minutes) { return met * 3.5f * kg / 200.0f * minutes; }

/* Tanaka, Monahan, Seals 2001 */
float mr_kb_hrmax_tanaka(int age) { return 208.0f - 0.7f * (float)age; }

/* ACSM zones: %HRR light 30-39, moderate 40-59, vigorous 60-84;
 * %HRmax light 57-63, moderate 64-76, vigorous 77-95 */
void mr_kb_hr_zone(int age, int resting_hr, mr_intensity i, int *lo, int *hi) {
    static const float hrr[3][2] = {{0.30f, 0.39f}, {0.40f, 0.59f}, {0.60f, 0.84f}};
    static const float hrmax[3][2] = {{0.57f, 0.63f}, {0.64f, 0.76f}, {0.77f, 0.95f}};
    float m = mr_kb_hrmax_tanaka(age);
    if (resting_hr > 0 && resting_hr < m) { /* Karvonen */
        *lo = (int)lroundf((float)resting_hr + hrr[i][0] * (m - (float)resting_hr));
        *hi = (int)lroundf((float)resting_hr + hrr[i][1] * (m - (float)resting_hr));
    } else {
        *lo = (int)lroundf(hrmax[i][0] * m);
        *hi = (int)lroundf(hrmax[i][1] * m);
    }
}

/* Borg 6-20 bands of DOMAIN's zone table */
void mr_kb_rpe(mr_intensity i, int *lo, int *hi) {
    static const int b[3][2] = {{9, 11}, {12, 13}, {14, 17}};
    int k = i >= MR_LIGHT && i <= MR_VIGOROUS ? i : MR_MODERATE;
    *lo = b[k][0];
    *hi = b[k][1];
}

/* The children's OMNI scale, 0-10 with pictures (Robertson et al., Med Sci
 * Sports Exerc 2000, validated at 8-12 years): easy 2-4, moderate 5-6,
 * vigorous 7-8 (the bands the same talk test gives in adults). */
void mr_kb_rpe_child(mr_intensity i, int *lo, int *hi) {
    static const int b[3][2] = {{2, 4}, {5, 6}, {7, 8}};
    int k = i >= MR_LIGHT && i <= MR_VIGOROUS ? i : MR_MODERATE;
    *lo = b[k][0];
    *hi = b[k][1];
}

/* ACSM (Garber et al. 2011): 8-12 reps for strength, 10-15 for older or
 * frail people and beginners; 2-4 sets (1-2 to start); 8-10 exercises. */
mr_strength_rx mr_kb_strength(int age, int fitness) {
    /* the young learn the movements with light loads first (NSCA 2009: 1-3 sets of 6-15, technique first) */
    if (age > 0 && age < 18) return fitness == 3 ? (mr_strength_rx){2, 3, 12, 15, 8} : (mr_strength_rx){1, 2, 12, 15, 8};
    if (age >= 65 || fitness <= 1) return (mr_strength_rx){1, 2, 10, 15, 8};
    if (fitness == 3) return (mr_strength_rx){3, 4, 8, 12, 8};
    return (mr_strength_rx){2, 3, 8, 12, 8};
}

/* WHO 2020 (Bull et al., BJSM 54:1451) */
void mr_kb_weekly_target(int age, int *moderate_min, int *vigorous_min) {
    if (age < 18) { /* 60 min a day of moderate-to-vigorous */
        *moderate_min = 420;
        *vigorous_min = 210;
    } else {
        *moderate_min = 150;
        *vigorous_min = 75;
    }
}

/* US EPA AQI categories */
int mr_kb_aqi_category(int aqi) {
    if (aqi < 0 || aqi > 500) return -1;
    if (aqi <= 50) return 0;
    if (aqi <= 100) return 1;
    if (aqi <= 150) return 2;
    if (aqi <= 200) return 3;
    if (aqi <= 300) return 4;
    return 5;
}

const char *mr_kb_aqi_name(int c) {
    static const char *n[] = {"good", "moderate", "unhealthy for sensitive groups", "unhealthy",
                              "very unhealthy", "hazardous"};
    return c >= 0 && c <= 5 ? n[c] : "invalid";
}

/* NWS heat index: Steadman's simple formula below 80 F, else the Rothfusz
 * regression with the low- and high-humidity adjustments (NWS, SR 90-23). */
float mr_kb_heat_index_c(float temp_c, float rh) {
    double T = temp_c * 9.0 / 5.0 + 32.0, R = rh;
    double hi = 0.5 * (T + 61.0 + (T - 68.0) * 1.2 + R * 0.094);
    if ((hi + T) / 2.0 >= 80.0) {
        hi = -42.379 + 2.04901523 * T + 10.14333127 * R - 0.22475541 * T * R - 0.00683783 * T * T -
             0.05481717 * R * R + 0.00122874 * T * T * R + 0.00085282 * T * R * R - 0.00000199 * T * T * R * R;
        if (R < 13 && T >= 80 && T <= 112) hi -= (13 - R) / 4 * sqrt((17 - fabs(T - 95.0)) / 17);
        else if (R > 85 && T >= 80 && T <= 87) hi += (R - 85) / 10 * (87 - T) / 5;
    }
    return (float)((hi - 32.0) * 5.0 / 9.0);
}

int mr_kb_heat_category(float hi_c) {
    if (hi_c >= 52.0f) return 4;
    if (hi_c >= 39.0f) return 3;
    if (hi_c >= 32.0f) return 2;
    if (hi_c >= 27.0f) return 1;
    return 0;
}

float mr_kb_wind_chill_c(float t, float v) {
    if (t > 10.0f || v <= 4.8f) return t;
    float p = powf(v, 0.16f);
    return 13.12f + 0.6215f * t - 11.37f * p + 0.3965f * t * p;
}
