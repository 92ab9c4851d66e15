/* utf8.c - strict UTF-8 validation and JSON string output (utf8.h). */
#include "utf8.h"

/* Length of the valid UTF-8 sequence that starts at p (n bytes left), or 0
 * when the byte there does not start one. */
static size_t seq_len(const unsigned char *p, size_t n) {
    unsigned c = p[0];
    if (c < 0x80) return 1;
    size_t k = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (k == 0 || k >= n) return 0; /* not a lead byte, or cut short */
    unsigned lo = 0x80, hi = 0xbf;  /* the second byte's range */
    if (c == 0xe0) lo = 0xa0;       /* overlong */
    if (c == 0xed) hi = 0x9f;       /* surrogates */
    if (c == 0xf0) lo = 0x90;       /* overlong */
    if (c == 0xf4) hi = 0x8f;       /* above U+10FFFF */
    if (p[1] < lo || p[1] > hi) return 0;
    for (size_t j = 2; j <= k; j++)
        if ((p[j] & 0xc0) != 0x80) return 0;
    return k + 1;
}

long mr_utf8_error(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t k = seq_len(p + i, n - i);
        if (!k) return (long)i;
        i += k;
    }
    return -1;
}

void mr_json_str(FILE *out, const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    fputc('"', out);
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        size_t k = seq_len(p + i, n - i);
        if (!k) { fputs("\\ufffd", out); i++; continue; }
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fwrite(p + i, 1, k, out);
        i += k;
    }
    fputc('"', out);
}

size_t mr_utf8_chars(const char *s) {
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}
