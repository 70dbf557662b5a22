/* read_ixbrl.c: placeholder until the inline XBRL reader lands. */
#include "model.h"
#include "readers.h"

int xc_read_ixbrl(const char *name, const char *raw, size_t n, xc_model *m, xc_diag *d)
{
    (void)raw;
    (void)n;
    (void)m;
    return xc_diag_add(d, XC_ERROR, XC_EUSAGE, name, 0, 0, "inline XBRL is not read yet");
}

int xc_sniff_ixbrl(const char *buf, size_t len)
{
    (void)buf;
    (void)len;
    return 0;
}
