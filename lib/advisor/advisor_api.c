/* advisor_api.c - the public mr_advisor_* API (include/motionrec.h): a model
 * context and a database connection held together, results written into the
 * caller's buffers through open_memstream so that the JSON and card writers
 * of advisor.c serve the CLI and the library alike. */
#include "advisor.h"
#include "plan.h"
#include "sha256.h"
#include "utf8.h"

#include <errno.h>
#include <sys/random.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct mr_advisor {
    mr_model *model; /* owned (loaded from model_path), or NULL */
    mr_ctx *ctx;
    mr_store *store; /* opened on first use, so that a refused profile touches nothing */
    int store_rw;    /* 0: opened read-only (export), reopened for writing when a write comes */
    char *db_path;   /* NULL: nothing stored */
    char err[512];
};

mr_advisor_params mr_advisor_default_params(void) {
    mr_advisor_params p = {NULL, NULL, 1, 0, NULL};
    return p;
}

mr_advisor *mr_advisor_new(const mr_advisor_params *params, char *err, size_t errsz) {
    mr_advisor_params p = params ? *params : mr_advisor_default_params();
    /* checked with or without a model, so that a wrong value is found
     * before the day a model is configured */
    if (p.n_threads < 0 || p.n_threads > 256) {
        mr_fmt(err, errsz, "mr_advisor_params.n_threads %d is outside 0..256", p.n_threads);
        return NULL;
    }
    if (p.kernels < 0 || p.kernels > 7) {
        mr_fmt(err, errsz, "mr_advisor_params.kernels %d is outside 0..7", p.kernels);
        return NULL;
    }
    mr_advisor *a = calloc(1, sizeof *a);
    if (!a) { mr_fmt(err, errsz, "out of memory"); return NULL; }
    const mr_model *m = p.model; /* NULL without a model: knowledge rules only */
    if (p.model_path) {
        a->model = mr_model_load(p.model_path, NULL, err, errsz);
        if (!a->model) { free(a); return NULL; }
        m = a->model;
    }
    if (m) {
        mr_ctx_params cp = mr_ctx_default_params();
        cp.n_threads = p.n_threads;
        cp.kernels = p.kernels;
        if (mr_ctx_init(m, &cp, &a->ctx, err, errsz) != MR_OK) { mr_advisor_free(a); return NULL; }
    }
    if (p.db_path && !(a->db_path = strdup(p.db_path))) { mr_fmt(err, errsz, "out of memory"); mr_advisor_free(a); return NULL; }
    return a;
}

void mr_advisor_free(mr_advisor *a) {
    if (!a) return;
    mr_ctx_free(a->ctx);
    mr_model_free(a->model);
    mr_store_close(a->store);
    free(a->db_path);
    free(a);
}

const char *mr_advisor_errmsg(const mr_advisor *a) { return a ? a->err : "no advisor"; }

static mr_status fail(mr_advisor *a, mr_status rc, const char *msg) {
    mr_fmt(a->err, sizeof a->err, "%s", msg);
    return rc;
}

/* Copies a memstream's text to the caller's buffer. */
static mr_status deliver(mr_advisor *a, const char *buf, size_t len, char *out, size_t cap, size_t *needed) {
    if (needed) *needed = len + 1;
    if (!out || cap < len + 1) {
        mr_fmt(a->err, sizeof a->err, "output buffer too small: %zu bytes needed, %zu given", len + 1, cap);
        return MR_ERR_BUFFER_TOO_SMALL;
    }
    memcpy(out, buf, len + 1);
    return MR_OK;
}

/* The database, opened for writing only when a call writes: reading
 * (export) must work on a file the user may only read, and must not
 * create one. */
static mr_status open_store(mr_advisor *a, int write) {
    if (a->store && (a->store_rw || !write)) return MR_OK;
    if (!a->db_path) return fail(a, MR_ERR_STATE, "no database: create the advisor with db_path");
    mr_store_close(a->store);
    a->store = NULL;
    a->store_rw = write;
    return (mr_status)(write ? mr_store_open : mr_store_open_readonly)(a->db_path, &a->store, a->err, sizeof a->err);
}

static mr_status need_store(mr_advisor *a, int write) {
    if (!a) return MR_ERR_INVALID_ARG;
    a->err[0] = 0;
    return open_store(a, write);
}

/* The profile to advise on: the given JSON, on top of the user's saved
 * profile when there is a database holding one (field by field). The
 * database is only read here: a missing file means no saved profile. */
static int load_profile(mr_advisor *a, const char *json, size_t n, mr_profile *p) {
    char user[sizeof p->user] = "";
    if (a->db_path && mr_profile_user(json, n, user, sizeof user) && mr_store_exists(a->db_path)) {
        int rc = open_store(a, 0);
        char *saved = NULL;
        if (rc == MR_OK) rc = mr_store_get_profile(a->store, user, &saved);
        if (rc != MR_OK) {
            if (!a->err[0]) mr_fmt(a->err, sizeof a->err, "%s", mr_store_errmsg(a->store));
            return rc;
        }
        if (saved) {
            char *merged = NULL;
            rc = mr_profile_merge(saved, json, n, &merged, a->err, sizeof a->err);
            free(saved);
            if (rc == MR_OK) rc = mr_profile_parse(merged, strlen(merged), p, a->err, sizeof a->err);
            if (rc != MR_OK && merged && strstr(a->err, "'age' is required") == NULL)
                mr_fmt(a->err + strlen(a->err), sizeof a->err - strlen(a->err), " (with the saved profile of %s)", user);
            free(merged);
            return rc;
        }
    }
    int rc = mr_profile_parse(json, n, p, a->err, sizeof a->err);
    if (rc != MR_OK && a->db_path && user[0] && strstr(a->err, "'age' is required"))
        mr_fmt(a->err + strlen(a->err), sizeof a->err - strlen(a->err),
               " (no saved profile for %s: save one with profile set)", user);
    return rc;
}

mr_status mr_advisor_recommend(mr_advisor *a, const char *json, int64_t len, int format, char *out, size_t cap,
                               size_t *needed) {
    if (!a) return MR_ERR_INVALID_ARG;
    a->err[0] = 0;
    if (!json || (format != MR_ADVISOR_JSON && format != MR_ADVISOR_CARD))
        return fail(a, MR_ERR_INVALID_ARG, "recommend: profile text and a format (MR_ADVISOR_JSON or _CARD) needed");
    size_t n = len < 0 ? strlen(json) : (size_t)len;
    mr_profile *p = malloc(sizeof *p);
    mr_recommendation *r = malloc(sizeof *r);
    if (!p || !r) { free(p); free(r); return fail(a, MR_ERR_OOM, "out of memory"); }
    int rc = load_profile(a, json, n, p);
    int keep = rc == MR_OK && p->user[0] && a->db_path;
    if (keep) rc = open_store(a, 1);
    int64_t now = (int64_t)time(NULL);
    if (rc == MR_OK) rc = mr_advise(p, a->ctx, keep ? a->store : NULL, now, r, a->err, sizeof a->err);
    /* Measured before anything is stored, so that a too-small buffer stores
     * nothing: written once with the longest id there can be (19 digits),
     * then stored, then written with the real one. */
    char *buf = NULL;
    size_t blen = 0;
    for (int pass = 0; rc == MR_OK && pass < 2; pass++) {
        if (pass == 0 && keep) r->rec_id = INT64_MAX;
        FILE *f = open_memstream(&buf, &blen);
        if (!f) { rc = fail(a, MR_ERR_OOM, "out of memory"); break; }
        if (format == MR_ADVISOR_JSON) mr_recommendation_json(r, f);
        else mr_recommendation_card(r, f);
        fclose(f);
        if (!buf) { rc = fail(a, MR_ERR_OOM, "out of memory"); break; }
        if (pass == 0) {
            size_t room = blen + 1;
            r->rec_id = -1;
            if (!out || cap < room) {
                if (needed) *needed = room;
                mr_fmt(a->err, sizeof a->err, "output buffer too small: %zu bytes needed, %zu given", room, cap);
                rc = MR_ERR_BUFFER_TOO_SMALL;
                break;
            }
            if (!keep) { rc = deliver(a, buf, blen, out, cap, needed); break; }
            rc = mr_advise_remember(p, a->store, now, r, a->err, sizeof a->err);
            free(buf);
            buf = NULL;
        } else {
            rc = deliver(a, buf, blen, out, cap, needed);
        }
    }
    free(buf);
    free(p);
    free(r);
    return (mr_status)rc;
}

mr_status mr_advisor_feedback(mr_advisor *a, int64_t rec_id, int32_t rating, int32_t completed, int32_t rpe,
                              const char *comment) {
    mr_status rc = need_store(a, 1);
    if (rc != MR_OK) return rc;
    int r = mr_store_add_feedback(a->store, rec_id, (int64_t)time(NULL), rating, completed, rpe, comment);
    if (r != MR_OK) fail(a, (mr_status)r, mr_store_errmsg(a->store));
    return (mr_status)r;
}

mr_status mr_advisor_export(mr_advisor *a, const char *user, char *out, size_t cap, size_t *needed) {
    mr_status rc = need_store(a, 0);
    if (rc != MR_OK) return rc;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "export: a user id is needed");
    char *buf = NULL;
    size_t blen = 0;
    FILE *f = open_memstream(&buf, &blen);
    if (!f) return fail(a, MR_ERR_OOM, "out of memory");
    int r = mr_store_export(a->store, user, f);
    fclose(f);
    if (r != MR_OK) fail(a, (mr_status)r, mr_store_errmsg(a->store));
    else r = buf ? deliver(a, buf, blen, out, cap, needed) : fail(a, MR_ERR_OOM, "out of memory");
    free(buf);
    return (mr_status)r;
}

mr_status mr_advisor_forget(mr_advisor *a, const char *user, int32_t *n_deleted) {
    mr_status rc = need_store(a, 1);
    if (rc != MR_OK) return rc;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "forget: a user id is needed");
    int n = 0;
    int r = mr_store_forget(a->store, user, &n);
    if (r != MR_OK) return fail(a, (mr_status)r, mr_store_errmsg(a->store));
    if (n_deleted) *n_deleted = n;
    return MR_OK;
}

mr_status mr_advisor_plan(mr_advisor *a, const char *json, int64_t len, int format, char *out, size_t cap,
                          size_t *needed) {
    if (!a) return MR_ERR_INVALID_ARG;
    a->err[0] = 0;
    if (!json || (format != MR_ADVISOR_JSON && format != MR_ADVISOR_CARD))
        return fail(a, MR_ERR_INVALID_ARG, "plan: profile text and a format (MR_ADVISOR_JSON or _CARD) needed");
    size_t n = len < 0 ? strlen(json) : (size_t)len;
    mr_profile *p = malloc(sizeof *p);
    mr_plan *pl = malloc(sizeof *pl);
    if (!p || !pl) { free(p); free(pl); return fail(a, MR_ERR_OOM, "out of memory"); }
    int rc = load_profile(a, json, n, p);
    /* the log is read when there is one; a plan stores nothing */
    mr_store *store = NULL;
    if (rc == MR_OK && p->user[0] && a->db_path && mr_store_exists(a->db_path) && open_store(a, 0) == MR_OK) store = a->store;
    a->err[0] = rc == MR_OK ? 0 : a->err[0];
    if (rc == MR_OK) rc = mr_plan_week(p, a->ctx, store, (int64_t)time(NULL), pl, a->err, sizeof a->err);
    char *buf = NULL;
    size_t blen = 0;
    if (rc == MR_OK) {
        FILE *f = open_memstream(&buf, &blen);
        if (!f) rc = fail(a, MR_ERR_OOM, "out of memory");
        else {
            if (format == MR_ADVISOR_JSON) mr_plan_json(pl, f);
            else mr_plan_card(pl, f);
            fclose(f);
            rc = buf ? deliver(a, buf, blen, out, cap, needed) : fail(a, MR_ERR_OOM, "out of memory");
        }
    }
    free(buf);
    free(p);
    free(pl);
    return (mr_status)rc;
}

mr_status mr_advisor_save_profile(mr_advisor *a, const char *json, int64_t len) {
    mr_status rc = a ? MR_OK : MR_ERR_INVALID_ARG;
    if (rc != MR_OK) return rc;
    a->err[0] = 0;
    if (!json) return fail(a, MR_ERR_INVALID_ARG, "profile set: profile text needed");
    size_t n = len < 0 ? strlen(json) : (size_t)len;
    mr_profile *p = malloc(sizeof *p);
    if (!p) return fail(a, MR_ERR_OOM, "out of memory");
    /* a saved profile is complete and valid on its own, so that every later
     * merge starts from something that was checked */
    int r = mr_profile_parse(json, n, p, a->err, sizeof a->err);
    if (r == MR_OK && !p->user[0]) r = fail(a, MR_ERR_INVALID_ARG, "profile set: the profile needs a \"user\"");
    if (r == MR_OK) r = need_store(a, 1);
    if (r == MR_OK) {
        char *text = malloc(n + 1);
        if (!text) r = fail(a, MR_ERR_OOM, "out of memory");
        else {
            memcpy(text, json, n);
            text[n] = 0;
            r = mr_store_set_profile(a->store, p->user, (int64_t)time(NULL), text);
            if (r != MR_OK) fail(a, (mr_status)r, mr_store_errmsg(a->store));
            free(text);
        }
    }
    free(p);
    return (mr_status)r;
}

mr_status mr_advisor_log(mr_advisor *a, const char *user, const char *activity, int32_t minutes, int32_t rpe,
                         int64_t when) {
    if (!a) return MR_ERR_INVALID_ARG;
    a->err[0] = 0;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "log: a user id is needed");
    int act = mr_kb_activity_find(activity);
    if (act < 0 || act == MR_ACT_REST) {
        mr_fmt(a->err, sizeof a->err, "log: unknown activity '%.40s' (known: run swim cycle brisk_walk walk yoga tai_chi "
                                      "strength stationary_bike elliptical stretching)", activity ? activity : "");
        return MR_ERR_INVALID_ARG;
    }
    if (minutes < 1 || minutes > 600) {
        mr_fmt(a->err, sizeof a->err, "log: minutes %d is outside 1..600", minutes);
        return MR_ERR_INVALID_ARG;
    }
    if (rpe != -1 && (rpe < 6 || rpe > 20)) {
        mr_fmt(a->err, sizeof a->err, "log: rpe %d is outside 6..20 (Borg)", rpe);
        return MR_ERR_INVALID_ARG;
    }
    int64_t now = (int64_t)time(NULL);
    if (when == 0) when = now;
    if (when > now + 86400 || when < now - 366LL * 86400) {
        mr_fmt(a->err, sizeof a->err, "log: the date must be within the last year and not in the future");
        return MR_ERR_INVALID_ARG;
    }
    mr_status rc = need_store(a, 1);
    if (rc != MR_OK) return rc;
    int r = mr_store_add_workout(a->store, user, now, (int)(when / 86400), (mr_activity)act, minutes, rpe);
    if (r != MR_OK) fail(a, (mr_status)r, mr_store_errmsg(a->store));
    return (mr_status)r;
}

/* The user's language (the saved profile's, else their latest card's, else
 * "en") and age (the saved profile's; an adult's when none is saved). */
static void user_language(mr_advisor *a, const char *user, char lang[3], int *age) {
    char *saved = NULL;
    strcpy(lang, "en");
    if (age) *age = 30;
    if (mr_store_get_profile(a->store, user, &saved) == MR_OK && saved) {
        mr_profile *p = malloc(sizeof *p);
        char e[64];
        if (p && mr_profile_parse(saved, strlen(saved), p, e, sizeof e) == MR_OK) {
            snprintf(lang, 3, "%s", p->language);
            if (age) *age = p->age;
        }
        free(p);
        free(saved);
    } else {
        mr_store_last_language(a->store, user, lang);
    }
}

mr_status mr_advisor_history(mr_advisor *a, const char *user, char *out, size_t cap, size_t *needed) {
    mr_status rc = need_store(a, 0);
    if (rc != MR_OK) return rc;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "history: a user id is needed");
    char lang[3];
    user_language(a, user, lang, NULL);
    char *buf = NULL;
    size_t blen = 0;
    FILE *f = open_memstream(&buf, &blen);
    if (!f) return fail(a, MR_ERR_OOM, "out of memory");
    int r = mr_store_history(a->store, user, lang, f);
    fclose(f);
    if (r != MR_OK) fail(a, (mr_status)r, mr_store_errmsg(a->store));
    else r = buf ? deliver(a, buf, blen, out, cap, needed) : fail(a, MR_ERR_OOM, "out of memory");
    free(buf);
    return (mr_status)r;
}

mr_status mr_advisor_user_feedback(mr_advisor *a, const char *user, int64_t rec_id, int32_t rating, int32_t completed,
                                   int32_t rpe, const char *comment) {
    mr_status rc = need_store(a, 1);
    if (rc != MR_OK) return rc;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "feedback: a user id is needed");
    char owner[sizeof ((mr_profile *)0)->user];
    int r = mr_store_rec_user(a->store, rec_id, owner, sizeof owner);
    if (r == MR_OK && strcmp(owner, user) != 0) r = MR_ERR_INVALID_ARG;
    /* another user's recommendation gets the words of one that does not
     * exist: a stranger learns nothing about other users' ids */
    if (r == MR_ERR_INVALID_ARG)
        mr_fmt(a->err, sizeof a->err, "feedback: no recommendation %lld for this user", (long long)rec_id);
    else if (r != MR_OK)
        fail(a, (mr_status)r, mr_store_errmsg(a->store));
    return r == MR_OK ? mr_advisor_feedback(a, rec_id, rating, completed, rpe, comment) : (mr_status)r;
}

mr_status mr_advisor_weeks(mr_advisor *a, const char *user, char *out, size_t cap, size_t *needed) {
    mr_status rc = need_store(a, 0);
    if (rc != MR_OK) return rc;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "weeks: a user id is needed");
    char lang[3];
    int age;
    user_language(a, user, lang, &age);
    int target = mr_kb_weekly_minutes(age);
    enum { CAP = 512 };
    mr_session *ss = malloc(CAP * sizeof *ss);
    if (!ss) return fail(a, MR_ERR_OOM, "out of memory");
    int64_t now = (int64_t)time(NULL);
    int n = mr_store_recent_sessions(a->store, user, now, 28, ss, CAP);
    int minutes[4] = {0}, count[4] = {0};
    for (int i = 0; i < n; i++) {
        int w = 3 - ss[i].days_ago / 7; /* 3: the last 7 days */
        if (w < 0 || w > 3 || ss[i].activity == MR_ACT_REST) continue;
        minutes[w] += mr_session_mod_minutes(&ss[i]); /* as the advisor counts the week */
        count[w]++;
    }
    free(ss);
    char *buf = NULL;
    size_t blen = 0;
    FILE *f = open_memstream(&buf, &blen);
    if (!f) return fail(a, MR_ERR_OOM, "out of memory");
    fputs("{\"user\":", f);
    mr_json_str(f, user, strlen(user));
    fprintf(f, ",\"language\":\"%s\",\"weeks\":[", lang);
    int64_t today = now / 86400;
    for (int w = 0; w < 4; w++) {
        char date[16];
        mr_store_civil(today - 27 + 7 * w, date);
        fprintf(f, "%s{\"start\":\"%s\",\"minutes\":%d,\"sessions\":%d}", w ? "," : "", date, minutes[w], count[w]);
    }
    fprintf(f, "],\"target\":%d}", target);
    fclose(f);
    int r = buf ? deliver(a, buf, blen, out, cap, needed) : fail(a, MR_ERR_OOM, "out of memory");
    free(buf);
    return (mr_status)r;
}

mr_status mr_advisor_token_issue(mr_advisor *a, const char *user, char token[65]) {
    mr_status rc = need_store(a, 1);
    if (rc != MR_OK) return rc;
    if (!user || !user[0] || !token) return fail(a, MR_ERR_INVALID_ARG, "token: a user id and a 65-byte buffer are needed");
    token[0] = 0;
    uint8_t raw[32];
    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw) {
        mr_fmt(a->err, sizeof a->err, "token: no random bytes from the system: %s", strerror(errno));
        return MR_ERR_IO;
    }
    char t[65], digest[65];
    mr_hex(raw, sizeof raw, t);
    mr_sha256_hex(t, 64, digest);
    int r = mr_store_set_token(a->store, user, (int64_t)time(NULL), digest);
    if (r != MR_OK) return fail(a, (mr_status)r, mr_store_errmsg(a->store));
    memcpy(token, t, 65);
    return MR_OK;
}

mr_status mr_advisor_token_check(mr_advisor *a, const char *user, const char *token) {
    if (!a) return MR_ERR_INVALID_ARG;
    a->err[0] = 0;
    if (!user || !user[0]) return fail(a, MR_ERR_INVALID_ARG, "token: a user id is needed");
    /* nothing stored yet: nobody has a token */
    if (!a->db_path || !mr_store_exists(a->db_path)) return fail(a, MR_ERR_EMPTY, "token: this user has none yet");
    mr_status rc = open_store(a, 0);
    if (rc != MR_OK) return rc;
    char stored[65];
    int r = mr_store_get_token(a->store, user, stored);
    if (r != MR_OK) return fail(a, (mr_status)r, mr_store_errmsg(a->store));
    if (!stored[0]) return fail(a, MR_ERR_EMPTY, "token: this user has none yet");
    char given[65];
    mr_sha256_hex(token ? token : "", token ? strlen(token) : 0, given);
    unsigned diff = 0;
    for (int i = 0; i < 64; i++) diff |= (unsigned)(given[i] ^ stored[i]);
    return diff ? fail(a, MR_ERR_INVALID_ARG, "token: not this user's token") : MR_OK;
}

mr_status mr_advisor_token_revoke(mr_advisor *a, const char *user, const char *token) {
    mr_status rc = need_store(a, 1);
    if (rc != MR_OK) return rc;
    if (!user || !user[0] || !token) return fail(a, MR_ERR_INVALID_ARG, "token: a user id and the token are needed");
    char digest[65];
    mr_sha256_hex(token, strlen(token), digest);
    int n = 0, r = mr_store_drop_token(a->store, user, digest, &n);
    if (r != MR_OK) return fail(a, (mr_status)r, mr_store_errmsg(a->store));
    return n ? MR_OK : fail(a, MR_ERR_INVALID_ARG, "token: not this user's token");
}
