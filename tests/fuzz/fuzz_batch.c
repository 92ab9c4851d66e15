/* fuzz_batch.c - libFuzzer target: arbitrary bytes as a --batch file. For
 * any input there is exactly one output line per input line, each a valid
 * UTF-8 JSON object, and as many {"error": ...} lines as lines refused.
 * Build: make fuzz. */
#include <motionrec_advisor.h>
#include "advisor_batch.h"
#include "lines.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static mr_advisor *adv;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!adv) {
        char err[256];
        adv = mr_advisor_new(NULL, err, sizeof err);
        if (!adv) abort();
    }
    char *out = NULL;
    size_t olen = 0;
    FILE *f = open_memstream(&out, &olen);
    long long n_in = -1;
    int refused = mr_advisor_batch(adv, (const char *)data, size, f, &n_in);
    fclose(f);
    if (refused < 0) abort();
    /* the input's lines, counted independently of the batch reader */
    long long want = 0;
    for (size_t i = 0; i < size; i++) want += data[i] == '\n';
    if (size && data[size - 1] != '\n') want++;
    if (n_in != want) abort();
    if (mr_utf8_error(out, olen) >= 0) abort();
    long long lines = 0;
    int errors = 0;
    mr_lines it;
    mr_lines_init(&it, out, olen);
    const char *l;
    size_t n;
    while (mr_lines_next(&it, &l, &n)) {
        lines++;
        cJSON *j = cJSON_ParseWithLength(l, n);
        if (!cJSON_IsObject(j)) abort();
        const cJSON *e = cJSON_GetObjectItem(j, "error");
        if (e) {
            /* "line N: ..." with this line's number */
            char head[32];
            snprintf(head, sizeof head, "line %lld: ", lines);
            if (!cJSON_IsString(e) || strncmp(e->valuestring, head, strlen(head))) abort();
            errors++;
        } else if (!cJSON_IsString(cJSON_GetObjectItem(j, "activity"))) {
            abort();
        }
        cJSON_Delete(j);
    }
    if (lines != want || errors != refused || (olen && out[olen - 1] != '\n')) abort();
    free(out);
    return 0;
}
