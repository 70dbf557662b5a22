/* check_checks.c: the checks of a fact set (checks.c): period types, units,
 * inconsistent duplicates, calculations with Calculations 1.1 rounding, the
 * balance sheet identity and EPS. */
#include "checks.h"
#include "convert.h"
#include "suites.h"

#include <stdio.h>
#include <string.h>

/* An instance around the given facts, in thousands (decimals -3). */
static xc_model *instance(const char *facts, xc_diag *d)
{
    static char doc[8192];
    snprintf(doc, sizeof(doc),
             "<xbrl xmlns=\"http://www.xbrl.org/2003/instance\" xmlns:g=\"http://fasb.org/us-gaap/2025\"\n"
             "  xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\">\n"
             "<context id=\"D\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">1</identifier></entity>\n"
             "  <period><startDate>2010-01-01</startDate><endDate>2010-03-31</endDate></period></context>\n"
             "<context id=\"I\"><entity><identifier scheme=\"http://www.sec.gov/CIK\">1</identifier></entity>\n"
             "  <period><instant>2010-03-31</instant></period></context>\n"
             "<unit id=\"U\"><measure>iso4217:USD</measure></unit>\n"
             "<unit id=\"S\"><measure>shares</measure></unit>\n"
             "<unit id=\"E\"><divide><unitNumerator><measure>iso4217:USD</measure></unitNumerator>"
             "<unitDenominator><measure>shares</measure></unitDenominator></divide></unit>\n"
             "%s</xbrl>\n",
             facts);
    xc_model *m = xc_model_new();
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    ck_assert_int_gt(xc_convert("t.xml", doc, strlen(doc), NULL, NULL, test_taxonomy(), &opt, m, d),
                     0);
    return m;
}

static int has(const xc_diag *d, const char *text)
{
    for (size_t i = 0; i < d->n; i++)
        if (strstr(d->items[i].message, text))
            return 1;
    return 0;
}

START_TEST(test_clean)
{
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = instance(
        "<g:Assets contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1000000</g:Assets>\n"
        "<g:LiabilitiesAndStockholdersEquity contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1000000</g:LiabilitiesAndStockholdersEquity>\n"
        "<g:NetIncomeLoss contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">-980000</g:NetIncomeLoss>\n"
        "<g:WeightedAverageNumberOfSharesOutstandingBasic contextRef=\"D\" unitRef=\"S\" decimals=\"0\">7162126</g:WeightedAverageNumberOfSharesOutstandingBasic>\n"
        "<g:EarningsPerShareBasic contextRef=\"D\" unitRef=\"E\" decimals=\"2\">-0.14</g:EarningsPerShareBasic>\n"
        "<g:PropertyPlantAndEquipmentGross contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">5000000</g:PropertyPlantAndEquipmentGross>\n"
        "<g:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1830000</g:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment>\n"
        "<g:PropertyPlantAndEquipmentNet contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">3170000</g:PropertyPlantAndEquipmentNet>\n",
        &d);
    ck_assert_int_eq(xc_check(m, test_taxonomy(), &d), 0);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

START_TEST(test_faults)
{
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = instance(
        /* a duration concept on an instant, in shares */
        "<g:Revenues contextRef=\"I\" unitRef=\"S\" decimals=\"-3\">5000</g:Revenues>\n"
        /* two values for one fact (and an exact, consistent duplicate) */
        "<g:Assets contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1000000</g:Assets>\n"
        "<g:Assets contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1000000</g:Assets>\n"
        "<g:Assets contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1001000</g:Assets>\n"
        "<g:LiabilitiesAndStockholdersEquity contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1002000</g:LiabilitiesAndStockholdersEquity>\n"
        /* 5,000 - 1,830 is not 3,180, even at thousands */
        "<g:PropertyPlantAndEquipmentGross contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">5000000</g:PropertyPlantAndEquipmentGross>\n"
        "<g:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1830000</g:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment>\n"
        "<g:PropertyPlantAndEquipmentNet contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">3180000</g:PropertyPlantAndEquipmentNet>\n"
        /* EPS of a different net income */
        "<g:NetIncomeLoss contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">-980000</g:NetIncomeLoss>\n"
        "<g:WeightedAverageNumberOfSharesOutstandingBasic contextRef=\"D\" unitRef=\"S\" decimals=\"0\">7162126</g:WeightedAverageNumberOfSharesOutstandingBasic>\n"
        "<g:EarningsPerShareBasic contextRef=\"D\" unitRef=\"E\" decimals=\"2\">-0.41</g:EarningsPerShareBasic>\n",
        &d);
    int n = xc_check(m, test_taxonomy(), &d);
    for (size_t i = 0; n < 6 && i < d.n; i++)
        fprintf(stderr, "%s\n", d.items[i].message);
    ck_assert_int_ge(n, 6);
    ck_assert(has(&d, "[period-type] g:Revenues is a duration concept"));
    ck_assert(has(&d, "[unit] g:Revenues is measured in xbrli:shares"));
    ck_assert(has(&d, "[duplicate] g:Assets in I is 1001000 here and 1000000"));
    ck_assert(!has(&d, "[duplicate] g:Assets in I is 1000000 here"));
    ck_assert(has(&d, "[balance] assets"));
    ck_assert(has(&d, "[calc] g:PropertyPlantAndEquipmentNet in I is 3180000, but its items add to 3170000"));
    ck_assert(has(&d, "[eps] g:EarningsPerShareBasic -0.41"));
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* EPS over the income available to common stockholders (after preferred
 * dividends), where the release shows it, is no finding. */
START_TEST(test_eps_available_to_common)
{
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = instance(
        "<g:NetIncomeLoss contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">-1040000</g:NetIncomeLoss>\n"
        "<g:NetIncomeLossAvailableToCommonStockholdersBasic contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">-1220000</g:NetIncomeLossAvailableToCommonStockholdersBasic>\n"
        "<g:WeightedAverageNumberOfSharesOutstandingBasic contextRef=\"D\" unitRef=\"S\" decimals=\"-3\">6642000</g:WeightedAverageNumberOfSharesOutstandingBasic>\n"
        "<g:EarningsPerShareBasic contextRef=\"D\" unitRef=\"E\" decimals=\"2\">-0.18</g:EarningsPerShareBasic>\n",
        &d);
    ck_assert_int_eq(xc_check(m, test_taxonomy(), &d), 0);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* The findings of the checks on facts (a format with one %s, the diluted
 * EPS) around one diluted EPS. */
static int eps_findings(const char *facts, const char *eps)
{
    xc_diag d;
    xc_diag_init(&d);
    char doc[1024];
    snprintf(doc, sizeof(doc), facts, eps);
    xc_model *m = instance(doc, &d);
    int n = xc_check(m, test_taxonomy(), &d);
    xc_model_free(m);
    xc_diag_free(&d);
    return n;
}

#define DILUTED_EPS                                                                           \
    "<g:EarningsPerShareDiluted contextRef=\"D\" unitRef=\"E\" decimals=\"2\">%s"             \
    "</g:EarningsPerShareDiluted>\n"

/* Diluted EPS where the release prints only the basic shares: dilution
 * makes it smaller than net income over those shares, which is no finding;
 * larger, it is. */
START_TEST(test_eps_diluted_basic_shares)
{
    static const char facts[] =
        "<g:NetIncomeLoss contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">12587000</g:NetIncomeLoss>\n"
        "<g:WeightedAverageNumberOfSharesOutstandingBasic contextRef=\"D\" unitRef=\"S\" decimals=\"0\">28996060</g:WeightedAverageNumberOfSharesOutstandingBasic>\n" DILUTED_EPS;
    ck_assert_int_eq(eps_findings(facts, "0.41"), 0);
    ck_assert_int_eq(eps_findings(facts, "0.45"), 1);
}
END_TEST

/* Diluted EPS with interest on convertible debt added back: 335 over 111.0
 * diluted shares is 3.02, over 88.3 basic 3.79, and the release's 3.16
 * lies between, which is no finding; 3.90 and 2.90 are. */
START_TEST(test_eps_diluted_add_back)
{
    static const char facts[] =
        "<g:NetIncomeLoss contextRef=\"D\" unitRef=\"U\" decimals=\"-6\">335000000</g:NetIncomeLoss>\n"
        "<g:WeightedAverageNumberOfSharesOutstandingBasic contextRef=\"D\" unitRef=\"S\" decimals=\"-5\">88300000</g:WeightedAverageNumberOfSharesOutstandingBasic>\n"
        "<g:WeightedAverageNumberOfDilutedSharesOutstanding contextRef=\"D\" unitRef=\"S\" decimals=\"-5\">111000000</g:WeightedAverageNumberOfDilutedSharesOutstanding>\n" DILUTED_EPS;
    ck_assert_int_eq(eps_findings(facts, "3.16"), 0);
    ck_assert_int_eq(eps_findings(facts, "3.90"), 1);
    ck_assert_int_eq(eps_findings(facts, "2.90"), 1);
}
END_TEST

static size_t where(const xc_diag *d, const char *text)
{
    for (size_t i = 0; i < d->n; i++)
        if (strstr(d->items[i].message, text))
            return i;
    return (size_t)-1;
}

/* Duplicate findings come in concept-name order, whatever the order (and
 * so the addresses) in which the names were first seen. */
START_TEST(test_duplicate_order)
{
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = instance(
        "<g:Revenues contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">7000</g:Revenues>\n"
        "<g:Revenues contextRef=\"D\" unitRef=\"U\" decimals=\"-3\">9000</g:Revenues>\n"
        "<g:Assets contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1000000</g:Assets>\n"
        "<g:Assets contextRef=\"I\" unitRef=\"U\" decimals=\"-3\">1001000</g:Assets>\n",
        &d);
    xc_check(m, test_taxonomy(), &d);
    size_t a = where(&d, "[duplicate] g:Assets"), r = where(&d, "[duplicate] g:Revenues");
    ck_assert(a != (size_t)-1 && r != (size_t)-1);
    ck_assert_uint_lt(a, r);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

START_TEST(test_rounding)
{
    /* Calculations 1.1: 1.2 + 2.4 (one decimal each) may total 3.5 */
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = instance(
        "<g:PropertyPlantAndEquipmentGross contextRef=\"I\" unitRef=\"U\" decimals=\"-5\">5200000</g:PropertyPlantAndEquipmentGross>\n"
        "<g:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment contextRef=\"I\" unitRef=\"U\" decimals=\"-5\">1400000</g:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment>\n"
        "<g:PropertyPlantAndEquipmentNet contextRef=\"I\" unitRef=\"U\" decimals=\"-5\">3900000</g:PropertyPlantAndEquipmentNet>\n",
        &d);
    ck_assert_int_eq(xc_check(m, test_taxonomy(), &d), 0);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

Suite *checks_suite(void)
{
    Suite *s = suite_create("checks");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_clean);
    tcase_add_test(tc, test_faults);
    tcase_add_test(tc, test_eps_available_to_common);
    tcase_add_test(tc, test_eps_diluted_basic_shares);
    tcase_add_test(tc, test_eps_diluted_add_back);
    tcase_add_test(tc, test_duplicate_order);
    tcase_add_test(tc, test_rounding);
    suite_add_tcase(s, tc);
    return s;
}
