/* read_ixbrl.c: inline XBRL (1.0 and 1.1) documents.
 *
 * The XHTML is parsed whole (it is a page, not a data dump): ix:header's
 * ix:resources give contexts and units, ix:references the schemaRef; every
 * ix:nonFraction and ix:nonNumeric in the page or in ix:hidden is a fact.
 * ix:nonFraction applies its format (the common ixt transforms), scale and
 * sign; ix:nonNumeric follows continuedAt through ix:continuation and
 * leaves ix:exclude out; date formats become xs:date.
 */
#include "model.h"
#include "readers.h"
#include "util.h"
#include "xmlsafe.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#define IX11 "http://www.xbrl.org/2013/inlineXBRL"
#define IX10 "http://www.xbrl.org/2008/inlineXBRL"
#define NS_XBRLI "http://www.xbrl.org/2003/instance"
#define NS_LINK "http://www.xbrl.org/2003/linkbase"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"

static int is_ix(const xmlNode *n, const char *local)
{
    return n->type == XML_ELEMENT_NODE && n->ns &&
           (!strcmp((const char *)n->ns->href, IX11) || !strcmp((const char *)n->ns->href, IX10)) &&
           !strcmp((const char *)n->name, local);
}

static int is_ns(const xmlNode *n, const char *ns, const char *local)
{
    return n->type == XML_ELEMENT_NODE && n->ns && !strcmp((const char *)n->ns->href, ns) &&
           !strcmp((const char *)n->name, local);
}

static char *prop(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = xc_xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

/* Text content without ix:exclude subtrees. */
static void text_of(const xmlNode *n, xc_buf *b)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            xc_buf_puts(b, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && !is_ix(c, "exclude"))
            text_of(c, b);
    }
}

static char *trim(const char *s)
{
    while (xc_isspace((unsigned char)*s) || ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0))
        s += (unsigned char)*s == 0xC2 ? 2 : 1;
    size_t k = strlen(s);
    while (k && xc_isspace((unsigned char)s[k - 1]))
        k--;
    return xc_xstrndup(s, k);
}

/* The local part of a transform QName ("ixt:num-dot-decimal"). */
static const char *fmt_local(const char *fmt)
{
    const char *c = fmt ? strchr(fmt, ':') : NULL;
    return c ? c + 1 : fmt ? fmt : "";
}

/* Applies a numeric ixt transform to the displayed text. Returns a plain
 * decimal lexical (caller frees) or NULL when the format is unknown or the
 * text does not fit it. */
static char *num_transform(const char *fmt, const char *text)
{
    const char *f = fmt_local(fmt);
    xc_buf b = {0};
    if (!strcmp(f, "fixed-zero") || !strcmp(f, "zerodash") || !strcmp(f, "fixed-empty") ||
        !strcmp(f, "numdash")) {
        xc_buf_puts(&b, "0");
        return xc_buf_detach(&b);
    }
    int comma_dec = !strcmp(f, "num-comma-decimal") || !strcmp(f, "numcommadecimal") ||
                    !strcmp(f, "num-unit-decimal") || !strcmp(f, "numunitdecimal");
    int dot_dec = !*f || !strcmp(f, "num-dot-decimal") || !strcmp(f, "numdotdecimal") ||
                  !strcmp(f, "numcomma") || !strcmp(f, "numdotcomma") ||
                  !strcmp(f, "numspacedot") || !strcmp(f, "num-dot-decimal-apos");
    if (!comma_dec && !dot_dec)
        return NULL;
    int digits = 0;
    for (const char *p = text; *p; p++) {
        char c = *p;
        if (xc_isdigit((unsigned char)c)) {
            xc_buf_putc(&b, c);
            digits++;
        } else if ((dot_dec && c == '.') || (comma_dec && c == ',')) {
            xc_buf_putc(&b, '.');
        } else if (c == ',' || c == '.' || c == ' ' || c == '\'' || (unsigned char)c >= 0x80) {
            /* grouping */
        } else {
            xc_buf_free(&b);
            return NULL;
        }
    }
    if (!digits) {
        xc_buf_free(&b);
        return NULL;
    }
    return xc_buf_detach(&b);
}

/* Date transforms: the displayed date as xs:date, or NULL. */
static char *date_transform(const char *fmt, const char *text)
{
    const char *f = fmt_local(fmt);
    if (strncmp(f, "date", 4) && !strstr(f, "date"))
        return NULL;
    xc_date d = xc_date_find(text);
    if (d == XC_NODATE) {
        /* "31 January 2024", "31.01.2024" */
        int day = 0, mon = 0, year = 0;
        const char *p = text;
        while (*p && !xc_isdigit((unsigned char)*p))
            p++;
        day = atoi(p);
        while (xc_isdigit((unsigned char)*p))
            p++;
        while (*p && !xc_isalpha((unsigned char)*p) && !xc_isdigit((unsigned char)*p))
            p++;
        if (xc_isalpha((unsigned char)*p)) {
            const char *w = p;
            while (xc_isalpha((unsigned char)*p))
                p++;
            mon = xc_month_lookup(w, (size_t)(p - w));
        } else {
            mon = atoi(p);
            while (xc_isdigit((unsigned char)*p))
                p++;
        }
        while (*p && !xc_isdigit((unsigned char)*p))
            p++;
        year = atoi(p);
        if (year < 100 && year > 0)
            year += 2000;
        d = xc_date_make(year, mon, day);
    }
    if (d == XC_NODATE)
        return NULL;
    char buf[16];
    return xc_xstrdup(xc_date_format(d, buf));
}

typedef struct ixctx {
    xc_model *m;
    xc_diag *d;
    const char *name;
    xmlNodePtr *conts; /* ix:continuation elements */
    size_t nconts, cconts;
    char **fctx, **funit; /* per fact: its contextRef and unitRef */
    size_t cref;
    size_t start;
    int bad;
} ixctx;

static void collect(ixctx *x, xmlNodePtr n)
{
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_ix(c, "continuation")) {
            XC_GROW(x->conts, x->cconts, x->nconts + 1);
            x->conts[x->nconts++] = c;
        }
        if (is_ns(c, NS_XBRLI, "context")) {
            /* one with no readable period: the document is refused */
            if (xc_xbrl_context(x->m, c, x->name, x->d) < 0)
                x->bad++;
            continue;
        }
        if (is_ns(c, NS_XBRLI, "unit")) {
            xc_xbrl_unit(x->m, c, x->name, x->d);
            continue;
        }
        if (is_ns(c, NS_LINK, "schemaRef") && !x->m->schema_ref) {
            xmlChar *href =
                xmlGetNsProp(c, (const xmlChar *)"href", (const xmlChar *)"http://www.w3.org/1999/xlink");
            if (href)
                xc_model_set(&x->m->schema_ref, (const char *)href);
            xmlFree(href);
        }
        collect(x, c->children);
    }
}

static xmlNodePtr find_cont(ixctx *x, const char *id)
{
    for (size_t i = 0; i < x->nconts; i++) {
        xmlChar *v = xmlGetProp(x->conts[i], (const xmlChar *)"id");
        int hit = v && !strcmp((const char *)v, id);
        xmlFree(v);
        if (hit)
            return x->conts[i];
    }
    return NULL;
}

static void add_fact(ixctx *x, xmlNodePtr n, int numeric)
{
    char *nm = prop(n, "name"), *ctx = prop(n, "contextRef"), *unit = prop(n, "unitRef");
    char *fmt = prop(n, "format"), *scale = prop(n, "scale"), *sign = prop(n, "sign");
    char *dec = prop(n, "decimals"), *prec = prop(n, "precision");
    xmlChar *nil = xmlGetNsProp(n, (const xmlChar *)"nil", (const xmlChar *)NS_XSI);
    int line = (int)xmlGetLineNo(n);
    if (!nm || !ctx) {
        xc_diag_add(x->d, XC_ERROR, XC_EPARSE, x->name, line, 0,
                    "inline fact without name or contextRef");
        x->bad++;
        goto out;
    }
    xc_fact f;
    memset(&f, 0, sizeof(f));
    char *q = xc_xbrl_qname(x->m, n, nm);
    f.concept = q;
    f.context = XC_NONE;
    f.unit = XC_NONE;
    f.nil = nil && !strcmp((const char *)nil, "true");
    f.prov.source = (char *)x->name;
    f.prov.line = line;
    f.prov.rule = (char *)"ixbrl";
    f.prov.confidence = 100;
    xc_buf raw = {0};
    text_of(n, &raw);
    /* continuations of a nonNumeric, in order */
    char *next = numeric ? NULL : prop(n, "continuedAt");
    for (int hops = 0; next && hops < 1000; hops++) {
        xmlNodePtr c = find_cont(x, next);
        free(next);
        next = NULL;
        if (!c)
            break;
        text_of(c, &raw);
        next = prop(c, "continuedAt");
    }
    free(next);
    char *shown = trim(raw.ptr ? raw.ptr : "");
    f.prov.cell = shown;
    char *value = NULL;
    if (numeric && !f.nil) {
        value = num_transform(fmt, shown);
        if (!value || xc_decimal_parse_lexical(value, &f.value) < 0) {
            xc_diag_add(x->d, XC_ERROR, XC_EPARSE, x->name, line, 0,
                        "%s: '%.40s' does not fit format %s", q, shown, fmt ? fmt : "(none)");
            x->bad++;
            free(value);
            free(shown);
            free(q);
            xc_buf_free(&raw);
            goto out;
        }
        if (scale && xc_decimal_shift(&f.value, atoi(scale)) < 0) {
            xc_diag_add(x->d, XC_ERROR, XC_EOVERFLOW, x->name, line, 0,
                        "%s: value too large once scaled", q);
            x->bad++;
        }
        if (sign && !strcmp(sign, "-"))
            xc_decimal_neg(f.value, &f.value);
        f.numeric = 1;
    } else if (!numeric && !f.nil) {
        value = fmt ? date_transform(fmt, shown) : NULL;
        f.text = value ? value : shown;
    }
    if (numeric)
        xc_xbrl_decimals(&f, dec, prec);
    size_t fi = xc_model_add_fact(x->m, &f);
    XC_GROW(x->fctx, x->cref, fi - x->start + 1);
    x->fctx[fi - x->start] = xc_xstrdup(ctx);
    x->funit = xc_xrealloc(x->funit, x->cref * sizeof(char *));
    x->funit[fi - x->start] = unit ? xc_xstrdup(unit) : NULL;
    free(value);
    free(shown);
    free(q);
    xc_buf_free(&raw);
out:
    free(nm);
    free(ctx);
    free(unit);
    free(fmt);
    free(scale);
    free(sign);
    free(dec);
    free(prec);
    xmlFree(nil);
}

static void facts(ixctx *x, xmlNodePtr n)
{
    for (xmlNodePtr c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (is_ix(c, "nonFraction")) {
            add_fact(x, c, 1);
            continue; /* a nonFraction holds no facts */
        }
        if (is_ix(c, "nonNumeric"))
            add_fact(x, c, 0); /* may nest other facts: keep walking */
        if (is_ns(c, NS_XBRLI, "context") || is_ns(c, NS_XBRLI, "unit"))
            continue;
        facts(x, c->children);
    }
}

int xc_read_ixbrl(const char *name, const char *raw, size_t n, xc_model *m, xc_diag *d)
{
    if (xc_xml_guard(name, raw, n, d) < 0)
        return -XC_EPARSE;
    xc_xml_begin(name, d);
    xmlDocPtr doc = xmlReadMemory(raw, (int)n, name, NULL, XC_XML_OPTIONS);
    int errs = xc_xml_end();
    if (!doc || errs) {
        xmlFreeDoc(doc);
        return doc ? -XC_EPARSE
                   : xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0,
                                 "inline XBRL must be well-formed XHTML");
    }
    ixctx x;
    memset(&x, 0, sizeof(x));
    x.m = m;
    x.d = d;
    x.name = name;
    x.start = m->nfacts;
    xc_model_set(&m->source, name);
    xc_model_ns(m, "xbrli", NS_XBRLI);
    xc_model_ns(m, "iso4217", "http://www.xbrl.org/2003/iso4217");
    xmlNodePtr root = xmlDocGetRootElement(doc);
    collect(&x, root);
    facts(&x, root);
    /* resolve references by id */
    size_t dangling = 0;
    for (size_t i = x.start; i < m->nfacts; i++) {
        xc_fact *f = &m->facts[i];
        const char *cr = x.fctx[i - x.start], *ur = x.funit[i - x.start];
        for (size_t k = 0; k < m->ncontexts && f->context == XC_NONE; k++)
            if (!strcmp(m->contexts[k].id, cr))
                f->context = k;
        for (size_t k = 0; ur && k < m->nunits && f->unit == XC_NONE; k++)
            if (!strcmp(m->units[k].id, ur))
                f->unit = k;
        if (f->context == XC_NONE || (ur && f->unit == XC_NONE)) {
            if (dangling++ < 5)
                xc_diag_add(d, XC_ERROR, XC_EPARSE, name, f->prov.line, 0,
                            "%s refers to %s %s, which is not defined", f->concept,
                            f->context == XC_NONE ? "context" : "unit",
                            f->context == XC_NONE ? cr : ur);
        }
        free(x.fctx[i - x.start]);
        free(x.funit[i - x.start]);
    }
    free(x.fctx);
    free(x.funit);
    free(x.conts);
    xmlFreeDoc(doc);
    if (dangling || x.bad)
        return -XC_EPARSE;
    xc_model_sort(m);
    return (int)(m->nfacts - x.start);
}

int xc_sniff_ixbrl(const char *buf, size_t len)
{
    size_t n = len < 16384 ? len : 16384;
    /* a submission that holds inline XBRL documents is an EDGAR file */
    if (xc_memcasemem(buf, n < 4096 ? n : 4096, "<SEC-HEADER>") ||
        xc_memcasemem(buf, n < 4096 ? n : 4096, "<DOCUMENT>"))
        return 0;
    if (xc_memcasemem(buf, n, IX11) || xc_memcasemem(buf, n, IX10))
        return 97;
    return 0;
}
