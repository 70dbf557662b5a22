/* records.c: a table's rows as records. Labels wrapped over lines are
 * joined, headings ("Operating expenses:") kept as a stack that qualifies
 * the rows under them, and each row's label mapped to a concept in the
 * context of its statement, section and neighbours. See interp_priv.h. */
#include "interp_priv.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* "- basic", "-- diluted": an item of a list */
static int list_item(const char *s)
{
    while (xc_isspace((unsigned char)*s))
        s++;
    const char *d = s;
    while (*d == '-')
        d++;
    if (d == s)
        d += xc_wide_dash(d);
    return d > s && *d == ' ';
}

static int starts_lower(const char *s)
{
    if (list_item(s))
        return 0; /* not a wrap */
    while (xc_isspace((unsigned char)*s))
        s++;
    while (*s && !xc_isalpha((unsigned char)*s) && !xc_isdigit((unsigned char)*s))
        s++;
    if (!(*s >= 'a' && *s <= 'z'))
        return 0;
    /* "iPhone", "eBay": a name with a capital inside starts its own line */
    for (const char *p = s; xc_isalpha((unsigned char)*p); p++)
        if (*p >= 'A' && *p <= 'Z')
            return 0;
    return 1;
}

/* A line that cannot end a label: "Property, Plant and", "net of", "par
 * value;". After values (a label printed with them), only a joining word
 * or mark: see ends_dangling. */
static int ends_open_as(const char *s, int after_values)
{
    size_t n = strlen(s);
    while (n && xc_isspace((unsigned char)s[n - 1]))
        n--;
    if (!n)
        return 0;
    char last = s[n - 1];
    /* "Long-" / "term" wraps; "Alabama Power -" over "Operating Revenues"
     * is a heading (a lower-case line below still joins: starts_lower) */
    if (last == '-' && n > 1 && s[n - 2] == ' ')
        return 0;
    /* "Common stock, $0.01 par value;" / "100,000,000 shares authorized;" */
    if (last == ',' || last == ';' || last == '-' || last == '&' || last == '/' || last == '(')
        return !after_values || last != ';';
    static const char *const W[] = {"and", "of", "for", "to", "in", "the", "or", "from", "on",
                                    "by", "with", "at", "a", "into", NULL};
    /* words that may end a label too ("Interest income, net") */
    static const char *const MAYEND[] = {"before", "after", "less", "net", "including",
                                         "excluding", "per", NULL};
    size_t b = n;
    while (b && xc_isalpha((unsigned char)s[b - 1]))
        b--;
    /* (", net" closes a label: "Other income (expense), net" over
     * "Interest income" heads it) */
    if (n - b == 3 && xc_strncaseeq(s + b, "net", 3) && b >= 2 && s[b - 1] == ' ' &&
        s[b - 2] == ',')
        return 0;
    for (int k = 0; k < 2 - after_values; k++)
        for (const char *const *w = k ? MAYEND : W; *w; w++)
            if (strlen(*w) == n - b && xc_strncaseeq(s + b, *w, n - b))
                return 1;
    return 0;
}

static int ends_open(const char *s)
{
    return ends_open_as(s, 0);
}

/* Whether a row's label, printed with its values, goes on below them
 * ("Depreciation &" 17,711 / "Amortization"): only a joining word or
 * mark, never one that may end a label ("Interest income, net"). */
static int ends_dangling(const char *s)
{
    return ends_open_as(s, 1);
}

/* The label with the registrant's name, or the longest leading part of it,
 * written "Company" ("Net income attributable to Granite" for Granite
 * Industries Corporation), so that it reads as the vocabulary's words for
 * the parent do; NULL when the label does not name it. A leading "The"
 * of the name is passed over. */
static char *name_as_company(const char *label, const char *entity)
{
    enum { MAXW = 8 };
    const char *ew[MAXW];
    size_t en[MAXW];
    int ne = 0;
    for (const char *p = entity; ne < MAXW;) {
        const char *w;
        size_t n = xc_next_word(&p, &w);
        if (!n)
            break;
        if (ne == 0 && n == 3 && xc_strncaseeq(w, "the", 3))
            continue;
        ew[ne] = w;
        en[ne++] = n;
    }
    if (ne == 0)
        return NULL;
    const char *best_b = NULL, *best_e = NULL;
    int best = 0;
    for (const char *p = label;;) {
        const char *w;
        size_t n = xc_next_word(&p, &w);
        if (!n)
            break;
        const char *b = w, *q = p, *end = p;
        int k = 0;
        while (k < ne && n == en[k] && xc_strncaseeq(w, ew[k], n)) {
            end = q;
            k++;
            n = xc_next_word(&q, &w);
        }
        if (k > best) {
            best = k;
            best_b = b;
            best_e = end;
        }
    }
    /* (a short first word alone names no one: "Mu" of Mu Holdings) */
    if (!best || (best < 2 && en[0] < 3))
        return NULL;
    xc_buf b = {0};
    xc_buf_put(&b, label, (size_t)(best_b - label));
    xc_buf_puts(&b, "Company");
    xc_buf_puts(&b, best_e);
    return xc_buf_detach(&b);
}

/* The label with the registrant's trading symbol written "Company" ("Net
 * Income Attributable to IDR"), or NULL when it names none: the symbol as
 * a whole word, as printed. */
static char *ticker_as_company(const char *label, const char *ticker)
{
    size_t n = strlen(ticker);
    for (const char *p = strstr(label, ticker); p && n >= 2; p = strstr(p + 1, ticker)) {
        if ((p > label && xc_isalnum((unsigned char)p[-1])) || xc_isalnum((unsigned char)p[n]))
            continue;
        xc_buf b = {0};
        xc_buf_put(&b, label, (size_t)(p - label));
        xc_buf_puts(&b, "Company");
        xc_buf_puts(&b, p + n);
        return xc_buf_detach(&b);
    }
    return NULL;
}

void xc_free_rec(rec *r)
{
    free(r->own.member);
    free(r->label);
    for (int k = 0; k < r->nheads; k++)
        free(r->heads[k]);
    free(r->ext);
}

/* Whether a heading is about per-share amounts: per-share words, or only
 * the kind of earnings per share ("Basic", "Diluted:", "Assuming
 * dilution"). */
static int heading_per_share(const xc_taxonomy *tax, const char *text)
{
    xc_words w = xc_words_seen(tax, text, 0);
    const xc_word basic = xc_word_id("basic", 5), diluted = xc_word_id("diluted", 7),
                  dilution = xc_word_id("dilution", 8), assuming = xc_word_id("assuming", 8);
    int kind = w.n > 0;
    for (int i = 0; i < w.n && kind; i++)
        kind = w.w[i] == basic || w.w[i] == diluted || w.w[i] == dilution || w.w[i] == assuming;
    return kind || xc_words_has(&w, "eps") ||
           (xc_words_has(&w, "per") && xc_words_has(&w, "share") &&
            !xc_taxonomy_shares_first(tax, text));
}

void xc_free_heading(heading *h)
{
    free(h->text);
    if (h->under) {
        xc_free_heading(h->under);
        free(h->under);
    }
}

/* Closes the innermost heading. */
static void pop_heading(tstate *s)
{
    xc_free_heading(&s->heads[--s->nheads]);
}

/* Opens a heading at indent, closing those at its indent or deeper. A
 * group (see heading.group) stays open under a heading at its own indent
 * that has no colon of its own; with nest, the heading above becomes one.
 * A heading at its indent whose rows stood at its indent is kept aside,
 * to open again if this one turns out to head items of its own
 * (heading.nested). */
static void push_heading(tstate *s, int indent, const char *text, int nest)
{
    int colon = xc_ends_colon(text);
    heading *under = NULL;
    if (nest && s->nheads && s->heads[s->nheads - 1].indent == indent && !colon &&
        s->heads[s->nheads - 1].colon)
        s->heads[s->nheads - 1].group = 1;
    while (s->nheads > 0 && s->heads[s->nheads - 1].indent >= indent) {
        heading *h = &s->heads[s->nheads - 1];
        if (h->group && h->indent == indent && !colon)
            break;
        if (h->indent == indent && h->rows && !h->nested && !h->colon && !colon && !under) {
            under = xc_xmalloc(sizeof(*under));
            *under = *h;
            s->nheads--;
            continue;
        }
        pop_heading(s);
    }
    if (s->nheads >= 16) {
        xc_free_heading(&s->heads[0]);
        memmove(&s->heads[0], &s->heads[1], 15 * sizeof(heading));
        s->nheads--;
    }
    s->heads[s->nheads].under = under;
    s->heads[s->nheads].rows = 0;
    s->heads[s->nheads].nested = 0;
    s->heads[s->nheads].indent = indent;
    s->heads[s->nheads].text = xc_trim_dup(text);
    s->heads[s->nheads].equity = 0;
    s->heads[s->nheads].colon = colon;
    s->heads[s->nheads].group = 0;
    s->heads[s->nheads].list = 0;
    s->heads[s->nheads].deeper = 0;
    s->heads[s->nheads].instant = xc_places_instant(s->heads[s->nheads].text);
    s->heads[s->nheads].per_share = heading_per_share(s->tax, text);
    xc_statement st = s->stmt == XC_STMT_INCOME || s->stmt == XC_STMT_UNKNOWN
                          ? xc_taxonomy_statement_of(s->tax, text)
                          : XC_STMT_UNKNOWN;
    s->heads[s->nheads].stmt = st == XC_STMT_BALANCE || st == XC_STMT_CASHFLOW ? (int)st : 0;
    s->nheads++;
    /* a heading about liabilities or equity turns the balance sheet over;
     * "Current assets" and "Non-current liabilities" say which part */
    if (s->stmt == XC_STMT_BALANCE) {
        xc_words w = xc_words_seen(s->tax, text, 0);
        int liab = 0, cur = 0, noncur = 0;
        int eq = xc_words_has(&w, "equity") || xc_words_has(&w, "stockholder");
        liab = xc_words_has(&w, "liability") || eq || xc_words_has(&w, "capital");
        s->heads[s->nheads - 1].equity = eq && !xc_words_has(&w, "liability") &&
                                         !xc_words_has(&w, "total");
        cur = xc_words_has(&w, "current");
        noncur = xc_words_has(&w, "noncurrent") || xc_words_has(&w, "long");
        if (liab && s->side != XC_SIDE_LIABILITY) {
            s->side = XC_SIDE_LIABILITY;
            s->term = 0;
        }
        if (noncur)
            s->term = 2;
        else if (cur)
            s->term = 1;
    }
}

/* Whether a heading of the balance sheet's open ones is about equity
 * alone ("Stockholders' equity:", not "Liabilities and equity"). */
static int under_equity(const tstate *s)
{
    for (int k = 0; k < s->nheads; k++)
        if (s->heads[k].equity)
            return 1;
    return 0;
}

/* A row that names a member of a qualifying axis beside a concept ("Class
 * A common stock", "Common stock - Class B") is that concept for that
 * member, where the axis splits it; a row whose rest names none ("Class A"
 * under "Basic net income per share:") its heading's concept. */
static void qualified_row(const tstate *s, rec *rc, const xc_map_ctx *ctx)
{
    char rest[256];
    int n;
    /* (a clause after a semicolon qualifies its own words, not the row:
     * "Preferred stock - $0.01 par value; 30,000 shares authorized; Series
     * A convertible preferred stock, zero shares issued") */
    const char *semi = strchr(rc->label, ';');
    char *first = semi ? xc_xstrndup(rc->label, (size_t)(semi - rc->label)) : NULL;
    const xc_axis_member *am =
        xc_taxonomy_qualifier(s->tax, first ? first : rc->label, rest, sizeof(rest), &n);
    free(first);
    xc_match m;
    /* (of several classes together, the rest alone: "Basic net income per
     * share of Class A, Class B, and Class C stock") */
    if (n > 1 && rc->concept < 0 && xc_map_label(s->tax, rest, ctx, &m)) {
        rc->concept = m.concept;
        rc->score = m.score;
        rc->rule = m.rule;
    }
    if (!am) {
        /* a row under a heading that names the member ("Net loss per share
         * attributable to Class A common stockholders" / "Basic and
         * diluted") is its concept for that member, where the axis splits
         * it and the heading names no other */
        if (rc->concept < 0 || !ctx->nheadings ||
            s->tax->concepts[rc->concept].type == XC_TYPE_MONETARY)
            return;
        am = xc_taxonomy_qualifier(s->tax, ctx->headings[0], rest, sizeof(rest), &n);
        if (am && am->residual)
            return; /* ("Earnings per common share:" names the concept, not a class) */
        if (am && xc_axis_splits(s->tax, am, rc->concept)) {
            rc->seg_measure = rc->concept;
            rc->axis_member = am;
        }
        return;
    }
    int words = 0;
    for (const char *p = rest; *p && !words; p++)
        words = xc_isalpha((unsigned char)*p);
    int ok = words && xc_map_label(s->tax, rest, ctx, &m) && xc_axis_splits(s->tax, am, m.concept);
    /* (else the heading's: "Cash dividends per share:" / "Class B Common
     * Stock") */
    if (!ok && ctx->nheadings) {
        xc_map_ctx up = *ctx;
        up.nheadings--;
        memmove(up.headings, up.headings + 1, (size_t)up.nheadings * sizeof(up.headings[0]));
        ok = xc_map_label(s->tax, ctx->headings[0], &up, &m) &&
             xc_axis_splits(s->tax, am, m.concept);
    }
    if (!ok)
        return;
    rc->concept = rc->seg_measure = m.concept;
    rc->score = m.score;
    rc->rule = m.rule;
    rc->axis_member = am;
}

/* Whether row rc, at indent, is a per-share amount by its headings
 * ("EARNINGS PER COMMON SHARE" / "Basic" / "Cumulative effect of change in
 * accounting principle"), or by the table's title where no column's
 * header says which amounts are per share ("(Per diluted share amounts,
 * after-tax)" over "Impairment of goodwill 1.47"): under such a heading
 * or title, with every amount printed to cents or finer (a computation's
 * "Net income" there prints 53), or printed as a dash. */
static int per_share_row(const tstate *s, int indent, const rec *rc)
{
    int under = s->per_share, amounts = 0, dashes = 0;
    for (int j = 0; j < s->ncols && under; j++)
        under = !(s->cols[j].use && s->cols[j].pershare);
    for (int k = 0; k < s->nheads && !under; k++)
        under = s->heads[k].per_share && s->heads[k].indent <= indent;
    for (int j = 0; under && j < s->ncols; j++) {
        if (rc->has[j] && (rc->num[j].flags & XC_NUM_DASH))
            dashes++;
        if (!rc->has[j] || xc_decimal_is_zero(rc->num[j].value))
            continue;
        if (rc->num[j].frac_digits < 2)
            return 0;
        amounts++;
    }
    /* (a row of dashes there is a per-share nil: "Discontinued
     * Operations  -  -" under "Basic Earnings Per Common Share:") */
    return under && (amounts > 0 || dashes > 0);
}

/* The section of a balance sheet that the row being read stands in: the
 * last heading's, else, on a classified sheet, current above the side's
 * "Total current ..." row. */
static int section_term(const tstate *s)
{
    if (s->unclassified)
        return XC_TERM_UNCLASSIFIED;
    if (s->term != XC_TERM_ANY)
        return s->term;
    size_t i = s->row;
    int k = s->side == XC_SIDE_LIABILITY ||
            (s->current_end[0] != SIZE_MAX && i > s->current_end[0]);
    return s->current_end[k] != SIZE_MAX && i <= s->current_end[k] ? XC_TERM_CURRENT : XC_TERM_ANY;
}

void xc_fill_ctx(const tstate *s, int indent, xc_map_ctx *ctx, const char *const *extra,
                 int nextra)
{
    memset(ctx, 0, sizeof(*ctx));
    ctx->statement = s->stmt;
    ctx->industry = s->industry;
    ctx->side = s->stmt == XC_STMT_BALANCE ? s->side : XC_SIDE_NONE;
    if (ctx->side == XC_SIDE_LIABILITY && under_equity(s))
        ctx->side = XC_SIDE_EQUITY;
    ctx->term = s->stmt != XC_STMT_BALANCE ? XC_TERM_ANY : section_term(s);
    for (int k = 0; k < nextra && ctx->nheadings < XC_MAP_MAX_HEADINGS; k++)
        ctx->headings[ctx->nheadings++] = extra[k];
    for (int k = s->nheads - 1; k >= 0 && ctx->nheadings < XC_MAP_MAX_HEADINGS; k--)
        if (s->heads[k].indent <= indent)
            ctx->headings[ctx->nheadings++] = s->heads[k].text;
    /* rows under "Balance sheet data:" or "Cash flow data:" read as that
     * statement's (the nearest such heading says) */
    for (int k = s->nheads - 1; k >= 0; k--)
        if (s->heads[k].indent <= indent && s->heads[k].stmt) {
            ctx->statement = (xc_statement)s->heads[k].stmt;
            ctx->side = XC_SIDE_NONE;
            ctx->term = 0;
            break;
        }
}

/* The power of ten a note in parentheses gives a row's amounts: "(in
 * millions)", "(000)"; for amounts per unit, "(cents)" and "($)". Returns
 * 1 and sets *e when text has one; 2 for "($)", which says only "dollars"
 * of a row of money ("Gross Profit ($)" beside "Gross Profit (%)"). */
static int row_scale_note(const char *text, int *shares, int *e)
{
    const char *p = strchr(text, '(');
    while (p) {
        const char *q = strchr(p, ')');
        if (!q)
            break;
        char *in = xc_xstrndup(p, (size_t)(q - p + 1));
        *e = xc_scale_of(in, shares);
        free(in);
        if (*e >= 0)
            return 1;
        const char *a = p + 1, *z = q;
        while (a < z && xc_isspace((unsigned char)*a))
            a++;
        while (z > a && xc_isspace((unsigned char)z[-1]))
            z--;
        if (z - a > 3 && xc_strncaseeq(a, "in ", 3))
            a += 3;
        size_t n = (size_t)(z - a);
        if ((n == 5 && xc_strncaseeq(a, "cents", 5)) || (n == 2 && !memcmp(a, "\xC2\xA2", 2))) {
            *e = -2;
            return 1;
        }
        if ((n == 1 && *a == '$') || (n == 7 && xc_strncaseeq(a, "dollars", 7))) {
            *e = 0;
            return 2;
        }
        p = strchr(q, '(');
    }
    return 0;
}

/* Whether label names one of the abbreviations a scale note's exception
 * lists ("in thousands except AOV, ARPU and percentages" and "Average
 * order value (AOV)"): words of two or more capitals, matched whole. */
static int names_excepted(const char *except, const char *label)
{
    for (const char *p = except; *p;) {
        size_t n = 0;
        while (p[n] >= 'A' && p[n] <= 'Z')
            n++;
        if (n >= 2 && !xc_isalnum((unsigned char)p[n]) &&
            (p == except || !xc_isalnum((unsigned char)p[-1])))
            for (const char *q = label; *q; q++)
                if (!strncmp(q, p, n) && (q == label || !xc_isalnum((unsigned char)q[-1])) &&
                    !xc_isalnum((unsigned char)q[n]))
                    return 1;
        p += n ? n : 1;
    }
    return 0;
}

/* Text's head noun, before a note ("Fuel cost per gallon (average)":
 * cost) or a clause that places an instant ("Company-owned restaurants,
 * beginning of period": restaurants), or 0. */
xc_word xc_head_noun(const xc_taxonomy *tax, const char *text)
{
    const char *paren = strchr(text, '(');
    const char *comma = strchr(text, ',');
    if (comma && !xc_places_instant(comma + 1))
        comma = NULL; /* (no clause after the first comma places one) */
    for (const char *c = comma; c && (!paren || c < paren); c = strchr(c + 1, ','))
        if (xc_places_instant(c + 1)) {
            paren = c;
            break;
        }
    int before = 0;
    for (const char *p = text; paren && p < paren && !before; p++)
        before = xc_isalpha((unsigned char)*p);
    char *cut = before ? xc_xstrndup(text, (size_t)(paren - text)) : NULL;
    xc_word head = xc_words_head(tax, cut ? cut : text);
    free(cut);
    return head;
}

/* Whether text's head noun counts things or states a rate (the
 * vocabulary's <counts>), or measures a quantity of what a word of the
 * text counts ("Unit sales volume": <quantities>). */
int xc_counts_things(const xc_taxonomy *tax, const char *text)
{
    xc_word head = xc_head_noun(tax, text);
    xc_words counts = {tax->counts, (int)tax->ncounts};
    xc_words quantities = {tax->quantities, (int)tax->nquantities};
    if (!head || xc_words_has_id(&counts, head))
        return head != 0;
    if (!xc_words_has_id(&quantities, head))
        return 0;
    xc_words w = xc_words_seen(tax, text, 0);
    for (int i = 0; i < w.n; i++)
        if (xc_words_has_id(&counts, w.w[i]))
            return 1;
    return 0;
}

/* Whether the tn bytes of text name label, as whole words, case aside: a scale note's
 * sentence that lists what the table holds ("Our gross billings, units and
 * TTM active customers ... (in thousands):" names "Units"). */
int xc_text_names(const char *text, size_t tn, const char *label)
{
    size_t n = strlen(label);
    if (n < 3 || !tn)
        return 0;
    for (const char *p = xc_memcasemem(text, tn, label); p;
         p = xc_memcasemem(p + 1, tn - (size_t)(p + 1 - text), label))
        if ((p == text || !xc_isalnum((unsigned char)p[-1])) && !xc_isalnum((unsigned char)p[n]))
            return 1;
    return 0;
}

/* Whether the table's scale note names what label counts, before any
 * "except" ("Our gross billings, units and TTM active customers ... (in
 * thousands):", not "(in thousands, except stores)"). */
static int names_counted(const tstate *s, const char *label)
{
    if (!s->scale_text)
        return 0;
    size_t n = s->excepts ? (size_t)(s->excepts - s->scale_text) : strlen(s->scale_text);
    return xc_text_names(s->scale_text, n, label);
}

/* Whether a scale note names what the table counts: "(In millions of
 * KWHs)", "(thousands of barrels per day)"; not "(in millions of
 * dollars)". */
int xc_scale_counts(const xc_taxonomy *tax, const char *note)
{
    static const char *const W[] = {"billions of ", "millions of ", "thousands of ", NULL};
    size_t n = note ? strlen(note) : 0;
    for (const char *const *w = W; *w; w++) {
        const char *p = xc_memcasemem(note, n, *w);
        if (!p)
            continue;
        /* (what it is of, not what it excepts: "(in thousands of dollars,
         * except stores)") */
        p += strlen(*w);
        size_t len = strcspn(p, ",;)");
        char *of = xc_xstrndup(p, len);
        int counts = xc_counts_things(tax, of);
        free(of);
        return counts;
    }
    return 0;
}

/* Whether a note in parentheses names what label counts ("Net new orders
 * (homes)"). */
int xc_paren_counts(const xc_taxonomy *tax, const char *label)
{
    int counts = 0;
    for (const char *p = strchr(label, '('); p && !counts; p = strchr(p + 1, '(')) {
        const char *q = strchr(p, ')');
        if (!q)
            break;
        /* (a rate's unit before its slash: "BOE/d", "Bbls/d") */
        const char *slash = memchr(p + 1, '/', (size_t)(q - p - 1));
        char *in = xc_xstrndup(p + 1, (size_t)((slash ? slash : q) - p - 1));
        counts = xc_counts_things(tax, in) || xc_scale_counts(tax, in); /* ("millions of kWh") */
        free(in);
    }
    return counts;
}

/* Whether label names an amount held at a moment (the vocabulary's
 * <held>): a phrase of it that ends in its head noun ("Book value per
 * share"; not "Write-down of book value"). */
int xc_names_held(const xc_taxonomy *tax, const char *label)
{
    xc_words lw = tax->nheld ? xc_words_seen(tax, label, 0) : (xc_words){0};
    xc_word head = 0; /* (asked once a phrase is there: it costs more) */
    for (size_t i = 0; i < tax->nheld; i++) {
        const xc_words *w = &tax->held[i].words;
        if (!w->n || !xc_words_has_id(&lw, w->w[w->n - 1]) ||
            !xc_taxonomy_has_phrase(tax, &tax->held[i], 1, label))
            continue;
        if (!head)
            head = xc_head_noun(tax, label);
        if (w->w[w->n - 1] == head)
            return 1;
    }
    return 0;
}

/* Whether label states an amount per unit of something counted ("Average
 * fuel cost per gallon", "Revenue per available seat mile"), or names one
 * ("Average daily rate", "RevPAR": the vocabulary's <rates>): a rate, which
 * the table's "in millions" is not about. */
int xc_per_unit(const xc_taxonomy *tax, const char *label)
{
    xc_word head = xc_head_noun(tax, label);
    for (size_t i = 0; head && i < tax->nrates; i++)
        if (head == tax->rates[i])
            return 1;
    for (const char *p = label; *p; p++)
        if ((*p | 0x20) == 'p' && (p[1] | 0x20) == 'e' && (p[2] | 0x20) == 'r' && p[3] == ' ' &&
            (p == label || !xc_isalpha((unsigned char)p[-1])) && xc_counts_things(tax, p + 4))
            return 1;
    return 0;
}

/* Pending label-only lines become headings; a line that wraps onto the
 * next ("Adjustments to reconcile ... extraordinary" / "items to net cash
 * ...") is joined with it first. A line under a colon's heading at the
 * same indent nests in it ("Per share amounts:" / "Net income"). */
/* Whether heading line b, ending with a colon, finishes heading line a:
 * b alone names no concept, a and b together do ("Weighted Average Number
 * of Shares" / "Outstanding:", set flush left); not "LIABILITIES AND
 * EQUITY" / "Current liabilities:", where b names its own. */
static int finishes_heading(const tstate *s, const xc_row *a, const xc_row *b)
{
    if (!xc_ends_colon(b->label) || xc_ends_colon(a->label) || b->indent < a->indent)
        return 0;
    xc_map_ctx ctx;
    xc_match m;
    xc_fill_ctx(s, b->indent, &ctx, NULL, 0);
    ctx.nheadings = 0; /* (the lines alone, not under the headings above) */
    if (xc_map_label(s->tax, b->label, &ctx, &m) && m.score >= 85)
        return 0;
    char *j = xc_join2(a->label, b->label);
    int rc = xc_map_label(s->tax, j, &ctx, &m) && m.score >= 85;
    free(j);
    return rc;
}

static void flush_headings(tstate *s, const xc_row *const *pending, int n)
{
    for (int k = 0; k < n; k++) {
        if (k + 1 < n && (starts_lower(pending[k + 1]->label) || ends_open(pending[k]->label) ||
                          finishes_heading(s, pending[k], pending[k + 1]))) {
            char *j = xc_join2(pending[k]->label, pending[k + 1]->label);
            push_heading(s, pending[k]->indent, j, k > 0);
            free(j);
            k++;
        } else {
            push_heading(s, pending[k]->indent, pending[k]->label, k > 0);
        }
    }
}

/* Whether a balance sheet's table shows its sides: a heading about assets,
 * liabilities or equity, or a row that reads as total assets. Only then
 * do its first rows sit on the asset side; a table of selected balance
 * sheet data ("Cash", "Total debt", "Stockholders' equity") has none,
 * even with total assets among its lines, when its title says so
 * ("Selected Balance Sheet Information": "Trade accounts payable" above
 * "Total assets"). */
static int shows_sides(const tstate *s)
{
    const xc_taxonomy *tax = s->tax;
    int assets = xc_taxonomy_find(tax, "Assets");
    for (size_t k = 0; k < s->t->ntitle; k++)
        if (xc_taxonomy_has_phrase(tax, tax->excerpt, tax->nexcerpt, s->t->title[k]))
            assets = -1;
    for (size_t i = 0; i < s->t->nrows; i++) {
        const xc_row *r = &s->t->rows[i];
        if (r->kind != XC_ROW_TEXT && r->kind != XC_ROW_DATA)
            continue;
        xc_words w = xc_words_seen(tax, r->label, 0);
        if (r->kind == XC_ROW_TEXT &&
            (xc_words_has(&w, "asset") || xc_words_has(&w, "liability") ||
             xc_words_has(&w, "equity") || xc_words_has(&w, "stockholder")))
            return 1;
        for (int a = r->kind == XC_ROW_DATA ? xc_taxonomy_same_words(tax, &w) : -1; a >= 0;
             a = tax->same_next[a])
            if (tax->aliases[a].concept == assets && xc_words_equal(&tax->aliases[a].words, &w))
                return 1;
    }
    return 0;
}

/* Whether a balance sheet's table has no current sections: no line names
 * current (or noncurrent) assets or liabilities, nor heads its current
 * part ("Current" over an unlabelled sum). A bank's, an insurer's or a real
 * estate trust's balance sheet is such, as is a summary with a few rows.
 * Notes too where the current assets and liabilities end: the rows above
 * "Total current assets" are current ones, under a heading or not. */
static void classify_sheet(tstate *s)
{
    s->unclassified = 1;
    s->current_end[0] = s->current_end[1] = SIZE_MAX;
    for (size_t i = 0; i < s->t->nrows; i++) {
        const xc_row *r = &s->t->rows[i];
        if (r->kind != XC_ROW_TEXT && r->kind != XC_ROW_DATA)
            continue;
        xc_words w = xc_words_seen(s->tax, r->label, 0);
        int cur = xc_words_has(&w, "current"), noncur = xc_words_has(&w, "noncurrent");
        int assets = xc_words_has(&w, "asset"), liab = xc_words_has(&w, "liability");
        if ((cur || noncur) && (w.n == 1 || assets || liab))
            s->unclassified = 0;
        if (r->kind == XC_ROW_DATA && cur && !noncur && assets != liab &&
            xc_label_starts(r->label, "total") && !xc_words_has(&w, "non") &&
            s->current_end[liab] == SIZE_MAX)
            s->current_end[liab] = i;
    }
}

/* Whether a line could wrap onto the label below it: not a heading in
 * capitals over a label that is not ("EXPENSES" / "Rental expenses"), nor
 * one that repeats a word of it ("OTHER INCOME/(EXPENSE)" / "Other
 * interest income"). */
static int may_wrap(const xc_taxonomy *tax, const char *above, const char *below)
{
    int upper = 0, lower = 0;
    for (const char *p = above; *p; p++) {
        upper += *p >= 'A' && *p <= 'Z';
        lower += *p >= 'a' && *p <= 'z';
    }
    if (upper >= 2 && !lower) {
        for (const char *p = below; *p; p++)
            if (*p >= 'a' && *p <= 'z')
                return 0;
    }
    xc_words a = xc_words_seen(tax, above, 0), b = xc_words_seen(tax, below, 0);
    return xc_words_common(&a, &b) == 0;
}

/* Maps a row's label; "Net income attributable to Granite" reads as the
 * parent by its name, where that reads better than the label as printed.
 * Returns whether a concept fits. */
static int map_named(const tstate *s, const char *label, const xc_map_ctx *ctx, xc_match *m)
{
    int ok = xc_map_label(s->tax, label, ctx, m);
    char *named = s->entity && (!ok || m->score < 100) ? name_as_company(label, s->entity) : NULL;
    if (!named && s->ticker && (!ok || m->score < 100))
        named = ticker_as_company(label, s->ticker);
    xc_match mn;
    if (named && xc_map_label(s->tax, named, ctx, &mn) && (!ok || mn.score > m->score)) {
        *m = mn;
        ok = 1;
    }
    free(named);
    return ok;
}

/* Whether a header text holds anything but blanks. */
int xc_has_text(const char *h)
{
    return h[strspn(h, " ")] != '\0';
}

/* Whether label names a line of statement st exactly, read with no
 * heading (a label reading of 95% or more): sets *m. */
int xc_names_exactly(const tstate *s, const char *label, xc_statement st, xc_match *m)
{
    xc_map_ctx bare;
    memset(&bare, 0, sizeof(bare));
    bare.statement = st;
    bare.industry = s->industry;
    return xc_map_label(s->tax, label, &bare, m) && m->score >= 95 && !strcmp(m->rule, "label");
}

/* Whether a row of the table above already reads as concept c. */
int xc_read_above(const tstate *s, int c)
{
    for (size_t k = 0; k < s->nrecs && c >= 0; k++)
        if (s->recs[k].concept == c)
            return 1;
    return 0;
}

/* Whether every amount of data row r is printed to cents or finer, or as
 * a dash, as per-share amounts are (see per_share_row). */
static int cents_row(const tstate *s, const xc_row *r)
{
    int any = 0;
    for (int j = 0; j < s->ncols && j < (int)s->t->ncols; j++) {
        xc_number n;
        if (!r->cells[j] || xc_number_parse(r->cells[j], strlen(r->cells[j]), &n) != 0)
            continue;
        if (!(n.flags & XC_NUM_DASH) && !xc_decimal_is_zero(n.value) && n.frac_digits < 2)
            return 0;
        any = 1;
    }
    return any;
}

/* Whether data row r reads better under the last of the n pending lines
 * as its heading than without it, the lines above it read as headings in
 * both: then the line heads a group even printed flush left with its rows
 * ("Income from continuing operations" / "Basic" / "Diluted", where
 * "Diluted" alone under "Per share amounts:" would read as a share count;
 * "Per Share Basis" / "Basic" / "Continuing operations" $2.65 /
 * "Discontinued operations" $.07, per basic share). */
static int reads_under(const tstate *s, const xc_row *const *pending, int n, const xc_row *r)
{
    if (!*r->label || n < 1)
        return 0;
    const char *lines[XC_MAP_MAX_HEADINGS];
    int nl = 0, ps_alone = 0, ps_under = 0;
    for (int k = n - 1; k >= 0 && nl < XC_MAP_MAX_HEADINGS; k--) {
        lines[nl++] = pending[k]->label;
        if (heading_per_share(s->tax, pending[k]->label))
            *(k == n - 1 ? &ps_under : &ps_alone) = 1;
    }
    for (int k = 0; k < s->nheads; k++)
        ps_alone |= s->heads[k].per_share && s->heads[k].indent <= r->indent;
    int cents = (ps_alone || ps_under) && cents_row(s, r);
    xc_map_ctx c1, c2;
    xc_fill_ctx(s, r->indent, &c1, lines + 1, nl - 1);
    xc_fill_ctx(s, r->indent, &c2, lines, nl);
    c1.per_share = cents && ps_alone;
    c2.per_share = cents && (ps_alone || ps_under);
    xc_match alone, under;
    xc_map_label(s->tax, r->label, &c1, &alone);
    if (!xc_map_label(s->tax, r->label, &c2, &under) || under.score < 85)
        return 0;
    /* as well or nearly, but without the line the row would read as a
     * row above ("Diluted" / "Continuing operations" / "Discontinued
     * operations", the last per basic share again under "Basic" above;
     * "Earnings per share of common stock" / "Basic" / "Diluted", the
     * last the diluted shares again under "Weighted average number of
     * common shares outstanding:") */
    return under.score > alone.score ||
           (under.concept != alone.concept && xc_read_above(s, alone.concept));
}

/* Whether a column header says "as of" ("As of and for the year ended"). */
static int says_as_of(const xc_table *t)
{
    for (size_t j = 0; j < t->ncols; j++)
        if (xc_memcasemem(t->colhead[j], strlen(t->colhead[j]), "as of"))
            return 1;
    return 0;
}

/* Whether a row's label is a total's word and nothing else: "Total",
 * "Consolidated", "Total company" (the vocabulary's <total>; not "As
 * reported", which names a measure). */
int xc_bare_total(const xc_taxonomy *tax, const char *label)
{
    xc_words w = xc_words_seen(tax, label, 1);
    if (!w.n) /* ("total" is a stop word) */
        return xc_label_starts(label, "total");
    if (xc_taxonomy_says_reported(tax, label))
        return 0;
    for (size_t p = 0; p < tax->ntotal; p++)
        if (xc_words_equal(&w, &tax->total[p].words))
            return 1;
    return 0;
}

/* Whether label totals a heading by a total word of its own before the
 * heading's words ("Consolidated Adjusted EBITDA" under "Adjusted
 * EBITDA", as "Total Adjusted EBITDA" would). */
static int totals_heading(const xc_taxonomy *tax, const char *label, const char *head)
{
    xc_words lw = xc_words_seen(tax, label, 0), hw = xc_words_seen(tax, head, 0);
    if (!hw.n || lw.n <= hw.n || xc_words_common(&lw, &hw) != hw.n)
        return 0;
    for (size_t p = 0; p < tax->ntotal; p++) {
        const xc_words *pw = &tax->total[p].words;
        if (pw->n && lw.n == hw.n + pw->n && xc_words_common(&lw, pw) == pw->n &&
            !xc_words_common(&hw, pw) && xc_label_starts(label, tax->total[p].text))
            return 1;
    }
    return 0;
}

/* Whether text names a step of results, income before or after
 * something ("Income (loss) before income tax expense"). */
static int step_of_results(const xc_taxonomy *tax, const char *text)
{
    xc_words w = xc_words_seen(tax, text, 0);
    return (xc_words_has(&w, "before") || xc_words_has(&w, "after")) &&
           (xc_words_has(&w, "income") || xc_words_has(&w, "earnings") ||
            xc_words_has(&w, "loss") || xc_words_has(&w, "profit"));
}

/* The concept a heading reads as on its own ("Stockholders' equity",
 * "Interest Revenue"), as a sum of the rows below may, at min_score or
 * better; else -1. */
int xc_heading_total(const tstate *s, const char *text, int min_score)
{
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = s->stmt;
    ctx.industry = s->industry;
    xc_match m;
    return xc_map_label(s->tax, text, &ctx, &m) && m.score >= min_score ? m.concept : -1;
}

/* Whether a heading reads as a concept of its own. */
static int names_total(const tstate *s, const char *text)
{
    return xc_heading_total(s, text, 85) >= 0;
}

/* Whether a line of fixed-width text ends where a wrap would end it: the
 * next word (of the line below) would not have fitted before the table's
 * amounts begin ("Average Number of Shares of Common" / "Stock ...", not
 * "Other items" / "Gain on sale of assets"). */
static int fills_line(const xc_table *t, const xc_row *line, const char *next)
{
    int values = INT_MAX;
    for (size_t i = 0; i < t->nrows; i++)
        for (size_t j = 0; t->rows[i].kind == XC_ROW_DATA && j < t->ncols; j++)
            if (t->rows[i].cells[j] && t->rows[i].cell_col[j] < values)
                values = t->rows[i].cell_col[j];
    size_t word = strcspn(next, " ");
    /* (a label may stop short of the amounts by a gutter of some blanks) */
    return line->indent + (int)strlen(line->label) + 1 + (int)word >= values - 8;
}

/* The row below row i, past blank lines (a double-spaced table's), or
 * NULL at the table's end. */
static const xc_row *row_below(const xc_table *t, size_t i)
{
    while (++i < t->nrows && t->rows[i].kind == XC_ROW_BLANK)
        ;
    return i < t->nrows ? &t->rows[i] : NULL;
}

/* How many of the npend lines above data row i are its label's first
 * lines by their indents: in fixed-width text, a label that wraps hangs
 * its later lines a space in from its first ("FOREIGN EXCHANGE" / " RATE
 * (ANNUAL" / " AVERAGE)"), where a case that says so may be missing (all
 * capitals). Not when the line below the row goes on at the row's indent
 * ("REVENUES" / " MERCHANDISE SALES" / " CREDIT AND FINANCIAL PRODUCTS":
 * items under a heading), nor over a line that ends with a colon. (In
 * HTML, an indent one deeper is a level of nesting.) */
static int hanging_wrap(const tstate *s, size_t i, const xc_row *const *pending, int npend)
{
    const xc_table *t = s->t;
    const xc_row *r = &t->rows[i], *below = row_below(t, i);
    if (!t->spaced)
        return 0;
    int lines = below && (below->kind == XC_ROW_DATA || below->kind == XC_ROW_TEXT);
    if (lines && below->indent == r->indent)
        return 0;
    for (int f = npend - 1; f >= 0; f--) {
        if (xc_ends_colon(pending[f]->label))
            return 0;
        if (pending[f]->indent == r->indent - 1)
            return npend - f;
        /* a hang of two or three spaces, where the line below goes back
         * out, unless the first line names a concept that heads the row
         * ("Average Number of Shares of Common" / "  Stock Outstanding"
         * against "Revenues" / "  Net sales"); a line that cannot end a
         * label heads nothing ("Fixed maturities, available for sale," /
         * "  at fair value (amortized cost" / "  $3,412,880 and ...)") */
        if (pending[f]->indent < r->indent - 1 && pending[f]->indent >= r->indent - 3 &&
            (!lines || below->indent <= pending[f]->indent) &&
            fills_line(t, pending[f], f + 1 < npend ? pending[f + 1]->label : r->label) &&
            (ends_open(pending[f]->label) || !names_total(s, pending[f]->label)))
            return npend - f;
        if (pending[f]->indent != r->indent)
            return 0;
    }
    return 0;
}

/* Whether a line prints share counts of a kind ("Issued shares - 89,604
 * and 76,358"), or, with first, a par value. */
static int states_shares(const char *label, int first)
{
    xc_capital cap;
    if (!xc_capital_read(label, &cap))
        return 0;
    if (first)
        return cap.par_set;
    for (int k = 0; k < cap.n; k++)
        if (cap.c[k].kinds)
            return !cap.par_set;
    return 0;
}

/* How many pending lines are the first lines of a row's label that goes
 * on with its stock's share data, a kind of count a line: "Common stock,
 * $0.0001 par value, authorized shares - 200,000" / "Issued shares -
 * 89,604 and 76,358" / "Outstanding shares - 81,760 and 68,863 9". Each
 * line ends in a figure, so none reads as open; read apart, the row's own
 * line would be a count of shares where the amount is the stock's. */
static int share_data_wrap(const xc_row *const *pending, int npend, const char *label)
{
    if (!npend || !states_shares(label, 0))
        return 0;
    for (int f = npend - 1; f >= 0; f--) {
        if (states_shares(pending[f]->label, 1))
            return npend - f;
        if (!states_shares(pending[f]->label, 0))
            return 0;
    }
    return 0;
}

/* Builds logical rows from the table's body: joins wrapped labels, keeps
 * headings, and maps each label. */
void xc_build_records(tstate *s)
{
    const xc_table *t = s->t;
    const xc_row *pending[8];
    int npend = 0;
    if (s->stmt == XC_STMT_BALANCE && !shows_sides(s))
        s->side = XC_SIDE_NONE;
    if (s->stmt == XC_STMT_BALANCE)
        classify_sheet(s);
    else
        s->unclassified = 0;
    XC_GROW(s->recs, s->crecs, t->nrows); /* at most a record a row, ~1 KB each */
    s->note_all = 0;
    for (size_t i = 0; s->excepts && i < t->nrows && !s->note_all; i++)
        s->note_all = t->rows[i].kind == XC_ROW_DATA && names_excepted(s->excepts, t->rows[i].label);
    size_t skip = SIZE_MAX; /* a line read as the end of the label above */
    for (size_t i = 0; i < t->nrows; i++) {
        const xc_row *r = &t->rows[i];
        if (i == skip)
            continue;
        s->row = i;
        if (r->kind == XC_ROW_TEXT) {
            if (npend == 8) {
                push_heading(s, pending[0]->indent, pending[0]->label, 0);
                memmove(pending, pending + 1, 7 * sizeof(*pending));
                npend--;
            }
            pending[npend++] = r;
            continue;
        }
        if (r->kind != XC_ROW_DATA) {
            /* a blank or a rule ends any wrap: pending lines are headings */
            flush_headings(s, pending, npend);
            npend = 0;
            continue;
        }
        /* a data row: how many pending lines are its label's first lines? */
        int nwrap = 0;
        for (int k = npend - 1; k >= 0; k--) {
            const char *below = k == npend - 1 ? r->label : pending[k + 1]->label;
            if (starts_lower(below) || ends_open(pending[k]->label))
                nwrap++;
            else
                break;
        }
        int hung = hanging_wrap(s, i, pending, npend);
        if (hung > nwrap)
            nwrap = hung;
        int shared = share_data_wrap(pending, npend, r->label);
        if (shared > nwrap)
            nwrap = shared;
        char *label = xc_xstrdup(r->label);
        for (int k = npend - 1; k >= npend - nwrap; k--) {
            char *j = xc_join2(pending[k]->label, label);
            free(label);
            label = j;
        }
        int nhead = npend - nwrap;
        /* one more pending line could be a wrap the heuristics missed
         * ("Selling, General and Administrative" / "Expenses"): keep the
         * reading that maps better */
        /* ...unless the line heads a group: this row and the next are
         * both indented under it ("Basic" / "Continuing operations" /
         * "Discontinued operations"), or items of a list ("Cost of Sales"
         * / "- Utility" / "- Nonutility") */
        /* (the row stands where its label's first line does, and the next
         * item may wrap too: "Basic" / "  Earnings per share before" /
         * "   cumulative effect 0.25" / "  Cumulative effect of" / ...) */
        const xc_row *nx = row_below(t, i);
        int at = nwrap ? pending[npend - nwrap]->indent : r->indent;
        int next = nhead > 0 && nx && nx->indent == at &&
                   (nx->kind == XC_ROW_DATA || (nwrap && nx->kind == XC_ROW_TEXT));
        int list = next && list_item(r->label) && list_item(nx->label);
        int group = next && (at > pending[nhead - 1]->indent || list ||
                             reads_under(s, pending, nhead, nx));
        /* (a scale note in parentheses is no part of a label: "(in
         * thousands, except per share data)" above "Net revenues") */
        const char *up = nhead > 0 ? pending[nhead - 1]->label : "";
        int ux, ue;
        int note = up[0] == '(' && up[strlen(up) - 1] == ')' && row_scale_note(up, &ux, &ue);
        if (nhead > 0 && *r->label && !strchr(up, ':') && !group && !note &&
            r->indent <= pending[nhead - 1]->indent + 3 && may_wrap(s->tax, up, label)) {
            const xc_row *p = pending[nhead - 1];
            char *joined = xc_join2(p->label, label);
            xc_map_ctx c1, c2;
            const char *ph = p->label;
            xc_fill_ctx(s, r->indent, &c1, NULL, 0);
            xc_fill_ctx(s, r->indent, &c2, &ph, 1);
            xc_match mj, ms;
            map_named(s, joined, &c1, &mj);
            map_named(s, label, &c2, &ms);
            /* a line that begins "Total" heads no group: its row wraps
             * ("Total Domestic Retail" / "Stores 1,996"); nor, in fixed-width
             * text, does one whose row hangs in below it, where the next line
             * goes back out and the row names nothing under it, or only
             * what a row above already is ("Equity
             * earnings (losses) from Liberty" / "  Media Group 942") */
            /* (a rule below it, or the table's end, goes back out too:
             * "Net Interest Revenue After Provision for Credit" / "  Losses
             * 2,684" / "-----") */
            int out = !nx || nx->kind == XC_ROW_RULE || nx->kind == XC_ROW_DRULE ||
                      ((nx->kind == XC_ROW_DATA || nx->kind == XC_ROW_TEXT) &&
                       nx->indent <= p->indent);
            int hangs = t->spaced && r->indent > p->indent && out &&
                        (ms.score < 85 || xc_read_above(s, ms.concept));
            /* (when both readings name the same concept and more rows
             * follow at the row's indent, the line heads them: "Interest
             * Expense" / "Deposits" / "Long-Term Debt") */
            int same = next && mj.concept >= 0 && mj.concept == ms.concept;
            if ((mj.score >= ms.score && mj.score >= 85 && !same) ||
                xc_label_starts(p->label, "total") || hangs) {
                free(label);
                label = joined;
                nhead--;
            } else {
                free(joined);
            }
        }
        /* a wrapped label stands where its first line does ("Proceeds
         * from" / "  long-term borrowings 8,781" is a row at the first
         * line's indent, which closes no heading that a row there would
         * not) */
        int lindent = nhead < npend ? pending[nhead]->indent : r->indent;
        flush_headings(s, pending, nhead);
        npend = 0;
        if (list && s->nheads)
            s->heads[s->nheads - 1].list = 1;
        /* the end of a list closes its heading ("Operations" after "-
         * Nonutility" is no cost of sales) */
        if (s->nheads && s->heads[s->nheads - 1].list && !list_item(r->label) &&
            r->indent <= s->heads[s->nheads - 1].indent)
            pop_heading(s);
        /* a label that goes on below its values ("Depreciation &" 17,711
         * / "Amortization"), unless the line below heads what follows */
        if (i + 1 < t->nrows && t->rows[i + 1].kind == XC_ROW_TEXT && ends_dangling(label) &&
            !xc_ends_colon(t->rows[i + 1].label)) {
            char *j = xc_join2(label, t->rows[i + 1].label);
            free(label);
            label = j;
            skip = i + 1;
        }

        XC_GROW(s->recs, s->crecs, s->nrecs + 1);
        rec *rc = &s->recs[s->nrecs++];
        memset(rc, 0, sizeof(*rc));
        rc->row = r;
        rc->label = xc_trim_dup(label);
        free(label);
        rc->concept = -1;
        rc->dup_of = -1;
        rc->seg_measure = -1;
        rc->seg_ext = -1;
        rc->sigma = 1;
        rc->unlabeled = rc->label[0] == '\0';
        /* "Net income - excluding one-time items" / "- As reported": an
         * item of a list after a row that qualifies its measure after a
         * dash is that measure, qualified otherwise */
        char *base = NULL;
        size_t above = i;
        while (above > 0 && (t->rows[above - 1].kind == XC_ROW_RULE ||
                             t->rows[above - 1].kind == XC_ROW_DRULE ||
                             t->rows[above - 1].kind == XC_ROW_BLANK)) /* (double-spaced) */
            above--;
        if (s->nrecs > 1 && list_item(rc->label) && !nhead && above > 0 &&
            s->recs[s->nrecs - 2].row == &t->rows[above - 1]) {
            const char *pl = s->recs[s->nrecs - 2].label, *dash = xc_dash_split(pl, NULL);
            if (dash && !list_item(pl) && s->recs[s->nrecs - 2].row->indent <= r->indent)
                base = xc_xstrndup(pl, (size_t)(dash - pl));
        }
        /* a heading with a colon whose rows stood deeper than it ends at a
         * row as far out as itself ("Interest charges:" / "  Interest
         * expense" / "Income before income taxes"), and so do those opened
         * under it */
        /* (so does, in fixed-width text, one whose first row stood
         * deeper, at the first row back out that does not add its items
         * up; the heading it closed at its indent opens again: "Interest
         * Revenue" / ... / "Securities" / "  State and Municipal" /
         * "Trading Account Assets") */
        int totals = !*rc->label || xc_label_starts(rc->label, "total");
        for (int k = 0; k < s->nheads; k++)
            if (((s->heads[k].deeper && s->heads[k].colon) || (s->heads[k].nested && !totals)) &&
                lindent <= s->heads[k].indent) {
                heading *resume = NULL;
                if (s->heads[k].nested && k == s->nheads - 1) {
                    resume = s->heads[k].under;
                    s->heads[k].under = NULL;
                }
                while (s->nheads > k)
                    pop_heading(s);
                if (resume) {
                    s->heads[s->nheads++] = *resume;
                    free(resume);
                }
                break;
            }
        /* a step of results ends the headings of the items it follows
         * ("Other income (expense):" / "Interest expense" / ... / "Income
         * (loss) before income tax expense"), where they name measures:
         * not a segment's ("Homebuilding:"), nor one of amounts per share
         * or of such a step itself */
        if (s->stmt == XC_STMT_INCOME && s->nheads && !totals &&
            step_of_results(s->tax, rc->label)) {
            int k = s->nheads;
            while (k > 0 && s->heads[k - 1].rows && !s->heads[k - 1].per_share &&
                   !step_of_results(s->tax, s->heads[k - 1].text) &&
                   names_total(s, s->heads[k - 1].text))
                k--;
            while (s->nheads > k)
                pop_heading(s);
        }
        for (int k = 0; k < s->nheads; k++) {
            if (!s->heads[k].rows++)
                s->heads[k].nested = t->spaced && s->heads[k].indent < lindent;
            s->heads[k].deeper |= s->heads[k].indent < lindent;
        }
        xc_map_ctx ctx;
        xc_fill_ctx(s, r->indent, &ctx, (const char *const *)&base, base != NULL);
        ctx.closed = !nhead && s->nrecs > 1 && s->recs[s->nrecs - 2].total_like &&
                     s->recs[s->nrecs - 2].row->indent <= r->indent;
        for (int k = 0; k < ctx.nheadings; k++)
            rc->heads[rc->nheads++] = xc_xstrdup(ctx.headings[k]);
        rc->stmt = ctx.statement;
        for (int k = s->nheads - 1; k >= 0; k--)
            if (s->heads[k].indent < r->indent) {
                rc->under_instant = s->heads[k].instant;
                break;
            }
        /* rule above this row, or a "total" label: it may close a group.
         * A double rule ends the total above it, and a heading ("Operating
         * income:") opens a group: neither makes the row below a total */
        int rule_above = 0;
        for (size_t k = i; k > 0; k--) {
            const xc_row *q = &t->rows[k - 1];
            if (q->kind == XC_ROW_RULE) {
                rule_above = 1;
                break;
            }
            if (q->kind == XC_ROW_DATA || q->kind == XC_ROW_DRULE ||
                (q->kind == XC_ROW_TEXT && xc_ends_colon(q->label)))
                break;
        }
        rc->total_like = rule_above || rc->unlabeled || xc_label_starts(rc->label, "total") ||
                         xc_label_starts(rc->label, "net") ||
                         xc_label_starts(rc->label, "subtotal") ||
                         xc_bare_total(s->tax, rc->label);
        {
            xc_words w = xc_words_seen(s->tax, rc->label, 0);
            if (xc_words_has(&w, "beginning"))
                rc->beginning = 1;
            rc->dated = strpbrk(rc->label, "0123456789") && xc_label_date(rc->label, &rc->day);
        }
        /* scale notes: the row's own "(in millions)", else a heading's,
         * with what it excepts ("(in thousands, except share data)" over
         * the rows counts their shares one by one) */
        int sx = -1, noted = row_scale_note(rc->label, &sx, &rc->scale);
        for (int k = 0; !noted && k < rc->nheads; k++)
            noted = row_scale_note(rc->heads[k], &sx, &rc->scale);
        rc->shares_scale = noted                ? (sx >= 0 ? sx : rc->scale)
                           : s->share_scale >= 0 ? s->share_scale
                                                 : s->scale;
        /* "Access lines (000)": a count is scaled by its own note only, as
         * "in millions" over a table is about its money; so is an amount
         * per unit; unless the table's note says what it counts ("In
         * millions of KWHs") */
        rc->count_scale = noted && rc->scale > 0 ? rc->scale
                          : s->counts || s->note_all || names_counted(s, rc->label)
                              ? s->scale
                              : 0;
        /* (and so is each amount under a heading that says per what:
         * "Average costs per BOE:" / "Lease operating expenses $ 8.28") */
        if (ctx.nheadings && (!s->unit_head || strcmp(ctx.headings[0], s->unit_head))) {
            free(s->unit_head); /* (asked once a heading: it costs) */
            s->unit_head = xc_xstrdup(ctx.headings[0]);
            s->unit_head_per = xc_per_unit(s->tax, s->unit_head);
        }
        rc->per_unit = ctx.nheadings && s->unit_head_per && !xc_counts_things(s->tax, rc->label);
        if (noted == 2 && !rc->per_unit && !xc_per_unit(s->tax, rc->label))
            noted = 0;
        if (!noted)
            rc->scale = s->scale && (rc->per_unit || xc_per_unit(s->tax, rc->label)) ? 0 : s->scale;
        if (!noted && s->note_all && names_excepted(s->excepts, rc->label))
            rc->scale = rc->count_scale = 0;
        for (int j = 0; j < s->ncols && j < (int)t->ncols; j++) {
            if (!r->cells[j])
                continue;
            int prc = xc_number_parse(r->cells[j], strlen(r->cells[j]), &rc->num[j]);
            if (prc == 0)
                rc->has[j] = 1;
            else if (prc == -XC_EOVERFLOW && s->cols[j].use)
                xc_diag_add(s->d, XC_ERROR, XC_EOVERFLOW, s->source, r->cell_line[j],
                            r->cell_col[j], "number too large to hold exactly: %s",
                            r->cells[j]);
            else if (prc == -XC_EINEXACT && s->cols[j].use)
                xc_diag_add(s->d, XC_WARNING, XC_EINEXACT, s->source, r->cell_line[j],
                            r->cell_col[j], "fraction with no exact decimal left out: %s",
                            r->cells[j]);
        }
        rc->per_share = per_share_row(s, r->indent, rc);
        ctx.per_share = rc->per_share;
        if (!rc->unlabeled) {
            xc_match m;
            int ok = map_named(s, rc->label, &ctx, &m);
            /* selected data "as of and for" each year go on from the
             * year's income to its balances ("Total assets", "Long-term
             * debt"), as does a label that dates its own ("Total assets as
             * of June 30, 2024"): a label that names a balance exactly is that, unless
             * a heading holds it ("Interest expense:" over "Federal Home
             * Loan Bank advances", "REVENUES" over an indented "Equipment") */
            int held = 0;
            for (int k = 0; k < s->nheads; k++)
                held |= s->heads[k].colon || s->heads[k].indent < r->indent;
            if (!ok && s->stmt == XC_STMT_INCOME && !held && s->as_of < 0)
                s->as_of = says_as_of(t);
            if (!ok && s->stmt == XC_STMT_INCOME && !held &&
                (s->as_of || xc_places_instant(rc->label)))
                ok = xc_names_exactly(s, rc->label, XC_STMT_BALANCE, &m);
            /* ...and to the year's cash flows ("Capital expenditures",
             * "Net cash provided by operating activities"), which a label
             * names exactly; not amounts printed to the cent ("Cash
             * dividends $ 0.07" is a dividend per share) */
            if (!ok && s->stmt == XC_STMT_INCOME && !held && !cents_row(s, r))
                ok = xc_names_exactly(s, rc->label, XC_STMT_CASHFLOW, &m);
            /* nor does a heading over per-share amounts hold a balance
             * printed in money after them ("Diluted earnings per share:" /
             * ..., "Total assets 19,087" in selected data) */
            int pershare_heads = !ok && !rc->per_share && s->stmt == XC_STMT_INCOME && s->nheads;
            for (int k = 0; pershare_heads && k < s->nheads; k++)
                pershare_heads = s->heads[k].per_share;
            if (pershare_heads) {
                xc_map_ctx bare = ctx;
                bare.nheadings = 0;
                ok = xc_map_label(s->tax, rc->label, &bare, &m) &&
                     s->tax->concepts[m.concept].period == XC_PERIOD_INSTANT;
            }
            /* an amount per unit is none of the taxonomy's totals */
            if (ok && !rc->per_unit) {
                rc->concept = m.concept;
                rc->score = m.score;
                rc->rule = m.rule;
            }
            qualified_row(s, rc, &ctx);
        }
        free(base);
        /* in a non-GAAP table, the measure it names may close a sum
         * ("Adjusted EBITDA" under net income and its add-backs; "Adjusted
         * diluted earnings per share", read as the GAAP concept it adjusts,
         * under the GAAP figure and its adjustments) */
        if (s->nongaap && !rc->total_like && !rc->unlabeled &&
            xc_taxonomy_has_phrase(s->tax, s->tax->nongaap, s->tax->nnongaap, rc->label))
            rc->total_like = 1;
        /* nor does any concept read a step of results an extension names
         * ("Profit after taxation"), which closes the sum above it */
        if (rc->concept < 0 && !rc->total_like && s->stmt == XC_STMT_INCOME) {
            xc_words lw = xc_words_seen(s->tax, rc->label, 0);
            rc->total_like = xc_words_has(&lw, "before") || xc_words_has(&lw, "after");
        }
        if (rc->concept >= 0) {
            /* concepts that are calculation parents are totals */
            if (s->tax->concepts[rc->concept].nchildren && !rc->total_like)
                rc->total_like = rc->by_calc = 1;
            if (s->tax->concepts[rc->concept].statements & (1u << XC_STMT_CASHFLOW) &&
                s->stmt == XC_STMT_CASHFLOW &&
                strstr(s->tax->concepts[rc->concept].name, "NetCash"))
                rc->total_like = 1;
        }
        /* "Total current assets" closes the "Current assets" heading */
        if (xc_label_starts(rc->label, "total")) {
            xc_words lw = xc_words_seen(s->tax, rc->label, 0);
            for (int k = s->nheads - 1; k >= 0 && lw.n; k--) {
                xc_words hw = xc_words_seen(s->tax, s->heads[k].text, 0);
                /* (or names its concept: "Total income taxes" closes
                 * "Provision (benefit) for income taxes:") */
                int closes = xc_words_equal(&lw, &hw) ||
                             (rc->concept >= 0 &&
                              xc_heading_total(s, s->heads[k].text, 85) == rc->concept);
                if (closes) {
                    while (s->nheads > k)
                        pop_heading(s);
                    break;
                }
            }
        } else if (!rc->total_like && s->nheads && s->heads[s->nheads - 1].rows > 1 &&
                   totals_heading(s->tax, rc->label, s->heads[s->nheads - 1].text)) {
            rc->total_like = 1;
            pop_heading(s);
        } else if (rc->unlabeled && s->nheads && s->heads[s->nheads - 1].rows > 1 &&
                   (s->stmt == XC_STMT_INCOME || !names_total(s, s->heads[s->nheads - 1].text))) {
            /* and an unlabelled sum closes a heading over the rows it adds
             * up that names no total of its own ("Current" / ... /
             * "2,218.3"; not "Stockholders' equity", whose sum may come
             * after one more row, nor "Cash flows from operating
             * activities:" after its adjustments); in results, any heading
             * ("Premium income" / ... / the premiums earned): on a balance
             * sheet, a current section's end */
            xc_words hw = xc_words_seen(s->tax, s->heads[s->nheads - 1].text, 0);
            if (s->stmt == XC_STMT_BALANCE && xc_words_has(&hw, "current"))
                s->term = 2;
            pop_heading(s);
        }
        /* after total assets, the balance sheet turns to the other side;
         * after total current assets or liabilities come non-current ones.
         * Total assets atop the table adds up nothing in it: the table
         * lists a period's figures ("Total assets", "Total loans", "Total
         * deposits"), of either side */
        if (s->stmt == XC_STMT_BALANCE && rc->concept >= 0) {
            const char *cn = s->tax->concepts[rc->concept].name;
            if (!strcmp(cn, "Assets")) {
                s->side = s->nrecs > 1 ? XC_SIDE_LIABILITY : XC_SIDE_NONE;
                s->term = 0;
            } else if (!strcmp(cn, "AssetsCurrent") || !strcmp(cn, "LiabilitiesCurrent")) {
                s->term = 2;
            }
        }
    }
    flush_headings(s, pending, npend);
}
