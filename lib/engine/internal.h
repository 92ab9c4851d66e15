/* internal.h - declarations shared by the engine's files (lib/engine/).
 * Not installed; the advisor does not see it. */
#ifndef MR_INTERNAL_H
#define MR_INTERNAL_H

#include "common.h"

/* ------------------------------------------------------------ logging (util.c) */
/* A message to cb if level <= max (nothing when cb is NULL). */
MR_INTERNAL void mr_log(mr_log_callback cb, void *data, int32_t max, int level, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
MR_INTERNAL double mr_now_ms(void);
/* Whether a message at level would be passed on (to time a call only then). */
#define MR_LOGS(p, level) ((p).log_callback && (level) <= (p).log_level)

/* ------------------------------------------------------------ allocation (alloc.c) */
/* malloc, calloc, realloc and strndup for the loaders (gguf.c, model.c,
 * sp_model.c, tokenizer.c), each of which answers a NULL with a message
 * saying what it was loading and how many bytes it asked for. */
MR_INTERNAL void *mr_malloc(size_t n);
MR_INTERNAL void *mr_calloc(size_t n, size_t size);
MR_INTERNAL void *mr_realloc(void *p, size_t n);
MR_INTERNAL char *mr_strndup(const char *s, size_t n);
/* Tests only: from now on, on this thread, the nth call of the four above
 * returns NULL (n = 0: none does). Returns how many calls this thread made
 * since the previous mr_alloc_fail_at. */
MR_INTERNAL uint64_t mr_alloc_fail_at(uint64_t n);

/* ------------------------------------------------------------ numbers (fp16.c) */
MR_INTERNAL float mr_f16_to_f32(uint16_t h);
MR_INTERNAL uint16_t mr_f32_to_f16(float f);
MR_INTERNAL float mr_bf16_to_f32(uint16_t h);
MR_INTERNAL uint16_t mr_f32_to_bf16(float f); /* round to nearest even, NaN kept */

/* ------------------------------------------------------------ tensors (quant.c) */
/* GGML type ids used by GGUF. */
enum { GGML_F32 = 0, GGML_F16 = 1, GGML_Q4_0 = 2, GGML_Q5_0 = 6, GGML_Q8_0 = 8, GGML_Q4_K = 12,
       GGML_Q6_K = 14, GGML_BF16 = 30 };
#define QK8_0 32
typedef struct {
    uint16_t d;        /* f16 scale: value = d * q */
    int8_t qs[QK8_0];
} block_q8_0;          /* 34 bytes, GGUF's q8_0 block */

/* The block layouts below are llama.cpp's (ggml-common.h), byte for byte,
 * so that files written by its quantizer load and ours load there. */
#define QK4_0 32
typedef struct {
    uint16_t d;        /* f16 scale */
    uint8_t qs[QK4_0 / 2]; /* element j in the low nibble of qs[j], element
                              j + 16 in the high nibble: value = d * (q - 8) */
} block_q4_0;          /* 18 bytes */

#define QK_K 256
typedef struct {
    uint16_t d;        /* f16 scale of the sub-block scales */
    uint16_t dmin;     /* f16 scale of the sub-block mins */
    uint8_t scales[12];/* 8 scales and 8 mins of 6 bits (mr_q4_K_scales unpacks them) */
    uint8_t qs[QK_K / 2]; /* 4 chunks of 32 bytes; chunk c holds sub-block 2c in the
                              low nibbles and 2c + 1 in the high nibbles */
} block_q4_K;          /* 144 bytes, 256 elements in 8 sub-blocks of 32:
                          value = d * scale[j] * q - dmin * min[j] */

typedef struct {
    uint16_t d;        /* f16 scale */
    uint8_t qh[4];     /* bit j: the fifth bit of element j */
    uint8_t qs[16];    /* low 4 bits as in q4_0: value = d * (q - 16) */
} block_q5_0;          /* 22 bytes; loaded (llama.cpp's quantizer falls back to it for
                          q4_K rows that are not whole 256-blocks), never written */

typedef struct {
    uint8_t ql[QK_K / 2];  /* low 4 bits */
    uint8_t qh[QK_K / 4];  /* high 2 bits */
    int8_t scales[QK_K / 16]; /* one per 16 elements */
    uint16_t d;            /* f16 super-block scale: value = d * scale * (q - 32) */
} block_q6_K;          /* 210 bytes; loaded (llama.cpp's quantizer writes the LM head
                          in it), never written by mr-convert */

/* A tensor as GGUF describes it. ne[0] is the contiguous (innermost)
 * dimension, so a PyTorch [out, in] weight has ne = {in, out}. */
typedef struct mr_tensor {
    char *name;        /* owned, NUL-terminated */
    uint32_t type;     /* GGML_* */
    uint32_t n_dims;   /* 1..4 */
    int64_t ne[4];     /* unused dims are 1 */
    uint64_t offset;   /* from the start of the data section */
    uint64_t nbytes;
    const void *data;  /* points into the mapping */
} mr_tensor;

/* Bytes a row of n elements of type t takes; 0 if unsupported or n not a
 * multiple of the block size. */
MR_INTERNAL uint64_t mr_row_bytes(uint32_t type, int64_t n);
MR_INTERNAL const char *mr_type_name(uint32_t type);
/* Dequantize row r of a 2-D tensor into out[ne[0]]. */
MR_INTERNAL void mr_tensor_row_f32(const mr_tensor *t, int64_t r, float *out);
/* Quantize n floats (n % 32 == 0) into q8_0 blocks, as ggml does. */
MR_INTERNAL void mr_quantize_q8_0(const float *x, int64_t n, block_q8_0 *out);
/* q4_0 (n % 32 == 0) and q4_K (n % 256 == 0) as llama.cpp's reference
 * quantizers (quantize_row_q4_0_ref, quantize_row_q4_K_ref) make them. */
MR_INTERNAL void mr_quantize_q4_0(const float *x, int64_t n, block_q4_0 *out);
MR_INTERNAL void mr_quantize_q4_K(const float *x, int64_t n, block_q4_K *out);
/* The 8 six-bit scales (out[0..7]) and mins (out[8..15]) of a q4_K block. */
MR_INTERNAL void mr_q4_K_scales(const uint8_t *packed, uint8_t out[16]);
/* Whether a weight type is one the kernels multiply (every type above). */
MR_INTERNAL int mr_type_supported(uint32_t type);

/* Scalar gelu_new for the last few elements of a SIMD loop (ops.c). */
MR_INTERNAL void mr_act_gelu_tail(float *x, int64_t n);

/* ------------------------------------------------------------ gguf.c */
enum {
    GGUF_U8 = 0, GGUF_I8 = 1, GGUF_U16 = 2, GGUF_I16 = 3, GGUF_U32 = 4, GGUF_I32 = 5,
    GGUF_F32 = 6, GGUF_BOOL = 7, GGUF_STR = 8, GGUF_ARR = 9, GGUF_U64 = 10, GGUF_I64 = 11,
    GGUF_F64 = 12, GGUF_NTYPES = 13
};

typedef struct gguf_kv {
    char *key;              /* owned */
    uint32_t type;          /* GGUF_* */
    uint32_t arr_type;      /* element type when type == GGUF_ARR */
    uint64_t n;             /* array length (1 for scalars) */
    const uint8_t *data;    /* value bytes in the file (after the type fields) */
    uint64_t size;          /* bytes of the value */
} gguf_kv;

typedef struct gguf_file {
    const uint8_t *base;    /* whole file */
    uint64_t size;
    int mapped;             /* 1: munmap on close; 0: free */
    int owned;              /* 0: memory belongs to the caller */
    uint32_t version;
    uint32_t alignment;
    uint64_t n_kv, n_tensors;
    gguf_kv *kv;
    mr_tensor *tensors;
    uint64_t data_offset;
} gguf_file;

/* Open and validate every field against the file length. Returns MR_OK or an
 * error with a message in err. */
MR_INTERNAL int mr_gguf_open(gguf_file *f, const char *path, int use_mmap, char *err, size_t errsz);
/* Same over memory the caller keeps alive (tests, fuzzing). */
MR_INTERNAL int mr_gguf_open_mem(gguf_file *f, const void *data, uint64_t size, char *err,
                              size_t errsz);
MR_INTERNAL void mr_gguf_close(gguf_file *f);
MR_INTERNAL const gguf_kv *mr_gguf_find(const gguf_file *f, const char *key);
MR_INTERNAL const mr_tensor *mr_gguf_tensor(const gguf_file *f, const char *name);
/* Typed getters: 1 found, 0 missing, negative: present with a wrong type /
 * out of range (message in err). */
MR_INTERNAL int mr_gguf_get_u32(const gguf_file *f, const char *key, uint32_t *out, char *err,
                             size_t errsz);
MR_INTERNAL int mr_gguf_get_f32(const gguf_file *f, const char *key, float *out, char *err,
                             size_t errsz);
MR_INTERNAL int mr_gguf_get_bool(const gguf_file *f, const char *key, int *out, char *err,
                              size_t errsz);
/* String value: pointer into the file, not NUL-terminated. */
MR_INTERNAL int mr_gguf_get_str(const gguf_file *f, const char *key, const char **s, uint64_t *len,
                             char *err, size_t errsz);
/* Walk a string array: *pos starts at kv->data; each call returns the next
 * string (validated at open). */
MR_INTERNAL void mr_gguf_arr_next_str(const uint8_t **pos, const char **s, uint64_t *len);
/* Element i of a numeric array as double / int64. */
MR_INTERNAL double mr_gguf_arr_f64(const gguf_kv *kv, uint64_t i);
MR_INTERNAL int64_t mr_gguf_arr_i64(const gguf_kv *kv, uint64_t i);

/* Writer: collect key-values and tensor infos, then write the header and
 * stream each tensor's data in the order added. */
typedef struct gguf_writer gguf_writer;
MR_INTERNAL gguf_writer *mr_gguf_writer_new(void);
MR_INTERNAL void mr_gguf_writer_free(gguf_writer *w);
MR_INTERNAL void mr_gguf_w_u32(gguf_writer *w, const char *key, uint32_t v);
MR_INTERNAL void mr_gguf_w_f32(gguf_writer *w, const char *key, float v);
MR_INTERNAL void mr_gguf_w_bool(gguf_writer *w, const char *key, int v);
MR_INTERNAL void mr_gguf_w_str(gguf_writer *w, const char *key, const char *v);
MR_INTERNAL void mr_gguf_w_arr_str(gguf_writer *w, const char *key, const char *const *v,
                                const uint32_t *lens, uint64_t n);
MR_INTERNAL void mr_gguf_w_arr_f32(gguf_writer *w, const char *key, const float *v, uint64_t n);
MR_INTERNAL void mr_gguf_w_arr_i32(gguf_writer *w, const char *key, const int32_t *v, uint64_t n);
MR_INTERNAL void mr_gguf_w_arr_u8(gguf_writer *w, const char *key, const uint8_t *v, uint64_t n);
/* Copy a key-value read from another file (tools and tests). */
MR_INTERNAL void mr_gguf_w_copy_kv(gguf_writer *w, const gguf_kv *kv);
/* Declare a tensor; returns its index. ne as in mr_tensor. */
MR_INTERNAL int mr_gguf_w_tensor(gguf_writer *w, const char *name, uint32_t type, uint32_t n_dims,
                              const int64_t *ne);
MR_INTERNAL int mr_gguf_w_failed(const gguf_writer *w); /* allocation failed somewhere */
/* Write header + tensor infos; then mr_gguf_w_data for each tensor in order. */
MR_INTERNAL int mr_gguf_w_begin(gguf_writer *w, FILE *fp);
MR_INTERNAL int mr_gguf_w_data(gguf_writer *w, FILE *fp, int idx, const void *data, uint64_t nbytes);

/* ------------------------------------------------------------ tokenizer */
/* Raw sentencepiece model, from either source, before indexing. */
typedef struct mr_sp_raw {
    uint32_t n_pieces;
    char **pieces;            /* owned strings */
    float *scores;
    uint8_t *types;           /* sentencepiece types: 1 normal 2 unk 3 control 4 user 5 unused 6 byte */
    uint8_t *charsmap;        /* precompiled charsmap blob (may be NULL) */
    uint64_t charsmap_len;
    int add_dummy_prefix, remove_extra_ws, escape_ws, treat_ws_as_suffix;
    int byte_fallback;
    int model_type;           /* 1 unigram, 2 bpe, 3 word, 4 char */
    int32_t unk_id, bos_id, eos_id, pad_id;
} mr_sp_raw;

MR_INTERNAL void mr_sp_raw_free(mr_sp_raw *r);
/* Parse a ModelProto (spiece.model bytes). */
MR_INTERNAL int mr_sp_parse_proto(const uint8_t *buf, uint64_t len, mr_sp_raw *out, char *err,
                                  size_t errsz);
/* Read tokenizer.ggml.* keys. Returns 0 if the file has no tokenizer. */
MR_INTERNAL int mr_sp_from_gguf(const gguf_file *f, mr_sp_raw *out, char *err, size_t errsz);
/* Build a tokenizer, taking ownership of raw's arrays. extra_ids: number of
 * T5 sentinels to append when the vocabulary lacks them. */
MR_INTERNAL mr_tokenizer *mr_tokenizer_build(mr_sp_raw *raw, int extra_ids, char *err,
                                             size_t errsz);
MR_INTERNAL int mr_is_gguf_magic(const uint8_t *buf, uint64_t len);
/* For the converter: piece type as GGUF stores it (sentencepiece's numbering;
 * sentinels are USER_DEFINED = 4), score, charsmap and whitespace flags. */
MR_INTERNAL int32_t mr_tok_type(const mr_tokenizer *t, int32_t id);
MR_INTERNAL float mr_tok_score(const mr_tokenizer *t, int32_t id);
MR_INTERNAL const uint8_t *mr_tok_charsmap(const mr_tokenizer *t, uint64_t *len);
MR_INTERNAL void mr_tok_flags(const mr_tokenizer *t, int *add_prefix, int *remove_ws,
                              int *escape_ws, int *ws_suffix);
/* For streaming (textstream.c). How many of the last ids are byte pieces
 * of a character still incomplete (0-3): their text may change when more
 * ids come, so it is held back. */
MR_INTERNAL int32_t mr_detok_pending(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids);
/* The text of ids as mr_detokenize writes it, into a malloc'd string
 * (*text); at_start = 0 when text precedes it, so that the first word keeps
 * its space. Returns its length or a negative mr_status. */
MR_INTERNAL int32_t mr_detok_part(const mr_tokenizer *t, const int32_t *ids, int32_t n_ids, int at_start,
                                  char **text);

#endif
