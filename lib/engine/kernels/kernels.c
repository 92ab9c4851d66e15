/* kernels.c - scalar kernel twins and run-time selection.
 * The scalar kernels are the reference every SIMD kernel is tested against;
 * their summation order is fixed, so results do not depend on threads. */
#include "kernels.h"

#include <string.h>

static float dot_scalar(const float *a, const float *b, int64_t n) {
    float acc[8] = {0};
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        for (int j = 0; j < 8; j++) acc[j] += a[i + j] * b[i + j];
    float s = 0;
    for (; i < n; i++) s += a[i] * b[i];
    return s + ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7]));
}

static void axpy_scalar(float *y, float a, const float *x, int64_t n) {
    for (int64_t i = 0; i < n; i++) y[i] += a * x[i];
}

static void dots_scalar(const float *q, const float *k, int64_t ldk, int64_t n, int64_t d, float *s) {
    for (int64_t j = 0; j < n; j++) s[j] = dot_scalar(q, k + j * ldk, d);
}

static void mix_scalar(float *o, const float *s, const float *v, int64_t ldv, int64_t n, int64_t d) {
    memset(o, 0, (size_t)d * sizeof *o);
    for (int64_t j = 0; j < n; j++) axpy_scalar(o, s[j], v + j * ldv, d);
}

static void gemm_scalar(const mr_tensor *w, const float *x, int64_t T, float *y, int64_t ldy,
                        int64_t o0, int64_t o1, float *scratch) {
    const int64_t in = w->ne[0];
    for (int64_t o = o0; o < o1; o++) {
        const float *row;
        if (w->type == GGML_F32) {
            row = (const float *)w->data + o * in;
        } else {
            mr_tensor_row_f32(w, o, scratch);
            row = scratch;
        }
        for (int64_t t = 0; t < T; t++) y[t * ldy + o] = dot_scalar(row, x + t * in, in);
    }
}

static void gelu_tanh_scalar(float *x, int64_t n) { mr_act_inplace(x, n, ACT_GELU_TANH); }

static void relu_scalar(float *x, int64_t n) { mr_act_inplace(x, n, ACT_RELU); }

static const mr_kern k_scalar = {"scalar", gemm_scalar, dot_scalar, axpy_scalar, mr_softmax_inplace,
                                 gelu_tanh_scalar, relu_scalar, NULL, NULL, NULL, NULL, dots_scalar, mix_scalar};

#if defined(__x86_64__)
#include <cpuid.h>
#if MR_HAVE_AMX
#include <sys/syscall.h>
#include <unistd.h>
#endif
/* F16C (CPUID.1:ECX bit 29): asked of CPUID directly, since not every
 * compiler's __builtin_cpu_supports knows the name. AVX state support is
 * covered by the avx2 / avx512 checks it is combined with. */
static int has_f16c(void) {
    unsigned a, b, c, d;
    return __get_cpuid(1, &a, &b, &c, &d) && ((c >> 29) & 1);
}
/* AVX512_BF16: CPUID.(7,1):EAX bit 5 */
static int has_avx512bf16(void) {
    unsigned a, b, c, d;
    return __get_cpuid_count(7, 1, &a, &b, &c, &d) && ((a >> 5) & 1);
}
/* AMX-TILE and AMX-INT8 (CPUID.(7,0):EDX bits 24, 25), the tile state
 * enabled by the OS (XCR0 bits 17, 18, read once OSXSAVE says xgetbv
 * exists), and this process allowed to use it: Linux hands out the tile
 * registers only on request (arch_prctl ARCH_REQ_XCOMP_PERM for
 * XFEATURE_XTILEDATA), and a tile instruction before that is SIGILL. The
 * request is per process and idempotent; a kernel that refuses it (older
 * than 5.16, or a sandbox) leaves this level unused. */
static int has_amx(void) {
#if MR_HAVE_AMX
    unsigned a, b, c, d;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d) || !((d >> 24) & 1) || !((d >> 25) & 1)) return 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !((c >> 27) & 1)) return 0;
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    if ((lo & (3u << 17)) != (3u << 17)) return 0;
    return syscall(SYS_arch_prctl, 0x1023 /* ARCH_REQ_XCOMP_PERM */, 18 /* XFEATURE_XTILEDATA */) == 0;
#else
    return 0;
#endif
}
#endif

mr_kern_level mr_kern_detect(void) {
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_cpu_init();
    int bf16 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni") &&
               __builtin_cpu_supports("fma") && has_f16c() && has_avx512bf16();
    if (mr_kern_amx() && bf16 && has_amx()) return MR_KERN_AMX;
    if (mr_kern_avx512bf16() && bf16)
        return MR_KERN_AVX512BF16;
    if (mr_kern_avx512vnni() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512vnni") &&
        __builtin_cpu_supports("fma") && has_f16c())
        return MR_KERN_AVX512VNNI;
    if (mr_kern_avx512() && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
        __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("fma") && has_f16c())
        return MR_KERN_AVX512;
    if (mr_kern_avx2() && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
        has_f16c())
        return MR_KERN_AVX2;
#endif
    if (mr_kern_neon()) return MR_KERN_NEON; /* every AArch64 CPU has NEON */
    return MR_KERN_SCALAR;
}

const mr_kern *mr_kern_get(mr_kern_level level) {
    if (level == MR_KERN_SCALAR) return &k_scalar;
    mr_kern_level best = mr_kern_detect();
    if (level == MR_KERN_AUTO || level > best) level = best;
    const mr_kern *k = NULL;
    switch (level) {
    case MR_KERN_NEON: k = mr_kern_neon(); break;
    case MR_KERN_AMX: k = mr_kern_amx(); break;
    case MR_KERN_AVX512BF16: k = mr_kern_avx512bf16(); break;
    case MR_KERN_AVX512VNNI: k = mr_kern_avx512vnni(); break;
    case MR_KERN_AVX512: k = mr_kern_avx512(); break;
    case MR_KERN_AVX2: k = mr_kern_avx2(); break;
    default: k = &k_scalar;
    }
    if (!k) return level == best ? &k_scalar : mr_kern_get(best); /* another architecture's level */
    return k;
}

#if !defined(__x86_64__)
const mr_kern *mr_kern_avx2(void) { return NULL; }
const mr_kern *mr_kern_avx512(void) { return NULL; }
const mr_kern *mr_kern_avx512vnni(void) { return NULL; }
const mr_kern *mr_kern_avx512bf16(void) { return NULL; }
const mr_kern *mr_kern_amx(void) { return NULL; }
#endif
