/* check_writers.c: writers on a small model, compared as strings. */
#include "model.h"
#include "sha256.h"
#include "suites.h"
#include "writers.h"

#include <string.h>

static xc_model *small_model(void)
{
    xc_model *m = xc_model_new();
    xc_model_set(&m->entity_name, "Widget Co.");
    xc_model_set(&m->ticker, "WID");
    xc_model_ns(m, "xbrli", "http://www.xbrl.org/2003/instance");
    xc_model_ns(m, "iso4217", "http://www.xbrl.org/2003/iso4217");
    xc_model_ns(m, "us-gaap", "http://fasb.org/us-gaap/2025");
    size_t c = xc_model_context(m, XC_PERIOD_DURATION, xc_date_make(2004, 1, 1),
                                xc_date_make(2004, 4, 4), 1, NULL, 0);
    size_t i = xc_model_context(m, XC_PERIOD_INSTANT, XC_NODATE, xc_date_make(2004, 4, 4), 0, NULL,
                                0);
    size_t usd = xc_model_unit(m, "iso4217:USD", NULL);
    xc_fact f;
    memset(&f, 0, sizeof(f));
    f.concept = (char *)"us-gaap:Revenues";
    f.label = (char *)"Revenues";
    f.context = c;
    f.unit = usd;
    f.numeric = 1;
    f.value = (xc_decimal){11293000, 0};
    f.decimals = -3;
    f.prov.row_label = (char *)"Net Sales, \"net\"";
    f.prov.cell = (char *)"$11,293";
    f.prov.line = 103;
    xc_model_add_fact(m, &f);
    f.concept = (char *)"us-gaap:Assets";
    f.context = i;
    f.value = (xc_decimal){27442000, 0};
    xc_model_add_fact(m, &f);
    return m;
}

START_TEST(test_json)
{
    xc_model *m = small_model();
    xc_sink s;
    xc_sink_init_mem(&s);
    ck_assert_int_eq(xc_write_json(m, &s, NULL, NULL), 0);
    const char *out = s.mem.ptr;
    ck_assert(strstr(out, "\"documentType\": \"https://xbrl.org/2021/xbrl-json\""));
    /* OIM periods: the end is the exclusive midnight after the XBRL date */
    ck_assert(strstr(out, "\"period\": \"2004-01-01T00:00:00/2004-04-05T00:00:00\""));
    ck_assert(strstr(out, "\"period\": \"2004-04-05T00:00:00\""));
    ck_assert(strstr(out, "\"value\": \"11293000\""));
    ck_assert(strstr(out, "\"decimals\": -3"));
    xc_buf_free(&s.mem);
    xc_model_free(m);
}
END_TEST

/* escapes at every place of the 8-byte words the scanner reads */
START_TEST(test_json_string)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"", "\"\""},
        {"Net sales", "\"Net sales\""},
        {"us-gaap:IncomeLossFromContinuingOperations",
         "\"us-gaap:IncomeLossFromContinuingOperations\""},
        {"1234567\"", "\"1234567\\\"\""},
        {"12345678\\9", "\"12345678\\\\9\""},
        {"a\tb\nc\rd\x01" "e", "\"a\\tb\\nc\\rd\\u0001e\""},
        {"caf\xC3\xA9 \x7F 0123456789abcdef\x1F", "\"caf\xC3\xA9 \x7F 0123456789abcdef\\u001f\""},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        xc_sink s;
        xc_sink_init_mem(&s);
        xc_json_string(&s, cases[i].in);
        ck_assert_str_eq(s.mem.ptr, cases[i].out);
        xc_buf_free(&s.mem);
    }
}
END_TEST

START_TEST(test_csv)
{
    xc_model *m = small_model();
    xc_sink s;
    xc_sink_init_mem(&s);
    ck_assert_int_eq(xc_write_csv(m, &s, NULL, NULL), 0);
    const char *out = s.mem.ptr;
    ck_assert(!strncmp(out, "entity,cik,ticker,concept,", 26));
    /* RFC 4180: quotes doubled, CRLF */
    ck_assert(strstr(out, "\"Net Sales, \"\"net\"\"\""));
    ck_assert(strstr(out, "\r\n"));
    ck_assert(strstr(out, "us-gaap:Revenues,Revenues,2004-01-01,2004-04-04,iso4217:USD,11293000,-3"));
    xc_buf_free(&s.mem);
    xc_model_free(m);
}
END_TEST

START_TEST(test_xbrl)
{
    xc_model *m = small_model();
    xc_sink s;
    xc_sink_init_mem(&s);
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_int_eq(xc_write_xbrl(m, &s, NULL, &d), 0);
    const char *out = s.mem.ptr;
    ck_assert(strstr(out, "<link:schemaRef xlink:type=\"simple\""));
    ck_assert(strstr(out, "<xbrli:startDate>2004-01-01</xbrli:startDate>"));
    ck_assert(strstr(out, "contextRef=\"D2004-01-01_2004-04-04\" unitRef=\"USD\" decimals=\"-3\""));
    xc_buf_free(&s.mem);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_sha256)
{
    /* FIPS 180-4 examples: one block, two blocks, and an empty input */
    const char *in[] = {"abc", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", ""};
    const char *want[] = {
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"};
    for (int k = 0; k < 3; k++) {
        xc_sha256 s;
        char hex[65];
        xc_sha256_init(&s);
        /* fed a byte at a time: block boundaries inside update */
        for (const char *p = in[k]; *p; p++)
            xc_sha256_update(&s, p, 1);
        xc_sha256_hex(&s, hex);
        ck_assert_str_eq(hex, want[k]);
    }
}
END_TEST

Suite *writers_suite(void)
{
    Suite *s = suite_create("writers");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_json);
    tcase_add_test(tc, test_json_string);
    tcase_add_test(tc, test_csv);
    tcase_add_test(tc, test_xbrl);
    tcase_add_test(tc, test_sha256);
    suite_add_tcase(s, tc);
    return s;
}
