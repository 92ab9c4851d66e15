/* profile.c - JSON profile -> mr_profile, with cJSON (Debian's libcjson)
 * doing the parsing and this file every range and vocabulary check. */
#include "profile.h"
#include "hant.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *err;
    size_t errsz;
} ctx;

#define BAD(c, ...) (mr_fmt((c)->err, (c)->errsz, "profile: " __VA_ARGS__), 0)

static int valid_utf8(const char *s) { return mr_utf8_error(s, strlen(s)) < 0; }

/* ------------------------------------------------------------ the schema */

/* The keys an object may have; anything else is refused with the nearest
 * known key suggested, so that a misspelled "symptom" cannot be ignored. */
static const char *const TOP_KEYS[] = {"user", "age", "sex", "weight_kg", "weight_lb", "height_cm", "height_in",
                                       "resting_hr", "conditions", "bp_systolic", "bp_diastolic", "glucose_mg_dl",
                                       "symptoms", "fitness", "goal", "preferences", "history", "context", "notes",
                                       "language", "units", NULL};
static const char *const CONTEXT_KEYS[] = {"time", "temperature_c", "temperature_f", "humidity_pct", "wind_kmh",
                                           "wind_mph", "precipitation", "thunder", "aqi", NULL};
/* A quantity in metric or in US units, one of the pair: the metric key,
 * its US twin, and us = metric * scale + offset. */
typedef struct { const char *metric, *us; double scale, offset, us_lo, us_hi; } unit_pair;
static const unit_pair UNIT_PAIRS[] = {
    {"weight_kg", "weight_lb", 1 / 0.45359237, 0, 33, 771},
    {"height_cm", "height_in", 1 / 2.54, 0, 31, 99},
    {"temperature_c", "temperature_f", 9.0 / 5.0, 32, -76, 140},
    {"wind_kmh", "wind_mph", 1 / 1.609344, 0, 0, 186},
};
static const char *const HISTORY_KEYS[] = {"activity", "minutes", "days_ago", "rpe", NULL};

static int distance(const char *a, const char *b) {
    int la = (int)strlen(a), lb = (int)strlen(b);
    if (la > 40 || lb > 40) return 99;
    int d[41][41];
    for (int i = 0; i <= la; i++) d[i][0] = i;
    for (int j = 0; j <= lb; j++) d[0][j] = j;
    for (int i = 1; i <= la; i++)
        for (int j = 1; j <= lb; j++) {
            int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            d[i][j] = v;
        }
    return d[la][lb];
}

/* s with ASCII letters lowered, cut to fit out; returns its length. */
static size_t ascii_lower(const char *s, char *out, size_t size) {
    size_t n = 0;
    for (; s[n] && n < size - 1; n++) out[n] = (char)((s[n] >= 'A' && s[n] <= 'Z') ? s[n] + 32 : s[n]);
    out[n] = 0;
    return n;
}

/* Every key of obj is known and appears once. where: "" or "context." or
 * "history[3]." for the message. */
static int check_keys(ctx *c, const cJSON *obj, const char *const *known, const char *where) {
    for (const cJSON *e = obj->child; e; e = e->next) {
        const char *k = e->string ? e->string : "";
        int ok = 0;
        for (int i = 0; known[i] && !ok; i++) ok = !strcmp(k, known[i]);
        if (!ok) {
            const char *best = NULL;
            int bd = 99;
            char lower[64];
            ascii_lower(k, lower, sizeof lower);
            for (int i = 0; known[i]; i++) {
                int d = distance(lower, known[i]);
                if (strstr(known[i], lower) || strstr(lower, known[i])) d = d < 2 ? d : 2;
                if (d < bd) { bd = d; best = known[i]; }
            }
            if (!valid_utf8(k)) return BAD(c, "a field name in %s is not valid UTF-8", *where ? where : "the profile");
            if (best && bd <= 3 + (int)strlen(best) / 4)
                return BAD(c, "unknown field '%s%.40s' (did you mean '%s%s'?)", where, k, where, best);
            return BAD(c, "unknown field '%s%.40s'", where, k);
        }
        for (const cJSON *f = e->next; f; f = f->next)
            if (f->string && !strcmp(f->string, k)) return BAD(c, "field '%s%.40s' appears twice", where, k);
    }
    return 1;
}

/* An activity the knowledge base does not have: the value named, the
 * nearest id suggested when it looks like a misspelling, the ids listed. */
static int unknown_activity(ctx *c, const char *field, int index, const cJSON *v) {
    char name[96];
    if (index >= 0) snprintf(name, sizeof name, "%s[%d]", field, index);
    else snprintf(name, sizeof name, "%sactivity", field);
    if (!cJSON_IsString(v)) return BAD(c, "field '%s' must be an activity name (a string)", name);
    const char *s = v->valuestring, *best = NULL;
    if (!valid_utf8(s)) return BAD(c, "field '%s' is not valid UTF-8", name);
    char lower[64];
    size_t n = ascii_lower(s, lower, sizeof lower);
    int bd = 99;
    for (int a = 0; a < MR_ACT_COUNT; a++) {
        const char *id = mr_kb_activity((mr_activity)a)->id;
        int d = distance(lower, id);
        if (n >= 3 && (strstr(id, lower) || strstr(lower, id))) d = 1; /* "runing", "walking", "bike" */
        if (d < bd) { bd = d; best = id; }
    }
    if (best && bd <= 1 + (int)strlen(best) / 4)
        return BAD(c, "field '%s': unknown activity '%.40s' (did you mean '%s'?)", name, s, best);
    return BAD(c, "field '%s': unknown activity '%.40s' (known: run swim cycle brisk_walk walk yoga tai_chi strength "
                  "stationary_bike elliptical stretching rest, or their Chinese or English names)", name, s);
}

/* What cJSON accepts but a profile must not carry: a NUL byte, a \u0000
 * escape (it would cut a string short silently), bytes that are not strict
 * UTF-8. */
static int check_bytes(ctx *c, const char *json, size_t len) {
    const char *nul = memchr(json, 0, len);
    if (nul) return BAD(c, "a NUL byte at offset %zu", (size_t)(nul - json));
    long bad = mr_utf8_error(json, len);
    if (bad >= 0) return BAD(c, "invalid UTF-8 at byte offset %ld", bad);
    for (size_t i = 0; i + 1 < len; i++) {
        if (json[i] != '\\') continue;
        if (json[i + 1] == 'u' && i + 5 < len && !strncmp(json + i + 2, "0000", 4))
            return BAD(c, "a \\u0000 escape at offset %zu (NUL characters are not allowed)", i);
        i++; /* skip the escaped character */
    }
    return 1;
}

/* Optional number in [lo, hi]; integers when want_int. 1 ok (or absent), 0 bad. */
static int num(ctx *c, const cJSON *obj, const char *key, double lo, double hi, int want_int, double *out,
               int *present) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    *present = 0;
    if (!v || cJSON_IsNull(v)) return 1;
    if (!cJSON_IsNumber(v)) return BAD(c, "field '%s' must be a number", key);
    double x = v->valuedouble;
    if (!isfinite(x) || x < lo || x > hi) return BAD(c, "field '%s': %g is outside %g..%g", key, x, lo, hi);
    if (want_int && x != floor(x)) return BAD(c, "field '%s': %g is not a whole number", key, x);
    *out = x;
    *present = 1;
    return 1;
}

/* The metric value of a pair given either way (both ways is refused);
 * *us_given says the person wrote US units. */
static int num_pair(ctx *c, const cJSON *obj, int k, double lo, double hi, double *out, int *present, int *us_given) {
    const unit_pair *u = &UNIT_PAIRS[k];
    int pm, pu;
    double xm = 0, xu = 0;
    if (!num(c, obj, u->metric, lo, hi, 0, &xm, &pm)) return 0;
    if (!num(c, obj, u->us, u->us_lo, u->us_hi, 0, &xu, &pu)) return 0;
    if (pm && pu) return BAD(c, "fields '%s' and '%s': give one of them", u->metric, u->us);
    *present = pm || pu;
    *out = pm ? xm : (xu - u->offset) / u->scale;
    if (pu) *us_given = 1;
    return 1;
}

static int str(ctx *c, const cJSON *obj, const char *key, char *out, size_t cap, int *present) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    *present = 0;
    out[0] = 0;
    if (!v || cJSON_IsNull(v)) return 1;
    if (!cJSON_IsString(v)) return BAD(c, "field '%s' must be a string", key);
    if (strlen(v->valuestring) >= cap) return BAD(c, "field '%s' is longer than %zu bytes", key, cap - 1);
    if (!valid_utf8(v->valuestring)) return BAD(c, "field '%s' is not valid UTF-8", key);
    strcpy(out, v->valuestring);
    *present = 1;
    return 1;
}

static int one_of(ctx *c, const char *key, const char *val, const char *const *names, int n) {
    for (int i = 0; i < n; i++)
        if (!strcmp(val, names[i])) return i;
    (void)BAD(c, "field '%s': unknown value \"%.40s\"", key, val);
    return -1;
}

/* "conditions" take the MR_COND_* names, "symptoms" the MR_SYM_* names
 * (safety.c's flag names): bits [lo, hi). */
static int flag_list(ctx *c, const cJSON *obj, const char *key, int lo, int hi, unsigned *flags) {
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key), *e;
    if (!v || cJSON_IsNull(v)) return 1;
    if (!cJSON_IsArray(v)) return BAD(c, "field '%s' must be a list", key);
    cJSON_ArrayForEach(e, v) {
        if (!cJSON_IsString(e)) return BAD(c, "field '%s': entries must be strings", key);
        int b = mr_flag_find(e->valuestring);
        if (b < lo || b >= hi) {
            char known[400] = "";
            for (int k = lo; k < hi; k++) {
                strcat(known, k > lo ? ", " : "");
                strcat(known, mr_flag_name(k));
            }
            return BAD(c, "field '%s': unknown value \"%.40s\" (known: %s)", key, e->valuestring, known);
        }
        *flags |= 1u << b;
    }
    return 1;
}

/* Without "language": Chinese when the notes and goal are written mostly in
 * Chinese characters (each counts as much as two Latin letters, so "今天有点
 * dizzy" is Chinese and "my 膝盖 hurts" English). */
static void infer_language(mr_profile *p) {
    int cjk = 0, latin = 0;
    const char *texts[2] = {p->notes, p->goal};
    for (int k = 0; k < 2; k++)
        for (const unsigned char *s = (const unsigned char *)texts[k]; *s; s++) {
            if ((*s | 32) >= 'a' && (*s | 32) <= 'z') latin++;
            else if (*s >= 0xe4 && *s <= 0xe9) cjk++; /* lead byte of U+4E00..U+9FFF */
        }
    strcpy(p->language, cjk && 2 * cjk >= latin ? "zh" : "en");
}

/* What test says of the notes and the goal together (hant.c's readers). */
static int written_is(const mr_profile *p, int (*test)(const char *)) {
    char both[sizeof p->notes + sizeof p->goal + 2];
    snprintf(both, sizeof both, "%s %s", p->notes, p->goal);
    return test(both);
}

static int hant_written(const mr_profile *p) { return written_is(p, mr_hant_text); }

/* The ambulance number a Chinese card names where the language tag is
 * spoken (Hong Kong and Macau 999, Taiwan 119, Singapore 995, the mainland
 * 120); with no region given ("zh", "zh-Hant" or no tag), notes written in
 * Cantonese are Hong Kong's, and other Traditional notes get both numbers. tag: the index in langs below, -1 absent. */
static const char *ems_of(const mr_profile *p, int tag) {
    /* English by region; with none, a word of the NHS or of 911 in the notes */
    static const char *const en[] = {"911", "999", "000", "911", "112", "111", "112", "995"};
    if (tag >= 9) return en[tag - 9];
    if (!strcmp(p->language, "en")) {
        /* not "GP" (Australia and New Zealand have GPs) nor a bare 999 ("10,999 steps") */
        static const char *const uk[] = {"NHS", "A&E", "call 999", "rang 999", "ring 999", "dial 999", "dialled 999", NULL};
        for (int k = 0; uk[k]; k++)
            if (strstr(p->notes, uk[k])) return "999";
        return strstr(p->notes, "911") ? "911" : "";
    }
    if (tag == 7 || tag == 8) return "999";
    if (tag == 6) return "119";
    if (tag == 5) return "995";
    if ((tag == -1 || tag == 0 || tag == 3) && written_is(p, mr_hant_cantonese)) return "999";
    /* Traditional characters without Cantonese and without a region are
     * Taiwan's as often as Hong Kong's: name both rather than the mainland's */
    if ((tag == -1 || tag == 0 || tag == 3) && hant_written(p)) return "119/999";
    return "120";
}

int mr_profile_parse(const char *json, size_t len, mr_profile *p, char *err, size_t errsz) {
    ctx c = {err, errsz};
    memset(p, 0, sizeof *p);
    p->weight_kg = p->height_cm = p->temp_c = p->rh_pct = p->wind_kmh = NAN;
    p->resting_hr = p->bp_sys = p->bp_dia = p->glucose = p->aqi = p->hour = p->wday = -1;
    strcpy(p->language, "en");
    if (!json) { mr_fmt(err, errsz, "profile: no JSON"); return MR_ERR_INVALID_ARG; }
    if (!check_bytes(&c, json, len)) return MR_ERR_INVALID_ARG;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(json, len, &end, 0);
    if (!root) {
        size_t at = end && end >= json && end <= json + len ? (size_t)(end - json) : 0;
        mr_fmt(err, errsz, "profile: not valid JSON (at byte %zu)", at);
        return MR_ERR_FORMAT;
    }
    int ok = 1, pres;
    double x;
    char buf[64];
    for (const char *t = end; ok && t && t < json + len; t++)
        if (*t != ' ' && *t != '\n' && *t != '\r' && *t != '\t')
            ok = BAD(&c, "text after the JSON object at byte %zu", (size_t)(t - json));
    if (ok && !cJSON_IsObject(root)) ok = BAD(&c, "the profile must be a JSON object");
    if (ok) ok = check_keys(&c, root, TOP_KEYS, "");
    if (ok) ok = num(&c, root, "age", 5, 110, 1, &x, &pres);
    if (ok && !pres) ok = BAD(&c, "field 'age' is required");
    if (ok) p->age = (int)x;
    if (ok) ok = str(&c, root, "user", p->user, sizeof p->user, &pres);
    if (ok) ok = str(&c, root, "sex", buf, sizeof buf, &pres);
    if (ok && pres) {
        static const char *const sexes[] = {"female", "male"};
        int i = one_of(&c, "sex", buf, sexes, 2);
        ok = i >= 0;
        p->sex = i == 0 ? MR_SEX_FEMALE : MR_SEX_MALE;
    }
    int us = 0;
    if (ok && (ok = num_pair(&c, root, 0, 15, 350, &x, &pres, &us)) && pres) p->weight_kg = (float)x;
    if (ok && (ok = num_pair(&c, root, 1, 80, 250, &x, &pres, &us)) && pres) p->height_cm = (float)x;
    if (ok && (ok = num(&c, root, "resting_hr", 30, 130, 1, &x, &pres)) && pres) p->resting_hr = (int)x;
    if (ok && (ok = num(&c, root, "bp_systolic", 60, 300, 1, &x, &pres)) && pres) p->bp_sys = (int)x;
    if (ok && (ok = num(&c, root, "bp_diastolic", 30, 200, 1, &x, &pres)) && pres) p->bp_dia = (int)x;
    if (ok && p->bp_sys > 0 && p->bp_dia > 0 && p->bp_dia >= p->bp_sys)
        ok = BAD(&c, "fields 'bp_systolic' / 'bp_diastolic': %d/%d is not a blood pressure", p->bp_sys, p->bp_dia);
    if (ok && (ok = num(&c, root, "glucose_mg_dl", 20, 800, 0, &x, &pres)) && pres) p->glucose = (int)lround(x);
    if (ok) ok = flag_list(&c, root, "conditions", 0, 8, &p->flags);
    if (ok) ok = flag_list(&c, root, "symptoms", 8, MR_N_FLAGS, &p->flags);
    if (ok) ok = str(&c, root, "fitness", buf, sizeof buf, &pres);
    if (ok && pres) {
        static const char *const levels[] = {"beginner", "intermediate", "advanced"};
        int i = one_of(&c, "fitness", buf, levels, 3);
        ok = i >= 0;
        p->fitness = (mr_fitness)(i + 1);
    }
    if (ok) ok = str(&c, root, "goal", p->goal, sizeof p->goal, &pres);
    if (ok) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "preferences"), *e;
        if (v && !cJSON_IsNull(v)) {
            if (!cJSON_IsArray(v)) ok = BAD(&c, "field 'preferences' must be a list");
            else for (int i = 0; ok && (e = cJSON_GetArrayItem(v, i)) != NULL; i++) {
                int a = cJSON_IsString(e) ? mr_kb_activity_find(e->valuestring) : -1;
                if (a < 0) { ok = unknown_activity(&c, "preferences", i, e); break; }
                p->preferences |= 1u << a;
            }
        }
    }
    if (ok) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "history"), *e;
        if (v && !cJSON_IsNull(v)) {
            if (!cJSON_IsArray(v)) ok = BAD(&c, "field 'history' must be a list");
            else cJSON_ArrayForEach(e, v) {
                if (p->n_history == MR_PROFILE_MAX_HISTORY) { ok = BAD(&c, "field 'history': more than %d entries", MR_PROFILE_MAX_HISTORY); break; }
                mr_history_item *h = &p->history[p->n_history];
                char where[32];
                snprintf(where, sizeof where, "history[%d].", p->n_history);
                if (!cJSON_IsObject(e)) { ok = BAD(&c, "field 'history[%d]' must be an object", p->n_history); break; }
                if (!(ok = check_keys(&c, e, HISTORY_KEYS, where))) break;
                const cJSON *act = cJSON_GetObjectItemCaseSensitive(e, "activity");
                h->activity = (mr_activity)(cJSON_IsString(act) ? mr_kb_activity_find(act->valuestring) : -1);
                if ((int)h->activity < 0) { ok = unknown_activity(&c, where, -1, act); break; }
                if (!(ok = num(&c, e, "minutes", 0, 600, 0, &x, &pres))) break;
                h->minutes = pres ? (int)lround(x) : 0;
                if (!(ok = num(&c, e, "days_ago", 0, 365, 1, &x, &pres))) break;
                h->days_ago = pres ? (int)x : 0;
                if (!(ok = num(&c, e, "rpe", 6, 20, 1, &x, &pres))) break;
                h->rpe = pres ? (int)x : -1;
                p->n_history++;
            }
        }
    }
    const cJSON *cx = ok ? cJSON_GetObjectItemCaseSensitive(root, "context") : NULL;
    if (ok && cx && !cJSON_IsNull(cx)) {
        if (!cJSON_IsObject(cx)) ok = BAD(&c, "field 'context' must be an object");
        if (ok) ok = check_keys(&c, cx, CONTEXT_KEYS, "context.");
        if (ok) ok = str(&c, cx, "time", buf, sizeof buf, &pres);
        if (ok && pres) {
            int Y, M, D, h, mi;
            static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            int got = sscanf(buf, "%4d-%2d-%2dT%2d:%2d", &Y, &M, &D, &h, &mi);
            int leap = got == 5 && ((Y % 4 == 0 && Y % 100 != 0) || Y % 400 == 0);
            if (got != 5 || M < 1 || M > 12 || D < 1 || D > mdays[M - 1] || (M == 2 && D == 29 && !leap) ||
                h < 0 || h > 23 || mi < 0 || mi > 59)
                ok = BAD(&c, "field 'context.time': \"%.40s\" is not YYYY-MM-DDTHH:MM", buf);
            else {
                p->hour = h;
                p->month = M;
                p->mday = D;
                static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}; /* Sakamoto's weekday */
                int y = M < 3 ? Y - 1 : Y;
                p->wday = (y + y / 4 - y / 100 + y / 400 + t[M - 1] + D) % 7;
            }
        }
        if (ok && (ok = num_pair(&c, cx, 2, -60, 60, &x, &pres, &us)) && pres) p->temp_c = (float)x;
        if (ok && (ok = num(&c, cx, "humidity_pct", 0, 100, 0, &x, &pres)) && pres) p->rh_pct = (float)x;
        if (ok && (ok = num_pair(&c, cx, 3, 0, 300, &x, &pres, &us)) && pres) p->wind_kmh = (float)x;
        if (ok && (ok = num(&c, cx, "aqi", 0, 500, 1, &x, &pres)) && pres) p->aqi = (int)x;
        if (ok) ok = str(&c, cx, "precipitation", buf, sizeof buf, &pres);
        if (ok && pres) {
            static const char *const kinds[] = {"none", "rain", "snow", "ice"};
            int i = one_of(&c, "context.precipitation", buf, kinds, 4);
            ok = i >= 0;
            p->precip = (mr_precip)(i < 0 ? 0 : i);
        }
        const cJSON *th = ok ? cJSON_GetObjectItemCaseSensitive(cx, "thunder") : NULL;
        if (ok && th && !cJSON_IsNull(th)) {
            if (!cJSON_IsBool(th)) ok = BAD(&c, "field 'context.thunder' must be true or false");
            else p->thunder = cJSON_IsTrue(th);
        }
    }
    if (ok) ok = str(&c, root, "notes", p->notes, sizeof p->notes, &pres);
    if (ok) ok = str(&c, root, "language", buf, sizeof buf, &pres);
    if (ok && pres) {
        /* a script or region asks for simplified or Traditional characters;
         * plain "zh" takes the script the notes and goal are written in */
        static const char *const langs[] = {"zh", "en", "zh-Hans", "zh-Hant", "zh-CN", "zh-SG", "zh-TW", "zh-HK", "zh-MO",
                                            "en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-NZ", "en-IN", "en-SG"};
        int i = one_of(&c, "language", buf, langs, 17);
        ok = i >= 0;
        if (ok) strcpy(p->language, i == 1 || i >= 9 ? "en" : "zh");
        p->hant = i == 0 ? hant_written(p) : i == 3 || (i >= 6 && i <= 8);
        /* Hong Kong's and Macau's words for their tags, or for Cantonese written with no region */
        if (p->hant) p->hant = i == 7 || i == 8 || ((i == 0 || i == 3) && written_is(p, mr_hant_cantonese)) ? MR_HANT_HONG_KONG
                                                                                                         : MR_HANT_TAIWAN;
        if (ok) strcpy(p->ems, ems_of(p, i));
        p->kmh = i >= 11; /* en-AU and after: speeds in km/h (the US and the UK drive in mph) */
        p->mmol = i >= 10 && i != 15; /* the US and India read mg/dl */
        p->us = i == 9;
    } else if (ok) {
        infer_language(p);
        p->hant = !strcmp(p->language, "zh") && hant_written(p);
        if (p->hant) p->hant = written_is(p, mr_hant_cantonese) ? MR_HANT_HONG_KONG : MR_HANT_TAIWAN;
        strcpy(p->ems, ems_of(p, -1));
    }
    if (ok && strcasestr(p->notes, "mmol")) p->mmol = 1; /* the meter's own unit, written */
    if (ok) ok = str(&c, root, "units", buf, sizeof buf, &pres);
    if (ok && pres) {
        static const char *const systems[] = {"metric", "imperial"};
        int i = one_of(&c, "units", buf, systems, 2);
        ok = i >= 0;
        p->imperial = i == 1;
    } else if (ok) {
        p->imperial = us; /* wrote pounds or Fahrenheit: read the same back */
    }
    cJSON_Delete(root);
    return ok ? MR_OK : MR_ERR_INVALID_ARG;
}

void mr_profile_safety_in(const mr_profile *p, mr_safety_in *in) {
    /* what the notes say is the caller's to add: every other field starts at
     * zero (fields left unset were whatever the caller's stack held, and a
     * sanitizer build's garbage made the rules stricter than the pipeline's
     * each time a field was added) */
    memset(in, 0, sizeof *in);
    in->age = p->age;
    in->flags = p->flags;
    in->bp_sys = p->bp_sys;
    in->bp_dia = p->bp_dia;
    in->glucose = p->glucose;
    in->temp_c = p->temp_c;
    in->rh_pct = p->rh_pct;
    in->wind_kmh = p->wind_kmh;
    in->precip = p->precip;
    in->thunder = p->thunder;
    in->aqi = p->aqi;
}

/* The given profile's own checks (bytes, one JSON object, known keys once
 * each, in context too), before it is merged: so that a saved profile never
 * hides a mistake in what the caller sent. */
static cJSON *parse_given(ctx *c, const char *json, size_t len) {
    if (!check_bytes(c, json, len)) return NULL;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(json, len, &end, 0);
    if (!root) {
        size_t at = end && end >= json && end <= json + len ? (size_t)(end - json) : 0;
        mr_fmt(c->err, c->errsz, "profile: not valid JSON (at byte %zu)", at);
        return NULL;
    }
    int ok = 1;
    for (const char *t = end; ok && t && t < json + len; t++)
        if (*t != ' ' && *t != '\n' && *t != '\r' && *t != '\t')
            ok = BAD(c, "text after the JSON object at byte %zu", (size_t)(t - json));
    if (ok && !cJSON_IsObject(root)) ok = BAD(c, "the profile must be a JSON object");
    if (ok) ok = check_keys(c, root, TOP_KEYS, "");
    const cJSON *cx = ok ? cJSON_GetObjectItemCaseSensitive(root, "context") : NULL;
    if (ok && cJSON_IsObject(cx)) ok = check_keys(c, cx, CONTEXT_KEYS, "context.");
    if (!ok) { cJSON_Delete(root); return NULL; }
    return root;
}

int mr_profile_user(const char *json, size_t len, char *user, size_t cap) {
    user[0] = 0;
    cJSON *root = cJSON_ParseWithLength(json, len);
    const cJSON *u = root ? cJSON_GetObjectItemCaseSensitive(root, "user") : NULL;
    int ok = cJSON_IsString(u) && u->valuestring[0] && strlen(u->valuestring) < cap;
    if (ok) strcpy(user, u->valuestring);
    cJSON_Delete(root);
    return ok;
}

static void drop_twin(cJSON *obj, const char *key) {
    for (size_t k = 0; k < sizeof UNIT_PAIRS / sizeof UNIT_PAIRS[0]; k++) {
        if (!strcmp(key, UNIT_PAIRS[k].metric)) cJSON_DeleteItemFromObjectCaseSensitive(obj, UNIT_PAIRS[k].us);
        if (!strcmp(key, UNIT_PAIRS[k].us)) cJSON_DeleteItemFromObjectCaseSensitive(obj, UNIT_PAIRS[k].metric);
    }
}

int mr_profile_merge(const char *saved, const char *given, size_t len, char **merged, char *err, size_t errsz) {
    ctx c = {err, errsz};
    *merged = NULL;
    cJSON *g = parse_given(&c, given, len);
    if (!g) return MR_ERR_INVALID_ARG;
    cJSON *m = saved ? cJSON_Parse(saved) : NULL;
    if (!m) {
        cJSON_Delete(g);
        mr_fmt(err, errsz, "profile: the saved profile cannot be read");
        return MR_ERR_FORMAT;
    }
    /* the given fields win one by one; context one level deeper; a field
     * given in one unit replaces the saved one in the other */
    for (cJSON *e = g->child; e; e = e->next) {
        drop_twin(m, e->string);
        cJSON *old = cJSON_GetObjectItemCaseSensitive(m, e->string);
        if (!strcmp(e->string, "context") && cJSON_IsObject(e) && cJSON_IsObject(old)) {
            for (cJSON *f = e->child; f; f = f->next) {
                drop_twin(old, f->string);
                cJSON *dup = cJSON_Duplicate(f, 1);
                if (!dup) break;
                if (cJSON_GetObjectItemCaseSensitive(old, f->string)) cJSON_ReplaceItemInObjectCaseSensitive(old, f->string, dup);
                else cJSON_AddItemToObject(old, f->string, dup);
            }
            continue;
        }
        cJSON *dup = cJSON_Duplicate(e, 1);
        if (!dup) break;
        if (old) cJSON_ReplaceItemInObjectCaseSensitive(m, e->string, dup);
        else cJSON_AddItemToObject(m, e->string, dup);
    }
    *merged = cJSON_PrintUnformatted(m);
    cJSON_Delete(g);
    cJSON_Delete(m);
    if (!*merged) { mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
    return MR_OK;
}
