/* write_csv.c: one row per numeric fact, RFC 4180 (CRLF line ends, fields
 * with commas, quotes or line breaks quoted), ready for PostgreSQL's
 * COPY ... CSV HEADER. Columns are documented in docs/formats.md. */
#include "sha256.h"
#include "writers.h"

#include <stdio.h>
#include <string.h>

static void field(xc_sink *out, const char *s, int last)
{
    if (!s)
        s = "";
    int quote = 0;
    for (const char *p = s; *p; p++)
        if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r')
            quote = 1;
    if (quote) {
        xc_sink_write(out, "\"", 1);
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                xc_sink_write(out, "\"", 1);
            xc_sink_write(out, p, 1);
        }
        xc_sink_write(out, "\"", 1);
    } else {
        xc_sink_puts(out, s);
    }
    xc_sink_puts(out, last ? "\r\n" : ",");
}

int xc_write_csv(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)opt;
    (void)d;
    xc_sink_puts(out, "entity,cik,ticker,concept,label,period_start,period_end,unit,value,"
                      "decimals,dimensions,source,line,col,row_label,cell,statement,rule,"
                      "confidence\r\n");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        const xc_context *c = &m->contexts[f->context];
        char a[16], b[96], v[32];
        field(out, m->entity_name, 0);
        field(out, m->cik, 0);
        field(out, m->ticker, 0);
        field(out, f->concept, 0);
        field(out, f->label, 0);
        field(out, c->type == XC_PERIOD_DURATION ? xc_date_format(c->start, a) : "", 0);
        field(out, xc_date_format(c->end, b), 0);
        field(out, xc_unit_string(&m->units[f->unit], b, sizeof(b)), 0);
        field(out, xc_decimal_format(f->value, v), 0);
        if (f->decimals_inf)
            strcpy(a, "INF");
        else
            snprintf(a, sizeof(a), "%d", f->decimals);
        field(out, a, 0);
        xc_buf dims = {0};
        for (size_t k = 0; k < c->ndims; k++)
            xc_buf_printf(&dims, "%s%s=%s", k ? ";" : "", c->dims[k].axis, c->dims[k].member);
        field(out, dims.ptr, 0);
        xc_buf_free(&dims);
        field(out, f->prov.source, 0);
        snprintf(a, sizeof(a), "%d", f->prov.line);
        field(out, a, 0);
        snprintf(a, sizeof(a), "%d", f->prov.col);
        field(out, a, 0);
        field(out, f->prov.row_label, 0);
        field(out, f->prov.cell, 0);
        field(out, xc_statement_name(f->prov.statement), 0);
        field(out, f->prov.rule, 0);
        snprintf(a, sizeof(a), "%d", f->prov.confidence);
        field(out, a, 1);
    }
    return 0;
}

/* One row for the documents table of docs/schema.sql: the release, its
 * content hash (the file's bytes; empty for standard input), entity, period
 * and the converter that read it. */
int xc_write_documents(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)opt;
    (void)d;
    xc_sink_puts(out, "source,sha256,entity,cik,ticker,form,period_end,fiscal_year,"
                      "fiscal_period,release_date,facts,converter\r\n");
    char hex[65] = "", a[16], b[16], num[24];
    if (m->source && strcmp(m->source, "<stdin>") && xc_sha256_file(m->source, hex) < 0)
        hex[0] = '\0';
    field(out, m->source, 0);
    field(out, hex, 0);
    field(out, m->entity_name, 0);
    field(out, m->cik, 0);
    field(out, m->ticker, 0);
    field(out, m->document_type, 0);
    field(out, m->period_end != XC_NODATE ? xc_date_format(m->period_end, a) : "", 0);
    snprintf(num, sizeof(num), "%d", m->fiscal_year_focus);
    field(out, m->fiscal_year_focus ? num : "", 0);
    field(out, m->fiscal_period_focus, 0);
    field(out, m->release_date != XC_NODATE ? xc_date_format(m->release_date, b) : "", 0);
    snprintf(num, sizeof(num), "%zu", xc_model_count_numeric(m));
    field(out, num, 0);
    field(out, "xbrlconv " XC_VERSION, 1);
    return 0;
}
