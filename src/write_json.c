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
    if (!strcmp(scheme, "urn:xbrlconv:entity"))
        return "entity";
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
            has_default |= m->cik == NULL; /* no scheme: the model's own */
            continue;
        }
        if (!strcmp(sc, "http://www.sec.gov/CIK")) {
            has_cik = 1;
            continue;
        }
        if (!strcmp(sc, "urn:xbrlconv:entity")) {
            has_default = 1;
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
    if (has_default)
        xc_sink_puts(out, ",\n      \"entity\": \"urn:xbrlconv:entity\"");
    for (size_t k = 0; k < nschemes; k++) {
        xc_sink_printf(out, ",\n      \"scheme%zu\": ", k + 1);
        xc_json_string(out, schemes[k]);
    }
    xc_sink_puts(out, "\n    },\n    \"taxonomy\": [");
    xc_json_string(out, m->schema_ref ? m->schema_ref
                                      : XC_USGAAP_SCHEMA);
    xc_sink_puts(out, "]\n  },\n  \"facts\": {");
    /* each context's and unit's dimensions are written once, then copied
     * into every fact that uses them (large reports share them widely) */
    char **cfrag = xc_xcalloc(m->ncontexts + 1, sizeof(char *));
    char **ufrag = xc_xcalloc(m->nunits + 1, sizeof(char *));
    size_t *clen = xc_xcalloc(m->ncontexts + 1, sizeof(size_t)); /* their lengths */
    size_t *ulen = xc_xcalloc(m->nunits + 1, sizeof(size_t));
    for (size_t i = 0; i < m->ncontexts; i++) {
        const xc_context *c = &m->contexts[i];
        xc_sink fs;
        xc_sink_init_mem(&fs);
        char buf[96];
        xc_sink_puts(&fs, ",\n        \"entity\": ");
        entity(m, c, schemes, nschemes, &fs);
        xc_oim_period(c, buf, sizeof(buf));
        if (buf[0]) {
            xc_sink_puts(&fs, ",\n        \"period\": ");
            xc_json_string(&fs, buf);
        }
        for (size_t k = 0; k < c->ndims; k++) {
            xc_sink_puts(&fs, ",\n        ");
            xc_json_string(&fs, c->dims[k].axis);
            xc_sink_puts(&fs, ": ");
            xc_json_string(&fs, c->dims[k].member);
        }
        clen[i] = fs.mem.len;
        cfrag[i] = xc_buf_detach(&fs.mem);
    }
    for (size_t i = 0; i < m->nunits; i++) {
        const xc_unit *u = &m->units[i];
        xc_sink fs;
        xc_sink_init_mem(&fs);
        char buf[160];
        if (strcmp(u->num, "xbrli:pure") || u->den) {
            xc_sink_puts(&fs, ",\n        \"unit\": ");
            xc_json_string(&fs, xc_unit_string(u, buf, sizeof(buf)));
        }
        ulen[i] = fs.mem.len;
        ufrag[i] = xc_buf_detach(&fs.mem);
    }
    /* facts are composed in memory and written about 60 KB at a time, from
     * one buffer sized once (its 64 KB stay under malloc's mmap threshold) */
    xc_sink mem;
    xc_sink_init_mem(&mem);
    xc_buf_reserve(&mem.mem, 65535); /* one batch (64 KB), sized once */
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char buf[48];
        xc_buf *b = &mem.mem;
        xc_buf_puts(b, i ? ",\n    \"f" : "\n    \"f");
        /* the fact id, f1, f2, ... */
        char num[24];
        int k = 23;
        num[k] = '\0';
        size_t v = i + 1;
        do {
            num[--k] = (char)('0' + v % 10);
            v /= 10;
        } while (v);
        xc_buf_puts(b, num + k);
        xc_buf_puts(b, "\": {\n      \"value\": ");
        if (f->nil) {
            xc_buf_puts(b, "null");
        } else if (f->numeric) {
            xc_buf_putc(b, '"');
            xc_buf_puts(b, xc_decimal_format(f->value, buf));
            xc_buf_putc(b, '"');
            if (!f->decimals_inf) {
                xc_buf_puts(b, ",\n      \"decimals\": ");
                int dv = f->decimals;
                char db[16];
                int dk = 15;
                db[dk] = '\0';
                unsigned av = dv < 0 ? (unsigned)(-dv) : (unsigned)dv;
                do {
                    db[--dk] = (char)('0' + av % 10);
                    av /= 10;
                } while (av);
                if (dv < 0)
                    db[--dk] = '-';
                xc_buf_puts(b, db + dk);
            }
        } else {
            xc_json_string(&mem, f->text ? f->text : "");
        }
        xc_buf_puts(b, ",\n      \"dimensions\": {\n        \"concept\": ");
        xc_json_string(&mem, f->concept);
        xc_buf_put(b, cfrag[f->context], clen[f->context]);
        if (f->unit != XC_NONE)
            xc_buf_put(b, ufrag[f->unit], ulen[f->unit]);
        xc_buf_puts(b, "\n      }");
        if (f->notes) {
            /* "footnote" and "_" are xBRL-JSON's predefined aliases of
             * the fact-footnote arcrole and the standard link role */
            xc_buf_puts(b, ",\n      \"links\": {\n        \"footnote\": {\n          \"_\": [");
            for (const char *p = f->notes; *p;) {
                size_t len = strcspn(p, " ");
                xc_buf_putc(b, '"');
                xc_buf_put(b, p, len);
                xc_buf_putc(b, '"');
                p += len;
                while (*p == ' ')
                    p++;
                if (*p)
                    xc_buf_puts(b, ", ");
            }
            xc_buf_puts(b, "]\n        }\n      }");
        }
        xc_buf_puts(b, "\n    }");
        if (b->len >= 60000 || i + 1 == m->nfacts) {
            xc_sink_write(out, b->ptr, b->len);
            xc_buf_clear(b);
        }
    }
    xc_buf_free(&mem.mem);
    /* footnotes are facts of concept xbrl:note, named by noteId */
    for (size_t i = 0; i < m->nnotes; i++) {
        const xc_footnote *n = &m->notes[i];
        xc_sink_puts(out, m->nfacts || i ? ",\n    " : "\n    ");
        xc_json_string(out, n->id);
        xc_sink_puts(out, ": {\n      \"value\": ");
        /* the value is XHTML content: the text, escaped */
        xc_buf xb = {0};
        xc_buf_put_xml(&xb, n->text);
        xc_json_string(out, xb.ptr ? xb.ptr : "");
        xc_buf_free(&xb);
        xc_sink_puts(out, ",\n      \"dimensions\": {\n        \"concept\": \"xbrl:note\",\n"
                          "        \"noteId\": ");
        xc_json_string(out, n->id);
        xc_sink_puts(out, ",\n        \"language\": ");
        xc_json_string(out, n->lang);
        xc_sink_puts(out, "\n      }\n    }");
    }
    for (size_t i = 0; i < m->ncontexts; i++)
        free(cfrag[i]);
    for (size_t i = 0; i < m->nunits; i++)
        free(ufrag[i]);
    free(cfrag);
    free(ufrag);
    free(clen);
    free(ulen);
    xc_sink_puts(out, "\n  }\n}\n");
    free(schemes);
    return 0;
}
