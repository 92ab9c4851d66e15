/* alloc.c - the allocator of the loaders (GGUF reader, model, tokenizer),
 * with a point where tests make one allocation fail.
 *
 * The loaders must answer every failed allocation with a message in the
 * caller's error buffer, and no test can exhaust memory on purpose at each
 * of the few thousand allocations of a load; so they allocate through these
 * functions, and a test asks for the Nth of them to fail. The count is per
 * thread (a load runs on its caller's thread, and other threads are left
 * alone) and starts at zero: outside the tests these are malloc and friends
 * with one compare. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static _Thread_local uint64_t n_made; /* allocations on this thread since mr_alloc_fail_at */
static _Thread_local uint64_t fail_n; /* 0: none fails; else the one numbered fail_n */

static int fails(void) { return ++n_made == fail_n; }

void *mr_malloc(size_t n) { return fails() ? NULL : malloc(n); }

void *mr_calloc(size_t n, size_t size) { return fails() ? NULL : calloc(n, size); }

void *mr_realloc(void *p, size_t n) { return fails() ? NULL : realloc(p, n); }

char *mr_strndup(const char *s, size_t n) { return fails() ? NULL : strndup(s, n); }

uint64_t mr_alloc_fail_at(uint64_t n) {
    uint64_t made = n_made;
    n_made = 0;
    fail_n = n;
    return made;
}
