/* check_period.c: column headers to periods. */
#include "period.h"
#include "suites.h"

static const struct {
    const char *header;
    int kind, months, weeks;
    const char *end; /* NULL: none */
} cases[] = {
    {"Three Months Ended April 4, 2004", XC_COL_PERIOD, 3, 0, "2004-04-04"},
    {"3 Mos. Ended 12/31/00", XC_COL_PERIOD, 3, 0, "2000-12-31"},
    {"12 Mos. Ended 12/31/99", XC_COL_PERIOD, 12, 0, "1999-12-31"},
    {"Nine Months Ended Sept. 30, 2004", XC_COL_PERIOD, 9, 0, "2004-09-30"},
    {"Quarter Ended March 31, 2004", XC_COL_PERIOD, 3, 0, "2004-03-31"},
    {"Fiscal Year 2003", XC_COL_PERIOD, 12, 0, NULL},
    {"December 31, 2003 (Unaudited)", XC_COL_PERIOD, 0, 0, "2003-12-31"},
    {"April 4, 2004", XC_COL_PERIOD, 0, 0, "2004-04-04"},
    {"For the 13 Weeks Ended July 3, 2004 and June 28, 2003 2004", XC_COL_PERIOD, 0, 13,
     "2004-07-03"},
    {"For the 13 Weeks Ended July 3, 2004 and June 28, 2003 2003", XC_COL_PERIOD, 0, 13,
     "2003-06-28"},
    {"Thirty-nine Weeks Ended November 2, 2024", XC_COL_PERIOD, 0, 39, "2024-11-02"},
    {"Three Months Ended March 31, 2003", XC_COL_PERIOD, 3, 0, "2003-03-31"},
    {"Quarter Ended March 31, 2004 2003", XC_COL_PERIOD, 3, 0, "2003-03-31"},
    /* a year named before the date is no column's: the date stays */
    {"Fiscal 2009 - Quarter 1: first quarter ended July 25, 2008", XC_COL_PERIOD, 3, 0,
     "2008-07-25"},
    {"% Change", XC_COL_CHANGE, 0, 0, NULL},
    {"$ Change", XC_COL_CHANGE, 0, 0, NULL},
    {"Increase (Decrease)", XC_COL_CHANGE, 0, 0, NULL},
    {"Inc. (Dec.)", XC_COL_CHANGE, 0, 0, NULL},
    {"% Inc.", XC_COL_CHANGE, 0, 0, NULL},
    /* a company's "Inc." over a column is no increase */
    {"ACME, INC. Three Months Ended December 31, 1998", XC_COL_PERIOD, 3, 0, "1998-12-31"},
    {"% of Net Sales", XC_COL_PERCENT, 0, 0, NULL},
    /* estimates are no figures of the period: skipped as change columns are */
    {"2001 est.", XC_COL_CHANGE, 0, 0, NULL},
    {"2025E", XC_COL_CHANGE, 0, 0, NULL}, /* an estimate */
    {"FY25E", XC_COL_CHANGE, 12, 0, NULL},
    {"2025 Plan", XC_COL_CHANGE, 0, 0, NULL},
    {"Expected 2025", XC_COL_CHANGE, 0, 0, NULL},
    /* a comparison of two periods is their change */
    {"Q4 2024 vs Q4 2023", XC_COL_CHANGE, 3, 0, NULL},
    {"2024 vs. 2023", XC_COL_CHANGE, 0, 0, NULL},
    /* one that opens "vs." and names one period is that period */
    {"vs. Q3 2025", XC_COL_PERIOD, 3, 0, NULL},
    {"vs. 2025 YTD", XC_COL_PERIOD, 0, 0, NULL},
    {"vs. Prior Year", XC_COL_CHANGE, 0, 0, NULL},
    {"vs. Q3 2025 %", XC_COL_CHANGE, 3, 0, NULL},
    {"Year Ending 12/31/04 Guidance", XC_COL_CHANGE, 12, 0, "2004-12-31"},
    {"2004 Outlook", XC_COL_CHANGE, 0, 0, NULL},
    {"Domestic", XC_COL_UNKNOWN, 0, 0, NULL},
    {"Year Ended December 31, 2003", XC_COL_PERIOD, 12, 0, "2003-12-31"},
    {"Six Months Ended June 30, 2004", XC_COL_PERIOD, 6, 0, "2004-06-30"},
    /* a retailer's monthly report: one month */
    {"Month Ended August 1, 2020", XC_COL_PERIOD, 1, 0, "2020-08-01"},
    {"Six-month period ended August 1, 2020", XC_COL_PERIOD, 6, 0, "2020-08-01"},
    /* a spreadsheet's dates, and a year of two digits after a day */
    {"30-Sep-25", XC_COL_PERIOD, 0, 0, "2025-09-30"},
    {"Three Months Ended 31-Dec-2024", XC_COL_PERIOD, 3, 0, "2024-12-31"},
    {"Dec-25", XC_COL_PERIOD, 0, 0, "2025-12-31"},
    {"13 Weeks Ended Jan. 31, 26", XC_COL_PERIOD, 0, 13, "2026-01-31"},
    /* a day before its month over a year; an ordinal day */
    {"4-Apr 2004", XC_COL_PERIOD, 0, 0, "2004-04-04"},
    {"Three Months Ended April 4th, 2004", XC_COL_PERIOD, 3, 0, "2004-04-04"},
    {"Dec. 31st 2004", XC_COL_PERIOD, 0, 0, "2004-12-31"},
};

START_TEST(test_header)
{
    xc_period_spec ps;
    xc_period_parse(cases[_i].header, &ps);
    ck_assert_msg((int)ps.kind == cases[_i].kind, "%s: kind %d", cases[_i].header, ps.kind);
    ck_assert_int_eq(ps.months, cases[_i].months);
    ck_assert_int_eq(ps.weeks, cases[_i].weeks);
    if (cases[_i].end) {
        char buf[16];
        ck_assert_int_ne(ps.end, XC_NODATE);
        ck_assert_str_eq(xc_date_format(ps.end, buf), cases[_i].end);
    } else {
        ck_assert_int_eq(ps.end, XC_NODATE);
    }
}
END_TEST

START_TEST(test_calendar)
{
    char buf[16];
    xc_date d = xc_date_make(2004, 2, 29);
    ck_assert_int_ne(d, XC_NODATE);
    ck_assert_int_eq(xc_date_make(2003, 2, 29), XC_NODATE);
    ck_assert_str_eq(xc_date_format(d + 1, buf), "2004-03-01");
    ck_assert_str_eq(xc_date_format(xc_date_add_months(xc_date_make(2004, 6, 30), -3), buf),
                     "2004-03-31");
    ck_assert_str_eq(xc_date_format(xc_date_add_months(xc_date_make(2004, 4, 4), -3), buf),
                     "2004-01-04");
    ck_assert_str_eq(xc_date_format(xc_date_make(1970, 1, 1), buf), "1970-01-01");
    ck_assert_int_eq(xc_date_make(1970, 1, 1), 0);
    ck_assert_int_eq(xc_date_parse_iso("2024-11-02"), xc_date_make(2024, 11, 2));
    ck_assert_int_eq(xc_date_find("NEW YORK, April 20, 2004--BTU"), xc_date_make(2004, 4, 20));
    ck_assert_int_eq(xc_date_find("FEB. 1, 2001"), xc_date_make(2001, 2, 1));
    ck_assert_int_eq(xc_date_find("no date here 2004"), XC_NODATE);
    ck_assert_int_eq(xc_date_find("ref 12345678901/2/3"), XC_NODATE);
}
END_TEST

/* the parser's word table is searched by halves: words from each end of
 * the alphabet, in any case and with their dots, are found; others are not */
START_TEST(test_period_words)
{
    static const char *const yes[] = {"Accumulated", "and", "Cumulative", "Fifty", "FY", "Mos.",
                                      "Q3", "Qtr.", "Previous", "Thirty-Nine",
                                      "twenty-six", "Wks.", "years", "YTD", "April", "Sept.",
                                      "Unaudited,", "percent", "Increase", "Year-to-Date", NULL};
    static const char *const no[] = {"Sales", "Total", "Zebra", "aa", "Q5x", "monthsx", "mos..x",
                                     "Consolidated", "Restated", "", NULL};
    for (const char *const *w = yes; *w; w++)
        ck_assert_msg(xc_period_is_word(*w, strlen(*w)), "%s is a period word", *w);
    for (const char *const *w = no; *w; w++)
        if (**w)
            ck_assert_msg(!xc_period_is_word(*w, strlen(*w)), "%s is not a period word", *w);
    xc_period_spec ps;
    xc_period_parse("Thirty-Nine Weeks Ended", &ps);
    ck_assert_int_eq(ps.weeks, 39);
    xc_period_parse("Twelve Mos. Ended Dec. 31, 2000", &ps);
    ck_assert_int_eq(ps.months, 12);
    xc_period_parse("Qtr. 2004 % Change", &ps);
    ck_assert_int_eq(ps.kind, XC_COL_CHANGE);
}
END_TEST

/* Quarters, halves and the year to date by name, in the forms releases
 * print them; the end is left to the interpreter (the fiscal year's). */
static const struct {
    const char *header;
    int quarter, months, ytd, year;
} named[] = {
    {"Q3 2024", 3, 3, 0, 2024},
    {"3Q24", 3, 3, 0, 2024},
    {"1Q04", 1, 3, 0, 2004},
    {"Q3'24", 3, 3, 0, 2024},
    {"Q1 FY24", 1, 3, 0, 2024},
    /* a year set after the quarter by a dash, a slash or a blank */
    {"Q4-24", 4, 3, 0, 2024},
    {"Q4-2024", 4, 3, 0, 2024},
    {"Q4/24", 4, 3, 0, 2024},
    {"4Q-24", 4, 3, 0, 2024},
    {"Q4 24", 4, 3, 0, 2024},
    {"H1-24", 2, 6, 0, 2024},
    {"Q4 13 Weeks", 4, 3, 0, 0},
    {"Third Quarter 2024", 3, 3, 0, 2024},
    {"Fourth Quarter", 4, 3, 0, 0},
    {"2011 Quarter First", 1, 3, 0, 2011},
    {"2011 Quarter Fourth", 4, 3, 0, 2011},
    /* ordinals in figures */
    {"1st Quarter 2011", 1, 3, 0, 2011},
    {"3rd Qtr. 2011", 3, 3, 0, 2011},
    {"2nd Half 2023", 4, 6, 0, 2023},
    {"2011 Quarter 2nd", 2, 3, 0, 2011},
    {"H1 2024", 2, 6, 0, 2024},
    {"Second Half 2023", 4, 6, 0, 2023},
    {"9M 2024", 0, 9, 0, 2024},
    {"9M24", 0, 9, 0, 2024},
    {"YTD 2024", 0, 0, 1, 2024},
    {"YTD'24", 0, 0, 1, 2024},
    {"Year-to-Date", 0, 0, 1, 0},
    {"Year to date 2023", 0, 0, 1, 2023},
    {"FY 2024", 0, 12, 0, 2024},
    {"FY24", 0, 12, 0, 2024},
    {"Fiscal 2024", 0, 12, 0, 2024},
    {"FY24 Q4", 4, 3, 0, 2024},
    {"First Nine Months 2024", 0, 9, 0, 2024},
    {"Full Year 2024", 0, 12, 0, 2024},
    /* the twelve months to a quarter's end */
    {"Q2'FY24 LTM", 2, 12, 0, 2024},
    {"TTM Q3 2025", 3, 12, 0, 2025},
    {"Trailing Twelve Months Q1 2023", 1, 12, 0, 2023},
};

/* A title over quarters' figures says their length; a note's number is no
 * count of quarters ("Note 21. Quarterly ..." was 63 months). */
START_TEST(test_quarterly_title)
{
    static const struct {
        const char *text;
        int months;
    } titles[] = {
        {"Note 21. Quarterly Financial Information (Unaudited)", 3},
        {"our quarterly consolidated statements of operations for fiscal 2020 and 2019", 3},
        {"Two Quarters Ended June 30, 2024", 6},
    };
    for (size_t i = 0; i < sizeof(titles) / sizeof(titles[0]); i++) {
        xc_period_spec ps;
        xc_period_parse(titles[i].text, &ps);
        ck_assert_msg(ps.months == titles[i].months, "%s: %d months", titles[i].text, ps.months);
    }
}
END_TEST

/* A range prints its first day: the end is the last date, the first
 * day's year is printed or left to the reader. */
START_TEST(test_ranges)
{
    static const struct {
        const char *text;
        int from_year, from_month, from_day;
        const char *end; /* "" when no full date */
    } ranges[] = {
        {"For the period February 5, Through June 30, 2007", 0, 2, 5, "2007-06-30"},
        {"Period February 5, through March 31, 2007", 0, 2, 5, "2007-03-31"},
        {"May 1, 2005 to June 30, 2007", 2005, 5, 1, "2007-06-30"},
        {"Three Months Ended June 30, 2007", 0, 0, 0, "2007-06-30"},
        {"Year to date June 30, 2007", 0, 0, 0, "2007-06-30"},
        {"December 31, 2006 to 2007 % Change", 0, 0, 0, "2007-12-31"},
    };
    for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
        xc_period_spec ps;
        char b[16];
        xc_period_parse(ranges[i].text, &ps);
        ck_assert_msg(ps.from_year == ranges[i].from_year &&
                          ps.from_month == ranges[i].from_month &&
                          ps.from_day == ranges[i].from_day,
                      "%s: from %d-%d-%d", ranges[i].text, ps.from_year, ps.from_month,
                      ps.from_day);
        ck_assert_str_eq(ps.end == XC_NODATE ? "" : xc_date_format(ps.end, b), ranges[i].end);
    }
}
END_TEST

/* "Prior Year", "Current Year": which year beside the title's period, no
 * length of twelve months. */
START_TEST(test_relative_years)
{
    static const struct {
        const char *text;
        int relative, months;
    } rel[] = {
        {"Current Year", 1, 0},        {"Prior Year", 2, 0},         {"Last Year", 2, 0},
        {"This Year", 1, 0},           {"Prior Year Quarter", 2, 3}, {"Fiscal Year 2024", 0, 12},
        {"Previous Year", 2, 0},
    };
    for (size_t i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
        xc_period_spec ps;
        xc_period_parse(rel[i].text, &ps);
        ck_assert_msg(ps.relative == rel[i].relative && ps.months == rel[i].months,
                      "%s: relative %d, months %d", rel[i].text, ps.relative, ps.months);
    }
}
END_TEST

/* The lengths a title states, in order: two of them are a pair, one for
 * each group of columns under it. */
START_TEST(test_two_lengths)
{
    static const struct {
        const char *text;
        int n, m0, w0, m1, w1;
    } two[] = {
        {"For the Three and Six Months Ended June 30,", 2, 3, 0, 6, 0},
        {"Quarter and Year Ended December 31,", 2, 3, 0, 12, 0},
        {"13 and 26 Weeks Ended July 3, 2004", 2, 0, 13, 0, 26},
        {"Thirteen and Thirty-Nine Weeks Ended", 2, 0, 13, 0, 39},
        {"13 & 26 Weeks Ended", 2, 0, 13, 0, 26},
        {"Three Months Ended March 31, 2005 and 2004", 1, 3, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++) {
        xc_period_spec ps;
        xc_period_parse(two[i].text, &ps);
        ck_assert_msg(ps.nlengths == two[i].n && ps.lengths[0][0] == two[i].m0 &&
                          ps.lengths[0][1] == two[i].w0 && ps.lengths[1][0] == two[i].m1 &&
                          ps.lengths[1][1] == two[i].w1,
                      "%s: %d lengths", two[i].text, ps.nlengths);
    }
}
END_TEST

START_TEST(test_named_periods)
{
    xc_period_spec ps;
    xc_period_parse(named[_i].header, &ps);
    ck_assert_msg(ps.quarter == named[_i].quarter, "%s: quarter %d", named[_i].header,
                  ps.quarter);
    ck_assert_msg(ps.months == named[_i].months, "%s: months %d", named[_i].header, ps.months);
    ck_assert_msg(ps.ytd == named[_i].ytd, "%s: ytd %d", named[_i].header, ps.ytd);
    ck_assert_msg(ps.year == named[_i].year, "%s: year %d", named[_i].header, ps.year);
    ck_assert_int_eq(ps.end, XC_NODATE);
    ck_assert_int_eq(ps.has_words, 0);
}
END_TEST

Suite *period_suite(void)
{
    Suite *s = suite_create("period");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_header, 0, sizeof(cases) / sizeof(cases[0]));
    tcase_add_test(tc, test_calendar);
    tcase_add_test(tc, test_period_words);
    tcase_add_loop_test(tc, test_named_periods, 0, sizeof(named) / sizeof(named[0]));
    tcase_add_test(tc, test_quarterly_title);
    tcase_add_test(tc, test_ranges);
    tcase_add_test(tc, test_relative_years);
    tcase_add_test(tc, test_two_lengths);
    suite_add_tcase(s, tc);
    return s;
}
