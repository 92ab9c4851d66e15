/* motion-server - the exercise advisor as an HTTP service, on the public
 * API (include/motionrec.h) and GNU libmicrohttpd (Debian's
 * libmicrohttpd12: maintained for two decades, it does HTTP/1.1 parsing,
 * a thread pool, connection limits and timeouts, so this file only routes
 * and speaks JSON).
 *
 *   motion-server [--model FILE | --no-model] [--db FILE|postgresql://...]
 *                 [--host 127.0.0.1] [--port 8080] [--threads 2]
 *                 [--max-body 65536] [--max-connections 256] [--per-ip 0]
 *                 [--timeout 10] [--model-threads 1] [--web DIR]
 *
 * The model is loaded once and shared; each worker thread of the pool gets
 * its own mr_advisor (a context and a database connection) the first time
 * it serves a request. The routes, the JSON they take and give, and the
 * access rule (a user's records only to that user's token) are in the
 * README, section "The service". */
#include <motionrec.h>
#include <motionrec_advisor.h>

#include <cjson/cJSON.h>
#include <microhttpd.h>

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#ifndef MR_MODEL_DIR
#define MR_MODEL_DIR "/usr/local/share/motionrec"
#endif

/* ------------------------------------------------------------ metrics */

enum { EP_RECOMMEND, EP_PLAN, EP_FEEDBACK, EP_PROFILE, EP_LOG, EP_HISTORY, EP_EXPORT, EP_FORGET,
       EP_HEALTH, EP_METRICS, EP_PAGE, EP_OTHER, EP_COUNT };
static const char *const EP_NAME[EP_COUNT] = {"recommend", "plan", "feedback", "profile", "log", "history",
                                              "export", "forget", "healthz", "metrics", "page", "other"};
/* the status codes the server gives; anything else counts as "other" */
static const int CODES[] = {200, 201, 400, 401, 403, 404, 405, 409, 413, 415, 500, 503};
#define N_CODES ((int)(sizeof CODES / sizeof CODES[0]))
/* latency histogram bucket bounds, seconds (Prometheus "le") */
static const double BUCKETS[] = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
#define N_BUCKETS ((int)(sizeof BUCKETS / sizeof BUCKETS[0]))

typedef struct {
    atomic_ullong requests[EP_COUNT][N_CODES + 1]; /* by endpoint and status; [N_CODES]: other */
    atomic_ullong latency[EP_COUNT][N_BUCKETS + 1]; /* [N_BUCKETS]: +Inf */
    atomic_ullong latency_us_sum[EP_COUNT];
    atomic_ullong refused_body;                     /* bodies over --max-body */
    atomic_ullong refused_conn;                     /* connections over --max-connections */
} metrics;

/* ------------------------------------------------------------ server */

typedef struct {
    const char *name, *type;
    char *data;
    size_t len;
} web_file;

typedef struct {
    mr_model *model;         /* shared by every worker's advisor; NULL: rules only */
    const char *model_name;  /* as shown by /healthz and /metrics */
    const char *db;          /* NULL: nothing stored */
    int model_threads, kernels;
    size_t max_body;
    unsigned max_conn;
    atomic_uint open_conn;   /* connections open now */
    pthread_key_t adv_key;   /* each worker thread's mr_advisor */
    web_file web[3];
    metrics m;
    char advisor_err[512];   /* the first failure to make an advisor, for the log */
} server;

/* One request in flight: its body as it arrives, and what it was. */
typedef struct {
    char *body;
    size_t len, cap;
    int too_big;
    int endpoint, code;
    struct timespec t0;
} request;

static double since(const struct timespec *t0) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

static void free_advisor(void *a) { mr_advisor_free(a); }

/* This worker's advisor, made on its first request. */
static mr_advisor *advisor(server *s) {
    mr_advisor *a = pthread_getspecific(s->adv_key);
    if (a) return a;
    mr_advisor_params p = mr_advisor_default_params();
    p.model = s->model;
    p.db_path = s->db;
    p.n_threads = s->model_threads;
    p.kernels = s->kernels;
    char err[512];
    a = mr_advisor_new(&p, err, sizeof err);
    if (!a) {
        fprintf(stderr, "motion-server: cannot make an advisor: %s\n", err);
        return NULL;
    }
    pthread_setspecific(s->adv_key, a);
    return a;
}

/* ------------------------------------------------------------ replies */

static enum MHD_Result reply(struct MHD_Connection *c, request *r, int code, const char *type, const char *body,
                             size_t len, const char *token) {
    struct MHD_Response *res = MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    if (!res) return MHD_NO;
    MHD_add_response_header(res, "Content-Type", type);
    MHD_add_response_header(res, "Cache-Control", "no-store");
    MHD_add_response_header(res, "X-Content-Type-Options", "nosniff");
    if (token) MHD_add_response_header(res, "X-MR-Token", token);
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)code, res);
    MHD_destroy_response(res);
    r->code = code;
    return ok;
}

static enum MHD_Result json_reply(struct MHD_Connection *c, request *r, int code, const char *json, const char *token) {
    return reply(c, r, code, "application/json; charset=utf-8", json, strlen(json), token);
}

/* {"error": msg}: the message names the field or the limit */
static enum MHD_Result error_reply(struct MHD_Connection *c, request *r, int code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static enum MHD_Result error_reply(struct MHD_Connection *c, request *r, int code, const char *fmt, ...) {
    char msg[768];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "error", msg);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    enum MHD_Result ok = text ? json_reply(c, r, code, text, NULL) : MHD_NO;
    free(text);
    return ok;
}

/* A failed advisor call as HTTP: the caller's mistake is 4xx, the
 * database being away 503, anything else 500. */
static int status_code(mr_status rc) {
    switch (rc) {
    case MR_ERR_INVALID_ARG: case MR_ERR_FORMAT: case MR_ERR_UTF8: case MR_ERR_EMPTY: case MR_ERR_TOO_LONG:
    case MR_ERR_BUFFER_TOO_SMALL:
        return 400;
    case MR_ERR_IO: case MR_ERR_OOM:
        return 503;
    default:
        return 500;
    }
}

static enum MHD_Result advisor_error(struct MHD_Connection *c, request *r, mr_advisor *a, mr_status rc) {
    const char *msg = mr_advisor_errmsg(a);
    return error_reply(c, r, status_code(rc), "%s", msg && *msg ? msg : mr_strerror(rc));
}

/* ------------------------------------------------------------ input */

/* A user id: 1-64 bytes of UTF-8 text without control characters (the
 * store keeps any bytes, but a URL path and a log line should not carry
 * them). */
static int valid_user(const char *u) {
    size_t n = strlen(u);
    if (n == 0 || n > 64) return 0;
    for (const unsigned char *p = (const unsigned char *)u; *p; p++)
        if (*p < 0x20 || *p == 0x7f) return 0;
    return 1;
}

static const char *bearer(struct MHD_Connection *c) {
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (!h || strncasecmp(h, "Bearer ", 7) != 0) return NULL;
    h += 7;
    while (*h == ' ') h++;
    return *h ? h : NULL;
}

/* The access rule. Reading needs the user's token; writing does too, once
 * the user has one. A write for a user id without a token claims it: a
 * token is issued before the write (so that two first requests for one id
 * cannot both win) and taken back if the write fails (so that a refused
 * request stores nothing). Returns 0 to go on (*issued holds a new token,
 * or ""), or 1 when a reply has been queued. */
static int authorize(struct MHD_Connection *c, request *r, mr_advisor *a, const char *user, int writes,
                     char issued[65], enum MHD_Result *res) {
    issued[0] = 0;
    const char *tok = bearer(c);
    mr_status rc = mr_advisor_token_check(a, user, tok ? tok : "");
    if (rc == MR_OK) return 0;
    if (rc == MR_ERR_EMPTY && writes) {
        rc = mr_advisor_token_issue(a, user, issued);
        if (rc == MR_OK) return 0;
        if (rc == MR_ERR_STATE) {
            *res = error_reply(c, r, 403, "user '%s' was claimed by another request just now; use its token", user);
            return 1;
        }
        *res = advisor_error(c, r, a, rc);
        return 1;
    }
    /* an unknown user and a wrong token get the same answer, so that ids
     * cannot be probed */
    if (rc == MR_ERR_EMPTY || rc == MR_ERR_INVALID_ARG) {
        *res = tok ? error_reply(c, r, 403, "this token does not open user '%s'", user)
                   : error_reply(c, r, 401, "user '%s' needs 'Authorization: Bearer <token>' (a first write for "
                                            "a user id issues its token, in the X-MR-Token header)", user);
        return 1;
    }
    *res = advisor_error(c, r, a, rc);
    return 1;
}

/* Takes back a token issued for a write that then failed. */
static void unclaim(mr_advisor *a, const char *user, const char *issued) {
    if (issued[0]) mr_advisor_token_revoke(a, user, issued);
}

/* The body as a JSON object, or NULL with a 400 queued. */
static cJSON *json_body(struct MHD_Connection *c, request *r, enum MHD_Result *res) {
    if (!r->len) { *res = error_reply(c, r, 400, "a JSON body is needed"); return NULL; }
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(r->body, r->len, &end, 0);
    if (!j) {
        *res = error_reply(c, r, 400, "the body is not JSON (it stops making sense at byte %ld)",
                           end ? (long)(end - r->body) : 0L);
        return NULL;
    }
    if (!cJSON_IsObject(j)) {
        cJSON_Delete(j);
        *res = error_reply(c, r, 400, "the body must be a JSON object");
        return NULL;
    }
    return j;
}

/* ------------------------------------------------------------ handlers */

enum { W_RECOMMEND, W_PLAN, W_HISTORY, W_EXPORT, W_WEEKS };

static mr_status call_writer(mr_advisor *a, int kind, const char *arg, size_t n, char *out, size_t cap,
                             size_t *needed) {
    switch (kind) {
    case W_RECOMMEND: return mr_advisor_recommend(a, arg, (int64_t)n, MR_ADVISOR_JSON, out, cap, needed);
    case W_PLAN: return mr_advisor_plan(a, arg, (int64_t)n, MR_ADVISOR_JSON, out, cap, needed);
    case W_HISTORY: return mr_advisor_history(a, arg, out, cap, needed);
    case W_EXPORT: return mr_advisor_export(a, arg, out, cap, needed);
    default: return mr_advisor_weeks(a, arg, out, cap, needed);
    }
}

/* Runs an advisor call that writes into a buffer, growing the buffer to
 * the size the call reports (a too-small buffer stores nothing); on MR_OK
 * *text is the result (free it). */
static mr_status fetch(mr_advisor *a, int kind, const char *arg, size_t arg_len, char **text) {
    size_t cap = 16384, needed = 0;
    char *out = malloc(cap);
    *text = NULL;
    if (!out) return MR_ERR_OOM;
    mr_status rc = call_writer(a, kind, arg, arg_len, out, cap, &needed);
    if (rc == MR_ERR_BUFFER_TOO_SMALL && needed > cap) {
        char *bigger = realloc(out, needed);
        if (!bigger) { free(out); return MR_ERR_OOM; }
        out = bigger;
        rc = call_writer(a, kind, arg, arg_len, out, needed, &needed);
    }
    if (rc == MR_OK) *text = out;
    else free(out);
    return rc;
}

/* A failed fetch as HTTP (running out of memory here sets no advisor message). */
static enum MHD_Result fetch_error(struct MHD_Connection *c, request *r, mr_advisor *a, mr_status rc) {
    return rc == MR_ERR_OOM ? error_reply(c, r, 503, "out of memory") : advisor_error(c, r, a, rc);
}

/* Replies with what an advisor call wrote, or with its error. */
static enum MHD_Result buffered(struct MHD_Connection *c, request *r, mr_advisor *a, int kind, const char *arg,
                                size_t arg_len, int code, const char *type, const char *token) {
    char *out;
    mr_status rc = fetch(a, kind, arg, arg_len, &out);
    if (rc != MR_OK) return fetch_error(c, r, a, rc);
    enum MHD_Result res = reply(c, r, code, type, out, strlen(out), token);
    free(out);
    return res;
}

/* POST /v1/recommend and /v1/plan: a profile. With a "user", the user's
 * token is needed (or issued), and what is saved for them is used. */
static enum MHD_Result advise(struct MHD_Connection *c, request *r, mr_advisor *a, int plan, int stores) {
    enum MHD_Result res;
    cJSON *j = json_body(c, r, &res);
    if (!j) return res;
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(j, "user");
    char user[80] = "", issued[65] = "";
    if (u && !(cJSON_IsString(u) && valid_user(u->valuestring))) {
        cJSON_Delete(j);
        return error_reply(c, r, 400, "profile: 'user' must be a string of 1-64 bytes without control characters");
    }
    if (u) snprintf(user, sizeof user, "%s", u->valuestring);
    cJSON_Delete(j);
    /* without a database nothing is kept or read: no token to ask for */
    if (user[0] && stores && authorize(c, r, a, user, 1, issued, &res)) return res;
    res = buffered(c, r, a, plan ? W_PLAN : W_RECOMMEND, r->body, r->len, 200, "application/json; charset=utf-8",
                   issued[0] ? issued : NULL);
    if (r->code >= 400) unclaim(a, user, issued);
    return res;
}

static int json_int(const cJSON *o, const char *key, int64_t lo, int64_t hi, int64_t *v) {
    const cJSON *x = cJSON_GetObjectItemCaseSensitive(o, key);
    if (cJSON_IsBool(x)) { *v = cJSON_IsTrue(x); return lo <= *v && *v <= hi; }
    if (!cJSON_IsNumber(x) || x->valuedouble != (double)(int64_t)x->valuedouble) return 0;
    *v = (int64_t)x->valuedouble;
    return lo <= *v && *v <= hi;
}

/* The first key of o not in allowed (NULL-terminated), or NULL. */
static const char *unknown_key(const cJSON *o, const char *const *allowed) {
    for (const cJSON *k = o->child; k; k = k->next) {
        int ok = 0;
        for (const char *const *a = allowed; *a && !ok; a++) ok = !strcmp(k->string, *a);
        if (!ok) return k->string;
    }
    return NULL;
}

/* POST /v1/feedback {"user", "rec_id", "rating", "completed", "rpe"?, "comment"?} */
static enum MHD_Result feedback(struct MHD_Connection *c, request *r, mr_advisor *a) {
    enum MHD_Result res;
    cJSON *j = json_body(c, r, &res);
    if (!j) return res;
    static const char *const keys[] = {"user", "rec_id", "rating", "completed", "rpe", "comment", NULL};
    const char *bad = unknown_key(j, keys);
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(j, "user"), *cm = cJSON_GetObjectItemCaseSensitive(j, "comment");
    int64_t rec = 0, rating = 0, done = 0, rpe = -1;
    char msg[160] = "";
    if (bad) snprintf(msg, sizeof msg, "feedback: unknown field '%.40s' (fields: user rec_id rating completed rpe comment)", bad);
    else if (!cJSON_IsString(u) || !valid_user(u->valuestring)) snprintf(msg, sizeof msg, "feedback: 'user' (a string) is needed");
    else if (!json_int(j, "rec_id", 1, INT64_MAX / 2, &rec)) snprintf(msg, sizeof msg, "feedback: 'rec_id' must be a recommendation's id");
    else if (!json_int(j, "rating", 1, 5, &rating)) snprintf(msg, sizeof msg, "feedback: 'rating' must be 1-5");
    else if (!json_int(j, "completed", 0, 1, &done)) snprintf(msg, sizeof msg, "feedback: 'completed' must be true or false");
    else if (cJSON_GetObjectItemCaseSensitive(j, "rpe") && !cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(j, "rpe")) &&
             !json_int(j, "rpe", 6, 20, &rpe))
        snprintf(msg, sizeof msg, "feedback: 'rpe' must be 6-20 (Borg)");
    else if (cm && !cJSON_IsNull(cm) && !cJSON_IsString(cm)) snprintf(msg, sizeof msg, "feedback: 'comment' must be text");
    if (msg[0]) { cJSON_Delete(j); return error_reply(c, r, 400, "%s", msg); }
    char user[80], issued[65];
    snprintf(user, sizeof user, "%s", u->valuestring);
    if (authorize(c, r, a, user, 0, issued, &res)) { cJSON_Delete(j); return res; }
    mr_status rc = mr_advisor_user_feedback(a, user, rec, (int32_t)rating, (int32_t)done, (int32_t)rpe,
                                            cJSON_IsString(cm) ? cm->valuestring : NULL);
    cJSON_Delete(j);
    return rc == MR_OK ? json_reply(c, r, 200, "{\"ok\":true}", NULL) : advisor_error(c, r, a, rc);
}

/* POST /v1/users/{id}/profile: a complete profile; its "user", when
 * given, must be the path's. */
static enum MHD_Result save_profile(struct MHD_Connection *c, request *r, mr_advisor *a, const char *user) {
    enum MHD_Result res;
    cJSON *j = json_body(c, r, &res);
    if (!j) return res;
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(j, "user");
    if (u && !(cJSON_IsString(u) && !strcmp(u->valuestring, user))) {
        cJSON_Delete(j);
        return error_reply(c, r, 400, "profile: 'user' must be the path's user id, '%s' (or left out)", user);
    }
    if (!u) cJSON_AddStringToObject(j, "user", user);
    char *text = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    if (!text) return error_reply(c, r, 503, "out of memory");
    char issued[65];
    if (authorize(c, r, a, user, 1, issued, &res)) { free(text); return res; }
    mr_status rc = mr_advisor_save_profile(a, text, -1);
    free(text);
    if (rc != MR_OK) { res = advisor_error(c, r, a, rc); unclaim(a, user, issued); return res; }
    return json_reply(c, r, 200, "{\"ok\":true}", issued[0] ? issued : NULL);
}

/* "YYYY-MM-DD" as Unix time at noon UTC of that day (Howard Hinnant's
 * days_from_civil); -1 when it is not a date. */
static int64_t parse_date(const char *s) {
    int y, m, d, n = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || s[n] || m < 1 || m > 12 || d < 1 || d > 31) return -1;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > mdays[m - 1] || (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))) return -1;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (unsigned)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (unsigned)d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (era * 146097 + (int64_t)doe - 719468) * 86400 + 43200;
}

/* POST /v1/users/{id}/log {"activity", "minutes", "rpe"?, "date"?} */
static enum MHD_Result log_workout(struct MHD_Connection *c, request *r, mr_advisor *a, const char *user) {
    enum MHD_Result res;
    cJSON *j = json_body(c, r, &res);
    if (!j) return res;
    static const char *const keys[] = {"activity", "minutes", "rpe", "date", NULL};
    const char *bad = unknown_key(j, keys);
    const cJSON *act = cJSON_GetObjectItemCaseSensitive(j, "activity"), *date = cJSON_GetObjectItemCaseSensitive(j, "date");
    const cJSON *rp = cJSON_GetObjectItemCaseSensitive(j, "rpe");
    int64_t minutes = 0, rpe = -1, when = 0;
    char msg[160] = "";
    if (bad) snprintf(msg, sizeof msg, "log: unknown field '%.40s' (fields: activity minutes rpe date)", bad);
    else if (!cJSON_IsString(act)) snprintf(msg, sizeof msg, "log: 'activity' (a string, e.g. \"run\") is needed");
    else if (!json_int(j, "minutes", 1, 600, &minutes)) snprintf(msg, sizeof msg, "log: 'minutes' must be 1-600");
    else if (rp && !cJSON_IsNull(rp) && !json_int(j, "rpe", 6, 20, &rpe)) snprintf(msg, sizeof msg, "log: 'rpe' must be 6-20 (Borg)");
    else if (date && !(cJSON_IsString(date) && (when = parse_date(date->valuestring)) > 0))
        snprintf(msg, sizeof msg, "log: 'date' must be a date, YYYY-MM-DD");
    if (msg[0]) { cJSON_Delete(j); return error_reply(c, r, 400, "%s", msg); }
    char issued[65];
    if (authorize(c, r, a, user, 1, issued, &res)) { cJSON_Delete(j); return res; }
    mr_status rc = mr_advisor_log(a, user, act->valuestring, (int32_t)minutes, (int32_t)rpe, when);
    cJSON_Delete(j);
    if (rc != MR_OK) { res = advisor_error(c, r, a, rc); unclaim(a, user, issued); return res; }
    return json_reply(c, r, 201, "{\"ok\":true}", issued[0] ? issued : NULL);
}

/* GET /v1/users/{id}/history: the four weeks (for the chart) and the
 * readable table, in one object. */
static enum MHD_Result history(struct MHD_Connection *c, request *r, mr_advisor *a, const char *user) {
    enum MHD_Result res;
    char issued[65];
    if (authorize(c, r, a, user, 0, issued, &res)) return res;
    char *weeks, *table;
    mr_status rc = fetch(a, W_WEEKS, user, 0, &weeks);
    if (rc != MR_OK) return fetch_error(c, r, a, rc);
    if ((rc = fetch(a, W_HISTORY, user, 0, &table)) != MR_OK) { free(weeks); return fetch_error(c, r, a, rc); }
    cJSON *o = cJSON_Parse(weeks);
    if (o) cJSON_AddStringToObject(o, "table", table);
    char *text = o ? cJSON_PrintUnformatted(o) : NULL;
    cJSON_Delete(o);
    free(weeks);
    free(table);
    res = text ? json_reply(c, r, 200, text, NULL) : error_reply(c, r, 500, "history: cannot be written");
    free(text);
    return res;
}

static enum MHD_Result forget(struct MHD_Connection *c, request *r, mr_advisor *a, const char *user) {
    enum MHD_Result res;
    char issued[65];
    if (authorize(c, r, a, user, 0, issued, &res)) return res;
    int32_t n = 0;
    mr_status rc = mr_advisor_forget(a, user, &n);
    if (rc != MR_OK) return advisor_error(c, r, a, rc);
    char body[64];
    snprintf(body, sizeof body, "{\"deleted\":%d}", n);
    return json_reply(c, r, 200, body, NULL);
}

static enum MHD_Result health(struct MHD_Connection *c, request *r, server *s) {
    cJSON *o = cJSON_CreateObject();
    cJSON_AddStringToObject(o, "status", "ok");
    cJSON_AddStringToObject(o, "version", mr_version());
    if (s->model) cJSON_AddStringToObject(o, "model", s->model_name);
    else cJSON_AddNullToObject(o, "model");
    cJSON_AddStringToObject(o, "store", !s->db ? "none" : strncmp(s->db, "postgres", 8) ? "sqlite" : "postgresql");
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    enum MHD_Result res = text ? json_reply(c, r, 200, text, NULL) : MHD_NO;
    free(text);
    return res;
}

/* Prometheus text exposition format 0.0.4. */
static enum MHD_Result metrics_page(struct MHD_Connection *c, request *r, server *s) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return error_reply(c, r, 503, "out of memory");
    fputs("# HELP motion_requests_total Requests answered, by endpoint and HTTP status.\n"
          "# TYPE motion_requests_total counter\n", f);
    for (int e = 0; e < EP_COUNT; e++)
        for (int k = 0; k <= N_CODES; k++) {
            unsigned long long n = atomic_load(&s->m.requests[e][k]);
            if (!n) continue;
            if (k < N_CODES) fprintf(f, "motion_requests_total{endpoint=\"%s\",code=\"%d\"} %llu\n", EP_NAME[e], CODES[k], n);
            else fprintf(f, "motion_requests_total{endpoint=\"%s\",code=\"other\"} %llu\n", EP_NAME[e], n);
        }
    fputs("# HELP motion_errors_total Requests answered with a 4xx or 5xx status, by endpoint.\n"
          "# TYPE motion_errors_total counter\n", f);
    for (int e = 0; e < EP_COUNT; e++) {
        unsigned long long n = 0;
        for (int k = 0; k <= N_CODES; k++)
            if (k == N_CODES || CODES[k] >= 400) n += atomic_load(&s->m.requests[e][k]);
        fprintf(f, "motion_errors_total{endpoint=\"%s\"} %llu\n", EP_NAME[e], n);
    }
    fputs("# HELP motion_request_seconds Time from a request's first byte to its answer.\n"
          "# TYPE motion_request_seconds histogram\n", f);
    for (int e = 0; e < EP_COUNT; e++) {
        unsigned long long cum = 0;
        for (int b = 0; b <= N_BUCKETS; b++) {
            cum += atomic_load(&s->m.latency[e][b]);
            if (b < N_BUCKETS) fprintf(f, "motion_request_seconds_bucket{endpoint=\"%s\",le=\"%g\"} %llu\n", EP_NAME[e], BUCKETS[b], cum);
            else fprintf(f, "motion_request_seconds_bucket{endpoint=\"%s\",le=\"+Inf\"} %llu\n", EP_NAME[e], cum);
        }
        fprintf(f, "motion_request_seconds_sum{endpoint=\"%s\"} %.6f\n", EP_NAME[e],
                1e-6 * (double)atomic_load(&s->m.latency_us_sum[e]));
        fprintf(f, "motion_request_seconds_count{endpoint=\"%s\"} %llu\n", EP_NAME[e], cum);
    }
    fprintf(f, "# HELP motion_refused_bodies_total Requests refused for a body over --max-body.\n"
               "# TYPE motion_refused_bodies_total counter\nmotion_refused_bodies_total %llu\n",
            (unsigned long long)atomic_load(&s->m.refused_body));
    fprintf(f, "# HELP motion_refused_connections_total Connections closed at once for --max-connections.\n"
               "# TYPE motion_refused_connections_total counter\nmotion_refused_connections_total %llu\n",
            (unsigned long long)atomic_load(&s->m.refused_conn));
    fprintf(f, "# HELP motion_open_connections Connections open now.\n"
               "# TYPE motion_open_connections gauge\nmotion_open_connections %u\n", atomic_load(&s->open_conn));
    fprintf(f, "# HELP motion_model_info The model in use (\"none\": knowledge rules only).\n"
               "# TYPE motion_model_info gauge\nmotion_model_info{model=\"%s\",version=\"%s\"} 1\n",
            s->model ? s->model_name : "none", mr_version());
    fclose(f);
    enum MHD_Result res = buf ? reply(c, r, 200, "text/plain; version=0.0.4; charset=utf-8", buf, len, NULL)
                              : error_reply(c, r, 503, "out of memory");
    free(buf);
    return res;
}

static enum MHD_Result page(struct MHD_Connection *c, request *r, server *s, const char *url) {
    const char *name = !strcmp(url, "/") ? "index.html" : url + 1;
    for (int i = 0; i < 3; i++)
        if (!strcmp(name, s->web[i].name)) {
            if (!s->web[i].data) return error_reply(c, r, 404, "the web page is not installed (motion-server --web DIR)");
            return reply(c, r, 200, s->web[i].type, s->web[i].data, s->web[i].len, NULL);
        }
    return error_reply(c, r, 404, "no such page: %.100s", url);
}

/* ------------------------------------------------------------ routing */

static int method_is(const char *m, const char *want) { return !strcmp(m, want); }

static enum MHD_Result wrong_method(struct MHD_Connection *c, request *r, const char *method, const char *want,
                                    const char *url) {
    return error_reply(c, r, 405, "%.10s is not served here: use %s %.100s", method, want, url);
}

static enum MHD_Result route(struct MHD_Connection *c, request *r, server *s, const char *url, const char *method) {
    int get = method_is(method, "GET") || method_is(method, "HEAD"), post = method_is(method, "POST");
    const char *users = "/v1/users/";
    if (!strcmp(url, "/healthz")) { r->endpoint = EP_HEALTH; return get ? health(c, r, s) : wrong_method(c, r, method, "GET", url); }
    if (!strcmp(url, "/metrics")) { r->endpoint = EP_METRICS; return get ? metrics_page(c, r, s) : wrong_method(c, r, method, "GET", url); }
    if (strncmp(url, "/v1/", 4) != 0) { r->endpoint = EP_PAGE; return get ? page(c, r, s, url) : wrong_method(c, r, method, "GET", url); }
    if (!strcmp(url, "/v1/recommend") || !strcmp(url, "/v1/plan") || !strcmp(url, "/v1/feedback")) {
        int which = url[4] == 'r' ? EP_RECOMMEND : url[4] == 'p' ? EP_PLAN : EP_FEEDBACK;
        r->endpoint = which;
        if (!post) return wrong_method(c, r, method, "POST", url);
        mr_advisor *a = advisor(s);
        if (!a) return error_reply(c, r, 503, "the advisor cannot start (see the server's log)");
        if (which == EP_FEEDBACK && !s->db) return error_reply(c, r, 404, "this server keeps no records (--db none)");
        return which == EP_FEEDBACK ? feedback(c, r, a) : advise(c, r, a, which == EP_PLAN, s->db != NULL);
    }
    if (strncmp(url, users, strlen(users)) != 0) { r->endpoint = EP_OTHER; return error_reply(c, r, 404, "no such endpoint: %.100s", url); }
    /* /v1/users/{id}[/what]: the id is everything up to the last '/' when
     * that names a part, else the whole rest (an id may hold a '/') */
    const char *rest = url + strlen(users), *slash = strrchr(rest, '/');
    static const char *const parts[] = {"history", "export", "profile", "log"};
    int part = -1;
    for (int i = 0; slash && i < 4; i++)
        if (!strcmp(slash + 1, parts[i])) part = i;
    char user[256];
    size_t ulen = part >= 0 ? (size_t)(slash - rest) : strlen(rest);
    if (ulen >= sizeof user) ulen = sizeof user - 1;
    memcpy(user, rest, ulen);
    user[ulen] = 0;
    static const int ep[] = {EP_HISTORY, EP_EXPORT, EP_PROFILE, EP_LOG};
    r->endpoint = part >= 0 ? ep[part] : EP_FORGET;
    if (!valid_user(user)) return error_reply(c, r, 400, "the user id in the path must be 1-64 bytes without control characters");
    int want_post = part == 2 || part == 3;
    if (part < 0 ? !method_is(method, "DELETE") : want_post ? !post : !get)
        return wrong_method(c, r, method, part < 0 ? "DELETE" : want_post ? "POST" : "GET", url);
    if (!s->db) return error_reply(c, r, 404, "this server keeps no records (--db none)");
    mr_advisor *a = advisor(s);
    if (!a) return error_reply(c, r, 503, "the advisor cannot start (see the server's log)");
    switch (part) {
    case 0: return history(c, r, a, user);
    case 1: {
        enum MHD_Result res;
        char issued[65];
        if (authorize(c, r, a, user, 0, issued, &res)) return res;
        return buffered(c, r, a, W_EXPORT, user, 0, 200, "application/x-ndjson; charset=utf-8", NULL);
    }
    case 2: return save_profile(c, r, a, user);
    case 3: return log_workout(c, r, a, user);
    default: return forget(c, r, a, user);
    }
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *upload, size_t *upload_size, void **con_cls) {
    server *s = cls;
    request *r = *con_cls;
    if (!r) {
        /* the headers: refuse a body announced as too big before reading it */
        if (!(r = calloc(1, sizeof *r))) return MHD_NO;
        clock_gettime(CLOCK_MONOTONIC, &r->t0);
        r->endpoint = EP_OTHER;
        *con_cls = r;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > s->max_body) {
            atomic_fetch_add(&s->m.refused_body, 1);
            return error_reply(c, r, 413, "the body is %s bytes; this server takes at most %zu (--max-body)", cl, s->max_body);
        }
        return MHD_YES;
    }
    if (*upload_size) {
        /* a body without a length (chunked) is counted as it comes */
        if (!r->too_big && r->len + *upload_size > s->max_body) {
            r->too_big = 1;
            free(r->body);
            r->body = NULL;
        }
        if (!r->too_big) {
            if (r->len + *upload_size + 1 > r->cap) {
                size_t cap = r->cap ? r->cap : 4096;
                while (cap < r->len + *upload_size + 1) cap *= 2;
                char *b = realloc(r->body, cap);
                if (!b) return MHD_NO;
                r->body = b;
                r->cap = cap;
            }
            memcpy(r->body + r->len, upload, *upload_size);
            r->len += *upload_size;
            r->body[r->len] = 0;
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->code) return MHD_YES; /* already answered (413 on the headers) */
    if (r->too_big) {
        atomic_fetch_add(&s->m.refused_body, 1);
        return error_reply(c, r, 413, "the body is over %zu bytes (--max-body)", s->max_body);
    }
    return route(c, r, s, url, method);
}

/* Counts the request and frees it, whatever became of it. */
static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode why) {
    server *s = cls;
    request *r = *con_cls;
    if (!r) return;
    int k = N_CODES;
    for (int i = 0; i < N_CODES; i++)
        if (CODES[i] == r->code) k = i;
    double t = since(&r->t0);
    int b = 0;
    while (b < N_BUCKETS && t > BUCKETS[b]) b++;
    atomic_fetch_add(&s->m.requests[r->endpoint][k], 1);
    atomic_fetch_add(&s->m.latency[r->endpoint][b], 1);
    atomic_fetch_add(&s->m.latency_us_sum[r->endpoint], (unsigned long long)(t * 1e6));
    free(r->body);
    free(r);
    *con_cls = NULL;
}

/* Connections over --max-connections are closed at once (rather than left
 * waiting in the listen queue, where a crowd would hold them for their
 * timeout). A place is taken when a connection is accepted (so that
 * connections arriving together on several workers cannot all pass) and
 * given back when it closes. */
static enum MHD_Result accept_policy(void *cls, const struct sockaddr *addr, socklen_t len) {
    server *s = cls;
    unsigned n = atomic_load(&s->open_conn);
    while (n < s->max_conn)
        if (atomic_compare_exchange_weak(&s->open_conn, &n, n + 1)) return MHD_YES;
    atomic_fetch_add(&s->m.refused_conn, 1);
    return MHD_NO;
}

/* (MHD reports a close only for a connection it started; it starts every
 * one the policy lets in unless it runs out of memory for it.) */
static void connection_event(void *cls, struct MHD_Connection *c, void **socket_ctx,
                             enum MHD_ConnectionNotificationCode what) {
    server *s = cls;
    if (what == MHD_CONNECTION_NOTIFY_CLOSED) atomic_fetch_sub(&s->open_conn, 1);
}

/* ------------------------------------------------------------ main */

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n + 65536 > cap) {
            char *b = realloc(buf, cap = n + 65536);
            if (!b) { free(buf); fclose(f); return NULL; }
            buf = b;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0 && n < (1u << 22));
    fclose(f);
    *len = n;
    return buf;
}

/* A shipped file beside the program: bin/../share/motionrec/NAME (an
 * install), build/../SRC (the source tree), then MR_MODEL_DIR/NAME. */
static const char *beside(const char *name, const char *src, char *buf, size_t n) {
    char exe[2048];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        snprintf(buf, n, "%s/../share/motionrec/%s", exe, name);
        if (access(buf, R_OK) == 0) return buf;
        snprintf(buf, n, "%s/../%s", exe, src);
        if (access(buf, R_OK) == 0) return buf;
    }
    snprintf(buf, n, "%s/%s", MR_MODEL_DIR, name);
    return buf;
}

static void usage(FILE *f) {
    fputs("usage: motion-server [--model FILE | --no-model] [--db FILE|postgresql://...] [--host ADDR] [--port N]\n"
          "                     [--threads N] [--max-body BYTES] [--max-connections N] [--per-ip N]\n"
          "                     [--timeout SECONDS] [--model-threads N] [--kernels N] [--web DIR]\n"
          "  --model FILE         the advisor's GGUF (default: the shipped advisor-f16.gguf, found beside\n"
          "                       the program, in the source tree's weights/, or in " MR_MODEL_DIR ")\n"
          "  --no-model           knowledge rules only\n"
          "  --db FILE|URI        a SQLite file (default motion-server.db) or a PostgreSQL URI\n"
          "                       (postgresql://user@host:port/db, libpq's syntax); --db none stores nothing\n"
          "  --host ADDR          the IPv4 address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)\n"
          "  --port N             0 picks a free port (default 8080); the port is printed once listening\n"
          "  --threads N          worker threads, each with its own advisor (default 2)\n"
          "  --max-body BYTES     larger request bodies are refused with 413 (default 65536)\n"
          "  --max-connections N  connections beyond N are refused (default 256)\n"
          "  --per-ip N           connections from one address beyond N are refused (default 0: no limit)\n"
          "  --timeout SECONDS    a connection idle this long is closed: slow clients (default 10)\n"
          "  --model-threads N    threads each advisor's model uses (default 1)\n"
          "  --web DIR            the web page's files (default: found as the model is, web/)\n", f);
}

static int num_arg(const char *flag, const char *v, long lo, long hi, long *out) {
    char *end;
    errno = 0;
    long x = v ? strtol(v, &end, 10) : 0;
    if (!v || errno || *end || end == v || x < lo || x > hi) {
        fprintf(stderr, "motion-server: %s needs a whole number in %ld..%ld (got '%s')\n", flag, lo, hi, v ? v : "");
        return 0;
    }
    *out = x;
    return 1;
}

int main(int argc, char **argv) {
    char model_buf[4096], web_buf[4096];
    const char *model = beside("advisor-f16.gguf", "weights/advisor-f16.gguf", model_buf, sizeof model_buf);
    const char *web = beside("web", "web", web_buf, sizeof web_buf);
    const char *db = "motion-server.db", *host = "127.0.0.1";
    long port = 8080, threads = 2, max_body = 65536, max_conn = 256, per_ip = 0, timeout = 10, mthreads = 1, kernels = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        int ok = 1;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return 0; }
        else if (!strcmp(a, "--no-model")) { model = NULL; continue; }
        else if (!strcmp(a, "--model") && v) model = v;
        else if (!strcmp(a, "--db") && v) db = strcmp(v, "none") ? v : NULL;
        else if (!strcmp(a, "--host") && v) host = v;
        else if (!strcmp(a, "--web") && v) web = v;
        else if (!strcmp(a, "--port")) ok = num_arg(a, v, 0, 65535, &port);
        else if (!strcmp(a, "--threads")) ok = num_arg(a, v, 1, 256, &threads);
        else if (!strcmp(a, "--max-body")) ok = num_arg(a, v, 1024, 64L << 20, &max_body);
        else if (!strcmp(a, "--max-connections")) ok = num_arg(a, v, 1, 100000, &max_conn);
        else if (!strcmp(a, "--per-ip")) ok = num_arg(a, v, 0, 100000, &per_ip);
        else if (!strcmp(a, "--timeout")) ok = num_arg(a, v, 1, 3600, &timeout);
        else if (!strcmp(a, "--model-threads")) ok = num_arg(a, v, 1, 256, &mthreads);
        else if (!strcmp(a, "--kernels")) ok = num_arg(a, v, 0, 7, &kernels);
        else {
            static const char *const valued[] = {"--model", "--db", "--host", "--web", NULL};
            int known = 0;
            for (const char *const *k = valued; *k; k++) known |= !strcmp(a, *k);
            fprintf(stderr, "motion-server: %s '%s'\n", known ? "missing value for" : "unknown option", a);
            usage(stderr);
            return 2;
        }
        if (!ok) return 2;
        i++;
    }
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    if (inet_pton(AF_INET, host, &addr.sin_addr) != 1) {
        fprintf(stderr, "motion-server: --host '%s' is not an IPv4 address\n", host);
        return 2;
    }
    static server s; /* large (the metrics); lives for the whole run */
    s.db = db;
    s.model_threads = (int)mthreads;
    s.kernels = (int)kernels;
    s.max_body = (size_t)max_body;
    s.max_conn = (unsigned)max_conn;
    char err[512];
    if (model) {
        s.model = mr_model_load(model, NULL, err, sizeof err);
        if (!s.model) { fprintf(stderr, "motion-server: %s\n", err); return 1; }
        const char *slash = strrchr(model, '/');
        s.model_name = slash ? slash + 1 : model;
    }
    /* the page: three files read once */
    static const char *const names[3] = {"index.html", "app.js", "style.css"};
    static const char *const types[3] = {"text/html; charset=utf-8", "text/javascript; charset=utf-8", "text/css; charset=utf-8"};
    for (int i = 0; i < 3; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", web, names[i]);
        s.web[i].name = names[i];
        s.web[i].type = types[i];
        s.web[i].data = read_file(path, &s.web[i].len);
        if (!s.web[i].data) fprintf(stderr, "motion-server: no %s (the page is served from --web DIR)\n", path);
    }
    /* one advisor now, so that a database that cannot be opened is found
     * before the first user is */
    mr_advisor_params p = mr_advisor_default_params();
    p.model = s.model;
    p.db_path = db;
    mr_advisor *probe = mr_advisor_new(&p, err, sizeof err);
    if (!probe) { fprintf(stderr, "motion-server: %s\n", err); mr_model_free(s.model); return 1; }
    /* (forgetting an id no request can name opens the store for writing,
     * which creates or migrates its tables, and changes nothing) */
    if (db && mr_advisor_forget(probe, "\x01startup", NULL) != MR_OK) {
        fprintf(stderr, "motion-server: %s\n", mr_advisor_errmsg(probe));
        mr_advisor_free(probe);
        mr_model_free(s.model);
        return 1;
    }
    mr_advisor_free(probe);
    pthread_key_create(&s.adv_key, free_advisor);

    /* SIGINT and SIGTERM end the run in order: blocked here (and so in the
     * pool's threads, which inherit the mask) and waited for below */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    /* one thread needs no pool: the polling thread serves */
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG, (uint16_t)port, accept_policy, &s,
        handle, &s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)max_conn + 64, /* a backstop; the policy above refuses first */
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, (unsigned)per_ip, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)timeout,
        MHD_OPTION_NOTIFY_COMPLETED, completed, &s, MHD_OPTION_NOTIFY_CONNECTION, connection_event, &s,
        threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (unsigned)threads, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "motion-server: cannot listen on %s:%ld: %s\n", host, port, strerror(errno));
        mr_model_free(s.model);
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("listening on http://%s:%u\n", host, info ? info->port : (unsigned)port);
    fflush(stdout);
    int sig = 0;
    sigwait(&stop, &sig);
    fprintf(stderr, "motion-server: %s, stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    MHD_stop_daemon(d); /* the pool's threads end here, and their advisors with them */
    mr_model_free(s.model);
    for (int i = 0; i < 3; i++) free(s.web[i].data);
    pthread_key_delete(s.adv_key);
    return 0;
}
