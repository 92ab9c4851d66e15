/* prior.c - the knowledge-based activity prior. Every factor is a
 * multiplication, so each line reads as one piece of advice; the sources are
 * ../shared/DOMAIN.md (WHO 2020, ACSM, ADA) where it has one, and plain
 * coaching sense (marked "heuristic") where it does not. */
#include "prior.h"

#include <ctype.h>
#include <string.h>

static const char *const GOAL_NAMES[MR_GOAL_COUNT] = {"health", "weight", "strength", "endurance", "flexibility"};

const char *mr_goal_name(mr_goal g) { return (unsigned)g < MR_GOAL_COUNT ? GOAL_NAMES[g] : "health"; }

mr_goal mr_goal_read(const char *t) {
    /* The first family that matches wins; order: the most specific first. */
    static const struct { mr_goal g; const char *w[56]; } K[] = {
        /* "减点肥", "掉十斤", "drop 8 kg by February": a loss said any way
         * ("减" alone would take 减压; "kg" alone a lifter's 100 kg) */
        {MR_GOAL_WEIGHT, {"减肥", "减重", "减脂", "瘦", "体重", "肥", "掉秤", "掉肉", "肚子", "肚腩", "減肥", "減重",
                          "減脂", "體重", "lose", "shed", "weight loss", "fat", "slim", "belly", "shredded", NULL}},
        {MR_GOAL_STRENGTH, {"增肌", "力量", "肌肉", "塑形", "卧推", "深蹲", "硬拉", "强壮", "強壯", "壮实", "有力气", "舉重", "举重",
                            "muscle", "strength", "stronger", "tone", "abs", "six pack", "six-pack", "sixpack", "腹肌",
                            "马甲线", "馬甲線", "人鱼线", "core", "biceps", "buff", "jacked", "gains",
                            "bench", "squat", "deadlift", "powerlift", "hypertrophy",
                            /* strong enough to lift a grandchild, carry the shopping ("能抱得动孙子") */
                            "抱得动", "抱得起", "抱动", "抱孙", "提得动", "lift my grandchild", "lift the grandkids", "lift my grandson",
                            "lift my granddaughter", "carry my grandchild", "carry the shopping", "lift the baby", NULL}},
        /* a race or a distance to reach ("trail 25K in spring", "半马跑进1小时35分") */
        {MR_GOAL_ENDURANCE, {"耐力", "马拉松", "体能", "心肺", "endurance", "marathon", "stamina", "cardio", "5k", "10k", "25k",
                             "50k", "100k", "ultramarathon", "ultra ", "trail", "triathlon", "ironman", "century", "race", "半马", "全马", "越野",
                             "馬拉松", "半馬", "全馬", "公里", "跑进", "ftp", "parkrun", "personal best", "trek", "hike",
                             "hiking", "徒步", NULL}},
        {MR_GOAL_FLEXIBILITY, {"柔韧", "放松", "减压", "灵活", "flexib", "relax", "stress", "mobility", NULL}},
    };
    if (!t) return MR_GOAL_HEALTH;
    for (size_t k = 0; k < sizeof K / sizeof K[0]; k++)
        for (int i = 0; K[k].w[i]; i++) {
            const char *w = K[k].w[i];
            for (const char *s = t; *s; s++) { /* ASCII case-insensitive substring */
                size_t j = 0;
                while (w[j] && s[j] && (s[j] == w[j] || ((unsigned char)s[j] < 128 && (s[j] | 32) == w[j]))) j++;
                /* "not lose fitness"; "10k steps a day" is walking, not a race */
                /* ... a distance ends where its word ends ("100k" is not in "100kg"), and
                 * a Latin word starts where one starts ("lose" is not in "close", "shed" in "finished") */
                /* ... and a short word ends where it ends ("abs" is not in "absolutely", "fat" in "fatigue") */
                size_t wl = strlen(w);
                int cut = (isdigit((unsigned char)w[0]) && isalpha((unsigned char)s[j])) ||
                          (wl <= 3 && isalpha((unsigned char)w[wl - 1]) && isalpha((unsigned char)s[j])) ||
                          (isalpha((unsigned char)w[0]) && s > t && isalpha((unsigned char)s[-1]));
                if (!w[j] && !cut && !(s - t >= 4 && !strncmp(s - 4, "not ", 4)) && strncmp(s + j, " steps", 6)) return K[k].g;
            }
        }
    return MR_GOAL_HEALTH;
}

mr_goal mr_goal_for(const char *t, int pregnant, int postpartum) {
    /* in pregnancy the aim is a healthy gain, not a loss ("孕期控制体重");
     * in the months after a birth the weight comes off, and the running
     * comes back, with ACOG 2020's 150 minutes built up gradually: the
     * activities are that time's own */
    mr_goal g = mr_goal_read(t);
    if ((pregnant || postpartum) && g == MR_GOAL_WEIGHT) return MR_GOAL_HEALTH;
    if (postpartum && g == MR_GOAL_ENDURANCE) return MR_GOAL_HEALTH;
    return g;
}

#define R MR_ACT_RUN
#define SW MR_ACT_SWIM
#define CY MR_ACT_CYCLE
#define BW MR_ACT_BRISK_WALK
#define WA MR_ACT_WALK
#define YO MR_ACT_YOGA
#define TC MR_ACT_TAI_CHI
#define ST MR_ACT_STRENGTH
#define SB MR_ACT_STATIONARY_BIKE
#define EL MR_ACT_ELLIPTICAL
#define SR MR_ACT_STRETCHING
#define RE MR_ACT_REST

void mr_activity_prior(const mr_prior_in *in, float *p) {
    /* Base popularity (heuristic), distinct so that ties are rare; rest is the
     * fallback, chosen when the rules leave nothing else. */
    static const float base[MR_ACT_COUNT] = {1.00f, 0.90f, 0.95f, 1.10f, 0.80f, 0.85f,
                                             0.60f, 0.88f, 0.75f, 0.70f, 0.55f, 0.30f};
    memcpy(p, base, sizeof base);
    switch (in->goal) { /* higher MET burns more energy (kcal = MET x kg x time) */
    case MR_GOAL_WEIGHT: p[R] *= 1.6f; p[CY] *= 1.5f; p[SW] *= 1.4f; p[EL] *= 1.5f; p[SB] *= 1.3f; p[BW] *= 1.2f; break;
    case MR_GOAL_STRENGTH: p[ST] *= 3.0f; break; /* ACSM: resistance 2-3 days/week */
    case MR_GOAL_ENDURANCE: p[R] *= 1.8f; p[CY] *= 1.7f; p[SW] *= 1.5f; break;
    case MR_GOAL_FLEXIBILITY: p[YO] *= 2.2f; p[SR] *= 2.0f; p[TC] *= 1.6f; break; /* ACSM flexibility */
    default: p[BW] *= 1.3f; break; /* WHO: brisk walking is the model moderate activity */
    }
    if (in->fitness <= 1) { p[WA] *= 1.4f; p[BW] *= 1.3f; p[SB] *= 1.3f; p[R] *= 0.6f; p[ST] *= 0.8f; }
    if (in->fitness == 3) { p[R] *= 1.4f; p[ST] *= 1.3f; p[CY] *= 1.2f; p[WA] *= 0.6f; p[SR] *= 0.7f; }
    if (in->age >= 65) { p[TC] *= 2.0f; p[WA] *= 1.3f; p[ST] *= 1.3f; p[R] *= 0.6f; } /* WHO: balance and strength */
    else if (in->age < 18) { p[R] *= 1.2f; p[CY] *= 1.2f; p[SW] *= 1.2f; } /* WHO: vigorous play */
    if (in->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) /* DOMAIN: prefer low impact */
        { p[SW] *= 1.8f; p[SB] *= 1.6f; p[EL] *= 1.5f; p[WA] *= 1.3f; }
    if (in->flags & (MR_COND_HYPERTENSION | MR_COND_DIABETES)) /* ADA: brisk walking needs no clearance */
        { p[BW] *= 1.5f; p[WA] *= 1.2f; p[CY] *= 1.2f; }
    if (in->flags & MR_COND_HEART) { p[WA] *= 1.5f; p[TC] *= 1.3f; }
    if (in->flags & MR_COND_PREGNANCY) { p[WA] *= 1.5f; p[SW] *= 1.4f; p[YO] *= 1.3f; } /* low fall risk */
    if ((in->flags & MR_COND_ASTHMA) && in->cold) /* cold dry air is a trigger */
        for (int a = 0; a < MR_ACT_COUNT; a++) if (mr_kb_activity((mr_activity)a)->outdoor) p[a] *= 0.4f;
    switch (in->mood) { /* heuristic: match the session to how the person feels */
    case MR_MOOD_STRESSED: p[YO] *= 1.6f; p[TC] *= 1.5f; p[WA] *= 1.4f; break;
    case MR_MOOD_TIRED: p[SR] *= 1.7f; p[WA] *= 1.4f; p[YO] *= 1.3f; break;
    case MR_MOOD_NEGATIVE: p[WA] *= 1.5f; p[CY] *= 1.2f; p[YO] *= 1.2f; break;
    case MR_MOOD_POSITIVE: p[R] *= 1.2f; p[CY] *= 1.2f; break;
    default: break;
    }
    if (in->prefer_indoor) /* DOMAIN: rain or ice, AQI > 150, heat and cold: prefer indoor */
        for (int a = 0; a < MR_ACT_COUNT; a++) {
            int tread = in->treadmill && ((a == R && in->treadmill == MR_INDOOR_TREADMILL) || a == MR_ACT_BRISK_WALK || a == WA); /* indoors on it */
            if (mr_kb_activity((mr_activity)a)->outdoor && !tread) p[a] *= 0.5f;
            if (a == SB || a == EL) p[a] *= 1.4f;
        }
    float tot = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) tot += p[a];
    for (int a = 0; a < MR_ACT_COUNT; a++) p[a] /= tot;
}

/* With a possible bone stress injury no running or brisk walking until it
 * is checked, walking kept to daily life, fitness kept off the bone on the
 * bike, the cross-trainer or in the pool (Warden et al. 2014); sore shins
 * alone: less pounding. */
float mr_shin_weight(int shin, mr_activity a) {
    if (!shin) return 1.0f;
    /* (a bone stress injury suspected: the bike and the pool carry no load; the cross-trainer still does) */
    if (shin == 2 && a == MR_ACT_ELLIPTICAL) return 0.5f;
    if (a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_SWIM || a == MR_ACT_ELLIPTICAL) return 1.5f;
    if (shin == 2) return a == MR_ACT_RUN || a == MR_ACT_BRISK_WALK ? 0.0f : a == MR_ACT_WALK ? 0.3f : 1.0f;
    return a == MR_ACT_RUN ? 0.3f : 1.0f;
}
