/* advisor.c - the recommendation pipeline: notes -> safety -> scores ->
 * re-ranking -> dose -> numbers from the knowledge tables -> reasons.
 * Every reason names the person's own facts (a field or the words of the
 * notes), never only a rule's name. card.c writes the result. */
#include "advisor.h"
#include "conditions.h"
#include "events.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h> /* strncasecmp */

static int zh(const mr_recommendation *r) { return !strcmp(r->language, "zh"); }

static void local_number(const mr_recommendation *r, char *s, size_t n);
static char *insert_reason(mr_recommendation *r, int at);

/* Weekday names by mr_profile.wday (0 Sunday), as the cards write them. */
static const char *const WDAY_EN[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
static const char *const WDAY_ZH[7] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};

/* Day of the year (1 January is 1, February taken as 28 days): dates said in
 * notes are compared with the profile's clock by it. */
static int day_of_year(int month, int mday) {
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return before[month - 1] + mday;
}
static void reason(mr_recommendation *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void reason(mr_recommendation *r, const char *fmt, ...) {
    if (r->n_reasons >= MR_ADV_MAX_LINES) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->reasons[r->n_reasons], sizeof r->reasons[0], fmt, ap);
    va_end(ap);
    local_number(r, r->reasons[r->n_reasons], sizeof r->reasons[0]); /* a reason that says to call names the region's number too */
    r->n_reasons++;
}

/* Whether a reason given so far quotes these words. */
static int quoted(const mr_recommendation *r, const char *words) {
    char q1[160], q2[160];
    snprintf(q1, sizeof q1, "\"%s\"", words);
    snprintf(q2, sizeof q2, "“%s”", words);
    for (int i = 0; i < r->n_reasons; i++)
        if (strstr(r->reasons[i], q1) || strstr(r->reasons[i], q2)) return 1;
    return 0;
}

/* The Chinese texts name the mainland's ambulance, 120 (police 110); a
 * card for Hong Kong, Macau, Taiwan or Singapore names theirs. */
static void local_number(const mr_recommendation *r, char *s, size_t n) {
    /* an English card names its region's number where it is known (en-GB,
     * or the NHS in the notes: 999), and the common ones otherwise */
    static const char *const en_at = "(911 in the US and Canada, 999 in the UK, 112 in Europe)";
    char *e = strstr(s, en_at);
    if (e && r->ems[0] && strcmp(r->ems, "120")) {
        char tail[1024];
        snprintf(tail, sizeof tail, "%s", e + strlen(en_at));
        snprintf(e, n - (size_t)(e - s), "(%s)%s", r->ems, tail);
    }
    if (!r->ems[0] || !strcmp(r->ems, "120")) return;
    /* the English texts' other "call emergency services" (and "an ambulance"): the number beside them */
    static const char *const en_call[] = {"emergency services", "call an ambulance", "get emergency care", NULL};
    for (int k = 0; en_call[k]; k++)
        for (char *p = strstr(s, en_call[k]); p; p = strstr(p + 1, en_call[k])) {
            char *after = p + strlen(en_call[k]);
            int named = 0; /* "now (999)": already there */
            for (const char *q = after; *q && q < after + 12 && !named; q++) named = *q == '(' && isdigit((unsigned char)q[1]);
            if (named) continue;
            char tail[1024];
            snprintf(tail, sizeof tail, "%s", after);
            size_t off = (size_t)(after - s);
            snprintf(after, n - off, " (%s)%s", r->ems, tail);
        }
    static const char *const at[] = {"拨打120或110", "拨打120", "急救电话（120）", NULL};
    for (int k = 0; at[k]; k++)
        for (char *p = strstr(s, at[k]); p; p = strstr(p + 1, at[k])) {
            char rep[64], tail[1024];
            if (!strcmp(r->ems, "119/999")) /* the region unknown: Taiwan's and Hong Kong's */
                snprintf(rep, sizeof rep, k == 2 ? "急救电话（台湾119，港澳999）" : "拨打急救电话（台湾119，港澳999）");
            else if (k == 0) snprintf(rep, sizeof rep, "拨打%s%s", r->ems, !strcmp(r->ems, "119") ? "或110" : "");
            else if (k == 1) snprintf(rep, sizeof rep, "拨打%s", r->ems);
            else snprintf(rep, sizeof rep, "急救电话（%s）", r->ems);
            snprintf(tail, sizeof tail, "%s", p + strlen(at[k]));
            size_t off = (size_t)(p - s);
            snprintf(p, n - off, "%s%s", rep, tail);
        }
}

/* The days after a marathon (two weeks) or a half (one), from the day
 * after it: easy only (the day after is post_race's own, lighter still). */
static int race_recovery(const mr_notes *nr, const mr_profile *p) {
    int d = mr_notes_race_days(nr, p->wday);
    return d >= 2 && d < (nr->raced == 2 ? 14 : 7);
}

/* The longest easy run in those days: 30 minutes in the first week after a
 * marathon (the first half-week after a half), 45 after (reverse taper;
 * Higdon's post-marathon schedules; heuristic). */
static int race_recovery_cap(const mr_notes *nr, const mr_profile *p) {
    return mr_notes_race_days(nr, p->wday) < mr_notes_race_first_days(nr) ? 30 : 45;
}

/* The class the notes name is on today's weekday, and the day is not over. */
static int class_today(const mr_notes *nr, const mr_profile *p) {
    return nr->class_act >= 0 && p->wday >= 0 && nr->class_wday == p->wday && (p->hour < 0 || p->hour < 21);
}

/* Today is a dialysis day (its weekday said, or "刚透完", "just back from
 * dialysis"): the training goes on the days between (KDIGO 2024). */
static int dialysis_today(const mr_notes *nr, const mr_profile *p) {
    if (!nr->dialysis) return 0;
    if (nr->dialysis_days && p->wday >= 0 && ((nr->dialysis_days >> p->wday) & 1)) return 1;
    return nr->dialysis_done_today;
}

/* A body temperature of 37.3-37.9 C read in the notes: raised, not a fever. */
static int low_grade_temp(const mr_notes *nr) {
    return !isnan(nr->temp_c) && nr->temp_c >= 37.3f && nr->temp_c < 38.0f && !(nr->flags & MR_SYM_FEVER);
}

/* ... and the only unplaced finding (its reason says what to do). */
static int only_temp_unsure(const mr_notes *nr) {
    if (!low_grade_temp(nr)) return 0;
    for (int i = 0; i < nr->n_unsure; i++)
        if (!(nr->explained & (1u << i)) && !isdigit((unsigned char)nr->unsure[i][0])) return 0;
    return 1;
}

/* Osteoarthritis named in the notes ("the arthritic one", "doc said OA", "膝关节退化"), for notes_say(). */
static const char *const arthritic_w[] = {"arthritic", "osteoarthritis", "arthritis in", "doc said oa", "said oa", "knee oa",
                                          "hip oa", " oa ", "oa)", "骨关节炎", "关节炎", "退化", "骨關節炎", "關節炎", NULL};

static void warning(mr_recommendation *r, const char *text) {
    char t[sizeof r->warnings[0]];
    snprintf(t, sizeof t, "%s", text);
    local_number(r, t, sizeof t);
    for (int i = 0; i < r->n_warnings; i++)
        if (!strcmp(r->warnings[i], t)) return;
    if (r->n_warnings < MR_ADV_MAX_LINES) snprintf(r->warnings[r->n_warnings++], sizeof r->warnings[0], "%s", t);
}

/* Does the person's own text say one of the NULL-ended phrases (any case)?
 * For the card's answers to what was asked; the safety reading is notes.c's. */
static int text_says(const char *text, const char *const *w) {
    for (int k = 0; w[k]; k++)
        if (strcasestr(text, w[k])) return 1;
    return 0;
}

static int notes_say(const mr_profile *p, const char *const *w) { return text_says(p->notes, w); }

/* ... as a whole word ("abs" is not in "absolutely", "late" not in "lately") */
static int text_says_word(const char *text, const char *const *w) {
    for (int k = 0; w[k]; k++)
        for (const char *at = strcasestr(text, w[k]); at; at = strcasestr(at + 1, w[k]))
            if ((at == text || !isalpha((unsigned char)at[-1])) && !isalpha((unsigned char)at[strlen(w[k])])) return 1;
    return 0;
}

/* Heat hits harder with age, blood-pressure tablets or a heart (CDC, heat and older adults) */
static int heat_frail(const mr_profile *p, const mr_notes *nr, unsigned flags) {
    return p->age >= 65 || nr->bp_med || ((flags | nr->flags) & (MR_COND_HEART | MR_COND_HYPERTENSION));
}

/* The notes ask something: a question mark, or 吗. */
static int notes_ask(const mr_profile *p) {
    return strchr(p->notes, '?') || strstr(p->notes, "？") || strstr(p->notes, "吗");
}

#define ACT(a) mr_card_activity(r, (a))

/* The notes are read lower-cased; a quote of them on the card is given back
 * as the person wrote it ("lost my husband Tom", not "tom") wherever the
 * quoted words appear in the notes as they are, up to case. */
/* Every from[k] in s (n bytes) becomes to[k], except where a digit follows
 * ("above 900" is another number than "above 90"). */
static void replace_all(char *s, size_t n, const char *const *from, const char *const *to) {
    char out[1024];
    for (int k = 0; from[k]; k++) {
        size_t lf = strlen(from[k]);
        for (char *at = strstr(s, from[k]); at; at = strstr(at, from[k])) {
            if (isdigit((unsigned char)at[lf])) { at += lf; continue; }
            size_t off = (size_t)(at - s);
            snprintf(out, sizeof out, "%.*s%s%s", (int)off, s, to[k], at + lf);
            snprintf(s, n, "%s", out);
            at = s + off + strlen(to[k]);
            if (at >= s + n) break;
        }
    }
}

/* American words on an en-US card, where the texts' British ones would
 * send a reader looking for a service by another name: the obstetrician (OB)
 * and labor and delivery for the midwife and the maternity unit. */
static void us_words(char *s, size_t n) {
    static const char *const from[] = {"call your midwife, doctor or maternity unit", "call your midwife or maternity unit",
                                       "midwife or obstetrician", "your maternity unit", "postnatal depression", "paracetamol",
                                       "pelvic health physiotherapist", "pelvic-health physiotherapist", "physiotherapist",
                                       "discoloured", "colour", NULL};
    static const char *const to[] = {"call your OB, midwife or labor and delivery", "call your OB or labor and delivery",
                                     "OB or midwife", "labor and delivery", "postpartum depression", "acetaminophen",
                                     "pelvic floor physical therapist", "pelvic floor physical therapist", "physical therapist",
                                     "discolored", "color"};
    replace_all(s, n, from, to);
}

/* An English card for a meter that reads mmol/l: "90 mg/dl (5.0 mmol/l)"
 * becomes "5.0 mmol/l (90 mg/dl)", and "90 mg/dl, 5.0 mmol/l" likewise (the
 * same bytes in another order, so in place); where a line gives mmol/l, a
 * bare "above 90" or "below 70" after it is the same threshold in mmol/l. */
static void mmol_first(char *s, size_t n) {
    static const char num[] = "0123456789.-";
    for (char *u = strstr(s, " mg/dl"); u; u = strstr(u + 1, " mg/dl")) {
        char *a = u;
        while (a > s && strchr(num, a[-1]) && a[-1]) a--;
        char *sep = u + 6;
        int paren = !strncmp(sep, " (", 2);
        if (a == u || (!paren && strncmp(sep, ", ", 2))) continue;
        char *b = sep + 2, *e = b;
        while (*e && strchr(num, *e)) e++;
        if (e == b || strncmp(e, " mmol/l", 7) || (paren && e[7] != ')')) continue;
        size_t la = (size_t)(u - a), lb = (size_t)(e - b), end = (size_t)(e + 7 + paren - a);
        char tmp[96];
        if (end >= sizeof tmp) continue;
        snprintf(tmp, sizeof tmp, paren ? "%.*s mmol/l (%.*s mg/dl)" : "%.*s mmol/l, %.*s mg/dl", (int)lb, b, (int)la, a);
        memcpy(a, tmp, end);
        u = a + end - 1;
    }
    if (!strstr(s, "mmol/l")) return;
    static const char *const from[] = {"above 90", "below 90", "below 70", "over 90", "under 70", NULL};
    static const char *const to[] = {"above 5.0", "below 5.0", "below 3.9", "over 5.0", "under 3.9"};
    replace_all(s, n, from, to);
}

static void restore_case(char *line, const char *notes) {
    size_t nn = strlen(notes);
    for (char *q = strchr(line, '"'); q; q = strchr(q + 1, '"')) {
        char *e = strchr(q + 1, '"');
        if (!e) return;
        size_t len = (size_t)(e - q - 1);
        for (size_t i = 0; len && i + len <= nn; i++)
            if (!strncasecmp(notes + i, q + 1, len)) {
                memcpy(q + 1, notes + i, len);
                break;
            }
        q = e;
    }
}

/* ------------------------------------------------------------ weather */

/* Temperature bands: where the heat and cold rules start to bite (the prior
 * prefers indoors when freezing or hot; cold dry air, at 5 C and below, is
 * an asthma trigger). */
enum { TEMP_UNKNOWN, TEMP_FREEZING, TEMP_COLD, TEMP_MILD, TEMP_HOT };

static int temp_band(float t) {
    if (isnan(t)) return TEMP_UNKNOWN;
    return t <= 0.0f ? TEMP_FREEZING : t <= 5.0f ? TEMP_COLD : t >= 30.0f ? TEMP_HOT : TEMP_MILD;
}

/* The prior's weather signal: rain, snow, ice, thunder, AQI > 100, freezing or hot. */
/* Tightenings told as regular or painful, before 37 weeks (or weeks not
 * said): preterm labour's picture, for the labour ward today rather than a
 * wait to see if they are Braxton Hicks (ACOG Practice Bulletin 171, 2016). */
static int preterm_signs(const mr_notes *nr, unsigned flags, const char *notes) {
    if (!(flags & MR_SYM_PREG_WARNING) || nr->preg_weeks >= 37) return 0;
    static const char *const tight[] = {"宫缩", "宮縮", "公缩", "肚子发硬", "肚子硬", "肚成日硬", "硬一硬", "发紧一阵", "contraction",
                                        "tightening", "tightenings", "braxton", "mins apart", "minutes apart", "分钟一次", "分鐘一次",
                                        NULL};
    for (int k = 0; tight[k]; k++)
        if (strcasestr(nr->evidence[__builtin_ctz(MR_SYM_PREG_WARNING)], tight[k]) || strcasestr(notes, tight[k])) return 1;
    return 0;
}

static int prefer_indoor(const mr_profile *p) {
    int t = temp_band(p->temp_c);
    return p->precip != MR_PRECIP_NONE || p->thunder || p->aqi > 100 || t == TEMP_FREEZING || t == TEMP_HOT;
}

/* Rain the only reason to stay in, for a runner it leaves outside. */
static int rain_run_only(const mr_profile *p, const mr_notes *nr, unsigned flags) {
    int t = temp_band(p->temp_c);
    return p->precip == MR_PRECIP_RAIN && !p->thunder && p->aqi <= 100 && t != TEMP_FREEZING && t != TEMP_HOT &&
           mr_rain_run_ok(p, nr, flags);
}

/* ------------------------------------------------------------ the model's reading */

/* The model reads the person's own words: the mood (rank classification
 * over the mood names) and the findings (generated names). Its reading only
 * ever adds caution, and only where the rules leave room for it:
 *  - its findings count only where the rules read something they could not
 *    place (n_unsure > 0), and only as a warning sign or a joint or back
 *    injury: there the model says what it is. On their own its findings
 *    raised emergencies on notes with nothing in them and read heart
 *    disease into a knee note and into shin pain;
 *  - its mood is used only when the rules found none, it is confident, and
 *    the mood calls for less (tired, negative, stressed): a model's
 *    "positive" would raise the intensity, which no model may do.
 * weights/README.md has the measurements that chose this. */
#define MOOD_CONFIDENT 0.6f

/* The model places words the rules could not: its finding must be one those
 * words can mean (a chest pain needs a chest, an arm, the jaw, the heart in
 * them; "legs were on fire" or "37.3" cannot be one). */
static int fits_unsure(unsigned bit, const mr_notes *nr) {
    static const struct { unsigned bit; const char *w[24]; } fit[] = {
        {MR_SYM_CHEST_PAIN, {"chest", "cheast", "breast", "heart", "arm", "jaw", "shoulder", "neck", "rib", "胸", "心",
                             "臂", "胳膊", "下巴", "肩", "脖", NULL}},
        {MR_SYM_PALPITATIONS, {"heart", "hart", "pulse", "beat", "ticker", "心", "脉", "跳", NULL}},
        {MR_SYM_DIZZINESS, {"head", "dizz", "spin", "vision", "eye", "faint", "black", "room", "light", "头", "晕", "眼",
                            "黑", "转", "飘", NULL}},
        {MR_SYM_BREATH, {"breath", "chest", "lung", "wind", "air", "puff", "气", "喘", "胸", "肺", NULL}},
        {MR_SYM_FEVER, {"temp", "hot", "fever", "chill", "shiver", "burn", "°", "度", "热", "烫", "烧", "冷", "0", "1", "2",
                        "3", "4", "5", "6", "7", "8", "9", NULL}},
        {MR_SYM_ILLNESS, {"stomach", "tummy", "belly", "gut", "vomit", "sick", "nause", "flu", "cough", "ache", "body",
                          "肚", "胃", "吐", "拉", "恶心", "咳", "浑身", "身上", NULL}},
        {MR_COND_KNEE, {"knee", "膝", "腿", "leg", NULL}},
        {MR_COND_ANKLE, {"ankle", "foot", "feet", "achilles", "heel", "踝", "脚", "跟腱", NULL}},
        {MR_COND_BACK, {"back", "spine", "sciat", "bum", "butt", "glute", "hip", "腰", "背", "臀", "屁股", "坐骨", NULL}},
    };
    for (size_t k = 0; k < sizeof fit / sizeof fit[0]; k++) {
        if (fit[k].bit != bit) continue;
        for (int i = 0; i < nr->n_unsure; i++)
            for (int j = 0; fit[k].w[j]; j++)
                if (strstr(nr->unsure[i], fit[k].w[j])) return 1;
        return 0;
    }
    return 1; /* a pregnancy warning and the rest: as the model reads them */
}

static void model_read(const mr_profile *p, mr_ctx *ctx, const mr_notes *nr, mr_mood *mood, unsigned *flags) {
    if (!p->notes[0]) return;
    char prompt[2200];
    const char *moods[MR_MOOD_COUNT];
    for (int i = 0; i < MR_MOOD_COUNT; i++) moods[i] = mr_mood_name((mr_mood)i);
    float mp[MR_MOOD_COUNT];
    snprintf(prompt, sizeof prompt, "mood: %s", p->notes);
    if (mr_classify(ctx, prompt, moods, MR_MOOD_COUNT, NULL, mp, NULL) == MR_OK) {
        int best = 0;
        for (int i = 1; i < MR_MOOD_COUNT; i++) if (mp[i] > mp[best]) best = i;
        /* the model hears "hate" in "I hate running" as a low mood; the rules read it as a dislike */
        /* "I feel totally fine": said in so many words, no low mood to guess */
        if (mp[best] >= MOOD_CONFIDENT && *mood == MR_MOOD_NEUTRAL && best != MR_MOOD_POSITIVE &&
            !(best == MR_MOOD_NEGATIVE && nr->disliked) && !nr->fine_said && !(best == MR_MOOD_TIRED && nr->tired_when))
            *mood = (mr_mood)best;
    }
    if (nr->n_unsure - nr->n_explained <= 0) return;
    char out[256];
    snprintf(prompt, sizeof prompt, "conditions: %s", p->notes);
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 32;
    if (mr_generate_text(ctx, prompt, &gp, out, sizeof out, NULL) >= 0)
        for (char *tok = strtok(out, ", "); tok; tok = strtok(NULL, ", ")) {
            int b = mr_flag_find(tok);
            /* what the unplaced words can be: a warning sign or a joint or back
             * injury; a lasting condition (heart disease, diabetes, pregnancy)
             * is said by the person, never guessed from a sensation */
            const unsigned placeable = MR_SYMPTOMS_MASK | MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK;
            if (b < 0 || !((1u << b) & placeable)) continue;
            /* a temperature written under 38 C is read, not guessed: no fever */
            if ((1u << b) == MR_SYM_FEVER && !isnan(nr->temp_c) && nr->temp_c < 38.0f) continue;
            if (!fits_unsure(1u << b, nr)) continue;
            *flags |= 1u << b;
        }
}

int mr_rain_run_ok(const mr_profile *p, const mr_notes *nr, unsigned flags) {
    return p->precip == MR_PRECIP_RAIN && !isnan(p->temp_c) && p->temp_c > 4.0f && p->age < 65 &&
           p->fitness >= MR_FIT_INTERMEDIATE && ((p->preferences & (1u << MR_ACT_RUN)) || nr->asked == MR_ACT_RUN) &&
           !(flags & (MR_COND_PREGNANCY | MR_COND_ANKLE | MR_COND_KNEE | MR_SYMPTOMS_MASK)) &&
           !(nr->notes & (MR_NOTE_STROKE | MR_NOTE_OSTEOPOROSIS)) && !nr->anticoag;
}

/* The mood words are the fear of falling ("scared of falling again"): the
 * falls advice answers them, not the lines for stress. */
static int fear_of_falls(const mr_recommendation *r) {
    const char *e = r->read.mood_evidence;
    static const char *const w[] = {"fall", "摔", "跌", "怕", "afraid", "scared", "nervous", "worr", "担心", "unsteady", NULL};
    for (int k = 0; r->read.fall_fear && w[k]; k++)
        if (strstr(e, w[k])) return 1;
    return 0;
}

/* A fright at a heart-rate reading ("hit 190, kinda freaked", "心跳到了190，
 * 有点吓到") is answered by the heart-rate line, not soothed with yoga. */
static int fright_about_hr(const mr_recommendation *r) { return r->read.hr_asked >= 0 && r->read.hr_fright; }

/* The stress written is a worry the card answers on its own line. */
static int worry_answered(const mr_recommendation *r) {
    return fear_of_falls(r) || fright_about_hr(r) || r->read.clot_treated || r->read.back_fear || r->read.fitness_fear;
}

/* The tiredness written is long-standing poor sleep ("这一年...睡不好"):
 * the session is not made gentler for it; regular exercise is part of
 * its treatment (Kredlow et al. 2015). */
static mr_mood mood_for_session(const mr_recommendation *r) {
    static const char *const w[] = {"睡", "sleep", "insomnia", "失眠", NULL};
    for (int k = 0; r->read.sleep_long && r->mood == MR_MOOD_TIRED && w[k]; k++)
        if (strstr(r->read.mood_evidence, w[k])) return MR_MOOD_NEUTRAL;
    return r->mood;
}

/* ------------------------------------------------------------ what stands in for what */

/* The nearest allowed form of a preferred activity that is out today:
 * outdoor ride -> stationary bike, run -> elliptical (or the bike, the pool),
 * walks -> the elliptical. */
static const mr_activity SUBSTITUTES[MR_ACT_COUNT][3] = {
    [MR_ACT_RUN] = {MR_ACT_ELLIPTICAL, MR_ACT_STATIONARY_BIKE, MR_ACT_SWIM},
    [MR_ACT_CYCLE] = {MR_ACT_STATIONARY_BIKE, MR_ACT_ELLIPTICAL, MR_ACT_SWIM},
    [MR_ACT_BRISK_WALK] = {MR_ACT_ELLIPTICAL, MR_ACT_STATIONARY_BIKE, MR_ACT_TAI_CHI},
    [MR_ACT_WALK] = {MR_ACT_TAI_CHI, MR_ACT_STRETCHING, MR_ACT_YOGA},
    [MR_ACT_SWIM] = {MR_ACT_STATIONARY_BIKE, MR_ACT_ELLIPTICAL, MR_ACT_WALK},
    [MR_ACT_STRENGTH] = {MR_ACT_YOGA, MR_ACT_STRETCHING, MR_ACT_TAI_CHI},
    [MR_ACT_YOGA] = {MR_ACT_STRETCHING, MR_ACT_TAI_CHI, MR_ACT_WALK},
    [MR_ACT_TAI_CHI] = {MR_ACT_YOGA, MR_ACT_STRETCHING, MR_ACT_WALK},
    [MR_ACT_STATIONARY_BIKE] = {MR_ACT_ELLIPTICAL, MR_ACT_SWIM, MR_ACT_WALK},
    [MR_ACT_ELLIPTICAL] = {MR_ACT_STATIONARY_BIKE, MR_ACT_SWIM, MR_ACT_WALK},
    [MR_ACT_STRETCHING] = {MR_ACT_YOGA, MR_ACT_TAI_CHI, MR_ACT_WALK},
};

mr_activity mr_substitute(mr_activity a, int k) {
    if ((int)a < 0 || a >= MR_ACT_COUNT || k < 0 || k > 2) return MR_ACT_REST;
    return SUBSTITUTES[a][k];
}

/* Why the safety layer excludes activity a today, in the user's language:
 * the first fired rule that removes it. */
static const char *excluded_because(const mr_recommendation *r, const mr_safety_out *so, mr_activity a) {
    const mr_activity_info *ai = mr_kb_activity(a);
    /* a shin that may hold a bone stress injury is the reason to stop running, whatever the weather */
    if (mr_shin_weight(r->read.shin, a) == 0.0f)
        return zh(r) ? "小腿骨按着疼或单脚跳会疼，可能是骨应力损伤，先让医生或康复师检查" : "a shin that hurts to press or to hop on may hold a bone stress injury, to be checked first";
    /* thunder keeps everyone in, whatever else the day holds: it is the reason, not the heat beside it;
     * a stress fracture healing is the reason over a joint's general line */
    for (int i = 0; i < so->n_rules; i++) {
        if (so->rules[i] == MR_RULE_THUNDER && (ai->outdoor || a == MR_ACT_SWIM)) return mr_safety_short(MR_RULE_THUNDER, r->language);
        if (so->rules[i] == MR_RULE_BONE_STRESS && !(so->allowed & (1u << a))) return mr_safety_short(MR_RULE_BONE_STRESS, r->language);
    }
    for (int i = 0; i < so->n_rules; i++) {
        mr_rule k = so->rules[i];
        /* (the clinician's ban names what it bans: a condition's limit is told below) */
        if (k == MR_RULE_TOLD_NOT && r->read.told_not > 0 && !(r->read.told_not & (1u << a))) continue;
        if (mr_rule_outdoor(k) && ai->outdoor) return mr_safety_short(k, r->language);
        if ((k == MR_RULE_JOINT || k == MR_RULE_LEG || k == MR_RULE_JOINT_REPLACED || k == MR_RULE_KNEE_REPLACED) && ai->impact) return mr_safety_short(k, r->language);
        if (k == MR_RULE_ACUTE_SPRAIN) return mr_safety_short(k, r->language);
        if (k == MR_RULE_THUNDER && a == MR_ACT_SWIM) return mr_safety_short(k, r->language);
        if (k == MR_RULE_PREGNANCY && a == MR_ACT_CYCLE) return mr_safety_short(k, r->language);
        if (k == MR_RULE_STRAIN && (a == MR_ACT_RUN || a == MR_ACT_STRETCHING)) return mr_safety_short(k, r->language);
        if (k == MR_RULE_STROKE && (a == MR_ACT_RUN || a == MR_ACT_CYCLE)) return mr_safety_short(k, r->language);
        if (k == MR_RULE_ACUTE_BACK || k == MR_RULE_CONCUSSION || k == MR_RULE_WHEELCHAIR) return mr_safety_short(k, r->language);
        if ((k == MR_RULE_STERNOTOMY || k == MR_RULE_DOCTOR_LIMIT || k == MR_RULE_LINE || k == MR_RULE_POSTNATAL_IMPACT ||
             k == MR_RULE_IVF || k == MR_RULE_GOUT || k == MR_RULE_TOLD_NOT || k == MR_RULE_MANIA || k == MR_RULE_PREVIA ||
             k == MR_RULE_MULTIPLE || k == MR_RULE_WORN_OUT) &&
            !(so->allowed & (1u << a)))
            return mr_safety_short(k, r->language);
    }
    /* the pool with a low white count (safety.c) */
    if (a == MR_ACT_SWIM && r->read.wbc_low && (r->read.notes2 & MR_NOTE2_CHEMO))
        return zh(r) ? "白细胞低的时候，公共泳池的细菌身体挡不住" : "a public pool's germs are more than the body can fight while the white count is low";
    for (int c = 0; c < MR_DX_COUNT; c++) /* a condition named in the notes that rules it out for now (conditions.c) */
        if ((r->read.dx_known & (1u << c)) && (mr_conditions[c].disallow & (1u << a)))
            return zh(r) ? "备注里说的情况（见下）暂时不适合" : "what your notes tell of rules it out for now (below)";
    return zh(r) ? "它超出了今天的强度上限" : "it is harder than the limit allows";
}

/* The Compendium's English speeds are in miles an hour: in km/h for
 * English cards outside the US and the UK (and imperial cards), so "walking
 * 4.0 mph" is "walking 6.4 km/h" in Australia. */
static void speeds_for(const mr_profile *p, const char *what, char *out, size_t n) {
    if (p->imperial || !p->kmh || !strstr(what, "mph")) {
        snprintf(out, n, "%s", what);
        return;
    }
    size_t o = 0;
    for (const char *c = what; *c && o + 16 < n;) {
        if (isdigit((unsigned char)*c)) {
            char *e;
            double v = strtod(c, &e) * 1.609;
            o += (size_t)snprintf(out + o, n - o, v < 10 ? "%.1f" : "%.0f", v);
            c = e;
        } else if (!strncmp(c, "mph", 3)) {
            o += (size_t)snprintf(out + o, n - o, "km/h");
            c += 3;
        } else {
            out[o++] = *c++;
        }
    }
    out[o] = 0;
}

/* ------------------------------------------------------------ why this activity */

static int is_low_impact(mr_activity a) { return !mr_kb_activity(a)->impact && a != MR_ACT_REST; }

/* The person's own facts behind the choice: up to three, most specific first. */
static void why_activity(mr_recommendation *r, const mr_profile *p, const mr_prior_in *pin, unsigned flags) {
    mr_activity a = r->activity;
    int n = 0, z = zh(r);
    static const char *joint_zh[] = {"膝盖", "脚踝", "腰背"}, *joint_en[] = {"knee", "ankle", "back"};
    if (a == MR_ACT_REST) return;
    static const char *const day_zh[] = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
    static const char *const day_en[] = {"Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"};
    if (r->substitute_for >= 0) {
        n++; /* the substitution's own reason is written by the caller */
    } else if (p->wday >= 0 && r->read.routine[p->wday] == (int)a + 1) {
        reason(r, z ? "%s是你平时%s的日子：照常" : "%s are your %s days: as usual", z ? day_zh[p->wday] : day_en[p->wday], ACT(a));
        n++;
    } else if (r->read.daily_act == (int)a + 1) {
        reason(r, z ? "%s是你每天的习惯：照常" : "%s is your daily habit: as usual", ACT(a)); /* (beside, not instead of, the facts below) */
    } else if (p->preferences & (1u << a)) {
        reason(r, z ? "你喜欢%s" : "you like %s", ACT(a));
        n++;
    }
    for (int j = 0; j < 3 && n < 3; j++) {
        unsigned bit = MR_COND_KNEE << j;
        if ((flags & bit) && is_low_impact(a)) {
            int b = j == 0 ? 5 : j == 1 ? 6 : 7;
            if (r->read.evidence[b][0] && (r->text_flags & bit))
                reason(r, z ? "%s对%s冲击小（你写了“%s”）" : "%s is low impact for your %s (you wrote \"%s\")", ACT(a),
                       r->read.gout && j == 1 ? (z ? "脚" : "foot") : z ? joint_zh[j] : joint_en[j], r->read.evidence[b]);
            else
                reason(r, z ? "%s对%s冲击小" : "%s is low impact for your %s", ACT(a), z ? joint_zh[j] : joint_en[j]);
            n++;
            break;
        }
    }
    if (n < 3 && p->age >= 65 && (a == MR_ACT_TAI_CHI || a == MR_ACT_STRENGTH || a == MR_ACT_YOGA)) {
        reason(r, z ? "%s同时练平衡和力量" : "%s trains balance and strength together", ACT(a));
        n++;
    }
    /* standing work with a walking aid, or in the very old: a hand on something solid (falls: WHO 2021) */
    if ((r->read.walking_aid || p->age >= 85) && (a == MR_ACT_TAI_CHI || a == MR_ACT_YOGA || a == MR_ACT_STRENGTH))
        reason(r, "%s", z ? "站着做的动作，一只手扶着结实的椅背或灶台；累了就坐下做，摔倒比少练几分钟要紧得多"
                          : "for the standing moves, keep a hand on the back of a sturdy chair or the kitchen counter, and sit down to carry on when tired; a fall matters far more than a few minutes missed");
    if (n < 3 && (flags & MR_COND_PREGNANCY) && a == MR_ACT_YOGA) {
        reason(r, "%s", z ? "孕期：孕妇瑜伽（舒缓的哈他式）摔倒风险低；不做热瑜伽和高强度流瑜伽，孕中期后不平躺；每周150分钟中等强度的量，用快走或游泳来凑（ACOG 2020）" :
                            "pregnancy: a prenatal class (gentle, hatha-style) has a low risk of falls; no hot or power yoga, and no lying flat on your back after the first trimester; the week's 150 moderate minutes come from walking or swimming (ACOG 2020)");
        n++;
    } else if (n < 3 && (flags & MR_COND_PREGNANCY) && is_low_impact(a)) {
        reason(r, z ? "孕期：%s摔倒风险低，保持中等强度即可（ACOG 2020）" :
                      "pregnancy: %s has a low risk of falls, at a moderate effort (ACOG 2020)", ACT(a));
        n++;
    }
    static const char *goal_zh[] = {"健康", "减重", "力量", "耐力", "柔韧与放松"};
    if (n < 3 && p->goal[0]) {
        mr_goal g = pin->goal;
        int fits = (g == MR_GOAL_STRENGTH && a == MR_ACT_STRENGTH) ||
                   (g == MR_GOAL_WEIGHT && mr_kb_activity(a)->v[mr_kb_activity(a)->n_variants - 1].met >= 5.0f) ||
                   (g == MR_GOAL_ENDURANCE && (a == MR_ACT_RUN || a == MR_ACT_CYCLE || a == MR_ACT_SWIM ||
                                               a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_ELLIPTICAL)) ||
                   (g == MR_GOAL_FLEXIBILITY && (a == MR_ACT_YOGA || a == MR_ACT_STRETCHING || a == MR_ACT_TAI_CHI)) ||
                   (g == MR_GOAL_HEALTH && (a == MR_ACT_BRISK_WALK || a == MR_ACT_WALK));
        if (fits) {
            int sprint = g == MR_GOAL_ENDURANCE && mr_sprint_goal(p); /* a race, but of speed */
            reason(r, z ? "你的目标“%s”（%s）：%s正合适" : "your goal (\"%s\", %s): %s fits it", p->goal,
                   sprint ? (z ? "速度" : "speed") : z ? goal_zh[g] : mr_goal_name(g), ACT(a));
            n++;
        }
        /* "get abs", "练出腹肌": what shows them is low body fat, which daily
         * activity and good food bring; core work builds them; and for a
         * child or teen no dieting, since they are still growing (WHO 2020) */
        static const char *const abs_w[] = {"abs", "six pack", "six-pack", "sixpack", "腹肌", "马甲线", "馬甲線", "人鱼线", NULL};
        if (text_says_word(p->goal, abs_w))
            reason(r, z ? "想要腹肌：腹肌人人都有，看不看得见取决于体脂，靠的是每天多动、吃得好，而不是狂做卷腹；每周2-3天练核心（平板支撑、侧平板、死虫式）%s"
                        : "about abs: everyone has them; whether they show depends on body fat, which comes from being active every day and eating well, not from endless crunches; core work 2-3 days a week (planks, side planks, dead bugs) builds them%s",
                   p->age < 18 ? (z ? "；还在长身体，不要节食" : "; you are still growing, so no dieting") : "");
    }
    if (n < 3 && pin->prefer_indoor && !mr_kb_activity(a)->outdoor) {
        char w[96] = "";
        if (p->thunder) snprintf(w, sizeof w, "%s", z ? "有雷" : "thunder");
        else if (p->precip == MR_PRECIP_ICE) snprintf(w, sizeof w, "%s", z ? "路面结冰" : "ice");
        else if (p->precip != MR_PRECIP_NONE) snprintf(w, sizeof w, "%s", z ? "下雨或下雪" : "rain or snow");
        else if (p->aqi > 100) snprintf(w, sizeof w, z ? "空气质量指数%d" : "AQI %d", p->aqi);
        else if (!isnan(p->temp_c) && p->imperial && !z) snprintf(w, sizeof w, "%.0f°F", p->temp_c * 9 / 5 + 32);
        else if (!isnan(p->temp_c)) snprintf(w, sizeof w, z ? "气温%.0f°C" : "%.0f°C", p->temp_c);
        reason(r, z ? "今天在室内：外面%s" : "indoors today: outside, %s", w);
        n++;
    }
    if (n < 3 && mood_for_session(r) != MR_MOOD_NEUTRAL && r->read.mood_evidence[0] && !worry_answered(r) && !r->read.bored &&
        (a == MR_ACT_YOGA || a == MR_ACT_TAI_CHI || a == MR_ACT_WALK || a == MR_ACT_STRETCHING ||
         a == MR_ACT_BRISK_WALK)) {
        /* what the gentle session does for this mood: unwinding is for stress */
        if (r->mood == MR_MOOD_STRESSED)
            reason(r, z ? "你写了“%s”：%s能放松身心" : "you wrote \"%s\": %s helps you unwind", r->read.mood_evidence, ACT(a));
        else if (r->mood == MR_MOOD_NEGATIVE)
            reason(r, z ? "你写了“%s”：%s是温和的一步，动一动对情绪有帮助，不必勉强" :
                          "you wrote \"%s\": %s is a gentle step; moving a little helps the mood, with no need to push",
                   r->read.mood_evidence, ACT(a));
        else if (r->mood == MR_MOOD_TIRED && r->read.night_shift && p->hour >= 6 && p->hour < 13)
            /* just off a night shift: the day's sleep first, the session after it (Kecklund and Axelsson 2016) */
            reason(r, z ? "你写了“%s”：刚下夜班，先睡觉；睡醒以后再做%s，轻松不累，不会影响下一个夜班" :
                          "you wrote \"%s\": just off a night shift, sleep first; %s after you wake, easy on a tired body and no cost to the next shift",
                   r->read.mood_evidence, ACT(a));
        else if (r->mood == MR_MOOD_TIRED && mr_rule_fired(r->rules, r->n_rules, MR_RULE_WORN_OUT))
            reason(r, z ? "你写了“%s”：今天只做轻松的%s，让身体恢复，不加练" : "you wrote \"%s\": only easy %s today, to let the body recover, and nothing added",
                   r->read.mood_evidence, ACT(a));
        else if (r->mood == MR_MOOD_TIRED) {
            /* tired with no cause given (a short night, a hard week, a baby): a tiredness that lasts
             * or comes with feeling unwell is worth a doctor's look (NICE CKS, tiredness/fatigue in adults) */
            /* (whole words: "lately" is no late night, "for weeks" no hard week) */
            static const char *const cause[] = {"sleep", "slept", "night", "shift", "baby", "run", "race", "gym", "training",
                                                "work", "kids", "flight", "jet", "late night", "busy", "exam", "party", "hard week",
                                                NULL};
            static const char *const cause_zh[] = {"睡", "夜", "班", "宝宝", "孩子", "娃", "练", "跑", "考试", "忙", "熬", "出差", NULL};
            int bare = strlen(p->notes) <= 40 && !notes_say(p, cause_zh) && !text_says_word(p->notes, cause);
            reason(r, z ? "你写了“%s”：%s轻松不累，动一动反而更有精神%s" : "you wrote \"%s\": %s is easy on a tired body and can leave you fresher%s",
                   r->read.mood_evidence, ACT(a),
                   !bare ? ""
                   : z ? "；如果是睡得少，今晚早点睡；如果没有明显原因、持续两周以上，或者伴随不舒服、体重变化，去看看医生"
                       : "; if it is a short night, an early one tonight; tired for no clear reason for two weeks or more, or with feeling unwell or weight changing, is worth seeing your doctor about");
        }
        else if (r->intensity >= MR_MODERATE) /* feeling great with a gentle session: the recovery line says why */
            reason(r, z ? "你写了“%s”：%s正适合今天的状态" : "you wrote \"%s\": %s suits how you feel today", r->read.mood_evidence, ACT(a));
        else if (r->dose.recovery_day)
            reason(r, z ? "你写了“%s”：状态好是好事，但今天身体还在恢复，留着劲下次练" : "you wrote \"%s\": good to hear; your body is still recovering today, so save it for the next hard session",
                   r->read.mood_evidence);
        n++;
    }
    if (n == 0)
        reason(r, z ? "%s：适合你的体能水平和目标" : "%s suits your fitness level and goal", ACT(a));
}

/* ------------------------------------------------------------ dose reasons */

/* The habit's minutes per session (the dose's own reason), 0 when none. */
static int habit_minutes(const mr_dose *o) {
    for (int i = 0; i < o->n_reasons; i++) if (o->reasons[i].why == MR_WHY_HABIT) return o->reasons[i].a;
    return 0;
}

static void dose_reasons(mr_recommendation *r, const mr_profile *p) {
    int z = zh(r);
    for (int i = 0; i < r->dose.n_reasons; i++) {
        const mr_dose_reason *d = &r->dose.reasons[i];
        switch (d->why) {
        case MR_WHY_HABIT:
            if (r->long_run) break; /* the long run's own line says how it is sized */
            if (r->minutes > 0 && r->minutes * 5 < d->a * 4) /* cut below the habit: the lines below say why */
                reason(r, z ? "最近28天你练了%d次，平均每次%d分钟；今天短一些（%d分钟，原因见下）" :
                              "you trained %d times in the last 28 days, %d minutes on average; today is shorter (%d minutes, the reasons below)",
                       d->b, d->a, r->minutes);
            else
                reason(r, z ? "最近28天你练了%d次，平均每次%d分钟：按你的习惯安排" :
                              "you trained %d times in the last 28 days, %d minutes on average: the session follows your habit",
                       d->b, d->a);
            break;
        case MR_WHY_HABIT_SAID:
            if (r->read.notes & MR_NOTE_LONG_COVID) break; /* the pacing line says what the limit means */
            if (r->minutes > 0 && r->minutes * 5 < d->a * 4) /* cut below the habit: the lines below say why */
                reason(r, z ? "你写的平时的训练约%d分钟；今天短一些（%d分钟，原因见下）"
                            : "your usual session as you describe it is about %d minutes; today is shorter (%d minutes, the reasons below)",
                       d->a, r->minutes);
            else
                reason(r, z ? "你写的平时的训练（约%d分钟）：今天按这个习惯来" : "your usual session as you describe it (about %d minutes): today keeps to that habit",
                       d->a);
            break;
        case MR_WHY_START_LOW: /* the session as given, after every cap below */
            if (d->b == 1)
                reason(r, z ? "最近4周只有1次训练记录：从%d分钟开始，循序渐进" :
                              "one session logged in the last 4 weeks: start with %d minutes and build up",
                       r->minutes > 0 ? r->minutes : d->a);
            else
                reason(r, z ? "最近没有训练记录：从%d分钟开始，循序渐进" : "no recent sessions logged: start with %d minutes and build up",
                       r->minutes > 0 ? r->minutes : d->a);
            break;
        case MR_WHY_PROGRESS: /* only when the caps below left the session above the habit */
            if (r->minutes > habit_minutes(&r->dose) && !r->long_run)
                reason(r, z ? "比平时多约%d%%：每周增加不超过10%%" : "about %d%% more than usual: at most 10%% more each week", d->a);
            break;
        case MR_WHY_OWN_EFFORT: /* (only while today is not harder after all) */
            /* (no "step up" for a pregnancy, a heart condition or a child: their effort stays where it is) */
            if (r->intensity <= MR_MODERATE) {
                int hold = (r->read.flags & (MR_COND_PREGNANCY | MR_COND_HEART)) || (p->flags & (MR_COND_PREGNANCY | MR_COND_HEART)) ||
                           p->age < 18;
                reason(r, z ? "你最近%d次训练都在RPE %d及以下：今天保持这个强度%s"
                            : "your last %d logged sessions were all at RPE %d or easier: today stays at that effort%s",
                       d->b, d->a, hold ? "" : z ? "；要加强度就每周只加一次高强度，一次只加一样（ACSM）"
                                               : "; to step up, add one hard session a week, one change at a time (ACSM)");
            }
            break;
        case MR_WHY_JOINT_WORSE:
            reason(r, z ? "疼痛随训练加重：先减量约%d%%、不加量，等它稳定；运动中和运动后的疼痛保持轻微，第二天早上应消失，否则再减（Silbernagel 2007）"
                        : "the pain grows with training: about %d%% less and no increase until it settles; keep pain during and after mild, gone by the next morning, else cut back further (Silbernagel et al. 2007)",
                   d->a);
            break;
        case MR_WHY_HOLD:
            reason(r, z ? "近7天负荷是过去4周平均的%.1f倍：本周不加量" :
                          "last 7 days' load is %.1fx your 4-week average: no increase this week (Gabbett 2016)",
                   d->a / 100.0);
            break;
        case MR_WHY_JUMP:
            reason(r, z ? "这周的训练负荷是前几周每周的%.1f倍：一周内涨这么多，受伤风险就高（每周最好只加10%%左右）。今天减量约%d%%、不上强度，这周是减量周（Gabbett 2016）"
                        : "this week's load is %.1fx the weekly load of the weeks before: a jump like that in one week is what injures (about 10%% a week is the usual ceiling). About %d%% less today and nothing hard: this is a lighter week (Gabbett 2016)",
                   d->a / 100.0, d->b);
            break;
        case MR_WHY_DELOAD:
            if (d->b >= 50)
                reason(r, z ? "近7天负荷是过去4周平均的%.1f倍（远超1.5）：减量约%d%%、这周不上强度课，先让身体跟上，减少受伤风险（Gabbett 2016）" :
                              "last 7 days' load is %.1fx your 4-week average (far above 1.5): about %d%% less and no hard sessions this week, to let the body catch up and keep injury risk down (Gabbett 2016)",
                       d->a / 100.0, d->b);
            else
                reason(r, z ? "近7天负荷是过去4周平均的%.1f倍（超过1.5）：减量约%d%%、降低强度，减少受伤风险（Gabbett 2016）" :
                              "last 7 days' load is %.1fx your 4-week average (above 1.5): about %d%% less and easier, to keep injury risk down (Gabbett 2016)",
                       d->a / 100.0, d->b);
            break;
        case MR_WHY_SURGE:
            reason(r, z ? "这一周练了%d次，之前三周一次没有：一下子加得太多、太快。刚恢复的几周每周2-3次、隔天练、以轻松为主，每周最多加约10%%，伤病风险最低（ACSM）"
                        : "%d sessions this week after none in the three weeks before: too much, too soon. For the first weeks back, 2-3 mostly easy sessions a week with a day between, adding at most about 10%% a week, keeps the injury risk down (ACSM)",
                   d->a);
            break;
        case MR_WHY_HANGOVER:
            reason(r, "%s", z ? "昨晚喝了酒：先喝水、吃点东西；今天最多轻松活动、时间短一些，不要靠大汗“排酒精”（出汗不会让酒精代谢更快，脱水时高强度运动更伤身）"
                              : "after a night of drinking: water and food first, then something light and short at most; sweating does not clear alcohol faster, and hard work while dehydrated is the risk");
            break;
        case MR_WHY_RACE_DAY:
            if (d->a == 2) { /* a team's practice: the practice is the session */
                reason(r, "%s", z ? "今天有队里的训练：训练就是今天的运动，之前不要再加练，最多轻松活动10-20分钟（或休息）；训练前热身10-15分钟，按教练的安排练，中间喝水"
                                  : "your team's practice today: the practice is today's training, so no extra workout before it, an easy 10-20 minutes at most (or rest); warm up for 10-15 minutes before it, then follow the coach's session and drink at the breaks");
                break;
            }
            if (d->a) { /* a game: the match is the session, its warm-up the only work before it */
                reason(r, "%s", z ? "今天有比赛：比赛就是今天的训练，赛前不要再加练，最多轻松活动10-20分钟（或休息）；开赛前热身10-15分钟（慢跑、动态拉伸、几次加速），比赛中按感觉发力，中场喝水"
                                  : "a game later today: the game is today's training, so no extra workout before it, an easy 10-20 minutes at most (or rest); warm up for 10-15 minutes before the start (jogging, dynamic stretches, a few accelerations), then play by feel and drink at the breaks");
                break;
            }
            reason(r, "%s", z ? "今天要比赛：上午最多轻松活动10-20分钟（或休息），把体力留给比赛；赛前热身10-15分钟，逐步加到比赛强度"
                              : "a race later today: at most an easy 10-20 minute shakeout this morning (or rest) and keep the legs for the race; before it, warm up for 10-15 minutes, building to race pace");
            break;
        case MR_WHY_PACING:
            /* asked whether to push through (a therapist's graded plan, a friend's urging): the answer is no, said first */
            if (notes_say(p, (const char *const[]){"push through", "push myself", "pushing through", "graded exercise",
                                                   "硬撑", "咬牙坚持", "逼自己", "分级运动", NULL}) &&
                notes_say(p, (const char *const[]){"?", "？", "吗", "should i", "or not", "要不要", NULL})) {
                reason(r, z ? "你问要不要硬撑：不要。活动后会“崩”（劳累后症状加重，长新冠和慢性疲劳综合征都常见），越硬撑越重：按节奏来，今天最多轻松活动%d分钟，远低于上次让你累倒的量；状态好的那天最容易练多，第二天症状加重说明多了。请找医生或康复门诊一起定节奏计划（WHO 2023；慢性疲劳综合征不宜做分级运动疗法，NICE NG206）"
                            : "you asked whether to push through: no. Crashes after exertion (post-exertional malaise, as in long COVID and ME/CFS) get worse when pushed: pace it; today at most %d easy minutes, well under what brought on the last crash, and a good day is when people overdo it; worse symptoms the next day mean it was too much. Ask your doctor or a long COVID or rehab clinic for a pacing plan (WHO 2023; for ME/CFS, NICE NG206 advises against graded exercise therapy)",
                       d->a);
                break;
            }
            reason(r, z ? "活动后会“崩”（劳累后症状加重，长新冠和慢性疲劳综合征都常见）：按节奏来，今天最多轻松活动%d分钟，远低于上次让你累倒的量；第二天症状加重说明多了。不要硬撑；请找医生或康复门诊一起定节奏计划（WHO 2023；慢性疲劳综合征不宜做分级运动疗法，NICE NG206）"
                        : "crashes after exertion (post-exertional malaise, as in long COVID and ME/CFS): pace it; today at most %d easy minutes, well under what brought on the last crash; worse symptoms the next day mean it was too much, so don't push through. Ask your doctor or a rehab clinic for a pacing plan (WHO 2023; for ME/CFS, NICE NG206 advises against graded exercise therapy)",
                   d->a);
            break;
        case MR_WHY_FLARE:
            if (r->read.gout) break; /* gout's own reason says it for the foot */
            reason(r, "%s", z ? "关节炎发作期：又红又热又肿的关节今天休息，其他关节做轻柔的活动度练习和低冲击活动；晨僵时先热敷、慢慢活动开；按医生的治疗方案来（ACR）"
                              : "an arthritis flare: rest the hot, swollen joints today and move the others gently through their range, low impact; ease morning stiffness with warmth and slow movement first; follow your rheumatologist's plan (ACR)");
            break;
        case MR_WHY_TAPER:
            break; /* the coaching line below says it */
        case MR_WHY_RACE_EVE:
            if (r->read.mania || !(r->allowed & (1u << MR_ACT_RUN))) break; /* no race tips where the rules say no race */
            reason(r, "%s", z ? "明天比赛：今天休息，或者轻松活动15-20分钟（可以加几次放松的加速跑）就好。明天起步比感觉的慢一点，后程再加速；如果最近没怎么跑，就跑走结合（如跑4分钟走1分钟），渴了就喝水"
                              : "a race tomorrow: today rest, or an easy 15-20 minutes (a few relaxed strides if you like). Tomorrow start slower than feels right and pick it up later; if you have not been running lately, run-walk it (say 4 minutes running, 1 walking) and drink to thirst");
            break;
        case MR_WHY_REHAB_GRAD:
            reason(r, z ? "康复课程刚结束：按课程里的量接着练，每次约%d分钟、每周大多数天，一周约150分钟；强度照康复时的（能说整句话），不用从头开始（AACVPR 2013）"
                        : "rehab just finished: carry on at the programme's dose, about %d minutes on most days, some 150 minutes a week, at the effort you trained at there (talking in full sentences); no need to start from scratch (AACVPR 2013)",
                   d->a);
            break;
        case MR_WHY_STREAK:
            if ((r->read.notes & MR_NOTE_RACE_TODAY) && r->read.match_today) { /* the game or practice stays; nothing on top */
                reason(r, z ? "最近7天练了%d天（其中%d天很辛苦）：今天除了%s不再加练，这周留出1-2天完全休息，肌肉在休息中生长（ACSM）"
                            : "%d of the last 7 days trained (%d of them hard): nothing on top of the %s today, and 1-2 full rest days this week, muscles grow while they rest (ACSM)",
                       d->a, d->b, r->read.match_today == 2 ? (z ? "训练" : "practice") : (z ? "比赛" : "game"));
                break;
            }
            reason(r, z ? "最近7天练了%d天（其中%d天很辛苦）：今天是恢复日，轻松活动或休息；每周至少安排1-2天休息，肌肉在休息中生长（ACSM）"
                        : "%d of the last 7 days trained (%d of them hard): a recovery day, something easy or rest; keep 1-2 rest days a week, muscles grow while they rest (ACSM)",
                   d->a, d->b);
            break;
        case MR_WHY_HARD_YESTERDAY:
            if (d->b <= 1 && r->dose.upper_ok && r->activity == MR_ACT_STRENGTH && r->intensity >= MR_MODERATE)
                reason(r, z ? "%s练得很辛苦（RPE %d）：腿今天休息，练上肢和核心，中等强度（同一肌群两次高强度间隔48小时，ACSM）" :
                              "a hard session %s (RPE %d): the legs recover today, so the upper body and core at moderate effort (48 h before the same muscles work hard again, ACSM)",
                       z ? (d->b == 0 ? "今天" : "昨天") : (d->b == 0 ? "today" : "yesterday"), d->a);
            else if (d->b <= 1)
                reason(r, z ? "%s练得很辛苦（RPE %d）：今天是恢复日，轻松为主、时间短一些（两次高强度间隔48小时，ACSM）" :
                              "a hard session %s (RPE %d): a recovery day, easy and shorter (48 h between hard sessions, ACSM)",
                       z ? (d->b == 0 ? "今天" : "昨天") : (d->b == 0 ? "today" : "yesterday"), d->a);
            else
                reason(r, z ? "两天前练得很辛苦（RPE %d）：今天最多中等强度" :
                              "a hard session two days ago (RPE %d): moderate at most today", d->a);
            break;
        case MR_WHY_MOOD:
            if (r->read.mood_evidence[0] && quoted(r, r->read.mood_evidence))
                break; /* the activity's line has quoted it already and says the same */
            /* a low mood keeps moderate work (WHO 2020): the card says so
             * rather than "gentler" beside a moderate effort */
            if (r->read.mood_evidence[0] && d->a == MR_MOOD_NEGATIVE && r->intensity == MR_MODERATE)
                reason(r, z ? "你写了“%s”：今天不做高强度、时间短一点，但中等强度的活动最能改善情绪（WHO 2020）"
                            : "you wrote \"%s\": nothing hard and a little shorter today, but moderate movement is what lifts a low mood (WHO 2020)",
                       r->read.mood_evidence);
            else if (r->read.mood_evidence[0] && d->a == MR_MOOD_TIRED && p->age >= 6 && p->age < 18)
                /* the young recover in their sleep: 9-12 hours at 6-12, 8-10 at 13-18 (AASM, Paruthi et al. 2016) */
                reason(r, z ? "你写了“%s”：今天强度低一点；恢复靠睡觉，%d岁每晚要睡%s小时，一周留1-2天休息（AASM 2016）"
                            : "you wrote \"%s\": a gentler session today; the recovery comes from sleep, %d-year-olds need %s hours a night, and 1-2 rest days a week (AASM 2016)",
                       r->read.mood_evidence, p->age, p->age <= 12 ? "9-12" : "8-10");
            else if (r->read.mood_evidence[0])
                reason(r, z ? "你写了“%s”：今天强度低一点" : "you wrote \"%s\": a gentler session today",
                       r->read.mood_evidence);
            else
                reason(r, z ? "状态（%s）：今天降低强度" : "mood (%s): a gentler session today",
                       z ? (const char *[]){"平静", "不错", "低落", "有压力", "疲惫"}[r->mood % MR_MOOD_COUNT] : mr_mood_name(r->mood));
            break;
        case MR_WHY_LATE:
            reason(r, z ? "现在是%d点：临睡前不做高强度，睡前1小时结束，先保证睡眠；想练得累一点，放在白天（早上或下午）" : "it is %d:00: late in the day, nothing hard, and finish an hour before bed to protect your sleep; the harder sessions go earlier in the day (morning or afternoon)",
                   d->a);
            break;
        case MR_WHY_OBESITY:
            reason(r, z ? "BMI %d：从中低强度、对关节冲击小的运动开始，每次不超过30分钟，逐步增加（ACSM）" :
                          "BMI %d: start low impact at a low-to-moderate effort, 30 minutes at most, and build up; it should feel doable, never punishing (ACSM)", d->a);
            break;
        case MR_WHY_SPLIT: {
            unsigned w = r->read.notes & (MR_NOTE_LOWER_WORKED | MR_NOTE_UPPER_WORKED);
            int sp = r->read.split_today;
            const char *rest_z = w == MR_NOTE_LOWER_WORKED ? "，腿今天休息"
                                 : w == MR_NOTE_UPPER_WORKED && sp == 1 ? "，胸和三头今天休息"
                                 : w == MR_NOTE_UPPER_WORKED && sp == 2 ? "，背和二头今天休息"
                                 : w == MR_NOTE_UPPER_WORKED ? "，上肢今天休息" : "";
            const char *rest_e = w == MR_NOTE_LOWER_WORKED ? "; your legs rest today"
                                 : w == MR_NOTE_UPPER_WORKED && sp == 1 ? "; your chest and triceps rest today"
                                 : w == MR_NOTE_UPPER_WORKED && sp == 2 ? "; your back and biceps rest today"
                                 : w == MR_NOTE_UPPER_WORKED ? "; your upper body rests today" : "";
            /* the split's leg day after an upper day: the legs are the fresh ones */
            if (r->activity == MR_ACT_STRENGTH && r->strength_focus == MR_FOCUS_LOWER && r->read.legs_today)
                reason(r, z ? "%s练的是上肢（RPE %d）：腿是新鲜的，今天的练腿日照常；同一肌群间隔48小时（ACSM）"
                            : "a hard upper-body session %s (RPE %d): your legs are fresh, so today's leg day stands; 48 h before the same muscles again (ACSM)",
                       z ? (d->b == 0 ? "今天" : "昨天") : (d->b == 0 ? "earlier today" : "yesterday"), d->a);
            /* "other muscle groups today" only when today is a strength session */
            else if (r->activity == MR_ACT_STRENGTH)
                reason(r, z ? "%s的力量训练很辛苦（RPE %d）：同一肌群间隔48小时（ACSM），今天练别的部位%s" :
                              "a hard strength session %s (RPE %d): 48 h before the same muscles again (ACSM), so other muscle groups today%s",
                       z ? (d->b == 0 ? "今天" : "昨天") : (d->b == 0 ? "earlier today" : "yesterday"), d->a, z ? rest_z : rest_e);
            else
                reason(r, z ? "%s的力量训练很辛苦（RPE %d）：同一肌群要恢复48小时（ACSM）；今天不再练它们，下次力量课练别的部位" :
                              "a hard strength session %s (RPE %d): the same muscles need 48 h to recover (ACSM); not them again today, and the next strength session trains other muscle groups",
                       z ? (d->b == 0 ? "今天" : "昨天") : (d->b == 0 ? "earlier today" : "yesterday"), d->a);
            break;
        }
        case MR_WHY_SLEEP:
            if ((r->read.notes & MR_NOTE_SHORT_SLEEP) && r->read.night_shift)
                reason(r, "%s", z ? "睡得少：今天不做高强度；上夜班的话，护住白天那一段睡眠（遮光、耳塞、每天固定时间睡），睡眠也是训练的一部分" :
                                    "short sleep: nothing hard today; on nights, protect your daytime sleep (dark room, earplugs, the same hours each day); sleep is part of training");
            else if (r->read.notes & MR_NOTE_SHORT_SLEEP)
                reason(r, "%s", z ? "睡得少或没睡好：今天不做高强度，早点睡；睡眠也是训练的一部分" :
                                    "short or poor sleep: nothing hard today, and an early night; sleep is part of training");
            break;
        case MR_WHY_RECOVERED:
            reason(r, z ? "病后恢复：先做平时的%d%%左右，几天内循序渐进" :
                          "back after an illness: about %d%% of your usual, building up gradually over a few days", d->a);
            break;
        case MR_WHY_RETURNING:
            reason(r, z ? "已经%d天没练了：体能会下降，先中等强度，每周加量不超过10%%，以免受伤" :
                          "%d days since your last session: fitness drops, so back at a moderate effort, adding at most 10%% a week so as not to get injured",
                   d->a);
            break;
        case MR_WHY_OLDER_BALANCE:
            reason(r, z ? "%d岁：除了有氧，每周至少3天做平衡和力量练习（WHO 2020），可以是太极、单脚站、坐站起立、弹力带" :
                          "at %d: besides aerobic activity, balance and strength on at least 3 days a week (WHO 2020): tai chi, standing on one leg, sit-to-stands, bands",
                   d->a);
            break;
        case MR_WHY_OLDER_START:
            /* from 75, the signs to stop for, said where a beginner starts (ACSM's warning signs) */
            if (d->a >= 75)
                reason(r, z ? "%d岁、刚开始运动：先以中等强度为上限；出现胸痛胸闷、异常的气喘、头晕或心慌就停下坐好，几分钟不缓解就打%s"
                            : "at %d and new to exercise: moderate at most to start; stop and sit down for chest pain or pressure, unusual breathlessness, dizziness or a racing heart, and call %s if it does not settle within a few minutes",
                       d->a, r->ems[0] ? r->ems : (z ? "急救电话" : "emergency services"));
            else
                reason(r, z ? "%d岁、刚开始运动：先以中等强度为上限" : "at %d and new to exercise: moderate at most to start", d->a);
            if (d->a >= 65)
                reason(r, "%s", z ? "单脚站、脚跟贴脚尖走这类平衡练习，旁边放一把椅子或靠着台面，手随时能扶" : "balance work (one leg, heel-to-toe) next to a chair or the kitchen counter, a hand ready to hold it");
            break;
        case MR_WHY_CAP:
            reason(r, z ? "安全规则今天把强度限制在%s" : "the safety rules keep today at %s at most",
                   mr_card_intensity(r, (mr_intensity)d->a));
            break;
        case MR_WHY_YOUTH:
            reason(r, z ? "5-17岁：每天平均60分钟中高强度活动，每周3天练肌肉和骨骼（WHO 2020）" :
                          "ages 5-17: 60 minutes a day of moderate-to-vigorous activity, muscle and bone strengthening on 3 days a week (WHO 2020)");
            if (p->age > 0 && p->age < 13) /* children keep at what they enjoy (WHO 2020: enjoyable, varied, age-appropriate) */
                reason(r, z ? "孩子的运动就是玩：骑车、跳舞、追跑游戏、和小伙伴一起玩都算，挑孩子喜欢的；一天的60分钟可以分几次凑够"
                            : "for a child, activity is play: bike games, dancing, tag, anything with friends counts; pick what they enjoy, and the 60 minutes can come in several bouts");
            /* the hours on a screen told: WHO 2020 asks to limit recreational screen time; the Canadian
             * 24-Hour Movement Guidelines for Children and Youth (2016) put it at 2 hours a day at most */
            if (notes_say(p, (const char *const[]){"tablet", "ipad", "telly", " tv", "tv ", "screen", "video game", "gaming",
                                                   "on his phone", "on her phone", "on my phone", "youtube", "tiktok", "平板",
                                                   "手机", "手機", "电视", "電視", "打游戏", "打遊戲", "玩游戏", "玩遊戲", "屏幕",
                                                   NULL}))
                reason(r, "%s", z ? "看屏幕的时间：玩手机、平板、电视、游戏，每天加起来不超过2小时；把其中一段换成出去玩、走路或骑车，每坐1小时起来动一动（WHO 2020；加拿大儿童青少年24小时活动指南）"
                                  : "screen time: phone, tablet, TV and games together at most 2 hours a day for fun; swap one stretch of it for play outside, a walk or a ride, and get up every hour of sitting (WHO 2020; Canadian 24-Hour Movement Guidelines for Children and Youth)");
            if (r->activity == MR_ACT_CYCLE) /* AAP (Council on Injury, Violence, and Poison Prevention 2001; reaffirmed): a helmet on every ride */
                reason(r, z ? "骑车：每次都戴头盔，在远离车流的地方骑，小孩子要有大人陪着"
                            : "on the bike: a helmet on every ride, away from traffic, with an adult along for a young child");
            if (r->activity == MR_ACT_SWIM && p->age < 13) /* AAP 2019, drowning prevention: supervision within reach */
                reason(r, z ? "游泳：有大人在旁边看着，最好在有救生员的泳池"
                            : "swimming: with an adult watching, best in a pool with a lifeguard");
            break;
        case MR_WHY_WEEK:
            if (r->read.notes & MR_NOTE_LONG_COVID) break; /* pacing: the week's aim is the energy envelope, not WHO's 150 */
            /* past the aim already: say so, or "1040 done, aim 300" reads as a slip */
            if (d->a > d->b)
                reason(r, z ? "最近7天有氧约%d分钟（中等强度当量，力量训练另计），已经超过本周%d分钟的目标（WHO每周至少%d分钟）：这周不用再加量" :
                              "about %d moderate-equivalent aerobic minutes in the last 7 days (strength counted apart), past this week's aim of %d (WHO: at least %d): no need to add more this week",
                       d->a, d->b, mr_kb_weekly_minutes(p->age));
            else
                reason(r, z ? "最近7天有氧约%d分钟（中等强度当量，力量训练另计），本周目标%d分钟（WHO每周至少%d分钟）" :
                              "about %d moderate-equivalent aerobic minutes in the last 7 days (strength counted apart); this week's aim %d (WHO: at least %d)",
                       d->a, d->b, mr_kb_weekly_minutes(p->age));
            break;
        default:
            break;
        }
    }
}

/* The numbers the person gave (fields or notes), named with their category,
 * so a card that rests or caps says which reading decided: AHA 2017 blood
 * pressure categories; glucose outside ADA's 90-250 mg/dl (the in-range
 * case is a coaching line below); a body temperature. */
static void readings(mr_recommendation *r, const mr_safety_in *in, const mr_notes *nr) {
    int z = zh(r);
    if (in->bp_sys > 0 && in->bp_dia > 0) {
        int s = in->bp_sys, d = in->bp_dia;
        const char *cat = s > 180 || d > 120 ? (z ? "高血压危象范围" : "hypertensive crisis range")
                          : s >= 140 || d >= 90 ? (z ? "2级高血压范围" : "stage 2 hypertension range")
                          : s >= 130 || d >= 80 ? (z ? "1级高血压范围" : "stage 1 hypertension range")
                          : s >= 120 ? (z ? "血压偏高" : "elevated") : (z ? "正常" : "normal");
        int high = s >= 140 || d >= 90, crisis = s >= 180 || d >= 110, preg = (in->flags & MR_COND_PREGNANCY) != 0;
        /* what to do depends on how high, and on a pregnancy (pre-eclampsia: ACOG 2020) */
        /* raised but not high: what the exercise itself does for it (ACSM
         * position stand, Pescatello et al. 2004: 5-7 mmHg lower with
         * regular aerobic exercise) */
        const char *todo = !high && s >= 120 ? (z ? "；规律的有氧运动能让血压降低约5-7 mmHg（ACSM）" :
                                                    "; regular aerobic exercise lowers it by about 5-7 mmHg (ACSM)")
                           : !high ? ""
                           : preg ? (z ? "；怀孕期间血压这么高，今天就联系产科医生或助产士（可能是子痫前期）；伴有剧烈头痛、视物模糊或上腹痛，立即就医"
                                       : "; this high in pregnancy, call your midwife or obstetrician today (it can be pre-eclampsia); with a severe headache, blurred vision or pain under the ribs, go to hospital now")
                           : crisis && (nr->notes & MR_NOTE_HEADACHE) ? (z ? "；加上你写的头痛，现在就去就医（见上面的提醒）"
                                                                              : "; with the headache you describe, get medical help now (the warning above)")
                           : crisis ? (z ? "；今天就联系医生；如果伴有胸痛、气短、剧烈头痛、视物模糊、说话不清或肢体无力，立即拨打120"
                                         : "; call your doctor today, and emergency services now if it comes with chest pain, breathlessness, a severe headache, blurred vision, slurred speech or weakness")
                           : nr->bp_med ? (z ? "；咖啡、赶路、紧张都会让一次读数偏高：静坐5分钟后再量一次；吃着降压药还多次这么高，药照常吃，告诉医生，可能需要调整用药"
                                                 : "; coffee, a rush or stress can push one reading up: sit quietly for 5 minutes and measure again; if it stays this high on your medicine, keep taking it and tell your doctor, as the dose may need adjusting")
                                    : (z ? "；咖啡、赶路、紧张都会让一次读数偏高：静坐5分钟后再量一次；如果多次测量都这么高，请找医生评估和治疗"
                                         : "; coffee, a rush or stress can push one reading up: sit quietly for 5 minutes and measure again, and if it reads this high again, see your doctor about it");
        reason(r, z ? "你的血压读数%d/%d mmHg：%s（AHA 2017）%s" : "your blood pressure reading %d/%d mmHg: %s (AHA 2017)%s", s, d, cat, todo);
    }
    if (in->glucose > 0 && (in->glucose < 90 || in->glucose >= 250) && z) /* a Chinese meter reads mmol/L */
        reason(r, "你的血糖读数%.1f mmol/L（%d mg/dl）：不在运动前建议的5.0-13.9 mmol/L（90-250 mg/dl）范围（ADA 2016）",
               in->glucose / 18.0, in->glucose);
    else if (in->glucose > 0 && (in->glucose < 90 || in->glucose >= 250) && r->mmol)
        reason(r, "your blood glucose reading %.1f mmol/l (%d mg/dl): outside the 5.0-13.9 mmol/l range advised before exercise (ADA 2016)",
               in->glucose / 18.0, in->glucose);
    else if (in->glucose > 0 && (in->glucose < 90 || in->glucose >= 250))
        reason(r, "your blood glucose reading %d mg/dl (%.1f mmol/l): outside the 90-250 range advised before exercise (ADA 2016)",
               in->glucose, in->glucose / 18.0);
    /* falling before the start: exercise takes it lower still, so the
     * carbohydrate comes first (Riddell et al. 2017, the T1D exercise
     * consensus, reads the trend arrow with the number) */
    if (nr->glucose_falling && in->glucose > 0 && in->glucose < 180)
        reason(r, "%s", z ? "血糖在往下走（CGM箭头向下）：一运动还会接着降；先吃15-30克碳水，15分钟后读数和箭头稳住了再开始，随身带糖（Riddell等，2017）"
                          : "your glucose is falling (the arrow points down): exercise takes it lower still; eat 15-30 g of carbohydrate first, start once the reading and the arrow have steadied 15 minutes later, and carry sugar (Riddell et al. 2017)");
    if (!isnan(nr->temp_c) && nr->temp_c >= 37.3f)
        reason(r, z ? "你写的体温%.1f°C" : "the temperature you wrote: %.1f C (%.1f F)", nr->temp_c, nr->temp_c * 9 / 5 + 32);
}

/* What the notes and the numbers say that a coach would answer: the time
 * they have, a stiff neck, their glucose, their mood. */
/* A goal of speed ("get faster", "跑得更快", "提速"), in the goal or, as a wish, in the notes. */
int mr_sprint_goal(const mr_profile *p) {
    static const char *const words[] = {"sprint", "短跑", "百米", "田径", NULL};
    for (int k = 0; words[k]; k++)
        if (strcasestr(p->goal, words[k])) return 1;
    /* a race distance of 60 to 800 metres ("400米跑进62秒", "sub-2 800m") */
    for (const char *s = p->goal; *s; s++) {
        if (!isdigit((unsigned char)*s) || (s > p->goal && (isdigit((unsigned char)s[-1]) || s[-1] == '.'))) continue;
        char *e;
        long m = strtol(s, &e, 10);
        while (*e == ' ') e++;
        int metres = !strncmp(e, "米", 3) || !strncmp(e, "公尺", 6) ||
                     ((*e == 'm' || *e == 'M') && !isalpha((unsigned char)e[1])) || !strncasecmp(e, "metre", 5) ||
                     !strncasecmp(e, "meter", 5);
        if (metres && m >= 60 && m <= 800) return 1;
    }
    return 0;
}

int mr_speed_wanted(const mr_profile *p, const mr_notes *nr) {
    static const char *const goal[] = {"faster", "speed", "quicker", "更快", "提速", "速度", "爆发力", NULL};
    for (int k = 0; goal[k]; k++)
        if (strcasestr(p->goal, goal[k])) return 1;
    return nr->speed_said || mr_sprint_goal(p);
}

static void coach_notes(mr_recommendation *r, const mr_profile *p, const mr_safety_in *in) {
    int z = zh(r);
    const mr_notes *nr = &r->read;
    /* a young person asking about maximal lifts: the coach's caution is
     * sound, and what builds strength at that age is technique and sets of
     * 6-15 (NSCA youth position, Faigenbaum et al. 2009) */
    if (nr->asked_max && p->age < 18)
        reason(r, "%s", z ? "你问的测最大重量：教练的要求有道理。这个年纪长力量和肌肉靠的是标准动作、每组6-15次、有人指导，逐步加重；等动作扎实、有教练在场，测一次最大重量并不危险，但现在急着测没有好处（NSCA青少年力量训练立场，Faigenbaum等，2009）"
                          : "you asked about maxing out: your coach's rule is sound. At your age strength and muscle come from clean technique, sets of 6-15 and a coach watching, adding load step by step; a supervised max test is not dangerous once technique is solid, but there is nothing to gain from rushing it (NSCA youth position, Faigenbaum et al. 2009)");
    /* speed wanted and a hard run today: the session is speed work, not a
     * long steady run (sprints for the young; intervals for adults; ACSM) */
    if (r->activity == MR_ACT_RUN && r->intensity == MR_VIGOROUS && mr_speed_wanted(p, nr) && !nr->test_m) /* (a test's own line below) */
        reason(r, "%s", p->age < 18 ? (z ? "为了跑得更快：热身10分钟后，20-40米冲刺6-10次（走回来再跑），加几组折返跑或绕桩变向，最后慢跑放松"
                                          : "to get faster: after a 10-minute warm-up, 6-10 sprints of 20-40 m (walk back between), a few shuttle or cone-agility drills, then an easy jog to finish")
                                    : (z ? "为了提速：慢跑热身10-15分钟，然后6-8组×1分钟快跑（RPE 15-17），组间慢跑2分钟，最后慢跑10分钟放松"
                                         : "for speed: 10-15 minutes easy, then 6-8 x 1 minute fast (RPE 15-17) with 2 minutes easy between, and 10 minutes easy to finish"));
    if (nr->minutes_free > 0 && r->minutes == nr->minutes_free)
        reason(r, z ? "你说有%d分钟左右：按你的时间安排" : "you said you have about %d minutes: the session fits them",
               nr->minutes_free);
    /* after a miscarriage, the bleeding over and the doctor's go-ahead: the
     * run asked about answered, and the loss named (grief and low mood are
     * common; lasting two weeks or more is for the GP: NICE NG126; RCOG) */
    {
        static const char *const loss_w[] = {"流产", "小产", "胎停", "miscarriage", "miscarried", "lost the baby",
                                             "pregnancy loss", "lost our baby", NULL};
        int loss = notes_say(p, loss_w);
        if (loss && !r->emergency && !((p->flags | nr->flags) & MR_COND_PREGNANCY)) {
            reason(r, "%s", z ? "流产之后：失去孩子后睡不好、想哭、提不起劲都很常见，不是你做错了什么。跟信任的人说说；如果两周以上都这样，或者越来越重，告诉医生，也可以找心理咨询（NICE NG126）"
                              : "after a miscarriage: poor sleep, crying and no energy are common after a loss, and not something you did. Talk to someone you trust; if it lasts two weeks or more, or gets worse, tell your doctor, and counselling helps (NICE NG126)");
            if (r->activity == MR_ACT_RUN)
                reason(r, "%s", z ? "跑步：医生同意、出血已停，可以跑；今天轻松跑（能说整句话），跑跑走走也行，感觉好再慢慢加回以前的距离；再出血、肚子疼或发烧就停下来看医生"
                                  : "running: with the bleeding over and your doctor's go-ahead you can run; keep it easy today (full sentences), walk breaks are fine, and build back to your usual distance as it feels right; new bleeding, belly pain or a fever: stop and see your doctor");
            else if (p->preferences & (1u << MR_ACT_RUN))
                reason(r, "%s", z ? "跑步：医生同意、出血已停，可以慢慢恢复；今天先按上面的轻松来，下一次跑从轻松跑20-30分钟开始（能说整句话），再慢慢加回以前的距离；再出血、肚子疼或发烧就停下来看医生"
                                  : "running: with the bleeding over and your doctor's go-ahead you can go back to it; today stays easy as above, and the next run starts with 20-30 easy minutes (full sentences), building back to your usual distance; new bleeding, belly pain or a fever: stop and see your doctor");
        }
    }
    /* a parent's plan for a child ("每天跑5公里、跳绳500下 ... 要控制心率在多少？"):
     * answered: an hour a day, mostly play, bone-loading a few days a week,
     * no heart-rate targets, never forced (WHO 2020 for 5-17; AAP) */
    if (p->age >= 5 && p->age < 13 && !r->emergency) {
        static const char *const plan_w[] = {"每天跑", "跑5公里", "跳绳", "run every day", "5k every", "skipping", "jump rope",
                                             "laps every", NULL};
        static const char *const ask_w[] = {"可以吗", "行吗", "心率", "heart rate", "is this ok", "is that ok", "too much", "太多",
                                            NULL};
        if (notes_say(p, plan_w) && notes_say(p, ask_w))
            reason(r, "%s", z ? "你问的安排：每天长跑加几百下跳绳，对这个年纪太多、也不需要。孩子每天累计60分钟活动就够，以玩为主，每周3天跳跳蹦蹦练骨骼肌肉（跳绳几分钟就算）。一跑就哭就别逼，换成她喜欢的；孩子不用盯心率，能说话、微微出汗就对了。体重别天天提，全家一起吃好、一起动更管用；被同学笑的事，跟老师说"
                              : "the plan you asked about: a daily long run plus hundreds of skips is too much at this age, and not needed. An hour a day in all, mostly play, with jumping and climbing on 3 days a week for bones and muscles (a few minutes of skipping counts). If running makes her cry, don't push it: pick what she enjoys. Children need no heart-rate targets: able to talk and a little sweaty is right. Don't make weight the daily topic; eating well and moving as a family works better, and teasing is for her teacher to hear about");
    }
    /* a night shift's only window ("2am", "after my shift"), asked whether it
     * is worth it: yes; a regular time suits the body clock and the sleep
     * is kept by finishing well before bed (AASM/SRS shift-work guidance) */
    {
        static const char *const late_w[] = {"2am", "3am", "1am", "2 am", "3 am", "after my shift", "after shift", "after work at",
                                             "night shift", "nights", "4pm-1am", "下夜班", "夜班", "凌晨", NULL};
        static const char *const doubt_w[] = {"worth it", "pointless", "not bother", "any point", "wrecks your sleep",
                                              "ruin my sleep", "ruins your sleep", "没意义", "白练", "影响睡眠", NULL};
        if (notes_say(p, late_w) && notes_say(p, doubt_w) && r->activity != MR_ACT_REST)
            reason(r, "%s", z ? "你问下班后凌晨练是不是白练：不是。时间固定下来对生物钟反而好；练完离睡觉留出一个多小时，强度以中等为主，练完吃点清淡的，睡觉的房间遮光，睡眠就保得住"
                              : "you asked whether training after your shift is pointless: it is not; a regular time suits your body clock; finish an hour or more before you sleep, keep most of it moderate, eat something light after and sleep in a dark room, and the sleep is kept");
    }
    /* "is 15 min even worth it?": yes, and why (WHO 2020 dropped the
     * 10-minute minimum: every bout counts; short daily sessions add up) */
    if (nr->minutes_free > 0 && nr->minutes_free <= 20 && r->activity != MR_ACT_REST) {
        static const char *const worth[] = {"worth it", "even worth", "worth doing", "worth the", "any point", "pointless",
                                            "worth bothering", "even bother", "worth my time", "worth anything",
                                            "有用吗", "有没有用", "有意义吗", "值得吗", "值不值", "管用吗", "有效果吗", "白练",
                                            "有用嗎", "有沒有用", "有意義嗎", "值得嗎", "管用嗎", "有效果嗎", "白練", "夠嗎", "够吗",
                                            NULL};
        int wait = notes_say(p, (const char *const[]){"older", "长大", "大一点", "sleeps thru", "sleeps through", "睡整觉", NULL});
        int nap = notes_say(p, (const char *const[]){"nap", "午睡", "睡觉的时候", NULL});
        if (notes_say(p, worth))
            reason(r, z ? "你问%d分钟值不值得：值得，也有用。世卫组织2020年的指南说每一分钟都算，不再要求至少10分钟一次；每天%d分钟，一周就是%d分钟左右，几周内精力就会好起来%s"
                        : "you asked whether %d minutes is worth it: yes. The WHO's 2020 guidelines count every minute (no 10-minute minimum any more); %d minutes most days is about %d a week, and energy picks up within weeks%s",
                   nr->minutes_free, nr->minutes_free, nr->minutes_free * 7,
                   !wait ? "" : nap ? (z ? "。不用等孩子睡整觉：趁宝宝睡觉的这段时间就够了" : ". No need to wait until the baby sleeps through: the nap is your window")
                              : z ? "。不用等孩子长大" : ". No need to wait until they're older");
    }
    if (nr->notes & MR_NOTE_NECK_SHOULDER)
        reason(r, "%s", z ? "肩颈僵硬：先做5分钟肩颈活动（绕肩、扩胸、慢慢转头），久坐时每小时起来活动一下"
                          : "stiff neck and shoulders: start with 5 minutes of shoulder rolls, chest openers and slow neck turns, and get up once an hour when you sit");
    /* desk neck and shoulder pain: strengthening the upper back eases it more
     * than rest or general fitness (Andersen et al. 2008, specific
     * resistance training in office workers) */
    if ((nr->notes & MR_NOTE_NECK_SHOULDER) && !r->emergency)
        reason(r, "%s", z ? "肩颈酸痛：每周2-3次练上背，比休息更能缓解——划船、反向飞鸟、弹力带拉开，每个2-3组、每组10-15次，加上收下巴练习；有哑铃或弹力带就够了"
                          : "for desk neck and shoulder ache, strengthen the upper back 2-3 times a week, which eases it more than rest: rows, reverse flys and band pull-aparts, 2-3 sets of 10-15, with chin tucks; dumbbells or a band are all it takes (Andersen et al. 2008)");
    int glu_rule = 0;
    for (int i = 0; i < r->n_warnings; i++) glu_rule |= strstr(r->warnings[i], "90 mg/dl") || strstr(r->warnings[i], "250-349");
    int insulin = (nr->notes & MR_NOTE_INSULIN) || nr->pump; /* a pump is insulin */
    if (insulin && in->glucose >= 90 && in->glucose < 125 && !glu_rule) /* ADA 2016 (Colberg): 90-124 on insulin */
        reason(r, z ? "血糖%d mg/dl（%.1f mmol/L），在用胰岛素：开始前先吃约10-15克碳水（如半根香蕉、几块葡萄糖片），随身带糖，运动中和结束后再测（ADA 2016）"
                    : "glucose %d mg/dl (%.1f mmol/l) on insulin: eat about 10-15 g of carbohydrate before you start (half a banana, a few glucose tablets), carry some with you, and check again during and after (ADA 2016)",
               in->glucose, in->glucose / 18.0);
    else if (insulin && in->glucose < 0)
        reason(r, "%s", z ? "在用胰岛素：运动前测一下血糖，低于90 mg/dl（5.0 mmol/L）先吃15-30克碳水；随身带糖（ADA 2016）"
                          : "on insulin: check your glucose before you start; below 90 mg/dl (5.0 mmol/l) eat 15-30 g of carbohydrate first; carry glucose with you (ADA 2016)");
    else if (in->glucose >= 90 && in->glucose < 250 && !glu_rule)
        reason(r, z ? "血糖%d mg/dl（%.1f mmol/L）：在可以运动的范围（90-250，ADA 2016）；饭后动一动有助于降低血糖" :
                      "blood glucose %d mg/dl (%.1f mmol/l): in the range for exercise (90-250, ADA 2016); moving after a meal blunts the rise",
               in->glucose, in->glucose / 18.0);
    if (insulin && nr->pump && !r->emergency && r->activity != MR_ACT_REST)
        /* type 1 on a pump (Riddell et al. 2017 consensus): the basal cut
         * before aerobic work, fast carbohydrate at hand, glucose checked
         * during and after; hard efforts can raise it, lows come later */
        reason(r, "%s", z ? "用胰岛素泵运动：有氧运动前60-90分钟把基础率调低约一半（具体多少和你的内分泌医生定好），随身带15-30克快糖，运动前、中途每30分钟和结束后都测血糖；节奏跑、间歇这类高强度可能让血糖暂时升高，结束后几小时和当天夜里反而容易低（Riddell等，2017）"
                          : "exercising on an insulin pump: for aerobic work lower the basal rate by about half from 60-90 minutes before (agree the numbers with your diabetes team), carry 15-30 g of fast carbohydrate, and check glucose before, every 30 minutes and after; tempo runs and intervals can push glucose up for a while, and lows are likelier hours later and that night (Riddell et al. 2017)");
    if (insulin && nr->hypo_past && !r->emergency && r->activity != MR_ACT_REST)
        /* the low last time, halfway through: more fuel and less insulin
         * for the same session (Riddell et al. 2017) */
        reason(r, "%s", z ? "上次练到一半低血糖了：这次开始前如果低于7 mmol/L（126 mg/dl）先吃15-30克碳水，练的时候每小时补30-60克，中场测一次；打针的，运动前那顿的餐时胰岛素减量，用泵的把临时基础率调得更低、提前更久开始，具体数字和医生定"
                          : "you went low halfway last time: this time, below 7 mmol/l (126 mg/dl) at the start take 15-30 g of carbohydrate first, then 30-60 g an hour during, and check at half-time; on injections cut the mealtime dose before it, on a pump set the temporary basal lower and start it earlier, with the numbers agreed with your diabetes team");
    /* a race or a best time planned from a low start on insulin ("4.2 ...
     * parkrun at 8 ... going for a PB"): adrenaline may lift glucose in a
     * hard race, but from a low start it can fall first and fast; easy
     * today, the attempt on a day that starts in range (Riddell et al. 2017) */
    if (insulin && in->glucose > 0 && in->glucose < 90 && !r->emergency && r->activity != MR_ACT_REST &&
        (nr->asked_hard || strcasestr(p->notes, " pb") || strcasestr(p->notes, "personal best") || strcasestr(p->notes, "race pace") ||
         strcasestr(p->notes, "冲pb") || strcasestr(p->notes, "破pb") || strstr(p->notes, "冲成绩") || strstr(p->notes, "跑进")))
        reason(r, "%s", z ? "血糖偏低还想冲好成绩：今天不冲，吃完碳水、复测够了再出发，轻松跑（能说整句话）；比赛的紧张确实可能让血糖升一点，但从低位开始，它可能先往下掉、掉得很快，几小时后还可能再低；冲成绩等一个早饭后、起跑前血糖在7-10 mmol/L（126-180 mg/dl）的日子（Riddell等，2017）"
                          : "a best time from a low start: not today. Once the carbohydrate has you back in range, run it easy (full sentences); a race's adrenaline can lift glucose a little, but from a low start it can fall first, and fast, and again hours later. Go for the time on a day you start after breakfast at 7-10 mmol/l (126-180 mg/dl) (Riddell et al. 2017)");
    if (nr->night_low && !r->emergency) /* read only with insulin, a pump or type 1 said */
        /* the low that comes in the night after a big training day (Riddell
         * et al. 2017: up to a day later; nocturnal lows after exercise) */
        reason(r, "%s", z ? "训练后的夜里低血糖（运动后最长一天内都可能发生）：今晚睡前吃点碳水加蛋白质，和糖尿病团队商量夜间基础率减一些（常见是6小时减约20%），打开动态血糖的低值报警，睡前再测一次"
                          : "a low in the night after training (exercise can bring one on up to a day later): tonight, a bedtime snack of carbohydrate with protein, a lower overnight basal if your diabetes team agrees (often about 20% for 6 hours), your CGM's low alarm on, and a check before bed (Riddell et al. 2017)");
    if (insulin && nr->bolus_recent && !r->emergency && r->activity != MR_ACT_REST)
        /* a bolus or correction in the last two or three hours is still
         * working: exercise on top of it drops glucose fast (Riddell et al.
         * 2017: exercise within 90-120 min of a bolus, reduce it or eat) */
        reason(r, "%s", z ? "刚打过餐时或修正胰岛素（两三个小时内），还在起作用：这时运动血糖会掉得快。出发前先吃15-30克碳水，运动中每30分钟测一次（有动态血糖看趋势），随身带糖；低于5.0 mmol/L（90 mg/dl）就停下先补糖"
                          : "a bolus or correction in the last two or three hours is still working: exercise on top of it drops glucose fast. Eat 15-30 g of carbohydrate before you go, check every 30 minutes on the way (or watch your CGM's trend) and carry sugar; below 5.0 mmol/l (90 mg/dl), stop and treat it first (Riddell et al. 2017)");
    if (insulin && !nr->pump && !(nr->minutes_planned >= 90 || nr->asked_long) && !r->emergency && r->activity != MR_ACT_REST &&
        r->activity != MR_ACT_STRETCHING && !nr->match_today) /* the game's line says it */
        /* on injections (Riddell et al. 2017): a bolus in the last two or
         * three hours is still working, and the lows an aerobic session
         * causes come hours later and overnight as well as during */
    {
        /* the meal's insulin still to come ("晚饭前打胰岛素", "insulin before dinner"):
         * exercise before the injection and meal, or 1-2 hours after it, not
         * between the two (Riddell et al. 2017) */
        int meal_dose = !nr->bolus_recent &&
                        notes_say(p, (const char *const[]){"饭前打胰岛素", "餐前打胰岛素", "饭前打针", "餐前胰岛素",
                                                           "吃饭前打", "饭前打", "insulin before dinner", "insulin before meals",
                                                           "insulin before my meals", "mealtime insulin", "insulin with meals",
                                                           "insulin with my meals", "before each meal", NULL});
        reason(r, "%s%s",
               z ? "用胰岛素运动：结束后和睡前各测一次血糖，低血糖可能在运动后几小时甚至夜里才来（Riddell等，2017）"
                 : "exercising on insulin: check your glucose after the session and again at bedtime, since lows can come hours later and overnight (Riddell et al. 2017)",
               !meal_dose ? "" : z ? "。饭前那一针：要么先运动、回来再打针吃饭，要么饭后1-2小时再运动；别在打了针、饭还没吃的时候去；常在饭后不久运动的话，那一针可能要减量，问医生"
                                   : ". The injection before a meal: exercise first and then inject and eat, or exercise 1-2 hours after the meal, never between the injection and the food; if you often exercise soon after a meal, that dose may need lowering, which is your doctor's call");
    }
    if (insulin && (nr->minutes_planned >= 90 || nr->asked_long) && !r->emergency && r->activity != MR_ACT_REST)
        /* the long session planned, on insulin (Riddell et al. 2017): fuel
         * by the hour, checks on the way, the night after */
        reason(r, z ? "用胰岛素做长时间运动（你计划的%d分钟）：开始时血糖最好在126-180 mg/dl（7-10 mmol/L）；途中每小时吃30-60克碳水（运动饮料、能量胶、香蕉），每30分钟测一次血糖（有动态血糖仪就看趋势）；%s结束后和当天夜里容易低血糖，睡前再测一次（Riddell等，2017）"
                    : "a long session on insulin (the %d minutes you plan): start with glucose at about 126-180 mg/dl (7-10 mmol/l); take 30-60 g of carbohydrate every hour on the way (a sports drink, gels, a banana) and check every 30 minutes (or watch your CGM's trend); %slows are likelier hours after and that night, so check again at bedtime (Riddell et al. 2017)",
               nr->minutes_planned >= 90 ? nr->minutes_planned : 120,
               nr->pump ? (z ? "泵的基础率提前60-90分钟调低（和内分泌医生定好比例）；" : "lower the pump's basal rate from 60-90 minutes before (the amount agreed with your diabetes team); ")
                        : (z ? "运动前那一餐的速效胰岛素可以减量（和医生定好比例）；" : "the rapid insulin at the meal before can be cut (the amount agreed with your team); "));
    /* (an aerobic session of some length only: not beside 20 minutes of yoga or stretching) */
    if ((nr->notes2 & MR_NOTE2_ENDURANCE) && r->activity != MR_ACT_REST && r->activity != MR_ACT_STRENGTH &&
        r->activity != MR_ACT_YOGA && r->activity != MR_ACT_STRETCHING && r->activity != MR_ACT_TAI_CHI && r->minutes >= 30)
        reason(r, "%s", z ? "耐力课：稳定、能说整句话的强度（有氧基础区），长时间的课要在中等强度，才练得到耐力又不透支"
                          : "an endurance session: steady and conversational (zone 2); long sessions build endurance at a moderate effort, not a hard one");
    int taper_line = (nr->notes & MR_NOTE_TAPER) && !(in->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) && /* not to a limp */
                     !(nr->asked_hard && r->intensity == MR_VIGOROUS) && /* the session asked for is answered on its own line */
                     r->activity != MR_ACT_REST;
    if (taper_line && r->activity == MR_ACT_RUN)
        reason(r, "%s", z ? "赛前减量期：今天是轻松跑，最后加4-6次20秒的比赛配速加速跑（中间走或慢跑恢复），强度靠这几次保持；本周总量减到平时的一半左右。现在加练不会再长体能，只会让你比赛时更累（Mujika 2003）"
                          : "taper week: today is an easy run with 4-6 strides of 20 seconds at race pace at the end (walk or jog between), which is the intensity kept; the week's volume comes down to about half. Extra work now adds no fitness before the race, only fatigue (Mujika 2003)");
    else if (taper_line && (r->activity == MR_ACT_CYCLE || r->activity == MR_ACT_STATIONARY_BIKE)) {
        /* a ride's taper: the event named by its day, the big ride asked for answered (Mujika and Padilla 2003) */
        int wd = nr->race_wday >= 0 && nr->race_wday < 7 ? nr->race_wday : -1;
        char when[48] = "";
        if (wd >= 0) snprintf(when, sizeof when, z ? "（%s比赛）" : " (the event is on %s)", z ? WDAY_ZH[wd] : WDAY_EN[wd]);
        reason(r, z ? "赛前减量期%s：今天轻松、短一点，中间加3-4次1分钟的比赛强度；本周总量减到平时的一半左右。现在再骑一次长距离不会再长体能，只会让你比赛时腿更沉，长距离留到比赛那天（Mujika 2003）"
                    : "taper week%s: easy and short today, with 3-4 one-minute efforts at race effort; the week's volume comes down to about half. One more big ride now adds no fitness before the event, only tired legs on the day: save the distance for the race (Mujika 2003)",
               when);
    } else if (taper_line) /* off the legs today: the strides belong to the run days */
        reason(r, "%s", z ? "赛前减量期：今天轻松、短一点；本周总量减到平时的一半左右，跑步的日子最后加几次短的比赛配速加速跑保持状态。现在加练不会再长体能，只会让你比赛时更累（Mujika 2003）"
                          : "taper week: easy and short today; the week's volume comes down to about half, and a few short strides at race pace on the run days keep you sharp. Extra work now adds no fitness before the race, only fatigue (Mujika 2003)");
    int asthma_cold = 0;
    for (int i = 0; i < r->n_warnings; i++) asthma_cold |= strstr(r->warnings[i], "inhaler") || strstr(r->warnings[i], "吸入");
    if ((in->flags & MR_COND_ASTHMA) && nr->eib_past && !nr->asthma_poor && !r->emergency && r->activity != MR_ACT_REST)
        /* a tight chest in a session lately, gone since: exercise-induced
         * bronchoconstriction, met by the reliever before and a warm-up, and
         * a review when it keeps happening (GINA 2023) */
        reason(r, "%s", z ? "上次训练时胸口发紧：这是运动（尤其冷空气里）诱发的哮喘。训练前15分钟吸2下急救吸入剂，热身10-15分钟、由慢到快，冷天用围巾或口罩挡住口鼻；训练中又发紧就停下、再吸药，几分钟不缓解就求助。每次训练都这样的话，去看医生或哮喘护士，控制药可能要调整（GINA 2023）"
                          : "last session's tight chest was your asthma set off by the exercise, the cold air especially. Take 2 puffs of your reliever 15 minutes before training, warm up for 10-15 minutes from easy to hard, and cover your mouth and nose in cold air; if it tightens during training, stop and use the reliever, and get help if it has not eased in a few minutes. If it happens most sessions, see your GP or asthma nurse: the preventer may need changing (GINA 2023)");
    else if ((in->flags & MR_COND_ASTHMA) && !asthma_cold && !nr->asthma_poor) /* its own line says more */
        reason(r, "%s", z ? "哮喘：热身10-15分钟、循序渐进，随身带急救吸入剂（缓解哮喘的药）；医生建议的话，运动前15分钟先吸（ACSM）"
                          : "asthma: warm up gradually for 10-15 minutes and keep your reliever inhaler with you; if your doctor advises it, use it 15 minutes before (ACSM)");
    /* the equipment they said they have at home is what the session uses */
    if (nr->home_kit[0] && r->activity == MR_ACT_STRENGTH) {
        const char *k = nr->home_kit;
        int legs = strstr(k, "ankle") || strstr(k, "沙袋"), band = strstr(k, "band") || strstr(k, "带");
        reason(r, z ? "用你家里的%s：%s；从轻的开始，每组10-15次做得动了再加重"
                    : "with the %s you have at home: %s; start light, and add load once 10-15 reps a set come easily",
               k,
               legs ? (z ? "坐姿伸膝、站姿侧抬腿、后抬腿、提踵，都可以绑上做"
                         : "seated knee extensions, standing side and back leg raises and heel raises all take them")
               : band ? (z ? "弹力带划船、拉开、深蹲、推胸" : "band rows, pull-aparts, squats and chest presses")
                      : (z ? "高脚杯深蹲、单臂划船、推举、罗马尼亚硬拉" : "goblet squats, one-arm rows, presses and Romanian deadlifts"));
    }
    else if (nr->at_home && (r->activity == MR_ACT_STRENGTH || r->activity == MR_ACT_YOGA || r->activity == MR_ACT_STRETCHING ||
                        r->activity == MR_ACT_TAI_CHI))
        reason(r, "%s", z ? "在家练：不用器械，一块垫子或一把椅子就够（力量用自重或装满水的瓶子）"
                          : "at home: no equipment needed, a mat or a chair is enough (bodyweight, or filled water bottles for strength)");
    if (r->activity == MR_ACT_STRENGTH && p->age < 18)
        reason(r, "%s", z ? "青少年练力量：先用轻重量（能做12-15次）学会标准动作，有教练或懂行的人在旁边指导，再慢慢加重；正确指导下的力量训练不会让人长不高，这是误传（NSCA 2009）"
                          : "strength training when young: learn each movement with light loads (12-15 reps) with a coach or someone who knows watching, then add weight slowly; supervised resistance training does not stunt growth, that is a myth (NSCA 2009)");
    if (nr->doms_asked && !nr->statin_ache) { /* (on a statin the ache has its own answer) */
        static const char *const doms[] = {"练后1-3天酸痛最明显是正常的（延迟性肌肉酸痛），几天内会消退；练的当时突然一下刺痛、按着有一个痛点、有淤青或肿，才像拉伤",
                                           "soreness that peaks 1-3 days after a new or hard session is normal (delayed-onset muscle soreness) and fades within days; a sudden sharp pain during the session, one tender spot, bruising or swelling is what a strain looks like"};
        reason(r, z ? "腿酸：%s" : "sore legs: %s", doms[!z]);
    }
    if (nr->sore_jump && !r->emergency)
        warning(r, z ? "练了比平时多得多之后肌肉特别酸：多数是延迟性酸痛，几天会消退；但如果尿色像浓茶或可乐、肌肉明显肿胀、无力，或酸痛一天比一天重，当天就去医院查一下（运动性横纹肌溶解，O'Connor 2020）。酸痛期间多喝水，同一肌群等酸痛消退再练"
                           : "very sore after far more than usual: mostly the soreness of training, which fades within days; but urine the colour of tea or cola, marked swelling, weakness, or soreness that gets worse each day instead of better means getting checked the same day (exertional rhabdomyolysis; O'Connor et al. 2020). Drink well, and rest those muscles until the soreness has gone");
    if ((nr->notes & MR_NOTE_LOWER_WORKED) && r->activity != MR_ACT_STRENGTH)
        reason(r, "%s", z ? "腿还在酸或刚练过：今天让腿恢复，选低冲击、不给腿加负荷的活动；深蹲等腿部训练等酸痛消退后再做（同一肌群间隔48小时，ACSM）"
                          : "your legs are sore or were trained hard: let them recover today with something low impact that does not load them; squats and other leg work when the soreness has gone (48 h for the same muscles, ACSM)");
    if (nr->notes & (MR_NOTE_POSTPARTUM | MR_NOTE_LEAKING))
        reason(r, "%s", z ? "产后或咳嗽、跳跃时漏尿：每天做盆底肌训练（收紧保持5-10秒、放松，重复10次，一天3组）；跑跳等冲击性运动等没有漏尿、下坠感和疼痛后再逐步恢复，一般不早于产后12周；漏尿持续请找盆底康复师（ACOG 2020）"
                          : "after a birth, or leaking when you cough or jump: pelvic floor exercises every day (squeeze and hold 5-10 s, relax, 10 times, 3 times a day); bring back running and jumping gradually once there is no leaking, heaviness or pain, usually not before 12 weeks after the birth; if leaking goes on, see a pelvic health physiotherapist (ACOG 2020)");
    /* the weeks after a birth: the signs that want a doctor the same day
     * (NICE NG194 postnatal care, 2021: heavier bleeding, a wound's
     * infection, fever, a calf's clot; chest pain or sudden breathlessness
     * is an emergency) */
    if ((nr->notes & MR_NOTE_POSTPARTUM) && !r->emergency)
        reason(r, "%s", z ? "产后这几周，出现这些情况当天就看医生：出血突然变多、伤口（剖腹产的刀口）红肿发热或流脓、发烧、一侧小腿肿痛；胸痛或突然喘不上气，立即拨打120"
                          : "in the weeks after a birth, see your doctor the same day for bleeding that gets heavier, a scar that turns red, hot or oozes, a fever, or one calf swollen and painful; chest pain or sudden breathlessness: call emergency services");
    if (nr->on_oxygen && !r->emergency && r->activity != MR_ACT_REST)
        /* oxygen prescribed for exertion is used during it, at the flow set
         * for activity (BTS 2015 home oxygen guideline; ACSM) */
        reason(r, "%s", z ? "用着家庭氧疗：运动时照样吸氧，流量按呼吸科定的活动量来（常比静息时高）；管子别绊脚；以还能说短句为度，血氧仪低于88%就停下休息，休息后回不来就联系呼吸科"
                          : "on home oxygen: use it while you exercise, at the flow your respiratory team set for activity (often higher than at rest); keep the tubing clear of your feet; go by being able to speak in short sentences, and if your oximeter reads under 88%, stop and rest, and call your team if it does not come back up (BTS 2015)");
    if (nr->back_bed_rest && !r->emergency)
        /* bed rest slows an acute low back's recovery; staying active within
         * the pain helps (NICE NG59, 2016/2020) */
        reason(r, "%s", z ? "腰痛不建议卧床休息：躺得越久反而好得越慢。在疼痛允许的范围内尽量保持活动，多走一走，短一点、多几次，每天再加10分钟腰背练习（鸟狗式、死虫式、臀桥、猫牛式，不痛的范围内）；出现腿麻或无力、大小便异常、发烧，马上就医（英国NICE NG59）"
                          : "bed rest is not advised for low back pain: the longer you lie down, the slower it gets better. Keep moving within what the pain allows, walking in short, frequent bouts, and add 10 minutes of back exercises a day (bird-dog, dead bug, glute bridges, cat-camel, within comfort); numbness or weakness in a leg, trouble with bladder or bowels, or a fever: see a doctor at once (NICE NG59)");
    if (nr->labour_asked && !r->emergency)
        /* no trial shows hard exercise starting labour; at term it adds falls,
         * heat and strain, while walking and upright movement are fine (ACOG 2020) */
        reason(r, "%s", z ? "你问跑步、爬楼冲刺能不能催产：没有可靠证据说剧烈运动能让产程发动，足月时反而增加摔倒、过热和盆底的负担；散步、孕期瑜伽、坐分娩球都可以，也舒服。出现规律的疼痛宫缩、破水、出血或胎动变少，马上联系产科（ACOG 2020）"
                          : "you asked whether a hard run or stair sprints will bring on labour: there is no good evidence that hard exercise starts labour, and at term it adds falls, overheating and strain on the pelvic floor; walking, pregnancy yoga and a birthing ball are fine and feel good. Regular painful contractions, your waters breaking, bleeding or the baby moving less: call your maternity unit (ACOG 2020)");
    if (nr->period_asked && !r->emergency)
        /* exercise in menstruation is safe and often eases cramps; nothing
         * in it harms the body (ACOG, dysmenorrhoea FAQ; Armour et al. 2019,
         * Cochrane review of exercise for dysmenorrhoea) */
        reason(r, "%s", z ? "你问经期能不能运动：能，不伤身体，也不用躺着；轻松到中等的运动（散步、慢跑、瑜伽、游泳）常常还能缓解痛经。今天量力而行，哪个动作让疼痛加重就换一个；热水袋、按说明吃止痛药也有帮助；疼到影响日常生活，或和平时不一样，请看医生（ACOG；Cochrane 2019）"
                          : "you asked whether exercising on your period is bad: it isn't, and lying still is not needed; easy-to-moderate exercise (a walk, an easy jog, yoga, a swim) often eases cramps. Go by how you feel today and swap anything that makes the pain worse; a heat pack and a painkiller as directed help too; pain that stops you doing normal things, or that is unlike your usual, is worth a doctor's visit (ACOG; Cochrane review 2019)");
    else if (nr->notes & MR_NOTE_PERIOD_PAIN)
        reason(r, "%s", z ? "经期痛经：轻松的活动（散步、瑜伽、游泳、轻松骑车）常能缓解；哪个动作让疼痛加重就停下；疼得厉害或和平时不一样，请看医生"
                          : "period pain: gentle movement (walking, yoga, swimming, an easy ride) often eases cramps; stop whatever makes it worse, and see a doctor if the pain is severe or unlike your usual");
    if ((nr->notes & MR_NOTE_NO_PERIODS) && !r->emergency && !nr->menopause && !(p->age >= 50 && p->sex == MR_SEX_FEMALE))
        /* periods stopped in training: too little energy for the training
         * (RED-S), whatever a coach says is normal; bones and the heart pay
         * (IOC consensus, Mountjoy et al. 2018; ACSM triad 2007) */
        reason(r, z ? "训练期间月经停了或变得几个月才来一次：这对运动员不是“正常”，多半是吃的能量跟不上训练（运动相对能量不足，RED-S），会伤骨头（应力性骨折）和心脏。请这周去看医生%s；这段时间少练一些、每餐都吃够主食和蛋白质，别靠少吃碳水来减重%s（IOC 2018）"
                    : "periods stopped, or coming only every few months, while training are not normal for athletes, whatever anyone says: it is the sign of too little energy for the training (RED-S), which weakens bone (stress fractures) and strains the heart. Please see a doctor this week%s; meanwhile train less and eat enough, carbohydrate and protein at every meal, rather than cutting carbs to get lighter%s (IOC consensus 2018)",
               p->age < 18 ? (z ? "，也告诉爸妈" : " and tell a parent") : "",
               !nr->shin ? "" : z ? "；小腿那个痛点在查清之前不跑步" : "; the sore spot on your shin means no running until it is checked");
    /* an antidepressant feared with exercise ("網路上有人說吃SSRI運動會猝死，好怕"):
     * exercise on an SSRI is safe and helps it work (NICE NG222, 2022) */
    if (!r->emergency && r->activity != MR_ACT_REST &&
        notes_say(p, (const char *const[]){"ssri", "snri", "antidepressant", "anti-depressant", "抗憂鬱", "抗抑郁", "抗忧郁", "立普能",
                                           "來士普", "来士普", "舍曲林", "左洛复", "百忧解", "sertraline", "escitalopram", "fluoxetine",
                                           "citalopram", "lexapro", "zoloft", "prozac", NULL}) &&
        notes_say(p, (const char *const[]){"怕", "afraid", "scared", "worried", "worry", "猝死", "sudden death", "dangerous",
                                           "危險", "危险", "不敢", NULL}))
        reason(r, "%s", z ? "你担心吃抗抑郁药（SSRI）运动会出事：可以放心运动。常用剂量的SSRI不会让正常运动变危险，网上说的猝死没有根据；医生也说了可以。运动还能帮药物一起改善情绪和睡眠。先从平时一半的量开始，按能说整句话的强度；如果运动中出现胸痛、晕倒或心跳乱跳，停下并告诉医生（NICE NG222，2022）"
                          : "you are worried exercise is unsafe on your antidepressant: it is safe. At the usual doses SSRIs do not make ordinary exercise dangerous, the sudden-death stories online have no basis, and your doctor has said yes; exercise even helps the medicine with mood and sleep. Start at about half your old amount at a talking pace; chest pain, a faint or an irregular heartbeat during exercise mean stop and tell your doctor (NICE NG222, 2022)");
    /* a carer with nothing left ("caring for my husband ... at the end of my rope"): the
     * minutes for themselves, and support named (NICE NG150 supporting adult carers, 2020) */
    if (!r->emergency && r->activity != MR_ACT_REST &&
        notes_say(p, (const char *const[]){"caring for my", "looking after my", "carer for my", "i care for my", "照顾我", "照顾老",
                                           "照顾瘫痪", "照顧", "伺候", NULL}) &&
        notes_say(p, (const char *const[]){"end of my rope", "end of my tether", "exhausted", "burnt out", "burned out",
                                           "nothing for myself", "anything for myself", "no time for myself", "累垮", "撑不住",
                                           "快崩溃", "没有自己的时间", "顾不上自己", NULL}))
        reason(r, "%s", z ? "照顾家人的人也要照顾自己：每次10-15分钟就够，趁护工来或他午睡的时候，走一走、拉伸一下，这对你很重要，不是自私。也可以问问社区或医院有没有喘息服务和照顾者支持小组，让你有时间休息"
                          : "looking after yourself is part of caring: 10-15 minutes is enough, when the aide comes or he naps, a walk or a stretch; it matters, and it is not selfish. Ask his care team or your council about respite care and a carers' support group, so you get breaks (NICE NG150, 2020)");
    if (nr->palp_cued && !nr->palp_checked && !r->emergency)
        /* a racing heart with nerves or a run: the body's alarm, which regular
         * exercise turns down (WHO 2020; exposure in panic disorder, Stubbs et
         * al. 2017); the signs that are not it (NICE CKS palpitations) */
        reason(r, "%s", z ? "你说的心跳快、心慌是紧张或跑起来时身体的正常反应（肾上腺素），本身不危险；规律运动反而能让这种警报慢慢变小。从能说整句话的强度开始，心跳上来时慢慢呼吸、告诉自己这是正常的。如果心跳没有诱因、在休息时突然乱跳或停不下来，或者伴有胸痛、头晕眼前发黑、晕倒，请停下并看医生"
                          : "the racing heart you describe with anxiety, fear or on a run is the body's normal alarm (adrenaline), not a danger in itself, and regular exercise turns it down over weeks. Start at a pace you can talk through, and when the heart picks up, breathe slowly and remind yourself it is expected. If it races or goes irregular at rest with no trigger, will not settle, or comes with chest pain, dizziness or a faint, stop and see a doctor");
    if (nr->palp_checked && !r->emergency) /* after a normal workup: exercise helps anxiety (WHO 2020); the stop signs (ACSM) */
        reason(r, "%s", z ? "你的心跳快医生已经查过（心电图正常），也建议你运动：规律运动能缓解焦虑。练的时候如果心跳快伴有胸痛、头晕、眼前发黑或晕倒，或者休息后仍停不下来，请停下并就医"
                          : "your doctor has checked the racing heart (a normal ECG) and advised exercise: regular exercise eases anxiety. Stop and get care if a racing heart comes with chest pain, dizziness, blacking out or fainting, or does not settle with rest");
    float kg_week = nr->loss_kg_week;
    if (kg_week <= 0 && nr->loss_kg > 0 && nr->loss_month && p->month) { /* "20 kilos by May 16th": the weeks from today */
        int days = day_of_year(nr->loss_month, nr->loss_mday ? nr->loss_mday : 15) - day_of_year(p->month, p->mday);
        if (days <= 0) days += 365;
        kg_week = nr->loss_kg / fmaxf(days / 7.0f, 1.0f); /* "by Friday" counts as a week */
    }
    if (kg_week > 1.0f) /* ACSM 2009: 0.5-1 kg a week; faster loses muscle and comes back */
        reason(r, z ? "你定的减重目标约每周%.1f公斤：太快了。每周0.5-1公斤最合适，掉的是脂肪、不容易反弹；更快会掉肌肉、伤身体。运动加饮食一起来，先从每周150分钟开始，逐步加到每周250分钟以上（ACSM 2009）"
                    : "your target works out at about %.1f kg a week: too fast. 0.5-1 kg a week is what lasts and keeps the muscle; faster costs muscle and health and comes back. Exercise with eating changes, building from 150 to 250+ minutes a week (ACSM 2009)",
               kg_week);
    else if (nr->loss_asked) /* the same pace, answered when they ask */
        reason(r, z ? "你问目标现不现实：算下来约每周%.1f公斤，在每周0.5-1公斤这个能长久保持的范围内，可以做到。减重主要靠饮食调整，运动从每周150分钟逐步加到250分钟以上，帮你保住肌肉、不反弹（ACSM 2009）"
                    : "you asked if your target is realistic: it works out at about %.1f kg a week, within the 0.5-1 kg a week that lasts, so yes. Most of the loss comes from eating changes; exercise building from 150 to 250+ minutes a week keeps the muscle and keeps the weight off (ACSM 2009)",
               kg_week);
    else if (kg_week > 0) /* a target with its date, not asked about: the pace, and how it is reached */
        reason(r, z ? "你的减重目标算下来约每周%.1f公斤，不超过每周0.5-1公斤这个能长久保持的速度。主要靠饮食调整；运动从现在的量开始，每周加一点，逐步到每周250分钟以上，比一开始就天天高强度更能坚持到底、不受伤（ACSM 2009）"
                    : "your weight target works out at about %.1f kg a week, no faster than the 0.5-1 kg a week that lasts. Most of it comes from eating changes; exercise starts where you are and builds a little each week to 250+ minutes, which gets more people to the date uninjured than hard sessions every day from the start (ACSM 2009)",
               kg_week);
    float bmi = !isnan(p->weight_kg) && !isnan(p->height_cm) ? p->weight_kg / powf(p->height_cm / 100.0f, 2) : NAN;
    /* heart failure: the daily weight and the signs of fluid building up
     * are what say whether today is a training day (AHA/ACC/HFSA 2022) */
    if (nr->heart_failure && !r->emergency) {
        int rehab = strstr(p->notes, "rehab") || strstr(p->notes, "康复") || strstr(p->notes, "康復");
        reason(r, z ? "心衰：每天早上同一时间称体重；一天重了1公斤以上、一周重了2公斤以上，脚踝新肿了，或躺平就喘、夜里憋醒：先别练，当天联系心衰门诊或医生%s（AHA/ACC/HFSA 2022）"
                    : "heart failure: weigh yourself each morning at the same time; up more than 1 kg (2 lb) in a day or 2 kg (5 lb) in a week, new ankle swelling, or breathless lying flat or waking breathless: skip training and call your heart failure team that day%s (AHA/ACC/HFSA 2022)",
               rehab ? "" : z ? "。心脏康复（有人指导的运动课）是最好的起点，可以请医生转介" : ". Cardiac rehab (supervised exercise) is the best start: ask for a referral");
    }
    /* after cancer treatment: the survivorship dose, strength included,
     * lymphoedema no reason to avoid lifting (ACSM roundtable, Campbell et
     * al. 2019; PAL trial, Schmitz et al. 2009) */
    if (nr->cancer_after && !r->emergency)
        reason(r, "%s", z ? "治疗结束后：运动对癌症康复者是安全的，也有好处；目标和大家一样，每周150分钟中等强度有氧，加每周2-3次力量练习（每次练大肌群，2组、每组8-15次）；力量从很轻的重量、有人指导开始，慢慢加（ACSM 2019，Campbell等）"
                          : "after cancer treatment: exercise is safe and helps; the aim is the same as for everyone, 150 minutes of moderate aerobic work a week plus strength 2-3 times a week (the big muscle groups, 2 sets of 8-15), starting very light with someone to show you, and building slowly (ACSM roundtable, Campbell et al. 2019)");
    /* dehydration: fluid first, and nothing hard until the urine is pale
     * again; exercise on a fluid deficit raises the heat-illness risk (ACSM
     * 2007 position stand on fluid replacement) */
    if (nr->dehydrated && !r->emergency)
        reason(r, "%s", z ? "尿发黄、水喝得少：身体缺水了。先补水（小口多次，配点咸的），尿色变淡之前不做中等以上的运动；今天轻松动一动就够（ACSM 2007）"
                          : "dark urine and little to drink: you are short of fluid. Drink first (little and often, with something salty), and nothing harder than easy until your urine is pale again; an easy session is enough today (ACSM 2007)");
    if (class_today(nr, p) && (int)r->activity == nr->class_act && !r->emergency)
        reason(r, z ? "今天就有你的%s课：正好去上，按课上的节奏，跟得上、能说话就好" : "your %s class is today: go, at a pace where you can keep up and still talk",
               ACT(r->activity));
    if (nr->just_ate && (in->flags & MR_COND_DIABETES) && !r->emergency &&
        (r->activity == MR_ACT_WALK || r->activity == MR_ACT_BRISK_WALK))
        reason(r, "%s", z ? "刚吃完饭：现在走一走最能压住餐后血糖；以后每餐饭后走10-15分钟，比一天走一次更管用（ADA 2016；Reynolds等，2016）"
                          : "a meal just eaten: a walk now blunts the glucose rise best; a 10-15 minute walk after each meal works better than one walk a day (ADA 2016; Reynolds et al. 2016)");
    /* no need to lose weight before exercising: activity helps the joints,
     * blood pressure and mood before the scales move, and keeps lost weight
     * off (ACSM 2009 position stand; WHO 2020) */
    if (nr->weight_first && !r->emergency)
        reason(r, "%s", z ? "你问要不要先减肥再运动：不用，现在就开始。从低冲击、能轻松完成的量开始，任何体重都可以安全地运动；体重还没变，膝盖、血压、睡眠和心情就会先受益，减下来的体重也要靠运动才保得住（ACSM 2009；WHO 2020）"
                          : "you asked whether to lose weight before you start: no, start now. Begun low-impact and at an easy dose, exercise is safe at any size; the knees, blood pressure, sleep and mood gain before the scales move, and it is what keeps lost weight off (ACSM 2009; WHO 2020)");
    /* sleep: regular moderate exercise improves it over weeks; a hard late
     * session and afternoon caffeine work against it (Kredlow et al. 2015;
     * Drake et al. 2013: caffeine six hours before bed cuts sleep) */
    if (nr->sleep_asked && !r->emergency)
        reason(r, "%s", z ? "你问运动能不能帮助睡眠：能，规律的中等强度运动几周下来会让人睡得更好；但晚上很累的训练会让人更难入睡，最好放在白天或傍晚，睡前2-3小时练完；咖啡最好中午以前喝完（下午的咖啡因会缩短夜里的睡眠）（Kredlow 2015；Drake 2013）"
                          : "you asked whether exercise will help you sleep: yes, regular moderate exercise improves sleep over a few weeks; but a hard session late in the evening makes falling asleep harder, so train in the day or early evening, finished 2-3 hours before bed, and have the last coffee by midday (caffeine in the afternoon shortens the night's sleep) (Kredlow et al. 2015; Drake et al. 2013)");
    if (nr->hiit_asked && r->intensity < MR_VIGOROUS &&
        (p->fitness == MR_FIT_BEGINNER || r->mood == MR_MOOD_TIRED || r->intensity == MR_LIGHT))
        /* ACSM: vigorous work comes after a base of moderate; short sleep
         * raises injury risk and the effort feels harder; for weight, total
         * energy spent matters, and HIIT burns about as much per session as
         * steady work of the same energy (Wewege et al. 2017) */
        reason(r, "%s", z ? "你问的HIIT、跳绳这类高强度：今天不做。睡得少、刚开始运动时，高强度更容易受伤、也更难坚持；减脂看的是总消耗，HIIT和同样消耗的匀速运动效果差不多。先用几周把中等强度（快走、骑车）加到每周150分钟以上，再加每周2次力量；睡够了、基础有了，再每周加一次10-20分钟的间歇（Wewege等，2017；ACSM）"
                          : "you asked about HIIT or rope skipping: not today. On short sleep, or when you are just starting, hard intervals are likelier to injure and harder to keep up; for fat loss what counts is the total spent, and HIIT does about as well as steady work of the same energy. First build moderate work (brisk walks, cycling) to 150+ minutes a week over a few weeks, with strength twice a week; once sleep and a base are there, add one 10-20 minute interval session a week (Wewege et al. 2017; ACSM)");
    if (nr->preg_heavy)
        reason(r, "%s", z ? "你说跑起来小肚子往下坠：孕期跑步时出现盆底坠胀，说明该换成低冲击的运动了（快走、游泳、室内单车、孕妇瑜伽），不用硬撑着跑；每天做盆底肌练习。如果坠胀在休息时也有，或伴有规律宫缩、出血、流液，马上联系产科医生（ACOG 2020）"
                          : "you feel heaviness low in your pelvis when you run: in pregnancy that is the sign to switch to low impact (brisk walking, swimming, a stationary bike, prenatal yoga) rather than push on, with daily pelvic floor exercises. If the heaviness comes at rest too, or with regular tightenings, bleeding or fluid, call your maternity unit now (ACOG 2020)");
    if (!nr->post_race && race_recovery(nr, p) && !r->emergency) {
        int d = mr_notes_race_days(nr, p->wday), full = nr->raced == 2, cap = race_recovery_cap(nr, p);
        if (z)
            reason(r, "%d天前跑了%s：还在恢复期。比赛后%s内只做轻松的：跑步能说整句话、每次不超过%d分钟，也可以换成游泳或骑车；不做间歇、节奏跑，也不跑长距离，腿不酸了再慢慢加量（肌肉损伤要一到两周才修复，Warhol等1985）",
                   d, full ? "全马" : "半马", full ? "两周" : "一周", cap);
        else
            reason(r, "the %s %d days ago: you are still recovering. Until %s after it keep everything easy: runs at a talking pace of %d minutes at most, or swim or ride instead; no intervals, tempo or long runs, and build back once the legs feel fresh (the muscle damage takes one to two weeks to repair, Warhol et al. 1985)",
                   full ? "marathon" : "half marathon", d, full ? "two weeks" : "a week", cap);
    }
    if (nr->post_race && nr->raced == 1) /* a half: a day or two, a week easy (Warhol et al. 1985 on the damage; heuristic) */
        reason(r, "%s", z ? "昨天刚跑完半马：今天是恢复日。走一走、游游泳或轻松踩车20-30分钟，让腿活动开就好；跑步等一两天腿不酸了再开始，这一周都跑得轻松一些，之后再慢慢加回来"
                          : "you ran a half marathon yesterday: today is for recovery. An easy 20-30 minutes of walking, swimming or gentle spinning loosens the legs; run again once the soreness has gone in a day or two, keep this week's runs easy and build back after");
    else if (nr->post_race)
        reason(r, "%s", z ? "昨天刚跑完马拉松：今天是恢复日。走一走、游游泳或轻松踩车20-30分钟，让腿活动开就好；几天内先不跑，大腿的酸痛和肌肉损伤要几天才恢复，第一周只做轻松的，之后再慢慢加回来。连续打卡的话，今天走一走也算数"
                          : "you ran a marathon yesterday: today is for recovery. An easy 20-30 minutes of walking, swimming or gentle spinning loosens the legs; leave running for a few days, since the muscle damage behind sore quads takes days to heal, keep the first week easy and build back after. If you keep a streak, a walk today can count");
    if (nr->elbow && !r->emergency)
        /* lateral elbow tendinopathy: load the tendon within pain, grip is
         * what loads it (Coombes et al., BMJ 2015) */
        reason(r, "%s", z ? "你的手肘（网球肘一类）：握拍、提东西、拧毛巾这些抓握动作最伤它。打球的话，只在握拍和击球时疼痛不超过3分（满分10分）、第二天早上不比之前更疼时才打，减少反手和发球次数；否则今天改成跑步或骑车保持体能。康复师给的手腕练习继续做"
                          : "your elbow (tennis elbow and its kind): gripping is what loads it, from a racquet to a kettle. Play only if gripping and hitting stay at or under 3 out of 10 and it is no worse the next morning, with fewer backhands and serves; otherwise keep fit today with a run or a ride, and keep up the physio's wrist exercises (Coombes et al. 2015)");
    /* night pain in a shin that is tender on one spot: the bone's sign, a
     * stress fracture until imaging says not (Warden et al. 2014; an MRI
     * when the X-ray is normal, Kijowski et al. 2012); tape does not unload
     * a bone */
    static const char *const night_w[] = {"at night", "in bed", "lying down", "at rest", "wakes me", "晚上", "夜里", "半夜", "躺着",
                                          "睡觉时", NULL};
    static const char *const tape_w[] = {"tape", "taping", "kinesio", "肌贴", "肌內效", "肌内效", "贴布", "貼布", NULL};
    int shin_night = notes_say(p, night_w), shin_tape = notes_say(p, tape_w);
    if (nr->shin == 2 && shin_night && !r->emergency)
        reason(r, z ? "一按就疼的一个点，夜里躺着也疼：这更像胫骨应力性骨折，不是普通的胫骨骨膜炎%s。这周去运动医学科或骨科（X光正常的话可能要做核磁），在那之前不跑不跳"
                    : "a spot that hurts to press and aches at night lying still looks more like a tibial stress fracture than shin splints%s. See sports medicine or orthopaedics this week (an MRI if the X-ray is normal); no running or jumping until then",
               !shin_tape ? "" : z ? "，贴肌贴解决不了" : ", and tape will not fix it");
    /* "should I slow down at my age?": for an active older adult, no. The
     * guidelines ask for more, not less: aerobic work (vigorous for whom it
     * is usual), with strength and balance on 3 days (WHO 2020; ACSM 2009
     * position stand on older adults) */
    if (nr->slow_down_asked && p->age >= 50 && !r->emergency && p->fitness >= MR_FIT_INTERMEDIATE)
        reason(r, z ? "你问%d岁了要不要慢下来：不用。你一直在练、身体情况稳定，规律的有氧（包括你习惯的较高强度），加上每周3天力量和平衡练习，正是这个年纪最好的保护（WHO 2020；ACSM）；只有出现胸痛、异常气短、头晕，或者越来越重的疼痛时才需要停下来看医生"
                    : "you asked whether to slow down at %d: no. You are active and your health is stable; regular aerobic work, including the harder sessions you are used to, with strength and balance on 3 days a week, is exactly what protects you at this age (WHO 2020; ACSM). Stop and see a doctor only for chest pain, unusual breathlessness, dizziness or a pain that keeps building",
               p->age);
    if (nr->shin && !r->emergency)
        /* medial tibial stress syndrome vs a bone stress injury: pain on a
         * single-leg hop points to the bone (Warden et al. 2014) */
        reason(r, "%s", nr->shin == 2
                            ? (z ? "小腿前面有一处按着疼、或单脚跳也疼：可能是胫骨应力性损伤（骨头的问题），在医生或康复师检查之前先不要跑，也不要跳；用室内单车、游泳或深水跑保持体能，走路不疼为限（Warden等，2014）"
                                 : "a shin with a spot tender to press, or that hurts when you hop: that can be a bone stress injury, not just shin splints. No running or jumping until a doctor or physio has checked it; keep fit on the bike or in the pool meanwhile, with walking kept pain-free (Warden et al. 2014)")
                            : (z ? "小腿前面酸疼（胫骨内侧）：跑量先减一点、跑软一点的路面，慢慢加量；如果单脚跳也疼，或者休息时也疼，请先停跑、找医生查一下"
                                 : "sore shins along the inside: cut the running a little, choose softer surfaces and build more slowly; if a single-leg hop hurts, or the shin aches at rest, stop running and have it checked"));
    if (nr->shift_asked && !r->emergency)
        /* after a night shift sleep comes first; a hard session just before
         * sleep can delay it, light movement does not (Stutz et al. 2019) */
        reason(r, "%s", z ? "夜班后先睡：下班回家先睡足，睡醒后、上下一个夜班前再练，练完离上班还有1-2小时最好；如果想下班就动，只做15-20分钟轻松的（散步、拉伸），别做高强度，不然心跳和体温降不下来，难入睡。睡觉时遮光、耳塞，每天尽量在同一时间睡"
                          : "after a night shift, sleep first: go home and sleep, then train after you wake and before the next shift, ideally an hour or two before you leave; if you want to move straight after work, keep it to 15-20 easy minutes (a walk, stretching), since a hard session just before bed keeps the heart rate and body temperature up and delays sleep. Sleep in the dark, with earplugs, at the same time each day");
    if (nr->sleep_long && !r->emergency)
        reason(r, "%s", z ? "长期睡不好：规律的中等强度运动能改善睡眠（Kredlow 2015），所以今天不因此减量；高强度的尽量在睡前3小时以前做完，睡眠问题持续或影响白天，请看医生"
                          : "sleep poor for a long time: regular moderate exercise improves sleep (Kredlow et al. 2015), so today is not cut for it; finish hard sessions at least 3 hours before bed, and see a doctor if it persists or wears you down in the day");
    if (nr->lift_asked && !r->emergency)
        /* WHO 2020: muscle strengthening 2+ days a week at every age; for
         * bone, progressive loading with impact and balance (Giangregorio et
         * al., Too Fit To Fracture, 2014; Watson et al. 2018) */
        reason(r, "%s", z ? "你问要不要练力量：要，任何年龄都要。每周2-3天，练大肌群（深蹲或坐站起立、硬拉类、推、拉、提踵），刚开始每个动作1-2组、每组10-15次，几周后2-3组、每组8-12次，重量逐步加到最后几次有点吃力；对骨骼最有帮助的是逐步加重的力量练习，加上一些跳跃和平衡练习（WHO 2020；Too Fit To Fracture，2014）。刚开始找教练学好动作"
                          : "you asked about lifting weights: yes, at any age. Two or three days a week, the big muscle groups (squats or sit-to-stands, hinges, pushes, pulls, heel raises), 1-2 sets of 10-15 to start, 2-3 sets of 8-12 after a few weeks, adding weight until the last few reps are hard; for bones it is progressive strength work with some impact and balance that helps most (WHO 2020; Giangregorio et al., Too Fit To Fracture, 2014). Learn the lifts with a coach first");
    if ((nr->notes & MR_NOTE_STRAIN) && nr->strain_muscle && !r->emergency) {
        /* the muscle named, and the return by symptoms (PEACE & LOVE, Dubois and Esculier 2020; a hamstring's
         * sprinting last, Hickey et al. 2020) */
        static const char *const zm[] = {"", "大腿后侧（腘绳肌）", "小腿", "大腿内侧（腹股沟）", "大腿前侧（股四头肌）"};
        static const char *const em[] = {"", "hamstring", "calf", "groin", "quadriceps"};
        reason(r, z ? "%s拉伤：走路、直线慢跑和力量练习都以不疼为准（疼痛不超过2-3分、第二天不加重），一天比一天多一点；冲刺、踢球、急停变向和拉伸到疼，等康复师或医生复查放行再做"
                    : "a pulled %s: walking, easy straight-line jogging and strength work only as far as they are pain-free (pain no more than 2-3 of 10, and no worse the next day), a little more each day; sprinting, kicking, sudden stops and stretching into pain wait until your physio or doctor clears them",
               z ? zm[nr->strain_muscle] : em[nr->strain_muscle]);
    }
    if (!r->emergency && r->activity != MR_ACT_REST && mr_kb_activity(r->activity)->outdoor && !isnan(in->temp_c) &&
        (isnan(in->wind_kmh) ? in->temp_c : mr_kb_wind_chill_c(in->temp_c, in->wind_kmh)) <= 0.0f) {
        /* dressing for the cold (ACSM 2006 cold position stand); a cold is a virus, not the weather */
        reason(r, "%s%s", z ? "天冷出门：穿几层能脱的（贴身排汗、中间保暖、外面防风），戴帽子和手套；先在室内热身5-10分钟，出汗后别在风里站着；风寒低于-27°C几分钟就可能冻伤（ACSM 2006）"
                            : "dressing for the cold: layers you can take off (a wicking layer, a warm one, a windproof shell), a hat and gloves; warm up indoors for 5-10 minutes and don't stand about in the wind once you are sweaty; below -27 C wind chill, frostbite can set in within minutes (ACSM 2006)",
               !nr->sick_asked ? "" : z ? "。冷本身不会让人感冒，感冒是病毒引起的" : ". Cold air itself does not give you a cold; viruses do");
    }
    if (nr->sits_long && !r->emergency)
        /* WHO 2020: limit sedentary time and replace it with activity of any intensity */
        reason(r, "%s", z ? "久坐的日子：除了这次运动，每坐30-60分钟起来走动、伸展两三分钟（接水、站着打电话、走楼梯都算）；久坐本身就伤腰背和代谢，打断它和运动一样重要（WHO 2020）"
                          : "on a day of sitting: besides this session, get up every 30-60 minutes for two or three minutes (fetch water, take calls standing, use the stairs); long sitting itself is hard on the back and the metabolism, and breaking it up counts alongside the exercise (WHO 2020)");
    if (nr->bp_myth && (in->flags & MR_COND_HYPERTENSION) && !r->emergency && r->activity != MR_ACT_REST)
        /* aerobic exercise lowers resting blood pressure by about 5-7 mmHg
         * in hypertension (Pescatello et al., ACSM position stand 2004;
         * AHA 2017 lists it among the first treatments) */
        reason(r, "%s", z ? "你问高血压是不是不能运动：不是，反而该动。规律的中等强度有氧运动（每周大多数天30分钟以上）能让高血压的人静息血压降低约5-7 mmHg，是治疗的一部分（ACSM 2004；AHA 2017）。要注意的是：血压在180/110以上当天不练；不做憋气的极限重量；热身和放松别省；照常吃药"
                          : "you asked whether high blood pressure rules exercise out: no, it is part of the treatment. Regular moderate aerobic exercise (30 minutes or more on most days) lowers resting blood pressure by about 5-7 mmHg in people with hypertension (ACSM 2004; AHA 2017). What to mind: no training on a day the reading is 180/110 or more, no breath-held maximal lifts, a proper warm-up and cool-down, and your tablets as usual");
    if (nr->not_seen && !r->emergency && r->activity != MR_ACT_SWIM && r->activity != MR_ACT_STRENGTH &&
        r->activity != MR_ACT_REST)
        /* enjoyment and a low-pressure setting keep young people active (WHO 2020) */
        reason(r, "%s", z ? "不想在别人面前运动也没关系：和家人一起骑车、去公园走走，或在家里跟着视频练，同样算数；先找回动起来的乐趣，其他的以后再说"
                          : "not wanting to exercise in front of people is fine: a ride or a walk in the park with family, or a video workout at home, counts just the same; getting back the fun of moving comes first");
    if (nr->hay_fever && !(in->flags & MR_COND_ASTHMA) && !r->emergency)
        /* pollen peaks in the morning and the early evening, on warm, dry,
         * windy days; rain clears it (NHS, Hay fever, 2022) */
        reason(r, "%s", z ? "花粉过敏（过敏性鼻炎）不是感冒，不用因此减量；花粉在早晨、傍晚和干燥有风的晴天最多，雨后最少：花粉多的日子在室内练，或挑中午、雨后出门；出门前吃抗过敏药、戴眼镜，回家洗澡换衣服。如果开始喘或胸闷，那可能是哮喘，先停下、去看医生"
                          : "hay fever is not a cold and needs no easier day; pollen is highest in the morning and early evening and on warm, dry, windy days, lowest after rain: on a high-pollen day train indoors, or go out at midday or after rain; take your antihistamine beforehand, wear sunglasses, and shower and change afterwards. If you start to wheeze or your chest tightens, that can be asthma: stop and see a doctor (NHS)");
    if (nr->round_ligament && !r->emergency)
        reason(r, "%s", z ? "站起来或翻身时肚子一侧短暂抽一下：孕中期常见，多是圆韧带被拉扯，起身、翻身慢一点就好；如果疼痛持续、一阵一阵地来，或伴有出血、流水，请马上联系助产士或医生（ACOG）"
                          : "a brief twinge low on one side when you stand up or turn: common from mid-pregnancy, usually the round ligament stretching; get up and turn more slowly. Pain that lasts or comes in waves, bleeding or fluid: call your midwife or doctor straight away (ACOG)");
    if (nr->supine_asked == 2 && !r->emergency)
        reason(r, "%s", z ? "平躺时头晕：孕中期以后子宫压住大静脉（仰卧位低血压），不是让你停练的头晕。从现在起不要平躺着练：卧推改成上斜凳或坐姿，仰卧的动作改侧卧；一觉得头晕就翻身侧躺。如果不躺也头晕、晕倒，或有出血、流水、规律宫缩，马上联系产科（ACOG 2020）"
                          : "lightheaded when you lie flat: from mid-pregnancy the womb presses on the big vein when you are on your back (supine hypotension); it is not a dizziness that stops training. From now on do no work lying flat on your back: presses on an incline bench or seated, floor work side-lying; roll onto your side if it comes. Dizziness when you are not lying down, a faint, bleeding, fluid leaking or regular contractions: call your maternity unit now (ACOG 2020)");
    else if (nr->supine_asked && !r->emergency)
        reason(r, "%s", z ? "你问平躺的动作：孕中期以后避免长时间仰卧（子宫压住大静脉，会头晕、恶心），换成侧卧、坐姿或把上身垫高；偶尔短时间平躺没不舒服一般没关系，一觉得头晕就翻身侧躺（ACOG 2020）"
                          : "you asked about poses lying on your back: after the first trimester avoid lying flat for long (the womb presses on the big vein and can leave you dizzy or sick); do them side-lying, seated or propped up. A short spell flat that feels fine is usually all right; roll onto your side if you feel faint (ACOG 2020)");
    if (nr->hip_oa && !r->emergency)
        reason(r, "%s", z ? "髋骨关节炎：运动本身就是治疗（美国风湿病学会2020指南）：水中运动、骑车这类低冲击有氧，加每周2-3天练臀部和大腿力量；走路先分段，以走完不加重疼痛为限"
                          : "hip osteoarthritis: exercise is its treatment (Kolasinski et al. 2020, ACR/AF): low-impact aerobic work such as the pool or the bike, and hip and thigh strength 2-3 days a week; walk in shorter bouts, as far as it does not leave the hip worse");
    if (nr->run_cleared && !r->emergency)
        /* a graded return to running after knee or ankle surgery or injury:
         * walk-run intervals on the flat every other day, pain monitored
         * (Silbernagel et al. 2007's pain rule; return-to-run progressions as
         * in Rambaud et al., BJSM 2018). The card itself stays low-impact
         * while the joint is an injury in the notes: running on a joint read
         * from free text is the one answer this reader never gives */
        reason(r, "%s", z ? "医生已经同意你恢复跑步：只要备注里还写着这个关节的伤，这里的建议就保持低冲击；恢复跑步按走跑交替来：平路上跑1分钟、走2分钟，重复8-10次，隔天一次，按医生或理疗师的安排进行；跑的时候和跑完疼痛不超过3分（0-10分），第二天早上不比平时更疼更肿，下次就把跑的时间加一点，几周后再连续跑。暂时不跑坡、不跳、不急转。能不疼地连续跑了，在备注里写上“膝盖已经好了”，跑步就会回到建议里"
                          : "your doctor has cleared you to start running: while the joint is an injury in your notes these cards stay low-impact; the return itself is walk-run intervals on the flat, 1 minute jogging and 2 walking, 8-10 times, every other day, as your doctor or physio plans it. Keep pain during and after at 3 of 10 or less, and if the joint is no worse or more swollen the next morning, add a little running next time, building to continuous running over some weeks; no hills, jumps or sharp turns yet. Once you run without pain, say so in your notes (\"knee is fine now\") and running comes back into the cards");
    if (nr->strain_late && !r->emergency)
        /* the late stage of a muscle strain: running progressed to speed
         * by pain, eccentric strength, the physio's clearance for matches
         * (Heiderscheit et al. 2010; Askling et al. 2013; van der Horst et
         * al. 2015 on Nordic curls) */
        reason(r, "%s", z ? "拉伤三周左右、慢跑已经不疼：今天做分级跑，10分钟慢跑和动态热身，15分钟匀速跑，再做6组60米逐渐加速跑到七八成速度（走回来再跑），不做全速冲刺；加离心力量：北欧挺（Nordic）3组×4-5次、单腿臀桥3组×10次。七八成不疼了再加到九成、九成半，都不疼、拉伸到底也不疼，物理治疗师同意后再全速冲刺和上场比赛"
                          : "a strain some weeks on that jogging no longer hurts: today a graded run, 10 minutes easy with drills, 15 minutes steady, then 6 x 60 m build-ups to 70-80% of full speed (walk back between), no all-out sprints; plus eccentric strength: Nordic curls 3 x 4-5 and single-leg bridges 3 x 10. Once 70-80% is pain-free, go to 90 then 95%; full sprints and the match only when those are pain-free, a full stretch is too, and your physio agrees");
    if (nr->oa_asked)
        /* exercise is core treatment for knee and hip OA (Kolasinski et al.
         * 2020, ACR/AF); pain that settles within a day is acceptable */
        reason(r, "%s", z ? "你问膝盖这样还能不能运动：能，而且该动。膝骨关节炎，运动本身就是治疗（美国风湿病学会2020指南）：每周2-3天练大腿和臀部力量（坐站起立、直腿抬高、在不疼的角度内靠墙半蹲），再加散步、骑车、游泳这类低冲击有氧。运动后有点酸、24小时内消退没关系；膝盖肿起来或疼超过一天，就减量"
                          : "you asked whether knees like yours should stop exercising: no, they need it. For knee osteoarthritis exercise is the core treatment (Kolasinski et al. 2020, ACR/AF): strengthen the thighs and hips 2-3 days a week (sit-to-stands, straight-leg raises, wall squats within a pain-free range) alongside low-impact aerobic work such as walking, cycling or swimming. Some ache that settles within 24 hours is fine; swelling, or pain lasting beyond a day, means do less next time");
    if (nr->pool_access && r->activity == MR_ACT_SWIM &&
        ((in->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) || (!isnan(bmi) && bmi >= 30)))
    {
        if (nr->notes & MR_NOTE_ACUTE_SPRAIN) /* a fresh sprain: the water spares it, nothing about arthritis */
            reason(r, "%s", z ? "你说附近有泳池：水托住大部分体重，受伤的关节不用承重；蹬池壁、用力打腿会疼就换成夹板只划手"
                              : "you have a pool nearby: the water carries most of your weight, so the injured joint bears none; if pushing off the wall or kicking hard hurts, use a pull buoy and swim with the arms");
        else
            reason(r, "%s", z ? "你说附近有泳池：游泳或水中有氧，水托住大部分体重，关节能练得更久又不疼（美国风湿病学会2020指南推荐水中运动）"
                              : "you have a pool nearby: swimming or water aerobics, where the water carries most of your weight, so the joints can work longer without the ache (aquatic exercise is recommended for knee and hip osteoarthritis; Kolasinski et al. 2020, ACR/AF)");
    }
    if (nr->notes2 & MR_NOTE2_FATTY_LIVER) /* EASL-EASD-EASO 2016: 150-200 min moderate, 7-10% weight loss */
        reason(r, "%s", z ? "脂肪肝：运动和减重本身就是治疗。每周150-200分钟中等强度有氧，加每周2次力量练习；体重减掉7-10%，肝脏脂肪明显下降；饮酒要少（EASL-EASD-EASO 2016）"
                          : "fatty liver: exercise and weight loss are its treatment. 150-200 minutes a week of moderate aerobic work plus strength twice a week; losing 7-10% of body weight clearly lowers liver fat; keep alcohol low (EASL-EASD-EASO 2016)");
    if (nr->depression_care && !nr->despair && !r->emergency) /* NICE NG222 (2022): activity alongside the treatment */
        reason(r, "%s", z ? "你在治疗抑郁：运动是治疗的一部分，不是考试。今天做5-10分钟就算完成，做不到也不是失败，明天再试；和药、心理治疗一起用。情绪变得更糟，或者有伤害自己的念头，马上联系你的医生（NICE NG222，2022）"
                          : "you are being treated for depression: exercise is part of the treatment, not a test. Five or ten minutes today counts as done, and not managing is no failure, just try again tomorrow; it works alongside your medicine and therapy. If your mood gets worse or thoughts of harming yourself come, contact your doctor at once (NICE NG222, 2022)");
    else if (nr->low_lasting && !(nr->notes & MR_NOTE_POSTPARTUM)) /* NICE NG222 (2022): exercise helps, alongside care */
        reason(r, "%s", z ? "你写的情绪低落已经持续几周以上，还提不起兴趣、睡不好：这可能不只是心情不好，而是抑郁的表现，是可以治疗的。请找医生或心理咨询师聊一聊；规律运动对情绪有帮助，能和治疗一起用，但不能代替（NICE 2022）"
                          : "low for weeks, with no interest in things or sleep gone wrong: that can be more than a bad patch, it can be depression, which treatment helps. Please talk to a doctor or a counsellor; regular exercise helps the mood alongside that care, not instead of it (NICE 2022)");
    /* said in words, not read from a crying emoji beside a leak */
    if ((nr->notes & MR_NOTE_POSTPARTUM) && (nr->low_words || nr->despair)) /* ACOG CO 757, 2018 */
        reason(r, "%s", z ? "产后情绪低落、觉得自己没用、想哭：这很常见，但持续两周以上可能是产后抑郁，是可以治好的。请告诉你的产科医生、助产士或社区医生；轻松的运动（推着婴儿车散步）对情绪有帮助，能睡就睡，让家人多分担（ACOG 2018）"
                          : "feeling useless or tearful after a birth is common, but if it lasts more than two weeks it can be postnatal depression, which treatment helps: tell your midwife, doctor or health visitor; gentle activity (a walk with the pram) helps the mood, and sleep when you can, with family taking a share (ACOG 2018)");
    if (nr->effort_asked && !r->emergency && p->fitness >= MR_FIT_INTERMEDIATE) /* a trained person's hard repeats */
        reason(r, "%s", z ? "你问的喘和心跳：间歇、冲刺这样的高强度练完，上气不接下气、心跳咚咚，一两分钟内平复，是练到位了的正常反应；恢复得越快，说明体能越好。如果休息时也喘、胸口痛或发紧、头晕、心跳乱，或者几分钟后还平复不了，就停下并去看医生（ACSM）"
                          : "you asked about being out of breath with your heart pounding: after hard repeats that is the normal response to the work, and settling within a minute or two is a sign of fitness (the faster, the fitter). Breathless at rest, chest pain or tightness, dizziness, an irregular beat, or not settling within a few minutes are reasons to stop and get checked by a doctor (ACSM)");
    else if (nr->effort_asked && !r->emergency) /* ACSM: the talk test; the warning signs */
        reason(r, "%s", z ? "你问的喘和心跳快：快走、爬坡时呼吸变粗、心跳加快，放慢后一两分钟就平复，是身体在用力，正常；现在以“能说短句”为准。如果休息时也喘、胸口痛或发紧、头晕，或者放慢几分钟后还平复不了，就停下并去看医生"
                          : "you asked about getting puffed and your heart pounding: breathing hard and a faster heart on a fast walk that settle within a minute or two of slowing down are your body working, and normal; for now, keep to a pace where you can speak in short sentences. Breathless at rest, chest pain or tightness, dizziness, or not settling within a few minutes of slowing down mean stop and see a doctor");
    if (nr->breath_checked == 2 && !r->emergency) /* ACSM: at rest or with mild exertion is the warning sign */
        reason(r, "%s", z ? "爬坡、爬楼时喘，你的医生或护士认为是体能下降：随着慢慢练，这会好起来；以“能说短句”的速度为准，坡上放慢或停一停。如果休息时也喘、比以前更喘、夜里憋醒，或伴有胸痛、头晕，请停下并尽快就医"
                          : "puffed on hills, which your nurse or doctor puts down to being out of condition: that improves as you build up; keep to a pace where you can speak in short sentences, slowing or pausing on climbs. Breathless at rest, worse than before, waking you at night, or with chest pain or dizziness: stop and see a doctor soon");
    if (nr->breath_checked == 3 && !r->emergency) /* ACSM: at rest or with mild exertion is the warning sign */
        reason(r, "%s", z ? "只有用力时才喘、没有胸痛头晕：这是运动本身的反应，体能上来后会好；按“能说整句话”的强度练。如果轻微活动或休息时也喘、比以前更喘，或伴有胸痛、头晕，请停下并尽快就医"
                          : "out of breath only when you push hard, with no chest pain or dizziness: that is the effort, and it eases as you get fitter; train at a pace where you can talk in full sentences. Breathless at rest or with light effort, worse than before, or with chest pain or dizziness: stop and see a doctor soon");
    if ((nr->notes2 & MR_NOTE2_CHEMO) && !r->emergency) /* during treatment (in it now, whatever came before): the same roundtable */
        reason(r, "%s", z ? "化疗期间，运动能减轻疲劳、保住体力（美国运动医学会2019）：按当天的状态来，累的日子就走10-20分钟，状态好的日子再多一点；化疗后几天和白细胞低的时候只做轻度活动、避开人多的场所；发烧38°C以上马上打肿瘤科电话"
                          : "during chemotherapy, exercise eases fatigue and keeps your strength (ACSM 2019): go by the day, 10-20 minutes of walking on tired days and a little more on good ones; keep it light in the days after a cycle and when your white count is low, away from crowds; a fever of 38 C or more means calling your cancer team now");
    else if (nr->cancer_survivor && !r->emergency) /* Campbell et al., ACSM roundtable 2019; Schmitz et al. 2009 (PAL) */
        reason(r, "%s", z ? "治疗结束后，运动能减轻疲劳、帮助恢复（美国运动医学会2019）：目标是每周3次、每次30分钟中等强度，加每周2次力量练习；从比以前低的量开始，每周加一点。做过腋下淋巴结手术的，上肢力量从轻重量开始慢慢加，手臂出现肿胀告诉医生"
                          : "after cancer treatment, exercise eases fatigue and helps recovery (ACSM 2019): aim for 30 minutes of moderate activity three times a week plus strength work twice a week, starting below what you used to do and adding a little each week; after lymph-node surgery, start arm strength light and build slowly, and tell your team about any arm swelling");
    if (nr->breath_checked == 1 && !r->emergency) /* ACSM's stop signs still stand */
        reason(r, "%s", z ? "你的气喘医生已经查过（心肺检查正常），也让你慢慢恢复：按医生说的，循序渐进。如果休息时也喘、比以前更喘、夜里憋醒，或伴有胸痛、头晕，请停下并尽快就医"
                          : "your doctor has checked the breathlessness (heart and lungs normal) and advised a gradual return: build up as they said. Breathless at rest, worse than before, waking you at night, or with chest pain or dizziness: stop and see a doctor soon");
    if (nr->diastasis && !r->emergency) /* pelvic-health physiotherapy practice; ACOG 2020 for the return after a birth */
        reason(r, "%s", z ? "腹直肌分离：先不做卷腹、平板支撑这类会让肚子中线鼓起来的动作，蹦跳类的冲击运动也先放一放；从深层核心练起（呼气时收紧盆底和下腹、死虫式、侧卧抬腿），用力时看肚子中线不隆起为准；最好请产后康复师评估一次，间隙会随练习慢慢变窄"
                          : "the gap in your tummy muscles (diastasis recti): no crunches, sit-ups or planks that make the midline bulge for now, and hold off on skipping and other impact; start with the deep core (breathe out as you draw in the pelvic floor and lower tummy, dead bugs, side-lying leg lifts), keeping the midline flat under effort; a pelvic-health physiotherapist can check it once, and the gap narrows with this work");
    /* a collision sport named on a blood thinner: said plainly, with the
     * return tied to the end of the anticoagulant (AHA/ACC 2023; the
     * bleeding risk of contact, not of the exercise) */
    static const char *const contact[] = {"hockey", "rugby", "football", "footy", "soccer", "basketball", "boxing", "kickboxing",
                                          "martial art", "mma", "judo", "karate", "lacrosse", "wrestling", "冰球", "橄榄球", "足球",
                                          "篮球", "拳击", "散打", "柔道", "摔跤", "空手道", NULL};
    const char *sport = NULL;
    for (int k = 0; contact[k] && !sport; k++)
        if (strcasestr(p->notes, contact[k])) sport = contact[k];
    if (nr->anticoag && sport && !r->emergency)
        reason(r, z ? "%s：吃抗凝药期间先不打。冲撞、被球或球杆打到、摔倒都可能引起严重出血（包括看不见的头部出血），就算说是“不冲撞”的业余比赛也难免。问问医生抗凝药什么时候停，停药后再回去；在那之前用单车、快走和力量训练保持体能"
                    : "%s: not while you take the blood thinner. Body checks, a puck, a stick or a ball, or a fall can cause serious bleeding (a bleed in the head among them), even in a 'no contact' league. Ask your doctor when the anticoagulant stops and go back then; until then, keep fit on the bike, brisk walks and strength work",
               sport);
    if (nr->anticoag && !r->emergency) { /* AHA/ACC 2023 AF guideline: anticoagulation and injury */
        /* a sport with falls in mind ("mountain biking", "skiing", "山地车"): talk it over first */
        static const char *const falls_sport[] = {"mountain bik", "mtb", "e-mtb", "trail", "downhill", "ski", "snowboard",
                                                  "skate", "climb", "horse", "山地车", "越野", "滑雪", "攀岩", "骑马", NULL};
        int plan_falls = notes_say(p, falls_sport);
        reason(r, z ? "你在吃抗凝药：摔一跤出血会更多、更难止。骑车优先选室内单车；出门骑一定戴头盔、走车少的路；不做对抗性和容易摔倒的运动。受伤出血止不住，或者撞到头，马上就医%s"
                    : "you take a blood thinner: a fall bleeds more and for longer. Prefer the stationary bike to the road; if you ride out, a helmet and quiet roads; nothing with contact or likely falls. Bleeding that will not stop, or any knock to the head: get care at once%s",
               !plan_falls ? "" : z ? "。想玩山地车这类容易摔的运动，先跟医生或抗凝门诊商量；开始先走平缓好走的路线，戴好头盔和护具"
                                    : ". Before taking up something with falls in it (mountain biking, skiing), talk it over with your GP or anticoagulation clinic, and start on smooth, easy trails with a helmet and pads");
    }
    if (nr->anticoag && nr->fallen && !r->emergency)
        /* a fall on a blood thinner: a knock to the head is checked the same
         * day, since a bleed inside the skull can come on slowly (NICE NG232:
         * a CT within 8 hours for anyone anticoagulated with a head injury) */
        reason(r, "%s", z ? "你摔过、又在吃抗凝药：以后再摔，只要撞到头，就算当时没事，也要当天去医院检查（可能慢慢出现颅内出血）。防摔最管用的是每周3天的平衡和力量练习；夜里起床先开灯、坐一会儿再站起来，厕所装扶手、穿防滑鞋，再请医生或物理治疗师做一次跌倒评估（看药物、视力、家里的环境）"
                          : "you have fallen and take a blood thinner: if you fall again and knock your head, get checked at a hospital the same day even if you feel fine, since a bleed inside the skull can come on slowly. What prevents falls best is balance and strength work on 3 days a week; at night, light on and sit a moment before standing, grab rails in the bathroom, non-slip shoes, and ask your doctor or a physiotherapist for a falls check (medicines, eyesight, your home)");
    if (nr->anticoag && !r->emergency &&
        (p->precip == MR_PRECIP_ICE || (p->precip == MR_PRECIP_SNOW && !isnan(p->temp_c) && p->temp_c <= 0.0f)))
        reason(r, "%s", z ? "路面结冰又在吃抗凝药：今天连走路也放到室内（跑步机、商场、健身房），出门就穿防滑鞋、走慢一点"
                          : "ice underfoot on a blood thinner: today even the walk goes indoors (a treadmill, a mall, the gym); outside, grippy soles and a slower step");
    if ((nr->notes2 & MR_NOTE2_SHOVEL) && (in->flags & MR_COND_HEART) && !r->emergency)
        /* heart disease and a shovel: the heaviest thing in the day, done in
         * the cold, is the one to hand over (AHA on snow shovelling; AHA
         * 2021 on nitroglycerin: call when chest pain has not eased 5
         * minutes after one dose) */
        warning(r, zh(r) ? "有心脏病：今天不要铲雪、凿冰，请家人、邻居或铲雪服务来做（AHA）。一旦胸口不适就停下；医生给过硝酸甘油的，按医嘱用一次，5分钟不缓解就拨打120。"
                         : "With heart disease, don't shovel or chip ice today: let family, a neighbour or a snow service do it (AHA). Any chest discomfort: stop; if you have nitroglycerin, use it as prescribed, and call emergency services if the pain has not eased 5 minutes after one dose.");
    else if ((nr->notes2 & MR_NOTE2_SHOVEL) && !r->emergency) /* AHA: snow shovelling and the heart */
        reason(r, "%s", z ? "铲雪对心脏是很重的活（AHA）：先热身，推雪别抬雪，一次少铲一点，常歇一歇；出现胸口不适、气短或头晕就停下；有心脏病或高血压，最好让别人来铲"
                          : "shovelling snow is heavy work for the heart (AHA): warm up first, push the snow rather than lift it, small loads, rest often, and stop with any chest discomfort, breathlessness or dizziness; with heart disease or high blood pressure, let someone else do it");
    if (nr->achilles && !r->emergency) /* Silbernagel et al. 2007; Alfredson 1998 for the calf raises */
        reason(r, "%s", z ? "跟腱早上发紧、活动开就好：这是跟腱负荷偏大的信号。今天先做低冲击的（骑车、游泳），每天做慢速提踵（直腿和屈膝各3组×15次）；之后慢慢恢复跑步，以疼痛为准：跑时和第二天早上不超过10分中的3分、而且不越来越重，先不跑坡和速度课；越来越疼、单脚跳疼或肿起来，去看运动医学或康复师"
                          : "an Achilles that is stiff in the mornings and warms up is the tendon's sign of too much load: low impact today (the bike, the pool), slow heel raises daily (3 x 15 with the knee straight and bent), then running back step by step, guided by pain: no more than 3 of 10 during the run and the next morning, and not building from day to day, with no hills or speed work for now; if it keeps getting worse, hopping hurts or it swells, see a sports physio");
    if (nr->asthma_poor && (in->flags & MR_COND_ASTHMA) && !r->emergency)
        reason(r, "%s", z ? "最近哮喘有症状（运动后喘鸣、夜里咳嗽）：说明控制得还不够好，这周去看医生或哮喘门诊，调整控制药；在那之前，运动前按医嘱用急救吸入剂，热身10-15分钟，强度最多中等（GINA 2023）"
                          : "asthma with symptoms lately (wheezing after exercise, coughing at night) means it is not yet well controlled: see your doctor or asthma nurse this week about your preventer; until then, your reliever before exercise as prescribed, a 10-15 minute warm-up, and moderate at most (GINA 2023)");
    else if ((nr->notes2 & MR_NOTE2_WHEEZY) && (in->flags & MR_COND_ASTHMA) && !r->emergency)
        reason(r, "%s", z ? "今天哮喘有症状（喘鸣、早上用了急救药）：今天最多中等强度，运动前按医嘱用药，喘得厉害就停下；如果急救药用了还不缓解，请就医（GINA 2023）"
                          : "asthma with symptoms today (wheezy, the reliever needed this morning): moderate at most, take your reliever before if your plan says so, and stop if it tightens; if the reliever does not help, get medical care (GINA 2023)");
    if ((nr->notes2 & MR_NOTE2_CONCUSSION) && !r->emergency) /* Leddy et al. 2019; Berlin consensus (McCrory et al. 2017) */
        reason(r, "%s", z ? "脑震荡：不引起症状的轻松散步或室内单车有助于恢复（Leddy 2019）；在医生放行、并按分级恢复步骤一天一步走完之前，不做对抗训练、不上场比赛（柏林共识2017），这周去看医生；头痛越来越重、反复呕吐、意识混乱、越来越困、抽搐或一侧无力：立即拨打120"
                          : "a concussion: an easy walk or stationary bike that does not bring the symptoms back helps it heal (Leddy 2019); no contact training and no games until a doctor has cleared you and you have gone through the graded return-to-play steps, one a day (Berlin consensus 2017), so see a doctor this week; a headache that gets worse, repeated vomiting, confusion, growing drowsiness, a seizure or weakness on one side: call emergency services");
    if ((nr->notes2 & MR_NOTE2_DEVICE) && !r->emergency) { /* HRS 2019 consensus on sports with arrhythmias (Lampert) */
        /* the shock rate said: its number less 20 is the ceiling to give,
         * not a question to take back to the cardiologist */
        char ceil_[160] = "";
        if (nr->icd_zone > 0)
            snprintf(ceil_, sizeof ceil_, z ? "心率保持在%d次/分以下（比你说的放电阈值%d低20次）" :
                                              "keep your heart rate under about %d (20 beats under the %d you said the device is set at)",
                     nr->icd_zone - 20, nr->icd_zone);
        else
            snprintf(ceil_, sizeof ceil_, "%s", z ? "心率至少比除颤器的放电阈值低20次（具体数字问你的心内科医生）" :
                                                    "keep your heart rate at least 20 beats under the device's shock rate (ask your cardiologist for the number)");
        const char *six = nr->device_old ? "" : z ? "植入后头6周，装置那一侧的手臂不要举过头、不要用力；" :
                                                     "for 6 weeks after the implant, no overhead or heavy work with the arm on the device side; ";
        if (nr->icd || strcasestr(p->notes, "defib") || strstr(p->notes, "除颤") || strstr(p->notes, "除顫"))
            reason(r, z ? "植入了除颤器（ICD）：按自我感觉（RPE）控制强度，%s；%s避开对抗性运动；一旦被电击：电了一次、人感觉还好，停下并当天联系你的医生或起搏器门诊；连着电了不止一次，或者胸痛、头晕、不舒服，立即拨打120"
                        : "with an ICD: go by RPE and %s; %sno contact sports; after one shock, if you feel well, stop and call your clinic today; more than one shock, or chest pain, dizziness or feeling unwell, call emergency services",
                   ceil_, six);
        else /* a pacemaker alone does not shock: its rate limits are the device clinic's to tell */
            reason(r, z ? "装了起搏器：按自我感觉（RPE）和说话测试控制强度，心率受起搏器的设定和药物影响，手表的读数可能不准；想按某个心率练之前，先问起搏器门诊或心内科医生它允许的范围；%s避开对抗性运动；运动中头晕、胸痛或特别喘，停下并就医"
                        : "with a pacemaker: go by RPE and the talk test; the device's settings and your medicines shape the rate, and a watch may read it oddly, so ask your device clinic or cardiologist what range the pacemaker allows before aiming at a number; %sno contact sports; dizziness, chest pain or unusual breathlessness while exercising mean stop and get checked",
                   six);
    }
    /* the device's sports asked about: swimming once the wound has healed
     * and never alone (a shock in the water); golf once the pocket has
     * healed, as the swing loads the device-side shoulder (HRS 2019) */
    if ((nr->notes2 & MR_NOTE2_DEVICE) && !r->emergency &&
        (strcasestr(p->notes, "swim") || strstr(p->notes, "游泳") || (r->activity == MR_ACT_SWIM && nr->icd)))
        reason(r, "%s", z ? "装了ICD想游泳：伤口长好（一般植入后约6周）以后可以，但永远不要一个人游，身边要有知道你装了除颤器的人；在水里被电击可能失去控制"
                          : "swimming with an ICD: yes once the wound has healed (about 6 weeks after the implant), but never alone: with someone beside you who knows about the device, since a shock in the water can leave you unable to keep yourself up");
    if ((nr->notes2 & MR_NOTE2_DEVICE) && !r->emergency && (strcasestr(p->notes, "golf") || strstr(p->notes, "高尔夫")))
        reason(r, "%s", z ? "高尔夫：植入部位长好以后可以回去（一般6周后），挥杆会牵拉装置那一侧的肩膀，先从推杆和短杆开始"
                          : "golf: back once the device pocket has healed (usually after 6 weeks), as the swing pulls on the device-side shoulder; start with putting and short irons");
    /* a watch's heart-rate zone on a beta-blocker: the medicine keeps the
     * rate down, so the zone does not apply and missing it is expected */
    if ((r->read.notes & MR_NOTE_BETA_BLOCKER) && !r->emergency &&
        ((strcasestr(p->notes, "zone") && (!nr->icd_zone || strcasestr(p->notes, "watch"))) || strcasestr(p->notes, "watch says") || strstr(p->notes, "心率区间") ||
         strstr(p->notes, "心率上不去") || strcasestr(p->notes, "can't get my heart rate up")))
        reason(r, "%s", z ? "手表给的心率区间是按常人算的：你吃的β受体阻滞剂会让心率偏低，到不了那个区间是正常的、不是练得不够；按自我感觉RPE 12-13（能说整句话）来就好"
                          : "your watch's heart-rate zone assumes a normal heart-rate response: your beta-blocker keeps the rate down, so never reaching it is expected and not a sign you are doing too little; go by RPE 12-13 (full sentences) instead");
    if ((nr->notes2 & MR_NOTE2_GROWTH_KNEE) && !r->emergency) /* NICE CKS: Osgood-Schlatter; AAOS */
        reason(r, "%s", z ? "生长期的膝盖（或脚跟）疼，比如胫骨结节骨软骨炎：长个子时常见，不危险，长完就好。按疼痛来练：不疼的照常做，让它疼的跳跃、跳绳和冲刺先减下来（每天几百下跳绳先停），练完冰敷10分钟，多拉伸大腿前后侧；跟教练说一下（NICE CKS；AAOS）"
                          : "a growing knee (or heel), such as Osgood-Schlatter: common in growth spurts, not harmful, and it settles when growth slows. Train by pain: keep what does not hurt, cut back the jumping, skipping and sprinting that do (hold off the daily rope skips for now), ice for 10 minutes after, stretch the front and back of the thighs, and tell your coach (NICE CKS; AAOS)");
    if ((nr->notes2 & MR_NOTE2_LYMPHOEDEMA) && !r->emergency) /* Schmitz et al., NEJM 2009 (PAL); ACSM roundtable 2019 */
        reason(r, "%s", z ? "淋巴水肿：循序渐进的力量训练是安全的，不会让水肿加重，反而能减少发作（PAL研究，Schmitz 2009；ACSM 2019）。从很轻的重量开始，戴着压力袖，每1-2周才加一点；手臂变沉、变紧或肿得更厉害，就退回上一个重量，并告诉你的治疗师"
                          : "lymphoedema: slowly progressive strength training is safe and does not make it worse; it lowers flare-ups (the PAL trial, Schmitz 2009; ACSM 2019). Start very light, wear your sleeve, add a little every 1-2 weeks, and if the arm feels heavier, tighter or more swollen, go back a step and tell your therapist");
    if ((nr->notes2 & MR_NOTE2_AF) && !r->emergency) /* AHA/ACC/ACCP/HRS 2023 AF guideline: exercise training helps AF */
        reason(r, "%s", z ? "房颤：规律的中等强度运动对房颤有帮助（AHA/ACC 2023房颤指南）；心律不齐时手表测的心率不准，按自我感觉（RPE）和说话测试来；如果在吃抗凝药，避开对抗性和容易摔倒的运动；出现胸痛、头晕或晕倒，或者休息后气短、心跳快仍不缓解，请停下并就医"
                          : "atrial fibrillation: regular moderate exercise helps AF (AHA/ACC 2023 AF guideline); with an irregular rhythm a watch's heart rate misleads, so go by RPE and the talk test; on a blood thinner, avoid contact sports and falls; chest pain, dizziness or fainting, or breathlessness or a racing heart that does not settle with rest mean stop and get care");
    if (dialysis_today(nr, p) && !r->emergency && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "今天是透析日：只轻松走一走，15分钟以内，觉得虚就休息；好好练放在不透析的日子（KDIGO 2024）"
                          : "a dialysis day today: an easy walk of 15 minutes at most, or rest if you feel washed out; the real training goes on the days between (KDIGO 2024)");
    if (p->age < 18 && nr->diet_said)
        /* a growing child is not put on a diet: regular meals, activity she
         * enjoys, and the family's habits (WHO 2020; AAP 2023 obesity
         * guideline; NICE NG246) */
        warning(r, z ? "孩子还在长身体，不要节食或少吃正餐：一日三餐按时吃，多吃蔬菜水果、少喝含糖饮料，让她吃饱；体重交给全家一起改变的生活习惯，不靠饿。运动选她喜欢的（比如游泳、跳舞），每天累计60分钟，不逼着跑、不上高强度减脂营；被嘲笑的事和学校老师谈，膝盖疼就先看医生。需要时请儿科医生或营养师帮忙（WHO 2020）。"
                     : "A growing child is not put on a diet or made to skip meals: three regular meals, plenty of vegetables and fruit, few sugary drinks, and enough to feel full; weight changes with the whole family's habits, not by going hungry. Let the activity be one she enjoys (swimming, dancing), 60 minutes a day in all, not forced runs or a boot camp; talk to the school about the teasing, have a sore knee checked, and ask a paediatrician or dietitian to help (WHO 2020).");
    if ((nr->notes2 & MR_NOTE2_KIDNEY) && nr->dialysis && !r->emergency) /* KDIGO 2024; exercise on the days between */
        reason(r, "%s", z ? "做透析：在不透析的日子运动，或在透析中按透析室的安排骑床边脚踏车；有内瘘的手臂不要负重、不要受压（不戴手表、不挎包）；喝水不超过医生规定的量，出汗多也不要额外多喝。透析后头晕、气短或腿肿加重的那天先休息（KDIGO 2024）"
                          : "on dialysis: exercise on the days between sessions (or pedal in the chair during dialysis, if your unit offers it); keep weight and pressure off the fistula arm (no bags or watch on it); stay within your fluid allowance, even when you sweat. A day with light-headedness, breathlessness or more swelling after dialysis is a rest day (KDIGO 2024)");
    if (nr->notes2 & MR_NOTE2_NEUROPATHY) /* ADA 2016 (Colberg et al.): foot care with neuropathy */
        reason(r, "%s", z ? "脚有神经病变（发麻、感觉变差）：每天检查双脚有没有水泡、破皮、发红（你可能感觉不到），穿合脚、有缓冲的运动鞋和干净干爽的袜子；皮肤完好时中等强度走路没问题；脚上有伤口、水泡或溃疡时不要走路也不要下水，改骑固定单车或坐着练，并尽快给医生看（ADA 2016）"
                          : "neuropathy in your feet (numb, less feeling): check both feet every day for blisters, cuts or redness (you may not feel them), and wear well-fitting cushioned shoes with clean, dry socks; walking at a moderate effort is fine while the skin is whole; with a sore, blister or ulcer, no walking on it and no pool: the stationary bike or seated work, and show it to your doctor soon (ADA 2016)");
    if ((nr->notes2 & MR_NOTE2_PAD) || nr->claudication)
        reason(r, "%s", z ? "下肢动脉硬化、走路小腿疼（间歇性跛行）：走路就是治疗。走到小腿中等程度的疼（5分中的3-4分）就停下歇到不疼，再接着走，来回重复，总共30-45分钟，每周至少3次；几周后能走的距离会变长。疼痛在休息时也出现、脚变凉变色或有伤口不愈合，请尽快看血管科（AHA/ACC 2016）"
                          : "peripheral artery disease with calf pain on walking (claudication): walking is the treatment. Walk until the calf pain is moderate (3-4 of 5), rest until it eases, then walk again, for 30-45 minutes in all, at least 3 times a week; the distance grows over weeks. Pain at rest, a cold or discoloured foot or a sore that does not heal need your vascular doctor soon (AHA/ACC 2016)");
    if (nr->notes2 & MR_NOTE2_MS)
        reason(r, "%s", z ? "多发性硬化：选一天里凉快的时候、在有空调的地方或凉水里练，开始前喝点冰水、用湿毛巾降温；累了就歇，分几段做也算。热了腿发软、发麻，降温后就好，这是体温引起的（乌托夫现象），不是复发；新症状持续超过24小时请联系神经科（Kalb等，2020）"
                          : "MS: train in the cool part of the day, with air conditioning or in cool water; pre-cool with a cold drink or a damp towel, rest when fatigue comes, and split the session if you need to. Weakness or tingling that comes with heat and goes when you cool down is heat-related (Uhthoff's), not a relapse; new symptoms lasting more than 24 hours need your neurologist (Kalb et al. 2020)");
    if (nr->notes2 & MR_NOTE2_FIBRO)
        reason(r, "%s", z ? "纤维肌痛发作期：量要小到第二天不会更糟，5-20分钟轻松的活动（走路、温水游泳、太极、拉伸）也算数；每次只加一点点，状态好的日子也别一下子做多，避免“做多了又趴两天”（EULAR 2017）"
                          : "a fibromyalgia flare: a dose small enough that tomorrow is no worse; 5-20 easy minutes (walking, warm-water swimming, tai chi, stretching) count. Add a little at a time, and do not do much more on a good day, so that it does not end in two days in bed (EULAR 2017)");
    /* low vision (retinitis pigmentosa, a narrow field, night blindness):
     * a sighted guide on a tether or a treadmill, never alone on paths in
     * the dark (IBSA and World Para Athletics guide-running rules; RNIB) */
    if (notes_say(p, (const char *const[]){"retinitis", "视网膜色素变性", "視網膜色素變性", "legally blind", "visually impaired",
                                           "vision impaired", "low vision", "sight loss", "guide runner", "my guide", "视障",
                                           "視障", "盲人", "失明", "视力残疾", "視力殘疾", "领跑员", "領跑員", "陪跑员", NULL}) ||
        (text_says_word(p->notes, (const char *const[]){"rp", NULL}) &&
         notes_say(p, (const char *const[]){"vision", "sight", "degrees", "night", "视力", "视野", NULL})))
        warning(r, z ? "视力受限（视野窄、夜里看不清）：跑步请和领跑员用牵引绳一起跑，或在跑步机上跑；不要在天黑、黄昏或光线差的路上一个人跑，再熟的路也一样（路上的台阶、车和行人看不到）。领跑员来不了的那天，就改跑步机或室内训练"
                     : "with low vision (a narrow field, night blindness): run with your guide on a tether or on a treadmill, and not alone on paths at dusk, at night or in poor light, however well you know the route (kerbs, bikes and people you will not see). On a day your guide cancels, the treadmill or an indoor session instead");
    /* Down syndrome: the top of the neck can be loose (atlantoaxial
     * instability), so diving head first, butterfly starts, gymnastics and
     * contact sport wait for a doctor's check (AAP, Bull 2011; Special
     * Olympics' screening rule) */
    if (notes_say(p, (const char *const[]){"down syndrome", "down's syndrome", "downs syndrome", "trisomy 21", "唐氏综合",
                                           "唐氏綜合", "唐宝宝", "唐寶寶", "21三体", "21-三体", NULL}))
        warning(r, z ? "唐氏综合征：颈椎最上面的关节可能松（寰枢椎不稳），头先入水的跳水、蝶泳出发、体操翻滚和对抗性运动之前，先请医生评估颈椎；出现脖子疼、走路姿势变了、手脚无力或大小便控制变化，要尽快看医生。肌张力低、关节松，力量练习很有帮助（AAP 2011）"
                     : "Down syndrome: the joint at the top of the neck can be loose (atlantoaxial instability), so before diving in head first, butterfly starts, tumbling or contact sport, ask the doctor to check the neck; neck pain, a change in walking, weak arms or legs, or a change in bladder or bowel control need a doctor promptly. Low muscle tone and loose joints: strength work helps (AAP 2011)");
    /* cerebral palsy: daily stretching of the tight muscles, strength and
     * aerobic work and sport with peers, planned with the child's therapist
     * (Verschuren et al. 2016, Pediatrics: exercise and physical activity
     * recommendations for people with cerebral palsy) */
    if (notes_say(p, (const char *const[]){"cerebral palsy", "脑瘫", "腦癱", "脑性瘫痪", "腦性麻痺", "痉挛型", "痙攣型", "gmfcs", NULL}))
        reason(r, "%s", z ? "脑瘫（痉挛型）：运动对孩子有益，不必坐在旁边看。每天拉伸发紧的肌肉（小腿、大腿后侧、髋前侧），每个动作保持30秒以上；每周2-3次力量练习，加上游泳、骑车和和同学一起的球类游戏；先在平整的地面上练，摔倒的风险就小。把想参加的运动和体育课的安排跟康复治疗师商量，由他们教怎么调整（Verschuren等，2016）"
                          : "cerebral palsy: exercise is good for you, and sitting out is not needed. Stretch the tight muscles every day (calves, hamstrings, hip flexors), holding each for 30 seconds or more; strength work 2-3 times a week, with swimming, cycling and games with friends; start on even ground, where falls are fewer. Plan the sport you want and PE with your physiotherapist, who can show how to adapt it (Verschuren et al. 2016)");
    /* a cochlear implant or hearing aids: the processor off or in a
     * waterproof cover in the pool, and signals agreed with the coach
     * (implant makers' guidance; Deaflympics and swim-club practice) */
    if (notes_say(p, (const char *const[]){"cochlear", "人工耳蜗", "人工耳蝸", "耳蜗", "耳蝸", "hearing aid", "助听器", "助聽器",
                                           "hearing loss", "听力损失", "聽力損失", "耳聋", "耳聾", NULL}) ||
        text_says_word(p->notes, (const char *const[]){"deaf", NULL}))
        reason(r, "%s", z ? "听力受限：游泳时人工耳蜗的外部处理器要摘下，或用厂家的防水套，助听器下水前取下；跟教练约好手势和视觉信号（举手、拍肩、看白板上写的组数），站在能看见教练口型的位置；光线暗的地方平衡会差一点，走路慢一点、留意脚下"
                          : "with hearing loss: in the pool, take the implant's processor off or use the maker's waterproof cover, and hearing aids come out before you get in; agree hand signals and visual cues with the coach (a raised hand, a tap on the shoulder, sets written on a whiteboard) and stand where you can see the coach's face; balance can be a little worse in the dark, so go steadily there");
    /* a learning disability or autism: the same time and place, pictures,
     * few words, somewhere quiet, with the people who support him (NICE
     * NG11 and NG142; Special Olympics' coaching guidance) */
    if (notes_say(p, (const char *const[]){"learning disabilit", "intellectual disabilit", "autism", "autistic", "智力障碍", "智力障礙",
                                           "自闭症", "自閉症", "孤独症", "孤獨症", NULL}))
        reason(r, "%s", z ? "智力障碍或自闭症：每天同一时间、同一路线，做成一张图片日程表；说明要简短简单，一次只讲一步；选安静、人少的时段和地方；和陪护一起做，做完给一个他喜欢的奖励（比如听音乐）"
                          : "a learning disability or autism: the same time and route each day, shown on a picture timetable; short, simple instructions, one step at a time; quiet places and times of day; done together with his support staff, with something he enjoys at the end (music, say)");
    if (nr->notes2 & MR_NOTE2_PARKINSON)
        reason(r, "%s", z ? "帕金森：太极对平衡和防跌倒证据最好，再加上大幅度的动作、步行和力量练习；在药效好的时候练，身边有可扶的东西；迈不开步时停下、数拍子或跨过地上的线再走（Li等，NEJM 2012）"
                          : "Parkinson's: tai chi has the best evidence for balance and falls, with big, deliberate movements, walking and strength work; train when your medicine is working, with something to hold nearby; when your feet freeze, stop, count a rhythm or step over a line on the floor (Li et al., NEJM 2012)");
    /* hormone therapy for cancer thins the bone: loading it is the answer
     * (ACSM roundtable, Campbell et al. 2019; Galvão et al. 2010 on ADT) */
    if (nr->bone_drug)
        reason(r, "%s", z ? "在用激素治疗（如诺雷德、来曲唑）抗癌：运动安全、有益（ACSM 2019）；这类药会让骨量流失，对策是给骨头加负荷：每周2-3次力量训练（深蹲、弓步、上台阶、硬拉），骨扫描没有问题的话加一些跑跳类冲击；钙和维生素D要够，问医生做一次骨密度检查（DEXA）"
                          : "on hormone therapy for cancer (Zoladex, letrozole and the like): exercise is safe and helps (ACSM 2019). These drugs thin the bone, and loading it is the answer: strength 2-3 times a week (squats, lunges, step-ups, deadlifts) and, with a clear bone scan, some impact such as running and hopping; enough calcium and vitamin D, and ask for a bone density scan (DEXA)");
    for (int c = 0; c < MR_DX_COUNT; c++) /* a named condition's own guidance (conditions.c) */
        if (nr->dx_known & (1u << c)) reason(r, "%s", z ? mr_conditions[c].zh : mr_conditions[c].en);
    int dx_cancer = strstr(nr->diagnosis, "cancer") || strstr(nr->diagnosis, "癌");
    if ((nr->notes2 & MR_NOTE2_DIAGNOSIS) && nr->bone_drug && dx_cancer)
        reason(r, z ? "你提到“%s”：治疗期间今天最多中等强度，按你的肿瘤科医生同意的来"
                    : "you mention \"%s\": while in treatment today stays moderate at most, within what your oncologist supports",
               nr->diagnosis);
    else if (nr->notes2 & MR_NOTE2_DIAGNOSIS)
        reason(r, z ? "你提到“%s”：这里没有针对它的专门建议，所以今天最多中等强度；你的医生最清楚它适合做哪些运动"
                    : "you mention \"%s\": there is no specific guidance for it here, so today stays moderate at most; your doctor knows best what exercise suits it",
               nr->diagnosis);
    if (nr->notes2 & MR_NOTE2_FASTING)
        reason(r, "%s", z ? "斋月禁食期间：最好在开斋后1-2小时运动（先吃饭喝水），或在开斋前做轻松的短时间活动，开斋后马上补水；白天不做高强度和长时间训练，头晕或心慌就停（Chaouachi等，2009）"
                          : "while fasting for Ramadan: train 1-2 hours after iftar (once you have eaten and drunk), or something light and short just before it, drinking as soon as the fast ends; no hard or long sessions during the fast, and stop if you feel dizzy or your heart races (Chaouachi et al. 2009)");
    if (nr->notes & MR_NOTE_HEEL)
        reason(r, "%s", z ? "脚后跟疼（足底筋膜炎）：今天选低冲击的运动；每天做小腿和脚底拉伸（扶墙压小腿30秒×3次，起床前用脚踩滚球或毛巾拉脚趾），穿有支撑的鞋；疼痛持续几周不好转，请看医生或康复师"
                          : "heel pain (plantar fasciitis): low impact today; stretch your calves and the sole of your foot every day (a wall calf stretch, 30 s x 3; before getting up, roll your foot on a ball or pull your toes back with a towel), and wear supportive shoes; if it has not eased in a few weeks, see a doctor or physio");
    if (nr->grief && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "很遗憾你失去了亲人。每天在熟悉的时间、熟悉的路线走一走，能给一天一点节奏；如果睡眠和胃口几周都没有好转，请告诉你的医生"
                          : "I am sorry for your loss. A short walk at the same time each day, on a route you know, can give the day some shape; if sleep and appetite have not come back in a few weeks, tell your doctor");
    if (nr->steps_asked)
        /* daily steps and mortality: the benefit levels off around 6,000-8,000
         * a day from 60 on and 8,000-10,000 below 60 (Paluch et al. 2022) */
        reason(r, "%s", p->age >= 60 ? (z ? "你问的每天步数：一万步只是个整数口号。60岁以上，每天走到6000-8000步，健康上的好处就差不多到顶了；从你现在的步数开始，每一两周每天多走约1000步，分几次走，膝盖疼就分得更散，水里走路和骑车也算运动（Paluch等，2022）"
                                      : "you asked about steps: 10,000 a day is a round number from an advert. From 60 on, the health benefit levels off at about 6,000-8,000 steps a day; start from what you walk now and add about 1,000 a day every week or two, in several short walks (spread more thinly if your knees hurt); pool walking and cycling count as exercise too (Paluch et al. 2022)")
                                : (z ? "你问的每天步数：一万步只是个整数口号。60岁以下，每天8000-10000步左右，健康上的好处就差不多到顶了；从你现在的步数开始，每一两周每天多走约1000步（Paluch等，2022）"
                                     : "you asked about steps: 10,000 a day is a round number from an advert. Below 60, the health benefit levels off at about 8,000-10,000 steps a day; start from what you walk now and add about 1,000 a day every week or two (Paluch et al. 2022)"));
    if (nr->weight_loss)
        /* unexplained weight loss, with or without night sweats, is for a
         * doctor within two weeks (NICE NG12, 2015): thyroid, diabetes, an
         * infection or a cancer are looked for; the training waits on nothing */
        warning(r, z ? "没在减肥却瘦了（或者夜里出汗）：请两周内去看医生，查查甲状腺、血糖、感染等原因，大多数能治好，但不要拖。在那之前可以照常做轻松到中等强度的运动，吃够饭，不做很累的训练；如果还发烧、咳嗽带血或者瘦得很快，尽快去看"
                     : "losing weight without trying (or with night sweats): see a doctor within two weeks so the cause is looked for (the thyroid, blood sugar, an infection and others; most are treatable, but it should not wait). Until then easy to moderate exercise is fine, eat enough and leave out hard sessions; with a fever, coughing blood or fast loss, go sooner");
    if (nr->ankles_swollen)
        warning(r, z ? "两边脚踝（脚）都肿、又没有扭伤：这不是扭伤。请这几天内给医生看看，心脏、肾脏、静脉或某些药（比如氨氯地平）都可能引起；如果同时躺平就喘、爬楼比以前喘，今天就去看医生"
                     : "both ankles (or feet) swollen with no injury: this is not a sprain. Show it to your doctor in the next few days, as the heart, the kidneys, the veins or a medicine (amlodipine, for one) can cause it; if you are also breathless lying flat or newly on the stairs, see a doctor today");
    if (nr->fasted && !(nr->notes2 & MR_NOTE2_FASTING) && r->activity != MR_ACT_REST &&
        !(in->flags & (MR_COND_DIABETES | MR_COND_PREGNANCY)))
        /* fasted and fed aerobic work lose the same fat over weeks when the
         * day's energy is the same (Schoenfeld et al. 2014) */
        reason(r, "%s", z ? "空腹运动：轻松到中等强度、一小时以内没问题，先喝水，带点水和糖以防头晕；在一项4周的试验里，吃同样饮食的人空腹练和饭后练减掉的脂肪一样（Schoenfeld等，2014），所以按你方便的时间练；间歇、长距离这类高强度课放在吃饭之后"
                          : "training fasted: an easy to moderate session of up to an hour is fine; drink water first and carry something sweet in case you feel faint. In a 4-week trial on the same diet, fasted and fed cardio lost the same fat (Schoenfeld et al. 2014), so train when it suits you; keep intervals and long sessions for after you have eaten");
    if (p->age >= 5 && p->age < 13 && (r->activity == MR_ACT_ELLIPTICAL || r->activity == MR_ACT_STATIONARY_BIKE))
        /* a machine is only the adult form of the minutes; children keep to
         * play that is enjoyable and varied (WHO 2020) */
        reason(r, z ? "孩子在室内不一定要上器械：跟着音乐跳舞、家里的障碍赛、跳房子、踩影子这类追逐游戏都算，分几段玩够时间，累了就歇"
                    : "a child indoors need not use a machine: dancing to music, an obstacle course at home, hopscotch or chasing games all count, in several bouts, with rests when tired");
    if (nr->drank && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "昨晚喝了点酒：运动前先喝一两杯水，过程中也补水；酒精利尿，脱水时心率会偏高，今天按感觉来，不要冲强度"
                          : "a few drinks last night: drink a glass or two of water before you start and keep sipping; alcohol makes you pass more water, and dehydrated your heart rate runs high, so go by feel and do not push the pace today");
    if (nr->amputee)
        /* the residual limb's skin carries the load in the socket; with
         * diabetes the other foot is the one at risk (ADA 2016: daily checks) */
        reason(r, "%s", z ? "截肢后：每天检查残肢的皮肤，发红、磨破或起泡时今天少穿假肢，改骑固定单车、坐着练上肢或（皮肤完好时）游泳；有糖尿病的话，另一只脚也要每天检查（ADA 2016）"
                          : "after an amputation: check the skin of your residual limb every day; if it is red, raw or blistered, spend less time in the socket today: the stationary bike, seated upper-body work or (with the skin whole) the pool; with diabetes, check your other foot every day too (ADA 2016)");
    if (nr->pcos && r->activity != MR_ACT_REST)
        /* the international PCOS guideline: 150 minutes of moderate activity a
         * week and muscle strengthening on 2 non-consecutive days (Teede et al. 2023) */
        reason(r, "%s", z ? "多囊卵巢综合征：每周150分钟中等强度有氧，再加每周2天（不连续）的力量训练，对胰岛素敏感性和体重都有帮助；减重每周0.5-1公斤就好，不必一天练两次（Teede等，2023国际指南）"
                          : "PCOS: 150 minutes a week of moderate aerobic work plus strength training on 2 non-consecutive days helps insulin sensitivity and weight; 0.5-1 kg a week is a good pace, with no need to train twice a day (Teede et al. 2023, the international guideline)");
    if ((nr->notes & MR_NOTE_OSTEOPOROSIS) && nr->asked == MR_ACT_SWIM)
        /* bone answers to load: swimming and cycling carry none (ACSM's bone
         * health position stand, Kohrt et al. 2004) */
        reason(r, "%s", z ? "你问游泳对骨头好不好：游泳对心肺很好，但在水里身体不承重，对骨密度帮助很小；让骨头结实靠的是力量练习和走路、上下楼这类承重运动，游泳可以作为额外的有氧（ACSM 2004）"
                          : "you asked whether swimming is good for your bones: it is good for the heart, but the water carries your weight, so it does little for bone density; strength work and weight-bearing exercise (walking, stairs) build bone, with swimming as extra cardio (ACSM 2004)");
    if ((nr->notes & MR_NOTE_ARTHRITIS_FLARE) &&
        (strstr(p->notes, "腕") || strstr(p->notes, "手指") || strstr(p->notes, "wrist") || strstr(p->notes, "finger") ||
         strstr(p->notes, "knuckle")))
        /* a flaring wrist or hand: no load through it (ACR) */
    {
        int knees = strstr(p->notes, "膝") || strstr(p->notes, "knee") || strstr(p->notes, "ankle") || strstr(p->notes, "踝");
        reason(r, z ? "手腕、手指正在发作：这几天不用手撑、不用力抓握（俯卧撑、平板支撑、下犬式、拧毛巾、提重物都先停）%s；肿热持续超过几天，请告诉你的风湿科医生"
                    : "a flaring wrist or hand: no weight through it and no hard gripping for now (push-ups, planks, downward dog, wringing, carrying bags)%s; if it stays hot and swollen for more than a few days, tell your rheumatologist",
               knees ? (z ? "，发作的膝盖也一样只做不负重的活动度练习" : "; the flaring knees likewise: range of motion without load, short easy walks at most")
                     : (z ? "，练腿和走路照常" : "; legs and walking as usual"));
    }
    /* more steroid with a raised temperature: steroids can mask an
     * infection, so a lower threshold for calling (BSR 2017 guidance) */
    if ((nr->notes & MR_NOTE_ARTHRITIS_FLARE) && nr->temp_c >= 37.3f &&
        (strstr(p->notes, "pred") || strstr(p->notes, "steroid") || strstr(p->notes, "激素") || strstr(p->notes, "泼尼松")))
        reason(r, "%s", z ? "加了激素又有点低烧：激素会掩盖感染，今天到38°C或感觉更不舒服，就当天联系家庭医生或风湿科护士"
                          : "more steroid and a raised temperature: steroids can hide an infection, so at 38 C or feeling worse, call your GP or rheumatology nurse today");
    if (nr->thyroid_ok && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "甲减吃着药、甲功正常：它不限制你运动，照常练；如果又怕冷、特别乏力或心慌（药量可能需要调），先去复查甲功"
                          : "an underactive thyroid on treatment with normal levels sets no limit on exercise; train as usual, and if you feel cold, unusually tired or your heart races (the dose may need changing), have your levels checked");
    if (nr->menopause && r->activity != MR_ACT_REST && !(nr->notes & MR_NOTE_OSTEOPOROSIS)) /* osteoporosis's own line sets the impact */
        /* exercise does not reliably cut hot flushes (Daley et al., Cochrane
         * 2014), but strength and impact keep bone, and aerobic work the heart,
         * weight, sleep and mood, whose risks rise after the menopause
         * (NICE NG23, 2015/2019; Kohrt et al. 2004, ACSM bone position) */
        reason(r, "%s", z ? "更年期：运动不一定能减少潮热，但对这个阶段最要紧的几件事都有用：每周2-3天力量练习（加一些跳、快走这类冲击）保骨量，有氧保护心脏、控制体重，也帮助睡眠和情绪。潮热时在凉快的地方练，穿能脱的薄层、带冷水；夜间出汗睡不好的第二天，练轻一点、早一点练。潮热、失眠影响生活，可以和医生商量治疗"
                          : "menopause: exercise does not reliably cut hot flushes, but it serves what matters most now: strength work 2-3 days a week (with some impact, such as brisk walking, jogging or hops) keeps bone, and aerobic work protects the heart, helps weight, sleep and mood. Train somewhere cool, in layers, with cold water to hand; after a night of sweats, go easier and earlier. If flushes or poor sleep wear you down, talk to your doctor about treatment");
    if (nr->stairs_puffed && r->activity != MR_ACT_REST)
        /* ACSM's warning sign is breathlessness at rest or on mild effort
         * (Riebe et al. 2015); puffed by several flights is fitness to build */
        reason(r, z ? "备注“%s”：爬几层楼才喘，按体能需要练回来处理，今天最多中等强度（能说整句话）；如果是新出现的、越来越重、一层楼就喘，或者伴胸闷、头晕、脚肿，就停下看医生"
                    : "your notes (\"%s\"): puffed after several flights reads as fitness to build, so today stays moderate at most (you can talk in full sentences); if it is new, getting worse, comes on one flight, or brings chest tightness, dizziness or swollen ankles, stop and see a doctor",
               nr->stairs_evidence);
    if (nr->quitting_smoking && r->activity != MR_ACT_REST)
        /* a bout of moderate exercise cuts the urge to smoke and the
         * withdrawal while it lasts and for a while after (Taylor, Ussher &
         * Faulkner 2007, a systematic review of 14 trials) */
        reason(r, "%s", z ? "戒烟中：烟瘾上来的时候，快走或骑车10-15分钟能让烟瘾和戒断的难受减轻一阵（Taylor等，2007，综述的是短时戒断的研究）；新出现或越来越重的气喘，请看医生"
                          : "quitting smoking: when a craving comes, 10-15 minutes of brisk walking or cycling eases it and the withdrawal for a while (Taylor et al. 2007, a review of short-term abstinence studies); breathlessness that is new or getting worse needs a doctor");
    if (nr->smoker && r->activity != MR_ACT_REST) {
        /* smoking is a heart and lung risk factor (ACSM 2015 screening): the
         * stop signs named; 50-80 with about 20 pack-years, a yearly low-dose
         * CT (USPSTF 2021) */
        if (p->age >= 50 && p->age <= 80)
            reason(r, "%s", z ? "抽烟多年：运动正是帮你把身体练回来的办法，每少抽一支都有好处。运动中出现胸痛、胸闷或压迫感、比平时明显重的气喘、头晕，马上停下并看医生；咳嗽变样、咳血、体重不明原因下降，要去查。50-80岁、烟龄长（约每天一包抽了20年以上），可以问医生做肺癌筛查（低剂量CT，USPSTF 2021）；戒烟门诊能让戒烟成功率翻倍"
                              : "years of smoking: exercise is how you win some of it back, and every cigarette less helps. Stop and see a doctor for chest pain, pressure or tightness, breathlessness clearly worse than usual, or dizziness; a cough that changes, coughing blood or weight loss you cannot explain need checking. At 50-80 with a long smoking history (about a pack a day for 20 years or more), ask about lung cancer screening (a low-dose CT, USPSTF 2021); a stop-smoking service doubles the chance of quitting");
        else
            reason(r, "%s", z ? "抽烟：运动中出现胸痛、胸闷或压迫感、比平时明显重的气喘、头晕，马上停下并看医生；戒烟门诊能让戒烟成功率翻倍，运动也能压一压烟瘾"
                              : "smoking: stop and see a doctor for chest pain, pressure or tightness, breathlessness clearly worse than usual, or dizziness in exercise; a stop-smoking service doubles the chance of quitting, and exercise takes the edge off cravings");
    }
    if (nr->acl_sport)
        /* returning to pivoting sport before 9 months after an ACL
         * reconstruction, or before strength and hop tests pass, multiplies
         * reinjury (Grindem et al. 2016) */
        reason(r, "%s", z ? "前十字韧带重建后打球（急停、变向、起跳落地）：要等手术医生或康复师做完力量和单腿跳测试、同意重返运动，一般在术后9个月以后；在那之前只做直线跑和康复计划里的练习，护具不能代替这些测试（Grindem等，2016）"
                          : "pivoting sport after an ACL reconstruction (cutting, stopping, landing from jumps) waits until your surgeon or physio has cleared a return to sport after strength and hop tests, usually 9 months or more after surgery; until then, straight-line running and your rehab plan only, and a brace does not stand in for those tests (Grindem et al. 2016)");
    if (nr->skip_meals && nr->grief)
        /* grief takes the appetite: no talk of dieting */
        reason(r, "%s", z ? "难过的时候常常吃不下：出门走之前先吃一点东西（一片面包、一根香蕉、一杯牛奶）；如果过了一两周还是吃不下、睡不着，告诉你的医生"
                          : "grief takes the appetite away: eat something small before you walk (a slice of toast, a banana, a glass of milk); if eating and sleep have not come back in a week or two, tell your doctor");
    else if (nr->skip_meals)
        /* AAP 2016 (Golden et al.): dieting in adolescence predicts weight gain
         * and eating disorders; eat regular meals, move, talk about it */
        reason(r, p->age < 18 ? (z ? "不要靠不吃饭来减重：你还在长身体，训练更需要吃饱，少吃几顿会让你更慢、更容易受伤，体重也更容易反弹（AAP 2016）。按时吃三餐，训练前后吃点东西%s。这件事请和爸妈、教练或运动营养师聊一聊"
                                     : "please don't drop meals to lose weight: you are still growing, and training needs fuel; missed meals make you slower and more easily injured, and the weight tends to come back (AAP 2016). Eat three meals and a snack around training%s. Talk it over with a parent, your coach or a sports dietitian")
                              : "%s",
               /* (the sugary drinks only to the heavy: never a word of eating less to a thin young athlete) */
               p->age < 18 ? (nr->speed_said ? (z ? "；想变快，多练冲刺、敏捷和力量" : "; for speed, sprints, agility and strength work do more than extra miles")
                              : !isnan(p->weight_kg) && !isnan(p->height_cm) && p->height_cm > 100 &&
                                        p->weight_kg / powf(p->height_cm / 100.0f, 2) >= 27.0f
                                  ? (z ? "；少喝含糖饮料、少吃夜宵，白天多动" : "; fewer sugary drinks and late snacks, and more moving in the day")
                                  : "")
                            : (z ? "不建议靠不吃饭来减重：少吃几顿会让训练没力气、肌肉流失，体重也容易反弹；按时吃饭，少吃零食和含糖饮料，配合运动，每周减0.5-1公斤为宜（ACSM）；需要的话找营养师"
                                 : "dropping meals is not the way to lose weight: training runs out of fuel, muscle goes with the fat, and the weight tends to return; regular meals with fewer snacks and sugary drinks, plus the exercise, at 0.5-1 kg a week (ACSM); a dietitian can help"));
    /* a teenager giving up meals: the first thing on the card (AAP 2016;
     * IOC 2018 on low energy availability in young athletes) */
    if (nr->skip_meals && !nr->grief && p->age < 18 && r->n_reasons > 1 &&
        strstr(r->reasons[r->n_reasons - 1], "AAP 2016")) {
        char line[sizeof r->reasons[0]];
        memcpy(line, r->reasons[r->n_reasons - 1], sizeof line);
        r->n_reasons--;
        memcpy(insert_reason(r, 0), line, sizeof line);
    }
    /* a game ahead on a knee or ankle on the mend (not a fresh sprain,
     * which has its own answer): cutting, jumping and contact come back on
     * the return-to-sport criteria, hops near level on both legs and the
     * physio's clearance, not on the calendar (Ardern et al. 2016, Bern
     * consensus on return to sport) */
    if (!r->emergency && (in->flags & (MR_COND_KNEE | MR_COND_ANKLE)) && !(nr->notes & MR_NOTE_ACUTE_SPRAIN) &&
        !(nr->acute & (MR_COND_KNEE | MR_COND_ANKLE)) &&
        notes_say(p, (const char *const[]){"比赛", "比賽", "校赛", "全场", "打全场", "上场", "game", "match", "tournament",
                                           "full game", "play the whole", NULL}) &&
        notes_say(p, (const char *const[]){"篮球", "籃球", "足球", "排球", "羽毛球", "basketball", "football", "soccer", "netball",
                                           "rugby", "hockey", "volleyball", "footy", "tennis", "badminton", NULL}))
        reason(r, "%s", z ? "你问的比赛：篮球、足球这类急停、变向、起跳落地和对抗的运动，要等伤腿单脚跳（跳远、连续跳）能达到好腿的九成左右、不疼不肿，并且康复师同意重返比赛才上场；在那之前可以做直线慢跑、平衡和单腿力量，比赛先打替补或少量时间也要康复师点头（Ardern等，2016重返运动共识）"
                          : "the game you asked about: sports with cutting, jumping, landing and contact come back once hops on the injured leg (distance and repeated hops) reach about 90% of the good leg without pain or swelling, and your physio clears you to play; until then straight-line jogging, balance and single-leg strength, and even a few minutes off the bench only with the physio's OK (Ardern et al. 2016, consensus on return to sport)");
    /* a hill or a group ride asked about after a heart attack or with heart
     * disease: a long climb is vigorous work; flats at the talk test first,
     * gentle hills next, and a long climb once the cardiologist or the rehab
     * team has cleared vigorous effort, at one's own pace (AHA/AACVPR;
     * ACSM's Guidelines 2021) */
    if (!r->emergency && (in->flags & MR_COND_HEART) &&
        notes_say(p, (const char *const[]){"爬坡", "爬山", "上坡", "风柜嘴", "風櫃嘴", "爬风", "爬風", "climb", "hill", "hills",
                                           "col ", "mountain pass", NULL}) &&
        ((p->preferences & (1u << MR_ACT_CYCLE)) || nr->asked == MR_ACT_CYCLE))
        reason(r, "%s", z ? "你问的爬坡：长上坡对心脏是高强度。先在平路骑、能说整句话的强度，再试短而缓的坡；要爬长坡，等心脏科或康复团队确认你可以做高强度（最好做过运动测试）再去；跟车友出去按自己的速度，不要追人，坡上能说话就对了，胸闷胸痛、异常喘或头晕马上停下（AHA/AACVPR；ACSM 2021）"
                          : "the climb you asked about: a long climb is hard work for the heart. Ride the flats first at a pace you can talk at, then short, gentle hills; a long climb once your cardiologist or rehab team has cleared you for vigorous effort (ideally after an exercise test); on a group ride, ride your own pace, not theirs, talking on the climb, and stop for chest tightness or pain, unusual breathlessness or dizziness (AHA/AACVPR; ACSM 2021)");
    if (nr->race_untrained && !r->emergency)
        reason(r, "%s", z ? "你报的比赛：最近没有训练基础，不要当比赛去跑：用能说整句话的速度跑走结合（跑1-2分钟、走2分钟），或者走完全程都很好；天热就早点出发，每个补水站都喝水，头晕、恶心、头痛就停下走到阴凉处（ACSM 2007）"
                          : "the race you signed up for: with no recent training behind it, don't race it: run-walk at a pace you can talk at (1-2 minutes running, 2 walking), or walk it, which is fine; in the heat start early, drink at every station, and stop in the shade at dizziness, nausea or a headache (ACSM 2007)");
    /* a timed run test ahead (a school 1000 m, a job's 1.5 miles): the
     * run becomes the test's session, intervals at the pace to beat with
     * easy recoveries, two such days a week 48 hours apart (ACSM's
     * Guidelines, 11th ed., interval training; Billat 2001); a beginner
     * alternates fast running with walking */
    if (nr->test_m > 0 && r->activity == MR_ACT_RUN && !r->emergency && r->intensity >= MR_MODERATE) {
        int rep = nr->test_m <= 1000 ? 200 : 400, reps = nr->test_m <= 1000 ? 6 : 5;
        char pace[160];
        if (nr->test_goal_s > 0) {
            int rs = (int)lroundf((float)nr->test_goal_s * (float)rep / (float)nr->test_m);
            if (rs >= 90) /* (a 400 m rep in minutes and seconds) */
                snprintf(pace, sizeof pace, z ? "每组约%d分%02d秒（目标%d分%02d的配速）" : "each in about %d:%02d (the pace of %d:%02d)",
                         rs / 60, rs % 60, nr->test_goal_s / 60, nr->test_goal_s % 60);
            else
                snprintf(pace, sizeof pace, z ? "每组约%d秒（目标%d分%02d的配速）" : "each in about %d s (the pace of %d:%02d)", rs,
                         nr->test_goal_s / 60, nr->test_goal_s % 60);
        } else
            snprintf(pace, sizeof pace, "%s", z ? "每组比现在测试的速度稍快，跑完还能再跑一组" : "each a little faster than your test pace, finishing able to do one more");
        char what[32];
        if (nr->test_m == 2414 || nr->test_m == 1609)
            snprintf(what, sizeof what, z ? "%s英里" : "%s-mile", nr->test_m == 2414 ? "1.5" : "1");
        else
            snprintf(what, sizeof what, z ? "%d米" : "%d m", nr->test_m);
        if (p->fitness <= MR_FIT_BEGINNER || r->intensity < MR_VIGOROUS)
            reason(r, z ? "为了%s测试：今天跑走间歇。慢跑或快走热身10分钟，然后6组×（快跑1分钟＋走2分钟），快跑段用接近测试的速度；最后慢走5分钟。每周2次、隔天练，下周把快跑段加到90秒；测试前两天只轻松跑（ACSM）"
                        : "for the %s test: run-walk intervals today. 10 minutes' easy jog or brisk walk to warm up, then 6 x (1 minute fast, near test pace, + 2 minutes walking), and 5 minutes' walking to finish. Twice a week, a day apart, stretching the fast part to 90 seconds next week; only easy running in the two days before the test (ACSM)",
                   what);
        else
            reason(r, z ? "为了%s测试：今天跑间歇。慢跑热身10分钟，然后%d组×%d米，%s，组间慢走或慢跑约2分钟恢复；最后慢跑5分钟放松。每周2次间歇、隔至少48小时，其余是轻松跑和力量；测试前两天只轻松跑（ACSM）"
                        : "for the %s test: intervals today. 10 minutes' easy jog to warm up, then %d x %d m, %s, with about 2 minutes' walking or jogging between, and 5 minutes easy to finish. Two interval days a week, 48 hours apart, the rest easy runs and strength; only easy running in the two days before the test (ACSM)",
                   what, reps, rep, pace);
    }
    if (nr->run_return && r->activity == MR_ACT_RUN)
        /* graded return after a sprain or its rehab (Vuurberg et al. 2018),
         * with the load set by the joint's answer (pain-monitoring model,
         * Silbernagel et al. 2007) */
        reason(r, "%s", z ? "伤后头几次跑：跑走结合，比如轻松跑1-2分钟、走1分钟，一共20-30分钟，在平整的路上，隔天一次；当晚和第二天早上伤处不比之前更疼，下次再多加点跑的时间。跑时疼到3分（满分10分）以上、一瘸一拐或又肿了，就退回上一步，并告诉康复师（Vuurberg等，2018；Silbernagel等，2007）"
                          : "the first runs back after an injury: run-walk, say 1-2 minutes of easy running and 1 minute of walking for 20-30 minutes, on flat, even ground, every other day; add running time when the joint is no worse that evening and the next morning. Pain above 3 out of 10 while running, a limp or new swelling: go back a step and tell your physio (Vuurberg et al. 2018; Silbernagel et al. 2007)");
    if (nr->fall_fear && r->activity == MR_ACT_YOGA)
        reason(r, "%s", z ? "瑜伽坐在椅子上做，或站着扶着椅背做，不用趴到地上、也不用从地上起来" :
                            "yoga seated on a chair or standing with a hand on its back: nothing that takes you down to the floor and up again");
    if (nr->fall_fear && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "怕摔或走路不稳：平衡和力量练习能降低摔跤的风险（太极，旁边放把椅子随时能扶；扶着椅背单脚站、脚跟贴脚尖走、坐站起立，每周3次以上；WHO 2020）；走路选有扶手、有长椅的平路，平时用拐杖就带上，带上手机。摔过一次的话，请医生或康复师做一次防跌倒评估（视力、用药、居家环境）"
                          : "unsteady or afraid of falling: balance and strength work lowers the risk of falls (tai chi, with a chair beside you to hold; standing on one leg holding a chair, heel-to-toe walking, sit-to-stands, 3 or more days a week; WHO 2020); walk on level paths with rails or benches, with your stick if you use one, and carry your phone. After a fall, ask your doctor or a physiotherapist for a falls check (eyesight, medicines, your home)");
    if (nr->notes & MR_NOTE_PREG_SWELLING)
        reason(r, "%s", z ? "孕期脚和脚踝有点肿很常见：游泳（水的压力能消肿）和休息时抬高双腿都有帮助；如果脸或手突然肿起来，或伴有头痛、视物模糊，请立即就医（可能是子痫前期，ACOG 2020）"
                          : "swollen feet and ankles are common in pregnancy: swimming (the water's pressure helps) and putting your feet up help; if your face or hands swell suddenly, or it comes with a headache or blurred vision, see a doctor at once (it can be pre-eclampsia, ACOG 2020)");
    /* a spine fracture told ("胸12压缩性骨折", "a vertebral fracture"): no
     * impact work, and the class's loaded bends and twists named as what to
     * skip (Too Fit To Fracture, Giangregorio et al. 2014) */
    int spine_fx = strstr(p->notes, "压缩性骨折") || strstr(p->notes, "压缩骨折") || strstr(p->notes, "椎体骨折") ||
                   strstr(p->notes, "壓縮性骨折") || strcasestr(p->notes, "compression fracture") ||
                   strcasestr(p->notes, "vertebral fracture") || strcasestr(p->notes, "spine fracture") ||
                   strcasestr(p->notes, "fractured vertebra");
    if ((nr->notes & MR_NOTE_OSTEOPOROSIS) && spine_fx)
        reason(r, "%s", z ? "骨质疏松又有过脊椎压缩性骨折：不做冲击练习（跳、跺脚跟）；仰卧起坐、弯腰摸脚尖、用力扭腰这类动作会增加脊椎再骨折的风险，不要做。班可以去，先跟老师说明，这些动作换成保持脊柱中立的：臀桥、四点跪位抬手抬腿、靠墙站直、单脚站扶椅子；最好请康复师给一套练习（Too Fit To Fracture，2014）"
                          : "osteoporosis with a spine fracture behind you: no impact work (jumps, heel drops); sit-ups, toe touches and forceful twists raise the risk of another spine fracture, so leave them out. The class is fine if you tell the teacher and swap those for neutral-spine work: bridges, bird-dog, standing tall against a wall, one-leg balance holding a chair; a physiotherapist's programme is best (Too Fit To Fracture, 2014)");
    else if (nr->notes & MR_NOTE_OSTEOPOROSIS)
        reason(r, "%s", z ? "骨质疏松：力量和平衡练习对骨骼最有帮助（每周2-3次，如坐站起立、靠墙俯卧撑、提踵、单脚站扶椅子、太极），加上每天快走；没有过脊椎骨折的话，再加一些冲击练习（如踮脚后猛落脚跟的“跺脚跟”，每天几十次）；避免负重弯腰和扭转（仰卧起坐、弯腰摸脚尖、弯腰搬重物），起身和转身慢一点防摔（Too Fit To Fracture，2014）"
                          : "osteoporosis: strength and balance work helps bone most (2-3 times a week: sit-to-stands, wall push-ups, heel raises, standing on one leg holding a chair, tai chi), with brisk walking on other days and, if you have had no spine fracture, some impact such as heel drops (rise on the toes and drop onto the heels, a few dozen a day); avoid bending and twisting under load (sit-ups, toe touches, lifting with a rounded back), and get up and turn slowly to avoid falls (Too Fit To Fracture, 2014)");
    if (nr->notes & MR_NOTE_SHOULDER) {
        /* a wheelchair user's shoulders are their legs: no "legs and core as usual" */
        int chair = (nr->notes2 & MR_NOTE2_WHEELCHAIR) != 0;
        reason(r, z ? "肩膀有问题：今天不做举过头顶的动作，也不用手臂撑体重（俯卧撑、平板支撑、下犬式）；只在不疼的范围内活动肩膀，按康复师给的练习做%s"
                    : "your shoulder: nothing overhead today and no weight on your arms (push-ups, planks, downward dog); move it only in its pain-free range and keep up your physio's exercises%s",
               chair ? (z ? "；推轮椅和转移时也尽量省着肩膀用，长距离请人帮忙推" : "; spare it in pushes and transfers too, and get help with long pushes")
                     : (z ? "；腿和核心照常练" : "; legs and core as usual"));
    }
    if ((nr->notes & MR_NOTE_SHOULDER) && nr->night_pain)
        /* a shoulder that aches at night for weeks wants an assessment
         * before the painful strokes come back (rotator cuff; NICE CKS) */
        reason(r, "%s", z ? "肩膀疼了几周、夜里压着也疼：请先让康复师或医生查一下，在那之前停掉会疼的泳姿和划水，练腿、踢水或跑步、骑车保持体能"
                          : "a shoulder that has ached for weeks and hurts at night: have a physio or doctor assess it, and drop the strokes that hurt until then; kick sets, running or cycling keep you fit meanwhile");
    if ((nr->notes & MR_NOTE_STROKE) && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "中风后：有氧、力量、平衡都要练（每周3-5天，每次可分几段，每段10分钟也算）；走路带上拐杖，找平整、有扶手或有人陪的地方；力量练习坐着做更稳（AHA/ASA 2014）"
                          : "after a stroke: aerobic, strength and balance work all help (3-5 days a week; bouts of 10 minutes count); walk with your stick on level ground with something to hold or someone with you; do strength work seated for stability (AHA/ASA 2014)");
    if ((r->mood == MR_MOOD_STRESSED || nr->stress_said) && !worry_answered(r))
        reason(r, "%s", z ? "压力大、焦虑时：规律的中等强度运动有助于缓解（WHO 2020）；结束时做5分钟慢呼吸（吸气4秒、呼气6秒）"
                          : "for stress: regular moderate exercise eases it (WHO 2020); finish with 5 minutes of slow breathing (in for 4, out for 6)");
    else if (nr->bored && (r->activity == MR_ACT_STATIONARY_BIKE || r->activity == MR_ACT_ELLIPTICAL) && r->minutes >= 30)
        /* structure passes the time indoors (heuristic); the blocks keep to today's effort */
        reason(r, z ? "在室内骑台/椭圆机上容易无聊：把%d分钟分成几段：10分钟热身，然后每5分钟换一次（3分钟踏频快一点、2分钟轻松），最后5分钟放松；配上骑行App的虚拟路线、一集剧或播客，时间过得快得多"
                    : "bored on the trainer: give the %d minutes a shape: 10 minutes easy, then blocks of 5 (3 minutes at a higher cadence, 2 easy), and 5 minutes to finish; a virtual-ride app, a film or a podcast makes the time go much faster",
               r->minutes);
    else if (nr->bored && r->activity != MR_ACT_REST && (r->mood == MR_MOOD_NEGATIVE || r->mood == MR_MOOD_NEUTRAL))
        reason(r, "%s", z ? "练腻了：换一换能让人坚持下去：换条路线、换个歌单或播客、加几段变速，或者约人一起、上一节课"
                          : "bored of the routine: variety keeps people going: a new route, a podcast or playlist, a few pace changes, a friend or a class");
    else if (r->mood == MR_MOOD_NEGATIVE)
        reason(r, "%s", z ? "心情低落时，轻松地动一动也有帮助，不用勉强；能和家人朋友一起更好（WHO 2020）"
                          : "when you feel low, something gentle still helps, and there is no need to force it; with a friend or family member is better still (WHO 2020)");
}

static int is_beta_blocked(const mr_recommendation *r) { return (r->read.notes & MR_NOTE_BETA_BLOCKER) != 0; }

/* The answer to what the person asked or planned, first among the reasons:
 * yes as today's plan has it, or not today and why, or what suits better;
 * and whether a mask makes bad air fine (it does not: US EPA 2019). */
/* A session planned far beyond today's dose ("gonna run 2 hours"): load
 * spikes are what injure (Gabbett 2016). */
static void answer_planned(mr_recommendation *r, int fitness, int asked) {
    const mr_notes *nr = &r->read;
    int z = zh(r), m = nr->minutes_planned, habit = habit_minutes(&r->dose), eve = (nr->notes2 & MR_NOTE2_RACE_EVE) != 0;
    if (m <= 0 || r->emergency || r->activity == MR_ACT_REST) return;
    /* a longer session within reach, asked about ("她自己想每次走30分钟 可以吗"):
     * yes, by a step of about 5 minutes a week (ACSM: duration first, 5-10
     * minutes every week or two), or in two bouts (WHO 2020: every bout counts) */
    if (asked && habit > 0 && m > habit && m <= habit * 2 && !eve && !(nr->notes & (MR_NOTE_TAPER | MR_NOTE_RECOVERED))) {
        int step = 5 * ((habit + 5 + 4) / 5);
        if (step >= m)
            reason(r, z ? "你问每次%d分钟行不行：可以，比平时（约%d分钟）多一点，正是合适的一步；觉得累就分两次"
                        : "you asked about %d minutes a session: yes, a little more than your usual (about %d) is the right step; split it in two if it tires you",
                   m, habit);
        else
            reason(r, z ? "你问每次%d分钟行不行：可以，一步一步来：这周先每次%d分钟，顺利的话下周%d分钟（每周加5分钟左右）；也可以分两次走，加起来一样算"
                        : "you asked about %d minutes a session: yes, a step at a time: about %d minutes this week and %d next if it goes well (some 5 minutes more a week); or two shorter bouts, which count the same",
                   m, step, m);
        return;
    }
    if (m < 40) return;
    /* against the habit when there is one; with none logged, only a
     * beginner's plan is known to be a jump */
    /* (back from an illness: today's session is the measure, whatever the habit was) */
    int jump = eve || (nr->notes & MR_NOTE_TAPER) ? m * 2 >= r->minutes * 3
             : (nr->notes & MR_NOTE_RECOVERED) ? m >= 60 && m * 2 >= r->minutes * 3
             : habit > 0 ? m * 2 >= habit * 3
             : fitness <= MR_FIT_BEGINNER && m >= 45 && m * 2 >= r->minutes * 3;
    if (!jump) return;
    char say[32], why[160];
    if (m % 60 == 0) snprintf(say, sizeof say, z ? "%d小时" : "%d hour%s", m / 60, m == 60 ? "" : "s");
    else if (m % 30 == 0) snprintf(say, sizeof say, z ? "%.1f小时" : "%.1f hours", m / 60.0);
    else snprintf(say, sizeof say, z ? "%d分钟" : "%d minutes", m);
    if (!eve && (nr->notes & MR_NOTE_TAPER)) { /* Mujika and Padilla 2003: the taper's fatigue drop is the point */
        reason(r, z ? "你打算练%s：比赛周不要加练。减量期觉得“状态平、练得不够”很常见，正是疲劳在消退；这时候练一场长时间的高强度，只会把比赛要用的体能提前用掉。按教练的减量计划来，今天%d分钟"
                    : "you plan %s: not in race week. Feeling flat and under-trained in a taper is common, it is the fatigue lifting; a long hard session now spends what the race needs. Keep to your coach's taper: %d minutes today",
               say, r->minutes);
        return;
    }
    if (eve) {
        reason(r, z ? "你打算练%s：比赛前一天不要练这么多，只会让腿累；比赛的体能是前几周练出来的，今天加不上去。今天轻松%d分钟，或者休息"
                    : "you plan %s: not the day before a race; it would only tire your legs, and the fitness for the race comes from the past weeks, not today. Today an easy %d minutes, or rest",
               say, r->minutes);
        return;
    }
    /* after an illness: back over a week or two, from shorter easy sessions (ACSM; the neck check's return) */
    if (nr->notes & MR_NOTE_RECOVERED)
        snprintf(why, sizeof why, "%s", z ? "病刚好，先从短一点、轻松的练起，一两周里逐步加回平时的量；落下的课不用一天补回来"
                                          : "just back from an illness, start shorter and easy and build back to your usual over a week or two; missed sessions are not made up in one day");
    else if (habit > 0) snprintf(why, sizeof why, z ? "远超你平时每次约%d分钟" : "far beyond your usual %d minutes", habit);
    else snprintf(why, sizeof why, "%s", z ? "最近没有训练记录，要用几周慢慢加到这么长" : "with no recent training, build up to that over a few weeks");
    reason(r, z ? "你打算练%s：今天先不要，%s。今天%d分钟，以后每周最多加约10%%（负荷骤增最容易受伤，Gabbett 2016）"
                : "you plan %s: not yet, %s. Today %d minutes, then add about 10%% a week at most (sudden jumps in load are what injures, Gabbett 2016)",
           say, why, r->minutes);
}

/* "Should I start running every day like her?", "要不要每天跑": daily running asked about */
/* Did a rule keep today's exercise indoors (cold, heat, ice, smoke)? */
static int outdoors_barred(const mr_safety_out *so) {
    for (int i = 0; i < so->n_rules; i++)
        if (mr_rule_outdoor(so->rules[i])) return 1;
    return 0;
}

/* Runs in the profile's log over the last two weeks. */
static int runs_lately(const mr_profile *p) {
    int n = 0;
    for (int i = 0; i < p->n_history; i++) n += p->history[i].activity == MR_ACT_RUN && p->history[i].days_ago <= 14;
    return n;
}

static const char *const daily_run_w[] = {"running every day", "run every day", "run everyday", "running everyday", "run daily",
                                          "running daily", "run each day", "7 days a week", "seven days a week", "每天跑",
                                          "天天跑", "每天都跑", "每日跑", NULL};

/* The stock answer's ending when today's choice differs from the activity
 * asked about: it answers no question of resting, so answer_general() still
 * answers that one (found by these words, which it shares). */
static const char stock_answer_en[] = "suits today better (the reasons below)", stock_answer_zh[] = "更合适（理由见下）";

/* The activity asked about is today's, or its twin (a walk for a brisk
 * walk, a ride for the stationary bike): a yes-with-a-condition fits it. */
static int asked_twin(int asked, mr_activity a) {
    if (asked == (int)a) return 1;
    int walk = (asked == MR_ACT_WALK || asked == MR_ACT_BRISK_WALK) && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK);
    int ride = (asked == MR_ACT_CYCLE || asked == MR_ACT_STATIONARY_BIKE) && (a == MR_ACT_CYCLE || a == MR_ACT_STATIONARY_BIKE);
    return walk || ride;
}

/* The notes say the resting heart rate went up on the usual ("静息心率这周从52升到60"). */
static int resting_hr_up(const mr_profile *p) {
    return notes_say(p, (const char *const[]){"静息心率", "resting hr", "resting heart rate", "rhr", NULL}) &&
           notes_say(p, (const char *const[]){"升到", "升高", "高了", "涨到", "went up", "gone up", "is up", "up from", "up by",
                                              "up 5", "up 6", "up 7", "up 8", "up 10", "higher than usual", "rose", "jumped", NULL});
}

static void answer(mr_recommendation *r, const mr_safety_out *so, const mr_safety_in *in, int fitness, int recovering,
                   const mr_profile *p) {
    int z = zh(r), first = r->n_reasons;
    const mr_notes *nr = &r->read;
    if (nr->asked_mask && in->aqi > 100 && !r->emergency)
        reason(r, "%s", z ? "口罩（包括N95）在大口喘气时挡不住多少细颗粒物，还会让呼吸更费劲：戴口罩不能让户外剧烈运动变安全；今天在室内练，强度中等（EPA 2019）"
                          : "a mask (even an N95) stops little of the fine smoke when you breathe hard, and makes breathing harder: it does not make hard work outdoors safe; train indoors at a moderate effort today (EPA 2019)");
    if (nr->asked_mask && mr_rule_fired(so->rules, so->n_rules, MR_RULE_ASTHMA_COLD) && in->aqi <= 100 && !r->emergency) /* ACSM 2006 (Castellani): the face covered in the cold */
        reason(r, "%s", z ? "你问到口罩或围巾：冷天在外面，用围巾或口罩盖住口鼻，吸进去的空气会暖一点、湿一点，冷空气诱发哮喘的机会就小一些；今天太冷，先在室内练。天气回暖能出去跑的日子：按哮喘计划运动前先用吸入剂，热身10-15分钟，前几分钟慢慢跑，带着急救吸入剂（ACSM 2006）"
                          : "you asked about a mask or a scarf: outside in the cold, a scarf or a mask over mouth and nose warms and moistens the air you breathe, so the cold is less likely to set off your asthma; today is too cold, so train indoors. On milder days outside: your inhaler before exercise if your asthma plan says so, 10-15 minutes of gradual warm-up, the first minutes slow, and the reliever with you (ACSM 2006)");
    /* a ride to work asked about on a day of bad air: the commute by train
     * or bus, the exercise indoors (EPA 2019: the dose of fine particles
     * grows with the breathing of the ride) */
    if (in->aqi > 150 && !r->emergency &&
        notes_say(p, (const char *const[]){"骑车上班", "骑车通勤", "骑自行车上班", "踩单车返工", "通勤", "bike to work", "cycle to work",
                                           "ride to work", "cycling to work", "biking to work", "commute", NULL}))
        reason(r, "%s", z ? "你问骑车上班还是坐地铁：今天坐地铁或公交，别在外面骑。骑车时呼吸又深又快，一路吸进去的细颗粒物比坐车多得多；口罩挡不住多少。运动放到室内，关好门窗的健身房骑动感单车可以，强度中等（EPA 2019）"
                          : "you asked whether to ride to work: take the train or the bus today, not the bike. Breathing hard on the ride takes in far more of the fine particles than sitting on a train, and a mask stops little of them. Do the exercise indoors: the spin bike in a gym with the windows shut is fine, at a moderate effort (EPA 2019)");
    if (nr->asked >= 0) {
        const char *w = nr->asked_words, *cap = mr_card_intensity(r, so->max_intensity);
        if (r->emergency) /* (a warning sign: nothing hard either until it is checked) */
            reason(r, z ? "你问的“%s”：今天不要去，查清楚之前也不做高强度训练，先休息（原因见上面的提醒）"
                        : "you asked about \"%s\": not today, nor anything hard until this is checked; rest first (the warnings above say why)",
                   w);
        else if (r->activity == MR_ACT_REST)
            reason(r, z ? "你问的“%s”：今天不要去，先休息（原因见上面的提醒）" : "you asked about \"%s\": not today; rest first (the warnings above say why)", w);
        else if (nr->hot_yoga && nr->asked == MR_ACT_YOGA &&
                 ((in->flags & (MR_COND_PREGNANCY | MR_COND_HEART)) || (nr->notes2 & MR_NOTE2_MS)))
            /* a heated room (about 40 C) raises core temperature: ACOG 2020 in
             * pregnancy; heat brings on MS symptoms; the heart works harder */
            reason(r, z ? "你问的热瑜伽：不要去。热瑜伽的房间约40度，体温会升得太高，%s；普通瑜伽在凉快的房间内做就可以，今天%s%s%d分钟，多喝水"
                        : "you asked about hot yoga: not that. A hot-yoga room is about 40 C and raises your core temperature too far, %s; ordinary yoga in a cool room is fine: today %s %s for %d minutes, with water to hand",
                   (in->flags & MR_COND_PREGNANCY) ? (z ? "孕期要避免过热（ACOG 2020）" : "which pregnancy should avoid (ACOG 2020)")
                   : (in->flags & MR_COND_HEART) ? (z ? "心脏负担也更重" : "and the heat makes the heart work harder")
                                                 : (z ? "热会让多发性硬化的症状加重" : "and heat brings on MS symptoms"),
                   mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_max && in->age >= 18) { /* a maximal lift: ACSM on resistance training with high blood pressure; NSCA on 1RM testing */
            int bp_high = (in->flags & (MR_COND_HYPERTENSION | MR_COND_HEART)) || in->bp_sys >= 140 || in->bp_dia >= 90;
            /* a raised reading without a diagnosis: the test waits for a recheck (AHA 2017: two readings on two occasions) */
            int reading_only = !(in->flags & (MR_COND_HYPERTENSION | MR_COND_HEART));
            if (bp_high)
                reason(r, z ? "你问的“%s”（测最大重量）：先不测。一次极限重量要憋气用力，血压会飙得很高；高血压或心脏病要避免极限重量和憋气（ACSM）。可以用一组5-8次的重量估算（Epley公式），用力时呼气%s"
                            : "you asked about \"%s\" (a one-rep max): not yet. A maximal lift means straining with the breath held, which sends blood pressure very high; with high blood pressure or heart disease avoid maximal lifts and breath-holding (ACSM). Estimate it from a set of 5-8 reps instead (the Epley formula), breathing out as you lift%s",
                       w, !reading_only ? ""
                          : z ? "。先复测血压：不喝咖啡、静坐5分钟，两天各量两次（或请医生量）；低于130/80再考虑测，一直在140/90以上就先看医生"
                              : ". Have the pressure rechecked first: no caffeine, 5 minutes sitting quietly, two readings on two different days (or at your GP); test the max only if it is under 130/80, and see your doctor if it stays at 140/90 or above");
            else if (r->activity != MR_ACT_STRENGTH || r->intensity < MR_MODERATE)
                reason(r, z ? "你问的“%s”（测最大重量）：今天不测，理由见下；状态好的时候再测" : "you asked about \"%s\" (a one-rep max): not today (the reasons below); test it on a fresh day", w);
            else
                reason(r, z ? "你问的“%s”（测最大重量）：可以，但要先用3-4组逐渐加重热身，有保护人或安全杠，动作变形就停，最多试3次大重量"
                            : "you asked about \"%s\" (a one-rep max): yes if you feel fresh: warm up with 3-4 lighter sets, use a spotter or safety pins, stop when form breaks, and make at most 3 heavy attempts", w);
        } else if (nr->asked_besides) /* what to add: the other half of the week's guidance (WHO 2020) */
            reason(r, z ? "你问除了“%s”还能加什么：今天%s%s%d分钟；%s" : "you asked what to add besides \"%s\": today %s %s for %d minutes; %s",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes,
                   r->activity == MR_ACT_STRENGTH
                       ? (z ? "其他日子加有氧运动（快走、骑车、游泳），每周累计至少150分钟（WHO 2020）"
                            : "on other days aerobic work (brisk walks, cycling, swimming), 150 minutes a week in all (WHO 2020)")
                       : (z ? "每周再加2次力量练习（弹力带、坐站起立、扶墙俯卧撑，每个动作2-3组、每组8-12次），练全身主要肌群（WHO 2020；ACSM）"
                            : "add strength work on 2 days a week (bands, sit-to-stands, wall push-ups; 2-3 sets of 8-12 of each) for the major muscle groups (WHO 2020; ACSM)"));
        else if (nr->asked == MR_ACT_COUNT && (strstr(w, "golf") || strstr(w, "高尔夫") || strstr(w, "18") || strstr(w, "nine") ||
                                                strstr(w, "9 holes")))
            /* golf: walking the course is moderate (Compendium 15255, 4.8 MET; with a cart about 3.5); the swing
             * twists the trunk and pulls on the breastbone, which knits in 6-12 weeks after heart surgery (AHA/AACVPR) */
            reason(r, z ? (nr->notes2 & MR_NOTE2_STERNOTOMY)
                              ? "你问的“%s”：胸骨还在愈合，全力挥杆的扭转会拉扯胸骨，先不打整场、不全挥杆，等手术医生或心脏康复团队同意（一般术后8-12周）；在那之前，康复团队同意的话可以坐球车去推杆、短切，走路照常练"
                              : (nr->dx_known & (1u << MR_DX_HERNIA_REPAIRED))
                                    ? "你问的“%s”：先不打整场。全力挥杆的扭转会牵扯修补的地方：走路不难受了先练推杆、短切，全挥杆和18洞一般术后2-4周、挥杆不再牵扯时再打，或按手术医生说的；这期间走走球场可以"
                                    : "你问的“%s”：可以。走完一场是中等强度的运动（约4.8 MET）；先热身、活动肩和腰，天热带水，走不动就坐球车"
                        : (nr->notes2 & MR_NOTE2_STERNOTOMY)
                              ? "you asked about \"%s\": not a full round yet. A full swing twists the trunk and pulls on a breastbone that is still knitting: no full swings until your surgeon or cardiac rehab team clears them (usually 8-12 weeks after the operation); until then, with their OK, putting and chipping from the cart, and keep up your rehab walks"
                              : (nr->dx_known & (1u << MR_DX_HERNIA_REPAIRED))
                                    ? "you asked about \"%s\": not a full round yet. A full swing twists and pulls on the repair: putting and chipping once walking is comfortable, full swings and 18 holes usually from 2-4 weeks after the operation when they no longer pull, or when your surgeon says; walking the course meanwhile is fine"
                                    : "you asked about \"%s\": yes. Walking the course is moderate exercise (about 4.8 MET); warm up the shoulders and back first, take water in the heat, and ride the cart when you tire",
                   w);
        else if (nr->asked == MR_ACT_COUNT && (strstr(w, "舞") || strstr(w, "操") || strstr(w, "danc") || strstr(w, "zumba") ||
                                                strstr(w, "尊巴") || strstr(w, "aerobics")))
        {
            /* low-impact aerobic work suits arthritic knees (OARSI 2019); jumps, deep knee bends and pivots load them;
             * after a hip replacement, deep bends, crossed legs and twists on the new hip are what dislocate it */
            if (nr->hip_replaced)
                reason(r, z ? "你问的“%s”：换了髋关节、康复做完了，广场舞这样不蹦跳的舞可以慢慢回去：先跳节奏慢的，每次15-20分钟，站在队伍边上方便歇。最容易让人工髋关节脱位的动作要避开：髋部弯得太深（蹲低、弯腰到地）、两腿交叉、以手术那条腿为轴原地扭转；具体限制以你的手术医生说的为准。每周2-3天练臀部和大腿力量，每天扶着椅子练单脚站，平衡好了跳得更稳"
                            : "you asked about \"%s\": after a hip replacement with the rehab finished, a dance without jumps can come back gradually: the slower numbers first, 15-20 minutes, at the edge of the group. Avoid what dislocates a new hip: bending deeply at the hip (low squats, reaching to the floor), crossing the legs, and twisting on the operated leg; your surgeon's own limits come first. Strengthen hips and thighs 2-3 days a week and practise standing on one leg by a chair every day",
                       w);
            else {
            /* in the heat the dance moves to the cool of the evening or indoors (ACSM 2007, NWS heat index) */
            int hot = mr_rule_fired(so->rules, so->n_rules, MR_RULE_HEAT) || mr_rule_fired(so->rules, so->n_rules, MR_RULE_HEAT_DANGER);
            reason(r, z ? "你问的“%s”：%s，这是很好的有氧运动。%s先热身10分钟，选节奏不太快、不蹦跳的，少做深蹲和原地急转，%s疼了就歇；跳完第二天%s更肿更疼，下次就减量"
                        : "you asked about \"%s\": %s, it is good aerobic exercise. %sWarm up for 10 minutes, pick the steadier numbers without jumps, go easy on deep knee bends and quick pivots, and rest when %s hurts; if it is more swollen or sore the next day, do less next time",
                   w, in->aqi > 150 ? (z ? "今天空气污染重，不在户外跳；在室内跳或者做今天建议的室内运动，空气好转（AQI低于100）再回公园"
                                         : "not outdoors in today's polluted air; dance indoors or do today's indoor session, and back to the park once the AQI is under 100")
                   : !hot ? (z ? "可以" : "yes")
                           : (z ? "今天太热，这个时候不在户外跳；等太阳下山凉快了，或者在有空调的室内跳30-40分钟，中间少量多次喝水"
                                : "not outdoors in this heat; after sunset when it has cooled, or indoors with air-conditioning, for 30-40 minutes, sipping water as you go"),
                   (in->flags & MR_COND_KNEE) ? (z ? "膝盖不好也适合低冲击的舞；" : "Low-impact dance suits sore knees too. ") : "",
                   (in->flags & MR_COND_KNEE) ? (z ? "膝盖" : "a knee") : (z ? "关节" : "a joint"),
                   (in->flags & MR_COND_KNEE) ? (z ? "膝盖" : "") : (z ? "关节" : ""));
            }
        } else if ((nr->asked == MR_ACT_RUN || nr->asked == MR_ACT_COUNT) && (nr->notes & MR_NOTE_ACUTE_SPRAIN) &&
                 r->activity != MR_ACT_RUN) {
            /* a fresh sprain: running back once walking is pain-free without a
             * limp and hopping on it does not hurt, jumps and cutting after
             * that (PEACE & LOVE, Dubois and Esculier 2020; Vuurberg et al. 2018) */
            reason(r, z ? "你问的“%s”：%s。等走路不疼、不跛，能单脚站稳30秒、单脚轻跳不疼，再从慢跑和走跑交替开始，然后才是跳和变向，一级扭伤一般要1-2周；今天%s%s%d分钟，不给伤处加负荷"
                        : "you asked about \"%s\": %s. Run again once walking is pain-free without a limp and you can balance on that foot for 30 seconds and hop on it without pain, starting with easy walk-run, then jumps and changes of direction; for a mild sprain that is usually 1-2 weeks. Today %s %s for %d minutes, sparing the ankle",
                   w, nr->asked == MR_ACT_RUN ? (z ? "先不要跑" : "not yet") : (z ? "先不要打，也先不跑" : "not yet, nor running"),
                   mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
            /* the game ahead the sprain puts in doubt ("下週三有系際盃", "cup final Saturday"):
             * play only on those same signs, taped or braced (Vuurberg et al. 2018) */
            if (notes_say(p, (const char *const[]){"比赛", "比賽", "盃", "杯赛", "联赛", "game", "match", "tournament", "the final",
                                                   "finals", "cup final", "cup game", "cup match", "trials", "tryout", NULL}))
            {
                /* named as the writer named it, with its day when told ("county tournament is saturday") */
                static const char *const ev_en[] = {"tournament", "cup final", "final", "trials", "tryout", "match", "game", NULL};
                const char *ev = "game";
                for (int k = 0; ev_en[k]; k++)
                    if (text_says_word(p->notes, (const char *const[]){ev_en[k], NULL})) { ev = ev_en[k]; break; }
                int wd = nr->race_wday >= 0 && nr->race_wday < 7 ? nr->race_wday : -1;
                char what[64];
                if (z) snprintf(what, sizeof what, "你说的%s比赛", wd >= 0 ? WDAY_ZH[wd] : "");
                else if (wd >= 0) snprintf(what, sizeof what, "%s's %s", WDAY_EN[wd], ev);
                else snprintf(what, sizeof what, "the %s you mentioned", ev);
                reason(r, z ? "%s：能不能上场，看比赛前能不能做到上面这几条（走路不跛、单脚站稳30秒、单脚跳和变向不疼）；上场要贴扎或戴护踝，最好先让队医、防护员或物理治疗师看一下"
                            : "%s: whether you play depends on reaching those same signs before it (walking without a limp, 30 seconds on that foot, hopping and cutting without pain); play taped or in a brace, and have a physio or the team's trainer check it first",
                       what);
            }
        } else if ((nr->asked == MR_ACT_COUNT || nr->asked == MR_ACT_RUN) && (nr->dx_known & (1u << MR_DX_KNEE_OP)))
            /* after knee surgery: running, pivoting and contact back on the
             * surgeon's or the physio's criteria (KNGF 2016; NICE IPG230) */
            reason(r, z ? "你问的“%s”：还不行。膝盖手术后，跑、跳、急转和对抗要等手术医生或物理治疗师检查、放行（膝盖不肿、活动度和力量恢复、单腿跳不疼），半月板部分切除一般4-6周，缝合或十字韧带重建要几个月；下次复诊或理疗时直接问。今天%s%s%d分钟，加上理疗练习"
                        : "you asked about \"%s\": not yet. After knee surgery, running, jumping, pivoting and contact come back when your surgeon or physio clears you (no swelling, full movement, the strength back, hopping without pain), often 4-6 weeks after a trimmed meniscus and months after a repair or an ACL; ask at your next physio visit. Today %s %s for %d minutes, with your physio exercises",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == MR_ACT_COUNT && (nr->notes2 & MR_NOTE2_CONCUSSION))
            /* a team sport after a concussion: back by the graded steps, each
             * a day, contact only once symptom-free and cleared (Berlin 2017) */
            reason(r, z ? "你问的“%s”：还不行。脑震荡要等症状完全消失、医生放行，再按步骤回去：不引起症状的轻松有氧→个人技术练习→无对抗的队内训练→医生同意后才有对抗和比赛，每一步至少24小时，哪一步症状回来就退回上一步；今天%s%s%d分钟"
                        : "you asked about \"%s\": not yet. After a concussion it comes back once you are symptom-free and cleared, step by step: easy aerobic work that brings no symptoms, then skills on your own, then non-contact team practice, and contact and games only once a doctor clears you, each step at least 24 hours, back a step if symptoms return. Today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == MR_ACT_COUNT && nr->match_today && !(in->flags & MR_SYMPTOMS_MASK))
            /* the game today is the session (the card says how to come to it) */
            reason(r, z ? (nr->match_today == 2 ? "你问的“%s”：可以，队里的训练就是今天的运动%s" : "你问的“%s”：可以，比赛就是今天的训练%s")
                        : (nr->match_today == 2 ? "you asked about \"%s\": yes, the practice is today's session%s" : "you asked about \"%s\": yes, the game is today's session%s"), w,
                   in->glucose > 0 && in->glucose < 90
                       ? (z ? "；先吃15-30克碳水，15分钟后复测高于5.0 mmol/L（90 mg/dl）再上场，中场再测一次"
                            : "; first 15-30 g of carbohydrate, and on once a recheck 15 minutes later reads above 5.0 mmol/l (90 mg/dl); check again at half-time")
                       : (z ? "；赛前只做热身，不另外加练" : "; warm up before it and add no other workout"));
        else if (nr->asked == MR_ACT_COUNT && !r->emergency &&
                 (mr_rule_fired(so->rules, so->n_rules, MR_RULE_HEAT_DANGER) || mr_rule_fired(so->rules, so->n_rules, MR_RULE_HEAT)))
            /* the heat, not the game, is what rules it out now (ACSM 2007) */
            reason(r, z ? "你问的“%s”：这么热的时候不要在外面打；等到傍晚6点以后或清晨凉快时再去，带够水，每15-20分钟歇下来喝几口；现在先做今天建议的%s"
                        : "you asked about \"%s\": not outside in this heat; in the cool after 6 pm or early in the morning, with water and a drink break every 15-20 minutes; for now, today's suggestion: %s",
                   w, ACT(r->activity));
        else if (nr->asked == MR_ACT_COUNT && so->max_intensity < MR_VIGOROUS)
            reason(r, z ? "你问的“%s”：今天不建议，这类球类运动强度忽高忽低，今天的上限是%s；改成%s" :
                          "you asked about \"%s\": not today; it comes in hard bursts and today's limit is %s, so %s instead",
                   w, cap, ACT(r->activity));
        else if (nr->asked == MR_ACT_COUNT)
            reason(r, z ? "你问的“%s”：可以，先热身10分钟，累了就歇；今天另外的建议是%s" :
                          "you asked about \"%s\": yes, with a 10-minute warm-up and breaks when you need them; otherwise today's suggestion is %s",
                   w, ACT(r->activity));
        else if (nr->asked == MR_ACT_STRENGTH && (strstr(w, "卷腹") || strstr(w, "crunch") || strstr(w, "仰卧起坐")) &&
                 (nr->notes & (MR_NOTE_POSTPARTUM | MR_NOTE_OSTEOPOROSIS) || (in->flags & MR_COND_PREGNANCY)))
            reason(r, z ? "你问的“%s”：先不做。%s" : "you asked about \"%s\": not for now. %s", w,
                   (in->flags & MR_COND_PREGNANCY)
                       ? (z ? "孕期不做仰卧卷腹（孕早期后避免长时间平躺），核心练习改成侧卧、坐姿或站姿（ACOG 2020）"
                            : "in pregnancy, no crunches on your back (avoid lying flat after the first trimester); core work lying on your side, seated or standing (ACOG 2020)")
                   : (nr->notes & MR_NOTE_OSTEOPOROSIS)
                       ? (z ? "骨质疏松要避免卷腹这类负重弯腰的动作，改做平板支撑、臀桥这类脊柱保持中立的核心练习（Too Fit To Fracture，2014）"
                            : "with osteoporosis, avoid crunches and other loaded forward bends; core work with a neutral spine instead (planks, bridges) (Too Fit To Fracture, 2014)")
                       : (z ? "产后先练盆底肌和深层腹肌（收腹呼吸、死虫式、侧卧抬腿）；卷腹请等医生或康复师查过腹直肌分离之后再加"
                            : "after a birth, the pelvic floor and deep abdominals come first (breathing with a gentle draw-in, dead bugs, side-lying leg lifts); add crunches once a doctor or physio has checked the gap between your abdominal muscles"));
        else if (nr->asked == MR_ACT_STRENGTH && r->activity == MR_ACT_STRENGTH &&
                 (r->strength_focus == MR_FOCUS_UPPER || r->strength_focus == MR_FOCUS_OTHER) &&
                 (strstr(w, "深蹲") || strstr(w, "练腿") || strstr(w, "硬拉") || strstr(w, "squat") || strstr(w, "leg") ||
                  strstr(w, "deadlift")))
        {
            /* "lower back still tight from wednesday's deadlifts": the back, not the legs, says no heavy bar today */
            int back = notes_say(p, (const char *const[]){"back still tight", "back is tight", "back tight", "back's tight",
                                                          "back stiff", "back is stiff", "back's stiff", "腰还紧", "腰有点紧",
                                                          "腰紧", "腰僵", NULL});
            if (back)
                reason(r, z ? "你问的“%s”：今天不上大重量深蹲和硬拉，腰背还紧着，杠铃压在背上最容易伤到；练腿就做腿举、保加利亚分腿蹲、腿弯举，或者今天练上肢和核心，等腰背恢复正常再深蹲"
                            : "you asked about \"%s\": no heavy squats or deadlifts today while your lower back is still tight, a bar on the back is how it gets hurt; legs with the leg press, split squats and hamstring curls instead, or upper body and core, and squat once the back feels normal",
                       w);
            else
                reason(r, z ? "你问的“%s”：今天不练腿，腿还在恢复，等酸痛消退再练；今天练上肢和核心" :
                              "you asked about \"%s\": not the legs today, they are still recovering; squats when the soreness has gone, upper body and core today", w);
        }
        else if (nr->asked == MR_ACT_RUN && (in->flags & MR_COND_HEART) && r->activity != MR_ACT_RUN)
            /* ACSM pre-participation screening: known cardiovascular disease needs
             * medical clearance before vigorous work, and jogging is about 7 MET */
            reason(r, z ? "你问的“%s”：先问心内科医生，通常要做一次运动负荷试验，医生同意后再开始；之后从走跑交替开始（比如跑1分钟、走4分钟，重复6次），几周里慢慢加跑的时间，用自我感觉（RPE 12-13、能说整句话）控制强度。医生同意之前，今天%s%s%d分钟"
                        : "you asked about \"%s\": ask your cardiologist first; there is usually an exercise test before jogging with heart disease. Once cleared, start with walk-jog intervals (say 1 minute jogging, 4 walking, six times), adding jogging time over weeks and going by feel (RPE 12-13, full sentences). Until then, today %s %s for %d minutes (ACSM)",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == MR_ACT_RUN && in->age < 13 && fitness <= MR_FIT_BEGINNER && r->activity != MR_ACT_RUN && (so->allowed & (1u << MR_ACT_RUN)))
            /* a child's running asked about (a daily distance, a running
             * class): play in bursts, not a fixed daily run, for a child not
             * yet active (WHO 2020; AAP, Brenner 2007 on youth training) */
            reason(r, z ? "你问的“%s”：先不要每天固定跑几公里，对还不爱动的孩子来说太单调、负荷也一下子太大，容易让孩子讨厌运动；先做孩子喜欢的%s，每周再加2-3次10-15分钟的跑跑走走和追跑游戏；跑步班可以报，前提是好玩、不排名次"
                        : "you asked about \"%s\": not a fixed daily distance yet; for a child who is not yet active it is too much sameness and too sudden a load, and it can put them off: the %s they like first, plus run-and-walk and chasing games of 10-15 minutes 2-3 times a week; a running club is fine if it is fun and not ranked",
                   w, ACT(r->activity));
        else if (nr->asked == MR_ACT_RUN && (in->flags & MR_COND_KNEE) && !(so->allowed & (1u << MR_ACT_RUN)) &&
                 runs_lately(p) >= 4) {
            /* a new runner's knee, sore on the stairs after a fortnight of
             * daily runs: the load rose faster than the knee adapts (Gabbett
             * 2016); tape may ease the pain but changes nothing beneath
             * (Logan et al. 2017); off-loaded cardio and strength, then a
             * graded return by the pain (Silbernagel et al. 2007) */
            int tape = notes_say(p, (const char *const[]){"肌贴", "肌效贴", "肌內效", "kt tape", "kinesio", "tape it", "taping",
                                                          "strap it", "贴布", NULL});
            const char *kit = (nr->gym_access & (1u << MR_ACT_ELLIPTICAL)) && (nr->gym_access & (1u << MR_ACT_STATIONARY_BIKE))
                                  ? (z ? "单车或椭圆机" : "the bike or the cross-trainer")
                              : (nr->gym_access & (1u << MR_ACT_ELLIPTICAL)) ? (z ? "椭圆机" : "the cross-trainer")
                              : (nr->gym_access & (1u << MR_ACT_STATIONARY_BIKE)) ? (z ? "单车" : "the bike")
                                                                                 : (z ? "骑车或游泳" : "cycling or swimming");
            reason(r, z ? "你问的“%s”：先别跑%s。这些天天天跑，现在膝盖下楼疼、跑完更疼，是跑量加得比膝盖适应得快%s。接下来1-2周用%s代替跑步，同样练心肺、不给膝盖冲击；每周2-3次练大腿和臀部力量（靠墙静蹲、侧卧抬腿、上台阶）。下楼不疼了，再隔天做走跑交替、慢慢加；比赛如果在几周后，走跑结合也能完赛（Gabbett 2016；Silbernagel 2007）"
                        : "you asked about \"%s\": not for now%s. Running every day for a while and now the knee hurts on stairs and more after runs: the load rose faster than the knee could adapt%s. For the next 1-2 weeks use %s instead, the same heart and lungs without the impact, and strengthen the thighs and hips 2-3 times a week (wall sits, side-lying leg raises, step-ups). Once stairs are pain-free, come back with walk-run on alternate days and build; if the race is a few weeks off, walk-run gets you round (Gabbett 2016; Silbernagel et al. 2007)",
                   w, tape ? (z ? "，也别贴上肌贴接着跑" : ", and not taped up either") : "",
                   tape ? (z ? "；肌贴也许能让疼轻一点，但解决不了原因" : "; tape may ease the pain a little but does not fix the cause") : "",
                   kit);
        } else if (nr->asked == MR_ACT_RUN && fitness <= MR_FIT_BEGINNER && notes_say(p, daily_run_w) && !nr->claudication &&
                   runs_lately(p) < 4 &&
                 !mr_rule_fired(so->rules, so->n_rules, MR_RULE_POSTNATAL_IMPACT) &&
                 !(in->flags & (MR_COND_PREGNANCY | MR_COND_HEART)))
            /* running every day from walking: too much too soon for bones and
             * tendons (ACSM: progress frequency, then time, then intensity;
             * 10% a week), while brisk walking most days already meets the
             * guideline (WHO 2020); walk-jog on alternate days first */
            reason(r, z ? "你问的“%s”：先不要每天跑，继续快走，再走快一点、走久一点。从走路直接跳到天天跑，骨头、肌腱和脚来不及适应，最容易受伤；每周大多数天快走30-45分钟已经达到WHO的量。想跑的话，先每周2-3天、隔天做走跑交替（跑1分钟、走2分钟，重复8-10次），几周里慢慢加跑的时间"
                        : "you asked about \"%s\": not every day; keep walking, a little brisker and longer. Jumping from walking to daily running gives bones, tendons and feet no time to adapt, which is how beginners get hurt, and brisk walking on most days already meets WHO's amount. If you want to run, start with walk-jog on 2-3 days a week with a day between (1 minute jogging, 2 walking, 8-10 times), adding jogging time over weeks",
                   w);
        else if (nr->asked == MR_ACT_RUN && !(so->allowed & (1u << MR_ACT_RUN)) &&
                 mr_rule_fired(so->rules, so->n_rules, MR_RULE_POSTNATAL_IMPACT))
            /* the return to running after a birth: the pelvic floor first,
             * then walk-run on alternate days (Goom, Donnelly & Brockwell 2019) */
            reason(r, z ? "你问的“%s”：还不行，先%s%d分钟，每天做盆底肌训练。等咳嗽、打喷嚏、跳一下都不漏尿、没有下坠感（一般不早于产后12周），再从走跑交替开始：跑1分钟、走1-2分钟，重复8-10次，每周3次、隔天一次，6-8周里慢慢加跑的时间；盆底康复师可以帮你评估是否准备好（Goom等，2019）"
                        : "you asked about \"%s\": not yet; %s for %d minutes today, and pelvic floor exercises every day. Once a cough, a sneeze or a jump brings no leaking or heaviness (usually not before 12 weeks after the birth), start with walk-run: 1 minute running, 1-2 walking, 8-10 times, 3 times a week on alternate days, adding running time over 6-8 weeks; a pelvic health physio can check you are ready (Goom et al. 2019)",
                   w, ACT(r->activity), r->minutes);
        else if (nr->asked_alt >= 0 && r->activity != MR_ACT_REST) {
            /* "run or swim today?": the one chosen named first, and why not
             * the other when the safety rules rule it out */
            mr_activity x = (mr_activity)nr->asked, y = (mr_activity)nr->asked_alt;
            if (nr->asked_alt_first) { x = (mr_activity)nr->asked_alt; y = (mr_activity)nr->asked; } /* (in the order written) */
            int pick = r->activity == x || r->activity == y;
            mr_activity other = r->activity == x ? y : x;
            char why[200] = "", chosen[64];
            if (pick && !(so->allowed & (1u << other)))
                snprintf(why, sizeof why, z ? "；%s今天不合适：%s" : "; not %s today: %s", ACT(other), excluded_because(r, so, other));
            snprintf(chosen, sizeof chosen, "%s", ACT(r->activity));
            if (!z) chosen[0] = (char)toupper((unsigned char)chosen[0]);
            if (pick)
                reason(r, z ? "你问%s还是%s：%s，今天%s%d分钟%s（理由见下）" : "you asked: %s or %s? %s, %s, for %d minutes today%s (the reasons below)",
                       ACT(x), ACT(y), chosen, mr_card_intensity(r, r->intensity), r->minutes, why);
            else {
                mr_activity out = !(so->allowed & (1u << x)) ? x : y; /* (the one the rules rule out, named with why) */
                if (!(so->allowed & (1u << out)))
                    snprintf(why, sizeof why, z ? "（%s今天不合适：%s）" : " (not %s today: %s)", ACT(out), excluded_because(r, so, out));
                else
                    snprintf(why, sizeof why, "%s", z ? "（理由见下）" : " (the reasons below)");
                reason(r, z ? "你问%s还是%s：今天两样都不选，换成%s%s%d分钟更合适%s"
                            : "you asked: %s or %s? Neither today: %s %s for %d minutes suits better%s",
                       ACT(x), ACT(y), mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes, why);
            }
        } else if (!(so->allowed & (1u << nr->asked)))
            reason(r, z ? "你问的“%s”：今天不建议，%s；改成%s" : "you asked about \"%s\": not today, %s; %s instead", w,
                   excluded_because(r, so, (mr_activity)nr->asked), ACT(r->activity));
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && in->glucose >= 250 && nr->ketones_neg)
            reason(r, z ? "你问的“%s”：今天不做高强度间歇：血糖%d时剧烈运动反而可能让它升得更高。你测过血酮是阴性，所以%s%s%d分钟匀速运动可以做，能把血糖降下来，中途和结束后再测一次；等读数回到250以下再上强度课（ADA 2016）"
                        : "you asked about \"%s\": not the hard intervals today: at %d mg/dl intense exercise can push glucose higher still. Your ketones were negative, so %s %s for %d minutes at a steady effort is fine and will bring it down; check again during and after. The intervals wait until readings are back under 250 (ADA 2016)",
                   w, in->glucose, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && in->glucose >= 250)
            /* ADA 2016: 250-349 mg/dl, check ketones, no intense exercise */
            reason(r, z ? "你问的“%s”：今天不做高强度间歇：血糖%d时剧烈运动反而可能让它升得更高。先测血酮；没有酮体的话，%s%s%d分钟匀速运动能把血糖降下来；等读数回到250以下再上强度课（ADA 2016）"
                        : "you asked about \"%s\": not the hard intervals today: at %d mg/dl intense exercise can push glucose higher still. Check ketones first; if there are none, %s %s for %d minutes at a steady effort will bring it down; the intervals wait until readings are back under 250 (ADA 2016)",
                   w, in->glucose, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && in->glucose > 0 && in->glucose < 90 &&
                 r->activity != MR_ACT_REST)
            /* a low start on insulin: steady work first, the efforts once the
             * sugar holds (ADA 2016; Riddell et al. 2017) */
            reason(r, z ? "你问的“%s”：可以，先匀速：%s%s%d分钟，吃完碳水、复测高于90 mg/dl（5.0 mmol/L）再出发；血糖稳定（连续监测平稳、不往下走）之后再加那几段强度，掉到70以下就停下来吃糖"
                        : "you asked about \"%s\": yes, steady first: %s %s for %d minutes, starting once the carbohydrate has you above 90 mg/dl (5.0 mmol/l); add the harder efforts only once your glucose holds steady (a flat or rising CGM trend), and stop to eat sugar if it drops below 70",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && recovering)
            /* the weeks after a race: no hard session this week at all (the recovery reason says why) */
            reason(r, z ? "你问的“%s”：这周不做强度课，换成%s%s%d分钟：腿还在从比赛中恢复，这时候练节奏跑、间歇只会让疲劳更深，不会更快；状态靠轻松跑保持"
                        : "you asked about \"%s\": no hard session this week; %s %s for %d minutes instead: the legs are still recovering from the race, and tempo or intervals now deepen the fatigue rather than sharpen you; easy running keeps you sharp enough",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if ((nr->asked_hard || nr->asked_long) && r->intensity < MR_VIGOROUS && (nr->notes & MR_NOTE_COLD))
            /* a head cold: the hard or long session waits until it has cleared (the neck check) */
            reason(r, z ? "你问的“%s”：感冒期间不做强度课和长距离，今天%s%s%d分钟；症状消失一天以后再恢复强度和长距离，先从平时的量开始"
                        : "you asked about \"%s\": no hard or long sessions while the cold lasts; today %s %s for %d minutes, and the hard and long ones come back a day after the symptoms have gone, at your usual volume",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_hard && nr->strain_late && r->intensity < MR_VIGOROUS)
            reason(r, z ? "你问的“%s”：还不做全速冲刺；今天先做逐渐加速跑到七八成速度，做法见下" :
                          "you asked about \"%s\": not all-out sprints yet; today the build-ups to 70-80%% below", w);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && in->aqi > 100 && r->activity != MR_ACT_REST)
            /* bad air caps the effort indoors too (EPA 2019): the hard
             * session waits for clean air, not for fresh legs */
            reason(r, z ? "你问的“%s”：空气差的日子不做强度课，今天%s%s%d分钟；强度课放到AQI回到100以下的那天。少一次强度课不会掉体能"
                        : "you asked about \"%s\": no hard session in bad air; today %s %s for %d minutes, and the hard one moves to the first day the AQI is back under 100. Missing one session costs no fitness",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && nr->run_return)
            /* the first weeks back from an injury: no racing or hard pace
             * until the run-walk progression is done without pain (Warden
             * et al. 2014 on stress fractures; Vuurberg et al. 2018) */
            reason(r, z ? "你问的“%s”：刚恢复跑步的头几周不跑比赛配速，也不测成绩：去的话就跑走结合、能说整句话的速度，或者这次先不去；等跑走计划连续几次跑完都不疼，再慢慢加速度"
                        : "you asked about \"%s\": no race pace or time trials in the first weeks back: if you go, run-walk it at a pace you can talk at, or sit this one out; speed comes back once the run-walk plan has gone pain-free for a few sessions in a row",
                   w);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS && r->dose.spike > 0)
            /* a load spike: the deload holds for the week, as the week's plan
             * shows, and the hard session comes back after it (Gabbett 2016) */
            reason(r, z ? "你问的“%s”：%s这周先不做。最近7天的训练量比你平时高出一大截，这周减量、都练轻松的（计划里也没有强度课），下周腿恢复了再做；今天%s%s%d分钟。少一次强度课不会掉体能，累着硬练反而容易受伤（Gabbett 2016）"
                        : "you asked about \"%s\": %snot this week. Your last 7 days were well above your usual load, so this week is a lighter one with everything easy (the week's plan has no hard session), and it comes back next week once your legs have recovered; today %s %s for %d minutes. Missing one session costs no fitness; forcing it tired is how injuries start (Gabbett 2016)",
                   w, !(nr->ask & MR_ASK_TOO_MUCH) ? "" : z ? "是太多了，" : "yes, too much: ", mr_card_intensity(r, r->intensity),
                   ACT(r->activity), r->minutes);
        else if (nr->asked_hard && r->intensity < MR_VIGOROUS) {
            int too_much = (nr->ask & MR_ASK_TOO_MUCH) != 0; /* ("or is that too much?": said in its words) */
            reason(r, z ? "你问的“%s”：%s，换成%s%s%d分钟；等睡够、腿不沉了（一般隔2-3天）再做。少一次强度课不会掉体能，累着硬练反而容易受伤"
                        : "you asked about \"%s\": %s; swap it for %s %s for %d minutes, and do it in 2-3 days when you have slept and your legs feel fresh. Missing one session costs no fitness; forcing it tired is how injuries start",
                   w, too_much ? (z ? "今天是太多了，不做" : "yes, too much today") : (z ? "今天不做强度课" : "not the hard session today"),
                   mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        }
        else if (nr->asked_hard && r->intensity == MR_VIGOROUS && r->minutes >= 30 && r->activity == MR_ACT_RUN) {
            /* the session asked for, shaped: warm-up, the hard part, cool-down
             * (ACSM's session structure; the hard part of a tempo run is
             * 20-40 minutes, heuristic for the rest) */
            int hard = r->minutes - 25 < 10 ? 10 : r->minutes - 25 > 40 ? 40 : r->minutes - 25;
            if ((strstr(w, "sprint") && strstr(w, "hill")) || strstr(w, "冲坡")) /* short hill efforts: full recovery walking down (heuristic, as coaches set them) */
                reason(r, z ? "你问的“%s”：可以。先轻松跑10-15分钟热身；然后冲坡20-30秒，用力但动作不变形，走下坡完全恢复再冲下一组；第一次做4-6组，之后可以加到8组；最后轻松跑10分钟放松。坡道选平整不滑的"
                            : "you asked about \"%s\": yes. Warm up with 10-15 minutes of easy running; then 20-30 seconds up the hill, hard but with good form, walking back down to recover fully before the next; 4-6 the first time, building to 8 over the weeks; finish with 10 minutes easy. Pick a hill with good footing",
                       w);
            else
                reason(r, z ? "你问的“%s”：可以，这样安排%d分钟：先轻松跑10-15分钟热身，加几次短的加速跑；中间%d分钟是强度部分（节奏跑就一直保持，间歇就分成几组、组间慢跑恢复），“舒服地吃力”，RPE 15-16，只能说几个字；最后轻松跑或走5-10分钟放松"
                            : "you asked about \"%s\": yes; shape the %d minutes like this: 10-15 minutes easy to warm up, with a few short strides; %d minutes of hard work in the middle (held steady for a tempo run, or in repeats with easy jogging between), comfortably hard, RPE 15-16, a few words at a time; then 5-10 minutes easy jogging or walking to cool down",
                       w, r->minutes, hard);
            if (nr->race_ahead && !(nr->notes & MR_NOTE_TAPER))
                reason(r, "%s", z ? "比赛前这样的强度课是最能提升比赛表现的练习；比赛前最后10天改成减量，只保留短的加速跑（Mujika 2003）"
                                  : "sessions like this sharpen you for the race; in the last 10 days before it, cut the volume and keep only short strides (Mujika 2003)");
        } else if (nr->asked_long && (nr->notes & MR_NOTE_TAPER)) /* the last long run is 2-3 weeks out (Mujika and Padilla 2003) */
            reason(r, z ? "你问的“%s”：比赛前两周内不再跑长距离：最后一次长距离一般在赛前2-3周，现在再跑只会把比赛要用的体能提前消耗掉。这几天按减量计划：短一点的轻松跑加几组加速跑；今天%s%s%d分钟"
                        : "you asked about \"%s\": no more long runs with the race this close; the last one belongs 2-3 weeks out, and another now only spends what the race needs. Keep to the taper: shorter easy runs with a few strides; today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked_long && (nr->asked != (int)r->activity || r->intensity < MR_MODERATE))
            reason(r, z ? "你问的“%s”：今天不跑长距离，换成%s%s%d分钟；把长距离往后挪2-3天，等睡够、腿不沉了再跑，距离和上次长距离差不多就好，不要一次补回来（负荷骤增最容易受伤，Gabbett 2016）"
                        : "you asked about \"%s\": not today; %s %s for %d minutes instead, and move it 2-3 days on, when you have slept and your legs feel fresh; keep it about as long as your last one rather than catching up (load spikes are what injure, Gabbett 2016)",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if ((nr->notes & MR_NOTE_OSTEOPOROSIS) && nr->flexion_said)
            /* bending the spine forward under load, and twisting it hard,
             * are what fracture an osteoporotic vertebra (Too Fit to Fracture,
             * Giangregorio et al. 2014; Bone Health & Osteoporosis Foundation) */
            reason(r, z ? "你问的“%s”：仰卧起坐、卷腹、向下卷动和大幅度扭转不要做：骨质疏松的脊柱向前弯着受力、用力扭转最容易压缩骨折。在课上换成平板支撑、鸟狗式、臀桥和背部伸展；今天%s%s%d分钟"
                        : "you asked about \"%s\": no sit-ups, crunches, roll-downs or deep twists: bending the spine forward under load and twisting it hard are what fracture an osteoporotic vertebra. In class, swap them for planks, bird-dog, bridges and back extensions; today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == MR_ACT_SWIM && r->activity == MR_ACT_SWIM && nr->swim_alone && (nr->notes2 & MR_NOTE2_EPILEPSY))
            /* a seizure in the water alone is how epilepsy drowns (ILAE,
             * Capovilla et al. 2016): swimming yes, alone no */
            reason(r, z ? "你问的“%s”：游可以，一个人游不行：有癫痫，不要独自下水，尤其是开放水域；去有救生员的泳池或海滩，或者有人全程陪着（划艇、桨板在旁边），戴亮色泳帽、拖一个浮标。今天在泳池里做间歇（比如8组200米），长距离的开放水域游跟同伴一起慢慢加"
                        : "you asked about \"%s\": swimming yes, alone no: with epilepsy, never swim on your own, least of all in open water; swim at a patrolled beach or a pool with a lifeguard, or with someone alongside the whole way (a kayak or paddleboard), with a bright cap and a tow float. Today, intervals in the pool (say 8 x 200 m); build the open-water distance with company",
                   w);
        else if (nr->night_shift && (nr->shift_asked || nr->when_asked) && p->hour >= 6 && p->hour < 13 &&
                 r->activity != MR_ACT_REST)
            /* straight off a night shift the day's sleep comes first: a
             * workout just before it delays it (Stutz et al. 2019) */
            reason(r, z ? "你问的“%s”：先睡，睡醒再练。下班直接练，心跳和体温降不下来，白天更难睡着；今天的%s%s%d分钟放到睡醒后、上下一个夜班前，练完离上班还有1-2小时最好"
                        : "you asked about \"%s\": sleep first, then train. Straight off the shift, your heart rate and body temperature stay up and the day's sleep is harder to get; today's %s %s for %d minutes goes after you wake, before the next shift, ideally an hour or two before you leave",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (asked_twin(nr->asked, r->activity) && r->activity != MR_ACT_REST && in->glucose >= 90 && in->glucose < 126 &&
                 ((nr->notes & MR_NOTE_INSULIN) || nr->on_su || nr->pump))
            /* 5.0-6.9 mmol/l on insulin or a sulfonylurea before aerobic
             * work: about 10-15 g of carbohydrate first (Riddell et al. 2017) */
            reason(r, z ? "你问的“%s”：可以去，先吃点东西：血糖%.1f mmol/L（%d mg/dl）又在吃会引起低血糖的药，出门前先吃10-15克碳水（一片吐司、一根小香蕉），或者吃完早饭再走；身上带几片葡萄糖片，走的时候心慌、手抖、出冷汗就停下吃糖。今天%s%s%d分钟"
                        : "you asked about \"%s\": yes, after a bite: at %.1f mmol/l (%d mg/dl) on a medicine that can cause lows, have 10-15 g of carbohydrate first (a slice of toast, a small banana) or go after breakfast; carry glucose tablets, and stop to take them if you feel shaky, sweaty or your heart races. Today %s %s for %d minutes",
                   w, in->glucose / 18.0, in->glucose, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (asked_twin(nr->asked, r->activity) && r->activity != MR_ACT_REST &&
                 mr_rule_fired(so->rules, so->n_rules, MR_RULE_GLUCOSE_LOW))
            /* below 90 mg/dl on insulin or a sulfonylurea: carbohydrate and a
             * recheck before the start (ADA 2016) */
            reason(r, z ? "你问的“%s”：先别直接去。先吃15-30克碳水（一根香蕉、一杯果汁或几片葡萄糖片），15分钟后复测，高于5.0 mmol/L（90 mg/dl）再去%s%d分钟，身上带着糖"
                        : "you asked about \"%s\": not straight away. Eat 15-30 g of carbohydrate first (a banana, a glass of juice or a few glucose tablets), recheck after 15 minutes, and once you are above 90 mg/dl (5.0 mmol/l) go: %s for %d minutes, with sugar in your pocket",
                   w, ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity && nr->skip_meals)
            reason(r, z ? "你问的“%s”：一天练一次就够了，不要一天两次：今天%s%s%d分钟，先吃饱再练；球队训练也算在每天的运动量里"
                        : "you asked about \"%s\": once a day is plenty, not twice: today %s %s for %d minutes, after a proper meal; team practice counts towards your daily activity too",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == MR_ACT_RUN && (nr->notes & MR_NOTE_LEAKING) && nr->with_company &&
                 (r->activity == MR_ACT_WALK || r->activity == MR_ACT_BRISK_WALK))
            reason(r, z ? "你问的“%s”：今天跟大家一起走，不跑：%s%s%d分钟（推着婴儿车也行）；漏尿的时候跑跳会加重盆底负担，没有漏尿和下坠感以后再从走跑交替开始（ACOG 2020）"
                        : "you asked about \"%s\": go with them and walk it today, not run: %s %s for %d minutes (pushing the buggy is fine); running while you leak loads the pelvic floor, so it comes back as walk-run once there is no leaking or heaviness (ACOG 2020)",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity && r->activity == MR_ACT_STRENGTH && (nr->notes & MR_NOTE_SHORT_SLEEP))
            /* on a short night: the lifts stay sub-maximal (sleep loss takes
             * strength and raises injury risk; Fullagar et al. 2015) */
            reason(r, z ? "你问的“%s”：可以练，但没睡够：主项用计划重量的90%%左右，每组留2-3次余力（RPE 7），杠铃速度明显变慢就停；或者把大重量那天挪到明天，今天%s%s%d分钟"
                        : "you asked about \"%s\": yes, but on a short night keep it sub-maximal: about 90%% of the planned load on the main lift, 2-3 reps left in each set (RPE 7), stopping if the bar slows; or move the heavy session to tomorrow. Today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity && (nr->notes & MR_NOTE_NO_PERIODS) && p->age < 50)
            /* periods lost or grown rare in training: it goes on, less and easier (IOC consensus 2018) */
            reason(r, z ? "你问的“%s”：不用完全停，但要减量、不做高强度和长距离，同时多吃（原因见下面月经那一条）；今天%s%s%d分钟"
                        : "you asked about \"%s\": not stopping altogether, but less of it, no hard or long sessions, and more food (the periods line below says why); today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == MR_ACT_RUN && (nr->notes & MR_NOTE_SHORT_SLEEP) && r->activity != MR_ACT_REST &&
                 (strpbrk(w, "0123456789") || notes_say(p, (const char *const[]){"long run", "长距离", "LSD", "lsd", NULL})))
            /* a long run on broken sleep: not now; short easy runs hold the
             * fitness, while long or hard sessions on little sleep raise the
             * risk of injury and illness (Fullagar et al. 2015; Milewski et
             * al. 2014) */
            reason(r, z ? "你问的“%s”：这几天先不跑长距离。睡得这么少，长距离或高强度会增加受伤和生病的风险，恢复也跟不上；短的轻松跑就能保住体能，等睡眠好一些再把长距离加回来。今天%s%s%d分钟"
                        : "you asked about \"%s\": not on this little sleep. Long or hard sessions on broken nights raise the risk of injury and illness and eat recovery you don't have; short easy runs hold your fitness until the nights improve, then the long run comes back. Today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity && (in->flags & MR_COND_PREGNANCY) && r->intensity <= MR_MODERATE &&
                 notes_say(p, (const char *const[]){"intense", "hard class", "sprints", "hiit", "高强度", "强度很大", "很累的课",
                                                    "高強度", NULL}))
            /* a class asked about in pregnancy that runs hard: ridden her own
             * way, at a talking pace, without the all-out parts (ACOG 2020) */
            reason(r, z ? "你问的“%s”：可以去，但按自己的节奏：保持能说整句话的强度，跳过全力冲刺、爬坡这类最吃力的部分，负荷放在中等；今天%s%s%d分钟"
                        : "you asked about \"%s\": yes, done your own way: at a pace you can talk through, sitting out the all-out parts (sprints, climbs, races), the load moderate; today %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity && nr->heat_later >= 35.0f && mr_kb_activity(r->activity)->outdoor &&
                 !r->treadmill && (isnan(p->temp_c) || p->temp_c < nr->heat_later - 3.0f))
            /* heat forecast for later today: the same session, now in the cool or
             * indoors, not at the usual late-morning hour (ACSM 2007) */
            reason(r, z ? "你问的“%s”：可以，但要挪时间：%s，或者去有空调的商场里走；上午11点到下午5点之间别在外面。今天%s%s%d分钟"
                        : "you asked about \"%s\": yes, but not in the heat of the day: %s, or walk in an air-conditioned shopping centre; stay out of the heat between about 11 am and 5 pm. Today %s %s for %d minutes",
                   w, p->hour >= 0 && p->hour < 10 ? (z ? "趁现在凉快马上去" : "go now while it is cool")
                                                  : (z ? "等到傍晚5点以后凉快了再去" : "wait for the cool of the evening, after 5 pm"),
                   mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity && r->treadmill == 1 && mr_kb_activity(r->activity)->outdoor &&
                 outdoors_barred(so))
            /* asked about a run outside on a day the weather keeps it in: the treadmill, said so */
            reason(r, z ? "你问的“%s”：今天别在外面跑，天气太危险；在跑步机上跑：%s%s%d分钟" : "you asked about \"%s\": not outside today, the weather is too dangerous; on the treadmill instead: %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (nr->asked == (int)r->activity)
            reason(r, z ? "你问的“%s”：可以，按今天的安排：%s%s%d分钟" : "you asked about \"%s\": yes, as today's plan has it: %s %s for %d minutes",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes);
        else if (!(nr->gym_dull && nr->asked == MR_ACT_STRENGTH)) /* (the gym disliked has its own answer) */
            reason(r, z ? "你问的“%s”：今天换成%s%s%s" : "you asked about \"%s\": %s %s %s",
                   w, mr_card_intensity(r, r->intensity), ACT(r->activity), z ? stock_answer_zh : stock_answer_en);
    }
    /* work that keeps people on their feet or lifting all day does not bring
     * leisure exercise's gains for the heart and the blood fats (the
     * physical activity paradox: Holtermann et al., BJSM 2018); strength for
     * the trunk and hips and a little that raises the heart rate does */
    if (nr->job_active_asked && !r->emergency)
        reason(r, "%s", z ? "你问走了这么多还要不要运动：要，但不是再多走路。干活时的走动和搬重物是工作负荷，整天重复同样的动作，对心肺和血脂的好处比不上专门的锻炼，还容易劳损（Holtermann等，2018）。你缺的是核心和臀腿的力量、拉伸，再加一点让心跳加快的运动：每周2-3次、每次15-20分钟的力量练习，休息日骑车或快走30分钟；睡够比多练更重要"
                          : "you asked whether all that walking at work is exercise enough: partly, but more walking is not what you need. Work's walking and lifting is a load, the same movements all day, and it does not bring the heart and blood-fat gains that exercise in your own time does, while it wears the back (Holtermann et al., 2018). What is missing is strength for the trunk, hips and legs, some stretching, and a little that raises your heart rate: 15-20 minutes of strength 2-3 times a week, and a 30-minute ride or brisk walk on a day off; sleep comes before extra training");
    /* the time of day: in deep cold and ice the early morning brings the
     * coldest air, the morning rise in blood pressure and the iciest paths
     * (AHA on cold weather and the heart; ACSM 2021 on cold); in heat, the
     * cool ends of the day (ACSM 2007) */
    if (nr->time_asked && !r->emergency) {
        int cold = !isnan(in->temp_c) && in->temp_c <= 0, hot = !isnan(in->temp_c) && in->temp_c >= 30;
        reason(r, "%s", cold ? (z ? "你问要不要改时间：要改。这么冷、路上结冰的早上，气温最低，早晨血压本来就高，冷空气让它更高，冰上也最容易摔；改到上午10点以后或中午最暖和的时候走，结冰的日子在室内练（商场、太极、原地踏步），出门前在屋里先热身，帽子手套戴好"
                                     : "you asked whether to change the time: yes. On a morning this cold and icy the air is at its coldest, blood pressure is at its morning high and the cold pushes it higher, and the paths are at their iciest: walk after 10 am or at midday when it is warmest, train indoors on icy days (a mall, tai chi, marching on the spot), and warm up inside first, with a hat and gloves")
                        : hot ? (z ? "你问要不要改时间：要。热天放到清晨或傍晚6点以后，避开一天最热的时候，带够水"
                                   : "you asked whether to change the time: yes; in the heat, early morning or after 6 pm, away from the hottest hours, with water")
                              : (z ? "你问要不要改时间：什么时候练差别不大，能固定下来、坚持得住的时间就是好时间；天冷的早上可以晚一点出门"
                                   : "you asked whether to change the time: the time matters less than keeping to it; pick the one you can hold to, a little later on cold mornings"));
    }
    /* never too late: strength training in the 80s and 90s builds muscle
     * and function within weeks (Fiatarone et al., JAMA 1990; NEJM 1994) */
    if (nr->late_asked && in->age >= 60 && !r->emergency)
        reason(r, "%s", z ? "你问现在练是不是太晚：不晚。八九十岁的人练力量，几周内肌肉和力气就会长起来（Fiatarone等，1990、1994）。每周2-3天：从高一点的椅子坐下站起、扶着台面踮脚、扶墙俯卧撑，每个做到有点吃力，每周加一点；每顿饭都有点蛋白质（鸡蛋、牛奶、豆腐、鱼肉）"
                          : "you asked whether it is too late: it is not. People in their 80s and 90s who train their muscles gain strength and muscle within weeks (Fiatarone et al., 1990 and 1994). On 2-3 days a week: sit-to-stands from a higher chair, heel raises holding the counter, wall press-ups, each until it feels fairly hard, a little more each week; and some protein at every meal (eggs, milk, beans, fish or meat)");
    /* what counts is the effort, not the kind (WHO 2020: any moderate
     * activity counts toward the week; enjoyment keeps people going) */
    if (nr->counts_asked == 2 && !r->emergency && r->activity != MR_ACT_REST)
        /* yoga: flexibility, balance and some strength; hatha is light to moderate (Compendium 02150, 2.5 MET) */
        reason(r, "%s", z ? "你问瑜伽够不够：瑜伽算运动，练柔韧、平衡，也练一部分力量，课继续上；但普通哈他瑜伽对心肺来说强度偏低，所以卡片上的有氧分钟没算它：每周再加150分钟左右让你微微喘的有氧（快走、骑车、跳舞都行，不用跑步），一周计划把它们排在瑜伽课之外，再加2天力量练习（WHO 2020）"
                          : "you asked whether yoga is enough: yoga is exercise, for flexibility, balance and some strength, so keep your classes; but a hatha class is light for the heart and lungs, which is why the aerobic minutes on this card leave it out: add about 150 minutes a week that leave you a little out of breath (brisk walks, cycling or dance, no running needed), as the week's plan puts around your classes, and strength on 2 days (WHO 2020)");
    else if (nr->counts_asked && !r->emergency && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "你问这样算不算运动：算。只要让你呼吸加快、还能说话（中等强度），跳舞、骑车、游泳、打球、快走都算进每周的运动量（WHO 2020）；不一定要跑步，挑自己喜欢的，才坚持得下去"
                          : "you asked whether it counts: it does. Anything that leaves you breathing harder but still able to talk is moderate activity and counts toward the week (WHO 2020): dancing, cycling, swimming, games and brisk walks all do; running is not required, and what you enjoy is what you keep doing");
    /* a dance to get through (a performance, a wedding's first dance): the
     * dance itself, practised, is the training that carries over best
     * (specificity; ACSM 2021), with the walking and strength beneath it */
    static const char *const dance_w[] = {"跳舞", "舞蹈", "广场舞", "廣場舞", "跳两首", "跳完", "first dance", "dance",
                                          "dancing", "zumba", "salsa", "ballroom", NULL};
    /* (not when the show is a date for a weight to lose: "lose half a stone before the dance show") */
    static const char *const to_lose[] = {"lose", "stone", "weight", "kg", "lbs", "减肥", "减重", "瘦", "斤", NULL};
    if (!r->emergency && r->activity != MR_ACT_REST && !nr->counts_asked && !text_says(p->goal, to_lose) &&
        (text_says(p->goal, dance_w) ||
         (notes_say(p, dance_w) && notes_say(p, (const char *const[]){"表演", "演出", "年会", "婚礼", "比赛", "跳完", "wedding",
                                                                        "performance", "recital", "competition", "get through",
                                                                        NULL}))))
        reason(r, "%s", z ? "为了把舞跳完不喘：最管用的练习是跳舞本身。每周2-3次，把要跳的曲子完整跳一遍，跳不完就先跳一半、歇一会儿再跳，一两周内做到整段连着跳、最后能连跳两遍；其余几天的快走和力量练习给体能打底（训练的专项性，ACSM）"
                          : "to get through the dance without running out of breath: the dance itself is the best training. On 2-3 days a week dance the whole piece through, half of it with a pause if that is what you can do, building over a week or two to the whole piece without stopping and then to twice through; the walks and strength on the other days build the base (specificity of training, ACSM)");
    /* a little often or a lot seldom: both count toward the week (WHO
     * 2020: any bout counts), but for a beginner, a heavy body or sore
     * joints, short and frequent is gentler and builds the habit; long
     * sessions after a quiet week are the load spike (Gabbett 2016) */
    if (nr->spread_asked && !r->emergency && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "你问每天练一会儿还是一周集中练一两次：两种加起来都算进每周的量（WHO 2020：哪怕10分钟也算），但对刚开始、体重偏重或关节不好的人，大多数天短一点更好：关节更受得了，也更容易养成习惯；一周只练一两次、每次很长，是负荷的骤增，更容易伤。工作日每天15-20分钟，周末有空再走长一点，每周慢慢加"
                          : "you asked whether a little every day or longer twice a week: both count toward the week (WHO 2020: even 10 minutes counts), but when you are starting out, carrying extra weight or have sore joints, shorter on most days is better: easier on the joints and easier to make a habit, while one or two long sessions after a quiet week are a load spike that injures (Gabbett 2016). 15-20 minutes on most weekdays, something longer at the weekend when you have time, building week by week");
    answer_planned(r, fitness, notes_ask(p) || strstr(p->notes, "可以不") || strstr(p->notes, "行不行"));
    if (nr->disliked && !(nr->disliked & (1u << r->activity)) && r->activity != MR_ACT_REST && !r->emergency)
        reason(r, z ? "你写了“%s”：那就不练它，今天%s；喜欢的运动才能坚持下去" : "you wrote \"%s\": so none of that; %s today, since the exercise you enjoy is the one you keep doing",
               nr->disliked_words, ACT(r->activity));
    if (nr->heat_recent)
        /* after heat exhaustion: a day or more without hard work in the
         * heat, fluids with salt until the urine is pale (ACSM 2023,
         * exertional heat illness) */
        reason(r, "%s", z ? "昨天中暑过：今天不在热天里练强度；一整天少量多次喝水加电解质（运动饮料或口服补液盐），直到尿色变淡；还头晕、喝不下水或吐，今天就去看医生。恢复后先在早上凉快的时候短距离练，再慢慢加，并告诉同伴你中暑过"
                          : "heat exhaustion yesterday: nothing hard in the heat today; drink little and often through the day, with electrolytes (a sports drink or oral rehydration salts), until your urine is pale; still dizzy, unable to keep fluids down or vomiting means a doctor today. Come back with short sessions in the cool of the morning, building up, and tell the people you train with");
    if (nr->eating_disorder)
        /* in an eating disorder, exercise is part of the treatment plan,
         * and exercise as a condition for eating is a sign the team needs
         * to know about (NICE NG69, 2017) */
        reason(r, "%s", z ? "在进食障碍的治疗或恢复中：运动听治疗团队的，他们说先别跑就先不跑；如果觉得跑完才能安心吃饭，这一点很重要，请告诉他们。他们同意的轻松活动（和别人一起散步、拉伸）可以做，不用拿运动去换吃饭"
                          : "in treatment or recovery from an eating disorder: exercise follows your treatment team; if they have said no running yet, hold off. If exercise has come to feel like the price of a meal, tell them, since that matters to your recovery; gentle activity they agree with (a walk with someone, stretching) is fine, and food never has to be earned");
    if (nr->exam_worth && !r->emergency)
        /* activity helps attention, memory and sleep in the young (Donnelly
         * et al., ACSM 2016; WHO 2020) */
        reason(r, "%s", z ? "你问运动是不是浪费时间：不是。每天20-30分钟中等强度运动能改善睡眠、注意力和记忆，考前也一样；学习间隙起来活动5分钟、转转脖子肩膀，也能缓解久坐的酸痛"
                          : "you asked whether exercise is a waste of time before exams: it is not. 20-30 minutes of moderate activity a day improves sleep, attention and memory, exam season included; 5-minute movement breaks between study blocks, neck and shoulder rolls among them, ease the aches of sitting");
    if (nr->clot_treated && !r->emergency)
        /* on anticoagulation, walking early is safe and eases the leg's
         * symptoms (Kahn et al. 2018; CHEST 2016 favours early walking over
         * bed rest); a pulmonary embolism's signs are an emergency */
        reason(r, "%s", z ? "血栓在用抗凝药：走路是安全的，不会让血栓更容易脱落，反而帮助腿消肿恢复；运动时心跳加快是正常的，不是血栓又来了；白天可以穿医生开的弹力袜，逐步加量。突然气短、胸痛（吸气时更痛）、咳血或心跳很快，马上拨打急救电话；那条腿越来越肿、越来越痛，当天去看医生"
                          : "a clot on a blood thinner: walking is safe, does not make the clot likelier to break off, and helps the leg's ache and swelling settle; a heart that speeds up with the effort is normal, not the clot coming back; wear the compression stocking if you were given one, and build up day by day. Sudden breathlessness, chest pain (worse on breathing in), coughing blood or a racing heart: call emergency services now; the leg getting more swollen or painful: see a doctor today");
    /* aerobic fitness holds on cross-training, and an injured runner's
     * running comes back by the pain it leaves (Mujika and Padilla 2000;
     * the pain-monitoring model, Silbernagel et al. 2007) */
    if (nr->fitness_fear && !r->emergency) {
        int hurt = (in->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) || (nr->notes & (MR_NOTE_HEEL | MR_NOTE_LOWER_BODY));
        reason(r, "%s", hurt ? (z ? "你怕体力掉光：骑车、游泳这些交叉训练能保住大部分有氧能力，几周不跑掉不了多少；跑步按疼痛慢慢恢复：跑的时候疼痛不超过3分（满分10分），第二天早上也不比平时更疼，就可以一点点加（Mujika和Padilla 2000；Silbernagel 2007）"
                                  : "worried about losing fitness: cycling and swimming keep most of your aerobic fitness, and a few weeks away from running cost little; running comes back by the pain it leaves: no more than 3 out of 10 during it and no worse the next morning, then a little more each time (Mujika and Padilla 2000; Silbernagel et al. 2007)")
                               : (z ? "你怕体力掉：几天轻松或休息不会掉体能，有氧能力一般停练两三周后才明显下降；休息好了回来练得更好（Mujika和Padilla 2000）"
                                    : "worried about losing fitness: a few easy or rest days cost none; aerobic fitness drops noticeably only after two or three weeks without training, and you come back fresher (Mujika and Padilla 2000)"));
    }
    /* resting for an illness (a fever, below the neck) and worried about
     * the progress: a week off costs little, and the way back starts a step
     * behind (Mujika and Padilla 2000; the neck check's return) */
    if ((nr->fitness_fear || nr->gains_fear) && r->emergency && !(in->flags & (MR_SYM_CHEST_PAIN | MR_SYM_DIZZINESS |
                                                                               MR_SYM_BREATH | MR_SYM_PALPITATIONS |
                                                                               MR_SYM_PREG_WARNING)) &&
        (in->flags & (MR_SYM_FEVER | MR_SYM_ILLNESS)))
        reason(r, "%s", z ? "你怕前面的进度白费：病中休息几天到一周，体能几乎不掉；退烧（不靠退烧药）一两天后再练，从上一个练完的阶段重复一次，再接着往下（Mujika和Padilla 2000）"
                          : "worried about losing your progress: a few days to a week off for an illness barely dents fitness; once you have been free of fever for a day or two without fever medicine, repeat the last stage you completed and carry on from there (Mujika and Padilla 2000)");
    if (nr->gains_fear && !r->emergency)
        /* strength and muscle hold for weeks without training (Mujika and
         * Padilla 2000: losses begin after about three weeks) */
        reason(r, "%s", z ? "怕掉肌肉：几天不练不会掉力量和肌肉，一般停练三周左右才开始下降；睡够、吃够蛋白质，休息回来练得更好（Mujika和Padilla，2000）"
                          : "worried about losing gains: a few days off cost no strength or muscle; losses begin after about three weeks without training, so sleep and enough protein now, and you come back stronger (Mujika and Padilla 2000)");
    /* back pain that lasts, feared as damage: hurt is not harm, moving is the
     * treatment and bed rest slows recovery (NICE NG59, 2016; Foster et al.,
     * Lancet 2018); the red flags said, so the fear has its answer */
    if (nr->trek_asked && !r->emergency) {
        /* training for a trek: stairs and hills carry it, built ~10% a week;
         * the altitude itself is met by a slow ascent (WMS, Luks et al. 2019) */
        int months = nr->trek_month && p->month ? (nr->trek_month - p->month + 12) % 12 : 0;
        char left[64] = "";
        if (months > 0) snprintf(left, sizeof left, z ? "离出发还有约%d个月，" : "with about %d months to go, ", months);
        if (nr->trek_asked == 1)
            reason(r, z ? "你问爬楼梯能不能练出来：能，楼梯是你身边最好的“山”。%s逐步做到每周2-3次、每次连续爬30-45分钟（上下都练：下楼练的是下山时的腿），后期背上日常的背包；周末再加一次2-4小时的长走；每周总量加约10%%。海拔本身在家练不出来：上山时慢慢走、安排适应日，才能防高原反应（美国荒野医学会2019）"
                        : "you asked whether stairs can get you ready: yes, they are the best hill you have: %sbuild to 2-3 stair sessions a week of 30-45 minutes of steady climbing (up and down: the way down trains your legs for the descent), later with your daypack on, plus one long walk of 2-4 hours at the weekend, adding about 10%% a week. The altitude itself cannot be trained at home: a slow pace on the mountain and the acclimatisation days are what prevent altitude sickness (Wilderness Medical Society 2019)",
                   left);
        else
            reason(r, z ? "你问这个目标现不现实：现实，%s前提是一步步来。大多数天都走路，慢慢加到每次60分钟；从现在起每周2次加上坡或爬楼梯，每周加约10%%；当天按自己的节奏、需要就停下歇，上坡路段量力而行（ACSM 2009）"
                        : "you asked whether it is realistic: yes, %sif you build up steadily. Walk on most days, lengthening toward 60 minutes; add hills or stairs twice a week from now, about 10%% more each week; on the day, go at your own pace and stop as often as you need (ACSM 2009)",
                   left);
        if ((in->flags & (MR_COND_HEART | MR_COND_PREGNANCY)) || p->age >= 65)
            reason(r, "%s", z ? "有心脏病、怀孕或65岁以上，出发前先请医生评估，尤其是要上高海拔的话"
                              : "with heart disease, a pregnancy or at 65 and over, see your doctor before the trip, above all one that goes high");
    }
    if (nr->quiet_home && !r->emergency && r->activity != MR_ACT_REST && r->activity != MR_ACT_SWIM &&
        r->activity != MR_ACT_CYCLE)
        /* at home above neighbours: the same work without a sound, low impact */
        reason(r, "%s", z ? "楼下怕吵：在家练就选不跳、落地无声的动作：深蹲、弓步、臀桥、跪姿或扶墙俯卧撑、弹力带或水瓶划船和推举、平板支撑，原地踏步代替开合跳和跳绳；组间少休息，心率一样能上来"
                          : "neighbours below: at home, choose moves that land without a thud: squats, lunges, glute bridges, knee or wall push-ups, band or water-bottle rows and presses, planks, and marching on the spot instead of hops or skipping; short rests between sets keep the heart rate up just as well");
    if (nr->back_bike && !r->emergency)
        /* riding with a back that has hurt: the bike set up to keep the
         * spine neutral, the core trained, the nerve signs that end the ride
         * (NICE NG59; bike fit as in Bini et al. 2011) */
        reason(r, "%s", z ? "你问骑车会不会伤腰：一般不会，骑车对腰的冲击小。把座椅调到脚踩到最低点时膝盖微弯，车把别调太低，骑的时候背自然伸直、不弓背、不耸肩，每20-30分钟起身活动一下；每周加2-3次核心练习（鸟狗式、死虫式、臀桥）。出现腿麻或放射到腿的疼、腿没劲、大小便异常，停下并就医（NICE NG59）"
                          : "you asked whether riding will hurt your back: usually not; cycling puts little impact through it. Set the saddle so the knee stays slightly bent at the bottom of the stroke, keep the bars not too low, ride with a long, relaxed back rather than hunched, and stand up every 20-30 minutes; add core work (bird-dog, dead bug, bridges) 2-3 times a week. Numbness or pain running down a leg, a weak leg, or trouble with bladder or bowels: stop and see a doctor (NICE NG59)");
    if (nr->back_fear && !r->emergency)
        reason(r, "%s", z ? "你怕动了会把腰弄坏：持续的腰痛很少是损伤在加重，疼不等于伤；医生查过没有神经问题，弯腰时有点疼也是安全的。卧床会让它好得更慢，保持活动、每天走一走、逐步加量才是治疗（NICE NG59 2016）。如果出现会阴或大腿内侧发麻、大小便控制不住或排尿困难、腿越来越没劲，立即去急诊"
                          : "you are afraid moving will damage your back: back pain that lasts is very rarely damage getting worse, and hurt does not mean harm; bending with some pain is safe. Bed rest slows recovery; staying active, walking every day and building up step by step is the treatment (NICE NG59 2016). Numbness around the saddle area or inner thighs, trouble controlling or passing urine or stools, or legs getting weaker: go to an emergency department now");
    if (nr->pain_myth)
        reason(r, "%s", z ? "“不痛不长”是误区：喘、累、肌肉酸是练到了，疼不是；关节疼、刺痛或越练越疼就停下（ACSM）"
                          : "the idea that it has to hurt to work is a myth: breathing hard, tired, working muscles, yes; pain, no. Joint pain, sharp pain or pain that grows as you go means stop (ACSM)");
    if (nr->hr_asked >= 0 && !r->emergency && is_beta_blocked(r))
        /* a beta-blocker caps the heart rate: effort by feel (ACSM) */
        reason(r, "%s", z ? "你问的心率：β受体阻滞剂（如倍他乐克）会让心率升不上去，所以心率达不到网上说的数字不代表练得不够，也不要为了追心率走得更快；按自我感觉来：RPE 11-13，能说整句话、微微喘，就是合适的强度（ACSM）"
                          : "you asked about your heart rate: a beta-blocker keeps it low, so not reaching the numbers you read about does not mean the exercise is too easy, and do not push harder to chase them; go by feel: RPE 11-13, able to talk in full sentences while breathing a little harder, is the right effort (ACSM)");
    else if (nr->hr_rise && !r->emergency)
        /* a morning rate up 5 or more on the usual: fatigue, illness or overreaching (Buchheit 2014) */
        reason(r, z ? "你写的晨起心率比平时高%d次：连续几天高出5次以上，常见于疲劳累积、快生病或训练过度；今天轻松或休息，等心率回到平时水平再上强度；如果伴有发烧、胸痛、心慌或持续不降，请看医生"
                    : "your morning heart rate is %d above your usual: several days 5 or more above it is a common sign of accumulated fatigue, an illness coming or overreaching; easy or rest until it is back to your usual before any hard session, and see a doctor if it comes with a fever, chest pain or palpitations, or stays up",
               nr->hr_rise);
    else if (nr->fatburn_asked && !r->emergency) {
        /* easy work takes a larger share of its energy from fat, harder work
         * more energy in all; weight loss follows the week's total (ACSM 2009
         * position stand on weight loss: 150-250+ minutes a week) */
        int max = (int)lroundf(mr_kb_hrmax_tanaka(in->age));
        int own = r->hr_lo > 0 && r->intensity == MR_MODERATE; /* the card's own zone when it is moderate */
        int lo = own ? r->hr_lo : (int)lroundf(max * 0.64f), hi = own ? r->hr_hi : (int)lroundf(max * 0.76f);
        reason(r, z ? "你问的“燃脂心率”：强度低时消耗的能量里脂肪占的比例高，但强度高一些时总消耗更多；减重看的是一周的总量（每周150-250分钟以上中等强度，ACSM 2009），不用守着某个心率不敢超过。你的中等强度大约是%d-%d次/分（最大心率约%d，208-0.7×年龄；220-年龄只是粗估）"
                    : "you asked about the \"fat-burning zone\": easy work takes a larger share of its energy from fat, but harder work burns more in total, and weight loss follows the week's total (150-250+ minutes of moderate activity a week, ACSM 2009), so there is no line you must never cross. Moderate for you is about %d-%d bpm (maximum about %d, from 208 - 0.7 x age; 220 - age is only a rough guess)",
               lo, hi, max);
    } else if (nr->hr_asked == 0 && (nr->notes2 & MR_NOTE2_PANIC) && !r->emergency)
        /* the racing heart of exercise is the body's expected answer; a panic
         * feels the same, so the rise is taken slowly and named (WHO 2020:
         * activity eases anxiety) */
        reason(r, "%s", z ? "你问运动时心跳加快会不会慌：运动时心跳快、出汗、喘是身体正常的反应，和惊恐发作的感觉很像，但这是该有的。热身10分钟，强度一点点往上加（RPE 11-13开始），心跳上来时对自己说“这是运动的心跳”；觉得要慌了就放慢、慢呼吸（吸气4秒、呼气6秒），别马上停下走开。几周下来身体会习惯，焦虑也常会减轻"
                          : "you asked about your heart rate going up: a faster heart, sweat and harder breathing are the body's expected answer to exercise, and feel much like a panic, but here they are meant to happen. Warm up for 10 minutes, raise the effort a step at a time (start at RPE 11-13), and name it when it climbs (\"this is my workout heart\"); if panic builds, slow down and breathe slowly (in for 4, out for 6) rather than stopping and leaving. Over a few weeks the body gets used to it, and anxiety often eases too");
    else if (nr->hr_asked > 0 && nr->hr_asked <= 60 && !r->emergency && !resting_hr_up(p)) /* (a rise has its own line) */
        /* a low resting rate in the trained (athlete's heart; ESC 2020 sports cardiology) */
        reason(r, z ? "你问的心率%d：耐力训练多的人静息心率在40-60次/分很常见，是心脏变强的表现；只有伴随头晕、晕倒、异常疲劳或气短时才需要看医生"
                    : "you asked about a heart rate of %d: a resting rate of 40-60 is common in people who do a lot of endurance training, a sign of a stronger heart; it needs a doctor only with dizziness, fainting, unusual tiredness or breathlessness",
               nr->hr_asked);
    else if (nr->hr_asked >= 150 && !r->emergency) {
        /* near-maximal rates in all-out efforts are expected; symptoms are what matter (Tanaka 2001; ACSM) */
        int max = (int)lroundf(mr_kb_hrmax_tanaka(in->age));
        if (nr->hr_asked <= max + 10)
            reason(r, z ? "你问的心率%d：你的最大心率估计约%d次/分（208-0.7×年龄），冲刺、全力跑时到最大心率的90-100%%是正常的，只要你感觉良好。如果伴有胸痛、头晕、眼前发黑、晕倒，或休息几分钟后心跳仍很快或不齐，请停下并就医"
                        : "you asked about %d bpm: your estimated maximum is about %d (208 - 0.7 x age), and 90-100%% of it in all-out sprints is normal when you feel fine. Chest pain, dizziness, blacking out or fainting, or a racing or irregular heart that does not settle within a few minutes of rest, mean stop and see a doctor",
                   nr->hr_asked, max);
        else
            reason(r, z ? "你问的心率%d：比你的估计最大心率（约%d次/分）高不少。手表在冲刺时常把步频当成心率，可以用胸带复测；如果确实这么高，或伴有胸痛、头晕、心慌，请去看医生"
                        : "you asked about %d bpm: well above your estimated maximum (about %d). Wrist watches often lock onto your cadence in sprints, so check with a chest strap; if it is real, or comes with chest pain, dizziness or palpitations, see a doctor",
                   nr->hr_asked, max);
    }
    /* the answers (at most three lines) lead */
    int m = r->n_reasons - first;
    char lines[3][sizeof r->reasons[0]];
    if (m <= 0 || m > 3) return;
    memcpy(lines, r->reasons[first], (size_t)m * sizeof r->reasons[0]);
    memmove(r->reasons[m], r->reasons[0], (size_t)first * sizeof r->reasons[0]);
    memcpy(r->reasons[0], lines, (size_t)m * sizeof r->reasons[0]);
}

/* A note typed by a relative or carer: the card speaks to the person it is
 * about, so the first line says so and whom "you" means. */
/* Open a slot for a reason at line at (the lines from there move down; the
 * last gives way when the card is full) and return it. */
static char *insert_reason(mr_recommendation *r, int at) {
    if (r->n_reasons >= MR_ADV_MAX_LINES) r->n_reasons = MR_ADV_MAX_LINES - 1;
    if (at > r->n_reasons) at = r->n_reasons;
    memmove(r->reasons[at + 1], r->reasons[at], (size_t)(r->n_reasons - at) * sizeof r->reasons[0]);
    r->n_reasons++;
    return r->reasons[at];
}

static void proxy_reason(mr_recommendation *r, const mr_notes *nr) {
    int z = zh(r), w = nr->proxy_who;
    /* her: mum, grandmother, wife, daughter (9: "she" said); him: dad,
     * grandfather, husband, son (10: "he") */
    const char *who = mr_notes_proxy_name(w, z);
    int her = w == 0 || w == 2 || w == 5 || w == 7 || w == 9, him = w == 1 || w == 3 || w == 4 || w == 6 || w == 10;
    const char *pron = her ? "her" : him ? "him" : "them";
    const char *pz = her ? "她" : him ? "他" : "他/她";
    char *line = insert_reason(r, 0);
    if (z)
        snprintf(line, sizeof r->reasons[0], "这条是替%s写的：卡片上的“你”指的是%s，请和%s一起看，警示也是给%s的",
                 *who ? who : "家人", w >= 0 ? pz : "被照顾的那一位", pz, pz);
    else
        snprintf(line, sizeof r->reasons[0],
                 "typed for %s: \"you\" on this card means %s; go through it with %s, and the warnings are %s",
                 *who ? who : "someone else", w >= 0 ? pron : "the person the note is about", pron,
                 !strcmp(pron, "her") ? "hers" : !strcmp(pron, "him") ? "his" : "theirs");
}

/* The writer's general questions answered first where no line answers them
 * by name: whether resting is better, whether it is safe, how to start, how
 * much. An expert answers the question asked before the rest of the card;
 * the answer is today's card said plainly, with the why for this person. */
/* The race a goal names ("Valencia marathon 6 Dec", "Taupo 160 under 5
 * hours", "第一次半馬完賽") and the notes date: by the goal's own name and
 * a day ("Taupo 160 on sat", "Signed up for Valencia on the 6th dec"), or a
 * date in the goal or the notes. A date, which the profile's clock turns
 * into days, outranks a weekday that may belong to a training run; within
 * two weeks it is the taper (Mujika and Padilla 2003), further off it is not. */
static void goal_race(const mr_profile *p, mr_notes *nr) {
    static const char *const race_kind[] = {"marathon", "half", "10k", "5k", "race", "sportive", "fondo", "century", "triathlon",
                                            "ultra", "ironman", "km", "mile", "miles", "under", "sub", "马", "馬", "比赛", "比賽",
                                            "公里", "骑行赛", NULL};
    int goal_race_said = p->goal[0] && text_says(p->goal, race_kind);
    /* the goal's name: its first word of four letters or more ("Taupo", "Valencia") */
    char name[32] = "";
    if (goal_race_said) {
        const char *g = p->goal;
        while (*g && !isalpha((unsigned char)*g)) g++;
        size_t l = 0;
        while (isalpha((unsigned char)g[l]) && l < sizeof name - 1) l++;
        static const char *const common[] = {"first", "finish", "complete", "run", "running", "ride", "cycle", "train", "training",
                                             "marathon", "half", "race", "sub", "under", "get", "my", "the", "a", "to", "do",
                                             "pass", "lose", "beat", "break", "improve", NULL};
        if (l >= 4) {
            snprintf(name, sizeof name, "%.*s", (int)l, g);
            for (int k = 0; common[k]; k++)
                if (!strcasecmp(name, common[k])) name[0] = 0;
        }
    }
    const char *at = name[0] ? strcasestr(p->notes, name) : NULL;
    if (at) {
        /* the rest of its sentence: the day and the date said with it */
        char sent[256];
        size_t l = strcspn(at, ".!?\n。！？");
        snprintf(sent, sizeof sent, "%.*s", (int)(l < sizeof sent ? l : sizeof sent - 1), at);
        for (char *c = sent; *c; c++) *c = (char)tolower((unsigned char)*c);
        static const struct { const char *w; int d; } wd[] = {
            {"sunday", 0}, {"sun", 0}, {"monday", 1}, {"mon", 1}, {"tuesday", 2}, {"tues", 2}, {"tue", 2}, {"wednesday", 3},
            {"wed", 3}, {"thursday", 4}, {"thurs", 4}, {"thu", 4}, {"friday", 5}, {"fri", 5}, {"saturday", 6}, {"sat", 6}};
        /* (its own clause: "Taupo 160 on sat, ... last yr"; not "went", "last sat" or "next sat") */
        char cl[256];
        snprintf(cl, sizeof cl, "%.*s", (int)strcspn(sent, ",;，；"), sent);
        if (!strstr(cl, " went ") && !strstr(cl, "ago"))
            for (size_t k = 0; k < sizeof wd / sizeof wd[0] && nr->race_wday < 0; k++) {
                const char *w = strstr(cl, wd[k].w);
                size_t n = strlen(wd[k].w);
                if (w && (w == cl || !isalpha((unsigned char)w[-1])) && !isalpha((unsigned char)w[n]) &&
                    !(w - cl >= 5 && (!strncmp(w - 5, "next ", 5) || !strncmp(w - 5, "last ", 5))))
                    nr->race_wday = wd[k].d;
            }
        if (!nr->race_month) nr->race_month = mr_notes_month_said(sent, &nr->race_mday);
        nr->race_ahead = 1;
    }
    if (goal_race_said && !nr->race_month) { /* "Valencia marathon 6 Dec" */
        char g[sizeof p->goal];
        snprintf(g, sizeof g, "%s", p->goal);
        for (char *c = g; *c; c++) *c = (char)tolower((unsigned char)*c);
        nr->race_month = mr_notes_month_said(g, &nr->race_mday);
        if (nr->race_month) nr->race_ahead = 1;
    }
    if (goal_race_said && (at || nr->race_ahead)) {
        if (text_says(p->goal, (const char *const[]){"half", "半", "21k", "21 k", NULL})) nr->race_half = 1, nr->race_short = 0;
        else if (text_says(p->goal, (const char *const[]){"10k", "5k", "10 k", "5 k", "10公里", "5公里", "十公里", NULL}))
            nr->race_short = 1;
    }
    if (!nr->race_ahead || !p->month) return;
    int days = -1;
    if (nr->race_month && nr->race_mday) {
        days = day_of_year(nr->race_month, nr->race_mday) - day_of_year(p->month, p->mday);
        if (days < -60) days += 365; /* (December's race said in November is ahead; January's said in December too) */
        if (days < 0) return;        /* a date gone by: a race run, read elsewhere */
        nr->race_in = days;
        nr->race_wday = p->wday >= 0 ? (p->wday + days) % 7 : -1;
    } else if (nr->race_wday >= 0 && p->wday >= 0 && nr->race_in < 0) {
        days = (nr->race_wday - p->wday + 7) % 7;
    }
    if (days >= 1 && days <= 14) nr->notes |= MR_NOTE_TAPER;
    else if (days > 14) nr->notes &= ~(unsigned)MR_NOTE_TAPER;
}

/* A question whose answer is a doctor's check or a danger of its own,
 * first on the card: aching muscles on a statin, a swim in cold open water. */
static void answer_checks(mr_recommendation *r, const mr_profile *p) {
    const mr_notes *nr = &r->read;
    int z = zh(r);
    if (nr->statin_ache && !r->emergency)
        /* muscle symptoms on a statin (ACC/AHA 2018; NLA 2022): checked,
         * not put down to the walking; the dose is the doctor's to change */
        snprintf(insert_reason(r, 0), sizeof r->reasons[0], "%s", z ? "你问腿酸是不是走路走多了：不一定。你在吃他汀、最近加了量或换了药，两边腿酸了几个星期：这可能是他汀引起的肌肉症状，不一定是走路走多了。别自己停药，也不用停走路：这周找医生说一下，查个肌酸激酶（CK），医生可能会调整剂量或换药。如果肌肉明显无力、疼得厉害，或者尿变成茶色、可乐色，当天就去医院（可能是横纹肌溶解）。在那之前照常轻松走，不加量，不做很累的腿部训练"
                          : "you asked whether the walking made your legs ache: not necessarily. Aching in both legs for weeks on a statin, after the dose went up or the drug changed, can be the statin's muscle side effect rather than the walking. Don't stop the tablet yourself and there is no need to stop walking: tell your doctor this week and ask for a CK blood test; the dose or the statin may be changed. Marked weakness, severe pain, or urine the colour of tea or cola: hospital the same day (rhabdomyolysis). Until then keep the walks easy, add no volume and leave out hard leg training");
    if (nr->cold_water && !r->emergency) {
        /* cold-water immersion: the first minute's gasp and the jump in blood
         * pressure and heart rate are what endanger (cold shock; Tipton et
         * al. 2017; RNLI); asthma and heart disease add bronchospasm and
         * arrhythmia */
        int risk = (p->flags & (MR_COND_HEART | MR_COND_HYPERTENSION | MR_COND_ASTHMA)) != 0;
        snprintf(insert_reason(r, 0), sizeof r->reasons[0], "%s%s", risk ? (z ? "你问的冷水游泳：先问医生。冷水一下身会让人猛吸一口气、血压和心率突然升高（冷休克），高血压、心脏病和哮喘都更容易出事。"
                                    : "you asked about the cold-water swim: ask your GP first. Getting into cold water makes you gasp and drives blood pressure and heart rate up at once (cold shock), which is riskier with high blood pressure, heart disease or asthma. ")
                               : (z ? "你问的冷水游泳：冷水一下身会让人猛吸一口气、血压和心率突然升高（冷休克），这是最危险的一两分钟。"
                                    : "you asked about the cold-water swim: getting into cold water makes you gasp and drives blood pressure and heart rate up at once (cold shock); the first minute or two are the dangerous ones. "),
               z ? "医生同意的话：一定结伴，慢慢下水、先呼气，别跳下去、别把头先扎进去；前几次只泡2-5分钟、靠近岸边，开始发抖、手脚发麻就上岸；上岸后马上擦干、穿暖、喝热饮，慢慢暖回来；有哮喘的把急救吸入剂放在岸边（RNLI；Tipton等，2017）"
                 : "if you go: never alone; walk in slowly breathing out, no jumping or diving in; stay in for 2-5 minutes the first few times, close to the shore, and get out as soon as you shiver or your hands go numb; then dry off, dress warmly and have a hot drink, rewarming gradually; with asthma, your reliever inhaler on the shore (RNLI; Tipton et al. 2017)");
    }
}

/* Weeks said in the text ("8个礼拜以后", "in 10 weeks", "三个月后"), the
 * smallest; -1 none. Months count as 4 weeks. */
static int weeks_said(const char *t) {
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", NULL};
    int best = -1;
    for (const char *c = t; *c; c++) {
        int v = -1;
        char *e = (char *)c;
        if (isdigit((unsigned char)*c) && (c == t || !isdigit((unsigned char)c[-1]))) v = (int)strtol(c, &e, 10);
        else
            for (int k = 0; cn[k] && v < 0; k++)
                if (!strncmp(c, cn[k], 3)) { v = k + 1; e = (char *)c + 3; }
        if (v <= 0 || v > 60) continue;
        while (*e == ' ') e++;
        if (!strncmp(e, "个", 3) || !strncmp(e, "個", 3)) e += 3;
        int w = !strncmp(e, "周", 3) || !strncmp(e, "週", 3) || !strncmp(e, "礼拜", 6) || !strncmp(e, "禮拜", 6) ||
                !strncmp(e, "星期", 6) || !strncasecmp(e, "week", 4) || !strncasecmp(e, "wk", 2) ? v
              : !strncmp(e, "月", 3) || !strncasecmp(e, "month", 5) ? v * 4 : -1;
        if (w > 0 && (best < 0 || w < best)) best = w;
    }
    return best;
}

/* A marathon or a half a few weeks away for someone who does not run yet
 * ("儿子给我报了全马，8个礼拜以后"): not realistic, and why. A first marathon
 * is commonly built over 16-20 weeks from a base of easy running that
 * already covers a half; a half over 10-12 from regular running; jumps in
 * load are what injure (ACSM progression; Gabbett 2016). */
static void race_realism(mr_recommendation *r, const mr_profile *p) {
    if (r->emergency) return;
    char text[sizeof p->goal + sizeof p->notes + 2];
    snprintf(text, sizeof text, "%s %s", p->goal, p->notes); /* (text_says ignores case) */
    int half = text_says(text, (const char *const[]){"半马", "半程", "half marathon", "half-marathon", "21公里", "21k", NULL});
    int full = !half && text_says(text, (const char *const[]){"全马", "全程马拉松", "马拉松", "marathon", "42公里", NULL});
    if (!half && !full) return;
    int weeks = weeks_said(text);
    int ran = 0;
    for (int i = 0; i < p->n_history; i++) ran |= p->history[i].activity == MR_ACT_RUN && p->history[i].days_ago < 28;
    int never = text_says(text, (const char *const[]){"没跑过", "没有跑过", "从来不跑", "从没跑", "不跑步", "never run", "never ran",
                                                       "don't run", "dont run", "not a runner", "never been a runner", "couch", NULL});
    if (weeks < 0 || ran || !(never || p->fitness == MR_FIT_BEGINNER) || weeks >= (full ? 16 : 10)) return;
    int z = zh(r), knee = (r->text_flags | p->flags) & MR_COND_KNEE;
    snprintf(insert_reason(r, 0), sizeof r->reasons[0], z ? "你说的%s，%d周后就跑：来不及。从不跑步到跑完%s，一般要先%s，再用%s周的计划慢慢加长距离；%d周硬练，%s都扛不住，最容易受伤。这次改成走完或走跑交替一个5公里，%s放到以后，每周加量不超过10%%；今天按上面的量来，不跑长距离（Gabbett 2016）"
                : "the %s in %d weeks: not realistic. From no running to a %s usually takes %s first, then a %s-week plan that lengthens the long run step by step; forcing it into %d weeks is more than %s can take, and is how injuries happen. Make this one a walk or a walk-jog 5K, keep the %s for later, and add no more than 10%% a week; today, the amount above and no long run (Gabbett 2016)",
           z ? (full ? "全马" : "半马") : (full ? "marathon" : "half marathon"), weeks,
           z ? (full ? "全马" : "半马") : (full ? "marathon" : "half marathon"),
           z ? (full ? "能轻松跑完半马" : "能连续轻松跑30-40分钟") : (full ? "being able to run a half comfortably" : "running 30-40 minutes comfortably"),
           full ? "16-20" : "10-12", weeks,
           z ? (knee ? "膝盖和心肺" : "骨头、肌腱和心肺") : (knee ? "your knees and your heart and lungs" : "bones, tendons, heart and lungs"),
           z ? (full ? "全马" : "半马") : (full ? "marathon" : "half"));
}

/* A game, a match or the team's training named in the notes. */
static const char *const sport_w[] = {"training tonight", "training today", "practice tonight", "practice today", "match", "game",
                                      "play", "训练", "比赛", "练球", "打比赛", "上场", NULL};

static void answer_general(mr_recommendation *r, const mr_safety_in *in, const mr_profile *p) {
    int age = p->age;
    const mr_notes *nr = &r->read;
    unsigned ask = nr->ask;
    if (r->emergency) return;
    /* a line that answers by name answers whether to rest and whether it is
     * safe; an activity asked about ("can I walk?") leaves how to start and
     * how much to the general answer */
    for (int i = 0; i < r->n_reasons; i++)
        if (mr_reason_is_answer(r->reasons[i]) &&
            /* (the stock "X suits today better" answers no question of resting: "能不能等开学再说") */
            !strstr(r->reasons[i], stock_answer_en) && !strstr(r->reasons[i], stock_answer_zh))
            ask &= ~(unsigned)(MR_ASK_REST | MR_ASK_SAFE |
                               (nr->asked >= 0 ? 0 : MR_ASK_START | MR_ASK_HOW_MUCH | MR_ASK_ADVICE));
    /* (with osteoporosis, whether to stop exercising is the question the card
     * turns on, answered whatever activity was named with it) */
    if ((nr->ask & MR_ASK_REST) && (nr->notes & MR_NOTE_OSTEOPOROSIS)) ask |= MR_ASK_REST;
    /* the fears and the family's urging have their own answers */
    if (nr->oa_asked || nr->back_fear || nr->doms_asked || nr->fitness_fear || nr->gains_fear || nr->others_say == 1)
        ask &= ~(unsigned)MR_ASK_REST;
    if (nr->others_say == 1) ask &= ~(unsigned)MR_ASK_SAFE;
    if (nr->cold_water) ask &= ~(unsigned)(MR_ASK_SAFE | MR_ASK_HOW_MUCH); /* (the swim's own answer) */
    if (nr->statin_ache) ask &= ~(unsigned)MR_ASK_REST;
    if (ask & (MR_ASK_START | MR_ASK_ADVICE)) ask &= ~(unsigned)MR_ASK_HOW_MUCH; /* that answer gives the amounts */
    if (ask & MR_ASK_START) ask &= ~(unsigned)MR_ASK_ADVICE;
    int z = zh(r), rest = r->activity == MR_ACT_REST, at = 0;
    char today[200] = "";
    if (!rest && r->activity == MR_ACT_STRENGTH)
        snprintf(today, sizeof today, z ? "%s%s%d分钟，%d-%d组×%d-%d次" : "%s %s for %d minutes, %d-%d sets of %d-%d reps",
                 mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes, r->strength.sets_lo, r->strength.sets_hi,
                 r->strength.reps_lo, r->strength.reps_hi);
    else if (!rest)
        snprintf(today, sizeof today, z ? "%s%s%d分钟（%s %d-%d）" : "%s %s for %d minutes (%s %d-%d)",
                 mr_card_intensity(r, r->intensity), ACT(r->activity), r->minutes,
                 r->rpe_child ? (z ? "感觉（满分10）" : "effort out of 10:") : "RPE", r->rpe_lo, r->rpe_hi);
    /* the week's guideline to build toward (WHO 2020, by age) */
    const char *goal = age < 18 ? (z ? "每天累计60分钟、以中等到较大强度为主，每周3天加上肌肉和骨骼的练习"
                                     : "an hour a day, mostly moderate to vigorous, with muscle and bone work on 3 days")
                     : age >= 65 ? (z ? "每周150-300分钟中等强度，加2天力量和3天平衡练习"
                                      : "150-300 minutes of moderate activity a week, with strength on 2 days and balance on 3")
                                 : (z ? "每周150-300分钟中等强度，加2天力量练习" : "150-300 minutes of moderate activity a week, with strength on 2 days");
    if (ask & MR_ASK_REST) {
        char *line = insert_reason(r, at++);
        if (rest)
            snprintf(line, sizeof r->reasons[0], "%s", z ? "你问要不要休息：要，今天休息（理由见下）" : "you asked whether to rest: yes, today is a rest day (the reasons below)");
        else if ((nr->notes & MR_NOTE_NO_PERIODS) && p->age < 50)
            /* periods lost or grown rare in training: not stopping, but less
             * training and more food bring them back (IOC consensus 2018) */
            snprintf(line, sizeof r->reasons[0],
                     z ? "你问要不要停练：不用完全停，但要减量、多吃：月经停了或变少，是身体能量跟不上训练的信号；少练一些、不做高强度和长距离，每天吃够主食和蛋白质，月经和排卵才会回来（IOC 2018）。今天%s"
                       : "you asked whether to stop: not altogether, but train less and eat more: periods stopped or grown rare mean the body is short of energy for the training; less of it, no hard or long sessions, and enough carbohydrate and protein every day are what bring periods and ovulation back (IOC consensus 2018). So today %s",
                     today);
        else {
            int joint = in->flags & (MR_COND_KNEE | MR_COND_ANKLE);
            const char *why =
                nr->claudication ? (z ? "腿部动脉变窄，走路本身就是治疗：走到小腿中等程度的酸痛，停下等它过去，再接着走，几周下来能走的距离会变长（AHA/ACC 2016）"
                                      : "with narrowed leg arteries walking is the treatment: walk until the calf ache is moderate, stop until it passes, walk on; over weeks the distance grows (AHA/ACC 2016)")
                /* (a game or training ahead: sport waits until walking is pain-free without a limp and a hop does not hurt) */
                : (r->read.notes & MR_NOTE_ACUTE_SPRAIN) && notes_say(p, sport_w)
                    ? (z ? "新伤头1-3天要保护，之后在不加重疼痛的范围内轻轻活动，比一直休息好得快（PEACE & LOVE，2020）；但今天的训练和比赛先不去：等走路不疼、不跛，单脚轻跳也不疼，再回去（轻度扭伤一般1-2周），缠上绷带硬上容易再扭"
                         : "a fresh injury is protected for the first 1-3 days, then gentle movement within the pain heals it better than rest (PEACE & LOVE, 2020); but not tonight's training or a match yet: sport waits until you walk without pain or a limp and can hop on it without pain (usually 1-2 weeks for a mild sprain), and taping it to play through is how it goes again")
                : (r->read.notes & MR_NOTE_ACUTE_SPRAIN) ? (z ? "新伤头1-3天要保护，之后在不加重疼痛的范围内轻轻活动，比一直休息好得快（PEACE & LOVE，2020）；今天的活动不给伤处加负荷"
                                                              : "a fresh injury is protected for the first 1-3 days, then gentle movement within the pain heals it better than rest (PEACE & LOVE, 2020); today's choice spares it")
                : joint ? (z ? "关节疼的时候一直歇着，关节会更僵，护着它的肌肉也会变弱；在轻微酸痛的范围内活动才是治疗（美国风湿病学会2020）。运动中疼痛不超过3分（满分10），第二天早上能消退就可以；肿起来或疼超过一天，下次就减量"
                             : "resting a sore joint stiffens it and weakens the muscles that carry it; moving within a mild ache is the treatment (ACR/AF 2020). Pain up to 3 of 10 that settles by the next morning is fine; swelling, or pain lasting beyond a day, means do less next time")
                /* osteoporosis feared into stillness: loading keeps bone, balance
                 * work prevents the falls that break it (Royal Osteoporosis
                 * Society 2022 consensus; WHO 2020) */
                : (r->read.notes & MR_NOTE_OSTEOPOROSIS) ? (z ? "骨质疏松更要动：负重运动（走路、爬山）和力量训练帮骨头保住密度，平衡练习减少跌倒，而跌倒才是骨折的主要原因；避免的是负重弯腰和大幅扭腰（弯腰搬重物、仰卧起坐），不是运动本身（英国皇家骨质疏松学会2022）"
                                                              : "with osteoporosis moving matters more, not less: weight-bearing exercise (walking, hiking) and strength work keep bone, and balance work prevents the falls that actually break bones; what to avoid is loaded bending and twisting (lifting from a stoop, sit-ups), not exercise (Royal Osteoporosis Society 2022)")
                : (in->flags & MR_COND_BACK) ? (z ? "腰痛时卧床会好得更慢，保持活动、逐步加量才是治疗（NICE NG59）"
                                                  : "lying up slows a back's recovery; staying active and building up is the treatment (NICE NG59)")
                : (r->read.notes & MR_NOTE_LOWER_WORKED) ? (z ? "轻松活动比坐着不动更快缓解练后的酸痛" : "light movement eases training soreness sooner than sitting still")
                /* a reading low or near it: the point is to go in fuelled, not to bring it down */
                : (in->flags & MR_COND_DIABETES) && in->glucose > 0 && in->glucose < 126
                    ? (z ? "先补好能量再练就能防低血糖：先吃15-30克碳水，等复测到了100（5.6 mmol/l）以上、还在往上走再开始，随身带糖片，前15分钟放轻松，练中测一次；低于70就停下来先处理（ADA 2016）"
                         : "going in fuelled is what prevents a low: take 15-30 g of carbohydrate now, start once a recheck reads above about 100 mg/dl (5.6 mmol/l) and rising, keep glucose tablets with you, go easier for the first 15 minutes and check midway; below 70, stop and treat it first (ADA 2016)")
                : (in->flags & MR_COND_DIABETES) ? (z ? "规律运动本身就是糖尿病治疗的一部分，饭后走一走降血糖最明显（ADA 2016）"
                                                      : "regular activity is part of treating diabetes, and a walk after a meal brings glucose down best (ADA 2016)")
                : ((in->flags & MR_COND_HYPERTENSION) || in->bp_sys >= 130) ? (z ? "规律的有氧运动本身就是治疗，能让血压降低约5-7 mmHg（ACSM）"
                                                          : "regular aerobic activity is part of the treatment, lowering blood pressure by about 5-7 mmHg (ACSM)")
                : (in->flags & MR_COND_HEART) ? (z ? "对心脏病来说，规律、适量的运动本身就是治疗（心脏康复，AHA/AACVPR）"
                                                   : "with heart disease, regular moderate activity is part of the treatment (cardiac rehabilitation, AHA/AACVPR)")
                /* a young person out of shape after a break: it comes back quickly, waiting only lengthens it */
                : age < 18 ? (z ? "停了一段时间，体能下降很正常，不用等：从今天这样轻松的量开始，两三周规律地动，体能就会慢慢恢复，越等越难开始（WHO 2020）"
                                : "losing fitness over a break is normal and no reason to wait: start with an easy amount like today's, and two or three weeks of regular activity bring it back; waiting only makes starting harder (WHO 2020)")
                : r->mood == MR_MOOD_NEGATIVE || r->mood == MR_MOOD_TIRED || r->mood == MR_MOOD_STRESSED
                    ? (z ? "累或心情不好的时候，轻松动一动通常比躺着更能提起精神和心情（WHO 2020）"
                         : "when you are tired or low, a gentle session usually lifts energy and mood more than resting does (WHO 2020)")
                    : (z ? "动一点总比不动好，今天的量是按你的情况定的（WHO 2020）" : "some activity is better than none, and today's amount is set for you (WHO 2020)");
            /* asked whether it is safe too: said here, not on a second line */
            const char *safe = !(ask & MR_ASK_SAFE) ? ""
                               : z ? (r->n_warnings ? "，按这个量、留意卡上的提醒，是安全的" : "，按这个量是安全的")
                                   : (r->n_warnings ? ", which is safe at this amount, minding the warnings on this card" : ", which is safe at this amount");
            ask &= ~(unsigned)MR_ASK_SAFE;
            snprintf(line, sizeof r->reasons[0],
                     z ? "你问是不是休息更好：不是，不用停下来。%s。今天%s%s；如果觉得生病、发烧，或者疼得尖锐、越来越重，就改成休息"
                       : "you asked whether resting is better: no, and no need to stop: %s. So today %s%s; rest instead if you feel ill or feverish, or a pain turns sharp or keeps growing",
                     why, today, safe);
        }
    }
    if (ask & MR_ASK_SAFE) {
        char *line = insert_reason(r, at++);
        if (rest)
            snprintf(line, sizeof r->reasons[0], "%s", z ? "你问安不安全：今天先不练，休息（理由见下）" : "you asked whether it is safe: not today; rest (the reasons below)");
        else
            snprintf(line, sizeof r->reasons[0],
                     z ? "你问安不安全：按今天的量是安全的（%s）%s；出现胸痛胸闷、和用力不相称的气喘、头晕或心慌，马上停下"
                       : "you asked whether it is safe: yes, at today's amount (%s)%s; stop at once for chest pain or pressure, breathlessness out of proportion, dizziness or a racing heart",
                     today, r->n_warnings ? (z ? "，并注意卡上的提醒" : ", minding the warnings on this card") : "");
    }
    /* the dose and progression questions a coach answers every day */
    int runs = notes_say(p, (const char *const[]){"run", "jog", "c25k", "couch to 5k", "parkrun", "跑步", "慢跑", "跑", NULL});
    int lifts = notes_say(p, (const char *const[]){"weights", "lift", "gym", "strength", "力量", "重训", "重訓", "撸铁", "举铁",
                                                   "健身房", "卧推", "深蹲", "硬拉", "分化", "全身训练", NULL}) ||
                ((p->preferences >> MR_ACT_STRENGTH) & 1);
    /* something sore now, as the reader placed it (not "没有哪里疼") */
    int sore = nr->n_unsure > nr->n_explained || (in->flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK)) ||
               (nr->notes & (MR_NOTE_LOWER_BODY | MR_NOTE_LOWER_WORKED | MR_NOTE_STRAIN | MR_NOTE_HEEL));
    static const char *const sports[] = {"羽毛球", "网球", "篮球", "足球", "乒乓球", "匹克球", "badminton", "tennis", "basketball",
                                         "football", "soccer", "pickleball", "squash", "golf", NULL};
    const char *sport = NULL;
    for (int k = 0; sports[k] && !sport; k++)
        if (strcasestr(p->notes, sports[k])) sport = sports[k];
    if ((ask & MR_ASK_IN_A_ROW) && at < 3) {
        char *line = insert_reason(r, at++);
        if (runs && (p->fitness <= MR_FIT_BEGINNER || sore))
            /* bone and tendon adapt more slowly than the heart and lungs; a
             * beginner's runs on alternate days (the NHS Couch to 5K rule) */
            snprintf(line, sizeof r->reasons[0], "%s",
                     z ? "你问能不能连着几天跑：刚开始跑的这几个月先不要。心肺适应得快，骨头和肌腱（小腿胫骨）慢，连着跑最容易出胫骨疼和应力性损伤：一周3次，中间隔一天，休息日可以走路、骑车或拉伸；小腿酸痛是该放慢的信号"
                       : "you asked about running days in a row: not yet. The heart and lungs adapt faster than the bones and tendons, and runs on consecutive days are what bring on shin pain and stress injuries: 3 runs a week with a day between (the Couch to 5K rule), walking, cycling or stretching on the days between; achy shins are the sign to ease off");
        else if (lifts && !runs)
            snprintf(line, sizeof r->reasons[0], "%s",
                     z ? "你问能不能连着练：可以，但同一部位要隔48小时左右（ACSM）：连着两天就练不同的部位，比如一天上肢、一天下肢"
                       : "you asked about days in a row: fine, as long as the same muscles get about 48 hours (ACSM): on consecutive days train different ones, upper body one day and legs the next");
        else if (runs)
            snprintf(line, sizeof r->reasons[0], "%s",
                     z ? "你问能不能连着几天跑：有基础的跑者连着两天轻松跑没问题；把强度课（间歇、节奏跑、长距离）隔开，中间至少一天轻松或休息"
                       : "you asked about running days in a row: for a trained runner easy runs on consecutive days are fine; keep the hard sessions (intervals, tempo, the long run) apart, with an easy or rest day between");
        else
            snprintf(line, sizeof r->reasons[0], "%s",
                     z ? "你问连着两天行不行：行。散步这类中低强度的活动天天做都可以，正是指南希望的（WHO 2020）；觉得特别累、哪里疼，或者第二天缓不过来，就歇一天"
                       : "you asked whether two days in a row is all right: it is. Walking and other moderate activity can be done every day, which is what the guidelines hope for (WHO 2020); take a day off when you feel worn out, something hurts, or you have not recovered by the next morning");
    }
    if ((ask & MR_ASK_ORDER) && at < 3) {
        int build = notes_say(p, (const char *const[]){"增肌", "muscle", "strength", "力量", "stronger", "bench", "卧推", "glutes", NULL}) ||
                    strstr(p->goal, "muscle") || strstr(p->goal, "strength");
        int endure = notes_say(p, (const char *const[]){"marathon", "马拉松", "race", "10k", "5k", "half", "比赛", NULL});
        snprintf(insert_reason(r, at++), sizeof r->reasons[0], "%s",
                 build && !endure ? (z ? "你问有氧和力量先做哪个：你的目标里有增肌，先练力量，趁体力最足把重量做好，再做10-20分钟有氧；先跑再练，练到后面没劲正是这个原因（ACSM）"
                                       : "you asked whether to do cardio or weights first: with muscle in your goal, weights first while you are fresh, then 10-20 minutes of cardio; running first is why the lifting fades at the end (ACSM)")
                 : endure ? (z ? "你问先做哪个：你的目标是跑步，把跑步放在前面、状态最好的时候，力量放在后面或另一天"
                               : "you asked which to do first: your goal is the running, so run first while you are fresh, and lift after it or on another day")
                 /* losing weight: the total is what counts; a short warm-up, the weights, then the cardio (ACSM) */
                 : text_says(p->goal, (const char *const[]){"减肚子", "减肥", "减重", "瘦", "lose weight",
                                                                                              "belly", "fat", NULL})
                     ? (z ? "你问先做哪个：为了减脂，顺序差别不大，关键是每周的总量。可以先做5-10分钟有氧热身，再做力量，最后做20-30分钟有氧；力量练大肌群，每周2-3次，加上每周150分钟以上的有氧，再配合饮食，肚子才下得去（ACSM）"
                          : "you asked which to do first: for losing fat the order matters little, the week's total does. Warm up with 5-10 minutes of cardio, then the weights, then 20-30 minutes of cardio; big-muscle strength work 2-3 times a week plus 150 minutes or more of aerobic work, with the diet, is what shifts the belly (ACSM)")
                          : (z ? "你问先做哪个：对一般健身来说顺序影响不大，把对你最重要的放在前面；想长力量就先力量，想提高耐力就先有氧"
                               : "you asked which to do first: for general fitness the order matters little, so put first what matters most to you: weights first for strength, cardio first for endurance"));
    }
    if ((ask & MR_ASK_ADD_DAY) && at < 3) {
        /* 4 days a week as an upper/lower split for an intermediate lifter (ACSM 2009 progression position stand) */
        snprintf(insert_reason(r, at++), sizeof r->reasons[0], "%s",
                 sore ? (z ? "你问能不能加一天：先等现在的酸痛消退；恢复得好（不疼、睡得够、第二天不拖着）再加，每周总量一次加10%左右"
                           : "you asked about adding a day: once the current ache has settled; add it when you recover well (no pain, enough sleep, not dragging the next day), raising the week's total by about 10% at a time")
                 : lifts ? (z ? "你问能不能加到一周4次：可以，你练了几个月、睡得够、也没有哪里疼，正是加量的时候。改成上下肢分化（比如一上肢、二下肢、四上肢、五下肢），每个部位一周练两次、间隔48小时；每周总量一次加10%左右，进步自然会回来（ACSM 2009）"
                              : "you asked about a fourth day: yes; months in, sleeping well and nothing sore is when to add. Make it an upper/lower split (upper Mon and Thu, lower Tue and Fri, say), each muscle twice a week 48 hours apart, and raise the week's total by about 10% at a time (ACSM 2009)")
                 : r->activity == MR_ACT_RUN
                     ? (z ? "你问能不能多加一次跑步：恢复得好（不疼、睡得够、第二天不拖着）就可以，新加的这次短一点、轻松跑，每周总量一次加10%左右"
                          : "you asked about adding a day: yes, an extra run if you recover well (no pain, enough sleep, not dragging the next day); make the new run short and easy, and raise the week's total by about 10% at a time")
                         : (z ? "你问能不能多加一天：恢复得好（不疼、睡得够、第二天不拖着）就可以，新加的一天轻松一点，每周总量一次加10%左右"
                              : "you asked about adding a day: yes if you recover well (no pain, enough sleep, not dragging the next day); make the new day an easy one and raise the week's total by about 10% at a time"));
    }
    if ((ask & MR_ASK_RESTART) && at < 3) {
        int habit = habit_minutes(&r->dose);
        char usual[64] = "";
        if (habit > 0) snprintf(usual, sizeof usual, z ? "（平时约%d分钟一次）" : " (about %d minutes a session)", habit);
        /* after a week or two off, fitness is mostly kept; a cold's return by
         * the neck check, easy first (Mujika and Padilla 2000; ACSM) */
        snprintf(insert_reason(r, at++), sizeof r->reasons[0],
                 z ? "你问停了以后从哪开始：停一两周体能掉得不多。这周按平时的三分之二左右练%s，次数少一点、每次短一点、强度轻松；顺利的话下周回到平时的量。病后先确认不发烧、症状只在脖子以上，先轻松练"
                   : "you asked where to restart: a week or two off costs little fitness. This week do about two-thirds of your usual%s, fewer and shorter sessions at an easy pace; if that goes well, your normal week from next week. After a cold, no fever and only symptoms above the neck, easy first",
                 usual);
    }
    if ((ask & MR_ASK_WAIT_PAIN) && at < 3)
        /* staying active speeds a back's recovery; pain up to 3/10 that settles by the next day is allowed (NICE NG59) */
        snprintf(insert_reason(r, at++), sizeof r->reasons[0], "%s",
                 z ? "你问要不要等完全不痛再练：不用等。保持活动好得更快，继续休息反而慢；疼痛在3分以内（满分10）、第二天能消退就可以练。先用轻重量、不做大重量硬拉，2-3周里逐步加回去；腿麻、无力或大小便异常，立即就医（NICE NG59）"
                   : "you asked whether to wait until it is pain-free: no need. Staying active speeds recovery and more rest slows it; training is fine with pain up to 3 of 10 that settles by the next day. Light loads first, no heavy deadlifts yet, building back over 2-3 weeks; numbness, weakness or bladder or bowel changes mean a doctor now (NICE NG59)");
    /* "longest is 6k ... how long till I can do a 10k?": the long run grows by
     * about 10% a week (the load guidance above), so the weeks are counted */
    if (at < 3 && notes_say(p, (const char *const[]){"how long till", "how long until", "how long before", "how long to",
                                                     "how many weeks", "多久能", "多久才能", "多久可以", "几周能", "要多久", NULL})) {
        double lo = 0, hi = 0;
        for (const char *c = p->notes; *c; c++) {
            if (!isdigit((unsigned char)*c) || (c > p->notes && (isdigit((unsigned char)c[-1]) || c[-1] == '.'))) continue;
            char *e;
            double v = strtod(c, &e);
            while (*e == ' ') e++;
            if (!(*e == 'k' || *e == 'K' || !strncmp(e, "公里", 6)) || (*e != 0 && (e[0] == 'k' || e[0] == 'K') && isalpha((unsigned char)e[1]) && e[1] != 'm'))
                continue;
            if (v < 1 || v > 100) continue;
            if (lo == 0 || v < lo) lo = v;
            if (v > hi) hi = v;
        }
        if (lo > 0 && hi > lo * 1.2) {
            int weeks = (int)ceil(log(hi / lo) / log(1.1));
            snprintf(insert_reason(r, at++), sizeof r->reasons[0],
                     z ? "你问多久能跑%g公里：最长一次从%g公里开始，每周加约10%%，大约%d周（一周3次、其中一次是长距离）；别一下子加太多，负荷骤增最容易受伤（Gabbett 2016）"
                       : "you asked how long until %g km: from a longest run of %g km, adding about 10%% a week to it, about %d weeks (3 runs a week, one of them the long one); big jumps are what injure (Gabbett 2016)",
                     hi, lo, weeks);
        }
    }
    /* "以前没练过力量，这个年纪还能练吗？", "am I too old to start weights?":
     * yes, and with osteoporosis it is the treatment (WHO 2020; Too Fit To
     * Fracture, Giangregorio et al. 2014; ACSM 2009 on older adults) */
    if (at < 3 && p->age >= 55 && !r->emergency &&
        notes_say(p, (const char *const[]){"力量", "strength", "weights", "lifting", "举铁", "器械", "resistance", NULL}) &&
        notes_say(p, (const char *const[]){"还能练", "能不能练", "可以练吗", "能练吗", "这个年纪", "这把年纪", "这岁数", "too old",
                                           "at my age", "can i still", "is it safe to start", "safe to start", NULL})) {
        int osteo = notes_say(p, (const char *const[]){"骨质疏松", "骨松", "osteopor", "osteopen", "骨量减少", NULL});
        snprintf(insert_reason(r, at++), sizeof r->reasons[0], "%s%s",
                 z ? "你问这个年纪还能不能练力量：能，什么年纪开始都来得及，几周就能感到腿和手臂更有劲。每周2-3天：从椅子上坐下站起、靠墙俯卧撑、弹力带划船、提踵，每个动作8-12次、1-2组，动作慢、能控制；抱东西时先蹲下，屈膝、背挺直、东西贴近身体，用腿站起来（WHO 2020）"
                   : "you asked whether it is too late to start strength training: it is not, at any age, and within weeks the legs and arms feel stronger. On 2-3 days a week: sit-to-stands from a chair, wall push-ups, band rows and heel raises, 8-12 slow, controlled repetitions, 1-2 sets each; to lift something, squat down with the knees bent and the back straight, hold it close and stand up with the legs (WHO 2020)",
                 !osteo ? ""
                 : z ? "。骨质疏松时力量练习正是治疗的一部分；只是不做弯腰加扭转、负重弯腰的动作（比如仰卧起坐、弯腰摸脚尖）（Too Fit To Fracture，Giangregorio 2014）"
                     : ". With osteoporosis strength work is part of the treatment; leave out bending forward or twisting under load (sit-ups, toe touches) (Too Fit To Fracture, Giangregorio et al. 2014)");
    }
    /* "planning 18 miles this sunday and a tempo thurs. too much?" nine days
     * after a marathon: yes, too soon; the race's fitness is still there and
     * the muscle needs one to two weeks (Warhol et al. 1985; Mujika and
     * Padilla 2003) */
    if ((ask & MR_ASK_TOO_MUCH) && at < 3 && race_recovery(&r->read, p) && !r->emergency) {
        int d = mr_notes_race_days(&r->read, p->wday), full = r->read.raced == 2;
        int left = (full ? 14 : 7) - d;
        if (left < 1) left = 1;
        snprintf(insert_reason(r, at++), sizeof r->reasons[0],
                 z ? "你问这样会不会太多：会，现在太早了。%s才过去%d天，腿还在修复：再过%d天之内只做轻松跑、每次不超过45分钟，不跑长距离、不做节奏跑。之后一次比上次短一些的长距离就够；上一场练出来的体能还在，下一场之前需要的是恢复和短短的再巩固，不是再从头练一轮（Warhol 1985；Mujika 2003）"
                   : "you asked whether that is too much: yes, it is too soon. The %s was %d days ago and the legs are still repairing: for %d more days keep to easy runs of 45 minutes at most, with no long run and no tempo. After that, one long run shorter than your last is enough; the fitness from that race is still there, and what the next one needs is recovery and a short rebuild, not a new block (Warhol et al. 1985; Mujika and Padilla 2003)",
                 full ? (z ? "全马" : "marathon") : (z ? "半马" : "half marathon"), d, left);
        ask &= ~(unsigned)MR_ASK_TOO_MUCH;
    }
    if ((ask & MR_ASK_TOO_MUCH) && at < 3 && !r->read.asked_hard)
        /* a long session once a week with little between is a load spike (Gabbett 2016) */
        snprintf(insert_reason(r, at++), sizeof r->reasons[0],
                 z ? "你问%s%s会不会太多：平时很少运动、一周只集中打一次很长时间，是负荷的骤增，最容易伤关节（Gabbett 2016）；分成两次、每次一个半小时左右，或者打到一个半小时就停，平时再加两次短一点的运动。打完关节疼，就是量多了的信号"
                   : "you asked whether %s%s is too much: with little else in the week, one very long session is a spike in load, which is what injures joints (Gabbett 2016): split it into two sessions of about 90 minutes, or stop at 90, and add two shorter sessions in the week; a joint that aches afterwards is the sign it was too much",
                 sport ? sport : (z ? "这样" : "it"), sport ? (z ? "打这么久" : " for that long") : "");
    /* a running race ahead in the goal ("明年4月跑第一个10公里"): the path is
     * three runs a week, one of them long, the long one a few minutes longer
     * each week up to what the distance needs, a lighter week every 3-4, and
     * a taper (ACSM progression; Gabbett 2016; Mujika and Padilla 2003) */
    static const char *const k5[] = {"5k", "5 k", "5公里", "五公里", "parkrun", NULL},
                             *const k10[] = {"10k", "10 k", "10公里", "十公里", "10 km", "10km", NULL},
                             *const k21[] = {"half marathon", "half-marathon", "半马", "半程马拉松", "21公里", "21k", NULL},
                             *const k42[] = {"marathon", "全马", "马拉松", "42公里", NULL};
    int race = text_says(p->goal, k21) ? 21 : text_says(p->goal, k42) ? 42 : text_says(p->goal, k10) ? 10
             : text_says(p->goal, k5) ? 5 : 0;
    /* (a time to beat, "sub-25 5k", "10公里跑进50分钟": a runner after speed, not a first finish) */
    if (text_says(p->goal, (const char *const[]){"sub", "under", "pb", "faster", "minute", "min", ":", "破", "跑进", "以内", "分钟",
                                                 "分内", "秒", NULL}))
        race = 0;
    if (race && (ask & (MR_ASK_START | MR_ASK_HOW_MUCH | MR_ASK_ADVICE)) && !rest &&
        (r->activity == MR_ACT_RUN || nr->asked == MR_ACT_RUN || (p->preferences & (1u << MR_ACT_RUN))) && !mr_sprint_goal(p)) {
        const char *longest = race == 5 ? (z ? "连续跑35-40分钟" : "35-40 minutes of continuous running")
                            : race == 10 ? (z ? "60-70分钟" : "60-70 minutes")
                            : race == 21 ? (z ? "1小时45分到2小时" : "1 hour 45 to 2 hours")
                                         : (z ? "2.5-3小时（约30公里）" : "2.5-3 hours (about 30 km)");
        snprintf(insert_reason(r, at++), sizeof r->reasons[0],
                 z ? "你问怎么练到比赛：今天%s；之后每周跑3次，两次轻松跑，一次长距离。长距离每周加5分钟左右（约10%%），比赛前2-3周最长做到%s；每3-4周有一周减量，最后10天只保留短的轻松跑和几组加速跑（Gabbett 2016；Mujika 2003）"
                   : "you asked how to build to the race: today %s; then 3 runs a week, two easy and one long. Add about 5 minutes (some 10%%) to the long one each week, reaching %s 2-3 weeks before the race; make every 3rd or 4th week lighter, and keep the last 10 days to short easy runs with a few strides (Gabbett 2016; Mujika 2003)",
                 today, longest);
        ask &= ~(unsigned)(MR_ASK_START | MR_ASK_HOW_MUCH | MR_ASK_ADVICE);
    }
    if ((ask & (MR_ASK_START | MR_ASK_HOW_MUCH | MR_ASK_ADVICE)) && !rest) {
        char week[120] = "";
        /* (the week's own figure is the plan's, which builds from the logged
         * sessions: a number here could disagree with it) */
        if (r->dose.week_target > 0)
            snprintf(week, sizeof week, "%s", z ? "这周其余几天照一周计划来；" : "the rest of this week as the week's plan shows; ");
        snprintf(insert_reason(r, at++), sizeof r->reasons[0],
                 z ? "你问%s：今天%s；%s之后每周最多加约10%%，逐步做到%s（WHO 2020）"
                   : "you asked %s: today %s; %sthen add about 10%% a week at most, building toward %s (WHO 2020)",
                 /* (someone who already trains asks how to arrange the week, not how to start) */
                 (ask & MR_ASK_START) ? (habit_minutes(&r->dose) > 0 ? (z ? "这周怎么安排" : "how to plan the week")
                                                                     : (z ? "怎么开始" : "how to start"))
                 : (ask & MR_ASK_ADVICE) ? (z ? "该怎么练" : "what to do")
                                         : (z ? "练多少" : "how much to do"),
                 today, week, goal);
    }
}

/* Someone around the person urging rest, or urging them on: answered by
 * name, second among the reasons. Rest urged by family or friends on a
 * day the card moves: doing too little is the risk (WHO 2020); pushing
 * urged on a day the card holds back or rests: pain and warning signs are
 * reasons to stop. A coach's rest is a professional's and is not argued. */
static void others_reason(mr_recommendation *r, const mr_notes *nr, const mr_profile *p) {
    if (!nr->others_say || !nr->others_who[0] || nr->proxy || nr->time_asked) return; /* (a time asked about is answered there) */
    int z = zh(r), rest = r->activity == MR_ACT_REST || r->emergency;
    char line[sizeof r->reasons[0]];
    const char *w = nr->others_who;
    if (nr->others_say == 1 && nr->others_pro) return;
    if (nr->others_say == 1 && rest)
        snprintf(line, sizeof line, z ? "今天你%s说得对：休息，理由见下" : "your %s is right today: rest, for the reasons below", w);
    else if (nr->others_say == 1 && (p->precip == MR_PRECIP_ICE || p->precip == MR_PRECIP_SNOW) &&
             !mr_kb_activity(r->activity)->outdoor &&
             text_says(p->notes, (const char *const[]){"公园", "公園", "楼下", "樓下", "出门", "出門", "park", "outside", "outdoors",
                                                        "go out", NULL}))
        /* kept in by the ice or snow the family worries about: they are right
         * about going out (a fall on ice, a broken hip), and the session goes
         * on indoors (WHO 2021 falls prevention) */
        snprintf(line, sizeof line,
                 z ? "你%s不让你出门，这一点说得对：%s，摔一跤很容易骨折；但不用歇着，动得太少才是风险：今天不去外面，在家里或室内做%s，照常%d分钟，习惯接着坚持"
                   : "your %s is right about going out: %s, and a fall on it can break a bone; but not about resting, doing too little is the risk: not outside today, but %s at home or indoors, your usual %d minutes, so the habit goes on",
                 w, p->precip == MR_PRECIP_ICE ? (z ? "地上结冰" : "there is ice on the ground") : (z ? "地上有雪" : "there is snow on the ground"),
                 ACT(r->activity), r->minutes);
    else if (nr->others_say == 1 && (nr->notes & MR_NOTE_RACE_TODAY) && nr->match_today)
        /* the practice or game is the day's session: the worry is answered for it */
        snprintf(line, sizeof line,
                 z ? "你%s希望你今天歇着：这是关心，但今天不用缺席%s；照下面说的准备好去，出现胸痛胸闷、异常的气喘、头晕或心慌就停下"
                   : "your %s would rather you skipped it: a caring worry, but there is no need to miss the %s today; go, prepared as below, and stop for chest pain or pressure, unusual breathlessness, dizziness or a racing heart",
                 w, nr->match_today == 2 ? (z ? "训练" : "practice") : (z ? "比赛" : "game"));
    else if (nr->others_say == 1)
        /* (asked by the writer too, "是不是不要运动比较安全？": the answer first, then the worry answered) */
        snprintf(line, sizeof line,
                 z ? "%s你%s希望你多歇着：这是关心，但对你来说，动得太少才是风险，整天躺着不动反而更累、更没力气；今天%d分钟的%s、这个强度，正是指南建议的，只要出现胸痛胸闷、异常的气喘、头晕或心慌就停下，是安全的（WHO 2020）"
                   : "%syour %s would rather you rested: a caring worry, but for you the risk is in doing too little, and days of rest and lying down leave you more tired and weaker, not less; today's %d minutes of %s at this effort is what the guidelines advise, and safe as long as you stop for chest pain or pressure, unusual breathlessness, dizziness or a racing heart (WHO 2020)",
                 !(nr->ask & (MR_ASK_REST | MR_ASK_SAFE)) ? "" : z ? "你问是不是少动、休息更安全：不是，不用停下来。" : "you asked whether resting is the safer course: no, and no need to stop. ",
                 w, r->minutes, ACT(r->activity));
    else if (rest)
        snprintf(line, sizeof line,
                 z ? "你%s让你接着练、硬撑：今天不行；下面的警示情况要先处理，带着这些情况硬练可能造成真正的伤害"
                   : "your %s says to push on: not today; the warning signs below come first, and training through them can do real harm",
                 w);
    else if (r->intensity < MR_VIGOROUS)
        snprintf(line, sizeof line,
                 z ? "你%s让你多练、硬撑：今天的限制有它的理由（见下）；疼痛或警示情况是该停下的信号，不是该咬牙的时候；一周一周稳定地练，比一天拼命走得更远"
                   : "your %s says to push on: today's limits are there for a reason (below); pain or a warning sign is a reason to stop, not to grit your teeth, and steady work week after week gets you further than one hard day",
                 w);
    else
        return;
    snprintf(insert_reason(r, 1), sizeof r->reasons[0], "%s", line); /* second, after the first reason */
}

/* Heat: fitness is not acclimatisation, which takes 10-14 days (ACSM 2007). */
static void heat_reason(mr_recommendation *r, const mr_safety_out *so, const mr_profile *p, const mr_notes *nr) {
    int z = zh(r), hour = p->hour;
    int outdoor_aerobic = r->activity == MR_ACT_WALK || r->activity == MR_ACT_BRISK_WALK || r->activity == MR_ACT_RUN ||
                          r->activity == MR_ACT_CYCLE;
    int fired = mr_rule_fired(so->rules, so->n_rules, MR_RULE_HEAT) || mr_rule_fired(so->rules, so->n_rules, MR_RULE_HEAT_DANGER);
    /* warm but under the rules' bands (heat index 27-32 C, NWS caution):
     * fluids, a slower pace and the signs to stop (ACSM 2007) */
    float hi = isnan(p->temp_c) ? NAN : isnan(p->rh_pct) ? p->temp_c : mr_kb_heat_index_c(p->temp_c, p->rh_pct);
    if (!fired && !r->emergency && outdoor_aerobic && !isnan(hi) && (hi >= 27.0f || p->temp_c >= 30.0f)) {
        char t[32];
        if (p->imperial && !z) snprintf(t, sizeof t, "%.0f°F", p->temp_c * 9 / 5 + 32);
        else snprintf(t, sizeof t, "%.0f°C", p->temp_c);
        reason(r, z ? "天气热（%s）：出门前喝水，运动中每15-20分钟喝几口，热了就放慢配速；出现头晕、头痛、恶心或发冷就停下，到阴凉处%s（ACSM 2007）"
                    : "it is hot (%s): drink before you go and a few mouthfuls every 15-20 minutes, let the pace drop as it warms up, and stop in the shade at dizziness, a headache, nausea or chills%s (ACSM 2007)",
               t, nr->heat_used ? (z ? "。你已经适应了这里的热，这很有帮助，但热天里同样的配速心率也更高" :
                                       "; being used to the heat helps, but the same pace costs more in it")
                                : "");
    }
    /* an all-out timed effort set for today (a coach's time trial, a
     * fitness test) in heat the rules flag: the effort most likely to bring
     * on heat illness, so it moves to a cool morning or another day
     * (ACSM 2007; AAP 2011, climatic heat stress in young athletes) */
    static const char *const trial_w[] = {"time trial", "time-trial", "beep test", "bleep test", "fitness test", "计时跑", "体测",
                                          "测试跑", "测1000", "测800", "测一千", "tt", NULL};
    if (fired && !r->emergency && text_says_word(p->notes, trial_w) &&
        !notes_say(p, (const char *const[]){"tomorrow", "next week", "明天", "下周", "下星期", "下礼拜", NULL}))
        reason(r, "%s", z ? "今天要做的计时跑或体能测试：这么热不要全力跑，全力的时候最容易中暑；请教练改到凉快的早上或另一天。真要去，就只做技术练习，在阴凉处，每15-20分钟喝水休息，头晕、恶心、头痛或不出汗了马上停（ACSM 2007）"
                          : "the time trial or test set for today: not flat out in this heat, when all-out efforts are what bring on heat illness; ask the coach to move it to a cool morning or another day. If training goes ahead, skills only, in the shade, with a drink break every 15-20 minutes, stopping at dizziness, nausea, a headache or if the sweating stops (ACSM 2007; AAP 2011)");
    for (int i = 0; i < so->n_rules && !r->emergency; i++)
        if (so->rules[i] == MR_RULE_HEAT || so->rules[i] == MR_RULE_HEAT_DANGER) {
            /* the hottest hours: the session moves, not only shrinks (ACSM 2007) */
            int outdoors = r->activity == MR_ACT_WALK || r->activity == MR_ACT_BRISK_WALK || r->activity == MR_ACT_RUN ||
                           r->activity == MR_ACT_CYCLE || (r->activity == MR_ACT_TAI_CHI && !prefer_indoor(p));
            if (outdoors && hour >= 10 && hour < 17)
                reason(r, z ? "现在%d点正是一天最热的时候：别现在出去，放到早上10点前或傍晚6点后，走阴凉的路线，带水；或者改成游泳、室内运动"
                            : "it is %d o'clock, the hottest part of the day: not now; go before 10 am or after 6 pm on a shaded route with water, or swim or train indoors instead",
                       hour);
            if (nr->heat_used && so->rules[i] == MR_RULE_HEAT_DANGER && hour >= 10 && hour < 17)
                /* acclimatised, but this heat is past training in at midday: the run moves to the cool hours */
            {
                /* the session the writer wants outdoors, by its own name */
                int ride = nr->asked == MR_ACT_CYCLE || (nr->asked < 0 && (p->preferences >> MR_ACT_CYCLE & 1) && !(p->preferences >> MR_ACT_RUN & 1));
                reason(r, z ? "你已经适应了热（需要10-14天），但今天这种热度连适应了的人也不该在户外练；想%s的话改到傍晚6点后或明早天凉时，轻松%s、带水；现在就在室内练（ACSM 2007）"
                            : "you are used to the heat (it takes 10-14 days), but this heat is past training outdoors even for the acclimatised; if you want your %s, move it to after 6 pm or early tomorrow when it is cooler, easy and with water; now, train indoors (ACSM 2007)",
                       z ? (ride ? "骑车" : "跑") : (ride ? "ride" : "run"), z ? (ride ? "骑" : "跑") : "");
            }
            else if (nr->heat_used) /* acclimatised: the rules stand, the first-weeks advice does not apply */
                reason(r, "%s", z ? "你已经适应了这里的热（需要10-14天），能在热天里练，但高强度仍不放在室外；多喝水，出现头晕、头痛、恶心就停（ACSM 2007）"
                                  : "you are used to the heat (it takes 10-14 days), which lets you train in it, but the hard work still stays out of it; keep drinking, and stop at dizziness, a headache or nausea (ACSM 2007)");
            else if (nr->heat_new)
                reason(r, "%s", z ? "身体适应炎热要10-14天，体能好也替代不了：刚到热的地方或天气刚热起来，头一两周时间短一点、强度低一点，户外运动放在清晨或傍晚，节奏跑、间歇这类强度课挪到凉快的清晨或跑步机上（ACSM 2007）"
                                  : "getting used to heat takes 10-14 days and fitness does not replace it: in your first week or two of heat, go shorter and easier, do outdoor sessions early in the morning or in the evening, and move a tempo or interval session to a cool morning or the treadmill (ACSM 2007)");
            else /* the local climate: no newcomer's advice, the heat's own */
                reason(r, "%s", z ? "这么热的天，就算习惯了也一样：时间短一点、强度低一点，户外运动放在清晨或傍晚，多喝水（ACSM 2007）"
                                  : "heat like this costs even those used to it: shorter and easier, outdoor sessions in the early morning or the evening, and plenty to drink (ACSM 2007)");
            break;
        }
}

/* ------------------------------------------------------------ the pipeline */

/* A heart-rate zone means something for steady aerobic work in adults who
 * are not pregnant and not on a beta-blocker (ACSM: RPE and the talk test
 * instead); for yoga, tai chi, stretching and strength it does not. */
int mr_hr_zone_means(const mr_profile *p, unsigned flags, unsigned notes, mr_mood mood, int hr_unreliable,
                     mr_activity a) {
    if (a == MR_ACT_REST || a == MR_ACT_YOGA || a == MR_ACT_TAI_CHI || a == MR_ACT_STRETCHING ||
        a == MR_ACT_STRENGTH)
        return 0;
    if ((flags & (MR_COND_PREGNANCY | MR_COND_HEART)) || (notes & MR_NOTE_BETA_BLOCKER)) return 0;
    if (notes & MR_NOTE_RECOVERED) return 0; /* after an illness the heart runs high for a while: by feel */
    /* hr_unreliable: also up high, where the heart runs faster at the same effort (WMS 2019) */
    /* COPD is paced by breathlessness, a stroke survivor by feel (ACSM; AHA/ASA 2014) */
    if (notes & (MR_NOTE_COPD | MR_NOTE_STROKE)) return 0;
    /* adult formulas (Tanaka, Karvonen) are not made for children; a new
     * exerciser's predicted maximum is off by 10-12 bpm either way, so
     * RPE and the talk test, which need no formula, come first (ACSM);
     * after a marathon the heart runs high for days */
    if (p->age < 18 || p->fitness == MR_FIT_BEGINNER || hr_unreliable) return 0;
    /* from 65 the predicted maximum errs more and heart-rate-lowering
     * medicines are common (ACSM: RPE); a person who is low goes by feel,
     * not by a number to chase */
    if (p->age >= 65 || mood == MR_MOOD_NEGATIVE) return 0;
    if (a == MR_ACT_WALK && p->fitness < MR_FIT_INTERMEDIATE) return 0;
    return 1;
}

void mr_hr_zone(const mr_profile *p, mr_activity a, mr_intensity i, int *lo, int *hi) {
    mr_kb_hr_zone(p->age, p->resting_hr, i, lo, hi);
    /* lying in water the heart runs about 10-13 beats lower at the same
     * effort (McArdle, Katch and Katch, Exercise Physiology): a land zone
     * would push a swimmer too hard */
    if (a == MR_ACT_SWIM) { *lo -= 10; *hi -= 10; }
}

static int hr_meaningful(const mr_recommendation *r, const mr_profile *p, unsigned flags) {
    /* a light session (a stroll, a wind-down) is set by feel: a 10-bpm band
     * at the bottom of the range means little */
    return r->intensity != MR_LIGHT && r->minutes >= 15 && !(r->read.notes & MR_NOTE_PERIOD_PAIN) &&
           mr_hr_zone_means(p, flags, r->read.notes, r->mood,
                            r->dose.hr_unreliable || r->read.pots || (r->read.notes2 & MR_NOTE2_ALTITUDE), r->activity);
}

/* The sessions the dose reads: the profile's history and the user's log. */
static int gather_sessions(const mr_profile *p, mr_store *store, int64_t now, mr_session *s, int cap) {
    int n = 0;
    for (int i = 0; i < p->n_history && n < cap; i++)
        s[n++] = (mr_session){p->history[i].activity, p->history[i].minutes, p->history[i].days_ago, p->history[i].rpe};
    if (store && p->user[0]) n += mr_store_recent_sessions(store, p->user, now, 28, s + n, cap - n);
    return n;
}

/* A trained runner's easy run is moderate by relative intensity (ACSM
 * prescribes by %HRR and RPE; at 6 MET a runner works well below 60% HRR),
 * so a moderate cap (pregnancy: ACOG 2020 lets runners keep running;
 * hypertension) does not take running away from them. With heart disease
 * only runs logged count: someone with coronary disease who has not been
 * running starts jogging after the cardiologist clears it, often with an
 * exercise test (ACSM's Guidelines, 11th ed., ch. 9), not on a wish. */
static int trained_runner(const mr_profile *p, unsigned flags, mr_session *s, int n) {
    /* a child who runs about is playing, not a trained runner on an easy day */
    if (p->fitness < MR_FIT_INTERMEDIATE || (p->age > 0 && p->age < 13)) return 0;
    if ((p->preferences & (1u << MR_ACT_RUN)) && !(flags & MR_COND_HEART)) return 1;
    for (int i = 0; i < n; i++)
        if (s[i].activity == MR_ACT_RUN) return 1;
    return 0;
}

int mr_advise(const mr_profile *p, mr_ctx *ctx, mr_store *store, int64_t now, mr_recommendation *r,
              char *err, size_t errsz) {
    memset(r, 0, sizeof *r);
    r->rec_id = -1;
    r->substitute_for = -1;
    snprintf(r->language, sizeof r->language, "%s", p->language);
    r->hant = p->hant;
    snprintf(r->ems, sizeof r->ems, "%s", p->ems); /* empty (a profile built in code): the texts' own 120 */
    r->mmol = p->mmol;
    r->us = p->us;
    int z = zh(r);
    /* 1. understanding: the notes add conditions and symptoms, never remove them */
    mr_notes *nr = &r->read;
    mr_notes_read(p->notes, p->flags, nr);
    goal_race(p, nr);
    /* ("forecast high of 45" from someone who reads Fahrenheit is a cold day) */
    if (nr->heat_bare && p->imperial) nr->heat_later = 0;
    /* a goal that is not to fall ("唔想跌親", "stop falling", "不想摔倒"): the fear of falling, read from the goal too */
    if (p->goal[0] && !nr->fall_fear) {
        static const char *const fall_goal[] = {"跌", "摔", "fall", "balance", "steady", "平衡", NULL};
        /* ("sub-50 10K this fall", "by next fall": the autumn, not a fall) */
        static const char *const autumn[] = {"this fall", "next fall", "last fall", "in the fall", "by fall", "fall marathon",
                                             "fall race", "fall season", "fall half", "fall apart", "falling apart", NULL};
        int season = 0;
        for (int k = 0; autumn[k]; k++) season |= strcasestr(p->goal, autumn[k]) != NULL;
        for (int k = 0; fall_goal[k] && !nr->fall_fear; k++)
            if (strcasestr(p->goal, fall_goal[k]) && !(season && !strcmp(fall_goal[k], "fall"))) nr->fall_fear = 1;
    }
    /* fallen in later life: the falls prevention a fear of falling gets (WHO 2020; Sherrington et al. 2019) */
    if (nr->fallen && p->age >= 60) nr->fall_fear = 1;
    /* a run of three hours or more in the last two weeks is a marathon's effort, named or not ("Ran Philly on Sunday");
     * not for someone whose weeks hold long runs anyway (an ultra-runner's 4-hour Sunday is training: two more of two
     * hours or longer in the log) */
    int long_runs = 0;
    for (int i = 0; i < p->n_history; i++) long_runs += p->history[i].activity == MR_ACT_RUN && p->history[i].minutes >= 120;
    for (int i = 0; i < p->n_history && !nr->raced && long_runs < 3; i++)
        if (p->history[i].activity == MR_ACT_RUN && p->history[i].minutes >= 180 && p->history[i].days_ago >= 1 &&
            p->history[i].days_ago < 14) {
            nr->raced = 2;
            nr->raced_ago = p->history[i].days_ago;
            nr->raced_wday = -1;
        }
    if (mr_notes_race_days(nr, p->wday) == 1) nr->post_race = 1; /* "ran the marathon Sunday", written on Monday */
    /* a race run days ago, the legs not said to be sore: the recovery's own rules, not "legs trained hard" */
    if (nr->legs_race_only && mr_notes_race_days(nr, p->wday) >= 3) nr->notes &= ~(unsigned)MR_NOTE_LOWER_WORKED;
    unsigned tf = nr->flags;
    r->mood = nr->mood;
    if (ctx) model_read(p, ctx, nr, &r->mood, &tf);
    /* notes cannot make a man pregnant, nor a new father postpartum ("since the baby") */
    if (p->sex == MR_SEX_MALE) {
        tf &= ~(unsigned)(MR_COND_PREGNANCY | MR_SYM_PREG_WARNING);
        nr->notes &= ~(unsigned)MR_NOTE_POSTPARTUM;
    }
    r->text_flags = tf & ~p->flags;
    unsigned flags = p->flags | tf;
    /* breathlessness ticked by someone whose notes say it is their COPD's
     * usual and no worse: the disease's own, paced by the COPD rule; the
     * warning is breathlessness worse than usual, at rest or at night
     * (GOLD 2024; ACSM's warning sign is the unusual) */
    int copd_usual = nr->copd_stable && (p->flags & MR_SYM_BREATH) && !(tf & MR_SYM_BREATH);
    if (copd_usual) flags &= ~(unsigned)MR_SYM_BREATH;
    mr_safety_in in;
    mr_profile_safety_in(p, &in);
    in.flags = flags;
    /* numbers written in the notes: the worse of them and the fields */
    if (nr->bp_sys > in.bp_sys) { in.bp_sys = nr->bp_sys; in.bp_dia = nr->bp_dia > in.bp_dia ? nr->bp_dia : in.bp_dia; }
    if (nr->bp_dia > in.bp_dia) in.bp_dia = nr->bp_dia;
    if (in.glucose < 0) in.glucose = nr->glucose;
    in.notes = nr->notes;
    in.rain_run_ok = mr_rain_run_ok(p, nr, flags);
    /* lows in the night after evening sessions ("going low at 2-3am ... woke
     * up at 2.9"), with a reading in range now in the profile: the night's
     * low, answered by the night-low line (less insulin, a bedtime snack),
     * not a hypo to treat before today's session (the field wins) */
    if (nr->night_low && p->glucose >= 90) in.notes &= ~(unsigned)MR_NOTE_LOW_GLUCOSE;
    /* high with a little thirst, blood ketones checked under 0.6 and nothing
     * else felt: not the ketoacidosis warning but the high glucose's own
     * rule (light to moderate, with the correction; ISPAD 2022, Adolfsson et
     * al.: under 0.6 mmol/l exercise may go ahead) */
    if (in.glucose >= 250 && nr->ketones_neg && !(flags & (MR_SYM_ILLNESS | MR_SYM_FEVER)) &&
        !notes_say(p, (const char *const[]){"nause", "vomit", "sick", "threw up", "throwing up", "blur", "unwell", "feel ill", "feeling ill", "恶心",
                                            "吐", "模糊", "不舒服", "难受", NULL}))
        in.notes &= ~(unsigned)MR_NOTE_HYPERGLY_SIGNS;
    /* a calf that aches walking and eases on stopping is claudication's sign,
     * and a fracture named, mending, has its own line: today's card names
     * them, not "something we cannot place". Only the card's input: the
     * week's keeps the leg's low-impact rule (plan.c reads nr->notes), so an
     * unchecked calf gets no runs later in the week */
    if (((nr->notes2 & MR_NOTE2_PAD) || nr->claudication || (nr->dx_known & (1u << MR_DX_FRACTURE))) &&
        !(nr->flags & (MR_COND_KNEE | MR_COND_ANKLE)) && !(nr->notes & MR_NOTE_HEEL))
        in.notes &= ~(unsigned)MR_NOTE_LOWER_BODY;
    in.notes2 = nr->notes2;
    in.pollen_high = nr->pollen_high;
    in.joint_replaced = nr->joint_replaced;
    in.stroke_signs = nr->stroke_signs;
    in.crisis = nr->despair == 2;
    in.med_toxic = nr->med_toxic;
    in.neuro_urgent = nr->neuro_urgent;
    in.crash_now = nr->crash_now;
    in.palp_hypo = notes_say(p, (const char *const[]){"insulin", "胰岛素", "胰島素", "lantus", "novorapid", "humalog", "gliclazide",
                                                      "glipizide", "glimepiride", "sulfonylurea", "格列", NULL}) &&
                   !notes_say(p, (const char *const[]){"irregular", "skip", "flutter", "afib", "a fib", " af", "all night",
                                                       "for hours", "hours", "乱跳", "乱", "不齐", "房颤", "漏跳", "停跳", "一整晚",
                                                       "几个小时", NULL});
    in.cauda_equina = nr->cauda_equina;
    in.postnatal_early = (nr->notes & MR_NOTE_POSTPARTUM) && !(flags & MR_COND_PREGNANCY) &&
                         ((nr->notes & MR_NOTE_LEAKING) || (nr->postpartum_weeks >= 0 && nr->postpartum_weeks < 12));
    in.icd_shock = nr->icd_shock;
    in.line_in = nr->line_in;
    in.wbc_low = nr->wbc_low;
    in.platelets = nr->platelets;
    in.previa = nr->previa;
    in.ohss = nr->ohss;
    /* a severe low: its signs beside a low reading, the note's or the profile's */
    /* (or, with diabetes, a low told as not coming up, "血糖才3点几，吃了两块糖还没上来") */
    in.hypo_severe = nr->hypo_grave &&
                     ((nr->notes & MR_NOTE_LOW_GLUCOSE) || (p->glucose >= 0 && p->glucose < 70) ||
                      (nr->glucose >= 0 && nr->glucose < 70) || ((nr->hypo_grave & 2) && (in.flags & MR_COND_DIABETES)));
    in.multiple = nr->multiple;
    /* tired all the time counts as under-recovery only beside a heavy week:
     * training told on 4 or more days (a routine, a team, "x a week") */
    {
        int days = 0, per = 0;
        for (int d = 0; d < 7; d++) days += nr->routine[d] > 0 || ((nr->sport_days >> d) & 1);
        for (int k = 0; k < MR_ACT_COUNT; k++) per += nr->per_week[k];
        in.worn_out = nr->worn_out && (days >= 4 || per >= 4);
    }
    in.pots = nr->pots;
    /* a walker with heart disease, or over 65, kept in by cold, snow or
     * rain walks indoors (a shopping centre, a corridor, an indoor track), as
     * the cold-heart and the falls rules tell them: the walk is what they do
     * and aim at, and tai chi or a machine is not its nearest form (ACSM
     * 2006; WHO 2021 falls prevention) */
    {
        const unsigned walks = 1u << MR_ACT_WALK | 1u << MR_ACT_BRISK_WALK,
                       other = 1u << MR_ACT_RUN | 1u << MR_ACT_CYCLE | 1u << MR_ACT_SWIM | 1u << MR_ACT_STATIONARY_BIKE |
                               1u << MR_ACT_ELLIPTICAL;
        if (!nr->treadmill && !nr->gym_access && (p->preferences & walks) && !(p->preferences & other) &&
            ((flags & MR_COND_HEART) || p->age >= 65) && !p->thunder && p->aqi <= 100 &&
            /* (tai chi told as their own goes indoors as itself) */
            !strcasestr(p->notes, "tai chi") && !strstr(p->notes, "太极") && !strstr(p->notes, "太極") &&
            temp_band(p->temp_c) != TEMP_HOT && (p->precip != MR_PRECIP_NONE || temp_band(p->temp_c) == TEMP_FREEZING) &&
            /* (ice on the way there, or bones a fall would break: tai chi at home) */
            p->precip != MR_PRECIP_ICE && !(nr->notes & MR_NOTE_OSTEOPOROSIS))
            nr->treadmill = MR_INDOOR_WALK;
    }
    in.treadmill = nr->treadmill;
    in.ams = nr->ams;
    in.heart_check = nr->faint_effort_past && !nr->faint_exertion; /* today's faint is a warning sign of its own */
    in.family_heart = nr->family_heart;
    in.ivf = nr->ivf;
    in.gout = nr->gout && !(nr->flags & MR_SYM_FEVER);
    in.told_not = nr->told_not;
    in.heat_signs = nr->heat_signs;
    in.mania = nr->mania;
    in.gi_bleed = nr->gi_bleed;
    in.postnatal_infection = nr->postnatal_infection;
    in.seizure = nr->seizure_today;
    in.bone_stress = nr->bone_stress;
    in.heat_illness = nr->heat_illness;
    in.ear_infection = nr->ear_infection;
    in.foot_wound = nr->foot_wound && (flags & MR_COND_DIABETES);
    in.pressure_sore = nr->pressure_sore;
    in.n_unsure = nr->n_unsure - nr->n_explained; /* the explained ones hold nothing back */
    mr_safety_out so;
    mr_safety_apply(&in, &so);
    r->emergency = so.emergency;
    /* lows without warning: no hard sessions, which drop glucose fastest
     * with the fewest checks (ADA 2016; Riddell et al. 2017) */
    if (nr->hypo_unaware && so.max_intensity > MR_MODERATE) so.max_intensity = MR_MODERATE;
    /* recovering from an eating disorder, the team's "gentle movement": light, as they set it (APA 2023; the team's call) */
    if (nr->eating_disorder && notes_say(p, (const char *const[]){"gentle", "轻柔", "温和", "輕柔", "溫和", NULL}) &&
        so.max_intensity > MR_LIGHT)
        so.max_intensity = MR_LIGHT;
    /* RED-S's red light (lost periods with a bone stress injury): light only (IOC 2018) */
    if (nr->amenorrhea && (nr->shin == 2 || nr->bone_stress) && so.max_intensity > MR_LIGHT) so.max_intensity = MR_LIGHT;
    /* weight lost without trying: nothing hard until a doctor has looked (NICE NG12) */
    if (nr->weight_loss && so.max_intensity > MR_MODERATE) so.max_intensity = MR_MODERATE;
    /* a knee or ankle still aching from yesterday's long session: nothing hard on it today (ACSM: pain lowers the dose) */
    if (nr->joint_sore && so.max_intensity > MR_MODERATE) so.max_intensity = MR_MODERATE;
    /* asking where to restart after time off: the answer's "easy pace" holds for today too (Mujika and Padilla 2000) */
    if ((nr->ask & MR_ASK_RESTART) && so.max_intensity > MR_MODERATE) so.max_intensity = MR_MODERATE;
    /* puffed by several flights, nothing else told: nothing hard until it is known */
    if (nr->stairs_puffed && so.max_intensity > MR_MODERATE) so.max_intensity = MR_MODERATE;
    int dx_lim = (int)so.max_intensity;
    mr_conditions_limit(nr->dx_known, &so.allowed, &dx_lim); /* a named condition's limits (conditions.c) */
    so.max_intensity = (mr_intensity)dx_lim;
    r->allowed = so.allowed; /* after the conditions' limits: the JSON's allowed list is what the card allows */
    r->max_intensity = so.max_intensity;
    r->n_rules = so.n_rules;
    memcpy(r->rules, so.rules, sizeof r->rules);
    /* resting for a warning sign on a smoky day: the air is part of it, so indoors, and keep it out (EPA 2019) */
    if (r->emergency && in.aqi > 100 && ((in.flags & (MR_COND_ASTHMA | MR_COND_HEART | MR_SYM_BREATH)) || in.aqi > 150)) {
        char air[512];
        snprintf(air, sizeof air,
                 z ? "外面空气质量不好（AQI %d），可能正是诱因：今天待在室内，关好门窗，有空气净化器就打开；出门就戴N95口罩，尽量少出去（美国EPA AQI）"
                   : "The air outside is poor (AQI %d) and may be part of the cause: stay indoors today with windows and doors shut and an air purifier on if you have one; outside, keep it brief (an N95 helps for errands) (US EPA AQI; EPA wildfire smoke guide 2019)",
                 in.aqi);
        warning(r, air);
    }
    if ((nr->notes2 & MR_NOTE2_SHOVEL) && r->emergency) /* the warning sign rules out the heaviest work too (AHA) */
        warning(r, z ? "今天也不要铲雪：铲雪是对心脏负担最重的活之一，冷天更甚；请别人帮忙，或者先放着"
                     : "No snow shovelling today either: it is among the heaviest loads on the heart, worse in the cold; ask someone else or leave it (AHA)");
    /* 40 C and above: heat stroke after effort or in the heat, or a serious
     * infection; care now, not a day's rest (NICE NG143 for an amber-red
     * fever; ACSM 2007 for exertional heat stroke: cool first) */
    if (!isnan(nr->temp_c) && nr->temp_c >= 40.0f && (in.flags & MR_SYM_FEVER))
        warning(r, z ? "体温40°C及以上：可能是中暑（热射病）或严重感染，需要现在就医。运动后或天热时出现的，先马上降温（脱掉多余衣物，用冷水浇、冰袋敷颈部腋下），同时拨打120；神志不清、抽搐或说胡话时立即拨打120"
                     : "A temperature of 40 C (104 F) or more is heat stroke after effort or in the heat, or a serious infection: get medical help now. If it came with exercise or heat, cool down at once (cold water, ice at the neck and armpits) while someone calls emergency services (911 in the US and Canada, 999 in the UK, 112 in Europe); confusion or a fit: call them now");
    /* chest pain with a cold sweat, nausea, breathlessness or pain spreading
     * to the arm or jaw, as written: a possible heart attack, so the call
     * comes first and is not conditional (AHA, warning signs of a heart attack) */
    /* the heart-attack call is for what is happening now; a pattern of
     * exertional pain that passes with rest is angina's (below) */
    int mi_now = (nr->notes & MR_NOTE_MI_SIGNS) && !nr->angina_pattern;
    if ((in.flags & MR_SYM_CHEST_PAIN) && mi_now)
        warning(r, zh(r) ? "你写的胸口不适，加上你写的其他症状（出汗、气短、恶心或手臂/下巴痛之一），可能是心脏病发作：现在就拨打急救电话（120），不要自己开车去医院；坐下或半躺着休息，等待救护；即使缓解了，今天也要去看医生（AHA）。"
                         : "Chest discomfort together with what else you describe (sweating, breathlessness, nausea, or pain reaching the arm or jaw) can be a heart attack: call emergency services now (911 in the US and Canada, 999 in the UK, 112 in Europe) and do not drive yourself; sit or half-lie down and wait for help. Even if it passes, see a doctor today (AHA).");
    /* a racing or irregular heart together with dizziness or nearly
     * fainting, with heart disease or from 60: an arrhythmia that can end
     * in a faint or worse, so the call comes first (ESC 2018 syncope
     * guideline: palpitations before a faint, and heart disease, are
     * high-risk features) */
    /* (from 60 without heart disease, the faint or the fall near it told: not a
     * racing heart after two espressos and a skipped breakfast) */
    int palp_faint = (in.flags & MR_SYM_PALPITATIONS) && (in.flags & MR_SYM_DIZZINESS) &&
                     ((flags & MR_COND_HEART) ||
                      (p->age >= 60 && notes_say(p, (const char *const[]){"faint", "passed out", "blacked out", "nearly fell",
                                                                         "almost fell", "collapsed", "grey out", "greyed out",
                                                                         "晕倒", "晕过去", "差点晕", "差点跌", "差点摔", "差啲跌",
                                                                         "差啲暈", "暈低", "晕低", "昏倒", "眼前一黑", "眼前发黑",
                                                                         "眼前發黑", "站不稳", "站不穩", "grab", "on the floor",
                                                                         "went over", "legs went", "legs gave", "腿软", "腿軟",
                                                                         "差点倒", NULL})));
    if (palp_faint)
        warning(r, zh(r) ? "心跳很快或很乱，同时头晕、差点晕倒，你又有心脏病或年纪过了60：这可能是心律失常，现在就拨打急救电话（120），不要自己开车、不要一个人待着；等的时候坐下或躺下，别站起来走动（ESC 2018晕厥指南）。"
                         : "A racing or irregular heart together with dizziness or nearly fainting, with heart disease or over 60, can be a rhythm problem: call emergency services now (911 in the US and Canada, 999 in the UK, 112 in Europe), do not drive yourself and do not stay alone; sit or lie down while you wait, and do not get up to walk about (ESC 2018 syncope guideline).");
    /* in diabetes the heart's warning often comes without chest pain (ADA 2024 Standards, 10) */
    if ((in.flags & MR_SYM_CHEST_PAIN) && (nr->notes & MR_NOTE_MI_SIGNS) && (flags & MR_COND_DIABETES))
        warning(r, zh(r) ? "有糖尿病的人，心脏缺血常常不表现为典型胸痛，而是下巴、手臂、上腹不适、恶心、出汗或气短，就像你写的这样：请按心脏问题对待。"
                         : "With diabetes, a heart short of blood often shows not as chest pain but as discomfort in the jaw, arm or upper belly, nausea, sweating or breathlessness, as you describe: treat it as your heart.");
    /* the warning signs named for what they may be, and what to do today */
    if (nr->preg_calf && (in.flags & MR_SYM_PREG_WARNING))
        /* pregnancy raises the risk of a clot; one swollen, painful calf is
         * a DVT until shown otherwise (ACOG 2020; RCOG Green-top 37a) */
        warning(r, zh(r) ? "怀孕时小腿疼或肿（尤其一侧、发硬、发热）：要先排除血栓（深静脉血栓），今天就去医院或打给产科，不要按摩、也不要为了消肿多走；孕晚期常见的水肿是两条腿都有、不疼、早上轻，和这个不一样"
                          : "a painful or swollen calf in pregnancy (above all one side, hard or warm): a clot (deep vein thrombosis) has to be ruled out, so go to hospital or call your maternity unit today; do not massage it or walk it off. The common swelling of late pregnancy is in both legs, painless and better in the morning; this is not that");
    /* fluid trickling in late pregnancy taken for leaking urine: the waters
     * until shown otherwise (prelabour rupture of membranes; NICE NG25,
     * RCOG Green-top 73): the maternity unit today, no waiting */
    if ((in.flags & MR_SYM_PREG_WARNING) && !nr->preg_calf && !nr->preg_head) {
        static const char *const wet[] = {"湿", "濕", "漏", "流水", "流液", "渗", "滲", "leak", "wet", "fluid", "trickl", "damp",
                                          "gush", NULL};
        if (text_says(nr->evidence[__builtin_ctz(MR_SYM_PREG_WARNING)], wet))
            warning(r, zh(r) ? "孕期一点一点流出的液体（总觉得湿湿的）不一定是漏尿，可能是羊水（破水、胎膜早破）：羊水多半清亮、没有尿味，憋也憋不住。今天就去产房或打给产科检查，不要等下次产检；流出的是绿色、褐色或带血，或胎动变少，马上去医院"
                              : "fluid trickling in pregnancy (underwear that keeps getting wet) is not always leaking urine: it can be your waters (the membranes breaking early). Waters are usually clear, do not smell of urine and cannot be held in. Call your maternity unit and go in to be checked today, not at the next appointment; if it is green, brown or bloody, or the baby moves less, go straight in");
    }
    if (nr->preg_head && (in.flags & MR_SYM_PREG_WARNING))
        /* headache with visual disturbance in pregnancy: pre-eclampsia (ACOG 2020) */
        warning(r, zh(r) ? "孕期头痛加上眼花（或剧烈头痛）：可能是血压升高（子痫前期）的信号，今天就量血压、联系产科，不要等到下次产检"
                          : "a headache in pregnancy with blurred vision or spots (or a severe one): it can be a sign of pre-eclampsia, so have your blood pressure checked and call your maternity unit today, not at the next appointment");
    if (nr->angina && (in.flags & MR_SYM_CHEST_PAIN) && !mi_now)
        /* new or worsening angina is unstable until assessed (AHA/ACC 2021 chest pain guideline) */
        warning(r, zh(r) ? "用力时胸闷（哪怕放射到胳膊或下巴）、歇一歇就好：这是心绞痛的典型表现；新出现或最近加重的（尤其放过支架、有冠心病的），即使已经缓解，也要今天去看心内科；如果休息时也发作、或持续超过5分钟，立即拨打120。天冷会诱发心绞痛，但不能当作原因放过"
                          : "chest tightness on effort (even when it spreads to the arm or jaw) that eases with rest is the pattern of angina; new or getting worse (above all with a stent or heart disease), it needs a cardiologist today even though it passed; if it comes at rest or lasts more than 5 minutes, call an ambulance. Cold weather can bring angina on; it does not explain it away");
    if (nr->med_toxic == 1)
        warning(r, zh(r) ? "吃锂盐的人，拉肚子、喝水少或天热出汗多，锂的血药浓度会升高；手抖加重、走路不稳、头晕发懵，正是锂中毒的表现。现在就去急诊查血锂浓度，不要等；查清之前不要爬山或运动。"
                         : "On lithium, diarrhoea, drinking little or sweating in the heat push the lithium level up, and a worse tremor, unsteadiness and feeling muddled are the signs of lithium toxicity: go to an emergency department now for a lithium level, do not wait; no hiking or exercise until it is checked.");
    if (nr->med_toxic == 2)
        warning(r, zh(r) ? "抗抑郁药（SSRI）再加上曲马多这类药，出汗、发冷发抖、肌肉不自主抽动、腹泻、心慌、发烧，可能是5-羟色胺综合征，不是普通的药物副作用：现在就去急诊，把两种药都带上，不要再吃曲马多，也不要用跑步“出汗排掉”。"
                         : "An SSRI together with tramadol (or a similar drug), and sweating, shivering, muscles twitching or jerking on their own, diarrhoea, a pounding heart and a fever: this can be serotonin syndrome, an interaction, not ordinary side effects. Go to an emergency department now with both medicines, take no more tramadol, and do not try to sweat it out with a run.");
    if (mr_rule_fired(r->rules, r->n_rules, MR_RULE_GLUCOSE_HYPO) &&
        notes_say(p, (const char *const[]){"胰岛素", "胰島素", "insulin", "lantus", "novorapid", "humalog", "来得时", "诺和", NULL}))
        /* lows on insulin: the dose is the doctor's to lower, not an anxiety to walk off (ADA 2024, Standards of Care 6) */
        warning(r, zh(r) ? "打胰岛素后出现心慌、手抖、出冷汗，血糖又低：这是低血糖，不是焦虑。反复在同一时间低，说明胰岛素剂量可能偏大，这周就告诉医生调整；随身带糖，运动前先测血糖。"
                         : "A racing heart, shaking and a cold sweat with a low reading on insulin: that is a hypo, not anxiety. Lows at the same time of day mean the insulin dose may be too high: tell your doctor this week so it can be adjusted; carry fast sugar and check before you exercise.");
    if (nr->despair && !mr_rule_fired(r->rules, r->n_rules, MR_RULE_CRISIS)) /* first: a person to talk to today (WHO mhGAP 2019) */
        warning(r, zh(r) ? "你写到觉得活着没意思或想伤害自己。请今天就找人聊聊：医生、信任的家人朋友，或心理援助热线（全国心理援助热线12356；北京心理危机研究与干预中心010-82951332）；如果有马上伤害自己的打算，请拨打120或110。你不必一个人扛着。"
                         : "You wrote that life feels not worth living, or of hurting yourself. Please talk to someone today: your doctor, someone you trust, or a crisis line (US 988; UK and Ireland, Samaritans 116 123; elsewhere your local crisis line), and call emergency services if you might act on it now. You do not have to carry this alone.");
    if ((in.flags & (MR_SYM_BREATH | MR_SYM_CHEST_PAIN)) && (flags & MR_COND_ASTHMA) && nr->pollen_high)
        /* a high pollen count with a storm coming is thunderstorm asthma's
         * day: indoors, windows shut, the preventer back on (GINA 2023) */
        warning(r, zh(r) ? "花粉很高（有雷暴的话更危险，雷暴哮喘）：今天待在室内、关好门窗，不在户外运动；按时用预防性吸入剂，急救吸入剂随身带；喘得越来越重、用了急救吸入剂也不缓解，立即拨打急救电话（GINA 2023）。"
                         : "A very high pollen count (worse with a thunderstorm: thunderstorm asthma): stay indoors with the windows shut today, no exercise outside, take your preventer as prescribed and keep the reliever on you; if the breathing keeps getting worse or the reliever does not help, call emergency services (GINA 2023).");
    /* breathless with asthma: the reliever first, and when to call (GINA 2023); left behind, getting one comes first */
    if ((in.flags & MR_SYM_BREATH) && (flags & MR_COND_ASTHMA) && nr->no_reliever)
        warning(r, zh(r) ? "有哮喘、现在胸闷气喘，急救吸入剂又不在身边：今天就要拿到一支（回家取、请家人送来、找校医或药房/诊所），在拿到之前不运动、不在冷空气里待着；喘得说不出整句话、嘴唇发紫或越来越重，立即拨打120（GINA 2023）。"
                         : "Breathless with asthma and your reliever is not with you: getting one is today's first job (fetch it, have it brought, or see the school nurse, a pharmacy or a clinic); until you have it, no exercise and keep out of the cold air. If you cannot finish a sentence, your lips turn blue or it keeps getting worse, call emergency services (GINA 2023).");
    else if ((in.flags & MR_SYM_BREATH) && (flags & MR_COND_ASTHMA))
        warning(r, zh(r) ? "有哮喘又喘得厉害：现在先用急救吸入剂（蓝色的万托林/沙丁胺醇），坐直、慢慢呼吸；几分钟内没有缓解、说话说不完整句子，或嘴唇发紫，立即拨打120（GINA 2023）。"
                         : "Breathless with asthma: use your reliever (the blue inhaler) now, sit upright and breathe slowly; if it does not ease within a few minutes, you cannot finish a sentence, or your lips turn blue, call emergency services (GINA 2023).");
    /* at altitude, the emergency's signs may be the mountain's (Wilderness Medical Society 2019) */
    if (so.emergency && (nr->notes2 & MR_NOTE2_ALTITUDE) && !mr_rule_fired(so.rules, so.n_rules, MR_RULE_AMS))
        warning(r, zh(r) ? "在高海拔的头几天，头痛（常伴睡不好、恶心、乏力或爬楼就喘）是急性高原反应：今天休息，不跑步，也不要再往更高处走（更高处的行程先推迟），等症状消失再说；如果休息时也喘、咳嗽、意识模糊或走路不稳，这是高原急症，要立即下撤并就医（WMS 2019）。"
                         : "In the first days at altitude, a headache (often with poor sleep, nausea, tiredness or breathlessness on stairs) is acute mountain sickness: rest today, no run, and go no higher (put off any climb) until it has gone; breathless at rest, a cough, confusion or unsteady walking are high-altitude emergencies: go down and get help now (Wilderness Medical Society 2019).");
    /* light-headed on dialysis: the fluid taken off drops the pressure on
     * standing, and "drink some water" is the wrong advice on a fluid
     * allowance (KDIGO 2024; the ACSM's renal chapter: train on the days
     * between sessions, never load the fistula arm) */
    int kidney_dizzy = (in.flags & MR_SYM_DIZZINESS) && (nr->notes2 & MR_NOTE2_KIDNEY) && nr->dialysis;
    if (kidney_dizzy)
        warning(r, zh(r) ? "透析后头晕、站起来发黑：透析脱水后血压容易低。今天不运动；坐下或躺下，起身要慢；不要为了头晕多喝水，按你的限水量来；今天就告诉透析室的医护或医生，让他们看看脱水量和血压。晕倒、胸痛、心跳乱或气短，立即拨打120。运动放在不透析的日子，造瘘的手臂不负重、不压（KDIGO 2024；ACSM）"
                         : "Light-headed after dialysis: taking the fluid off drops the blood pressure on standing. No exercise today; sit or lie down and get up slowly, and keep to your fluid allowance rather than drinking for it; tell the dialysis team or a doctor today, who can look at the fluid removed and your pressures. Fainting, chest pain, an irregular heartbeat or breathlessness: call emergency services. Exercise on the days between sessions, and keep weights and pressure off the fistula arm (KDIGO 2024; ACSM).");
    /* a fever in chemotherapy may be neutropenic sepsis (NICE CG151): the
     * call now comes first, and the neck check's "a doctor if it lasts three
     * days" would contradict it */
    int chemo_fever = (flags & MR_SYM_FEVER) && (nr->notes2 & MR_NOTE2_CHEMO);
    if (chemo_fever)
        warning(r, zh(r) ? "化疗期间发烧（38°C以上）可能是白细胞低时的感染（中性粒细胞减少性发热），属于急症：现在就打肿瘤科或化疗中心的急诊电话，或直接去医院，不要等着看会不会自己退（NICE CG151）。"
                         : "A fever during chemotherapy can be an infection while the white count is low (neutropenic sepsis), an emergency: call your cancer team's 24-hour line or go to hospital now; do not wait to see whether it passes (NICE CG151).");
    int fast_dizzy = (nr->notes2 & MR_NOTE2_FASTING) && (nr->flags & MR_SYM_DIZZINESS) && so.n_rules == 1 &&
                     !(nr->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS | MR_SYM_BREATH));
    int knock_dizzy = (nr->notes2 & MR_NOTE2_CONCUSSION) && (nr->flags & MR_SYM_DIZZINESS) &&
                      !(nr->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS | MR_SYM_BREATH));
    int high_on_tablets = 0; /* 250-349 on tablets alone, well: the reading's reason says a walk helps (below) */
    for (int i = 0; i < so.n_rules; i++) { /* with a heart attack's signs, the call-now line says it all */
        if ((so.rules[i] == MR_RULE_SYM_CHEST && (nr->notes & MR_NOTE_MI_SIGNS)) || (so.rules[i] == MR_RULE_SYM_DIZZY && kidney_dizzy))
            continue;
        /* light-headed on standing in a Ramadan fast, nothing else: the
         * fast's fluid first, a doctor for the signs that point elsewhere
         * (the reason below; Chaouachi et al. 2009) */
        /* still dizzy after a knock to the head: the concussion's words, not
         * the heart's (NICE NG232, 2023; Amsterdam consensus, Patricios et al. 2023) */
        if (so.rules[i] == MR_RULE_SYM_DIZZY && knock_dizzy) {
            warning(r, zh(r) ? "头部被撞后还在头晕：在医生排除之前按脑震荡对待。今天不运动、不训练、不比赛，今天就去看医生；头痛越来越重、呕吐、糊涂或犯困叫不醒、抽搐、手脚无力或说话不清，马上去急诊，今晚身边要有人（NICE NG232）。症状消失、医生放行后，再按分级步骤一步步回到运动（阿姆斯特丹共识2023）。"
                               : "Still dizzy after a knock to the head: treat it as a concussion until a doctor says otherwise. No exercise, training or games today, and see a doctor today; a headache that keeps getting worse, vomiting, confusion or drowsiness, a fit, weakness or slurred speech: go to the emergency department now, and have someone with you tonight (NICE NG232). Back to sport only by the graded steps once the symptoms have gone and a doctor has cleared you (Amsterdam consensus 2023).");
            continue;
        }
        if (so.rules[i] == MR_RULE_SYM_DIZZY && fast_dizzy) {
            warning(r, zh(r) ? "禁食期间站起来头晕：多半是禁食缺水。今天开斋前不运动；开斋到封斋之间多喝水、吃点咸的。不禁食时也晕、晕倒过，或伴有胸痛、心慌：请看医生；胸痛、心跳停不下来或晕倒，拨打120。"
                               : "Light-headed on standing while fasting: most often too little fluid from the fast. No exercise before iftar today; drink well and have some salt between iftar and suhoor. If it comes when you are not fasting, if you faint, or with chest pain or a racing heart, see a doctor; chest pain, a heartbeat that will not settle or a faint: call emergency services.");
            continue;
        }
        if (chemo_fever && (so.rules[i] == MR_RULE_SYM_FEVER || so.rules[i] == MR_RULE_SYM_ILLNESS)) continue;
        if (so.rules[i] == MR_RULE_UNSURE && only_temp_unsure(nr)) continue; /* the temperature's own line says it */
        /* training in a house one cannot leave: the wet ground and the storm outside are not its concern */
        if (nr->at_home && (so.rules[i] == MR_RULE_SLIPPERY || so.rules[i] == MR_RULE_FALLS_SNOW || so.rules[i] == MR_RULE_THUNDER))
            continue;
        /* winded at altitude: the mountain's own line (below) says what it is and when it is an emergency */
        if (so.rules[i] == MR_RULE_SYM_BREATH && (nr->notes2 & MR_NOTE2_ALTITUDE)) continue;
        /* high, and the ketones already checked negative: not "check ketones" again
         * (ADA 2016: 250+ with no ketones, light to moderate is fine; with
         * insulin, a low can follow hours later, overnight too) */
        if (so.rules[i] == MR_RULE_GLUCOSE_HIGH && nr->ketones_neg)
            warning(r, zh(r) ? "血糖250-349 mg/dl，酮体阴性：可以做轻到中等强度运动，不做高强度；多喝水，运动中和运动后复测。用胰岛素的话，运动后几个小时到夜里都可能低血糖，睡前再测一次（ADA 2016）。"
                             : "Blood glucose 250-349 mg/dl with ketones negative: light to moderate exercise is fine, nothing intense; drink water and recheck during and after. On insulin, a low can come hours later and overnight: check again before bed (ADA 2016).");
        /* high after a meal on tablets alone (no insulin, no pump, no SGLT2),
         * feeling well: ketones are rarely the issue in type 2 off insulin, and
         * a walk brings the sugar down (ADA 2016: the ketone check is for type 1
         * and insulin users; ADA 2024 Standards, section 5) */
        else if (so.rules[i] == MR_RULE_GLUCOSE_HIGH && !(nr->notes & MR_NOTE_INSULIN) && !nr->pump && !nr->sglt2 &&
                 !(nr->notes & MR_NOTE_HYPERGLY_SIGNS) && !(nr->flags & (MR_SYM_ILLNESS | MR_SYM_FEVER)) && ++high_on_tablets)
            warning(r, zh(r) ? "血糖250-349 mg/dl，没用胰岛素、人也没有口渴尿多等不适：酮体的问题主要见于1型糖尿病和用胰岛素的人，你可以运动；饭后轻松到中等强度的快走最能把血糖降下来，不做高强度，多喝水，走完复测。如果口渴、尿多、恶心或人不舒服，就别运动，今天联系医生（ADA 2016）。"
                             : "Blood glucose 250-349 mg/dl, on tablets without insulin and feeling well: ketones are mostly a concern in type 1 diabetes and on insulin, so you can exercise; an easy-to-moderate walk after a meal is what brings it down best. Nothing intense, drink water, and recheck afterwards. With thirst, passing a lot of urine, nausea or feeling unwell: no exercise, and contact your doctor today (ADA 2016).");
        /* an arthritic knee or hip sore after more than usual, no injury: movement is its treatment, so the line
         * says how much ache is fine rather than a stock "joint injury" (OARSI 2019; ACR/AF 2020) */
        else if (so.rules[i] == MR_RULE_JOINT && !(nr->notes & MR_NOTE_ACUTE_SPRAIN) && notes_say(p, arthritic_w) &&
                 !notes_say(p, (const char *const[]){"类风湿", "類風濕", "rheumatoid", NULL})) { /* (rheumatoid's flare has its own lines) */
            /* ... and the stairs that made it ache come back in smaller doses, not never (OARSI 2019) */
            int stairs = notes_say(p, (const char *const[]){"stairs", "steps", "flights", "楼梯", "台阶", "爬楼", "樓梯", "台階", NULL});
            warning(r, zh(r) ? (stairs ? "骨关节炎的膝盖（或髋）在比平时多的活动后酸、僵：不是新伤，不用停，动起来才是治疗。这一两天走平路、短一点，或者游泳、骑车这类不冲击的；楼梯先少爬几层（上楼比下楼轻松，扶着扶手，下楼可以坐电梯），膝盖24小时内能恢复就慢慢加回去；运动中疼痛不超过3-4分（满分10），第二天早上能消下去就没问题；肿起来、发热发红、卡住或打软腿，请看医生"
                                       : "骨关节炎的膝盖（或髋）在比平时多的活动后酸、僵：不是新伤，不用停，动起来才是治疗。这一两天走平路、短一点，或者游泳、骑车这类不冲击的；运动中疼痛不超过3-4分（满分10），第二天早上能消下去就没问题；肿起来、发热发红、卡住或打软腿，请看医生")
                             : (stairs ? "An arthritic knee (or hip) achy and stiff after more than usual: not a new injury, so no need to stop; keep moving, movement is its treatment. For a day or two keep walks on the flat and a little shorter, or use the pool or the bike; fewer flights of stairs for now (up is easier on it than down: the rail, or the lift down), building back as the knee settles within a day; pain up to 3-4 of 10 that settles by the next morning is fine; swelling, heat and redness, locking or giving way: see your doctor"
                                       : "An arthritic knee (or hip) achy and stiff after more than usual: not a new injury, so no need to stop; keep moving, movement is its treatment. For a day or two keep walks on the flat and a little shorter, or use the pool or the bike; pain up to 3-4 of 10 that settles by the next morning is fine; swelling, heat and redness, locking or giving way: see your doctor"));
        }
        /* a COPD flare-up: its own line, the action plan and a doctor today (GOLD 2024; NICE NG115) */
        else if (so.rules[i] == MR_RULE_SYM_BREATH && nr->copd_flare)
            warning(r, zh(r) ? "慢阻肺急性加重（比平时更喘、痰变多或变黄变绿、急救吸入剂用得多了很多）：今天不要运动，空气差也不是原因的全部；按你的慢阻肺行动计划处理（有备用的药就按计划用），今天就去看医生或门诊；静坐也喘、说话接不上气、嘴唇发紫、神志不清或胸痛，立即拨打急救电话。稳定下来以后再恢复散步和肺康复（GOLD 2024）"
                             : "A COPD flare-up (more breathless than usual, more or discoloured phlegm, the reliever needed far more often): no exercise today, and the haze is not the whole story; follow your COPD action plan (your rescue pack if you have one) and see your GP or clinic today. Breathless at rest or too breathless to talk, blue lips, confusion or chest pain: call emergency services now. Walking and pulmonary rehab come back once it has settled (GOLD 2024; NICE NG115)");
        /* a back that has ached for weeks, no leg or knee named: keep moving,
         * and the few signs that need a doctor now (NICE NG59, 2016:
         * cauda equina and a nerve root; ACP 2017) */
        else if (so.rules[i] == MR_RULE_JOINT && ((p->flags | nr->flags) & MR_COND_BACK) &&
                 !((p->flags | nr->flags) & (MR_COND_KNEE | MR_COND_ANKLE)) && !(nr->notes & MR_NOTE_ACUTE_SPRAIN))
            warning(r, zh(r) ? "腰背痛：动起来比躺着好，选低冲击的（走路、游泳、骑车），疼痛不加重就行；久坐久开车中间起来走走。出现以下情况请马上看医生：会阴或臀部发麻、大小便困难或失禁、一条腿越来越无力或麻木；疼痛放射到腿、夜里痛醒或越来越重，也请尽快就诊（NICE NG59）"
                             : "Back pain: moving helps more than resting, low impact (walking, swimming, cycling) as long as it does not get worse; break up long sitting and driving. See a doctor now for numbness around the groin or buttocks, trouble passing urine or controlling the bowel, or a leg getting weak or numb; pain spreading down a leg, waking you at night or getting steadily worse: see your doctor soon (NICE NG59)");
        /* an arthritic joint swollen after more than usual: its own line, not a sprain's (OARSI 2019; ACR/AF 2020) */
        else if (so.rules[i] == MR_RULE_ACUTE_SPRAIN && nr->oa_swollen)
            warning(r, zh(r) ? "有骨关节炎的关节在比平时多的活动后肿了、酸痛：不是新伤，是关节炎在反应。今天照样动，但选不冲击、不扭转的（游泳、水中运动、骑车、力量），强度中等，时间短一点；冰敷15分钟、抬高；越来越肿、发热发红或不能承重，请看医生。下次同样的活动分段做、用登山杖，慢慢加量"
                             : "An arthritic joint swollen and sore after more than usual: not a new injury, the arthritis reacting. Keep moving today, but with nothing that pounds or twists it (swimming, water exercise, cycling, strength), at a moderate effort and a little shorter; ice it for 15 minutes and raise it. Swelling that keeps growing, heat and redness, or not being able to bear weight: see your doctor. Next time build that activity up in stages, with poles");
        /* a diabetic foot wound with an infection's signs told: today, not "if" (IWGDF/IDSA 2023) */
        else if (so.rules[i] == MR_RULE_FOOT_WOUND && nr->foot_infected)
            warning(r, zh(r) ? "有糖尿病，脚上的伤口有感染的迹象（渗液、流脓、发黄或周围发红、发热、肿）：脚麻的话不疼也可能已经感染。今天就去看医生、足病门诊或急诊，不要等；在那之前伤脚不负重（不走路锻炼）、不泡水、不自己挑破或涂偏方，用干净敷料盖好。发烧、红肿往上蔓延或血糖一直偏高：马上就医（IWGDF/IDSA 2023）。"
                             : "The sore on your foot has signs of infection (weeping, pus or yellow on the sock, red, warm or swollen around it), and with diabetes, above all on a numb foot, an infection can spread without hurting: have it seen today by your doctor, a podiatrist or urgent care, not at the next appointment. Until then keep your weight off it (no walking for exercise), keep it dry and covered with a clean dressing, and don't soak or pick at it. A fever, redness spreading up the foot or sugars running high: get seen now (IWGDF/IDSA 2023).");
        /* the arm with the line swollen: a line-related clot, its own line (NICE NG158, 2020) */
        else if (so.rules[i] == MR_RULE_SEE_TODAY && nr->line_arm)
            warning(r, zh(r) ? "装着PICC（或输液港）的那只手臂肿了、发紧（手指胀、表带或戒指变紧）：可能是导管相关的深静脉血栓（血块），不是睡觉压的。今天不运动，那只手臂不用力、不按摩；今天就联系肿瘤科或化疗室，或去急诊做超声。突然喘不上气、胸痛或咳血：立即拨打急救电话（NICE NG158）。"
                             : "The arm with the PICC line (or port) swollen or tight (fingers puffy, a watch strap or ring tighter): this can be a clot around the line (a deep vein thrombosis), not the way you slept. No exercise today, nothing with that arm and no massage; call your cancer team's line or go to urgent care today for an ultrasound. Sudden breathlessness, chest pain or coughing blood: call emergency services now (NICE NG158).");
        /* one calf and no fluid: the clot's own line, what to do and the lungs' signs (NICE NG158, 2020) */
        else if (so.rules[i] == MR_RULE_SEE_TODAY && !nr->fluid)
            warning(r, zh(r) ? "一侧小腿又肿又痛（长途飞机或坐车后、产后、手术或打石膏后，或明显比另一侧粗）：可能是腿部深静脉血栓（血块）。今天不要运动，也不要走路“活动开”、拉伸、按摩或用泡沫轴滚；今天就去看医生或急诊，做个超声检查。如果突然喘不上气、胸痛（吸气时更痛）或咳血，可能是血栓跑到了肺里：立即拨打120（NICE NG158）。"
                             : "One calf swollen and painful (after a long flight or drive, a birth, an operation or a cast, or bigger than the other): this can be a blood clot in the leg (deep vein thrombosis). No exercise today, not even a walk to loosen it, and no stretching, massage or foam rolling; see a doctor today (urgent care or the emergency department) for a scan. Sudden breathlessness, chest pain that is worse on breathing in, or coughing blood can mean the clot has reached the lungs: call emergency services now (NICE NG158).");
        else
            warning(r, mr_safety_text(so.rules[i], r->language));
    }
    /* heat coming later today, told ("TV says heat advisory, 101 this
     * afternoon"): the session in the cool of the day (ACSM 2007), with
     * water; age and blood-pressure tablets take heat worse (CDC, heat and
     * older adults) */
    if (nr->heat_later >= 32.0f && !so.emergency && (isnan(p->temp_c) || p->temp_c < nr->heat_later - 3.0f)) {
        int frail = heat_frail(p, nr, flags);
        char deg[24], t[1024];
        if (p->imperial && !zh(r)) snprintf(deg, sizeof deg, "%.0f°F", nr->heat_later * 9 / 5 + 32);
        else snprintf(deg, sizeof deg, "%.0f°C", nr->heat_later);
        snprintf(t, sizeof t,
                 zh(r) ? "今天晚些时候会很热（约%s）：运动趁早上凉快时做完，或者放到傍晚，上午11点到下午5点之间不在外面练；带水，少量多次喝%s；头晕、头痛、恶心或抽筋就停下来，到阴凉处降温；意识不清或晕倒是急症，拨打120（ACSM 2007）"
                       : "Heat later today (about %s): do today's exercise now while it is cool, or in the evening, and stay out of the heat between about 11 am and 5 pm; take water and drink little and often%s; stop and cool down in the shade for dizziness, headache, nausea or cramps; confusion or collapse is an emergency: call emergency services (ACSM 2007).",
                 deg,
                 !frail ? "" : zh(r) ? "；年纪大了、吃着降压药，身体更扛不住热，要更小心"
                                     : "; at your age and on blood-pressure tablets the heat hits harder, so take more care than others");
        warning(r, t);
    }

    /* a low feared with exercise: metformin (and most tablets) seldom cause
     * one; insulin and the sulfonylureas can (ADA 2016, 2024) */
    if (nr->hypo_asked && ((flags | nr->flags) & MR_COND_DIABETES) && !so.emergency && r->activity != MR_ACT_REST &&
        !(nr->notes & MR_NOTE_LOW_GLUCOSE))
        reason(r, "%s", nr->hypo_asked == 1
                            ? (z ? "你问运动会不会低血糖：单用二甲双胍这类药很少引起低血糖，饭后快走30-45分钟反而能把饭后血糖降下来；出汗、手抖、心慌、饿得发慌就停下，吃点糖或喝点果汁（ADA 2016）"
                                 : "you asked whether exercise will bring on a low: on metformin and most tablets alone a low is rare, and a 30-45 minute brisk walk after a meal brings the after-meal glucose down; stop and take some sugar or juice if you turn sweaty, shaky or suddenly hungry (ADA 2016)")
                            : (z ? "你问运动会不会低血糖：打胰岛素或吃格列类药，运动时可能低血糖：运动前测一下，低于100（5.6 mmol/l）先吃15-30克碳水，随身带糖，运动后几小时和夜里也留意（ADA 2016）"
                                 : "you asked whether exercise will bring on a low: on insulin or a sulfonylurea it can, so check before you start, take 15-30 g of carbohydrate below about 100 mg/dl (5.6 mmol/l), carry fast sugar, and watch for lows in the hours after and that night (ADA 2016)"));
    /* a note to excuse a child from PE: with asthma under control, sport
     * is encouraged, with the reliever before it (GINA 2023; NICE NG80) */
    if (nr->pe_exempt_asked && p->age < 18 && !so.emergency)
        reason(r, "%s", (flags | nr->flags) & MR_COND_ASTHMA
                            ? (z ? "你问要不要开免体证明：不建议。哮喘控制得好的孩子，完全可以正常上体育、练长跑，运动对孩子的哮喘和身体都有好处（GINA 2023）。这样练：跑前10-15分钟按医嘱吸一次沙丁胺醇，充分热身10分钟，先慢后快、循序渐进，天冷或空气差时在室内或戴口罩热身；气雾剂随身带。跑时咳嗽、喘、胸口紧就停下用药，几分钟不缓解或说不出整句话，马上就医。最好请医生写一份哮喘行动计划交给体育老师"
                                 : "you asked about a note to excuse your child from PE: better not. With asthma under control, children can take part fully, and exercise is good for their asthma and their health (GINA 2023). How: the reliever 10-15 minutes before running as the doctor advises, a 10-minute warm-up, building up gradually, warming up indoors when it is cold or the air is poor, the inhaler always at hand. Coughing, wheezing or a tight chest: stop and use it; if that does not settle within minutes or speaking in full sentences is hard, get help at once. Ask the doctor for an asthma action plan to give the PE teacher")
                            : (z ? "你问要不要开免体证明：没有医生说明的原因，不建议。体育课和练跑对孩子的身体和情绪都有好处；担心什么具体问题，先请医生看看"
                                 : "you asked about a note to excuse a child from PE: not without a medical reason a doctor has found. PE and running are good for a child's body and mood; if there is a specific worry, have a doctor check it first"));
    /* a painkiller to train through soreness: it hides the warning pain,
     * and NSAIDs before hard exercise add kidney and gut risk without
     * helping recovery (Warden 2005; Lipman et al. 2017) */
    if (nr->nsaid_through && !so.emergency)
        reason(r, "%s", z ? "你问练之前吃止痛药（布洛芬之类）硬撑：不建议。止痛药会把提醒你停下的疼痛盖住，练前吃消炎止痛药还会增加肾脏和肠胃的负担，也不会让肌肉恢复得更快。酸痛的部位今天让它歇着，练别的部位，等酸痛消退再练它"
                          : "you asked about taking ibuprofen (or another painkiller) first to push through: better not. It masks the pain that tells you to back off, and anti-inflammatories before hard exercise strain the kidneys and the gut without speeding recovery. Let the sore muscles rest today, train the others, and load them again once the soreness has eased");
    /* on a blood-pressure tablet too ("吃着药可以运动吗？会不会...晕倒？"): the tablet is no reason
     * not to exercise; the light-headedness comes on stopping suddenly or standing up fast (ACSM; AHA) */
    if (nr->hypo_asked && nr->bp_med && !so.emergency && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? "你问吃着降压药能不能运动：能，吃着药照样运动，规律运动还能帮降压；降压药让人头晕多在运动后突然停下或猛地站起来时，所以最后5分钟放慢走、慢慢停，起身别太猛；头晕就坐下歇"
                          : "you asked whether you can exercise on your blood-pressure tablets: yes, keep taking them and keep moving, which helps the pressure too; the light-headedness they can bring comes from stopping suddenly or standing up fast, so slow down for the last 5 minutes, stop gradually and get up slowly, and sit down if you feel dizzy");
    /* the old 140-beat ceiling in pregnancy: dropped from ACOG's guidance in
     * 1994; the talk test and RPE 12-14 are the measure (ACOG 2020) */
    if ((flags & MR_COND_PREGNANCY) && !so.emergency && strstr(p->notes, "140") &&
        notes_say(p, (const char *const[]){"heart", " hr ", "hr 1", "bpm", "pulse", "心率", "心跳", NULL}))
        reason(r, "%s", z ? "你问孕期心率是不是不能超过140：这是过时的说法，美国妇产科医师学会1994年就取消了这个上限；现在看的是能不能说话（说话测试）和自觉用力程度（RPE 12-14）。能边运动边说整句话，对宝宝就是安全的；出现出血、规律宫缩、流液、头晕或胸痛就停下并联系产科（ACOG 2020）"
                          : "you asked about the 140-beat heart-rate limit: that is an old rule, dropped from ACOG's guidance in 1994; the measure now is the talk test and how hard it feels (RPE 12-14). If you can talk in full sentences while you exercise, it is safe for the baby; stop and call your maternity team for bleeding, regular contractions, fluid leaking, dizziness or chest pain (ACOG 2020)");
    /* exercise feared to cause a miscarriage: in an uncomplicated pregnancy
     * it does not, and those active before can carry on (ACOG 2020) */
    if (nr->miscarriage_fear && (flags & MR_COND_PREGNANCY) && !so.emergency && !nr->previa && !nr->told_not &&
        !notes_say(p, (const char *const[]){"recurrent", "high risk", "high-risk", "miscarriages", "consultant", "told to rest",
                                            "bed rest", "take it easy", "流产过", "习惯性流产", "保胎", "卧床", "高危", NULL}))
        reason(r, "%s", z ? "你问运动会不会导致流产：不会。没有并发症的怀孕，运动不会增加流产的风险；孕前就有运动习惯的（包括跑步），可以在能边练边说整句话的强度下继续，不用停（ACOG 2020）。早孕期的流产多半是胚胎本身的原因，不是你做了什么。出现出血、腹痛或规律宫缩、流液、头晕，就停下并联系产科"
                          : "you asked whether exercise (running included) can cause a miscarriage: no. In an uncomplicated pregnancy exercise does not raise the risk of miscarriage, and if you were active before, running included, you can carry on at an effort you can talk through, with no need to stop (ACOG 2020); an early miscarriage almost always comes from the pregnancy itself, not from anything you did. Stop and call your maternity team for bleeding, cramping pain or contractions, fluid leaking or dizziness");
    /* the heavy lifts in pregnancy: those who lifted before can go on, with
     * lighter loads, the breath let out on the effort (no Valsalva), no
     * lifting belt cinched over the bump and no long time flat on the back
     * after the first trimester (ACOG 2020) */
    if (nr->preg_lift == 2 && (flags & MR_COND_PREGNANCY) && !so.emergency && (so.allowed & (1u << MR_ACT_STRENGTH)))
        reason(r, "%s", z ? "你问孕期还能不能做硬举、深蹲、卧推，要不要戴腰带：孕前就在练、产检正常的话，可以继续（ACOG 2020），但要改：重量降到动作不变形、不用憋气的程度（用力时呼气，不做憋气发力），不做单次最大重量和力竭组；腰带不要勒紧肚子，宁可减重量，或改成相扑硬举、六角杠硬举给肚子留空间；孕早期之后，卧推改成上斜推或坐姿推胸，避免长时间平躺。漏尿、下坠感、用力时肚子中间鼓起一条，或任何疼痛，就减重量并告诉产科医生"
                          : "you asked about the heavy lifts (deadlift, squat, bench) and a belt in pregnancy: if you lifted before and your checks are normal you can carry on (ACOG 2020), changed: loads light enough that form holds and you never hold your breath to lift (breathe out on the effort, no Valsalva), no one-rep maximums or sets to failure; no belt cinched over the bump, drop the weight instead, or a sumo or trap-bar deadlift to make room; after the first trimester bench on an incline or seated rather than lying flat for long. Leaking, a heavy dragging feeling, a ridge bulging down the middle of the tummy on the effort, or any pain: lighten the load and tell your midwife or doctor");
    /* protein powder asked about: food first; those building muscle need
     * about 1.2-2.0 g/kg a day, which meals give (ACSM/AND/DC position on
     * nutrition and athletic performance, 2016); under 18 a powder is no
     * need, and "mass gainers" with stimulants or creatine are not for them (AAP) */
    if (nr->protein_asked && !so.emergency) {
        float kg = p->weight_kg;
        if (isnan(kg))
            reason(r, "%s", z ? "你问要不要喝蛋白粉：不是必需的，吃够饭更重要：想长肌肉，每天每公斤体重约1.2-2.0克蛋白质，分到三餐里（鸡蛋、牛奶、豆腐、鱼、肉），练完一小时内吃一份；蛋白粉只是方便，不比食物强（ACSM 2016）"
                              : "you asked about protein powder: not needed; meals matter more: building muscle takes about 1.2-2.0 g of protein per kg of body weight a day, spread over meals (eggs, milk, tofu, fish, meat), with a serving within an hour after training; a powder is a convenience, no better than food (ACSM 2016)");
        else
            reason(r, z ? "你问要不要喝蛋白粉：不是必需的，吃够饭更重要：想长肌肉，每天约%.0f-%.0f克蛋白质（每公斤体重1.2-2.0克），分到三餐里（鸡蛋、牛奶、豆腐、鱼、肉），练完一小时内吃一份，比如一杯牛奶加一个鸡蛋；蛋白粉只是方便，不比食物强%s（ACSM 2016）"
                        : "you asked about protein powder: not needed; meals matter more: building muscle takes about %.0f-%.0f g of protein a day (1.2-2.0 g per kg), spread over meals (eggs, milk, tofu, fish, meat), with a serving within an hour after training, a glass of milk and an egg for instance; a powder is a convenience, no better than food%s (ACSM 2016)",
                   1.2f * kg, 2.0f * kg,
                   p->age < 18 ? (z ? "；未成年人不用蛋白粉，也不要用含兴奋剂或肌酸的增肌产品" : "; under 18 skip powders, and any muscle-gain product with stimulants or creatine") : "");
    }
    /* lifting and a child's growth: supervised resistance training with
     * good technique does not harm growth plates or height (AAP, Stricker
     * et al. 2020; NSCA youth position 2009); WHO asks for muscle and bone
     * work on 3 days a week at 5-17 */
    if (nr->lift_growth && p->age >= 8 && p->age < 18 && !so.emergency)
        reason(r, "%s", z ? "你问练力量会不会长不高：不会。有人指导、动作正确、重量循序渐进，青少年的力量训练不会伤害生长板，也不影响长高；WHO建议5-17岁每周至少3天做练肌肉和骨骼的活动。真正伤人的是动作走形和硬拼最大重量：先学动作、用轻重量，每组留2-3次余力，不做单次极限（AAP 2020）"
                          : "you asked whether lifting will stunt growth: it won't. Supervised strength training with good technique and gradual loads does not harm growth plates or height, and WHO asks for muscle- and bone-strengthening activity on 3 days a week at 5-17. What injures is poor form and maxing out: learn the movements with light loads first, leave 2-3 reps in each set, and no one-rep maximums (AAP 2020)");
    /* exams ahead at school age: exercise helps attention, sleep and stress,
     * so the training shrinks rather than stops (WHO 2020; Donnelly et al.
     * 2016, physical activity and academic achievement in children) */
    if (nr->exams && p->age >= 10 && p->age < 20 && !so.emergency && r->activity != MR_ACT_REST)
        reason(r, "%s", z ? (notes_ask(p)
                                 ? "你问考试前还练不练：练，可以去，但少一点。完全停掉往往让压力和睡眠更糟；规律运动帮助注意力、记忆和情绪。考试这几周每次短一些（30-60分钟）、每周少一两次，不做比赛式的高强度，早点结束、不影响晚上睡觉；把这个安排跟爸妈商量好，练完就学习"
                                 : "考试前：训练减量，不停。完全停掉往往让压力和睡眠更糟；每次短一些（30-60分钟），早点结束、不影响睡觉；跟爸妈商量好安排")
                          : (strchr(p->notes, '?') ? "you asked whether to keep training before exams: yes, but less. Stopping completely usually makes stress and sleep worse, while regular exercise helps attention, memory and mood. For the exam weeks: shorter sessions (30-60 minutes), one or two fewer a week, nothing race-hard, finished early enough not to cost sleep; agree the plan with your parents, and study after"
                                                   : "exams ahead: train less, don't stop; shorter sessions (30-60 minutes), finished early enough not to cost sleep, agreed with your parents"));
    /* the gym disliked: what WHO asks for is muscle work on 2 days, which
     * needs no gym (bodyweight, bands, a class, the pool's own); the
     * activity enjoyed is the one kept (WHO 2020) */
    if (nr->gym_dull && !so.emergency && p->age >= 13)
        reason(r, "%s", z ? "你不喜欢健身房：不用非去。每周2天练肌肉就够，在家徒手（深蹲、俯卧撑、弓步、臀桥、平板支撑）、弹力带、普拉提或团体课都算（WHO 2020）；喜欢的运动（比如游泳）照样当主项，才坚持得下去"
                          : "the gym not for you: you don't have to keep going. Muscle work on 2 days a week is what counts, and bodyweight at home (squats, push-ups, lunges, glute bridges, a plank), bands, pilates or a class all do it (WHO 2020); keep what you enjoy, the pool say, as your main activity, since that is what you will keep doing");
    /* a run that felt far harder in the heat: the heat's cost, not a
     * failing: the same pace takes a higher heart rate and effort in heat
     * and humidity (cardiovascular drift), so easy runs go by feel or heart
     * rate, slower, in the cool of the day (ACSM 2007, exertional heat) */
    if (!so.emergency && r->activity != MR_ACT_REST &&
        notes_say(p, (const char *const[]){"sticky", "humid", "the heat", "so hot", "was hot", "like 35", "35 degrees", "34 degrees",
                                           "36 degrees", "闷热", "太热", "好热", "很热", "天热", NULL}) &&
        notes_say(p, (const char *const[]){"slow my", "slow down", "slower pace", "easy pace", "wrong with me", "放慢", "配速",
                                           "是不是我", "我是不是", NULL}))
        reason(r, "%s", z ? "你问要不要放慢、是不是自己出了问题：多半是热的缘故。又热又潮时，同样的配速心率和吃力程度都会明显升高（心率漂移），这很正常；轻松跑按感觉（能说整句话）或心率跑，不看配速，每公里慢20-30秒甚至更多也没关系，放在清晨或傍晚，带水。凉快的日子还这样、或者伴有头晕胸闷，再去看医生（ACSM 2007）"
                          : "you asked whether to slow your easy pace or whether something is wrong: most likely the heat. In heat and humidity the same pace takes a clearly higher heart rate and effort (cardiovascular drift), which is normal; run easy days by feel (full sentences) or heart rate, not pace, 20-30 seconds a kilometre slower or more, early or late in the day, with water. If it happens on cool days too, or with dizziness or chest tightness, see a doctor (ACSM 2007)");
    /* a resting heart rate up on the usual ("静息心率从52升到60", "resting
     * HR up 8 beats"): tiredness adding up, short sleep, stress or an
     * illness coming, an easy day's sign (Buchheit 2014) */
    if (!so.emergency && resting_hr_up(p))
        reason(r, "%s", z ? "静息心率比平时高了好几下：常见于训练累积、睡眠不足、压力大，或者快要生病；今天轻松一点或者休息，先把觉睡够，几天后回到平时的水平再加量；伴有发烧、嗓子痛或胸闷心慌就别练（Buchheit 2014）"
                          : "a resting heart rate several beats above your usual: training adding up, short sleep, stress or an illness coming on; keep today easy or rest, sleep first, and build again once it is back to your usual in a few days; with a fever, a sore throat, chest tightness or palpitations, no training (Buchheit 2014)");
    /* kidney disease and an anti-inflammatory painkiller: NSAIDs cut the
     * kidneys' blood flow, worst with an ACE inhibitor or ARB, a diuretic or
     * an SGLT2 inhibitor, and in the heat or short of fluid (KDIGO 2024;
     * NICE NG203): the doctor or pharmacist for another painkiller */
    if ((nr->notes2 & MR_NOTE2_KIDNEY) &&
        notes_say(p, (const char *const[]){"nurofen", "ibuprofen", "advil", "motrin", "naproxen", "aleve", "diclofenac",
                                           "voltaren", "celecoxib", "celebrex", "brufen", "布洛芬", "芬必得", "萘普生",
                                           "双氯芬酸", "扶他林", "塞来昔布", NULL}))
        warning(r, z ? "肾病吃布洛芬这类消炎止痛药：会减少肾脏的血流、伤肾，同时吃普利或沙坦类降压药、利尿药或恩格列净这类药时更明显，天热出汗少喝水时更危险。先别自己吃，问医生或药剂师换一种止痛药（一般是对乙酰氨基酚）；运动时多喝水（KDIGO 2024）"
                     : "Ibuprofen (Nurofen) and other anti-inflammatory painkillers with kidney disease: they cut the kidneys' blood flow and can harm them, more so with an ACE inhibitor or ARB (ramipril, losartan), a water tablet or an SGLT2 inhibitor (Jardiance), and most in the heat or short of fluid. Ask your doctor or pharmacist for another painkiller (paracetamol, usually) before the next dose, and drink well when you exercise (KDIGO 2024)");
    /* a sedating medicine's morning grogginess (mirtazapine, a sleeping
     * pill): getting up slowly, moving later in the day, with someone, and
     * the dose's timing told to the doctor (a fall is the risk: NICE NG249) */
    /* a drop in pressure on standing that the doctor knows and has treated:
     * rising in stages, water, and balance work close to support (NICE
     * CKS, postural hypotension; Li et al., NEJM 2012, for tai chi) */
    if (nr->med_groggy == 2 && !so.emergency)
        reason(r, "%s", z ? "医生已经查过、调过药的站起来头晕（体位性低血压）：起床分三步，先躺着动动脚、再在床边坐一两分钟、扶着东西慢慢站起来；早上先喝一大杯水（约500毫升），练习放在起床一小时以后，身边有可扶的东西（太极、坐着的练习都好）；头晕就马上坐下。真的晕倒或摔倒，就去看医生"
                          : "a drop in pressure on standing that your doctor has checked and adjusted the medicine for: get up in stages (move your feet lying down, sit on the edge of the bed for a minute or two, then stand holding something); drink a big glass of water (about 500 ml) first thing, exercise an hour or more after getting up, near something to hold (tai chi and seated work suit); sit down at once if dizzy. An actual faint or a fall: see a doctor");
    if (nr->med_groggy == 1 && !so.emergency)
        reason(r, "%s", z ? "吃了助眠、抗抑郁这类药，早上晕乎、腿软：起床慢一点，先在床边坐一两分钟再站起来；散步放到下午精神好的时候，有人陪着、走平路；把早上发晕的情况告诉开药的医生，可能要调整吃药的时间或剂量。要是真的晕倒、站不住或者摔了，就去看医生"
                          : "a sedating medicine's morning grogginess (and weak legs): get up slowly, sit on the edge of the bed for a minute or two first; walk later in the day when you are brighter, with someone, on the flat; tell the prescriber about the mornings, as the timing or dose may need changing. An actual faint, not being able to stand, or a fall: see a doctor");
    /* a stitch: common in new runners, harmless, and fewer with fitness;
     * no big meal in the 2 hours before, start slower, breathe from the
     * belly, press on the spot (Morton and Callister 2015) */
    if (nr->stitch && !so.emergency)
        reason(r, "%s", z ? "跑步岔气（侧腹痛）：刚开始跑的人很常见，不危险，也不说明你不适合跑步，练得多了会越来越少。吃饭后至少隔2小时再跑（吃完饭马上跑最容易岔气），开头5分钟慢一点，用腹部深呼吸，疼的时候放慢、用手按住疼的地方、深吸慢呼，缓过来再跑"
                          : "a stitch (a pain in the side while running): common when starting out, harmless, and no sign that running is not for you; it comes less as you get fitter. Leave 2 hours after a meal before running (running straight after eating is the usual cause), start the first 5 minutes slower, breathe deeply from the belly, and when it comes, slow down, press on the spot and breathe out slowly until it eases");
    /* walking that "does nothing" for the weight, and a wish to start
     * running: walking is doing its work (the weight is mostly the diet's:
     * ACSM 2009, 150-250 minutes a week prevent gain, more with the diet
     * for loss), and running starts as walk-jog on alternate days (ACSM's
     * initial stage) */
    if (!so.emergency && r->activity != MR_ACT_REST && p->age >= 18 &&
        notes_say(p, (const char *const[]){"走路没用", "走路是不是没用", "走路有没有用", "走路有用吗", "一斤没掉", "一斤都没掉",
                                           "体重没掉", "体重一点没", "walking is useless", "walking useless", "walking isn't working",
                                           "walking not working", "walking doesn't work", "weight hasn't budged", "weight not budging",
                                           "haven't lost a pound", "not lost a pound", "haven't lost any weight", NULL}))
        reason(r, "%s", z ? "你问走路是不是没用：有用。规律快走对血压、血糖、心肺和情绪都有好处；体重主要靠饮食，运动每周150-250分钟能防止长胖，要减下来还得配合少吃一点（ACSM 2009）。想更有效：走快一点、找坡走，或者加每周2次力量练习"
                          : "you asked whether walking is useless: it is not. Regular brisk walking helps the blood pressure, sugar, heart and mood; the weight is mostly the diet's: 150-250 minutes a week keeps it from rising, and losing it needs eating a little less too (ACSM 2009). To get more from it: walk faster, find hills, or add strength twice a week");
    if (!so.emergency && p->age >= 18 && (so.allowed & (1u << MR_ACT_RUN)) && !(p->flags & (MR_COND_PREGNANCY | MR_COND_HEART)) &&
        notes_say(p, (const char *const[]){"想开始跑", "想跑步", "想开始慢跑", "想试试跑步", "开始跑步", "want to start running",
                                           "want to start jogging", "wanna start running", "thinking of starting running",
                                           "thinking about running", "take up running", "start running", NULL}) &&
        !notes_say(p, (const char *const[]){"每天跑", "天天跑", "run every day", "running every day", "daily run", NULL}))
        reason(r, "%s", z ? "想开始跑步：可以，从走跑交替开始：快走5分钟热身，然后跑1分钟、走2分钟，重复8-10次，每周2-3次、隔天一次，跑的时候能说整句话；几周里慢慢加跑的时间、减走的时间，其余日子照常快走"
                          : "starting to run: yes, as walk-jog: 5 minutes of brisk walking to warm up, then 1 minute jogging and 2 walking, 8-10 times, on 2-3 days a week with a day between, at a pace you can talk in; over some weeks add jogging time and cut the walking, and keep your brisk walks on the other days");
    /* the week's fixed events (a trip, a drive, a wedding, heat forecast):
     * what the plan does on those days, said on the card, so that "出差那两天
     * 是不是只能不练了" has its answer here too */
    if (!so.emergency && p->wday >= 0) {
        char line[sizeof r->reasons[0]];
        for (int k = 0; mr_events_line(nr, p->wday, z, k, line, sizeof line); k++) reason(r, "%s", line);
    }
    /* when in the day: on night shifts before the shift, after waking; the
     * sleep after a night is the hard part, and a workout then delays it
     * (heuristic; sleep hygiene for shift workers, AASM) */
    if (nr->meal_time_asked && (flags & MR_COND_DIABETES) && !so.emergency && r->activity != MR_ACT_REST)
        /* with diabetes, a walk soon after a meal blunts the glucose rise
         * more than one before it (Reynolds et al. 2016; ADA 2016, Colberg) */
        reason(r, "%s", zh(r) ? "你问饭前走还是饭后走：饭后更好。吃完饭15-30分钟内开始走15-30分钟，餐后血糖升得最少，比饭前走管用；今天就等晚饭后再走。吃着会引起低血糖的药（胰岛素、磺脲类）的话，饭前空着肚子别走太久"
                              : "you asked whether to walk before or after the meal: after. A 15-30 minute walk starting within half an hour of eating blunts the rise in glucose more than a walk before it; today, walk after dinner. On a medicine that can cause lows (insulin, a sulfonylurea), don't walk long on an empty stomach");
    else if (nr->when_asked && !so.emergency && r->activity != MR_ACT_REST)
        reason(r, "%s", nr->night_shift
                            ? (z ? "你问上夜班什么时候练：睡醒后、上班前练，不要下夜班回家就练，那会让白天更难睡着，而白天的睡眠本来就是最难的；夜班那几天短一点（15-30分钟），长一点的放在休息日"
                                 : "you asked when to exercise on nights: after you wake and before the shift, not when you get home in the morning, which makes the day's sleep, already the hard part, harder to get; keep it short on shift days (15-30 minutes) and do the longer sessions on your days off")
                            : (z ? "你问什么时候练：哪个时间你能坚持就是最好的时间；只是睡前一小时内别练高强度，饭后隔一会儿再练"
                                 : "you asked when to exercise: the best time is the one you can keep to; just leave hard sessions out of the last hour before bed, and give a big meal an hour or two first"));
    /* the cold feared for the heart: how cold is cold (the cold raises blood
     * pressure and the heart's work, so below freezing the walk goes indoors
     * or later; a cool morning is not that; AHA, cold weather and the heart) */
    if (nr->cold_fear && !so.emergency && !isnan(p->temp_c) && p->temp_c < 15.0f) {
        char deg[24];
        if (p->imperial && !zh(r)) snprintf(deg, sizeof deg, "%.0f°F", p->temp_c * 9 / 5 + 32);
        else snprintf(deg, sizeof deg, "%.0f°C", p->temp_c);
        if (p->temp_c > 0.0f)
            reason(r, z ? "你问天冷会不会伤心脏：%s不算危险的冷，照原来的安排练（医生开的处方照做）；可以晚一点等气温回升再出门，穿暖、戴帽子手套，先在室内热身10分钟；风很大或降到0°C以下就改在室内快走（商场、走廊）（AHA）"
                        : "you asked about the cold and the heart: %s is not dangerous cold, so keep to your plan (and to what your doctor prescribed); go a little later when it is warmer, dress in layers with a hat and gloves, and warm up indoors for 10 minutes first; in a strong wind or below freezing, walk indoors instead (a mall, a corridor) (AHA)",
                   deg);
        else
            reason(r, z ? "你问天冷会不会伤心脏：%s确实冷，冷会让血压升高、心脏更费力，所以今天在室内练（商场、走廊、家里），或者等中午暖和些再出门，穿暖、戴帽子手套、围巾挡住口鼻，先在室内热身10分钟；但不是整周不动（AHA）"
                        : "you asked about the cold and the heart: at %s it is cold enough to raise blood pressure and make the heart work harder, so today's session goes indoors (a mall, a corridor, at home), or outside later when it is warmer, in layers with a hat, gloves and a scarf over the mouth, after 10 minutes' warm-up indoors; not a week without moving (AHA)",
                   deg);
    }
    /* a ride or walk to school or work in deep cold: not today (Environment
     * Canada's wind chill: at -28 and below skin freezes within 10-30 minutes) */
    if (nr->commute && !isnan(p->temp_c) && p->temp_c <= -15.0f && !so.emergency)
        warning(r, z ? (nr->commute == 1 ? "今天别骑车上学/上班：这么冷（风寒更低）骑车迎风，露在外面的皮肤几分钟就会冻伤；坐公交或让家人送"
                                          : "今天别走路上学/上班：这么冷（风寒更低），露在外面的皮肤很快会冻伤；坐公交或让家人送")
                     : (nr->commute == 1 ? "No riding to school or work today: in this cold, with the wind of the ride on top, exposed skin can freeze within minutes; take the bus or get a lift (Environment Canada, wind chill)"
                                         : "No walking to school or work today: in this cold exposed skin can freeze within minutes; take the bus or get a lift (Environment Canada, wind chill)"));

    /* 2. scores: the knowledge prior (goal, fitness, age, conditions, mood, weather) */
    int tb = temp_band(p->temp_c);
    mr_prior_in pin = {.age = p->age, .fitness = (int)p->fitness, .goal = mr_goal_for(p->goal, (flags & MR_COND_PREGNANCY) != 0, (nr->notes & MR_NOTE_POSTPARTUM) != 0), .flags = flags,
                       .mood = r->mood == MR_MOOD_STRESSED && fright_about_hr(r) ? MR_MOOD_NEUTRAL : mood_for_session(r), .prefer_indoor = prefer_indoor(p) && !rain_run_only(p, nr, flags), .cold = tb == TEMP_FREEZING || tb == TEMP_COLD,
                       .treadmill = nr->treadmill};
    float s[MR_ACT_COUNT];
    mr_activity_prior(&pin, s);
    memcpy(r->prior, s, sizeof r->prior);

    /* 3. the dose: habit, load, recovery, mood, time of day; under the cap */
    /* bored, not sad: no gentler day for it, unless a joint is hurt (then the low mood keeps it easy) */
    int bored_only = nr->bored && !(flags & (MR_COND_KNEE | MR_COND_ANKLE | MR_COND_BACK));
    mr_session sess[MR_PROFILE_MAX_HISTORY + 64];
    int n_sess = gather_sessions(p, store, now, sess, (int)(sizeof sess / sizeof sess[0]));
    /* a race this week with nothing behind it (a beginner, nothing logged
     * in four weeks): there is no training to taper; the race is to be
     * run-walked or walked, not raced (the reason says so; ACSM) */
    {
        int recent = 0;
        for (int i = 0; i < n_sess; i++)
            recent += sess[i].days_ago <= 28 && sess[i].minutes > 0 && sess[i].activity != MR_ACT_REST;
        /* (a beginner by the profile's own word, not a fitness left unset, and no training told) */
        if ((nr->notes & MR_NOTE_TAPER) && !(nr->notes & MR_NOTE_RACE_TODAY) && p->fitness == MR_FIT_BEGINNER && recent == 0 &&
            !notes_say(p, (const char *const[]){"training", "taper", "miles a week", "runs a week", "km a week", "训练", "每周跑",
                                                "每周都跑", "减量", NULL})) {
            nr->notes &= ~(unsigned)MR_NOTE_TAPER;
            nr->race_untrained = 1;
        }
    }
    /* the log per activity: how many sessions, and the longest */
    int n_of[MR_ACT_COUNT] = {0}, longest[MR_ACT_COUNT] = {0};
    for (int i = 0; i < n_sess; i++) {
        int a = (int)sess[i].activity;
        if (a < 0 || a >= MR_ACT_COUNT) continue;
        n_of[a]++;
        if (sess[i].minutes > longest[a]) longest[a] = sess[i].minutes;
    }
    float bmi = !isnan(p->weight_kg) && !isnan(p->height_cm) ? p->weight_kg / powf(p->height_cm / 100.0f, 2) : NAN;
    int last = -1;
    for (int i = 0; i < n_sess; i++)
        if (sess[i].minutes > 0 && sess[i].activity != MR_ACT_REST && (last < 0 || sess[i].days_ago < last)) last = sess[i].days_ago;
    mr_dose_in din = {.last_days_ago = last, .age = p->age, .fitness = (int)p->fitness, .goal = pin.goal, .bmi = bmi, .hour = p->hour,
                      .mood = bored_only ? MR_MOOD_NEUTRAL : mood_for_session(r), .notes = nr->notes, .notes2 = nr->notes2,
                      .n_sessions = n_sess, .sessions = sess, .hr_rise = nr->hr_rise, .habit_said = nr->habit_minutes ? nr->habit_minutes : nr->walks_daily ? mr_dose_walk_minutes(sess, n_sess, 0) : 0,
                      .joint_worse = nr->joint_worse, .sleep_very_short = nr->sleep_very_short, .night_shift = nr->night_shift, .cap = so.max_intensity,
                      /* (a run test ahead asks for its interval session, where the day allows one) */
                      .hard_asked = nr->asked_hard || (nr->test_m > 0 && p->fitness >= MR_FIT_INTERMEDIATE), .lifter = nr->lifter,
                      .rehab_grad = nr->rehab_grad, .match_today = nr->match_today};
    mr_dose_compute(&din, &r->dose);
    mr_intensity want = r->dose.intensity;
    if (nr->claudication && want > MR_LIGHT) want = MR_LIGHT; /* easy walking until it is checked (the warning says why) */
    /* cutting weight with a club session later today ("judo training 6pm today"): that session is the
     * day's training, so no second hard one on a day short of food and water (ACSM 2009 weight-cutting stand) */
    static const char *const practice_w[] = {"training 6pm", "training 7pm", "training 5pm", "training tonight", "practice tonight",
                                             "training today", "practice today", "training this evening", "practice this evening",
                                             "session tonight", "今晚训练", "晚上训练", "今晚有训练", "晚上有训练", "今天下午训练", NULL};
    int cut_practice = mr_rule_fired(so.rules, so.n_rules, MR_RULE_CRASH_DIET) && notes_say(p, practice_w);
    if (cut_practice && want > MR_LIGHT) want = MR_LIGHT;
    /* a broken hip or leg mended, past 65, walking with a frame or a stick: the rehab team's short
     * walks, several a day, are the dose, not a session (NICE QS16 hip fracture; ACSM older adults) */
    static const char *const aid_w[] = {"助行器", "walker", "zimmer", "walking frame", "拐杖", "拄拐", "手杖", "crutch", NULL};
    int frame = (nr->dx_known & (1u << MR_DX_FRACTURE)) && p->age >= 65 && notes_say(p, aid_w);
    if (frame && want > MR_LIGHT) want = MR_LIGHT;
    /* on a blood thinner past 65: moderate, where a fall at speed is least likely and bleeds least
     * (ACSM's older-adult guidance; the anticoagulant's falls advice) */
    if (nr->anticoag && p->age >= 65 && want > MR_MODERATE) want = MR_MODERATE;
    if (low_grade_temp(nr) && want > MR_LIGHT) want = MR_LIGHT; /* a raised temperature: light until it is measured again */
    if (nr->strain_late && want > MR_MODERATE) want = MR_MODERATE; /* the build-ups, not all-out sprints (the reason says so) */
    if (dialysis_today(nr, p) && want > MR_LIGHT) want = MR_LIGHT; /* the day of dialysis: the fluid off, the pressure low */
    if (nr->dehydrated && want > MR_LIGHT) want = MR_LIGHT; /* short of fluid: drink first (ACSM 2007) */
    if (nr->depression_care && nr->bedbound && want > MR_LIGHT) want = MR_LIGHT; /* any pace counts (NICE NG222) */
    /* in chemotherapy with the white count at its lowest: light, away from crowds (ACSM roundtable 2019) */
    if ((nr->notes2 & MR_NOTE2_CHEMO) && nr->wbc_low && want > MR_LIGHT) want = MR_LIGHT;
    /* two or three days after a marathon with the quads still sore: a walk,
     * the pool or a very light spin, nothing that loads them (the day
     * after's own rule, held while the soreness lasts; Warhol et al. 1985) */
    int race_d = mr_notes_race_days(nr, p->wday);
    int sore_after_marathon = !nr->post_race && nr->raced == 2 && (nr->notes & MR_NOTE_LOWER_WORKED) && race_d >= 2 && race_d <= 3;
    if (sore_after_marathon) want = MR_LIGHT;
    int runner = trained_runner(p, flags, sess, n_sess);
    int late = p->hour >= 22 || (p->hour >= 0 && p->hour < 5);
    /* strength asked for the day after a hard run or ride: the upper body
     * and trunk at moderate effort while the legs recover (ACSM: 48 h is
     * for the same muscle groups) */
    int upper_day = r->dose.upper_ok && nr->asked == MR_ACT_STRENGTH && so.max_intensity >= MR_MODERATE && !late;
    mr_intensity want_of[MR_ACT_COUNT];
    for (int a = 0; a < MR_ACT_COUNT; a++) want_of[a] = upper_day && a == MR_ACT_STRENGTH ? MR_MODERATE : want;

    /* 4. re-ranking: preferences (with substitutes for what is out today),
     * feedback, variety; then what the rules forbid at the wanted intensity */
    mr_prior pri[MR_ACT_COUNT];
    int have_pri = store && p->user[0] && mr_store_priors(store, p->user, pri) == MR_OK;
    unsigned permitted = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        const mr_met_variant *v;
        int ok = mr_safety_permits(&so, (mr_activity)a, mr_kb_variant((mr_activity)a, want_of[a], &v));
        if (!ok && a == MR_ACT_RUN && runner && want >= MR_MODERATE && (so.allowed & (1u << a)) && so.max_intensity >= MR_MODERATE)
            ok = 1; /* an easy run, moderate by relative intensity */
        if (ok) permitted |= 1u << a;
    }
    unsigned preferred_out = p->preferences & ~permitted & ~(1u << MR_ACT_REST);
    /* a walk (or brisk walk) arranged with somebody, asked about, in the rain
     * (not snow, ice, thunder, bad air, heat or frost): the company is the
     * point, and shoes with grip on paths they know keep it safe (the reason says so) */
    int company_walk = nr->with_company && (nr->asked == MR_ACT_WALK || nr->asked == MR_ACT_BRISK_WALK) &&
                       p->precip == MR_PRECIP_RAIN && !p->thunder && p->aqi <= 100 &&
                       temp_band(p->temp_c) != TEMP_HOT && temp_band(p->temp_c) != TEMP_FREEZING;
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        if (p->preferences & (1u << a)) s[a] *= 2.0f;
        /* today's place in the person's week ("bushwalk Tuesdays") */
        if (p->wday >= 0 && nr->routine[p->wday] == a + 1) s[a] *= 3.0f;
        /* ("every morning": today as usual too, unless something else is asked about) */
        else if (nr->daily_act == a + 1 && (nr->asked < 0 || nr->asked == a) && !(nr->lift_asked && a != MR_ACT_STRENGTH))
            s[a] *= 3.0f;
        /* wet ground at 65 and over: a fall is the risk, so indoors first
         * (falls are the leading cause of injury at that age; WHO 2021) */
        /* ... unless it is the walk arranged with somebody (above) */
        if (company_walk && nr->asked == a) s[a] *= 4.0f;
        else if (p->precip != MR_PRECIP_NONE && p->age >= 65 && mr_kb_activity((mr_activity)a)->outdoor) s[a] *= 0.3f;
        if (have_pri && pri[a].n) { /* Beta means relative to the neutral 0.5 x 0.5 */
            float like = (float)(pri[a].like_a / (pri[a].like_a + pri[a].like_b));
            float done = (float)(pri[a].done_a / (pri[a].done_a + pri[a].done_b));
            s[a] *= like * done / 0.25f;
        }
        for (int i = 0; i < n_sess; i++) /* variety; a lifter's split trains other muscles on consecutive days */
            if (sess[i].activity == (mr_activity)a && sess[i].days_ago <= 1 && !(r->dose.split && a == MR_ACT_STRENGTH))
                s[a] *= 0.6f;
        /* late and light: a wind-down before bed, not a workout */
        if (late && want == MR_LIGHT && a != MR_ACT_STRETCHING && a != MR_ACT_YOGA && a != MR_ACT_REST) s[a] *= 0.1f;
        if (a == MR_ACT_REST) s[a] *= so.emergency ? 1.0f : 0.2f; /* rest is the fallback, not the default */
        /* legs trained hard or sore: no pounding on them today (the bike, the
         * pool or the upper body instead; ACSM's 48 h for the same muscles) */
        if (a == MR_ACT_RUN && (nr->notes & MR_NOTE_LOWER_WORKED)) s[a] *= 0.2f;
        /* period cramps: something gentle and low impact often eases them */
        if ((a == MR_ACT_RUN || a == MR_ACT_STRENGTH) && (nr->notes & MR_NOTE_PERIOD_PAIN)) s[a] *= 0.3f;
        /* leaking when coughing or jumping: no impact until the pelvic floor holds */
        if (a == MR_ACT_RUN && (nr->notes & MR_NOTE_LEAKING)) s[a] = 0;
        /* ... but the run asked about with others (the mums' buggy 5k, a
         * parkrun) can still be walked with them: the company is the point */
        if ((a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK) && nr->asked == MR_ACT_RUN && nr->with_company &&
            (nr->notes & MR_NOTE_LEAKING))
            s[a] *= 3.0f;
        if (a == MR_ACT_RUN && nr->preg_heavy) s[a] *= 0.05f; /* pelvic heaviness on the run: low impact */
        s[a] *= mr_shin_weight(nr->shin, (mr_activity)a); /* sore shins: the plan weighs them the same way */
        /* on a blood thinner: the stationary bike before the road, where a fall bleeds (AHA/ACC 2023) */
        if (nr->anticoag && a == MR_ACT_CYCLE) s[a] *= 0.3f;
        if (nr->anticoag && a == MR_ACT_STATIONARY_BIKE) s[a] *= 1.5f;
        /* nights on short sleep: no pounding on tired legs and a tired head (heuristic) */
        if (nr->night_shift && (nr->notes & MR_NOTE_SHORT_SLEEP) && a == MR_ACT_RUN) s[a] *= 0.3f;
        /* the day after a marathon: a walk, the pool or an easy spin, no running (heuristic; muscle damage takes days) */
        if ((nr->post_race || sore_after_marathon) && (a == MR_ACT_RUN || a == MR_ACT_STRENGTH || a == MR_ACT_CYCLE))
            s[a] *= 0.05f;
        /* COPD and after a stroke: walking, a stationary bike, tai chi (ACSM;
         * AHA/ASA 2014); low bone density: strength, balance and walking
         * (Giangregorio et al., Too Fit To Fracture, 2014); a painful shoulder:
         * nothing overhead and no weight on the arms (yoga's planks and dogs,
         * swimming strokes) */
        if ((nr->notes & (MR_NOTE_COPD | MR_NOTE_STROKE)) &&
            (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK || a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_TAI_CHI))
            s[a] *= 1.5f;
        /* one side weaker after a stroke: yoga's standing balances are a
         * fall waiting to happen; the bike and seated strength are not (AHA/ASA 2014) */
        if ((nr->notes & MR_NOTE_STROKE) && a == MR_ACT_YOGA) s[a] *= 0.4f;
        /* POTS: seated and lying-down work first (Fu and Levine 2018) */
        if (nr->pots && (a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_SWIM)) s[a] *= 2.0f;
        if (nr->notes & MR_NOTE_OSTEOPOROSIS) {
            if (a == MR_ACT_TAI_CHI || a == MR_ACT_STRENGTH) s[a] *= 2.0f;
            else if (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK) s[a] *= 1.3f;
            else if (a == MR_ACT_RUN) s[a] *= 0.3f;
        }
        if ((nr->notes & MR_NOTE_SHOULDER) && (a == MR_ACT_YOGA || a == MR_ACT_SWIM)) s[a] *= 0.2f;
        if ((nr->notes2 & MR_NOTE2_POOL_CLOSED) && a == MR_ACT_SWIM) s[a] = 0; /* "pool's closed tonight" */
        /* a run test ahead: the training that passes it is running (specificity, ACSM) */
        if (nr->test_m > 0 && a == MR_ACT_RUN && (p->preferences & (1u << MR_ACT_RUN))) s[a] *= 2.0f;
        /* walking itself makes the knee ache: the pool and the bike carry the
         * weight for it; a pool they can reach counts for swimming (aquatic
         * exercise for knee and hip OA: Kolasinski et al. 2020, ACR/AF) */
        if (nr->walk_hurts && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK)) s[a] *= 0.4f;
        if (nr->walk_hurts && (a == MR_ACT_SWIM || a == MR_ACT_STATIONARY_BIKE)) s[a] *= 1.5f;
        if (nr->pool_access && a == MR_ACT_SWIM) s[a] *= 1.5f;
        /* rather not be seen: the pool and the gym are on show */
        if (nr->not_seen && ((a == MR_ACT_SWIM && !nr->pool_access) || a == MR_ACT_STRENGTH)) s[a] *= 0.3f;
        /* a flaring joint in the leg or foot (gout's big toe, a hot knee): no
         * walking on it today; seated, the pool or the upper body (ACR) */
        if ((nr->notes & MR_NOTE_ARTHRITIS_FLARE) && ((nr->notes & MR_NOTE_LOWER_BODY) || (flags & (MR_COND_ANKLE | MR_COND_KNEE))) &&
            (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK || a == MR_ACT_RUN || a == MR_ACT_TAI_CHI || a == MR_ACT_ELLIPTICAL))
            s[a] *= 0.05f;
        /* the eve of a race: the legs rest, or the race's own sport, short
         * and easy; nothing new, and no fall off a bike (heuristic, as coaches set it) */
        if ((nr->notes2 & MR_NOTE2_RACE_EVE) && (a == MR_ACT_CYCLE || a == MR_ACT_STRENGTH)) s[a] *= 0.2f;
        /* a sweat wanted: yoga, a stretch or tai chi is not what was asked for */
        if (nr->sweat && (a == MR_ACT_YOGA || a == MR_ACT_STRETCHING || a == MR_ACT_TAI_CHI)) s[a] *= 0.3f;
        /* a gym or machine of their own: the bike and the cross-trainer are
         * real options, and the ones that stay open when heat, smoke or
         * cold shut the outdoors */
        if (nr->gym_access & (1u << a)) s[a] *= (so.allowed & (1u << MR_ACT_WALK)) ? 1.5f : 4.0f;
        /* weeks out of hospital: build up on the bike or walking before running again (ACSM return after illness) */
        if ((nr->notes2 & MR_NOTE2_HOSPITAL) && (nr->notes & MR_NOTE_RECOVERED) && a == MR_ACT_RUN) s[a] *= 0.1f;
        if ((nr->disliked & (1u << a)) && nr->asked != a) s[a] *= 0.1f; /* "I hate running": enjoyment keeps people going */
        if ((nr->stopped & (1u << a)) && nr->asked != a) s[a] *= 0.1f; /* "ran till 20 weeks, then switched to walking" */
        /* Parkinson's: tai chi has the best evidence for balance and falls
         * (Li et al., NEJM 2012); MS: cool water and indoor work (heat
         * brings on its symptoms); fibromyalgia: gentle, the pool first */
        if ((nr->notes2 & MR_NOTE2_PARKINSON) && a == MR_ACT_TAI_CHI) s[a] *= 3.0f;
        /* a concussion: light aerobic work under the symptoms' threshold
         * speeds recovery: the stationary bike (no fall, no jolt) or a walk,
         * rather than a stretch (Leddy et al. 2019; Berlin consensus 2017) */
        if ((nr->notes2 & MR_NOTE2_CONCUSSION) && (a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_WALK)) s[a] *= 4.0f;
        if ((nr->notes2 & MR_NOTE2_CONCUSSION) && a == MR_ACT_STRETCHING) s[a] *= 0.4f;
        /* a flare: gentle range of motion; nothing through flaring wrists (yoga's planks and dogs) */
        if ((nr->notes & MR_NOTE_ARTHRITIS_FLARE) && a == MR_ACT_STRETCHING) s[a] *= 3.0f;
        if ((nr->notes & MR_NOTE_ARTHRITIS_FLARE) && a == MR_ACT_YOGA) s[a] *= 0.3f;
        if (nr->eating_disorder && a == MR_ACT_RUN) s[a] *= 0.2f; /* the treatment team's call first */
        /* a heavy lift planned ("going for a 585 single"): the lifter's session
         * stays a lifting one, as heavy as the safety layer allows */
        if (nr->heavy_lift && a == MR_ACT_STRENGTH && ((p->preferences & (1u << MR_ACT_STRENGTH)) || nr->lifter) &&
            !(nr->notes & MR_NOTE_SHORT_SLEEP) && r->mood != MR_MOOD_NEGATIVE && r->mood != MR_MOOD_STRESSED)
            s[a] *= 2.0f; /* (not on three hours' sleep or in a temper: the card says why) */
        /* afraid of falling, or fallen, in later life: balance and strength
         * training prevent falls (tai chi first; Sherrington et al., Cochrane
         * 2019; WHO 2020) */
        if (nr->fall_fear && p->age >= 60 && (a == MR_ACT_TAI_CHI || a == MR_ACT_STRENGTH)) s[a] *= 4.0f;
        /* the day of dialysis: an easy walk, what the card's reason says (KDIGO 2024) */
        if (dialysis_today(nr, p) && a == MR_ACT_WALK) s[a] *= 6.0f;
        /* short of fluid: an easy walk or stretching, what its line asks for */
        if (nr->dehydrated && (a == MR_ACT_WALK || a == MR_ACT_STRETCHING || a == MR_ACT_YOGA)) s[a] *= 4.0f;
        /* the class they go to is today, and not yet over: that session */
        if (class_today(nr, p) && a == nr->class_act) s[a] *= 4.0f;
        /* diabetes (gestational too) and a meal just eaten: a walk now lowers
         * the glucose rise more than anything later (ADA 2016, Colberg et al.;
         * Reynolds et al. 2016) */
        if (nr->just_ate && (flags & MR_COND_DIABETES) && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK)) s[a] *= 3.0f;
        /* a gap in the tummy muscles after a birth: walking, not a flow of
         * planks and crunches (pelvic-health physiotherapy practice) */
        if (nr->diastasis && a == MR_ACT_YOGA) s[a] *= 0.4f;
        if (nr->diastasis && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK)) s[a] *= 2.0f;
        /* the first days up high with a headache or a poor night: an easy
         * walk, the acclimatising activity (WMS 2019) */
        if ((nr->notes2 & MR_NOTE2_ALTITUDE) && (nr->notes & (MR_NOTE_HEADACHE | MR_NOTE_SHORT_SLEEP)) &&
            (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK))
            s[a] *= 3.0f;
        /* a hot day with no air-conditioning at home: the pool cools, a living room does not (ACSM 2007) */
        if (nr->no_ac && temp_band(p->temp_c) == TEMP_HOT) {
            if (a == MR_ACT_SWIM) s[a] *= 3.0f;
            else if (a == MR_ACT_YOGA || a == MR_ACT_STRENGTH || a == MR_ACT_STRETCHING || a == MR_ACT_TAI_CHI) s[a] *= 0.5f;
        }
        /* hay fever on a high-pollen day: indoors if there is a choice (with asthma the rules keep it indoors) */
        if (nr->hay_fever && nr->pollen_high && mr_kb_activity((mr_activity)a)->outdoor) s[a] *= 0.5f;
        /* fasting in daylight: a short easy walk before the fast is broken */
        if (mr_fasting_now(nr->notes2, p->hour) && a == MR_ACT_WALK) s[a] *= 2.0f;
        /* asks how to start lifting: today can be the first session (the answer gives the dose) */
        if (nr->lift_asked && a == MR_ACT_STRENGTH) s[a] *= 3.0f;
        /* a working day on the feet: what it lacks is strength, not more walking (below) */
        if (nr->job_active_asked) s[a] *= a == MR_ACT_STRENGTH ? 3.0f : (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK) ? 0.3f : 1.0f;
        /* at home, with no outing possible: what needs no equipment and no trip */
        if (nr->at_home) {
            if (a == MR_ACT_YOGA && (nr->joint_replaced & 1)) ; /* a new hip: no deep poses to seek out */
            else if (a == MR_ACT_YOGA || a == MR_ACT_STRENGTH || a == MR_ACT_STRETCHING || a == MR_ACT_TAI_CHI) s[a] *= 2.0f;
            else if ((a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_ELLIPTICAL) && (p->preferences & (1u << a))) ; /* theirs, at home */
            else if (a != MR_ACT_REST) s[a] *= 0.3f;
        }
        /* a hard session put off: easy aerobic work in its place, on the
         * bike, the cross-trainer or in the pool, keeps the legs turning */
        if (nr->asked_hard && (a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_ELLIPTICAL || a == MR_ACT_SWIM)) s[a] *= 2.0f;
        /* a fresh sprain: the work that takes no weight (the pool, the bike, seated strength) */
        if ((nr->notes & MR_NOTE_ACUTE_SPRAIN) && !(nr->notes & MR_NOTE_ARTHRITIS_FLARE) &&
            (a == MR_ACT_SWIM || a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_STRENGTH))
            s[a] *= 2.0f;
        if ((nr->notes2 & MR_NOTE2_PARKINSON) && a == MR_ACT_SWIM) s[a] *= 0.3f;
        if ((nr->notes2 & MR_NOTE2_MS) && (a == MR_ACT_SWIM || a == MR_ACT_STATIONARY_BIKE)) s[a] *= 1.5f;
        if ((nr->notes2 & MR_NOTE2_FIBRO) && (a == MR_ACT_SWIM || a == MR_ACT_WALK || a == MR_ACT_TAI_CHI)) s[a] *= 1.5f;
        /* peripheral artery disease: walking is the treatment (AHA/ACC 2016) */
        if (((nr->notes2 & MR_NOTE2_PAD) || nr->claudication) && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK)) s[a] *= 2.0f;
        if (frame && a == MR_ACT_WALK) s[a] *= 4.0f; /* the frame's short walks are the rehab */
        /* high blood pressure: aerobic work first (ACSM; AHA 2017) */
        if ((flags & MR_COND_HYPERTENSION) && (a == MR_ACT_WALK || a == MR_ACT_BRISK_WALK || a == MR_ACT_CYCLE ||
                                               a == MR_ACT_STATIONARY_BIKE || a == MR_ACT_SWIM))
            s[a] *= 1.3f;
        /* what the person plans or asks for, when today's effort allows it ("去游泳馆游40分钟") */
        {
            const mr_met_variant *pv;
            /* a trained runner's easy run is moderate for them (below) */
            int easy_run = a == MR_ACT_RUN && runner && want == MR_MODERATE;
            if (nr->asked == a && nr->asked_besides) s[a] *= 0.5f; /* asked for something else */
            /* (of two asked about, "run or swim?", both are in the running) */
            else if ((nr->asked == a || nr->asked_alt == a) && a != MR_ACT_REST &&
                     (mr_kb_variant((mr_activity)a, want_of[a], &pv) == want_of[a] || easy_run))
                s[a] *= 3.0f;
        }
        /* "keen to get back in the pool eventually": not today */
        if (nr->later_act == a && nr->asked != a) s[a] *= 0.3f;
        /* lymphoedema and lifting asked about: the slowly progressed
         * strength work the PAL trial showed safe is the answer (Schmitz 2009) */
        if ((nr->notes2 & MR_NOTE2_LYMPHOEDEMA) && nr->asked == MR_ACT_STRENGTH && a == MR_ACT_STRENGTH) s[a] *= 2.0f;
        /* Parkinson's: the stationary bike is aerobic work with no fall in it,
         * and moderate-to-hard aerobic work slows the motor decline (SPARX,
         * Schenkman et al. 2018; cycling: Ridgel et al. 2009) */
        if ((nr->notes2 & MR_NOTE2_PARKINSON) && a == MR_ACT_STATIONARY_BIKE) s[a] *= nr->asked == a ? 2.0f : 1.3f;
        /* "45 min on my home trainer": the ride they plan is indoors, not on the road */
        if (nr->asked == MR_ACT_STATIONARY_BIKE && a == MR_ACT_CYCLE) s[a] *= 0.3f;
        /* the taper of a runner: the easy run with strides keeps the legs sharp (Mujika 2003) */
        if ((nr->notes & MR_NOTE_TAPER) && !(nr->notes & MR_NOTE_RACE_TODAY) && a == MR_ACT_RUN && runner) s[a] *= 3.0f;
        /* race day: the shakeout is a walk or mobility, not a class */
        if ((nr->notes & MR_NOTE_RACE_TODAY) && (a == MR_ACT_WALK || a == MR_ACT_STRETCHING)) s[a] *= 3.0f;
        /* the session should be what the dose says: an activity with no
         * variant at the wanted intensity would contradict its own reasons
         * ("recover today" beside a swim at moderate) */
        /* ... but the person's own machine, gentler than the dose asks
         * ("elliptical" in their list when the run is out), is easier, not
         * contradictory: the session drops to the band it has */
        const mr_met_variant *v;
        mr_intensity band = a != MR_ACT_REST ? mr_kb_variant((mr_activity)a, want_of[a], &v) : want_of[a];
        if (a != MR_ACT_REST && band != want_of[a] &&
            !(a == MR_ACT_RUN && runner && want == MR_MODERATE) && /* the easy run is moderate for a runner */
            !(a == MR_ACT_RUN && nr->test_m > 0 && want >= MR_MODERATE) && /* a run test's run-walk intervals */
            !(band < want_of[a] && band >= MR_MODERATE && (p->preferences & (1u << a))))
            s[a] *= 0.15f;
    }
    /* the nearest allowed form of a favourite that is out today, when no
     * other favourite is possible */
    int favourite_in = (p->preferences & permitted & ~(1u << MR_ACT_REST)) != 0;
    for (int a = 0; a < MR_ACT_COUNT && !favourite_in; a++)
        if (preferred_out & (1u << a))
            for (int k = 0; k < 3; k++) {
                mr_activity b = SUBSTITUTES[a][k];
                if (!(permitted & (1u << b))) continue;
                /* the machine they have ("家里有一个室内单车") before the one they may not */
                for (int j = k; j < 3; j++)
                    if ((permitted & (1u << SUBSTITUTES[a][j])) && (nr->gym_access & (1u << SUBSTITUTES[a][j]))) {
                        b = SUBSTITUTES[a][j];
                        break;
                    }
                s[b] *= 2.5f;
                /* the stand-in already in the log ("been doing the exercise
                 * bike") is the one the person keeps up */
                for (int i = 0; i < n_sess; i++)
                    if (sess[i].activity == b && sess[i].minutes > 0) { s[b] *= 1.5f; break; }
                break;
            }
    for (int a = 0; a < MR_ACT_COUNT; a++)
        if (!(permitted & (1u << a))) s[a] = 0;
    float tot = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) tot += s[a];
    if (tot <= 0) { s[MR_ACT_REST] = 1; tot = 1; }
    int best = MR_ACT_REST;
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        r->probs[a] = s[a] / tot;
        if (r->probs[a] > r->probs[best]) best = a;
    }
    r->activity = (mr_activity)best;
    if (company_walk && nr->asked == (int)r->activity)
        reason(r, "%s", zh(r) ? "约好了一起走，小雨也可以去：穿防水外套和防滑的鞋，走熟悉的路，路滑的地方慢一点"
                              : "the walk you arranged together can go ahead in the rain: a waterproof, shoes with good grip, "
                                "paths you know, and slow down where it is slippery");
    /* the favourite it stands in for most closely (the bike is a ride's first stand-in, a run's second) */
    for (int k = 0; k < 3 && r->substitute_for < 0 && !favourite_in; k++)
        for (int a = 0; a < MR_ACT_COUNT; a++)
            if ((preferred_out & (1u << a)) && SUBSTITUTES[a][k] == r->activity) { r->substitute_for = a; break; }

    /* 5. numbers from the knowledge tables */
    const mr_met_variant *v;
    if (r->activity == MR_ACT_REST) {
        r->intensity = MR_LIGHT;
        mr_kb_variant(MR_ACT_REST, MR_LIGHT, &v);
    } else {
        /* the first strength sessions (none logged): technique with moderate
         * loads before heavy ones (ACSM progression models 2009; for the
         * young, the NSCA youth position, Faigenbaum et al. 2009); a long
         * endurance session planned: steady and conversational */
        want = want_of[r->activity];
        if (r->activity == MR_ACT_STRENGTH && !n_of[MR_ACT_STRENGTH] && want > MR_MODERATE) want = MR_MODERATE;
        if ((nr->notes2 & MR_NOTE2_ENDURANCE) && want > MR_MODERATE && r->activity != MR_ACT_STRENGTH) want = MR_MODERATE;
        /* the weeks of coming back from an injury: moderate, whatever the activity */
        if (nr->run_return && want > MR_MODERATE) want = MR_MODERATE;
        /* a try at running lately lasted minutes: today's run is walk-jog, at a talking effort */
        if (nr->run_managed && r->activity == MR_ACT_RUN && want > MR_MODERATE) want = MR_MODERATE;
        /* on insulin and starting at 90-124 mg/dl, on the carbohydrate just
         * eaten: a steady session with checks, not a hard one (ADA 2016
         * asks for the carbohydrate and the checks; the cap is heuristic) */
        if ((nr->notes & MR_NOTE_INSULIN) && in.glucose >= 90 && in.glucose < 125 && want > MR_MODERATE) want = MR_MODERATE;
        if (nr->post_race || sore_after_marathon) want = MR_LIGHT;
        else if (race_recovery(nr, p) && want > MR_MODERATE) want = MR_MODERATE;
        /* yoga in a pregnancy is a prenatal class, hatha-style (2.5 MET), not
         * power yoga; the flows and hot rooms are what ACOG 2020 says to avoid */
        if (r->activity == MR_ACT_YOGA && (flags & MR_COND_PREGNANCY)) want = MR_LIGHT;
        /* taper week: the day is the plan's easy run (its few strides are the
         * intensity kept); a hard session now only spends what the race needs
         * (Mujika and Padilla 2003) */
        if ((nr->notes & MR_NOTE_TAPER) && !nr->asked_hard && want > MR_MODERATE) want = MR_MODERATE;
        r->intensity = mr_kb_variant(r->activity, want, &v);
        if (r->activity == MR_ACT_RUN && r->intensity > want && want == MR_MODERATE && (runner || nr->run_managed)) { /* the easy run */
            r->intensity = MR_MODERATE;
            r->relative_easy_run = runner && !nr->run_managed; /* (a walk-jog is moderate by its walking breaks, not by training) */
            /* at the runner's own easy pace, which is faster than a 6.4 km/h
             * jog: 8 km/h for the intermediate, 9.7 for the advanced (MET and
             * kcal follow the pace; the effort stays conversational) */
            const mr_activity_info *ai = mr_kb_activity(MR_ACT_RUN);
            /* a runner by habit: two runs logged in 28 days */
            int i = n_of[MR_ACT_RUN] < 2 ? 0 : p->fitness == MR_FIT_ADVANCED ? 2 : p->fitness == MR_FIT_INTERMEDIATE ? 1 : 0;
            if (i < ai->n_variants && ai->v[i].met > v->met) v = &ai->v[i];
        } else if (p->fitness >= MR_FIT_INTERMEDIATE && !nr->grief && !(nr->notes & MR_NOTE_SHORT_SLEEP) &&
                   mood_for_session(r) != MR_MOOD_NEGATIVE && mood_for_session(r) != MR_MOOD_TIRED) {
            /* (not on a day meant to be gentle: grief, short sleep, a low or tired mood) */
            /* the trained work faster at the same intensity band: one variant up
             * for the intermediate, the top of the band for the advanced (a hard
             * run at 8 km/h, not a 6.4 km/h jog whose MET, zone and kcal disagree) */
            const mr_activity_info *ai = mr_kb_activity(r->activity);
            int i = (int)(v - ai->v), top = i;
            while (top + 1 < ai->n_variants && mr_kb_band(ai->v[top + 1].met) == r->intensity) top++;
            v = &ai->v[p->fitness == MR_FIT_ADVANCED ? top : (i + 1 <= top ? i + 1 : i)];
        }
    }
    r->variant = v;
    r->met = v->met;
    int minutes = r->dose.minutes;
    int cold = mr_rule_fired(so.rules, so.n_rules, MR_RULE_COLD_ABOVE_NECK);
    if (cold && minutes > 30) minutes = 30;                         /* the neck check: lighter and shorter */
    /* less exposure in bad air (smoke comes indoors too), a shorter session
     * in pregnancy (ACOG: about 30 minutes most days), on a fresh sprain and
     * when glucose is low before starting */
    int aqi_cat = mr_kb_aqi_category(p->aqi);
    int cautious = mr_rule_fired(so.rules, so.n_rules, MR_RULE_AQI_SENSITIVE) || mr_rule_fired(so.rules, so.n_rules, MR_RULE_GLUCOSE_LOW) ||
                   mr_rule_fired(so.rules, so.n_rules, MR_RULE_ACUTE_SPRAIN) || mr_rule_fired(so.rules, so.n_rules, MR_RULE_PREGNANCY);
    int back = mr_rule_fired(so.rules, so.n_rules, MR_RULE_ACUTE_BACK);
    int heat = mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT) || mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT_DANGER);
    /* sore legs: a recovery session; heat: less time in it (ACSM 2007) */
    if (((nr->notes & MR_NOTE_LOWER_WORKED) || heat) && r->activity != MR_ACT_STRENGTH && minutes > 45) minutes = 45;
    if ((nr->notes & MR_NOTE_PERIOD_PAIN) && minutes > 40) minutes = 40;
    /* no periods for months while training: less load until a doctor has seen her */
    int before_air = minutes;
    if (((aqi_cat >= 4 || back) || (nr->notes & MR_NOTE_NO_PERIODS)) && minutes > 30) minutes = 30;
    else if ((aqi_cat >= 3 || cautious) && minutes > 40 + 5 * !(aqi_cat >= 2)) minutes = 40 + 5 * !(aqi_cat >= 2);
    /* the air that cut the session says so: smoke and particles come
     * indoors too (EPA wildfire smoke guide 2019), and the long one waits */
    int air_cut = aqi_cat >= 3 && minutes < before_air && !back && !(nr->notes & MR_NOTE_NO_PERIODS);
    if (nr->run_return && r->activity == MR_ACT_RUN && minutes > 30) minutes = 30; /* the first runs back: run-walk */
    if (nr->post_race && minutes > 30) minutes = 30;
    else if (mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT_STRAIN) && minutes > 20) minutes = 20; /* out of the heat, short */
    else if (race_recovery(nr, p) && minutes > race_recovery_cap(nr, p)) minutes = race_recovery_cap(nr, p);
    if ((nr->notes2 & MR_NOTE2_ALTITUDE) && minutes > 45) minutes = 45; /* the first days up high: shorter (WMS 2019) */
    if (dialysis_today(nr, p) && minutes > 15) minutes = 15; /* a dialysis day: a short easy walk at most */
    if (cut_practice && minutes > 20) minutes = 20; /* tonight's club session is the day's training */
    if (mr_rule_fired(so.rules, so.n_rules, MR_RULE_WORN_OUT) && minutes > 20) minutes = 20; /* under-recovery: easy and short or rest */
    if (nr->amenorrhea && (nr->shin == 2 || nr->bone_stress) && minutes > 30) minutes = 30; /* RED-S's red light: short */
    /* from 65, a single moderate session of an hour at most unless trained
     * (a 90-minute round of golf is the habit, not a brisk walk's length;
     * ACSM's older-adult guidance builds minutes across the week) */
    if (p->age >= 65 && p->fitness != MR_FIT_ADVANCED && r->intensity >= MR_MODERATE && minutes > 60 &&
        r->activity != MR_ACT_WALK)
        minutes = 60;
    /* a very hot day forecast (38 °C and more) for someone older or on
     * blood-pressure tablets: a shorter outing in the cool of the morning
     * (ACSM 2007; CDC, heat and older adults) */
    if (nr->heat_later >= 38.0f && mr_kb_activity(r->activity)->outdoor && minutes > 30 &&
        heat_frail(p, nr, flags)) {
        minutes = 30;
        reason(r, "%s", z ? "今天会很热：时间缩短到30分钟左右，趁早上凉快做完" : "a very hot day ahead: about 30 minutes, done early while it is cool");
    }
    if (frame && minutes > 10) minutes = 10; /* one of several short walks with the frame */
    if (frame)
        reason(r, "%s", z ? "骨折手术后能扶助行器走：每次走5-10分钟，一天几次，加上康复科教的腿部练习；一直躺着反而掉肌肉、更容易再摔、也容易长血栓。先在家里走，浴室放防滑垫、装扶手"
                          : "walking with your frame after the fracture: 5-10 minutes at a time, several times a day, plus the leg exercises rehab gave you; staying in bed loses muscle and makes another fall (and a clot) likelier. Start indoors, with a non-slip mat and a grab rail in the bathroom");
    if (cut_practice)
        reason(r, "%s", z ? "今天的队内训练就是今天的主课：不再加跑步，只做轻松的活动；全天正常吃饭喝水，体重级别的事跟教练和家长商量，不靠饿和脱水"
                          : "your club training later today is today's main session: no extra run, just something easy; eat and drink normally all day, and talk the weight class over with your coach and parents rather than starving or sweating it off");
    /* weeks after a heart attack or a stent, before rehab: 5-10 minutes once or twice a day, built up (conditions.c) */
    if ((nr->dx_known & (1u << MR_DX_CARDIAC_RECENT)) && minutes > 15) minutes = 15;
    /* in cancer treatment, sessions as tolerated, at most 45 minutes (ACSM roundtable 2019:
     * 30 minutes 3 times a week is the aim); the soles of hand-foot syndrome, short and comfortable */
    if ((nr->notes2 & MR_NOTE2_CHEMO) && minutes > 45) minutes = 45;
    if ((nr->dx_known & (1u << MR_DX_HAND_FOOT)) && minutes > 30) minutes = 30;
    /* a diabetic foot wound: seated and upper-body work, short (ADA 2016; IWGDF 2023) */
    if (mr_rule_fired(so.rules, so.n_rules, MR_RULE_FOOT_WOUND) && minutes > 30) minutes = 30;
    /* depression under treatment and days in bed: ten minutes is the start its own line names (NICE NG222) */
    if (nr->depression_care && nr->bedbound && minutes > 10) minutes = 10;
    if (r->intensity == MR_VIGOROUS && minutes < 20) minutes = 20;  /* ACSM: vigorous >= 20 min */
    if (r->activity == MR_ACT_STRETCHING && minutes > 20) minutes = 20;
    if (r->intensity == MR_LIGHT && minutes > 30 && r->activity != MR_ACT_WALK && r->activity != MR_ACT_TAI_CHI)
        minutes = 30; /* a light day is a short one, whatever the habit (a walk or tai chi may be longer) */
    if (r->intensity == MR_LIGHT && minutes > 45) minutes = 45;
    /* a trained lifter's heavy day: the main lift at 3-5 reps with long rests,
     * then two accessories (ACSM 2009 progression models: 1-6 reps at
     * 80-100% of 1RM for maximal strength in the trained), which takes an hour */
    /* (a squat or deadlift day with the legs still worked is not given: the upper body trains today) */
    int legs_off = (nr->notes & MR_NOTE_LOWER_WORKED) || upper_day;
    int heavy = r->activity == MR_ACT_STRENGTH && nr->heavy_lift && n_of[MR_ACT_STRENGTH] && p->fitness >= MR_FIT_INTERMEDIATE &&
                p->age >= 18 && r->intensity == MR_VIGOROUS && !(legs_off && (nr->heavy_lift == 2 || nr->heavy_lift == 3));
    if (r->activity == MR_ACT_STRENGTH) {
        if (minutes > (heavy ? 75 : 45)) minutes = heavy ? 75 : 45;
        if (minutes < (heavy ? 45 : 20)) minutes = heavy ? 45 : 20;
        r->strength = heavy ? (mr_strength_rx){4, 5, 3, 5, 3} : mr_kb_strength(p->age, (int)p->fitness);
        /* the months after a birth: back to strength from the start, fewer
         * exercises, light loads (ACOG 2020: resume gradually) */
        if (!heavy && (nr->notes & MR_NOTE_POSTPARTUM)) r->strength = (mr_strength_rx){1, 2, 10, 15, 6};
        /* the aorta or a hernia: light loads, more reps (conditions.c) */
        if (nr->dx_known & ((1u << MR_DX_MARFAN) | (1u << MR_DX_HERNIA))) r->strength = (mr_strength_rx){2, 3, 10, 15, r->strength.exercises};
        unsigned w = nr->notes & (MR_NOTE_LOWER_WORKED | MR_NOTE_UPPER_WORKED);
        /* a fresh knee or ankle injury: the upper body and core, seated (no weight on it) */
        if ((nr->notes & (MR_NOTE_ACUTE_SPRAIN | MR_NOTE_STRAIN)) && !(nr->notes & MR_NOTE_UPPER_WORKED)) w = MR_NOTE_LOWER_WORKED;
        if (upper_day) w = MR_NOTE_LOWER_WORKED; /* the legs ran yesterday */
        r->strength_focus = w == MR_NOTE_LOWER_WORKED ? MR_FOCUS_UPPER
                            : w == MR_NOTE_UPPER_WORKED ? MR_FOCUS_LOWER
                            : r->dose.split ? MR_FOCUS_OTHER : MR_FOCUS_FULL;
        /* the split's leg day after an upper day: the legs are fresh, whatever yesterday's hard lifting */
        if (nr->legs_today && r->dose.split && !(nr->notes & (MR_NOTE_ACUTE_SPRAIN | MR_NOTE_STRAIN)) && !upper_day)
            r->strength_focus = MR_FOCUS_LOWER;
        /* a push-pull split: the other half of the upper body, as asked */
        if (w == MR_NOTE_UPPER_WORKED && nr->split_today) r->strength_focus = nr->split_today == 1 ? MR_FOCUS_PULL : MR_FOCUS_PUSH;
        /* push, pull, legs: the day after legs is push, after push pull, after pull legs */
        if (nr->ppl && nr->ppl_yest && !(nr->notes & (MR_NOTE_ACUTE_SPRAIN | MR_NOTE_STRAIN)))
            r->strength_focus = nr->ppl_yest == 3 ? MR_FOCUS_PUSH : nr->ppl_yest == 1 ? MR_FOCUS_PULL : MR_FOCUS_LOWER;
        if (r->strength_focus != MR_FOCUS_FULL && !heavy) r->strength.exercises = 5; /* part of the body: five movements */
    }
    /* a prescription in fives, as a coach writes it (29 becomes 30, 44
     * becomes 45): the nearest five, before the ceilings below (a run sized from their own runs, the time they said they have) */
    if (minutes >= 12 && minutes % 5) {
        int up = (minutes + 4) / 5 * 5, down = minutes / 5 * 5;
        minutes = minutes - down <= 2 ? down : up;
    }
    /* the habit's minutes came from other work (90-minute climbing sessions
     * logged as strength): a run is sized from their own runs, 10% above the
     * longest (the 10% rule holds per activity; heuristic) */
    /* ... and so is any activity logged twice or more: its own sessions size it, not
     * the mean of everything (30-minute runs beside 90-minute swim practices) */
    if (r->activity != MR_ACT_STRENGTH && r->activity != MR_ACT_REST) {
        int cap = longest[r->activity] * 11 / 10;
        if ((n_of[MR_ACT_STRENGTH] >= 2 || n_of[r->activity] >= 2) && cap >= 20 && minutes > cap) minutes = cap;
        /* one not logged: the typical session (the median), not a mean that a weekly
         * 150-minute hike inflates, 10% above it */
        if (n_of[r->activity] < 2) {
            int m[64], k = 0;
            for (int i = 0; i < n_sess && k < 64; i++)
                if (sess[i].days_ago < 28 && sess[i].minutes > 0 && sess[i].activity != MR_ACT_STRENGTH) m[k++] = sess[i].minutes;
            if (k >= 3) {
                for (int i = 1; i < k; i++) /* (insertion sort: a handful) */
                    for (int j = i; j > 0 && m[j - 1] > m[j]; j--) { int x = m[j]; m[j] = m[j - 1]; m[j - 1] = x; }
                int med = k % 2 ? m[k / 2] : (m[k / 2 - 1] + m[k / 2]) / 2, c2 = (med * 11 / 10 + 2) / 5 * 5;
                if (c2 >= 20 && minutes > c2 + 5) minutes = c2;
            }
        }
    }
    /* the long run asked for: sized from the longest run of the last four
     * weeks, about 10% more, not from the average session (load spikes are
     * what injure, Gabbett 2016; the 10% rule, a heuristic) */
    int long_run = 0;
    /* (not in a race's recovery weeks, when the longest is the race itself) */
    if (nr->asked_long && r->activity == MR_ACT_RUN && r->intensity <= MR_MODERATE && longest[MR_ACT_RUN] >= 60 &&
        longest[MR_ACT_RUN] <= 165 && !nr->raced && !nr->post_race && !race_recovery(nr, p) &&
        !(nr->notes & (MR_NOTE_TAPER | MR_NOTE_LOWER_WORKED)) && !r->emergency) {
        int cap = longest[MR_ACT_RUN] * 11 / 10 / 5 * 5;
        if (cap > 180) cap = 180;
        if (minutes < cap) {
            minutes = cap;
            long_run = longest[MR_ACT_RUN];
        }
    }
    if (nr->minutes_free > 0 && minutes > nr->minutes_free) /* the time they said they have */
        minutes = nr->minutes_free;
    /* a try at running lately lasted minutes: walk-jog from there, 25
     * minutes at most (ACSM's initial conditioning stage), as the week */
    if (nr->run_managed && r->activity == MR_ACT_RUN && !r->emergency) {
        if (minutes > MR_WALK_JOG_MAX_MINUTES) minutes = MR_WALK_JOG_MAX_MINUTES;
        reason(r, z ? "你上次跑了%d分钟：今天走跑交替，慢跑1分钟、走2分钟，重复6-8次，能说整句话的强度；能轻松完成，下次每组多跑半分钟，几周后再连续跑"
                    : "your last try at running lasted %d minutes: today walk-jog, 1 minute jogging and 2 walking, 6-8 times, at a pace you can talk in; when that feels easy, add half a minute of jogging to each set, building to continuous running over some weeks",
               nr->run_managed);
    }
    /* the session they plan ("走一个钟头"): the habit's 10% more is not added to it */
    if (nr->minutes_planned >= 20 && minutes > nr->minutes_planned && nr->asked == (int)r->activity) minutes = nr->minutes_planned;
    if (r->activity == MR_ACT_STRENGTH) {
        /* what fits the time: about a minute and a half a set with its rest,
         * after 5 minutes of warm-up (heuristic); four movements at least */
        int fit = (minutes - 5) * 2 / (3 * r->strength.sets_hi);
        if (fit < 4) fit = heavy ? 3 : 4;
        if (r->strength.exercises > fit) r->strength.exercises = fit;
    }
    r->minutes = r->activity == MR_ACT_REST ? 0 : minutes;
    if (long_run && r->minutes > long_run) r->long_run = long_run;
    if (r->long_run)
        reason(r, z ? "长距离：按你最近四周最长的一次（%d分钟）多10%%左右，今天%d分钟，全程能说整句话的轻松配速；更长的距离每周加一点，不要一次加上去（Gabbett 2016）"
                    : "the long run: about 10%% beyond your longest of the last four weeks (%d minutes), so %d minutes today at an easy, conversational pace; go longer a little each week, not all at once (Gabbett 2016)",
               long_run, r->minutes);
    /* asked for, or a child: no calories, nothing about weight (for a
     * child, minutes of play count; AAP 2016 on weight talk with children) */
    /* (no calorie counts beside an eating disorder or periods lost to training, RED-S) */
    if (nr->no_weight_talk || nr->eating_disorder || nr->amenorrhea || p->age < 13) r->kcal = -1;
    else if (!isnan(p->weight_kg)) r->kcal = roundf(mr_kb_kcal(r->met, p->weight_kg, (float)r->minutes));
    else r->kcal = -1; /* not assumed: a 12-year-old is not 70 kg */
    if (r->activity != MR_ACT_REST) {
        mr_kb_rpe(r->intensity, &r->rpe_lo, &r->rpe_hi);
        r->rpe_child = p->age < 13; /* the 6-20 scale is an adult's: a child's is OMNI 0-10 */
        if (r->rpe_child) mr_kb_rpe_child(r->intensity, &r->rpe_lo, &r->rpe_hi);
        if (hr_meaningful(r, p, flags)) mr_hr_zone(p, r->activity, r->intensity, &r->hr_lo, &r->hr_hi);
        /* a ceiling set for them (pacing, a cardiac rehab limit) wins over the formula */
        if (nr->hr_cap > 0 && r->hr_hi > nr->hr_cap) {
            r->hr_hi = nr->hr_cap;
            if (r->hr_lo > nr->hr_cap - 10) r->hr_lo = nr->hr_cap - 10;
        }
        /* and 20 under an ICD's shock rate (HRS 2019) */
        if (nr->icd_zone > 0 && r->hr_hi > nr->icd_zone - 20) {
            r->hr_hi = nr->icd_zone - 20;
            if (r->hr_lo > r->hr_hi - 10) r->hr_lo = r->hr_hi - 10;
        }
    }

    /* 6. reasons: the person's own facts first, the readings that decide */
    readings(r, &in, nr);
    if (nr->hr_cap > 0 && r->activity != MR_ACT_REST)
        reason(r, z ? "你的心率上限%d次/分：全程保持在它以下，接近时就放慢或停下歇一歇" :
                      "your heart-rate cap of %d bpm: stay under it the whole time; slow down or stop for a rest as you near it",
               nr->hr_cap);
    /* the run or the walk the weather or the air keeps off the roads, on the
     * treadmill the notes offered: said in the headline and why here */
    r->treadmill = r->activity != MR_ACT_REST && ((so.indoors >> r->activity) & 1) ? nr->treadmill : MR_INDOOR_NONE;
    if (r->treadmill == MR_INDOOR_WALK)
        for (int i = 0; i < so.n_rules; i++) {
            mr_rule k = so.rules[i];
            if (mr_rule_outdoor(k)) {
                reason(r, z ? "%s放到室内（商场、长走廊、室内跑道，或健身房的跑步机）：%s，今天不在室外"
                            : "%s indoors (a shopping centre, a long corridor, an indoor track or a gym's treadmill): %s, so not outside today",
                       ACT(r->activity), mr_safety_short(k, z ? "zh" : "en"));
                break;
            }
        }
    else if (r->treadmill == MR_INDOOR_MALL)
        for (int i = 0; i < so.n_rules; i++) {
            mr_rule k = so.rules[i];
            if (mr_rule_outdoor(k)) {
                reason(r, z ? "在你说的商场里%s：%s，今天不在室外；去的路上当心，穿防滑的鞋"
                            : "%s in the mall you mentioned: %s, so indoors today; take care getting there, in grippy shoes",
                       ACT(r->activity), mr_safety_short(k, z ? "zh" : "en"));
                break;
            }
        }
    else if (r->treadmill)
        for (int i = 0; i < so.n_rules; i++) {
            mr_rule k = so.rules[i];
            if (mr_rule_outdoor(k)) {
                reason(r, z ? "在你说的跑步机上%s：%s，今天不在室外；室内也关好窗，按规定的强度来"
                            : "%s on the treadmill you mentioned: %s, so indoors today, windows shut, at the effort given",
                       ACT(r->activity), mr_safety_short(k, z ? "zh" : "en"));
                break;
            }
        }
    if (air_cut && r->activity != MR_ACT_REST)
        reason(r, z ? "空气质量指数%d：烟尘也会进到室内，所以今天短一些（%d分钟）、强度中等；长时间的训练等空气质量指数回到100以下再练（EPA 2019）"
                    : "AQI %d: smoke and particles get indoors too, so today is shorter (%d minutes) and moderate; the long session waits for an AQI back under 100 (EPA 2019)",
               p->aqi, r->minutes);
    if (r->substitute_for >= 0)
        reason(r, z ? "你喜欢%s，但今天%s，所以换成最接近的%s" : "you like %s, but %s today, so its nearest form: %s",
               ACT((mr_activity)r->substitute_for), excluded_because(r, &so, (mr_activity)r->substitute_for), ACT(r->activity));
    why_activity(r, p, &pin, flags);
    if (copd_usual)
        reason(r, "%s", z ? "你勾了“气短”，备注里说是慢阻肺一直以来的样子、没有加重：按慢阻肺自身的情况来，以喘的程度控制强度；比平时更喘、休息或夜里也喘、痰变多变色，才是要停下就医的信号（GOLD 2024）"
                          : "you ticked breathlessness, and your notes say it is your COPD's usual, no worse: read as the disease's own and paced by the breath; breathlessness worse than usual, at rest or at night, or more or coloured phlegm, is the sign to stop and see a doctor (GOLD 2024)");
    if (r->relative_easy_run) /* ACOG's word only where a pregnancy is the reason for the cap */
        reason(r, z ? "你是有训练基础的跑者：轻松跑（能说整句话，RPE 12-13）算中等强度（ACSM%s）" :
                      "you are a trained runner: an easy run (you can talk in full sentences, RPE 12-13) is moderate for you (ACSM%s)",
               !(flags & MR_COND_PREGNANCY) ? "" : z ? "；ACOG 2020允许孕前跑步的人孕期继续跑" : "; ACOG 2020 lets runners keep running in pregnancy");
    for (int a = 0; a < MR_ACT_COUNT; a++)
        /* (not on the day of a game: the game is the session, and "running is harder than the limit"
         * beside "your game is today's training" reads as "don't play") */
        if ((preferred_out & (1u << a)) && a != r->substitute_for && r->activity != MR_ACT_REST &&
            !((nr->notes & MR_NOTE_RACE_TODAY) && nr->match_today))
            reason(r, z ? "你喜欢%s，但今天%s" : "you like %s, but %s today", ACT((mr_activity)a),
                   excluded_because(r, &so, (mr_activity)a));
    if (nr->stroke_signs)
        reason(r, z ? "备注“%s”：按中风或小中风的征兆处理" : "your notes (\"%s\"): read as the signs of a stroke or a mini-stroke",
               nr->stroke_words);
    for (int b = 0; b < MR_N_FLAGS; b++) /* what the notes said, in the user's words */
        if (r->text_flags & (1u << b)) {
            /* a low backache beside tightenings before term is labour's, not a back problem */
            if ((1u << b) == MR_COND_BACK && preterm_signs(nr, flags, p->notes)) continue;
            if (nr->evidence[b][0])
                reason(r, z ? "备注“%s”：按%s处理" : "your notes (\"%s\"): read as %s", nr->evidence[b],
                       nr->gout && b == 6 ? (z ? "痛风发作的脚" : "a gout flare in the foot") : mr_flag_label(b, r->language));
            else
                reason(r, z ? "模型从备注中读到：%s" : "the model read in your notes: %s", mr_flag_label(b, r->language));
        }
    for (int i = 0; i < nr->n_unsure && !r->emergency; i++) /* a rest day's warning says more */
        if (nr->incision == i + 1)
            /* an incision heals itching and tender; infection and a breastbone
             * that has not knit are what the surgeon wants to hear of (AHA/AACVPR) */
            reason(r, z ? "备注“%s”：按手术刀口在愈合处理（发痒、按着疼是正常的），不是心脏的疼痛；刀口发红、渗液、发烧，或者胸骨有咔哒声、活动感，请联系手术医生"
                        : "your notes (\"%s\"): read as the incision healing (itching and tenderness to the touch are normal), not a pain of the heart; redness, oozing, a fever, or a breastbone that clicks or shifts: call your surgeon",
                   nr->unsure[i]);
        else if (nr->explained & (1u << i))
            reason(r, z ? "备注“%s”：看起来是训练后的酸痛或压力大的说法，不是危险信号；如果变成真正的疼痛或喘不上气，请停下并就医"
                        : "your notes (\"%s\"): read as the soreness training leaves, or a figure of speech for a busy day, not a warning sign; if it turns into real pain or breathlessness, stop and have it checked",
                   nr->unsure[i]);
        else if (low_grade_temp(nr) && isdigit((unsigned char)nr->unsure[i][0]))
            /* a temperature of 37.3-37.9: raised, not yet a fever (38.0) */
            reason(r, z ? "体温%.1f°C：比平时高一点，还不算发烧（38°C）：今天只做轻度活动，一两个小时后再量；到38°C就休息%s"
                        : "a temperature of %.1f C: a little raised, not yet a fever (38 C): light activity only today, and measure it again in an hour or two; at 38 C, rest%s",
                   nr->temp_c, !(nr->notes2 & MR_NOTE2_CHEMO) ? "" : z ? "，化疗期间要马上打肿瘤科电话" : " and, in chemotherapy, call your cancer team at once");
        else
            reason(r, z ? "备注“%s”：无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医"
                        : "your notes (\"%s\"): we could not tell what this is, so today is gentler; if it is pain, stop if it gets worse and have it checked",
                   nr->unsure[i]);
    if ((nr->notes2 & MR_NOTE2_ALTITUDE) && (nr->notes & MR_NOTE_HEADACHE) && !r->emergency)
        /* a headache with a poor night in the first days up high is mild acute
         * mountain sickness until shown otherwise (Lake Louise score 2018; WMS 2019) */
        reason(r, "%s", z ? "刚上高原就头痛、睡不好，多半是轻度高原反应，不只是没睡好：今天只轻松走走，多喝水；止痛药能压住头痛，也会掩盖反应在加重；头痛没消失之前不要往更高的地方去，明天爬山等头痛消失、睡好一晚再决定；头痛加重、恶心呕吐、走路不稳或静息也喘，要往低处走并就医（WMS 2019）"
                          : "a headache and a broken night in your first days up high are most likely mild altitude sickness, not just a poor night: an easy walk today and plenty to drink; a painkiller eases the headache but can hide it getting worse; go no higher until the headache has gone, and decide on tomorrow's climb after a good night without it; a worsening headache, vomiting, unsteady walking or breathlessness at rest mean going down and getting help (WMS 2019)");
    if (nr->glp1 && nr->skip_meals && !r->emergency)
        /* eating very little on a GLP-1 drug: much of what is lost can be
         * muscle, so protein and strength work keep it (ADA 2024; obesity
         * medicine guidance on GLP-1 and lean mass) */
        reason(r, "%s", z ? "在用减重针（GLP-1类药）又几乎吃不下：掉的体重里有不少可能是肌肉。每天分几小顿吃，每顿先吃蛋白质（鸡蛋、奶、豆制品、鱼肉），多喝水；每周2次力量练习来保住肌肉；如果连这些都吃不下，或头晕乏力，告诉开药的门诊"
                          : "eating very little on a GLP-1 medicine (Wegovy, Ozempic and the like): much of the weight lost can be muscle. Eat small meals through the day with protein first (eggs, dairy, fish, beans), drink plenty, and do strength work twice a week to keep the muscle; if you cannot manage even that, or feel dizzy or weak, tell the clinic that prescribes it");
    if (nr->low_signs && !r->emergency)
        /* a sulfonylurea's or insulin's low, shaky and sweaty (ADA 2024 Standards, section 6) */
        reason(r, "%s", z ? "你在吃降糖药（磺脲类或胰岛素），又出虚汗、手抖：这是低血糖的表现，不是天热。先吃15-20克糖，15分钟后复测；今天先吃饭再活动，随身带糖；把这次告诉医生，药量可能需要调整（ADA 2024）"
                          : "on a sulfonylurea or insulin, shaky and sweaty: those are a low's signs, whatever else might explain them. Take 15-20 g of fast sugar and recheck in 15 minutes; eat your meal before you exercise today and carry sugar; tell your doctor, as the dose may need lowering (ADA 2024)");
    if (nr->sglt2 && nr->keto)
        /* an SGLT2 inhibitor with a ketogenic diet: ketoacidosis at a near-normal
         * sugar (MHRA 2016 drug safety update; FDA 2015); nausea, tummy pain or
         * breathlessness are its signs, not a "keto flu" */
        warning(r, z ? "SGLT2抑制剂（如恩格列净、达格列净）加上生酮/极低碳水饮食，容易在血糖不高时发生酮症酸中毒：恶心、肚子疼、喘、特别累都可能是它的信号，不是“生酮流感”。有这些症状就今天测血酮、马上联系医生或去急诊；饮食要先和医生商量，很多医生会建议这类药不要配生酮饮食（MHRA 2016；FDA 2015）。"
                     : "An SGLT2 inhibitor (Jardiance, Forxiga and the like) with a keto or very low-carb diet can cause ketoacidosis with a near-normal sugar: nausea, tummy pain, breathlessness or unusual tiredness can be its signs, not \"keto flu\". With any of them, check blood ketones and contact your doctor or an urgent care line today, or go to an emergency department if you are getting worse; talk to your doctor before carrying on with the diet, which is usually advised against on these drugs (MHRA 2016; FDA 2015).");
    if (mr_rule_fired(so.rules, so.n_rules, MR_RULE_HYPERGLYCAEMIA_SYMPTOMS)) {
        /* the likely causes, said only to whom they apply: a pump's blocked
         * set (ADA 2016), and an SGLT2 inhibitor, whose ketoacidosis can come
         * at a modest sugar, more so after an illness with little eaten
         * (FDA 2015 safety warning) */
        if (nr->pump)
            warning(r, z ? "用胰岛素泵：管路或针头堵塞是血糖升高的常见原因，先更换输注装置，按你的高血糖方案补打胰岛素（ADA 2016）。"
                         : "On a pump, a blocked line or site is a common cause of a high: change the set and correct as your high-glucose plan says (ADA 2016).");
        if (nr->sglt2 && !(nr->flags & (MR_SYM_ILLNESS | MR_SYM_FEVER)))
            warning(r, z ? "你在吃SGLT2抑制剂（如达格列净、恩格列净）：这类药让酮症酸中毒更容易发生，血糖不太高时也会，生病、吃得少之后尤其要当心。今天一定要测血酮或尿酮（药店有试纸），并问医生这类药要不要先停（FDA 2015）。"
                         : "You take an SGLT2 inhibitor (dapagliflozin/Farxiga, empagliflozin/Jardiance and the like): it makes ketoacidosis more likely, even at a modest sugar and more so after an illness with little eaten. Check blood or urine ketones today (pharmacies sell strips) and ask your doctor whether to pause it (FDA 2015).");
    }
    if (nr->sglt2 && !(nr->flags & (MR_SYM_ILLNESS | MR_SYM_FEVER)) && !r->emergency &&
        ((!isnan(p->temp_c) && p->temp_c >= 24.0f) ||
         /* (or the thirst or the warmth told: "跑完口渴得厉害", "gets pretty warm by 9") */
         notes_say(p, (const char *const[]){"口渴", "口干", "口乾", "好渴", "很渴", "渴得", "thirsty", "thirst", "dry mouth",
                                            "pretty warm", "gets warm", "gets hot", "so hot", "too hot", "very hot", "sweaty",
                                            "天热", "很热", "好热", "出汗多", NULL})))
        /* an SGLT2 inhibitor passes sugar, and water with it, in the urine:
         * heat adds sweat to that, and dehydration raises the risk of
         * ketoacidosis (FDA 2015; ADA 2024 Standards on SGLT2 and volume) */
        reason(r, "%s", z ? "你在吃SGLT2抑制剂（如恩格列净、达格列净）：这类药让糖和水从尿里排出去，运动出汗（天热更甚）再加上，更容易脱水，脱水又容易引起酮症酸中毒；运动后特别口渴就是身体缺水了。运动前、中、后多喝水（每15-20分钟喝几口），放在凉快的时候或室内；出现恶心、肚子疼、呼吸急促或特别累，停下来、测血酮，联系医生"
                          : "you take an SGLT2 inhibitor (empagliflozin/Jardiance, dapagliflozin/Farxiga): it passes sugar, and water with it, in the urine, so sweat (more in the heat) dehydrates you sooner, and dehydration raises the risk of ketoacidosis; a strong thirst after exercise is that loss showing. Drink before, during (a few mouthfuls every 15-20 minutes) and after, and train in the cool or indoors; nausea, tummy pain, fast breathing or unusual tiredness mean stop, check ketones and call your doctor");
    if (nr->sglt2 && (nr->flags & (MR_SYM_ILLNESS | MR_SYM_FEVER)))
        /* sick-day rules: SGLT2 inhibitors can cause ketoacidosis with a
         * normal sugar when one cannot eat or drink (FDA 2015 safety warning) */
        warning(r, z ? "你在吃SGLT2抑制剂（如恩格列净、达格列净），又吐、拉或吃不下喝不下：今天就打电话问医生或药师，通常要先停这类药（二甲双胍也常要暂停）、测血酮；这类药在血糖不高时也可能引起酮症酸中毒。小口多喝水；吐得喝不进水、呼吸急促或越来越没精神，去急诊（FDA 2015）。"
                     : "You take an SGLT2 inhibitor (Jardiance, Farxiga and the like) and are vomiting, have diarrhoea or cannot eat and drink: call your doctor or pharmacist today about pausing it (metformin often too) and checking ketones, since these drugs can cause ketoacidosis even with a normal sugar. Sip fluids; if you cannot keep fluids down, breathe fast or feel more and more drowsy, go to the emergency department (FDA 2015).");
    {
        /* fluid leaking in pregnancy, however sure the writer is that it is
         * the bladder: the waters until a midwife has checked (ACOG 2020,
         * prelabour rupture of membranes; NICE NG25) */
        const char *ev = nr->evidence[__builtin_ctz(MR_SYM_PREG_WARNING)];
        static const char *const leak[] = {"leak", "fluid", "watery", "waters", "漏", "流水", "羊水", "流液", NULL};
        int l = 0;
        for (int k = 0; leak[k] && !l; k++) l = strstr(ev, leak[k]) != NULL;
        if ((flags & MR_SYM_PREG_WARNING) && l)
            warning(r, zh(r) ? "怀孕期间有液体流出，哪怕你觉得是漏尿：也可能是破水（胎膜早破），只有检查才分得清。现在就联系产科或去产房检查，别等它自己停（ACOG 2020）。"
                             : "Fluid leaking in pregnancy, even if it feels like the bladder, can be your waters breaking, and only a check can tell them apart: contact your maternity unit or go in to be checked now rather than waiting to see (ACOG 2020).");
    }
    /* chest tightness in someone with asthma: often the asthma, the reliever
     * first and when to call (GINA 2023); the rest still stands */
    if ((flags & MR_SYM_CHEST_PAIN) && (flags & MR_COND_ASTHMA) && !(flags & MR_SYM_BREATH))
        warning(r, zh(r) ? "有哮喘又觉得胸口发紧：多半是哮喘，现在先用急救吸入剂（蓝色的万托林/沙丁胺醇），坐直慢慢呼吸；几分钟内没有缓解、越来越喘或说不完整句子，拨打120（GINA 2023）。今天不运动，按你的哮喘行动计划来。"
                         : "Chest tightness with asthma is often the asthma: take your reliever (the blue puffer) now, sit upright and breathe slowly; if it does not ease within a few minutes, gets worse or you cannot finish a sentence, call emergency services (GINA 2023). No training today; follow your asthma action plan.");
    /* asthma short of control on a day without training: the review this
     * week, and in hard cold the return goes indoors (GINA 2023; ACSM 2006
     * on cold air and the airways) */
    if (nr->asthma_poor && (flags & MR_COND_ASTHMA) && r->emergency) {
        /* the rules are not run on a day of no training: the cold read here
         * as the asthma rule reads it (wind chill below 0 C) */
        int in_cold = !isnan(in.temp_c) &&
                      (isnan(in.wind_kmh) ? in.temp_c : mr_kb_wind_chill_c(in.temp_c, in.wind_kmh)) < 0.0f;
        char t[512];
        snprintf(t, sizeof t,
                 zh(r) ? "急救吸入剂一周用两次以上、或夜里咳醒喘醒：说明哮喘没控制好，这周去看医生或哮喘门诊，调整控制药（GINA 2023）%s。"
                       : "A reliever needed more than twice a week, or waking at night with it, means the asthma is not controlled: see your doctor or asthma nurse this week about your preventer (GINA 2023)%s.",
                 !in_cold ? "" : zh(r) ? "；恢复训练后，天这么冷就在室内练（跑步机、健身房），冷空气最容易诱发哮喘"
                                       : "; when you train again, in cold like this train indoors (a treadmill, the gym), as cold air sets asthma off");
        warning(r, t);
    }
    /* on dialysis, the same signs after a missed session or over the dry
     * weight are fluid overload: the renal unit today, not the next slot
     * (KDIGO; NICE NG107 renal replacement therapy) */
    int renal_fluid = nr->fluid && nr->dialysis;
    if (renal_fluid)
        warning(r, zh(r) ? "在做透析，又漏了一次或体重超过干体重、脚踝肿、躺平就喘要垫高枕头：这是体内水分太多（容量超负荷），不能等到下一次透析：现在就打电话给透析中心或肾内科，今天安排透析或看医生；少喝水、少吃盐；休息时也喘、胸痛或意识不清，拨打120。"
                           : "On dialysis, a missed session or weight over your dry weight, with swollen ankles and breathlessness lying flat: this is fluid overload and cannot wait for the next slot. Phone your dialysis unit or renal team now for a session or a review today; keep fluids and salt low meanwhile; breathless at rest, chest pain or confusion: call emergency services.");
    /* swollen ankles with breathlessness or needing pillows: the heart's
     * fluid named, not haze or overtraining (ESC 2021 heart failure; ESC
     * 2013 on myocarditis after a virus) */
    if (nr->fluid && !renal_fluid) {
        /* what the writer blamed it on, answered */
        static const char *const blamed[] = {"haze", "smog", "overtrain", "over-train", "out of shape", "unfit", "雾霾", "练多",
                                             "练过头", "过度训练", "体能差", "缺乏锻炼", NULL};
        int blame = notes_say(p, blamed);
        char t[700];
        snprintf(t, sizeof t,
                 zh(r) ? "气短、脚踝肿、躺平要垫高枕头才不咳不喘%s：这几样放在一起，可能是心脏出了问题（%s）%s。今天就去看医生，做心电图、抽血和心脏超声。"
                       : "Breathless on exertion, ankles swelling and needing extra pillows to breathe at night%s: together these can mean the heart is struggling (%s)%s. See a doctor today and ask for an ECG, blood tests and a heart scan.",
                 nr->fluid == 2 ? (zh(r) ? "，又是在一场感冒或流感之后" : ", after a flu or a virus") : "",
                 nr->fluid == 2 ? (zh(r) ? "心衰，或病毒引起的心肌炎" : "heart failure, or the heart muscle inflamed by the virus")
                                : (zh(r) ? "心衰导致积液" : "fluid from heart failure"),
                 !blame ? "" : zh(r) ? "，不是空气差或练多了" : ", not the air or overtraining");
        warning(r, t);
    }
    /* a faint with consciousness lost, away from exercise: seen today, not
     * at the appointment weeks off (ESC 2018 syncope guidelines: a first
     * faint is assessed promptly; NICE CG109), with the medicine told */
    if ((flags & MR_SYM_DIZZINESS) && nr->faint_lost && !nr->faint_exertion) {
        char t[640];
        int uk = !zh(r) && !strcmp(r->ems, "999");
        snprintf(t, sizeof t,
                 zh(r) ? "失去了意识（晕倒、醒来发现倒在地上）：今天就要看医生，不要等之后的预约%s。"
                       : "Losing consciousness (passing out, waking up on the floor) needs a doctor today, not at a later appointment: ring your GP for an urgent slot today%s%s.",
                 zh(r) ? (nr->bp_med ? "；告诉医生你在吃的降压药和最近的调整，降压药、热水澡、猛地站起来都会让血压骤降" : "")
                       : (uk ? " or call NHS 111" : ""),
                 zh(r) ? "" : nr->bp_med ? ", and tell them about your blood-pressure tablets and any recent change: the tablets, a hot shower and standing up fast can all drop the pressure" : "");
        warning(r, t);
    }
    /* greyed out or light-headed the moment the effort stopped, in a hot
     * room or on an empty stomach: most often blood pooling in the legs
     * after a sudden stop (ESC 2018 syncope guidelines: reflex and
     * orthostatic causes; ACSM's cool-down). The heart check stands (the
     * rule above says so); what to change for the return is hers to know */
    if (mr_rule_fired(r->rules, r->n_rules, MR_RULE_HEART_CHECK) && (flags & MR_SYM_DIZZINESS)) {
        static const char *const stop_w[] = {"when we stopped", "when i stopped", "stopped pedalling", "stopped pedaling",
                                             "stopped running", "right at the end", "at the end of the class",
                                             "at the end of class", "just after the class", "after the last sprint",
                                             "一停下来", "刚停下", "停下来的时候", "停下来就", "下课的时候", "结束的时候",
                                             "一停下", "刚下车", NULL};
        static const char *const cause_w[] = {"hot room", "no ac", "no a/c", "no air con", "quite hot", "very hot", "so hot",
                                              "only have tea", "only tea", "just tea", "no breakfast", "empty stomach",
                                              "skipped breakfast", "fasted", "hot flush", "hot flash", "没吃早饭", "空腹",
                                              "没吃东西", "只喝了", "很热", "没空调", "没开空调", "闷热", "潮热", NULL};
        if (notes_say(p, stop_w) && notes_say(p, cause_w))
            warning(r, zh(r) ? "一停下来就发黑、头晕，又是在很热的房间里或空着肚子：最常见的是突然停下后血液积在腿上（要由医生确认，所以先查心脏）。查过之后回来练：提前一小时吃点东西（面包、香蕉），练前练中喝水，找凉快的地方或开风扇，最后5-10分钟很轻松地继续踩或走，不要一下子停住；再发黑就马上躺下、把腿抬高。“再使劲练”不是办法。"
                               : "Going grey the moment you stop, in a hot room or on an empty stomach, is most often blood pooling in the legs after a sudden stop (for the doctor to confirm, so the heart check comes first). For your return once cleared: eat something an hour before (toast, a banana), drink before and during, a cooler room or a fan, and 5-10 minutes of very easy pedalling or walking at the end instead of stopping dead; if it happens again, lie down with your legs up. Pushing harder is not the fix.");
    }
    if (nr->caffeine_high && !r->emergency)
        /* EFSA 2015: up to 400 mg a day (about 4 cups of coffee) for adults;
         * caffeine 6 h before bed still cuts sleep (Drake et al. 2013) */
        reason(r, "%s", z ? "一天4杯以上咖啡（或功能饮料）：超过了每天约400毫克咖啡因的安全量，又在缺觉时让心跳更快、更睡不着。减到每天2杯以内，下午2点以后不喝；心慌、手抖就先停（EFSA 2015）"
                          : "four or more coffees (or energy drinks) a day: past the 400 mg of caffeine a day held safe, and on little sleep it speeds the heart and keeps sleep away. Cut to two a day or fewer, none after 2 pm; a racing heart or shaky hands mean stop for today (EFSA 2015)");
    if ((nr->notes & MR_NOTE_LONG_COVID) && r->emergency)
        /* a rest card for long COVID still says how the return goes: paced,
         * never pushed (WHO 2023 post COVID-19 condition; NICE NG206 on
         * graded exercise in ME/CFS) */
        warning(r, zh(r) ? "长新冠：活动后隔一两天才“崩”（劳累后症状加重）是它的特点。别听“多动动就会好”的说法，不要硬撑：按节奏来，每天只做让你第二天不会更差的量（先是几分钟的坐着或躺着的伸展），有了稳定的好日子再一点点加；站久了心跳快、头晕，请医生查一查（可能是体位性心动过速），也问问有没有新冠康复门诊（WHO 2023；NICE NG206）。"
                         : "Long COVID: crashing a day or two after doing more (post-exertional malaise) is its hallmark. Whatever friends say about pushing yourself, don't: pace it, doing each day only what leaves tomorrow no worse (a few minutes of seated or lying stretches to start), adding a little only after a run of stable days; a racing heart and dizziness on standing are worth a doctor's check (it can be POTS), and ask about a post-COVID clinic (WHO 2023; NICE NG206).");
    if ((nr->notes & MR_NOTE_NO_PERIODS) && r->emergency && (flags & MR_SYM_DIZZINESS))
        /* no periods for months in training, with a faint or a dizzy spell: too
         * little energy for the training (RED-S; IOC consensus, Mountjoy et
         * al. 2018), which the doctor seeing the dizziness should hear of */
        warning(r, zh(r) ? "训练期间好几个月没来月经，再加上头晕、差点晕倒（体重下降、静息心率很低也常见）：这不是运动员的“正常”，多半是吃的能量跟不上训练（运动相对能量不足，RED-S）。看医生时把月经、体重变化都说出来（队医、心电图、抽血），今天就好好吃饭，找运动营养师；医生同意前不训练（IOC 2018）。"
                         : "No period for months in training, with dizziness or nearly fainting (weight lost and a very low resting heart rate often go with it): this is not normal for athletes but a sign of too little energy for the training (RED-S). Tell the doctor about the periods and the weight (team physician, an ECG, blood tests), eat properly today and see a sports dietitian; no training until you are cleared (IOC consensus 2018).");
    if (nr->diuretic && !r->emergency && !nr->dialysis &&
        (mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT) || mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT_DANGER) ||
         (!isnan(p->temp_c) && p->temp_c >= 30.0f)))
        /* diuretics are among the drugs that predispose to heat illness and
         * dehydration (ACSM 2007, Armstrong et al.); their cramps can be a low
         * potassium or sodium */
        warning(r, zh(r) ? "在吃利尿药（排水的药）又碰上热天：身体丢的水和盐比平时多。除非医生给你定了限水量，热天不要少喝水，少量多次地喝；抽筋、头晕或没力气可能是血钾、血钠低了，请找医生抽血查一查（ACSM 2007）。"
                         : "On a water tablet (a diuretic) in the heat: you lose more water and salt than usual. Unless your doctor set you a fluid limit, do not cut back on drinking on hot days; sip through the day. Cramps, dizziness or weakness can mean low potassium or sodium: ask your doctor for a blood test (ACSM 2007).");
    /* a pre-workout (caffeine and other stimulants) with a raised blood
     * pressure: it raises the pressure further, and it spoils the recheck
     * (AHA 2017: no caffeine for 30 minutes before a measurement) */
    if ((in.bp_sys >= 140 || in.bp_dia >= 90) && !r->emergency &&
        (strcasestr(p->notes, "preworkout") || strcasestr(p->notes, "pre-workout") || strcasestr(p->notes, "pre workout") ||
         strcasestr(p->notes, "energy drink") || strstr(p->notes, "氮泵") || strstr(p->notes, "预锻炼") || strstr(p->notes, "红牛")))
        reason(r, "%s", zh(r) ? "血压偏高：今天不喝氮泵或功能饮料，它们里面的咖啡因和兴奋剂会让血压再往上走，也让复测不准；复测前30分钟不碰咖啡因"
                              : "with your blood pressure up, skip the pre-workout today: its caffeine and stimulants push the pressure higher still, and they spoil the recheck (no caffeine for 30 minutes before measuring)");
    if (nr->stimulant && !r->emergency &&
        (mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT) || mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAT_DANGER)))
        /* stimulants raise heat production and blunt the feeling of fatigue
         * and thirst: among the drugs that predispose to exertional heat
         * illness (ACSM position stand, Armstrong et al. 2007) */
        warning(r, z ? "你在吃治疗多动症的兴奋剂类药（如哌甲酯、赖右苯丙胺）：这类药让身体产热多，又会压住疲劳和口渴的感觉，热天更容易中暑，刚加量时更要当心。今天按时喝水（不等口渴），强度再低一档，头痛、头晕、恶心或不再出汗就马上停下降温（ACSM 2007）。"
                     : "You take a stimulant ADHD medicine (Vyvanse, Ritalin and the like): it raises the heat the body makes and masks fatigue and thirst, so heat illness comes more easily, more so after a dose increase. Drink by the clock today rather than by thirst, keep the effort a step lower, and stop and cool down at a headache, dizziness, nausea or when sweating stops (ACSM 2007).");
    /* known cardiovascular, metabolic or renal disease (high blood pressure
     * with age or obesity besides): the warning signs to stop at, with the
     * number to call, unless a rule's text already gives them (ACSM
     * preparticipation screening, Riebe et al. 2015); not for the healthy,
     * whom an ambulance number would only alarm */
    if (!r->emergency && r->activity != MR_ACT_REST && p->age >= 40 &&
        ((flags & (MR_COND_DIABETES | MR_COND_HEART)) || (nr->notes2 & MR_NOTE2_KIDNEY) ||
         ((flags & MR_COND_HYPERTENSION) && (p->age >= 60 || bmi >= 35)))) {
        int given = 0;
        for (int i = 0; i < r->n_warnings && !given; i++)
            given = strstr(r->warnings[i], "chest pain") || strstr(r->warnings[i], "胸痛") || strstr(r->warnings[i], "胸口");
        if (!given)
            warning(r, z ? "运动中出现胸痛或胸闷、和用力不相称的喘、头晕或心跳乱、心慌：马上停下；几分钟不缓解就拨打120。出现过又好了，下次运动前也先看医生（ACSM 2021）。"
                         : "Stop at once for chest pain or pressure, breathlessness out of proportion to the effort, dizziness, or a racing or irregular heartbeat; if it does not settle within a few minutes, call emergency services. If one came and went, see your doctor before the next session (ACSM 2021).");
    }
    if (nr->claudication && !(nr->notes2 & MR_NOTE2_SEE_TODAY))
        /* a calf that aches with walking and eases within minutes of stopping
         * is intermittent claudication until shown otherwise (AHA/ACC 2016);
         * not beside a possible clot, which rules out walking into the pain */
        warning(r, z ? "走路一段时间小腿就抽筋、酸痛，停下几分钟就好：这是腿部动脉变窄（间歇性跛行）的典型表现，尤其是有肾病、高血压、糖尿病或吸过烟的人；他汀引起的肌肉酸痛不会随走随停。请跟医生说，做个简单的踝肱指数检查。在那之前：轻松走，小腿疼到中等程度就停下歇，缓过来再走，不要硬撑；也可以骑室内单车（AHA/ACC 2016）。"
                     : "A calf that cramps or aches after some minutes of walking and eases a few minutes after you stop is the classic sign of narrowed leg arteries (intermittent claudication), more so with kidney disease, high blood pressure, diabetes or past smoking; a statin's muscle ache does not come and go with walking. Tell your doctor (a simple ankle-pressure test checks it). Until then walk at an easy pace, stop when the calf pain is moderate and go on when it eases, rather than pushing through; the stationary bike is fine too (AHA/ACC 2016).");
    if (nr->post_viral)
        /* unusual fatigue with usual activities is a warning sign (ACSM);
         * after COVID, a crash after effort calls for pacing, not a graded
         * push (WHO 2021, self-management after COVID-19-related illness) */
        warning(r, z ? "病毒感染（新冠、流感）几周后还很累，平常的运动之后要躺一两天：这叫运动后症状加重，请先让医生看看再恢复训练。在那之前按节奏来：每天只做让你第二天不会更累的量，比如轻松走5-15分钟，中间多休息；连续几天都没有“透支”再慢慢加，一旦又累垮就退回上一步（WHO 2021；ACSM）。"
                     : "Weeks after COVID or another virus, still drained, and in bed for a day or two after your usual exercise: that crash (post-exertional symptom exacerbation) and the lasting tiredness should be checked by your doctor before training again. Until then pace yourself: only what leaves you no worse the next day, such as 5-15 minutes of easy walking with rests; add a little only after several days without a crash, and step back if one comes (WHO 2021; ACSM).");
    /* ill in the days before a race: whether to start is decided on the
     * morning by the illness, not by the training put in (the neck check:
     * no racing with a fever or a bug below the neck; ACSM 2007 on
     * fluid loss and heat illness) */
    if ((in.flags & (MR_SYM_ILLNESS | MR_SYM_FEVER)) && (nr->race_in >= 0 || nr->race_wday >= 0 || (nr->notes & MR_NOTE_TAPER)))
        warning(r, z ? "比赛就在这几天：只有在不发烧、至少24-48小时没有再吐再拉、吃喝都恢复正常时才上场，而且开头放慢、按口渴补水；做不到就放弃这场比赛，带病脱水去跑，中暑和晕倒的风险都会大很多。现在小口多喝，最好是口服补液盐。"
                     : "With the race days away: start only if you have no fever, have gone 24-48 hours without vomiting or diarrhoea and are eating and drinking normally again, and then go out slower than planned and drink to thirst; otherwise let this one go, since racing ill and dry makes heat illness and collapse far more likely. For now, sip fluids often, oral rehydration salts best.");
    if (nr->fever_masked)
        /* the return is 24 hours without a fever and without the tablets
         * that hide one (the neck check's below-the-neck rule; CDC's fever-free
         * without fever-reducing medicine) */
        warning(r, z ? "退烧药压下去的烧还是发烧：药效过了体温还会上来。要等不吃退烧药也24小时以上不发烧，再从轻松的开始恢复运动。"
                     : "A fever brought down by paracetamol or ibuprofen is still a fever: it returns as the tablet wears off. Wait until you have gone 24 hours without a fever and without those tablets, then start back gently.");
    if ((nr->notes & MR_NOTE_ARTHRITIS_FLARE) && (nr->flags & MR_SYM_FEVER))
        /* a hot, swollen joint with a fever or chills can be an infected
         * joint, an emergency whatever the gout history (NICE CKS septic
         * arthritis; FitzGerald et al. 2020) */
        warning(r, z ? "关节又红又肿又热，还发烧或发冷：除了痛风或关节炎发作，也可能是关节感染（细菌性关节炎），要尽快处理：今天就去看医生或急诊；高烧、发抖、整个人很不舒服，拨打120。"
                     : "A hot, swollen joint with a fever or chills can be an infected joint (septic arthritis), not only a gout or arthritis flare, and needs seeing quickly: see a doctor or an emergency department today; with a high fever, shaking or feeling very unwell, call emergency services.");
    if (nr->eating_disorder && (nr->flags & (MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS | MR_SYM_CHEST_PAIN | MR_SYM_BREATH)))
        /* in an eating disorder's recovery, dizziness, a faint or a slow or
         * racing heart can be the body short of fuel: the team's to know
         * today (NICE NG69, 2017; Mehler et al. on bradycardia) */
        warning(r, z ? "在进食障碍的治疗或恢复中，头晕、差点晕倒、心跳很慢或很快，可能是身体能量不够的信号：今天就告诉你的治疗团队（医生、营养师）。现在先吃点东西、喝点水，按营养师的计划吃正餐和加餐；运动等团队同意了再做。"
                     : "In treatment or recovery from an eating disorder, dizziness, near-faints or a very slow or fast heart can be the body running short of fuel: tell your treatment team (your GP and dietitian) today. Eat something and drink now, and keep to your meal plan's meals and snacks; exercise waits until the team says so.");
    if (nr->drowsy_drive)
        /* after a night shift, a hard session does not make a drowsy driver
         * safe; a short nap before the drive does help (AASM; NIOSH 2015
         * training for nurses on shift work) */
        warning(r, z ? "夜班后犯困开车很危险，运动不能让你清醒到可以安全开车，高强度练完反而更累。开车前先小睡15-20分钟，或者坐公交、打车、请人接；开车时打哈欠、眼皮发沉、记不清刚开过的路，就靠边停车休息。"
                     : "Driving drowsy after a night shift is dangerous, and a workout will not make you alert enough to drive safely; a hard one leaves you more tired. Nap for 15-20 minutes before you drive, or take a bus, a taxi or a lift; yawning, heavy eyelids or missing the last few minutes of road mean pull over and rest.");
    if (nr->hypo_unaware && !r->emergency && r->activity != MR_ACT_REST)
        /* lows without warning: never alone, alarms set higher, food and
         * checks (ADA 2016, Colberg et al.; Riddell et al. 2017 consensus) */
        warning(r, z ? "感觉不到低血糖（无感知低血糖）：不要一个人练，和知道怎么处理低血糖的同伴一起，或至少把实时位置分享给家人、告诉他们路线和回来的时间；CGM的低血糖报警调高一些（比如5.5 mmol/l），运动前吃点碳水，每30分钟看一次血糖，随身带糖和写明“1型糖尿病”的卡片或手环。"
                     : "Hypo unawareness: lows can come without warning, so don't train alone: go with someone who knows how to treat a hypo, or at least share your live location and tell someone your route and when you will be back. Set the CGM's low alarm higher (about 5.5 mmol/l, 100 mg/dl), eat some carbohydrate before you start, check every 30 minutes, and carry fast sugar and ID that says you have type 1 diabetes.");
    if (nr->meal_skipped_su && !r->emergency && r->activity != MR_ACT_REST)
        /* sulfonylureas and insulin lower glucose whatever was eaten, and
         * exercise lowers it further (ADA, Colberg et al. 2016) */
        warning(r, z ? "吃着磺脲类降糖药（如格列美脲）或胰岛素，又少吃了一顿：运动时容易低血糖（手抖、出汗、心慌、发虚、糊涂）。出发前先吃点含碳水的东西（一片面包、一根香蕉、几块饼干），身上带着糖或果汁，按平时的速度走，不要为了“把糖降下来”故意走快；一有低血糖的感觉就停下、马上吃糖，15分钟后再测。"
                     : "On a sulfonylurea (glimepiride, gliclazide) or insulin, with a meal skipped: exercise can bring on a hypo (low blood sugar: shaky, sweaty, a pounding heart, weak or muddled). Eat a carbohydrate snack before you set off (a slice of bread, a banana, a few biscuits), carry sugar or juice, and walk at your usual pace rather than faster to bring the sugar down; at the first sign of a low, stop, take the sugar, and recheck in 15 minutes.");
    if ((nr->dx_known & (1u << MR_DX_ANAEMIA)) && (nr->flags & (MR_SYM_BREATH | MR_SYM_PALPITATIONS | MR_SYM_DIZZINESS)))
        /* breathless, racing or dizzy with a known anaemia: most likely the
         * anaemia not yet corrected, but a doctor decides, and soon (BSG 2021) */
        warning(r, z ? "有贫血，又出现气喘、心跳快或头晕：多半是贫血还没纠正（比如铁剂停了），但要由医生判断：这周就去看医生、复查血常规（血红蛋白、铁蛋白），不要自己停铁剂；吃了难受可以请医生换成隔天吃或换剂型。在那之前不训练，走路时喘得说不出话、胸痛或晕倒，马上就医。"
                     : "Breathless, a racing heart or dizzy with a known anaemia: most likely the anaemia not yet corrected (the iron stopped, say), but a doctor has to judge it: see your doctor this week for a repeat blood count (haemoglobin, ferritin), and do not stop the iron on your own; if it upsets you, ask about every-other-day dosing or another form. No training until then; breathless too much to talk on a walk, chest pain or a faint: get seen now.");
    /* COPD on oxygen: the oxygen for every session, at the prescribed flow
     * (BTS 2015 home oxygen guideline; ACSM) */
    if ((nr->notes & MR_NOTE_COPD) && !r->emergency && r->activity != MR_ACT_REST &&
        notes_say(p, (const char *const[]){"oxygen", "o2", "2l", "2 l ", "吸氧", "氧气", "制氧机", NULL}))
        warning(r, z ? "用着氧气：每次运动都吸，流量按医生定的，不要自己调；骑车或走跑步机时把管子理好，别绊到；有指夹血氧仪的话，运动中血氧尽量不低于88%，低了就停下来歇一歇（BTS 2015）。"
                     : "On oxygen: use it for every session, at the flow your team prescribed rather than one you set yourself, and keep the tubing clear of your feet and the pedals; with a finger oximeter, rest if your saturation drops below about 88% (BTS 2015).");
    /* anaemia in chemotherapy: the heart runs fast and breath comes short at
     * the usual pace; effort by feel, and the signs for the unit today
     * (Campbell et al., ACSM roundtable 2019; NCCN cancer-related anaemia) */
    if ((nr->notes2 & MR_NOTE2_CHEMO) && nr->hb_gdl > 0 && nr->hb_gdl < 11.0f) {
        char t[640];
        snprintf(t, sizeof t,
                 z ? "血红蛋白%.1f g/dl偏低（贫血），化疗中常见：血液带的氧少了，同样的速度心跳更快、更喘，所以按感觉来（RPE 11-12，能说整句话），比平时慢一档、短一点，不看心率。坐着也喘、头晕眼前发黑、胸痛或心慌停不下来：当天联系化疗科（ACSM 2019；NCCN）。"
                   : "Haemoglobin %.1f g/dl is low (anaemia), common in chemotherapy: with less oxygen carried, the same pace drives the heart faster and leaves you more breathless, so go by feel (RPE 11-12, talking in full sentences), a notch slower and shorter than usual, not by heart rate. Breathless sitting still, dizzy or seeing spots, chest pain or a racing heart that will not settle: call your chemotherapy unit the same day (ACSM 2019; NCCN).",
                 nr->hb_gdl);
        warning(r, t);
    }
    /* a cough in chemotherapy: an infection on a low count, or a drug's
     * lung inflammation (bleomycin); for the team this week (ACS; the
     * bleomycin SmPC) */
    if ((nr->notes2 & MR_NOTE2_CHEMO) && nr->cough_said && !r->emergency)
        warning(r, z ? "化疗期间咳嗽，这周要告诉肿瘤科，别当成天气干：白细胞低时更容易感染，有些药（比如博来霉素）会引起肺部炎症。爬楼或运动时喘不上气，当天就联系；发烧38°C以上，马上联系。"
                     : "A cough in chemotherapy is for your cancer team to hear this week, not to put down to the weather: an infection is likelier while the count is low, and some drugs (bleomycin among them) can inflame the lungs. Call them the same day if you get short of breath on stairs or in a session, and at once with a fever of 38 C or more.");
    /* weight lost through cancer treatment is muscle lost: protein and
     * enough food with the strength work (ESPEN 2021 cancer nutrition,
     * Muscaritoli et al.; Campbell et al. 2019) */
    if (nr->cancer_wt_lost && !r->emergency)
        warning(r, z ? "治疗期间或治疗后体重掉了，掉的不只是脂肪，还有肌肉；吃够了，力量训练才能把肌肉练回来：每餐都有蛋白质（鸡蛋、牛奶、豆制品、鱼肉），练完一小时内加一份蛋白质点心或营养补充剂，吃得慢就少量多餐。把体重下降告诉医生，请他们转介营养师（吞咽困难也看吞咽康复）。力量训练每周2-3天（ESPEN 2021；ACSM 2019）。"
                     : "Weight lost through cancer treatment is muscle lost as much as fat, and training rebuilds it only with enough food: protein at every meal and a protein snack within an hour of a session (eggs, dairy, dal, fish, a supplement drink), small meals often if eating is slow. Tell your team about the weight and ask for a dietitian (and a swallowing therapist if eating is hard). Strength work 2-3 days a week comes first; this is not a time to diet (ESPEN 2021; ACSM 2019).");
    /* oxaliplatin: cold brings on numbness, cramps and a tight throat for
     * days after each dose (BC Cancer drug manual, oxaliplatin) */
    if (nr->oxaliplatin && (nr->notes2 & MR_NOTE2_CHEMO) && !nr->cancer_survivor && !nr->cancer_after && !r->emergency)
        warning(r, z ? "奥沙利铂（FOLFOX、XELOX里的“OX”）用药后几天对冷特别敏感：冷空气、冷水、冷饮会让手脚、喉咙发麻、抽筋或发紧。天冷就在室内运动，或戴手套、穿厚袜子、用围巾护住口鼻；喝温水，不喝冰的；两次用药之间麻木还不消退，告诉医生（BC Cancer药物手册）。"
                     : "Oxaliplatin (the OX in FOLFOX and XELOX) makes cold bite for days after each dose: cold air, cold water and iced drinks can make the hands, feet and throat tingle, cramp or feel tight. On cold days exercise indoors, or wear gloves, warm socks and a scarf over your mouth and nose; drink warm rather than iced drinks; tell your team if the numbness stays between doses (BC Cancer drug manual).");
    if ((nr->dx_known & (1u << MR_DX_IBD)) && (nr->flags & MR_SYM_FEVER))
        /* a flare with a fever: severe colitis or an abscess until a doctor
         * says not; an anti-diarrhoeal then can bring on toxic megacolon (BSG 2019) */
        warning(r, z ? "炎症性肠病发作又发烧：今天就去看医生或急诊（不要等到下次复诊），多喝水；没有医生同意不要吃止泻药，发作期发烧时吃止泻药可能很危险。便血多、肚子剧痛或发硬、头晕，拨打急救电话。"
                     : "A Crohn's or colitis flare with a fever: see your doctor or an emergency department today rather than waiting for the next appointment, and drink well; no anti-diarrhoea tablets unless a doctor says so, since in a flare with a fever they can be dangerous. Heavy bleeding, a hard or very painful belly, or feeling faint: emergency services.");
    if (nr->faint_exertion)
        /* fainting during exercise is the warning sign that most needs the
         * heart checked before any more sport (ESC 2020 sports cardiology;
         * a family history of sudden death young adds to it) */
        warning(r, z ? (nr->family_sudden ? "运动中晕倒，加上家里有亲人年纪轻轻就猝死：要先查心脏（心电图，需要时看心内科），在医生排除心脏问题之前，不训练、不比赛、不参加选拔；宿醉或没吃饭不能当作解释。把亲人猝死的事告诉医生，有些心脏病是遗传的（ESC 2020运动心脏病学指南）。"
                                          : "运动中晕倒：要先查心脏（心电图，需要时看心内科），在医生排除心脏问题之前，不训练、不比赛；宿醉或没吃饭不能当作解释（ESC 2020运动心脏病学指南）。")
                     : (nr->family_sudden ? "Fainting during exercise, with a relative who died suddenly young: have your heart checked first (an ECG, and a cardiologist if needed); no training, matches or trials until a doctor has ruled the heart out, and a hangover or a missed meal is not the explanation until then. Tell the doctor about your relative: some heart conditions run in families (ESC 2020 sports cardiology guidelines)."
                                          : "Fainting during exercise: have your heart checked first (an ECG, and a cardiologist if needed); no training or matches until a doctor has ruled the heart out, and a hangover or a missed meal is not the explanation until then (ESC 2020 sports cardiology guidelines)."));
    if (!nr->skip_meals && nr->amenorrhea && (nr->shin == 2 || nr->bone_stress))
        /* periods gone for months and a bone stress injury in a runner:
         * RED-S's red light, no running until assessed (IOC consensus 2018,
         * RED-S CAT; Mountjoy et al. 2023) */
        warning(r, z ? "月经停了好几个月，骨头又有一个点按着疼：在跑者身上，这是能量不足（RED-S）加上可能的应力性骨折。先不跑步；这周去看运动医学科或妇科，把月经、吃饭、训练量和骨头的疼都说出来（可能要拍片或做核磁、查激素和骨密度）。按时吃三餐、训练前后加餐；如果不跑就焦虑、总觉得自己胖，也请和医生或你信任的人聊聊（IOC 2018）。"
                     : "Periods gone for months and a bone that hurts at one spot: in a runner that is low energy availability (RED-S) with a likely stress fracture. No running for now; see a sports doctor or your GP this week and tell them about the periods, the eating, the training and the bone (an X-ray or MRI, hormones and bone density may be checked). Eat regular meals and snacks around training, and if not running makes you anxious or you feel fat whatever you do, talk that over with the doctor or someone you trust (IOC consensus 2018).");
    if (nr->skip_meals && (nr->amenorrhea || (nr->flags & MR_SYM_DIZZINESS)))
        /* too little energy for the training: periods stopping, dizziness,
         * faints (IOC consensus on relative energy deficiency in sport, 2018) */
        warning(r, z ? "吃得远少于训练消耗，又出现头晕、差点晕倒或月经停了几个月：这是能量严重不足（RED-S）的信号，会伤到心脏、骨骼和月经。不要再加练，按时吃三餐和训练前后的加餐；这周请去看医生（儿科或全科医生），把吃饭、头晕和月经的情况都说出来，也请告诉爸妈或你信任的大人、教练（IOC 2018）。"
                     : "Eating far less than your training uses, with dizziness, near-faints or periods stopping for months: these are signs of low energy availability (RED-S), which harms the heart, bones and periods. No extra training; eat regular meals and a snack around practice, and see a doctor this week (your GP or pediatrician), telling them about the eating, the dizziness and the periods; please tell a parent or another adult you trust, and your coach (IOC consensus 2018).");
    if ((nr->notes2 & MR_NOTE2_KIDNEY) && nr->fistula)
        /* a dialysis fistula: the arm protected, the pool only when the
         * renal team agrees, not on dialysis days (KDOQI 2019 vascular access) */
        warning(r, z ? "有透析用的内瘘（动静脉瘘）：那只手臂不提重物、不量血压、不戴紧的手表或袖子、睡觉不压着，每天摸一摸震颤还在不在，摸不到当天联系透析中心。游泳要先问肾科医生（内瘘和穿刺点要完全愈合，公共泳池有感染风险），透析当天不游泳、不做剧烈运动：刚透析完容易头晕、血压低。"
                     : "A dialysis fistula: protect that arm (no lifting, no blood pressure cuff, nothing tight on it, do not sleep on it) and feel for its buzz (thrill) every day; if it is gone, call your dialysis unit that day. Ask your renal team before swimming (the fistula and needle sites must be fully healed; pools carry an infection risk), and no swimming or hard exercise on dialysis days: straight after a session dizziness and low blood pressure are common (KDOQI 2019).");
    if (r->emergency) /* a named condition's own line stays on a rest card: it may explain the sign (conditions.c) */
        for (int c = 0; c < MR_DX_COUNT; c++)
            if (nr->dx_known & (1u << c)) reason(r, "%s", z ? mr_conditions[c].zh : mr_conditions[c].en);
    /* dizzy on standing on blood-pressure tablets: the dose may be more than
     * is needed now (less food and drink, weight lost); the doctor reviews it
     * (NICE NG136: review treatment for postural symptoms) */
    if (r->emergency && nr->orthostatic && nr->bp_med)
        reason(r, "%s", z ? "站起来头晕、又在吃降压药：吃得喝得少了，原来的药量可能偏多了。看医生时请他看看药量，不要自己停药；在那之前起身慢一点，先坐一会儿再站"
                          : "dizzy on standing while on blood-pressure tablets: eating and drinking less, the usual dose may now be more than you need. Ask the doctor to review it (do not stop it yourself); until then, get up slowly, sitting for a moment first");
    /* grief on a rest day too: appetite, sleep and the dizziness of not eating belong to it, and the doctor hears of them */
    if (r->emergency && nr->grief)
        reason(r, "%s", z ? "很遗憾你失去了亲人。难过的时候常常吃不下、睡不好，吃喝太少本身也会让人站起来头晕：少量多次地吃点东西、喝点水；看医生时把胃口、睡眠和心情都说一说，也可以找家人或哀伤辅导聊聊"
                          : "I am sorry for your loss. Grief often takes appetite and sleep, and eating and drinking too little can itself make you dizzy on standing: small, frequent bites and drinks; when you see the doctor, tell them about your appetite, sleep and how you are feeling, and lean on family or a bereavement service");
    /* a forgotten mealtime bolus behind a high reading: the correction the
     * team taught, a pump's site checked, glucose and ketones rechecked
     * before any training (ISPAD 2022 exercise guideline; Riddell et al. 2017) */
    if (in.glucose >= 250 && r->read.bolus_missed)
        reason(r, "%s", z ? "这次高是漏打了餐时胰岛素：按糖尿病团队教的剂量打修正胰岛素（用胰岛素泵的，顺便检查针头和管路），1-2小时后复测血糖和酮体；血糖在往下走、酮体低于0.6 mmol/L，才考虑运动，而且不做冲刺、测试这类高强度"
                          : "a missed bolus behind this high: take the correction dose your team taught you (on a pump, check the site and tubing too) and recheck glucose and ketones in 1-2 hours; train only once glucose is coming down and ketones stay under 0.6 mmol/l, and nothing all-out such as a beep test today (ISPAD 2022; Riddell et al. 2017)");
    if (!r->emergency) {
        if (r->activity == MR_ACT_REST)
            reason(r, "%s", z ? "今天安排休息：其他活动今天都不合适" : "a rest day: nothing else fits today");
        else {
            dose_reasons(r, p);
            coach_notes(r, p, &in);
        }
    }
    answer(r, &so, &in, (int)p->fitness, race_recovery(nr, p), p);
    /* dizzy in a Ramadan fast: the rest stands for today, and the walk has
     * its time after iftar (Chaouachi et al. 2009) */
    if (r->emergency && (nr->notes2 & MR_NOTE2_FASTING) && (nr->flags & MR_SYM_DIZZINESS) && so.n_rules == 1 &&
        !(nr->flags & (MR_SYM_CHEST_PAIN | MR_SYM_PALPITATIONS | MR_SYM_BREATH)))
        reason(r, "%s", z ? "斋月禁食：下午站起来头晕、吃饭喝水后就好，多半和禁食有关；今天先休息，开斋到封斋之间多喝水；之后几天如果没再晕，就在开斋吃饭喝水1-2小时后散步，禁食时不运动；不禁食时也头晕、晕倒过，或伴有胸痛、心慌，请看医生"
                          : "fasting for Ramadan: light-headedness on standing in the afternoon that goes once you have eaten and drunk is most often the fast's; rest today and drink well between iftar and suhoor; on the next days, if it has not come back, walk 1-2 hours after iftar once you have eaten and drunk, never while fasting; if it comes when you are not fasting, if you fainted, or with chest pain or a racing heart, see a doctor");
    heat_reason(r, &so, p, nr);
    if (have_pri)
        for (int a = 0; a < MR_ACT_COUNT; a++)
            if (pri[a].n) reason(r, z ? "你对%s的反馈（%d次）已计入" : "your feedback on %s (%d) was counted",
                                 ACT((mr_activity)a), pri[a].n);
    if (r->activity != MR_ACT_REST) {
        if (r->activity == MR_ACT_STRENGTH && r->strength.reps_hi <= 5) { /* the heavy day (above) */
            static const char *lift_en[] = {"", "the bench press", "the squat", "the deadlift", "the main lift"};
            static const char *lift_zh[] = {"", "卧推", "深蹲", "硬拉", "主项"};
            int k = nr->heavy_lift >= 1 && nr->heavy_lift <= 4 ? nr->heavy_lift : 4;
            reason(r, z ? "大重量日：先做%s，几组递增的热身组之后，正式组%d-%d组、每组%d-%d次，RPE 8-9（约1RM的85%%，每组留1-2次余力），组间休息3-5分钟；再做2个辅助动作，每个3组、每组8-10次；大重量要有保护人或安全杠（ACSM 2009：训练有素者的最大力量练习为80-100%% 1RM、1-6次）"
                        : "heavy day: %s first, after a few ramping warm-up sets: %d-%d work sets of %d-%d reps at RPE 8-9 (about 85%% of your 1RM, one or two reps left in each), 3-5 minutes' rest between them; then 2 accessory lifts, 3 sets of 8-10; a spotter or safety bars under the bar (ACSM 2009: 1-6 reps at 80-100%% of 1RM for maximal strength in the trained)",
                   z ? lift_zh[k] : lift_en[k], r->strength.sets_lo, r->strength.sets_hi, r->strength.reps_lo, r->strength.reps_hi);
        } else if (r->activity == MR_ACT_STRENGTH) {
            /* the max attempt asked for is not today's: a maximal lift held
             * on a breath drives the pressure far up (MacDougall et al. 1985);
             * a raised reading is measured again, rested, before a doctor
             * decides (AHA 2017) */
            if (nr->heavy_lift && ((in.flags & MR_COND_HYPERTENSION) || in.bp_sys >= 140))
                reason(r, "%s", z ? "今天不冲大重量：血压偏高时憋气冲极限，血压会飙得很高；今天做次极限的组（约1RM的70%以下），用力时呼气。没喝咖啡、静坐5分钟后再量血压，两次都在140/90以上就先看医生，再安排冲重量"
                                  : "no max attempt today: with your pressure up, a maximal lift on a held breath drives it very high; sub-maximal sets today (about 70% of 1RM or less), breathing out on the effort. Measure again seated after 5 minutes' rest and no caffeine for 30 minutes; if it is 140/90 or more twice, see your doctor before the next heavy attempt");
            static const char *focus_en[] = {"for the major muscle groups", "for the upper body (push, pull, shoulders, core)",
                                             "for the legs and hips (squat, lunge, hinge) and core",
                                             "for the muscles you did not train yesterday",
                                             "for the back and biceps (rows, pull-ups or pulldowns, curls) and core",
                                             "for the chest, shoulders and triceps (presses, dips, push-ups) and core"};
            static const char *focus_zh[] = {"覆盖主要肌群", "练上肢（推、拉、肩）和核心", "练腿和臀（深蹲、箭步蹲、硬拉类）和核心",
                                             "练昨天没练到的部位", "练背和二头（划船、引体或下拉、弯举）和核心",
                                             "练胸、肩和三头（推举、双杠臂屈伸、俯卧撑）和核心"};
            if (nr->ppl && (r->strength_focus == MR_FOCUS_PUSH || r->strength_focus == MR_FOCUS_PULL ||
                            r->strength_focus == MR_FOCUS_LOWER)) {
                static const char *day_en[] = {"push", "pull", "legs"}, *day_zh[] = {"推", "拉", "腿"};
                int k = r->strength_focus == MR_FOCUS_PUSH ? 0 : r->strength_focus == MR_FOCUS_PULL ? 1 : 2;
                reason(r, z ? "你的推拉腿分化：今天是%s日（昨天练的是%s）" : "your push/pull/legs split: today is %s day (yesterday was %s)",
                       z ? day_zh[k] : day_en[k], z ? day_zh[(k + 2) % 3] : day_en[(k + 2) % 3]);
            }
            /* after a birth: the pelvic floor and the muscles around it first,
             * nothing that bulges the tummy or loads it heavily until the
             * postnatal check (ACOG 2020), as the week's plan says */
            if (nr->notes & MR_NOTE_POSTPARTUM)
                reason(r, z ? "产后力量：盆底肌收缩、臀桥、侧躺抬腿、扶墙俯卧撑、坐站起立，每个%d-%d组×%d-%d次；产后复查（或盆底康复师）放行之前，不做卷腹、平板支撑和大重量，肚子中线鼓起来就停"
                            : "postnatal strength: pelvic floor squeezes, glute bridges, side-lying leg lifts, wall push-ups and sit-to-stands, %d-%d sets of %d-%d each; no sit-ups, planks or heavy lifting until your postnatal check (or a pelvic-health physio) clears them, and stop if the midline of the tummy bulges",
                       r->strength.sets_lo, r->strength.sets_hi, r->strength.reps_lo, r->strength.reps_hi);
            else if (nr->dx_known & ((1u << MR_DX_MARFAN) | (1u << MR_DX_HERNIA)))
                /* the aorta or the hernia: light loads, never to failure (conditions.c) */
                reason(r, z ? "力量训练：%d个动作，%s，每个2-3组、每组10-15次，用轻到中等的重量（最后还能再做好几次），用力时呼气、不憋气，不做到力竭、不测极限"
                            : "strength: %d exercises %s, 2-3 sets of 10-15 reps each, with a light to moderate load (several reps still in hand at the end), breathing out on the effort, never to failure and no max attempts",
                       r->strength.exercises, z ? focus_zh[r->strength_focus] : focus_en[r->strength_focus]);
            else
            reason(r, z ? "力量训练：%d个动作，%s，每个%d-%d组、每组%d-%d次，用能完成最后几次但有点吃力的重量；同一肌群间隔48小时（ACSM）" :
                          "strength: %d exercises %s, %d-%d sets of %d-%d reps each, with a load that makes the last reps hard but clean; 48 h before the same muscles again (ACSM)",
                   r->strength.exercises,
                   z ? focus_zh[r->strength_focus] : focus_en[r->strength_focus], r->strength.sets_lo,
                   r->strength.sets_hi, r->strength.reps_lo, r->strength.reps_hi);
        }
        if (!r->rpe_child && r->activity == MR_ACT_STRENGTH && r->intensity >= MR_MODERATE)
            /* a set's effort is the reps left in it (reps in reserve; Zourdos et al. 2016), not the talk test */
            reason(r, z ? "强度看自我感觉：RPE %d-%d（6-20分）；每组做到还剩2-3次的余力就停，最后几次吃力但动作不变形，组间1-2分钟呼吸恢复"
                        : "effort by feel: RPE %d-%d on the 6-20 scale; end each set with 2-3 reps left in you, the last ones hard but clean, and 1-2 minutes between sets for the breath to settle",
                   r->rpe_lo, r->rpe_hi);
        else if (!r->rpe_child)
            reason(r, z ? "强度看自我感觉：RPE %d-%d（6-20分）；%s" : "effort by feel: RPE %d-%d on the 6-20 scale; %s", r->rpe_lo, r->rpe_hi,
                   r->intensity == MR_LIGHT ? (z ? "能轻松唱歌说话" : "you could sing")
                   /* COPD is paced by the breath: short sentences (GOLD 2024) */
                   : r->intensity == MR_MODERATE && (nr->notes & MR_NOTE_COPD)
                       ? (z ? "能说短句，气喘在0-10分中的3-4分" : "you can speak in short sentences, breathless 3-4 of 10")
                   : r->intensity == MR_MODERATE ? (z ? "能说整句话，但唱不了歌" : "you can talk in full sentences but not sing")
                                                 : (z ? "只能说几个字" : "only a few words at a time"));
        else /* a child: the OMNI picture scale (Robertson et al. 2000) and the breath */
            reason(r, z ? "强度看孩子自己的感觉：儿童OMNI量表（0-10分）%d-%d；%s" : "effort by the child's own feel: %d-%d on the children's OMNI 0-10 scale; %s",
                   r->rpe_lo, r->rpe_hi,
                   r->intensity == MR_LIGHT ? (z ? "轻松，边玩边能唱歌" : "easy, able to sing while playing")
                   : r->intensity == MR_MODERATE ? (z ? "呼吸加快、微微出汗，还能说话" : "breathing faster and a little sweaty, still able to talk")
                                                 : (z ? "喘得只能说几个字，玩一阵歇一阵" : "too puffed to say more than a few words, in bursts with breaks"));
        if (r->hr_lo && p->resting_hr > 0)
            reason(r, z ? "心率%d-%d次/分：用你的静息心率%d算（Karvonen法，最大心率约%d）%s" : "heart rate %d-%d bpm: from your resting rate of %d (Karvonen, maximum about %d)%s",
                   r->hr_lo, r->hr_hi, p->resting_hr, (int)lroundf(mr_kb_hrmax_tanaka(p->age)),
                   r->activity != MR_ACT_SWIM ? "" : z ? "；游泳时心率比陆上低约10次，区间已下调" : "; 10 beats lower in the pool, where the heart runs lower at the same effort");
        else if (r->hr_lo) /* ACSM's %HRmax bands, HRmax by Tanaka et al. 2001 */
            reason(r, z ? "心率%d-%d次/分：按%d岁估算的最大心率约%d次/分（208-0.7×年龄）的百分比；填上静息心率，区间会更贴合你%s"
                        : "heart rate %d-%d bpm: a share of your estimated maximum of about %d at %d (208 - 0.7 x age); add your resting heart rate for a zone closer to you%s",
                   r->hr_lo, r->hr_hi, z ? p->age : (int)lroundf(mr_kb_hrmax_tanaka(p->age)), z ? (int)lroundf(mr_kb_hrmax_tanaka(p->age)) : p->age,
                   r->activity != MR_ACT_SWIM ? "" : z ? "；游泳时心率比陆上低约10次，区间已下调" : "; 10 beats lower in the pool, where the heart runs lower at the same effort");
        else if (is_beta_blocked(r))
            reason(r, "%s", z ? "你在服用β受体阻滞剂：心率会偏低，按RPE和说话测试判断强度（ACSM）"
                              : "you take a beta-blocker: your heart rate stays low, so go by RPE and the talk test (ACSM)");
        char what[96];
        speeds_for(p, v->what, what, sizeof what);
        reason(r, z ? "%s：%.1f MET（Compendium %s）" : "%s: %.1f MET (Compendium %s)", z ? v->what_zh : what, v->met, v->code);
        if (r->kcal < 0 && !r->read.no_weight_talk && !r->read.eating_disorder && !r->read.amenorrhea && p->age >= 13 &&
            isnan(p->weight_kg)) /* (only when the weight is what is missing) */
            reason(r, "%s", z ? "未提供体重：不估算热量" : "no weight given: energy not estimated");
    }

    /* 7. advice: one sentence in the user's language (card.c writes the rest) */
    if (r->emergency) {
        /* the headline says the most urgent thing the warnings below say */
        int very_hot = !isnan(nr->temp_c) && nr->temp_c >= 40.0f && (in.flags & MR_SYM_FEVER);
        int urgent = mr_rule_fired(so.rules, so.n_rules, MR_RULE_STROKE_SIGNS) ||
                  mr_rule_fired(so.rules, so.n_rules, MR_RULE_BP_CRISIS_SIGNS) ||
                  mr_rule_fired(so.rules, so.n_rules, MR_RULE_HEAD_INJURY) ||
                  (mr_rule_fired(so.rules, so.n_rules, MR_RULE_SYM_CHEST) && mi_now) || palp_faint;
        int passing = 1; /* a fever or a bug: rest until it passes */
        for (int i = 0; i < so.n_rules; i++)
            if (so.rules[i] != MR_RULE_SYM_FEVER && so.rules[i] != MR_RULE_SYM_ILLNESS) passing = 0;
        char spo2_h[200];
        if (nr->spo2 > 0)
            snprintf(spo2_h, sizeof spo2_h,
                     z ? "不要运动：血氧%d%%偏低，今天就去看医生；越来越喘、嘴唇发紫或意识模糊，立即拨打急救电话（见下）。"
                       : "No exercise: oxygen at %d%% is low; see a doctor today, and call emergency services if you get more breathless, your lips turn blue or you become confused (see below).",
                     nr->spo2);
        const char *h = mr_rule_fired(so.rules, so.n_rules, MR_RULE_HACE)
                            ? (z ? "不要运动，也不要再往上走：现在就下撤，有人陪着，并求助（见下）。"
                                 : "No exercise and no higher: go down now, with someone, and get help (see below).")
                        /* a fever in chemotherapy: the cancer team's line now, not "rest until it passes" (NICE CG151) */
                        : chemo_fever ? (z ? "不要运动：现在就打肿瘤科或化疗中心的24小时电话，或直接去医院（见下）。"
                                           : "No exercise: call your cancer team's 24-hour line now, or go to hospital (see below).")
                        /* oxygen under 92% measured at rest (BTS 2017 oxygen guideline: a target of 94-98%, 88-92% only in
                         * those at risk of CO2 retention, whose fall below their usual is the warning) */
                        : nr->spo2 > 0 && (in.flags & MR_SYM_BREATH) ? spo2_h
                        : urgent ? (z ? "不要运动：现在就拨打急救电话（见下）。" : "No exercise: call emergency services now (see below).")
                        /* a tight chest in someone with asthma, and nothing of the heart's: the asthma out of
                         * control, answered by its plan and a review, not a cardiac work-up (GINA 2023) */
                        : (in.flags & MR_SYM_CHEST_PAIN) && (in.flags & MR_COND_ASTHMA) &&
                                !(in.flags & (MR_SYM_BREATH | MR_SYM_DIZZINESS | MR_SYM_PALPITATIONS)) &&
                                !(nr->notes & MR_NOTE_MI_SIGNS) && so.n_rules <= 3
                            ? (z ? "今天不要运动也不要比赛：哮喘这两天没控制好（胸口发紧），按哮喘行动计划用药；这周去看医生或哮喘门诊；吸了急救药也缓解不了就拨打急救电话（见下）。"
                                 : "No training or racing today: your asthma is not under control (a tight chest); follow your asthma action plan, see your doctor or asthma nurse this week, and call emergency services if the reliever does not help (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_CAUDA_EQUINA)
                            ? (z ? "不要运动：现在就去医院急诊，今天就去（见下）。" : "No exercise: go to an emergency department now, today (see below).")
                        : very_hot ? (z ? "不要运动：现在就医（见下）。" : "No exercise: get medical help now (see below).")
                        /* moderate ketones or more with nausea or vomiting: DKA until shown
                         * otherwise; urgent care, insulin by pen when a pump may have failed (ADA sick-day rules) */
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_HYPERGLYCAEMIA_SYMPTOMS) && nr->ketones_pos &&
                                (nr->nausea_said || (nr->flags & MR_SYM_ILLNESS)) /* ("今朝嘔咗一次": vomiting read as the illness) */
                            ? (nr->pump ? (z ? "不要运动：血糖高、酮体中等以上还恶心，可能是酮症酸中毒：现在就联系糖尿病团队或去急诊；泵可能出了问题，先用胰岛素笔打校正剂量，1-2小时后复测血糖和酮体（见下）。"
                                             : "No exercise: high glucose with moderate ketones or more and nausea can be diabetic ketoacidosis: call your diabetes team or go to the emergency department now; the pump may have failed, so take a correction dose by pen and recheck glucose and ketones in 1-2 hours (see below).")
                                        : (z ? "不要运动：血糖高、酮体中等以上还恶心，可能是酮症酸中毒：现在就联系糖尿病团队或去急诊（见下）。"
                                             : "No exercise: high glucose with moderate ketones or more and nausea can be diabetic ketoacidosis: call your diabetes team or go to the emergency department now (see below)."))
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_SYM_PREGNANCY) && preterm_signs(nr, flags, p->notes)
                            ? (z ? "今天不要运动：37周前规律、发痛的宫缩可能是早产，现在就去产房或医院检查，不要当成假宫缩等着（见下）。"
                                 : "No exercise: regular, painful tightenings before 37 weeks can be preterm labour: go to the labour ward or hospital now to be checked; do not wait to see if they are false ones (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_SYM_PREGNANCY)
                            ? (z ? "今天不要运动：现在就联系产科医生或助产士（见下）。" : "No exercise today: call your midwife or maternity unit now (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_GLUCOSE_HYPO) && !(in.flags & (MR_SYM_CHEST_PAIN | MR_SYM_BREATH | MR_SYM_FEVER))
                            ? (z ? "先处理低血糖：现在吃15-20克糖，15分钟后复测；今天先不运动（见下）。"
                                 : "Treat the low first: 15-20 g of fast sugar now and recheck in 15 minutes; no exercise until it is back up (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_MED_TOXIC)
                            ? (z ? "今天不要运动：现在就去急诊，查清是不是药物的问题（见下）。" : "No exercise today: go to urgent care now to have the medicine checked (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_DYSREFLEXIA)
                            ? (z ? "马上停下：坐直、双腿放下，先查膀胱和导尿管；血压降不下来就拨打急救电话（见下）。"
                                 : "Stop now: sit upright with your legs down and check your bladder and catheter first; call emergency services if the pressure does not come down (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_CRASH)
                            ? (z ? "今天休息：正在“崩”的时候，休息就是治疗，不做任何运动（见下）。"
                                 : "Rest today: in a crash, rest is the treatment, with no exercise session at all (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_MS_RELAPSE)
                            ? (z ? "今天不训练：今天就联系神经科或MS专科护士（见下）。" : "No training today: call your MS nurse or neurologist today (see below).")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_CRISIS)
                            ? (z ? "今天不运动。你写下的话比任何训练都重要，请先看下面的话。" : "No workout today. What you wrote matters far more than any run: please read below.")
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_SEE_TODAY)
                            ? (z ? "今天不要运动：今天就去看医生（见下）。" : "No exercise today: see a doctor today (see below).")
                        /* a tight chest with a fever and a cough or phlegm: a chest
                         * infection's picture; a doctor today, urgent care if breathless (NICE CKS, chest infections) */
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_SYM_CHEST) && (in.flags & MR_SYM_FEVER) &&
                                nr->cough_said
                            ? (z ? "今天不要运动：发烧加上胸口发紧、咳嗽咳痰，可能是肺部或支气管感染，今天去看医生；喘不上气就马上去急诊（见下）。"
                                 : "No exercise today: a fever with a tight chest and a cough can be a chest infection; see a doctor today, and get urgent care if you become short of breath (see below).")
                        /* chest discomfort without the signs of a heart attack still needs a
                         * doctor before the next session, the same day when it is new (AHA) */
                        : mr_rule_fired(so.rules, so.n_rules, MR_RULE_SYM_CHEST)
                            ? (z ? "今天不要运动：胸口不适要先看医生，新出现的今天就去（见下）。"
                                 : "No exercise today: have the chest discomfort seen by a doctor, today if it is new (see below).")
                        : passing ? (z ? "今天休息，等病好了再练（见下）。" : "Rest today, until this has passed (see below).")
                            : (z ? "今天建议休息，并请医生看看（见下）。" : "Rest today, and have it checked (see below).");
        snprintf(r->advice, sizeof r->advice, "%s", h);
    } else if (r->activity == MR_ACT_REST) {
        snprintf(r->advice, sizeof r->advice, "%s", z ? "今天建议休息。" : "Rest today.");
    } else {
        char tail[160] = "";
        if (r->activity == MR_ACT_STRENGTH)
            snprintf(tail, sizeof tail, z ? "，%d-%d组×%d-%d次" : ", %d-%d sets of %d-%d reps", r->strength.sets_lo,
                     r->strength.sets_hi, r->strength.reps_lo, r->strength.reps_hi);
        else if (r->hr_lo)
            snprintf(tail, sizeof tail, z ? "，心率%d-%d次/分" : ", heart rate %d-%d bpm", r->hr_lo, r->hr_hi);
        else if (r->rpe_child)
            snprintf(tail, sizeof tail, z ? "，感觉%d-%d分（满分10）：%s" : ", effort %d-%d out of 10 (%s)", r->rpe_lo, r->rpe_hi,
                     r->intensity == MR_LIGHT ? (z ? "轻松地玩" : "easy play")
                     : r->intensity == MR_MODERATE ? (z ? "呼吸加快还能说话" : "breathing faster but able to talk")
                                                   : (z ? "玩一阵歇一阵" : "in bursts with breaks"));
        else
            snprintf(tail, sizeof tail, z ? "，RPE %d-%d（%s）" : ", RPE %d-%d (%s)", r->rpe_lo, r->rpe_hi,
                     r->intensity == MR_LIGHT ? (z ? "很轻松" : "easy")
                     /* (COPD is paced by the breath, as the effort line says) */
                     : r->intensity == MR_MODERATE && (nr->notes & MR_NOTE_COPD) ? (z ? "能说短句" : "talk test: short sentences")
                     : r->intensity == MR_MODERATE ? (z ? "能说话不能唱歌" : "talk test: full sentences")
                                                   : (z ? "只能说几个字" : "a few words at a time"));
        if (z)
            snprintf(r->advice, sizeof r->advice, "今天：%s%s%s，约%d分钟%s。", mr_card_intensity(r, r->intensity),
                     ACT(r->activity), r->treadmill == MR_INDOOR_MALL ? "（商场里）" : r->treadmill == MR_INDOOR_WALK ? "（室内）" : r->treadmill ? "（跑步机上）" : "", r->minutes, tail);
        else
            snprintf(r->advice, sizeof r->advice, "Today: %s %s%s for about %d minutes%s.",
                     mr_card_intensity(r, r->intensity), ACT(r->activity),
                     r->treadmill == MR_INDOOR_MALL ? " in the mall" : r->treadmill == MR_INDOOR_WALK ? " indoors" : r->treadmill ? " on the treadmill" : "",
                     r->minutes, tail);
        /* a race or a game later today is the day's work: the session is only its lead-in */
        if (nr->notes & MR_NOTE_RACE_TODAY) {
            const char *lead = z ? (nr->match_today == 2 ? "今天：队里的训练就是今天的运动；训练前只做" : "今天：比赛就是今天的训练；赛前只做")
                                 : (nr->match_today == 2 ? "Today: your practice is the session; before it, only "
                                    : nr->match_today ? "Today: your game is the session; before it, only " : "Today: your race is the session; before it, only ");
            size_t skip = strlen(z ? "今天：" : "Today: "), nl = strlen(lead), n = strlen(r->advice);
            if (n - skip + nl < sizeof r->advice) { /* the headline is short; the lead fits in front of it */
                memmove(r->advice + nl, r->advice + skip, n - skip + 1);
                memcpy(r->advice, lead, nl);
            }
            /* with insulin, a game's glucose checks (ADA 2016; Riddell et al. 2017) */
            if (nr->match_today && (nr->notes & MR_NOTE_INSULIN))
                reason(r, "%s", nr->match_today == 2
                                    ? (z ? "用胰岛素去训练：训练前、每次休息和训练后都测血糖，低于5.0 mmol/L（90 mg/dl）或快速下降就先吃15-30克快糖再练；场边放好快糖，告诉教练或队友你低血糖时的样子；训练后的当晚容易低血糖，睡前再测一次"
                                         : "training on insulin: check your glucose before the start, at every break and after; under 90 mg/dl (5.0 mmol/l) or falling fast, 15-30 g of fast carbs before you go back on; keep fast sugar on the bench, tell the coach or a teammate what your lows look like, and check again before bed, since lows are common the night after a hard practice")
                                    : (z ? "用胰岛素打比赛：赛前、中场和赛后都测血糖，场边放好快糖，告诉教练或队友你低血糖时的样子；比赛后的当晚容易低血糖，睡前再测一次"
                                         : "playing on insulin: check your glucose before the start, at half-time and after the game, keep fast sugar on the bench, tell the coach or a teammate what your lows look like, and check again before bed, since lows are common the night after a game"));
        }
        /* below 90 mg/dl before exercise, the carbohydrate comes first (ADA
         * 2016): said where the session is, not only in a warning */
        if (in.glucose >= 0 && in.glucose < 90) {
            size_t n = strlen(r->advice);
            if (in.glucose < 70 || nr->low_signs) /* a low (or its signs): treated first, 15-20 g of fast sugar */
                snprintf(r->advice + n, sizeof r->advice - n, "%s",
                         z ? "先处理低血糖：吃15-20克快糖，15分钟后复测，高于5.0 mmol/L（90 mg/dl）、人也正常了再开始。"
                           : " First treat the low: 15-20 g of fast sugar, recheck after 15 minutes, and start only above 90 mg/dl (5.0 mmol/l) and feeling normal.");
            else
                snprintf(r->advice + n, sizeof r->advice - n, "%s",
                         z ? "先吃15-30克碳水，15分钟后复测高于5.0 mmol/L（90 mg/dl）再开始。"
                           : " First eat 15-30 g of carbohydrate, and start once a recheck 15 minutes later reads above 90 mg/dl (5.0 mmol/l).");
        }
    }
    if (high_on_tablets) { /* the reading's line agrees with the warning: exercise helps, not "outside the range" */
        static const char *const from[] = {"outside the 90-250 range advised before exercise",
                                           "outside the 5.0-13.9 mmol/l range advised before exercise",
                                           "不在运动前建议的5.0-13.9 mmol/L（90-250 mg/dl）范围", NULL};
        static const char *const to[] = {"high; an easy walk after the meal helps bring it down",
                                         "high; an easy walk after the meal helps bring it down", "偏高；饭后轻松走一走有助于降下来"};
        for (int i = 0; i < r->n_reasons; i++) replace_all(r->reasons[i], sizeof r->reasons[i], from, to);
    }
    race_realism(r, p);
    answer_checks(r, p);
    answer_general(r, &in, p);
    others_reason(r, nr, p);
    /* minding grandchildren all day ("日日湊兩個孫", "look after the grandkids"):
     * the minding is activity already, the lifting is the back's risk, and
     * ten minutes at a time count (WHO 2020: every bout counts) */
    if (!r->emergency && r->activity != MR_ACT_REST &&
        notes_say(p, (const char *const[]){"湊孫", "凑孙", "湊兩個孫", "带孙", "帶孫", "带孙子", "看孙子", "带外孙", "看孫",
                                           "mind the grandkids", "minding the grandkids", "minding my grandchildren",
                                           "look after the grandkids", "looking after the grandkids", "look after my grandchildren",
                                           "looking after my grandchildren", "babysit the grandkids", "babysitting the grandkids",
                                           NULL}))
        reason(r, "%s", z ? "带孙子本身就是活动，再加一点就够：每次10分钟也算数，可以带孙子去公园走；抱孩子时先蹲低、贴着身体、用腿发力站起来，不弯腰扭身抱，护住腰"
                          : "minding the grandchildren is activity already, and a little more is enough: 10 minutes at a time count, a walk to the park with them included; lift them by squatting down, holding them close and standing with your legs, never bending and twisting, to spare your back");
    if (nr->proxy && nr->proxy_who >= 0) proxy_reason(r, nr); /* whom "you" means, where the note says */
    for (int i = 0; i < r->n_reasons; i++) restore_case(r->reasons[i], p->notes);
    for (int i = 0; i < r->n_warnings; i++) restore_case(r->warnings[i], p->notes);
    if (r->us && !z) {
        us_words(r->advice, sizeof r->advice);
        for (int i = 0; i < r->n_reasons; i++) us_words(r->reasons[i], sizeof r->reasons[i]);
        for (int i = 0; i < r->n_warnings; i++) us_words(r->warnings[i], sizeof r->warnings[i]);
    }
    if (r->mmol && !z) {
        mmol_first(r->advice, sizeof r->advice);
        for (int i = 0; i < r->n_reasons; i++) mmol_first(r->reasons[i], sizeof r->reasons[i]);
        for (int i = 0; i < r->n_warnings; i++) mmol_first(r->warnings[i], sizeof r->warnings[i]);
    }
    (void)err;
    (void)errsz;
    return MR_OK;
}

int mr_advise_remember(const mr_profile *p, mr_store *store, int64_t now, mr_recommendation *r, char *err,
                       size_t errsz) {
    if (!store || !p->user[0]) return MR_OK;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f) {
        mr_recommendation_json(r, f);
        fclose(f);
    }
    int rc = buf ? mr_store_add_rec(store, p->user, now, r->activity, r->intensity, r->minutes, buf, &r->rec_id)
                 : MR_ERR_OOM;
    free(buf);
    if (rc != MR_OK) mr_fmt(err, errsz, "%s", rc == MR_ERR_OOM ? "out of memory" : mr_store_errmsg(store));
    return rc;
}
