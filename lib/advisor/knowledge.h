/* knowledge.h - exercise knowledge for the advisor: activities
 * with their MET values, intensity bands, energy, heart-rate zones, WHO
 * weekly targets, air quality, heat and cold. Every number comes from
 * ../shared/DOMAIN.md and names its source in knowledge.c. Internal for now:
 * the advisor's public API (mr_advisor_*) will be built on it. */
#ifndef MR_KNOWLEDGE_H
#define MR_KNOWLEDGE_H

#include "common.h"

typedef enum {
    MR_ACT_RUN, MR_ACT_SWIM, MR_ACT_CYCLE, MR_ACT_BRISK_WALK, MR_ACT_WALK, MR_ACT_YOGA,
    MR_ACT_TAI_CHI, MR_ACT_STRENGTH, MR_ACT_STATIONARY_BIKE, MR_ACT_ELLIPTICAL, MR_ACT_STRETCHING,
    MR_ACT_REST, MR_ACT_COUNT
} mr_activity;

typedef enum { MR_LIGHT = 0, MR_MODERATE = 1, MR_VIGOROUS = 2 } mr_intensity;

typedef struct {
    float met;          /* metabolic equivalents */
    const char *code;   /* 2011 Compendium code */
    const char *what;   /* the Compendium's description */
    const char *what_zh;/* the same in Chinese, for Chinese cards */
} mr_met_variant;

typedef struct {
    const char *id;     /* "brisk_walk" */
    const char *zh;     /* "快走" */
    const char *en;     /* "brisk walking": as a card names it */
    int outdoor;        /* weather and air quality apply */
    int impact;         /* running or jumping loads: excluded for knee/ankle injury, back pain */
    int n_variants;
    mr_met_variant v[3];/* ascending MET */
} mr_activity_info;

MR_INTERNAL const mr_activity_info *mr_kb_activity(mr_activity a);
/* Activity by id ("run") or Chinese name ("跑步"); -1 if unknown. */
/* An activity by its id ("brisk_walk"), its Chinese name in either script
 * ("快走", "騎自行車") or its English name in any case ("Brisk walking");
 * -1 if none. */
MR_INTERNAL int mr_kb_activity_find(const char *name);
MR_INTERNAL const char *mr_kb_intensity_name(mr_intensity i);

/* Intensity band of a MET value: light < 3.0, moderate 3.0-5.9, vigorous >= 6.0. */
MR_INTERNAL mr_intensity mr_kb_band(float met);
/* The activity's variant for a wanted intensity: the one in that band, else
 * the most intense one below it, else the gentlest one. Returns its band. */
MR_INTERNAL mr_intensity mr_kb_variant(mr_activity a, mr_intensity want, const mr_met_variant **out);

/* kcal = MET x 3.5 x kg / 200 x minutes */
MR_INTERNAL float mr_kb_kcal(float met, float kg, float minutes);

/* Heart-rate zone in bpm for an intensity: Karvonen (%HRR) when the resting
 * rate is known (resting_hr > 0), else %HRmax; HRmax by Tanaka (208 - 0.7 age). */
MR_INTERNAL void mr_kb_hr_zone(int age, int resting_hr, mr_intensity i, int *lo, int *hi);
MR_INTERNAL float mr_kb_hrmax_tanaka(int age);

/* Borg RPE (6-20) band for an intensity (DOMAIN's heart-rate table):
 * light 9-11, moderate 12-13, vigorous 14-17. */
MR_INTERNAL void mr_kb_rpe(mr_intensity i, int *lo, int *hi);
/* The same for a child under 13, on the OMNI 0-10 scale. */
MR_INTERNAL void mr_kb_rpe_child(mr_intensity i, int *lo, int *hi);

/* Resistance training (ACSM, Garber 2011): sets x reps for a session.
 * Beginners, older or frail people 1-2 sets of 10-15; otherwise 2-4 sets
 * of 8-12; exercises for the major muscle groups; 48 h before the same
 * muscles again. */
typedef struct {
    int sets_lo, sets_hi, reps_lo, reps_hi, exercises;
} mr_strength_rx;
MR_INTERNAL mr_strength_rx mr_kb_strength(int age, int fitness);

/* WHO 2020 weekly aerobic targets in minutes (moderate, vigorous equivalent);
 * 5-17: 60 a day; 18+: 150 / 75 (65+ adds balance and strength advice). */
MR_INTERNAL void mr_kb_weekly_target(int age, int *moderate_min, int *vigorous_min);
/* The moderate-equivalent minutes of that target (150, or 420 under 18). */
static inline int mr_kb_weekly_minutes(int age) {
    int moderate, vigorous;
    mr_kb_weekly_target(age, &moderate, &vigorous);
    return moderate;
}

/* US EPA AQI category 0..5 (good .. hazardous); -1 for values outside 0..500. */
MR_INTERNAL int mr_kb_aqi_category(int aqi);
MR_INTERNAL const char *mr_kb_aqi_name(int category);

/* NWS heat index (Rothfusz regression with its adjustments) in Celsius. */
MR_INTERNAL float mr_kb_heat_index_c(float temp_c, float rh_pct);
/* NWS heat index category: 0 none, 1 caution (27-32 C), 2 extreme caution
 * (32-39), 3 danger (39-51), 4 extreme danger (>= 52). */
MR_INTERNAL int mr_kb_heat_category(float heat_index_c);
/* Wind chill (NWS / Environment Canada 2001) in Celsius; the air temperature
 * when it does not apply (above 10 C or wind at most 4.8 km/h). */
MR_INTERNAL float mr_kb_wind_chill_c(float temp_c, float wind_kmh);

#endif
