/* lines.c - splitting bytes into lines (lines.h). */
#include "lines.h"

#include <string.h>

void mr_lines_init(mr_lines *it, const char *buf, size_t len) {
    it->p = buf;
    it->end = buf ? buf + len : buf;
    it->no = 0;
}

int mr_lines_next(mr_lines *it, const char **line, size_t *len) {
    if (!it->p || it->p >= it->end) return 0;
    const char *nl = memchr(it->p, '\n', (size_t)(it->end - it->p));
    const char *stop = nl ? nl : it->end;
    *line = it->p;
    *len = (size_t)(stop - it->p);
    it->p = nl ? nl + 1 : it->end;
    it->no++;
    return 1;
}
