/* sha256.h: SHA-256 (FIPS 180-4), for the documents table's content key. */
#ifndef XC_SHA256_H
#define XC_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct xc_sha256 {
    uint32_t h[8];
    uint64_t len; /* bytes so far */
    unsigned char block[64];
    size_t fill;
} xc_sha256;

void xc_sha256_init(xc_sha256 *s);
void xc_sha256_update(xc_sha256 *s, const void *data, size_t n);
/* Finishes and writes 64 lower-case hex digits and a NUL to hex. */
void xc_sha256_hex(xc_sha256 *s, char hex[65]);
/* The hex digest of a file's bytes; 0, or -1 when it cannot be read. */
int xc_sha256_file(const char *path, char hex[65]);

#endif
