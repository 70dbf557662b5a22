/* fiscal.c: the fiscal year. Its end (from columns, the text or the EDGAR
 * header), how a release names its fiscal years, the 52/53-week rule, and
 * the start of a duration whose header gives only its end and length.
 * See interp_priv.h. */
#include "interp_priv.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The distance in days between the month-days of a and b, ignoring years
 * (December 30 to January 2: 3). */
int xc_md_distance(xc_date a, xc_date b)
{
    int ya, ma, da, yb, mb, db, best = 999;
    xc_date_split(a, &ya, &ma, &da);
    xc_date_split(b, &yb, &mb, &db);
    for (int y = ya - 1; y <= ya + 1; y++) {
        xc_date bb = xc_date_make(y, mb, db > 28 && mb == 2 ? 28 : db);
        if (bb != XC_NODATE && abs(a - bb) < best)
            best = abs(a - bb);
    }
    return best;
}

/* Whether a period ending on `end` looks like one of a 52/53-week year:
 * within a week of a month's end, but not on it. */
int xc_weekly_end(xc_date end)
{
    if (xc_date_is_month_end(end))
        return 0;
    for (int k = 1; k <= 7; k++)
        if (xc_date_is_month_end(end + k) || xc_date_is_month_end(end - k))
            return 1;
    return 0;
}

/* In a 52/53-week year the fiscal year ends on one weekday, ref's: the one
 * nearest a month's end ("the Saturday nearest December 31"), or the
 * month's last ("the last Saturday of September"). A ref four or more days
 * before the month's end says the last, one after it the nearest; one to
 * three days before says neither (fye.weekly: 2 when the last).
 * The end near e, ref's month and day in another year, by that rule. */
static xc_date weekly_year_end(const fye *f, xc_date e)
{
    xc_date ref = f->ref;
    int delta = f->delta;
    xc_date anchor = e - delta;
    /* February's end moves by a day */
    if ((f->month == 2 || (f->month == 3 && delta > 0)) && !xc_date_is_month_end(anchor))
        anchor += xc_date_is_month_end(anchor + 1) ? 1 : xc_date_is_month_end(anchor - 1) ? -1 : 0;
    int last = delta < -3 || (delta < 0 && f->weekly == 2);
    xc_date lo = last ? anchor - 6 : delta > 3 ? anchor : anchor - 3;
    for (xc_date x = lo; x < lo + 7; x++)
        if ((x - ref) % 7 == 0)
            return x;
    return e;
}

/* The end of fiscal year `year`, named by the calendar year it ends in:
 * the release's fiscal year end, else (inferred) December 31. */
xc_date xc_fiscal_end(const fye *f, int year)
{
    int m = f->month ? f->month : 12, d = f->month ? f->day : 31;
    xc_date e = xc_date_make(year, m, d);
    while (e == XC_NODATE && d > 28)
        e = xc_date_make(year, m, --d);
    return f->weekly && e != XC_NODATE ? weekly_year_end(f, e) : e;
}

/* The end of the fiscal year a release names `year` ("Q4 2024", "FY24"),
 * by its way of naming them. */
xc_date xc_named_fiscal_end(const fye *f, int year)
{
    return xc_fiscal_end(f, year + (f->named_ahead > 0));
}

/* The start of a duration of `months` ending at end: the day after the
 * fiscal quarter boundary nearest end - months, when the fiscal year end is
 * known; else thirteen weeks a quarter when end is near a month's end
 * (weekly_end), or the day after end - months. */
xc_date xc_duration_start(xc_date end, int months, int weeks, const fye *f, int *inferred)
{
    *inferred = 1;
    if (weeks > 0)
        return end - 7 * weeks + 1;
    xc_date target = xc_date_add_months(end, -months);
    if (f->month) {
        int ty, tm, td;
        xc_date_split(target, &ty, &tm, &td);
        xc_date best = XC_NODATE;
        int bestd = 1 << 30;
        for (int y = ty - 1; y <= ty + 1; y++) {
            xc_date base = xc_fiscal_end(f, y);
            if (base == XC_NODATE)
                continue;
            /* a 52/53-week year's quarters are thirteen weeks back from
             * its end (a 53-week year's long quarter is its first) */
            for (int q = f->weekly ? -3 : -4; q <= (f->weekly ? 0 : 4); q++) {
                xc_date b = f->weekly ? base + 91 * q : xc_date_add_months(base, 3 * q);
                int dist = abs(b - target);
                if (dist < bestd) {
                    bestd = dist;
                    best = b;
                }
            }
        }
        if (best != XC_NODATE && bestd <= 14)
            return best + 1;
    } else if (months % 3 == 0 && months <= 12 && xc_weekly_end(end)) {
        /* a period that ends near, not on, a month's end ("three months
         * ended March 29") belongs to a 52/53-week year: thirteen weeks a
         * quarter (a 53-week year's long quarter is a week off) */
        return end - 91 * (months / 3) + 1;
    }
    return target + 1;
}

/* Sets f from one known fiscal year end: its month and day, and, when it
 * falls near but not on a month's end, the 52/53-week rule it suggests. */
void xc_set_fiscal_year_end(fye *f, xc_date end)
{
    int y;
    xc_date_split(end, &y, &f->month, &f->day);
    f->ref = end;
    f->weekly = xc_weekly_end(end);
    f->delta = 0;
    for (int k = 1; k <= 7 && f->weekly && !f->delta; k++)
        f->delta = xc_date_is_month_end(end + k) ? -k : xc_date_is_month_end(end - k) ? k : 0;
}

/* The fiscal year end: from a twelve-month column; a balance sheet's
 * prior-year-end column (of a sheet that compares two or three dates, not
 * a five-quarter trend); the text ("fourth quarter and fiscal year ended
 * February 1, 2025"); else the EDGAR header's "FISCAL YEAR END: 0201". */
void xc_find_fiscal_year_end(ictx *c, xc_table_info *infos, colspec (*cols)[MAXCOL],
                             int *ncols, size_t ntables)
{
    for (size_t i = 0; i < ntables; i++)
        for (int j = 0; j < ncols[i]; j++) {
            const xc_period_spec *ps = &cols[i][j].ps;
            if (ps->end != XC_NODATE && (ps->months == 12 || ps->weeks == 52 || ps->weeks == 53)) {
                xc_set_fiscal_year_end(&c->fy, ps->end);
                return;
            }
        }
    for (size_t i = 0; i < ntables; i++) {
        if (infos[i].statement != XC_STMT_BALANCE)
            continue;
        xc_date latest = XC_NODATE;
        int dates = 0;
        for (int j = 0; j < ncols[i]; j++) {
            const xc_period_spec *ps = &cols[i][j].ps;
            if (ps->kind == XC_COL_PERIOD && ps->end != XC_NODATE && !ps->months && !ps->weeks) {
                dates++;
                if (latest == XC_NODATE || ps->end > latest)
                    latest = ps->end;
            }
        }
        if (latest == XC_NODATE || dates > 3)
            continue;
        xc_date best = XC_NODATE;
        for (int j = 0; j < ncols[i]; j++) {
            const xc_period_spec *ps = &cols[i][j].ps;
            if (ps->kind != XC_COL_PERIOD || ps->end == XC_NODATE || ps->end == latest)
                continue;
            if (xc_md_distance(ps->end, latest) > 7 && (best == XC_NODATE || ps->end > best))
                best = ps->end;
        }
        if (best != XC_NODATE) {
            xc_set_fiscal_year_end(&c->fy, best);
            return;
        }
    }
    if (c->fy.stated != XC_NODATE) {
        xc_set_fiscal_year_end(&c->fy, c->fy.stated);
        return;
    }
    const char *h = c->doc->fiscal_year_end;
    if (h && strlen(h) == 4 && xc_isdigit((unsigned char)h[0]) && xc_isdigit((unsigned char)h[3])) {
        int mm = (h[0] - '0') * 10 + (h[1] - '0'), dd = (h[2] - '0') * 10 + (h[3] - '0');
        xc_date e = xc_date_make(2000, mm, dd); /* a leap year: "0229" */
        if (e != XC_NODATE) {
            xc_set_fiscal_year_end(&c->fy, e);
            c->fy.weekly = 0; /* a month and day, of no year */
            return;
        }
    }
    /* "the first quarter ended April 28, 2024": three quarters on, where
     * columns name their quarters by fiscal year ("Q1 FY25"); a year that
     * ends with the calendar's needs no such reading (and the calendar's
     * default tells its 52/53-week quarters) */
    for (int a = 0; a < c->fy.nsaid; a++)
        if (c->fy.said_q[a]) {
            xc_date e = c->fy.said[a];
            e = xc_weekly_end(e) ? e + 91 * (4 - c->fy.said_q[a])
                                 : xc_date_add_months(e, 3 * (4 - c->fy.said_q[a]));
            int y, m, d;
            xc_date_split(e, &y, &m, &d);
            if (xc_md_distance(e, xc_date_make(y, 12, 31)) > 7)
                xc_set_fiscal_year_end(&c->fy, e);
            return;
        }
}

/* The latest end among the columns that name a fiscal quarter or year but
 * print no date, were the years named `ahead`; XC_NODATE when none do. */
static xc_date named_latest(fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt,
                            int ahead)
{
    f->named_ahead = ahead;
    xc_date latest = XC_NODATE;
    for (size_t i = 0; i < nt; i++)
        for (int j = 0; j < ncols[i]; j++) {
            const xc_period_spec *ps = &cols[i][j].ps;
            if (ps->kind != XC_COL_PERIOD || ps->end != XC_NODATE || !ps->year ||
                (!ps->quarter && (ps->months != 12 || ps->ytd)))
                continue;
            xc_date e = xc_named_fiscal_end(f, ps->year);
            if (ps->quarter)
                e = xc_date_add_months(e, -3 * (4 - ps->quarter));
            if (e != XC_NODATE && (latest == XC_NODATE || e > latest))
                latest = e;
        }
    return latest;
}

/* How the release names its fiscal years, where columns name them without
 * a date ("4Q24", "FY24"): a fiscal year ending in January or February is
 * named by the year it ends in by some filers and by the year it begins in
 * by others. The naming under which the latest such column ends on the
 * latest date the release prints (a dated column, a stated year end) wins;
 * else the latest that ends before the release date; else the calendar
 * year each fiscal year mostly covers. Left -1 when no column names one. */
void xc_fiscal_naming(ictx *c, colspec (*cols)[MAXCOL], const int *ncols, size_t nt)
{
    fye *f = &c->fy;
    if (!f->month || named_latest(f, cols, ncols, nt, 0) == XC_NODATE) {
        f->named_ahead = -1;
        return;
    }
    xc_date anchor = f->stated;
    for (size_t i = 0; i < nt; i++)
        for (int j = 0; j < ncols[i]; j++) {
            const xc_period_spec *ps = &cols[i][j].ps;
            if (ps->kind == XC_COL_PERIOD && ps->end != XC_NODATE &&
                (anchor == XC_NODATE || ps->end > anchor))
                anchor = ps->end;
        }
    int best = -1, bestd = 11;
    for (int ahead = 0; ahead <= 1; ahead++) {
        xc_date e = named_latest(f, cols, ncols, nt, ahead);
        if (anchor != XC_NODATE && abs(e - anchor) < bestd) {
            bestd = abs(e - anchor);
            best = ahead;
        }
    }
    xc_date released = c->m->release_date;
    for (int ahead = 1; best < 0 && released != XC_NODATE && ahead >= 0; ahead--)
        if (named_latest(f, cols, ncols, nt, ahead) <= released + 7)
            best = ahead;
    f->named_ahead = best >= 0 ? best : f->month <= 2;
}

/* Whether end is a quarter's end of a 52/53-week fiscal year: the year's
 * end less whole thirteen-week quarters. */
static int weekly_quarter_end(const fye *f, xc_date end)
{
    int y, m, d;
    xc_date_split(end, &y, &m, &d);
    for (int fy = y; fy <= y + 1; fy++) {
        xc_date fe = xc_fiscal_end(f, fy);
        for (int k = 0; k < 4; k++)
            if (fe - 91 * k == end)
                return 1;
    }
    return 0;
}

/* A 52/53-week year whose known end is one to three days before a month's
 * end ends on the weekday nearest the month's end or on the month's last:
 * the rule under which more of the dates the release prints are quarter
 * ends wins (Apple's "June 26, 2004" and "September 27, 2003": the last
 * Saturday of September); the nearest when they do not tell. */
void xc_weekly_rule(fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt)
{
    if (!f->weekly || f->delta < -3 || f->delta >= 0)
        return;
    int hits[2] = {0, 0};
    for (int rule = 1; rule <= 2; rule++) {
        f->weekly = rule;
        for (size_t i = 0; i < nt; i++)
            for (int j = 0; j < ncols[i]; j++) {
                xc_date e = cols[i][j].ps.end;
                if (cols[i][j].ps.kind == XC_COL_PERIOD && e != XC_NODATE && e != f->ref)
                    hits[rule - 1] += weekly_quarter_end(f, e);
            }
    }
    f->weekly = hits[1] > hits[0] ? 2 : 1;
}

/* The whole months from the start of the fiscal year that holds end to
 * end (1..12). */
static int months_into_year(const fye *f, xc_date end)
{
    int y, m, d;
    xc_date_split(end, &y, &m, &d);
    xc_date fe = xc_fiscal_end(f, y);
    if (fe != XC_NODATE && fe < end - 7)
        fe = xc_fiscal_end(f, y + 1);
    if (fe == XC_NODATE)
        return 12;
    xc_date start = xc_date_add_months(fe, -12);
    int best = 12, bestd = 1 << 30;
    for (int k = 1; k <= 12; k++) {
        int dist = abs(xc_date_add_months(start, k) - end);
        if (dist < bestd) {
            bestd = dist;
            best = k;
        }
    }
    return best;
}

/* The quarter of the latest date the text says a quarter ended on, where
 * it says which (1..4), else 0. */
static int latest_said_quarter(const fye *f)
{
    int q = 0;
    xc_date last = XC_NODATE;
    for (int a = 0; a < f->nsaid; a++)
        if (f->said_q[a] && (last == XC_NODATE || f->said[a] > last)) {
            last = f->said[a];
            q = f->said_q[a];
        }
    return q;
}

/* The latest date the text says a quarter ended on, moved to year (by
 * whole weeks in a 52/53-week year), or XC_NODATE. */
static xc_date said_in_year(const fye *f, int year)
{
    if (!f->nsaid)
        return XC_NODATE;
    xc_date last = f->said[0];
    for (int a = 1; a < f->nsaid; a++)
        last = f->said[a] > last ? f->said[a] : last;
    int y, m, d;
    xc_date_split(last, &y, &m, &d);
    return xc_weekly_end(last) ? last - 364 * (y - year) : xc_date_make(year, m, d);
}

/* A date printed within a week of end: another column's full date, one
 * the text says a quarter or the fiscal year ended on, or the fiscal year
 * end itself; XC_NODATE if none. */
static xc_date printed_near(const fye *f, xc_date end, colspec (*cols)[MAXCOL], const int *ncols,
                            size_t nt)
{
    xc_date best = XC_NODATE;
    int bestd = 8;
    for (size_t i = 0; i < nt; i++)
        for (int j = 0; j < ncols[i]; j++) {
            const xc_period_spec *o = &cols[i][j].ps;
            if (o->kind == XC_COL_PERIOD && o->end != XC_NODATE && o->day && !o->dayless &&
                abs(o->end - end) < bestd) {
                bestd = abs(o->end - end);
                best = o->end;
            }
        }
    xc_date told[10];
    int n = 0;
    for (int a = 0; a < f->nsaid; a++)
        told[n++] = f->said[a];
    told[n++] = f->stated;
    told[n++] = f->ref;
    for (int a = 0; a < n; a++)
        if (told[a] != XC_NODATE && abs(told[a] - end) < bestd) {
            bestd = abs(told[a] - end);
            best = told[a];
        }
    return best;
}

/* In a 52/53-week year a column that names a month but no day ("Quarter
 * Ended Fiscal June" over "2026") ends on the quarter's last day, not the
 * month's: a date printed within a week of the month's end, else the
 * fiscal year end before it plus whole thirteen-week quarters. */
void xc_place_month_ends(const fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt)
{
    if (!f->weekly)
        return;
    for (size_t i = 0; i < nt; i++)
        for (int j = 0; j < ncols[i]; j++) {
            xc_period_spec *ps = &cols[i][j].ps;
            if (ps->kind != XC_COL_PERIOD || ps->end == XC_NODATE || !ps->dayless)
                continue;
            xc_date end = printed_near(f, ps->end, cols, ncols, nt);
            if (end == XC_NODATE) {
                xc_date start = XC_NODATE;
                for (int y = ps->year - 1; y <= ps->year + 1; y++) {
                    xc_date fe = xc_fiscal_end(f, y);
                    if (fe != XC_NODATE && fe <= ps->end + 7)
                        start = fe;
                }
                for (int k = 0; k <= 4 && start != XC_NODATE; k++)
                    if (abs(start + 91 * k - ps->end) <= 7)
                        end = start + 91 * k;
            }
            if (end == XC_NODATE)
                continue;
            int y;
            ps->end = end;
            ps->dayless = 0;
            xc_date_split(end, &y, &ps->month, &ps->day);
        }
}

/* Columns that name a fiscal quarter or the year to date but print no
 * date ("Q3 2024", "Third Quarter 2024", "YTD 2024") end where that
 * quarter of the fiscal year ends: on a date the release prints within a
 * week of it (52-53 week years), else the fiscal year end less whole
 * quarters. A year-to-date column without a quarter ("YTD 2024", "Nine
 * Months 2024") ends with the latest column of its table and year.
 * Year-to-date columns run from the fiscal year's start. */
void xc_place_quarters(const fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < nt; i++)
            for (int j = 0; j < ncols[i]; j++) {
                xc_period_spec *ps = &cols[i][j].ps;
                if (ps->kind != XC_COL_PERIOD || ps->end != XC_NODATE || !ps->year)
                    continue;
                xc_date end = XC_NODATE;
                int q = ps->quarter ? ps->quarter : ps->months == 12 && !ps->ytd ? 4 : 0;
                /* a bare "Quarter" is the quarter the text says the
                 * release reports: the latest it names ("the third
                 * quarter ended September 27, 1997") */
                if (!q && ps->months == 3 && !ps->ytd)
                    q = latest_said_quarter(f);
                /* or, where the text names no quarter ("results for the
                 * quarter ended June 30, 2004"), the latest date it says a
                 * quarter ended on, in the column's year */
                if (pass == 0 && !q && ps->months == 3 && !ps->ytd)
                    end = said_in_year(f, ps->year);
                if (pass == 0 && q) {
                    xc_date fe = xc_named_fiscal_end(f, ps->year);
                    xc_date est = f->weekly ? fe - 91 * (4 - q)
                                            : xc_date_add_months(fe, -3 * (4 - q));
                    end = est;
                    int near = 8;
                    for (size_t a = 0; a < nt; a++)
                        for (int b = 0; b < ncols[a]; b++) {
                            xc_date e = cols[a][b].ps.end;
                            if (e != XC_NODATE && !cols[a][b].ps.quarter && abs(e - est) < near) {
                                near = abs(e - est);
                                end = e;
                            }
                        }
                    /* else a date the text says a quarter ended on, or a
                     * year or two of weeks before it (a 52/53-week year) */
                    for (int a = 0; a < f->nsaid && near == 8; a++)
                        for (int k = 0; k < 3; k++) {
                            xc_date e = f->said[a] - 364 * k;
                            if ((k == 0 || xc_weekly_end(f->said[a])) && abs(e - est) < near) {
                                end = e;
                                near = 0;
                            }
                        }
                } else if (pass == 1 && (ps->ytd || (ps->months && ps->months < 12))) {
                    for (int k = 0; k < ncols[i]; k++) {
                        const xc_period_spec *o = &cols[i][k].ps;
                        if (o->kind == XC_COL_PERIOD && o->end != XC_NODATE &&
                            o->year == ps->year && (end == XC_NODATE || o->end > end))
                            end = o->end;
                    }
                    /* (a table of "Nine Months Ended" alone: where the
                     * text says the latest quarter ended) */
                    if (end == XC_NODATE && !ps->ytd)
                        end = said_in_year(f, ps->year);
                }
                if (end == XC_NODATE)
                    continue;
                int y;
                ps->end = end;
                xc_date_split(end, &y, &ps->month, &ps->day);
            }
    for (size_t i = 0; i < nt; i++)
        for (int j = 0; j < ncols[i]; j++) {
            xc_period_spec *ps = &cols[i][j].ps;
            if (ps->kind == XC_COL_PERIOD && ps->ytd && ps->end != XC_NODATE && !ps->weeks)
                ps->months = ps->quarter ? 3 * ps->quarter : months_into_year(f, ps->end);
        }
}
