/* advisor.h - one recommendation from a profile (issue 5): understand the
 * notes, score the activities (a model's rank classification when one is
 * given, else the knowledge prior of prior.c), remove what the safety layer
 * forbids, re-rank by preferences, history, mood and feedback, and derive
 * every number from the knowledge tables. Internal: apps use the mr_advisor_*
 * API of motionrec.h (advisor_api.c). */
#ifndef MR_ADVISOR_H
#define MR_ADVISOR_H

#include "prior.h"
#include "profile.h"
#include "store.h"

#define MR_ADV_MAX_LINES 16

typedef struct {
    mr_activity activity;
    mr_intensity intensity;
    int minutes;
    int hr_lo, hr_hi;                 /* bpm */
    float met, kcal;
    float probs[MR_ACT_COUNT];        /* after safety and re-ranking; sum 1 */
    float prior[MR_ACT_COUNT];        /* knowledge (or the model) before them; sum 1 */
    mr_mood mood;
    unsigned text_flags;              /* what the notes added (the readers and the model) */
    mr_notes read;                    /* what the rules read in the notes */
    int emergency;
    unsigned allowed;                 /* bit per activity the safety rules allow today */
    mr_intensity max_intensity;       /* the rules' cap */
    int n_reasons, n_warnings;
    char reasons[MR_ADV_MAX_LINES][200];
    char warnings[MR_ADV_MAX_LINES][300];
    char advice[1024];
    char language[3];
    int64_t rec_id;                   /* -1 when not stored */
} mr_recommendation;

/* ctx (may be NULL): a T5 context whose model reads the profile; store (may
 * be NULL): where the user's feedback is read (nothing is written). */
MR_INTERNAL int mr_advise(const mr_profile *p, mr_ctx *ctx, mr_store *store, int64_t now,
                          mr_recommendation *r, char *err, size_t errsz);
/* Records the recommendation for the profile's user (no-op without a user
 * or a store) and sets r->rec_id. */
MR_INTERNAL int mr_advise_remember(const mr_profile *p, mr_store *store, int64_t now, mr_recommendation *r,
                                   char *err, size_t errsz);
/* The activity prompt: the profile as the model reads it (the same text as
 * weights/make_data.py render()). */
MR_INTERNAL void mr_advisor_prompt(const mr_profile *p, char *buf, size_t n);
/* The model's advice is delexicalised: it writes the slots {min} {hr_lo}
 * {hr_hi} {kcal} where the numbers go, and they are filled here from r, so a
 * number is never copied wrong. Returns 1 and the filled text in dst when
 * the text passes the check: no digit of its own, each slot exactly once,
 * names r's activity and intensity (in r->language) and no other activity or
 * intensity (which could contradict the safety layer); else 0. */
MR_INTERNAL int mr_advice_fill(const char *text, const mr_recommendation *r, char *dst, size_t n);
MR_INTERNAL void mr_recommendation_json(const mr_recommendation *r, FILE *out);
MR_INTERNAL void mr_recommendation_card(const mr_recommendation *r, FILE *out);

#endif
