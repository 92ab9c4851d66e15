/* store.h - the advisor's memory: pseudonymous users, the recommendations
 * given and the feedback on them, in SQLite or PostgreSQL (db.h). Feedback turns
 * into per-user, per-activity Beta distributions on liking and completing,
 * which later choices use. The file is created owner-only; every write is a
 * transaction (WAL, synchronous=FULL), so a crash mid-write loses at most
 * that write. Internal for now. */
#ifndef MR_STORE_H
#define MR_STORE_H

#include "knowledge.h"

#include <stdio.h>

typedef struct mr_store mr_store;

MR_INTERNAL int mr_store_open(const char *path, mr_store **out, char *err, size_t errsz);
/* For reading only (history, export): the file is never created, changed
 * or chmod-ed, so a database the user may only read can be read. A missing
 * file is MR_ERR_IO ("no database at ..."), a file without the advisor's
 * tables MR_ERR_FORMAT; any write through the store fails. */
MR_INTERNAL int mr_store_open_readonly(const char *path, mr_store **out, char *err, size_t errsz);
MR_INTERNAL void mr_store_close(mr_store *s);
/* Is there a store to read at path? (A file exists; a PostgreSQL URI is
 * taken to, and a failure to connect is reported when it is used.) */
MR_INTERNAL int mr_store_exists(const char *path);
MR_INTERNAL const char *mr_store_errmsg(const mr_store *s);

/* Record a recommendation; payload is its JSON (no free text but the user's). */
MR_INTERNAL int mr_store_add_rec(mr_store *s, const char *user, int64_t when, mr_activity a,
                                 mr_intensity i, int minutes, const char *payload, int64_t *rec_id);
/* Feedback on a recommendation: rating 1-5, completed 0/1, rpe 6-20 or -1,
 * comment (may be NULL). MR_ERR_INVALID_ARG for an unknown rec or bad values. */
MR_INTERNAL int mr_store_add_feedback(mr_store *s, int64_t rec_id, int64_t when, int rating,
                                      int completed, int rpe, const char *comment);

/* The user a recommendation was given to, into user[size];
 * MR_ERR_INVALID_ARG ("no recommendation N") when there is none. */
MR_INTERNAL int mr_store_rec_user(mr_store *s, int64_t rec_id, char *user, size_t size);

typedef struct {
    double like_a, like_b;   /* Beta(1 + liked, 1 + disliked); rating 3 counts half to each */
    double done_a, done_b;   /* Beta(1 + completed, 1 + not completed) */
    int n;                   /* feedback count */
} mr_prior;

/* The user's priors for every activity (Beta(1, 1) where there is no feedback). */
MR_INTERNAL int mr_store_priors(mr_store *s, const char *user, mr_prior priors[MR_ACT_COUNT]);
/* Everything about the user, as JSON lines (one recommendation per line,
 * with its feedback), for history or fine-tuning. */
MR_INTERNAL int mr_store_export(mr_store *s, const char *user, FILE *out);
/* A workout the user did (logged directly, or feedback "completed"):
 * day is days since 1970-01-01 in the user's calendar. */
MR_INTERNAL int mr_store_add_workout(mr_store *s, const char *user, int64_t when, int day, mr_activity a,
                                     int minutes, int rpe);
/* Sessions in the last `days` days (logged workouts, and recommendations
 * marked completed in feedback), newest first, into out[cap]; returns how
 * many. The caller's mr_session type is dose.h's. */
struct mr_session;
MR_INTERNAL int mr_store_recent_sessions(mr_store *s, const char *user, int64_t now, int days,
                                         struct mr_session *out, int cap);
/* A feedback comment's limit in bytes (it must also be UTF-8). */
#define MR_STORE_MAX_COMMENT 1000
/* The user's saved profile (JSON the caller has validated): set replaces
 * it; get gives a malloc'd copy in *json, or NULL when there is none. */
MR_INTERNAL int mr_store_set_profile(mr_store *s, const char *user, int64_t when, const char *json);
MR_INTERNAL int mr_store_get_profile(mr_store *s, const char *user, char **json);
/* A readable table of the user's recommendations (with their latest
 * feedback) and logged workouts, oldest first, in lang ("zh" or "en"). */
MR_INTERNAL int mr_store_history(mr_store *s, const char *user, const char *lang, FILE *out);
/* The language of the user's latest recommendation ("en" when none). */
MR_INTERNAL int mr_store_last_language(mr_store *s, const char *user, char lang[3]);
/* A user's access token, kept as the SHA-256 of the token (64 hex
 * digits): set stores it only when the user has none (MR_ERR_STATE
 * otherwise, so that two servers issuing at once cannot both win); get
 * gives "" when there is none. */
MR_INTERNAL int mr_store_set_token(mr_store *s, const char *user, int64_t when, const char *sha256_hex);
/* Deletes the user's token if its digest is sha256_hex; *n gets 0 or 1. */
MR_INTERNAL int mr_store_drop_token(mr_store *s, const char *user, const char *sha256_hex, int *n);
MR_INTERNAL int mr_store_get_token(mr_store *s, const char *user, char sha256_hex[65]);
/* Days since 1970-01-01 as YYYY-MM-DD. */
MR_INTERNAL void mr_store_civil(int64_t days, char out[16]);
/* Delete everything about the user (the token too); *n_deleted receives the recommendations removed. */
MR_INTERNAL int mr_store_forget(mr_store *s, const char *user, int *n_deleted);

#endif
