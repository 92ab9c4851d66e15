/* prior.h - the knowledge-based activity prior: how well each
 * activity suits a person before today's safety rules, history, preferences
 * and feedback are applied. It is what the advisor uses without a model and
 * what the trained model learns to read from the profile and its free text
 * (weights/make_data.py asks for it through --json "prior"). Internal. */
#ifndef MR_PRIOR_H
#define MR_PRIOR_H

#include "notes.h"

/* What the user wants, read from the free-text "goal" (Chinese or English). */
typedef enum { MR_GOAL_HEALTH, MR_GOAL_WEIGHT, MR_GOAL_STRENGTH, MR_GOAL_ENDURANCE, MR_GOAL_FLEXIBILITY,
               MR_GOAL_COUNT } mr_goal;

MR_INTERNAL mr_goal mr_goal_read(const char *text);
MR_INTERNAL mr_goal mr_goal_for(const char *goal_text, int pregnant, int postpartum); /* the goal as the dose and prior use it */
MR_INTERNAL const char *mr_goal_name(mr_goal g);

typedef struct {
    int age;
    int fitness;             /* 0 unknown, 1 beginner, 2 intermediate, 3 advanced */
    mr_goal goal;
    unsigned flags;          /* MR_COND_* from the profile and the notes */
    mr_mood mood;
    int prefer_indoor;       /* rain, snow, ice, thunder, AQI > 100, temperature >= 30 or <= 0 C */
    int cold;                /* temperature <= 5 C (cold dry air: an asthma trigger) */
    int treadmill;           /* a treadmill at hand: the run and the walk are indoor forms too */
} mr_prior_in;

/* Fills p[MR_ACT_COUNT] with weights that sum to 1, all > 0. */
MR_INTERNAL void mr_activity_prior(const mr_prior_in *in, float *p);

/* Sore shins (mr_notes.shin: 1 sore along the inside, 2 a spot tender to
 * press or a hop that hurts, a possible bone stress injury): the factor for
 * activity a, one rule for today's card and the week plan; 0 rules it out. */
MR_INTERNAL float mr_shin_weight(int shin, mr_activity a);

#endif
