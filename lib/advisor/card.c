/* card.c - a recommendation written out: the JSON for programs and the card
 * for people, in the user's language from the first line to the last (the
 * activity's description included). A rest day shows no zone and no MET;
 * every warning appears once. */
#include "advisor.h"
#include "hant.h"
#include "utf8.h"

#include <string.h>

static int zh(const mr_recommendation *r) { return !strcmp(r->language, "zh"); }

const char *mr_card_activity(const mr_recommendation *r, mr_activity a) {
    return zh(r) ? mr_kb_activity(a)->zh : mr_kb_activity(a)->en;
}

const char *mr_card_intensity(const mr_recommendation *r, mr_intensity i) {
    static const char *z[] = {"低强度", "中等强度", "高强度"};
    return zh(r) ? z[i] : mr_kb_intensity_name(i);
}

/* any bytes (quoted notes, truncated lines): mr_json_str writes valid UTF-8 */
static void jstr(FILE *out, const char *s) { mr_json_str(out, s, strlen(s)); }

/* A reason that answers what the note asked ("you asked about ..."): on a
 * card that is not an emergency's it is shown first, under its own label,
 * since an expert answers the question before explaining the rest. */
int mr_reason_is_answer(const char *line) { return !strncmp(line, "you asked", 9) || !strncmp(line, "你问", 6); }

static int is_answer(const mr_recommendation *r, int i) { return !r->emergency && mr_reason_is_answer(r->reasons[i]); }

static void pair_or_null(FILE *out, const char *key, int lo, int hi) {
    if (lo > 0) fprintf(out, ",\"%s\":[%d,%d]", key, lo, hi);
    else fprintf(out, ",\"%s\":null", key);
}

static const char *talk_test(const mr_recommendation *r) {
    if (r->activity == MR_ACT_REST) return "";
    int z = zh(r);
    /* lifting is judged by the reps left in the set, not by the breath */
    if (r->activity == MR_ACT_STRENGTH && r->intensity >= MR_MODERATE)
        return z ? "每组留2-3次余力" : "2-3 reps left in each set";
    return r->intensity == MR_LIGHT ? (z ? "能轻松说话唱歌" : "you could sing")
           : r->intensity == MR_MODERATE && (r->read.notes & MR_NOTE_COPD) ? (z ? "能说短句" : "short sentences")
           : r->intensity == MR_MODERATE ? (z ? "能说整句话，但唱不了歌" : "you can talk in full sentences, not sing")
                                         : (z ? "只能说几个字" : "only a few words at a time");
}

void mr_recommendation_json_plain(const void *obj, FILE *out) {
    const mr_recommendation *r = obj;
    fprintf(out, "{\"activity\":\"%s\",\"probabilities\":{", mr_kb_activity(r->activity)->id);
    for (int a = 0; a < MR_ACT_COUNT; a++)
        fprintf(out, "%s\"%s\":%.4f", a ? "," : "", mr_kb_activity((mr_activity)a)->id, r->probs[a]);
    fputs("},\"prior\":{", out); /* before safety, history, preferences and feedback */
    for (int a = 0; a < MR_ACT_COUNT; a++)
        fprintf(out, "%s\"%s\":%.4f", a ? "," : "", mr_kb_activity((mr_activity)a)->id, r->prior[a]);
    fprintf(out, "},\"intensity\":\"%s\",\"minutes\":%d", mr_kb_intensity_name(r->intensity), r->minutes);
    pair_or_null(out, "hr_zone_bpm", r->hr_lo, r->hr_hi);
    pair_or_null(out, "rpe", r->rpe_lo, r->rpe_hi);
    fprintf(out, ",\"rpe_scale\":%s", !r->rpe_lo ? "null" : r->rpe_child ? "\"omni_0_10\"" : "\"borg_6_20\"");
    fputs(",\"talk_test\":", out);
    jstr(out, talk_test(r));
    fprintf(out, ",\"treadmill\":%s", r->treadmill == MR_INDOOR_TREADMILL ? "true" : "false");
    fprintf(out, ",\"indoors_at\":%s", r->treadmill == MR_INDOOR_MALL ? "\"mall\"" : r->treadmill == MR_INDOOR_WALK ? "\"indoors\"" : r->treadmill ? "\"treadmill\"" : "null");
    if (r->activity == MR_ACT_STRENGTH)
        fprintf(out, ",\"strength\":{\"exercises\":%d,\"sets\":[%d,%d],\"reps\":[%d,%d]}",
                r->strength.exercises,
                r->strength.sets_lo, r->strength.sets_hi, r->strength.reps_lo, r->strength.reps_hi);
    else
        fputs(",\"strength\":null", out);
    fprintf(out, ",\"met\":%.1f,\"kcal\":", r->met);
    if (r->kcal >= 0) fprintf(out, "%.0f", r->kcal);
    else fputs("null", out);
    fputs(",\"advice\":", out);
    jstr(out, r->advice);
    fputs(",\"reasons\":[", out);
    for (int i = 0; i < r->n_reasons; i++) { if (i) fputc(',', out); jstr(out, r->reasons[i]); }
    fputs("],\"answers\":[", out); /* the reasons above that answer the note's questions, shown first on the card */
    for (int i = 0, first = 1; i < r->n_reasons; i++)
        if (is_answer(r, i)) { if (!first) fputc(',', out); jstr(out, r->reasons[i]); first = 0; }
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
    fputs(",\"substitute_for\":", out);
    if (r->substitute_for >= 0) fprintf(out, "\"%s\"", mr_kb_activity((mr_activity)r->substitute_for)->id);
    else fputs("null", out);
    fprintf(out, ",\"load\":{\"week_minutes\":%d,\"week_target\":%d,\"acute\":%.0f,\"chronic\":%.0f}",
            r->dose.week_done, r->dose.week_target, r->dose.acute, r->dose.chronic);
    fprintf(out, ",\"mood\":\"%s\",\"language\":\"%s\"", mr_mood_name(r->mood), r->language);
    if (zh(r)) fprintf(out, ",\"script\":\"%s\"", r->hant ? "Hant" : "Hans");
    fputs(",\"rec_id\":", out);
    if (r->rec_id >= 0) fprintf(out, "%lld}", (long long)r->rec_id);
    else fputs("null}", out);
}

static void write_card(const void *obj, FILE *out) {
    const mr_recommendation *r = obj;
    int z = zh(r);
    fputs(z ? "== 今日运动建议" : "== Today's exercise", out);
    if (r->rec_id >= 0) fprintf(out, z ? "（建议编号 %lld）" : " (recommendation %lld)", (long long)r->rec_id);
    fprintf(out, " ==\n%s\n", r->advice);
    if (r->activity != MR_ACT_REST) {
        fprintf(out, z ? "活动：%s  强度：%s  时间：%d分钟" : "activity: %s  intensity: %s  time: %d min",
                mr_card_activity(r, r->activity), mr_card_intensity(r, r->intensity), r->minutes);
        if (r->hr_lo) fprintf(out, z ? "  心率：%d-%d次/分" : "  heart rate: %d-%d bpm", r->hr_lo, r->hr_hi);
        if (!r->rpe_child) fprintf(out, z ? "  自觉强度：RPE %d-%d（%s）" : "  effort: RPE %d-%d (%s)", r->rpe_lo, r->rpe_hi, talk_test(r));
        else fprintf(out, z ? "  自觉强度：儿童OMNI %d-%d/10（%s）" : "  effort: OMNI %d-%d of 10 (%s)", r->rpe_lo, r->rpe_hi, talk_test(r));
        if (r->activity == MR_ACT_STRENGTH)
            fprintf(out, z ? "  %d个动作×%d-%d组×%d-%d次" : "  %d exercises x %d-%d sets x %d-%d reps",
                    r->strength.exercises,
                    r->strength.sets_lo, r->strength.sets_hi, r->strength.reps_lo, r->strength.reps_hi);
        fprintf(out, z ? "  MET：%.1f" : "  MET: %.1f", r->met);
        if (r->kcal >= 0) fprintf(out, z ? "  热量：约%.0f千卡" : "  energy: about %.0f kcal", r->kcal);
        fputc('\n', out);
    }
    for (int i = 0; i < r->n_reasons; i++)
        if (is_answer(r, i)) fprintf(out, "%s %s\n", z ? "回答：" : "answer:", r->reasons[i]);
    for (int i = 0; i < r->n_warnings; i++) fprintf(out, "%s %s\n", z ? "注意：" : "warning:", r->warnings[i]);
    for (int i = 0; i < r->n_reasons; i++)
        if (!is_answer(r, i)) fprintf(out, "%s %s\n", z ? "依据：" : "because:", r->reasons[i]);
    /* a child's card uses the OMNI 0-10 scale: the adult Borg option would
     * contradict it, so the hint leaves it out */
    if (r->rec_id >= 0)
        fprintf(out, z ? "做完后告诉我们：motion-advisor feedback --rec %lld --rating 1-5 --completed yes|no%s\n"
                       : "tell us how it went: motion-advisor feedback --rec %lld --rating 1-5 --completed yes|no%s\n",
                (long long)r->rec_id, r->rpe_child ? "" : " [--rpe 6-20]");
    fprintf(out, "%s\n", z ? "（本建议不是医疗建议。）" : "(This is not medical advice.)");
}

/* Traditional characters for those who write them (hant.c) */
void mr_recommendation_json(const mr_recommendation *r, FILE *out) {
    mr_hant_write(out, r->hant, mr_recommendation_json_plain, r);
}
void mr_recommendation_card(const mr_recommendation *r, FILE *out) { mr_hant_write(out, r->hant, write_card, r); }
