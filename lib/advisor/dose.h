/* dose.h - how much and how hard: a session's minutes and intensity from
 * the person (goal, fitness, age, body size), their recent training load
 * and how they are today, under the safety layer's cap.
 *
 * The rules, each with its source (DOMAIN.md has them all):
 *   - WHO 2020 weekly targets are a floor for the inactive, not a ceiling
 *     for the active: sessions follow the person's own habit (the last 28
 *     days) and progress by at most about 10% a week (Buist et al. 2008 as
 *     a ceiling for the untrained);
 *   - training load is session-RPE x minutes (Foster et al. 2001, CR-10 from
 *     Borg by (RPE - 6) / 1.4); the acute:chronic ratio (last 7 days against
 *     the weekly mean of the last 28; Gabbett 2016) above 1.5 means a deload
 *     (volume -30%, intensity one step down), above 1.3 no progression;
 *   - 48 hours between hard sessions (ACSM): a hard day yesterday means an
 *     easy recovery session today (40 minutes at most); after a hard
 *     strength session it means other muscle groups, not an easy day, and
 *     after a hard run or ride strength asked for trains the upper body;
 *   - the day before a race, 20 minutes at most and moderate at most (the
 *     taper's logic, Mujika and Padilla 2003);
 *   - back from an illness, about 70% of the usual (neck check); short
 *     sleep, one step easier;
 *   - a tired or low mood, a late hour, sedentary obesity (BMI >= 35, ACSM:
 *     start low, progress slowly) and older beginners only ever lower the dose.
 * Nothing here raises the safety layer's cap. */
#ifndef MR_DOSE_H
#define MR_DOSE_H

#include "notes.h"
#include "prior.h"

/* A session done: from the profile's history or the user's workout log. */
typedef struct mr_session {
    mr_activity activity;
    int minutes;
    int days_ago;   /* 0 today */
    int rpe;        /* Borg 6..20, -1 unknown */
} mr_session;

/* Fasting in daylight (Ramadan: no food or water since dawn) at this hour:
 * the session before the fast is broken is light and short. */
static inline int mr_fasting_now(unsigned notes2, int hour) {
    return (notes2 & MR_NOTE2_FASTING) && hour >= 5 && hour < 18;
}

/* A session's moderate-equivalent minutes, as WHO 2020 counts a week:
 * vigorous minutes (RPE 14 and up) count double. The 150 minutes are
 * aerobic: lifting is the muscle-strengthening days, counted apart, and
 * yoga and stretching are light (under 3 MET), so none of them counts. */
static inline int mr_session_mod_minutes(const mr_session *s) {
    if (s->activity == MR_ACT_STRENGTH || s->activity == MR_ACT_YOGA || s->activity == MR_ACT_STRETCHING) return 0;
    return s->rpe >= 14 ? 2 * s->minutes : s->minutes;
}

typedef struct {
    int age;
    int fitness;              /* 0 unknown, 1 beginner, 2 intermediate, 3 advanced */
    mr_goal goal;
    float bmi;                /* NAN unknown */
    int hour;                 /* 0..23, -1 unknown */
    mr_mood mood;
    unsigned notes;           /* MR_NOTE_* read in the notes (short sleep, back from an illness) */
    unsigned notes2;          /* MR_NOTE2_* */
    int last_days_ago;        /* the most recent session at all (history beyond 28 days too), -1 none */
    int n_sessions;
    const mr_session *sessions;
    int hr_rise;              /* morning heart rate this many beats above the usual, 0 none */
    int sleep_very_short;     /* 4 hours or less last night: light at most */
    int night_shift;          /* works night shifts: with a short sleep, 30 minutes at most */
    int joint_worse;          /* a joint or the back hurts more with training: the load comes down */
    int habit_said;           /* minutes of the usual session as the notes tell it ("normally run 5 miles"), 0 none */
    int hard_asked;           /* a hard session (intervals, a tempo run) planned or asked for */
    int lifter;               /* trains a lifting split (upper/lower, push/pull/legs, "lift 4 days a week") */
    int match_today;          /* the race today is a game or a match: its warm-up, not a shakeout */
    int rehab_grad;           /* cardiac or pulmonary rehab finished: its 150 minutes are the week's aim */
    mr_intensity cap;         /* the safety layer's */
} mr_dose_in;

/* Why the dose is what it is: each reason the card shows, with its numbers. */
typedef enum {
    MR_WHY_HABIT,        /* a = minutes per session lately, b = sessions in 28 days */
    MR_WHY_START_LOW,    /* no recent sessions: a = minutes to start with */
    MR_WHY_HABIT_SAID,   /* no sessions logged, the usual one told in the notes: a = its minutes */
    MR_WHY_PROGRESS,     /* a = +percent this week */
    MR_WHY_HOLD,         /* acute:chronic a/100 between 1.3 and 1.5: no increase */
    MR_WHY_DELOAD,       /* acute:chronic a/100 above 1.5, b = percent less */
    MR_WHY_JUMP,         /* 1-2 weeks logged before this one: this week's load a/100 times theirs, b = percent less */
    MR_WHY_SURGE,        /* a sessions in the last week and none in the 3 before it: a sudden start */
    MR_WHY_HARD_YESTERDAY, /* a = RPE of the hard session, b = days ago */
    MR_WHY_MOOD,         /* a = mr_mood */
    MR_WHY_LATE,         /* a = hour */
    MR_WHY_OBESITY,      /* a = BMI */
    MR_WHY_OLDER_START,  /* a = age */
    MR_WHY_CAP,          /* the safety layer capped it: a = cap */
    MR_WHY_YOUTH,        /* WHO: 60 minutes a day for ages 5-17 */
    MR_WHY_WEEK,         /* a = moderate-equivalent minutes in 7 days, b = this week's target */
    MR_WHY_SPLIT,        /* a hard strength session yesterday: a = its RPE; other muscles today */
    MR_WHY_SLEEP,        /* slept badly: one step easier */
    MR_WHY_RECOVERED,    /* back from an illness: about 70% of the usual */
    MR_WHY_OLDER_BALANCE,/* a = age: balance and strength on 3 days a week (WHO 2020) */
    MR_WHY_RETURNING,    /* a = days since the last session (28+): moderate, build up again */
    MR_WHY_STREAK,       /* a = days trained of the last 7, b = hard ones: a recovery day */
    MR_WHY_REHAB_GRAD,   /* cardiac or pulmonary rehab finished, little logged: a = the session's minutes */
    MR_WHY_HANGOVER,     /* the morning after drinking: light, short */
    MR_WHY_RACE_DAY,     /* a race later today: a shakeout at most */
    MR_WHY_PACING,       /* long COVID: a = minutes cap */
    MR_WHY_FLARE,        /* an arthritis flare */
    MR_WHY_TAPER,        /* taper week: volume down */
    MR_WHY_RACE_EVE,     /* a race tomorrow: short and easy, or rest */
    MR_WHY_JOINT_WORSE,  /* a joint hurts more with training: about 20% less, no increase */
    MR_WHY_OWN_EFFORT,   /* a month of sessions none hard: a = the hardest RPE, b = sessions; moderate today */
    MR_WHY_COUNT
} mr_why;

typedef struct {
    mr_why why;
    int a, b;
} mr_dose_reason;

#define MR_DOSE_MAX_REASONS 12

typedef struct {
    mr_intensity intensity;   /* wanted, after every lowering and the cap */
    int minutes;              /* of the session (before the activity's own limits) */
    int week_done;            /* moderate-equivalent minutes in the last 7 days (vigorous count double, WHO) */
    int week_target;          /* this week's aim in the same unit */
    int week_usual;           /* the same unit, a week's mean over the last 28 days */
    float acute, chronic;     /* session-RPE loads: last 7 days, weekly mean of 28 */
    float spike;              /* the load jump behind a deload (acute:chronic, or this week against the
                               * week or two before when fewer are logged); 0 when there is none */
    int recovery_day;         /* a hard session yesterday or today: an easy recovery session */
    int split;                /* a hard strength session yesterday: other muscle groups today */
    int upper_ok;             /* the recovery day follows a hard aerobic session (a run, a ride): the
                               * upper body may still train at moderate effort (ACSM: 48 h is for the
                               * same muscle groups) */
    int hr_unreliable;        /* 2 h or more at RPE 17+ in the last 2 days: heart rate runs high after it */
    int n_reasons;
    mr_dose_reason reasons[MR_DOSE_MAX_REASONS];
} mr_dose;

MR_INTERNAL void mr_dose_compute(const mr_dose_in *in, mr_dose *out);
/* Borg 6-20 to CR-10 (Foster): (rpe - 6) / 1.4; an unknown RPE counts as
 * 12 (moderate). */
MR_INTERNAL float mr_dose_cr10(int rpe);

/* The usual week in moderate-equivalent minutes: this week's or the month's
 * weekly mean, whichever is more (the 10% ceiling's base, card and plan alike). */
static inline int mr_dose_usual_week(const mr_dose *d) { return d->week_done > d->week_usual ? d->week_done : d->week_usual; }

/* A daily walker's usual walk in minutes: the walks logged in the last 28
 * days on average, else the habit told (0 none), else 30; 20 to 60, in 5s. */
MR_INTERNAL int mr_dose_walk_minutes(const mr_session *s, int n, int habit_said);

/* Sessions a week of each activity, out[MR_ACT_COUNT]: the log's (two or
 * more in the last 28 days, over the days it covers, at least a week) or
 * the count told (said, may be NULL), whichever is more; 0 none. The week's
 * plan builds on these (ACSM, Garber 2011: progress from the current routine). */
MR_INTERNAL void mr_dose_habit_week(const mr_session *s, int n, const int *said, int out[]);

#endif
