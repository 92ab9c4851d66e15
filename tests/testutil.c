/* testutil.c - see testutil.h */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char pathbuf[8][4096];
static int pathslot;

static const char *join(const char *base, const char *rel) {
    char *p = pathbuf[pathslot++ % 8];
    snprintf(p, 4096, "%s/%s", base, rel);
    return p;
}

const char *tu_data(const char *rel) {
    const char *d = getenv("MR_TESTS_DIR");
    return join(d ? d : "tests/data", rel);
}

const char *tu_gen(const char *rel) {
    const char *d = getenv("MR_TESTDATA");
    return join(d ? d : "build/testdata", rel);
}

char *tu_read(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
    fclose(f);
    if (b) b[n] = 0;
    if (len) *len = (size_t)n;
    return b;
}

cJSON *tu_json(const char *path) {
    char *t = tu_read(path, NULL);
    if (!t) return NULL;
    cJSON *j = cJSON_Parse(t);
    free(t);
    return j;
}

int64_t tu_st_f32(const char *path, const char *name, float **out) {
    size_t len;
    char *b = tu_read(path, &len);
    if (!b || len < 8) { free(b); return -1; }
    uint64_t hl;
    memcpy(&hl, b, 8);
    cJSON *h = cJSON_ParseWithLength(b + 8, hl);
    cJSON *e = h ? cJSON_GetObjectItem(h, name) : NULL;
    int64_t n = -1;
    if (e && !strcmp(cJSON_GetObjectItem(e, "dtype")->valuestring, "F32")) {
        cJSON *off = cJSON_GetObjectItem(e, "data_offsets");
        uint64_t a = (uint64_t)cJSON_GetArrayItem(off, 0)->valuedouble;
        uint64_t z = (uint64_t)cJSON_GetArrayItem(off, 1)->valuedouble;
        n = (int64_t)((z - a) / 4);
        *out = malloc(z - a);
        memcpy(*out, b + 8 + hl + a, z - a);
    }
    cJSON_Delete(h);
    free(b);
    return n;
}

int32_t tu_ints(const cJSON *arr, int32_t **out) {
    int32_t n = cJSON_GetArraySize(arr);
    *out = malloc((size_t)(n ? n : 1) * sizeof **out);
    for (int32_t i = 0; i < n; i++) (*out)[i] = (int32_t)cJSON_GetArrayItem(arr, i)->valuedouble;
    return n;
}

double tu_maxdiff(const float *a, const float *b, int64_t n) {
    double m = 0;
    for (int64_t i = 0; i < n; i++) {
        double d = fabs((double)a[i] - (double)b[i]);
        if (d > m || isnan(d)) m = isnan(d) ? INFINITY : d;
    }
    return m;
}

double tu_maxabs(const float *a, int64_t n) {
    double m = 0;
    for (int64_t i = 0; i < n; i++) m = fabs(a[i]) > m ? fabs(a[i]) : m;
    return m;
}

int tu_hex(const char *hex, uint8_t **out, size_t *len) {
    size_t n = strlen(hex) / 2;
    *out = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned v;
        sscanf(hex + 2 * i, "%2x", &v);
        (*out)[i] = (uint8_t)v;
    }
    (*out)[n] = 0;
    *len = n;
    return 0;
}

void tu_remove_db(const char *path) {
    char p[4200];
    remove(path);
    snprintf(p, sizeof p, "%s-wal", path);
    remove(p);
    snprintf(p, sizeof p, "%s-shm", path);
    remove(p);
}
