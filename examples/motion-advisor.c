/* motion-advisor - exercise recommendations on top of libmotionrec, through
 * the public mr_advisor_* API only (and the batch reader of
 * lib/advisor/advisor_batch.c, which uses nothing else).
 *
 *   motion-advisor recommend --profile FILE.json [--user U] [--db FILE] [--json] [--model FILE.gguf] [--threads N]
 *   motion-advisor recommend --user U [...]           the saved profile of U
 *   motion-advisor recommend --batch FILE.jsonl [...]   one profile per line, one JSON line out per line
 *   motion-advisor plan --profile FILE.json | --user U [--json] [--db FILE] [--model FILE.gguf]
 *   motion-advisor profile set --user U --profile FILE.json [--db FILE]
 *   motion-advisor log --user U --activity A --minutes M [--rpe 6-20] [--date YYYY-MM-DD] [--db FILE]
 *   motion-advisor feedback --rec ID --rating 1-5 --completed yes|no [--rpe 6-20] [--comment TEXT] [--db FILE]
 *   motion-advisor history --user U [--db FILE]      a readable table
 *   motion-advisor export --user U [--db FILE]       JSON lines
 *   motion-advisor forget --user U [--db FILE]
 *   motion-advisor COMMAND --help
 *
 * FILE may be - for standard input. The database defaults to
 * $XDG_DATA_HOME/motionrec/advisor.db (or ~/.local/share/motionrec/advisor.db),
 * created owner-only by the commands that write; history and export only
 * read it. The model is --model FILE, else $MOTIONREC_MODEL, else the
 * shipped model found next to the program (an install's
 * share/motionrec/advisor-f16.gguf, or the source tree's
 * weights/advisor-f16.gguf); --model none reads with the knowledge rules
 * alone. */
#include <motionrec_advisor.h>
#include "motionrec.h"
#include "advisor_batch.h"
#include "strnum.h"
#include "utf8.h"
#include "profile.h"

#include <cjson/cJSON.h>

#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MR_MODEL_DIR
#define MR_MODEL_DIR "/usr/local/share/motionrec" /* make install sets PREFIX/share/motionrec */
#endif
#define MODEL_FILE "advisor-f16.gguf"

static const char *usage =
    "usage: motion-advisor recommend --profile FILE.json | --user U [--json] [--db FILE] [--model FILE.gguf] [--threads N] [--units U]\n"
    "       motion-advisor recommend --batch FILE.jsonl [--db FILE] [--model FILE.gguf] [--threads N]\n"
    "       motion-advisor plan --profile FILE.json | --user U [--json] [--db FILE] [--model FILE.gguf]\n"
    "       motion-advisor profile set --user U --profile FILE.json [--db FILE]\n"
    "       motion-advisor log --user U --activity A --minutes M [--rpe 6-20] [--date YYYY-MM-DD] [--db FILE]\n"
    "       motion-advisor feedback --rec ID --rating 1-5 --completed yes|no [--rpe 6-20] [--comment TEXT] [--db FILE]\n"
    "       motion-advisor history --user U [--db FILE]\n"
    "       motion-advisor export --user U [--db FILE]\n"
    "       motion-advisor forget --user U [--db FILE]\n"
    "motion-advisor COMMAND --help says more about each command.\n"
    "--model defaults to $MOTIONREC_MODEL, else the shipped " MODEL_FILE " (installed in " MR_MODEL_DIR ",\n"
    "or weights/ beside the build); --model none uses the knowledge rules alone.\n"
    "Not medical advice.\n";

#define DB_HELP "  --db FILE: the database (default $XDG_DATA_HOME/motionrec/advisor.db).\n"

/* Each command with the options it takes (anything else is refused, so
 * that a misplaced option is not silently ignored) and its own help. */
static const struct command {
    const char *name, *options, *help;
} commands[] = {
    {"recommend", " --profile --batch --user --db --json --model --threads --units ",
     "usage: motion-advisor recommend --profile FILE.json [--user U] [--json] [--db FILE] [--model FILE.gguf|none] [--threads N]\n"
     "       motion-advisor recommend --user U [--json] [...]\n"
     "       motion-advisor recommend --batch FILE.jsonl [--db FILE] [--model FILE.gguf|none] [--threads N]\n"
     "  A recommendation for the profile: a card in the profile's language, or JSON with --json.\n"
     "  --user U: the profile saved for U (profile set) with the --profile fields on top, field by field,\n"
     "  and U's logged workouts of the last 28 days; the recommendation is stored for U.\n"
     "  --batch: one profile per line; exactly one JSON line out per input line, the recommendation\n"
     "  or {\"error\":\"line N: ...\"} for a line that is not a valid profile (a blank line, a NUL byte\n"
     "  and invalid UTF-8 included); exits 1 when any line was refused.\n"
     "  FILE may be - for standard input. A profile with a \"user\" is stored in the database.\n"
     "  --model: default $MOTIONREC_MODEL, else the shipped " MODEL_FILE "; none: knowledge rules alone.\n"
     "  --threads 1-256 (default 2). --units metric|imperial: the card's units (the profile's \"units\";\n"
     "  a profile with weight_lb or temperature_f reads imperial already); JSON stays metric.\n" DB_HELP},
    {"plan", " --profile --user --db --json --model --threads --units ",
     "usage: motion-advisor plan --profile FILE.json | --user U [--json] [--db FILE] [--model FILE.gguf|none] [--threads N]\n"
     "  A week's plan from today: an activity, intensity, minutes, effort and a reason for each day,\n"
     "  meeting WHO 2020's weekly targets for the age where safety allows. --user as for recommend.\n"
     "  Nothing is stored.\n" DB_HELP},
    {"profile set", " --user --profile --db ",
     "usage: motion-advisor profile set --user U --profile FILE.json [--db FILE]\n"
     "  Saves a complete profile (\"age\" required) for user U; recommend --user U and plan --user U\n"
     "  use it. Replaces what was saved before.\n" DB_HELP},
    {"log", " --user --activity --minutes --rpe --date --db ",
     "usage: motion-advisor log --user U --activity A --minutes M [--rpe 6-20] [--date YYYY-MM-DD] [--db FILE]\n"
     "  Logs a workout U did (default today): it counts toward the week and the training load.\n"
     "  A: run swim cycle brisk_walk walk yoga tai_chi strength stationary_bike elliptical stretching\n"
     "  (or the Chinese names); M: 1-600; the date within the last year.\n" DB_HELP},
    {"feedback", " --rec --rating --completed --rpe --comment --db ",
     "usage: motion-advisor feedback --rec ID --rating 1-5 --completed yes|no [--rpe 6-20] [--comment TEXT] [--db FILE]\n"
     "  How a stored recommendation (the # on its card, rec_id in JSON) went; later recommendations\n"
     "  for that user use it, and a completed one counts as a workout (with its RPE).\n"
     "  The comment: UTF-8, at most 1000 bytes.\n" DB_HELP},
    {"history", " --user --db ",
     "usage: motion-advisor history --user U [--db FILE]\n"
     "  U's recommendations (with their latest feedback) and logged workouts, a table in U's language.\n"
     "  Only reads the database (a read-only file is fine); it must exist.\n" DB_HELP},
    {"export", " --user --db ",
     "usage: motion-advisor export --user U [--db FILE]\n"
     "  U's recommendations and feedback as JSON lines, for fine-tuning.\n"
     "  Only reads the database (a read-only file is fine); it must exist.\n" DB_HELP},
    {"forget", " --user --db ",
     "usage: motion-advisor forget --user U [--db FILE]\n"
     "  Deletes everything stored about user U: recommendations, feedback, workouts, the saved profile.\n" DB_HELP},
};

static int die(const char *msg) {
    fprintf(stderr, "motion-advisor: %s\n", msg);
    return 1;
}

/* The default database; its directory is made (owner-only) only for the
 * commands that may write, so that reading changes nothing on disk. */
static const char *default_db(char *buf, size_t n, int make_dir) {
    const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    char dir[3072];
    if (x && *x) snprintf(dir, sizeof dir, "%s/motionrec", x);
    else snprintf(dir, sizeof dir, "%s/.local/share/motionrec", home && *home ? home : ".");
    char tmp[3072];
    snprintf(tmp, sizeof tmp, "%s", dir);
    for (char *p = tmp + 1; make_dir && *p; p++) /* mkdir -p, owner-only */
        if (*p == '/') { *p = 0; mkdir(tmp, 0700); *p = '/'; }
    if (make_dir) mkdir(tmp, 0700);
    snprintf(buf, n, "%s/advisor.db", dir);
    return buf;
}

/* The shipped model beside the program: bin/../share/motionrec (an
 * install), build/../weights (the source tree), then MR_MODEL_DIR. */
static const char *shipped_model(char *buf, size_t n) {
    char exe[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    const char *rel[] = {"/../share/motionrec/" MODEL_FILE, "/../weights/" MODEL_FILE};
    if (len > 0) {
        exe[len] = 0;
        const char *dir = dirname(exe);
        for (int i = 0; i < 2; i++) {
            snprintf(buf, n, "%s%s", dir, rel[i]);
            if (access(buf, R_OK) == 0) return buf;
        }
    }
    snprintf(buf, n, "%s/%s", MR_MODEL_DIR, MODEL_FILE);
    return access(buf, R_OK) == 0 ? buf : NULL;
}

/* A whole file (or standard input for "-") as bytes, NUL-terminated for
 * convenience; *n is what counts. */
static char *read_file(const char *path, size_t *n) {
    int std = !strcmp(path, "-");
    FILE *f = std ? stdin : fopen(path, "rb");
    if (!f) { fprintf(stderr, "motion-advisor: cannot read %s: %s\n", path, strerror(errno)); return NULL; }
    size_t cap = 1 << 16, len = 0;
    char *t = malloc(cap);
    size_t k;
    while (t && (k = fread(t + len, 1, cap - len - 1, f)) > 0) {
        len += k;
        if (cap - len < 2) { char *u = realloc(t, cap *= 2); if (!u) { free(t); t = NULL; } else t = u; }
    }
    int bad = ferror(f);
    if (!std) fclose(f);
    if (!t || bad) {
        fprintf(stderr, "motion-advisor: %s reading %s\n", t ? "read error" : "out of memory",
                std ? "standard input" : path);
        free(t);
        return NULL;
    }
    t[len] = 0;
    *n = len;
    return t;
}

/* A call that writes into the caller's buffer, retried once with the size
 * it asks for. */
typedef mr_status (*writer)(mr_advisor *, const char *, int64_t, int, char *, size_t, size_t *);

static int call_growing(writer fn, mr_advisor *adv, const char *json, size_t len, int format, char **buf,
                        size_t *cap) {
    size_t need = 0;
    mr_status rc = fn(adv, json, (int64_t)len, format, *buf, *cap, &need);
    if (rc == MR_ERR_BUFFER_TOO_SMALL) {
        char *b = realloc(*buf, need);
        if (!b) return MR_ERR_OOM;
        *buf = b;
        *cap = need;
        rc = fn(adv, json, (int64_t)len, format, *buf, *cap, &need);
    }
    return rc;
}

/* The profile text with "user" set: {"user": U} alone, the file as it is
 * when it names the same user, or the file's object with it added; a file
 * for another user is refused. */
/* A rewritten profile in place of the text it came from (NULL: it failed). */
static char *replaced(char *old, char *rewritten) {
    free(old);
    return rewritten;
}

/* The first byte at or after i that is not JSON whitespace. */
static size_t skip_ws(const char *txt, size_t n, size_t i) {
    while (txt && i < n && (txt[i] == ' ' || txt[i] == '\t' || txt[i] == '\r' || txt[i] == '\n')) i++;
    return i;
}

/* The profile with "units" added in front, the rest byte for byte (so the
 * parser still sees and names whatever is wrong in it). A profile that
 * says other units itself is refused: two answers, neither silently. */
static char *with_units(const char *txt, size_t n, const char *units, size_t *out_n) {
    cJSON *o = cJSON_ParseWithLength(txt, n);
    const cJSON *had = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, "units") : NULL;
    int same = cJSON_IsString(had) && !strcmp(had->valuestring, units), other = had && !same;
    cJSON_Delete(o);
    if (other) {
        fprintf(stderr, "motion-advisor: the profile gives \"units\" itself; --units %s contradicts it\n", units);
        return NULL;
    }
    size_t i = 0;
    i = skip_ws(txt, n, i);
    if (same || i >= n || txt[i] != '{') { /* nothing to add, or not an object: the parser says so */
        char *q = malloc(n + 1);
        if (q) { memcpy(q, txt, n); q[n] = 0; *out_n = n; }
        return q;
    }
    size_t j = i + 1;
    j = skip_ws(txt, n, j);
    char head[40];
    int hn = snprintf(head, sizeof head, "{\"units\":\"%s\"%s", units, j < n && txt[j] != '}' ? "," : "");
    char *q = malloc((size_t)hn + (n - i - 1) + 1);
    if (!q) return NULL;
    memcpy(q, head, (size_t)hn);
    memcpy(q + hn, txt + i + 1, n - i - 1);
    *out_n = (size_t)hn + (n - i - 1);
    q[*out_n] = 0;
    return q;
}

static char *with_user(const char *txt, size_t n, const char *user, size_t *out_n) {
    char owner[256];
    if (txt && mr_profile_user(txt, n, owner, sizeof owner)) {
        if (strcmp(owner, user)) {
            fprintf(stderr, "motion-advisor: the profile is for user \"%.60s\", not \"%.60s\"\n", owner, user);
            return NULL;
        }
        char *same = malloc(n + 1);
        if (same) { memcpy(same, txt, n); same[n] = 0; *out_n = n; }
        return same;
    }
    char *q = NULL;
    size_t qn = 0;
    FILE *f = open_memstream(&q, &qn);
    if (!f) return NULL;
    size_t i = 0;
    i = skip_ws(txt, n, i);
    int obj = txt && i < n && txt[i] == '{';
    fputs("{\"user\":", f);
    mr_json_str(f, user, strlen(user));
    if (obj) {
        size_t j = i + 1;
        j = skip_ws(txt, n, j);
        if (j < n && txt[j] != '}') fputc(',', f);
        fwrite(txt + i + 1, 1, n - i - 1, f);
    } else if (txt && n) {
        fputs("} ", f); /* not an object: let the parser say so */
        fwrite(txt, 1, n, f);
    } else {
        fputc('}', f);
    }
    fclose(f);
    *out_n = qn;
    return q;
}

/* YYYY-MM-DD to Unix time at noon UTC of that day. */
static int parse_date(const char *v, int64_t *t) {
    int y, m, d, k = 0;
    if (sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &k) != 3 || v[k] || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > mdays[m - 1] || (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))) return 0;
    int64_t yy = m <= 2 ? y - 1 : y; /* days from civil (Howard Hinnant) */
    int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
    int64_t yoe = yy - era * 400, doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    *t = (era * 146097 + doe - 719468) * 86400 + 12 * 3600;
    return 1;
}

static const char *find_model(const char *model, char *buf, size_t n) {
    if (!model) model = getenv("MOTIONREC_MODEL");
    if (!model) {
        model = shipped_model(buf, n);
        if (!model)
            fprintf(stderr, "motion-advisor: no model found (%s beside the program or in %s); reading with the "
                            "knowledge rules alone\n", MODEL_FILE, MR_MODEL_DIR);
    }
    if (model && (!*model || !strcmp(model, "none"))) model = NULL;
    return model;
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2;
    }
    char cmdbuf[64];
    int first = 2;
    if (!strcmp(argv[1], "profile")) { /* the one two-word command */
        if (argc < 3 || strcmp(argv[2], "set")) {
            fprintf(stderr, "motion-advisor: profile needs a subcommand: profile set (see motion-advisor --help)\n");
            return 1;
        }
        snprintf(cmdbuf, sizeof cmdbuf, "profile set");
        first = 3;
    } else {
        snprintf(cmdbuf, sizeof cmdbuf, "%.63s", argv[1]);
    }
    const char *cmd = cmdbuf;
    const struct command *command = NULL;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name)) command = &commands[i];
    if (!command) { fprintf(stderr, "motion-advisor: unknown command %s\n%s", cmd, usage); return 1; }
    const char *profile = NULL, *batch = NULL, *db = NULL, *user = NULL, *comment = NULL, *model = NULL,
               *activity = NULL;
    int64_t rec = -1, when = 0;
    char err[512] = "";
    int rating = -1, completed = -1, rpe = -1, json = 0, threads = 2, minutes = -1;
    const char *units = NULL;
    char given[512] = " "; /* the options seen, to refuse one given twice */
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(command->help, stdout); return 0; }
        char key[64];
        snprintf(key, sizeof key, " %.60s ", a);
        if (a[0] != '-') {
            fprintf(stderr, "motion-advisor: unexpected argument %s (see motion-advisor %s --help)\n", a, cmd);
            return 1;
        }
        if (strchr(a, ' ') || !strstr(command->options, key)) { /* a space could match two names at once */
            fprintf(stderr, "motion-advisor: %s does not take %s (see motion-advisor %s --help)\n", cmd, a, cmd);
            return 1;
        }
        if (strstr(given, key)) { fprintf(stderr, "motion-advisor: %s given twice\n", a); return 1; }
        if (strlen(given) + strlen(key) < sizeof given) strcat(given, key + 1);
        if (!strcmp(a, "--json")) { json = 1; continue; }
        const char *v = i + 1 < argc ? argv[++i] : NULL;
        if (!v) { fprintf(stderr, "motion-advisor: %s needs a value\n", a); return 1; }
        if (!strcmp(a, "--profile")) profile = v;
        else if (!strcmp(a, "--batch")) batch = v;
        else if (!strcmp(a, "--db")) db = v;
        else if (!strcmp(a, "--user")) user = v;
        else if (!strcmp(a, "--comment")) comment = v;
        else if (!strcmp(a, "--model")) model = v;
        else if (!strcmp(a, "--activity")) activity = v;
        else if (!strcmp(a, "--units")) {
            if (strcmp(v, "metric") && strcmp(v, "imperial")) return die("--units must be metric or imperial");
            units = v;
        }
        else if (!strcmp(a, "--date")) {
            if (!parse_date(v, &when)) {
                fprintf(stderr, "motion-advisor: --date: '%.40s' is not a date YYYY-MM-DD\n", v);
                return 1;
            }
        }
        /* numbers: the whole text, in range, or a message naming both */
        else if (!strcmp(a, "--threads")) { if (mr_strnum_int(v, 1, 256, a, &threads, err, sizeof err)) return die(err); }
        else if (!strcmp(a, "--rec")) { if (mr_strnum_i64(v, 1, INT64_MAX, a, &rec, err, sizeof err)) return die(err); }
        else if (!strcmp(a, "--rating")) { if (mr_strnum_int(v, 1, 5, a, &rating, err, sizeof err)) return die(err); }
        else if (!strcmp(a, "--rpe")) { if (mr_strnum_int(v, 6, 20, a, &rpe, err, sizeof err)) return die(err); }
        else if (!strcmp(a, "--minutes")) { if (mr_strnum_int(v, 1, 600, a, &minutes, err, sizeof err)) return die(err); }
        else if (!strcmp(a, "--completed")) {
            if (!strcmp(v, "yes")) completed = 1;
            else if (!strcmp(v, "no")) completed = 0;
            else return die("--completed must be yes or no");
        }
    }
    if (user && !*user) return die("--user needs a non-empty id");
    char dbbuf[3200];
    mr_advisor_params ap = mr_advisor_default_params();
    ap.n_threads = threads;
    if (!strcmp(cmd, "recommend") || !strcmp(cmd, "plan")) {
        int is_plan = !strcmp(cmd, "plan");
        if (batch && (profile || user)) return die("recommend --batch takes neither --profile nor --user");
        if (!batch && !profile && !user)
            return die(is_plan ? "plan needs --profile FILE.json or --user U"
                               : "recommend needs --profile FILE.json, --user U or --batch FILE.jsonl");
        char modelbuf[4200];
        size_t n = 0;
        char *txt = NULL;
        if (profile || batch) {
            txt = read_file(profile ? profile : batch, &n);
            if (!txt) return 1;
        }
        if (units && batch) { free(txt); return die("--units is for --profile and --user; a batch line says \"units\" itself"); }
        /* the saved profile of U with the file's fields on top; then the units asked for */
        if (user && !(txt = replaced(txt, with_user(txt, n, user, &n)))) return 1;
        if (units && !(txt = replaced(txt, with_units(txt, n, units, &n)))) return 1;
        ap.model_path = find_model(model, modelbuf, sizeof modelbuf);
        ap.db_path = db ? db : default_db(dbbuf, sizeof dbbuf, !is_plan); /* opened only for a profile with a user */
        mr_advisor *adv = mr_advisor_new(&ap, err, sizeof err);
        if (!adv) { free(txt); return die(err); }
        int rc = 0;
        if (!batch) {
            char *out = NULL;
            size_t cap = 0;
            int r = call_growing(is_plan ? mr_advisor_plan : mr_advisor_recommend, adv, txt, n,
                                 json ? MR_ADVISOR_JSON : MR_ADVISOR_CARD, &out, &cap);
            if (r != MR_OK) rc = die(r == MR_ERR_OOM ? "out of memory" : mr_advisor_errmsg(adv));
            else printf("%s%s", out, json ? "\n" : "");
            free(out);
        } else {
            long long lines = 0;
            int bad = mr_advisor_batch(adv, txt, n, stdout, &lines);
            if (bad < 0) rc = die(bad == MR_ERR_IO ? "cannot write the results" : "out of memory");
            else if (bad) fprintf(stderr, "motion-advisor: %d of %lld line(s) refused (see the \"error\" lines)\n", bad, lines);
            rc = bad ? 1 : 0;
        }
        free(txt);
        mr_advisor_free(adv);
        return rc;
    }
    int reads_only = !strcmp(cmd, "history") || !strcmp(cmd, "export");
    ap.db_path = db ? db : default_db(dbbuf, sizeof dbbuf, !reads_only);
    if (!strcmp(cmd, "feedback")) {
        if (rec < 0 || rating < 0 || completed < 0) return die("feedback needs --rec, --rating and --completed");
        mr_advisor *adv = mr_advisor_new(&ap, err, sizeof err);
        if (!adv) return die(err);
        int rc = mr_advisor_feedback(adv, rec, rating, completed, rpe, comment);
        if (rc == MR_OK) printf("feedback recorded for recommendation %lld\n", (long long)rec);
        else rc = die(mr_advisor_errmsg(adv));
        mr_advisor_free(adv);
        return rc ? 1 : 0;
    }
    /* profile set, log, history, export, forget */
    if (!user) { fprintf(stderr, "motion-advisor: %s needs --user U\n", cmd); return 1; }
    if (!strcmp(cmd, "profile set") && !profile) return die("profile set needs --profile FILE.json");
    if (!strcmp(cmd, "log") && (!activity || minutes < 0)) return die("log needs --activity A and --minutes M");
    mr_advisor *adv = mr_advisor_new(&ap, err, sizeof err);
    if (!adv) return die(err);
    int rc;
    if (!strcmp(cmd, "profile set")) {
        size_t n = 0, qn = 0;
        char *txt = read_file(profile, &n), *q = txt ? with_user(txt, n, user, &qn) : NULL;
        rc = !txt || !q ? MR_ERR_IO : mr_advisor_save_profile(adv, q, (int64_t)qn);
        if (rc == MR_OK) printf("profile saved for %s\n", user);
        free(txt);
        free(q);
        if (rc == MR_ERR_IO) { mr_advisor_free(adv); return 1; }
    } else if (!strcmp(cmd, "log")) {
        rc = mr_advisor_log(adv, user, activity, minutes, rpe, when);
        if (rc == MR_OK) printf("logged for %s: %s, %d min%s\n", user, activity, minutes, rpe > 0 ? "" : " (no RPE)");
    } else if (!strcmp(cmd, "forget")) {
        int32_t n = 0;
        rc = mr_advisor_forget(adv, user, &n);
        if (rc == MR_OK) printf("forgot %s: %d recommendation(s), their feedback, the workout log and the saved profile deleted\n",
                                user, (int)n);
    } else { /* history, export: read-only, the file must exist */
        int hist = !strcmp(cmd, "history");
        size_t need = 0;
        rc = hist ? mr_advisor_history(adv, user, NULL, 0, &need) : mr_advisor_export(adv, user, NULL, 0, &need);
        char *buf = rc == MR_ERR_BUFFER_TOO_SMALL ? malloc(need) : NULL;
        if (buf) rc = hist ? mr_advisor_history(adv, user, buf, need, NULL) : mr_advisor_export(adv, user, buf, need, NULL);
        if (rc == MR_OK && buf) fputs(buf, stdout);
        else if (!buf && rc == MR_ERR_BUFFER_TOO_SMALL) rc = MR_ERR_OOM;
        free(buf);
    }
    if (rc != MR_OK) rc = die(rc == MR_ERR_OOM ? "out of memory" : mr_advisor_errmsg(adv));
    mr_advisor_free(adv);
    return rc ? 1 : 0;
}
