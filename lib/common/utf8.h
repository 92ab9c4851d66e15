/* utf8.h - strict UTF-8 and JSON strings. Every JSON string the library and
 * the tools write goes through mr_json_str, so their output is valid UTF-8
 * JSON whatever bytes they were given (a label, a user id, a comment, a
 * model's text, an error message quoting input). */
#ifndef MR_UTF8_H
#define MR_UTF8_H

#include "common.h"

#include <stdio.h>

/* Offset of the first byte of p[0..n) that is not strict UTF-8 (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF, no bytes C0,
 * C1, F5-FF, no sequence cut short), or -1 when all n bytes are valid. */
MR_INTERNAL long mr_utf8_error(const char *p, size_t n);

/* s[0..n) as a JSON string, quotes included: '"' and '\' escaped, control
 * characters as \uXXXX, and each byte that is not part of valid UTF-8 as
 * \ufffd, the replacement character (which is also how the tokenizer reads
 * such a byte). s may be NULL when n is 0. */
MR_INTERNAL void mr_json_str(FILE *out, const char *s, size_t n);
/* Code points in a valid UTF-8 string (for aligning columns). */
MR_INTERNAL size_t mr_utf8_chars(const char *s);

#endif
