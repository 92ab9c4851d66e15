/* test_advisor.c - lib/advisor.c: the pipeline on the sample profile,
 * emergencies, text that adds caution, feedback that changes later choices,
 * and over 10,000 random profiles (adversarial notes included) no choice the
 * safety rules forbid. */
#include "testutil.h"

#include "advisor.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static mr_profile load_sample(void) {
    size_t len;
    char *json = tu_read(tu_data("profiles/sample_zh.json"), &len), err[256];
    mr_profile p;
    assert_int_equal(mr_profile_parse(json, len, &p, err, sizeof err), MR_OK);
    free(json);
    return p;
}

static void sample(void **state) {
    (void)state;
    mr_profile p = load_sample();
    mr_recommendation r;
    char err[256];
    assert_int_equal(mr_advise(&p, NULL, NULL, 0, &r, err, sizeof err), MR_OK);
    assert_int_not_equal(r.activity, MR_ACT_RUN); /* knee injury + hypertension */
    assert_true(r.intensity <= MR_MODERATE);
    assert_int_equal(r.mood, MR_MOOD_STRESSED);
    float tot = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) tot += r.probs[a];
    assert_true(fabsf(tot - 1) < 1e-4f);
    assert_true(r.probs[MR_ACT_RUN] == 0);
    /* numbers from the knowledge: kcal = MET x 3.5 x kg / 200 x min */
    assert_true(fabsf(r.kcal - roundf(r.met * 3.5f * 70 / 200 * r.minutes)) < 1);
    int lo, hi;
    mr_kb_hr_zone(45, 68, r.intensity, &lo, &hi);
    assert_int_equal(r.hr_lo, lo);
    assert_int_equal(r.hr_hi, hi);
    assert_non_null(strstr(r.advice, mr_kb_activity(r.activity)->zh)); /* names the activity */
    char num[16];
    snprintf(num, sizeof num, "%d", r.minutes);
    assert_non_null(strstr(r.advice, num)); /* carries the numbers */
    assert_true(r.n_warnings >= 2);
    /* the same profile in English */
    strcpy(p.language, "en");
    assert_int_equal(mr_advise(&p, NULL, NULL, 0, &r, err, sizeof err), MR_OK);
    assert_non_null(strstr(r.advice, mr_kb_activity(r.activity)->en));
}

static void emergency_and_text(void **state) {
    (void)state;
    char err[256];
    mr_profile p;
    mr_recommendation r;
    const char *bp = "{\"age\":50,\"bp_systolic\":190,\"bp_diastolic\":100,\"preferences\":[\"run\"]}";
    assert_int_equal(mr_profile_parse(bp, strlen(bp), &p, err, sizeof err), MR_OK);
    assert_int_equal(mr_advise(&p, NULL, NULL, 0, &r, err, sizeof err), MR_OK);
    assert_true(r.emergency && r.activity == MR_ACT_REST && r.minutes == 0);
    assert_true(r.probs[MR_ACT_REST] == 1.0f);
    const char *j = "{\"age\":30,\"fitness\":\"advanced\",\"preferences\":[\"run\"],\"notes\":\"ignore my knee, I want to run\"}";
    assert_int_equal(mr_profile_parse(j, strlen(j), &p, err, sizeof err), MR_OK);
    assert_int_equal(mr_advise(&p, NULL, NULL, 0, &r, err, sizeof err), MR_OK);
    assert_int_not_equal(r.activity, MR_ACT_RUN);
    assert_true(r.text_flags & MR_COND_KNEE);
    j = "{\"age\":30,\"notes\":\"今天胸口疼，但是想去跑步\"}";
    assert_int_equal(mr_profile_parse(j, strlen(j), &p, err, sizeof err), MR_OK);
    assert_int_equal(mr_advise(&p, NULL, NULL, 0, &r, err, sizeof err), MR_OK);
    assert_true(r.emergency && r.activity == MR_ACT_REST);
}

static void feedback_changes_choices(void **state) {
    (void)state;
    char path[64], err[256];
    snprintf(path, sizeof path, "build/test_advisor_%d.db", (int)getpid());
    remove(path);
    mr_store *st;
    assert_int_equal(mr_store_open(path, &st, err, sizeof err), MR_OK);
    const char *j = "{\"user\":\"u9\",\"age\":35,\"fitness\":\"intermediate\"}";
    mr_profile p;
    assert_int_equal(mr_profile_parse(j, strlen(j), &p, err, sizeof err), MR_OK);
    mr_recommendation r0, r;
    assert_int_equal(mr_advise(&p, NULL, st, 1, &r0, err, sizeof err), MR_OK);
    assert_true(r0.rec_id < 0); /* advising stores nothing; remembering does */
    assert_int_equal(mr_advise_remember(&p, st, 1, &r0, err, sizeof err), MR_OK);
    assert_true(r0.rec_id > 0);
    float before = r0.probs[MR_ACT_YOGA];
    /* yoga loved and done three times, the first choice disliked and skipped */
    int64_t id;
    for (int k = 0; k < 3; k++) {
        assert_int_equal(mr_store_add_rec(st, "u9", 10 + k, MR_ACT_YOGA, MR_LIGHT, 30, "{}", &id), MR_OK);
        assert_int_equal(mr_store_add_feedback(st, id, 11 + k, 5, 1, 10, NULL), MR_OK);
    }
    assert_int_equal(mr_store_add_feedback(st, r0.rec_id, 20, 1, 0, -1, "boring"), MR_OK);
    assert_int_equal(mr_advise(&p, NULL, st, 30, &r, err, sizeof err), MR_OK);
    assert_true(r.probs[MR_ACT_YOGA] > before);
    if (r0.activity != MR_ACT_YOGA) assert_true(r.probs[r0.activity] < r0.probs[r0.activity]);
    assert_int_equal(r.activity, MR_ACT_YOGA);
    int seen = 0;
    for (int i = 0; i < r.n_reasons; i++) seen |= strstr(r.reasons[i], "feedback") != NULL;
    assert_true(seen); /* visible in the reasons */
    mr_store_close(st);
    tu_remove_db(path);
}

static uint64_t rs = 12345;
static uint32_t rnd(uint32_t n) {
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return (uint32_t)(rs % n);
}

static void check_random(mr_ctx *ctx, int count);

static void random_profiles_are_safe(void **state) {
    (void)state;
    check_random(NULL, 10000);
}

/* With a model in the loop (any model: its scores are only advice), the
 * safety layer still decides. The bundled tiny checkpoint exercises the path. */
static void random_profiles_with_a_model(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(tu_gen("flan-v1_1-tiny-copy-f32.gguf"), NULL, err, sizeof err);
    assert_non_null(m);
    mr_ctx *c = mr_ctx_new(m, NULL);
    check_random(c, 300);
    mr_ctx_free(c);
    mr_model_free(m);
}

static void check_random(mr_ctx *ctx, int count) {
    static const char *conds[] = {"hypertension", "diabetes", "asthma", "heart_disease", "pregnancy",
                                  "knee_injury", "ankle_injury", "low_back_pain"};
    static const char *notes[] = {"", "ignore my knee, I want to run", "我很好，别管我的高血压", "有点头晕",
                                  "I feel great, let's go hard", "最近很累，腰疼", "my doctor said my heart is fine, run!",
                                  "chest pain earlier but fine now", "怀孕了，想游泳", "stressed at work"};
    static const char *fit[] = {"beginner", "intermediate", "advanced"};
    static const char *prec[] = {"none", "rain", "snow", "ice"};
    static const char *acts[] = {"run", "swim", "cycle", "brisk_walk", "walk", "yoga"};
    char json[2048], err[256];
    int violations = 0;
    for (int k = 0; k < count; k++) {
        int n = snprintf(json, sizeof json, "{\"age\":%d,\"fitness\":\"%s\",\"conditions\":[", 5 + (int)rnd(100),
                         fit[rnd(3)]);
        int first = 1;
        for (int c = 0; c < 8; c++)
            if (rnd(6) == 0) { n += snprintf(json + n, sizeof json - n, "%s\"%s\"", first ? "" : ",", conds[c]); first = 0; }
        n += snprintf(json + n, sizeof json - n, "],\"preferences\":[\"%s\"]", acts[rnd(6)]);
        if (rnd(3) == 0) n += snprintf(json + n, sizeof json - n, ",\"bp_systolic\":%d,\"bp_diastolic\":%d", 100 + (int)rnd(100), 60 + (int)rnd(39));
        if (rnd(3) == 0) n += snprintf(json + n, sizeof json - n, ",\"glucose_mg_dl\":%d", 60 + (int)rnd(400));
        n += snprintf(json + n, sizeof json - n,
                      ",\"context\":{\"temperature_c\":%d,\"humidity_pct\":%d,\"wind_kmh\":%d,\"aqi\":%d,"
                      "\"precipitation\":\"%s\",\"thunder\":%s},\"notes\":\"%s\"}",
                      -30 + (int)rnd(75), (int)rnd(101), (int)rnd(60), (int)rnd(501), prec[rnd(4)],
                      rnd(8) ? "false" : "true", notes[rnd(10)]);
        mr_profile p;
        if (mr_profile_parse(json, (size_t)n, &p, err, sizeof err) != MR_OK) {
            if (strstr(err, "not a blood pressure")) continue;
            fail_msg("generated profile refused: %s (%s)", err, json);
        }
        mr_recommendation r;
        assert_int_equal(mr_advise(&p, ctx, NULL, 0, &r, err, sizeof err), MR_OK);
        /* judge against the rules applied to the profile and its text */
        mr_safety_in in;
        mr_profile_safety_in(&p, &in);
        in.flags |= mr_notes_flags(p.notes);
        mr_safety_out so;
        mr_safety_apply(&in, &so);
        int ok = mr_safety_permits(&so, r.activity, r.intensity);
        if (so.emergency && r.activity != MR_ACT_REST) ok = 0;
        if (!ok && violations++ < 3) print_message("  violation: %s -> %s %s\n", json, mr_kb_activity(r.activity)->id,
                                                   mr_kb_intensity_name(r.intensity));
    }
    assert_int_equal(violations, 0);
}

/* The knowledge prior: goals read in both languages, and each piece of
 * advice moves the activities it names the right way. */
static void prior_follows_the_knowledge(void **state) {
    (void)state;
    assert_int_equal(mr_goal_read("I want to LOSE WEIGHT"), MR_GOAL_WEIGHT);
    assert_int_equal(mr_goal_read("今年想减脂"), MR_GOAL_WEIGHT);
    assert_int_equal(mr_goal_read("增肌塑形"), MR_GOAL_STRENGTH);
    assert_int_equal(mr_goal_read("train for a marathon"), MR_GOAL_ENDURANCE);
    assert_int_equal(mr_goal_read("放松一下"), MR_GOAL_FLEXIBILITY);
    assert_int_equal(mr_goal_read(""), MR_GOAL_HEALTH);
    assert_int_equal(mr_goal_read(NULL), MR_GOAL_HEALTH);
    mr_prior_in base = {.age = 40, .fitness = 2, .goal = MR_GOAL_HEALTH, .mood = MR_MOOD_NEUTRAL};
    float p0[MR_ACT_COUNT], p[MR_ACT_COUNT];
    mr_activity_prior(&base, p0);
    float tot = 0;
    for (int a = 0; a < MR_ACT_COUNT; a++) { assert_true(p0[a] > 0); tot += p0[a]; }
    assert_float_equal(tot, 1.0f, 1e-5f);
    mr_prior_in in = base;
    in.goal = MR_GOAL_STRENGTH;
    mr_activity_prior(&in, p);
    assert_true(p[MR_ACT_STRENGTH] > p0[MR_ACT_STRENGTH]);
    in = base;
    in.flags = MR_COND_KNEE;
    mr_activity_prior(&in, p);
    assert_true(p[MR_ACT_SWIM] > p0[MR_ACT_SWIM] && p[MR_ACT_RUN] < p0[MR_ACT_RUN]);
    in = base;
    in.age = 70;
    mr_activity_prior(&in, p);
    assert_true(p[MR_ACT_TAI_CHI] > p0[MR_ACT_TAI_CHI]);
    in = base;
    in.prefer_indoor = 1;
    mr_activity_prior(&in, p);
    assert_true(p[MR_ACT_STATIONARY_BIKE] > p0[MR_ACT_STATIONARY_BIKE] && p[MR_ACT_RUN] < p0[MR_ACT_RUN]);
    in = base;
    in.mood = MR_MOOD_STRESSED;
    mr_activity_prior(&in, p);
    assert_true(p[MR_ACT_YOGA] > p0[MR_ACT_YOGA]);
}

/* The public API: JSON and card, a too-small buffer (nothing stored), an
 * invalid profile naming its field, feedback, export and forget. */
static void public_api(void **state) {
    (void)state;
    char path[64], err[256], out[16384];
    snprintf(path, sizeof path, "build/test_advisor_api_%d.db", (int)getpid());
    remove(path);
    mr_advisor_params ap = mr_advisor_default_params();
    mr_advisor *plain = mr_advisor_new(&ap, err, sizeof err);
    assert_non_null(plain);
    size_t need = 0;
    const char *prof = "{\"user\":\"api\",\"age\":30,\"goal\":\"build muscle\",\"language\":\"en\"}";
    assert_int_equal(mr_advisor_recommend(plain, prof, -1, MR_ADVISOR_JSON, out, sizeof out, &need), MR_OK);
    assert_non_null(strstr(out, "\"rec_id\":null"));
    assert_int_equal(strlen(out) + 1, need);
    assert_int_equal(mr_advisor_recommend(plain, prof, -1, MR_ADVISOR_CARD, out, sizeof out, NULL), MR_OK);
    assert_non_null(strstr(out, "not medical advice"));
    assert_int_equal(mr_advisor_feedback(plain, 1, 5, 1, -1, NULL), MR_ERR_STATE);
    assert_non_null(strstr(mr_advisor_errmsg(plain), "db_path"));
    assert_int_equal(mr_advisor_recommend(plain, "{\"age\":300}", -1, MR_ADVISOR_JSON, out, sizeof out, NULL),
                     MR_ERR_INVALID_ARG);
    assert_non_null(strstr(mr_advisor_errmsg(plain), "age"));
    assert_int_not_equal(mr_advisor_recommend(plain, "{\"age\":", -1, MR_ADVISOR_JSON, out, sizeof out, NULL), MR_OK);
    assert_int_equal(mr_advisor_recommend(plain, prof, -1, 7, out, sizeof out, NULL), MR_ERR_INVALID_ARG);
    mr_advisor_free(plain);

    ap.db_path = path;
    mr_advisor *a = mr_advisor_new(&ap, err, sizeof err);
    assert_non_null(a);
    /* reading a database that does not exist is an error, and creates none */
    assert_int_equal(mr_advisor_export(a, "api", out, sizeof out, NULL), MR_ERR_IO);
    assert_non_null(strstr(mr_advisor_errmsg(a), "no database at"));
    assert_int_equal(access(path, F_OK), -1);
    assert_int_equal(mr_advisor_recommend(a, "{\"user\":\"api\",\"age\":-1}", -1, MR_ADVISOR_JSON, out, sizeof out,
                                          NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(access(path, F_OK), -1); /* a refused profile touches nothing */
    char small[32];
    assert_int_equal(mr_advisor_recommend(a, prof, -1, MR_ADVISOR_JSON, small, sizeof small, &need),
                     MR_ERR_BUFFER_TOO_SMALL);
    assert_true(need > sizeof small);
    int32_t n = -1;
    assert_int_equal(mr_advisor_forget(a, "api", &n), MR_OK);
    assert_int_equal(n, 0); /* the too-small buffer stored nothing */
    assert_int_equal(mr_advisor_recommend(a, prof, -1, MR_ADVISOR_JSON, out, need, NULL), MR_OK);
    char *id = strstr(out, "\"rec_id\":");
    assert_non_null(id);
    long long rec = atoll(id + 9);
    assert_true(rec > 0);
    /* export opens read-only; the writes after it reopen for writing */
    assert_int_equal(mr_advisor_export(a, "api", out, sizeof out, NULL), MR_OK);
    assert_non_null(strstr(out, "\"user\":\"api\""));
    assert_int_equal(mr_advisor_feedback(a, rec, 4, 1, 12, "fine"), MR_OK);
    assert_int_equal(mr_advisor_feedback(a, rec, 0, 1, 12, NULL), MR_ERR_INVALID_ARG);
    assert_int_equal(mr_advisor_export(a, "api", small, sizeof small, &need), MR_ERR_BUFFER_TOO_SMALL);
    char *buf = malloc(need);
    assert_int_equal(mr_advisor_export(a, "api", buf, need, NULL), MR_OK);
    assert_non_null(strstr(buf, "\"comment\":\"fine\""));
    free(buf);
    assert_int_equal(mr_advisor_forget(a, "api", &n), MR_OK);
    assert_int_equal(n, 1);
    assert_int_equal(mr_advisor_export(a, "api", out, sizeof out, NULL), MR_OK);
    assert_string_equal(out, "");
    mr_advisor_free(a);
    mr_advisor_free(NULL);
    ap.model_path = "/nonexistent/model.gguf";
    assert_null(mr_advisor_new(&ap, err, sizeof err));
    assert_non_null(strstr(err, "nonexistent"));
    /* parameters out of range are refused by name, with or without a model */
    ap = mr_advisor_default_params();
    ap.n_threads = -1;
    assert_null(mr_advisor_new(&ap, err, sizeof err));
    assert_string_equal(err, "mr_advisor_params.n_threads -1 is outside 0..256");
    ap.n_threads = 1;
    ap.kernels = 9;
    assert_null(mr_advisor_new(&ap, err, sizeof err));
    assert_string_equal(err, "mr_advisor_params.kernels 9 is outside 0..5");
    tu_remove_db(path);
}

/* The shipped model (weights/advisor-f16.gguf) in the loop: no forbidden
 * choice over 1,000 random profiles, and its reading of held-out phrasings
 * (tests/data/advisor_heldout.jsonl: rows of weights/make_data.py's test
 * split, frames never seen in training) holds the accuracy that
 * weights/README.md reports, less a margin for the small sample. */
#define SHIPPED "weights/advisor-f16.gguf"
/* measured on these rows (weights/README.md): mood 60/60, condition F1
 * 0.964, activity top-1 53/60, advice 60/60; the bounds leave room for the
 * sample size and for a model retrained by weights/train.sh */
#define SHIPPED_MOOD_MIN 0.90
#define SHIPPED_F1_MIN 0.90
#define SHIPPED_ACT_MIN 0.75
#define SHIPPED_ADVICE_MIN 0.90

static int set_of(const char *s, unsigned *out) {
    static const char *names[] = {"hypertension", "diabetes", "asthma", "heart_disease", "pregnancy", "knee_injury",
                                  "ankle_injury", "low_back_pain", "chest_pain", "dizziness", "fever"};
    *out = 0;
    for (int b = 0; b < 11; b++) if (strstr(s, names[b])) *out |= 1u << b;
    return 0;
}

static void shipped_model(void **state) {
    (void)state;
    char err[256];
    mr_model *m = mr_model_load(SHIPPED, NULL, err, sizeof err);
    if (!m) fail_msg("%s: %s", SHIPPED, err);
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_threads = 2;
    mr_ctx *c = mr_ctx_new(m, &cp);
    assert_non_null(c);
    check_random(c, 1000);
    /* the sample profile's advice is the model's wording, not the fallback */
    for (int lang = 0; lang < 2; lang++) {
        mr_profile p = load_sample();
        if (lang) strcpy(p.language, "en");
        mr_recommendation r;
        assert_int_equal(mr_advise(&p, c, NULL, 0, &r, err, sizeof err), MR_OK);
        for (int i = 0; i < r.n_reasons; i++) assert_null(strstr(r.reasons[i], lang ? "template used" : "改用知识模板"));
        assert_non_null(strstr(r.advice, lang ? mr_kb_activity(r.activity)->en : mr_kb_activity(r.activity)->zh));
    }
    size_t len;
    char *txt = tu_read(tu_data("advisor_heldout.jsonl"), &len);
    assert_non_null(txt);
    const char *moods[] = {"neutral", "positive", "negative", "stressed", "tired"};
    int mood_ok = 0, mood_n = 0, act_ok = 0, act_n = 0, adv_ok = 0, adv_n = 0, tp = 0, fp = 0, fn = 0;
    for (char *line = strtok(txt, "\n"); line; line = strtok(NULL, "\n")) {
        cJSON *r = cJSON_Parse(line);
        assert_non_null(r);
        const char *task = cJSON_GetObjectItem(r, "task")->valuestring;
        const char *in = cJSON_GetObjectItem(r, "input")->valuestring;
        const char *want = cJSON_GetObjectItem(r, "target")->valuestring;
        char out[1024];
        mr_generate_params gp = mr_generate_default_params();
        if (!strcmp(task, "mood")) {
            float p[5];
            assert_int_equal(mr_classify(c, in, moods, 5, NULL, p, NULL), MR_OK);
            int best = 0;
            for (int i = 1; i < 5; i++) if (p[i] > p[best]) best = i;
            mood_ok += !strcmp(moods[best], want);
            mood_n++;
        } else if (!strcmp(task, "conditions")) {
            gp.max_new_tokens = 24;
            assert_true(mr_generate_text(c, in, &gp, out, sizeof out) >= 0);
            unsigned g, w;
            set_of(out, &g);
            set_of(want, &w);
            tp += __builtin_popcount(g & w);
            fp += __builtin_popcount(g & ~w);
            fn += __builtin_popcount(w & ~g);
        } else if (!strcmp(task, "activity")) {
            float p[MR_ACT_COUNT];
            const char *ids[MR_ACT_COUNT];
            for (int a = 0; a < MR_ACT_COUNT; a++) ids[a] = mr_kb_activity((mr_activity)a)->id;
            /* the row's input is make_data.py's rendering of its profile:
             * lib/advisor.c must write the same prompt, or the model reads
             * something it was never trained on */
            char *pj = cJSON_PrintUnformatted(cJSON_GetObjectItem(r, "profile"));
            assert_non_null(pj);
            mr_profile prof;
            assert_int_equal(mr_profile_parse(pj, strlen(pj), &prof, err, sizeof err), MR_OK);
            free(pj);
            char prompt[2800];
            mr_advisor_prompt(&prof, prompt, sizeof prompt);
            assert_string_equal(prompt, in);
            assert_int_equal(mr_classify(c, in, ids, MR_ACT_COUNT, NULL, p, NULL), MR_OK);
            int best = 0;
            for (int a = 1; a < MR_ACT_COUNT; a++) if (p[a] > p[best]) best = a;
            act_ok += !strcmp(ids[best], want);
            act_n++;
        } else if (!strcmp(task, "advice")) {
            /* the model writes the wording with slots; mr_advice_fill checks it
             * and fills in the row's numbers, which must give the teacher's text */
            gp.max_new_tokens = 96;
            assert_true(mr_generate_text(c, in, &gp, out, sizeof out) >= 0);
            mr_recommendation rec = {0};
            snprintf(rec.language, sizeof rec.language, "%s", strstr(in, "advice zh") == in ? "zh" : "en");
            const char *act = cJSON_GetObjectItem(r, "activity")->valuestring;
            const char *inten = cJSON_GetObjectItem(r, "intensity")->valuestring;
            for (int a = 0; a < MR_ACT_COUNT; a++)
                if (!strcmp(mr_kb_activity((mr_activity)a)->id, act)) rec.activity = (mr_activity)a;
            for (int i = 0; i < 3; i++)
                if (!strcmp(mr_kb_intensity_name((mr_intensity)i), inten)) rec.intensity = (mr_intensity)i;
            cJSON *nums = cJSON_GetObjectItem(r, "numbers");
            rec.minutes = cJSON_GetArrayItem(nums, 0)->valueint;
            rec.hr_lo = cJSON_GetArrayItem(nums, 1)->valueint;
            rec.hr_hi = cJSON_GetArrayItem(nums, 2)->valueint;
            rec.kcal = (float)cJSON_GetArrayItem(nums, 3)->valueint;
            char filled[1024];
            adv_ok += mr_advice_fill(out, &rec, filled, sizeof filled) &&
                      !strcmp(filled, cJSON_GetObjectItem(r, "teacher")->valuestring);
            adv_n++;
        }
        cJSON_Delete(r);
    }
    free(txt);
    double f1 = tp ? 2.0 * tp / (2.0 * tp + fp + fn) : 0;
    print_message("  shipped model on held-out frames: mood %d/%d, condition F1 %.3f, activity %d/%d, advice %d/%d\n",
                  mood_ok, mood_n, f1, act_ok, act_n, adv_ok, adv_n);
    assert_true(mood_n >= 50 && act_n >= 50 && adv_n >= 50);
    assert_true(mood_ok >= SHIPPED_MOOD_MIN * mood_n);
    assert_true(f1 >= SHIPPED_F1_MIN);
    assert_true(act_ok >= SHIPPED_ACT_MIN * act_n);
    assert_true(adv_ok >= SHIPPED_ADVICE_MIN * adv_n);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* mr_advice_fill: the model's wording is used only when it passes. */
static void advice_check(void **state) {
    (void)state;
    mr_recommendation r = {0};
    snprintf(r.language, sizeof r.language, "en");
    r.activity = MR_ACT_BRISK_WALK;
    r.intensity = MR_MODERATE;
    r.minutes = 35;
    r.hr_lo = 110;
    r.hr_hi = 128;
    r.kcal = 240;
    char out[256];
    const char *good = "Today: moderate brisk walk for about {min} minutes, heart rate {hr_lo}-{hr_hi} bpm, about {kcal} kcal.";
    assert_int_equal(mr_advice_fill(good, &r, out, sizeof out), 1);
    assert_string_equal(out, "Today: moderate brisk walk for about 35 minutes, heart rate 110-128 bpm, about 240 kcal.");
    assert_int_equal(mr_advice_fill(good, &r, out, 20), 0);                            /* too small */
    assert_int_equal(mr_advice_fill("Today: moderate brisk walk for about 30 minutes, heart rate {hr_lo}-{hr_hi} "
                                    "bpm, about {kcal} kcal {min}.", &r, out, sizeof out), 0); /* its own number */
    assert_int_equal(mr_advice_fill("moderate brisk walk {min} {hr_lo}-{hr_hi} {kcal}", &r, out, sizeof out), 1);
    assert_int_equal(mr_advice_fill("moderate brisk walk {min} {hr_lo}-{hr_hi}", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("moderate brisk walk {min} {min} {hr_lo}-{hr_hi} {kcal}", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("moderate brisk walk {min} {hr_lo}-{hr_hi} {kcal} {pace}", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("moderate walk {min} {hr_lo}-{hr_hi} {kcal}", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("moderate brisk walk or run {min} {hr_lo}-{hr_hi} {kcal}", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("vigorous brisk walk {min} {hr_lo}-{hr_hi} {kcal}", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("moderate brisk walk, then vigorous {min} {hr_lo}-{hr_hi} {kcal}", &r, out,
                                    sizeof out), 0);
    /* English names stand as words: "running" is not the activity "run" */
    assert_int_equal(mr_advice_fill("moderate brisk walk, keep running {min} {hr_lo}-{hr_hi} {kcal}", &r, out,
                                    sizeof out), 1);
    snprintf(r.language, sizeof r.language, "zh");
    assert_int_equal(mr_advice_fill("建议今天进行中等强度的快走，约{min}分钟，心率保持在{hr_lo}-{hr_hi}次/分，预计消耗约{kcal}千卡。",
                                    &r, out, sizeof out), 1);
    assert_string_equal(out, "建议今天进行中等强度的快走，约35分钟，心率保持在110-128次/分，预计消耗约240千卡。");
    assert_int_equal(mr_advice_fill("建议今天进行中等强度的跑步，约{min}分钟，心率{hr_lo}-{hr_hi}，{kcal}千卡", &r, out, sizeof out), 0);
    assert_int_equal(mr_advice_fill("建议今天进行高强度的快走，约{min}分钟，心率{hr_lo}-{hr_hi}，{kcal}千卡", &r, out, sizeof out), 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(advice_check),
        cmocka_unit_test(shipped_model),
        cmocka_unit_test(prior_follows_the_knowledge),
        cmocka_unit_test(public_api),
        cmocka_unit_test(sample),
        cmocka_unit_test(emergency_and_text),
        cmocka_unit_test(feedback_changes_choices),
        cmocka_unit_test(random_profiles_are_safe),
        cmocka_unit_test(random_profiles_with_a_model),
    };
    return cmocka_run_group_tests_name("advisor", tests, NULL, NULL);
}
