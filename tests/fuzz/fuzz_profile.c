/* fuzz_profile.c - libFuzzer target: arbitrary bytes as a profile; whatever
 * parses must satisfy the documented ranges and go through the safety layer. */
#include "profile.h"

#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    mr_profile p;
    char err[256];
    if (mr_profile_parse((const char *)data, size, &p, err, sizeof err) == MR_OK) {
        if (p.age < 5 || p.age > 110 || p.n_history > MR_PROFILE_MAX_HISTORY) abort();
        mr_safety_in in;
        mr_safety_out o;
        mr_profile_safety_in(&p, &in);
        mr_safety_apply(&in, &o);
        if (!mr_safety_permits(&o, MR_ACT_REST, MR_LIGHT)) abort();
    }
    return 0;
}
