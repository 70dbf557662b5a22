/* writers.c: the writer table and helpers shared by writers. */
#include "writers.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

const xc_writer xc_writers[] = {
    {"xbrl", "XBRL 2.1 instance document", "xbrl", xc_write_xbrl, 0},
    {"json", "xBRL-JSON report (OIM 1.0)", "json", xc_write_json, 0},
    {"csv", "one row per fact, RFC 4180, for COPY ... CSV HEADER", "csv", xc_write_csv, 0},
    {"documents", "one row per release for the documents table of docs/schema.sql",
     "documents.csv", xc_write_documents, 0},
    {"num", "SEC Financial Statement Data Sets num.txt: one row per value", "num.txt",
     xc_write_num, 0},
    {"sub", "SEC Financial Statement Data Sets sub.txt: the submission", "sub.txt",
     xc_write_sub, 0},
    {"tag", "SEC Financial Statement Data Sets tag.txt: the tags used", "tag.txt",
     xc_write_tag, 0},
    {"ndjson", "one JSON object per fact and line, for streams and jq", "ndjson",
     xc_write_ndjson, 1},
    {"html", "statements for people, through xslt/statements.xsl", "html", xc_write_html, 0},
    {NULL, NULL, NULL, NULL, 0}};

const xc_writer *xc_writer_find(const char *name)
{
    for (const xc_writer *w = xc_writers; w->name; w++)
        if (!strcmp(w->name, name))
            return w;
    return NULL;
}

/* The length of s's first run (of n bytes) that JSON takes as it is: no
 * control byte, quote or backslash. Eight bytes at a time. */
static size_t json_plain_run(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
        /* a byte below 0x20 (not one of 0x80 and up), a '"' or a '\\' */
        if (((w - ones * 0x20) & ~w & highs) || ((q - ones) & ~q & highs) ||
            ((b - ones) & ~b & highs))
            break;
    }
    while (i < n && (unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\')
        i++;
    return i;
}

void xc_json_string(xc_sink *out, const char *s)
{
    xc_sink_write(out, "\"", 1);
    size_t n = strlen(s);
    while (n) {
        /* a run that needs no escape goes out in one write */
        size_t k = json_plain_run(s, n);
        if (k) {
            xc_sink_write(out, s, k);
            s += k;
            n -= k;
            continue;
        }
        unsigned char c = (unsigned char)*s++;
        n--;
        switch (c) {
        case '"':
            xc_sink_write(out, "\\\"", 2);
            break;
        case '\\':
            xc_sink_write(out, "\\\\", 2);
            break;
        case '\n':
            xc_sink_write(out, "\\n", 2);
            break;
        case '\r':
            xc_sink_write(out, "\\r", 2);
            break;
        case '\t':
            xc_sink_write(out, "\\t", 2);
            break;
        default: {
            char esc[8];
            snprintf(esc, sizeof(esc), "\\u%04x", c);
            xc_sink_write(out, esc, 6);
        }
        }
    }
    xc_sink_write(out, "\"", 1);
}

void xc_oim_period(const xc_context *c, char *buf, size_t n)
{
    /* by hand, not printf: a large instance has thousands of contexts */
    char tmp[64], d[16];
    size_t k = 0;
    if (c->type == XC_PERIOD_DURATION) {
        k = strlen(xc_date_format(c->start, d));
        memcpy(tmp, d, k);
        memcpy(tmp + k, "T00:00:00/", 10);
        k += 10;
    }
    if (c->type == XC_PERIOD_DURATION || c->type == XC_PERIOD_INSTANT) {
        size_t e = strlen(xc_date_format(c->end + 1, d));
        memcpy(tmp + k, d, e);
        memcpy(tmp + k + e, "T00:00:00", 9);
        k += e + 9;
    }
    if (n) {
        k = k < n ? k : n - 1;
        memcpy(buf, tmp, k);
        buf[k] = '\0';
    }
}

/* OIM unit strings: measures joined by "*", a denominator after "/", and
 * parentheses around a side with several measures. */
const char *xc_unit_string(const xc_unit *u, char *buf, size_t n)
{
    int pn = strchr(u->num, '*') != NULL && u->den;
    int pd = u->den && strchr(u->den, '*') != NULL;
    if (u->den)
        snprintf(buf, n, "%s%s%s/%s%s%s", pn ? "(" : "", u->num, pn ? ")" : "", pd ? "(" : "",
                 u->den, pd ? ")" : "");
    else
        snprintf(buf, n, "%s", u->num);
    return buf;
}
