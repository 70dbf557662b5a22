/* render.c: HTML through XSLT. The instance that write_xbrl.c builds goes
 * into xsltApplyStylesheet (xsltproc's path); security preferences forbid
 * the stylesheet to write files, create directories or reach the network
 * (xsltproc --nowrite --nonet). */
#include "writers.h"

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <stdarg.h>
#include <string.h>

static xc_buf xslt_errors;

static void collect_error(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    if (xslt_errors.len < 4000)
        xc_buf_puts(&xslt_errors, tmp);
}

static int forbid(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value)
{
    (void)sec;
    (void)value;
    xsltTransformError(ctxt, NULL, NULL, "xbrlconv: the stylesheet may not do this\n");
    return 0;
}

/* Reading local files through document() is allowed; network URLs are
 * not. */
static int read_local_only(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt,
                           const char *value)
{
    (void)sec;
    if (value && (strstr(value, "://") && strncmp(value, "file://", 7))) {
        xsltTransformError(ctxt, NULL, NULL, "xbrlconv: network access refused: %s\n", value);
        return 0;
    }
    return 1;
}

/* Imports and includes of a stylesheet are read from local files only. */
static xmlExternalEntityLoader default_loader;

static xmlParserInputPtr local_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    if (url && strstr(url, "://") && strncmp(url, "file://", 7)) {
        if (xslt_errors.len < 4000)
            xc_buf_printf(&xslt_errors, "network access refused: %s\n", url);
        return NULL;
    }
    return default_loader(url, id, ctxt);
}

static xsltSecurityPrefsPtr security(void)
{
    xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();
    xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, forbid);
    xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, forbid);
    xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, forbid);
    xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, forbid);
    xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, read_local_only);
    return sec;
}

static void last_line(const char *msg, char *out, size_t n)
{
    /* the line that says what xbrlconv refused, else the first non-empty
     * line of libxslt's messages */
    const char *p = strstr(msg, "refused");
    if (p) {
        while (p > msg && p[-1] != '\n')
            p--;
    } else {
        p = msg;
    }
    while (*p == '\n')
        p++;
    size_t k = 0;
    while (p[k] && p[k] != '\n' && k + 1 < n) {
        out[k] = p[k];
        k++;
    }
    out[k] = '\0';
}

int xc_write_html(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    xc_buf path = {0};
    if (opt && opt->stylesheet)
        xc_buf_puts(&path, opt->stylesheet);
    else
        xc_buf_printf(&path, "%s/page.xsl", opt && opt->xslt_dir ? opt->xslt_dir : "xslt");
    int rc = 0;
    xsltStylesheetPtr style = NULL;
    xmlDocPtr doc = NULL, res = NULL;
    xsltTransformContextPtr ctxt = NULL;
    xsltSecurityPrefsPtr sec = security();
    xmlChar *mem = NULL;
    int size = 0;
    char msg[400];

    xc_buf_clear(&xslt_errors);
    xsltSetGenericErrorFunc(NULL, collect_error);
    xmlSetGenericErrorFunc(NULL, collect_error);

    default_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(local_loader);
    xmlDocPtr sdoc = xmlReadFile(path.ptr, NULL, XML_PARSE_NONET);
    if (!sdoc) {
        last_line(xslt_errors.ptr ? xslt_errors.ptr : "not XML", msg, sizeof(msg));
        rc = xc_diag_add(d, XC_ERROR, XC_EXSLT, path.ptr, 0, 0, "stylesheet does not parse: %s",
                         msg);
        goto out;
    }
    style = xsltParseStylesheetDoc(sdoc);
    if (!style || style->errors) {
        if (!style)
            xmlFreeDoc(sdoc);
        last_line(xslt_errors.ptr ? xslt_errors.ptr : "invalid XSLT", msg, sizeof(msg));
        rc = xc_diag_add(d, XC_ERROR, XC_EXSLT, path.ptr, 0, 0, "stylesheet is not valid XSLT: %s",
                         msg);
        goto out;
    }
    doc = xc_xbrl_build(m, d);
    if (!doc) {
        rc = -XC_EINTERNAL;
        goto out;
    }
    ctxt = xsltNewTransformContext(style, doc);
    if (!ctxt) {
        rc = xc_diag_add(d, XC_ERROR, XC_EXSLT, path.ptr, 0, 0, "cannot start the transform");
        goto out;
    }
    xsltSetCtxtSecurityPrefs(sec, ctxt);
    res = xsltApplyStylesheetUser(style, doc, NULL, NULL, NULL, ctxt);
    if (!res || ctxt->state != XSLT_STATE_OK) {
        last_line(xslt_errors.ptr ? xslt_errors.ptr : "transform failed", msg, sizeof(msg));
        rc = xc_diag_add(d, XC_ERROR, XC_EXSLT, path.ptr, 0, 0, "stylesheet failed: %s", msg);
        goto out;
    }
    if (xsltSaveResultToString(&mem, &size, res, style) < 0 || !mem) {
        rc = xc_diag_add(d, XC_ERROR, XC_EXSLT, path.ptr, 0, 0, "cannot serialise the result");
        goto out;
    }
    xc_sink_write(out, (const char *)mem, (size_t)size);
out:
    xmlFree(mem);
    if (ctxt)
        xsltFreeTransformContext(ctxt);
    xmlFreeDoc(res);
    xmlFreeDoc(doc);
    if (style)
        xsltFreeStylesheet(style);
    xsltFreeSecurityPrefs(sec);
    xsltSetGenericErrorFunc(NULL, NULL);
    xmlSetGenericErrorFunc(NULL, NULL);
    xmlSetExternalEntityLoader(default_loader);
    xc_buf_free(&xslt_errors);
    xc_buf_free(&path);
    return rc;
}
