/* table.c: see table.h. */
#include "table.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void xc_doc_init(xc_doc *doc, const xc_text *text)
{
    memset(doc, 0, sizeof(*doc));
    doc->text = text;
}

/* n bytes of s and a NUL in the document's arena */
static char *text_dup(xc_table *t, const char *s, size_t n)
{
    char *p = xc_arena_alloc(t->mem, n + 1);
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

static void free_table(xc_table *t)
{
    /* texts and row blocks are in the document's arena */
    free(t->title);
    free(t->title_line);
    free(t->colhead);
    free(t->rows);
}

void xc_doc_free(xc_doc *doc)
{
    if (!doc)
        return;
    for (size_t i = 0; i < doc->ntables; i++)
        free_table(&doc->tables[i]);
    free(doc->tables);
    free(doc->cik);
    free(doc->company);
    free(doc->form_type);
    free(doc->filed);
    free(doc->accession);
    free(doc->period);
    free(doc->fiscal_year_end);
    free(doc->plain);
    xc_arena_free(&doc->mem);
    memset(doc, 0, sizeof(*doc));
}

xc_table *xc_doc_add_table(xc_doc *doc, size_t ncols)
{
    XC_GROW(doc->tables, doc->ctables, doc->ntables + 1);
    xc_table *t = &doc->tables[doc->ntables++];
    memset(t, 0, sizeof(*t));
    t->ncols = ncols;
    t->mem = &doc->mem;
    t->colhead = xc_xcalloc(ncols ? ncols : 1, sizeof(char *));
    for (size_t j = 0; j < ncols; j++)
        t->colhead[j] = text_dup(t, "", 0);
    return t;
}

xc_table *xc_doc_split_table(xc_doc *doc, size_t i, const size_t *from, const size_t *to,
                             size_t n)
{
    if (n == 0 || i >= doc->ntables)
        return NULL;
    XC_GROW(doc->tables, doc->ctables, doc->ntables + n - 1);
    xc_table o = doc->tables[i];
    memmove(&doc->tables[i + n], &doc->tables[i + 1],
            (doc->ntables - i - 1) * sizeof(xc_table));
    doc->ntables += n - 1;
    for (size_t k = 0; k < n; k++) {
        xc_table *t = &doc->tables[i + k];
        memset(t, 0, sizeof(*t));
        t->mem = o.mem;
        t->ncols = o.ncols;
        t->header_line = o.header_line;
        t->spaced = o.spaced;
        t->colhead = xc_xcalloc(o.ncols ? o.ncols : 1, sizeof(char *));
        for (size_t j = 0; j < o.ncols; j++)
            t->colhead[j] = o.colhead[j];
        for (size_t l = 0; l < o.ntitle; l++)
            xc_table_add_title(t, o.title[l], strlen(o.title[l]), o.title_line[l]);
        size_t a = from[k] < o.nrows ? from[k] : o.nrows, b = to[k] < o.nrows ? to[k] : o.nrows;
        if (b > a) {
            t->rows = xc_xmalloc((b - a) * sizeof(xc_row));
            memcpy(t->rows, &o.rows[a], (b - a) * sizeof(xc_row));
            t->nrows = t->crows = b - a;
        }
        t->first_line = k && t->nrows ? t->rows[0].line : o.first_line;
        t->last_line = k + 1 < n && t->nrows ? t->rows[t->nrows - 1].line : o.last_line;
    }
    free_table(&o);
    return &doc->tables[i];
}

void xc_doc_join_tables(xc_doc *doc, size_t i)
{
    if (i == 0 || i >= doc->ntables)
        return;
    xc_table *p = &doc->tables[i - 1], *t = &doc->tables[i];
    XC_GROW(p->rows, p->crows, p->nrows + t->nrows);
    memcpy(&p->rows[p->nrows], t->rows, t->nrows * sizeof(xc_row));
    p->nrows += t->nrows;
    if (t->last_line > p->last_line)
        p->last_line = t->last_line;
    free_table(t);
    memmove(t, t + 1, (doc->ntables - i - 1) * sizeof(xc_table));
    doc->ntables--;
}

xc_table *xc_doc_transpose_table(xc_doc *doc, size_t i, const char *const *heads,
                                 const char *const *labels)
{
    xc_table *o = &doc->tables[i], t;
    size_t nd = 0;
    for (size_t k = 0; k < o->nrows; k++)
        nd += o->rows[k].kind == XC_ROW_DATA;
    memset(&t, 0, sizeof(t));
    t.mem = o->mem;
    t.ncols = nd;
    t.header_line = o->header_line;
    t.spaced = o->spaced;
    t.first_line = o->first_line;
    t.last_line = o->last_line;
    /* the title moves as it is */
    t.title = o->title;
    t.title_line = o->title_line;
    t.ntitle = o->ntitle;
    t.ctitle = o->ctitle;
    o->title = NULL;
    o->title_line = NULL;
    t.colhead = xc_xcalloc(nd ? nd : 1, sizeof(char *));
    for (size_t k = 0; k < nd; k++)
        t.colhead[k] = text_dup(&t, heads[k], strlen(heads[k]));
    int line = o->header_line ? o->header_line : o->first_line;
    for (size_t j = 0; j < o->ncols; j++) {
        xc_row *r = xc_table_add_row(&t, XC_ROW_TEXT, labels[j], strlen(labels[j]), 0, line, 1);
        size_t k = 0;
        for (size_t q = 0; q < o->nrows; q++) {
            const xc_row *d = &o->rows[q];
            if (d->kind != XC_ROW_DATA)
                continue;
            if (d->cells[j]) {
                r->cells[k] = d->cells[j]; /* (the arena's: shared) */
                r->cell_line[k] = d->cell_line[j];
                r->cell_col[k] = d->cell_col[j];
                r->kind = XC_ROW_DATA;
            }
            k++;
        }
    }
    free_table(o);
    *o = t;
    return o;
}

void xc_table_add_title(xc_table *t, const char *s, size_t n, int line)
{
    size_t cap = t->ctitle;
    XC_GROW(t->title, t->ctitle, t->ntitle + 1);
    XC_GROW(t->title_line, cap, t->ntitle + 1);
    t->title[t->ntitle] = text_dup(t, s, n);
    t->title_line[t->ntitle] = line;
    t->ntitle++;
}

xc_row *xc_table_add_row(xc_table *t, xc_row_kind kind, const char *label,
                         size_t label_len, int indent, int line, int col)
{
    XC_GROW(t->rows, t->crows, t->nrows + 1);
    xc_row *r = &t->rows[t->nrows++];
    memset(r, 0, sizeof(*r));
    r->kind = kind;
    r->label = text_dup(t, label ? label : "", label ? label_len : 0);
    r->indent = indent;
    r->line = line;
    r->col = col;
    size_t n = t->ncols ? t->ncols : 1;
    /* cells, then their lines, then their columns: one block */
    size_t size = n * (sizeof(char *) + 2 * sizeof(int));
    char *block = memset(xc_arena_alloc(t->mem, size), 0, size);
    r->cells = (char **)block;
    r->cell_line = (int *)(block + n * sizeof(char *));
    r->cell_col = r->cell_line + n;
    return r;
}

void xc_row_set_cell(xc_table *t, xc_row *r, size_t j, const char *s,
                     size_t n, int line, int col)
{
    if (j >= t->ncols)
        return;
    r->cells[j] = text_dup(t, s, n); /* a replaced text stays in the arena */
    r->cell_line[j] = line;
    r->cell_col[j] = col;
}

void xc_table_head_append(xc_table *t, size_t j, const char *s, size_t n)
{
    if (j >= t->ncols)
        return;
    size_t old = strlen(t->colhead[j]);
    char *p = xc_arena_alloc(t->mem, old + 1 + n + 1);
    memcpy(p, t->colhead[j], old);
    if (old)
        p[old++] = ' ';
    memcpy(p + old, s, n);
    p[old + n] = '\0';
    t->colhead[j] = p;
}
