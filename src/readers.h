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

struct xc_model;
struct xc_taxonomy;
/* Readers of facts (XBRL, inline XBRL, xBRL-JSON) fill the model directly
 * from the raw bytes (XML parsers honour the document's own encoding).
 * Returns the number of facts, or a negative XC_E* after a diagnostic. */
typedef int (*xc_read_model_fn)(const char *name, const char *raw, size_t n, struct xc_model *m,
                                xc_diag *d);

typedef struct xc_reader {
    const char *name;    /* --from value */
    const char *summary; /* one line for --help */
    xc_sniff_fn sniff;
    xc_read_fn read;             /* tables, for the interpreter; or NULL */
    xc_read_model_fn read_model; /* facts; or NULL */
    int streams; /* read_model takes raw == NULL and streams the file at name */
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
int xc_read_xbrl(const char *name, const char *raw, size_t n, struct xc_model *m, xc_diag *d);
int xc_sniff_xbrl(const char *buf, size_t len);
int xc_read_ixbrl(const char *name, const char *raw, size_t n, struct xc_model *m, xc_diag *d);
int xc_sniff_ixbrl(const char *buf, size_t len);
int xc_read_oim_json(const char *name, const char *raw, size_t n, struct xc_model *m, xc_diag *d);
int xc_sniff_oim_json(const char *buf, size_t len);

/* Shared by the XBRL readers (read_xbrl.c). */
struct _xmlNode;
struct xc_fact;
/* The model's prefix for a namespace URI, binding `want` (or a fresh
 * prefix when it is taken) the first time. */
const char *xc_bind_ns(struct xc_model *m, const char *uri, const char *want);
/* Reads an xbrli:context or xbrli:unit element into the model. Return 0 or
 * a negative XC_E* after a diagnostic. */
int xc_xbrl_context(struct xc_model *m, struct _xmlNode *cx, const char *name, xc_diag *d);
int xc_xbrl_unit(struct xc_model *m, struct _xmlNode *u, const char *name, xc_diag *d);
/* A QName written in node's scope ("us-gaap:Revenues") as the model's
 * QName (its prefix bound to the same namespace); caller frees. */
char *xc_xbrl_qname(struct xc_model *m, struct _xmlNode *node, const char *qname);
/* Sets a numeric fact's decimals from @decimals or @precision. */
void xc_xbrl_decimals(struct xc_fact *f, const char *decimals, const char *precision);
int xc_sniff_html(const char *buf, size_t len);

#endif
