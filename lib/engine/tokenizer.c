/* tokenizer.c - sentencepiece unigram tokenization, exactly as sentencepiece
 * does it: normalise (user-defined symbols, precompiled charsmap, whitespace
 * rules), Viterbi over piece scores in float32 (the same arithmetic and the
 * same tie-breaking as sentencepiece's EncodeOptimized), unknown characters
 * to unk or byte pieces, and decoding back to text.
 *
 * Data flow: text -> normalize() -> viterbi() -> ids. Everything is linear
 * in the input: the charsmap lookup and the piece lookups are bounded by the
 * longest key. */
#include "internal.h"

#include <float.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* sentencepiece's piece types, plus our own SP_SENTINEL for T5's
 * <extra_id_N>: never produced by segmentation, recognised in text only with
 * MR_TOKENIZE_SPECIAL, printed as themselves. */
enum { SP_NORMAL = 1, SP_UNKNOWN = 2, SP_CONTROL = 3, SP_USER = 4, SP_UNUSED = 5, SP_BYTE = 6,
       SP_SENTINEL = 7 };

static const char kSpace[] = "\xe2\x96\x81"; /* U+2581, sentencepiece's visible space */
static const char kReplacement[] = "\xef\xbf\xbd";
static const char kUnkSurface[] = " \xe2\x81\x87 "; /* " U+2047 " */
/* sentencepiece: unknown characters score min_score - 10 */
#define UNK_PENALTY 10.0f

struct mr_tokenizer {
    int32_t n;             /* number of ids */
    char **pieces;         /* [n] NUL-terminated */
    uint32_t *lens;        /* [n] */
    float *scores;         /* [n] */
    uint8_t *types;        /* [n] SP_* */
    int32_t *table;        /* open-addressing hash of piece -> id, -1 empty */
    uint64_t tmask;
    uint64_t *prefixes;    /* hashes of every byte prefix of a segmentable piece (0 = empty):
                              the Viterbi scan stops as soon as no piece can continue, as a
                              trie walk would */
    uint64_t pmask;
    uint32_t max_len;      /* longest piece (bytes) */
    uint32_t max_user_len; /* longest user-defined piece, 0 if none */
    /* precompiled charsmap: a darts-clone double array + replacement strings */
    uint8_t *charsmap;
    uint64_t charsmap_len;
    const uint32_t *trie;  /* points into charsmap_aligned */
    uint32_t *trie_copy;   /* aligned copy of the units */
    uint64_t trie_n;       /* units */
    const char *norm;      /* replacement strings, NUL-separated */
    uint64_t norm_len;
    int add_dummy_prefix, remove_extra_ws, escape_ws, treat_ws_as_suffix, byte_fallback;
    int32_t byte_id[256];
    int32_t unk, bos, eos, pad;
    float min_score, max_score;
};

/* ------------------------------------------------------------ hashing */

static uint64_t fnv_step(uint64_t h, uint8_t c) { return (h ^ c) * 0x100000001b3ull; }
#define FNV_INIT 0xcbf29ce484222325ull

static uint64_t fnv(const char *s, uint32_t n) {
    uint64_t h = FNV_INIT;
    for (uint32_t i = 0; i < n; i++) h = fnv_step(h, (uint8_t)s[i]);
    return h;
}

/* Mix the length in so that prefixes of different lengths never share a key;
 * 0 marks an empty slot. */
static uint64_t prefix_key(uint64_t h, uint32_t n) {
    uint64_t k = (h ^ ((uint64_t)n * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
    return k ? k : 1;
}

static int has_prefix(const mr_tokenizer *t, uint64_t h, uint32_t n) {
    uint64_t k = prefix_key(h, n);
    for (uint64_t i = k & t->pmask;; i = (i + 1) & t->pmask) {
        if (t->prefixes[i] == k) return 1;
        if (t->prefixes[i] == 0) return 0;
    }
}

static int32_t lookup_h(const mr_tokenizer *t, uint64_t h, const char *s, uint32_t n) {
    for (uint64_t i = h & t->tmask;; i = (i + 1) & t->tmask) {
        int32_t id = t->table[i];
        if (id < 0) return -1;
        if (t->lens[id] == n && !memcmp(t->pieces[id], s, n)) return id;
    }
}

/* ------------------------------------------------------------ UTF-8 */

/* sentencepiece's DecodeUTF8: returns the code point and its length, or
 * 0xFFFD with length 1 for anything invalid (overlong, surrogate, truncated).
 * A literal U+FFFD comes back with length 3 and is valid. */
static uint32_t decode_utf8(const uint8_t *s, uint64_t n, uint32_t *len) {
    uint32_t c = s[0];
    if (c < 0x80) { *len = 1; return c; }
    if (n >= 2 && (c & 0xe0) == 0xc0 && (s[1] & 0xc0) == 0x80) {
        uint32_t cp = ((c & 0x1f) << 6) | (s[1] & 0x3f);
        if (cp >= 0x80) { *len = 2; return cp; }
    } else if (n >= 3 && (c & 0xf0) == 0xe0 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
        uint32_t cp = ((c & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
        if (cp >= 0x800 && (cp < 0xd800 || cp >= 0xe000)) { *len = 3; return cp; }
    } else if (n >= 4 && (c & 0xf8) == 0xf0 && (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80 &&
               (s[3] & 0xc0) == 0x80) {
        uint32_t cp = ((c & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
        if (cp >= 0x10000 && cp <= 0x10ffff) { *len = 4; return cp; }
    }
    *len = 1;
    return 0xfffd;
}

/* Length of the character starting with byte c (sentencepiece's OneCharLen). */
static uint32_t one_char_len(uint8_t c) {
    static const uint8_t tbl[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
    return tbl[c >> 4];
}

/* ------------------------------------------------------------ growable buffer */

typedef struct {
    char *p;
    uint64_t n, cap;
    int oom;
} sbuf;

static void sb_put(sbuf *b, const char *s, uint64_t n) {
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        uint64_t cap = b->cap ? b->cap : 256;
        while (cap < b->n + n + 1) cap *= 2;
        char *np = realloc(b->p, cap);
        if (!np) { b->oom = 1; return; }
        b->p = np;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

/* ------------------------------------------------------------ normalizer */

/* Longest charsmap match at s: returns the match length in input bytes (0:
 * none) and the replacement string. */
static uint64_t charsmap_match(const mr_tokenizer *t, const uint8_t *s, uint64_t n,
                               const char **rep, uint64_t *rep_len) {
    if (!t->trie_n) return 0;
#define UNIT_OFFSET(u) (((u) >> 10) << (((u) & (1u << 9)) >> 6))
#define UNIT_LABEL(u) ((u) & ((1u << 31) | 0xffu))
#define UNIT_LEAF(u) (((u) >> 8) & 1)
#define UNIT_VALUE(u) ((u) & ((1u << 31) - 1))
    uint64_t pos = UNIT_OFFSET(t->trie[0]);
    uint64_t best = 0, best_val = 0;
    for (uint64_t i = 0; i < n; i++) {
        pos ^= s[i];
        if (pos >= t->trie_n) break;
        uint32_t u = t->trie[pos];
        if (UNIT_LABEL(u) != s[i]) break;
        pos ^= UNIT_OFFSET(u);
        if (pos >= t->trie_n) break;
        if (UNIT_LEAF(u)) {
            best = i + 1;
            best_val = UNIT_VALUE(t->trie[pos]);
        }
    }
    if (!best || best_val >= t->norm_len) return 0;
    *rep = t->norm + best_val;
    const char *z = memchr(*rep, 0, t->norm_len - best_val);
    *rep_len = z ? (uint64_t)(z - *rep) : t->norm_len - best_val;
    return best;
}

/* sentencepiece's NormalizePrefix: what the next input bytes become. */
static uint64_t normalize_prefix(const mr_tokenizer *t, const uint8_t *s, uint64_t n,
                                 const char **rep, uint64_t *rep_len) {
    if (t->max_user_len) { /* user-defined symbols pass through untouched */
        uint64_t h = FNV_INIT, best = 0;
        for (uint64_t k = 0; k < n && k < t->max_user_len; k++) {
            h = fnv_step(h, s[k]);
            int32_t id = lookup_h(t, h, (const char *)s, (uint32_t)(k + 1));
            if (id >= 0 && t->types[id] == SP_USER) best = k + 1;
        }
        if (best) {
            *rep = (const char *)s;
            *rep_len = best;
            return best;
        }
    }
    uint64_t m = charsmap_match(t, s, n, rep, rep_len);
    if (m) return m;
    uint32_t len;
    if (decode_utf8(s, n, &len) == 0xfffd && len == 1) {
        *rep = kReplacement;
        *rep_len = 3;
        return 1;
    }
    *rep = (const char *)s;
    *rep_len = len;
    return len;
}

static void add_ws(const mr_tokenizer *t, sbuf *out) {
    if (t->escape_ws) sb_put(out, kSpace, 3);
    else sb_put(out, " ", 1);
}

static void normalize(const mr_tokenizer *t, const uint8_t *s, uint64_t n, sbuf *out) {
    const char *rep;
    uint64_t rl;
    if (t->remove_extra_ws) { /* drop leading spaces */
        while (n) {
            uint64_t c = normalize_prefix(t, s, n, &rep, &rl);
            if (!(rl == 1 && rep[0] == ' ')) break;
            s += c;
            n -= c;
        }
    }
    if (!n) return;
    if (!t->treat_ws_as_suffix && t->add_dummy_prefix) add_ws(t, out);
    int prev_space = t->remove_extra_ws;
    while (n) {
        uint64_t c = normalize_prefix(t, s, n, &rep, &rl);
        /* collapse runs of spaces, also inside a replacement string */
        while (prev_space && rl && rep[0] == ' ') { rep++; rl--; }
        if (rl) {
            for (uint64_t i = 0; i < rl; i++) {
                if (rep[i] == ' ' && t->escape_ws) sb_put(out, kSpace, 3);
                else sb_put(out, rep + i, 1);
            }
            prev_space = rep[rl - 1] == ' ';
        }
        s += c;
        n -= c;
        if (!t->remove_extra_ws) prev_space = 0;
    }
    if (t->treat_ws_as_suffix && t->add_dummy_prefix) add_ws(t, out);
    if (t->remove_extra_ws) { /* drop trailing spaces */
        const char *sp = t->escape_ws ? kSpace : " ";
        uint64_t sl = t->escape_ws ? 3 : 1;
        while (out->n >= sl && !memcmp(out->p + out->n - sl, sp, sl)) out->n -= sl;
        if (out->p) out->p[out->n] = 0;
    }
}

/* ------------------------------------------------------------ Viterbi */

typedef struct {
    int32_t id;
    float score;
    int64_t start; /* -1: not reached yet */
} best_node;

typedef struct {
    int32_t *ids;
    int64_t n, cap;
    int oom;
} idvec;

static void iv_push(idvec *v, int32_t id) {
    if (v->oom) return;
    if (v->n == v->cap) {
        int64_t cap = v->cap ? v->cap * 2 : 64;
        int32_t *np = realloc(v->ids, (size_t)cap * sizeof *np);
        if (!np) { v->oom = 1; return; }
        v->ids = np;
        v->cap = cap;
    }
    v->ids[v->n++] = id;
}

static int viterbi(const mr_tokenizer *t, const char *s, int64_t n, idvec *out) {
    best_node *best = malloc((size_t)(n + 1) * sizeof *best);
    if (!best) return MR_ERR_OOM;
    for (int64_t i = 0; i <= n; i++) best[i] = (best_node){-1, 0.0f, -1};
    best[0].start = 0;
    const float unk_score = t->min_score - UNK_PENALTY;
    for (int64_t start = 0; start < n;) {
        float here = best[start].score;
        int64_t mblen = one_char_len((uint8_t)s[start]);
        if (mblen > n - start) mblen = n - start;
        int has_single = 0;
        uint64_t h = FNV_INIT;
        for (int64_t end = start + 1; end <= n && end - start <= t->max_len; end++) {
            h = fnv_step(h, (uint8_t)s[end - 1]);
            if (!has_prefix(t, h, (uint32_t)(end - start))) break; /* no piece continues */
            int32_t id = lookup_h(t, h, s + start, (uint32_t)(end - start));
            if (id < 0) continue;
            uint8_t ty = t->types[id];
            if (ty != SP_NORMAL && ty != SP_USER) continue;
            int64_t len = end - start;
            float sc = ty == SP_USER ? ((float)len * t->max_score - 0.1f) : t->scores[id];
            float cand = sc + here;
            if (best[end].start == -1 || cand > best[end].score) {
                best[end].score = cand;
                best[end].start = start;
                best[end].id = id;
            }
            if (len == mblen) has_single = 1;
        }
        if (!has_single) {
            best_node *b = &best[start + mblen];
            float cand = unk_score + here;
            if (b->start == -1 || cand > b->score) {
                b->score = cand;
                b->start = start;
                b->id = t->unk;
            }
        }
        start += mblen;
    }
    /* backtrack: collect (id, start) pairs in reverse, then emit forwards */
    int64_t cnt = 0;
    for (int64_t e = n; e > 0; e = best[e].start) cnt++;
    int64_t *starts = malloc((size_t)(cnt ? cnt : 1) * sizeof *starts);
    int64_t *ends = malloc((size_t)(cnt ? cnt : 1) * sizeof *ends);
    if (!starts || !ends) { free(best); free(starts); free(ends); return MR_ERR_OOM; }
    int64_t k = cnt;
    for (int64_t e = n; e > 0; e = best[e].start) { k--; starts[k] = best[e].start; ends[k] = e; }
    for (int64_t i = 0; i < cnt; i++) {
        int32_t id = best[ends[i]].id;
        if (id == t->unk) {
            /* sentencepiece merges a run of unknown characters into one unk */
            int64_t j = i;
            while (j + 1 < cnt && best[ends[j + 1]].id == t->unk) j++;
            if (t->byte_fallback)
                for (int64_t b = starts[i]; b < ends[j]; b++) iv_push(out, t->byte_id[(uint8_t)s[b]]);
            else
                iv_push(out, id);
            i = j;
        } else {
            iv_push(out, id);
        }
    }
    free(starts);
    free(ends);
    free(best);
    return out->oom ? MR_ERR_OOM : MR_OK;
}

/* ------------------------------------------------------------ public: encode */

/* Encode one stretch of plain text, appending to v. */
static int encode_plain(const mr_tokenizer *t, const char *text, uint64_t len, idvec *v) {
    sbuf norm = {0};
    int rc = MR_OK;
    if (len > 0) normalize(t, (const uint8_t *)text, len, &norm);
    if (norm.oom) rc = MR_ERR_OOM;
    if (rc == MR_OK && norm.n) rc = viterbi(t, norm.p, (int64_t)norm.n, v);
    free(norm.p);
    return rc;
}

/* If text starts with a sentinel "<extra_id_N>" of this vocabulary, return
 * its id and length. */
static int32_t match_sentinel(const mr_tokenizer *t, const char *s, uint64_t n, uint64_t *len) {
    if (n < 12 || memcmp(s, "<extra_id_", 10)) return -1;
    uint64_t k = 10;
    while (k < n && k < 14 && s[k] >= '0' && s[k] <= '9') k++;
    if (k == 10 || k >= n || s[k] != '>') return -1;
    int32_t id = lookup_h(t, fnv(s, (uint32_t)(k + 1)), s, (uint32_t)(k + 1));
    if (id < 0 || t->types[id] != SP_SENTINEL) return -1;
    *len = k + 1;
    return id;
}

int32_t mr_tokenize(const mr_tokenizer *t, const char *text, int64_t len, int flags,
                    int32_t *ids, int32_t cap, int32_t *needed) {
    if (needed) *needed = 0;
    if (!t || (!text && len > 0) || cap < 0 || (!ids && cap > 0)) return MR_ERR_INVALID_ARG;
    if (!text) len = 0;
    if (len < 0) len = (int64_t)strlen(text);
    idvec v = {0};
    int rc = MR_OK;
    uint64_t n = (uint64_t)len, start = 0;
    if (flags & MR_TOKENIZE_SPECIAL) {
        for (uint64_t i = 0; i < n && rc == MR_OK; i++) {
            uint64_t sl;
            int32_t id;
            if (text[i] != '<' || (id = match_sentinel(t, text + i, n - i, &sl)) < 0) continue;
            rc = encode_plain(t, text + start, i - start, &v);
            iv_push(&v, id);
            i += sl - 1;
            start = i + 1;
        }
    }
    if (rc == MR_OK) rc = encode_plain(t, text + start, n - start, &v);
    if (rc == MR_OK && (flags & MR_TOKENIZE_ADD_EOS) && t->eos >= 0) iv_push(&v, t->eos);
    if (rc == MR_OK && v.oom) rc = MR_ERR_OOM;
    if (rc == MR_OK && v.n > INT32_MAX) rc = MR_ERR_TOO_LONG;
    if (rc == MR_OK) {
        if (needed) *needed = (int32_t)v.n;
        if (v.n > cap) rc = MR_ERR_BUFFER_TOO_SMALL;
        else {
            if (v.n) memcpy(ids, v.ids, (size_t)v.n * sizeof *ids);
            rc = (int32_t)v.n;
        }
    }
    free(v.ids);
    return rc;
}

/* ------------------------------------------------------------ public: decode */

/* "<0xAB>" -> 0xAB; -1 for anything else. */
static int byte_value(const char *piece, uint32_t len) {
    if (len != 6 || memcmp(piece, "<0x", 3) || piece[5] != '>') return -1;
    int v = 0;
    for (int i = 3; i < 5; i++) {
        char c = piece[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
              : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Flush collected byte pieces: valid UTF-8 as is, each invalid byte as U+FFFD. */
static void flush_bytes(sbuf *out, sbuf *bytes) {
    uint64_t i = 0;
    while (i < bytes->n) {
        uint32_t len;
        uint32_t cp = decode_utf8((const uint8_t *)bytes->p + i, bytes->n - i, &len);
        if (cp == 0xfffd && len == 1) sb_put(out, kReplacement, 3);
        else sb_put(out, bytes->p + i, len);
        i += len;
    }
    bytes->n = 0;
}

/* The text of ids (checked) appended to out. at_start: nothing precedes it,
 * so the first word's dummy-prefix space is dropped; a stream decoding the
 * ids after text it already handed out keeps that space. */
static void detok(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids, int at_start, sbuf *out) {
    sbuf bytes = {0};
    for (int32_t i = 0; i < n_ids; i++) {
        int32_t id = ids[i];
        uint8_t ty = t->types[id];
        if (ty == SP_BYTE) {
            char b = (char)byte_value(t->pieces[id], t->lens[id]);
            sb_put(&bytes, &b, 1);
            continue;
        }
        flush_bytes(out, &bytes);
        if (ty == SP_CONTROL) continue;
        if (ty == SP_SENTINEL) {
            sb_put(out, t->pieces[id], t->lens[id]);
            continue;
        }
        if (ty == SP_UNKNOWN) {
            sb_put(out, kUnkSurface, sizeof kUnkSurface - 1);
            continue;
        }
        const char *p = t->pieces[id];
        uint32_t pl = t->lens[id];
        /* the dummy prefix of the first word is not part of the text */
        if (at_start && out->n == 0 && (t->add_dummy_prefix || t->remove_extra_ws) && pl >= 3 &&
            !memcmp(p, kSpace, 3)) {
            p += 3;
            pl -= 3;
        }
        for (uint32_t k = 0; k < pl;) {
            if (k + 3 <= pl && !memcmp(p + k, kSpace, 3)) { sb_put(out, " ", 1); k += 3; }
            else { sb_put(out, p + k, 1); k++; }
        }
    }
    flush_bytes(out, &bytes);
    if (bytes.oom) out->oom = 1;
    free(bytes.p);
}

static int check_ids(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids) {
    for (int32_t i = 0; i < n_ids; i++)
        if (ids[i] < 0 || ids[i] >= t->n) return MR_ERR_TOKEN;
    return MR_OK;
}

int32_t mr_detokenize(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids, char *text,
                      int32_t cap, int32_t *needed) {
    if (needed) *needed = 0;
    if (!t || (!ids && n_ids > 0) || n_ids < 0 || cap < 0 || (!text && cap > 0))
        return MR_ERR_INVALID_ARG;
    if (check_ids(t, ids, n_ids) != MR_OK) return MR_ERR_TOKEN;
    sbuf out = {0};
    sb_put(&out, "", 0);
    detok(t, ids, n_ids, 1, &out);
    if (out.oom) { free(out.p); return MR_ERR_OOM; }
    int32_t rc;
    if (out.n + 1 > (uint64_t)INT32_MAX) rc = MR_ERR_TOO_LONG;
    else {
        if (needed) *needed = (int32_t)out.n + 1;
        if (out.n + 1 > (uint64_t)cap) rc = MR_ERR_BUFFER_TOO_SMALL;
        else { memcpy(text, out.p, out.n + 1); rc = (int32_t)out.n; }
    }
    free(out.p);
    return rc;
}

/* Whether bytes s[0..n) (n < 4) begin a sequence that decode_utf8 would
 * accept once more bytes came: the lead byte asks for more than n bytes and
 * some continuation makes a valid character. Only the second byte's range
 * depends on the lead (overlong forms, surrogates, the top of Unicode), so
 * trying every second byte with 0x80 after it decides. */
static int utf8_incomplete(const uint8_t *s, uint32_t n) {
    uint32_t want = (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3 : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
    if (n >= want) return 0;
    uint8_t buf[4];
    memcpy(buf, s, n);
    for (uint32_t second = 0x80; second <= 0xbf; second++) {
        if (n >= 2 && second != s[1]) continue;
        buf[1] = (uint8_t)second;
        for (uint32_t k = n > 2 ? n : 2; k < want; k++) buf[k] = 0x80;
        uint32_t len;
        if (!(decode_utf8(buf, want, &len) == 0xfffd && len == 1)) return 1;
    }
    return 0;
}

int32_t mr_detok_pending(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids) {
    /* the trailing run of byte pieces, at most the 3 bytes a character can lack */
    int32_t run = 0;
    while (run < n_ids && run < 4) {
        int32_t id = ids[n_ids - 1 - run];
        if (id < 0 || id >= t->n || t->types[id] != SP_BYTE) break;
        run++;
    }
    if (run == 0) return 0;
    uint8_t b[4];
    for (int32_t i = 0; i < run; i++)
        b[i] = (uint8_t)byte_value(t->pieces[ids[n_ids - run + i]], t->lens[ids[n_ids - run + i]]);
    /* an incomplete sequence is one lead byte and continuation bytes, so the
     * longest incomplete tail is the only one; earlier bytes are decided
     * whatever follows (decode_utf8 never looks past a character) */
    for (int32_t k = run < 3 ? run : 3; k >= 1; k--)
        if (utf8_incomplete(b + run - k, (uint32_t)k)) return k;
    return 0;
}

int32_t mr_detok_part(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids, int at_start,
                      char **text) {
    *text = NULL;
    if (!t || (!ids && n_ids > 0) || n_ids < 0) return MR_ERR_INVALID_ARG;
    if (check_ids(t, ids, n_ids) != MR_OK) return MR_ERR_TOKEN;
    sbuf out = {0};
    sb_put(&out, "", 0);
    detok(t, ids, n_ids, at_start, &out);
    if (out.oom) { free(out.p); return MR_ERR_OOM; }
    if (out.n > (uint64_t)INT32_MAX) { free(out.p); return MR_ERR_TOO_LONG; }
    *text = out.p;
    return (int32_t)out.n;
}

/* ------------------------------------------------------------ construction */

void mr_tokenizer_free(mr_tokenizer *t) {
    if (!t) return;
    for (int32_t i = 0; t->pieces && i < t->n; i++) free(t->pieces[i]);
    free(t->pieces);
    free(t->lens);
    free(t->scores);
    free(t->types);
    free(t->table);
    free(t->prefixes);
    free(t->charsmap);
    free(t->trie_copy);
    free(t);
}

static int setup_charsmap(mr_tokenizer *t, char *err, size_t errsz) {
    if (!t->charsmap || t->charsmap_len == 0) return MR_OK;
    uint32_t trie_size;
    if (t->charsmap_len < 4) goto bad;
    memcpy(&trie_size, t->charsmap, 4);
    if (trie_size % 4 || trie_size > t->charsmap_len - 4 || trie_size == 0) goto bad;
    t->trie_n = trie_size / 4;
    t->trie_copy = mr_malloc(trie_size);
    if (!t->trie_copy) {
        mr_fmt(err, errsz, "out of memory loading the tokenizer's normalization trie (%u bytes)", trie_size);
        return MR_ERR_OOM;
    }
    memcpy(t->trie_copy, t->charsmap + 4, trie_size);
    t->trie = t->trie_copy;
    t->norm = (const char *)t->charsmap + 4 + trie_size;
    t->norm_len = t->charsmap_len - 4 - trie_size;
    return MR_OK;
bad:
    mr_fmt(err, errsz, "precompiled charsmap is malformed (%llu bytes)",
           (unsigned long long)t->charsmap_len);
    return MR_ERR_FORMAT;
}

mr_tokenizer *mr_tokenizer_build(mr_sp_raw *raw, int extra_ids, char *err, size_t errsz) {
    if (raw->model_type != 1) {
        mr_fmt(err, errsz, "sentencepiece model type %d unsupported (only unigram, type 1)",
               raw->model_type);
        mr_sp_raw_free(raw);
        return NULL;
    }
    /* what the allocation that failed asked for, for the message */
    uint64_t want = sizeof(mr_tokenizer);
    mr_tokenizer *t = mr_calloc(1, sizeof *t);
    if (!t) goto oom;
    /* T5: append <extra_id_99> .. <extra_id_0> unless the vocabulary has them */
    int have_sentinel = 0;
    for (uint32_t i = 0; i < raw->n_pieces; i++)
        if (!strcmp(raw->pieces[i], "<extra_id_0>")) have_sentinel = 1;
    uint32_t n = raw->n_pieces + (have_sentinel ? 0 : (uint32_t)extra_ids);
    t->n = (int32_t)n;
    want = (uint64_t)n * (sizeof *t->pieces + sizeof *t->lens + sizeof *t->scores + 1);
    t->pieces = mr_calloc(n, sizeof *t->pieces);
    t->lens = mr_calloc(n, sizeof *t->lens);
    t->scores = mr_calloc(n, sizeof *t->scores);
    t->types = mr_calloc(n, 1);
    if (!t->pieces || !t->lens || !t->scores || !t->types) goto oom;
    for (uint32_t i = 0; i < raw->n_pieces; i++) {
        t->pieces[i] = raw->pieces[i];
        raw->pieces[i] = NULL;
        t->scores[i] = raw->scores[i];
        t->types[i] = raw->types[i];
    }
    for (uint32_t i = raw->n_pieces; i < n; i++) {
        char buf[32];
        int len = snprintf(buf, sizeof buf, "<extra_id_%u>", n - 1 - i);
        want = (uint64_t)len + 1;
        t->pieces[i] = mr_strndup(buf, (size_t)len);
        if (!t->pieces[i]) goto oom;
        t->types[i] = SP_SENTINEL;
    }
    t->charsmap = raw->charsmap;
    t->charsmap_len = raw->charsmap_len;
    raw->charsmap = NULL;
    t->add_dummy_prefix = raw->add_dummy_prefix;
    t->remove_extra_ws = raw->remove_extra_ws;
    t->escape_ws = raw->escape_ws;
    t->treat_ws_as_suffix = raw->treat_ws_as_suffix;
    t->byte_fallback = raw->byte_fallback;
    t->unk = raw->unk_id < (int32_t)n ? raw->unk_id : -1;
    t->bos = raw->bos_id < (int32_t)n ? raw->bos_id : -1;
    t->eos = raw->eos_id < (int32_t)n ? raw->eos_id : -1;
    t->pad = raw->pad_id < (int32_t)n ? raw->pad_id : -1;
    mr_sp_raw_free(raw);
    if (t->unk < 0) {
        mr_fmt(err, errsz, "tokenizer has no unknown piece");
        mr_tokenizer_free(t);
        return NULL;
    }
    int rc = setup_charsmap(t, err, errsz);
    if (rc != MR_OK) { mr_tokenizer_free(t); return NULL; }
    /* index */
    uint64_t size = 1;
    while (size < (uint64_t)n * 2) size *= 2;
    want = size * sizeof *t->table;
    t->table = mr_malloc(size * sizeof *t->table);
    if (!t->table) goto oom;
    memset(t->table, 0xff, size * sizeof *t->table);
    t->tmask = size - 1;
    t->min_score = FLT_MAX;
    t->max_score = FLT_MIN; /* sic: sentencepiece starts from FLT_MIN, so max >= ~0 */
    for (int i = 0; i < 256; i++) t->byte_id[i] = t->unk;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t len = (uint32_t)strlen(t->pieces[i]);
        t->lens[i] = len;
        unsigned num;
        char tail;
        if (t->types[i] != SP_NORMAL && sscanf(t->pieces[i], "<extra_id_%u%c", &num, &tail) == 2 &&
            tail == '>' && len == (uint32_t)snprintf(NULL, 0, "<extra_id_%u>", num))
            t->types[i] = SP_SENTINEL;
        if (t->types[i] == SP_NORMAL) {
            if (t->scores[i] < t->min_score) t->min_score = t->scores[i];
            if (t->scores[i] > t->max_score) t->max_score = t->scores[i];
        }
        if (t->types[i] == SP_BYTE) {
            int b = byte_value(t->pieces[i], len);
            if (b < 0) t->types[i] = SP_UNUSED; /* malformed: never produced, printed as is */
            else if (t->byte_id[b] == t->unk) t->byte_id[b] = (int32_t)i;
        }
        if (t->types[i] == SP_NORMAL || t->types[i] == SP_USER) {
            if (len > t->max_len) t->max_len = len;
        }
        if (t->types[i] == SP_USER && len > t->max_user_len) t->max_user_len = len;
        if (len == 0) continue;
        uint64_t h = fnv(t->pieces[i], len);
        if (lookup_h(t, h, t->pieces[i], len) >= 0) continue; /* first one wins */
        uint64_t j = h & t->tmask;
        while (t->table[j] >= 0) j = (j + 1) & t->tmask;
        t->table[j] = (int32_t)i;
    }
    if (t->min_score == FLT_MAX) t->min_score = 0;
    /* prefix set: total prefix count is bounded by the bytes of all pieces */
    uint64_t total = 0;
    for (uint32_t i = 0; i < n; i++)
        if (t->types[i] == SP_NORMAL || t->types[i] == SP_USER) total += t->lens[i];
    size = 1;
    while (size < total * 2 + 2) size *= 2;
    want = size * sizeof *t->prefixes;
    t->prefixes = mr_calloc(size, sizeof *t->prefixes);
    if (!t->prefixes) goto oom;
    t->pmask = size - 1;
    for (uint32_t i = 0; i < n; i++) {
        if (t->types[i] != SP_NORMAL && t->types[i] != SP_USER) continue;
        uint64_t h = FNV_INIT;
        for (uint32_t k = 0; k < t->lens[i]; k++) {
            h = fnv_step(h, (uint8_t)t->pieces[i][k]);
            uint64_t key = prefix_key(h, k + 1), j = key & t->pmask;
            while (t->prefixes[j] && t->prefixes[j] != key) j = (j + 1) & t->pmask;
            t->prefixes[j] = key;
        }
    }
    return t;
oom:
    mr_fmt(err, errsz, "out of memory loading the tokenizer (%llu bytes, %u pieces)", (unsigned long long)want,
           t ? (uint32_t)t->n : raw->n_pieces);
    mr_sp_raw_free(raw);
    mr_tokenizer_free(t);
    return NULL;
}

mr_tokenizer *mr_tokenizer_load(const char *path, char *err, size_t errsz) {
    if (!path) { mr_fmt(err, errsz, "path is NULL"); return NULL; }
    gguf_file f;
    int fd = open(path, O_RDONLY);
    if (fd < 0) { mr_fmt(err, errsz, "cannot open %s", path); return NULL; }
    uint8_t magic[4] = {0};
    ssize_t got = read(fd, magic, 4);
    if (got == 4 && mr_is_gguf_magic(magic, 4)) {
        close(fd);
        if (mr_gguf_open(&f, path, 1, err, errsz) != MR_OK) return NULL;
        mr_sp_raw raw;
        int r = mr_sp_from_gguf(&f, &raw, err, errsz);
        mr_gguf_close(&f);
        if (r == 0) mr_fmt(err, errsz, "%s has no tokenizer.ggml.* entries", path);
        if (r != 1) return NULL;
        return mr_tokenizer_build(&raw, 0, err, errsz);
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0 || st.st_size > (1ll << 31)) {
        close(fd);
        mr_fmt(err, errsz, "%s: not a sentencepiece model (size)", path);
        return NULL;
    }
    uint8_t *buf = mr_malloc((size_t)st.st_size);
    if (!buf) {
        close(fd);
        mr_fmt(err, errsz, "%s: out of memory reading %lld bytes", path, (long long)st.st_size);
        return NULL;
    }
    uint64_t have = 0;
    while (have < (uint64_t)st.st_size) {
        ssize_t k = pread(fd, buf + have, (size_t)st.st_size - have, (off_t)have);
        if (k <= 0) break;
        have += (uint64_t)k;
    }
    close(fd);
    mr_sp_raw raw;
    int rc = mr_sp_parse_proto(buf, have, &raw, err, errsz);
    free(buf);
    if (rc != MR_OK) return NULL;
    /* a bare spiece.model is T5's tokenizer: transformers adds 100 sentinels */
    return mr_tokenizer_build(&raw, 100, err, errsz);
}

int32_t mr_tokenizer_n_vocab(const mr_tokenizer *t) { return t ? t->n : 0; }
int32_t mr_tokenizer_eos(const mr_tokenizer *t) { return t ? t->eos : -1; }
int32_t mr_tokenizer_pad(const mr_tokenizer *t) { return t ? t->pad : -1; }
int32_t mr_tokenizer_unk(const mr_tokenizer *t) { return t ? t->unk : -1; }
int32_t mr_tokenizer_bos(const mr_tokenizer *t) { return t ? t->bos : -1; }

const char *mr_token_to_piece(const mr_tokenizer *t, int32_t id) {
    if (!t || id < 0 || id >= t->n) return NULL;
    return t->pieces[id];
}

int32_t mr_piece_to_token(const mr_tokenizer *t, const char *piece) {
    if (!t || !piece) return -1;
    uint32_t n = (uint32_t)strlen(piece);
    return lookup_h(t, fnv(piece, n), piece, n);
}

/* Internal accessors for the converter (copy the vocabulary into GGUF). */
int32_t mr_tok_type(const mr_tokenizer *t, int32_t id) {
    return t->types[id] == SP_SENTINEL ? SP_USER : t->types[id];
}
float mr_tok_score(const mr_tokenizer *t, int32_t id) { return t->scores[id]; }
const uint8_t *mr_tok_charsmap(const mr_tokenizer *t, uint64_t *len) {
    *len = t->charsmap_len;
    return t->charsmap;
}
void mr_tok_flags(const mr_tokenizer *t, int *add_prefix, int *remove_ws, int *escape_ws,
                  int *ws_suffix) {
    *add_prefix = t->add_dummy_prefix;
    *remove_ws = t->remove_extra_ws;
    *escape_ws = t->escape_ws;
    *ws_suffix = t->treat_ws_as_suffix;
}
