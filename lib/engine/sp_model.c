/* sp_model.c - read a sentencepiece model: the spiece.model protobuf, or the
 * tokenizer.ggml.* entries of a GGUF file. Both produce an mr_sp_raw.
 *
 * The protobuf reader is a minimal wire-format walker for the fields of
 * sentencepiece_model.proto that tokenization needs:
 *   ModelProto      1 pieces (repeated SentencePiece), 2 trainer_spec, 3 normalizer_spec
 *   SentencePiece   1 piece (string), 2 score (float), 3 type (enum, default NORMAL=1)
 *   TrainerSpec     3 model_type, 24 treat_whitespace_as_suffix, 35 byte_fallback,
 *                   40 unk_id, 41 bos_id, 42 eos_id, 43 pad_id
 *   NormalizerSpec  2 precompiled_charsmap, 3 add_dummy_prefix, 4 remove_extra_whitespaces,
 *                   5 escape_whitespaces
 * Every length is checked against the remaining bytes. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    const uint8_t *p, *end;
} pb;

static int pb_varint(pb *b, uint64_t *v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (b->p >= b->end) return 0;
        uint8_t c = *b->p++;
        *v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80)) return 1;
    }
    return 0;
}

/* Read one field header and its payload. For wire type 2, *sub is the
 * payload; for 0 *v the varint; for 5/1 *v the raw bits. */
static int pb_field(pb *b, uint32_t *field, uint32_t *wt, uint64_t *v, pb *sub) {
    uint64_t key;
    if (!pb_varint(b, &key)) return 0;
    *field = (uint32_t)(key >> 3);
    *wt = (uint32_t)(key & 7);
    switch (*wt) {
    case 0: return pb_varint(b, v);
    case 1:
        if (b->end - b->p < 8) return 0;
        memcpy(v, b->p, 8);
        b->p += 8;
        return 1;
    case 5: {
        if (b->end - b->p < 4) return 0;
        uint32_t x;
        memcpy(&x, b->p, 4);
        *v = x;
        b->p += 4;
        return 1;
    }
    case 2: {
        uint64_t len;
        if (!pb_varint(b, &len) || len > (uint64_t)(b->end - b->p)) return 0;
        sub->p = b->p;
        sub->end = b->p + len;
        b->p += len;
        return 1;
    }
    default: return 0; /* groups (3, 4) are not used by sentencepiece */
    }
}

void mr_sp_raw_free(mr_sp_raw *r) {
    if (!r) return;
    for (uint32_t i = 0; r->pieces && i < r->n_pieces; i++) free(r->pieces[i]);
    free(r->pieces);
    free(r->scores);
    free(r->types);
    free(r->charsmap);
    memset(r, 0, sizeof *r);
}

static void raw_defaults(mr_sp_raw *r) {
    memset(r, 0, sizeof *r);
    r->add_dummy_prefix = 1;
    r->remove_extra_ws = 1;
    r->escape_ws = 1;
    r->model_type = 1;
    r->unk_id = 0;
    r->bos_id = 1;
    r->eos_id = 2;
    r->pad_id = -1;
}

/* Append a piece; on failure writes a message and returns 0 (r is then
 * the caller's to free). */
static int add_piece(mr_sp_raw *r, uint32_t *cap, const char *s, uint64_t len, float score,
                     uint8_t type, char *err, size_t errsz) {
    if (r->n_pieces == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 1024;
        char **np = mr_realloc(r->pieces, nc * sizeof *np);
        if (np) r->pieces = np;
        float *ns = np ? mr_realloc(r->scores, nc * sizeof *ns) : NULL;
        if (ns) r->scores = ns;
        uint8_t *nt = ns ? mr_realloc(r->types, nc) : NULL;
        if (!nt) {
            mr_fmt(err, errsz, "out of memory loading the tokenizer (room for %u pieces, %llu bytes)", nc,
                   (unsigned long long)nc * (sizeof *np + sizeof *ns + 1));
            return 0;
        }
        r->types = nt;
        *cap = nc;
    }
    char *c = mr_malloc(len + 1);
    if (!c) {
        mr_fmt(err, errsz, "out of memory loading the tokenizer (piece %u, %llu bytes)", r->n_pieces,
               (unsigned long long)len + 1);
        return 0;
    }
    memcpy(c, s, len);
    c[len] = 0;
    r->pieces[r->n_pieces] = c;
    r->scores[r->n_pieces] = score;
    r->types[r->n_pieces] = type;
    r->n_pieces++;
    return 1;
}

int mr_sp_parse_proto(const uint8_t *buf, uint64_t len, mr_sp_raw *out, char *err, size_t errsz) {
    raw_defaults(out);
    pb b = {buf, buf + len};
    uint32_t cap = 0, field, wt;
    uint64_t v;
    pb sub;
    while (b.p < b.end) {
        if (!pb_field(&b, &field, &wt, &v, &sub)) goto bad;
        if (field == 1 && wt == 2) {
            const char *piece = NULL;
            uint64_t plen = 0;
            float score = 0;
            uint64_t type = 1;
            pb s = sub;
            pb ss;
            while (s.p < s.end) {
                if (!pb_field(&s, &field, &wt, &v, &ss)) goto bad;
                if (field == 1 && wt == 2) { piece = (const char *)ss.p; plen = (uint64_t)(ss.end - ss.p); }
                else if (field == 2 && wt == 5) { uint32_t x = (uint32_t)v; memcpy(&score, &x, 4); }
                else if (field == 3 && wt == 0) type = v;
            }
            if (!piece || type < 1 || type > 6) {
                mr_fmt(err, errsz, "sentencepiece model: piece %u has no text or an unknown type %llu",
                       out->n_pieces, (unsigned long long)type);
                mr_sp_raw_free(out);
                return MR_ERR_FORMAT;
            }
            if (!add_piece(out, &cap, piece, plen, score, (uint8_t)type, err, errsz)) {
                mr_sp_raw_free(out);
                return MR_ERR_OOM;
            }
        } else if (field == 2 && wt == 2) { /* TrainerSpec */
            pb s = sub, ss;
            while (s.p < s.end) {
                if (!pb_field(&s, &field, &wt, &v, &ss)) goto bad;
                if (wt != 0) continue;
                switch (field) {
                case 3: out->model_type = (int)v; break;
                case 24: out->treat_ws_as_suffix = v != 0; break;
                case 35: out->byte_fallback = v != 0; break;
                case 40: out->unk_id = (int32_t)v; break;
                case 41: out->bos_id = (int32_t)v; break;
                case 42: out->eos_id = (int32_t)v; break;
                case 43: out->pad_id = (int32_t)v; break;
                }
            }
        } else if (field == 3 && wt == 2) { /* NormalizerSpec */
            pb s = sub, ss;
            while (s.p < s.end) {
                if (!pb_field(&s, &field, &wt, &v, &ss)) goto bad;
                if (field == 2 && wt == 2) {
                    uint64_t n = (uint64_t)(ss.end - ss.p);
                    free(out->charsmap);
                    out->charsmap = mr_malloc(n ? n : 1);
                    if (!out->charsmap) {
                        mr_fmt(err, errsz, "out of memory loading the tokenizer's normalization map (%llu bytes)",
                               (unsigned long long)n);
                        mr_sp_raw_free(out);
                        return MR_ERR_OOM;
                    }
                    memcpy(out->charsmap, ss.p, n);
                    out->charsmap_len = n;
                } else if (wt == 0 && field == 3) out->add_dummy_prefix = v != 0;
                else if (wt == 0 && field == 4) out->remove_extra_ws = v != 0;
                else if (wt == 0 && field == 5) out->escape_ws = v != 0;
            }
        }
    }
    if (out->n_pieces == 0) {
        mr_fmt(err, errsz, "sentencepiece model has no pieces");
        mr_sp_raw_free(out);
        return MR_ERR_FORMAT;
    }
    return MR_OK;
bad:
    mr_fmt(err, errsz, "malformed sentencepiece model (protobuf error at byte %lld)",
           (long long)(b.p - buf));
    mr_sp_raw_free(out);
    return MR_ERR_FORMAT;
}

static int32_t id_or(const gguf_file *f, const char *key, int32_t dflt, int *bad, char *err,
                     size_t errsz) {
    uint32_t v;
    int r = mr_gguf_get_u32(f, key, &v, err, errsz);
    if (r < 0) *bad = 1;
    return r == 1 ? (int32_t)v : dflt;
}

int mr_sp_from_gguf(const gguf_file *f, mr_sp_raw *out, char *err, size_t errsz) {
    raw_defaults(out);
    const char *model;
    uint64_t mlen;
    int r = mr_gguf_get_str(f, "tokenizer.ggml.model", &model, &mlen, err, errsz);
    if (r == 0) return 0;
    if (r < 0) return MR_ERR_FORMAT;
    if (!(mlen == 2 && !memcmp(model, "t5", 2))) {
        mr_fmt(err, errsz, "tokenizer.ggml.model \"%.*s\" unsupported (only \"t5\", unigram)",
               (int)(mlen > 40 ? 40 : mlen), model);
        return MR_ERR_UNSUPPORTED;
    }
    const gguf_kv *toks = mr_gguf_find(f, "tokenizer.ggml.tokens");
    const gguf_kv *scores = mr_gguf_find(f, "tokenizer.ggml.scores");
    const gguf_kv *types = mr_gguf_find(f, "tokenizer.ggml.token_type");
    if (!toks || toks->type != GGUF_ARR || toks->arr_type != GGUF_STR || toks->n == 0 ||
        toks->n > INT32_MAX) {
        mr_fmt(err, errsz, "tokenizer.ggml.tokens missing or not a string array");
        return MR_ERR_FORMAT;
    }
    int num_ok_s = scores && scores->type == GGUF_ARR && scores->n == toks->n &&
                   (scores->arr_type == GGUF_F32 || scores->arr_type == GGUF_F64);
    if (!num_ok_s) {
        mr_fmt(err, errsz, "tokenizer.ggml.scores missing or not %llu floats",
               (unsigned long long)toks->n);
        return MR_ERR_FORMAT;
    }
    if (types && (types->type != GGUF_ARR || types->n != toks->n || types->arr_type == GGUF_STR ||
                  types->arr_type == GGUF_F32 || types->arr_type == GGUF_F64)) {
        mr_fmt(err, errsz, "tokenizer.ggml.token_type is not %llu integers",
               (unsigned long long)toks->n);
        return MR_ERR_FORMAT;
    }
    uint32_t cap = 0;
    const uint8_t *pos = toks->data;
    int has_byte = 0;
    for (uint64_t i = 0; i < toks->n; i++) {
        const char *s;
        uint64_t len;
        mr_gguf_arr_next_str(&pos, &s, &len);
        int64_t t = types ? mr_gguf_arr_i64(types, i) : 1;
        if (t < 1 || t > 6) t = 5; /* unknown kinds are never produced by encoding */
        if (t == 6) has_byte = 1;
        if (!add_piece(out, &cap, s, len, (float)mr_gguf_arr_f64(scores, i), (uint8_t)t, err, errsz)) {
            mr_sp_raw_free(out);
            return MR_ERR_OOM;
        }
    }
    const gguf_kv *cm = mr_gguf_find(f, "tokenizer.ggml.precompiled_charsmap");
    if (cm && cm->type == GGUF_ARR && (cm->arr_type == GGUF_U8 || cm->arr_type == GGUF_I8) && cm->n) {
        out->charsmap = mr_malloc(cm->n);
        if (!out->charsmap) {
            mr_fmt(err, errsz, "out of memory loading the tokenizer's normalization map (%llu bytes)",
                   (unsigned long long)cm->n);
            mr_sp_raw_free(out);
            return MR_ERR_OOM;
        }
        memcpy(out->charsmap, cm->data, cm->n);
        out->charsmap_len = cm->n;
    }
    int bad = 0, b;
    if (mr_gguf_get_bool(f, "tokenizer.ggml.add_space_prefix", &b, err, errsz) == 1) out->add_dummy_prefix = b;
    if (mr_gguf_get_bool(f, "tokenizer.ggml.remove_extra_whitespaces", &b, err, errsz) == 1) out->remove_extra_ws = b;
    out->byte_fallback = has_byte; /* spm only creates byte pieces with byte_fallback */
    out->unk_id = id_or(f, "tokenizer.ggml.unknown_token_id", -1, &bad, err, errsz);
    out->bos_id = id_or(f, "tokenizer.ggml.bos_token_id", -1, &bad, err, errsz);
    out->eos_id = id_or(f, "tokenizer.ggml.eos_token_id", -1, &bad, err, errsz);
    out->pad_id = id_or(f, "tokenizer.ggml.padding_token_id", -1, &bad, err, errsz);
    if (bad) { mr_sp_raw_free(out); return MR_ERR_FORMAT; }
    /* The unk id is also marked by its type; trust the type if the key is absent. */
    if (out->unk_id < 0)
        for (uint32_t i = 0; i < out->n_pieces; i++)
            if (out->types[i] == 2) { out->unk_id = (int32_t)i; break; }
    return 1;
}
