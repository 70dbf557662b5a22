/* writers.h: the table of writers. A new output format is one file plus
 * one row here (redis's command table, jq's function_list[]).
 *
 * Writers take a const model: they never change it (cmark renderers).
 * Output is deterministic: facts sorted by concept, period, unit; no
 * timestamps; so golden files work.
 */
#ifndef XC_WRITERS_H
#define XC_WRITERS_H

#include "diag.h"
#include "model.h"
#include "options.h"
#include "util.h"

/* Writes m to out. Returns 0 or a negative XC_E* after adding a
 * diagnostic. */
typedef int (*xc_write_fn)(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);

typedef struct xc_writer {
    const char *name;      /* --to value */
    const char *summary;   /* one line for --help and --list-formats */
    const char *extension; /* file name extension */
    xc_write_fn write;
    int concat; /* outputs of many inputs concatenate into one stream */
} xc_writer;

extern const xc_writer xc_writers[]; /* ends with an all-zero row */
const xc_writer *xc_writer_find(const char *name);

int xc_write_xbrl(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_json(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_csv(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_sub(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_num(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_tag(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
/* The extension taxonomy of a release (write_ext.c): whether one is written
 * (a release with facts from tables), and writing DIR/BASE.xsd with its
 * _lab.xml, _pre.xml and _cal.xml linkbases. */
int xc_ext_needed(const xc_model *m);
int xc_write_extension(const xc_model *m, const char *dir, const char *base, xc_diag *d);
int xc_write_documents(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_ndjson(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);
int xc_write_html(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d);

/* Builds the XBRL 2.1 instance of m as a libxml2 document (caller frees
 * with xmlFreeDoc). Used by the xbrl and html writers. Returns NULL after
 * adding a diagnostic. */
struct _xmlDoc *xc_xbrl_build(const xc_model *m, xc_diag *d);

/* Shared helpers. */
void xc_json_string(xc_sink *out, const char *s);
/* An OIM period string: "2004-01-01T00:00:00/2004-04-05T00:00:00" (the end
 * is the exclusive midnight after the XBRL end date). */
void xc_oim_period(const xc_context *c, char *buf, size_t n);
const char *xc_unit_string(const xc_unit *u, char *buf, size_t n);

#endif
