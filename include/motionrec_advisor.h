/* motionrec_advisor.h - the exercise advisor, on libmotionrec's engine.
 *
 * A profile (JSON, see the README's "Profile format") in, a recommendation
 * out, with a knowledge-based safety layer that no model output can
 * override. Link: pkg-config --cflags --libs motionrec-advisor (the
 * advisor's library, libmotionrec-advisor, and the engine's). The engine's
 * rules hold here too: mr_status codes with mr_strerror(), a message per
 * handle (mr_advisor_errmsg), no global mutable state. Version: the
 * engine's (MR_VERSION_STRING, mr_version()); the two libraries are
 * released together.
 */
#ifndef MOTIONREC_ADVISOR_H
#define MOTIONREC_ADVISOR_H

#include <motionrec.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * The exercise advisor: a profile (JSON, see README "Profile
 * format") in, a recommendation out, with a knowledge-based safety layer
 * that no model output can override. With a model, the model reads the
 * profile and the free-text notes; without one, knowledge rules do. With a
 * database, recommendations and feedback are stored (SQLite) and feedback
 * changes later choices for that user. Not medical advice.
 *
 * An mr_advisor belongs to one thread at a time (it owns a context and a
 * database connection); make one per thread. Several advisors may share a
 * database (SQLite locks the file; PostgreSQL serves many processes on many
 * machines) and one loaded model (mr_advisor_params.model).
 * ------------------------------------------------------------------------ */
typedef struct mr_advisor mr_advisor;

typedef struct mr_advisor_params {
    const char *model_path; /* GGUF of the advisor's model, or NULL: knowledge rules only */
    const char *db_path;    /* SQLite file (created owner-only), a PostgreSQL URI
                               ("postgresql://user@host/db", libpq's syntax), or NULL: nothing is stored */
    int32_t n_threads;      /* threads for the model, 0..256; 0 = 1 */
    int32_t kernels;        /* as mr_ctx_params.kernels, 0..7 */
    const mr_model *model;  /* instead of model_path: a loaded model to share between advisors
                               (one per thread); it must outlive them, and is not freed by them */
} mr_advisor_params;

MR_API mr_advisor_params mr_advisor_default_params(void);
/* NULL on failure, with the reason in err (a parameter out of range is
 * named there, as mr_ctx_init names it). */
MR_API mr_advisor *mr_advisor_new(const mr_advisor_params *params, char *err, size_t err_size);
MR_API void mr_advisor_free(mr_advisor *adv);
/* What went wrong in the last failed call on this advisor; "" if none. */
MR_API const char *mr_advisor_errmsg(const mr_advisor *adv);

enum { MR_ADVISOR_JSON = 0, MR_ADVISOR_CARD = 1 };

/* One recommendation for a profile (JSON text, len bytes or -1 for a NUL-
 * terminated string). format: MR_ADVISOR_JSON (the fields of the README's
 * JSON output) or MR_ADVISOR_CARD (readable text in the profile's language).
 * Writes a NUL-terminated result to out; *needed (may be NULL) gets the size
 * required including the NUL. An invalid profile returns MR_ERR_INVALID_ARG
 * or MR_ERR_FORMAT with the field named in mr_advisor_errmsg(), and nothing
 * is stored. When the profile has a "user" and a database is open, the
 * recommendation is stored and its id is in the JSON ("rec_id"). */
MR_API mr_status mr_advisor_recommend(mr_advisor *adv, const char *profile_json, int64_t len, int format,
                                      char *out, size_t out_size, size_t *needed);
/* Feedback on a stored recommendation: rating 1-5, completed 0/1, rpe 6-20
 * or -1, comment may be NULL. Needs a database. */
MR_API mr_status mr_advisor_feedback(mr_advisor *adv, int64_t rec_id, int32_t rating, int32_t completed,
                                     int32_t rpe, const char *comment);
/* The same, for a service where a user may only touch their own records:
 * MR_ERR_INVALID_ARG ("no recommendation N for this user") unless rec_id
 * was given to user, and nothing is stored. */
MR_API mr_status mr_advisor_user_feedback(mr_advisor *adv, const char *user, int64_t rec_id, int32_t rating,
                                          int32_t completed, int32_t rpe, const char *comment);
/* Everything stored about a user as JSON lines (recommendations with their
 * feedback), for history views and fine-tuning. Same buffer rules as above.
 * The database is opened read-only (a file the caller may only read is
 * fine) and never created: a missing file is MR_ERR_IO ("no database at
 * ..."). */
MR_API mr_status mr_advisor_export(mr_advisor *adv, const char *user, char *out, size_t out_size,
                                   size_t *needed);
/* Deletes everything about a user (recommendations, feedback, the workout
 * log, the saved profile); *n_deleted (may be NULL) gets the number of
 * recommendations removed. */
MR_API mr_status mr_advisor_forget(mr_advisor *adv, const char *user, int32_t *n_deleted);
/* A week's plan from today: seven days, each with an activity, FITT numbers,
 * kcal and a reason, meeting WHO 2020's weekly targets for the age where
 * safety allows, every day through the same safety layer as recommend.
 * Same profile, format and buffer rules as recommend; nothing is stored.
 * With a database, a profile's "user" brings in the saved profile (below)
 * and the logged last 28 days. */
MR_API mr_status mr_advisor_plan(mr_advisor *adv, const char *profile_json, int64_t len, int format,
                                 char *out, size_t out_size, size_t *needed);
/* Saves a complete profile (it must have "user" and "age") for later calls:
 * recommend and plan given {"user": ...} with some fields use the saved
 * profile with those fields on top, field by field. Needs a database. */
MR_API mr_status mr_advisor_save_profile(mr_advisor *adv, const char *profile_json, int64_t len);
/* Logs a workout: activity id ("run", "瑜伽"), minutes 1-600, rpe 6-20 or -1,
 * when: Unix time of the day it was done (0 now; within the last year).
 * Logged sessions count toward the week and the training load. */
MR_API mr_status mr_advisor_log(mr_advisor *adv, const char *user, const char *activity, int32_t minutes,
                                int32_t rpe, int64_t when);
/* The user's recommendations (with their latest feedback) and logged
 * workouts as a readable table in the user's language, oldest first. The
 * database is only read. Same buffer rules as recommend. */
MR_API mr_status mr_advisor_history(mr_advisor *adv, const char *user, char *out, size_t out_size,
                                    size_t *needed);

/* The user's last four weeks as JSON: {"user", "language", "weeks": [four
 * {"start": "YYYY-MM-DD", "minutes": N, "sessions": N}, oldest first, the
 * 7-day windows ending today], "target": WHO 2020's weekly aerobic minutes
 * for the saved profile's age (150 adults, 420 ages 5-17; 150 when there is
 * no saved profile)}. Minutes are those logged and those of
 * recommendations reported done, moderate-equivalent as WHO counts them
 * (a session at RPE 14 or more counts double). Same buffer rules as
 * recommend. */
MR_API mr_status mr_advisor_weeks(mr_advisor *adv, const char *user, char *out, size_t out_size, size_t *needed);

/* Access tokens, for a service that serves many users: a user's records
 * go only to requests bearing that user's token. issue makes a random
 * 256-bit token for a user who has none, stores only its SHA-256, and
 * writes the token (64 hex digits and a NUL) to token; MR_ERR_STATE when
 * the user already has one (so two servers issuing at once cannot both
 * win). check: MR_OK when token is the user's, MR_ERR_EMPTY when the user
 * has no token yet, MR_ERR_INVALID_ARG for any other token (compared in
 * constant time). forget deletes the token with the rest. */
MR_API mr_status mr_advisor_token_issue(mr_advisor *adv, const char *user, char token[65]);
MR_API mr_status mr_advisor_token_check(mr_advisor *adv, const char *user, const char *token);
/* Withdraws token (it must be the user's: MR_ERR_INVALID_ARG otherwise),
 * so that a new one can be issued: a lost token, or a first request that
 * claimed a user id and then failed. */
MR_API mr_status mr_advisor_token_revoke(mr_advisor *adv, const char *user, const char *token);

#ifdef __cplusplus
}
#endif
#endif /* MOTIONREC_ADVISOR_H */
