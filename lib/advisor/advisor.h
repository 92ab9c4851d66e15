/* advisor.h - one recommendation from a profile: read the notes, apply
 * the safety rules, score the activities (the knowledge prior of prior.c),
 * re-rank by preferences (with substitutes for what is excluded today),
 * history and feedback, set the dose (dose.c), and explain each step with
 * the person's own facts. Internal: apps use the mr_advisor_* API of
 * motionrec.h (advisor_api.c); card.c writes the result. */
#ifndef MR_ADVISOR_H
#define MR_ADVISOR_H

#include <motionrec_advisor.h>

#include "dose.h"
#include "profile.h"
#include "store.h"

#define MR_ADV_MAX_LINES 24
/* A walk-jog session's ceiling in minutes, on today's card and in the week,
 * after a try at running that lasted only minutes (ACSM's initial stage). */
#define MR_WALK_JOG_MAX_MINUTES 25

/* A strength session's muscles: all of them, or the ones not trained
 * yesterday (ACSM: 48 h for the same muscle groups). */
enum { MR_FOCUS_FULL, MR_FOCUS_UPPER, MR_FOCUS_LOWER, MR_FOCUS_OTHER, MR_FOCUS_PULL, MR_FOCUS_PUSH };

typedef struct {
    mr_activity activity;
    mr_intensity intensity;
    int minutes;
    int hr_lo, hr_hi;                 /* bpm; 0 when a heart-rate zone would mislead (rest, yoga, tai chi,
                                         stretching, strength, pregnancy, beta-blockers, children) */
    int rpe_lo, rpe_hi;               /* Borg 6-20 and the talk test; 0 on a rest day */
    int rpe_child;                    /* rpe_lo/hi are on the children's OMNI 0-10 scale (under 13) */
    mr_strength_rx strength;          /* sets x reps when the activity is strength training */
    int strength_focus;               /* MR_FOCUS_*: which muscles today's strength session trains */
    float met, kcal;                  /* kcal < 0: no weight given, none estimated */
    const mr_met_variant *variant;
    float probs[MR_ACT_COUNT];        /* after safety and re-ranking; sum 1 */
    float prior[MR_ACT_COUNT];        /* knowledge (or the model) before them; sum 1 */
    mr_mood mood;
    unsigned text_flags;              /* what the notes added (the readers and the model) */
    mr_notes read;                    /* what the rules read in the notes */
    mr_dose dose;
    int emergency;
    unsigned allowed;                 /* bit per activity the safety rules allow today */
    mr_intensity max_intensity;       /* the rules' cap */
    int n_rules;
    mr_rule rules[MR_RULE_COUNT];     /* the safety rules that fired today, in order (the plan reads them) */
    int substitute_for;               /* the preferred activity this one stands in for today, or -1 */
    int relative_easy_run;            /* a trained runner's easy run, counted as moderate (relative intensity) */
    int long_run;                     /* the long run asked for, sized from the longest recent run (its minutes), 0 none */
    int treadmill;                    /* MR_INDOOR_*: today's run or walk is on the treadmill, or the walk in a mall, as the weather or the air keeps it indoors */
    int n_reasons, n_warnings;
    char reasons[MR_ADV_MAX_LINES][640];   /* long enough for every line written: a full one would be cut */
    char warnings[MR_ADV_MAX_LINES][640];
    char advice[1024];
    char language[3];
    int hant;                         /* zh written in Traditional characters (hant.c) */
    char ems[8];                      /* the ambulance number zh warnings name (profile.h) */
    int mmol;                         /* English glucose in mmol/l first (profile.h) */
    int us;                           /* American English words (profile.h) */
    int imperial;                     /* card units: lb and F */
    int64_t rec_id;                   /* -1 when not stored */
} mr_recommendation;

/* ctx (may be NULL): a T5 context whose model reads the notes; store (may
 * be NULL): the user's feedback and workout log, read with the profile's
 * history (nothing is written). */
MR_INTERNAL int mr_advise(const mr_profile *p, mr_ctx *ctx, mr_store *store, int64_t now, mr_recommendation *r,
                          char *err, size_t errsz);
/* Records the recommendation for the profile's user (no-op without a user
 * or a store) and sets r->rec_id. */
MR_INTERNAL int mr_advise_remember(const mr_profile *p, mr_store *store, int64_t now, mr_recommendation *r,
                                   char *err, size_t errsz);
/* Whether a heart-rate zone means something for this person and activity
 * (steady aerobic work, a trained adult under 65 who is not pregnant, has
 * no heart disease, takes no beta-blocker and is not low); otherwise RPE
 * and the talk test alone. The recommendation and the plan both use it. */
/* A goal of speed in the goal or the notes ("get faster", "提速"): hard runs are speed work. */
MR_INTERNAL int mr_speed_wanted(const mr_profile *p, const mr_notes *nr);
/* Rain that leaves a run outside: a practised runner (intermediate or
 * better, under 65) who likes or asks for a run, above 4 C, with no fall
 * risk told (mr_safety_in.rain_run_ok). */
MR_INTERNAL int mr_rain_run_ok(const mr_profile *p, const mr_notes *nr, unsigned flags);
/* A sprint or middle-distance goal (100 m to 800 m, "短跑", "sprint"): the
 * week's key sessions are speed, not a long run. */
MR_INTERNAL int mr_sprint_goal(const mr_profile *p);
/* The k-th nearest form (0..2) of activity a, for when a is out (outdoor ride -> stationary bike). */
MR_INTERNAL mr_activity mr_substitute(mr_activity a, int k);
MR_INTERNAL int mr_hr_zone_means(const mr_profile *p, unsigned flags, unsigned notes, mr_mood mood,
                                 int hr_unreliable, mr_activity a);
/* The zone itself (bpm): ACSM's bands by Karvonen or %HRmax, 10 lower in the pool. */
MR_INTERNAL void mr_hr_zone(const mr_profile *p, mr_activity a, mr_intensity i, int *lo, int *hi);
/* card.c */
MR_INTERNAL void mr_recommendation_json(const mr_recommendation *r, FILE *out);
/* The same, always in simplified characters: for a writer that converts the whole of its own output (plan.c) */
MR_INTERNAL void mr_recommendation_json_plain(const void *r, FILE *out);
MR_INTERNAL void mr_recommendation_card(const mr_recommendation *r, FILE *out);
MR_INTERNAL const char *mr_card_activity(const mr_recommendation *r, mr_activity a);
MR_INTERNAL const char *mr_card_intensity(const mr_recommendation *r, mr_intensity i);
/* A reason line that answers what the note asked ("you asked ...", "你问..."). */
MR_INTERNAL int mr_reason_is_answer(const char *line);

#endif
