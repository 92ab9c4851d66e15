/* store.c - the advisor's memory on db.h: a SQLite file or a PostgreSQL
 * database, the same tables and the same SQL (one transaction per change). */
#include "store.h"
#include "db.h"
#include "utf8.h"

#include "dose.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct mr_store {
    mr_db *db;
    char err[512];
};

/* "user" is quoted: it is a reserved word in PostgreSQL (SQLite reads the
 * quoted name as the same column its older files have). */
static const char *SCHEMA_LITE =
    "PRAGMA foreign_keys = ON;"
    "CREATE TABLE IF NOT EXISTS recs ("
    "  id INTEGER PRIMARY KEY,"
    "  \"user\" TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  activity TEXT NOT NULL,"
    "  intensity TEXT NOT NULL,"
    "  minutes INTEGER NOT NULL,"
    "  payload TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS recs_user ON recs(\"user\");"
    "CREATE TABLE IF NOT EXISTS feedback ("
    "  rec_id INTEGER NOT NULL REFERENCES recs(id) ON DELETE CASCADE,"
    "  created INTEGER NOT NULL,"
    "  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),"
    "  completed INTEGER NOT NULL CHECK (completed IN (0, 1)),"
    "  rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 20),"
    "  comment TEXT);"
    "CREATE INDEX IF NOT EXISTS feedback_rec ON feedback(rec_id);"
    "CREATE TABLE IF NOT EXISTS workouts ("
    "  id INTEGER PRIMARY KEY,"
    "  \"user\" TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  day INTEGER NOT NULL,"
    "  activity TEXT NOT NULL,"
    "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),"
    "  rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 20));"
    "CREATE INDEX IF NOT EXISTS workouts_user ON workouts(\"user\", day);"
    "CREATE TABLE IF NOT EXISTS profiles ("
    "  \"user\" TEXT PRIMARY KEY,"
    "  updated INTEGER NOT NULL,"
    "  json TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS tokens ("
    "  \"user\" TEXT PRIMARY KEY,"
    "  created INTEGER NOT NULL,"
    "  sha256 TEXT NOT NULL);";

/* The same tables in PostgreSQL's types; the version lives in mr_schema. */
static const char *SCHEMA_PG =
    "CREATE TABLE IF NOT EXISTS recs ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  \"user\" TEXT NOT NULL,"
    "  created BIGINT NOT NULL,"
    "  activity TEXT NOT NULL,"
    "  intensity TEXT NOT NULL,"
    "  minutes BIGINT NOT NULL,"
    "  payload TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS recs_user ON recs(\"user\");"
    "CREATE TABLE IF NOT EXISTS feedback ("
    "  rec_id BIGINT NOT NULL REFERENCES recs(id) ON DELETE CASCADE,"
    "  created BIGINT NOT NULL,"
    "  rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),"
    "  completed BIGINT NOT NULL CHECK (completed IN (0, 1)),"
    "  rpe BIGINT CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 20),"
    "  comment TEXT);"
    "CREATE INDEX IF NOT EXISTS feedback_rec ON feedback(rec_id);"
    "CREATE TABLE IF NOT EXISTS workouts ("
    "  id BIGSERIAL PRIMARY KEY,"
    "  \"user\" TEXT NOT NULL,"
    "  created BIGINT NOT NULL,"
    "  day BIGINT NOT NULL,"
    "  activity TEXT NOT NULL,"
    "  minutes BIGINT NOT NULL CHECK (minutes BETWEEN 1 AND 600),"
    "  rpe BIGINT CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 20));"
    "CREATE INDEX IF NOT EXISTS workouts_user ON workouts(\"user\", day);"
    "CREATE TABLE IF NOT EXISTS profiles ("
    "  \"user\" TEXT PRIMARY KEY,"
    "  updated BIGINT NOT NULL,"
    "  json TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS tokens ("
    "  \"user\" TEXT PRIMARY KEY,"
    "  created BIGINT NOT NULL,"
    "  sha256 TEXT NOT NULL);";

/* The schema's version (SQLite: PRAGMA user_version; PostgreSQL: the
 * mr_schema table): 0 a file from before it was kept (recs and feedback,
 * perhaps workouts), 2 with workouts and saved profiles, 3 with access
 * tokens. Every step so far only adds tables, so the CREATE ... IF NOT
 * EXISTS above migrates any older store; a newer one is refused, not
 * guessed at. */
#define SCHEMA_VERSION 3

static int fail(mr_store *s, int code, const char *what) {
    mr_fmt(s->err, sizeof s->err, "%s: %s", what, mr_db_errmsg(s->db));
    return code;
}

/* A statement, or NULL with the reason in s->err. */
static mr_db_stmt *prep(mr_store *s, const char *sql, const char *what) {
    mr_db_stmt *st = mr_db_prepare(s->db, sql);
    if (!st) fail(s, MR_ERR_IO, what);
    return st;
}

/* Runs a statement that returns no rows. */
static int run(mr_store *s, mr_db_stmt *st, const char *what) {
    int rc = mr_db_step(st);
    return rc >= 0 ? MR_OK : fail(s, MR_ERR_IO, what);
}

static int schema_version(mr_db *db, int *v) {
    *v = 0;
    mr_db_stmt *st = mr_db_prepare(db, mr_db_is_pg(db) ? "SELECT max(version) FROM mr_schema" : "PRAGMA user_version");
    if (!st) return MR_ERR_IO;
    int rc = mr_db_step(st);
    if (rc == 1) *v = (int)mr_db_int(st, 0);
    mr_db_finalize(st);
    return rc < 0 ? rc : MR_OK;
}

static int newer(const mr_db *db, int v, char *err, size_t errsz) {
    mr_fmt(err, errsz, "store: %s was written by a newer libmotionrec (schema %d; this one reads up to %d)",
           mr_db_name(db), v, SCHEMA_VERSION);
    return MR_ERR_FORMAT;
}

/* The tables and the version, in one write transaction. SQLite first
 * switches to WAL (readers never wait for the writer) with full syncs;
 * PostgreSQL takes an advisory lock so that servers starting together do
 * not create the same tables at once. */
static int setup(mr_store *s, char *err, size_t errsz) {
    mr_db *db = s->db;
    int pg = mr_db_is_pg(db), v = 0, rc = MR_OK;
    if (!pg) rc = mr_db_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;");
    if (rc == MR_OK) rc = mr_db_begin(db);
    if (rc == MR_OK && pg)
        rc = mr_db_exec(db, "SELECT pg_advisory_xact_lock(7164058611);"
                            "CREATE TABLE IF NOT EXISTS mr_schema (version INTEGER NOT NULL)");
    if (rc == MR_OK) rc = schema_version(db, &v);
    if (rc == MR_OK && v > SCHEMA_VERSION) {
        mr_db_end(db, 0);
        return newer(db, v, err, errsz);
    }
    if (rc == MR_OK && v < SCHEMA_VERSION) {
        rc = mr_db_exec(db, pg ? SCHEMA_PG : SCHEMA_LITE);
        char set[96];
        snprintf(set, sizeof set, pg ? "DELETE FROM mr_schema; INSERT INTO mr_schema VALUES (%d)" : "PRAGMA user_version = %d",
                 SCHEMA_VERSION);
        if (rc == MR_OK) rc = mr_db_exec(db, set);
    }
    if (rc == MR_OK) rc = mr_db_end(db, 1);
    else mr_db_end(db, 0);
    if (!pg) mr_db_exec(db, "PRAGMA foreign_keys = ON");
    if (rc != MR_OK) {
        mr_fmt(err, errsz, "store: %s is not a usable database: %s", mr_db_name(db), mr_db_errmsg(db));
        return rc;
    }
    return MR_OK;
}

/* A table an older store lacks (read-only opens do not migrate). */
static int has_table(mr_store *s, const char *name) {
    mr_db_stmt *st = mr_db_prepare(s->db, mr_db_is_pg(s->db) ? "SELECT 1 WHERE to_regclass(?1) IS NOT NULL"
                                                            : "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!st) return 0;
    mr_db_bind_text(st, 1, name);
    int found = mr_db_step(st) == 1;
    mr_db_finalize(st);
    return found;
}

int mr_store_open(const char *path, mr_store **out, char *err, size_t errsz) {
    *out = NULL;
    mr_store *s = calloc(1, sizeof *s);
    if (!s) { mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
    int rc = mr_db_open(path, 0, &s->db, err, errsz);
    if (rc == MR_OK) rc = setup(s, err, errsz);
    if (rc != MR_OK) { mr_store_close(s); return rc; }
    *out = s;
    return MR_OK;
}

int mr_store_open_readonly(const char *path, mr_store **out, char *err, size_t errsz) {
    *out = NULL;
    mr_store *s = calloc(1, sizeof *s);
    if (!s) { mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
    int rc = mr_db_open(path, 1, &s->db, err, errsz), v = 0;
    if (rc == MR_OK) {
        /* the advisor's tables must be there */
        mr_db_stmt *probe = mr_db_prepare(s->db, "SELECT r.id, f.rec_id FROM recs r, feedback f LIMIT 0");
        if (probe && mr_db_step(probe) < 0) { mr_db_finalize(probe); probe = NULL; }
        if (!probe && mr_db_is_pg(s->db)) {
            mr_fmt(err, errsz, "store: no advisor tables in %s (nothing has been stored there yet)", mr_db_name(s->db));
            rc = MR_ERR_IO;
        } else if (!probe) {
            mr_fmt(err, errsz, "store: %s is not a usable database: %s", mr_db_name(s->db), mr_db_errmsg(s->db));
            rc = MR_ERR_FORMAT;
        }
        mr_db_finalize(probe);
    }
    if (rc == MR_OK && schema_version(s->db, &v) == MR_OK && v > SCHEMA_VERSION) rc = newer(s->db, v, err, errsz);
    if (rc != MR_OK) { mr_store_close(s); return rc; }
    *out = s;
    return MR_OK;
}

int mr_store_exists(const char *path) {
    if (mr_db_target_is_pg(path)) return 1; /* a server: asked when a query runs */
    struct stat st;
    return path && stat(path, &st) == 0;
}

void mr_store_close(mr_store *s) {
    if (!s) return;
    mr_db_close(s->db);
    free(s);
}

const char *mr_store_errmsg(const mr_store *s) { return s ? s->err : "store is NULL"; }

int mr_store_add_rec(mr_store *s, const char *user, int64_t when, mr_activity a, mr_intensity i, int minutes,
                     const char *payload, int64_t *rec_id) {
    if (!s || !user || !payload || a < 0 || a >= MR_ACT_COUNT) return MR_ERR_INVALID_ARG;
    mr_db_stmt *st = prep(s, "INSERT INTO recs(\"user\", created, activity, intensity, minutes, payload) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id", "store: insert");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    mr_db_bind_int(st, 2, when);
    mr_db_bind_text(st, 3, mr_kb_activity(a)->id);
    mr_db_bind_text(st, 4, mr_kb_intensity_name(i));
    mr_db_bind_int(st, 5, minutes);
    mr_db_bind_text(st, 6, payload);
    int rc = mr_db_step(st) == 1 ? MR_OK : fail(s, MR_ERR_IO, "store: insert");
    if (rc == MR_OK && rec_id) *rec_id = mr_db_int(st, 0);
    /* SQLite writes the row when the statement runs to its end */
    if (rc == MR_OK && mr_db_step(st) < 0) rc = fail(s, MR_ERR_IO, "store: insert");
    mr_db_finalize(st);
    return rc;
}

int mr_store_rec_user(mr_store *s, int64_t rec_id, char *user, size_t size) {
    if (!s || !user || !size) return MR_ERR_INVALID_ARG;
    user[0] = 0;
    mr_db_stmt *st = prep(s, "SELECT \"user\" FROM recs WHERE id = ?1", "store: lookup");
    if (!st) return MR_ERR_IO;
    mr_db_bind_int(st, 1, rec_id);
    int r = mr_db_step(st), rc = MR_OK;
    if (r == 1) snprintf(user, size, "%s", mr_db_text(st, 0));
    else if (r == 0) { mr_fmt(s->err, sizeof s->err, "feedback: no recommendation %lld", (long long)rec_id); rc = MR_ERR_INVALID_ARG; }
    else rc = fail(s, MR_ERR_IO, "store: lookup");
    mr_db_finalize(st);
    return rc;
}

int mr_store_add_feedback(mr_store *s, int64_t rec_id, int64_t when, int rating, int completed, int rpe,
                          const char *comment) {
    if (!s) return MR_ERR_INVALID_ARG;
    if (rating < 1 || rating > 5 || (completed != 0 && completed != 1) || (rpe != -1 && (rpe < 6 || rpe > 20))) {
        mr_fmt(s->err, sizeof s->err, "feedback: rating 1-5, completed yes/no, rpe 6-20 (got %d, %d, %d)", rating,
               completed, rpe);
        return MR_ERR_INVALID_ARG;
    }
    /* the comment is the user's own words: any language, but text, and short */
    if (comment && (mr_utf8_error(comment, strlen(comment)) >= 0 || strlen(comment) > MR_STORE_MAX_COMMENT)) {
        if (strlen(comment) > MR_STORE_MAX_COMMENT)
            mr_fmt(s->err, sizeof s->err, "feedback: the comment is %zu bytes; at most %d", strlen(comment),
                   MR_STORE_MAX_COMMENT);
        else
            mr_fmt(s->err, sizeof s->err, "feedback: the comment is not valid UTF-8 (at byte %ld)",
                   (long)mr_utf8_error(comment, strlen(comment)));
        return MR_ERR_INVALID_ARG;
    }
    char owner[8];
    int rc = mr_store_rec_user(s, rec_id, owner, sizeof owner);
    if (rc != MR_OK) return rc;
    mr_db_stmt *st = prep(s, "INSERT INTO feedback(rec_id, created, rating, completed, rpe, comment) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "store: insert");
    if (!st) return MR_ERR_IO;
    mr_db_bind_int(st, 1, rec_id);
    mr_db_bind_int(st, 2, when);
    mr_db_bind_int(st, 3, rating);
    mr_db_bind_int(st, 4, completed);
    if (rpe < 0) mr_db_bind_null(st, 5); else mr_db_bind_int(st, 5, rpe);
    if (comment) mr_db_bind_text(st, 6, comment); else mr_db_bind_null(st, 6);
    rc = run(s, st, "store: insert");
    mr_db_finalize(st);
    return rc;
}

int mr_store_priors(mr_store *s, const char *user, mr_prior priors[MR_ACT_COUNT]) {
    for (int a = 0; a < MR_ACT_COUNT; a++) priors[a] = (mr_prior){1, 1, 1, 1, 0};
    if (!s || !user) return MR_ERR_INVALID_ARG;
    mr_db_stmt *st = prep(s, "SELECT r.activity, f.rating, f.completed FROM feedback f "
                             "JOIN recs r ON r.id = f.rec_id WHERE r.\"user\" = ?1", "store: priors");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    int r;
    while ((r = mr_db_step(st)) == 1) {
        int a = mr_kb_activity_find(mr_db_text(st, 0));
        if (a < 0) continue;
        int rating = (int)mr_db_int(st, 1), done = (int)mr_db_int(st, 2);
        mr_prior *p = &priors[a];
        if (rating >= 4) p->like_a += 1;
        else if (rating <= 2) p->like_b += 1;
        else { p->like_a += 0.5; p->like_b += 0.5; }
        if (done) p->done_a += 1; else p->done_b += 1;
        p->n++;
    }
    int rc = r < 0 ? fail(s, MR_ERR_IO, "store: priors") : MR_OK;
    mr_db_finalize(st);
    return rc;
}

/* user ids and comments are stored as given: any bytes */
static void json_str(FILE *out, const char *s) { mr_json_str(out, s, s ? strlen(s) : 0); }

int mr_store_export(mr_store *s, const char *user, FILE *out) {
    if (!s || !user || !out) return MR_ERR_INVALID_ARG;
    mr_db_stmt *st = prep(s, "SELECT id, created, activity, intensity, minutes, payload FROM recs "
                             "WHERE \"user\" = ?1 ORDER BY id", "store: export");
    mr_db_stmt *fb = st ? prep(s, "SELECT created, rating, completed, rpe, comment FROM feedback "
                                  "WHERE rec_id = ?1 ORDER BY created", "store: export") : NULL;
    if (!fb) { mr_db_finalize(st); return MR_ERR_IO; }
    mr_db_bind_text(st, 1, user);
    int r, rf = 0;
    while ((r = mr_db_step(st)) == 1) {
        fprintf(out, "{\"rec_id\":%lld,\"user\":", (long long)mr_db_int(st, 0));
        json_str(out, user);
        fprintf(out, ",\"created\":%lld,\"activity\":", (long long)mr_db_int(st, 1));
        json_str(out, mr_db_text(st, 2));
        fputs(",\"intensity\":", out);
        json_str(out, mr_db_text(st, 3));
        fprintf(out, ",\"minutes\":%d,\"recommendation\":%s,\"feedback\":[", (int)mr_db_int(st, 4), mr_db_text(st, 5));
        mr_db_reset(fb);
        mr_db_bind_int(fb, 1, mr_db_int(st, 0));
        int first = 1;
        while ((rf = mr_db_step(fb)) == 1) {
            fprintf(out, "%s{\"created\":%lld,\"rating\":%d,\"completed\":%s,\"rpe\":", first ? "" : ",",
                    (long long)mr_db_int(fb, 0), (int)mr_db_int(fb, 1), mr_db_int(fb, 2) ? "true" : "false");
            if (mr_db_isnull(fb, 3)) fputs("null", out);
            else fprintf(out, "%d", (int)mr_db_int(fb, 3));
            fputs(",\"comment\":", out);
            if (mr_db_isnull(fb, 4)) fputs("null", out);
            else json_str(out, mr_db_text(fb, 4));
            fputc('}', out);
            first = 0;
        }
        fputs("]}\n", out);
        if (rf < 0) break;
    }
    int rc = r < 0 || rf < 0 ? fail(s, MR_ERR_IO, "store: export") : ferror(out) ? MR_ERR_IO : MR_OK;
    mr_db_finalize(fb);
    mr_db_finalize(st);
    return rc;
}

int mr_store_add_workout(mr_store *s, const char *user, int64_t when, int day, mr_activity a, int minutes, int rpe) {
    if (!s || !user || !*user || a < 0 || a >= MR_ACT_COUNT || minutes < 1 || minutes > 600 ||
        (rpe != -1 && (rpe < 6 || rpe > 20))) {
        if (s) mr_fmt(s->err, sizeof s->err, "log: activity, minutes 1-600 and rpe 6-20 needed");
        return MR_ERR_INVALID_ARG;
    }
    mr_db_stmt *st = prep(s, "INSERT INTO workouts(\"user\", created, day, activity, minutes, rpe) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "store: log");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    mr_db_bind_int(st, 2, when);
    mr_db_bind_int(st, 3, day);
    mr_db_bind_text(st, 4, mr_kb_activity(a)->id);
    mr_db_bind_int(st, 5, minutes);
    if (rpe < 0) mr_db_bind_null(st, 6); else mr_db_bind_int(st, 6, rpe);
    int rc = run(s, st, "store: log");
    mr_db_finalize(st);
    return rc;
}

int mr_store_recent_sessions(mr_store *s, const char *user, int64_t now, int days, struct mr_session *out, int cap) {
    if (!s || !user || cap <= 0 || !has_table(s, "workouts")) return 0;
    int today = (int)(now / 86400), n = 0;
    /* logged workouts, and recommendations reported done (with their RPE) */
    mr_db_stmt *st = mr_db_prepare(s->db,
        "SELECT activity, minutes, day, rpe FROM workouts WHERE \"user\" = ?1 AND day > ?2 "
        "UNION ALL "
        "SELECT r.activity, r.minutes, f.created / 86400, f.rpe FROM feedback f JOIN recs r ON r.id = f.rec_id "
        "WHERE r.\"user\" = ?1 AND f.completed = 1 AND r.minutes > 0 AND f.created / 86400 > ?2 "
        "ORDER BY 3 DESC");
    if (!st) return 0;
    mr_db_bind_text(st, 1, user);
    mr_db_bind_int(st, 2, today - days);
    while (n < cap && mr_db_step(st) == 1) {
        int a = mr_kb_activity_find(mr_db_text(st, 0));
        if (a < 0) continue;
        out[n].activity = (mr_activity)a;
        out[n].minutes = (int)mr_db_int(st, 1);
        out[n].days_ago = today - (int)mr_db_int(st, 2);
        if (out[n].days_ago < 0) out[n].days_ago = 0;
        out[n].rpe = mr_db_isnull(st, 3) ? -1 : (int)mr_db_int(st, 3);
        n++;
    }
    mr_db_finalize(st);
    return n;
}

int mr_store_forget(mr_store *s, const char *user, int *n_deleted) {
    if (!s || !user) return MR_ERR_INVALID_ARG;
    if (mr_db_begin(s->db) != MR_OK) return fail(s, MR_ERR_IO, "store: forget");
    /* the log, the profile, the token, then the recommendations (their
     * feedback goes with them: ON DELETE CASCADE) */
    static const char *const del[4] = {"DELETE FROM workouts WHERE \"user\" = ?1", "DELETE FROM profiles WHERE \"user\" = ?1",
                                       "DELETE FROM tokens WHERE \"user\" = ?1", "DELETE FROM recs WHERE \"user\" = ?1"};
    int rc = MR_OK;
    for (int k = 0; k < 4 && rc == MR_OK; k++) {
        /* a store from before tokens (opened here, so migrated) has them all */
        mr_db_stmt *st = prep(s, del[k], "store: forget");
        if (!st) { rc = MR_ERR_IO; break; }
        mr_db_bind_text(st, 1, user);
        rc = run(s, st, "store: forget");
        if (rc == MR_OK && k == 3 && n_deleted) *n_deleted = (int)mr_db_changes(st);
        mr_db_finalize(st);
    }
    if (rc == MR_OK && mr_db_end(s->db, 1) != MR_OK) rc = fail(s, MR_ERR_IO, "store: forget");
    if (rc != MR_OK) mr_db_end(s->db, 0);
    /* SQLite: fold the WAL back so that deleted rows leave no copy there */
    if (rc == MR_OK && !mr_db_is_pg(s->db)) mr_db_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE)");
    return rc;
}

int mr_store_set_profile(mr_store *s, const char *user, int64_t when, const char *json) {
    if (!s || !user || !*user || !json) return MR_ERR_INVALID_ARG;
    mr_db_stmt *st = prep(s, "INSERT INTO profiles(\"user\", updated, json) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT(\"user\") DO UPDATE SET updated = excluded.updated, json = excluded.json",
                          "store: profile");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    mr_db_bind_int(st, 2, when);
    mr_db_bind_text(st, 3, json);
    int rc = run(s, st, "store: profile");
    mr_db_finalize(st);
    return rc;
}

int mr_store_get_profile(mr_store *s, const char *user, char **json) {
    *json = NULL;
    if (!s || !user) return MR_ERR_INVALID_ARG;
    if (!has_table(s, "profiles")) return MR_OK;
    mr_db_stmt *st = prep(s, "SELECT json FROM profiles WHERE \"user\" = ?1", "store: profile");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    int r = mr_db_step(st), rc = r < 0 ? fail(s, MR_ERR_IO, "store: profile") : MR_OK;
    if (r == 1 && !(*json = strdup(mr_db_text(st, 0)))) rc = MR_ERR_OOM;
    mr_db_finalize(st);
    return rc;
}

int mr_store_set_token(mr_store *s, const char *user, int64_t when, const char *sha256_hex) {
    if (!s || !user || !*user || !sha256_hex) return MR_ERR_INVALID_ARG;
    /* first come, first served: a user id that has a token keeps it */
    mr_db_stmt *st = prep(s, "INSERT INTO tokens(\"user\", created, sha256) VALUES (?1, ?2, ?3) "
                             "ON CONFLICT(\"user\") DO NOTHING", "store: token");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    mr_db_bind_int(st, 2, when);
    mr_db_bind_text(st, 3, sha256_hex);
    int rc = run(s, st, "store: token");
    if (rc == MR_OK && mr_db_changes(st) == 0) {
        mr_fmt(s->err, sizeof s->err, "user %.64s already has a token", user);
        rc = MR_ERR_STATE;
    }
    mr_db_finalize(st);
    return rc;
}

int mr_store_drop_token(mr_store *s, const char *user, const char *sha256_hex, int *n) {
    *n = 0;
    if (!s || !user || !sha256_hex) return MR_ERR_INVALID_ARG;
    mr_db_stmt *st = prep(s, "DELETE FROM tokens WHERE \"user\" = ?1 AND sha256 = ?2", "store: token");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    mr_db_bind_text(st, 2, sha256_hex);
    int rc = run(s, st, "store: token");
    if (rc == MR_OK) *n = (int)mr_db_changes(st);
    mr_db_finalize(st);
    return rc;
}

int mr_store_get_token(mr_store *s, const char *user, char sha256_hex[65]) {
    sha256_hex[0] = 0;
    if (!s || !user) return MR_ERR_INVALID_ARG;
    if (!has_table(s, "tokens")) return MR_OK;
    mr_db_stmt *st = prep(s, "SELECT sha256 FROM tokens WHERE \"user\" = ?1", "store: token");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    int r = mr_db_step(st);
    if (r == 1) snprintf(sha256_hex, 65, "%s", mr_db_text(st, 0));
    mr_db_finalize(st);
    return r < 0 ? fail(s, MR_ERR_IO, "store: token") : MR_OK;
}

/* Days since 1970-01-01 as YYYY-MM-DD (Howard Hinnant's civil_from_days). */
void mr_store_civil(int64_t z, char out[16]) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    snprintf(out, 16, "%04d-%02u-%02u", (int)((y + (m <= 2)) % 10000), m % 13, d % 32);
}

#define LATEST(col) "(SELECT " col " FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1)"

int mr_store_history(mr_store *s, const char *user, const char *lang, FILE *out) {
    if (!s || !user || !out) return MR_ERR_INVALID_ARG;
    int z = lang && !strcmp(lang, "zh");
    /* recommendations with their latest feedback, and logged workouts, by date */
    int logs = has_table(s, "workouts");
    mr_db_stmt *st = prep(s, logs ?
                          "SELECT r.created / 86400, 'rec', r.id, r.activity, r.intensity, r.minutes, "
                          LATEST("rpe") ", " LATEST("rating") ", " LATEST("completed") " "
                          "FROM recs r WHERE r.\"user\" = ?1 "
                          "UNION ALL "
                          "SELECT day, 'log', id, activity, NULL, minutes, rpe, NULL, 1 FROM workouts WHERE \"user\" = ?1 "
                          "ORDER BY 1, 3" :
                          "SELECT r.created / 86400, 'rec', r.id, r.activity, r.intensity, r.minutes, "
                          LATEST("rpe") ", " LATEST("rating") ", " LATEST("completed") " "
                          "FROM recs r WHERE r.\"user\" = ?1 ORDER BY 1, 3",
                          "store: history");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    fprintf(out, z ? "%-10s  %-8s  %-8s  %-12s  %4s  %4s  %-4s  %s\n" : "%-10s  %-8s  %-8s  %-16s  %7s  %4s  %-6s  %s\n",
            z ? "日期" : "date", z ? "来源" : "source", z ? "编号" : "id", z ? "活动" : "activity",
            z ? "分钟" : "minutes", "RPE", z ? "评分" : "rating", z ? "完成" : "done");
    int n = 0, r;
    while ((r = mr_db_step(st)) == 1) {
        char date[16];
        mr_store_civil(mr_db_int(st, 0), date);
        int is_rec = !strcmp(mr_db_text(st, 1), "rec");
        int a = mr_kb_activity_find(mr_db_text(st, 3));
        const char *act = a < 0 ? "?" : z ? mr_kb_activity((mr_activity)a)->zh : mr_kb_activity((mr_activity)a)->id;
        char rpe[8] = "-", rating[8] = "-", id[24];
        if (!mr_db_isnull(st, 6)) snprintf(rpe, sizeof rpe, "%d", (int)mr_db_int(st, 6));
        if (!mr_db_isnull(st, 7)) snprintf(rating, sizeof rating, "%d/5", (int)mr_db_int(st, 7));
        snprintf(id, sizeof id, "%s%lld", is_rec ? "#" : "", (long long)mr_db_int(st, 2));
        const char *done = mr_db_isnull(st, 8) ? "-" : mr_db_int(st, 8) ? (z ? "是" : "yes") : (z ? "否" : "no");
        const char *src = is_rec ? (z ? "建议" : "advice") : (z ? "记录" : "logged");
        int mins = (int)mr_db_int(st, 5);
        if (z) /* CJK characters are two columns wide: pad by hand */
            fprintf(out, "%-10s  %s%*s  %-8s  %s%*s  %4d  %4s  %-4s  %s\n", date, src, 4, "", id, act,
                    (int)(12 - 2 * mr_utf8_chars(act)) > 0 ? (int)(12 - 2 * mr_utf8_chars(act)) : 0, "", mins, rpe,
                    rating, done);
        else
            fprintf(out, "%-10s  %-8s  %-8s  %-16s  %7d  %4s  %-6s  %s\n", date, src, id, act, mins, rpe, rating, done);
        n++;
    }
    mr_db_finalize(st);
    if (r < 0) return fail(s, MR_ERR_IO, "store: history");
    if (!n) fprintf(out, "%s\n", z ? "（还没有记录）" : "(nothing yet)");
    return ferror(out) ? MR_ERR_IO : MR_OK;
}

int mr_store_last_language(mr_store *s, const char *user, char lang[3]) {
    strcpy(lang, "en");
    if (!s || !user) return MR_ERR_INVALID_ARG;
    mr_db_stmt *st = prep(s, "SELECT payload FROM recs WHERE \"user\" = ?1 ORDER BY id DESC LIMIT 1", "store: history");
    if (!st) return MR_ERR_IO;
    mr_db_bind_text(st, 1, user);
    if (mr_db_step(st) == 1) {
        cJSON *j = cJSON_Parse(mr_db_text(st, 0));
        const cJSON *l = cJSON_GetObjectItemCaseSensitive(j, "language");
        if (cJSON_IsString(l) && !strcmp(l->valuestring, "zh")) strcpy(lang, "zh");
        cJSON_Delete(j);
    }
    mr_db_finalize(st);
    return MR_OK;
}
