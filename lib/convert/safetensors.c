/* safetensors.c - safetensors headers and shard indexes for mr-convert
 * (safetensors.h), with cJSON doing the parsing and this file every check
 * against the file's length. */
#include "safetensors.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A JSON number that is a whole number in [lo, hi]. Doubles hold every
 * integer up to 2^53 exactly, beyond any file size or shape met here. */
static int whole(const cJSON *v, double lo, double hi, uint64_t *out) {
    if (!cJSON_IsNumber(v)) return 0;
    double x = v->valuedouble;
    if (!(x >= lo && x <= hi) || x != floor(x)) return 0;
    *out = (uint64_t)x;
    return 1;
}

/* Parse a JSON object from len bytes: NUL bytes and anything but blanks
 * after it refused (cJSON would stop at the first and ignore the second). */
static cJSON *parse_object(const char *json, size_t len, char *err, size_t errsz) {
    if (memchr(json, 0, len)) { mr_fmt(err, errsz, "a NUL byte in the JSON"); return NULL; }
    const char *end = NULL;
    cJSON *j = cJSON_ParseWithLengthOpts(json, len, &end, 0);
    if (!cJSON_IsObject(j)) {
        mr_fmt(err, errsz, "%s", j ? "the JSON is not an object" : "not valid JSON");
        cJSON_Delete(j);
        return NULL;
    }
    for (const char *p = end; p && p < json + len; p++)
        if (!strchr(" \t\r\n", *p)) {
            mr_fmt(err, errsz, "text after the JSON object at byte %zu", (size_t)(p - json));
            cJSON_Delete(j);
            return NULL;
        }
    return j;
}

mr_st_tensor *mr_st_find(const mr_st_set *s, const char *name) {
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->t[i].name, name)) return &s->t[i];
    return NULL;
}

static int entry(mr_st_set *set, const cJSON *e, const uint8_t *data, uint64_t dsize, char *err, size_t errsz) {
    const char *name = e->string;
    const cJSON *dt = cJSON_GetObjectItemCaseSensitive(e, "dtype"), *sh = cJSON_GetObjectItemCaseSensitive(e, "shape"),
                *off = cJSON_GetObjectItemCaseSensitive(e, "data_offsets");
    if (!cJSON_IsObject(e) || !cJSON_IsString(dt) || !cJSON_IsArray(sh) || !cJSON_IsArray(off) ||
        cJSON_GetArraySize(off) != 2) {
        mr_fmt(err, errsz, "tensor %.200s has a malformed entry (dtype, shape, data_offsets)", name);
        return MR_ERR_FORMAT;
    }
    if (mr_st_find(set, name)) {
        mr_fmt(err, errsz, "tensor %.200s appears twice", name);
        return MR_ERR_FORMAT;
    }
    uint32_t type;
    uint64_t es;
    if (!strcmp(dt->valuestring, "F32")) { type = GGML_F32; es = 4; }
    else if (!strcmp(dt->valuestring, "F16")) { type = GGML_F16; es = 2; }
    else if (!strcmp(dt->valuestring, "BF16")) { type = GGML_BF16; es = 2; }
    else {
        mr_fmt(err, errsz, "tensor %.200s: storage type %.20s is not supported (F32, F16, BF16 are)", name,
               dt->valuestring);
        return MR_ERR_UNSUPPORTED;
    }
    int nd = cJSON_GetArraySize(sh);
    if (nd < 1 || nd > 2) {
        mr_fmt(err, errsz, "tensor %.200s: %d dimensions unsupported (1 or 2 are)", name, nd);
        return MR_ERR_UNSUPPORTED;
    }
    /* the element count in 64 bits with overflow checked: a shape whose
     * product wraps could otherwise match a small byte range */
    uint64_t shape[2], nbytes = es;
    for (int d = 0; d < nd; d++) {
        if (!whole(cJSON_GetArrayItem(sh, d), 1, 9007199254740992.0, &shape[d]) ||
            __builtin_mul_overflow(nbytes, shape[d], &nbytes)) {
            mr_fmt(err, errsz, "tensor %.200s: bad shape", name);
            return MR_ERR_FORMAT;
        }
    }
    uint64_t b0, b1;
    if (!whole(cJSON_GetArrayItem(off, 0), 0, (double)dsize, &b0) ||
        !whole(cJSON_GetArrayItem(off, 1), 0, (double)dsize, &b1) || b1 < b0 || b1 > dsize || b1 - b0 != nbytes) {
        mr_fmt(err, errsz, "tensor %.200s: data offsets do not match its shape (%llu bytes) or the file's %llu data bytes",
               name, (unsigned long long)nbytes, (unsigned long long)dsize);
        return MR_ERR_FORMAT;
    }
    if (set->n == set->cap) {
        int cap = set->cap ? set->cap * 2 : 256;
        mr_st_tensor *t = realloc(set->t, (size_t)cap * sizeof *t);
        if (!t) { mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
        set->t = t;
        set->cap = cap;
    }
    mr_st_tensor *t = &set->t[set->n];
    memset(t, 0, sizeof *t);
    if (!(t->name = strdup(name))) { mr_fmt(err, errsz, "out of memory"); return MR_ERR_OOM; }
    t->dtype = type;
    t->n_dims = nd;
    for (int d = 0; d < nd; d++) t->shape[d] = (int64_t)shape[d];
    t->data = data + b0;
    t->nbytes = nbytes;
    set->n++;
    return MR_OK;
}

int mr_st_parse(mr_st_set *set, const uint8_t *buf, uint64_t size, char *err, size_t errsz) {
    if (size < 8) {
        mr_fmt(err, errsz, "truncated: %llu bytes, less than the 8-byte header length", (unsigned long long)size);
        return MR_ERR_FORMAT;
    }
    uint64_t hlen = (uint64_t)buf[0] | (uint64_t)buf[1] << 8 | (uint64_t)buf[2] << 16 | (uint64_t)buf[3] << 24 |
                    (uint64_t)buf[4] << 32 | (uint64_t)buf[5] << 40 | (uint64_t)buf[6] << 48 | (uint64_t)buf[7] << 56;
    if (hlen > size - 8) {
        mr_fmt(err, errsz, "header length %llu exceeds the file (%llu bytes)", (unsigned long long)hlen,
               (unsigned long long)size);
        return MR_ERR_FORMAT;
    }
    char why[200];
    cJSON *h = parse_object((const char *)buf + 8, (size_t)hlen, why, sizeof why);
    if (!h) { mr_fmt(err, errsz, "header: %s", why); return MR_ERR_FORMAT; }
    const uint8_t *data = buf + 8 + hlen;
    uint64_t dsize = size - 8 - hlen;
    int n0 = set->n, rc = MR_OK;
    for (const cJSON *e = h->child; e && rc == MR_OK; e = e->next)
        if (strcmp(e->string, "__metadata__")) rc = entry(set, e, data, dsize, err, errsz);
    cJSON_Delete(h);
    if (rc != MR_OK) { /* the set as it was, holding no memory if it held no tensor */
        for (int i = n0; i < set->n; i++) free(set->t[i].name);
        set->n = n0;
        if (n0 == 0) mr_st_free(set);
    }
    return rc;
}

float mr_st_get(const mr_st_tensor *t, uint64_t i) {
    uint16_t h;
    switch (t->dtype) {
    case GGML_F32: { float f; memcpy(&f, t->data + i * 4, 4); return f; }
    case GGML_F16: memcpy(&h, t->data + i * 2, 2); return mr_f16_to_f32(h);
    default: memcpy(&h, t->data + i * 2, 2); return mr_bf16_to_f32(h);
    }
}

void mr_st_free(mr_st_set *set) {
    if (!set) return;
    for (int i = 0; i < set->n; i++) free(set->t[i].name);
    free(set->t);
    memset(set, 0, sizeof *set);
}

int mr_st_index_parse(const char *json, size_t len, char ***shards, int *n, char *err, size_t errsz) {
    *shards = NULL;
    *n = 0;
    cJSON *j = parse_object(json, len, err, errsz);
    if (!j) return MR_ERR_FORMAT;
    const cJSON *wm = cJSON_GetObjectItemCaseSensitive(j, "weight_map");
    int rc = MR_OK;
    if (!cJSON_IsObject(wm) || !wm->child) {
        mr_fmt(err, errsz, "no weight_map (an object naming each tensor's shard)");
        rc = MR_ERR_FORMAT;
    }
    char **v = NULL;
    int cnt = 0;
    for (const cJSON *e = wm ? wm->child : NULL; e && rc == MR_OK; e = e->next) {
        const char *s = cJSON_IsString(e) ? e->valuestring : NULL;
        if (!s || !*s || strchr(s, '/') || !strcmp(s, "..") || !strcmp(s, ".")) {
            mr_fmt(err, errsz, "weight_map: tensor %.200s has a bad shard name (a file in the same directory)",
                   e->string);
            rc = MR_ERR_FORMAT;
            break;
        }
        int seen = 0;
        for (int k = 0; k < cnt && !seen; k++) seen = !strcmp(v[k], s);
        if (seen) continue;
        char **u = realloc(v, (size_t)(cnt + 1) * sizeof *v);
        if (!u || !(u[cnt] = strdup(s))) {
            if (u) v = u;
            mr_fmt(err, errsz, "out of memory");
            rc = MR_ERR_OOM;
            break;
        }
        v = u;
        cnt++;
    }
    cJSON_Delete(j);
    if (rc != MR_OK) { mr_st_index_free(v, cnt); return rc; }
    *shards = v;
    *n = cnt;
    return MR_OK;
}

void mr_st_index_free(char **shards, int n) {
    for (int i = 0; i < n; i++) free(shards[i]);
    free(shards);
}
