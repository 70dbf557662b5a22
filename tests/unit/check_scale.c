/* check_scale.c: scale statements, extension names and the share data in
 * an equity line's label. */
#include "interp.h"
#include "interp_priv.h"
#include "suites.h"

#include <stdlib.h>
#include <string.h>

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

/* The share data an equity line prints in its label: par value, counts by
 * kind, and the date or year each count is of. */
START_TEST(test_capital)
{
    xc_capital cap;
    char b[32];
    /* The Buckle's: counts dated one by one after a clause of kinds */
    ck_assert_int_gt(xc_capital_read("Common stock, authorized 100,000,000 shares of $.01 par "
                                     "value; issued and outstanding; 50,773,796 shares at "
                                     "November 2, 2024, 50,445,186 shares at February 3, 2024",
                                     &cap),
                     0);
    ck_assert(cap.par_set);
    ck_assert_str_eq(xc_decimal_format(cap.par.value, b), "0.01");
    ck_assert_int_eq(cap.n, 3);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED | XC_CAP_OUTSTANDING);
    ck_assert_str_eq(xc_decimal_format(cap.c[2].value, b), "50445186");
    ck_assert_int_eq(cap.c[1].date, xc_date_make(2024, 11, 2));
    ck_assert_int_eq(cap.c[2].date, xc_date_make(2024, 2, 3));
    /* Apple's: no par value; counts "respectively" in the columns' order */
    xc_capital_read("Common stock, no par value; 900,000,000 shares authorized; 385,192,286 and "
                    "366,726,584 shares issued and outstanding, respectively",
                    &cap);
    ck_assert(!cap.par_set);
    ck_assert_int_eq(cap.n, 3);
    ck_assert_int_eq(cap.c[2].date, XC_NODATE);
    ck_assert_uint_eq(cap.c[2].kinds, XC_CAP_ISSUED | XC_CAP_OUTSTANDING);
    /* counts of years, the list going on past a ";" */
    xc_capital_read("Common stock, $0.001 par value, authorized 75,000,000 shares; issued, 2020, "
                    "63,310,120; 2019, 63,112,004",
                    &cap);
    ck_assert_int_eq(cap.n, 3);
    ck_assert_int_eq(cap.c[1].year, 2020);
    ck_assert_int_eq(cap.c[2].year, 2019);
    ck_assert_uint_eq(cap.c[2].kinds, XC_CAP_ISSUED);
    /* one date for two years: "at December 31, 2024 and 2023" */
    xc_capital_read("120,500,000 and 118,200,000 shares issued and outstanding at December 31, "
                    "2024 and 2023, respectively",
                    &cap);
    ck_assert_int_eq(cap.n, 2);
    ck_assert_int_eq(cap.c[1].date, xc_date_make(2023, 12, 31));
    /* none issued; a treasury line's counts name no kind */
    xc_capital_read("Preferred stock, $0.01 par value; 10,000,000 shares authorized; none issued",
                    &cap);
    ck_assert_int_eq(cap.n, 2);
    ck_assert_str_eq(xc_decimal_format(cap.c[1].value, b), "0");
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED);
    xc_capital_read("Treasury stock, at cost, 1,200,000 and 1,000,000 shares", &cap);
    ck_assert_int_eq(cap.n, 2);
    ck_assert_uint_eq(cap.c[0].kinds, 0);
    /* kinds of one clause, each count its own: the one named after it,
     * or the next count's in a list */
    xc_capital_read("Common stock, $0.01 par value, 300,000 shares authorized, 100,000 and "
                    "99,000 shares issued",
                    &cap);
    ck_assert_int_eq(cap.n, 3);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED);
    ck_assert_uint_eq(cap.c[2].kinds, XC_CAP_ISSUED);
    /* kinds named before the counts, with commas; a count no kind names
     * ("held in treasury") takes none, not the count before's */
    xc_capital_read("authorized 2,000,000,000 shares, issued 1,234,567,890 shares", &cap);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED);
    xc_capital_read("100,000 shares authorized, 60,000 shares issued, 5,000 shares held in treasury",
                    &cap);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED);
    ck_assert_uint_eq(cap.c[2].kinds, 0);
    /* kinds before one count and after the next in one clause: the
     * words say which count each names ("authorized 50,000,000 shares"
     * the count after, "shares issued" the count before, "Issued shares -"
     * the count after) */
    xc_capital_read("Common stock, par value $0.001 per share - authorized 50,000,000 shares, "
                    "33,248,336 shares issued and outstanding as of June 30, 2026 and "
                    "31,004,327 shares issued and outstanding as of December 31, 2025",
                    &cap);
    ck_assert_int_eq(cap.n, 3);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED | XC_CAP_OUTSTANDING);
    ck_assert_uint_eq(cap.c[2].kinds, XC_CAP_ISSUED | XC_CAP_OUTSTANDING);
    xc_capital_read("authorized shares - 200,000 Issued shares - 89,604 and 76,358 "
                    "Outstanding shares - 81,760 and 68,863",
                    &cap);
    ck_assert_int_eq(cap.n, 5);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_uint_eq(cap.c[2].kinds, XC_CAP_ISSUED);
    ck_assert_uint_eq(cap.c[3].kinds, XC_CAP_OUTSTANDING);
    /* "no shares issued or outstanding" is a count of nought; the dates
     * after counts of several kinds hold for them all */
    xc_capital_read("Preferred stock, $0.00001 par value, 50,000,000 shares authorized and no "
                    "shares issued or outstanding as of June 30, 2026 and December 31, 2025",
                    &cap);
    ck_assert_int_eq(cap.n, 2);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_str_eq(xc_decimal_format(cap.c[1].value, b), "0");
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED | XC_CAP_OUTSTANDING);
    ck_assert_int_eq(cap.c[0].date, XC_NODATE);
    ck_assert_int_eq(cap.c[1].date, XC_NODATE);
    /* "N issued shares at DATE": the count before, the next count being
     * far ("Issued shares - 89,604" above names the one after at once) */
    xc_capital_read("Common stock, authorized 18,000,000 shares, $.01 par value, 7,704,994 issued "
                    "shares at June 28, 2026 and 7,635,883 issued shares at June 29, 2025",
                    &cap);
    ck_assert_int_eq(cap.n, 3);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED);
    ck_assert_uint_eq(cap.c[2].kinds, XC_CAP_ISSUED);
    xc_capital_read("50,000,000 shares authorized, 40,000,000 issued", &cap);
    ck_assert_uint_eq(cap.c[0].kinds, XC_CAP_AUTHORIZED);
    ck_assert_uint_eq(cap.c[1].kinds, XC_CAP_ISSUED);
    ck_assert_int_eq(xc_capital_read("Retained earnings", &cap), 0);
}
END_TEST

/* What a line says it is net of: its words and each amount with the power
 * of ten its words give and its date or year */
START_TEST(test_contra)
{
    xc_contra ct;
    char b[32];
    const char *l = "Accounts receivable, net of allowance for credit losses of $2,091 and $2,929";
    ck_assert_int_eq(xc_contra_read(l, &ct), 2);
    ck_assert_int_eq((int)ct.what_len, 27);
    ck_assert(!strncmp(l + ct.what_at, "allowance for credit losses", ct.what_len));
    ck_assert_str_eq(xc_decimal_format(ct.a[1].value, b), "2929");
    ck_assert_int_eq(ct.exp[0], 0);
    ck_assert_int_eq(ct.a[0].date, XC_NODATE);
    /* the last verb before the amounts: not "net of current portion" */
    l = "Contract assets, net of current portion, net of allowance of $139 and $145, respectively";
    ck_assert_int_eq(xc_contra_read(l, &ct), 2);
    ck_assert(!strncmp(l + ct.what_at, "allowance", ct.what_len));
    /* millions, dates */
    xc_contra_read("Accounts receivable, net of allowance for expected credit losses of $3.7 "
                   "million and $3.6 million at June 30, 2026 and December 31, 2025, "
                   "respectively",
                   &ct);
    ck_assert_int_eq(ct.n, 2);
    ck_assert_int_eq(ct.exp[1], 6);
    ck_assert_str_eq(xc_decimal_format(ct.a[1].value, b), "3.6");
    ck_assert_int_eq(ct.a[0].date, xc_date_make(2026, 6, 30));
    ck_assert_int_eq(ct.a[1].date, xc_date_make(2025, 12, 31));
    /* years; "less"; one amount in parentheses */
    xc_contra_read("Accounts receivable, less allowance of $13,144 in 2026 and $13,830 in 2025",
                   &ct);
    ck_assert_int_eq(ct.a[1].year, 2025);
    ck_assert_int_eq(xc_contra_read("Accounts receivable (net of allowance of $57,177)", &ct), 1);
    /* no amount deducted: a par value, a clause with no verb, none at all */
    ck_assert_int_eq(xc_contra_read("Common stock, par value of $0.01", &ct), 0);
    ck_assert_int_eq(xc_contra_read("Notes payable, net of current portion", &ct), 0);
    ck_assert_int_eq(xc_contra_read("Unless otherwise stated of $5", &ct), 0);
}
END_TEST

Suite *scale_suite(void)
{
    Suite *s = suite_create("scale");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_scale_of, 0, sizeof(cases) / sizeof(cases[0]));
    tcase_add_test(tc, test_camel);
    tcase_add_test(tc, test_capital);
    tcase_add_test(tc, test_contra);
    suite_add_tcase(s, tc);
    return s;
}
