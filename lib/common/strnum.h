/* strnum.h - strict text -> number conversion, the one place where every
 * numeric command-line option of mr-cli, mr-convert, motion-advisor and
 * mr-bench is read.
 *
 * strtol and friends are lenient in ways that turn mistakes into other
 * values: "5x" is 5, "abc" is 0, " 7" is 7, "-1" is a huge unsigned number
 * and an overflow clamps silently. Here the whole text must be the number,
 * it must lie in the range the caller gives, and a refusal names the option
 * (`what`) and the text:
 *
 *   --max-new: '5x' is not a whole number (expected 1..1048576)
 *   --rec: 9223372036854775808 is outside 1..9223372036854775807
 *
 * Grammar: whole numbers are [-]digits (no '+', no spaces, no hex; leading
 * zeros are fine); real numbers are [-]digits[.digits][e[+|-]digits] or
 * [-].digits[...], finite (no "inf", "nan" or hex floats). Every function
 * returns MR_OK, or MR_ERR_INVALID_ARG with the message in err, leaving
 * *out untouched. */
#ifndef MR_STRNUM_H
#define MR_STRNUM_H

#include "common.h"

MR_INTERNAL int mr_strnum_i64(const char *text, int64_t lo, int64_t hi, const char *what, int64_t *out, char *err,
                              size_t errsz);
MR_INTERNAL int mr_strnum_int(const char *text, int lo, int hi, const char *what, int *out, char *err, size_t errsz);
/* Unsigned: a '-' is refused, however it is followed. */
MR_INTERNAL int mr_strnum_u64(const char *text, uint64_t hi, const char *what, uint64_t *out, char *err,
                              size_t errsz);
MR_INTERNAL int mr_strnum_f64(const char *text, double lo, double hi, const char *what, double *out, char *err,
                              size_t errsz);

/* A list of token ids, each in 0..INT32_MAX, separated by one comma or by
 * spaces and tabs ("5,6,1", "5, 6, 1", "5 6 1"), blanks allowed at either
 * end; an empty item ("5,,1", "5,") is refused, and so is a list of fewer
 * than min_count ids. *ids is malloc'd (the caller frees it, also when
 * n is 0) and *n gets the count. MR_ERR_OOM when memory runs out. */
MR_INTERNAL int mr_strnum_ids(const char *text, int32_t min_count, const char *what, int32_t **ids, int32_t *n,
                              char *err, size_t errsz);

#endif
