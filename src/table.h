/* table.h: a financial table as a reader found it: title lines, one header
 * text per value column, and body rows of a label plus one printed cell per
 * column. Text and HTML readers both build these; interp.c gives them
 * meaning (periods, scale, statement, concepts, signs).
 */
#ifndef XC_TABLE_H
#define XC_TABLE_H

#include "textio.h"
#include "util.h"

#include <stddef.h>

typedef enum {
    XC_ROW_DATA,    /* at least one value cell */
    XC_ROW_TEXT,    /* a label and no values: heading or wrapped label */
    XC_ROW_RULE,    /* an underline: ----, ====, ____ */
    XC_ROW_DRULE,   /* a double underline: ==== */
    XC_ROW_BLANK    /* an empty line inside the table */
} xc_row_kind;

typedef struct xc_row {
    xc_row_kind kind;
    char *label; /* trimmed, "" when none */
    int indent;  /* columns before the label (text) or nesting (HTML) */
    int line, col; /* where the label (or the row) starts, 1-based */
    char **cells;  /* ncols entries; NULL where the row has no value */
    int *cell_line, *cell_col; /* in the block of cells */
} xc_row;

typedef struct xc_table {
    char **title; /* caption lines, top to bottom */
    int *title_line;
    size_t ntitle, ctitle;
    char **colhead; /* ncols header texts, "" when none */
    size_t ncols;
    xc_row *rows;
    size_t nrows, crows;
    int first_line, last_line; /* of the table's body */
    int header_line;           /* first header line, 0 if none */
    int spaced;                /* printed in fixed-width text: indents count columns */
    xc_arena *mem; /* the document's: holds the texts and row blocks */
} xc_table;

/* What a reader hands to the interpreter. */
typedef struct xc_doc {
    const xc_text *text; /* borrowed: the decoded input */
    xc_table *tables;
    size_t ntables, ctables;
    /* document-level facts a reader may know (EDGAR header) */
    char *cik, *company, *form_type, *filed, *period, *accession;
    char *fiscal_year_end; /* the filer's "MMDD" */
    char *plain; /* the document as plain text (HTML readers), or NULL */
    const char *document; /* EDGAR: the document type to read (--document) */
    /* the tables' texts and row blocks, which die with the document: one
     * malloc per arena chunk instead of one per cell */
    xc_arena mem;
} xc_doc;

void xc_doc_init(xc_doc *doc, const xc_text *text);
void xc_doc_free(xc_doc *doc);
/* Appends an empty table with ncols columns and returns it. */
xc_table *xc_doc_add_table(xc_doc *doc, size_t ncols);
void xc_table_add_title(xc_table *t, const char *s, size_t n, int line);
/* Appends a row; cells are set by the caller through the returned row. */
xc_row *xc_table_add_row(xc_table *t, xc_row_kind kind, const char *label,
                         size_t label_len, int indent, int line, int col);
void xc_row_set_cell(xc_table *t, xc_row *r, size_t j, const char *s,
                     size_t n, int line, int col);
/* Replaces table i by n tables, the k-th holding rows from[k] up to (not
 * including) to[k] of it, under copies of its title and column headers;
 * their headers and rows may then change apart. Returns the first. */
xc_table *xc_doc_split_table(xc_doc *doc, size_t i, const size_t *from, const size_t *to,
                             size_t n);
/* Appends the rows of table i to table i - 1's (a table that goes on
 * after a page break), and removes table i. The rows must have as many
 * columns. */
void xc_doc_join_tables(xc_doc *doc, size_t i);
/* Replaces table i by its transpose over its data rows, which it must
 * have: the k-th data row becomes column k, headed heads[k]; column j a
 * data row labelled labels[j]. Cells keep where they were printed; other
 * rows (headings, rules) are dropped. Returns the table. */
xc_table *xc_doc_transpose_table(xc_doc *doc, size_t i, const char *const *heads,
                                 const char *const *labels);
/* Appends n bytes of s to column j's header, after a blank when it has
 * text already. */
void xc_table_head_append(xc_table *t, size_t j, const char *s, size_t n);

#endif
