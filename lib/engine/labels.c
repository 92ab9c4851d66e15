/* labels.c - classification labels from a list or a file (labels.h). */
#include "labels.h"
#include "lines.h"

#include <stdlib.h>
#include <string.h>

void mr_labels_free(mr_labels *l) {
    if (!l) return;
    free(l->v);
    free(l->store);
    memset(l, 0, sizeof *l);
}

/* Room for up to max labels of len bytes in all. */
static int alloc(mr_labels *l, size_t len, size_t max, char *err, size_t errsz) {
    memset(l, 0, sizeof *l);
    if (max > INT32_MAX) { mr_fmt(err, errsz, "too many labels"); return MR_ERR_INVALID_ARG; }
    l->store = malloc(len + max);
    l->v = malloc(max * sizeof *l->v);
    if (!l->store || !l->v) { mr_labels_free(l); mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
    return MR_OK;
}

int mr_labels_from_list(const char *text, mr_labels *out, char *err, size_t errsz) {
    memset(out, 0, sizeof *out);
    if (!text) text = "";
    size_t len = strlen(text), max = 1;
    for (const char *p = text; *p; p++) max += *p == ',';
    int rc = alloc(out, len, max, err, errsz);
    if (rc != MR_OK) return rc;
    memcpy(out->store, text, len + 1);
    for (char *s = out->store;;) {
        char *comma = strchr(s, ',');
        if (comma) *comma = 0;
        if (!*s) {
            mr_fmt(err, errsz, "--labels: label %d is empty (labels that hold commas go in --labels-file, "
                               "one per line)", (int)out->n + 1);
            mr_labels_free(out);
            return MR_ERR_INVALID_ARG;
        }
        out->v[out->n++] = s;
        if (!comma) break;
        s = comma + 1;
    }
    return MR_OK;
}

int mr_labels_from_lines(const char *buf, size_t len, const char *name, mr_labels *out, char *err, size_t errsz) {
    memset(out, 0, sizeof *out);
    size_t max = 1;
    for (size_t i = 0; i < len; i++) max += buf[i] == '\n';
    int rc = alloc(out, len, max, err, errsz);
    if (rc != MR_OK) return rc;
    mr_lines it;
    mr_lines_init(&it, buf, len);
    const char *line;
    size_t n, used = 0;
    while (mr_lines_next(&it, &line, &n)) {
        if (n && line[n - 1] == '\r') n--;
        const char *why = NULL;
        if (memchr(line, 0, n)) why = "a NUL byte in the label";
        else if (n == 0) why = "empty label (every line is one label)";
        if (why) {
            mr_fmt(err, errsz, "%s line %lld: %s", name, it.no, why);
            mr_labels_free(out);
            return MR_ERR_INVALID_ARG;
        }
        memcpy(out->store + used, line, n);
        out->store[used + n] = 0;
        out->v[out->n++] = out->store + used;
        used += n + 1;
    }
    if (out->n == 0) {
        mr_fmt(err, errsz, "%s: no labels (one label per line)", name);
        mr_labels_free(out);
        return MR_ERR_INVALID_ARG;
    }
    return MR_OK;
}
