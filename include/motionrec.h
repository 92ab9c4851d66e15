/*
 * motionrec.h - libmotionrec: T5 encoder-decoder inference in plain C.
 *
 * Usage (a whole program: cc app.c $(pkg-config --cflags --libs motionrec))
 *   #include <motionrec.h>
 *   #include <stdio.h>
 *   int main(void) {
 *       char err[256], out[256];
 *       mr_model *m = mr_model_load("model.gguf", NULL, err, sizeof err); // memory-mapped, read-only
 *       if (!m) { fprintf(stderr, "%s\n", err); return 1; }
 *       mr_ctx *c = mr_ctx_new(m, NULL);                                  // scratch, caches, RNG
 *       if (!c) { mr_model_free(m); return 1; }
 *       mr_generate_params gp = mr_generate_default_params();
 *       int32_t n = mr_generate_text(c, "translate: hello", &gp, out, sizeof out, NULL);
 *       if (n < 0) fprintf(stderr, "%s\n", mr_ctx_errmsg(c));
 *       else puts(out);
 *       mr_ctx_free(c); mr_model_free(m);
 *       return n < 0;
 *   }
 *
 * Thread-safety
 *   An mr_model is immutable after mr_model_load() and may be shared by any
 *   number of threads. An mr_ctx belongs to one thread at a time. A tokenizer
 *   (mr_tokenizer) is immutable and shareable. There is no global mutable
 *   state: every setting lives in a params struct or a context.
 *
 * Errors
 *   Functions return an mr_status (MR_OK = 0, negative on failure) or a count
 *   (>= 0) / negative mr_status. mr_strerror(code) gives fixed text; the
 *   context (or the load error buffer) holds a message saying what and where.
 *   The library never prints unasked and never exits.
 *
 * Buffers
 *   Output buffers are the caller's. When one is too small the call returns
 *   MR_ERR_BUFFER_TOO_SMALL and stores the needed size where documented.
 *
 * Compatibility
 *   Params structs are made by mr_*_default_params(); fields are only ever
 *   appended, so code written against an older header compiles unchanged.
 *   Binaries are another matter: the structs are returned by value, so a
 *   release that appends a field changes the ABI. MR_ABI_VERSION counts
 *   those changes; the shared libraries' sonames carry it
 *   (libmotionrec.so.N), so the loader refuses a program built for another
 *   one, and a program that links the static library or dlopen()s can
 *   check mr_abi_version() == MR_ABI_VERSION (mr_abi_ok() below) at start.
 */
#ifndef MOTIONREC_H
#define MOTIONREC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define MR_API __declspec(dllexport)
#else
#define MR_API __attribute__((visibility("default")))
#endif

#define MR_VERSION_MAJOR 0
#define MR_VERSION_MINOR 3
#define MR_VERSION_PATCH 0
#define MR_VERSION_STRING "0.3.0"
/* Changes whenever a struct or a signature of this header changes. */
#define MR_ABI_VERSION 3

/* ---------------------------------------------------------------- status */
typedef enum mr_status {
    MR_OK = 0,
    MR_ERR_INVALID_ARG = -1,      /* NULL handle, bad parameter value */
    MR_ERR_IO = -2,               /* cannot open / read / map / write a file */
    MR_ERR_FORMAT = -3,           /* file is not what it claims (magic, version, truncation) */
    MR_ERR_UNSUPPORTED = -4,      /* valid but not supported (tensor type, model kind) */
    MR_ERR_MODEL = -5,            /* tensors or hyper-parameters inconsistent or missing */
    MR_ERR_OOM = -6,              /* allocation failed */
    MR_ERR_BUFFER_TOO_SMALL = -7, /* caller buffer too small; needed size reported */
    MR_ERR_TOO_LONG = -8,         /* input longer than the context supports */
    MR_ERR_TOKEN = -9,            /* token id out of range */
    MR_ERR_EMPTY = -10,           /* empty input where some is required */
    MR_ERR_UTF8 = -11,            /* invalid UTF-8 where valid text is required */
    MR_ERR_STATE = -12,           /* call made in the wrong order (e.g. decode before encode) */
    MR_ERR_CANCELLED = -13,       /* a callback asked to stop (not an error for generation) */
} mr_status;

/* Fixed English text for a status code; never NULL. */
MR_API const char *mr_strerror(int code);

/* "0.3.0" */
MR_API const char *mr_version(void);
/* One line describing the build: version, SIMD level chosen at run time, BLAS, CUDA. */
MR_API const char *mr_build_info(void);
/* The MR_ABI_VERSION the library was built with. */
MR_API int32_t mr_abi_version(void);
/* 1 when the library in use has the ABI this header describes. */
static inline int mr_abi_ok(void) { return mr_abi_version() == MR_ABI_VERSION; }

/* ---------------------------------------------------------------- tokenizer */
/*
 * A sentencepiece unigram tokenizer, read from a `spiece.model` file or from
 * the tokenizer.ggml.* entries of a GGUF file. Normalisation (precompiled
 * character map, whitespace rules) and Viterbi segmentation follow
 * sentencepiece exactly. T5's sentinels <extra_id_0> .. <extra_id_99> take
 * ids counted down from the end of the tokenizer's vocabulary (as
 * transformers assigns them) and are recognised as whole tokens in text.
 *
 * Invalid UTF-8 in input: each invalid byte is replaced by U+FFFD before
 * segmentation (sentencepiece's own behaviour), so it becomes <unk> or
 * byte pieces; it is never read out of bounds and never an error.
 */
typedef struct mr_tokenizer mr_tokenizer;

/* Load from a sentencepiece .model or a .gguf file (by content, not name).
 * On failure returns NULL and, if err is non-NULL, writes a message there. */
MR_API mr_tokenizer *mr_tokenizer_load(const char *path, char *err, size_t err_size);
MR_API void mr_tokenizer_free(mr_tokenizer *tok);

/* Number of ids (sentencepiece pieces + sentinels). */
MR_API int32_t mr_tokenizer_n_vocab(const mr_tokenizer *tok);
MR_API int32_t mr_tokenizer_eos(const mr_tokenizer *tok); /* -1 if none */
MR_API int32_t mr_tokenizer_pad(const mr_tokenizer *tok);
MR_API int32_t mr_tokenizer_unk(const mr_tokenizer *tok);
MR_API int32_t mr_tokenizer_bos(const mr_tokenizer *tok);

/* Flags for mr_tokenize. */
enum {
    MR_TOKENIZE_ADD_EOS = 1, /* append the eos id (as transformers' T5 tokenizer does) */
    MR_TOKENIZE_SPECIAL = 2, /* recognise <extra_id_N> sentinels in the text as single
                                tokens; the text between them is encoded piece by piece.
                                Without it, text is encoded exactly as sentencepiece does. */
};

/* Encode text (len bytes; len < 0 means NUL-terminated) into ids.
 * Returns the number of ids (>= 0). If more than cap ids are needed,
 * nothing is written, *needed (may be NULL) receives the count and
 * MR_ERR_BUFFER_TOO_SMALL is returned. */
MR_API int32_t mr_tokenize(const mr_tokenizer *tok, const char *text, int64_t len, int flags,
                           int32_t *ids, int32_t cap, int32_t *needed);

/* Decode ids to UTF-8 text as sentencepiece does (control ids vanish, <unk>
 * prints " \u2047 ", byte pieces are reassembled, sentinels print as
 * <extra_id_N>). Writes a NUL-terminated string. Returns its length in
 * bytes, or MR_ERR_BUFFER_TOO_SMALL with *needed = length + 1, or
 * MR_ERR_TOKEN for an id out of range. */
MR_API int32_t mr_detokenize(const mr_tokenizer *tok, const int32_t *ids, int32_t n_ids,
                             char *text, int32_t cap, int32_t *needed);

/* The piece of an id (NULL if out of range) and the id of a piece (-1). */
MR_API const char *mr_token_to_piece(const mr_tokenizer *tok, int32_t id);
MR_API int32_t mr_piece_to_token(const mr_tokenizer *tok, const char *piece);

/* ---------------------------------------------------------------- model */
typedef struct mr_model mr_model;

/* Weight storage types of a loaded file. */
typedef enum mr_type { MR_TYPE_F32 = 0, MR_TYPE_F16 = 1, MR_TYPE_Q8_0 = 8, MR_TYPE_BF16 = 30 } mr_type;

/* Logging: the library prints nothing; give a callback to hear what it does.
 * Messages at level <= the params' log_level are passed (one line, no
 * newline), from the calling thread. */
enum { MR_LOG_ERROR = 0, MR_LOG_WARN = 1, MR_LOG_INFO = 2, MR_LOG_DEBUG = 3 };
typedef void (*mr_log_callback)(int level, const char *message, void *log_data);

/* Load progress, 0..1; returns non-zero to stop the load (it then fails with
 * "load cancelled"). */
typedef int (*mr_progress_callback)(float progress, void *progress_data);

typedef struct mr_model_params {
    int use_mmap;   /* 1 (default): map the file read-only; 0: read it into memory */
    mr_progress_callback progress_callback; /* may be NULL: called as the load advances
                       (the file opened, each layer, the tokenizer), from the loading thread */
    void *progress_data; /* passed to progress_callback */
    mr_log_callback log_callback; /* may be NULL (default: silent): the load's summary (INFO) or
                       failure (ERROR) */
    void *log_data;
    int32_t log_level;  /* MR_LOG_ERROR..MR_LOG_DEBUG; default MR_LOG_INFO */
} mr_model_params;

MR_API mr_model_params mr_model_default_params(void);

/* Load a GGUF file (ours or llama.cpp's T5 conversion). NULL on failure;
 * err (may be NULL) receives the reason, naming the offending key/tensor. */
MR_API mr_model *mr_model_load(const char *path, const mr_model_params *params, char *err,
                               size_t err_size);
MR_API void mr_model_free(mr_model *model);
/* The same from a GGUF image in memory (size bytes at data, e.g. embedded
 * in the program or received over a network). Nothing is copied: the
 * weights are read where they are, so data must stay valid and unchanged
 * until mr_model_free; use_mmap is ignored. */
MR_API mr_model *mr_model_load_from_memory(const void *data, size_t size, const mr_model_params *params,
                                           char *err, size_t err_size);

/* Hyper-parameters, as read from the file. */
typedef struct mr_model_info {
    int32_t n_vocab;          /* rows of the embedding / LM head */
    int32_t d_model;
    int32_t d_ff;
    int32_t d_kv;             /* per-head key/value width */
    int32_t n_heads;
    int32_t n_enc_layers;
    int32_t n_dec_layers;
    int32_t n_rel_buckets;
    int32_t rel_max_distance;
    int32_t n_ctx_train;      /* t5.context_length */
    int32_t decoder_start_id;
    int32_t eos_id;
    int32_t pad_id;
    int32_t gated;            /* 1: gated FFN (wi_0, wi_1) */
    const char *ffn_act;      /* "relu", "gelu_new" (tanh form), "gelu" (erf), "silu" */
    int32_t n_tensors;
    uint64_t weight_bytes;    /* bytes of tensor data */
    int32_t weight_type;      /* mr_type of the attention/FFN matrices (dominant type) */
} mr_model_info;

MR_API mr_status mr_model_get_info(const mr_model *model, mr_model_info *info);
/* The tokenizer embedded in the model file, or NULL if it has none. Owned by the model. */
MR_API const mr_tokenizer *mr_model_tokenizer(const mr_model *model);

/* ---------------------------------------------------------------- context */
typedef struct mr_ctx mr_ctx;

/* A field outside its range (negative sizes or counts included) is refused
 * by mr_ctx_init with MR_ERR_INVALID_ARG and a message naming it; it is
 * never replaced by a default. */
/* A pool of worker threads that several contexts can share (rather than each
 * starting its own): set mr_ctx_params.pool. Contexts used from different
 * threads take turns on it, one kernel at a time; results are those of a
 * context with its own pool of the same size. NULL when n_threads is outside
 * 1..256 or the threads cannot be started. Free it after its contexts. */
typedef struct mr_threadpool mr_threadpool;
MR_API mr_threadpool *mr_threadpool_new(int32_t n_threads);
MR_API int32_t mr_threadpool_size(const mr_threadpool *pool);
MR_API void mr_threadpool_free(mr_threadpool *pool);

/* Returns non-zero to stop the running call (see mr_ctx_params.abort_callback). */
typedef int (*mr_abort_callback)(void *abort_data);

typedef struct mr_ctx_params {
    int32_t n_ctx;      /* max encoder tokens, 0..2^20; 0 = the model's context_length (512 if unset) */
    int32_t n_dec_max;  /* max decoder positions (start token included), 0..2^20; 0 = n_ctx */
    int32_t n_threads;  /* threads for this context, 0..256; 0 = 1. Results are identical for any count. */
    int32_t kernels;    /* 0 = best for this CPU; 1 = scalar reference; 2 = AVX2; 3 = AVX-512;
                           4 = AVX-512 + VNNI (q8_0 and 4-bit products on int8-quantized activations);
                           5 = NEON (64-bit Arm); 6 = AVX-512 + VNNI + BF16 (as 4, plus bf16
                           activations where reduced_precision allows them); 7 = AMX (as 6, with
                           int8 products of 5 to 8 rows on AMX tiles: Xeon Sapphire Rapids and
                           later, Linux 5.16 and later).
                           A level the CPU lacks falls back to the best it has. */
    int32_t backend;    /* MR_BACKEND_CPU (default) or MR_BACKEND_CUDA (needs a build with CUDA=1) */
    int32_t device;     /* CUDA device ordinal, 0..15 */
    int32_t cpu_fallback; /* 1: when CUDA is unavailable, run on the CPU instead of failing */
    int32_t reduced_precision; /* 0 (default): activations stay f32 in products with bf16 weights.
                           1: on CPUs with AVX-512 BF16, products of bf16 weights with more than
                           one activation row (encoder, cross-attention keys/values, batched
                           decoding) round the activations to bf16 too (vdpbf16ps, twice the
                           multiply rate): each product's error grows by at most 2^-8 of
                           sum |w x| (README: accuracy). Ignored elsewhere. */
    mr_abort_callback abort_callback; /* cancellation, may be NULL: called between the encoder's
                           layers and before every decoder step of every long call (encode,
                           generate, classify, batches); when it returns non-zero the call stops
                           with MR_ERR_CANCELLED. It may read a flag another thread sets; the
                           context stays usable, but an interrupted encode must be redone. */
    void *abort_data;   /* passed to abort_callback */
    mr_log_callback log_callback; /* may be NULL (default: silent): the context's setup (INFO),
                           a CUDA fallback (WARN), each encode and generation with its time (DEBUG) */
    void *log_data;
    int32_t log_level;  /* MR_LOG_ERROR..MR_LOG_DEBUG; default MR_LOG_INFO */
    mr_threadpool *pool; /* NULL (default): the context starts its own n_threads threads; else
                           it uses this shared pool (n_threads must then be 0 or its size) */
    int32_t n_seq_max;  /* inputs one mr_encode_batch may hold, 0..2^16; 0 (default) = no limit.
                           Each input may be n_ctx tokens long; a batch longer in all grows the
                           buffers, so this bounds a batch's memory at n_seq_max x n_ctx rows. */
} mr_ctx_params;

enum { MR_BACKEND_CPU = 0, MR_BACKEND_CUDA = 1 };

MR_API mr_ctx_params mr_ctx_default_params(void);
MR_API mr_ctx *mr_ctx_new(const mr_model *model, const mr_ctx_params *params);
/* As mr_ctx_new, with the reason for a failure: MR_ERR_UNSUPPORTED with "no
 * CUDA device found" (or "built without CUDA") when the CUDA backend was
 * asked for and cannot run, MR_ERR_OOM, MR_ERR_INVALID_ARG. With
 * cpu_fallback set, such a context runs on the CPU and err says so.
 * A model's weights are uploaded to a device once, by the first CUDA
 * context there, and shared by every context of that model on it. */
MR_API mr_status mr_ctx_init(const mr_model *model, const mr_ctx_params *params, mr_ctx **out, char *err,
                             size_t err_size);
MR_API void mr_ctx_free(mr_ctx *ctx);
/* Message describing the last failure on this context ("" if none). */
MR_API const char *mr_ctx_errmsg(const mr_ctx *ctx);

/* ---------------------------------------------------------------- encoder */
/* Run the encoder on ids (used exactly as given: add eos yourself, or use
 * mr_tokenize(..., add_eos=1)). The output stays in the context and is
 * used by the decoder calls below. */
MR_API mr_status mr_encode(mr_ctx *ctx, const int32_t *ids, int32_t n_ids);
/* Encode several inputs in one pass through the weights (input i is
 * ids[i][0..lens[i]); each input may have up to n_ctx tokens, and the
 * context's buffers grow to hold a batch longer than that in all; on the
 * CUDA backend the lengths together may not exceed n_ctx). The other
 * calls below work on input 0, except mr_generate_batch, which continues
 * every input at once. */
MR_API mr_status mr_encode_batch(mr_ctx *ctx, const int32_t *const *ids, const int32_t *lens,
                                 int32_t n_inputs);
/* Encoder output of input 0 of the last encode: [n_tokens, d_model] row-major. */
MR_API const float *mr_encoder_output(const mr_ctx *ctx, int32_t *n_tokens, int32_t *d_model);
/* Encoder output of input `input` of the last mr_encode_batch (NULL if out of range). */
MR_API const float *mr_encoder_output_of(const mr_ctx *ctx, int32_t input, int32_t *n_tokens,
                                         int32_t *d_model);

/* Teacher-forced decoder logits over the last encoder output:
 * dec_ids[0] is normally the decoder start id. logits: [n_dec, n_vocab],
 * cap is its capacity in floats. */
MR_API mr_status mr_decoder_logits(mr_ctx *ctx, const int32_t *dec_ids, int32_t n_dec,
                                   float *logits, int64_t cap);

/* ---------------------------------------------------------------- generate */
/* Called for each new token with its id and sentencepiece piece ("\u2581"
 * for a space, "<0xE4>" for a byte); return non-zero to stop generation.
 * Pieces are not text: for printing, use mr_text_callback. */
typedef int (*mr_token_callback)(int32_t token, const char *piece, void *user_data);
/* Called with the new text of the generation (len bytes, NUL-terminated,
 * never empty); return non-zero to stop generation. The pieces joined are
 * exactly mr_detokenize of the generated ids (the text mr_generate_text
 * writes): each is whole UTF-8 characters, a character made of byte pieces
 * comes once all its bytes did, the first word has no leading space, and
 * ids that print nothing (eos) give no call. */
typedef int (*mr_text_callback)(const char *text, int32_t len, void *user_data);

typedef struct mr_generate_params {
    int32_t max_new_tokens;  /* default 64; includes the eos if one is generated */
    int32_t min_new_tokens;  /* default 0; eos is suppressed until this many were generated */
    float temperature;       /* 0 (default) = greedy argmax */
    int32_t top_k;           /* 0 = off */
    float top_p;             /* 1.0 = off */
    uint64_t seed;           /* RNG seed for sampling; same seed -> same output */
    int32_t num_beams;       /* 1 (default) = no beam search; > 1: beam search (greedy scoring) */
    float length_penalty;    /* beam scores are sum logprob / len^length_penalty; default 1 */
    mr_token_callback on_token; /* streaming callback per token, may be NULL */
    void *user_data;         /* passed to on_token and on_text */
    mr_text_callback on_text; /* streaming callback with text, may be NULL (needs the model's
                                tokenizer). With both set, on_token hears each token first;
                                when on_token stops generation, on_text still gets the
                                text held back, when on_text stops it, nothing more. */
    /* Logit processors, as transformers' generate() applies them, before temperature,
     * top-k and top-p (with beams: to each beam's log-probabilities). "The decoder's
     * input" is the start token and every id chosen so far. */
    float repetition_penalty;     /* 1 (default) = off; > 1: the logit of an id already in the
                                     decoder's input is divided by it when positive, multiplied
                                     when negative (CTRL, Keskar et al. 2019); 0 < x < 1 favours them */
    int32_t no_repeat_ngram_size; /* 0 (default) = off; n: an id that would repeat an n-gram of the
                                     decoder's input is never chosen */
    const int32_t *banned_ids;    /* ids never chosen (n_banned of them), may be NULL */
    int32_t n_banned;
    /* A forced decoder prefix (transformers' decoder_input_ids after the start token): the
     * output begins with these n_prefix ids, then max_new_tokens more at most are generated
     * (min_new_tokens counts after them too). Not with num_beams > 1. */
    const int32_t *prefix_ids;
    int32_t n_prefix;
    /* If not NULL: the log-probability of each output id (prefix included) under the
     * processed distribution, before temperature/top-k/top-p; cap entries (mr_generate) or
     * cap per input, input i's starting at i * cap (mr_generate_batch). Not with num_beams > 1
     * (mr_generate_beams gives every hypothesis's score). */
    float *token_logprobs;
} mr_generate_params;

MR_API mr_generate_params mr_generate_default_params(void);

/* Generate from the current encoder output (call mr_encode first).
 * Writes generated ids (no start token; a forced prefix first; the eos
 * included if generated) into out; returns their count, or a negative
 * mr_status. With beams, the best sequence is returned. *score (may be
 * NULL) receives the beam score, or without beams the sum of the
 * log-probabilities of the generated ids (as token_logprobs, the prefix
 * not counted). */
MR_API int32_t mr_generate(mr_ctx *ctx, const mr_generate_params *params, int32_t *out,
                           int32_t cap, float *score);

/* Generate for every input of the last mr_encode_batch at once: one decoder
 * pass and one LM-head product per step for all unfinished sequences.
 * out[i] receives up to cap ids for input i and n_out[i] their count (eos
 * included if generated). Sampling uses seed + i for input i; num_beams must
 * be 1; neither callback is called. */
MR_API mr_status mr_generate_batch(mr_ctx *ctx, const mr_generate_params *params, int32_t *const *out,
                                   int32_t cap, int32_t *n_out);

/* Beam search (params->num_beams >= 2) giving every finished hypothesis,
 * best first: out[i][0..lens[i]) and scores[i] (sum of log-probabilities /
 * length^length_penalty, transformers' sequences_scores) for i below
 * num_beams. No callback is called. */
MR_API mr_status mr_generate_beams(mr_ctx *ctx, const mr_generate_params *params, int32_t *const *out,
                                   int32_t cap, int32_t *lens, float *scores);

/* Convenience: tokenize text (+eos), encode, generate, detokenize into
 * text (NUL-terminated). Returns the text length, or a negative mr_status.
 * *needed (may be NULL) receives the size the text needs, NUL included
 * (0 when generation failed). If that is more than cap, the call returns
 * MR_ERR_BUFFER_TOO_SMALL and text (unless cap is 0; text may then be
 * NULL) holds the longest beginning of the text that fits in whole UTF-8
 * characters, NUL-terminated; a second call with a buffer of *needed bytes
 * and the same parameters gives the whole text (greedy, beam search, and
 * sampling with the same seed repeat themselves). */
MR_API int32_t mr_generate_text(mr_ctx *ctx, const char *prompt, const mr_generate_params *params,
                                char *text, int32_t cap, int32_t *needed);

/* ---------------------------------------------------------------- classify */
typedef struct mr_classify_params {
    int32_t length_normalize; /* 0 (default): softmax over log-prob sums; 1: over means */
} mr_classify_params;

MR_API mr_classify_params mr_classify_default_params(void);

/* Rank classification over the current encoder output: each label (ids
 * given without eos; eos is appended) is scored by teacher forcing as the
 * sum of its token log-probabilities. probs[i] is the softmax over the
 * sums (or means); logprob_sum[i] (may be NULL) receives the raw sums.
 * A label may have up to n_dec_max - 1 tokens (the decoder also reads the
 * start token); a longer one is MR_ERR_TOO_LONG, with a message naming the
 * label (its text, in mr_classify), its token count and the limit. */
MR_API mr_status mr_classify_ids(mr_ctx *ctx, const int32_t *const *label_ids,
                                 const int32_t *label_lens, int32_t n_labels,
                                 const mr_classify_params *params, float *probs,
                                 double *logprob_sum);

/* Text form: tokenizes input (+eos) and labels with the model's tokenizer. */
MR_API mr_status mr_classify(mr_ctx *ctx, const char *input, const char *const *labels,
                             int32_t n_labels, const mr_classify_params *params, float *probs,
                             double *logprob_sum);

#ifdef __cplusplus
}
#endif
#endif /* MOTIONREC_H */
