/* mr-bench - speed measurements (never part of the tests). Formats are an
 * interface: keep the columns.
 *
 *   mr-bench kernels [--threads N] [--csv] [--reps R]
 *       every kernel on the shapes of t5-small and flan-t5-base, per
 *       implementation: kernel,impl,shape,threads,median_us,min_us,max_us,gflops,gbps
 *   mr-bench e2e MODEL [--threads N] [--csv] [--reps R] [--backend cpu|cuda]
 *                [--batch B] [--skip-single] [--no-bandwidth] [--reduced-precision] [--kernels L]
 *       load, peak RSS, encoder 128 tokens, decode tok/s over 64 forced steps,
 *       classify 5 labels on 64 tokens, batched generation (B inputs of 32
 *       tokens, 64 forced steps each, encode included; B = 32 unless given,
 *       0: none), memory bandwidth and the decode step's share of it:
 *       metric,median,min,max,unit. --skip-single leaves out the batch-1
 *       measurements (a process for the batch alone, whose peak RSS is the
 *       batch's), --no-bandwidth the 1 GiB probe.
 *   mr-bench bandwidth [--threads N] [--reps R]
 *       read bandwidth of a 1 GiB buffer with N threads: metric,median,min,max,unit
 *   mr-bench advisor MODEL|none PROFILES.jsonl [--threads N] [--reps R] [--csv]
 *       one recommendation (mr_advisor_recommend, JSON, nothing stored) per
 *       profile line, R rounds over all lines after one warm-up round:
 *       the latency per recommendation, metric,median,min,max,unit, with p10
 *       and p90 beside it
 */
#include <motionrec_advisor.h>
#include "motionrec.h"

#include "model.h"
#include "strnum.h"

#include <cblas.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec * 1e-3;
}

static int cmpd(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

typedef struct {
    double med, min, max;
} stats;

static stats summarize(double *v, int n) {
    qsort(v, (size_t)n, sizeof *v, cmpd);
    stats s = {v[n / 2], v[0], v[n - 1]};
    return s;
}

static int csv = 0;
static uint64_t rs = 88172645463325252ull;
static float frand(void) {
    rs ^= rs << 13; rs ^= rs >> 7; rs ^= rs << 17;
    return (float)((int64_t)(rs % 20001) - 10000) / 10000.0f;
}

static void row_kernel(const char *kernel, const char *impl, const char *shape, int threads, stats s,
                       double flop, double bytes) {
    double g = flop / (s.med * 1e3), b = bytes / (s.med * 1e3);
    if (csv)
        printf("%s,%s,%s,%d,%.1f,%.1f,%.1f,%.2f,%.2f\n", kernel, impl, shape, threads, s.med, s.min, s.max, g, b);
    else
        printf("%-14s %-18s %-22s %3d %11.1f %11.1f %11.1f %9.2f %9.2f\n", kernel, impl, shape, threads, s.med,
               s.min, s.max, g, b);
}

/* ------------------------------------------------------------ kernels */

typedef struct {
    const mr_kern *k;
    const mr_tensor *w;
    const float *x;
    int64_t T;
    float *y;
    float *scratch;
    int64_t stride;
    int mode;    /* 0: float kernels; 1: int8 GEMM; 2: int8 decode GEMV; 3: bf16 activations */
    uint8_t *xq; /* quantized (1, 2) or bf16-packed (3) activations */
    float *dx;
    int32_t *sx;
} gjob;

static void gworker(void *arg, int ith, int nth) {
    gjob *j = arg;
    int64_t out = j->w->ne[1];
    int64_t chunk = ((out + nth - 1) / nth + 31) / 32 * 32;
    int64_t o0 = ith * chunk, o1 = o0 + chunk < out ? o0 + chunk : out;
    if (o0 >= o1) return;
    float *scr = j->scratch + ith * j->stride;
    switch (j->mode) {
    case 1: j->k->gemm_q8a(j->w, j->xq, j->dx, j->T, j->y, out, o0, o1, scr); break;
    case 2: {
        mr_qact a = {(int8_t *)j->xq, j->dx, j->sx};
        j->k->gemv_qa(j->w, &a, j->y, o0, o1);
        break;
    }
    case 3: j->k->gemm_bf16(j->w, (const uint16_t *)j->xq, j->T, j->y, out, o0, o1, scr); break;
    default: j->k->gemm(j->w, j->x, j->T, j->y, out, o0, o1, scr);
    }
}

static void bench_kernels(int threads, int reps) {
    if (!csv)
        printf("%-14s %-18s %-22s %3s %11s %11s %11s %9s %9s\n", "kernel", "impl", "shape", "thr", "median_us",
               "min_us", "max_us", "gflops", "gbps");
    else
        printf("kernel,impl,shape,threads,median_us,min_us,max_us,gflops,gbps\n");
    /* in x out, and T: 128-token encoder (GEMM) or one decode step (GEMV) */
    static const struct { const char *name; int64_t in, out; } mats[] = {
        {"attn_512", 512, 512},   {"ffn_up_512", 512, 2048},   {"ffn_down_512", 2048, 512},
        {"attn_768", 768, 768},   {"ffn_up_768", 768, 2048},   {"ffn_down_768", 2048, 768},
        {"lm_head_512", 512, 32128}, {"lm_head_768", 768, 32128},
    };
    static const uint32_t types[] = {GGML_F32, GGML_F16, GGML_BF16, GGML_Q8_0, GGML_Q4_0, GGML_Q4_K};
    enum { NTYPES = sizeof types / sizeof types[0] };
    mr_pool *pool = mr_pool_new(threads);
    double *t = malloc((size_t)reps * sizeof *t);
    for (size_t mi = 0; mi < sizeof mats / sizeof mats[0]; mi++) {
        int64_t in = mats[mi].in, out = mats[mi].out;
        float *wf = malloc((size_t)(in * out) * sizeof *wf);
        for (int64_t i = 0; i < in * out; i++) wf[i] = frand();
        int is_head = strstr(mats[mi].name, "lm_head") != NULL;
        for (int Ti = 0; Ti < 2; Ti++) {
            int64_t T = Ti == 0 ? 128 : 1;
            if (is_head && T != 1) continue; /* the LM head runs per decode step */
            float *x = malloc((size_t)(in * T) * sizeof *x), *y = malloc((size_t)(out * T) * sizeof *y);
            for (int64_t i = 0; i < in * T; i++) x[i] = frand();
            for (size_t ti = 0; ti < NTYPES; ti++) {
                uint64_t rb = mr_row_bytes(types[ti], in);
                uint8_t *wd = malloc(rb * (uint64_t)out);
                for (int64_t o = 0; o < out; o++) {
                    uint8_t *row = wd + rb * (uint64_t)o;
                    for (int64_t i = 0; i < in; i++) {
                        if (types[ti] == GGML_F32) ((float *)row)[i] = wf[o * in + i];
                        if (types[ti] == GGML_F16) ((uint16_t *)row)[i] = mr_f32_to_f16(wf[o * in + i]);
                        if (types[ti] == GGML_BF16) ((uint16_t *)row)[i] = mr_f32_to_bf16(wf[o * in + i]);
                    }
                    if (types[ti] == GGML_Q8_0) mr_quantize_q8_0(wf + o * in, in, (block_q8_0 *)row);
                    if (types[ti] == GGML_Q4_0) mr_quantize_q4_0(wf + o * in, in, (block_q4_0 *)row);
                    if (types[ti] == GGML_Q4_K) mr_quantize_q4_K(wf + o * in, in, (block_q4_K *)row);
                }
                mr_tensor w = {.type = types[ti], .n_dims = 2, .ne = {in, out, 1, 1}, .data = wd};
                char shape[64];
                snprintf(shape, sizeof shape, "%lldx%lldx%lld/%s", (long long)T, (long long)in, (long long)out,
                         mr_type_name(types[ti]));
                double flop = 2.0 * T * in * out, bytes = (double)rb * out + 4.0 * T * (in + out);
                const char *kname = T == 1 ? (is_head ? "lm_head" : "gemv") : "gemm";
                for (int lv = MR_KERN_SCALAR; lv <= (int)mr_kern_detect(); lv++) {
                    if (lv == MR_KERN_NEON) continue; /* another architecture */
                    if (lv == MR_KERN_SCALAR && (T > 1 || is_head) && types[ti] != GGML_F32) continue; /* slow; f32 shows it */
                    const mr_kern *k = mr_kern_get((mr_kern_level)lv);
                    int q8 = types[ti] == GGML_Q8_0, q4 = types[ti] == GGML_Q4_0 || types[ti] == GGML_Q4_K;
                    for (int bf = 0; bf < 2; bf++) { /* bf = 1: bf16 activations (reduced_precision) */
                        if (bf && !(types[ti] == GGML_BF16 && T > 1 && k->gemm_bf16)) continue;
                        float *scr = malloc((size_t)(threads * MR_KERN_SCRATCH(in)) * sizeof *scr);
                        gjob j = {k, &w, x, T, y, scr, MR_KERN_SCRATCH(in), 0, NULL, NULL, NULL};
                        uint8_t *xq = malloc((size_t)(MR_Q8A_ROWS(T) * in) * 2);
                        float *dxs = malloc((size_t)(MR_Q8A_DX(T, in) + 1) * sizeof *dxs);
                        int32_t *sxs = malloc((size_t)(in / 32 + 1) * sizeof *sxs);
                        j.xq = xq;
                        j.dx = dxs;
                        j.sx = sxs;
                        if (bf) {
                            mr_pack_bf16(x, T, in, (uint16_t *)xq);
                            j.mode = 3;
                        } else if ((q8 || types[ti] == GGML_Q4_0) && T > 1 && k->gemm_q8a) {
                            k->quantize_act(x, T, in, xq, dxs);
                            j.mode = 1;
                        } else if ((q8 || q4) && T == 1 && k->gemv_qa) {
                            mr_qact a = {(int8_t *)xq, dxs, sxs};
                            mr_quantize_qact(types[ti], x, in, &a);
                            j.mode = 2;
                        }
                        mr_pool_run(pool, gworker, &j); /* warm */
                        for (int r = 0; r < reps; r++) {
                            double t0 = now_us();
                            mr_pool_run(pool, gworker, &j);
                            t[r] = now_us() - t0;
                        }
                        char impl[32];
                        snprintf(impl, sizeof impl, "%s%s", k->name, bf ? "+bf16act" : "");
                        row_kernel(kname, impl, shape, threads, summarize(t, reps), flop, bytes);
                        free(scr);
                        free(xq);
                        free(dxs);
                        free(sxs);
                    }
                }
                if (types[ti] == GGML_F32) {
                    openblas_set_num_threads(threads);
                    for (int r = 0; r < reps; r++) {
                        double t0 = now_us();
                        if (T == 1)
                            cblas_sgemv(CblasRowMajor, CblasNoTrans, (int)out, (int)in, 1.0f, wf, (int)in, x, 1, 0.0f, y, 1);
                        else
                            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)T, (int)out, (int)in, 1.0f, x,
                                        (int)in, wf, (int)in, 0.0f, y, (int)out);
                        t[r] = now_us() - t0;
                    }
                    row_kernel(kname, "openblas", shape, threads, summarize(t, reps), flop, bytes);
                }
                free(wd);
            }
            free(x);
            free(y);
        }
        free(wf);
    }
    /* attention, 128 tokens, 8 x 64 and 12 x 64 heads (encoder) */
    for (int hi = 0; hi < 2; hi++) {
        int32_t H = hi ? 12 : 8, dk = 64, n = 128, inner = H * dk;
        float *q = malloc((size_t)n * inner * sizeof *q), *k = malloc((size_t)n * inner * sizeof *k);
        float *v = malloc((size_t)n * inner * sizeof *v), *o = malloc((size_t)n * inner * sizeof *o);
        for (int64_t i = 0; i < (int64_t)n * inner; i++) { q[i] = frand(); k[i] = frand(); v[i] = frand(); }
        float relb[32 * 12];
        for (int i = 0; i < 32 * 12; i++) relb[i] = frand();
        int32_t tab[2 * 128 - 1];
        for (int r = -127; r <= 127; r++) tab[r + 127] = mr_rel_bucket(r, 1, 32, 128);
        float scores[128];
        char shape[64];
        snprintf(shape, sizeof shape, "128x128x%dh", H);
        for (int lv = MR_KERN_SCALAR; lv <= (int)mr_kern_detect(); lv++) {
            const mr_kern *kn = mr_kern_get((mr_kern_level)lv);
            for (int r = 0; r < reps; r++) {
                double t0 = now_us();
                mr_attention(kn, q, inner, k, v, inner, n, n, 0, H, dk, -1, relb, tab, 127, H, o, inner, scores);
                t[r] = now_us() - t0;
            }
            row_kernel("attention", kn->name, shape, 1, summarize(t, reps), 4.0 * H * n * n * dk,
                       4.0 * 4 * n * inner);
        }
        free(q); free(k); free(v); free(o);
    }
    /* RMS norm and GELU over 128 x 768 */
    {
        int64_t n = 128, d = 768;
        float *x = malloc((size_t)(n * d) * sizeof *x), *y = malloc((size_t)(n * d) * sizeof *y), w[768];
        for (int64_t i = 0; i < n * d; i++) x[i] = frand();
        for (int i = 0; i < 768; i++) w[i] = 1;
        for (int r = 0; r < reps; r++) {
            double t0 = now_us();
            mr_rmsnorm(x, w, n, d, 1e-6f, y);
            t[r] = now_us() - t0;
        }
        row_kernel("rmsnorm", "scalar", "128x768", 1, summarize(t, reps), 4.0 * n * d, 8.0 * n * d);
        for (int r = 0; r < reps; r++) {
            memcpy(y, x, (size_t)(n * d) * sizeof *y);
            double t0 = now_us();
            mr_act_inplace(y, n * d, ACT_GELU_TANH);
            t[r] = now_us() - t0;
        }
        row_kernel("gelu_tanh", "scalar", "128x768", 1, summarize(t, reps), 10.0 * n * d, 8.0 * n * d);
        free(x);
        free(y);
    }
    free(t);
    mr_pool_free(pool);
}

/* ------------------------------------------------------------ end to end */

static void row_e2e(const char *metric, stats s, const char *unit) {
    if (csv) printf("%s,%.3f,%.3f,%.3f,%s\n", metric, s.med, s.min, s.max, unit);
    else printf("%-28s %12.3f %12.3f %12.3f  %s\n", metric, s.med, s.min, s.max, unit);
}

typedef struct {
    const uint8_t *buf;
    size_t n;
    uint64_t sum[64];
} bwjob;

static void bw_worker(void *arg, int ith, int nth) {
    bwjob *j = arg;
    size_t per = j->n / (size_t)nth / 64 * 64, a = per * (size_t)ith;
    const uint64_t *p = (const uint64_t *)(j->buf + a);
    uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (size_t i = 0; i + 4 <= per / 8; i += 4) { s0 += p[i]; s1 += p[i + 1]; s2 += p[i + 2]; s3 += p[i + 3]; }
    j->sum[ith] = s0 + s1 + s2 + s3;
}

/* Read bandwidth of a buffer far larger than the caches, with the same threads. */
static double measure_bandwidth(int threads, int reps, stats *out) {
    reps = reps < 9 ? 9 : reps;
    size_t n = (size_t)1 << 30;
    uint8_t *buf = malloc(n);
    memset(buf, 1, n);
    mr_pool *pool = mr_pool_new(threads);
    bwjob j = {buf, n, {0}};
    double *t = malloc((size_t)reps * sizeof *t);
    mr_pool_run(pool, bw_worker, &j);
    for (int r = 0; r < reps; r++) {
        double t0 = now_us();
        mr_pool_run(pool, bw_worker, &j);
        t[r] = n / ((now_us() - t0) * 1e3); /* GB/s */
    }
    *out = summarize(t, reps);
    mr_pool_free(pool);
    free(t);
    free(buf);
    return out->max; /* the bandwidth this machine can reach: the best run */
}

/* This process image's peak RSS: VmHWM where Linux has it. ru_maxrss is
 * not it: a process started by fork and exec keeps the high-water mark of
 * the copy of its parent it was before exec, so under a large parent (a
 * Python driver that has loaded torch) every child reported the parent's size. */
static double peak_rss_mb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f))
            if (!strncmp(line, "VmHWM:", 6)) {
                fclose(f);
                return atof(line + 6) / 1024.0;
            }
        fclose(f);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss / 1024.0;
}

/* Batch decode: 32 inputs of 32 tokens, 64 forced steps each, one
 * decoder pass per step for all of them; tokens/s counts all sequences. */
static stats bench_batch(mr_ctx *c, int B, int reps, double *t) {
    int32_t *ids = malloc((size_t)B * 32 * sizeof *ids), *outb = malloc((size_t)B * 64 * sizeof *outb);
    const int32_t **in = malloc((size_t)B * sizeof *in);
    int32_t *lens = malloc((size_t)B * sizeof *lens), *n_out = malloc((size_t)B * sizeof *n_out);
    int32_t **out = malloc((size_t)B * sizeof *out);
    for (int b = 0; b < B; b++) {
        for (int i = 0; i < 31; i++) ids[b * 32 + i] = 3 + (i * 7919 + b * 131) % 900;
        ids[b * 32 + 31] = 1;
        in[b] = ids + b * 32;
        lens[b] = 32;
        out[b] = outb + b * 64;
    }
    mr_generate_params gp = mr_generate_default_params();
    gp.max_new_tokens = gp.min_new_tokens = 64;
    for (int r = 0; r < reps; r++) {
        double t0 = now_us();
        if (mr_encode_batch(c, in, lens, B) != MR_OK || mr_generate_batch(c, &gp, out, 64, n_out) != MR_OK) {
            fprintf(stderr, "mr-bench: %s\n", mr_ctx_errmsg(c));
            exit(1);
        }
        t[r] = B * 64 / ((now_us() - t0) / 1e6);
    }
    free(ids); free(outb); free(in); free(lens); free(n_out); free(out);
    return summarize(t, reps);
}

typedef struct {
    int batch;        /* inputs of the batched run; 0: none */
    int skip_single;  /* no batch-1 measurements */
    int no_bandwidth; /* no bandwidth probe */
    int reduced;      /* mr_ctx_params.reduced_precision */
    int kernels;      /* mr_ctx_params.kernels: 0 the best the CPU has, else a level to force */
} e2e_opts;

static void bench_e2e(const char *path, int threads, int reps, int backend, e2e_opts eo) {
    double *t = malloc((size_t)reps * sizeof *t);
    char err[512];
    mr_model *m = NULL;
    mr_ctx_params cp = mr_ctx_default_params();
    cp.n_threads = threads;
    cp.backend = backend;
    cp.reduced_precision = eo.reduced;
    cp.kernels = eo.kernels;
    for (int r = 0; r < reps; r++) {
        double t0 = now_us();
        mr_model *mm = mr_model_load(path, NULL, err, sizeof err);
        if (!mm) { fprintf(stderr, "mr-bench: %s\n", err); exit(1); }
        t[r] = (now_us() - t0) / 1e3;
        if (r == reps - 1) m = mm; else mr_model_free(mm);
    }
    stats load = summarize(t, reps);
    mr_ctx *c = NULL;
    if (mr_ctx_init(m, &cp, &c, err, sizeof err) != MR_OK) { fprintf(stderr, "mr-bench: %s\n", err); exit(1); }
    mr_model_info info;
    mr_model_get_info(m, &info);
    int32_t ids[128];
    for (int i = 0; i < 127; i++) ids[i] = 3 + (i * 7919) % 900;
    ids[127] = 1;
    stats enc = {0, 0, 0}, dec = {0, 0, 0}, cls = {0, 0, 0}, bat = {0, 0, 0};
    if (!eo.skip_single) {
        /* encoder, 128 tokens */
        mr_encode(c, ids, 128);
        for (int r = 0; r < reps; r++) {
            double t0 = now_us();
            mr_encode(c, ids, 128);
            t[r] = (now_us() - t0) / 1e3;
        }
        enc = summarize(t, reps);
        /* decode, 64 forced steps (min_new = max_new = 64) */
        mr_generate_params gp = mr_generate_default_params();
        gp.max_new_tokens = gp.min_new_tokens = 64;
        int32_t out[64];
        for (int r = 0; r < reps; r++) {
            double t0 = now_us();
            if (mr_generate(c, &gp, out, 64, NULL) != 64) { fprintf(stderr, "mr-bench: %s\n", mr_ctx_errmsg(c)); exit(1); }
            t[r] = 64 / ((now_us() - t0) / 1e6);
        }
        dec = summarize(t, reps);
        /* classify: 5 labels on a 64-token input (encode included) */
        int32_t l1[] = {506, 349}, l2[] = {669, 672}, l3[] = {2, 398, 447}, l4[] = {467}, l5[] = {887, 415};
        const int32_t *lids[] = {l1, l2, l3, l4, l5};
        int32_t lens[] = {2, 2, 3, 1, 2};
        float probs[5];
        for (int r = 0; r < reps; r++) {
            double t0 = now_us();
            mr_encode(c, ids + 64, 64);
            mr_classify_ids(c, lids, lens, 5, NULL, probs, NULL);
            t[r] = (now_us() - t0) / 1e3;
        }
        cls = summarize(t, reps);
    }
    if (eo.batch > 0) bat = bench_batch(c, eo.batch, reps, t);
    double rss_mb = peak_rss_mb(); /* before the bandwidth probe's own buffer */
    stats bw = {0, 0, 0};
    double gbs = eo.no_bandwidth ? 0 : measure_bandwidth(threads, reps, &bw);
    /* weights one decode step reads: the decoder minus the cross-attention
     * keys/values (computed once per input), plus the LM head */
    double step_bytes = 0;
    for (uint64_t i = 0; i < m->file.n_tensors; i++) {
        const mr_tensor *tt = &m->file.tensors[i];
        if (!strncmp(tt->name, "dec.", 4) && !strstr(tt->name, "cross_attn_k") && !strstr(tt->name, "cross_attn_v"))
            step_bytes += (double)tt->nbytes;
    }
    step_bytes += (double)m->output->nbytes;
    double share = gbs > 0 ? step_bytes * dec.med / 1e9 / gbs * 100 : 0;
    if (!csv) printf("# %s, %s, %d thread(s), %s, %d reps\n", path, backend == MR_BACKEND_CUDA ? "cuda" : "cpu", threads,
                     mr_build_info(), reps);
    if (csv) printf("metric,median,min,max,unit\n");
    else printf("%-28s %12s %12s %12s  %s\n", "metric", "median", "min", "max", "unit");
    row_e2e("load", load, "ms");
    stats rss = {rss_mb, rss_mb, rss_mb};
    row_e2e("peak_rss", rss, "MiB");
    stats fsz = {(double)m->file.size / 1048576.0, (double)m->file.size / 1048576.0, (double)m->file.size / 1048576.0};
    row_e2e("file_size", fsz, "MiB");
    if (!eo.skip_single) {
        row_e2e("encode_128", enc, "ms");
        row_e2e("decode_64", dec, "tok/s");
        row_e2e("classify_5x64", cls, "ms");
    }
    if (eo.batch > 0) {
        char name[48];
        snprintf(name, sizeof name, "decode_64_batch%d", eo.batch);
        row_e2e(name, bat, "tok/s");
    }
    stats sb = {step_bytes / 1e6, step_bytes / 1e6, step_bytes / 1e6};
    row_e2e("decode_step_bytes", sb, "MB");
    if (!eo.no_bandwidth) {
        row_e2e("mem_bandwidth", bw, "GB/s");
        if (!eo.skip_single) {
            stats sh = {share, step_bytes * dec.min / 1e9 / gbs * 100, step_bytes * dec.max / 1e9 / gbs * 100};
            row_e2e("decode_bw_share", sh, "%");
        }
    }
    free(t);
    mr_ctx_free(c);
    mr_model_free(m);
}

/* The advisor's latency: what an app waits for one recommendation, the
 * model (if any) loaded once, as a server would. */
static void bench_advisor(const char *model, const char *profiles, int threads, int reps) {
    FILE *f = fopen(profiles, "rb");
    if (!f) { fprintf(stderr, "mr-bench: cannot open %s\n", profiles); exit(1); }
    char *lines[256];
    int n = 0;
    static char buf[1 << 16];
    while (n < 256 && fgets(buf, sizeof buf, f))
        if (buf[0] == '{') lines[n++] = strdup(buf);
    fclose(f);
    if (!n) { fprintf(stderr, "mr-bench: no profile lines in %s\n", profiles); exit(1); }
    mr_advisor_params ap = mr_advisor_default_params();
    ap.model_path = strcmp(model, "none") ? model : NULL;
    ap.n_threads = threads;
    char err[256];
    double t0 = now_us();
    mr_advisor *adv = mr_advisor_new(&ap, err, sizeof err);
    if (!adv) { fprintf(stderr, "mr-bench: %s\n", err); exit(1); }
    double load_ms = (now_us() - t0) / 1e3;
    static char out[1 << 16];
    double *t = malloc(sizeof(double) * (size_t)n * (size_t)reps);
    for (int r = -1; r < reps; r++)
        for (int i = 0; i < n; i++) {
            double a = now_us();
            if (mr_advisor_recommend(adv, lines[i], -1, MR_ADVISOR_JSON, out, sizeof out, NULL) != MR_OK) {
                fprintf(stderr, "mr-bench: profile line %d: %s\n", i + 1, mr_advisor_errmsg(adv));
                exit(1);
            }
            if (r >= 0) t[r * n + i] = (now_us() - a) / 1e3;
        }
    int m = n * reps;
    stats s = summarize(t, m);
    if (csv) printf("metric,median,min,max,unit\n");
    stats l = {load_ms, load_ms, load_ms};
    row_e2e("advisor_load", l, "ms");
    row_e2e("recommend", s, "ms");
    stats p = {t[m / 10], t[m / 10], t[m - 1 - m / 10]};
    row_e2e("recommend_p10_p90", p, "ms (median column: p10, max column: p90)");
    printf(csv ? "# %d profiles x %d rounds, %d threads, model %s\n" : "%d profiles x %d rounds, %d threads, model %s\n",
           n, reps, threads, model);
    for (int i = 0; i < n; i++) free(lines[i]);
    free(t);
    mr_advisor_free(adv);
}

static const char *usage_kernels =
    "usage: mr-bench kernels [--threads N] [--csv] [--reps R]\n"
    "  every kernel on the shapes of t5-small and flan-t5-base, per implementation\n"
    "  (--threads 1-256, default 1; --reps 1-100000, default 15)\n";
static const char *usage_e2e =
    "usage: mr-bench e2e MODEL [--threads N] [--csv] [--reps R] [--backend cpu|cuda]\n"
    "                  [--batch B] [--skip-single] [--no-bandwidth] [--reduced-precision] [--kernels L]\n"
    "  load, peak RSS, encoder, decode, batched decode, classify and memory bandwidth on MODEL\n"
    "  (--threads 1-256, default 1; --reps 1-100000, default 5; --batch 1-1024, default 32, 0: none)\n";
static const char *usage_bandwidth =
    "usage: mr-bench bandwidth [--threads N] [--reps R] [--csv]\n"
    "  read bandwidth of a 1 GiB buffer (--reps default 9; the best run is the machine's)\n";
static const char *usage_advisor =
    "usage: mr-bench advisor MODEL|none PROFILES.jsonl [--threads N] [--reps R] [--csv]\n"
    "  latency of one recommendation per profile line, model loaded once (--reps default 20)\n";

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fprintf(argc < 2 ? stderr : stdout, "%s%s%s%s", usage_kernels, usage_e2e, usage_bandwidth, usage_advisor);
        return argc < 2;
    }
    const char *cmd = argv[1];
    const char *usage = !strcmp(cmd, "kernels") ? usage_kernels : !strcmp(cmd, "e2e") ? usage_e2e
                      : !strcmp(cmd, "bandwidth") ? usage_bandwidth : !strcmp(cmd, "advisor") ? usage_advisor : NULL;
    if (!usage) { fprintf(stderr, "mr-bench: unknown command %s (see --help)\n", cmd); return 1; }
    int threads = 1, reps = 0, backend = MR_BACKEND_CPU;
    e2e_opts eo = {32, 0, 0, 0, 0};
    const char *model = NULL, *profiles = NULL;
    char err[256];
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { fputs(usage, stdout); return 0; }
        if (!strcmp(a, "--csv")) { csv = 1; continue; }
        int e2e = usage == usage_e2e;
        if (e2e && !strcmp(a, "--skip-single")) { eo.skip_single = 1; continue; }
        if (e2e && !strcmp(a, "--no-bandwidth")) { eo.no_bandwidth = 1; continue; }
        if (e2e && !strcmp(a, "--reduced-precision")) { eo.reduced = 1; continue; }
        int takes_value = !strcmp(a, "--threads") || !strcmp(a, "--reps") || !strcmp(a, "--backend") ||
                          !strcmp(a, "--batch") || !strcmp(a, "--kernels");
        if (takes_value && i + 1 >= argc) { fprintf(stderr, "mr-bench: %s needs a value\n", a); return 1; }
        if (!strcmp(a, "--threads")) {
            if (mr_strnum_int(argv[++i], 1, 256, a, &threads, err, sizeof err)) goto bad_number;
        } else if (!strcmp(a, "--reps")) {
            if (mr_strnum_int(argv[++i], 1, 100000, a, &reps, err, sizeof err)) goto bad_number;
        } else if (e2e && !strcmp(a, "--batch")) {
            if (mr_strnum_int(argv[++i], 0, 1024, a, &eo.batch, err, sizeof err)) goto bad_number;
        } else if (e2e && !strcmp(a, "--kernels")) {
            if (mr_strnum_int(argv[++i], 0, 7, a, &eo.kernels, err, sizeof err)) goto bad_number;
        } else if (!strcmp(a, "--backend") && usage != usage_bandwidth) {
            const char *b = argv[++i];
            if (!strcmp(b, "cuda")) backend = MR_BACKEND_CUDA;
            else if (strcmp(b, "cpu")) { fprintf(stderr, "mr-bench: --backend takes cpu or cuda, not %s\n", b); return 1; }
        } else if (a[0] != '-' && !model && (e2e || usage == usage_advisor)) {
            model = a;
        } else if (a[0] != '-' && model && !profiles && usage == usage_advisor) {
            profiles = a;
        } else {
            fprintf(stderr, "mr-bench: unknown argument %s\n%s", a, usage);
            return 1;
        }
    }
    if (usage == usage_kernels) bench_kernels(threads, reps ? reps : 15);
    else if (usage == usage_bandwidth) {
        stats bw;
        measure_bandwidth(threads, reps ? reps : 9, &bw);
        if (csv) printf("metric,median,min,max,unit\n");
        row_e2e("mem_bandwidth", bw, "GB/s");
    } else if (usage == usage_advisor) {
        if (!profiles) { fprintf(stderr, "mr-bench: advisor needs MODEL|none and PROFILES.jsonl\n%s", usage); return 1; }
        bench_advisor(model, profiles, threads, reps ? reps : 20);
    } else if (model) bench_e2e(model, threads, reps ? reps : 5, backend, eo);
    else { fprintf(stderr, "mr-bench: e2e needs MODEL\n%s", usage); return 1; }
    return 0;
bad_number:
    fprintf(stderr, "mr-bench: %s\n", err);
    return 1;
}
