/* plan.c - the week's plan (plan.h says what it guarantees). Day 0 is
 * today's recommendation; the week follows a pattern by age and fitness,
 * turned so that it starts with today's kind of day, each day choosing its
 * activity the way a recommendation does (prior, preferences, feedback,
 * variety) among what the safety layer allows for the person's conditions. */
#include "plan.h"
#include "events.h"
#include "hant.h"
#include "conditions.h"
#include "utf8.h"

#include <math.h>
#include <string.h>

#define A MR_DAY_AEROBIC
#define S MR_DAY_STRENGTH
#define B MR_DAY_BALANCE
#define R MR_DAY_REST

/* Weekly patterns: ACSM (Garber 2011) cardio on 3-5 days and resistance on
 * 2-3 non-consecutive days; WHO 2020 balance on 3 days from 65, 60 minutes a
 * day with strengthening on 3 days for ages 5-17, with one day a week off
 * organised training (AAP, Brenner 2007: 1-2 days against overuse injury). */
static const mr_day_kind PATTERN[9][7] = {
    {A, S, R, A, S, R, A}, /* beginner or unknown */
    {A, S, A, R, A, S, A}, /* intermediate */
    {A, S, A, A, R, A, S}, /* advanced: hard days on 0, 3 and 5 (the long one) */
    /* 65 and over: the WHO's third balance day rides on a strength day, so
     * a day of rest is kept (a week with none was what experts struck out) */
    {A, B, S, A, B, S, R},
    {A, S, A, S, A, S, R}, /* 5-17: a day off training (AAP: 1-2 a week against overuse) */
    /* a lifter's week (a split told): strength on 4 days, upper and lower
     * alternating so that each is worked twice with 48 h between (ACSM 2009
     * progression stand: 4 days a week, split, for the intermediate and
     * advanced), aerobic work kept moderate on 2 */
    {S, S, A, S, S, A, R},
    {S, A, S, R, S, A, R}, /* a beginner lifter: 3 whole-body days (ACSM 2009) */
    /* cardiac or pulmonary rehabilitation finished: aerobic work on most
     * days and strength on 2 (AACVPR 2013; BTS 2013), with a balance day
     * from 65 (WHO 2020) */
    {A, S, A, A, S, A, R},
    {A, S, A, B, A, S, A},
};

/* A ceiling on a day's minutes, kept for the week's top-up too (most: 0 none). */
static void cap_day(int *minutes, int *most, int cap) {
    if (*minutes > cap) *minutes = cap;
    if (!*most || *most > cap) *most = cap;
}

static mr_day_kind kind_of(mr_activity a) {
    if (a == MR_ACT_REST || a == MR_ACT_STRETCHING) return R;
    if (a == MR_ACT_STRENGTH) return S;
    if (a == MR_ACT_TAI_CHI || a == MR_ACT_YOGA) return B;
    return A;
}

static int zh(const mr_plan *pl) { return !strcmp(pl->today.language, "zh"); }

/* An activity's twin, one habit with it: a walk and a brisk walk, a ride
 * and the indoor bike; -1 none. */
static int twin_of(int a) {
    return a == MR_ACT_WALK ? MR_ACT_BRISK_WALK : a == MR_ACT_BRISK_WALK ? MR_ACT_WALK
         : a == MR_ACT_CYCLE ? MR_ACT_STATIONARY_BIKE : a == MR_ACT_STATIONARY_BIKE ? MR_ACT_CYCLE : -1;
}

/* A count per activity with its twin's. */
static int with_twin(const int *count, int a) {
    int twin = twin_of(a);
    return count[a] + (twin >= 0 ? count[twin] : 0);
}

/* Days after day i of the week that the person's routine gives to activity a (or its twin). */
static int reserved(const mr_recommendation *t, const mr_profile *p, int i, int a) {
    int k = 0;
    if (p->wday < 0) return 0;
    for (int j = i + 1; j < 7; j++) {
        int r = t->read.routine[(p->wday + j) % 7] - 1;
        k += r >= 0 && (r == a || r == twin_of(a));
    }
    return k;
}

/* The mean minutes of activity a's sessions in the last 28 days (a < 0: any
 * aerobic activity's), 0 none logged. */
static int logged_minutes(const mr_session *sess, int n, int a) {
    int sum = 0, k = 0;
    for (int j = 0; j < n; j++)
        if ((a < 0 ? kind_of(sess[j].activity) == A : sess[j].activity == (mr_activity)a) && sess[j].days_ago < 28 &&
            sess[j].minutes > 0)
            sum += sess[j].minutes, k++;
    return k ? sum / k : 0;
}

/* A zone for steady aerobic work in adults not pregnant, not on a
 * beta-blocker and without heart disease (the same rule as a recommendation). */

/* Whether day i's run may be an easy one (moderate by relative intensity):
 * a runner's, or the run of the person's weekly routine ("parkrun every Sat"). */
static int easy_runner(const mr_profile *p, const mr_recommendation *t, int runner, int i) {
    return runner || (p->wday >= 0 && t->read.routine[(p->wday + i) % 7] == MR_ACT_RUN + 1);
}

/* The treadmill the notes offered carries activity a (the run, the walk) indoors. */
static int on_treadmill(const mr_recommendation *t, int a) {
    return t->read.treadmill && ((a == MR_ACT_RUN && t->read.treadmill == MR_INDOOR_TREADMILL) || a == MR_ACT_BRISK_WALK ||
                                 a == MR_ACT_WALK);
}

static void fill_day(mr_plan_day *d, const mr_profile *p, unsigned flags, const mr_recommendation *t, mr_activity a,
                     mr_intensity want, int minutes, int runner) {
    const mr_met_variant *v;
    d->activity = a;
    d->kind = kind_of(a);
    if (a == MR_ACT_REST) {
        d->intensity = MR_LIGHT;
        d->minutes = 0;
        d->kcal = 0;
        return;
    }
    d->intensity = mr_kb_variant(a, want, &v);
    if (a == MR_ACT_RUN && runner && want == MR_MODERATE) d->intensity = MR_MODERATE; /* an easy run (relative intensity) */
    d->minutes = minutes;
    /* a child: no calories and no adult's 6-20 scale, as on the card */
    d->kcal = isnan(p->weight_kg) || p->age < 13 ? -1 : roundf(mr_kb_kcal(v->met, p->weight_kg, (float)minutes));
    if (p->age >= 13) mr_kb_rpe(d->intensity, &d->rpe_lo, &d->rpe_hi);
    else mr_kb_rpe_child(d->intensity, &d->rpe_lo, &d->rpe_hi);
    /* later days: the person as they usually are (no mood, no marathon yesterday) */
    /* POTS: the heart rate is the condition's, not the effort's (Fu and Levine 2018) */
    if (d->intensity != MR_LIGHT && mr_hr_zone_means(p, flags, t->read.notes, MR_MOOD_NEUTRAL,
                                                            t->read.pots || (t->read.notes2 & MR_NOTE2_ALTITUDE), a))
        mr_hr_zone(p, a, d->intensity, &d->hr_lo, &d->hr_hi);
}

/* A rest day, and why. */
/* Reason line s is one of the card's lines on the week's events. */
static int events_line(const mr_recommendation *t, int wday, int z, const char *s) {
    char line[sizeof t->reasons[0]];
    for (int k = 0; mr_events_line(&t->read, wday, z, k, line, sizeof line); k++)
        if (!strcmp(line, s)) return 1;
    return 0;
}

static void rest_day(mr_plan_day *d, const char *why) {
    memset(d, 0, sizeof *d);
    d->activity = MR_ACT_REST;
    d->kind = R;
    d->intensity = MR_LIGHT;
    snprintf(d->reason, sizeof d->reason, "%s", why);
}

/* WHO's moderate-equivalent minutes. For ages 5-17 the aim is an hour a
 * day of moderate-to-vigorous activity, counted in minutes (a vigorous
 * minute is not two), and strengthening play (jumping, climbing,
 * bodyweight circuits) is activity too (WHO 2020). */
static int moderate_equivalent(const mr_plan_day *d, int youth) {
    if (d->activity == MR_ACT_REST || d->activity == MR_ACT_STRETCHING || (d->kind == S && !youth)) return 0;
    if (d->kind == S) return d->minutes;
    const mr_met_variant *v;
    mr_kb_variant(d->activity, d->intensity, &v);
    if (v->met < 3.0f) return 0;
    return d->intensity == MR_VIGOROUS && !youth ? 2 * d->minutes : d->minutes;
}

/* A race within the week (day race, 1-6): the taper's last days, the race
 * and the days after it, instead of a training week. Before it, easy runs
 * of about 60% of the usual session and no strength (volume down, some
 * intensity kept: Mujika 2003); the day before, a short shakeout; after
 * it, two days of rest, then easy work off the legs (no hard running for
 * a week or two after a marathon: a common coaching rule, heuristic). */
/* A rider's event ("Taupo 160", a sportive): today on the bike, or a cyclist who does not run. */
static int rides(const mr_profile *p, const mr_recommendation *t) {
    return t->activity == MR_ACT_CYCLE || t->activity == MR_ACT_STATIONARY_BIKE ||
           ((p->preferences & (1u << MR_ACT_CYCLE)) && !(p->preferences & (1u << MR_ACT_RUN)));
}

static void race_week(mr_plan *pl, const mr_profile *p, unsigned flags, const mr_recommendation *t, int race,
                      int usual_minutes, unsigned allowed, int z) {
    /* a ride (a sportive, a gran fondo, "Taupo 160") tapers on the bike, and
     * a ride's legs come back in a day or two, as a 5K's or 10K's do */
    int ride = rides(p, t);
    mr_activity act = ride ? ((allowed & (1u << MR_ACT_CYCLE)) ? MR_ACT_CYCLE : MR_ACT_STATIONARY_BIKE) : MR_ACT_RUN;
    int quick = t->read.race_short || ride;
    for (int i = 1; i < 7; i++) {
        mr_plan_day *d = &pl->day[i];
        if (i < race - 1) {
            if (PATTERN[2][(i + 1) % 7] == R || i % 2 == 0) {
                rest_day(d, z ? "赛前减量：这周不练力量，休息让腿保持新鲜" : "taper: no strength this week; rest keeps the legs fresh");
                continue;
            }
            int m = (int)(5 * lroundf(fmaxf(20.0f, fminf(ride ? 60.0f : 45.0f, (float)usual_minutes * 0.6f)) / 5));
            fill_day(d, p, flags, t, act, MR_MODERATE, m, 1);
            snprintf(d->reason, sizeof d->reason, "%s",
                     ride ? (z ? "赛前减量：轻松骑，中间加3-4次1分钟的比赛强度；量减下来，强度靠这几次保持（Mujika 2003）"
                               : "taper: an easy ride with 3-4 efforts of a minute at race effort; the volume comes down, the efforts keep the legs sharp (Mujika 2003)")
                          : (z ? "赛前减量：轻松跑，最后4-6次20秒比赛配速的加速跑；量减下来，强度靠这几次保持（Mujika 2003）"
                               : "taper: an easy run with 4-6 strides of 20 seconds at race pace at the end; the volume comes down, the strides keep the speed (Mujika 2003)"));
        } else if (i == race - 1) {
            fill_day(d, p, flags, t, act, MR_MODERATE, ride ? 30 : 20, 1); /* easy: a runner's moderate */
            snprintf(d->reason, sizeof d->reason, "%s",
                     ride ? (z ? "比赛前一天：20-30分钟很轻松地转转腿，加2-3次短冲，或者干脆休息；检查车子，多吃主食，早点睡"
                               : "the day before the event: 20-30 minutes of very easy spinning with 2-3 short efforts, or rest; check the bike, carbohydrate at meals, an early night")
                          : (z ? "比赛前一天：15-20分钟很轻松的慢跑加3-4次短加速，或者干脆休息；多吃主食，早点睡"
                               : "the day before the race: 15-20 minutes very easy with 3-4 short strides, or rest; carbohydrate at meals, an early night"));
        } else if (i == race) {
            memset(d, 0, sizeof *d);
            d->activity = act;
            d->kind = A;
            d->intensity = MR_VIGOROUS;
            d->race = d->hard = 1;
            d->kcal = -1;
            snprintf(d->reason, sizeof d->reason, "%s",
                     ride ? (z ? "比赛日：前半小时比目标强度稍慢，第一个小时起就吃喝（每小时约60克碳水）；胸痛、头晕或意识不清就立刻停下求助。祝比赛顺利！"
                               : "event day: ride the first half hour a little easier than goal effort, eat and drink from the first hour (about 60 g of carbohydrate an hour); chest pain, dizziness or confusion mean stop and get help at once. Good luck!")
                          : (z ? "比赛日：10-15分钟慢跑热身，开头比目标配速稍慢，口渴就喝；胸痛、头晕或意识不清就立刻停下求助。祝比赛顺利！"
                               : "race day: 10-15 minutes of easy jogging to warm up, start a little slower than goal pace, drink to thirst; chest pain, dizziness or confusion mean stop and get help at once. Good luck!"));
        } else if (quick && i == race + 1) {
            /* a 5K or 10K takes a day or two, not weeks (heuristic, as coaches plan them) */
            rest_day(d, ride ? (z ? "赛后第一天：休息，或者很轻松地骑20-30分钟；骑行赛之后腿一两天就能缓过来"
                                  : "the day after the event: rest, or an easy 20-30 minute spin; the legs come back in a day or two after a ride")
                             : (z ? "赛后第一天：休息，或者轻松走走、慢跑20分钟；5公里、10公里比赛恢复一两天就够"
                                  : "the day after the race: rest, or an easy walk or 20-minute jog; a 5K or 10K takes a day or two to recover from"));
        } else if (quick && (allowed & (1u << act))) {
            int m = (int)(5 * lroundf(fmaxf(20.0f, fminf(ride ? 60.0f : 45.0f, (float)usual_minutes * 0.8f)) / 5));
            fill_day(d, p, flags, t, act, MR_MODERATE, m, 1);
            snprintf(d->reason, sizeof d->reason, "%s",
                     ride ? (z ? "赛后恢复：轻松骑，能说整句话；下一次强度课放在比赛后3-4天、腿不沉的时候"
                               : "after the event: an easy ride at a talking pace; the next hard session 3-4 days after, once the legs feel fresh")
                          : (z ? "赛后恢复：轻松跑，能说整句话；下一次强度课放在比赛后3-4天、腿不沉的时候"
                               : "after the race: an easy run at a talking pace; the next hard session 3-4 days after the race, once the legs feel fresh"));
        } else if (i <= race + 2) {
            rest_day(d, t->read.race_half ? (z ? "赛后恢复：休息，想走就轻松走走；半马之后大约一周内不做高强度跑"
                                               : "after the race: rest, an easy walk if you like; no hard running for about a week after a half marathon")
                                          : (z ? "赛后恢复：休息，想走就轻松走走；比完马拉松1-2周内不做高强度跑"
                                               : "after the race: rest, an easy walk if you like; no hard running for a week or two after a marathon"));
        } else {
            mr_activity a = (p->preferences & (1u << MR_ACT_SWIM)) && (allowed & (1u << MR_ACT_SWIM)) ? MR_ACT_SWIM
                            : (allowed & (1u << MR_ACT_STATIONARY_BIKE))                                ? MR_ACT_STATIONARY_BIKE
                                                                                                        : MR_ACT_WALK;
            fill_day(d, p, flags, t, a, MR_LIGHT, 30, 0);
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "赛后恢复：不给腿冲击的轻松有氧，30分钟左右；腿不酸了再恢复跑步"
                       : "recovery after the race: easy work off the legs for about 30 minutes; running again once the legs no longer ache");
        }
    }
}

/* Is day i of the week (0 = today) one of the dialysis weekdays the notes told? */
static int dialysis_day(const mr_recommendation *t, const mr_profile *p, int i) {
    return t->read.dialysis_days && p->wday >= 0 && ((t->read.dialysis_days >> ((p->wday + i) % 7)) & 1);
}

/* The week's line while a warning sign stands: who is to be seen first, named
 * for the sign that stopped today (a heart check, the calf, the pressure). */
static const char *emergency_day(const mr_recommendation *t, int z) {
    for (int i = 0; i < t->n_rules; i++)
        switch (t->rules[i]) {
        case MR_RULE_HEART_CHECK:
            return z ? "先查心脏（心电图、心脏彩超，看心内科）；医生放行后再重新制定计划"
                     : "have your heart checked first (an ECG, an echo, a cardiologist); ask for a new plan once you are cleared";
        case MR_RULE_SEE_TODAY:
            return z ? "先看医生排除血栓或积液；医生同意后再重新制定计划"
                     : "a doctor rules out a clot or fluid first; ask for a new plan once you are cleared";
        case MR_RULE_EMERGENCY_BP: case MR_RULE_BP_CRISIS_SIGNS:
            return z ? "先请医生处理血压；血压降下来、医生同意后再重新制定计划"
                     : "your blood pressure treated by a doctor first; ask for a new plan once you are cleared";
        case MR_RULE_POSTNATAL_INFECTION:
            return z ? "先看产科、排除感染；医生同意后再从散步和盆底练习重新开始"
                     : "an infection ruled out first (a doctor or midwife today); then walks and pelvic floor work to start again";
        case MR_RULE_HYPO_SEVERE:
            return z ? "先处理低血糖、让医生看过；胰岛素调好后再重新制定计划"
                     : "the low treated and the diabetes team told first; ask for a new plan once the insulin is sorted";
        case MR_RULE_GUT_BLOOD:
            return z ? "先看医生查清便血；医生同意后再重新制定计划"
                     : "the bleeding seen by a doctor or your IBD team first; ask for a new plan once you are cleared";
        case MR_RULE_GI_BLEED:
            return z ? "先查清出血（停用布洛芬、今天就医）；医生同意后再重新制定计划"
                     : "the bleeding checked first (no ibuprofen, a doctor today); ask for a new plan once you are cleared";
        case MR_RULE_OHSS:
            return z ? "先联系生殖中心排除卵巢过度刺激；医生同意后再重新制定计划"
                     : "your fertility clinic rules out OHSS first; ask for a new plan once they clear you";
        case MR_RULE_SEIZURE:
            return z ? "先休息、联系癫痫专科；医生同意后再重新制定计划（下水、登高、骑车要等医生点头）"
                     : "rest and your epilepsy team first; ask for a new plan once they clear you (water, heights and the bike wait for them)";
        case MR_RULE_MED_TOXIC:
            return z ? "先去急诊查清药物的问题；医生同意后再重新制定计划" : "urgent care for the medicine first; ask for a new plan once a doctor has seen you";
        case MR_RULE_DYSREFLEXIA:
            return z ? "先处理自主神经反射异常（坐直、查膀胱和导尿管，血压降不下来就拨打急救电话）；医生同意后再重新制定计划"
                     : "the dysreflexia dealt with first (sit up, bladder and catheter checked, emergency services if the pressure stays up); ask for a new plan once you are cleared";
        case MR_RULE_CRASH:
            return z ? "先休息到这一阵“崩”过去；之后按节奏、从很少的量慢慢加，再重新制定计划"
                     : "rest until the crash has passed; then pacing from very little, and ask for a new plan";
        case MR_RULE_MS_RELAPSE:
            return z ? "先联系神经科或MS专科护士；复发处理好、医生同意后再重新制定计划"
                     : "your neurologist or MS nurse first; ask for a new plan once the relapse has been seen to";
        case MR_RULE_CRISIS:
            return z ? "先确保今天安全：找人陪着、打心理援助热线、联系医生；有了支持之后，再一起慢慢安排运动"
                     : "staying safe first: someone with you, a crisis line and your doctor; exercise can be planned with you once support is in place";
        case MR_RULE_STROKE_SIGNS:
            return z ? "先去急诊、查清原因；医生同意后再重新制定计划"
                     : "emergency care and the cause found first; ask for a new plan once your doctor clears you";
        default: break;
        }
    return z ? "先就医；医生同意后再重新制定计划" : "see a doctor first; ask for a new plan once you are cleared";
}

int mr_plan_week(const mr_profile *p, mr_ctx *ctx, mr_store *store, int64_t now, mr_plan *pl, char *err,
                 size_t errsz) {
    memset(pl, 0, sizeof *pl);
    int rc = mr_advise(p, ctx, store, now, &pl->today, err, errsz);
    if (rc != MR_OK) return rc;
    const mr_recommendation *t = &pl->today;
    int z = zh(pl);
    pl->start_wday = p->wday;
    pl->aerobic_target = mr_kb_weekly_minutes(p->age);
    pl->youth = p->age < 18;
    unsigned flags = p->flags | t->text_flags;
    /* day 0 */
    mr_plan_day *d0 = &pl->day[0];
    d0->activity = t->activity;
    d0->kind = kind_of(t->activity);
    d0->intensity = t->intensity;
    d0->minutes = t->minutes;
    d0->rpe_lo = t->rpe_lo;
    d0->rpe_hi = t->rpe_hi;
    d0->hr_lo = t->hr_lo;
    d0->hr_hi = t->hr_hi;
    d0->kcal = t->kcal;
    d0->hard = t->intensity == MR_VIGOROUS;
    /* today's reason, past the line that says whom a relative's note is for */
    int first = t->read.proxy && t->read.proxy_who >= 0 && t->n_reasons > 1;
    /* ... and past the lines on the week's events, which are other days' */
    while (first < t->n_reasons - 1 && events_line(t, p->wday, z, t->reasons[first])) first++;
    /* (with no reason line, an emergency's day says the card's first words: "go down now", "call ...") */
    if (t->n_reasons) snprintf(d0->reason, sizeof d0->reason, "%s", t->reasons[first]);
    else if (t->emergency) snprintf(d0->reason, sizeof d0->reason, "%.*s", (int)sizeof d0->reason - 1, t->advice); /* (a headline, short) */
    else d0->reason[0] = 0;
    /* a race or a game later today is the day's real session: the plan's line says so first */
    if ((t->read.notes & MR_NOTE_RACE_TODAY) && !t->emergency && t->activity != MR_ACT_REST)
        snprintf(d0->reason, sizeof d0->reason, "%s",
                 z ? (t->read.match_today == 2 ? "今天队里的训练就是运动：之前只做这些，训练前热身10-15分钟" : "今天的比赛就是训练：赛前只做这些，开赛前热身10-15分钟")
                 : t->read.match_today == 2 ? "then your team's practice: it is today's training; warm up for 10-15 minutes before it"
                 : t->read.match_today ? "then your game: it is today's training; warm up for 10-15 minutes before the start"
                                       : "then your race: it is today's training; warm up for 10-15 minutes before the start");
    /* a fever or an illness below the neck, and nothing else: the return
     * the card's own rule describes, not a week of "see a doctor" (a day
     * without fever, then easy, building back over days; ACSM's neck check) */
    unsigned sym = flags & MR_SYMPTOMS_MASK;
    /* (not in chemotherapy: a fever there is the cancer team's to clear, as
     * the card says, and the week waits for them; NICE CG151) */
    int only_ill = t->emergency && sym && !(sym & ~(unsigned)(MR_SYM_FEVER | MR_SYM_ILLNESS)) &&
                   !(t->read.notes2 & MR_NOTE2_SEE_TODAY) && !(flags & MR_COND_PREGNANCY) &&
                   !((sym & MR_SYM_FEVER) && (t->read.notes2 & MR_NOTE2_CHEMO));
    for (int k = 0; k < t->n_rules; k++) /* and no other rule of today's stops the day (a blood pressure, a glucose, a head injury) */
        if (t->rules[k] != MR_RULE_SYM_FEVER && t->rules[k] != MR_RULE_SYM_ILLNESS) only_ill = 0;
    if (only_ill) {
        pl->emergency = 1;
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            if (i < 3) {
                rest_day(d, z ? "休息、多喝水：等退烧满一天、症状明显好转再动" : "rest and fluids: wait for a full day without fever and clearly better");
            } else {
                fill_day(d, p, flags, t, MR_ACT_WALK, MR_LIGHT, i < 5 ? 20 : 30, 0);
                snprintf(d->reason, sizeof d->reason, "%s",
                         z ? "退烧满一天、不再浑身酸痛才走：轻松散步，感觉好再一天天加量，一周左右回到平时；又发烧或胸闷心慌就停下就医"
                           : "only once a day without fever and the aches gone: an easy walk, building day by day back to your usual over about a week; fever again, chest pain or a racing heart mean stop and see a doctor");
            }
        }
        return MR_OK;
    }
    /* altitude sickness and nothing else: rest and go no higher until it
     * has gone, then back gently; the thin air still asks for easy days
     * (Wilderness Medical Society, Luks et al. 2019) */
    int only_altitude = t->emergency && (t->read.notes2 & MR_NOTE2_ALTITUDE) && !(sym & ~(unsigned)MR_SYM_BREATH) &&
                        !(flags & (MR_COND_HEART | MR_COND_PREGNANCY | MR_COND_ASTHMA));
    for (int k = 0; k < t->n_rules; k++)
        if (t->rules[k] != MR_RULE_SYM_BREATH && t->rules[k] != MR_RULE_ALTITUDE && t->rules[k] != MR_RULE_AMS) only_altitude = 0;
    if (only_altitude) {
        pl->emergency = 1;
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            if (i < 3) {
                rest_day(d, z ? "高原反应：休息，多喝水，不再往高处走，等头痛消失；休息时也喘、咳嗽或意识模糊就立即下撤就医"
                              : "altitude sickness: rest, drink, go no higher until the headache has gone; breathless at rest, a cough or confusion mean go down and get help now");
            } else {
                int runs = (p->preferences & (1u << MR_ACT_RUN)) && p->fitness >= MR_FIT_INTERMEDIATE;
                fill_day(d, p, flags, t, i < 5 ? MR_ACT_WALK : runs ? MR_ACT_RUN : MR_ACT_BRISK_WALK, i < 5 ? MR_LIGHT : MR_MODERATE,
                         i < 5 ? 20 : 30, 1);
                d->hr_lo = d->hr_hi = 0; /* the heart runs faster up high at the same effort: by feel */
                snprintf(d->reason, sizeof d->reason, "%s",
                         z ? "症状消失满一天后才动：高原上先轻松走，再慢慢跑，比平时慢、比平时短；头痛又来就停下休息（WMS 2019）"
                           : "only once a day has passed without symptoms: up high, walk easy first, then run slower and shorter than at home; if the headache comes back, stop and rest (WMS 2019)");
            }
        }
        return MR_OK;
    }
    /* light-headed on standing while fasting, and nothing else: the fast's
     * fluid, so the week trains after iftar, fed and watered, never while
     * fasting (Chaouachi et al. 2009; the card's own line) */
    int only_fast = t->emergency && (t->read.notes2 & MR_NOTE2_FASTING) && sym == MR_SYM_DIZZINESS &&
                    !(flags & (MR_COND_HEART | MR_COND_PREGNANCY | MR_COND_DIABETES)) && t->n_rules == 1 &&
                    t->rules[0] == MR_RULE_SYM_DIZZY;
    if (only_fast) {
        pl->emergency = 1;
        int runs = (p->preferences & (1u << MR_ACT_RUN)) && p->fitness >= MR_FIT_INTERMEDIATE;
        static const int kind[7] = {0, 1, 0, 2, 1, 0, 2}; /* 0 rest, 1 easy walk, 2 the favourite at an easy effort */
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            if (!kind[i]) {
                rest_day(d, z ? "休息日：开斋到封斋之间多喝水、吃点咸的" : "a day off: drink well and have some salt between iftar and suhoor");
                continue;
            }
            fill_day(d, p, flags, t, kind[i] == 1 ? MR_ACT_WALK : runs ? MR_ACT_RUN : MR_ACT_BRISK_WALK,
                     kind[i] == 1 ? MR_LIGHT : MR_MODERATE, kind[i] == 1 ? 30 : 30, runs);
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "开斋饭后1-2小时再练（吃过喝过），绝不在禁食时练；天热就在室内、轻松为主；不再头晕才做，又晕就停下并看医生"
                       : "1-2 hours after iftar, once you have eaten and drunk, never while fasting; indoors on hot days, easy effort; only if the light-headedness has not come back, and if it does, stop and see a doctor");
        }
        return MR_OK;
    }
    /* dizzy only on standing, explained by a medicine or dialysis, nothing
     * else: the prescriber (or the dialysis team) reviews it first; after
     * that, short easy sessions somewhere cool, getting up slowly (ACSM
     * 2021 on orthostatic hypotension; the card's own line) */
    int only_standing = t->emergency && t->read.orthostatic && sym == MR_SYM_DIZZINESS && t->n_rules > 0 &&
                        !(flags & (MR_COND_HEART | MR_COND_PREGNANCY));
    for (int k = 0; k < t->n_rules; k++) /* the dizziness's rule alone (it may fire from the field and the notes) */
        if (t->rules[k] != MR_RULE_SYM_DIZZY) only_standing = 0;
    if (only_standing) {
        pl->emergency = 1;
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            /* on dialysis, exercise on the days between sessions (KDIGO 2024; ACSM) */
            if (i >= 2 && dialysis_day(t, p, i)) {
                rest_day(d, z ? "透析日：休息" : "a dialysis day: rest");
                continue;
            }
            if (i < 2 || (i == 4 && !t->read.dialysis_days)) {
                rest_day(d, i < 2 ? (t->read.dialysis ? (z ? "先让透析室看看透析后头晕的事（脱水量、干体重、血压）"
                                                               : "first have the dialysis team look at the dizziness after dialysis (the fluid taken off, your dry weight, your blood pressure)")
                                     : z ? "先让医生看看站起来头晕的事（药量或透析方案）" : "first have your doctor look at the dizziness on standing (the dose, or the dialysis plan)")
                                  : (z ? "休息日" : "a day off"));
                continue;
            }
            mr_activity a = (p->preferences & (1u << MR_ACT_YOGA)) ? MR_ACT_YOGA : MR_ACT_WALK;
            fill_day(d, p, flags, t, a, MR_LIGHT, i < 4 ? 20 : 30, 0);
            if (t->read.dialysis) /* water within the fluid allowance, not more */
                snprintf(d->reason, sizeof d->reason, "%s",
                         z ? "透析室看过头晕、站起来不再发黑才做：轻松练，起身慢一点，喝水按限水量；内瘘那只手不负重；又头晕就停下坐好"
                           : "only once the dialysis team has looked at the dizziness and standing up no longer makes you dizzy: easy, getting up slowly, drinking within your fluid allowance, nothing carried on the fistula arm; if it comes back, stop and sit down");
            else
                snprintf(d->reason, sizeof d->reason, "%s",
                         z ? "医生看过、站起来不再头晕才做：在凉快的地方轻松练，起身慢一点，多喝水；又头晕就停下坐好"
                           : "only once your doctor has seen you and standing up no longer makes you dizzy: easy, somewhere cool, getting up slowly, with water; if it comes back, stop and sit down");
        }
        return MR_OK;
    }
    /* the weeks after a heart attack or a stent, before cardiac rehab: walks
     * built up a few minutes every few days, nothing else (conditions.c;
     * AHA/AACVPR; NICE CG172) */
    if (!t->emergency && (t->read.dx_known & (1u << MR_DX_CARDIAC_RECENT))) {
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            if (i == 3) {
                rest_day(d, z ? "休息日（想走就在家附近轻松走走）" : "a day off (an easy stroll near home if you like)");
                continue;
            }
            fill_day(d, p, flags, t, MR_ACT_WALK, MR_LIGHT, i < 3 ? 15 : i < 6 ? 20 : 25, 0);
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "走路每隔几天加几分钟，轻松走，能说整句话；心脏康复评估之前不跑步、不举重"
                       : "walks a few minutes longer every few days, easy enough to talk in full sentences; no running or weights until cardiac rehab has assessed you");
        }
        return MR_OK;
    }
    /* a glucose out of range and nothing else: today's state, not a week's.
     * The days after are easy sessions started only with a reading in range
     * and no ketones (ADA 2016, Colberg et al.; ISPAD 2022); after a severe
     * low, two days first for the diabetes team to change the insulin */
    int only_glucose = t->emergency && !sym && t->n_rules > 0;
    for (int k = 0; k < t->n_rules; k++)
        if (t->rules[k] != MR_RULE_HYPERGLYCAEMIA_SYMPTOMS && t->rules[k] != MR_RULE_GLUCOSE_HIGH &&
            t->rules[k] != MR_RULE_GLUCOSE_VERY_HIGH && t->rules[k] != MR_RULE_GLUCOSE_HYPO && t->rules[k] != MR_RULE_GLUCOSE_LOW &&
            t->rules[k] != MR_RULE_HYPO_SEVERE)
            only_glucose = 0;
    if (only_glucose) {
        int severe = mr_rule_fired(t->rules, t->n_rules, MR_RULE_HYPO_SEVERE);
        pl->emergency = 1;
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            if (i < (severe ? 3 : 2) || i == 4) {
                rest_day(d, i == 4 ? (z ? "休息日" : "a day off")
                             : severe ? (z ? "休息：先让糖尿病医生或护士调好胰岛素" : "rest: the diabetes team adjusts the insulin first")
                                      : (z ? "休息：血糖回到范围、酮体阴性，糖尿病团队同意再动" : "rest: back in range, no ketones, and your diabetes team's word first"));
                continue;
            }
            fill_day(d, p, flags, t, i > 4 && (p->preferences & (1u << MR_ACT_BRISK_WALK)) ? MR_ACT_BRISK_WALK : MR_ACT_WALK,
                     i < 4 ? MR_LIGHT : MR_MODERATE, i < 4 ? 20 : 30, 0);
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "出发前测血糖：5.0-13.9 mmol/L（90-250 mg/dl）之间、酮体阴性才做；随身带糖，运动后和睡前再测一次"
                       : "only with a reading of 5.0-13.9 mmol/l (90-250 mg/dl) before you start and no ketones; carry fast sugar, and check again after and at bedtime");
        }
        return MR_OK;
    }
    if (t->emergency) { /* nothing is planned until a doctor has seen the person */
        pl->emergency = 1;
        for (int i = 1; i < 7; i++) rest_day(&pl->day[i], emergency_day(t, z));
        return MR_OK;
    }
    /* crashes after exertion (long COVID, ME/CFS): the week holds today's
     * small dose with a rest day between, and grows only after days without
     * a crash; no graded build-up (WHO 2023; NICE NG206) */
    if ((t->read.notes & MR_NOTE_LONG_COVID) && t->activity != MR_ACT_REST) {
        for (int i = 1; i < 7; i++) {
            mr_plan_day *d = &pl->day[i];
            if (i % 2) {
                rest_day(d, z ? "节奏：隔一天休息一天，给身体恢复" : "pacing: a rest day between, for recovery");
                continue;
            }
            fill_day(d, p, flags, t, t->activity, MR_LIGHT, t->minutes, 0);
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "节奏：和今天一样的小量，前一天没有加重才做；连续几天都没“崩”再加一点点，不硬撑（WHO 2023；NICE NG206）"
                       : "pacing: the same small dose as today, only if the day before left you no worse; add a little only after several days without a crash, never push through (WHO 2023; NICE NG206)");
        }
        goto totals;
    }
    /* later days: today's conditions and readings, no weather */
    mr_safety_in in;
    mr_profile_safety_in(p, &in);
    in.flags = flags & ~(unsigned)MR_SYMPTOMS_MASK;
    if (t->read.bp_sys > in.bp_sys) in.bp_sys = t->read.bp_sys;
    if (t->read.bp_dia > in.bp_dia) in.bp_dia = t->read.bp_dia;
    if (in.glucose < 0) in.glucose = t->read.glucose;
    /* a low reading before today's session is today's: carbohydrate and a
     * recheck before each session (the card's), not a week without hard
     * work (ADA 2016: exercise goes on once it is corrected) */
    if (in.glucose >= 0 && in.glucose < 90) in.glucose = -1;
    in.temp_c = in.rh_pct = in.wind_kmh = NAN;
    in.precip = MR_PRECIP_NONE;
    in.thunder = 0;
    in.aqi = -1;
    /* what lasts the week: conditions, injuries, medicines; not today's mood or hour */
    /* a fresh sprain lasts the week too: the first week or two carry no
     * impact, the bike and the pool keep the fitness (Vuurberg et al. 2018) */
    in.notes = t->read.notes & (MR_NOTE_LOWER_BODY | MR_NOTE_BETA_BLOCKER | MR_NOTE_COPD | MR_NOTE_STROKE |
                                MR_NOTE_STRAIN | MR_NOTE_HEEL | MR_NOTE_ACUTE_SPRAIN | MR_NOTE_OSTEOPOROSIS);
    in.notes2 = t->read.notes2 & (MR_NOTE2_CONCUSSION | MR_NOTE2_CHEMO | MR_NOTE2_WHEELCHAIR | MR_NOTE2_KIDNEY |
                                  MR_NOTE2_EPILEPSY | MR_NOTE2_DIAGNOSIS | MR_NOTE2_STERNOTOMY);
    in.n_unsure = t->read.n_unsure - t->read.n_explained;
    in.joint_replaced = t->read.joint_replaced;
    in.pots = t->read.pots;
    in.line_in = t->read.line_in; /* the line stays in for weeks: no pool this week */
    in.wbc_low = t->read.wbc_low;
    in.platelets = t->read.platelets; /* until a new count: the week as today */
    /* a diabetic foot's wound, an IVF cycle, a relative's inherited heart
     * disease, the first weeks after a birth: they last the week */
    in.foot_wound = t->read.foot_wound && (flags & MR_COND_DIABETES);
    in.pressure_sore = t->read.pressure_sore;
    in.ivf = t->read.ivf;
    in.family_heart = t->read.family_heart;
    in.told_not = t->read.told_not; /* a clinician's ban lasts past today */
    in.mania = t->read.mania;       /* until the prescriber has been seen */
    in.bone_stress = t->read.bone_stress; /* a stress fracture heals over weeks */
    in.previa = t->read.previa; /* the placenta stays where it is for the week */
    in.multiple = t->read.multiple;
    /* (heat_signs stay today's: the week's days are not yet hot or cramped) */
    in.postnatal_early = (t->read.notes & MR_NOTE_POSTPARTUM) && !(flags & MR_COND_PREGNANCY) &&
                         ((t->read.notes & MR_NOTE_LEAKING) || (t->read.postpartum_weeks >= 0 && t->read.postpartum_weeks < 12));
    mr_safety_out so;
    mr_safety_apply(&in, &so);
    /* and the caps the card takes beside the rules: lows without warning, a condition held to moderate (conditions.c) */
    int dx_lim = (int)so.max_intensity;
    if (t->read.hypo_unaware && dx_lim > MR_MODERATE) dx_lim = MR_MODERATE; /* as the card: lows without warning */
    mr_conditions_limit(t->read.dx_known, &so.allowed, &dx_lim);
    so.max_intensity = (mr_intensity)dx_lim;
    /* the session length of a usual day: the dose with none of today's
     * circumstances (mood, hour, yesterday) */
    mr_session sess[64];
    int n = 0;
    for (int i = 0; i < p->n_history && n < 64; i++)
        sess[n++] = (mr_session){p->history[i].activity, p->history[i].minutes, p->history[i].days_ago, p->history[i].rpe};
    if (store && p->user[0]) n += mr_store_recent_sessions(store, p->user, now, 28, sess + n, 64 - n);
    mr_goal goal = mr_goal_for(p->goal, (flags & MR_COND_PREGNANCY) != 0, (t->read.notes & MR_NOTE_POSTPARTUM) != 0);
    int sprint = mr_sprint_goal(p);
    int runner = p->fitness >= MR_FIT_INTERMEDIATE && (p->preferences & (1u << MR_ACT_RUN));
    for (int i = 0; i < n && !runner; i++) runner = p->fitness >= MR_FIT_INTERMEDIATE && sess[i].activity == MR_ACT_RUN;
    mr_dose_in din = {.age = p->age, .fitness = (int)p->fitness, .goal = goal, .bmi = NAN, .hour = -1,
                      .mood = MR_MOOD_NEUTRAL, .n_sessions = n, .sessions = sess, .cap = so.max_intensity,
                      .rehab_grad = t->read.rehab_grad, .lifter = t->read.lifter,
                      .notes = t->read.notes & MR_NOTE_NO_PERIODS}; /* RED-S: the card's lower aim */
    if (!isnan(p->weight_kg) && !isnan(p->height_cm)) din.bmi = p->weight_kg / powf(p->height_cm / 100.0f, 2);
    mr_dose usual;
    mr_dose_compute(&din, &usual);
    int fit = (int)p->fitness;
    int group = p->age < 18 ? 4 : p->age >= 65 ? 3 : fit == MR_FIT_ADVANCED ? 2 : fit == MR_FIT_INTERMEDIATE ? 1 : 0;
    /* a lifter who says so (a split, lifting days) and likes strength: a lifter's week, if strength is allowed */
    int lifter = p->age >= 16 && p->age < 65 && (p->preferences & (1u << MR_ACT_STRENGTH)) &&
                 (t->read.lifter || (goal == MR_GOAL_STRENGTH && t->read.heavy_lift)) &&
                 mr_safety_permits(&so, MR_ACT_STRENGTH, MR_MODERATE);
    if (lifter) group = fit >= MR_FIT_INTERMEDIATE ? 5 : 6;
    int rehab = t->read.rehab_grad && p->age >= 18 && !lifter;
    if (rehab) group = p->age >= 65 ? 8 : 7;
    /* a lifter's legs with a sore back: the legs trained without loading
     * the spine, the hinge back once bending is pain-free (NICE NG59:
     * stay active; a back strain settles in days to weeks) */
    static const char *const back_legs_en =
        "lower day, sparing the back: leg press, split squats, hip thrusts, leg curls and calf raises 3 sets of 8-12; no heavy squat or deadlift until bending forward is pain-free, then back to them lighter";
    static const char *const back_legs_zh =
        "下肢日，护着腰：腿举、分腿蹲、臀推、腿弯举、提踵3组×8-12次；弯腰不疼之前不做大重量深蹲和硬拉，之后从轻重量恢复";
    /* the split's halves: the day after legs, the upper body; then they alternate */
    int upper_next = t->activity == MR_ACT_STRENGTH ? (t->strength_focus == MR_FOCUS_LOWER ? 1
                                                      : t->strength_focus == MR_FOCUS_UPPER ? 0
                                                      : !(t->read.notes & MR_NOTE_LOWER_WORKED))
                                                    : (t->read.notes & MR_NOTE_LOWER_WORKED) != 0;
    int top = fit == MR_FIT_ADVANCED ? 90 : fit == MR_FIT_INTERMEDIATE ? 60 : 45;
    /* a young person's hour a day is counted in minutes: a fit teenager's
     * sport practice runs to 90, a child's sessions stay at an hour */
    if (p->age < 18) top = p->age >= 13 && fit >= MR_FIT_INTERMEDIATE ? 90 : 60;
    /* turn the pattern so that it starts with today's kind of day */
    int off = 0;
    for (int k = 0; k < 7; k++)
        if (PATTERN[group][k] == d0->kind) { off = k; break; }
    mr_prior_in pin = {.age = p->age, .fitness = fit, .goal = goal, .flags = in.flags, .mood = MR_MOOD_NEUTRAL};
    float prior[MR_ACT_COUNT];
    mr_activity_prior(&pin, prior);
    mr_prior fb[MR_ACT_COUNT];
    int have_fb = store && p->user[0] && mr_store_priors(store, p->user, fb) == MR_OK;
    int used[MR_ACT_COUNT] = {0};
    used[t->activity]++;
    /* hard days in the week: most training easy (Seiler 2010's 80/20), so
     * two for the intermediate, the advanced's three, WHO's three for youth */
    int max_hard = group == 2 || group == 4 ? 3 : group == 1 ? 2 : 1, n_hard = d0->hard;
    int moved_at = -1; /* the day of the hard session asked about and moved off today, -1 none yet */
    /* after a load spike (acute:chronic above 1.5), the card's deload holds
     * for the week: no hard day and no long one (Gabbett 2016) */
    int spike = usual.spike > 0;
    if (spike) max_hard = 0;
    /* periods lost or grown rare in training (RED-S): the card's "train
     * less, all easy" holds for the week, no hard day, no long one, and
     * shorter sessions until a doctor has seen her (IOC consensus 2018) */
    int red_s = (t->read.notes & MR_NOTE_NO_PERIODS) && p->age < 50;
    if (red_s) max_hard = 0;
    /* tired all the time on a heavy training week (the card's rule): the
     * person's own sessions stay, easy, and nothing is added on the other
     * days (Meeusen et al. 2013; AAP, Brenner 2007) */
    int worn = mr_rule_fired(t->rules, t->n_rules, MR_RULE_WORN_OUT);
    if (worn) max_hard = 0;
    /* today's heat outlasts today: until 10-14 days of it have passed, the
     * outdoor days stay moderate, early or late (ACSM 2007) */
    /* a race this week, run if the safety layer lets the person run: the
     * taper's end, the race and the recovery instead of a training week */
    int race = -1;
    if (t->read.race_in >= 1 && t->read.race_in <= 6) race = t->read.race_in;
    else if (t->read.race_in < 0 && t->read.race_wday >= 0 && p->wday >= 0 && (t->read.race_wday - p->wday + 7) % 7 >= 1)
        race = (t->read.race_wday - p->wday + 7) % 7;
    int ride_race = rides(p, t) && (so.allowed & ((1u << MR_ACT_CYCLE) | (1u << MR_ACT_STATIONARY_BIKE)));
    if (race > 0 && ((t->read.notes & MR_NOTE_TAPER) || (t->read.notes2 & MR_NOTE2_RACE_EVE)) &&
        ((so.allowed & (1u << MR_ACT_RUN)) || ride_race) &&
        so.max_intensity >= MR_VIGOROUS) {
        race_week(pl, p, flags, t, race, usual.minutes, so.allowed, z);
        pl->race_week = 1;
        goto totals;
    }
    /* "只能在家练", "stuck at home with the baby": the card's own reading holds for the week */
    int home = t->read.at_home;
    int flare = (t->read.notes & MR_NOTE_ARTHRITIS_FLARE) != 0;
    /* a gout flare in the foot: as the card's rule, the first days keep
     * weight and the pedals off it; walking comes back once it has settled
     * (ACR 2020 gout guideline; NICE NG219) */
    int gout = t->read.gout && !(t->read.flags & MR_SYM_FEVER);
    int leg_flare = flare && ((flags & (MR_COND_KNEE | MR_COND_ANKLE)) || gout);
    int gout_walk_said = 0;
    int hot = (mr_rule_fired(t->rules, t->n_rules, MR_RULE_HEAT) || mr_rule_fired(t->rules, t->n_rules, MR_RULE_HEAT_DANGER)) &&
              !t->read.heat_used;
    /* weather that outlasts today and keeps the aerobic days indoors: a
     * deep freeze (-15 C and below, where frostbite comes within the hour
     * in wind; Environment Canada's wind chill table), dangerous heat, or
     * heat in pregnancy (ACOG 2020: avoid overheating) */
    int cold_week = !isnan(p->temp_c) && p->temp_c <= -15.0f;
    int heat_indoors = mr_rule_fired(t->rules, t->n_rules, MR_RULE_HEAT_DANGER) || (hot && (flags & MR_COND_PREGNANCY));
    /* unhealthy air (AQI over 150) seldom clears overnight: the next two
     * days' aerobic work indoors too, moderate at most with asthma (EPA AQI) */
    int smog = p->aqi > 150;
    /* ice on the ground lasts a day or two too: those days' aerobic work indoors, as today's (falls) */
    int icy = p->precip == MR_PRECIP_ICE || (p->precip == MR_PRECIP_SNOW && !isnan(p->temp_c) && p->temp_c <= 0.0f);
    /* the weeks after a marathon (two) or a half (one): easy days, no hard
     * session and no long one, runs of 45 minutes at most; the muscle
     * damage takes one to two weeks to repair (Warhol et al. 1985) */
    int raced_days = mr_notes_race_days(&t->read, p->wday);
    int recovery_left = raced_days >= 1 ? (t->read.raced == 2 ? 14 : 7) - raced_days : 0;
    int most_minutes[7] = {0}; /* a day's ceiling beyond top, 0 none */
    /* a hard stretch of life (grief, weeks of low mood, night shifts, months
     * of poor sleep): short, regular sessions this week rather than long
     * ones; regularity is what helps mood and sleep (heuristic; the card's
     * own reasons give the sources) */
    int heavy = t->read.grief || t->read.low_lasting || t->read.night_shift || t->read.sleep_long;
    int a_days = 0;     /* a beginner's aerobic days so far, after today */
    int rests_kept = 0; /* rest days met so far (the first is kept) */
    int walk_min = mr_dose_walk_minutes(sess, n, t->read.habit_minutes); /* a daily walker's walk */
    int walker = t->read.walks_daily && p->age >= 18 && (so.allowed & (1u << MR_ACT_WALK)) && !home && !heavy;
    /* push (0), pull (1) or legs (2) next: after today's, or after yesterday's when today is not lifting */
    int ppl_next = t->activity == MR_ACT_STRENGTH && t->strength_focus == MR_FOCUS_PUSH   ? 1
                   : t->activity == MR_ACT_STRENGTH && t->strength_focus == MR_FOCUS_PULL ? 2
                   : t->activity == MR_ACT_STRENGTH && t->strength_focus == MR_FOCUS_LOWER ? 0
                   : t->read.ppl_yest == 1 ? 1 : t->read.ppl_yest == 2 ? 2 : 0;
    int alt_mild = (t->read.notes2 & MR_NOTE2_ALTITUDE) && (t->read.notes & (MR_NOTE_HEADACHE | MR_NOTE_SHORT_SLEEP));
    /* the person's own sessions a week (logged, told, or the days of their
     * routine): the week keeps them where they are allowed, rather than
     * replacing a runner's runs or a yoga class with a variety of its own
     * (ACSM, Garber 2011: progress from the current routine) */
    int said[MR_ACT_COUNT], habit[MR_ACT_COUNT];
    for (int a = 0; a < MR_ACT_COUNT; a++) said[a] = t->read.per_week[a];
    for (int wd = 0; wd < 7; wd++) {
        int a = t->read.routine[wd] - 1, k = 0;
        if (a < 0 || a >= MR_ACT_COUNT) continue;
        for (int j = 0; j < 7; j++) k += t->read.routine[j] == a + 1;
        if (said[a] < k) said[a] = k;
    }
    mr_dose_habit_week(sess, n, said, habit);
    mr_day_kind owed = R;   /* a strength or balance day a routine day displaced (R: none) */
    int sport = runner ? MR_ACT_RUN : -1; /* their main aerobic activity, the long session's */
    for (int a = 0, most = 1; a < MR_ACT_COUNT; a++)
        if (kind_of((mr_activity)a) == A && habit[a] > most) most = habit[a], sport = a;
    int own_day[7] = {0};   /* the day is one of the person's own sessions: the last to go when the week is cut */
    /* running twice a week or more is their own easy run, whatever the fitness field says */
    if (habit[MR_ACT_RUN] >= 2 && p->age >= 13) runner = 1;
    for (int i = 1; i < 7; i++) {
        mr_plan_day *d = &pl->day[i];
        mr_day_kind kind = PATTERN[group][(off + i) % 7];
        /* dialysis days are rest days (a gentle pedal in the chair if the
         * unit offers it), and the days between carry the training: the
         * pattern's own rest days become aerobic ones (KDIGO 2024; UK Kidney
         * Association 2021, exercise and lifestyle in CKD) */
        int dial_day = dialysis_day(t, p, i);
        if (t->read.dialysis_days && p->wday >= 0 && !dial_day) {
            /* the days between alternate strength (the muscle dialysis
             * wastes first) and aerobic work, after today's kind */
            mr_day_kind last = pl->day[0].kind;
            for (int j = i - 1; j >= 1; j--)
                if (pl->day[j].kind != R) { last = pl->day[j].kind; break; }
            kind = last == S ? A : S;
        }
        if (dial_day) {
            rest_day(d, z ? "透析日：休息；如果透析中心有床旁脚踏车，可以在透析时轻松踩一踩。训练放在不透析的日子（KDIGO 2024）"
                          : "a dialysis day: rest, or an easy pedal in the chair during dialysis if your unit offers it; the training goes on the days between (KDIGO 2024)");
            continue;
        }
        int after_hard = pl->day[i - 1].hard;
        /* the person's week ("parkrun every Sat", "每周二游泳"): that day keeps its activity when it is allowed */
        int routine = p->wday >= 0 ? t->read.routine[(p->wday + i) % 7] - 1 : -1;
        if (routine >= 0 && (so.allowed & (1u << routine)) && !t->read.dialysis_days) {
            /* the strength or balance day it displaces goes to the next aerobic day */
            if ((kind == S || kind == B) && kind_of((mr_activity)routine) != kind && owed == R) owed = kind;
            kind = kind_of((mr_activity)routine);
        } else {
            routine = -1;
            if (owed != R && kind == A) {
                kind = owed;
                owed = R;
            }
        }
        /* a team's practice or game day (no activity id of its own): that is the day's training */
        if (routine < 0 && p->wday >= 0 && (t->read.sport_days & (1u << ((p->wday + i) % 7)))) {
            rest_day(d, z ? "你固定的球队训练、比赛或舞蹈课的日子：这天的运动就是它，不再另加力量或高强度"
                          : "your team's practice, a game or your class that day: that is this day's exercise, with nothing hard on top");
            d->team = 1;
            if (owed == R && kind == S) owed = S; /* the strength it displaces goes to the next aerobic day */
            continue;
        }
        /* practice on four or more days a week is the week's aerobic and hard
         * work: the other days are strength or rest, not more hard sessions
         * (AAP 2016 on youth sport: 1-2 days a week off the sport) */
        if (kind == A && routine < 0 && p->wday >= 0 && __builtin_popcount(t->read.sport_days & 0x7f) >= 4) {
            rest_day(d, z ? "一周有四天以上球队训练，运动量已经够了：这天休息或轻松玩一玩，不再加高强度（AAP建议每周1-2天不练专项）"
                          : "four or more days of team practice a week is plenty: this day rest or easy play, nothing hard on top (AAP: 1-2 days a week off the sport)");
            continue;
        }
        if (worn && routine < 0 && p->wday >= 0) {
            rest_day(d, z ? "一直很累，训练已经超过了恢复：这天不加练，休息、早点睡；想动就散步或拉伸20分钟以内"
                          : "tired all the time on this much training: no extra training this day; rest and an early night, or a walk or stretching of 20 minutes at most");
            continue;
        }
        /* the week's fixed events: a party, a wedding or a procedure is the
         * day's rest (the dancing counts); the others shape the day below */
        unsigned ev = p->wday >= 0 ? mr_events_of(&t->read, p->wday, (p->wday + i) % 7) : 0;
        unsigned ev_before = p->wday >= 0 ? mr_events_of(&t->read, p->wday, (p->wday + i + 6) % 7) : 0;
        if ((ev & (MR_EV_SOCIAL | MR_EV_PROC)) || ((ev & (MR_EV_DRIVE | MR_EV_AFTER_OP)) && kind == R)) {
            char why[sizeof d->reason];
            mr_event_advice(ev, z, why, sizeof why);
            rest_day(d, why);
            if (owed == R && kind == S) owed = S;
            continue;
        }
        int recovering = i < recovery_left;
        /* a head cold today: the next three days easy or moderate, not long,
         * until a day without symptoms (the neck check, as today's card) */
        int cold_day = (t->read.notes & MR_NOTE_COLD) && i <= 3;
        /* (heat indoors for the next two days; after that a runner runs at dawn or dusk, as people in hot
         * climates do, unless pregnant: ACSM 2007 moves the session to the cool of the day) */
        /* (a trained runner of working age runs the next days at dawn or dusk instead, as people in hot places
         * do: ACSM 2007 moves the session to the cool of the day; the old, the young and the pregnant stay inside) */
        int heat_in = heat_indoors && ((flags & MR_COND_PREGNANCY) || (i <= 2 && !(runner && p->age >= 18 && p->age < 65)));
        int indoors = cold_week || heat_in || ((smog || icy) && i <= 2) || (ev & MR_EV_HEAT);
        /* a sprinter's key sessions are speed work: the advanced week's
         * long day is a third hard one instead */
        int sprint_day = group == 2 && (off + i) % 7 == 5 && sprint;
        int long_day = group == 2 && (off + i) % 7 == 5 && goal == MR_GOAL_ENDURANCE && !sprint && !spike && !red_s && !recovering &&
                       !cold_day;
        mr_intensity want = usual.intensity;
        if (kind == S) want = MR_MODERATE;
        if (kind == B) want = p->age >= 65 ? MR_MODERATE : MR_LIGHT;
        if (kind == A && group == 2) want = ((off + i) % 7 == 0 || (off + i) % 7 == 3 || sprint_day) ? MR_VIGOROUS : MR_MODERATE;
        if (kind == A && group == 4) want = MR_VIGOROUS; /* WHO: vigorous on 3 or more days */
        if (kind == A && lifter) want = MR_MODERATE; /* conditioning that spares the legs for the lifting (Wilson et al. 2012) */
        if (lifter) most_minutes[i] = kind == A ? 45 : 0;
        /* the hard session asked about and moved off today ("8x400 ... too
         * much?": "do it in 2-3 days when your legs feel fresh"): its day */
        int moved_hard = kind == A && moved_at < 0 && t->read.asked_hard && t->intensity < MR_VIGOROUS && !t->emergency &&
                         t->activity != MR_ACT_REST && (i == 2 || i == 3) && !after_hard && so.max_intensity >= MR_VIGOROUS &&
                         !recovering && !cold_day && !spike && t->read.asked >= 0 && (so.allowed & (1u << t->read.asked));
        if (moved_hard) {
            want = MR_VIGOROUS;
            moved_at = i;
        }
        if (after_hard && want == MR_VIGOROUS) want = MR_MODERATE; /* 48 h between hard sessions (ACSM) */
        if (want == MR_VIGOROUS && n_hard >= max_hard) want = MR_MODERATE;
        if (want > so.max_intensity) want = so.max_intensity;
        if ((recovering || cold_day || (smog && i <= 2 && (flags & MR_COND_ASTHMA))) && want > MR_MODERATE) want = MR_MODERATE;
        /* strength kept out all week (a breastbone knitting): its days are yoga or tai chi if allowed, else an
         * easy aerobic day, not a rest (cardiac rehab walks most days: AHA/AACVPR) */
        if (kind == S && !(so.allowed & (1u << MR_ACT_STRENGTH))) {
            kind = (so.allowed & ((1u << MR_ACT_YOGA) | (1u << MR_ACT_TAI_CHI))) ? B : A;
            want = MR_LIGHT;
        }
        /* a class or practice of their own (yoga, tai chi) not yet in the
         * week: a rest day holds it, the aerobic and strength days stay
         * (light yoga or tai chi is recovery, not load) */
        if (kind == R && routine < 0 && !(flare && i <= 2) && !t->read.dialysis_days) {
            for (int a = MR_ACT_YOGA; a <= MR_ACT_TAI_CHI; a++)
                if (habit[a] > used[a] + reserved(t, p, i, a) && (so.allowed & (1u << a)) &&
                    !((t->read.disliked | t->read.stopped) & (1u << a))) {
                    kind = B;
                    want = p->age >= 65 ? MR_MODERATE : MR_LIGHT;
                }
        }
        /* an arthritis flare: the next two days stay gentle and load no
         * joint; strength comes back after, away from the joints that
         * flared (ACR 2022, EULAR 2018) */
        int flare_day = flare && i <= 2 && kind != R;
        if (flare_day) {
            /* off the foot, the easy days are stretching or yoga, not the aerobic kinds nor loaded strength */
            kind = gout ? B : A;
            want = MR_LIGHT;
        }
        /* a fit young person's day off sport is not a day off moving (WHO
         * 2020: every day; AAP: a day or two a week off the sport) */
        int play_day = kind == R && p->age < 18 && fit >= MR_FIT_INTERMEDIATE && !spike && !home &&
                       (so.allowed & (1u << MR_ACT_CYCLE)) && so.max_intensity >= MR_MODERATE;
        if (play_day) {
            /* indoors on the bike in the heat or on a blood thinner, as the rest of the week; short in a hard stretch */
            int brief = heavy || t->read.exams; /* (exams ahead: a short one) */
            fill_day(d, p, flags, t, hot || t->read.anticoag ? MR_ACT_STATIONARY_BIKE : MR_ACT_CYCLE, MR_MODERATE,
                     brief ? 30 : 60, runner);
            d->kind = A;
            d->play = 1;
            most_minutes[i] = brief ? 30 : 75;
            snprintf(d->reason, sizeof d->reason, "%s", z ? "不练专项的一天，但不是不动的一天：骑车、走路、和朋友玩，一共一小时或更多（WHO 2020；AAP建议每周1-2天不练专项）"
                                                        : "a day off your sport, not off moving: a ride, a walk or a game with friends, an hour or more in all (WHO 2020; AAP: a day or two a week off the sport)");
            continue;
        }
        /* up high with a headache or a bad night (mild altitude sickness,
         * read today): the next two days are walks, easy, and no higher
         * until it has gone (Wilderness Medical Society, Luks et al. 2019) */
        if (alt_mild && i <= 2 && kind != R && (so.allowed & (1u << MR_ACT_WALK))) {
            fill_day(d, p, flags, t, MR_ACT_WALK, MR_LIGHT, 30, runner);
            d->kind = A;
            most_minutes[i] = 30;
            snprintf(d->reason, sizeof d->reason, "%s", z ? "高原上头两天：只轻松走，多喝水，不再往高处走；头痛、睡不好都消失了再开始跑（WMS 2019）"
                                                        : "the first days up high: easy walks only, drink well and go no higher; running only once the headache and the bad nights have gone (WMS 2019)");
            continue;
        }
        /* twenty minutes most days: more days rather than longer ones, one rest day kept */
        if (kind == R && t->read.minutes_free_daily && t->read.minutes_free > 0 && p->age >= 18 && !after_hard && rests_kept++ &&
            (so.allowed & (1u << MR_ACT_WALK)) && !home) {
            fill_day(d, p, flags, t, MR_ACT_WALK, MR_MODERATE, t->read.minutes_free, runner);
            d->kind = A;
            most_minutes[i] = t->read.minutes_free;
            snprintf(d->reason, sizeof d->reason, z ? "%s：每天有%d分钟，就多安排几天，而不是每次更长" : "%s: with %d minutes most days, more days rather than longer ones",
                     z ? mr_kb_activity(MR_ACT_WALK)->zh : mr_kb_activity(MR_ACT_WALK)->en, t->read.minutes_free);
            continue;
        }
        /* a daily walker keeps walking: the rest days but one are her usual walk */
        if (kind == R && walker && !indoors && !after_hard && rests_kept++) {
            fill_day(d, p, flags, t, (p->preferences & (1u << MR_ACT_BRISK_WALK)) && (so.allowed & (1u << MR_ACT_BRISK_WALK))
                                         ? MR_ACT_BRISK_WALK : MR_ACT_WALK, want < MR_MODERATE ? want : MR_MODERATE, walk_min, runner);
            d->kind = A;
            most_minutes[i] = walk_min;
            snprintf(d->reason, sizeof d->reason, z ? "你每天都走：今天照常走%d分钟，一周里走路天数多比每次走得长更好（WHO 2020：每一分钟都算）"
                                                    : "you walk every day: your usual %d-minute walk today; more days of walking beats longer ones (WHO 2020: every minute counts)",
                     walk_min);
            continue;
        }
        if (kind == R) {
            if (p->age < 18)
                rest_day(d, z ? "不训练的一天：每周休1-2天训练能防止过度使用损伤（AAP）；散步、骑车、和朋友玩照样可以"
                              : "a day off training: 1-2 days a week off sport prevent overuse injuries (AAP); walking, riding and play with friends as you like");
            else
                rest_day(d, after_hard ? (z ? "休息：昨天练得辛苦，给身体48小时恢复（ACSM）" : "rest: 48 h after yesterday's hard session (ACSM)")
                                       : (z ? "休息日：恢复同样是训练的一部分" : "rest day: recovery is part of training"));
            continue;
        }
        /* the day's activity: the prior, preferences, feedback and variety */
        int best = -1;
        float bs = 0;
        for (int a = 0; a < MR_ACT_COUNT; a++) {
            /* at home with no outing, the aerobic days are the flowing
             * forms a living room holds (power yoga, tai chi) */
            /* ... and so are an older tai chi lover's days the ice keeps indoors */
            int flow_in = indoors && p->age >= 65 && (p->preferences & (1u << MR_ACT_TAI_CHI));
            int home_a = (home || flow_in) && kind == A && kind_of((mr_activity)a) == B;
            if (a == MR_ACT_REST || (kind_of((mr_activity)a) != kind && !home_a)) continue;
            if (home && (mr_kb_activity((mr_activity)a)->outdoor || a == MR_ACT_SWIM)) continue;
            /* the treadmill the notes offered takes the run and the walk indoors */
            if (indoors && kind == A && mr_kb_activity((mr_activity)a)->outdoor && !on_treadmill(t, a)) continue;
            const mr_met_variant *v;
            mr_intensity band = mr_kb_variant((mr_activity)a, want, &v);
            int easy_run = a == MR_ACT_RUN && (runner || routine == MR_ACT_RUN) && want == MR_MODERATE && so.max_intensity >= MR_MODERATE &&
                           (so.allowed & (1u << a));
            if (!mr_safety_permits(&so, (mr_activity)a, band) && !easy_run) continue;
            /* an easy day is never a run's vigorous (its gentlest pace is
             * 6 MET), and a shin that may hold a stress injury runs not at
             * all this week, as today's card says */
            if ((int)band - (int)want >= 2 && !easy_run) continue;
            if (mr_shin_weight(t->read.shin, (mr_activity)a) == 0.0f) continue;
            /* a flare in a foot, an ankle or a knee: those days carry no weight on it and push no pedal (ACR 2022) */
            if (flare_day && leg_flare && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK || a == MR_ACT_RUN || a == MR_ACT_CYCLE ||
                                           a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_ELLIPTICAL || a == MR_ACT_TAI_CHI))
                continue;
            if (recovering && t->read.raced == 2 && raced_days + i <= 3 && a == MR_ACT_RUN) continue; /* legs first */
            /* in the heat, nothing hard outdoors: a run that cannot be easy waits for the cool */
            if (hot && kind == A && mr_kb_activity((mr_activity)a)->outdoor && band > MR_MODERATE && !easy_run &&
                p->age >= 13)
                continue; /* a child's running games move to the cool of the evening instead (below) */
            /* after a birth or with leaking, today's card keeps running out
             * until there is no leaking, usually 12 weeks on (ACOG 2020):
             * so does the week */
            if (a == MR_ACT_RUN && (t->read.notes & (MR_NOTE_POSTPARTUM | MR_NOTE_LEAKING)) && t->activity != MR_ACT_RUN) continue;
            float sc = prior[a];
            if (band != want && !easy_run) sc *= 0.15f; /* the day's intensity, not another */
            if (p->preferences & (1u << a)) sc *= 2.0f;
            /* what they hate or have stopped for now stays out of the week too, unless it is today's own */
            if (((t->read.disliked | t->read.stopped) & (1u << a)) && t->activity != (mr_activity)a) sc *= 0.05f;
            /* the nearest form of a favourite the rules keep out all week (a road ride in pregnancy: the indoor bike) */
            else
                for (int b = 0; b < MR_ACT_COUNT; b++)
                    if ((p->preferences & (1u << b)) && !(so.allowed & (1u << b)) && mr_substitute((mr_activity)b, 0) == (mr_activity)a) {
                        sc *= used[a] ? 2.0f : 3.0f; /* once at least in the week: the favourite's stand-in */
                        break;
                    }
            sc *= mr_shin_weight(t->read.shin, (mr_activity)a); /* a sore shin: as the card weighs it */
            if (sprint && want == MR_VIGOROUS && a == MR_ACT_RUN) sc *= 4.0f; /* a sprinter's hard day is on the track */
            if (routine == a) sc *= 4.0f;
            /* one of their own sessions this week (the routine's days still to come hold theirs) */
            if (with_twin(habit, a) > with_twin(used, a) + reserved(t, p, i, a)) sc *= 5.0f;
            if (long_day && a == sport) sc *= 6.0f; /* the long run is a runner's, the long ride a rider's */
            if (moved_hard && a == t->read.asked) sc *= 8.0f; /* the session asked about, on its day */
            if (t->read.anticoag && a == MR_ACT_CYCLE) sc *= 0.3f; /* a blood thinner: the bike indoors, as the card */
            /* brittle bones: the pool neither loads the bone nor spares a
             * fall on its wet deck; only for whom it is their own (NOF 2014:
             * weight-bearing and balance work) */
            if (a == MR_ACT_SWIM && (t->read.notes & MR_NOTE_OSTEOPOROSIS) && !(p->preferences & (1u << a))) sc *= 0.2f;
            if (home && (a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_ELLIPTICAL) && !(p->preferences & (1u << a)))
                sc *= 0.3f; /* only if there is one at home: liked, there is */
            if (have_fb && fb[a].n)
                sc *= (float)(fb[a].like_a / (fb[a].like_a + fb[a].like_b) * fb[a].done_a / (fb[a].done_a + fb[a].done_b)) / 0.25f;
            if (pl->day[i - 1].activity == (mr_activity)a) sc *= 0.4f;        /* not the same two days running */
            /* variety over the week; among the favourites too, more gently
             * ("loves swimming and riding his bike" gets both) */
            sc *= powf(p->preferences & (1u << a) ? 0.8f : 0.7f, (float)used[a]);
            if (sc > bs) { bs = sc; best = a; }
        }
        if (best < 0) { /* nothing of this kind is allowed: rest */
            rest_day(d, kind == S ? (z ? "休息：目前先不做力量训练（原因见今天的建议）" : "rest: no strength training for now (today's card says why)")
                                  : (z ? "休息：这类活动目前都不合适" : "rest: nothing of this kind fits for now"));
            continue;
        }
        int minutes = kind == S ? (p->age < 18 ? 40 : fit <= MR_FIT_BEGINNER ? 20 : 30) : kind == B ? 30 : usual.minutes;
        /* their own class keeps its length (the log's, else the session told), 20 to 90 minutes */
        if (kind == B && habit[best] > 0) {
            int m = logged_minutes(sess, n, best);
            if (!m) m = said[best] && t->read.habit_minutes > 0 ? t->read.habit_minutes : 30;
            minutes = m < 20 ? 20 : m > 90 ? 90 : 5 * (m / 5);
        }
        if (lifter && kind == S) minutes = fit >= MR_FIT_INTERMEDIATE ? 50 : 40;
        if (lifter && kind == A && minutes > 45) minutes = 45;
        if (long_day) minutes = (int)fminf((float)top, (float)usual.minutes * 1.5f);
        if (sprint && kind == A && want == MR_VIGOROUS) cap_day(&minutes, &most_minutes[i], 45); /* the warm-up, the reps and their recoveries */
        if (flare_day && minutes > 30) minutes = 30;
        if (red_s && kind == A) cap_day(&minutes, &most_minutes[i], 40);
        if (t->read.previa && (flags & MR_COND_PREGNANCY)) cap_day(&minutes, &most_minutes[i], 30); /* gentle walks only */
        if (t->read.multiple && (flags & MR_COND_PREGNANCY)) cap_day(&minutes, &most_minutes[i], t->read.multiple >= 2 ? 30 : 45);
        if (gout && i <= 4) cap_day(&minutes, &most_minutes[i], 30); /* the foot's first days back: short */
        if (t->read.mania) cap_day(&minutes, &most_minutes[i], 30);  /* until the prescriber has seen them: short walks */
        /* a concussion not cleared: 30 minutes at most all week, as today (Berlin consensus 2017) */
        if (t->read.notes2 & MR_NOTE2_CONCUSSION) cap_day(&minutes, &most_minutes[i], 30);
        /* 30 minutes in the first week after a marathon (half a week after a half), 45 after (as today's card) */
        int first_week = raced_days + i < mr_notes_race_first_days(&t->read);
        if (recovering && kind == A && minutes > (first_week ? 30 : 45)) minutes = first_week ? 30 : 45;
        if (recovering) most_minutes[i] = kind == A && !first_week ? 45 : 30;
        /* (a lifter's session keeps 45: the main lift's sets and rests do not fit in 30) */
        int short_day = lifter && kind == S ? 45 : 30;
        if (heavy && kind != R && minutes > short_day) minutes = short_day;
        if (heavy) most_minutes[i] = short_day;
        /* the time the person has most days is the ceiling of every day (growth: more days, not longer ones) */
        if (t->read.minutes_free_daily && t->read.minutes_free > 0) cap_day(&minutes, &most_minutes[i], t->read.minutes_free);
        /* the first days up high: 45 minutes at most, moderate at most,
         * until acclimatised (WMS 2019; heart rates run higher at altitude) */
        if (t->read.notes2 & MR_NOTE2_ALTITUDE) {
            cap_day(&minutes, &most_minutes[i], alt_mild && i <= 4 ? 30 : 45);
            if (want > MR_MODERATE) want = MR_MODERATE;
        }
        /* exams ahead for a young person: the week as the card says, shorter
         * sessions and nothing race-hard, early enough not to cost sleep */
        if (t->read.exams && p->age >= 10 && p->age < 20) {
            cap_day(&minutes, &most_minutes[i], 45);
            if (want > MR_MODERATE) want = MR_MODERATE;
        }
        /* a fresh sprain: the week's work around it stays under 45 minutes, a teenager's too */
        if (t->read.notes & MR_NOTE_ACUTE_SPRAIN) cap_day(&minutes, &most_minutes[i], 45);
        if (cold_day) cap_day(&minutes, &most_minutes[i], 45);
        /* a beginner builds from today's session by about 5 minutes an
         * aerobic day, not from 20 minutes to 45 in three days (ACSM's
         * initial conditioning stage: duration first, in small steps) */
        /* ... and so does someone in treatment for depression with nothing
         * logged ("tried to jog last week, made it 5 min"): small steps the
         * energy allows (NICE NG222, 2022) */
        if ((fit <= MR_FIT_BEGINNER || ((t->read.depression_care || t->read.low_lasting) && n == 0)) && p->age >= 18 &&
            kind == A && !lifter) {
            int base = t->activity != MR_ACT_REST && kind_of(t->activity) == A && t->minutes > 25 ? t->minutes : 25;
            cap_day(&minutes, &most_minutes[i], base + 5 * ++a_days);
        }
        /* a trip or a night shift: 30 minutes at most, easy or moderate; a
         * hot day forecast: 40 and indoors (above); the day after a party's
         * drinks: 45 and moderate; a long drive: a walk at the end of it */
        if (ev & (MR_EV_TRIP | MR_EV_SHIFT | MR_EV_FAST | MR_EV_PERIOD | MR_EV_AFTER_OP)) cap_day(&minutes, &most_minutes[i], 30);
        if (ev & MR_EV_HEAT) cap_day(&minutes, &most_minutes[i], 40);
        if (ev_before & MR_EV_DRINK) cap_day(&minutes, &most_minutes[i], 45);
        if ((ev & (MR_EV_TRIP | MR_EV_SHIFT | MR_EV_HEAT | MR_EV_DRIVE | MR_EV_FAST | MR_EV_PERIOD)) || (ev_before & MR_EV_DRINK))
            if (want > MR_MODERATE) want = MR_MODERATE;
        if ((ev & (MR_EV_DRIVE | MR_EV_FAST | MR_EV_AFTER_OP | MR_EV_PERIOD)) && (so.allowed & (1u << MR_ACT_WALK))) {
            if (ev & MR_EV_AFTER_OP) want = MR_LIGHT;
            best = MR_ACT_WALK;
            kind = A;
            cap_day(&minutes, &most_minutes[i], 20);
        }
        int heat_day = hot && mr_kb_activity((mr_activity)best)->outdoor && kind == A;
        if (heat_day && want > MR_MODERATE) want = MR_MODERATE;
        if (heat_day) minutes = (int)(5 * lroundf((float)minutes * 0.8f / 5)); /* shorter while the heat is new */
        /* a try at running that lasted minutes: the runs are walk-jog, 25
         * minutes at most, at a talking effort (ACSM's initial stage) */
        int walk_jog = best == MR_ACT_RUN && kind == A && t->read.run_managed > 0;
        if (walk_jog) {
            cap_day(&minutes, &most_minutes[i], MR_WALK_JOG_MAX_MINUTES);
            want = MR_MODERATE;
        }
        if (moved_hard) cap_day(&minutes, &most_minutes[i], 60); /* (a hard session: warm-up, the work, cool-down) */
        /* an aerobic session grows from the logged ones by a step, not from
         * 30 minutes to 45 in a week: about 10%, 5 minutes at least (ACSM's
         * Guidelines, 11th ed.: duration up by 5-10 minutes every week or
         * two); the long session aside, and a new activity measured by the
         * sessions they do; a finished rehab programme's dose is carried on
         * as it was (about 30 minutes on most days) */
        if (kind == A && !long_day && !moved_hard && !rehab) {
            int m = logged_minutes(sess, n, best);
            if (!m) m = logged_minutes(sess, n, -1); /* a new activity: as long as their sessions are */
            if (m > 0) {
                int step = (int)lroundf((float)m * 0.1f);
                cap_day(&minutes, &most_minutes[i], 5 * ((m + (step < 5 ? 5 : step) + 4) / 5));
            }
        }
        fill_day(d, p, flags, t, (mr_activity)best, want, minutes, walk_jog || easy_runner(p, t, runner, i));
        own_day[i] = routine == best || with_twin(habit, best) > 0;
        d->hard = d->intensity == MR_VIGOROUS || long_day;
        d->long_run = long_day;
        n_hard += d->hard;
        used[best]++;
        const char *act = z ? mr_kb_activity((mr_activity)best)->zh : mr_kb_activity((mr_activity)best)->en;
        if (recovering && kind == A) {
            snprintf(d->reason, sizeof d->reason, z ? "%s恢复期（比赛后第%d天）：轻松练，能说整句话，不做间歇和长距离" : "%s recovery (day %d after the race): easy, at a talking pace; no intervals or long runs",
                     z ? (t->read.raced == 2 ? "全马" : "半马") : (t->read.raced == 2 ? "marathon" : "half marathon"), raced_days + i);
        } else if (recovering && kind == S) {
            snprintf(d->reason, sizeof d->reason, "%s", z ? "力量：比赛后的恢复期，重量轻一些，腿部只做轻松的，上肢和核心照常"
                                                        : "strength: in the recovery after the race, lighter loads, the legs easy, upper body and core as usual");
        } else if (walk_jog) {
            snprintf(d->reason, sizeof d->reason,
                     z ? "走跑交替：慢跑1分钟、走2分钟，重复6-8次（你上次跑了%d分钟）；能轻松完成，下次每组多跑半分钟，几周后再连续跑"
                       : "walk-jog: 1 minute jogging, 2 walking, 6-8 times (your last try lasted %d minutes); when that feels easy, add half a minute of jogging to each set, building to continuous running over some weeks",
                     t->read.run_managed);
        } else if (indoors && kind == A && !d->hard) {
            int on_tread = on_treadmill(t, best);
            snprintf(d->reason, sizeof d->reason, z ? "%s：%s，有氧放在室内，强度以能说整句话为准" : "%s indoors while the %s lasts, at a pace you can talk in full sentences",
                     on_tread && t->read.treadmill == MR_INDOOR_MALL ? (z ? "在商场里走" : "walking in the mall")
                     : on_tread && t->read.treadmill == MR_INDOOR_WALK ? (z ? "在室内走" : "walking")
                     : on_tread ? (z ? "跑步机上" : "on the treadmill") : act, cold_week ? (z ? "严寒还会持续几天" : "deep cold")
                          : heat_indoors ? (z ? "高温还会持续几天" : "heat")
                          : smog ? (z ? "空气污染一般会持续一两天" : "bad air")
                                 : (z ? "路面结冰一般会持续一两天" : "ice"));
        } else if (cold_day && kind == A) {
            snprintf(d->reason, sizeof d->reason, z ? "%s：感冒还没好，轻松到中等强度、45分钟以内；症状消失一天后再恢复强度课和长距离；发烧或蔓延到胸口就休息"
                                                    : "%s while the cold clears: easy to moderate, 45 minutes at most; hard and long sessions a day after the symptoms have gone; rest if a fever or a chesty cough comes",
                     act);
        } else if (flare_day && gout) {
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "痛风发作的头几天：这只脚不走路、不踩踏板，只做坐着或不让它承重的轻松练习；冰敷、垫高、按时用药（美国风湿病学会2020）"
                       : "the first days of the gout flare: no walking or pedalling on that foot, only easy work seated or off it; ice, raise it and take the flare treatment (ACR 2020)");
        } else if (gout && !gout_walk_said && (best == MR_ACT_WALK || best == MR_ACT_BRISK_WALK || best == MR_ACT_RUN ||
                                               best == MR_ACT_CYCLE || best == MR_ACT_STATIONARY_BIKE || best == MR_ACT_ELLIPTICAL)) {
            gout_walk_said = 1;
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "只有脚趾已经不红、不肿、不热，走路也不疼了才做；还在发作就换成拉伸或上肢练习。从平路、短时间开始（美国风湿病学会2020）"
                       : "only once the toe is no longer red, swollen or hot and walking does not hurt; if it is still flaring, stretching or upper-body work instead. Start on the flat and short (ACR 2020)");
        } else if (flare_day) {
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "关节炎发作期：这两天轻松活动，发热肿胀的关节休息，其他关节慢慢活动到位；热和肿消退后再恢复力量训练（ACR 2022）"
                       : "the arthritis flare: gentle for these days, the hot, swollen joints rested and the others moved through their range; strength comes back once the heat and swelling settle (ACR 2022)");
        } else if (routine == best && !d->hard && kind != S) {
            static const char *const day_zh[] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
            static const char *const day_en[] = {"Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"};
            int wd = (p->wday + i) % 7;
            snprintf(d->reason, sizeof d->reason, z ? "%s是你平时%s的日子：照常" : "%s are your %s days: as usual",
                     z ? day_zh[wd] : day_en[wd], act);
        } else if (kind == S && (t->read.notes & MR_NOTE_ACUTE_SPRAIN)) {
            /* the sprained joint rests; the rest of the body trains, and the
             * ankle gets its own daily exercises (Vuurberg et al. 2018) */
            mr_strength_rx rx = mr_kb_strength(p->age, fit);
            snprintf(d->reason, sizeof d->reason,
                     z ? "力量：%d-%d组×%d-%d次，上肢和核心坐着或躺着练，受伤的腿不负重、不跳；另外每天做脚踝康复（不疼范围内转动脚踝、单脚站平衡），走路不疼了再慢跑，然后才是跳和变向"
                       : "strength: %d-%d sets of %d-%d reps, upper body and core seated or lying, no weight or jumping on the injured leg; plus daily ankle rehab (pain-free ankle circles, then single-leg balance); jog once walking is pain-free, and only then hops and cutting",
                     rx.sets_lo, rx.sets_hi, rx.reps_lo, rx.reps_hi);
        } else if (kind == S && flare) {
            mr_strength_rx rx = mr_kb_strength(p->age, fit);
            snprintf(d->reason, sizeof d->reason,
                     z ? "力量：%d-%d组×%d-%d次，避开刚发作过的关节（不撑、不用力抓握），如果还在发热肿胀就换成轻松活动（ACR 2022）"
                       : "strength: %d-%d sets of %d-%d reps, sparing the joints that flared (no weight through them, no hard gripping); if they are still hot or swollen, make it an easy day instead (ACR 2022)",
                     rx.sets_lo, rx.sets_hi, rx.reps_lo, rx.reps_hi);
        } else if (kind == S && p->age >= 5 && p->age < 13) {
            /* a child's strengthening is play, not sets in a gym (WHO 2020) */
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "练肌肉和骨骼的玩法：攀爬架、跳绳、跳房子、单脚跳、自重游戏（像小动物一样爬、蹲起），分几段玩够，每周3天（WHO 2020）"
                       : "muscle- and bone-strengthening play: climbing frames, skipping, hopscotch, hopping, body-weight games (animal walks, squats as a game), in several bouts, 3 days a week (WHO 2020)");
        } else if (kind == S && (t->read.dx_known & ((1u << MR_DX_MARFAN) | (1u << MR_DX_HERNIA)))) {
            /* the aorta or the hernia: light loads, breathing out, never to failure (conditions.c) */
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "力量：轻到中等重量，2-3组×10-15次，用力时呼气、不憋气，不做到力竭，不测极限、不做大重量主项"
                       : "strength: light to moderate loads, 2-3 sets of 10-15 reps, breathing out on the effort, never to failure; no max attempts or heavy main lifts");
        } else if (kind == S && lifter && t->read.ppl) {
            /* push, pull, legs in turn, from where today leaves the rotation */
            static const char *const en[] = {
                "push day: chest, shoulders and triceps (bench or press, overhead press, dips), main lift 3-5 sets of 3-6 reps at RPE 7-8, accessories 3 sets of 8-12",
                "pull day: back and biceps (rows, pull-ups or pulldowns, curls), main lift 3-5 sets of 3-6 reps at RPE 7-8, accessories 3 sets of 8-12",
                "legs day: squat or deadlift, then lunges, leg curls and calf raises, main lift 3-5 sets of 3-6 reps at RPE 7-8, accessories 3 sets of 8-12, plus core"};
            static const char *const zh[] = {"推日：胸、肩、三头（卧推或推举、肩推、臂屈伸），主项3-5组×3-6次（RPE 7-8），辅助项3组×8-12次",
                                             "拉日：背和二头（划船、引体或下拉、弯举），主项3-5组×3-6次（RPE 7-8），辅助项3组×8-12次",
                                             "腿日：深蹲或硬拉，再做弓步、腿弯举、提踵，主项3-5组×3-6次（RPE 7-8），辅助项3组×8-12次，加核心"};
            snprintf(d->reason, sizeof d->reason, "%s",
                     ppl_next == 2 && (flags & MR_COND_BACK) ? (z ? back_legs_zh : back_legs_en) : z ? zh[ppl_next] : en[ppl_next]);
            ppl_next = (ppl_next + 1) % 3;
        } else if (kind == S && lifter && group == 5) {
            snprintf(d->reason, sizeof d->reason, "%s",
                     !upper_next && (flags & MR_COND_BACK) ? (z ? back_legs_zh : back_legs_en) :
                     upper_next ? (z ? "上肢日：推（卧推、推举）和拉（划船、引体），主项3-5组×3-6次（RPE 7-8），辅助项3组×8-12次；腿和下背今天休息"
                                     : "upper day: push (bench, overhead press) and pull (rows, pull-ups), main lifts 3-5 sets of 3-6 reps at RPE 7-8, accessories 3 sets of 8-12; legs and lower back rest today")
                                : (z ? "下肢日：深蹲或硬拉（交替安排重日和轻日），主项3-5组×3-6次（RPE 7-8），臀推、弓步、腿弯举、提踵3组×8-12次，加核心"
                                     : "lower day: squat or deadlift (alternate the heavy and the lighter one), main lift 3-5 sets of 3-6 reps at RPE 7-8, hip thrusts, lunges, leg curls and calf raises 3 sets of 8-12, plus core"));
            upper_next = !upper_next;
        } else if (kind == S && lifter) {
            snprintf(d->reason, sizeof d->reason, "%s",
                     z ? "全身力量：深蹲、卧推、划船、硬拉或臀桥、推举，各2-3组×8-12次，最后两次吃力但动作标准；每次比上次加一点点（ACSM 2009）"
                       : "whole-body strength: squat, bench, row, deadlift or hip thrust, press, 2-3 sets of 8-12 each, the last two reps hard but clean; add a little each time (ACSM 2009)");
        } else if (kind == S) {
            mr_strength_rx rx = mr_kb_strength(p->age, fit);
            if (t->read.notes & MR_NOTE_POSTPARTUM) rx = (mr_strength_rx){1, 2, 10, 15, 6}; /* as today's card (ACOG 2020) */
            if (t->read.notes & MR_NOTE_POSTPARTUM)
                /* after a birth: the pelvic floor and the muscles around it
                 * first, nothing that bulges the tummy (ACOG 2020) */
                snprintf(d->reason, sizeof d->reason,
                         z ? "产后力量：盆底肌训练、臀桥、侧躺抬腿、扶墙俯卧撑、坐站起立，%d-%d组×%d-%d次；先不做卷腹和平板支撑（肚子中线鼓起来就停）"
                           : "postnatal strength: pelvic floor squeezes, glute bridges, side-lying leg lifts, wall push-ups, sit-to-stands, %d-%d sets of %d-%d; no sit-ups or planks yet (stop if the midline of the tummy bulges)",
                         rx.sets_lo, rx.sets_hi, rx.reps_lo, rx.reps_hi);
            else
            snprintf(d->reason, sizeof d->reason,
                     z ? "力量：%d-%d组×%d-%d次，每周至少2天（WHO 2020，ACSM）%s" : "strength: %d-%d sets of %d-%d reps; 2 or more days a week (WHO 2020, ACSM)%s",
                     rx.sets_lo, rx.sets_hi, rx.reps_lo, rx.reps_hi,
                     t->read.dialysis ? (z ? "；以腿为主（坐站起、提踵），内瘘那只手臂不负重、不受压"
                                           : "; mostly the legs (sit-to-stand, heel raises), and no weight or pressure on the fistula arm")
                     /* from 65 the strength day carries the week's third balance session (WHO 2020) */
                     : p->age >= 65 ? (z ? "；加几分钟平衡练习（单脚站、脚跟贴脚尖走），手扶椅背或台面"
                                         : "; add a few minutes of balance (standing on one leg, heel-to-toe steps), a hand on a chair back or the counter")
                                    : "");
        } else if (kind == B && habit[best] > 0) {
            snprintf(d->reason, sizeof d->reason, z ? "%s：你平时每周%d次，照常" : "%s: one of your usual %d a week, as usual", act,
                     habit[best]);
        } else if (kind == B) {
            if (p->age >= 65)
                snprintf(d->reason, sizeof d->reason,
                         z ? "%s：平衡与柔韧，65岁以上每周至少3天（WHO 2020）；单脚站这类动作手扶椅背或台面"
                           : "%s: balance and flexibility, 3 days a week from 65 (WHO 2020); one-leg moves with a hand on a chair back or the counter", act);
            else /* (the WHO's 3 days of balance are for older adults: not a line for 38) */
                snprintf(d->reason, sizeof d->reason,
                         z ? "%s：柔韧和放松，也让身体在有氧日之间恢复" : "%s: flexibility and an easier day between the aerobic ones", act);
        } else if (long_day && !heat_day) {
            snprintf(d->reason, sizeof d->reason, z ? "长距离：耐力目标的关键课，之后安排恢复" : "long session: the key one for your endurance goal; recovery after it");
        } else if (d->hard && (flags & MR_COND_ASTHMA) && mr_kb_activity((mr_activity)best)->outdoor) {
            snprintf(d->reason, sizeof d->reason, "%s", z ? "高强度日，有哮喘：热身10-15分钟，按哮喘计划先用急救吸入剂并随身带着；空气差的日子改到室内（口罩挡不住细颗粒物）；冷天改到室内，或用围巾挡住口鼻（ACSM，GINA）"
                                                        : "a hard day, with asthma: warm up for 10-15 minutes, use your reliever first if your asthma plan says so and carry it; on a poor-air day go indoors (a mask does not stop the fine smoke); on a cold day go indoors or cover mouth and nose with a buff (ACSM, GINA)");
        } else if (d->hard && best == MR_ACT_RUN && p->age >= 13 && mr_speed_wanted(p, &t->read)) {
            snprintf(d->reason, sizeof d->reason, "%s",
                     p->age < 18 ? (z ? "速度日：热身10分钟后，20-40米冲刺6-10次（走回来再跑），加折返跑或绕桩变向，其余时间轻松跑；第二天不安排高强度"
                                      : "speed day: after a 10-minute warm-up, 6-10 sprints of 20-40 m (walk back between), shuttle or cone drills, the rest easy running; nothing hard the day after")
                       : sprint ? (z ? "速度日：慢跑、动态拉伸和几次加速跑热身15分钟，6-8组×150-300米接近比赛速度（RPE 16-18），组间走或慢跑3-5分钟充分恢复；和下一次高强度之间至少隔48小时"
                                     : "speed day: 15 minutes of easy running, drills and strides, then 6-8 x 150-300 m near race pace (RPE 16-18) with 3-5 minutes' walk or jog between for full recovery; 48 h before the next hard one")
                                 : (z ? "速度日：慢跑热身10-15分钟，6-8组×1分钟快跑（RPE 15-17），组间慢跑2分钟，其余轻松跑；和下一次高强度之间至少隔48小时"
                                      : "speed day: 10-15 minutes easy, 6-8 x 1 minute fast (RPE 15-17) with 2 minutes easy between, the rest easy; 48 h before the next hard one"));
        } else if (d->hard && p->age < 13 && best == MR_ACT_RUN) {
            /* a child's vigorous activity comes in bursts, not a long run (WHO 2020; AAP) */
            snprintf(d->reason, sizeof d->reason, "%s%s",
                     z ? "高强度日，用玩的方式：追逐跑、10×20米冲刺（走回来再跑）、跳绳一组一组地跳，中间歇一歇；第二天不安排高强度（WHO 2020）"
                       : "a vigorous day, as play: tag, 10 x 20 m sprints (walk back between), skipping in short sets, with breaks between; nothing hard the day after (WHO 2020)",
                     !hot ? "" : z ? "；天热：放到傍晚6点后或清晨，带水，每15-20分钟歇下来喝几口（ACSM 2007）"
                                   : "; in this heat: after 6 pm or early, with water, a drink break every 15-20 minutes (ACSM 2007)");
        } else if (d->hard && p->age < 18) {
            snprintf(d->reason, sizeof d->reason, "%s", z ? "高强度日：5-17岁每周至少3天高强度活动（WHO 2020）；第二天不安排高强度"
                                                        : "a vigorous day: WHO 2020 asks for vigorous activity on 3 days a week at 5-17; nothing hard the day after");
        } else if (lifter && kind == A) {
            snprintf(d->reason, sizeof d->reason, z ? "%s：有氧，中等强度、45分钟以内，放在力量训练之后或不练腿的日子，不影响腿部恢复"
                                                    : "%s: aerobic, moderate and 45 minutes at most, after lifting or on a day without legs, so it does not cost the legs their recovery",
                     act);
        } else if (d->hard) {
            snprintf(d->reason, sizeof d->reason, "%s", z ? "高强度日：和下一次高强度之间至少隔48小时，其余的日子轻松练（ACSM）"
                                                        : "a hard day: 48 h before the next hard one, the other days easy (ACSM)");
        } else if (heat_day) {
            snprintf(d->reason, sizeof d->reason, z ? "%s：%s" : "%s: %s", act,
                     z ? "天热，身体适应要10-14天：放在早上10点前或傍晚6点后，强度中等、时间短一点，带水（ACSM 2007）"
                       : "heat takes 10-14 days to get used to: before 10 am or after 6 pm, moderate and a little shorter, with water (ACSM 2007)");
        } else if (heavy && kind == A) {
            /* the day's own ceiling: 30 minutes, or less where the person said less */
            snprintf(d->reason, sizeof d->reason, z ? "%s：这段时间%s，每次%d分钟左右就好，规律比时长重要，动一动对情绪和睡眠都有帮助%s"
                                                    : "%s: while %s, about %d minutes is enough; doing it regularly matters more than long sessions, and it helps mood and sleep%s",
                     act,
                     t->read.grief ? (z ? "还在难过中" : "you are grieving")
                     : t->read.low_lasting ? (z ? "情绪一直低落" : "your mood has been low for weeks")
                     : t->read.night_shift ? (z ? "上夜班" : "you work night shifts")
                                           : (z ? "一直睡不好" : "sleep has been poor for months"),
                     most_minutes[i] > 0 && most_minutes[i] < 30 ? most_minutes[i] : 30,
                     !t->read.night_shift ? "" : z ? "；下夜班先睡觉，运动放在睡醒后或上夜班前" : "; after a night shift sleep first, and train after you wake or before the next shift");
        } else if ((t->read.notes2 & MR_NOTE2_ALTITUDE) && kind == A) {
            snprintf(d->reason, sizeof d->reason, z ? "%s：高原上比平时慢、比平时短，按能说整句话来定强度，不看心率（高处心跳本来就快）；当天头痛就只散步（WMS 2019）"
                                                    : "%s up high: slower and shorter than at home, by the talk test, not heart rate (it runs high at altitude); a headache that day means a walk only (WMS 2019)",
                     act);
        } else if (home) {
            snprintf(d->reason, sizeof d->reason, z ? "%s：在家就能做，不用出门；连贯地做下来，身体发热、呼吸加快但还能说整句话"
                                                    : "%s at home, no outing needed: keep it flowing, warm and breathing faster but able to talk in full sentences",
                     act);
        } else {
            char own[64] = "";
            if (with_twin(habit, best) >= 2)
                snprintf(own, sizeof own, z ? "你平时每周%d次中的一次，" : "one of your usual %d a week, ", with_twin(habit, best));
            snprintf(d->reason, sizeof d->reason,
                     z ? "%s：%s有氧，强度以能说整句话为准%s" : "%s: %saerobic, at a pace you can talk in full sentences%s", act, own,
                     !mr_kb_activity((mr_activity)best)->outdoor ? ""
                     /* a frozen week: a later day outdoors only on ground free of ice (falls; more so on a blood thinner) */
                     : icy || (!isnan(p->temp_c) && p->temp_c <= 0.0f)
                         ? (z ? "；路面结冰就改到室内（跑步机、室内单车）" : "; only if the ground is free of ice, else indoors (treadmill, bike)")
                         : heat_indoors ? (z ? "；天热，放在清晨或傍晚凉快的时候，带水" : "; in the heat, at dawn or in the evening when it is cooler, with water")
                         : (z ? "；出门前看看天气和空气" : "; check the weather and air first"));
        }
        if (moved_hard && d->hard && (int)d->activity == t->read.asked)
            snprintf(d->reason, sizeof d->reason, z ? "你问的“%s”放在今天：睡够了、腿不沉了再做，先热身10-15分钟，最后放松；腿还沉就改成轻松的"
                                                    : "the session you asked about (%s) goes here: when you have slept and your legs feel fresh, with a 10-15 minute warm-up and a cool-down; if they are still heavy, keep it easy",
                     t->read.asked_words);
        /* a lifter with high blood pressure: the week's lifting stays sub-maximal,
         * breathing through each rep, until a recheck reads under 140/90 (ACSM;
         * AHA 2017 on resistance training with hypertension) */
        if (lifter && kind == S && (p->bp_sys >= 140 || p->bp_dia >= 90 || t->read.bp_sys >= 140 || t->read.bp_dia >= 90)) {
            size_t len = strlen(d->reason);
            snprintf(d->reason + len, sizeof d->reason - len, "%s",
                     z ? "；血压偏高：不做极限单次、不憋气，主项控制在RPE 6-7（还能再做3-4次），直到复测低于140/90"
                       : "; with your pressure up: no singles or held breath, main sets at RPE 6-7 (3-4 reps in reserve) until a recheck reads under 140/90");
        }
        /* a pool day with an ICD or epilepsy: never alone, as a shock or a
         * seizure in the water can leave one unable to stay up (HRS 2019;
         * ILAE, Capovilla et al. 2016) */
        if (best == MR_ACT_SWIM && (t->read.icd || (t->read.notes2 & MR_NOTE2_EPILEPSY))) {
            size_t len = strlen(d->reason);
            snprintf(d->reason + len, sizeof d->reason - len, "%s",
                     z ? ((t->read.notes2 & MR_NOTE2_EPILEPSY) ? "；不要一个人游，要有救生员或知道你有癫痫的人在旁边"
                                                               : "；不要一个人游，身边要有知道你装了除颤器的人")
                       : ((t->read.notes2 & MR_NOTE2_EPILEPSY) ? "; never alone: a lifeguard or someone who knows about your epilepsy beside you"
                                                               : "; never alone: someone beside you who knows about your device"));
        }
        /* the day's event says what the day is (the card's line, as here) */
        unsigned said_ev = MR_EV_TRIP | MR_EV_DRIVE | MR_EV_SHIFT | MR_EV_HEAT | MR_EV_FAST | MR_EV_PERIOD | MR_EV_AFTER_OP;
        if (ev & said_ev) mr_event_advice(ev, z, d->reason, sizeof d->reason);
        if ((ev_before & MR_EV_DRINK) && !(ev & said_ev)) {
            size_t len = strlen(d->reason);
            snprintf(d->reason + len, sizeof d->reason - len, "%s",
                     z ? "；前一天聚会喝了酒：今天轻松些，先补水" : "; the day after the party's drinks: easy, water first");
        }
    }
    /* the week's totals, topped up towards the aim where safety allows */
    int aim = usual.week_target > pl->aerobic_target || p->fitness >= MR_FIT_INTERMEDIATE || p->age < 18
                  ? pl->aerobic_target > usual.week_target ? pl->aerobic_target : usual.week_target
                  : usual.week_target;
    /* and about 10% over the usual load at most (last week's, or the
     * month's weekly average when last week was a light one): a common
     * ceiling on week-to-week increases, the card's own rule (load spikes
     * are what injure, Gabbett 2016). Hard days ease first, then the later
     * days shorten to 20 minutes, then whole days become rest from the end,
     * the long run last; today stays as recommended. A young person's too
     * when a log or a beginner's fitness says what the usual is: WHO's hour
     * a day counts PE, the walk to school and play, so the planned sessions
     * build up to it rather than jump from 50 logged minutes to 420 (a
     * growing bone takes a sudden load worst; AAP, Brenner 2007). */
    int usual_week = mr_dose_usual_week(&usual);
    if (walker && usual_week < 5 * walk_min) usual_week = 5 * walk_min; /* her walks, logged or not, are her usual week */
    /* ... and so are the aerobic sessions of their own week, as told ("周一到周五快走40分钟"): the log may have missed some */
    {
        int own_week = 0;
        for (int a = 0; a < MR_ACT_COUNT; a++) {
            if (kind_of((mr_activity)a) != A || !said[a]) continue;
            int m = logged_minutes(sess, n, a);
            own_week += said[a] * (m ? m : t->read.habit_minutes > 0 ? t->read.habit_minutes : usual.minutes);
        }
        if (usual_week < own_week) usual_week = own_week;
    }
    /* (and a young person back after a break, a log with nothing in the last weeks, builds up from the floor below too) */
    int cap = usual_week > 0 || (p->age < 18 && (fit <= MR_FIT_BEGINNER || p->n_history > 0)) ? (int)lroundf((float)usual_week * 1.1f) : 1 << 20;
    /* after a spike the week comes down instead: about 30% under the
     * month's weekly average, half past twice the usual (the card's deload) */
    if (spike) { /* a young person's too: a growing bone takes a jump worst (a stress injury) */
        int dl = (int)lroundf((float)usual.week_usual * (usual.spike > 2.0f ? 0.5f : 0.7f));
        if (dl < cap) cap = dl;
    }
    /* a floor under it: a beginner's 90 minutes, and WHO's 150 for anyone
     * who says they train (a log with two sessions in it is not their week) */
    int floor_min = p->age < 18 || p->fitness >= MR_FIT_INTERMEDIATE || rehab ? 150 : 90;
    if (rehab && aim < 150) aim = 150; /* the programme's 150 minutes, carried on */
    int floored = cap < floor_min;
    if (floored) cap = floor_min;
    if (walker && aim < 150) aim = 150; /* her walks make WHO's 150 reachable now, within the ceiling */
    if (aim > cap) aim = cap;
    const char *easier = spike     ? (z ? "今天轻松练：负荷骤增之后，这周是减量周" : "easy today: after the jump in load, this is a lighter week")
                         : floored ? (z ? "今天轻松练：这周总量循序渐进，不一下加太多" : "easy today: the week builds up gradually, not all at once")
                                   : (z ? "今天轻松练：这周总量比平时多不超过10%左右" : "easy today: this week's load stays within about 10% of your usual");
    const char *rested = spike     ? (z ? "休息：负荷骤增之后，这周是减量周" : "rest: after the jump in load, this is a lighter week")
                         : floored ? (z ? "休息：这周总量循序渐进，不一下加太多" : "rest: the week builds up gradually, not all at once")
                                   : (z ? "休息：这周总量比平时多不超过10%左右" : "rest: this week's load stays within about 10% of your usual");
    int total = 0;
    for (int i = 0; i < 7; i++) total += moderate_equivalent(&pl->day[i], p->age < 18);
    /* a sprinter's speed sessions are the week: the easy runs shorten
     * first, to 30 minutes, before a hard day eases */
    for (int i = 6; i >= 1 && total > cap && sprint; i--) {
        mr_plan_day *d = &pl->day[i];
        if (d->hard || d->kind != A || d->minutes <= 30) continue;
        total -= moderate_equivalent(d, p->age < 18);
        fill_day(d, p, flags, t, d->activity, d->intensity, 30, easy_runner(p, t, runner, i));
        total += moderate_equivalent(d, p->age < 18);
    }
    for (int i = 6; i >= 1 && total > cap; i--)
        if (pl->day[i].intensity == MR_VIGOROUS && pl->day[i].kind == A && i != moved_at) { /* (the session asked about kept) */
            mr_plan_day *d = &pl->day[i];
            total -= moderate_equivalent(d, p->age < 18);
            fill_day(d, p, flags, t, d->activity, MR_MODERATE, d->minutes, easy_runner(p, t, runner, i));
            d->hard = 0;
            total += moderate_equivalent(d, p->age < 18);
            snprintf(d->reason, sizeof d->reason, "%s", easier);
        }
    if (total > cap) {
        int fixed = 0, scaled = 0;
        for (int i = 0; i < 7; i++) {
            int me = moderate_equivalent(&pl->day[i], p->age < 18);
            if (i > 0 && me && !pl->day[i].long_run && pl->day[i].minutes > 20) scaled += me;
            else fixed += me;
        }
        float f = scaled > 0 ? fmaxf(0.0f, (float)(cap - fixed) / (float)scaled) : 1.0f;
        for (int i = 1; i < 7 && f < 1.0f; i++) {
            mr_plan_day *d = &pl->day[i];
            if (!moderate_equivalent(d, p->age < 18) || d->long_run || d->minutes <= 20) continue;
            int m = (int)(5 * lroundf((float)d->minutes * f / 5));
            fill_day(d, p, flags, t, d->activity, d->intensity, m < 20 ? 20 : m, easy_runner(p, t, runner, i));
        }
        total = 0;
        for (int i = 0; i < 7; i++) total += moderate_equivalent(&pl->day[i], p->age < 18);
    }
    /* five minutes off the later days before a whole day goes (the scaling's rounding can leave it just over) */
    for (int round = 0; round < 4 && total > cap; round++)
        for (int i = 6; i >= 1 && total > cap; i--) {
            mr_plan_day *d = &pl->day[i];
            int me = moderate_equivalent(d, p->age < 18);
            if (!me || d->long_run || d->minutes <= 25 || d->kind != A) continue;
            fill_day(d, p, flags, t, d->activity, d->intensity, d->minutes - 5, easy_runner(p, t, runner, i));
            total += moderate_equivalent(d, p->age < 18) - me;
        }
    /* whole days from the end: the person's own sessions after the others, the long run last */
    for (int pass = 0; pass < 3 && total > cap; pass++)
        for (int i = 6; i >= 1 && total > cap; i--) {
            mr_plan_day *d = &pl->day[i];
            int me = moderate_equivalent(d, p->age < 18);
            if (!me || (pass == 2) != d->long_run || (pass == 1) != (own_day[i] && !d->long_run)) continue;
            rest_day(d, rested);
            total -= me;
        }
    for (int i = 1; i < 7; i++) /* a rest day kept for a hard day that is no longer hard */
        if (pl->day[i].activity == MR_ACT_REST && !pl->day[i - 1].hard && strstr(pl->day[i].reason, z ? "48小时" : "48 h"))
            snprintf(pl->day[i].reason, sizeof pl->day[i].reason, "%s",
                     z ? "休息日：恢复同样是训练的一部分" : "rest day: recovery is part of training");
    for (int round = 0; round < 20; round++) {
        total = 0;
        for (int i = 0; i < 7; i++) total += moderate_equivalent(&pl->day[i], p->age < 18);
        if (total >= aim) break;
        int grew = 0;
        for (int i = 1; i < 7 && total < aim; i++) {
            mr_plan_day *d = &pl->day[i];
            /* a young person's strengthening play counts towards the hour too */
            /* a young person's hour: strengthening play to 45 minutes (a fit
             * teenager's to 60), vigorous sessions to 45 for a child and 60
             * for a teenager, the easier days to the top */
            int most = top;
            if (p->age < 18 && d->kind == S) most = top == 90 ? 60 : 45;
            else if (p->age < 18 && d->hard) most = p->age < 13 ? 45 : 60;
            if (most_minutes[i] && most_minutes[i] < most) most = most_minutes[i];
            if ((d->kind != A && !(p->age < 18 && d->kind == S)) || d->activity == MR_ACT_REST || d->minutes + 5 > most ||
                (flare && i <= 2))
                continue;
            d->minutes += 5;
            fill_day(d, p, flags, t, d->activity, d->intensity, d->minutes, easy_runner(p, t, runner, i));
            total += d->intensity == MR_VIGOROUS && p->age >= 18 ? 10 : 5;
            grew = 1;
        }
        if (!grew) break;
    }
totals:
    for (int i = 0; i < 7; i++) {
        pl->aerobic_minutes += moderate_equivalent(&pl->day[i], p->age < 18);
        if (pl->day[i].team) pl->aerobic_minutes += 60; /* (the practice itself, about an hour: its minutes count) */
        pl->strength_days += pl->day[i].kind == S && pl->day[i].activity != MR_ACT_REST;
        /* (from 65 a strength day's line adds the balance moves: it counts) */
        pl->balance_days += pl->day[i].activity == MR_ACT_TAI_CHI || pl->day[i].activity == MR_ACT_YOGA ||
                            (p->age >= 65 && pl->day[i].activity == MR_ACT_STRENGTH &&
                             (strstr(pl->day[i].reason, "balance") || strstr(pl->day[i].reason, "平衡")));
    }
    return MR_OK;
}

/* any bytes (quoted notes, truncated lines): mr_json_str writes valid UTF-8 */
static void jstr(FILE *out, const char *s) { mr_json_str(out, s, strlen(s)); }

static void write_json(const void *obj, FILE *out) {
    const mr_plan *pl = obj;
    fputs("{\"days\":[", out);
    for (int i = 0; i < 7; i++) {
        const mr_plan_day *d = &pl->day[i];
        static const char *kinds[] = {"aerobic", "strength", "balance", "rest"};
        fprintf(out, "%s{\"day\":%d,\"weekday\":%d,\"kind\":\"%s\",\"activity\":\"%s\",\"intensity\":\"%s\",\"minutes\":%d",
                i ? "," : "", i, pl->start_wday < 0 ? -1 : (pl->start_wday + i) % 7, kinds[d->kind],
                mr_kb_activity(d->activity)->id, mr_kb_intensity_name(d->intensity), d->minutes);
        if (d->rpe_lo) fprintf(out, ",\"rpe\":[%d,%d]", d->rpe_lo, d->rpe_hi);
        else fputs(",\"rpe\":null", out);
        if (d->hr_lo) fprintf(out, ",\"hr_zone_bpm\":[%d,%d]", d->hr_lo, d->hr_hi);
        else fputs(",\"hr_zone_bpm\":null", out);
        if (d->kcal >= 0) fprintf(out, ",\"kcal\":%.0f", d->kcal);
        else fputs(",\"kcal\":null", out);
        if (d->race) fputs(",\"race\":true", out);
        if (d->team) fputs(",\"team_practice\":true", out);
        fputs(",\"reason\":", out);
        jstr(out, d->reason);
        fputc('}', out);
    }
    fprintf(out, "],\"rpe_scale\":\"%s\"", pl->today.rpe_child ? "omni_0_10" : "borg_6_20");
    fprintf(out, ",\"week\":{\"aerobic_minutes\":%d,\"aerobic_target\":%d,\"strength_days\":%d,\"balance_days\":%d,"
                 "\"emergency\":%s,\"race_week\":%s},\"warnings\":[",
            pl->aerobic_minutes, pl->aerobic_target, pl->strength_days, pl->balance_days, pl->emergency ? "true" : "false",
            pl->race_week ? "true" : "false");
    for (int i = 0; i < pl->today.n_warnings; i++) { if (i) fputc(',', out); jstr(out, pl->today.warnings[i]); }
    fprintf(out, "],\"today\":");
    mr_recommendation_json_plain(&pl->today, out); /* converted with the rest below */
    fprintf(out, ",\"language\":\"%s\"}", pl->today.language);
}

static void write_card(const void *obj, FILE *out) {
    const mr_plan *pl = obj;
    int z = zh(pl);
    static const char *wd_zh[] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
    static const char *wd_en[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    fprintf(out, "%s\n", z ? "== 本周运动计划 ==" : "== This week's plan ==");
    for (int i = 0; i < 7; i++) {
        const mr_plan_day *d = &pl->day[i];
        char when[32];
        if (pl->start_wday >= 0) snprintf(when, sizeof when, "%s", z ? wd_zh[(pl->start_wday + i) % 7] : wd_en[(pl->start_wday + i) % 7]);
        else if (i == 0) snprintf(when, sizeof when, "%s", z ? "今天" : "today");
        else snprintf(when, sizeof when, z ? "第%d天" : "day %d", i + 1);
        const char *act = z ? mr_kb_activity(d->activity)->zh : mr_kb_activity(d->activity)->en;
        if (d->activity == MR_ACT_REST) {
            fprintf(out, "%-6s %s  %s\n", when, d->team ? (z ? "固定项目" : "own sport") : act, d->reason);
            continue;
        }
        if (d->race) {
            fprintf(out, "%-6s %s  %s\n", when, z ? "比赛" : "RACE", d->reason);
            continue;
        }
        fprintf(out, z ? "%-6s %s，%s，%d分钟" : "%-6s %s, %s, %d min", when, act,
                z ? (d->intensity == MR_LIGHT ? "低强度" : d->intensity == MR_MODERATE ? "中等强度" : "高强度")
                  : mr_kb_intensity_name(d->intensity),
                d->minutes);
        if (pl->today.rpe_child) fprintf(out, z ? "，OMNI %d-%d/10" : ", OMNI %d-%d/10", d->rpe_lo, d->rpe_hi);
        else fprintf(out, z ? "，RPE %d-%d" : ", RPE %d-%d", d->rpe_lo, d->rpe_hi);
        if (d->hr_lo) fprintf(out, z ? "，心率%d-%d" : ", HR %d-%d", d->hr_lo, d->hr_hi);
        fprintf(out, "  %s\n", d->reason);
    }
    if (pl->race_week)
        fprintf(out, "%s\n", z ? "本周是比赛周：减量、比赛、恢复，不追求每周的运动量目标"
                                : "week: a race week, the taper, the race and recovery; no weekly target this week");
    else if (!pl->emergency && pl->youth) /* WHO 2020: an hour a day of moderate-to-vigorous activity, in minutes */
        fprintf(out, z ? "本周：中高强度活动约%d分钟（WHO建议平均每天60分钟，一周约%d）%s；练肌肉和骨骼%d天%s%s\n"
                       : "week: about %d minutes of moderate-to-vigorous activity (WHO: an hour a day on average, about %d)%s; muscle and bone strengthening on %d day%s%s\n",
                pl->aerobic_minutes, pl->aerobic_target,
                pl->aerobic_minutes >= pl->aerobic_target ? (z ? " ✓" : " ✓")
                                                          : (z ? "；其余由体育课、走路上学和玩补足，训练量逐周增加"
                                                               : "; PE, the walk to school and play make up the rest while training builds up"),
                pl->strength_days, z || pl->strength_days == 1 ? "" : "s", pl->strength_days >= 3 ? " ✓" : "");
    else if (!pl->emergency)
        fprintf(out, z ? "本周：有氧约%d分钟（中等强度当量，WHO建议至少%d）%s；力量%d天%s%s\n"
                       : "week: about %d moderate-equivalent aerobic minutes (WHO: at least %d)%s; strength on %d day%s%s\n",
                pl->aerobic_minutes, pl->aerobic_target,
                pl->aerobic_minutes >= pl->aerobic_target ? (z ? " ✓" : " ✓") : (z ? "，逐步增加中" : ", building up to it"),
                pl->strength_days, z || pl->strength_days == 1 ? "" : "s", pl->strength_days >= 2 ? " ✓" : "");
    for (int i = 0; i < pl->today.n_warnings; i++) fprintf(out, "%s %s\n", z ? "注意：" : "warning:", pl->today.warnings[i]);
    fprintf(out, "%s\n", z ? "（本计划不是医疗建议。）" : "(This is not medical advice.)");
}

/* Traditional characters for those who write them (hant.c), the day's
 * recommendation inside with the rest */
void mr_plan_json(const mr_plan *pl, FILE *out) { mr_hant_write(out, pl->today.hant, write_json, pl); }
void mr_plan_card(const mr_plan *pl, FILE *out) { mr_hant_write(out, pl->today.hant, write_card, pl); }
