/* fmt.c - formatted messages into a caller's buffer. */
#include "common.h"

void mr_fmt(char *buf, size_t size, const char *fmt, ...) {
    if (!buf || size == 0) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}
