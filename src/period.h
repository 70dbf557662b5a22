/* period.h: calendar dates and the periods that column headers describe.
 *
 * A date is a day number (days since 1970-01-01), so arithmetic is exact.
 * xc_period_parse reads header text such as "Three Months Ended April 4,
 * 2004", "3 Mos. Ended 12/31/00", "For the 13 Weeks Ended July 3, 2004",
 * "December 31, 2003 (Unaudited)" or "Fiscal Year 2003" into what it says:
 * a length (months or weeks), the end date or parts of it, and markers such
 * as "% change".
 */
#ifndef XC_PERIOD_H
#define XC_PERIOD_H

#include <stddef.h>

typedef int xc_date; /* days since 1970-01-01; XC_NODATE when unknown */
#define XC_NODATE (-2147483647 - 1)

xc_date xc_date_make(int y, int m, int d); /* XC_NODATE if invalid */
void xc_date_split(xc_date t, int *y, int *m, int *d);
/* Writes YYYY-MM-DD into buf (11 bytes). */
char *xc_date_format(xc_date t, char buf[16]);
/* Parses YYYY-MM-DD (and a date-time's date part). XC_NODATE on failure. */
xc_date xc_date_parse_iso(const char *s);
/* "20040421", as EDGAR headers write dates; XC_NODATE when not a date. */
xc_date xc_date_parse_compact(const char *s);
/* Adds months, keeping month ends at month ends (Apr 30 - 2 = Feb 28/29). */
xc_date xc_date_add_months(xc_date t, int months);
int xc_date_is_month_end(xc_date t);

/* What a column header says. */
typedef enum {
    XC_COL_UNKNOWN = 0,
    XC_COL_PERIOD, /* a period with at least a year */
    XC_COL_CHANGE, /* "% change", "$ change", "increase (decrease)" */
    XC_COL_PERCENT /* "% of sales", "% of revenue" */
} xc_col_kind;

typedef struct xc_period_spec {
    xc_col_kind kind;
    int months;     /* length in months, 0 if not stated */
    int weeks;      /* length in weeks, 0 if not stated */
    int year;       /* the year printed, 0 if none */
    int month, day; /* end month/day printed, 0 if none */
    int dayless;    /* a month and year with no day ("June 2026", "Fiscal
                     * June" over "2026"): end is the month's last day */
    xc_date end;    /* full end date when year, month and day are known */
    int ndates;     /* how many full dates the text held */
    int has_words;  /* text other than period words and dates */
    int quarter;    /* the fiscal quarter that ends the period ("Q3", "Third
                     * Quarter", "3Q24"; a half: "H1" 2, "Second Half" 4),
                     * 0 if none is named */
    int ytd;        /* "YTD", "Year to date": from the fiscal year's start */
    /* the first day a range prints ("February 5 through June 30, 2007":
     * 2, 5 and 0; "May 1, 2005 to June 30, 2007": 2005 too), 0 if none */
    int from_year, from_month, from_day;
    /* "Current Year" 1, "Prior Year" ("Last Year", "Previous Year") 2: a
     * column's year beside the title's period, 0 if not said */
    int relative;
    /* the years a date printed for another year was moved by to this
     * column's ("Fiscal years ended September 29, 2007" over "2006": 1),
     * 0 if none: a 52/53-week year's end moves by weeks, not by days */
    int moved;
    /* the lengths the text states, in order (months, weeks): a title over
     * two groups of columns ("Three and Six Months Ended June 30," over
     * 2005, 2004, 2005, 2004) says one for each; nlengths counts them */
    int lengths[2][2];
    int nlengths;
} xc_period_spec;

/* Reads header text (UTF-8, any case). `year_hint` picks among several
 * dates ("July 3, 2004 and June 28, 2003 ... 2004"). Never fails: unknown
 * text gives kind XC_COL_UNKNOWN. */
void xc_period_parse(const char *text, xc_period_spec *out);

/* Finds the first full date written in text ("April 20, 2004", "4/20/04",
 * "2004-04-20"); XC_NODATE if none. */
xc_date xc_date_find(const char *text);

/* 1 if the word (n bytes) only describes a period: "Three", "Months",
 * "Ended", "April", "Unaudited", "Fiscal". */
int xc_period_is_word(const char *w, size_t n);
/* Whether the n bytes at w are an ordinal's letters after a day or place
 * ("st", "nd", "rd", "th": "April 4th", "1st Quarter"), in any case. */
int xc_ordinal_suffix(const char *w, size_t n);
/* Whether w (n bytes) is the suffix the figure v takes: "st" after 1 and
 * 21, "th" after 4 and 11; for letters printed apart ("2 nd"). */
int xc_ordinal_agrees(unsigned v, const char *w, size_t n);

/* 1 if the word (n bytes) names a time: a month, a length ("quarter",
 * "months", "year", "half", "YTD"), "FY" or "Q1"; not the words that
 * only go with one ("ended", "in", "of"). */
int xc_period_names_time(const char *w, size_t n);

/* Returns 1..12 if `word` (n bytes, any case, abbreviations like "Sept."
 * allowed) names a month, else 0. */
int xc_month_lookup(const char *word, size_t n);

#endif
