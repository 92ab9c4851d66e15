/* advisor_batch.c - one recommendation or one error line per input line
 * (advisor_batch.h). */
#include "advisor_batch.h"
#include "lines.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static void error_line(FILE *out, long long no, const char *msg) {
    char text[700];
    snprintf(text, sizeof text, "line %lld: %s", no, msg);
    fputs("{\"error\":", out);
    mr_json_str(out, text, strlen(text));
    fputs("}\n", out);
}

int mr_advisor_batch(mr_advisor *adv, const char *buf, size_t len, FILE *out, long long *n_lines) {
    if (n_lines) *n_lines = 0;
    if (!adv || !out || (!buf && len)) return MR_ERR_INVALID_ARG;
    mr_lines it;
    mr_lines_init(&it, buf, len);
    const char *line;
    size_t n, cap = 16384;
    char *res = malloc(cap);
    if (!res) return MR_ERR_OOM;
    int refused = 0;
    while (mr_lines_next(&it, &line, &n)) {
        size_t blank = 0;
        while (blank < n && (line[blank] == ' ' || line[blank] == '\t' || line[blank] == '\r')) blank++;
        if (blank == n) {
            error_line(out, it.no, "blank line (one profile per line)");
            refused++;
            continue;
        }
        /* the line's bytes as they are: the profile parser refuses a NUL
         * byte or invalid UTF-8 naming its offset */
        size_t need = 0;
        mr_status r = mr_advisor_recommend(adv, line, (int64_t)n, MR_ADVISOR_JSON, res, cap, &need);
        if (r == MR_ERR_BUFFER_TOO_SMALL) {
            char *b = realloc(res, need);
            if (b) {
                res = b;
                cap = need;
                r = mr_advisor_recommend(adv, line, (int64_t)n, MR_ADVISOR_JSON, res, cap, &need);
            } else {
                r = MR_ERR_OOM;
            }
        }
        if (r == MR_OK) {
            fputs(res, out);
            fputc('\n', out);
        } else {
            /* even running out of memory is this line's answer, so that
             * the lines after it still get theirs */
            error_line(out, it.no, r == MR_ERR_OOM ? "out of memory" : mr_advisor_errmsg(adv));
            refused++;
        }
    }
    free(res);
    if (n_lines) *n_lines = it.no;
    return ferror(out) ? MR_ERR_IO : refused;
}
