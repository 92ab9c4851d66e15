/* util.c - status text, version and build information. */
#include "internal.h"
#include "kernels.h"

#include <stdio.h>
#include <time.h>

const char *mr_strerror(int code) {
    switch (code) {
    case MR_OK: return "success";
    case MR_ERR_INVALID_ARG: return "invalid argument";
    case MR_ERR_IO: return "input/output error";
    case MR_ERR_FORMAT: return "malformed file";
    case MR_ERR_UNSUPPORTED: return "unsupported feature";
    case MR_ERR_MODEL: return "inconsistent or incomplete model";
    case MR_ERR_OOM: return "out of memory";
    case MR_ERR_BUFFER_TOO_SMALL: return "buffer too small";
    case MR_ERR_TOO_LONG: return "input too long";
    case MR_ERR_TOKEN: return "token id out of range";
    case MR_ERR_EMPTY: return "empty input";
    case MR_ERR_UTF8: return "invalid UTF-8";
    case MR_ERR_STATE: return "call out of order";
    case MR_ERR_CANCELLED: return "cancelled by callback";
    default: return "unknown error";
    }
}

const char *mr_version(void) { return MR_VERSION_STRING; }

int32_t mr_abi_version(void) { return MR_ABI_VERSION; }

#ifdef MR_USE_BLAS
#define MR_BLAS_INFO " blas=openblas"
#else
#define MR_BLAS_INFO " blas=no"
#endif
#ifdef MR_USE_CUDA
#define MR_CUDA_INFO " cuda=yes (sm_90 + PTX)"
#else
#define MR_CUDA_INFO " cuda=no"
#endif
#define MR_INFO(k) "libmotionrec " MR_VERSION_STRING " kernels=" k " (chosen at run time)" MR_BLAS_INFO MR_CUDA_INFO

const char *mr_build_info(void) {
    switch (mr_kern_detect()) {
    case MR_KERN_NEON: return MR_INFO("neon");
    case MR_KERN_AMX: return MR_INFO("avx512+vnni+bf16+amx");
    case MR_KERN_AVX512BF16: return MR_INFO("avx512+vnni+bf16");
    case MR_KERN_AVX512VNNI: return MR_INFO("avx512+vnni");
    case MR_KERN_AVX512: return MR_INFO("avx512");
    case MR_KERN_AVX2: return MR_INFO("avx2");
    default: return MR_INFO("scalar");
    }
}

void mr_log(mr_log_callback cb, void *data, int32_t max, int level, const char *fmt, ...) {
    if (!cb || level > max) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    cb(level, msg, data);
}

double mr_now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return 1e3 * (double)t.tv_sec + 1e-6 * (double)t.tv_nsec;
}
