/* capital.c: the figures a balance sheet line prints in its label. An
 * equity line's share data ("Common stock, $0.01 par value; 500,000,000
 * shares authorized; 120,500,000 and 118,200,000 shares issued and
 * outstanding"): its par value and its counts of shares authorized, issued
 * and outstanding. What a line is net of ("Accounts receivable, net of
 * allowance of $73 and $124"). Each with the date or year it is of where
 * the label says. */
#include "interp_priv.h"
#include "period.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static int word_is(const char *w, size_t n, const char *lit)
{
    return strlen(lit) == n && xc_strncaseeq(w, lit, n);
}

/* A kind word waiting for the count it names. Its words say which: "33,248,336
 * shares issued" the count before, "Issued shares - 89,604" the one after;
 * else the closer in words (a comma between counts as three):
 * "authorized 50,000,000 shares" the count after it. Kinds joined by
 * "and" ("issued and outstanding") go together. */
typedef struct {
    unsigned kind;
    int from_prev; /* its distance from the count before, -1 when none */
    int tok;       /* its place in the clause's words */
    int comma;     /* a comma since it */
    int lean;      /* -1 after "shares", 1 before "shares", else 0 */
    int group;     /* the first kind of its "and" chain */
} pending_kind;

/* One clause of the label, between ";" and ":": the kinds its words name,
 * the counts and the dates or years it prints. */
typedef struct {
    unsigned kinds;
    int first;          /* its first count in out->c */
    xc_date dates[XC_CAPITAL_MAX];
    int years[XC_CAPITAL_MAX];
    int ndates, nyears;
    int date_after[XC_CAPITAL_MAX]; /* the counts the clause held at each date */
    pending_kind pend[8];
    int npend;
    int tok;                     /* words, dates and counts read so far */
    int last_tok;                /* the place of the last count, -1 before any */
    int comma;                   /* a comma since the last count */
    int plain;                   /* no word since the last count but "and" and "shares" */
    unsigned own[XC_CAPITAL_MAX]; /* each count's kinds, by the words that name them */
    int after[XC_CAPITAL_MAX];    /* 1 where they follow the count */
    int joined[XC_CAPITAL_MAX];   /* 1 where it follows the count before in a list
                                     ("100,000 and 99,000 shares") */
} clause;

static void clause_reset(clause *cl, int first)
{
    memset(cl, 0, sizeof(*cl));
    cl->first = first;
    cl->last_tok = -1;
}

/* The waiting kinds to their counts: the one before, else the one at
 * `next` (-1: none, the clause ends) */
static void settle_kinds(const xc_capital *out, clause *cl, int next)
{
    int prev = out->n - 1 - cl->first;
    for (int i = 0; i < cl->npend; i++) {
        if (cl->pend[i].group != i)
            continue;
        int last = i, lean = 0;
        for (int j = i; j < cl->npend; j++)
            if (cl->pend[j].group == i) {
                last = j;
                lean = lean ? lean : cl->pend[j].lean;
            }
        const pending_kind *a = &cl->pend[i], *z = &cl->pend[last];
        int to_next = next < 0 ? -1 : cl->tok - z->tok - 1 + 3 * z->comma;
        /* (before "shares", the count after only where it follows at
         * once: "Issued shares - 89,604", not "7,704,994 issued shares at
         * June 28, 2026 and 7,635,883 ...") */
        if (lean > 0 && to_next > 1)
            lean = 0;
        int back = a->from_prev >= 0 && (to_next < 0 || lean < 0 ||
                                         (!lean && a->from_prev <= to_next));
        int to = back ? prev : next;
        if (to < 0)
            continue;
        for (int j = i; j < cl->npend; j++)
            if (cl->pend[j].group == i)
                cl->own[to] |= cl->pend[j].kind;
        cl->after[to] |= back;
    }
    cl->npend = 0;
}

/* A kind word in the clause; `prev` the word before ("and" chains it to
 * the kind before that), `before_shares` whether "shares" comes next. */
static void name_kind(const xc_capital *out, clause *cl, unsigned kind, const char *prev,
                      size_t prev_n, int before_shares)
{
    cl->kinds |= kind;
    cl->plain = 0;
    if (cl->npend == (int)(sizeof(cl->pend) / sizeof(*cl->pend)))
        return;
    pending_kind *k = &cl->pend[cl->npend];
    k->kind = kind;
    k->from_prev = out->n > cl->first ? cl->tok - cl->last_tok - 1 + 3 * cl->comma : -1;
    k->tok = cl->tok;
    k->comma = 0;
    int after_shares =
        prev && (word_is(prev, prev_n, "shares") || word_is(prev, prev_n, "share"));
    k->lean = after_shares ? -1 : before_shares ? 1 : 0;
    k->group = cl->npend;
    if (cl->npend && prev && (word_is(prev, prev_n, "and") || word_is(prev, prev_n, "or")) &&
        cl->pend[cl->npend - 1].tok == cl->tok - 2)
        k->group = cl->pend[cl->npend - 1].group;
    cl->npend++;
}

/* A count of the clause. */
static void add_count(xc_capital *out, clause *cl)
{
    int k = out->n - cl->first;
    settle_kinds(out, cl, k);
    cl->joined[k] = k > 0 && cl->plain;
    cl->last_tok = cl->tok++;
    cl->comma = 0;
    cl->plain = 1;
    out->n++;
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
    settle_kinds(out, cl, -1);
    int dated = n && (cl->ndates == n || cl->nyears == n);
    unsigned kinds = cl->kinds ? cl->kinds : !*carry_dated || dated ? *carry : 0;
    /* in a clause that names kinds, each count its own; a count that
     * none names takes those of the count it is listed with ("100,000 and
     * 99,000 shares issued", "issued 65,536,000 and 65,000,000 shares"),
     * or that it follows, each with its own date ("issued and outstanding,
     * 16,279,890 shares at March 29, 2026 and 16,406,788 shares at June 30,
     * 2025"), else none ("5,000 shares held in treasury") */
    for (int k = 0; k < n && cl->kinds; k++) {
        unsigned own = cl->own[k];
        if (!own && k + 1 < n && cl->joined[k + 1] && cl->after[k + 1])
            own = cl->own[k + 1];
        else if (!own && k > 0 &&
                 (cl->joined[k] || (cl->ndates == n && cl->date_after[k - 1] == k &&
                                    cl->date_after[k] == k + 1)))
            own = out->c[cl->first + k - 1].kinds;
        out->c[cl->first + k].kinds = own;
    }
    for (int k = 0; k < n && !cl->kinds; k++)
        out->c[cl->first + k].kinds = kinds;
    if (cl->kinds) {
        *carry = n && !dated ? 0 : cl->kinds;
        *carry_dated = n > 0;
    }
    /* the dates go with the counts one by one where each follows its
     * count ("50,773,796 shares at November 2, 2024, 50,445,186 shares at
     * February 3, 2024"), or the counts are of one kind ("120,500,000 and
     * 118,200,000 shares issued at December 31, 2024 and 2023"); not where
     * counts of several kinds stand before dates that hold for them all
     * ("50,000,000 shares authorized and no shares issued as of June 30,
     * 2026 and December 31, 2025") */
    int pair = cl->ndates == n;
    for (int k = 1; k < n && pair; k++)
        pair = out->c[cl->first + k].kinds == out->c[cl->first].kinds ||
               (cl->date_after[k - 1] == k && cl->date_after[k] == k + 1);
    for (int k = 0; k < n && pair; k++)
        out->c[cl->first + k].date = cl->dates[k];
    for (int k = 0; k < n && cl->ndates != n && cl->nyears == n; k++)
        out->c[cl->first + k].year = cl->years[k];
    clause_reset(cl, out->n);
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

/* The dates after a month's name (p just past it, m its number): its day
 * and year ("November 2, 2024"), then the same day of the years after it
 * ("December 31, 2024 and 2023"); up to max into dates, *n of them. Returns
 * where reading stopped. */
static const char *read_dates(const char *p, int m, xc_date *dates, int *n, int max)
{
    const char *q = p + (*p == '.');
    while (*q == ' ')
        q++;
    size_t dn = number_at(q);
    if (!dn || dn > 2)
        return p;
    int day = (int)strtol(q, NULL, 10);
    q += dn;
    if (*q == ',')
        q++;
    while (*q == ' ')
        q++;
    if (number_at(q) != 4)
        return p;
    for (;;) {
        xc_date d = xc_date_make((int)strtol(q, NULL, 10), m, day);
        if (d == XC_NODATE)
            break;
        if (*n < max)
            dates[(*n)++] = d;
        p = q + 4;
        q = p;
        while (*q == ' ' || *q == ',')
            q++;
        if (xc_strncaseeq(q, "and ", 4))
            q += 4;
        if (number_at(q) != 4)
            break;
    }
    return p;
}

/* The first clause that says "par value" with a dollar amount gives the
 * par value ("$0.01 par value"; not "no par value"). */
static void take_par(xc_capital *out, int says_par, const char *dollar, size_t n)
{
    if (says_par && dollar && !out->par_set && xc_number_parse(dollar, n, &out->par) == 0)
        out->par_set = 1;
}

/* Whether the next word after p is "shares" (or "share") */
static int next_is_shares(const char *p)
{
    while (*p == ' ')
        p++;
    size_t n = 0;
    while (xc_isalpha((unsigned char)p[n]))
        n++;
    return word_is(p, n, "shares") || word_is(p, n, "share");
}

int xc_capital_read(const char *label, xc_capital *out)
{
    memset(out, 0, sizeof(*out));
    clause cl;
    clause_reset(&cl, 0);
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
                xc_date got[XC_CAPITAL_MAX];
                int ng = 0;
                p = read_dates(p, m, got, &ng, XC_CAPITAL_MAX - cl.ndates);
                for (int k = 0; k < ng; k++) {
                    cl.date_after[cl.ndates] = out->n - cl.first;
                    cl.dates[cl.ndates++] = got[k];
                }
                cl.tok++;
                cl.plain = 0;
                prev = NULL;
                continue;
            }
            unsigned kind = word_is(w, n, "authorized") || word_is(w, n, "authorised")
                                ? XC_CAP_AUTHORIZED
                            : word_is(w, n, "issued")      ? XC_CAP_ISSUED
                            : word_is(w, n, "outstanding") ? XC_CAP_OUTSTANDING
                                                           : 0;
            if (kind)
                name_kind(out, &cl, kind, prev, prev_n, next_is_shares(p));
            else if (word_is(w, n, "par"))
                par_word = 1, no_par |= prev && word_is(prev, prev_n, "no");
            else if ((word_is(w, n, "none") ||
                      ((word_is(w, n, "no") || word_is(w, n, "zero")) && next_is_shares(p))) &&
                     out->n < XC_CAPITAL_MAX) {
                /* "none issued", "no shares issued or outstanding", "zero
                 * shares issued": a count
                 * of nought */
                xc_cap_count *k = &out->c[out->n];
                k->value = xc_decimal_from_int(0);
                k->at = (size_t)(w - label);
                k->len = n;
                k->date = XC_NODATE;
                add_count(out, &cl);
                prev = w;
                prev_n = n;
                continue;
            }
            if (!word_is(w, n, "and") && !word_is(w, n, "shares") && !word_is(w, n, "share"))
                cl.plain = 0;
            cl.tok++;
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
            prev = NULL;
            cl.tok++;
            cl.plain = 0;
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
                cl.tok++;
                cl.plain = 0;
            } else if (out->n < XC_CAPITAL_MAX) {
                xc_number num;
                if (xc_number_parse(p, n, &num) == 0) {
                    xc_cap_count *k = &out->c[out->n];
                    k->value = num.value;
                    k->at = (size_t)(p - label);
                    k->len = n;
                    k->date = XC_NODATE;
                    k->frac = num.frac_digits;
                    add_count(out, &cl);
                }
            }
            p += n;
            prev = NULL;
            continue;
        }
        if (ch == ',') {
            prev = NULL; /* ("shares, issued": no "shares issued") */
            cl.comma = 1;
            for (int i = 0; i < cl.npend; i++)
                cl.pend[i].comma = 1;
        }
        p++;
    }
    take_par(out, par_word && !no_par, dollar, dollar_n);
    close_clause(out, &cl, &carry, &carry_dated);
    return out->n + out->par_set;
}

/* Where the amounts of what a label deducts begin: the "$" of the first
 * " of $" (" of approximately $") after "net of" or "less"; *what and *n
 * get the words between ("allowance for credit losses"). NULL when none. */
static const char *deducted(const char *label, const char **what, size_t *n)
{
    static const char *const VERBS[] = {"net of ", "less "};
    for (const char *o = strstr(label, " of "); o; o = strstr(o + 1, " of ")) {
        const char *d = o + 4;
        if (xc_strncaseeq(d, "approximately ", 14))
            d += 14;
        if (*d != '$')
            continue;
        const char *best = NULL; /* the verb nearest before */
        for (size_t v = 0; v < sizeof(VERBS) / sizeof(*VERBS); v++)
            for (const char *p = label; p < o; p++)
                if ((p == label || !xc_isalpha((unsigned char)p[-1])) &&
                    xc_strncaseeq(p, VERBS[v], strlen(VERBS[v])) && p + strlen(VERBS[v]) < o &&
                    (!best || p + strlen(VERBS[v]) > best))
                    best = p + strlen(VERBS[v]);
        if (!best)
            return NULL;
        *what = best;
        *n = (size_t)(o - best);
        return d;
    }
    return NULL;
}

int xc_contra_read(const char *label, xc_contra *out)
{
    memset(out, 0, sizeof(*out));
    const char *what;
    const char *p = deducted(label, &what, &out->what_len);
    if (!p)
        return 0;
    out->what_at = (size_t)(what - label);
    xc_date dates[XC_CAPITAL_MAX];
    int years[XC_CAPITAL_MAX], nd = 0, ny = 0;
    /* "$73 and $124", "$3.7 million and $3.6 million at June 30, 2026 and
     * December 31, 2025", "$13,144 in 2026 and $13,830 in 2025" */
    while (*p && *p != ';' && *p != ')') {
        unsigned char ch = (unsigned char)*p;
        if (ch == '$' && out->n < XC_CAPITAL_MAX) {
            size_t n = number_at(p + 1);
            xc_number num;
            if (!n || xc_number_parse(p + 1, n, &num) != 0)
                break;
            xc_cap_count *a = &out->a[out->n];
            a->value = num.value;
            a->at = (size_t)(p + 1 - label);
            a->len = n;
            a->date = XC_NODATE;
            p += 1 + n;
            while (*p == ' ')
                p++;
            static const char *const POW[] = {"thousand", "million", "billion"};
            for (int k = 0; k < 3; k++)
                if (xc_strncaseeq(p, POW[k], strlen(POW[k])) &&
                    !xc_isalpha((unsigned char)p[strlen(POW[k])])) {
                    out->exp[out->n] = 3 * (k + 1);
                    p += strlen(POW[k]);
                }
            out->n++;
            continue;
        }
        if (xc_isalpha(ch)) {
            const char *w = p;
            while (xc_isalpha((unsigned char)*p))
                p++;
            int m = xc_month_lookup(w, (size_t)(p - w));
            if (m)
                p = read_dates(p, m, dates, &nd, XC_CAPITAL_MAX);
            continue;
        }
        if (xc_isdigit(ch)) {
            size_t n = number_at(p);
            int y = n == 4 ? (int)strtol(p, NULL, 10) : 0;
            if (y >= 1900 && y <= 2100 && ny < XC_CAPITAL_MAX)
                years[ny++] = y;
            p += n ? n : 1;
            continue;
        }
        p++;
    }
    for (int k = 0; k < out->n && nd == out->n; k++)
        out->a[k].date = dates[k];
    for (int k = 0; k < out->n && nd != out->n && ny == out->n; k++)
        out->a[k].year = years[k];
    return out->n;
}
