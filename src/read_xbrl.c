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

/* ---- a string -> index map ---- */

typedef struct idmap {
    char **keys;
    size_t *vals;
    size_t n, cap;
} idmap;

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void map_put(idmap *m, const char *k, size_t v)
{
    if (m->n * 2 + 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 64;
        char **nk = xc_xcalloc(nc, sizeof(char *));
        size_t *nv = xc_xcalloc(nc, sizeof(size_t));
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            size_t j = hash(m->keys[i]) & (nc - 1);
            while (nk[j])
                j = (j + 1) & (nc - 1);
            nk[j] = m->keys[i];
            nv[j] = m->vals[i];
        }
        free(m->keys);
        free(m->vals);
        m->keys = nk;
        m->vals = nv;
        m->cap = nc;
    }
    size_t j = hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (!strcmp(m->keys[j], k))
            return; /* first wins: a duplicate id is reported elsewhere */
        j = (j + 1) & (m->cap - 1);
    }
    m->keys[j] = xc_xstrdup(k);
    m->vals[j] = v;
    m->n++;
}

static size_t map_get(const idmap *m, const char *k)
{
    if (!m->cap || !k)
        return XC_NONE;
    size_t j = hash(k) & (m->cap - 1);
    while (m->keys[j]) {
        if (!strcmp(m->keys[j], k))
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return XC_NONE;
}

static void map_free(idmap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof(*m));
}

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

typedef struct pending {
    char *ctx, *unit;
} pending;

int xc_read_xbrl(const char *name, const char *raw, size_t n, xc_model *m, xc_diag *d)
{
    if (xc_xml_guard(name, raw, n, d) < 0)
        return -XC_EPARSE;
    xc_xml_begin(name, d);
    xmlTextReaderPtr r = xmlReaderForMemory(raw, (int)n, name, NULL, XC_XML_OPTIONS);
    if (!r) {
        xc_xml_end();
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0, "not readable as XML");
    }
    xc_model_set(&m->source, name);
    xc_model_ns(m, "xbrli", NS_XBRLI);
    xc_model_ns(m, "iso4217", "http://www.xbrl.org/2003/iso4217");
    pending *pend = NULL;
    size_t cpend = 0;
    int tuples = 0, footnotes = 0, ret, rc = 0, root_seen = 0;
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
            if (node) {
                if (local[0] == 'c')
                    xc_xbrl_context(m, node, name, d);
                else
                    xc_xbrl_unit(m, node, name, d);
            }
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
                footnotes++;
            }
            ret = xmlTextReaderNext(r);
            continue;
        }
        xmlChar *ctx = xmlTextReaderGetAttribute(r, (const xmlChar *)"contextRef");
        if (!ctx) {
            /* a tuple: its facts are read flat, one level down */
            if (!(uri && !strcmp(uri, NS_XBRLI)))
                tuples++;
            ret = xmlTextReaderRead(r);
            continue;
        }
        xmlChar *unit = xmlTextReaderGetAttribute(r, (const xmlChar *)"unitRef");
        xmlChar *dec = xmlTextReaderGetAttribute(r, (const xmlChar *)"decimals");
        xmlChar *prec = xmlTextReaderGetAttribute(r, (const xmlChar *)"precision");
        xmlChar *nil =
            xmlTextReaderGetAttributeNs(r, (const xmlChar *)"nil", (const xmlChar *)NS_XSI);
        const char *pfx = (const char *)xmlTextReaderConstPrefix(r);
        xc_buf q = {0};
        xc_buf_printf(&q, "%s:%s", xc_bind_ns(m, uri ? uri : "", pfx), local);
        int line = xmlTextReaderGetParserLineNumber(r);
        xmlChar *val = xmlTextReaderIsEmptyElement(r) ? NULL : xmlTextReaderReadString(r);
        xc_fact f;
        memset(&f, 0, sizeof(f));
        f.concept = q.ptr;
        f.context = XC_NONE;
        f.unit = XC_NONE;
        f.nil = nil && !strcmp((const char *)nil, "true");
        f.prov.source = (char *)name;
        f.prov.line = line;
        f.prov.rule = (char *)"xbrl";
        f.prov.confidence = 100;
        const char *v = val ? (const char *)val : "";
        if (unit) {
            f.numeric = 1;
            if (!f.nil && xc_decimal_parse_lexical(v, &f.value) < 0) {
                xc_diag_add(d, XC_WARNING, XC_EPARSE, name, line, 0,
                            "%s: numeric value '%.40s' is not a plain decimal; kept as text", q.ptr,
                            v);
                f.numeric = 0;
                f.text = (char *)v;
            }
        } else if (!f.nil) {
            f.text = (char *)v;
        }
        xc_xbrl_decimals(&f, (const char *)dec, (const char *)prec);
        size_t fi = xc_model_add_fact(m, &f);
        XC_GROW(pend, cpend, fi - start + 1);
        pend[fi - start].ctx = xc_xstrdup((const char *)ctx);
        pend[fi - start].unit = unit ? xc_xstrdup((const char *)unit) : NULL;
        xc_buf_free(&q);
        xmlFree(val);
        xmlFree(unit);
        xmlFree(dec);
        xmlFree(prec);
        xmlFree(nil);
        xmlFree(ctx);
        /* the fact's content is read: skip past it */
        ret = xmlTextReaderNext(r);
    }
    if (ret < 0 && !rc)
        rc = -XC_EPARSE;
    xmlFreeTextReader(r);
    int xml_errors = xc_xml_end();
    if (xml_errors && !rc)
        rc = -XC_EPARSE;
    if (!root_seen && !rc)
        rc = xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0, "no XBRL instance found");

    /* resolve references */
    idmap cmap = {0}, umap = {0};
    for (size_t i = 0; i < m->ncontexts; i++)
        map_put(&cmap, m->contexts[i].id, i);
    for (size_t i = 0; i < m->nunits; i++)
        map_put(&umap, m->units[i].id, i);
    size_t dangling = 0;
    for (size_t i = start; i < m->nfacts; i++) {
        pending *p = &pend[i - start];
        xc_fact *f = &m->facts[i];
        f->context = map_get(&cmap, p->ctx);
        if (p->unit)
            f->unit = map_get(&umap, p->unit);
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
    map_free(&cmap);
    map_free(&umap);
    if (dangling && !rc)
        rc = -XC_EPARSE;
    if (tuples)
        xc_diag_add(d, XC_NOTE, XC_EPARSE, name, 0, 0,
                    "%d tuple or non-fact elements: their facts were read flat", tuples);
    if (footnotes)
        xc_diag_add(d, XC_NOTE, XC_EPARSE, name, 0, 0,
                    "%d footnote links not carried into the output", footnotes);
    if (rc < 0)
        return rc;
    xc_model_sort(m);
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
