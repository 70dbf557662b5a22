/* check_fiscal.c: fiscal year ends, the 52/53-week rules and the start of
 * a duration whose header prints only its end and length. */
#include "interp_priv.h"
#include "suites.h"

#include <string.h>

static xc_date D(int y, int m, int d) { return xc_date_make(y, m, d); }

static fye year_ending(xc_date end)
{
    fye f;
    memset(&f, 0, sizeof(f));
    f.stated = XC_NODATE;
    xc_set_fiscal_year_end(&f, end);
    return f;
}

START_TEST(test_weekly_end)
{
    ck_assert(xc_weekly_end(D(2004, 7, 3)));   /* Sears: a Saturday */
    ck_assert(xc_weekly_end(D(2004, 4, 4)));   /* the seed: a Sunday */
    ck_assert(xc_weekly_end(D(2024, 11, 2)));  /* Buckle */
    ck_assert(!xc_weekly_end(D(2004, 6, 30))); /* a month's end */
    ck_assert(!xc_weekly_end(D(2024, 2, 29)));
    ck_assert(!xc_weekly_end(D(2024, 1, 15))); /* mid-month: no year ends there */
}
END_TEST

START_TEST(test_md_distance)
{
    ck_assert_int_eq(xc_md_distance(D(2024, 2, 3), D(2023, 1, 28)), 6);
    ck_assert_int_eq(xc_md_distance(D(2004, 12, 30), D(2005, 1, 2)), 3); /* across new year */
    ck_assert_int_eq(xc_md_distance(D(2024, 6, 30), D(2001, 6, 30)), 0);
}
END_TEST

START_TEST(test_calendar_year)
{
    fye f = year_ending(D(2024, 12, 31));
    ck_assert_int_eq(f.month, 12);
    ck_assert_int_eq(f.day, 31);
    ck_assert(!f.weekly);
    ck_assert_int_eq(xc_fiscal_end(&f, 2025), D(2025, 12, 31));
    fye jun = year_ending(D(2024, 6, 30));
    ck_assert_int_eq(xc_fiscal_end(&jun, 2023), D(2023, 6, 30));
    /* a February year end keeps to the month's last day */
    fye feb = year_ending(D(2023, 2, 28));
    ck_assert_int_eq(xc_fiscal_end(&feb, 2024), D(2024, 2, 28));
    /* named ahead: "fiscal 2024" ends in 2025 */
    fye jan = year_ending(D(2025, 1, 31));
    jan.named_ahead = 1;
    ck_assert_int_eq(xc_named_fiscal_end(&jan, 2024), D(2025, 1, 31));
}
END_TEST

START_TEST(test_nearest_saturday)
{
    /* a retailer's year: the Saturday nearest January 31 */
    fye f = year_ending(D(2025, 2, 1));
    ck_assert(f.weekly);
    ck_assert_int_eq(xc_fiscal_end(&f, 2024), D(2024, 2, 3));
    ck_assert_int_eq(xc_fiscal_end(&f, 2023), D(2023, 1, 28));
    ck_assert_int_eq(xc_fiscal_end(&f, 2026), D(2026, 1, 31));
    /* one to three days before the month's end says neither rule: the
     * nearest, until the release's other dates say the last */
    fye g = year_ending(D(2003, 9, 27));
    ck_assert_int_eq(xc_fiscal_end(&g, 2004), D(2004, 10, 2));
}
END_TEST

START_TEST(test_last_saturday)
{
    /* four or more days before the month's end: the month's last Saturday */
    fye f = year_ending(D(2005, 9, 24));
    ck_assert_int_eq(xc_fiscal_end(&f, 2004), D(2004, 9, 25));
    ck_assert_int_eq(xc_fiscal_end(&f, 2006), D(2006, 9, 30));
    ck_assert_int_eq(xc_fiscal_end(&f, 2007), D(2007, 9, 29));
    /* the rule the dates settled on (weekly 2: the last) */
    fye g = year_ending(D(2003, 9, 27));
    g.weekly = 2;
    ck_assert_int_eq(xc_fiscal_end(&g, 2004), D(2004, 9, 25));
    ck_assert_int_eq(xc_fiscal_end(&g, 2005), D(2005, 9, 24));
}
END_TEST

START_TEST(test_duration_start)
{
    int inferred = 0;
    fye none;
    memset(&none, 0, sizeof(none));
    /* no year end known: a month's end less whole months */
    ck_assert_int_eq(xc_duration_start(D(2004, 6, 30), 3, 0, &none, &inferred), D(2004, 4, 1));
    ck_assert(inferred);
    ck_assert_int_eq(xc_duration_start(D(2004, 9, 30), 9, 0, &none, &inferred), D(2004, 1, 1));
    /* near, not on, a month's end: thirteen weeks a quarter */
    ck_assert_int_eq(xc_duration_start(D(2004, 7, 3), 3, 0, &none, &inferred), D(2004, 4, 4));
    ck_assert_int_eq(xc_duration_start(D(2004, 7, 3), 6, 0, &none, &inferred), D(2004, 1, 4));
    /* weeks printed: exactly that many */
    ck_assert_int_eq(xc_duration_start(D(2024, 11, 2), 0, 39, &none, &inferred), D(2024, 2, 4));
    /* a known 52/53-week year: the quarter boundary nearest, a day after */
    fye f = year_ending(D(2025, 2, 1));
    ck_assert_int_eq(xc_duration_start(D(2024, 11, 2), 9, 0, &f, &inferred), D(2024, 2, 4));
    /* a known calendar year: its quarters */
    fye cal = year_ending(D(2024, 12, 31));
    ck_assert_int_eq(xc_duration_start(D(2025, 3, 31), 3, 0, &cal, &inferred), D(2025, 1, 1));
}
END_TEST

/* a column of a month and year with no day, as a period spec reads it */
static void month_column(colspec *c, int year, int month)
{
    memset(c, 0, sizeof(*c));
    xc_period_parse("", &c->ps);
    c->ps.kind = XC_COL_PERIOD;
    c->ps.year = year;
    c->ps.month = month;
    c->ps.dayless = 1;
    c->ps.end = xc_date_add_months(D(year, month, 1), 1) - 1;
}

START_TEST(test_month_ends)
{
    static colspec cols[2][MAXCOL];
    int ncols[2] = {2, 1};
    /* "Quarter Ended Fiscal June" over 2026 and 2025, a year ending on the
     * last Saturday of March, and a balance sheet dated June 27, 2026 */
    month_column(&cols[0][0], 2026, 6);
    month_column(&cols[0][1], 2025, 6);
    memset(&cols[1][0], 0, sizeof(cols[1][0]));
    xc_period_parse("June 27, 2026", &cols[1][0].ps);
    fye f = year_ending(D(2026, 3, 28));
    f.weekly = 2;
    xc_place_month_ends(&f, cols, ncols, 2);
    /* the printed date, and thirteen weeks after the year's end */
    ck_assert_int_eq(cols[0][0].ps.end, D(2026, 6, 27));
    ck_assert_int_eq(cols[0][0].ps.day, 27);
    ck_assert_int_eq(cols[0][1].ps.end, D(2025, 6, 28));
    ck_assert_int_eq(cols[1][0].ps.end, D(2026, 6, 27));
    /* a calendar year keeps the month's last day */
    month_column(&cols[0][0], 2026, 6);
    fye cal = year_ending(D(2025, 12, 31));
    xc_place_month_ends(&cal, cols, ncols, 2);
    ck_assert_int_eq(cols[0][0].ps.end, D(2026, 6, 30));
    /* the parser says which ends printed no day */
    xc_period_spec ps;
    xc_period_parse("Quarter Ended Fiscal June 2026", &ps);
    ck_assert(ps.dayless);
    ck_assert_int_eq(ps.end, D(2026, 6, 30));
    xc_period_parse("June 30, 2026", &ps);
    ck_assert(!ps.dayless);
}
END_TEST

Suite *fiscal_suite(void)
{
    Suite *s = suite_create("fiscal");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_weekly_end);
    tcase_add_test(tc, test_md_distance);
    tcase_add_test(tc, test_calendar_year);
    tcase_add_test(tc, test_nearest_saturday);
    tcase_add_test(tc, test_last_saturday);
    tcase_add_test(tc, test_duration_start);
    tcase_add_test(tc, test_month_ends);
    suite_add_tcase(s, tc);
    return s;
}
