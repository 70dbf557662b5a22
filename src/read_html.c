/* read_html.c: tables in HTML exhibits (libxml2's HTML parser, no network).
 *
 * Each <table> becomes a grid (colspan and rowspan expanded); a "$" or "("
 * in its own cell joins the number after it, a ")" or "%" the number
 * before it. Value columns are the grid columns where numbers end; header
 * rows above the first row of numbers give each column its text by their
 * cells' spans ("Thirteen Weeks Ended" over two columns). Text above the
 * table (the statement's name, the scale in a paragraph) becomes its title.
 * Cell borders stand in for the underlines of text tables. The table then
 * goes through the same interpreter as a text table.
 */
#include "decimal.h"
#include "period.h"
#include "readers.h"
#include "util.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

typedef struct hcell {
    char *text;
    int col, span; /* grid columns [col, col + span) */
    int line;
    int border_top, border_bottom;
    int indent;
} hcell;

typedef struct hrow {
    hcell *cells;
    int n, cap;
    int line;
} hrow;

typedef struct hgrid {
    hrow *rows;
    int n, cap;
    int ncols;
    int line_offset;
} hgrid;

typedef struct hctx {
    xc_doc *doc;
    const char *name; /* the file's */
    xc_diag *d;
    int line_offset;
    xc_buf plain;    /* the document as text, for metadata and titles */
    char **blocks;   /* text blocks since the last table */
    size_t nblocks, cblocks;
    xc_buf block;    /* the block being collected */
    int found;
    /* a table of header rows alone (its periods), which a page break
     * parted from its rows: the next table of numbers without a header
     * takes them; its text stands in blocks [head_from, head_to) */
    hgrid head;
    size_t head_from, head_to;
    /* blocks below this one may title the next table: those above are the
     * rows of a table of words and figures ("Revenue" | "$2,362 - $2,447
     * million"), which title nothing */
    size_t floor;
} hctx;

static int name_is(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && !xmlStrcasecmp(n->name, (const xmlChar *)name);
}

static int is_block(const xmlNode *n)
{
    static const char *const B[] = {"p",  "div", "br", "h1", "h2", "h3", "h4", "h5", "h6",
                                    "li", "tr",  "hr", "center", "pre", "blockquote", NULL};
    for (const char *const *b = B; *b; b++)
        if (name_is(n, *b))
            return 1;
    return 0;
}

/* Characters 0x80-0x9F that HTML writers meant as Windows-1252 ("&#146;"
 * for a right quote, "&#151;" for an em dash), as UTF-8. */
static const char *const C1[32] = {
    "\xE2\x82\xAC", "", "\xE2\x80\x9A", "\xC6\x92", "\xE2\x80\x9E", "\xE2\x80\xA6",
    "\xE2\x80\xA0", "\xE2\x80\xA1", "\xCB\x86", "\xE2\x80\xB0", "\xC5\xA0", "\xE2\x80\xB9",
    "\xC5\x92", "", "\xC5\xBD", "", "", "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C",
    "\xE2\x80\x9D", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "\xCB\x9C",
    "\xE2\x84\xA2", "\xC5\xA1", "\xE2\x80\xBA", "\xC5\x93", "", "\xC5\xBE", "\xC5\xB8"};

/* Appends text with runs of white space (and no-break, figure, thin and
 * narrow no-break spaces) as one blank; zero-width spaces are dropped. */
static void put_text(xc_buf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int space = xc_isspace(*p);
        if (*p == 0xC2 && p[1] == 0xA0) {
            space = 1;
            p++;
        } else if (*p == 0xE2 && p[1] == 0x80 &&
                   (p[2] == 0x87 || p[2] == 0x89 || p[2] == 0xAF || p[2] == 0x8B)) {
            space = p[2] != 0x8B;
            p += 2;
            if (!space)
                continue;
        } else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
            xc_buf_puts(b, C1[p[1] - 0x80]);
            p++;
            continue;
        }
        if (space) {
            if (b->len && b->ptr[b->len - 1] != ' ' && b->ptr[b->len - 1] != '\n')
                xc_buf_putc(b, ' ');
        } else {
            xc_buf_putc(b, (char)*p);
        }
    }
}

/* Whether an element is set as a superscript: <sup>, or a style of
 * vertical-align: super (a footnote's mark). */
static int superscript(const xmlNode *n)
{
    if (name_is(n, "sup"))
        return 1;
    /* (the attribute's text read in place: most elements have none) */
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        if (xmlStrcasecmp(a->name, (const xmlChar *)"style") || !a->children ||
            !a->children->content)
            continue;
        const char *st = (const char *)a->children->content;
        const char *v = xc_memcasemem(st, strlen(st), "vertical-align");
        if (!v)
            return 0;
        v += 14;
        while (*v == ' ' || *v == ':')
            v++;
        return xc_strncaseeq(v, "super", 5);
    }
    return 0;
}

/* The text of a cell; nested tables are left out, and so are footnote
 * marks set as superscripts ("Revenue<sup>1</sup>", "900<sup>2</sup>":
 * joined to the text they would make "Revenue1" and 9002). */
static void cell_text(const xmlNode *n, xc_buf *b)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            put_text(b, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            if (name_is(c, "table") || name_is(c, "script") || name_is(c, "style") ||
                superscript(c))
                continue;
            if (is_block(c) && b->len && b->ptr[b->len - 1] != ' ')
                xc_buf_putc(b, ' ');
            cell_text(c, b);
            /* "293,618&nbsp;" then a block: keep words apart */
            if (is_block(c) && b->len && b->ptr[b->len - 1] != ' ')
                xc_buf_putc(b, ' ');
        }
    }
}

/* The no-break spaces that begin a cell's text, where older filings set a
 * row's indent ("&nbsp;&nbsp;&nbsp;Net sales"); white space between them
 * counts nothing, as a browser collapses it. Returns -1 once the text has
 * begun, so the caller stops. */
static int lead_nbsp(const xmlNode *n, int *count)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            for (const unsigned char *p = c->content; p && *p; p++) {
                if (*p == 0xC2 && p[1] == 0xA0) {
                    ++*count;
                    p++;
                } else if (!xc_isspace(*p)) {
                    return -1;
                }
            }
        } else if (c->type == XML_ELEMENT_NODE && !name_is(c, "table") &&
                   lead_nbsp(c, count) < 0) {
            return -1;
        }
    }
    return 0;
}

static char *trimmed(xc_buf *b)
{
    size_t s = 0, e = b->len;
    while (s < e && b->ptr[s] == ' ')
        s++;
    while (e > s && b->ptr[e - 1] == ' ')
        e--;
    return xc_xstrndup(b->ptr ? b->ptr + s : "", e - s);
}

/* A CSS length in points ("12pt", "16px", "1em"). */
static double css_pt(const char *v)
{
    double x = strtod(v, NULL);
    while (*v && (xc_isdigit((unsigned char)*v) || *v == '.' || *v == '-'))
        v++;
    if (!strncmp(v, "px", 2))
        return x * 0.75;
    if (!strncmp(v, "em", 2))
        return x * 10;
    if (!strncmp(v, "in", 2))
        return x * 72;
    return x;
}

/* The left length of a CSS value: the value itself, or of the shorthand
 * "padding:" / "margin:" (top right bottom left) the fourth length, the
 * second of two or three, the only one of one. */
static const char *css_left(const char *v, int shorthand)
{
    const char *len[4];
    int n = 0;
    while (shorthand && n < 4) {
        while (*v == ' ')
            v++;
        if (!*v || *v == ';' || *v == '"')
            break;
        len[n++] = v;
        while (*v && *v != ' ' && *v != ';')
            v++;
    }
    if (!shorthand || n == 0)
        return v;
    return n == 4 ? len[3] : n >= 2 ? len[1] : len[0];
}

/* Style facts of a cell and its first descendants: borders and indent. */
static void cell_style(const xmlNode *n, hcell *c, int depth)
{
    xmlChar *st = xmlGetProp(n, (const xmlChar *)"style");
    if (st) {
        const char *s = (const char *)st;
        const char *bt = strstr(s, "border-top");
        const char *bb = strstr(s, "border-bottom");
        if (bt && !strstr(bt, "none") && !strstr(bt, ":0"))
            c->border_top = 1;
        if (bb && !(strstr(bb, "none") && strstr(bb, "none") < bb + 25))
            c->border_bottom = 1;
        static const struct {
            const char *name;
            int shorthand;
        } ind[] = {{"padding-left:", 0}, {"margin-left:", 0}, {"text-indent:", 0},
                   {"padding:", 1},      {"margin:", 1}};
        for (size_t k = 0; k < sizeof(ind) / sizeof(ind[0]); k++) {
            const char *p = strstr(s, ind[k].name);
            if (p) {
                double pt = css_pt(css_left(p + strlen(ind[k].name), ind[k].shorthand));
                if (pt > 1)
                    c->indent += (int)(pt / 5);
            }
        }
        xmlFree(st);
    }
    if (depth < 3)
        for (const xmlNode *k = n->children; k; k = k->next)
            if (k->type == XML_ELEMENT_NODE && (name_is(k, "div") || name_is(k, "p"))) {
                hcell tmp = {0};
                cell_style(k, &tmp, depth + 1);
                c->indent += tmp.indent;
                break;
            }
}

static int int_attr(const xmlNode *n, const char *name, int dflt)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return dflt;
    int x = atoi((const char *)v);
    xmlFree(v);
    return x > 0 && x < 1000 ? x : dflt;
}

/* The rows of this table (not of nested ones): tr children, also under
 * thead, tbody and tfoot. */
static void collect_rows(const xmlNode *t, const xmlNode **out, int *n, int max)
{
    for (const xmlNode *c = t->children; c && *n < max; c = c->next) {
        if (name_is(c, "tr"))
            out[(*n)++] = c;
        else if (name_is(c, "thead") || name_is(c, "tbody") || name_is(c, "tfoot"))
            collect_rows(c, out, n, max);
    }
}

#define MAXROWS 4000
#define MAXGRID 256

static void build_grid(const xmlNode *table, hgrid *g)
{
    static const xmlNode *trs[MAXROWS];
    int ntr = 0;
    collect_rows(table, trs, &ntr, MAXROWS);
    int pending[MAXGRID] = {0}; /* rows still covered by a rowspan */
    int off = g->line_offset;
    memset(g, 0, sizeof(*g));
    g->line_offset = off;
    size_t cap = 0;
    for (int r = 0; r < ntr; r++) {
        XC_GROW(g->rows, cap, (size_t)g->n + 1);
        hrow *row = &g->rows[g->n++];
        memset(row, 0, sizeof(*row));
        row->line = (int)xmlGetLineNo(trs[r]) + g->line_offset;
        int col = 0;
        size_t ccap = 0;
        for (const xmlNode *td = trs[r]->children; td; td = td->next) {
            if (!name_is(td, "td") && !name_is(td, "th"))
                continue;
            while (col < MAXGRID && pending[col] > 0)
                col++;
            int span = int_attr(td, "colspan", 1), rspan = int_attr(td, "rowspan", 1);
            if (col + span > MAXGRID)
                break;
            xc_buf b = {0};
            cell_text(td, &b);
            XC_GROW(row->cells, ccap, (size_t)row->n + 1);
            hcell *c = &row->cells[row->n++];
            memset(c, 0, sizeof(*c));
            c->text = trimmed(&b);
            xc_buf_free(&b);
            c->col = col;
            c->span = span;
            c->line = (int)xmlGetLineNo(td) + g->line_offset;
            cell_style(td, c, 0);
            /* a no-break space is about half of cell_style's unit (5pt) */
            int nbsp = 0;
            lead_nbsp(td, &nbsp);
            c->indent += nbsp / 2;
            if (rspan > 1)
                for (int k = col; k < col + span; k++)
                    pending[k] = rspan; /* decremented below, this row included */
            col += span;
        }
        if (col > g->ncols)
            g->ncols = col;
        for (int k = 0; k < MAXGRID; k++)
            if (pending[k] > 0)
                pending[k]--;
    }
}

static void free_grid(hgrid *g)
{
    for (int r = 0; r < g->n; r++) {
        for (int k = 0; k < g->rows[r].n; k++)
            free(g->rows[r].cells[k].text);
        free(g->rows[r].cells);
    }
    free(g->rows);
    memset(g, 0, sizeof(*g));
}

/* ---- values in a row ---- */

typedef struct hval {
    char *text; /* merged: "$(1,234)" */
    int end;    /* grid column where the number ends */
    int start;
    int line;
    int numeric;
} hval;

/* Whether a cell holds only a currency sign and an opening parenthesis
 * ("$", "(\u20ac", "C$"), which join the number after it. */
static int sign_cell(const char *s)
{
    int signs = 0;
    size_t n = strlen(s), k;
    for (size_t i = 0; i < n; i += k) {
        k = xc_currency_sign(s + i, n - i);
        signs += k != 0;
        if (!k && s[i] != ' ' && s[i] != '(')
            return 0;
        k += !k;
    }
    return n > 0 && (signs || strchr(s, '('));
}

/* How much of a cell closes the number in the cell before it: its ")"
 * and "%" marks, where a footnote mark may follow them (") (a)", ")*",
 * ")(1)"), and a scale word after a ")" (") million"); 0 when the cell
 * holds anything else. */
static size_t close_cell(const char *s)
{
    size_t n = strspn(s, ")% ");
    while (n && s[n - 1] == ' ')
        n--;
    if (!n)
        return 0;
    const char *r = s + n;
    r += strspn(r, " ");
    if (*r == '(') {
        size_t k = 1;
        while (k <= 2 && xc_isalnum((unsigned char)r[k]))
            k++;
        if (k == 1 || r[k] != ')')
            return 0;
        r += k + 1;
    } else {
        /* (and the scale the amount is in: "(21.4" | ") million") */
        size_t w = 0;
        while (xc_isalpha((unsigned char)r[w]))
            w++;
        if (w && s[0] == ')' && xc_scale_word(r, w))
            n = (size_t)(r + w - s);
        r += w && (size_t)(r + w - s) == n ? w : 0;
        r += strspn(r, "*");
    }
    r += strspn(r, " ");
    return *r ? 0 : n;
}

static int is_placeholder(const char *s)
{
    static const char *const P[] = {"*",   "**",  "n/a", "na", "nm", "n.m.", "n/m",
                                    "nmf", NULL};
    for (const char *const *p = P; *p; p++)
        if (!strcmp(s, *p) || xc_strncaseeq(s, *p, strlen(*p) + 1))
            return 1;
    return 0;
}

/* Whether a cell holds only a note's mark: one letter, or up to two
 * letters or digits in parentheses ("A" in a column headed "Note", "(a)"). */
static int note_mark_cell(const char *s)
{
    if (xc_isalpha((unsigned char)s[0]) && !s[1])
        return 1;
    size_t k = 1;
    while (s[0] == '(' && k <= 2 && xc_isalnum((unsigned char)s[k]))
        k++;
    return k > 1 && s[k] == ')' && !s[k + 1];
}

/* Splits a row into its label (text left of the first number) and its
 * values. Returns the number of values. A note's mark in a cell of its own
 * after the label's is no part of it. */
static int row_values(const hrow *row, hval *vals, int max, xc_buf *label, int *label_indent,
                      int *label_line)
{
    int nv = 0;
    xc_buf pre = {0};
    int pre_col = 0; /* the grid column of pre's first sign: where the value starts */
    int seen_value = 0;
    *label_indent = 0;
    *label_line = row->line;
    for (int k = 0; k < row->n; k++) {
        const hcell *c = &row->cells[k];
        const char *t = c->text;
        if (!*t)
            continue;
        if (sign_cell(t)) {
            if (!pre.len)
                pre_col = c->col;
            xc_buf_puts(&pre, t);
            continue;
        }
        /* (a sign between them heads another column: "2024 | $ | %" under
         * "Change"; so does a "%" beside a year: "2025 | % | 2024 | %") */
        size_t closing = close_cell(t);
        if (closing && nv > 0 && !pre.len &&
            !(t[0] == '%' && xc_year_token(vals[nv - 1].text, strlen(vals[nv - 1].text)))) {
            char *j = xc_xstrdup(vals[nv - 1].text);
            xc_buf nb = {0};
            xc_buf_puts(&nb, j);
            xc_buf_put(&nb, t, closing);
            free(j);
            free(vals[nv - 1].text);
            vals[nv - 1].text = xc_buf_detach(&nb);
            continue;
        }
        xc_buf cand = {0};
        xc_buf_puts(&cand, pre.ptr ? pre.ptr : "");
        xc_buf_puts(&cand, t);
        xc_number num;
        int prc = xc_number_parse(cand.ptr, cand.len, &num);
        /* a trailing ")" or "%" may be in the next cell that holds
         * anything (spacer cells may come between): try it */
        int nk = k + 1;
        while (nk < row->n && !*row->cells[nk].text)
            nk++;
        size_t next_close = nk < row->n ? close_cell(row->cells[nk].text) : 0;
        if (prc < 0 && next_close) {
            xc_buf t2 = {0};
            xc_buf_puts(&t2, cand.ptr);
            xc_buf_put(&t2, row->cells[nk].text, next_close);
            if (xc_number_parse(t2.ptr, t2.len, &num) == 0)
                prc = 0;
            xc_buf_free(&t2);
        }
        /* and a "(" that nothing closes, in a cell after the label, is
         * still the negative it opens ("(54,793" with no ")" after it) */
        if (prc < 0 && (k > 0 || label->len) && strchr(cand.ptr, '(') && !strchr(cand.ptr, ')')) {
            xc_buf t2 = {0};
            xc_buf_puts(&t2, cand.ptr);
            while (t2.len && t2.ptr[t2.len - 1] == ' ')
                t2.ptr[--t2.len] = 0;
            xc_buf_putc(&t2, ')');
            if (xc_number_parse(t2.ptr, t2.len, &num) == 0) {
                prc = 0;
                xc_buf_clear(&cand);
                xc_buf_put(&cand, t2.ptr, t2.len);
            }
            xc_buf_free(&t2);
        }
        int placeholder = is_placeholder(t);
        int value = prc == 0 || prc == -XC_EOVERFLOW || prc == -XC_EINEXACT || placeholder;
        if (value && nv < max && (seen_value || label->len || k > 0 || prc == 0)) {
            vals[nv].text = xc_buf_detach(&cand);
            vals[nv].end = c->col + c->span - 1;
            vals[nv].start = pre.len ? pre_col : c->col;
            vals[nv].line = c->line;
            vals[nv].numeric = prc != -XC_EPARSE && !placeholder;
            nv++;
            seen_value = 1;
        } else {
            xc_buf_free(&cand);
            if (!seen_value && !(label->len && note_mark_cell(t))) {
                if (label->len)
                    xc_buf_putc(label, ' ');
                else {
                    /* (a label set in by an empty cell before it, where
                     * others span that cell: "&nbsp;" | "Basic" under
                     * "Earnings per common share:") */
                    *label_indent = c->indent + 2 * c->col;
                    *label_line = c->line;
                }
                xc_buf_puts(label, t);
            }
        }
        xc_buf_clear(&pre);
    }
    xc_buf_free(&pre);
    return nv;
}

static int numeric_count(const hval *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++)
        k += v[i].numeric;
    return k;
}

static void free_vals(hval *v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i].text);
}

/* A value row made only of years ("2024  2023", "2024(1)") is a header. */
static int years_only(const hval *v, int n)
{
    if (!n)
        return 0;
    for (int i = 0; i < n; i++)
        if (!xc_year_token(v[i].text, strlen(v[i].text)))
            return 0;
    return 1;
}

/* ---- one table ---- */

typedef struct vcol {
    int end; /* grid column */
} vcol;

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* A footnote's mark standing in a cell of its own: "(1)", "(12)", "(a)". */
static int mark_cell(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n > 4 || s[0] != '(' || s[n - 1] != ')')
        return 0;
    for (size_t i = 1; i + 1 < n; i++)
        if (!xc_isdigit((unsigned char)s[i]) && !xc_isalpha((unsigned char)s[i]))
            return 0;
    return 1;
}

static int nearest_col(const int *ends, int nc, int end)
{
    int best = 0, bd = 1 << 30;
    for (int c = 0; c < nc; c++) {
        int d = abs(ends[c] - end);
        if (d < bd) {
            bd = d;
            best = c;
        }
    }
    return best;
}

/* A header row of as many one-column cells over the values as there are
 * value columns, which their places would stack over fewer of them: the
 * row leaves out the data rows' "$" cells ("2022" | "2021" over "$ |
 * 12,345 | $ | 11,002"), and a browser shows them packed to the left
 * too. Such a row heads the columns one cell each, in order; a row of
 * years alone may start in the stub ("2022" over the labels). Returns 0,
 * 1 for cells over the values, 2 for every cell of the row. */
static int packed_row(const hrow *row, const int *cols, int nc, int vstart)
{
    int n = 0, all = 0, prev = -1, stacked = 0, years = 1;
    for (int k = 0; k < row->n; k++) {
        const hcell *c = &row->cells[k];
        if (!c->text[0])
            continue;
        years &= xc_year_token(c->text, strlen(c->text)) && c->span == 1;
        all++;
        if (c->col + c->span - 1 < vstart)
            continue;
        if (c->span != 1)
            return 0;
        int v = nearest_col(cols, nc, c->col);
        for (int q = 0; q < nc; q++)
            if (cols[q] == c->col)
                v = q;
        stacked |= v <= prev;
        prev = v;
        n++;
    }
    if (years && all == nc && n < all && n > 0)
        return 2;
    return stacked && n == nc;
}

static int row_has_border(const hrow *row, int top)
{
    for (int k = 0; k < row->n; k++)
        if (top ? row->cells[k].border_top : row->cells[k].border_bottom)
            if (row->cells[k].col > 0)
                return 1;
    return 0;
}

static int row_empty(const hrow *row)
{
    for (int k = 0; k < row->n; k++)
        if (row->cells[k].text[0])
            return 0;
    return 1;
}

/* A sentence of narrative: eight words or more ending in a full stop. */
static int sentence(const char *text)
{
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '"' || text[n - 1] == ')'))
        n--;
    return n > 0 && text[n - 1] == '.' && xc_count_words(text) >= 8;
}

/* Whether text is a sentence that introduces what follows ("The table
 * below summarizes awards and backlog by segment (amounts are in
 * thousands):"): one that ends in a colon. */
static int introduces(const char *text)
{
    size_t n = strlen(text);
    while (n > 0 && text[n - 1] == ' ')
        n--;
    return n > 0 && text[n - 1] == ':' && xc_count_words(text) >= 8;
}

/* The rows from a table's first row of numbers, read once: where each
 * row's values end in the grid, and how wide a row of numbers is. */
typedef struct vrows {
    int n;      /* rows */
    int *at;    /* row i's ends are end[at[i], at[i + 1]) */
    int *end;
    int *width; /* 0 for a row of no numbers (dashes, years) */
} vrows;

static void read_vrows(const hgrid *g, int first, int r1, vrows *v)
{
    hval vals[MAXGRID];
    xc_buf label = {0};
    int li, ll;
    size_t cap = 0, ne = 0;
    v->n = r1 - first;
    v->at = xc_xcalloc((size_t)v->n + 1, sizeof(int));
    v->width = xc_xcalloc((size_t)v->n, sizeof(int));
    v->end = NULL;
    for (int r = first; r < r1; r++) {
        const hrow *row = &g->rows[r];
        xc_buf_clear(&label);
        int nv = row_values(row, vals, MAXGRID, &label, &li, &ll);
        if (numeric_count(vals, nv) > 0 && !years_only(vals, nv))
            v->width[r - first] = row->cells[row->n - 1].col + row->cells[row->n - 1].span;
        XC_GROW(v->end, cap, ne + (size_t)nv + 1);
        for (int i = 0; i < nv; i++)
            v->end[ne++] = vals[i].end;
        v->at[r - first + 1] = (int)ne;
        free_vals(vals, nv);
    }
    xc_buf_free(&label);
}

static void free_vrows(vrows *v)
{
    free(v->at);
    free(v->end);
    free(v->width);
}

/* The value columns of rows v but those skip marks: the grid columns
 * where the rows of numbers end their values, neighbours that never share
 * a row taken as one. Returns their number. */
static int value_cols(const vrows *v, const char *skip, int *cols)
{
    int ends[MAXGRID], ne = 0, nc = 0;
    for (int i = 0; i < v->n; i++)
        for (int k = v->at[i]; k < v->at[i + 1] && v->width[i] && !skip[i] && ne < MAXGRID; k++)
            ends[ne++] = v->end[k];
    qsort(ends, (size_t)ne, sizeof(int), cmp_int);
    for (int i = 0; i < ne; i++)
        if (!nc || cols[nc - 1] != ends[i])
            cols[nc++] = ends[i];
    /* neighbouring grid columns that never share a row are one column */
    for (int c = 0; c + 1 < nc;) {
        int together = 0;
        for (int i = 0; i < v->n && !together && cols[c + 1] - cols[c] <= 2; i++) {
            int a = 0, b = 0;
            for (int k = v->at[i]; k < v->at[i + 1] && !skip[i]; k++) {
                a |= v->end[k] == cols[c];
                b |= v->end[k] == cols[c + 1];
            }
            together = a && b;
        }
        if (!together && cols[c + 1] - cols[c] <= 2) {
            memmove(&cols[c], &cols[c + 1], (size_t)(nc - c - 1) * sizeof(int));
            nc--;
            continue;
        }
        c++;
    }
    return nc;
}

/* Rows of numbers of another grid width than most, which hold a value for
 * every column: a hand-made table whose ")" cells stand only in the rows
 * that need them ("(500 | ) | 900" below "1,250 | 900"), which a browser
 * shows shifted too. Their values fill the columns in order, and they do
 * not place the columns. Sets shifted[i] for them; returns the number of
 * columns, placed by the other rows. */
static int shifted_rows(const vrows *v, char *shifted, int *cols)
{
    int *sorted = xc_xcalloc((size_t)v->n + 1, sizeof(int)), ndata = 0;
    for (int i = 0; i < v->n; i++)
        if (v->width[i])
            sorted[ndata++] = v->width[i];
    /* the commonest width */
    qsort(sorted, (size_t)ndata, sizeof(int), cmp_int);
    int mode = 0, best = 0;
    for (int i = 0, j; i < ndata; i = j) {
        for (j = i; j < ndata && sorted[j] == sorted[i]; j++)
            ;
        if (j - i > best) {
            best = j - i;
            mode = sorted[i];
        }
    }
    free(sorted);
    int off = 0;
    for (int i = 0; i < v->n; i++) {
        shifted[i] = v->width[i] && v->width[i] != mode;
        off |= shifted[i];
    }
    int nc = value_cols(v, shifted, cols);
    if (!off)
        return nc;
    /* the others keep their places, as before; should they move the
     * columns, nothing is shifted */
    int keep = 0, again[MAXGRID];
    for (int i = 0; i < v->n; i++)
        if (shifted[i] && v->at[i + 1] - v->at[i] != nc) {
            shifted[i] = 0;
            keep = 1;
        }
    if (keep && value_cols(v, shifted, again) != nc) {
        memset(shifted, 0, (size_t)v->n);
        nc = value_cols(v, shifted, cols);
    } else if (keep)
        memcpy(cols, again, (size_t)nc * sizeof(int));
    return nc;
}

/* Whether the data rows [r0, r1) print words or figures that are no
 * amounts within grid columns [c0, c1] ("0.2x" under "Book-to-Bill"): a
 * column of their own, whose header heads no column of amounts. */
static int words_under(const hgrid *g, int r0, int r1, int c0, int c1)
{
    for (int r = r0; r < r1; r++)
        for (int k = 0; k < g->rows[r].n; k++) {
            const hcell *c = &g->rows[r].cells[k];
            const char *p = c->text;
            while (*p && !xc_isalnum((unsigned char)*p))
                p++;
            xc_number num;
            if (*p && c->col >= c0 && c->col + c->span - 1 <= c1 && !is_placeholder(c->text) &&
                xc_number_parse(c->text, strlen(c->text), &num) < 0)
                return 1;
        }
    return 0;
}

/* Emits the rows [r0, r1) of grid g as one table. */
static int emit_grid(hctx *h, const hgrid *g, int r0, int r1, char **titles, size_t ntitles)
{
    int first_data = -1;
    hval vals[MAXGRID];
    xc_buf label = {0};
    int li, ll;
    for (int r = r0; r < r1 && first_data < 0; r++) {
        xc_buf_clear(&label);
        int nv = row_values(&g->rows[r], vals, MAXGRID, &label, &li, &ll);
        if (numeric_count(vals, nv) > 0 && !years_only(vals, nv))
            first_data = r;
        free_vals(vals, nv);
    }
    if (first_data < 0) {
        xc_buf_free(&label);
        return 0;
    }
    /* value columns: where numbers end, over the data rows */
    int cols[MAXGRID];
    char *shifted = xc_xcalloc((size_t)(r1 - first_data), 1);
    vrows vr;
    read_vrows(g, first_data, r1, &vr);
    int nc = shifted_rows(&vr, shifted, cols);
    free_vrows(&vr);
    if (nc == 0) {
        free(shifted);
        xc_buf_free(&label);
        return 0;
    }
    /* a column of footnote marks ("220,330 | (1)"): each cell beside an
     * amount in the column just left of it, none holding anything else,
     * and no header over it alone, is no column of values */
    int marks = -1;
    for (int c = 1; c < nc && marks < 0; c++) {
        if (cols[c] - cols[c - 1] > 2)
            continue;
        int all = 1, any = 0;
        for (int r = r0; r < first_data && all; r++)
            for (int k = 0; k < g->rows[r].n && all; k++) {
                const hcell *hc = &g->rows[r].cells[k];
                all = !*hc->text || hc->col <= cols[c - 1] || hc->col > cols[c];
            }
        for (int r = first_data; r < r1 && all; r++) {
            if (shifted[r - first_data])
                continue;
            xc_buf_clear(&label);
            int nv = row_values(&g->rows[r], vals, MAXGRID, &label, &li, &ll);
            for (int i = 0; i < nv && all; i++) {
                if (nearest_col(cols, nc, vals[i].end) != c)
                    continue;
                any = 1;
                all = mark_cell(vals[i].text) && i > 0 && vals[i - 1].numeric &&
                      nearest_col(cols, nc, vals[i - 1].end) == c - 1;
            }
            free_vals(vals, nv);
        }
        if (all && any)
            marks = c;
    }
    int mark_end = marks >= 0 ? cols[marks] : -1;
    if (marks >= 0) {
        memmove(&cols[marks], &cols[marks + 1], (size_t)(nc - marks - 1) * sizeof(int));
        nc--;
    }
    if (nc > 24) {
        free(shifted);
        xc_buf_free(&label);
        return 0;
    }
    xc_table *t = xc_doc_add_table(h->doc, (size_t)nc);
    for (size_t k = 0; k < ntitles; k++)
        xc_table_add_title(t, titles[k], strlen(titles[k]), 0);
    int first_value_col = cols[0];
    for (int c = 0; c < nc; c++)
        if (cols[c] < first_value_col)
            first_value_col = cols[c];
    /* the first grid column where any value of column 0 starts */
    int vstart = first_value_col;
    for (int r = first_data; r < r1; r++) {
        if (shifted[r - first_data])
            continue;
        xc_buf_clear(&label);
        int nv = row_values(&g->rows[r], vals, MAXGRID, &label, &li, &ll);
        for (int i = 0; i < nv; i++)
            if (vals[i].end == cols[0] && vals[i].start < vstart)
                vstart = vals[i].start;
        free_vals(vals, nv);
    }

    /* rows above the data: header text over the columns, titles across
     * the table, headings in the label column */
    int body = first_data, over_rows = 0, titled = -1;
    const hcell *stub = NULL; /* a year in a header row's stub */
    for (int r = r0; r < first_data; r++) {
        const hrow *row = &g->rows[r];
        int over = 0, left = 0;
        for (int k = 0; k < row->n; k++) {
            const hcell *c = &row->cells[k];
            if (!c->text[0])
                continue;
            /* a cell from the first column across every value column is a
             * title ("WIDGETCO, INC. / CONSOLIDATED STATEMENTS OF INCOME /
             * (in millions)"), not a header */
            int across = c->col == 0 && c->col + c->span - 1 >= cols[nc - 1];
            if (c->col + c->span - 1 >= vstart && c->col >= vstart - 1 && !across)
                over = 1;
            else
                left = 1;
        }
        if (over) {
            int packed = packed_row(row, cols, nc, vstart), nth = 0;
            if (packed == 2)
                left = 0;
            for (int k = 0; k < row->n; k++) {
                const hcell *c = &row->cells[k];
                if (!c->text[0] || (c->col + c->span - 1 < vstart && packed != 2))
                    continue;
                if (packed) {
                    xc_table_head_append(t, (size_t)nth++, c->text, strlen(c->text));
                    continue;
                }
                int last = c->col + c->span - 1;
                /* a length of time, or a month and day, set over the first
                 * of its columns with no colspan ("Three Months Ended" |
                 * "" | "Six Months Ended" | ""): it heads the columns up to
                 * the row's next cell with text */
                xc_period_spec ps;
                xc_period_parse(c->text, &ps);
                if (ps.months || ps.weeks || (ps.month && !ps.year && !ps.ndates)) {
                    int next = cols[nc - 1] + 1;
                    for (int q = 0; q < row->n; q++)
                        if (row->cells[q].text[0] && row->cells[q].col > c->col &&
                            row->cells[q].col < next)
                            next = row->cells[q].col;
                    if (next - 1 > last)
                        last = next - 1;
                }
                /* every value column ending inside the cell's span */
                int hit = 0;
                for (int v = 0; v < nc; v++)
                    if (cols[v] >= c->col && cols[v] <= last) {
                        xc_table_head_append(t, (size_t)v, c->text, strlen(c->text));
                        hit = 1;
                    }
                if (!hit && !words_under(g, first_data, r1, c->col, last)) {
                    int v = nearest_col(cols, nc, c->col + c->span - 1);
                    xc_table_head_append(t, (size_t)v, c->text, strlen(c->text));
                }
            }
            for (int k = 0; k < row->n && left; k++) {
                const hcell *c = &row->cells[k];
                if (!c->text[0] || c->col + c->span - 1 >= vstart)
                    continue;
                /* a year in the stub beside names of periods ("1999" |
                 * "First Quarter" ...) heads the rows below (see below) */
                if (xc_year_token(c->text, strlen(c->text)))
                    stub = c;
                else
                    xc_table_add_title(t, c->text, strlen(c->text), c->line);
            }
            body = r + 1;
            over_rows = 1;
        } else if (left) {
            /* a row spanning into the columns is a title; a label-column
             * row just above the data is a heading of the body */
            int wide = 0;
            for (int k = 0; k < row->n; k++)
                if (row->cells[k].text[0] && row->cells[k].col + row->cells[k].span - 1 >= vstart)
                    wide = 1;
            if (wide || r < body) {
                int later_header = 0;
                for (int q = r + 1; q < first_data; q++) {
                    const hrow *qr = &g->rows[q];
                    for (int k = 0; k < qr->n; k++)
                        if (qr->cells[k].text[0] && qr->cells[k].col >= vstart - 1)
                            later_header = 1;
                }
                if (wide || later_header) {
                    /* a year alone in the stub above the headers ("2004" over
                     * "Nine Months Ended Sept. 30 | Third Quarter") is a
                     * year in the stub, as beside them */
                    const hcell *only = NULL;
                    int texts = 0;
                    for (int k = 0; k < row->n; k++)
                        if (row->cells[k].text[0]) {
                            only = &row->cells[k];
                            texts++;
                        }
                    if (texts == 1 && !wide && later_header &&
                        xc_year_token(only->text, strlen(only->text)))
                        stub = only;
                    else
                        for (int k = 0; k < row->n; k++)
                            if (row->cells[k].text[0])
                                xc_table_add_title(t, row->cells[k].text,
                                                   strlen(row->cells[k].text), row->cells[k].line);
                    /* (a title in the stub leaves the next row above the
                     * headers a title too: "WIDGETCO INC." / "Consolidated
                     * Statements of Income" / "(In thousands)") */
                    if (wide)
                        body = r + 1;
                    titled = r;
                }
            }
        }
    }
    /* in a table with no header (a statement going on after a page
     * break), the label-column rows above the data below its titles are
     * headings of the body ("EARNINGS PER SHARE:" above "Basic") */
    if (!over_rows)
        body = titled + 1 > r0 ? titled + 1 : r0;
    /* the body: under a year in the stub, where no column names one, the
     * rows up to the next year are that year's, as if it stood above them */
    for (size_t c = 0; stub && c < t->ncols; c++)
        if (xc_has_year(t->colhead[c]))
            stub = NULL;
    if (stub)
        xc_table_add_row(t, XC_ROW_TEXT, stub->text, strlen(stub->text), 0, stub->line, 1);
    int ruled = -1; /* a row whose rule went above its label's first line */
    for (int r = body; r < r1; r++) {
        const hrow *row = &g->rows[r];
        if (row_empty(row)) {
            int rule = row_has_border(row, 1) || row_has_border(row, 0) ||
                       (r > 0 && row_has_border(&g->rows[r - 1], 0));
            xc_table_add_row(t, rule ? XC_ROW_RULE : XC_ROW_BLANK, NULL, 0, 0, row->line, 1);
            continue;
        }
        int rule_above = row_has_border(row, 1) || (r > body && row_has_border(&g->rows[r - 1], 0));
        if (rule_above && ruled != r)
            xc_table_add_row(t, XC_ROW_RULE, NULL, 0, 0, row->line, 1);
        xc_buf_clear(&label);
        int nv = row_values(row, vals, MAXGRID, &label, &li, &ll);
        int num = numeric_count(vals, nv);
        char *lab = label.ptr ? label.ptr : (char *)"";
        /* a year alone in the label column heads the rows of that year */
        if (num == 1 && nv == 1 && !label.len && vals[0].end < vstart &&
            xc_year_token(vals[0].text, strlen(vals[0].text))) {
            lab = vals[0].text;
            num = 0;
        }
        if (num == 0) {
            /* the first line of a label that wraps onto a row ruled above
             * its amounts ("Income before provision" / "for income taxes
             * 40,323"): the rule stands above both lines, not between them */
            size_t ln = strlen(lab);
            if (!nv && ln && lab[ln - 1] != ':' && !rule_above && r + 1 < r1 &&
                row_has_border(&g->rows[r + 1], 1) && !row_has_border(row, 0)) {
                xc_table_add_row(t, XC_ROW_RULE, NULL, 0, 0, row->line, 1);
                ruled = r + 1;
            }
            xc_table_add_row(t, XC_ROW_TEXT, lab, ln, li, ll, 1);
        } else {
            xc_row *xr = xc_table_add_row(t, XC_ROW_DATA, lab, strlen(lab), li, ll, 1);
            for (int i = 0; i < nv; i++) {
                int c = nearest_col(cols, nc, vals[i].end);
                if (r >= first_data && shifted[r - first_data]) {
                    /* in order, the marks' column left out */
                    if (i == marks)
                        continue;
                    c = marks >= 0 && i > marks ? i - 1 : i;
                } else if (vals[i].end == mark_end)
                    continue;
                xc_row_set_cell(t, xr, (size_t)c, vals[i].text, strlen(vals[i].text), vals[i].line,
                                vals[i].end + 1);
            }
        }
        free_vals(vals, nv);
    }
    free(shifted);
    t->first_line = g->rows[first_data].line;
    t->header_line = r0 < first_data ? g->rows[r0].line : 0;
    /* (the body ends where its last row's last cell stands: a row may
     * span many source lines) */
    t->last_line = g->rows[r1 - 1].line;
    for (int k = 0; k < g->rows[r1 - 1].n; k++)
        if (g->rows[r1 - 1].cells[k].line > t->last_line)
            t->last_line = g->rows[r1 - 1].cells[k].line;
    xc_buf_free(&label);
    return 1;
}

/* Is row r a header that starts a second table inside the grid (a new
 * period heading after rows of numbers)? */
static int period_row(const hrow *row)
{
    int texts = 0, periods = 0;
    for (int k = 0; k < row->n; k++) {
        const hcell *c = &row->cells[k];
        if (!c->text[0] || c->col == 0)
            continue;
        texts++;
        xc_period_spec ps;
        xc_period_parse(c->text, &ps);
        if (ps.kind == XC_COL_PERIOD || ps.months || ps.weeks)
            periods++;
    }
    return texts >= 1 && periods == texts;
}

static void end_block(hctx *h)
{
    char *s = trimmed(&h->block);
    xc_buf_clear(&h->block);
    if (*s) {
        XC_GROW(h->blocks, h->cblocks, h->nblocks + 1);
        h->blocks[h->nblocks++] = s;
        xc_buf_puts(&h->plain, s);
        xc_buf_putc(&h->plain, '\n');
    } else {
        free(s);
    }
}

static void clear_blocks(hctx *h)
{
    for (size_t i = 0; i < h->nblocks; i++)
        free(h->blocks[i]);
    h->nblocks = 0;
    h->floor = 0;
    free_grid(&h->head); /* (its text is gone: no table takes it now) */
}

/* Whether a row is a row of numbers: a label and a number beside it. */
static int data_row(const hrow *row)
{
    hval vals[MAXGRID];
    xc_buf label = {0};
    int li, ll;
    int nv = row_values(row, vals, MAXGRID, &label, &li, &ll);
    int data = numeric_count(vals, nv) > 0 && label.len > 0;
    free_vals(vals, nv);
    xc_buf_free(&label);
    return data;
}

/* Whether a row of a table of words pairs a label with a figure that is
 * no amount ("Net loss per share" | "($1.00) - ($0.75)"). */
static int keyed_row(const hrow *r)
{
    if (r->n < 2 || r->cells[0].col != 0 || !r->cells[0].text[0] || period_row(r))
        return 0;
    for (int k = 1; k < r->n; k++)
        if (strpbrk(r->cells[k].text, "0123456789"))
            return 1;
    return 0;
}

static int has_numbers(const hgrid *g)
{
    for (int r = 0; r < g->n; r++)
        if (data_row(&g->rows[r]))
            return 1;
    return 0;
}

/* Whether text states a scale in parentheses: "(in thousands, except
 * per share amounts)", "(dollars in millions)". */
static int paren_scale(const char *text)
{
    static const char *const words[] = {"thousand", "million", "billion"};
    for (const char *p = strchr(text, '('); p; p = strchr(p + 1, '(')) {
        const char *e = strchr(p, ')');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        for (int k = 0; k < 3; k++)
            if (xc_memcasemem(p, n, words[k]))
                return 1;
    }
    return 0;
}

/* Where a table's title begins among the blocks of text read since the
 * last table: the short blocks just above it (a paragraph of narrative
 * ends it, even a short one: "SAN JOSE, Calif., October 30, 2024 -- Acme
 * today reported revenue of $152.3 million." dates the release, not the
 * table). */
static size_t title_from(hctx *h)
{
    /* a sentence that describes what the short block above it names
     * ("Domestic Coke" / "Domestic Coke consists of cokemaking facilities
     * at our Jewell ... plants.") stands between that title and its table:
     * it is passed over */
    if (h->nblocks >= h->floor + 2) {
        const char *name = h->blocks[h->nblocks - 2], *desc = h->blocks[h->nblocks - 1];
        size_t n = strlen(name);
        if (n >= 3 && n <= 160 && !sentence(name) && sentence(desc) && strlen(desc) > n &&
            xc_strncaseeq(desc, name, n) && !xc_isalnum((unsigned char)desc[n])) {
            free(h->blocks[--h->nblocks]);
        }
    }
    size_t from = h->nblocks;
    /* a sentence just above that states the table's scale introduces it
     * ("The following table presents selected data (in thousands, except
     * earnings per share) for the third quarter 2003 and 2002."), or
     * ends in a colon that leads to it */
    if (from > h->floor && strlen(h->blocks[from - 1]) <= 300 &&
        (sentence(h->blocks[from - 1]) || introduces(h->blocks[from - 1])) &&
        paren_scale(h->blocks[from - 1]))
        return from - 1;
    while (from > h->floor && h->nblocks - from < 6 && strlen(h->blocks[from - 1]) <= 160 &&
           !sentence(h->blocks[from - 1]))
        from--;
    return from;
}

/* A <pre> block is plain text inside the page (EDGAR's HTML of the early
 * 2000s wraps whole exhibits in one): its fixed-width tables are read as
 * a text exhibit's, under the title printed just above the block. */
static void do_pre(hctx *h, const xmlNode *pre)
{
    end_block(h);
    xmlChar *content = xmlNodeGetContent(pre);
    const char *body = content ? (const char *)content : "";
    size_t from = title_from(h);
    xc_buf b = {0};
    for (size_t k = from; k < h->nblocks; k++) {
        xc_buf_puts(&b, h->blocks[k]);
        xc_buf_putc(&b, '\n');
    }
    xc_buf_puts(&b, body);
    xc_text sub;
    memset(&sub, 0, sizeof(sub));
    sub.name = (char *)h->name;
    sub.len = b.len;
    sub.data = b.ptr ? b.ptr : (char *)"";
    /* the title's lines stand just above the block's own */
    sub.line_offset = h->line_offset + (int)xmlGetLineNo(pre) - 1 - (int)(h->nblocks - from);
    xc_text_index_lines(&sub);
    int rc = xc_read_text(&sub, h->doc, h->d);
    if (rc > 0)
        h->found += rc;
    xc_buf_puts(&h->plain, body);
    xc_buf_putc(&h->plain, '\n');
    free(sub.lines);
    xc_buf_free(&b);
    xmlFree(content);
    clear_blocks(h);
}

/* Whether a row's cells (past the first) state a length of time
 * ("Thirteen Weeks Ended"). */
static int length_row(const hrow *row)
{
    for (int k = 0; k < row->n; k++) {
        xc_period_spec ps;
        if (!row->cells[k].text[0] || row->cells[k].col == 0)
            continue;
        xc_period_parse(row->cells[k].text, &ps);
        if (ps.months || ps.weeks)
            return 1;
    }
    return 0;
}

/* Whether grid g prints a row of periods above its first row of numbers
 * (a header of its own): 1, or 2 where a row states their length. */
static int headed(const hgrid *g)
{
    int found = 0;
    for (int r = 0; r < g->n; r++) {
        if (period_row(&g->rows[r])) {
            found |= 1;
            if (length_row(&g->rows[r]))
                found = 2;
        } else if (data_row(&g->rows[r])) {
            break;
        }
    }
    return found;
}

/* Puts the rows of the header table h->head above g's, where g has no
 * header of its own, about as many grid columns (a trailing empty cell
 * more or less), and only short lines of text (a page number) stand
 * between the two tables; drops the header's text from the blocks that
 * title g. */
static void take_head(hctx *h, hgrid *g)
{
    hgrid *hd = &h->head;
    int near = hd->n > 0 && abs(hd->ncols - g->ncols) <= 2 && h->head_to <= h->nblocks &&
               h->nblocks - h->head_to <= 3;
    for (size_t k = h->head_to; near && k < h->nblocks; k++)
        near = strlen(h->blocks[k]) <= 40 && !sentence(h->blocks[k]);
    /* (or where the header's lengths end the page and its dates open
     * the next: "Thirteen Weeks Ended" | break | "November 2, 2024") */
    int own = near ? headed(g) : 2, lengths = 0;
    for (int r = 0; near && r < hd->n && !lengths; r++)
        lengths = length_row(&hd->rows[r]);
    if (near && (!own || (own == 1 && lengths))) {
        hrow *rows = xc_xmalloc((size_t)(hd->n + g->n) * sizeof(*rows));
        memcpy(rows, hd->rows, (size_t)hd->n * sizeof(*rows));
        memcpy(rows + hd->n, g->rows, (size_t)g->n * sizeof(*rows));
        free(g->rows);
        free(hd->rows);
        g->rows = rows;
        g->n += hd->n;
        memset(hd, 0, sizeof(*hd));
        for (size_t k = h->head_from; k < h->head_to; k++)
            free(h->blocks[k]);
        memmove(h->blocks + h->head_from, h->blocks + h->head_to,
                (h->nblocks - h->head_to) * sizeof(*h->blocks));
        h->nblocks -= h->head_to - h->head_from;
    }
    free_grid(hd);
}

static void do_table(hctx *h, const xmlNode *table)
{
    end_block(h);
    hgrid g;
    memset(&g, 0, sizeof(g));
    g.line_offset = h->line_offset;
    build_grid(table, &g);
    if (!has_numbers(&g)) {
        /* a layout table or a table of words: its text is narrative; a
         * table of periods may be the header of the next (above) */
        int periods = 0, keyed = 0;
        for (int r = 0; r < g.n && !periods; r++)
            periods = period_row(&g.rows[r]);
        for (int r = 0; r < g.n; r++)
            keyed += keyed_row(&g.rows[r]);
        free_grid(&h->head);
        h->head_from = h->nblocks;
        for (int r = 0; r < g.n; r++) {
            for (int k = 0; k < g.rows[r].n; k++) {
                if (!g.rows[r].cells[k].text[0])
                    continue;
                if (h->block.len)
                    xc_buf_putc(&h->block, ' ');
                xc_buf_puts(&h->block, g.rows[r].cells[k].text);
            }
            end_block(h);
        }
        h->head_to = h->nblocks;
        /* (such a table heads no table below, whatever periods it names:
         * "Full Year 2026 Outlook Range") */
        if (keyed >= 2) {
            h->floor = h->nblocks;
            periods = 0;
        }
        if (periods)
            h->head = g;
        else
            free_grid(&g);
        return;
    }
    take_head(h, &g);
    size_t from = title_from(h);
    char **titles = h->blocks + from;
    size_t ntitles = h->nblocks - from;
    /* several statements stacked in one grid: split at period headers */
    int start = 0;
    for (int r = 1; r <= g.n; r++) {
        if (r == g.n || (period_row(&g.rows[r]) && r > start + 1)) {
            /* only split after some rows of numbers */
            int data = 0;
            for (int q = start; q < r && !data; q++)
                data = data_row(&g.rows[q]);
            if (r < g.n && !data)
                continue;
            /* the next statement's title and header rows above its periods
             * are its own ("Condensed Consolidated Balance Sheets" / "(In
             * thousands)" / "December 31," over "2009"), from the row after
             * the last of numbers */
            int cut = r;
            while (r < g.n && cut > start + 1 && !data_row(&g.rows[cut - 1]))
                cut--;
            h->found += emit_grid(h, &g, start, cut, titles, ntitles);
            start = cut;
        }
    }
    for (int r = 0; r < g.n; r++) {
        for (int k = 0; k < g.rows[r].n; k++) {
            xc_buf_puts(&h->plain, g.rows[r].cells[k].text);
            xc_buf_putc(&h->plain, '\t');
        }
        xc_buf_putc(&h->plain, '\n');
    }
    clear_blocks(h);
    free_grid(&g);
}

static int contains_table(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (name_is(c, "table") || (c->type == XML_ELEMENT_NODE && contains_table(c)))
            return 1;
    }
    return 0;
}

static void walk(hctx *h, const xmlNode *n)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            put_text(&h->block, (const char *)c->content);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "script") || name_is(c, "style") || name_is(c, "head") ||
            superscript(c))
            continue; /* (a footnote's mark: "Fourth Quarter 2024<sup>1</sup>") */
        if (name_is(c, "table")) {
            /* a table that holds tables is layout: read the inner ones */
            int nested = 0;
            for (const xmlNode *k = c->children; k && !nested; k = k->next)
                nested = k->type == XML_ELEMENT_NODE && contains_table(k);
            if (nested) {
                hgrid g;
                memset(&g, 0, sizeof(g));
                g.line_offset = h->line_offset;
                build_grid(c, &g);
                int own = has_numbers(&g);
                free_grid(&g);
                if (!own) {
                    end_block(h);
                    walk(h, c->children);
                    end_block(h);
                    continue;
                }
            }
            /* its caption is its title, printed above it */
            for (const xmlNode *k = c->children; k; k = k->next)
                if (name_is(k, "caption")) {
                    end_block(h);
                    walk(h, k->children);
                    end_block(h);
                }
            do_table(h, c);
            continue;
        }
        if (name_is(c, "pre")) {
            do_pre(h, c);
            continue;
        }
        int block = is_block(c);
        if (block)
            end_block(h);
        walk(h, c->children);
        if (block)
            end_block(h);
    }
}

int xc_read_html(const xc_text *text, xc_doc *doc, xc_diag *d)
{
    htmlDocPtr hd =
        htmlReadMemory(text->data, (int)text->len, text->name, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
    if (!hd)
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, text->name, 0, 0, "not readable as HTML");
    hctx h;
    memset(&h, 0, sizeof(h));
    h.doc = doc;
    h.name = text->name;
    h.d = d;
    h.line_offset = text->line_offset;
    walk(&h, xmlDocGetRootElement(hd));
    end_block(&h);
    clear_blocks(&h);
    free(h.blocks);
    xc_buf_free(&h.block);
    if (h.plain.len) {
        xc_buf all = {0};
        if (doc->plain)
            xc_buf_puts(&all, doc->plain);
        xc_buf_puts(&all, h.plain.ptr);
        free(doc->plain);
        doc->plain = xc_buf_detach(&all);
    }
    xc_buf_free(&h.plain);
    xmlFreeDoc(hd);
    return h.found;
}

int xc_sniff_html(const char *buf, size_t len)
{
    /* one pass over the '<' of the first 8 KB (plain text has few) */
    enum { HTML = 1, TABLE = 2, TD = 4, BLOCK = 8 };
    static const struct {
        const char *tag;
        int flag;
    } TAGS[] = {{"<html", HTML}, {"<!doctype html", HTML}, {"<table", TABLE}, {"<td", TD},
                {"<div", BLOCK}, {"<p>", BLOCK}, {"<font", BLOCK}};
    size_t n = len < 8192 ? len : 8192;
    int seen = 0;
    for (const char *p = buf, *end = buf + n; (p = memchr(p, '<', (size_t)(end - p))) != NULL;
         p++) {
        /* SGML's "<S>", "<C>", "<PAGE>" open no tag below: pass them by */
        char c1 = p + 1 < end ? (char)xc_tolower((unsigned char)p[1]) : 0;
        if (!c1 || !strchr("!htdpf", c1))
            continue;
        for (size_t i = 0; i < sizeof(TAGS) / sizeof(TAGS[0]); i++) {
            size_t k = strlen(TAGS[i].tag);
            if (TAGS[i].tag[1] == c1 && (size_t)(end - p) >= k &&
                xc_strncaseeq(p, TAGS[i].tag, k))
                seen |= TAGS[i].flag;
        }
    }
    if (seen & HTML)
        return 60;
    if ((seen & TABLE) && (seen & TD))
        return 50;
    return seen & BLOCK ? 40 : 0;
}
