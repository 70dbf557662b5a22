/* checks.c: see checks.h. */
#include "checks.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a fact's concept is, from the taxonomy (US-GAAP names, any year) or
 * the model's extension declarations. */
typedef struct kind {
    int known;
    xc_type type;
    xc_period_type period;
} kind;

static int is_usgaap(const xc_model *m, const char *qname)
{
    const char *uri = xc_model_qname_uri(m, qname);
    return uri && strstr(uri, "fasb.org/us-gaap");
}

/* What a fact's concept is: from the taxonomy (US-GAAP names, any year) or
 * the model's extension declarations. */
static kind kind_of(const xc_model *m, const xc_taxonomy *t, int concept, const xc_fact *f)
{
    kind k = {0, XC_TYPE_STRING, XC_PERIOD_FOREVER};
    if (concept >= 0) {
        k.known = 1;
        k.type = t->concepts[concept].type;
        k.period = t->concepts[concept].period;
        return k;
    }
    if (concept == -1)
        return k; /* a US-GAAP concept the taxonomy lacks */
    const xc_ext_concept *e = xc_model_find_ext(m, f->concept);
    if (e) {
        k.known = 1;
        k.period = e->period;
        k.type = !strcmp(e->type, "monetary")   ? XC_TYPE_MONETARY
                 : !strcmp(e->type, "shares")   ? XC_TYPE_SHARES
                 : !strcmp(e->type, "perShare") ? XC_TYPE_PERSHARE
                 : !strcmp(e->type, "pure")     ? XC_TYPE_PERCENT
                                                : XC_TYPE_STRING;
    }
    return k;
}

static int is_currency(const char *measure) { return measure && !strncmp(measure, "iso4217:", 8); }

static int is_shares(const char *measure)
{
    const char *c = measure ? strchr(measure, ':') : NULL;
    return c && !strcmp(c + 1, "shares");
}

/* Half the last place a value's decimals keep: the rounding interval's
 * half-width (Calculations 1.1); 0 for exact values. */
static xc_decimal half_of(const xc_fact *f)
{
    xc_decimal h = xc_decimal_from_int(f->decimals_inf ? 0 : 5);
    if (!f->decimals_inf && xc_decimal_shift(&h, -f->decimals - 1) < 0)
        h = xc_decimal_from_int(0);
    return h;
}

static char *fmt(xc_decimal v, char buf[32]) { return xc_decimal_format(v, buf); }

/* ---- facts in sorted order: by concept, context and unit, so that
 * duplicates sit side by side and a calculation's items are found by binary
 * search (sorting keeps memory at one index per fact) ---- */

/* What the checks share: each fact's taxonomy concept, and the indexes. */
typedef struct cctx {
    const xc_model *m;
    const xc_taxonomy *t;
    int *concept;   /* per fact: taxonomy index, -1 none, -2 not US-GAAP */
    size_t *by_tax; /* US-GAAP numeric facts by (taxonomy concept, context, unit) */
    size_t nby_tax;
} cctx;

static int cmp3(uintptr_t a1, size_t b1, size_t c1, uintptr_t a2, size_t b2, size_t c2)
{
    if (a1 != a2)
        return a1 < a2 ? -1 : 1;
    if (b1 != b2)
        return b1 < b2 ? -1 : 1;
    return (c1 > c2) - (c1 < c2);
}

/* the sorts are stable: document order among duplicates */
static int cmp_by_tax(size_t i, size_t j, const void *arg)
{
    const cctx *c = arg;
    const xc_fact *f = &c->m->facts[i], *g = &c->m->facts[j];
    return cmp3((uintptr_t)c->concept[i], f->context, f->unit, (uintptr_t)c->concept[j],
                g->context, g->unit);
}

static int cmp_by_name(size_t i, size_t j, const void *arg)
{
    const cctx *c = arg;
    const xc_fact *f = &c->m->facts[i], *g = &c->m->facts[j];
    /* by name, not by address, so that findings come in the same order on
     * every run; names are interned, so equal names are one pointer */
    int k = f->concept == g->concept ? 0 : strcmp(f->concept, g->concept);
    return k ? k : cmp3(0, f->context, f->unit, 0, g->context, g->unit);
}

static const xc_fact *lookup(const cctx *c, int concept, size_t ctx, size_t unit)
{
    if (concept < 0)
        return NULL;
    size_t lo = 0, hi = c->nby_tax;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const xc_fact *f = &c->m->facts[c->by_tax[mid]];
        if (cmp3((uintptr_t)c->concept[c->by_tax[mid]], f -> context, f -> unit,
                 (uintptr_t) concept, ctx, unit) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == c->nby_tax)
        return NULL;
    const xc_fact *f = &c->m->facts[c->by_tax[lo]];
    return c->concept[c->by_tax[lo]] == concept && f->context == ctx && f->unit == unit ? f : NULL;
}

static int find(const xc_taxonomy *t, const char *name)
{
    return t ? xc_taxonomy_find(t, name) : -1;
}

static int plain_context(const xc_model *m, size_t ctx) { return m->contexts[ctx].ndims == 0; }

/* ---- the rules ---- */

static int check_fact(const cctx *c, size_t fi, xc_diag *d)
{
    const xc_model *m = c->m;
    const xc_fact *f = &m->facts[fi];
    kind k = kind_of(m, c->t, c->concept[fi], f);
    const xc_context *cx = &m->contexts[f->context];
    int n = 0;
    if (!k.known)
        return 0;
    if (k.period != XC_PERIOD_FOREVER && cx->type != XC_PERIOD_FOREVER && cx->type != k.period) {
        xc_diag_add(d, XC_WARNING, XC_ECHECK, f->prov.source, f->prov.line, f->prov.col,
                    "[period-type] %s is a%s concept but its context %s is a%s", f->concept,
                    k.period == XC_PERIOD_DURATION ? " duration" : "n instant", cx->id,
                    cx->type == XC_PERIOD_DURATION ? " duration" : "n instant");
        n++;
    }
    if (!f->numeric || f->unit == XC_NONE)
        return n;
    const xc_unit *u = &m->units[f->unit];
    const char *want = NULL;
    if (k.type == XC_TYPE_MONETARY && !(is_currency(u->num) && !u->den))
        want = "a currency (iso4217)";
    else if (k.type == XC_TYPE_PERSHARE && !(is_currency(u->num) && u->den && is_shares(u->den)))
        want = "a currency per share";
    else if (k.type == XC_TYPE_SHARES && !(is_shares(u->num) && !u->den))
        want = "shares";
    if (want) {
        xc_diag_add(d, XC_WARNING, XC_ECHECK, f->prov.source, f->prov.line, f->prov.col,
                    "[unit] %s is measured in %s%s%s, not in %s", f->concept, u->num,
                    u->den ? "/" : "", u->den ? u->den : "", want);
        n++;
    }
    return n;
}

/* |a - b| <= tolerance, exactly */
static int within(xc_decimal a, xc_decimal b, xc_decimal tol)
{
    xc_decimal nb, diff;
    if (xc_decimal_neg(b, &nb) < 0 || xc_decimal_add(a, nb, &diff) < 0)
        return 1; /* beyond exact range: no finding rather than a wrong one */
    return xc_decimal_cmp(xc_decimal_abs(diff), tol) <= 0;
}

static int check_duplicates(const cctx *c, xc_diag *d)
{
    const xc_model *m = c->m;
    int n = 0;
    size_t *order = xc_xcalloc(m->nfacts ? m->nfacts : 1, sizeof(size_t)), no = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        if (m->facts[i].numeric && !m->facts[i].nil)
            order[no++] = i;
    xc_sort_index(order, no, cmp_by_name, c);
    for (size_t k = 1; k < no; k++) {
        const xc_fact *f = &m->facts[order[k]], *g = &m->facts[order[k - 1]];
        if (f->concept != g->concept || f->context != g->context || f->unit != g->unit)
            continue;
        /* consistent duplicates agree within their rounding: values that
         * round apart at the coarser decimals differ by the full width */
        xc_decimal tol, nb, diff;
        if (xc_decimal_add(half_of(f), half_of(g), &tol) < 0 || xc_decimal_neg(g->value, &nb) < 0 ||
            xc_decimal_add(f->value, nb, &diff) < 0 || xc_decimal_is_zero(diff) ||
            xc_decimal_cmp(xc_decimal_abs(diff), tol) < 0)
            continue;
        char a[32], b[32];
        xc_diag_add(d, XC_WARNING, XC_ECHECK, f->prov.source, f->prov.line, f->prov.col,
                    "[duplicate] %s in %s is %s here and %s at line %d", f->concept,
                    m->contexts[f->context].id, fmt(f->value, a), fmt(g->value, b), g->prov.line);
        n++;
    }
    free(order);
    return n;
}

/* Each taxonomy calculation whose total and every item are reported in one
 * context and unit: the weighted items add up to the total within the sum
 * of their rounding intervals (Calculations 1.1, round-to-nearest). */
static int check_calcs(const cctx *c, xc_diag *d)
{
    const xc_model *m = c->m;
    const xc_taxonomy *t = c->t;
    int n = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *p = &m->facts[i];
        int pi = c->concept[i];
        if (pi < 0 || !p->numeric || p->nil || p->unit == XC_NONE || t->concepts[pi].nchildren < 2)
            continue;
        /* a total the release itself shows adding up its own way
         * ("Minority interest" before "Income from continuing operations") */
        int shown = 0;
        for (size_t r = 0; r < m->ncalcs && !shown && p->prov.table; r++)
            shown = m->calcs[r].table == p->prov.table && m->calcs[r].total_row == p->prov.row;
        if (shown)
            continue;
        xc_decimal sum = xc_decimal_from_int(0), tol = half_of(p);
        int items = 0, overflow = 0, missing = 0;
        xc_buf names = {0};
        for (size_t k = 0; k < t->nconcepts && !missing; k++) {
            if (t->concepts[k].parent != pi)
                continue;
            const xc_fact *ch = lookup(c, (int)k, p->context, p->unit);
            if (!ch || ch->nil) {
                /* an item the filer did not report: the release may break
                 * the total down otherwise, so the total is not checked */
                missing = 1;
                continue;
            }
            xc_decimal v = ch->value;
            if (t->concepts[k].weight < 0 && xc_decimal_neg(v, &v) < 0)
                overflow = 1;
            if (xc_decimal_add(sum, v, &sum) < 0 || xc_decimal_add(tol, half_of(ch), &tol) < 0)
                overflow = 1;
            items++;
        }
        if (items >= 2 && !missing && !overflow && !within(sum, p->value, tol)) {
            char a[32], b[32];
            for (size_t k = 0; k < t->nconcepts; k++) /* the items, for the message */
                if (t->concepts[k].parent == pi) {
                    const xc_fact *ch = lookup(c, (int)k, p->context, p->unit);
                    xc_buf_printf(&names, " %s %s (%s)", t->concepts[k].weight < 0 ? "-" : "+",
                                  t->concepts[k].name, fmt(ch->value, b));
                }
            xc_diag_add(d, XC_WARNING, XC_ECHECK, p->prov.source, p->prov.line, p->prov.col,
                        "[calc] %s in %s is %s, but its items add to %s:%s", p->concept,
                        m->contexts[p->context].id, fmt(p->value, a), fmt(sum, b), names.ptr);
            n++;
        }
        xc_buf_free(&names);
    }
    return n;
}

/* For an EPS amount over a share count: the product, and how far net income
 * may stand from it, |ni - eps x shares| <= (half a cent + eps rounding) x
 * shares + ni rounding + (|eps| + 0.01) x shares rounding. -1 beyond range. */
static int eps_terms(const xc_fact *eps, const xc_fact *s, const xc_fact *num, xc_decimal *prod,
                     xc_decimal *tol)
{
    xc_decimal t1, t2, cent = {5, 3}, onec = {1, 2}, epsr, absplus;
    if (xc_decimal_mul(eps->value, s->value, prod) < 0 ||
        xc_decimal_add(cent, half_of(eps), &epsr) < 0 ||
        xc_decimal_mul(epsr, xc_decimal_abs(s->value), &t1) < 0 ||
        xc_decimal_add(xc_decimal_abs(eps->value), onec, &absplus) < 0 ||
        xc_decimal_mul(absplus, half_of(s), &t2) < 0 || xc_decimal_add(t1, t2, tol) < 0 ||
        xc_decimal_add(*tol, half_of(num), tol) < 0)
        return -1;
    return 0;
}

/* Diluted EPS times the diluted shares (prod, within tol) at least net
 * income, and times the basic shares at most net income. */
static int eps_between(const xc_fact *eps, const xc_fact *basic, const xc_fact *num,
                       xc_decimal prod, xc_decimal tol)
{
    xc_decimal low, prod_b, tol_b, high, absni = xc_decimal_abs(num->value);
    if (xc_decimal_add(xc_decimal_abs(prod), tol, &low) < 0 ||
        eps_terms(eps, basic, num, &prod_b, &tol_b) < 0 || xc_decimal_add(absni, tol_b, &high) < 0)
        return 1;
    return xc_decimal_cmp(absni, low) <= 0 && xc_decimal_cmp(xc_decimal_abs(prod_b), high) <= 0;
}

/* The release's own identities on the consolidated facts: assets equal
 * liabilities and equity; EPS is net income over the weighted shares. */
static int check_release(const cctx *c, xc_diag *d)
{
    const xc_model *m = c->m;
    const xc_taxonomy *t = c->t;
    int assets = find(t, "Assets"), le_c = find(t, "LiabilitiesAndStockholdersEquity");
    int eps_b = find(t, "EarningsPerShareBasic"), eps_d = find(t, "EarningsPerShareDiluted");
    /* net income, or the part available to common stockholders where the
     * release shows it (after preferred dividends) */
    int ni_c[3] = {find(t, "NetIncomeLoss"),
                   find(t, "NetIncomeLossAvailableToCommonStockholdersBasic"),
                   find(t, "NetIncomeLossAvailableToCommonStockholdersDiluted")};
    int sh_b = find(t, "WeightedAverageNumberOfSharesOutstandingBasic");
    int sh_d = find(t, "WeightedAverageNumberOfDilutedSharesOutstanding");
    int n = 0;
    char a[32], b[32], c3[32];
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        int ci = c->concept[i];
        if (ci < 0 || !f->numeric || f->nil || !plain_context(m, f->context))
            continue;
        if (ci == assets) {
            const xc_fact *le = lookup(c, le_c, f->context, f->unit);
            xc_decimal tol;
            if (le && !le->nil && xc_decimal_add(half_of(f), half_of(le), &tol) == 0 &&
                !within(f->value, le->value, tol)) {
                xc_diag_add(d, XC_WARNING, XC_ECHECK, f->prov.source, f->prov.line, f->prov.col,
                            "[balance] assets %s differ from liabilities and equity %s at %s",
                            fmt(f->value, a), fmt(le->value, b), m->contexts[f->context].id);
                n++;
            }
            continue;
        }
        if (ci != eps_b && ci != eps_d)
            continue;
        /* net income in the currency of the EPS, over the weighted shares */
        const xc_fact *nis[3] = {NULL, NULL, NULL}, *sh[2] = {NULL, NULL};
        for (int q = 0; q < 3; q++)
            for (size_t u = 0; u < m->nunits && !nis[q]; u++)
                if (!m->units[u].den && !strcmp(m->units[u].num, m->units[f->unit].num))
                    nis[q] = lookup(c, ni_c[q], f->context, u);
        const xc_fact *ni = nis[0];
        for (size_t u = 0; u < m->nunits; u++)
            if (!m->units[u].den && is_shares(m->units[u].num)) {
                if (ci == eps_d && !sh[0])
                    sh[0] = lookup(c, sh_d, f->context, u);
                if (!sh[1])
                    sh[1] = lookup(c, sh_b, f->context, u);
            }
        if (!ni || ni->nil)
            continue;
        /* a loss is divided by the basic shares: either count may hold */
        int tried = 0, holds = 0;
        const xc_fact *used = NULL;
        for (int k = 0; k < 6 && !holds; k++) {
            const xc_fact *s = sh[k % 2], *num = nis[k / 2];
            if (!s || s->nil || xc_decimal_is_zero(s->value) || !num || num->nil)
                continue;
            tried++;
            used = s;
            xc_decimal prod, tol;
            if (eps_terms(f, s, num, &prod, &tol) < 0)
                holds = 1; /* beyond exact range: no finding */
            else if (ci == eps_d && !sh[0] && s == sh[1]) {
                /* diluted per-share amounts over the basic shares, the only
                 * count printed: dilution may only make them smaller */
                xc_decimal bound;
                holds = xc_decimal_add(xc_decimal_abs(num->value), tol, &bound) < 0 ||
                        xc_decimal_cmp(xc_decimal_abs(prod), bound) <= 0;
            } else {
                holds = within(num->value, prod, tol);
                /* interest on convertible debt added back to the diluted
                 * numerator: the amount lies between net income over the
                 * diluted shares and over the basic ones */
                if (!holds && ci == eps_d && s == sh[0] && sh[1] && !sh[1]->nil)
                    holds = eps_between(f, sh[1], num, prod, tol);
            }
        }
        if (tried && !holds) {
            xc_diag_add(d, XC_WARNING, XC_ECHECK, f->prov.source, f->prov.line, f->prov.col,
                        "[eps] %s %s in %s is not net income %s over %s shares", f->concept,
                        fmt(f->value, a), m->contexts[f->context].id, fmt(ni->value, b),
                        fmt(used->value, c3));
            n++;
        }
    }
    return n;
}

int xc_check(const xc_model *m, const xc_taxonomy *t, xc_diag *d)
{
    cctx c;
    memset(&c, 0, sizeof(c));
    c.m = m;
    c.t = t;
    c.concept = xc_xcalloc(m->nfacts ? m->nfacts : 1, sizeof(int));
    c.by_tax = xc_xcalloc(m->nfacts ? m->nfacts : 1, sizeof(size_t));
    /* a concept name is looked up about once: names are interned, so a
     * small cache keyed by the name's address answers repeats */
    struct {
        const char *name;
        int k;
    } cache[256];
    memset(cache, 0, sizeof(cache));
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        size_t h = ((uintptr_t)f->concept >> 4) & 255;
        if (cache[h].name != f->concept) {
            cache[h].name = f->concept;
            cache[h].k = t && is_usgaap(m, f->concept)
                             ? xc_taxonomy_find(t, xc_qname_local(f->concept))
                             : -2;
        }
        c.concept[i] = cache[h].k;
        if (cache[h].k >= 0 && f->numeric && f->unit != XC_NONE)
            c.by_tax[c.nby_tax++] = i;
    }
    xc_sort_index(c.by_tax, c.nby_tax, cmp_by_tax, &c);
    int n = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        n += check_fact(&c, i, d);
    n += check_duplicates(&c, d);
    if (t) {
        n += check_calcs(&c, d);
        n += check_release(&c, d);
    }
    free(c.by_tax);
    free(c.concept);
    return n;
}

int xc_calc_holds(const xc_model *m, const char *parent, const char *const *items,
                  const int *weights, int n)
{
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *p = &m->facts[i];
        if (!p->numeric || p->nil || strcmp(p->concept, parent))
            continue;
        xc_decimal sum = xc_decimal_from_int(0), tol = half_of(p);
        int present = 0;
        for (int k = 0; k < n; k++) {
            const xc_fact *ch = NULL;
            for (size_t j = 0; j < m->nfacts && !ch; j++) {
                const xc_fact *g = &m->facts[j];
                if (g->context == p->context && g->unit == p->unit && g->numeric && !g->nil &&
                    !strcmp(g->concept, items[k]))
                    ch = g;
            }
            if (!ch)
                continue;
            xc_decimal v = ch->value;
            if ((weights[k] < 0 && xc_decimal_neg(v, &v) < 0) || xc_decimal_add(sum, v, &sum) < 0 ||
                xc_decimal_add(tol, half_of(ch), &tol) < 0)
                return 0;
            present++;
        }
        if (present && !within(sum, p->value, tol))
            return 0;
    }
    return 1;
}
