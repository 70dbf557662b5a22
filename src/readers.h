/* readers.h: the table of readers. A new input format is one file plus one
 * row here (redis's command table, libxml2's testDescriptions[]).
 *
 * A reader turns decoded text into tables (xc_doc); interp.c turns tables
 * into facts, so every reader shares the period, scale, sign and mapping
 * logic.
 */
#ifndef XC_READERS_H
#define XC_READERS_H

#include "diag.h"
#include "table.h"
#include "textio.h"

#include <stddef.h>

/* Fills doc with the tables found in text. Returns the number of tables
 * (0 when there are none), or a negative XC_E* after adding a diagnostic. */
typedef int (*xc_read_fn)(const xc_text *text, xc_doc *doc, xc_diag *d);
/* Scores how likely the bytes are this reader's format: 0 = no. */
typedef int (*xc_sniff_fn)(const char *buf, size_t len);

typedef struct xc_reader {
    const char *name;    /* --from value */
    const char *summary; /* one line for --help */
    xc_sniff_fn sniff;
    xc_read_fn read;
} xc_reader;

extern const xc_reader xc_readers[]; /* ends with an all-zero row */

const xc_reader *xc_reader_find(const char *name);
/* The reader whose sniff scores highest for these bytes. */
const xc_reader *xc_reader_sniff(const char *buf, size_t len);

int xc_read_text(const xc_text *text, xc_doc *doc, xc_diag *d);
int xc_sniff_text(const char *buf, size_t len);
int xc_read_html(const xc_text *text, xc_doc *doc, xc_diag *d);
int xc_read_edgar(const xc_text *text, xc_doc *doc, xc_diag *d);
int xc_sniff_edgar(const char *buf, size_t len);
int xc_sniff_html(const char *buf, size_t len);

#endif
