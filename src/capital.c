/* capital.c: the share data an equity line of a balance sheet prints in its
 * label ("Common stock, $0.01 par value; 500,000,000 shares authorized;
 * 120,500,000 and 118,200,000 shares issued and outstanding"): its par
 * value and its counts of shares authorized, issued and outstanding, each
 * with the date or year it is of where the label says. */
#include "interp_priv.h"
#include "period.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* One clause of the label, between ";" and ":": the kinds its words name,
 * the counts and the dates or years it prints. */
typedef struct {
    unsigned kinds;
    int first;          /* its first count in out->c */
    xc_date dates[XC_CAPITAL_MAX];
    int years[XC_CAPITAL_MAX];
    int ndates, nyears;
    /* the kinds named after each count, before the next, and before it,
     * since the count before: "300,000 shares authorized, 100,000 and
     * 99,000 shares issued" names one kind of each, after its counts;
     * "authorized 2,000,000 shares, issued 1,234,567 shares" before them
     * (kind_first: a kind was named before the clause's first count) */
    unsigned after[XC_CAPITAL_MAX], before[XC_CAPITAL_MAX], pending;
    int kind_first;
} clause;

/* A kind word in the clause: the last count's, and the next one's. */
static void name_kind(const xc_capital *out, clause *cl, unsigned kind)
{
    cl->kinds |= kind;
    if (out->n > cl->first)
        cl->after[out->n - 1 - cl->first] |= kind;
    else
        cl->kind_first = 1;
    cl->pending |= kind;
}

/* A count of the clause: the kinds named since the count before. */
static void add_count(xc_capital *out, clause *cl)
{
    cl->before[out->n - cl->first] = cl->pending;
    cl->pending = 0;
    out->n++;
}

static int word_is(const char *w, size_t n, const char *lit)
{
    return strlen(lit) == n && xc_strncaseeq(w, lit, n);
}

/* Gives the clause's kinds to its counts, or those carried from the
 * clause before: one that named some and printed no count ("issued and
 * outstanding;" / "50,773,796 shares at November 2, 2024"), or one whose
 * counts were of years, to counts of years ("issued, 2020, 63,310,120;" /
 * "2019, 63,112,004"). Pairs the counts with the dates, or the years, the
 * clause prints as many of. */
static void close_clause(xc_capital *out, clause *cl, unsigned *carry, int *carry_dated)
{
    int n = out->n - cl->first;
    int dated = n && (cl->ndates == n || cl->nyears == n);
    unsigned kinds = cl->kinds ? cl->kinds : !*carry_dated || dated ? *carry : 0;
    /* in a clause that names kinds, each count's own: those named before
     * it where the clause names them before its counts, else the count
     * before's (a list: "issued 65,536,000 and 65,000,000 shares"); those
     * named after it where after, else the next count's ("100,000 and
     * 99,000 shares issued"); none for a count that has neither ("5,000
     * shares held in treasury") */
    for (int k = 0; k < n && cl->kinds && cl->kind_first; k++)
        out->c[cl->first + k].kinds = cl->before[k]  ? cl->before[k]
                                      : k > 0        ? out->c[cl->first + k - 1].kinds
                                                     : 0;
    for (int k = n - 1; k >= 0 && cl->kinds && !cl->kind_first; k--)
        out->c[cl->first + k].kinds = cl->after[k]  ? cl->after[k]
                                      : k + 1 < n   ? out->c[cl->first + k + 1].kinds
                                                    : 0;
    for (int k = 0; k < n && !cl->kinds; k++)
        out->c[cl->first + k].kinds = kinds;
    if (cl->kinds) {
        *carry = n && !dated ? 0 : cl->kinds;
        *carry_dated = n > 0;
    }
    for (int k = 0; k < n && cl->ndates == n; k++)
        out->c[cl->first + k].date = cl->dates[k];
    for (int k = 0; k < n && cl->ndates != n && cl->nyears == n; k++)
        out->c[cl->first + k].year = cl->years[k];
    memset(cl, 0, sizeof(*cl));
    cl->first = out->n;
}

/* A number's text at p (digits, commas, one point): its length, 0 when
 * none. */
static size_t number_at(const char *p)
{
    size_t n = 0;
    while (xc_isdigit((unsigned char)p[n]) ||
           ((p[n] == ',' || p[n] == '.') && xc_isdigit((unsigned char)p[n + 1])))
        n++;
    return n;
}

/* The first clause that says "par value" with a dollar amount gives the
 * par value ("$0.01 par value"; not "no par value"). */
static void take_par(xc_capital *out, int says_par, const char *dollar, size_t n)
{
    if (says_par && dollar && !out->par_set && xc_number_parse(dollar, n, &out->par) == 0)
        out->par_set = 1;
}

int xc_capital_read(const char *label, xc_capital *out)
{
    memset(out, 0, sizeof(*out));
    clause cl;
    memset(&cl, 0, sizeof(cl));
    unsigned carry = 0;
    int carry_dated = 0, par_word = 0, no_par = 0;
    const char *dollar = NULL; /* the clause's "$0.01" */
    size_t dollar_n = 0;
    const char *prev = NULL; /* the word before */
    size_t prev_n = 0;
    for (const char *p = label; *p;) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ';' || ch == ':') {
            take_par(out, par_word && !no_par, dollar, dollar_n);
            par_word = no_par = 0;
            dollar = NULL;
            close_clause(out, &cl, &carry, &carry_dated);
            p++;
            continue;
        }
        if (xc_isalpha(ch)) {
            const char *w = p;
            while (xc_isalpha((unsigned char)*p))
                p++;
            size_t n = (size_t)(p - w);
            int m = xc_month_lookup(w, n);
            if (m) {
                /* a date: the month, its day, and a year ("at November 2,
                 * 2024"); its figures are no counts */
                const char *q = p + (*p == '.');
                while (*q == ' ')
                    q++;
                size_t dn = number_at(q);
                if (dn && dn <= 2) {
                    int day = (int)strtol(q, NULL, 10);
                    q += dn;
                    if (*q == ',')
                        q++;
                    while (*q == ' ')
                        q++;
                    size_t yn = number_at(q);
                    if (yn == 4) {
                        int y = (int)strtol(q, NULL, 10);
                        xc_date d = xc_date_make(y, m, day);
                        if (d != XC_NODATE && cl.ndates < XC_CAPITAL_MAX)
                            cl.dates[cl.ndates++] = d;
                        p = q + yn;
                        /* "December 31, 2024 and 2023": the same day of
                         * the years after it */
                        for (;;) {
                            const char *r = p;
                            while (*r == ' ' || *r == ',')
                                r++;
                            if (xc_strncaseeq(r, "and ", 4))
                                r += 4;
                            if (number_at(r) != 4 || cl.ndates >= XC_CAPITAL_MAX)
                                break;
                            xc_date d2 = xc_date_make((int)strtol(r, NULL, 10), m, day);
                            if (d2 == XC_NODATE)
                                break;
                            cl.dates[cl.ndates++] = d2;
                            p = r + 4;
                        }
                    }
                }
                prev = NULL;
                continue;
            }
            if (word_is(w, n, "authorized") || word_is(w, n, "authorised"))
                name_kind(out, &cl, XC_CAP_AUTHORIZED);
            else if (word_is(w, n, "issued"))
                name_kind(out, &cl, XC_CAP_ISSUED);
            else if (word_is(w, n, "outstanding"))
                name_kind(out, &cl, XC_CAP_OUTSTANDING);
            else if (word_is(w, n, "par"))
                par_word = 1, no_par |= prev && word_is(prev, prev_n, "no");
            else if (word_is(w, n, "none") && out->n < XC_CAPITAL_MAX) {
                xc_cap_count *k = &out->c[out->n];
                k->value = xc_decimal_from_int(0);
                k->at = (size_t)(w - label);
                k->len = n;
                k->date = XC_NODATE;
                add_count(out, &cl);
            }
            prev = w;
            prev_n = n;
            continue;
        }
        if (ch == '$') {
            size_t n = number_at(p + 1);
            if (n && !dollar) {
                dollar = p + 1;
                dollar_n = n;
            }
            p += 1 + n;
            continue;
        }
        if (xc_isdigit(ch) || (ch == '.' && xc_isdigit((unsigned char)p[1]))) {
            size_t n = number_at(p);
            if (!n) { /* (".01" after a blank, no "$") */
                p++;
                continue;
            }
            int year = n == 4 && !memchr(p, ',', n) && !memchr(p, '.', n);
            int y = year ? (int)strtol(p, NULL, 10) : 0;
            if (year && y >= 1900 && y <= 2100) {
                if (cl.nyears < XC_CAPITAL_MAX) /* ("1997, 6,962,500; 1996, ...") */
                    cl.years[cl.nyears++] = y;
            } else if (!memchr(p, '.', n) && out->n < XC_CAPITAL_MAX) {
                xc_number num;
                if (xc_number_parse(p, n, &num) == 0) {
                    xc_cap_count *k = &out->c[out->n];
                    k->value = num.value;
                    k->at = (size_t)(p - label);
                    k->len = n;
                    k->date = XC_NODATE;
                    add_count(out, &cl);
                }
            }
            p += n;
            continue;
        }
        p++;
    }
    take_par(out, par_word && !no_par, dollar, dollar_n);
    close_clause(out, &cl, &carry, &carry_dated);
    return out->n + out->par_set;
}
