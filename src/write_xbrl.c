/* write_xbrl.c: an XBRL 2.1 instance (XBRL 2.1 §4): schemaRef first, then
 * contexts, units and facts, as EDGAR instances order them.
 *
 * Facts carry their provenance as attributes in the xbrlconv namespace
 * (items allow attributes of other namespaces, XBRL 2.1 §4.6), and a
 * processing instruction per table names its title and scale, so the
 * stylesheets in xslt/ can show the statements as the release printed them.
 */
#include "writers.h"

#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XC_NS "urn:xbrlconv:1"

static xmlNsPtr ns_of(xmlNodePtr root, const xc_model *m, const char *qname)
{
    const char *colon = strchr(qname, ':');
    if (!colon)
        return NULL;
    char prefix[64];
    size_t n = (size_t)(colon - qname);
    if (n >= sizeof(prefix))
        return NULL;
    memcpy(prefix, qname, n);
    prefix[n] = '\0';
    xmlNsPtr ns = xmlSearchNs(root->doc, root, (const xmlChar *)prefix);
    if (ns)
        return ns;
    const char *uri = xc_model_ns_uri(m, prefix);
    return uri ? xmlNewNs(root, (const xmlChar *)uri, (const xmlChar *)prefix) : NULL;
}

static xmlNodePtr add(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *text)
{
    return xmlNewTextChild(parent, ns, (const xmlChar *)name, (const xmlChar *)text);
}

/* "a*b": one <measure> per factor */
static void measures(xmlNodePtr parent, xmlNsPtr xbrli, const char *list)
{
    char *copy = xc_xstrdup(list), *save = NULL;
    for (char *t = strtok_r(copy, "*", &save); t; t = strtok_r(NULL, "*", &save))
        add(parent, xbrli, "measure", t);
    free(copy);
}

static void xlink_attr(xmlNodePtr n, xmlNsPtr xlink, const char *name, const char *value)
{
    xmlNewNsProp(n, xlink, (const xmlChar *)name, (const xmlChar *)value);
}

/* One footnoteLink (XBRL 2.1 §4.11): a locator per annotated fact, the
 * footnotes, and a fact-footnote arc per link. */
static void footnote_link(const xc_model *m, xmlNodePtr root, xmlNsPtr link, xmlNsPtr xlink)
{
    xmlNodePtr fl = xmlNewChild(root, link, (const xmlChar *)"footnoteLink", NULL);
    xlink_attr(fl, xlink, "type", "extended");
    xlink_attr(fl, xlink, "role", "http://www.xbrl.org/2003/role/link");
    char id[32], href[40];
    for (size_t i = 0; i < m->nfacts; i++) {
        if (!m->facts[i].notes)
            continue;
        snprintf(id, sizeof(id), "f%zu", i + 1);
        snprintf(href, sizeof(href), "#%s", id);
        xmlNodePtr l = xmlNewChild(fl, link, (const xmlChar *)"loc", NULL);
        xlink_attr(l, xlink, "type", "locator");
        xlink_attr(l, xlink, "href", href);
        xlink_attr(l, xlink, "label", id);
    }
    for (size_t i = 0; i < m->nnotes; i++) {
        const xc_footnote *n = &m->notes[i];
        xmlNodePtr e = xmlNewTextChild(fl, link, (const xmlChar *)"footnote",
                                       (const xmlChar *)n->text);
        xlink_attr(e, xlink, "type", "resource");
        xlink_attr(e, xlink, "label", n->id);
        xlink_attr(e, xlink, "role", "http://www.xbrl.org/2003/role/footnote");
        xmlNewNsProp(e, NULL, (const xmlChar *)"xml:lang", (const xmlChar *)n->lang);
    }
    for (size_t i = 0; i < m->nfacts; i++) {
        const char *p = m->facts[i].notes;
        if (!p)
            continue;
        snprintf(id, sizeof(id), "f%zu", i + 1);
        while (*p) {
            size_t len = strcspn(p, " ");
            char to[64];
            snprintf(to, sizeof(to), "%.*s", (int)len, p);
            xmlNodePtr a = xmlNewChild(fl, link, (const xmlChar *)"footnoteArc", NULL);
            xlink_attr(a, xlink, "type", "arc");
            xlink_attr(a, xlink, "arcrole", "http://www.xbrl.org/2003/arcrole/fact-footnote");
            xlink_attr(a, xlink, "from", id);
            xlink_attr(a, xlink, "to", to);
            p += len;
            while (*p == ' ')
                p++;
        }
    }
}

/* A value inside a processing instruction's attribute-like text: no
 * quotes, no "?>", and "|" (the cell separator) as a broken bar. */
static void pi_value(xc_buf *b, const char *s)
{
    for (const char *p = s ? s : ""; *p; p++) {
        if (*p == '"' || *p == '\n' || *p == '\r')
            xc_buf_putc(b, *p == '"' ? '\'' : ' ');
        else if (*p == '|')
            xc_buf_puts(b, "\xC2\xA6");
        else if (*p == '?' && p[1] == '>')
            xc_buf_puts(b, "? ");
        else
            xc_buf_putc(b, *p);
    }
}

xmlDocPtr xc_xbrl_build(const xc_model *m, xc_diag *d)
{
    xmlDocPtr doc = xmlNewDoc((const xmlChar *)"1.0");
    xmlNodePtr root = xmlNewNode(NULL, (const xmlChar *)"xbrl");
    xmlDocSetRootElement(doc, root);
    xmlNsPtr xbrli = xmlNewNs(root, (const xmlChar *)"http://www.xbrl.org/2003/instance",
                              (const xmlChar *)"xbrli");
    xmlSetNs(root, xbrli);
    xmlNsPtr link = xmlNewNs(root, (const xmlChar *)"http://www.xbrl.org/2003/linkbase",
                             (const xmlChar *)"link");
    xmlNsPtr xlink =
        xmlNewNs(root, (const xmlChar *)"http://www.w3.org/1999/xlink", (const xmlChar *)"xlink");
    xmlNewNs(root, (const xmlChar *)"http://www.xbrl.org/2003/iso4217", (const xmlChar *)"iso4217");
    xmlNsPtr xbrldi = NULL;
    for (size_t i = 0; i < m->ncontexts && !xbrldi; i++)
        if (m->contexts[i].ndims)
            xbrldi = xmlNewNs(root, (const xmlChar *)"http://xbrl.org/2006/xbrldi",
                              (const xmlChar *)"xbrldi");
    xmlNsPtr xc = xmlNewNs(root, (const xmlChar *)XC_NS, (const xmlChar *)"xc");
    xmlNsPtr xsi = NULL;
    for (size_t i = 0; i < m->nfacts && !xsi; i++)
        if (m->facts[i].nil)
            xsi = xmlNewNs(root, (const xmlChar *)"http://www.w3.org/2001/XMLSchema-instance",
                           (const xmlChar *)"xsi");
    for (size_t i = 0; i < m->nns; i++)
        if (!xmlSearchNs(doc, root, (const xmlChar *)m->ns[i].prefix))
            xmlNewNs(root, (const xmlChar *)m->ns[i].uri, (const xmlChar *)m->ns[i].prefix);
    if (m->source)
        xmlNewNsProp(root, NULL, (const xmlChar *)"xml:lang", (const xmlChar *)"en-US");

    xmlNodePtr sref = xmlNewChild(root, link, (const xmlChar *)"schemaRef", NULL);
    xmlNewNsProp(sref, xlink, (const xmlChar *)"type", (const xmlChar *)"simple");
    xmlNewNsProp(sref, xlink, (const xmlChar *)"href",
                 (const xmlChar *)(m->schema_ref
                                       ? m->schema_ref
                                       : XC_USGAAP_SCHEMA));
    /* DEI facts need the DEI schema in the DTS (an extension schema imports it) */
    if (!m->schema_ref && xc_model_ns_uri(m, "dei")) {
        int dei = 0;
        for (size_t i = 0; i < m->nfacts && !dei; i++)
            dei = !strncmp(m->facts[i].concept, "dei:", 4);
        if (dei) {
            xmlNodePtr s2 = xmlNewChild(root, link, (const xmlChar *)"schemaRef", NULL);
            xmlNewNsProp(s2, xlink, (const xmlChar *)"type", (const xmlChar *)"simple");
            xmlNewNsProp(s2, xlink, (const xmlChar *)"href",
                         (const xmlChar *)XC_DEI_SCHEMA);
        }
    }
    /* so do the SRT's axes ("Products" on srt:ProductOrServiceAxis) */
    if (!m->schema_ref && xc_model_ns_uri(m, "srt") &&
        !strcmp(xc_model_ns_uri(m, "srt"), XC_SRT_NS)) {
        xmlNodePtr s3 = xmlNewChild(root, link, (const xmlChar *)"schemaRef", NULL);
        xmlNewNsProp(s3, xlink, (const xmlChar *)"type", (const xmlChar *)"simple");
        xmlNewNsProp(s3, xlink, (const xmlChar *)"href", (const xmlChar *)XC_SRT_SCHEMA);
    }

    /* provenance of the document and its tables, for the stylesheets */
    {
        xc_buf pi = {0};
        xc_buf_printf(&pi, "source=\"%s\"", m->source ? m->source : "");
        if (m->entity_name)
            xc_buf_printf(&pi, " entity=\"%s\"", m->entity_name);
        xmlAddChild(root, xmlNewDocPI(doc, (const xmlChar *)"xbrlconv-document",
                                      (const xmlChar *)pi.ptr));
        xc_buf_free(&pi);
    }
    for (size_t i = 0; i < m->ntables; i++) {
        const xc_table_info *t = &m->tables[i];
        xc_buf pi = {0};
        xc_buf_printf(&pi, "table=\"%zu\" statement=\"%s\" nongaap=\"%d\" segment=\"%d\" line=\"%d\"",
                      i + 1, xc_statement_name(t->statement), t->nongaap, t->segment,
                      t->first_line);
        /* attribute-like values must not hold quotes or "?>" */
        const char *vals[2] = {t->title, t->scale_text};
        const char *keys[2] = {"title", "scale"};
        for (int k = 0; k < 2; k++) {
            if (!vals[k])
                continue;
            xc_buf_printf(&pi, " %s=\"", keys[k]);
            for (const char *p = vals[k]; *p; p++)
                if (*p != '"' && !(*p == '?' && p[1] == '>'))
                    xc_buf_putc(&pi, *p);
            xc_buf_putc(&pi, '"');
        }
        if (t->notes) {
            /* the footnotes under the table, separated by "|" */
            xc_buf_puts(&pi, " notes=\"");
            for (const char *p = t->notes; *p;) {
                size_t n = strcspn(p, "\n");
                char *one = xc_xstrndup(p, n);
                pi_value(&pi, one);
                free(one);
                p += n;
                if (*p == '\n') {
                    xc_buf_putc(&pi, '|');
                    p++;
                }
            }
            xc_buf_putc(&pi, '"');
        }
        xmlAddChild(root, xmlNewDocPI(doc, (const xmlChar *)"xbrlconv-table",
                                      (const xmlChar *)pi.ptr));
        /* the table's rows as printed, for the review view: cells split by
         * "|" (a "|" inside a cell becomes a broken bar) */
        for (size_t r = 0; r < t->nrows; r++) {
            const xc_src_row *row = &t->rows[r];
            xc_buf_clear(&pi);
            xc_buf_printf(&pi, "table=\"%zu\" row=\"%zu\" line=\"%d\" label=\"", i + 1, r + 1,
                          row->line);
            pi_value(&pi, row->label);
            xc_buf_puts(&pi, "\" cells=\"");
            for (size_t k = 0; k < t->ncols; k++) {
                if (k)
                    xc_buf_putc(&pi, '|');
                pi_value(&pi, row->cells ? row->cells[k] : NULL);
            }
            xc_buf_putc(&pi, '"');
            xmlAddChild(root, xmlNewDocPI(doc, (const xmlChar *)"xbrlconv-row",
                                          (const xmlChar *)pi.ptr));
        }
        xc_buf_free(&pi);
    }

    /* the conversion's findings, for the check view */
    for (size_t i = 0; d && i < d->n; i++) {
        const xc_diagnostic *x = &d->items[i];
        if (x->severity == XC_NOTE)
            continue;
        xc_buf pi = {0};
        xc_buf_printf(&pi, "severity=\"%s\" code=\"%s\" line=\"%d\" message=\"",
                      x->severity == XC_ERROR ? "error" : "warning", xc_diag_code_name(x->code),
                      x->line);
        pi_value(&pi, x->message);
        xc_buf_putc(&pi, '"');
        xmlAddChild(root, xmlNewDocPI(doc, (const xmlChar *)"xbrlconv-finding",
                                      (const xmlChar *)pi.ptr));
        xc_buf_free(&pi);
    }

    char a[16];
    for (size_t i = 0; i < m->ncontexts; i++) {
        const xc_context *c = &m->contexts[i];
        xmlNodePtr cx = xmlNewChild(root, xbrli, (const xmlChar *)"context", NULL);
        xmlNewProp(cx, (const xmlChar *)"id", (const xmlChar *)c->id);
        xmlNodePtr ent = xmlNewChild(cx, xbrli, (const xmlChar *)"entity", NULL);
        const char *ident = c->identifier ? c->identifier
                            : m->cik      ? m->cik
                            : m->ticker   ? m->ticker
                                          : "unknown";
        const char *scheme = c->scheme ? c->scheme
                             : m->cik  ? "http://www.sec.gov/CIK"
                                       : "urn:xbrlconv:entity";
        xmlNodePtr idn = add(ent, xbrli, "identifier", ident);
        xmlNewProp(idn, (const xmlChar *)"scheme", (const xmlChar *)scheme);
        xmlNodePtr seg = NULL, scen = NULL;
        for (size_t k = 0; k < c->ndims; k++) {
            const xc_dim *dm = &c->dims[k];
            xmlNodePtr *box = dm->scenario ? &scen : &seg;
            if (!*box)
                *box = dm->scenario ? xmlNewNode(xbrli, (const xmlChar *)"scenario")
                                    : xmlNewChild(ent, xbrli, (const xmlChar *)"segment", NULL);
            ns_of(root, m, dm->axis);
            xmlNodePtr em;
            if (dm->typed_el) {
                em = xmlNewChild(*box, xbrldi, (const xmlChar *)"typedMember", NULL);
                xmlNsPtr tns = ns_of(root, m, dm->typed_el);
                const char *tl = strchr(dm->typed_el, ':') ? strchr(dm->typed_el, ':') + 1
                                                           : dm->typed_el;
                add(em, tns, tl, dm->member);
            } else {
                ns_of(root, m, dm->member);
                em = add(*box, xbrldi, "explicitMember", dm->member);
            }
            xmlNewProp(em, (const xmlChar *)"dimension", (const xmlChar *)dm->axis);
        }
        xmlNodePtr per = xmlNewChild(cx, xbrli, (const xmlChar *)"period", NULL);
        if (c->type == XC_PERIOD_INSTANT) {
            add(per, xbrli, "instant", xc_date_format(c->end, a));
        } else if (c->type == XC_PERIOD_DURATION) {
            add(per, xbrli, "startDate", xc_date_format(c->start, a));
            add(per, xbrli, "endDate", xc_date_format(c->end, a));
        } else {
            xmlNewChild(per, xbrli, (const xmlChar *)"forever", NULL);
        }
        if (scen)
            xmlAddChild(cx, scen);
    }
    for (size_t i = 0; i < m->nunits; i++) {
        const xc_unit *u = &m->units[i];
        xmlNodePtr un = xmlNewChild(root, xbrli, (const xmlChar *)"unit", NULL);
        xmlNewProp(un, (const xmlChar *)"id", (const xmlChar *)u->id);
        if (u->den) {
            xmlNodePtr dv = xmlNewChild(un, xbrli, (const xmlChar *)"divide", NULL);
            measures(xmlNewChild(dv, xbrli, (const xmlChar *)"unitNumerator", NULL), xbrli, u->num);
            measures(xmlNewChild(dv, xbrli, (const xmlChar *)"unitDenominator", NULL), xbrli,
                     u->den);
        } else {
            measures(un, xbrli, u->num);
        }
    }
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        xmlNsPtr ns = ns_of(root, m, f->concept);
        if (!ns) {
            xc_diag_add(d, XC_ERROR, XC_EINTERNAL, f->prov.source, f->prov.line, f->prov.col,
                        "concept %s has no namespace", f->concept);
            xmlFreeDoc(doc);
            return NULL;
        }
        const char *local = strchr(f->concept, ':') + 1;
        char v[32];
        xmlNodePtr el = add(root, ns, local,
                            f->nil       ? NULL
                            : f->numeric ? xc_decimal_format(f->value, v)
                                         : f->text);
        if (f->nil)
            xmlNewNsProp(el, xsi, (const xmlChar *)"nil", (const xmlChar *)"true");
        char idb[24];
        snprintf(idb, sizeof(idb), "f%zu", i + 1);
        xmlNewProp(el, (const xmlChar *)"id", (const xmlChar *)idb);
        xmlNewProp(el, (const xmlChar *)"contextRef",
                   (const xmlChar *)m->contexts[f->context].id);
        if (f->unit != XC_NONE)
            xmlNewProp(el, (const xmlChar *)"unitRef", (const xmlChar *)m->units[f->unit].id);
        if (f->numeric && !f->nil) {
            char dec[16];
            if (f->decimals_inf)
                strcpy(dec, "INF");
            else
                snprintf(dec, sizeof(dec), "%d", f->decimals);
            xmlNewProp(el, (const xmlChar *)"decimals", (const xmlChar *)dec);
        }
        if (f->label)
            xmlNewNsProp(el, xc, (const xmlChar *)"label", (const xmlChar *)f->label);
        if (f->prov.line) {
            char num[16];
            snprintf(num, sizeof(num), "%d", f->prov.line);
            xmlNewNsProp(el, xc, (const xmlChar *)"line", (const xmlChar *)num);
            snprintf(num, sizeof(num), "%d", f->prov.col);
            xmlNewNsProp(el, xc, (const xmlChar *)"col", (const xmlChar *)num);
            snprintf(num, sizeof(num), "%d", f->prov.table);
            xmlNewNsProp(el, xc, (const xmlChar *)"table", (const xmlChar *)num);
            if (f->prov.row) {
                snprintf(num, sizeof(num), "%d", f->prov.row);
                xmlNewNsProp(el, xc, (const xmlChar *)"rowno", (const xmlChar *)num);
            }
        }
        if (f->prov.row_label)
            xmlNewNsProp(el, xc, (const xmlChar *)"row", (const xmlChar *)f->prov.row_label);
        if (f->prov.cell)
            xmlNewNsProp(el, xc, (const xmlChar *)"cell", (const xmlChar *)f->prov.cell);
        if (f->prov.rule) {
            xmlNewNsProp(el, xc, (const xmlChar *)"rule", (const xmlChar *)f->prov.rule);
            char num[16];
            snprintf(num, sizeof(num), "%d", f->prov.confidence);
            xmlNewNsProp(el, xc, (const xmlChar *)"confidence", (const xmlChar *)num);
        }
    }
    if (m->nnotes)
        footnote_link(m, root, link, xlink);
    return doc;
}

int xc_write_xbrl(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    xmlDocPtr doc = xc_xbrl_build(m, d);
    if (!doc)
        return -XC_EINTERNAL;
    if (opt && opt->xml_stylesheet) {
        /* a browser that opens the instance renders it with this XSLT */
        xc_buf pi = {0};
        xc_buf_puts(&pi, "type=\"text/xsl\" href=\"");
        for (const char *p = opt->xml_stylesheet; *p; p++)
            if (*p != '"' && !(*p == '?' && p[1] == '>'))
                xc_buf_putc(&pi, *p);
        xc_buf_putc(&pi, '"');
        xmlAddPrevSibling(xmlDocGetRootElement(doc),
                          xmlNewDocPI(doc, (const xmlChar *)"xml-stylesheet",
                                      (const xmlChar *)pi.ptr));
        xc_buf_free(&pi);
    }
    xmlChar *mem = NULL;
    int size = 0;
    xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
    xmlFreeDoc(doc);
    if (!mem)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, NULL, 0, 0, "cannot serialise the instance");
    xc_sink_write(out, (const char *)mem, (size_t)size);
    xmlFree(mem);
    return 0;
}
