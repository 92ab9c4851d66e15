/* fuzz_args.c - libFuzzer target: the command-line parsers of the tools
 * (lib/common/strnum.c numbers and id lists, lib/engine/labels.c label lists and files).
 * The first byte picks a parser and a range, the rest is the text. Each is
 * checked against a plain restatement of its rule: a whole number is
 * accepted exactly when the text is [-]digits whose value is in range; a
 * real number only when it is finite, in range and what strtod reads; an
 * id list round-trips; labels are never empty and never hold a NUL.
 * Build: make fuzz. */
#include "labels.h"
#include "strnum.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static char err[512];

/* The reference for whole numbers: [-]digits, no more than 20 digits after
 * leading zeros, read by strtoll / strtoull with errno. 1 when the text is
 * a whole number that fits; then *v (or *u) is its value. */
static int ref_whole(const char *s, int is_signed, long long *v, unsigned long long *u) {
    const char *p = s + (*s == '-');
    if (!*p) return 0;
    for (const char *q = p; *q; q++)
        if (*q < '0' || *q > '9') return 0;
    errno = 0;
    if (is_signed) *v = strtoll(s, NULL, 10);
    else if (*s == '-') return 0;
    else *u = strtoull(s, NULL, 10);
    return errno == 0;
}

static void ranges(const uint8_t *b, long long *lo, long long *hi) {
    static const long long edges[] = {INT64_MIN, -1000, -1, 0, 1, 5, 256, INT32_MAX, INT64_MAX};
    *lo = edges[b[0] % 9];
    *hi = edges[b[1] % 9];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 3) return 0;
    uint8_t sel = data[0];
    char *s = malloc(size - 2); /* the text after the selector and a range byte pair, NUL-terminated */
    memcpy(s, data + 3, size - 3);
    s[size - 3] = 0;
    long long lo, hi;
    ranges(data + 1, &lo, &hi);
    err[0] = 0;
    switch (sel % 6) {
    case 0: { /* signed whole numbers */
        int64_t v = 42;
        long long ref;
        int rc = mr_strnum_i64(s, lo, hi, "--n", &v, err, sizeof err);
        int want = ref_whole(s, 1, &ref, NULL) && ref >= lo && ref <= hi;
        if ((rc == MR_OK) != want) abort();
        if (rc == MR_OK && v != ref) abort();
        if (rc != MR_OK && (v != 42 || strncmp(err, "--n: ", 5))) abort();
        break;
    }
    case 1: { /* unsigned whole numbers */
        uint64_t v = 42;
        unsigned long long ref;
        uint64_t top = hi < 0 ? UINT64_MAX : (uint64_t)hi;
        int rc = mr_strnum_u64(s, top, "--seed", &v, err, sizeof err);
        int want = ref_whole(s, 0, NULL, &ref) && ref <= top;
        if ((rc == MR_OK) != want || (rc == MR_OK && v != ref)) abort();
        if (rc != MR_OK && strncmp(err, "--seed: ", 8)) abort();
        break;
    }
    case 2: { /* real numbers */
        double v = 42, dlo = (double)lo, dhi = (double)hi;
        int rc = mr_strnum_f64(s, dlo, dhi, "--temp", &v, err, sizeof err);
        if (rc == MR_OK) {
            if (!isfinite(v) || v < dlo || v > dhi || v != strtod(s, NULL)) abort();
            for (const char *q = s; *q; q++) /* only the decimal grammar's characters */
                if (!strchr("0123456789.-+eE", *q)) abort();
        } else if (strncmp(err, "--temp: ", 8)) {
            abort();
        }
        break;
    }
    case 3: { /* id lists: what is accepted prints back to a list that parses the same */
        int32_t *ids, n, *again, m;
        int rc = mr_strnum_ids(s, data[1] % 2, "--ids", &ids, &n, err, sizeof err);
        if (rc != MR_OK) {
            if (ids || n || strncmp(err, "--ids: ", 7)) abort();
            break;
        }
        if (n < data[1] % 2) abort();
        size_t cap = (size_t)n * 12 + 1, at = 0;
        char *txt = malloc(cap);
        txt[0] = 0;
        for (int32_t i = 0; i < n; i++) {
            if (ids[i] < 0) abort();
            at += (size_t)snprintf(txt + at, cap - at, i ? ",%d" : "%d", ids[i]);
        }
        if (mr_strnum_ids(txt, 0, "--ids", &again, &m, err, sizeof err) != MR_OK || m != n ||
            (n && memcmp(ids, again, (size_t)n * sizeof *ids)))
            abort();
        free(txt);
        free(ids);
        free(again);
        break;
    }
    case 4: { /* --labels "a,b,c": accepted exactly when no label is empty */
        mr_labels l;
        int rc = mr_labels_from_list(s, &l, err, sizeof err);
        int empty = !*s || *s == ',' || s[strlen(s) - 1] == ',' || strstr(s, ",,");
        if ((rc == MR_OK) == empty) abort();
        if (rc == MR_OK) {
            int32_t commas = 0;
            for (const char *q = s; *q; q++) commas += *q == ',';
            if (l.n != commas + 1) abort();
            for (int32_t i = 0; i < l.n; i++)
                if (!l.v[i][0] || strchr(l.v[i], ',')) abort();
        }
        mr_labels_free(&l);
        break;
    }
    default: { /* --labels-file: the raw bytes, NULs and all */
        mr_labels l;
        const char *buf = (const char *)data + 3;
        size_t len = size - 3;
        if (mr_labels_from_lines(buf, len, "F", &l, err, sizeof err) == MR_OK) {
            size_t total = 0;
            for (int32_t i = 0; i < l.n; i++) {
                size_t k = strlen(l.v[i]);
                if (!k) abort();
                total += k;
            }
            if (total > len || memchr(buf, 0, len)) abort();
        } else if (strncmp(err, "F", 1)) {
            abort();
        }
        mr_labels_free(&l);
        break;
    }
    }
    free(s);
    return 0;
}
