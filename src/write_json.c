/* write_json.c: xBRL-JSON 1.0 (OIM). Values are JSON strings; decimals is
 * an integer and only on numeric facts; periods use the exclusive-end
 * date-time form; a pure unit is omitted (oime:illegalPureUnit). */
#include "writers.h"

#include <stdio.h>
#include <string.h>

static void entity(const xc_model *m, xc_sink *out)
{
    if (m->cik) {
        xc_sink_puts(out, "\"cik:");
        xc_sink_puts(out, m->cik);
        xc_sink_puts(out, "\"");
    } else {
        xc_buf b = {0};
        xc_buf_puts(&b, "entity:");
        xc_buf_puts(&b, m->ticker ? m->ticker : "unknown");
        xc_json_string(out, b.ptr);
        xc_buf_free(&b);
    }
}

int xc_write_json(const xc_model *m, xc_sink *out, const xc_options *opt, xc_diag *d)
{
    (void)opt;
    (void)d;
    xc_sink_puts(out, "{\n  \"documentInfo\": {\n");
    xc_sink_puts(out, "    \"documentType\": \"https://xbrl.org/2021/xbrl-json\",\n");
    xc_sink_puts(out, "    \"namespaces\": {\n");
    xc_sink_puts(out, "      \"xbrl\": \"https://xbrl.org/2021\"");
    for (size_t i = 0; i < m->nns; i++) {
        xc_sink_puts(out, ",\n      ");
        xc_json_string(out, m->ns[i].prefix);
        xc_sink_puts(out, ": ");
        xc_json_string(out, m->ns[i].uri);
    }
    if (m->cik)
        xc_sink_puts(out, ",\n      \"cik\": \"http://www.sec.gov/CIK\"");
    else
        xc_sink_puts(out, ",\n      \"entity\": \"urn:xbrlconv:entity\"");
    xc_sink_puts(out, "\n    },\n    \"taxonomy\": [");
    xc_json_string(out, m->schema_ref ? m->schema_ref
                                      : "https://xbrl.fasb.org/us-gaap/2025/elts/us-gaap-2025.xsd");
    xc_sink_puts(out, "]\n  },\n  \"facts\": {");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char buf[96];
        xc_sink_printf(out, "%s\n    \"f%zu\": {\n      \"value\": ", i ? "," : "", i + 1);
        if (f->numeric) {
            xc_sink_printf(out, "\"%s\"", xc_decimal_format(f->value, buf));
            if (!f->decimals_inf)
                xc_sink_printf(out, ",\n      \"decimals\": %d", f->decimals);
        } else {
            xc_json_string(out, f->text ? f->text : "");
        }
        xc_sink_puts(out, ",\n      \"dimensions\": {\n        \"concept\": ");
        xc_json_string(out, f->concept);
        xc_sink_puts(out, ",\n        \"entity\": ");
        entity(m, out);
        xc_oim_period(c, buf, sizeof(buf));
        if (buf[0]) {
            xc_sink_puts(out, ",\n        \"period\": ");
            xc_json_string(out, buf);
        }
        if (f->unit != XC_NONE) {
            const xc_unit *u = &m->units[f->unit];
            if (strcmp(u->num, "xbrli:pure") || u->den) {
                xc_sink_puts(out, ",\n        \"unit\": ");
                xc_json_string(out, xc_unit_string(u, buf, sizeof(buf)));
            }
        }
        for (size_t k = 0; k < c->ndims; k++) {
            xc_sink_puts(out, ",\n        ");
            xc_json_string(out, c->dims[k].axis);
            xc_sink_puts(out, ": ");
            xc_json_string(out, c->dims[k].member);
        }
        xc_sink_puts(out, "\n      }\n    }");
    }
    xc_sink_puts(out, "\n  }\n}\n");
    return 0;
}
