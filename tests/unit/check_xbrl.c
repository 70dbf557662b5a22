/* check_xbrl.c: the XBRL, inline XBRL and xBRL-JSON readers, and hostile
 * XML: entity bombs, external entities, absurd depth, broken JSON. */
#include "convert.h"
#include "json.h"
#include "readers.h"
#include "suites.h"
#include "writers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int convert(const char *text, xc_model **out, xc_diag *d)
{
    xc_model *m = xc_model_new();
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    int rc = xc_convert("t.xml", text, strlen(text), NULL, NULL, test_taxonomy(), &opt, m, d);
    if (rc > 0)
        ck_assert_int_eq(xc_model_check(m, d), 0);
    *out = m;
    return rc;
}

static const xc_fact *find(const xc_model *m, const char *concept)
{
    for (size_t i = 0; i < m->nfacts; i++)
        if (!strcmp(m->facts[i].concept, concept))
            return &m->facts[i];
    return NULL;
}

static const char INSTANCE[] =
    "<?xml version=\"1.0\"?>\n"
    "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"http://fasb.org/us-gaap/2009\"\n"
    "  xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"\n"
    "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\"\n"
    "  xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:t=\"http://t.example\">\n"
    "<link:schemaRef xlink:type=\"simple\" xlink:href=\"x.xsd\"/>\n"
    "<g:Revenues contextRef=\"D\" unitRef=\"U\" precision=\"3\">12345678</g:Revenues>\n"
    "<g:Note contextRef=\"D\" xsi:nil=\"true\"/>\n"
    "<g:Tuple><g:Inner contextRef=\"T\" unitRef=\"U\" decimals=\"INF\">5</g:Inner></g:Tuple>\n"
    "<context id=\"D\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">0000000001</identifier></entity>\n"
    "  <period><startDate>2010-01-01</startDate><endDate>2010-12-31</endDate></period></context>\n"
    "<context id=\"T\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">0000000001</identifier>\n"
    "  <segment><xbrldi:typedMember dimension=\"t:Axis\"><t:Key>A-1</t:Key></xbrldi:typedMember></segment></entity>\n"
    "  <period><instant>2010-12-31</instant></period></context>\n"
    "<unit id=\"U\"><measure>iso4217:USD</measure></unit>\n"
    "</xbrl>\n";

START_TEST(test_instance)
{
    xc_model *m;
    xc_diag d;
    xc_diag_init(&d);
    /* contexts and units after the facts that use them */
    int rc = convert(INSTANCE, &m, &d);
    ck_assert_int_eq(rc, 3);
    ck_assert_str_eq(m->cik, "0000000001");
    ck_assert_str_eq(m->schema_ref, "x.xsd");
    const xc_fact *rev = find(m, "g:Revenues");
    ck_assert_ptr_nonnull(rev);
    /* precision 3 of 12,345,678 is decimals -5 */
    ck_assert_int_eq(rev->decimals, -5);
    ck_assert(find(m, "g:Note")->nil);
    const xc_fact *in = find(m, "g:Inner");
    ck_assert(in->decimals_inf);
    const xc_context *c = &m->contexts[in->context];
    ck_assert_uint_eq(c->ndims, 1);
    ck_assert_str_eq(c->dims[0].member, "A-1");
    ck_assert_str_eq(c->dims[0].typed_el, "t:Key");
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_provenance_back)
{
    /* provenance xbrlconv wrote survives a round trip through XBRL; a
     * us-gaap fact without one gets the taxonomy's label */
    xc_model *m;
    xc_diag d;
    xc_diag_init(&d);
    const char *doc =
        "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:xc=\"urn:xbrlconv:1\"\n"
        "  xmlns:us-gaap=\"http://fasb.org/us-gaap/2025\">\n"
        "<context id=\"D\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">1</identifier></entity>\n"
        "  <period><startDate>2010-01-01</startDate><endDate>2010-03-31</endDate></period></context>\n"
        "<unit id=\"U\"><measure>iso4217:USD</measure></unit>\n"
        "<us-gaap:Revenues contextRef=\"D\" unitRef=\"U\" decimals=\"-3\" xc:line=\"12\" xc:col=\"40\"\n"
        "  xc:row=\"Net sales\" xc:cell=\"$ 1,234\" xc:rule=\"label\" xc:confidence=\"90\"\n"
        "  xc:table=\"2\">1234000</us-gaap:Revenues>\n"
        "<us-gaap:NetIncomeLoss contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">5000</us-gaap:NetIncomeLoss>\n"
        "</xbrl>\n";
    ck_assert_int_eq(convert(doc, &m, &d), 2);
    const xc_fact *rev = find(m, "us-gaap:Revenues");
    ck_assert_int_eq(rev->prov.line, 12);
    ck_assert_int_eq(rev->prov.col, 40);
    ck_assert_int_eq(rev->prov.table, 2);
    ck_assert_int_eq(rev->prov.confidence, 90);
    ck_assert_str_eq(rev->prov.row_label, "Net sales");
    ck_assert_str_eq(rev->prov.cell, "$ 1,234");
    ck_assert_str_eq(rev->prov.rule, "label");
    const xc_fact *ni = find(m, "us-gaap:NetIncomeLoss");
    ck_assert_ptr_nonnull(ni->label);
    ck_assert(strstr(ni->label, "Net") != NULL);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* Writes m with `w` and reads the text back into a new model. */
static xc_model *rewrite(const xc_model *m, xc_write_fn w)
{
    xc_sink out;
    xc_sink_init_mem(&out);
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_int_eq(w(m, &out, &opt, &d), 0);
    xc_model *back;
    ck_assert_int_gt(convert(out.mem.ptr, &back, &d), 0);
    xc_buf_free(&out.mem);
    xc_diag_free(&d);
    return back;
}

START_TEST(test_footnotes)
{
    /* the footnoteLink comes first; two locators share a label; the note
     * holds markup characters; XBRL -> JSON -> XBRL keeps the links */
    xc_model *m;
    xc_diag d;
    xc_diag_init(&d);
    const char *doc =
        "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\"\n"
        "  xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:g=\"http://fasb.org/us-gaap/2025\">\n"
        "<link:footnoteLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">\n"
        "  <link:loc xlink:type=\"locator\" xlink:href=\"#A\" xlink:label=\"L\"/>\n"
        "  <link:loc xlink:type=\"locator\" xlink:href=\"#B\" xlink:label=\"L\"/>\n"
        "  <link:footnote xlink:type=\"resource\" xlink:label=\"N\" xml:lang=\"en\"\n"
        "    xlink:role=\"http://www.xbrl.org/2003/role/footnote\">Restated &amp; &lt;audited&gt;</link:footnote>\n"
        "  <link:footnoteArc xlink:type=\"arc\" xlink:from=\"L\" xlink:to=\"N\"\n"
        "    xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/fact-footnote\"/>\n"
        "</link:footnoteLink>\n"
        "<context id=\"D\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">1</identifier></entity>\n"
        "  <period><startDate>2010-01-01</startDate><endDate>2010-03-31</endDate></period></context>\n"
        "<unit id=\"U\"><measure>iso4217:USD</measure></unit>\n"
        "<g:Revenues id=\"A\" contextRef=\"D\" unitRef=\"U\" decimals=\"0\">5</g:Revenues>\n"
        "<g:CostOfRevenue id=\"B\" contextRef=\"D\" unitRef=\"U\" decimals=\"0\">3</g:CostOfRevenue>\n"
        "<g:GrossProfit id=\"C\" contextRef=\"D\" unitRef=\"U\" decimals=\"0\">2</g:GrossProfit>\n"
        "</xbrl>\n";
    ck_assert_int_eq(convert(doc, &m, &d), 3);
    ck_assert_uint_eq(m->nnotes, 1);
    ck_assert_str_eq(m->notes[0].text, "Restated & <audited>");
    ck_assert_str_eq(m->notes[0].lang, "en");
    ck_assert_str_eq(find(m, "g:Revenues")->notes, "fn1");
    ck_assert_str_eq(find(m, "g:CostOfRevenue")->notes, "fn1");
    ck_assert_ptr_null(find(m, "g:GrossProfit")->notes);
    xc_model *j = rewrite(m, xc_write_json);
    xc_model *x = rewrite(j, xc_write_xbrl);
    ck_assert_uint_eq(x->nnotes, 1);
    ck_assert_str_eq(x->notes[0].text, "Restated & <audited>");
    ck_assert_str_eq(find(x, "g:CostOfRevenue")->notes, "fn1");
    ck_assert_ptr_null(find(x, "g:GrossProfit")->notes);
    xc_model_free(x);
    xc_model_free(j);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_dangling)
{
    xc_model *m;
    xc_diag d;
    xc_diag_init(&d);
    const char *bad = "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"g\">"
                      "<g:A contextRef=\"nowhere\">1</g:A></xbrl>";
    ck_assert_int_lt(convert(bad, &m, &d), 0);
    ck_assert(strstr(d.items[0].message, "nowhere") != NULL);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_hostile)
{
    xc_model *m;
    xc_diag d;
    /* billion laughs */
    xc_diag_init(&d);
    const char *bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                       "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                       "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\">&lol2;</xbrl>";
    ck_assert_int_lt(convert(bomb, &m, &d), 0);
    ck_assert(strstr(d.items[0].message, "declares entities") != NULL);
    xc_diag_free(&d);
    xc_model_free(m);
    /* an external entity is never fetched or read */
    xc_diag_init(&d);
    const char *ext = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"/etc/passwd\">]>"
                      "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\">&e;</xbrl>";
    ck_assert_int_lt(convert(ext, &m, &d), 0);
    xc_diag_free(&d);
    xc_model_free(m);
    /* absurd depth */
    xc_diag_init(&d);
    size_t depth = 100000;
    char *deep = malloc(depth * 12 + 200);
    strcpy(deep, "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"g\">");
    char *p = deep + strlen(deep);
    for (size_t i = 0; i < depth; i++, p += 5)
        memcpy(p, "<g:a>", 5);
    for (size_t i = 0; i < depth; i++, p += 6)
        memcpy(p, "</g:a>", 6);
    strcpy(p, "</xbrl>");
    ck_assert_int_lt(convert(deep, &m, &d), 0);
    ck_assert_uint_ge(d.errors, 1);
    free(deep);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_json_reader)
{
    xc_model *m;
    xc_diag d;
    xc_diag_init(&d);
    const char *doc =
        "{\"documentInfo\": {\"documentType\": \"https://xbrl.org/2021/xbrl-json\","
        " \"namespaces\": {\"us-gaap\": \"http://fasb.org/us-gaap/2025\","
        " \"cik\": \"http://www.sec.gov/CIK\", \"iso4217\": \"http://www.xbrl.org/2003/iso4217\","
        " \"dei\": \"http://xbrl.sec.gov/dei/2025\","
        " \"xbrli\": \"http://www.xbrl.org/2003/instance\"}},"
        " \"facts\": {"
        " \"a\": {\"value\": \"11293000\", \"decimals\": -3, \"dimensions\": {"
        "   \"concept\": \"us-gaap:Revenues\", \"entity\": \"cik:0000840883\","
        "   \"period\": \"2004-01-01T00:00:00/2004-04-05T00:00:00\", \"unit\": \"iso4217:USD\"}},"
        " \"b\": {\"value\": \"-0.14\", \"decimals\": 2, \"dimensions\": {"
        "   \"concept\": \"us-gaap:EarningsPerShareBasic\", \"entity\": \"cik:0000840883\","
        "   \"period\": \"2004-01-01T00:00:00/2004-04-05T00:00:00\","
        "   \"unit\": \"iso4217:USD/xbrli:shares\"}},"
        " \"c\": {\"value\": \"Widget \\u00e9\", \"dimensions\": {"
        "   \"concept\": \"dei:EntityRegistrantName\", \"entity\": \"cik:0000840883\","
        "   \"period\": \"2004-04-05T00:00:00\"}}}}";
    ck_assert_int_eq(convert(doc, &m, &d), 3);
    const xc_fact *r = find(m, "us-gaap:Revenues");
    char a[16], b[16], v[32];
    const xc_context *c = &m->contexts[r->context];
    ck_assert_str_eq(xc_date_format(c->start, a), "2004-01-01");
    ck_assert_str_eq(xc_date_format(c->end, b), "2004-04-04");
    ck_assert_str_eq(xc_decimal_format(r->value, v), "11293000");
    ck_assert_str_eq(m->units[find(m, "us-gaap:EarningsPerShareBasic")->unit].den, "xbrli:shares");
    ck_assert_str_eq(find(m, "dei:EntityRegistrantName")->text, "Widget \xC3\xA9");
    ck_assert_uint_eq(m->ncontexts, 2);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_json_errors)
{
    xc_json j;
    size_t off;
    char err[80];
    ck_assert_int_lt(xc_json_parse("{\"a\": [1, 2,}", 13, &j, &off, err), 0);
    ck_assert_uint_eq(off, 12);
    char deep[300];
    memset(deep, '[', 200);
    deep[200] = '\0';
    ck_assert_int_lt(xc_json_parse(deep, 200, &j, &off, err), 0);
    ck_assert_str_eq(err, "nesting too deep");
    const char *emoji = "{\"k\": \"\\ud83d\\ude00\"}";
    ck_assert_int_eq(xc_json_parse(emoji, strlen(emoji), &j, &off, err), 0);
    ck_assert_str_eq(xc_json_str(&j, "k"), "\xF0\x9F\x98\x80");
    xc_json_free(&j);
}
END_TEST

START_TEST(test_ixbrl_sample)
{
    FILE *f = fopen("samples/acme-2024q4-ixbrl.htm", "rb");
    ck_assert_ptr_nonnull(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    xc_model *m;
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_int_eq(convert(buf, &m, &d), 12);
    char v[32];
    /* scale 6 on "1,234.5", sign="-" with scale 3 on "12,345" */
    ck_assert_str_eq(xc_decimal_format(find(m, "us-gaap:NetIncomeLoss")->value, v), "-12345000");
    ck_assert_str_eq(xc_decimal_format(find(m, "us-gaap:CashAndCashEquivalentsAtCarryingValue")->value, v),
                     "1234567");
    ck_assert_str_eq(find(m, "dei:DocumentPeriodEndDate")->text, "2024-12-31");
    /* continuation followed, exclusion left out */
    ck_assert_str_eq(find(m, "acme:OutlookTextBlock")->text, "We expect growth in 2025and beyond.");
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

Suite *xbrl_suite(void)
{
    Suite *s = suite_create("xbrl");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_instance);
    tcase_add_test(tc, test_provenance_back);
    tcase_add_test(tc, test_footnotes);
    tcase_add_test(tc, test_dangling);
    tcase_add_test(tc, test_hostile);
    tcase_add_test(tc, test_json_reader);
    tcase_add_test(tc, test_json_errors);
    tcase_add_test(tc, test_ixbrl_sample);
    suite_add_tcase(s, tc);
    return s;
}
