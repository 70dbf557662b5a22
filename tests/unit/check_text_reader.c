/* check_text_reader.c: plain-text releases end to end: tables, headers,
 * periods, scale, wrapped labels, signs. Every conversion ends with
 * xc_model_check() == 0 (cmark's cmark_node_check). */
#include "convert.h"
#include "suites.h"
#include "taxonomy.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Converts text, its diagnostics in *d (initialised by the caller). */
static xc_model *convert_diag(const char *text, xc_diag *d, int *rc)
{
    xc_model *m = xc_model_new();
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    *rc = xc_convert("test.txt", text, strlen(text), NULL, NULL, test_taxonomy(), &opt, m, d);
    if (*rc > 0)
        ck_assert_int_eq(xc_model_check(m, d), 0);
    return m;
}

static xc_model *convert(const char *text, int *rc)
{
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(text, &d, rc);
    xc_diag_free(&d);
    return m;
}

/* The value of concept (local name) in the context whose period ends on
 * `end` (and starts on `start` unless NULL), or NULL. */
static const char *value_of(const xc_model *m, const char *concept, const char *start,
                            const char *end)
{
    static char buf[32];
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const char *local = strchr(f->concept, ':') + 1;
        if (!f->numeric || strcmp(local, concept))
            continue;
        const xc_context *c = &m->contexts[f->context];
        char a[16], b[16];
        if (c->ndims || strcmp(xc_date_format(c->end, b), end))
            continue;
        if (start && (c->type != XC_PERIOD_DURATION || strcmp(xc_date_format(c->start, a), start)))
            continue;
        return xc_decimal_format(f->value, buf);
    }
    return NULL;
}

/* Asserts that the fact of concept (local name) for the period [start,
 * end] (start NULL: any) prints as want. */
static void expect_value(const xc_model *m, const char *concept, const char *start,
                         const char *end, const char *want)
{
    const char *v = value_of(m, concept, start, end);
    ck_assert_msg(v && !strcmp(v, want), "%s to %s: %s, want %s", concept, end,
                  v ? v : "(none)", want);
}

static const char SIGNED[] =
    "                      ACME CORP\n"
    "          CONSOLIDATED STATEMENTS OF INCOME\n"
    "     (Dollars in Millions, Except per Share Amounts)\n"
    "\n"
    "                              Three Months Ended\n"
    "                                  June 30,\n"
    "                              2005        2004     % Change\n"
    "                              ----        ----     --------\n"
    "Revenues                    $ 1,000     $   900       11.1\n"
    "Cost of sales                  (600)       (500)      20.0\n"
    "Gain on sale of assets           10          --          *\n"
    "                              -----       -----\n"
    "Operating income                410         400        2.5\n"
    "Interest expense                (10)        (20)     (50.0)\n"
    "Provision for income taxes     (100)        (95)       5.3\n"
    "                              -----       -----\n"
    "Net income                  $   300     $   285        5.3\n"
    "Diluted earnings per share  $   .30     $   .29\n"
    "Weighted average shares -\n"
    "  assuming dilution (in millions)  1,000   1,000\n";

START_TEST(test_signed_presentation)
{
    int rc;
    xc_model *m = convert(SIGNED, &rc);
    ck_assert_int_gt(rc, 0);
    /* deductions printed in parentheses are positive expenses */
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2005-04-01", "2005-06-30"), "600000000");
    ck_assert_str_eq(value_of(m, "InterestExpense", NULL, "2005-06-30"), "10000000");
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", NULL, "2004-06-30"), "95000000");
    ck_assert_str_eq(value_of(m, "GainLossOnSaleOfPropertyPlantEquipment", NULL, "2005-06-30"),
                     "10000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2005-06-30"), "300000000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2005-06-30"), "0.3");
    /* "(in millions)" in the row label scales share counts */
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", NULL,
                              "2004-06-30"),
                     "1000000000");
    /* the % Change column makes no facts */
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert(!(m->facts[i].numeric && m->facts[i].prov.cell &&
                    !strcmp(m->facts[i].prov.cell, "11.1")));
    xc_model_free(m);
}
END_TEST

static const char MAGNITUDE[] =
    "Widget Co. (NYSE: WID) today reported results.\n"
    "\n"
    "                 WIDGET CO.\n"
    "         Statements of Operations\n"
    "  (In thousands, except per share and share amounts)\n"
    "\n"
    "                                   Quarter Ended March 31,\n"
    "                                     2004          2003\n"
    "Sales                              $5,000        $4,000\n"
    "Cost of goods sold                  3,000         2,500\n"
    "Gross profit                        2,000         1,500\n"
    "Selling, general and\n"
    "  administrative expenses           2,100         1,000\n"
    "Operating (loss) income              (100)          500\n"
    "Income tax (benefit) provision        (40)          200\n"
    "Net (loss) income                   $ (60)       $  300\n"
    "Net (loss) income per share:\n"
    "   Basic and diluted               $(0.01)       $ 0.05\n"
    "Weighted average shares outstanding  6,000,000   6,000,000\n"
    "\n"
    "\n"
    "                 WIDGET CO.\n"
    "               Balance Sheets\n"
    "               (In thousands)\n"
    "\n"
    "                                    March 31,   December 31,\n"
    "                                      2004         2003\n"
    "Assets\n"
    "  Cash                               $1,000       $1,500\n"
    "  Property and equipment              4,000        4,100\n"
    "    Less accumulated depreciation    (1,000)        (900)\n"
    "                                      ------       ------\n"
    "                                      3,000        3,200\n"
    "                                     $4,000       $4,700\n"
    "Liabilities and Stockholders' Equity\n"
    "  Accounts payable                     $500         $600\n"
    "  Stockholders' equity                3,500        4,100\n"
    "                                     $4,000       $4,700\n";

START_TEST(test_magnitude_presentation)
{
    int rc;
    xc_model *m = convert(MAGNITUDE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->ticker, "WID");
    ck_assert_str_eq(m->exchange, "NYSE");
    ck_assert_str_eq(m->entity_name, "Widget Co.");
    /* fiscal year ends December 31 (the balance sheet's prior column) */
    ck_assert_str_eq(value_of(m, "Revenues", "2004-01-01", "2004-03-31"), "5000000");
    ck_assert_str_eq(value_of(m, "SellingGeneralAndAdministrativeExpense", NULL, "2004-03-31"),
                     "2100000");
    /* a benefit printed in parentheses among positive expenses is negative */
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", NULL, "2004-03-31"), "-40000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", NULL, "2004-03-31"), "-100000");
    /* one basic-and-diluted row reports both */
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", NULL, "2004-03-31"), "-0.01");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2004-03-31"), "-0.01");
    /* "except ... share amounts": shares are not scaled */
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", NULL,
                              "2004-03-31"),
                     "6000000");
    /* unlabelled totals: PP&E net by arithmetic, Assets by position */
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentGross", NULL, "2004-03-31"), "4000000");
    ck_assert_str_eq(value_of(m, "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment",
                              NULL, "2003-12-31"),
                     "900000");
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentNet", NULL, "2004-03-31"), "3000000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2003-12-31"), "4700000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2004-03-31"),
                     "4000000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_share_scale_by_eps)
{
    /* the scale statement excepts per-share amounts only, but the share
     * counts are printed in full: earnings per share proves it */
    char text[sizeof(MAGNITUDE) + 16];
    const char *from = "(In thousands, except per share and share amounts)";
    const char *p = strstr(MAGNITUDE, from);
    ck_assert_ptr_nonnull(p);
    size_t head = (size_t)(p - MAGNITUDE);
    memcpy(text, MAGNITUDE, head);
    strcpy(text + head, "(In thousands, except per share amounts)");
    strcat(text, p + strlen(from));
    int rc;
    xc_model *m = convert(text, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", NULL,
                              "2004-03-31"),
                     "6000000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_no_table)
{
    int rc;
    xc_model *m = convert("Just words.\nNo numbers here at all.\n", &rc);
    ck_assert_int_eq(rc, -XC_ENOTABLE);
    xc_model_free(m);
    m = convert("", &rc);
    ck_assert_int_eq(rc, -XC_ENOTABLE);
    xc_model_free(m);
}
END_TEST

static const char TAGGED[] =
    "<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\n<PAGE>   1\n"
    "<TABLE>\n<CAPTION>\n"
    "                                        (In millions)\n"
    "                              Year Ended    Year Ended\n"
    "                                12/31/00      12/31/99\n"
    "<S>                           <C>           <C>\n"
    "Net income                       $ 100         $  90\n"
    "Depreciation                        20            18\n"
    "Capital expenditures               (50)          (40)\n"
    "</TABLE>\n</TEXT>\n</DOCUMENT>\n";

START_TEST(test_sgml_tags)
{
    int rc;
    xc_model *m = convert(TAGGED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2000-01-01", "2000-12-31"), "100000000");
    /* a payment in a cash-flow-like table is reported positive */
    const char *capex = value_of(m, "PaymentsToAcquirePropertyPlantAndEquipment", NULL, "1999-12-31");
    ck_assert_ptr_nonnull(capex);
    xc_model_free(m);
}
END_TEST

static const char SPLIT_PARENS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Net sales                          $ 11,293      $  6,836\n"
    "Operating loss                       ( 907)      ( 1,719)\n"
    "Net loss                           ($ 980)       ($ 1,773)\n";

START_TEST(test_split_parens)
{
    /* a negative printed with its opening apart from the digits, "($ 980)"
     * or "( 907)", is one value, not a label word and a stray ")" */
    int rc;
    xc_model *m = convert(SPLIT_PARENS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2004-03-31"), "-980000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2003-03-31"), "-1773000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", NULL, "2003-03-31"), "-1719000");
    xc_model_free(m);
}
END_TEST

/* Columns named by quarter and year to date, with no date: the quarter
 * ends where the fiscal year (December, from the balance sheet) puts it,
 * on the balance sheet's date when that is within a week (a 52-53 week
 * year); the year to date runs from the fiscal year's start to the
 * quarter's end. No header word becomes a segment. */
static const char NAMED_QUARTERS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                            Q3 2024    Q3 2023   YTD 2024   YTD 2023\n"
    "Net sales                    $ 150      $ 140     $ 440      $ 400\n"
    "Net income                      15         12        40         30\n"
    "\n"
    "                 CONSOLIDATED BALANCE SHEETS\n"
    "                            (In thousands)\n"
    "                          September 28,  December 31,\n"
    "                              2024          2023\n"
    "Total assets                 $ 900        $ 800\n";

START_TEST(test_named_quarters)
{
    int rc;
    xc_model *m = convert(NAMED_QUARTERS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-07-01", "2024-09-28"), "150000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-07-01", "2023-09-30"), "140000");
    ck_assert_str_eq(value_of(m, "Revenues", "2024-01-01", "2024-09-28"), "440000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-01-01", "2023-09-30"), "30000");
    for (size_t i = 0; i < m->ncontexts; i++)
        ck_assert_int_eq(m->contexts[i].ndims, 0);
    xc_model_free(m);
}
END_TEST

/* A table titled by segment whose rows are the segments: each row is
 * the concept of the total that adds the rows up, with the row as its
 * member; the total is the consolidated amount. */
static const char SEGMENT_ROWS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Net sales                          $ 11,293      $  6,836\n"
    "Net income                            1,000           800\n"
    "\n"
    "                         NET SALES BY SEGMENT\n"
    "                            (In thousands)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Industrial                         $  8,000      $  5,000\n"
    "Consumer                              3,293         1,836\n"
    "Total net sales                    $ 11,293      $  6,836\n";

/* segments across, each year's figures under a heading that names the
 * year; a narrow "Eliminations" column of dashes beside "Other" */
static const char SEGMENTS_BY_PERIOD[] =
    "SEGMENT INFORMATION\n"
    "(in thousands)\n"
    "\n"
    "                           Electric         Gas       Other  Eliminations         Total\n"
    "Year Ended December 31, 2014\n"
    "Operating revenues        $ 877,967   $ 326,896   $       -            -    $ 1,204,863\n"
    "Operating income (loss)     149,569      42,757    (14,308)            -        178,018\n"
    "Year Ended December 31, 2013\n"
    "Operating revenues        $ 865,239   $ 287,605   $   1,675            -    $ 1,154,519\n"
    "Operating income (loss)     143,187      37,862    (10,016)            -        171,033\n";

/* The member of the segments axis (or of another axis) that a fact of
 * concept for the year ending `end` carries, or "" when it has none. */
static const char *member_of(const xc_model *m, const char *concept, const char *end,
                             const char *value)
{
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[16], v[40];
        if (strcmp(strchr(f->concept, ':') + 1, concept) ||
            strcmp(xc_date_format(c->end, b), end) ||
            strcmp(xc_decimal_format(f->value, v), value))
            continue;
        return c->ndims ? c->dims[0].member : "";
    }
    return NULL;
}

START_TEST(test_segments_by_period)
{
    int rc;
    xc_model *m = convert(SEGMENTS_BY_PERIOD, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "Revenues", "2014-12-31", "877967000"), "ext:ElectricMember");
    ck_assert_str_eq(member_of(m, "Revenues", "2013-12-31", "1675000"), "ext:OtherMember");
    ck_assert_str_eq(member_of(m, "OperatingIncomeLoss", "2013-12-31", "-10016000"),
                     "ext:OtherMember");
    /* the total column is consolidated */
    ck_assert_str_eq(member_of(m, "Revenues", "2013-12-31", "1154519000"), "");
    ck_assert_str_eq(value_of(m, "Revenues", "2013-01-01", "2013-12-31"), "1154519000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_segment_rows)
{
    int rc;
    xc_model *m = convert(SEGMENT_ROWS, &rc);
    ck_assert_int_gt(rc, 0);
    int members = 0, consolidated = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (strcmp(f->concept, "us-gaap:Revenues"))
            continue;
        if (c->ndims) {
            ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis");
            ck_assert(strstr(c->dims[0].member, "IndustrialMember") ||
                      strstr(c->dims[0].member, "ConsumerMember"));
            members++;
        } else {
            consolidated++;
        }
    }
    ck_assert_int_eq(members, 4);
    ck_assert_int_eq(consolidated, 2);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2004-03-31"), "11293000");
    xc_model_free(m);
}
END_TEST

/* Segments as headings over the same measures: each heading names its
 * rows' member; the group that agrees with the statements is the
 * consolidated whole. */
static const char HEADED_SEGMENTS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Operating revenues                 $  2,721      $  2,520\n"
    "Net income                              204           125\n"
    "\n"
    "                          FINANCIAL OVERVIEW\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Consolidated -\n"
    "Operating revenues                 $  2,721      $  2,520\n"
    "Net income                              204           125\n"
    "\n"
    "North Power -\n"
    "Operating revenues                 $    971      $    904\n"
    "Net income                               66            58\n"
    "\n"
    "South Power -\n"
    "Operating revenues                 $  1,238      $  1,111\n"
    "Net income                               71            74\n";

START_TEST(test_heading_segments)
{
    int rc;
    xc_model *m = convert(HEADED_SEGMENTS, &rc);
    ck_assert_int_gt(rc, 0);
    int north = 0, south = 0, plain = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!f->numeric)
            continue;
        ck_assert_msg(!strncmp(f->concept, "us-gaap:", 8), "%s", f->concept);
        if (!c->ndims) {
            plain++;
            continue;
        }
        int n = strstr(c->dims[0].member, "NorthPowerMember") != NULL;
        int so = strstr(c->dims[0].member, "SouthPowerMember") != NULL;
        ck_assert_msg(n || so, "%s", c->dims[0].member); /* "Consolidated -" is no member */
        north += n;
        south += so;
    }
    ck_assert_int_eq(north, 4);
    ck_assert_int_eq(south, 4);
    ck_assert_int_eq(plain, 4);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2004-03-31"), "2721000000");
    xc_model_free(m);
}
END_TEST

/* Two rows of a table that read as one concept: the exact reading keeps
 * it, the loose one above becomes an extension; an allowance "for
 * uncollectible accounts" is money, not a count of accounts. */
static const char DUPLICATE_READINGS[] =
    "                       CONSOLIDATED BALANCE SHEET\n"
    "                              (millions)\n"
    "                                            July 3,   June 28,\n"
    "                                             2004       2003\n"
    "    Current assets\n"
    "      Cash and cash equivalents          $ 3,559    $ 2,921\n"
    "      Domestic credit card receivables         -     29,465\n"
    "      Canada credit card receivables       1,813      1,849\n"
    "        Less allowance for\n"
    "         uncollectible accounts               31      1,953\n"
    "        Net credit card receivables        1,782     29,361\n"
    "      Deferred income taxes                  588        839\n"
    "        Total current assets               5,929     33,121\n"
    "    Deferred income taxes                    245        627\n"
    "        Total assets                       6,174     33,748\n";

START_TEST(test_duplicate_readings)
{
    int rc;
    xc_model *m = convert(DUPLICATE_READINGS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ReceivablesNetCurrent", NULL, "2003-06-28"), "29361000000");
    ck_assert_str_eq(value_of(m, "DeferredTaxAssetsNetCurrent", NULL, "2003-06-28"),
                     "839000000");
    ck_assert_str_eq(value_of(m, "DeferredIncomeTaxAssetsNet", NULL, "2003-06-28"), "627000000");
    ck_assert_str_eq(value_of(m, "DomesticCreditCardReceivables", NULL, "2003-06-28"),
                     "29465000000");
    const char *allow = value_of(m, "LessAllowanceForUncollectibleAccounts", NULL, "2003-06-28");
    if (!allow)
        allow = value_of(m, "AllowanceForDoubtfulAccountsReceivableCurrent", NULL, "2003-06-28");
    ck_assert_ptr_nonnull(allow);
    ck_assert_str_eq(allow, "1953000000");
    xc_model_free(m);
}
END_TEST

/* Counts take their own scale note, never the table's money scale. */
static const char COUNTS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Operating revenues                 $  2,721      $  2,520\n"
    "Net income                              204           125\n"
    "Subscribers (000)                     5,552         4,021\n"
    "Number of employees                   1,234         1,200\n";

START_TEST(test_count_scale)
{
    int rc;
    xc_model *m = convert(COUNTS, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char a[16], buf[32];
        if (strcmp(xc_date_format(m->contexts[f->context].end, a), "2004-03-31"))
            continue;
        const char *v = xc_decimal_format(f->value, buf);
        if (strstr(f->concept, "Subscribers")) {
            ck_assert_str_eq(v, "5552000");
            ck_assert_int_eq(f->decimals, -3);
            seen++;
        } else if (strstr(f->concept, "Employees")) {
            ck_assert_str_eq(v, "1234");
            seen++;
        }
    }
    ck_assert_int_eq(seen, 2);
    xc_model_free(m);
}
END_TEST

/* A table with no scale and no statement title of its own, close below
 * one in millions, is in millions too, whatever its rows read as. */
static const char INHERITED_SCALE[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Operating revenues                 $  2,721      $  2,520\n"
    "Net income                              204           125\n"
    "\n"
    "   * Detail for the 13 weeks ended March 31, 2004\n"
    "\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Operating revenues                 $  2,721      $  2,520\n"
    "Depreciation and amortization            50            45\n"
    "Net income                              204           125\n";

START_TEST(test_inherited_scale)
{
    int rc;
    xc_model *m = convert(INHERITED_SCALE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "DepreciationAndAmortization", NULL, "2004-03-31"), "50000000");
    xc_model_free(m);
}
END_TEST

/* Operating statistics below a statement in millions: counts take their
 * own notes only ("(000)"), and amounts per unit are not in millions:
 * "(cents)" and "($)" say their scale, and a rate per a counted thing
 * ("per available seat mile") without a note is as printed. */
static const char PER_UNIT[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2006          2005\n"
    "Operating revenues                 $  866.2      $  750.1\n"
    "Net income                             48.2         (12.7)\n"
    "\n"
    "                         OPERATING STATISTICS\n"
    "\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2006          2005\n"
    "Revenue passengers (000)              9,415         8,870\n"
    "Aircraft in service at end of period    142           140\n"
    "Fuel gallons consumed (millions)        142           138\n"
    "Yield (cents)                          8.23          7.71\n"
    "Average fuel cost per gallon ($)       1.89          1.60\n"
    "Revenue per available seat mile        0.07          0.06\n"
    "Average revenue per tractor per week  3,318         2,989\n"
    "Average tractors in service           2,031         1,968\n"
    "Revenue passengers carried        9,415,000     8,870,000\n"
    "Size of fleet at period-end             142           140\n"
    "Fuel cost per gallon (average)     $   1.89      $   1.60\n"
    "Average daily rate                 $ 155.20      $ 145.10\n"
    "Available rooms (thousands)           5,400         5,300\n"
    "Electric sales (millions of kWh)     12,500        12,100\n";

/* The value and unit measure of the fact whose concept's local name
 * contains part, for the period ending on end. */
static const char *fact_with(const xc_model *m, const char *part, const char *end,
                             const char **unit)
{
    static char buf[32];
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char a[16];
        if (!f->numeric || !strstr(f->concept, part) ||
            strcmp(xc_date_format(m->contexts[f->context].end, a), end))
            continue;
        *unit = m->units[f->unit].num;
        return xc_decimal_format(f->value, buf);
    }
    return NULL;
}

START_TEST(test_per_unit_rows)
{
    int rc;
    xc_model *m = convert(PER_UNIT, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][3] = {
        {"RevenuePassengers", "9415000", "xbrli:pure"},
        {"AircraftInService", "142", "xbrli:pure"},
        {"FuelGallonsConsumed", "142000000", "xbrli:pure"},
        {"Yield", "0.0823", "iso4217:USD"},
        {"AverageFuelCostPerGallon", "1.89", "iso4217:USD"},
        {"RevenuePerAvailableSeatMile", "0.07", "iso4217:USD"},
        {"AverageRevenuePerTractorPerWeek", "3318", "iso4217:USD"},
        {"AverageTractorsInService", "2031", "xbrli:pure"},
        /* a count's head noun before a word that follows it; a fleet's
         * size; a note after a unit ("per gallon (average)") */
        {"RevenuePassengersCarried", "9415000", "xbrli:pure"},
        {"SizeOfFleet", "142", "xbrli:pure"},
        {"FuelCostPerGallonAverage", "1.89", "iso4217:USD"},
        /* money per unit by its name; rooms; a unit after "millions of" */
        {"AverageDailyRate", "155.2", "iso4217:USD"},
        {"AvailableRooms", "5400000", "xbrli:pure"},
        {"ElectricSales", "12500000000", "xbrli:pure"},
    };
    for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
        const char *unit = NULL, *v = fact_with(m, want[k][0], "2006-03-31", &unit);
        ck_assert_msg(v != NULL, "no fact for %s", want[k][0]);
        ck_assert_str_eq(v, want[k][1]);
        ck_assert_str_eq(unit, want[k][2]);
    }
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2005-03-31"), "-12700000");
    xc_model_free(m);
}
END_TEST

/* Rows of a table about EPS are per-share amounts, whatever their label. */
static const char EPS_FACTORS[] =
    "                 Significant Factors Impacting EPS\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Consolidated earnings              $   0.24      $   0.22\n"
    "Retail business                        0.02          0.01\n";

START_TEST(test_per_share_title)
{
    int rc;
    xc_model *m = convert(EPS_FACTORS, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        const xc_unit *u = &m->units[f->unit];
        ck_assert_str_eq(u->num, "iso4217:USD");
        ck_assert_ptr_nonnull(u->den);
        ck_assert_str_eq(u->den, "xbrli:shares");
        seen++;
    }
    ck_assert_int_eq(seen, 4);
    xc_model_free(m);
}
END_TEST

/* Rows under a heading that says by category, in a table that does not,
 * are members under the concept of their total, on the product axis;
 * "Services" is the standard member of that axis; "iPhone" starts its own
 * line (a capital inside: a name, not a wrapped label). */
static const char HEADING_BY[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Net sales                          $  2,721      $  2,520\n"
    "Net income                              204           125\n"
    "\n"
    "Net sales by category:\n"
    "iPhone                             $  2,000      $  1,900\n"
    "Services                                721           620\n"
    "Total net sales                    $  2,721      $  2,520\n";

START_TEST(test_heading_by_segment)
{
    int rc;
    xc_model *m = convert(HEADING_BY, &rc);
    ck_assert_int_gt(rc, 0);
    int members = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!c->ndims)
            continue;
        ck_assert_str_eq(f->concept, "us-gaap:Revenues");
        ck_assert_str_eq(c->dims[0].axis, "srt:ProductOrServiceAxis");
        ck_assert(strstr(c->dims[0].member, "IphoneMember") ||
                  !strcmp(c->dims[0].member, "us-gaap:ServiceMember"));
        members++;
    }
    ck_assert_int_eq(members, 4);
    xc_model_free(m);
}
END_TEST

/* "Shares used in computing ... loss per share" counts shares (in
 * thousands here, like the money); "Net loss per share" is per share. */
static const char SHARES_USED[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                (in thousands, except per share data)\n"
    "                                      Three Months Ended\n"
    "                                         December 31,\n"
    "                                      1998          1997\n"
    "Net sales........................   $252,893      $ 66,040\n"
    "Net loss.........................   $(30,731)     $(10,538)\n"
    "Net loss per share.............     $  (0.19)     $  (0.07)\n"
    "Shares used in computation of\n"
    "  basic and diluted loss per share   158,102       143,820\n";

START_TEST(test_shares_before_per)
{
    int rc;
    xc_model *m = convert(SHARES_USED, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "1998-10-01",
                             "1998-12-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "158102000");
    v = value_of(m, "EarningsPerShareBasic", "1998-10-01", "1998-12-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "-0.19");
    xc_model_free(m);
}
END_TEST

/* Under "Stockholders' equity:" a row takes no liability concept:
 * "Deferred compensation" there is contra-equity; the grand total, which
 * sums the equity, still maps; two dots before a gap are a leader. */
static const char EQUITY_SIDE[] =
    "                      CONSOLIDATED BALANCE SHEETS\n"
    "                            (in thousands)\n"
    "                                              December 31,\n"
    "                                           1998          1997\n"
    "Cash and cash equivalents...............  $  8,000     $  5,000\n"
    "   Total assets.........................  $  8,000     $  5,000\n"
    "Current liabilities:\n"
    "  Accounts payable......................  $  2,000     $  1,000\n"
    "   Total current liabilities............     2,000         1,000\n"
    "Deferred compensation...................       500           400\n"
    "Stockholders' equity:\n"
    "  Common stock..........................     6,000         4,000\n"
    "  Deferred compensation.................      (300)         (200)\n"
    "  Accumulated deficit...................      (200)         (200)\n"
    "   Total stockholders' equity...........     5,500         3,600\n"
    "   Total liabilities and equity..        $  8,000     $  5,000\n";

START_TEST(test_equity_side)
{
    int rc;
    xc_model *m = convert(EQUITY_SIDE, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "DeferredCompensationEquity", NULL, "1998-12-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "300000");
    v = value_of(m, "DeferredCompensationLiabilityClassifiedNoncurrent", NULL, "1998-12-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "500000");
    v = value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "1998-12-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "8000000");
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].prov.row_label)
            ck_assert_ptr_null(strstr(m->facts[i].prov.row_label, ".."));
    xc_model_free(m);
}
END_TEST

/* "Net income" under "Basic:" (which replaced "Earnings per share:" at
 * its indent), printed to cents: the row is per share, so its words imply
 * "per share" and it reads as basic EPS, not as a second net income. */
static const char EPS_TOTAL_ROW[] =
    "                  CONSOLIDATED STATEMENTS OF INCOME\n"
    "             (In millions, except per share amounts)\n"
    "                                                  Three Months Ended\n"
    "                                                     March 31,\n"
    "                                                  2025        2024\n"
    "Net revenues                                    $ 1,250.0   $ 1,180.0\n"
    "Net income                                          110.0        95.0\n"
    "Earnings per share:\n"
    "Basic:\n"
    "  Continuing operations                         $    1.16   $    0.90\n"
    "  Discontinued operations                           (0.08)       0.04\n"
    "                                                ---------   ---------\n"
    "  Net income                                    $    1.08   $    0.94\n";

START_TEST(test_eps_total_row)
{
    int rc;
    xc_model *m = convert(EPS_TOTAL_ROW, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "2025-01-01", "2025-03-31"), "1.08");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-01-01", "2025-03-31"), "110000000");
    ck_assert_int_eq((int)m->nexts, 0);
    xc_model_free(m);
}
END_TEST

/* A row of percentages under a label that names an amount ("Gross margin
 * 61.2%") is a ratio of its own, never gross profit measured in pure. */
static const char PERCENT_ROW[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                 Three Months Ended\n"
    "                              Dec. 31,    Sept. 30,\n"
    "                                2024        2024\n"
    "Revenue                       $ 25,100    $ 24,300\n"
    "Gross margin                     61.2%       60.8%\n"
    "Net income                       3,100       2,900\n";

START_TEST(test_percent_row)
{
    int rc;
    xc_model *m = convert(PERCENT_ROW, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_ptr_null(value_of(m, "GrossProfit", "2024-10-01", "2024-12-31"));
    ck_assert_str_eq(value_of(m, "GrossMargin", "2024-10-01", "2024-12-31"), "0.612");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-10-01", "2024-12-31"), "3100000");
    xc_model_free(m);
}
END_TEST

/* Segments' rows under a total that no concept names ("Total segment
 * operating income") measure that total's extension concept, each with
 * its segment as member; the title ("SEGMENT INFORMATION") names none. */
static const char SEGMENT_EXT_MEASURE[] =
    "                     SEGMENT INFORMATION (Unaudited)\n"
    "                            (In millions)\n"
    "                                          Three Months Ended\n"
    "                                             June 30,\n"
    "                                          2025        2024\n"
    "Net sales:\n"
    "  Aerospace                             $  412.5    $  380.1\n"
    "  Industrial                               298.7       305.4\n"
    "                                        --------    --------\n"
    "    Total net sales                     $  711.2    $  685.5\n"
    "Segment operating income:\n"
    "  Aerospace                             $   78.4    $   69.2\n"
    "  Industrial                               41.3        44.8\n"
    "                                        --------    --------\n"
    "    Total segment operating income         119.7       114.0\n";

START_TEST(test_segment_ext_measure)
{
    int rc;
    xc_model *m = convert(SEGMENT_EXT_MEASURE, &rc);
    ck_assert_int_gt(rc, 0);
    int seg = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        ck_assert_ptr_null(c->ndims ? strstr(c->dims[0].member, "SegmentInformation") : NULL);
        if (!strstr(f->concept, ":SegmentOperatingIncome"))
            continue;
        char b[40];
        xc_decimal_format(f->value, b);
        if (!strcmp(b, "78400000")) {
            ck_assert_int_eq((int)c->ndims, 1);
            ck_assert_ptr_nonnull(strstr(c->dims[0].member, ":AerospaceMember"));
        }
        if (!strcmp(b, "119700000"))
            ck_assert_int_eq((int)c->ndims, 0);
        seg++;
    }
    ck_assert_int_eq(seg, 6);
    xc_model_free(m);
}
END_TEST

/* A par-value line wrapped over four lines, two of them starting with a
 * share count: a line ending in ";" goes on, so the row is common stock in
 * dollars, not an extension named after the share counts. */
static const char PAR_VALUE_WRAP[] =
    "                      CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "                                 (In thousands)\n"
    "                                          March 31,   December 31,\n"
    "                                            2025          2024\n"
    "Total assets                             $ 72,235      $ 69,865\n"
    "Total liabilities                          24,560        24,535\n"
    "Stockholders' equity:\n"
    "  Common stock, $0.001 par value;\n"
    "    100,000,000 shares authorized;\n"
    "    25,412,118 and 25,301,442 shares\n"
    "    issued and outstanding                     25            25\n"
    "  Additional paid-in capital               47,650        45,305\n"
    "    Total stockholders' equity             47,675        45,330\n"
    "Total liabilities and stockholders' equity $ 72,235    $ 69,865\n";

START_TEST(test_par_value_wrap)
{
    int rc;
    xc_model *m = convert(PAR_VALUE_WRAP, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "CommonStockValue", NULL, "2025-03-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "25000");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(strncmp(m->facts[i].concept, "ext:", 4) ||
                          !strstr(m->facts[i].concept, "Shares"),
                      "%s", m->facts[i].concept);
    /* and the share data it prints: whole shares, since $0.001 times them
     * is the line's 25 thousand */
    ck_assert_str_eq(value_of(m, "CommonStockSharesAuthorized", NULL, "2025-03-31"), "100000000");
    ck_assert_str_eq(value_of(m, "CommonStockSharesIssued", NULL, "2025-03-31"), "25412118");
    ck_assert_str_eq(value_of(m, "CommonStockSharesOutstanding", NULL, "2024-12-31"), "25301442");
    ck_assert_str_eq(value_of(m, "CommonStockParOrStatedValuePerShare", NULL, "2024-12-31"),
                     "0.001");
    xc_model_free(m);
}
END_TEST

/* "Total shareholders' equity" adds "Total Company shareholders' equity"
 * (the parent's) and "Noncontrolling interests": it is the wider measure,
 * equity including the noncontrolling portion, not a second reading of the
 * parent's equity. */
static const char EQUITY_WITH_NCI[] =
    "                           CONSOLIDATED BALANCE SHEETS\n"
    "                                 (In thousands)\n"
    "                                          December 31,   December 31,\n"
    "                                              2024           2023\n"
    "Total assets                               $ 69,500       $ 63,100\n"
    "Total liabilities                            34,100         31,530\n"
    "Shareholders' equity:\n"
    "  Common stock                                  100            100\n"
    "  Retained earnings                          34,900         31,170\n"
    "    Total Company shareholders' equity       35,000         31,270\n"
    "  Noncontrolling interests                      400            300\n"
    "    Total shareholders' equity               35,400         31,570\n"
    "Total liabilities and equity               $ 69,500       $ 63,100\n";

START_TEST(test_equity_with_nci)
{
    int rc;
    xc_model *m = convert(EQUITY_WITH_NCI, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "StockholdersEquity", NULL, "2024-12-31"), "35000000");
    ck_assert_str_eq(value_of(m, "MinorityInterest", NULL, "2024-12-31"), "400000");
    ck_assert_str_eq(value_of(m,
                              "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
                              NULL, "2024-12-31"),
                     "35400000");
    ck_assert_int_eq((int)m->nexts, 0);
    xc_model_free(m);
}
END_TEST

/* "Total other income, net" over "Other income (expense), net", which
 * carries the same concept, and a row with none is the wider measure of
 * the rows it adds up; a share count squeezed one blank after its long
 * label is still the first column's. */
static const char OTHER_INCOME_TOTAL[] =
    "             CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "              (in thousands, except share and per share data)\n"
    "\n"
    "                                       Three Months Ended\n"
    "                                          September 30,\n"
    "                                        2025          2024\n"
    "Loss from operations                 $ (50,080)    $ (40,630)\n"
    "Other income (expense):\n"
    "  Interest income                        4,810         6,220\n"
    "  Change in fair value of warrant\n"
    "    liability                             (640)          310\n"
    "  Other income (expense), net              (35)           12\n"
    "    Total other income, net              4,135         6,542\n"
    "Net loss                             $ (45,945)    $ (34,088)\n"
    "Weighted-average outstanding\n"
    "  common shares, basic and diluted 64,712,405    58,771,020\n";

START_TEST(test_other_income_total)
{
    int rc;
    xc_model *m = convert(OTHER_INCOME_TOTAL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *b = "2025-07-01", *e = "2025-09-30";
    ck_assert_str_eq(value_of(m, "NonoperatingIncomeExpense", b, e), "4135000");
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", b, e), "-35000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", b, e),
                     "64712405");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding",
                              "2024-07-01", "2024-09-30"),
                     "58771020");
    xc_model_free(m);
}
END_TEST

/* A trust's statement: "Net income" less the noncontrolling interests in
 * its operating partnership is net income including them (an item of a
 * sum never counts another twice); a reconciliation to funds from
 * operations that repeats a statement's figures in every cell repeats its
 * facts, while its adjustments and its measure are its own. */
static const char TRUST[] =
    "                  CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                  (In thousands, except per share data)\n"
    "\n"
    "                                                 Three Months Ended\n"
    "                                                    December 31,\n"
    "                                                  2025        2024\n"
    "Rental revenue                                 $ 84,512    $ 78,940\n"
    "Property operating                               14,220      13,605\n"
    "Depreciation and amortization                    31,775      29,904\n"
    "Impairment of real estate                            --       4,200\n"
    "  Total expenses                                 45,995      47,709\n"
    "Gain on sale of real estate, net                  5,630          --\n"
    "Net income                                       44,147      31,231\n"
    "Net income attributable to noncontrolling\n"
    "  interests in the Operating Partnership            (883)       (625)\n"
    "Net income attributable to common stockholders $ 43,264    $ 30,606\n"
    "\n"
    "      RECONCILIATION OF NET INCOME TO FUNDS FROM OPERATIONS (FFO)\n"
    "                             (In thousands)\n"
    "\n"
    "                                                 Three Months Ended\n"
    "                                                    December 31,\n"
    "                                                  2025        2024\n"
    "Net income attributable to common stockholders $ 43,264    $ 30,606\n"
    "Real estate depreciation and amortization        31,502      29,640\n"
    "Gain on sale of real estate, net                 (5,630)         --\n"
    "Funds from operations                          $ 69,136    $ 60,246\n";

START_TEST(test_trust_ffo)
{
    int rc;
    xc_model *m = convert(TRUST, &rc);
    ck_assert_int_gt(rc, 0);
    const char *b = "2025-10-01", *e = "2025-12-31";
    ck_assert_str_eq(value_of(m, "ProfitLoss", b, e), "44147000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest", b, e),
                     "883000");
    ck_assert_str_eq(value_of(m, "DirectCostsOfLeasedAndRentedPropertyOrEquipment", b, e),
                     "14220000");
    ck_assert_str_eq(value_of(m, "ImpairmentOfRealEstate", "2024-10-01", "2024-12-31"),
                     "4200000");
    ck_assert_str_eq(value_of(m, "GainsLossesOnSalesOfInvestmentRealEstate", b, e), "5630000");
    /* (the owners' share, with no preferred dividends deducted, is
     * NetIncomeLoss; the consolidated amount is not) */
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", b, e), "43264000");
    for (size_t i = 0; i < m->nfacts; i++) { /* no NonGaap copy of a statement's row */
        char buf[64];
        ck_assert_ptr_null(strstr(m->facts[i].concept, "NonGaapNetIncome"));
        if (!strcmp(m->facts[i].concept, "us-gaap:NetIncomeLoss"))
            ck_assert_str_ne(xc_decimal_format(m->facts[i].value, buf), "44147000");
    }
    xc_model_free(m);
}
END_TEST

/* "by brand" marks a segment table, "Brands" in a company's name does not
 * ("by" is no stop word): the statement's facts carry no member. */
static const char BRANDS_TITLE[] =
    "                         GRILLHOUSE BRANDS, INC.\n"
    "                   CONSOLIDATED STATEMENTS OF INCOME\n"
    "                            (in thousands)\n"
    "\n"
    "                                              Quarter Ended\n"
    "                                       September 28,   September 29,\n"
    "                                           2025            2024\n"
    "Total revenues                          $ 329,392       $ 310,390\n"
    "General and administrative                 21,340          20,115\n"
    "Net income                              $  21,158       $  16,583\n";

START_TEST(test_brands_title)
{
    int rc;
    xc_model *m = convert(BRANDS_TITLE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-06-30", "2025-09-28"), "329392000");
    for (size_t i = 0; i < m->ncontexts; i++)
        ck_assert_uint_eq(m->contexts[i].ndims, 0);
    xc_model_free(m);
}
END_TEST

/* An old-style statement with no rules between its subtotals: taxes and
 * minority interest printed in parentheses are deductions (stored
 * positive), proven by "Income before cumulative effect", a deprecated
 * total; under "Basic" and "Diluted" headings, rows printed to cents are
 * per-share amounts, never dollars in millions. */
static const char EPS_HEADINGS[] =
    "                      ACME CORP\n"
    "          CONSOLIDATED STATEMENTS OF INCOME\n"
    "      (millions, except earnings per common share)\n"
    "\n"
    "                                              Three Months Ended\n"
    "                                           July 3,      June 28,\n"
    "                                            2004          2003\n"
    "\n"
    "    Revenues                              $8,781       $10,196\n"
    "    Costs and expenses                     8,692         9,694\n"
    "\n"
    "    Income before income taxes, minority\n"
    "     interest and cumulative effect of\n"
    "     change in accounting principle           89           502\n"
    "\n"
    "    Income tax expense                       (32)         (186)\n"
    "\n"
    "    Minority interest                         (4)           (7)\n"
    "\n"
    "    Income before cumulative effect of\n"
    "     change in accounting principle           53           309\n"
    "\n"
    "    Cumulative effect of change in\n"
    "     accounting principle                   (839)            -\n"
    "\n"
    "    NET INCOME/ (LOSS)                    $ (786)       $  309\n"
    "\n"
    "    EARNINGS/ (LOSS) PER COMMON SHARE\n"
    "\n"
    "    Basic\n"
    "      Continuing operations               $ 0.30       $  1.04\n"
    "      Discontinued operations              (0.05)            -\n"
    "      Cumulative effect of change in\n"
    "       accounting principle               $(3.86)      $     -\n"
    "      Earnings/ (loss) per share          $(3.61)      $  1.04\n"
    "\n"
    "    Diluted\n"
    "      Continuing operations               $ 0.29       $  1.04\n"
    "      Discontinued operations              (0.05)            -\n"
    "      Cumulative effect of change in\n"
    "       accounting principle               $(3.86)      $     -\n"
    "      Earnings/ (loss) per share          $(3.62)      $  1.04\n";

START_TEST(test_per_share_headings)
{
    int rc;
    xc_model *m = convert(EPS_HEADINGS, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "IncomeTaxExpenseBenefit", NULL, "2004-07-03");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "32000000");
    v = value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest", NULL, "2004-07-03");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "4000000");
    v = value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare", NULL,
                 "2004-07-03");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "-0.05");
    v = value_of(m, "EarningsPerShareDiluted", NULL, "2004-07-03");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "-3.62");
    /* the cumulative effect per share: one per kind, per share, as printed */
    int per_share = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->prov.row_label || strncmp(f->prov.row_label, "Cumulative effect", 17))
            continue;
        char b[40];
        xc_decimal_format(f->value, b);
        if (!strncmp(f->concept, "us-gaap:", 8)) /* the amount, in millions */
            continue;
        ck_assert_ptr_nonnull(m->units[f->unit].den);
        ck_assert_str_eq(b, xc_decimal_is_zero(f->value) ? "0" : "-3.86");
        per_share++;
    }
    ck_assert_int_eq(per_share, 4);
    xc_model_free(m);
}
END_TEST

/* Rows that name a standard member ("Product", "Service") measure their
 * total's concept for that member of srt:ProductOrServiceAxis, as filers
 * tag them, instead of becoming extensions. */
/* Members of a standard axis by name: "Product" and "Service" under
 * "Cost of revenues:" measure its total, which adds them up past a mapped
 * row of the group ("Amortization of intangible assets"). */
static const char PRODUCT_SERVICE[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2004          2003\n"
    "Revenues:\n"
    "  Product                          $  2,000      $  1,900\n"
    "  Service                               721           620\n"
    "                                   --------      --------\n"
    "    Total revenues                    2,721         2,520\n"
    "Cost of revenues:\n"
    "  Product                               900           850\n"
    "  Service                               300           280\n"
    "  Amortization of intangible assets      50            40\n"
    "                                   --------      --------\n"
    "    Total cost of revenues            1,250         1,170\n"
    "                                   --------      --------\n"
    "Gross profit                          1,471         1,350\n";

/* Asserts that every fact with a dimension is on srt:ProductOrServiceAxis,
 * that the fact of each value in want ({value, member}) is that member's
 * and that no extension concept is left; returns the facts with a member. */
static int product_members(const xc_model *m, const char *const want[][2], size_t nwant)
{
    int members = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!c->ndims)
            continue;
        ck_assert_int_eq((int)c->ndims, 1);
        ck_assert_msg(!strcmp(c->dims[0].axis, "srt:ProductOrServiceAxis"), "%s on %s",
                      f->concept, c->dims[0].axis);
        char b[40];
        xc_decimal_format(f->value, b);
        for (size_t k = 0; k < nwant; k++)
            if (!strcmp(b, want[k][0]))
                ck_assert_str_eq(c->dims[0].member, want[k][1]);
        members++;
    }
    for (size_t i = 0; i < m->nexts; i++) /* no extension concept left */
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    return members;
}

START_TEST(test_product_service_members)
{
    int rc;
    xc_model *m = convert(PRODUCT_SERVICE, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][2] = {{"2000000", "us-gaap:ProductMember"},
                                          {"300000", "us-gaap:ServiceMember"}};
    ck_assert_int_eq(product_members(m, want, 2), 8);
    ck_assert_str_eq(xc_model_ns_uri(m, "srt"), "http://fasb.org/srt/2025");
    xc_model_free(m);
}
END_TEST

/* Operating data under a statement in thousands: "Homes closed" and
 * "Net new orders (homes)" count homes; what is counted "at end of period",
 * or under a heading that says so, is a balance at the column's end. */
static const char OPERATING_INSTANTS[] =
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "                   (Dollars in thousands)\n"
    "                                      Three Months Ended\n"
    "                                    June 30,      June 30,\n"
    "                                      2005          2004\n"
    "Revenues                           $812,455      $641,302\n"
    "Net income                           87,538        59,786\n"
    "\n"
    "                      SELECTED OPERATING DATA\n"
    "\n"
    "                                      Three Months Ended\n"
    "                                    June 30,      June 30,\n"
    "                                      2005          2004\n"
    "Homes closed                          2,604         2,210\n"
    "Net new orders (homes)                2,911         2,602\n"
    "Backlog at end of period:\n"
    "   Homes                              5,402         4,680\n"
    "   Value (in millions)             $1,803.5      $1,402.8\n"
    "Active communities at end of period     118           104\n"
    "Gross margin                           25.5%         24.0%\n";

START_TEST(test_operating_instants)
{
    int rc;
    xc_model *m = convert(OPERATING_INSTANTS, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][4] = {
        /* concept part, value, unit, period type (i instant, d duration) */
        {"HomesClosed", "2604", "xbrli:pure", "d"},
        {"NetNewOrders", "2911", "xbrli:pure", "d"},
        {"Homes", "5402", "xbrli:pure", "i"},
        {"Value", "1803500000", "iso4217:USD", "i"},
        {"ActiveCommunities", "118", "xbrli:pure", "i"},
        {"GrossMargin", "0.255", "xbrli:pure", "d"},
    };
    size_t nwant = sizeof(want) / sizeof(want[0]), seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[40];
        xc_decimal_format(f->value, b);
        for (size_t k = 0; k < nwant; k++)
            if (strstr(f->concept, want[k][0]) && !strcmp(b, want[k][1])) {
                ck_assert_str_eq(m->units[f->unit].num, want[k][2]);
                ck_assert_int_eq(c->type == XC_PERIOD_INSTANT, want[k][3][0] == 'i');
                seen++;
            }
    }
    ck_assert_int_eq((int)seen, (int)nwant);
    xc_model_free(m);
}
END_TEST

/* Columns that name a quarter and a year, of a company whose quarters
 * are thirteen weeks: the text says when the quarter ended, and a year
 * before that is 52 weeks before. */
static const char SAID_QUARTER_END[] =
    "                 CONSOLIDATED STATEMENTS OF EARNINGS\n"
    "                  (In thousands, except per share amounts)\n"
    "                           Third Quarter          Year-to-Date\n"
    "                          2005     2004          2005      2004\n"
    "Net sales               $98,715  $87,302       $281,220  $250,114\n"
    "Net earnings            $ 6,152  $ 4,586       $ 15,763  $ 11,126\n"
    "\n"
    "The third quarter of 2005 ended October 1, 2005.\n";

START_TEST(test_said_quarter_end)
{
    int rc;
    xc_model *m = convert(SAID_QUARTER_END, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-07-03", "2005-10-01"), "6152000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-07-04", "2004-10-02"), "4586000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-01-02", "2005-10-01"), "15763000");
    xc_model_free(m);
}
END_TEST

/* Period headings centred over the dates below them, to the right of the
 * numbers: each column goes to the heading whose share of the line holds
 * it, so the second "26 Weeks Ended" column is no second quarter. */
static const char SHIFTED_PERIODS[] =
    "             CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "            (in thousands, except per share data)\n"
    "\n"
    "                                    13 Weeks Ended            26 Weeks Ended\n"
    "                                 July 2,     June 26,      July 2,     June 26,\n"
    "                                   2005        2004          2005        2004\n"
    "Net revenues                   $45,210     $40,118      $88,904     $79,332\n"
    "Net income                       3,402       2,876        6,510       5,202\n";

START_TEST(test_shifted_periods)
{
    int rc;
    xc_model *m = convert(SHIFTED_PERIODS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-04-03", "2005-07-02"), "3402000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-01-02", "2005-07-02"), "6510000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2003-12-28", "2004-06-26"), "5202000");
    xc_model_free(m);
}
END_TEST

/* "- basic" and "- diluted" under "Shares used in per share calculation"
 * are items of a list, not the heading's wrapped words. */
static const char DASH_ITEMS[] =
    "             CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                 (in millions, except per share)\n"
    "                                            2006            2005\n"
    "Net income                                $    33.2       $    48.6\n"
    "Net income per share - basic              $    0.25       $    0.37\n"
    "Shares used in per share calculation\n"
    "  - basic                                     132.8           131.4\n"
    "  - diluted                                   136.1           134.9\n";

START_TEST(test_dash_items)
{
    int rc;
    xc_model *m = convert(DASH_ITEMS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", NULL,
                              "2006-12-31"),
                     "132800000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", NULL,
                              "2006-12-31"),
                     "136100000");
    xc_model_free(m);
}
END_TEST

/* A highlights table that qualifies a measure after a dash and lists its
 * reported amount below ("Net Income - Excluding One-Time Items" / "- As
 * Reported"), and "As Reported" under a per-share heading: each is the
 * GAAP measure. A table "In Millions of KWHs" counts energy, not money,
 * whatever its rows are called ("Total Sales"). */
static const char AS_REPORTED[] =
    "                              Financial Highlights\n"
    "               (In Millions of Dollars Except Earnings Per Share)\n"
    "                                                  3 Months Ended December\n"
    "                                                     2004       2003\n"
    "Total                                                 166        147\n"
    "Synthetic Fuels                                        14         15\n"
    "                                                   ------     ------\n"
    "Net Income - Excluding One-Time Items (See Notes)  $  180     $  162\n"
    "                                                   ======     ======\n"
    "  - As Reported                                    $  204     $  125\n"
    "\n"
    "Basic Earnings Per Share-(Notes)\n"
    "\n"
    "- - Excluding One-Time Items (See Notes)             $ 0.24     $ 0.22\n"
    "- - As Reported                                      $ 0.27     $ 0.17\n"
    "\n\n\n"
    "                               Kilowatt-Hour Sales\n"
    "                              (In Millions of KWHs)\n"
    "                                                  3 Months Ended December\n"
    "                                                     2004       2003\n"
    "Total Sales                                        45,217     47,147\n"
    "Total Retail Sales-                                37,056     35,474\n";

START_TEST(test_as_reported_items)
{
    int rc;
    xc_model *m = convert(AS_REPORTED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2004-12-31"), "204000000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", NULL, "2004-12-31"), "0.27");
    int kwh = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[40];
        xc_decimal_format(f->value, b);
        if (strcmp(b, "45217000000"))
            continue;
        ck_assert_ptr_null(strstr(f->concept, "us-gaap:"));
        ck_assert_str_eq(m->units[f->unit].num, "xbrli:pure");
        kwh++;
    }
    ck_assert_int_eq(kwh, 1);
    xc_model_free(m);
}
END_TEST

/* A balance sheet whose totals print only "Total": the first adds up the
 * assets, the last liabilities, minority interest and equity. */
static const char BARE_TOTALS[] =
    "                       CONSOLIDATED BALANCE SHEETS\n"
    "                             (In thousands)\n"
    "                                                  March 31,     December 31,\n"
    "                                                    2006            2005\n"
    "ASSETS\n"
    "Current Assets:\n"
    "  Cash and cash equivalents                     $     85,573    $    112,701\n"
    "  Accounts receivable, net                            33,216          33,942\n"
    "                                                ------------    ------------\n"
    "     Total current assets                            118,789         146,643\n"
    "Property and equipment, net                        3,386,262       3,460,526\n"
    "Notes receivable and other long-term assets          384,991         357,294\n"
    "                                                ------------    ------------\n"
    "Total                                           $  3,890,042    $  3,964,463\n"
    "                                                ============    ============\n"
    "LIABILITIES AND STOCKHOLDERS' EQUITY\n"
    "Long-term obligations                              3,307,768       3,151,276\n"
    "Other long-term liabilities                          300,000         300,000\n"
    "                                                ------------    ------------\n"
    "     Total liabilities                             3,607,768       3,451,276\n"
    "Minority interest in subsidiaries                      9,922           9,794\n"
    "STOCKHOLDERS' EQUITY\n"
    "Additional paid-in capital                           572,352         803,393\n"
    "Accumulated deficit                                 (300,000)       (300,000)\n"
    "                                                ------------    ------------\n"
    "     Total stockholders' equity                      272,352         503,393\n"
    "                                                ------------    ------------\n"
    "Total                                           $  3,890,042    $  3,964,463\n";

START_TEST(test_bare_totals)
{
    int rc;
    xc_model *m = convert(BARE_TOTALS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2006-03-31"), "3890042000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2005-12-31"),
                     "3964463000");
    ck_assert_str_eq(value_of(m, "LongTermDebtNoncurrent", NULL, "2006-03-31"), "3307768000");
    xc_model_free(m);
}
END_TEST

/* An unlabelled subtotal under "Other Income (Expense):" adds interest
 * expense and equity earnings too: no calculation parent holds them all,
 * and the heading names an item, so the subtotal is that item's parent. */
static const char OTHER_SUBTOTAL[] =
    "                  STATEMENTS OF OPERATIONS\n"
    "            (In Thousands, Except Per Share Data)\n"
    "                                   Three Months Ended\n"
    "                                       December 31,\n"
    "                                      2004     2003\n"
    "Revenues .......................... $22,387  $21,864\n"
    "Operating profit ..................   2,529    3,582\n"
    "Other Income (Expense):\n"
    " Investment income ................     576      381\n"
    " Interest expense .................  (2,687)  (2,844)\n"
    " Equity in earnings of affiliated\n"
    "   companies ......................     915      687\n"
    "                                   --------  -------\n"
    "                                     (1,196)  (1,776)\n"
    "                                   --------  -------\n"
    "Income Before Income Taxes ........   1,333    1,806\n";

START_TEST(test_other_subtotal)
{
    int rc;
    xc_model *m = convert(OTHER_SUBTOTAL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NonoperatingIncomeExpense", NULL, "2004-12-31"), "-1196000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromEquityMethodInvestments", NULL, "2003-12-31"),
                     "687000");
    xc_model_free(m);
}
END_TEST

/* Selected balance sheet data below a statement "in thousands": a table
 * with a title of its own but no scale is in the release's scale when its
 * amounts are printed as large; it shows no sides, so equity is equity;
 * "Basic and Diluted loss per share:" heads both kinds of per-share
 * amount; a net amount with a qualifier after it is not the gross one. */
static const char SELECTED_DATA[] =
    "                  Consolidated Statements of Operations\n"
    "            (In thousands except earnings per share data)\n"
    "                                            For the Quarter Ended\n"
    "                                        October 2,     September 30,\n"
    "                                           2004            2003\n"
    "Revenues                                 $35,583         $34,767\n"
    "Operating loss                              (912)         (1,940)\n"
    "Interest expense                             708             843\n"
    "Loss from continuing operations\n"
    "  before income tax benefit               (1,566)         (2,793)\n"
    "Income tax benefit                          (596)         (1,039)\n"
    "Net loss                                  (1,040)         (2,566)\n"
    "Preferred stock dividends                    180             116\n"
    "Net loss available to common\n"
    "  stockholders                           $(1,220)        $(2,682)\n"
    "Weighted average shares - Basic and\n"
    "  Diluted                                  6,642           6,389\n"
    "Basic and Diluted loss per share:\n"
    "  Loss from continuing operations         $(0.17)         $(0.29)\n"
    "  Loss per share                          $(0.18)         $(0.42)\n"
    "\n"
    "Selected Balance sheet data:\n"
    "                                          As of            As of\n"
    "                                        October 2,        July 3,\n"
    "                                           2004            2004\n"
    "Cash and cash equivalents                 $5,588          $2,716\n"
    "Property and equipment, net\n"
    "  (Including assets held for sale)        28,300          29,162\n"
    "Total debt                                23,573          25,336\n"
    "Stockholders' equity                     $33,877         $34,275\n";

START_TEST(test_selected_data)
{
    int rc;
    xc_model *m = convert(SELECTED_DATA, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "2004-10-02"),
                     "5588000");
    ck_assert_str_eq(value_of(m, "StockholdersEquity", NULL, "2004-07-03"), "34275000");
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentNet", NULL, "2004-10-02"), "28300000");
    ck_assert_ptr_null(value_of(m, "PropertyPlantAndEquipmentGross", NULL, "2004-10-02"));
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest",
                              NULL, "2004-10-02"),
                     "-1566000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsPerBasicShare", NULL,
                              "2003-09-30"),
                     "-0.29");
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsPerDilutedShare", NULL,
                              "2003-09-30"),
                     "-0.29");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2004-10-02"), "-0.18");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", NULL, "2004-10-02"), "-0.18");
    xc_model_free(m);
}
END_TEST

/* The same data printed in dollars (a thousand times the amounts above)
 * keeps no scale. */
START_TEST(test_selected_data_dollars)
{
    static const char text[] =
        "                  Consolidated Statements of Operations\n"
        "                            (In thousands)\n"
        "                                            For the Quarter Ended\n"
        "                                        October 2,     September 30,\n"
        "                                           2004            2003\n"
        "Revenues                                 $35,583         $34,767\n"
        "Net loss                                  (1,040)         (2,566)\n"
        "\n"
        "Selected Balance sheet data:\n"
        "                                          As of            As of\n"
        "                                        October 2,        July 3,\n"
        "                                           2004            2004\n"
        "Cash and cash equivalents             $5,588,112      $2,716,020\n"
        "Stockholders' equity                 $33,877,415     $34,275,001\n";
    int rc;
    xc_model *m = convert(text, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "2004-10-02"),
                     "5588112");
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2004-10-02"), "35583000");
    xc_model_free(m);
}
END_TEST

/* "Gross Margin" = "Product sales" - "Product cost": a difference, not a
 * sum of the product member, so its items are revenues and cost of goods
 * sold (and no product-member gross margin); an allowance's figures after
 * the label do not hide the net receivable. */
static const char DIFFERENCE[] =
    "                          STATEMENT OF OPERATIONS\n"
    "                   (In thousands, except per share data)\n"
    "                                    Three Months Ended\n"
    "                                       December 31,\n"
    "                                    2000        1999\n"
    "Product sales                     $  3,209    $    289\n"
    "Product cost                         2,992         715\n"
    "                                  --------    --------\n"
    "Gross Margin                           217        (426)\n"
    "Operating expenses:\n"
    "  Research and development           1,101         960\n"
    "Operating loss                        (884)     (1,386)\n"
    "\n"
    "                               BALANCE SHEET\n"
    "                               (In thousands)\n"
    "                                       December 31,  December 31,\n"
    "                                           2000          1999\n"
    "Cash                                     $ 2,852       $ 1,647\n"
    "Accounts receivable less allowance of $55\n"
    "  and $58, respectively                    1,375           282\n"
    "  Total current assets                     4,227         1,929\n";

START_TEST(test_difference_items)
{
    int rc;
    xc_model *m = convert(DIFFERENCE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2000-12-31"), "3209000");
    ck_assert_str_eq(value_of(m, "CostOfGoodsAndServicesSold", NULL, "1999-12-31"), "715000");
    ck_assert_str_eq(value_of(m, "GrossProfit", NULL, "1999-12-31"), "-426000");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert(!(strstr(m->facts[i].concept, "GrossProfit") &&
                    m->contexts[m->facts[i].context].ndims));
    ck_assert_str_eq(value_of(m, "AccountsReceivableNetCurrent", NULL, "2000-12-31"), "1375000");
    xc_model_free(m);
}
END_TEST

/* A reconciliation starts from the GAAP measure: "Net income (loss)", the
 * first item of the "Adjusted EBITDA" it adds up to (with no rule above),
 * keeps its concept while the add-backs are the table's own. An outlook's
 * "Low" and "High" columns are the ends of a range (srt:RangeAxis), and a
 * balance sheet's "License fee, net" is no member of the license revenues. */
static const char RECONCILED[] =
    "             RECONCILIATION OF NET INCOME TO ADJUSTED EBITDA\n"
    "                          (in thousands)\n"
    "                                 Three Months Ended\n"
    "                                    December 31,\n"
    "                                 2022          2021\n"
    "Net income (loss)              $ 12,065      $ (1,397)\n"
    "Income tax expense                  208         4,082\n"
    "Depreciation and amortization    11,412         6,289\n"
    "Adjusted EBITDA                $ 23,685      $  8,974\n"
    "\n"
    "                           FINANCIAL OUTLOOK\n"
    "                             (in thousands)\n"
    "                               Year Ending December 31, 2026\n"
    "                                  Low              High\n"
    "Revenue                       $ 100,000        $ 120,000\n"
    "Net income                       10,000           14,000\n"
    "\n"
    "                              BALANCE SHEET\n"
    "                              (In thousands)\n"
    "                                      March 31,\n"
    "                                        2009\n"
    "Cash                                  $ 100\n"
    "License fee, net                        675\n"
    "Total assets                          $ 775\n";

START_TEST(test_reconciliation_and_range)
{
    int rc;
    xc_model *m = convert(RECONCILED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2021-12-31"), "-1397000");
    ck_assert_str_eq(value_of(m, "NonGaapIncomeTaxExpenseBenefit", NULL, "2022-12-31"),
                     "208000");
    int ends = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[40];
        xc_decimal_format(f->value, b);
        ck_assert_msg(strcmp(f->concept, "ext:NonGaapNetIncomeLoss"), "net income as non-GAAP");
        if (!c->ndims)
            continue;
        ck_assert_int_eq((int)c->ndims, 1);
        ck_assert_str_eq(c->dims[0].axis, "srt:RangeAxis");
        ck_assert_str_eq(c->dims[0].member, !strcmp(b, "100000000") || !strcmp(b, "10000000")
                                                ? "srt:MinimumMember"
                                                : "srt:MaximumMember");
        ends++;
    }
    ck_assert_int_eq(ends, 4);
    xc_model_free(m);
}
END_TEST

/* Two totals that read as revenues: the one labelled as the concept's
 * standard label keeps it ("Total revenues"), the other ("Total net sales",
 * an alias) becomes an extension rather than taking the total's place. */
static const char TWO_TOTALS[] =
    "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                              (In millions)\n"
    "                                       Three Months Ended\n"
    "                                    August 1,      August 3,\n"
    "                                       2020           2019\n"
    "Total net sales                        $ 542          $ 769\n"
    "Credit income and other                   22             40\n"
    "                                       -----          -----\n"
    "Total revenues                           564            809\n"
    "Cost of goods sold                       417            470\n"
    "                                       -----          -----\n"
    "Gross margin                             147            339\n";

START_TEST(test_two_revenue_totals)
{
    int rc;
    xc_model *m = convert(TWO_TOTALS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2020-08-01"), "564000000");
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2019-08-03"), "809000000");
    xc_model_free(m);
}
END_TEST

/* A balance sheet's last total, named after the parts it adds ("Total
 * liabilities, redeemable noncontrolling interest and stockholders'
 * equity"), is the whole side that balances total assets. */
static const char MEZZANINE[] =
    "                     CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "                                (in thousands)\n"
    "                                        September 30,   December 31,\n"
    "                                            2025            2024\n"
    "Cash and cash equivalents                 $ 412,118       $ 388,902\n"
    "Goodwill                                    310,552         310,552\n"
    "                                          ---------       ---------\n"
    "Total assets                              $ 722,670       $ 699,454\n"
    "                                          =========       =========\n"
    "Accounts payable                          $  61,220       $  58,774\n"
    "Long-term debt                              380,112         387,455\n"
    "                                          ---------       ---------\n"
    "Total liabilities                           441,332         446,229\n"
    "Redeemable noncontrolling interest           25,600          24,100\n"
    "Stockholders' equity:\n"
    "  Additional paid-in capital                365,315         374,250\n"
    "  Accumulated deficit                      (109,577)       (145,125)\n"
    "                                          ---------       ---------\n"
    "  Total stockholders' equity                255,738         229,125\n"
    "                                          ---------       ---------\n"
    "Total liabilities, redeemable noncontrolling\n"
    "  interest and stockholders' equity       $ 722,670       $ 699,454\n";

START_TEST(test_whole_side_total)
{
    int rc;
    xc_model *m = convert(MEZZANINE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2025-09-30"),
                     "722670000");
    ck_assert_str_eq(value_of(m, "RedeemableNoncontrollingInterestEquityCarryingAmount", NULL,
                              "2024-12-31"),
                     "24100000");
    xc_model_free(m);
}
END_TEST

/* The same adjustment in two reconciliations with other values (stock
 * compensation in cost of revenues, and in all of net income) is two
 * measures: both kept, the second qualified, neither dropped. */
static const char TWO_RECONCILIATIONS[] =
    "   RECONCILIATION OF GAAP GROSS PROFIT TO NON-GAAP GROSS PROFIT\n"
    "                        (In thousands)\n"
    "                                        Three months ended\n"
    "                                          September 30,\n"
    "                                        2023          2022\n"
    "GAAP gross profit                     $28,068       $27,315\n"
    "Stock-based compensation expense        1,120           854\n"
    "Amortization of acquired technology       574           553\n"
    "Non-GAAP gross profit                 $29,762       $28,722\n"
    "\n"
    "   RECONCILIATION OF GAAP NET INCOME TO NON-GAAP NET INCOME\n"
    "                        (In thousands)\n"
    "                                        Three months ended\n"
    "                                          September 30,\n"
    "                                        2023          2022\n"
    "GAAP net income (loss)                $(4,972)      $ 1,385\n"
    "Stock-based compensation expense        5,999         5,136\n"
    "Expenses of arbitration                   226           556\n"
    "Tax impact of reconciling items         5,904          (373)\n"
    "Non-GAAP net income                   $ 7,157       $ 6,704\n";

START_TEST(test_two_reconciliations)
{
    int rc;
    xc_model *m = convert(TWO_RECONCILIATIONS, &rc);
    ck_assert_int_gt(rc, 0);
    int sbc = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        char b[40];
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        xc_decimal_format(f->value, b);
        sbc += !strcmp(b, "1120000") || !strcmp(b, "854000") || !strcmp(b, "5999000") ||
               !strcmp(b, "5136000");
    }
    ck_assert_int_eq(sbc, 4);
    xc_model_free(m);
}
END_TEST

/* An item that read its concept off the heading ("Operating" under "Costs
 * and expenses:" as operating costs and expenses) yields it to the
 * unlabelled total the heading names. */
static const char HEADING_ITEM[] =
    "                                   (IN THOUSANDS)\n"
    "                                        1998          1999\n"
    "Operating revenues..............  $12,625,769   $13,126,920\n"
    "Costs and expenses:\n"
    "  Operating (exclusive of\n"
    "    depreciation shown below)....   7,283,251     8,269,021\n"
    "  General and administrative.....   1,332,736     1,920,309\n"
    "  Depreciation and amortization..   1,498,712     1,614,165\n"
    "                                  -----------   -----------\n"
    "                                   10,114,699    11,803,495\n"
    "                                  -----------   -----------\n"
    "Income from operations...........   2,511,070     1,323,425\n";

START_TEST(test_heading_item)
{
    int rc;
    xc_model *m = convert(HEADING_ITEM, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CostsAndExpenses", NULL, "1999-12-31"), "11803495000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", NULL, "1999-12-31"), "1323425000");
    xc_model_free(m);
}
END_TEST

/* A heading in capitals does not wrap onto a label that is not, nor a
 * line onto one that repeats its words: "EXPENSES" / "Rental expenses"
 * is a heading and its row. A REIT's earnings per share name the measure
 * they divide ("Net income available for common shareholders"). */
static const char CAPS_HEADING[] =
    "          CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                    (in thousands)\n"
    "                                        2020          2019\n"
    "REVENUE\n"
    "Rental income                       $175,479      $229,731\n"
    "EXPENSES\n"
    "Rental expenses                       36,417        41,438\n"
    "Real estate taxes                     30,599        25,166\n"
    "OTHER INCOME (EXPENSE)\n"
    "Other interest income                    509           189\n"
    "EARNINGS PER COMMON SHARE, BASIC AND DILUTED:\n"
    "Net income available for common\n"
    "  shareholders                      $   0.11      $   1.05\n";

START_TEST(test_caps_heading)
{
    int rc;
    xc_model *m = convert(CAPS_HEADING, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_provenance *p = &m->facts[i].prov;
        if (!p->row_label)
            continue;
        ck_assert_msg(!strstr(p->row_label, "EXPENSE") && !strstr(p->row_label, "REVENUE"),
                      "%s", p->row_label);
        seen++;
    }
    ck_assert_int_eq(seen, 12);
    /* and a row under a per-share heading is earnings per share */
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2020-12-31"), "0.11");
    xc_model_free(m);
}
END_TEST

/* Lines of insurance: amounts with their currency sign are money though
 * "lines" counts things elsewhere, and a sum of premiums written holds no
 * balance-sheet liability ("Other liability" is a line of business). */
static const char LINES_OF_BUSINESS[] =
    "                NET PREMIUMS WRITTEN\n"
    "                  (In Thousands)\n"
    "                                    Three Months Ended March 31,\n"
    "                                        2011          2010\n"
    "Commercial lines:\n"
    "  Other liability (1)               $ 30,293      $ 29,148\n"
    "  Fire and allied lines (2)           25,948        25,582\n"
    "  Automobile                          24,381        24,440\n"
    "                                    --------      --------\n"
    "  Total commercial lines            $ 80,622      $ 79,170\n";

START_TEST(test_lines_of_business)
{
    int rc;
    xc_model *m = convert(LINES_OF_BUSINESS, &rc);
    ck_assert_int_gt(rc, 0);
    int n = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        n++;
        ck_assert_str_eq(m->units[f->unit].id, "USD");
        ck_assert_int_eq((int)m->contexts[f->context].type, (int)XC_PERIOD_DURATION);
        ck_assert_msg(!strstr(f->concept, "Liabilities"), "%s", f->concept);
    }
    ck_assert_int_eq(n, 8);
    xc_model_free(m);
}
END_TEST

/* A scale note and a column header on one line ("(In thousands)   Nine
 * Months Ended") begin another table: its rows are nine months of cash
 * flows, not more rows of the quarter's statement above. */
static const char SCALE_AND_PERIOD[] =
    "(In thousands except per share data)\n"
    "                                             Three Months Ended\n"
    "Condensed Consolidated\n"
    "Statements of Earnings                      9/30/99      9/30/98\n"
    "--------------------------------------------------------------\n"
    "Net sales                                 $273,240     $282,636\n"
    "Net earnings                              $ 18,056     $ 17,456\n"
    "\n"
    "\n"
    "(In thousands)                               Nine Months Ended\n"
    "Condensed Consolidated Statements\n"
    "of Cash Flows                               9/30/99      9/30/98\n"
    "--------------------------------------------------------------\n"
    "Operating Activities\n"
    "Net earnings                              $ 44,219     $ 40,774\n"
    "Provision for depreciation and amortization 37,221       36,623\n"
    "Net cash provided by operating activities   84,742       55,782\n";

START_TEST(test_scale_and_period_line)
{
    int rc;
    xc_model *m = convert(SCALE_AND_PERIOD, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1999-07-01", "1999-09-30"), "18056000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1999-01-01", "1999-09-30"), "44219000");
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "1999-01-01",
                              "1999-09-30"),
                     "84742000");
    xc_model_free(m);
}
END_TEST

/* A label that goes on below its values ("Depreciation &" 17,711 /
 * "Amortization") is one label; one that may end where it is ("Interest
 * income, net") leaves the line below to head what follows. */
static const char DANGLING[] =
    "             STATEMENTS OF INCOME\n"
    "                (in thousands)\n"
    "                                       2002          2001\n"
    "Sales                              $713,942      $650,100\n"
    "Cost of sales                       500,000       460,000\n"
    "Depreciation &                       17,711        16,100\n"
    "Amortization\n"
    "Interest income, net                  3,407         2,900\n"
    "Other items\n"
    "  Gain on sale of assets              1,200           800\n";

START_TEST(test_dangling_label)
{
    int rc;
    xc_model *m = convert(DANGLING, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "DepreciationAndAmortization", NULL, "2002-12-31"),
                     "17711000");
    ck_assert_str_eq(value_of(m, "InterestIncomeExpenseNonoperatingNet", NULL, "2002-12-31"), "3407000");
    xc_model_free(m);
}
END_TEST

/* A statement whose only earnings per share is basic counts basic shares:
 * its unqualified share count is no diluted count too; one that shows
 * diluted EPS alone counts diluted shares. */
static const char BASIC_ONLY[] =
    "                  STATEMENTS OF EARNINGS\n"
    "          (in thousands, except per share data)\n"
    "                                        Three Months Ended\n"
    "                                            August 31,\n"
    "                                        2005          2004\n"
    "Sales                                $118,346      $117,567\n"
    "Net earnings                         $  2,344      $    806\n"
    "Basic earnings per share             $    .28      $    .10\n"
    "Weighted average common shares\n"
    "  outstanding                         8,391,244     8,391,244\n"
    "\n"
    "                  SUMMARY BY QUARTER\n"
    "                                        Three Months Ended\n"
    "                                           November 30,\n"
    "                                        2005          2004\n"
    "Net earnings                         $  2,344      $    806\n"
    "EPS - diluted                        $    .27      $    .10\n"
    "Average shares outstanding            8,591,244     8,391,244\n";

START_TEST(test_basic_only_shares)
{
    int rc;
    xc_model *m = convert(BASIC_ONLY, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", NULL,
                              "2005-08-31"),
                     "8391244");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", NULL,
                              "2005-11-30"),
                     "8591244");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[16];
        const char *end = xc_date_format(m->contexts[f->context].end, b);
        if (!strcmp(f->concept, "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding"))
            ck_assert_str_ne(end, "2005-08-31");
        if (!strcmp(f->concept, "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"))
            ck_assert_str_ne(end, "2005-11-30");
    }
    xc_model_free(m);
}
END_TEST

/* Per-share rows of an old income statement printed flush left: "Per
 * share amounts:" groups "Net income" and the "Basic" under it, as it
 * grouped the heading before; and in a table scaled to millions whose money
 * prints whole, a row printed to cents that no concept reads is an amount
 * per share, never 70,000 dollars. */
static const char PER_SHARE_GROUP[] =
    "                 Consolidated Statements of Income\n"
    "                   ($ millions except per share)\n"
    "\n"
    "                                           Three Months Ended\n"
    "                                                March 31,\n"
    "                                            2003          2002\n"
    "Railway operating revenues              $  1,561      $  1,498\n"
    "Railway operating expenses                 1,330         1,261\n"
    "                                        --------      --------\n"
    "Income from continuing operations            231           237\n"
    "Cumulative effect of accounting changes      114             -\n"
    "                                        --------      --------\n"
    "Net income                              $    345      $    237\n"
    "                                        ========      ========\n"
    "Cash dividends                          $   0.07      $   0.07\n"
    "Per share amounts:\n"
    "Income from continuing operations\n"
    "Basic                                   $   0.59      $   0.61\n"
    "Diluted                                 $   0.59      $   0.61\n"
    "Net income\n"
    "Basic                                   $   0.89      $   0.61\n"
    "Diluted                                 $   0.88      $   0.61\n";

START_TEST(test_per_share_group)
{
    int rc;
    xc_model *m = convert(PER_SHARE_GROUP, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsPerBasicShare", NULL,
                              "2003-03-31"),
                     "0.59");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", NULL, "2003-03-31"), "0.89");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2003-03-31"), "0.88");
    int dividends = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!strstr(f->concept, "Dividend"))
            continue;
        char b[32];
        ck_assert_str_eq(xc_decimal_format(f->value, b), "0.07");
        ck_assert_ptr_nonnull(m->units[f->unit].den);
        dividends++;
    }
    ck_assert_int_eq(dividends, 2);
    xc_model_free(m);
}
END_TEST

/* A utility's statement printed flush left: a cost of sales split into a
 * list ("- Utility", "- Nonutility") is no single cost of revenue, and the
 * list's end closes its heading; "Maintenance" among operating expenses is
 * no product or service member; a per-share row of dashes is a per-share
 * nil, so the discontinued operations above keep their concept; and the
 * loss before taxes, before equity earnings come in, is that concept. */
static const char UTILITY[] =
    "SOUTH JERSEY INDUSTRIES CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)\n"
    "\n"
    "(In Thousands Except for Per Share Data)\n"
    "\n"
    "\n"
    "                                                               Three Months Ended\n"
    "                                                                    June 30,\n"
    "                                                               2017          2016\n"
    "Operating Revenues:\n"
    "Utility                                                     $    81,938   $    68,273\n"
    "Nonutility                                                      162,436        86,129\n"
    "Total Operating Revenues                                        244,374       154,402\n"
    "Operating Expenses:\n"
    "Cost of Sales - (Excluding depreciation)\n"
    "- Utility                                                        32,331        19,508\n"
    "- Nonutility                                                    147,354        78,832\n"
    "Operations                                                       38,474        36,250\n"
    "Maintenance                                                       4,672         4,259\n"
    "Depreciation                                                     24,556        22,296\n"
    "Energy and Other Taxes                                            1,551         1,243\n"
    "Total Operating Expenses                                        248,938       162,388\n"
    "Operating Loss                                                   (4,564)       (7,986)\n"
    "Other Income and Expense                                          2,317         4,361\n"
    "Interest Charges                                                (10,979)       (8,229)\n"
    "Losses Before Income Taxes                                      (13,226)      (11,854)\n"
    "Income Taxes                                                      5,544         7,189\n"
    "Equity in Earnings (Losses) of Affiliated Companies                  70          (133)\n"
    "Loss from Continuing Operations                                  (7,612)       (4,798)\n"
    "Loss from Discontinued Operations - (Net of tax benefit)            (47)          (29)\n"
    "Net Loss                                                    $    (7,659)  $    (4,827)\n"
    "Basic Earnings Per Common Share:\n"
    "Continuing Operations                                       $     (0.10)  $     (0.06)\n"
    "Discontinued Operations                                               -             -\n"
    "Basic Earnings Per Common Share                             $     (0.10)  $     (0.06)\n"
    "Average Shares of Common Stock Outstanding - Basic               79,549        75,298\n";

START_TEST(test_utility_lists)
{
    int rc;
    xc_model *m = convert(UTILITY, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTax", NULL,
                              "2017-06-30"),
                     "-47000");
    ck_assert_str_eq(value_of(m, "IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicShare",
                              NULL, "2017-06-30"),
                     "0");
    ck_assert_str_eq(value_of(m,
                              "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinority"
                              "InterestAndIncomeLossFromEquityMethodInvestments",
                              NULL, "2017-06-30"),
                     "-13226000");
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", NULL, "2017-06-30"), "-5544000");
    ck_assert_str_eq(value_of(m, "CostOfSalesUtility", NULL, "2017-06-30"), "32331000");
    ck_assert_ptr_null(value_of(m, "CostOfRevenue", NULL, "2017-06-30"));
    ck_assert_ptr_null(value_of(m, "CostOfSalesOperations", NULL, "2017-06-30"));
    /* (but "Utility" and "Nonutility" revenues are lines of business) */
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *cx = &m->contexts[m->facts[i].context];
        if (!cx->ndims)
            continue;
        ck_assert_str_eq(m->facts[i].concept, "us-gaap:Revenues");
        ck_assert(!strcmp(cx->dims[0].member, "ext:UtilityMember") ||
                  !strcmp(cx->dims[0].member, "ext:NonutilityMember"));
    }
    xc_model_free(m);
}
END_TEST

/* An insurer's statement: the scale stated in the stub of the years'
 * line; a heading too long for a label set tight between rows (not
 * narrative); "Operating expenses" beside a sibling that operating
 * expenses could hold stays operating expenses; rows that go on after a
 * paragraph, with no header, stay under their columns. */
static const char INSURER[] =
    "               Insurer Reports Third Quarter 2020 Results\n"
    "\n"
    "                                               Three Months Ended\n"
    "                                                  September 30,\n"
    "(Dollars in thousands, except per share data)    2020        2019\n"
    "Net investment income                         $ 93,718    $ 93,071\n"
    "Total revenues                                  93,718      93,071\n"
    "Benefits, losses and expenses\n"
    "Operating expenses                              50,000      50,000\n"
    "Intangible asset amortization expense            3,558       3,781\n"
    "Total benefits, losses and expenses             53,558      53,781\n"
    "Income before income taxes                      40,160      39,290\n"
    "Income tax expense                               3,686      13,836\n"
    "Net income                                    $ 36,474    $ 25,454\n"
    "Net income per share\n"
    "Basic                                         $   0.87    $   0.61\n"
    "Weighted average number of shares and equivalent shares (in thousands)\n"
    "Basic                                           41,916      41,785\n"
    "\n"
    "The investments below are those the company held at the end of each period, as\n"
    "reported in its quarterly filings.\n"
    "\n"
    "Investments sold                                 5,000       4,800\n";

START_TEST(test_insurer_statement)
{
    int rc;
    xc_model *m = convert(INSURER, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2020-07-01", "2020-09-30"), "36474000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", NULL,
                              "2019-09-30"),
                     "41785000");
    ck_assert_str_eq(value_of(m, "OperatingExpenses", NULL, "2020-09-30"), "50000000");
    ck_assert_ptr_null(value_of(m, "SellingGeneralAndAdministrativeExpense", NULL, "2020-09-30"));
    int sold = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char b[40], e[16];
        xc_decimal_format(f->value, b);
        if (strstr(f->concept, "InvestmentsSold")) {
            xc_date_format(m->contexts[f->context].end, e);
            ck_assert_str_eq(e, !strcmp(b, "5000000") ? "2020-09-30" : "2019-09-30");
            sold++;
        }
    }
    ck_assert_int_eq(sold, 2);
    xc_model_free(m);
}
END_TEST

/* Quarterly figures grouped by year: the columns print each quarter's
 * end without a year, "Quarter Ended" centred over all four; the rows sit
 * under year headings in the stub ("2004", then "2003"), and each group is
 * that year's quarters (before, every column was the title's last year). */
static const char QUARTERS_BY_YEAR[] =
    "Selected quarterly information for the years ended December 31, 2004 and 2003 is\n"
    "as follows (in thousands, except per share amounts):\n"
    "\n"
    "                                                       Quarter Ended\n"
    "                                    December 31   September 30    June 30     March 31\n"
    "2004\n"
    "Revenues from rental operations     $   196,521    $  194,331   $ 187,351   $ 187,448\n"
    "Weighted average common and dilutive\n"
    "  potential common shares               157,350      157,105     156,828     156,913\n"
    "2003\n"
    "Revenues from rental operations     $   183,355    $  178,029   $ 174,964   $ 176,683\n"
    "Weighted average common and dilutive\n"
    "  potential common shares               151,661      151,244     151,019     150,627\n";

START_TEST(test_quarters_by_year)
{
    int rc;
    xc_model *m = convert(QUARTERS_BY_YEAR, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2004-10-01",
                              "2004-12-31"),
                     "157350000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2003-07-01",
                              "2003-09-30"),
                     "151244000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2003-01-01",
                              "2003-03-31"),
                     "150627000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", NULL,
                              "2003-12-31"),
                     "151661000");
    ck_assert_ptr_null(value_of(m, "WeightedAverageNumberOfDilutedSharesOutstanding", "2003-01-01",
                                "2003-12-31"));
    ck_assert_str_eq(value_of(m, "OperatingLeaseLeaseIncome", "2004-07-01", "2004-09-30"),
                     "194331000");
    xc_model_free(m);
}
END_TEST

/* "Second Quarter" and "First Half" centred over their years: each shares
 * out its columns (before, "First Half" went to the left one alone and the
 * right one was read as the whole year 2004). */
static const char FIRST_HALF[] =
    "CONSOLIDATED STATEMENTS OF INCOME\n"
    "(In millions)\n"
    "\n"
    "                                               Second Quarter           First Half\n"
    "                                              2005        2004        2005        2004\n"
    "Net sales                                   $ 1,234.5   $ 1,100.2   $ 2,400.1   $ 2,150.0\n"
    "Net income                                  $   150.0   $   130.0   $   280.0   $   240.0\n";

START_TEST(test_first_half)
{
    int rc;
    xc_model *m = convert(FIRST_HALF, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-01-01", "2004-06-30"), "240000000");
    ck_assert_ptr_null(value_of(m, "NetIncomeLoss", "2004-01-01", "2004-12-31"));
    xc_model_free(m);
}
END_TEST

/* Selected data "as of and for" each year: after the year's income come
 * its balances, which name no income concept; "Total assets" is the
 * balance at the year's end (before, an extension over the year). */
static const char AS_OF_AND_FOR[] =
    "The following table summarizes financial data of the Company.\n"
    "\n"
    "                               As of and for the year ended September 30,\n"
    "                                      2016             2015\n"
    "Revenues                        $ 39,063,183     $ 70,882,093\n"
    "Costs and expenses\n"
    "Interest expense                   1,344,619        1,550,483\n"
    "Net income (loss)               $(12,065,140)    $  8,148,981\n"
    "Total assets                    $196,733,618     $239,007,034\n"
    "Long-term debt                  $ 40,335,000     $ 52,800,000\n";

START_TEST(test_selected_data_balances)
{
    int rc;
    xc_model *m = convert(AS_OF_AND_FOR, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2016-09-30"), "196733618");
    ck_assert_str_eq(value_of(m, "LongTermDebtNoncurrent", NULL, "2015-09-30"), "52800000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2014-10-01", "2015-09-30"), "8148981");
    xc_model_free(m);
}
END_TEST

/* A restaurant's revenues: "Sales" reads as revenues as much as "Total
 * revenues" does, but the total below it, larger in every column, adds it
 * up and keeps the concept; "Labor" and "Occupancy" among the restaurant
 * costs are their concepts. */
static const char RESTAURANT[] =
    "                    CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                   (In Thousands Except Per Share Amounts)\n"
    "                                                  2024          2023\n"
    "Revenues:\n"
    "  Sales                                       $ 222,112     $ 219,435\n"
    "  Franchise royalty revenue and fees            142,120       137,770\n"
    "    Total revenues                              364,232       357,205\n"
    "Costs and expenses:\n"
    "  Labor                                          94,400        93,010\n"
    "  Occupancy                                      33,420        32,332\n"
    "  General and administrative                    160,311       163,448\n"
    "    Total costs and expenses                    288,131       288,790\n"
    "Net income                                    $  76,101     $  68,415\n";

START_TEST(test_restaurant_revenues)
{
    int rc;
    xc_model *m = convert(RESTAURANT, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2024-12-31"), "364232000");
    ck_assert_str_eq(value_of(m, "LaborAndRelatedExpense", NULL, "2024-12-31"), "94400000");
    ck_assert_str_eq(value_of(m, "OccupancyNet", NULL, "2023-12-31"), "32332000");
    xc_model_free(m);
}
END_TEST

/* Stock-based compensation by the statement lines it sits in: each line is
 * the total's concept at its IncomeStatementLocationAxis member, not a
 * second cost of revenue; "Total costs and expenses" over "Cost of sales"
 * adds the statement's own lines and names no members. */
static const char SBC_LINES[] =
    "             CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                       (in thousands)\n"
    "                                            2024            2023\n"
    "Revenue                                 $196,660        $166,900\n"
    "Cost of sales                             52,384          47,935\n"
    "Research and development                  48,112          44,870\n"
    "  Total costs and expenses               100,496          92,805\n"
    "Net income                                96,164          74,095\n"
    "\n"
    "  (1) Includes stock-based compensation as follows:\n"
    "                                            2024            2023\n"
    "Cost of revenue                         $  4,210        $  3,890\n"
    "Research and development                   9,870           9,102\n"
    "  Total stock-based compensation expense $14,080        $ 12,992\n";

START_TEST(test_sbc_lines)
{
    int rc;
    xc_model *m = convert(SBC_LINES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CostOfRevenue", NULL, "2024-12-31"), "52384000");
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[40];
        xc_decimal_format(f->value, b);
        if (strcmp(b, "4210000") && strcmp(b, "9870000"))
            continue;
        ck_assert_str_eq(f->concept, "us-gaap:AllocatedShareBasedCompensationExpense");
        ck_assert_int_eq((int)c->ndims, 1);
        ck_assert_str_eq(c->dims[0].axis, "us-gaap:IncomeStatementLocationAxis");
        const char *want = b[0] == '4' ? "us-gaap:CostOfSalesMember"
                                       : "us-gaap:ResearchAndDevelopmentExpenseMember";
        ck_assert_str_eq(c->dims[0].member, want);
        seen++;
    }
    ck_assert_int_eq(seen, 2);
    for (size_t i = 0; i < m->nexts; i++)
        ck_assert_msg(0, "extension %s", m->exts[i].name);
    xc_model_free(m);
}
END_TEST

/* "Other" is the rest of an axis beside rows that name its members
 * ("Passenger", "Cargo", "Other"); among segments that name none
 * ("Domestic", "International", "Other") it names no product or service. */
static const char RESIDUAL_MEMBER[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2006          2005\n"
    "Operating revenues:\n"
    "  Passenger                        $  812.4      $  701.9\n"
    "  Cargo                               22.1          20.8\n"
    "  Other                               31.7          27.4\n"
    "    Total operating revenues          866.2         750.1\n"
    "\n"
    "                   CAPITAL EXPENDITURES\n"
    "                            (In millions)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2006          2005\n"
    "Domestic Services                  $   50.0      $   40.0\n"
    "International                          20.0          18.0\n"
    "Other                                   5.0           4.0\n"
    "  Total capital expenditures           75.0          62.0\n";

START_TEST(test_residual_member)
{
    int rc;
    xc_model *m = convert(RESIDUAL_MEMBER, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][2] = {
        {"812400000", "us-gaap:PassengerMember"},
        {"22100000", "us-gaap:CargoAndFreightMember"},
        {"31700000", "us-gaap:ProductAndServiceOtherMember"}};
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        char b[40];
        xc_decimal_format(f->value, b);
        if (!strcmp(b, "5000000") || !strcmp(b, "4000000"))
            ck_assert_msg(!c->ndims || strcmp(c->dims[0].member,
                                              "us-gaap:ProductAndServiceOtherMember"),
                          "a segments' Other named a product");
        for (size_t k = 0; k < 3; k++)
            if (!strcmp(b, want[k][0])) {
                ck_assert_int_eq((int)c->ndims, 1);
                ck_assert_str_eq(c->dims[0].member, want[k][1]);
                seen++;
            }
    }
    ck_assert_int_eq(seen, 3);
    xc_model_free(m);
}
END_TEST

/* A group that names a standard member ("Subscription") names the filer's
 * own members of that axis in its other rows ("Professional services"),
 * named without the total's words ("Cost of professional services" under
 * "Total cost of revenue"), so no row of the group is an extension. */
static const char OWN_MEMBERS[] =
    "            CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                         (In thousands)\n"
    "                                    Three Months Ended\n"
    "                                         July 31,\n"
    "                                    2025          2024\n"
    "Revenue:\n"
    "  Subscription                    $ 98,450      $ 84,210\n"
    "  Professional services              6,120         6,540\n"
    "    Total revenue                  104,570        90,750\n"
    "Cost of revenue:\n"
    "  Subscription                      19,690        17,680\n"
    "  Cost of professional services      6,850         7,010\n"
    "    Total cost of revenue           26,540        24,690\n"
    "Gross profit                        78,030        66,060\n";

START_TEST(test_own_members)
{
    int rc;
    xc_model *m = convert(OWN_MEMBERS, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][2] = {{"98450000", "us-gaap:SubscriptionAndCirculationMember"},
                                          {"19690000", "us-gaap:SubscriptionAndCirculationMember"},
                                          {"6120000", ":ProfessionalServicesMember"},
                                          {"6850000", ":ProfessionalServicesMember"}};
    int members = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!c->ndims)
            continue;
        ck_assert_str_eq(c->dims[0].axis, "srt:ProductOrServiceAxis");
        char b[40];
        xc_decimal_format(f->value, b);
        for (size_t k = 0; k < 4; k++)
            if (!strcmp(b, want[k][0]))
                ck_assert_ptr_nonnull(strstr(c->dims[0].member, want[k][1]));
        members++;
    }
    ck_assert_int_eq(members, 8);
    ck_assert_int_eq((int)m->nexts, 0);
    xc_model_free(m);
}
END_TEST

/* Headings that name a standard member over rows that repeat the
 * measures above ("Products:" / "Net sales", "Cost of sales"): the rows
 * are that member's, on its axis. A heading with filler words ("Shares
 * used in computing ...") names no period. */
static const char MEMBER_HEADINGS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "               (In millions, except per share amounts)\n"
    "                                      Three Months Ended\n"
    "                                    March 29,     March 30,\n"
    "                                      2025          2024\n"
    "Net sales                          $ 95,359      $ 90,753\n"
    "Cost of sales                        50,492        48,482\n"
    "Gross margin                         44,867        42,271\n"
    "Shares used in computing earnings per share:\n"
    "Basic                               14,994        15,405\n"
    "Products:\n"
    "Net sales                            68,714        66,886\n"
    "Cost of sales                        44,030        42,424\n"
    "Services:\n"
    "Net sales                            26,645        23,867\n"
    "Cost of sales                         6,462         6,058\n";

START_TEST(test_member_headings)
{
    int rc;
    xc_model *m = convert(MEMBER_HEADINGS, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][2] = {{"68714000000", "us-gaap:ProductMember"},
                                          {"6058000000", "us-gaap:ServiceMember"}};
    ck_assert_int_eq(product_members(m, want, 2), 8);
    /* thirteen weeks before March 29 (Apple's second quarter began December 29) */
    ck_assert_str_eq(value_of(m, "Revenues", "2024-12-29", "2025-03-29"), "95359000000");
    xc_model_free(m);
}
END_TEST

/* A bank's release (rows of two kinds only banks print) takes the
 * banking concepts; a company that prints one such row keeps the
 * others ("Net interest income" is then non-operating). */
static const char BANK[] =
    "                  CONSOLIDATED STATEMENTS OF INCOME\n"
    "              (In thousands, except per share data)\n"
    "                                      Three Months Ended\n"
    "                                        September 30,\n"
    "                                      2024          2023\n"
    "Interest income:\n"
    "  Loans, including fees            $ 45,210      $ 41,005\n"
    "  Securities                          8,025         7,742\n"
    "    Total interest income            53,235        48,747\n"
    "Interest expense:\n"
    "  Deposits                           18,420        14,110\n"
    "    Total interest expense           18,420        14,110\n"
    "Net interest income                  34,815        34,637\n"
    "Provision for credit losses           1,200           800\n"
    "Net interest income after provision\n"
    "  for credit losses                  33,615        33,837\n"
    "Total noninterest income              5,020         4,720\n"
    "Total noninterest expense            19,885        19,100\n"
    "Income before income taxes           18,750        19,457\n"
    "\n"
    "                    CONSOLIDATED BALANCE SHEETS\n"
    "                          (In thousands)\n"
    "                                   September 30,  December 31,\n"
    "                                       2024          2023\n"
    "Loans                             $ 3,120,500   $ 3,010,200\n"
    "Less: allowance for credit losses     (38,200)      (36,900)\n"
    "                                   ----------    ----------\n"
    "  Loans, net                        3,082,300     2,973,300\n"
    "Bank-owned life insurance              30,000        29,000\n"
    "Other real estate owned                 2,000         3,000\n"
    "LIABILITIES\n"
    "Securities sold under agreements\n"
    "  to repurchase                        90,000        80,000\n"
    "Subordinated debentures                30,000        30,000\n";

static const char NOT_BANK[] =
    "                  CONSOLIDATED STATEMENTS OF INCOME\n"
    "                          (In thousands)\n"
    "                                      Three Months Ended\n"
    "                                        September 30,\n"
    "                                      2024          2023\n"
    "Operating income                   $ 12,000      $ 11,000\n"
    "Net interest income                     210           190\n"
    "Income before income taxes           12,210        11,190\n";

START_TEST(test_bank_concepts)
{
    int rc;
    xc_model *m = convert(BANK, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][2] = {
        {"InterestAndFeeIncomeLoansAndLeases", "45210000"},
        {"InterestAndDividendIncomeSecurities", "8025000"},
        {"InterestAndDividendIncomeOperating", "53235000"},
        {"InterestExpenseDeposits", "18420000"},
        {"InterestIncomeExpenseNet", "34815000"},
        {"ProvisionForLoanLeaseAndOtherLosses", "1200000"},
        {"InterestIncomeExpenseAfterProvisionForLoanLoss", "33615000"},
        {"NoninterestIncome", "5020000"},
        {"NoninterestExpense", "19885000"},
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
        const char *v = value_of(m, want[i][0], "2024-07-01", "2024-09-30");
        ck_assert_msg(v && !strcmp(v, want[i][1]), "%s: %s", want[i][0], v ? v : "none");
    }
    /* "Loans, net" is spelt as the net concept's alias, not "Total loans" */
    static const char *const loans[][2] = {
        {"FinancingReceivableExcludingAccruedInterestBeforeAllowanceForCreditLoss", "3120500000"},
        {"FinancingReceivableAllowanceForCreditLosses", "38200000"},
        {"FinancingReceivableExcludingAccruedInterestAfterAllowanceForCreditLoss", "3082300000"},
        {"BankOwnedLifeInsurance", "30000000"},
        {"OtherRealEstateAndForeclosedAssets", "2000000"},
        {"SecuritiesSoldUnderAgreementsToRepurchase", "90000000"},
        {"SubordinatedDebt", "30000000"},
    };
    for (size_t i = 0; i < sizeof(loans) / sizeof(loans[0]); i++)
        ck_assert_str_eq(value_of(m, loans[i][0], NULL, "2024-09-30"), loans[i][1]);
    xc_model_free(m);
    m = convert(NOT_BANK, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "InterestIncomeExpenseNonoperatingNet", "2024-07-01", "2024-09-30");
    ck_assert_str_eq(v, "210000");
    ck_assert_ptr_null(value_of(m, "InterestIncomeExpenseNet", "2024-07-01", "2024-09-30"));
    xc_model_free(m);
}
END_TEST

/* A centred company name and title over the first value column, set
 * apart from the headers by a scale line and a blank, are the table's
 * title: "ACME, INC." is no "Inc." (increase) column header. */
static const char TITLE_OVER[] =
    "\n"
    "                            ACME, INC.\n"
    "                      SUPPLEMENTAL PRO FORMA INFORMATION\n"
    "                    (in thousands, except per share data)\n"
    "\n"
    "                                     Three Months Ended          Year Ended\n"
    "                                        December 31,             December 31,\n"
    "                                      1998        1997        1998        1997\n"
    "                                    --------    --------    --------    --------\n"
    "Net loss, as reported............   $(30,731)   $(10,538)  $(125,502)   $(29,907)\n"
    "Stock-based compensation.........        478         386       1,889       1,211\n"
    "                                    --------    --------    --------    --------\n"
    "Pro forma net loss...............   $(30,253)   $(10,152)  $(123,613)   $(28,696)\n";

START_TEST(test_title_over_columns)
{
    int rc;
    xc_model *m = convert(TITLE_OVER, &rc);
    ck_assert_int_gt(rc, 0);
    int q4 = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char a[16], b[16];
        q4 += m->facts[i].numeric && c->type == XC_PERIOD_DURATION &&
              !strcmp(xc_date_format(c->start, a), "1998-10-01") &&
              !strcmp(xc_date_format(c->end, b), "1998-12-31");
    }
    ck_assert_int_eq(q4, 3);
    /* an expense added back in a pro forma table stays as printed */
    const char *v = value_of(m, "NonGaapAllocatedShareBasedCompensationExpense", "1998-10-01",
                             "1998-12-31");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "478000");
    /* the GAAP measure it starts from is the GAAP concept, not its own */
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1998-10-01", "1998-12-31"), "-30731000");
    ck_assert_ptr_null(value_of(m, "NonGaapNetIncomeLoss", "1998-10-01", "1998-12-31"));
    ck_assert_ptr_nonnull(value_of(m, "NonGaapProFormaNetLoss", "1998-10-01", "1998-12-31"));
    xc_model_free(m);
}
END_TEST

/* Two header words per column over the rule that ends the header ("2004
 * Sales 2003 Sales") are each their own column's, not every column's. */
static const char PCT_OF_SALES[] =
    "                    CONSOLIDATED STATEMENTS OF EARNINGS\n"
    "                      (Dollars in thousands)\n"
    "\n"
    "                                          13 Weeks Ended\n"
    "                           ----------------------------------------------\n"
    "                               May 1,      % of       May 3,      % of\n"
    "                                2004       Sales       2003       Sales\n"
    "                           ----------------------------------------------\n"
    "Net sales                   $ 412,380     100.0%   $ 389,115     100.0%\n"
    "Net earnings                $  11,264       2.7%   $   7,337       1.9%\n";

START_TEST(test_percent_of_sales_columns)
{
    int rc;
    xc_model *m = convert(PCT_OF_SALES, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "Revenues", "2004-02-01", "2004-05-01");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "412380000");
    v = value_of(m, "NetIncomeLoss", "2003-02-02", "2003-05-03");
    ck_assert_ptr_nonnull(v);
    ck_assert_str_eq(v, "7337000");
    xc_model_free(m);
}
END_TEST

/* A centred title right above the headers is no column header; "Stores
 * open at end of period" counts stores (a pure number, not dollars in
 * thousands). */
static const char OPERATING_DATA[] =
    "                          CONSOLIDATED BALANCE SHEETS\n"
    "                                (In thousands)\n"
    "                                        May 1,        May 3,\n"
    "                                         2004          2003\n"
    "Cash and cash equivalents            $  35,112     $  22,305\n"
    "Total assets                         $ 574,744     $ 535,550\n"
    "\n"
    "                           SELECTED OPERATING DATA\n"
    "                                          13 Weeks Ended\n"
    "                                       May 1,         May 3,\n"
    "                                        2004           2003\n"
    "Comparable store sales increase          4.2%           1.1%\n"
    "Stores open at end of period              512            488\n";

START_TEST(test_operating_data_title)
{
    int rc;
    xc_model *m = convert(OPERATING_DATA, &rc);
    ck_assert_int_gt(rc, 0);
    int stores = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue;
        ck_assert_int_eq(m->contexts[f->context].ndims, 0);
        if (strstr(f->concept, "Stores")) {
            char v[32];
            xc_decimal_format(f->value, v);
            ck_assert(!strcmp(v, "512") || !strcmp(v, "488"));
            ck_assert_str_eq(m->units[f->unit].num, "xbrli:pure");
            stores++;
        }
    }
    ck_assert_int_eq(stores, 2);
    xc_model_free(m);
}
END_TEST

/* The first segment under a second measure's heading, after the double
 * rule that closes the first measure's total, is a segment row too, not
 * a total of the rows above. */
static const char SEGMENT_GROUPS[] =
    "                            SEGMENT INFORMATION\n"
    "                           (Dollars in millions)\n"
    "                                        Three Months Ended\n"
    "                                             March 31,\n"
    "                                          2004       2003\n"
    "                                        -------    -------\n"
    "Net sales:\n"
    "  Industrial Products                   $ 120.5    $ 110.2\n"
    "  Consumer Products                        80.3       75.1\n"
    "                                        -------    -------\n"
    "    Total net sales                     $ 200.8    $ 185.3\n"
    "                                        =======    =======\n"
    "Operating income (loss):\n"
    "  Industrial Products                   $  20.1    $  18.0\n"
    "  Consumer Products                        10.2        9.5\n"
    "  Corporate expenses                       (5.0)      (4.8)\n"
    "                                        -------    -------\n"
    "    Total operating income              $  25.3    $  22.7\n"
    "                                        =======    =======\n";

START_TEST(test_segment_groups)
{
    int rc;
    xc_model *m = convert(SEGMENT_GROUPS, &rc);
    ck_assert_int_gt(rc, 0);
    int oi = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!f->numeric || !c->ndims)
            continue;
        ck_assert(!strcmp(f->concept, "us-gaap:Revenues") ||
                  !strcmp(f->concept, "us-gaap:OperatingIncomeLoss"));
        oi += !strcmp(f->concept, "us-gaap:OperatingIncomeLoss") &&
              strstr(c->dims[0].member, "IndustrialProducts") != NULL;
    }
    ck_assert_int_eq(oi, 2);
    xc_model_free(m);
}
END_TEST

/* Amounts printed on the expense side: "(income) expense" in a total's
 * label or in the heading over rows that name no side. */
static const char EXPENSE_SIDE[] =
    "              EXAMPLE CORP.\n"
    "   CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "  (In thousands, except per share amounts)\n"
    "\n"
    "                                            Three Months Ended\n"
    "                                         March 31,     March 31,\n"
    "                                           2025          2024\n"
    "Net sales                               $ 120,000     $ 110,000\n"
    "Cost of sales                              70,000        66,000\n"
    "Operating income                           50,000        44,000\n"
    "Nonoperating (income) expense:\n"
    "  Interest expense                          2,000         2,100\n"
    "  Interest income                           (300)         (250)\n"
    "  Other, net                                  150         (100)\n"
    "Total nonoperating (income) expense         1,850         1,750\n"
    "Income before income taxes                 48,150        42,250\n"
    "Income tax (benefit) expense                9,000         (500)\n"
    "Net income                              $  39,150     $  42,750\n";

START_TEST(test_expense_side)
{
    int rc;
    xc_model *m = convert(EXPENSE_SIDE, &rc);
    ck_assert_int_gt(rc, 0);
    const char *q = "2025-03-31", *p = "2024-03-31";
    ck_assert_str_eq(value_of(m, "InterestExpense", NULL, q), "2000000");
    ck_assert_str_eq(value_of(m, "InvestmentIncomeInterest", NULL, q), "300000");
    /* an expense of 150 is an income of -150; the total is a net expense */
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", NULL, p), "100000");
    ck_assert_str_eq(value_of(m, "NonoperatingIncomeExpense", NULL, q), "-1850000");
    /* the row after the total is no item of the heading */
    ck_assert_str_eq(value_of(m, "IncomeLossFromContinuingOperationsBeforeIncomeTaxes"
                                 "ExtraordinaryItemsNoncontrollingInterest", NULL, q),
                     "48150000");
    /* a tax expense stays positive, a benefit negative */
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", NULL, q), "9000000");
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", NULL, p), "-500000");
    xc_model_free(m);
}
END_TEST

/* Quarters of a 52/53-week year, with no balance sheet to tell the fiscal
 * year's end: thirteen weeks each, not calendar months. */
static const char WEEKLY[] =
    "              EXAMPLE CORP.\n"
    "   CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "            (In millions)\n"
    "\n"
    "                         Three Months Ended        Six Months Ended\n"
    "                        March 29,   March 30,    March 29,   March 30,\n"
    "                          2025        2024         2025        2024\n"
    "Net sales               $  1,000    $    900     $  2,100    $  1,900\n"
    "Net income              $    100    $     90     $    210    $    190\n";

START_TEST(test_weekly_quarters)
{
    int rc;
    xc_model *m = convert(WEEKLY, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-12-29", "2025-03-29"), "1000000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2024-09-29", "2025-03-29"), "2100000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-12-31", "2024-03-30"), "900000000");
    xc_model_free(m);
}
END_TEST

/* A long label squeezes its first amount against it: one blank is
 * enough where a column stands ("... liabilities 900"), while a dollar
 * amount in the label stays in the label, and so does a number one blank
 * from the value after it ("call (888) 566-0822"). */
static const char SQUEEZED[] =
    "              EXAMPLE CORP.\n"
    "         CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "               (In thousands)\n"
    "Questions: call (888) 566-0822.\n"
    "\n"
    "                                              September 30,   December 31,\n"
    "                                                       2025           2024\n"
    "Cash and cash equivalents                       $   343,000    $   300,000\n"
    "Accounts receivable, net of allowance of\n"
    " $2,100 and $1,900                                  140,300        122,100\n"
    "Total assets                                    $ 1,483,300    $   422,100\n"
    "Accounts payable                                $    83,300    $    72,100\n"
    "Deferred income taxes and other non-current liabilities 900            700\n"
    "Accumulated other comprehensive income (loss), net (12,000)          8,000\n"
    "Total stockholders' equity                        1,400,000        350,000\n"
    "Total liabilities and total stockholders' equity $1,483,300    $   422,100\n";

START_TEST(test_squeezed_dollar)
{
    int rc;
    xc_model *m = convert(SQUEEZED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2025-09-30"),
                     "1483300000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2024-12-31"),
                     "422100000");
    ck_assert_str_eq(value_of(m, "AccountsReceivableNetCurrent", NULL, "2025-09-30"),
                     "140300000");
    ck_assert_str_eq(value_of(m, "AccountsReceivableNetCurrent", NULL, "2024-12-31"),
                     "122100000");
    /* a deduction squeezes too ("(12,000)"), a note reference never */
    ck_assert_str_eq(
        value_of(m, "AccumulatedOtherComprehensiveIncomeLossNetOfTax", NULL, "2025-09-30"),
        "-12000000");
    ck_assert_str_eq(value_of(m, "OtherLiabilitiesNoncurrent", NULL, "2025-09-30"), "900000");
    ck_assert_int_eq(m->ntables, 1);
    xc_model_free(m);
}
END_TEST

/* A label that names the registrant names the parent: "Net income
 * attributable to Granite" is the parent's net income, and the net income
 * above it, before the noncontrolling interests, the consolidated one. */
static const char NAMED_PARENT[] =
    "CHICAGO, January 28, 2026 -- Granite Industries Corporation (NYSE: GRN) today reported\n"
    "fourth quarter results.\n"
    "\n"
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "                       (Dollars in millions)\n"
    "\n"
    "                                          Quarter Ended December 31,\n"
    "                                             2025           2024\n"
    "Income before income taxes                 $   232        $   141\n"
    "Income tax expense                              52             31\n"
    "Net income                                     180            110\n"
    "Less: Net income attributable to\n"
    "  noncontrolling interests                       4              3\n"
    "Net income attributable to Granite          $   176        $   107\n";

START_TEST(test_named_parent)
{
    int rc;
    xc_model *m = convert(NAMED_PARENT, &rc);
    ck_assert_int_gt(rc, 0);
    const char *b = "2025-10-01", *e = "2025-12-31";
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", b, e), "176000000");
    ck_assert_str_eq(value_of(m, "ProfitLoss", b, e), "180000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest", b, e),
                     "4000000");
    xc_model_free(m);
    /* a name whose first word is short, named in full ("Mu Holdings") */
    char doc[sizeof(NAMED_PARENT) + 16];
    snprintf(doc, sizeof(doc), "%s", NAMED_PARENT);
    for (char *g; (g = strstr(doc, "Granite")) != NULL;)
        memcpy(g, "Mu Hold", 7);
    m = convert(doc, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->entity_name, "Mu Hold Industries Corporation");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", b, e), "176000000");
    xc_model_free(m);
    /* named by its trading symbol ("attributable to GRN"), and its name
     * printed with the period set apart ("Granite Industries, Inc .") */
    char sym[sizeof(NAMED_PARENT) + 16];
    const char *cut = strstr(NAMED_PARENT, "Granite Industries Corporation");
    const char *tail = strstr(NAMED_PARENT, "attributable to Granite");
    snprintf(sym, sizeof(sym), "%.*sGranite Industries, Inc .%.*sattributable to GRN%s",
             (int)(cut - NAMED_PARENT), NAMED_PARENT,
             (int)(tail - (cut + strlen("Granite Industries Corporation"))),
             cut + strlen("Granite Industries Corporation"), tail + strlen("attributable to Granite"));
    m = convert(sym, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->entity_name, "Granite Industries, Inc.");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", b, e), "176000000");
    xc_model_free(m);
}
END_TEST

/* "Three Months Ended" and "March 31," printed over the left column alone:
 * the right column, which prints only its year, is the same quarter of
 * the year before, not a fiscal year. */
static const char LEFT_HEADER[] =
    "                      EXAMPLE CORP.\n"
    "        CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                    (In thousands)\n"
    "\n"
    "                                          Three Months Ended\n"
    "                                               March 31,\n"
    "                                              2025          2024\n"
    "                                           ---------     ---------\n"
    "Revenues                                       120,300       112,100\n"
    "Net income                                      16,600         8,300\n";

START_TEST(test_left_header)
{
    int rc;
    xc_model *m = convert(LEFT_HEADER, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-01-01", "2024-03-31"), "112100000");
    ck_assert_str_eq(value_of(m, "Revenues", "2025-01-01", "2025-03-31"), "120300000");
    xc_model_free(m);
}
END_TEST

/* "4Q24" and "FY24" of a fiscal year that ends early in the calendar
 * year: the release prints its year end as a date (the balance sheet,
 * "fiscal year ended February 1, 2025"), so fiscal 2024 is the year that
 * ends then, and fiscal 2023 ends on the prior year end it prints. */
static const char NAMED_AHEAD[] =
    "Delta Retail Corp. today announced results for the fourth quarter and fiscal\n"
    "year ended February 1, 2025.\n"
    "\n"
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "                            (In thousands)\n"
    "                              4Q24      4Q23       FY24       FY23\n"
    "Net sales                    $ 812     $ 790    $ 2,900    $ 2,850\n"
    "Net income                      75        70        225        220\n"
    "\n"
    "                 CONSOLIDATED BALANCE SHEETS\n"
    "                            (In thousands)\n"
    "                          February 1,   February 3,\n"
    "                              2025          2024\n"
    "Total assets                 $ 900        $ 800\n";

/* The same columns where fiscal years are named by the year they end in
 * ("Q4 FY25" ends January 31, 2025). */
static const char NAMED_BEHIND[] =
    "Orbit Stores today announced results for the fourth quarter of fiscal year\n"
    "2025 ended January 31, 2025.\n"
    "\n"
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "                            (In thousands)\n"
    "                           Q4 FY25   Q4 FY24       FY25       FY24\n"
    "Net sales                    $ 812     $ 790    $ 2,900    $ 2,850\n"
    "Net income                      75        70        225        220\n";

START_TEST(test_fiscal_year_naming)
{
    int rc;
    xc_model *m = convert(NAMED_AHEAD, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2025-02-01"), "812000");
    /* fiscal 2023 ended on Saturday, February 3, 2024: the Saturday nearest
     * January 31 (a 52/53-week year), not February 1 */
    ck_assert_str_eq(value_of(m, "Revenues", "2024-02-04", "2025-02-01"), "2900000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-01-29", "2024-02-03"), "2850000");
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2024-02-03"), "790000");
    ck_assert_int_eq(m->fiscal_year_focus, 2024);
    ck_assert_str_eq(m->fiscal_period_focus, "FY");
    xc_model_free(m);

    m = convert(NAMED_BEHIND, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-11-01", "2025-01-31"), "812000");
    ck_assert_str_eq(value_of(m, "Revenues", "2024-02-01", "2025-01-31"), "2900000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-11-01", "2024-01-31"), "790000");
    ck_assert_int_eq(m->fiscal_year_focus, 2025);
    xc_model_free(m);
}
END_TEST

/* 52/53-week years. Columns name years only; the text says fiscal 2024
 * ended on Saturday, December 28, 2024: fiscal 2023 ended on the Saturday
 * nearest December 31, 2023 (December 30), not on December 28. */
static const char WEEKLY_NEAREST[] =
    "FQCO Corporation today reported results for the fourth quarter and fiscal\n"
    "year ended December 28, 2024.\n"
    "\n"
    "               CONSOLIDATED STATEMENTS OF INCOME\n"
    "                   (Dollars in millions)\n"
    "                           Fourth Quarter        Full Year\n"
    "                           2024      2023      2024      2023\n"
    "Net sales                $ 812.4   $ 765.0  $3,101.7  $2,950.2\n"
    "Net income                 103.4      80.5     376.5     310.2\n";

/* A quarter ending June 26, 2004 and a year that ended September 27, 2003,
 * three days before the month's end: under "the Saturday nearest September
 * 30" fiscal 2004 would end October 2 and its third quarter July 3; under
 * "the last Saturday of September" it ends September 25, thirteen weeks
 * after June 26. The printed quarter end decides for the latter. */
static const char WEEKLY_LAST[] =
    "             CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                          (In millions)\n"
    "                      Three Months Ended         Nine Months Ended\n"
    "                    June 26,    June 28,      June 26,    June 28,\n"
    "                      2004        2003          2004        2003\n"
    "Net sales           $ 2,014     $ 1,545       $ 6,264     $ 4,568\n"
    "Net income              61          19           176          44\n"
    "\n"
    "             CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "                          (In millions)\n"
    "                           June 26, 2004   September 27, 2003\n"
    "Total assets                  $ 7,985          $ 6,815\n";

START_TEST(test_weekly_years)
{
    int rc;
    xc_model *m = convert(WEEKLY_NEAREST, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2023-12-31", "2024-12-28"), "3101700000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-01-01", "2023-12-30"), "2950200000");
    ck_assert_str_eq(value_of(m, "Revenues", "2024-09-29", "2024-12-28"), "812400000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-10-01", "2023-12-30"), "765000000");
    xc_model_free(m);

    m = convert(WEEKLY_LAST, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-03-28", "2004-06-26"), "2014000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2003-09-28", "2004-06-26"), "6264000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2003-03-30", "2003-06-28"), "1545000000");
    xc_model_free(m);
}
END_TEST

/* A full submission whose tables name quarters without dates: the EDGAR
 * header's "FISCAL YEAR END: 0928" places them. The narrative's dateline
 * above the table is not its period. */
static const char HEADER_YEAR_END[] =
    "<SEC-HEADER>0000999999-24-000010.hdr.sgml : 20240801\n"
    "ACCESSION NUMBER:\t\t0000999999-24-000010\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "FILER:\n"
    "\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tPEAR COMPUTING INC\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000999999\n"
    "\t\tFISCAL YEAR END:\t\t\t0928\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"
    "Pear Computing Reports Third Quarter Results\n"
    "\n"
    "CUPERTINO, August 1, 2024 -- Pear Computing Inc. today announced\n"
    "financial results for its fiscal third quarter.\n"
    "\n"
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In millions)\n"
    "                            Q3 2024    Q3 2023   YTD 2024   YTD 2023\n"
    "Net sales                   $ 85,777   $ 81,797  $ 296,105  $ 289,878\n"
    "Net income                    21,448     20,041     78,900     75,556\n"
    "</TEXT>\n</DOCUMENT>\n";

START_TEST(test_header_year_end)
{
    int rc;
    xc_model *m = convert(HEADER_YEAR_END, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-03-29", "2024-06-28"), "85777000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-09-29", "2024-06-28"), "296105000000");
    ck_assert_int_eq(m->fiscal_year_end_month, 9);
    ck_assert_int_eq(m->fiscal_year_end_day, 28);
    xc_model_free(m);
}
END_TEST

/* A cash-flow statement whose columns print only their dates states no
 * length; a quarter's reading contradicts the year's net income above,
 * the year's agrees. */
static const char GUESSED_LENGTH[] =
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "                            (In millions)\n"
    "                        Fourth Quarter           Full Year\n"
    "                        2024      2023         2024      2023\n"
    "Sales                 $ 1,050   $ 1,000      $ 4,100   $ 3,900\n"
    "Net earnings              120       110          450       400\n"
    "\n"
    "               CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "                            (In millions)\n"
    "                                       12/31/2024   12/31/2023\n"
    "Net earnings                              $ 450        $ 400\n"
    "Depreciation and amortization               100           90\n"
    "Net cash provided by operating activities   550          490\n";

START_TEST(test_guessed_length)
{
    int rc;
    xc_model *m = convert(GUESSED_LENGTH, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "2024-01-01",
                              "2024-12-31"), "550000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2023-10-01", "2023-12-31"), "110000000");
    for (size_t i = 0; i < m->ncontexts; i++)
        ck_assert_int_eq(m->contexts[i].ndims, 0);
    xc_model_free(m);
}
END_TEST

/* Member rows ("Product revenues") measure the total that adds them up;
 * "Gross profit" deducts "Cost of product revenues", so they are none of
 * its members: with no total of their own, they measure what their heading
 * names ("Cost of revenues:"). */
static const char DEDUCTED_MEMBERS[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                      Three Months Ended\n"
    "                                    March 31,     March 31,\n"
    "                                      2025          2024\n"
    "Revenues:\n"
    "  Product revenues                  $ 60,000      $ 55,000\n"
    "  Service revenues                    40,000        35,000\n"
    "    Total revenues                   100,000        90,000\n"
    "Cost of revenues:\n"
    "  Cost of product revenues            30,000        28,000\n"
    "  Cost of service revenues            15,000        14,000\n"
    "Gross profit                          55,000        48,000\n";

START_TEST(test_deducted_members)
{
    int rc;
    xc_model *m = convert(DEDUCTED_MEMBERS, &rc);
    ck_assert_int_gt(rc, 0);
    int revenues = 0, costs = 0, members = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (m->contexts[f->context].ndims) {
            members++;
            revenues += !strcmp(f->concept, "us-gaap:Revenues");
            costs += !strcmp(f->concept, "us-gaap:CostOfRevenue");
        }
    }
    ck_assert_int_eq(revenues, 4);
    ck_assert_int_eq(costs, 4);
    ck_assert_int_eq(members, 8);
    xc_model_free(m);
}
END_TEST

/* "Historical" and "Pro Forma" each centred over a pair of columns head
 * both of them: the pro forma amounts are the same periods in the pro
 * forma scenario, not a second reading of the actual ones. */
static const char PRO_FORMA[] =
    "                      CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                      (in thousands, except per share data)\n"
    "\n"
    "                                  Historical                  Pro Forma\n"
    "                              Three Months Ended          Three Months Ended\n"
    "                                  March 31,                   March 31,\n"
    "                              2005          2004          2005          2004\n"
    "Net sales                  $    48,498   $    53,092   $    50,829   $    56,494\n"
    "Net income                 $     1,181   $     1,481   $     1,690   $     1,765\n";

/* Segments in rows under historical and pro forma columns: a pro forma
 * column splits no business, so the rows are still segments, each fact
 * in both its segment and the pro forma scenario. */
static const char PRO_FORMA_SEGMENTS[] =
    "Operating income for the fourth quarter (in millions):\n"
    "\n"
    "                                  Historical     Pro Forma\n"
    "                                     1999          1998\n"
    "Cable Networks                 $       394   $       316\n"
    "Publishing                             260           234\n"
    "Intersegment elimination                 -           (18)\n"
    "Total operating income         $       654   $       532\n";

START_TEST(test_pro_forma_segments)
{
    int rc;
    xc_model *m = convert(PRO_FORMA_SEGMENTS, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char v[40];
        if (strcmp(xc_decimal_format(f->value, v), "316000000"))
            continue;
        const xc_context *c = &m->contexts[f->context];
        ck_assert_str_eq(f->concept, "us-gaap:OperatingIncomeLoss");
        ck_assert_uint_eq(c->ndims, 2);
        for (size_t k = 0; k < c->ndims; k++)
            ck_assert(!strcmp(c->dims[k].member, "ext:CableNetworksMember") ||
                      !strcmp(c->dims[k].member, "srt:ProFormaMember"));
        seen++;
    }
    ck_assert_int_eq(seen, 1);
    xc_model_free(m);
}
END_TEST

/* A form feed alone on its line turns the page as <PAGE> does: a label
 * that the page break splits goes on after it. */
static const char FORM_FEED[] =
    "                      CONSOLIDATED BALANCE SHEETS\n"
    "                            (In millions)\n"
    "                                              July 3,    January 3,\n"
    "                                               2004         2004\n"
    "Cash and cash equivalents                   $ 3,559      $ 9,057\n"
    "Prepaid expenses and other\n"
    "\f\n"
    "  current assets                              1,813        1,998\n"
    "Total current assets                          5,372       11,055\n";

START_TEST(test_form_feed)
{
    int rc;
    xc_model *m = convert(FORM_FEED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PrepaidExpenseAndOtherAssetsCurrent", NULL, "2004-07-03"),
                     "1813000000");
    ck_assert_str_eq(value_of(m, "AssetsCurrent", NULL, "2004-07-03"), "5372000000");
    xc_model_free(m);
}
END_TEST

/* A deduction or a percentage that fills its column touches the next
 * column's dollar sign: "(3,076)$" and "439%$" are two cells' text, not
 * part of the label. */
static const char FLUSH_DOLLAR[] =
    "                  STATEMENTS OF OPERATIONS\n"
    "           (in thousands, except per share data)\n"
    "                              Three Months Ended                     Nine Months Ended\n"
    "                                   September 30,           Change        September 30,\n"
    "                                 2025       2024        $        %     2025       2024\n"
    "Revenue                       163,514    151,782   11,732       8%  476,520    435,122\n"
    "Net income (loss)           $  10,442  $  (3,076)$ 13,518     439%$  17,328  $ (16,207)\n";

START_TEST(test_flush_dollar)
{
    int rc;
    xc_model *m = convert(FLUSH_DOLLAR, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-07-01", "2025-09-30"), "10442000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-07-01", "2024-09-30"), "-3076000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-01-01", "2025-09-30"), "17328000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-01-01", "2024-09-30"), "-16207000");
    xc_model_free(m);
}
END_TEST

/* One table reconciles operating income and then, under "Free cash
 * flow:", the operating cash flow: the cash-flow rows below their heading
 * do not make the whole table a cash flow, whose statement would hide the
 * GAAP measure the first part starts from; and they read as cash flows
 * (payments positive), as the heading says. */
static const char TWO_MEASURES[] =
    "            RECONCILIATION OF GAAP TO NON-GAAP FINANCIAL MEASURES\n"
    "                            (in thousands)\n"
    "                                            Three Months Ended\n"
    "                                               September 30,\n"
    "                                            2025          2024\n"
    "Reconciliation of operating income:\n"
    "GAAP income (loss) from operations        $  8,557      $ (6,509)\n"
    "  Stock-based compensation expense          16,211        17,480\n"
    "  Restructuring                                 --         4,215\n"
    "                                          --------      --------\n"
    "Non-GAAP income from operations           $ 24,768      $ 15,186\n"
    "\n"
    "Free cash flow:\n"
    "Net cash provided by operating activities $ 24,310      $ 15,118\n"
    "  Purchases of property and equipment       (1,204)       (1,660)\n"
    "  Capitalized internal-use software           (740)         (688)\n"
    "                                          --------      --------\n"
    "Free cash flow                            $ 22,366      $ 12,770\n";

START_TEST(test_two_measures)
{
    int rc;
    xc_model *m = convert(TWO_MEASURES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2024-07-01", "2024-09-30"), "-6509000");
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "2025-07-01",
                              "2025-09-30"),
                     "24310000");
    int payments = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        if (strstr(m->facts[i].concept, "PaymentsToAcquirePropertyPlantAndEquipment")) {
            ck_assert_int_gt(xc_decimal_sign(m->facts[i].value), 0);
            payments++;
        }
    ck_assert_int_eq(payments, 2);
    xc_model_free(m);
}
END_TEST

/* Em dashes where AS_REPORTED prints hyphens: a title's qualifier after
 * the dash is no part of the segment it names, and "\u2014 As Reported" is
 * an item of a list. */
#define EM "\xE2\x80\x94"
static const char EM_DASHES[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In millions)\n"
    "                                                     2004       2003\n"
    "Operating revenues                                  1,200      1,100\n"
    "Operating income                                      300        280\n"
    "Net Income " EM " Excluding One-Time Items               $  180     $  162\n"
    "  " EM " As Reported                                     $  204     $  125\n"
    "\n\n"
    "                     WIRELESS " EM " SELECTED FINANCIAL RESULTS\n"
    "                              (In millions)\n"
    "                                                     2004       2003\n"
    "Operating revenues                                    500        450\n"
    "Operating income                                      120        100\n";

START_TEST(test_em_dashes)
{
    int rc;
    xc_model *m = convert(EM_DASHES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2004-12-31"), "204000000");
    ck_assert_str_eq(member_of(m, "Revenues", "2004-12-31", "500000000"), "ext:WirelessMember");
    xc_model_free(m);
}
END_TEST
#undef EM

/* The number of facts whose concept names `part`, each asserted a count
 * (xbrli:pure). */
static int pure_facts(const xc_model *m, const char *part)
{
    int n = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        if (!strstr(m->facts[i].concept, part))
            continue;
        ck_assert_str_eq(m->units[m->facts[i].unit].num, "xbrli:pure");
        n++;
    }
    return n;
}

/* A table's own heading above its column header that counts things
 * ("Domestic Retail Stores:"): its rows count stores, though no row's
 * words or total say so. */
static const char COUNTED_HEADING[] =
    "    SUPPLEMENTAL INFORMATION\n"
    "    ($ in millions)\n"
    "\n"
    "    Domestic Retail Stores:\n"
    "                               July 3,  June 28, January 3,\n"
    "                                2004     2003      2004\n"
    "      Full-line                   871      869       871\n"
    "      Specialty                 1,109    1,307     1,105\n";

START_TEST(test_counted_heading)
{
    int rc;
    xc_model *m = convert(COUNTED_HEADING, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_int_eq(pure_facts(m, "Specialty"), 3);
    xc_model_free(m);
}
END_TEST

/* A count's changes between its balances ("Opened", "Closed" between
 * "Stores at beginning of year" and "Stores at end of year") count stores
 * too, not dollars. */
static const char COUNTED_CHANGES[] =
    "    STORE COUNT\n"
    "                                      Fiscal 2025   Fiscal 2024\n"
    "    Stores at beginning of year           1,204         1,180\n"
    "    Opened                                   42            38\n"
    "    Closed                                  (11)          (14)\n"
    "    Stores at end of year                 1,235         1,204\n";

/* ...also where the balances name what they count before a comma
 * ("Restaurants, beginning of period"), under a table in thousands. */
static const char COUNTED_CLAUSE[] =
    "    RESTAURANT DATA (In thousands)\n"
    "                                      Fiscal 2025   Fiscal 2024\n"
    "    Restaurants, beginning of period         212           205\n"
    "    Openings                                   6            14\n"
    "    Closures                                  (1)           (7)\n"
    "    Restaurants, end of period               217           212\n";

/* A note's number one blank after an amount ("1,250 (3)") stands under
 * the next column's heading but is no amount of that column: the dash
 * there is. */
static const char NUMBER_MARK[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                        (Dollars in thousands)\n"
    "                                    Quarter Ended\n"
    "                                 Jan. 29,   Jan. 31,\n"
    "                                   2005       2004\n"
    "                                 --------   --------\n"
    "Net sales                        $412,330   $389,201\n"
    "Store closing costs                 1,250 (3)     --\n"
    "Operating income                   42,558     35,671\n"
    "\n"
    "(3) Relates to the closing of 12 stores in the fourth quarter.\n";

START_TEST(test_number_mark)
{
    int rc;
    xc_model *m = convert(NUMBER_MARK, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "StoreClosingCosts", "2003-11-01", "2004-01-31"), "0");
    ck_assert_str_eq(value_of(m, "StoreClosingCosts", "2004-10-31", "2005-01-29"), "1250000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2003-11-01", "2004-01-31"), "35671000");
    xc_model_free(m);
}
END_TEST

/* "Property, plant and equipment" above its depreciation is the gross
 * amount; the net amount below them, which read as the same concept, is
 * PropertyPlantAndEquipmentNet, no extension. */
static const char NET_PLANT[] =
    "                     CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "                               (In thousands)\n"
    "                                                 June 30,     December 31,\n"
    "                                                   2003           2002\n"
    "                                               -----------    ------------\n"
    "Total current assets                              184,034        167,598\n"
    "Property, plant and equipment                     402,118        395,220\n"
    "Less accumulated depreciation                    (201,450)      (190,118)\n"
    "                                               -----------    ------------\n"
    "  Net property, plant and equipment               200,668        205,102\n"
    "Goodwill                                           22,400         22,400\n"
    "                                               -----------    ------------\n"
    "    Total assets                               $  407,102     $  395,100\n";

START_TEST(test_net_plant)
{
    int rc;
    xc_model *m = convert(NET_PLANT, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentGross", NULL, "2003-06-30"),
                     "402118000");
    ck_assert_str_eq(value_of(m, "PropertyPlantAndEquipmentNet", NULL, "2003-06-30"),
                     "200668000");
    xc_model_free(m);
}
END_TEST

/* A book value is held at the quarter's end, not earned over it, though
 * its column is a quarter's; a write-down of one is a flow. */
static const char HELD_AT_END[] =
    "                         SELECTED FINANCIAL DATA\n"
    "                                               Three Months Ended\n"
    "                                            Sept. 30,      Sept. 30,\n"
    "                                              2025           2024\n"
    "Return on average equity                     11.40%          9.81%\n"
    "Book value per share                         $29.44         $27.10\n"
    "Write-down of book value of branches          $1.20          $0.40\n";

START_TEST(test_held_at_end)
{
    int rc;
    xc_model *m = convert(HELD_AT_END, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "BookValuePerShare", NULL, "2025-09-30"), "29.44");
    ck_assert_ptr_null(value_of(m, "BookValuePerShare", "2025-07-01", "2025-09-30"));
    ck_assert_ptr_nonnull(value_of(m, "WriteDownOfBookValueOfBranches", "2025-07-01",
                                   "2025-09-30"));
    xc_model_free(m);
}
END_TEST

/* A member that nothing else names beside it splits nothing: "Product
 * revenue, net" alone is revenues, "Cost of product revenue" cost of
 * revenue; two that say the same measure without their members' words are
 * its members, with no total or heading to name it. */
static const char LONE_MEMBER[] =
    "CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(In thousands)\n"
    "                                  Three Months Ended\n"
    "                                       March 31,\n"
    "                                  2025          2024\n"
    "Product revenue, net           $ 12,000      $ 10,500\n"
    "Cost of product revenue           3,100         2,900\n"
    "Research and development          8,000         7,100\n"
    "Net loss                        $ (1,200)     $ (2,100)\n";

static const char MEMBERS_BESIDE[] =
    "CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(In thousands)\n"
    "                                  Three Months Ended\n"
    "                                       March 31,\n"
    "                                  2025          2024\n"
    "Total revenues                 $ 57,510      $ 51,138\n"
    "Cost of product revenue          21,002        20,330\n"
    "Cost of service revenue           6,100         5,880\n"
    "Gross profit                     30,408        24,928\n";

START_TEST(test_lone_member)
{
    int rc;
    xc_model *m = convert(LONE_MEMBER, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2025-01-01", "2025-03-31"), "12000000");
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2025-01-01", "2025-03-31"), "3100000");
    xc_model_free(m);
    m = convert(MEMBERS_BESIDE, &rc);
    ck_assert_int_gt(rc, 0);
    int members = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->contexts[m->facts[i].context].ndims) {
            ck_assert_str_eq(m->facts[i].concept, "us-gaap:CostOfRevenue");
            members++;
        }
    ck_assert_int_eq(members, 4);
    xc_model_free(m);
}
END_TEST

/* Per-share amounts under a pro forma heading in a GAAP statement are the
 * pro forma figures, not the GAAP earnings per share. */
static const char PRO_FORMA_HEADING[] =
    "Rexford Labs, Inc. (Nasdaq: RXFL) today announced results.\n"
    "\n"
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "            (In thousands, except per share amounts)\n"
    "\n"
    "                             Three Months Ended\n"
    "                                  May 31,\n"
    "                             1998        1997\n"
    "                           --------    --------\n"
    "Net sales                  $150,979     $75,018\n"
    "Net income                 $ 19,380     $ 9,712\n"
    "Pro forma net income       $ 19,380     $ 9,539\n"
    "Pro forma income per\n"
    "  common share:\n"
    "    Basic                  $   0.27     $  0.14\n"
    "    Diluted                $   0.26     $  0.13\n"
    "Net income per share:\n"
    "    Basic                  $   0.27     $  0.14\n";

START_TEST(test_pro_forma_heading)
{
    int rc;
    xc_model *m = convert(PRO_FORMA_HEADING, &rc);
    ck_assert_int_gt(rc, 0);
    int gaap = 0, pro = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        gaap += !strcmp(m->facts[i].concept, "us-gaap:EarningsPerShareDiluted");
        pro += strstr(m->facts[i].concept, "NonGaapEarningsPerShareDiluted") != NULL;
    }
    ck_assert_int_eq(gaap, 0);
    ck_assert_int_eq(pro, 2);
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "1997-03-01", "1997-05-31"), "0.14");
    xc_model_free(m);
}
END_TEST

/* A year alone on the line above the headers, in the stub, where the
 * headers name only lengths and places: every column's year. */
static const char YEAR_LINE[] =
    "Kimball Paper Corporation (NYSE: KPC) restated its quarters.\n"
    "\n"
    "(Millions of dollars, except per share amounts)\n"
    "\n"
    "2004\n"
    "                                        Nine Months\n"
    "                                      Ended Sept. 30   Third Quarter  Second Quarter\n"
    "                                      --------------   -------------  --------------\n"
    "Net Sales                               $7,470.3        $3,783.0        $3,687.3\n"
    "Net Income                                 895.6           441.3           454.3\n";

/* A partnership's units, "(in thousands, except per unit amounts)":
 * counts of units scaled as shares are, basic and diluted, and its
 * income per unit, whatever the count's noun is. */
static const char LP_UNITS[] =
    "Selected quarterly information (in thousands, except per unit amounts):\n"
    "\n"
    "                                                  Quarter Ended\n"
    "2008                                 December 31  September 30\n"
    "                                     -----------  ------------\n"
    "Net income available for common\n"
    "  unitholders                          $  22,976     $  13,933\n"
    "Basic income per Common Unit           $    0.15     $    0.09\n"
    "Diluted income per Common Unit         $    0.15     $    0.09\n"
    "Weighted average Common Units            154,914       154,604\n"
    "Weighted average Common Units and\n"
    "  potential dilutive securities          155,347       155,344\n";

START_TEST(test_lp_units)
{
    int rc;
    xc_model *m = convert(LP_UNITS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageLimitedPartnershipUnitsOutstanding",
                              "2008-10-01", "2008-12-31"),
                     "154914000");
    ck_assert_str_eq(value_of(m, "WeightedAverageLimitedPartnershipUnitsOutstandingDiluted",
                              "2008-10-01", "2008-12-31"),
                     "155347000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossPerOutstandingLimitedPartnershipUnitBasicNetOfTax",
                              "2008-07-01", "2008-09-30"),
                     "0.09");
    xc_model_free(m);
}
END_TEST

/* The header line that carries the years prints the period in the stub,
 * with its day ("Years Ended June 30  2001  2000"): the day is no value,
 * and the stub's period is every column's. */
static const char STUB_PERIOD[] =
    "FIVE-YEAR SUMMARY\n"
    "------------------------------------------------------------------\n"
    "(In Thousands Except Per-Share Amounts)\n"
    "------------------------------------------------------------------\n"
    "Years Ended June 30                    2001          2000          1999\n"
    "------------------------------------------------------------------\n"
    "Results of Operations\n"
    "Net sales                         $ 916,899     $ 917,549     $ 845,925\n"
    "Costs and expenses                  818,449       767,387       731,799\n"
    "------------------------------------------------------------------\n"
    "Operating profit                     98,450       150,162       114,126\n"
    "Financial Position and Other Data\n"
    "Total assets                     $1,129,475     $ 981,803     $ 954,094\n";

START_TEST(test_stub_period)
{
    int rc;
    xc_model *m = convert(STUB_PERIOD, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2000-07-01", "2001-06-30"), "916899000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "1998-07-01", "1999-06-30"),
                     "114126000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2000-06-30"), "981803000");
    xc_model_free(m);
    /* with its day: December 31 is no amount of a column */
    char *dec = xc_xstrdup(STUB_PERIOD);
    memcpy(strstr(dec, "June 30 "), "December 31", 11);
    m = convert(dec, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2001-01-01", "2001-12-31"), "916899000");
    xc_model_free(m);
    free(dec);
}
END_TEST

/* A title's date that an event took place on ("a stock split effective
 * April 24, 1998") ends no column's period: the years are calendar years. */
static const char EVENT_TITLE[] =
    "11-YEAR FINANCIAL REVIEW\n"
    "(Restated to reflect a 3-for-2 stock split effective April 24, 1998)\n"
    "==========================================================================\n"
    "                                                    1998       1997\n"
    "- ------------------------------------------------------------------------\n"
    "EARNINGS DATA ($000)\n"
    "Net Sales ...................................... $ 426,773  $ 394,264\n"
    "Operating Profit ...............................    51,663     44,424\n"
    "Net Earnings ...................................    32,079     26,918\n";

START_TEST(test_event_title)
{
    int rc;
    xc_model *m = convert(EVENT_TITLE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-12-31"), "426773000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1997-01-01", "1997-12-31"), "26918000");
    xc_model_free(m);
}
END_TEST

/* The amounts' scale stands before the exception, the shares' in it:
 * "(In thousands, except shares in millions and per share data)". */
static const char OWN_SHARE_SCALE[] =
    "                CONSOLIDATED STATEMENTS OF INCOME\n"
    "    (In thousands, except shares in millions and per share data)\n"
    "\n"
    "                                   Three Months Ended June 30,\n"
    "                                     2004      2003\n"
    "                                   --------  --------\n"
    "Net sales                          $ 52,114  $ 48,930\n"
    "Net income                         $  4,079  $  2,912\n"
    "Net income per share, basic        $    .41  $    .29\n"
    "Weighted average shares, basic          9.9      10.0\n";

START_TEST(test_own_share_scale)
{
    int rc;
    xc_model *m = convert(OWN_SHARE_SCALE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-04-01", "2004-06-30"), "4079000");
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "2004-04-01",
                              "2004-06-30"),
                     "9900000");
    xc_model_free(m);
}
END_TEST

/* A year in a label names no concept: "2004 restructuring charges" are
 * restructuring charges; beside "2003 restructuring charges", the second
 * is an extension named once by its label. */
static const char YEAR_IN_LABEL[] =
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "                          (in thousands)\n"
    "\n"
    "                                        Three Months Ended June 30,\n"
    "                                          2005            2004\n"
    "Revenue                                 $10,500          $9,800\n"
    "Cost of revenue                           6,100           5,900\n"
    "2004 restructuring charges                  200           1,100\n"
    "2003 restructuring charges                  100             400\n"
    "Operating income                          4,100           2,400\n";

START_TEST(test_year_in_label)
{
    int rc;
    xc_model *m = convert(YEAR_IN_LABEL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "RestructuringCharges", "2005-04-01", "2005-06-30"), "200000");
    ck_assert_str_eq(value_of(m, "N2003RestructuringCharges", "2004-04-01", "2004-06-30"),
                     "400000");
    xc_model_free(m);
}
END_TEST

/* An unlabelled sum under "Interest charges:" is interest expense, a
 * debit; the allowance for borrowed funds printed "(80,000)" among its
 * items is a credit that reduces it: 80,000, not -80,000. */
static const char CREDIT_AMONG_CHARGES[] =
    "                        STATEMENTS OF INCOME (UNAUDITED)\n"
    "\n"
    "                                                Three Months Ended June 30,\n"
    "                                                  1997             1996\n"
    "Income before interest charges                 10,880,008       11,186,303\n"
    "Interest charges:\n"
    "  Long-term debt                                4,100,000        4,200,000\n"
    "  Short-term debt                                 200,000          150,000\n"
    "  Allowance for borrowed funds used\n"
    "    during construction                           (80,000)         (70,000)\n"
    "  Other                                            60,000           50,000\n"
    "                                               ----------       ----------\n"
    "                                                4,280,000        4,330,000\n"
    "                                               ----------       ----------\n"
    "Net income                                      6,600,008        6,856,303\n";

START_TEST(test_credit_among_charges)
{
    int rc;
    xc_model *m = convert(CREDIT_AMONG_CHARGES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "InterestExpense", "1997-04-01", "1997-06-30"), "4280000");
    ck_assert_str_eq(value_of(m,
                              "PublicUtilitiesAllowanceForFundsUsedDuringConstruction"
                              "CapitalizedInterest",
                              "1997-04-01", "1997-06-30"),
                     "80000");
    xc_model_free(m);
}
END_TEST

/* "Current Year | Prior Year" under a title that dates the quarter: the
 * same quarter, a year apart (not two years ended March 31, 2005). */
static const char PRIOR_YEAR[] =
    "                    CONSOLIDATED STATEMENTS OF INCOME\n"
    "                  For the Quarter Ended March 31, 2005\n"
    "                 (In thousands, except per share amounts)\n"
    "\n"
    "                                    Current Year      Prior Year\n"
    "                                    ------------      ----------\n"
    "Net sales                             $ 52,114         $ 48,930\n"
    "Net income                            $  4,079         $  2,912\n";

START_TEST(test_prior_year)
{
    int rc;
    xc_model *m = convert(PRIOR_YEAR, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-01-01", "2005-03-31"), "52114000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-01-01", "2004-03-31"), "2912000");
    xc_model_free(m);
}
END_TEST

/* A title with two lengths over two groups of the same years: "Three and
 * Six Months Ended June 30," heads 2005, 2004 (the quarters) and 2005,
 * 2004 again (the half years); quarters under a title about years stay
 * quarters (the groups must repeat their ends). */
static const char TWO_LENGTHS[] =
    "                 CONSOLIDATED STATEMENTS OF INCOME\n"
    "            For the Three and Six Months Ended June 30,\n"
    "                          (in thousands)\n"
    "\n"
    "                              2005        2004        2005        2004\n"
    "Net sales                  $52,114     $48,930    $101,775     $90,224\n"
    "Net income                 $ 4,079     $ 2,912    $  7,285     $ 4,068\n";

static const char QUARTERS_OF_YEARS[] =
    "Selected quarterly information for the years ended December 31, 2008\n"
    "and 2007 is as follows (in thousands):\n"
    "\n"
    "                                                  Quarter Ended\n"
    "2008                                 December 31  September 30   June 30  March 31\n"
    "                                     -----------  ------------  --------  --------\n"
    "Net income                            $  22,976     $  13,933  $  18,983 $   4,309\n"
    "\n"
    "2007                                 December 31  September 30   June 30  March 31\n"
    "                                     -----------  ------------  --------  --------\n"
    "Net income                            $  61,990     $  57,061  $  39,725 $  73,473\n";

START_TEST(test_two_lengths)
{
    int rc;
    xc_model *m = convert(QUARTERS_OF_YEARS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2008-04-01", "2008-06-30"), "18983000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2007-01-01", "2007-03-31"), "73473000");
    xc_model_free(m);
    m = convert(TWO_LENGTHS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2005-04-01", "2005-06-30"), "52114000");
    ck_assert_str_eq(value_of(m, "Revenues", "2004-01-01", "2004-06-30"), "90224000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2005-01-01", "2005-06-30"), "7285000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_year_line)
{
    int rc;
    xc_model *m = convert(YEAR_LINE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2004-01-01", "2004-09-30"), "7470300000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-04-01", "2004-06-30"),
                     "454300000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_counted_changes)
{
    int rc;
    xc_model *m = convert(COUNTED_CHANGES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_int_eq(pure_facts(m, "Opened") + pure_facts(m, "Closed"), 4);
    xc_model_free(m);
    m = convert(COUNTED_CLAUSE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_int_eq(pure_facts(m, "Restaurants") + pure_facts(m, "Openings") +
                         pure_facts(m, "Closures"), 8);
    xc_model_free(m);
}
END_TEST

/* With no fiscal year end in the release, a 13-week quarter that ends a
 * few days into April is the calendar's first, not its second. */
static const char EARLY_APRIL[] =
    "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                                Three Months Ended\n"
    "                                             April 4,       March 30,\n"
    "                                               2004           2003\n"
    "Net Sales                                    $11,293         $6,836\n"
    "Net Income                                      980          1,773\n";

START_TEST(test_early_april_quarter)
{
    int rc;
    xc_model *m = convert(EARLY_APRIL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->fiscal_period_focus, "Q1");
    ck_assert_int_eq(m->fiscal_year_focus, 2004);
    xc_model_free(m);
}
END_TEST

/* The column header of the one-quarter statements below, after their
 * title and scale lines. */
#define QUARTER_1998_HEADER \
    "\n" \
    "                                              Three Months Ended\n" \
    "                                                  March 31,\n" \
    "                                             1998          1997\n" \
    "                                          ----------    ----------\n"

/* A header that ends a page: the rows after the page break are its. */
static const char HEADER_ENDS_PAGE[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                  (In thousands, except per share amounts)\n"
    QUARTER_1998_HEADER
    "<PAGE>\n"
    "Net sales                                 $  120,400    $  101,300\n"
    "Net income                                $   11,800    $    7,300\n";

START_TEST(test_header_ends_page)
{
    int rc;
    xc_model *m = convert(HEADER_ENDS_PAGE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "120400000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1997-01-01", "1997-03-31"), "7300000");
    xc_model_free(m);
}
END_TEST

/* "-0-", old filings' nil, is a value: its row is read, not joined to
 * the label below as text. */
static const char DASHED_ZERO[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In thousands)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $  120,400    $  101,300\n"
    "Cost of sales                                 80,100        70,200\n"
    "Other income (expense)                         1,200-          -0-\n"
    "Interest expense                                 -0-          (400)\n"
    "Income before income taxes                    39,100        30,700\n";

START_TEST(test_dashed_zero)
{
    int rc;
    xc_model *m = convert(DASHED_ZERO, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", "1998-01-01", "1998-03-31"),
                     "-1200000");
    ck_assert_str_eq(value_of(m, "InterestExpense", "1998-01-01", "1998-03-31"), "0");
    ck_assert_str_eq(value_of(m, "InterestExpense", "1997-01-01", "1997-03-31"), "400000");
    xc_model_free(m);
}
END_TEST

/* "nil" in a value column is a zero amount, as "-0-" is: the row keeps
 * both its facts. */
static const char NIL_AMOUNT[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In thousands)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $  120,400    $  101,300\n"
    "Restructuring charges                         1,100           nil\n"
    "Income before income taxes                   40,300        31,100\n";

START_TEST(test_nil_amount)
{
    int rc;
    xc_model *m = convert(NIL_AMOUNT, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "RestructuringCharges", "1997-01-01", "1997-03-31"), "0");
    ck_assert_str_eq(value_of(m, "RestructuringCharges", "1998-01-01", "1998-03-31"), "1100000");
    xc_model_free(m);
}
END_TEST

/* No-break spaces (here UTF-8) between "$" and the digits and before a
 * closing parenthesis: blanks, as a word processor's export prints them. */
static const char NBSP_AMOUNTS[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In millions)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $\xC2\xA0  1,200    $\xC2\xA0  1,000\n"
    "Cost of sales                              (800\xC2\xA0)         700\n";

START_TEST(test_nbsp_amounts)
{
    int rc;
    xc_model *m = convert(NBSP_AMOUNTS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "1200000000");
    ck_assert_str_eq(value_of(m, "Revenues", "1997-01-01", "1997-03-31"), "1000000000");
    ck_assert_ptr_nonnull(value_of(m, "CostOfRevenue", "1998-01-01", "1998-03-31"));
    xc_model_free(m);
}
END_TEST

/* A summary in millions above the statement in thousands states the same
 * amounts to another precision: they are one fact, the statement's (not
 * the statement as a member of its own title, nor extensions). */
static const char ROUNDED_SUMMARY[] =
    "                           FINANCIAL HIGHLIGHTS\n"
    "                  (In millions, except per share amounts)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $     11.3    $      6.8\n"
    "Net income                                       1.0           0.9\n"
    "\n\n\n"
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In thousands)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $   11,293    $    6,836\n"
    "Cost of sales                                 10,290        5,950\n"
    "                                          ----------    ----------\n"
    "Net income                                     1,003          886\n";

START_TEST(test_rounded_summary)
{
    int rc;
    xc_model *m = convert(ROUNDED_SUMMARY, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "11293000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1997-01-01", "1997-03-31"), "886000");
    size_t n = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        ck_assert_int_eq(m->contexts[m->facts[i].context].ndims, 0);
        ck_assert_ptr_null(strstr(m->facts[i].concept, "NetSales"));
        n += !strcmp(m->facts[i].concept, "us-gaap:Revenues");
    }
    ck_assert_int_eq(n, 2);
    xc_model_free(m);
}
END_TEST

/* A title that ends with its scale note is a title, however long: not a
 * paragraph whose words state no scale for the table. */
static const char SCALE_IN_TITLE[] =
    "  Consolidated Statements of Operations (In thousands, except per share amounts)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $   11,293    $    6,836\n"
    "Net income                                     1,003          886\n"
    "Net income per share                      $     0.14    $     0.12\n";

START_TEST(test_scale_in_title)
{
    int rc;
    xc_model *m = convert(SCALE_IN_TITLE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "11293000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", "1997-01-01", "1997-03-31"), "0.12");
    xc_model_free(m);
}
END_TEST

/* Amounts with a lettered dollar sign ("US$11,293", "(US$980)") are
 * amounts: the letters are the sign's, not a word of the label. */
static const char LETTERED_SIGN[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In thousands)\n"
    QUARTER_1998_HEADER
    "Net sales                                 US$11,293      US$6,836\n"
    "Net loss                                    (US$980)    (US$1,773)\n";

START_TEST(test_lettered_sign)
{
    int rc;
    xc_model *m = convert(LETTERED_SIGN, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "11293000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1997-01-01", "1997-03-31"), "-1773000");
    xc_model_free(m);
}
END_TEST

/* Dates with ordinal days, and a spreadsheet's day before its month over
 * the years: the suffixes are no segment ("Th"), the days are kept. */
static const char ORDINAL_DATES[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In thousands)\n"
    "\n"
    "                                           Three Months Ended\n"
    "                                         April 4th,    March 30th,\n"
    "                                            2004          2003\n"
    "Net sales                                 $ 11,293      $ 6,836\n"
    "\n\n\n"
    "                      CONSOLIDATED BALANCE SHEETS\n"
    "                              (In thousands)\n"
    "\n"
    "                                            4-Apr        31-Dec\n"
    "                                            2004          2003\n"
    "Total assets                              $ 27,442      $ 25,654\n";

START_TEST(test_ordinal_dates)
{
    int rc;
    xc_model *m = convert(ORDINAL_DATES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2003-03-30"), "6836000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2004-04-04"), "27442000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2003-12-31"), "25654000");
    xc_model_free(m);
}
END_TEST

/* A range set with single blanks ("$18B - $18.5B", "8% to 10%") is one
 * cell and no amount: neither end is a fact, nor a column of its own. */
static const char RANGE_CELL[] =
    "                           OPERATING RESULTS\n"
    "                            (In millions)\n"
    "\n"
    "                                          Year Ended    Year Ended\n"
    "                                           12/31/00      12/31/01\n"
    "Revenues                                   $17,600   $18,000 - $18,500\n"
    "Operating income                             2,100      2,200 to 2,300\n"
    "Net income                                   1,300          1,400\n";

START_TEST(test_range_cell)
{
    int rc;
    xc_model *m = convert(RANGE_CELL, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2000-12-31"), "17600000000");
    ck_assert_ptr_null(value_of(m, "Revenues", NULL, "2001-12-31"));
    ck_assert_ptr_null(value_of(m, "OperatingIncomeLoss", NULL, "2001-12-31"));
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2001-12-31"), "1400000000");
    xc_model_free(m);
}
END_TEST

/* An amount printed with its scale in words ("$223 million", one blank
 * apart) is a value scaled so, in a table with no scale note; a range so
 * printed ("$111 - 115 million") is still none; a scale word that begins a
 * line is a label's. */
static const char SCALE_WORDS[] =
    "                     CONSOLIDATED PERFORMANCE\n"
    "\n"
    "                           Quarter Ended   Quarter Ended\n"
    "                           June 30, 2026   June 30, 2025\n"
    "Net sales                  $223 million    $236 million\n"
    "Net loss                 $(21.4) million   $9.7 million\n"
    "Operating income        $111 - 115 million $2.5 billion\n"
    "Million                             1             2\n";

START_TEST(test_text_scale_words)
{
    int rc;
    xc_model *m = convert(SCALE_WORDS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2026-06-30"), "223000000");
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2025-06-30"), "236000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2026-06-30"), "-21400000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", NULL, "2025-06-30"), "9700000");
    ck_assert_ptr_null(value_of(m, "OperatingIncomeLoss", NULL, "2026-06-30"));
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", NULL, "2025-06-30"), "2500000000");
    xc_model_free(m);
}
END_TEST

/* A column of guidance beside the year's actual figures states no fact:
 * an estimate is not what the period reported. */
static const char GUIDANCE[] =
    "                           FINANCIAL OUTLOOK\n"
    "                            (In millions)\n"
    "\n"
    "                                          Year Ended    Year Ending\n"
    "                                           12/31/03      12/31/04\n"
    "                                            Actual      Guidance\n"
    "Revenues                                   $ 1,200       $ 1,350\n"
    "Net income                                     100           120\n";

START_TEST(test_guidance)
{
    int rc;
    xc_model *m = convert(GUIDANCE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", NULL, "2003-12-31"), "1200000000");
    ck_assert_ptr_null(value_of(m, "Revenues", NULL, "2004-12-31"));
    ck_assert_ptr_null(value_of(m, "NetIncomeLoss", NULL, "2004-12-31"));
    xc_model_free(m);
}
END_TEST

/* A statement of comprehensive income: its parts are the standard
 * concepts with the signs printed, "Other comprehensive income (loss)"
 * its total, not other (nonoperating) income. */
static const char COMPREHENSIVE[] =
    "               CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n"
    "                              (In thousands)\n"
    "\n"
    "                                                      Three Months Ended\n"
    "                                                         September 30,\n"
    "                                                      2025          2024\n"
    "Net income                                         $ 12,400      $ 10,100\n"
    "Other comprehensive income (loss), net of tax:\n"
    "  Foreign currency translation adjustments           (1,200)          800\n"
    "  Unrealized gains (losses) on available-for-sale\n"
    "    securities, net of tax                              300          (150)\n"
    "                                                   --------      --------\n"
    "Other comprehensive income (loss), net of tax          (900)          650\n"
    "                                                   --------      --------\n"
    "Comprehensive income                               $ 11,500      $ 10,750\n";

START_TEST(test_comprehensive)
{
    int rc;
    xc_model *m = convert(COMPREHENSIVE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "OtherComprehensiveIncomeLossForeignCurrencyTransactionAnd"
                                 "TranslationAdjustmentNetOfTax", "2025-07-01", "2025-09-30"),
                     "-1200000");
    ck_assert_str_eq(value_of(m, "OtherComprehensiveIncomeLossAvailableForSaleSecurities"
                                 "AdjustmentNetOfTax", "2024-07-01", "2024-09-30"),
                     "-150000");
    ck_assert_str_eq(value_of(m, "OtherComprehensiveIncomeLossNetOfTax", "2025-07-01",
                              "2025-09-30"),
                     "-900000");
    ck_assert_str_eq(value_of(m, "ComprehensiveIncomeNetOfTax", "2024-07-01", "2024-09-30"),
                     "10750000");
    xc_model_free(m);
}
END_TEST

/* A page number at the foot of a page, inside a table, is no row: here it
 * would be an unlabelled total of 11 and break the sum that proves the
 * sign of "Interest, net". */
static const char PAGE_NUMBER[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In millions)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $    1,200    $    1,000\n"
    "Cost of sales                                   800           700\n"
    "\n"
    "                                                   11\n"
    "<PAGE>\n"
    "\n"
    "Interest, net                                    90            80\n"
    "                                          ----------    ----------\n"
    "Income before income taxes                      310           220\n";

START_TEST(test_page_number)
{
    int rc;
    xc_model *m = convert(PAGE_NUMBER, &rc);
    ck_assert_int_gt(rc, 0);
    for (size_t i = 0; i < m->nfacts; i++) {
        char v[40];
        ck_assert_str_ne(xc_decimal_format(m->facts[i].value, v), "11000000");
    }
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "1200000000");
    xc_model_free(m);
}
END_TEST

/* A page break inside a <TABLE> between its title and its header, with
 * the page number "- 19 -" before it: the title is still the table's, and
 * names the segment its facts (which the statements contradict) are of. */
static const char TITLE_ENDS_PAGE[] =
    "CONSOLIDATED STATEMENTS OF INCOME\n"
    "(Dollars in Millions)\n"
    "\n"
    "                                      3 Mos. Ended  3 Mos. Ended\n"
    "                                          12/31/00      12/31/99\n"
    "                                      ------------  ------------\n"
    "TOTAL REVENUES                            $ 16,873      $ 15,265\n"
    "\n"
    "INTERNATIONAL - SELECTED FINANCIAL RESULTS\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                                  (Dollars in Millions)\n"
    "\n"
    "                                   - 19 -\n"
    "<PAGE>\n"
    "\n"
    "                                      3 Mos. Ended  3 Mos. Ended\n"
    "Unaudited                                 12/31/00      12/31/99\n"
    "---------                             ------------  ------------\n"
    "<S>                                   <C>           <C>\n"
    "\n"
    "TOTAL REVENUES                            $    540      $    453\n"
    "</TABLE>\n";

START_TEST(test_title_ends_page)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(TITLE_ENDS_PAGE, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "Revenues", "2000-12-31", "540000000"),
                     "ext:InternationalMember");
    ck_assert_uint_eq(m->ntables, 2); /* (none of the page number's dashes) */
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* A statement's title and scale ending a page, its header opening the
 * next (no <TABLE> tags): the scale is the table's. A heading ending the
 * page before that states neither a scale nor a length of time (a slide's,
 * with its date) is no title of the next page's table. */
static const char SCALE_ENDS_PAGE[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                  (In thousands, except per share amounts)\n"
    "\n"
    "<PAGE>\n"
    "\n"
    QUARTER_1998_HEADER
    "Net sales                                 $  120,400    $  101,300\n"
    "Net income                                $   11,800    $    7,300\n"
    "\n"
    "                             BUSINESS OVERVIEW\n"
    "                               APRIL 20, 1998\n"
    "\n"
    "<PAGE>\n"
    "\n"
    QUARTER_1998_HEADER
    "Backlog                                   $   44,100    $   39,800\n";

START_TEST(test_scale_ends_page)
{
    int rc;
    xc_model *m = convert(SCALE_ENDS_PAGE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1998-01-01", "1998-03-31"), "120400000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1997-01-01", "1997-03-31"), "7300000");
    ck_assert_uint_eq(m->ntables, 2);
    ck_assert(!m->tables[1].title || !strstr(m->tables[1].title, "OVERVIEW"));
    xc_model_free(m);
}
END_TEST

/* A double-spaced table: a blank line after each row. A heading directly
 * above its first row ("Assets" / " Cash") is no label that hangs its
 * second line, though the line below that row is blank; and the blank
 * lines, two to a gap, do not end the table before its per-share rows. */
static const char DOUBLE_SPACED[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                  (In thousands, except per share amounts)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $  120,400    $  101,300\n"
    "\n"
    "Net income                                $   11,800    $    7,300\n"
    "\n"
    "\n"
    "EARNINGS PER COMMON SHARE\n"
    "\n"
    "Basic\n"
    "  Earnings per share before\n"
    "   cumulative effect of change in\n"
    "   accounting principle                  $     1.18    $     0.73\n"
    "\n"
    "\n"
    "                         CONSOLIDATED BALANCE SHEETS\n"
    "                               (In thousands)\n"
    "\n"
    "                                            March 31,   December 31,\n"
    "                                              1998          1997\n"
    "Assets\n"
    " Cash and equivalents                      $  40,000    $   30,000\n"
    "\n"
    " Inventories                                  60,000        55,000\n"
    "\n"
    "\n"
    "                                          $  100,000    $   85,000\n";

START_TEST(test_double_spaced)
{
    int rc;
    xc_model *m = convert(DOUBLE_SPACED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "1998-03-31"),
                     "40000000");
    int eps = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        char v[40];
        eps += m->facts[i].numeric && !strcmp(xc_decimal_format(m->facts[i].value, v), "1.18");
    }
    ck_assert_int_eq(eps, 1);
    xc_model_free(m);
}
END_TEST

/* A wrapped label stands where its first line does: "Proceeds from" /
 * "  long-term borrowings", the first row under a heading, does not make
 * the heading one whose rows stand deeper, which "Dividends paid" would
 * close, handing "Other, net" back to the investing activities. */
static const char WRAP_UNDER_HEADING[] =
    "                      CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "                                 (In millions)\n"
    "\n"
    "                                                    Years Ended December 31,\n"
    "                                                     2000            1999\n"
    "                                                  ----------      ----------\n"
    "CASH FLOWS FROM OPERATING ACTIVITIES\n"
    "Net income                                           $   500         $   450\n"
    "Depreciation                                             300             280\n"
    "                                                  ----------      ----------\n"
    "Net cash provided by operating activities                800             730\n"
    "                                                  ----------      ----------\n"
    "CASH FLOWS FROM INVESTING ACTIVITIES\n"
    "Capital expenditures                                    (400)           (380)\n"
    "Other, net                                               (10)             (5)\n"
    "                                                  ----------      ----------\n"
    "Net cash used in investing activities                   (410)           (385)\n"
    "                                                  ----------      ----------\n"
    "CASH FLOWS FROM FINANCING ACTIVITIES\n"
    "Proceeds from\n"
    "  long-term borrowings                                    50              40\n"
    "Dividends paid                                          (200)           (180)\n"
    "Other, net                                                 3               2\n"
    "                                                  ----------      ----------\n"
    "Net cash used in financing activities                   (147)           (138)\n"
    "                                                  ----------      ----------\n"
    "Increase in cash and cash equivalents                    243             207\n";

START_TEST(test_wrap_under_heading)
{
    int rc;
    xc_model *m = convert(WRAP_UNDER_HEADING, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "ProceedsFromPaymentsForOtherFinancingActivities", "2000-01-01",
                              "2000-12-31"),
                     "3000000");
    ck_assert_str_eq(value_of(m, "PaymentsForProceedsFromOtherInvestingActivities", "2000-01-01",
                              "2000-12-31"),
                     "10000000");
    xc_model_free(m);
}
END_TEST

/* Page breaks inside a table: one inside its header, the periods ending
 * a page and "(Unaudited)" opening the next (the header goes on over the
 * page), and one inside a label ("Accrued expenses and other current" /
 * <PAGE> / "liabilities"), whose blank lines are the page's, not a gap
 * that makes the label's first line a heading. */
static const char PAGE_IN_HEADER[] =
    "                         CONSOLIDATED BALANCE SHEETS\n"
    "                               (In thousands)\n"
    "\n"
    "                                            March 31,   December 31,\n"
    "                                              1998          1997\n"
    "\n"
    "<PAGE>\n"
    "\n"
    "                                          (Unaudited)\n"
    "Cash and equivalents                      $   40,000    $   30,000\n"
    "Inventories                                   60,000        55,000\n"
    "                                          ----------    ----------\n"
    "Total assets                              $  100,000    $   85,000\n"
    "                                          ==========    ==========\n"
    "Accounts payable                          $   20,000    $   18,000\n"
    "Accrued expenses and other current\n"
    "\n"
    "<PAGE>\n"
    "\n"
    "  liabilities                                 15,000        12,000\n"
    "Shareholders' equity                          65,000        55,000\n"
    "                                          ----------    ----------\n"
    "Total liabilities and shareholders'\n"
    "  equity                                  $  100,000    $   85,000\n";

START_TEST(test_page_in_header)
{
    int rc;
    xc_model *m = convert(PAGE_IN_HEADER, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", NULL, "1998-03-31"), "100000000");
    ck_assert_str_eq(value_of(m, "AccruedLiabilitiesCurrent", NULL, "1997-12-31"), "12000000");
    xc_model_free(m);
}
END_TEST

/* More page breaks: one between a header's segment names and its years
 * (the names, the title and its scale are the table's), and one after a
 * heading and the blank lines that end a page, before per-share rows
 * (no gap that ends the table), and one in a label above the first row
 * that goes on with a number ("cost 1998, $6,102;" / <PAGE> / "1997,
 * $5,988)"). */
static const char PAGE_IN_TABLE[] =
    "                          SEGMENT RESULTS\n"
    "                           (In millions)\n"
    "\n"
    "                                  Domestic             Canada\n"
    "\n"
    "<PAGE>\n"
    "\n"
    "\n"
    "                             1998       1997       1998       1997\n"
    "Revenues                    $ 900      $ 800      $ 100      $  90\n"
    "Operating income              120        100         10          9\n"
    "\n"
    "\n"
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                  (In millions, except per share amounts)\n"
    "\n"
    "                                              Three Months Ended\n"
    "                                                  March 31,\n"
    "                                             1998          1997\n"
    "                                          ----------    ----------\n"
    "Net sales                                 $    1,000    $      890\n"
    "Net income                                $       80    $       70\n"
    "\n"
    "EARNINGS PER COMMON SHARE\n"
    "\n"
    "\n"
    "<PAGE>\n"
    "\n"
    "Basic\n"
    "  Earnings per share before\n"
    "   cumulative effect of change in\n"
    "   accounting principle                   $     0.80    $     0.70\n"
    "\n"
    "\n"
    "                         CONSOLIDATED BALANCE SHEETS\n"
    "                                (In millions)\n"
    "\n"
    "                                            March 31,   December 31,\n"
    "                                              1998          1997\n"
    "Investments\n"
    "Fixed maturities, available for sale, at fair\n"
    "   value (amortized cost 1998, $6,102;\n"
    "\n"
    "<PAGE>\n"
    "\n"
    "   1997, $5,988)                          $    6,712    $    6,390\n"
    "Cash and equivalents                             100            90\n";

START_TEST(test_page_in_table)
{
    int rc;
    xc_model *m = convert(PAGE_IN_TABLE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "Revenues", "1998-12-31", "100000000"), "ext:CanadaMember");
    ck_assert_str_eq(member_of(m, "Revenues", "1997-12-31", "800000000"), "ext:DomesticMember");
    ck_assert_str_eq(value_of(m, "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeIn"
                                 "AccountingPrinciplePerBasicShare",
                              "1998-01-01", "1998-03-31"),
                     "0.8");
    ck_assert_str_eq(value_of(m, "AvailableForSaleSecuritiesDebtSecurities", NULL, "1997-12-31"),
                     "6390000000");
    xc_model_free(m);
}
END_TEST

/* A segment's title ending a page, its table opening the next with no
 * title but its scale in the caption: the title is the table's, and names
 * the segment its facts (which the statements contradict) are of. */
static const char SEGMENT_TITLE_ENDS_PAGE[] =
    "CONSOLIDATED STATEMENTS OF INCOME\n"
    "(Dollars in Millions)\n"
    "\n"
    "                                      3 Mos. Ended  3 Mos. Ended\n"
    "                                          12/31/00      12/31/99\n"
    "                                      ------------  ------------\n"
    "TOTAL REVENUES                            $ 16,873      $ 15,265\n"
    "\n"
    "----------------------------------------------------------------\n"
    "INTERNATIONAL - SELECTED FINANCIAL RESULTS\n"
    "----------------------------------------------------------------\n"
    "\n"
    "<PAGE>\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                                  (Dollars in Millions)\n"
    "\n"
    "                                      3 Mos. Ended  3 Mos. Ended\n"
    "Unaudited                                 12/31/00      12/31/99\n"
    "---------                             ------------  ------------\n"
    "<S>                                   <C>           <C>\n"
    "\n"
    "TOTAL REVENUES                            $    540      $    453\n"
    "</TABLE>\n";

START_TEST(test_segment_title_ends_page)
{
    int rc;
    xc_model *m = convert(SEGMENT_TITLE_ENDS_PAGE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "Revenues", "2000-12-31", "540000000"),
                     "ext:InternationalMember");
    xc_model_free(m);
}
END_TEST

/* A scale note of zeros, "($000)", is no row of values; and a period set
 * left over its two columns ("Quarter Ended" beside "Nine Months Ended")
 * is both columns', not one's, giving the other to the nine months. */
static const char ZEROS_SCALE_LEFT_PERIOD[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                                  ($000)\n"
    "\n"
    "                                   Quarter Ended        Nine Months Ended\n"
    "                                     September 30,             September 30,\n"
    "                                       1998         1997         1998         1997\n"
    "Net sales                         $  214,310   $  209,876   $  641,022   $  622,914\n"
    "Net income                        $   18,310   $   17,876   $   51,022   $   52,914\n";

START_TEST(test_zeros_scale_left_period)
{
    int rc;
    xc_model *m = convert(ZEROS_SCALE_LEFT_PERIOD, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1997-07-01", "1997-09-30"), "209876000");
    ck_assert_str_eq(value_of(m, "Revenues", "1997-01-01", "1997-09-30"), "622914000");
    xc_model_free(m);
}
END_TEST

/* Dates set one space apart over their columns ("September 30, December
 * 31," over 1998 and 1997; "June 28, January 3,"): one date each, not
 * both dates over both columns (which dated the 1998 column December). */
static const char DATES_ONE_SPACE_APART[] =
    "                         CONSOLIDATED BALANCE SHEETS\n"
    "                               (In thousands)\n"
    "\n"
    "                                        September 30, December 31,\n"
    "                                                 1998         1997\n"
    "Cash and equivalents                      $     40,000 $     30,000\n"
    "Inventories                                     60,000       55,000\n"
    "Total assets                              $    100,000 $     85,000\n"
    "\n"
    "\n"
    "    Domestic Inventories:\n"
    "                               July 3,  June 28, January 3,\n"
    "                                1998     1997      1998\n"
    "\n"
    "                    -LIFO      $4,945   $4,881    $4,728\n";

START_TEST(test_dates_one_space_apart)
{
    int rc;
    xc_model *m = convert(DATES_ONE_SPACE_APART, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", NULL, "1998-09-30"), "100000000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "1997-12-31"), "85000000");
    int june = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        char b[16], v[40];
        const xc_context *c = &m->contexts[m->facts[i].context];
        june += !strcmp(xc_date_format(c->end, b), "1997-06-28") &&
                !strcmp(xc_decimal_format(m->facts[i].value, v), "4881000");
    }
    ck_assert_int_eq(june, 1);
    xc_model_free(m);
}
END_TEST

/* An HTML page printed as text (w3m -dump): rows and header lines a
 * blank line apart, three blanks under the header, and a deduction's
 * parenthesis a blank after its digits, as from its own cell ("(1,489
 * )"). */
static const char PRINTED_PAGE[] =
    "                  CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                     (In thousands, except per share data)\n"
    "\n"
    "                                         Three Months Ended         Six Months Ended\n"
    "\n"
    "                                              June 30,                  June 30,\n"
    "\n"
    "                                         2005          2004          2005          2004\n"
    "\n"
    "\n"
    "\n"
    "Net sales                           $    52,410   $    48,977   $   101,355   $    95,120\n"
    "\n"
    "Operating (loss) income                 (1,489 )          283       (2,505 )        (25 )\n"
    "\n"
    "Net (loss) income                   $   (1,198 )  $       233   $   (1,999 )  $        37\n";

START_TEST(test_printed_page)
{
    int rc;
    xc_model *m = convert(PRINTED_PAGE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2005-04-01", "2005-06-30"), "-1489000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2004-01-01", "2004-06-30"), "37000");
    xc_model_free(m);
}
END_TEST

/* A heading that wraps with no indent ("Weighted Average Number of
 * Shares" / "Outstanding:", flush left): the second line alone names
 * nothing, the two together name the share count, so they are one
 * heading, and its rows count shares (not dollars in thousands). */
static const char FLUSH_HEADING[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "            (In thousands, except per share and share amounts)\n"
    QUARTER_1998_HEADER
    "Net income                                $   11,800    $    7,300\n"
    "\n"
    "Weighted Average Number of Shares\n"
    "Outstanding:\n"
    "Basic                                      7,162,126     7,002,578\n"
    "Diluted                                    7,262,126     7,102,578\n";

START_TEST(test_flush_heading)
{
    int rc;
    xc_model *m = convert(FLUSH_HEADING, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "1998-01-01",
                              "1998-03-31"),
                     "7162126");
    xc_model_free(m);
}
END_TEST

/* A non-GAAP measure by business, titled by the measure alone: beside
 * "Intersegment elimination" the rows its total adds are segments of that
 * total's (extension) concept, not concepts of their own. */
static const char MEASURE_BY_BUSINESS[] =
    "Below are EBITA results for the fourth quarter (in millions):\n"
    "\n"
    "                                              1999          1998\n"
    "                                          ----------    ----------\n"
    "Cable Networks                            $      394    $      316\n"
    "Publishing                                       260           234\n"
    "Intersegment elimination                         (10)          (18)\n"
    "                                          ----------    ----------\n"
    "Total EBITA                               $      644    $      532\n";

START_TEST(test_measure_by_business)
{
    int rc;
    xc_model *m = convert(MEASURE_BY_BUSINESS, &rc);
    ck_assert_int_gt(rc, 0);
    int segs = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (c->ndims) {
            ck_assert(strstr(f->concept, "Ebita") != NULL);
            segs++;
        }
    }
    ck_assert_int_eq(segs, 6);
    ck_assert_str_eq(member_of(m, "Ebita", "1999-12-31", "394000000"),
                     "ext:CableNetworksMember");
    xc_model_free(m);
}
END_TEST

/* A bare "Taxes" between income before taxes and net income: the other
 * item, beside pretax income, of income from continuing operations. */
static const char BARE_TAXES[] =
    "                      CONSOLIDATED STATEMENTS OF INCOME\n"
    "                              (In thousands)\n"
    QUARTER_1998_HEADER
    "Net sales                                 $  120,400    $  101,300\n"
    "Cost of sales                                 80,100        70,200\n"
    "                                          ----------    ----------\n"
    "Income before taxes                           40,300        31,100\n"
    "Taxes                                         15,300        11,800\n"
    "                                          ----------    ----------\n"
    "Net income                                $   25,000    $   19,300\n";

START_TEST(test_bare_taxes)
{
    int rc;
    xc_model *m = convert(BARE_TAXES, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "IncomeTaxExpenseBenefit", "1998-01-01", "1998-03-31"),
                     "15300000");
    xc_model_free(m);
}
END_TEST

START_TEST(test_pro_forma_columns)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(PRO_FORMA, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_uint_eq(d.n, 0); /* no clash between the two readings of 2004 */
    ck_assert_str_eq(value_of(m, "Revenues", "2004-01-01", "2004-03-31"), "53092000");
    ck_assert_str_eq(member_of(m, "Revenues", "2004-03-31", "53092000"), "");
    ck_assert_str_eq(member_of(m, "Revenues", "2004-03-31", "56494000"), "srt:ProFormaMember");
    ck_assert_str_eq(member_of(m, "NetIncomeLoss", "2005-03-31", "1690000"),
                     "srt:ProFormaMember");
    ck_assert_str_eq(member_of(m, "NetIncomeLoss", "2005-03-31", "1181000"), "");
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST


/* The items of a sum are of its kind: stores under a store total that
 * wraps ("Total Domestic Retail" / "Stores"), money under a revenue total
 * even when an item's head noun would count ("Product line"). */
static const char SUM_KINDS[] =
    "                    SUPPLEMENTAL INFORMATION\n"
    "                   ($ in millions, except per share)\n"
    "                               July 3,  June 28, January 3,\n"
    "                                2004     2003      2004\n"
    "    Domestic Retail Stores:\n"
    "      Full-line                   871      869       871\n"
    "      Specialty                 1,109    1,307     1,105\n"
    "      Outlet                       16       15        16\n"
    "        Total Domestic Retail\n"
    "         Stores                 1,996    2,191     1,992\n"
    "\n"
    "    Revenue:\n"
    "      Product line A              500      400       450\n"
    "      Product line B              300      200       250\n"
    "        Total revenue             800      600       700\n";

START_TEST(test_sum_kinds)
{
    int rc;
    xc_model *m = convert(SUM_KINDS, &rc);
    ck_assert_int_gt(rc, 0);
    int stores = 0, money = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->numeric)
            continue; /* the release's own data (dei) */
        const char *u = m->units[f->unit].num;
        if (strstr(f->concept, "Specialty") || strstr(f->concept, "Outlet") ||
            strstr(f->concept, "TotalDomesticRetailStores")) {
            ck_assert_str_eq(u, "xbrli:pure");
            stores++;
        } else if (m->contexts[f->context].ndims &&
                   strstr(m->contexts[f->context].dims[0].member, "ProductLine")) {
            ck_assert_str_eq(u, "iso4217:USD"); /* (lines of business: revenues') */
            money++;
        }
    }
    ck_assert_int_eq(stores, 9);
    ck_assert_int_eq(money, 6);
    xc_model_free(m);
}
END_TEST

/* A classified balance sheet with no "Current assets:" heading: the rows
 * above "Total current assets" (and "Total current liabilities") are
 * current, those below non-current, though they are named alike. */
static const char NO_SECTION_HEADINGS[] =
    "                         ACME WIDGETS, INC.\n"
    "                    CONSOLIDATED BALANCE SHEETS\n"
    "                          (In thousands)\n"
    "\n"
    "                                            Sept. 30,     Dec. 31,\n"
    "                                              2025          2024\n"
    "                                           ----------    ----------\n"
    "ASSETS\n"
    "Cash and cash equivalents                  $  10,000     $   9,000\n"
    "Marketable securities                          5,000         4,000\n"
    "Restricted cash                                1,000         1,000\n"
    "Accounts receivable, net                       3,000         2,500\n"
    "                                           ----------    ----------\n"
    "   Total current assets                       19,000        16,500\n"
    "Marketable securities                          2,000         2,000\n"
    "Restricted cash                                  500           500\n"
    "Property and equipment, net                    8,500         8,000\n"
    "                                           ----------    ----------\n"
    "   Total assets                            $  30,000     $  27,000\n"
    "                                           ==========    ==========\n"
    "LIABILITIES AND STOCKHOLDERS' EQUITY\n"
    "Accounts payable                           $   4,000     $   3,500\n"
    "Deferred revenue                               2,000         1,500\n"
    "                                           ----------    ----------\n"
    "   Total current liabilities                   6,000         5,000\n"
    "Deferred revenue                               1,000         1,000\n"
    "Long-term debt                                 5,000         5,000\n"
    "                                           ----------    ----------\n"
    "   Total liabilities                          12,000        11,000\n"
    "Stockholders' equity                          18,000        16,000\n"
    "                                           ----------    ----------\n"
    "   Total liabilities and stockholders'\n"
    "     equity                                $  30,000     $  27,000\n"
    "                                           ==========    ==========\n";

START_TEST(test_current_above_total)
{
    int rc;
    xc_model *m = convert(NO_SECTION_HEADINGS, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const expect[][2] = {
        {"MarketableSecuritiesCurrent", "5000000"}, {"MarketableSecuritiesNoncurrent", "2000000"},
        {"RestrictedCashCurrent", "1000000"},       {"RestrictedCashNoncurrent", "500000"},
        {"DeferredRevenueCurrent", "2000000"},      {"DeferredRevenueNoncurrent", "1000000"},
    };
    for (size_t i = 0; i < sizeof(expect) / sizeof(*expect); i++)
        ck_assert_str_eq(value_of(m, expect[i][0], NULL, "2025-09-30"), expect[i][1]);
    xc_model_free(m);
}
END_TEST

/* Headings of a cash-flow statement too long for the label column, wrapped
 * onto a more indented line that ends them with a colon: headings, not
 * narrative that ends the table ("Other, net" is then read under "Changes
 * in operating assets and liabilities"). Pension contributions and other
 * operating capital have concepts of their own. */
static const char WRAPPED_HEADINGS[] =
    "                   MERIDIAN FLUID SYSTEMS, INC.\n"
    "              CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "                          (In thousands)\n"
    "\n"
    "                                               Twelve Months Ended\n"
    "                                                   December 31,\n"
    "                                                    2025         2024\n"
    "                                                --------     --------\n"
    "Operating activities:\n"
    "  Net income                                $    121,900 $     87,500\n"
    "  Adjustments to reconcile net income to net cash provided by\n"
    "    operating activities:\n"
    "    Depreciation                                  58,200       55,100\n"
    "    Pension contributions                        (12,000)     (15,000)\n"
    "  Changes in operating assets and liabilities, net of effects of\n"
    "    acquisitions:\n"
    "    Accounts receivable                          (18,400)       9,700\n"
    "    Other, net                                    (1,500)         900\n"
    "                                              ----------   ----------\n"
    "Net cash provided by operating activities        148,200      138,100\n";

START_TEST(test_wrapped_headings)
{
    int rc;
    xc_model *m = convert(WRAPPED_HEADINGS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Depreciation", "2025-01-01", "2025-12-31"), "58200000");
    ck_assert_str_eq(value_of(m, "PensionContributions", "2025-01-01", "2025-12-31"), "12000000");
    ck_assert_str_eq(value_of(m, "IncreaseDecreaseInOtherOperatingCapitalNet", "2024-01-01",
                              "2024-12-31"),
                     "-900000");
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "2025-01-01",
                              "2025-12-31"),
                     "148200000");
    xc_model_free(m);
}
END_TEST

/* A page break inside a balance sheet: the rows after it, with no header of
 * their own, go on under the columns and the headings above, whether the
 * filer closed the table around the page or not. "Other" above "Total
 * current liabilities" is the current twin of other liabilities. */
static const char PAGE_TURN[] =
    "                      ACME CORP\n"
    "             CONSOLIDATED BALANCE SHEETS\n"
    "                    (In millions)\n"
    "\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                             Dec. 31,      Dec. 31,\n"
    "                                               2024          2023\n"
    "<S>                                          <C>           <C>\n"
    "ASSETS\n"
    "   Cash and cash equivalents                 $   500       $   400\n"
    "   Accounts receivable, net                      300           250\n"
    "                                             -------       -------\n"
    "   Total current assets                          800           650\n"
    "   Property and equipment, net                 1,200         1,100\n"
    "                                             -------       -------\n"
    "TOTAL ASSETS                                 $ 2,000       $ 1,750\n"
    "                                             =======       =======\n"
    "\n"
    "LIABILITIES AND SHAREHOLDERS' EQUITY\n"
    "   Accounts payable                          $   200       $   150\n"
    "   Other                                         100            90\n"
    "                                             -------       -------\n"
    "   Total current liabilities                     300           240\n"
    "   Long-term debt                                600           560\n"
    "</TABLE>\n"
    "\n"
    "<PAGE>   7\n"
    "\n"
    "<TABLE>\n"
    "<S>                                          <C>           <C>\n"
    "   Deferred income taxes                         150           140\n"
    "   Other                                          50            60\n"
    "   Shareholders' equity                          900           750\n"
    "                                             -------       -------\n"
    "TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY   $ 2,000       $ 1,750\n"
    "                                             =======       =======\n"
    "</TABLE>\n";

START_TEST(test_page_turn)
{
    for (int tagged = 1; tagged >= 0; tagged--) {
        char text[sizeof(PAGE_TURN)];
        size_t n = 0;
        for (const char *p = PAGE_TURN; *p;) {
            const char *e = strchr(p, '\n') + 1;
            /* untagged: the same page with its <TABLE> lines left out */
            if (tagged || !(strncmp(p, "<TABLE>", 7) == 0 || strncmp(p, "</TABLE>", 8) == 0 ||
                            strncmp(p, "<S>", 3) == 0 || strncmp(p, "<CAPTION>", 9) == 0)) {
                memcpy(text + n, p, (size_t)(e - p));
                n += (size_t)(e - p);
            }
            p = e;
        }
        text[n] = 0;
        int rc;
        xc_model *m = convert(text, &rc);
        ck_assert_int_gt(rc, 0);
        ck_assert_str_eq(value_of(m, "DeferredIncomeTaxLiabilitiesNet", NULL, "2024-12-31"),
                         "150000000");
        ck_assert_str_eq(value_of(m, "OtherLiabilitiesNoncurrent", NULL, "2024-12-31"),
                         "50000000");
        ck_assert_str_eq(value_of(m, "OtherLiabilitiesCurrent", NULL, "2023-12-31"), "90000000");
        ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2023-12-31"),
                         "1750000000");
        xc_model_free(m);
    }
}
END_TEST

/* A row keeps its values beside cells no fact can come from: a range
 * ("8%-10%"), "Flat", a footnote mark ("19%*", and a year "2003*" in the
 * header); a row printed off every column is reported, not dropped. */
static const char TARGETS[] =
    "                      REVENUE TARGETS\n"
    "                       (In millions)\n"
    "                         Year Ended            2001\n"
    "                        December 31,          Growth\n"
    "                           2000*              Target\n"
    "Telecom                  $43,300               3%-4%\n"
    "Wireless                 $14,200                 19%*\n"
    "Info Svcs                $ 4,100                Flat\n"
    "Consolidated             $61,600**              8%-10%\n"
    "Other items, a label that runs far past the column     250\n";

START_TEST(test_target_cells)
{
    xc_diag d;
    xc_diag_init(&d);
    int rc;
    xc_model *m = convert_diag(TARGETS, &d, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[] = {"Telecom", "Wireless", "InfoSvcs", "Consolidated"};
    for (size_t k = 0; k < 4; k++) {
        int found = 0;
        for (size_t i = 0; i < m->nfacts; i++)
            found |= strstr(m->facts[i].concept, want[k]) != NULL;
        ck_assert_msg(found, "no fact for %s", want[k]);
    }
    int warned = 0;
    for (size_t i = 0; i < d.n; i++)
        warned |= strstr(d.items[i].message, "stand under no column") != NULL;
    ck_assert(warned);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* A statement by its title whose amounts contradict another's (net
 * income 26,400 in operations, 112,430 in cash flows) is kept apart, and
 * the release is told so. */
static const char CONTRADICTED[] =
    "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "                                      Nine Months Ended\n"
    "                                        September 30,\n"
    "                                      2025          2024\n"
    "Revenue                            $ 581,500     $ 489,600\n"
    "Net income                         $  26,400     $   2,200\n"
    "\n"
    "\n"
    "                 CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "                            (In thousands)\n"
    "                                      Nine Months Ended\n"
    "                                        September 30,\n"
    "                                      2025          2024\n"
    "Net income                         $ 112,430     $  98,210\n"
    "Depreciation and amortization         45,120        41,870\n"
    "Net cash provided by operating\n"
    "  activities                         157,550       140,080\n";

START_TEST(test_contradicted_statement)
{
    xc_diag d;
    xc_diag_init(&d);
    int rc;
    xc_model *m = convert_diag(CONTRADICTED, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2025-01-01", "2025-09-30"), "26400000");
    int noted = 0;
    for (size_t i = 0; i < d.n; i++)
        noted |= d.items[i].severity == XC_NOTE && d.items[i].line == 15 &&
                 strstr(d.items[i].message, "contradicts") != NULL;
    ck_assert(noted);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* Labels in capitals wrap by their indents alone: a label's later lines
 * hang a space in from its first. Lines that go on at one indent under
 * another are items under a heading ("REVENUES" / " MERCHANDISE ..."). */
static const char CAPITALS[] =
    "                  CONSOLIDATED STATEMENTS OF INCOME\n"
    "                            (In millions)\n"
    "                                        Three Months Ended\n"
    "                                      July 3,      June 28,\n"
    "                                        2004         2003\n"
    "REVENUES\n"
    " MERCHANDISE SALES AND SERVICES       $8,700       $8,851\n"
    " CREDIT AND FINANCIAL PRODUCTS\n"
    "  REVENUES                                81        1,345\n"
    "          TOTAL REVENUES               8,781       10,196\n"
    "COSTS AND EXPENSES\n"
    " COST OF SALES, BUYING\n"
    "  AND OCCUPANCY                        6,300        6,400\n"
    " SELLING AND ADMINISTRATIVE            2,000        2,100\n"
    "          TOTAL COSTS AND EXPENSES     8,300        8,500\n"
    "OPERATING INCOME                         481        1,696\n"
    "FOREIGN EXCHANGE\n"
    " RATE (ANNUAL\n"
    " AVERAGE)                             0.7473       0.6844\n";

START_TEST(test_hanging_wraps)
{
    int rc;
    xc_model *m = convert(CAPITALS, &rc);
    ck_assert_int_gt(rc, 0);
    int credit = 0, rate = 0, merchandise = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (!f->prov.row_label)
            continue;
        credit += !strcmp(f->prov.row_label, "CREDIT AND FINANCIAL PRODUCTS REVENUES");
        rate += !strcmp(f->prov.row_label, "FOREIGN EXCHANGE RATE (ANNUAL AVERAGE)");
        merchandise += !strcmp(f->prov.row_label, "MERCHANDISE SALES AND SERVICES");
    }
    ck_assert_int_eq(credit, 2);
    ck_assert_int_eq(rate, 2);
    ck_assert_int_eq(merchandise, 2);
    ck_assert_str_eq(value_of(m, "CostOfGoodsAndServicesSold", NULL, "2004-07-03"), "6300000000");
    xc_model_free(m);
}
END_TEST

/* A line whose row hangs in below it and names nothing there, where the
 * next line goes back out, wraps: "Equity earnings (losses) from Liberty"
 * / "  Media Group" is one label, no heading over "Media Group"; a heading
 * over indented rows that mean something under it stays one. Minority
 * interest "income (expense)" is the noncontrolling interest's share, its
 * sign as the label's outer word says. */
static const char CAPITAL_WRAP[] =
    "                       CONSOLIDATED STATEMENTS OF INCOME\n"
    "                 Dollars in millions (except per share amounts)\n"
    "For the three months ended               3/31/01   3/31/00\n"
    "Revenue                                  $13,551   $13,703\n"
    "Operating Expenses\n"
    "  Costs of services and products           8,000     8,000\n"
    "  Depreciation and other amortization      4,737     3,356\n"
    "Operating income                             814     2,347\n"
    "Other income (expense)                      (783)      647\n"
    "Interest expense                             879       536\n"
    "Income (loss) before income taxes           (848)    2,458\n"
    "Provision for income taxes                   218       499\n"
    "Minority interest income (expense)           640       (46)\n"
    "Equity earnings (losses) from Liberty\n"
    "  Media Group                               (697)      942\n"
    "Net (losses) gains from other equity\n"
    "  investments                                (57)     (205)\n"
    "Income (loss) from continuing operations  (1,180)    2,650\n";

START_TEST(test_capital_wrap)
{
    int rc;
    xc_model *m = convert(CAPITAL_WRAP, &rc);
    ck_assert_int_gt(rc, 0);
    int liberty = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (f->prov.row_label &&
            !strcmp(f->prov.row_label, "Equity earnings (losses) from Liberty Media Group"))
            liberty++;
    }
    ck_assert_int_eq(liberty, 2);
    ck_assert_str_eq(value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest", NULL,
                              "2001-03-31"),
                     "-640000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLossAttributableToNoncontrollingInterest", NULL,
                              "2000-03-31"),
                     "46000000");
    ck_assert_str_eq(value_of(m, "CostOfGoodsAndServicesSold", NULL, "2001-03-31"), "8000000000");
    ck_assert_str_eq(value_of(m, "DepreciationAndAmortization", NULL, "2000-03-31"),
                     "3356000000");
    xc_model_free(m);
}
END_TEST

/* A title block set off by a blank line above the column headers: its
 * lines ("FOR THE QUARTERS (13 WEEKS) ENDED MARCH 28, 1998,", "(Unaudited)")
 * sit over the columns but are no header, so each quarter keeps its own
 * date and no column a member. */
static const char TITLE_ABOVE_GAP[] =
    "                         1998 STATEMENTS OF INCOME\n"
    "            FOR THE QUARTERS (13 WEEKS) ENDED MARCH 28, 1998,\n"
    "          JUNE 27, 1998, SEPTEMBER 26, 1998 AND DECEMBER 26, 1998\n"
    "                  ($ 000'S, except per share amounts)\n"
    "                                (Unaudited)\n"
    "\n"
    "                                        Thirteen Weeks Ended\n"
    "                           ----------------------------------------------\n"
    "                            Mar 28,     Jun 27,     Sep 26,     Dec. 26,\n"
    "                             1998        1998        1998         1998\n"
    "                           --------    --------    --------    --------\n"
    "Net sales                  $119,955    $126,313    $121,259    $118,905\n"
    "Cost of sales                55,120      56,442      55,097      55,569\n"
    "Net income                 $  6,991    $  8,346    $  7,102    $  5,169\n";

START_TEST(test_title_above_gap)
{
    int rc;
    xc_model *m = convert(TITLE_ABOVE_GAP, &rc);
    ck_assert_int_gt(rc, 0);
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_int_eq(m->contexts[m->facts[i].context].ndims, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1997-12-28", "1998-03-28"), "119955000");
    ck_assert_str_eq(value_of(m, "Revenues", "1998-03-29", "1998-06-27"), "126313000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1998-09-27", "1998-12-26"), "5169000");
    xc_model_free(m);
}
END_TEST

/* A header word over one column, above the others' ("Second" over
 * "Quarter"), with the table's titles below the header ("Earnings
 * Summary"): the column is the second quarter, not the third again */
static const char HEADER_OVER_ONE[] =
    "                                                       Second\n"
    "                             Third Quarter             Quarter    First Nine Months\n"
    "                           2018      2017       %       2018       2018      2017\n"
    "Earnings Summary\n"
    "(Dollars in millions, except per share data)\n"
    "\n"
    "Net income                6,240     3,970      57      3,950     14,840    11,330\n"
    "Capital expenditures      6,586     5,987      10      6,627     18,080    14,081\n";

START_TEST(test_header_over_one)
{
    int rc;
    xc_model *m = convert(HEADER_OVER_ONE, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2018-07-01", "2018-09-30"), "6240000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2018-04-01", "2018-06-30"), "3950000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2018-01-01", "2018-09-30"), "14840000000");
    xc_model_free(m);
}
END_TEST

/* A label that a page turns in: "Merchandise sales" ends the page, "and
 * services" begins the next with the amounts. The label is whole, and
 * the segments over the columns are the header's, not the label's. */
static const char LABEL_ACROSS_PAGE[] =
    "                    Segment Income Statements\n"
    "                             (millions)\n"
    "      For the 13 Weeks Ended July 3, 2004 and June 28, 2003\n"
    "\n"
    "                        Domestic        Canada      Consolidated\n"
    "\n"
    "                     2004     2003    2004     2003    2004     2003\n"
    "\n"
    "    Merchandise sales\n"
    "\n"
    "                               - 14 -\n"
    "<PAGE>\n"
    "\n"
    "     and services   $7,673   $7,871  $1,027   $ 980  $8,700  $8,851\n"
    "    Operating income    42      466      11      23      53     489\n";

START_TEST(test_label_across_page)
{
    int rc;
    xc_model *m = convert(LABEL_ACROSS_PAGE, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        ck_assert_ptr_null(strstr(f->concept, ":AndServices"));
        if (strstr(f->concept, "MerchandiseSalesAndServices"))
            seen++;
        for (size_t k = 0; k < c->ndims; k++)
            ck_assert_ptr_null(strstr(c->dims[k].member, "Merchandise"));
    }
    ck_assert_int_eq(seen, 6);
    xc_model_free(m);
}
END_TEST

/* Measures across, segments down the side, in fixed-width text: the
 * period centred over the middle column is every column's; "Corporate"
 * reconciles the segments to the total, and its margin, a dash among
 * percentages, is no 0%. */
static const char MEASURES_ACROSS[] =
    "                          ACME INDUSTRIES, INC.\n"
    "                  CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                 (In thousands, except per share amounts)\n"
    "\n"
    "                                            Three Months Ended\n"
    "                                               September 30,\n"
    "                                            2025          2024\n"
    "Net sales                                $ 480,000     $ 450,000\n"
    "Cost of sales                              300,000       290,000\n"
    "Gross profit                               180,000       160,000\n"
    "Operating expenses                         120,000       110,000\n"
    "Operating income                            60,000        50,000\n"
    "Net income                               $  40,000     $  33,000\n"
    "\n"
    "                          RESULTS BY REPORTING UNIT\n"
    "                              (In thousands)\n"
    "\n"
    "                          Three Months Ended September 30, 2025\n"
    "                                            Operating    Operating\n"
    "                          Net sales          income        margin\n"
    "Industrial               $ 300,000        $ 45,000         15.0%\n"
    "Consumer                   180,000          25,000         13.9%\n"
    "Corporate                        -         (10,000)            -\n"
    "                         ---------        --------\n"
    "Total                    $ 480,000        $ 60,000         12.5%\n";

START_TEST(test_measures_across)
{
    int rc;
    xc_model *m = convert(MEASURES_ACROSS, &rc);
    ck_assert_int_gt(rc, 0);
    int sales = 0, income = 0, corporate = 0, margin = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (!c->ndims && !strcmp(f->concept, "ext:OperatingMargin")) {
            /* 12.5% is 0.125, exact to three places */
            char v[32];
            ck_assert_str_eq(xc_decimal_format(f->value, v), "0.125");
            ck_assert_int_eq(f->decimals, 3);
            margin++;
        }
        if (!c->ndims)
            continue;
        char b[16];
        ck_assert_str_eq(xc_date_format(c->end, b), "2025-09-30");
        if (!strcmp(c->dims[0].axis, "srt:ConsolidationItemsAxis")) {
            corporate++;
            continue;
        }
        ck_assert_str_eq(c->dims[0].axis, "us-gaap:StatementBusinessSegmentsAxis");
        sales += !strcmp(f->concept, "us-gaap:Revenues");
        income += !strcmp(f->concept, "us-gaap:OperatingIncomeLoss");
    }
    ck_assert_int_eq(sales, 2);
    ck_assert_int_eq(income, 2);
    ck_assert_int_eq(corporate, 2); /* its sales and income: its margin is a dash */
    ck_assert_int_eq(margin, 1);
    xc_model_free(m);
}
END_TEST

/* A heading with a colon over rows indented under it ends at the first
 * row as far out as itself: "Taxes" below "Income before income taxes" is
 * no interest charge. */
static const char COLON_SCOPE[] =
    "                  CONSOLIDATED STATEMENTS OF INCOME\n"
    "                            (In millions)\n"
    "                                        Three Months Ended\n"
    "                                           December 31,\n"
    "                                        2004         2003\n"
    "Operating revenues                      $2,500       $2,400\n"
    "Operating expenses                       2,000        1,950\n"
    "Operating income                           500          450\n"
    "Other income (expense):\n"
    "  Interest income                           10            8\n"
    "  Other, net                                 5           (3)\n"
    "Interest charges:\n"
    "  Interest expense                        (120)        (115)\n"
    "  Capitalized interest                       8            6\n"
    "Income before income taxes                 403          346\n"
    "Taxes                                      150          130\n"
    "Net income                                $253         $216\n";

START_TEST(test_colon_scope)
{
    int rc;
    xc_model *m = convert(COLON_SCOPE, &rc);
    ck_assert_int_gt(rc, 0);
    int taxes = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const char *local = strchr(m->facts[i].concept, ':') + 1;
        ck_assert_ptr_null(strstr(local, "InterestCharges"));
        taxes += !strcmp(local, "IncomeTaxExpenseBenefit"); /* (by the arithmetic) */
    }
    ck_assert_int_eq(taxes, 2);
    xc_model_free(m);
}
END_TEST

/* A bank's statement in fixed-width text: "Interest Revenue" heads its
 * rows flush with it and "Securities" heads items of its own, indented;
 * the first row back out is under "Interest Revenue" again, and so is the
 * unlabelled sum. "Interest Expense" over "Deposits" heads the rows below,
 * as both readings of "Deposits" say; a label's last word hanging in
 * above a rule is its end ("... for Credit" / "  Losses") */
static const char BANK_SECTIONS[] =
    "                     Consolidated Statement of Income\n"
    "-------------------------------------------------------------------\n"
    "                                                       Third Quarter\n"
    "(In Millions of Dollars)                              1998      1997\n"
    "-------------------------------------------------------------------\n"
    "Interest Revenue\n"
    "Loans, including Fees.............................   $5,330    $4,813\n"
    "Securities\n"
    "  U.S. Treasury and Federal Agencies..............       77        62\n"
    "  State and Municipal.............................       39        35\n"
    "Trading Account Assets............................      307       236\n"
    "                                                    ------------------\n"
    "                                                      5,753     5,146\n"
    "                                                    ------------------\n"
    "Interest Expense\n"
    "Deposits..........................................    2,980     2,438\n"
    "Long-Term Debt....................................      245       226\n"
    "                                                    ------------------\n"
    "                                                      3,225     2,664\n"
    "                                                    ------------------\n"
    "Net Interest Revenue..............................    2,528     2,482\n"
    "Provision for Credit Losses.......................      321       374\n"
    "                                                    ------------------\n"
    "Net Interest Revenue After Provision for Credit\n"
    "  Losses..........................................    2,207     2,108\n"
    "                                                    ------------------\n"
    "Net Income........................................   $  755    $1,007\n";

START_TEST(test_bank_sections)
{
    int rc;
    xc_model *m = convert(BANK_SECTIONS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "InterestAndDividendIncomeOperating", NULL, "1998-09-30"),
                     "5753000000");
    ck_assert_str_eq(value_of(m, "InterestExpenseDeposits", NULL, "1998-09-30"), "2980000000");
    ck_assert_str_eq(value_of(m, "InterestExpense", NULL, "1997-09-30"), "2664000000");
    ck_assert_str_eq(value_of(m, "InterestIncomeExpenseNet", NULL, "1998-09-30"), "2528000000");
    ck_assert_str_eq(
        value_of(m, "InterestIncomeExpenseAfterProvisionForLoanLoss", NULL, "1998-09-30"),
        "2207000000");
    for (size_t i = 0; i < m->nfacts; i++) {
        ck_assert_ptr_null(strstr(m->facts[i].concept, "Securities"));
        ck_assert_ptr_null(strstr(m->facts[i].concept, "ext:Losses"));
    }
    xc_model_free(m);
}
END_TEST

/* Dividends in vulgar fractions, as old releases print them: "$.06 1/2"
 * is six and a half cents; "$.07 1/3" has no exact decimal, so it is left
 * out with a warning rather than rounded or dropped in silence. */
static const char FRACTIONS[] =
    "ACME CORP\n"
    "CONSOLIDATED STATEMENTS OF INCOME\n"
    "(in thousands, except per share amounts)\n"
    "\n"
    "                                   Three Months Ended March 31,\n"
    "                                      1999          1998\n"
    "                                   ----------    ----------\n"
    "Net sales                          $  12,000     $  10,000\n"
    "Net income                         $   1,200     $   1,000\n"
    "Net income per share - basic       $    .12      $    .10\n"
    "Dividends declared per share       $.07 1/3      $.06 1/2\n";

START_TEST(test_fractions)
{
    int rc;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = convert_diag(FRACTIONS, &d, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CommonStockDividendsPerShareDeclared", NULL, "1998-03-31"),
                     "0.065");
    ck_assert_ptr_null(value_of(m, "CommonStockDividendsPerShareDeclared", NULL, "1999-03-31"));
    int warned = 0;
    for (size_t i = 0; i < d.n; i++)
        warned += d.items[i].code == XC_EINEXACT && d.items[i].line == 11 &&
                  d.items[i].severity == XC_WARNING;
    ck_assert_int_eq(warned, 1);
    xc_model_free(m);
    xc_diag_free(&d);
}
END_TEST

/* A retailer's quarters by fiscal year ("First Quarter F1998") under a
 * title that dates the year ("Fiscal Year Ended January 30, 1999"): each
 * quarter ends where it does in that 52-week year, not on the title's
 * date; and the unlabelled sum under "Revenues:" is revenues, not the
 * gross profit revenues are an item of. */
static const char FISCAL_QUARTERS[] =
    "ACME Stores, Inc. and Subsidiaries\n"
    "Condensed Consolidated Statements of Earnings\n"
    "Fiscal Year Ended January 30, 1999\n"
    "(In thousands)\n"
    "<TABLE>\n"
    "<CAPTION>\n"
    "                                   First      Second       Third      Fourth\n"
    "                                 Quarter     Quarter     Quarter     Quarter         YTD\n"
    "                                   F1998       F1998       F1998       F1998       F1998\n"
    "                              ----------  ----------  ----------  ----------  ----------\n"
    "<S>                                  <C>         <C>         <C>         <C>         <C>\n"
    "Revenues:\n"
    "  Net sales                    $ 504,180   $ 532,015   $ 570,985   $ 744,003  $2,351,183\n"
    "  Other income                     2,781       2,743       2,891       3,184      11,599\n"
    "                              ----------  ----------  ----------  ----------  ----------\n"
    "                                 506,961     534,758     573,876     747,187   2,362,782\n"
    "Cost of sales                    378,135     399,011     428,239     558,002   1,763,387\n"
    "                              ----------  ----------  ----------  ----------  ----------\n"
    "Net earnings                   $ 128,826   $ 135,747   $ 145,637   $ 189,185  $  599,395\n"
    "</TABLE>\n";

START_TEST(test_fiscal_quarters)
{
    int rc;
    xc_model *m = convert(FISCAL_QUARTERS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1998-02-01", "1998-05-02"), "128826000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1998-08-02", "1998-10-31"), "145637000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1998-02-01", "1999-01-30"), "599395000");
    ck_assert_str_eq(value_of(m, "Revenues", "1998-05-03", "1998-08-01"), "534758000");
    ck_assert_ptr_null(value_of(m, "GrossProfit", NULL, "1998-05-02"));
    xc_model_free(m);
}
END_TEST

/* Five years of selected data, each ending on a Saturday: a year starts
 * the day after the one before it ends (February 3, not February 1, 2008;
 * the 53-week year to February 3, 2007 on January 29, 2006) */
static const char SELECTED_YEARS[] =
    "Selected Financial Data\n"
    "(In thousands)\n"
    "                                          Year Ended\n"
    "                    January 31,  February 2,  February 3,  January 28,  January 29,\n"
    "                           2009         2008         2007         2006         2005\n"
    "Net sales           $3,029,743   $3,224,076   $2,888,427   $2,732,428   $2,737,324\n"
    "Net income (loss)     (100,000)     150,000      120,000       80,000       90,000\n";

START_TEST(test_selected_years)
{
    int rc;
    xc_model *m = convert(SELECTED_YEARS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2008-02-03", "2009-01-31"), "-100000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2006-01-29", "2007-02-03"), "120000000");
    ck_assert_str_eq(value_of(m, "Revenues", "2004-02-01", "2005-01-29"), "2737324000");
    xc_model_free(m);
}
END_TEST

/* An insurer's balance sheet: no current sections, so its "Other assets"
 * and "Other liabilities" are the concepts of such sheets. A label that
 * wraps twice, its first line ending in a comma, hangs its later lines in:
 * the last one, starting with an amount in words, is no label of its own. */
static const char UNCLASSIFIED[] =
    "                      CONSOLIDATED BALANCE SHEETS\n"
    "                            (In thousands)\n"
    "\n"
    "                                            September 30, December 31,\n"
    "                                                    2025         2024\n"
    "                                            ------------ ------------\n"
    "ASSETS\n"
    "Investments:\n"
    "  Fixed maturities, available for sale,\n"
    "    at fair value (amortized cost\n"
    "    $3,412,880 and $3,298,410)              $  3,298,115 $  3,140,620\n"
    "  Equity securities, at fair value               214,530      198,760\n"
    "                                              ----------   ----------\n"
    "    Total investments                          3,512,645    3,339,380\n"
    "Cash and cash equivalents                        118,240      104,960\n"
    "Other assets                                     151,305      149,820\n"
    "                                              ----------   ----------\n"
    "  Total assets                              $  3,782,190 $  3,594,160\n"
    "LIABILITIES AND SHAREHOLDERS' EQUITY\n"
    "Unearned premiums                                812,430      768,950\n"
    "Other liabilities                                196,380      201,790\n"
    "                                              ----------   ----------\n"
    "    Total liabilities                          1,008,810      970,740\n"
    "Total shareholders' equity                     2,773,380    2,623,420\n"
    "                                              ----------   ----------\n"
    "  Total liabilities and equity              $  3,782,190 $  3,594,160\n";

START_TEST(test_unclassified)
{
    int rc;
    xc_model *m = convert(UNCLASSIFIED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "AvailableForSaleSecuritiesDebtSecurities", NULL, "2025-09-30"),
                     "3298115000");
    ck_assert_str_eq(value_of(m, "OtherAssets", NULL, "2025-09-30"), "151305000");
    ck_assert_str_eq(value_of(m, "OtherLiabilities", NULL, "2024-12-31"), "201790000");
    ck_assert_ptr_null(value_of(m, "OtherAssetsNoncurrent", NULL, "2025-09-30"));
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(!m->facts[i].numeric || strncmp(m->facts[i].concept, "us-gaap:", 8) == 0,
                      "%s", m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* A contra asset under a total that is an extension: "Less accumulated
 * depreciation" is deducted from the plant, never negative, as under
 * "Property, plant and equipment, net". */
static const char CONTRA[] =
    "                           CONSOLIDATED BALANCE SHEETS\n"
    "                                 (In millions)\n"
    "\n"
    "                                           September 30,   December 31,\n"
    "                                                   2025           2024\n"
    "ASSETS\n"
    "Rolling stock, at original cost               $  1,842.6     $  1,514.2\n"
    "Less accumulated depreciation                     (871.4)        (402.8)\n"
    "                                                ---------      ---------\n"
    "Net rolling stock                                  971.2        1,111.4\n"
    "Cash and cash equivalents                           42.7           38.1\n"
    "                                                ---------      ---------\n"
    "Total assets                                  $  1,013.9     $  1,149.5\n"
    "LIABILITIES AND EQUITY\n"
    "Accounts payable                              $    213.9     $    149.5\n"
    "Total equity                                       800.0        1,000.0\n"
    "                                                ---------      ---------\n"
    "Total liabilities and equity                  $  1,013.9     $  1,149.5\n";

START_TEST(test_contra_under_extension)
{
    int rc;
    xc_model *m = convert(CONTRA, &rc);
    ck_assert_int_gt(rc, 0);
    const char *ad = "AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment";
    ck_assert_str_eq(value_of(m, ad, NULL, "2025-09-30"), "871400000");
    ck_assert_str_eq(value_of(m, ad, NULL, "2024-12-31"), "402800000");
    xc_model_free(m);
}
END_TEST

/* Two columns' heads set one blank apart ("2003 Change") are two heads
 * where the rule below them has a gap there: the year's column is a
 * period, the change's none. */
static const char RULE_GAP[] =
    "                   Significant Factors Impacting EPS\n"
    "\n"
    "                                     3 Months Ended December         12 Months Ended December\n"
    "                                     -----------------------         ------------------------\n"
    "                                       2004    2003  Change            2004    2003 Change\n"
    "                                      ----     ----   ------           ----    ---- ------\n"
    "\n"
    "Consolidated Earnings-               $ 0.24  $ 0.22   $0.02           $2.04   $1.97  $0.07\n";

START_TEST(test_rule_gap_splits_header)
{
    int rc;
    xc_model *m = convert(RULE_GAP, &rc);
    ck_assert_int_gt(rc, 0);
    char buf[32];
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].numeric)
            ck_assert_str_ne(xc_decimal_format(m->facts[i].value, buf), "0.07");
    ck_assert_str_eq(value_of(m, "ConsolidatedEarnings", "2003-01-01", "2003-12-31"), "1.97");
    ck_assert_str_eq(value_of(m, "ConsolidatedEarnings", "2004-01-01", "2004-12-31"), "2.04");
    xc_model_free(m);
}
END_TEST

/* A REIT's reconciliation to funds from operations. Its long title, set in
 * capitals, is a title and no narrative: the table is non-GAAP. It starts
 * from the income statement's net income, so it reads as an income
 * statement although its add-backs look like a cash flow's: its first row
 * is that fact, not an extension. "Shares and units outstanding" counts
 * shares, in thousands as the note says. */
static const char FFO[] =
    "                         CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                        (In thousands, except per share amounts)\n"
    "\n"
    "                                                Three Months Ended\n"
    "                                                     June 30,\n"
    "                                                    2025         2024\n"
    "                                                --------     --------\n"
    "Rental revenue                              $    184,320 $    171,450\n"
    "Property operating expenses                       28,940       27,360\n"
    "Net income attributable to common\n"
    "  shareholders                              $     33,110 $     17,410\n"
    "\n"
    "          RECONCILIATION OF NET INCOME TO FUNDS FROM OPERATIONS (FFO) AND ADJUSTED FFO\n"
    "                        (In thousands, except per share amounts)\n"
    "\n"
    "                                                Three Months Ended\n"
    "                                                     June 30,\n"
    "                                                    2025         2024\n"
    "                                                --------     --------\n"
    "Net income attributable to common\n"
    "  shareholders                              $     33,110 $     17,410\n"
    "Adjustments:\n"
    "  Depreciation and amortization of real\n"
    "    estate                                        67,920       63,450\n"
    "  Stock-based compensation                         2,150        1,980\n"
    "                                              ----------   ----------\n"
    "FFO attributable to common shareholders     $    103,180 $     82,840\n"
    "Weighted average diluted shares and units\n"
    "  outstanding                                    121,300      120,850\n";

START_TEST(test_ffo_reconciliation)
{
    int rc;
    xc_model *m = convert(FFO, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "NetIncomeLossAvailableToCommonStockholdersBasic", NULL,
                              "2025-06-30"),
                     "33110000");
    int ffo = 0, shares = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        ck_assert_msg(!strstr(f->concept, "NetIncome") || !strstr(f->concept, "NonGaap"), "%s",
                      f->concept);
        if (strstr(f->concept, "NonGaapFfo"))
            ffo++;
        if (strstr(f->concept, "NonGaap") && strstr(f->concept, "Shares")) {
            char buf[64];
            const char *v = xc_decimal_format(f->value, buf);
            ck_assert_msg(!strcmp(v, "121300000") || !strcmp(v, "120850000"), "%s", v);
            shares++;
        }
    }
    ck_assert_int_eq(ffo, 2);
    ck_assert_int_eq(shares, 2);
    xc_model_free(m);
}
END_TEST

/* Labels wrapped with a hang of two spaces and dot leaders, the share of
 * "per share" named at length. */
static const char WIDE_HANG[] =
    "                          EARNINGS REPORT\n"
    "                     (IN THOUSANDS OF DOLLARS)\n"
    "\n"
    "                                           YEAR ENDED DECEMBER 31,\n"
    "                                            1999          1998\n"
    "Operating Revenues . . . . . . . . . .  $4,084,186    $3,992,420\n"
    "Other items\n"
    "  Gain on sale of assets . . . . . . .       1,200           800\n"
    "Net Income . . . . . . . . . . . . . .  $   35,088    $  157,380\n"
    "\n"
    "Average Number of Shares of Common\n"
    "  Stock Outstanding (in thousands) . .     186,689       166,186\n"
    "Basic and Diluted Earnings per Average\n"
    "  Share of Common Stock. . . . . . . .  $     0.19    $     0.95\n";

START_TEST(test_wide_hang)
{
    int rc;
    xc_model *m = convert(WIDE_HANG, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "WeightedAverageNumberOfSharesOutstandingBasic", "1999-01-01",
                              "1999-12-31"),
                     "186689000");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", "1998-01-01", "1998-12-31"), "0.95");
    ck_assert_ptr_null(value_of(m, "CommonStockSharesOutstanding", NULL, "1999-12-31"));
    /* a short heading over one item is no wrap */
    int gain = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const char *l = m->facts[i].prov.row_label;
        gain += l && !strcmp(l, "Gain on sale of assets . . . . . . .");
    }
    ck_assert_int_eq(gain, 2);
    xc_model_free(m);
}
END_TEST

/* A gross profit of two unnamed lines: the deducted one is a cost. */
static const char UNNAMED_COST[] =
    "ACME CORP CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(in thousands)\n"
    "                                 Three Months Ended\n"
    "                                      June 30,\n"
    "                                  2024        2023\n"
    "Tuition revenue                 $  100      $   90\n"
    "Cost of educational services        60          50\n"
    "Gross profit                        40          40\n"
    "Selling and administrative          10          10\n"
    "Operating income                    30          30\n";

START_TEST(test_unnamed_cost)
{
    int rc;
    xc_model *m = convert(UNNAMED_COST, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-04-01", "2024-06-30"), "100000");
    ck_assert_str_eq(value_of(m, "CostOfGoodsAndServicesSold", "2023-04-01", "2023-06-30"),
                     "50000");
    xc_model_free(m);
}
END_TEST

/* Quarters by name, the year of the first rows printed in the header's
 * stub and the next one above its rows. */
static const char STUB_YEAR[] =
    "                   QUARTERLY FINANCIAL DATA (UNAUDITED)\n"
    "              (In thousands, except per share amounts)\n"
    "\n"
    "                          First      Second      Third     Fourth\n"
    "1999                     Quarter     Quarter    Quarter    Quarter\n"
    "                        --------    --------   --------   --------\n"
    "Net sales               $ 10,000    $ 11,000   $ 12,000   $ 13,000\n"
    "Net income                 1,000       1,100      1,200      1,300\n"
    "\n"
    "1998\n"
    "Net sales               $  9,000    $ 10,000   $ 11,000   $ 12,000\n"
    "Net income                   900       1,000      1,100      1,200\n";

START_TEST(test_stub_year)
{
    int rc;
    xc_model *m = convert(STUB_YEAR, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1999-07-01", "1999-09-30"), "12000000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1998-10-01", "1998-12-31"), "1200000");
    xc_model_free(m);
}
END_TEST

/* A bank's figures at quarter ends, "Total assets" first: it adds up
 * nothing in the table, so the loans below are no liability (and
 * deposits no asset). */
static const char BANK_SUMMARY[] =
    "                         OMEGA BANCORP\n"
    "              SELECTED FINANCIAL DATA (Unaudited)\n"
    "                    (Dollars in thousands)\n"
    "\n"
    "                                   Three Months Ended\n"
    "                                 3/31/04      3/31/03\n"
    "Net interest income              $ 8,388      $ 7,359\n"
    "Provision for loan losses            300          400\n"
    "Noninterest income                 2,110        2,331\n"
    "Net income                       $ 2,538      $ 2,230\n"
    "\n"
    "                                 3/31/04      3/31/03\n"
    "Total assets                   $ 912,440    $ 870,331\n"
    "Total loans                      640,118      601,200\n"
    "Total deposits                   770,225      739,442\n";

START_TEST(test_bank_summary)
{
    int rc;
    xc_model *m = convert(BANK_SUMMARY, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(
        value_of(m, "FinancingReceivableExcludingAccruedInterestBeforeAllowanceForCreditLoss",
                 NULL, "2004-03-31"),
        "640118000");
    ck_assert_str_eq(value_of(m, "Deposits", NULL, "2003-03-31"), "739442000");
    xc_model_free(m);
}
END_TEST

/* The company's name before "today reported": not the headline above it
 * ("... Fourth Quarter Results" / "Lambda Devices, Inc. today ..."), but
 * across a line break where a dateline starts it ("-- Lambda Devices," /
 * "Inc. today ..."). */
static const char HEADLINE_NAME[] =
    "LAMBDA DEVICES REPORTS FISCAL 2024 FOURTH QUARTER RESULTS\n"
    "%s today reported results for its fourth quarter.\n"
    "\n"
    "CONSOLIDATED STATEMENTS OF OPERATIONS (in thousands)\n"
    "                                Three Months Ended June 30,\n"
    "                                  2024            2023\n"
    "Revenue                          $98,633        $89,973\n"
    "Net income                         9,100          8,004\n";

START_TEST(test_headline_name)
{
    static const char *const names[] = {"Lambda Devices, Inc.",
                                        "SAN JOSE, July 22 -- Lambda Devices,\nInc."};
    for (int i = 0; i < 2; i++) {
        char doc[1024];
        snprintf(doc, sizeof(doc), HEADLINE_NAME, names[i]);
        int rc;
        xc_model *m = convert(doc, &rc);
        ck_assert_int_gt(rc, 0);
        ck_assert_str_eq(m->entity_name, "Lambda Devices, Inc.");
        xc_model_free(m);
    }
}
END_TEST

/* Columns that say only "Quarter" and "Year to Date" over years: the
 * quarter is the one the text says the release reports ("the third
 * quarter ended September 27, 1997"), a year of weeks earlier for 1996,
 * and the year to date runs to its end; not the calendar's last quarter
 * and whole year. */
static const char QUARTER_SAID[] =
    "Nu Corporation today reported earnings for the third quarter ended September 27, 1997.\n"
    "\n"
    "                     CONSOLIDATED STATEMENTS OF EARNINGS\n"
    "                               (In thousands)\n"
    "\n"
    "                              ------- Quarter -------    ---- Year to Date ----\n"
    "                                  1997         1996         1997         1996\n"
    "Net sales                     $  412,308   $  388,120   $1,201,455   $1,120,332\n"
    "Net earnings                      22,656       19,809       60,357       51,331\n";

START_TEST(test_quarter_said)
{
    int rc;
    xc_model *m = convert(QUARTER_SAID, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "1997-06-29", "1997-09-27"), "412308000");
    ck_assert_str_eq(value_of(m, "Revenues", "1996-06-30", "1996-09-28"), "388120000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "1996-12-29", "1997-09-27"), "60357000");
    xc_model_free(m);
}
END_TEST

/* A note's letter after an amount ("60,114 (a)") marks it: the amount
 * is the row's, not part of its label. */
static const char NOTE_LETTERS[] =
    "                  CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n"
    "                               (In thousands)\n"
    "\n"
    "                                            Three Months Ended March 31,\n"
    "                                               2005              2004\n"
    "Revenues                                    $  88,120         $  80,455\n"
    "Cost of revenues                               60,114 (a)        55,902\n"
    "Restructuring charges                           2,100 [b]            --\n"
    "Operating income                               25,906            24,553\n"
    "\n"
    "(a) Includes $1.2 million of inventory write-downs.\n";

START_TEST(test_note_letters)
{
    int rc;
    xc_model *m = convert(NOTE_LETTERS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2005-01-01", "2005-03-31"), "60114000");
    ck_assert_str_eq(value_of(m, "CostOfRevenue", "2004-01-01", "2004-03-31"), "55902000");
    ck_assert_str_eq(value_of(m, "RestructuringCharges", "2005-01-01", "2005-03-31"), "2100000");
    xc_model_free(m);
}
END_TEST

/* A column of changes whose percent sign stands one blank apart ("4.7 %"),
 * or that prints a rise with a plus sign ("+18.4%"), and an amount whose
 * minus stands one blank apart ("- 1.2"):
 * the row keeps its amounts. */
static const char PERCENT_APART[] =
    "                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                    (Dollars in millions, except per share)\n"
    "\n"
    "                            Fourth Quarter Ended\n"
    "                          Feb. 1,     Feb. 3,      Increase     %\n"
    "                           2025        2024       (Decrease)  Change\n"
    "Net sales               $ 1,204.5   $ 1,150.2    $   54.3      4.7 %\n"
    "Cost of sales               771.0       740.9        30.1      4.1\n"
    "Gross profit                433.5       409.3        24.2      5.9\n"
    "Net income              $    61.6   $    50.5    $   11.1     22.0 %\n"
    "Operating income            88.2        74.5        13.7    +18.4%\n"
    "Other expense, net         - 1.2         0.5        (1.7)      n/m\n";

START_TEST(test_percent_apart)
{
    int rc;
    xc_model *m = convert(PERCENT_APART, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-11-03", "2025-02-01"), "1204500000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-11-05", "2024-02-03"), "1150200000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-11-03", "2025-02-01"), "61600000");
    ck_assert_str_eq(value_of(m, "GrossProfit", "2023-11-05", "2024-02-03"), "409300000");
    ck_assert_str_eq(value_of(m, "OperatingIncomeLoss", "2024-11-03", "2025-02-01"), "88200000");
    /* and a minus set one blank before its digits */
    ck_assert_str_eq(value_of(m, "OtherNonoperatingIncomeExpense", "2024-11-03", "2025-02-01"),
                     "-1200000");
    size_t numeric = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        numeric += m->facts[i].numeric;
    ck_assert_int_eq((int)numeric, 12); /* no change and no percentage */
    xc_model_free(m);
}
END_TEST

/* "Basic" heads items whose labels wrap, each set off by a blank line: it
 * is no first line of the label below it. */
static const char WRAPPED_GROUP[] =
    "                       STATEMENTS OF INCOME\n"
    "              (In millions, except per share data)\n"
    "\n"
    "                                       Three Months Ended\n"
    "                                     July 3,      June 28,\n"
    "                                      2004          2003\n"
    "    Income before cumulative effect of\n"
    "     change in accounting principle     53           309\n"
    "\n"
    "    Cumulative effect of change in\n"
    "     accounting principle               (8)            -\n"
    "\n"
    "    NET INCOME                        $ 45         $ 309\n"
    "\n"
    "    EARNINGS PER COMMON SHARE\n"
    "\n"
    "    Basic\n"
    "      Earnings per share before\n"
    "       cumulative effect of change in\n"
    "       accounting principle          $ 0.25       $ 1.04\n"
    "\n"
    "      Cumulative effect of change in\n"
    "       accounting principle          $(0.04)      $    -\n"
    "\n"
    "      Earnings per share             $ 0.21       $ 1.04\n"
    "\n"
    "    Diluted\n"
    "      Earnings per share before\n"
    "       cumulative effect of change in\n"
    "       accounting principle          $ 0.24       $ 1.03\n"
    "\n"
    "      Cumulative effect of change in\n"
    "       accounting principle          $(0.04)      $    -\n"
    "\n"
    "      Earnings per share             $ 0.20       $ 1.03\n";

START_TEST(test_wrapped_group)
{
    int rc;
    xc_model *m = convert(WRAPPED_GROUP, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "EarningsPerShareBasic", NULL, "2004-07-03"), "0.21");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2004-07-03"), "0.2");
    ck_assert_str_eq(value_of(m, "EarningsPerShareDiluted", NULL, "2003-06-28"), "1.03");
    ck_assert_str_eq(value_of(m,
                              "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChange"
                              "InAccountingPrinciplePerBasicShare",
                              NULL, "2004-07-03"),
                     "0.25");
    ck_assert_str_eq(value_of(m,
                              "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChange"
                              "InAccountingPrinciplePerDilutedShare",
                              NULL, "2003-06-28"),
                     "1.03");
    xc_model_free(m);
}
END_TEST

/* Vertical rules between a successor's and its predecessor's columns are
 * spacing, and neither name is a segment: the periods tell them apart. */
static const char SUCCESSOR_BARS[] =
    "               CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                            (In thousands)\n"
    "\n"
    "                                  Successor       |       Predecessor\n"
    "                             ---------------------+------------------------------\n"
    "                              Period from         |  Period from\n"
    "                             February 16, 2024    |  January 1, 2024     Three Months\n"
    "                                through           |     through              Ended\n"
    "                             March 31, 2024       |  February 15, 2024   March 31, 2023\n"
    "Revenues                        $ 45,210          |     $ 52,330          $ 101,880\n"
    "Operating expenses                38,115          |       47,990             92,440\n"
    "Net income                      $  7,095          |     $  4,340          $   9,440\n";

START_TEST(test_successor_bars)
{
    int rc;
    xc_model *m = convert(SUCCESSOR_BARS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Revenues", "2024-02-16", "2024-03-31"), "45210000");
    ck_assert_str_eq(value_of(m, "Revenues", "2024-01-01", "2024-02-15"), "52330000");
    ck_assert_str_eq(value_of(m, "Revenues", "2023-01-01", "2023-03-31"), "101880000");
    ck_assert_str_eq(value_of(m, "NetIncomeLoss", "2024-02-16", "2024-03-31"), "7095000");
    xc_model_free(m);
}
END_TEST

/* Selected data for each year go on from its income to its cash flows,
 * which a label names exactly. */
static const char SELECTED_CASH[] =
    "                        SELECTED FINANCIAL DATA\n"
    "              (Dollars in millions, except per share amounts)\n"
    "\n"
    "Year Ended December 31,        2024       2023       2022\n"
    "                             -------    -------    -------\n"
    "Net sales                    $ 4,210    $ 4,015    $ 4,388\n"
    "Net income                       312        288        401\n"
    "Total assets                   6,880      6,540      6,710\n"
    "Capital expenditures             410        380        355\n"
    "Net cash provided by operating\n"
    "  activities                     515        470        602\n";

START_TEST(test_selected_cash)
{
    int rc;
    xc_model *m = convert(SELECTED_CASH, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "PaymentsToAcquirePropertyPlantAndEquipment", "2024-01-01",
                              "2024-12-31"),
                     "410000000");
    ck_assert_str_eq(value_of(m, "NetCashProvidedByUsedInOperatingActivities", "2022-01-01",
                              "2022-12-31"),
                     "602000000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "2023-12-31"), "6540000000");
    xc_model_free(m);
}
END_TEST

/* The opening text says what currency all amounts are in, and no table
 * names one: the amounts are in it. */
#define MONEY_SAID_HEAD                                                                    \
    "Theta Mining Corp. Reports First Quarter 2025 Results\n"                              \
    "\n"                                                                                   \
    "TORONTO, Ontario, May 1, 2025 -- Theta Mining Corp. (NYSE: THM) today reported\n"
#define MONEY_SAID_TABLE                                                                   \
    "\n"                                                                                   \
    "                 CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n"                       \
    "                 (in thousands, except per share amounts)\n"                          \
    "\n"                                                                                   \
    "                                     Three Months Ended March 31,\n"                  \
    "                                        2025            2024\n"                       \
    "Revenue                             $ 45,210        $ 41,330\n"                       \
    "Net income                          $  4,515        $  3,880\n"                       \
    "Diluted earnings per share          $   0.21        $   0.18\n"
static const char MONEY_SAID[] =
    MONEY_SAID_HEAD "results for the quarter ended March 31, 2025. All amounts are in Canadian "
                    "dollars\nunless otherwise stated.\n" MONEY_SAID_TABLE;
/* (no currency after "All amounts"; one named in the next sentence) */
static const char MONEY_UNSAID[] =
    MONEY_SAID_HEAD "results for the quarter ended March 31, 2025. All amounts are unaudited.\n"
                    "Sales in Canadian dollars rose 4%.\n" MONEY_SAID_TABLE;

START_TEST(test_money_said)
{
    int rc;
    xc_model *m = convert(MONEY_SAID, &rc);
    ck_assert_int_gt(rc, 0);
    const char *unit = NULL;
    ck_assert_str_eq(fact_with(m, "Revenues", "2025-03-31", &unit), "45210000");
    ck_assert_str_eq(unit, "iso4217:CAD");
    ck_assert_str_eq(fact_with(m, "EarningsPerShareDiluted", "2024-03-31", &unit), "0.18");
    ck_assert_str_eq(unit, "iso4217:CAD");
    xc_model_free(m);
    m = convert(MONEY_UNSAID, &rc);
    ck_assert_str_eq(fact_with(m, "Revenues", "2025-03-31", &unit), "45210000");
    ck_assert_str_eq(unit, "iso4217:USD");
    xc_model_free(m);
}
END_TEST

/* A statement of one date, its title's, printed with items set in from
 * their totals: the two columns are one. */
static const char STAGGERED[] =
    "                       CONSOLIDATED BALANCE SHEET\n"
    "                            December 31, 1996\n"
    "                             (In thousands)\n"
    "\n"
    "Current assets:\n"
    "  Cash                                        $  1,000\n"
    "  Accounts receivable                            2,000\n"
    "                                              --------\n"
    "    Total current assets                                  $  3,000\n"
    "Property and equipment, net                                  5,000\n"
    "                                                          --------\n"
    "Total assets                                              $  8,000\n"
    "                                                          ========\n"
    "Current liabilities                                       $  2,000\n"
    "Stockholders' equity                                         6,000\n"
    "                                                          --------\n"
    "Total liabilities and stockholders' equity                $  8,000\n";

/* (the date over the totals' column only) */
static const char STAGGERED_HEAD[] =
    "                       CONSOLIDATED BALANCE SHEET\n"
    "                             (In thousands)\n"
    "\n"
    "                                                          December 31,\n"
    "                                                              1996\n"
    "Current assets:\n"
    "  Cash                                        $  1,000\n"
    "  Accounts receivable                            2,000\n"
    "                                              --------\n"
    "    Total current assets                                  $  3,000\n"
    "Property and equipment, net                                  5,000\n"
    "                                                          --------\n"
    "Total assets                                              $  8,000\n";

START_TEST(test_staggered)
{
    int rc;
    xc_model *m = convert(STAGGERED, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "1996-12-31"),
                     "1000000");
    ck_assert_str_eq(value_of(m, "AssetsCurrent", NULL, "1996-12-31"), "3000000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "1996-12-31"), "8000000");
    xc_model_free(m);
    m = convert(STAGGERED_HEAD, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "AccountsReceivableNetCurrent", NULL, "1996-12-31"), "2000000");
    ck_assert_str_eq(value_of(m, "AssetsCurrent", NULL, "1996-12-31"), "3000000");
    xc_model_free(m);
}
END_TEST

/* A bank's sheet whose total assets and total liabilities and equity are
 * unlabelled sums: the first, matched amount for amount by the second, is
 * total assets, with loans held for sale and an extension among its items. */
static const char BANK_SUMS[] =
    "                       Consolidated Condensed Balance Sheets\n"
    "                                  (In Thousands)\n"
    "\n"
    "                                                    September 30,  December 31,\n"
    "                                                         1998          1997\n"
    "                                                    ------------  ------------\n"
    "Cash and due from banks                             $    117,841  $    156,664\n"
    "Mortgages held for sale                                   49,861        31,360\n"
    "Loans, net                                            1,216,389     1,213,985\n"
    "Customers' acceptance liability                          14,861        12,091\n"
    "                                                    ------------  ------------\n"
    "                                                    $  1,398,952  $  1,414,100\n"
    "                                                    ============  ============\n"
    "Deposits                                            $  1,088,952  $  1,122,100\n"
    "Stockholders' equity                                     310,000       292,000\n"
    "                                                    ------------  ------------\n"
    "                                                    $  1,398,952  $  1,414,100\n"
    "                                                    ============  ============\n";

START_TEST(test_bank_sums)
{
    int rc;
    xc_model *m = convert(BANK_SUMS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(value_of(m, "Assets", NULL, "1998-09-30"), "1398952000");
    ck_assert_str_eq(value_of(m, "Assets", NULL, "1997-12-31"), "1414100000");
    ck_assert_str_eq(value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "1997-12-31"),
                     "1414100000");
    xc_model_free(m);
}
END_TEST

/* A title that names a year and a range since inception dates each column
 * by its own: the range is not the year's ("1997" was read from June 3,
 * 1996 to December 31, 1997). */
static const char INCEPTION[] =
    "                      CHI CORP.\n"
    "                STATEMENTS OF OPERATIONS\n"
    "     YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM\n"
    "     JUNE 3, 1996 (INCEPTION) TO DECEMBER 31, 1996\n"
    "\n"
    "                                              1997           1996\n"
    "Net revenues                             $  850,000     $  120,000\n"
    "Cost of revenues                            300,000         50,000\n"
    "Gross profit                                550,000         70,000\n"
    "Research and development                  2,100,000        400,000\n"
    "Net loss                                $(1,550,000)    $ (330,000)\n";

START_TEST(test_inception_range)
{
    int rc;
    xc_model *m = convert(INCEPTION, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "GrossProfit", "1997-01-01", "1997-12-31");
    ck_assert_msg(v && !strcmp(v, "550000"), "1997: %s", v ? v : "(none)");
    v = value_of(m, "GrossProfit", "1996-06-03", "1996-12-31");
    ck_assert_msg(v && !strcmp(v, "70000"), "1996: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* A balance sheet's totals by its arithmetic: "TOTAL" under the assets is
 * total assets, as the "TOTAL" below the liabilities and equity that
 * matches it is theirs; "Total current liabilities" stays what it says
 * beside a long-term "Line of credit" below it, which the calculation
 * counts among current liabilities (it was read as other current
 * liabilities, and the first "TOTAL" as an extension). */
static const char TOTAL_ROWS[] =
    "                         PSI CORP.\n"
    "                       BALANCE SHEETS\n"
    "                                                        1997          1996\n"
    "CURRENT ASSETS:\n"
    "  Cash and equivalents                              $ 1,576,716   $ 2,415,200\n"
    "  Other current assets                                   77,036        16,187\n"
    "                                                    -----------   -----------\n"
    "           Total current assets                       1,653,752     2,431,387\n"
    "PROPERTY AND EQUIPMENT, Net                             727,234       318,915\n"
    "                                                    -----------   -----------\n"
    "TOTAL                                               $ 2,380,986   $ 2,750,302\n"
    "                                                    ===========   ===========\n"
    "LIABILITIES AND STOCKHOLDERS' EQUITY\n"
    "CURRENT LIABILITIES:\n"
    "  Accounts payable                                  $    90,949   $    77,756\n"
    "  Other accrued liabilities                             254,439       110,835\n"
    "  Deferred revenue                                      457,692       117,769\n"
    "  Current portion - line of credit                      200,000        17,769\n"
    "                                                    -----------   -----------\n"
    "           Total current liabilities                  1,003,080       324,129\n"
    "                                                    -----------   -----------\n"
    "LINE OF CREDIT                                          179,310        48,866\n"
    "STOCKHOLDERS' EQUITY:\n"
    "  Common stock                                          420,610        15,335\n"
    "  Retained earnings                                     777,986     2,361,972\n"
    "                                                    -----------   -----------\n"
    "           Total stockholders' equity                 1,198,596     2,377,307\n"
    "                                                    -----------   -----------\n"
    "TOTAL                                               $ 2,380,986   $ 2,750,302\n"
    "                                                    ===========   ===========\n";

START_TEST(test_total_rows)
{
    int rc;
    xc_model *m = convert(TOTAL_ROWS, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "Assets", NULL, "1997-12-31");
    ck_assert_msg(v && !strcmp(v, "2380986"), "assets: %s", v ? v : "(none)");
    v = value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "1997-12-31");
    ck_assert_msg(v && !strcmp(v, "2380986"), "liabilities and equity: %s", v ? v : "(none)");
    v = value_of(m, "LiabilitiesCurrent", NULL, "1997-12-31");
    ck_assert_msg(v && !strcmp(v, "1003080"), "current liabilities: %s", v ? v : "(none)");
    v = value_of(m, "LinesOfCreditCurrent", NULL, "1996-12-31");
    ck_assert_msg(v && !strcmp(v, "17769"), "line of credit, current: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* The last row below total assets that matches it is total liabilities
 * and equity, however long its label; with no such row, it was an
 * extension, or the liabilities read from its first clause. */
static const char LONG_TOTAL[] =
    "                    UPSILON THERAPEUTICS, INC.\n"
    "               CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "                          (in thousands)\n"
    "                                               September 30,   December 31,\n"
    "                                                   2024            2023\n"
    "Cash and cash equivalents                       $ 120,000       $ 150,000\n"
    "Property and equipment, net                        10,000          11,000\n"
    "Total assets                                    $ 130,000       $ 161,000\n"
    "Accounts payable                                $   6,000       $   5,000\n"
    "Accrued expenses                                   12,000          11,000\n"
    "Redeemable noncontrolling interest                 20,000          18,000\n"
    "Redeemable convertible preferred stock             50,000          50,000\n"
    "Common stock                                           10              10\n"
    "Additional paid-in capital                        320,000         310,000\n"
    "Accumulated deficit                              (278,010)       (233,010)\n"
    "Total stockholders' equity                         41,990          76,990\n"
    "Total liabilities, redeemable noncontrolling\n"
    "  interest, redeemable convertible preferred\n"
    "  stock and stockholders' equity                $ 130,000       $ 161,000\n";

START_TEST(test_long_total)
{
    int rc;
    xc_model *m = convert(LONG_TOTAL, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "LiabilitiesAndStockholdersEquity", NULL, "2024-09-30");
    ck_assert_msg(v && !strcmp(v, "130000000"), "liabilities and equity: %s", v ? v : "(none)");
    ck_assert_ptr_null(value_of(m, "Liabilities", NULL, "2024-09-30"));
    v = value_of(m, "TemporaryEquityCarryingAmountAttributableToParent", NULL, "2024-09-30");
    ck_assert_msg(v && !strcmp(v, "50000000"), "redeemable preferred: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* "Quarter Ended September 30" over "This Year | Last Year" names no year:
 * the release's date does (the table was skipped). */
static const char THIS_YEAR[] =
    "CHATTANOOGA, Tenn., Oct. 14, 2004 -- Lambda Freight, Inc. today reported\n"
    "net income of $38.0 million for the quarter.\n"
    "\n"
    "               STATEMENTS OF OPERATIONS (UNAUDITED)\n"
    "        (In thousands, except per share data)\n"
    "\n"
    "                                  Quarter Ended September 30\n"
    "                                  This Year       Last Year\n"
    "                                  ---------       ---------\n"
    "Operating revenues                $ 512,300       $ 480,100\n"
    "Operating expenses                  452,300         425,100\n"
    "                                  ---------       ---------\n"
    "Operating income                     60,000          55,000\n"
    "Net income                        $  38,000       $  34,000\n";

START_TEST(test_this_year)
{
    int rc;
    xc_model *m = convert(THIS_YEAR, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "NetIncomeLoss", "2004-07-01", "2004-09-30");
    ck_assert_msg(v && !strcmp(v, "38000000"), "this year: %s", v ? v : "(none)");
    v = value_of(m, "NetIncomeLoss", "2003-07-01", "2003-09-30");
    ck_assert_msg(v && !strcmp(v, "34000000"), "last year: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* Amounts under a heading that says per what ("Average costs per BOE:")
 * are amounts per unit: not the statement's costs in thousands, which
 * they contradicted, so that the whole table became a segment named by
 * its title. Volumes in thousands of barrels and a rate per day count. */
static const char PER_UNIT_HEADING[] =
    "              CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED)\n"
    "                  (In thousands, except per share amounts)\n"
    "                                       Three Months Ended September 30,\n"
    "                                          2005             2004\n"
    "Oil and gas sales                     $  250,000       $  180,000\n"
    "Lease operating expenses                  40,000           35,000\n"
    "Depreciation, depletion and amortization  60,000           50,000\n"
    "Net income                            $  150,000       $   95,000\n"
    "\n"
    "                     SELECTED OPERATING DATA\n"
    "\n"
    "                                       Three Months Ended September 30,\n"
    "                                          2005             2004\n"
    "Oil (MBbls)                                1,500            1,400\n"
    "Average daily production (BOE/d)          52,532           47,826\n"
    "Average costs per BOE:\n"
    "  Lease operating expenses             $     8.28       $     7.95\n"
    "  Depreciation, depletion and\n"
    "    amortization                       $    12.41       $    11.36\n";

START_TEST(test_per_unit_heading)
{
    int rc;
    xc_model *m = convert(PER_UNIT_HEADING, &rc);
    ck_assert_int_gt(rc, 0);
    static const char *const want[][3] = {
        {"AverageCostsPerBoeLeaseOperatingExpenses", "8.28", "iso4217:USD"},
        {"AverageCostsPerBoeDepreciation", "12.41", "iso4217:USD"},
        {"OilMbbls", "1500", "xbrli:pure"},
        {"AverageDailyProductionBoe", "52532", "xbrli:pure"},
    };
    for (size_t k = 0; k < sizeof(want) / sizeof(want[0]); k++) {
        const char *unit = NULL, *v = fact_with(m, want[k][0], "2005-09-30", &unit);
        ck_assert_msg(v != NULL, "no fact for %s", want[k][0]);
        ck_assert_str_eq(v, want[k][1]);
        ck_assert_str_eq(unit, want[k][2]);
    }
    ck_assert_str_eq(value_of(m, "DepreciationDepletionAndAmortization", NULL, "2005-09-30"),
                     "60000000");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(!m->contexts[m->facts[i].context].ndims, "%s has a member",
                      m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* "Dollars in thousands" over shares outstanding printed one by one: net
 * income over earnings per share says which scale the count is in, for a
 * count at the period's end too (it was 20.1 billion shares). */
static const char SHARES_AT_END[] =
    "                           SELECTED FINANCIAL DATA\n"
    "                (Dollars in thousands, except per share data)\n"
    "                                              Three Months Ended\n"
    "                                                 December 31,\n"
    "                                              2004          2003\n"
    "Net income                                 $   12,500    $   11,000\n"
    "Diluted earnings per share                 $     0.61    $     0.54\n"
    "Shares outstanding at end of period        20,100,000    20,000,000\n";

START_TEST(test_shares_at_end)
{
    int rc;
    xc_model *m = convert(SHARES_AT_END, &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "CommonStockSharesOutstanding", NULL, "2004-12-31");
    ck_assert_msg(v && !strcmp(v, "20100000"), "shares: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* "Three Months Ended" over "2004 | 2003" prints no month or day: the
 * quarter the text says the release reports gives them, named across a
 * line's end ("the second\nquarter ended June 30, 2004") or not named at
 * all ("the quarter ended June 30, 2004"); both ended on December 31. */
static const char UNDATED_QUARTER[] =
    "CHICAGO, July 22, 2004 -- Omega Corp. today reported results for the %s\n"
    "quarter ended June 30, 2004.\n"
    "\n"
    "                   CONSOLIDATED STATEMENTS OF INCOME\n"
    "                  (In thousands, except per share data)\n"
    "                            Three Months Ended        Six Months Ended\n"
    "                            2004        2003         2004        2003\n"
    "                          --------    --------     --------    --------\n"
    "Net sales                 $120,000    $110,000     $230,000    $215,000\n"
    "Cost of sales               70,000      66,000      135,000     128,000\n"
    "Net income                $ 15,000    $ 12,000     $ 28,000    $ 24,000\n";

/* Tabs that open the n-th field of every row (as a word processor's own
 * stops set them), and tabs that a filer counted so that stops every 8
 * columns align the amounts: both read the same amounts in the same
 * periods. */
static const char TAB_FIELDS[] =
    "NEW YORK, April 20, 2005 -- Acme Corp today reported results.\n\n"
    "        CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n"
    "        (In thousands, except per share amounts)\n\n"
    "\t\tThree Months Ended March 31,\n"
    "\t\t2005\t\t2004\n"
    "Net sales\t\t$ 12,345\t\t$ 11,000\n"
    "Cost of sales\t\t7,000\t\t6,500\n"
    "Selling, general and administrative expenses\t\t3,000\t\t2,800\n"
    "Operating income\t\t2,345\t\t1,700\n"
    "Net income\t\t$ 1,445\t\t$ 1,050\n";

static const char TAB_EIGHT[] =
    "NEW YORK, April 20, 2005 -- Acme Corp today reported results.\n\n"
    "        CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n"
    "        (In thousands, except per share amounts)\n\n"
    "\t\t\t\t\tThree Months Ended\n"
    "\t\t\t\t\t    March 31,\n"
    "\t\t\t\t\t2005\t\t2004\n"
    "Net sales\t\t\t\t$ 12,345\t$ 11,000\n"
    "Cost of sales\t\t\t\t   7,000\t   6,500\n"
    "Selling, general and administrative\t   3,000\t   2,800\n"
    "Operating income\t\t\t   2,345\t   1,700\n"
    "Net income\t\t\t\t$  1,445\t$  1,050\n";

START_TEST(test_tab_fields)
{
    const char *const docs[] = {TAB_FIELDS, TAB_EIGHT};
    static const char *const want[][3] = {
        {"Revenues", "12345000", "11000000"},
        {"CostOfRevenue", "7000000", "6500000"},
        {"SellingGeneralAndAdministrativeExpense", "3000000", "2800000"},
        {"OperatingIncomeLoss", "2345000", "1700000"},
        {"NetIncomeLoss", "1445000", "1050000"},
    };
    for (size_t k = 0; k < 2; k++) {
        int rc;
        xc_model *m = convert(docs[k], &rc);
        ck_assert_int_gt(rc, 0);
        for (size_t i = 0; i < sizeof(want) / sizeof(*want); i++) {
            const char *v = value_of(m, want[i][0], "2005-01-01", "2005-03-31");
            ck_assert_msg(v && !strcmp(v, want[i][1]), "%zu %s 2005: %s", k, want[i][0],
                          v ? v : "(none)");
            v = value_of(m, want[i][0], "2004-01-01", "2004-03-31");
            ck_assert_msg(v && !strcmp(v, want[i][2]), "%zu %s 2004: %s", k, want[i][0],
                          v ? v : "(none)");
        }
        xc_model_free(m);
    }
}
END_TEST

/* Stops every 8 columns that align amounts whose ")" hangs one column out
 * ("(455)" under "7,000"): the columns are where the digits end, so the
 * row whose long label takes fewer tabs keeps its amounts. */
static const char TAB_PARENS[] =
    "NEW YORK, April 20, 2005 -- Acme Corp today reported results.\n\n"
    "        CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "        (In thousands)\n\n"
    "\t\t\t\t\t    Three Months Ended\n"
    "\t\t\t\t\t   March 31,\t March 31,\n"
    "\t\t\t\t\t     2005\t   2004\n"
    "Net sales\t\t\t\t   $12,345\t $11,000\n"
    "Cost of sales\t\t\t\t     7,000\t   6,500\n"
    "Selling, general and administrative\t    5,800\t  4,200\n"
    "Operating loss\t\t\t\t      (455)\t     300\n"
    "Other income (expense), net\t\t       (45)\t      12\n"
    "Net loss\t\t\t\t     ($500)\t    $312\n";

START_TEST(test_tab_parens)
{
    int rc;
    xc_model *m = convert(TAB_PARENS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "SellingGeneralAndAdministrativeExpense", "2005-01-01", "2005-03-31",
                 "5800000");
    expect_value(m, "SellingGeneralAndAdministrativeExpense", "2004-01-01", "2004-03-31",
                 "4200000");
    expect_value(m, "OperatingIncomeLoss", "2005-01-01", "2005-03-31", "-455000");
    expect_value(m, "NetIncomeLoss", "2004-01-01", "2004-03-31", "312000");
    xc_model_free(m);
}
END_TEST

/* A page number set apart by blank lines below a table, where no <PAGE>
 * marks the break (the next page's rule and heading follow), is no row:
 * as a row it made a column of its own left of the amounts, and the
 * header, two blank lines above, then named no period. */
static const char PAGE_NUMBER_ALONE[] =
    "ACME TELEPHONE CORP\n"
    "CONSOLIDATED BALANCE SHEETS\n"
    "\n"
    "Unaudited                                   12/31/00        12/31/99      $ Change\n"
    "\n"
    "\n"
    "Current assets\n"
    "   Cash and cash equivalents              $      757      $    2,033     $  (1,276)\n"
    "   Accounts receivable, net                   14,010          11,998         2,012\n"
    "                                          ----------      ----------     ---------\n"
    "   Total current assets                   $   14,767      $   14,031     $     736\n"
    "                                          ==========      ==========     =========\n"
    "\n"
    "   14\n"
    "\n"
    "--------------------------------------------------------------------------------\n"
    "ACME TELEPHONE CORP\n"
    "\n";

START_TEST(test_page_number_alone)
{
    int rc;
    xc_model *m = convert(PAGE_NUMBER_ALONE, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "2000-12-31", "757");
    expect_value(m, "AssetsCurrent", NULL, "1999-12-31", "14031");
    xc_model_free(m);
}
END_TEST

/* A scale note in the stub of the header line that prints the dates
 * ("(In thousands, except per share" beside "April 4,  March 30,") is
 * the table's scale, and the dates are still the columns' own. */
static const char SCALE_BESIDE_DATES[] =
    "ACME INTERNATIONAL, INC. REPORTS FIRST QUARTER RESULTS\n\n"
    "                Consolidated Statements of Operations\n"
    "                            (Unaudited)\n\n"
    "                                                Three Months Ended\n"
    "(In thousands, except per share              April 4,       March 30,\n"
    " and share amounts)                            2004           2003\n"
    "Net Sales                                    $11,293         $6,836\n"
    "Cost of Goods Sold                             8,643          4,983\n"
    "Gross Margins                                  2,650          1,853\n"
    "Net Loss                                      ($980)       ($1,773)\n"
    "Loss Per Share:\n"
    "   Basic                                      ($0.14)        ($0.25)\n";

START_TEST(test_scale_beside_dates)
{
    int rc;
    xc_model *m = convert(SCALE_BESIDE_DATES, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", NULL, "2003-03-30", "6836000");
    expect_value(m, "NetIncomeLoss", NULL, "2004-04-04", "-980000");
    expect_value(m, "EarningsPerShareBasic", NULL, "2003-03-30", "-0.25");
    xc_model_free(m);
}
END_TEST

/* Cash flows whose balances name their days ("at January 1", ", June
 * 30") in six-month columns: the first is the balance the day before the
 * period starts, the second at its end. Both were once put at the end,
 * the opening balance over the closing one. */
static const char DATED_BALANCES[] =
    "               CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "                              (in thousands)\n"
    "\n"
    "                                                   Six Months Ended\n"
    "                                                       June 30,\n"
    "                                                   2003        2002\n"
    "                                                 --------    --------\n"
    "Net income (loss)                                $  4,689    $ (3,817)\n"
    "Depreciation and amortization                       4,410       5,122\n"
    "                                                 --------    --------\n"
    "Net cash provided by operating activities           9,099       1,305\n"
    "Net increase (decrease) in cash and cash\n"
    "  equivalents                                       9,099       1,305\n"
    "Cash and cash equivalents at January 1             52,403      49,880\n"
    "                                                 --------    --------\n"
    "Cash and cash equivalents, June 30               $ 61,502    $ 51,185\n";

START_TEST(test_dated_balances)
{
    int rc;
    xc_model *m = convert(DATED_BALANCES, &rc);
    ck_assert_int_gt(rc, 0);
    const char *cash = "CashAndCashEquivalentsAtCarryingValue";
    expect_value(m, cash, NULL, "2002-12-31", "52403000");
    expect_value(m, cash, NULL, "2001-12-31", "49880000");
    expect_value(m, cash, NULL, "2003-06-30", "61502000");
    expect_value(m, cash, NULL, "2002-06-30", "51185000");
    xc_model_free(m);
}
END_TEST

/* Contacts' telephone numbers under the release's date are no table:
 * "(213) 210-5000" once gave a fact of -213 per contact. */
static const char PHONE_NUMBERS[] =
    "ACME CORPORATION\n"
    "\n"
    "                           July 22, 2003\n"
    "Contact:  Jane Doe                     (213) 210-5000\n"
    "          John Roe                     (213) 210-5001\n"
    "\n"
    "                CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                           (in thousands)\n"
    "\n"
    "                                 Three Months Ended\n"
    "                                      June 30,\n"
    "                                   2003      2002\n"
    "                                 --------  --------\n"
    "Revenue                          $ 48,200  $ 43,010\n"
    "Net income (loss)                $  2,879  $   (636)\n";

START_TEST(test_phone_numbers)
{
    int rc;
    xc_model *m = convert(PHONE_NUMBERS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", NULL, "2003-06-30", "48200000");
    char buf[32];
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(strcmp(xc_decimal_format(m->facts[i].value, buf), "-213"),
                      "%s holds an area code", m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* A release set in capitals: its narrative ends sentences with a full
 * stop, so it is no title. Read as the statement's title, "ADJUSTED
 * BASIS" made every row of the income statement a non-GAAP measure. */
static const char CAPITALS_PROSE[] =
    "ACME CORPORATION REPORTS SECOND QUARTER RESULTS\n"
    "\n"
    "THE COMPANY'S SEGMENT RESULTS ARE PRESENTED ON AN ADJUSTED BASIS AND\n"
    "EXCLUDE THE EFFECTS OF SPECIAL ITEMS.\n"
    "\n"
    "                                ACME CORPORATION\n"
    "                       CONSOLIDATED STATEMENTS OF INCOME\n"
    "                                 (IN THOUSANDS)\n"
    "\n"
    "                                        THREE MONTHS ENDED\n"
    "                                             JUNE 30,\n"
    "                                        2003          2002\n"
    "                                      --------      --------\n"
    "NET SALES                             $ 48,200      $ 43,010\n"
    "COST OF SALES                           21,754        20,070\n"
    "                                      --------      --------\n"
    "GROSS PROFIT                            26,446        22,940\n"
    "NET INCOME                            $  2,879      $  1,636\n";

START_TEST(test_capitals_prose)
{
    int rc;
    xc_model *m = convert(CAPITALS_PROSE, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2003-04-01", "2003-06-30", "48200000");
    expect_value(m, "NetIncomeLoss", "2002-04-01", "2002-06-30", "1636000");
    xc_model_free(m);
}
END_TEST

/* Double-spaced rows: "- As Reported" a blank line and a rule below "Net
 * Income - Excluding One-Time Items" is still net income as reported. */
static const char DOUBLE_SPACED_DASH[] =
    "                      CONSOLIDATED EARNINGS\n"
    "                      (In Millions of Dollars)\n"
    "\n"
    "                                          Three Months Ended December\n"
    "                                             2004         2003\n"
    "                                            ------       ------\n"
    "Operating Revenues                          $ 2,500      $ 2,400\n"
    "\n"
    "Operating Expenses                            2,200        2,150\n"
    "\n"
    "                                            ------       ------\n"
    "Net Income - Excluding One-Time Items       $   180      $   162\n"
    "\n"
    "                                            ======       ======\n"
    "  - As Reported                             $   204      $   125\n"
    "\n"
    "                                            ======       ======\n";

START_TEST(test_double_spaced_dash)
{
    int rc;
    xc_model *m = convert(DOUBLE_SPACED_DASH, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "NetIncomeLoss", "2004-10-01", "2004-12-31", "204000000");
    expect_value(m, "NetIncomeLoss", "2003-10-01", "2003-12-31", "125000000");
    xc_model_free(m);
}
END_TEST

/* "As Adjusted" under the prior year's columns says how they were
 * stated, as "Restated" does: no member. It once put every amount of the
 * table under an "Adjusted" segment. */
static const char AS_ADJUSTED[] =
    "                CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                           (in thousands)\n"
    "\n"
    "                                 Three Months Ended     Six Months Ended\n"
    "                                      June 30,              June 30,\n"
    "                                 ------------------    ------------------\n"
    "                                   2003      2002        2003      2002\n"
    "                                             As                    As\n"
    "                                          Adjusted              Adjusted\n"
    "                                 --------  --------    --------  --------\n"
    "Revenue                          $ 48,200  $ 43,010    $ 93,601  $ 84,133\n"
    "Net income (loss)                $  2,879  $   (636)   $  4,689  $ (3,817)\n";

START_TEST(test_as_adjusted)
{
    int rc;
    xc_model *m = convert(AS_ADJUSTED, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2003-04-01", "2003-06-30", "48200000");
    expect_value(m, "NetIncomeLoss", "2002-01-01", "2002-06-30", "-3817000");
    xc_model_free(m);
}
END_TEST

/* Negatives in angle brackets, as some old ledgers print them: "<636>"
 * was blanked as an SGML tag, and "<1,280>" pulled the row's amounts into
 * its label. */
static const char ANGLE_NEGATIVES[] =
    "                CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                           (in thousands)\n"
    "\n"
    "                                 Three Months Ended\n"
    "                                      June 30,\n"
    "                                   2003      2002\n"
    "                                 --------  --------\n"
    "Revenue                          $ 48,200  $ 43,010\n"
    "Income (loss) from operations       3,601   <1,280>\n"
    "Net income (loss)                $  2,879  $  <636>\n";

START_TEST(test_angle_negatives)
{
    int rc;
    xc_model *m = convert(ANGLE_NEGATIVES, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "OperatingIncomeLoss", "2003-04-01", "2003-06-30", "3601000");
    expect_value(m, "OperatingIncomeLoss", "2002-04-01", "2002-06-30", "-1280000");
    expect_value(m, "NetIncomeLoss", "2002-04-01", "2002-06-30", "-636000");
    xc_model_free(m);
}
END_TEST

/* A release whose runs of spaces were saved as tabs where they reached a
 * stop (unexpand -a): a field may hold two amounts set apart by spaces
 * ("$180,200    $150,100"), and the years stand a column left of their
 * amounts. Stops every 8 columns read it as printed. */
static const char SPACES_AS_TABS[] =
    "NORTHWIND SYSTEMS REPORTS THIRD QUARTER 2025 RESULTS\n"
    "\n"
    "\t\t\t   NORTHWIND SYSTEMS, INC.\n"
    "\t    CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "\t    (In thousands, except per share amounts; unaudited)\n"
    "\n"
    "\t\t\t\t Three Months Ended\t   Nine Months Ended\n"
    "\t\t\t\t    September 30,\t     September 30,\n"
    "\t\t\t\t  2025\t      2024\t   2025\t       2024\n"
    "\t\t\t\t--------    --------\t --------    --------\n"
    "Revenue:\n"
    "  Subscription\t\t\t$180,200    $150,100\t $520,300    $430,900\n"
    "  Professional services and\n"
    "   other\t\t\t  20,100      19,800\t   61,200      58,700\n"
    "\t\t\t\t--------    --------\t --------    --------\n"
    "    Total revenue\t\t 200,300     169,900\t  581,500     489,600\n"
    "Cost of revenue:\n"
    "  Subscription\t\t\t  36,100      31,200\t  105,400      90,100\n"
    "  Professional services and\n"
    "   other\t\t\t  18,300      17,900\t   55,100      52,800\n"
    "\t\t\t\t--------    --------\t --------    --------\n"
    "    Total cost of revenue\t  54,400      49,100\t  160,500     142,900\n"
    "\t\t\t\t--------    --------\t --------    --------\n"
    "Gross profit\t\t\t 145,900     120,800\t  421,000     346,700\n"
    "Operating expenses:\n"
    "  Research and development\t  48,200      41,300\t  141,900     121,100\n"
    "  Sales and marketing\t\t  61,400      55,200\t  180,100     161,700\n"
    "  General and administrative\t  22,900      20,100\t   66,800      59,900\n"
    "  Amortization of acquired\n"
    "   intangible assets\t\t   3,100       2,900\t    9,200\t8,700\n"
    "  Restructuring\t\t\t   1,500\t  --\t    4,200\t   --\n";

/* (the years over their amounts stand a column left of them: "2004"
 * over "$4,945") */
static const char SPACES_AS_TABS_YEARS[] =
    "SEARS REPORTS SECOND QUARTER 2004 RESULTS\n"
    "\n"
    "    SEARS, ROEBUCK AND CO.\n"
    "    SUPPLEMENTAL INFORMATION - INVENTORY, STORE COUNT AND SUMMARY OF CERTAIN\n"
    "     SIGNIFICANT ITEMS\n"
    "\n"
    "    ($ in millions, except earnings per share)\n"
    "\n"
    "    Domestic Inventories:\n"
    "\t\t\t       July 3,\tJune 28, January 3,\n"
    "\t\t\t\t2004\t 2003\t   2004\n"
    "\n"
    "\t\t    -LIFO      $4,945\t$4,881\t  $4,728\n"
    "\t\t    -FIFO      $5,526\t$5,507\t  $5,308\n"
    "\n"
    "\n"
    "    Domestic Retail Stores:\n"
    "\t\t\t       July 3,\tJune 28, January 3,\n"
    "\t\t\t\t2004\t 2003\t   2004\n"
    "      Full-line\t\t\t  871\t   869\t     871\n"
    "      Specialty\t\t\t1,109\t 1,307\t   1,105\n"
    "      Lands' End\t\t   16\t    15\t      16\n"
    "\tTotal Domestic Retail\n"
    "\t Stores\t\t\t1,996\t 2,191\t   1,992\n";

START_TEST(test_spaces_as_tabs)
{
    int rc;
    xc_model *m = convert(SPACES_AS_TABS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "AmortizationOfIntangibleAssets", "2024-07-01", "2024-09-30", "2900000");
    expect_value(m, "CostOfRevenue", "2024-01-01", "2024-09-30", "142900000");
    expect_value(m, "GrossProfit", "2025-07-01", "2025-09-30", "145900000");
    xc_model_free(m);
    m = convert(SPACES_AS_TABS_YEARS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "FullLine", NULL, "2004-07-03", "871");
    expect_value(m, "FullLine", NULL, "2003-06-28", "869");
    expect_value(m, "Specialty", NULL, "2004-01-03", "1105");
    xc_model_free(m);
}
END_TEST

/* A page break (a form feed and the page's number) inside a statement,
 * between "Basic" and its rows: the blank lines around it are the
 * page's, so the rows after it are still the statement's. */
static const char FORM_FEED_IN_TABLE[] =
    "ACME STORES REPORTS SECOND QUARTER RESULTS\n"
    "\n"
    "    ACME STORES, INC.\n"
    "    CONSOLIDATED INCOME\n"
    "\n"
    "                                          For the 13 Weeks Ended\n"
    "    (millions, except per share)           2004          2003\n"
    "\n"
    "    Revenues                              $ 8,781       $10,196\n"
    "    Costs and expenses                      8,728         9,707\n"
    "    Income before cumulative effect of\n"
    "     change in accounting principle            53           489\n"
    "\n"
    "    Cumulative effect of change in\n"
    "     accounting principle                    (20)            -\n"
    "\n"
    "    NET INCOME                            $    33       $   489\n"
    "\n"
    "    EARNINGS PER COMMON SHARE\n"
    "\n"
    "    Basic\n"
    "\n"
    "                                   - 7 -\n"
    "\f\n"
    "      Earnings per share before\n"
    "       cumulative effect of change in\n"
    "       accounting principle               $ 0.25        $ 1.04\n"
    "\n"
    "      Cumulative effect of change in\n"
    "       accounting principle               $(0.09)       $    -\n"
    "\n"
    "      Earnings per share                 $ 0.16        $ 1.04\n";

START_TEST(test_form_feed_in_table)
{
    int rc;
    xc_model *m = convert(FORM_FEED_IN_TABLE, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "EarningsPerShareBasic", NULL, "2004-12-31", "0.16");
    expect_value(m, "EarningsPerShareBasic", NULL, "2003-12-31", "1.04");
    xc_model_free(m);
}
END_TEST

/* An item that reads as no concept is the item of its verified sum that
 * its words fit: "Other, net" between interest and "Total other income
 * (expense)"; "Interest and other income, net", which joins two items, is
 * not interest income. */
START_TEST(test_unnamed_item_of_sum)
{
    int rc;
    xc_model *m = convert(
        "SANTA CLARA, Calif., Feb. 21, 2024 -- Omega Corp. today reported results.\n\n"
        "          CONDENSED CONSOLIDATED STATEMENTS OF INCOME (In millions)\n"
        "                                          Three Months Ended\n"
        "                                      January 28,    January 29,\n"
        "                                         2024           2023\n"
        "Operating income                      $  13,615      $   1,249\n"
        "  Interest income                            294            115\n"
        "  Interest expense                           (63)           (65)\n"
        "  Other, net                                 260            (18)\n"
        "  Interest and other income, net              10             12\n"
        "    Total other income (expense)             501             44\n"
        "Income before income tax                 14,116          1,293\n",
        &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "OtherNonoperatingIncomeExpense", NULL, "2023-01-29");
    ck_assert_msg(v && !strcmp(v, "-18000000"), "other, net: %s", v ? v : "(none)");
    v = value_of(m, "InvestmentIncomeInterest", NULL, "2024-01-28");
    ck_assert_msg(v && !strcmp(v, "294000000"), "interest income: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

START_TEST(test_undated_quarter)
{
    static const char *const which[] = {"second", "fiscal"};
    for (size_t k = 0; k < 2; k++) {
        char text[2048];
        snprintf(text, sizeof(text), UNDATED_QUARTER, which[k]);
        int rc;
        xc_model *m = convert(text, &rc);
        ck_assert_int_gt(rc, 0);
        const char *v = value_of(m, "NetIncomeLoss", "2004-04-01", "2004-06-30");
        ck_assert_msg(v && !strcmp(v, "15000000"), "%s quarter: %s", which[k], v ? v : "(none)");
        v = value_of(m, "NetIncomeLoss", "2003-01-01", "2003-06-30");
        ck_assert_msg(v && !strcmp(v, "24000000"), "%s half: %s", which[k], v ? v : "(none)");
        xc_model_free(m);
    }
    /* and a table of "Nine Months Ended" alone ends there too */
    int rc;
    xc_model *m = convert("CHICAGO, Oct. 22, 2004 -- Omega Corp. today reported results for "
                          "the third quarter ended September 30, 2004.\n\n"
                          "            CONSOLIDATED STATEMENTS OF CASH FLOWS (In thousands)\n"
                          "                                               Nine Months Ended\n"
                          "                                               2004        2003\n"
                          "Net income                                   $ 40,000    $ 35,000\n"
                          "Depreciation                                   10,000       9,000\n",
                          &rc);
    ck_assert_int_gt(rc, 0);
    const char *v = value_of(m, "NetIncomeLoss", "2004-01-01", "2004-09-30");
    ck_assert_msg(v && !strcmp(v, "40000000"), "nine months: %s", v ? v : "(none)");
    xc_model_free(m);
}
END_TEST

/* A dated period set over segment columns that reaches no further than
 * one of them (no rule below it), or over a rule that stops short of the
 * last ("Total"): every column of words alone has that period. */
static const char PERIOD_OVER_SEGMENTS[] =
    "                     SEGMENT RESULTS\n"
    "                      (In millions)\n\n"
    "                              Year Ended December 31, 2004\n"
    "%s"
    "                           Domestic   International    Total\n"
    "                           --------   -------------   ------\n"
    "Revenues                    $ 600         $ 400       $1,000\n"
    "Operating income               60            40          100\n";

START_TEST(test_period_over_segments)
{
    static const char *const rule[] = {
        "", "                           ------------------------------\n"};
    char text[1024];
    snprintf(text, sizeof(text), PERIOD_OVER_SEGMENTS, rule[_i]);
    int rc;
    xc_model *m = convert(text, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "Revenues", "2004-12-31", "600000000"), "ext:DomesticMember");
    ck_assert_str_eq(member_of(m, "Revenues", "2004-12-31", "400000000"),
                     "ext:InternationalMember");
    ck_assert_str_eq(member_of(m, "Revenues", "2004-12-31", "1000000000"), "");
    ck_assert_str_eq(member_of(m, "OperatingIncomeLoss", "2004-12-31", "100000000"), "");
    xc_model_free(m);
}
END_TEST

/* A column of amounts whose header names no period, beside dated ones,
 * gives no facts, and the converter says so rather than dropping them
 * unseen. */
START_TEST(test_undated_column_warns)
{
    xc_diag d;
    xc_diag_init(&d);
    int rc;
    xc_model *m = convert_diag("                 STATEMENTS OF INCOME\n"
                               "                    (In thousands)\n\n"
                               "                        2004        2003\n"
                               "                      --------    --------\n"
                               "Net sales              $ 1,200     $ 1,000      $ 900\n"
                               "Cost of sales              700         600        500\n"
                               "Gross profit               500         400        400\n",
                               &d, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2004-01-01", "2004-12-31", "1200000");
    int warned = 0;
    for (size_t i = 0; i < d.n; i++)
        warned |= d.items[i].severity == XC_WARNING &&
                  strstr(d.items[i].message, "column 3 (\"\") names no period; its 3 amounts") !=
                      NULL;
    ck_assert(warned);
    xc_diag_free(&d);
    xc_model_free(m);
}
END_TEST

/* A text table whose rows are quarters ("Quarter Ended" over dates) and
 * whose columns are measures reads transposed */
static const char PERIOD_ROWS[] =
    "                          ACME CORPORATION\n"
    "                  SELECTED QUARTERLY FINANCIAL DATA\n"
    "              (In thousands, except per share amounts)\n"
    "\n"
    "                                   Net         Gross          Net      Diluted\n"
    "Quarter Ended                     Sales        Profit        Income       EPS\n"
    "-------------                   --------      --------      -------    -------\n"
    "March 31, 2025                  $100,000      $40,000       $10,000      $0.25\n"
    "June 30, 2025                    110,000       44,000        11,000       0.28\n"
    "September 30, 2025               120,000       48,000        12,000       0.30\n"
    "December 31, 2025                130,000       52,000        13,000       0.33\n"
    "\n";

/* (and one whose years stand in a column of their own, under "Year Ended
 * December 31,") */
static const char YEAR_ROWS[] =
    "                        ACME CORP\n"
    "                 FIVE-YEAR FINANCIAL SUMMARY\n"
    "          (In thousands, except per share amounts)\n"
    "\n"
    "                                            Net        Diluted\n"
    "Year Ended December 31,      Revenue       Income        EPS\n"
    "-----------------------     ---------     --------     -------\n"
    "2004                        $ 120,400     $ 11,800     $  1.18\n"
    "2003                          101,300        7,300        0.73\n"
    "2002                           95,000        5,100        0.51\n";

START_TEST(test_period_rows)
{
    int rc;
    xc_model *m = convert(PERIOD_ROWS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2025-07-01", "2025-09-30", "120000000");
    expect_value(m, "GrossProfit", "2025-10-01", "2025-12-31", "52000000");
    expect_value(m, "EarningsPerShareDiluted", "2025-01-01", "2025-03-31", "0.25");
    xc_model_free(m);
    m = convert(YEAR_ROWS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2003-01-01", "2003-12-31", "101300000");
    expect_value(m, "EarningsPerShareDiluted", "2004-01-01", "2004-12-31", "1.18");
    for (size_t i = 0; i < m->nfacts; i++)
        ck_assert_msg(strncmp(m->facts[i].concept, "us-gaap:", 8) == 0 ||
                          strncmp(m->facts[i].concept, "dei:", 4) == 0,
                      "%s", m->facts[i].concept);
    xc_model_free(m);
}
END_TEST

/* An outlook's ranges printed between two tables ("Net loss per share
 * ($1.00) - ($0.75)"): neither the next table's header nor its title, so
 * its periods stand; its rows are stock-based compensation by line */
static const char OUTLOOK_BETWEEN[] =
    "Telecare Health, Inc. (NYSE: TCH) today reported results.\n"
    "\n"
    "                    KEY FINANCIAL DATA\n"
    "      (In thousands, except per share data, unaudited)\n"
    "\n"
    "                              Three Months Ended June 30,\n"
    "                              2026              2025\n"
    "Revenue                    $606,927          $631,900\n"
    "Net loss                    (38,908)          (32,660)\n"
    "\n"
    "For the full year of 2026, we expect:\n"
    "                             Full Year 2026 Outlook Range\n"
    "Revenue                      $2,362 - $2,447 million\n"
    "Adjusted EBITDA              $271 - $303 million\n"
    "Net loss per share           ($1.00) - ($0.75)\n"
    "\n"
    "                              Three Months Ended June 30,\n"
    "                              2026              2025\n"
    "Cost of revenue               124               506\n"
    "Advertising and marketing     426             1,302\n"
    "Sales                       1,460             3,594\n"
    "General and administrative  5,556            12,695\n"
    "Total stock-based\n"
    "  compensation expense      7,566            18,097\n";

START_TEST(test_outlook_between)
{
    int rc;
    xc_model *m = convert(OUTLOOK_BETWEEN, &rc);
    ck_assert_int_gt(rc, 0);
    const char *sbc = "AllocatedShareBasedCompensationExpense";
    ck_assert_str_eq(member_of(m, sbc, "2026-06-30", "7566000"), "");
    ck_assert_str_eq(member_of(m, sbc, "2025-06-30", "3594000"), "tch:SalesMember");
    ck_assert_str_eq(member_of(m, sbc, "2026-06-30", "124000"), "us-gaap:CostOfSalesMember");
    xc_model_free(m);
}
END_TEST

/* Extensions whose labels name their side: a gain printed in parentheses
 * among operating expenses is a gain, declared a credit; a cost printed
 * in parentheses in other income (expense) is a cost, a debit; and a line
 * whose word misleads ("Fee charges" that add to income as printed) keeps
 * its printed sign and declares no balance */
static const char NAMED_SIDES[] =
    "Alder Works, Inc. (NYSE: ALDW) today reported results.\n"
    "\n"
    "              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "                    (In millions, unaudited)\n"
    "\n"
    "                                            Three Months Ended June 30,\n"
    "                                               2026          2025\n"
    "Revenues                                      1,663         1,458\n"
    "Fee charges on member accounts                   40            30\n"
    "Total revenues                                1,703         1,488\n"
    "Operating expenses:\n"
    "  Selling, general and administrative          183           160\n"
    "  Gain on acquisition of assets, net           (22)            -\n"
    "  Plant closing costs                            9           124\n"
    "Total operating expenses                        170           284\n"
    "Operating income                              1,533         1,204\n"
    "Other income (expense):\n"
    "  Interest income                                 7             4\n"
    "  Debt redemption costs                          (9)           (3)\n"
    "Total other income (expense)                     (2)            1\n"
    "Income before income taxes                    1,531         1,205\n";

static const char *ext_balance_of(const xc_model *m, const char *local)
{
    for (size_t i = 0; i < m->nexts; i++) {
        const char *n = strchr(m->exts[i].name, ':');
        if (n && !strcmp(n + 1, local))
            return m->exts[i].balance ? m->exts[i].balance : "";
    }
    return NULL;
}

START_TEST(test_named_sides)
{
    int rc;
    xc_model *m = convert(NAMED_SIDES, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "GainOnAcquisitionOfAssetsNet", "2026-04-01", "2026-06-30", "22000000");
    ck_assert_str_eq(ext_balance_of(m, "GainOnAcquisitionOfAssetsNet"), "credit");
    expect_value(m, "PlantClosingCosts", "2026-04-01", "2026-06-30", "9000000");
    ck_assert_str_eq(ext_balance_of(m, "PlantClosingCosts"), "debit");
    expect_value(m, "DebtRedemptionCosts", "2026-04-01", "2026-06-30", "9000000");
    expect_value(m, "DebtRedemptionCosts", "2025-04-01", "2025-06-30", "3000000");
    ck_assert_str_eq(ext_balance_of(m, "DebtRedemptionCosts"), "debit");
    expect_value(m, "FeeChargesOnMemberAccounts", "2026-04-01", "2026-06-30", "40000000");
    ck_assert_str_eq(ext_balance_of(m, "FeeChargesOnMemberAccounts"), "");
    xc_model_free(m);
}
END_TEST

/* A table titled as per-share amounts, with no column that says so, after
 * a table in millions: its lines are per share ("Impairment of goodwill
 * 1.47" is no impairment of $1.47 million), and net earnings attributable
 * to the controlling interest are the parent's */
static const char PER_SHARE_TITLE[] =
    "Birch Steel, Inc. (NYSE: BRS) reported results for the fiscal 2026 fourth\n"
    "quarter ended May 31, 2026.\n"
    "\n"
    "                       (In millions, except volume)\n"
    "\n"
    "                                     4Q 2026     4Q 2025\n"
    "Net sales                              929.2       832.9\n"
    "Net earnings (loss) attributable to\n"
    "  controlling interest                 (57.5)       55.7\n"
    "\n"
    "                 (Per diluted share amounts, after-tax)\n"
    "\n"
    "                                     4Q 2026     4Q 2025\n"
    "Net earnings (loss) per diluted share  (1.15)       1.10\n"
    "Impairment of goodwill and other\n"
    "  assets                                1.47           -\n"
    "Acquisition-related expenses            0.43        (0.05)\n"
    "Adjusted net earnings per diluted\n"
    "  share (Non-GAAP)                      0.75        1.05\n";

START_TEST(test_per_share_titled_lines)
{
    int rc;
    xc_model *m = convert(PER_SHARE_TITLE, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "NetIncomeLoss", "2026-03-01", "2026-05-31", "-57500000");
    expect_value(m, "EarningsPerShareDiluted", "2026-03-01", "2026-05-31", "-1.15");
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (f->numeric && f->prov.line >= 13)
            ck_assert_msg(m->units[f->unit].den != NULL, "%s: %s", f->concept,
                          m->units[f->unit].num);
    }
    xc_model_free(m);
}
END_TEST

/* A 52/53-week year's quarter named by its month alone ("Quarter Ended
 * Fiscal June" over 2026 and 2025): it ends on the quarter's last
 * Saturday, the balance sheet's date, not on June 30 */
static const char FISCAL_MONTH[] =
    "Maple Auto, Inc. (NASDAQ: MAPL) reported results for the first quarter of\n"
    "fiscal 2027.\n"
    "\n"
    "                              (Dollars in thousands)\n"
    "\n"
    "                                       Quarter Ended Fiscal June\n"
    "                                          2026          2025\n"
    "Sales                                   287,129       301,035\n"
    "Cost of sales                           186,734       194,129\n"
    "Gross profit                            100,395       106,906\n"
    "Number of stores open                     1,115         1,116\n"
    "\n"
    "                                         June 27,     March 28,\n"
    "                                           2026          2026\n"
    "Cash                                      9,526        14,633\n"
    "Other assets                          1,546,980     1,553,344\n"
    "Total assets                          1,556,506     1,567,977\n";

START_TEST(test_fiscal_month_columns)
{
    int rc;
    xc_model *m = convert(FISCAL_MONTH, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2026-03-29", "2026-06-27", "287129000");
    expect_value(m, "Revenues", "2025-03-30", "2025-06-28", "301035000");
    expect_value(m, "Assets", NULL, "2026-06-27", "1556506000");
    xc_model_free(m);
}
END_TEST

/* Costs of revenue by line among operating expenses, with no total of
 * them: "Cost of service revenue" is the cost of revenue of the service
 * member, "Cost of equipment revenue" of the member "Equipment revenue"
 * made above; the other expenses the total adds stay what they are */
static const char LINE_COSTS[] =
    "Skylink Inc. (NASDAQ: SKYL) today announced its financial results for the\n"
    "quarter ended June 30, 2026.\n"
    "\n"
    "                   (in thousands, except per share amounts)\n"
    "\n"
    "                                          Three Months Ended\n"
    "                                               June 30,\n"
    "                                           2026        2025\n"
    "Revenue:\n"
    "  Service revenue                       191,272     193,965\n"
    "  Equipment revenue                      31,539      32,073\n"
    "    Total revenue                       222,811     226,038\n"
    "Operating expenses:\n"
    "  Cost of service revenue                98,110      91,383\n"
    "  Cost of equipment revenue              31,100      27,681\n"
    "  Engineering, design and development     9,667      12,522\n"
    "  General and administrative             23,989      28,633\n"
    "    Total operating expenses            162,866     160,219\n"
    "Operating income                         59,945      65,819\n";

START_TEST(test_line_costs_among_expenses)
{
    int rc;
    xc_model *m = convert(LINE_COSTS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "Revenues", "2026-06-30", "31539000"), "skyl:EquipmentMember");
    ck_assert_str_eq(member_of(m, "CostOfRevenue", "2026-06-30", "98110000"),
                     "us-gaap:ServiceMember");
    ck_assert_str_eq(member_of(m, "CostOfRevenue", "2026-06-30", "31100000"),
                     "skyl:EquipmentMember");
    ck_assert_str_eq(member_of(m, "EngineeringDesignAndDevelopment", "2026-06-30", "9667000"), "");
    expect_value(m, "OperatingExpenses", "2026-04-01", "2026-06-30", "162866000");
    xc_model_free(m);
}
END_TEST

/* A summary of results whose last rows, under a heading that names no
 * measure ("Other Data"), are balances at each column's end; notes marked
 * in roman numerals ("(iii)", "(iv)") are no words of a label */
static const char OTHER_DATA[] =
    "Pine Group Inc. (NASDAQ: PINE) today announced its 2026 second quarter results.\n"
    "\n"
    "(in thousands of USD)                     Three months ended June 30,\n"
    "                                             2026          2025\n"
    "Net revenue                                53,007        33,455\n"
    "Cost of sales                              24,168        18,865\n"
    "Gross profit                               28,839        14,590\n"
    "Adjusted Gross Margin (iii)                    54%           43%\n"
    "Net income (loss)                          35,663       (38,482)\n"
    "Other Data\n"
    "Cash and cash equivalents (iv)            467,019       794,416\n"
    "Short-term investments (iv)               330,000        40,000\n"
    "Capital expenditures (v)                    1,782         3,838\n";

START_TEST(test_other_data_balances)
{
    int rc;
    xc_model *m = convert(OTHER_DATA, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "ShortTermInvestments", NULL, "2026-06-30", "330000000");
    expect_value(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "2025-06-30", "794416000");
    expect_value(m, "PaymentsToAcquirePropertyPlantAndEquipment", "2026-04-01", "2026-06-30",
                 "1782000");
    expect_value(m, "AdjustedGrossMargin", "2026-04-01", "2026-06-30", "0.54");
    xc_model_free(m);
}
END_TEST

/* Two items of a sum of one concept, one for a related party's member
 * ("Accounts receivable, net" and "Accounts receivable - related party,
 * net"), are two facts: neither is made another item of the concept (the
 * first was read as the gross receivables) */
static const char RELATED_ITEMS[] =
    "Reed Holdings, Inc. (NASDAQ: REED) reported results for the second quarter of 2026.\n"
    "\n"
    "CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "(in thousands)                           June 30, 2026   December 31, 2025\n"
    "Cash and cash equivalents                      25,000          20,000\n"
    "Accounts receivable, net                      334,000         266,800\n"
    "Accounts receivable - related party, net       12,000          10,000\n"
    "Total current assets                          371,000         296,800\n";

START_TEST(test_related_party_items)
{
    int rc;
    xc_model *m = convert(RELATED_ITEMS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "AccountsReceivableNetCurrent", "2026-06-30", "334000000"), "");
    ck_assert_str_eq(member_of(m, "AccountsReceivableNetCurrent", "2026-06-30", "12000000"),
                     "us-gaap:RelatedPartyMember");
    xc_model_free(m);
}
END_TEST

/* A lender's phrases are a bank's only where they say so: "Current
 * portion of term loan" names no bank's loans ("Total loans" did, its
 * "total" a stop word), so a company that also provides for credit
 * losses stays an industrial one, whose net interest is nonoperating */
static const char TERM_LOAN[] =
    "Cove Inc. (NYSE: COVE) reported results for the second quarter of 2026.\n"
    "\n"
    "(in thousands)                                   Three Months Ended June 30,\n"
    "                                                   2026          2025\n"
    "Revenue                                          70,500        66,100\n"
    "Operating expenses                               61,200        60,300\n"
    "Operating income                                  9,300         5,800\n"
    "Interest income (expense), net                     (300)          400\n"
    "Income before income taxes                        9,000         6,200\n"
    "Provision for credit losses                       1,100           900\n"
    "\n"
    "(in thousands)                               June 30, 2026   December 31, 2025\n"
    "Cash                                             12,000        10,000\n"
    "Current portion of term loan                      5,000         5,000\n";

START_TEST(test_term_loan_no_bank)
{
    int rc;
    xc_model *m = convert(TERM_LOAN, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "InterestIncomeExpenseNonoperatingNet", "2026-04-01", "2026-06-30",
                 "-300000");
    xc_model_free(m);
}
END_TEST

/* A title that speaks of segments in the plural names none of them: a
 * row of the table that is no segment's is consolidated, never a member
 * named by the sentence ("The following tables summarize ... reportable
 * segments:") */
static const char PLURAL_SEGMENTS[] =
    "Reed Holdings, Inc. (NASDAQ: REED) reported results for the second quarter of 2026.\n"
    "\n"
    "The following tables summarize the operating results of the Company's reportable "
    "segments:\n"
    "\n"
    "(dollars in thousands)             Three Months Ended June 30,\n"
    "                                       2026          2025\n"
    "Revenue\n"
    "SaaS                                114,480       115,005\n"
    "Marketing Services                   36,248        95,465\n"
    "Total Revenue                       150,728       210,470\n"
    "Adjusted EBITDA\n"
    "SaaS                                 13,562        23,393\n"
    "Marketing Services                    7,263        27,839\n"
    "Consolidated Adjusted EBITDA 8       20,825        51,232\n";

START_TEST(test_plural_segments_title)
{
    int rc;
    xc_model *m = convert(PLURAL_SEGMENTS, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(member_of(m, "ConsolidatedAdjustedEbitda8", "2026-06-30", "20825000"), "");
    ck_assert_str_eq(member_of(m, "AdjustedEbitda", "2026-06-30", "13562000"),
                     "reed:SaasMember");
    xc_model_free(m);
}
END_TEST

/* A stock's share data printed a kind of count a line below its par
 * value, with the amounts on the last line: one label, whose amounts are
 * the stock's value and whose counts are in the table's thousands (par
 * times them says so), never a count of shares outstanding of "9" */
static const char SHARE_LINES[] =
    "Beyond Home, Inc. (NYSE: BHOM) today reported financial results for the second quarter "
    "ended June 30, 2026.\n"
    "\n"
    "CONSOLIDATED BALANCE SHEETS\n"
    "(in thousands, except per share data)          June 30, 2026   December 31, 2025\n"
    "Cash and cash equivalents                            99,485          175,295\n"
    "Total assets                                        634,151          425,478\n"
    "Total liabilities                                   419,063          207,534\n"
    "Stockholders' equity:\n"
    "Common stock, $0.0001 par value, authorized shares - 200,000\n"
    "Issued shares - 89,604 and 76,358\n"
    "Outstanding shares - 81,760 and 68,863                    9                8\n"
    "Additional paid-in capital                        1,294,141        1,239,338\n"
    "Accumulated deficit                             (1,079,062)      (1,021,402)\n"
    "Total stockholders' equity                          215,088          217,944\n"
    "Total liabilities and stockholders' equity          634,151          425,478\n";

START_TEST(test_share_data_lines)
{
    int rc;
    xc_model *m = convert(SHARE_LINES, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "CommonStockValue", NULL, "2026-06-30", "9000");
    expect_value(m, "CommonStockSharesOutstanding", NULL, "2026-06-30", "81760000");
    expect_value(m, "CommonStockSharesIssued", NULL, "2025-12-31", "76358000");
    expect_value(m, "CommonStockSharesAuthorized", NULL, "2026-06-30", "200000000");
    xc_model_free(m);
}
END_TEST

/* The owners' equity above the interests and the total of both: the row
 * that names the parent ("Equity attributable to stockholders of Beyond
 * Home, Inc.") is stockholders' equity, the total includes the
 * noncontrolling interests (the total took the first's reading before) */
static const char OWNERS_EQUITY[] =
    "Beyond Home, Inc. (NYSE: BHOM) today reported financial results for the second quarter "
    "ended June 30, 2026.\n"
    "\n"
    "CONSOLIDATED BALANCE SHEETS\n"
    "(in thousands)                                           June 30, 2026   December 31, 2025\n"
    "Total assets                                                  634,151          425,478\n"
    "Total liabilities                                             419,063          207,534\n"
    "Stockholders' equity:\n"
    "Additional paid-in capital                                  1,294,141        1,239,338\n"
    "Accumulated deficit                                        (1,079,377)      (1,021,755)\n"
    "Equity attributable to stockholders of Beyond Home, Inc.      214,764          217,583\n"
    "Equity attributable to noncontrolling interests                   324              361\n"
    "Total stockholders' equity                                    215,088          217,944\n"
    "Total liabilities and stockholders' equity                    634,151          425,478\n";

START_TEST(test_owners_equity_named)
{
    int rc;
    xc_model *m = convert(OWNERS_EQUITY, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "StockholdersEquity", NULL, "2026-06-30", "214764000");
    expect_value(m, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", NULL,
                 "2026-06-30", "215088000");
    expect_value(m, "MinorityInterest", NULL, "2025-12-31", "361000");
    xc_model_free(m);
}
END_TEST

/* A ticker followed by what the release calls the company, after a
 * comma inside the same parentheses */
static const char TICKER_COMMA[] =
    "HOUSTON, TX - September 2, 2026 - Matrix Works Company (Nasdaq: MWRK, \"Matrix\" or "
    "\"the Company\"), a heavy industrial contractor, today announced financial results.\n"
    "\n"
    "(in thousands)                         Three Months Ended June 30,\n"
    "                                          2026          2025\n"
    "Revenue                                244,500       216,400\n"
    "Net income (loss)                        1,100       (11,300)\n";

START_TEST(test_ticker_before_comma)
{
    int rc;
    xc_model *m = convert(TICKER_COMMA, &rc);
    ck_assert_int_gt(rc, 0);
    ck_assert_str_eq(m->ticker, "MWRK");
    ck_assert_str_eq(m->entity_name, "Matrix Works Company");
    xc_model_free(m);
}
END_TEST

/* A balance among a summary's durations that says it is at the period's
 * end ("(as of period end)"): a fact at each column's last day, under the
 * concept its words name */
static const char PERIOD_END[] =
    "Pager Holdings, Inc. (NASDAQ: PAGR) today announced results for the second quarter ended "
    "June 30, 2026.\n"
    "\n"
    "                                             Three months ended June 30,\n"
    "(Dollars in thousands)                            2026          2025\n"
    "Operating expenses                               29,586        30,294\n"
    "Net income                                        4,120         4,552\n"
    "Cash and cash equivalents (as of period end)     16,592        20,242\n"
    "Units in service (000's) (as of period end)         645           694\n";

/* Whether concept (local name) has a fact at the instant `end`. */
static int at_instant(const xc_model *m, const char *concept, const char *end)
{
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_context *c = &m->contexts[m->facts[i].context];
        char b[16];
        if (c->type == XC_PERIOD_INSTANT && !strcmp(xc_date_format(c->end, b), end) &&
            !strcmp(strchr(m->facts[i].concept, ':') + 1, concept))
            return 1;
    }
    return 0;
}

START_TEST(test_period_end_balance)
{
    int rc;
    xc_model *m = convert(PERIOD_END, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "2026-06-30", "16592000");
    expect_value(m, "CashAndCashEquivalentsAtCarryingValue", NULL, "2025-06-30", "20242000");
    expect_value(m, "UnitsInServiceAsOfPeriodEnd", NULL, "2025-06-30", "694000");
    ck_assert(at_instant(m, "CashAndCashEquivalentsAtCarryingValue", "2026-06-30"));
    ck_assert(at_instant(m, "UnitsInServiceAsOfPeriodEnd", "2026-06-30"));
    xc_model_free(m);
}
END_TEST

/* Revenue in groups, each under its own heading and total: a group's
 * total is the filer's member of revenues named as its heading is, and
 * the group's rows are members of the same axis (they were extensions,
 * "TotalWirelessRevenue" among them) */
static const char REVENUE_GROUPS[] =
    "Pager Holdings, Inc. (NASDAQ: PAGR) today announced results for the second quarter ended "
    "June 30, 2026.\n"
    "\n"
    "                                   Three months ended June 30,\n"
    "(Dollars in thousands)                  2026          2025\n"
    "Revenue\n"
    "  Wireless revenue\n"
    "    Paging revenue                    16,011        17,192\n"
    "    Product and other revenue          1,202         1,248\n"
    "  Total wireless revenue              17,213        18,440\n"
    "  Software revenue\n"
    "    Maintenance and subscription       8,938         9,125\n"
    "    Hardware                             128           376\n"
    "  Total software revenue               9,066         9,501\n"
    "Total revenue                         26,279        27,941\n"
    "Net income                             4,120         4,552\n";

START_TEST(test_revenue_groups)
{
    int rc;
    xc_model *m = convert(REVENUE_GROUPS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "Revenues", "2026-04-01", "2026-06-30", "26279000");
    ck_assert_str_eq(member_of(m, "Revenues", "2026-06-30", "17213000"),
                     "pagr:WirelessRevenueMember");
    ck_assert_str_eq(member_of(m, "Revenues", "2025-06-30", "9501000"),
                     "pagr:SoftwareRevenueMember");
    ck_assert_str_eq(member_of(m, "Revenues", "2026-06-30", "16011000"), "pagr:PagingMember");
    ck_assert_str_eq(member_of(m, "Revenues", "2026-06-30", "128000"), "pagr:HardwareMember");
    xc_model_free(m);
}
END_TEST

/* Boats sold by segment under "Unit sales volume:" in a table of dollars
 * in thousands: counts of units, one by one, not thousands of dollars */
static const char UNIT_VOLUME[] =
    "Boat Works, Inc. (NASDAQ: BOAT) today announced results for the quarter ended March 29, "
    "2026.\n"
    "\n"
    "Supplemental Operating Data\n"
    "                               Three Months Ended\n"
    "                          March 29, 2026   March 30, 2025\n"
    "(Dollars in thousands)\n"
    "Unit sales volume:\n"
    "  Inboard                         409              422\n"
    "  Pontoon                         162              197\n"
    "  Consolidated                    571              619\n"
    "Net sales:\n"
    "  Inboard                      66,764           64,227\n"
    "  Pontoon                      11,442           11,733\n"
    "  Consolidated                 78,206           75,960\n";

START_TEST(test_unit_volume)
{
    int rc;
    xc_model *m = convert(UNIT_VOLUME, &rc);
    ck_assert_int_gt(rc, 0);
    int seen = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        char buf[32];
        if (!strstr(f->concept, "UnitSalesVolume"))
            continue;
        ck_assert_str_eq(m->units[f->unit].num, "xbrli:pure");
        const char *v = xc_decimal_format(f->value, buf);
        ck_assert_msg(!strcmp(v, "409") || !strcmp(v, "422") || !strcmp(v, "162") ||
                          !strcmp(v, "197") || !strcmp(v, "571") || !strcmp(v, "619"),
                      "units: %s", v);
        seen++;
    }
    ck_assert_int_eq(seen, 6);
    xc_model_free(m);
}
END_TEST

/* Counts each followed by its own date, named once before them: both are
 * issued and outstanding (the second was no count of anything) */
static const char DATED_COUNTS[] =
    "Boat Works, Inc. (NASDAQ: BOAT) today announced results for the quarter ended March 29, "
    "2026.\n"
    "\n"
    "CONSOLIDATED BALANCE SHEETS\n"
    "(Dollars in thousands, except per share data)    March 29, 2026   June 30, 2025\n"
    "Total assets                                          277,852         259,948\n"
    "Total liabilities                                      88,600          76,362\n"
    "Common stock, $.01 par value per share - authorized, 100,000,000 shares; issued and "
    "outstanding, 16,279,890 shares at March 29, 2026 and 16,406,788 shares at June 30, 2025"
    "     163             164\n"
    "Retained earnings                                     189,089         183,422\n"
    "Total equity                                          189,252         183,586\n"
    "Total liabilities and equity                          277,852         259,948\n";

START_TEST(test_dated_counts)
{
    int rc;
    xc_model *m = convert(DATED_COUNTS, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "CommonStockSharesOutstanding", NULL, "2026-03-29", "16279890");
    expect_value(m, "CommonStockSharesOutstanding", NULL, "2025-06-30", "16406788");
    expect_value(m, "CommonStockSharesIssued", NULL, "2025-06-30", "16406788");
    xc_model_free(m);
}
END_TEST

/* The parent's equity named by the company itself ("Boat Works, Inc.
 * equity") above its noncontrolling interest and the total of both */
static const char COMPANY_EQUITY[] =
    "Boat Works, Inc. (NASDAQ: BOAT) today announced results for the quarter ended March 29, "
    "2026.\n"
    "\n"
    "CONSOLIDATED BALANCE SHEETS\n"
    "(Dollars in thousands)                 March 29, 2026   June 30, 2025\n"
    "Total assets                                277,852         259,948\n"
    "Total liabilities                            88,600          76,362\n"
    "Common stock                                    163             164\n"
    "Additional paid-in capital                   52,805          52,559\n"
    "Retained earnings                           136,084         130,663\n"
    "Boat Works, Inc. equity                     189,052         183,386\n"
    "Noncontrolling interest                         200             200\n"
    "Total equity                                189,252         183,586\n"
    "Total liabilities and equity                277,852         259,948\n";

START_TEST(test_company_equity)
{
    int rc;
    xc_model *m = convert(COMPANY_EQUITY, &rc);
    ck_assert_int_gt(rc, 0);
    expect_value(m, "StockholdersEquity", NULL, "2026-03-29", "189052000");
    expect_value(m, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", NULL,
                 "2025-06-30", "183586000");
    xc_model_free(m);
}
END_TEST

Suite *text_reader_suite(void)
{
    Suite *s = suite_create("text_reader");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_signed_presentation);
    tcase_add_test(tc, test_fractions);
    tcase_add_test(tc, test_fiscal_quarters);
    tcase_add_test(tc, test_selected_years);
    tcase_add_test(tc, test_wide_hang);
    tcase_add_test(tc, test_unnamed_cost);
    tcase_add_test(tc, test_stub_year);
    tcase_add_test(tc, test_bank_summary);
    tcase_add_test(tc, test_headline_name);
    tcase_add_test(tc, test_quarter_said);
    tcase_add_test(tc, test_note_letters);
    tcase_add_test(tc, test_percent_apart);
    tcase_add_test(tc, test_wrapped_group);
    tcase_add_test(tc, test_successor_bars);
    tcase_add_test(tc, test_selected_cash);
    tcase_add_test(tc, test_money_said);
    tcase_add_test(tc, test_staggered);
    tcase_add_test(tc, test_bank_sums);
    tcase_add_test(tc, test_stub_period);
    tcase_add_test(tc, test_event_title);
    tcase_add_test(tc, test_own_share_scale);
    tcase_add_test(tc, test_year_in_label);
    tcase_add_test(tc, test_credit_among_charges);
    tcase_add_test(tc, test_prior_year);
    tcase_add_test(tc, test_two_lengths);
    tcase_add_test(tc, test_sum_kinds);
    tcase_add_test(tc, test_target_cells);
    tcase_add_test(tc, test_page_turn);
    tcase_add_test(tc, test_current_above_total);
    tcase_add_test(tc, test_wrapped_headings);
    tcase_add_test(tc, test_contradicted_statement);
    tcase_add_test(tc, test_hanging_wraps);
    tcase_add_test(tc, test_ffo_reconciliation);
    tcase_add_test(tc, test_unclassified);
    tcase_add_test(tc, test_contra_under_extension);
    tcase_add_test(tc, test_rule_gap_splits_header);
    tcase_add_test(tc, test_capital_wrap);
    tcase_add_test(tc, test_title_above_gap);
    tcase_add_test(tc, test_measures_across);
    tcase_add_test(tc, test_colon_scope);
    tcase_add_test(tc, test_header_over_one);
    tcase_add_test(tc, test_label_across_page);
    tcase_add_test(tc, test_magnitude_presentation);
    tcase_add_test(tc, test_share_scale_by_eps);
    tcase_add_test(tc, test_no_table);
    tcase_add_test(tc, test_sgml_tags);
    tcase_add_test(tc, test_split_parens);
    tcase_add_test(tc, test_named_quarters);
    tcase_add_test(tc, test_segment_rows);
    tcase_add_test(tc, test_segments_by_period);
    tcase_add_test(tc, test_heading_segments);
    tcase_add_test(tc, test_duplicate_readings);
    tcase_add_test(tc, test_count_scale);
    tcase_add_test(tc, test_inherited_scale);
    tcase_add_test(tc, test_per_share_title);
    tcase_add_test(tc, test_heading_by_segment);
    tcase_add_test(tc, test_shares_before_per);
    tcase_add_test(tc, test_equity_side);
    tcase_add_test(tc, test_par_value_wrap);
    tcase_add_test(tc, test_segment_ext_measure);
    tcase_add_test(tc, test_percent_row);
    tcase_add_test(tc, test_eps_total_row);
    tcase_add_test(tc, test_equity_with_nci);
    tcase_add_test(tc, test_other_income_total);
    tcase_add_test(tc, test_per_unit_rows);
    tcase_add_test(tc, test_residual_member);
    tcase_add_test(tc, test_operating_instants);
    tcase_add_test(tc, test_said_quarter_end);
    tcase_add_test(tc, test_shifted_periods);
    tcase_add_test(tc, test_dash_items);
    tcase_add_test(tc, test_sbc_lines);
    tcase_add_test(tc, test_as_reported_items);
    tcase_add_test(tc, test_bare_totals);
    tcase_add_test(tc, test_other_subtotal);
    tcase_add_test(tc, test_selected_data);
    tcase_add_test(tc, test_selected_data_dollars);
    tcase_add_test(tc, test_difference_items);
    tcase_add_test(tc, test_reconciliation_and_range);
    tcase_add_test(tc, test_two_revenue_totals);
    tcase_add_test(tc, test_whole_side_total);
    tcase_add_test(tc, test_basic_only_shares);
    tcase_add_test(tc, test_per_share_group);
    tcase_add_test(tc, test_utility_lists);
    tcase_add_test(tc, test_insurer_statement);
    tcase_add_test(tc, test_restaurant_revenues);
    tcase_add_test(tc, test_quarters_by_year);
    tcase_add_test(tc, test_first_half);
    tcase_add_test(tc, test_selected_data_balances);
    tcase_add_test(tc, test_dangling_label);
    tcase_add_test(tc, test_scale_and_period_line);
    tcase_add_test(tc, test_lines_of_business);
    tcase_add_test(tc, test_caps_heading);
    tcase_add_test(tc, test_heading_item);
    tcase_add_test(tc, test_two_reconciliations);
    tcase_add_test(tc, test_trust_ffo);
    tcase_add_test(tc, test_brands_title);
    tcase_add_test(tc, test_title_over_columns);
    tcase_add_test(tc, test_percent_of_sales_columns);
    tcase_add_test(tc, test_operating_data_title);
    tcase_add_test(tc, test_segment_groups);
    tcase_add_test(tc, test_per_share_headings);
    tcase_add_test(tc, test_product_service_members);
    tcase_add_test(tc, test_own_members);
    tcase_add_test(tc, test_member_headings);
    tcase_add_test(tc, test_bank_concepts);
    tcase_add_test(tc, test_expense_side);
    tcase_add_test(tc, test_weekly_quarters);
    tcase_add_test(tc, test_squeezed_dollar);
    tcase_add_test(tc, test_named_parent);
    tcase_add_test(tc, test_left_header);
    tcase_add_test(tc, test_fiscal_year_naming);
    tcase_add_test(tc, test_weekly_years);
    tcase_add_test(tc, test_header_year_end);
    tcase_add_test(tc, test_guessed_length);
    tcase_add_test(tc, test_deducted_members);
    tcase_add_test(tc, test_pro_forma_columns);
    tcase_add_test(tc, test_bare_taxes);
    tcase_add_test(tc, test_measure_by_business);
    tcase_add_test(tc, test_title_ends_page);
    tcase_add_test(tc, test_scale_ends_page);
    tcase_add_test(tc, test_double_spaced);
    tcase_add_test(tc, test_wrap_under_heading);
    tcase_add_test(tc, test_page_in_header);
    tcase_add_test(tc, test_page_in_table);
    tcase_add_test(tc, test_segment_title_ends_page);
    tcase_add_test(tc, test_zeros_scale_left_period);
    tcase_add_test(tc, test_dates_one_space_apart);
    tcase_add_test(tc, test_printed_page);
    tcase_add_test(tc, test_flush_heading);
    tcase_add_test(tc, test_page_number);
    tcase_add_test(tc, test_dashed_zero);
    tcase_add_test(tc, test_nil_amount);
    tcase_add_test(tc, test_comprehensive);
    tcase_add_test(tc, test_nbsp_amounts);
    tcase_add_test(tc, test_rounded_summary);
    tcase_add_test(tc, test_scale_in_title);
    tcase_add_test(tc, test_lettered_sign);
    tcase_add_test(tc, test_ordinal_dates);
    tcase_add_test(tc, test_range_cell);
    tcase_add_test(tc, test_guidance);
    tcase_add_test(tc, test_header_ends_page);
    tcase_add_test(tc, test_pro_forma_segments);
    tcase_add_test(tc, test_bank_sections);
    tcase_add_test(tc, test_form_feed);
    tcase_add_test(tc, test_em_dashes);
    tcase_add_test(tc, test_flush_dollar);
    tcase_add_test(tc, test_two_measures);
    tcase_add_test(tc, test_counted_heading);
    tcase_add_test(tc, test_counted_changes);
    tcase_add_test(tc, test_number_mark);
    tcase_add_test(tc, test_net_plant);
    tcase_add_test(tc, test_held_at_end);
    tcase_add_test(tc, test_lone_member);
    tcase_add_test(tc, test_year_line);
    tcase_add_test(tc, test_lp_units);
    tcase_add_test(tc, test_pro_forma_heading);
    tcase_add_test(tc, test_early_april_quarter);
    tcase_add_test(tc, test_inception_range);
    tcase_add_test(tc, test_total_rows);
    tcase_add_test(tc, test_long_total);
    tcase_add_test(tc, test_this_year);
    tcase_add_test(tc, test_per_unit_heading);
    tcase_add_test(tc, test_shares_at_end);
    tcase_add_test(tc, test_undated_quarter);
    tcase_add_test(tc, test_tab_fields);
    tcase_add_test(tc, test_tab_parens);
    tcase_add_test(tc, test_page_number_alone);
    tcase_add_test(tc, test_scale_beside_dates);
    tcase_add_test(tc, test_spaces_as_tabs);
    tcase_add_test(tc, test_form_feed_in_table);
    tcase_add_test(tc, test_unnamed_item_of_sum);
    tcase_add_test(tc, test_dated_balances);
    tcase_add_test(tc, test_phone_numbers);
    tcase_add_test(tc, test_capitals_prose);
    tcase_add_test(tc, test_double_spaced_dash);
    tcase_add_test(tc, test_as_adjusted);
    tcase_add_test(tc, test_angle_negatives);
    tcase_add_loop_test(tc, test_period_over_segments, 0, 2);
    tcase_add_test(tc, test_undated_column_warns);
    tcase_add_test(tc, test_period_rows);
    tcase_add_test(tc, test_outlook_between);
    tcase_add_test(tc, test_named_sides);
    tcase_add_test(tc, test_per_share_titled_lines);
    tcase_add_test(tc, test_fiscal_month_columns);
    tcase_add_test(tc, test_line_costs_among_expenses);
    tcase_add_test(tc, test_other_data_balances);
    tcase_add_test(tc, test_related_party_items);
    tcase_add_test(tc, test_term_loan_no_bank);
    tcase_add_test(tc, test_plural_segments_title);
    tcase_add_test(tc, test_share_data_lines);
    tcase_add_test(tc, test_owners_equity_named);
    tcase_add_test(tc, test_period_end_balance);
    tcase_add_test(tc, test_revenue_groups);
    tcase_add_test(tc, test_unit_volume);
    tcase_add_test(tc, test_dated_counts);
    tcase_add_test(tc, test_company_equity);
    tcase_add_test(tc, test_ticker_before_comma);
    tcase_add_test(tc, test_text_scale_words);
    suite_add_tcase(s, tc);
    return s;
}
