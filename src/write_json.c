/* write_json.c: xBRL-JSON 1.0 (OIM). Values are JSON strings; decimals is
 * an integer and only on numeric facts; periods use the exclusive-end
 * date-time form; a pure unit is omitted (oime:illegalPureUnit). */
#include "writers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The prefix bound to an entity scheme in the output's namespaces. */
static const char *scheme_prefix(const char *scheme, const char *const *schemes, size_t n)
{
    static char buf[32];
    if (!strcmp(scheme, "http://www.sec.gov/CIK"))
        return "cik";
    for (size_t i = 0; i < n; i++)
        if (!strcmp(schemes[i], scheme)) {
            snprintf(buf, sizeof(buf), "scheme%zu", i + 1);
            return buf;
        }
    return "entity";
}

static void entity(const xc_model *m, const xc_context *c, const char *const *schemes,
                   size_t nschemes, xc_sink *out)
{
    if (c->scheme && c->identifier) {
        xc_buf b = {0};
        xc_buf_printf(&b, "%s:%s", scheme_prefix(c->scheme, schemes, nschemes), c->identifier);
        xc_json_string(out, b.ptr);
        xc_buf_free(&b);
        return;
    }
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
    /* entity schemes: the SEC's is "cik"; others are numbered */
    const char **schemes = xc_xcalloc(m->ncontexts + 1, sizeof(char *));
    size_t nschemes = 0;
    int has_cik = m->cik != NULL, has_default = 0;
    for (size_t i = 0; i < m->ncontexts; i++) {
        const char *sc = m->contexts[i].scheme;
        if (!sc) {
            has_default = 1;
            continue;
        }
        if (!strcmp(sc, "http://www.sec.gov/CIK")) {
            has_cik = 1;
            continue;
        }
        size_t k = 0;
        while (k < nschemes && strcmp(schemes[k], sc))
            k++;
        if (k == nschemes)
            schemes[nschemes++] = sc;
    }
    if (has_cik)
        xc_sink_puts(out, ",\n      \"cik\": \"http://www.sec.gov/CIK\"");
    if (has_default && !m->cik)
        xc_sink_puts(out, ",\n      \"entity\": \"urn:xbrlconv:entity\"");
    for (size_t k = 0; k < nschemes; k++) {
        xc_sink_printf(out, ",\n      \"scheme%zu\": ", k + 1);
        xc_json_string(out, schemes[k]);
    }
    xc_sink_puts(out, "\n    },\n    \"taxonomy\": [");
    xc_json_string(out, m->schema_ref ? m->schema_ref
                                      : "https://xbrl.fasb.org/us-gaap/2025/elts/us-gaap-2025.xsd");
    xc_sink_puts(out, "]\n  },\n  \"facts\": {");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char buf[96];
        xc_sink_printf(out, "%s\n    \"f%zu\": {\n      \"value\": ", i ? "," : "", i + 1);
        if (f->nil) {
            xc_sink_puts(out, "null");
        } else if (f->numeric) {
            xc_sink_printf(out, "\"%s\"", xc_decimal_format(f->value, buf));
            if (!f->decimals_inf)
                xc_sink_printf(out, ",\n      \"decimals\": %d", f->decimals);
        } else {
            xc_json_string(out, f->text ? f->text : "");
        }
        xc_sink_puts(out, ",\n      \"dimensions\": {\n        \"concept\": ");
        xc_json_string(out, f->concept);
        xc_sink_puts(out, ",\n        \"entity\": ");
        entity(m, c, schemes, nschemes, out);
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
    free(schemes);
    return 0;
}
