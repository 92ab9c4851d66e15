/* kernels_scales8.h - a helper the AVX-512 int8 kernels share (kernels_vnni.c,
 * kernels_amx.c), included after their target pragma so that it compiles
 * with AVX-512 enabled. */
#ifndef MR_KERNELS_SCALES8_H
#define MR_KERNELS_SCALES8_H

/* The f16 scales of eight consecutive blocks of `stride` bytes (34: q8_0,
 * 18: q4_0), as floats. A scale at byte 2i (mod 4) is the low or the high
 * half of a 32-bit word; two-register dword permutes pick the eight words,
 * a variable shift brings the odd blocks' halves down. Not a gather: with
 * the microcode that mitigates Gather Data Sampling, vpgatherdd costs tens
 * of cycles on many Intel CPUs (measured here: a third of a batched q8_0
 * product went to one gather per eight blocks). */
static inline __m256 scales8(const void *p, int stride) {
    const uint8_t *u = p;
    const __m512i idx = _mm512_setr_epi32(0, stride / 4, stride * 2 / 4, stride * 3 / 4, stride * 4 / 4, stride * 5 / 4,
                            stride * 6 / 4, stride * 7 / 4, 0, 0, 0, 0, 0, 0, 0, 0);
    __m512i v;
    if (stride * 7 / 4 < 32) {
        v = _mm512_permutex2var_epi32(_mm512_loadu_si512(u), idx, _mm512_loadu_si512(u + 64));
    } else { /* words 32..63 from the next two registers */
        __m512i lo = _mm512_permutex2var_epi32(_mm512_loadu_si512(u), idx, _mm512_loadu_si512(u + 64));
        __m512i hi = _mm512_permutex2var_epi32(_mm512_loadu_si512(u + 128), _mm512_and_si512(idx, _mm512_set1_epi32(31)),
                                               _mm512_loadu_si512(u + 192));
        v = _mm512_mask_blend_epi32(_mm512_cmpge_epi32_mask(idx, _mm512_set1_epi32(32)), lo, hi);
    }
    __m256i h = _mm256_srlv_epi32(_mm512_castsi512_si256(v), _mm256_setr_epi32(0, 16, 0, 16, 0, 16, 0, 16));
    return _mm256_cvtph_ps(_mm256_cvtepi32_epi16(h));
}

#endif
