/* read_oim_json.c: xBRL-JSON reports (OIM 1.0) into the model, so JSON
 * from other tools converts to XML, CSV and the rest.
 *
 * Periods are date-times with an exclusive end ("2004-01-01T00:00:00/
 * 2004-04-05T00:00:00" is the XBRL duration 2004-01-01..2004-04-04);
 * contexts and units are rebuilt from the facts' dimensions, one per
 * distinct combination (hashed, so large reports stay linear).
 */
#include "json.h"
#include "model.h"
#include "readers.h"
#include "util.h"
#include "xmlsafe.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* An OIM date-time as an XBRL date: midnight ending a period (is_end) is
 * the day before. A bare date is taken as written. */
static xc_date oim_date(const char *s, size_t n, int is_end)
{
    char buf[40];
    if (n >= sizeof(buf))
        return XC_NODATE;
    memcpy(buf, s, n);
    buf[n] = '\0';
    xc_date d = xc_date_parse_iso(buf);
    if (d != XC_NODATE && is_end && strchr(buf, 'T') && strstr(buf, "T00:00:00"))
        d -= 1;
    return d;
}

static const char *DIM_CORE[] = {"concept", "entity", "period", "unit", "language", NULL};

static int is_core(const char *k)
{
    for (const char *const *c = DIM_CORE; *c; c++)
        if (!strcmp(k, *c))
            return 1;
    return 0;
}

int xc_read_oim_json(const char *name, const char *raw, size_t n, xc_model *m, xc_diag *d)
{
    xc_json root;
    size_t off;
    char err[80];
    if (xc_json_parse(raw, n, &root, &off, err) < 0)
        return xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0, "JSON: %s at byte offset %zu", err,
                           off);
    int rc = 0;
    const xc_json *info = xc_json_get(&root, "documentInfo");
    const char *dtype = xc_json_str(info, "documentType");
    const xc_json *facts = xc_json_get(&root, "facts");
    if (!dtype || strstr(dtype, "xbrl-json") == NULL || !facts || facts->type != XC_JOBJ) {
        rc = xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0,
                         "not an xBRL-JSON report (documentInfo.documentType and facts needed)");
        xc_json_free(&root);
        return rc;
    }
    xc_model_set(&m->source, name);
    const xc_json *nss = xc_json_get(info, "namespaces");
    for (size_t i = 0; nss && nss->type == XC_JOBJ && i < nss->n; i++)
        if (nss->kids[i].type == XC_JSTR)
            xc_model_ns(m, nss->keys[i], nss->kids[i].str);
    xc_model_ns(m, "xbrli", "http://www.xbrl.org/2003/instance");
    const xc_json *tax = xc_json_get(info, "taxonomy");
    if (tax && tax->type == XC_JARR && tax->n && tax->kids[0].type == XC_JSTR)
        xc_model_set(&m->schema_ref, tax->kids[0].str);

    xc_strmap ctxs = {0}, units = {0};
    size_t added = 0;
    /* footnotes first (xbrl:note facts), so facts can link to them; the
     * link type is "footnote" or an alias of the fact-footnote arcrole */
    xc_strmap notes = {0};
    const char *fn_alias = "footnote";
    const xc_json *lts = xc_json_get(info, "linkTypes");
    for (size_t i = 0; lts && lts->type == XC_JOBJ && i < lts->n; i++)
        if (lts->kids[i].type == XC_JSTR &&
            !strcmp(lts->kids[i].str, "http://www.xbrl.org/2003/arcrole/fact-footnote"))
            fn_alias = lts->keys[i];
    for (size_t i = 0; i < facts->n; i++) {
        const xc_json *dims = xc_json_get(&facts->kids[i], "dimensions");
        const char *concept = xc_json_str(dims, "concept");
        if (!concept || strcmp(concept, "xbrl:note"))
            continue;
        const char *v = xc_json_str(&facts->kids[i], "value");
        char *text = xc_xml_fragment_text(v ? v : "");
        int found;
        size_t *slot = xc_strmap_slot(&notes, facts->keys[i], &found);
        *slot = xc_model_add_note(m, xc_json_str(dims, "language"), text ? text : v);
        free(text);
    }
    for (size_t i = 0; i < facts->n; i++) {
        const char *fid = facts->keys[i];
        const xc_json *fj = &facts->kids[i];
        const xc_json *dims = xc_json_get(fj, "dimensions");
        const char *concept = xc_json_str(dims, "concept");
        if (!concept) {
            xc_diag_add(d, XC_WARNING, XC_EPARSE, name, 0, 0, "fact %s has no concept; skipped",
                        fid);
            continue;
        }
        if (!strncmp(concept, "xbrl:", 5))
            continue; /* footnotes (xbrl:note) are not facts of the report */
        {
            const char *colon = strchr(concept, ':');
            char pfx[64] = "";
            if (colon && (size_t)(colon - concept) < sizeof(pfx))
                memcpy(pfx, concept, (size_t)(colon - concept)), pfx[colon - concept] = '\0';
            if (!colon || !xc_model_ns_uri(m, pfx)) {
                xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0,
                            "fact %s: concept %s has no namespace in documentInfo "
                            "(oime:unboundPrefix)",
                            fid, concept);
                rc = -XC_EPARSE;
                continue;
            }
        }
        const char *entity = xc_json_str(dims, "entity");
        const char *period = xc_json_str(dims, "period");
        const char *unit = xc_json_str(dims, "unit");
        /* the context key: entity, period and the taxonomy dimensions */
        xc_buf key = {0};
        xc_buf_printf(&key, "%s|%s", entity ? entity : "", period ? period : "");
        xc_dim dv[32];
        size_t nd = 0;
        for (size_t k = 0; dims && k < dims->n && nd < 32; k++) {
            if (is_core(dims->keys[k]) || dims->kids[k].type != XC_JSTR)
                continue;
            const char *mem = dims->kids[k].str;
            dv[nd].axis = dims->keys[k];
            dv[nd].member = (char *)mem;
            /* an explicit member is a QName with a bound prefix */
            const char *colon = strchr(mem, ':');
            int explicit_member = 0;
            if (colon) {
                char pfx[64];
                size_t pl = (size_t)(colon - mem);
                if (pl < sizeof(pfx)) {
                    memcpy(pfx, mem, pl);
                    pfx[pl] = '\0';
                    explicit_member = xc_model_ns_uri(m, pfx) != NULL;
                }
            }
            dv[nd].typed_el = explicit_member ? NULL : (char *)"xbrldi:typedValue";
            dv[nd].scenario = 0;
            nd++;
            xc_buf_printf(&key, "|%s=%s", dims->keys[k], mem);
        }
        int found;
        size_t *slot = xc_strmap_slot(&ctxs, key.ptr, &found);
        if (!found) {
            xc_period_type pt = XC_PERIOD_FOREVER;
            xc_date st = XC_NODATE, en = XC_NODATE;
            if (period) {
                const char *slash = strchr(period, '/');
                if (slash) {
                    pt = XC_PERIOD_DURATION;
                    st = oim_date(period, (size_t)(slash - period), 0);
                    en = oim_date(slash + 1, strlen(slash + 1), 1);
                } else {
                    pt = XC_PERIOD_INSTANT;
                    en = oim_date(period, strlen(period), 1);
                }
                if (en == XC_NODATE || (pt == XC_PERIOD_DURATION && st == XC_NODATE)) {
                    xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0,
                                "fact %s: period '%s' is not an OIM period", fid, period);
                    rc = -XC_EPARSE;
                    xc_buf_free(&key);
                    continue;
                }
            }
            char cid[32];
            snprintf(cid, sizeof(cid), "c%zu", m->ncontexts + 1);
            *slot = xc_model_add_context(m, cid, pt, st, en, dv, nd);
            xc_context *cx = &m->contexts[*slot];
            if (entity) {
                const char *colon = strchr(entity, ':');
                if (colon) {
                    char pfx[64];
                    size_t pl = (size_t)(colon - entity);
                    if (pl < sizeof(pfx)) {
                        memcpy(pfx, entity, pl);
                        pfx[pl] = '\0';
                        const char *uri = xc_model_ns_uri(m, pfx);
                        cx->scheme = xc_xstrdup(uri ? uri : pfx);
                    }
                    cx->identifier = xc_xstrdup(colon + 1);
                    if (!m->cik && cx->scheme && !strcmp(cx->scheme, "http://www.sec.gov/CIK"))
                        xc_model_set(&m->cik, cx->identifier);
                }
            }
        }
        size_t ctx = *slot;
        xc_buf_free(&key);

        const xc_json *val = xc_json_get(fj, "value");
        const xc_json *dec = xc_json_get(fj, "decimals");
        xc_fact f;
        memset(&f, 0, sizeof(f));
        f.concept = (char *)concept;
        f.context = ctx;
        f.unit = XC_NONE;
        f.prov.source = (char *)name;
        f.prov.rule = (char *)"xbrl-json";
        f.prov.confidence = 100;
        f.prov.row_label = (char *)fid;
        f.nil = !val || val->type == XC_JNULL;
        const char *vs = val && val->type == XC_JSTR ? val->str
                         : val && val->type == XC_JNUM ? val->str
                                                       : NULL;
        /* numeric: a unit, or decimals; a pure unit is left out in OIM */
        if (unit || dec) {
            const char *u = unit ? unit : "xbrli:pure";
            size_t *us = xc_strmap_slot(&units, u, &found);
            if (!found) {
                char num[256], den[256] = "";
                const char *slash = strchr(u, '/');
                size_t nl = slash ? (size_t)(slash - u) : strlen(u);
                snprintf(num, sizeof(num), "%.*s", (int)nl, u);
                if (slash)
                    snprintf(den, sizeof(den), "%s", slash + 1);
                /* drop the parentheses of "(a*b)/c" */
                char *parts[2] = {num, den};
                for (int k = 0; k < 2; k++) {
                    char *p = parts[k];
                    size_t l = strlen(p);
                    if (l >= 2 && p[0] == '(' && p[l - 1] == ')') {
                        memmove(p, p + 1, l - 2);
                        p[l - 2] = '\0';
                    }
                }
                char uid[32];
                snprintf(uid, sizeof(uid), "u%zu", m->nunits + 1);
                *us = xc_model_add_unit(m, uid, num, den[0] ? den : NULL);
            }
            f.unit = *us;
            f.numeric = 1;
            if (!f.nil && (!vs || xc_decimal_parse_lexical(vs, &f.value) < 0)) {
                xc_diag_add(d, XC_ERROR, XC_EPARSE, name, 0, 0,
                            "fact %s: '%.40s' is not a decimal value", fid, vs ? vs : "");
                rc = -XC_EPARSE;
                continue;
            }
            f.decimals_inf = 1;
            if (dec && dec->type == XC_JNUM) {
                f.decimals = atoi(dec->str);
                f.decimals_inf = 0;
            }
        } else if (!f.nil) {
            f.text = (char *)(vs ? vs : "");
        }
        size_t fi = xc_model_add_fact(m, &f);
        added++;
        const xc_json *fl = xc_json_get(xc_json_get(fj, "links"), fn_alias);
        for (size_t g = 0; fl && fl->type == XC_JOBJ && g < fl->n; g++) {
            const xc_json *ids = &fl->kids[g];
            for (size_t k = 0; ids->type == XC_JARR && k < ids->n; k++) {
                if (ids->kids[k].type != XC_JSTR)
                    continue;
                size_t note = xc_strmap_get(&notes, ids->kids[k].str);
                if (note != XC_NONE)
                    xc_model_link_note(m, fi, note);
                else
                    xc_diag_add(d, XC_WARNING, XC_EPARSE, name, 0, 0,
                                "fact %s links to footnote %s, which is not in the report", fid,
                                ids->kids[k].str);
            }
        }
    }
    xc_strmap_free(&ctxs);
    xc_strmap_free(&units);
    xc_strmap_free(&notes);
    xc_json_free(&root);
    if (rc < 0)
        return rc;
    xc_model_sort(m);
    return (int)added;
}

int xc_sniff_oim_json(const char *buf, size_t len)
{
    size_t n = len < 4096 ? len : 4096;
    size_t i = 0;
    while (i < n && (xc_isspace((unsigned char)buf[i]) || (unsigned char)buf[i] >= 0x80))
        i++;
    if (i < n && buf[i] == '{' && xc_memcasemem(buf, n, "documentInfo"))
        return 95;
    return 0;
}
