/* advisor_batch.h - motion-advisor's --batch: the bytes of a JSON-lines
 * file of profiles in, exactly one line out per input line (lines.h says
 * what a line is), through the public mr_advisor_* API:
 *
 *   - a recommendation as JSON (MR_ADVISOR_JSON), or
 *   - {"error":"line N: ..."} saying why line N was refused: not a valid
 *     profile, a NUL byte, invalid UTF-8, or a blank line (JSON Lines has
 *     no blank lines, and skipping one would shift every later answer).
 *
 * Every line written is valid UTF-8 JSON whatever the input. */
#ifndef MR_ADVISOR_BATCH_H
#define MR_ADVISOR_BATCH_H

#include "common.h"

#include <motionrec_advisor.h>

#include <stdio.h>

/* Returns the number of lines refused (>= 0; running out of memory for a
 * line refuses that line), MR_ERR_OOM when nothing could start, or
 * MR_ERR_IO when writing to out failed. *n_lines (may be NULL) gets the
 * number of input lines. */
MR_INTERNAL int mr_advisor_batch(mr_advisor *adv, const char *buf, size_t len, FILE *out, long long *n_lines);

#endif
