/* test_sha256.c - lib/advisor/sha256.c against FIPS 180-4's examples (and the
 * NIST test vectors for the padding edge: 55, 56 and 64 bytes, checked
 * against Python's hashlib when written). */
#include "testutil.h"

#include "sha256.h"

#include <string.h>

static void check(const char *msg, size_t len, const char *want) {
    char hex[65];
    mr_sha256_hex(msg, len, hex);
    assert_string_equal(hex, want);
}

static void standard_examples(void **state) {
    (void)state;
    check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    check(two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void padding_edges(void **state) {
    (void)state;
    char a[200];
    memset(a, 'a', sizeof a);
    check(a, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    check(a, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    check(a, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    check(a, 200, "c2a908d98f5df987ade41b5fce213067efbcc21ef2240212a41e54b5e7c28ae5");
}

int main(void) {
    const struct CMUnitTest tests[] = {cmocka_unit_test(standard_examples), cmocka_unit_test(padding_edges)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
