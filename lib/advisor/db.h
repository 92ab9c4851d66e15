/* db.h - one connection to the advisor's database: a SQLite file (the
 * default, one machine) or a PostgreSQL server (a "postgresql://" or
 * "postgres://" URI, so that several processes on several machines share
 * one store). The store writes its SQL once, with ?1, ?2 ... parameters,
 * and this layer runs it on either; the few places where the two dialects
 * differ (the schema, locking a transaction) ask mr_db_is_pg(). Internal. */
#ifndef MR_DB_H
#define MR_DB_H

#include "common.h"

#include <stdint.h>

typedef struct mr_db mr_db;
typedef struct mr_db_stmt mr_db_stmt;

/* Is this target a PostgreSQL URI (rather than a file path)? */
MR_INTERNAL int mr_db_target_is_pg(const char *target);

/* Opens target. A file is created owner-only (0600) unless readonly, in
 * which case a missing file is MR_ERR_IO ("no database at ..."). A
 * PostgreSQL connection opened readonly runs every transaction read-only.
 * Errors name the target (a URI without its password). */
MR_INTERNAL int mr_db_open(const char *target, int readonly, mr_db **out, char *err, size_t errsz);
MR_INTERNAL void mr_db_close(mr_db *db);
MR_INTERNAL int mr_db_is_pg(const mr_db *db);
/* The target as messages may show it (a URI without its password). */
MR_INTERNAL const char *mr_db_name(const mr_db *db);
/* The last error on this connection, from the database. */
MR_INTERNAL const char *mr_db_errmsg(const mr_db *db);

/* Statements without parameters or results (several, ;-separated). 0 or a
 * negative mr_status. SQLite waits out a busy database (up to 10 s). */
MR_INTERNAL int mr_db_exec(mr_db *db, const char *sql);
/* A write transaction: SQLite takes the write lock at once (BEGIN
 * IMMEDIATE), so that two writers never deadlock halfway. */
MR_INTERNAL int mr_db_begin(mr_db *db);
MR_INTERNAL int mr_db_end(mr_db *db, int commit);

/* sql uses ?1 .. ?8 for parameters. NULL on failure (mr_db_errmsg). */
MR_INTERNAL mr_db_stmt *mr_db_prepare(mr_db *db, const char *sql);
/* i is 1-based. Text is copied. Return 0 or MR_ERR_OOM. */
MR_INTERNAL int mr_db_bind_text(mr_db_stmt *st, int i, const char *text);
MR_INTERNAL int mr_db_bind_int(mr_db_stmt *st, int i, int64_t v);
MR_INTERNAL int mr_db_bind_null(mr_db_stmt *st, int i);
/* 1: a row is ready; 0: done; negative mr_status: failed (mr_db_errmsg). */
MR_INTERNAL int mr_db_step(mr_db_stmt *st);
/* Columns of the current row, 0-based. Text is valid until the next step. */
MR_INTERNAL int mr_db_isnull(mr_db_stmt *st, int col);
MR_INTERNAL int64_t mr_db_int(mr_db_stmt *st, int col);
MR_INTERNAL const char *mr_db_text(mr_db_stmt *st, int col); /* "" for NULL */
/* Rows changed by the statement just completed. */
MR_INTERNAL int64_t mr_db_changes(mr_db_stmt *st);
/* Ready to run again (bindings kept). */
MR_INTERNAL void mr_db_reset(mr_db_stmt *st);
MR_INTERNAL void mr_db_finalize(mr_db_stmt *st);

#endif
