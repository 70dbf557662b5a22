/* readers.c: the reader table. */
#include "readers.h"

#include <string.h>

const xc_reader xc_readers[] = {
    {"text", "plain-text release with fixed-width tables (EDGAR .txt exhibits)",
     xc_sniff_text, xc_read_text, NULL, 0},
    {"html", "HTML exhibit: <table>s, split $ and () cells, colspans", xc_sniff_html,
     xc_read_html, NULL, 0},
    {"edgar", "EDGAR full submission or <DOCUMENT>-wrapped exhibit: reads the EX-99s",
     xc_sniff_edgar, xc_read_edgar, NULL, 0},
    {"xbrl", "XBRL 2.1 instance (streamed)", xc_sniff_xbrl, NULL, xc_read_xbrl, 1},
    {"ixbrl", "inline XBRL (ix:nonFraction, ix:nonNumeric, ix:header)", xc_sniff_ixbrl, NULL,
     xc_read_ixbrl, 0},
    {"xbrl-json", "xBRL-JSON report (OIM 1.0)", xc_sniff_oim_json, NULL, xc_read_oim_json, 0},
    {NULL, NULL, NULL, NULL, NULL, 0}};

const xc_reader *xc_reader_find(const char *name)
{
    for (const xc_reader *r = xc_readers; r->name; r++)
        if (!strcmp(r->name, name))
            return r;
    return NULL;
}

const xc_reader *xc_reader_sniff(const char *buf, size_t len)
{
    const xc_reader *best = NULL;
    int score = 0;
    for (const xc_reader *r = xc_readers; r->name; r++) {
        int s = r->sniff(buf, len);
        if (s > score) {
            score = s;
            best = r;
        }
    }
    return best;
}
