/* mr-cli - command line front end of libmotionrec. Output formats are an
 * interface (other implementations are compared through them): keep them.
 *
 *   mr-cli info MODEL
 *   mr-cli tokenize MODEL        lines on stdin -> ids (no eos), one line each
 *   mr-cli detokenize MODEL      lines of ids -> text
 *   mr-cli encode MODEL --ids 5,6,1 --out F            float32 [n, d_model]
 *   mr-cli logits MODEL --ids ... --decoder-ids 0,7 --out F   float32 [n_dec, vocab]
 *   mr-cli generate MODEL (TEXT | --ids ...) [options]
 *   mr-cli classify MODEL (TEXT | --ids ...) (--labels "a,b,c" | --labels-file F) [--mean] [--json]
 */
#include "motionrec.h"

#include "labels.h"
#include "strnum.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *usage_main =
    "usage: mr-cli COMMAND MODEL [options]   (mr-cli COMMAND --help for details)\n"
    "commands: info tokenize detokenize encode logits generate classify\n"
    "MODEL is a .gguf file (tokenize/detokenize also take a sentencepiece .model).\n"
    "encode, logits, generate and classify take --threads N (default 1) and --backend cpu|cuda.\n";

/* The longest context a context may have (mr_ctx_params.n_ctx's limit), so
 * the most new tokens a generation can ask for. */
#define MAX_POSITIONS (1 << 20)

static void fail(const char *fmt, const char *a) {
    fprintf(stderr, "mr-cli: ");
    fprintf(stderr, fmt, a);
    fputc('\n', stderr);
    exit(1);
}

/* --ids and --decoder-ids: "5,6,1" -> ids; returns the count (at least 1). */
static int32_t parse_ids(const char *what, const char *s, int32_t **out) {
    char err[256];
    int32_t n;
    if (mr_strnum_ids(s, 1, what, out, &n, err, sizeof err) != MR_OK) fail("%s", err);
    return n;
}

typedef struct {
    const char *model, *text, *ids, *dec_ids, *out, *labels, *labels_file;
    int max_new, min_new, top_k, print_ids, stream, mean, json, beams, help, threads, cuda;
    float temp, top_p;
    unsigned long long seed;
} opts;

/* Every number through the strict parser: the whole text, in range, or a
 * message naming the option and the text. */
static int int_opt(const char *opt, const char *v, int lo, int hi) {
    char err[256];
    int x;
    if (mr_strnum_int(v, lo, hi, opt, &x, err, sizeof err) != MR_OK) fail("%s", err);
    return x;
}

static float float_opt(const char *opt, const char *v, double lo, double hi) {
    char err[256];
    double x;
    if (mr_strnum_f64(v, lo, hi, opt, &x, err, sizeof err) != MR_OK) fail("%s", err);
    return (float)x;
}

static void parse(int argc, char **argv, opts *o) {
    memset(o, 0, sizeof *o);
    o->max_new = 64;
    o->top_p = 1.0f;
    o->beams = 1;
    o->threads = 1;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
#define NEXT() (i + 1 < argc ? argv[++i] : (fail("%s needs a value", a), ""))
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) o->help = 1;
        else if (!strcmp(a, "--ids")) o->ids = NEXT();
        else if (!strcmp(a, "--decoder-ids")) o->dec_ids = NEXT();
        else if (!strcmp(a, "--out")) o->out = NEXT();
        else if (!strcmp(a, "--labels")) o->labels = NEXT();
        else if (!strcmp(a, "--labels-file")) o->labels_file = NEXT();
        else if (!strcmp(a, "--max-new")) o->max_new = int_opt(a, NEXT(), 1, MAX_POSITIONS);
        else if (!strcmp(a, "--min-new")) o->min_new = int_opt(a, NEXT(), 0, MAX_POSITIONS);
        else if (!strcmp(a, "--temp")) o->temp = float_opt(a, NEXT(), 0, 100);
        else if (!strcmp(a, "--top-k")) o->top_k = int_opt(a, NEXT(), 0, INT32_MAX);
        else if (!strcmp(a, "--top-p")) o->top_p = float_opt(a, NEXT(), 0, 1);
        else if (!strcmp(a, "--seed")) {
            char err[256];
            uint64_t x;
            if (mr_strnum_u64(NEXT(), UINT64_MAX, a, &x, err, sizeof err) != MR_OK) fail("%s", err);
            o->seed = x;
        }
        else if (!strcmp(a, "--beams")) o->beams = int_opt(a, NEXT(), 1, 64);
        else if (!strcmp(a, "--threads") || !strcmp(a, "-t")) o->threads = int_opt(a, NEXT(), 1, 256);
        else if (!strcmp(a, "--backend")) {
            const char *b = NEXT();
            if (!strcmp(b, "cuda")) o->cuda = 1;
            else if (strcmp(b, "cpu")) fail("--backend takes cpu or cuda, not %s", b);
        }
        else if (!strcmp(a, "--print-ids")) o->print_ids = 1;
        else if (!strcmp(a, "--stream")) o->stream = 1;
        else if (!strcmp(a, "--mean")) o->mean = 1;
        else if (!strcmp(a, "--json")) o->json = 1;
        else if (a[0] == '-' && a[1]) fail("unknown option %s", a);
        else if (!o->model) o->model = a;
        else if (!o->text) o->text = a;
        else fail("unexpected argument %s", a);
    }
}

/* A whole file as bytes (NUL-terminated for convenience; the length is what counts). */
static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "mr-cli: cannot read %s: %s\n", path, strerror(errno)); exit(1); }
    size_t cap = 4096, n = 0, k;
    char *buf = malloc(cap);
    while (buf && (k = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += k;
        if (cap - n < 2) { char *b = realloc(buf, cap *= 2); if (!b) free(buf); buf = b; }
    }
    if (!buf) fail("out of memory reading %s", path);
    if (ferror(f)) fail("cannot read %s", path);
    fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static mr_model *load(const char *path) {
    char err[512];
    mr_model *m = mr_model_load(path, NULL, err, sizeof err);
    if (!m) fail("%s", err);
    return m;
}

static void write_floats(const char *path, const float *x, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(x, sizeof(float), n, f) != n || fclose(f) != 0) fail("cannot write %s", path);
}

/* Encoder input: --ids as given, or TEXT + eos. */
static int32_t input_ids(const opts *o, const mr_model *m, int32_t **ids) {
    if (o->ids) return parse_ids("--ids", o->ids, ids);
    if (!o->text) fail("give TEXT or --ids%s", "");
    const mr_tokenizer *tok = mr_model_tokenizer(m);
    if (!tok) fail("the model has no tokenizer; use --ids%s", "");
    int32_t need = 0;
    mr_tokenize(tok, o->text, -1, MR_TOKENIZE_ADD_EOS | MR_TOKENIZE_SPECIAL, NULL, 0, &need);
    *ids = malloc((size_t)(need ? need : 1) * sizeof **ids);
    return mr_tokenize(tok, o->text, -1, MR_TOKENIZE_ADD_EOS | MR_TOKENIZE_SPECIAL, *ids, need, NULL);
}

/* --stream: the library hands out whole characters, the same text as without --stream */
static int on_text(const char *text, int32_t len, void *ud) {
    (void)ud;
    fwrite(text, 1, (size_t)len, stdout);
    fflush(stdout);
    return 0;
}

static int cmd_tokenize(const opts *o, int detok) {
    char err[512];
    mr_tokenizer *own = NULL;
    const mr_tokenizer *tok;
    mr_model *m = NULL;
    own = mr_tokenizer_load(o->model, err, sizeof err);
    if (!own) fail("%s", err);
    tok = own;
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    int32_t *ids = NULL;
    int32_t icap = 0;
    ssize_t len;
    long long lineno = 0;
    while ((len = getline(&line, &cap, stdin)) >= 0) {
        lineno++;
        if (len && line[len - 1] == '\n') line[--len] = 0;
        if (!detok) {
            int32_t need = 0;
            int32_t n = mr_tokenize(tok, line, len, 0, ids, icap, &need);
            if (n == MR_ERR_BUFFER_TOO_SMALL) {
                icap = need;
                ids = realloc(ids, (size_t)icap * sizeof *ids);
                n = mr_tokenize(tok, line, len, 0, ids, icap, NULL);
            }
            if (n < 0) fail("tokenize: %s", mr_strerror(n));
            for (int32_t i = 0; i < n; i++) printf(i ? " %d" : "%d", ids[i]);
            putchar('\n');
        } else {
            /* ids separated by spaces or commas; a blank line is no ids */
            char what[64];
            snprintf(what, sizeof what, "line %lld", lineno);
            if (memchr(line, 0, (size_t)len)) fail("%s: a NUL byte in the id list", what);
            int32_t n;
            free(ids);
            if (mr_strnum_ids(line, 0, what, &ids, &n, err, sizeof err) != MR_OK) fail("%s", err);
            int32_t need = 0;
            char small[1];
            int32_t r = mr_detokenize(tok, ids, n, small, 1, &need);
            if (r == MR_ERR_BUFFER_TOO_SMALL) {
                char *txt = malloc((size_t)need);
                r = mr_detokenize(tok, ids, n, txt, need, NULL);
                if (r >= 0) puts(txt);
                free(txt);
            } else if (r >= 0) {
                puts("");
            }
            if (r < 0) {
                char msg[160];
                snprintf(msg, sizeof msg, "line %lld: %s", lineno, mr_strerror(r));
                fail("detokenize %s", msg);
            }
        }
        fflush(stdout);
    }
    free(line);
    free(ids);
    mr_tokenizer_free(own);
    mr_model_free(m);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(usage_main, argc < 2 ? stderr : stdout);
        return argc < 2;
    }
    if (!strcmp(argv[1], "--version")) { printf("%s\n", mr_build_info()); return 0; }
    const char *cmd = argv[1];
    opts o;
    parse(argc, argv, &o);
    static const struct { const char *name, *help; } helps[] = {
        {"info", "mr-cli info MODEL.gguf\n  hyper-parameters, tensor count, types, size\n"},
        {"tokenize", "mr-cli tokenize MODEL\n  reads lines on stdin, prints their ids space-separated (no eos)\n"},
        {"detokenize", "mr-cli detokenize MODEL\n  reads lines of space-separated ids, prints the text\n"},
        {"encode", "mr-cli encode MODEL --ids 5,6,1 --out F\n  writes the encoder output, float32 little-endian [n, d_model]\n"},
        {"logits", "mr-cli logits MODEL --ids 5,6,1 --decoder-ids 0,7,8 --out F\n  writes teacher-forced logits, float32 [decoder_len, vocab]\n"},
        {"generate", "mr-cli generate MODEL (TEXT | --ids 5,6,1) [--max-new N] [--min-new N]\n"
                     "       [--temp T --top-k K --top-p P --seed S] [--beams B] [--print-ids] [--stream]\n"
                     "  TEXT gets eos appended; --ids are used as given. --print-ids prints the\n"
                     "  generated ids (no start token, final eos included if generated).\n"
                     "  --max-new 1-1048576 (default 64), --min-new 0-1048576, --temp 0-100 (0: greedy),\n"
                     "  --top-k 0-2147483647 (0: off), --top-p 0-1 (1: off), --seed 0-18446744073709551615,\n"
                     "  --beams 1-64, --threads 1-256.\n"},
        {"classify", "mr-cli classify MODEL (TEXT | --ids ...) (--labels \"a,b,c\" | --labels-file F) [--mean] [--json]\n"
                     "  rank classification: each label's log-likelihood (eos appended), softmax over\n"
                     "  the sums (--mean: over per-token means). JSON: labels, logprob_sum, probs.\n"
                     "  --labels-file: one label per line (commas allowed; no empty line, no NUL byte).\n"
                     "  In JSON a byte that is not UTF-8 is written as U+FFFD.\n"},
    };
    int known = 0;
    for (size_t i = 0; i < sizeof helps / sizeof helps[0]; i++)
        if (!strcmp(cmd, helps[i].name)) {
            known = 1;
            if (o.help) { fputs(helps[i].help, stdout); return 0; }
        }
    if (!known) { fprintf(stderr, "mr-cli: unknown command %s\n%s", cmd, usage_main); return 1; }
    if (!o.model) fail("%s needs MODEL", cmd);
    if (!strcmp(cmd, "tokenize")) return cmd_tokenize(&o, 0);
    if (!strcmp(cmd, "detokenize")) return cmd_tokenize(&o, 1);

    mr_model *m = load(o.model);
    mr_model_info info;
    mr_model_get_info(m, &info);
    if (!strcmp(cmd, "info")) {
        static const char *tn[] = {[0] = "f32", [1] = "f16", [8] = "q8_0", [30] = "bf16"};
        printf("d_model %d\nd_ff %d\nd_kv %d\nn_heads %d\nn_enc_layers %d\nn_dec_layers %d\n"
               "n_vocab %d\nrel_buckets %d\nrel_max_distance %d\nctx_train %d\nffn %s%s\n"
               "decoder_start %d\neos %d\npad %d\ntensors %d\nweight_type %s\nweight_bytes %llu\n"
               "tokenizer %s\n",
               info.d_model, info.d_ff, info.d_kv, info.n_heads, info.n_enc_layers, info.n_dec_layers,
               info.n_vocab, info.n_rel_buckets, info.rel_max_distance, info.n_ctx_train,
               info.gated ? "gated-" : "", info.ffn_act, info.decoder_start_id, info.eos_id,
               info.pad_id, info.n_tensors, info.weight_type <= 30 && tn[info.weight_type] ? tn[info.weight_type] : "?",
               (unsigned long long)info.weight_bytes, mr_model_tokenizer(m) ? "yes" : "no");
        mr_model_free(m);
        return 0;
    }
    int32_t *ids = NULL;
    int32_t n = input_ids(&o, m, &ids);
    if (n <= 0) fail("input tokenizes to nothing%s", "");
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_threads = o.threads;
    cp.backend = o.cuda ? MR_BACKEND_CUDA : MR_BACKEND_CPU;
    mr_ctx *c = NULL;
    char err[512];
    if (mr_ctx_init(m, &cp, &c, err, sizeof err) != MR_OK) fail("%s", err);
    int rc = mr_encode(c, ids, n);
    if (rc != MR_OK) fail("encode: %s", mr_ctx_errmsg(c));
    if (!strcmp(cmd, "encode")) {
        if (!o.out) fail("encode needs --out F%s", "");
        int32_t nt, d;
        const float *e = mr_encoder_output(c, &nt, &d);
        write_floats(o.out, e, (size_t)nt * (size_t)d);
    } else if (!strcmp(cmd, "logits")) {
        if (!o.out || !o.dec_ids) fail("logits needs --decoder-ids and --out%s", "");
        int32_t *dec;
        int32_t nd = parse_ids("--decoder-ids", o.dec_ids, &dec);
        size_t cnt = (size_t)nd * (size_t)info.n_vocab;
        float *lg = malloc(cnt * sizeof *lg);
        if (!lg) fail("out of memory%s", "");
        if (mr_decoder_logits(c, dec, nd, lg, (int64_t)cnt) != MR_OK) fail("logits: %s", mr_ctx_errmsg(c));
        write_floats(o.out, lg, cnt);
        free(lg);
        free(dec);
    } else if (!strcmp(cmd, "generate")) {
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = o.max_new;
        gp.min_new_tokens = o.min_new;
        gp.temperature = o.temp;
        gp.top_k = o.top_k;
        gp.top_p = o.top_p;
        gp.seed = o.seed;
        gp.num_beams = o.beams;
        const mr_tokenizer *tok = mr_model_tokenizer(m);
        if (o.stream && !o.print_ids) {
            if (!tok) fail("the model has no tokenizer; use --print-ids%s", "");
            gp.on_text = on_text;
        }
        int32_t *out = malloc((size_t)(o.max_new > 0 ? o.max_new : 1) * sizeof *out);
        int32_t k = mr_generate(c, &gp, out, o.max_new > 0 ? o.max_new : 0, NULL);
        if (k < 0) fail("generate: %s", mr_ctx_errmsg(c));
        if (o.print_ids) {
            for (int32_t i = 0; i < k; i++) printf(i ? " %d" : "%d", out[i]);
            putchar('\n');
        } else if (o.stream) {
            putchar('\n');
        } else {
            if (!tok) fail("the model has no tokenizer; use --print-ids%s", "");
            int32_t need = 0;
            mr_detokenize(tok, out, k, NULL, 0, &need);
            char *txt = malloc((size_t)need);
            if (mr_detokenize(tok, out, k, txt, need, NULL) < 0) fail("detokenize failed%s", "");
            puts(txt);
            free(txt);
        }
        free(out);
    } else if (!strcmp(cmd, "classify")) {
        mr_labels lab;
        if (o.labels && o.labels_file) fail("classify takes --labels or --labels-file, not both%s", "");
        if (o.labels) {
            if (mr_labels_from_list(o.labels, &lab, err, sizeof err) != MR_OK) fail("%s", err);
        } else if (o.labels_file) {
            size_t len;
            char *buf = read_all(o.labels_file, &len);
            if (mr_labels_from_lines(buf, len, o.labels_file, &lab, err, sizeof err) != MR_OK) fail("%s", err);
            free(buf);
        } else {
            fail("classify needs --labels or --labels-file%s", "");
        }
        const mr_tokenizer *tok = mr_model_tokenizer(m);
        if (!tok) fail("the model has no tokenizer for the labels%s", "");
        int32_t nl = lab.n;
        int32_t **lids = calloc((size_t)nl, sizeof *lids), *lens = malloc((size_t)nl * sizeof *lens);
        float *probs = malloc((size_t)nl * sizeof *probs);
        double *sums = malloc((size_t)nl * sizeof *sums);
        if (!lids || !lens || !probs || !sums) fail("out of memory%s", "");
        for (int32_t l = 0; l < nl; l++) {
            int32_t need = 0;
            mr_tokenize(tok, lab.v[l], -1, MR_TOKENIZE_SPECIAL, NULL, 0, &need);
            if (need == 0) fail("label \"%s\" tokenizes to nothing", lab.v[l]);
            lids[l] = malloc((size_t)need * sizeof(int32_t));
            if (!lids[l]) fail("out of memory%s", "");
            lens[l] = mr_tokenize(tok, lab.v[l], -1, MR_TOKENIZE_SPECIAL, lids[l], need, NULL);
        }
        mr_classify_params kp = mr_classify_default_params();
        kp.length_normalize = o.mean;
        if (mr_classify_ids(c, (const int32_t *const *)lids, lens, nl, &kp, probs, sums) != MR_OK)
            fail("classify: %s", mr_ctx_errmsg(c));
        if (o.json) {
            /* a label's bytes need not be UTF-8: mr_json_str writes each
             * invalid byte as U+FFFD, which is how the tokenizer read it */
            printf("{\"labels\":[");
            for (int32_t l = 0; l < nl; l++) {
                if (l) putchar(',');
                mr_json_str(stdout, lab.v[l], strlen(lab.v[l]));
            }
            printf("],\"logprob_sum\":[");
            for (int32_t l = 0; l < nl; l++) printf(l ? ",%.9g" : "%.9g", sums[l]);
            printf("],\"probs\":[");
            for (int32_t l = 0; l < nl; l++) printf(l ? ",%.9g" : "%.9g", probs[l]);
            printf("]}\n");
        } else {
            for (int32_t l = 0; l < nl; l++) printf("%-20s %8.5f  logprob %.4f\n", lab.v[l], probs[l], sums[l]);
        }
        for (int32_t l = 0; l < nl; l++) free(lids[l]);
        free(lids);
        free(lens);
        free(probs);
        free(sums);
        mr_labels_free(&lab);
    }
    free(ids);
    mr_ctx_free(c);
    mr_model_free(m);
    return 0;
}
