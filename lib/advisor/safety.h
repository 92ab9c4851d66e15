/* safety.h - the advisor's safety layer: what the rules forbid for a
 * person, today, whatever a model says.
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
    /* ACSM's other warning signs, the neck check's illness below the neck,
     * and ACOG's warning signs in pregnancy */
    MR_SYM_BREATH = 1 << 11, MR_SYM_PALPITATIONS = 1 << 12, MR_SYM_ILLNESS = 1 << 13,
    MR_SYM_PREG_WARNING = 1 << 14,
};
#define MR_CONDITIONS_MASK 0xffu     /* MR_COND_* */
#define MR_SYMPTOMS_MASK 0x7f00u     /* MR_SYM_*: each one means rest today */
#define MR_N_FLAGS 15

/* Things read that are not conditions but change the advice. */
enum {
    MR_NOTE_COLD = 1 << 0,        /* a cold above the neck only: light activity at most (neck check) */
    MR_NOTE_LOW_GLUCOSE = 1 << 1, /* "低血糖", "feeling hypo": carbohydrate first */
    MR_NOTE_MISSED_MEDS = 1 << 2, /* forgot or ran out of medication */
    MR_NOTE_HEADACHE = 1 << 3,    /* a headache (a warning sign with high blood pressure or pregnancy) */
    MR_NOTE_LOWER_BODY = 1 << 4,  /* an unsure finding in the legs or feet: low impact */
    MR_NOTE_HYPERGLY_SIGNS = 1 << 5, /* thirst, frequent urination, blurred vision, nausea, a blocked insulin pump */
    MR_NOTE_BETA_BLOCKER = 1 << 6,   /* metoprolol, 倍他乐克: heart-rate zones mislead (ACSM) */
    MR_NOTE_SHORT_SLEEP = 1 << 7,    /* slept badly or 6 hours or less: easier, and a word on sleep */
    MR_NOTE_LOWER_WORKED = 1 << 8,   /* the legs were trained hard or are sore from training */
    MR_NOTE_UPPER_WORKED = 1 << 9,   /* the chest, back, shoulders or arms were trained or are sore from it */
    MR_NOTE_NECK_SHOULDER = 1 << 10, /* a stiff or sore neck and shoulders, nothing cardiac: mobility first */
    MR_NOTE_ACUTE_SPRAIN = 1 << 11,  /* a fresh knee or ankle injury (swollen, just happened): no weight bearing */
    MR_NOTE_RECOVERED = 1 << 12,     /* back from a fever or illness: build up again gradually */
    MR_NOTE_ACUTE_BACK = 1 << 13,    /* a back hurt in the last days (a lift, a twist): light, no loading */
    MR_NOTE_PERIOD_PAIN = 1 << 14,   /* period cramps today: gentle, low impact, shorter */
    MR_NOTE_NO_PERIODS = 1 << 15,    /* no period for months while training: see a doctor (female athlete triad) */
    MR_NOTE_POSTPARTUM = 1 << 16,    /* after a birth: the pelvic floor first, impact built up gradually */
    MR_NOTE_LEAKING = 1 << 17,       /* leaking urine when coughing or jumping: no impact for now */
    MR_NOTE_INSULIN = 1 << 18,       /* takes insulin: carbohydrate before exercise below 125 mg/dl (ADA) */
    MR_NOTE_HANGOVER = 1 << 19,      /* the morning after drinking: water first, light at most */
    MR_NOTE_RACE_TODAY = 1 << 20,    /* a race or match later today: a short shakeout at most */
    MR_NOTE_TAPER = 1 << 21,         /* the last days before a race: volume down, the plan kept */
    MR_NOTE_LONG_COVID = 1 << 22,    /* long COVID, a crash after exertion: pacing, light and short */
    MR_NOTE_ARTHRITIS_FLARE = 1 << 23, /* an inflammatory arthritis or gout flare: gentle range of motion */
    MR_NOTE_COPD = 1 << 24,          /* COPD, emphysema, chronic bronchitis: moderate, paced by breathlessness */
    MR_NOTE_OSTEOPOROSIS = 1 << 25,  /* low bone density: strength, balance, weight bearing; no loaded bending */
    MR_NOTE_SHOULDER = 1 << 26,      /* a painful shoulder (impingement, rotator cuff, frozen): nothing overhead */
    MR_NOTE_STRAIN = 1 << 27,        /* a pulled leg muscle: no running or sprinting, no stretching into pain */
    MR_NOTE_STROKE = 1 << 28,        /* after a stroke: moderate, by feel, balance and strength, falls in mind */
    MR_NOTE_HEEL = 1u << 31,         /* plantar heel pain (plantar fasciitis): low impact, calf and foot stretches */
    MR_NOTE_MI_SIGNS = 1 << 30,      /* with chest pain: sweating, nausea, breathlessness, arm or jaw: call now */
    MR_NOTE_PREG_SWELLING = 1 << 29, /* swollen feet or ankles in pregnancy, no injury: common; the signs that are not */
};

/* More things read (MR_NOTE_* is full). */
enum {
    MR_NOTE2_PAD = 1 << 0,        /* peripheral artery disease: walk into the calf pain, rest, repeat */
    MR_NOTE2_CONCUSSION = 1 << 1, /* a concussion not yet cleared: light, symptom-limited, nothing to fall from */
    MR_NOTE2_CHEMO = 1 << 2,      /* in cancer treatment: moderate at most, infections and fever in mind */
    MR_NOTE2_FASTING = 1 << 3,    /* fasting (Ramadan): after the fast is broken, or light before it */
    MR_NOTE2_ALTITUDE = 1 << 4,   /* the first days at altitude: easy, and the signs of altitude sickness */
    MR_NOTE2_WHEELCHAIR = 1 << 5, /* a wheelchair user: upper-body and seated work */
    MR_NOTE2_POOL_CLOSED = 1 << 6,/* the pool is closed today */
    MR_NOTE2_SEE_TODAY = 1 << 7,  /* a possible clot or heart failure: a doctor today */
    MR_NOTE2_MS = 1 << 8,         /* multiple sclerosis: keep cool, pace the fatigue */
    MR_NOTE2_FIBRO = 1 << 9,      /* fibromyalgia: start low, pace, no boom and bust */
    MR_NOTE2_PARKINSON = 1 << 10, /* Parkinson's: tai chi and balance, big movements, falls in mind */
    MR_NOTE2_KIDNEY = 1 << 11,    /* chronic kidney disease, dialysis: moderate, the fistula arm, fluids */
    MR_NOTE2_EPILEPSY = 1 << 12,  /* epilepsy: water and heights with someone who knows */
    MR_NOTE2_DIAGNOSIS = 1 << 13, /* a diagnosis named that no rule here knows (mr_notes.diagnosis) */
    MR_NOTE2_ENDURANCE = 1 << 14, /* an endurance (long, easy, zone 2) session planned: moderate */
    MR_NOTE2_CRASH_DIET = 1 << 15,/* not eating, only water, a sauna suit to sweat weight off: moderate, eat and drink */
    MR_NOTE2_RACE_EVE = 1 << 16,  /* a race tomorrow: a short easy session or rest */
    MR_NOTE2_NEUROPATHY = 1 << 17,/* numb feet, peripheral neuropathy: daily foot checks, shoes; no weight on a sore */
    MR_NOTE2_AF = 1 << 18,        /* atrial fibrillation named: effort by feel, blood thinners, stop signs */
    MR_NOTE2_FATTY_LIVER = 1 << 19,/* fatty liver: exercise and weight loss are its treatment */
    MR_NOTE2_HEAD_KNOCK = 1 << 20,/* a knock to the head today or lately */
    MR_NOTE2_HEAD_RED = 1 << 21,  /* with it: a blood thinner, confusion, vomiting, drowsiness, a fit */
    MR_NOTE2_LYMPHOEDEMA = 1 << 22,/* lymphoedema: progressive strength work is safe, the sleeve on */
    MR_NOTE2_GROWTH_KNEE = 1 << 23,/* Osgood-Schlatter, Sever's: a growing bone's pain, trained by pain */
    MR_NOTE2_STERNOTOMY = 1 << 24, /* heart surgery through the breastbone, recent: walking and the bike only */
    MR_NOTE2_DOCTOR_WALK = 1 << 25,/* the doctor cleared walking (and light exercise) only */
    MR_NOTE2_DEVICE = 1 << 26,     /* an ICD or a pacemaker */
    MR_NOTE2_WHEEZY = 1 << 27,     /* asthma with symptoms today (wheezy, the reliever needed this morning) */
    MR_NOTE2_HOSPITAL = 1 << 28,   /* out of hospital lately */
    MR_NOTE2_SHOVEL = 1 << 29,     /* shovelling snow planned */
    MR_NOTE2_PANIC = 1 << 30,      /* panic attacks (a racing heart in exercise can feel like one) */
    MR_NOTE2_LOW_TREATED = 1u << 31,/* a low earlier today, treated, the reading since back at 90 or more */
};

/* Where a run or a walk can move indoors (mr_notes.treadmill). */
enum {
    MR_INDOOR_NONE,
    MR_INDOOR_TREADMILL, /* a treadmill the notes offered: the run and the walk */
    MR_INDOOR_MALL,      /* a mall the notes say opens for walkers: the walk */
    MR_INDOOR_WALK       /* a walker with none said: a shopping centre, a corridor, an indoor track */
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
    int rain_run_ok;         /* rain (not snow or ice, above 4 C) and a practised runner under 65 with no fall risk told: the run stays */
    int thunder;
    int aqi;                 /* -1 unknown */
    unsigned notes;          /* MR_NOTE_* read in the free text (notes.h) */
    unsigned notes2;         /* MR_NOTE2_* */
    int n_unsure;            /* findings in the text the readers could not place */
    int pollen_high;         /* a high pollen count, said in the notes */
    int joint_replaced;      /* a hip (1) or knee (2) replaced, or both (3) (arthroplasty): low impact for good */
    int stroke_signs;        /* a stroke's signs told (a drooping face, one arm, speech), passed or not */
    int crisis;              /* thoughts of ending one's life or of self-harm written (mr_notes.despair) */
    int palp_hypo;           /* on insulin or a sulfonylurea, the heart told only racing or pounding (not irregular, not for hours) */
    int med_toxic;           /* mr_notes.med_toxic: 1 lithium toxicity's signs, 2 serotonin syndrome's */
    int crash_now;           /* mr_notes.crash_now: ME/CFS or long COVID in a crash now */
    int neuro_urgent;        /* mr_notes.neuro_urgent: 1 autonomic dysreflexia's signs, 2 an MS relapse's */
    int line_in;             /* a PICC, central line or accessed port in place */
    int wbc_low;             /* in chemotherapy, the white count low (neutrophils under 1.5): no pool, light */
    int platelets;           /* a platelet count said (x10^9/l; 1 "low"), 0 none */
    int icd_shock;           /* the writer's implanted defibrillator fired */
    int cauda_equina;        /* back or leg pain with saddle numbness, or new trouble passing urine or holding it */
    int pots;                /* postural tachycardia syndrome: recumbent work first, by feel */
    int treadmill;           /* MR_INDOOR_*: a treadmill at hand (running and walking are not outdoor-only) or a mall (walking) */
    int ams;                 /* up high, a headache with nausea, dizziness or exhaustion (Lake Louise 2018); 2: unsteady,
                              * confused or breathless at rest there (HACE, HAPE) */
    int gi_bleed;            /* black, tarry stools or blood vomited: 1; fresh blood in the stools: 2 */
    int bone_stress;         /* a stress fracture of the foot or leg, healing (not yet cleared to run) */
    int postnatal_infection; /* after a birth: the wound red or oozing, the lochia heavier or foul-smelling (a fever with them) */
    int seizure;             /* a seizure today or last night */
    int previa;              /* placenta praevia or a low-lying placenta in this pregnancy: 1; from 26 weeks: 2 */
    int hypo_severe;         /* a low with confusion, slurring or drowsiness, or not coming up after sugar */
    int ohss;                /* after an egg collection, two or more of ovarian hyperstimulation's signs */
    int multiple;            /* a multiple pregnancy: twins 1; twins from 28 weeks 2; triplets or more 3 */
    int worn_out;            /* tired all the time while training on 4 or more days a week: under-recovery */
    int mania;               /* the start of a manic episode read (a mood stabiliser stopped, no sleep, a rush of energy) */
    int heat_signs;          /* a headache, cramps or nausea today (heat exhaustion's early signs when it is hot) */
    int heat_illness;        /* heat illness's signs (confusion, sweating stopped) or urine like cola after effort */
    int foot_wound;          /* a wound on the foot with diabetes */
    int pressure_sore;       /* mr_notes.pressure_sore: 1 on a stump, 2 over the seat or a heel with a spinal injury */
    int ear_infection;       /* an ear infection (otitis, swimmer's ear) */
    int postnatal_early;     /* after a birth, under 12 weeks or leaking urine: impact not yet */
    int heart_check;         /* fainted or greyed out in exercise before, the heart not yet checked */
    int ivf;                 /* in IVF: 1 stimulation or egg collection, 2 after the transfer */
    int family_heart;        /* a parent, sibling or child with an inherited heart disease or a sudden death young */
    unsigned told_not;       /* bit a: activity a a clinician said not to do for now (the notes' told_not) */
    int gout;                /* a gout flare in a foot now, no fever (a fever with a hot joint is read as an emergency) */
} mr_safety_in;

/* A rule that fired. */
typedef enum {
    MR_RULE_EMERGENCY_BP,
    /* one per warning symptom (MR_SYM_*), in bit order, each with what to do */
    MR_RULE_SYM_CHEST, MR_RULE_SYM_DIZZY, MR_RULE_SYM_FEVER, MR_RULE_SYM_BREATH, MR_RULE_SYM_PALPITATIONS,
    MR_RULE_SYM_ILLNESS, MR_RULE_SYM_PREGNANCY,
    MR_RULE_HYPERGLYCAEMIA_SYMPTOMS, /* glucose >= 250 with thirst, urination, blurred vision, nausea or illness */
    MR_RULE_HYPERTENSION, MR_RULE_HEART,
    MR_RULE_GLUCOSE_HYPO, MR_RULE_GLUCOSE_LOW, MR_RULE_GLUCOSE_HIGH, MR_RULE_GLUCOSE_VERY_HIGH, MR_RULE_PREGNANCY,
    MR_RULE_JOINT,
    /* US EPA AQI, named by the category that applies to this person */
    MR_RULE_AQI_SENSITIVE,             /* 101-150 and a sensitive group */
    MR_RULE_AQI_ALL,                   /* 151-200 */
    MR_RULE_AQI_UNHEALTHY_SENSITIVE,   /* 151-200 and a sensitive group */
    MR_RULE_AQI_VERY,                  /* 201-300 */
    MR_RULE_AQI_VERY_SENSITIVE,        /* 201-300 and a sensitive group */
    MR_RULE_AQI_HAZARD, MR_RULE_HEAT,
    MR_RULE_HEAT_DANGER, MR_RULE_COLD, MR_RULE_ASTHMA_COLD, MR_RULE_THUNDER, MR_RULE_SLIPPERY,
    MR_RULE_MISSED_MEDS,     /* a missed dose of blood-pressure, heart or diabetes medicine */
    MR_RULE_BP_HEADACHE,     /* a headache with high blood pressure */
    MR_RULE_COLD_ABOVE_NECK, /* the neck check: a cold above the neck allows light activity */
    MR_RULE_UNSURE,          /* something in the notes the readers could not place */
    MR_RULE_ACUTE_SPRAIN,    /* a fresh knee or ankle injury: non-weight-bearing work only */
    MR_RULE_RECOVERED,       /* back from a fever or illness: moderate at most, build up gradually */
    MR_RULE_ACUTE_BACK,      /* a back hurt in the last days: light, walking and mobility */
    MR_RULE_COPD,            /* chronic lung disease: moderate, paced by breathlessness, inhaler, stop signs */
    MR_RULE_STRAIN,          /* a pulled leg muscle: no running until it is pain-free */
    MR_RULE_STROKE,          /* after a stroke: moderate, by feel, stable ground */
    MR_RULE_CONCUSSION,      /* a concussion: light, symptom-limited, nothing to fall from */
    MR_RULE_CHEMO,           /* cancer treatment: moderate at most; a fever means stop and call */
    MR_RULE_ALTITUDE,        /* the first days at altitude: moderate at most */
    MR_RULE_WHEELCHAIR,      /* upper-body and seated activities */
    MR_RULE_SEE_TODAY,       /* a possible clot, heart failure: rest, a doctor today */
    MR_RULE_KIDNEY,          /* chronic kidney disease: moderate at most, build up; dialysis and fluid sense */
    MR_RULE_EPILEPSY,        /* epilepsy: swim and climb only with someone who knows */
    MR_RULE_DIAGNOSIS,       /* a condition no rule knows: moderate at most, ask the doctor first */
    MR_RULE_HEART_COLD,      /* heart disease in hard cold: indoors */
    MR_RULE_CRASH_DIET,      /* training while not eating, or in a sweat suit: moderate at most */
    MR_RULE_BP_CRISIS_SIGNS, /* 180/110 or more with a headache written: medical help now */
    MR_RULE_HEAD_INJURY,     /* a head knock on a blood thinner, with confusion or vomiting, or at 65+: hospital now */
    MR_RULE_STERNOTOMY,      /* the breastbone knitting after heart surgery: no swimming, no arm loads */
    MR_RULE_DOCTOR_LIMIT,    /* what the doctor cleared, no more */
    MR_RULE_AFTER_LOW,       /* a treated low today: moderate at most, carbohydrate and checks */
    MR_RULE_POLLEN_ASTHMA,   /* asthma and a high pollen count: indoors */
    MR_RULE_LEG,             /* a leg or foot finding the readers could not place (tight, tender): low impact */
    MR_RULE_JOINT_REPLACED,  /* a replaced hip (or both): low impact; a new hip's precautions */
    MR_RULE_KNEE_REPLACED,   /* a replaced knee: low impact; its bend and straightening */
    MR_RULE_STROKE_SIGNS,    /* a stroke's or a mini-stroke's signs: emergency services now */
    MR_RULE_POTS,            /* postural tachycardia syndrome: seated and lying-down work first, by feel */
    MR_RULE_FALLS_SNOW,      /* snow or rain underfoot for someone a fall would hurt most: indoors */
    MR_RULE_CAUDA_EQUINA,    /* back pain with saddle numbness or a bladder or bowel change: hospital now */
    MR_RULE_ICD_SHOCK,       /* an implanted defibrillator fired: the device clinic today, no exercise */
    MR_RULE_LINE,            /* a PICC or other line in place: no swimming, no heavy loads on that arm */
    MR_RULE_PLATELETS,       /* platelets under 100 (dengue, chemotherapy): light, no falls, strain or knocks */
    MR_RULE_AMS,             /* altitude sickness (a headache up high with nausea, dizziness or exhaustion): rest, no higher */
    MR_RULE_HACE,            /* up high, unsteady, confused or breathless at rest (HACE, HAPE): go down now, with help */
    MR_RULE_HEAT_ILLNESS,    /* confused or no longer sweating in the heat, or urine like cola after a hard effort: rest, a doctor today */
    MR_RULE_EAR,             /* an ear infection: no swimming until it has healed */
    MR_RULE_FOOT_WOUND,      /* a cut, blister or sore on a diabetic foot: weight off it, out of water, seen today if it weeps */
    MR_RULE_POSTNATAL_IMPACT,/* under 12 weeks after a birth, or leaking: no running or jumping yet, the pelvic floor first */
    MR_RULE_HEART_CHECK,     /* fainted or greyed out in exercise, not yet checked: no exercise until the heart is */
    MR_RULE_IVF,             /* IVF stimulation or the wait after a transfer: no running, jumping or twisting; moderate */
    MR_RULE_FAMILY_HEART,    /* an inherited heart disease in the close family: screened before hard sport, moderate until then */
    MR_RULE_GOUT,            /* a gout flare in the foot: the foot off the ground and off the pedals, light, until it settles */
    MR_RULE_TOLD_NOT,        /* what a doctor, surgeon or physio said not to do for now stays out */
    MR_RULE_GI_BLEED,        /* black, tarry stools or blood vomited: bleeding in the gut, rest, a doctor today */
    MR_RULE_MANIA,           /* a mood stabiliser stopped, nights without sleep, a rush of energy: the prescriber today, light */
    MR_RULE_HEAT_STRAIN,     /* a headache or cramps after hours in the heat: heat exhaustion's first signs; cool, drink, light */
    MR_RULE_BONE_STRESS,     /* a stress fracture healing (a boot, weeks off running): pool and bike only, moderate */
    MR_RULE_POSTNATAL_INFECTION, /* weeks after a birth: a wound red or oozing, lochia heavier or foul, a fever: rest, a doctor today */
    MR_RULE_SEIZURE,         /* a seizure today or last night: rest, no water, heights or bike; the epilepsy team today */
    MR_RULE_PREVIA,          /* placenta praevia: gentle walking only, nothing strenuous; from 26 weeks no aerobic exercise */
    MR_RULE_OHSS,            /* after an egg collection, OHSS's signs: rest, the fertility clinic today */
    MR_RULE_MULTIPLE,        /* twins or more: moderate; twins from 28 weeks light and short; triplets everyday moving only */
    MR_RULE_WORN_OUT,        /* tired all the time on a heavy training week: nothing added, easy or rest, sleep, a doctor if it lasts */
    MR_RULE_CRISIS,          /* life not worth living, self-harm, or its plan's signs: no workout today, a person and a crisis line now */
    MR_RULE_MED_TOXIC,       /* a medicine's toxicity or interaction told by its signs (lithium, serotonin syndrome): rest, urgent care now */
    MR_RULE_DYSREFLEXIA,     /* a spinal cord injury at T6 or above with a pounding headache, flushing or a pressure far above usual: act now */
    MR_RULE_MS_RELAPSE,      /* MS with new numbness, weakness or sight lost over a day or more, no heat or fever to explain it: the neurologist today */
    MR_RULE_CRASH,           /* ME/CFS or long COVID in a crash now: rest through it, no session at all */
    MR_RULE_PRESSURE_SORE,   /* skin that stays red or breaks under the socket or the seat: pressure off it, the prosthetist or nurse */
    MR_RULE_RAIN_RUN,        /* rain, a practised runner: the run stays outside, with grip, light and dry clothes after; the bike waits */
    MR_RULE_HYPO_SEVERE,     /* a low with confusion or not coming up after sugar: sugar again, help now, no exercise today */
    MR_RULE_GUT_BLOOD,       /* blood in the stools, often with diarrhoea (a colitis or Crohn's flare): rest, the IBD team or a doctor today */
    MR_RULE_COUNT
} mr_rule;

typedef struct {
    unsigned allowed;            /* bit a: activity a is allowed (rest always is) */
    unsigned indoors;            /* bit a: allowed only indoors today (a run or a walk on the treadmill) */
    mr_intensity max_intensity;  /* cap for every activity */
    int emergency;               /* only rest, and see a doctor */
    int n_rules;
    mr_rule rules[MR_RULE_COUNT];/* what fired, in order */
} mr_safety_out;

MR_INTERNAL void mr_safety_apply(const mr_safety_in *in, mr_safety_out *out);
/* Did rule k fire, among the n rules listed (an mr_safety_out's, or a recommendation's copy)? */
MR_INTERNAL int mr_rule_fired(const mr_rule *rules, int n, mr_rule k);
/* Whether rule k is the weather's or the air's: it keeps people off the roads, not out of the gym. */
MR_INTERNAL int mr_rule_outdoor(mr_rule k);
/* Is activity a at intensity i permitted by out? */
MR_INTERNAL int mr_safety_permits(const mr_safety_out *out, mr_activity a, mr_intensity i);
/* The rule's warning for the user, with its source: lang "zh" or "en". */
MR_INTERNAL const char *mr_safety_text(mr_rule r, const char *lang);

/* The name of flag bit b (0 .. MR_N_FLAGS-1) as the profile and the JSON
 * write it: "hypertension" ... "low_back_pain", "chest_pain" ...
 * "pregnancy_warning"; bit index by name, or -1. */
MR_INTERNAL const char *mr_flag_name(int b);
MR_INTERNAL int mr_flag_find(const char *name);
/* Why a rule excludes an activity, as a short phrase for a sentence:
 * "the air quality is unhealthy", "空气质量不好". */
MR_INTERNAL const char *mr_safety_short(mr_rule r, const char *lang);
/* The same in words for a card: "chest pain", "胸痛". */
MR_INTERNAL const char *mr_flag_label(int b, const char *lang);

#endif
