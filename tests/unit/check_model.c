/* check_model.c: contexts, units, facts and their invariants. */
#include "model.h"
#include "suites.h"

#include <string.h>

START_TEST(test_contexts_units)
{
    xc_model *m = xc_model_new();
    xc_model_ns(m, "us-gaap", "http://fasb.org/us-gaap/2025");
    xc_date s = xc_date_make(2004, 1, 1), e = xc_date_make(2004, 4, 4);
    size_t c1 = xc_model_context(m, XC_PERIOD_DURATION, s, e, 1, NULL, 0);
    size_t c2 = xc_model_context(m, XC_PERIOD_DURATION, s, e, 1, NULL, 0);
    ck_assert_uint_eq(c1, c2);
    ck_assert_str_eq(m->contexts[c1].id, "D2004-01-01_2004-04-04");
    size_t i1 = xc_model_context(m, XC_PERIOD_INSTANT, XC_NODATE, e, 0, NULL, 0);
    ck_assert_str_eq(m->contexts[i1].id, "I2004-04-04");
    xc_dim dim = {.axis = (char *)"us-gaap:StatementBusinessSegmentsAxis",
                  .member = (char *)"x:DomesticMember"};
    size_t c3 = xc_model_context(m, XC_PERIOD_DURATION, s, e, 1, &dim, 1);
    ck_assert_uint_ne(c3, c1);
    ck_assert_str_eq(m->contexts[c3].id, "D2004-01-01_2004-04-04_1");
    size_t u1 = xc_model_unit(m, "iso4217:USD", "xbrli:shares");
    ck_assert_str_eq(m->units[u1].id, "USDPerShares");
    ck_assert_uint_eq(xc_model_unit(m, "iso4217:USD", "xbrli:shares"), u1);
    ck_assert_uint_eq(xc_model_find_unit(m, "xbrli:pure", NULL), XC_NONE);

    xc_fact f;
    memset(&f, 0, sizeof(f));
    f.concept = (char *)"us-gaap:EarningsPerShareBasic";
    f.context = c1;
    f.unit = u1;
    f.numeric = 1;
    f.value = (xc_decimal){-14, 2};
    f.decimals = 2;
    xc_model_add_fact(m, &f);
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_int_eq(xc_model_check(m, &d), 0);
    /* a fact whose prefix is unbound breaks an invariant */
    f.concept = (char *)"nope:Thing";
    xc_model_add_fact(m, &f);
    ck_assert_int_eq(xc_model_check(m, &d), 1);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

START_TEST(test_free_null)
{
    xc_model_free(NULL);
}
END_TEST

Suite *model_suite(void)
{
    Suite *s = suite_create("model");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_contexts_units);
    tcase_add_test(tc, test_free_null);
    suite_add_tcase(s, tc);
    return s;
}
