/* read_edgar.c: EDGAR full submissions (.txt) and exhibits that keep their
 * <DOCUMENT> wrapper.
 *
 * A submission is an SGML header (<SEC-HEADER>: ACCESSION NUMBER,
 * CONFORMED SUBMISSION TYPE, COMPANY CONFORMED NAME, CENTRAL INDEX KEY,
 * CONFORMED PERIOD OF REPORT, FILED AS OF DATE) and <DOCUMENT>s, each with
 * <TYPE>, <FILENAME> and <TEXT>. The press release is the EX-99.x
 * exhibits: each is read as HTML or text into the same table list, so a
 * release split over several exhibits yields one fact set. The 8-K body,
 * graphics, uuencoded files, XBRL files and ZIPs are skipped; --document
 * TYPE picks another document.
 */
#include "readers.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The value of "KEY:<tabs>value" in the header, first occurrence. */
static char *header_value(const char *h, size_t n, const char *key)
{
    const char *p = xc_memcasemem(h, n, key);
    if (!p)
        return NULL;
    p += strlen(key);
    while (p < h + n && (*p == ' ' || *p == '\t'))
        p++;
    const char *e = p;
    while (e < h + n && *e != '\n' && *e != '\r')
        e++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    return e > p ? xc_xstrndup(p, (size_t)(e - p)) : NULL;
}

/* The text after "<TAG>" up to the end of its line. */
static char *tag_value(const char *s, const char *end, const char *tag)
{
    const char *p = xc_memcasemem(s, (size_t)(end - s), tag);
    if (!p)
        return NULL;
    p += strlen(tag);
    const char *e = p;
    while (e < end && *e != '\n' && *e != '<')
        e++;
    while (e > p && xc_isspace((unsigned char)e[-1]))
        e--;
    return xc_xstrndup(p, (size_t)(e - p));
}

static int lines_before(const xc_text *t, const char *p)
{
    return xc_text_line_of(t, (size_t)(p - t->data)) - 1;
}

/* Uuencoded ("begin 644 name") or binary content is not a release. */
static int is_encoded(const char *s, const char *end)
{
    while (s < end && xc_isspace((unsigned char)*s))
        s++;
    if (end - s > 6 && !strncmp(s, "begin ", 6))
        return 1;
    return end - s > 4 && (!strncmp(s, "%PDF", 4) || !strncmp(s, "PK", 2));
}

static int wanted(const char *type, const char *want)
{
    if (!type)
        return 0;
    if (!want)
        want = "EX-99";
    /* "EX-99" takes EX-99, EX-99.1, EX-99.2 ...; "8-K" only 8-K */
    size_t n = strlen(want);
    return xc_strncaseeq(type, want, n) && (type[n] == '\0' || type[n] == '.');
}

int xc_read_edgar(const xc_text *text, xc_doc *doc, xc_diag *d)
{
    const char *data = text->data;
    size_t len = text->len;
    const char *hs = xc_memcasemem(data, len, "<SEC-HEADER>");
    if (!hs)
        hs = xc_memcasemem(data, len, "<IMS-HEADER>");
    if (hs) {
        const char *he = xc_memcasemem(hs, len - (size_t)(hs - data), "</SEC-HEADER>");
        if (!he)
            he = xc_memcasemem(hs, len - (size_t)(hs - data), "</IMS-HEADER>");
        size_t hn = he ? (size_t)(he - hs) : (len - (size_t)(hs - data) < 20000
                                                  ? len - (size_t)(hs - data)
                                                  : 20000);
        if (!he)
            xc_diag_add(d, XC_WARNING, XC_EPARSE, text->name, lines_before(text, hs) + 1, 1,
                        "SGML header has no </SEC-HEADER>");
        /* several filers (a holding company and its subsidiaries): the one
         * whose CIK begins the accession number filed it; else the first */
        char *acc = header_value(hs, hn, "ACCESSION NUMBER:");
        const char *q = hs;
        while ((q = xc_memcasemem(q, hn - (size_t)(q - hs), "COMPANY CONFORMED NAME:")) != NULL) {
            size_t rest = hn - (size_t)(q - hs);
            const char *next = xc_memcasemem(q + 23, rest - 23, "COMPANY CONFORMED NAME:");
            if (next)
                rest = (size_t)(next - q);
            char *name = header_value(q, rest, "COMPANY CONFORMED NAME:");
            char *cik = header_value(q, rest, "CENTRAL INDEX KEY:");
            char *fye = header_value(q, rest, "FISCAL YEAR END:");
            int submitter = acc && cik && strlen(acc) >= 10 && !strncmp(acc, cik, 10);
            if (!doc->cik || submitter) {
                free(doc->cik);
                free(doc->company);
                free(doc->fiscal_year_end);
                doc->cik = cik;
                doc->company = name;
                doc->fiscal_year_end = fye;
                cik = name = fye = NULL;
            }
            free(cik);
            free(name);
            free(fye);
            q += 23;
        }
        free(doc->accession);
        doc->accession = acc;
        doc->form_type = header_value(hs, hn, "CONFORMED SUBMISSION TYPE:");
        doc->filed = header_value(hs, hn, "FILED AS OF DATE:");
        doc->period = header_value(hs, hn, "CONFORMED PERIOD OF REPORT:");
    }

    int found = 0, read = 0, ndocs = 0;
    xc_buf types = {0};
    char *first = NULL; /* the first document's type: the form's body */
    const char *p = data, *end = data + len;
    while ((p = xc_memcasemem(p, (size_t)(end - p), "<DOCUMENT>")) != NULL) {
        const char *de = xc_memcasemem(p, (size_t)(end - p), "</DOCUMENT>");
        /* a document that never closes ends where the next one opens */
        const char *next = xc_memcasemem(p + 10, (size_t)(end - p - 10), "<DOCUMENT>");
        if (de && next && next < de)
            de = NULL;
        const char *dend = de ? de : next ? next : end;
        int line = lines_before(text, p) + 1;
        ndocs++;
        char *type = tag_value(p, dend, "<TYPE>");
        if (!de)
            xc_diag_add(d, XC_WARNING, XC_EPARSE, text->name, line, 1,
                        "document %s is truncated (no </DOCUMENT>)", type ? type : "?");
        if (type && !first)
            first = xc_xstrdup(type);
        if (type) {
            if (types.len)
                xc_buf_puts(&types, ", ");
            xc_buf_puts(&types, type);
        }
        if (!wanted(type, doc->document)) {
            free(type);
            p = dend;
            continue;
        }
        const char *ts = xc_memcasemem(p, (size_t)(dend - p), "<TEXT>");
        if (!ts) {
            xc_diag_add(d, XC_WARNING, XC_EPARSE, text->name, line, 1,
                        "document %s has no <TEXT>; skipped", type);
            free(type);
            p = dend;
            continue;
        }
        ts += 6;
        const char *te = xc_memcasemem(ts, (size_t)(dend - ts), "</TEXT>");
        if (!te)
            te = dend;
        if (is_encoded(ts, te)) {
            xc_diag_add(d, XC_NOTE, XC_EPARSE, text->name, line, 1,
                        "document %s is encoded (uuencode, PDF or ZIP); skipped", type);
            free(type);
            p = dend;
            continue;
        }
        /* the document as its own text, its lines counted in the file */
        xc_text sub;
        memset(&sub, 0, sizeof(sub));
        sub.name = xc_xstrdup(text->name);
        sub.data = xc_xstrndup(ts, (size_t)(te - ts));
        sub.len = (size_t)(te - ts);
        sub.line_offset = lines_before(text, ts) + text->line_offset;
        xc_text_index_lines(&sub);
        int rc = xc_sniff_html(sub.data, sub.len) >= 40 ? xc_read_html(&sub, doc, d)
                                                        : xc_read_text(&sub, doc, d);
        if (rc > 0)
            found += rc;
        read++;
        /* metadata (ticker, release date) comes from the release itself */
        if (xc_sniff_html(sub.data, sub.len) < 40) {
            xc_buf all = {0};
            if (doc->plain)
                xc_buf_puts(&all, doc->plain);
            xc_buf_puts(&all, sub.data);
            free(doc->plain);
            doc->plain = xc_buf_detach(&all);
        }
        free(sub.name);
        free(sub.data);
        free(sub.lines);
        free(type);
        p = dend;
    }
    if (ndocs == 0) {
        free(first);
        xc_buf_free(&types);
        /* a header without documents: nothing to read */
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, text->name, 0, 0,
                           "EDGAR submission holds no <DOCUMENT>");
    }
    if (read == 0) {
        /* (the body is not read unasked: most 8-Ks with no exhibit are
         * no release, and their cover pages read as tables) */
        int hint = !doc->document && first;
        xc_diag_add(d, XC_ERROR, XC_ENOTABLE, text->name, 0, 0,
                    "no %s document to read (documents: %s)%s%s%s",
                    doc->document ? doc->document : "EX-99 press release",
                    types.len ? types.ptr : "none", hint ? "; --document " : "",
                    hint ? first : "", hint ? " reads the filing's body" : "");
        free(first);
        xc_buf_free(&types);
        return -XC_ENOTABLE;
    }
    free(first);
    xc_buf_free(&types);
    return found;
}

int xc_sniff_edgar(const char *buf, size_t len)
{
    size_t n = len < 4096 ? len : 4096, i = 0;
    while (i < n && xc_isspace((unsigned char)buf[i]))
        i++;
    /* the wrapper first: whatever its documents are (an XBRL instance
     * first among them is still one document of the submission) */
    if (n - i >= 14 && (xc_strncaseeq(buf + i, "<SEC-DOCUMENT>", 14) ||
                        xc_strncaseeq(buf + i, "<SEC-HEADER>", 12) ||
                        xc_strncaseeq(buf + i, "<IMS-DOCUMENT>", 14)))
        return 99;
    if (xc_memcasemem(buf, n, "<SEC-DOCUMENT>") || xc_memcasemem(buf, n, "<SEC-HEADER>") ||
        xc_memcasemem(buf, n, "<IMS-DOCUMENT>"))
        return 90;
    const char *p = xc_memcasemem(buf, n, "<DOCUMENT>");
    if (p && xc_memcasemem(p, n - (size_t)(p - buf), "<TYPE>"))
        return 80;
    return 0;
}
