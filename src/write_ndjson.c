/* write_ndjson.c: one JSON object per fact and line (newline-delimited
 * JSON), for streams and jq. Every line carries the document's key (its
 * source) so lines from many releases can be mixed. Numeric values are
 * strings, exact as in xBRL-JSON. */
#include "writers.h"

#include <stdio.h>
#include <string.h>

int xc_write_ndjson(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)opt;
    (void)d;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char buf[96];
        xc_sink_puts(out, "{\"doc\":");
        xc_json_string(out, m->source ? m->source : "");
        xc_sink_puts(out, ",\"entity\":");
        xc_json_string(out, m->entity_name ? m->entity_name : "");
        xc_sink_puts(out, ",\"cik\":");
        if (c->identifier && c->scheme && !strcmp(c->scheme, "http://www.sec.gov/CIK"))
            xc_json_string(out, c->identifier);
        else if (m->cik)
            xc_json_string(out, m->cik);
        else
            xc_sink_puts(out, "null");
        xc_sink_puts(out, ",\"concept\":");
        xc_json_string(out, f->concept);
        if (c->type == XC_PERIOD_DURATION) {
            xc_sink_printf(out, ",\"start\":\"%s\"", xc_date_format(c->start, buf));
            xc_sink_printf(out, ",\"end\":\"%s\"", xc_date_format(c->end, buf));
        } else if (c->type == XC_PERIOD_INSTANT) {
            xc_sink_printf(out, ",\"instant\":\"%s\"", xc_date_format(c->end, buf));
        }
        if (f->unit != XC_NONE) {
            xc_sink_puts(out, ",\"unit\":");
            xc_json_string(out, xc_unit_string(&m->units[f->unit], buf, sizeof(buf)));
        }
        xc_sink_puts(out, ",\"value\":");
        if (f->nil)
            xc_sink_puts(out, "null");
        else if (f->numeric)
            xc_sink_printf(out, "\"%s\"", xc_decimal_format(f->value, buf));
        else
            xc_json_string(out, f->text ? f->text : "");
        if (f->numeric && !f->nil && !f->decimals_inf)
            xc_sink_printf(out, ",\"decimals\":%d", f->decimals);
        if (c->ndims) {
            xc_sink_puts(out, ",\"dims\":{");
            for (size_t k = 0; k < c->ndims; k++) {
                if (k)
                    xc_sink_puts(out, ",");
                xc_json_string(out, c->dims[k].axis);
                xc_sink_puts(out, ":");
                xc_json_string(out, c->dims[k].member);
            }
            xc_sink_puts(out, "}");
        }
        if (f->prov.line)
            xc_sink_printf(out, ",\"line\":%d", f->prov.line);
        if (f->prov.row_label) {
            xc_sink_puts(out, ",\"label\":");
            xc_json_string(out, f->prov.row_label);
        }
        xc_sink_puts(out, "}\n");
    }
    return 0;
}
