/* sha256.h - SHA-256 (FIPS 180-4), for storing access tokens as digests
 * rather than as themselves. Internal. */
#ifndef MR_SHA256_H
#define MR_SHA256_H

#include "common.h"

#include <stddef.h>
#include <stdint.h>

MR_INTERNAL void mr_sha256(const void *data, size_t len, uint8_t digest[32]);
/* n bytes as 2n lowercase hex digits and a NUL. */
MR_INTERNAL void mr_hex(const uint8_t *bytes, size_t n, char *out);
/* The digest as 64 lowercase hex digits and a NUL. */
MR_INTERNAL void mr_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
