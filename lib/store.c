/* store.c - SQLite (Debian's libsqlite3) behind store.h. */
#include "store.h"
#include "utf8.h"

#include "dose.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct mr_store {
    sqlite3 *db;
    char err[256];
};

static const char *SCHEMA =
    "PRAGMA foreign_keys = ON;"
    "CREATE TABLE IF NOT EXISTS recs ("
    "  id INTEGER PRIMARY KEY,"
    "  user TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  activity TEXT NOT NULL,"
    "  intensity TEXT NOT NULL,"
    "  minutes INTEGER NOT NULL,"
    "  payload TEXT NOT NULL);"
    "CREATE INDEX IF NOT EXISTS recs_user ON recs(user);"
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
    "  user TEXT NOT NULL,"
    "  created INTEGER NOT NULL,"
    "  day INTEGER NOT NULL,"
    "  activity TEXT NOT NULL,"
    "  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),"
    "  rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 6 AND 20));"
    "CREATE INDEX IF NOT EXISTS workouts_user ON workouts(user, day);"
    "CREATE TABLE IF NOT EXISTS profiles ("
    "  user TEXT PRIMARY KEY,"
    "  updated INTEGER NOT NULL,"
    "  json TEXT NOT NULL);";

/* The schema's version (PRAGMA user_version): 0 a file from before it was
 * kept (recs and feedback, perhaps workouts), 2 with workouts and saved
 * profiles. Every step so far only adds tables, so the CREATE ... IF NOT
 * EXISTS above migrates any older file; a newer file is refused, not
 * guessed at. */
#define SCHEMA_VERSION 2

/* How long a writer waits for another (a forget and its checkpoint, a
 * burst of recommendations) before giving up. */
#define BUSY_MS 10000

static int busy(int rc) { return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED; }

/* sqlite3_step, waiting out the moments the busy handler does not cover
 * (a WAL being reset by a checkpoint, a schema being created) */
static int step(sqlite3_stmt *st) {
    int rc;
    for (int tries = 0; busy(rc = sqlite3_step(st)) && tries < 400; tries++) {
        sqlite3_reset(st);
        sqlite3_sleep(5 + tries % 20);
    }
    return rc;
}

static int fail(mr_store *s, int code, const char *what) {
    mr_fmt(s->err, sizeof s->err, "%s: %s", what, sqlite3_errmsg(s->db));
    return code;
}

static int exec_retry(sqlite3 *db, const char *sql) {
    int rc;
    for (int tries = 0; busy(rc = sqlite3_exec(db, sql, NULL, NULL, NULL)) && tries < 400; tries++) sqlite3_sleep(5 + tries % 20);
    return rc;
}

static int user_version(sqlite3 *db, int *v) {
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL);
    if (rc != SQLITE_OK) return rc;
    rc = step(st);
    if (rc == SQLITE_ROW) { *v = sqlite3_column_int(st, 0); rc = SQLITE_OK; }
    sqlite3_finalize(st);
    return rc;
}

static int newer(const char *path, int v, char *err, size_t errsz) {
    mr_fmt(err, errsz, "store: %s was written by a newer libmotionrec (schema %d; this one reads up to %d)", path, v,
           SCHEMA_VERSION);
    return MR_ERR_FORMAT;
}

/* WAL, the tables and the version, in one immediate transaction. When
 * several processes create the same new file at once, the journal-mode
 * switch and the first CREATE can meet a lock the busy handler does not
 * wait for: each step is retried until BUSY_MS has passed. */
static int setup(mr_store *s, const char *path, char *err, size_t errsz) {
    char *msg = NULL;
    int rc = SQLITE_OK, v = 0;
    for (int waited = 0;; waited += 20) {
        sqlite3_free(msg);
        msg = NULL;
        rc = sqlite3_exec(s->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;",
                          NULL, NULL, &msg);
        if (rc == SQLITE_OK) rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, &msg);
        if (rc == SQLITE_OK) {
            rc = user_version(s->db, &v);
            if (rc == SQLITE_OK && v > SCHEMA_VERSION) {
                sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
                return newer(path, v, err, errsz);
            }
            if (rc == SQLITE_OK && v < SCHEMA_VERSION) {
                rc = sqlite3_exec(s->db, SCHEMA, NULL, NULL, &msg);
                if (rc == SQLITE_OK) {
                    char set[64];
                    snprintf(set, sizeof set, "PRAGMA user_version = %d", SCHEMA_VERSION);
                    rc = sqlite3_exec(s->db, set, NULL, NULL, &msg);
                }
            }
            if (rc == SQLITE_OK) rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, &msg);
            if (rc != SQLITE_OK) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        }
        if (rc == SQLITE_OK || !busy(rc) || waited >= BUSY_MS) break;
        sqlite3_sleep(20);
    }
    sqlite3_exec(s->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        mr_fmt(err, errsz, "store: %s is not a usable database: %s", path, msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return busy(rc) ? MR_ERR_IO : MR_ERR_FORMAT;
    }
    sqlite3_free(msg);
    return MR_OK;
}

/* A table a file from before it existed lacks (read-only opens do not migrate). */
static int has_table(mr_store *s, const char *name) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", -1, &st, NULL) !=
        SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    return found;
}

int mr_store_open(const char *path, mr_store **out, char *err, size_t errsz) {
    *out = NULL;
    if (!path || !*path) { mr_fmt(err, errsz, "store: no path"); return MR_ERR_INVALID_ARG; }
    /* create the file owner-only before SQLite opens it */
    int fd = open(path, O_RDWR | O_CREAT, 0600);
    if (fd < 0) { mr_fmt(err, errsz, "store: cannot open %s: %s", path, strerror(errno)); return MR_ERR_IO; }
    close(fd);
    mr_store *s = calloc(1, sizeof *s);
    if (!s) return MR_ERR_OOM;
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
        mr_fmt(err, errsz, "store: %s: %s", path, s->db ? sqlite3_errmsg(s->db) : "cannot open");
        mr_store_close(s);
        return MR_ERR_IO;
    }
    sqlite3_busy_timeout(s->db, BUSY_MS);
    int rc = setup(s, path, err, errsz);
    if (rc != MR_OK) {
        mr_store_close(s);
        return rc;
    }
    chmod(path, 0600);
    *out = s;
    return MR_OK;
}

/* Open read-only and check that the advisor's tables are there. */
static int open_ro(mr_store *s, const char *name, int flags) {
    if (sqlite3_open_v2(name, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX | flags, NULL) != SQLITE_OK)
        return s->db ? sqlite3_errcode(s->db) : SQLITE_NOMEM;
    sqlite3_busy_timeout(s->db, BUSY_MS);
    sqlite3_stmt *probe = NULL;
    int rc = sqlite3_prepare_v2(s->db, "SELECT r.id, f.rec_id FROM recs r, feedback f LIMIT 0", -1, &probe, NULL);
    sqlite3_finalize(probe);
    return rc;
}

int mr_store_open_readonly(const char *path, mr_store **out, char *err, size_t errsz) {
    *out = NULL;
    if (!path || !*path) { mr_fmt(err, errsz, "store: no path"); return MR_ERR_INVALID_ARG; }
    struct stat st;
    if (stat(path, &st) != 0) {
        if (errno == ENOENT) mr_fmt(err, errsz, "store: no database at %s (nothing has been stored there yet)", path);
        else mr_fmt(err, errsz, "store: cannot open %s: %s", path, strerror(errno));
        return MR_ERR_IO;
    }
    mr_store *s = calloc(1, sizeof *s);
    if (!s) return MR_ERR_OOM;
    int rc = open_ro(s, path, 0);
    if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN) {
        /* A WAL database needs its -shm file, which a reader creates when
         * the directory lets it. When it cannot (read-only media) and there
         * is no -wal file, every committed change is in the database file,
         * and SQLite may read it as immutable. */
        char wal[4096];
        snprintf(wal, sizeof wal, "%s-wal", path);
        size_t n = strlen(path);
        char *uri = malloc(3 * n + 32);
        if (access(wal, F_OK) != 0 && uri) {
            char *u = uri + sprintf(uri, "file:");
            for (const unsigned char *p = (const unsigned char *)path; *p; p++)
                if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                    strchr("/-._~", *p))
                    *u++ = (char)*p;
                else
                    u += sprintf(u, "%%%02X", *p);
            strcpy(u, "?immutable=1");
            sqlite3_close(s->db);
            s->db = NULL;
            rc = open_ro(s, uri, SQLITE_OPEN_URI);
        }
        free(uri);
    }
    int v = 0;
    if (rc == SQLITE_OK && user_version(s->db, &v) == SQLITE_OK && v > SCHEMA_VERSION) {
        mr_store_close(s);
        return newer(path, v, err, errsz);
    }
    if (rc != SQLITE_OK) {
        mr_fmt(err, errsz, "store: %s is not a usable database: %s", path, s->db ? sqlite3_errmsg(s->db) : "cannot open");
        mr_store_close(s);
        return rc == SQLITE_CANTOPEN || rc == SQLITE_IOERR || rc == SQLITE_PERM || rc == SQLITE_READONLY ? MR_ERR_IO
                                                                                                        : MR_ERR_FORMAT;
    }
    *out = s;
    return MR_OK;
}

void mr_store_close(mr_store *s) {
    if (!s) return;
    sqlite3_close(s->db);
    free(s);
}

const char *mr_store_errmsg(const mr_store *s) { return s ? s->err : "store is NULL"; }

int mr_store_add_rec(mr_store *s, const char *user, int64_t when, mr_activity a, mr_intensity i, int minutes,
                     const char *payload, int64_t *rec_id) {
    if (!s || !user || !payload || a < 0 || a >= MR_ACT_COUNT) return MR_ERR_INVALID_ARG;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO recs(user, created, activity, intensity, minutes, payload) "
                                  "VALUES (?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: insert");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, when);
    sqlite3_bind_text(st, 3, mr_kb_activity(a)->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, mr_kb_intensity_name(i), -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, minutes);
    sqlite3_bind_text(st, 6, payload, -1, SQLITE_TRANSIENT);
    int rc = step(st) == SQLITE_DONE ? MR_OK : fail(s, MR_ERR_IO, "store: insert");
    sqlite3_finalize(st);
    if (rc == MR_OK && rec_id) *rec_id = sqlite3_last_insert_rowid(s->db);
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
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM recs WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: lookup");
    sqlite3_bind_int64(st, 1, rec_id);
    int found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    if (!found) {
        mr_fmt(s->err, sizeof s->err, "feedback: no recommendation %lld", (long long)rec_id);
        return MR_ERR_INVALID_ARG;
    }
    if (sqlite3_prepare_v2(s->db, "INSERT INTO feedback(rec_id, created, rating, completed, rpe, comment) "
                                  "VALUES (?, ?, ?, ?, ?, ?)", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: insert");
    sqlite3_bind_int64(st, 1, rec_id);
    sqlite3_bind_int64(st, 2, when);
    sqlite3_bind_int(st, 3, rating);
    sqlite3_bind_int(st, 4, completed);
    if (rpe < 0) sqlite3_bind_null(st, 5); else sqlite3_bind_int(st, 5, rpe);
    if (comment) sqlite3_bind_text(st, 6, comment, -1, SQLITE_TRANSIENT); else sqlite3_bind_null(st, 6);
    int rc = step(st) == SQLITE_DONE ? MR_OK : fail(s, MR_ERR_IO, "store: insert");
    sqlite3_finalize(st);
    return rc;
}

int mr_store_priors(mr_store *s, const char *user, mr_prior priors[MR_ACT_COUNT]) {
    for (int a = 0; a < MR_ACT_COUNT; a++) priors[a] = (mr_prior){1, 1, 1, 1, 0};
    if (!s || !user) return MR_ERR_INVALID_ARG;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT r.activity, f.rating, f.completed FROM feedback f "
                                  "JOIN recs r ON r.id = f.rec_id WHERE r.user = ?", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: priors");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int a = mr_kb_activity_find((const char *)sqlite3_column_text(st, 0));
        if (a < 0) continue;
        int rating = sqlite3_column_int(st, 1), done = sqlite3_column_int(st, 2);
        mr_prior *p = &priors[a];
        if (rating >= 4) p->like_a += 1;
        else if (rating <= 2) p->like_b += 1;
        else { p->like_a += 0.5; p->like_b += 0.5; }
        if (done) p->done_a += 1; else p->done_b += 1;
        p->n++;
    }
    sqlite3_finalize(st);
    return MR_OK;
}

/* user ids and comments are stored as given: any bytes */
static void json_str(FILE *out, const char *s) { mr_json_str(out, s, s ? strlen(s) : 0); }

int mr_store_export(mr_store *s, const char *user, FILE *out) {
    if (!s || !user || !out) return MR_ERR_INVALID_ARG;
    sqlite3_stmt *st, *fb;
    if (sqlite3_prepare_v2(s->db, "SELECT id, created, activity, intensity, minutes, payload FROM recs "
                                  "WHERE user = ? ORDER BY id", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: export");
    if (sqlite3_prepare_v2(s->db, "SELECT created, rating, completed, rpe, comment FROM feedback "
                                  "WHERE rec_id = ? ORDER BY created", -1, &fb, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return fail(s, MR_ERR_IO, "store: export");
    }
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        fprintf(out, "{\"rec_id\":%lld,\"user\":", (long long)sqlite3_column_int64(st, 0));
        json_str(out, user);
        fprintf(out, ",\"created\":%lld,\"activity\":", (long long)sqlite3_column_int64(st, 1));
        json_str(out, (const char *)sqlite3_column_text(st, 2));
        fputs(",\"intensity\":", out);
        json_str(out, (const char *)sqlite3_column_text(st, 3));
        fprintf(out, ",\"minutes\":%d,\"recommendation\":%s,\"feedback\":[", sqlite3_column_int(st, 4),
                (const char *)sqlite3_column_text(st, 5));
        sqlite3_reset(fb);
        sqlite3_bind_int64(fb, 1, sqlite3_column_int64(st, 0));
        int first = 1;
        while (sqlite3_step(fb) == SQLITE_ROW) {
            fprintf(out, "%s{\"created\":%lld,\"rating\":%d,\"completed\":%s,\"rpe\":", first ? "" : ",",
                    (long long)sqlite3_column_int64(fb, 0), sqlite3_column_int(fb, 1),
                    sqlite3_column_int(fb, 2) ? "true" : "false");
            if (sqlite3_column_type(fb, 3) == SQLITE_NULL) fputs("null", out);
            else fprintf(out, "%d", sqlite3_column_int(fb, 3));
            fputs(",\"comment\":", out);
            if (sqlite3_column_type(fb, 4) == SQLITE_NULL) fputs("null", out);
            else json_str(out, (const char *)sqlite3_column_text(fb, 4));
            fputc('}', out);
            first = 0;
        }
        fputs("]}\n", out);
    }
    sqlite3_finalize(fb);
    sqlite3_finalize(st);
    return ferror(out) ? MR_ERR_IO : MR_OK;
}

int mr_store_add_workout(mr_store *s, const char *user, int64_t when, int day, mr_activity a, int minutes, int rpe) {
    if (!s || !user || !*user || a < 0 || a >= MR_ACT_COUNT || minutes < 1 || minutes > 600 ||
        (rpe != -1 && (rpe < 6 || rpe > 20))) {
        if (s) mr_fmt(s->err, sizeof s->err, "log: activity, minutes 1-600 and rpe 6-20 needed");
        return MR_ERR_INVALID_ARG;
    }
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO workouts(user, created, day, activity, minutes, rpe) VALUES (?, ?, ?, ?, ?, ?)",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: log");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, when);
    sqlite3_bind_int(st, 3, day);
    sqlite3_bind_text(st, 4, mr_kb_activity(a)->id, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, minutes);
    if (rpe < 0) sqlite3_bind_null(st, 6); else sqlite3_bind_int(st, 6, rpe);
    int rc = step(st) == SQLITE_DONE ? MR_OK : fail(s, MR_ERR_IO, "store: log");
    sqlite3_finalize(st);
    return rc;
}

int mr_store_recent_sessions(mr_store *s, const char *user, int64_t now, int days, struct mr_session *out, int cap) {
    if (!s || !user || cap <= 0 || !has_table(s, "workouts")) return 0;
    int today = (int)(now / 86400), n = 0;
    sqlite3_stmt *st;
    /* logged workouts, and recommendations reported done (with their RPE) */
    if (sqlite3_prepare_v2(s->db,
                           "SELECT activity, minutes, day, rpe FROM workouts WHERE user = ?1 AND day > ?2 "
                           "UNION ALL "
                           "SELECT r.activity, r.minutes, f.created / 86400, f.rpe FROM feedback f JOIN recs r ON r.id = f.rec_id "
                           "WHERE r.user = ?1 AND f.completed = 1 AND r.minutes > 0 AND f.created / 86400 > ?2 "
                           "ORDER BY 3 DESC",
                           -1, &st, NULL) != SQLITE_OK)
        return 0;
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, today - days);
    while (n < cap && sqlite3_step(st) == SQLITE_ROW) {
        int a = mr_kb_activity_find((const char *)sqlite3_column_text(st, 0));
        if (a < 0) continue;
        out[n].activity = (mr_activity)a;
        out[n].minutes = sqlite3_column_int(st, 1);
        out[n].days_ago = today - sqlite3_column_int(st, 2);
        if (out[n].days_ago < 0) out[n].days_ago = 0;
        out[n].rpe = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 3);
        n++;
    }
    sqlite3_finalize(st);
    return n;
}

int mr_store_forget(mr_store *s, const char *user, int *n_deleted) {
    if (!s || !user) return MR_ERR_INVALID_ARG;
    if (exec_retry(s->db, "BEGIN IMMEDIATE") != SQLITE_OK) return fail(s, MR_ERR_IO, "store: forget");
    /* the log, then the recommendations (their feedback goes with them: ON DELETE CASCADE) */
    static const char *const del[3] = {"DELETE FROM workouts WHERE user = ?", "DELETE FROM profiles WHERE user = ?",
                                       "DELETE FROM recs WHERE user = ?"};
    int rc = MR_OK;
    for (int k = 0; k < 3 && rc == MR_OK; k++) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(s->db, del[k], -1, &st, NULL) != SQLITE_OK) {
            rc = fail(s, MR_ERR_IO, "store: forget");
            break;
        }
        sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
        if (step(st) != SQLITE_DONE) rc = fail(s, MR_ERR_IO, "store: forget");
        sqlite3_finalize(st);
        if (k == 2 && n_deleted) *n_deleted = sqlite3_changes(s->db);
    }
    sqlite3_exec(s->db, rc == MR_OK ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
    if (rc == MR_OK) sqlite3_exec(s->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
    return rc;
}

int mr_store_set_profile(mr_store *s, const char *user, int64_t when, const char *json) {
    if (!s || !user || !*user || !json) return MR_ERR_INVALID_ARG;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO profiles(user, updated, json) VALUES (?, ?, ?) "
                                  "ON CONFLICT(user) DO UPDATE SET updated = excluded.updated, json = excluded.json",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: profile");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, when);
    sqlite3_bind_text(st, 3, json, -1, SQLITE_TRANSIENT);
    int rc = step(st) == SQLITE_DONE ? MR_OK : fail(s, MR_ERR_IO, "store: profile");
    sqlite3_finalize(st);
    return rc;
}

int mr_store_get_profile(mr_store *s, const char *user, char **json) {
    *json = NULL;
    if (!s || !user) return MR_ERR_INVALID_ARG;
    if (!has_table(s, "profiles")) return MR_OK;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT json FROM profiles WHERE user = ?", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: profile");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    int rc = MR_OK;
    if (step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        if (t && !(*json = strdup(t))) rc = MR_ERR_OOM;
    }
    sqlite3_finalize(st);
    return rc;
}

/* Days since 1970-01-01 as YYYY-MM-DD (Howard Hinnant's civil_from_days). */
static void civil(int64_t z, char out[16]) {
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

int mr_store_history(mr_store *s, const char *user, const char *lang, FILE *out) {
    if (!s || !user || !out) return MR_ERR_INVALID_ARG;
    int z = lang && !strcmp(lang, "zh");
    /* recommendations with their latest feedback, and logged workouts, by date */
    sqlite3_stmt *st;
    int logs = has_table(s, "workouts");
    if (sqlite3_prepare_v2(s->db, logs ?
                           "SELECT r.created / 86400, 'rec', r.id, r.activity, r.intensity, r.minutes, "
                           "  (SELECT rpe FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1), "
                           "  (SELECT rating FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1), "
                           "  (SELECT completed FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1) "
                           "FROM recs r WHERE r.user = ?1 "
                           "UNION ALL "
                           "SELECT day, 'log', id, activity, NULL, minutes, rpe, NULL, 1 FROM workouts WHERE user = ?1 "
                           "ORDER BY 1, 3" :
                           "SELECT r.created / 86400, 'rec', r.id, r.activity, r.intensity, r.minutes, "
                           "  (SELECT rpe FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1), "
                           "  (SELECT rating FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1), "
                           "  (SELECT completed FROM feedback f WHERE f.rec_id = r.id ORDER BY created DESC LIMIT 1) "
                           "FROM recs r WHERE r.user = ?1 ORDER BY 1, 3",
                           -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: history");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    fprintf(out, z ? "%-10s  %-8s  %-8s  %-12s  %4s  %4s  %-4s  %s\n" : "%-10s  %-8s  %-8s  %-16s  %7s  %4s  %-6s  %s\n",
            z ? "日期" : "date", z ? "来源" : "source", z ? "编号" : "id", z ? "活动" : "activity",
            z ? "分钟" : "minutes", "RPE", z ? "评分" : "rating", z ? "完成" : "done");
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        char date[16];
        civil(sqlite3_column_int64(st, 0), date);
        int is_rec = !strcmp((const char *)sqlite3_column_text(st, 1), "rec");
        int a = mr_kb_activity_find((const char *)sqlite3_column_text(st, 3));
        const char *act = a < 0 ? "?" : z ? mr_kb_activity((mr_activity)a)->zh : mr_kb_activity((mr_activity)a)->id;
        char rpe[8] = "-", rating[8] = "-", id[24];
        if (sqlite3_column_type(st, 6) != SQLITE_NULL) snprintf(rpe, sizeof rpe, "%d", sqlite3_column_int(st, 6));
        if (sqlite3_column_type(st, 7) != SQLITE_NULL) snprintf(rating, sizeof rating, "%d/5", sqlite3_column_int(st, 7));
        snprintf(id, sizeof id, "%s%lld", is_rec ? "#" : "", (long long)sqlite3_column_int64(st, 2));
        const char *done = sqlite3_column_type(st, 8) == SQLITE_NULL ? "-"
                           : sqlite3_column_int(st, 8)               ? (z ? "是" : "yes")
                                                                     : (z ? "否" : "no");
        const char *src = is_rec ? (z ? "建议" : "advice") : (z ? "记录" : "logged");
        if (z) /* CJK characters are two columns wide: pad by hand */
            fprintf(out, "%-10s  %s%*s  %-8s  %s%*s  %4d  %4s  %-4s  %s\n", date, src, 4, "", id, act,
                    (int)(12 - 2 * mr_utf8_chars(act)) > 0 ? (int)(12 - 2 * mr_utf8_chars(act)) : 0, "",
                    sqlite3_column_int(st, 5), rpe, rating, done);
        else
            fprintf(out, "%-10s  %-8s  %-8s  %-16s  %7d  %4s  %-6s  %s\n", date, src, id, act, sqlite3_column_int(st, 5),
                    rpe, rating, done);
        n++;
    }
    sqlite3_finalize(st);
    if (!n) fprintf(out, "%s\n", z ? "（还没有记录）" : "(nothing yet)");
    return ferror(out) ? MR_ERR_IO : MR_OK;
}

int mr_store_last_language(mr_store *s, const char *user, char lang[3]) {
    strcpy(lang, "en");
    if (!s || !user) return MR_ERR_INVALID_ARG;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT json_extract(payload, '$.language') FROM recs WHERE user = ? "
                                  "ORDER BY id DESC LIMIT 1", -1, &st, NULL) != SQLITE_OK)
        return fail(s, MR_ERR_IO, "store: history");
    sqlite3_bind_text(st, 1, user, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW) {
        const char *t = (const char *)sqlite3_column_text(st, 0);
        if (t && !strcmp(t, "zh")) strcpy(lang, "zh");
    }
    sqlite3_finalize(st);
    return MR_OK;
}
