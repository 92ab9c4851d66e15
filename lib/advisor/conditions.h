/* conditions.h - named conditions with their own exercise guidance: the
 * words that name each (simplified Chinese and lower-case English, as the
 * notes reader normalises text) and one line of advice per language, with
 * its source. The reader sets a bit per condition named as the writer's own
 * (mr_notes.dx_known); the advisor prints the line. A condition here is no
 * longer an "unknown diagnosis" held to moderate. */
#ifndef MR_CONDITIONS_H
#define MR_CONDITIONS_H

#include "common.h"

typedef enum {
    MR_DX_GLAUCOMA,      /* head-down postures and breath-holding raise eye pressure */
    MR_DX_MIGRAINE,      /* regular aerobic work prevents; no hard or hot sessions on a migraine day */
    MR_DX_ANAEMIA,       /* easy until treated and rechecked; the iron taken as prescribed */
    MR_DX_DEMENTIA,      /* walking with company on known routes; balance and strength against falls */
    MR_DX_SPONDYLITIS,   /* ankylosing spondylitis: daily mobility and stretching, swimming; rest stiffens */
    MR_DX_MARFAN,        /* Marfan syndrome: moderate aerobic work; no maximal lifts, straining or contact */
    MR_DX_IBD,           /* Crohn's, ulcerative colitis: active in remission; in a flare gentle, and the signs for a doctor */
    MR_DX_HERNIA,        /* an inguinal or other hernia awaiting repair: no heavy lifting or straining; a trapped one is urgent */
    MR_DX_HYPOTHYROID,   /* an underactive thyroid not yet treated to normal levels: easy until the tablets work */
    MR_DX_SICKLE_TRAIT,  /* sickle cell trait: build up, drink freely, no all-out conditioning tests in heat or at altitude */
    MR_DX_RETINOPATHY,   /* proliferative diabetic retinopathy: no heavy lifting, straining, jarring or head-down work */
    MR_DX_NO_SWEAT,      /* a medicine that cuts sweating (amitriptyline, oxybutynin, topiramate): no hot rooms or heat */
    MR_DX_EYE_OP,        /* cataract or other eye surgery in the last weeks: no pool, no straining or head-down work */
    MR_DX_EARDRUM,       /* a perforated eardrum: the ear kept dry, no swimming until it has healed */
    MR_DX_PACEMAKER_NEW, /* a pacemaker or ICD fitted in the last weeks: that arm below the shoulder, no swimming or swings */
    MR_DX_FRACTURE,      /* a fracture still knitting: nothing with a risk of falling on it (the road bike, contact), the rest trained */
    MR_DX_CARDIAC_RECENT,/* a heart attack, stent or bypass in the last weeks, before cardiac rehab: graded walking only */
    MR_DX_HERNIA_REPAIRED,/* a hernia repaired in the last weeks: walking and light exercise as comfortable, no heavy lifting yet */
    MR_DX_KNEE_OP,       /* a knee operated on (arthroscopy, meniscus, ACL): the physio's plan, no running, pivoting or contact until cleared */
    MR_DX_BONE_LESIONS,  /* myeloma or cancer in the bones: no heavy spinal loading, flexion or twisting, no impact */
    MR_DX_HAND_FOOT,     /* hand-foot syndrome on capecitabine or a kinase inhibitor: the soles rested, seated or pedalled work */
    MR_DX_SLEEP_APNOEA,  /* obstructive sleep apnoea: the CPAP every night, exercise and weight loss help, no drowsy driving */
    MR_DX_AORTIC_STENOSIS, /* a narrowed aortic valve without symptoms: moderate, no straining; its warning signs for the cardiologist */
    MR_DX_REHAB_DONE,    /* cardiac or pulmonary rehab finished: its programme kept up at home at the effort rehab set */
    MR_DX_STOMA,         /* an ileostomy or colostomy: the core built up against a parastomal hernia, fluids and salt with an ileostomy */
    MR_DX_ADRENAL,       /* Addison's or adrenal insufficiency on hydrocortisone: fluids and salt, the sick-day rules, the endocrinologist's extra dose for long efforts */
    MR_DX_BARIATRIC,     /* after weight-loss surgery: fluids sipped all day, protein first, strength to keep muscle, no belly straining until cleared */
    MR_DX_COUNT
} mr_dx;

typedef struct {
    const char *words[40]; /* what names it, NULL-ended */
    const char *en, *zh;   /* the advice line, with its source */
    int moderate_cap;      /* 1: today stays at moderate at most; 2: light at most */
    unsigned disallow;     /* activities ruled out while it lasts (1 << mr_activity) */
    const char *placed[10];/* findings it explains (a hernia's lump and ache), taken out of the unplaced ones */
} mr_condition;

extern const mr_condition mr_conditions[MR_DX_COUNT];

/* The limits the conditions named in dx_known (1 << MR_DX_*) put on a day:
 * their activities taken out of *allowed, *cap lowered to moderate where
 * one asks. The card and the week's plan both apply them. */
MR_INTERNAL void mr_conditions_limit(unsigned dx_known, unsigned *allowed, int *cap);

#endif
