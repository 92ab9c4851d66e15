/* generate.c - the decoding loop: greedy / sampled generation with a
 * streaming callback, beam search, and rank classification (mr_classify). */
#include "model.h"
#include "cuda.h"
#include "textstream.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

mr_generate_params mr_generate_default_params(void) {
    mr_generate_params p = {
        .max_new_tokens = 64, .min_new_tokens = 0, .temperature = 0.0f, .top_k = 0,
        .top_p = 1.0f, .seed = 0, .num_beams = 1, .length_penalty = 1.0f,
        .on_token = NULL, .user_data = NULL, .on_text = NULL, .repetition_penalty = 1.0f,
        .no_repeat_ngram_size = 0, .banned_ids = NULL, .n_banned = 0, .prefix_ids = NULL, .n_prefix = 0,
        .token_logprobs = NULL,
    };
    return p;
}

mr_classify_params mr_classify_default_params(void) {
    mr_classify_params p = {.length_normalize = 0};
    return p;
}

/* ------------------------------------------------------------ sampling */

static uint64_t splitmix(uint64_t *s) {
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static float rand01(uint64_t *s) { return (float)(splitmix(s) >> 40) / 16777216.0f; }

/* The first maximum wins, as torch.argmax. Two passes: the maximum in 16
 * independent lanes (which the compiler vectorizes: a greedy step over a
 * 32k vocabulary was a tenth of batched decoding as one serial compare per
 * id), then the first id that holds it. NaNs are never chosen. */
static int32_t argmax(const float *x, int32_t n) {
    float m[16];
    for (int j = 0; j < 16; j++) m[j] = -INFINITY;
    int32_t i = 0;
    for (; i + 16 <= n; i += 16)
        for (int j = 0; j < 16; j++) m[j] = x[i + j] > m[j] ? x[i + j] : m[j];
    float mx = -INFINITY;
    for (int j = 0; j < 16; j++) mx = m[j] > mx ? m[j] : mx;
    for (; i < n; i++) mx = x[i] > mx ? x[i] : mx;
    for (i = 0; i < n; i++)
        if (x[i] == mx) return i;
    return 0;
}

typedef struct {
    float p;
    int32_t id;
} cand;

static int cand_desc(const void *a, const void *b) {
    const cand *x = a, *y = b;
    if (x->p != y->p) return x->p < y->p ? 1 : -1;
    return x->id - y->id;
}

/* temperature -> top-k -> top-p -> draw (transformers' warper order). */
static int32_t sample(mr_ctx *c, float *logits, int32_t n, const mr_generate_params *gp) {
    if (gp->temperature <= 0.0f) return argmax(logits, n);
    cand *cs = malloc((size_t)n * sizeof *cs);
    if (!cs) return argmax(logits, n);
    for (int32_t i = 0; i < n; i++) cs[i] = (cand){logits[i] / gp->temperature, i};
    qsort(cs, (size_t)n, sizeof *cs, cand_desc);
    int32_t k = gp->top_k > 0 && gp->top_k < n ? gp->top_k : n;
    float mx = cs[0].p, sum = 0;
    for (int32_t i = 0; i < k; i++) { cs[i].p = expf(cs[i].p - mx); sum += cs[i].p; }
    int32_t keep = k;
    if (gp->top_p > 0.0f && gp->top_p < 1.0f) {
        float acc = 0;
        for (int32_t i = 0; i < k; i++) {
            acc += cs[i].p / sum;
            if (acc >= gp->top_p) { keep = i + 1; break; }
        }
    }
    float tot = 0;
    for (int32_t i = 0; i < keep; i++) tot += cs[i].p;
    float r = rand01(&c->rng) * tot;
    int32_t id = cs[keep - 1].id;
    for (int32_t i = 0; i < keep; i++) {
        r -= cs[i].p;
        if (r < 0) { id = cs[i].id; break; }
    }
    free(cs);
    return id;
}

/* ------------------------------------------------------------ logit processors */

static int processing(const mr_generate_params *gp) {
    return gp->repetition_penalty != 1.0f || gp->no_repeat_ngram_size > 0 || gp->n_banned > 0;
}

/* transformers' processors on one row of scores: the repetition penalty
 * (each id of the decoder's input once), no repeated n-gram, banned ids,
 * and no eos before min_new_tokens (ban_eos). hist: the decoder's input,
 * start token first. */
static void process(const mr_generate_params *gp, int32_t eos, float *lg, const int32_t *hist, int32_t n_hist,
                    int ban_eos) {
    if (gp->repetition_penalty != 1.0f)
        for (int32_t i = 0; i < n_hist; i++) {
            int32_t seen = 0;
            for (int32_t j = 0; j < i && !seen; j++) seen = hist[j] == hist[i];
            if (seen) continue;
            float *x = &lg[hist[i]];
            *x = *x < 0 ? *x * gp->repetition_penalty : *x / gp->repetition_penalty;
        }
    int32_t n = gp->no_repeat_ngram_size;
    if (n > 0 && n_hist + 1 >= n) /* every n-gram whose first n-1 ids are the last n-1 of hist */
        for (int32_t s = 0; s + n <= n_hist; s++) {
            int32_t same = 1;
            for (int32_t k = 0; k < n - 1 && same; k++) same = hist[s + k] == hist[n_hist - n + 1 + k];
            if (same) lg[hist[s + n - 1]] = -INFINITY;
        }
    for (int32_t i = 0; i < gp->n_banned; i++) lg[gp->banned_ids[i]] = -INFINITY;
    if (ban_eos && eos >= 0) lg[eos] = -INFINITY;
}

/* min_new_tokens, counted after a forced prefix: no eos yet at this step */
static int eos_banned(const mr_generate_params *gp, int32_t step) {
    return step >= gp->n_prefix && step - gp->n_prefix < gp->min_new_tokens;
}

/* One step's choice on its row of logits (the decoder's input so far in
 * hist[0..step]): the processors, then the forced prefix's id or a draw. */
static int32_t choose(mr_ctx *c, const mr_generate_params *gp, float *lg, const int32_t *hist, int32_t step) {
    process(gp, c->m->hp.eos_id, lg, hist, step + 1, eos_banned(gp, step));
    return step < gp->n_prefix ? gp->prefix_ids[step] : sample(c, lg, c->m->hp.n_vocab, gp);
}

/* log-softmax of row x at id */
static double logprob_of(const float *x, int32_t n, int32_t id) {
    float mx = x[argmax(x, n)];
    double s = 0;
    for (int32_t i = 0; i < n; i++) s += exp((double)x[i] - mx);
    return (double)x[id] - mx - log(s);
}

static int check_ids_list(mr_ctx *c, const char *what, const int32_t *ids, int32_t n, int32_t V) {
    if (n < 0 || (n > 0 && !ids)) return MR_ERR(c, MR_ERR_INVALID_ARG, "%s: %d ids and no array", what, n);
    for (int32_t i = 0; i < n; i++)
        if (ids[i] < 0 || ids[i] >= V)
            return MR_ERR(c, MR_ERR_TOKEN, "%s[%d] = %d is outside the vocabulary (0..%d)", what, i, ids[i], V - 1);
    return MR_OK;
}

static int check_gen(mr_ctx *c, const mr_generate_params *gp, int32_t cap) {
    if (!c->n_enc) return MR_ERR(c, MR_ERR_STATE, "call mr_encode before mr_generate");
    if (gp->max_new_tokens < 1 || gp->min_new_tokens < 0 || gp->min_new_tokens > gp->max_new_tokens)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "max_new_tokens %d / min_new_tokens %d invalid",
                      gp->max_new_tokens, gp->min_new_tokens);
    if (gp->n_prefix < 0 || gp->n_prefix > c->p.n_dec_max)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "n_prefix %d invalid", gp->n_prefix);
    if (gp->n_prefix + gp->max_new_tokens + 1 > c->p.n_dec_max)
        return MR_ERR(c, MR_ERR_TOO_LONG, "n_prefix %d + max_new_tokens %d exceeds n_dec_max - 1 = %d",
                      gp->n_prefix, gp->max_new_tokens, c->p.n_dec_max - 1);
    if (!(gp->repetition_penalty > 0.0f) || !isfinite(gp->repetition_penalty))
        return MR_ERR(c, MR_ERR_INVALID_ARG, "repetition_penalty %g must be a positive number (1 = off)",
                      gp->repetition_penalty);
    if (gp->no_repeat_ngram_size < 0)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "no_repeat_ngram_size %d is negative", gp->no_repeat_ngram_size);
    int rc = check_ids_list(c, "banned_ids", gp->banned_ids, gp->n_banned, c->m->hp.n_vocab);
    if (rc == MR_OK) rc = check_ids_list(c, "prefix_ids", gp->prefix_ids, gp->n_prefix, c->m->hp.n_vocab);
    if (rc != MR_OK) return rc;
    if (gp->num_beams > 1 && (gp->n_prefix > 0 || gp->token_logprobs))
        return MR_ERR(c, MR_ERR_INVALID_ARG, "prefix_ids and token_logprobs are for num_beams 1");
    if (!(gp->temperature >= 0.0f) || !(gp->top_p >= 0.0f && gp->top_p <= 1.0f) || gp->top_k < 0)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "temperature / top_k / top_p out of range");
    if (gp->num_beams < 1 || gp->num_beams > 64)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "num_beams %d outside [1, 64]", gp->num_beams);
    if (cap < 0) return MR_ERR(c, MR_ERR_INVALID_ARG, "negative capacity");
    return MR_OK;
}

static int emit(const mr_generate_params *gp, const mr_tokenizer *tok, int32_t id) {
    if (!gp->on_token) return 0;
    const char *piece = tok ? mr_token_to_piece(tok, id) : NULL;
    return gp->on_token(id, piece ? piece : "", gp->user_data);
}

static int32_t beam_search(mr_ctx *c, const mr_generate_params *gp, int32_t *out, int32_t cap,
                           float *score, int32_t *const *all, int32_t *lens, float *scores);

static int32_t generate(mr_ctx *c, const mr_generate_params *params, int32_t *out, int32_t cap, float *score);

int32_t mr_generate(mr_ctx *c, const mr_generate_params *params, int32_t *out, int32_t cap, float *score) {
    int timed = c && MR_LOGS(c->p, MR_LOG_DEBUG);
    double t0 = timed ? mr_now_ms() : 0;
    int32_t n = generate(c, params, out, cap, score);
    if (timed)
        mr_log(c->p.log_callback, c->p.log_data, c->p.log_level, MR_LOG_DEBUG, "generate: %d ids, %.2f ms%s%s",
               n > 0 ? n : 0, mr_now_ms() - t0, n < 0 ? ": " : "", n < 0 ? c->err : "");
    return n;
}

static int32_t generate(mr_ctx *c, const mr_generate_params *params, int32_t *out, int32_t cap, float *score) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    mr_generate_params gp = params ? *params : mr_generate_default_params();
    int rc = check_gen(c, &gp, cap);
    if (rc != MR_OK) return rc;
    if (!out && cap > 0) return MR_ERR(c, MR_ERR_INVALID_ARG, "out is NULL");
    if (gp.num_beams > 1) return beam_search(c, &gp, out, cap, score, NULL, NULL, NULL);
    const mr_hparams *hp = &c->m->hp;
    c->rng = gp.seed ^ 0x853c49e6748fea9bull;
    c->kv.n = 0;
    mr_kv *kv = &c->kv;
    const int32_t steps = gp.n_prefix + gp.max_new_tokens, P = gp.n_prefix;
    int32_t tok = hp->decoder_start_id, n = 0, one = 1;
    int32_t *hist = malloc((size_t)(steps + 1) * sizeof *hist); /* the decoder's input */
    if (!hist) return MR_ERR(c, MR_ERR_OOM, "out of memory");
    hist[0] = tok;
    double sum_lp = 0;
    mr_text_stream ts;
    mr_text_stream_init(&ts, c->m->tok, gp.on_text, gp.user_data);
    /* greedy on a GPU: the choice is made there and only the id comes back */
    int on_device = c->cuda && gp.temperature <= 0.0f && !score && !processing(&gp) && !P && !gp.token_logprobs;
    for (int32_t step = 0; step < steps; step++) {
        rc = mr_t5_decode(c, 1, &kv, &one, &tok, c->xn);
        if (rc != MR_OK) break;
        int32_t next;
        if (on_device) {
            if ((rc = mr_cuda_lm_head(c, c->xn, 1, NULL)) != MR_OK ||
                (rc = mr_cuda_argmax(c, 1, eos_banned(&gp, step) ? hp->eos_id : -1, &next)) != MR_OK)
                break;
        } else {
            if ((rc = mr_t5_lm_head(c, c->xn, 1, c->logits)) != MR_OK) break;
            next = choose(c, &gp, c->logits, hist, step);
        }
        if (score || gp.token_logprobs) { /* under the processed distribution, before the warpers */
            double lp = logprob_of(c->logits, hp->n_vocab, next);
            if (step >= P) sum_lp += lp;
            if (gp.token_logprobs && n < cap) gp.token_logprobs[n] = (float)lp;
        }
        if (n >= cap) { rc = MR_ERR(c, MR_ERR_BUFFER_TOO_SMALL, "output buffer of %d ids is full", cap); break; }
        out[n++] = next;
        hist[step + 1] = tok = next;
        if (emit(&gp, c->m->tok, next)) break;
        if ((rc = mr_text_stream_push(&ts, out, n, 0)) != 0) {
            if (rc < 0) rc = MR_ERR(c, rc, "decoding the generated ids for on_text failed");
            else rc = MR_OK;
            break;
        }
        if (next == hp->eos_id && step >= P) break;
    }
    free(hist);
    if (rc != MR_OK) return rc;
    /* the end: a character still waiting for bytes is printed as mr_detokenize prints it */
    if ((rc = mr_text_stream_push(&ts, out, n, 1)) < 0)
        return MR_ERR(c, rc, "decoding the generated ids for on_text failed");
    if (score) *score = (float)sum_lp;
    return n;
}

mr_status mr_generate_batch(mr_ctx *c, const mr_generate_params *params, int32_t *const *out,
                            int32_t cap, int32_t *n_out) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    mr_generate_params gp = params ? *params : mr_generate_default_params();
    int rc = check_gen(c, &gp, cap);
    if (rc != MR_OK) return rc;
    if (gp.num_beams != 1) return MR_ERR(c, MR_ERR_INVALID_ARG, "mr_generate_batch does not do beam search");
    if (!out || !n_out) return MR_ERR(c, MR_ERR_INVALID_ARG, "out and n_out are required");
    const mr_hparams *hp = &c->m->hp;
    const int32_t B = c->n_seg, V = hp->n_vocab, P = gp.n_prefix, steps = gp.n_prefix + gp.max_new_tokens;
    int32_t *hist = malloc((size_t)B * (steps + 1) * sizeof *hist); /* each input's decoder input */
    mr_kv *kvs = calloc((size_t)B, sizeof *kvs);
    mr_kv **run = calloc((size_t)B, sizeof *run);
    int32_t *ids = calloc((size_t)B, sizeof *ids), *tok = calloc((size_t)B, sizeof *tok);
    int32_t *ones = calloc((size_t)B, sizeof *ones), *done = calloc((size_t)B, sizeof *done);
    uint64_t *rng = calloc((size_t)B, sizeof *rng);
    float *h = malloc((size_t)B * hp->d_model * sizeof *h), *logits = malloc((size_t)B * V * sizeof *logits);
    rc = MR_OK;
    if (!hist || !kvs || !run || !ids || !tok || !ones || !done || !rng || !h || !logits)
        rc = MR_ERR(c, MR_ERR_OOM, "out of memory for %d sequences", B);
    for (int32_t i = 0; i < B && rc == MR_OK; i++) {
        if (mr_ctx_kv_init(c, &kvs[i], steps + 1) != MR_OK) rc = MR_ERR(c, MR_ERR_OOM, "out of memory");
        hist[(int64_t)i * (steps + 1)] = hp->decoder_start_id;
        kvs[i].seg = i;
        ones[i] = 1;
        n_out[i] = 0;
        tok[i] = hp->decoder_start_id;
        rng[i] = (gp.seed + (uint64_t)i) ^ 0x853c49e6748fea9bull;
    }
    for (int32_t step = 0; step < steps && rc == MR_OK; step++) {
        int32_t na = 0;
        for (int32_t i = 0; i < B; i++)
            if (!done[i]) { run[na] = &kvs[i]; ids[na] = tok[i]; na++; }
        if (na == 0) break;
        rc = mr_t5_decode(c, na, run, ones, ids, h);
        if (rc != MR_OK) break;
        if ((rc = mr_t5_lm_head(c, h, na, logits)) != MR_OK) break;
        for (int32_t a = 0; a < na; a++) {
            int32_t i = run[a]->seg;
            float *lg = logits + (int64_t)a * V;
            int32_t *hi = hist + (int64_t)i * (steps + 1);
            uint64_t keep = c->rng;
            c->rng = rng[i];
            int32_t next = choose(c, &gp, lg, hi, step);
            rng[i] = c->rng;
            c->rng = keep;
            if (n_out[i] >= cap) { rc = MR_ERR(c, MR_ERR_BUFFER_TOO_SMALL, "output buffer of %d ids is full", cap); break; }
            if (gp.token_logprobs) gp.token_logprobs[(int64_t)i * cap + n_out[i]] = (float)logprob_of(lg, V, next);
            out[i][n_out[i]++] = next;
            hi[step + 1] = tok[i] = next;
            if (next == hp->eos_id && step >= P) done[i] = 1;
        }
    }
    if (kvs) for (int32_t i = 0; i < B; i++) mr_kv_free(&kvs[i]);
    free(hist); free(kvs); free(run); free(ids); free(tok); free(ones); free(done); free(rng); free(h); free(logits);
    return rc;
}

mr_status mr_generate_beams(mr_ctx *c, const mr_generate_params *params, int32_t *const *out, int32_t cap,
                            int32_t *lens, float *scores) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    mr_generate_params gp = params ? *params : mr_generate_default_params();
    int rc = check_gen(c, &gp, cap);
    if (rc != MR_OK) return rc;
    if (gp.num_beams < 2) return MR_ERR(c, MR_ERR_INVALID_ARG, "mr_generate_beams needs num_beams >= 2 (got %d)", gp.num_beams);
    if (!out || !lens || !scores) return MR_ERR(c, MR_ERR_INVALID_ARG, "out, lens and scores are required");
    for (int32_t i = 0; i < gp.num_beams; i++)
        if (!out[i] && cap > 0) return MR_ERR(c, MR_ERR_INVALID_ARG, "out[%d] is NULL", i);
    return (mr_status)beam_search(c, &gp, NULL, cap, NULL, out, lens, scores);
}

/* ------------------------------------------------------------ beam search */

/* transformers' beam search (num_beams B, length_penalty, early_stopping=True):
 * at each step every running beam's log-softmax is added to its score, the
 * best 2B continuations are taken; those ending in eos among the first B are
 * finished hypotheses scored sum_logprob / len**length_penalty (len counts
 * generated tokens, eos included); the best B that do not end in eos keep
 * running. Search stops when B hypotheses are finished (early stopping) or
 * at max_new_tokens, where running beams join the finished set. */
typedef struct {
    int32_t *ids;
    int32_t len;
    double score;      /* normalised */
} hyp;

/* Offer a hypothesis to the set of the best B finished ones. */
static void offer(hyp *fin, int32_t *n_fin, int32_t B, const int32_t *ids, int32_t len, double sc) {
    int32_t slot = *n_fin < B ? (*n_fin)++ : -1;
    if (slot < 0) {
        int32_t worst = 0;
        for (int32_t f = 1; f < B; f++) if (fin[f].score < fin[worst].score) worst = f;
        if (sc <= fin[worst].score) return;
        slot = worst;
    }
    memcpy(fin[slot].ids, ids, (size_t)len * sizeof(int32_t));
    fin[slot].len = len;
    fin[slot].score = sc;
}

/* out, cap, score: the best hypothesis (streamed to the callbacks); or,
 * with all: every hypothesis, best first, into all[i] / lens[i] / scores[i]. */
static int32_t beam_search(mr_ctx *c, const mr_generate_params *gp, int32_t *out, int32_t cap,
                           float *score, int32_t *const *all, int32_t *lens, float *scores) {
    const mr_hparams *hp = &c->m->hp;
    const int32_t B = gp->num_beams, V = hp->n_vocab, T = gp->max_new_tokens, K = 2 * B;
    /* two banks of B caches: beams are read from one and written to the other */
    mr_kv *kvs = calloc((size_t)(2 * B), sizeof *kvs);
    mr_kv **run = calloc((size_t)B, sizeof *run);
    int32_t *seq = calloc((size_t)B * T, sizeof *seq), *nseq = calloc((size_t)B * T, sizeof *nseq);
    int32_t *toks = calloc((size_t)B, sizeof *toks), *ones = calloc((size_t)B, sizeof *ones);
    double *bscore = calloc((size_t)B, sizeof *bscore);
    float *logits = malloc((size_t)B * V * sizeof *logits);
    float *hbuf = malloc((size_t)B * hp->d_model * sizeof *hbuf);
    cand *top = malloc((size_t)K * sizeof *top);
    double *topv = malloc((size_t)K * sizeof *topv);
    hyp *fin = calloc((size_t)B, sizeof *fin);
    int32_t *fin_ids = calloc((size_t)B * T, sizeof *fin_ids);
    int32_t *hist = malloc((size_t)(T + 1) * sizeof *hist);
    int32_t n_fin = 0, n_run = 1, len = 0, rc;
    int32_t result = MR_ERR(c, MR_ERR_OOM, "out of memory for %d beams", B);
    if (!kvs || !run || !seq || !nseq || !toks || !ones || !bscore || !logits || !hbuf || !top || !topv ||
        !fin || !fin_ids || !hist)
        goto done;
    for (int32_t i = 0; i < 2 * B; i++)
        if (mr_ctx_kv_init(c, &kvs[i], T + 1) != MR_OK) goto done;
    for (int32_t b = 0; b < B; b++) { fin[b].ids = fin_ids + (int64_t)b * T; ones[b] = 1; }
    int32_t cur = 0; /* running beams live in kvs[cur*B + b] */
    for (len = 0; len < T; len++) {
        for (int32_t b = 0; b < n_run; b++) {
            run[b] = &kvs[cur * B + b];
            toks[b] = len == 0 ? hp->decoder_start_id : seq[(int64_t)b * T + len - 1];
        }
        /* all running beams in one decoder pass and one LM-head product */
        rc = mr_t5_decode(c, n_run, run, ones, toks, hbuf);
        if (rc != MR_OK) { result = rc; goto done; }
        if ((rc = mr_t5_lm_head(c, hbuf, n_run, logits)) != MR_OK) { result = rc; goto done; }
        int32_t nk = 0;
        for (int32_t b = 0; b < n_run; b++) {
            float *lg = logits + (int64_t)b * V;
            if (len < gp->min_new_tokens && hp->eos_id >= 0) lg[hp->eos_id] = -INFINITY;
            float mx = lg[argmax(lg, V)];
            double s = 0;
            for (int32_t i = 0; i < V; i++) s += exp((double)lg[i] - mx);
            double ls = log(s);
            if (processing(gp)) { /* transformers processes each beam's log-probabilities */
                for (int32_t i = 0; i < V; i++) lg[i] = (float)((double)lg[i] - mx - ls);
                hist[0] = hp->decoder_start_id;
                memcpy(hist + 1, seq + (int64_t)b * T, (size_t)len * sizeof *hist);
                process(gp, hp->eos_id, lg, hist, len + 1, 0);
                mx = 0;
                ls = 0;
            }
            /* merge into the running top-K (insertion; K is small) */
            for (int32_t i = 0; i < V; i++) {
                double v = bscore[b] + ((double)lg[i] - mx - ls);
                if (nk == K && v <= topv[K - 1]) continue;
                int32_t pos = nk < K ? nk++ : K - 1;
                while (pos > 0 && topv[pos - 1] < v) {
                    topv[pos] = topv[pos - 1];
                    top[pos] = top[pos - 1];
                    pos--;
                }
                topv[pos] = v;
                top[pos] = (cand){(float)b, i};
            }
        }
        int32_t nxt = 1 - cur, n_new = 0;
        double newscore[64]; /* num_beams <= 64 */
        for (int32_t r = 0; r < nk && n_new < B; r++) {
            int32_t b = (int32_t)top[r].p, id = top[r].id;
            if (id == hp->eos_id) {
                if (r >= B) continue; /* only the best B may finish */
                int32_t *ids = nseq + (int64_t)n_new * T; /* scratch row, overwritten below if reused */
                memcpy(ids, seq + (int64_t)b * T, (size_t)len * sizeof(int32_t));
                ids[len] = id;
                offer(fin, &n_fin, B, ids, len + 1, topv[r] / pow((double)(len + 1), gp->length_penalty));
                continue;
            }
            /* continue beam b with id in the other cache bank */
            mr_kv *src = &kvs[cur * B + b], *dst = &kvs[nxt * B + n_new];
            if ((rc = mr_kv_copy(c, dst, src)) != MR_OK) { result = rc; goto done; }
            memcpy(nseq + (int64_t)n_new * T, seq + (int64_t)b * T, (size_t)len * sizeof(int32_t));
            nseq[(int64_t)n_new * T + len] = id;
            newscore[n_new] = topv[r];
            n_new++;
        }
        memcpy(bscore, newscore, (size_t)n_new * sizeof *bscore);
        int32_t *tmp = seq; seq = nseq; nseq = tmp;
        cur = nxt;
        n_run = n_new;
        if (n_fin == B || n_run == 0) { len++; break; }
    }
    if (n_fin < B || len >= T) /* max length: running beams compete with the finished */
        for (int32_t b = 0; b < n_run; b++)
            offer(fin, &n_fin, B, seq + (int64_t)b * T, len, bscore[b] / pow((double)len, gp->length_penalty));
    int32_t best = 0;
    for (int32_t f = 1; f < n_fin; f++) if (fin[f].score > fin[best].score) best = f;
    if (all) { /* every hypothesis, best first */
        for (int32_t r = 0; r < B; r++) {
            int32_t k = -1;
            for (int32_t f = 0; f < n_fin; f++)
                if (fin[f].len >= 0 && (k < 0 || fin[f].score > fin[k].score)) k = f;
            if (k < 0) { lens[r] = 0; scores[r] = -INFINITY; continue; }
            if (fin[k].len > cap) {
                result = MR_ERR(c, MR_ERR_BUFFER_TOO_SMALL, "output buffer of %d ids, %d needed", cap, fin[k].len);
                goto done;
            }
            memcpy(all[r], fin[k].ids, (size_t)fin[k].len * sizeof(int32_t));
            lens[r] = fin[k].len;
            scores[r] = (float)fin[k].score;
            fin[k].len = -1; /* taken */
        }
        result = MR_OK;
        goto done;
    }
    if (fin[best].len > cap) {
        result = MR_ERR(c, MR_ERR_BUFFER_TOO_SMALL, "output buffer of %d ids, %d needed", cap, fin[best].len);
        goto done;
    }
    memcpy(out, fin[best].ids, (size_t)fin[best].len * sizeof(int32_t));
    if (score) *score = (float)fin[best].score;
    mr_text_stream ts;
    mr_text_stream_init(&ts, c->m->tok, gp->on_text, gp->user_data);
    int32_t shown = 0;
    rc = MR_OK;
    while (shown < fin[best].len) {
        int stop = emit(gp, c->m->tok, fin[best].ids[shown]);
        shown++;
        if (stop || (rc = mr_text_stream_push(&ts, fin[best].ids, shown, 0)) != 0) break;
    }
    if (rc < 0 || (rc = mr_text_stream_push(&ts, fin[best].ids, shown, 1)) < 0) {
        result = MR_ERR(c, rc, "decoding the generated ids for on_text failed");
        goto done;
    }
    result = fin[best].len;
done:
    if (kvs) for (int32_t i = 0; i < 2 * B; i++) mr_kv_free(&kvs[i]);
    free(kvs); free(run); free(seq); free(nseq); free(toks); free(ones); free(bscore); free(logits);
    free(hbuf); free(top); free(topv); free(fin); free(fin_ids); free(hist);
    return result;
}

/* ------------------------------------------------------------ classify */

/* The longest label: the decoder reads the start token and the label's
 * tokens (the eos is only predicted), at most n_dec_max positions (the row
 * buffers hold max(n_ctx, n_dec_max)). */
static int32_t max_label(const mr_ctx *c) { return c->p.n_dec_max - 1; }

mr_status mr_classify_ids(mr_ctx *c, const int32_t *const *label_ids, const int32_t *label_lens,
                          int32_t n_labels, const mr_classify_params *params, float *probs,
                          double *logprob_sum) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    mr_classify_params cp = params ? *params : mr_classify_default_params();
    if (!c->n_enc) return MR_ERR(c, MR_ERR_STATE, "call mr_encode before mr_classify");
    if (!label_ids || !label_lens || !probs || n_labels <= 0)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "labels, lengths and probs are required (n_labels %d)", n_labels);
    const mr_hparams *hp = &c->m->hp;
    const int32_t V = hp->n_vocab, max_len = max_label(c);
    int32_t longest = 0;
    for (int32_t l = 0; l < n_labels; l++) {
        if (label_lens[l] <= 0 || !label_ids[l]) return MR_ERR(c, MR_ERR_EMPTY, "label %d has no tokens", l);
        if (label_lens[l] > max_len)
            return MR_ERR(c, MR_ERR_TOO_LONG, "label %d has %d tokens, more than the %d that fit (n_dec_max %d less the start token)",
                          l, label_lens[l], max_len, c->p.n_dec_max);
        if (label_lens[l] > longest) longest = label_lens[l];
        for (int32_t t = 0; t < label_lens[l]; t++)
            if (label_ids[l][t] < 0 || label_ids[l][t] >= V)
                return MR_ERR(c, MR_ERR_TOKEN, "label %d: token %d outside the vocabulary", l, label_ids[l][t]);
    }
    /* labels are scored in groups: one batched decoder pass over every label
     * of the group (each with its own small cache), then one LM-head product
     * over all their positions, so the head's weights are read once a group.
     * A group of 256 rows bounds the logits to 256 x n_vocab floats; a label
     * longer than that makes a group of its own, as long as it needs. */
    int32_t max_rows = c->rows < 256 ? c->rows : 256;
    if (longest + 1 > max_rows) max_rows = longest + 1;
    double *score = malloc((size_t)n_labels * sizeof *score);
    int32_t *dec = malloc((size_t)max_rows * sizeof *dec), *cnt = malloc((size_t)n_labels * sizeof *cnt);
    mr_kv *kvs = calloc((size_t)n_labels, sizeof *kvs);
    mr_kv **ptr = calloc((size_t)n_labels, sizeof *ptr);
    float *h = malloc((size_t)max_rows * hp->d_model * sizeof *h);
    float *logits = malloc((size_t)max_rows * V * sizeof *logits);
    int rc = MR_OK;
    if (!score || !dec || !cnt || !kvs || !ptr || !h || !logits) rc = MR_ERR(c, MR_ERR_OOM, "out of memory");
    for (int32_t g0 = 0; g0 < n_labels && rc == MR_OK;) {
        int32_t g1 = g0, rows = 0;
        while (g1 < n_labels && rows + label_lens[g1] + 1 <= max_rows) {
            /* decoder input: start, y1..yn; targets: y1..yn, eos */
            dec[rows] = hp->decoder_start_id;
            memcpy(dec + rows + 1, label_ids[g1], (size_t)label_lens[g1] * sizeof *dec);
            cnt[g1] = label_lens[g1] + 1;
            rows += cnt[g1];
            if ((rc = mr_ctx_kv_init(c, &kvs[g1], cnt[g1])) != MR_OK) { rc = MR_ERR(c, rc, "out of memory"); break; }
            ptr[g1] = &kvs[g1];
            g1++;
        }
        if (rc == MR_OK) rc = mr_t5_decode(c, g1 - g0, ptr + g0, cnt + g0, dec, h);
        if (rc == MR_OK) rc = mr_t5_lm_head(c, h, rows, logits);
        for (int32_t l = g0, row = 0; l < g1 && rc == MR_OK; row += cnt[l], l++) {
            double sum = 0;
            for (int32_t t = 0; t < cnt[l]; t++) {
                const float *lg = logits + (int64_t)(row + t) * V;
                int32_t target = t < label_lens[l] ? label_ids[l][t] : hp->eos_id;
                float mx = lg[argmax(lg, V)];
                double s = 0;
                for (int32_t i = 0; i < V; i++) s += exp((double)lg[i] - mx);
                sum += (double)lg[target] - mx - log(s);
            }
            score[l] = cp.length_normalize ? sum / cnt[l] : sum;
            if (logprob_sum) logprob_sum[l] = sum;
        }
        for (int32_t l = g0; l < g1; l++) mr_kv_free(&kvs[l]);
        g0 = g1;
    }
    if (rc == MR_OK) {
        double mx = score[0], tot = 0;
        for (int32_t l = 1; l < n_labels; l++) mx = score[l] > mx ? score[l] : mx;
        for (int32_t l = 0; l < n_labels; l++) tot += exp(score[l] - mx);
        for (int32_t l = 0; l < n_labels; l++) probs[l] = (float)(exp(score[l] - mx) / tot);
    }
    free(score);
    free(dec);
    free(cnt);
    free(kvs);
    free(ptr);
    free(h);
    free(logits);
    return rc;
}

mr_status mr_classify(mr_ctx *c, const char *input, const char *const *labels, int32_t n_labels,
                      const mr_classify_params *params, float *probs, double *logprob_sum) {
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    const mr_tokenizer *tok = c->m->tok;
    if (!tok) return MR_ERR(c, MR_ERR_MODEL, "the model file has no tokenizer");
    if (!input || !labels || n_labels <= 0)
        return MR_ERR(c, MR_ERR_INVALID_ARG, "input and labels are required");
    int32_t cap = c->p.n_ctx, need = 0;
    int32_t *ids = malloc((size_t)cap * sizeof *ids);
    int32_t **lids = calloc((size_t)n_labels, sizeof *lids);
    int32_t *lens = calloc((size_t)n_labels, sizeof *lens);
    int rc = MR_OK;
    if (!ids || !lids || !lens) { rc = MR_ERR(c, MR_ERR_OOM, "out of memory"); goto done; }
    int32_t n = mr_tokenize(tok, input, -1, MR_TOKENIZE_ADD_EOS | MR_TOKENIZE_SPECIAL, ids, cap, &need);
    if (n == MR_ERR_BUFFER_TOO_SMALL) { rc = MR_ERR(c, MR_ERR_TOO_LONG, "input of %d tokens exceeds n_ctx %d", need, cap); goto done; }
    if (n < 0) { rc = MR_ERR(c, n, "tokenizing the input failed"); goto done; }
    if ((rc = mr_encode(c, ids, n)) != MR_OK) goto done;
    for (int32_t l = 0; l < n_labels; l++) {
        if (!labels[l]) { rc = MR_ERR(c, MR_ERR_INVALID_ARG, "label %d is NULL", l); goto done; }
        int32_t lcap = max_label(c);
        lids[l] = malloc((size_t)(lcap > 0 ? lcap : 1) * sizeof(int32_t));
        if (!lids[l]) { rc = MR_ERR(c, MR_ERR_OOM, "out of memory"); goto done; }
        int32_t k = mr_tokenize(tok, labels[l], -1, MR_TOKENIZE_SPECIAL, lids[l], lcap, &need);
        if (k == MR_ERR_BUFFER_TOO_SMALL) {
            rc = MR_ERR(c, MR_ERR_TOO_LONG, "label %d (\"%.40s%s\") has %d tokens, more than the %d that fit (n_dec_max %d less the start token)",
                        l, labels[l], strlen(labels[l]) > 40 ? "..." : "", need, lcap, c->p.n_dec_max);
            goto done;
        }
        if (k <= 0) { rc = MR_ERR(c, MR_ERR_EMPTY, "label %d (\"%.40s\") tokenizes to nothing", l, labels[l]); goto done; }
        lens[l] = k;
    }
    rc = mr_classify_ids(c, (const int32_t *const *)lids, lens, n_labels, params, probs, logprob_sum);
done:
    if (lids) for (int32_t l = 0; l < n_labels; l++) free(lids[l]);
    free(lids);
    free(lens);
    free(ids);
    return rc;
}

int32_t mr_generate_text(mr_ctx *c, const char *prompt, const mr_generate_params *params,
                         char *text, int32_t cap, int32_t *needed) {
    if (needed) *needed = 0;
    if (!c) return MR_ERR_INVALID_ARG;
    c->err[0] = 0;
    const mr_tokenizer *tok = c->m->tok;
    if (!tok) return MR_ERR(c, MR_ERR_MODEL, "the model file has no tokenizer");
    if (!prompt || cap < 0 || (!text && cap > 0))
        return MR_ERR(c, MR_ERR_INVALID_ARG, "a prompt is required, and a text buffer when cap > 0");
    mr_generate_params gp = params ? *params : mr_generate_default_params();
    int32_t need = 0, rc;
    char *full = NULL;
    int32_t *ids = malloc((size_t)c->p.n_ctx * sizeof *ids);
    int32_t *out = malloc((size_t)(gp.max_new_tokens > 0 ? gp.max_new_tokens : 1) * sizeof *out);
    if (!ids || !out) { rc = MR_ERR(c, MR_ERR_OOM, "out of memory"); goto done; }
    rc = mr_tokenize(tok, prompt, -1, MR_TOKENIZE_ADD_EOS | MR_TOKENIZE_SPECIAL, ids, c->p.n_ctx, &need);
    if (rc == MR_ERR_BUFFER_TOO_SMALL) { rc = MR_ERR(c, MR_ERR_TOO_LONG, "prompt of %d tokens exceeds n_ctx %d", need, c->p.n_ctx); goto done; }
    if (rc < 0) goto done;
    int32_t n = rc;
    if ((rc = mr_encode(c, ids, n)) != MR_OK) goto done;
    rc = mr_generate(c, &gp, out, gp.max_new_tokens, NULL);
    if (rc < 0) goto done;
    int32_t len = mr_detok_part(tok, out, rc, 1, &full);
    if (len < 0) { rc = MR_ERR(c, len, "decoding the generated ids failed"); goto done; }
    if (needed) *needed = len + 1;
    if (len + 1 <= cap) {
        memcpy(text, full, (size_t)len + 1);
        rc = len;
    } else {
        /* generating again costs as much as the first time, so what fits is
         * kept: whole characters only, so that the text stays valid UTF-8 */
        if (cap > 0) {
            int32_t keep = cap - 1;
            while (keep > 0 && ((unsigned char)full[keep] & 0xc0) == 0x80) keep--;
            memcpy(text, full, (size_t)keep);
            text[keep] = 0;
        }
        rc = MR_ERR(c, MR_ERR_BUFFER_TOO_SMALL, "text buffer of %d bytes, %d needed", cap, len + 1);
    }
done:
    free(full);
    free(ids);
    free(out);
    return rc;
}
