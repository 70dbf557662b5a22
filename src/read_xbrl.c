/* read_xbrl.c: XBRL 2.1 instances, streamed with libxml2's xmlTextReader.
 *
 * Contexts and units are small: each is expanded into a subtree and read.
 * Facts are any element with a contextRef (XBRL 2.1 §4.6), at any depth, so
 * tuples flatten (with one diagnostic). contextRef and unitRef are
 * resolved at the end, since the schema lets contexts follow the facts that
 * use them. No taxonomy is needed: concepts keep the instance's namespaces.
 */
#include "model.h"
#include "readers.h"
#include "util.h"
#include "xmlsafe.h"

#include <libxml/xmlreader.h>
#include <stdlib.h>
#include <string.h>

#define NS_XBRLI "http://www.xbrl.org/2003/instance"
#define NS_LINK "http://www.xbrl.org/2003/linkbase"
#define NS_XBRLDI "http://xbrl.org/2006/xbrldi"
#define NS_XSI "http://www.w3.org/2001/XMLSchema-instance"
#define NS_XC "urn:xbrlconv:1"

/* ---- namespaces: instance prefixes into the model ---- */

/* The model's prefix for uri, binding `want` (or a fresh one) when new. */
const char *xc_bind_ns(xc_model *m, const char *uri, const char *want)
{
    for (size_t i = 0; i < m->nns; i++)
        if (!strcmp(m->ns[i].uri, uri))
            return m->ns[i].prefix;
    char buf[32];
    const char *p = want && *want ? want : "ns";
    if (xc_model_ns_uri(m, p)) {
        for (int k = 1;; k++) {
            snprintf(buf, sizeof(buf), "%s%d", p, k);
            if (!xc_model_ns_uri(m, buf))
                break;
        }
        p = buf;
    }
    xc_model_ns(m, p, uri);
    return m->ns[m->nns - 1].prefix;
}

/* "prefix:local" in node's scope -> the model's QName. */
char *xc_xbrl_qname(xc_model *m, xmlNodePtr node, const char *qn)
{
    if (!qn)
        return NULL;
    const char *colon = strchr(qn, ':');
    char pfx[128] = "";
    const char *local = qn;
    if (colon && (size_t)(colon - qn) < sizeof(pfx)) {
        memcpy(pfx, qn, (size_t)(colon - qn));
        pfx[colon - qn] = '\0';
        local = colon + 1;
    }
    xmlNsPtr ns = xmlSearchNs(node->doc, node, pfx[0] ? (const xmlChar *)pfx : NULL);
    xc_buf b = {0};
    if (ns && ns->href)
        xc_buf_printf(&b, "%s:%s", xc_bind_ns(m, (const char *)ns->href, pfx), local);
    else
        xc_buf_puts(&b, qn);
    return xc_buf_detach(&b);
}

static char *node_text(xmlNodePtr n)
{
    xmlChar *c = xmlNodeGetContent(n);
    const char *s = c ? (const char *)c : "";
    while (xc_isspace((unsigned char)*s))
        s++;
    size_t k = strlen(s);
    while (k && xc_isspace((unsigned char)s[k - 1]))
        k--;
    char *r = xc_xstrndup(s, k);
    xmlFree(c);
    return r;
}

static int is_el(xmlNodePtr n, const char *ns, const char *local)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && !strcmp((const char *)n->ns->href, ns) &&
           !strcmp((const char *)n->name, local);
}

static xmlNodePtr child(xmlNodePtr n, const char *ns, const char *local)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
        if (is_el(c, ns, local))
            return c;
    return NULL;
}

/* A period date: xs:date, or a dateTime whose date is taken (midnight of
 * an end date means the day before, XBRL 2.1 §4.7.2). */
static xc_date period_date(xmlNodePtr n, int is_end)
{
    char *t = node_text(n);
    xc_date d = xc_date_parse_iso(t);
    if (d != XC_NODATE && is_end && strlen(t) > 10 && strstr(t, "T00:00:00"))
        d -= 1;
    free(t);
    return d;
}

/* Reads an xbrli:context subtree (entity, segment, period, scenario). */
int xc_xbrl_context(xc_model *m, xmlNodePtr cx, const char *name, xc_diag *d)
{
    xmlChar *idp = xmlGetProp(cx, (const xmlChar *)"id");
    if (!idp)
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, name, (int)xmlGetLineNo(cx), 0,
                           "context without an id");
    xmlNodePtr ent = child(cx, NS_XBRLI, "entity");
    xmlNodePtr per = child(cx, NS_XBRLI, "period");
    xc_dim dims[32];
    size_t nd = 0;
    xmlNodePtr conts[2] = {ent ? child(ent, NS_XBRLI, "segment") : NULL,
                           child(cx, NS_XBRLI, "scenario")};
    for (int k = 0; k < 2; k++) {
        for (xmlNodePtr e = conts[k] ? conts[k]->children : NULL; e && nd < 32; e = e->next) {
            if (e->type != XML_ELEMENT_NODE)
                continue;
            xmlChar *dim = xmlGetProp(e, (const xmlChar *)"dimension");
            if (is_el(e, NS_XBRLDI, "explicitMember") && dim) {
                char *mem = node_text(e);
                dims[nd].axis = xc_xbrl_qname(m, e, (const char *)dim);
                dims[nd].member = xc_xbrl_qname(m, e, mem);
                dims[nd].typed_el = NULL;
                dims[nd].scenario = k == 1;
                nd++;
                free(mem);
            } else if (is_el(e, NS_XBRLDI, "typedMember") && dim) {
                xmlNodePtr v = e->children;
                while (v && v->type != XML_ELEMENT_NODE)
                    v = v->next;
                dims[nd].axis = xc_xbrl_qname(m, e, (const char *)dim);
                dims[nd].member = v ? node_text(v) : xc_xstrdup("");
                if (v) {
                    xc_buf q = {0};
                    xc_buf_printf(&q, "%s%s%s", v->ns && v->ns->prefix ? (const char *)v->ns->prefix : "",
                                  v->ns && v->ns->prefix ? ":" : "", (const char *)v->name);
                    dims[nd].typed_el = xc_xbrl_qname(m, v, q.ptr);
                    xc_buf_free(&q);
                } else {
                    dims[nd].typed_el = NULL;
                }
                dims[nd].scenario = k == 1;
                nd++;
            } else if (!dim) {
                xc_diag_add(d, XC_NOTE, XC_EPARSE, name, (int)xmlGetLineNo(e), 0,
                            "context %s: non-dimensional %s content kept out", (char *)idp,
                            k ? "scenario" : "segment");
            }
            xmlFree(dim);
        }
    }
    xc_period_type type = XC_PERIOD_FOREVER;
    xc_date start = XC_NODATE, end = XC_NODATE;
    if (per && child(per, NS_XBRLI, "instant")) {
        type = XC_PERIOD_INSTANT;
        end = period_date(child(per, NS_XBRLI, "instant"), 1);
    } else if (per && child(per, NS_XBRLI, "startDate")) {
        type = XC_PERIOD_DURATION;
        start = period_date(child(per, NS_XBRLI, "startDate"), 0);
        end = period_date(child(per, NS_XBRLI, "endDate"), 1);
    }
    int rc = 0;
    if ((type != XC_PERIOD_FOREVER && end == XC_NODATE) ||
        (type == XC_PERIOD_DURATION && start == XC_NODATE) || !per)
        rc = xc_diag_add(d, XC_ERROR, XC_EPARSE, name, (int)xmlGetLineNo(cx), 0,
                         "context %s has no readable period", (char *)idp);
    size_t ci = xc_model_add_context(m, (const char *)idp, type, start, end, dims, nd);
    xmlNodePtr idn = ent ? child(ent, NS_XBRLI, "identifier") : NULL;
    if (idn) {
        xmlChar *scheme = xmlGetProp(idn, (const xmlChar *)"scheme");
        m->contexts[ci].identifier = node_text(idn);
        m->contexts[ci].scheme = xc_xstrdup(scheme ? (const char *)scheme : "");
        xmlFree(scheme);
        if (!m->cik && scheme && !strcmp(m->contexts[ci].scheme, "http://www.sec.gov/CIK"))
            xc_model_set(&m->cik, m->contexts[ci].identifier);
    }
    for (size_t k = 0; k < nd; k++) {
        free(dims[k].axis);
        free(dims[k].member);
        free(dims[k].typed_el);
    }
    xmlFree(idp);
    return rc;
}

static char *measure_of(xc_model *m, xmlNodePtr parent)
{
    xc_buf b = {0};
    for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next) {
        if (!is_el(c, NS_XBRLI, "measure"))
            continue;
        char *t = node_text(c);
        /* an unprefixed measure is in the default namespace, usually xbrli */
        char *q = strchr(t, ':') ? xc_xbrl_qname(m, c, t) : NULL;
        if (!q) {
            xmlNsPtr ns = xmlSearchNs(c->doc, c, NULL);
            xc_buf qb = {0};
            xc_buf_printf(&qb, "%s:%s",
                          xc_bind_ns(m, ns ? (const char *)ns->href : NS_XBRLI, "xbrli"), t);
            q = xc_buf_detach(&qb);
        }
        if (b.len)
            xc_buf_putc(&b, '*');
        xc_buf_puts(&b, q);
        free(q);
        free(t);
    }
    return b.len ? xc_buf_detach(&b) : (xc_buf_free(&b), NULL);
}

int xc_xbrl_unit(xc_model *m, xmlNodePtr u, const char *name, xc_diag *d)
{
    xmlChar *idp = xmlGetProp(u, (const xmlChar *)"id");
    if (!idp)
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, name, (int)xmlGetLineNo(u), 0,
                           "unit without an id");
    char *num = NULL, *den = NULL;
    xmlNodePtr dv = child(u, NS_XBRLI, "divide");
    if (dv) {
        num = measure_of(m, child(dv, NS_XBRLI, "unitNumerator"));
        den = measure_of(m, child(dv, NS_XBRLI, "unitDenominator"));
    } else {
        num = measure_of(m, u);
    }
    int rc = 0;
    if (!num)
        rc = xc_diag_add(d, XC_ERROR, XC_EPARSE, name, (int)xmlGetLineNo(u), 0,
                         "unit %s has no measure", (char *)idp);
    else
        xc_model_add_unit(m, (const char *)idp, num, den);
    free(num);
    free(den);
    xmlFree(idp);
    return rc;
}

/* decimals, or precision turned into decimals for the value (OIM has no
 * precision): precision p of a value whose first significant digit is at
 * 10^e gives decimals p - e - 1. */
void xc_xbrl_decimals(xc_fact *f, const char *dec, const char *prec)
{
    f->decimals_inf = 1;
    if (dec) {
        if (strcmp(dec, "INF")) {
            f->decimals = atoi(dec);
            f->decimals_inf = 0;
        }
        return;
    }
    if (prec && strcmp(prec, "INF") && f->numeric) {
        int p = atoi(prec);
        char buf[32];
        xc_decimal_format(xc_decimal_abs(f->value), buf);
        const char *dot = strchr(buf, '.');
        int e;
        if (buf[0] != '0') {
            e = (int)(dot ? (size_t)(dot - buf) : strlen(buf)) - 1;
        } else {
            e = -1;
            for (const char *q = dot ? dot + 1 : ""; *q == '0'; q++)
                e--;
        }
        f->decimals = p - e - 1;
        f->decimals_inf = 0;
    }
}

/* ---- footnotes: a footnoteLink's locators, resources and arcs ---- */

typedef struct note_arc {
    char *fact_id; /* the fact's id attribute */
    size_t note;   /* index into the model's footnotes */
} note_arc;

typedef struct note_arcs {
    note_arc *v;
    size_t n, cap;
} note_arcs;

#define NS_XLINK "http://www.w3.org/1999/xlink"

static const char *xlink(xmlNodePtr n, const char *name)
{
    xmlAttrPtr a = xmlHasNsProp(n, (const xmlChar *)name, (const xmlChar *)NS_XLINK);
    return a && a->children ? (const char *)a->children->content : NULL;
}

typedef struct loc {
    const char *label, *fact_id;
} loc;

static int cmp_loc(const void *a, const void *b)
{
    return strcmp(((const loc *)a)->label, ((const loc *)b)->label);
}

/* Reads one footnoteLink: its footnotes join the model, and each
 * fact-footnote arc is kept until the facts' ids are known. */
static void xbrl_footnote_link(xc_model *m, xmlNodePtr link, note_arcs *arcs)
{
    xc_strmap notes = {0}; /* xlink:label -> note */
    loc *locs = NULL;
    size_t nlocs = 0, clocs = 0;
    for (xmlNodePtr c = link->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !c->ns || strcmp((const char *)c->ns->href, NS_LINK))
            continue;
        const char *label = xlink(c, "label");
        if (!label)
            continue;
        if (!strcmp((const char *)c->name, "loc")) {
            const char *href = xlink(c, "href");
            const char *hash = href ? strchr(href, '#') : NULL;
            if (!hash)
                continue;
            XC_GROW(locs, clocs, nlocs + 1);
            locs[nlocs].label = label;
            locs[nlocs++].fact_id = hash + 1;
        } else if (!strcmp((const char *)c->name, "footnote")) {
            xmlChar *lang = xmlNodeGetLang(c);
            xmlChar *text = xmlNodeGetContent(c);
            xc_strmap_put(&notes, label, xc_model_add_note(m, (const char *)lang, (const char *)text));
            xmlFree(lang);
            xmlFree(text);
        }
    }
    if (nlocs)
        qsort(locs, nlocs, sizeof(loc), cmp_loc);
    for (xmlNodePtr c = link->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "footnoteArc"))
            continue;
        const char *from = xlink(c, "from"), *to = xlink(c, "to");
        const char *role = xlink(c, "arcrole");
        size_t ni = xc_strmap_get(&notes, to);
        if (!from || ni == XC_NONE || !role || !strstr(role, "fact-footnote"))
            continue;
        /* several locators may share a label: the arc leaves each */
        size_t lo = 0, hi = nlocs;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (strcmp(locs[mid].label, from) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < nlocs && !strcmp(locs[lo].label, from); lo++) {
            XC_GROW(arcs->v, arcs->cap, arcs->n + 1);
            arcs->v[arcs->n].fact_id = xc_xstrdup(locs[lo].fact_id);
            arcs->v[arcs->n++].note = ni;
        }
    }
    free(locs);
    xc_strmap_free(&notes);
}

typedef struct pending {
    size_t fact;
    char *ctx, *unit;
} pending;

/* Copies an attribute value into a fixed buffer, cut at its size (the
 * per-fact hot path: snprintf costs ten times more). */
static void copy_attr(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size)
        n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

int xc_read_xbrl(const char *name, const char *raw, size_t n, xc_model *m, xc_diag *d)
{
    xmlTextReaderPtr r;
    if (!raw) {
        /* stream the file: only its prolog is read ahead, for the guard */
        char head[65536];
        FILE *fp = fopen(name, "rb");
        size_t hn = fp ? fread(head, 1, sizeof(head), fp) : 0;
        if (fp)
            fclose(fp);
        if (xc_xml_guard(name, head, hn, d) < 0)
            return -XC_EPARSE;
        xc_xml_begin(name, d);
        r = xmlReaderForFile(name, NULL, XC_XML_OPTIONS);
    } else {
        if (xc_xml_guard(name, raw, n, d) < 0)
            return -XC_EPARSE;
        xc_xml_begin(name, d);
        r = xmlReaderForMemory(raw, (int)n, name, NULL, XC_XML_OPTIONS);
    }
    if (!r) {
        xc_xml_end();
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0, "not readable as XML");
    }
    xc_model_set(&m->source, name);
    xc_model_ns(m, "xbrli", NS_XBRLI);
    xc_model_ns(m, "iso4217", "http://www.xbrl.org/2003/iso4217");
    pending *pend = NULL;
    size_t cpend = 0;
    /* contexts and units seen so far: most instances define them before
     * the facts, so references resolve at once */
    xc_strmap cmap = {0}, umap = {0};
    size_t nc_seen = m->ncontexts, nu_seen = m->nunits;
    xc_buf q = {0}, vb = {0};
    /* facts' id attributes, kept (NUL separated) for footnote arcs */
    xc_buf fids = {0};
    size_t *fid_fact = NULL, *fid_off = NULL, nfids = 0, cfid = 0, cfoff = 0;
    note_arcs arcs = {0};
    const char *last_uri = NULL, *last_pfx = NULL;
    int tuples = 0, ret, rc = 0, root_seen = 0;
    size_t npend = 0;
    size_t start = m->nfacts;
    ret = xmlTextReaderRead(r);
    while (ret == 1) {
        if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT) {
            ret = xmlTextReaderRead(r);
            continue;
        }
        const char *uri = (const char *)xmlTextReaderConstNamespaceUri(r);
        const char *local = (const char *)xmlTextReaderConstLocalName(r);
        int depth = xmlTextReaderDepth(r);
        if (depth == 0) {
            if (!uri || strcmp(uri, NS_XBRLI) || strcmp(local, "xbrl")) {
                rc = xc_diag_add(d, XC_ERROR, XC_EPARSE, name, xmlTextReaderGetParserLineNumber(r),
                                 0, "not an XBRL instance (root is %s)", local);
                break;
            }
            root_seen = 1;
            ret = xmlTextReaderRead(r);
            continue;
        }
        if (uri && !strcmp(uri, NS_XBRLI) && (!strcmp(local, "context") || !strcmp(local, "unit"))) {
            xmlNodePtr node = xmlTextReaderExpand(r);
            /* a context with no readable period makes the instance
             * invalid (XBRL 2.1 4.7.2): refused whole, never half read */
            if (node && local[0] == 'c' && xc_xbrl_context(m, node, name, d) < 0) {
                rc = -XC_EPARSE;
                break;
            }
            if (node && local[0] == 'u')
                xc_xbrl_unit(m, node, name, d);
            for (; nc_seen < m->ncontexts; nc_seen++)
                xc_strmap_put(&cmap, m->contexts[nc_seen].id, nc_seen);
            for (; nu_seen < m->nunits; nu_seen++)
                xc_strmap_put(&umap, m->units[nu_seen].id, nu_seen);
            ret = xmlTextReaderNext(r);
            continue;
        }
        if (uri && !strcmp(uri, NS_LINK)) {
            if (!strcmp(local, "schemaRef") && !m->schema_ref) {
                xmlChar *href = xmlTextReaderGetAttributeNs(
                    r, (const xmlChar *)"href", (const xmlChar *)"http://www.w3.org/1999/xlink");
                if (href)
                    xc_model_set(&m->schema_ref, (const char *)href);
                xmlFree(href);
            } else if (!strcmp(local, "footnoteLink")) {
                xmlNodePtr node = xmlTextReaderExpand(r);
                if (node)
                    xbrl_footnote_link(m, node, &arcs);
            }
            ret = xmlTextReaderNext(r);
            continue;
        }
        /* the attributes, in one pass and without copies to free */
        char ctx_b[256] = "", unit_b[256] = "", dec_b[32] = "", prec_b[32] = "", nil_b[8] = "";
        char id_b[256] = "";
        char *prov_row = NULL, *prov_cell = NULL, *prov_label = NULL, *prov_rule = NULL;
        int prov_line = 0, prov_col = 0, prov_table = 0, prov_rowno = 0, prov_conf = -1;
        int has_ctx = 0, has_unit = 0, has_dec = 0, has_prec = 0;
        if (xmlTextReaderHasAttributes(r) == 1) {
            while (xmlTextReaderMoveToNextAttribute(r) == 1) {
                const char *an = (const char *)xmlTextReaderConstLocalName(r);
                const char *av = (const char *)xmlTextReaderConstValue(r);
                const char *ans = (const char *)xmlTextReaderConstNamespaceUri(r);
                if (!an || !av)
                    continue;
                if (!ans && !strcmp(an, "id")) {
                    copy_attr(id_b, sizeof(id_b), av);
                } else if (!ans && !strcmp(an, "contextRef")) {
                    copy_attr(ctx_b, sizeof(ctx_b), av);
                    has_ctx = 1;
                } else if (!ans && !strcmp(an, "unitRef")) {
                    copy_attr(unit_b, sizeof(unit_b), av);
                    has_unit = 1;
                } else if (!ans && !strcmp(an, "decimals")) {
                    copy_attr(dec_b, sizeof(dec_b), av);
                    has_dec = 1;
                } else if (!ans && !strcmp(an, "precision")) {
                    copy_attr(prec_b, sizeof(prec_b), av);
                    has_prec = 1;
                } else if (ans && !strcmp(ans, NS_XSI) && !strcmp(an, "nil")) {
                    copy_attr(nil_b, sizeof(nil_b), av);
                } else if (ans && !strcmp(ans, NS_XC)) {
                    /* provenance xbrlconv wrote: read it back */
                    if (!strcmp(an, "row"))
                        xc_model_set(&prov_row, av);
                    else if (!strcmp(an, "cell"))
                        xc_model_set(&prov_cell, av);
                    else if (!strcmp(an, "label"))
                        xc_model_set(&prov_label, av);
                    else if (!strcmp(an, "rule"))
                        xc_model_set(&prov_rule, av);
                    else if (!strcmp(an, "line"))
                        prov_line = atoi(av);
                    else if (!strcmp(an, "col"))
                        prov_col = atoi(av);
                    else if (!strcmp(an, "table"))
                        prov_table = atoi(av);
                    else if (!strcmp(an, "rowno"))
                        prov_rowno = atoi(av);
                    else if (!strcmp(an, "confidence"))
                        prov_conf = atoi(av);
                }
            }
            xmlTextReaderMoveToElement(r);
        }
        if (!has_ctx) {
            free(prov_row);
            free(prov_cell);
            free(prov_label);
            free(prov_rule);
            /* a tuple: its facts are read flat, one level down */
            if (!(uri && !strcmp(uri, NS_XBRLI)))
                tuples++;
            ret = xmlTextReaderRead(r);
            continue;
        }
        const char *ctx = ctx_b;
        const char *unit = has_unit ? unit_b : NULL;
        const char *dec = has_dec ? dec_b : NULL;
        const char *prec = has_prec ? prec_b : NULL;
        const char *nil = nil_b[0] ? nil_b : NULL;
        /* the reader's namespace names are interned by its dictionary:
         * the last one's model prefix is reused by pointer */
        if (uri != last_uri || !last_pfx) {
            const char *pfx = (const char *)xmlTextReaderConstPrefix(r);
            last_pfx = xc_bind_ns(m, uri ? uri : "", pfx);
            last_uri = uri;
        }
        xc_buf_clear(&q);
        xc_buf_puts(&q, last_pfx);
        xc_buf_putc(&q, ':');
        xc_buf_puts(&q, local);
        int line = xmlTextReaderGetParserLineNumber(r);
        /* the value: the text inside the element, read node by node (no
         * subtree is built) up to its end tag */
        xc_buf_clear(&vb);
        int empty = xmlTextReaderIsEmptyElement(r);
        if (!empty) {
            while ((ret = xmlTextReaderRead(r)) == 1) {
                int t = xmlTextReaderNodeType(r);
                if (t == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth(r) == depth)
                    break;
                if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
                    t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
                    t == XML_READER_TYPE_WHITESPACE) {
                    const char *cv = (const char *)xmlTextReaderConstValue(r);
                    if (cv)
                        xc_buf_puts(&vb, cv);
                }
            }
        }
        char *val = vb.len ? vb.ptr : NULL;
        xc_fact f;
        memset(&f, 0, sizeof(f));
        f.concept = q.ptr;
        f.context = XC_NONE;
        f.unit = XC_NONE;
        f.nil = nil && !strcmp(nil, "true");
        f.prov.source = (char *)name;
        f.prov.line = prov_line ? prov_line : line;
        f.prov.col = prov_col;
        f.prov.table = prov_table;
        f.prov.row = prov_rowno;
        f.prov.row_label = prov_row;
        f.prov.cell = prov_cell;
        f.label = prov_label;
        f.prov.rule = prov_rule ? prov_rule : (char *)"xbrl";
        f.prov.confidence = prov_conf >= 0 ? prov_conf : 100;
        const char *v = val ? (const char *)val : "";
        if (unit) {
            f.numeric = 1;
            if (!f.nil && xc_decimal_parse_lexical(v, &f.value) < 0) {
                xc_diag_add(d, XC_WARNING, XC_ECHECK, name, line, 0,
                            "[value] %s: numeric value '%.40s' is not a plain decimal; kept as "
                            "text",
                            q.ptr, v);
                f.numeric = 0;
                f.text = (char *)v;
            }
        } else if (!f.nil) {
            f.text = (char *)v;
        }
        xc_xbrl_decimals(&f, (const char *)dec, (const char *)prec);
        if (f.numeric && !f.nil && !dec && !prec)
            xc_diag_add(d, XC_WARNING, XC_ECHECK, name, line, 0,
                        "[decimals] %s: a numeric fact needs decimals or precision (XBRL 2.1 "
                        "4.6.3); read as exact",
                        q.ptr);
        f.context = xc_strmap_get(&cmap, (const char *)ctx);
        f.unit = unit ? xc_strmap_get(&umap, (const char *)unit) : XC_NONE;
        size_t fi = xc_model_add_fact(m, &f);
        if (id_b[0]) {
            XC_GROW(fid_fact, cfid, nfids + 1);
            XC_GROW(fid_off, cfoff, nfids + 1);
            fid_fact[nfids] = fi;
            fid_off[nfids++] = fids.len;
            xc_buf_puts(&fids, id_b);
            xc_buf_putc(&fids, '\0');
        }
        free(prov_row);
        free(prov_cell);
        free(prov_label);
        free(prov_rule);
        /* a reference not yet defined waits for the end */
        if (f.context == XC_NONE || (unit && f.unit == XC_NONE)) {
            XC_GROW(pend, cpend, npend + 1);
            pend[npend].fact = fi;
            pend[npend].ctx = xc_xstrdup((const char *)ctx);
            pend[npend].unit = unit ? xc_xstrdup((const char *)unit) : NULL;
            npend++;
        }
        /* the reader sits on the fact's end tag (or the empty element) */
        if (ret == 1)
            ret = xmlTextReaderRead(r);
    }
    if (ret < 0 && !rc)
        rc = -XC_EPARSE;
    xmlFreeTextReader(r);
    int xml_errors = xc_xml_end();
    if (xml_errors && !rc)
        rc = -XC_EPARSE;
    if (!root_seen && !rc)
        rc = xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0, "no XBRL instance found");

    xc_buf_free(&q);
    xc_buf_free(&vb);
    /* resolve the references that came before their definitions */
    for (; nc_seen < m->ncontexts; nc_seen++)
        xc_strmap_put(&cmap, m->contexts[nc_seen].id, nc_seen);
    for (; nu_seen < m->nunits; nu_seen++)
        xc_strmap_put(&umap, m->units[nu_seen].id, nu_seen);
    size_t dangling = 0;
    for (size_t k = 0; k < npend; k++) {
        pending *p = &pend[k];
        xc_fact *f = &m->facts[p->fact];
        f->context = xc_strmap_get(&cmap, p->ctx);
        if (p->unit)
            f->unit = xc_strmap_get(&umap, p->unit);
        if (f->context == XC_NONE || (p->unit && f->unit == XC_NONE)) {
            if (dangling++ < 5)
                xc_diag_add(d, XC_ERROR, XC_EPARSE, name, f->prov.line, 0,
                            "%s refers to %s %s, which is not defined", f->concept,
                            f->context == XC_NONE ? "context" : "unit",
                            f->context == XC_NONE ? p->ctx : p->unit);
        }
        free(p->ctx);
        free(p->unit);
    }
    free(pend);
    xc_strmap_free(&cmap);
    xc_strmap_free(&umap);
    if (dangling && !rc)
        rc = -XC_EPARSE;
    if (tuples)
        xc_diag_add(d, XC_NOTE, XC_EPARSE, name, 0, 0,
                    "%d tuple or non-fact elements: their facts were read flat", tuples);
    /* footnote arcs name facts by id: link them now every fact is read */
    if (arcs.n) {
        xc_strmap fmap = {0};
        for (size_t k = 0; k < nfids; k++)
            xc_strmap_put(&fmap, fids.ptr + fid_off[k], fid_fact[k]);
        size_t lost = 0;
        for (size_t k = 0; k < arcs.n; k++) {
            size_t fi = xc_strmap_get(&fmap, arcs.v[k].fact_id);
            if (fi != XC_NONE)
                xc_model_link_note(m, fi, arcs.v[k].note);
            else
                lost++;
        }
        if (lost)
            xc_diag_add(d, XC_WARNING, XC_EPARSE, name, 0, 0,
                        "%zu footnote arcs point to no fact of this instance", lost);
        xc_strmap_free(&fmap);
    }
    for (size_t k = 0; k < arcs.n; k++)
        free(arcs.v[k].fact_id);
    free(arcs.v);
    xc_buf_free(&fids);
    free(fid_fact);
    free(fid_off);
    if (rc < 0)
        return rc;
    /* facts stay in document order: deterministic, and what the filer
     * wrote */
    return (int)(m->nfacts - start);
}

int xc_sniff_xbrl(const char *buf, size_t len)
{
    size_t n = len < 4096 ? len : 4096;
    size_t i = 0;
    while (i < n && (xc_isspace((unsigned char)buf[i]) || (unsigned char)buf[i] >= 0x80))
        i++;
    if (i >= n || buf[i] != '<')
        return 0; /* XML starts with markup */
    if (xc_memcasemem(buf, n, "http://www.xbrl.org/2003/instance") &&
        !xc_memcasemem(buf, n, "http://www.xbrl.org/2013/inlineXBRL") &&
        !xc_memcasemem(buf, n, "<html"))
        return 95;
    return 0;
}
