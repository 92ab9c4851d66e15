/* plan.h - a week's plan: seven days from today, each with an activity,
 * FITT numbers and a reason, that together meet WHO 2020's weekly targets
 * for the person's age where safety allows (aerobic minutes, muscle
 * strengthening on two or more days, balance on three for 65+, 60 minutes a
 * day for ages 5-17), never put two hard days together (ACSM: 48 h), rest
 * after hard days, vary the activities, favour the person's preferences and
 * feedback, and pass every day through the same safety layer as a single
 * recommendation. Today is mr_advise's recommendation; later days assume
 * today's conditions and no weather (each says to check it). */
#ifndef MR_PLAN_H
#define MR_PLAN_H

#include "advisor.h"

typedef enum { MR_DAY_AEROBIC, MR_DAY_STRENGTH, MR_DAY_BALANCE, MR_DAY_REST } mr_day_kind;

typedef struct {
    mr_day_kind kind;
    mr_activity activity;
    mr_intensity intensity;
    int minutes;
    int rpe_lo, rpe_hi;       /* Borg 6-20; the children's OMNI 0-10 under 13 (as the card) */
    int hr_lo, hr_hi;          /* 0 when a zone would mislead */
    float kcal;                /* < 0 unknown weight */
    int hard;                  /* vigorous, or long */
    int long_run;              /* the week's long session (an endurance goal): the last to shorten */
    int race;                  /* the race itself (its minutes are the race's: 0 here) */
    int play;                  /* a young person's day off sport spent moving */
    int team;                  /* the team's practice or game day: counted as an hour of it in the week, not prescribed */
    char reason[640];
} mr_plan_day;

typedef struct {
    mr_recommendation today;   /* day 0 in full */
    mr_plan_day day[7];
    int aerobic_minutes;       /* moderate-equivalent (vigorous counts double, WHO); under 18 plain minutes */
    int aerobic_target;        /* WHO for the age (150 adults, 420 ages 5-17) */
    int strength_days, balance_days;
    int emergency;             /* the whole week waits for a doctor */
    int race_week;             /* a race in the week: the taper, the race and recovery, no weekly aim */
    int youth;                 /* under 18: WHO's hour a day, minutes of moderate-to-vigorous activity */
    int start_wday;            /* 0 Sunday .. 6, -1 unknown (no context.time) */
} mr_plan;

MR_INTERNAL int mr_plan_week(const mr_profile *p, mr_ctx *ctx, mr_store *store, int64_t now, mr_plan *plan,
                             char *err, size_t errsz);
MR_INTERNAL void mr_plan_json(const mr_plan *plan, FILE *out);
MR_INTERNAL void mr_plan_card(const mr_plan *plan, FILE *out);

#endif
