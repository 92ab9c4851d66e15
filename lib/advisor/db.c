/* db.c - SQLite (Debian's libsqlite3) and PostgreSQL (libpq) behind db.h. */
#include "db.h"

#include <errno.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_PARAMS 8
/* How long a SQLite writer waits for another (a forget and its checkpoint,
 * a burst of recommendations) before giving up. */
#define BUSY_MS 10000

struct mr_db {
    sqlite3 *lite; /* exactly one of these two */
    PGconn *pg;
    int readonly;
    char name[256]; /* the target, shown without a password */
    char err[512];
};

struct mr_db_stmt {
    mr_db *db;
    sqlite3_stmt *lite;
    /* PostgreSQL: the SQL with $N, the parameters as text, the result and
     * the row being read */
    char *sql;
    char *param[MAX_PARAMS];
    int n_params;
    PGresult *res;
    int row, ran;
};

int mr_db_target_is_pg(const char *t) {
    return t && (!strncmp(t, "postgresql://", 13) || !strncmp(t, "postgres://", 11));
}

int mr_db_is_pg(const mr_db *db) { return db && db->pg; }

const char *mr_db_name(const mr_db *db) { return db ? db->name : ""; }

const char *mr_db_errmsg(const mr_db *db) { return db ? db->err : "no database"; }

/* libpq's messages end in a newline; keep the first line */
static void pg_err(mr_db *db, const char *msg) {
    mr_fmt(db->err, sizeof db->err, "%s", msg && *msg ? msg : "PostgreSQL error");
    char *nl = strchr(db->err, '\n');
    if (nl) *nl = 0;
}

static void lite_err(mr_db *db) { mr_fmt(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->lite)); }

static int busy(int rc) { return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED; }

/* The URI as it may be shown: without a password. */
static void redact(const char *uri, char *out, size_t size) {
    const char *at = strchr(uri, '@'), *scheme = strstr(uri, "://");
    const char *colon = scheme ? strchr(scheme + 3, ':') : NULL;
    if (at && colon && colon < at) snprintf(out, size, "%.*s:***%s", (int)(colon - uri), uri, at);
    else snprintf(out, size, "%s", uri);
}

static int pg_session(mr_db *db) {
    /* quiet NOTICEs ("relation already exists, skipping") off stderr */
    PQsetNoticeProcessor(db->pg, NULL, NULL);
    return mr_db_exec(db, db->readonly ? "SET client_min_messages = warning; SET default_transaction_read_only = on"
                                       : "SET client_min_messages = warning");
}

/* A connection the server dropped (a restart, a failover) is made again
 * before the next statement; the statement that met the drop has failed
 * and said so, and is not repeated, so nothing is written twice. */
static void pg_ready(mr_db *db) {
    if (PQstatus(db->pg) == CONNECTION_OK) return;
    PQreset(db->pg);
    if (PQstatus(db->pg) == CONNECTION_OK) pg_session(db);
}

static int open_pg(mr_db *db, const char *uri, int readonly, char *err, size_t errsz) {
    const char *shown = db->name;
    db->readonly = readonly;
    db->pg = PQconnectdb(uri);
    if (!db->pg) { mr_fmt(err, errsz, "store: out of memory connecting to %s", shown); return MR_ERR_OOM; }
    if (PQstatus(db->pg) != CONNECTION_OK) {
        pg_err(db, PQerrorMessage(db->pg));
        mr_fmt(err, errsz, "store: cannot connect to PostgreSQL at %s: %s", shown, db->err);
        return MR_ERR_IO;
    }
    int rc = pg_session(db);
    if (rc != MR_OK) mr_fmt(err, errsz, "store: %s: %s", shown, db->err);
    return rc;
}

/* SQLite opened read-only: a WAL database needs its -shm file, which a
 * reader creates when the directory lets it. When it cannot (read-only
 * media) and there is no -wal file, every committed change is in the
 * database file, and SQLite may read it as immutable. */
static int open_lite_ro(mr_db *db, const char *path) {
    int rc = sqlite3_open_v2(path, &db->lite, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db->lite, BUSY_MS);
        /* opening is lazy: touch the schema to find out */
        rc = sqlite3_exec(db->lite, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
    }
    if ((rc & 0xff) != SQLITE_READONLY && (rc & 0xff) != SQLITE_CANTOPEN) return rc;
    char wal[4096];
    snprintf(wal, sizeof wal, "%s-wal", path);
    if (access(wal, F_OK) == 0) return rc;
    size_t n = strlen(path);
    char *uri = malloc(3 * n + 32);
    if (!uri) return SQLITE_NOMEM;
    char *u = uri + sprintf(uri, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++)
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("/-._~", *p))
            *u++ = (char)*p;
        else
            u += sprintf(u, "%%%02X", *p);
    strcpy(u, "?immutable=1");
    sqlite3_close(db->lite);
    db->lite = NULL;
    rc = sqlite3_open_v2(uri, &db->lite, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_URI, NULL);
    free(uri);
    if (rc == SQLITE_OK) sqlite3_busy_timeout(db->lite, BUSY_MS);
    return rc;
}

static int open_lite(mr_db *db, const char *path, int readonly, char *err, size_t errsz) {
    if (readonly) {
        struct stat st;
        if (stat(path, &st) != 0) {
            if (errno == ENOENT) mr_fmt(err, errsz, "store: no database at %s (nothing has been stored there yet)", path);
            else mr_fmt(err, errsz, "store: cannot open %s: %s", path, strerror(errno));
            return MR_ERR_IO;
        }
        int rc = open_lite_ro(db, path);
        if (rc != SQLITE_OK) {
            mr_fmt(err, errsz, "store: %s is not a usable database: %s", path,
                   db->lite ? sqlite3_errmsg(db->lite) : "cannot open");
            return rc == SQLITE_CANTOPEN || rc == SQLITE_IOERR || rc == SQLITE_PERM || rc == SQLITE_READONLY
                       ? MR_ERR_IO : MR_ERR_FORMAT;
        }
        return MR_OK;
    }
    /* create the file owner-only before SQLite opens it */
    int fd = open(path, O_RDWR | O_CREAT, 0600);
    if (fd < 0) { mr_fmt(err, errsz, "store: cannot open %s: %s", path, strerror(errno)); return MR_ERR_IO; }
    close(fd);
    if (sqlite3_open_v2(path, &db->lite, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
        mr_fmt(err, errsz, "store: %s: %s", path, db->lite ? sqlite3_errmsg(db->lite) : "cannot open");
        return MR_ERR_IO;
    }
    sqlite3_busy_timeout(db->lite, BUSY_MS);
    chmod(path, 0600);
    return MR_OK;
}

int mr_db_open(const char *target, int readonly, mr_db **out, char *err, size_t errsz) {
    *out = NULL;
    if (!target || !*target) { mr_fmt(err, errsz, "store: no path"); return MR_ERR_INVALID_ARG; }
    mr_db *db = calloc(1, sizeof *db);
    if (!db) { mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
    redact(target, db->name, sizeof db->name);
    int rc = mr_db_target_is_pg(target) ? open_pg(db, target, readonly, err, errsz)
                                        : open_lite(db, target, readonly, err, errsz);
    if (rc != MR_OK) { mr_db_close(db); return rc; }
    *out = db;
    return MR_OK;
}

void mr_db_close(mr_db *db) {
    if (!db) return;
    if (db->lite) sqlite3_close(db->lite);
    if (db->pg) PQfinish(db->pg);
    free(db);
}

int mr_db_exec(mr_db *db, const char *sql) {
    if (db->pg) {
        pg_ready(db);
        PGresult *r = PQexec(db->pg, sql);
        int ok = r && (PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK);
        if (!ok) pg_err(db, r ? PQresultErrorMessage(r) : PQerrorMessage(db->pg));
        PQclear(r);
        return ok ? MR_OK : MR_ERR_IO;
    }
    int rc;
    for (int tries = 0; busy(rc = sqlite3_exec(db->lite, sql, NULL, NULL, NULL)) && tries < 400; tries++)
        sqlite3_sleep(5 + tries % 20);
    if (rc != SQLITE_OK) lite_err(db);
    if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT) return MR_ERR_FORMAT;
    return rc == SQLITE_OK ? MR_OK : MR_ERR_IO;
}

int mr_db_begin(mr_db *db) { return mr_db_exec(db, db->pg ? "BEGIN" : "BEGIN IMMEDIATE"); }

int mr_db_end(mr_db *db, int commit) {
    if (commit) return mr_db_exec(db, "COMMIT");
    char keep[sizeof db->err];
    memcpy(keep, db->err, sizeof keep); /* the error that caused the rollback is the one to report */
    mr_db_exec(db, "ROLLBACK");
    memcpy(db->err, keep, sizeof keep);
    return MR_OK;
}

mr_db_stmt *mr_db_prepare(mr_db *db, const char *sql) {
    mr_db_stmt *st = calloc(1, sizeof *st);
    if (!st) { mr_fmt(db->err, sizeof db->err, "out of memory"); return NULL; }
    st->db = db;
    if (db->lite) {
        if (sqlite3_prepare_v2(db->lite, sql, -1, &st->lite, NULL) != SQLITE_OK) {
            lite_err(db);
            free(st);
            return NULL;
        }
        return st;
    }
    /* ?N becomes $N; the store's SQL has no '?' inside literals */
    st->sql = malloc(strlen(sql) + 1);
    if (!st->sql) { mr_fmt(db->err, sizeof db->err, "out of memory"); free(st); return NULL; }
    char *o = st->sql;
    for (const char *p = sql; *p; p++) {
        if (*p == '?' && p[1] >= '1' && p[1] <= '0' + MAX_PARAMS) {
            int n = p[1] - '0';
            if (n > st->n_params) st->n_params = n;
            *o++ = '$';
        } else {
            *o++ = *p;
        }
    }
    *o = 0;
    return st;
}

static int bind_pg(mr_db_stmt *st, int i, const char *text) {
    if (i < 1 || i > MAX_PARAMS) return MR_ERR_INVALID_ARG;
    free(st->param[i - 1]);
    st->param[i - 1] = NULL;
    if (text && !(st->param[i - 1] = strdup(text))) return MR_ERR_OOM;
    return MR_OK;
}

int mr_db_bind_text(mr_db_stmt *st, int i, const char *text) {
    if (st->lite) return sqlite3_bind_text(st->lite, i, text, -1, SQLITE_TRANSIENT) == SQLITE_OK ? MR_OK : MR_ERR_OOM;
    return bind_pg(st, i, text);
}

int mr_db_bind_int(mr_db_stmt *st, int i, int64_t v) {
    if (st->lite) return sqlite3_bind_int64(st->lite, i, v) == SQLITE_OK ? MR_OK : MR_ERR_INVALID_ARG;
    char buf[24];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    return bind_pg(st, i, buf);
}

int mr_db_bind_null(mr_db_stmt *st, int i) {
    if (st->lite) return sqlite3_bind_null(st->lite, i) == SQLITE_OK ? MR_OK : MR_ERR_INVALID_ARG;
    return bind_pg(st, i, NULL);
}

int mr_db_step(mr_db_stmt *st) {
    if (st->lite) {
        int rc;
        /* wait out the moments the busy handler does not cover (a WAL being
         * reset by a checkpoint, a schema being created) */
        for (int tries = 0; busy(rc = sqlite3_step(st->lite)) && tries < 400; tries++) {
            sqlite3_reset(st->lite);
            sqlite3_sleep(5 + tries % 20);
        }
        if (rc == SQLITE_ROW) return 1;
        if (rc == SQLITE_DONE) return 0;
        lite_err(st->db);
        return MR_ERR_IO;
    }
    if (!st->ran) {
        st->ran = 1;
        st->row = -1;
        pg_ready(st->db);
        st->res = PQexecParams(st->db->pg, st->sql, st->n_params, NULL, (const char *const *)st->param, NULL, NULL, 0);
        ExecStatusType s = st->res ? PQresultStatus(st->res) : PGRES_FATAL_ERROR;
        if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
            pg_err(st->db, st->res ? PQresultErrorMessage(st->res) : PQerrorMessage(st->db->pg));
            return MR_ERR_IO;
        }
    }
    if (!st->res || PQresultStatus(st->res) != PGRES_TUPLES_OK) return 0;
    return ++st->row < PQntuples(st->res) ? 1 : 0;
}

int mr_db_isnull(mr_db_stmt *st, int col) {
    if (st->lite) return sqlite3_column_type(st->lite, col) == SQLITE_NULL;
    return PQgetisnull(st->res, st->row, col);
}

int64_t mr_db_int(mr_db_stmt *st, int col) {
    if (st->lite) return sqlite3_column_int64(st->lite, col);
    return PQgetisnull(st->res, st->row, col) ? 0 : strtoll(PQgetvalue(st->res, st->row, col), NULL, 10);
}

const char *mr_db_text(mr_db_stmt *st, int col) {
    if (st->lite) {
        const char *t = (const char *)sqlite3_column_text(st->lite, col);
        return t ? t : "";
    }
    return PQgetvalue(st->res, st->row, col); /* "" for NULL */
}

int64_t mr_db_changes(mr_db_stmt *st) {
    if (st->lite) return sqlite3_changes(st->db->lite);
    const char *n = st->res ? PQcmdTuples(st->res) : "";
    return *n ? strtoll(n, NULL, 10) : 0;
}

void mr_db_reset(mr_db_stmt *st) {
    if (st->lite) { sqlite3_reset(st->lite); return; }
    PQclear(st->res);
    st->res = NULL;
    st->ran = 0;
}

void mr_db_finalize(mr_db_stmt *st) {
    if (!st) return;
    if (st->lite) sqlite3_finalize(st->lite);
    PQclear(st->res);
    for (int i = 0; i < MAX_PARAMS; i++) free(st->param[i]);
    free(st->sql);
    free(st);
}
