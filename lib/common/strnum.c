/* strnum.c - strict text -> number conversion (strnum.h). The digits are
 * accumulated here rather than by strtoll, so that "too large" is found
 * exactly (no errno, no clamping) and the grammar is this file's, not the
 * C library's locale-dependent one. */
#include "strnum.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The offending text for a message: at most 40 bytes, control characters
 * shown as '?', so that a message stays one readable line. */
static const char *shown(const char *text, char buf[48]) {
    size_t n = 0;
    for (; text[n] && n < 40; n++) buf[n] = (unsigned char)text[n] < 0x20 || text[n] == 0x7f ? '?' : text[n];
    if (text[n]) { memcpy(buf + n, "...", 3); n += 3; }
    buf[n] = 0;
    return buf;
}

/* [-]digits over the whole text: the magnitude (saturated at UINT64_MAX,
 * with *big set when it went beyond) and the sign. 0 when the text is not
 * of that form. */
static int whole(const char *text, int *neg, uint64_t *mag, int *big) {
    const char *p = text;
    *neg = *p == '-';
    if (*neg) p++;
    if (!*p) return 0;
    *mag = 0;
    *big = 0;
    for (; *p; p++) {
        if (*p < '0' || *p > '9') return 0;
        unsigned d = (unsigned)(*p - '0');
        if (*mag > (UINT64_MAX - d) / 10) *big = 1;
        else *mag = *mag * 10 + d;
    }
    return 1;
}

int mr_strnum_i64(const char *text, int64_t lo, int64_t hi, const char *what, int64_t *out, char *err,
                  size_t errsz) {
    char b[48];
    if (!text || !*text) {
        mr_fmt(err, errsz, "%s: empty value (expected a whole number in %lld..%lld)", what, (long long)lo, (long long)hi);
        return MR_ERR_INVALID_ARG;
    }
    int neg, big;
    uint64_t mag;
    if (!whole(text, &neg, &mag, &big)) {
        mr_fmt(err, errsz, "%s: '%s' is not a whole number (expected %lld..%lld)", what, shown(text, b), (long long)lo,
               (long long)hi);
        return MR_ERR_INVALID_ARG;
    }
    /* -2^63 is the one magnitude that fits only with the minus sign */
    int fits = !big && (neg ? mag <= (uint64_t)INT64_MAX + 1 : mag <= (uint64_t)INT64_MAX);
    int64_t v = !fits ? 0 : neg ? (mag == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)mag) : (int64_t)mag;
    if (!fits || v < lo || v > hi) {
        mr_fmt(err, errsz, "%s: %s is outside %lld..%lld", what, shown(text, b), (long long)lo, (long long)hi);
        return MR_ERR_INVALID_ARG;
    }
    *out = v;
    return MR_OK;
}

int mr_strnum_int(const char *text, int lo, int hi, const char *what, int *out, char *err, size_t errsz) {
    int64_t v;
    int rc = mr_strnum_i64(text, lo, hi, what, &v, err, errsz);
    if (rc == MR_OK) *out = (int)v;
    return rc;
}

int mr_strnum_u64(const char *text, uint64_t hi, const char *what, uint64_t *out, char *err, size_t errsz) {
    char b[48];
    int neg = 0, big = 0;
    uint64_t mag = 0;
    if (!text || !*text) {
        mr_fmt(err, errsz, "%s: empty value (expected a whole number in 0..%llu)", what, (unsigned long long)hi);
        return MR_ERR_INVALID_ARG;
    }
    if (!whole(text, &neg, &mag, &big) || neg) {
        mr_fmt(err, errsz, "%s: '%s' is not a whole number (expected 0..%llu)", what, shown(text, b),
               (unsigned long long)hi);
        return MR_ERR_INVALID_ARG;
    }
    if (big || mag > hi) {
        mr_fmt(err, errsz, "%s: %s is outside 0..%llu", what, shown(text, b), (unsigned long long)hi);
        return MR_ERR_INVALID_ARG;
    }
    *out = mag;
    return MR_OK;
}

static int digits(const char **p) {
    const char *s = *p;
    while (**p >= '0' && **p <= '9') (*p)++;
    return *p > s;
}

int mr_strnum_f64(const char *text, double lo, double hi, const char *what, double *out, char *err, size_t errsz) {
    char b[48];
    if (!text || !*text) {
        mr_fmt(err, errsz, "%s: empty value (expected a number in %g..%g)", what, lo, hi);
        return MR_ERR_INVALID_ARG;
    }
    /* the grammar first: strtod alone would take "inf", "nan", "0x1p3" and
     * leading blanks */
    const char *p = text;
    if (*p == '-') p++;
    int before = digits(&p), after = 0;
    if (*p == '.') { p++; after = digits(&p); }
    int ok = before || after;
    if (ok && (*p == 'e' || *p == 'E')) {
        p++;
        if (*p == '+' || *p == '-') p++;
        ok = digits(&p);
    }
    if (!ok || *p) {
        mr_fmt(err, errsz, "%s: '%s' is not a number (expected %g..%g)", what, shown(text, b), lo, hi);
        return MR_ERR_INVALID_ARG;
    }
    /* the text is plain decimal now, which strtod reads the same in every
     * locale that keeps '.' as the point (the tools never call setlocale) */
    double v = strtod(text, NULL);
    if (!isfinite(v) || v < lo || v > hi) {
        mr_fmt(err, errsz, "%s: %s is outside %g..%g", what, shown(text, b), lo, hi);
        return MR_ERR_INVALID_ARG;
    }
    *out = v;
    return MR_OK;
}

int mr_strnum_ids(const char *text, int32_t min_count, const char *what, int32_t **ids, int32_t *n, char *err,
                  size_t errsz) {
    *ids = NULL;
    *n = 0;
    if (!text) text = "";
    int32_t cnt = 0, cap = 16;
    int32_t *v = malloc((size_t)cap * sizeof *v);
    if (!v) { mr_fmt(err, errsz, "%s: out of memory", what); return MR_ERR_OOM; }
    const char *p = text;
    char item[32], b[48];
    for (;;) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p && cnt == 0) break; /* blank: no ids */
        size_t len = strcspn(p, ", \t");
        if (len == 0) {
            mr_fmt(err, errsz, "%s: empty item in the id list '%s'", what, shown(text, b));
            free(v);
            return MR_ERR_INVALID_ARG;
        }
        size_t keep = len < sizeof item ? len : sizeof item - 1;
        memcpy(item, p, keep);
        item[keep] = 0;
        int x;
        char e[200];
        if (keep < len || mr_strnum_int(item, 0, INT32_MAX, "id", &x, e, sizeof e) != MR_OK) {
            mr_fmt(err, errsz, "%s: '%s%s' is not a token id (expected 0..%d)", what, shown(item, b),
                   keep < len ? "..." : "", INT32_MAX);
            free(v);
            return MR_ERR_INVALID_ARG;
        }
        if (cnt == cap) {
            int32_t *u = cnt < INT32_MAX / 2 ? realloc(v, (size_t)(cap *= 2) * sizeof *v) : NULL;
            if (!u) { free(v); mr_fmt(err, errsz, "%s: out of memory", what); return MR_ERR_OOM; }
            v = u;
        }
        v[cnt++] = (int32_t)x;
        p += len;
        while (*p == ' ' || *p == '\t') p++;
        if (!*p) break;
        if (*p == ',') {
            p++;
            while (*p == ' ' || *p == '\t') p++;
            if (!*p || *p == ',') {
                mr_fmt(err, errsz, "%s: empty item in the id list '%s'", what, shown(text, b));
                free(v);
                return MR_ERR_INVALID_ARG;
            }
        }
    }
    if (cnt < min_count) {
        if (cnt) mr_fmt(err, errsz, "%s: %d ids, at least %d needed", what, cnt, min_count);
        else mr_fmt(err, errsz, "%s: empty id list", what);
        free(v);
        return MR_ERR_INVALID_ARG;
    }
    *ids = v;
    *n = cnt;
    return MR_OK;
}
