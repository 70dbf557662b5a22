/* convert.h: one input to one model: decode, pick a reader, read tables,
 * interpret them. The command line and the tests both call this. */
#ifndef XC_CONVERT_H
#define XC_CONVERT_H

#include "diag.h"
#include "model.h"
#include "options.h"
#include "taxonomy.h"

#include <stddef.h>

/* Converts the n bytes of raw (named `name` in diagnostics) into m.
 * `from` forces a reader (NULL: sniff); `encoding` forces a charset.
 * Returns the number of numeric facts (> 0), or a negative XC_E*:
 * -XC_ENOTABLE when the input holds no financial table, after adding a
 * diagnostic. */
int xc_convert(const char *name, const char *raw, size_t n, const char *from,
               const char *encoding, const xc_taxonomy *tax, const xc_options *opt,
               xc_model *m, xc_diag *d);

/* Converts the file at path (NULL or "-": standard input). A reader that
 * streams (XBRL instances) reads the file itself, so a large instance is
 * never held in memory; others get the whole input. Returns as
 * xc_convert, or -XC_EIO when the file cannot be read. */
int xc_convert_path(const char *path, const char *from, const char *encoding,
                    const xc_taxonomy *tax, const xc_options *opt, xc_model *m, xc_diag *d);

#endif
