/* diag.c: see diag.h. */
#include "diag.h"
#include "util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void xc_diag_init(xc_diag *d)
{
    memset(d, 0, sizeof(*d));
}

void xc_diag_free(xc_diag *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++) {
        free(d->items[i].source);
        free(d->items[i].message);
    }
    free(d->items);
    memset(d, 0, sizeof(*d));
}

int xc_diag_add(xc_diag *d, xc_severity sev, int code, const char *source,
                int line, int col, const char *fmt, ...)
{
    if (!d)
        return -code;
    XC_GROW(d->items, d->cap, d->n + 1);
    xc_diagnostic *it = &d->items[d->n++];
    it->severity = sev;
    it->code = code;
    it->source = source ? xc_xstrdup(source) : NULL;
    it->line = line;
    it->col = col;
    xc_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    char tmp[1024];
    vsnprintf(tmp, sizeof(tmp), fmt, ap);
    va_end(ap);
    xc_buf_puts(&b, tmp);
    it->message = xc_buf_detach(&b);
    if (sev == XC_ERROR)
        d->errors++;
    else if (sev == XC_WARNING)
        d->warnings++;
    return -code;
}

const char *xc_diag_code_name(int code)
{
    static const char *names[] = {
        "XC_OK",       "XC_EIO",       "XC_EENCODING", "XC_EPARSE",
        "XC_ENOTABLE", "XC_EOVERFLOW", "XC_ETAXONOMY", "XC_EWRITE",
        "XC_EXSLT",    "XC_EUSAGE",    "XC_EINTERNAL", "XC_ECHECK", "XC_EINEXACT"};
    if (code < 0)
        code = -code;
    if (code >= (int)(sizeof(names) / sizeof(names[0])))
        return "XC_EINTERNAL";
    return names[code];
}
