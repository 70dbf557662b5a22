/* write_fsds.c: the SEC Financial Statement Data Sets layout (sub.txt,
 * num.txt, tag.txt: tab separated, a header line, LF line ends), so loaders
 * of the SEC's quarterly files read xbrlconv's output. One writer per table;
 * in a batch each input gets NAME.num.txt and so on (docs/formats.md shows
 * how to merge them). The columns follow ../shared/reference/xbrl-json-csv.md:
 * num.txt in its current layout (adsh tag version ddate qtrs uom segments
 * coreg value footnote).
 */
#include "sha256.h"
#include "taxonomy.h"
#include "writers.h"

#include <stdio.h>
#include <string.h>

/* The submission key: the EDGAR accession number, else the first 20 hex
 * digits of the input's SHA-256 (stable across runs). */
static void adsh(const xc_model *m, char out[32])
{
    if (m->accession) {
        snprintf(out, 32, "%s", m->accession);
        return;
    }
    char hex[65] = "";
    if (!m->source || xc_sha256_file(m->source, hex) < 0) {
        xc_sha256 s;
        xc_sha256_init(&s);
        if (m->source)
            xc_sha256_update(&s, m->source, strlen(m->source));
        xc_sha256_hex(&s, hex);
    }
    snprintf(out, 32, "%.20s", hex);
}

/* Writes s with tabs and line breaks as spaces, cut at max bytes. */
static void tsv(xc_sink *out, const char *s, size_t max, int last)
{
    size_t n = 0;
    for (; s && *s && n < max; s++, n++) {
        char c = *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s;
        xc_sink_write(out, &c, 1);
    }
    xc_sink_puts(out, last ? "\n" : "\t");
}

static void yyyymmdd(xc_date t, char buf[16])
{
    int y, mo, d;
    if (t == XC_NODATE) {
        buf[0] = '\0';
        return;
    }
    xc_date_split(t, &y, &mo, &d);
    snprintf(buf, 16, "%04d%02d%02d", y, mo, d);
}

/* A date rounded to the nearest month end, as the data sets' ddate. */
static xc_date nearest_month_end(xc_date t)
{
    int y, mo, d;
    xc_date_split(t, &y, &mo, &d);
    xc_date end = xc_date_add_months(xc_date_make(y, mo, 1), 1) - 1;
    xc_date prev = xc_date_make(y, mo, 1) - 1;
    return end - t <= t - prev ? end : prev;
}

static int is_standard(const xc_model *m, const char *qname)
{
    const char *uri = xc_model_qname_uri(m, qname);
    return uri && (strstr(uri, "fasb.org/us-gaap") || strstr(uri, "xbrl.sec.gov/dei"));
}

/* "us-gaap/2025" for a standard tag, the adsh for a custom one. */
static void tag_version(const xc_model *m, const char *qname, const char *key, char out[64])
{
    if (!is_standard(m, qname)) {
        snprintf(out, 64, "%s", key);
        return;
    }
    const char *c = strchr(qname, ':');
    char pfx[32];
    snprintf(pfx, sizeof(pfx), "%.*s", (int)(c - qname), qname);
    const char *uri = xc_model_ns_uri(m, pfx);
    const char *y = uri ? strrchr(uri, '/') : NULL;
    snprintf(out, 64, "%s/%s", pfx, y ? y + 1 : "2025");
}

int xc_write_sub(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)opt;
    (void)d;
    xc_sink_puts(out, "adsh\tcik\tname\tsic\tcountryba\tstprba\tcityba\tzipba\tbas1\tbas2\tbaph\t"
                      "countryma\tstprma\tcityma\tzipma\tmas1\tmas2\tcountryinc\tstprinc\tein\t"
                      "former\tchanged\tafs\twksi\tfye\tform\tperiod\tfy\tfp\tfiled\taccepted\t"
                      "prevrpt\tdetail\tinstance\tnciks\taciks\n");
    char key[32], buf[32];
    adsh(m, key);
    tsv(out, key, 20, 0);
    /* cik is a number in the data sets: no leading zeros */
    const char *cik = m->cik ? m->cik : "";
    while (*cik == '0' && cik[1])
        cik++;
    tsv(out, cik, 10, 0);
    tsv(out, m->entity_name, 150, 0);
    for (int k = 0; k < 21; k++) /* sic .. wksi: not in a release */
        xc_sink_puts(out, "\t");
    if (m->fiscal_year_end_month) {
        snprintf(buf, sizeof(buf), "%02d%02d", m->fiscal_year_end_month, m->fiscal_year_end_day);
        tsv(out, buf, 4, 0);
    } else {
        tsv(out, "", 4, 0);
    }
    tsv(out, m->document_type, 10, 0);
    yyyymmdd(m->period_end != XC_NODATE ? nearest_month_end(m->period_end) : XC_NODATE, buf);
    tsv(out, buf, 8, 0);
    snprintf(buf, sizeof(buf), "%d", m->fiscal_year_focus);
    tsv(out, m->fiscal_year_focus ? buf : "", 4, 0);
    tsv(out, m->fiscal_period_focus, 2, 0);
    yyyymmdd(m->filed != XC_NODATE ? m->filed : m->release_date, buf);
    tsv(out, buf, 8, 0);
    xc_sink_puts(out, "\t0\t0\t"); /* accepted, prevrpt, detail */
    const char *slash = m->source ? strrchr(m->source, '/') : NULL;
    tsv(out, slash ? slash + 1 : m->source, 32, 0);
    xc_sink_puts(out, "1\t\n"); /* nciks, aciks */
    return 0;
}

/* The unscaled value with four decimals, as the data sets print it. */
static void value4(xc_decimal v, char out[48])
{
    char buf[32];
    xc_decimal_format(xc_decimal_round(v, 4), buf);
    const char *dot = strchr(buf, '.');
    size_t frac = dot ? strlen(dot + 1) : 0;
    snprintf(out, 48, "%s%s%.*s", buf, dot ? "" : ".", (int)(4 - frac), "0000");
}

int xc_write_num(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)opt;
    (void)d;
    xc_sink_puts(out, "adsh\ttag\tversion\tddate\tqtrs\tuom\tsegments\tcoreg\tvalue\tfootnote\n");
    char key[32], ver[64], buf[64];
    adsh(m, key);
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric || f->nil)
            continue;
        const xc_context *c = &m->contexts[f->context];
        const xc_unit *u = &m->units[f->unit];
        tsv(out, key, 20, 0);
        tsv(out, xc_qname_local(f->concept), 256, 0);
        tag_version(m, f->concept, key, ver);
        tsv(out, ver, 20, 0);
        yyyymmdd(nearest_month_end(c->end), buf);
        tsv(out, buf, 8, 0);
        int qtrs = 0;
        if (c->type == XC_PERIOD_DURATION)
            qtrs = (int)(((double)(c->end - c->start + 1)) / 91.3 + 0.5);
        snprintf(buf, sizeof(buf), "%d", qtrs);
        tsv(out, buf, 8, 0);
        snprintf(buf, sizeof(buf), "%s%s%s", xc_qname_local(u->num), u->den ? "/" : "",
                 u->den ? xc_qname_local(u->den) : "");
        tsv(out, buf, 20, 0);
        xc_buf seg = {0};
        for (size_t k = 0; k < c->ndims; k++)
            xc_buf_printf(&seg, "%s=%s;", xc_qname_local(c->dims[k].axis),
                          xc_qname_local(c->dims[k].member));
        tsv(out, seg.ptr ? seg.ptr : "", 1024, 0);
        xc_buf_free(&seg);
        xc_sink_puts(out, "\t"); /* coreg: the consolidated entity */
        value4(f->value, buf);
        tsv(out, buf, 32, 0);
        const xc_footnote *note = NULL;
        if (f->notes) {
            char id[32];
            snprintf(id, sizeof(id), "%.*s", (int)strcspn(f->notes, " "), f->notes);
            note = xc_model_find_note(m, id);
        }
        tsv(out, note ? note->text : "", 512, 1);
    }
    return 0;
}

static const char *datatype(xc_type t)
{
    switch (t) {
    case XC_TYPE_MONETARY:
        return "monetary";
    case XC_TYPE_SHARES:
        return "shares";
    case XC_TYPE_PERSHARE:
        return "perShare";
    case XC_TYPE_PERCENT:
        return "pure";
    default:
        return "string";
    }
}

int xc_write_tag(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)d;
    xc_sink_puts(out, "tag\tversion\tcustom\tabstract\tdatatype\tiord\tcrdr\ttlabel\tdoc\n");
    char key[32], ver[64];
    adsh(m, key);
    xc_strmap seen = {0};
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        int found;
        xc_strmap_slot(&seen, f->concept, &found);
        if (found)
            continue;
        const xc_context *c = &m->contexts[f->context];
        int custom = !is_standard(m, f->concept);
        const char *type = f->numeric ? "monetary" : "string", *crdr = "";
        const char *label = f->label;
        int k = !custom && opt && opt->tax ? xc_taxonomy_find(opt->tax, f->concept) : -1;
        const xc_ext_concept *e = custom ? xc_model_find_ext(m, f->concept) : NULL;
        if (k >= 0) {
            const xc_concept *cc = &opt->tax->concepts[k];
            type = datatype(cc->type);
            crdr = cc->balance == XC_BAL_DEBIT ? "D" : cc->balance == XC_BAL_CREDIT ? "C" : "";
            label = cc->label;
        } else if (e) {
            type = e->type;
            crdr = e->balance && !strcmp(e->balance, "debit")    ? "D"
                   : e->balance && !strcmp(e->balance, "credit") ? "C"
                                                                 : "";
            label = e->label;
        } else if (f->numeric && f->unit != XC_NONE) {
            const xc_unit *u = &m->units[f->unit];
            type = u->den                     ? "perShare"
                   : strstr(u->num, "shares") ? "shares"
                   : strstr(u->num, "pure")   ? "pure"
                                              : "monetary";
        }
        tsv(out, xc_qname_local(f->concept), 256, 0);
        tag_version(m, f->concept, key, ver);
        tsv(out, ver, 20, 0);
        tsv(out, custom ? "1" : "0", 1, 0);
        tsv(out, "0", 1, 0);
        tsv(out, type, 20, 0);
        tsv(out, c->type == XC_PERIOD_INSTANT ? "I" : "D", 1, 0);
        tsv(out, crdr, 1, 0);
        tsv(out, label ? label : (f->prov.row_label ? f->prov.row_label : ""), 512, 0);
        tsv(out, "", 0, 1);
    }
    xc_strmap_free(&seen);
    return 0;
}
