/* options.h: settings shared by the interpreter and the writers. */
#ifndef XC_OPTIONS_H
#define XC_OPTIONS_H

#ifndef XC_VERSION
#define XC_VERSION "0.1.0"
#endif

enum {
    XC_OPT_EXPLAIN = 1 << 0, /* keep and print the mapping of every row */
    XC_OPT_STRICT = 1 << 1   /* check findings are errors */
};

struct xc_taxonomy;

typedef struct xc_options {
    int flags;              /* XC_OPT_* */
    const char *taxonomy;   /* directory of the taxonomy files */
    const char *xslt_dir;   /* directory of the stylesheets */
    const char *stylesheet; /* a user's stylesheet for -t html, or NULL */
    const char *document;   /* EDGAR document type to read instead of EX-99 */
    const struct xc_taxonomy *tax; /* the loaded taxonomy, for writers that describe concepts */
    const char *xml_stylesheet;    /* -t xbrl: href of an <?xml-stylesheet?> for browsers */
} xc_options;

#endif
