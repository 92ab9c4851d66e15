/* safety.h - the advisor's safety layer (issue 5): what the rules of
 * ../shared/DOMAIN.md forbid for a person, today, whatever a model says.
 * A rule can only remove activities or lower the intensity cap; nothing a
 * model or free text says can add them back. Internal for now. */
#ifndef MR_SAFETY_H
#define MR_SAFETY_H

#include "knowledge.h"

enum { /* conditions and symptoms, as bits */
    MR_COND_HYPERTENSION = 1 << 0, MR_COND_DIABETES = 1 << 1, MR_COND_ASTHMA = 1 << 2,
    MR_COND_HEART = 1 << 3, MR_COND_PREGNANCY = 1 << 4, MR_COND_KNEE = 1 << 5,
    MR_COND_ANKLE = 1 << 6, MR_COND_BACK = 1 << 7,
    MR_SYM_CHEST_PAIN = 1 << 8, MR_SYM_DIZZINESS = 1 << 9, MR_SYM_FEVER = 1 << 10,
};

typedef enum { MR_PRECIP_NONE, MR_PRECIP_RAIN, MR_PRECIP_SNOW, MR_PRECIP_ICE } mr_precip;

/* The facts the rules read. Unknown numbers are < 0 (or NAN for floats). */
typedef struct {
    int age;                 /* years, required */
    unsigned flags;          /* MR_COND_* | MR_SYM_*: profile and text together */
    int bp_sys, bp_dia;      /* mmHg, -1 unknown */
    int glucose;             /* mg/dl, -1 unknown */
    float temp_c, rh_pct, wind_kmh; /* NAN unknown */
    mr_precip precip;
    int thunder;
    int aqi;                 /* -1 unknown */
} mr_safety_in;

/* A rule that fired. */
typedef enum {
    MR_RULE_EMERGENCY_BP, MR_RULE_EMERGENCY_SYMPTOM, MR_RULE_HYPERTENSION, MR_RULE_HEART,
    MR_RULE_GLUCOSE_LOW, MR_RULE_GLUCOSE_HIGH, MR_RULE_GLUCOSE_VERY_HIGH, MR_RULE_PREGNANCY,
    MR_RULE_JOINT, MR_RULE_AQI_SENSITIVE, MR_RULE_AQI_ALL, MR_RULE_AQI_HAZARD, MR_RULE_HEAT,
    MR_RULE_HEAT_DANGER, MR_RULE_COLD, MR_RULE_ASTHMA_COLD, MR_RULE_THUNDER, MR_RULE_SLIPPERY,
    MR_RULE_COUNT
} mr_rule;

typedef struct {
    unsigned allowed;            /* bit a: activity a is allowed (rest always is) */
    mr_intensity max_intensity;  /* cap for every activity */
    int emergency;               /* only rest, and see a doctor */
    int n_rules;
    mr_rule rules[MR_RULE_COUNT];/* what fired, in order */
} mr_safety_out;

MR_INTERNAL void mr_safety_apply(const mr_safety_in *in, mr_safety_out *out);
/* Is activity a at intensity i permitted by out? */
MR_INTERNAL int mr_safety_permits(const mr_safety_out *out, mr_activity a, mr_intensity i);
/* The rule's warning for the user, with its source: lang "zh" or "en". */
MR_INTERNAL const char *mr_safety_text(mr_rule r, const char *lang);

#endif
