/* interp.c: see interp.h. */
#include "interp_priv.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- small text helpers ---- */

/* Whether [p, q) prints an amount: a dollar sign or a digit group
 * ("1,000"). */
static int holds_amount(const char *p, const char *q)
{
    for (const char *r = p; r < q; r++)
        if (*r == '$' || (*r == ',' && r > p && r + 1 < q && xc_isdigit((unsigned char)r[-1]) &&
                          xc_isdigit((unsigned char)r[1])))
            return 1;
    return 0;
}

/* The comma or semicolon that ends the clause at p (not one inside a
 * figure, "21,401,117"), else the end of the text. */
static char *clause_end(char *p)
{
    for (char *c = p; *c; c++)
        if (*c == ';' || (*c == ',' && !(c > p && xc_isdigit((unsigned char)c[-1]) &&
                                         xc_isdigit((unsigned char)c[1]))))
            return c;
    return p + strlen(p);
}

/* The end of a date that "at" or "as of" at p places ("at September 30",
 * "as of June 30, 2004"), else NULL. */
static char *dated_at(char *p)
{
    char *q = p + (xc_strncaseeq(p, "at ", 3) ? 3 : xc_strncaseeq(p, "as of ", 6) ? 6 : 0);
    if (q == p)
        return NULL;
    while (*q == ' ')
        q++;
    char *w = q;
    while (xc_isalpha((unsigned char)*q))
        q++;
    if (!xc_month_lookup(w, (size_t)(q - w)))
        return NULL;
    q += *q == '.';
    while (*q == ' ')
        q++;
    if (!xc_isdigit((unsigned char)*q))
        return NULL;
    while (xc_isdigit((unsigned char)*q))
        q++;
    char *y = q + (*q == ',');
    while (*y == ' ')
        y++;
    int n = 0;
    while (xc_isdigit((unsigned char)y[n]))
        n++;
    return n == 4 ? y + 4 : q;
}

char *xc_camel_name(const char *text)
{
    xc_buf b = {0};
    int up = 1;
    char *s = xc_xstrdup(text ? text : "");
    /* drop footnote markers "(1)", scale notes, notes of amounts
     * ("(amortized cost $6,401,021)"), of basis ("(non-GAAP)") and
     * references to the notes ("(Note 4)", "[note 4]": what brackets
     * hold) before naming */
    for (char *p = s; *p; p++) {
        /* nor does a date that places a count or balance ("Total student
         * enrollment at September 30"): the context holds it, and the
         * name stays the same next quarter */
        char *e = p == s || !xc_isalnum((unsigned char)p[-1]) ? dated_at(p) : NULL;
        for (char *r = p; e && r < e; r++)
            *r = ' ';
        if (*p == '[' || (*p == '(' && (xc_strncaseeq(p + 1, "note", 4) ||
                                        xc_strncaseeq(p + 1, "see note", 8)))) {
            char *q = strchr(p, *p == '[' ? ']' : ')');
            for (char *r = p; q && r <= q; r++)
                *r = ' ';
        }
        if (*p == '(') {
            char *q = strchr(p, ')');
            /* (nor the basis a note says the figure is on: "EBITDA
             * (non-GAAP measure)", "Net income (GAAP)") */
            if (q && xc_memcasemem(p, (size_t)(q - p), "gaap")) {
                for (char *r = p; r <= q; r++)
                    *r = ' ';
                continue;
            }
            int mark = q && xc_roman_mark(p + 1, (size_t)(q - p - 1)); /* "(iii)" */
            if (q && (q - p <= 3 || mark || holds_amount(p, q) ||
                      xc_memcasemem(p, (size_t)(q - p), "million") ||
                      xc_memcasemem(p, (size_t)(q - p), "thousand") ||
                      xc_memcasemem(p, (size_t)(q - p), "000"))) {
                int digits = 1;
                for (char *r = p + 1; r < q; r++)
                    if (!xc_isdigit((unsigned char)*r) && !xc_isalpha((unsigned char)*r))
                        digits = 0;
                if (digits || q - p > 3)
                    for (char *r = p; r <= q; r++)
                        *r = ' ';
            }
        }
    }
    /* and the clauses from the first that prints amounts ("Treasury
     * stock, at cost, 21,401,117 shares") */
    for (char *c = clause_end(s), *e; *c; c = e) {
        e = clause_end(c + 1);
        if (holds_amount(c + 1, e)) {
            *c = '\0';
            break;
        }
    }
    for (const char *p = s; *p && b.len < 120; p++) {
        unsigned char c = (unsigned char)*p;
        if (xc_isalpha(c) || xc_isdigit(c)) {
            if (b.len == 0 && xc_isdigit(c))
                xc_buf_putc(&b, 'N');
            char o = up && c >= 'a' && c <= 'z' ? (char)(c - 32) : (char)c;
            if (!up && c >= 'A' && c <= 'Z')
                o = (char)(c + 32);
            xc_buf_putc(&b, o);
            up = 0;
        } else if (c == '\'') {
            /* "Stockholders'" */
        } else {
            up = 1;
        }
    }
    free(s);
    if (!b.len)
        xc_buf_puts(&b, "Item");
    return xc_buf_detach(&b);
}

char *xc_trim_dup(const char *s)
{
    while (*s && xc_isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && xc_isspace((unsigned char)s[n - 1]))
        n--;
    /* a heading's closing colon says nothing */
    while (n && (s[n - 1] == ':'))
        n--;
    return xc_xstrndup(s, n);
}

/* A heading's label: it ends with a colon ("Operating income:"). */
int xc_ends_colon(const char *s)
{
    size_t n = strlen(s);
    while (n && xc_isspace((unsigned char)s[n - 1]))
        n--;
    return n && s[n - 1] == ':';
}

char *xc_join2(const char *a, const char *b)
{
    xc_buf buf = {0};
    xc_buf_puts(&buf, a);
    /* "Long-" + "term" joins; "shares -" + "assuming" keeps its blank */
    if (buf.len && !(buf.ptr[buf.len - 1] == '-' && buf.len > 1 && buf.ptr[buf.len - 2] != ' '))
        xc_buf_putc(&buf, ' ');
    xc_buf_puts(&buf, b);
    return xc_buf_detach(&buf);
}

int xc_label_starts(const char *label, const char *word)
{
    while (*label && !xc_isalpha((unsigned char)*label))
        label++;
    size_t n = strlen(word);
    return xc_strncaseeq(label, word, n) && !xc_isalpha((unsigned char)label[n]);
}

/* A word of text at *p: letters, digits, "'" and "&" ("AT&T"); *p moves
 * past it. Returns its length, 0 at the end. */
size_t xc_next_word(const char **p, const char **start)
{
    const char *q = *p;
    while (*q && !xc_isalnum((unsigned char)*q))
        q++;
    *start = q;
    while (xc_isalnum((unsigned char)*q) || *q == '\'' || *q == '&')
        q++;
    *p = q;
    return (size_t)(q - *start);
}

/* ---- scale ---- */

/* The power of ten that scale words in the n bytes of text give, or -1. */
static int scale_words(const char *text, size_t n)
{
    if (xc_memcasemem(text, n, "billion"))
        return 9;
    if (xc_memcasemem(text, n, "million"))
        return 6;
    if (xc_memcasemem(text, n, "thousand"))
        return 3;
    return -1;
}

/* The power of ten the k letters at s abbreviate, in either case: "k",
 * "m", "mm", "b", "bn"; else -1. */
int xc_letter_scale(const char *s, size_t k)
{
    char a = k ? (char)(s[0] | 32) : 0, b = k == 2 ? (char)(s[1] | 32) : 0;
    if (k == 1 && (a == 'k' || a == 'm' || a == 'b'))
        return a == 'k' ? 3 : a == 'm' ? 6 : 9;
    if (k == 2 && ((a == 'm' && b == 'm') || (a == 'b' && b == 'n')))
        return a == 'm' ? 6 : 9;
    return -1;
}

/* The power of ten a letter after a dollar sign gives in parentheses
 * ("($M)", "(US$MM)", "($bn)", "($K)"), or after "in" ("(in MM)",
 * "(Dollars in M)"), or -1: a title's scale note (over one column, "Rev
 * $m" marks that column's own scale). */
static int dollar_scale(const char *text)
{
    for (const char *q = text; (q = xc_memcasemem(q, strlen(q), "in ")) != NULL; q++) {
        const char *open = q, *p = q + 3;
        while (open > text && open[-1] != '(' && open[-1] != ')')
            open--;
        if (q == text || (q[-1] != '(' && q[-1] != ' ') || open == text || open[-1] != '(')
            continue;
        size_t k = 0;
        while (xc_isalpha((unsigned char)p[k]))
            k++;
        int e = p[k] == ')' ? xc_letter_scale(p, k) : -1;
        if (e >= 0)
            return e;
    }
    for (const char *p = strchr(text, '$'); p; p = strchr(p + 1, '$')) {
        const char *open = p;
        while (open > text && xc_isalpha((unsigned char)open[-1])) /* ("US$") */
            open--;
        /* the letters before it: "(MM$)", "(in MM$)", "(K$)"; not a lone
         * "M", thousands in an oil company's "M$" and millions elsewhere */
        const char *in = open - text >= 4 && xc_strncaseeq(open - 3, "in ", 3) ? open - 3 : open;
        size_t before = (size_t)(p - open);
        if (p[1] == ')' && in > text && in[-1] == '(' && xc_letter_scale(open, before) >= 0 &&
            (before == 2 || (open[0] | 32) == 'k'))
            return xc_letter_scale(open, before);
        if (open == text || open[-1] != '(')
            continue;
        size_t k = 0;
        while (xc_isalpha((unsigned char)p[1 + k]))
            k++;
        int e = p[1 + k] == ')' ? xc_letter_scale(p + 1, k) : -1;
        if (e >= 0)
            return e;
    }
    return -1;
}

int xc_scale_of(const char *text, int *shares)
{
    *shares = -1;
    size_t n = strlen(text);
    /* the amounts' scale is stated before their exception ("In thousands,
     * except shares in millions"), unless only after it */
    const char *ex = xc_memcasemem(text, n, "except");
    if (ex && scale_words(text, (size_t)(ex - text)) >= 0)
        n = (size_t)(ex - text);
    int e = scale_words(text, n);
    if (e < 0 && (xc_memcasemem(text, n, "(000") || xc_memcasemem(text, n, "$000") ||
                  xc_memcasemem(text, n, "000's") || xc_memcasemem(text, n, "000s")))
        e = 3;
    if (e < 0) {
        /* "RMB'000", "US$\u2019000": thousands of that currency, a unit of
         * money over an amount column; share counts beside them are not in
         * thousands */
        const char *q = xc_memcasemem(text, n, "'000");
        if (!q && (q = xc_memcasemem(text, n, "\xe2\x80\x99" "000")) != NULL)
            q -= 2;
        if (q && q > text && (xc_isalpha((unsigned char)q[-1]) || q[-1] == '$'))
            *shares = 0;
        if (q)
            e = 3;
    }
    if (e < 0)
        return -1;
    if (ex) {
        /* share counts excepted: counted one by one ("except share
         * data"), or in a scale of their own ("shares in millions") */
        char *rest = xc_xstrdup(ex + 6);
        static const char *const per[] = {"per common share", "per-share", "per share",
                                          "per unit", NULL};
        for (const char *const *p = per; *p; p++) {
            char *hit;
            while ((hit = (char *)xc_memcasemem(rest, strlen(rest), *p)) != NULL)
                memset(hit, ' ', strlen(*p));
        }
        if (xc_memcasemem(rest, strlen(rest), "share")) {
            int own = scale_words(rest, strlen(rest));
            *shares = own >= 0 ? own : 0;
        }
        free(rest);
    }
    return e;
}

/* ---- facts ---- */

/* The unit of a fact of type in column col: its money is the column's
 * currency, else the table's. */
static const char *unit_measure(const ictx *c, const colspec *col, xc_type type,
                                const char **den)
{
    const char *money = col->money ? col->money : c->money;
    *den = NULL;
    switch (type) {
    case XC_TYPE_MONETARY:
        return money;
    case XC_TYPE_SHARES:
        return "xbrli:shares";
    case XC_TYPE_PERSHARE:
        *den = "xbrli:shares";
        return money;
    default:
        return "xbrli:pure";
    }
}

/* The index of the verified total that adds row i (with a plus sign, as
 * printed), or -1. */
int xc_adding_total(const tstate *s, int i)
{
    for (size_t k = 0; k < s->nrecs; k++) {
        const rec *t = &s->recs[k];
        for (int q = 0; q < t->nchildren && t->verified; q++)
            if (t->children[q] == i && t->child_sgn[q] > 0)
                return (int)k;
    }
    return -1;
}

/* The verified total that row i is an item of, added or deducted; -1
 * when none is. */
static int sum_of(const tstate *s, int i)
{
    for (size_t k = 0; k < s->nrecs; k++) {
        const rec *t = &s->recs[k];
        for (int q = 0; q < t->nchildren && t->verified; q++)
            if (t->children[q] == i)
                return (int)k;
    }
    return -1;
}

/* Whether row r prints every amount to cents or finer (at least one) in a
 * table whose amounts are scaled and whose money rows print whole units:
 * "Cash dividends  $0.07" under "(In millions, except per share amounts)"
 * is an amount per share, not $70,000. */
static int cents_in_scaled(const tstate *s, const rec *r)
{
    if (s->scale <= 0 || r->scale <= 0)
        return 0;
    int amounts = 0, money = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !r->has[j] || xc_decimal_is_zero(r->num[j].value))
            continue;
        if (r->num[j].frac_digits < 2)
            return 0;
        amounts++;
    }
    for (size_t k = 0; amounts && k < s->nrecs; k++) {
        const rec *q = &s->recs[k];
        if (q->concept < 0 || s->tax->concepts[q->concept].type != XC_TYPE_MONETARY)
            continue;
        for (int j = 0; j < s->ncols; j++) {
            if (!s->cols[j].use || !q->has[j])
                continue;
            if (q->num[j].frac_digits >= 2)
                return 0;
            money = 1;
        }
    }
    return amounts && money;
}

/* Whether the table's own heading, the title line just above its column
 * header that ends with a colon, counts things ("Domestic Retail
 * Stores:" over "Full-line", "Specialty"). */
static int titled_count(const tstate *s)
{
    const xc_table *t = s->t;
    return t->ntitle && xc_ends_colon(t->title[t->ntitle - 1]) &&
           xc_counts_things(s->tax, t->title[t->ntitle - 1]);
}

/* Whether record k's label places an instant (xc_places_instant), asked
 * once a record. */
static int places_at(const tstate *s, int k)
{
    if (!s->instant)
        return xc_places_instant(s->recs[k].label);
    if (!s->instant[k])
        s->instant[k] = xc_places_instant(s->recs[k].label) ? 1 : -1;
    return s->instant[k] > 0;
}

/* Whether row r changes a count between its balances: "Opened" and
 * "Closed" between "Stores at beginning of year" and "Stores at end of
 * year" (the nearest rows above and below that place an instant, each
 * naming what it counts). */
static int counted_change(const tstate *s, const rec *r)
{
    int i = (int)(r - s->recs), above = -1, below = -1;
    if (places_at(s, i))
        return 0; /* (a balance itself) */
    for (int k = i - 1; k >= 0 && above < 0; k--)
        if (places_at(s, k))
            above = k;
    if (above < 0 || s->recs[above].concept >= 0 || !xc_counts_things(s->tax, s->recs[above].label))
        return 0;
    for (int k = i + 1; k < (int)s->nrecs && below < 0; k++)
        if (places_at(s, k))
            below = k;
    /* (of one thing: "Aircraft at end of period" and "Size of fleet at
     * period-end" are two balances, with no change between them) */
    return below >= 0 && s->recs[below].concept < 0 &&
           xc_counts_things(s->tax, s->recs[below].label) &&
           xc_head_noun(s->tax, s->recs[below].label) == xc_head_noun(s->tax, s->recs[above].label);
}

/* What a segment total's extension concept is called: its label, or the
 * heading above a bare "Total" ("Adjusted EBITDA:" / "Merchant Services"
 * ... "Total": AdjustedEbitda, never Total). */
static const char *measure_text(const xc_taxonomy *tax, const rec *T)
{
    return T->nheads && xc_bare_total(tax, T->label) ? T->heads[0] : T->label;
}

/* The type of a row's facts where its concept does not say (extensions):
 * per-share when it names an amount per share and not the shares behind
 * one ("Shares used in computing loss per share"), shares, a pure number
 * for counts and rates, else money. */
static xc_type guess_type(const tstate *s, const rec *r, int is_pct, int depth)
{
    if (is_pct)
        return XC_TYPE_PERCENT;
    xc_words w = xc_words_seen(s->tax, r->label, 0);
    int per = xc_words_has(&w, "per");
    int share = xc_words_has(&w, "share");
    int eps = xc_words_has(&w, "eps");
    /* "Minority interest share of earnings": a portion, not a count */
    size_t len = strlen(r->label);
    if (share && !per && xc_memcasemem(r->label, len, "share of ") &&
        !xc_memcasemem(r->label, len, "shares"))
        share = 0;
    /* the items of a sum are of its kind: under "Total Domestic Retail
     * Stores", "Specialty" counts stores too, and what "GAAP Diluted EPS"
     * adds back on its way to an adjusted EPS is per share (unless the
     * row's own words say shares or per share) */
    int ti = xc_adding_total(s, (int)(r - s->recs));
    if (ti >= 0 && !per && !share && !eps && !r->per_share && depth < 8) {
        const rec *T = &s->recs[ti];
        xc_type tt = T->concept >= 0 ? s->tax->concepts[T->concept].type
                                     : guess_type(s, T, 0, depth + 1);
        if (tt == XC_TYPE_MONETARY || tt == XC_TYPE_PERCENT || tt == XC_TYPE_SHARES ||
            tt == XC_TYPE_PERSHARE)
            return tt;
    }
    /* a count when the head noun counts things; rates and ratios ("Debt to
     * capital ratio") too, unless the head is a gain or a cost ("Gain on
     * foreign currency exchange rates": money); counts under a heading
     * that counts ("Domestic Retail Stores:" / "Full-line") */
    int rated = (xc_words_has(&w, "rate") || xc_words_has(&w, "ratio")) &&
                !xc_taxonomy_word_sense(s->tax, xc_head_noun(s->tax, r->label));
    /* (a title that lists the rows says nothing of each: "Our gross
     * billings, units and TTM active customers ... were as follows:") */
    const char *last = s->t->ntitle ? s->t->title[s->t->ntitle - 1] : "";
    int listed = xc_text_names(last, strlen(last), r->label);
    int count = xc_counts_things(s->tax, r->label) || xc_paren_counts(s->tax, r->label) ||
                rated || (r->nheads && xc_counts_things(s->tax, r->heads[0])) ||
                s->counts || (titled_count(s) && !listed) || counted_change(s, r);
    /* under a heading that counts shares ("Shares used for:"), "Basic
     * earnings per share" counts the shares behind it */
    if ((xc_words_has(&w, "basic") || xc_words_has(&w, "diluted")) && r->nheads &&
        xc_taxonomy_shares_first(s->tax, r->heads[0]))
        return XC_TYPE_SHARES;
    if (eps || (per && share && !xc_taxonomy_shares_first(s->tax, r->label)) || r->per_share)
        return XC_TYPE_PERSHARE;
    /* shares are what the label counts: its head noun ("Diluted shares",
     * "Number of shares outstanding"), not a word that qualifies another
     * ("Share capital", "Share-based compensation": money) */
    if (share) {
        xc_word head = xc_words_head(s->tax, r->label);
        if (!head || head == xc_word_id("share", 5) || head == xc_word_id("number", 6))
            return XC_TYPE_SHARES;
        /* (or shares joined to the head: "Weighted average diluted shares
         * and units outstanding" counts both) */
        if (xc_memcasemem(r->label, len, "shares and ") ||
            xc_memcasemem(r->label, len, "shares or "))
            return XC_TYPE_SHARES;
    }
    /* ...but an amount printed with its currency sign is money ("Fire and
     * allied lines $25,948": lines of insurance, not telephone lines) */
    int dollar = 0;
    for (int j = 0; j < s->ncols && count; j++)
        dollar |= s->cols[j].use && r->has[j] && (r->num[j].flags & XC_NUM_DOLLAR);
    if (count && !dollar)
        return XC_TYPE_PERCENT; /* a pure number */
    /* (a title about per-share amounts says nothing of a row whose per
     * share stands in a column of its own) */
    int titled = s->per_share && !s->pershare_cols;
    return titled || cents_in_scaled(s, r) ? XC_TYPE_PERSHARE : XC_TYPE_MONETARY;
}

/* Whether every labelled row of t counts things ("Total Visits", "U.S.
 * Integrated Care Members (2)"): its scale note ("(In millions)") is
 * then about those counts, as there is no money for it to be about. */
static int counts_only(const xc_taxonomy *tax, const xc_table *t)
{
    int rows = 0;
    for (size_t k = 0; k < t->nrows; k++) {
        const xc_row *r = &t->rows[k];
        if (r->kind != XC_ROW_DATA || !r->label[0])
            continue;
        if (!xc_counts_things(tax, r->label) && !xc_paren_counts(tax, r->label))
            return 0;
        rows++;
    }
    return rows > 0;
}

/* Whether a scale note names a scale alone ("(In millions)"), no money
 * ("($ in millions)", "in thousands of dollars") and no exception. */
static int bare_scale(const char *note)
{
    static const char *const W[] = {"thousand", "million", "billion", NULL};
    size_t n = note ? strlen(note) : 0;
    if (!n || memchr(note, '$', n) || xc_memcasemem(note, n, "dollar") ||
        xc_memcasemem(note, n, "except"))
        return 0;
    for (const char *const *w = W; *w; w++) {
        const char *p = xc_memcasemem(note, n, *w);
        if (!p)
            continue;
        p += strlen(*w);
        p += *p == 's' || *p == 'S';
        while (*p == ' ' || *p == ')' || *p == '.' || *p == ':')
            p++;
        return *p == '\0';
    }
    return 0;
}

/* Whether a table's title is about per-share amounts: "Significant
 * Factors Impacting EPS", "Earnings per Share Reconciliation". */
static int title_per_share(const xc_taxonomy *tax, const xc_table *t)
{
    for (size_t k = 0; k < t->ntitle; k++) {
        /* (a scale note's exception is no subject: "(in thousands, except
         * for per share data)") */
        const char *line = t->title[k];
        xc_words w = xc_words_seen(tax, line, 0);
        if (!xc_words_has(&w, "eps") && !(xc_words_has(&w, "per") && xc_words_has(&w, "share")))
            continue;
        int shx;
        const char *except = xc_scale_of(line, &shx) >= 0
                                 ? xc_memcasemem(line, strlen(line), "except")
                                 : NULL;
        if (!except)
            return 1;
        char *before = xc_xstrndup(line, (size_t)(except - line));
        w = xc_words_seen(tax, before, 0);
        free(before);
        if (xc_words_has(&w, "eps") || (xc_words_has(&w, "per") && xc_words_has(&w, "share")))
            return 1;
    }
    return 0;
}

typedef struct factval {
    xc_decimal v;
    int decimals;
    xc_type type;
    xc_period_type ctype;
    xc_date start, end;
} factval;

/* How many days day d (its year unsaid: the nearest) is from date t. */
static int days_from(const xc_label_day *d, xc_date t)
{
    int y, m, dd, best = INT_MAX;
    xc_date_split(t, &y, &m, &dd);
    for (int k = -1; k <= 1; k++) {
        if (d->year && d->year != y + k)
            continue;
        xc_date x = xc_date_make(y + k, d->month, d->day);
        if (x == XC_NODATE)
            continue;
        int gap = x > t ? x - t : t - x;
        if (gap < best)
            best = gap;
    }
    return best;
}

/* The balance's day in a duration column [start, end] whose row names its
 * own ("Cash at January 1": the day before the start; "Cash, June 30":
 * the end): the nearer, within a week (52/53-week years end on other days
 * than the calendar's); XC_NODATE when it is neither. */
static xc_date named_end(const xc_label_day *d, xc_date start, xc_date end)
{
    int to_end = end != XC_NODATE ? days_from(d, end) : INT_MAX;
    int to_start = INT_MAX;
    if (start != XC_NODATE) {
        int a = days_from(d, start - 1), b = days_from(d, start);
        to_start = a < b ? a : b;
    }
    if (to_end <= 7 && to_end <= to_start)
        return end;
    if (to_start <= 7)
        return start - 1;
    return XC_NODATE;
}

/* The value and period a cell gives under a concept: sign, scale, and an
 * instant concept in a duration column placed at its end (or the day
 * before its start, "beginning of period"). Returns 0, or -1 when the cell
 * cannot be a fact of this concept (a warning says why unless quiet). */
static int prepare_fact(ictx *c, const tstate *s, const rec *r, const char *qname, xc_type type,
                        xc_period_type ptype, int j, int quiet, factval *out)
{
    const colspec *col = &s->cols[j];
    xc_number num = r->num[j];
    int pct = (num.flags & XC_NUM_PERCENT) != 0;
    xc_decimal v = num.value;
    int decimals = num.frac_digits;
    if (r->sigma < 0)
        xc_decimal_neg(v, &v);
    int e = 0;
    if (pct) {
        e = -2; /* (12.5% is 0.125: its decimals go up by two below) */
        type = XC_TYPE_PERCENT;
    } else if (num.suffix_exp) {
        e = num.suffix_exp;
    } else if (type == XC_TYPE_MONETARY) {
        e = r->scale;
    } else if (type == XC_TYPE_SHARES) {
        e = r->shares_scale > 0 ? r->shares_scale : 0;
    } else if (type == XC_TYPE_PERCENT) {
        e = r->count_scale;
    }
    if (xc_decimal_shift(&v, e) < 0) {
        if (!quiet)
            xc_diag_add(c->d, XC_ERROR, XC_EOVERFLOW, c->m->source, r->row->cell_line[j],
                        r->row->cell_col[j], "number too large to hold exactly once scaled: %s",
                        r->row->cells[j]);
        return -1;
    }
    out->v = v;
    out->decimals = decimals - e;
    out->type = type;
    out->start = col->start;
    out->end = col->end;
    out->ctype = col->type;
    if (ptype == XC_PERIOD_INSTANT && col->type == XC_PERIOD_DURATION) {
        out->ctype = XC_PERIOD_INSTANT;
        if (r->dated) {
            out->end = named_end(&r->day, col->start, col->end);
            if (out->end == XC_NODATE) {
                if (!quiet)
                    xc_diag_add(c->d, XC_WARNING, XC_EPARSE, c->m->source, r->row->line,
                                r->row->col,
                                "the row's day is neither end of the column's period; "
                                "cell skipped");
                return -1;
            }
        } else if (r->beginning) {
            out->end = col->start - 1;
        }
    } else if (ptype == XC_PERIOD_DURATION && col->type == XC_PERIOD_INSTANT) {
        if (!quiet)
            xc_diag_add(c->d, XC_WARNING, XC_EPARSE, c->m->source, r->row->line, r->row->col,
                        "%s is a duration concept in an instant column; cell skipped", qname);
        return -1;
    }
    return 0;
}

/* Whether a fact of value a (decimals da) and one of b (db) state one
 * amount, b's sign aside: equal, or equal once rounded to the lesser
 * precision (XBRL 2.1 §4.10: "$11.3" million in a summary and 11,293
 * thousand in the statement are consistent duplicates). Returns 1 for the
 * same sign, -1 for the other, 0 for other amounts. */
static int consistent_amount(xc_decimal a, int da, xc_decimal b, int db)
{
    int p = da < db ? da : db;
    xc_decimal nb, ra = xc_decimal_round(a, p);
    xc_decimal_neg(b, &nb);
    if (!xc_decimal_cmp(a, b) || !xc_decimal_cmp(ra, xc_decimal_round(b, p)))
        return 1;
    if (!xc_decimal_cmp(a, nb) || !xc_decimal_cmp(ra, xc_decimal_round(nb, p)))
        return -1;
    return 0;
}

/* Compares the facts of the table's rows [a, b) with those already in
 * the model without dimensions: returns the number that contradict an
 * earlier fact, and counts agreements. */
int xc_probe_conflicts(ictx *c, const tstate *s, size_t a, size_t b, int *agree)
{
    int bad = 0;
    *agree = 0;
    for (size_t i = a; i < b; i++) {
        const rec *r = &s->recs[i];
        if (r->concept < 0 || r->axis_member)
            continue;
        const xc_concept *k = &c->tax->concepts[r->concept];
        if (!xc_model_may_have(c->m, k->qname)) /* no fact to agree or clash with */
            continue;
        for (int j = 0; j < s->ncols; j++) {
            if (!s->cols[j].use || !r->has[j])
                continue;
            factval fv;
            if (prepare_fact(c, s, r, k->qname, k->type, k->period, j, 1, &fv) < 0)
                continue;
            size_t ctx = xc_model_find_context(c->m, fv.ctype, fv.start, fv.end, NULL, 0);
            if (ctx == XC_NONE)
                continue;
            /* one fact per concept, context and unit (add_fact) */
            for (size_t u = 0; u <= c->m->nunits; u++) {
                size_t f = xc_model_find_fact(c->m, k->qname, ctx, u < c->m->nunits ? u : XC_NONE);
                if (f == XC_NONE)
                    continue;
                const xc_fact *pf = &c->m->facts[f];
                if (!consistent_amount(pf->value, pf->decimals, fv.v, fv.decimals))
                    bad++;
                else
                    (*agree)++;
            }
        }
    }
    return bad;
}

static void add_fact(ictx *c, tstate *s, rec *r, const char *qname, const char *clabel,
                     xc_type type, xc_period_type ptype, int j, const xc_dim *dims, size_t ndims)
{
    const colspec *col = &s->cols[j];
    factval fv;
    if (prepare_fact(c, s, r, qname, type, ptype, j, 0, &fv) < 0)
        return;
    xc_decimal v = fv.v;
    int decimals = fv.decimals;
    type = fv.type;
    xc_date start = fv.start, end = fv.end;
    xc_period_type ct = fv.ctype;
    size_t ctx = xc_model_context(c->m, ct, start, end, col->inferred, dims, ndims);
    const char *den;
    const char *numm = unit_measure(c, col, type, &den);
    size_t unit = xc_model_unit(c->m, numm, den);
    /* one fact per concept, context and unit: an equal repeat (a cash-flow
     * line restating the income statement) is dropped; a repeat printed
     * with the other sign keeps the first; a repeat to another precision
     * leaves the more precise ("$11.3" million in a summary above the
     * statement's 11,293 thousand gives way to it); anything else is
     * reported */
    size_t prev = xc_model_find_fact(c->m, qname, ctx, unit);
    if (prev != XC_NONE) {
        xc_fact *pf = &c->m->facts[prev];
        int same = consistent_amount(pf->value, pf->decimals, v, decimals);
        if (same > 0 && !pf->decimals_inf && decimals > pf->decimals) {
            pf->value = v;
            pf->decimals = decimals;
            pf->prov.line = r->row->cell_line[j];
            pf->prov.col = r->row->cell_col[j];
            pf->prov.row_label = (char *)r->pooled_label;
            pf->prov.cell = r->row->cells[j];
            pf->prov.table = c->table_no;
            pf->prov.row = (int)(r->row - s->t->rows) + 1;
            pf->prov.statement = s->stmt;
            pf->prov.rule = (char *)(r->rule ? r->rule : "extension");
            pf->prov.confidence = r->concept >= 0 ? r->score : 0;
        }
        if (same)
            return;
        xc_diag_add(c->d, XC_WARNING, XC_EPARSE, c->m->source, r->row->cell_line[j],
                    r->row->cell_col[j],
                    "%s for %s is %s here but was %s at line %d; kept the first", qname,
                    c->m->contexts[ctx].id, r->row->cells[j], pf->prov.cell, pf->prov.line);
        return;
    }
    xc_fact f;
    memset(&f, 0, sizeof(f));
    f.concept = (char *)qname;
    f.label = (char *)clabel;
    f.context = ctx;
    f.unit = unit;
    f.numeric = 1;
    f.value = v;
    f.decimals = decimals;
    f.prov.source = (char *)c->source;
    f.prov.line = r->row->cell_line[j];
    f.prov.col = r->row->cell_col[j];
    f.prov.row_label = (char *)r->pooled_label;
    f.prov.cell = r->row->cells[j]; /* in the document's memory, which m adopts */
    f.prov.table = c->table_no;
    f.prov.row = (int)(r->row - s->t->rows) + 1;
    f.prov.statement = s->stmt;
    f.prov.rule = (char *)(r->rule ? r->rule : "extension");
    f.prov.confidence = r->concept >= 0 ? r->score : 0;
    xc_model_add_fact_kept(c->m, &f);
    c->added++;
}

/* d times ten to the e, roughly: for comparing amounts, never for facts. */
static long double scaled(const xc_decimal *d, int e)
{
    long double v = (long double)d->coef;
    for (int q = 0; q < d->scale; q++)
        v /= 10;
    for (int q = 0; q < e; q++)
        v *= 10;
    return v;
}

/* The scale of an equity line's counts (capital.c) under which its par
 * value times the first count of shares issued (else outstanding) is the
 * line's amount in that count's column ("$.01 par value; 50,773,796 shares issued" over 508
 * thousand: none; under "(in thousands)" the count might have been too);
 * -1 when the label does not tell, or more than one scale would do. */
static int scale_by_par(const tstate *s, const rec *r, const xc_capital *cap, const int *cols,
                        int nc)
{
    /* the shares issued, else those outstanding, which some lines' amounts
     * are of ("42,252 and 42,091 shares issued; 36,783 and 37,361 shares
     * outstanding" over $37 thousand): the first count of the kind, in the
     * first column that prints an amount at its date */
    static const unsigned KINDS[] = {XC_CAP_ISSUED, XC_CAP_OUTSTANDING};
    for (int w = 0; w < 2 && cap->par_set; w++) {
        int j = -1, k = 0;
        for (; k < cap->n && j < 0; k++)
            for (int q = 0; q < nc && j < 0 && (cap->c[k].kinds & KINDS[w]); q++)
                if (r->has[cols[q]] &&
                    (cap->c[k].date == XC_NODATE || cap->c[k].date == s->cols[cols[q]].end))
                    j = cols[q];
        if (j < 0)
            continue;
        const xc_cap_count *ct = &cap->c[k - 1];
        long double want = scaled(&r->num[j].value, r->scale);
        /* (within 2%, or within the last digit printed: "5" thousand for
         * $0.0001 times 59,594 thousand shares) */
        long double unit = 1;
        for (int u = 0; u < r->scale; u++)
            unit *= 10;
        for (int u = 0; u < r->num[j].frac_digits; u++)
            unit /= 10;
        int fits = 0, pick = -1;
        for (int t = 0; t <= 6; t += 3) {
            long double got = scaled(&cap->par.value, 0) * scaled(&ct->value, t);
            long double gap = got > want ? got - want : want - got;
            if (want > 0 && (gap <= want * 0.02L || gap < unit)) {
                fits++;
                pick = t;
            }
        }
        if (fits == 1)
            return pick;
    }
    return -1;
}

/* The units of the figures a label prints (capital.c). */
enum { LABEL_SHARES, LABEL_PER_SHARE, LABEL_MONEY };

/* A fact of the figures a balance line's label prints (capital.c):
 * concept k in column j, at the column's end, in unit kind (LABEL_*);
 * none where the fact is there already. */
static void add_label_fact(ictx *c, tstate *s, const rec *r, int k, int j, const xc_decimal *v,
                           int decimals, int kind, const char *text)
{
    const xc_concept *cn = &s->tax->concepts[k];
    const colspec *col = &s->cols[j];
    size_t ctx = xc_model_context(c->m, XC_PERIOD_INSTANT, XC_NODATE, col->end, 0, NULL, 0);
    const char *money = col->money ? col->money : c->money;
    size_t unit = kind == LABEL_PER_SHARE ? xc_model_unit(c->m, money, "xbrli:shares")
                  : kind == LABEL_MONEY   ? xc_model_unit(c->m, money, NULL)
                                          : xc_model_unit(c->m, "xbrli:shares", NULL);
    if (xc_model_find_fact(c->m, cn->qname, ctx, unit) != XC_NONE)
        return;
    xc_fact f;
    memset(&f, 0, sizeof(f));
    f.concept = (char *)cn->qname;
    f.label = (char *)cn->label;
    f.context = ctx;
    f.unit = unit;
    f.numeric = 1;
    f.value = *v;
    f.decimals = decimals;
    f.prov.source = (char *)c->source;
    f.prov.line = r->row->line;
    f.prov.col = 1;
    f.prov.row_label = (char *)r->pooled_label;
    f.prov.cell = (char *)xc_model_intern(c->m, text);
    f.prov.table = c->table_no;
    f.prov.row = (int)(r->row - s->t->rows) + 1;
    f.prov.statement = s->stmt;
    f.prov.rule = (char *)"label-note";
    f.prov.confidence = 80;
    xc_model_add_fact_kept(c->m, &f);
    c->added++;
}

/* add_label_fact of concept local, where the taxonomy has it. */
static void add_capital_fact(ictx *c, tstate *s, const rec *r, const char *local, int j,
                             const xc_decimal *v, int decimals, int kind, const char *text)
{
    int k = xc_taxonomy_find(s->tax, local);
    if (k >= 0)
        add_label_fact(c, s, r, k, j, v, decimals, kind, text);
}

/* Which of a label's n figures (capital.c) each of the nc columns cols
 * takes (at[q], -1 for none): by the date or year each is of, else in the
 * columns' order, else one figure for every column. */
static void place_figures(const tstate *s, const int *cols, int nc, const xc_cap_count *const *fig,
                          int n, int *at)
{
    for (int q = 0; q < nc; q++)
        at[q] = n == nc ? q : n == 1 ? 0 : -1;
    for (int k = 0; k < n; k++)
        if (fig[k]->date != XC_NODATE || fig[k]->year)
            for (int q = 0; q < nc; q++)
                at[q] = -1; /* (dated figures go by their dates) */
    for (int q = 0; q < nc; q++) {
        int y, m, d;
        xc_date_split(s->cols[cols[q]].end, &y, &m, &d);
        for (int k = 0; k < n; k++)
            if ((fig[k]->date != XC_NODATE && fig[k]->date == s->cols[cols[q]].end) ||
                (fig[k]->date == XC_NODATE && fig[k]->year && fig[k]->year == y))
                at[q] = k;
    }
}

/* Which of the equity lines names (the line's concept first) row r is,
 * its label's share data read into *cap; -1 for none. */
static int capital_line(const tstate *s, const rec *r, const char *const names[][5],
                        xc_capital *cap)
{
    if (r->concept < 0 || r->axis_member || r->seg_member || r->unlabeled)
        return -1;
    for (int k = 0; k < 3; k++)
        if (!strcmp(s->tax->concepts[r->concept].name, names[k][0]))
            return xc_capital_read(r->label, cap) ? k : -1;
    return -1;
}

/* The share data of a balance sheet's equity lines, printed in their
 * labels ("Common stock, $0.01 par value; 500,000,000 shares authorized;
 * 120,500,000 and 118,200,000 shares issued and outstanding"; "Treasury
 * stock, at cost, 1,200,000 shares"): facts of each instant column a count
 * fits, by the date or year it is of, else in the columns' order, else one
 * count for every column. */
static void emit_capital(ictx *c, tstate *s)
{
    static const char *const NAMES[][5] = {
        /* the line, then its shares authorized, issued, outstanding, par */
        {"CommonStockValue", "CommonStockSharesAuthorized", "CommonStockSharesIssued",
         "CommonStockSharesOutstanding", "CommonStockParOrStatedValuePerShare"},
        {"PreferredStockValue", "PreferredStockSharesAuthorized", "PreferredStockSharesIssued",
         "PreferredStockSharesOutstanding", "PreferredStockParOrStatedValuePerShare"},
        {"TreasuryStockValue", "TreasuryStockCommonShares", NULL, NULL, NULL},
    };
    int cols[MAXCOL], nc = 0;
    for (int j = 0; j < s->ncols && s->stmt == XC_STMT_BALANCE; j++)
        if (s->cols[j].use && s->cols[j].type == XC_PERIOD_INSTANT && !s->cols[j].member &&
            !s->cols[j].axis)
            cols[nc++] = j;
    /* (counts in a label are whole unless par value times them says
     * otherwise, on that line or another of the table's: "Common stock,
     * $0.0001 par value ... issued 89,604" over $9 thousand counts
     * thousands, and so do "Preferred stock ... authorized 5,000" and
     * "Treasury stock at cost - 7,844" below it; or unless the table says
     * its shares are in thousands) */
    int by_par = -1;
    xc_capital cap;
    for (size_t i = 0; i < s->nrecs && nc && by_par < 0; i++) {
        int line = capital_line(s, &s->recs[i], NAMES, &cap);
        if (line == 0 || line == 1)
            by_par = scale_by_par(s, &s->recs[i], &cap, cols, nc);
    }
    for (size_t i = 0; i < s->nrecs && nc; i++) {
        const rec *r = &s->recs[i];
        int line = capital_line(s, r, NAMES, &cap);
        if (line < 0)
            continue;
        int e = line < 2 ? scale_by_par(s, r, &cap, cols, nc) : -1;
        if (e < 0)
            e = by_par >= 0 ? by_par : s->share_scale > 0 ? s->share_scale : 0;
        for (int q = 0; q < nc && cap.par_set && NAMES[line][4]; q++) {
            char text[64];
            add_capital_fact(c, s, r, NAMES[line][4], cols[q], &cap.par.value,
                             cap.par.frac_digits, LABEL_PER_SHARE,
                             xc_decimal_format(cap.par.value, text));
        }
        /* treasury shares are what its label counts, kind unsaid */
        static const unsigned KIND[] = {XC_CAP_AUTHORIZED, XC_CAP_ISSUED, XC_CAP_OUTSTANDING};
        for (int kind = 0; kind < 3; kind++) {
            const char *local = NAMES[line][1 + kind];
            if (!local)
                continue;
            const xc_cap_count *of[XC_CAPITAL_MAX];
            int n = 0;
            for (int k = 0; k < cap.n; k++)
                if (line == 2 ? !cap.c[k].kinds : (cap.c[k].kinds & KIND[kind]) != 0)
                    of[n++] = &cap.c[k];
            int at[MAXCOL]; /* the count of each column, or -1 */
            place_figures(s, cols, nc, of, n, at);
            for (int q = 0; q < nc; q++) {
                if (at[q] < 0)
                    continue;
                const xc_cap_count *ct = of[at[q]];
                /* (a count with a fraction is of millions or thousands
                 * only: "Authorized 240.0 Shares" over $ in millions) */
                if (ct->frac && (e <= 0 || e < ct->frac || (line < 2 && !ct->kinds)))
                    continue;
                char text[64];
                snprintf(text, sizeof(text), "%.*s", (int)ct->len, r->label + ct->at);
                xc_decimal v = ct->value;
                if (xc_decimal_shift(&v, e) == 0)
                    add_capital_fact(c, s, r, local, cols[q], &v, ct->frac - e, LABEL_SHARES,
                                     text);
            }
        }
    }
}

/* What a balance sheet's lines say they are net of (capital.c: "Accounts
 * receivable, net of allowance for credit losses of $2,091 and $2,929"):
 * facts of the item the line's concept deducts whose words those are (an
 * item of weight -1 that shares their head noun), in the table's scale
 * unless the label gives its own ("$3.7 million"), for each column in
 * which the line has an amount (one amount: other than nought). */
static void emit_contra(ictx *c, tstate *s)
{
    for (size_t i = 0; i < s->nrecs && s->stmt == XC_STMT_BALANCE; i++) {
        const rec *r = &s->recs[i];
        xc_contra ct;
        if (r->concept < 0 || r->axis_member || r->seg_member || r->unlabeled ||
            !strchr(r->label, '$') || !xc_contra_read(r->label, &ct))
            continue;
        char *what = xc_xstrndup(r->label + ct.what_at, ct.what_len);
        int k = xc_map_child_sharing(s->tax, what, r->concept, -1, s->industry);
        free(what);
        if (k < 0)
            continue;
        int cols[MAXCOL], nc = 0;
        for (int j = 0; j < s->ncols; j++)
            if (s->cols[j].use && s->cols[j].type == XC_PERIOD_INSTANT && !s->cols[j].member &&
                !s->cols[j].axis && r->has[j] &&
                (ct.n > 1 || !xc_decimal_is_zero(r->num[j].value)))
                cols[nc++] = j;
        const xc_cap_count *fig[XC_CAPITAL_MAX];
        for (int q = 0; q < ct.n; q++)
            fig[q] = &ct.a[q];
        int at[MAXCOL];
        place_figures(s, cols, nc, fig, ct.n, at);
        for (int q = 0; q < nc; q++) {
            if (at[q] < 0)
                continue;
            const xc_cap_count *a = &ct.a[at[q]];
            int e = ct.exp[at[q]] ? ct.exp[at[q]] : r->scale;
            char text[64];
            snprintf(text, sizeof(text), "$%.*s", (int)a->len, r->label + a->at);
            xc_decimal v = a->value;
            if (xc_decimal_shift(&v, e) == 0)
                add_label_fact(c, s, r, k, cols[q], &v, a->value.scale - e,
                               LABEL_MONEY, text);
        }
    }
}

static char *ext_qname(ictx *c, const char *local)
{
    xc_buf b = {0};
    xc_buf_puts(&b, c->m->ext_prefix);
    xc_buf_putc(&b, ':');
    xc_buf_puts(&b, local);
    return xc_buf_detach(&b);
}

/* Whether the n bytes at text only number a part of the document: a word
 * of the vocabulary's <numbering> and a number, numeral or letter ("Table 2",
 * "Schedule A", "Exhibit 99.1", "Table IV"). */
static int numbers_part(const xc_taxonomy *tax, const char *text, size_t n)
{
    size_t w = 0;
    while (w < n && xc_isalpha((unsigned char)text[w]))
        w++;
    int named = 0;
    for (size_t i = 0; i < tax->nnumbering && !named; i++)
        named = strlen(tax->numbering[i]) == w && xc_strncaseeq(text, tax->numbering[i], w);
    if (!named || w == n || text[w] != ' ')
        return 0;
    while (w < n && text[w] == ' ')
        w++;
    size_t k = w;
    while (k < n && (xc_isalnum((unsigned char)text[k]) || text[k] == '.'))
        k++;
    size_t end = k;
    while (end < n && text[end] == ' ')
        end++;
    if (k == w || end != n)
        return 0;
    if (xc_isdigit((unsigned char)text[w]) || k - w == 1)
        return 1;
    for (size_t i = w; i < k; i++) /* a roman numeral */
        if (!strchr("IVXLivxl", text[i]))
            return 0;
    return 1;
}

/* The table's own name for a dimension member: its most specific title
 * line, up to a dash ("DOMESTIC TELECOM - SELECTED FINANCIAL RESULTS"),
 * past any number the document gives the table ("Table 2 -- ..."). */
static char *title_member(const xc_taxonomy *tax, const xc_table *t)
{
    for (size_t k = t->ntitle; k > 0; k--) {
        const char *line = t->title[k - 1], *after = NULL;
        int sx;
        if (xc_scale_of(line, &sx) >= 0 || line[0] == '(')
            continue;
        const char *dash = xc_dash_split(line, &after);
        if (numbers_part(tax, line, dash ? (size_t)(dash - line) : strlen(line))) {
            if (!dash)
                continue;
            line = after + strspn(after, " ");
            dash = xc_dash_split(line, NULL);
        }
        return xc_xstrndup(line, dash ? (size_t)(dash - line) : strlen(line));
    }
    return NULL;
}

/* Whether a word is a segment phrase of one word in the plural:
 * "segments" names several. */
static int plural_segment_word(const xc_taxonomy *tax, const char *w, size_t n)
{
    char *one = xc_xstrndup(w, n), *text = xc_words_text(tax, one);
    int plural = 0;
    for (size_t p = 0; p < tax->nsegment && !plural; p++)
        plural = !strcmp(text, tax->segment[p].text) && strlen(text) < n;
    free(text);
    free(one);
    return plural;
}

/* Whether a title's member line, in a table titled by segment, names no
 * segment: the segment phrase opens it ("Segment Information", "SEGMENT
 * RESULTS"), says what the rows split by ("Revenue by region") or is
 * plural ("The following tables summarize the operating results of the
 * Company's reportable segments:"). */
static int names_no_segment(const xc_taxonomy *tax, const char *line)
{
    char *text = xc_words_text(tax, line);
    int none = 0;
    for (size_t p = 0; p < tax->nsegment && !none; p++) {
        const char *ph = tax->segment[p].text;
        size_t n = strlen(ph);
        none = (!strncmp(text, ph, n) && (text[n] == ' ' || !text[n])) ||
               (!strncmp(ph, "by ", 3) && strstr(text, ph));
    }
    free(text);
    const char *p = line, *w;
    size_t n;
    while (!none && (n = xc_next_word(&p, &w)) > 0)
        none = plural_segment_word(tax, w, n);
    return none;
}

/* Whether a table's title names a kind of amount, not a part of the
 * business ("Schedule of special expense items", "Stock-based compensation
 * expense"): a word of income or expense. */
static int title_names_amounts(const ictx *c, const xc_table *t)
{
    char *title = title_member(c->tax, t);
    int named = title && xc_taxonomy_senses(c->tax, title);
    free(title);
    return named;
}

/* The QName of the release's own member that text names ("Domestic":
 * ext:DomesticMember). */
char *xc_member_qname(const ictx *c, const char *text)
{
    char *cm = xc_camel_name(text);
    xc_buf b = {0};
    xc_buf_puts(&b, c->m->ext_prefix);
    xc_buf_putc(&b, ':');
    xc_buf_puts(&b, cm);
    xc_buf_puts(&b, "Member");
    free(cm);
    return xc_buf_detach(&b);
}

/* The segment member of column j ("Domestic"), or the table's, then the
 * standard member the column names ("Low": srt:MinimumMember), then the
 * one the row names (am: "Products") on another axis. Writes at most
 * MAXDIMS dimensions. The segment member's QName is made once per column and
 * source (tmember changes from table to table). */
enum { MAXDIMS = 3 };

/* Declares the prefixes a standard member's dimension uses: its axis's and,
 * where the member is of another vocabulary (country:US), the member's. */
static void declare_member(xc_model *m, const xc_axis_member *am)
{
    xc_model_ns(m, am->prefix, am->axis_ns);
    const char *colon = strchr(am->member, ':');
    if (am->member_ns && colon) {
        char *prefix = xc_xstrndup(am->member, (size_t)(colon - am->member));
        xc_model_ns(m, prefix, am->member_ns);
        free(prefix);
    }
}

static size_t col_dims(const ictx *c, tstate *s, int j, const char *tmember, const rec *r,
                       const xc_axis_member *am, xc_dim *dims)
{
    colspec *col = &s->cols[j];
    const char *segm = col->member ? col->member : tmember;
    size_t nd = 0;
    /* the axis the title names, or the row's heading for a row that names
     * its segment ("Net sales by category:" / "iPhone"), else business
     * segments */
    const xc_axis_member *sax = s->seg_axis;
    if (!col->member && r && r->seg_axis &&
        (tmember == r->label || (r->share_of && tmember == s->recs[r->share_of - 1].label)))
        sax = r->seg_axis;
    const char *axis = sax ? sax->axis : XC_SEGMENT_AXIS;
    if (segm && !(col->axis && !strcmp(col->axis->axis, axis))) {
        if (!col->dim_member || col->dim_of != segm) {
            /* (the axis's own member where it has one: "Europe" by
             * geography is srt:EuropeMember) */
            const xc_axis_member *own = sax ? xc_taxonomy_member_on(c->tax, axis, segm) : NULL;
            if (own)
                declare_member(c->m, own);
            free(col->dim_member);
            col->dim_member = own ? xc_xstrdup(own->member) : xc_member_qname(c, segm);
            col->dim_of = segm;
        }
        if (sax)
            xc_model_ns(c->m, sax->prefix, sax->axis_ns);
        dims[nd++] = (xc_dim){(char *)axis, col->dim_member, NULL, 0};
    }
    if (col->axis) {
        declare_member(c->m, col->axis);
        dims[nd++] = (xc_dim){col->axis->axis, col->axis->member, NULL, 0};
    }
    if (am && !(col->axis && !strcmp(col->axis->axis, am->axis)))
        dims[nd++] = (xc_dim){am->axis, am->member, NULL, 0};
    return nd;
}

/* How row r's cells meet the facts already in the model under concept k:
 * ROW_CONFLICTS when a cell would contradict one (a second "Revenues" row
 * inside one table, say; the negated value is no contradiction), ROW_AGREES
 * when a cell repeats one exactly, ROW_NEW when a cell has none. */
enum { ROW_CONFLICTS = 1, ROW_AGREES = 2, ROW_NEW = 4 };

static int row_compare(ictx *c, tstate *s, const rec *r, const xc_concept *k,
                       const char *tmember)
{
    const char *den;
    int res = 0;
    if (k->type == XC_TYPE_STRING || !xc_model_may_have(c->m, k->qname))
        return 0;
    /* (a column of its own currency finds its own unit) */
    const char *numm0 = unit_measure(c, &s->cols[0], k->type, &den);
    size_t unit0 = xc_model_find_unit(c->m, numm0, den);
    if (unit0 == XC_NONE && !s->currencies)
        return 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !r->has[j] || s->cols[j].recon > XC_RECON_GAAP ||
            s->cols[j].measured)
            continue;
        size_t unit = unit0;
        if (s->cols[j].money != s->cols[0].money) {
            const char *numm = unit_measure(c, &s->cols[j], k->type, &den);
            unit = xc_model_find_unit(c->m, numm, den);
        }
        if (unit == XC_NONE)
            continue;
        factval fv;
        if (prepare_fact(c, s, r, k->qname, k->type, k->period, j, 1, &fv) < 0)
            continue;
        xc_dim dims[MAXDIMS];
        /* the row's standard member goes with the concept it measures */
        const xc_axis_member *am =
            r->axis_member && (r->seg_head || k == &c->tax->concepts[r->seg_measure])
                ? r->axis_member
                : NULL;
        size_t nd = col_dims(c, s, j, tmember, r, am, dims);
        size_t ctx = xc_model_find_context(c->m, fv.ctype, fv.start, fv.end, dims, nd);
        size_t f = ctx == XC_NONE ? XC_NONE : xc_model_find_fact(c->m, k->qname, ctx, unit);
        if (f == XC_NONE) {
            res |= ROW_NEW;
            continue;
        }
        const xc_fact *pf = &c->m->facts[f];
        int same = consistent_amount(pf->value, pf->decimals, fv.v, fv.decimals);
        if (same > 0)
            res |= ROW_AGREES;
        else if (!same)
            return ROW_CONFLICTS;
    }
    return res;
}

static int row_conflicts(ictx *c, tstate *s, const rec *r, const xc_concept *k,
                         const char *tmember)
{
    return row_compare(c, s, r, k, tmember) & ROW_CONFLICTS;
}

/* A printed amount times 10^e as a long double: for plausibility tests of
 * a table's arithmetic, never for a value. */
static long double approx(const xc_number *n, int e) { return scaled(&n->value, e); }

/* Whether net income over weighted shares gives the earnings per share,
 * to within the per-share figure's rounding. */
static int eps_fits(long double ni, long double shares, long double eps)
{
    long double implied = ni / shares;
    long double diff = implied > eps ? implied - eps : eps - implied;
    long double absv = eps < 0 ? -eps : eps;
    return diff <= 0.015L || diff <= absv * 0.05L;
}

/* Whether concept k is one of the names (a NULL-terminated list). */
static int concept_in(const xc_taxonomy *tax, int k, const char *const *names)
{
    for (; k >= 0 && *names; names++)
        if (!strcmp(tax->concepts[k].name, *names))
            return 1;
    return 0;
}

/* Net income, proven by the table's arithmetic: above a basic earnings per
 * share with nothing read as net income between, the nearest row that is
 * an extension or a loose reading, and whose amounts over the basic
 * weighted shares give the earnings per share in every column, to the
 * half cent ("Net gain (loss)" at the foot of quarterly data, read at
 * first as investment gains), where no row reads as net income in its
 * columns. Decimals are compared as long doubles: a plausibility test,
 * not a value. */
static void net_income_by_eps(tstate *s)
{
    static const char *const NET[] = {"NetIncomeLoss", "ProfitLoss",
                                      "NetIncomeLossAvailableToCommonStockholdersBasic", NULL};
    static const char *const EPS[] = {"EarningsPerShareBasic", "EarningsPerShareBasicAndDiluted",
                                      NULL};
    static const char *const SHARES[] = {"WeightedAverageNumberOfSharesOutstandingBasic",
                                         "WeightedAverageNumberOfShareOutstandingBasicAndDiluted",
                                         NULL};
    const xc_taxonomy *tax = s->tax;
    if (s->stmt != XC_STMT_INCOME || s->nongaap)
        return;
    for (size_t e = 0; e < s->nrecs; e++) {
        const rec *E = &s->recs[e];
        if (!concept_in(tax, E->concept, EPS))
            continue;
        const rec *S = NULL;
        for (size_t k = e + 1; k < s->nrecs && !S; k++)
            if (concept_in(tax, s->recs[k].concept, SHARES))
                S = &s->recs[k];
        for (size_t i = e; S && i-- > 0;) {
            rec *r = &s->recs[i];
            if (concept_in(tax, r->concept, NET))
                break;
            int loose = r->concept < 0 || (r->rule && !strcmp(r->rule, "fuzzy"));
            int money = r->concept < 0 || tax->concepts[r->concept].type == XC_TYPE_MONETARY;
            if (!loose || !money || r->per_share)
                continue;
            int tested = 0, ok = 1;
            for (int j = 0; j < s->ncols && ok; j++) {
                if (!s->cols[j].use || !r->has[j] || !E->has[j] || !S->has[j])
                    continue;
                long double vs = approx(&S->num[j], S->shares_scale);
                if (vs <= 0)
                    continue;
                long double half = 0.5L, d;
                for (int q = 0; q < E->num[j].frac_digits; q++)
                    half /= 10;
                d = approx(&r->num[j], r->scale) / vs - approx(&E->num[j], 0);
                ok = (d < 0 ? -d : d) <= half + 1e-9L;
                tested++;
            }
            if (!tested || !ok)
                continue;
            /* (where a row reads as net income in its columns, this one is
             * another measure: "Pro forma net income") */
            for (size_t k = 0; k < s->nrecs && ok; k++)
                for (int j = 0; j < s->ncols && ok; j++)
                    ok = !(s->recs[k].has[j] && r->has[j] &&
                           concept_in(tax, s->recs[k].concept, NET));
            if (!ok)
                break;
            r->concept = xc_taxonomy_find(tax, "NetIncomeLoss");
            r->rule = "arithmetic";
            r->score = 80;
            r->sigma = 1;
            break;
        }
    }
}

/* Whether share counts sh at scale e, times some per-share amount of its
 * class, give some net income in the table in every column both print: 1,
 * 0 when no pair does, -1 when no pair could be tested. Near: sh counts
 * shares at the period's end, which are not the weighted count but near
 * it (within half or twice, where another scale is a thousand times off). */
static int shares_fit(const tstate *s, const rec *sh, int e, const int *ni, int nni,
                      const int *eps, int neps, int near)
{
    int tested = 0;
    for (int a = 0; a < nni; a++)
        for (int b = 0; b < neps; b++) {
            const rec *A = &s->recs[ni[a]], *B = &s->recs[eps[b]];
            if (B->axis_member != sh->axis_member)
                continue;
            int ok = 1, cols = 0;
            for (int j = 0; j < s->ncols && ok; j++) {
                if (!s->cols[j].use || !A->has[j] || !B->has[j] || !sh->has[j])
                    continue;
                long double vni = approx(&A->num[j], A->scale);
                long double ve = approx(&B->num[j], 0);
                long double vs = approx(&sh->num[j], e);
                if (vs <= 0 || ve == 0 || vni == 0)
                    continue;
                cols++;
                long double ratio = vs * ve / vni;
                ok = near ? ratio >= 0.5L && ratio <= 2.0L : eps_fits(vni, vs, ve);
            }
            tested |= cols > 0;
            if (cols && ok)
                return 1;
        }
    return tested ? 0 : -1;
}

/* The scale of share counts, proven by the table's arithmetic: earnings
 * per share times weighted shares must give net income (to within the
 * rounding of the per-share figure). Net income is any row read as it
 * (or as that available to common holders), or an extension that names
 * it ("Net loss attributable to redeemable common stockholders"); the
 * per-share amount any of the count's class. Tries the stated scale, then
 * none, thousands and millions; changes the share rows only when exactly
 * one fits, and with a total the rows it adds up ("Common stock", "Class
 * B stock" above it). Decimals are compared as long doubles: a
 * plausibility test, not a value. */
static void check_share_scale(tstate *s)
{
    static const char *const NET[] = {"NetIncomeLoss",
                                      "NetIncomeLossAvailableToCommonStockholdersBasic", NULL};
    const xc_taxonomy *tax = s->tax;
    int ni[8], eps[8], nni = 0, neps = 0;
    for (size_t i = 0; i < s->nrecs; i++) {
        const rec *r = &s->recs[i];
        int k = r->concept;
        if (k >= 0 && tax->concepts[k].type == XC_TYPE_PERSHARE) {
            if (neps < 8)
                eps[neps++] = (int)i;
            continue;
        }
        int net = concept_in(tax, k, NET);
        if (!net && k < 0 && !r->per_share && !r->unlabeled) {
            xc_words w = xc_words_seen(tax, r->label, 0);
            net = xc_words_has(&w, "net") && !xc_words_has(&w, "per") &&
                  (xc_words_has(&w, "income") || xc_words_has(&w, "loss") ||
                   xc_words_has(&w, "earnings"));
        }
        if (net && nni < 8)
            ni[nni++] = (int)i;
    }
    if (!nni || !neps)
        return;
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *sh = &s->recs[i];
        if (sh->concept < 0 || tax->concepts[sh->concept].type != XC_TYPE_SHARES)
            continue;
        int near = tax->concepts[sh->concept].period != XC_PERIOD_DURATION;
        static const int tries[] = {-1, 0, 3, 6};
        int fits = 0, pick = -1;
        for (int t = 0; t < 4; t++) {
            int e = t == 0 ? sh->shares_scale : tries[t];
            if (t > 0 && e == sh->shares_scale)
                continue;
            int ok = shares_fit(s, sh, e, ni, nni, eps, neps, near);
            if (ok < 0)
                break;
            if (ok) {
                if (t == 0)
                    break; /* the stated scale fits */
                fits++;
                pick = e;
            }
        }
        if (fits == 1) {
            /* the counts it adds up are of its own scale */
            for (int k = 0; k < sh->nchildren; k++)
                if (s->recs[sh->children[k]].shares_scale == sh->shares_scale)
                    s->recs[sh->children[k]].shares_scale = pick;
            sh->shares_scale = pick;
        }
    }
}

/* The totals the table shows adding up become calculation relationships of
 * the release (by source row: the extension writer names their concepts
 * from the facts, and keeps those that hold in every context). The XBRL
 * weight of an item is the printed sign it was added with, turned by the
 * signs the total and the item carry into their facts. */
static void add_calcs(ictx *c, tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        const rec *T = &s->recs[i];
        if (!T->verified || T->nchildren < 1)
            continue;
        xc_calc_rel rel;
        memset(&rel, 0, sizeof(rel));
        rel.table = c->table_no;
        rel.total_row = (int)(T->row - s->t->rows) + 1;
        for (int k = 0; k < T->nchildren && rel.nitems < XC_CALC_MAX_ITEMS; k++) {
            const rec *r = &s->recs[T->children[k]];
            rel.item_rows[rel.nitems] = (int)(r->row - s->t->rows) + 1;
            rel.weights[rel.nitems++] = T->sigma * T->child_sgn[k] * r->sigma;
        }
        xc_model_add_calc(c->m, &rel);
    }
}

/* Columns of a duration no header states ("12/31/2024" over a cash-flow
 * statement) were given a length by guess. Where that reading contradicts
 * the statements already read and another length (a year, nine, six or
 * three months) agrees with them and contradicts none, the columns take
 * that length. */
static void settle_guessed_lengths(ictx *c, tstate *s)
{
    int guessed = 0;
    for (int j = 0; j < s->ncols; j++)
        guessed += s->cols[j].use && s->cols[j].guessed;
    int agree, bad = guessed ? xc_probe_conflicts(c, s, 0, s->nrecs, &agree) : 0;
    if (!bad)
        return;
    static const int lengths[] = {12, 9, 6, 3};
    xc_date was[MAXCOL];
    for (int j = 0; j < s->ncols; j++)
        was[j] = s->cols[j].start;
    int best = -1, best_agree = 0;
    for (int l = 0; l < 4; l++) {
        for (int j = 0; j < s->ncols; j++)
            if (s->cols[j].use && s->cols[j].guessed)
                s->cols[j].start = xc_duration_start(s->cols[j].end, lengths[l], 0, &c->fy,
                                                  &s->cols[j].inferred);
        if (!xc_probe_conflicts(c, s, 0, s->nrecs, &agree) && agree > best_agree) {
            best = l;
            best_agree = agree;
        }
    }
    for (int j = 0; j < s->ncols; j++)
        if (s->cols[j].use && s->cols[j].guessed)
            s->cols[j].start = best < 0 ? was[j]
                                        : xc_duration_start(s->cols[j].end, lengths[best], 0,
                                                         &c->fy, &s->cols[j].inferred);
}

/* Whether record i is the measure a reconciliation starts from: the
 * first item, added, of a verified total that names a non-GAAP measure
 * ("Net income" atop "Adjusted EBITDA"), and no non-GAAP measure itself. */
static int starts_reconciliation(const tstate *s, size_t i)
{
    const xc_taxonomy *tax = s->tax;
    for (size_t k = i + 1; k < s->nrecs; k++) {
        const rec *T = &s->recs[k];
        if (T->verified && T->nchildren >= 2 && T->children[0] == (int)i &&
            T->child_sgn[0] > 0 &&
            xc_taxonomy_has_phrase(tax, tax->nongaap, tax->nnongaap, T->label))
            return !xc_taxonomy_has_phrase(tax, tax->nongaap, tax->nnongaap,
                                           s->recs[i].label);
    }
    return 0;
}

/* Whether a and b are the same text but for case. */
static int same_text(const char *a, const char *b)
{
    size_t n = strlen(a);
    return n == strlen(b) && xc_strncaseeq(a, b, n);
}

/* The concept an earlier table gave the row printed again here: a fact in
 * the context of each of the row's cells, with no member, whose row was
 * labelled the same and holds the same amount ("Net income" atop a
 * reconciliation to funds from operations, read in the statements as
 * ProfitLoss beside the noncontrolling interests' share); or -1. k: the
 * concept the label alone reads, for the cells' scale and period. */
static int printed_before(ictx *c, const tstate *s, const rec *r, const xc_concept *k)
{
    const char *found = NULL;
    int cells = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !r->has[j])
            continue;
        factval fv;
        if (prepare_fact(c, s, r, k->qname, k->type, k->period, j, 1, &fv) < 0)
            return -1;
        size_t ctx = xc_model_find_context(c->m, fv.ctype, fv.start, fv.end, NULL, 0);
        const char *here = NULL;
        for (size_t f = 0; ctx != XC_NONE && f < c->m->nfacts && !here; f++) {
            const xc_fact *pf = &c->m->facts[f];
            if (pf->context == ctx && pf->numeric && pf->prov.row_label &&
                !xc_decimal_cmp(pf->value, fv.v) && same_text(pf->prov.row_label, r->label))
                here = pf->concept;
        }
        if (!here || (found && strcmp(found, here)))
            return -1;
        found = here;
        cells++;
    }
    const char *colon = found && cells ? strchr(found, ':') : NULL;
    int i = colon ? xc_taxonomy_find(c->tax, colon + 1) : -1;
    return i >= 0 && !strcmp(c->tax->concepts[i].qname, found) ? i : -1;
}

/* Whether r is a total that the table's arithmetic shows adds rows from
 * outside its heading ("Net income", "Adjustments:" / ..., "Adjusted
 * EBITDA"): the heading does not name it. */
static int sums_past_heading(const tstate *s, const rec *r)
{
    for (int k = 0; r->verified && r->nheads && k < r->nchildren; k++) {
        const rec *ch = &s->recs[r->children[k]];
        if (!ch->nheads || strcmp(ch->heads[0], r->heads[0]))
            return 1;
    }
    return 0;
}

/* Whether a row of a non-GAAP table is the GAAP measure: its label says
 * so ("GAAP net income", "Net income as reported"), or its heading does
 * and the label names no non-GAAP measure ("GAAP" / "Total revenues"). */
static int reported_row(const xc_taxonomy *tax, const rec *r)
{
    return r->gaap_part || xc_taxonomy_says_reported(tax, r->label) ||
           (r->nheads && xc_taxonomy_says_reported(tax, r->heads[0]) &&
            !xc_taxonomy_has_phrase(tax, tax->nongaap, tax->nnongaap, r->label));
}

/* Whether a heading over row r says its rows hold other figures than the
 * statements' ("Pro forma income per common share:" over "Basic"), and
 * the row itself does not say it is the reported one. */
static int other_heading(const xc_taxonomy *tax, const rec *r)
{
    for (int k = 0; k < r->nheads; k++)
        if (xc_taxonomy_has_phrase(tax, tax->other_heads, tax->nother_heads, r->heads[k]))
            return !reported_row(tax, r);
    return 0;
}

/* The amount row that a percentage row stands for when the row's label
 * only says percent ("%", "% of net sales", "Percent change" under "Cost
 * of sales"): the row right above, with amounts that are no percentages. */
static const rec *percent_of(const tstate *s, const rec *r)
{
    const char *l = r->label;
    if (l[0] != '%' && !xc_strncaseeq(l, "percent", 7) && !xc_strncaseeq(l, "as a %", 6) &&
        !xc_strncaseeq(l, "as a percent", 12))
        return NULL;
    const rec *up = r > s->recs ? r - 1 : NULL;
    int amounts = 0;
    for (int j = 0; up && j < s->ncols; j++)
        amounts |= s->cols[j].use && up->has[j] && !(up->num[j].flags & XC_NUM_PERCENT);
    return amounts && up->label[0] ? up : NULL;
}

/* The length of a heading before its qualifiers: a dash, or a
 * parenthesis of several words, after a word ("Cost of Sales -
 * (Excluding depreciation)": 13; not "Nonoperating income (expense)"),
 * else all of it. */
static size_t heading_lead(const char *h)
{
    for (const char *p = h; *p; p++) {
        if (p == h || p[-1] != ' ')
            continue;
        size_t close = *p == '(' ? strcspn(p, ")") : 0;
        if ((*p == '-' && p[1] == ' ') || (close && memchr(p, ' ', close)))
            return (size_t)(p - 1 - h);
        if (xc_dash_at(h, p - 1) > 3) /* "--", an en or em dash */
            return (size_t)(p - 1 - h);
    }
    return strlen(h);
}

/* A row whose concept clashes with another row's ("Benefit for income
 * taxes" under "Discontinued operations:", below the continuing operations'
 * tax) is the concept its heading and label name together, where they name
 * one exactly, of the same type and balance; else -1. */
static int heading_concept(const tstate *s, const rec *r, int concept)
{
    if (!r->nheads)
        return -1;
    xc_buf b = {0};
    xc_buf_printf(&b, "%s %s", r->heads[0], r->label);
    int k = xc_heading_total(s, b.ptr, 100);
    xc_buf_free(&b);
    const xc_concept *a = &s->tax->concepts[concept], *n = k >= 0 ? &s->tax->concepts[k] : NULL;
    if (!n || k == concept || n->type != a->type || n->balance != a->balance)
        return -1;
    return k;
}

/* What a reconciliation's column header says it holds (XC_RECON_*), or 0:
 * adjustments first ("Non-GAAP Adjustments"), then the non-GAAP measure,
 * then the statements' figures ("GAAP", "As Reported"). */
int xc_recon_kind(const xc_taxonomy *tax, const char *words)
{
    if (!words)
        return 0;
    if (xc_taxonomy_has_phrase(tax, tax->recon_adjust, tax->nrecon_adjust, words))
        return XC_RECON_ADJUSTMENT;
    if (xc_taxonomy_has_phrase(tax, tax->nongaap, tax->nnongaap, words))
        return XC_RECON_NONGAAP;
    if (xc_taxonomy_has_phrase(tax, tax->recon_gaap, tax->nrecon_gaap, words))
        return XC_RECON_GAAP;
    return 0;
}

/* The words of text as its spaces part them (one more than its spaces). */
static int spaced_words(const char *text)
{
    int n = 1;
    for (const char *p = text; *p; p++)
        n += *p == ' ';
    return n;
}

/* Whether a row's label is a reconciliation's step as a whole ("GAAP",
 * "Per-GAAP", "As reported", "Non-GAAP"): XC_RECON_GAAP or _NONGAAP, else
 * 0. */
int xc_recon_step(const xc_taxonomy *tax, const char *label)
{
    int k = spaced_words(label) <= 3 ? xc_recon_kind(tax, label) : 0;
    return k == XC_RECON_ADJUSTMENT ? 0 : k;
}

/* Whether row r prints amounts under two or more columns that each name
 * their measure (an adjustment spread over the measures it moves). */
static int spread_named(const tstate *s, const rec *r)
{
    int n = 0;
    for (int j = 0; j < s->ncols; j++)
        n += s->cols[j].use && s->cols[j].named && r->has[j];
    return n >= 2;
}

/* The XBRL item type an extension of type t declares. */
static const char *ext_type(xc_type t)
{
    return t == XC_TYPE_MONETARY   ? "monetary"
           : t == XC_TYPE_SHARES   ? "shares"
           : t == XC_TYPE_PERSHARE ? "perShare"
                                   : "pure";
}

/* An extension's local name, qualified where the same name has other
 * values elsewhere in the release, or is of another type there (the
 * stock-based compensation net income adds back, and EPS; PerShare): by
 * qual (the row's heading, or for a name that already has it, its
 * label), else by its table ("Stock-based
 * compensation expense" of a gross margin's reconciliation and of net
 * income's). Takes and returns local. */
static char *qualify_ext(ictx *c, tstate *s, const rec *r, const char *rm, xc_type type,
                         char *local, const char *qual)
{
    xc_concept probe;
    memset(&probe, 0, sizeof(probe));
    probe.type = type;
    probe.period = XC_PERIOD_DURATION;
    for (int attempt = 0; attempt < 2; attempt++) {
        char *q = ext_qname(c, local);
        probe.qname = q;
        const xc_ext_concept *was = xc_model_find_ext(c->m, q);
        int clash = (was && strcmp(was->type, ext_type(type))) ||
                    row_conflicts(c, s, r, &probe, rm);
        if (!clash) {
            /* instants too */
            probe.period = XC_PERIOD_INSTANT;
            clash = row_conflicts(c, s, r, &probe, rm);
            probe.period = XC_PERIOD_DURATION;
        }
        free(q);
        if (!clash)
            break;
        xc_buf nb = {0};
        if (attempt == 0 && was && type == XC_TYPE_PERSHARE && strcmp(was->type, "perShare")) {
            xc_buf_printf(&nb, "%sPerShare", local); /* (the amount's own, per share) */
        } else if (attempt == 0 && qual) {
            /* (a non-GAAP name says so once, first: "Non-GAAP operating
             * income" qualifies NonGaapAmortizationOfIntangibleAssets as
             * NonGaapOperatingIncomeAmortizationOfIntangibleAssets) */
            char *h = xc_camel_name(qual);
            int ng = !strncmp(local, "NonGaap", 7);
            xc_buf_printf(&nb, "%s%s%s", ng ? "NonGaap" : "",
                          ng && !strncmp(h, "NonGaap", 7) ? h + 7 : h, local + (ng ? 7 : 0));
            free(h);
        } else {
            xc_buf_printf(&nb, "%sTable%d", local, c->table_no);
        }
        free(local);
        local = xc_buf_detach(&nb);
    }
    return local;
}

/* The row of the table read as concept k, or NULL. */
static const rec *row_of(const tstate *s, int k)
{
    for (size_t i = 0; i < s->nrecs; i++)
        if (s->recs[i].concept == k)
            return &s->recs[i];
    return NULL;
}

/* Whether the table prints a basic per-share amount and its diluted twin
 * (the other part of one joint concept) that differ in a column. */
static int dilution_shows(const tstate *s)
{
    const xc_taxonomy *tax = s->tax;
    for (size_t i = 0; i < s->nrecs; i++) {
        int k = s->recs[i].concept;
        if (k < 0 || tax->concepts[k].type != XC_TYPE_PERSHARE || tax->concepts[k].part != 1)
            continue;
        for (size_t j = 0; j < tax->nconcepts; j++)
            if (tax->concepts[j].split[0] == k) {
                const rec *d = row_of(s, tax->concepts[j].split[1]);
                if (d && xc_amounts_differ(s, &s->recs[i], d))
                    return 1;
            }
    }
    return 0;
}

/* Which parts of split per-share concepts the table's rows report: bit
 * q for split[q] (basic, diluted), both for the joint concept. A table
 * whose only earnings per share is basic counts basic shares only; so does
 * one whose basic and diluted amounts differ, since one count cannot be
 * both denominators then ("Weighted average shares outstanding" is the
 * basic one; the diluted adds the dilutive securities). */
static unsigned pershare_parts(const tstate *s)
{
    unsigned parts = 0;
    for (size_t i = 0; i < s->nrecs; i++) {
        int k = s->recs[i].concept;
        const xc_concept *kc = k >= 0 ? &s->tax->concepts[k] : NULL;
        if (kc && kc->type == XC_TYPE_PERSHARE)
            parts |= kc->split[0] >= 0 ? 3u : kc->part ? 1u << (kc->part - 1) : 0;
    }
    if (parts == 3u && dilution_shows(s))
        parts = 1u;
    return parts;
}

/* Whether two columns are of one period and member. */
static int same_column(const colspec *a, const colspec *b)
{
    return a->type == b->type && a->start == b->start && a->end == b->end && a->axis == b->axis &&
           !a->words == !b->words && (!a->words || !strcmp(a->words, b->words));
}

/* Marks the columns that hold per-share amounts: those a header says so
 * of, and, where the title is about per-share amounts, a column printing
 * each period a second time without a header to tell why, whose every
 * amount has cents where the column before has whole amounts ("Net income
 * | $6,092 | $0.17": the amount and its per share). */
static void pershare_columns(tstate *s)
{
    for (int k = 0, j = -1; k < s->ncols; k++) {
        colspec *ck = &s->cols[k];
        if (!ck->use)
            continue;
        if (s->per_share && j >= 0 && !ck->pershare && !s->cols[j].pershare &&
            same_column(&s->cols[j], ck)) {
            int cents = 0, other = 0, whole = 0;
            for (size_t i = 0; i < s->nrecs; i++) {
                const rec *q = &s->recs[i];
                if (q->has[k] && !xc_decimal_is_zero(q->num[k].value)) {
                    cents += q->num[k].frac_digits >= 2;
                    other += q->num[k].frac_digits < 2;
                }
                whole += q->has[j] && !xc_decimal_is_zero(q->num[j].value) &&
                         q->num[j].frac_digits == 0;
            }
            ck->pershare = cents && !other && whole;
        }
        s->pershare_cols |= ck->pershare;
        j = k;
    }
}

/* A row whose amounts contradict the facts read before under its concept,
 * while its concept's calculation parent or one of its items holds
 * exactly those amounts, is that concept: a cash flow statement's "Net
 * income" that repeats the income statement's consolidated net income
 * (ProfitLoss) where "Net income attributable to" the parent is
 * NetIncomeLoss. */
static void take_agreeing_relatives(ictx *c, tstate *s)
{
    const xc_taxonomy *tax = c->tax;
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        if (r->concept < 0 || r->axis_member)
            continue;
        const xc_concept *k = &tax->concepts[r->concept];
        int cmp = row_compare(c, s, r, k, NULL);
        if (!(cmp & ROW_CONFLICTS) || (cmp & ROW_AGREES))
            continue;
        /* the parent first, then the items */
        for (int q = k->parent >= 0 ? k->parent : k->child; q >= 0;
             q = q == k->parent ? k->child : tax->concepts[q].sibling) {
            const xc_concept *a = &tax->concepts[q];
            if (q == r->concept || a->type != k->type || a->period != k->period)
                continue;
            int ca = row_compare(c, s, r, a, NULL);
            if ((ca & ROW_AGREES) && !(ca & ROW_CONFLICTS)) {
                r->concept = q;
                r->rule = "repeats";
                break;
            }
        }
    }
}

/* A table titled non-GAAP whose headings say where its non-GAAP measures
 * are ("Key Business Metrics and Non-GAAP Financial Measures": "Total
 * revenue", "Non-GAAP Financial Measures" / "Adjusted EBITDA", "Key
 * Business Metrics" / "Transaction units"): the rows under no such
 * heading, or under a heading of another basis, are the statements'
 * figures, or figures of no basis. */
static void basis_parts(const xc_taxonomy *tax, tstate *s)
{
    int split = 0;
    for (size_t i = 0; s->nongaap && i < s->t->nrows && !split; i++) {
        const char *l = s->t->rows[i].label;
        split = s->t->rows[i].kind == XC_ROW_TEXT &&
                xc_taxonomy_has_phrase(tax, tax->basis, tax->nbasis, l) &&
                xc_taxonomy_has_phrase(tax, tax->nongaap, tax->nnongaap, l);
    }
    for (size_t i = 0; split && i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        int k = 0;
        while (k < r->nheads && !xc_taxonomy_has_phrase(tax, tax->basis, tax->nbasis, r->heads[k]))
            k++;
        r->gaap_part = k == r->nheads ||
                       !xc_taxonomy_has_phrase(tax, tax->nongaap, tax->nnongaap, r->heads[k]);
    }
}

static void emit_table(ictx *c, tstate *s)
{
    const xc_taxonomy *tax = c->tax;
    char *tmember = NULL;
    int members = 0, titled = s->segment, headed = 0, conflicted = 0;
    basis_parts(tax, s);
    /* (columns of another scenario, "Pro Forma", split no business) */
    for (int j = 0; j < s->ncols; j++)
        members += s->cols[j].use && (s->cols[j].member != NULL ||
                                      (s->cols[j].axis != NULL && !s->cols[j].axis->scenario));
    if (!members) {
        xc_title_totals(c, s, titled);
        xc_line_members(c, s);
        xc_class_headings(c, s);
    }
    if (!s->nongaap && !members)
        headed = xc_heading_segments(c, s);
    if (!s->segment && !s->nongaap && !members && !headed)
        settle_guessed_lengths(c, s);
    if (!s->segment && !s->nongaap && !members && !headed) {
        take_agreeing_relatives(c, s);
        /* a table whose facts contradict an earlier statement's shows part
         * of the business ("DOMESTIC TELECOM - SELECTED FINANCIAL
         * RESULTS"): keep it apart, as a segment named by its title */
        int agree, bad = xc_probe_conflicts(c, s, 0, s->nrecs, &agree);
        if (bad > 0 && bad >= agree && !title_names_amounts(c, s->t)) {
            s->segment = 1;
            conflicted = bad;
        }
    }
    if (s->segment && !members && !headed) {
        tmember = title_member(tax, s->t);
        if (titled && tmember && names_no_segment(tax, tmember)) {
            free(tmember);
            tmember = NULL;
        }
        /* a member named as a statement ("Consolidated statements of cash
         * flows", not "Domestic telecom") is worth a word: the release's
         * own statements disagree */
        if (conflicted && tmember &&
            xc_taxonomy_statement_of(c->tax, tmember) != XC_STMT_UNKNOWN)
            xc_diag_add(c->d, XC_NOTE, XC_EPARSE, c->m->source, s->t->first_line, 1,
                        "table %d contradicts amounts read before it (%d of them); its facts "
                        "are kept apart as \"%s\"",
                        (int)(s->t - c->doc->tables) + 1, conflicted, tmember);
        if (titled)
            xc_segment_rows(c, s, 1);
    } else if ((!s->nongaap || xc_names_reconciling(s)) && !members && !headed) {
        /* (in a non-GAAP table, only beside a row that reconciles segments:
         * "EBITA" by segment above "Intersegment elimination") */
        xc_segment_rows(c, s, 0);
    }
    unsigned parts = pershare_parts(s);
    /* a column of percentages ("% of net revenue") prints a dash for a
     * ratio that rounds to nothing: no amount of the row's */
    unsigned char pctcol[MAXCOL] = {0};
    for (int j = 0; j < s->ncols && j < MAXCOL; j++) {
        int p = 0, other = 0;
        for (size_t i = 0; i < s->nrecs; i++)
            if (s->recs[i].has[j]) {
                p += (s->recs[i].num[j].flags & XC_NUM_PERCENT) != 0;
                other += !(s->recs[i].num[j].flags & (XC_NUM_PERCENT | XC_NUM_DASH));
            }
        pctcol[j] = p && !other;
    }
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        int any = 0, pct = 0, dash = 0;
        for (int j = 0; j < s->ncols && j < MAXCOL; j++)
            if (pctcol[j] && r->has[j] && (r->num[j].flags & XC_NUM_DASH))
                r->has[j] = 0;
        for (int j = 0; j < s->ncols; j++)
            if (s->cols[j].use && r->has[j]) {
                any++;
                pct += (r->num[j].flags & XC_NUM_PERCENT) != 0;
                dash += (r->num[j].flags & XC_NUM_DASH) != 0;
            }
        /* a dash among percentages is no 0%: the ratio means nothing there
         * ("Operating margin" of "Corporate") */
        if (pct && pct + dash == any && dash) {
            for (int j = 0; j < s->ncols; j++)
                if (r->has[j] && (r->num[j].flags & XC_NUM_DASH))
                    r->has[j] = 0;
            any = pct;
        }
        /* percentages beside amounts are ratios of the row's measure ("Cost
         * of sales 130,396 ... 25.5%" by segment, under a "Q1" header), as
         * a "% of sales" column's are: the amounts are the row's facts */
        if (pct && pct < any) {
            /* (but for a column that measures a rate of its own: "Yield/Rate") */
            for (int j = 0; j < s->ncols; j++)
                if (r->has[j] && (r->num[j].flags & XC_NUM_PERCENT) && !s->cols[j].measured) {
                    r->has[j] = 0;
                    any--;
                }
            pct = 0;
        }
        if (!any) {
            /* values only under columns with no header at all (a row
             * printed off its columns): say so, never drop it silently */
            int stray = -1, used = 0;
            for (int j = 0; j < s->ncols; j++) {
                const colspec *cs = &s->cols[j];
                used |= cs->use;
                if (stray < 0 && r->has[j] && cs->ps.kind == XC_COL_UNKNOWN &&
                    (!cs->words || !*cs->words))
                    stray = j;
            }
            if (stray >= 0 && used)
                xc_diag_add(c->d, XC_WARNING, XC_EPARSE, c->m->source, r->row->cell_line[stray],
                            r->row->cell_col[stray],
                            "\"%s\": its values stand under no column of the table; "
                            "row not read", r->label);
            continue;
        }
        /* the concept(s) */
        const char *names[2] = {NULL, NULL};
        const char *labels[2] = {NULL, NULL};
        char *owned[2] = {NULL, NULL};
        xc_type types[2];
        xc_period_type ptypes[2];
        int nnames = 0, at_instant = 0;
        /* the member the row's facts carry: a segment's own row names it,
         * the total of such rows is consolidated when no statement before
         * disagrees, others take the table's */
        const char *rm = tmember;
        int concept = r->concept, ratio_of = -1;
        /* a row of percentages ("Gross margin 61.2%") is no amount of the
         * concept its label names: a ratio of its own */
        /* nor is a row of a table that counts kilowatt-hours or barrels, or
         * one whose own note says what it counts ("Sales (Units)") */
        if (concept >= 0 && ((pct == any && tax->concepts[concept].type != XC_TYPE_PERCENT) ||
                             (tax->concepts[concept].type == XC_TYPE_MONETARY &&
                              (s->counts || xc_paren_counts(tax, r->label))))) {
            ratio_of = pct == any ? concept : -1;
            concept = r->concept = -1;
            r->rule = "extension";
            r->score = 0;
        }
        if (r->seg_head) {
            rm = r->seg_member;
        } else if (r->axis_member) {
            concept = r->seg_measure;
            r->rule = "member";
            /* (what reconciles a table's segments is no part of the one its
             * title names: the title says the table is by segment) */
            if (titled && r->axis_member->reconciles)
                rm = NULL;
        } else if (r->seg_measure >= 0) {
            concept = r->seg_measure;
            rm = r->label;
            r->rule = "segment";
        } else if (r->seg_ext >= 0 || r->head_ext) {
            rm = r->head_ext && r->seg_total ? NULL : r->label;
            r->rule = "segment";
        } else if (r->share_of) {
            rm = s->recs[r->share_of - 1].label;
        } else if (r->seg_total &&
                   (r->concept < 0 || !row_conflicts(c, s, r, &tax->concepts[r->concept], NULL))) {
            rm = NULL;
        }
        /* (a member's share of the measure, "Product 94.7%" under
         * "Revenue:" in a table of percentages of revenue: a ratio of the
         * measure's name, the member's still) */
        if (!r->seg_head && (r->axis_member || r->seg_measure >= 0) && concept >= 0 &&
            pct == any && tax->concepts[concept].type != XC_TYPE_PERCENT) {
            ratio_of = concept;
            concept = -1;
        }
        /* a row of a table named for a segment that repeats the
         * statements' consolidated figures in every cell is theirs
         * ("Operating income" atop a segment's gross-margin
         * reconciliation, and the costs it adds back) */
        if (rm && rm == tmember && concept >= 0 &&
            row_compare(c, s, r, &tax->concepts[concept], NULL) == ROW_AGREES)
            rm = NULL;
        /* a non-GAAP table's rows are its own concepts, but for the GAAP
         * measure it starts from, where it agrees: said so ("GAAP net
         * income"), repeating the statements' figures in every cell ("Net
         * income" atop a reconciliation to funds from operations) or the
         * first item of the non-GAAP measure's sum */
        int own = s->nongaap || other_heading(tax, r);
        if (own && concept >= 0) {
            int cmp = row_compare(c, s, r, &tax->concepts[concept], rm);
            own = (cmp & ROW_CONFLICTS) ||
                  !((cmp & ROW_AGREES) || reported_row(tax, r) ||
                    starts_reconciliation(s, (size_t)(r - s->recs)));
            /* (as the statements read it, where they printed it: also
             * where its label's concept holds other amounts there, "Net
             * income" beside "Net income attributable to common
             * stockholders" read as NetIncomeLoss) */
            int again = (!own || (cmp & ROW_CONFLICTS)) && cmp != ROW_AGREES && !rm
                            ? printed_before(c, s, r, &tax->concepts[concept])
                            : -1;
            if (again >= 0) {
                concept = again;
                own = 0;
            }
        }
        int clash = concept >= 0 && !own && row_conflicts(c, s, r, &tax->concepts[concept], rm);
        int named = clash ? heading_concept(s, r, concept) : -1;
        if (named >= 0 && !row_conflicts(c, s, r, &tax->concepts[named], rm)) {
            concept = named;
            clash = 0;
            r->rule = "heading+label";
        }
        const xc_axis_member *am = r->axis_member && !clash ? r->axis_member : NULL;
        if (am)
            declare_member(c->m, am);
        if (concept >= 0 && !own && !clash) {
            const xc_concept *k = &tax->concepts[concept];
            if (k->split[0] >= 0) {
                for (int q = 0; q < 2 && k->split[q] >= 0; q++) {
                    if (k->type != XC_TYPE_PERSHARE && (parts == 1u || parts == 2u) &&
                        !(parts & (1u << q)))
                        continue;
                    /* (nor a part another row reports: "Weighted average
                     * shares outstanding" above "... shares and equivalents
                     * outstanding" is the basic count) */
                    const rec *own_row = row_of(s, k->split[q]);
                    if (own_row && own_row != r)
                        continue;
                    const xc_concept *kk = &tax->concepts[k->split[q]];
                    labels[nnames] = kk->label;
                    names[nnames] = kk->qname;
                    types[nnames] = kk->type;
                    ptypes[nnames++] = kk->period;
                }
            } else {
                names[0] = k->qname;
                labels[0] = k->label;
                types[0] = k->type;
                ptypes[0] = k->period;
                nnames = 1;
            }
        } else {
            char *local;
            /* (the segment total whose extension concept the row measures) */
            const rec *T = r->seg_ext >= 0 ? &s->recs[r->seg_ext] : r;
            if (concept >= 0) {
                /* non-GAAP: its own concept; a clash: qualified by its
                 * heading ("Proportionate information" Revenues) */
                xc_buf b = {0};
                if (clash) {
                    /* (once, where the label names it: "2003 restructuring
                     * charges" beside 2004's is N2003RestructuringCharges) */
                    char *h = xc_camel_name(r->nheads ? r->heads[0] : r->label);
                    const char *cn = tax->concepts[concept].name;
                    size_t hl = strlen(h), cl = strlen(cn);
                    xc_buf_printf(&b, "%s%s", h, hl >= cl && !strcmp(h + hl - cl, cn) ? "" : cn);
                    free(h);
                    r->rule = "extension (clash)";
                } else {
                    xc_buf_printf(&b, "NonGaap%s", tax->concepts[concept].name);
                }
                /* (an amount added on the way from one per-share figure
                 * to another is per share: "Stock-based compensation"
                 * between "GAAP Diluted EPS" and the adjusted EPS) */
                types[0] = tax->concepts[concept].type;
                int ti = xc_adding_total(s, (int)i);
                if (types[0] == XC_TYPE_MONETARY && ti >= 0 && !r->per_share &&
                    guess_type(s, r, pct, 0) == XC_TYPE_PERSHARE) {
                    types[0] = XC_TYPE_PERSHARE;
                    xc_buf_puts(&b, "PerShare");
                }
                local = xc_buf_detach(&b);
                /* (a clash's name may clash again: "Other expense" and
                 * "Total" under "Other" take their labels; an adjustment
                 * under no heading, the measure it adjusts: "Stock-based
                 * compensation" of "Research and Development (Non-GAAP)"
                 * and of "Sales and Marketing (Non-GAAP)") */
                int si = sum_of(s, (int)i);
                const char *qual = clash         ? r->label
                                   : r->nheads   ? r->heads[0]
                                   : si >= 0 && s->recs[si].label[0] ? s->recs[si].label
                                                                     : NULL;
                local = qualify_ext(c, s, r, rm, types[0], local, qual);
            } else if (r->seg_ext >= 0 || r->ext_measure) {
                /* a segment total's concept, and its segments' */
                local = xc_measure_name(measure_text(tax, T));
                types[0] = guess_type(s, T, pct, 0);
            } else if (r->head_ext) {
                local = xc_measure_name(r->heads[0]);
                types[0] = guess_type(s, r, pct, 0);
            } else if (ratio_of >= 0 &&
                       (r->axis_member || r->seg_measure >= 0 || r->unlabeled || !r->label[0])) {
                types[0] = guess_type(s, r, pct, 0);
                local = qualify_ext(c, s, r, rm, types[0], xc_xstrdup(tax->concepts[ratio_of].name),
                                    r->nheads ? r->heads[0] : NULL);
            } else {
                xc_buf b = {0};
                if (s->nongaap && !reported_row(tax, r))
                    xc_buf_puts(&b, "NonGaap");
                if (r->unlabeled || r->label[0] == '\0') {
                    /* name it after its heading, else what it adds up */
                    const char *base = r->nheads ? r->heads[0] : NULL;
                    if (!base && r->nchildren)
                        base = s->recs[r->children[0]].label;
                    char *h = xc_camel_name(base ? base : "");
                    xc_buf_printf(&b, "%sSubtotal", strcmp(h, "Item") ? h : "");
                    free(h);
                } else if (pct && percent_of(s, r)) {
                    /* "Cost of Sales" / "%": CostOfSalesPercent */
                    char *h = xc_camel_name(percent_of(s, r)->label);
                    char *l = xc_camel_name(r->label[0] == '%' ? r->label + 1 : r->label);
                    xc_buf_printf(&b, "%s%s%s", h, r->label[0] == '%' ? "Percent" : "",
                                  strcmp(l, "Item") ? l : "");
                    free(h);
                    free(l);
                } else {
                    /* short labels read better with their heading, up to
                     * its qualifiers ("Cost of Sales - (Excluding
                     * depreciation)" / "- Utility": CostOfSalesUtility) */
                    char *lead = xc_xstrdup(r->nheads ? r->heads[0] : "");
                    lead[heading_lead(lead)] = '\0';
                    int words = spaced_words(r->label), hwords = spaced_words(lead);
                    /* and per-share amounts by their heading's kind
                     * ("Basic", "Diluted") */
                    char *l = xc_camel_name(r->label);
                    /* (not a heading that only says what basis its rows'
                     * figures are on: "U.S. GAAP Financial Measures") */
                    if (r->nheads && ((words <= 2 && hwords <= 5) || r->per_share || r->per_unit) &&
                        !sums_past_heading(s, r) &&
                        !xc_taxonomy_has_phrase(tax, tax->basis, tax->nbasis, lead)) {
                        /* (not a label that begins with it: "Operating
                         * costs" under "OPERATING COSTS") */
                        char *h = xc_camel_name(lead);
                        if (strncmp(l, h, strlen(h)) && strcmp(h, "Item"))
                            xc_buf_puts(&b, h); /* ("Item": a heading of no words) */
                        free(h);
                    }
                    free(lead);
                    xc_buf_puts(&b, l);
                    free(l);
                }
                local = xc_buf_detach(&b);
                /* a label that says so itself: NonGaapNetIncome, once */
                if (!strncmp(local, "NonGaapNonGaap", 14))
                    memmove(local, local + 7, strlen(local + 7) + 1);
                types[0] = guess_type(s, r, pct, 0);
                local = qualify_ext(c, s, r, rm, types[0], local,
                                   r->nheads ? r->heads[0] : NULL);
            }
            owned[0] = ext_qname(c, local);
            names[0] = owned[0];
            labels[0] = r->head_ext                          ? r->heads[0]
                        : r->seg_ext >= 0 || r->ext_measure ? measure_text(tax, T)
                        : r->label[0]                        ? r->label
                                                             : local;
            /* "Active communities at end of period", or under "Backlog at
             * end of period:", or "Book value per share": a balance at the
             * column's end (or start) */
            at_instant = places_at(s, (int)i) || r->under_instant || xc_names_held(tax, r->label);
            ptypes[0] = at_instant ? XC_PERIOD_INSTANT : XC_PERIOD_DURATION;
            nnames = 1;
            r->ext = local;
            if (!r->rule)
                r->rule = "extension";
        }
        /* what every fact of the row shares, pooled once: the model then
         * knows these copies by their address */
        for (int q = 0; q < nnames; q++) {
            names[q] = xc_model_intern(c->m, names[q]);
            labels[q] = xc_model_intern(c->m, labels[q]);
        }
        r->pooled_label = xc_model_intern(c->m, r->label);
        r->rule = xc_model_intern(c->m, r->rule);
        for (int j = 0; j < s->ncols; j++) {
            if (!s->cols[j].use || !r->has[j])
                continue;
            xc_dim dims[MAXDIMS];
            size_t nd = col_dims(c, s, j, rm, r, am, dims);
            for (int q = 0; q < nnames; q++) {
                xc_period_type pt = owned[q] && !at_instant ? s->cols[j].type : ptypes[q];
                const char *name = names[q];
                xc_type type = types[q];
                char *pername = NULL;
                int sigma = r->sigma, standard = 0;
                if (s->cols[j].measured) {
                    /* the row's own measure under the column's words, as
                     * printed ("Loans" / "Average Balance": LoansAverageBalance) */
                    char *rl = xc_camel_name(r->label), *cw = xc_camel_name(s->cols[j].words);
                    xc_buf pb = {0};
                    xc_buf_printf(&pb, "%s:%s%s", c->m->ext_prefix, rl, cw);
                    free(rl);
                    free(cw);
                    pername = xc_buf_detach(&pb);
                    name = xc_model_intern(c->m, pername);
                    type = r->num[j].flags & XC_NUM_PERCENT ? XC_TYPE_PERCENT
                           : type == XC_TYPE_SHARES         ? type
                                                            : XC_TYPE_MONETARY;
                    pt = s->cols[j].type;
                    r->sigma = 1;
                } else if (s->cols[j].recon > XC_RECON_GAAP && strchr(name, ':')) {
                    /* a reconciliation's adjustments and non-GAAP measure
                     * across: concepts of their own beside the statements' */
                    const char *local = strchr(name, ':') + 1;
                    xc_buf pb = {0};
                    xc_buf_printf(&pb, "%s:%s%s", c->m->ext_prefix,
                                  s->cols[j].recon == XC_RECON_NONGAAP ? "NonGaap"
                                                                      : "NonGaapAdjustment",
                                  strncmp(local, "NonGaap", 7) ? local : local + 7);
                    pername = xc_buf_detach(&pb);
                    name = xc_model_intern(c->m, pername);
                } else if (s->cols[j].named &&
                           (xc_recon_step(tax, r->label) || spread_named(s, r))) {
                    /* a reconciliation down the side: its statements' row
                     * is the column's concept; its non-GAAP row and its
                     * adjustments are concepts of their own under the
                     * column's measure (NonGaapNetIncomeLoss,
                     * NonGaapRetentionCostsNetIncomeLoss), as printed */
                    const xc_concept *k = &tax->concepts[s->cols[j].named - 1];
                    int step = xc_recon_step(tax, r->label);
                    type = k->type;
                    r->sigma = 1;
                    if (step == XC_RECON_GAAP) {
                        name = xc_model_intern(c->m, k->qname);
                        pt = k->period;
                        standard = 1;
                    } else {
                        char *rl = step ? NULL : xc_camel_name(r->label);
                        xc_buf pb = {0};
                        xc_buf_printf(&pb, "%s:%s%s%s", c->m->ext_prefix,
                                      rl && !strncmp(rl, "NonGaap", 7) ? "" : "NonGaap",
                                      rl ? rl : "", k->name);
                        free(rl);
                        pername = xc_buf_detach(&pb);
                        name = xc_model_intern(c->m, pername);
                        pt = s->cols[j].type;
                    }
                } else if ((s->cols[j].pershare || s->cols[j].aftertax) &&
                           type == XC_TYPE_MONETARY) {
                    /* a "Per Share" column of a reconciliation: its own
                     * per-share concept beside the amount's; an "After
                     * Tax" one its own after-tax concept */
                    int per = s->cols[j].pershare;
                    xc_buf pb = {0};
                    xc_buf_printf(&pb, "%s:%s%s", c->m->ext_prefix, strchr(name, ':') + 1,
                                  per ? "PerShare" : "AfterTax");
                    pername = xc_buf_detach(&pb);
                    name = xc_model_intern(c->m, pername);
                    type = per ? XC_TYPE_PERSHARE : XC_TYPE_MONETARY;
                    pt = s->cols[j].type;
                }
                if ((owned[q] || pername) && !standard) {
                    int bal = pername || type != XC_TYPE_MONETARY ? XC_BAL_NONE : r->ext_bal;
                    xc_model_ext(c->m, name, r->label[0] ? r->label : name, ext_type(type),
                                 pt, bal == XC_BAL_DEBIT    ? "debit"
                                     : bal == XC_BAL_CREDIT ? "credit"
                                                            : NULL);
                }
                add_fact(c, s, r, name, labels[q], type, pt, j, dims, nd);
                r->sigma = sigma;
                free(pername);
            }
        }
        free(owned[0]);
        free(owned[1]);
    }
    for (int j = 0; j < s->ncols; j++) { /* the member QNames made from tmember */
        free(s->cols[j].dim_member);
        s->cols[j].dim_member = NULL;
        s->cols[j].dim_of = NULL;
    }
    free(tmember);
}

/* ---- tables ---- */

static int title_has(const xc_taxonomy *tax, const xc_table *t, const xc_phrase *list, size_t n)
{
    for (size_t k = 0; k < t->ntitle; k++)
        if (xc_taxonomy_has_phrase(tax, list, n, t->title[k]))
            return 1;
    return 0;
}

/* A table's first row of amounts' label, or NULL. */
static const char *first_data_label(const xc_table *t)
{
    for (size_t r = 0; r < t->nrows; r++)
        if (t->rows[r].kind == XC_ROW_DATA)
            return t->rows[r].label;
    return NULL;
}

/* Whether table t, titled by a name alone ("Industrial Services"), is
 * the next segment of a table titled by segment just before it
 * ("SEGMENT RESULTS" / "Domestic Coke"): it begins with the same row and
 * repeats another. */
static int sibling_segment(const xc_taxonomy *tax, const xc_table *prev, const xc_table *t)
{
    for (size_t k = 0; k < t->ntitle; k++)
        if (xc_taxonomy_statement_of(tax, t->title[k]) != XC_STMT_UNKNOWN)
            return 0;
    const char *f0 = first_data_label(prev), *f1 = first_data_label(t);
    if (!f0 || !f1 || !f0[0] || !same_text(f0, f1))
        return 0;
    char *a = title_member(tax, prev), *b = title_member(tax, t);
    int differ = a && b && !same_text(a, b);
    free(a);
    free(b);
    int shared = 0;
    for (size_t r = 0; differ && r < t->nrows && shared < 2; r++)
        for (size_t q = 0; t->rows[r].kind == XC_ROW_DATA && q < prev->nrows; q++)
            if (prev->rows[q].kind == XC_ROW_DATA &&
                same_text(prev->rows[q].label, t->rows[r].label)) {
                shared++;
                break;
            }
    return shared >= 2;
}

/* The year a row heading names and nothing else ("2004", "Fiscal 2004:"),
 * else 0. */
static int year_heading(const xc_row *r)
{
    if (r->kind != XC_ROW_TEXT || strlen(r->label) > 24 || !strpbrk(r->label, "12"))
        return 0;
    int years = 0;
    for (const char *p = r->label; *p; p++)
        if (xc_isdigit((unsigned char)*p)) {
            size_t n = strspn(p, "0123456789");
            years += xc_year_token(p, n) != 0;
            p += n - 1;
        }
    xc_period_spec ps;
    xc_period_parse(r->label, &ps);
    if (years != 1 || ps.kind != XC_COL_PERIOD || !ps.year || ps.month || ps.ndates ||
        ps.has_words || ps.quarter || ps.weeks || (ps.months && ps.months != 12))
        return 0;
    return ps.year;
}

/* A row heading that is a whole period and nothing else ("Year Ended
 * December 31, 2014", "Three Months Ended September 30, 2024"). */
static int period_heading(const xc_row *r)
{
    if (r->kind != XC_ROW_TEXT || strlen(r->label) > 60 || !strpbrk(r->label, "12"))
        return 0;
    xc_period_spec ps;
    xc_period_parse(r->label, &ps);
    return ps.kind == XC_COL_PERIOD && ps.year && !ps.has_words && ps.ndates <= 1 &&
           (ps.months || ps.weeks || ps.ndates);
}

/* Whether text is a page number ("5", "- 12 -", "F-3"). */
static int page_number_text(const char *s)
{
    int digits = 0, other = 0;
    for (; *s; s++) {
        digits += xc_isdigit((unsigned char)*s);
        other += !xc_isdigit((unsigned char)*s) && *s != ' ' && *s != '-' && *s != 'F';
    }
    return digits >= 1 && digits <= 3 && !other;
}

/* Whether a title says its table goes on from the page before:
 * "(Continued)", not "Discontinued operations". */
static int says_continued(const char *title)
{
    for (const char *p = title; (p = xc_memcasemem(p, strlen(p), "continued")); p++)
        if (p == title || !xc_isalpha((unsigned char)p[-1]))
            return 1;
    return 0;
}

/* A table that goes on past a page break without its header (the rows of
 * a balance sheet's liabilities, in a second <table> after the page
 * number): a table with no header text at all and no title but a page
 * number, right after one with the same number of columns that has a
 * header, is that table's rest: its rows join that table's, so that the
 * headings and sums above the break go on below it. So is one that
 * repeats that header word for word under no title but a page number or
 * a "(Continued)": the title and scale above the break are its own. A
 * table that gives each line as a percentage of revenue is no rest of one
 * of amounts, whatever header it repeats. */
static int common_size(const xc_taxonomy *tax, const xc_table *t);
static void continue_headless(const xc_taxonomy *tax, xc_doc *doc)
{
    for (size_t i = 1; i < doc->ntables;) {
        xc_table *t = &doc->tables[i];
        const xc_table *p = &doc->tables[i - 1];
        int from = t->header_line ? t->header_line : t->first_line;
        int near = t->ncols == p->ncols && t->nrows && from - p->last_line < 40;
        int bare = near, repeats = near, headed = 0;
        for (size_t j = 0; near && j < t->ncols; j++) {
            int has = xc_has_text(t->colhead[j]);
            headed |= xc_has_text(p->colhead[j]);
            bare = bare && !has;
            repeats = repeats && has && !strcmp(t->colhead[j], p->colhead[j]);
        }
        for (size_t k = 0; (bare || repeats) && k < t->ntitle; k++) {
            int page = page_number_text(t->title[k]);
            bare = bare && page;
            repeats = repeats && (page || says_continued(t->title[k]));
        }
        if (!(bare || repeats) || !headed || (common_size(tax, t) && !common_size(tax, p))) {
            i++;
            continue;
        }
        xc_doc_join_tables(doc, i);
    }
}

/* Figures grouped under row headings that say their period, the columns
 * saying something else: quarters that print a quarter's end or name
 * ("December 31", "Third Quarter") and no year, under year headings
 * ("2004", then "2003"); or segments ("Electric", "Gas", "Total") under
 * whole periods ("Year Ended December 31, 2014"). Each group becomes a
 * table of its own whose headers carry its period. */
static void split_years(xc_doc *doc)
{
    enum { MAXG = 16 };
    for (size_t i = 0; i < doc->ntables; i++) {
        const xc_table *t = &doc->tables[i];
        int dated = 0, yeared = 0, timed = 0, years = 0, periods = 0, named = 0;
        for (size_t r = 0; r < t->nrows && !years; r++)
            years = year_heading(&t->rows[r]) != 0;
        for (size_t r = 0; r < t->nrows && !years && !periods; r++)
            periods = period_heading(&t->rows[r]);
        /* a column that names no quarter among those that do is the year's
         * ("Total" beside "Dec. 31", "Sept. 30", ...) */
        int whole[MAXCOL] = {0};
        for (size_t j = 0; (years || periods) && j < t->ncols; j++) {
            xc_period_spec ps;
            xc_period_parse(t->colhead[j], &ps);
            dated += ps.month || ps.quarter;
            yeared += ps.year != 0;
            timed += ps.months || ps.weeks;
            named += ps.kind == XC_COL_UNKNOWN && xc_has_text(t->colhead[j]);
            if (j < MAXCOL)
                whole[j] = ps.kind == XC_COL_UNKNOWN && !ps.month && !ps.quarter && !ps.months &&
                           !ps.weeks && xc_has_text(t->colhead[j]);
        }
        if (years ? !dated || yeared : !periods || dated || yeared || timed || named < 2)
            continue;
        size_t from[MAXG], to[MAXG];
        char *head[MAXG];
        int year[MAXG], n = 0, data = 0;
        for (size_t r = 0; r < t->nrows && n <= MAXG; r++) {
            int y = years ? year_heading(&t->rows[r]) : period_heading(&t->rows[r]);
            if (y && n < MAXG) {
                if (n)
                    to[n - 1] = r;
                year[n] = y;
                head[n] = xc_xstrdup(t->rows[r].label);
                from[n++] = r + 1;
            } else if (y) {
                n++;
            }
            /* figures above the first heading are of no period */
            data |= !n && t->rows[r].kind == XC_ROW_DATA;
        }
        if (n && n <= MAXG && !data) {
            to[n - 1] = t->nrows;
            /* the lines above the first heading ("(In thousands, except per
             * share amounts)") are every group's titles */
            size_t nabove = from[0] - 1;
            char **above = xc_xcalloc(nabove ? nabove : 1, sizeof(char *));
            int *above_line = xc_xcalloc(nabove ? nabove : 1, sizeof(int));
            for (size_t r = 0; r < nabove; r++)
                if (t->rows[r].kind == XC_ROW_TEXT && t->rows[r].label[0]) {
                    above[r] = xc_xstrdup(t->rows[r].label);
                    above_line[r] = t->rows[r].line;
                }
            xc_table *p = xc_doc_split_table(doc, i, from, to, (size_t)n);
            for (int k = 0; k < n; k++, p++) {
                for (size_t r = 0; r < nabove; r++)
                    if (above[r])
                        xc_table_add_title(p, above[r], strlen(above[r]), above_line[r]);
                char y[16];
                for (size_t j = 0; j < p->ncols; j++) {
                    const char *suffix = head[k];
                    if (years) {
                        snprintf(y, sizeof(y), "%s%d", j < MAXCOL && whole[j] ? "Year " : "",
                                 year[k]);
                        suffix = y;
                    }
                    if (p->colhead[j][0])
                        xc_table_head_append(p, j, suffix, strlen(suffix));
                }
            }
            for (size_t r = 0; r < nabove; r++)
                free(above[r]);
            free(above);
            free(above_line);
            i += (size_t)n - 1;
        }
        for (int k = 0; k < n && k < MAXG; k++)
            free(head[k]);
    }
}

/* Guesses a table's statement from its columns and rows when the title
 * does not say. */
static xc_statement guess_statement(const xc_taxonomy *tax, const xc_table *t, const colspec *cols,
                                    int ncols, unsigned industry)
{
    int inst, dur;
    xc_count_periods(cols, ncols, &inst, &dur);
    int votes[7] = {0};
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.industry = industry;
    int under = 0; /* rows under a heading that names a statement */
    for (size_t i = 0; i < t->nrows; i++) {
        if (t->rows[i].kind != XC_ROW_DATA && t->rows[i].kind != XC_ROW_TEXT)
            continue;
        /* a heading that names a statement ("Free cash flow:" below a
         * reconciliation of operating income) votes for it once, and the
         * rows after it not at all: they read as that statement's wherever
         * the table stands (fill_ctx). (Its colon tells it from a wrapped
         * label's first line, "Net cash provided by operating".) */
        if (t->rows[i].kind == XC_ROW_TEXT && xc_ends_colon(t->rows[i].label)) {
            xc_statement hs = xc_taxonomy_statement_of(tax, t->rows[i].label);
            if (hs == XC_STMT_CASHFLOW || hs == XC_STMT_BALANCE) {
                votes[hs]++;
                under = 1;
                continue;
            }
        }
        if (under)
            continue;
        xc_match m;
        if (!xc_map_label(tax, t->rows[i].label, &ctx, &m) || m.score < 100)
            continue;
        unsigned st = tax->concepts[m.concept].statements;
        for (int k = 1; k < 7; k++)
            if (st == (1u << k))
                votes[k]++;
    }
    /* (a cash flow's columns are periods of time: "Accounts payable and
     * accrued expenses" over dates is a balance) */
    if (votes[XC_STMT_CASHFLOW] >= 2 && votes[XC_STMT_CASHFLOW] >= votes[XC_STMT_INCOME] &&
        !(inst && !dur))
        return XC_STMT_CASHFLOW;
    if (inst && !dur && votes[XC_STMT_BALANCE] >= 1)
        return XC_STMT_BALANCE;
    if (votes[XC_STMT_BALANCE] > votes[XC_STMT_INCOME] && inst)
        return XC_STMT_BALANCE;
    if (votes[XC_STMT_INCOME] >= 1 && dur)
        return XC_STMT_INCOME;
    if (votes[XC_STMT_INCOME] >= 2)
        return XC_STMT_INCOME;
    return XC_STMT_UNKNOWN;
}

/* The statement of the GAAP figure a reconciliation starts from: its first
 * row ("Net income attributable to common shareholders", then the add-backs
 * to funds from operations that a cash flow's rows resemble) read alone,
 * income where the concept fits an income statement. UNKNOWN when the row
 * names no concept surely. */
static xc_statement anchor_statement(const xc_taxonomy *tax, const xc_table *t,
                                     unsigned industry)
{
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.industry = industry;
    for (size_t i = 0; i < t->nrows; i++) {
        if (t->rows[i].kind != XC_ROW_DATA)
            continue;
        /* (its label may wrap: "Net income attributable to common" /
         * "  shareholders") */
        const xc_row *up = i > 0 && t->rows[i - 1].kind == XC_ROW_TEXT ? &t->rows[i - 1] : NULL;
        char *label = up && !xc_ends_colon(up->label) ? xc_join2(up->label, t->rows[i].label)
                                                   : xc_xstrdup(t->rows[i].label);
        xc_match m;
        int ok = xc_map_label(tax, label, &ctx, &m) && m.score >= 85;
        free(label);
        if (!ok)
            return XC_STMT_UNKNOWN;
        unsigned st = tax->concepts[m.concept].statements;
        return st & (1u << XC_STMT_INCOME)     ? XC_STMT_INCOME
               : st & (1u << XC_STMT_CASHFLOW) ? XC_STMT_CASHFLOW
                                               : XC_STMT_UNKNOWN;
    }
    return XC_STMT_UNKNOWN;
}

/* The scale a table that states none prints its money in, by its own
 * arithmetic: where net income over the weighted shares as printed gives
 * the earnings per share only with the income in thousands (or
 * millions), and not as printed ("Net earnings 2,344", "Weighted average
 * common shares outstanding 8,391,244", "Basic earnings per share .28":
 * the shares are counted one by one, the money in thousands). Returns 3
 * or 6, or -1. */
static int eps_scale(const xc_taxonomy *tax, const xc_table *t, unsigned industry)
{
    /* (only a table with an amount in cents and a count of six digits or
     * more is worth reading so) */
    int cents = 0, count = 0;
    for (size_t i = 0; i < t->nrows && !(cents && count); i++)
        for (size_t j = 0; t->rows[i].kind == XC_ROW_DATA && j < t->ncols; j++) {
            const char *c = t->rows[i].cells[j];
            int digits = 0, point = 0;
            for (; c && *c; c++) {
                digits += xc_isdigit((unsigned char)*c) && !point;
                point |= *c == '.';
            }
            cents |= point && digits <= 3;
            count |= !point && digits >= 6;
        }
    if (!cents || !count)
        return -1;
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_INCOME;
    ctx.industry = industry;
    const xc_row *ni = NULL, *eps = NULL, *sh = NULL;
    for (size_t i = 0; i < t->nrows; i++) {
        const xc_row *r = &t->rows[i];
        xc_match m;
        if (r->kind != XC_ROW_DATA || !xc_map_label(tax, r->label, &ctx, &m))
            continue;
        const xc_concept *k = &tax->concepts[m.concept];
        if (!ni && (!strcmp(k->name, "NetIncomeLoss") ||
                    !strcmp(k->name, "NetIncomeLossAvailableToCommonStockholdersBasic")))
            ni = r;
        else if (!eps && k->type == XC_TYPE_PERSHARE && !strncmp(k->name, "EarningsPerShare", 16))
            eps = r;
        else if (!sh && k->type == XC_TYPE_SHARES && k->period == XC_PERIOD_DURATION)
            sh = r;
    }
    if (!ni || !eps || !sh)
        return -1;
    int fit = -1;
    for (int e = 0; e <= 6; e += 3) {
        int ok = 1, tested = 0;
        for (size_t j = 0; j < t->ncols && ok; j++) {
            xc_number a, b, c;
            if (!ni->cells[j] || !eps->cells[j] || !sh->cells[j] ||
                xc_number_parse(ni->cells[j], strlen(ni->cells[j]), &a) ||
                xc_number_parse(eps->cells[j], strlen(eps->cells[j]), &b) ||
                xc_number_parse(sh->cells[j], strlen(sh->cells[j]), &c) ||
                a.suffix_exp || c.suffix_exp)
                continue;
            long double vni = approx(&a, e), ve = approx(&b, 0), vs = approx(&c, 0);
            if (vs <= 0 || ve == 0 || vni == 0)
                continue;
            tested = 1;
            ok = eps_fits(vni, vs, ve);
        }
        if (!tested || (ok && e == 0))
            return -1; /* nothing to test, or the amounts fit as printed */
        if (ok) {
            if (fit >= 0)
                return -1;
            fit = e;
        }
    }
    return fit;
}

/* The most digits before the point of any whole amount in the table's
 * cells (amounts with a point, per-share figures and ratios, are passed
 * over): how large its amounts are printed. */
static int amount_digits(const xc_table *t)
{
    int most = 0;
    for (size_t i = 0; i < t->nrows; i++) {
        if (t->rows[i].kind != XC_ROW_DATA)
            continue;
        for (size_t j = 0; j < t->ncols; j++) {
            const char *c = t->rows[i].cells[j];
            int n = 0;
            for (; c && *c && *c != '.'; c++)
                n += xc_isdigit((unsigned char)*c);
            if (c && !*c && n > most)
                most = n;
        }
    }
    return most;
}

static int table_scale(const xc_table *t, int *shares, char **scale_text)
{
    for (size_t k = t->ntitle; k > 0; k--) {
        int e = xc_scale_of(t->title[k - 1], shares);
        if (e < 0)
            e = dollar_scale(t->title[k - 1]);
        if (e >= 0) {
            *scale_text = xc_xstrdup(t->title[k - 1]);
            return e;
        }
    }
    for (size_t j = 0; j < t->ncols; j++) {
        int e = xc_scale_of(t->colhead[j], shares);
        if (e >= 0) {
            *scale_text = xc_xstrdup(t->colhead[j]);
            return e;
        }
    }
    /* a caption printed as the first row, under the header ("Consolidated
     * Statements of Operations: (in thousands, except per share data)") */
    for (size_t i = 0; i < t->nrows && t->rows[i].kind != XC_ROW_DATA; i++) {
        int e = t->rows[i].kind == XC_ROW_TEXT ? xc_scale_of(t->rows[i].label, shares) : -1;
        if (e >= 0) {
            *scale_text = xc_xstrdup(t->rows[i].label);
            return e;
        }
    }
    *shares = -1;
    *scale_text = NULL;
    return -1;
}

/* The currency table t names: in its scale note ("(in millions of euros)",
 * "(\u20ac in millions)"), else by the signs its cells print ("C$ 1,234");
 * NULL when it names none. */
static const char *table_currency(const xc_taxonomy *tax, const xc_table *t, const char *scale)
{
    const char *code = xc_taxonomy_currency_in(tax, scale);
    for (size_t i = 0; i < t->nrows && !code; i++) {
        const xc_row *r = &t->rows[i];
        for (size_t j = 0; r->kind == XC_ROW_DATA && j < t->ncols && !code; j++) {
            const char *p = r->cells[j];
            if (!p)
                continue;
            while (*p == ' ' || *p == '(')
                p++;
            /* (a bare "$" names none: only a symbol or capitals may) */
            if ((unsigned char)*p < 0x80 && !(*p >= 'A' && *p <= 'Z'))
                continue;
            size_t n = xc_currency_sign(p, strnlen(p, 8));
            code = n ? xc_taxonomy_currency_sign(tax, p, n) : NULL;
        }
    }
    return code;
}

/* The measure of a currency ("iso4217:EUR"), pooled in m. */
static const char *currency_measure(xc_model *m, const char *code)
{
    char mq[16];
    snprintf(mq, sizeof(mq), "iso4217:%.3s", code);
    return xc_model_intern(m, mq);
}

/* Whether a table prints an amount with its currency sign: rows of money
 * ("Revenue  $ 520,000  $ 540,000" under "Low  High"), so that skipping
 * them for want of a period deserves a warning however few they are (a
 * few rows without one are mostly prose or footnotes read as a table). */
static int prints_money(const xc_table *t)
{
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t j = 0; t->rows[r].cells && j < t->ncols; j++) {
            const char *c = t->rows[r].cells[j];
            xc_number v;
            if (c && xc_number_parse(c, strlen(c), &v) == 0 && (v.flags & XC_NUM_DOLLAR))
                return 1;
        }
    return 0;
}

/* Whether a table gives each line as a percentage of revenue (a common-size
 * statement): its first row of amounts prints 100% in every cell
 * ("Revenue 100.0% 100.0%"), or does so below a few lines of percentages
 * only and above further lines ("Product 94.7%", "Services 5.3%", then
 * their total's 100.0% and "Cost of revenue"; a mix of revenue that ends
 * at its 100% is no statement), or its title says so
 * ("as a percentage of revenue") and it prints no dollar amount and no
 * scale. Its rows repeat the statement's lines as ratios, under the same
 * names. */
static int common_size(const xc_taxonomy *tax, const xc_table *t)
{
    size_t seen = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const xc_row *row = &t->rows[r];
        if (row->kind != XC_ROW_DATA)
            continue;
        int cells = 0, hundred = 0, pct = 0;
        for (size_t j = 0; j < t->ncols; j++) {
            const char *c = row->cells[j];
            xc_number v;
            if (!c)
                continue;
            cells++;
            if (xc_number_parse(c, strlen(c), &v) == 0 && (v.flags & XC_NUM_PERCENT)) {
                pct++;
                hundred += xc_decimal_cmp(v.value, xc_decimal_from_int(100)) == 0;
            }
        }
        if (cells >= 1 && hundred == cells) {
            if (!seen)
                return 1;
            for (size_t q = r + 1; q < t->nrows; q++)
                if (t->rows[q].kind == XC_ROW_DATA)
                    return 1;
            break;
        }
        if (!cells || pct < cells || ++seen > 8)
            break;
    }
    if (prints_money(t))
        return 0;
    /* (nor a scale of its own: "in millions, except percentages") */
    for (size_t k = 0; k < t->ntitle + t->ncols; k++) {
        int shares;
        if (xc_scale_of(k < t->ntitle ? t->title[k] : t->colhead[k - t->ntitle], &shares) >= 0)
            return 0;
    }
    for (size_t k = 0; k < t->ntitle; k++) {
        const char *p = xc_memcasemem(t->title[k], strlen(t->title[k]), "percentage of");
        if (!p)
            p = xc_memcasemem(t->title[k], strlen(t->title[k]), "percent of");
        if (p) {
            xc_words w = xc_words_seen(tax, p, 0);
            if (xc_words_has(&w, "revenue") || xc_words_has(&w, "sale") ||
                xc_words_has(&w, "sales") || xc_words_has(&w, "revenues"))
                return 1;
        }
    }
    return 0;
}

/* The industries the release belongs to (XC_IND_* bits): for each, rows
 * of amounts of two kinds that only that industry prints (the
 * vocabulary's <industry name="bank">: "Net interest income", "Provision
 * for loan losses", "Total deposits"). A company with interest income of
 * its own prints one such row at most. */
static unsigned industries(const xc_taxonomy *tax, const xc_doc *doc)
{
    const xc_phrase *first[XC_NIND] = {0};
    unsigned found = 0, all = (1u << XC_NIND) - 1;
    for (size_t i = 0; i < doc->ntables && found != all; i++)
        for (size_t k = 0; k < doc->tables[i].nrows && found != all; k++) {
            /* rows with amounts: the mapper reads their words anyway */
            const char *label = doc->tables[i].rows[k].label;
            if (doc->tables[i].rows[k].kind != XC_ROW_DATA || !label[0])
                continue;
            xc_words w = xc_words_seen(tax, label, 1);
            uint64_t sig = xc_words_sig(&w);
            for (int n = 0; n < XC_NIND; n++)
                for (size_t p = 0; !(found >> n & 1) && p < tax->nindustry[n]; p++) {
                    const xc_phrase *ph = &tax->industry[n][p];
                    /* (a phrase of one word, its "total" a stop word, is
                     * the whole label: "Total loans", not "Current portion
                     * of term loan") */
                    if ((ph->sig & ~sig) == 0 && ph != first[n] &&
                        (ph->words.n > 1 || w.n == 1) &&
                        xc_words_contains_phrase(&w, &ph->words)) {
                        if (first[n])
                            found |= 1u << n;
                        first[n] = ph;
                    }
                }
        }
    return found;
}

int xc_interpret(xc_doc *doc, const xc_taxonomy *tax, const xc_options *opt, xc_model *m,
                 xc_diag *d)
{
    ictx c;
    memset(&c, 0, sizeof(c));
    c.fy.stated = XC_NODATE;
    c.doc = doc;
    c.tax = tax;
    c.opt = opt;
    c.m = m;
    c.d = d;
    xc_map_forget(tax); /* each release maps afresh */
    xc_model_set(&m->source, doc->text->name);
    c.source = xc_model_intern(m, m->source);
    xc_model_ns(m, "xbrli", "http://www.xbrl.org/2003/instance");
    xc_model_ns(m, "iso4217", "http://www.xbrl.org/2003/iso4217");
    xc_model_ns(m, tax->prefix, tax->ns);
    xc_model_ns(m, "dei", "http://xbrl.sec.gov/dei/2025");
    xc_document_meta(&c);
    c.industry = industries(tax, doc);
    xc_transpose_measures(&c, doc);
    xc_transpose_periods(&c, doc);
    split_years(doc);
    continue_headless(tax, doc);

    size_t nt = doc->ntables;
    colspec(*cols)[MAXCOL] = xc_xcalloc(nt ? nt : 1, sizeof(*cols));
    int *ncols = xc_xcalloc(nt ? nt : 1, sizeof(int));
    int *nper = xc_xcalloc(nt ? nt : 1, sizeof(int));
    xc_table_info *infos = xc_xcalloc(nt ? nt : 1, sizeof(xc_table_info));
    int *scales = xc_xcalloc(nt ? nt : 1, sizeof(int));
    int *shx = xc_xcalloc(nt ? nt : 1, sizeof(int));
    unsigned char *counted = xc_xcalloc(nt ? nt : 1, 1); /* its own scale counts things */
    unsigned char *tier = xc_xcalloc(nt ? nt : 1, 1);    /* when it is read (below) */

    for (size_t i = 0; i < nt; i++) {
        const xc_table *t = &doc->tables[i];
        xc_table_info *ti = &infos[i];
        nper[i] = xc_read_columns(tax, t, cols[i], &ncols[i], m->release_date);
        xc_buf title = {0};
        for (size_t k = 0; k < t->ntitle; k++) {
            if (k)
                xc_buf_puts(&title, " / ");
            xc_buf_puts(&title, t->title[k]);
        }
        ti->title = title.ptr ? xc_buf_detach(&title) : NULL;
        for (size_t k = t->ntitle; k > 0 && ti->statement == XC_STMT_UNKNOWN; k--)
            ti->statement = xc_taxonomy_statement_of(tax, t->title[k - 1]);
        for (size_t k = 0; k < t->nrows && t->rows[k].kind != XC_ROW_DATA &&
                           ti->statement == XC_STMT_UNKNOWN; k++)
            if (t->rows[k].kind == XC_ROW_TEXT)
                ti->statement = xc_taxonomy_statement_of(tax, t->rows[k].label);
        /* "LIABILITIES AND STOCKHOLDERS' EQUITY" atop the second half of a
         * balance sheet names no statement of equity, whose columns are its
         * components: over columns of instants, the rows say which */
        ti->nongaap = title_has(tax, t, tax->nongaap, tax->nnongaap);
        tier[i] = ti->nongaap                                                        ? 3
                  : ti->statement == XC_STMT_INCOME || ti->statement == XC_STMT_COMPREHENSIVE ? 0
                  : ti->statement == XC_STMT_BALANCE || ti->statement == XC_STMT_CASHFLOW     ? 1
                                                                                             : 2;
        if (ti->statement == XC_STMT_UNKNOWN ||
            (ti->statement == XC_STMT_EQUITY && xc_instants_only(cols[i], ncols[i]))) {
            ti->statement = guess_statement(tax, t, cols[i], ncols[i], c.industry);
            xc_statement from = ti->nongaap ? anchor_statement(tax, t, c.industry)
                                            : XC_STMT_UNKNOWN;
            if (from != XC_STMT_UNKNOWN)
                ti->statement = from;
        }
        ti->segment = title_has(tax, t, tax->segment, tax->nsegment) ||
                      (i > 0 && infos[i - 1].segment && sibling_segment(tax, t - 1, t));
        scales[i] = table_scale(t, &shx[i], &ti->scale_text);
        counted[i] = scales[i] > 0 && bare_scale(ti->scale_text) && counts_only(tax, t);
        /* "($ in millions)" printed once above several tables on a page:
         * a table with no scale and no statement title of its own inherits
         * the scale of the table just above it, whatever its rows suggest
         * ("Domestic segment detail for the 13 weeks ended June 28, 2003") */
        long from = -1; /* the table whose scale this one takes */
        if (scales[i] < 0 && i > 0 && scales[i - 1] >= 0 &&
            (t->header_line ? t->header_line : t->first_line) - doc->tables[i - 1].last_line < 40) {
            int named = 0;
            for (size_t k = 0; k < t->ntitle; k++)
                named |= xc_taxonomy_statement_of(tax, t->title[k]) != XC_STMT_UNKNOWN;
            if (!named)
                from = (long)i - 1;
        }
        /* a statement of its own with no scale ("Selected balance sheet
         * data:" below a statement "in thousands") is in the release's
         * scale when its amounts are as large as those of the last table
         * that stated one; amounts a thousand times larger are dollars */
        for (size_t j = i; scales[i] < 0 && from < 0 && j-- > 0;)
            if (scales[j] >= 0) {
                if (amount_digits(t) <= amount_digits(&doc->tables[j]) + 1)
                    from = (long)j;
                break;
            }
        if (from >= 0) {
            scales[i] = scales[from];
            shx[i] = shx[from];
            if (infos[from].scale_text)
                ti->scale_text = xc_xstrdup(infos[from].scale_text);
        }
        /* else its own arithmetic may tell */
        if (scales[i] < 0 && (scales[i] = eps_scale(tax, t, c.industry)) > 0) {
            shx[i] = 0; /* (the shares it proved counted one by one) */
            xc_diag_add(d, XC_NOTE, XC_EPARSE, m->source, t->first_line, 1,
                        "table %d states no scale; its earnings per share show its amounts "
                        "in %s", (int)i + 1, scales[i] == 3 ? "thousands" : "millions");
        }
        ti->first_line = t->first_line;
        ti->last_line = t->last_line;
    }
    xc_said_quarter_ends(&c, cols, ncols, nt);
    xc_find_fiscal_year_end(&c, infos, cols, ncols, nt);
    xc_weekly_rule(&c.fy, cols, ncols, nt);
    xc_fiscal_naming(&c, cols, ncols, nt);
    xc_place_month_ends(&c.fy, cols, ncols, nt);
    xc_place_quarters(&c.fy, cols, ncols, nt);
    if (c.fy.month) {
        m->fiscal_year_end_month = c.fy.month;
        m->fiscal_year_end_day = c.fy.day;
    }

    /* money is in the currency a table names: over its first column that
     * names one ("RMB" before "US$", a translation for convenience, whose
     * column keeps its own), else in its scale note or cells; else in the
     * one named before, else the one the opening text gives all amounts
     * in, else the vocabulary's default */
    const char *money = c.said_money         ? c.said_money
                        : tax->default_currency ? tax->default_currency
                                                : "USD";
    const char **moneys = xc_xmalloc((nt ? nt : 1) * sizeof(*moneys));
    for (size_t i = 0; i < nt; i++) {
        const char *named = NULL;
        for (int j = 0; j < ncols[i] && !named; j++)
            named = cols[i][j].currency;
        if (!named)
            named = table_currency(tax, &doc->tables[i], infos[i].scale_text);
        if (named)
            money = named;
        moneys[i] = money;
    }
    /* the statements their titles name first, of income before the
     * others (whose "Net income" repeats it), then the other tables, then
     * the non-GAAP ones, whose rows are the statements' concepts where they
     * repeat the statements' figures: a summary of results above the
     * statements then reads its "Revenue" and "Net income" as the
     * statements do (ProfitLoss beside a noncontrolling interest) */
    for (size_t pass = 0; pass < 4 * nt; pass++) {
        size_t i = pass % nt;
        if (tier[i] != pass / nt)
            continue;
        const xc_table *t = &doc->tables[i];
        money = moneys[i];
        c.money = currency_measure(m, money);
        tstate s;
        memset(&s, 0, sizeof(s));
        s.tax = tax;
        s.d = d;
        s.source = m->source;
        s.t = t;
        s.stmt = infos[i].statement;
        s.nongaap = infos[i].nongaap;
        s.segment = infos[i].segment;
        for (size_t k = 0; k < t->ntitle && !s.seg_axis; k++)
            xc_taxonomy_segment_axis(tax, t->title[k], &s.seg_axis);
        s.scale = scales[i] > 0 ? scales[i] : 0;
        s.share_scale = shx[i];
        s.counts = counted[i] || xc_scale_counts(tax, infos[i].scale_text);
        s.scale_text = infos[i].scale_text;
        if (infos[i].scale_text)
            s.excepts = xc_memcasemem(infos[i].scale_text, strlen(infos[i].scale_text),
                                      "except");
        s.per_share = title_per_share(tax, t);
        s.as_of = -1;
        s.industry = c.industry;
        s.entity = m->entity_name;
        s.ticker = m->ticker;
        s.ncols = ncols[i];
        s.side = XC_SIDE_ASSET;
        memcpy(s.cols, cols[i], sizeof(colspec) * (size_t)ncols[i]);
        for (int j = 0; j < s.ncols; j++) {
            if (s.cols[j].currency && strcmp(s.cols[j].currency, money)) {
                s.cols[j].money = currency_measure(m, s.cols[j].currency);
                s.currencies = 1;
            }
            /* a reconciliation across reads its rows as the statements
             * do: the non-GAAP figures are its columns' (emit_table) */
            if (s.cols[j].recon)
                s.nongaap = 0;
        }
        xc_resolve_columns(&c, &s);
        int used = 0, parts = 0;
        for (int j = 0; j < s.ncols; j++) {
            used += s.cols[j].use;
            parts += s.cols[j].use && (s.cols[j].member || s.cols[j].axis);
        }
        c.table_no = (int)i + 1;
        /* a column of amounts beside dated ones whose header names no
         * period (and no change or share of a total) gives no facts: say so */
        for (int j = 0; j < s.ncols && used; j++) {
            if (s.cols[j].use || s.cols[j].ps.kind != XC_COL_UNKNOWN)
                continue;
            size_t amounts = 0;
            for (size_t r = 0; r < t->nrows; r++) {
                xc_number num;
                const char *cell = t->rows[r].kind == XC_ROW_DATA ? t->rows[r].cells[j] : NULL;
                amounts += cell && xc_number_parse(cell, strlen(cell), &num) == 0 &&
                           !(num.flags & (XC_NUM_PERCENT | XC_NUM_DASH));
            }
            if (amounts)
                xc_diag_add(d, XC_WARNING, XC_EPARSE, m->source, t->first_line, 1,
                            "table %zu: column %d (\"%s\") names no period; its %zu amount%s "
                            "skipped",
                            i + 1, j + 1, t->colhead[j], amounts, amounts == 1 ? " is" : "s are");
        }
        /* a statement of changes in equity sets its components across
         * ("Common Stock", "Retained Earnings") and its balances and
         * changes down ("Balance, December 31, 2022"): no segments of a
         * period, which is what its columns would read as */
        if (used && parts >= 2 && s.stmt == XC_STMT_EQUITY) {
            xc_diag_add(d, XC_WARNING, XC_EPARSE, m->source, t->first_line, 1,
                        "table %zu is a statement of changes in equity, its components "
                        "across; its %zu rows are skipped",
                        i + 1, t->nrows);
            used = 0;
        }
        if (used && common_size(tax, t)) {
            xc_diag_add(d, XC_NOTE, XC_EPARSE, m->source, t->first_line, 1,
                        "table %zu gives each line as a percentage of revenue; its %zu row%s "
                        "skipped",
                        i + 1, t->nrows, t->nrows == 1 ? " is" : "s are");
            used = 0;
        }
        if (used) {
            xc_build_records(&s);
            s.instant = xc_xcalloc(s.nrecs + 1, 1);
            pershare_columns(&s);
            xc_settle_duplicates(&s);
            xc_split_attribution(&s);
            xc_resolve_signs(&s);
            xc_name_totals(&s);
            xc_name_differences(&s);
            xc_settle_owners_share(&s);
            net_income_by_eps(&s);
            xc_extension_sides(&s);
            check_share_scale(&s);
            emit_table(&c, &s);
            emit_capital(&c, &s);
            emit_contra(&c, &s);
            add_calcs(&c, &s);
        } else if (nper[i] == 0 && (t->nrows > 2 || prints_money(t))) {
            const char *measures = NULL;
            for (int j = 0; j < ncols[i] && !measures; j++)
                measures = cols[i][j].own_scale ? cols[i][j].words : NULL;
            if (measures)
                xc_diag_add(d, XC_WARNING, XC_EPARSE, m->source, t->first_line, 1,
                            "table %zu prints several measures under each period, each "
                            "with a scale of its own (\"%s\"); its %zu rows are skipped",
                            i + 1, measures, t->nrows);
            else
                xc_diag_add(d, XC_WARNING, XC_EPARSE, m->source, t->first_line, 1,
                            "table %zu has no period in its column headers; its %zu row%s "
                            "skipped",
                            i + 1, t->nrows, t->nrows == 1 ? " is" : "s are");
        }
        for (size_t k = 0; k < s.nrecs; k++)
            xc_free_rec(&s.recs[k]);
        free(s.recs);
        free(s.instant);
        free(s.unit_head);
        for (int k = 0; k < s.nheads; k++)
            xc_free_heading(&s.heads[k]);
    }
    free(moneys);
    for (size_t i = 0; i < nt; i++) {
        const xc_table *t = &doc->tables[i];
        /* the footnotes under a text table, for the statements view (an
         * HTML source's lines start with markup, so they give none) */
        infos[i].notes = xc_table_notes(doc->text, t->last_line,
                                         i + 1 < doc->ntables ? doc->tables[i + 1].first_line : 0);
        /* the source rows, for the review view */
        infos[i].ncols = t->ncols;
        infos[i].rows = xc_model_alloc(m, t->nrows * sizeof(xc_src_row));
        for (size_t r = 0; r < t->nrows; r++) {
            xc_src_row *sr = &infos[i].rows[infos[i].nrows++];
            sr->line = t->rows[r].line;
            /* the document's texts and cell blocks, which m adopts */
            sr->label = t->rows[r].label ? t->rows[r].label : (char *)"";
            sr->cells = t->rows[r].cells;
        }
        xc_model_add_table(m, &infos[i]);
        infos[i].rows = NULL; /* the model owns them now */
        infos[i].notes = NULL;
        infos[i].nrows = 0;
    }
    xc_add_dei(&c);
    {
        char date[16];
        xc_buf uri = {0};
        xc_buf_printf(&uri, "urn:xbrlconv:ext:%s:%s", m->ext_prefix,
                      m->period_end != XC_NODATE ? xc_date_format(m->period_end, date) : "0");
        xc_model_ns(m, m->ext_prefix, uri.ptr);
        xc_buf_free(&uri);
    }
    for (size_t i = 0; i < nt; i++) {
        for (int j = 0; j < ncols[i]; j++) {
            free(cols[i][j].member);
            free(cols[i][j].words);
            free(cols[i][j].dim_member);
        }
        free(infos[i].title);
        free(infos[i].scale_text);
    }
    free(cols);
    free(ncols);
    free(nper);
    free(infos);
    free(scales);
    free(shx);
    free(counted);
    free(tier);
    /* the facts' cells and the source rows point into the tables' texts */
    xc_model_adopt(m, &doc->mem);
    xc_model_sort(m);
    return c.added;
}
