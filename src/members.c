/* members.c: what a table's rows say about members of an axis. Segment
 * rows under a heading or beside a measure ("Americas" under "Net sales:"),
 * segment totals and the measures they name, the release's own members,
 * and headings that split a table into segments. See interp_priv.h. */
#include "interp_priv.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The extension concept a segment total's label names, less its leading
 * "Total" ("Total segment operating income": SegmentOperatingIncome). */
char *xc_measure_name(const char *label)
{
    const char *p = label;
    while (*p && !xc_isalnum((unsigned char)*p))
        p++;
    if (xc_strncaseeq(p, "total", 5) && !xc_isalnum((unsigned char)p[5]) && p[5])
        p += 5;
    return xc_camel_name(p);
}

/* Whether the n letters at w are the m at v, but for a plural's "s". */
static int same_word(const char *w, size_t n, const char *v, size_t m)
{
    if (n == m + 1 && (w[m] == 's' || w[m] == 'S'))
        n = m;
    else if (m == n + 1 && (v[n] == 's' || v[n] == 'S'))
        m = n;
    return n == m && xc_strncaseeq(w, v, n);
}

/* The words of label that total does not have ("Retail revenue" under
 * "Total operating revenues": "Retail"), as new text, or NULL when none
 * are left. */
static char *words_besides(const char *label, const char *total)
{
    xc_buf b = {0};
    const char *p = label, *w;
    for (size_t n; (n = xc_next_word(&p, &w)) > 0;) {
        int in_total = 0;
        const char *q = total, *v;
        for (size_t m; !in_total && (m = xc_next_word(&q, &v)) > 0;)
            in_total = same_word(w, n, v, m);
        if (!in_total) {
            if (b.len)
                xc_buf_putc(&b, ' ');
            xc_buf_put(&b, w, n);
        }
    }
    if (!b.len) {
        xc_buf_free(&b);
        return NULL;
    }
    return xc_buf_detach(&b);
}

/* The filer's member that label names in a group under total: its words
 * less the total's ("Cost of professional services" under "Total cost of
 * revenue": ProfessionalServicesMember), or NULL when none are left. */
static char *own_member_name(const ictx *c, const char *label, const char *total)
{
    char *w = words_besides(label, total);
    char *qn = w ? xc_member_qname(c, w) : NULL;
    free(w);
    return qn;
}

/* Makes r's own member of axis, named name (the model's QName, which r
 * then owns), and points r at it: the axis's prefix and namespace, no
 * alias words, no namespace of another vocabulary. */
static const xc_axis_member *own_member(rec *r, const xc_axis_member *axis, char *name)
{
    r->own = *axis;
    r->own.words = (xc_words){0};
    r->own.member_ns = NULL;
    r->own.member = name;
    r->axis_member = &r->own;
    return &r->own;
}

/* Row i names a standard member ("Subscription"); the other rows its total
 * adds that map to no concept ("Professional services") are members of the
 * same axis, the filer's own, measuring the same concept. Beside a member
 * that reconciles segments to the whole ("Corporate", "Eliminations") they
 * are the segments. */
static void own_members(const ictx *c, tstate *s, int i)
{
    const rec *r = &s->recs[i];
    int at = xc_adding_total(s, i);
    if (at < 0)
        return;
    const rec *T = &s->recs[at];
    /* (not where the total is another measure: "Cost of service revenue"
     * among operating expenses leaves "Engineering" an expense of its own) */
    if (T->concept >= 0 && T->concept != r->seg_measure)
        return;
    for (int q = 0; q < T->nchildren; q++) {
        rec *o = &s->recs[T->children[q]];
        if (T->child_sgn[q] <= 0 || o->concept >= 0 || o->seg_measure >= 0 || o->unlabeled ||
            o->total_like)
            continue;
        if (r->axis_member->reconciles) {
            o->seg_measure = r->seg_measure;
            continue;
        }
        char *name = own_member_name(c, o->label, T->label);
        if (!name)
            continue;
        own_member(o, r->axis_member, name);
        o->seg_measure = r->seg_measure;
    }
}

/* Whether a row that measures the same concept as row i names a member of
 * its axis that is not the rest of it: a standard one, or the release's
 * own under a heading that says by that axis ("Revenue by Type" /
 * "Access Fees", "Other") */
static int named_beside(const tstate *s, int i)
{
    const rec *r = &s->recs[i];
    for (size_t k = 0; k < s->nrecs; k++) {
        const rec *o = &s->recs[k];
        if ((int)k == i || o->seg_measure != r->seg_measure)
            continue;
        if (o->axis_member && !o->axis_member->residual &&
            !strcmp(o->axis_member->axis, r->axis_member->axis))
            return 1;
        if (!o->axis_member && o->seg_axis && !strcmp(o->seg_axis->axis, r->axis_member->axis))
            return 1;
    }
    return 0;
}

/* The measure a table's title names in so many words, its longest
 * phrase that is a monetary concept's alias, of a duration and of two
 * words or more ("The following table summarizes stock-based
 * compensation expense included in ..."), or, by_segment, of any period
 * and one word or more ("Revenue by segment"); -1 if none. */
static int title_measure(const tstate *s, int by_segment)
{
    enum { MAXW = 48 };
    const xc_table *t = s->t;
    int best = -1, bestn = 0;
    for (size_t k = 0; k < t->ntitle; k++) {
        const char *w[MAXW], *we[MAXW], *p = t->title[k]; /* each word's first and end */
        int n = 0;
        for (size_t len; n < MAXW && (len = xc_next_word(&p, &w[n])) > 0; n++)
            we[n] = w[n] + len;
        for (int len = 6; len >= (by_segment ? 1 : 2) && len > bestn; len--)
            for (int a = 0; a + len <= n; a++) {
                char *phrase = xc_xstrndup(w[a], (size_t)(we[a + len - 1] - w[a]));
                xc_map_ctx ctx;
                memset(&ctx, 0, sizeof(ctx));
                ctx.statement = by_segment ? XC_STMT_UNKNOWN : XC_STMT_INCOME;
                ctx.industry = s->industry;
                xc_match m;
                int ok = xc_map_label(s->tax, phrase, &ctx, &m) && m.score == 100 &&
                         (by_segment ||
                          s->tax->concepts[m.concept].period == XC_PERIOD_DURATION) &&
                         s->tax->concepts[m.concept].type == XC_TYPE_MONETARY;
                free(phrase);
                if (ok) {
                    best = m.concept;
                    bestn = len;
                    break;
                }
            }
    }
    return best;
}

/* Whether text names a segment, or a line of business (an own="true"
 * axis's member, in *axis; else NULL), that an earlier table of the release
 * gave facts of ("Med Tech" in a table of gross margin, after one of net
 * sales by segment). */
int xc_known_segment(const ictx *c, const char *text, const xc_axis_member **axis)
{
    char *q = xc_member_qname(c, text);
    const char *on = NULL;
    for (size_t i = 0; i < c->m->ncontexts && !on; i++) {
        const xc_context *x = &c->m->contexts[i];
        for (size_t k = 0; k < x->ndims && !on; k++)
            if (!strcmp(x->dims[k].member, q))
                on = x->dims[k].axis;
    }
    free(q);
    *axis = NULL;
    if (!on)
        return 0;
    for (size_t m = 0; m < c->tax->nmembers; m++)
        if (c->tax->members[m].own && !strcmp(c->tax->members[m].axis, on)) {
            *axis = &c->tax->members[m];
            return 1;
        }
    return !strcmp(on, XC_SEGMENT_AXIS);
}

/* Whether a label calls what it names a segment ("Commercial Segment",
 * "Federal Government Segment"): its last word, after a name. */
static int calls_segment(const char *label)
{
    const char *p = label, *w, *last = NULL;
    size_t n, lastn = 0;
    int words = 0;
    while ((n = xc_next_word(&p, &w)) > 0) {
        last = w;
        lastn = n;
        words++;
    }
    return words >= 2 && ((lastn == 7 && xc_strncaseeq(last, "segment", 7)) ||
                          (lastn == 8 && xc_strncaseeq(last, "segments", 8)));
}

/* A bare total ("Total", "Consolidated"; in a table titled by segment, a
 * sum with no label) totals what the title names when its items are lines
 * of the statements ("Cost of revenue",
 * "Research and development", ...; their lines are then that measure's
 * members of the lines axis, below), or, in a table titled by segment
 * ("Net sales by segment"), rows that name no concept: they are then the
 * measure's segments (segment_rows). */
void xc_title_totals(const ictx *c, tstate *s, int titled)
{
    int measure = -2; /* title_measure(s, titled), once asked */
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        /* (or read only by where it stands or what it adds up to: "Total"
         * under "(1) Includes stock-based compensation expense as
         * follows:" adds operating expenses' lines) */
        if (!T->verified || T->nchildren < 2 || (T->concept >= 0 && T->score > 80) ||
            (T->unlabeled ? !titled : !xc_bare_total(s->tax, T->label)))
            continue;
        int lines = 1, names = 1;
        for (int k = 0; k < T->nchildren && (lines || names); k++) {
            const rec *r = &s->recs[T->children[k]];
            const xc_axis_member *am = xc_taxonomy_member(s->tax, r->label);
            lines = lines && am && am->lines && r->concept >= 0;
            const xc_axis_member *ax;
            names = names && r->concept < 0 && r->label[0] && !r->unlabeled &&
                    (titled || xc_known_segment(c, r->label, &ax) || calls_segment(r->label));
        }
        if (!lines && !names)
            continue;
        if (T->concept >= 0 && !lines)
            continue;
        /* (segments under a heading that names their measure: "Revenues" /
         * "Commercial Segment", "Federal Government Segment",
         * "Consolidated") */
        int headed = names && T->nheads ? xc_heading_total(s, T->heads[0], 100) : -1;
        if (headed >= 0 && s->tax->concepts[headed].type == XC_TYPE_MONETARY) {
            T->concept = headed;
            T->rule = "heading";
            T->score = 80;
            continue;
        }
        if (measure == -2)
            measure = title_measure(s, titled || names);
        if (measure < 0 || (lines && s->tax->concepts[measure].nchildren))
            return;
        T->concept = measure;
        T->rule = "title";
        T->score = 80;
    }
}

/* Whether rec r is an amount per share or a count of shares that names no
 * class of its own under a heading (the rows a class's heading takes). */
static int class_row(const tstate *s, const rec *r)
{
    if (r->concept < 0 || r->axis_member || !r->nheads)
        return 0;
    xc_type t = s->tax->concepts[r->concept].type;
    return t == XC_TYPE_PERSHARE || t == XC_TYPE_SHARES;
}

/* Whether the words of head that other lacks stand together right
 * before a word that names holders or stock ("redeemable" in "... to
 * redeemable common stockholders"; not "before accounting change" after
 * "Earnings per common share"). */
static int names_class(const char *head, const char *other)
{
    static const char *const HOLD[] = {"common", "preferred", "ordinary", "stock",
                                       "stockholders", "shareholders", "shares", NULL};
    const char *p = head, *w;
    int extra = 0, ended = 0; /* the extra words seen; whether they ended */
    for (size_t n; (n = xc_next_word(&p, &w)) > 0;) {
        int in = 0;
        const char *q = other, *v;
        for (size_t m; !in && (m = xc_next_word(&q, &v)) > 0;)
            in = m == n && xc_strncaseeq(w, v, n);
        if (!in && ended)
            return 0; /* (apart) */
        if (!in) {
            extra++;
            continue;
        }
        if (extra && !ended) {
            ended = 1;
            int hold = 0;
            for (const char *const *h = HOLD; *h && !hold; h++)
                hold = strlen(*h) == n && xc_strncaseeq(w, *h, n);
            if (!hold)
                return 0;
        }
    }
    return ended;
}

/* Two groups of per-share rows of one concept under headings that differ
 * by a class's words ("Net loss per share attributable to redeemable
 * common stockholders" / "Basic and diluted" above "Net loss per share
 * attributable to common stockholders" / "Basic and diluted"): the rows
 * under the heading with words more are that class's, the filer's
 * member of the class-of-stock axis (RedeemableMember); the others are
 * the whole. */
void xc_class_headings(const ictx *c, tstate *s)
{
    const xc_taxonomy *tax = c->tax;
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *a = &s->recs[i];
        for (size_t k = i + 1; class_row(s, a) && k < s->nrecs; k++) {
            rec *b = &s->recs[k];
            if (!class_row(s, b) || b->concept != a->concept || !strcmp(a->heads[0], b->heads[0]))
                continue;
            xc_words wa = xc_words_seen(tax, a->heads[0], 0);
            xc_words wb = xc_words_seen(tax, b->heads[0], 0);
            rec *cls = xc_words_subset(&wb, &wa) ? a : xc_words_subset(&wa, &wb) ? b : NULL;
            if (cls && (!xc_amounts_differ(s, a, b) ||
                        !names_class(cls->heads[0], (cls == a ? b : a)->heads[0])))
                cls = NULL;
            const xc_axis_member *axis = NULL;
            for (size_t q = 0; cls && q < tax->nqualifiers && !axis; q++) {
                const xc_axis_member *am = &tax->members[tax->qualifiers[q]];
                axis = !am->residual && xc_axis_splits(tax, am, a->concept) ? am : NULL;
            }
            char *name = axis ? own_member_name(c, cls->heads[0], (cls == a ? b : a)->heads[0])
                              : NULL;
            if (!name)
                continue;
            own_member(cls, axis, name);
            cls->seg_measure = cls->concept;
            break;
        }
    }
}

/* Whether row k repeats the label of a row above its total's group in
 * the table: a line of the statement printed again under another measure
 * ("Marketing" under "(1) Includes stock-based compensation as
 * follows:"). */
static int repeats_line(const tstate *s, const rec *T, int k)
{
    int first = k;
    for (int q = 0; q < T->nchildren; q++)
        first = T->children[q] < first ? T->children[q] : first;
    for (int o = 0; o < first; o++)
        if (!s->recs[o].unlabeled && strlen(s->recs[o].label) == strlen(s->recs[k].label) &&
            xc_strncaseeq(s->recs[o].label, s->recs[k].label, strlen(s->recs[k].label)))
            return 1;
    return 0;
}

/* The member of a lines axis that label names, as printed or before a
 * note in parentheses ("Cost of revenue (exclusive of depreciation and
 * amortization, which are shown separately)"); NULL when none. */
static const xc_axis_member *line_member(const xc_taxonomy *tax, const char *label)
{
    const xc_axis_member *am = xc_taxonomy_member(tax, label);
    const char *paren = strstr(label, " (");
    if ((am && am->lines) || !paren || paren == label)
        return am && am->lines ? am : NULL;
    char *head = xc_xstrndup(label, (size_t)(paren - label));
    am = xc_taxonomy_member(tax, head);
    free(head);
    return am && am->lines ? am : NULL;
}

/* "Research and development" under "Total stock-based compensation
 * expense": a line of the statements where part of the total sits, so a
 * member of a lines axis measuring the total's concept, where the row's
 * own concept and the total's share no sum. The total's items are all
 * such lines, or lines printed above in the table ("Operations and
 * technology"), or at least two of them name standard lines: the others
 * are then the filer's members of that axis ("Technology and
 * development", "Sales" beside "Cost of revenue" and "General and
 * administrative"). */
void xc_line_members(const ictx *c, tstate *s)
{
    const xc_taxonomy *tax = c->tax;
    const xc_axis_member *axis = NULL; /* a lines axis, for the filer's members */
    for (size_t k = 0; k < tax->nmembers && !axis; k++)
        axis = tax->members[k].lines ? &tax->members[k] : NULL;
    int asked = -1, all = 0, lined = 0; /* the total last asked about, and the answers */
    for (size_t i = 0; i < s->nrecs && axis; i++) {
        rec *r = &s->recs[i];
        if (r->axis_member || (r->verified && r->nchildren) || r->unlabeled)
            continue;
        int at = xc_adding_total(s, (int)i);
        /* (a total the statements add up, "Total costs and expenses" over
         * "Cost of sales", is no such total) */
        if (at < 0 || s->recs[at].concept < 0 || tax->concepts[s->recs[at].concept].nchildren)
            continue;
        int pair[2] = {r->concept, s->recs[at].concept};
        if (r->concept >= 0 && xc_taxonomy_common_parent(tax, pair, 2) >= 0)
            continue;
        const rec *T = &s->recs[at];
        /* (and its items name such lines: "Gross profit" and "Selling,
         * general and administrative expenses" above pretax income are
         * steps of the statement itself) */
        if (asked != at) {
            asked = at;
            all = 1;
            lined = 0;
            for (int k = 0; k < T->nchildren; k++) {
                int named = line_member(tax, s->recs[T->children[k]].label) != NULL;
                lined += named;
                all = all && (named || repeats_line(s, T, T->children[k]));
            }
        }
        if (!all && lined < 2)
            continue;
        /* (a line printed again is a member for amounts of money only:
         * "Cumulative effect" under "Diluted" is another per-share step) */
        int again = !r->per_share && tax->concepts[T->concept].type == XC_TYPE_MONETARY &&
                    (repeats_line(s, T, (int)i) || (!all && !r->unlabeled));
        if (r->concept < 0 && !again)
            continue;
        const xc_axis_member *am = line_member(tax, r->label);
        if (!am && (!again || xc_taxonomy_member(tax, r->label)))
            continue;
        if (!am) {
            char *name = own_member_name(c, r->label, "");
            if (!name)
                continue;
            am = own_member(r, axis, name);
        }
        r->seg_measure = s->recs[at].concept;
        r->axis_member = am;
        s->recs[at].seg_total = 1;
        /* (its amount is part of the total's, added as printed: "Sales"
         * under stock-based compensation is no revenue to turn) */
        for (int k = 0; k < T->nchildren; k++)
            if (T->children[k] == (int)i)
                r->sigma = T->sigma * T->child_sgn[k];
    }
}

/* The words of a member's shortest alias ("Products" for ProductMember):
 * what a label adds to a measure to name the member. */
static const xc_words *member_words(const xc_taxonomy *tax, const xc_axis_member *am)
{
    const xc_words *best = &am->words;
    for (size_t k = 0; k < tax->nmembers; k++) {
        const xc_axis_member *o = &tax->members[k];
        if (o->words.n && o->words.n < best->n && !strcmp(o->member, am->member) &&
            !strcmp(o->axis, am->axis))
            best = &o->words;
    }
    return best;
}

/* label without the words of w, as new text ("Cost of product revenue"
 * less "product": "Cost of revenue"). */
static char *label_without(const xc_taxonomy *tax, const char *label, const xc_words *w)
{
    xc_buf b = {0};
    for (const char *p = label; *p;) {
        const char *q = p;
        while (xc_isalnum((unsigned char)*q))
            q++;
        if (q == p) {
            xc_buf_putc(&b, *p++);
            continue;
        }
        char *word = xc_xstrndup(p, (size_t)(q - p));
        xc_words ww = xc_words_seen(tax, word, 0);
        if (!(ww.n == 1 && xc_words_has_id(w, ww.w[0])))
            xc_buf_put(&b, p, (size_t)(q - p));
        free(word);
        p = q;
    }
    return xc_buf_detach(&b);
}

/* Whether a row of the table other than i names a member of axis and,
 * without it, says what rest says ("Cost of service revenue" beside "Cost
 * of product revenue"). */
static int axis_beside(const tstate *s, size_t i, const char *axis, const char *rest)
{
    int found = 0;
    for (size_t k = 0; k < s->nrecs && !found; k++) {
        const xc_axis_member *o = k != i ? xc_taxonomy_member(s->tax, s->recs[k].label) : NULL;
        if (!o || strcmp(o->axis, axis))
            continue;
        char *other = label_without(s->tax, s->recs[k].label, member_words(s->tax, o));
        found = !strcmp(other, rest);
        free(other);
    }
    return found;
}

/* Whether a row of the table other than i, no total, read as no concept
 * and naming no member, says rest after words of its own ("Government
 * contract revenue" beside "Product revenue": rest "revenue"; not "Cost
 * of product revenue"): a line of the same measure, so that row i is one
 * of its members and not the whole. */
static int line_beside(const tstate *s, size_t i, const char *rest)
{
    xc_words rw = xc_words_seen(s->tax, rest, 1);
    if (!rw.n)
        return 0;
    for (size_t k = 0; k < s->nrecs; k++) {
        const rec *o = &s->recs[k];
        if (k == i || o->concept >= 0 || o->total_like || o->unlabeled || !o->label[0] ||
            xc_taxonomy_member(s->tax, o->label))
            continue;
        xc_words ow = xc_words_seen(s->tax, o->label, 1);
        int same = ow.n > rw.n;
        for (int q = 0; same && q < rw.n; q++)
            same = ow.w[ow.n - rw.n + q] == rw.w[q];
        if (same)
            return 1;
    }
    return 0;
}

/* The total that adds row i and measures what a period earns (a credit
 * duration: revenues, not their costs), with no row beside it that names
 * a standard member; its index, or -1. The axis its own members split in
 * *axis. */
static int earned_total(const tstate *s, int i, const xc_axis_member **axis)
{
    if (s->stmt != XC_STMT_INCOME)
        return -1;
    int at = xc_adding_total(s, i);
    if (at < 0)
        return -1;
    const rec *T = &s->recs[at];
    int k = T->concept, plus = 0;
    for (int q = 0; q < T->nchildren; q++)
        plus |= T->children[q] == i && T->child_sgn[q] > 0;
    if (k < 0 || !plus || xc_deducts(T) || s->tax->concepts[k].balance != XC_BAL_CREDIT ||
        s->tax->concepts[k].period != XC_PERIOD_DURATION)
        return -1;
    /* (beside a row that names a member, the members are read by that:
     * "Products", or "Intersegment eliminations" among segments; not the
     * rest, "Other", nor a line of the statements) */
    for (int q = 0; q < T->nchildren; q++) {
        const xc_axis_member *am = xc_taxonomy_member(s->tax, s->recs[T->children[q]].label);
        if (am && !am->lines && !am->residual)
            return -1;
    }
    const char *asked = NULL; /* (each axis once: its members split alike) */
    for (size_t m = 0; m < s->tax->nmembers; m++) {
        const xc_axis_member *am = &s->tax->members[m];
        if (!am->own || (asked && !strcmp(asked, am->axis)))
            continue;
        asked = am->axis;
        if (xc_axis_splits(s->tax, am, k)) {
            *axis = am;
            return at;
        }
    }
    return -1;
}

/* Whether row i names a line of business (taxonomy.h's own): under a
 * heading that names the measure of income of the total that adds it;
 * or, under no heading, among two or more rows that name no concept,
 * which a "Total" of that measure adds up ("Digital", "Print and
 * commercial", "Total revenues"). The axis (one of its members) in
 * *axis. */
static int own_line(const tstate *s, int i, const xc_axis_member **axis)
{
    const rec *r = &s->recs[i];
    const xc_axis_member *ax = NULL;
    int at = earned_total(s, i, &ax);
    if (at < 0)
        return 0;
    if (!r->nheads) {
        const rec *T = &s->recs[at];
        int lines = T->nchildren >= 2 && xc_label_starts(T->label, "total");
        for (int q = 0; q < T->nchildren && lines; q++) {
            const rec *o = &s->recs[T->children[q]];
            lines = o->concept < 0 && !o->nheads && !o->nchildren && !o->total_like &&
                    !o->unlabeled && o->label[0] && T->child_sgn[q] > 0;
        }
        if (lines)
            *axis = ax;
        return lines;
    }
    xc_map_ctx hc;
    memset(&hc, 0, sizeof(hc));
    hc.statement = s->stmt;
    hc.industry = s->industry;
    xc_match hm;
    if (!xc_map_label(s->tax, r->heads[0], &hc, &hm) || hm.score < 95 ||
        hm.concept != s->recs[at].concept)
        return 0;
    *axis = ax;
    return 1;
}

/* Whether another row, under another heading, names the segment row i
 * names and was read as one. */
static int segment_beside(const tstate *s, int i)
{
    const rec *r = &s->recs[i];
    size_t n = strlen(r->label);
    for (size_t k = 0; k < s->nrecs; k++) {
        const rec *o = &s->recs[k];
        if ((int)k != i && (o->seg_measure >= 0 || o->seg_ext >= 0) && !o->axis_member &&
            strlen(o->label) == n && xc_strncaseeq(o->label, r->label, n) &&
            (!o->nheads || strcmp(o->heads[0], r->heads[0])))
            return 1;
    }
    return 0;
}

/* A total of segments' rows that names no concept ("Total reportable
 * segments' revenues"), which the whole adds with a row that reconciles
 * them to it ("Intersegment eliminations"), is their measure for the
 * segments together: the vocabulary's sum="true" member. */
static void sum_of_segments(tstate *s)
{
    const xc_axis_member *sum = NULL;
    for (size_t m = 0; m < s->tax->nmembers && !sum; m++)
        if (s->tax->members[m].sum)
            sum = &s->tax->members[m];
    for (size_t i = 0; sum && i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        if (T->concept >= 0 || T->seg_measure >= 0 || T->seg_ext >= 0 || T->axis_member ||
            T->head_ext || !T->verified || T->nchildren < 2)
            continue;
        int measure = -1, ok = 1;
        for (int q = 0; q < T->nchildren && ok; q++) {
            const rec *o = &s->recs[T->children[q]];
            /* (eliminations between them among them) */
            ok = T->child_sgn[q] > 0 && o->seg_measure >= 0 &&
                 (!o->axis_member || o->axis_member->reconciles) &&
                 (measure < 0 || o->seg_measure == measure);
            measure = o->seg_measure;
        }
        int at = ok ? xc_adding_total(s, (int)i) : -1;
        if (at < 0 || s->recs[at].concept != measure)
            continue;
        const rec *W = &s->recs[at];
        int reconciled = 0;
        for (int q = 0; q < W->nchildren && !reconciled; q++) {
            const xc_axis_member *am = s->recs[W->children[q]].axis_member;
            reconciled = am && am->reconciles;
        }
        if (reconciled) {
            T->seg_measure = measure;
            T->axis_member = sum;
        }
    }
    /* so is such a total of rows that measure its own extension concept
     * ("Adjusted EBITDA:" / "Domestic Coke", "Industrial Services", "Total
     * Adjusted EBITDA reportable segments", "Corporate and Other", "Total
     * Adjusted EBITDA"), where the whole adds it with a row that reconciles
     * them: the segments measure the whole's extension */
    for (size_t i = 0; sum && i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        int at = T->ext_measure && T->seg_ext < 0 && !T->axis_member ? xc_adding_total(s, (int)i)
                                                                     : -1;
        if (at < 0 || !s->recs[at].ext_measure || s->recs[at].concept >= 0)
            continue;
        const rec *W = &s->recs[at];
        int reconciled = 0;
        for (int q = 0; q < W->nchildren && !reconciled; q++) {
            const rec *o = &s->recs[W->children[q]];
            reconciled = o->seg_ext == at && o->axis_member && o->axis_member->reconciles;
        }
        if (!reconciled)
            continue;
        for (size_t k = 0; k < s->nrecs; k++)
            if (s->recs[k].seg_ext == (int)i)
                s->recs[k].seg_ext = at;
        T->seg_ext = at;
        T->ext_measure = T->seg_total = 0;
        T->axis_member = sum;
    }
}

/* A row that names a measure the axis splits and, by its words, the
 * filer's own member of a line read before it ("Equipment revenue" a
 * member of revenues, then "Cost of equipment revenue" among operating
 * expenses): that measure for the same member. */
static void own_lines_measured(tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        if (r->concept >= 0 || r->seg_measure >= 0 || r->seg_ext >= 0 || r->axis_member ||
            r->unlabeled || !r->label[0] || r->total_like)
            continue;
        xc_words lw = xc_words_seen(s->tax, r->label, 0);
        for (size_t k = 0; k < i && !r->axis_member; k++) {
            const rec *o = &s->recs[k];
            int at = o->own.member && o->axis_member == &o->own && o->seg_measure >= 0
                         ? xc_adding_total(s, (int)k)
                         : -1;
            char *name = at >= 0 ? words_besides(o->label, s->recs[at].label) : NULL;
            if (!name)
                continue;
            xc_words w = xc_words_seen(s->tax, name, 0);
            int all = w.n > 0;
            for (int q = 0; q < w.n && all; q++)
                all = xc_words_has_id(&lw, w.w[q]);
            char *rest = all ? label_without(s->tax, r->label, &w) : NULL;
            xc_match hm;
            int measure = rest && xc_names_exactly(s, rest, s->stmt, &hm) ? hm.concept : -1;
            if (measure >= 0 && measure != o->seg_measure &&
                xc_axis_splits(s->tax, o->axis_member, measure) && !xc_read_above(s, measure)) {
                own_member(r, o->axis_member, xc_xstrdup(o->own.member));
                r->seg_measure = measure;
            }
            free(rest);
            free(name);
        }
    }
}

/* A total of a group of rows under its own heading, which a total of what
 * a period earns adds with a word of its own ("Revenue" / "Wireless
 * revenue" / "Paging revenue", "Product and other revenue", "Total
 * wireless revenue", ..., "Total revenue"), is the filer's own member of
 * that measure, named as the group's heading names it
 * (WirelessRevenueMember); the rows it adds that no concept names are
 * members of the same axis, by their words less the total's (PagingMember). */
static void own_line_totals(const ictx *c, tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        const xc_axis_member *ax = NULL;
        if (T->concept >= 0 || T->seg_measure >= 0 || T->seg_ext >= 0 || T->axis_member ||
            T->unlabeled || T->nchildren < 2 || !T->nheads || !xc_label_starts(T->label, "total"))
            continue;
        int at = earned_total(s, (int)i, &ax);
        if (at < 0)
            continue;
        char *line = xc_measure_name(T->label), *head = xc_camel_name(T->heads[0]);
        int ok = !strcmp(line, head);
        free(line);
        free(head);
        /* (the whole's words among its own: "Total revenue") */
        xc_words tw = xc_words_seen(s->tax, T->label, 0);
        xc_words ww = xc_words_seen(s->tax, s->recs[at].label, 0);
        for (int q = 0; q < ww.n && ok; q++)
            ok = xc_words_has_id(&tw, ww.w[q]);
        int measure = s->recs[at].concept;
        for (int q = 0; q < T->nchildren && ok; q++) {
            const rec *o = &s->recs[T->children[q]];
            ok = T->child_sgn[q] > 0 && o->seg_ext < 0 &&
                 (o->seg_measure < 0 || o->seg_measure == measure);
        }
        if (!ok)
            continue;
        char *name = xc_member_qname(c, T->heads[0]);
        own_member(T, ax, name);
        T->seg_measure = measure;
        for (int q = 0; q < T->nchildren; q++) {
            rec *o = &s->recs[T->children[q]];
            if (o->concept >= 0 || o->seg_measure >= 0 || o->unlabeled || !o->label[0] ||
                o->total_like || !(name = own_member_name(c, o->label, T->label)))
                continue;
            own_member(o, ax, name);
            o->seg_measure = measure;
        }
    }
}

/* In a table whose title says it is by segment (titled), or under a
 * heading that does, with no column members, rows that map to no concept
 * name segments ("Revenue by segment:" / "Industrial", "Consumer", "Total
 * revenue"; or segments an earlier table named): each measures the concept
 * of the total that adds it up (by the table's arithmetic, or a "Total"
 * printed right after the group), with the row as a member of the segment
 * axis. That total is then the consolidated amount, unless an earlier
 * statement says otherwise. */
void xc_segment_rows(ictx *c, tstate *s, int titled)
{
    const xc_taxonomy *tax = c->tax;
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        if (r->concept >= 0 || r->unlabeled || !r->label[0] || r->total_like ||
            xc_label_starts(r->label, "total"))
            continue;
        /* in another table, rows under a heading that says by segment
         * ("Net sales by category:" / "iPhone", "Mac", "Total net sales");
         * elsewhere, a member of a standard axis by its name ("Net sales:" /
         * "Products", "Services", "Total net sales") */
        const xc_axis_member *hax = NULL;
        int by = titled;
        if (!by && xc_known_segment(c, r->label, &hax)) {
            by = 1;
            r->seg_axis = hax;
        }
        by |= calls_segment(r->label);
        if (r->nheads && xc_taxonomy_segment_axis(tax, r->heads[0], &hax)) {
            by = 1;
            r->seg_axis = hax;
        }
        /* (among segments, only a member that reconciles them to the
         * whole is named: "Corporate", "Eliminations") */
        const xc_axis_member *am = xc_taxonomy_member(tax, r->label);
        /* (nor, by product, is "Services" a product of the release's own:
         * the standard member of the axis its heading names) */
        const xc_axis_member *bax = r->seg_axis ? r->seg_axis : titled ? s->seg_axis : NULL;
        if (am && (am->lines ||
                   (by && !am->reconciles && !(bax && !strcmp(bax->axis, am->axis)))))
            am = NULL; /* (lines: below) */
        int line = !by && !am && own_line(s, (int)i, &hax);
        if (line) {
            by = 1;
            r->seg_axis = hax;
        }
        if (!by && !am)
            continue;
        int measure = -1;
        /* the total that adds it by the table's arithmetic, past mapped
         * rows of the same group ("Cost of revenue:" / "Product", ...,
         * "Amortization of acquired intangible assets", "Total cost of
         * revenue"); else the next mapped row, if a total that adds it */
        int at = xc_adding_total(s, (int)i);
        if (at >= 0 && xc_deducts(&s->recs[at]))
            continue; /* "Product sales" less "Product cost": no members */
        if (at >= 0 && s->recs[at].concept >= 0) {
            measure = s->recs[at].concept;
            s->recs[at].seg_total = 1;
        }
        for (size_t k = i + 1; measure < 0 && k < s->nrecs; k++) {
            rec *t = &s->recs[k];
            if (t->concept < 0)
                continue;
            /* a total by its label, or by the table's arithmetic (which
             * adds the row: "Net sales" adds "Products" and "Services") */
            int adds = xc_label_starts(t->label, "total");
            for (int q = 0; q < t->nchildren && !adds && t->verified && !xc_deducts(t); q++)
                adds = t->children[q] == (int)i && t->child_sgn[q] > 0;
            if (adds) {
                measure = t->concept;
                t->seg_total = 1;
            }
            break;
        }
        /* with no total, a member of a standard axis measures what its
         * heading names, where the axis splits that ("Cost of revenues:" /
         * "Cost of product revenue", "Cost of service revenue", then "Gross
         * profit") */
        if (measure < 0 && at < 0 && am && !am->reconciles && r->nheads) {
            xc_map_ctx hc;
            memset(&hc, 0, sizeof(hc));
            hc.statement = s->stmt;
            hc.industry = s->industry;
            xc_match hm;
            if (xc_map_label(tax, r->heads[0], &hc, &hm) && hm.score >= 95 &&
                xc_axis_splits(tax, am, hm.concept) && !xc_read_above(s, hm.concept))
                measure = hm.concept;
        }
        /* with neither, or a total the axis does not split, the measure
         * its words name without the member's ("Cost of product revenue"
         * and "Cost of service revenue": cost of revenue, also among
         * operating expenses); with neither, a member that no other row
         * names beside it splits nothing, and the row is that measure
         * ("Product revenue, net" alone is revenues) */
        int unsplit = measure >= 0 && am && !xc_axis_splits(tax, am, measure);
        if (((measure < 0 && at < 0) || unsplit) && am && !am->reconciles && !am->residual) {
            char *rest = label_without(tax, r->label, member_words(tax, am));
            xc_match hm;
            int named = strcmp(rest, r->label) && xc_names_exactly(s, rest, s->stmt, &hm) &&
                        xc_axis_splits(tax, am, hm.concept) && !xc_read_above(s, hm.concept);
            int beside = named && (unsplit || axis_beside(s, i, am->axis, rest) ||
                                   line_beside(s, i, rest));
            free(rest);
            if (named && !beside) {
                r->concept = hm.concept;
                r->score = hm.score;
                r->rule = "label";
                continue;
            }
            if (named)
                measure = hm.concept;
        }
        /* a total that no concept names ("Total segment operating
         * income"): its rows measure its extension concept */
        if (measure < 0 && by && at >= 0 && s->recs[at].concept < 0 && !s->recs[at].unlabeled &&
            s->recs[at].label[0] && !(am && am->reconciles)) {
            r->seg_ext = at;
            s->recs[at].seg_total = s->recs[at].ext_measure = 1;
            continue;
        }
        /* so does a row that reconciles segments to such a total ("EBITA"
         * by business, then "Intersegment elimination" and "EBITA"): it is
         * that member, and the unread rows the total adds are segments */
        if (measure < 0 && am && am->reconciles && at >= 0 && s->recs[at].concept < 0 &&
            !s->recs[at].unlabeled && s->recs[at].label[0]) {
            rec *T = &s->recs[at];
            r->seg_ext = at;
            r->axis_member = am;
            T->seg_total = T->ext_measure = 1;
            for (int q = 0; q < T->nchildren; q++) {
                rec *o = &s->recs[T->children[q]];
                if (o != r && T->child_sgn[q] > 0 && o->concept < 0 && o->seg_ext < 0 &&
                    !o->axis_member && !o->unlabeled && o->label[0] && !o->total_like)
                    o->seg_ext = at;
            }
            continue;
        }
        if (measure < 0 || tax->concepts[measure].type == XC_TYPE_STRING ||
            tax->concepts[measure].split[0] >= 0)
            continue;
        /* a standard axis's members split what a period earns or costs:
         * "License fee, net" above "Total assets" is no member; nor is
         * "Maintenance" among a utility's operating expenses (the axis
         * splits revenues and their costs, vocabulary.xml's splits=) */
        if (am && !am->reconciles &&
            (tax->concepts[measure].period == XC_PERIOD_INSTANT ||
             !xc_axis_splits(tax, am, measure)))
            continue;
        r->seg_measure = measure;
        r->axis_member = am;
        /* (a line under no heading is named by its words besides its
         * total's: "Retail revenue" above "Total operating revenues") */
        char *name = line && !r->nheads && at >= 0 && !am
                         ? own_member_name(c, r->label, s->recs[at].label)
                         : NULL;
        if (name)
            own_member(r, hax, name);
    }
    /* with no total, a row under a heading that names a segment a row
     * under another heading was read as ("Segment revenues:" /
     * "Polyurethanes", ..., "Total revenues"; "Segment adjusted EBITDA:" /
     * "Polyurethanes", ...) measures what that heading names: its concept,
     * or its own extension concept */
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        if (r->concept >= 0 || r->seg_measure >= 0 || r->seg_ext >= 0 || r->axis_member ||
            r->unlabeled || !r->label[0] || !r->nheads || r->total_like ||
            !(titled || r->seg_axis || calls_segment(r->label)) ||
            xc_adding_total(s, (int)i) >= 0 || !segment_beside(s, (int)i))
            continue;
        xc_map_ctx hc;
        memset(&hc, 0, sizeof(hc));
        hc.statement = s->stmt;
        hc.industry = s->industry;
        xc_match hm;
        /* (a segment's percentage under "Gross Margin" is no gross profit) */
        if (!xc_map_label(tax, r->heads[0], &hc, &hm) || hm.score < 95 || xc_percent_row(s, r))
            r->head_ext = 1;
        else if (tax->concepts[hm.concept].type != XC_TYPE_STRING &&
                 tax->concepts[hm.concept].split[0] < 0 &&
                 tax->concepts[hm.concept].period == XC_PERIOD_DURATION)
            r->seg_measure = hm.concept;
    }
    /* and a bare total of such rows that does not add them up, as
     * percentages do not ("Gross Margin" / "Commercial Segment" 32.1%,
     * "Federal Government Segment" 19.6%, "Consolidated" 28.3%), is the
     * whole's figure of that extension concept */
    for (size_t i = 1; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        const rec *p = &s->recs[i - 1];
        if (p->head_ext && !p->seg_total && r->concept < 0 && !r->head_ext && !r->verified &&
            r->nheads && p->nheads && !strcmp(r->heads[0], p->heads[0]) &&
            xc_bare_total(tax, r->label) && xc_percent_row(s, r) == xc_percent_row(s, p)) {
            r->head_ext = 1;
            r->seg_total = 1;
        }
    }
    sum_of_segments(s);
    /* a row of percentages right under a segment's row of amounts, naming
     * no concept ("Med Tech" 95,356, "Gross margin % of sales" 63.6%), is
     * that segment's (not under another row of percentages: "Adjusted
     * EBITDA Margin:" / ..., "Total" 21.8%, "Comparable Adjusted EBITDA"
     * 21.8%) */
    for (size_t i = 1; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        const rec *p = &s->recs[i - 1];
        if (r->concept < 0 && r->seg_measure < 0 && r->seg_ext < 0 && !r->head_ext &&
            !r->axis_member && !p->axis_member &&
            (p->seg_measure >= 0 || p->seg_ext >= 0 || p->head_ext) && xc_percent_row(s, r) &&
            !xc_percent_row(s, p)) {
            r->share_of = (int)i;
            r->seg_axis = p->seg_axis;
        }
    }
    /* "Other" is the rest of an axis only beside a row that names one of
     * its members ("Subscription", "Other"); alone, it names nothing */
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *r = &s->recs[i];
        if (r->axis_member && r->axis_member->residual && !named_beside(s, (int)i)) {
            r->axis_member = NULL;
            r->seg_measure = -1;
        }
    }
    for (size_t i = 0; i < s->nrecs; i++)
        if (s->recs[i].axis_member && s->recs[i].seg_measure >= 0 && !s->recs[i].own.member &&
            !s->recs[i].axis_member->residual && !s->recs[i].axis_member->lines &&
            !s->recs[i].axis_member->text)
            own_members(c, s, (int)i);
    own_line_totals(c, s);
    own_lines_measured(s);
}

/* Whether a row names a member that reconciles segments to the whole
 * ("Intersegment elimination", "Corporate"). */
int xc_names_reconciling(const tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        const xc_axis_member *am = xc_taxonomy_member(s->tax, s->recs[i].label);
        if (am && am->reconciles)
            return 1;
    }
    return 0;
}

/* Whether text names a time or a year ("Quarter:", "2004 -"): a heading
 * over rows of another period is no segment. */
static int names_period(const char *text)
{
    for (const char *p = text; *p;) {
        if (!xc_isalnum((unsigned char)*p)) {
            p++;
            continue;
        }
        size_t n = 0;
        while (xc_isalnum((unsigned char)p[n]))
            n++;
        if (xc_period_names_time(p, n) || (n == 4 && xc_isdigit((unsigned char)p[0])))
            return 1;
        p += n;
    }
    return 0;
}

/* Segments as headings over the same measures ("Alabama Power -" over
 * "Operating Revenues", "Net Income"; then "Georgia Power -" over the
 * same): when two or more headed groups of rows each repeat at least two
 * amounts that another group has, each such heading names its group's
 * segment, or its standard member ("Products:"). A group that agrees
 * with the facts already read (the statements), or has no heading, is
 * the consolidated whole; other headed groups are no segment. Returns 1
 * when the table reads so. */
int xc_heading_segments(ictx *c, tstate *s)
{
    enum { MAXG = 64 };
    size_t start[MAXG + 1];
    int ng = 0, seg[MAXG] = {0};
    for (size_t i = 0; i < s->nrecs && ng <= MAXG; i++) {
        const rec *r = &s->recs[i], *p = i ? &s->recs[i - 1] : NULL;
        const char *h = r->nheads ? r->heads[0] : NULL;
        const char *ph = p && p->nheads ? p->heads[0] : NULL;
        if (!p || (h == NULL) != (ph == NULL) || (h && strcmp(h, ph)))
            start[ng++] = i;
    }
    if (ng < 2 || ng > MAXG)
        return 0;
    start[ng] = s->nrecs;
    int segs = 0;
    for (int g = 0; g < ng; g++) {
        const rec *r0 = &s->recs[start[g]];
        if (!r0->nheads)
            continue;
        if (names_period(r0->heads[0]))
            return 0;
        int shared = 0, mapped = 0;
        for (size_t i = start[g]; i < start[g + 1]; i++) {
            int k = s->recs[i].concept;
            /* amounts a segment reports: per-share figures under two
             * headings are two measures ("Earnings per share before
             * accounting change:", "Earnings per share:") */
            if (k < 0 || c->tax->concepts[k].type != XC_TYPE_MONETARY)
                continue;
            mapped++;
            int elsewhere = 0;
            for (size_t o = 0; o < s->nrecs && !elsewhere; o++)
                elsewhere = (o < start[g] || o >= start[g + 1]) && s->recs[o].concept == k;
            shared += elsewhere;
        }
        /* (a heading that names a measure is no segment: "Operating
         * expenses:" and "(1) Includes stock-based compensation as
         * follows:" over the same lines) */
        seg[g] = shared >= 2 && 2 * shared >= mapped && xc_heading_total(s, r0->heads[0], 85) < 0;
        segs += seg[g];
    }
    if (segs < 2)
        return 0;
    for (int g = 0; g < ng; g++) {
        rec *r0 = &s->recs[start[g]];
        /* other headed groups ("Operating expenses:") are no segment */
        const char *member = r0->nheads && seg[g] ? r0->heads[0] : NULL;
        int agree = 0;
        /* ("Consolidated results:" is the whole) */
        if (member && xc_bare_total(c->tax, member))
            member = NULL;
        else if (member && !xc_probe_conflicts(c, s, start[g], start[g + 1], &agree) && agree > 0)
            member = NULL;
        /* a heading that names a standard member ("Products:") puts its
         * rows on that member's axis */
        const xc_axis_member *am = member ? xc_taxonomy_member(c->tax, member) : NULL;
        for (size_t i = start[g]; i < start[g + 1]; i++) {
            s->recs[i].seg_head = 1;
            s->recs[i].seg_member = am ? NULL : member;
            s->recs[i].axis_member = am;
        }
    }
    return 1;
}
