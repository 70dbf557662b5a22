/* textio.h: read an input whole, find its encoding, convert it to UTF-8
 * with iconv, and index its lines for file:line:col diagnostics.
 */
#ifndef XC_TEXTIO_H
#define XC_TEXTIO_H

#include "diag.h"

#include <stddef.h>

typedef struct xc_text {
    char *name;     /* as given, or "<stdin>" */
    char *data;     /* UTF-8, NUL-terminated, line ends normalised to \n */
    size_t len;
    char *encoding; /* what the input was: "UTF-8", "UTF-16LE", "WINDOWS-1252" */
    size_t *lines;  /* byte offset of each line start */
    size_t nlines;
    int line_offset; /* lines before this text in its file (an EDGAR document) */
} xc_text;

/* Reads the whole file at path ("-" or NULL: stdin) into *data (caller
 * frees). Returns 0 or -XC_EIO after adding a diagnostic. */
int xc_read_all(const char *path, char **data, size_t *len, xc_diag *d);

/* Decodes raw bytes into t. `encoding` forces a charset (iconv name);
 * NULL detects: a BOM (UTF-8, UTF-16LE/BE), valid UTF-8, else
 * Windows-1252. Input with NUL bytes and no UTF-16 BOM is refused as
 * binary. Returns 0, -XC_EENCODING or -XC_EPARSE after adding a
 * diagnostic naming the byte offset. */
int xc_text_decode(xc_text *t, const char *name, const char *raw, size_t n,
                   const char *encoding, xc_diag *d);
void xc_text_free(xc_text *t);

/* Converts n bytes from charset `from` to UTF-8 into *out (caller frees).
 * Returns 0 or -XC_EENCODING with the failing offset in *bad_offset. */
int xc_iconv_to_utf8(const char *from, const char *in, size_t n, char **out,
                     size_t *outlen, size_t *bad_offset);

/* Returns 1 if the n bytes are valid UTF-8; else 0 with the offset of the
 * first bad byte in *bad. */
int xc_utf8_valid(const char *s, size_t n, size_t *bad);

/* Sets t->lines and t->nlines from t->data (the offset of each line). */
void xc_text_index_lines(xc_text *t);

/* 1-based line of byte offset off. */
int xc_text_line_of(const xc_text *t, size_t off);

#endif
