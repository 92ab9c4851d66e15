/* motion-advisor - exercise recommendations on top of libmotionrec.
 *
 *   motion-advisor recommend --profile FILE.json [--db FILE] [--json] [--model FILE.gguf]
 *   motion-advisor feedback --rec ID --rating 1-5 --completed yes|no [--rpe 6-20] [--comment TEXT] [--db FILE]
 *   motion-advisor history --user U [--db FILE]
 *   motion-advisor forget --user U [--db FILE]
 *   motion-advisor export --user U [--db FILE]
 *
 * The database defaults to $XDG_DATA_HOME/motionrec/advisor.db (or
 * ~/.local/share/motionrec/advisor.db), created owner-only. */
#include "advisor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static const char *usage =
    "usage: motion-advisor recommend --profile FILE.json [--db FILE] [--json] [--model FILE.gguf]\n"
    "       motion-advisor feedback --rec ID --rating 1-5 --completed yes|no [--rpe 6-20] [--comment TEXT] [--db FILE]\n"
    "       motion-advisor history --user U [--db FILE]\n"
    "       motion-advisor forget --user U [--db FILE]\n"
    "       motion-advisor export --user U [--db FILE]\n"
    "Not medical advice.\n";

static int die(const char *msg) {
    fprintf(stderr, "motion-advisor: %s\n", msg);
    return 1;
}

static const char *default_db(char *buf, size_t n) {
    const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    char dir[3072];
    if (x && *x) snprintf(dir, sizeof dir, "%s/motionrec", x);
    else snprintf(dir, sizeof dir, "%s/.local/share/motionrec", home && *home ? home : ".");
    char tmp[3072];
    snprintf(tmp, sizeof tmp, "%s", dir);
    for (char *p = tmp + 1; *p; p++) /* mkdir -p, owner-only */
        if (*p == '/') { *p = 0; mkdir(tmp, 0700); *p = '/'; }
    mkdir(tmp, 0700);
    snprintf(buf, n, "%s/advisor.db", dir);
    return buf;
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2;
    }
    const char *cmd = argv[1], *profile = NULL, *db = NULL, *user = NULL, *comment = NULL, *model = NULL;
    long long rec = -1;
    int rating = -1, completed = -1, rpe = -1, json = 0;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--json")) { json = 1; continue; }
        if (!v) { fprintf(stderr, "motion-advisor: %s needs a value\n", a); return 1; }
        i++;
        char *end;
        if (!strcmp(a, "--profile")) profile = v;
        else if (!strcmp(a, "--db")) db = v;
        else if (!strcmp(a, "--user")) user = v;
        else if (!strcmp(a, "--comment")) comment = v;
        else if (!strcmp(a, "--model")) model = v;
        else if (!strcmp(a, "--rec")) { rec = strtoll(v, &end, 10); if (*end || rec < 0) return die("--rec must be an id"); }
        else if (!strcmp(a, "--rating")) { rating = (int)strtol(v, &end, 10); if (*end) return die("--rating must be 1-5"); }
        else if (!strcmp(a, "--rpe")) { rpe = (int)strtol(v, &end, 10); if (*end) return die("--rpe must be 6-20"); }
        else if (!strcmp(a, "--completed")) {
            if (!strcmp(v, "yes")) completed = 1;
            else if (!strcmp(v, "no")) completed = 0;
            else return die("--completed must be yes or no");
        } else { fprintf(stderr, "motion-advisor: unknown option %s\n%s", a, usage); return 1; }
    }
    char dbbuf[3200], err[512] = "";
    if (!strcmp(cmd, "recommend")) {
        if (!profile) return die("recommend needs --profile FILE.json");
        FILE *f = fopen(profile, "rb");
        if (!f) { fprintf(stderr, "motion-advisor: cannot read %s: %s\n", profile, strerror(errno)); return 1; }
        char *txt = malloc(1 << 20);
        size_t n = txt ? fread(txt, 1, (1 << 20) - 1, f) : 0;
        fclose(f);
        if (!txt) return die("out of memory");
        mr_profile p;
        /* validate first: an invalid profile writes nothing */
        if (mr_profile_parse(txt, n, &p, err, sizeof err) != MR_OK) { free(txt); return die(err); }
        free(txt);
        mr_store *st = NULL;
        if (p.user[0] && mr_store_open(db ? db : default_db(dbbuf, sizeof dbbuf), &st, err, sizeof err) != MR_OK)
            return die(err);
        mr_model *m = NULL;
        mr_ctx *ctx = NULL;
        if (model) {
            m = mr_model_load(model, NULL, err, sizeof err);
            if (!m) { mr_store_close(st); return die(err); }
            mr_ctx_params cp = mr_ctx_default_params();
            cp.n_threads = 2;
            ctx = mr_ctx_new(m, &cp);
        }
        mr_recommendation r;
        int rc = mr_advise(&p, ctx, st, (int64_t)time(NULL), &r, err, sizeof err);
        mr_ctx_free(ctx);
        mr_model_free(m);
        mr_store_close(st);
        if (rc != MR_OK) return die(err);
        if (json) { mr_recommendation_json(&r, stdout); putchar('\n'); }
        else mr_recommendation_card(&r, stdout);
        return 0;
    }
    mr_store *st;
    if (!strcmp(cmd, "feedback")) {
        if (rec < 0 || rating < 0 || completed < 0) return die("feedback needs --rec, --rating and --completed");
        if (mr_store_open(db ? db : default_db(dbbuf, sizeof dbbuf), &st, err, sizeof err) != MR_OK) return die(err);
        int rc = mr_store_add_feedback(st, rec, (int64_t)time(NULL), rating, completed, rpe, comment);
        if (rc != MR_OK) { snprintf(err, sizeof err, "%s", mr_store_errmsg(st)); mr_store_close(st); return die(err); }
        mr_store_close(st);
        printf("feedback recorded for recommendation %lld\n", rec);
        return 0;
    }
    if (!strcmp(cmd, "history") || !strcmp(cmd, "export") || !strcmp(cmd, "forget")) {
        if (!user) return die("needs --user U");
        if (mr_store_open(db ? db : default_db(dbbuf, sizeof dbbuf), &st, err, sizeof err) != MR_OK) return die(err);
        int rc, n = 0;
        if (!strcmp(cmd, "forget")) {
            rc = mr_store_forget(st, user, &n);
            if (rc == MR_OK) printf("forgot %s: %d recommendation(s) and their feedback deleted\n", user, n);
        } else {
            rc = mr_store_export(st, user, stdout);
        }
        if (rc != MR_OK) snprintf(err, sizeof err, "%s", mr_store_errmsg(st));
        mr_store_close(st);
        return rc == MR_OK ? 0 : die(err);
    }
    fprintf(stderr, "motion-advisor: unknown command %s\n%s", cmd, usage);
    return 1;
}
