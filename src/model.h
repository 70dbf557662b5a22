/* model.h: the in-memory fact model every reader fills and every writer
 * reads.
 *
 * xc_model owns its contexts, units, facts and every string (copied in on
 * add); one xc_model_free releases all. Facts point to contexts and units by
 * index, since arrays grow with realloc (cmark, jq).
 */
#ifndef XC_MODEL_H
#define XC_MODEL_H

#include "decimal.h"
#include "diag.h"
#include "period.h"
#include "util.h"

#include <stddef.h>

#define XC_NONE ((size_t)-1)

typedef enum {
    XC_PERIOD_INSTANT,
    XC_PERIOD_DURATION,
    XC_PERIOD_FOREVER
} xc_period_type;

typedef struct xc_dim {
    char *axis;     /* QName of the dimension, e.g. us-gaap:StatementBusinessSegmentsAxis */
    char *member;   /* QName of the member; for a typed dimension, its value */
    char *typed_el; /* typed dimension: QName of the element holding the value */
    int scenario;   /* in <scenario> rather than <segment> */
} xc_dim;

typedef struct xc_context {
    char *id;
    char *scheme, *identifier; /* entity, when read from XBRL; NULL: the model's */
    xc_period_type type;
    xc_date start, end; /* an instant uses end */
    int start_inferred; /* the release printed no start date */
    xc_dim *dims;
    size_t ndims;
} xc_context;

typedef struct xc_unit {
    char *id;
    char *num; /* measure QName, e.g. iso4217:USD */
    char *den; /* NULL, or the denominator measure */
} xc_unit;

/* Statement kinds, as a table's title or content shows them. */
typedef enum {
    XC_STMT_UNKNOWN = 0,
    XC_STMT_INCOME,
    XC_STMT_BALANCE,
    XC_STMT_CASHFLOW,
    XC_STMT_EQUITY,
    XC_STMT_COMPREHENSIVE,
    XC_STMT_OTHER
} xc_statement;

const char *xc_statement_name(xc_statement s);

/* Where a fact came from (cmark source positions). */
typedef struct xc_provenance {
    char *source; /* file name, or "<stdin>" */
    int line, col;
    char *row_label; /* the row label as printed (wrapped lines joined) */
    char *cell;      /* the cell as printed */
    int table;       /* 1-based table number in the document */
    int row;         /* 1-based row of that table (HTML rows may share a line) */
    xc_statement statement;
    char *rule;     /* the mapping rule: "label", "heading+label", ... */
    int confidence; /* 0..100 */
} xc_provenance;

typedef struct xc_fact {
    char *concept; /* QName */
    char *label;   /* the concept's standard label, or NULL */
    size_t context;
    size_t unit;      /* XC_NONE for non-numeric facts */
    int numeric;      /* value is set; else text */
    int nil;          /* xsi:nil: no value */
    xc_decimal value; /* exact */
    int decimals;     /* meaningful when numeric and !decimals_inf */
    int decimals_inf;
    char *text; /* non-numeric value */
    char *notes; /* ids of the footnotes on this fact, space separated
                    (interned), or NULL */
    xc_provenance prov;
} xc_fact;

/* A footnote (XBRL 2.1 §4.11) that facts link to by its id. */
typedef struct xc_footnote {
    char *id;   /* "fn1", "fn2", ... */
    char *lang; /* xml:lang */
    char *text; /* plain text */
} xc_footnote;

/* A concept the release needs that the taxonomy lacks. */
typedef struct xc_ext_concept {
    char *name;  /* QName with the extension prefix */
    char *label; /* the label as printed */
    char *type;  /* "monetary", "shares", "perShare", "pure", "string" */
    xc_period_type period;
    char *balance; /* "debit", "credit" or NULL */
} xc_ext_concept;

/* One row of a source table as printed: its label and cells, for the
 * review view (each source cell beside the fact made from it). */
typedef struct xc_src_row {
    int line;
    char *label;  /* in memory the model holds (xc_model_adopt), as are the cells */
    char **cells; /* the table's ncols entries; NULL where empty */
} xc_src_row;

/* A total the release shows adding up: its row and its items' rows in one
 * source table, each item with its XBRL weight (+1 or -1). */
#define XC_CALC_MAX_ITEMS 32
typedef struct xc_calc_rel {
    int table, total_row;
    int item_rows[XC_CALC_MAX_ITEMS];
    int weights[XC_CALC_MAX_ITEMS];
    int nitems;
} xc_calc_rel;

/* A table as the reader found it, kept for display and provenance. */
typedef struct xc_table_info {
    char *title;
    char *scale_text; /* "(In thousands, except per share ...)" or NULL */
    xc_statement statement;
    int nongaap, segment;
    int first_line, last_line;
    char *notes; /* the footnotes printed under the table, one per line, or NULL */
    xc_src_row *rows; /* in the model's memory (xc_model_alloc, xc_model_adopt) */
    size_t nrows, ncols;
} xc_table_info;

typedef struct xc_ns {
    char *prefix, *uri;
} xc_ns;

typedef struct xc_model {
    /* entity */
    char *entity_name, *ticker, *exchange, *cik;
    /* document */
    char *source;        /* input file name */
    char *document_type; /* "8-K" */
    xc_date release_date, period_end;
    int fiscal_year_focus;
    char *fiscal_period_focus; /* "Q1".."Q3", "FY" */
    int fiscal_year_end_month, fiscal_year_end_day; /* 0 when unknown */
    char *ext_prefix; /* prefix of extension concepts */
    char *schema_ref; /* the instance's schemaRef href */
    int from_facts;   /* read from XBRL, inline XBRL or xBRL-JSON (facts, not tables) */
    char *accession;  /* EDGAR accession number, when the input is a submission */
    xc_date filed;    /* EDGAR filing date, or XC_NODATE */

    xc_context *contexts;
    size_t ncontexts, ccontexts;
    xc_unit *units;
    size_t nunits, cunits;
    xc_fact *facts;
    size_t nfacts, cfacts;
    xc_ext_concept *exts;
    size_t nexts, cexts;
    xc_table_info *tables;
    size_t ntables, ctables;
    xc_footnote *notes;
    size_t nnotes, cnotes;
    xc_calc_rel *calcs;
    size_t ncalcs, ccalcs;
    xc_ns *ns;
    size_t nns, cns;
    xc_strmap ext_index; /* extension concept name -> index */
    size_t *fact_index;  /* see xc_model_find_fact */
    size_t cfact_index, nfact_index;
    size_t *context_index; /* see xc_model_find_context */
    size_t ccontext_index, ncontext_index;
    xc_strmap pool; /* interned strings (xc_strmap_intern) */
    xc_arena mem;   /* what dies with the model (xc_model_alloc) */
    /* recent arguments of xc_model_intern and their pooled copies, by
     * address: the same label or concept string comes back fact after
     * fact (each hit is checked by content, so a reused address is safe;
     * a pooled copy, which never changes, is its own hint) */
    struct xc_intern_hint {
        const char *arg;
        const char *pooled;
    } hints[64];
} xc_model;

xc_model *xc_model_new(void);
void xc_model_free(xc_model *m);

/* Sets a string field of the model (copying value; NULL clears). */
void xc_model_set(char **field, const char *value);

/* Returns the index of the context with this period and these dimensions,
 * adding it when missing. dims may be NULL when ndims is 0. */
size_t xc_model_context(xc_model *m, xc_period_type type, xc_date start,
                        xc_date end, int start_inferred, const xc_dim *dims,
                        size_t ndims);
/* The index of an existing context, or XC_NONE. */
size_t xc_model_find_context(xc_model *m, xc_period_type type, xc_date start, xc_date end,
                             const xc_dim *dims, size_t ndims);
/* The index of an existing unit, or XC_NONE. */
size_t xc_model_find_unit(const xc_model *m, const char *num, const char *den);
/* Appends a context with the given id as read from an instance (no
 * search: ids are the instance's). dims may be NULL when ndims is 0. */
size_t xc_model_add_context(xc_model *m, const char *id, xc_period_type type, xc_date start,
                            xc_date end, const xc_dim *dims, size_t ndims);
/* Appends a unit with the given id (num or den may hold "a*b"). */
size_t xc_model_add_unit(xc_model *m, const char *id, const char *num, const char *den);
/* n zeroed bytes that live as long as the model, for what dies with it
 * (a source table's rows); never freed on their own. */
void *xc_model_alloc(xc_model *m, size_t n);
/* The model keeps mem's blocks (a document's texts) for its lifetime, so
 * that facts and source rows may point into them; mem is left empty. */
void xc_model_adopt(xc_model *m, xc_arena *mem);
/* A copy of s kept by the model for its lifetime; equal strings share one
 * copy (concept names, labels, sources repeat across many facts). */
const char *xc_model_intern(xc_model *m, const char *s);
/* Returns the index of the unit num[/den], adding it when missing. */
size_t xc_model_unit(xc_model *m, const char *num, const char *den);
/* Declares (or finds) an extension concept; returns its index. */
size_t xc_model_ext(xc_model *m, const char *name, const char *label,
                    const char *type, xc_period_type period,
                    const char *balance);
const xc_ext_concept *xc_model_find_ext(const xc_model *m, const char *name);
/* Binds prefix to uri (first binding wins). */
void xc_model_ns(xc_model *m, const char *prefix, const char *uri);
const char *xc_model_ns_uri(const xc_model *m, const char *prefix);
/* The local part of a QName ("Revenues" of "us-gaap:Revenues"). */
const char *xc_qname_local(const char *qname);
/* The namespace URI a QName's prefix is bound to in the model, or NULL. */
const char *xc_model_qname_uri(const xc_model *m, const char *qname);

/* The entry points instances reference (resolved offline by the Taxonomy
 * Package's catalog, taxonomy/package/META-INF/catalog.xml). */
#define XC_USGAAP_SCHEMA "https://xbrl.fasb.org/us-gaap/2025/elts/us-gaap-2025.xsd"
#define XC_DEI_SCHEMA "https://xbrl.sec.gov/dei/2025/dei-2025.xsd"
/* the SEC Reporting Taxonomy, home of srt:ProductOrServiceAxis */
#define XC_SRT_NS "http://fasb.org/srt/2025"
#define XC_SRT_SCHEMA "https://xbrl.fasb.org/srt/2025/elts/srt-2025.xsd"

/* Adds a fact; the model copies every string in f (concept, label, source
 * and rule are interned). Returns the fact's index. */
size_t xc_model_add_fact(xc_model *m, const xc_fact *f);
/* Like xc_model_add_fact, but f's strings other than concept and text are
 * kept as they are: they must live as long as m (interned, static, or in
 * memory m has adopted). The interpreter's many facts skip a lookup per
 * string. */
size_t xc_model_add_fact_kept(xc_model *m, const xc_fact *f);
size_t xc_model_add_table(xc_model *m, const xc_table_info *t);
void xc_model_add_calc(xc_model *m, const xc_calc_rel *rel);
/* Adds a footnote with the next id ("fn<n>"); returns its index. */
size_t xc_model_add_note(xc_model *m, const char *lang, const char *text);
/* Links footnote `note` to fact `fact` (once). */
void xc_model_link_note(xc_model *m, size_t fact, size_t note);
/* The footnote with this id, or NULL. */
const xc_footnote *xc_model_find_note(const xc_model *m, const char *id);

/* Finds a numeric fact by concept, context and unit; XC_NONE if absent.
 * Hashed: facts must not change concept, context or unit once added
 * (only xc_model_sort moves them). */
size_t xc_model_find_fact(xc_model *m, const char *concept,
                          size_t context, size_t unit);
/* 0 when no fact of m names concept (a quick test before many
 * xc_model_find_fact calls); 1 when one may. */
int xc_model_may_have(const xc_model *m, const char *concept);

/* Sorts facts by concept, period, unit, dimensions (deterministic output)
 * and renumbers nothing else. */
void xc_model_sort(xc_model *m);

/* Checks the model's invariants (every fact's context and unit exist,
 * numeric facts carry decimals or INF, ids are unique). Adds one
 * diagnostic per broken invariant; returns their number (cmark
 * cmark_node_check). */
int xc_model_check(const xc_model *m, xc_diag *d);

/* Number of numeric facts. */
size_t xc_model_count_numeric(const xc_model *m);

#endif
