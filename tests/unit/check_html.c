/* check_html.c: the HTML grid builder (split $ and parentheses, colspans,
 * spacer cells), the EDGAR splitter and encoding detection, end to end. */
#include "convert.h"
#include "readers.h"
#include "suites.h"
#include "taxonomy.h"

#include <string.h>

/* Converts text, its diagnostics in *d (initialised by the caller). */
static xc_model *convert_diag(const char *text, const char *from, xc_diag *d, int *rc)
{
    xc_model *m = xc_model_new();
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    *rc = xc_convert("t.html", text, strlen(text), from, NULL, test_taxonomy(), &opt, m, d);
    if (*rc > 0)
        ck_assert_int_eq(xc_model_check(m, d), 0);
    return m;
}

static xc_model *convert(const char *text, const char *from, int *rc)
{
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(text, from, &d, rc);
    xc_diag_free(&d);
    return m;
}

static const char *value_of(const xc_model *m, const char *local, const char *end)
{
    static char buf[32];
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[16];
        if (!f->numeric || strcmp(strchr(f->concept, ':') + 1, local))
            continue;
        if (m->contexts[f->context].ndims ||
            strcmp(xc_date_format(m->contexts[f->context].end, b), end))
            continue;
        return xc_decimal_format(f->value, buf);
    }
    return NULL;
}

/* The unit ("iso4217:EUR", "iso4217:EUR/xbrli:shares") of the fact of
 * concept (a QName) whose value prints as v, or "" when none has it. */
static const char *unit_of(const xc_model *m, const char *concept, const char *v)
{
    static char buf[64];
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[40];
        if (strcmp(f->concept, concept) || strcmp(xc_decimal_format(f->value, b), v))
            continue;
        const xc_unit *u = &m->units[f->unit];
        snprintf(buf, sizeof(buf), "%s%s%s", u->num, u->den ? "/" : "", u->den ? u->den : "");
        return buf;
    }
    return "";
}

static const char GRID[] =
    "<html><body><p>ACME INC.</p><p>STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands)</p>"
    "<table>"
    "<tr><td></td><td colspan=\"3\">Three Months Ended</td></tr>"
    "<tr><td></td><td colspan=\"2\">March 31,<br>2004</td><td></td><td colspan=\"2\">March 31,<br>2003</td></tr>"
    "<tr><td>Revenues</td><td>$</td><td>1,000</td><td>&nbsp;</td><td>$</td><td>900</td></tr>"
    "<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td></tr>"
    "<tr><td>Operating loss</td><td>$</td><td>(12</td><td>)</td><td></td><td>&#151;</td></tr>"
    "<tr><td>Net loss</td><td colspan=\"2\">$(10)</td><td></td><td colspan=\"2\">(3)</td></tr>"
    "</table></body></html>";

START_TEST(test_grid)
{
    int rc;
    xc_model *m = convert(GRID, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-03-31"), "1000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2003-03-31"), "900000");
    /* "(12" and ")" in two cells */
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2004-03-31"), "-12000");
    /* an em dash is a printed zero */
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2003-03-31"), "0");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-03-31"), "-10000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2003-03-31"), "-3000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_layout_and_words)
{
    int rc;
    /* a layout table holding the statement, and a table of words */
    const char *html =
        "<table><tr><td><table><tr><td>Cash</td><td>Shares</td></tr></table>"
        "<table><tr><td></td><td>December 31, 2004</td><td>December 31, 2003</td></tr>"
        "<tr><td>Total assets</td><td>5,000</td><td>4,000</td></tr>"
        "<tr><td>Total liabilities</td><td>3,000</td><td>2,500</td></tr></table>"
        "</td></tr></table>";
    xc_model *m = convert(html, "html", &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", "2004-12-31"), "5000");
    ck_assert_str_eq(value_of(m, "Liabilities", "2003-12-31"), "2500");
    xc_model_free(m);
    m = convert("<html><body><table><tr><td>Fun</td><td>Games</td></tr></table></body></html>",
                NULL, &rc);
    ck_assert_int_eq(rc, -XC_ENOTABLE);
    xc_model_free(m);
}
END_TEST

/* The company, statement and scale in a first row that spans the whole
 * table are its title, not a header over every column. */
static const char TITLE_ROW[] =
    "<html><body><table>"
    "<tr><td colspan=\"3\"><b>WIDGETCO, INC.<br/>CONSOLIDATED STATEMENTS OF INCOME<br/>"
    "(in millions)<br/>(unaudited)</b></td></tr>"
    "<tr><td></td><td>Three Months Ended<br/>December 31, 2024</td>"
    "<td>Three Months Ended<br/>December 31, 2023</td></tr>"
    "<tr><td>Net revenue</td><td>$ 1,205.3</td><td>$ 1,102.0</td></tr>"
    "<tr><td>Cost of goods sold</td><td>700.0</td><td>650.0</td></tr>"
    "<tr><td>Net income</td><td>$ 150.0</td><td>$ 115.0</td></tr>"
    "</table></body></html>";

START_TEST(test_title_row)
{
    int rc;
    xc_model *m = convert(TITLE_ROW, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-12-31"), "1205300000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-12-31"), "115000000");
    xc_model_free(m);
}
END_TEST

/* Undated columns under a title that names periods: each keeps the length
 * it states ("FY 2024" is a year, though the title says "Fourth Quarter"). */
static const char NAMED_COLUMNS[] =
    "<html><body><p>Widgetco Announces Fourth Quarter and Fiscal 2024 Results</p>"
    "<table><tr><td colspan=\"5\">(in millions)</td></tr>"
    "<tr><td></td><td>Q4 2024</td><td>Q4 2023</td><td>FY 2024</td><td>FY 2023</td></tr>"
    "<tr><td>Net revenue</td><td>$ 1,205.3</td><td>$ 1,102.0</td><td>$ 4,500.1</td>"
    "<td>$ 4,200.9</td></tr>"
    "<tr><td>Net income</td><td>$ 150.0</td><td>$ 115.0</td><td>$ 500.0</td><td>$ 410.0</td></tr>"
    "</table></body></html>";

/* A balance sheet under a headline that names a quarter: its columns are
 * instants, for the rows no concept fits too. */
static const char BS_UNDER_HEADLINE[] =
    "<html><body><p>Acme reports second quarter results</p>"
    "<p><b>CONDENSED CONSOLIDATED BALANCE SHEETS</b><br>(In millions)</p><table>"
    "<tr><td></td><td>March 29, 2025</td><td>September 28, 2024</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$ 28,162</td><td>$ 29,943</td></tr>"
    "<tr><td>Widget deposits</td><td>1,000</td><td>900</td></tr>"
    "<tr><td>Total assets</td><td>29,162</td><td>30,843</td></tr>"
    "</table></body></html>";

START_TEST(test_balance_sheet_under_headline)
{
    int rc;
    xc_model *m = convert(BS_UNDER_HEADLINE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int numeric = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        if (!m->facts[i].numeric)
            continue;
        numeric++;
        ck_assert_msg(m->contexts[m->facts[i].context].type == XC_PERIOD_INSTANT,
                      "%s is not an instant", m->facts[i].concept);
    }
    ck_assert_int_eq(numeric, 6);
    xc_model_free(m);
}
END_TEST

START_TEST(test_named_columns)
{
    int rc;
    xc_model *m = convert(NAMED_COLUMNS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int year = 0, quarter = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char a[16], b[16], v[32];
        if (strcmp(f->concept, "us-gaap:Revenues") || strcmp(xc_date_format(c->end, b), "2024-12-31"))
            continue;
        xc_date_format(c->start, a);
        xc_decimal_format(f->value, v);
        if (!strcmp(a, "2024-01-01")) {
            ck_assert_str_eq(v, "4500100000");
            year++;
        } else {
            ck_assert_str_eq(a, "2024-10-01");
            ck_assert_str_eq(v, "1205300000");
            quarter++;
        }
    }
    ck_assert_int_eq(year, 1);
    ck_assert_int_eq(quarter, 1);
    xc_model_free(m);
}
END_TEST

/* A dated column keeps its date under a headline that names another year. */
static const char DATED_UNDER_HEADLINE[] =
    "<html><body><p>Widgetco Announces Fourth Quarter and Fiscal 2024 Results</p>"
    "<table><tr><td colspan=\"3\">CONSOLIDATED BALANCE SHEETS<br/>(in thousands)</td></tr>"
    "<tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$ 50,000</td><td>$ 40,000</td></tr>"
    "<tr><td>Total assets</td><td>$ 200,000</td><td>$ 181,000</td></tr>"
    "</table></body></html>";

START_TEST(test_dated_under_headline)
{
    int rc;
    xc_model *m = convert(DATED_UNDER_HEADLINE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", "2024-12-31"), "200000000");
    ck_assert_str_eq(value_of(m, "Assets", "2023-12-31"), "181000000");
    xc_model_free(m);
}
END_TEST

/* The dateline's sentence above a table dates the release, not the
 * table's "Third Quarter" columns (which end with the calendar quarter). */
static const char DATELINE_ABOVE[] =
    "<html><body><p>Widgetco Reports Third Quarter 2024 Results</p>"
    "<p>SAN JOSE, Calif., October 30, 2024 -- Widgetco today reported revenue of $152.3 "
    "million.</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(In thousands)</p><table>"
    "<tr><td></td><td>Third Quarter 2024</td><td>Third Quarter 2023</td></tr>"
    "<tr><td>Revenue</td><td>$ 152,310</td><td>$ 140,022</td></tr>"
    "<tr><td>Net income</td><td>17,360</td><td>11,200</td></tr>"
    "</table></body></html>";

START_TEST(test_dateline_above)
{
    int rc;
    xc_model *m = convert(DATELINE_ABOVE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_ptr_nonnull(value_of(m, "Revenues", "2024-09-30"));
    ck_assert_str_eq(value_of(m, "Revenues", "2024-09-30"), "152310000");
    ck_assert_ptr_null(value_of(m, "Revenues", "2024-10-30"));
    xc_model_free(m);
}
END_TEST

/* Quarters grouped by year: a year alone in the label column ("2004") is
 * the heading of its rows, not an amount, and the columns' month and day
 * take it (before, the year was a figure and every column the title's
 * last year). */
static const char QUARTERS_BY_YEAR[] =
    "<html><body><p>Selected quarterly information (in thousands):</p><table>"
    "<tr><td></td><td colspan=\"2\">Quarter Ended</td></tr>"
    "<tr><td></td><td>December 31</td><td>September 30</td></tr>"
    "<tr><td>2004</td><td></td><td></td></tr>"
    "<tr><td>Net income</td><td>$ 41,150</td><td>$ 42,527</td></tr>"
    "<tr><td>2003</td><td></td><td></td></tr>"
    "<tr><td>Net income</td><td>$ 49,711</td><td>$ 40,185</td></tr>"
    "</table></body></html>";

START_TEST(test_quarters_by_year)
{
    int rc;
    xc_model *m = convert(QUARTERS_BY_YEAR, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-09-30"), "42527000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2003-12-31"), "49711000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2003-09-30"), "40185000");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert(strcmp(m->facts[i].concept, "ext:Subtotal") != 0);
    xc_model_free(m);
}
END_TEST

/* A note's table of quarters by date alone, under a title that calls them
 * quarterly and names the fiscal years: each column is a quarter (before,
 * the title's "fiscal 2020" made every column a year). And quarters under
 * year headings beside a "Total" column: that column is the year. */
static const char QUARTERLY_NOTE[] =
    "<html><body><p>Note 21. Quarterly Financial Information (Unaudited)</p>"
    "<p>The following table presents our quarterly consolidated statements of operations for "
    "fiscal 2020 (in millions):</p><table>"
    "<tr><td></td><td>June 27, 2020</td><td>March 28, 2020</td></tr>"
    "<tr><td>Net revenue</td><td>$ 368.1</td><td>$ 402.8</td></tr>"
    "<tr><td>Gross profit</td><td>135.7</td><td>157.7</td></tr>"
    "</table><p>Selected quarterly data (in thousands):</p><table>"
    "<tr><td></td><td>Total</td><td>Dec. 31</td><td>Sept. 30</td></tr>"
    "<tr><td>2012</td><td></td><td></td><td></td></tr>"
    "<tr><td>Net income</td><td>$ 44,841</td><td>$ 3,073</td><td>$ (22,214)</td></tr>"
    "</table></body></html>";

START_TEST(test_quarterly_note)
{
    int rc;
    xc_model *m = convert(QUARTERLY_NOTE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int quarters = 0, year = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[16], e[16];
        xc_date_format(c->start, b);
        xc_date_format(c->end, e);
        if (!strcmp(f->concept, "us-gaap:GrossProfit"))
            quarters += !strcmp(b, "2020-03-29") || !strcmp(b, "2019-12-29");
        if (!strcmp(f->concept, "us-gaap:NetIncomeLoss") && !strcmp(e, "2012-12-31"))
            year += !strcmp(b, "2012-01-01") ? 1 : !strcmp(b, "2012-10-01") ? 10 : 100;
    }
    ck_assert_int_eq(quarters, 2);
    ck_assert_int_eq(year, 11);
    xc_model_free(m);
}
END_TEST

/* A scale note printed as a row in the label column, right above the
 * first row: it scales the rows, and is no part of the label below it
 * (which read "(in thousands, except per share data) Net revenues"). */
static const char SCALE_ROW[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><table>"
    "<tr><td></td><td>Three Months Ended June 26, 2010</td></tr>"
    "<tr><td>(in thousands, except per share data)</td><td></td></tr>"
    "<tr><td>Net revenues</td><td>$ 565,962</td></tr>"
    "<tr><td>Net income</td><td>$ 58,455</td></tr>"
    "</table></body></html>";

START_TEST(test_scale_row)
{
    int rc;
    xc_model *m = convert(SCALE_ROW, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2010-06-26"), "565962000");
    for (size_t i = 0; i < m->nfacts; i++)
        if (!strcmp(m->facts[i].concept, "us-gaap:Revenues"))
            ck_assert_str_eq(m->facts[i].prov.row_label, "Net revenues");
    xc_model_free(m);
}
END_TEST

/* a utility's statement: a residual line among operating expenses, other
 * income and expense apart, interest net of what was capitalized; then a
 * segment's reconciliation that repeats the statement's figures */
static const char UTILITY[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(dollars in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2007</td>"
    "<td>Three Months Ended June 30, 2006</td></tr>"
    "<tr><td>OPERATING REVENUES</td><td>$ 832,554</td><td>$ 856,328</td></tr>"
    "<tr><td>OPERATING EXPENSES</td><td></td><td></td></tr>"
    "<tr><td>Operations and maintenance</td><td>177,310</td><td>168,332</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>92,835</td><td>89,297</td></tr>"
    "<tr><td>Other expenses</td><td>8,803</td><td>8,430</td></tr>"
    "<tr><td>Total</td><td>278,948</td><td>266,059</td></tr>"
    "<tr><td>OPERATING INCOME</td><td>553,606</td><td>590,269</td></tr>"
    "<tr><td>OTHER</td><td></td><td></td></tr>"
    "<tr><td>Allowance for equity funds used during construction</td>"
    "<td>4,210</td><td>3,817</td></tr>"
    "<tr><td>Other income</td><td>6,320</td><td>5,104</td></tr>"
    "<tr><td>Other expense</td><td>(3,120)</td><td>(2,944)</td></tr>"
    "<tr><td>Total</td><td>7,410</td><td>5,977</td></tr>"
    "<tr><td>INTEREST EXPENSE</td><td></td><td></td></tr>"
    "<tr><td>Interest charges</td><td>47,812</td><td>50,027</td></tr>"
    "<tr><td>Capitalized interest</td><td>(3,906)</td><td>(3,401)</td></tr>"
    "<tr><td>Total</td><td>43,906</td><td>46,626</td></tr>"
    "<tr><td>INCOME BEFORE INCOME TAXES</td><td>517,110</td><td>549,620</td></tr>"
    "</table>"
    "<p>RECONCILIATION OF REGULATED ELECTRICITY SEGMENT GROSS MARGIN</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2007</td>"
    "<td>Three Months Ended June 30, 2006</td></tr>"
    "<tr><td>Operating income</td><td>$ 553,606</td><td>$ 590,269</td></tr>"
    "<tr><td>Operations and maintenance</td><td>177,310</td><td>168,332</td></tr>"
    "<tr><td>Regulated electricity segment gross margin</td><td>$ 730,916</td>"
    "<td>$ 758,601</td></tr>"
    "</table></body></html>";

START_TEST(test_utility_sections)
{
    int rc;
    xc_model *m = convert(UTILITY, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    /* "Other expenses" among operating expenses */
    ck_assert_str_eq(value_of(m, "OtherCostAndExpenseOperating", "2007-06-30"), "8803000");
    /* other income and other expense, each its own, and their total */
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncome", "2007-06-30"), "6320000");
    ck_assert_str_eq(value_of(m, "OtherNonoperatingExpense", "2007-06-30"), "3120000");
    ck_assert_str_eq(value_of(m, "NonoperatingIncomeExpense", "2007-06-30"), "7410000");
    ck_assert_str_eq(value_of(m,
                              "PublicUtilitiesAllowanceForFundsUsedDuringConstruction"
                              "CapitalizedCostOfEquity",
                              "2007-06-30"),
                     "4210000");
    /* the section's total is the interest expense, net of what was
     * capitalized */
    ck_assert_str_eq(value_of(m, "InterestExpense", "2007-06-30"), "43906000");
    ck_assert_str_eq(value_of(m, "InterestCostsCapitalizedAdjustment", "2007-06-30"), "3906000");
    /* the reconciliation's consolidated figures are no segment's */
    for (size_t i = 0; i < m->nfacts; i++) {
        const char *k = m->facts[i].concept;
        if (!strcmp(k, "us-gaap:OperatingIncomeLoss") ||
            !strcmp(k, "us-gaap:UtilitiesOperatingExpenseMaintenanceAndOperations"))
            ck_assert_uint_eq(m->contexts[m->facts[i].context].ndims, 0);
    }
    xc_model_free(m);
}
END_TEST

/* a REIT's statements: its acquisition costs are no insurer's, and the
 * depreciation its net real estate deducts is the real estate's; an
 * airline's gross interest expense beside capitalized interest */
static const char REIT[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2016</td>"
    "<td>Three Months Ended June 30, 2015</td></tr>"
    "<tr><td>Rental revenue</td><td>$ 98,412</td><td>$ 91,027</td></tr>"
    "<tr><td>Expenses:</td><td></td><td></td></tr>"
    "<tr><td>Property operating</td><td>18,930</td><td>17,884</td></tr>"
    "<tr><td>Acquisition costs</td><td>512</td><td>1,308</td></tr>"
    "<tr><td>Total expenses</td><td>19,442</td><td>19,192</td></tr>"
    "<tr><td>Operating income</td><td>78,970</td><td>71,835</td></tr>"
    "<tr><td>Nonoperating income (expense):</td><td></td><td></td></tr>"
    "<tr><td>Interest income</td><td>9,800</td><td>5,200</td></tr>"
    "<tr><td>Interest expense</td><td>(20,400)</td><td>(19,100)</td></tr>"
    "<tr><td>Capitalized interest</td><td>2,100</td><td>1,400</td></tr>"
    "<tr><td>Total nonoperating expense, net</td><td>(8,500)</td><td>(12,500)</td></tr>"
    "<tr><td>Net income</td><td>$ 70,470</td><td>$ 59,335</td></tr>"
    "</table><p>CONSOLIDATED BALANCE SHEETS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2016</td><td>December 31, 2015</td></tr>"
    "<tr><td>Real estate:</td><td></td><td></td></tr>"
    "<tr><td>Land</td><td>$ 612,540</td><td>$ 598,301</td></tr>"
    "<tr><td>Buildings and improvements</td><td>2,890,117</td><td>2,811,460</td></tr>"
    "<tr><td>Total real estate, at cost</td><td>3,502,657</td><td>3,409,761</td></tr>"
    "<tr><td>Less: accumulated depreciation</td><td>(512,804)</td><td>(448,216)</td></tr>"
    "<tr><td>Net real estate</td><td>2,989,853</td><td>2,961,545</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>21,406</td><td>18,335</td></tr>"
    "<tr><td>Total assets</td><td>$ 3,011,259</td><td>$ 2,979,880</td></tr>"
    "</table></body></html>";

START_TEST(test_reit_statements)
{
    int rc;
    xc_model *m = convert(REIT, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "BusinessCombinationAcquisitionRelatedCosts", "2016-06-30"),
                     "512000");
    ck_assert_str_eq(value_of(m, "RealEstateInvestmentPropertyAccumulatedDepreciation",
                              "2016-06-30"),
                     "512804000");
    ck_assert_ptr_null(value_of(m, "AccumulatedDepreciationDepletionAndAmortization"
                                   "PropertyPlantAndEquipment",
                                "2016-06-30"));
    ck_assert_str_eq(value_of(m, "InterestExpense", "2016-06-30"), "20400000");
    ck_assert_ptr_null(value_of(m, "InterestExpenseDeposits", "2016-06-30"));
    xc_model_free(m);
}
END_TEST

/* The statement of operations the segment tables below add up to. */
#define OPERATIONS_Q3 \
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>" \
    "<tr><td></td><td>Three Months Ended September 30, 2024</td>" \
    "<td>Three Months Ended September 30, 2023</td></tr>" \
    "<tr><td>Net sales</td><td>$ 1,000</td><td>$ 900</td></tr>" \
    "<tr><td>Cost of sales</td><td>600</td><td>550</td></tr>" \
    "<tr><td>Operating income</td><td>150</td><td>120</td></tr>" \
    "<tr><td>Net income</td><td>$ 100</td><td>$ 80</td></tr>"

/* tables titled by segment: the segments' rows measure what the title
 * names, which their bare "Total" or "Consolidated" is */
static const char SEGMENT_TITLED[] =
    OPERATIONS_Q3
    "</table><p>NET SALES BY SEGMENT</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 2024</td>"
    "<td>Three Months Ended September 30, 2023</td></tr>"
    "<tr><td>Industrial</td><td>$ 620</td><td>$ 540</td></tr>"
    "<tr><td>Consumer</td><td>380</td><td>360</td></tr>"
    "<tr><td>Total</td><td>$ 1,000</td><td>$ 900</td></tr>"
    "</table><p>Operating income by segment</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 2024</td>"
    "<td>Three Months Ended September 30, 2023</td></tr>"
    "<tr><td>Industrial</td><td>$ 100</td><td>$ 90</td></tr>"
    "<tr><td>Consumer</td><td>70</td><td>50</td></tr>"
    "<tr><td>Corporate</td><td>(20)</td><td>(20)</td></tr>"
    "<tr><td>Consolidated</td><td>$ 150</td><td>$ 120</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_titled)
{
    int rc;
    xc_model *m = convert(SEGMENT_TITLED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int revenues = 0, income = 0, corporate = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        ck_assert_msg(strncmp(f->concept, "ext:", 4), "%s", f->concept);
        if (!c->ndims)
            continue;
        /* one dimension: the segment, or what reconciles the segments to
         * the whole ("Corporate"), never the table's title */
        ck_assert_int_eq(c->ndims, 1);
        ck_assert(strstr(c->dims[0].member, "BySegment") == NULL);
        if (!strcmp(c->dims[0].axis, "srt:ConsolidationItemsAxis")) {
            ck_assert_str_eq(c->dims[0].member, "us-gaap:CorporateNonSegmentMember");
            corporate++;
            continue;
        }
        ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis");
        revenues += !strcmp(f->concept, "us-gaap:Revenues");
        income += !strcmp(f->concept, "us-gaap:OperatingIncomeLoss");
    }
    ck_assert_int_eq(revenues, 4); /* two segments, two quarters */
    ck_assert_int_eq(income, 4);
    ck_assert_int_eq(corporate, 2);
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2024-09-30"), "150000");
    xc_model_free(m);
}
END_TEST

/* Rows that name what reconciles segments to the whole ("Intersegment
 * eliminations", "Corporate") are that member of srt:ConsolidationItemsAxis,
 * and say the unmapped rows beside them under the same total are the
 * segments, though no title or heading says "segment" */
static const char RECONCILING[] =
    OPERATIONS_Q3
    "</table><p>SELECTED FINANCIAL DATA</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 2024</td>"
    "<td>Three Months Ended September 30, 2023</td></tr>"
    "<tr><td>Net sales:</td><td></td><td></td></tr>"
    "<tr><td>Industrial</td><td>$ 640</td><td>$ 560</td></tr>"
    "<tr><td>Consumer</td><td>380</td><td>360</td></tr>"
    "<tr><td>Intersegment eliminations</td><td>(20)</td><td>(20)</td></tr>"
    "<tr><td>Total net sales</td><td>$ 1,000</td><td>$ 900</td></tr>"
    "<tr><td>Operating income:</td><td></td><td></td></tr>"
    "<tr><td>Industrial</td><td>$ 100</td><td>$ 90</td></tr>"
    "<tr><td>Consumer</td><td>70</td><td>50</td></tr>"
    "<tr><td>Corporate</td><td>(20)</td><td>(20)</td></tr>"
    "<tr><td>Total operating income</td><td>$ 150</td><td>$ 120</td></tr>"
    "</table></body></html>";

START_TEST(test_reconciling_rows)
{
    int rc;
    xc_model *m = convert(RECONCILING, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int segments = 0, elim = 0, corp = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        ck_assert_msg(strncmp(f->concept, "ext:", 4), "%s", f->concept);
        if (!c->ndims)
            continue;
        ck_assert_int_eq(c->ndims, 1);
        char buf[32];
        const char *v = xc_decimal_format(f->value, buf);
        if (!strcmp(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis")) {
            segments++;
            ck_assert(!strcmp(c->dims[0].member, "ext:IndustrialMember") ||
                      !strcmp(c->dims[0].member, "ext:ConsumerMember"));
            continue;
        }
        ck_assert_str_eq(c->dims[0].axis, "srt:ConsolidationItemsAxis");
        ck_assert_str_eq(v, "-20000");
        if (!strcmp(f->concept, "us-gaap:Revenues")) {
            ck_assert_str_eq(c->dims[0].member, "us-gaap:IntersegmentEliminationMember");
            elim++;
        } else {
            ck_assert_str_eq(f->concept, "us-gaap:OperatingIncomeLoss");
            ck_assert_str_eq(c->dims[0].member, "us-gaap:CorporateNonSegmentMember");
            corp++;
        }
    }
    ck_assert_int_eq(segments, 8); /* two segments, two measures, two quarters */
    ck_assert_int_eq(elim, 2);
    ck_assert_int_eq(corp, 2);
    xc_model_free(m);
}
END_TEST

/* Segments down the side, measures across ("Net Sales", "Segment EBITA"
 * under one period): each row is a segment of each measure, the total row
 * the consolidated amount; a measure no concept names is the release's
 * own, still by segment. */
static const char MEASURES_ACROSS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(in millions)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2025</td>"
    "<td>Three Months Ended March 31, 2024</td></tr>"
    "<tr><td>Net sales</td><td>$ 5,676</td><td>$ 5,400</td></tr>"
    "<tr><td>Cost of sales</td><td>3,600</td><td>3,500</td></tr>"
    "<tr><td>Operating income</td><td>946</td><td>850</td></tr>"
    "<tr><td>Net income</td><td>$ 700</td><td>$ 600</td></tr>"
    "</table><p>Unaudited Historical Financial Information (in millions)</p><table>"
    "<tr><td></td><td colspan=\"3\">Three Months Ended March 31, 2025</td></tr>"
    "<tr><td></td><td>Net Sales</td><td>Segment EBITA</td>"
    "<td>Adjusted Segment EBITA (non-GAAP)</td></tr>"
    "<tr><td>Americas</td><td>$ 3,837</td><td>$ 707</td><td>$ 709</td></tr>"
    "<tr><td>EMEA</td><td>1,201</td><td>135</td><td>135</td></tr>"
    "<tr><td>APAC</td><td>638</td><td>104</td><td>104</td></tr>"
    "<tr><td>Total</td><td>$ 5,676</td><td>$ 946</td><td>$ 948</td></tr>"
    "</table></body></html>";

START_TEST(test_measures_across)
{
    int rc;
    xc_model *m = convert(MEASURES_ACROSS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int sales = 0, ebita = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!c->ndims)
            continue;
        ck_assert_int_eq(c->ndims, 1);
        ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis");
        ck_assert(!strcmp(c->dims[0].member, "ext:AmericasMember") ||
                  !strcmp(c->dims[0].member, "ext:EmeaMember") ||
                  !strcmp(c->dims[0].member, "ext:ApacMember"));
        sales += !strcmp(f->concept, "us-gaap:Revenues");
        ebita += !strcmp(f->concept, "ext:SegmentEbita");
    }
    ck_assert_int_eq(sales, 3);
    ck_assert_int_eq(ebita, 3);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-03-31"), "5676000000");
    ck_assert_str_eq(value_of(m, "SegmentEbita", "2025-03-31"), "946000000");
    xc_model_free(m);
}
END_TEST

/* A reconciliation titled by its per-share amounts prints each quarter
 * twice, the amount and then its per share, with no header to say so:
 * the second column's cents are per share, the first's amounts money */
static const char PAIRED_PER_SHARE[] =
    "<html><body><p>RECONCILIATION OF GAAP NET INCOME AND EARNINGS PER SHARE TO NON-GAAP "
    "EBITDA AND EBITDA PER SHARE</p><p>(In thousands, except per share amounts)</p><table>"
    "<tr><td></td><td colspan=\"4\">Quarter Ended</td></tr>"
    "<tr><td></td><td colspan=\"2\">June 30, 2008</td><td colspan=\"2\">June 30, 2007</td></tr>"
    "<tr><td>Net income</td><td>$ 6,092</td><td>$ 0.17</td><td>$ 2,938</td><td>$ 0.08</td></tr>"
    "<tr><td>Income tax provision</td><td>4,652</td><td>0.13</td><td>1,974</td><td>0.06</td></tr>"
    "<tr><td>Depreciation</td><td>2,094</td><td>0.06</td><td>3,237</td><td>0.09</td></tr>"
    "<tr><td>EBITDA</td><td>$ 12,838</td><td>$ 0.36</td><td>$ 8,149</td><td>$ 0.23</td></tr>"
    "</table></body></html>";

START_TEST(test_paired_per_share)
{
    int rc;
    xc_model *m = convert(PAIRED_PER_SHARE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int per = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!strcmp(f->concept, "ext:NonGaapEbitda"))
            ck_assert_str_eq(m->units[f->unit].id, "USD");
        per += !strcmp(f->concept, "ext:NonGaapEbitdaPerShare");
    }
    ck_assert_int_eq(per, 2);
    ck_assert_str_eq(value_of(m, "NonGaapEbitda", "2008-06-30"), "12838000");
    ck_assert_str_eq(value_of(m, "NonGaapEbitdaPerShare", "2008-06-30"), "0.36");
    ck_assert_str_eq(value_of(m, "NonGaapDepreciationPerShare", "2007-06-30"), "0.09");
    xc_model_free(m);
}
END_TEST

/* A sentence just above a table that states its scale introduces it, and
 * under "Shares used for:" a row that names basic or diluted earnings per
 * share counts the shares behind them */
static const char INTRO_SENTENCE[] =
    "<html><body><p>The following table presents selected consolidated financial data (in "
    "thousands, except earnings per share) for the third quarter 2003 and 2002.</p><table>"
    "<tr><td>Quarter Ended:</td><td>Sept 30, 2003</td><td>Sept 30, 2002</td></tr>"
    "<tr><td>Revenue</td><td>$588,486</td><td>$514,389</td></tr>"
    "<tr><td>Cost of operations</td><td>421,922</td><td>367,179</td></tr>"
    "<tr><td>Operating income</td><td>166,564</td><td>147,210</td></tr>"
    "<tr><td>Net income</td><td>$92,584</td><td>$94,329</td></tr>"
    "<tr><td>Basic earnings per share</td><td>$0.19</td><td>$0.18</td></tr>"
    "<tr><td>Shares used for:</td><td></td><td></td></tr>"
    "<tr><td>Basic earnings per share</td><td>475,382</td><td>512,546</td></tr>"
    "<tr><td>Diluted earnings per share</td><td>486,749</td><td>527,856</td></tr>"
    "</table></body></html>";

START_TEST(test_intro_sentence)
{
    int rc;
    xc_model *m = convert(INTRO_SENTENCE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2003-09-30"), "588486000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2003-09-30"), "0.19");
    int counts = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[32];
        if (f->numeric && (!strcmp(xc_decimal_format(f->value, b), "475382000") ||
                           !strcmp(b, "527856000"))) {
            ck_assert_str_eq(m->units[f->unit].id, "shares");
            counts++;
        }
    }
    ck_assert_int_eq(counts, 2);
    xc_model_free(m);
}
END_TEST

/* A reconciliation's measure after its "Adjustments:" adds the GAAP row
 * above the heading too: it is named for itself, not for the heading. */
static const char ADJUSTED_TOTAL[] =
    "<html><body><p>Reconciliation of Net Income to Adjusted EBITDA</p><p>(in thousands)</p>"
    "<table><tr><td></td><td>Three Months Ended June 30, 2020</td></tr>"
    "<tr><td>Net income</td><td>$ 5,497</td></tr>"
    "<tr><td>Adjustments:</td></tr>"
    "<tr><td>Income tax provision</td><td>1,203</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>29,100</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>$ 35,800</td></tr></table></body></html>";

START_TEST(test_adjusted_total)
{
    int rc;
    xc_model *m = convert(ADJUSTED_TOTAL, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2020-06-30"), "5497000");
    ck_assert_str_eq(value_of(m, "NonGaapAdjustedEbitda", "2020-06-30"), "35800000");
    xc_model_free(m);
}
END_TEST

/* Columns of a restatement: the figures as first reported and the
 * adjustment are members of srt:RestatementAxis, the restated ones the
 * facts themselves; a "Combined Pro Forma" column beside historical ones
 * is the pro forma scenario, though "combined" elsewhere means the total. */
static const char RESTATED[] =
    "<html><body><p>Consolidated Statements of Income</p><p>(in thousands)</p><table>"
    "<tr><td></td><td colspan=\"3\">Year Ended December 31, 2004</td>"
    "<td>Year Ended December 31, 2003</td></tr>"
    "<tr><td></td><td>As Previously Reported</td><td>Restatement Adjustments</td>"
    "<td>As Restated</td><td>Combined Pro Forma</td></tr>"
    "<tr><td>Net sales</td><td>$ 100,000</td><td>(2,000)</td><td>98,000</td>"
    "<td>91,000</td></tr></table></body></html>";

/* The member of the one axis of the fact of `local` whose value is v. */
static const char *member_with(const xc_model *m, const char *local, const char *v)
{
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[40];
        if (!f->numeric || strcmp(strchr(f->concept, ':') + 1, local) ||
            strcmp(xc_decimal_format(f->value, b), v))
            continue;
        const xc_context *c = &m->contexts[f->context];
        return c->ndims ? c->dims[0].member : "";
    }
    return NULL;
}

START_TEST(test_restated_columns)
{
    int rc;
    xc_model *m = convert(RESTATED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-12-31"), "98000000");
    ck_assert_str_eq(member_with(m, "Revenues", "100000000"), "srt:ScenarioPreviouslyReportedMember");
    ck_assert_str_eq(member_with(m, "Revenues", "-2000000"), "srt:RestatementAdjustmentMember");
    ck_assert_str_eq(member_with(m, "Revenues", "91000000"), "srt:ProFormaMember");
    xc_model_free(m);
}
END_TEST

/* "Net income" atop a reconciliation to funds from operations (a non-GAAP
 * measure) is the GAAP figure the statements printed: the concept they read
 * it as (ProfitLoss, beside the noncontrolling interests' share), not the
 * one its label reads alone, which would say the parent's net income is
 * the consolidated one. */
static const char FFO[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended December 31, 2025</td></tr>"
    "<tr><td>Rental revenue</td><td>$ 98,412</td></tr>"
    "<tr><td>Property operating expenses</td><td>80,021</td></tr>"
    "<tr><td>Net income</td><td>18,391</td></tr>"
    "<tr><td>Net income attributable to noncontrolling interests</td><td>(368)</td></tr>"
    "<tr><td>Net income attributable to common stockholders</td><td>$ 18,023</td></tr>"
    "</table><p>RECONCILIATION OF NET INCOME TO FUNDS FROM OPERATIONS</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended December 31, 2025</td></tr>"
    "<tr><td>Net income</td><td>$ 18,391</td></tr>"
    "<tr><td>Real estate depreciation and amortization</td><td>30,100</td></tr>"
    "<tr><td>Funds from operations</td><td>$ 48,491</td></tr></table></body></html>";

START_TEST(test_ffo_starts_from_statements)
{
    int rc;
    xc_model *m = convert(FFO, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2025-12-31"), "18391000");
    for (size_t i = 0; i < m->nfacts; i++) { /* (the owners' share is NetIncomeLoss) */
        char buf[64];
        if (!strcmp(m->facts[i].concept, "us-gaap:NetIncomeLoss"))
            ck_assert_str_eq(xc_decimal_format(m->facts[i].value, buf), "18023000");
    }
    ck_assert_ptr_null(value_of(m, "NonGaapNetIncomeLoss", "2025-12-31"));
    ck_assert_str_eq(value_of(m, "NonGaapFundsFromOperations", "2025-12-31"), "48491000");
    xc_model_free(m);
}
END_TEST

/* A release that states no scale: net earnings of 2,344 over 8,391,244
 * weighted shares give the .28 per share printed only in thousands, so
 * its amounts are thousands, and those of the balance sheet after it as
 * large; the shares stay counted one by one. */
static const char UNSTATED_SCALE[] =
    "<html><body><p>FIRST QUARTER REPORT</p><table>"
    "<tr><td></td><td>Three Months Ended August 31, 2005</td></tr>"
    "<tr><td>Sales</td><td>$ 118,346</td></tr>"
    "<tr><td>Net earnings</td><td>$ 2,344</td></tr>"
    "<tr><td>Basic earnings per share</td><td>$ .28</td></tr>"
    "<tr><td>Weighted average common shares outstanding</td><td>8,391,244</td></tr>"
    "</table><p>BALANCE SHEET</p><table><tr><td></td><td>August 31, 2005</td></tr>"
    "<tr><td>Cash and temporary cash investments</td><td>$ 143,163</td></tr>"
    "<tr><td>Total assets</td><td>$ 235,868</td></tr></table></body></html>";

START_TEST(test_unstated_scale)
{
    int rc;
    xc_model *m = convert(UNSTATED_SCALE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-08-31"), "118346000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-08-31"), "2344000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2005-08-31"),
                     "8391244");
    ck_assert_str_eq(value_of(m, "Assets", "2005-08-31"), "235868000");
    xc_model_free(m);
}
END_TEST

/* An unlabelled sum of costs, interest and other income that net sales
 * less gives income before income taxes is the costs and expenses. */
static const char UNLABELLED_COSTS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(Dollars in millions)</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 1999</td></tr>"
    "<tr><td>Net sales</td><td>$ 2,585.2</td></tr>"
    "<tr><td>Cost of sales</td><td>548.2</td></tr>"
    "<tr><td>Research and development</td><td>442.9</td></tr>"
    "<tr><td>Marketing and administrative</td><td>696.4</td></tr>"
    "<tr><td>Interest expense</td><td>45.9</td></tr>"
    "<tr><td>Other income - net</td><td>(87.4)</td></tr>"
    "<tr><td></td><td>1,646.0</td></tr>"
    "<tr><td>Income before income taxes</td><td>939.2</td></tr></table></body></html>";

START_TEST(test_unlabelled_costs)
{
    int rc;
    xc_model *m = convert(UNLABELLED_COSTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CostsAndExpenses", "1999-09-30"), "1646000000");
    ck_assert_str_eq(value_of(m, "SellingGeneralAndAdministrativeExpense", "1999-09-30"),
                     "696400000");
    xc_model_free(m);
}
END_TEST

/* A summary of results that ends with the cash at each period's end:
 * a balance, read at the instants the columns end on. */
static const char RESULTS_WITH_CASH[] =
    "<html><body><p>The table below summarizes our results of operations:</p>"
    "<p>($ in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended 6/30/2020</td><td>Three Months Ended 6/30/2019</td></tr>"
    "<tr><td>Revenues</td><td>$ 199,147</td><td>$ 201,728</td></tr>"
    "<tr><td>Net income</td><td>5,497</td><td>16,877</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>148,113</td><td>212,245</td></tr>"
    "</table></body></html>";

START_TEST(test_results_with_cash)
{
    int rc;
    xc_model *m = convert(RESULTS_WITH_CASH, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CashAndCashEquivalentsAtCarryingValue", "2020-06-30"),
                     "148113000");
    int instant = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "CashAndCashEquivalents"))
            instant += m->contexts[m->facts[i].context].type == XC_PERIOD_INSTANT;
    ck_assert_int_eq(instant, 2);
    xc_model_free(m);
}
END_TEST

/* A balance sheet that goes on past a page break in a second table
 * without its header: the second table's rows are the first's. */
static const char CONTINUED[] =
    "<html><body><p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>March 31, 2005</td><td>December 31, 2004</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$ 12,400</td><td>$ 10,100</td></tr>"
    "<tr><td>Total assets</td><td>$ 117,800</td><td>$ 111,100</td></tr></table>"
    "<p align=\"center\">5</p><hr style=\"page-break-after:always\"><table>"
    "<tr><td>Long-term debt</td><td>40,000</td><td>42,500</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>77,800</td><td>68,600</td></tr>"
    "<tr><td>Total liabilities and stockholders' equity</td><td>$ 117,800</td>"
    "<td>$ 111,100</td></tr></table></body></html>";

START_TEST(test_continued_table)
{
    int rc;
    xc_model *m = convert(CONTINUED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    /* (no current sections: all the long-term debt) */
    ck_assert_str_eq(value_of(m, "LongTermDebt", "2005-03-31"), "40000000");
    ck_assert_str_eq(value_of(m, "StockholdersEquity", "2004-12-31"), "68600000");
    xc_model_free(m);
}
END_TEST

/* Page breaks that part a statement into two tables elsewhere: after
 * its header alone (the header's table holds no numbers; the next table
 * takes its periods), and between "Basic" and "Diluted" under one heading
 * (the second table's rows join the first's, so the heading goes on). */
static const char PARTED[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2005</td>"
    "<td>Three Months Ended June 30, 2004</td></tr>"
    "<tr><td>Revenues:</td><td></td><td></td></tr></table>"
    "<p align=\"center\">4</p><hr style=\"page-break-after:always\"><table>"
    "<tr><td>Net sales</td><td>$ 52,410</td><td>$ 48,977</td></tr>"
    "<tr><td>Net income</td><td>$ 1,198</td><td>$ 233</td></tr>"
    "<tr><td>Net income per share:</td><td></td><td></td></tr>"
    "<tr><td>Basic</td><td>$ 0.10</td><td>$ 0.02</td></tr></table>"
    "<p align=\"center\">5</p><hr style=\"page-break-after:always\"><table>"
    "<tr><td>Diluted</td><td>$ 0.09</td><td>$ 0.02</td></tr>"
    "</table></body></html>";

START_TEST(test_parted_table)
{
    int rc;
    xc_model *m = convert(PARTED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-06-30"), "52410000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", "2005-06-30"), "0.09");
    xc_model_free(m);
}
END_TEST

/* A page break just above a heading: the continuation's first row, a
 * heading with no values, heads its rows ("Basic" is earnings per share,
 * not shares). */
static const char PARTED_HEADING[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2005</td>"
    "<td>Three Months Ended June 30, 2004</td></tr>"
    "<tr><td>Net sales</td><td>$ 52,410</td><td>$ 48,977</td></tr>"
    "<tr><td>Net income</td><td>$ 1,198</td><td>$ 233</td></tr></table>"
    "<p align=\"center\">5</p><hr style=\"page-break-after:always\"><table>"
    "<tr><td>Net income per share:</td><td></td><td></td></tr>"
    "<tr><td>Basic</td><td>$ 0.10</td><td>$ 0.02</td></tr>"
    "<tr><td>Diluted</td><td>$ 0.09</td><td>$ 0.02</td></tr>"
    "</table></body></html>";

START_TEST(test_parted_heading)
{
    int rc;
    xc_model *m = convert(PARTED_HEADING, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2005-06-30"), "0.1");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", "2004-06-30"), "0.02");
    xc_model_free(m);
}
END_TEST

/* A deduction's closing parenthesis in its own cell with a footnote
 * mark after it ("(8" | ") (a)"), as a word processor's table prints it:
 * still a deduction. */
static const char CLOSE_WITH_NOTE[] =
    "<html><body><p>NON-GAAP CONDENSED CONSOLIDATED STATEMENT OF OPERATIONS</p>"
    "<p>(in millions)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended June 26, 2004</td></tr>"
    "<tr><td>Restructuring costs</td><td>$</td><td>(8</td><td>) (a)</td></tr>"
    "<tr><td>Operating income</td><td>$</td><td>80</td><td></td></tr>"
    "</table></body></html>";

START_TEST(test_close_with_note)
{
    int rc;
    xc_model *m = convert(CLOSE_WITH_NOTE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NonGaapRestructuringCharges", "2004-06-26"), "-8000000");
    xc_model_free(m);
}
END_TEST

/* Quarters named with a typographic apostrophe ("Q3\u201904") are
 * quarters; but where each quarter prints several measures with scales
 * of their own ("CPU Units k", "Rev $m"), no column is read: their words
 * are no segments, and units are no dollars. */
static const char QUARTERS_APOSTROPHE[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions)</p><table>"
    "<tr><td></td><td>Q3&#8217;03</td><td>Q2&#8217;04</td><td>Q3&#8217;04</td></tr>"
    "<tr><td>Net sales</td><td>$ 1,350</td><td>$ 1,909</td><td>$ 2,014</td></tr>"
    "</table><p>DATA SUMMARY</p><table>"
    "<tr><td></td><td colspan=\"2\">Q3&#8217;03 Actual</td>"
    "<td colspan=\"2\">Q3&#8217;04 Actual</td></tr>"
    "<tr><td></td><td>CPU Units k</td><td>Rev $m</td><td>CPU Units k</td><td>Rev $m</td></tr>"
    "<tr><td>Americas</td><td>452</td><td>$ 831</td><td>472</td><td>$ 1,018</td></tr>"
    "<tr><td>Europe</td><td>144</td><td>297</td><td>191</td><td>408</td></tr>"
    "</table></body></html>";

START_TEST(test_quarters_apostrophe)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(QUARTERS_APOSTROPHE, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-06-30"), "1909000000");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_int_eq(m->contexts[m->facts[i].context].ndims, 0);
    int warned = 0;
    for (size_t i = 0; i < d.n; i++)
        warned += strstr(d.items[i].message, "several measures under each period") != NULL;
    ck_assert_int_eq(warned, 1);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* A table's <caption> is its title: the statement and the scale. */
static const char CAPTIONED[] =
    "<html><body><table><caption><b>CONSOLIDATED STATEMENTS OF INCOME</b><br>"
    "(In thousands)</caption>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2005</td><td>2004</td></tr>"
    "<tr><td>Net sales</td><td>$ 52,410</td><td>$ 48,977</td></tr>"
    "</table></body></html>";

START_TEST(test_caption)
{
    int rc;
    xc_model *m = convert(CAPTIONED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-06-30"), "52410000");
    xc_model_free(m);
}
END_TEST

/* A negative amount whose closing parenthesis stands in a cell of its
 * own, with spacer cells between: the row keeps all its amounts. */
static const char SPACED_PARENS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p><table>"
    "<tr><td></td><td colspan=\"9\">Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td></td><td colspan=\"3\">2005</td><td></td><td></td>"
    "<td colspan=\"3\">2004</td></tr>"
    "<tr><td>Net sales</td><td>$</td><td>52,410</td><td></td><td></td><td></td>"
    "<td>$</td><td>48,977</td><td></td><td></td></tr>"
    "<tr><td>Net (loss) income</td><td>$</td><td>(1,393</td><td></td><td>)</td><td></td>"
    "<td>$</td><td>324</td><td></td><td></td></tr>"
    "</table></body></html>";

START_TEST(test_spaced_parens)
{
    int rc;
    xc_model *m = convert(SPACED_PARENS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-06-30"), "-1393000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-06-30"), "324000");
    xc_model_free(m);
}
END_TEST

/* Indents set by the CSS shorthand "padding: top right bottom left" (10pt
 * on the left is one level in): the rows under "Adjustments:" stand deeper,
 * so the total at its indent closes it, and "Adjusted FFO" after it is no
 * adjustment. */
#define PAD(pt) "<td style=\"padding:2px 1pt 2px " pt "\">"
static const char PADDED[] =
    "<html><body><p>RECONCILIATION OF NET INCOME TO FFO (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2025</td></tr>"
    "<tr>" PAD("1pt") "Net income</td><td>$ 33,110</td></tr>"
    "<tr>" PAD("1pt") "Adjustments:</td><td></td></tr>"
    "<tr>" PAD("10pt") "Depreciation of real estate</td><td>67,920</td></tr>"
    "<tr>" PAD("1pt") "FFO</td><td>$ 101,030</td></tr>"
    "<tr>" PAD("10pt") "Straight-line rent</td><td>(3,240)</td></tr>"
    "<tr>" PAD("1pt") "Adjusted FFO</td><td>$ 97,790</td></tr>"
    "</table></body></html>";
#undef PAD

/* "Adjusted FFO" reads as its own measure, under no "Adjustments:" */
static void expect_adjusted_ffo(const char *html)
{
    int rc;
    xc_model *m = convert(html, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int adjusted = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        ck_assert_msg(!strstr(m->facts[i].concept, "AdjustmentsAdjusted"), "%s",
                      m->facts[i].concept);
        adjusted += strstr(m->facts[i].concept, "NonGaapAdjustedFfo") != NULL;
    }
    ck_assert_int_eq(adjusted, 1);
    xc_model_free(m);
}

START_TEST(test_padding_shorthand)
{
    expect_adjusted_ffo(PADDED);
}
END_TEST

/* Indents set by leading no-break spaces, as older filings print them
 * ("&nbsp;&nbsp;&nbsp;Depreciation of real estate"): the same reading as
 * with CSS indents. */
#define NB3 "&nbsp;&nbsp;&nbsp;&nbsp;"
static const char NBSP_INDENT[] =
    "<html><body><p>RECONCILIATION OF NET INCOME TO FFO (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Net income</td><td>$ 33,110</td></tr>"
    "<tr><td><font size=2>Adjustments:</font></td><td></td></tr>"
    "<tr><td><font size=2>" NB3 "Depreciation of real estate</font></td><td>67,920</td></tr>"
    "<tr><td>&nbsp;FFO</td><td>$ 101,030</td></tr>"
    "<tr><td>\n" NB3 " <b>Straight-line rent</b></td><td>(3,240)</td></tr>"
    "<tr><td>Adjusted FFO</td><td>$ 97,790</td></tr>"
    "</table></body></html>";
#undef NB3

START_TEST(test_nbsp_indent)
{
    expect_adjusted_ffo(NBSP_INDENT);
}
END_TEST

/* A "(" that no ")" closes, in the cell after the label: the negative it
 * opens, not a part of the label that leaves the row without amounts. */
static const char UNCLOSED_PAREN[] =
    "<html><body><p>Acme Corp (NASDAQ: ACME) today reported results.</p>"
    "<p>STATEMENTS OF OPERATIONS (In thousands)</p><table>"
    "<tr><td></td><td colspan=3>Three Months Ended September 30,</td></tr>"
    "<tr><td></td><td colspan=2>2025</td><td></td><td colspan=2>2024</td><td></td></tr>"
    "<tr><td>Revenues</td><td>$</td><td>100</td><td></td><td>$</td><td>90</td><td></td></tr>"
    "<tr><td>Operating expenses</td><td></td><td>150</td><td></td><td></td><td>120</td>"
    "<td></td></tr>"
    "<tr><td>Net loss</td><td>$</td><td> (50 </td><td></td><td>$</td><td>(30</td>"
    "<td></td></tr>"
    "</table></body></html>";

START_TEST(test_unclosed_paren)
{
    int rc;
    xc_model *m = convert(UNCLOSED_PAREN, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-09-30"), "-50000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-09-30"), "-30000");
    xc_model_free(m);
}
END_TEST

/* A "%" column beside each year ("2025 | % | 2024 | %"): the "%" heads a
 * column of its own, not the year's closing mark, so the years still head
 * the amounts. */
static const char PERCENT_BESIDE_YEARS[] =
    "<html><body><p>Acme Corp (NASDAQ: ACME) today reported results.</p>"
    "<p>STATEMENTS OF OPERATIONS (In millions)</p><table>"
    "<tr><td></td><td colspan=4>Nine Months Ended September 30,</td></tr>"
    "<tr><td></td><td>2025</td><td>%</td><td>2024</td><td>%</td></tr>"
    "<tr><td>Net revenue</td><td>$ 3,400.0</td><td>100.0%</td><td>$ 3,100.0</td>"
    "<td>100.0%</td></tr>"
    "<tr><td>Gross profit</td><td>1,410.0</td><td>41.5%</td><td>1,240.0</td><td>40.0%</td></tr>"
    "</table></body></html>";

START_TEST(test_percent_beside_years)
{
    int rc;
    xc_model *m = convert(PERCENT_BESIDE_YEARS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-09-30"), "3400000000");
    ck_assert_str_eq(value_of(m, "GrossProfit", "2024-09-30"), "1240000000");
    xc_model_free(m);
}
END_TEST

/* Quarters by their place under a year that spans them ("2011 Quarter" /
 * "First" .. "Fourth"), with the scale note printed as a header row: each
 * column is its quarter, and the note's "except share and per share
 * amounts" does not make the columns hold per-share amounts. */
static const char ORDINAL_QUARTERS[] =
    "<html><body><p>Harbison Corp. (NYSE: HBI) today reported results for the fourth quarter "
    "and year ended December 31, 2011.</p><p>Selected Quarterly Financial Data</p><table>"
    "<tr><td></td><td colspan=\"4\">2011 Quarter</td></tr>"
    "<tr><td></td><td>First</td><td>Second</td><td>Third</td><td>Fourth</td></tr>"
    "<tr><td></td><td colspan=\"4\">(in thousands, except share and per share amounts)</td></tr>"
    "<tr><td>Net operating revenues</td><td>$ 38,994</td><td>$ 20,743</td><td>$ 18,955</td>"
    "<td>$ 18,945</td></tr>"
    "<tr><td>Net income (loss)</td><td>12,587</td><td>(2,257)</td><td>(9,054)</td>"
    "<td>(9,805)</td></tr>"
    "<tr><td>Basic net income (loss) per share</td><td>$ 0.43</td><td>$ (0.07)</td>"
    "<td>$ (0.27)</td><td>$ (0.29)</td></tr>"
    "</table></body></html>";

START_TEST(test_ordinal_quarters)
{
    int rc;
    xc_model *m = convert(ORDINAL_QUARTERS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2011-03-31"), "38994000");
    ck_assert_str_eq(value_of(m, "Revenues", "2011-09-30"), "18955000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2011-06-30"), "-2257000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2011-12-31"), "-0.29");
    xc_model_free(m);
}
END_TEST

/* A bank's summary as a 2005 filing agent laid it out: each year printed
 * over its "$" column, a footnote mark in a column of its own after the
 * amount. The year heads the amount beside its sign. Basic and diluted
 * earnings per share differ, so the one weighted average count is the
 * basic one; EPS proves it unscaled despite "in thousands", and the
 * classes it adds up take its scale. */
static const char SIGN_COLUMN_YEARS[] =
    "<html><body><p>Keystone Bancorp (Nasdaq: KBNC) today reported results.</p>"
    "<p>(Dollars in thousands, except per share data)</p><table>"
    "<tr><td></td><td colspan=\"10\">For the Three Months Ended March 31,</td></tr>"
    "<tr><td></td><td>2005</td><td></td><td></td><td></td><td></td><td></td><td>2004</td>"
    "<td></td><td>% chg</td><td></td></tr>"
    "<tr><td>Net earnings (loss)</td><td>$</td><td>(2,186</td><td>)</td><td>(1)</td><td></td>"
    "<td></td><td>$</td><td>1,259</td><td>(273.6</td><td>)%</td></tr>"
    "<tr><td>Basic earnings per share</td><td>$</td><td>(0.18</td><td>)</td><td>(2)</td><td></td>"
    "<td></td><td>$</td><td>0.18</td><td>(197.7</td><td>)</td></tr>"
    "<tr><td>Diluted earnings per share</td><td></td><td>(0.17</td><td>)</td><td></td><td></td>"
    "<td></td><td></td><td>0.17</td><td>(200.1</td><td>)</td></tr>"
    "<tr><td>Weighted average shares outstanding:</td></tr>"
    "<tr><td>Common stock</td><td></td><td>9,755,689</td><td></td><td></td><td></td><td></td>"
    "<td></td><td>3,767,320</td><td>159.0</td><td></td></tr>"
    "<tr><td>Class B stock</td><td></td><td>2,678,696</td><td></td><td></td><td></td><td></td>"
    "<td></td><td>3,226,669</td><td>(17.0</td><td>)</td></tr>"
    "<tr><td>Total</td><td></td><td>12,434,385</td><td></td><td></td><td></td><td></td>"
    "<td></td><td>6,993,989</td><td>77.8</td><td></td></tr>"
    "</table></body></html>";

static size_t facts_of(const xc_model *m, const char *local)
{
    size_t n = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        n += m->facts[i].numeric && !strcmp(strchr(m->facts[i].concept, ':') + 1, local);
    return n;
}

START_TEST(test_sign_column_years)
{
    int rc;
    xc_model *m = convert(SIGN_COLUMN_YEARS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-03-31"), "-2186000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-03-31"), "1259000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2005-03-31"),
                     "12434385");
    ck_assert_uint_eq(facts_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding"), 0);
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].numeric && strstr(m->facts[i].concept, "CommonStock"))
            ck_assert_msg(xc_decimal_cmp(m->facts[i].value, xc_decimal_from_int(10000000)) < 0,
                          "%s scaled", m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* The year alone in the stub of a row above the headers, which name only
 * their periods' lengths and places ("2004" over "Nine Months Ended Sept.
 * 30 | Third Quarter"): the year of every column, as if printed beside
 * them. */
static const char YEAR_OVER_STUB[] =
    "<html><body><p>Kimball Paper Corporation (NYSE: KPC) restated its quarters.</p><table>"
    "<tr><td>2004</td></tr>"
    "<tr><td>(Millions of dollars, except per share amounts)</td>"
    "<td colspan=\"2\">Nine Months Ended Sept. 30</td><td colspan=\"2\">Third Quarter</td>"
    "<td colspan=\"2\">Second Quarter</td></tr>"
    "<tr><td>Net Sales</td><td>$</td><td>7,470.3</td><td>$</td><td>3,783.0</td><td>$</td>"
    "<td>3,687.3</td></tr>"
    "<tr><td>Net Income</td><td>$</td><td>895.6</td><td>$</td><td>441.3</td><td>$</td>"
    "<td>454.3</td></tr>"
    "</table></body></html>";

START_TEST(test_year_over_stub)
{
    int rc;
    xc_model *m = convert(YEAR_OVER_STUB, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-06-30"), "454300000");
    int nine = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *x = &m->contexts[m->facts[i].context];
        char b[16], e[16], v[32];
        if (!strcmp(m->facts[i].concept, "us-gaap:Revenues") &&
            !strcmp(xc_date_format(x->start, b), "2004-01-01") &&
            !strcmp(xc_date_format(x->end, e), "2004-09-30"))
            nine = !strcmp(xc_decimal_format(m->facts[i].value, v), "7470300000");
    }
    ck_assert(nine);
    xc_model_free(m);
}
END_TEST

/* Asserts that no fact of m carries a member of any axis. */
static void assert_no_members(const xc_model *m)
{
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(!m->contexts[m->facts[i].context].ndims, "%s has a member",
                      m->facts[i].concept);
}

/* Asserts that the fact of concept qname worth value spans start to end. */
static void assert_span(const xc_model *m, const char *qname, const char *value, const char *start,
                        const char *end)
{
    int found = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *x = &m->contexts[m->facts[i].context];
        char b[16], v[32];
        if (!strcmp(m->facts[i].concept, qname) &&
            !strcmp(xc_decimal_format(m->facts[i].value, v), value)) {
            ck_assert_str_eq(xc_date_format(x->start, b), start);
            ck_assert_str_eq(xc_date_format(x->end, b), end);
            found = 1;
        }
    }
    ck_assert_msg(found, "no %s of %s", qname, value);
}

/* An insurer's statement with unlabelled sums: "Premium income" heads
 * only the rows its sum adds up (the premiums earned), so "Other" among
 * the expenses is no other income; "Income from continuing operations"
 * above other income (expense) and pretax income is operating income,
 * and the pretax row keeps the concept its label names. */
static const char INSURER_SUMS[] =
    "<html><body><p>Income Statement</p><p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td colspan=2>Three Months Ended March 31, 2009</td></tr>"
    "<tr><td>Premium income</td><td></td><td></td></tr>"
    "<tr><td>Net premium written</td><td>$</td><td>136,179</td></tr>"
    "<tr><td>Change in unearned premium</td><td></td><td>(3,756)</td></tr>"
    "<tr><td></td><td></td><td>132,423</td></tr>"
    "<tr><td>Commission and fee income</td><td></td><td>7,454</td></tr>"
    "<tr><td>Investment income, net</td><td></td><td>13,589</td></tr>"
    "<tr><td></td><td></td><td>21,043</td></tr>"
    "<tr><td>Total revenue</td><td></td><td>153,466</td></tr>"
    "<tr><td>Loss and loss adjustment expense</td><td></td><td>74,915</td></tr>"
    "<tr><td>Acquisition costs and other underwriting expenses</td><td></td><td>58,154</td></tr>"
    "<tr><td>Other</td><td></td><td>5,194</td></tr>"
    "<tr><td></td><td></td><td>138,263</td></tr>"
    "<tr><td>Income from continuing operations</td><td></td><td>15,203</td></tr>"
    "<tr><td>Other income (expense):</td><td></td><td></td></tr>"
    "<tr><td>Foreign currency gain (loss)</td><td></td><td>33</td></tr>"
    "<tr><td>Interest expense</td><td></td><td>(4,171)</td></tr>"
    "<tr><td></td><td></td><td>(4,138)</td></tr>"
    "<tr><td>Income from continuing operations before provision for income taxes</td>"
    "<td></td><td>11,065</td></tr>"
    "<tr><td>Provision for income taxes</td><td></td><td>3,256</td></tr>"
    "<tr><td>Net income</td><td>$</td><td>7,809</td></tr>"
    "</table></body></html>";

START_TEST(test_insurer_sums)
{
    int rc;
    xc_model *m = convert(INSURER_SUMS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PremiumsEarnedNet", "2009-03-31"), "132423000");
    ck_assert_uint_eq(facts_of(m, "OtherNonoperatingIncomeExpense"), 0);
    ck_assert_str_eq(value_of(m, "CostsAndExpenses", "2009-03-31"), "138263000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2009-03-31"), "15203000");
    const char *pretax = "IncomeLossFromContinuingOperationsBeforeIncomeTaxes"
                         "ExtraordinaryItemsNoncontrollingInterest";
    ck_assert_str_eq(value_of(m, pretax, "2009-03-31"), "11065000");
    xc_model_free(m);
}
END_TEST

/* A health insurer's statement: "Medical costs" are its claims incurred,
 * "Total operating costs" its costs and expenses, the dilutive effect of
 * common stock equivalents the diluted shares' adjustment; "Operating
 * costs" under "OPERATING COSTS" is named once (OperatingCosts). */
static const char HEALTH_INSURER[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in millions, except per share data)</p><table>"
    "<tr><td></td><td colspan=2>Three Months Ended March 31,</td></tr>"
    "<tr><td></td><td>2008</td><td>2007</td></tr>"
    "<tr><td>REVENUES</td><td></td><td></td></tr>"
    "<tr><td>Premiums</td><td>$18,066</td><td>$16,818</td></tr>"
    "<tr><td>Services</td><td>1,202</td><td>1,113</td></tr>"
    "<tr><td>Total revenues</td><td>19,268</td><td>17,931</td></tr>"
    "<tr><td>OPERATING COSTS</td><td></td><td></td></tr>"
    "<tr><td>Medical costs</td><td>14,782</td><td>13,637</td></tr>"
    "<tr><td>Operating costs</td><td>3,145</td><td>2,883</td></tr>"
    "<tr><td>Total operating costs</td><td>17,927</td><td>16,520</td></tr>"
    "<tr><td>EARNINGS FROM OPERATIONS</td><td>1,341</td><td>1,411</td></tr>"
    "<tr><td>NET EARNINGS</td><td>$820</td><td>$896</td></tr>"
    "<tr><td>DILUTED NET EARNINGS PER COMMON SHARE</td><td>$0.65</td><td>$0.64</td></tr>"
    "<tr><td>BASIC WEIGHTED-AVERAGE NUMBER OF COMMON SHARES OUTSTANDING</td>"
    "<td>1,222</td><td>1,342</td></tr>"
    "<tr><td>DILUTIVE EFFECT OF COMMON STOCK EQUIVALENTS</td><td>33</td><td>56</td></tr>"
    "<tr><td>DILUTED WEIGHTED-AVERAGE NUMBER OF COMMON SHARES OUTSTANDING</td>"
    "<td>1,255</td><td>1,398</td></tr>"
    "</table></body></html>";

START_TEST(test_health_insurer)
{
    int rc;
    xc_model *m = convert(HEALTH_INSURER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PolicyholderBenefitsAndClaimsIncurredNet", "2008-03-31"),
                     "14782000000");
    ck_assert_str_eq(value_of(m, "CostsAndExpenses", "2008-03-31"), "17927000000");
    ck_assert_str_eq(value_of(m, "OperatingCosts", "2007-03-31"), "2883000000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberDilutedSharesOutstandingAdjustment",
                              "2008-03-31"),
                     "33000000");
    xc_model_free(m);
}
END_TEST

/* Two statements in one grid, each under title rows of its own in the
 * stub: the rows under the company's name are titles too (the scale
 * "(In thousands, ...)"), and the balance sheet's title, scale and dates
 * above its years are the balance sheet's, not rows of the statement of
 * income. */
static const char STACKED_TITLES[] =
    "<html><body><table>"
    "<tr><td>WIDGETCO INC.</td><td></td><td></td></tr>"
    "<tr><td>Consolidated Statements of Income</td><td></td><td></td></tr>"
    "<tr><td>(In thousands, except per share data)</td><td></td><td></td></tr>"
    "<tr><td></td><td colspan=2>Year Ended December 31,</td></tr>"
    "<tr><td></td><td>2009</td><td>2008</td></tr>"
    "<tr><td>Net sales</td><td>$201,775</td><td>$190,224</td></tr>"
    "<tr><td>Net income</td><td>$14,215</td><td>$11,439</td></tr>"
    "<tr><td>Diluted earnings per share</td><td>$1.40</td><td>$1.13</td></tr>"
    "<tr><td></td><td></td><td></td></tr>"
    "<tr><td>Condensed Consolidated Balance Sheets</td><td></td><td></td></tr>"
    "<tr><td>(In millions)</td><td></td><td></td></tr>"
    "<tr><td></td><td>December 31,</td><td>December 31,</td></tr>"
    "<tr><td></td><td>2009</td><td>2008</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$18</td><td>$9</td></tr>"
    "<tr><td>Other current assets</td><td>3</td><td>2</td></tr>"
    "<tr><td>Total current assets</td><td>21</td><td>11</td></tr>"
    "<tr><td>Total assets</td><td>$133</td><td>$127</td></tr>"
    "</table></body></html>";

START_TEST(test_stacked_titles)
{
    int rc;
    xc_model *m = convert(STACKED_TITLES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2009-12-31"), "201775000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", "2008-12-31"), "1.13");
    ck_assert_str_eq(value_of(m, "OtherAssetsCurrent", "2009-12-31"), "3000000");
    ck_assert_str_eq(value_of(m, "Assets", "2008-12-31"), "127000000");
    ck_assert_uint_eq(facts_of(m, "IncreaseDecreaseInOtherCurrentAssets"), 0);
    xc_model_free(m);
}
END_TEST

/* "Supplemental Financial Information" over a quarterly trend of the
 * statement of income is no non-GAAP table: its rows are the statement's. */
static const char SUPPLEMENTAL_TREND[] =
    "<html><body><p>Supplemental Financial Information</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>Q1 FY05</td><td>Q2 FY05</td><td>FY05</td></tr>"
    "<tr><td>Total revenue</td><td>$101,338</td><td>$106,252</td><td>$438,796</td></tr>"
    "<tr><td>Restructuring charges (credits)</td><td>1,200</td><td>(300)</td><td>1,350</td></tr>"
    "<tr><td>Net income</td><td>$10,426</td><td>$19,358</td><td>$61,686</td></tr>"
    "</table></body></html>";

START_TEST(test_supplemental_trend)
{
    int rc;
    xc_model *m = convert(SUPPLEMENTAL_TREND, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    assert_span(m, "us-gaap:Revenues", "106252000", "2005-04-01", "2005-06-30");
    assert_span(m, "us-gaap:RestructuringCharges", "-300000", "2005-04-01", "2005-06-30");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-12-31"), "61686000");
    xc_model_free(m);
}
END_TEST

/* Regions where a title or heading names geography: the SRT's members of
 * srt:StatementGeographicalAxis where it has one ("Europe"), extension
 * members for other places ("United States"); a table by segment whose
 * segments are regions keeps business segments (test_measures_across). */
static const char BY_GEOGRAPHY[] =
    "<html><body><p>Supplemental revenue information</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2015</td></tr>"
    "<tr><td>Revenue by geography:</td><td></td></tr>"
    "<tr><td>United States</td><td>$81,220</td></tr>"
    "<tr><td>Europe</td><td>32,448</td></tr>"
    "<tr><td>Asia Pacific</td><td>18,906</td></tr>"
    "<tr><td>Total revenue</td><td>$132,574</td></tr>"
    "</table></body></html>";

START_TEST(test_by_geography)
{
    int rc;
    xc_model *m = convert(BY_GEOGRAPHY, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "32448000"), "srt:EuropeMember");
    ck_assert_str_eq(member_with(m, "Revenues", "81220000"), "country:US");
    ck_assert_str_eq(member_with(m, "Revenues", "132574000"), "");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        if (c->ndims)
            ck_assert_str_eq(c->dims[0].axis, "srt:StatementGeographicalAxis");
    }
    xc_model_free(m);
}
END_TEST

/* A bank's selected balances: "Total loans" and "Total deposits" say whose
 * they are, and read as the bank's concepts. */
static const char BANK_BALANCES[] =
    "<html><body><p>SELECTED BALANCE SHEET DATA (In thousands)</p><table>"
    "<tr><td></td><td>September 30, 2024</td><td>September 30, 2023</td></tr>"
    "<tr><td>Total assets</td><td>$ 2,410,220</td><td>$ 2,250,330</td></tr>"
    "<tr><td>Total loans</td><td>1,810,440</td><td>1,690,110</td></tr>"
    "<tr><td>Total deposits</td><td>2,010,330</td><td>1,880,220</td></tr>"
    "</table></body></html>";

START_TEST(test_bank_balances)
{
    int rc;
    xc_model *m = convert(BANK_BALANCES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Deposits", "2024-09-30"), "2010330000");
    ck_assert_str_eq(
        value_of(m, "FinancingReceivableExcludingAccruedInterestBeforeAllowanceForCreditLoss",
                 "2023-09-30"),
        "1690110000");
    xc_model_free(m);
}
END_TEST

/* Condensed consolidating statements: the parent's, the guarantors' and the
 * non-guarantors' columns are members of srt:ConsolidatedEntitiesAxis, not
 * business segments. */
static const char CONSOLIDATING[] =
    "<html><body><p>CONDENSED CONSOLIDATING STATEMENT OF OPERATIONS (In millions)</p>"
    "<p>Three Months Ended September 30, 2024</p><table>"
    "<tr><td></td><td>Parent</td><td>Guarantor Subsidiaries</td>"
    "<td>Non-Guarantor Subsidiaries</td><td>Eliminations</td><td>Consolidated</td></tr>"
    "<tr><td>Net sales</td><td>$ &#8212;</td><td>$ 820</td><td>$ 410</td><td>$ (30)</td>"
    "<td>$ 1,200</td></tr>"
    "<tr><td>Net income</td><td>$ 150</td><td>$ 110</td><td>$ 50</td><td>$ (160)</td>"
    "<td>$ 150</td></tr>"
    "</table></body></html>";

START_TEST(test_consolidating)
{
    int rc;
    xc_model *m = convert(CONSOLIDATING, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "820000000"), "srt:GuarantorSubsidiariesMember");
    ck_assert_str_eq(member_with(m, "Revenues", "410000000"),
                     "srt:NonGuarantorSubsidiariesMember");
    ck_assert_str_eq(member_with(m, "NetIncomeLoss", "110000000"),
                     "srt:GuarantorSubsidiariesMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1200000000"), "");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        for (size_t k = 0; k < c->ndims; k++)
            ck_assert_str_ne(c->dims[k].axis, "us-gaap:StatementBusinessSegmentsAxis");
    }
    xc_model_free(m);
}
END_TEST

/* "Common stock" beside "Class B stock" under a heading that names the
 * concept is the heading's concept for the common class
 * (us-gaap:CommonStockMember), as "Class B stock" is for Class B; alone, on
 * a balance sheet, it names no class. */
static const char TWO_CLASSES[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2005</td></tr>"
    "<tr><td>Net income</td><td>$12,100</td></tr>"
    "<tr><td>Net income per share, basic and diluted:</td><td></td></tr>"
    "<tr><td>Common stock</td><td>$0.98</td></tr>"
    "<tr><td>Class B stock</td><td>$0.88</td></tr>"
    "<tr><td>Weighted average shares outstanding:</td><td></td></tr>"
    "<tr><td>Common stock</td><td>9,755</td></tr>"
    "<tr><td>Class B stock</td><td>2,679</td></tr>"
    "</table><p>CONDENSED BALANCE SHEETS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>March 31, 2005</td></tr>"
    "<tr><td>Total assets</td><td>$50,000</td></tr>"
    "<tr><td>Stockholders' equity:</td><td></td></tr>"
    "<tr><td>Common stock</td><td>1,000</td></tr>"
    "<tr><td>Retained earnings</td><td>49,000</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>50,000</td></tr>"
    "<tr><td>Total liabilities and stockholders' equity</td><td>$50,000</td></tr>"
    "</table></body></html>";

START_TEST(test_two_classes)
{
    int rc;
    xc_model *m = convert(TWO_CLASSES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "EarningsPerShareBasic", "0.98"), "us-gaap:CommonStockMember");
    ck_assert_str_eq(member_with(m, "EarningsPerShareBasic", "0.88"), "us-gaap:CommonClassBMember");
    ck_assert_str_eq(member_with(m, "WeightedAverageNumberOfSharesOutstandingBasic", "9755000"),
                     "us-gaap:CommonStockMember");
    ck_assert_uint_eq(facts_of(m, "CommonStockSharesOutstanding"), 0);
    ck_assert_str_eq(member_with(m, "CommonStockValue", "1000000"), "");
    xc_model_free(m);
}
END_TEST

/* A statement of comprehensive income is one of its own: its rows read
 * as that statement's concepts, the pension adjustment as other
 * comprehensive income, never a balance sheet's liability. */
static const char COMPREHENSIVE[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2012</td></tr>"
    "<tr><td>Net income</td><td>$12,331</td></tr>"
    "<tr><td>Other comprehensive income (loss), net of tax:</td><td></td></tr>"
    "<tr><td>Foreign currency translation adjustments</td><td>(2,104)</td></tr>"
    "<tr><td>Pension and postretirement benefit adjustments</td><td>140</td></tr>"
    "<tr><td>Other comprehensive income (loss)</td><td>(1,964)</td></tr>"
    "<tr><td>Comprehensive income</td><td>$10,367</td></tr>"
    "</table></body></html>";

START_TEST(test_comprehensive)
{
    int rc;
    xc_model *m = convert(COMPREHENSIVE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_int_eq(m->tables[0].statement, XC_STMT_COMPREHENSIVE);
    assert_span(m,
                "us-gaap:OtherComprehensiveIncomeLossPensionAndOtherPostretirementBenefitPlans"
                "AdjustmentNetOfTax",
                "140000", "2012-04-01", "2012-06-30");
    ck_assert_str_eq(value_of(m, "ComprehensiveIncomeNetOfTax", "2012-06-30"), "10367000");
    xc_model_free(m);
}
END_TEST

/* Headers set over the first of their columns with no colspan: "Three
 * Months Ended" / "June 30," head the columns up to the row's next cell
 * with text, so "2009" beside "2010" is the same quarter a year before,
 * not the calendar year 2009. */
static const char UNSPANNED_HEADERS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended</td><td></td><td>Six Months Ended</td><td></td></tr>"
    "<tr><td></td><td>June 30,</td><td></td><td>June 30,</td><td></td></tr>"
    "<tr><td></td><td>2010</td><td>2009</td><td>2010</td><td>2009</td></tr>"
    "<tr><td>Revenue</td><td>10,500</td><td>9,800</td><td>20,100</td><td>19,000</td></tr>"
    "<tr><td>Net income</td><td>1,500</td><td>1,200</td><td>2,900</td><td>2,300</td></tr>"
    "</table></body></html>";

START_TEST(test_unspanned_headers)
{
    int rc;
    xc_model *m = convert(UNSPANNED_HEADERS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    assert_span(m, "us-gaap:Revenues", "9800000", "2009-04-01", "2009-06-30");
    assert_span(m, "us-gaap:Revenues", "19000000", "2009-01-01", "2009-06-30");
    assert_span(m, "us-gaap:NetIncomeLoss", "2900000", "2010-01-01", "2010-06-30");
    xc_model_free(m);
}
END_TEST

/* Footnote marks set as superscripts are no part of a label or an amount:
 * "Revenue<sup>1</sup>" is revenue, "900<sup>2</sup>" is 900 (not 9002),
 * and a mark styled vertical-align: super likewise. */
static const char SUPERSCRIPTS[] =
    "<html><body><p>STATEMENTS OF OPERATIONS<sup>1</sup></p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2010</td></tr>"
    "<tr><td>Revenue<sup>1</sup></td><td>10,500<sup>1</sup></td></tr>"
    "<tr><td>Net income<span style=\"vertical-align: super\">3,4</span></td>"
    "<td>900<sup>2</sup></td></tr>"
    "</table></body></html>";

START_TEST(test_superscripts)
{
    int rc;
    xc_model *m = convert(SUPERSCRIPTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2010-03-31"), "10500000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2010-03-31"), "900000");
    xc_model_free(m);
}
END_TEST

/* The table's own arithmetic names its net income: "Net gain (loss)"
 * over basic weighted shares gives the basic loss per share in every
 * column, so it is net income, not investment gains; "Gain (loss) from
 * operations" is operating income. The scale note, a row above the body,
 * excepts the share counts. */
static const char NET_BY_EPS[] =
    "<html><body><p>Unaudited quarterly financial data</p><table>"
    "<tr><td>2020</td><td>March 31</td><td>June 30</td></tr>"
    "<tr><td>(in thousands, except share and per share data)</td><td></td><td></td></tr>"
    "<tr><td>Total revenues</td><td>$1,840</td><td>$212,236</td></tr>"
    "<tr><td>Total operating expenses</td><td>76,286</td><td>83,066</td></tr>"
    "<tr><td>Gain (loss) from operations:</td><td>(74,446)</td><td>129,170</td></tr>"
    "<tr><td>Interest expense</td><td>(4,171)</td><td>(4,640)</td></tr>"
    "<tr><td>Other income, net</td><td>368</td><td>81</td></tr>"
    "<tr><td>Net gain (loss)</td><td>$(78,249)</td><td>$124,611</td></tr>"
    "<tr><td>Net gain (loss) per common share - basic (1)</td><td>$(2.84)</td><td>$4.50</td></tr>"
    "<tr><td>Weighted-average shares outstanding - basic</td><td>27,519,229</td>"
    "<td>27,665,728</td></tr>"
    "</table></body></html>";

START_TEST(test_net_by_eps)
{
    int rc;
    xc_model *m = convert(NET_BY_EPS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2020-03-31"), "-78249000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2020-06-30"), "129170000");
    ck_assert_uint_eq(facts_of(m, "RealizedInvestmentGainsLosses"), 0);
    /* (the scale note over the rows excepts the share counts) */
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2020-03-31"),
                     "27519229");
    xc_model_free(m);
}
END_TEST

/* Quarters under year headings in the body, with the scale note a row
 * above the first year: each year's table keeps that note, so the
 * amounts are thousands. */
static const char YEARS_UNDER_NOTE[] =
    "<html><body><p>Quarterly Financial Information (unaudited)</p><table>"
    "<tr><td></td><td colspan=2>Quarter Ended</td></tr>"
    "<tr><td></td><td>March 31</td><td>June 30</td></tr>"
    "<tr><td>(In thousands, except per share amounts)</td><td></td><td></td></tr>"
    "<tr><td>2019</td><td></td><td></td></tr>"
    "<tr><td>Total revenues</td><td>$8,131</td><td>$962</td></tr>"
    "<tr><td>Net income (loss)</td><td>$3,233</td><td>$(4,072)</td></tr>"
    "<tr><td>2018</td><td></td><td></td></tr>"
    "<tr><td>Total revenues</td><td>$463</td><td>$2,255</td></tr>"
    "<tr><td>Net loss</td><td>$(3,806)</td><td>$(1,947)</td></tr>"
    "</table></body></html>";

START_TEST(test_years_under_note)
{
    int rc;
    xc_model *m = convert(YEARS_UNDER_NOTE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2019-03-31"), "8131000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2018-06-30"), "-1947000");
    xc_model_free(m);
}
END_TEST

/* Quarters in figures ("1st Quarter") under a year in the stub, with
 * segments' headings and a "Consolidated results:" heading: each quarter
 * is its own (not every one the year's last), and the consolidated rows
 * are the whole, on no member. */
static const char FIGURED_QUARTERS[] =
    "<html><body><p>UNAUDITED QUARTERLY INFORMATION</p>"
    "<p>(000's omitted, except per share data)</p><table>"
    "<tr><td></td><td>1st Quarter</td><td>2nd Quarter</td><td>Total</td></tr>"
    "<tr><td>2011</td><td></td><td></td><td></td></tr>"
    "<tr><td>Homebuilding:</td><td></td><td></td><td></td></tr>"
    "<tr><td>Revenues</td><td>$783,767</td><td>$904,831</td><td>$4,033,596</td></tr>"
    "<tr><td>Income before income taxes</td><td>(46,365)</td><td>(36,690)</td>"
    "<td>(275,830)</td></tr>"
    "<tr><td>Financial Services:</td><td></td><td></td><td></td></tr>"
    "<tr><td>Revenues</td><td>$21,435</td><td>$22,381</td><td>$103,094</td></tr>"
    "<tr><td>Income before income taxes</td><td>973</td><td>(16,643)</td>"
    "<td>(34,470)</td></tr>"
    "<tr><td>Consolidated results:</td><td></td><td></td><td></td></tr>"
    "<tr><td>Revenues</td><td>$805,202</td><td>$927,212</td><td>$4,136,690</td></tr>"
    "<tr><td>Income before income taxes</td><td>(45,392)</td><td>(53,333)</td>"
    "<td>(310,300)</td></tr>"
    "<tr><td>Assuming dilution:</td><td></td><td></td><td></td></tr>"
    "<tr><td>Adjusted weighted-average common shares and effect of dilutive securities</td>"
    "<td>379,544</td><td>379,781</td><td>379,877</td></tr>"
    "</table></body></html>";

START_TEST(test_figured_quarters)
{
    int rc;
    xc_model *m = convert(FIGURED_QUARTERS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2011-03-31"), "805202000");
    ck_assert_str_eq(value_of(m, "Revenues", "2011-06-30"), "927212000");
    ck_assert_str_eq(value_of(m, "Revenues", "2011-12-31"), "4136690000");
    ck_assert_str_eq(member_with(m, "Revenues", "21435000"), "ext:FinancialServicesMember");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2011-06-30"),
                     "379781000");
    xc_model_free(m);
}
END_TEST

/* A homebuilder's operating lines: "Sales (Units)" counts homes, as its
 * note says, and so does "Community Count": no dollars, no scale. */
static const char COUNTED_LINES[] =
    "<html><body><p>Preliminary Unaudited Financial and Operating Information</p><table>"
    "<tr><td></td><td>Year ended December 31, 2002</td>"
    "<td>Year ended December 31, 2001</td></tr>"
    "<tr><td>(Dollars in thousands)</td><td></td><td></td></tr>"
    "<tr><td>Revenue:</td><td></td><td></td></tr>"
    "<tr><td>Home sales</td><td>$1,349,713</td><td>$1,374,551</td></tr>"
    "<tr><td>Financial Services</td><td>$40,214</td><td>$32,659</td></tr>"
    "<tr><td>Total Revenues</td><td>$1,417,306</td><td>$1,425,571</td></tr>"
    "<tr><td>Community Count</td><td>159</td><td>146</td></tr>"
    "<tr><td>Sales (Units)</td><td>5,009</td><td>4,967</td></tr>"
    "</table></body></html>";

START_TEST(test_counted_lines)
{
    int rc;
    xc_model *m = convert(COUNTED_LINES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2002-12-31"), "1417306000");
    ck_assert_str_eq(unit_of(m, "ext:CommunityCount", "159"), "xbrli:pure");
    ck_assert_str_eq(unit_of(m, "ext:SalesUnits", "5009"), "xbrli:pure");
    ck_assert_uint_eq(facts_of(m, "Revenues"), 2);
    xc_model_free(m);
}
END_TEST

/* A reconciliation down the side: rows "GAAP", the adjustments and
 * "Non-GAAP" under columns that each name the measure they reconcile.
 * The GAAP row is each column's concept; the adjustments and the non-GAAP
 * row are concepts of their own under the column's measure, every amount
 * kept (not one per row, nor the columns read as segments). */
static const char RECON_DOWN[] =
    "<html><body><p>RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td colspan=4>Three Months Ended March 31, 2024</td></tr>"
    "<tr><td></td><td>Gross Profit</td><td>Operating Expenses</td><td>Net Income</td>"
    "<td>Diluted EPS</td></tr>"
    "<tr><td>GAAP</td><td>$52,310</td><td>$40,120</td><td>$9,870</td><td>$0.41</td></tr>"
    "<tr><td>Stock-based compensation</td><td>410</td><td>(3,200)</td><td>3,610</td>"
    "<td>0.15</td></tr>"
    "<tr><td>Non-GAAP</td><td>$52,720</td><td>$36,920</td><td>$13,480</td><td>$0.56</td></tr>"
    "</table><p>For the three months ended December 31, 2014:</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td>Operating Expenses</td><td>Income Tax Provision</td>"
    "<td>Net Income</td></tr>"
    "<tr><td>Per-GAAP</td><td></td><td></td><td>$16,665</td></tr>"
    "<tr><td>Retention costs</td><td>125</td><td>(19)</td><td>106</td></tr>"
    "<tr><td>Non-GAAP</td><td></td><td></td><td>$16,771</td></tr>"
    "</table></body></html>";

START_TEST(test_recon_down)
{
    int rc;
    xc_model *m = convert(RECON_DOWN, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "GrossProfit", "2024-03-31"), "52310000");
    ck_assert_str_eq(value_of(m, "OperatingExpenses", "2024-03-31"), "40120000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", "2024-03-31"), "0.41");
    ck_assert_str_eq(value_of(m, "NonGaapStockBasedCompensationOperatingExpenses", "2024-03-31"),
                     "-3200000");
    ck_assert_str_eq(value_of(m, "NonGaapStockBasedCompensationNetIncomeLoss", "2024-03-31"),
                     "3610000");
    ck_assert_str_eq(value_of(m, "NonGaapEarningsPerShareDiluted", "2024-03-31"), "0.56");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2014-12-31"), "16665000");
    ck_assert_str_eq(value_of(m, "NonGaapRetentionCostsIncomeTaxExpenseBenefit", "2014-12-31"),
                     "-19000");
    ck_assert_str_eq(value_of(m, "NonGaapRetentionCostsNetIncomeLoss", "2014-12-31"), "106000");
    ck_assert_str_eq(value_of(m, "NonGaapNetIncomeLoss", "2014-12-31"), "16771000");
    assert_no_members(m);
    xc_model_free(m);
}
END_TEST

/* Costs summed in two stages under no labels: the freight costs, then
 * those and "Non-freight costs and operating expenses"; revenues less the
 * second sum give the operating income below it. The second sum is the
 * costs and expenses, not the line that only reads like them. */
static const char COSTS_TWO_SUMS[] =
    "<html><body><p>Consolidated Statements of Income (In thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2006</td></tr>"
    "<tr><td>Revenue</td><td></td></tr>"
    "<tr><td>Freight revenue</td><td>$123,598</td></tr>"
    "<tr><td>Non-freight revenue</td><td>2,470</td></tr>"
    "<tr><td></td><td>126,068</td></tr>"
    "<tr><td>Costs and expenses</td><td></td></tr>"
    "<tr><td>Salaries, wages and related expenses</td><td>33,978</td></tr>"
    "<tr><td>Purchased transportation</td><td>86,131</td></tr>"
    "<tr><td></td><td>120,109</td></tr>"
    "<tr><td>Non-freight costs and operating expenses</td><td>2,647</td></tr>"
    "<tr><td></td><td>122,756</td></tr>"
    "<tr><td>Income from operations</td><td>3,312</td></tr>"
    "</table></body></html>";

START_TEST(test_costs_two_sums)
{
    int rc;
    xc_model *m = convert(COSTS_TWO_SUMS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CostsAndExpenses", "2006-03-31"), "122756000");
    ck_assert_str_eq(value_of(m, "NonFreightCostsAndOperatingExpenses", "2006-03-31"), "2647000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2006-03-31"), "3312000");
    xc_model_free(m);
}
END_TEST

/* A free cash flow reconciliation whose GAAP lines repeat the cash flow
 * statement's nine months and add the quarter: they are the statement's
 * concepts, and the quarter's amounts are facts of them, not non-GAAP
 * extensions. */
static const char FCF_QUARTER[] =
    "<html><body><p>Statements of Cash Flows (in thousands)</p><table>"
    "<tr><td></td><td>Nine Months Ended September 30, 2023</td></tr>"
    "<tr><td>Net income</td><td>$4,178</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>34,022</td></tr>"
    "<tr><td>Net cash provided by operating activities</td><td>38,200</td></tr>"
    "<tr><td>Purchases of property and equipment</td><td>(4,310)</td></tr>"
    "<tr><td>Purchases of marketable securities</td><td>(40,000)</td></tr>"
    "<tr><td>Net cash used in investing activities</td><td>(44,310)</td></tr>"
    "</table><p>Reconciliation of Net Cash Provided by Operating Activities to Free Cash Flow"
    " (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 2023</td>"
    "<td>Nine Months Ended September 30, 2023</td></tr>"
    "<tr><td>Net cash provided by operating activities</td><td>$15,310</td><td>$38,200</td></tr>"
    "<tr><td>Less: Purchases of property and equipment</td><td>(1,402)</td><td>(4,310)</td></tr>"
    "<tr><td>Free cash flow</td><td>$13,908</td><td>$33,890</td></tr>"
    "<tr><td>Net cash used in investing activities</td><td>$(12,310)</td><td>$(44,310)</td></tr>"
    "</table></body></html>";

START_TEST(test_fcf_quarter)
{
    int rc;
    xc_model *m = convert(FCF_QUARTER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(unit_of(m, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "1402000"),
                     "iso4217:USD");
    ck_assert_str_eq(unit_of(m, "us-gaap:NetCashProvidedByUsedInInvestingActivities", "-12310000"),
                     "iso4217:USD");
    ck_assert_str_eq(unit_of(m, "us-gaap:NetCashProvidedByUsedInOperatingActivities", "15310000"),
                     "iso4217:USD");
    ck_assert_int_eq(facts_of(m, "NonGaapPaymentsToAcquirePropertyPlantAndEquipment"), 0);
    ck_assert_int_eq(facts_of(m, "NonGaapFreeCashFlow"), 2);
    xc_model_free(m);
}
END_TEST

/* A header row without the data rows' "$" cells: "2022" | "2021" sit over
 * the first two grid columns, which their places would stack over the
 * first value column. They head the value columns in order, so 12,345 is
 * 2022's and 11,002 is 2021's. */
static const char PACKED_HEADER[] =
    "<html><body><p>Statements of Operations (in thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended December 31,</td></tr>"
    "<tr><td></td><td>2022</td><td>2021</td></tr>"
    "<tr><td>Revenue</td><td>$</td><td>12,345</td><td>$</td><td>11,002</td></tr>"
    "<tr><td>Cost of revenue</td><td></td><td>7,101</td><td></td><td>6,530</td></tr>"
    "<tr><td>Gross profit</td><td></td><td>5,244</td><td></td><td>4,472</td></tr>"
    "</table></body></html>";

START_TEST(test_packed_header)
{
    /* and a row of years that starts in the stub, "2022" over the labels */
    char stub[sizeof(PACKED_HEADER)];
    memcpy(stub, PACKED_HEADER, sizeof(PACKED_HEADER));
    char *at = strstr(stub, "<td></td><td>2022");
    memmove(at, at + 9, strlen(at + 9) + 1);
    const char *const docs[] = {PACKED_HEADER, stub};
    for (int i = 0; i < 2; i++) {
        int rc;
        xc_model *m = convert(docs[i], NULL, &rc);
        ck_assert_int_gt(rc, 0);
        ck_assert_str_eq(value_of(m, "Revenues", "2022-12-31"), "12345000");
        ck_assert_str_eq(value_of(m, "Revenues", "2021-12-31"), "11002000");
        ck_assert_str_eq(value_of(m, "GrossProfit", "2021-12-31"), "4472000");
        xc_model_free(m);
    }
}
END_TEST

/* Footnote marks in cells of their own beside amounts ("220,330 | (1)")
 * are no column: no fact, no conflict; a column headed by a period of its
 * own keeps its "(1)". */
static const char MARK_CELLS[] =
    "<html><body><p>Statements of Operations (in thousands)</p><table>"
    "<tr><td></td><td colspan=\"3\">Three Months Ended September 30, 2024</td>"
    "<td colspan=\"3\">Three Months Ended September 30, 2023</td></tr>"
    "<tr><td>Revenue</td><td>$</td><td>250,110</td><td></td><td>$</td><td>231,880</td></tr>"
    "<tr><td>Operating expenses</td><td></td><td>220,330</td><td>(1)</td><td></td>"
    "<td>205,440</td></tr>"
    "<tr><td>Operating income</td><td></td><td>29,780</td><td></td><td></td><td>26,440</td></tr>"
    "<tr><td>Net income</td><td>$</td><td>20,115</td><td>(2)</td><td>$</td><td>17,330</td></tr>"
    "</table><p>(1) Includes $2.1 million of transaction costs.</p></body></html>";
static const char MARKS_HEADED[] =
    "<html><body><p>Selected items (in thousands)</p><table>"
    "<tr><td></td><td>2024</td><td>2023</td></tr>"
    "<tr><td>Other gains</td><td>5</td><td>(1)</td></tr>"
    "<tr><td>Other losses</td><td>3</td><td>(2)</td></tr>"
    "</table></body></html>";

START_TEST(test_mark_cells)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(MARK_CELLS, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "OperatingExpenses", "2024-09-30"), "220330000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-09-30"), "20115000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-09-30"), "17330000");
    ck_assert_uint_eq(d.warnings, 0);
    xc_model_free(m);
    xc_diag_free(&d);
    m = convert(MARKS_HEADED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    size_t negative = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        negative += m->facts[i].numeric && xc_decimal_sign(m->facts[i].value) < 0;
    ck_assert_uint_eq(negative, 2);
    xc_model_free(m);
}
END_TEST

/* Quarters named by fiscal year ("Q1 FY25") where only the text says
 * when one ended ("the first quarter ended April 28, 2024"): the fiscal
 * year ends three quarters later, in January, so Q1 FY25 is the quarter
 * to April 28, 2024 and Q4 FY24 the one to late January 2024, not
 * calendar quarters of 2025 and 2024. */
static const char FISCAL_QUARTERS_SAID[] =
    "<html><body><p>GPUCO today reported revenue for the first quarter ended April 28, "
    "2024, of $26.04 billion.</p><table>"
    "<tr><td>($ in millions, except earnings per share)</td><td>Q1 FY25</td><td>Q4 FY24</td>"
    "<td>Q1 FY24</td></tr>"
    "<tr><td>Revenue</td><td>$26,044</td><td>$22,103</td><td>$7,192</td></tr>"
    "<tr><td>Net income</td><td>$14,881</td><td>$12,285</td><td>$2,043</td></tr>"
    "</table></body></html>";

/* (a retailer's "Q3 2024" of the year to February 1, 2025) */
static const char RETAIL_QUARTERS_SAID[] =
    "<html><body><p>SHOPCO today reported results for the third quarter ended November 2, "
    "2024.</p><table>"
    "<tr><td>(in millions)</td><td>Q3 2024</td><td>Q3 2023</td><td>YTD 2024</td></tr>"
    "<tr><td>Net sales</td><td>$4,210</td><td>$4,105</td><td>$12,020</td></tr>"
    "</table></body></html>";

START_TEST(test_fiscal_quarters_said)
{
    int rc;
    xc_model *m = convert(FISCAL_QUARTERS_SAID, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-04-28"), "26044000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2024-01-28"), "22103000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-04-30"), "2043000000");
    xc_model_free(m);
    m = convert(RETAIL_QUARTERS_SAID, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2023-11-04"), "4105000000");
    assert_span(m, "us-gaap:Revenues", "12020000000", "2024-02-04", "2024-11-02");
    xc_model_free(m);
}
END_TEST

/* A title's scale as a letter after a dollar sign, in parentheses:
 * "Financial Highlights ($M)" is millions; so is "(in MM)". */
static const char DOLLAR_LETTER[] =
    "<html><body><p>Financial Highlights ($M)</p><table>"
    "<tr><td></td><td>Q1 2005</td><td>Q1 2004</td></tr>"
    "<tr><td>Revenue</td><td>5,214</td><td>4,893</td></tr>"
    "<tr><td>Net income</td><td>407</td><td>291</td></tr>"
    "</table><p>Operating data (US$K)</p><table>"
    "<tr><td></td><td>Q1 2005</td><td>Q1 2004</td></tr>"
    "<tr><td>Operating income</td><td>612,000</td><td>455,000</td></tr>"
    "</table><p>Production costs (in MM)</p><table>"
    "<tr><td></td><td>Q1 2005</td><td>Q1 2004</td></tr>"
    "<tr><td>Lease operating expense</td><td>38</td><td>31</td></tr>"
    "</table></body></html>";

START_TEST(test_dollar_letter)
{
    int rc;
    xc_model *m = convert(DOLLAR_LETTER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-03-31"), "5214000000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2004-03-31"), "455000000");
    /* and a letter after "in": "(in MM)" */
    ck_assert_str_eq(unit_of(m, "ext:LeaseOperatingExpense", "31000000"), "iso4217:USD");
    xc_model_free(m);
}
END_TEST

/* A column over a range that prints its first day ("For the period
 * February 5, Through June 30," over 2007) starts that day, not a year or
 * a quarter before its end. */
static const char RANGE_COLUMN[] =
    "<html><body><p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td colspan=2>For six months ended June 30,</td>"
    "<td colspan=2>For the period February 5, Through June 30,</td></tr>"
    "<tr><td></td><td colspan=2>2008</td><td colspan=2>2007</td></tr>"
    "<tr><td>Net Income</td><td>$</td><td>52,860</td><td>$</td><td>52,168</td></tr>"
    "<tr><td>Earnings per common share</td><td></td><td></td><td></td><td></td></tr>"
    "<tr><td>Basic</td><td>$</td><td>1.07</td><td>$</td><td>0.97</td></tr>"
    "</table></body></html>";

START_TEST(test_range_column)
{
    int rc;
    xc_model *m = convert(RANGE_COLUMN, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    assert_span(m, "us-gaap:EarningsPerShareBasic", "0.97", "2007-02-05", "2007-06-30");
    xc_model_free(m);
}
END_TEST

/* A reconciliation adds the same items back to net income and to
 * diluted EPS: under "GAAP Diluted EPS" they are per share (not $170,000
 * under "In millions"), each a concept of its own beside the amount's. */
static const char EPS_ADDBACKS[] =
    "<html><body><p>Reconciliation Of Differences Between GAAP And Non-GAAP Financial "
    "Measures</p><p>(In millions, except earnings per share)</p><table>"
    "<tr><td></td><td colspan=4>Three Months Ended</td></tr>"
    "<tr><td></td><td colspan=2>3/31/2003</td><td colspan=2>3/31/2004</td></tr>"
    "<tr><td>GAAP Net income</td><td>$</td><td>2,142</td><td>$</td><td>1,315</td></tr>"
    "<tr><td>Add back:</td><td></td><td></td><td></td><td></td></tr>"
    "<tr><td>Legal settlement</td><td></td><td></td><td></td><td>1,892</td></tr>"
    "<tr><td>Stock-based compensation</td><td></td><td>655</td><td></td><td>501</td></tr>"
    "<tr><td>Net income, adjusted for items above</td><td>$</td><td>2,797</td><td>$</td>"
    "<td>3,708</td></tr>"
    "<tr><td>GAAP Diluted EPS</td><td>$</td><td>0.20</td><td>$</td><td>0.12</td></tr>"
    "<tr><td>Add back:</td><td></td><td></td><td></td><td></td></tr>"
    "<tr><td>Legal settlement</td><td></td><td></td><td></td><td>0.17</td></tr>"
    "<tr><td>Stock-based compensation</td><td></td><td>0.06</td><td></td><td>0.05</td></tr>"
    "<tr><td>Diluted EPS, adjusted for items above</td><td>$</td><td>0.26</td><td>$</td>"
    "<td>0.34</td></tr>"
    "</table></body></html>";

START_TEST(test_eps_addbacks)
{
    int rc;
    xc_model *m = convert(EPS_ADDBACKS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int per_share = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_unit *u = &m->units[f->unit];
        char v[32];
        xc_decimal_format(f->value, v);
        if (!strcmp(v, "0.17") || !strcmp(v, "0.05") || !strcmp(v, "0.06")) {
            ck_assert_msg(u->den && !strcmp(u->den, "xbrli:shares"), "%s %s", f->concept, v);
            per_share++;
        }
        ck_assert_msg(strcmp(v, "170000") && strcmp(v, "50000"), "%s %s", f->concept, v);
    }
    ck_assert_int_eq(per_share, 3);
    xc_model_free(m);
}
END_TEST

/* "Q2'FY24 LTM" beside fiscal years: the twelve months to the second
 * quarter's end, not the quarter. */
static const char LTM_COLUMN[] =
    "<html><body><p>GAAP to Non-GAAP Adjusted Gross Profit Reconciliation</p><table>"
    "<tr><td>($ millions)</td><td>FY22</td><td>FY23</td><td>Q2'FY24 LTM</td></tr>"
    "<tr><td>Gross Profit - GAAP</td><td>$461</td><td>$479</td><td>$418</td></tr>"
    "<tr><td>Share-based compensation</td><td>3</td><td>2</td><td>2</td></tr>"
    "<tr><td>Adjusted Gross Profit - Non-GAAP</td><td>$464</td><td>$481</td><td>$420</td></tr>"
    "</table></body></html>";

START_TEST(test_ltm_column)
{
    int rc;
    xc_model *m = convert(LTM_COLUMN, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    assert_span(m, "us-gaap:GrossProfit", "418000000", "2023-07-01", "2024-06-30");
    xc_model_free(m);
}
END_TEST

/* Costs printed as deductions on the way to pretax income are the
 * statement's own steps, not lines of the statements a total sits in; and
 * under "Selected Balance Sheet Information", trade payables above total
 * assets are payables (no row's place tells a side there). */
static const char DEDUCTED_STEPS[] =
    "<html><body><p>Consolidated Statements of Income (In thousands)</p><table>"
    "<tr><td></td><td>13 Weeks Ended September 2, 2006</td></tr>"
    "<tr><td>Net revenue</td><td>$ 388,949</td></tr>"
    "<tr><td>Cost of sales</td><td>(278,610)</td></tr>"
    "<tr><td>Gross profit</td><td>110,339</td></tr>"
    "<tr><td>Selling, general and administrative expenses</td><td>(75,739)</td></tr>"
    "<tr><td>Gains / (losses) from sales of assets</td><td>(14)</td></tr>"
    "<tr><td>Other income / (expense), net</td><td>274</td></tr>"
    "<tr><td>Interest expense</td><td>(4,575)</td></tr>"
    "<tr><td>Income before income taxes, minority interests and income from equity "
    "investments</td><td>30,285</td></tr>"
    "<tr><td>Income taxes</td><td>(7,454)</td></tr>"
    "<tr><td>Minority interests in (income) / loss of subsidiaries</td><td>(259)</td></tr>"
    "<tr><td>Income from equity investments</td><td>1,626</td></tr>"
    "<tr><td>Net Income</td><td>$ 24,198</td></tr>"
    "</table><p>Selected Balance Sheet Information (In thousands)</p><table>"
    "<tr><td></td><td>September 2, 2006</td></tr>"
    "<tr><td>Inventory</td><td>$ 157,022</td></tr>"
    "<tr><td>Trade accounts payable</td><td>164,799</td></tr>"
    "<tr><td>Total assets</td><td>1,392,443</td></tr>"
    "</table></body></html>";

START_TEST(test_deducted_steps)
{
    int rc;
    xc_model *m = convert(DEDUCTED_STEPS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "SellingGeneralAndAdministrativeExpense", "2006-09-02"),
                     "75739000");
    assert_no_members(m);
    ck_assert_str_eq(value_of(m, "AccountsPayableCurrent", "2006-09-02"), "164799000");
    xc_model_free(m);
}
END_TEST

/* Basic and diluted EPS alike, over "Weighted average shares
 * outstanding" and "Weighted average shares and equivalents outstanding":
 * the first count is the basic one only, the second the diluted. */
static const char SHARE_EQUIVALENTS[] =
    "<html><body><p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>3rd Quarter Ended Oct. 29, 2005</td></tr>"
    "<tr><td>Net income</td><td>$ 10,762</td></tr>"
    "<tr><td>Basic net income per share</td><td>$ 0.09</td></tr>"
    "<tr><td>Weighted average shares outstanding</td><td>120,102</td></tr>"
    "<tr><td>Net income per share, assuming dilution</td><td>$ 0.09</td></tr>"
    "<tr><td>Weighted average shares and equivalents outstanding</td><td>137,552</td></tr>"
    "</table></body></html>";

START_TEST(test_share_equivalents)
{
    int rc;
    xc_model *m = convert(SHARE_EQUIVALENTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2005-10-29"),
                     "120102000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2005-10-29"),
                     "137552000");
    ck_assert_uint_eq(facts_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding"), 1);
    xc_model_free(m);
}
END_TEST

/* A reconciliation across, "GAAP Amounts | Adjustments ... | Non-GAAP
 * Amounts" over one quarter: the first column holds the statements'
 * concepts, the others concepts of their own (no segment, and no
 * clash that would drop the non-GAAP figures). */
static const char RECON_COLUMNS[] =
    "<html><body><p>Reconciliation of GAAP to Non-GAAP Results (in millions, except per "
    "share data)</p><table>"
    "<tr><td></td><td colspan=3>Fiscal 2007 Third Quarter ended October 31, 2007</td></tr>"
    "<tr><td></td><td>GAAP Amounts</td><td>Adjustments Attributable to Store Closures</td>"
    "<td>Non-GAAP Amounts</td></tr>"
    "<tr><td>Net Sales</td><td>$ 373.1</td><td>$ 31.3</td><td>$ 341.9</td></tr>"
    "<tr><td>Gross Margin/(Loss)</td><td>111.1</td><td>(3.6)</td><td>114.7</td></tr>"
    "<tr><td>Net (Loss)/Income</td><td>(20.0)</td><td>(37.2)</td><td>17.1</td></tr>"
    "</table></body></html>";

START_TEST(test_recon_columns)
{
    int rc;
    xc_model *m = convert(RECON_COLUMNS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2007-10-31"), "373100000");
    ck_assert_str_eq(value_of(m, "NonGaapAdjustmentRevenues", "2007-10-31"), "31300000");
    ck_assert_str_eq(value_of(m, "NonGaapRevenues", "2007-10-31"), "341900000");
    ck_assert_str_eq(value_of(m, "NonGaapAdjustmentGrossProfit", "2007-10-31"), "-3600000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2007-10-31"), "-20000000");
    ck_assert_str_eq(value_of(m, "NonGaapNetIncomeLoss", "2007-10-31"), "17100000");
    assert_no_members(m);
    xc_model_free(m);
}
END_TEST

/* A bank's average balances, "Average Balance | Interest | Yield/Rate"
 * under each quarter: each column measures the row its own way, as
 * printed (no segments, no deposits turned negative, rates kept). */
static const char AVERAGE_BALANCES[] =
    "<html><body><p>Average Balances, Yields and Rates (Dollars in thousands)</p><table>"
    "<tr><td></td><td colspan=3>Three Months Ended September 30, 2024</td></tr>"
    "<tr><td></td><td>Average Balance</td><td>Interest</td><td>Yield/ Rate</td></tr>"
    "<tr><td>Loans</td><td>$ 2,145,331</td><td>$ 31,204</td><td>5.79%</td></tr>"
    "<tr><td>Interest-bearing deposits</td><td>1,802,110</td><td>14,220</td><td>3.13%</td></tr>"
    "<tr><td>Net interest income</td><td></td><td>$ 16,984</td><td></td></tr>"
    "</table></body></html>";

START_TEST(test_average_balances)
{
    int rc;
    xc_model *m = convert(AVERAGE_BALANCES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "LoansAverageBalance", "2024-09-30"), "2145331000");
    ck_assert_str_eq(value_of(m, "LoansYieldRate", "2024-09-30"), "0.0579");
    ck_assert_str_eq(value_of(m, "InterestBearingDepositsInterest", "2024-09-30"), "14220000");
    ck_assert_str_eq(value_of(m, "InterestBearingDepositsAverageBalance", "2024-09-30"),
                     "1802110000");
    assert_no_members(m);
    xc_model_free(m);
}
END_TEST

/* ...also where the adjusted measure's label reads as the GAAP concept it
 * adjusts ("Adjusted diluted earnings per share"): it closes the sum. */
static const char ADJUSTED_EPS[] =
    "<html><body><p>Reconciliation of GAAP to Non-GAAP Financial Measures</p>"
    "<p>(in millions, except per share data)</p><table>"
    "<tr><td></td><td colspan=2>Three Months Ended</td></tr>"
    "<tr><td></td><td>September 27, 2025</td><td>September 28, 2024</td></tr>"
    "<tr><td>GAAP diluted earnings per share</td><td>$ 1.12</td><td>$ 0.95</td></tr>"
    "<tr><td>Amortization of intangible assets</td><td>0.31</td><td>0.30</td></tr>"
    "<tr><td>Restructuring charges</td><td>0.05</td><td>0.12</td></tr>"
    "<tr><td>Tax effect of non-GAAP adjustments</td><td>(0.08)</td><td>(0.09)</td></tr>"
    "<tr><td>Adjusted diluted earnings per share</td><td>$ 1.40</td><td>$ 1.28</td></tr>"
    "</table></body></html>";

START_TEST(test_adjusted_eps_total)
{
    int rc;
    xc_model *m = convert(ADJUSTED_EPS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int per_share = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        if (!m->facts[i].numeric)
            continue;
        const xc_unit *u = &m->units[m->facts[i].unit];
        ck_assert_msg(u->den && !strcmp(u->den, "xbrli:shares"), "%s", m->facts[i].concept);
        per_share++;
    }
    ck_assert_int_eq(per_share, 10);
    ck_assert_str_eq(value_of(m, "NonGaapAmortizationOfIntangibleAssetsPerShare", "2025-09-27"),
                     "0.31");
    xc_model_free(m);
}
END_TEST

/* A summary of GAAP and non-GAAP results above the statements: its "Net
 * sales" repeats the income statement's below, so it is us-gaap:Revenues,
 * not a non-GAAP measure of its own. */
static const char SUMMARY_FIRST[] =
    "<html><body><p>Reconciliation of GAAP to Non-GAAP Financial Measures</p>"
    "<p>(in millions, except per share data)</p><table>"
    "<tr><td></td><td colspan=2>Three Months Ended</td></tr>"
    "<tr><td></td><td>September 27, 2025</td><td>September 28, 2024</td></tr>"
    "<tr><td>Net sales</td><td>$ 1,204.5</td><td>$ 1,098.2</td></tr>"
    "<tr><td>GAAP net income</td><td>$ 159.9</td><td>$ 111.7</td></tr>"
    "<tr><td>Restructuring charges</td><td>9.4</td><td>22.4</td></tr>"
    "<tr><td>Adjusted net income</td><td>$ 169.3</td><td>$ 134.1</td></tr>"
    "</table><p>Condensed Consolidated Statements of Income</p>"
    "<p>(in millions)</p><table>"
    "<tr><td></td><td colspan=2>Three Months Ended</td></tr>"
    "<tr><td></td><td>September 27, 2025</td><td>September 28, 2024</td></tr>"
    "<tr><td>Net sales</td><td>$ 1,204.5</td><td>$ 1,098.2</td></tr>"
    "<tr><td>Cost of sales</td><td>1,000.0</td><td>950.0</td></tr>"
    "<tr><td>Restructuring charges</td><td>9.4</td><td>22.4</td></tr>"
    "<tr><td>Income before income taxes</td><td>195.1</td><td>125.8</td></tr>"
    "<tr><td>Income tax expense</td><td>35.2</td><td>14.1</td></tr>"
    "<tr><td>Net income</td><td>$ 159.9</td><td>$ 111.7</td></tr>"
    "</table></body></html>";

START_TEST(test_summary_first)
{
    int rc;
    xc_model *m = convert(SUMMARY_FIRST, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(!strstr(m->facts[i].concept, "NonGaapRevenues"), "%s",
                      m->facts[i].concept);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-09-27"), "1204500000");
    ck_assert_str_eq(value_of(m, "NonGaapAdjustedNetIncome", "2025-09-27"), "169300000");
    xc_model_free(m);
}
END_TEST

/* A broker-dealer's "Net revenues": total revenues less interest expense,
 * revenues net of interest expense (not a second Revenues). */
static const char BROKER_NET[] =
    "<html><body><p>Consolidated Statements of Income</p><p>(dollars in millions)</p>"
    "<table><tr><td></td><td>Fiscal 2006</td><td>Fiscal 2005</td></tr>"
    "<tr><td>Investment banking</td><td>$ 4,318</td><td>$ 3,477</td></tr>"
    "<tr><td>Interest and dividends</td><td>41,979</td><td>25,455</td></tr>"
    "<tr><td>Other</td><td>404</td><td>301</td></tr>"
    "<tr><td>Total revenues</td><td>46,701</td><td>29,233</td></tr>"
    "<tr><td>Interest expense</td><td>40,753</td><td>23,434</td></tr>"
    "<tr><td>Net revenues</td><td>5,948</td><td>5,799</td></tr>"
    "</table></body></html>";

START_TEST(test_broker_net_revenues)
{
    int rc;
    xc_model *m = convert(BROKER_NET, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2006-12-31"), "46701000000");
    ck_assert_str_eq(value_of(m, "RevenuesNetOfInterestExpense", "2006-12-31"), "5948000000");
    xc_model_free(m);
}
END_TEST

/* The parent's net income by its name, wrapped over two rows with the
 * name broken ("Net income attributable to Harbison" / "Industries
 * Corp."): joined, it reads as the parent's net income, as on one row. */
static const char NAME_WRAP[] =
    "<html><body><p>Harbison Industries Corp. (NYSE: HBI) today reported results.</p>"
    "<p>CONSOLIDATED STATEMENTS OF INCOME (In millions)</p><table>"
    "<tr><td></td><td>Three Months Ended October 4, 2025</td></tr>"
    "<tr><td>Revenues</td><td>$ 1,000.0</td></tr>"
    "<tr><td>Net income</td><td>$ 160.9</td></tr>"
    "<tr><td>Less: Net income attributable to noncontrolling interests</td><td>2.3</td></tr>"
    "<tr><td><p style=\"margin-left:10px\">Net income attributable to Harbison</p></td>"
    "<td></td></tr>"
    "<tr><td><p style=\"margin-left:22px\">Industries Corp.</p></td><td>$ 158.6</td></tr>"
    "<tr><td>Basic earnings per share</td><td>$ 1.59</td></tr>"
    "</table></body></html>";

START_TEST(test_name_wrap)
{
    int rc;
    xc_model *m = convert(NAME_WRAP, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-10-04"), "158600000");
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2025-10-04"), "160900000");
    xc_model_free(m);
}
END_TEST

/* "Change" over a "$" and a "%" column, beside the years: the year row
 * is still the header (the "%" heads a column of its own, not the year
 * before it), and the change columns hold no facts. */
static const char CHANGE_SIGNS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p><table>"
    "<tr><td></td><td colspan=\"7\">Three Months Ended June 30,</td><td></td>"
    "<td colspan=\"7\">Change</td></tr>"
    "<tr><td></td><td></td><td colspan=\"3\">2005</td><td></td><td colspan=\"3\">2004</td>"
    "<td></td><td>$</td><td colspan=\"2\"></td><td></td><td></td><td colspan=\"2\"></td>"
    "<td>%</td></tr>"
    "<tr><td>Net sales</td><td>$</td><td>52,410</td><td></td><td></td><td>$</td><td>48,977</td>"
    "<td></td><td></td><td>$</td><td>3,433</td><td></td><td></td><td></td><td>7</td><td>%</td>"
    "</tr></table></body></html>";

START_TEST(test_change_signs)
{
    int rc;
    xc_model *m = convert(CHANGE_SIGNS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-06-30"), "52410000");
    ck_assert_str_eq(value_of(m, "Revenues", "2004-06-30"), "48977000");
    size_t money = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        money += m->facts[i].numeric;
    ck_assert_uint_eq(money, 2);
    xc_model_free(m);
}
END_TEST

/* A statement that a page break cuts in two <table>s, the second
 * repeating the column header (a generator's header rows spread over many
 * source lines) under no title: one table, under the first part's title
 * and scale, though its share counts print more digits. */
#define NL10 "\n\n\n\n\n\n\n\n\n\n"
#define CONT_HEAD \
    "<tr>\n<td>" NL10 NL10 NL10 NL10 NL10 "</td>\n</tr>\n" \
    "<tr>\n<td></td>\n<td>Three Months Ended<br>June 30,<br>2005</td>\n" \
    "<td>Three Months Ended<br>June 30,<br>2004</td>\n</tr>\n"
#define CONT_ROW(label, a, b) "<tr>\n<td>" label "</td>\n<td>\n" a "\n</td>\n<td>\n" b "\n</td>\n</tr>\n"
static const char CONTINUED_HEAD[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(In millions, except share and per share amounts)</p><table>\n" CONT_HEAD
    CONT_ROW("Net sales", "$ 2,014", "$ 1,545") CONT_ROW("Cost of sales", "1,461", "1,122")
    CONT_ROW("Gross margin", "553", "423") CONT_ROW("Operating expenses", "454", "411")
    CONT_ROW("Operating income", "99", "12")
    "</table>\n<p style=\"page-break-before:always\">&nbsp;</p><hr>\n<table>\n" CONT_HEAD
    CONT_ROW("Interest and other income, net", "12", "15")
    CONT_ROW("Income before provision for income taxes", "111", "27")
    CONT_ROW("Provision for income taxes", "50", "8") CONT_ROW("Net income", "$ 61", "$ 19")
    CONT_ROW("Earnings per diluted share", "$ 0.16", "$ 0.05")
    CONT_ROW("Shares used in computing diluted earnings per share", "375,023", "360,793")
    "</table></body></html>";
#undef NL10
#undef CONT_HEAD
#undef CONT_ROW

START_TEST(test_continued_head)
{
    int rc;
    xc_model *m = convert(CONTINUED_HEAD, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2005-06-30"), "99000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-06-30"), "61000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-06-30"), "19000000");
    xc_model_free(m);
}
END_TEST

/* ...but a table with that header under a title of its own is no
 * continuation, though its title has "continued" in a word. */
static const char DISCONTINUED_TITLE[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In millions)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2005</td>"
    "<td>Three Months Ended June 30, 2004</td></tr>"
    "<tr><td>Net sales</td><td>$ 2,014</td><td>$ 1,545</td></tr>"
    "<tr><td>Net income</td><td>$ 61</td><td>$ 19</td></tr></table>"
    "<p>Discontinued operations</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2005</td>"
    "<td>Three Months Ended June 30, 2004</td></tr>"
    "<tr><td>Net sales</td><td>$ 300</td><td>$ 280</td></tr></table></body></html>";

START_TEST(test_discontinued_title)
{
    int rc;
    xc_model *m = convert(DISCONTINUED_TITLE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-06-30"), "2014000000");
    ck_assert_str_eq(member_with(m, "Revenues", "300000000"), "ext:DiscontinuedOperationsMember");
    xc_model_free(m);
}
END_TEST

/* A subtotal's label that wraps onto a second row, whose amounts are
 * ruled above: the rule stands above the label's first line, which joins
 * the second ("Income before provision" / "for income taxes"). */
#define TD_RULED "<td style=\"border-top:1pt solid #000\">"
static const char RULED_WRAP[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions)</p>"
    "<table><tr><td></td><td>December 30, 2023</td><td>December 31, 2022</td></tr>"
    "<tr><td>Operating income</td><td>40,373</td><td>36,016</td></tr>"
    "<tr><td>Other income/(expense), net</td><td>(50)</td><td>(393)</td></tr>"
    "<tr><td>Income before provision</td></tr>"
    "<tr><td>&nbsp;&nbsp;for income taxes</td>" TD_RULED "40,323</td>" TD_RULED "35,623</td></tr>"
    "<tr><td>Provision for income taxes</td><td>6,407</td><td>5,625</td></tr>"
    "</table></body></html>";
#undef TD_RULED

START_TEST(test_ruled_wrap)
{
    int rc;
    xc_model *m = convert(RULED_WRAP, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinary"
                                 "ItemsNoncontrollingInterest", "2023-12-30"), "40323000000");
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", "2023-12-30"), "6407000000");
    xc_model_free(m);
}
END_TEST

/* Typeset blanks: no-break spaces between "$" and digits, figure spaces
 * that pad a number, a narrow no-break space after a year and a
 * zero-width space before digits. */
static const char TYPESET_BLANKS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2005&#8239;</td><td>2004&#8239;</td></tr>"
    "<tr><td>Net sales</td><td>$&nbsp;52,410</td><td>$&#8199;&#8199;48,977</td></tr>"
    "<tr><td>Cost of sales</td><td>&#8203;38,112</td><td>(34,830&nbsp;)</td></tr>"
    "</table></body></html>";

START_TEST(test_typeset_blanks)
{
    int rc;
    xc_model *m = convert(TYPESET_BLANKS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-06-30"), "48977000");
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2005-06-30"), "38112000");
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2004-06-30"), "-34830000");
    xc_model_free(m);
}
END_TEST

/* A header parted by a page break: the lengths end one table
 * ("Thirteen Weeks Ended", "Thirty-Nine Weeks Ended") and the dates open
 * the next, with the rows. The lengths are the dates' (a thirteen weeks'
 * figure is no thirty-nine weeks'). */
static const char PARTED_HEADER[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(Amounts in Thousands Except Per Share Amounts)</p><table>"
    "<tr><td></td><td colspan=\"2\">Thirteen Weeks Ended</td>"
    "<td colspan=\"2\">Thirty-Nine Weeks Ended</td></tr></table>"
    "<p align=\"center\">2</p><hr style=\"page-break-after:always\"><table>"
    "<tr><td></td><td>November 2, 2024</td><td>October 28, 2023</td>"
    "<td>November 2, 2024</td><td>October 28, 2023</td></tr>"
    "<tr><td>SALES, Net of returns and allowances</td><td>$ 293,618</td><td>$ 303,457</td>"
    "<td>$ 838,490</td><td>$ 878,719</td></tr>"
    "</table></body></html>";

START_TEST(test_parted_header)
{
    int rc;
    xc_model *m = convert(PARTED_HEADER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int q = 0, ytd = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char b[16], v[40];
        if (strcmp(xc_date_format(c->end, b), "2024-11-02"))
            continue;
        xc_decimal_format(m->facts[i].value, v);
        int days = c->end - c->start;
        q += !strcmp(v, "293618000") && days < 100;
        ytd += !strcmp(v, "838490000") && days > 250;
    }
    ck_assert_int_eq(q, 1);
    ck_assert_int_eq(ytd, 1);
    xc_model_free(m);
}
END_TEST

/* "Dollars" and "Per Weighted Average Share" under each period are the
 * amount and its per-share figure, no segments: 0.53 per share is no $530
 * (the table's thousands applied to a per-share cell). */
static const char DOLLARS_PER_SHARE[] =
    "<html><body><p>Reconciliation of Net Income to Funds From Operations</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td colspan=\"2\">Quarter Ended December 31, 2008</td></tr>"
    "<tr><td></td><td>Dollars</td><td>Per Weighted Average Share</td></tr>"
    "<tr><td>Net income</td><td>$ 51,798</td><td>$ 0.53</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>42,597</td><td></td></tr>"
    "<tr><td>Funds from operations</td><td>$ 94,395</td><td>$ 0.97</td></tr>"
    "</table></body></html>";

START_TEST(test_dollars_per_share)
{
    int rc;
    xc_model *m = convert(DOLLARS_PER_SHARE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NonGaapFundsFromOperations", "2008-12-31"), "94395000");
    ck_assert_str_eq(value_of(m, "NonGaapFundsFromOperationsPerShare", "2008-12-31"), "0.97");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_uint_eq(m->contexts[m->facts[i].context].ndims, 0);
    xc_model_free(m);
}
END_TEST

/* A schedule of special items, "Pretax", "After Tax" and "Per Diluted
 * Share" under one period: the after-tax amounts are concepts of their own
 * beside the pretax ones, not a second reading that clashes with them. */
static const char SPECIAL_ITEMS[] =
    "<html><body><p>Special Items</p><p>(in millions, except per share amounts)</p><table>"
    "<tr><td></td><td colspan=\"3\">Three Months Ended December 31, 2005</td></tr>"
    "<tr><td></td><td>Pretax</td><td>After Tax</td><td>Per Diluted Share</td></tr>"
    "<tr><td>Restructuring charges</td><td>$ 45.0</td><td>$ 29.3</td><td>$ 0.12</td></tr>"
    "</table></body></html>";

START_TEST(test_special_items)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(SPECIAL_ITEMS, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_uint_eq(d.warnings, 0);
    ck_assert_str_eq(value_of(m, "RestructuringCharges", "2005-12-31"), "45000000");
    ck_assert_str_eq(value_of(m, "RestructuringChargesAfterTax", "2005-12-31"), "29300000");
    ck_assert_str_eq(value_of(m, "RestructuringChargesPerShare", "2005-12-31"), "0.12");
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* "Corporate and other" among segments reconciles them to the total: a
 * member of srt:ConsolidationItemsAxis, not a segment of its own. */
static const char CORPORATE_AND_OTHER[] =
    "<html><body><p>Operating income by segment</p><p>(in millions)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2005</td></tr>"
    "<tr><td>Industrial</td><td>$ 120</td></tr>"
    "<tr><td>Consumer</td><td>80</td></tr>"
    "<tr><td>Corporate and other</td><td>(30)</td></tr>"
    "<tr><td>Total operating income</td><td>$ 170</td></tr></table></body></html>";

START_TEST(test_corporate_and_other)
{
    int rc;
    xc_model *m = convert(CORPORATE_AND_OTHER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char v[40];
        if (strcmp(xc_decimal_format(m->facts[i].value, v), "-30000000"))
            continue;
        ck_assert_uint_eq(c->ndims, 1);
        ck_assert_str_eq(c->dims[0].axis, "srt:ConsolidationItemsAxis");
        ck_assert_str_eq(c->dims[0].member, "us-gaap:CorporateAndOtherMember");
        seen++;
    }
    ck_assert_int_eq(seen, 1);
    xc_model_free(m);
}
END_TEST

/* A "%" row under each amount row is that row's share of sales: named
 * for the row above (CostOfSalesPercent), each kept, none a conflict */
static const char PERCENT_ROWS[] =
    "<html><body><p>(in thousands)</p><table>"
    "<tr><td></td><td>13 Weeks Ended 8/30/09</td><td>13 Weeks Ended 8/31/08</td></tr>"
    "<tr><td>Net Sales</td><td>$ 42,518</td><td>$ 55,599</td></tr>"
    "<tr><td>Cost of Sales</td><td>31,570</td><td>44,646</td></tr>"
    "<tr><td>%</td><td>74.3%</td><td>80.3%</td></tr>"
    "<tr><td>Gross Profit</td><td>10,948</td><td>10,953</td></tr>"
    "<tr><td>%</td><td>25.7%</td><td>19.7%</td></tr>"
    "<tr><td>Net Earnings</td><td>4,755</td><td>4,937</td></tr>"
    "<tr><td>% of net sales</td><td>11.2%</td><td>8.9%</td></tr>"
    "</table></body></html>";

START_TEST(test_percent_rows)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(PERCENT_ROWS, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_uint_eq(d.n, 0);
    ck_assert_str_eq(value_of(m, "CostOfSalesPercent", "2009-08-30"), "0.743");
    ck_assert_str_eq(value_of(m, "GrossProfitPercent", "2008-08-31"), "0.197");
    ck_assert_str_eq(value_of(m, "NetEarningsPercentOfNetSales", "2009-08-30"), "0.112");
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* Under a "GAAP" heading of a non-GAAP reconciliation, the rows are the
 * statements' own measures; under "Non-GAAP", the adjusted ones */
static const char GAAP_HEADING[] =
    "<html><body><p>RECONCILIATION OF GAAP GROSS MARGIN TO NON-GAAP GROSS MARGIN</p>"
    "<p>(In thousands)</p><table>"
    "<tr><td></td><td>Three months ended September 30, 2023</td>"
    "<td>Three months ended September 30, 2022</td></tr>"
    "<tr><td>GAAP</td><td></td><td></td></tr>"
    "<tr><td>Total revenues</td><td>$ 42,350</td><td>$ 39,860</td></tr>"
    "<tr><td>Costs of revenues</td><td>14,282</td><td>12,545</td></tr>"
    "<tr><td>GAAP gross profit</td><td>$ 28,068</td><td>$ 27,315</td></tr>"
    "<tr><td>GAAP gross margin</td><td>66%</td><td>69%</td></tr>"
    "<tr><td>Non-GAAP</td><td></td><td></td></tr>"
    "<tr><td>GAAP gross profit</td><td>$ 28,068</td><td>$ 27,315</td></tr>"
    "<tr><td>Stock-based compensation expense</td><td>1,120</td><td>854</td></tr>"
    "<tr><td>Non-GAAP gross profit</td><td>$ 29,188</td><td>$ 28,169</td></tr>"
    "<tr><td>Non-GAAP gross margin</td><td>69%</td><td>71%</td></tr>"
    "</table></body></html>";

START_TEST(test_gaap_heading)
{
    int rc;
    xc_model *m = convert(GAAP_HEADING, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2023-09-30"), "42350000");
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2022-09-30"), "12545000");
    ck_assert_str_eq(value_of(m, "GaapGrossMargin", "2023-09-30"), "0.66");
    ck_assert_str_eq(value_of(m, "NonGaapGrossMargin", "2023-09-30"), "0.69");
    xc_model_free(m);
}
END_TEST

/* "Class A Common Stock" and "Common stock, Class B" are common stock of
 * each class (StatementClassOfStockAxis); "Basic net income per share of
 * Class A and Class B stock" names two and is basic EPS itself */
static const char STOCK_CLASSES[] =
    "<html><body><p>(In thousands, except per share amounts)</p>"
    "<p>CONSOLIDATED STATEMENTS OF INCOME</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2024</td>"
    "<td>Three Months Ended June 30, 2023</td></tr>"
    "<tr><td>Net income</td><td>$ 2,362</td><td>$ 1,836</td></tr>"
    "<tr><td>Basic net income per share of Class A and Class B stock</td>"
    "<td>$ 1.91</td><td>$ 1.45</td></tr>"
    "<tr><td>Cash dividends paid per share:</td><td></td><td></td></tr>"
    "<tr><td>Class B Common Stock</td><td>.760</td><td>.685</td></tr>"
    "</table><p>CONSOLIDATED BALANCE SHEETS</p><table>"
    "<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>"
    "<tr><td>Class A Common Stock</td><td>1,947</td><td>1,856</td></tr>"
    "<tr><td>Common stock, Class B</td><td>77</td><td>79</td></tr>"
    "<tr><td>Additional paid-in capital</td><td>3,782</td><td>3,642</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>5,806</td><td>5,577</td></tr>"
    "</table></body></html>";

START_TEST(test_stock_classes)
{
    int rc;
    xc_model *m = convert(STOCK_CLASSES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2024-06-30"), "1.91");
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char v[40], b[16];
        if (strcmp(m->facts[i].concept, "us-gaap:CommonStockValue") ||
            strcmp(xc_date_format(c->end, b), "2024-06-30"))
            continue;
        ck_assert_uint_eq(c->ndims, 1);
        ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementClassOfStockAxis");
        xc_decimal_format(m->facts[i].value, v);
        ck_assert_str_eq(c->dims[0].member, !strcmp(v, "1947000") ? "us-gaap:CommonClassAMember"
                                                                  : "us-gaap:CommonClassBMember");
        seen++;
    }
    ck_assert_int_eq(seen, 2);
    /* a class alone beside its heading's concept */
    seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        if (strcmp(m->facts[i].concept, "us-gaap:CommonStockDividendsPerShareCashPaid"))
            continue;
        ck_assert_uint_eq(c->ndims, 1);
        ck_assert_str_eq(c->dims[0].member, "us-gaap:CommonClassBMember");
        seen++;
    }
    ck_assert_int_eq(seen, 2);
    xc_model_free(m);
}
END_TEST

/* A balance sheet printed as two tables, each with its dates: the second,
 * headed "LIABILITIES AND STOCKHOLDERS' EQUITY", is no statement of equity
 * (whose columns are its components), nor a cash flow for "Accounts
 * payable and accrued expenses" */
static const char SECOND_HALF[] =
    "<html><body><p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p><table>"
    "<tr><td></td><td>June 30, 2003</td><td>December 31, 2002</td></tr>"
    "<tr><td>ASSETS</td><td></td><td></td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$ 107,597</td><td>$ 127,292</td></tr>"
    "<tr><td>Property and equipment, net</td><td>2,634,575</td><td>2,696,985</td></tr>"
    "<tr><td>Total</td><td>$ 2,742,172</td><td>$ 2,824,277</td></tr>"
    "</table><table>"
    "<tr><td></td><td>June 30, 2003</td><td>December 31, 2002</td></tr>"
    "<tr><td>LIABILITIES AND STOCKHOLDERS' EQUITY</td><td></td><td></td></tr>"
    "<tr><td>Accounts payable and accrued expenses</td><td>$ 92,422</td><td>$ 113,832</td></tr>"
    "<tr><td>Other current liabilities</td><td>36,663</td><td>38,739</td></tr>"
    "<tr><td>Total current liabilities</td><td>129,085</td><td>152,571</td></tr>"
    "<tr><td>Additional paid-in capital</td><td>3,782,193</td><td>3,642,019</td></tr>"
    "<tr><td>Accumulated deficit</td><td>(1,169,106)</td><td>(970,313)</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>2,613,087</td><td>2,671,706</td></tr>"
    "<tr><td>Total</td><td>$ 2,742,172</td><td>$ 2,824,277</td></tr>"
    "</table></body></html>";

START_TEST(test_second_half)
{
    int rc;
    xc_model *m = convert(SECOND_HALF, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "AccountsPayableAndAccruedLiabilitiesCurrent", "2003-06-30"),
                     "92422000");
    ck_assert_str_eq(value_of(m, "AdditionalPaidInCapital", "2002-12-31"), "3642019000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", "2003-06-30"),
                     "2742172000");
    xc_model_free(m);
}
END_TEST

/* Selected data: "Total assets" after the rows under "Diluted earning per
 * share:" is the balance at each year's end, not a per-share heading's
 * extension; "Earnings before extraordinary loss" is income before
 * extraordinary items, and its diluted amount per share */
static const char SELECTED_DATA[] =
    "<html><body><p>SELECTED FINANCIAL DATA</p><p>(in millions, except per share amounts)</p>"
    "<table><tr><td></td><td>Fiscal Year Ended February 2, 2002 (52 weeks)</td>"
    "<td>Fiscal Year Ended February 3, 2001 (53 weeks)</td></tr>"
    "<tr><td>Sales</td><td>$ 50,098</td><td>$ 49,000</td></tr>"
    "<tr><td>Earnings before extraordinary loss</td><td>1,043</td><td>880</td></tr>"
    "<tr><td>Extraordinary loss</td><td>&#8212;</td><td>(3)</td></tr>"
    "<tr><td>Net earnings</td><td>1,043</td><td>877</td></tr>"
    "<tr><td>Diluted earning per share:</td><td></td><td></td></tr>"
    "<tr><td>Earnings before extraordinary loss</td><td>1.26</td><td>1.04</td></tr>"
    "<tr><td>Net earnings</td><td>1.26</td><td>1.04</td></tr>"
    "<tr><td>Total assets</td><td>19,087</td><td>18,179</td></tr>"
    "<tr><td>Shareowners' equity</td><td>3,502</td><td>3,089</td></tr>"
    "</table></body></html>";

START_TEST(test_selected_data)
{
    int rc;
    xc_model *m = convert(SELECTED_DATA, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", "2002-02-02"), "19087000000");
    ck_assert_str_eq(value_of(m, "StockholdersEquity", "2001-02-03"), "3089000000");
    ck_assert_str_eq(value_of(m,
                              "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChange"
                              "InAccountingPrinciple",
                              "2001-02-03"),
                     "880000000");
    ck_assert_str_eq(value_of(m,
                              "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChange"
                              "InAccountingPrinciplePerDilutedShare",
                              "2002-02-02"),
                     "1.26");
    xc_model_free(m);
}
END_TEST

/* Money in euros: the scale note names the currency, the sign stands in a
 * cell of its own; EPS is euros per share */
static const char EUROS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(in millions of euros, except per share data)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three months ended September 30, 2024</td>"
    "<td colspan=\"2\">Three months ended September 30, 2023</td></tr>"
    "<tr><td>Revenues</td><td>&#8364;</td><td>1,234</td><td>&#8364;</td><td>1,100</td></tr>"
    "<tr><td>Net income</td><td>&#8364;</td><td>250</td><td>&#8364;</td><td>200</td></tr>"
    "<tr><td>Basic earnings per share</td><td>&#8364;</td><td>0.50</td><td>&#8364;</td>"
    "<td>0.40</td></tr></table>"
    "<p>(C$ in thousands)</p><table>"
    "<tr><td></td><td>September 30, 2024</td><td>December 31, 2023</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>C$ 5,000</td><td>C$ 4,000</td></tr>"
    "</table></body></html>";

START_TEST(test_currencies)
{
    int rc;
    xc_model *m = convert(EUROS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(unit_of(m, "us-gaap:Revenues", "1234000000"), "iso4217:EUR");
    ck_assert_str_eq(unit_of(m, "us-gaap:EarningsPerShareBasic", "0.5"),
                     "iso4217:EUR/xbrli:shares");
    ck_assert_str_eq(unit_of(m, "us-gaap:CashAndCashEquivalentsAtCarryingValue", "5000000"),
                     "iso4217:CAD");
    xc_model_free(m);
}
END_TEST

/* A Chinese filer's statements: Renminbi, and the latest period again in
 * U.S. dollars for convenience (the same context, another unit; no
 * segments "RMB" and "US"); a later table that names no currency is in
 * Renminbi still, as is one whose note names it */
static const char CURRENCY_COLUMNS[] =
    "<html><body><p>UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(In thousands, except for share and per share data)</p><table>"
    "<tr><td></td><td colspan=\"3\">For the Three Months Ended</td></tr>"
    "<tr><td></td><td>September 30, 2023</td><td>September 30, 2024</td>"
    "<td>September 30, 2024</td></tr>"
    "<tr><td></td><td>RMB</td><td>RMB</td><td>US$</td></tr>"
    "<tr><td>Revenues</td><td>98,935</td><td>44,448</td><td>6,334</td></tr>"
    "<tr><td>Net income</td><td>8,000</td><td>7,000</td><td>997</td></tr>"
    "<tr><td>Basic net income per share</td><td>0.10</td><td>0.09</td><td>0.01</td></tr>"
    "</table><p>UNAUDITED CONDENSED CONSOLIDATED BALANCE SHEETS</p><table>"
    "<tr><td></td><td>December 31, 2023</td><td>September 30, 2024</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>100,000</td><td>120,000</td></tr>"
    "</table><p>CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS</p>"
    "<p>(In thousands of U.S. dollars)</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 2024</td></tr>"
    "<tr><td>Capital expenditures</td><td>(2,000)</td></tr>"
    "</table></body></html>";

START_TEST(test_currency_columns)
{
    int rc;
    xc_model *m = convert(CURRENCY_COLUMNS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_uint_eq(m->contexts[m->facts[i].context].ndims, 0);
    ck_assert_str_eq(unit_of(m, "us-gaap:Revenues", "98935000"), "iso4217:CNY");
    ck_assert_str_eq(unit_of(m, "us-gaap:Revenues", "44448000"), "iso4217:CNY");
    ck_assert_str_eq(unit_of(m, "us-gaap:Revenues", "6334000"), "iso4217:USD");
    ck_assert_str_eq(unit_of(m, "us-gaap:EarningsPerShareBasic", "0.09"),
                     "iso4217:CNY/xbrli:shares");
    ck_assert_str_eq(unit_of(m, "us-gaap:EarningsPerShareBasic", "0.01"),
                     "iso4217:USD/xbrli:shares");
    ck_assert_str_eq(unit_of(m, "us-gaap:CashAndCashEquivalentsAtCarryingValue", "120000000"),
                     "iso4217:CNY");
    ck_assert_str_eq(unit_of(m, "us-gaap:PaymentsToAcquirePropertyPlantAndEquipment", "2000000"),
                     "iso4217:USD");
    xc_model_free(m);
}
END_TEST

/* Columns headed in thousands of a currency ("RMB'000", "US$'000"): share
 * counts beside them are whole; the translation's sums are off by its
 * rounding (29,300 - 8,969 is 20,331, printed 20,330), and the signs come
 * from the Renminbi columns, which add up: taxation is an expense, so
 * positive, in both currencies */
static const char THOUSANDS_OF_RMB[] =
    "<html><body><p>UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p><table>"
    "<tr><td></td><td colspan=\"3\">Six months ended June 30,</td></tr>"
    "<tr><td></td><td>2007</td><td>2008</td><td>2008</td></tr>"
    "<tr><td></td><td>RMB'000</td><td>RMB'000</td><td>US$'000</td></tr>"
    "<tr><td>Sales, net</td><td>1,857,591</td><td>1,251,857</td><td>177,439</td></tr>"
    "<tr><td>Operating expenses</td><td>(965,505)</td><td>(1,045,142)</td><td>(148,139)</td></tr>"
    "<tr><td>Profit before taxation</td><td>892,086</td><td>206,715</td><td>29,300</td></tr>"
    "<tr><td>Current taxation</td><td>(55,887)</td><td>(63,281)</td><td>(8,969)</td></tr>"
    "<tr><td>Profit after taxation</td><td>836,199</td><td>143,434</td><td>20,330</td></tr>"
    "<tr><td>Basic earnings per share</td><td>28.21</td><td>4.63</td><td>0.66</td></tr>"
    "<tr><td>Weighted average number of shares outstanding - basic</td>"
    "<td>29,638,000</td><td>30,948,836</td><td>30,948,836</td></tr>"
    "</table></body></html>";

START_TEST(test_thousands_of_currency)
{
    int rc;
    xc_model *m = convert(THOUSANDS_OF_RMB, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2007-06-30"),
                     "29638000");
    ck_assert_str_eq(unit_of(m, "us-gaap:CurrentIncomeTaxExpenseBenefit", "63281000"),
                     "iso4217:CNY");
    ck_assert_str_eq(unit_of(m, "us-gaap:CurrentIncomeTaxExpenseBenefit", "8969000"),
                     "iso4217:USD");
    ck_assert_str_eq(unit_of(m, "us-gaap:OperatingExpenses", "148139000"), "iso4217:USD");
    xc_model_free(m);
}
END_TEST

/* Segments' results for a quarter, then a balance that dates itself:
 * "Total Assets as of June 30, 2024" is total assets at that date */
static const char DATED_BALANCE[] =
    "<html><body><p>Selected business segment financial information</p>"
    "<p>(dollars in thousands)</p><table>"
    "<tr><td></td><td>Consumer Banking</td><td>Commercial Banking</td>"
    "<td>Consolidated Total</td></tr>"
    "<tr><td>Three Months Ended June 30, 2024</td></tr>"
    "<tr><td>Net Interest Income</td><td>$ 98,205</td><td>$ 50,885</td><td>$ 149,090</td></tr>"
    "<tr><td>Net Income</td><td>$ 31,289</td><td>$ 29,213</td><td>$ 60,502</td></tr>"
    "<tr><td>Total Assets as of June 30, 2024</td><td>$ 8,357,830</td><td>$ 5,835,399</td>"
    "<td>$ 14,193,229</td></tr>"
    "</table></body></html>";

START_TEST(test_dated_balance)
{
    int rc;
    xc_model *m = convert(DATED_BALANCE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", "2024-06-30"), "14193229000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-06-30"), "60502000");
    xc_model_free(m);
}
END_TEST

/* "Net Sales" above "Total Revenue" is the one kind of revenues the
 * calculation has, revenue from contracts with customers; a line that
 * qualifies itself ("Revenue, before fuel surcharge") stays its own */
static const char KINDS_OF_REVENUE[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended August 30, 2008</td></tr>"
    "<tr><td>REVENUES:</td></tr>"
    "<tr><td>Net Sales</td><td>$ 707,036</td></tr>"
    "<tr><td>Other Revenue</td><td>6,389</td></tr>"
    "<tr><td>Total Revenue</td><td>713,425</td></tr>"
    "<tr><td>Nonoperating income (loss)</td><td>(1,425)</td></tr>"
    "<tr><td>Net income</td><td>$ 712,000</td></tr>"
    "</table><p>OPERATING STATISTICS</p><table>"
    "<tr><td></td><td>Three Months Ended August 30, 2008</td></tr>"
    "<tr><td>Revenue, before fuel surcharge</td><td>$ 284,110</td></tr>"
    "<tr><td>Fuel surcharge</td><td>50,000</td></tr>"
    "<tr><td>Total operating revenue</td><td>$ 334,110</td></tr>"
    "</table></body></html>";

START_TEST(test_kinds_of_revenue)
{
    int rc;
    xc_model *m = convert(KINDS_OF_REVENUE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *d = "2008-08-30";
    ck_assert_str_eq(value_of(m, "RevenueFromContractWithCustomerExcludingAssessedTax", d),
                     "707036000");
    ck_assert_str_eq(value_of(m, "NonoperatingIncomeExpense", d), "-1425000");
    ck_assert_str_eq(unit_of(m, "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
                             "284110000"),
                     "");
    xc_model_free(m);
}
END_TEST

/* A fact sheet by segment: quarters named by fiscal year ("Q1 2009")
 * under a line that dates the first quarter (July 25, 2008, the year
 * before fiscal 2009 ends); percentages of sales beside the amounts are
 * no amounts (and no "% of sales" column is any period) */
static const char FACT_SHEET[] =
    "<html><body><p>Earnings Release Fact Sheet (unaudited)</p><p>Fiscal 2009 - Quarter 1</p>"
    "<p>Note: amounts are in thousands, except per share amounts</p>"
    "<p>First quarter (Q1), ended July 25, 2008, compared to the corresponding period a year "
    "ago:</p><table>"
    "<tr><td></td><td colspan=\"4\">Consolidated Results</td><td colspan=\"2\">Restaurant"
    "</td></tr>"
    "<tr><td></td><td>Q1</td><td>% of</td><td>Q1</td><td>% of</td><td>Q1</td><td>Q1</td></tr>"
    "<tr><td></td><td>2009</td><td>sales</td><td>2008</td><td>sales</td><td>2009</td>"
    "<td>2008</td></tr>"
    "<tr><td>Net sales</td><td>$ 440,287</td><td></td><td>$ 424,624</td><td></td>"
    "<td>$ 368,143</td><td>$ 360,189</td></tr>"
    "<tr><td>Operating wages</td><td>152,705</td><td>34.7%</td><td>153,785</td><td>36.2%</td>"
    "<td>39.1%</td><td>40.5%</td></tr>"
    "</table></body></html>";

START_TEST(test_fact_sheet)
{
    int rc;
    xc_model *m = convert(FACT_SHEET, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2008-07-25"), "440287000");
    ck_assert_str_eq(value_of(m, "Revenues", "2007-07-27"), "424624000");
    ck_assert_ptr_null(value_of(m, "Revenues", "2009-07-25"));
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].numeric)
            ck_assert_str_ne(m->units[m->facts[i].unit].num, "xbrli:pure");
    xc_model_free(m);
}
END_TEST

/* A year in the header row's stub, beside quarters named without one,
 * heads the rows up to the next year. */
static const char STUB_YEAR[] =
    "<html><body><p>QUARTERLY FINANCIAL DATA (In thousands)</p><table>"
    "<tr><td>1999</td><td>First Quarter</td><td>Second Quarter</td></tr>"
    "<tr><td>Net sales</td><td>$ 10,000</td><td>$ 11,000</td></tr>"
    "<tr><td>1998</td><td></td><td></td></tr>"
    "<tr><td>Net sales</td><td>$ 9,000</td><td>$ 10,000</td></tr>"
    "</table></body></html>";

START_TEST(test_stub_year)
{
    int rc;
    xc_model *m = convert(STUB_YEAR, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1999-06-30"), "11000000");
    ck_assert_str_eq(value_of(m, "Revenues", "1998-03-31"), "9000000");
    xc_model_free(m);
}
END_TEST

/* Profit split by whom it belongs to, in IFRS words: the row above
 * "Attributable to:" is the consolidated amount, the rows under it the
 * owners' and the noncontrolling interests' shares, each as printed. */
static const char ATTRIBUTION[] =
    "<html><body><p>CONDENSED CONSOLIDATED INCOME STATEMENT (in thousands)</p><table>"
    "<tr><td></td><td>Six months ended 30 June 2024</td></tr>"
    "<tr><td>Revenue</td><td>100,000</td></tr>"
    "<tr><td>Operating profit</td><td>30,000</td></tr>"
    "<tr><td>Finance costs</td><td>(2,000)</td></tr>"
    "<tr><td>Profit before tax</td><td>28,000</td></tr>"
    "<tr><td>Income tax expense</td><td>(7,000)</td></tr>"
    "<tr><td>Profit for the period</td><td>21,000</td></tr>"
    "<tr><td>Attributable to:</td><td></td></tr>"
    "<tr><td>Owners of the Company</td><td>20,000</td></tr>"
    "<tr><td>Non-controlling interests</td><td>1,000</td></tr>"
    "</table></body></html>";

START_TEST(test_attribution)
{
    int rc;
    xc_model *m = convert(ATTRIBUTION, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2024-06-30"), "21000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-06-30"), "20000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest",
                              "2024-06-30"),
                     "1000000");
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", "2024-06-30"), "7000000");
    ck_assert_str_eq(value_of(m, "InterestExpense", "2024-06-30"), "2000000");
    xc_model_free(m);
}
END_TEST

/* The same words after the interests' share is deducted name the owners'
 * share; the profit it is deducted from is the consolidated amount. */
static const char OWNERS_SHARE[] =
    "<html><body><p>STATEMENTS OF OPERATIONS (RMB'000)</p><table>"
    "<tr><td></td><td>Six months ended June 30, 2008</td></tr>"
    "<tr><td>Profit before taxation</td><td>206,715</td></tr>"
    "<tr><td>Current taxation</td><td>(63,281)</td></tr>"
    "<tr><td>Profit after taxation</td><td>143,434</td></tr>"
    "<tr><td>Minority interest</td><td>(89,501)</td></tr>"
    "<tr><td>Profit for the period</td><td>53,933</td></tr>"
    "</table></body></html>";

START_TEST(test_owners_share)
{
    int rc;
    xc_model *m = convert(OWNERS_SHARE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2008-06-30"), "143434000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2008-06-30"), "53933000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest",
                              "2008-06-30"),
                     "89501000");
    xc_model_free(m);
}
END_TEST

/* "Net income attributable to common shareholders" right after the
 * interests' share, with no preferred dividends deducted, is the owners'
 * net income; where dividends are deducted it is what is left to common
 * stockholders */
static const char COMMON_OWNERS[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td></tr>"
    "<tr><td>Income before income taxes</td><td>5,000</td></tr>"
    "<tr><td>Provision for income taxes</td><td>1,200</td></tr>"
    "<tr><td>Net income</td><td>3,800</td></tr>"
    "<tr><td>Net income attributable to noncontrolling interests</td><td>186</td></tr>"
    "<tr><td>Net income attributable to common shareholders</td><td>3,614</td></tr>"
    "</table></body></html>";

static const char COMMON_AFTER_PREFERRED[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td></tr>"
    "<tr><td>Income before income taxes</td><td>5,000</td></tr>"
    "<tr><td>Provision for income taxes</td><td>1,200</td></tr>"
    "<tr><td>Net income</td><td>3,800</td></tr>"
    "<tr><td>Preferred stock dividends</td><td>300</td></tr>"
    "<tr><td>Net income attributable to common shareholders</td><td>3,500</td></tr>"
    "</table></body></html>";

START_TEST(test_common_owners)
{
    int rc;
    xc_model *m = convert(COMMON_OWNERS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2026-06-30"), "3800000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2026-06-30"), "3614000");
    ck_assert_ptr_null(
        value_of(m, "NetIncomeLossAvailableToCommonStockholdersBasic", "2026-06-30"));
    xc_model_free(m);
    m = convert(COMMON_AFTER_PREFERRED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2026-06-30"), "3800000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossAvailableToCommonStockholdersBasic", "2026-06-30"),
                     "3500000");
    xc_model_free(m);
}
END_TEST

/* A scale note's exception ("except for per share data") says nothing of
 * a table's rows: a row the taxonomy lacks is money, scaled */
static const char EXCEPT_PER_SHARE[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(Amounts in thousands of U.S. dollars (\"US$\"), except for per share data)</p><table>"
    "<tr><td></td><td>Three Months Ended September 30, 2024</td></tr>"
    "<tr><td>Revenues</td><td>$ 10,000</td></tr>"
    "<tr><td>Interest and investment income, net</td><td>2,236</td></tr>"
    "<tr><td>Net income</td><td>$ 1,000</td></tr>"
    "<tr><td>Basic net income per share</td><td>$ 0.10</td></tr>"
    "</table></body></html>";

START_TEST(test_except_per_share)
{
    int rc;
    xc_model *m = convert(EXCEPT_PER_SHARE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "InterestAndInvestmentIncomeNet", "2024-09-30"), "2236000");
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "InterestAndInvestment"))
            ck_assert_ptr_null(m->units[m->facts[i].unit].den);
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2024-09-30"), "0.1");
    xc_model_free(m);
}
END_TEST

/* "Basic" and "Diluted" printed flush left over the rows they hold, under
 * "Per Share Basis" ("Per Share Basis" / "Basic" / "Continuing
 * operations" $2.65): each heads its rows, and no row's label takes it in */
static const char KINDS_OVER_ROWS[] =
    "<html><body><p>CONSOLIDATED INCOME STATEMENT</p><table>"
    "<tr><td>(Millions of dollars, except per share amounts)</td>"
    "<td>Third Quarter 2004</td><td>Third Quarter 2003</td></tr>"
    "<tr><td>Income From Continuing Operations</td><td>$433.9</td><td>$410.0</td></tr>"
    "<tr><td>Income From Discontinued Operations</td><td>7.4</td><td>9.0</td></tr>"
    "<tr><td>Net Income</td><td>$441.3</td><td>$419.0</td></tr>"
    "<tr><td>Per Share Basis</td><td></td><td></td></tr>"
    "<tr><td>Basic</td><td></td><td></td></tr>"
    "<tr><td>Continuing operations</td><td>$.88</td><td>$.82</td></tr>"
    "<tr><td>Discontinued operations</td><td>.02</td><td>.02</td></tr>"
    "<tr><td>Net income</td><td>$.90</td><td>$.84</td></tr>"
    "<tr><td>Diluted</td><td></td><td></td></tr>"
    "<tr><td>Continuing operations</td><td>$.87</td><td>$.81</td></tr>"
    "<tr><td>Discontinued operations</td><td>.02</td><td>.01</td></tr>"
    "<tr><td>Net income</td><td>$.89</td><td>$.82</td></tr>"
    "</table></body></html>";

START_TEST(test_kinds_over_rows)
{
    int rc;
    xc_model *m = convert(KINDS_OVER_ROWS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *end = "2004-09-30";
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsPerBasicShare", end),
                     "0.88");
    ck_assert_str_eq(value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicShare", end),
                     "0.02");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", end), "0.9");
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsPerDilutedShare", end),
                     "0.87");
    ck_assert_str_eq(
        value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare", "2003-09-30"),
        "0.01");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", end), "0.89");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_ptr_null(strstr(m->facts[i].concept, "ext:"));
    xc_model_free(m);
}
END_TEST

/* A statement of financial position of a Canadian filer: its scale note
 * in brackets names its currency; notes referred to in brackets are no
 * part of a name; "Share capital" and "Share premium" are money, not
 * counts of shares */
static const char BRACKETED_NOTES[] =
    "<html><body><p>CONSOLIDATED INTERIM STATEMENTS OF FINANCIAL POSITION</p>"
    "<p>[unaudited, in thousands of Canadian dollars]</p><table>"
    "<tr><td></td><td>March 31, 2013</td><td>December 31, 2012</td></tr>"
    "<tr><td></td><td>$</td><td>$</td></tr>"
    "<tr><td>Cash</td><td>68,442</td><td>9,997</td></tr>"
    "<tr><td>Finance receivables [note 3]</td><td>1,468,639</td><td>1,294,591</td></tr>"
    "<tr><td></td><td>1,537,081</td><td>1,304,588</td></tr>"
    "<tr><td>Secured borrowings [note 4]</td><td>1,031,127</td><td>989,818</td></tr>"
    "<tr><td>Total liabilities</td><td>1,031,127</td><td>989,818</td></tr>"
    "<tr><td>Share capital [note 5]</td><td>500,000</td><td>310,000</td></tr>"
    "<tr><td>Share premium</td><td>9,610</td><td>10,111</td></tr>"
    "<tr><td>Accumulated deficit</td><td>(3,656)</td><td>(5,341)</td></tr>"
    "<tr><td>Total shareholders' equity</td><td>505,954</td><td>314,770</td></tr>"
    "<tr><td></td><td>1,537,081</td><td>1,304,588</td></tr>"
    "</table></body></html>";

START_TEST(test_bracketed_notes)
{
    int rc;
    xc_model *m = convert(BRACKETED_NOTES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "FinanceReceivables", "2013-03-31"), "1468639000");
    ck_assert_str_eq(value_of(m, "CommonStockValue", "2013-03-31"), "500000000");
    ck_assert_str_eq(value_of(m, "SharePremium", "2012-12-31"), "10111000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", "2012-12-31"), "1304588000");
    int n = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        ck_assert_str_eq(m->units[f->unit].num, "iso4217:CAD");
        n++;
    }
    ck_assert_int_ge(n, 18);
    xc_model_free(m);
}
END_TEST

/* "Investments" among current assets are short-term; on a balance sheet
 * whose sections do not say, long-term */
static const char INVESTMENTS_BY_SECTION[] =
    "<html><body><p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2014</td><td>December 31, 2013</td></tr>"
    "<tr><td>Current assets:</td><td></td><td></td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$190,163</td><td>$284,419</td></tr>"
    "<tr><td>Investments</td><td>173,564</td><td>194,576</td></tr>"
    "<tr><td>Total current assets</td><td>363,727</td><td>478,995</td></tr>"
    "<tr><td>Goodwill</td><td>412,694</td><td>412,694</td></tr>"
    "<tr><td>Total assets</td><td>$776,421</td><td>$891,689</td></tr>"
    "</table><p>BALANCE SHEETS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2016</td><td>June 30, 2015</td></tr>"
    "<tr><td>Cash</td><td>$10,163</td><td>$24,419</td></tr>"
    "<tr><td>Investments</td><td>1,557,944</td><td>1,497,639</td></tr>"
    "<tr><td>Total assets</td><td>$1,568,107</td><td>$1,522,058</td></tr>"
    "</table></body></html>";

START_TEST(test_investments_by_section)
{
    int rc;
    xc_model *m = convert(INVESTMENTS_BY_SECTION, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ShortTermInvestments", "2013-12-31"), "194576000");
    ck_assert_str_eq(value_of(m, "LongTermInvestments", "2016-06-30"), "1557944000");
    xc_model_free(m);
}
END_TEST

/* Operating data among amounts in millions: enrollments are counts, not
 * money, an amount per student is not in millions, and a count "at
 * September 30" is a balance at the column's end */
static const char OPERATING_DATA[] =
    "<html><body><p>Financial and Operating Data For The Three Months Ended September 30th</p>"
    "<p>(Dollars in millions, except per share and per student data)</p><table>"
    "<tr><td></td><td>2004</td><td>2003</td><td>Increase/(Decrease)</td></tr>"
    "<tr><td>Revenues</td><td>$157.9</td><td>$134.4</td><td>17.5 %</td></tr>"
    "<tr><td>Net income</td><td>$18.1</td><td>$15.9</td><td>13.8 %</td></tr>"
    "<tr><td>New student enrollment</td><td>14,534</td><td>12,690</td><td>14.5 %</td></tr>"
    "<tr><td>Total student enrollment at September 30</td><td>42,183</td><td>36,947</td>"
    "<td>14.2 %</td></tr>"
    "<tr><td>Revenue per student</td><td>$3,745</td><td>$3,639</td><td>2.9 %</td></tr>"
    "</table></body></html>";

START_TEST(test_operating_data)
{
    int rc;
    xc_model *m = convert(OPERATING_DATA, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-09-30"), "157900000");
    ck_assert_str_eq(value_of(m, "NewStudentEnrollment", "2004-09-30"), "14534");
    ck_assert_str_eq(value_of(m, "RevenuePerStudent", "2003-09-30"), "3639");
    int instants = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (strstr(f->concept, "Enrollment"))
            ck_assert_str_eq(m->units[f->unit].num, "xbrli:pure");
        if (strstr(f->concept, "TotalStudentEnrollment")) {
            ck_assert_int_eq(m->contexts[f->context].type, XC_PERIOD_INSTANT);
            instants++;
        }
    }
    ck_assert_int_eq(instants, 2);
    xc_model_free(m);
}
END_TEST

/* A rate named in a gain's or a cost's label qualifies the money, not a
 * ratio: "Gain on foreign currency exchange rates" is thousands of dollars,
 * where "Debt to capital ratio" is a pure number */
static const char RATE_WORDS[] =
    "<html><body><p>Consolidated Statements of Cash Flows</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td>Six Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2026</td><td>2025</td></tr>"
    "<tr><td>Net income</td><td>$4,313</td><td>$2,010</td></tr>"
    "<tr><td>Gain on foreign currency exchange rates</td><td>(962)</td><td>(2,787)</td></tr>"
    "<tr><td>Interest rate swap losses</td><td>120</td><td>95</td></tr>"
    "<tr><td>Debt to capital ratio</td><td>0.42</td><td>0.45</td></tr>"
    "</table></body></html>";

START_TEST(test_rate_words)
{
    int rc;
    xc_model *m = convert(RATE_WORDS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        const char *unit = m->units[f->unit].num;
        if (strstr(f->concept, "ForeignCurrency") || strstr(f->concept, "SwapLoss")) {
            ck_assert_str_eq(unit, "iso4217:USD");
            seen++;
        } else if (strstr(f->concept, "Ratio")) {
            ck_assert_str_eq(unit, "xbrli:pure");
            seen++;
        }
    }
    ck_assert_int_eq(seen, 6);
    ck_assert_str_eq(value_of(m, "GainOnForeignCurrencyExchangeRates", "2026-06-30"),
                     "-962000");
    xc_model_free(m);
}
END_TEST

/* "Consolidated Adjusted EBITDA" totals the "Adjusted EBITDA" heading as
 * "Total Adjusted EBITDA" would: the rows above it are segments of that
 * measure, not rows of a segment named after the title ("Segment
 * Information") */
static const char SEGMENT_CONSOLIDATED[] =
    "<html><body><p>Segment Information</p><table>"
    "<tr><td></td><td>Three Months Ended June 30,</td></tr>"
    "<tr><td>(dollars in thousands)</td><td>2026</td><td>2025</td></tr>"
    "<tr><td>Revenue</td></tr>"
    "<tr><td>SaaS</td><td>114,480</td><td>115,005</td></tr>"
    "<tr><td>Marketing Services</td><td>36,248</td><td>95,465</td></tr>"
    "<tr><td>Total Revenue</td><td>150,728</td><td>210,470</td></tr>"
    "<tr><td>Adjusted EBITDA</td></tr>"
    "<tr><td>SaaS</td><td>13,562</td><td>23,393</td></tr>"
    "<tr><td>Marketing Services</td><td>7,263</td><td>27,839</td></tr>"
    "<tr><td>Consolidated Adjusted EBITDA</td><td>20,825</td><td>51,232</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_consolidated)
{
    int rc;
    xc_model *m = convert(SEGMENT_CONSOLIDATED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int saas = 0;
    const char *ebitda = NULL;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[40];
        if (!strcmp(xc_decimal_format(f->value, b), "20825000")) {
            ck_assert_int_eq(c->ndims, 0);
            ebitda = f->concept;
        }
        for (size_t k = 0; k < c->ndims; k++) {
            ck_assert(strstr(c->dims[k].member, "SegmentInformation") == NULL);
            saas += !strcmp(xc_decimal_format(f->value, b), "13562000") &&
                    strstr(c->dims[k].member, "Saas") != NULL;
        }
    }
    ck_assert_int_eq(saas, 1);
    ck_assert_ptr_nonnull(ebitda);
    for (size_t i = 0; i < m->nfacts; i++) {
        char b[40];
        if (m->contexts[m->facts[i].context].ndims &&
            !strcmp(xc_decimal_format(m->facts[i].value, b), "7263000"))
            ck_assert_str_eq(m->facts[i].concept, ebitda);
    }
    xc_model_free(m);
}
END_TEST

/* A title that says a table is by segment names no segment when the
 * phrase opens it ("SEGMENT INFORMATION"): the consolidated lines below
 * the segments carry no member; "WIRELESS SEGMENT" names one */
static const char SEGMENT_TITLE_GENERIC[] =
    "<html><body><p>SEGMENT INFORMATION</p><p>(In millions)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2025</td><td>2024</td></tr>"
    "<tr><td>Net sales:</td></tr>"
    "<tr><td>Aerospace</td><td>412.5</td><td>380.1</td></tr>"
    "<tr><td>Industrial</td><td>298.7</td><td>305.4</td></tr>"
    "<tr><td>Total net sales</td><td>711.2</td><td>685.5</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>31.2</td><td>29.9</td></tr>"
    "</table><p>WIRELESS SEGMENT</p><p>(In millions)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2025</td><td>2024</td></tr>"
    "<tr><td>Revenues</td><td>100.0</td><td>90.0</td></tr>"
    "<tr><td>Operating income</td><td>10.0</td><td>9.0</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_title_generic)
{
    int rc;
    xc_model *m = convert(SEGMENT_TITLE_GENERIC, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "DepreciationAndAmortization", "2025-06-30"), "31200000");
    int wireless = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        for (size_t k = 0; k < c->ndims; k++) {
            ck_assert(strstr(c->dims[k].member, "SegmentInformation") == NULL);
            wireless += strstr(c->dims[k].member, "Wireless") != NULL;
        }
    }
    ck_assert_int_eq(wireless, 4);
    xc_model_free(m);
}
END_TEST

/* A sentence ending in a colon introduces the table below it, scale and
 * all ("(amounts are in thousands, except for book-to-bill ratios):"); a
 * header over a column of ratios ("Book-to-Bill" over "0.2x") heads no
 * column of amounts; and a column "as of" a day is an instant, whatever
 * length the sentence names */
static const char INTRO_COLON[] =
    "<html><body><p>Matrix Service Company today announced financial results for the "
    "fourth quarter of fiscal 2026 ended June 30, 2026.</p>"
    "<p>The table below summarizes awards, book-to-bill ratios and backlog by segment for the "
    "fourth quarter ended June 30, 2026 (amounts are in thousands, except for book-to-bill "
    "ratios):</p><table>"
    "<tr><td></td><td colspan=\"6\">Three Months Ended<br>June 30, 2026</td>"
    "<td colspan=\"3\">Backlog as of</td></tr>"
    "<tr><td>Segment:</td><td colspan=\"3\">Awards</td><td colspan=\"3\">Book-to-Bill (1)</td>"
    "<td colspan=\"3\">June 30, 2026</td></tr>"
    "<tr><td>Storage and Terminal Solutions</td><td>$</td><td>31,201</td><td></td><td></td>"
    "<td>0.2x</td><td></td><td>$</td><td>641,159</td><td></td></tr>"
    "<tr><td>Utility and Power Infrastructure</td><td></td><td>29,805</td><td></td><td></td>"
    "<td>0.4x</td><td></td><td></td><td>145,732</td><td></td></tr>"
    "</table></body></html>";

START_TEST(test_intro_colon)
{
    int rc;
    xc_model *m = convert(INTRO_COLON, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int backlog = 0, awards = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[40];
        xc_decimal_format(f->value, b);
        for (size_t k = 0; k < c->ndims; k++)
            ck_assert(strstr(c->dims[k].member, "BookToBill") == NULL);
        if (!strcmp(b, "641159000")) {
            ck_assert_int_eq(c->type, XC_PERIOD_INSTANT);
            ck_assert_str_eq(xc_date_format(c->end, b), "2026-06-30");
            backlog++;
        }
        if (!strcmp(b, "31201000")) {
            ck_assert_int_eq(c->type, XC_PERIOD_DURATION);
            awards++;
        }
    }
    ck_assert_int_eq(backlog, 1);
    ck_assert_int_eq(awards, 1);
    xc_model_free(m);
}
END_TEST

/* Share counts in equity labels: where par value times the common shares
 * issued says they are in thousands, the preferred and treasury counts of
 * the same table are in thousands too */
static const char CAPITAL_SCALE[] =
    "<html><body><p>Consolidated Balance Sheets (in thousands, except per share data)</p>"
    "<table><tr><td></td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Total liabilities</td><td>419,063</td><td>207,534</td></tr>"
    "<tr><td>Preferred stock, $0.0001 par value, authorized shares - 5,000, issued and "
    "outstanding - none</td><td>&#8212;</td><td>&#8212;</td></tr>"
    "<tr><td>Common stock, $0.0001 par value, authorized shares - 200,000 Issued shares - "
    "89,604 and 76,358 Outstanding shares - 81,760 and 68,863</td><td>9</td><td>8</td></tr>"
    "<tr><td>Additional paid-in capital</td><td>1,294,141</td><td>1,239,338</td></tr>"
    "<tr><td>Treasury stock at cost - 7,844 and 7,495</td><td>(178,206)</td>"
    "<td>(176,478)</td></tr>"
    "</table></body></html>";

/* (and par value times thousands of shares may round far from the
 * amount printed: $0.0001 times 59,594 thousand is "5" thousand) */
static const char CAPITAL_ROUNDED[] =
    "<html><body><p>Condensed Consolidated Balance Sheets</p><table>"
    "<tr><td>(unaudited and in thousands)</td><td>June 30, 2026</td>"
    "<td>December 31, 2025</td></tr>"
    "<tr><td>Total liabilities</td><td>26,003</td><td>34,244</td></tr>"
    "<tr><td>Common stock, $0.0001 par value &#8211; 125,000 shares authorized as of June 30, "
    "2026, and December 31, 2025; 59,594 shares issued as of June 30, 2026 and 58,950 issued "
    "as of December 31, 2025</td><td>5</td><td>5</td></tr>"
    "<tr><td>Additional paid-in capital</td><td>381,034</td><td>377,577</td></tr>"
    "</table></body></html>";

START_TEST(test_capital_scale)
{
    int rc;
    xc_model *m = convert(CAPITAL_SCALE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CommonStockSharesIssued", "2026-06-30"), "89604000");
    ck_assert_str_eq(value_of(m, "PreferredStockSharesAuthorized", "2026-06-30"), "5000000");
    ck_assert_str_eq(value_of(m, "TreasuryStockCommonShares", "2026-06-30"), "7844000");
    ck_assert_str_eq(value_of(m, "TreasuryStockCommonShares", "2025-12-31"), "7495000");
    xc_model_free(m);
    m = convert(CAPITAL_ROUNDED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CommonStockSharesAuthorized", "2026-06-30"), "125000000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesIssued", "2025-12-31"), "58950000");
    xc_model_free(m);
}
END_TEST

/* What a balance line says it is net of: the allowance its concept deducts,
 * in the table's scale, in the columns' order; an unlabelled sum of
 * property items before "Less accumulated depreciation" (the gross
 * amount); a balance "and other" (the item it names) */
static const char LABEL_CONTRA[] =
    "<html><body><p>Condensed Balance Sheets</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2026</td><td>March 31, 2026</td></tr>"
    "<tr><td>Cash</td><td>2,896</td><td>1,714</td></tr>"
    "<tr><td>Accounts receivable, net of allowance for credit losses of $73 and $124, "
    "respectively</td><td>6,545</td><td>3,408</td></tr>"
    "<tr><td>Total current assets</td><td>9,441</td><td>5,122</td></tr>"
    "<tr><td>Machinery and equipment</td><td>13,900</td><td>13,843</td></tr>"
    "<tr><td>Leasehold improvements</td><td>2,059</td><td>2,059</td></tr>"
    "<tr><td></td><td>15,959</td><td>15,902</td></tr>"
    "<tr><td>Less accumulated depreciation</td><td>12,419</td><td>12,187</td></tr>"
    "<tr><td>Net fixed assets</td><td>3,540</td><td>3,715</td></tr>"
    "<tr><td>Total assets</td><td>12,981</td><td>8,837</td></tr>"
    "<tr><td>Accrued payroll and other</td><td>1,037</td><td>697</td></tr>"
    "<tr><td>Total liabilities</td><td>1,037</td><td>697</td></tr>"
    "<tr><td>Retained earnings</td><td>11,944</td><td>8,140</td></tr>"
    "<tr><td>Total liabilities and equity</td><td>12,981</td><td>8,837</td></tr>"
    "</table></body></html>";

/* (one amount: the columns that print one) */
static const char LABEL_CONTRA_ONE[] =
    "<html><body><p>Balance Sheets</p><table>"
    "<tr><td></td><td>June 30, 2026</td><td>March 31, 2026</td></tr>"
    "<tr><td>Accounts receivable (net of allowance for doubtful accounts of $57,177)</td>"
    "<td>386,068</td><td>&#8212;</td></tr>"
    "<tr><td>Inventories</td><td>100,000</td><td>90,000</td></tr>"
    "<tr><td>Total current assets</td><td>486,068</td><td>90,000</td></tr>"
    "</table></body></html>";

START_TEST(test_label_contra)
{
    int rc;
    xc_model *m = convert(LABEL_CONTRA, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *allow = "AllowanceForDoubtfulAccountsReceivableCurrent";
    ck_assert_str_eq(value_of(m, allow, "2026-06-30"), "73000");
    ck_assert_str_eq(value_of(m, allow, "2026-03-31"), "124000");
    ck_assert_str_eq(value_of(m, "AccountsReceivableNetCurrent", "2026-06-30"), "6545000");
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentGross", "2026-06-30"), "15959000");
    ck_assert_str_eq(value_of(m, "EmployeeRelatedLiabilitiesCurrent", "2026-03-31"), "697000");
    xc_model_free(m);
    m = convert(LABEL_CONTRA_ONE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, allow, "2026-06-30"), "57177");
    ck_assert_ptr_null(value_of(m, allow, "2026-03-31"));
    xc_model_free(m);
}
END_TEST

/* A summary whose prior-period column opens "vs." beside a change column:
 * that period's figures; "X from continuing operations" rows; "($)" beside
 * "(%)" says dollars, in the table's millions */
static const char VERSUS_SUMMARY[] =
    "<html><body><p>Clearwater Corp. (NASDAQ: CLWR) reported results for the fiscal third "
    "quarter of 2026, ended June 30, 2026. Its fiscal year ends September 30.</p>"
    "<p>Fiscal Q3 2026 Financial Summary</p><table>"
    "<tr><td>(in millions except per share data and percentages)</td><td>Q3 2026</td>"
    "<td>vs. Q3 2025</td><td>Change</td><td>Change (%)</td></tr>"
    "<tr><td>Net Sales from Continuing Operations</td><td>43.9</td><td>38.8</td><td>5.1</td>"
    "<td>13%</td></tr>"
    "<tr><td>Gross Profit ($) from Continuing Operations</td><td>13.9</td><td>13.7</td>"
    "<td>0.3</td><td>2%</td></tr>"
    "<tr><td>Gross Profit (%) from Continuing Operations</td><td>31.8 %</td><td>35.3%</td>"
    "<td>-3.5%</td><td>-10%</td></tr>"
    "<tr><td>Income from Operations from Continuing Operations</td><td>2.6</td><td>1.5</td>"
    "<td>1.0</td><td>68%</td></tr>"
    "<tr><td>Net Income from Continuing Operations</td><td>3.0</td><td>2.3</td><td>0.7</td>"
    "<td>29%</td></tr>"
    "<tr><td>Net Income per Diluted Share from Continuing Operations</td><td>0.22</td>"
    "<td>0.16</td><td>0.06</td><td>38%</td></tr>"
    "</table></body></html>";

START_TEST(test_versus_summary)
{
    int rc;
    xc_model *m = convert(VERSUS_SUMMARY, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-06-30"), "38800000");
    ck_assert_str_eq(value_of(m, "GrossProfit", "2026-06-30"), "13900000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2025-06-30"), "1500000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperations", "2026-06-30"), "3000000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsPerDilutedShare",
                              "2025-06-30"),
                     "0.16");
    xc_model_free(m);
}
END_TEST

/* A table titled by product family whose sum has no label: the measure
 * the title names, by product; a percentage row under a scale note named
 * by its own words */
static const char FAMILY_SUM[] =
    "<html><body><p>Statement of Operations Detail</p><table>"
    "<tr><td></td><td>2025</td><td>2024</td><td>$ Change</td></tr>"
    "<tr><td>(in thousands, except percentages)</td></tr>"
    "<tr><td>Revenue</td><td>112,819</td><td>119,907</td><td>(7,088)</td></tr>"
    "<tr><td>Cost of revenue</td><td>49,012</td><td>43,909</td><td>5,103</td></tr>"
    "<tr><td>Gross profit</td><td>63,807</td><td>75,998</td><td>(12,191)</td></tr>"
    "<tr><td>Gross margin</td><td>57%</td><td>63%</td><td></td></tr>"
    "</table>"
    "<p>The following table presents revenue by product family for fiscal years 2025 and "
    "2024 (dollars in thousands):</p><table>"
    "<tr><td></td><td>2025</td><td>2024</td><td>$ Change</td></tr>"
    "<tr><td>OEM Channel</td><td>64,406</td><td>77,770</td><td>(13,364)</td></tr>"
    "<tr><td>Commercial Channel</td><td>48,413</td><td>42,137</td><td>6,276</td></tr>"
    "<tr><td></td><td>112,819</td><td>119,907</td><td>(7,088)</td></tr>"
    "</table></body></html>";

START_TEST(test_family_sum)
{
    int rc;
    xc_model *m = convert(FAMILY_SUM, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "64406000"), "ext:OemChannelMember");
    ck_assert_str_eq(member_with(m, "Revenues", "42137000"), "ext:CommercialChannelMember");
    ck_assert_str_eq(member_with(m, "GrossMargin", "0.57"), "");
    xc_model_free(m);
}
END_TEST

/* Rows under "Revenues" that name no concept, which "Total revenues" adds:
 * lines of business, the release's own members of the product axis; a
 * row with a concept of its own stays that concept; not so under costs */
static const char REVENUE_LINES[] =
    "<html><body><p>Consolidated Statements of Operations</p><p>(In thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Revenues</td></tr>"
    "<tr><td>Procurement</td><td>18,249</td><td>33,002</td></tr>"
    "<tr><td>System integration</td><td>13,880</td><td>9,486</td></tr>"
    "<tr><td>Operating lease income</td><td>289</td><td>&#8212;</td></tr>"
    "<tr><td>Total revenues</td><td>32,418</td><td>42,488</td></tr>"
    "<tr><td>Cost of revenues</td></tr>"
    "<tr><td>Cost of integration</td><td>20,000</td><td>30,000</td></tr>"
    "<tr><td>Cost of lease operations</td><td>235</td><td>&#8212;</td></tr>"
    "<tr><td>Total cost of revenues</td><td>20,235</td><td>30,000</td></tr>"
    "<tr><td>Gross profit</td><td>12,183</td><td>12,488</td></tr>"
    "</table></body></html>";

START_TEST(test_revenue_lines)
{
    int rc;
    xc_model *m = convert(REVENUE_LINES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "18249000"), "ext:ProcurementMember");
    ck_assert_str_eq(member_with(m, "Revenues", "9486000"), "ext:SystemIntegrationMember");
    ck_assert_str_eq(member_with(m, "Revenues", "32418000"), "");
    ck_assert_str_eq(member_with(m, "OperatingLeaseLeaseIncome", "289000"), "");
    ck_assert_ptr_null(member_with(m, "CostOfRevenue", "235000"));
    xc_model_free(m);
}
END_TEST

/* A table numbered and titled by segment ("Table 2 -- Results of
 * Operations by Segment"): the number names no segment; the segments'
 * own total, which the whole adds with the eliminations, is their
 * OperatingSegmentsMember; and the rows under a heading that names no
 * concept, which name the segments above, measure that heading's
 * extension concept for each */
static const char SEGMENT_TABLE[] =
    "<html><body><p>Table 2 -- Results of Operations by Segment</p><p>In millions</p><table>"
    "<tr><td></td><td>Three months ended June 30, 2026</td>"
    "<td>Three months ended June 30, 2025</td></tr>"
    "<tr><td>Segment revenues:</td></tr>"
    "<tr><td>Polyurethanes</td><td>1,079</td><td>932</td></tr>"
    "<tr><td>Advanced Materials</td><td>313</td><td>264</td></tr>"
    "<tr><td>Total reportable segments' revenues</td><td>1,392</td><td>1,196</td></tr>"
    "<tr><td>Intersegment eliminations</td><td>(12)</td><td>(8)</td></tr>"
    "<tr><td>Total revenues</td><td>1,380</td><td>1,188</td></tr>"
    "<tr><td>Segment adjusted EBITDA (1):</td></tr>"
    "<tr><td>Polyurethanes</td><td>66</td><td>31</td></tr>"
    "<tr><td>Advanced Materials</td><td>64</td><td>45</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_table)
{
    int rc;
    xc_model *m = convert(SEGMENT_TABLE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "1079000000"), "ext:PolyurethanesMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1392000000"), "us-gaap:OperatingSegmentsMember");
    ck_assert_str_eq(member_with(m, "Revenues", "-12000000"),
                     "us-gaap:IntersegmentEliminationMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1380000000"), "");
    ck_assert_str_eq(member_with(m, "SegmentAdjustedEbitda", "66000000"),
                     "ext:PolyurethanesMember");
    ck_assert_str_eq(member_with(m, "SegmentAdjustedEbitda", "45000000"),
                     "ext:AdvancedMaterialsMember");
    for (size_t i = 0; i < m->ncontexts; i++)
        for (size_t k = 0; k < m->contexts[i].ndims; k++)
            ck_assert_msg(!strstr(m->contexts[i].dims[k].member, "Table"), "%s",
                          m->contexts[i].dims[k].member);
    xc_model_free(m);
}
END_TEST

/* An MD&A's tables: net sales by line of business, then by geography
 * ("Net Sales by Geography" / "Total" is net sales); then a table of
 * gross margin whose rows name the lines of business read before, each
 * with its margin in percent under it: the rows are gross profit for
 * those members, the percentages add nothing to the total and take the
 * member of the row above */
static const char KNOWN_SEGMENTS[] =
    "<html><body><p>Net Sales</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Year ended May 31, 2026</td><td>Year ended May 31, 2025</td></tr>"
    "<tr><td>Net Sales</td></tr>"
    "<tr><td>Med Tech</td><td>149,954</td><td>126,653</td></tr>"
    "<tr><td>Med Device</td><td>170,220</td><td>165,845</td></tr>"
    "<tr><td>Total</td><td>320,174</td><td>292,498</td></tr>"
    "<tr><td>Net Sales by Geography</td></tr>"
    "<tr><td>United States</td><td>274,923</td><td>250,983</td></tr>"
    "<tr><td>International</td><td>45,251</td><td>41,515</td></tr>"
    "<tr><td>Total</td><td>320,174</td><td>292,498</td></tr>"
    "</table><p>Gross Margin</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Year ended May 31, 2026</td><td>Year ended May 31, 2025</td></tr>"
    "<tr><td>Med Tech</td><td>95,356</td><td>78,515</td></tr>"
    "<tr><td>Gross margin % of sales</td><td>63.6%</td><td>62.0%</td></tr>"
    "<tr><td>Med Device</td><td>79,536</td><td>79,190</td></tr>"
    "<tr><td>Gross margin % of sales</td><td>46.7%</td><td>47.7%</td></tr>"
    "<tr><td>Total</td><td>174,892</td><td>157,705</td></tr>"
    "<tr><td>Gross margin % of sales</td><td>54.6%</td><td>53.9%</td></tr>"
    "</table></body></html>";

START_TEST(test_known_segments)
{
    int rc;
    xc_model *m = convert(KNOWN_SEGMENTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "45251000"), "us-gaap:NonUsMember");
    ck_assert_str_eq(member_with(m, "GrossProfit", "95356000"), "ext:MedTechMember");
    ck_assert_str_eq(member_with(m, "GrossProfit", "79190000"), "ext:MedDeviceMember");
    ck_assert_str_eq(member_with(m, "GrossProfit", "174892000"), "");
    ck_assert_str_eq(member_with(m, "GrossMarginOfSales", "0.636"), "ext:MedTechMember");
    ck_assert_str_eq(member_with(m, "GrossMarginOfSales", "0.477"), "ext:MedDeviceMember");
    ck_assert_str_eq(member_with(m, "GrossMarginOfSales", "0.546"), "");
    /* (a member keeps its axis from table to table) */
    for (size_t i = 0; i < m->ncontexts; i++)
        for (size_t k = 0; k < m->contexts[i].ndims; k++)
            if (strstr(m->contexts[i].dims[k].member, "Med"))
                ck_assert_str_eq(m->contexts[i].dims[k].axis, "srt:ProductOrServiceAxis");
    xc_model_free(m);
}
END_TEST

/* Highlights under headings that only name the basis of their figures:
 * the headings are no part of the extension concepts' names */
static const char BASIS_HEADINGS[] =
    "<html><body><p>(in thousands, except share data)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>U.S. GAAP Financial Measures</td></tr>"
    "<tr><td>Revenues</td><td>15,109</td><td>13,282</td></tr>"
    "<tr><td>Gross margin</td><td>41.2%</td><td>43.6%</td></tr>"
    "<tr><td>Non-GAAP Financial Measures (a)</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>3,401</td><td>2,419</td></tr>"
    "</table></body></html>";

START_TEST(test_basis_headings)
{
    int rc;
    xc_model *m = convert(BASIS_HEADINGS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "15109000"), "");
    ck_assert_str_eq(member_with(m, "GrossMargin", "0.412"), "");
    ck_assert_str_eq(member_with(m, "AdjustedEbitda", "3401000"), "");
    xc_model_free(m);
}
END_TEST

/* A column of note marks beside the labels ("Note" / "A", "B"): the
 * marks are no part of the labels */
static const char NOTE_COLUMN[] =
    "<html><body><p>STATEMENTS OF OPERATIONS</p><p>(In Thousands)</p><table>"
    "<tr><td></td><td>Note</td><td>Q1 2026</td><td>Q2 2026</td></tr>"
    "<tr><td>Revenues</td><td></td><td>72,793</td><td>55,956</td></tr>"
    "<tr><td>Restructuring charges</td><td>C</td><td>1,857</td><td>712</td></tr>"
    "<tr><td>Research and development</td><td>(a)</td><td>2,869</td><td>3,224</td></tr>"
    "</table></body></html>";

START_TEST(test_note_column)
{
    int rc;
    xc_model *m = convert(NOTE_COLUMN, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "RestructuringCharges", "712000"), "");
    ck_assert_str_eq(member_with(m, "ResearchAndDevelopmentExpense", "3224000"), "");
    xc_model_free(m);
}
END_TEST

/* A reconciliation from a net loss to adjusted EBITDA that adds back its
 * expenses printed positive adds back one printed of either sign as it
 * is (a tax of 86, a benefit of 61); and a series of preferred stock is
 * that class of stock's member */
static const char ADDBACKS[] =
    "<html><body><p>Starling Oncology, Inc. (NASDAQ: STLN) today reported results.</p>"
    "<p>Adjusted EBITDA Reconciliation</p><p>(dollars in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Net loss</td><td>(9,789)</td><td>(17,009)</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>1,838</td><td>1,805</td></tr>"
    "<tr><td>Interest expense, net</td><td>1,859</td><td>1,870</td></tr>"
    "<tr><td>Income tax expense</td><td>86</td><td>(61)</td></tr>"
    "<tr><td>Non-cash addbacks</td><td>(36)</td><td>2,222</td></tr>"
    "<tr><td>Share-based compensation</td><td>1,070</td><td>752</td></tr>"
    "<tr><td>Consulting fees</td><td>1,814</td><td>506</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>(3,158)</td><td>(9,915)</td></tr>"
    "</table><p>Consolidated Balance Sheets</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Total liabilities</td><td>203,147</td><td>180,376</td></tr>"
    "<tr><td>Series A Convertible Preferred Stock, 0.0001 par value</td><td>5</td><td>5</td></tr>"
    "<tr><td>Accumulated deficit</td><td>(283,700)</td><td>(271,419)</td></tr>"
    "</table></body></html>";

START_TEST(test_addbacks)
{
    int rc;
    xc_model *m = convert(ADDBACKS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int tax = 0, benefit = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        char b[40];
        const xc_fact *f = &m->facts[i];
        if (!f->numeric || !strstr(f->concept, "IncomeTax"))
            continue;
        tax += !strcmp(xc_decimal_format(f->value, b), "86000");
        benefit += !strcmp(xc_decimal_format(f->value, b), "-61000");
    }
    ck_assert_int_eq(tax, 1);
    ck_assert_int_eq(benefit, 1);
    ck_assert_str_eq(member_with(m, "PreferredStockValue", "5000"),
                     "us-gaap:SeriesAPreferredStockMember");
    xc_model_free(m);
}
END_TEST

/* A table titled for key metrics and non-GAAP measures whose headings say
 * where each part begins: the rows above them are the statements' own;
 * its scale note excepts two rows by their abbreviations and so scales
 * the counts too */
static const char METRICS_PARTS[] =
    "<html><body><p>Key Business Metrics and Non-GAAP Financial Measures</p>"
    "<p>(Unaudited, in thousands except AOV, ARPU and percentages)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Total revenue</td><td>205,289</td><td>192,509</td></tr>"
    "<tr><td>Net Income (loss)</td><td>5,183</td><td>(266)</td></tr>"
    "<tr><td>Non-GAAP Financial Measures</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>45,898</td><td>38,965</td></tr>"
    "<tr><td>Key Business Metrics</td></tr>"
    "<tr><td>Transaction units</td><td>281</td><td>278</td></tr>"
    "<tr><td>Business formations</td><td>125</td><td>131</td></tr>"
    "<tr><td>Average order value (AOV)</td><td>256</td><td>262</td></tr>"
    "</table></body></html>";

START_TEST(test_metrics_parts)
{
    int rc;
    xc_model *m = convert(METRICS_PARTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "205289000"), "");
    ck_assert_str_eq(member_with(m, "NetIncomeLoss", "-266000"), "");
    ck_assert_str_eq(member_with(m, "NonGaapAdjustedEbitda", "45898000"), "");
    ck_assert_str_eq(member_with(m, "TransactionUnits", "281000"), "");
    ck_assert_str_eq(member_with(m, "BusinessFormations", "125000"), "");
    ck_assert_str_eq(member_with(m, "AverageOrderValueAov", "256"), "");
    xc_model_free(m);
}
END_TEST

/* A preferred stock line that names a series in a later clause is the
 * class's line, with its par value and counts ("zero shares issued") */
static const char SERIES_CLAUSE[] =
    "<html><body><p>CONDENSED BALANCE SHEETS</p>"
    "<p>(in thousands, except share and per share amounts)</p><table>"
    "<tr><td></td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Total liabilities</td><td>3,076</td><td>3,784</td></tr>"
    "<tr><td>Preferred stock - $0.01 par value; 30,000 shares authorized; Series A "
    "convertible preferred stock, zero shares issued and outstanding at June 30, 2026 "
    "and December 31, 2025</td><td>\xe2\x80\x94</td><td>\xe2\x80\x94</td></tr>"
    "<tr><td>Accumulated deficit</td><td>(131,911)</td><td>(133,210)</td></tr>"
    "</table></body></html>";

START_TEST(test_series_clause)
{
    int rc;
    xc_model *m = convert(SERIES_CLAUSE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "PreferredStockValue", "0"), "");
    ck_assert_str_eq(member_with(m, "PreferredStockSharesAuthorized", "30000"), "");
    ck_assert_str_eq(member_with(m, "PreferredStockSharesIssued", "0"), "");
    ck_assert_str_eq(member_with(m, "PreferredStockParOrStatedValuePerShare", "0.01"), "");
    xc_model_free(m);
}
END_TEST

/* A statement's footnote that prints its lines again under "(1) Includes
 * stock-based compensation as follows:": the statement's lines are no
 * segments, and the footnote's are that compensation at each line, the
 * filer's member where no standard one names it; a cash balance printed
 * at the period's beginning and end under its heading */
static const char SBC_FOOTNOTE[] =
    "<html><body><p>Statements of Operations</p><p>(In thousands)</p><table>"
    "<tr><td></td><td>Six Months Ended June 30, 2026</td>"
    "<td>Six Months Ended June 30, 2025</td></tr>"
    "<tr><td>Total revenue</td><td>382,286</td><td>325,221</td></tr>"
    "<tr><td>Operating expenses:</td></tr>"
    "<tr><td>Marketing</td><td>36,939</td><td>31,403</td></tr>"
    "<tr><td>Operations and technology</td><td>147,425</td><td>135,964</td></tr>"
    "<tr><td>Selling, general and administrative</td><td>104,729</td><td>97,988</td></tr>"
    "<tr><td>Total operating expenses (1)</td><td>289,093</td><td>265,355</td></tr>"
    "<tr><td>Net loss</td><td>(4,557)</td><td>(22,656)</td></tr>"
    "<tr><td>(1) Includes stock-based compensation as follows:</td></tr>"
    "<tr><td>Marketing</td><td>767</td><td>727</td></tr>"
    "<tr><td>Operations and technology</td><td>4,557</td><td>4,901</td></tr>"
    "<tr><td>Selling, general and administrative</td><td>8,524</td><td>9,939</td></tr>"
    "<tr><td>Total</td><td>13,848</td><td>15,567</td></tr>"
    "</table><p>Statements of Cash Flows</p><p>(In thousands)</p><table>"
    "<tr><td></td><td>Six Months Ended June 30, 2026</td>"
    "<td>Six Months Ended June 30, 2025</td></tr>"
    "<tr><td>Net decrease in cash, cash equivalents and restricted cash</td>"
    "<td>(32,130)</td><td>(77,919)</td></tr>"
    "<tr><td>Cash, cash equivalents and restricted cash</td></tr>"
    "<tr><td>Beginning of period</td><td>166,039</td><td>187,123</td></tr>"
    "<tr><td>End of period</td><td>133,909</td><td>109,204</td></tr>"
    "</table></body></html>";

START_TEST(test_sbc_footnote)
{
    int rc;
    xc_model *m = convert(SBC_FOOTNOTE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "MarketingExpense", "36939000"), "");
    ck_assert_str_eq(member_with(m, "OperatingExpenses", "289093000"), "");
    ck_assert_str_eq(member_with(m, "AllocatedShareBasedCompensationExpense", "13848000"), "");
    ck_assert_str_eq(member_with(m, "AllocatedShareBasedCompensationExpense", "8524000"),
                     "us-gaap:SellingGeneralAndAdministrativeExpensesMember");
    ck_assert_str_eq(member_with(m, "AllocatedShareBasedCompensationExpense", "767000"),
                     "ext:MarketingMember");
    const char *cash = "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents";
    ck_assert_str_eq(value_of(m, cash, "2026-06-30"), "133909000");
    ck_assert_str_eq(value_of(m, cash, "2025-12-31"), "166039000");
    xc_model_free(m);
}
END_TEST

/* "Earnings per share of common stock" with no colon over "Basic" and
 * "Diluted" right below the weighted shares' "Basic" and "Diluted": a
 * heading, not the first line of the label "Basic" */
static const char EPS_UNDER_SHARES[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME AND COMPREHENSIVE INCOME</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Net sales</td><td>115,365</td><td>114,611</td></tr>"
    "<tr><td>Right-of-use asset impairment</td><td>\xe2\x80\x94</td><td>14,079</td></tr>"
    "<tr><td>Net income and comprehensive income</td><td>12,712</td><td>10,702</td></tr>"
    "<tr><td>Weighted average number of common shares outstanding:</td></tr>"
    "<tr><td>Basic</td><td>4,502</td><td>5,276</td></tr>"
    "<tr><td>Diluted</td><td>4,929</td><td>5,677</td></tr>"
    "<tr><td>Earnings per share of common stock</td></tr>"
    "<tr><td>Basic</td><td>2.82</td><td>2.03</td></tr>"
    "<tr><td>Diluted</td><td>2.58</td><td>1.89</td></tr>"
    "</table></body></html>";

START_TEST(test_eps_under_shares)
{
    int rc;
    xc_model *m = convert(EPS_UNDER_SHARES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "EarningsPerShareBasic", "2.82"), "");
    ck_assert_str_eq(member_with(m, "EarningsPerShareDiluted", "2.58"), "");
    ck_assert_ptr_null(member_with(m, "EarningsPerShareDiluted", "2.82"));
    ck_assert_str_eq(member_with(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "4929000"),
                     "");
    ck_assert_str_eq(member_with(m, "NetIncomeLoss", "12712000"), "");
    ck_assert_str_eq(member_with(m, "OperatingLeaseImpairmentLoss", "14079000"), "");
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    xc_model_free(m);
}
END_TEST

/* A statement, then its footnote as a table of its own titled "(1)
 * Includes stock-based compensation expense as follows:": "Total" adds
 * lines that operating expenses add too, but it is the compensation its
 * title names, and the lines are its members */
static const char SBC_TITLED[] =
    "<html><body><p>Results of Operations</p><table>"
    "<tr><td></td><td>For the year ended December 31, 2025</td>"
    "<td>For the year ended December 31, 2024</td></tr>"
    "<tr><td>(In thousands)</td></tr>"
    "<tr><td>Revenue</td><td>371,317</td><td>378,340</td></tr>"
    "<tr><td>Selling, general and administrative (1)</td><td>79,510</td><td>99,044</td></tr>"
    "<tr><td>Research and development (1)</td><td>7,347</td><td>6,851</td></tr>"
    "<tr><td>Total operating expenses</td><td>86,857</td><td>105,895</td></tr>"
    "<tr><td>Net loss</td><td>(15,686)</td><td>(6,124)</td></tr>"
    "</table><p>(1) Includes stock-based compensation expense as follows:</p><table>"
    "<tr><td></td><td>For the year ended December 31, 2025</td>"
    "<td>For the year ended December 31, 2024</td></tr>"
    "<tr><td>(In thousands)</td></tr>"
    "<tr><td>Selling, general and administrative</td><td>9,734</td><td>15,105</td></tr>"
    "<tr><td>Research and development</td><td>778</td><td>570</td></tr>"
    "<tr><td>Total</td><td>10,512</td><td>15,675</td></tr>"
    "</table></body></html>";

START_TEST(test_sbc_titled)
{
    int rc;
    xc_model *m = convert(SBC_TITLED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "OperatingExpenses", "86857000"), "");
    ck_assert_str_eq(member_with(m, "AllocatedShareBasedCompensationExpense", "10512000"), "");
    ck_assert_str_eq(member_with(m, "AllocatedShareBasedCompensationExpense", "778000"),
                     "us-gaap:ResearchAndDevelopmentExpenseMember");
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    xc_model_free(m);
}
END_TEST

/* Equity lines that set the class off with a colon, their amount of the
 * shares outstanding rather than issued (so the counts are thousands);
 * deferred compensation among current liabilities is owed, not equity */
static const char COLON_CLASSES[] =
    "<html><body><p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(In thousands, unaudited)</p>"
    "<table><tr><td></td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Current liabilities</td></tr>"
    "<tr><td>Accounts payable</td><td>11,030</td><td>13,726</td></tr>"
    "<tr><td>Short-term income taxes payable</td><td>887</td><td>3,079</td></tr>"
    "<tr><td>Deferred compensation</td><td>15</td><td>42</td></tr>"
    "<tr><td>Total current liabilities</td><td>11,932</td><td>16,847</td></tr>"
    "<tr><td>Stockholders' equity</td></tr>"
    "<tr><td>Preferred stock: 500 shares authorized, none issued and outstanding at June 30, "
    "2025 and December 31, 2025</td><td>\xe2\x80\x94</td><td>\xe2\x80\x94</td></tr>"
    "<tr><td>Common stock: $0.001 par value per share, 75,000 shares authorized; 42,252 and "
    "42,091 shares issued; 36,783 and 37,361 shares outstanding at June 30, 2026 and "
    "December 31, 2025, respectively.</td><td>37</td><td>37</td></tr>"
    "<tr><td>Retained earnings</td><td>218,060</td><td>209,821</td></tr>"
    "</table></body></html>";

START_TEST(test_colon_classes)
{
    int rc;
    xc_model *m = convert(COLON_CLASSES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CommonStockValue", "2026-06-30"), "37000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesOutstanding", "2026-06-30"), "36783000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesIssued", "2025-12-31"), "42091000");
    ck_assert_str_eq(value_of(m, "PreferredStockSharesAuthorized", "2026-06-30"), "500000");
    ck_assert_str_eq(value_of(m, "DeferredCompensationLiabilityCurrent", "2026-06-30"), "15000");
    ck_assert_str_eq(value_of(m, "AccruedIncomeTaxesCurrent", "2026-06-30"), "887000");
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    xc_model_free(m);
}
END_TEST

/* Earnings per share of two classes, each named by its heading over
 * "Basic and diluted", and of a class with its holders' own words beside
 * the whole; under "dollars in thousands", share counts printed one by
 * one, as each class's net loss over its shares shows */
static const char CLASS_HEADINGS[] =
    "<html><body><p>Condensed Consolidated Statements of Operations</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Revenues</td><td>105,708</td><td>78,056</td></tr>"
    "<tr><td>Net loss</td><td>(39,678)</td><td>(12,536)</td></tr>"
    "<tr><td>Net loss per share attributable to Class A common stockholders</td></tr>"
    "<tr><td>Basic and diluted</td><td>(2.16)</td><td>(0.70)</td></tr>"
    "<tr><td>Net loss per share attributable to Class B common stockholders</td></tr>"
    "<tr><td>Basic and diluted</td><td>(2.17)</td><td>(0.71)</td></tr>"
    "</table><p>The following table sets forth our results of operations (dollars in "
    "thousands, except per share amounts):</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Revenues</td><td>105,708</td><td>78,056</td></tr>"
    "<tr><td>Net loss and comprehensive loss</td><td>(39,678)</td><td>(12,536)</td></tr>"
    "<tr><td>Accretion on convertible preferred stock</td><td>(3,392)</td><td>(4,926)</td></tr>"
    "<tr><td>Net loss attributable to redeemable common stockholders</td>"
    "<td>(1,215)</td><td>(245)</td></tr>"
    "<tr><td>Net loss attributable to common stockholders</td>"
    "<td>(41,855)</td><td>(17,217)</td></tr>"
    "<tr><td>Net loss per share attributable to redeemable common stockholders</td></tr>"
    "<tr><td>Basic and diluted</td><td>(2.16)</td><td>(1.42)</td></tr>"
    "<tr><td>Weighted-average number of shares outstanding used to compute net loss per "
    "share attributable to redeemable common stockholders</td></tr>"
    "<tr><td>Basic and diluted</td><td>562,500</td><td>172,131</td></tr>"
    "<tr><td>Net loss per share attributable to common stockholders</td></tr>"
    "<tr><td>Basic and diluted</td><td>(2.31)</td><td>(1.57)</td></tr>"
    "<tr><td>Weighted-average number of shares outstanding used to compute net loss per "
    "share attributable to common stockholders</td></tr>"
    "<tr><td>Basic and diluted</td><td>18,093,925</td><td>10,951,270</td></tr>"
    "</table></body></html>";

START_TEST(test_class_headings)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(CLASS_HEADINGS, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "EarningsPerShareBasic", "-0.7"), "us-gaap:CommonClassAMember");
    ck_assert_str_eq(member_with(m, "EarningsPerShareDiluted", "-0.71"),
                     "us-gaap:CommonClassBMember");
    ck_assert_str_eq(member_with(m, "EarningsPerShareBasic", "-2.31"), "");
    ck_assert_str_eq(member_with(m, "EarningsPerShareBasic", "-1.42"), "ext:RedeemableMember");
    ck_assert_str_eq(member_with(m, "WeightedAverageNumberOfSharesOutstandingBasic", "18093925"),
                     "");
    ck_assert_str_eq(member_with(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "562500"),
                     "ext:RedeemableMember");
    ck_assert_ptr_null(member_with(m, "WeightedAverageNumberOfSharesOutstandingBasic",
                                   "18093925000"));
    for (size_t i = 0; i < d.n; i++)
        ck_assert_msg(!strstr(d.items[i].message, "kept the first") &&
                          !strstr(d.items[i].message, "[eps]"),
                      "%s", d.items[i].message);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* Equity attributable to the company by its name, the interests, and
 * their sum: the sum is equity including the interests' portion; the
 * exchange printed run together ("NasdaqGS") names the ticker */
static const char PARENT_EQUITY[] =
    "<html><body><p>ProFrac Holding Corp. (NasdaqGS: ACDC)</p>"
    "<p>Consolidated Balance Sheets</p><table>"
    "<tr><td>(In millions)</td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Total assets</td><td>2,507.9</td><td>2,573.1</td></tr>"
    "<tr><td>Total liabilities</td><td>1,862.3</td><td>1,761.2</td></tr>"
    "<tr><td>Stockholders' equity:</td></tr>"
    "<tr><td>Class A common stock</td><td>1.8</td><td>1.8</td></tr>"
    "<tr><td>Additional paid-in capital</td><td>1,316.8</td><td>1,325.9</td></tr>"
    "<tr><td>Accumulated deficit</td><td>(776.1)</td><td>(610.2)</td></tr>"
    "<tr><td>Total stockholders' equity attributable to ProFrac Holding Corp.</td>"
    "<td>542.5</td><td>717.5</td></tr>"
    "<tr><td>Noncontrolling interests</td><td>103.1</td><td>94.4</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>645.6</td><td>811.9</td></tr>"
    "<tr><td>Total liabilities, mezzanine equity, and stockholders' equity</td>"
    "<td>2,507.9</td><td>2,573.1</td></tr>"
    "</table></body></html>";

START_TEST(test_parent_equity)
{
    int rc;
    xc_model *m = convert(PARENT_EQUITY, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->ticker, "ACDC");
    ck_assert_str_eq(value_of(m, "StockholdersEquity", "2026-06-30"), "542500000");
    const char *with = "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest";
    ck_assert_str_eq(value_of(m, with, "2026-06-30"), "645600000");
    ck_assert_str_eq(value_of(m, "MinorityInterest", "2025-12-31"), "94400000");
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    xc_model_free(m);
}
END_TEST

/* Lines of a related party's part beside the whole ("Interest expense",
 * "Interest expense, related party"; a "Related party" line under
 * "Revenues:"): the whole's concept for us-gaap:RelatedPartyMember, with
 * the sign of an expense printed in parentheses turned like its sibling's */
static const char RELATED_PARTY[] =
    "<html><body><p>Acme Widgets, Inc. (NASDAQ: ACWD) today reported results.</p>"
    "<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Revenues:</td></tr>"
    "<tr><td>Product revenue</td><td>10,000</td><td>9,000</td></tr>"
    "<tr><td>Related party</td><td>2,000</td><td>1,500</td></tr>"
    "<tr><td>Total revenues</td><td>12,000</td><td>10,500</td></tr>"
    "<tr><td>Cost of revenues</td><td>6,000</td><td>5,000</td></tr>"
    "<tr><td>Cost of revenues - related parties</td><td>500</td><td>400</td></tr>"
    "<tr><td>Gross profit</td><td>5,500</td><td>5,100</td></tr>"
    "<tr><td>Operating expenses</td><td>3,000</td><td>2,800</td></tr>"
    "<tr><td>Operating income</td><td>2,500</td><td>2,300</td></tr>"
    "<tr><td>Interest expense</td><td>(300)</td><td>(250)</td></tr>"
    "<tr><td>Interest expense, related party</td><td>(100)</td><td>(90)</td></tr>"
    "<tr><td>Income before income taxes</td><td>2,100</td><td>1,960</td></tr>"
    "<tr><td>Income tax expense</td><td>400</td><td>300</td></tr>"
    "<tr><td>Net income</td><td>1,700</td><td>1,660</td></tr>"
    "</table><p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>5,000</td><td>4,000</td></tr>"
    "<tr><td>Accounts receivable - related party, net</td><td>3,700</td><td>3,100</td></tr>"
    "<tr><td>Total current assets</td><td>8,700</td><td>7,100</td></tr>"
    "<tr><td>Property and equipment, net</td><td>10,000</td><td>10,000</td></tr>"
    "<tr><td>Total assets</td><td>18,700</td><td>17,100</td></tr>"
    "<tr><td>Accounts payable</td><td>1,000</td><td>900</td></tr>"
    "<tr><td>Accounts payable &#8212; related parties</td><td>450</td><td>300</td></tr>"
    "<tr><td>Total current liabilities</td><td>1,450</td><td>1,200</td></tr>"
    "<tr><td>Long-term debt - related party</td><td>4,000</td><td>4,000</td></tr>"
    "<tr><td>Total liabilities</td><td>5,450</td><td>5,200</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>13,250</td><td>11,900</td></tr>"
    "<tr><td>Total liabilities and stockholders' equity</td><td>18,700</td><td>17,100</td></tr>"
    "</table></body></html>";

START_TEST(test_related_party)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(RELATED_PARTY, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    const char *rp = "us-gaap:RelatedPartyMember";
    ck_assert_str_eq(member_with(m, "Revenues", "2000000"), rp);
    ck_assert_str_eq(member_with(m, "Revenues", "12000000"), "");
    ck_assert_str_eq(member_with(m, "CostOfRevenue", "500000"), rp);
    ck_assert_str_eq(member_with(m, "InterestExpense", "300000"), "");
    ck_assert_str_eq(member_with(m, "InterestExpense", "100000"), rp);
    ck_assert_ptr_null(member_with(m, "InterestExpense", "-100000"));
    ck_assert_str_eq(member_with(m, "AccountsReceivableNetCurrent", "3700000"), rp);
    ck_assert_str_eq(member_with(m, "AccountsPayableCurrent", "1000000"), "");
    ck_assert_str_eq(member_with(m, "AccountsPayableCurrent", "450000"), rp);
    ck_assert_str_eq(member_with(m, "LongTermDebtNoncurrent", "4000000"), rp);
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    for (size_t i = 0; i < d.n; i++)
        ck_assert_msg(!strstr(d.items[i].message, "kept the first") &&
                          !strstr(d.items[i].message, "[calc]"),
                      "%s", d.items[i].message);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* A segment's table under its name and a sentence that describes it
 * ("Domestic Coke" / "Domestic Coke consists of ..."): its rows are that
 * segment's. Segments' sums: reportable segments' revenue with the
 * eliminations between them, and reportable segments' adjusted EBITDA (an
 * extension measure) beside "Corporate and Other" */
static const char SEGMENT_SUMS[] =
    "<html><body><p>SunCoal Energy, Inc. (NYSE: SNCL) today reported results.</p>"
    "<p>SECOND QUARTER SEGMENT RESULTS</p><p>Domestic Coke</p>"
    "<p>Domestic Coke consists of cokemaking facilities and heat recovery operations "
    "at our Jewell and Middletown plants.</p><table>"
    "<tr><td>(Dollars in millions)</td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td><td>Increase (decrease)</td></tr>"
    "<tr><td>Revenues</td><td>367.5</td><td>410.4</td><td>(42.9)</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>42.5</td><td>40.5</td><td>2.0</td></tr></table>"
    "<p>Industrial Services</p>"
    "<p>Industrial Services consists of the handling and mixing services of coal at "
    "our logistics terminals.</p><table>"
    "<tr><td>(Dollars in millions)</td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td><td>Increase (decrease)</td></tr>"
    "<tr><td>Revenues</td><td>98.4</td><td>15.1</td><td>83.3</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>34.4</td><td>7.7</td><td>26.7</td></tr></table>"
    "<p>Segment Operating Data</p><p>(Dollars in millions)</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td>"
    "<td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Sales and other operating revenue:</td></tr>"
    "<tr><td>Domestic Coke</td><td>1,613.8</td><td>1,817.3</td></tr>"
    "<tr><td>Industrial Services</td><td>187.8</td><td>83.0</td></tr>"
    "<tr><td>Industrial Services intersegment sales</td><td>21.9</td><td>22.9</td></tr>"
    "<tr><td>Elimination of intersegment sales</td><td>(21.9)</td><td>(22.9)</td></tr>"
    "<tr><td>Total sales and other operating revenue reportable segments</td>"
    "<td>1,801.6</td><td>1,900.3</td></tr>"
    "<tr><td>Corporate and other, net</td><td>35.7</td><td>35.1</td></tr>"
    "<tr><td>Total Sales and other operating revenue</td><td>1,837.3</td><td>1,935.4</td></tr>"
    "<tr><td>Adjusted EBITDA:</td></tr>"
    "<tr><td>Domestic Coke</td><td>170.0</td><td>234.7</td></tr>"
    "<tr><td>Industrial Services</td><td>62.3</td><td>50.4</td></tr>"
    "<tr><td>Total Adjusted EBITDA reportable segments</td><td>232.3</td><td>285.1</td></tr>"
    "<tr><td>Corporate and Other, net</td><td>(13.1)</td><td>(12.3)</td></tr>"
    "<tr><td>Total Adjusted EBITDA</td><td>219.2</td><td>272.8</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_sums)
{
    int rc;
    xc_model *m = convert(SEGMENT_SUMS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "367500000"), "sncl:DomesticCokeMember");
    ck_assert_str_eq(member_with(m, "Revenues", "98400000"), "sncl:IndustrialServicesMember");
    ck_assert_str_eq(member_with(m, "Revenues", "-21900000"),
                     "us-gaap:IntersegmentEliminationMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1801600000"), "us-gaap:OperatingSegmentsMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1837300000"), "");
    ck_assert_str_eq(member_with(m, "AdjustedEbitda", "42500000"), "sncl:DomesticCokeMember");
    ck_assert_str_eq(member_with(m, "AdjustedEbitda", "170000000"), "sncl:DomesticCokeMember");
    ck_assert_str_eq(member_with(m, "AdjustedEbitda", "232300000"),
                     "us-gaap:OperatingSegmentsMember");
    ck_assert_str_eq(member_with(m, "AdjustedEbitda", "-13100000"),
                     "us-gaap:CorporateAndOtherMember");
    ck_assert_str_eq(member_with(m, "AdjustedEbitda", "219200000"), "");
    xc_model_free(m);
}
END_TEST

/* A summary whose rows call themselves segments under headings that name
 * their measures ("Revenues" / "Commercial Segment", "Federal Government
 * Segment", "Consolidated"; "Gross Margin" / the same in percentages), and
 * a reconciliation whose measures say they are non-GAAP in parentheses */
static const char SEGMENTS_SAID[] =
    "<html><body><p>Everfirth, Inc. (NYSE: EFTH) today reported results.</p>"
    "<p>Second Quarter 2026 Financial Results - Summary</p><table>"
    "<tr><td>(In millions, except per share data)</td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Revenues</td></tr>"
    "<tr><td>Commercial Segment</td><td>701.7</td><td>708.1</td></tr>"
    "<tr><td>Federal Government Segment</td><td>305.3</td><td>312.5</td></tr>"
    "<tr><td>Consolidated</td><td>1,007.0</td><td>1,020.6</td></tr>"
    "<tr><td>Gross Margin</td></tr>"
    "<tr><td>Commercial Segment</td><td>32.1%</td><td>33.0%</td></tr>"
    "<tr><td>Federal Government Segment</td><td>19.6%</td><td>19.2%</td></tr>"
    "<tr><td>Consolidated</td><td>28.3%</td><td>28.7%</td></tr>"
    "<tr><td>Net income</td><td>14.2</td><td>29.3</td></tr>"
    "</table><p>RECONCILIATIONS OF GAAP TO NON-GAAP MEASURES</p>"
    "<p>(In millions)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Net income</td><td>14.2</td><td>29.3</td></tr>"
    "<tr><td>Interest expense</td><td>20.4</td><td>18.2</td></tr>"
    "<tr><td>Provision for income taxes</td><td>6.5</td><td>12.1</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>31.2</td><td>28.7</td></tr>"
    "<tr><td>EBITDA (non-GAAP measure)</td><td>72.3</td><td>88.3</td></tr>"
    "</table></body></html>";

START_TEST(test_segments_said)
{
    int rc;
    xc_model *m = convert(SEGMENTS_SAID, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "701700000"), "efth:CommercialSegmentMember");
    ck_assert_str_eq(member_with(m, "Revenues", "305300000"), "efth:FederalGovernmentSegmentMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1007000000"), "");
    ck_assert_str_eq(member_with(m, "GrossMargin", "0.321"), "efth:CommercialSegmentMember");
    ck_assert_str_eq(member_with(m, "GrossMargin", "0.283"), "");
    ck_assert_str_eq(value_of(m, "NonGaapEbitda", "2026-06-30"), "72300000");
    xc_model_free(m);
}
END_TEST

/* A statement whose "Other income (expense), net" heads its items (no
 * wrap onto "Interest income"), and a reconciliation of operating
 * expenses by line: the "(GAAP)" line keeps its concept beside the
 * "(Non-GAAP)" one; each block's adjustments are named by the measure
 * they adjust; an adjustment printed positive in most columns keeps its
 * printed signs, as one printed positive in all does */
static const char SELECTED_MEASURES[] =
    "<html><body><p>Sonata, Inc. (Nasdaq: SNTA) today reported results.</p>"
    "<p>Condensed Consolidated Statements of Operations</p><p>(in thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended</td></tr>"
    "<tr><td></td><td>June 27, 2026</td><td>June 28, 2025</td></tr>"
    "<tr><td>Research and development</td><td>67,875</td><td>59,750</td></tr>"
    "<tr><td>Sales and marketing</td><td>59,624</td><td>62,576</td></tr>"
    "<tr><td>Total operating expenses</td><td>127,499</td><td>122,326</td></tr>"
    "<tr><td>Operating loss</td><td>(127,499)</td><td>(122,326)</td></tr>"
    "<tr><td>Other income (expense), net</td></tr>"
    "<tr><td>Interest income</td><td>2,182</td><td>1,572</td></tr>"
    "<tr><td>Interest expense</td><td>(110)</td><td>(117)</td></tr>"
    "<tr><td>Other income (expense), net</td><td>695</td><td>661</td></tr>"
    "<tr><td>Total other income (expense), net</td><td>2,767</td><td>2,116</td></tr>"
    "<tr><td>Loss before income taxes</td><td>(124,732)</td><td>(120,210)</td></tr>"
    "</table>"
    "<p>Reconciliation of Selected Non-GAAP Financial Measures</p><p>(in thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended</td></tr>"
    "<tr><td></td><td>June 27, 2026</td><td>June 28, 2025</td></tr>"
    "<tr><td>Research and Development (GAAP)</td><td>67,875</td><td>59,750</td></tr>"
    "<tr><td>Stock-based compensation</td><td>5,909</td><td>7,944</td></tr>"
    "<tr><td>Restructuring and other charges</td><td>4,014</td><td>(824)</td></tr>"
    "<tr><td>Research and Development (Non-GAAP)</td><td>57,952</td><td>52,630</td></tr>"
    "<tr><td>Sales and Marketing (GAAP)</td><td>59,624</td><td>62,576</td></tr>"
    "<tr><td>Stock-based compensation</td><td>2,884</td><td>3,466</td></tr>"
    "<tr><td>Restructuring and other charges</td><td>46</td><td>1,038</td></tr>"
    "<tr><td>Sales and Marketing (Non-GAAP)</td><td>56,694</td><td>58,072</td></tr>"
    "</table></body></html>";

START_TEST(test_selected_measures)
{
    int rc;
    xc_model *m = convert(SELECTED_MEASURES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "InvestmentIncomeInterest", "2026-06-27"), "2182000");
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", "2026-06-27"), "695000");
    ck_assert_str_eq(value_of(m, "NonGaapResearchAndDevelopmentExpense", "2026-06-27"),
                     "57952000");
    ck_assert_str_eq(value_of(m, "NonGaapAllocatedShareBasedCompensationExpense", "2026-06-27"),
                     "5909000");
    ck_assert_str_eq(
        value_of(m, "NonGaapSalesAndMarketingAllocatedShareBasedCompensationExpense",
                 "2026-06-27"),
        "2884000");
    const char *restr = "NonGaapRestructuringCharges";
    ck_assert_str_eq(value_of(m, restr, "2026-06-27"), "4014000");
    ck_assert_str_eq(value_of(m, restr, "2025-06-28"), "-824000");
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(strcmp(m->exts[i].name, "snta:ResearchAndDevelopment") &&
                          !strstr(m->exts[i].name, "InterestIncome") &&
                          !strstr(m->exts[i].name, "Table"),
                      "%s", m->exts[i].name);
    xc_model_free(m);
}
END_TEST

/* A sentence that lists what the table holds and states its scale ("Our
 * gross billings, units and TTM active customers ... were as follows (in
 * thousands):"): each row it names is in thousands, counts too, and the
 * listed money ("Gross billings") is money, whatever the list ends on */
static const char LISTED_METRICS[] =
    "<html><body><p>Grouper, Inc. (NASDAQ: GRPR) today announced results.</p>"
    "<p>Our gross billings, units and TTM active customers for the years ended "
    "December 31, 2025 and 2024 were as follows (in thousands):</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Gross billings</td><td>1,665,755</td><td>1,558,203</td></tr>"
    "<tr><td>Units</td><td>36,826</td><td>36,640</td></tr>"
    "<tr><td>TTM Active customers</td><td>16,229</td><td>15,432</td></tr>"
    "</table><p>Store count (in thousands of dollars, except stores):</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Stores</td><td>310</td><td>305</td></tr>"
    "</table></body></html>";

START_TEST(test_listed_metrics)
{
    int rc;
    xc_model *m = convert(LISTED_METRICS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(unit_of(m, "grpr:GrossBillings", "1665755000"), "iso4217:USD");
    ck_assert_str_eq(unit_of(m, "grpr:Units", "36826000"), "xbrli:pure");
    ck_assert_str_eq(unit_of(m, "grpr:TtmActiveCustomers", "15432000"), "xbrli:pure");
    ck_assert_str_eq(unit_of(m, "grpr:Stores", "310"), "xbrli:pure");
    xc_model_free(m);
}
END_TEST

/* A balance sheet in millions whose lines print figures of each column:
 * "(Less Accumulated Depreciation of $5,587.3, $5,508.7 and $5,417.0)"
 * makes the line net property and gives the accumulated depreciation;
 * "Authorized 240.0 Shares; Issued and Outstanding 114.0, 113.6 and 114.6
 * Shares" counts millions of shares, as $1.00 par value times them says */
static const char MILLIONS_BALANCE[] =
    "<html><body><p>Olden Chemical Corporation (NYSE: OLDC) announced results.</p>"
    "<p>Consolidated Balance Sheets</p><table>"
    "<tr><td></td><td>June 30,</td><td>December 31,</td><td>June 30,</td></tr>"
    "<tr><td>($ in millions, except per share data)</td><td>2026</td><td>2025</td>"
    "<td>2025</td></tr>"
    "<tr><td>Cash and Cash Equivalents</td><td>177.4</td><td>167.6</td><td>223.8</td></tr>"
    "<tr><td>Property, Plant and Equipment (Less Accumulated Depreciation of $5,587.3, "
    "$5,508.7 and $5,417.0)</td><td>2,089.0</td><td>2,196.9</td><td>2,260.8</td></tr>"
    "<tr><td>Total Assets</td><td>2,266.4</td><td>2,364.5</td><td>2,484.6</td></tr>"
    "<tr><td>Accounts Payable</td><td>910.3</td><td>806.1</td><td>901.0</td></tr>"
    "<tr><td>Total Liabilities</td><td>910.3</td><td>806.1</td><td>901.0</td></tr>"
    "<tr><td>Common Stock, $1.00 Par Value Per Share; Authorized 240.0 Shares; Issued and "
    "Outstanding 114.0, 113.6 and 114.6 Shares</td><td>114.0</td><td>113.6</td>"
    "<td>114.6</td></tr>"
    "<tr><td>Retained Earnings</td><td>1,242.1</td><td>1,444.8</td><td>1,469.0</td></tr>"
    "<tr><td>Total Equity</td><td>1,356.1</td><td>1,558.4</td><td>1,583.6</td></tr>"
    "<tr><td>Total Liabilities and Equity</td><td>2,266.4</td><td>2,364.5</td>"
    "<td>2,484.6</td></tr>"
    "</table></body></html>";

START_TEST(test_millions_balance)
{
    int rc;
    xc_model *m = convert(MILLIONS_BALANCE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentNet", "2026-06-30"), "2089000000");
    ck_assert_ptr_null(value_of(m, "PropertyPlantAndEquipmentGross", "2026-06-30"));
    ck_assert_str_eq(value_of(m, "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAnd"
                                 "Equipment",
                              "2025-12-31"),
                     "5508700000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesAuthorized", "2026-06-30"), "240000000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesIssued", "2025-12-31"), "113600000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesOutstanding", "2025-06-30"), "114600000");
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "SharesAuthorized"))
            ck_assert_int_eq(m->facts[i].decimals, -5);
    xc_model_free(m);
}
END_TEST

/* A release's figures in tables of words: an outlook of ranges ("Revenue"
 * | "$2,362 - $2,447 million") titles nothing below it, so the table of
 * stock-based compensation under it is in the release's thousands, no
 * non-GAAP table. That table's items name lines of the statements, two of
 * them standard ("Cost of revenue (exclusive of ...)", "General and
 * administrative"), the others the filer's ("Sales": no revenue), each
 * added as printed. Revenue by geography: country:US and
 * us-gaap:NonUsMember. A table that counts visits and members "(In
 * millions)" counts them in millions. */
static const char TELEHEALTH[] =
    "<html><body><p>Telecare Health, Inc. (NYSE: TCH) today reported results.</p>"
    "<p>Key Financial Data</p><p>(In thousands, except per share data, unaudited)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td><td>Change</td></tr>"
    "<tr><td>Revenue</td><td>606,927</td><td>631,900</td><td>(4)</td><td>%</td></tr>"
    "<tr><td>Net loss</td><td>(38,908)</td><td>(32,660)</td><td>(19)</td><td>%</td></tr>"
    "</table><p>Financial Outlook</p><p>For the full year of 2026, we expect:</p><table>"
    "<tr><td></td><td>Full Year 2026 Outlook Range</td></tr>"
    "<tr><td>Revenue</td><td>$2,362 - $2,447 million</td></tr>"
    "<tr><td>Adjusted EBITDA</td><td>$271 - $303 million</td></tr>"
    "<tr><td>Net loss per share</td><td>($1.00) - ($0.75)</td></tr></table><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Cost of revenue (exclusive of depreciation and amortization, which are shown "
    "separately)</td><td>124</td><td>506</td></tr>"
    "<tr><td>Advertising and marketing</td><td>426</td><td>1,302</td></tr>"
    "<tr><td>Sales</td><td>1,460</td><td>3,594</td></tr>"
    "<tr><td>Technology and development</td><td>1,735</td><td>4,247</td></tr>"
    "<tr><td>General and administrative</td><td>5,556</td><td>12,695</td></tr>"
    "<tr><td>Total stock-based compensation expense</td><td>9,301</td><td>22,344</td></tr>"
    "</table><p>Revenues</p><table>"
    "<tr><td>(In thousands, unaudited)</td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Revenue by Geography</td></tr>"
    "<tr><td>U.S.</td><td>487,360</td><td>519,689</td></tr>"
    "<tr><td>International</td><td>119,567</td><td>112,211</td></tr>"
    "<tr><td>Total Revenue</td><td>606,927</td><td>631,900</td></tr>"
    "</table><p>Summary Operating Metrics</p><table>"
    "<tr><td>(In millions)</td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Total Visits</td><td>4.1</td><td>4.2</td></tr>"
    "<tr><td>U.S. Integrated Care Members (2)</td><td>100.3</td><td>102.4</td></tr>"
    "</table></body></html>";

START_TEST(test_telehealth)
{
    int rc;
    xc_model *m = convert(TELEHEALTH, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *sbc = "AllocatedShareBasedCompensationExpense";
    ck_assert_str_eq(member_with(m, sbc, "9301000"), "");
    ck_assert_str_eq(member_with(m, sbc, "124000"), "us-gaap:CostOfSalesMember");
    ck_assert_str_eq(member_with(m, sbc, "5556000"), "us-gaap:GeneralAndAdministrativeExpenseMember");
    ck_assert_str_eq(member_with(m, sbc, "1460000"), "tch:SalesMember");
    ck_assert_str_eq(member_with(m, sbc, "1735000"), "tch:TechnologyAndDevelopmentMember");
    ck_assert_ptr_null(member_with(m, "Revenues", "-1460000"));
    ck_assert_str_eq(member_with(m, "Revenues", "487360000"), "country:US");
    ck_assert_str_eq(member_with(m, "Revenues", "119567000"), "us-gaap:NonUsMember");
    ck_assert_str_eq(xc_model_ns_uri(m, "country"), "http://xbrl.sec.gov/country/2025");
    ck_assert_str_eq(member_with(m, "TotalVisits", "4100000"), "");
    ck_assert_str_eq(member_with(m, "USIntegratedCareMembers", "100300000"), "");
    for (size_t i = 0; i < m->nfacts; i++) {
        const char *local = strchr(m->facts[i].concept, ':') + 1;
        ck_assert_msg(strncmp(local, "NonGaap", 7), "%s", m->facts[i].concept);
        if (!strcmp(local, "USIntegratedCareMembers"))
            ck_assert_str_ne(m->units[m->facts[i].unit].num, "iso4217:USD");
    }
    xc_model_free(m);
}
END_TEST

/* A statement of comprehensive income that begins with the whole income
 * statement (the single-statement presentation): its revenue, expenses
 * and per-share amounts are the income statement's concepts, its other
 * comprehensive income the OCI concepts */
static const char COMPREHENSIVE_WHOLE[] =
    "<html><body><p>Consolidated Statements of Comprehensive Income</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2026</td>"
    "<td>Three Months Ended March 31, 2025</td></tr>"
    "<tr><td>Revenue</td><td>164,407</td><td>140,736</td></tr>"
    "<tr><td>Selling, general and administrative</td><td>148,251</td><td>127,407</td></tr>"
    "<tr><td>Income from operations</td><td>16,156</td><td>13,329</td></tr>"
    "<tr><td>Interest expense</td><td>(249)</td><td>(404)</td></tr>"
    "<tr><td>Income before income taxes</td><td>15,907</td><td>12,925</td></tr>"
    "<tr><td>Provision for income tax expense</td><td>(2,582)</td><td>(2,456)</td></tr>"
    "<tr><td>Net income</td><td>13,325</td><td>10,469</td></tr>"
    "<tr><td>Other comprehensive income</td></tr>"
    "<tr><td>Foreign currency translation adjustments</td><td>(1,123)</td><td>374</td></tr>"
    "<tr><td>Total comprehensive income</td><td>12,202</td><td>10,843</td></tr>"
    "<tr><td>Net income per share</td></tr>"
    "<tr><td>Basic</td><td>0.99</td><td>0.79</td></tr>"
    "</table></body></html>";

START_TEST(test_comprehensive_whole)
{
    int rc;
    xc_model *m = convert(COMPREHENSIVE_WHOLE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2026-03-31"), "164407000");
    ck_assert_str_eq(value_of(m, "SellingGeneralAndAdministrativeExpense", "2025-03-31"),
                     "127407000");
    ck_assert_str_eq(value_of(m, "InterestExpense", "2026-03-31"), "249000");
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", "2026-03-31"), "2582000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2026-03-31"), "0.99");
    ck_assert_str_eq(value_of(m,
                              "OtherComprehensiveIncomeLossForeignCurrencyTransaction"
                              "AndTranslationAdjustmentNetOfTax",
                              "2026-03-31"),
                     "-1123000");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(strncmp(m->facts[i].concept, "ext:", 4) != 0, "%s is an extension",
                      m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* A row that names only a loss prints the loss as a positive amount where
 * no column prints a negative one: "Net loss 500" is net income of -500,
 * as "Net loss (500)" is; so are the per-share amounts under "Net loss per
 * share:". A gain's concept named by its loss is negated too. */
static const char LOSS_WORDS[] =
    "<html><body><p>Consolidated Statements of Operations</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Revenues</td><td>1,000</td><td>900</td></tr>"
    "<tr><td>Loss on extinguishment of debt</td><td>20</td><td>&#8212;</td></tr>"
    "<tr><td>Losses from unconsolidated investees</td><td>225</td><td>311</td></tr>"
    "<tr><td>Net loss</td><td>500</td><td>400</td></tr>"
    "<tr><td>Net loss per share:</td></tr>"
    "<tr><td>Basic</td><td>0.50</td><td>0.40</td></tr>"
    "<tr><td>Weighted average shares outstanding:</td></tr>"
    "<tr><td>Basic</td><td>1,000</td><td>1,000</td></tr>"
    "<tr><td>Dividends declared per share</td><td>0.10</td><td>0.10</td></tr>"
    "</table></body></html>";

static const char LOSS_PARENS[] =
    "<html><body><p>Consolidated Statements of Operations</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Revenues</td><td>1,000</td><td>900</td></tr>"
    "<tr><td>Net loss</td><td>(500)</td><td>200</td></tr>"
    "</table></body></html>";

START_TEST(test_loss_words)
{
    int rc;
    xc_model *m = convert(LOSS_WORDS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-12-31"), "-500000");
    ck_assert_str_eq(value_of(m, "GainsLossesOnExtinguishmentOfDebt", "2025-12-31"), "-20000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromEquityMethodInvestments", "2024-12-31"),
                     "-311000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2025-12-31"), "-0.5");
    ck_assert_str_eq(value_of(m, "CommonStockDividendsPerShareDeclared", "2025-12-31"), "0.1");
    xc_model_free(m);
    /* (a column that prints a negative amount: the parentheses say) */
    m = convert(LOSS_PARENS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-12-31"), "-500000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-12-31"), "200000");
    xc_model_free(m);
}
END_TEST

/* Tables whose rows name periods and whose columns name measures read
 * transposed: "Quarter Ended" in the stub heads each date; a year in the
 * stub heads the quarters under it. Without a column that names a measure
 * ("High", "Low") the table stays unread. */
static const char PERIOD_ROWS[] =
    "<html><body><p>Selected Quarterly Financial Data</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td>Quarter Ended</td><td>Net Sales</td><td>Net Income</td><td>Diluted EPS</td></tr>"
    "<tr><td>March 31, 2025</td><td>100,000</td><td>10,000</td><td>0.25</td></tr>"
    "<tr><td>June 30, 2025</td><td>110,000</td><td>11,000</td><td>0.28</td></tr>"
    "</table>"
    "<p>Quarterly Results (in thousands)</p><table>"
    "<tr><td></td><td>Revenues</td><td>Operating Income</td></tr>"
    "<tr><td>2024</td></tr>"
    "<tr><td>First Quarter</td><td>90,000</td><td>18,000</td></tr>"
    "<tr><td>Second Quarter</td><td>95,000</td><td>19,000</td></tr>"
    "</table>"
    "<p>Stock prices</p><table>"
    "<tr><td></td><td>High</td><td>Low</td></tr>"
    "<tr><td>First Quarter 2025</td><td>31.50</td><td>24.25</td></tr>"
    "<tr><td>Second Quarter 2025</td><td>33.00</td><td>26.75</td></tr>"
    "</table></body></html>";

START_TEST(test_period_rows)
{
    int rc;
    xc_model *m = convert(PERIOD_ROWS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-06-30"), "110000000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", "2025-03-31"), "0.25");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2024-06-30"), "19000000");
    int quarters = 0, numeric = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char b[16];
        if (!m->facts[i].numeric)
            continue;
        numeric++;
        ck_assert_int_eq(c->type, XC_PERIOD_DURATION);
        quarters += !strcmp(xc_date_format(c->start, b), "2024-04-01");
    }
    ck_assert_int_eq(quarters, 2);
    ck_assert_int_eq(numeric, 10);
    xc_model_free(m);
}
END_TEST

/* The registrant named before what the release calls it in parentheses
 * ("(the "Company" or "Acme")"), and a cash flow statement whose "Net
 * income" repeats the consolidated net income of an income statement that
 * gives the parent's share as NetIncomeLoss: that row is ProfitLoss, and
 * the statement's facts stay undimensioned */
static const char NCI_CASH_FLOW[] =
    "<html><body><p>Acme Widgets, Inc. (the &quot;Company&quot; or &quot;Acme&quot;) "
    "(NASDAQ: ACMW) today announced its results for the six months ended June 30, 2026.</p>"
    "<p>Condensed Consolidated Statements of Income (in thousands)</p><table>"
    "<tr><td></td><td>Six Months Ended June 30, 2026</td><td>Six Months Ended June 30, 2025</td></tr>"
    "<tr><td>Revenue</td><td>153,511</td><td>122,185</td></tr>"
    "<tr><td>Net income</td><td>5,613</td><td>5,960</td></tr>"
    "<tr><td>Net income attributable to noncontrolling interest</td><td>267</td><td>178</td></tr>"
    "<tr><td>Net income attributable to Acme Widgets, Inc.</td><td>5,346</td><td>5,782</td></tr>"
    "</table>"
    "<p>Condensed Consolidated Statements of Cash Flows (in thousands)</p><table>"
    "<tr><td></td><td>Six Months Ended June 30, 2026</td><td>Six Months Ended June 30, 2025</td></tr>"
    "<tr><td>Net income</td><td>5,613</td><td>5,960</td></tr>"
    "<tr><td>Depreciation and amortization</td><td>15,141</td><td>13,504</td></tr>"
    "<tr><td>Net cash provided by operating activities</td><td>20,754</td><td>19,464</td></tr>"
    "</table></body></html>";

START_TEST(test_nci_cash_flow)
{
    int rc;
    xc_model *m = convert(NCI_CASH_FLOW, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->entity_name, "Acme Widgets, Inc.");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2026-06-30"), "5346000");
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2026-06-30"), "5613000");
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "2025-06-30"),
                     "19464000");
    for (size_t i = 0; i < m->nfacts; i++) {
        const char *q = m->facts[i].concept;
        ck_assert_int_eq((int)m->contexts[m->facts[i].context].ndims, 0);
        ck_assert_msg(!strncmp(q, "us-gaap:", 8) || !strncmp(q, "dei:", 4), "%s", q);
    }
    xc_model_free(m);
}
END_TEST

/* A period "ending" after the release's date is a forecast: no facts
 * (the outlook's reconciliation of a release of August 6, 2026 for the
 * three months ending September 27, 2026); the quarter ended stays */
static const char OUTLOOK_ENDING[] =
    "<html><body><p>SAN JOSE, Calif., August 6, 2026 -- Widget Networks, Inc. (NASDAQ: WNET) "
    "today reported results for the second quarter ended June 28, 2026.</p>"
    "<p>Condensed Consolidated Statements of Operations (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 28, 2026</td>"
    "<td>Three Months Ended June 29, 2025</td></tr>"
    "<tr><td>Net revenue</td><td>170,000</td><td>160,000</td></tr>"
    "<tr><td>Restructuring and other charges</td><td>4,100</td><td>1,200</td></tr>"
    "</table>"
    "<p>Business outlook</p><p>Three months ending</p><table>"
    "<tr><td>(In millions)</td><td>September 27, 2026</td></tr>"
    "<tr><td>Net revenue</td><td>175</td></tr>"
    "<tr><td>Restructuring and other charges</td><td>2.4</td></tr>"
    "</table></body></html>";

START_TEST(test_outlook_ending)
{
    int rc;
    xc_model *m = convert(OUTLOOK_ENDING, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2026-06-28"), "170000000");
    ck_assert_ptr_null(value_of(m, "Revenues", "2026-09-27"));
    for (size_t i = 0; i < m->nfacts; i++) {
        char b[16];
        ck_assert_str_ne(xc_date_format(m->contexts[m->facts[i].context].end, b), "2026-09-27");
    }
    xc_model_free(m);
}
END_TEST

/* "Revenue by Type" over rows of the release's own names reads them as
 * members of the product or service axis, and an "Other" beside them as
 * that axis's other member */
static const char BY_TYPE[] =
    "<html><body><p>Revenues (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
    "<td>Three Months Ended June 30, 2025</td></tr>"
    "<tr><td>Revenue by Type</td></tr>"
    "<tr><td>Access Fees</td><td>474,215</td><td>523,703</td></tr>"
    "<tr><td>Other</td><td>132,712</td><td>108,197</td></tr>"
    "<tr><td>Total Revenue</td><td>606,927</td><td>631,900</td></tr>"
    "</table></body></html>";

START_TEST(test_by_type)
{
    int rc;
    xc_model *m = convert(BY_TYPE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2026-06-30"), "606927000");
    int members = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        if (!m->facts[i].numeric)
            continue;
        ck_assert_str_eq(m->facts[i].concept, "us-gaap:Revenues");
        if (c->ndims) {
            ck_assert_str_eq(c->dims[0].axis, "srt:ProductOrServiceAxis");
            members += !strcmp(c->dims[0].member, "us-gaap:ProductAndServiceOtherMember");
        }
    }
    ck_assert_int_eq(members, 2);
    xc_model_free(m);
}
END_TEST

/* A table that gives each line as a percentage of revenue ("Revenue
 * 100.0%", the other rows' percent signs left out) repeats the
 * statement's lines as ratios: no facts from it, where before its 16.1
 * read as $16.1 million of research and development under the scale of
 * the table above */
static const char COMMON_SIZE[] =
    "<html><body><p>The following table summarizes our results of operations:</p><table>"
    "<tr><td>(in millions)</td><td>Year Ended December 31, 2025</td>"
    "<td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Revenue</td><td>757.5</td><td>694.7</td></tr>"
    "<tr><td>Research and development</td><td>121.6</td><td>132.1</td></tr>"
    "<tr><td>Net loss</td><td>(51.0)</td><td>(79.5)</td></tr>"
    "</table>"
    "<p>The following table summarizes our results of operations as a percentage of "
    "revenue:</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Revenue</td><td>100.0%</td><td>100.0%</td></tr>"
    "<tr><td>Research and development</td><td>16.1</td><td>19.0</td></tr>"
    "<tr><td>Net loss</td><td>(6.7)%</td><td>(11.4)%</td></tr>"
    "</table>"
    "<p>Operating expenses as a percentage of net sales</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2025</td><td>Year Ended December 31, 2024</td></tr>"
    "<tr><td>Selling and marketing</td><td>33.8</td><td>33.8</td></tr>"
    "</table></body></html>";

START_TEST(test_common_size)
{
    int rc;
    xc_model *m = convert(COMMON_SIZE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ResearchAndDevelopmentExpense", "2025-12-31"), "121600000");
    ck_assert_ptr_null(value_of(m, "SellingAndMarketingExpense", "2025-12-31"));
    for (size_t i = 0; i < m->nfacts; i++) {
        char b[40];
        if (!m->facts[i].numeric)
            continue;
        ck_assert_msg(strncmp(m->facts[i].concept, "us-gaap:", 8) == 0, "%s",
                      m->facts[i].concept);
        ck_assert_str_ne(xc_decimal_format(m->facts[i].value, b), "16100000");
    }
    xc_model_free(m);
}
END_TEST

/* A statement whose lines of revenue by product add up to an unlabelled
 * total: the amounts the tables of their shares below stand for. */
#define PRODUCT_LINES \
    "<html><body><p>Acme Systems, Inc. (Nasdaq: ACME) reported results for the year ended " \
    "December 31, 2025.</p>" \
    "<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><table>" \
    "<tr><td></td><td>2025</td><td>2024</td></tr>" \
    "<tr><td>Revenue:</td></tr>" \
    "<tr><td>Product</td><td>30,498,162</td><td>20,867,800</td></tr>" \
    "<tr><td>Customer funded development</td><td>1,717,338</td><td>3,691,009</td></tr>" \
    "<tr><td></td><td>32,215,500</td><td>24,558,809</td></tr>" \
    "<tr><td>Gross profit</td><td>15,982,483</td><td>622,924</td></tr>"

/* So is one whose 100% is the total of lines of revenue by product above
 * it, under the header of the statement it follows: no rest of that
 * statement's, whatever header it repeats. */
static const char COMMON_SIZE_PARTS[] =
    PRODUCT_LINES
    "</table><table>"
    "<tr><td></td><td>2025</td><td>2024</td></tr>"
    "<tr><td>Revenue:</td></tr>"
    "<tr><td>Product</td><td>94.7%</td><td>85.0%</td></tr>"
    "<tr><td>Customer funded development</td><td>5.3%</td><td>15.0%</td></tr>"
    "<tr><td></td><td>100.0%</td><td>100.0%</td></tr>"
    "<tr><td>Gross profit</td><td>49.6%</td><td>2.5%</td></tr>"
    "</table></body></html>";

START_TEST(test_common_size_parts)
{
    int rc;
    xc_model *m = convert(COMMON_SIZE_PARTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "GrossProfit", "2025-12-31"), "15982483");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(strncmp(m->facts[i].concept, "acme:", 5) != 0, "%s", m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* A dash in a column of percentages ("% of net revenue") is a ratio that
 * rounds to nothing, not a second amount of the row: no warning that it
 * differs from the amount beside it */
static const char PERCENT_DASH[] =
    "<html><body><p>Consolidated Statements of Operations</p><table>"
    "<tr><td></td><td colspan=\"4\">Fiscal Year Ended June 30,</td></tr>"
    "<tr><td></td><td colspan=\"2\">2026</td><td colspan=\"2\">2025</td></tr>"
    "<tr><td>(In thousands, except percentages)</td></tr>"
    "<tr><td>Net revenue</td><td>1,293,712</td><td>100.0 %</td><td>1,093,711</td>"
    "<td>100.0 %</td></tr>"
    "<tr><td>Interest income</td><td>96</td><td>&#8212;</td><td>23</td><td>&#8212;</td></tr>"
    "<tr><td>Interest expense</td><td>(4,393)</td><td>(0.3)%</td><td>(400)</td>"
    "<td>&#8212;</td></tr>"
    "</table></body></html>";

START_TEST(test_percent_dash)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(PERCENT_DASH, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "InvestmentIncomeInterest", "2026-06-30"), "96000");
    ck_assert_str_eq(value_of(m, "InterestExpense", "2025-06-30"), "400000");
    for (size_t i = 0; i < d.n; i++)
        ck_assert_msg(d.items[i].severity < XC_WARNING, "%s", d.items[i].message);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* Vulgar fractions in cells, an entity's too: "$.06&frac12;" is six and
 * a half cents; "$.07 1/3" is left out with a warning */
static const char FRACTIONS[] =
    "<html><body><p>Consolidated Statements of Income</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>Year Ended December 31,</td></tr>"
    "<tr><td></td><td>1999</td><td>1998</td></tr>"
    "<tr><td>Net sales</td><td>$12,000</td><td>$10,000</td></tr>"
    "<tr><td>Net income</td><td>$1,200</td><td>$1,000</td></tr>"
    "<tr><td>Dividends declared per share</td><td>$.07 1/3</td><td>$.06&frac12;</td></tr>"
    "</table></body></html>";

START_TEST(test_fractions)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(FRACTIONS, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CommonStockDividendsPerShareDeclared", "1998-12-31"), "0.065");
    ck_assert_ptr_null(value_of(m, "CommonStockDividendsPerShareDeclared", "1999-12-31"));
    int warned = 0;
    for (size_t i = 0; i < d.n; i++)
        warned += d.items[i].code == XC_EINEXACT;
    ck_assert_int_eq(warned, 1);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* An insurer that writes "earned premiums" and "written premiums": its
 * release is an insurer's, so its commissions are insurance commissions */
static const char INSURER[] =
    "<html><body><p>Summary of quarterly financial data</p><table>"
    "<tr><td>In thousands, except per share amounts</td><td>March 31, 2011</td>"
    "<td>June 30, 2011</td></tr>"
    "<tr><td>Gross written premiums</td><td>$296,283</td><td>$278,714</td></tr>"
    "<tr><td>Net written premiums</td><td>193,076</td><td>183,363</td></tr>"
    "<tr><td>Revenues:</td></tr>"
    "<tr><td>Net earned premiums</td><td>152,478</td><td>173,777</td></tr>"
    "<tr><td>Net investment income</td><td>17,384</td><td>17,429</td></tr>"
    "<tr><td>Total revenues</td><td>169,862</td><td>191,206</td></tr>"
    "<tr><td>Expenses:</td></tr>"
    "<tr><td>Commission expenses</td><td>26,200</td><td>28,030</td></tr>"
    "</table></body></html>";

START_TEST(test_insurer)
{
    int rc;
    xc_model *m = convert(INSURER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PremiumsWrittenGross", "2011-03-31"), "296283000");
    ck_assert_str_eq(value_of(m, "InsuranceCommissions", "2011-06-30"), "28030000");
    xc_model_free(m);
}
END_TEST

/* An insurer's premiums from direct to net, and its reinsurance lines on
 * the balance sheet. "Assumed" 25 less "Ceded" (150) also makes 175, but
 * only if the cession adds: the run from "Direct" needs no turn. */
static const char REINSURANCE[] =
    "<html><body><p>Net premiums earned rose 9%.</p>"
    "<p>CONSOLIDATED STATEMENTS (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2023</td></tr>"
    "<tr><td>Direct premiums earned</td><td>$ 300,000</td></tr>"
    "<tr><td>Assumed premiums earned</td><td>25,000</td></tr>"
    "<tr><td>Ceded premiums earned</td><td>(150,000)</td></tr>"
    "<tr><td>Net premiums earned</td><td>175,000</td></tr>"
    "<tr><td>Commission and fee income</td><td>10,000</td></tr>"
    "<tr><td>Total revenues</td><td>185,000</td></tr>"
    "</table><table>"
    "<tr><td></td><td>March 31, 2023</td></tr>"
    "<tr><td>Reinsurance recoverables on unpaid losses</td><td>$ 300,000</td></tr>"
    "<tr><td>Prepaid reinsurance premiums</td><td>90,000</td></tr>"
    "<tr><td>Reinsurance payable</td><td>50,000</td></tr>"
    "</table></body></html>";

START_TEST(test_reinsurance)
{
    int rc;
    xc_model *m = convert(REINSURANCE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "DirectPremiumsEarned", "2023-03-31"), "300000000");
    ck_assert_str_eq(value_of(m, "AssumedPremiumsEarned", "2023-03-31"), "25000000");
    ck_assert_str_eq(value_of(m, "CededPremiumsEarned", "2023-03-31"), "150000000");
    ck_assert_str_eq(value_of(m, "InsuranceCommissionsAndFees", "2023-03-31"), "10000000");
    ck_assert_str_eq(value_of(m, "ReinsuranceRecoverableForUnpaidClaimsAndClaimsAdjustments",
                              "2023-03-31"), "300000000");
    ck_assert_str_eq(value_of(m, "PrepaidReinsurancePremiums", "2023-03-31"), "90000000");
    ck_assert_str_eq(value_of(m, "ReinsurancePayable", "2023-03-31"), "50000000");
    xc_model_free(m);
}
END_TEST

/* Discontinued operations' tax is no second income tax: the heading and
 * label name it together; commissions under "Expenses:" are paid, no
 * revenue */
static const char DISCONTINUED[] =
    "<html><body><p>STATEMENTS OF OPERATIONS (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2024</td></tr>"
    "<tr><td>Net sales</td><td>$ 1,000</td></tr>"
    "<tr><td>Expenses:</td><td></td></tr>"
    "<tr><td>Cost of sales</td><td>600</td></tr>"
    "<tr><td>Brokerage commissions</td><td>50</td></tr>"
    "<tr><td>Total expenses</td><td>650</td></tr>"
    "<tr><td>Income before income taxes</td><td>350</td></tr>"
    "<tr><td>Provision for income taxes</td><td>100</td></tr>"
    "<tr><td>Income from continuing operations</td><td>250</td></tr>"
    "<tr><td>Discontinued operations:</td><td></td></tr>"
    "<tr><td>Loss from discontinued operations before income taxes</td><td>(50)</td></tr>"
    "<tr><td>Benefit for income taxes</td><td>20</td></tr>"
    "<tr><td>Loss from discontinued operations</td><td>(30)</td></tr>"
    "<tr><td>Net income</td><td>$ 220</td></tr>"
    "</table></body></html>";

START_TEST(test_discontinued)
{
    int rc;
    xc_model *m = convert(DISCONTINUED, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", "2024-06-30"), "100000");
    ck_assert_str_eq(
        value_of(m, "DiscontinuedOperationIncomeLossFromDiscontinuedOperationBeforeIncomeTax",
                 "2024-06-30"),
        "-50000");
    ck_assert_str_eq(
        value_of(m, "DiscontinuedOperationTaxEffectOfDiscontinuedOperation", "2024-06-30"),
        "-20000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTax", "2024-06-30"),
                     "-30000");
    ck_assert_ptr_null(value_of(m, "BrokerageCommissionsRevenue", "2024-06-30"));
    ck_assert_str_eq(value_of(m, "CostsAndExpenses", "2024-06-30"), "650000");
    xc_model_free(m);
}
END_TEST

/* "Total income taxes" closes "Provision (benefit) for income taxes:",
 * which names its concept: the row after it is no tax of that heading */
static const char CLOSED_HEADING[] =
    "<html><body><p>STATEMENTS OF INCOME (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended March 31, 2003</td></tr>"
    "<tr><td>Income before income taxes</td><td>$ 119</td></tr>"
    "<tr><td>Provision (benefit) for income taxes:</td><td></td></tr>"
    "<tr><td>Current</td><td>20</td></tr>"
    "<tr><td>Deferred</td><td>18</td></tr>"
    "<tr><td>Total income taxes</td><td>38</td></tr>"
    "<tr><td>Income from continuing operations</td><td>81</td></tr>"
    "<tr><td>Discontinued operations - tax benefit</td><td>10</td></tr>"
    "<tr><td>Net income</td><td>$ 91</td></tr>"
    "</table></body></html>";

START_TEST(test_closed_heading)
{
    int rc;
    xc_model *m = convert(CLOSED_HEADING, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTax", "2003-03-31"),
                     "10000");
    ck_assert_ptr_null(
        value_of(m, "DiscontinuedOperationTaxEffectOfDiscontinuedOperation", "2003-03-31"));
    xc_model_free(m);
}
END_TEST

/* A table whose amounts contradict the statements' is a segment named by
 * its title, unless the title names a kind of amount: a schedule of
 * special expense items is no part of the business */
static const char EXPENSE_SCHEDULE[] =
    "<html><body><p>STATEMENTS OF OPERATIONS (in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2024</td></tr>"
    "<tr><td>Net sales</td><td>$ 1,000</td></tr>"
    "<tr><td>Cost of sales</td><td>600</td></tr>"
    "<tr><td>Gross profit</td><td>400</td></tr>"
    "<tr><td>Operating expenses:</td><td></td></tr>"
    "<tr><td>Selling, general and administrative</td><td>240</td></tr>"
    "<tr><td>Amortization of intangible assets</td><td>50</td></tr>"
    "<tr><td>Restructuring charges</td><td>10</td></tr>"
    "<tr><td>Total operating expenses</td><td>300</td></tr>"
    "<tr><td>Operating income</td><td>100</td></tr>"
    "</table><p>SCHEDULE OF SPECIAL EXPENSE ITEMS</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2024</td></tr>"
    "<tr><td>Cost of sales:</td><td></td></tr>"
    "<tr><td>Amortization of intangible assets</td><td>$ 20</td></tr>"
    "<tr><td>Inventory write up</td><td>10</td></tr>"
    "<tr><td>Total</td><td>30</td></tr>"
    "<tr><td>Operating expenses:</td><td></td></tr>"
    "<tr><td>Amortization of intangible assets</td><td>50</td></tr>"
    "<tr><td>Restructuring charges</td><td>10</td></tr>"
    "<tr><td>Total</td><td>60</td></tr>"
    "<tr><td>Total special expense items</td><td>$ 90</td></tr>"
    "</table></body></html>";

START_TEST(test_expense_schedule)
{
    int rc;
    xc_model *m = convert(EXPENSE_SCHEDULE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_int_eq(m->contexts[m->facts[i].context].ndims, 0);
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2024-06-30"), "600000");
    xc_model_free(m);
}
END_TEST

/* A table by product puts its rows on the product axis; one by segment
 * on the segment axis */
static const char BY_PRODUCT[] =
    "<html><body><p>NET SALES BY PRODUCT LINE (in millions)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2024</td></tr>"
    "<tr><td>Widgets</td><td>$ 60</td></tr>"
    "<tr><td>Gadgets</td><td>40</td></tr>"
    "<tr><td>Total net sales</td><td>$ 100</td></tr>"
    "</table><p>NET SALES BY SEGMENT (in millions)</p><table>"
    "<tr><td></td><td>Three Months Ended June 30, 2024</td></tr>"
    "<tr><td>North</td><td>$ 70</td></tr>"
    "<tr><td>South</td><td>30</td></tr>"
    "<tr><td>Total net sales</td><td>$ 100</td></tr>"
    "</table></body></html>";

START_TEST(test_by_product)
{
    int rc;
    xc_model *m = convert(BY_PRODUCT, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    int products = 0, segments = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        if (!c->ndims)
            continue;
        ck_assert_int_eq(c->ndims, 1);
        if (strstr(c->dims[0].member, "Widgets") || strstr(c->dims[0].member, "Gadgets")) {
            ck_assert_str_eq(c->dims[0].axis, "srt:ProductOrServiceAxis");
            products++;
        } else {
            ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis");
            segments++;
        }
    }
    ck_assert_int_eq(products, 2);
    ck_assert_int_eq(segments, 2);
    xc_model_free(m);
}
END_TEST

/* "Goodwill and intangible assets" is a sum in the taxonomy, and cash
 * less receivables plus inventories happen to make it in both columns:
 * they are not its items, and cash is never negative */
static const char COINCIDENT_SUM[] =
    "<html><body><p>CONDENSED BALANCE SHEETS (in thousands)</p><table>"
    "<tr><td></td><td>June 30, 2024</td><td>December 31, 2023</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$ 30</td><td>$ 20</td></tr>"
    "<tr><td>Accounts receivable</td><td>50</td><td>40</td></tr>"
    "<tr><td>Inventories</td><td>120</td><td>100</td></tr>"
    "<tr><td>Goodwill and intangible assets</td><td>40</td><td>40</td></tr>"
    "<tr><td>Other assets</td><td>10</td><td>10</td></tr>"
    "<tr><td>Total assets</td><td>$ 250</td><td>$ 210</td></tr>"
    "</table></body></html>";

START_TEST(test_coincident_sum)
{
    int rc;
    xc_model *m = convert(COINCIDENT_SUM, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CashAndCashEquivalentsAtCarryingValue", "2024-06-30"), "30000");
    ck_assert_str_eq(value_of(m, "AccountsReceivableNetCurrent", "2023-12-31"), "40000");
    ck_assert_str_eq(value_of(m, "IntangibleAssetsNetIncludingGoodwill", "2024-06-30"), "40000");
    xc_model_free(m);
}
END_TEST

/* Highlights whose sections name other statements: rows under "Balance
 * sheet data:" are balances at each column's end, rows under "Cash flow
 * data:" cash flows, not extensions of an income statement */
static const char HIGHLIGHTS[] =
    "<html><body><p>FINANCIAL HIGHLIGHTS</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2004</td><td>2003</td></tr>"
    "<tr><td>Net sales</td><td>$50,000</td><td>$45,000</td></tr>"
    "<tr><td>Net income</td><td>$5,000</td><td>$4,000</td></tr>"
    "<tr><td>Cash flow data:</td></tr>"
    "<tr><td>Net cash provided by operating activities</td><td>$7,000</td><td>$6,000</td></tr>"
    "<tr><td>Balance sheet data:</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$20,000</td><td>$18,000</td></tr>"
    "<tr><td>Total assets</td><td>$300,000</td><td>$280,000</td></tr>"
    "</table></body></html>";

START_TEST(test_highlight_sections)
{
    int rc;
    xc_model *m = convert(HIGHLIGHTS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "2004-06-30"),
                     "7000000");
    ck_assert_str_eq(value_of(m, "Assets", "2003-06-30"), "280000000");
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "Assets"))
            ck_assert_int_eq(m->contexts[m->facts[i].context].type, XC_PERIOD_INSTANT);
    xc_model_free(m);
}
END_TEST

/* A broker's statement: "Net revenues" after "Total revenues" less
 * "Interest expense" is no pretax income (that wider measure leaves out
 * the expenses between), so the real "Income before income taxes" keeps
 * its concept; the broker's revenue lines have theirs */
static const char BROKER[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended March 31,</td></tr>"
    "<tr><td></td><td>2006</td><td>2005</td></tr>"
    "<tr><td>Revenues:</td></tr>"
    "<tr><td>Commissions</td><td>$250,000</td><td>$230,000</td></tr>"
    "<tr><td>Principal transactions</td><td>40,000</td><td>35,000</td></tr>"
    "<tr><td>Investment banking</td><td>60,000</td><td>50,000</td></tr>"
    "<tr><td>Total revenues</td><td>350,000</td><td>315,000</td></tr>"
    "<tr><td>Interest expense</td><td>45,000</td><td>30,000</td></tr>"
    "<tr><td>Net revenues</td><td>305,000</td><td>285,000</td></tr>"
    "<tr><td>Compensation and benefits</td><td>200,000</td><td>190,000</td></tr>"
    "<tr><td>Communications and technology</td><td>25,000</td><td>25,000</td></tr>"
    "<tr><td>Income before income taxes</td><td>80,000</td><td>70,000</td></tr>"
    "</table></body></html>";

START_TEST(test_broker)
{
    int rc;
    xc_model *m = convert(BROKER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m,
                              "IncomeLossFromContinuingOperationsBeforeIncomeTaxes"
                              "ExtraordinaryItemsNoncontrollingInterest",
                              "2006-03-31"),
                     "80000000");
    ck_assert_str_eq(value_of(m, "PrincipalTransactionsRevenue", "2005-03-31"), "35000000");
    ck_assert_str_eq(value_of(m, "InvestmentBankingRevenue", "2006-03-31"), "60000000");
    ck_assert_str_eq(value_of(m, "CommunicationsAndInformationTechnology", "2006-03-31"),
                     "25000000");
    xc_model_free(m);
}
END_TEST

/* A balance sheet whose sums carry no labels, under "ASSETS" / "Current":
 * the first sum ends the current section, so the rows after it are
 * non-current, and each sum is named by what it adds up */
static const char UNLABELLED_SUMS[] =
    "<html><body><p>Condensed Consolidated Balance Sheets</p>"
    "<p>Unaudited (in millions of Canadian dollars)</p><table>"
    "<tr><td></td><td>February 4</td><td>May 7</td></tr>"
    "<tr><td></td><td>2017</td><td>2016</td></tr>"
    "<tr><td>ASSETS</td></tr><tr><td>Current</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>$ 268.4</td><td>$ 232.1</td></tr>"
    "<tr><td>Inventories (Note 4)</td><td>1,340.2</td><td>1,324.6</td></tr>"
    "<tr><td></td><td>1,608.6</td><td>1,556.7</td></tr>"
    "<tr><td>Investments, at equity (Note 6)</td><td>623.7</td><td>612.3</td></tr>"
    "<tr><td>Deferred tax assets</td><td>1,290.6</td><td>1,596.4</td></tr>"
    "<tr><td></td><td>$ 3,522.9</td><td>$ 3,765.4</td></tr>"
    "<tr><td>LIABILITIES</td></tr><tr><td>Current</td></tr>"
    "<tr><td>Accounts payable and accrued liabilities</td><td>$ 1,160.1</td>"
    "<td>$ 1,173.1</td></tr>"
    "<tr><td>Long-term debt due within one year (Note 8)</td><td>185.3</td><td>185.8</td></tr>"
    "<tr><td></td><td>1,345.4</td><td>1,358.9</td></tr>"
    "<tr><td>Long-term debt (Note 8)</td><td>495.5</td><td>456.4</td></tr>"
    "<tr><td></td><td>1,840.9</td><td>1,815.3</td></tr>"
    "<tr><td>SHAREHOLDERS' EQUITY</td></tr>"
    "<tr><td>Capital stock (Note 9)</td><td>1,053.4</td><td>1,053.4</td></tr>"
    "<tr><td>Retained earnings</td><td>607.1</td><td>875.3</td></tr>"
    "<tr><td></td><td>1,660.5</td><td>1,928.7</td></tr>"
    "<tr><td>Non-controlling interest</td><td>21.5</td><td>21.4</td></tr>"
    "<tr><td></td><td>1,682.0</td><td>1,950.1</td></tr>"
    "<tr><td></td><td>$ 3,522.9</td><td>$ 3,765.4</td></tr>"
    "</table></body></html>";

START_TEST(test_unlabelled_sums)
{
    int rc;
    xc_model *m = convert(UNLABELLED_SUMS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *d = "2017-02-04";
    ck_assert_str_eq(value_of(m, "AssetsCurrent", d), "1608600000");
    ck_assert_str_eq(value_of(m, "DeferredIncomeTaxAssetsNet", d), "1290600000");
    ck_assert_str_eq(value_of(m, "EquityMethodInvestments", d), "623700000");
    ck_assert_str_eq(value_of(m, "Assets", d), "3522900000");
    ck_assert_str_eq(value_of(m, "LongTermDebtCurrent", d), "185300000");
    ck_assert_str_eq(value_of(m, "LiabilitiesCurrent", d), "1345400000");
    ck_assert_str_eq(value_of(m, "Liabilities", d), "1840900000");
    ck_assert_str_eq(value_of(m, "StockholdersEquity", d), "1660500000");
    ck_assert_str_eq(
        value_of(m, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", d),
        "1682000000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", d), "3522900000");
    ck_assert_ptr_null(value_of(m, "DeferredTaxAssetsNetCurrent", d));
    xc_model_free(m);
}
END_TEST

/* A comparative column "2023 (As Revised)" holds the facts themselves, as
 * "As Restated" does: no segment "Revised" */
static const char REVISED_COLUMN[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended March 31,</td></tr>"
    "<tr><td></td><td>2024</td><td>2023 (As Revised) (1)</td></tr>"
    "<tr><td>Revenue</td><td>$ 10,000</td><td>$ 9,000</td></tr>"
    "<tr><td>Net income</td><td>$ 1,000</td><td>$ 800</td></tr>"
    "</table></body></html>";

/* ... and so does "2023 (As Adjusted)": words over the only column of its
 * period, beside a column with none, split nothing */
static const char ADJUSTED_COLUMN[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended March 31,</td></tr>"
    "<tr><td></td><td>2024</td><td>2023 (As Adjusted)</td></tr>"
    "<tr><td>Revenue</td><td>$ 10,000</td><td>$ 9,000</td></tr>"
    "<tr><td>Net income</td><td>$ 1,000</td><td>$ 800</td></tr>"
    "</table></body></html>";

START_TEST(test_revised_column)
{
    for (int k = 0; k < 2; k++) {
        int rc;
        xc_model *m = convert(k ? ADJUSTED_COLUMN : REVISED_COLUMN, NULL, &rc);
        ck_assert_int_gt(rc, 0);
        ck_assert_str_eq(value_of(m, "Revenues", "2023-03-31"), "9000000");
        ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-03-31"), "800000");
        xc_model_free(m);
    }
}
END_TEST

/* "Total other expenses, net 2,786" is net nonoperating income of
 * -2,786: the sum it enters says which side it prints, and its items
 * turn with it */
static const char EXPENSE_SUM[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Quarter Ended June 30, 2012</td><td>Quarter Ended June 30, 2011</td></tr>"
    "<tr><td>Operating revenue</td><td>$ 373,643</td><td>$ 355,014</td></tr>"
    "<tr><td>Fuel and fuel taxes</td><td>88,371</td><td>89,660</td></tr>"
    "<tr><td>Salaries, wages and benefits</td><td>98,104</td><td>94,220</td></tr>"
    "<tr><td>Gain on disposal of property and equipment</td><td>(2,216)</td><td>(1,904)</td></tr>"
    "<tr><td>Other operating expenses</td><td>142,753</td><td>133,914</td></tr>"
    "<tr><td>Total operating expenses</td><td>327,012</td><td>315,890</td></tr>"
    "<tr><td>Operating income</td><td>46,631</td><td>39,124</td></tr>"
    "<tr><td>Other expenses (income):</td><td></td><td></td></tr>"
    "<tr><td>Interest expense</td><td>3,102</td><td>3,557</td></tr>"
    "<tr><td>Interest income</td><td>(214)</td><td>(190)</td></tr>"
    "<tr><td>Other, net</td><td>(102)</td><td>66</td></tr>"
    "<tr><td>Total other expenses, net</td><td>2,786</td><td>3,433</td></tr>"
    "<tr><td>Income before income taxes</td><td>43,845</td><td>35,691</td></tr>"
    "<tr><td>Income tax expense</td><td>17,319</td><td>14,098</td></tr>"
    "<tr><td>Net income</td><td>$ 26,526</td><td>$ 21,593</td></tr>"
    "</table></body></html>";

START_TEST(test_expense_sum)
{
    int rc;
    xc_model *m = convert(EXPENSE_SUM, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NonoperatingIncomeExpense", "2012-06-30"), "-2786000");
    ck_assert_str_eq(value_of(m, "InterestExpense", "2012-06-30"), "3102000");
    ck_assert_str_eq(value_of(m, "InvestmentIncomeInterest", "2012-06-30"), "214000");
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", "2012-06-30"), "102000");
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", "2011-06-30"), "-66000");
    ck_assert_str_eq(value_of(m, "GainLossOnSaleOfPropertyPlantEquipment", "2012-06-30"),
                     "2216000");
    ck_assert_str_eq(value_of(m, "FuelCosts", "2012-06-30"), "88371000");
    xc_model_free(m);
}
END_TEST

/* segments across, each year under a heading of its own; "Other" beside
 * segments is one, "Eliminations" reconciles them, "Total" is consolidated */
static const char SEGMENT_COLUMNS[] =
    "<html><body><p>SEGMENT INFORMATION</p><p>(in thousands)</p><table>"
    "<tr><td></td><td>Electric</td><td>Gas</td><td>Other</td><td>Eliminations</td>"
    "<td>Total</td></tr>"
    "<tr><td>Year Ended December 31, 2014</td></tr>"
    "<tr><td>Operating revenues</td><td>$ 877,967</td><td>$ 326,896</td><td>&#8212;</td>"
    "<td>(1,200)</td><td>$ 1,203,663</td></tr>"
    "<tr><td>Year Ended December 31, 2013</td></tr>"
    "<tr><td>Operating revenues</td><td>$ 865,239</td><td>$ 287,605</td><td>1,675</td>"
    "<td>(1,100)</td><td>$ 1,153,419</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_columns)
{
    int rc;
    xc_model *m = convert(SEGMENT_COLUMNS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2014-12-31"), "1203663000");
    ck_assert_str_eq(value_of(m, "Revenues", "2013-12-31"), "1153419000");
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char v[40];
        const char *val = xc_decimal_format(m->facts[i].value, v);
        if (!c->ndims)
            continue;
        if (!strcmp(val, "1675000")) {
            ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis");
            ck_assert_str_eq(c->dims[0].member, "ext:OtherMember");
            seen++;
        } else if (!strcmp(val, "-1100000")) {
            ck_assert_str_eq(c->dims[0].axis, "srt:ConsolidationItemsAxis");
            ck_assert_str_eq(c->dims[0].member, "us-gaap:IntersegmentEliminationMember");
            seen++;
        }
        ck_assert(!strstr(c->dims[0].member, "Total"));
    }
    ck_assert_int_eq(seen, 2);
    xc_model_free(m);
}
END_TEST

/* a schedule of the statements' lines under a bare "Total", the measure
 * named by the sentence above it */
static const char LINES_SCHEDULE[] =
    "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended December 31, 2024</td></tr>"
    "<tr><td>Revenue</td><td>$ 152,310</td></tr>"
    "<tr><td>Cost of revenue</td><td>41,022</td></tr>"
    "<tr><td>Research and development</td><td>38,114</td></tr>"
    "<tr><td>Net income</td><td>$ 8,410</td></tr>"
    "</table>"
    "<p>The following table summarizes stock-based compensation expense included in the "
    "statements of operations (in thousands):</p><table>"
    "<tr><td></td><td>Three Months Ended December 31, 2024</td></tr>"
    "<tr><td>Cost of revenue</td><td>$ 1,234</td></tr>"
    "<tr><td>Research and development</td><td>5,678</td></tr>"
    "<tr><td>Total</td><td>$ 6,912</td></tr>"
    "</table></body></html>";

START_TEST(test_lines_schedule)
{
    int rc;
    xc_model *m = convert(LINES_SCHEDULE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "AllocatedShareBasedCompensationExpense", "2024-12-31"),
                     "6912000");
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2024-12-31"), "41022000");
    int lines = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        if (!c->ndims)
            continue;
        ck_assert_str_eq(m->facts[i].concept, "us-gaap:AllocatedShareBasedCompensationExpense");
        ck_assert_str_eq(c->dims[0].axis, "us-gaap:IncomeStatementLocationAxis");
        lines++;
    }
    ck_assert_int_eq(lines, 2);
    xc_model_free(m);
}
END_TEST

static const char SUBMISSION[] =
    "<SEC-DOCUMENT>0000000042-05-000001.txt : 20050101\n"
    "<SEC-HEADER>0000000042-05-000001.hdr.sgml : 20050101\n"
    "ACCESSION NUMBER:\t\t0000000042-05-000001\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "FILER:\n"
    "\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tSUBSIDIARY CO\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000000099\n"
    "FILER:\n"
    "\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tPARENT CORP\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000000042\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>8-K\n<TEXT>\nform text\n</TEXT>\n</DOCUMENT>\n"
    "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"
    "                              Year Ended    Year Ended\n"
    "                                12/31/04      12/31/03\n"
    "Net income                       $ 100         $  90\n"
    "</TEXT>\n</DOCUMENT>\n"
    "<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\nbegin 644 x.gif\nM1TE&\nend\n</TEXT>\n</DOCUMENT>\n"
    "</SEC-DOCUMENT>\n";

/* A submission whose first document is an XBRL instance is still a
 * submission: the wrapper decides, not the instance's namespace. */
static const char XML_FIRST[] =
    "<SEC-DOCUMENT>0000000042-05-000001.txt : 20050101\n"
    "<DOCUMENT>\n<TYPE>XML\n<TEXT>\n<?xml version=\"1.0\"?>\n"
    "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"/>\n</TEXT>\n</DOCUMENT>\n"
    "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"
    "                              Year Ended    Year Ended\n"
    "                                12/31/04      12/31/03\n"
    "Net income                       $ 100         $  90\n"
    "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";

START_TEST(test_edgar)
{
    ck_assert_int_ge(xc_sniff_edgar(SUBMISSION, sizeof(SUBMISSION) - 1), 80);
    ck_assert_str_eq(xc_reader_sniff(XML_FIRST, sizeof(XML_FIRST) - 1)->name, "edgar");
    int rc;
    xc_model *m = convert(SUBMISSION, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    /* the filer whose CIK begins the accession number */
    ck_assert_str_eq(m->cik, "0000000042");
    ck_assert_str_eq(m->entity_name, "PARENT CORP");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-12-31"), "100");
    /* provenance counts lines in the whole file: "Net income" is line 25 */
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].numeric)
            ck_assert_int_eq(m->facts[i].prov.line, 25);
    xc_model_free(m);
}
END_TEST

/* A page that wraps a plain-text statement in <pre>, under a title and a
 * scale printed as HTML: the block's fixed-width table is read as text's,
 * its facts placed on the page's lines. */
static const char PRE_BLOCK[] =
    "<html><body><p>Exhibit 99.1</p><p>Acme today reported its results.</p>\n"
    "<p align=center><b>Consolidated Statements of Operations</b></p>\n"
    "<p align=center>(In thousands, except per share amounts)</p>\n"
    "<pre>\n"
    "                                      Three Months Ended\n"
    "                                    April 4,      March 30,\n"
    "                                      2004          2003\n"
    "Net sales                           $11,293        $6,836\n"
    "Cost of goods sold                    8,643         4,983\n"
    "Gross profit                          2,650         1,853\n"
    "Operating expenses                    3,557         3,572\n"
    "Net loss                              $(907)      $(1,719)\n"
    "</pre></body></html>\n";

START_TEST(test_pre_block)
{
    int rc;
    xc_model *m = convert(PRE_BLOCK, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-04-04"), "11293000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2003-03-30"), "-1719000");
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!strcmp(f->concept, "us-gaap:GrossProfit")) {
            ck_assert_int_eq(f->prov.line, 10);
            ck_assert_int_eq(f->prov.statement, XC_STMT_INCOME);
            seen++;
        }
    }
    ck_assert_int_eq(seen, 2);
    xc_model_free(m);
}
END_TEST

START_TEST(test_meta_charset)
{
    xc_text t;
    xc_diag d;
    xc_diag_init(&d);
    const char raw[] = "<meta charset=\"ISO-8859-1\"><p>caf\xe9</p>";
    ck_assert_int_eq(xc_text_decode(&t, "x", raw, sizeof(raw) - 1, NULL, &d), 0);
    ck_assert_str_eq(t.encoding, "ISO-8859-1");
    ck_assert(strstr(t.data, "caf\xC3\xA9") != NULL);
    xc_text_free(&t);
    xc_diag_free(&d);
}
END_TEST

/* Footnote references after a value or a year ("$ 1,200<sup>(2)</sup>",
 * "2024<sup>(1)</sup>") are no part of the number. */
static const char FOOTNOTES[] =
    "<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended December 31,</td></tr>"
    "<tr><td></td><td>2025</td><td>2024<sup>(1)</sup></td></tr>"
    "<tr><td>Revenues</td><td>$ 1,500</td><td>$ 1,200<sup>(2)</sup></td></tr>"
    "<tr><td>Net income<sup>(3)</sup></td><td>300*</td><td>200</td></tr>"
    "</table></body></html>";

START_TEST(test_footnote_marks)
{
    int rc;
    xc_model *m = convert(FOOTNOTES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-12-31"), "1200000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-12-31"), "300000");
    xc_model_free(m);
}
END_TEST

/* The caption printed as the table's first row, under the header, gives
 * the whole table's scale, not only that of the rows up to the next
 * heading; "Weighted average number of shares, basic" is the basic count
 * alone; partners' "share of earnings" is an amount. */
static const char CAPTION_ROW[] =
    "<html><body><p>Exhibit 99.1</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended</td></tr>"
    "<tr><td></td><td>September 30, 2004</td><td>June 30, 2004</td></tr>"
    "<tr><td>Consolidated Statements of Operations: (in thousands, except per share data)"
    "</td></tr>"
    "<tr><td>Net revenue</td><td>$ 164,821</td><td>$ 162,137</td></tr>"
    "<tr><td>Operating expenses:</td></tr>"
    "<tr><td>Personnel expense</td><td>50,930</td><td>50,341</td></tr>"
    "<tr><td>Income from operations</td><td>5,071</td><td>11,118</td></tr>"
    "<tr><td>Joint venture partners' share of earnings</td><td>(3,150)</td>"
    "<td>(4,210)</td></tr>"
    "<tr><td>Weighted average number of shares, basic</td><td>18,080</td><td>18,080</td></tr>"
    "<tr><td>Weighted average number of shares, diluted</td><td>18,080</td><td>18,450</td>"
    "</tr></table></body></html>";

START_TEST(test_caption_row)
{
    int rc;
    xc_model *m = convert(CAPTION_ROW, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-09-30"), "164821000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2004-06-30"), "11118000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2004-06-30"),
                     "18080000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding",
                              "2004-06-30"),
                     "18450000");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (f->numeric && !m->units[f->unit].den)
            ck_assert_msg(!strstr(m->units[f->unit].num, "shares") ||
                              strstr(f->concept, "Shares"),
                          "%s counted in shares", f->concept);
    }
    xc_model_free(m);
}
END_TEST

/* A label set in by an empty cell before it, where other rows span that
 * cell, is indented: the heading above it ("Shares used in computing
 * earnings per share (in thousands):") ends at the rows set flush again,
 * which took its scale and were read as shares' headings' extensions
 * ("Total assets" 25,347 thousand). */
#define SPACER_ROW(label, a, b)                                                            \
    "<tr><td>&nbsp;</td><td>" label "</td><td>&nbsp;</td><td>" a "</td><td>&nbsp;</td><td>" \
    b "</td></tr>"
#define FLUSH_ROW(label, a, b)                                                          \
    "<tr><td colspan=2>" label "</td><td>$</td><td>" a "</td><td>$</td><td>" b "</td></tr>"
static const char SPACER_INDENT[] =
    "<html><body><table>"
    "<tr><th colspan=2>Fiscal years ended September 29, 2007<br>(In millions, except share and "
    "per share amounts)</th><th colspan=2>2007</th><th colspan=2>2006</th></tr>"
    FLUSH_ROW("Net sales", "24,006", "19,315")
    FLUSH_ROW("Net income", "3,496", "1,989")
    "<tr><td colspan=2>Shares used in computing earnings per share (in thousands):</td></tr>"
    SPACER_ROW("Basic", "864,595", "844,058")
    SPACER_ROW("Diluted", "889,292", "877,526")
    FLUSH_ROW("Total assets", "25,347", "17,205")
    FLUSH_ROW("Total liabilities", "10,815", "7,221")
    "</table></body></html>";

START_TEST(test_spacer_indent)
{
    int rc;
    xc_model *m = convert(SPACER_INDENT, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2007-09-29"),
                     "889292000");
    const char *v = value_of(m, "Assets", "2007-09-29");
    ck_assert_msg(v && !strcmp(v, "25347000000"), "total assets: %s", v ? v : "(none)");
    /* (and 2006's year ended 52 weeks before September 29, 2007, not on
     * September 29, 2006) */
    v = value_of(m, "Liabilities", "2006-09-30");
    ck_assert_msg(v && !strcmp(v, "7221000000"), "total liabilities: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* Scale letters before the dollar sign: "(in MM$)" is millions (it was
 * read as no scale: a thousandth of a million); a lone "M$" is not read. */
START_TEST(test_letters_before_dollar)
{
    static const char *const notes[][2] = {
        {"(in MM$)", "1000000000"}, {"(MM$)", "1000000000"}, {"(K$)", "1000000"}};
    for (size_t i = 0; i < sizeof(notes) / sizeof(notes[0]); i++) {
        char html[512];
        snprintf(html, sizeof(html),
                 "<html><body><p>Statements of Operations %s</p><table>"
                 "<tr><td></td><td>Three Months Ended September 30, 2024</td></tr>"
                 "<tr><td>Revenue</td><td>1,000</td></tr>"
                 "<tr><td>Net income</td><td>100</td></tr></table></body></html>",
                 notes[i][0]);
        int rc;
        xc_model *m = convert(html, NULL, &rc);
        ck_assert_int_gt(rc, 0);
        const char *v = value_of(m, "Revenues", "2024-09-30");
        ck_assert_msg(v && !strcmp(v, notes[i][1]), "%s: %s", notes[i][0], v ? v : "(none)");
        xc_model_free(m);
    }
}
END_TEST

/* A hand-made table whose ")" cells stand only in the rows that need
 * them: those rows are wider than the others, and their amounts fill the
 * four columns in order, whether they are few among the rows (the first
 * table) or most of them (the second). */
static const char SHIFTED_ROWS[] =
    "<html><body><p>ACME WIDGETS, INC.<br>STATEMENTS OF OPERATIONS<br>"
    "(In thousands)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended June 30,</td>"
    "<td colspan=\"2\">Six Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2005</td><td>2004</td><td>2005</td><td>2004</td></tr>"
    "<tr><td>Net sales</td><td>$12,500</td><td>$11,000</td><td>$24,000</td><td>$21,500</td></tr>"
    "<tr><td>Cost of sales</td><td>8,000</td><td>7,100</td><td>15,500</td><td>14,000</td></tr>"
    "<tr><td>Gross profit</td><td>4,500</td><td>3,900</td><td>8,500</td><td>7,500</td></tr>"
    "<tr><td>Selling, general and administrative</td><td>5,000</td><td>3,000</td>"
    "<td>9,000</td><td>6,000</td></tr>"
    "<tr><td>Operating income (loss)</td><td>(500</td><td>)</td><td>900</td><td>(500</td>"
    "<td>)</td><td>1,500</td></tr>"
    "<tr><td>Net income (loss)</td><td>$(400</td><td>)</td><td>$480</td><td>$(450</td>"
    "<td>)</td><td>$780</td></tr></table></body></html>";

static const char SHIFTED_MOST[] =
    "<html><body><p>ACME CORP<br>STATEMENTS OF OPERATIONS<br>(In thousands)</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2005</td>"
    "<td>Year Ended December 31, 2004</td></tr>"
    "<tr><td>Revenue</td><td>1,000</td><td>900</td></tr>"
    "<tr><td>Operating loss</td><td>(100</td><td>)</td><td>(90</td><td>)</td></tr>"
    "<tr><td>Interest expense</td><td>(10</td><td>)</td><td>(9</td><td>)</td></tr>"
    "<tr><td>Net loss</td><td>(110</td><td>)</td><td>(99</td><td>)</td></tr>"
    "</table></body></html>";

START_TEST(test_shifted_rows)
{
    int rc;
    xc_model *m = convert(SHIFTED_ROWS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    assert_span(m, "us-gaap:OperatingIncomeLoss", "900000", "2004-04-01", "2004-06-30");
    assert_span(m, "us-gaap:OperatingIncomeLoss", "1500000", "2004-01-01", "2004-06-30");
    assert_span(m, "us-gaap:NetIncomeLoss", "-450000", "2005-01-01", "2005-06-30");
    assert_span(m, "us-gaap:Revenues", "24000000", "2005-01-01", "2005-06-30");
    ck_assert_uint_eq(facts_of(m, "OperatingIncomeLoss"), 4);
    xc_model_free(m);
    m = convert(SHIFTED_MOST, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-12-31"), "1000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2004-12-31"), "900000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-12-31"), "-99000");
    xc_model_free(m);
}
END_TEST

/* A statement of changes in equity sets its components across: its rows
 * are skipped with a word, not read as segments of the year before the
 * release (they were: "BalanceDecember312022" on a "Common Stock Shares"
 * member, in dollars). The income statement beside it still reads. */
static const char EQUITY_STATEMENT[] =
    "<html><body><p>Consolidated Statements of Income (in thousands)</p><table>"
    "<tr><td></td><td>Year Ended December 31, 2023</td></tr>"
    "<tr><td>Revenue</td><td>500,000</td></tr>"
    "<tr><td>Net income</td><td>20,000</td></tr></table>"
    "<p>Consolidated Statements of Stockholders' Equity (in thousands)</p>"
    "<p>For the Year Ended December 31, 2023</p><table>"
    "<tr><td></td><td colspan=2>Common Stock</td><td>Retained</td><td>Total Stockholders'</td>"
    "</tr><tr><td></td><td>Shares</td><td>Amount</td><td>Earnings</td><td>Equity</td></tr>"
    "<tr><td>Balance, December 31, 2022</td><td>10,000</td><td>$ 10</td><td>$ 100,000</td>"
    "<td>$ 100,010</td></tr>"
    "<tr><td>Net income</td><td>—</td><td>—</td><td>20,000</td><td>20,000</td></tr>"
    "<tr><td>Balance, December 31, 2023</td><td>10,000</td><td>$ 10</td><td>$ 120,000</td>"
    "<td>$ 120,010</td></tr></table></body></html>";

START_TEST(test_equity_statement)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(EQUITY_STATEMENT, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-12-31"), "20000000");
    int warned = 0;
    for (size_t i = 0; i < d.n; i++)
        warned += strstr(d.items[i].message, "statement of changes in equity") != NULL;
    ck_assert_int_eq(warned, 1);
    for (size_t i = 0; i < m->nfacts; i++) {
        ck_assert_msg(!m->contexts[m->facts[i].context].ndims, "%s has a member",
                      m->facts[i].concept);
        ck_assert_msg(!strstr(m->facts[i].concept, "Balance"), "%s", m->facts[i].concept);
    }
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* "Other income (expense):" with no total of its own, then the steps of
 * results below it: they are no items of other income, whatever their
 * indent ("Income (loss) from continuing operations" was other
 * nonoperating income), and "Income (loss) before income tax expense"
 * reads as printed, without its "(loss)" */
static const char STEPS_AFTER_ITEMS[] =
    "<html><body><p>Boat Works, Inc. (NASDAQ: BOAT) today announced results for the quarter "
    "ended March 29, 2026.</p><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(Dollars in thousands)</p><table>"
    "<tr><td></td><td>Three Months Ended March 29, 2026</td>"
    "<td>Three Months Ended March 30, 2025</td></tr>"
    "<tr><td>Net sales</td><td>78,206</td><td>75,960</td></tr>"
    "<tr><td>Operating income (loss)</td><td>(1,298)</td><td>4,114</td></tr>"
    "<tr><td>Other income (expense):</td><td></td><td></td></tr>"
    "<tr><td>Interest expense</td><td>(58)</td><td>&#8212;</td></tr>"
    "<tr><td>Interest income</td><td>760</td><td>760</td></tr>"
    "<tr><td>Loss on extinguishment of debt</td><td>(71)</td><td>&#8212;</td></tr>"
    "<tr><td>Income (loss) before income tax expense</td><td>(667)</td><td>4,874</td></tr>"
    "<tr><td>Income tax expense</td><td>49</td><td>1,053</td></tr>"
    "<tr><td>Income (loss) from continuing operations</td><td>(716)</td><td>3,821</td></tr>"
    "<tr><td>Loss from discontinued operations, net of tax</td><td>(26)</td><td>(78)</td></tr>"
    "<tr><td>Net income (loss)</td><td>(742)</td><td>3,743</td></tr>"
    "</table></body></html>";

START_TEST(test_steps_after_items)
{
    int rc;
    xc_model *m = convert(STEPS_AFTER_ITEMS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperations", "2026-03-29"), "-716000");
    ck_assert_ptr_null(value_of(m, "OtherNonoperatingIncomeExpense", "2026-03-29"));
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "BeforeIncomeTaxes"))
            ck_assert_int_eq(m->facts[i].prov.confidence, 100);
    xc_model_free(m);
}
END_TEST

/* A summary above the statements: its "Net Income" is the consolidated
 * figure that the titled statement, read first, calls ProfitLoss beside
 * the noncontrolling interest's share. */
static const char SUMMARY_ABOVE[] =
    "<html><body><p>Minneapolis - August 5, 2026 - Acme Corporation (NYSE: ACME) today reported "
    "operating results for its second quarter ended June 30, 2026.</p>"
    "<p>Second Quarter 2026 Financial Highlights</p>"
    "<p>(in millions, except per share amounts)</p><table>"
    "<tr><td></td><td>Q2 2026</td><td>Q2 2025</td></tr>"
    "<tr><td>Revenue</td><td>$499.3</td><td>$521.3</td></tr>"
    "<tr><td>Net Income</td><td>$19.2</td><td>$22.4</td></tr></table>"
    "<p>ACME CORPORATION</p><p>CONSOLIDATED STATEMENTS OF INCOME</p>"
    "<p>(in millions, except per share amounts)</p><table>"
    "<tr><td></td><td colspan=\"2\">Quarter Ended June 30,</td></tr>"
    "<tr><td></td><td>2026</td><td>2025</td></tr>"
    "<tr><td>Revenue</td><td>$499.3</td><td>$521.3</td></tr>"
    "<tr><td>Cost of revenue</td><td>(239.7)</td><td>(242.0)</td></tr>"
    "<tr><td>Selling, general and administrative expense</td><td>(202.1)</td>"
    "<td>(214.5)</td></tr>"
    "<tr><td>Operating income</td><td>57.5</td><td>64.8</td></tr>"
    "<tr><td>Interest expense</td><td>(28.0)</td><td>(30.9)</td></tr>"
    "<tr><td>Income before income taxes</td><td>29.5</td><td>33.9</td></tr>"
    "<tr><td>Income tax provision</td><td>(10.3)</td><td>(11.5)</td></tr>"
    "<tr><td>Net income</td><td>19.2</td><td>22.4</td></tr>"
    "<tr><td>Non-controlling interest</td><td>(0.1)</td><td>&#8212;</td></tr>"
    "<tr><td>Net income attributable to Acme</td><td>$19.1</td><td>$22.4</td></tr>"
    "</table></body></html>";

START_TEST(test_summary_above)
{
    int rc;
    xc_model *m = convert(SUMMARY_ABOVE, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2026-06-30"), "19100000");
    ck_assert_str_eq(value_of(m, "ProfitLoss", "2026-06-30"), "19200000");
    ck_assert_str_eq(value_of(m, "Revenues", "2026-06-30"), "499300000");
    for (size_t i = 0; i < m->nfacts; i++) {
        ck_assert_ptr_null(strstr(m->facts[i].concept, "NetIncomeAttributable"));
        ck_assert_int_eq(m->contexts[m->facts[i].context].ndims, 0);
    }
    xc_model_free(m);
}
END_TEST

/* Segments under measures' headings, each with a bare "Total": the total
 * of "Adjusted EBITDA:" is that extension concept (never one named
 * "Total"), and a row of percentages under the percentages' total is no
 * share of it. */
static const char SEGMENT_TOTALS[] =
    "<html><body><p>Acme Corporation (NYSE: ACME) today reported results for its second "
    "quarter ended June 30, 2026.</p>"
    "<p>ACME CORPORATION</p><p>SEGMENT INFORMATION</p><p>(In millions)</p><table>"
    "<tr><td></td><td colspan=\"2\">Quarter Ended June 30,</td></tr>"
    "<tr><td></td><td>2026</td><td>2025</td></tr>"
    "<tr><td>Revenue:</td></tr>"
    "<tr><td>Merchant Services</td><td>$107.6</td><td>$101.4</td></tr>"
    "<tr><td>Print</td><td>235.9</td><td>281.1</td></tr>"
    "<tr><td>Total</td><td>$343.5</td><td>$382.5</td></tr>"
    "<tr><td>Adjusted EBITDA:</td></tr>"
    "<tr><td>Merchant Services</td><td>$25.1</td><td>$21.7</td></tr>"
    "<tr><td>Print</td><td>86.0</td><td>90.4</td></tr>"
    "<tr><td>Corporate</td><td>(38.7)</td><td>(41.6)</td></tr>"
    "<tr><td>Total</td><td>$72.4</td><td>$70.5</td></tr>"
    "<tr><td>Adjusted EBITDA Margin:</td></tr>"
    "<tr><td>Merchant Services</td><td>23.3%</td><td>21.4%</td></tr>"
    "<tr><td>Print</td><td>36.5%</td><td>32.2%</td></tr>"
    "<tr><td>Total</td><td>21.1%</td><td>18.4%</td></tr>"
    "<tr><td>Comparable Adjusted EBITDA</td><td>21.8%</td><td>21.2%</td></tr>"
    "</table></body></html>";

START_TEST(test_segment_totals)
{
    int rc;
    xc_model *m = convert(SEGMENT_TOTALS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "AdjustedEbitda", "2026-06-30"), "72400000");
    ck_assert_str_eq(value_of(m, "Revenues", "2026-06-30"), "343500000");
    ck_assert_ptr_nonnull(strstr(member_with(m, "AdjustedEbitda", "25100000"), "Merchant"));
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_str_ne(strchr(m->facts[i].concept, ':') + 1, "Total");
    /* (the comparable margin is the whole's, of no segment "Total") */
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "Comparable"))
            ck_assert_int_eq(m->contexts[m->facts[i].context].ndims, 0);
    xc_model_free(m);
}
END_TEST

/* "Product revenue" atop a statement that prints another line of revenue
 * ("Government contract revenue") and no total is the product's revenue,
 * not all of it. */
static const char PRODUCT_AND_OTHER[] =
    "<html><body><p>Acme Corporation (Nasdaq: ACME) announced financial results for the "
    "second quarter ended June 30, 2026.</p>"
    "<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands, except per share data)</p><table>"
    "<tr><td></td><td colspan=\"2\">Three Months Ended June 30,</td></tr>"
    "<tr><td></td><td>2026</td><td>2025</td></tr>"
    "<tr><td>Product revenue</td><td>$ 57,441</td><td>$ 52,445</td></tr>"
    "<tr><td>Cost of product revenue</td><td>27,909</td><td>23,470</td></tr>"
    "<tr><td>Gross profit on product revenue</td><td>29,532</td><td>28,975</td></tr>"
    "<tr><td>Government contract revenue</td><td>5,862</td><td>7,684</td></tr>"
    "<tr><td>Research and development</td><td>14,388</td><td>18,900</td></tr>"
    "<tr><td>Net loss</td><td>$ (8,994)</td><td>$ (10,216)</td></tr>"
    "</table></body></html>";

START_TEST(test_product_and_other)
{
    int rc;
    xc_model *m = convert(PRODUCT_AND_OTHER, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_ptr_null(value_of(m, "Revenues", "2026-06-30"));
    ck_assert_str_eq(member_with(m, "Revenues", "57441000"), "us-gaap:ProductMember");
    xc_model_free(m);
}
END_TEST

/* Lines of revenue under no heading, above their "Total revenues": the
 * release's own members of revenues, named by their words besides the
 * total's; "Advertising" is no advertising expense of a negative amount. */
static const char UNHEADED_LINES[] =
    "<html><body><p>Acme Media, Inc. (NYSE: ACME) reported results for the year ended "
    "December 31, 2025.</p>"
    "<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
    "<p>(in thousands, except per share amounts)</p><table>"
    "<tr><td></td><td>2025</td><td>2024</td></tr>"
    "<tr><td>Advertising revenues</td><td>$ 1,056,070</td><td>$ 1,103,651</td></tr>"
    "<tr><td>Circulation</td><td>1,246,156</td><td>1,405,664</td></tr>"
    "<tr><td>Total revenues</td><td>2,302,226</td><td>2,509,315</td></tr>"
    "<tr><td>Operating costs</td><td>1,410,788</td><td>1,545,584</td></tr>"
    "<tr><td>Selling, general and administrative expenses</td><td>639,748</td>"
    "<td>703,645</td></tr>"
    "<tr><td>Net income (loss)</td><td>$ 251,690</td><td>$ 260,086</td></tr>"
    "<tr><td>Income (loss) per share attributable to Acme Media - basic</td>"
    "<td>$ 0.01</td><td>$ (0.18)</td></tr>"
    "</table></body></html>";

START_TEST(test_unheaded_lines)
{
    int rc;
    xc_model *m = convert(UNHEADED_LINES, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-12-31"), "2302226000");
    ck_assert_str_eq(member_with(m, "Revenues", "1056070000"), "acme:AdvertisingMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1405664000"), "acme:CirculationMember");
    ck_assert_ptr_null(value_of(m, "AdvertisingExpense", "2025-12-31"));
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2024-12-31"), "-0.18");
    xc_model_free(m);
}
END_TEST

/* A summary that prints its amounts with a scale word ("$223 million",
 * "$(21.4" | ") million") beside columns of change ("Year-Over-Year",
 * "Sequentially"): the amounts scaled by their words, the changes no
 * periods nor segments. */
static const char SCALE_WORDS[] =
    "<html><body><p>Acme Health, Inc. (NYSE: ACME) today announced financial results for "
    "its fiscal second quarter ended July 4, 2026.</p>"
    "<p>Q2 2026 Consolidated Performance</p><table>"
    "<tr><td></td><td>Q2 2026</td><td>Year-Over-Year</td><td>Sequentially</td></tr>"
    "<tr><td>Net Sales</td><td>$223 million</td><td>-5%</td><td>-11%</td></tr>"
    "<tr><td>Net Loss*</td><td>$(21.4</td><td>) million</td><td>N/A</td><td>N/A</td></tr>"
    "<tr><td>Diluted EPS</td><td>$(1.16)</td><td>N/A</td><td>N/A</td></tr>"
    "</table></body></html>";

START_TEST(test_scale_words)
{
    int rc;
    xc_model *m = convert(SCALE_WORDS, NULL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "223000000"), "");
    ck_assert_str_eq(member_with(m, "NetIncomeLoss", "-21400000"), "");
    ck_assert_str_eq(member_with(m, "EarningsPerShareDiluted", "-1.16"), "");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        ck_assert_int_eq(c->ndims, 0);
        ck_assert_int_eq(c->end - c->start, xc_date_make(2026, 7, 4) - xc_date_make(2026, 4, 5));
    }
    xc_model_free(m);
}
END_TEST

/* Lines of revenue by product, then each one's share of the whole: a
 * share is a ratio of the release's own under the product's member, and
 * the unlabelled total's 100% the measure's, so that no two members'
 * shares clash and none is dropped. */
static const char MEMBER_SHARES[] =
    PRODUCT_LINES
    "<tr><td>Net income (loss)</td><td>5,087,694</td><td>(13,634,333)</td></tr>"
    "</table><p>Revenue mix</p><table>"
    "<tr><td></td><td>2025</td><td></td><td>2024</td><td></td></tr>"
    "<tr><td>Revenue:</td></tr>"
    "<tr><td>Product</td><td>94.7</td><td>%</td><td>85.0</td><td>%</td></tr>"
    "<tr><td>Customer funded development</td><td>5.3</td><td>%</td><td>15.0</td><td>%</td></tr>"
    "<tr><td></td><td>100.0</td><td>%</td><td>100.0</td><td>%</td></tr>"
    "</table></body></html>";

START_TEST(test_member_shares)
{
    xc_diag d;
    xc_diag_init(&d);
    int rc;
    xc_model *m = convert_diag(MEMBER_SHARES, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_with(m, "Revenues", "30498162"), "us-gaap:ProductMember");
    ck_assert_str_eq(member_with(m, "Revenues", "0.947"), "us-gaap:ProductMember");
    ck_assert_str_eq(member_with(m, "Revenues", "0.053"), "acme:CustomerFundedDevelopmentMember");
    ck_assert_str_eq(member_with(m, "Revenues", "1"), "");
    ck_assert_str_eq(unit_of(m, "acme:Revenues", "0.15"), "xbrli:pure");
    ck_assert_str_eq(unit_of(m, "us-gaap:Revenues", "24558809"), "iso4217:USD");
    ck_assert_int_eq((int)d.warnings, 0);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* a balance sheet whose section heading carries the scale note across
 * the dates ("ASSETS | (in millions)"): the note is no segment */
static const char SCALE_BESIDE_HEADING[] =
    "<html><body><p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><table>"
    "<tr><td></td><td>June 30, 2026</td><td>December 31, 2025</td></tr>"
    "<tr><td></td><td colspan=\"2\">(Unaudited)</td></tr>"
    "<tr><td>ASSETS</td><td colspan=\"2\">(in millions)</td></tr>"
    "<tr><td>Cash and cash equivalents</td><td>880.8</td><td>708.9</td></tr>"
    "<tr><td>Goodwill</td><td>684.7</td><td>174.4</td></tr>"
    "<tr><td>Total assets</td><td>1,565.5</td><td>883.3</td></tr>"
    "<tr><td>Accounts payable</td><td>1,055.5</td><td>243.3</td></tr>"
    "<tr><td>Total stockholders' equity</td><td>510.0</td><td>640.0</td></tr>"
    "<tr><td>Total liabilities and stockholders' equity</td><td>1,565.5</td>"
    "<td>883.3</td></tr>"
    "</table></body></html>";

START_TEST(test_scale_beside_heading)
{
    xc_diag d;
    xc_diag_init(&d);
    int rc;
    xc_model *m = convert_diag(SCALE_BESIDE_HEADING, NULL, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Goodwill", "2026-06-30"), "684700000");
    ck_assert_str_eq(member_with(m, "Goodwill", "174400000"), "");
    ck_assert_str_eq(member_with(m, "Assets", "1565500000"), "");
    ck_assert_int_eq((int)d.warnings, 0);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

Suite *html_suite(void)
{
    Suite *s = suite_create("html");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_grid);
    tcase_add_test(tc, test_footnote_marks);
    tcase_add_test(tc, test_caption_row);
    tcase_add_test(tc, test_layout_and_words);
    tcase_add_test(tc, test_title_row);
    tcase_add_test(tc, test_named_columns);
    tcase_add_test(tc, test_balance_sheet_under_headline);
    tcase_add_test(tc, test_dated_under_headline);
    tcase_add_test(tc, test_dateline_above);
    tcase_add_test(tc, test_quarters_by_year);
    tcase_add_test(tc, test_quarterly_note);
    tcase_add_test(tc, test_scale_row);
    tcase_add_test(tc, test_utility_sections);
    tcase_add_test(tc, test_reit_statements);
    tcase_add_test(tc, test_segment_titled);
    tcase_add_test(tc, test_reconciling_rows);
    tcase_add_test(tc, test_measures_across);
    tcase_add_test(tc, test_expense_sum);
    tcase_add_test(tc, test_paired_per_share);
    tcase_add_test(tc, test_intro_sentence);
    tcase_add_test(tc, test_adjusted_total);
    tcase_add_test(tc, test_restated_columns);
    tcase_add_test(tc, test_ffo_starts_from_statements);
    tcase_add_test(tc, test_unstated_scale);
    tcase_add_test(tc, test_unlabelled_costs);
    tcase_add_test(tc, test_results_with_cash);
    tcase_add_test(tc, test_continued_table);
    tcase_add_test(tc, test_parted_table);
    tcase_add_test(tc, test_parted_header);
    tcase_add_test(tc, test_parted_heading);
    tcase_add_test(tc, test_close_with_note);
    tcase_add_test(tc, test_typeset_blanks);
    tcase_add_test(tc, test_spaced_parens);
    tcase_add_test(tc, test_change_signs);
    tcase_add_test(tc, test_padding_shorthand);
    tcase_add_test(tc, test_nbsp_indent);
    tcase_add_test(tc, test_name_wrap);
    tcase_add_test(tc, test_unclosed_paren);
    tcase_add_test(tc, test_percent_beside_years);
    tcase_add_test(tc, test_ordinal_quarters);
    tcase_add_test(tc, test_sign_column_years);
    tcase_add_test(tc, test_year_over_stub);
    tcase_add_test(tc, test_insurer_sums);
    tcase_add_test(tc, test_health_insurer);
    tcase_add_test(tc, test_stacked_titles);
    tcase_add_test(tc, test_supplemental_trend);
    tcase_add_test(tc, test_by_geography);
    tcase_add_test(tc, test_two_classes);
    tcase_add_test(tc, test_comprehensive);
    tcase_add_test(tc, test_unspanned_headers);
    tcase_add_test(tc, test_superscripts);
    tcase_add_test(tc, test_net_by_eps);
    tcase_add_test(tc, test_years_under_note);
    tcase_add_test(tc, test_dollar_letter);
    tcase_add_test(tc, test_figured_quarters);
    tcase_add_test(tc, test_counted_lines);
    tcase_add_test(tc, test_recon_down);
    tcase_add_test(tc, test_costs_two_sums);
    tcase_add_test(tc, test_fcf_quarter);
    tcase_add_test(tc, test_packed_header);
    tcase_add_test(tc, test_mark_cells);
    tcase_add_test(tc, test_consolidating);
    tcase_add_test(tc, test_bank_balances);
    tcase_add_test(tc, test_fiscal_quarters_said);
    tcase_add_test(tc, test_range_column);
    tcase_add_test(tc, test_eps_addbacks);
    tcase_add_test(tc, test_adjusted_eps_total);
    tcase_add_test(tc, test_summary_first);
    tcase_add_test(tc, test_broker_net_revenues);
    tcase_add_test(tc, test_ltm_column);
    tcase_add_test(tc, test_deducted_steps);
    tcase_add_test(tc, test_share_equivalents);
    tcase_add_test(tc, test_recon_columns);
    tcase_add_test(tc, test_average_balances);
    tcase_add_test(tc, test_continued_head);
    tcase_add_test(tc, test_discontinued_title);
    tcase_add_test(tc, test_ruled_wrap);
    tcase_add_test(tc, test_caption);
    tcase_add_test(tc, test_quarters_apostrophe);
    tcase_add_test(tc, test_dollars_per_share);
    tcase_add_test(tc, test_special_items);
    tcase_add_test(tc, test_corporate_and_other);
    tcase_add_test(tc, test_percent_rows);
    tcase_add_test(tc, test_gaap_heading);
    tcase_add_test(tc, test_stock_classes);
    tcase_add_test(tc, test_second_half);
    tcase_add_test(tc, test_selected_data);
    tcase_add_test(tc, test_currencies);
    tcase_add_test(tc, test_currency_columns);
    tcase_add_test(tc, test_except_per_share);
    tcase_add_test(tc, test_kinds_over_rows);
    tcase_add_test(tc, test_bracketed_notes);
    tcase_add_test(tc, test_investments_by_section);
    tcase_add_test(tc, test_operating_data);
    tcase_add_test(tc, test_rate_words);
    tcase_add_test(tc, test_segment_consolidated);
    tcase_add_test(tc, test_segment_title_generic);
    tcase_add_test(tc, test_intro_colon);
    tcase_add_test(tc, test_capital_scale);
    tcase_add_test(tc, test_label_contra);
    tcase_add_test(tc, test_versus_summary);
    tcase_add_test(tc, test_family_sum);
    tcase_add_test(tc, test_revenue_lines);
    tcase_add_test(tc, test_segment_table);
    tcase_add_test(tc, test_known_segments);
    tcase_add_test(tc, test_basis_headings);
    tcase_add_test(tc, test_note_column);
    tcase_add_test(tc, test_addbacks);
    tcase_add_test(tc, test_metrics_parts);
    tcase_add_test(tc, test_series_clause);
    tcase_add_test(tc, test_sbc_footnote);
    tcase_add_test(tc, test_eps_under_shares);
    tcase_add_test(tc, test_sbc_titled);
    tcase_add_test(tc, test_colon_classes);
    tcase_add_test(tc, test_class_headings);
    tcase_add_test(tc, test_parent_equity);
    tcase_add_test(tc, test_related_party);
    tcase_add_test(tc, test_segment_sums);
    tcase_add_test(tc, test_telehealth);
    tcase_add_test(tc, test_millions_balance);
    tcase_add_test(tc, test_listed_metrics);
    tcase_add_test(tc, test_segments_said);
    tcase_add_test(tc, test_selected_measures);
    tcase_add_test(tc, test_comprehensive_whole);
    tcase_add_test(tc, test_loss_words);
    tcase_add_test(tc, test_period_rows);
    tcase_add_test(tc, test_nci_cash_flow);
    tcase_add_test(tc, test_outlook_ending);
    tcase_add_test(tc, test_by_type);
    tcase_add_test(tc, test_common_size);
    tcase_add_test(tc, test_common_size_parts);
    tcase_add_test(tc, test_percent_dash);
    tcase_add_test(tc, test_fractions);
    tcase_add_test(tc, test_insurer);
    tcase_add_test(tc, test_reinsurance);
    tcase_add_test(tc, test_coincident_sum);
    tcase_add_test(tc, test_by_product);
    tcase_add_test(tc, test_discontinued);
    tcase_add_test(tc, test_expense_schedule);
    tcase_add_test(tc, test_closed_heading);
    tcase_add_test(tc, test_highlight_sections);
    tcase_add_test(tc, test_broker);
    tcase_add_test(tc, test_thousands_of_currency);
    tcase_add_test(tc, test_dated_balance);
    tcase_add_test(tc, test_kinds_of_revenue);
    tcase_add_test(tc, test_fact_sheet);
    tcase_add_test(tc, test_stub_year);
    tcase_add_test(tc, test_attribution);
    tcase_add_test(tc, test_owners_share);
    tcase_add_test(tc, test_common_owners);
    tcase_add_test(tc, test_unlabelled_sums);
    tcase_add_test(tc, test_revised_column);
    tcase_add_test(tc, test_segment_columns);
    tcase_add_test(tc, test_lines_schedule);
    tcase_add_test(tc, test_edgar);
    tcase_add_test(tc, test_meta_charset);
    tcase_add_test(tc, test_pre_block);
    tcase_add_test(tc, test_spacer_indent);
    tcase_add_test(tc, test_letters_before_dollar);
    tcase_add_test(tc, test_equity_statement);
    tcase_add_test(tc, test_shifted_rows);
    tcase_add_test(tc, test_steps_after_items);
    tcase_add_test(tc, test_summary_above);
    tcase_add_test(tc, test_segment_totals);
    tcase_add_test(tc, test_product_and_other);
    tcase_add_test(tc, test_unheaded_lines);
    tcase_add_test(tc, test_scale_words);
    tcase_add_test(tc, test_member_shares);
    tcase_add_test(tc, test_scale_beside_heading);
    suite_add_tcase(s, tc);
    return s;
}
