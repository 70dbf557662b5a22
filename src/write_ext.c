/* write_ext.c: the extension taxonomy of one release, written beside its
 * instance as SEC filers do: <prefix>-<yyyymmdd>.xsd declares the concepts the
 * release needs that US-GAAP lacks (unmapped rows, non-GAAP measures) and the
 * members of its segment axis, and imports the US-GAAP and DEI entry points
 * (resolved offline through taxonomy/package/META-INF/catalog.xml);
 * <prefix>-<yyyymmdd>_lab.xml gives each its label as printed, and
 * <prefix>-<yyyymmdd>_pre.xml presents each source table's concepts in the
 * release's row order. */
#include "checks.h"
#include "writers.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Each file is written to PATH.part and renamed into place when complete,
 * so an interrupted run leaves no half-written schema under its name. */
static FILE *open_part(const char *path)
{
    char tmp[4200];
    snprintf(tmp, sizeof(tmp), "%s.part", path);
    return fopen(tmp, "w");
}

static int close_part(FILE *f, const char *path, int bad)
{
    char tmp[4200];
    snprintf(tmp, sizeof(tmp), "%s.part", path);
    if (fclose(f) != 0 || bad || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

static void xml_attr(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '&')
            fputs("&amp;", f);
        else if (*s == '<')
            fputs("&lt;", f);
        else if (*s == '"')
            fputs("&quot;", f);
        else
            fputc(*s, f);
    }
}

static int table_used(const xc_model *m, int table)
{
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].prov.table == table && m->facts[i].prov.row)
            return 1;
    return 0;
}

static const char *item_type(const char *type)
{
    if (!strcmp(type, "monetary"))
        return "xbrli:monetaryItemType";
    if (!strcmp(type, "shares"))
        return "xbrli:sharesItemType";
    if (!strcmp(type, "perShare"))
        return "xbrli:decimalItemType";
    if (!strcmp(type, "pure"))
        return "xbrli:pureItemType";
    return "xbrli:stringItemType";
}

/* The segment members in the extension's namespace, each once. */
static size_t members(const xc_model *m, const char **out, size_t cap)
{
    size_t n = 0;
    size_t pl = strlen(m->ext_prefix);
    for (size_t i = 0; i < m->ncontexts; i++)
        for (size_t k = 0; k < m->contexts[i].ndims; k++) {
            const char *mem = m->contexts[i].dims[k].member;
            if (m->contexts[i].dims[k].typed_el || strncmp(mem, m->ext_prefix, pl) ||
                mem[pl] != ':')
                continue;
            size_t j = 0;
            while (j < n && strcmp(out[j], mem))
                j++;
            if (j == n && n < cap)
                out[n++] = mem;
        }
    return n;
}

/* The href of a concept's declaration: the US-GAAP entry point, or the
 * extension schema. */
static void concept_href(const xc_model *m, const char *qname, const char *base, FILE *f)
{
    size_t pl = strlen(m->ext_prefix);
    if (!strncmp(qname, m->ext_prefix, pl) && qname[pl] == ':')
        fprintf(f, "%s.xsd#%s_%s", base, m->ext_prefix, xc_qname_local(qname));
    else
        fprintf(f, XC_USGAAP_SCHEMA "#us-gaap_%s", xc_qname_local(qname));
}

/* One presentation network per source table: its concepts in the order of
 * the rows that made them, under the table's abstract root. */
static int write_pre(const xc_model *m, const char *dir, const char *base, const char *ns,
                     xc_diag *d)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s_pre.xml", dir, base);
    FILE *f = open_part(path);
    if (!f)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write: %s", strerror(errno));
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
          "    xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n",
          f);
    for (size_t t = 0; t < m->ntables; t++)
        if (table_used(m, (int)t + 1))
            fprintf(f,
                    "  <link:roleRef roleURI=\"%s/role/table%zu\" xlink:type=\"simple\" "
                    "xlink:href=\"%s.xsd#table%zu\"/>\n",
                    ns, t + 1, base, t + 1);
    for (size_t t = 0; t < m->ntables; t++) {
        int table = (int)t + 1;
        if (!table_used(m, table))
            continue;
        fprintf(f,
                "  <link:presentationLink xlink:type=\"extended\" xlink:role=\"%s/role/table%d\">\n"
                "    <link:loc xlink:type=\"locator\" xlink:href=\"%s.xsd#%s_Table%dAbstract\" "
                "xlink:label=\"root\"/>\n",
                ns, table, base, m->ext_prefix, table);
        /* the concepts in row order, each once (concepts are interned) */
        int order = 0, last_row = 0;
        for (;;) {
            const xc_fact *next = NULL;
            for (size_t i = 0; i < m->nfacts; i++) {
                const xc_fact *g = &m->facts[i];
                if (g->prov.table == table && g->prov.row > last_row &&
                    (!next || g->prov.row < next->prov.row))
                    next = g;
            }
            if (!next)
                break;
            last_row = next->prov.row;
            int seen = 0;
            for (size_t i = 0; i < m->nfacts && !seen; i++) {
                const xc_fact *g = &m->facts[i];
                seen = g->prov.table == table && g->prov.row && g->prov.row < last_row &&
                       g->concept == next->concept;
            }
            if (seen)
                continue;
            order++;
            fprintf(f, "    <link:loc xlink:type=\"locator\" xlink:href=\"");
            concept_href(m, next->concept, base, f);
            fprintf(f,
                    "\" xlink:label=\"c%d\"/>\n"
                    "    <link:presentationArc xlink:type=\"arc\" "
                    "xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/parent-child\" "
                    "xlink:from=\"root\" xlink:to=\"c%d\" order=\"%d\"/>\n",
                    order, order, order);
        }
        fputs("  </link:presentationLink>\n", f);
    }
    fputs("</link:linkbase>\n", f);
    int bad = ferror(f);
    if (close_part(f, path, bad) != 0)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write");
    return 0;
}

/* The concept of the facts a source row made, or NULL. */
static const char *row_concept(const xc_model *m, int table, int row)
{
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].prov.table == table && m->facts[i].prov.row == row)
    return m->facts[i].concept;
    return NULL;
}

/* The release's own arithmetic as Calculations 1.1 relationships, one
 * network per source table: each total the table shows adding up, kept
 * only when it holds in every context of the instance (a segment table
 * that prints the total but not all its items would otherwise make an
 * inconsistency), and only once per total and table. */
static int write_cal(const xc_model *m, const char *dir, const char *base, const char *ns,
                     xc_diag *d)
{
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s_cal.xml", dir, base);
    FILE *f = open_part(path);
    if (!f)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write: %s", strerror(errno));
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
          "    xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
          "  <link:arcroleRef arcroleURI=\"https://xbrl.org/2023/arcrole/summation-item\" "
          "xlink:type=\"simple\"\n"
          "      xlink:href=\"https://www.xbrl.org/2023/calculation-1.1.xsd#summation-item\"/>\n",
          f);
    for (size_t t = 0; t < m->ntables; t++)
        if (table_used(m, (int)t + 1))
            fprintf(f,
                    "  <link:roleRef roleURI=\"%s/role/table%zu\" xlink:type=\"simple\" "
                    "xlink:href=\"%s.xsd#table%zu\"/>\n",
                    ns, t + 1, base, t + 1);
    for (size_t t = 0; t < m->ntables; t++) {
        int table = (int)t + 1, open = 0;
        const char *done[256];
        int ndone = 0;
        for (size_t r = 0; r < m->ncalcs; r++) {
            const xc_calc_rel *rel = &m->calcs[r];
            if (rel->table != table)
                continue;
            const char *parent = row_concept(m, table, rel->total_row);
            const char *items[XC_CALC_MAX_ITEMS];
            int ok = parent != NULL && rel->nitems >= 1;
            for (int k = 0; k < rel->nitems && ok; k++) {
                items[k] = row_concept(m, table, rel->item_rows[k]);
                ok = items[k] && items[k] != parent;
                for (int j = 0; j < k && ok; j++)
                    ok = items[j] != items[k]; /* concepts are interned */
            }
            for (int j = 0; j < ndone && ok; j++)
                ok = done[j] != parent;
            if (!ok || !xc_calc_holds(m, parent, items, rel->weights, rel->nitems))
                continue;
            if (ndone < 256)
                done[ndone++] = parent;
            if (!open) {
                fprintf(f,
                        "  <link:calculationLink xlink:type=\"extended\" "
                        "xlink:role=\"%s/role/table%d\">\n",
                        ns, table);
                open = 1;
            }
            fprintf(f, "    <link:loc xlink:type=\"locator\" xlink:href=\"");
            concept_href(m, parent, base, f);
            fprintf(f, "\" xlink:label=\"s%zu\"/>\n", r);
            for (int k = 0; k < rel->nitems; k++) {
                fprintf(f, "    <link:loc xlink:type=\"locator\" xlink:href=\"");
                concept_href(m, items[k], base, f);
                fprintf(f,
                        "\" xlink:label=\"s%zu_%d\"/>\n"
                        "    <link:calculationArc xlink:type=\"arc\" "
                        "xlink:arcrole=\"https://xbrl.org/2023/arcrole/summation-item\" "
                        "xlink:from=\"s%zu\" xlink:to=\"s%zu_%d\" weight=\"%s\" order=\"%d\"/>\n",
                        r, k, r, r, k, rel->weights[k] < 0 ? "-1.0" : "1.0", k + 1);
            }
        }
        if (open)
            fputs("  </link:calculationLink>\n", f);
    }
    fputs("</link:linkbase>\n", f);
    int bad = ferror(f);
    if (close_part(f, path, bad) != 0)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write");
    return 0;
}

int xc_ext_needed(const xc_model *m)
{
    /* every release: its own statements' presentation and arithmetic, and
     * whatever concepts and members US-GAAP lacks */
    int tables = 0;
    for (size_t t = 0; t < m->ntables && !tables; t++)
        tables = table_used(m, (int)t + 1);
    return m->ext_prefix && xc_model_ns_uri(m, m->ext_prefix) && (m->nexts > 0 || tables);
}

int xc_write_extension(const xc_model *m, const char *dir, const char *base, xc_diag *d)
{
    const char *ns = xc_model_ns_uri(m, m->ext_prefix);
    const char *mem[1024];
    size_t nmem = members(m, mem, 1024);
    /* a presentation network per source table that made facts */
    xc_buf roles = {0};
    for (size_t t = 0; t < m->ntables; t++) {
        if (!table_used(m, (int)t + 1))
            continue;
        xc_buf_printf(&roles,
                      "      <link:roleType roleURI=\"%s/role/table%zu\" id=\"table%zu\">\n"
                      "        <link:definition>",
                      ns, t + 1, t + 1);
        xc_buf_put_xml(&roles, m->tables[t].title ? m->tables[t].title : "Table");
        xc_buf_puts(&roles, "</link:definition>\n"
                            "        <link:usedOn>link:presentationLink</link:usedOn>\n"
                            "        <link:usedOn>link:calculationLink</link:usedOn>\n"
                            "      </link:roleType>\n");
    }
    char path[4096];
    snprintf(path, sizeof(path), "%s/%s.xsd", dir, base);
    FILE *f = open_part(path);
    if (!f)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write: %s", strerror(errno));
    fprintf(f,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!-- The extension taxonomy of one release, written by xbrlconv. -->\n"
            "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
            "    xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"\n"
            "    xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
            "    xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n"
            "    xmlns:%s=\"",
            m->ext_prefix);
    xml_attr(f, ns);
    fputs("\" targetNamespace=\"", f);
    xml_attr(f, ns);
    fprintf(f,
            "\"\n    elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\n"
            "  <xs:annotation>\n    <xs:appinfo>\n"
            "      <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"%s_lab.xml\"\n"
            "          xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\"\n"
            "          xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
            "      <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"%s_pre.xml\"\n"
            "          xlink:role=\"http://www.xbrl.org/2003/role/presentationLinkbaseRef\"\n"
            "          xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
            "      <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"%s_cal.xml\"\n"
            "          xlink:role=\"http://www.xbrl.org/2003/role/calculationLinkbaseRef\"\n"
            "          xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
            "%s"
            "    </xs:appinfo>\n  </xs:annotation>\n"
            "  <xs:import namespace=\"http://www.xbrl.org/2003/instance\"\n"
            "      schemaLocation=\"http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd\"/>\n"
            "  <xs:import namespace=\"http://fasb.org/us-gaap/2025\"\n"
            "      schemaLocation=\"" XC_USGAAP_SCHEMA "\"/>\n"
            "  <xs:import namespace=\"http://xbrl.sec.gov/dei/2025\"\n"
            "      schemaLocation=\"" XC_DEI_SCHEMA "\"/>\n",
            base, base, base, roles.ptr ? roles.ptr : "");
    xc_buf_free(&roles);
    if (xc_model_ns_uri(m, "srt") && !strcmp(xc_model_ns_uri(m, "srt"), XC_SRT_NS))
        fputs("  <xs:import namespace=\"" XC_SRT_NS "\"\n"
              "      schemaLocation=\"" XC_SRT_SCHEMA "\"/>\n", f);
    for (size_t i = 0; i < m->nexts; i++) {
        const xc_ext_concept *e = &m->exts[i];
        fprintf(f,
                "  <xs:element id=\"%s_%s\" name=\"%s\" nillable=\"true\" "
                "substitutionGroup=\"xbrli:item\"\n      type=\"%s\" xbrli:periodType=\"%s\"",
                m->ext_prefix, xc_qname_local(e->name), xc_qname_local(e->name), item_type(e->type),
                e->period == XC_PERIOD_INSTANT ? "instant" : "duration");
        if (e->balance && (!strcmp(e->balance, "debit") || !strcmp(e->balance, "credit")))
            fprintf(f, " xbrli:balance=\"%s\"", e->balance);
        fputs("/>\n", f);
    }
    for (size_t i = 0; i < nmem; i++)
        fprintf(f,
                "  <xs:element id=\"%s_%s\" name=\"%s\" abstract=\"true\" nillable=\"true\" "
                "substitutionGroup=\"xbrli:item\"\n      type=\"xbrli:stringItemType\" "
                "xbrli:periodType=\"duration\"/>\n",
                m->ext_prefix, xc_qname_local(mem[i]), xc_qname_local(mem[i]));
    for (size_t t = 0; t < m->ntables; t++)
        if (table_used(m, (int)t + 1))
            fprintf(f,
                    "  <xs:element id=\"%s_Table%zuAbstract\" name=\"Table%zuAbstract\" "
                    "abstract=\"true\" nillable=\"true\"\n      substitutionGroup=\"xbrli:item\" "
                    "type=\"xbrli:stringItemType\" xbrli:periodType=\"duration\"/>\n",
                    m->ext_prefix, t + 1, t + 1);
    fputs("</xs:schema>\n", f);
    int bad = ferror(f);
    if (close_part(f, path, bad) != 0)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write");

    /* the labels, as the release printed them */
    snprintf(path, sizeof(path), "%s/%s_lab.xml", dir, base);
    f = open_part(path);
    if (!f)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write: %s", strerror(errno));
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
          "    xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
          "  <link:labelLink xlink:type=\"extended\" "
          "xlink:role=\"http://www.xbrl.org/2003/role/link\">\n",
          f);
    for (size_t i = 0; i < m->nexts + nmem; i++) {
        const char *name =
            i < m->nexts ? xc_qname_local(m->exts[i].name) : xc_qname_local(mem[i - m->nexts]);
        const char *label = i < m->nexts && m->exts[i].label ? m->exts[i].label : name;
        fprintf(f,
                "    <link:loc xlink:type=\"locator\" xlink:href=\"%s.xsd#%s_%s\" "
                "xlink:label=\"loc_%s\"/>\n",
                base, m->ext_prefix, name, name);
        fprintf(f,
                "    <link:label xlink:type=\"resource\" xlink:label=\"lab_%s\" "
                "xlink:role=\"http://www.xbrl.org/2003/role/label\" xml:lang=\"en-US\">",
                name);
        xml_attr(f, label);
        fprintf(f,
                "</link:label>\n    <link:labelArc xlink:type=\"arc\" "
                "xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\" "
                "xlink:from=\"loc_%s\" xlink:to=\"lab_%s\"/>\n",
                name, name);
    }
    fputs("  </link:labelLink>\n</link:linkbase>\n", f);
    bad = ferror(f);
    if (close_part(f, path, bad) != 0)
        return xc_diag_add(d, XC_ERROR, XC_EWRITE, path, 0, 0, "cannot write");
    int rc = write_pre(m, dir, base, ns, d);
    return rc < 0 ? rc : write_cal(m, dir, base, ns, d);
}
