/* test_safety.c - lib/advisor/safety.c: each rule of DOMAIN.md on a case that
 * should trigger it, and over 10,000 random situations the properties that
 * make the layer safe: rest is always possible, emergencies leave only rest,
 * and adding a condition, a symptom or worse weather never allows more. */
#include "testutil.h"

#include "safety.h"

#include <math.h>
#include <string.h>

static mr_safety_in base(void) {
    mr_safety_in in = {.age = 40, .flags = 0, .bp_sys = -1, .bp_dia = -1, .glucose = -1, .temp_c = 18,
                       .rh_pct = 50, .wind_kmh = 10, .precip = MR_PRECIP_NONE, .thunder = 0, .aqi = 40};
    return in;
}

static int fired(const mr_safety_out *o, mr_rule r) {
    for (int i = 0; i < o->n_rules; i++)
        if (o->rules[i] == r) return 1;
    return 0;
}

static void rules(void **state) {
    (void)state;
    mr_safety_out o;
    mr_safety_in in = base();
    mr_safety_apply(&in, &o);
    assert_int_equal(o.n_rules, 0);
    assert_true(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS));

    in = base(); in.bp_sys = 185; in.bp_dia = 95;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_EMERGENCY_BP));
    for (int a = 0; a < MR_ACT_REST; a++) assert_false(mr_safety_permits(&o, (mr_activity)a, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_REST, MR_LIGHT));

    in = base(); in.flags = MR_SYM_DIZZINESS;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_SYM_DIZZY));

    /* sick after a knock to the head: the head's rule (a scan today, NICE
     * NG232), not the illness rule's rest at home; rest either way */
    in = base(); in.flags = MR_SYM_ILLNESS; in.notes2 = MR_NOTE2_HEAD_KNOCK | MR_NOTE2_HEAD_RED;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_HEAD_INJURY) && !fired(&o, MR_RULE_SYM_ILLNESS));
    in = base(); in.flags = MR_SYM_ILLNESS;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_SYM_ILLNESS));

    /* a crisis and a medicine's toxicity: rest, whatever else allows (WHO mhGAP 2019; BNF) */
    in = base(); in.crisis = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_CRISIS));
    in = base(); in.med_toxic = 2;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_MED_TOXIC));
    /* autonomic dysreflexia and an MS relapse: rest, act now or the neurologist today
     * (Consortium for Spinal Cord Medicine 2001; NICE NG220) */
    in = base(); in.neuro_urgent = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_DYSREFLEXIA));
    in = base(); in.neuro_urgent = 2;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_MS_RELAPSE));
    /* an ME/CFS crash going on now: rest through it (NICE NG206) */
    in = base(); in.crash_now = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_CRASH));
    /* a racing heart under 70 mg/dl with diabetes is the low's: its rule, not the heart's */
    in = base(); in.flags = MR_SYM_PALPITATIONS | MR_COND_DIABETES; in.glucose = 68; in.palp_hypo = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_GLUCOSE_HYPO) && !fired(&o, MR_RULE_SYM_PALPITATIONS));
    in.glucose = 80; /* (70-90 with a racing heart: both) */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_GLUCOSE_HYPO) && fired(&o, MR_RULE_SYM_PALPITATIONS));

    in = base(); in.flags = MR_COND_HYPERTENSION;
    mr_safety_apply(&in, &o);
    assert_int_equal(o.max_intensity, MR_MODERATE);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE)); /* no moderate running exists */
    assert_true(mr_safety_permits(&o, MR_ACT_BRISK_WALK, MR_MODERATE));

    in = base(); in.glucose = 80;  /* carbohydrate first, then up to moderate */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_GLUCOSE_LOW) && o.max_intensity == MR_MODERATE);
    in = base(); in.glucose = 62;  /* a hypo: treat it, then light */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_GLUCOSE_HYPO) && !fired(&o, MR_RULE_GLUCOSE_LOW) && o.max_intensity == MR_LIGHT);

    in = base(); in.flags = MR_COND_KNEE;
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS));
    assert_true(mr_safety_permits(&o, MR_ACT_SWIM, MR_VIGOROUS));

    in = base(); in.flags = MR_COND_PREGNANCY;
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_CYCLE, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));

    in = base(); in.aqi = 235; in.flags = MR_COND_ASTHMA; /* very unhealthy and sensitive: something gentle, indoors */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_VERY_SENSITIVE) && o.max_intensity == MR_LIGHT);
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    in.flags = 0; /* everyone else: indoors at a moderate effort */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_VERY) && o.max_intensity == MR_MODERATE);

    in = base(); in.aqi = 120; in.flags = MR_COND_ASTHMA; /* sensitive: walk instead of run */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_SENSITIVE));
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS));
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_MODERATE));
    in.flags = 0; /* not sensitive at 120 */
    mr_safety_apply(&in, &o);
    assert_true(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS));

    /* a treadmill takes the run indoors: allowed at the air's moderate cap,
     * and marked indoors only; without one, no run; the knee's own rule
     * still removes it on the treadmill, and ice or rain does not */
    in = base(); in.aqi = 170; in.flags = MR_COND_ASTHMA; in.treadmill = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_UNHEALTHY_SENSITIVE) && o.max_intensity == MR_MODERATE);
    assert_true((o.allowed & 1u << MR_ACT_RUN) && !mr_safety_permits(&o, MR_ACT_CYCLE, MR_MODERATE));
    assert_true(o.indoors == (1u << MR_ACT_RUN | 1u << MR_ACT_BRISK_WALK | 1u << MR_ACT_WALK));
    in.treadmill = 0;
    mr_safety_apply(&in, &o);
    assert_true(!(o.allowed & 1u << MR_ACT_RUN) && !o.indoors);
    in = base(); in.precip = MR_PRECIP_RAIN; in.treadmill = 1;
    mr_safety_apply(&in, &o);
    assert_true(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS) && o.indoors == 1u << MR_ACT_RUN);
    in.flags = MR_COND_KNEE;
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT));
    in = base(); in.treadmill = 1; /* a fine day: nothing is indoors only */
    mr_safety_apply(&in, &o);
    assert_true(o.indoors == 0);

    /* platelets under 100: light, no running, lifting or bike on the road; 150 is no rule */
    in = base(); in.platelets = 60;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_PLATELETS) && o.max_intensity == MR_LIGHT && !o.emergency);
    assert_true(!(o.allowed & 1u << MR_ACT_RUN) && !(o.allowed & 1u << MR_ACT_STRENGTH) && !(o.allowed & 1u << MR_ACT_CYCLE));
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    in.platelets = 150;
    mr_safety_apply(&in, &o);
    assert_false(fired(&o, MR_RULE_PLATELETS));

    in = base(); in.aqi = 350;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_HAZARD));
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_YOGA, MR_LIGHT));

    in = base(); in.temp_c = 38; in.rh_pct = 60; /* heat index far above 39 C */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_HEAT_DANGER));
    assert_false(mr_safety_permits(&o, MR_ACT_BRISK_WALK, MR_MODERATE));

    in = base(); in.temp_c = -20; in.wind_kmh = 40; /* wind chill about -33 C */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_COLD));

    in = base(); in.temp_c = -2; in.flags = MR_COND_ASTHMA;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_ASTHMA_COLD));
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));

    in = base(); in.thunder = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_THUNDER));
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));

    in = base(); in.precip = MR_PRECIP_RAIN;
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_CYCLE, MR_MODERATE));
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_MODERATE));

    /* every warning symptom: rest, with its own instruction */
    for (int b = 0; b < 7; b++) {
        in = base(); in.flags = MR_SYM_CHEST_PAIN << b;
        mr_safety_apply(&in, &o);
        assert_true(o.emergency && fired(&o, (mr_rule)(MR_RULE_SYM_CHEST + b)));
        assert_int_equal(o.allowed, 1u << MR_ACT_REST);
    }
    /* symptomatic hyperglycaemia (ADA): rest; the number alone caps moderate */
    in = base(); in.glucose = 380; in.notes = MR_NOTE_HYPERGLY_SIGNS;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_HYPERGLYCAEMIA_SYMPTOMS));
    in.notes = 0;
    mr_safety_apply(&in, &o);
    assert_true(!o.emergency && fired(&o, MR_RULE_GLUCOSE_VERY_HIGH) && o.max_intensity == MR_MODERATE);
    /* high glucose while ill: ketones first (Kitabchi et al. 2009); ill with a normal reading is the neck check alone */
    in = base(); in.glucose = 270; in.flags = MR_SYM_ILLNESS;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_HYPERGLYCAEMIA_SYMPTOMS));
    in.glucose = 140;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && !fired(&o, MR_RULE_HYPERGLYCAEMIA_SYMPTOMS));
    /* asthma on a high-pollen day: indoors (GINA 2023); the pollen alone changes nothing */
    in = base(); in.flags = MR_COND_ASTHMA; in.pollen_high = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_POLLEN_ASTHMA) && !mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT) &&
                mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE) && o.max_intensity == MR_VIGOROUS);
    /* with a thunderstorm coming too (thunderstorm asthma): moderate at most, even indoors */
    in.thunder = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.max_intensity == MR_MODERATE && mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE));
    in.thunder = 0;
    in.flags = 0;
    mr_safety_apply(&in, &o);
    assert_true(!fired(&o, MR_RULE_POLLEN_ASTHMA) && mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE));
    /* a low treated earlier today, the reading now 122: moderate, not hard (ADA 2016) */
    in = base(); in.glucose = 122; in.notes2 = MR_NOTE2_LOW_TREATED;
    mr_safety_apply(&in, &o);
    assert_true(!o.emergency && fired(&o, MR_RULE_AFTER_LOW) && o.max_intensity == MR_MODERATE);
    /* a missed dose with hypertension: light only; without a condition it means nothing */
    in = base(); in.flags = MR_COND_HYPERTENSION; in.notes = MR_NOTE_MISSED_MEDS;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_MISSED_MEDS) && o.max_intensity == MR_LIGHT);
    in = base(); in.notes = MR_NOTE_MISSED_MEDS;
    mr_safety_apply(&in, &o);
    assert_false(fired(&o, MR_RULE_MISSED_MEDS));
    /* a headache with a stage-2 reading: light only */
    in = base(); in.bp_sys = 165; in.bp_dia = 102; in.notes = MR_NOTE_HEADACHE;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_BP_HEADACHE) && o.max_intensity == MR_LIGHT);
    /* the neck check: a head cold allows light activity */
    in = base(); in.notes = MR_NOTE_COLD;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_COLD_ABOVE_NECK) && !o.emergency && o.max_intensity == MR_LIGHT);
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    /* "低血糖" without a number: treat the hypo first, light */
    in = base(); in.notes = MR_NOTE_LOW_GLUCOSE;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_GLUCOSE_HYPO) && o.max_intensity == MR_LIGHT);
    /* nearly fainting on insulin at 85 mg/dl: rest for the warning sign, and
     * the sugar first, as for a low (ADA 2016); not without the diabetes */
    in = base(); in.flags = MR_SYM_DIZZINESS | MR_COND_DIABETES; in.glucose = 85;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_SYM_DIZZY) && fired(&o, MR_RULE_GLUCOSE_HYPO));
    in = base(); in.flags = MR_SYM_DIZZINESS; in.glucose = 85;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && !fired(&o, MR_RULE_GLUCOSE_HYPO));
    /* a fresh sprain: non-weight-bearing only (Vuurberg 2018) */
    in = base(); in.flags = MR_COND_ANKLE; in.notes = MR_NOTE_ACUTE_SPRAIN;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_ACUTE_SPRAIN) && fired(&o, MR_RULE_JOINT));
    assert_true(mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE));
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT) || mr_safety_permits(&o, MR_ACT_ELLIPTICAL, MR_MODERATE) ||
                 mr_safety_permits(&o, MR_ACT_TAI_CHI, MR_MODERATE) || mr_safety_permits(&o, MR_ACT_YOGA, MR_LIGHT));
    /* a tight, tender calf the readers cannot place: low impact, named as
     * the leg (not "a joint injury or back pain"); with a knee injury the
     * joint's rule alone */
    in = base(); in.notes = MR_NOTE_LOWER_BODY;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_LEG) && !fired(&o, MR_RULE_JOINT));
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE));
    assert_true(mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE));
    assert_non_null(strstr(mr_safety_text(MR_RULE_LEG, "en"), "NICE NG158"));
    in.flags = MR_COND_KNEE;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_JOINT) && !fired(&o, MR_RULE_LEG));
    /* a replaced knee: its own rule, for good, instead of the joint's (AAOS) */
    in = base(); in.flags = MR_COND_KNEE; in.joint_replaced = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_JOINT_REPLACED) && !fired(&o, MR_RULE_JOINT));
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    assert_non_null(strstr(mr_safety_text(MR_RULE_JOINT_REPLACED, "en"), "Swanson 2009"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_JOINT_REPLACED, "zh"), "不要跷二郎腿"));
    in.flags = MR_COND_KNEE | MR_COND_BACK; /* with a bad back too: both */
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_JOINT_REPLACED) && fired(&o, MR_RULE_JOINT));
    /* a knee alone: the knee's words, not a new hip's precautions */
    in = base(); in.joint_replaced = 2;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_KNEE_REPLACED) && !fired(&o, MR_RULE_JOINT_REPLACED));
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT));
    assert_null(strstr(mr_safety_text(MR_RULE_KNEE_REPLACED, "en"), "hip past a right angle"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_KNEE_REPLACED, "en"), "bending and straightening"));
    /* a stroke's signs, even passed: emergency services now (FAST; NICE NG128) */
    in = base(); in.stroke_signs = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_STROKE_SIGNS) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_STROKE_SIGNS, "en"), "NICE NG128"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_STROKE_SIGNS, "zh"), "拨打120"));
    /* saddle numbness or a bladder change with back pain: cauda equina, rest and hospital (NICE CKS) */
    in = base(); in.cauda_equina = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_CAUDA_EQUINA) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_CAUDA_EQUINA, "en"), "NICE CKS"));
    /* up high, unsteady or breathless at rest: go down now, first of all (WMS 2019) */
    in = base(); in.ams = 2; in.flags = MR_SYM_DIZZINESS;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && o.n_rules >= 2 && o.rules[0] == MR_RULE_HACE);
    assert_non_null(strstr(mr_safety_text(MR_RULE_HACE, "en"), "go down now"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_HACE, "zh"), "下撤"));
    /* under 12 weeks after a birth, or leaking: no running yet, the rest allowed (Goom, Donnelly & Brockwell 2019) */
    in = base(); in.postnatal_early = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_POSTNATAL_IMPACT) && !o.emergency);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_BRISK_WALK, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    assert_non_null(strstr(mr_safety_text(MR_RULE_POSTNATAL_IMPACT, "en"), "Goom"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_POSTNATAL_IMPACT, "zh"), "盆底"));
    /* a faint or a grey-out in exercise, weeks ago and unchecked: no exercise until the heart is (ESC 2020) */
    in = base(); in.heart_check = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_HEART_CHECK) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_HEART_CHECK, "en"), "ESC 2020"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_HEART_CHECK, "zh"), "心电图"));
    /* a brother with HCM, no symptoms: moderate until screened (AHA/ACC 2020) */
    in = base(); in.family_heart = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_FAMILY_HEART) && !o.emergency && o.max_intensity == MR_MODERATE);
    assert_true(mr_safety_permits(&o, MR_ACT_BRISK_WALK, MR_MODERATE));
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS));
    assert_non_null(strstr(mr_safety_text(MR_RULE_FAMILY_HEART, "en"), "AHA/ACC 2020"));
    /* IVF stimulation or after a transfer: no running, moderate at most, walking fine (ASRM 2016; ESHRE 2023) */
    in = base(); in.ivf = 2;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_IVF) && !o.emergency && o.max_intensity == MR_MODERATE);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    assert_non_null(strstr(mr_safety_text(MR_RULE_IVF, "en"), "ESHRE"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_IVF, "zh"), "生殖中心"));
    /* a gout flare in the foot: off the foot and off the pedals, light; the pool and stretching stay (ACR 2020; NICE NG219) */
    in = base(); in.gout = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_GOUT) && !o.emergency && o.max_intensity == MR_LIGHT);
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    assert_false(mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_LIGHT));
    assert_false(mr_safety_permits(&o, MR_ACT_ELLIPTICAL, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_STRETCHING, MR_LIGHT) && (o.allowed & (1u << MR_ACT_SWIM)));
    assert_false(mr_safety_permits(&o, MR_ACT_YOGA, MR_MODERATE));
    assert_non_null(strstr(mr_safety_text(MR_RULE_GOUT, "en"), "NICE NG219"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_GOUT, "zh"), "冰敷"));
    /* what a clinician said not to do stays out, the rest allowed (ACSM's Guidelines, 11th ed.) */
    in = base(); in.told_not = (1u << MR_ACT_RUN) | (1u << MR_ACT_REST);
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_TOLD_NOT) && !o.emergency);
    assert_false(o.allowed & (1u << MR_ACT_RUN));
    assert_true((o.allowed & (1u << MR_ACT_REST)) && (o.allowed & (1u << MR_ACT_SWIM)));
    /* a headache or cramps in the heat: heat exhaustion's signs, indoors and light (ACSM 2007; NATA 2015); on a cool
     * day the same headache sets no heat rule */
    in = base(); in.temp_c = 38; in.rh_pct = 40; in.heat_signs = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_HEAT_STRAIN) && o.max_intensity == MR_LIGHT && !(o.allowed & (1u << MR_ACT_RUN)));
    in.temp_c = 18;
    mr_safety_apply(&in, &o);
    assert_false(fired(&o, MR_RULE_HEAT_STRAIN));
    /* lithium stopped, no sleep, a rush of energy: light, no running, the prescriber today (NICE CG185) */
    in = base(); in.mania = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_MANIA) && o.max_intensity == MR_LIGHT && !(o.allowed & (1u << MR_ACT_RUN)));
    assert_non_null(strstr(mr_safety_text(MR_RULE_MANIA, "en"), "NICE CG185"));
    /* black, tarry stools: bleeding in the gut, rest and a doctor today (NICE CG141) */
    in = base(); in.gi_bleed = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_GI_BLEED) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_GI_BLEED, "zh"), "布洛芬"));
    /* fresh blood in the stools (a colitis flare): rest, the IBD team or a doctor today, its own line (BSG 2019) */
    in = base(); in.gi_bleed = 2;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_GUT_BLOOD) && !fired(&o, MR_RULE_GI_BLEED) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_GUT_BLOOD, "en"), "BSG 2019"));
    /* rain: a practised runner keeps the run outside (the bike waits); anyone else, no outdoor run */
    in = base(); in.precip = MR_PRECIP_RAIN; in.rain_run_ok = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_RAIN_RUN) && !fired(&o, MR_RULE_SLIPPERY) && (o.allowed & (1u << MR_ACT_RUN)) &&
                !(o.allowed & (1u << MR_ACT_CYCLE)));
    in.rain_run_ok = 0;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_SLIPPERY) && !(o.allowed & (1u << MR_ACT_RUN)));
    /* a low with confusion or not coming up after sugar: no exercise, sugar again, help (ADA 2024) */
    in = base(); in.hypo_severe = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_HYPO_SEVERE) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_HYPO_SEVERE, "en"), "glucagon"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_HYPO_SEVERE, "zh"), "120"));
    /* after a birth, the wound or the lochia infected: rest, a doctor today (NICE NG194) */
    in = base(); in.postnatal_infection = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_POSTNATAL_INFECTION) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_POSTNATAL_INFECTION, "en"), "NICE NG194"));
    /* a seizure today or last night: rest, the epilepsy team today (NICE NG217) */
    in = base(); in.seizure = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_SEIZURE) && o.allowed == (1u << MR_ACT_REST));
    assert_non_null(strstr(mr_safety_text(MR_RULE_SEIZURE, "en"), "NICE NG217"));
    /* placenta praevia: gentle walking before 26 weeks, no exercise after (ACOG 2020) */
    {
        mr_safety_in pv = base();
        pv.flags = MR_COND_PREGNANCY;
        pv.previa = 1;
        mr_safety_out po;
        mr_safety_apply(&pv, &po);
        assert_true(fired(&po, MR_RULE_PREVIA) && !po.emergency && po.max_intensity == MR_LIGHT);
        assert_true((po.allowed & (1u << MR_ACT_WALK)) && !(po.allowed & (1u << MR_ACT_SWIM)) && !(po.allowed & (1u << MR_ACT_YOGA)));
        pv.previa = 2;
        mr_safety_apply(&pv, &po);
        assert_false(po.allowed & (1u << MR_ACT_WALK));
        assert_non_null(strstr(mr_safety_text(MR_RULE_PREVIA, "en"), "ACOG 2020"));
    }
    /* OHSS's signs after an egg collection: rest and the clinic today (RCOG Green-top 5) */
    {
        mr_safety_in oh = base();
        oh.ohss = 1;
        mr_safety_out oo;
        mr_safety_apply(&oh, &oo);
        assert_true(oo.emergency && fired(&oo, MR_RULE_OHSS) && oo.allowed == (1u << MR_ACT_REST));
        assert_non_null(strstr(mr_safety_text(MR_RULE_OHSS, "zh"), "生殖中心"));
    }
    /* twins: moderate before 28 weeks, light and low-impact after, triplets everyday moving only (SOGC/CSEP 2019) */
    {
        mr_safety_in tw = base();
        tw.flags = MR_COND_PREGNANCY;
        tw.multiple = 1;
        mr_safety_out to;
        mr_safety_apply(&tw, &to);
        assert_true(fired(&to, MR_RULE_MULTIPLE) && !to.emergency && to.max_intensity == MR_MODERATE);
        assert_true(to.allowed & (1u << MR_ACT_STATIONARY_BIKE));
        tw.multiple = 2;
        mr_safety_apply(&tw, &to);
        assert_true(to.max_intensity == MR_LIGHT && (to.allowed & (1u << MR_ACT_SWIM)) && !(to.allowed & (1u << MR_ACT_RUN)) &&
                    !(to.allowed & (1u << MR_ACT_STRENGTH)));
        tw.multiple = 3;
        mr_safety_apply(&tw, &to);
        assert_true((to.allowed & (1u << MR_ACT_WALK)) && !(to.allowed & (1u << MR_ACT_SWIM)));
        tw.flags = 0; /* not pregnant: nothing */
        mr_safety_apply(&tw, &to);
        assert_false(fired(&to, MR_RULE_MULTIPLE));
        assert_non_null(strstr(mr_safety_text(MR_RULE_MULTIPLE, "en"), "SOGC/CSEP 2019"));
        assert_non_null(strstr(mr_safety_text(MR_RULE_MULTIPLE, "zh"), "双胎"));
    }
    /* tired all the time on a heavy training week: easy and short or rest (Meeusen et al. 2013; AAP, Brenner 2007) */
    {
        mr_safety_in wo = base();
        wo.worn_out = 1;
        mr_safety_out oo;
        mr_safety_apply(&wo, &oo);
        assert_true(fired(&oo, MR_RULE_WORN_OUT) && !oo.emergency && oo.max_intensity == MR_LIGHT);
        assert_true((oo.allowed & (1u << MR_ACT_WALK)) && (oo.allowed & (1u << MR_ACT_STRETCHING)) &&
                    !(oo.allowed & (1u << MR_ACT_RUN)) && !(oo.allowed & (1u << MR_ACT_SWIM)));
        assert_non_null(strstr(mr_safety_text(MR_RULE_WORN_OUT, "en"), "Meeusen et al. 2013"));
        assert_non_null(strstr(mr_safety_text(MR_RULE_WORN_OUT, "zh"), "一直很累"));
    }
    assert_non_null(strstr(mr_safety_text(MR_RULE_SEIZURE, "zh"), "不要下水"));
    /* a stress fracture healing: no running, brisk walking or elliptical; the pool and the bike, moderate (Warden 2014) */
    in = base(); in.bone_stress = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_BONE_STRESS) && o.max_intensity == MR_MODERATE && !(o.allowed & (1u << MR_ACT_RUN)) &&
                !(o.allowed & (1u << MR_ACT_ELLIPTICAL)) && (o.allowed & (1u << MR_ACT_SWIM)) &&
                (o.allowed & (1u << MR_ACT_STATIONARY_BIKE)));
    assert_non_null(strstr(mr_safety_text(MR_RULE_BONE_STRESS, "en"), "Warden"));
    in = base(); in.icd_shock = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_ICD_SHOCK) && strstr(mr_safety_text(MR_RULE_ICD_SHOCK, "en"), "HRS 2015"));
    /* a PICC line: no swimming, the rest allowed (Macmillan; NHS PICC care) */
    in = base(); in.line_in = 1;
    mr_safety_apply(&in, &o);
    assert_true(!o.emergency && fired(&o, MR_RULE_LINE) && !mr_safety_permits(&o, MR_ACT_SWIM, MR_LIGHT) &&
                mr_safety_permits(&o, MR_ACT_WALK, MR_MODERATE));
    /* thunder: indoors, and out of the water */
    in = base(); in.thunder = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_THUNDER) && !mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE) &&
                !mr_safety_permits(&o, MR_ACT_RUN, MR_VIGOROUS) && mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_VIGOROUS));
    /* a back hurt yesterday: walking and mobility, light (ACP 2017) */
    in = base(); in.flags = MR_COND_BACK; in.notes = MR_NOTE_ACUTE_BACK;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_ACUTE_BACK) && o.max_intensity == MR_LIGHT && mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    assert_false(mr_safety_permits(&o, MR_ACT_STRENGTH, MR_LIGHT) || mr_safety_permits(&o, MR_ACT_RUN, MR_LIGHT));
    /* COPD: moderate at most, and a sensitive group for the air (ACSM 2021; GOLD 2024; EPA) */
    in = base(); in.notes = MR_NOTE_COPD;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_COPD) && !o.emergency && o.max_intensity == MR_MODERATE);
    in.aqi = 120;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_SENSITIVE) && !mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT) &&
                mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE)); /* indoors */
    /* a pulled muscle: no running, no stretching into pain (PEACE & LOVE 2020) */
    in = base(); in.notes = MR_NOTE_STRAIN;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_STRAIN) && o.max_intensity == MR_MODERATE);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE) || mr_safety_permits(&o, MR_ACT_STRETCHING, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    /* after a stroke: moderate, nothing to fall from (AHA/ASA 2014) */
    in = base(); in.notes = MR_NOTE_STROKE;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_STROKE) && o.max_intensity == MR_MODERATE);
    assert_false(mr_safety_permits(&o, MR_ACT_CYCLE, MR_LIGHT) || mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE));
    assert_true(mr_safety_permits(&o, MR_ACT_TAI_CHI, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    /* snow underfoot after a stroke or with brittle bones: the walk goes indoors too (WHO 2021) */
    in = base(); in.notes = MR_NOTE_STROKE; in.precip = MR_PRECIP_SNOW;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_FALLS_SNOW) && !mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    assert_true(mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE));
    assert_non_null(strstr(mr_safety_text(MR_RULE_FALLS_SNOW, "en"), "WHO 2021"));
    in = base(); in.precip = MR_PRECIP_SNOW;
    mr_safety_apply(&in, &o);
    assert_true(!fired(&o, MR_RULE_FALLS_SNOW) && mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    /* POTS: seated and lying-down work, moderate at most (Fu and Levine 2018) */
    in = base(); in.pots = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_POTS) && o.max_intensity == MR_MODERATE && !o.emergency);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE) || mr_safety_permits(&o, MR_ACT_BRISK_WALK, MR_MODERATE));
    assert_true(mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE) && mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    assert_non_null(strstr(mr_safety_text(MR_RULE_POTS, "en"), "Sheldon"));
    assert_non_null(strstr(mr_safety_text(MR_RULE_POTS, "zh"), "Sheldon"));
    /* a possible clot or heart failure: rest, a doctor today */
    in = base(); in.notes2 = MR_NOTE2_SEE_TODAY;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_SEE_TODAY) && !mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    /* 180/110 with a headache: medical help now, not a recheck (AHA 2017) */
    in = base(); in.bp_sys = 186; in.bp_dia = 112; in.notes = MR_NOTE_HEADACHE;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_BP_CRISIS_SIGNS) && !fired(&o, MR_RULE_EMERGENCY_BP));
    assert_non_null(strstr(mr_safety_text(MR_RULE_BP_CRISIS_SIGNS, "en"), "medical help now"));
    in.notes = 0;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_EMERGENCY_BP) && !fired(&o, MR_RULE_BP_CRISIS_SIGNS));
    /* a concussion: light, nothing to fall from (Berlin 2017) */
    in = base(); in.notes2 = MR_NOTE2_CONCUSSION;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_CONCUSSION) && o.max_intensity == MR_LIGHT && mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT));
    assert_false(mr_safety_permits(&o, MR_ACT_CYCLE, MR_LIGHT) || mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_VIGOROUS));
    /* cancer treatment, altitude: moderate at most */
    in = base(); in.notes2 = MR_NOTE2_CHEMO;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_CHEMO) && o.max_intensity == MR_MODERATE);
    in = base(); in.notes2 = MR_NOTE2_ALTITUDE;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_ALTITUDE) && o.max_intensity == MR_MODERATE);
    /* altitude sickness: rest and no higher (Lake Louise 2018; WMS 2019) */
    in.ams = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_AMS) && o.allowed == (1u << MR_ACT_REST) &&
                strstr(mr_safety_text(MR_RULE_AMS, "en"), "go no higher"));
    in.ams = 0;
    /* heat illness's signs: rest and a doctor today; a diabetic foot's wound: weight off it and out of the water; an ear infection: no pool */
    in.heat_illness = 1;
    mr_safety_apply(&in, &o);
    assert_true(o.emergency && fired(&o, MR_RULE_HEAT_ILLNESS) && strstr(mr_safety_text(MR_RULE_HEAT_ILLNESS, "en"), "cola"));
    in.heat_illness = 0;
    in.foot_wound = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_FOOT_WOUND) && !mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT) &&
                !mr_safety_permits(&o, MR_ACT_SWIM, MR_LIGHT) && mr_safety_permits(&o, MR_ACT_STRENGTH, MR_LIGHT));
    in.foot_wound = 0;
    in.ear_infection = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_EAR) && !mr_safety_permits(&o, MR_ACT_SWIM, MR_LIGHT));
    in.ear_infection = 0;
    /* heart disease at -12 C in a 25 km/h wind (wind chill -21 C): indoors; at 2 C: outdoors */
    in = base(); in.flags = MR_COND_HEART; in.temp_c = -12; in.wind_kmh = 25;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_HEART_COLD) && !mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT) &&
                mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE));
    in.temp_c = 2; in.wind_kmh = 5;
    mr_safety_apply(&in, &o);
    assert_false(fired(&o, MR_RULE_HEART_COLD));
    assert_true(mr_safety_permits(&o, MR_ACT_WALK, MR_MODERATE));
    /* a crash diet: moderate at most */
    in = base(); in.notes2 = MR_NOTE2_CRASH_DIET;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_CRASH_DIET) && o.max_intensity == MR_MODERATE);
    /* kidney disease and a condition no rule knows: moderate at most; epilepsy: no cap */
    in = base(); in.notes2 = MR_NOTE2_KIDNEY;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_KIDNEY) && o.max_intensity == MR_MODERATE);
    in = base(); in.notes2 = MR_NOTE2_DIAGNOSIS;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_DIAGNOSIS) && o.max_intensity == MR_MODERATE);
    in = base(); in.notes2 = MR_NOTE2_EPILEPSY;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_EPILEPSY) && o.max_intensity == MR_VIGOROUS && mr_safety_permits(&o, MR_ACT_SWIM, MR_MODERATE));
    /* a wheelchair user: upper-body and seated */
    in = base(); in.notes2 = MR_NOTE2_WHEELCHAIR;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_WHEELCHAIR) && mr_safety_permits(&o, MR_ACT_STRENGTH, MR_MODERATE));
    assert_false(mr_safety_permits(&o, MR_ACT_WALK, MR_LIGHT) || mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE));
    /* back from an illness: moderate at most */
    in = base(); in.notes = MR_NOTE_RECOVERED;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_RECOVERED) && !o.emergency && o.max_intensity == MR_MODERATE);
    /* unhealthy air (EPA 2019: smoke comes indoors) and dangerous heat: moderate at most, indoors */
    in = base(); in.aqi = 185;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_AQI_ALL) && o.max_intensity == MR_MODERATE);
    assert_false(mr_safety_permits(&o, MR_ACT_CYCLE, MR_MODERATE));
    assert_true(mr_safety_permits(&o, MR_ACT_STATIONARY_BIKE, MR_MODERATE));
    in = base(); in.aqi = 150; /* unhealthy for sensitive groups only: a healthy adult is not capped */
    mr_safety_apply(&in, &o);
    assert_int_equal(o.max_intensity, MR_VIGOROUS);
    in = base(); in.temp_c = 36; in.rh_pct = 70;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_HEAT_DANGER) && o.max_intensity == MR_MODERATE);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE));
    /* something unplaced: no vigorous; in the legs, no impact either */
    in = base(); in.n_unsure = 1;
    mr_safety_apply(&in, &o);
    assert_true(fired(&o, MR_RULE_UNSURE) && o.max_intensity == MR_MODERATE);
    assert_true(mr_safety_permits(&o, MR_ACT_BRISK_WALK, MR_MODERATE));
    in.notes = MR_NOTE_LOWER_BODY;
    mr_safety_apply(&in, &o);
    assert_false(mr_safety_permits(&o, MR_ACT_RUN, MR_MODERATE));
    /* flag names round-trip */
    for (int b = 0; b < MR_N_FLAGS; b++) assert_int_equal(mr_flag_find(mr_flag_name(b)), b);
    assert_int_equal(mr_flag_find("chest pain"), -1);

    for (int r = 0; r < MR_RULE_COUNT; r++) {
        assert_true(strlen(mr_safety_text((mr_rule)r, "en")) > 20);
        assert_true(strlen(mr_safety_text((mr_rule)r, "zh")) > 20);
        /* a card's warning line holds 640 bytes: a longer rule text would be cut mid-sentence, its source lost */
        assert_true(strlen(mr_safety_text((mr_rule)r, "en")) < 640 && strlen(mr_safety_text((mr_rule)r, "zh")) < 640);
    }
}

static uint64_t rs = 0x9e3779b97f4a7c15ull;
static uint32_t rnd(uint32_t n) {
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return (uint32_t)(rs % n);
}

static mr_safety_in random_in(void) {
    mr_safety_in in;
    memset(&in, 0, sizeof in); /* the fields not drawn below (a treadmill, a line, ...) are absent */
    in.age = 5 + (int)rnd(96);
    in.flags = rnd(1u << MR_N_FLAGS) & rnd(1u << MR_N_FLAGS) & rnd(1u << MR_N_FLAGS); /* a few at a time */
    in.bp_sys = rnd(3) ? -1 : 90 + (int)rnd(120);
    in.bp_dia = rnd(3) ? -1 : 50 + (int)rnd(80);
    in.glucose = rnd(3) ? -1 : 50 + (int)rnd(400);
    in.temp_c = rnd(8) ? -30.0f + (float)rnd(750) / 10.0f : NAN;
    in.rh_pct = (float)rnd(101);
    in.wind_kmh = (float)rnd(80);
    in.precip = (mr_precip)rnd(4);
    in.thunder = rnd(10) == 0;
    in.aqi = rnd(5) ? (int)rnd(501) : -1;
    in.notes = (uint32_t)rnd(1u << 31) & (uint32_t)rnd(1u << 31) & ~(uint32_t)MR_NOTE_HEEL; /* all 32 bits below */
    if (rnd(2)) in.notes |= MR_NOTE_HEEL;
    in.notes2 = rnd(1u << 8) & rnd(1u << 8) & rnd(1u << 8);
    in.n_unsure = rnd(4) == 0;
    in.pollen_high = rnd(4) == 0;
    in.joint_replaced = rnd(4) == 0 ? 1 + (int)rnd(3) : 0;
    in.stroke_signs = rnd(20) == 0;
    in.ams = rnd(20) == 0;
    return in;
}

/* b allows no more than a */
static int within(const mr_safety_out *b, const mr_safety_out *a) {
    return (b->allowed & ~a->allowed) == 0 && b->max_intensity <= a->max_intensity;
}

static void properties(void **state) {
    (void)state;
    for (int k = 0; k < 10000; k++) {
        mr_safety_in in = random_in();
        mr_safety_out o, o2;
        mr_safety_apply(&in, &o);
        assert_true(mr_safety_permits(&o, MR_ACT_REST, MR_LIGHT));
        if (o.emergency) assert_int_equal(o.allowed, 1u << MR_ACT_REST);
        if ((in.flags & MR_SYMPTOMS_MASK) || in.bp_sys >= 180 || in.bp_dia >= 110) assert_true(o.emergency);
        /* more conditions or symptoms never allow more */
        mr_safety_in w = in;
        w.flags |= 1u << rnd(MR_N_FLAGS);
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        /* nor does anything more read in the notes */
        w = in;
        w.notes |= 1u << rnd(32);
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        w = in;
        w.notes2 |= 1u << rnd(8);
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        w = in;
        w.n_unsure++;
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        w = in;
        w.ams = 1;
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        w = in;
        w.heat_illness = rnd(2);
        w.foot_wound = rnd(2);
        w.ear_infection = 1;
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        /* nor does thunder, ice, or worse air */
        w = in;
        w.thunder = 1;
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        w = in;
        w.precip = MR_PRECIP_ICE;
        mr_safety_apply(&w, &o2);
        assert_true(within(&o2, &o));
        if (in.aqi >= 0) {
            w = in;
            w.aqi = in.aqi + (int)rnd((uint32_t)(501 - in.aqi));
            mr_safety_apply(&w, &o2);
            assert_true(within(&o2, &o));
        }
        /* every permitted choice stays inside the cap */
        for (int a = 0; a < MR_ACT_COUNT; a++)
            for (int i = 0; i < 3; i++)
                if (mr_safety_permits(&o, (mr_activity)a, (mr_intensity)i)) assert_true(i <= (int)o.max_intensity);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(rules),
        cmocka_unit_test(properties),
    };
    return cmocka_run_group_tests_name("safety", tests, NULL, NULL);
}
