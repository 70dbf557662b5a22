/* mapper.c: see mapper.h. */
#include "mapper.h"
#include "period.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Whether words name a part of a classified balance sheet ("current",
 * "noncurrent", "long-term") */
static int says_term(const xc_words *w)
{
    return xc_words_has_id(w, xc_word_id("current", 7)) ||
           xc_words_has_id(w, xc_word_id("noncurrent", 10)) ||
           xc_words_has_id(w, xc_word_id("term", 4));
}

static int fits(const xc_taxonomy *t, const xc_concept *c, const xc_map_ctx *ctx)
{
    (void)t;
    /* an amount per share is neither money nor a count of shares */
    if (ctx->per_share && (c->type == XC_TYPE_MONETARY || c->type == XC_TYPE_SHARES))
        return 0;
    if (c->industry && !(c->industry & ctx->industry))
        return 0;
    /* a statement of comprehensive income may hold the income statement
     * too, its first part (the single-statement presentation) */
    unsigned statements = c->statements;
    if (statements & (1u << XC_STMT_INCOME))
        statements |= 1u << XC_STMT_COMPREHENSIVE;
    if (ctx->statement != XC_STMT_UNKNOWN && ctx->statement != XC_STMT_OTHER &&
        !(statements & (1u << ctx->statement)))
        return 0;
    if (ctx->statement == XC_STMT_BALANCE && c->side != XC_SIDE_NONE &&
        ctx->side != XC_SIDE_NONE) {
        int asset_c = c->side == XC_SIDE_ASSET;
        int asset_x = ctx->side == XC_SIDE_ASSET;
        if (asset_c != asset_x)
            return 0;
        /* under "Stockholders' equity:", no liability ("Deferred
         * compensation" there is contra-equity) */
        if (ctx->side == XC_SIDE_EQUITY && c->side == XC_SIDE_LIABILITY && !c->holds_equity)
            return 0;
        /* nor equity among current liabilities ("Deferred compensation"
         * there is owed within the year) */
        if (ctx->term == XC_TERM_CURRENT && c->side == XC_SIDE_EQUITY)
            return 0;
    }
    return 1;
}

/* Whether the comma at `comma` separates the items of a list: one or two
 * words before it, then items of one or two words up to an "and"
 * ("Selling, marketing, general and administrative" is no kind of
 * "Selling", nor "Purchased power, fuel and transmission" purchased power
 * alone; "Sales, net of returns and allowances" is sales, qualified). */
static int is_list(const char *label, const char *comma)
{
    const char *blank = memchr(label, ' ', (size_t)(comma - label));
    if (blank && memchr(blank + 1, ' ', (size_t)(comma - blank - 1)))
        return 0;
    int words = 0;
    for (const char *p = comma + 1; *p; p++) {
        if (*p == ',') {
            words = 0;
            continue;
        }
        if (*p != ' ' && (p[-1] == ' ' || p[-1] == ',')) {
            if (xc_isdigit((unsigned char)*p))
                return 0; /* figures, not items ("at cost, 2020 and 2019") */
            words++;
        }
        if (!strncmp(p, " and ", 5) || !strncmp(p, " & ", 3))
            return words >= 1 && words <= 2;
        if (words > 2)
            return 0;
    }
    return 0;
}

/* The label up to its first comma, semicolon, dash (xc_dash_at) or colon
 * within it ("Common stock: $0.001 par value ..."). */
static char *first_clause(const char *label)
{
    const char *end = NULL;
    int depth = 0;
    for (const char *p = label; *p; p++) {
        depth += (*p == '(') - (*p == ')');
        if (depth > 0)
            continue;
        if (*p == ',' || *p == ';' || (*p == ':' && p[1] == ' ' && p[2]) ||
            ((*p == ' ' || (unsigned char)*p == 0xE2) && xc_dash_at(label, p))) {
            end = p;
            break;
        }
    }
    if (!end)
        return NULL;
    if (*end == ',' && is_list(label, end))
        return NULL;
    return xc_xstrndup(label, (size_t)(end - label));
}

/* Where the label's figures begin: " of $55 and $58, respectively", " of
 * 1,234 shares"; NULL when it prints none. */
static const char *of_figures(const char *label)
{
    for (const char *p = strstr(label, " of "); p; p = strstr(p + 1, " of ")) {
        const char *q = p + 4;
        q += *q == '$';
        if (xc_isdigit((unsigned char)*q) || (*q == '.' && xc_isdigit((unsigned char)q[1])))
            return p;
    }
    return NULL;
}

/* Where a label says what its amount is net of ("Property and equipment,
 * net of accumulated depreciation of $2,288,804", "Accounts receivable
 * (net of allowance of $57,177)", "... (less accumulated depreciation of
 * $5,587.3)"): the comma or parenthesis that opens it, or NULL. Not net of
 * a current part, which makes the rest non-current ("Long-term debt, net
 * of current portion"). */
static const char *nets(const char *label)
{
    for (const char *net = strpbrk(label, ",("); net; net = strpbrk(net + 1, ",(")) {
        const char *p = net + 1;
        while (*p == ' ')
            p++;
        /* (or takes off what reduces it: "Property, plant and equipment
         * (less accumulated depreciation of $5,587.3, ...)") */
        int of = xc_strncaseeq(p, "net of ", 7);
        if (!of && xc_strncaseeq(p, "less ", 5)) {
            const char *rest = p + 5;
            size_t n = strlen(rest);
            of = xc_memcasemem(rest, n, "accumulated") || xc_memcasemem(rest, n, "allowance") ||
                 xc_memcasemem(rest, n, "reserve");
        }
        if (of)
            return xc_memcasemem(net, strlen(net), "current") ? NULL : net;
    }
    return NULL;
}

/* The label without its parenthesised text: every one (all), else those
 * of several words or with figures. NULL when none is dropped. */
static char *strip_parens(const char *label, int all)
{
    xc_buf b = {0};
    const char *s = label, *p;
    int dropped = 0;
    while ((p = strchr(s, '(')) != NULL) {
        const char *q = strchr(p, ')');
        if (!q)
            break;
        int spaces = 0, digits = 0;
        for (const char *r = p; r < q; r++) {
            spaces += *r == ' ';
            digits += xc_isdigit((unsigned char)*r);
        }
        xc_buf_put(&b, s, (size_t)(p - s));
        if (all || spaces >= 1 || digits > 2)
            dropped = 1;
        else
            xc_buf_put(&b, p, (size_t)(q - p + 1));
        s = q + 1;
    }
    xc_buf_puts(&b, s);
    if (!dropped) {
        xc_buf_free(&b);
        return NULL;
    }
    return xc_buf_detach(&b);
}

/* The label without parenthesised qualifiers of several words or with
 * figures ("Accounts receivable (net of allowance of $57,177)"), and
 * without the figures it ends with ("Accounts receivable less allowance
 * of $55 and $58, respectively"); one-word parentheses such as "(loss)"
 * stay; what it is net of ("X, net of ...": "X, net"). NULL when there is
 * none. */
static char *drop_qualifiers(const char *label)
{
    const char *net = nets(label);
    if (net) { /* "X, net" */
        const char *e = net;
        while (e > label && e[-1] == ' ')
            e--;
        xc_buf b = {0};
        xc_buf_put(&b, label, (size_t)(e - label));
        xc_buf_puts(&b, ", net");
        return xc_buf_detach(&b);
    }
    const char *p = strchr(label, '(');
    const char *fig = strpbrk(label, "0123456789") ? of_figures(label) : NULL;
    if (fig && (!p || fig < p))
        return xc_xstrndup(label, (size_t)(fig - label));
    if (!p)
        return NULL;
    return strip_parens(label, 0);
}

/* Where a label names its noncurrent part by the current part it leaves
 * out: the ", net of current portion" of "Notes payable, net of current
 * portion" (also "less", "excluding", "maturities"); NULL when it does not */
static const char *leaves_current(const char *label)
{
    static const char *const verbs[] = {"net of ", "less ", "excluding ", "less: "};
    for (const char *c = strchr(label, ','); c; c = strchr(c + 1, ',')) {
        const char *p = c + 1;
        while (*p == ' ')
            p++;
        size_t k = 0;
        while (k < sizeof(verbs) / sizeof(*verbs) && !xc_strncaseeq(p, verbs[k], strlen(verbs[k])))
            k++;
        if (k == sizeof(verbs) / sizeof(*verbs))
            continue;
        p += strlen(verbs[k]);
        if (xc_strncaseeq(p, "the ", 4))
            p += 4;
        if (!xc_strncaseeq(p, "current ", 8))
            continue;
        p += 8;
        if (xc_strncaseeq(p, "portion", 7) || xc_strncaseeq(p, "maturities", 10))
            return c;
    }
    return NULL;
}

/* Whether every word of p is about a period, and one names a time
 * ("the three months ended June 30, 2004", "year", "June 30, 2024"). */
static int names_period(const char *p)
{
    int time = 0;
    while (*p) {
        while (*p == ' ' || *p == ',')
            p++;
        const char *w = p;
        while (*p && *p != ' ' && *p != ',')
            p++;
        size_t n = (size_t)(p - w);
        if (xc_period_names_time(w, n) || (n == 6 && xc_strncaseeq(w, "period", 6)))
            time = 1;
        else if (n && !xc_isdigit((unsigned char)*w) && !xc_period_is_word(w, n))
            return 0;
    }
    return time;
}

/* The label before a closing phrase that names its period or date ("Net
 * income for the year", "Net loss for the three months ended June 30,
 * 2004", "Total assets as of June 30, 2024"), which the fact's context
 * says; NULL when it has none. */
static char *drop_period_tail(const char *label)
{
    static const char *const lead[] = {" for ", " as of ", " at "};
    size_t len = strlen(label);
    for (size_t i = 0; i < sizeof(lead) / sizeof(*lead); i++)
        for (const char *f = xc_memcasemem(label, len, lead[i]); f;
             f = xc_memcasemem(f + 1, len - (size_t)(f + 1 - label), lead[i]))
            if (names_period(f + strlen(lead[i])))
                return xc_xstrndup(label, (size_t)(f - label));
    /* and inside it: "Cash paid during the period for interest" */
    const char *d = xc_memcasemem(label, len, " during ");
    if (d) {
        const char *e = d + 8;
        const char *f = xc_memcasemem(e, len - (size_t)(e - label), " for ");
        if (f) {
            char *span = xc_xstrndup(e, (size_t)(f - e));
            int period = names_period(span);
            free(span);
            if (period) {
                xc_buf b = {0};
                xc_buf_put(&b, label, (size_t)(d - label));
                xc_buf_puts(&b, f);
                return xc_buf_detach(&b);
            }
        }
    }
    return NULL;
}

/* A heading's words without the frame that introduces its rows: a note
 * mark, "Includes" and "as follows" ("(1) Includes stock-based
 * compensation as follows:" is stock-based compensation); NULL when it has
 * none. */
static char *drop_framing(const char *label)
{
    const char *a = label, *z = label + strlen(label);
    if (*a == '(' && xc_isdigit((unsigned char)a[1])) {
        const char *q = a + 1;
        while (xc_isdigit((unsigned char)*q))
            q++;
        if (*q == ')')
            a = q + 1;
    }
    while (*a == ' ')
        a++;
    static const char *const lead[] = {"includes ", "including ", "included "};
    for (size_t i = 0; i < sizeof(lead) / sizeof(*lead); i++)
        if (xc_strncaseeq(a, lead[i], strlen(lead[i])))
            a += strlen(lead[i]);
    while (z > a && (z[-1] == ':' || z[-1] == ' '))
        z--;
    if ((size_t)(z - a) > 11 && xc_strncaseeq(z - 11, " as follows", 11))
        z -= 11;
    if (a == label && *z == '\0')
        return NULL;
    return z > a ? xc_xstrndup(a, (size_t)(z - a)) : NULL;
}

/* What a cash flow's change is in ("Increase (decrease) in accrued
 * expenses": "accrued expenses", which a change concept's alias names);
 * NULL when the label does not begin with words of change and "in". */
static char *drop_change(const char *label)
{
    static const char *const W[] = {"net", "increase", "decrease", "change", "changes", "and"};
    int change = 0;
    for (const char *p = label;;) {
        while (*p == ' ' || *p == '(' || *p == ')' || *p == '/')
            p++;
        size_t n = 0;
        while (xc_isalpha((unsigned char)p[n]))
            n++;
        if (n == 2 && xc_strncaseeq(p, "in", 2) && p[2] == ' ')
            return change ? xc_xstrdup(p + 3) : NULL;
        size_t k = 0;
        while (k < sizeof(W) / sizeof(*W) && !(strlen(W[k]) == n && xc_strncaseeq(p, W[k], n)))
            k++;
        if (!n || k == sizeof(W) / sizeof(*W))
            return NULL;
        change |= k >= 1 && k <= 4;
        p += n;
    }
}

/* The label without any parentheses ("Loss before (benefit) provision for
 * income taxes": "Loss before provision for income taxes"); NULL when it
 * has no word in parentheses (drop_qualifiers drops longer ones, the
 * words footnote marks such as "(1)"). */
static char *drop_parens(const char *label)
{
    int word = 0;
    for (const char *p = strchr(label, '('); p && !word; p = strchr(p + 1, '(')) {
        size_t n = strcspn(p + 1, "() ");
        word = p[1 + n] == ')' && n > 1 && xc_isalpha((unsigned char)p[1]);
    }
    return word ? strip_parens(label, 1) : NULL;
}

/* The word after the blanks at p; *n: its letters (0 when none). */
static const char *next_word(const char *p, size_t *n)
{
    while (*p == ' ')
        p++;
    *n = 0;
    while (xc_isalpha((unsigned char)p[*n]))
        (*n)++;
    return p;
}

/* Whether the n letters at w are word (any case). */
static int word_is(const char *w, size_t n, const char *word)
{
    return strlen(word) == n && xc_strncaseeq(w, word, n);
}

/* The label with the share of "per share" plainly named: without the
 * words that say which share is meant, as every per-share amount of a
 * release means the average common share ("Loss per Average Share of
 * Common Stock": "Loss per Share"); a kind (basic, diluted) stays. NULL
 * when it names the share plainly already. */
static char *drop_share_words(const char *label)
{
    static const char *const QUAL[] = {"average", "weighted", "common", "ordinary", NULL};
    static const char *const KIND[] = {"basic", "diluted", NULL};
    static const char *const TAIL[] = {"of", "common", "stock", "outstanding", NULL};
    const char *per = NULL;
    for (const char *p = label; (p = xc_memcasemem(p, strlen(p), "per ")) != NULL; p += 4)
        if (p == label || !xc_isalpha((unsigned char)p[-1])) {
            per = p;
            break;
        }
    if (!per)
        return NULL;
    xc_buf b = {0};
    xc_buf_put(&b, label, (size_t)(per - label) + 3);
    int dropped = 0, share = 0;
    const char *p = per + 3;
    for (;;) {
        while (*p == ' ' || *p == '-')
            p++;
        const char *w = p;
        while (xc_isalpha((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - w);
        int drop = 0;
        for (const char *const *q = share ? TAIL : QUAL; *q && n && !drop; q++)
            drop = word_is(w, n, *q);
        /* "of" only before the class it names ("share of common stock") */
        if (drop && share && word_is(w, n, "of")) {
            size_t m;
            const char *nx = next_word(p, &m);
            drop = word_is(nx, m, "common") || word_is(nx, m, "stock");
        }
        if (drop) {
            dropped = 1;
            continue;
        }
        int kind = 0;
        for (const char *const *q = KIND; *q && n && !share; q++)
            kind = word_is(w, n, *q);
        if (kind || (!share && (word_is(w, n, "share") || word_is(w, n, "shares")))) {
            share |= !kind;
            xc_buf_putc(&b, ' ');
            xc_buf_put(&b, w, n);
            continue;
        }
        break;
    }
    if (!dropped || !share) {
        xc_buf_free(&b);
        return NULL;
    }
    if (*p)
        xc_buf_putc(&b, ' ');
    xc_buf_puts(&b, p);
    return xc_buf_detach(&b);
}

/* A per-share label without whom the earnings are attributable to, where
 * that is the registrant, which the converter writes "Company" ("Income
 * (loss) per share attributable to USA TODAY Co. - basic": "... to
 * Company - basic": "Income (loss) per share - basic"): the phrase after
 * "per share" up to the kind named (basic, diluted) or the end; NULL when
 * it has none. (The holders of a class, "redeemable common stockholders",
 * are a member's words.) */
static char *drop_whose(const xc_taxonomy *t, const char *label)
{
    const char *per = xc_memcasemem(label, strlen(label), "per ");
    const char *at = per ? xc_memcasemem(per, strlen(per), " attributable to ") : NULL;
    if (!at || !xc_memcasemem(per, (size_t)(at - per), "share"))
        return NULL;
    const char *rest = at + 17;
    for (const char *p = rest; *p;) {
        size_t n;
        const char *w = next_word(p, &n);
        if (!n) {
            p = w + (*w != '\0');
            continue;
        }
        if (word_is(w, n, "basic") || word_is(w, n, "diluted")) {
            rest = w;
            break;
        }
        p = w + n;
        rest = p;
    }
    char *whom = xc_xstrndup(at + 17, (size_t)(rest - (at + 17)));
    xc_words w = xc_words_seen(t, whom, 0);
    free(whom);
    if (w.n != 1 || w.w[0] != xc_word_id("company", 7))
        return NULL;
    xc_buf b = {0};
    xc_buf_put(&b, label, (size_t)(at - label));
    if (*rest) {
        xc_buf_putc(&b, ' ');
        xc_buf_puts(&b, rest);
    }
    return xc_buf_detach(&b);
}

/* The label before a closing phrase that names someone: a preposition of
 * <prepositions> followed only by capitalised words, in a label whose
 * other words (but the first) are lower case ("Equity earnings from Cellco
 * Partnership": "Equity earnings"); NULL when it has none. A label in
 * title case ("Income From Continuing Operations") names no one so. */
static char *drop_proper_tail(const xc_taxonomy *t, const char *label)
{
    const char *cut = NULL;
    int words = 0, lower = 1;
    for (const char *p = label; *p && lower;) {
        while (*p && !xc_isalpha((unsigned char)*p))
            p++;
        const char *w = p;
        while (xc_isalpha((unsigned char)*p) || *p == '\'' || *p == '-')
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            break;
        if (cut) {
            lower = *w >= 'A' && *w <= 'Z';
            continue;
        }
        int prep = 0;
        for (size_t k = 0; k < t->nprep && words >= 2 && !prep; k++)
            prep = strlen(t->prep[k]) == n && !strncmp(w, t->prep[k], n);
        if (prep)
            cut = w;
        else if (words++ && !(*w >= 'a' && *w <= 'z'))
            return NULL;
    }
    if (!cut || !lower || !*cut)
        return NULL;
    const char *e = cut;
    while (e > label && e[-1] == ' ')
        e--;
    return xc_xstrndup(label, (size_t)(e - label));
}

/* Whether the label's last word is "net" ("Buildings, net"), before any
 * parenthesised qualifier ("Property and equipment, net (including assets
 * held for sale)"), or it says what it is net of: the normalised words
 * drop it, but it rules out a gross amount. */
static int ends_net(const char *label)
{
    if (nets(label))
        return 1; /* "..., net of accumulated depreciation" */
    const char *e = label + strlen(label);
    for (;;) {
        while (e > label && !xc_isalpha((unsigned char)e[-1]) && e[-1] != ')')
            e--;
        if (e == label || e[-1] != ')')
            break;
        int depth = 0; /* back over the parenthesis */
        do {
            e--;
            depth += (*e == ')') - (*e == '(');
        } while (e > label && depth > 0);
        if (depth > 0)
            return 0;
    }
    return e - label > 4 && xc_strncaseeq(e - 3, "net", 3) && !xc_isalpha((unsigned char)e[-4]);
}

/* How much of a label comes before a closing "and other" ("Accrued
 * payroll and other": 15), or 0 when it does not end so. */
static size_t before_and_other(const char *label)
{
    size_t n = strlen(label);
    while (n && !xc_isalpha((unsigned char)label[n - 1]))
        n--;
    if (n > 1 && xc_strncaseeq(label + n - 1, "s", 1))
        n--; /* ("and others") */
    if (n < 11 || !xc_strncaseeq(label + n - 10, " and other", 10))
        return 0;
    return n - 10;
}

/* How much of a label comes before a closing "from continuing operations"
 * or "from discontinued operations" (*disc = 1) (or "of", ",", a dash:
 * "Net sales from continuing operations": 9), or 0 when it does not end
 * so. */
static size_t before_continuing(const char *label, int *disc)
{
    static const char *const PH[] = {"continuing operations", "discontinued operations"};
    static const char *const JOIN[] = {" from ", " of ", ", ", " - ", " \xe2\x80\x93 ",
                                       " \xe2\x80\x94 "};
    size_t n = strlen(label);
    while (n && !xc_isalpha((unsigned char)label[n - 1]))
        n--;
    for (int d = 0; d < 2; d++) {
        size_t k = strlen(PH[d]);
        if (n <= k || !xc_strncaseeq(label + n - k, PH[d], k))
            continue;
        size_t e = n - k;
        for (size_t q = 0; q < sizeof(JOIN) / sizeof(*JOIN); q++) {
            size_t jl = strlen(JOIN[q]);
            if (e > jl && xc_strncaseeq(label + e - jl, JOIN[q], jl)) {
                size_t m = e - jl;
                while (m && label[m - 1] == ' ')
                    m--;
                *disc = d;
                return m;
            }
        }
    }
    return 0;
}

/* The concept of k's continuing operations alone (disc 0) or of its
 * discontinued ones (1), or -1. */
static int operations_part(const xc_taxonomy *t, int k, int disc)
{
    return disc ? t->concepts[k].discontinued : t->concepts[k].continuing;
}

/* The day of a month at q ("30", "1st"), after spaces: 1 to 31, one or
 * two digits standing alone (not "2004"); 0 if none. */
static int day_of_month(const char *q)
{
    while (*q == ' ')
        q++;
    int n = 0, v = 0;
    while (xc_isdigit((unsigned char)q[n]) && n < 3)
        v = v * 10 + (q[n++] - '0');
    if (n == 0 || n > 2 || v < 1 || v > 31)
        return 0;
    return v;
}

/* A year at q after a day of a month (", 2003"), or 0. */
static int year_after_day(const char *q)
{
    while (*q == ' ')
        q++;
    while (xc_isdigit((unsigned char)*q))
        q++;
    while (xc_isalpha((unsigned char)*q)) /* "1st" */
        q++;
    if (*q == ',')
        q++;
    while (*q == ' ')
        q++;
    int n = 0, v = 0;
    while (xc_isdigit((unsigned char)q[n]) && n < 5)
        v = v * 10 + (q[n++] - '0');
    return n == 4 && v >= 1900 && v <= 2199 ? v : 0;
}

/* What places an instant in a label (xc_places_instant): 0 nothing, 1 a
 * word ("beginning of period"), 2 a day of a month, set in *date
 * (xc_label_date). */
static int scan_place(const char *label, xc_label_day *date)
{
    static const struct {
        const char *w;
        size_t n;
    } PLACE[] = {{"beginning", 9}, {"end", 3}, {"ending", 6}},
      NEXT[] = {{"of", 2}, {"balance", 7}, {"balances", 8}, {"period", 6}, {"year", 4}};
    int after_at = 0, set_off = 1, after_span = 0; /* what precedes the current word */
    int digits = strpbrk(label, "0123456789") != NULL; /* (no day without) */
    for (const char *p = label; *p;) {
        if (*p == '\xe2' && !strncmp(p, "\xe2\x80\x99", 3)) { /* a typographic apostrophe */
            p += 3;
            continue;
        }
        if (!xc_isalpha((unsigned char)*p)) {
            if (*p != ' ' && *p != '\'')
                set_off = 1; /* a comma, dash, colon or parenthesis */
            p++;
            continue;
        }
        const char *w = p;
        while (xc_isalpha((unsigned char)*p))
            p++;
        size_t n = (size_t)(p - w);
        int is_place = 0;
        for (size_t i = 0; i < sizeof(PLACE) / sizeof(PLACE[0]); i++)
            is_place |= n == PLACE[i].n && xc_strncaseeq(w, PLACE[i].w, n);
        if (is_place) {
            size_t m;
            const char *q = next_word(p, &m);
            for (size_t i = 0; i < sizeof(NEXT) / sizeof(NEXT[0]); i++)
                if (m == NEXT[i].n && xc_strncaseeq(q, NEXT[i].w, m))
                    return 1;
            if (set_off || after_at || after_span)
                return 1; /* (", end of year", "at end", "period end") */
        }
        /* "Total student enrollment at September 30", "Cash and cash
         * equivalents, December 31, 2003": a date after "at" or "as of",
         * or set off */
        int month = digits && (after_at || set_off) ? xc_month_lookup(w, n) : 0;
        if (month) {
            const char *q = p + (*p == '.');
            int day = day_of_month(q);
            if (day) {
                if (date) {
                    date->at = (size_t)(w - label);
                    date->month = month;
                    date->day = day;
                    date->year = year_after_day(q);
                }
                return 2;
            }
            while (*q == ' ')
                q++;
            if (after_at && xc_isdigit((unsigned char)*q))
                return 1; /* ("at March 2004": a month, no day) */
        }
        after_at = (n == 2 && xc_strncaseeq(w, "at", 2)) ||
                   (n == 2 && xc_strncaseeq(w, "of", 2) && w - label >= 3 &&
                    xc_strncaseeq(w - 3, "as ", 3));
        after_span = (n == 4 && xc_strncaseeq(w, "year", 4)) ||
                     (n == 6 && xc_strncaseeq(w, "period", 6)) ||
                     (n == 7 && xc_strncaseeq(w, "quarter", 7));
        set_off = 0;
    }
    return 0;
}

int xc_places_instant(const char *label)
{
    return scan_place(label, NULL) != 0;
}

int xc_label_date(const char *label, xc_label_day *date)
{
    return scan_place(label, date) == 2;
}

static void words_union(const xc_words *a, const xc_words *b, xc_words *out)
{
    out->n = 0;
    out->w = xc_xmalloc((size_t)(a->n + b->n + 1) * sizeof(xc_word));
    int i = 0, j = 0;
    while (i < a->n || j < b->n) {
        if (j >= b->n || (i < a->n && a->w[i] <= b->w[j])) {
            if (j < b->n && a->w[i] == b->w[j])
                j++;
            out->w[out->n++] = a->w[i++];
        } else {
            out->w[out->n++] = b->w[j++];
        }
    }
}

/* The first word of list a (the words after a label's "before") that
 * names neither measure (pa, pb: the words before each "before"), or 0. */
static xc_word first_excluded(const xc_words *a, const xc_words *pa, const xc_words *pb)
{
    for (int i = 0; i < a->n; i++)
        if (!xc_words_has_id(pa, a->w[i]) && !xc_words_has_id(pb, a->w[i]))
            return a->w[i];
    return 0;
}

/* Whether a label (pa "before" a) is before what an alias (pb "before" b)
 * is: the same first item, and nothing the label leaves out, the measures'
 * own words aside ("Income before taxes" and "Income before income tax
 * expense" agree; "... before cumulative effect of accounting change" and
 * "... before income taxes and cumulative effect ..." do not, nor "Earnings
 * before income tax expense" and "Income before income taxes and equity in
 * earnings"). */
static int before_same(const xc_words *pa, const xc_words *a, const xc_words *pb,
                       const xc_words *b)
{
    if (first_excluded(a, pa, pb) != first_excluded(b, pa, pb))
        return 0;
    for (int i = 0; i < b->n; i++)
        if (!xc_words_has_id(a, b->w[i]) && !xc_words_has_id(pa, b->w[i]) &&
            !xc_words_has_id(pb, b->w[i]))
            return 0;
    return 1;
}

/* The number of bits set in x (inline: the builtin calls libgcc on a
 * baseline x86-64). */
static inline int bits64(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (int)((x * 0x0101010101010101ULL) >> 56);
}

/* Which of a label's word lists an alias equals (xc_mapscratch.equals). */
enum { EQ_A = 1, EQ_A3 = 2, EQ_A1 = 4, EQ_A2 = 8, EQ_H = 16, EQ_AH = 32 };

static void touch(xc_mapscratch *sc, int a)
{
    sc->touched[a / 64] |= 1ULL << (a % 64);
}

/* Touches the aliases that may share three quarters of the label's n
 * words: each has at least m = ceil(3n/4) of them, so at least one of the
 * n - m + 1 rarest (pigeonhole); only those words' aliases are read. */
static void touch_sharing(const xc_taxonomy *t, const xc_words *w)
{
    enum { MAXW = 64 };
    size_t lo[MAXW], hi[MAXW];
    int n = w->n, used[MAXW] = {0};
    if (n == 0)
        return;
    int k = n - (3 * n + 3) / 4 + 1;
    if (n > MAXW) { /* a very long label: every word's aliases */
        for (int i = 0; i < n; i++) {
            size_t a, e = xc_taxonomy_postings(t, w->w[i], &a);
            for (; a < e; a++)
                touch(t->scratch, t->index[a].alias);
        }
        return;
    }
    for (int i = 0; i < n; i++)
        hi[i] = xc_taxonomy_postings(t, w->w[i], &lo[i]);
    for (int r = 0; r < k && r < n; r++) { /* (k <= n: each round takes a word) */
        int best = -1;
        for (int i = 0; i < n; i++)
            if (!used[i] && (best < 0 || hi[i] - lo[i] < hi[best] - lo[best]))
                best = i;
        used[best] = 1;
        for (size_t a = lo[best]; a < hi[best]; a++)
            touch(t->scratch, t->index[a].alias);
    }
}

/* Flags the aliases whose words are exactly w (but, with EQ_AH, those that
 * join an item to others: "Interest and other expense"); returns how many. */
static int equals(const xc_taxonomy *t, const xc_words *w, int flag)
{
    int n = 0;
    if (!w->n)
        return 0;
    for (int a = xc_taxonomy_same_words(t, w); a >= 0; a = t->same_next[a])
        if (xc_words_equal(&t->aliases[a].words, w) &&
            !(flag == EQ_AH && t->aliases[a].joins == 2)) {
            t->scratch->equals[a] |= (uint8_t)flag;
            touch(t->scratch, a);
            n++;
        }
    return n;
}

/* Whether some alias of a balance-sheet concept has exactly the label's
 * words (a cheap test before reading it so). */
static int names_balance(const xc_taxonomy *t, const char *label)
{
    xc_words w = xc_words_seen(t, label, 0);
    for (int a = w.n ? xc_taxonomy_same_words(t, &w) : -1; a >= 0; a = t->same_next[a]) {
        const xc_concept *c = &t->concepts[t->aliases[a].concept];
        if (c->period == XC_PERIOD_INSTANT && c->side != XC_SIDE_NONE &&
            xc_words_equal(&t->aliases[a].words, &w))
            return 1;
    }
    return 0;
}

/* Whether no heading of ctx names a concept by its words ("Other Data"
 * names none; "Interest expense:" does). */
static int headings_name_none(const xc_taxonomy *t, const xc_map_ctx *ctx)
{
    for (int k = 0; k < ctx->nheadings; k++) {
        xc_words w = xc_words_seen(t, ctx->headings[k], 0);
        for (int a = w.n ? xc_taxonomy_same_words(t, &w) : -1; a >= 0; a = t->same_next[a])
            if (xc_words_equal(&t->aliases[a].words, &w))
                return 0;
    }
    return 1;
}

/* Zeroes what count() and equals() touched, for the next label. */
static void reset(const xc_taxonomy *t)
{
    xc_mapscratch *sc = t->scratch;
    for (size_t wi = 0; wi < sc->nbits; wi++) {
        for (uint64_t bits = sc->touched[wi]; bits; bits &= bits - 1) {
            size_t i = wi * 64 + (size_t)__builtin_ctzll(bits);
            sc->equals[i] = 0;
        }
        sc->touched[wi] = 0;
    }
}

/* Whether label is a non-GAAP measure where that changes its reading
 * (see map_label); *known caches the answer (-1: not asked yet). */
static int label_nongaap(const xc_taxonomy *t, const xc_map_ctx *ctx, const char *label,
                         int *known)
{
    if (*known < 0)
        *known = ctx->statement != XC_STMT_BALANCE && ctx->statement != XC_STMT_CASHFLOW &&
                 xc_taxonomy_has_phrase(t, t->nongaap, t->nnongaap, label);
    return *known;
}

/* Whether heading k counts shares ("Shares used in computing net income
 * per share attributable to common stockholders:"), so that no per-share
 * concept reads a row under it; *known caches the answer (-1: not asked). */
static int heading_counts_shares(const xc_taxonomy *t, const xc_map_ctx *ctx, int k, int *known)
{
    if (known[k] < 0)
        known[k] = xc_taxonomy_shares_first(t, ctx->headings[k]);
    return known[k];
}

/* Sets out to no reading. */
static void no_match(xc_match *out)
{
    out->concept = -1;
    out->score = 0;
    out->rule = "none";
}

/* The label from its first letter ("- - As Reported": "As Reported"). */
static const char *first_letter(const char *label)
{
    while (*label && !xc_isalpha((unsigned char)*label))
        label++;
    return label;
}

/* Whether words name a kind of earnings per share: basic or diluted. */
static int names_kind(const xc_words *w)
{
    return xc_words_has_id(w, xc_word_id("basic", 5)) ||
           xc_words_has_id(w, xc_word_id("diluted", 7));
}

/* The term that a label's words outside its first clause name: current
 * ("current", "short-term"), noncurrent ("noncurrent", "long-term"), or
 * 0. */
static int clause_term(const xc_words *all, const xc_words *first)
{
    int cur = 0, non = 0, term = 0;
    for (int i = 0; i < all->n; i++) {
        xc_word w = all->w[i];
        if (xc_words_has_id(first, w))
            continue;
        cur |= w == xc_word_id("current", 7) || w == xc_word_id("short", 5);
        non |= w == xc_word_id("noncurrent", 10) || w == xc_word_id("long", 4);
        term |= w == xc_word_id("term", 4);
    }
    if (cur == non)
        return 0;
    if (!term && (xc_words_has_id(all, xc_word_id("short", 5)) ||
                  xc_words_has_id(all, xc_word_id("long", 4))))
        return 0; /* ("short" or "long" alone names no term) */
    return cur ? XC_TERM_CURRENT : XC_TERM_NONCURRENT;
}

static int map_label(const xc_taxonomy *t, const char *label, const xc_map_ctx *ctx, xc_match *out)
{
    no_match(out);
    /* the label's words and its headings' are the taxonomy's, kept for
     * the conversion: read, never freed here */
    xc_words A1 = {0}, A2 = {0}, H[XC_MAP_MAX_HEADINGS], AH[XC_MAP_MAX_HEADINGS];
    int nh = ctx->nheadings < XC_MAP_MAX_HEADINGS ? ctx->nheadings : XC_MAP_MAX_HEADINGS;
    xc_words A = xc_words_seen(t, label, 0);
    /* outside a balance sheet, a balance is the whole of it, current and
     * noncurrent ("Deferred revenue" among a quarter's key figures) */
    int term = ctx->term || ctx->statement == XC_STMT_BALANCE ? ctx->term : XC_TERM_UNCLASSIFIED;
    /* a non-GAAP qualifier ("Net income - excluding one-time items") is no
     * clause to drop: it makes another measure. On a balance sheet or in
     * cash flows the words classify instead ("Increase in short-term
     * obligations, excluding current maturities") */
    int nongaap = -1; /* asked only when it matters (it costs a phrase search) */
    char *clause = first_clause(label);
    if (clause && !label_nongaap(t, ctx, label, &nongaap))
        A1 = xc_words_seen(t, clause, 0);
    free(clause);
    /* nor is what its amount serves: "Weighted average common shares
     * outstanding for computation of basic per share results" reads as
     * the words before (and which part, basic, from those after) */
    xc_words AP = {0};
    if (!A1.n && t->npurpose) {
        AP = xc_words_before_phrase(t, label, t->purpose, t->npurpose);
        A1 = AP;
    }
    clause = drop_qualifiers(label);
    if (clause && !label_nongaap(t, ctx, label, &nongaap))
        A2 = xc_words_seen(t, clause, 0);
    free(clause);
    /* a balance "and other" adds minor items to the one it names
     * ("Accrued payroll and other") */
    size_t lead = ctx->statement == XC_STMT_BALANCE && !A2.n ? before_and_other(label) : 0;
    if (lead) {
        clause = xc_xstrndup(label, lead);
        A2 = xc_words_seen(t, clause, 0);
        free(clause);
    }
    /* "Cash ..., beginning balances", "... at end of year": the words that
     * place an instant are not part of the concept's name; nor are those
     * that say the measure is the reported one ("Net income as reported") */
    xc_words A3 = {0}, D = {0}; /* (D: the words of a day the label names) */
    xc_label_day day = {0};
    int place = scan_place(label, &day), reported = 0;
    if (place == 2)
        D = xc_words_seen(t, label + day.at, 0);
    for (int i = 0; i < A.n; i++)
        for (size_t k = 0; k < t->nreported; k++)
            reported |= A.w[i] == t->reported[k];
    reported = reported && !label_nongaap(t, ctx, label, &nongaap);
    if (place || reported) {
        static const char *const POS[] = {"beginning", "end", "ending", "period", "year",
                                          "balance", "close", "start", NULL};
        A3.w = xc_xmalloc(((size_t)A.n + 1) * sizeof(xc_word));
        for (int i = 0; i < A.n; i++) {
            int drop = 0;
            for (const char *const *p = POS; *p && place; p++)
                drop |= A.w[i] == xc_word_id(*p, strlen(*p));
            drop |= xc_words_has_id(&D, A.w[i]);
            for (size_t k = 0; k < t->nreported && reported; k++)
                drop |= A.w[i] == t->reported[k];
            if (!drop)
                A3.w[A3.n++] = A.w[i];
        }
    }
    /* AH[k]: label words plus the nearest k+1 headings */
    /* a row known to be per share implies the words ("Net income" under
     * "Basic:": net income per share, basic) */
    xc_words P = ctx->per_share && nh ? xc_words_seen(t, "per share", 0) : (xc_words){0};
    for (int k = 0; k < nh; k++) {
        H[k] = xc_words_seen(t, ctx->headings[k], 0);
        words_union(k ? &AH[k - 1] : &A, &H[k], &AH[k]);
        if (P.n && !k) {
            xc_words u;
            words_union(&AH[0], &P, &u);
            xc_words_free(&AH[0]);
            AH[0] = u;
        }
    }
    int counts[XC_MAP_MAX_HEADINGS]; /* heading_counts_shares, once asked */
    for (int k = 0; k < nh; k++)
        counts[k] = -1;
    int best = -1, score = 0;
    /* of equal readings, the alias worded most like the label: "Interest
     * income" is the concept of that name before the one whose alias is
     * "Interest income, net" (a trailing net is dropped from both) */
    int printed = -1, bestgap = 0; /* (its words as printed, counted when asked) */
    uint64_t spelling = 0; /* xc_spelling(label), once asked */
    int joins = -1;        /* xc_joins_items(label), once asked */
    int kind = -1;         /* names_kind(&A), once asked */
    int before = -1;       /* whether the label says "before", once asked */
    xc_word before_id = 0, head = 0; /* and its head noun, once asked */
    xc_words excluded = {0}, measure = {0}; /* the label's words after "before", before it */
    int head_asked = 0;
    size_t bestalias = 0;  /* the alias that gave best and bestgap */
    const char *rule = "none";
    const char *l0 = first_letter(label);
    int total = xc_strncaseeq(l0, "total", 5);
    int says_net = ends_net(label);
    /* Only aliases that share most words with the label, or equal one of
     * its clauses or the nearest heading, can score; they are visited in
     * alias order, as a full scan would (ties keep the first). Equality
     * comes from the taxonomy's table of word sets, sharing from the
     * word index. */
    xc_mapscratch *sc = t->scratch;
    touch_sharing(t, &A);
    uint64_t sigA = xc_words_sig(&A);
    int spare = A.n / 4; /* words of the label an alias may lack */
    equals(t, &A, EQ_A);
    equals(t, &A3, EQ_A3);
    equals(t, &A1, EQ_A1);
    equals(t, &A2, EQ_A2);
    /* a label that only says the measure is the reported one ("As
     * reported" under "Basic earnings per share") is its heading */
    xc_words HP = {0}; /* (or its words before a purpose: "Share-based
                          compensation included in:" / "Total"; or before
                          what it splits by: "Net sales by geography") */
    if (nh && (A.n == 0 || (reported && A3.n == 0)) && !equals(t, &H[0], EQ_H)) {
        HP = xc_words_before_phrase(t, ctx->headings[0], t->purpose, t->npurpose);
        if (!equals(t, &HP, EQ_H)) {
            xc_words_free(&HP);
            HP = xc_words_before_phrase(t, ctx->headings[0], t->segment, t->nsegment);
            equals(t, &HP, EQ_H);
        }
    }
    /* a residual line takes its section's meaning: "Other expenses" under
     * "Operating expenses" is other operating expenses, not other
     * (nonoperating) expense; asked of a label that begins "Other", while
     * no total has closed the section */
    int residual = nh && A.n && AH[0].n > A.n && !ctx->per_share && !ctx->closed &&
                   xc_strncaseeq(l0, "other", 5) && !xc_isalpha((unsigned char)l0[5]);
    residual = residual && equals(t, &AH[0], EQ_AH);
    const uint8_t *eq = sc->equals;
    for (size_t wi = 0; wi < sc->nbits; wi++) {
      for (uint64_t bits = sc->touched[wi]; bits; bits &= bits - 1) {
        size_t i = wi * 64 + (size_t)__builtin_ctzll(bits);
        const xc_alias *al = &t->aliases[i];
        unsigned ind = t->concepts[al->concept].industry;
        if (ind && !(ind & ctx->industry))
            continue; /* (fits() says so too; this is before the counting) */
        /* without an equality, an alias scores only with three quarters
         * of the label's words (fuzzy) or all of them (heading+label): no
         * more than a quarter of them may miss, nor so many of the bits
         * of the label's signature (each missing bit is a missing word) */
        uint64_t miss = sigA & ~al->sig;
        if (!eq[i] && miss &&
            (spare == 0 || (spare == 1 ? (miss & (miss - 1)) != 0 : bits64(miss) > spare)))
            continue;
        int common = xc_words_common(&A, &al->words);
        if (!eq[i] && common * 4 < A.n * 3)
            continue;
        int ac = al->concept;
        const xc_concept *c = &t->concepts[ac];
        /* an alias that names no term takes its section's ("Operating
         * lease liabilities" under "Current liabilities" is the current
         * twin of the noncurrent concept it names alone) */
        if (c->twin >= 0 && c->term != term &&
            (term == XC_TERM_CURRENT || term == XC_TERM_NONCURRENT) && !says_term(&al->words)) {
            ac = c->twin;
            c = &t->concepts[ac];
        }
        int n = al->words.n;
        if (!fits(t, c, ctx) || n == 0 || (says_net && c->gross))
            continue;
        /* under a heading that counts shares ("Shares used for:"), a row
         * that names the kind of earnings per share ("Basic earnings per
         * share") is the share count behind it */
        if (c->type == XC_TYPE_PERSHARE && nh && (kind < 0 ? (kind = names_kind(&A)) : kind) &&
            heading_counts_shares(t, ctx, 0, counts))
            continue;
        /* the same words with "other" qualifying an item in one and
         * joined as an item in the other are another measure: "Other
         * interest income" is no "Interest and other income" */
        if (common == A.n && n == A.n) {
            if (joins < 0)
                joins = xc_joins_items(label);
            if ((al->joins == 2) != (joins == 2))
                continue;
        }
        int s = 0;
        const char *r = "none";
        if (eq[i] & EQ_AH) {
            s = 100;
            r = "heading+label";
        } else if (eq[i] & EQ_A) {
            s = 100 - residual; /* (yields to the section's reading) */
            r = "label";
        } else if (eq[i] & EQ_A3) {
            s = 95;
            r = "label";
        } else if (A.n && nh && common == A.n) {
            for (int k = 0; k < nh; k++)
                if (xc_words_subset(&al->words, &AH[k]) &&
                    !(c->type == XC_TYPE_PERSHARE && heading_counts_shares(t, ctx, k, counts))) {
                    /* the more of the heading an alias accounts for, the
                     * more specific it is ("Shares used in computing
                     * earnings per share: Basic" is a share count) */
                    int extra = n - A.n;
                    s = 88 - 3 * k + (extra < 6 ? extra : 6);
                    r = "heading+label";
                    break;
                }
        }
        /* of two clauses, the one that keeps more of the label reads closer
         * ("Property and equipment, net (including assets held for sale)"
         * is net property before the first clause's "Property and
         * equipment") */
        if (s < 85 && (eq[i] & (EQ_A1 | EQ_A2))) {
            s = 85 + ((eq[i] & EQ_A2) && A1.n && A2.n > A1.n);
            r = "label-clause";
        }
        if (s < 80 && (eq[i] & EQ_H)) {
            s = 80;
            r = "heading";
        }
        /* fuzzy: three quarters of the longer word list in common */
        int mxn = A.n > n ? A.n : n, mnn = A.n < n ? A.n : n;
        /* a short label and alias that each have a word the other lacks
         * name different things ("gain on sale of business" is no sale of
         * property); one that only adds words qualifies the other */
        int swapped = common < A.n && common < n && mnn <= 4;
        /* nor does a label that joins another item to an alias's
         * ("Occupancy and other operating expenses"); "and other" alone
         * adds only minor items ("Current portion of debt and other") */
        if (joins < 0)
            joins = xc_joins_items(label);
        int joined = joins && !al->joins && common == n && n < A.n &&
                     !(A.n == n + 1 && xc_words_has(&A, "other") &&
                       !xc_words_has(&al->words, "other"));
        int loose = s < 60 && A.n >= 2 && common * 4 >= mxn * 3 && !swapped && !joined;
        /* nor one whose head noun is neither's ("Amortization of goodwill
         * and other intangible assets" is no goodwill impairment), nor a
         * label that names one of the items an alias joins ("Net change in
         * restricted cash" is not the change in cash, cash equivalents and
         * restricted cash), nor one "before" an item that names the item
         * ("Income before equity investment") */
        if (loose && !head_asked) {
            head = xc_words_head(t, label);
            head_asked = 1;
        }
        if (loose && head && al->head && head != al->head && !xc_words_has_id(&al->words, head) &&
            !xc_words_has_id(&A, al->head))
            loose = 0;
        if (loose && al->joins && !joins && common == A.n && n > A.n)
            loose = 0;
        /* nor one that leaves out or adds a word that makes another measure
         * ("comprehensive", "discontinued": the vocabulary's <marked>) */
        for (size_t k = 0; loose && k < t->nmarked; k++)
            loose = xc_words_has_id(&A, t->marked[k]) == xc_words_has_id(&al->words, t->marked[k]);
        if (loose && before < 0) {
            before_id = xc_word_id("before", 6);
            before = xc_words_has_id(&A, before_id);
            xc_words ord = xc_words_seen(t, label, 1);
            excluded = xc_words_after(&ord, before_id, &measure);
        }
        if (loose && before != xc_words_has_id(&al->words, before_id))
            loose = 0;
        /* and what the one is before, the other is before too ("Income
         * before income taxes and cumulative effect of accounting change"
         * is no income before the cumulative effect alone, which is after
         * taxes) */
        if (loose && before && !before_same(&measure, &excluded, &al->measure, &al->before))
            loose = 0;
        if (loose) {
            s = 40 + (common * 30) / mxn;
            r = "fuzzy";
        }
        /* there, of the income statement's concepts and those of other
         * comprehensive income that a label names alike, the latter */
        if (s > 0 && ctx->statement == XC_STMT_COMPREHENSIVE &&
            !(c->statements & (1u << XC_STMT_COMPREHENSIVE)))
            s -= 5;
        /* a current concept in a non-current section, or the reverse,
         * yields to its twin ("Marketable securities" under "Non-current
         * assets"); so does a concept of unclassified balance sheets on a
         * classified one ("Other assets" there is OtherAssetsNoncurrent) */
        if (s > 0 && c->term &&
            (c->term == XC_TERM_UNCLASSIFIED ? term != XC_TERM_UNCLASSIFIED
                                             : term && term != XC_TERM_UNCLASSIFIED &&
                                                   c->term != term))
            s -= 20;
        /* an alias spelt as the label is closest of all ("Loans, net"
         * is "Loans net", not "Total loans": both drop to "loans"); asked
         * only of a tie between aliases with as many words as the label */
        int gap = 0;
        if (s > 0) {
            if (printed < 0)
                printed = xc_count_words(label);
            gap = abs(al->printed - printed);
        }
        if (s == score && s > 0 && (gap == 0 || bestgap == 0)) {
            if (!spelling)
                spelling = xc_spelling(label);
            if (gap == 0 && al->spelling == spelling)
                gap = -1;
            if (bestgap == 0 && t->aliases[bestalias].spelling == spelling)
                bestgap = -1;
        }
        if (s > score) {
            score = s;
            best = ac;
            rule = r;
            bestgap = gap;
            bestalias = i;
        } else if (s == score && s > 0 && best >= 0 && ac != best) {
            int bterm = t->concepts[best].term, aterm = t->concepts[ac].term;
            if (!t->concepts[best].industry != !t->concepts[ac].industry) {
                /* of a concept of the release's industry and a general one
                 * that a label names alike, the industry's (an insurer's
                 * "Other expenses" are OtherExpenses, no other nonoperating
                 * expense) */
                if (t->concepts[ac].industry) {
                    best = ac;
                    rule = r;
                    bestgap = gap;
                    bestalias = i;
                }
            } else if (term == XC_TERM_UNCLASSIFIED &&
                (aterm == XC_TERM_UNCLASSIFIED) != (bterm == XC_TERM_UNCLASSIFIED)) {
                /* on a balance sheet without current sections, the concept
                 * of such sheets ("Other assets": OtherAssets) */
                if (aterm == XC_TERM_UNCLASSIFIED) {
                    best = ac;
                    rule = r;
                    bestgap = gap;
                    bestalias = i;
                }
            } else if (total && bestgap >= 0 && xc_taxonomy_is_under(t, best, ac)) {
                /* "Total other income and expense": of two equal readings,
                 * a total is the parent that adds the other up (unless the
                 * other is spelt as the label: "Total loans") */
                best = ac;
                rule = r;
                bestgap = gap;
                bestalias = i;
            } else if (!total && bestgap >= 0 && xc_taxonomy_is_under(t, ac, best)) {
                /* and of a row that is no total, the item ("Other expense,
                 * net", not the "Total other expense" that adds it up) */
                best = ac;
                rule = r;
                bestgap = gap;
                bestalias = i;
            } else if (!total && gap >= 0 && xc_taxonomy_is_under(t, best, ac)) {
                /* the item stays */
            } else if ((!term || term == XC_TERM_UNCLASSIFIED) &&
                       bterm + aterm == XC_TERM_CURRENT + XC_TERM_NONCURRENT &&
                       bterm && aterm) {
                /* a current and a noncurrent concept that the label names
                 * alike ("Investments"): outside a current section, the
                 * noncurrent one, as a bare "Other" is (below) */
                if (aterm == XC_TERM_NONCURRENT) {
                    best = ac;
                    rule = r;
                    bestgap = gap;
                    bestalias = i;
                }
            } else if (gap < bestgap) {
                best = ac;
                rule = r;
                bestgap = gap;
                bestalias = i;
            }
        } else if (s == score && s > 0 && ac == best && gap < bestgap) {
            bestgap = gap;
            bestalias = i;
        }
    }
    }
    /* a combined "basic and diluted" concept matched on the label alone
     * yields to one of its parts that the headings name ("Earnings per
     * share" under "Diluted") */
    /* (one the heading names alone: "Loss per share" under "Basic and
     * diluted loss per share:" stays both) */
    if (best >= 0 && t->concepts[best].split[0] >= 0 && nh && A.n) {
        int part = -1, nparts = 0;
        for (int q = 0; q < 2; q++) {
            int k = t->concepts[best].split[q];
            for (size_t i = 0; k >= 0 && i < t->naliases; i++) {
                const xc_alias *al = &t->aliases[i];
                if (al->concept == k && xc_words_subset(&A, &al->words) &&
                    xc_words_subset(&al->words, &AH[0])) {
                    part = k;
                    nparts++;
                    break;
                }
            }
        }
        if (nparts == 1) {
            best = part;
            score = 90;
            rule = "heading+label";
        }
    }
    /* the clause it was read without may name one of the parts alone
     * ("Weighted average number of shares, basic"), and so may a label
     * read loosely ("Basic net income per share available to common
     * shareholders" is no "... per share basic and diluted") */
    int clause_read = !strcmp(rule, "label-clause");
    if (best >= 0 && (clause_read || !strcmp(rule, "fuzzy")) &&
        t->concepts[best].split[1] >= 0) {
        const xc_concept *k = &t->concepts[best];
        xc_words L0 = xc_words_seen(t, t->concepts[k->split[0]].label, 0),
                 L1 = xc_words_seen(t, t->concepts[k->split[1]].label, 0);
        int in0 = 0, in1 = 0;
        for (int i = 0; i < A.n; i++) {
            if (clause_read && xc_words_has_id(&A1, A.w[i]))
                continue;
            int h0 = xc_words_has_id(&L0, A.w[i]), h1 = xc_words_has_id(&L1, A.w[i]);
            in0 |= h0 && !h1;
            in1 |= h1 && !h0;
        }
        if (in0 != in1)
            best = k->split[in0 ? 0 : 1];
    }
    /* nor is the clause that names its term ("Operating lease liability -
     * short term"): the concept of that term named alike */
    if (best >= 0 && clause_read && t->concepts[best].term == XC_TERM_ANY &&
        t->concepts[best].period == XC_PERIOD_INSTANT) {
        int want = clause_term(&A, &A1);
        int k = want ? xc_taxonomy_termed(t, best, want) : -1;
        best = k >= 0 ? k : best;
    }
    reset(t);
    xc_words_free(&A3);
    xc_words_free(&AP);
    xc_words_free(&HP);
    for (int k = 0; k < nh; k++)
        xc_words_free(&AH[k]);
    if (best < 0)
        return 0;
    out->concept = best;
    out->score = score;
    out->rule = rule;
    return 1;
}

/* xc_map_child; with `within`, only an alias that has all the label's
 * words fits (xc_map_child_within). */
static int map_child(const xc_taxonomy *t, const char *label, int parent, unsigned industry,
                     int within, int *shared)
{
    xc_words A = xc_words_seen(t, label, 0);
    int best = -1, bests = 0, bestc = 0;
    for (int k = parent >= 0 ? t->concepts[parent].child : -1; k >= 0;
         k = t->concepts[k].sibling) {
      const xc_concept *c = &t->concepts[k];
      if (c->industry && !(c->industry & industry))
          continue;
      for (int i = c->alias0; i < c->alias0 + c->nalias; i++) {
        const xc_alias *al = &t->aliases[i];
        int common = xc_words_common(&A, &al->words);
        int mx = A.n > al->words.n ? A.n : al->words.n;
        int s = mx ? common * 100 / mx : 0;
        /* one reads as a kind of the other: every word of the alias is the
         * label's ("Net credit card receivables" is receivables), or every
         * word of the label is the alias's and makes half of it ("Plant,
         * property and equipment": the gross amount) */
        if (common == al->words.n && common > 0 && !within)
            s += 100;
        else if (common < A.n || s < 50)
            continue;
        if (s > bests) {
            bests = s;
            best = al->concept;
            bestc = common;
        }
      }
    }
    if (shared)
        *shared = bestc;
    return best;
}

int xc_map_child(const xc_taxonomy *t, const char *label, int parent, unsigned industry,
                 int *shared)
{
    return map_child(t, label, parent, industry, 0, shared);
}

int xc_map_child_within(const xc_taxonomy *t, const char *label, int parent, unsigned industry)
{
    return map_child(t, label, parent, industry, 1, NULL);
}

int xc_map_child_sharing(const xc_taxonomy *t, const char *label, int parent, int weight,
                         unsigned industry)
{
    xc_words A = xc_words_seen(t, label, 0);
    xc_word head = xc_words_head(t, label);
    int best = -1, bestc = 0;
    for (int k = parent >= 0 ? t->concepts[parent].child : -1; k >= 0 && head;
         k = t->concepts[k].sibling) {
        const xc_concept *c = &t->concepts[k];
        if (c->weight != weight || (c->industry && !(c->industry & industry)))
            continue;
        for (int i = c->alias0; i < c->alias0 + c->nalias; i++) {
            if (t->aliases[i].head != head)
                continue;
            int common = xc_words_common(&A, &t->aliases[i].words);
            if (common > bestc) {
                bestc = common;
                best = k;
            }
        }
    }
    return best;
}

/* Parts of a remembered answer's key: a number and a colon; a text after
 * its length (printf was a tenth of the mapper's time). */
static void key_num(xc_buf *k, size_t v)
{
    char d[24];
    int i = 23;
    d[i] = ':';
    do {
        d[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    xc_buf_put(k, d + i, (size_t)(24 - i));
}

static void key_text(xc_buf *k, const char *text)
{
    size_t n = strlen(text);
    key_num(k, n);
    xc_buf_put(k, text, n);
}

/* A release maps many labels more than once (a row when its table is
 * read, again for a total's heading, the same caption in two tables): the
 * answer for a label in a context is kept until xc_map_forget. */
/* A bare word read as a concept of either sign ("Interest": interest
 * income (expense), net) takes its side from a nearest heading that names
 * one: under "Expenses" it is the concept the word and "expense" name
 * exactly, interest expense, if that is a debit; under "Revenues",
 * interest income. */
static void sided_word(const xc_taxonomy *t, const char *label, const xc_map_ctx *ctx,
                       xc_match *out)
{
    const xc_concept *c = &t->concepts[out->concept];
    if (c->nonneg || c->balance == XC_BAL_NONE || xc_taxonomy_sense(t, c->label) == XC_BAL_NONE)
        return;
    if (xc_strncaseeq(first_letter(label), "total", 5) || xc_words_seen(t, label, 0).n != 1)
        return;
    unsigned hs = xc_taxonomy_senses(t, ctx->headings[0]);
    xc_balance side = hs == 1u << XC_BAL_DEBIT    ? XC_BAL_DEBIT
                      : hs == 1u << XC_BAL_CREDIT ? XC_BAL_CREDIT
                                                  : XC_BAL_NONE;
    if (side == XC_BAL_NONE)
        return;
    xc_buf b = {0};
    xc_buf_printf(&b, "%s %s", label, side == XC_BAL_DEBIT ? "expense" : "income");
    xc_map_ctx bare = *ctx;
    bare.nheadings = 0;
    xc_match m;
    if (map_label(t, b.ptr, &bare, &m) && m.score == 100 && t->concepts[m.concept].balance == side) {
        *out = m;
        out->score = 90;
        out->rule = "heading+label";
    }
    xc_buf_free(&b);
}

/* A label that names no sense, read as a concept whose standard label names
 * one ("Brokerage commissions": brokerage commissions revenue), is not that
 * concept under a nearest heading that names only the other sense: under
 * "Expenses:" the commissions are paid. */
static int against_heading(const xc_taxonomy *t, const char *label, const xc_map_ctx *ctx,
                           const xc_match *m)
{
    const unsigned debit = 1u << XC_BAL_DEBIT, credit = 1u << XC_BAL_CREDIT;
    const xc_concept *c = &t->concepts[m->concept];
    unsigned hs = xc_taxonomy_senses(t, ctx->headings[0]);
    if ((hs != debit && hs != credit) || hs == 1u << c->balance)
        return 0;
    /* (a label whose words name the other sense than its balance names
     * none: "Taxes, excluding income and excise taxes") */
    unsigned cs = xc_taxonomy_senses(t, c->label);
    return cs == 1u << c->balance && !xc_taxonomy_senses(t, label);
}

/* 1 for the words that say which part of a classified side a line is of */
static int names_term(xc_word w)
{
    return w == xc_word_id("current", 7) || w == xc_word_id("noncurrent", 10);
}

/* 1 for a heading that names no more than a side of the balance sheet or
 * a part of one ("LIABILITIES AND SHAREHOLDERS' EQUITY", "Current assets") */
static int side_heading(const xc_taxonomy *t, const char *heading)
{
    static const char *const side_words[] = {
        "asset",  "liability", "current", "noncurrent", "shareholder", "stockholder",
        "equity", "capital",   "deficit", "owner",      "partner",     "unitholder"};
    xc_words w = xc_words_seen(t, heading, 0);
    for (int i = 0; i < w.n; i++) {
        size_t k = 0;
        while (k < sizeof(side_words) / sizeof(*side_words) &&
               w.w[i] != xc_word_id(side_words[k], strlen(side_words[k])))
            k++;
        if (k == sizeof(side_words) / sizeof(*side_words))
            return 0;
    }
    return w.n > 0;
}

/* The rest of a balance sheet's side (current or not by the section): the
 * concept the taxonomy marks rest="true". It is what a bare "Other" among
 * the assets or liabilities reads as, under no heading but one that names
 * the side, and a line that no name fits exactly and that ends in "and
 * other assets" or "and other (current) liabilities": items of the side
 * that share a line with the rest ("Accrued interest payable and other
 * liabilities"). The items must be of the side: "Minority interest and
 * other liabilities" joins equity to liabilities and is no rest. */
static int rest_of_side(const xc_taxonomy *t, const char *label, const xc_map_ctx *ctx, int nh,
                        xc_match *out)
{
    if (ctx->statement != XC_STMT_BALANCE || ctx->side == XC_SIDE_NONE ||
        ctx->side == XC_SIDE_EQUITY)
        return 0;
    xc_words w = xc_words_seen(t, label, 1);
    xc_word other = xc_word_id("other", 5);
    xc_word noun = ctx->side == XC_SIDE_ASSET ? xc_word_id("asset", 5) : xc_word_id("liability", 9);
    if (w.n == 1 && w.w[0] == other) {
        for (int i = 0; i < nh; i++)
            if (!side_heading(t, ctx->headings[i]))
                return 0;
    } else if (w.n >= 3 && w.w[w.n - 1] == noun &&
               (w.w[w.n - 2] == other ||
                (w.n >= 4 && w.w[w.n - 3] == other && names_term(w.w[w.n - 2])))) {
        /* the items before "and other", read alone, name no concept of
         * another side */
        const char *and = xc_memcasemem(label, strlen(label), "and other ");
        xc_match items;
        if (!and)
            return 0;
        char *head = xc_xstrndup(label, (size_t)(and - label));
        int named = map_label(t, head, ctx, &items) && t->concepts[items.concept].side != ctx->side;
        free(head);
        if (named)
            return 0;
    } else {
        return 0;
    }
    /* the term the line names, else its section's */
    int term = ctx->term == XC_TERM_CURRENT || ctx->term == XC_TERM_UNCLASSIFIED
                   ? ctx->term
                   : XC_TERM_NONCURRENT;
    if (w.n >= 4 && names_term(w.w[w.n - 2]))
        term = w.w[w.n - 2] == xc_word_id("current", 7) ? XC_TERM_CURRENT : XC_TERM_NONCURRENT;
    for (size_t i = 0; i < t->nconcepts; i++) {
        const xc_concept *c = &t->concepts[i];
        if (c->rest && c->side == ctx->side && c->term == term && !c->industry) {
            out->concept = (int)i;
            out->score = 80;
            out->rule = "side";
            return 1;
        }
    }
    return 0;
}

/* Maps "a b" read alone: for rule "heading+kind" a count of shares, for
 * "heading+point" an instant, at a score of cap at most. */
static int map_joined(const xc_taxonomy *t, const xc_map_ctx *alone, const char *a,
                      const char *b, const char *rule, int cap, xc_match *out)
{
    xc_buf hk = {0};
    xc_buf_printf(&hk, "%s %s", a, b);
    int shares = !strcmp(rule, "heading+kind");
    int ok = map_label(t, hk.ptr, alone, out) &&
             (shares ? t->concepts[out->concept].type == XC_TYPE_SHARES
                     : t->concepts[out->concept].period == XC_PERIOD_INSTANT);
    xc_buf_free(&hk);
    if (!ok) {
        no_match(out);
        return 0;
    }
    out->score = out->score < cap ? out->score : cap;
    out->rule = rule;
    return 1;
}

/* Whether a label names nothing but a point of the period: "Beginning of
 * period", "At end of year", "Balance, end of the quarter". */
static int only_place(const char *label)
{
    static const char *const W[] = {"at", "beginning", "end", "ending", "of", "the", "period",
                                    "year", "quarter", "month", "fiscal", "balance", NULL};
    int place = 0;
    for (const char *p = label; *p;) {
        if (!xc_isalpha((unsigned char)*p)) {
            if (xc_isdigit((unsigned char)*p))
                return 0;
            p++;
            continue;
        }
        size_t n = 0;
        while (xc_isalpha((unsigned char)p[n]))
            n++;
        const char *const *w = W;
        while (*w && !(strlen(*w) == n && xc_strncaseeq(p, *w, n)))
            w++;
        if (!*w)
            return 0;
        place |= w - W >= 1 && w - W <= 3;
        p += n;
    }
    return place;
}

int xc_map_label(const xc_taxonomy *t, const char *label, const xc_map_ctx *ctx, xc_match *out)
{
    xc_mapscratch *sc = t->scratch;
    xc_buf *k = &sc->key;
    int nh = ctx->nheadings < XC_MAP_MAX_HEADINGS ? ctx->nheadings : XC_MAP_MAX_HEADINGS;
    /* the key: the context's small numbers in one (statement, side 0..3,
     * term 0..3, the industries and two flags), then each text after its
     * length, so that no label or heading can pass for another's end */
    xc_buf_clear(k);
    key_num(k, ((((size_t)ctx->statement << 2 | (size_t)ctx->side) << 2 | (size_t)ctx->term)
                    << XC_NIND | ctx->industry) << 2 |
                   (size_t)!!ctx->per_share << 1 | (size_t)!!ctx->closed);
    key_text(k, label);
    for (int i = 0; i < nh; i++)
        key_text(k, ctx->headings[i]);
    int found;
    size_t *slot = xc_strmap_slot(&sc->memo, k->ptr, &found);
    if (found) {
        *out = sc->answers[*slot];
        return out->concept >= 0;
    }
    /* a label that leaves out the current part ("Notes payable, net of
     * current portion") is noncurrent, whatever its section */
    xc_map_ctx non;
    if (ctx->statement == XC_STMT_BALANCE && ctx->term != XC_TERM_NONCURRENT &&
        leaves_current(label)) {
        non = *ctx;
        non.term = XC_TERM_NONCURRENT;
        ctx = &non;
    }
    /* "Net sales from continuing operations" is the measure the words
     * before name, where they name one closely, of continuing operations
     * where the taxonomy has such a concept ("Net income from ...") */
    int rc = 0, disc = 0;
    size_t lead = before_continuing(label, &disc);
    if (lead) {
        char *measure = xc_xstrndup(label, lead);
        rc = map_label(t, measure, ctx, out) && out->score >= 85;
        free(measure);
        /* (of discontinued operations, only where the taxonomy has such a
         * concept: their net sales are no revenues of the whole) */
        int part = rc ? operations_part(t, out->concept, disc) : -1;
        if (part >= 0)
            out->concept = part;
        else if (disc && rc) {
            rc = 0;
            no_match(out);
        }
        xc_match whole;
        if (rc && map_label(t, label, ctx, &whole) && whole.concept == out->concept)
            *out = whole; /* (the label as a whole names it: its reading) */
        else if (rc) {
            out->rule = "label-clause";
            out->score = 85;
        }
    }
    if (!rc)
        rc = map_label(t, label, ctx, out);
    /* and so under a heading that ends so ("Net income per common share
     * from continuing operations:" / "Basic") */
    int hdisc = 0, hpart = -1;
    if (rc && nh && !lead && before_continuing(ctx->headings[0], &hdisc) &&
        (hpart = operations_part(t, out->concept, hdisc)) >= 0) {
        out->concept = hpart;
        out->rule = "heading-clause";
    }
    if (rc && nh && !ctx->closed && !ctx->per_share)
        sided_word(t, label, ctx, out);
    /* a label that no reading fits is read without, in turn: */
    static char *(*const LOOSER[])(const char *) = {
        /* its qualifiers ("Accounts receivable less allowance of $55 and
         * $58, respectively" is loosely "Accounts receivable less
         * allowance") */
        drop_qualifiers,
        /* the words it sets in parentheses, which say what the amount is
         * when its sign turns ("(benefit)" beside "provision") */
        drop_parens,
        /* the period it names, which its context holds ("Net income for
         * the year") */
        drop_period_tail,
        /* the words that say which share a per-share amount is of ("Loss
         * per Average Share of Common Stock") */
        drop_share_words,
        /* the frame a heading introduces its rows with ("(1) Includes
         * stock-based compensation as follows:") */
        drop_framing,
    };
    /* (and a loose reading yields to the label without the words its
     * sign turns, where that reads as printed: "Income (loss) before
     * income tax expense"; or without whom it is attributable to) */
    for (int i = 0; rc && out->score < 85 && i < 2; i++) {
        char *bare = i ? drop_whose(t, label) : drop_parens(label);
        xc_match exact;
        if (bare && map_label(t, bare, ctx, &exact) && exact.score >= 95)
            *out = exact;
        free(bare);
    }
    for (size_t i = 0; !rc && i < sizeof(LOOSER) / sizeof(*LOOSER); i++) {
        char *looser = LOOSER[i](label);
        if (looser)
            rc = map_label(t, looser, ctx, out);
        free(looser);
    }
    /* and without whom its earnings per share are attributable to */
    char *plain = rc ? NULL : drop_whose(t, label);
    if (plain)
        rc = map_label(t, plain, ctx, out);
    free(plain);
    /* and a cash flow's change by what it is in, which the change
     * concepts' aliases name ("Increase in accrued expenses") */
    if (!rc && ctx->statement == XC_STMT_CASHFLOW) {
        char *in = drop_change(label);
        if (in)
            rc = map_label(t, in, ctx, out) &&
                 t->concepts[out->concept].period == XC_PERIOD_DURATION;
        if (in && !rc)
            no_match(out);
        free(in);
    }
    /* nor with the name of whom it is from, where the rest is a concept's
     * name exactly ("Equity earnings from Cellco Partnership") */
    char *common = rc ? NULL : drop_proper_tail(t, label);
    if (common && (rc = map_label(t, common, ctx, out)) && out->score < 100) {
        rc = 0;
        no_match(out);
    } else if (common && rc) {
        out->score = 80;
        out->rule = "label-name";
    }
    free(common);
    /* under a heading that counts shares ("Weighted average shares
     * outstanding:"), a row that names a kind of earnings per share
     * ("Basic earnings per share") counts the shares of that kind: the
     * heading read with the kind, where that is a count of shares, else
     * the shares of that kind ("Shares Used For:" / "Basic Earnings Per
     * Share": basic shares) */
    if (!rc && nh && xc_taxonomy_shares_first(t, ctx->headings[0])) {
        xc_words w = xc_words_seen(t, label, 0);
        const char *kind = xc_words_has_id(&w, xc_word_id("basic", 5))     ? "basic"
                           : xc_words_has_id(&w, xc_word_id("diluted", 7)) ? "diluted"
                                                                          : NULL;
        xc_map_ctx alone = *ctx;
        alone.nheadings = 0;
        alone.per_share = 0;
        for (int two = 0; kind && !rc && two < 2; two++)
            rc = map_joined(t, &alone, two ? kind : ctx->headings[0], two ? "shares" : kind,
                            "heading+kind", 80, out);
    }
    /* a row that names only a point of the period ("Beginning of period",
     * "End of year") under a balance's heading ("Cash, cash equivalents
     * and restricted cash") is that balance then */
    if (!rc && nh && only_place(label)) {
        xc_map_ctx alone = *ctx;
        alone.nheadings = 0;
        rc = map_joined(t, &alone, ctx->headings[0], label, "heading+point", 85, out);
    }
    /* a balance printed among an income statement's rows (a summary of
     * results that ends with "Cash and cash equivalents", under no heading
     * or one that names nothing, "Other Data") is that balance, where its
     * label names one exactly */
    if (!rc && ctx->statement == XC_STMT_INCOME && names_balance(t, label) &&
        headings_name_none(t, ctx)) {
        xc_map_ctx any = *ctx;
        any.statement = XC_STMT_UNKNOWN;
        if (map_label(t, label, &any, out) && out->score == 100 &&
            t->concepts[out->concept].period == XC_PERIOD_INSTANT &&
            t->concepts[out->concept].side != XC_SIDE_NONE) {
            rc = 1;
        } else {
            no_match(out);
        }
    }
    if ((!rc || !strcmp(out->rule, "fuzzy") || out->score < 80) &&
        rest_of_side(t, label, ctx, nh, out))
        rc = 1;
    if (rc && nh && ctx->statement == XC_STMT_INCOME && !ctx->per_share &&
        against_heading(t, label, ctx, out)) {
        rc = 0;
        no_match(out);
    }
    XC_GROW(sc->answers, sc->canswers, sc->nanswers + 1);
    sc->answers[sc->nanswers] = *out;
    *slot = sc->nanswers++;
    return rc;
}

void xc_map_forget(const xc_taxonomy *t)
{
    xc_mapscratch *sc = t->scratch;
    xc_strmap_free(&sc->memo);
    sc->nanswers = 0;
    xc_words_forget(t);
}
