/* check_scale.c: scale statements and extension names. */
#include "interp.h"
#include "suites.h"

#include <stdlib.h>

static const struct {
    const char *text;
    int exp, shares; /* shares: the share counts' scale (-1: the amounts') */
} cases[] = {
    {"(In thousands, except per share and share amounts)", 3, 0},
    {"(Dollars in Millions, Except per Share Amounts)", 6, -1},
    {"(millions, except earnings per common share)", 6, -1},
    {"($ in millions, except earnings per share)", 6, -1},
    {"Amounts in Thousands Except Per Share Amounts", 3, -1},
    {"(in thousands, except share data)", 3, 0},
    {"(In thousands, except shares in millions and per share data)", 3, 6},
    {"(in millions, except per share amounts; shares in thousands)", 6, 3},
    {"($000)", 3, -1},
    {"(000's omitted)", 3, -1},
    {"RMB'000", 3, 0}, /* thousands of a currency: money only */
    {"US$\xe2\x80\x99" "000", 3, 0},
    {"Amounts '000", 3, -1},
    {"(in billions)", 9, -1},
    {"(Unaudited)", -1, -1},
    {"Consolidated Balance Sheets", -1, -1},
};

START_TEST(test_scale_of)
{
    int sx = -2;
    ck_assert_int_eq(xc_scale_of(cases[_i].text, &sx), cases[_i].exp);
    if (cases[_i].exp >= 0)
        ck_assert_int_eq(sx, cases[_i].shares);
}
END_TEST

START_TEST(test_camel)
{
    char *n = xc_camel_name("Net assets held for sale");
    ck_assert_str_eq(n, "NetAssetsHeldForSale");
    free(n);
    n = xc_camel_name("Stockholders' Investment (1)");
    ck_assert_str_eq(n, "StockholdersInvestment");
    free(n);
    n = xc_camel_name("2001 Growth (in millions)");
    ck_assert_str_eq(n, "N2001Growth");
    free(n);
    /* the amounts a label prints are no part of its name */
    n = xc_camel_name("Fixed maturities, at fair value (amortized cost 2020, $6,102,330)");
    ck_assert_str_eq(n, "FixedMaturitiesAtFairValue");
    free(n);
    n = xc_camel_name("Treasury stock, at cost, 2020 and 2019, 21,401,117 shares");
    ck_assert_str_eq(n, "TreasuryStockAtCost2020And2019");
    free(n);
    /* nor are references to the notes */
    n = xc_camel_name("Restricted funds [note 4]");
    ck_assert_str_eq(n, "RestrictedFunds");
    free(n);
    n = xc_camel_name("Net income (See Notes) - excluding items");
    ck_assert_str_eq(n, "NetIncomeExcludingItems");
    free(n);
    n = xc_camel_name("Total student enrollment at September 30");
    ck_assert_str_eq(n, "TotalStudentEnrollment");
    free(n);
    n = xc_camel_name("Employees as of June 30, 2004 (1)");
    ck_assert_str_eq(n, "Employees");
    free(n);
    n = xc_camel_name("Stockholders' equity at cost");
    ck_assert_str_eq(n, "StockholdersEquityAtCost");
    free(n);
    n = xc_camel_name("");
    ck_assert_str_eq(n, "Item");
    free(n);
}
END_TEST

Suite *scale_suite(void)
{
    Suite *s = suite_create("scale");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_scale_of, 0, sizeof(cases) / sizeof(cases[0]));
    tcase_add_test(tc, test_camel);
    suite_add_tcase(s, tc);
    return s;
}
