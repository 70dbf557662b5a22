/* xmlsafe.c: see xmlsafe.h. */
#include "xmlsafe.h"
#include "util.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <string.h>

int xc_xml_guard(const char *name, const char *raw, size_t n, xc_diag *d)
{
    /* the prolog: up to the first element that is not a declaration */
    size_t lim = n < 65536 ? n : 65536;
    const char *dt = xc_memcasemem(raw, lim, "<!DOCTYPE");
    if (!dt)
        return 0;
    if (xc_memcasemem(dt, lim - (size_t)(dt - raw), "<!ENTITY"))
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 1, 1,
                           "the document type declares entities; refused (XBRL needs no "
                           "DTD, and entity expansion is a known attack)");
    return 0;
}

static xc_diag *cur_diag;
static const char *cur_name;
static int cur_errors;

static void structured(void *ctx, const xmlError *e)
{
    (void)ctx;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    cur_errors++;
    if (cur_errors > 5)
        return; /* the first few say what is wrong */
    char msg[300];
    snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "XML error");
    size_t k = strlen(msg);
    while (k && (msg[k - 1] == '\n' || msg[k - 1] == ' '))
        msg[--k] = '\0';
    xc_diag_add(cur_diag, XC_ERROR, XC_EPARSE, cur_name, e->line, e->int2, "XML: %s", msg);
}

static xmlParserInputPtr refuse_entities(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    (void)ctxt;
    if (cur_diag)
        xc_diag_add(cur_diag, XC_WARNING, XC_EPARSE, cur_name, 0, 0,
                    "external resource not loaded: %s", url ? url : "?");
    return NULL;
}

static xmlExternalEntityLoader saved_loader;

void xc_xml_begin(const char *name, xc_diag *d)
{
    cur_diag = d;
    cur_name = name;
    cur_errors = 0;
    saved_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(refuse_entities);
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)structured);
}

int xc_xml_end(void)
{
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (saved_loader)
        xmlSetExternalEntityLoader(saved_loader);
    cur_diag = NULL;
    return cur_errors;
}

char *xc_xml_fragment_text(const char *fragment)
{
    xc_buf b = {0};
    xc_buf_puts(&b, "<x xmlns=\"http://www.w3.org/1999/xhtml\">");
    xc_buf_puts(&b, fragment);
    xc_buf_puts(&b, "</x>");
    xmlDocPtr doc = xmlReadMemory(b.ptr, (int)b.len, "note", "UTF-8", XC_XML_OPTIONS);
    xc_buf_free(&b);
    if (!doc)
        return NULL;
    xmlChar *t = xmlNodeGetContent(xmlDocGetRootElement(doc));
    xmlFreeDoc(doc);
    char *out = t ? xc_xstrdup((const char *)t) : NULL;
    xmlFree(t);
    return out;
}
