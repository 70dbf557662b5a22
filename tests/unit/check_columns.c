/* check_columns.c: what a table's column headers say, read by
 * xc_read_columns from tables the text reader builds: each column's period
 * (end, length, instant), its segment words, and the columns that hold no
 * period. */
#include "interp_priv.h"
#include "readers.h"
#include "suites.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    xc_text text;
    xc_doc doc;
    colspec cols[MAXCOL];
    int ncols, periods;
} read_t;

/* Reads the first table of a plain-text release and its column headers
 * (relative years dated by released). */
static void read_headers(read_t *r, const char *release, xc_date released)
{
    xc_diag d;
    xc_diag_init(&d);
    memset(r, 0, sizeof(*r));
    ck_assert_int_eq(xc_text_decode(&r->text, "t.txt", release, strlen(release), NULL, &d), 0);
    xc_doc_init(&r->doc, &r->text);
    ck_assert_int_gt(xc_read_text(&r->text, &r->doc, &d), 0);
    ck_assert_uint_ge(r->doc.ntables, 1);
    r->periods = xc_read_columns(test_taxonomy(), &r->doc.tables[0], r->cols, &r->ncols, released);
    xc_diag_free(&d);
}

static void free_headers(read_t *r)
{
    for (int j = 0; j < r->ncols; j++) {
        free(r->cols[j].member);
        free(r->cols[j].words);
        free(r->cols[j].dim_member);
    }
    xc_doc_free(&r->doc);
    xc_text_free(&r->text);
}

static void expect_period(const colspec *c, int months, int weeks, int y, int m, int d)
{
    ck_assert_int_eq(c->ps.kind, XC_COL_PERIOD);
    ck_assert_int_eq(c->ps.months, months);
    ck_assert_int_eq(c->ps.weeks, weeks);
    ck_assert_int_eq(c->ps.end, xc_date_make(y, m, d));
}

START_TEST(test_quarter_and_year_to_date)
{
    read_t r;
    read_headers(&r,
                 "                    STATEMENTS OF INCOME\n"
                 "                      (In thousands)\n\n"
                 "                       Three Months Ended     Six Months Ended\n"
                 "                            June 30,               June 30,\n"
                 "                        2004       2003        2004       2003\n"
                 "                       ------     ------      ------     ------\n"
                 "Net sales              $1,200     $1,100      $2,300     $2,100\n"
                 "Net income                120        110         230        210\n",
                 XC_NODATE);
    ck_assert_int_eq(r.periods, 4);
    expect_period(&r.cols[0], 3, 0, 2004, 6, 30);
    expect_period(&r.cols[1], 3, 0, 2003, 6, 30);
    expect_period(&r.cols[2], 6, 0, 2004, 6, 30);
    expect_period(&r.cols[3], 6, 0, 2003, 6, 30);
    free_headers(&r);
}
END_TEST

START_TEST(test_weeks)
{
    read_t r;
    read_headers(&r,
                 "                    STATEMENTS OF INCOME\n"
                 "                      (In thousands)\n\n"
                 "                            13 Weeks Ended\n"
                 "                      July 3,       June 28,\n"
                 "                        2004          2003\n"
                 "                      -------       -------\n"
                 "Net sales             $ 8,700       $ 8,851\n"
                 "Net income                 53            12\n",
                 XC_NODATE);
    ck_assert_int_eq(r.periods, 2);
    expect_period(&r.cols[0], 0, 13, 2004, 7, 3);
    expect_period(&r.cols[1], 0, 13, 2003, 6, 28);
    free_headers(&r);
}
END_TEST

START_TEST(test_balance_sheet_dates)
{
    read_t r;
    read_headers(&r,
                 "                        BALANCE SHEETS\n"
                 "                        (In thousands)\n\n"
                 "                       March 31,    December 31,\n"
                 "                         2025           2024\n"
                 "                       --------     ------------\n"
                 "Cash                    $ 5,000        $ 4,000\n"
                 "Total assets             90,000         85,000\n",
                 XC_NODATE);
    ck_assert_int_eq(r.periods, 2);
    expect_period(&r.cols[0], 0, 0, 2025, 3, 31);
    expect_period(&r.cols[1], 0, 0, 2024, 12, 31);
    free_headers(&r);
}
END_TEST

START_TEST(test_segment_words_and_change)
{
    read_t r;
    read_headers(&r,
                 "                     SEGMENT RESULTS\n"
                 "                      (In millions)\n\n"
                 "                              Year Ended December 31, 2004\n"
                 "                           Domestic   International    Total\n"
                 "                           --------   -------------   ------\n"
                 "Revenues                    $ 600         $ 400       $1,000\n"
                 "Operating income               60            40          100\n",
                 XC_NODATE);
    ck_assert_int_eq(r.periods, 3);
    expect_period(&r.cols[0], 12, 0, 2004, 12, 31);
    ck_assert_str_eq(r.cols[0].member, "Domestic");
    ck_assert_str_eq(r.cols[1].member, "International");
    ck_assert_ptr_null(r.cols[2].member); /* "Total" is no segment */
    free_headers(&r);
}
END_TEST

START_TEST(test_change_columns)
{
    read_t r;
    read_headers(&r,
                 "                    STATEMENTS OF INCOME\n"
                 "                      (In thousands)\n\n"
                 "                          Year Ended December 31,\n"
                 "                         2004       2003     % Change\n"
                 "                        ------     ------    --------\n"
                 "Net sales               $1,200     $1,000       20.0%\n"
                 "Net income                 120        100       20.0%\n",
                 XC_NODATE);
    ck_assert_int_eq(r.periods, 2);
    expect_period(&r.cols[0], 12, 0, 2004, 12, 31);
    ck_assert_int_ne(r.cols[2].ps.kind, XC_COL_PERIOD);
    free_headers(&r);
}
END_TEST

/* Columns of change beside a quarter's ("Year-Over-Year", "Sequentially")
 * are no periods: "Year" names no fiscal year there. */
START_TEST(test_change_words)
{
    read_t r;
    read_headers(&r,
                 "               CONSOLIDATED PERFORMANCE\n\n"
                 "                  Q2 2026     Year-Over-Year    Sequentially\n"
                 "                 --------     --------------    ------------\n"
                 "Net sales          $223.1             -5%            -11%\n"
                 "Net income           21.4             -9%             -2%\n",
                 xc_date_make(2026, 8, 4));
    ck_assert_int_eq(r.periods, 1);
    ck_assert_int_eq(r.cols[0].ps.kind, XC_COL_PERIOD);
    for (int j = 1; j < 3; j++)
        ck_assert_int_ne(r.cols[j].ps.kind, XC_COL_PERIOD);
    free_headers(&r);
}
END_TEST

/* An ordinal's letters printed apart from its figure, as a superscript
 * becomes in text ("2 nd Quarter 2026"), name the quarter, no segment. */
START_TEST(test_ordinal_apart)
{
    read_t r;
    read_headers(&r,
                 "                 FINANCIAL HIGHLIGHTS\n"
                 "                    (In millions)\n\n"
                 "                     2 nd Quarter    2 nd Quarter\n"
                 "                         2026            2025\n"
                 "                     ------------    ------------\n"
                 "Revenue                   $499.3          $521.3\n"
                 "Net income                  19.2            22.4\n",
                 xc_date_make(2026, 8, 5));
    ck_assert_int_eq(r.periods, 2);
    for (int j = 0; j < 2; j++) {
        ck_assert_int_eq(r.cols[j].ps.kind, XC_COL_PERIOD);
        ck_assert_int_eq(r.cols[j].ps.quarter, 2);
        ck_assert_int_eq(r.cols[j].ps.months, 3);
        ck_assert_int_eq(r.cols[j].ps.year, 2026 - j);
    }
    ck_assert_ptr_null(r.cols[0].member);
    ck_assert_ptr_null(r.cols[1].member);
    free_headers(&r);
}
END_TEST

Suite *columns_suite(void)
{
    Suite *s = suite_create("columns");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_quarter_and_year_to_date);
    tcase_add_test(tc, test_weeks);
    tcase_add_test(tc, test_balance_sheet_dates);
    tcase_add_test(tc, test_segment_words_and_change);
    tcase_add_test(tc, test_ordinal_apart);
    tcase_add_test(tc, test_change_columns);
    tcase_add_test(tc, test_change_words);
    suite_add_tcase(s, tc);
    return s;
}
