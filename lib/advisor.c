/* advisor.c - the recommendation pipeline: notes -> safety -> scores ->
 * re-ranking -> numbers from the knowledge tables -> advice text. */
#include "advisor.h"
#include "utf8.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int zh(const mr_recommendation *r) { return !strcmp(r->language, "zh"); }

static void reason(mr_recommendation *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void reason(mr_recommendation *r, const char *fmt, ...) {
    if (r->n_reasons >= MR_ADV_MAX_LINES) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->reasons[r->n_reasons++], sizeof r->reasons[0], fmt, ap);
    va_end(ap);
}

static const char *act_name(const mr_recommendation *r, mr_activity a) {
    return zh(r) ? mr_kb_activity(a)->zh : mr_kb_activity(a)->en;
}

static const char *int_name(const mr_recommendation *r, mr_intensity i) {
    static const char *z[] = {"低强度", "中等强度", "高强度"};
    return zh(r) ? z[i] : mr_kb_intensity_name(i);
}

/* Which of the names occur in text: a bit per index. At each place the
 * longest name that matches wins, so "brisk walk" is not also read as "walk";
 * English names must stand as words. */
static unsigned names_in(const char *text, const char *const *names, int n, int en) {
    unsigned found = 0;
    for (const char *s = text; *s;) {
        int hit = -1;
        size_t best = 0;
        for (int k = 0; k < n; k++) {
            size_t len = strlen(names[k]);
            if (len <= best || strncmp(s, names[k], len)) continue;
            if (en && ((s > text && isalpha((unsigned char)s[-1])) || isalpha((unsigned char)s[len]))) continue;
            hit = k;
            best = len;
        }
        if (hit >= 0) found |= 1u << hit;
        s += hit >= 0 ? best : 1;
    }
    return found;
}

static const char *const SLOTS[4] = {"{min}", "{hr_lo}", "{hr_hi}", "{kcal}"};

int mr_advice_fill(const char *text, const mr_recommendation *r, char *dst, size_t n) {
    if (!n) return 0;
    dst[0] = 0;
    for (const char *s = text; *s; s++)
        if (isdigit((unsigned char)*s)) return 0; /* a number the knowledge did not give */
    const char *at[4];
    for (int i = 0; i < 4; i++) {
        at[i] = strstr(text, SLOTS[i]);
        if (!at[i] || strstr(at[i] + 1, SLOTS[i])) return 0; /* each slot exactly once */
    }
    const char *acts[MR_ACT_COUNT], *ints[3];
    for (int a = 0; a < MR_ACT_COUNT; a++) acts[a] = act_name(r, (mr_activity)a);
    for (int i = 0; i < 3; i++) ints[i] = int_name(r, (mr_intensity)i);
    int en = !zh(r);
    if (names_in(text, acts, MR_ACT_COUNT, en) != 1u << r->activity) return 0;
    if (names_in(text, ints, 3, en) != 1u << r->intensity) return 0;
    char num[4][16];
    snprintf(num[0], 16, "%d", r->minutes);
    snprintf(num[1], 16, "%d", r->hr_lo);
    snprintf(num[2], 16, "%d", r->hr_hi);
    snprintf(num[3], 16, "%.0f", r->kcal);
    size_t o = 0;
    for (const char *s = text; *s;) {
        int k = -1;
        for (int i = 0; i < 4; i++)
            if (s == at[i]) k = i;
        const char *piece = k >= 0 ? num[k] : s;
        size_t len = k >= 0 ? strlen(num[k]) : 1;
        if (o + len >= n) return 0;
        memcpy(dst + o, piece, len);
        o += len;
        s += k >= 0 ? strlen(SLOTS[k]) : 1;
    }
    dst[o] = 0;
    if (strchr(dst, '{') || strchr(dst, '}')) return 0; /* a slot the library does not know */
    return 1;
}


/* Temperature bands: where DOMAIN.md's heat and cold rules start to bite
 * (the prior prefers indoors when freezing or hot; cold dry air, at 5 C and
 * below, is an asthma trigger). The prior and the model's prompt both read
 * temperature through these bands. */
enum { TEMP_UNKNOWN, TEMP_FREEZING, TEMP_COLD, TEMP_MILD, TEMP_HOT };

static int temp_band(float t) {
    if (isnan(t)) return TEMP_UNKNOWN;
    return t <= 0.0f ? TEMP_FREEZING : t <= 5.0f ? TEMP_COLD : t >= 30.0f ? TEMP_HOT : TEMP_MILD;
}

/* The prior's weather signal: rain, snow, ice, thunder, AQI > 100, freezing or hot. */
static int prefer_indoor(const mr_profile *p) {
    int t = temp_band(p->temp_c);
    return p->precip != MR_PRECIP_NONE || p->thunder || p->aqi > 100 || t == TEMP_FREEZING || t == TEMP_HOT;
}

/* The profile as the model was trained to read it (weights/make_data.py
 * render(); tests/test_advisor.c compares the two on held-out profiles):
 * the fields the prior depends on, then the free text. Numbers are named by
 * the bands the knowledge's rules use (WHO age groups, US EPA AQI
 * categories, the temperature bands above), so that the model learns how
 * much each band weighs instead of comparing digits. */
void mr_advisor_prompt(const mr_profile *p, char *buf, size_t n) {
    static const char *fit[] = {"unknown", "beginner", "intermediate", "advanced"};
    static const char *prec[] = {"none", "rain", "snow", "ice"};
    static const char *air[] = {"air_good", "air_moderate", "air_sensitive", "air_unhealthy", "air_very_unhealthy",
                                "air_hazardous"};
    static const char *temp[] = {"temp_unknown", "temp_freezing", "temp_cold", "temp_mild", "temp_hot"};
    const char *age = p->age < 18 ? "age_child" : p->age >= 65 ? "age_older" : "age_adult";
    int aqi = mr_kb_aqi_category(p->aqi); /* -1 when unknown */
    char conds[256] = "";
    for (int b = 0; b < 8; b++)
        if (p->flags & (1u << b)) {
            if (conds[0]) strcat(conds, ",");
            strcat(conds, mr_flag_name(b));
        }
    snprintf(buf, n, "activity: %s | %s %s | goal %s | conditions %s | weather %s %s %s%s | %s", p->language,
             age, fit[p->fitness], p->goal[0] ? p->goal : "none", conds[0] ? conds : "none",
             aqi < 0 ? "air_unknown" : air[aqi], temp[temp_band(p->temp_c)], prec[p->precip],
             p->thunder ? " thunder" : "", p->notes);
}

/* weights/train.py trains the activity scores against the knowledge prior
 * sharpened to the power 1/T (near-ties then matter to the loss); the
 * advisor takes them to the power T. Keep equal to train.py's --sharpen. */
#define ACTIVITY_SHARPEN 0.5f

/* The model's reading: activity scores (rank classification over the ids),
 * mood (over the mood names) and conditions named in the notes (generated).
 * Anything that fails leaves the knowledge-based values in place. */
static void model_read(const mr_profile *p, mr_ctx *ctx, float *s, mr_mood *mood, unsigned *flags) {
    char prompt[2800];
    mr_advisor_prompt(p, prompt, sizeof prompt);
    const char *labels[MR_ACT_COUNT];
    for (int a = 0; a < MR_ACT_COUNT; a++) labels[a] = mr_kb_activity((mr_activity)a)->id;
    float probs[MR_ACT_COUNT];
    if (mr_classify(ctx, prompt, labels, MR_ACT_COUNT, NULL, probs, NULL) == MR_OK) {
        /* the model learned prior^(1/T) (weights/train.py --sharpen): back to the prior's scale */
        float tot = 0;
        for (int a = 0; a < MR_ACT_COUNT; a++) tot += s[a] = powf(probs[a], ACTIVITY_SHARPEN);
        for (int a = 0; a < MR_ACT_COUNT && tot > 0; a++) s[a] /= tot;
    }
    const char *moods[MR_MOOD_COUNT];
    for (int i = 0; i < MR_MOOD_COUNT; i++) moods[i] = mr_mood_name((mr_mood)i);
    float mp[MR_MOOD_COUNT];
    snprintf(prompt, sizeof prompt, "mood: %s", p->notes);
    if (p->notes[0] && mr_classify(ctx, prompt, moods, MR_MOOD_COUNT, NULL, mp, NULL) == MR_OK) {
        int best = 0;
        for (int i = 1; i < MR_MOOD_COUNT; i++) if (mp[i] > mp[best]) best = i;
        *mood = (mr_mood)best;
    }
    char out[256];
    snprintf(prompt, sizeof prompt, "conditions: %s", p->notes);
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = 24;
    if (p->notes[0] && mr_generate_text(ctx, prompt, &gp, out, sizeof out) >= 0)
        for (char *tok = strtok(out, ", "); tok; tok = strtok(NULL, ", ")) {
            int b = mr_flag_find(tok);
            if (b >= 0) *flags |= 1u << b; /* text only ever adds caution */
        }
}

int mr_advise(const mr_profile *p, mr_ctx *ctx, mr_store *store, int64_t now, mr_recommendation *r,
              char *err, size_t errsz) {
    memset(r, 0, sizeof *r);
    r->rec_id = -1;
    snprintf(r->language, sizeof r->language, "%s", p->language);
    /* 1. understanding: the notes can add conditions and symptoms, never
     * remove them; with a model, what it reads is added to the keyword rules */
    float s[MR_ACT_COUNT];
    mr_notes *nr = &r->read;
    mr_notes_read(p->notes, p->flags, nr);
    unsigned tf = nr->flags;
    r->mood = nr->mood;
    mr_safety_in in;
    mr_profile_safety_in(p, &in);
    /* numbers written in the notes: the worse of them and the fields */
    if (nr->bp_sys > in.bp_sys) { in.bp_sys = nr->bp_sys; in.bp_dia = nr->bp_dia > in.bp_dia ? nr->bp_dia : in.bp_dia; }
    if (nr->bp_dia > in.bp_dia) in.bp_dia = nr->bp_dia;
    if (in.glucose < 0) in.glucose = nr->glucose;
    in.notes = nr->notes;
    in.n_unsure = nr->n_unsure;
    /* the knowledge-based prior; a model, when given, replaces it with its own reading */
    int tb = temp_band(p->temp_c);
    mr_prior_in pin = {.age = p->age, .fitness = (int)p->fitness, .goal = mr_goal_read(p->goal),
                       .flags = p->flags | tf, .mood = r->mood, .prefer_indoor = prefer_indoor(p),
                       .cold = tb == TEMP_FREEZING || tb == TEMP_COLD};
    mr_activity_prior(&pin, s);
    if (ctx) {
        model_read(p, ctx, s, &r->mood, &tf);
        reason(r, "%s", zh(r) ? "模型读取了你的资料和备注" : "the model read your profile and notes");
    } else {
        static const char *gz[MR_GOAL_COUNT] = {"健康", "减重", "力量", "耐力", "柔韧与放松"};
        reason(r, zh(r) ? "目标：%s；按体能、年龄、身体情况、心情和天气打分" : "goal: %s; scored by fitness, age, conditions, mood and weather",
               zh(r) ? gz[pin.goal] : mr_goal_name(pin.goal));
    }
    memcpy(r->prior, s, sizeof r->prior);
    r->text_flags = tf & ~p->flags;
    in.flags |= r->text_flags;
    mr_safety_out so;
    mr_safety_apply(&in, &so);
    r->emergency = so.emergency;
    r->allowed = so.allowed;
    r->max_intensity = so.max_intensity;
    for (int i = 0; i < so.n_rules && r->n_warnings < MR_ADV_MAX_LINES; i++)
        snprintf(r->warnings[r->n_warnings++], sizeof r->warnings[0], "%s", mr_safety_text(so.rules[i], r->language));
    for (int b = 0; b < MR_N_FLAGS; b++) /* what the notes said, in the user's words */
        if (r->text_flags & (1u << b)) {
            if (nr->evidence[b][0])
                reason(r, zh(r) ? "备注“%s”：按%s处理" : "your notes (\"%s\"): treated as %s", nr->evidence[b], mr_flag_name(b));
            else
                reason(r, zh(r) ? "模型从备注中读到：%s" : "the model read in your notes: %s", mr_flag_name(b));
        }
    for (int i = 0; i < nr->n_unsure; i++)
        reason(r, zh(r) ? "备注“%s”：无法确定是什么情况，今天强度放低；如果是疼痛，加重时请停止并就医"
                        : "your notes (\"%s\"): we could not tell what this is, so today is gentler; if it is pain, stop if it gets worse and have it checked",
               nr->unsure[i]);
    /* 2. wanted intensity: fitness, then mood, then the safety cap */
    mr_intensity want = p->fitness == MR_FIT_ADVANCED ? MR_VIGOROUS : MR_MODERATE;
    if (p->fitness == MR_FIT_INTERMEDIATE && r->mood == MR_MOOD_POSITIVE) want = MR_VIGOROUS;
    if ((r->mood == MR_MOOD_TIRED || r->mood == MR_MOOD_NEGATIVE) && want > MR_LIGHT) {
        want = (mr_intensity)(want - 1);
        reason(r, zh(r) ? "情绪/状态（%s）：降低强度" : "mood (%s): a gentler session", mr_mood_name(r->mood));
    }
    int hard_day = 0, done_min = 0, done_vig = 0;
    for (int i = 0; i < p->n_history; i++) {
        const mr_history_item *h = &p->history[i];
        if (h->days_ago <= 1 && h->rpe >= 15) hard_day = 1;
        if (h->days_ago < 7) {
            if (h->rpe >= 14) done_vig += h->minutes; else done_min += h->minutes;
        }
    }
    if (hard_day && want > MR_LIGHT) {
        want = (mr_intensity)(want - 1);
        reason(r, zh(r) ? "昨天训练强度高（RPE≥15）：今天以恢复为主" : "a hard session yesterday (RPE >= 15): recover today");
    }
    if (want > so.max_intensity) want = so.max_intensity;
    /* 3. scores (the model's, or equal) */
    mr_prior pri[MR_ACT_COUNT];
    int have_pri = store && p->user[0] && mr_store_priors(store, p->user, pri) == MR_OK;
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        if (p->preferences & (1u << a)) s[a] *= 2.0f;
        if (have_pri && pri[a].n) { /* Beta means relative to the neutral 0.5 x 0.5 */
            float like = (float)(pri[a].like_a / (pri[a].like_a + pri[a].like_b));
            float done = (float)(pri[a].done_a / (pri[a].done_a + pri[a].done_b));
            s[a] *= like * done / 0.25f;
        }
        for (int i = 0; i < p->n_history; i++)
            if (p->history[i].activity == (mr_activity)a && p->history[i].days_ago <= 1) s[a] *= 0.6f; /* variety */
        if (a == MR_ACT_REST) s[a] *= so.emergency ? 1.0f : 0.2f; /* rest is the fallback, not the default */
        const mr_met_variant *v;
        if (!mr_safety_permits(&so, (mr_activity)a, mr_kb_variant((mr_activity)a, want, &v))) s[a] = 0;
    }
    if (have_pri)
        for (int a = 0; a < MR_ACT_COUNT; a++)
            if (pri[a].n) reason(r, zh(r) ? "你的反馈（%s，%d次）已计入" : "your feedback on %s (%d) was counted",
                                 act_name(r, (mr_activity)a), pri[a].n);
    float tot = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) tot += s[a];
    if (tot <= 0) { s[MR_ACT_REST] = 1; tot = 1; }
    int best = MR_ACT_REST;
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        r->probs[a] = s[a] / tot;
        if (r->probs[a] > r->probs[best]) best = a;
    }
    r->activity = (mr_activity)best;
    for (int a = 0; a < MR_ACT_COUNT; a++)
        if ((p->preferences & (1u << a)) && r->probs[a] == 0)
            reason(r, zh(r) ? "你偏好%s，但今天的安全规则不允许" : "you like %s, but today's safety rules exclude it",
                   act_name(r, (mr_activity)a));
    /* 4. numbers from the knowledge tables */
    const mr_met_variant *v;
    r->intensity = r->activity == MR_ACT_REST ? MR_LIGHT : mr_kb_variant(r->activity, want, &v);
    if (r->activity == MR_ACT_REST) mr_kb_variant(MR_ACT_REST, MR_LIGHT, &v);
    r->met = v->met;
    int tmod, tvig;
    mr_kb_weekly_target(p->age, &tmod, &tvig);
    int done = done_min + 2 * done_vig; /* vigorous minutes count double (WHO) */
    int gap = tmod > done ? tmod - done : 0;
    int cap_min = p->fitness == MR_FIT_BEGINNER || p->fitness == MR_FIT_UNKNOWN ? 30 : p->fitness == MR_FIT_INTERMEDIATE ? 45 : 60;
    int minutes = gap / 3;
    if (minutes < 15) minutes = 15;
    if (minutes > cap_min) minutes = cap_min;
    if (r->intensity == MR_VIGOROUS) minutes = (minutes + 1) / 2 > 10 ? (minutes + 1) / 2 : 10;
    r->minutes = r->activity == MR_ACT_REST ? 0 : minutes;
    reason(r, zh(r) ? "WHO：每周%d分钟中等强度，最近7天已完成约%d分钟" : "WHO: %d min/week moderate; about %d done in the last 7 days",
           tmod, done);
    float kg = isnan(p->weight_kg) ? 70.0f : p->weight_kg;
    if (isnan(p->weight_kg)) reason(r, zh(r) ? "未提供体重，按70公斤估算热量" : "no weight given: energy estimated for 70 kg");
    r->kcal = roundf(mr_kb_kcal(r->met, kg, (float)r->minutes));
    mr_kb_hr_zone(p->age, p->resting_hr, r->intensity, &r->hr_lo, &r->hr_hi);
    reason(r, zh(r) ? "%s（Compendium %s，%.1f MET）" : "%s (Compendium %s, %.1f MET)", v->what, v->code, v->met);
    if (p->resting_hr > 0)
        reason(r, zh(r) ? "心率区间：Karvonen法（静息心率%d）" : "heart rate: Karvonen (resting %d bpm)", p->resting_hr);
    else
        reason(r, "%s", zh(r) ? "心率区间：最大心率百分比（Tanaka公式）" : "heart rate: %HRmax (Tanaka)");
    /* 5. advice, from a template in the user's language */
    if (r->emergency || r->activity == MR_ACT_REST) {
        snprintf(r->advice, sizeof r->advice, "%s", zh(r) ? "今天建议休息。" : "Rest today.");
        if (r->n_warnings) {
            size_t n = strlen(r->advice);
            snprintf(r->advice + n, sizeof r->advice - n, " %s", r->warnings[0]);
        }
    } else if (zh(r)) {
        snprintf(r->advice, sizeof r->advice, "建议今天进行%s的%s，约%d分钟，心率保持在%d-%d次/分，预计消耗约%.0f千卡。",
                 int_name(r, r->intensity), act_name(r, r->activity), r->minutes, r->hr_lo, r->hr_hi, r->kcal);
    } else {
        snprintf(r->advice, sizeof r->advice,
                 "Today: %s %s for about %d minutes, heart rate %d-%d bpm, about %.0f kcal.",
                 int_name(r, r->intensity), act_name(r, r->activity), r->minutes, r->hr_lo, r->hr_hi, r->kcal);
    }
    /* 5b. with a model, its own wording when it passes mr_advice_fill */
    if (ctx && !r->emergency && r->activity != MR_ACT_REST) {
        char prompt[128], out[1024], filled[sizeof r->advice];
        snprintf(prompt, sizeof prompt, "advice %s: %s %s", r->language, mr_kb_activity(r->activity)->id,
                 mr_kb_intensity_name(r->intensity));
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = 96;
        if (mr_generate_text(ctx, prompt, &gp, out, sizeof out) > 0 && mr_advice_fill(out, r, filled, sizeof filled))
            snprintf(r->advice, sizeof r->advice, "%s", filled);
        else
            reason(r, "%s", zh(r) ? "模型生成的建议未通过核对（活动、强度、数字），改用知识模板"
                                  : "the model's advice failed the check (activity, intensity, numbers): template used");
    }
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

/* the advice is the model's text, the unsure findings quote the notes: any bytes */
static void jstr(FILE *out, const char *s) { mr_json_str(out, s, strlen(s)); }

void mr_recommendation_json(const mr_recommendation *r, FILE *out) {
    fprintf(out, "{\"activity\":\"%s\",\"probabilities\":{", mr_kb_activity(r->activity)->id);
    for (int a = 0; a < MR_ACT_COUNT; a++)
        fprintf(out, "%s\"%s\":%.4f", a ? "," : "", mr_kb_activity((mr_activity)a)->id, r->probs[a]);
    fputs("},\"prior\":{", out); /* before safety, history, preferences and feedback */
    for (int a = 0; a < MR_ACT_COUNT; a++)
        fprintf(out, "%s\"%s\":%.4f", a ? "," : "", mr_kb_activity((mr_activity)a)->id, r->prior[a]);
    fprintf(out, "},\"intensity\":\"%s\",\"minutes\":%d,\"hr_zone_bpm\":[%d,%d],\"met\":%.1f,\"kcal\":%.0f,\"advice\":",
            mr_kb_intensity_name(r->intensity), r->minutes, r->hr_lo, r->hr_hi, r->met, r->kcal);
    jstr(out, r->advice);
    fputs(",\"reasons\":[", out);
    for (int i = 0; i < r->n_reasons; i++) { if (i) fputc(',', out); jstr(out, r->reasons[i]); }
    fputs("],\"warnings\":[", out);
    for (int i = 0; i < r->n_warnings; i++) { if (i) fputc(',', out); jstr(out, r->warnings[i]); }
    /* what the notes said beyond the structured fields */
    fputs("],\"notes_conditions\":[", out);
    for (int b = 0, first = 1; b < MR_N_FLAGS; b++)
        if (r->text_flags & (1u << b)) { fprintf(out, "%s\"%s\"", first ? "" : ",", mr_flag_name(b)); first = 0; }
    fputs("],\"notes_unsure\":[", out); /* read but not placed: the reason why today is gentler */
    for (int i = 0; i < r->read.n_unsure; i++) { if (i) fputc(',', out); jstr(out, r->read.unsure[i]); }
    /* what the safety layer allowed, so that anyone can check the choice against it */
    fputs("],\"safety\":{\"allowed\":[", out);
    for (int a = 0, first = 1; a < MR_ACT_COUNT; a++)
        if (r->allowed & (1u << a)) { fprintf(out, "%s\"%s\"", first ? "" : ",", mr_kb_activity((mr_activity)a)->id); first = 0; }
    fprintf(out, "],\"max_intensity\":\"%s\",\"emergency\":%s}", mr_kb_intensity_name(r->max_intensity),
            r->emergency ? "true" : "false");
    fprintf(out, ",\"mood\":\"%s\",\"language\":\"%s\",\"rec_id\":", mr_mood_name(r->mood), r->language);
    if (r->rec_id >= 0) fprintf(out, "%lld}", (long long)r->rec_id);
    else fputs("null}", out);
}

void mr_recommendation_card(const mr_recommendation *r, FILE *out) {
    int z = zh(r);
    fprintf(out, "%s\n%s\n", z ? "== 今日运动建议 ==" : "== Today's exercise ==", r->advice);
    if (r->activity != MR_ACT_REST)
        fprintf(out, z ? "活动：%s  强度：%s  时间：%d分钟  心率：%d-%d次/分  MET：%.1f  热量：%.0f千卡\n"
                       : "activity: %s  intensity: %s  time: %d min  heart rate: %d-%d bpm  MET: %.1f  energy: %.0f kcal\n",
                act_name(r, r->activity), int_name(r, r->intensity), r->minutes, r->hr_lo, r->hr_hi, r->met, r->kcal);
    for (int i = 0; i < r->n_warnings; i++) fprintf(out, "%s %s\n", z ? "注意：" : "warning:", r->warnings[i]);
    for (int i = 0; i < r->n_reasons; i++) fprintf(out, "%s %s\n", z ? "依据：" : "because:", r->reasons[i]);
    fprintf(out, "%s\n", z ? "（本建议不是医疗建议。）" : "(This is not medical advice.)");
}
