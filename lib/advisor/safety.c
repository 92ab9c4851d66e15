/* safety.c - the rules. Each one cites its source; where the source is a
 * heuristic the warning says to consult a clinician. Rules only remove: the
 * result is the intersection of them all. */
#include "safety.h"

#include <math.h>
#include <string.h>

#define ALL_ACTIVITIES ((1u << MR_ACT_COUNT) - 1)
#define BIT(a) (1u << (a))

static unsigned outdoor_mask(void) {
    unsigned m = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++)
        if (mr_kb_activity((mr_activity)a)->outdoor) m |= BIT(a);
    return m;
}

/* activities whose gentlest variant is vigorous cannot be done gently */
static unsigned vigorous_only_mask(void) {
    unsigned m = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++)
        if (mr_kb_band(mr_kb_activity((mr_activity)a)->v[0].met) == MR_VIGOROUS) m |= BIT(a);
    return m;
}

static void fire(mr_safety_out *o, mr_rule r) {
    for (int i = 0; i < o->n_rules; i++)
        if (o->rules[i] == r) return;
    o->rules[o->n_rules++] = r;
}

/* A rule that fired, taken back (a sign another rule explains). */
static void unfire(mr_safety_out *o, mr_rule r) {
    for (int i = 0; i < o->n_rules; i++)
        if (o->rules[i] == r) {
            memmove(&o->rules[i], &o->rules[i + 1], (size_t)(o->n_rules - i - 1) * sizeof o->rules[0]);
            o->n_rules--;
            return;
        }
}

static void cap(mr_safety_out *o, mr_intensity i) {
    if (i < o->max_intensity) o->max_intensity = i;
}

int mr_rule_fired(const mr_rule *rules, int n, mr_rule k) {
    for (int i = 0; i < n; i++)
        if (rules[i] == k) return 1;
    return 0;
}

int mr_rule_outdoor(mr_rule k) {
    return (k >= MR_RULE_AQI_SENSITIVE && k <= MR_RULE_AQI_HAZARD) || k == MR_RULE_HEAT || k == MR_RULE_HEAT_DANGER ||
           k == MR_RULE_COLD || k == MR_RULE_ASTHMA_COLD || k == MR_RULE_HEART_COLD || k == MR_RULE_POLLEN_ASTHMA ||
           k == MR_RULE_THUNDER || k == MR_RULE_SLIPPERY || k == MR_RULE_FALLS_SNOW || k == MR_RULE_RAIN_RUN;
}

void mr_safety_apply(const mr_safety_in *in, mr_safety_out *o) {
    memset(o, 0, sizeof *o);
    o->allowed = ALL_ACTIVITIES;
    o->max_intensity = MR_VIGOROUS;
    /* a treadmill takes the run and the walk indoors: the weather's and the
     * air's rules below leave them, and what they would have removed is
     * marked as indoors only (found by the same rules without it) */
    const unsigned tread = in->treadmill == MR_INDOOR_TREADMILL ? BIT(MR_ACT_RUN) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_WALK)
                           : in->treadmill                      ? BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_WALK)
                                                                : 0;
    const unsigned outdoor = outdoor_mask() & ~tread, f = in->flags;
    const int sensitive = (f & (MR_COND_ASTHMA | MR_COND_HEART)) || (in->notes & MR_NOTE_COPD) || in->age < 18 ||
                          in->age >= 65;

    /* Emergencies: resting BP at or above 180/110 (ACSM; AHA 2017 calls
     * above 180/120 a crisis); ACSM's warning signs (chest pain or its
     * equivalents, breathlessness at rest or with mild exertion, dizziness or
     * syncope, palpitations: Riebe et al. 2015); illness below the neck (the
     * neck check, Eichner 1993); ACOG's warning signs in pregnancy (Committee
     * Opinion 804, 2020); symptomatic hyperglycaemia (ADA, Colberg et al.
     * 2016). Rest, and what to do. */
    /* up high, an unsteady walk, confusion or breathlessness at rest: the
     * brain's or the lungs' swelling (HACE, HAPE); going down is the
     * treatment and comes first, before any other answer (WMS, Luks et al.
     * 2019) */
    if (in->ams == 2) fire(o, MR_RULE_HACE);
    if ((in->bp_sys >= 180) || (in->bp_dia >= 110))
        /* with a headache: a possible hypertensive emergency, not a recheck (AHA 2017) */
        fire(o, (in->notes & MR_NOTE_HEADACHE) ? MR_RULE_BP_CRISIS_SIGNS : MR_RULE_EMERGENCY_BP);
    for (int b = 0; b < 7; b++) {
        /* being sick after a knock to the head is the head rule's (the
         * emergency department), not an illness to rest off at home */
        if ((MR_SYM_CHEST_PAIN << b) == MR_SYM_ILLNESS && (in->notes2 & MR_NOTE2_HEAD_KNOCK) &&
            (in->notes2 & MR_NOTE2_HEAD_RED))
            continue;
        if (f & (MR_SYM_CHEST_PAIN << b)) fire(o, (mr_rule)(MR_RULE_SYM_CHEST + b));
    }
    /* high glucose and feeling ill (nausea, vomiting, a flu) or a blocked
     * insulin pump: ketoacidosis is possible, ketones first (Kitabchi et al.,
     * Diabetes Care 2009; ADA sick-day rules) */
    if (in->glucose >= 250 && ((in->notes & MR_NOTE_HYPERGLY_SIGNS) || (f & MR_SYM_ILLNESS)))
        fire(o, MR_RULE_HYPERGLYCAEMIA_SYMPTOMS);
    /* a swollen, painful calf after a long journey (a clot: ACCP, Kahn et
     * al. 2012), breathless lying flat with swollen ankles (heart failure:
     * AHA/ACC 2022): not a day to train, a doctor today */
    if (in->notes2 & MR_NOTE2_SEE_TODAY) fire(o, MR_RULE_SEE_TODAY);
    /* a head injury on a blood thinner, with confusion, vomiting, drowsiness
     * or a fit, or at 65 and over: a scan, today (NICE NG232, 2023) */
    if ((in->notes2 & MR_NOTE2_HEAD_KNOCK) && ((in->notes2 & MR_NOTE2_HEAD_RED) || in->age >= 65))
        fire(o, MR_RULE_HEAD_INJURY);
    /* a face drooping, an arm gone weak or numb, slurred speech: a stroke,
     * or if it passed a mini-stroke (TIA) that warns of one; an ambulance
     * now either way (FAST; NICE NG128, 2019; AHA/ASA, Powers et al. 2019) */
    if (in->stroke_signs) fire(o, MR_RULE_STROKE_SIGNS);
    /* back pain with numbness in the saddle area, or new difficulty passing
     * or holding urine (or stool), perhaps with sciatica in both legs: the
     * nerves at the base of the spine compressed, cauda equina syndrome, a
     * surgical emergency (NICE CKS sciatica 2023; GIRFT national pathway 2023) */
    if (in->cauda_equina) fire(o, MR_RULE_CAUDA_EQUINA);
    /* an ICD shock: the device read today to find out why, no exercise
     * until then (HRS 2015 expert consensus on ICD follow-up) */
    if (in->icd_shock) fire(o, MR_RULE_ICD_SHOCK);
    /* a faint or a grey-out during exercise, however long ago, until a
     * doctor has looked at the heart: the warning sign that most often
     * comes before a sudden cardiac death in sport (ESC 2020 sports
     * cardiology, Pelliccia et al.; AHA/ACC 2020 HCM, Ommen et al.) */
    if (in->heart_check) fire(o, MR_RULE_HEART_CHECK);
    /* acute mountain sickness: a headache up high with nausea, dizziness or
     * exhaustion (Lake Louise score, Roach et al. 2018): no exercise and no
     * higher until it has gone; worse, or breathless at rest, down now
     * (Wilderness Medical Society, Luks et al. 2019) */
    if (in->ams) fire(o, MR_RULE_AMS);
    /* confusion or sweating stopped in the heat is exertional heat stroke's
     * sign; urine like cola with very sore muscles after a long hot effort,
     * muscle breakdown that can harm the kidneys (ACSM 2007, Armstrong et al.;
     * O'Connor et al. 2020): no exercise, a doctor today */
    if (in->heat_illness) fire(o, MR_RULE_HEAT_ILLNESS);
    /* black, tarry stools or vomited blood are bleeding in the gut, likelier
     * on NSAIDs, aspirin or a blood thinner; with dizziness it may be a lot:
     * no exercise, a doctor today (NICE CG141, acute upper GI bleeding) */
    if (in->gi_bleed == 1) fire(o, MR_RULE_GI_BLEED);
    /* blood in the stools, above all with diarrhoea many times a day, is a
     * flare of colitis or Crohn's or an infection until a doctor has seen it;
     * six or more bloody stools a day with a fever, a fast pulse or anaemia
     * is acute severe colitis, a hospital's (BSG 2019 IBD guideline, Lamb et
     * al.; Truelove and Witts 1955): no exercise, a doctor today */
    if (in->gi_bleed == 2) fire(o, MR_RULE_GUT_BLOOD);
    /* in the weeks after a birth, a caesarean wound red and weeping, lochia
     * heavier again or foul-smelling, a fever (even one a painkiller hides):
     * a wound infection or endometritis until a doctor says otherwise, the
     * start of maternal sepsis (NICE NG194 postnatal care, 2021; NICE NG51) */
    if (in->postnatal_infection) fire(o, MR_RULE_POSTNATAL_INFECTION);
    /* a seizure today or last night: the day after it is rest and sleep, a
     * breakthrough seizure is told to the epilepsy team, and water, heights
     * and the bike wait for them (NICE NG217, 2022; Epilepsy Society) */
    if (in->seizure) fire(o, MR_RULE_SEIZURE);
    /* life not worth living, self-harm, or a plan's signs (things given
     * away, letters): no workout today; a person and a crisis line now,
     * emergency services if they might act on it (WHO mhGAP 2019; NICE
     * NG225, 2022) */
    if (in->crisis) fire(o, MR_RULE_CRISIS);
    /* a medicine built up or interacting, told by its signs: lithium with
     * diarrhoea, little to drink or heat and a worse tremor, unsteadiness or
     * confusion; an SSRI with tramadol (or another serotonergic drug) and
     * fever, sweating, twitching or diarrhoea: urgent care now (BNF;
     * NICE CKS bipolar disorder, lithium; Boyer and Shannon, NEJM 2005) */
    if (in->med_toxic) fire(o, MR_RULE_MED_TOXIC);
    /* a spinal cord injury at T6 or above and a pounding headache, flushing
     * or sweating above the injury, a stuffy nose or a pressure far above
     * the usual: autonomic dysreflexia, an emergency that a full bladder or
     * a pressure sore sets off; sit up, lower the legs, loosen, empty the
     * bladder, emergency services if it does not settle (Consortium for
     * Spinal Cord Medicine, Acute management of autonomic dysreflexia,
     * 2nd ed. 2001) */
    if (in->neuro_urgent == 1) fire(o, MR_RULE_DYSREFLEXIA);
    /* ME/CFS or long COVID in a crash (post-exertional malaise, hardly out
     * of bed): rest through it and pace after, no session at all, however
     * short; activity pushed into a crash deepens it (NICE NG206, 2021) */
    if (in->crash_now) fire(o, MR_RULE_CRASH);
    /* multiple sclerosis and new numbness, weakness or sight going, with
     * pain moving the eye, over a day or more, with no heat or fever to
     * explain it: a relapse until the neurologist says not; rest from
     * training, the MS team today (NICE NG220, 2022) */
    if (in->neuro_urgent == 2) fire(o, MR_RULE_MS_RELAPSE);
    /* days after an egg collection, bloating that grows, kilos put on in
     * days, less urine, breathlessness: ovarian hyperstimulation until the
     * clinic says not (RCOG Green-top 5, 2016) */
    if (in->ohss) fire(o, MR_RULE_OHSS);
    /* a low with confusion, slurred speech or drowsiness (ADA level 3: help
     * needed), or one still low after two rounds of fast sugar: sugar
     * again if they can swallow, glucagon or emergency services if not, or
     * if it still does not come up; no exercise today (ADA Standards of Care
     * 2024, 6; Diabetes UK hypo treatment) */
    if (in->hypo_severe) fire(o, MR_RULE_HYPO_SEVERE);
    if (o->n_rules) {
        /* dizzy or faint with diabetes and a glucose under 90 (or a hypo's
         * signs): a low until shown otherwise, so the sugar comes first,
         * beside the warning sign's own answer (ADA 2016) */
        /* (a racing heart, shaking and a cold sweat under 90 are the low's own alarm too) */
        if ((f & (MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS)) && (f & MR_COND_DIABETES) &&
            ((in->glucose >= 0 && in->glucose < 90) || (in->notes & MR_NOTE_LOW_GLUCOSE))) {
            /* measured under 70, the racing heart is the low's (the adrenaline a hypo sets off, ADA 2024):
             * the low's answer, not a heart's, and still no exercise until it is treated */
            if (in->glucose >= 0 && in->glucose < 70 && in->palp_hypo && !(f & (MR_SYM_CHEST_PAIN | MR_SYM_BREATH)))
                unfire(o, MR_RULE_SYM_PALPITATIONS);
            fire(o, MR_RULE_GLUCOSE_HYPO);
        }
        o->emergency = 1;
        o->allowed = BIT(MR_ACT_REST);
        o->max_intensity = MR_LIGHT;
        return;
    }
    /* Hypertension and heart disease: moderate intensity; medical clearance
     * before vigorous (ACSM 2015 screening). Stage 2 readings (160/100) too. */
    if ((f & MR_COND_HYPERTENSION) || in->bp_sys >= 160 || in->bp_dia >= 100) {
        fire(o, MR_RULE_HYPERTENSION);
        cap(o, MR_MODERATE);
    }
    if (f & MR_COND_HEART) {
        fire(o, MR_RULE_HEART);
        cap(o, MR_MODERATE);
    }
    /* The breastbone takes 6-12 weeks to knit after a sternotomy: no
     * swimming and nothing that loads the arms until the surgeon or the
     * cardiac rehab team clears it; walking and the bike meanwhile (sternal
     * precautions; AHA/AACVPR cardiac rehabilitation). */
    /* a PICC line or another catheter in place: no swimming or soaking (the
     * dressing must stay dry; infection), no heavy lifting or vigorous arm
     * work on that side (the line can move) (NHS and cancer-centre PICC
     * guidance; Macmillan) */
    if (in->line_in) {
        fire(o, MR_RULE_LINE);
        o->allowed &= ~BIT(MR_ACT_SWIM);
    }
    /* a cut, blister or sore on the foot with diabetes (more so a numb
     * one): weight off it and out of water until it heals (ADA 2016, Colberg
     * et al.; IWGDF 2023) */
    /* an ear infection: the water out until it has healed (AAO-HNS 2014,
     * acute otitis externa) */
    if (in->ear_infection) {
        fire(o, MR_RULE_EAR);
        o->allowed &= ~BIT(MR_ACT_SWIM);
    }
    /* Under 12 weeks after a birth, or leaking urine when coughing or
     * jumping: the pelvic floor is not ready for impact; walking, the bike,
     * swimming (once bleeding has stopped) and pelvic floor training first
     * (Goom, Donnelly & Brockwell 2019, returning to running postnatal). */
    if (in->postnatal_early) {
        fire(o, MR_RULE_POSTNATAL_IMPACT);
        o->allowed &= ~BIT(MR_ACT_RUN);
        cap(o, MR_MODERATE);
    }
    /* a parent, sibling or child with hypertrophic cardiomyopathy, long QT
     * or another inherited heart disease, or who died suddenly young: the
     * relatives are screened (ECG, echo) and, until then, no maximal or
     * competitive effort (AHA/ACC 2020 HCM; ESC 2020 sports cardiology) */
    /* IVF: the stimulated ovaries are enlarged and can twist (torsion) or
     * swell with fluid (OHSS), so no running, jumping, twisting or heavy
     * lifting through stimulation and the days after egg collection; after
     * the transfer light to moderate activity is fine, and bed rest does not
     * help implantation (ASRM 2016 OHSS; ESHRE 2023 add-ons) */
    if (in->ivf) {
        fire(o, MR_RULE_IVF);
        o->allowed &= ~BIT(MR_ACT_RUN);
        cap(o, MR_MODERATE);
    }
    if (in->family_heart) {
        fire(o, MR_RULE_FAMILY_HEART);
        cap(o, MR_MODERATE);
    }
    /* a gout flare: the inflamed joint rests, raised and cooled, while the
     * flare is treated early; weight-bearing and pedalling press on the big
     * toe, so the exercise is seated, upper-body or in the pool, light, until
     * it settles; then walking and regular exercise, which with weight loss
     * make flares rarer (FitzGerald et al. 2020, ACR gout guideline; NICE
     * NG219, 2022) */
    /* what the person's own doctor, surgeon or physio ruled out: their
     * restrictions come before general advice (ACSM's Guidelines for
     * Exercise Testing and Prescription, 11th ed., 2021: medical clearance) */
    if (in->told_not & ~BIT(MR_ACT_REST)) {
        fire(o, MR_RULE_TOLD_NOT);
        o->allowed &= ~(in->told_not & ~BIT(MR_ACT_REST));
    }
    /* sleepless nights and a rush of energy after a mood stabiliser was
     * stopped (or with bipolar disorder named) can be the start of mania:
     * the prescriber today; nothing long, hard or far from home until then
     * (NICE CG185 bipolar disorder; lithium stopped suddenly raises the
     * risk of relapse, Cavanagh et al. 2004) */
    if (in->mania) {
        fire(o, MR_RULE_MANIA);
        o->allowed &= ~(BIT(MR_ACT_RUN) | BIT(MR_ACT_CYCLE));
        cap(o, MR_LIGHT);
    }
    if (in->gout) {
        fire(o, MR_RULE_GOUT);
        o->allowed &= ~(BIT(MR_ACT_WALK) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_RUN) | BIT(MR_ACT_TAI_CHI) |
                        BIT(MR_ACT_ELLIPTICAL) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_CYCLE));
        cap(o, MR_LIGHT);
    }
    /* a stress fracture healing: no running, jumping or other loading of
     * the bone (the elliptical included) until the surgeon clears it; the
     * pool, deep-water running and the bike if pain-free keep the fitness
     * (Warden et al. 2014, Br J Sports Med; IOC RED-S consensus 2018) */
    if (in->bone_stress) {
        fire(o, MR_RULE_BONE_STRESS);
        o->allowed &= ~(BIT(MR_ACT_RUN) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_ELLIPTICAL) | BIT(MR_ACT_CYCLE) | BIT(MR_ACT_TAI_CHI));
        cap(o, MR_MODERATE);
    }
    /* a pressure injury's start (red skin that stays red when pressed, a
     * blister) on a stump: the prosthesis stays off until it fades, so
     * nothing on the leg, and the socket is refitted (the prosthetist); over
     * the tailbone or a sit bone in a wheelchair user: no sitting on it
     * beyond what daily life needs, pressure relief, the nurse or doctor
     * (NPIAP/EPUAP 2019 guideline; Consortium for Spinal Cord Medicine 2014) */
    if (in->pressure_sore) {
        fire(o, MR_RULE_PRESSURE_SORE);
        o->allowed &= ~(BIT(MR_ACT_WALK) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_RUN) | BIT(MR_ACT_ELLIPTICAL) |
                        BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_CYCLE) | BIT(MR_ACT_TAI_CHI));
        cap(o, MR_MODERATE);
    }
    if (in->foot_wound) {
        fire(o, MR_RULE_FOOT_WOUND);
        /* the pedal presses where a toe or sole sore is, and standing yoga loads it too */
        o->allowed &= ~(BIT(MR_ACT_WALK) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_RUN) | BIT(MR_ACT_SWIM) | BIT(MR_ACT_TAI_CHI) |
                        BIT(MR_ACT_ELLIPTICAL) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_CYCLE) | BIT(MR_ACT_YOGA));
        cap(o, MR_MODERATE);
    }
    /* platelets under 100 x10^9/l (after dengue, in chemotherapy): bleeding
     * comes easily, so light work with no falls, knocks or straining until
     * the count is back (ACSM roundtable for cancer survivors, Campbell et al.
     * 2019: caution under 150, no vigorous, contact or fall-prone work under
     * 50; WHO 2009 dengue guidelines for the recovery phase) */
    if (in->platelets > 0 && in->platelets < 100) {
        fire(o, MR_RULE_PLATELETS);
        o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_STRETCHING) |
                      BIT(MR_ACT_YOGA) | BIT(MR_ACT_TAI_CHI) | BIT(MR_ACT_SWIM) | BIT(MR_ACT_REST);
        cap(o, MR_LIGHT);
    }
    /* placenta praevia (or a low-lying placenta) with no bleeding: nothing
     * strenuous, no straining, lifting or impact; from 26 weeks it rules out
     * aerobic exercise altogether (ACOG Committee Opinion 804, 2020:
     * placenta praevia after 26 weeks is an absolute contraindication) */
    if (in->previa && (f & MR_COND_PREGNANCY)) {
        fire(o, MR_RULE_PREVIA);
        o->allowed &= in->previa == 2 ? BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_REST)
                                      : BIT(MR_ACT_WALK) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_REST);
        cap(o, MR_LIGHT);
    }
    /* twins or more: the risk of early labour grows with each baby. Twins
     * before 28 weeks follow the usual pregnancy advice at a moderate
     * effort; twins from 28 weeks are a relative contraindication (light,
     * short, low-impact, as the obstetrician agrees) and triplets or more an
     * absolute one (SOGC/CSEP 2019 Canadian guideline for physical activity
     * throughout pregnancy, Mottola et al.; ACOG Committee Opinion 804, 2020:
     * a multiple gestation at risk of premature labour) */
    if (in->multiple && (f & MR_COND_PREGNANCY)) {
        fire(o, MR_RULE_MULTIPLE);
        if (in->multiple >= 3) o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_REST);
        else if (in->multiple == 2)
            o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_SWIM) | BIT(MR_ACT_STRETCHING) |
                          BIT(MR_ACT_YOGA) | BIT(MR_ACT_TAI_CHI) | BIT(MR_ACT_REST);
        cap(o, in->multiple >= 2 ? MR_LIGHT : MR_MODERATE);
    }
    /* tired all the time on four or more training days a week (asleep in
     * class, dragging for weeks): training has outrun recovery. Nothing is
     * added to the week; today is easy and short or rest, and tiredness that
     * lasts through a lighter week or two is for a doctor (Meeusen et al.
     * 2013, ECSS/ACSM joint consensus on the overtraining syndrome; AAP
     * clinical report, Brenner 2007, on overtraining in young athletes) */
    if (in->worn_out) {
        fire(o, MR_RULE_WORN_OUT);
        o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_YOGA) | BIT(MR_ACT_TAI_CHI) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_REST);
        cap(o, MR_LIGHT);
    }
    /* periods lost or grown rare in training (RED-S): easy work only until a
     * doctor has seen her (IOC consensus, Mountjoy et al. 2018) */
    if ((in->notes & MR_NOTE_NO_PERIODS) && in->age < 50) cap(o, MR_MODERATE);
    if (in->notes2 & MR_NOTE2_STERNOTOMY) {
        fire(o, MR_RULE_STERNOTOMY);
        o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_STRETCHING) |
                      BIT(MR_ACT_REST);
        cap(o, MR_MODERATE);
    }
    /* Asthma with symptoms today (wheezy, the reliever needed this
     * morning): not controlled, so nothing hard (ACSM; GINA 2023) */
    if ((in->notes2 & MR_NOTE2_WHEEZY) && (f & MR_COND_ASTHMA)) cap(o, MR_MODERATE);
    /* The doctor's clearance is the ceiling ("cleared for walking and light exercise"). */
    if (in->notes2 & MR_NOTE2_DOCTOR_WALK) {
        fire(o, MR_RULE_DOCTOR_LIMIT);
        o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_BRISK_WALK) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_TAI_CHI) | BIT(MR_ACT_REST);
        cap(o, MR_MODERATE);
    }
    /* A missed dose of blood-pressure or heart medicine: take it and recheck
     * first; light only today (AHA 2017: adherence; ACSM: no vigorous work
     * with uncontrolled blood pressure). Insulin or tablets for diabetes: the
     * glucose rules below apply once it is measured. */
    if ((in->notes & MR_NOTE_MISSED_MEDS) && (f & (MR_COND_HYPERTENSION | MR_COND_HEART | MR_COND_DIABETES))) {
        fire(o, MR_RULE_MISSED_MEDS);
        cap(o, MR_LIGHT);
    }
    /* A headache with high blood pressure may be a rising pressure: recheck
     * it before exercise; light only (AHA 2017). */
    if ((in->notes & MR_NOTE_HEADACHE) &&
        ((f & MR_COND_HYPERTENSION) || in->bp_sys >= 160 || in->bp_dia >= 100)) {
        fire(o, MR_RULE_BP_HEADACHE);
        cap(o, MR_LIGHT);
    }
    /* Diabetes (ADA 2016): < 90 mg/dl carbohydrate first and keep it light;
     * 250-349 no intense exercise (ketones); >= 350 mild to moderate only. */
    if ((in->glucose >= 0 && in->glucose < 70) || (in->notes & MR_NOTE_LOW_GLUCOSE)) {
        fire(o, MR_RULE_GLUCOSE_HYPO); /* a hypo (below 70, ADA level 1) or its symptoms: treat it first */
        cap(o, MR_LIGHT);
    } else if (in->glucose >= 0 && in->glucose < 90) {
        fire(o, MR_RULE_GLUCOSE_LOW);  /* carbohydrate first, then as planned up to moderate */
        cap(o, MR_MODERATE);
    } else if (in->notes2 & MR_NOTE2_LOW_TREATED) {
        /* a low in the last day blunts the warning signs of the next one, and
         * exercise makes one likelier (ADA 2016): moderate, sugar at hand */
        fire(o, MR_RULE_AFTER_LOW);
        cap(o, MR_MODERATE);
    }
    if (in->glucose >= 350) {
        fire(o, MR_RULE_GLUCOSE_VERY_HIGH);
        cap(o, MR_MODERATE);
    } else if (in->glucose >= 250) {
        fire(o, MR_RULE_GLUCOSE_HIGH);
        cap(o, MR_MODERATE);
    }
    /* Pregnancy (WHO / CDC): moderate; no fall-risk sports (outdoor cycling). */
    if (f & MR_COND_PREGNANCY) {
        fire(o, MR_RULE_PREGNANCY);
        cap(o, MR_MODERATE);
        o->allowed &= ~BIT(MR_ACT_CYCLE);
    }
    /* The neck check (Eichner 1993): a cold above the neck only (runny nose,
     * sneezing, a mild sore throat) allows light activity. */
    if (in->notes & MR_NOTE_COLD) {
        fire(o, MR_RULE_COLD_ABOVE_NECK);
        cap(o, MR_LIGHT);
    }
    /* Back from a fever or an illness below the neck, with at most a
     * leftover stuffy nose: moderate, and build up over several days
     * (neck check, Eichner 1993; ACSM's return after illness). */
    if (in->notes & MR_NOTE_RECOVERED) {
        fire(o, MR_RULE_RECOVERED);
        cap(o, MR_MODERATE);
    }
    /* Something the readers could not place (a pain in the shoulder, a
     * raised temperature under 38 C, feeling unwell): no vigorous work, and
     * no impact when it is in the legs or feet (heuristic). */
    if (in->n_unsure) {
        fire(o, MR_RULE_UNSURE);
        cap(o, MR_MODERATE);
    }
    /* Knee or ankle injury, low back pain, or a leg or foot that is tight
     * or tender for no reason the readers know: low impact only
     * (heuristic). The leg gets its own words: a tender calf is not a joint,
     * and its warning signs are a bone tender to press (a stress fracture)
     * and swelling, warmth or redness (a clot; NICE NG158). */
    /* A replaced hip or knee: low-impact activity for good; running and
     * jumping wear the new joint (AAOS; the Hip and Knee Societies' surveys,
     * Swanson et al. 2009, Healy et al. 2008). It speaks for the knee it
     * replaced, so the joint rule's words do not come twice. */
    if (in->joint_replaced) {
        fire(o, in->joint_replaced == 2 ? MR_RULE_KNEE_REPLACED : MR_RULE_JOINT_REPLACED);
        for (int a = 0; a < MR_ACT_COUNT; a++)
            if (mr_kb_activity((mr_activity)a)->impact) o->allowed &= ~BIT(a);
    }
    unsigned joints = f & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK) & (in->joint_replaced ? ~(unsigned)MR_COND_KNEE : ~0u);
    if (joints || (in->notes & (MR_NOTE_LOWER_BODY | MR_NOTE_HEEL))) {
        fire(o, joints || (in->notes & MR_NOTE_HEEL) ? MR_RULE_JOINT : MR_RULE_LEG);
        for (int a = 0; a < MR_ACT_COUNT; a++)
            if (mr_kb_activity((mr_activity)a)->impact) o->allowed &= ~BIT(a);
    }
    /* A fresh sprain (swollen, just happened): relative rest and early
     * exercise, but for a workout in the first days non-weight-bearing work
     * only: swimming, a stationary bike if pain-free, strength in a seat
     * (Vuurberg et al., Br J Sports Med 2018). */
    if (in->notes & MR_NOTE_ACUTE_SPRAIN) {
        fire(o, MR_RULE_ACUTE_SPRAIN);
        o->allowed &= BIT(MR_ACT_SWIM) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_STRENGTH) | BIT(MR_ACT_STRETCHING) |
                      BIT(MR_ACT_REST);
        cap(o, MR_MODERATE);
    }
    /* A back hurt in the last days (a lift, a twist): stay active with
     * walking and gentle mobility; no loading, no running, until it settles
     * (ACP 2017, Qaseem et al.: stay active; heavy loading waits). */
    if (in->notes & MR_NOTE_ACUTE_BACK) {
        fire(o, MR_RULE_ACUTE_BACK);
        o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_YOGA) | BIT(MR_ACT_TAI_CHI) | BIT(MR_ACT_REST);
        cap(o, MR_LIGHT);
    }
    /* COPD: moderate, set by breathlessness (Borg CR10 3-4) rather than a
     * heart rate, with intervals when needed (ACSM's Guidelines, 11th ed.,
     * 2021, chronic pulmonary disease; GOLD 2024 report; Spruit et al.,
     * ATS/ERS statement on pulmonary rehabilitation, 2013). */
    if (in->notes & MR_NOTE_COPD) {
        fire(o, MR_RULE_COPD);
        cap(o, MR_MODERATE);
    }
    /* A pulled leg muscle (hamstring, calf, groin): load it gradually and
     * pain-free; no running or sprinting, no stretching into pain, until it
     * is settled (Dubois and Esculier, "PEACE & LOVE", Br J Sports Med 2020;
     * Askling et al. 2013 on hamstring strains). */
    if (in->notes & MR_NOTE_STRAIN) {
        fire(o, MR_RULE_STRAIN);
        o->allowed &= ~(BIT(MR_ACT_RUN) | BIT(MR_ACT_STRETCHING));
        cap(o, MR_MODERATE);
    }
    /* After a stroke: moderate aerobic work (40-70% of reserve, RPE 11-14)
     * with balance and strength, on stable ground (Billinger et al., AHA/ASA
     * scientific statement, Stroke 2014): no outdoor cycling, no running. */
    if (in->notes & MR_NOTE_STROKE) {
        fire(o, MR_RULE_STROKE);
        o->allowed &= ~(BIT(MR_ACT_CYCLE) | BIT(MR_ACT_RUN));
        cap(o, MR_MODERATE);
    }
    /* A concussion not yet cleared: symptom-limited light aerobic work, and
     * nothing with a risk of a fall or a blow to the head until a clinician
     * clears it (McCrory et al., Berlin consensus, BJSM 2017). */
    if (in->notes2 & MR_NOTE2_CONCUSSION) {
        fire(o, MR_RULE_CONCUSSION);
        o->allowed &= BIT(MR_ACT_WALK) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_TAI_CHI) |
                      BIT(MR_ACT_REST); /* no yoga: head-down positions bring the headache back */
        cap(o, MR_LIGHT);
    }
    /* In cancer treatment: moderate at most, as tolerated; a fever or a low
     * white count changes the day (Campbell et al., ACSM roundtable 2019;
     * ACS). */
    if (in->notes2 & MR_NOTE2_CHEMO) {
        fire(o, MR_RULE_CHEMO);
        cap(o, MR_MODERATE);
        /* neutropenic: public pools carry germs the body cannot fight now (ACS; Campbell et al. 2019) */
        if (in->wbc_low) {
            o->allowed &= ~BIT(MR_ACT_SWIM);
            cap(o, MR_LIGHT);
        }
    }
    /* The first days at altitude (above about 2,500 m): easy, build up
     * (Wilderness Medical Society, Luks et al. 2019). */
    if (in->notes2 & MR_NOTE2_ALTITUDE) {
        fire(o, MR_RULE_ALTITUDE);
        cap(o, MR_MODERATE);
    }
    /* Chronic kidney disease: moderate activity, 150 minutes a week built up
     * gradually (KDIGO 2024 CKD guideline, rec. 3.1.1); a known renal
     * disease in someone not yet active means clearance before more than
     * that (ACSM pre-participation screening, Riebe et al. 2015). */
    if (in->notes2 & MR_NOTE2_KIDNEY) {
        fire(o, MR_RULE_KIDNEY);
        cap(o, MR_MODERATE);
    }
    /* Epilepsy: exercise seldom brings on seizures and is encouraged; water
     * and heights need someone who knows (ILAE task force, Capovilla et al.,
     * Epilepsia 2016). No cap. */
    if (in->notes2 & MR_NOTE2_EPILEPSY) fire(o, MR_RULE_EPILEPSY);
    /* Training hard while not eating, or in a sweat suit to lose water:
     * fainting, dehydration, heat illness (ACSM position stand on weight
     * loss, Donnelly et al. 2009: 0.5-1 kg a week; ACSM 2007 on exertional
     * heat illness) */
    if (in->notes2 & MR_NOTE2_CRASH_DIET) {
        fire(o, MR_RULE_CRASH_DIET);
        cap(o, MR_MODERATE);
    }
    /* A condition named that no rule here knows: what ACSM's screening does
     * with a known disease it cannot grade: moderate at most until a doctor
     * has said what suits it (Riebe et al. 2015). */
    if (in->notes2 & MR_NOTE2_DIAGNOSIS) {
        fire(o, MR_RULE_DIAGNOSIS);
        cap(o, MR_MODERATE);
    }
    /* A wheelchair user: the upper body and seated work (ACSM's guidelines
     * for spinal cord injury; WHO 2020 for people living with disability). */
    if (in->notes2 & MR_NOTE2_WHEELCHAIR) {
        fire(o, MR_RULE_WHEELCHAIR);
        o->allowed &= BIT(MR_ACT_STRENGTH) | BIT(MR_ACT_SWIM) | BIT(MR_ACT_STRETCHING) | BIT(MR_ACT_YOGA) |
                      BIT(MR_ACT_TAI_CHI) | BIT(MR_ACT_REST);
    }
    /* Air quality (US EPA AQI): the warning names the category that applies. */
    int cat = mr_kb_aqi_category(in->aqi);
    if (cat >= 5 || (cat >= 3 && sensitive)) {
        fire(o, cat >= 5 ? MR_RULE_AQI_HAZARD : cat == 4 ? MR_RULE_AQI_VERY_SENSITIVE : MR_RULE_AQI_UNHEALTHY_SENSITIVE);
        o->allowed &= ~outdoor; /* no outdoor exertion */
    } else if (cat >= 3) {
        fire(o, cat == 4 ? MR_RULE_AQI_VERY : MR_RULE_AQI_ALL); /* everyone else: indoors; a walk at most outside */
        o->allowed &= ~(outdoor & ~BIT(MR_ACT_WALK));
    }
    /* From "unhealthy" up, smoke and particles come indoors too: everyone
     * keeps the effort moderate (US EPA, Wildfire Smoke: A Guide for Public
     * Health Officials, 2019: reduce activity levels, indoors as well). */
    if (cat >= 4 && sensitive) cap(o, MR_LIGHT); /* very unhealthy, and sensitive: something gentle, as its warning says */
    if (cat >= 3) cap(o, MR_MODERATE); else if (cat == 2 && sensitive) {
        fire(o, MR_RULE_AQI_SENSITIVE); /* walk instead of run */
        o->allowed &= ~(outdoor & vigorous_only_mask());
        o->allowed &= ~BIT(MR_ACT_CYCLE);
        /* COPD: indoors (a heuristic beyond EPA, which lets people with lung
         * disease stay active outside with breaks: COPD's reserve is smaller
         * than controlled asthma's, and a bad-air day can start a flare-up) */
        if (in->notes & MR_NOTE_COPD) o->allowed &= ~outdoor;
    }
    /* Heat (NWS heat index as the available proxy for ACSM's WBGT limits). */
    if (!isnan(in->temp_c)) {
        float hi = isnan(in->rh_pct) ? in->temp_c : mr_kb_heat_index_c(in->temp_c, in->rh_pct);
        int hc = mr_kb_heat_category(hi);
        /* air hotter than the skin (38 C, 100 F) heats the body whatever the
         * humidity, and the heat index reads dry heat low: the danger band */
        if (in->temp_c >= 38.0f && hc < 3) hc = 3;
        /* a headache, cramps or nausea in this heat: heat exhaustion's
         * first signs (ACSM 2007 exertional heat illness; NATA 2015,
         * Casa et al.): out of the heat, cool down, drink with salt, light
         * and short at most today */
        if (hc >= 2 && in->heat_signs) {
            fire(o, MR_RULE_HEAT_STRAIN);
            o->allowed &= ~outdoor;
            cap(o, MR_LIGHT);
        }
        if (hc >= 3) {
            /* ACSM 2007 cancels outdoor events above 32.2 C WBGT; getting there
             * and back and buildings without air conditioning are hot too:
             * moderate at most, indoors, with fluids (heuristic beyond ACSM) */
            fire(o, MR_RULE_HEAT_DANGER);
            o->allowed &= ~outdoor;
            cap(o, MR_MODERATE);
        } else if (hc >= 2) {
            fire(o, MR_RULE_HEAT);
            o->allowed &= ~(outdoor & vigorous_only_mask());
            o->allowed &= ~BIT(MR_ACT_CYCLE);
        }
        /* Cold (ACSM 2006): heightened caution below -27 C wind chill. */
        float wc = isnan(in->wind_kmh) ? in->temp_c : mr_kb_wind_chill_c(in->temp_c, in->wind_kmh);
        if (wc <= -27.0f) {
            fire(o, MR_RULE_COLD);
            o->allowed &= ~outdoor;
        } else if ((f & MR_COND_ASTHMA) && wc < 0.0f) {
            fire(o, MR_RULE_ASTHMA_COLD); /* cold dry air triggers asthma */
            o->allowed &= ~outdoor;
        }
        /* Cold raises blood pressure and the heart's work and can bring on
         * angina in coronary disease (ACSM 2006 cold position stand); from
         * -10 C wind chill (a heuristic threshold, well above ACSM's -27 C
         * for everyone) a heart patient trains indoors. */
        if ((f & MR_COND_HEART) && wc < -10.0f && wc > -27.0f) {
            fire(o, MR_RULE_HEART_COLD);
            o->allowed &= ~outdoor;
        }
    }
    /* Thunder: the 30-30 rule; go indoors. Rain, snow, ice: no slipping. */
    /* Water conducts lightning, pools included (NWS lightning safety: get
     * out of the water). */
    if (in->thunder) {
        fire(o, MR_RULE_THUNDER);
        o->allowed &= ~outdoor & ~BIT(MR_ACT_SWIM);
    }
    /* asthma on a high-pollen day, above all before a thunderstorm
     * (thunderstorm asthma): indoors (GINA 2023) */
    if ((f & MR_COND_ASTHMA) && in->pollen_high) {
        fire(o, MR_RULE_POLLEN_ASTHMA);
        o->allowed &= ~outdoor;
        /* with the storm on its way the pollen-primed airways are at their most
         * reactive: nothing hard, even indoors (Melbourne 2016 thunderstorm
         * asthma; GINA 2023: lower the load on a high-trigger day) */
        if (in->thunder) cap(o, MR_MODERATE);
    }
    /* rain on a runner who runs in it: indoors is a preference in the rain,
     * not a rule, and for a practised runner above freezing the risk is a
     * slip on paint, metal or leaves, met with grip, a shorter stride on
     * bends and being seen, and the chill of wet clothes, met by changing
     * straight after (ACSM cold-injury position stand, Castellani et al.
     * 2006); the road bike's braking and visibility are worse (RoSPA) */
    if (in->precip == MR_PRECIP_RAIN && in->rain_run_ok) {
        fire(o, MR_RULE_RAIN_RUN);
        o->allowed &= ~BIT(MR_ACT_CYCLE);
    } else if (in->precip != MR_PRECIP_NONE) {
        fire(o, MR_RULE_SLIPPERY);
        o->allowed &= ~((BIT(MR_ACT_RUN) & ~tread) | BIT(MR_ACT_CYCLE));
        if (in->precip == MR_PRECIP_ICE) o->allowed &= ~outdoor;
        /* after a stroke or with brittle bones a fall costs most: a wet or
         * snowy path is no place for the walk either (WHO 2021 falls
         * prevention; AHA/ASA 2014 on falls after a stroke) */
        if (in->notes & (MR_NOTE_STROKE | MR_NOTE_OSTEOPOROSIS)) {
            fire(o, MR_RULE_FALLS_SNOW);
            o->allowed &= ~outdoor;
        }
    }
    /* POTS: upright work pools blood in the legs and sends the rate up, so
     * training starts seated or lying down (a recumbent bike, a rower,
     * swimming) and becomes upright over months; moderate at most, by feel,
     * since the heart rate is the condition's (Fu and Levine 2018; HRS
     * expert consensus, Sheldon et al. 2015) */
    if (in->pots) {
        fire(o, MR_RULE_POTS);
        o->allowed &= BIT(MR_ACT_SWIM) | BIT(MR_ACT_STATIONARY_BIKE) | BIT(MR_ACT_STRENGTH) | BIT(MR_ACT_STRETCHING) |
                      BIT(MR_ACT_YOGA) | BIT(MR_ACT_WALK) | BIT(MR_ACT_REST);
        cap(o, MR_MODERATE);
    }
    o->allowed |= BIT(MR_ACT_REST);
    if (tread) {
        mr_safety_in out = *in;
        mr_safety_out plain;
        out.treadmill = 0;
        mr_safety_apply(&out, &plain);
        o->indoors = o->allowed & tread & ~plain.allowed;
        /* in air over AQI 150 the walk allowed outside (short and easy) goes
         * on the machine at hand too: the rule's first word is indoors (US EPA) */
        if (in->aqi > 150) o->indoors |= o->allowed & tread;
    }
}

const char *mr_safety_short(mr_rule r, const char *lang) {
    int z = lang && !strcmp(lang, "zh");
    switch (r) {
    case MR_RULE_AQI_SENSITIVE: case MR_RULE_AQI_ALL: case MR_RULE_AQI_UNHEALTHY_SENSITIVE: case MR_RULE_AQI_VERY:
    case MR_RULE_AQI_VERY_SENSITIVE: case MR_RULE_AQI_HAZARD:
        return z ? "空气质量不好，不宜户外运动" : "the air quality rules out hard work outdoors";
    case MR_RULE_HEAT: return z ? "天气太热，不宜户外运动" : "the heat rules out hard work outdoors";
    case MR_RULE_HEAT_DANGER: return z ? "高温危险，户外不宜运动" : "the heat is dangerous for any exercise outdoors";
    case MR_RULE_COLD: return z ? "风寒温度太低" : "the wind chill is too low outdoors";
    case MR_RULE_HEART_COLD: return z ? "严寒对心脏负担大" : "hard cold is hard on your heart";
    case MR_RULE_CRASH_DIET: return z ? "不吃饭时不宜高强度" : "hard work without eating is not safe";
    case MR_RULE_STERNOTOMY: return z ? "手术后胸骨还在愈合" : "your breastbone is still knitting after the surgery";
    case MR_RULE_LINE: return z ? "PICC管还在，敷料不能泡水" : "your PICC line's dressing must stay dry";
    case MR_RULE_PLATELETS: return z ? "血小板低，容易出血" : "your platelets are low, so bleeding comes easily";
    case MR_RULE_IVF: return z ? "试管周期里不宜跑跳" : "running and jumping wait during an IVF cycle";
    case MR_RULE_FAMILY_HEART: return z ? "家人有遗传性心脏病，筛查前不做高强度" : "hard efforts wait for your heart screening, given your family's heart condition";
    case MR_RULE_GI_BLEED: return z ? "黑便可能是消化道出血" : "black stools can be bleeding in the gut";
    case MR_RULE_MANIA: return z ? "先和开药的医生谈过再说" : "it waits until you have spoken to your prescriber";
    case MR_RULE_HEAT_STRAIN: return z ? "热天里已经头痛或抽筋" : "the heat has already given you a headache or cramps";
    case MR_RULE_BONE_STRESS: return z ? "应力性骨折还在愈合，骨头先不承重冲击" : "the stress fracture is still healing";
    case MR_RULE_POSTNATAL_INFECTION: return z ? "产后可能有感染，先看医生" : "signs of an infection after the birth come first";
    case MR_RULE_SEIZURE: return z ? "今天刚癫痫发作过" : "you had a seizure today";
    case MR_RULE_PREVIA: return z ? "前置胎盘，不宜剧烈或用力的运动" : "with placenta praevia nothing strenuous is safe";
    case MR_RULE_OHSS: return z ? "取卵后可能是卵巢过度刺激，先找生殖中心" : "the signs after your egg collection come first";
    case MR_RULE_MULTIPLE: return z ? "双胎（多胎）妊娠，早产风险更高" : "a twin pregnancy carries more risk of early labour";
    case MR_RULE_WORN_OUT: return z ? "一直很累，训练已经超过了身体的恢复" : "being tired all the time says the training has outrun your recovery";
    case MR_RULE_MED_TOXIC: return z ? "这些症状可能是药物中毒或药物相互作用" : "these signs with your medicine can be toxicity or an interaction";
    case MR_RULE_DYSREFLEXIA: return z ? "这可能是自主神经反射异常，要马上处理" : "this can be autonomic dysreflexia, which needs action now";
    case MR_RULE_CRASH: return z ? "正在“崩”的时候，运动会让它更重" : "exercise in a crash makes it deeper";
    case MR_RULE_PRESSURE_SORE: return z ? "压红不褪的皮肤要先减压" : "skin that stays red needs the pressure off it first";
    case MR_RULE_RAIN_RUN: return z ? "下雨天不宜户外骑车" : "rain rules out the bike outdoors";
    case MR_RULE_HYPO_SEVERE: return z ? "严重低血糖要先处理" : "a severe low comes first";
    case MR_RULE_GUT_BLOOD: return z ? "便血要先看医生" : "blood in the stools needs a doctor first";
    case MR_RULE_MS_RELAPSE: return z ? "这可能是多发性硬化复发，先找神经科" : "this can be an MS relapse, for your neurologist first";
    case MR_RULE_CRISIS: return z ? "你写下的话比任何一次训练都重要" : "what you wrote matters far more than any workout";
    case MR_RULE_TOLD_NOT: return z ? "医生或康复师说暂时不要做" : "your doctor or physio said not to, for now";
    case MR_RULE_GOUT: return z ? "痛风发作，这只脚先不负重" : "the gout flare keeps weight off that foot for now";
    case MR_RULE_POSTNATAL_IMPACT: return z ? "产后盆底还没准备好承受跑跳" : "your pelvic floor is not ready for running after the birth yet";
    case MR_RULE_DOCTOR_LIMIT: return z ? "医生目前只允许走路和轻度活动" : "your doctor has cleared walking and light exercise so far";
    case MR_RULE_ASTHMA_COLD: return z ? "冷空气会诱发哮喘" : "cold air can trigger your asthma";
    case MR_RULE_POLLEN_ASTHMA: return z ? "花粉浓度高，会诱发哮喘" : "the high pollen count can set off your asthma";
    case MR_RULE_THUNDER: return z ? "有雷，不宜户外或下水" : "there is thunder (no outdoors, no water)";
    case MR_RULE_SLIPPERY: return z ? "路面湿滑" : "the ground is wet or icy";
    case MR_RULE_JOINT: return z ? "关节或腰背需要避免冲击" : "your joint or back needs low impact";
    case MR_RULE_LEG: return z ? "腿脚的不适需要避免冲击" : "your leg or foot needs low impact";
    case MR_RULE_JOINT_REPLACED:
    case MR_RULE_KNEE_REPLACED: return z ? "换过的关节需要避免冲击" : "a replaced joint needs low impact";
    case MR_RULE_PREGNANCY: return z ? "孕期要避免容易摔倒的运动" : "pregnancy rules out activities with a risk of falls";
    case MR_RULE_ACUTE_SPRAIN: return z ? "新伤头几天不宜负重" : "a fresh sprain should carry no weight for the first days";
    case MR_RULE_ACUTE_BACK: return z ? "腰背刚受伤，先不要负重" : "a freshly hurt back should not be loaded yet";
    case MR_RULE_STRAIN: return z ? "肌肉刚拉伤，先不要跑、不要拉伸" : "a freshly pulled muscle should not run or be stretched yet";
    case MR_RULE_STROKE: return z ? "中风后要选平稳、不易摔倒的运动" : "after a stroke, steady ground and no fall risk come first";
    case MR_RULE_POTS: return z ? "体位性心动过速要先从坐着、躺着的运动开始" : "with POTS, seated and lying-down exercise comes first";
    case MR_RULE_FALLS_SNOW: return z ? "路面湿滑，摔一跤对你代价太大" : "a fall on a wet or snowy path would cost you too much";
    case MR_RULE_CONCUSSION: return z ? "脑震荡还没放行，不做可能摔倒或碰头的运动" : "a concussion not yet cleared rules out anything you could fall from";
    case MR_RULE_WHEELCHAIR: return z ? "今天选上肢和坐姿的运动" : "today's options are upper-body and seated";
    default: return z ? "今天的安全规则不允许" : "the safety rules rule it out";
    }
}

static const char *const FLAG_NAMES[MR_N_FLAGS] = {
    "hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury", "ankle_injury",
    "low_back_pain", "chest_pain", "dizziness", "fever", "breathlessness", "palpitations", "acute_illness",
    "pregnancy_warning"};

const char *mr_flag_name(int b) { return b >= 0 && b < MR_N_FLAGS ? FLAG_NAMES[b] : ""; }

const char *mr_flag_label(int b, const char *lang) {
    static const char *const en[MR_N_FLAGS] = {
        "high blood pressure", "diabetes", "asthma", "heart disease", "pregnancy", "a knee injury", "a foot or ankle injury",
        "low back pain", "chest pain", "dizziness", "fever", "shortness of breath", "palpitations",
        "an illness below the neck", "a warning sign in pregnancy"};
    static const char *const zh[MR_N_FLAGS] = {"高血压", "糖尿病", "哮喘", "心脏病", "怀孕", "膝盖损伤", "脚或脚踝损伤",
                                               "腰背痛", "胸痛", "头晕", "发烧", "气短", "心悸", "颈部以下的急性疾病",
                                               "孕期危险信号"};
    if (b < 0 || b >= MR_N_FLAGS) return "";
    return lang && !strcmp(lang, "zh") ? zh[b] : en[b];
}

int mr_flag_find(const char *name) {
    for (int b = 0; name && b < MR_N_FLAGS; b++)
        if (!strcmp(name, FLAG_NAMES[b])) return b;
    return -1;
}

int mr_safety_permits(const mr_safety_out *o, mr_activity a, mr_intensity i) {
    if (a < 0 || a >= MR_ACT_COUNT || !(o->allowed & BIT(a))) return 0;
    if (a == MR_ACT_REST) return i == MR_LIGHT; /* rest is always possible, and light */
    const mr_met_variant *v;
    return mr_kb_variant(a, i, &v) <= o->max_intensity && i <= o->max_intensity;
}

const char *mr_safety_text(mr_rule r, const char *lang) {
    static const char *en[MR_RULE_COUNT] = {
        [MR_RULE_EMERGENCY_BP] = "Blood pressure at or above 180/110 mmHg: do not exercise today. If you take blood-pressure medicine, take your usual dose as prescribed, never a double one to catch up (run out or missed doses: call your doctor or pharmacy today for it); sit quietly for 5 minutes and measure again; if it stays this high, call your doctor today, and get emergency care now with chest pain, breathlessness, a severe headache, blurred vision or weakness (ACSM; AHA 2017).",
        [MR_RULE_SYM_CHEST] = "Chest pain, pressure or tightness (or pain spreading to the arm, jaw or neck): no exercise today. If it is severe, lasts more than a few minutes, or comes with breathlessness, sweating or nausea, call emergency services now (911 in the US and Canada, 999 in the UK, 112 in Europe); otherwise see a doctor before exercising again (ACSM).",
        [MR_RULE_SYM_DIZZY] = "Dizziness or fainting: no exercise today. Sit or lie down, drink some water, and see a doctor today; fainting, nearly fainting or dizziness with a racing heart can come from the heart: call emergency services if it comes with chest pain, breathlessness or a heartbeat that will not settle, and do not stay on your own. Until a doctor has found the cause, nothing where a faint is dangerous: no swimming, riding on roads, climbing or driving (ACSM).",
        [MR_RULE_SYM_FEVER] = "Fever (38.0 C / 100.4 F or more): rest and drink fluids; no exercise until you have been free of fever for a day (neck check). See a doctor if it is above 39.5 C (103.1 F), lasts more than three days, or comes with a stiff neck or trouble breathing.",
        [MR_RULE_SYM_BREATH] = "Short of breath at rest or with little effort: no exercise today; see a doctor, urgently if it is getting worse (ACSM).",
        [MR_RULE_SYM_PALPITATIONS] = "A racing, pounding or irregular heartbeat, at rest or far beyond what the effort explains (during a ride, a run, a swim): no exercise today; see a doctor today, and call emergency services if it comes with chest pain, fainting or breathlessness, or does not settle (ACSM).",
        [MR_RULE_SYM_ILLNESS] = "Illness below the neck (flu, body aches, vomiting, diarrhoea, chest congestion): rest and drink fluids until it has passed (neck check); see a doctor if it is severe or not improving after a few days. A streak can wait: training through a fever or a viral illness can strain the heart.",
        [MR_RULE_SYM_PREGNANCY] = "A warning sign in pregnancy (bleeding, contractions, fluid leaking, calf pain or swelling, severe headache or vomiting, the baby moving less than usual): stop, do not exercise, and call your midwife, doctor or maternity unit now; bleeding, fluid leaking or contractions that come regularly before 37 weeks mean go in now, and so do fewer movements of the baby: do not wait until tomorrow or try a walk to wake the baby, they will check the heartbeat; heavy bleeding or severe pain means emergency services (ACOG 2020; RCOG Green-top 57 on reduced fetal movements).",
        [MR_RULE_HYPERGLYCAEMIA_SYMPTOMS] = "High blood glucose with thirst, frequent urination, blurred vision, nausea or feeling ill: do not exercise; check ketones and contact your diabetes team today. With no ketone strips at home, buy some today or have it checked at a clinic. With moderate or large ketones, vomiting, fast breathing or drowsiness, go to the emergency department or call emergency services: that can be ketoacidosis (ADA 2016; Kitabchi et al. 2009).",
        [MR_RULE_MISSED_MEDS] = "You missed a dose of your medicine: take your usual dose as prescribed, never a double one to make up (if you have run out, get a refill from your doctor or pharmacy today), recheck your blood pressure (or glucose) before exercising, and keep today light.",
        [MR_RULE_BP_HEADACHE] = "A headache with high blood pressure: measure your blood pressure first; at 180/110 or more, or with blurred vision or confusion, get medical help; otherwise keep today light (AHA 2017).",
        [MR_RULE_COLD_ABOVE_NECK] = "A cold above the neck (runny nose, sneezing, mild sore throat): light activity only; rest if it spreads to your chest or you get a fever (neck check).",
        [MR_RULE_UNSURE] = "Your notes mention something we could not place: we kept today gentle. If it is pain, stop if it gets worse and have it checked.",
        [MR_RULE_HYPERTENSION] = "High blood pressure: keep to moderate intensity; get medical clearance before vigorous exercise. Strength training at moderate loads helps: breathe out as you lift and never hold your breath, which spikes the pressure (ACSM).",
        [MR_RULE_HEART] = "Heart disease: moderate intensity only unless your doctor has cleared vigorous exercise; warm up and cool down for 10 minutes, and stop and seek care for chest pain or pressure, unusual breathlessness, dizziness or an irregular heartbeat; chest pain that has not settled after a few minutes of rest: call emergency services (911 in the US and Canada, 999 in the UK, 112 in Europe) (ACSM; AHA).",
        [MR_RULE_GLUCOSE_LOW] = "Blood glucose below 90 mg/dl, 5.0 mmol/l (a low, a hypo, during exercise is likely): eat 15-30 g of carbohydrate first (a banana, juice, glucose tablets), recheck after 15 minutes and start once it is above 90; carry fast sugar with you and keep to a moderate effort (ADA 2016).",
        [MR_RULE_GLUCOSE_HYPO] = "Low blood glucose (below 3.9 mmol/l, 70 mg/dl, or you feel hypo): treat it first with 15-20 g of fast sugar, recheck after 15 minutes, and only when it is back above 5.0 mmol/l (90 mg/dl) and you feel normal, something light; if it keeps dropping or you feel confused, get help (ADA 2016).",
        [MR_RULE_GLUCOSE_HIGH] = "Blood glucose 250-349 mg/dl: check ketones; no intense exercise (ADA 2016).",
        [MR_RULE_GLUCOSE_VERY_HIGH] = "Blood glucose 350 mg/dl or more: mild to moderate exercise only (ADA 2016).",
        [MR_RULE_PREGNANCY] = "Pregnancy: moderate intensity by the talk test; avoid contact and fall-risk sports, hot yoga, and lying flat on your back after the first trimester (core work on your side, seated or standing); keep your midwife or doctor informed. Stop and call them if you have bleeding, fluid leaking, regular painful contractions, dizziness or feeling faint, chest pain, a severe headache, calf pain or swelling, or breathlessness before you start; heavy bleeding or severe pain means emergency services (ACOG 2020, WHO).",
        [MR_RULE_JOINT] = "Joint injury or back pain: low-impact activities only; consult a clinician if it hurts.",
        [MR_RULE_LEG] = "Something in your leg or foot we cannot place (tight, tender, aching): low-impact activities only today, no running or jumping. Have it checked if the bone is tender to press (a stress fracture can start like this), if the calf is swollen, warm or red (a clot: the same day), or if it is worse tomorrow (NICE NG158).",
        [MR_RULE_AQI_SENSITIVE] = "Air quality is unhealthy for sensitive groups (AQI 101-150), and your age or condition puts you in one: no heavy exertion outdoors; walk rather than run. Indoors, keep the windows shut and an air purifier on if you have one (smoke comes inside too), and stop for a wheeze, a cough or a tight chest; outdoors again once the AQI is under 100 (US EPA AQI; EPA wildfire smoke guide 2019).",
        [MR_RULE_AQI_ALL] = "Air quality is unhealthy (AQI 151-200): exercise indoors at a moderate effort at most (smoke and particles come indoors too); outside, an easy walk at most (US EPA AQI; EPA wildfire smoke guide 2019).",
        [MR_RULE_AQI_UNHEALTHY_SENSITIVE] = "Air quality is unhealthy (AQI 151-200), and your age or condition makes you sensitive to it: no outdoor exertion today; exercise indoors, windows closed, at a moderate effort at most (US EPA AQI).",
        [MR_RULE_AQI_VERY] = "Air quality is very unhealthy (AQI 201-300): exercise indoors, windows closed, at a moderate effort at most; keep time outside short and easy (US EPA AQI).",
        [MR_RULE_AQI_VERY_SENSITIVE] = "Air quality is very unhealthy (AQI 201-300), and your age or condition makes you sensitive to it: no outdoor activity today; something gentle indoors with the windows closed, an air purifier if you have one (US EPA AQI).",
        [MR_RULE_AQI_HAZARD] = "Air quality is hazardous: no outdoor activity (US EPA AQI).",
        [MR_RULE_HEAT] = "Heat: avoid intense exercise outdoors, drink water, take breaks (NWS heat index, ACSM).",
        [MR_RULE_HEAT_DANGER] = "Dangerous heat: no outdoor exercise today. Train indoors with air conditioning at a moderate effort at most, or early in the morning when it is cool; drink before, during and after (NWS heat index, ACSM 2007).",
        [MR_RULE_COLD] = "Dangerous cold (wind chill below -27 C / -17 F: frostbite in 30 minutes or less): no outdoor exercise; train indoors (ACSM 2006).",
        [MR_RULE_ASTHMA_COLD] = "Cold, dry air can trigger asthma: exercise indoors today, warm up gradually for 10-15 minutes, and keep your reliever inhaler with you (use it before exercise if your asthma plan says so).",
        [MR_RULE_THUNDER] = "Thunder: go indoors and out of the water, pools included; resume 30 minutes after the last thunder (30-30 rule; NWS lightning safety).",
        [MR_RULE_SLIPPERY] = "Rain, snow or ice make the ground slippery: avoid running and cycling outside; indoors is safer today.",
        [MR_RULE_ACUTE_SPRAIN] = "A fresh sprain: for the first days only work that puts no weight on it (swimming, a stationary bike if it is pain-free, strength in a seat); walk in daily life as far as pain allows. Swelling, pain that gets worse, or not being able to take four steps: have it checked (Vuurberg et al. 2018).",
        [MR_RULE_ACUTE_BACK] = "A back hurt in the last days: keep moving gently (easy walking, mobility within what does not hurt); no lifting, no running until it settles. Let pain guide you; leg pain, numbness, weakness or trouble passing urine need a clinician now (ACP 2017).",
        [MR_RULE_RECOVERED] = "Back after an illness: moderate at most, and build up gradually over a few days, starting at about 70% of your usual; stop and rest if a fever or aches come back (neck check); chest pain, a racing heart or breathlessness out of proportion after an infection such as COVID or flu mean stop and see a doctor (myocarditis).",
        [MR_RULE_SEE_TODAY] = "One calf swollen and painful (after a long flight or drive, a birth, an operation or a cast, or bigger than the other) can be a blood clot, and swollen ankles with breathlessness (lying flat, or new on the stairs) can be fluid building up from the heart or kidneys: no exercise today, and see a doctor today (do not run it off or massage it). Sudden breathlessness, chest pain or coughing blood: call emergency services now.",
        [MR_RULE_CONCUSSION] = "A concussion not yet cleared: light activity only, as long as it does not bring back or worsen a headache, fogginess or dizziness (stop if it does); nothing where you could fall or be hit (no riding outside, no running, no contact) until a doctor has cleared you for a graded return (Berlin consensus 2017).",
        [MR_RULE_CHEMO] = "In cancer treatment: moderate at most, as you feel on the day; on a low white count avoid pools and crowded gyms. A fever of 38 C or more means stop and call your cancer team now (ACSM 2019; ACS).",
        [MR_RULE_ALTITUDE] = "The first days at altitude: easy and shorter, and drink well. A headache with nausea, dizziness or unusual tiredness is altitude sickness: rest, no higher; breathless at rest or confused means go down and get help (WMS 2019).",
        [MR_RULE_BP_CRISIS_SIGNS] = "Your headache with a blood pressure of 180/110 or more is one of the warning signs of a hypertensive emergency: get medical help now (call emergency services, or have someone take you to urgent care; do not drive yourself); sit quietly and measure it again while you wait, and tell them both readings. If you missed your pills, tell the doctor there, and do not take a double dose to catch up. No exercise today (AHA 2017).",
        [MR_RULE_HEAD_INJURY] = "A knock to the head with a blood thinner, confusion, vomiting, drowsiness or a fit, or at 65 and over, needs a hospital check now (a scan), even if the person says they feel fine: go to the emergency department or call emergency services, and do not leave them alone. No exercise today (NICE head injury guideline NG232).",
        [MR_RULE_STERNOTOMY] = "After heart surgery through the breastbone, it takes 6-12 weeks to knit: no swimming, no lifting more than a few kilos, no pushing or pulling with the arms until your surgeon or cardiac rehab team clears it; walking (or the stationary bike) builds you up meanwhile, and cardiac rehab is the best next step (AHA/AACVPR).",
        [MR_RULE_JOINT_REPLACED] = "A replaced hip or knee: low-impact activity for good (walking, cycling, swimming once the wound has healed, the cross-trainer, strength work for the hips and thighs); no running or jumping, which wear the new joint (AAOS; Swanson 2009, Healy 2008). After a hip replacement, until your surgeon says otherwise: do not bend the hip past a right angle, cross your legs or twist on that leg (no deep squats, low seats or deep yoga poses). New pain, swelling, warmth or a fever: see your surgeon.",
        [MR_RULE_KNEE_REPLACED] = "A replaced knee: low-impact activity for good (walking, cycling, swimming once the wound has healed, the cross-trainer, strength work for the thighs and hips); no running or jumping, which wear the new joint (AAOS; Swanson 2009, Healy 2008). Keep working on bending and straightening it every day (the stationary bike, seat high enough that the knee only just bends at the bottom, is good for this); kneeling may feel odd for months and does no harm, on a cushion. New pain, swelling, warmth or a fever: see your surgeon.",
        [MR_RULE_STROKE_SIGNS] = "A face that droops, an arm or one side gone weak or numb all of a sudden, slurred or lost words, sight lost in one eye, or a sudden headache like never before can be a stroke, and if it has passed, a mini-stroke (TIA) that often comes before one: call emergency services now (911 in the US and Canada, 999 in the UK, 112 in Europe), even if you feel fine again; note the time it started, do not drive yourself, no exercise (FAST; NICE NG128; AHA/ASA 2019).",
        [MR_RULE_POLLEN_ASTHMA] = "A high pollen count with asthma: exercise indoors today with the windows shut; keep taking your preventer and carry your reliever; if a thunderstorm comes, stay inside before and during it, and keep the effort moderate (thunderstorm asthma; GINA 2023).",
        [MR_RULE_AFTER_LOW] = "A low earlier today, treated, and the reading back above 90: exercise is fine at a moderate effort, not hard; eat 15-30 g of carbohydrate before if you are under 125 mg/dl (7 mmol/l), check before, every 30 minutes and for hours after (a low in the last day makes another likelier and harder to feel), and carry fast sugar (ADA 2016).",
        [MR_RULE_DOCTOR_LIMIT] = "Your doctor cleared walking (and light exercise): keep to that, at an effort where you can talk easily, and ask at your next visit before adding anything harder or new.",
        [MR_RULE_CRASH_DIET] = "Do not cut weight by skipping meals, training in a sauna or sweat suit, or spitting: it risks fainting, dehydration and heat illness, and the weight that comes off is water that comes straight back: eat regular meals with protein and vegetables, drink water, and aim to lose about 0.5-1 kg a week; no more than moderate effort until you are eating (ACSM 2009; ACSM 2007).",
        [MR_RULE_HEART_COLD] = "Heart disease in hard cold: cold air and wind raise your blood pressure and your heart's work and can bring on angina, so exercise indoors today (a treadmill, a mall, a bike or cross-trainer). If you must go out, warm up indoors first, cover your mouth and nose with a scarf, and stop for any chest discomfort (ACSM 2006).",
        [MR_RULE_KIDNEY] = "Chronic kidney disease: regular moderate activity helps (walking, cycling, light strength work 2-3 days a week), building up to 150 minutes a week. New swelling, breathlessness or much less urine: see your kidney doctor before exercising (KDIGO 2024; ACSM).",
        [MR_RULE_EPILEPSY] = "Epilepsy: exercise is good for you and seldom brings on a seizure; swim only where a lifeguard or a companion knows about your epilepsy, climb and cycle away from traffic with someone else, and skip training after a seizure, a missed dose or a night without sleep (ILAE, Capovilla et al. 2016).",
        [MR_RULE_DIAGNOSIS] = "A condition you mention is one this advisor has no specific rule for: today stays at moderate at most. Ask your doctor what exercise suits it before doing more, and stop if anything feels unusual (ACSM pre-participation screening).",
        [MR_RULE_WHEELCHAIR] = "Wheelchair user: arm-crank or upper-body circuits, strength with bands or dumbbells, swimming; balance the pushing muscles with pulling ones (rows, band pull-aparts) to look after your shoulders, and check your skin after long sessions (ACSM).",
        [MR_RULE_COPD] = "COPD: moderate at most, set by your breathing: you should be able to speak in short sentences (breathlessness 3-4 of 10); walk or ride in bouts of 3-5 minutes with a minute or two of rest if you need them, breathing out slowly through pursed lips. Use your inhalers as prescribed (a reliever before exercise if your doctor advises it). Stop and call your doctor if you are much more breathless than usual or bring up more or discoloured phlegm; chest pain, blue lips or breathlessness that rest does not ease: call emergency services (911 in the US and Canada, 999 in the UK, 112 in Europe) (ACSM 2021; GOLD 2024).",
        [MR_RULE_STRAIN] = "A pulled muscle: no running, sprinting or stretching into pain until it settles; easy walking, cycling and gentle strength only within what does not hurt, a little more each day. If you could not walk on it, it is badly bruised, or it has not improved in a week, have it checked (PEACE & LOVE, BJSM 2020).",
        [MR_RULE_POTS] = "POTS: start with exercise done seated or lying down (a recumbent or stationary bike, a rowing machine, swimming, floor exercises), short sessions built up over weeks, and only later upright work. Drink fluids and take salt as your doctor advises, stand up slowly, go by feel (RPE 11-13) rather than heart rate, and sit or lie down at once if you feel light-headed; fainting: see your doctor (Fu and Levine 2018; HRS expert consensus, Sheldon et al. 2015).",
        [MR_RULE_LINE] = "A PICC line (or another line or port in use) in place: no swimming, baths or hot tubs until it is out, since the dressing must stay dry (infection); no heavy lifting or vigorous arm work with that arm, and keep the dressing covered in the shower. Walking, the stationary bike and gentle legs and core work are fine. Redness, swelling or pain at the line, or a fever of 38 C or more: call your cancer team's 24-hour line now (Macmillan; NHS PICC guidance).",
        [MR_RULE_PLATELETS] = "Platelets low (under 100): bleeding and bruising come easily, so easy walking, gentle stretching, yoga or tai chi only, no running, heavy lifting, straining, contact or anything you could fall from, until a new count is back over 100 and your doctor agrees. New bruises, bleeding gums or nose, black stools, or a fever: see a doctor today (ACSM, Campbell et al. 2019; WHO dengue guidelines 2009).",
        [MR_RULE_HEAT_ILLNESS] = "Confusion, unsteadiness or sweating that stopped in the heat are the warning signs of heat stroke, and urine dark like cola with very sore muscles after a long or hot effort can be muscle breakdown (rhabdomyolysis) that harms the kidneys: no exercise, drink water steadily, and see a doctor today for a blood and urine test; if you are confused now, very drowsy, or cannot pass urine, call emergency services (ACSM 2007; O'Connor et al. 2020).",
        [MR_RULE_POSTNATAL_IMPACT] = "After a birth (a caesarean too), running and jumping wait until at least 12 weeks and until there is no leaking, heaviness or pain in the pelvis: until then walk, ride the stationary bike, swim once the bleeding has stopped, and do pelvic floor exercises every day; a pelvic health physiotherapist can check you are ready (Goom, Donnelly & Brockwell 2019).",
        [MR_RULE_HEART_CHECK] = "Fainting, blacking out or greying out during or just after exercise, even once and weeks ago, is the warning sign that most needs the heart checked, more so with a relative who has an inherited heart condition or died suddenly young: no exercise until a doctor has checked your heart (an ECG, and an echo or a cardiologist as they decide); low blood sugar, the heat or a missed meal is not the explanation until then. Book it now rather than waiting; chest pain, a racing heart or another faint means emergency services (ESC 2020 sports cardiology; AHA/ACC 2020 HCM).",
        [MR_RULE_IVF] = "During an IVF cycle: through stimulation and for a week or two after egg collection the ovaries are enlarged, so no running, jumping, twisting or heavy lifting (an ovary can twist); walking, the stationary bike at an easy pace and gentle stretching are fine. After the transfer, light to moderate activity such as walking is fine and bed rest does not help the embryo implant; keep hard or high-impact training for after the test, and follow your fertility clinic's instructions. Sudden severe pain low in the belly, a swollen belly with breathlessness, or vomiting: call your clinic or doctor today (ASRM 2016 OHSS; ESHRE 2023).",
        [MR_RULE_FAMILY_HEART] = "A parent, brother, sister or child with an inherited heart condition (hypertrophic cardiomyopathy, long QT and others) or who died suddenly young: you should be screened too (an ECG and an echo, with a cardiologist), and until then keep to moderate effort by the talk test, with no maximal sprints, races or heavy lifting. Fainting, chest pain or a racing heart in exercise: stop, and see a doctor before exercising again (AHA/ACC 2020 HCM; ESC 2020 sports cardiology).",
        [MR_RULE_TOLD_NOT] = "What your doctor, surgeon or physio told you not to do stays out until they clear it, whatever a general plan says: their instructions know your case. Ask them at your next visit what you can add and how to build back up (ACSM's Guidelines, 11th ed., 2021).",
        [MR_RULE_BONE_STRESS] = "A stress fracture still healing: no running, jumping, brisk walking for exercise or the elliptical until your surgeon clears it, even when walking no longer hurts (the bone is weakest as it remodels). Keep fit in the pool (swimming, deep-water running with a belt) and on the stationary bike if it is pain-free, at a moderate effort; upper-body and core strength are fine. Return to running is a graded walk-run plan once cleared (Warden et al. 2014).",
        [MR_RULE_POSTNATAL_INFECTION] = "In the weeks after a birth, a caesarean wound that is red or weeping, bleeding (lochia) that is heavier again or smells bad, or a fever (even one a painkiller has brought down) can be an infection of the wound or the womb: no exercise today, and see your GP, midwife or maternity unit today. Fever with shivering, feeling very unwell, a racing heart or worse pain in the tummy: call emergency services now (NICE NG194, 2021).",
        [MR_RULE_OHSS] = "In the days after an egg collection, bloating that keeps growing, a few kilos put on in days, less urine and breathlessness lying down are signs of ovarian hyperstimulation syndrome (OHSS), more than ordinary bloating. No exercise today: call your fertility clinic today and tell them each of these; if you cannot reach them, go to the emergency department today. Breathless at rest, chest pain, one swollen painful leg or hardly any urine: call emergency services now. Keep sipping fluids (RCOG Green-top 5, 2016).",
        [MR_RULE_PREVIA] = "Placenta praevia (a low-lying placenta): nothing strenuous, no swimming laps, exercise classes, strength work, lifting or straining, only gentle walking on the flat; from 26 weeks no exercise beyond everyday moving about, and your obstetrician's own limits come first, so ask at the next check exactly what is allowed. Any bleeding, even painless and light, pain or tightenings: stop, lie down and go to hospital now; heavy bleeding: call emergency services (ACOG 2020).",
        [MR_RULE_MULTIPLE] = "Twin (or more) pregnancy: exercise still helps, at a moderate effort by the talk test and no longer than you are used to; from 28 weeks with twins, and all through with triplets or more, keep to light, short sessions (walking, a stationary bike, swimming, stretching, prenatal yoga) and only what your obstetrician agrees; rest when you tire. Early labour is more common with twins: regular tightenings or period-like pains, a low backache that comes and goes, pressure low down, fluid or bleeding mean stop and call your maternity unit now (SOGC/CSEP 2019 Canadian pregnancy guideline; ACOG 2020).",
        [MR_RULE_WORN_OUT] = "Tired all the time (falling asleep in class or at work) while training most days is the first sign that training has outrun recovery; more training will not fix it, rest will. Today nothing extra: 20 easy minutes at most (a walk, stretching) or rest, and an early night (teenagers need 8-10 hours). This week keep 1-2 days with no training and tell the coach. Still tired after a lighter week or two, losing weight, pale or often ill: see a doctor (blood count, iron) (Meeusen et al. 2013, ECSS/ACSM; AAP, Brenner 2007).",
        [MR_RULE_CRISIS] = "What you wrote matters more than any workout: no exercise today. If you are thinking of ending your life or hurting yourself, reach out now: a crisis line (US and Canada 988; UK and Ireland Samaritans 116 123; Australia 13 11 14; elsewhere your local line), your doctor today, and someone near you; do not stay alone tonight. If you might act on it or are hurt, call emergency services. Exercise can help later, with support (WHO mhGAP 2019).",
        [MR_RULE_MED_TOXIC] = "These signs with your medicine can mean it has built up to a toxic level or is interacting with another: no exercise today, and get urgent medical care now (an emergency department or urgent care, or call emergency services if you are confused, very unsteady or getting worse). Take your medicines or their boxes with you, and do not take the next dose until a doctor has seen you.",
        [MR_RULE_DYSREFLEXIA] = "Autonomic dysreflexia until shown otherwise (a spinal cord injury at T6 or above with a pounding headache, flushing, sweating above the injury or a pressure far above usual): an emergency. Sit upright with your legs down, loosen anything tight, check the bladder first (empty it; a kinked catheter or a full bag), then the bowel and skin, and recheck the pressure every few minutes. If it does not come down fast, call emergency services and say autonomic dysreflexia. No exercise today (Consortium for Spinal Cord Medicine 2001).",
        [MR_RULE_CRASH] = "In a crash after doing too much (post-exertional malaise, with ME/CFS or long COVID), rest is the treatment: no exercise session today, not even a short walk or yoga. Lie down in a dim, quiet room if light and noise hurt, keep to the essentials, eat and drink, and let the crash pass. Afterwards, build up with pacing, a little less than you can do, and never push through; friends who say more exercise will cure it are wrong for ME/CFS. Your doctor should know about a crash that lasts, and a fever or new symptoms need one (NICE NG206, 2021).",
        [MR_RULE_PRESSURE_SORE] = "Skin that stays red after the pressure is off (press it: it does not go white), a blister or broken skin is the start of a pressure injury. On a stump: no running or treadmill; keep the prosthesis off until the redness has gone, train without the prosthesis (seated or lying upper-body and core work, the other leg), and see your prosthetist this week to adjust the socket. Over the tailbone or a sit bone in a wheelchair: keep all pressure off it (lie on your side, pressure-relief lifts every 15-30 minutes), and show it to your nurse or doctor today (NPIAP/EPUAP 2019).",
        [MR_RULE_GUT_BLOOD] = "Blood in the stools, above all with diarrhoea many times a day (a flare of colitis or Crohn's, or an infection), needs a doctor: no exercise today; call your IBD nurse or specialist, or your doctor, today, and keep drinking. Six or more bloody stools a day with a fever, a racing heart, dizziness or bad tummy pain: go to an emergency department now (BSG 2019 IBD guideline).",
        [MR_RULE_HYPO_SEVERE] = "A low that does not come up after sugar, or one with confusion, slurred speech or drowsiness, is a severe hypo: no exercise today, and do not leave the person alone. If they can swallow safely, 15-20 g of fast sugar again now and recheck in 15 minutes; if they cannot swallow, are drowsy or fitting, or it is still low after a third treatment, give glucagon if you have it and call emergency services. Once it is up, a starchy snack, and tell the diabetes team today: the insulin may need changing (ADA 2024).",
        [MR_RULE_RAIN_RUN] = "Rain: running outside is fine for a practised runner. Wear shoes with grip, shorten your stride on bends and slopes, and watch painted lines, metal covers and wet leaves; wear something bright or reflective, a light shell against the wind, and change out of wet clothes straight after. The bike waits for a dry day or goes indoors (braking and being seen are worse in the rain).",
        [MR_RULE_MS_RELAPSE] = "With MS, numbness, weakness, poorer balance or sight going (often with pain moving the eye) that is new, has lasted over a day and has no heat or fever to explain it can be a relapse: no training today, and call your MS nurse or neurologist today. Sight going fast, or new weakness with slurred speech or a drooping face: emergency services now (NICE NG220, 2022).",
        [MR_RULE_SEIZURE] = "A seizure today or last night: no exercise today, rest and sleep; take your medicine as prescribed (a missed dose and lost sleep are common triggers), and tell your GP, neurologist or epilepsy nurse about this breakthrough seizure today. Nothing in water, at heights or on a bike until they say so, and swim only with someone who knows. A seizure lasting more than 5 minutes, one after another, or an injury: call emergency services (NICE NG217, 2022).",
        [MR_RULE_HEAT_STRAIN] = "A headache, cramps or nausea after hours in this heat are the first signs of heat exhaustion: get somewhere cool now, drink water with some salt (an electrolyte drink, not soda), and keep today to something light and short indoors, or rest; the hard session waits for a cool morning. Confusion, vomiting, fainting, or a headache that gets worse: call emergency services (ACSM 2007; NATA 2015).",
        [MR_RULE_MANIA] = "Nights with little sleep and a rush of energy after stopping lithium (or another mood stabiliser), or with bipolar disorder, can be the start of a manic episode: call your psychiatrist, prescriber or doctor today and tell them about the medicine and the sleep; do not stop or restart it on your own. No races, long or hard sessions until then: a short easy walk, and rest and sleep first. If you feel out of control or unsafe, call a crisis line or emergency services (NICE CG185).",
        [MR_RULE_GI_BLEED] = "Black, tarry stools (or vomiting blood or what looks like coffee grounds) can be bleeding in the stomach or gut, likelier on ibuprofen, aspirin or a blood thinner: stop the ibuprofen or aspirin, no exercise, and see a doctor or an emergency department today. Dizziness, fainting, a racing heart or more blood: call emergency services now (NICE CG141).",
        [MR_RULE_GOUT] = "A gout flare in the foot: no walking, running or cycling for exercise until it settles (weight and the pedals press on the joint). Ice it through a cloth (15-20 minutes at a time), keep it raised, start your flare treatment early, drink plenty of water, no alcohol. Until then, easy seated upper-body work, stretching or yoga off the foot, or the pool if it does not hurt. A first attack, a fever or feeling unwell: see a doctor today (an infected joint looks the same). Once settled, walking and regular exercise, with weight loss, make flares rarer (ACR 2020 gout guideline; NICE NG219).",
        [MR_RULE_FOOT_WOUND] = "A cut, blister or sore on the foot with diabetes, more so on a numb foot, can become an ulcer or an infection without hurting: keep your weight off it (no walking or running for exercise) and keep it out of water until it has healed; seated and upper-body exercise is fine. Have it seen today by a doctor or podiatrist if it weeps, has pus, or is red, warm or swollen; check both feet every day (ADA 2016; IWGDF 2023).",
        [MR_RULE_EAR] = "An ear infection: no swimming until it has healed, and keep the ear dry; exercise on land is fine if you feel well. See a doctor if it is very painful, discharges, or comes with a fever (AAO-HNS 2014).",
        [MR_RULE_HACE] = "Unsteady walking, confusion or unusual drowsiness at altitude (the brain swelling, HACE), or breathlessness at rest (fluid on the lungs, HAPE), is a life-threatening emergency: go down now, at least 300-1,000 m, with someone (never alone, never higher), and get help (mountain rescue or emergency services); do not wait for morning or for it to pass, and no painkiller to push on. Oxygen, and dexamethasone or nifedipine, as a doctor or your expedition's kit provides (WMS, Luks et al. 2019).",
        [MR_RULE_AMS] = "A headache at altitude with nausea, poor appetite, dizziness or exhaustion is acute mountain sickness (altitude sickness): no exercise and go no higher today, rest, drink, and wait until it has gone; a painkiller may ease the headache but does not treat it. If it gets worse, or you are breathless at rest, confused or unsteady, go down now and get help (call emergency services) (WMS 2019).",
        [MR_RULE_ICD_SHOCK] = "Your ICD (implanted defibrillator) fired: call your device clinic or cardiologist today, even though you feel fine, so they can read the device and find out why; no exercise until they have. More than one shock in a day, or a shock with chest pain, breathlessness or a faint: call emergency services now (911 in the US and Canada, 999 in the UK, 112 in Europe) (HRS 2015).",
        [MR_RULE_CAUDA_EQUINA] = "Back pain with numbness around the bottom, genitals or inner thighs (the saddle area), or new trouble passing urine or holding it or your bowels, perhaps with pain or weakness in both legs, can mean the nerves at the base of the spine are being squeezed (cauda equina syndrome), a surgical emergency: go to an emergency department now, today, not at the next appointment; no exercise (NICE CKS sciatica; GIRFT 2023).",
        [MR_RULE_FALLS_SNOW] = "Rain or snow underfoot, and a fall would cost you more than most: walk indoors today (a corridor, a shopping centre, a treadmill with rails) or use a stationary bike; outside only on cleared, dry paths with someone beside you (WHO 2021 falls prevention).",
        [MR_RULE_STROKE] = "After a stroke: moderate at most, by feel (RPE 11-13); choose stable ground and things you cannot fall from (walking with your stick, a stationary bike, seated strength, tai chi holding on). Stop and call for help at once if a new weakness, numbness, a drooping face, slurred speech or a sudden severe headache appears (AHA/ASA 2014).",
    };
    static const char *zh[MR_RULE_COUNT] = {
        [MR_RULE_EMERGENCY_BP] = "血压达到或超过180/110 mmHg：今天不要运动。如果在吃降压药，按医嘱吃平常的剂量，不要为了补上而加倍（药吃完了或漏服了，今天就找医生或药房）；安静坐5分钟后再测一次；仍然这么高，今天就联系医生；如果伴有胸痛、气短、剧烈头痛、视物模糊或肢体无力，请立即就医（ACSM；AHA 2017）。",
        [MR_RULE_SYM_CHEST] = "胸痛、胸闷或胸口发紧（或疼痛放射到手臂、下颌、脖子）：今天不要运动。如果疼痛剧烈、持续几分钟以上，或伴有气短、出汗、恶心，请立即拨打120；否则先就医再恢复运动（ACSM）。",
        [MR_RULE_SYM_DIZZY] = "头晕或晕倒：今天不要运动。请坐下或躺下，喝点水，今天就去看医生；晕倒、差点晕倒或头晕时心跳很快，可能是心脏的问题：如果伴有胸痛、气短或心跳一直停不下来，请拨打120，身边不要没人。查明原因之前，不做晕倒会有危险的运动：不游泳、不在马路上骑车、不攀爬，也不开车（ACSM）。",
        [MR_RULE_SYM_FEVER] = "发烧（38.0°C以上）：请休息、多喝水；退烧满一天后再运动（颈部检查法则）。超过39.5°C、持续三天以上，或伴有脖子发硬、呼吸困难，请看医生。",
        [MR_RULE_SYM_BREATH] = "静息或轻微活动就气短：今天不要运动；请就医，加重时尽快就诊（ACSM）。",
        [MR_RULE_SYM_PALPITATIONS] = "心跳过快、心慌或心律不齐（休息时，或者运动中远超这个强度该有的心跳，比如骑车、跑步、游泳时）：今天不要运动；今天就去看医生；如果伴有胸痛、晕倒、气短，或一直停不下来，请拨打120（ACSM）。",
        [MR_RULE_SYM_ILLNESS] = "颈部以下的急性不适（流感、全身酸痛、呕吐、腹泻、胸部充血）：请休息、多喝水，痊愈后再运动（颈部检查法则）；症状重或几天不见好，请看医生。打卡可以暂停：发烧或病毒感染时硬练会伤心脏。",
        [MR_RULE_SYM_PREGNANCY] = "孕期危险信号（出血、宫缩、流液、小腿疼痛或肿胀、剧烈头痛或呕吐、胎动比平时少）：立即停止运动，现在就打电话给产科医生、助产士或产房；出血、流液，或37周前宫缩变得规律，现在就去医院；胎动减少也要现在就去医院听胎心，不要等到明天，也不要靠出去走走把宝宝“叫醒”；大出血或剧痛请拨打120（ACOG 2020；RCOG胎动减少指南57号）。",
        [MR_RULE_HYPERGLYCAEMIA_SYMPTOMS] = "血糖高并伴有口渴、尿多、视物模糊、恶心或身体不适：不要运动；今天请检查酮体并联系你的糖尿病医生。家里没有酮体试纸就今天去药店买，或去诊所查。酮体中度以上、呕吐、呼吸急促或嗜睡，请立即去急诊或拨打120：可能是酮症酸中毒（ADA 2016；Kitabchi 等 2009）。",
        [MR_RULE_MISSED_MEDS] = "你漏服了药物：请按医嘱吃平常的剂量，不要为了补上而加倍（药吃完了的话，今天就找医生或药房续上），运动前复测血压（或血糖），今天只做轻度活动。",
        [MR_RULE_BP_HEADACHE] = "高血压伴头痛：请先测血压；达到180/110以上，或伴视物模糊、意识不清时请就医；否则今天只做轻度活动（AHA 2017）。",
        [MR_RULE_COLD_ABOVE_NECK] = "颈部以上的感冒症状（流鼻涕、打喷嚏、轻微嗓子疼）：只做轻度活动；如果蔓延到胸部或发烧，请休息（颈部检查法则）。",
        [MR_RULE_UNSURE] = "你的备注里有我们无法确定的情况：今天的安排比较温和。如果是疼痛，加重时请停止并就医检查。",
        [MR_RULE_HYPERTENSION] = "高血压：保持中等强度；进行高强度运动前请先获得医生许可。中等重量的力量训练有益：用力时呼气，不要憋气（憋气会让血压骤升）（ACSM）。",
        [MR_RULE_HEART] = "心脏病：除非医生允许，只做中等强度运动；热身和放松各10分钟；出现胸痛、胸闷、异常气短、头晕或心跳不齐，立即停止并就医；胸痛休息几分钟还不缓解，拨打120（ACSM；AHA）。",
        [MR_RULE_GLUCOSE_LOW] = "血糖低于5.0 mmol/L（90 mg/dl，运动中容易低血糖）：先补充15-30克碳水化合物（一根香蕉、一杯果汁或葡萄糖片），15分钟后复测，高于5.0再开始；随身带糖，强度不超过中等（ADA 2016）。",
        [MR_RULE_GLUCOSE_HYPO] = "低血糖（低于3.9 mmol/L即70 mg/dl，或有心慌、手抖、出冷汗）：先吃15-20克快速吸收的糖，15分钟后复测，回到5.0 mmol/L以上且感觉正常后再做轻度活动；如果持续下降或意识模糊，请立即求助（ADA 2016）。",
        [MR_RULE_GLUCOSE_HIGH] = "血糖13.9-19.4 mmol/L（250-349 mg/dl）：请检查酮体；不要做高强度运动（ADA 2016）。",
        [MR_RULE_GLUCOSE_VERY_HIGH] = "血糖19.4 mmol/L（350 mg/dl）及以上：只做轻到中等强度运动（ADA 2016）。",
        [MR_RULE_PREGNANCY] = "孕期：以说话测试保持中等强度；避免对抗性、易摔倒的运动和热瑜伽，孕早期后避免长时间仰卧（核心练习改为侧卧、坐姿或站姿）；和产科医生保持沟通。如果出现阴道出血、流液、规律的宫缩痛、头晕或要晕倒、胸痛、剧烈头痛、小腿疼痛或肿胀、运动前就气短，立即停止并联系医生；大量出血或剧痛拨打120（ACOG 2020，WHO）。",
        [MR_RULE_JOINT] = "关节受伤或腰痛：只做低冲击运动；如有疼痛请咨询医生。",
        [MR_RULE_LEG] = "腿或脚有说不准的不适（发紧、按着疼、酸痛）：今天只做低冲击运动，不跑不跳。如果按骨头就疼（可能是应力性骨折的开始），小腿肿胀、发热或发红（可能是血栓，当天就医），或者明天更重，请去检查（NICE NG158）。",
        [MR_RULE_AQI_SENSITIVE] = "空气质量对敏感人群不健康（AQI 101-150），你的年龄或身体情况属于敏感人群：避免户外剧烈运动，以走代跑。在室内练要关好窗，有空气净化器就打开（烟尘也会进到室内），出现喘鸣、咳嗽或胸闷就停下；等AQI降到100以下再回户外（美国EPA AQI；EPA山火烟雾指南2019）。",
        [MR_RULE_AQI_ALL] = "空气质量不健康（AQI 151-200）：请在室内运动，强度不超过中等（烟尘也会进到室内）；户外最多轻松散步（美国EPA AQI）。",
        [MR_RULE_AQI_UNHEALTHY_SENSITIVE] = "空气质量不健康（AQI 151-200），你属于敏感人群：今天不要在户外运动，改在室内、关好窗，强度不超过中等（美国EPA AQI）。",
        [MR_RULE_AQI_VERY] = "空气质量非常不健康（AQI 201-300）：请在室内关窗运动，强度不超过中等，尽量少在户外停留（美国EPA AQI）。",
        [MR_RULE_AQI_VERY_SENSITIVE] = "空气质量非常不健康（AQI 201-300），你属于敏感人群：今天不要进行任何户外活动；在室内关好窗，有净化器就打开，做些轻柔的活动（美国EPA AQI）。",
        [MR_RULE_AQI_HAZARD] = "空气质量危险：不要进行任何户外活动（美国EPA AQI）。",
        [MR_RULE_HEAT] = "天气炎热：避免户外高强度运动，多喝水、多休息（NWS酷热指数，ACSM）。",
        [MR_RULE_HEAT_DANGER] = "高温危险：今天不要在户外运动。改在有空调的室内、强度不超过中等，或改到清晨凉快时；运动前、中、后都要喝水（NWS酷热指数，ACSM 2007）。",
        [MR_RULE_COLD] = "严寒（风寒温度低于-27°C，30分钟内就可能冻伤）：不要在户外运动，改在室内（ACSM 2006）。",
        [MR_RULE_ASTHMA_COLD] = "寒冷干燥的空气可能诱发哮喘：今天请在室内运动，热身10-15分钟循序渐进，随身带好缓解药（急救吸入剂，如沙丁胺醇；医生让你运动前用的，就在运动前15分钟吸）。",
        [MR_RULE_THUNDER] = "有雷声：请到室内，离开水里（包括泳池）；最后一声雷响30分钟后再恢复（30-30规则，美国国家气象局防雷指南）。",
        [MR_RULE_SLIPPERY] = "下雨、下雪或结冰，地面湿滑：避免户外跑步和骑车，今天在室内更安全。",
        [MR_RULE_ACUTE_SPRAIN] = "新伤（刚扭伤、肿着）：头几天只做不负重的运动（游泳、不疼的话骑室内单车、坐着练力量）；日常走路以不加重疼痛为限。肿得厉害、越来越疼或走不了四步，请去医院检查（Vuurberg等，2018）。",
        [MR_RULE_ACUTE_BACK] = "腰背这几天刚受伤：温和地活动（轻松散步、在不疼的范围内做活动度练习）；先不要负重、不要跑步，等它缓解。以疼痛为准；如果腿痛、发麻、无力或排尿困难，请立即就医（ACP 2017）。",
        [MR_RULE_RECOVERED] = "病后恢复：强度不超过中等，几天内循序渐进，从平时的七成左右开始；如果又发烧或浑身酸痛，停下休息（颈部检查法则）；新冠、流感等感染之后如果出现胸痛、心慌或与运动量不相称的气短，立即停止并就医（警惕心肌炎）。",
        [MR_RULE_SEE_TODAY] = "一条小腿又肿又痛（长途飞行或坐车后、产后、手术或打石膏后，或明显比另一条粗），可能是血栓；脚踝肿又气短（躺平就喘，或爬楼新出现的喘），可能是心脏或肾脏的问题导致积液：今天不要运动，今天就去看医生（不要跑步“活动开”，也不要按摩）。如果突然喘不上气、胸痛或咳血，立即拨打120。",
        [MR_RULE_CONCUSSION] = "脑震荡还没被医生放行：只做低强度活动，而且以不引起或加重头痛、头昏、头晕为限（出现就停）；不做可能摔倒或碰撞头部的运动（不骑车上路、不跑步、不做对抗），等医生放行（柏林共识2017）。",
        [MR_RULE_CHEMO] = "正在抗癌治疗：最多中等强度，按当天的感觉来；白细胞低时避开游泳池和人多的健身房。发烧（体温38°C或以上）就立即停止并联系你的肿瘤科（ACSM 2019；美国癌症协会）。",
        [MR_RULE_ALTITUDE] = "刚到高海拔的头几天：轻松一点、时间短一点，多喝水。头痛伴恶心、头晕或异常疲倦是高原反应：休息，不要再往高处走；静息也喘或神志不清，要往低处走并求助（WMS 2019）。",
        [MR_RULE_BP_CRISIS_SIGNS] = "血压180/110以上，你又写了头痛：这是高血压急症的警示信号，请现在就去就医（拨打120，或请家人送你去急诊，不要自己开车）；等待时安静坐着再量一次，把两次读数都告诉医生；如果漏服了降压药，要告诉医生，不要自己加倍补吃。今天不要运动（AHA 2017）。",
        [MR_RULE_HEAD_INJURY] = "头部撞击后，如果在吃抗凝药（如华法林、利伐沙班、阿哌沙班），或者出现糊涂、呕吐、嗜睡、抽搐，或者年龄在65岁以上，即使本人说没事，也要现在就去医院检查（做CT）：去急诊或拨打120，身边不要离人。今天不要运动（NICE头部损伤指南NG232）。",
        [MR_RULE_STERNOTOMY] = "开胸做心脏手术后，胸骨要6-12周才能长好：在外科医生或心脏康复团队同意之前，不要游泳，不要提超过几公斤的东西，手臂不要用力推拉；这段时间靠走路（或固定单车）慢慢恢复，参加心脏康复是最好的下一步（AHA/AACVPR）。",
        [MR_RULE_JOINT_REPLACED] = "换过髋关节或膝关节：以后都选低冲击运动（走路、骑车、伤口愈合后游泳、椭圆机，练髋部和大腿的力量）；不要跑跳，冲击会磨损人工关节（AAOS；Swanson 2009，Healy 2008）。换了髋关节的，在医生放开之前：髋部不要弯过直角、不要跷二郎腿或盘腿、不要在这条腿上扭转（不做深蹲、不坐矮凳、不做深度瑜伽体式）。出现新的疼痛、肿胀、发热或发烧，请找手术医生。",
        [MR_RULE_KNEE_REPLACED] = "换过膝关节：以后都选低冲击运动（走路、骑车、伤口愈合后游泳、椭圆机，练大腿和髋部的力量）；不要跑跳，冲击会磨损人工关节（AAOS；Swanson 2009，Healy 2008）。每天练膝盖的弯曲和伸直（固定单车很合适，座位调到蹬到最低点时膝盖只微微弯曲）；跪下的感觉可能几个月都怪怪的，垫个软垫跪不会伤到它。出现新的疼痛、肿胀、发热或发烧，请找手术医生。",
        [MR_RULE_STROKE_SIGNS] = "突然嘴歪、一侧胳膊或半边身子没劲或发麻、说话不清或说不出话、一只眼睛看不见，或者突然出现从来没有过的剧烈头痛，可能是中风；如果已经缓过来了，可能是“小中风”（短暂性脑缺血发作），常常是中风的前兆：现在就拨打120，即使已经感觉没事了；记下开始的时间，不要自己开车，今天不要运动（FAST识别；NICE NG128；AHA/ASA 2019）。",
        [MR_RULE_POLLEN_ASTHMA] = "花粉浓度高，又有哮喘：今天在室内运动、关好门窗；控制药照常用，急救吸入剂带在身边；如果有雷雨，雨前雨中待在室内，强度不超过中等（雷暴哮喘；GINA 2023）。",
        [MR_RULE_AFTER_LOW] = "今天早些时候低过血糖、已经处理、现在回到90 mg/dl以上：可以运动，但不超过中等强度；低于125 mg/dl（7 mmol/l）先吃15-30克碳水化合物，运动前、运动中每30分钟和运动后几个小时都测一下（一天内低过一次，再低更容易、也更难察觉），随身带糖（ADA 2016）。",
        [MR_RULE_DOCTOR_LIMIT] = "医生允许的是走路（和轻度活动）：就按这个来，强度以能轻松说话为准；想加更强或新的运动，下次复诊时先问医生。",
        [MR_RULE_CRASH_DIET] = "不吃饭还练得很猛，或者穿暴汗服、桑拿服出汗减重，容易晕倒、脱水和中暑，掉的主要是水分，喝水就回来了：按时吃饭（有蛋白质和蔬菜），多喝水，每周减0.5-1公斤比较合适；在正常吃饭之前，运动最多中等强度（ACSM 2009；ACSM 2007）。",
        [MR_RULE_HEART_COLD] = "心脏病遇上严寒：冷空气和大风会升高血压、加重心脏负担，可能诱发心绞痛，今天请在室内运动（跑步机、商场里走、单车或椭圆机）。一定要出门的话，先在室内热身，用围巾遮住口鼻，胸口有任何不适就停下（ACSM 2006）。",
        [MR_RULE_KIDNEY] = "慢性肾病：规律的中等强度活动有好处（走路、骑车，每周2-3次轻量力量练习），逐步加到每周150分钟。如果新出现水肿、气短或尿量明显减少，先看肾内科再运动（KDIGO 2024；ACSM）。",
        [MR_RULE_EPILEPSY] = "癫痫：运动对你有好处，很少会诱发发作；游泳要在有救生员或知情的同伴陪同下进行，攀爬和骑行要有人同行、远离车流；刚发作过、漏服了药或一夜没睡的时候不要练（国际抗癫痫联盟，Capovilla等，2016）。",
        [MR_RULE_DIAGNOSIS] = "你提到的病情本建议没有专门的规则：今天最多中等强度。想练得更多之前，先问问医生适合做哪些运动；运动中有任何不寻常的感觉就停下（ACSM运动前筛查）。",
        [MR_RULE_WHEELCHAIR] = "轮椅使用者：手摇车或上肢循环训练、弹力带或哑铃力量练习、游泳；推的动作要配上拉的动作（划船、弹力带外拉）保护肩膀，长时间训练后检查皮肤（ACSM）。",
        [MR_RULE_COPD] = "慢阻肺：最多中等强度，以呼吸为准，能说短句（气喘程度0-10分中的3-4分）；需要时走或骑3-5分钟、歇1-2分钟交替，呼气时缩唇慢慢吐气。按医嘱用吸入剂（医生建议的话，运动前先用急救吸入剂）。如果比平时喘得明显厉害、痰变多或变色，停下并联系医生；胸痛、嘴唇发紫或休息也缓解不了的气喘，拨打120（ACSM 2021；GOLD 2024）。",
        [MR_RULE_STRAIN] = "肌肉拉伤：先不要跑、不要冲刺，也不要拉伸到疼；只在不疼的范围内轻松走路、骑车和做轻量力量练习，每天多一点。如果当时没法走路、淤青很重，或一周没有好转，请去看医生或康复师（PEACE & LOVE，BJSM 2020）。",
        [MR_RULE_POTS] = "体位性心动过速（POTS）：先从坐着或躺着做的运动开始（卧式或固定自行车、划船机、游泳、垫上练习），每次时间短，几周内慢慢加，以后再做站立的运动。按医生的建议多喝水、补盐；起身要慢；用自我感觉（RPE 11-13）而不是心率来把握强度；一觉得头晕就马上坐下或躺下，晕倒过要去看医生（Fu和Levine 2018；美国心律学会专家共识，Sheldon等2015）。",
        [MR_RULE_LINE] = "PICC管（或其他导管、输液港）还在身上：拔管之前不要游泳、泡澡、泡温泉，敷料必须保持干燥（防感染）；置管那只手臂不要提重物、不做用力的上肢运动，洗澡时把敷料包好。散步、固定单车、轻柔的下肢和核心练习都可以。置管处发红、肿、疼，或者体温38°C以上：马上打肿瘤科或化疗中心的24小时电话（Macmillan；NHS PICC护理指引）。",
        [MR_RULE_PLATELETS] = "血小板低（低于100）：容易出血、淤青，只做轻松散步、轻柔拉伸、瑜伽或太极；不跑步、不举重、不憋气用力、不做有碰撞或可能摔倒的运动，等复查血小板回到100以上、医生同意后再加。新出现淤青、牙龈或鼻子出血、黑便或发烧：今天就去看医生（ACSM，Campbell 2019；WHO登革热指南2009）。",
        [MR_RULE_HEAT_ILLNESS] = "热天里人发糊涂、走不稳，或者不再出汗，是中暑（热射病）的危险信号；长时间或高温下用力之后，尿色像可乐一样深、肌肉特别酸痛，可能是横纹肌溶解，会伤肾：今天不运动，小口多次喝水，今天就去看医生验血验尿；如果现在还糊涂、特别嗜睡或尿不出来，拨打120（ACSM 2007；O'Connor等 2020）。",
        [MR_RULE_POSTNATAL_IMPACT] = "产后（剖腹产也一样），跑步和跳跃至少等到产后12周，并且没有漏尿、下坠感和盆腔疼痛再开始：在那之前先走路、骑固定单车，恶露干净后可以游泳，每天做盆底肌训练；可以请盆底康复师评估是否准备好（Goom, Donnelly & Brockwell 2019）。",
        [MR_RULE_HEART_CHECK] = "运动中或刚运动完晕倒、眼前发黑或差点晕倒，哪怕只有一次、哪怕是几周前，都是最需要查心脏的警示信号；如果家里有人有遗传性心脏病或年纪轻轻猝死，更是如此：在医生检查过心脏（心电图，需要时做心脏彩超或看心内科）之前不要运动；在那之前，不能把它归因于低血糖、天热或没吃饭。现在就预约，不要拖；胸痛、心跳很快或再次晕倒，拨打急救电话（ESC 2020运动心脏病学指南；AHA/ACC 2020肥厚型心肌病指南）。",
        [MR_RULE_IVF] = "试管周期中：促排期间和取卵后一两周，卵巢是增大的，不要跑步、跳跃、扭转身体或搬重物（卵巢可能扭转）；散步、轻松地骑固定单车、温和的拉伸都可以。胚胎移植后，散步这类轻到中等强度的活动没问题，一直躺着并不能帮助着床；剧烈或有冲击的训练等验孕之后再说，并遵照生殖中心医生的安排。下腹突然剧痛、肚子胀得厉害又喘不上气、呕吐：今天就联系生殖中心或医生（ASRM 2016；ESHRE 2023）。",
        [MR_RULE_FAMILY_HEART] = "父母、兄弟姐妹或子女有遗传性心脏病（肥厚型心肌病、长QT综合征等），或年纪轻轻猝死：你也应该做筛查（心电图和心脏彩超，看心内科）；在筛查之前，运动保持中等强度（还能说话的程度），不要全力冲刺、比赛或大重量力量训练。运动中晕倒、胸痛或心跳很快：马上停下，再运动之前先看医生（AHA/ACC 2020肥厚型心肌病指南；ESC 2020运动心脏病学指南）。",
        [MR_RULE_TOLD_NOT] = "医生、手术医生或康复师说过暂时不要做的运动，在他们同意之前都不做，不管一般的计划怎么安排：他们最了解你的情况。下次复诊时问清楚可以加什么、怎样一步步恢复（ACSM运动测试与处方指南第11版，2021）。",
        [MR_RULE_BONE_STRESS] = "应力性（疲劳性）骨折还在愈合：骨科医生放行之前，不跑、不跳、不做快走、不用椭圆机，走路不痛了也一样（骨头在重建时最弱）。用游泳、深水跑（系浮力带）和不痛的室内单车保持体能，中等强度；上肢和核心力量可以练。医生放行后再按走跑交替计划一步步恢复跑步（Warden等，2014）。",
        [MR_RULE_POSTNATAL_INFECTION] = "产后几周里，剖腹产刀口发红、渗液，恶露又变多或有异味，或者发烧（吃了退烧药压下去的也算），都可能是刀口或子宫的感染：今天不要运动，今天就去看产科、回分娩的医院或找社区医生。发烧伴寒战、整个人很不舒服、心跳很快或肚子越来越痛，马上拨打急救电话（英国NICE NG194，2021）。",
        [MR_RULE_OHSS] = "取卵后几天里肚子越来越胀、体重几天内涨了好几斤、尿变少、躺下气短：这些是卵巢过度刺激综合征（OHSS）的信号，不只是普通的腹胀。今天不要运动，今天就给生殖中心打电话，把这几点都说出来；联系不上就今天去急诊。静息也喘、胸痛、一条腿肿痛或几乎没有尿，马上拨打急救电话。少量多次喝水（RCOG 2016）。",
        [MR_RULE_PREVIA] = "前置胎盘（胎盘位置低）：不做剧烈运动，不游泳锻炼、不上运动课、不做力量训练，不提重物、不憋气用力，只在平路上慢慢散步；孕26周以后除了日常走动不做运动；以产科医生的要求为准，下次产检问清楚哪些能做。一旦出现阴道出血（哪怕不痛、量少）、腹痛或发紧，马上停下、躺下，立刻去医院；出血多拨打急救电话（ACOG 2020）。",
        [MR_RULE_MULTIPLE] = "双胎（或多胎）妊娠：运动仍然有好处，但按说话测试保持中等强度，每次不超过你习惯的时长；双胎从孕28周起、三胎及以上全程，只做轻松、短时的活动（散步、固定自行车、游泳、拉伸、孕妇瑜伽），并以产科医生同意的为准；累了就休息。双胎更容易早产：规律的发紧或像来月经一样的痛、一阵一阵的下腰痛、下腹往下坠、流水或出血，马上停下，立刻联系产科（加拿大SOGC/CSEP 2019孕期运动指南；ACOG 2020）。",
        [MR_RULE_WORN_OUT] = "大多数天都在训练，却一直很累（上课或上班时睡着）：这是训练超过了恢复的第一个信号，多练不会好，休息才会。今天不加练：最多20分钟轻松活动（散步、拉伸）或休息，早点睡（青少年要睡8-10小时）。这周留1-2天完全不练，并告诉教练。减量一两周后还累，或体重下降、脸色苍白、老生病：去看医生（查血常规和铁）（Meeusen 2013；美国儿科学会2007）。",
        [MR_RULE_CRISIS] = "你写下的话比任何训练都重要：今天不运动。如果你在想结束生命或伤害自己，请现在就找人：心理援助热线（全国12356；香港2389 2222；台湾1925），今天联系医生，告诉身边一个人；今晚别一个人待着。如果随时可能伤害自己或已受伤，马上拨打急救电话。有了支持之后，运动可以慢慢帮到情绪（WHO mhGAP 2019）。",
        [MR_RULE_MED_TOXIC] = "这些症状加上你在吃的药，可能是药物在体内蓄积中毒，或两种药相互作用：今天不要运动，现在就去急诊（如果意识不清、站不稳或越来越重，拨打急救电话）。把药或药盒带上，医生看过之前先别吃下一顿。",
        [MR_RULE_DYSREFLEXIA] = "先按自主神经反射异常处理（胸6以上脊髓损伤，剧烈头痛、脸红、损伤平面以上出汗，或血压比平时高很多），这是急症：坐直、双腿放下，松开勒紧的东西，先查膀胱（导尿；导尿管打折或尿袋满了），再查肠道和皮肤，每隔几分钟复测血压。降不下来就拨打急救电话，说明是“自主神经反射异常”。今天不运动（脊髓医学联盟 2001）。",
        [MR_RULE_CRASH] = "活动过量后正在“崩”（劳累后不适，慢性疲劳综合征或长新冠常见）：休息就是治疗。今天不做任何运动，散步、瑜伽也不做。怕光怕吵就在安静昏暗的房间躺着，只做必须做的事，按时吃喝，让这一阵过去。之后按节奏慢慢恢复，每次都比能做到的少一点，绝不硬撑；“多运动就好了”的说法对慢性疲劳综合征是错的。崩得久了要告诉医生，发烧或有新症状要看医生（NICE NG206，2021）。",
        [MR_RULE_PRESSURE_SORE] = "按压后不变白、持续发红的皮肤，或起了水泡、破了皮，是压力性损伤（压疮）的开始。在残肢上：不跑步、不上跑步机，红没退之前不要穿假肢，不穿假肢练（坐着或躺着的上肢、核心，另一条腿），这周就找假肢师调整接受腔。坐轮椅的人在尾骨或坐骨处：完全减压（侧躺，每15-30分钟撑起减压一次），今天就给护士或医生看（NPIAP/EPUAP 2019）。",
        [MR_RULE_GUT_BLOOD] = "大便带血，尤其一天拉很多次（溃疡性结肠炎或克罗恩病发作，或者肠道感染），要先看医生：今天不要运动，今天就联系炎症性肠病专科护士、专科医生或家庭医生，多喝水。一天拉血便6次以上，又发烧、心跳快、头晕或肚子很痛：马上去急诊（英国胃肠病学会BSG 2019）。",
        [MR_RULE_HYPO_SEVERE] = "吃了糖血糖还上不来，或者低血糖时说话乱、口齿不清、昏昏欲睡：这是严重低血糖。今天不要运动，身边不能离人。能安全吞咽的，现在再吃15-20克快糖，15分钟后复测；吞不下、叫不太醒、抽搐，或者第三次处理后还是低：有胰高血糖素就用上，并马上拨打120。升上来以后吃点主食，今天就告诉糖尿病医生或护士，胰岛素可能要调（ADA 2024）。",
        [MR_RULE_RAIN_RUN] = "下雨：有经验的跑者照常在户外跑没问题。穿抓地好的鞋，转弯和上下坡步子小一点，留意斑马线、井盖和湿树叶；穿亮色或带反光的衣服，外面套件挡风的薄外套，跑完马上换下湿衣服。骑车等天晴或改到室内（雨天刹车和被看见都更难）。",
        [MR_RULE_MS_RELAPSE] = "多发性硬化的人，新出现的麻木、无力、平衡变差或视力下降（常伴转眼球疼），持续超过一天，又没有天热或发烧可以解释，可能是复发：今天不训练，今天就联系MS专科护士或神经科。视力下降很快，或无力伴说话不清、口角歪斜：立即拨打急救电话（NICE NG220，2022）。",
        [MR_RULE_SEIZURE] = "今天或昨晚癫痫发作过：今天不要运动，好好休息、睡够；按时按量吃药（漏服和熬夜是常见诱因），今天就联系医生、神经科或癫痫专科护士，说明这次发作。在他们同意之前不要下水、不登高、不骑车，游泳一定要有知情的人陪着。发作超过5分钟、一次接一次，或者摔伤了：拨打急救电话（NICE NG217，2022）。",
        [MR_RULE_HEAT_STRAIN] = "在这样的高温里待了几个小时后头痛、抽筋或恶心，是热衰竭的早期信号：马上到凉快的地方，喝含盐的水（电解质饮料，不是汽水），今天只做室内轻松、短时间的活动或休息，强度课等凉快的早上再练。出现意识不清、呕吐、晕倒或头痛加重，拨打急救电话（ACSM 2007；NATA 2015）。",
        [MR_RULE_MANIA] = "自己停了碳酸锂（或其他情绪稳定剂）、或有双相情感障碍，又连着几晚睡不着、精力特别旺：可能是躁狂发作的开始。今天就联系你的精神科医生或开药的医生，告诉他们停药和睡眠的情况；不要自己停药或重新吃。在那之前不比赛、不做长时间或高强度的运动：短时间轻松散步，先休息、睡觉。如果觉得控制不住自己或不安全，拨打心理危机热线或急救电话（英国NICE CG185）。",
        [MR_RULE_GI_BLEED] = "大便发黑、像柏油一样（或者吐血、吐出咖啡渣样的东西），可能是胃或肠道出血，吃布洛芬、阿司匹林或抗凝药时更容易发生：先停用布洛芬或阿司匹林，今天不要运动，今天就去看医生或急诊。如果头晕、晕倒、心跳很快或出血更多，马上拨打急救电话（英国NICE CG141）。",
        [MR_RULE_GOUT] = "痛风发作在脚上：消退之前不走路、不跑步、不骑车锻炼（承重和踩踏板都压着这个关节）。冰敷（隔着毛巾，每次15-20分钟），把脚垫高，尽早用发作期药物，多喝水，不喝酒。在那之前：坐着练上肢、不承重的拉伸或瑜伽，或脚不痛时游泳，都放轻松。第一次发作、发烧或全身不舒服，今天就看医生（关节感染看起来也一样）。消退后恢复走路和规律运动，加上减重能减少发作（美国风湿病学会2020痛风指南；英国NICE NG219）。",
        [MR_RULE_FOOT_WOUND] = "有糖尿病，脚上有伤口、水泡或破溃（脚麻的更要当心）：不疼也可能变成溃疡或感染。伤口长好之前脚不要负重（不走路、不跑步锻炼），也不要泡水；坐着做的和上肢的练习可以。如果伤口渗液、有脓，或者发红、发热、肿，今天就去看医生或足病门诊；每天检查双脚（ADA 2016；IWGDF 2023）。",
        [MR_RULE_EAR] = "耳朵发炎：好之前不要游泳，耳朵保持干燥；感觉还好的话，陆上运动可以。如果耳朵很疼、流脓流水或者发烧，请看医生（AAO-HNS 2014）。",
        [MR_RULE_HACE] = "在高海拔走路不稳、神志不清或特别嗜睡（脑水肿），或休息时也喘（肺水肿），是危及生命的高原急症：现在就下撤，至少下降300-1000米，要有人陪着（不要一个人，更不要再往上走），并求助（山地救援或拨打120）；不要等到天亮或等它自己好，也不要吃止痛药硬撑。有条件就吸氧，地塞米松或硝苯地平按医生或队医的安排用（WMS 2019）。",
        [MR_RULE_AMS] = "在高海拔出现头痛，又恶心、吃不下、头晕或特别乏力：这是急性高原反应（高山症）。今天不运动、不再往高处走，休息、喝水，等症状消失；止痛药能缓解头痛，但治不了高原反应。症状加重，或休息时也喘、神志不清、走路不稳，马上下撤（往低处走）并求助，拨打120（WMS 2019）。",
        [MR_RULE_ICD_SHOCK] = "除颤器（ICD）放过电：即使现在感觉没事，今天也要联系起搏器/除颤器门诊或心内科，让他们读取记录，弄清楚为什么放电；在那之前不要运动。24小时内放电不止一次，或放电时伴有胸痛、气短、晕倒，拨打120（HRS 2015）。",
        [MR_RULE_CAUDA_EQUINA] = "腰腿痛的同时，屁股、会阴、大腿内侧（骑马时贴着马鞍的部位）发麻，或者新出现排尿困难、尿不出、憋不住尿或大便，可能还两条腿都疼或没劲：可能是腰椎下端的马尾神经受压（马尾综合征），属于外科急症：现在就去医院急诊，今天就去，不要等下次复诊；今天不要运动（NICE CKS 坐骨神经痛；GIRFT 2023）。",
        [MR_RULE_FALLS_SNOW] = "地上有雨有雪，而你摔一跤的代价比别人大：今天在室内走（走廊、商场、带扶手的跑步机）或骑固定自行车；要出门只走清扫干净、干燥的路，并且有人陪着（WHO 2021 预防跌倒）。",
        [MR_RULE_STROKE] = "中风后：最多中等强度，以自我感觉为准（RPE 11-13）；选平稳、不容易摔倒的运动（拄拐散步、固定自行车、坐着做力量练习、扶着练太极）。如果出现新的无力、麻木、口角歪斜、说话不清或突然剧烈头痛，立即停下并呼叫急救（AHA/ASA 2014）。",
    };
    if (r < 0 || r >= MR_RULE_COUNT) return "";
    return lang && !strcmp(lang, "zh") ? zh[r] : en[r];
}
