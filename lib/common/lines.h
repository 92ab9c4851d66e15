/* lines.h - a file's bytes as lines, the one definition the batch reader
 * (motion-advisor --batch) and the label files (mr-cli --labels-file)
 * share: '\n' ends a line, so "a\nb\n" and "a\nb" are both two lines and
 * "a\n\nb" is three; a line is handed out exactly as it is in the file,
 * NUL bytes, '\r' and invalid UTF-8 included, for the caller to judge. */
#ifndef MR_LINES_H
#define MR_LINES_H

#include "common.h"

typedef struct mr_lines {
    const char *p, *end;
    long long no;       /* number of the line last returned, from 1 */
} mr_lines;

MR_INTERNAL void mr_lines_init(mr_lines *it, const char *buf, size_t len);
/* The next line (without its '\n') in *line, *len; 0 when there is none. */
MR_INTERNAL int mr_lines_next(mr_lines *it, const char **line, size_t *len);

#endif
