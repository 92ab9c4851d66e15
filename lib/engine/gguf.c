/* gguf.c - GGUF v2/v3 reader (validating, memory-mapped) and writer.
 *
 * Layout (little-endian): magic "GGUF", u32 version, u64 n_tensors, u64 n_kv,
 * n_kv x {string key, u32 type, value}, n_tensors x {string name, u32 n_dims,
 * u64 ne[n_dims], u32 ggml_type, u64 offset}, padding to general.alignment,
 * tensor data. A string is u64 length + bytes (no NUL).
 *
 * The reader trusts nothing: every count, length and offset is checked
 * against the bytes that remain before it is used, in 64-bit arithmetic
 * with explicit overflow checks, so a hostile file gives an error, never an
 * out-of-bounds read. */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define GGUF_MAGIC 0x46554747u /* "GGUF" */
#define GGUF_MAX_DIMS 4
/* Bounds against absurd counts before any allocation (a file cannot hold
 * more entries than bytes anyway; these keep allocations sane). */
#define GGUF_MAX_KEY 65536

typedef struct {
    const uint8_t *p, *end;
    char *err;
    size_t errsz;
} rd;

static int need(rd *r, uint64_t n, const char *what) {
    if ((uint64_t)(r->end - r->p) < n) {
        mr_fmt(r->err, r->errsz, "truncated file: %s needs %llu bytes, %llu left", what,
               (unsigned long long)n, (unsigned long long)(r->end - r->p));
        return 0;
    }
    return 1;
}

static int rd_u32(rd *r, uint32_t *v, const char *what) {
    if (!need(r, 4, what)) return 0;
    memcpy(v, r->p, 4);
    r->p += 4;
    return 1;
}

static int rd_u64(rd *r, uint64_t *v, const char *what) {
    if (!need(r, 8, what)) return 0;
    memcpy(v, r->p, 8);
    r->p += 8;
    return 1;
}

static int rd_str(rd *r, const char **s, uint64_t *len, const char *what) {
    if (!rd_u64(r, len, what)) return 0;
    if (!need(r, *len, what)) return 0;
    *s = (const char *)r->p;
    r->p += *len;
    return 1;
}

static uint64_t scalar_size(uint32_t t) {
    static const uint8_t sz[GGUF_NTYPES] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};
    return t < GGUF_NTYPES ? sz[t] : 0;
}

/* Skip over a value of type t, validating it; returns bytes consumed via r. */
static int skip_value(rd *r, uint32_t t, uint32_t *arr_type, uint64_t *n, const char *key) {
    *n = 1;
    if (t == GGUF_STR) {
        const char *s;
        uint64_t len;
        return rd_str(r, &s, &len, key);
    }
    if (t == GGUF_ARR) {
        if (!rd_u32(r, arr_type, key) || !rd_u64(r, n, key)) return 0;
        if (*arr_type == GGUF_ARR || *arr_type >= GGUF_NTYPES) {
            mr_fmt(r->err, r->errsz, "key %s: unsupported array element type %u", key, *arr_type);
            return 0;
        }
        if (*arr_type == GGUF_STR) {
            /* each string needs at least 8 bytes: reject impossible counts early */
            if (*n > (uint64_t)(r->end - r->p) / 8) {
                mr_fmt(r->err, r->errsz, "key %s: string array count %llu exceeds file", key,
                       (unsigned long long)*n);
                return 0;
            }
            for (uint64_t i = 0; i < *n; i++) {
                const char *s;
                uint64_t len;
                if (!rd_str(r, &s, &len, key)) return 0;
            }
            return 1;
        }
        uint64_t es = scalar_size(*arr_type);
        if (*n > UINT64_MAX / es) {
            mr_fmt(r->err, r->errsz, "key %s: array size overflows", key);
            return 0;
        }
        if (!need(r, *n * es, key)) return 0;
        r->p += *n * es;
        return 1;
    }
    uint64_t es = scalar_size(t);
    if (es == 0) {
        mr_fmt(r->err, r->errsz, "key %s: unknown value type %u", key, t);
        return 0;
    }
    if (!need(r, es, key)) return 0;
    r->p += es;
    return 1;
}

static int cmp_name(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Duplicate keys and tensor names, found by sorting: a hostile file can hold
 * millions of entries, and a pairwise check would stall the loader. */
static int check_unique(const gguf_file *f, char *err, size_t errsz) {
    uint64_t n = f->n_kv > f->n_tensors ? f->n_kv : f->n_tensors;
    char **names = mr_malloc((size_t)(n ? n : 1) * sizeof *names);
    if (!names) {
        mr_fmt(err, errsz, "out of memory checking %llu names for duplicates (%llu bytes)", (unsigned long long)n,
               (unsigned long long)(n ? n : 1) * sizeof *names);
        return MR_ERR_OOM;
    }
    int rc = MR_OK;
    for (int pass = 0; pass < 2 && rc == MR_OK; pass++) {
        uint64_t m = pass ? f->n_tensors : f->n_kv;
        for (uint64_t i = 0; i < m; i++) names[i] = pass ? f->tensors[i].name : f->kv[i].key;
        qsort(names, (size_t)m, sizeof *names, cmp_name);
        for (uint64_t i = 1; i < m && rc == MR_OK; i++)
            if (!strcmp(names[i - 1], names[i])) {
                mr_fmt(err, errsz, "duplicate %s %s", pass ? "tensor" : "key", names[i]);
                rc = MR_ERR_FORMAT;
            }
    }
    free(names);
    return rc;
}

static int parse(gguf_file *f, char *err, size_t errsz) {
    rd r = {f->base, f->base + f->size, err, errsz};
    uint32_t magic;
    if (!rd_u32(&r, &magic, "magic")) return MR_ERR_FORMAT;
    if (magic != GGUF_MAGIC) {
        mr_fmt(err, errsz, "not a GGUF file (magic 0x%08x, expected 0x%08x \"GGUF\")", magic,
               GGUF_MAGIC);
        return MR_ERR_FORMAT;
    }
    if (!rd_u32(&r, &f->version, "version")) return MR_ERR_FORMAT;
    if (f->version != 2 && f->version != 3) {
        mr_fmt(err, errsz, "unsupported GGUF version %u (2 and 3 are supported)", f->version);
        return MR_ERR_UNSUPPORTED;
    }
    if (!rd_u64(&r, &f->n_tensors, "tensor count") || !rd_u64(&r, &f->n_kv, "key-value count"))
        return MR_ERR_FORMAT;
    /* every kv takes >= 12 bytes, every tensor info >= 24: counts beyond that are lies */
    uint64_t left = (uint64_t)(r.end - r.p);
    if (f->n_kv > left / 12 || f->n_tensors > left / 24) {
        mr_fmt(err, errsz, "counts exceed the file: %llu key-values, %llu tensors in %llu bytes",
               (unsigned long long)f->n_kv, (unsigned long long)f->n_tensors,
               (unsigned long long)left);
        return MR_ERR_FORMAT;
    }
    f->kv = mr_calloc(f->n_kv ? f->n_kv : 1, sizeof *f->kv);
    f->tensors = mr_calloc(f->n_tensors ? f->n_tensors : 1, sizeof *f->tensors);
    if (!f->kv || !f->tensors) {
        mr_fmt(err, errsz, "out of memory for the GGUF header: %llu key-values and %llu tensors (%llu bytes)",
               (unsigned long long)f->n_kv, (unsigned long long)f->n_tensors,
               (unsigned long long)(f->n_kv * sizeof *f->kv + f->n_tensors * sizeof *f->tensors));
        return MR_ERR_OOM;
    }
    f->alignment = 32;
    for (uint64_t i = 0; i < f->n_kv; i++) {
        gguf_kv *kv = &f->kv[i];
        const char *k;
        uint64_t klen;
        if (!rd_str(&r, &k, &klen, "key name")) return MR_ERR_FORMAT;
        if (klen == 0 || klen > GGUF_MAX_KEY || memchr(k, 0, klen)) {
            mr_fmt(err, errsz, "key-value %llu: invalid key name (length %llu)",
                   (unsigned long long)i, (unsigned long long)klen);
            return MR_ERR_FORMAT;
        }
        kv->key = mr_strndup(k, klen);
        if (!kv->key) {
            mr_fmt(err, errsz, "out of memory for the name of key-value %llu (%llu bytes)", (unsigned long long)i,
                   (unsigned long long)klen + 1);
            return MR_ERR_OOM;
        }
        if (!rd_u32(&r, &kv->type, kv->key)) return MR_ERR_FORMAT;
        const uint8_t *start = r.p;
        if (!skip_value(&r, kv->type, &kv->arr_type, &kv->n, kv->key)) return MR_ERR_FORMAT;
        kv->data = start;
        kv->size = (uint64_t)(r.p - start);
        if (kv->type == GGUF_ARR) { /* data points at the elements */
            kv->data += 12;
            kv->size -= 12;
        }
    }
    uint32_t al;
    char aerr[128];
    int ar = mr_gguf_get_u32(f, "general.alignment", &al, aerr, sizeof aerr);
    if (ar < 0 || (ar == 1 && (al == 0 || (al & (al - 1)) || al > 65536))) {
        mr_fmt(err, errsz, "general.alignment must be a power of two <= 65536");
        return MR_ERR_FORMAT;
    }
    if (ar == 1) f->alignment = al;

    for (uint64_t i = 0; i < f->n_tensors; i++) {
        mr_tensor *t = &f->tensors[i];
        const char *nm;
        uint64_t nlen;
        if (!rd_str(&r, &nm, &nlen, "tensor name")) return MR_ERR_FORMAT;
        if (nlen == 0 || nlen > GGUF_MAX_KEY || memchr(nm, 0, nlen)) {
            mr_fmt(err, errsz, "tensor %llu: invalid name", (unsigned long long)i);
            return MR_ERR_FORMAT;
        }
        t->name = mr_strndup(nm, nlen);
        if (!t->name) {
            mr_fmt(err, errsz, "out of memory for the name of tensor %llu (%llu bytes)", (unsigned long long)i,
                   (unsigned long long)nlen + 1);
            return MR_ERR_OOM;
        }
        if (!rd_u32(&r, &t->n_dims, t->name)) return MR_ERR_FORMAT;
        if (t->n_dims == 0 || t->n_dims > GGUF_MAX_DIMS) {
            mr_fmt(err, errsz, "tensor %s: %u dimensions (1..4 allowed)", t->name, t->n_dims);
            return MR_ERR_FORMAT;
        }
        uint64_t nel = 1;
        for (int d = 0; d < 4; d++) t->ne[d] = 1;
        for (uint32_t d = 0; d < t->n_dims; d++) {
            uint64_t v;
            if (!rd_u64(&r, &v, t->name)) return MR_ERR_FORMAT;
            if (v == 0 || v > (uint64_t)INT64_MAX || nel > (uint64_t)INT64_MAX / v) {
                mr_fmt(err, errsz, "tensor %s: dimension %u = %llu is zero or overflows", t->name,
                       d, (unsigned long long)v);
                return MR_ERR_FORMAT;
            }
            t->ne[d] = (int64_t)v;
            nel *= v;
        }
        if (!rd_u32(&r, &t->type, t->name) || !rd_u64(&r, &t->offset, t->name))
            return MR_ERR_FORMAT;
        uint64_t rb = mr_row_bytes(t->type, t->ne[0]);
        if (rb == 0) {
            int known = mr_type_supported(t->type);
            if (known)
                mr_fmt(err, errsz, "tensor %s: row of %lld elements is not a whole number of %s blocks",
                       t->name, (long long)t->ne[0], mr_type_name(t->type));
            else
                mr_fmt(err, errsz, "tensor %s: unsupported tensor type %u (f32, f16, bf16, q8_0, q4_0, q5_0, q4_K, q6_K are)",
                       t->name, t->type);
            return known ? MR_ERR_FORMAT : MR_ERR_UNSUPPORTED;
        }
        uint64_t rows = nel / (uint64_t)t->ne[0];
        if (rows > UINT64_MAX / rb) {
            mr_fmt(err, errsz, "tensor %s: size overflows", t->name);
            return MR_ERR_FORMAT;
        }
        t->nbytes = rows * rb;
        if (t->offset % f->alignment) {
            mr_fmt(err, errsz, "tensor %s: offset %llu not aligned to %u", t->name,
                   (unsigned long long)t->offset, f->alignment);
            return MR_ERR_FORMAT;
        }
    }
    int dup = check_unique(f, err, errsz);
    if (dup != MR_OK) return dup;
    uint64_t hdr = (uint64_t)(r.p - f->base);
    f->data_offset = (hdr + f->alignment - 1) / f->alignment * f->alignment;
    if (f->data_offset > f->size && f->n_tensors > 0) {
        mr_fmt(err, errsz, "truncated file: no data section");
        return MR_ERR_FORMAT;
    }
    for (uint64_t i = 0; i < f->n_tensors; i++) {
        mr_tensor *t = &f->tensors[i];
        uint64_t avail = f->size - f->data_offset;
        if (t->offset > avail || t->nbytes > avail - t->offset) {
            mr_fmt(err, errsz,
                   "tensor %s: data [%llu, +%llu) lies past the end of the file (%llu data bytes)",
                   t->name, (unsigned long long)t->offset, (unsigned long long)t->nbytes,
                   (unsigned long long)avail);
            return MR_ERR_FORMAT;
        }
        t->data = f->base + f->data_offset + t->offset;
    }
    return MR_OK;
}

int mr_is_gguf_magic(const uint8_t *buf, uint64_t len) {
    uint32_t m;
    if (len < 4) return 0;
    memcpy(&m, buf, 4);
    return m == GGUF_MAGIC;
}

int mr_gguf_open_mem(gguf_file *f, const void *data, uint64_t size, char *err, size_t errsz) {
    memset(f, 0, sizeof *f);
    f->base = data;
    f->size = size;
    int rc = parse(f, err, errsz);
    if (rc != MR_OK) mr_gguf_close(f);
    return rc;
}

int mr_gguf_open(gguf_file *f, const char *path, int use_mmap, char *err, size_t errsz) {
    memset(f, 0, sizeof *f);
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        mr_fmt(err, errsz, "cannot open %s: %s", path, strerror(errno));
        return MR_ERR_IO;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        mr_fmt(err, errsz, "%s is not a regular file", path);
        close(fd);
        return MR_ERR_IO;
    }
    uint64_t size = (uint64_t)st.st_size;
    if (size < 24) {
        close(fd);
        mr_fmt(err, errsz, "%s: truncated file (%llu bytes, a GGUF header takes 24)", path,
               (unsigned long long)size);
        return MR_ERR_FORMAT;
    }
    void *base = NULL;
    int mapped = 0;
    if (use_mmap) {
        base = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (base == MAP_FAILED) base = NULL; else mapped = 1;
    }
    if (!base) {
        base = mr_malloc(size);
        if (!base) {
            close(fd);
            mr_fmt(err, errsz, "%s: out of memory reading %llu bytes", path, (unsigned long long)size);
            return MR_ERR_OOM;
        }
        uint64_t got = 0;
        while (got < size) {
            ssize_t k = pread(fd, (char *)base + got, size - got, (off_t)got);
            if (k <= 0) {
                free(base);
                close(fd);
                mr_fmt(err, errsz, "%s: read failed", path);
                return MR_ERR_IO;
            }
            got += (uint64_t)k;
        }
    }
    close(fd);
    f->base = base;
    f->size = size;
    f->mapped = mapped;
    f->owned = 1;
    int rc = parse(f, err, errsz);
    if (rc != MR_OK) mr_gguf_close(f);
    return rc;
}

void mr_gguf_close(gguf_file *f) {
    if (!f) return;
    for (uint64_t i = 0; f->kv && i < f->n_kv; i++) free(f->kv[i].key);
    for (uint64_t i = 0; f->tensors && i < f->n_tensors; i++) free(f->tensors[i].name);
    free(f->kv);
    free(f->tensors);
    if (f->owned && f->base) {
        if (f->mapped) munmap((void *)f->base, f->size);
        else free((void *)f->base);
    }
    memset(f, 0, sizeof *f);
}

const gguf_kv *mr_gguf_find(const gguf_file *f, const char *key) {
    for (uint64_t i = 0; i < f->n_kv; i++)
        if (f->kv[i].key && !strcmp(f->kv[i].key, key)) return &f->kv[i];
    return NULL;
}

const mr_tensor *mr_gguf_tensor(const gguf_file *f, const char *name) {
    for (uint64_t i = 0; i < f->n_tensors; i++)
        if (f->tensors[i].name && !strcmp(f->tensors[i].name, name)) return &f->tensors[i];
    return NULL;
}

/* Read a scalar of any numeric type as int64 (ints) or double. */
static int scalar_i64(uint32_t t, const uint8_t *p, int64_t *out) {
    switch (t) {
    case GGUF_U8: *out = *p; return 1;
    case GGUF_I8: *out = (int8_t)*p; return 1;
    case GGUF_BOOL: *out = *p != 0; return 1;
    case GGUF_U16: { uint16_t v; memcpy(&v, p, 2); *out = v; return 1; }
    case GGUF_I16: { int16_t v; memcpy(&v, p, 2); *out = v; return 1; }
    case GGUF_U32: { uint32_t v; memcpy(&v, p, 4); *out = v; return 1; }
    case GGUF_I32: { int32_t v; memcpy(&v, p, 4); *out = v; return 1; }
    case GGUF_U64: { uint64_t v; memcpy(&v, p, 8); *out = v > INT64_MAX ? -1 : (int64_t)v; return 1; }
    case GGUF_I64: { int64_t v; memcpy(&v, p, 8); *out = v; return 1; }
    default: return 0;
    }
}

static int scalar_f64(uint32_t t, const uint8_t *p, double *out) {
    if (t == GGUF_F32) { float v; memcpy(&v, p, 4); *out = v; return 1; }
    if (t == GGUF_F64) { double v; memcpy(&v, p, 8); *out = v; return 1; }
    int64_t i;
    if (!scalar_i64(t, p, &i)) return 0;
    *out = (double)i;
    return 1;
}

int mr_gguf_get_u32(const gguf_file *f, const char *key, uint32_t *out, char *err, size_t errsz) {
    const gguf_kv *kv = mr_gguf_find(f, key);
    if (!kv) return 0;
    int64_t v;
    if (kv->type == GGUF_ARR || kv->type == GGUF_BOOL || !scalar_i64(kv->type, kv->data, &v)) {
        mr_fmt(err, errsz, "key %s: expected an integer (type %u)", key, kv->type);
        return -1;
    }
    if (v < 0 || v > UINT32_MAX) {
        mr_fmt(err, errsz, "key %s: value %lld out of range", key, (long long)v);
        return -1;
    }
    *out = (uint32_t)v;
    return 1;
}

int mr_gguf_get_f32(const gguf_file *f, const char *key, float *out, char *err, size_t errsz) {
    const gguf_kv *kv = mr_gguf_find(f, key);
    if (!kv) return 0;
    double v;
    if (kv->type == GGUF_ARR || !scalar_f64(kv->type, kv->data, &v)) {
        mr_fmt(err, errsz, "key %s: expected a number (type %u)", key, kv->type);
        return -1;
    }
    *out = (float)v;
    return 1;
}

int mr_gguf_get_bool(const gguf_file *f, const char *key, int *out, char *err, size_t errsz) {
    const gguf_kv *kv = mr_gguf_find(f, key);
    if (!kv) return 0;
    int64_t v;
    if (kv->type == GGUF_ARR || !scalar_i64(kv->type, kv->data, &v)) {
        mr_fmt(err, errsz, "key %s: expected a boolean (type %u)", key, kv->type);
        return -1;
    }
    *out = v != 0;
    return 1;
}

int mr_gguf_get_str(const gguf_file *f, const char *key, const char **s, uint64_t *len, char *err,
                 size_t errsz) {
    const gguf_kv *kv = mr_gguf_find(f, key);
    if (!kv) return 0;
    if (kv->type != GGUF_STR) {
        mr_fmt(err, errsz, "key %s: expected a string (type %u)", key, kv->type);
        return -1;
    }
    memcpy(len, kv->data, 8);
    *s = (const char *)kv->data + 8;
    return 1;
}

void mr_gguf_arr_next_str(const uint8_t **pos, const char **s, uint64_t *len) {
    memcpy(len, *pos, 8);
    *s = (const char *)*pos + 8;
    *pos += 8 + *len;
}

double mr_gguf_arr_f64(const gguf_kv *kv, uint64_t i) {
    double v = 0;
    scalar_f64(kv->arr_type, kv->data + i * scalar_size(kv->arr_type), &v);
    return v;
}

int64_t mr_gguf_arr_i64(const gguf_kv *kv, uint64_t i) {
    int64_t v = 0;
    double d;
    if (!scalar_i64(kv->arr_type, kv->data + i * scalar_size(kv->arr_type), &v) &&
        scalar_f64(kv->arr_type, kv->data + i * scalar_size(kv->arr_type), &d))
        v = (int64_t)d;
    return v;
}

/* ------------------------------------------------------------------ writer */

typedef struct {
    char *name;
    uint32_t type, n_dims;
    int64_t ne[4];
    uint64_t nbytes, offset;
} wtensor;

struct gguf_writer {
    uint8_t *kv;          /* serialized key-values */
    uint64_t kv_len, kv_cap;
    uint64_t n_kv;
    wtensor *t;
    int n_t, cap_t;
    int failed;
    uint64_t written;     /* bytes of data section written so far */
};

gguf_writer *mr_gguf_writer_new(void) { return calloc(1, sizeof(gguf_writer)); }

void mr_gguf_writer_free(gguf_writer *w) {
    if (!w) return;
    for (int i = 0; i < w->n_t; i++) free(w->t[i].name);
    free(w->t);
    free(w->kv);
    free(w);
}

int mr_gguf_w_failed(const gguf_writer *w) { return w->failed; }

static void put(gguf_writer *w, const void *p, uint64_t n) {
    if (w->failed) return;
    if (w->kv_len + n > w->kv_cap) {
        uint64_t cap = w->kv_cap ? w->kv_cap : 4096;
        while (cap < w->kv_len + n) cap *= 2;
        uint8_t *nk = realloc(w->kv, cap);
        if (!nk) { w->failed = 1; return; }
        w->kv = nk;
        w->kv_cap = cap;
    }
    memcpy(w->kv + w->kv_len, p, n);
    w->kv_len += n;
}

static void put_u32(gguf_writer *w, uint32_t v) { put(w, &v, 4); }
static void put_u64(gguf_writer *w, uint64_t v) { put(w, &v, 8); }
static void put_str(gguf_writer *w, const char *s, uint64_t n) { put_u64(w, n); put(w, s, n); }
static void put_key(gguf_writer *w, const char *key, uint32_t type) {
    put_str(w, key, strlen(key));
    put_u32(w, type);
    w->n_kv++;
}

void mr_gguf_w_u32(gguf_writer *w, const char *key, uint32_t v) { put_key(w, key, GGUF_U32); put_u32(w, v); }
void mr_gguf_w_f32(gguf_writer *w, const char *key, float v) { put_key(w, key, GGUF_F32); put(w, &v, 4); }
void mr_gguf_w_bool(gguf_writer *w, const char *key, int v) {
    uint8_t b = v != 0;
    put_key(w, key, GGUF_BOOL);
    put(w, &b, 1);
}
void mr_gguf_w_str(gguf_writer *w, const char *key, const char *v) {
    put_key(w, key, GGUF_STR);
    put_str(w, v, strlen(v));
}
void mr_gguf_w_arr_str(gguf_writer *w, const char *key, const char *const *v, const uint32_t *lens,
                    uint64_t n) {
    put_key(w, key, GGUF_ARR);
    put_u32(w, GGUF_STR);
    put_u64(w, n);
    for (uint64_t i = 0; i < n; i++) put_str(w, v[i], lens ? lens[i] : strlen(v[i]));
}
static void put_arr(gguf_writer *w, const char *key, uint32_t et, const void *v, uint64_t n,
                    uint64_t es) {
    put_key(w, key, GGUF_ARR);
    put_u32(w, et);
    put_u64(w, n);
    put(w, v, n * es);
}
void mr_gguf_w_arr_f32(gguf_writer *w, const char *key, const float *v, uint64_t n) { put_arr(w, key, GGUF_F32, v, n, 4); }
void mr_gguf_w_arr_i32(gguf_writer *w, const char *key, const int32_t *v, uint64_t n) { put_arr(w, key, GGUF_I32, v, n, 4); }
void mr_gguf_w_arr_u8(gguf_writer *w, const char *key, const uint8_t *v, uint64_t n) { put_arr(w, key, GGUF_U8, v, n, 1); }

void mr_gguf_w_copy_kv(gguf_writer *w, const gguf_kv *kv) {
    put_key(w, kv->key, kv->type);
    if (kv->type == GGUF_ARR) {
        put_u32(w, kv->arr_type);
        put_u64(w, kv->n);
    }
    put(w, kv->data, kv->size);
}

int mr_gguf_w_tensor(gguf_writer *w, const char *name, uint32_t type, uint32_t n_dims,
                  const int64_t *ne) {
    if (w->n_t == w->cap_t) {
        int cap = w->cap_t ? w->cap_t * 2 : 64;
        wtensor *nt = realloc(w->t, (size_t)cap * sizeof *nt);
        if (!nt) { w->failed = 1; return -1; }
        w->t = nt;
        w->cap_t = cap;
    }
    wtensor *t = &w->t[w->n_t];
    memset(t, 0, sizeof *t);
    t->name = strdup(name);
    if (!t->name) { w->failed = 1; return -1; }
    t->type = type;
    t->n_dims = n_dims;
    uint64_t rows = 1;
    for (uint32_t d = 0; d < 4; d++) t->ne[d] = d < n_dims ? ne[d] : 1;
    for (uint32_t d = 1; d < n_dims; d++) rows *= (uint64_t)ne[d];
    t->nbytes = rows * mr_row_bytes(type, ne[0]);
    uint64_t off = 0;
    if (w->n_t > 0) {
        wtensor *p = &w->t[w->n_t - 1];
        off = (p->offset + p->nbytes + 31) / 32 * 32;
    }
    t->offset = off;
    return w->n_t++;
}

static const uint8_t zeros[32];

int mr_gguf_w_begin(gguf_writer *w, FILE *fp) {
    if (w->failed) return MR_ERR_OOM;
    uint32_t magic = GGUF_MAGIC, version = 3;
    uint64_t nt = (uint64_t)w->n_t, hdr = 24 + w->kv_len;
    fwrite(&magic, 4, 1, fp);
    fwrite(&version, 4, 1, fp);
    fwrite(&nt, 8, 1, fp);
    fwrite(&w->n_kv, 8, 1, fp);
    fwrite(w->kv, 1, w->kv_len, fp);
    for (int i = 0; i < w->n_t; i++) {
        wtensor *t = &w->t[i];
        uint64_t len = strlen(t->name);
        fwrite(&len, 8, 1, fp);
        fwrite(t->name, 1, len, fp);
        fwrite(&t->n_dims, 4, 1, fp);
        for (uint32_t d = 0; d < t->n_dims; d++) fwrite(&t->ne[d], 8, 1, fp);
        fwrite(&t->type, 4, 1, fp);
        fwrite(&t->offset, 8, 1, fp);
        hdr += 8 + len + 4 + 8 * t->n_dims + 4 + 8;
    }
    uint64_t pad = (32 - hdr % 32) % 32;
    fwrite(zeros, 1, pad, fp);
    w->written = 0;
    return ferror(fp) ? MR_ERR_IO : MR_OK;
}

int mr_gguf_w_data(gguf_writer *w, FILE *fp, int idx, const void *data, uint64_t nbytes) {
    if (idx < 0 || idx >= w->n_t || nbytes != w->t[idx].nbytes) return MR_ERR_INVALID_ARG;
    if (w->written != w->t[idx].offset) {
        if (w->written > w->t[idx].offset) return MR_ERR_INVALID_ARG;
        fwrite(zeros, 1, w->t[idx].offset - w->written, fp);
    }
    fwrite(data, 1, nbytes, fp);
    w->written = w->t[idx].offset + nbytes;
    return ferror(fp) ? MR_ERR_IO : MR_OK;
}
