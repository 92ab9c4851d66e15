/* fuzz_recommend.c - libFuzzer target: arbitrary bytes as a profile through
 * the whole public recommendation path with the knowledge rules (no model,
 * nothing stored), to JSON and to the card. Whatever is accepted must come
 * out as valid UTF-8: the JSON one object whose activity the safety layer
 * allowed, with probabilities that sum to 1; the card with its disclaimer.
 * Whatever is refused must say why. Build: make fuzz. */
#include <motionrec_advisor.h>
#include "motionrec.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static mr_advisor *adv;

/* A recommendation in a buffer that grows as needed. */
static mr_status run(const uint8_t *data, size_t size, int format, char **out, size_t *cap) {
    size_t need = 0;
    mr_status rc = mr_advisor_recommend(adv, (const char *)data, (int64_t)size, format, *out, *cap, &need);
    if (rc == MR_ERR_BUFFER_TOO_SMALL) {
        if (need <= *cap) abort(); /* a too-small answer must ask for more */
        *out = realloc(*out, need);
        *cap = need;
        rc = mr_advisor_recommend(adv, (const char *)data, (int64_t)size, format, *out, *cap, &need);
    }
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static char *out;
    static size_t cap;
    if (!adv) {
        char err[256];
        adv = mr_advisor_new(NULL, err, sizeof err);
        if (!adv) abort();
    }
    mr_status rc = run(data, size, MR_ADVISOR_JSON, &out, &cap);
    if (rc != MR_OK) {
        /* refused: a profile error with its reason, nothing else */
        if (rc != MR_ERR_INVALID_ARG && rc != MR_ERR_FORMAT) abort();
        if (!mr_advisor_errmsg(adv)[0]) abort();
        if (run(data, size, MR_ADVISOR_CARD, &out, &cap) != rc) abort();
        return 0;
    }
    size_t len = strlen(out);
    if (mr_utf8_error(out, len) >= 0) abort();
    cJSON *j = cJSON_ParseWithLength(out, len);
    if (!cJSON_IsObject(j)) abort();
    const cJSON *act = cJSON_GetObjectItem(j, "activity"), *probs = cJSON_GetObjectItem(j, "probabilities"),
                *safety = cJSON_GetObjectItem(j, "safety");
    if (!cJSON_IsString(act) || !cJSON_IsObject(probs) || !cJSON_IsObject(safety)) abort();
    double sum = 0;
    for (const cJSON *p = probs->child; p; p = p->next) {
        if (!cJSON_IsNumber(p) || p->valuedouble < 0) abort();
        sum += p->valuedouble;
    }
    if (fabs(sum - 1) > 2e-3) abort(); /* twelve values printed to 4 decimals */
    int allowed = 0;
    const cJSON *al = cJSON_GetObjectItem(safety, "allowed");
    for (const cJSON *a = al ? al->child : NULL; a; a = a->next)
        allowed |= cJSON_IsString(a) && !strcmp(a->valuestring, act->valuestring);
    if (!allowed && strcmp(act->valuestring, "rest")) abort();
    if (!cJSON_IsNull(cJSON_GetObjectItem(j, "rec_id"))) abort(); /* nothing is stored */
    cJSON_Delete(j);
    if (run(data, size, MR_ADVISOR_CARD, &out, &cap) != MR_OK) abort();
    len = strlen(out);
    if (mr_utf8_error(out, len) >= 0) abort();
    if (!strstr(out, "not medical advice") && !strstr(out, "不是医疗建议")) abort();
    return 0;
}
