/* diag.h: a list of diagnostics. Library code adds; only cli.c prints.
 *
 * Each diagnostic names the source (file name or "<stdin>"), the line and
 * column (1-based; 0 when unknown), a severity and an error code.
 */
#ifndef XC_DIAG_H
#define XC_DIAG_H

#include <stddef.h>

/* Error codes returned (negated) by library functions. */
enum {
    XC_OK = 0,
    XC_EIO = 1,       /* input cannot be read */
    XC_EENCODING = 2, /* invalid byte sequence, unknown charset */
    XC_EPARSE = 3,    /* input is malformed */
    XC_ENOTABLE = 4,  /* input holds no financial table */
    XC_EOVERFLOW = 5, /* a number does not fit */
    XC_ETAXONOMY = 6, /* taxonomy missing or malformed */
    XC_EWRITE = 7,    /* output could not be produced */
    XC_EXSLT = 8,     /* stylesheet failed */
    XC_EUSAGE = 9,    /* bad option or argument */
    XC_EINTERNAL = 10,
    XC_ECHECK = 11,  /* a check found the facts inconsistent or invalid */
    XC_EINEXACT = 12 /* a printed fraction has no exact decimal ("1/3") */
};

typedef enum { XC_NOTE, XC_WARNING, XC_ERROR } xc_severity;

typedef struct xc_diagnostic {
    xc_severity severity;
    int code; /* one of XC_E*, positive */
    char *source;
    int line, col;
    char *message;
} xc_diagnostic;

typedef struct xc_diag {
    xc_diagnostic *items;
    size_t n, cap;
    size_t errors, warnings;
} xc_diag;

void xc_diag_init(xc_diag *d);
void xc_diag_free(xc_diag *d);
/* Adds a diagnostic; `source` may be NULL. Returns -code, so callers can
 * write `return xc_diag_add(...)`. */
int xc_diag_add(xc_diag *d, xc_severity sev, int code, const char *source,
                int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* The name of an error code, e.g. "XC_EPARSE". */
const char *xc_diag_code_name(int code);

#endif
