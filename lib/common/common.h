/* common.h - what every layer's internal files share: the visibility of
 * internal names and a formatted message into a caller's buffer. Both
 * libraries compile lib/common/ into themselves (hidden), so that the
 * advisor needs nothing of the engine but its public API. Not installed. */
#ifndef MR_COMMON_H
#define MR_COMMON_H

#include <motionrec.h>

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define MR_INTERNAL __attribute__((visibility("hidden")))

/* printf into a caller buffer that may be NULL / 0 bytes. */
MR_INTERNAL void mr_fmt(char *buf, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
