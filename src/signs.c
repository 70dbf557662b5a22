/* signs.c: signs and totals from a table's own arithmetic. Rows that add
 * up to a printed total are its items; the sign each is added with, as
 * printed and as the calculation linkbase adds it, settles the signs of
 * facts, names unlabelled totals and differences, and settles rows that
 * read as the same concept. See interp_priv.h. */
#include "interp_priv.h"
#include "util.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static int concept_balance(const tstate *s, const rec *r)
{
    return r->concept >= 0 ? (int)s->tax->concepts[r->concept].balance : XC_BAL_NONE;
}

/* Whether two rows print different amounts in a column both fill. */
int xc_amounts_differ(const tstate *s, const rec *a, const rec *b)
{
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !a->has[j] || !b->has[j])
            continue;
        xc_decimal x = xc_decimal_abs(a->num[j].value), y = xc_decimal_abs(b->num[j].value);
        if (a->scale != b->scale || xc_decimal_cmp(x, y) != 0)
            return 1;
    }
    return 0;
}

/* Whether row b's amounts are larger than row a's in every column that
 * has both (and there is one). */
static int outweighs(const tstate *s, const rec *b, const rec *a)
{
    int n = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !a->has[j] || !b->has[j])
            continue;
        xc_decimal x = xc_decimal_abs(a->num[j].value), y = xc_decimal_abs(b->num[j].value);
        if (a->scale != b->scale || xc_decimal_cmp(y, x) <= 0)
            return 0;
        n++;
    }
    return n > 0;
}

/* Whether a row's label, but for "Total", is its concept's standard
 * label ("Total revenues": Revenues), where an alias ("Total net sales")
 * only reads as it. */
static int names_concept(const tstate *s, const rec *r)
{
    xc_words lw = xc_words_seen(s->tax, r->label, 0),
             cw = xc_words_seen(s->tax, s->tax->concepts[r->concept].label, 0);
    xc_word total = xc_word_id("total", 5);
    int n = 0;
    for (int i = 0; i < lw.n; i++) {
        if (lw.w[i] == total)
            continue;
        if (!xc_words_has_id(&cw, lw.w[i]))
            return 0;
        n++;
    }
    return n == cw.n;
}

/* The one concept the calculation adds up into k, or -1 when it has none
 * or several. */
static int only_kind(const xc_taxonomy *tax, int k)
{
    int c = tax->concepts[k].child;
    return c >= 0 && tax->concepts[c].sibling < 0 ? c : -1;
}

/* Whether any row of the table has concept k. */
static int has_concept(const tstate *s, int k)
{
    for (size_t q = 0; q < s->nrecs; q++)
        if (s->recs[q].concept == k)
            return 1;
    return 0;
}

/* Whether row r's concept reads its whole label, no clause or part of it
 * ("Net sales"; not "Revenue, before fuel surcharge"). */
static int read_whole(const rec *r) { return r->rule && !strcmp(r->rule, "label"); }

/* Whether a heading attributes the amount above it to whom it belongs
 * ("Attributable to:", "Net income attributable to:"). */
static int attributes(const char *text)
{
    size_t n = strlen(text);
    while (n && (text[n - 1] == ':' || xc_isspace((unsigned char)text[n - 1])))
        n--;
    return n >= 15 && xc_strncaseeq(text + n - 15, "attributable to", 15) &&
           (n == 15 || !xc_isalpha((unsigned char)text[n - 16]));
}

/* Whether column j's amounts must add up: any column in use but a
 * translation for convenience into another currency (cols[j].money),
 * converted line by line, so that its sums may be off by the rounding. */
static int adds_up(const tstate *s, int j) { return s->cols[j].use && !s->cols[j].money; }

/* Whether sa*a + sb*b = st*t in every column that must add up and t
 * prints (signs of +1 or -1). */
static int adds_to(const tstate *s, const rec *a, int sa, const rec *b, int sb, const rec *t,
                   int st)
{
    int any = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!t->has[j] || !adds_up(s, j))
            continue;
        xc_decimal x, y, sum, want;
        if (!a->has[j] || !b->has[j] ||
            xc_decimal_mul(a->num[j].value, xc_decimal_from_int(sa), &x) ||
            xc_decimal_mul(b->num[j].value, xc_decimal_from_int(sb), &y) ||
            xc_decimal_add(x, y, &sum) ||
            xc_decimal_mul(t->num[j].value, xc_decimal_from_int(st), &want) ||
            xc_decimal_cmp(sum, want))
            return 0;
        any = 1;
    }
    return any;
}

/* Whether rows a and b print the same amounts. */
static int same_amounts(const tstate *s, const rec *a, const rec *b)
{
    int any = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (a->has[j] != b->has[j] ||
            (a->has[j] && xc_decimal_cmp(a->num[j].value, b->num[j].value)))
            return 0;
        any |= a->has[j];
    }
    return any;
}

/* An amount split by whom it belongs to: under "Attributable to:", the
 * rows that add up to the row above it ("Profit for the period") are the
 * owners' share and the noncontrolling interests'. The one that reads as
 * the interests' share N names the rest: the calculation that deducts N
 * from the owners' concept Q ("Net income" = "Net income including
 * noncontrolling interests" - N) adds it up from the consolidated one C,
 * the row above (and the same total printed again below). */
void xc_split_attribution(tstate *s)
{
    const xc_taxonomy *tax = s->tax;
    for (size_t i = 1; i + 1 < s->nrecs; i++) {
        rec *a = &s->recs[i], *b = &s->recs[i + 1], *T = &s->recs[i - 1];
        if (!a->nheads || !attributes(a->heads[0]) || !b->nheads ||
            strcmp(a->heads[0], b->heads[0]) ||
            (T->nheads && !strcmp(T->heads[0], a->heads[0])) || !adds_to(s, a, 1, b, 1, T, 1))
            continue;
        if (i + 2 < s->nrecs && s->recs[i + 2].nheads &&
            !strcmp(s->recs[i + 2].heads[0], a->heads[0]) &&
            !same_amounts(s, &s->recs[i + 2], T))
            continue; /* three shares or more */
        rec *nci = a->concept >= 0 && tax->concepts[a->concept].weight < 0 ? a : b;
        rec *own = nci == a ? b : a;
        int N = nci->concept, Q = N >= 0 ? tax->concepts[N].parent : -1, C = -1;
        if (Q < 0 || tax->concepts[N].weight >= 0 || own->concept == N)
            continue;
        for (int k = tax->concepts[Q].child; k >= 0 && C < 0; k = tax->concepts[k].sibling)
            if (tax->concepts[k].weight > 0)
                C = k;
        /* (no other row may have either concept: the repeated total may) */
        int taken = 0;
        for (size_t q = 0; q < s->nrecs && C >= 0; q++)
            taken |= q != i - 1 && &s->recs[q] != own && &s->recs[q] != nci &&
                     (s->recs[q].concept == Q ||
                      (s->recs[q].concept == C && !same_amounts(s, &s->recs[q], T)));
        if (C < 0 || taken)
            continue;
        own->concept = Q;
        own->rule = "attribution";
        own->score = 80;
        own->attributed = nci->attributed = (int)i; /* (T's index plus one) */
        T->concept = C;
        T->rule = "attribution";
        T->total_like = 1;
        if (i + 2 < s->nrecs && same_amounts(s, &s->recs[i + 2], T) &&
            !strcmp(s->recs[i + 2].label, T->label)) {
            s->recs[i + 2].concept = C;
            s->recs[i + 2].rule = "attribution";
        }
    }
}

/* Two rows of one table that read as the same concept but print other
 * amounts cannot both be it: the better reading keeps the concept, the
 * other becomes an extension ("Domestic credit card receivables", a loose
 * reading of "Net credit card receivables", above the line that is it).
 * Equal readings keep the first, as emitting does. */
void xc_settle_duplicates(tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *a = &s->recs[i];
        for (size_t k = i + 1; a->concept >= 0 && k < s->nrecs; k++) {
            rec *b = &s->recs[k];
            /* (a member's row is another fact: "Interest expense" and
             * "Interest expense, related party") */
            if (b->concept != a->concept || b->axis_member != a->axis_member ||
                !xc_amounts_differ(s, a, b))
                continue;
            rec *lose = b->score > a->score ? a : b;
            /* of equal readings, a total concept goes to the row labelled
             * a total ("Total other income and expense" below "Interest
             * and other income, net"); other ties stay (segments under
             * headings repeat their measures) */
            if (b->score == a->score) {
                int ta = xc_label_starts(a->label, "total"), tb = xc_label_starts(b->label, "total");
                /* a total below an item it outweighs in every column adds
                 * it up ("Sales" above "Total revenues") */
                if (tb && !ta && (s->tax->concepts[a->concept].nchildren || outweighs(s, b, a)))
                    lose = a;
                else if (ta == tb && names_concept(s, b) && !names_concept(s, a))
                    lose = a; /* "Total revenues" below "Total net sales" */
                else if (ta == tb && names_concept(s, a) && !names_concept(s, b))
                    lose = b;
                else
                    continue;
            }
            /* in a non-GAAP table, the measure said to be the reported
             * one keeps its concept beside the non-GAAP one that reads
             * closer ("Research and Development (GAAP)" above "Research
             * and Development (Non-GAAP)"): the latter is a non-GAAP
             * concept of its own when emitted */
            if (s->nongaap && xc_taxonomy_says_reported(s->tax, lose->label) &&
                !xc_taxonomy_says_reported(s->tax, (lose == a ? b : a)->label))
                continue;
            /* an item above its total is the one kind of it that the
             * calculation has ("Net sales" above "Total revenue": revenue
             * from contracts with customers) */
            int alt = lose == a && xc_label_starts(b->label, "total") && read_whole(a)
                          ? only_kind(s->tax, a->concept)
                          : -1;
            if (alt >= 0 && has_concept(s, alt))
                alt = -1;
            if (alt < 0) {
                lose->dup_of = lose->concept;
                lose->dup_score = lose->score;
            }
            lose->concept = alt;
            lose->score = alt >= 0 ? lose->score : 0;
            lose->rule = alt >= 0 ? "arithmetic" : NULL;
        }
    }
}

/* w: +1 when the item adds to the total in XBRL terms. `tb` is the
 * total's balance (an unlabelled total takes its first item's). */
static int item_weight(const tstate *s, int tb, const rec *item)
{
    if (item->stmt == XC_STMT_CASHFLOW) {
        if (item->concept >= 0 && s->tax->concepts[item->concept].cf)
            return s->tax->concepts[item->concept].cf;
        return 1;
    }
    int bi = concept_balance(s, item);
    if (tb == XC_BAL_NONE || bi == XC_BAL_NONE)
        return 1;
    return tb == bi ? 1 : -1;
}

/* Whether a row's label names only a loss ("Net loss", "Loss on
 * extinguishment of debt"; with `heads`, the heading of a label that
 * names neither side: "Net loss per share:" / "Basic") and prints no
 * negative amount: such a row prints the loss as positive ("Net loss
 * (7,311)" follows the parentheses instead) */
static int names_loss(const tstate *s, const rec *r, int heads)
{
    unsigned senses = xc_taxonomy_senses(s->tax, r->label);
    if (!senses && heads && r->nheads)
        senses = xc_taxonomy_senses(s->tax, r->heads[0]);
    if (senses != 1u << XC_BAL_DEBIT)
        return 0;
    for (int j = 0; j < s->ncols; j++)
        if (r->has[j] && s->cols[j].use && xc_decimal_sign(r->num[j].value) < 0)
            return 0;
    return 1;
}

/* How many of row r's amounts in used columns are positive and how many
 * negative. */
static void sign_counts(const tstate *s, const rec *r, int *pos, int *neg)
{
    *pos = *neg = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !r->has[j])
            continue;
        int sg = xc_decimal_sign(r->num[j].value);
        *pos += sg > 0;
        *neg += sg < 0;
    }
}

static int default_sigma(const tstate *s, const rec *r)
{
    if (r->concept < 0)
        return 1;
    const xc_concept *c = &s->tax->concepts[r->concept];
    if (r->stmt == XC_STMT_CASHFLOW && c->cf && c->period == XC_PERIOD_DURATION)
        return c->cf;
    if (c->nonneg) {
        int pos, neg;
        sign_counts(s, r, &pos, &neg);
        return neg > pos ? -1 : 1;
    }
    /* "Other (income) expense, net 1,747", or a row under "Nonoperating
     * (income) expense:", prints an expense as positive: an income
     * concept's value is the amount negated. The row's own words first;
     * a heading's only for a row that names neither ("Other, net"), since
     * a heading's reach is not always clear ("Income before income taxes"
     * is no item of "Other (income) expense:" above it). Cash flows print
     * contributions to cash (above); balance sheets follow their sums. */
    if (c->balance != XC_BAL_NONE && c->period == XC_PERIOD_DURATION &&
        s->stmt != XC_STMT_BALANCE && r->stmt != XC_STMT_CASHFLOW) {
        xc_balance sense = xc_taxonomy_sense(s->tax, r->label);
        if (sense == XC_BAL_NONE && r->nheads && !xc_taxonomy_senses(s->tax, r->label))
            sense = xc_taxonomy_sense(s->tax, r->heads[0]);
        if (sense != XC_BAL_NONE && sense != c->balance)
            return -1;
        /* a label of an income concept that names only a loss ("Net loss
         * 500", "Loss on extinguishment of debt") prints the loss as a
         * positive amount, where no column prints a negative one ("Net
         * loss (7,311)" follows the parentheses) */
        if (c->balance == XC_BAL_CREDIT && names_loss(s, r, 0))
            return -1;
    }
    /* and so do the per-share amounts of a loss ("Net loss per share:" /
     * "Basic 0.38") */
    if (c->type == XC_TYPE_PERSHARE && c->balance == XC_BAL_NONE && r->stmt != XC_STMT_CASHFLOW &&
        names_loss(s, r, 1))
        return -1;
    return 1;
}

/* Tries to prove total = sum of signed items over every period column.
 * items: rec indexes; fixed[k] != 0 forces that item's sign. Writes the
 * chosen signs into sgn. Returns 1 on success. */
static int solve(const tstate *s, int total, const int *items, int n, const int *prior,
                 const int *fixed, int *sgn)
{
    const rec *T = &s->recs[total];
    int cols = 0;
    for (int j = 0; j < s->ncols; j++)
        if (adds_up(s, j) && T->has[j])
            cols++;
    if (!cols)
        return 0;
    int nonzero = 0;
    for (int k = 0; k < n; k++)
        for (int j = 0; j < s->ncols; j++)
            if (s->cols[j].use && s->recs[items[k]].has[j] &&
                !xc_decimal_is_zero(s->recs[items[k]].num[j].value))
                nonzero = 1;
    if (!nonzero)
        return 0;
    /* the columns as integers at one scale each, so that the 2^n sign
     * choices add machine words (exactly; any overflow falls back to the
     * decimal sums below) */
    int64_t iv[MAXCOL][MAXITEMS], tot[MAXCOL];
    int nic = 0, fast = n <= MAXITEMS;
    for (int j = 0; j < s->ncols && fast; j++) {
        if (!adds_up(s, j) || !T->has[j])
            continue;
        int sc = T->num[j].value.scale;
        for (int k = 0; k < n; k++)
            if (s->recs[items[k]].has[j] && s->recs[items[k]].num[j].value.scale > sc)
                sc = s->recs[items[k]].num[j].value.scale;
        xc_decimal t = T->num[j].value;
        for (int up = sc - t.scale; up > 0 && fast; up--)
            fast = !__builtin_mul_overflow(t.coef, 10, &t.coef);
        tot[nic] = t.coef;
        for (int k = 0; k < n && fast; k++) {
            iv[nic][k] = 0;
            if (!s->recs[items[k]].has[j])
                continue;
            xc_decimal v = s->recs[items[k]].num[j].value;
            /* the same value at scale sc: the coefficient times 10^(sc - scale) */
            for (int up = sc - v.scale; up > 0 && fast; up--)
                fast = !__builtin_mul_overflow(v.coef, 10, &v.coef);
            iv[nic][k] = v.coef;
        }
        nic++;
    }
    /* no choice of signs reaches a total larger than all the items together */
    for (int c = 0; c < nic && fast; c++) {
        int64_t sum = 0, t = tot[c] < 0 ? -tot[c] : tot[c];
        int over = 0;
        for (int k = 0; k < n && !over; k++)
            over = __builtin_add_overflow(sum, iv[c][k] < 0 ? -iv[c][k] : iv[c][k], &sum);
        if (!over && t > sum)
            return 0;
    }
    /* a set bit k of a mask negates item k; the fixed signs as bits that
     * a mask must have, the prior ones as bits that cost one each to flip */
    unsigned fixmask = 0, fixval = 0, primask = 0, prival = 0;
    for (int k = 0; k < n; k++) {
        fixmask |= (unsigned)(fixed[k] != 0) << k;
        fixval |= (unsigned)(fixed[k] < 0) << k;
        primask |= (unsigned)(prior[k] != 0) << k;
        prival |= (unsigned)(prior[k] < 0) << k;
    }
    int best = -1, bestcost = 1 << 30;
    for (int mask = 0; mask < (1 << n); mask++) {
        int ok = 1;
        if (((unsigned)mask & fixmask) != fixval)
            continue;
        int cost = __builtin_popcount(((unsigned)mask ^ prival) & primask);
        if (cost >= bestcost)
            continue;
        if (fast) {
            for (int c = 0; c < nic && ok; c++) {
                int64_t sum = 0;
                for (int k = 0; k < n && ok; k++) {
                    int64_t v = (mask >> k) & 1 ? -iv[c][k] : iv[c][k];
                    ok = !__builtin_add_overflow(sum, v, &sum);
                }
                ok = ok && sum == tot[c];
            }
            if (ok) {
                best = mask;
                bestcost = cost;
            }
            continue;
        }
        for (int j = 0; j < s->ncols && ok; j++) {
            if (!adds_up(s, j) || !T->has[j])
                continue;
            xc_decimal sum = {0, 0};
            for (int k = 0; k < n && ok; k++) {
                const rec *it = &s->recs[items[k]];
                if (!it->has[j])
                    continue;
                xc_decimal v = it->num[j].value;
                if ((mask >> k) & 1)
                    xc_decimal_neg(v, &v);
                if (xc_decimal_add(sum, v, &sum) < 0)
                    ok = 0;
            }
            if (ok && xc_decimal_cmp(sum, T->num[j].value) != 0)
                ok = 0;
        }
        if (ok) {
            best = mask;
            bestcost = cost;
        }
    }
    if (best < 0)
        return 0;
    for (int k = 0; k < n; k++)
        sgn[k] = (best >> k) & 1 ? -1 : 1;
    return 1;
}

/* The balance-sheet side of a row: its concept's, or for an unlabelled
 * total, that of what it adds up. */
static xc_side rec_side(const tstate *s, int i, int depth)
{
    const rec *r = &s->recs[i];
    if (r->concept >= 0)
        return s->tax->concepts[r->concept].side;
    for (int k = 0; k < r->nchildren && depth < 8; k++) {
        xc_side sd = rec_side(s, r->children[k], depth + 1);
        if (sd != XC_SIDE_NONE)
            return sd;
    }
    return XC_SIDE_NONE;
}

/* The weight with which concept c enters its ancestor a through the
 * calculation tree; 0 when a is not above c. */
static int path_weight(const xc_taxonomy *t, int c, int a)
{
    int w = 1;
    for (int k = 0; c >= 0 && k < 64; k++) {
        if (c == a)
            return w;
        w *= t->concepts[c].weight;
        c = t->concepts[c].parent;
    }
    return 0;
}

/* The balance of an extension total over items it[0..n): on a balance
 * sheet its side's (a debit among assets, where "Less accumulated
 * depreciation" under "Net utility plant" is deducted, so never negative),
 * else its first item's. */
static int extension_balance(const tstate *s, const int *it, int n)
{
    for (int k = 0; k < n && s->stmt == XC_STMT_BALANCE; k++) {
        xc_side sd = rec_side(s, it[k], 0);
        if (sd != XC_SIDE_NONE)
            return sd == XC_SIDE_ASSET ? XC_BAL_DEBIT : XC_BAL_CREDIT;
    }
    return concept_balance(s, &s->recs[it[0]]);
}

/* Whether a sign choice for the items of T, a total only because its
 * concept is a calculation parent, makes an amount printed positive a
 * negative amount of a concept outside T that is never negative: cash and
 * receivables above "Goodwill and intangible assets" that add up to it
 * once their signs turn are not its items. */
static int turns_negative(const tstate *s, const rec *T, const int *items, int n,
                          const int *w, const int *sgn)
{
    for (int k = 0; k < n && T->by_calc && T->concept >= 0; k++) {
        const rec *r = &s->recs[items[k]];
        if (r->concept < 0 || r->verified || !s->tax->concepts[r->concept].nonneg ||
            sgn[k] * w[k] * T->sigma > 0 || path_weight(s->tax, r->concept, T->concept))
            continue;
        for (int j = 0; j < s->ncols; j++)
            if (s->cols[j].use && r->has[j] && xc_decimal_sign(r->num[j].value) > 0)
                return 1;
    }
    return 0;
}

/* On a balance sheet, assets never add up to a liability or equity total
 * (assets - liabilities = equity foots, but is not a subtotal). Items of
 * the total's own concept, two or more, add up to it only as its parts
 * (segments' revenues into the consolidated), never beside other
 * measures: a segment's revenues and pre-tax income, then another's, less
 * the consolidated revenues, are no consolidated pre-tax income. (One
 * such item may be a gross amount read as the net total before the
 * arithmetic tells them apart.) */
static int compatible(const tstate *s, const rec *T, const int *items, int n)
{
    if (T->concept < 0)
        return 1;
    int own = 0;
    for (int k = 0; k < n; k++)
        own += s->recs[items[k]].concept == T->concept;
    if (own >= 2 && own < n)
        return 0;
    if (s->stmt != XC_STMT_BALANCE)
        return 1;
    xc_side st = s->tax->concepts[T->concept].side;
    if (st == XC_SIDE_NONE)
        return 1;
    for (int k = 0; k < n; k++) {
        xc_side sc = rec_side(s, items[k], 0);
        if (sc != XC_SIDE_NONE && (sc == XC_SIDE_ASSET) != (st == XC_SIDE_ASSET))
            return 0;
    }
    return 1;
}

/* Whether a verified sum's sign may turn as a whole: a measure of either
 * sign whose label may say the side it prints ("Total other expenses, net
 * 2,786" is net other income of -2,786), which only the sum it enters
 * tells. */
static int may_turn(const tstate *s, const rec *r)
{
    return r->verified && r->concept >= 0 && !s->tax->concepts[r->concept].nonneg &&
           s->tax->concepts[r->concept].balance != XC_BAL_NONE && !s->nongaap;
}

/* Turns the sign of row r's facts and of the items it adds up; an
 * extension keeps its amounts as printed, and so do its items, which are
 * signed against it. */
static void turn(tstate *s, rec *r, int depth)
{
    if (r->concept < 0)
        return;
    r->sigma = -r->sigma;
    for (int k = 0; k < r->nchildren && depth < 16; k++)
        turn(s, &s->recs[r->children[k]], depth + 1);
}

int xc_percent_row(const tstate *s, const rec *r)
{
    int pct = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !r->has[j])
            continue;
        if (!(r->num[j].flags & (XC_NUM_PERCENT | XC_NUM_DASH)))
            return 0;
        pct |= (r->num[j].flags & XC_NUM_PERCENT) != 0;
    }
    return pct;
}

/* The sign every amount of row r shares: 1, -1, or 0 when they differ
 * (or none is printed). */
static int row_sign(const tstate *s, const rec *r)
{
    int pos, neg;
    sign_counts(s, r, &pos, &neg);
    return pos && !neg ? 1 : neg && !pos ? -1 : 0;
}

void xc_resolve_signs(tstate *s)
{
    int all[256], pall[256]; /* the rows above, not yet added up; xc_percent_row */
    int nall = 0;
    for (size_t i = 0; i < s->nrecs; i++)
        s->recs[i].sigma = default_sigma(s, &s->recs[i]);
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        int done = 0;
        /* the items a total may add: the rows above of its kind, amounts or
         * percentages ("Med Tech", "Gross margin % of sales", "Med Device",
         * "Gross margin % of sales", "Total" adds the two amounts); at[k]:
         * where items[k] is in all */
        int items[256], at[256], nitems = 0;
        int tpct = T->total_like && nall >= 2 ? xc_percent_row(s, T) : 0;
        for (int k = 0; k < nall && T->total_like && nall >= 2; k++)
            if (pall[k] == tpct) {
                at[nitems] = k;
                items[nitems++] = all[k];
            }
        /* first with the signs of verified items as they are; then, if
         * nothing adds up, letting a verified sum of either sign turn */
        for (int relax = 0; relax < 2 && !done && T->total_like && nitems >= 2; relax++) {
            /* the shortest run of items above that adds up; but one that
             * must turn a read item against its balance gives way to a
             * longer run that needs no turn ("Assumed 25" and "Ceded
             * (150)" make 175 only if the cession adds, as does the run
             * from "Direct 300") */
            int blen = 0, bsgn[MAXITEMS], bw[MAXITEMS], bprior[MAXITEMS];
            for (int len = 2; len <= MAXITEMS && len <= nitems; len++) {
                const int *it = items + nitems - len;
                int prior[MAXITEMS], fixed[MAXITEMS], sgn[MAXITEMS], w[MAXITEMS];
                int tb = T->concept >= 0 ? concept_balance(s, T) : extension_balance(s, it, len);
                int turns = 0;
                for (int k = 0; k < len; k++) {
                    const rec *r = &s->recs[it[k]];
                    w[k] = item_weight(s, tb, r);
                    /* sigma = sigma_T * s * w, so s = sigma * w * sigma_T */
                    prior[k] = r->concept >= 0 ? r->sigma * w[k] * T->sigma : 0;
                    fixed[k] = r->verified ? r->sigma * w[k] * T->sigma : 0;
                    if (relax && may_turn(s, r)) {
                        fixed[k] = 0;
                        turns++;
                    }
                }
                if ((relax && !turns) || !compatible(s, T, it, len))
                    continue;
                if (!solve(s, (int)i, it, len, prior, fixed, sgn) ||
                    turns_negative(s, T, it, len, w, sgn))
                    continue;
                int cost = 0;
                for (int k = 0; k < len; k++)
                    cost += prior[k] && sgn[k] != prior[k];
                if (!blen || !cost) {
                    blen = len;
                    memcpy(bsgn, sgn, sizeof(int) * (size_t)len);
                    memcpy(bw, w, sizeof(int) * (size_t)len);
                    memcpy(bprior, prior, sizeof(int) * (size_t)len);
                }
                if (!cost)
                    break;
            }
            if (blen) {
                const int *it = items + nitems - blen;
                for (int k = 0; k < blen; k++) {
                    rec *r = &s->recs[it[k]];
                    /* an extension's balance is whatever makes it add
                     * up: its value stays as printed (but for
                     * xc_extension_sides) */
                    if (r->concept >= 0 && !r->verified)
                        r->sigma = bsgn[k] * bw[k] * T->sigma;
                    else if (r->verified && r->concept >= 0 && bsgn[k] != bprior[k])
                        turn(s, r, 0);
                }
                T->verified = 1;
                T->nchildren = blen;
                for (int k = 0; k < blen; k++) {
                    T->children[k] = it[k];
                    T->child_sgn[k] = bsgn[k];
                }
                nall = at[nitems - blen];
                done = 1;
            }
        }
        if (nall < 256) {
            pall[nall] = xc_percent_row(s, T);
            all[nall++] = (int)i;
        }
    }
    /* the shares of an amount split by whom it belongs to add up to it
     * as printed (split_attribution) */
    for (size_t i = 0; i < s->nrecs; i++)
        if (s->recs[i].attributed)
            s->recs[i].sigma = s->recs[s->recs[i].attributed - 1].sigma;
    /* a non-GAAP table's rows are its own concepts: an amount printed
     * positive that adds to its total is an add-back and stays positive
     * ("Stock-based compensation 478" between a net loss and a pro forma
     * net loss), while a deduction printed in parentheses still turns */
    /* (where a measure of income adds back most of its expenses as
     * printed positive, one of either sign is added back too: "Income tax
     * and other taxes 86 | (61)" between a net loss and adjusted EBITDA,
     * beside depreciation and interest, is tax of 86 and a benefit of 61;
     * where it prints them negative, as deductions, they stay expenses) */
    for (size_t i = 0; i < s->nrecs && s->nongaap; i++) {
        const rec *T = &s->recs[i];
        if (!T->verified || !T->nchildren ||
            concept_balance(s, T->concept >= 0 ? T : &s->recs[T->children[0]]) != XC_BAL_CREDIT)
            continue;
        int back = 0, deducted = 0;
        for (int q = 0; q < T->nchildren; q++) {
            const rec *r = &s->recs[T->children[q]];
            int sg = T->child_sgn[q] > 0 && concept_balance(s, r) == XC_BAL_DEBIT ? row_sign(s, r)
                                                                                  : 0;
            back += sg > 0;
            deducted += sg < 0;
        }
        for (int q = 0; q < T->nchildren && back > deducted; q++) {
            rec *r = &s->recs[T->children[q]];
            if (T->child_sgn[q] > 0 && concept_balance(s, r) == XC_BAL_DEBIT)
                r->sigma = 1;
        }
    }
    /* (and so is one printed positive in most columns: "Restructuring
     * and other charges 131 | (514) | 795" is an adjustment of 131 beside
     * "Stock-based compensation 1,257", however it enters the sum) */
    for (size_t i = 0; i < s->nrecs && s->nongaap; i++) {
        rec *r = &s->recs[i];
        int pos, neg;
        if (r->sigma >= 0)
            continue;
        sign_counts(s, r, &pos, &neg);
        if (pos > 0 && pos >= neg)
            r->sigma = 1;
    }
}

/* Whether total T adds flows: a duration concept, or unread in a table
 * whose columns all state durations. */
static int adds_flows(const tstate *s, const rec *T)
{
    if (T->concept >= 0)
        return s->tax->concepts[T->concept].period == XC_PERIOD_DURATION;
    int any = 0;
    for (int j = 0; j < s->ncols; j++) {
        const colspec *cs = &s->cols[j];
        if (!cs->use)
            continue;
        if (cs->type != XC_PERIOD_DURATION || cs->guessed)
            return 0;
        any = 1;
    }
    return any;
}

/* Re-reads row r as concept k, one of the calculation items of what it
 * read as: its facts keep the sign they have in the sum, so a row that
 * turns from a credit to a debit concept turns its amounts ("Other
 * expense" (3,120) read as other income is other expense of 3,120). */
static void remap(const tstate *s, rec *r, int k)
{
    int was = concept_balance(s, r);
    r->concept = k;
    int now = concept_balance(s, r);
    if (was != XC_BAL_NONE && now != XC_BAL_NONE && was != now)
        r->sigma = -r->sigma;
    r->rule = "arithmetic";
}

/* The item of parent that is concept k but for its term: "Other
 * liabilities, noncurrent" read among the items of current liabilities is
 * "Other liabilities, current". Their labels' words are the same but for
 * "current" and "noncurrent". Returns -1 when there is none. */
static int term_twin(const xc_taxonomy *tax, int k, int parent)
{
    const xc_concept *c = &tax->concepts[k], *p = &tax->concepts[parent];
    if (!c->term || c->term == p->term || !p->term || c->twin < 0)
        return -1;
    const xc_concept *d = &tax->concepts[c->twin];
    return d->parent == parent && d->term == p->term ? c->twin : -1;
}

/* What an unlabelled total that revenues less give the row after it
 * stands for ("Net sales", the unlabelled sum of costs, interest and other
 * income below it, then "Income before income taxes", which is the one
 * less the other in every column; or a sum of such a sum and more costs):
 * CostsAndExpenses; else -1. */
static int costs_of(const tstate *s, int t)
{
    const rec *T = &s->recs[t];
    int rev = xc_taxonomy_find(s->tax, "Revenues");
    if (rev < 0 || !T->nchildren || (size_t)t + 1 >= s->nrecs)
        return -1;
    /* (the revenues stand above the sum's first line: a subtotal's first) */
    int first = T->children[0];
    while (s->recs[first].nchildren)
        first = s->recs[first].children[0];
    if (first < 1)
        return -1;
    const rec *R = &s->recs[first - 1], *P = &s->recs[t + 1];
    if (R->concept < 0 || (R->concept != rev && !xc_taxonomy_is_under(s->tax, R->concept, rev)))
        return -1;
    int tested = 0;
    for (int j = 0; j < s->ncols; j++) {
        if (!s->cols[j].use || !R->has[j] || !T->has[j] || !P->has[j])
            continue;
        xc_decimal neg, diff;
        if (xc_decimal_neg(T->num[j].value, &neg) ||
            xc_decimal_add(R->num[j].value, neg, &diff) || xc_decimal_cmp(diff, P->num[j].value))
            return -1;
        tested++;
    }
    return tested ? xc_taxonomy_find(s->tax, "CostsAndExpenses") : -1;
}

/* Whether row r is the "Total current assets" or "Total current
 * liabilities" that closes its side's current section (classify_sheet). */
static int closes_current(const tstate *s, const rec *r)
{
    for (int k = 0; k < 2 && s->stmt == XC_STMT_BALANCE; k++)
        if (s->current_end[k] != SIZE_MAX && r->row == &s->t->rows[s->current_end[k]])
            return 1;
    return 0;
}

/* Unlabelled totals take the lowest common calculation parent of what
 * they add up, or their heading's concept; a child that carries the same
 * concept as its total is re-mapped among that concept's children
 * ("Plant, property and equipment" above "Less accumulated depreciation"). */
void xc_name_totals(tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        if (!T->verified)
            continue;
        /* a sum of flows holds no balance: an item read as an instant
         * concept is an item of its own ("Other liability" among the lines
         * of business premiums were written in) */
        if (s->stmt != XC_STMT_BALANCE && s->stmt != XC_STMT_CASHFLOW && adds_flows(s, T))
            for (int a = 0; a < T->nchildren; a++) {
                rec *A = &s->recs[T->children[a]];
                if (A->concept >= 0 &&
                    s->tax->concepts[A->concept].period == XC_PERIOD_INSTANT) {
                    A->concept = -1;
                    A->rule = "extension";
                    A->score = 0;
                }
            }
        /* an amount printed positive that a sum of what a period earns
         * adds is none of a cost's, which is never negative: "Advertising"
         * above "Total revenues" is revenue of its own, not advertising
         * expense of -1,056 */
        if (s->stmt == XC_STMT_INCOME && !s->nongaap && T->concept >= 0 && T->sigma > 0 &&
            s->tax->concepts[T->concept].balance == XC_BAL_CREDIT)
            for (int a = 0; a < T->nchildren; a++) {
                rec *A = &s->recs[T->children[a]];
                if (A->concept >= 0 && s->tax->concepts[A->concept].nonneg &&
                    s->tax->concepts[A->concept].balance == XC_BAL_DEBIT && A->sigma < 0 &&
                    T->child_sgn[a] > 0 && row_sign(s, A) > 0) {
                    A->concept = -1;
                    A->rule = "extension";
                    A->score = 0;
                    A->sigma = 1;
                }
            }
        /* an item of a sum never counts another item twice: "Net income"
         * less "Net income attributable to noncontrolling interests",
         * which net income has already deducted, is the net income that
         * includes them (adding back taxes to net income is no such case,
         * nor any item of a reconciliation, whose signs are its own) */
        for (int a = 0; a < T->nchildren && !s->nongaap; a++) {
            rec *A = &s->recs[T->children[a]];
            /* only a concept with items can hold another; and the sum that
             * closes a balance sheet's current section holds none of the
             * rows below it ("Total current liabilities" above a long-term
             * "Line of credit", which the calculation counts among current
             * ones) */
            int holds = A->concept >= 0 && s->tax->concepts[A->concept].nchildren &&
                        !closes_current(s, A);
            for (int b = 0; b < T->nchildren && holds; b++) {
                const rec *B = &s->recs[T->children[b]];
                int wpath = 0;
                if (b != a && B->concept >= 0 && B->concept != A->concept)
                    wpath = path_weight(s->tax, B->concept, A->concept);
                if (!wpath || A->sigma * T->child_sgn[a] * wpath != B->sigma * T->child_sgn[b])
                    continue;
                /* (an item that adds to A, as A adds to T; not T itself:
                 * "Income from continuing operations" above other income
                 * and pretax income is no pretax income) */
                int was = A->concept;
                int alt = xc_map_child(s->tax, A->label, was, s->industry, NULL);
                if (alt >= 0 && alt != B->concept && alt != T->concept &&
                    s->tax->concepts[alt].weight > 0)
                    remap(s, A, alt);
                /* (the sum, which read as the item's first concept and
                 * gave it up to the item, takes it back: "Net property,
                 * plant and equipment" below "Property, plant and
                 * equipment", now the gross amount, and its depreciation) */
                if (A->concept != was && T->concept < 0 && T->dup_of == was &&
                    !has_concept(s, was)) {
                    T->concept = was;
                    T->score = T->dup_score;
                    T->rule = "label";
                }
                break;
            }
        }
        /* two items of a sum that read as one concept cannot both be it:
         * each takes the item of that concept its label names ("Other
         * income" and "Other expense" under "Other"); a member's row is
         * another fact ("Interest expense" and "Interest expense, related
         * party") */
        for (int a = 0; a < T->nchildren; a++) {
            rec *A = &s->recs[T->children[a]];
            int k = A->concept;
            for (int b = a + 1; k >= 0 && s->tax->concepts[k].nchildren && b < T->nchildren;
                 b++) {
                rec *B = &s->recs[T->children[b]];
                if (B->concept != k || B->axis_member != A->axis_member)
                    continue;
                int alt = xc_map_child(s->tax, A->label, k, s->industry, NULL),
                    blt = xc_map_child(s->tax, B->label, k, s->industry, NULL);
                if (alt >= 0 && alt != blt)
                    remap(s, A, alt);
                if (blt >= 0 && alt != blt)
                    remap(s, B, blt);
                break;
            }
        }
        /* an item read as another sum's item is the item of this sum that
         * its label names (two words or more of an alias), with the sign
         * it has in the sum, when no other item is: "Less: accumulated
         * depreciation" under "Net real estate" is the real estate's; else
         * its twin of the sum's term ("Other" read as other noncurrent
         * liabilities, above "Total current liabilities") */
        if (T->concept >= 0 && s->tax->concepts[T->concept].nchildren)
            for (int a = 0; a < T->nchildren; a++) {
                rec *A = &s->recs[T->children[a]];
                if (A->concept < 0 || s->tax->concepts[A->concept].parent < 0 ||
                    xc_taxonomy_is_under(s->tax, A->concept, T->concept))
                    continue;
                int shared = 0;
                int alt = xc_map_child(s->tax, A->label, T->concept, s->industry, &shared);
                if (alt >= 0 && shared < 2)
                    alt = -1;
                if (alt < 0)
                    alt = term_twin(s->tax, A->concept, T->concept);
                if (alt >= 0 &&
                    s->tax->concepts[alt].weight != A->sigma * T->child_sgn[a] * T->sigma)
                    alt = -1;
                for (int b = 0; b < T->nchildren && alt >= 0; b++)
                    if (s->recs[T->children[b]].concept == alt)
                        alt = -1;
                if (alt >= 0)
                    remap(s, A, alt);
            }
        /* an item that reads as no concept is the item of the sum that
         * its words fit, with the sign it has in the sum, when no row of
         * the table is: "Other, net" between interest and "Total other
         * income (expense)" is other nonoperating income */
        if (T->concept >= 0 && s->tax->concepts[T->concept].nchildren)
            for (int a = 0; a < T->nchildren; a++) {
                rec *A = &s->recs[T->children[a]];
                if (A->concept >= 0 || A->unlabeled || !A->label[0] || A->nchildren ||
                    xc_joins_items(A->label))
                    continue;
                int alt = xc_map_child_within(s->tax, A->label, T->concept, s->industry);
                if (alt >= 0 &&
                    (s->tax->concepts[alt].weight != A->sigma * T->child_sgn[a] * T->sigma ||
                     has_concept(s, alt)))
                    alt = -1;
                if (alt >= 0) {
                    A->concept = alt;
                    A->rule = "arithmetic";
                    A->score = 60;
                }
            }
        /* so does a bare "Total" that nothing else names (a balance sheet's
         * "Total" under its assets), where most of what it adds is known */
        int bare = !T->unlabeled && T->concept < 0 && xc_label_starts(T->label, "total") &&
                   xc_words_seen(s->tax, T->label, 0).n == 0;
        /* and so does a balance sheet's unread "Total ..." whose items add up
         * to a whole side ("Total liabilities, redeemable noncontrolling
         * interest and stockholders' equity") */
        int side = !bare && !T->unlabeled && T->concept < 0 && s->stmt == XC_STMT_BALANCE &&
                   xc_label_starts(T->label, "total");
        if (T->unlabeled || bare || side) {
            int cs[MAXITEMS], n = 0, unknown = 0;
            for (int k = 0; k < T->nchildren; k++) {
                int c = s->recs[T->children[k]].concept;
                if (c >= 0)
                    cs[n++] = c;
                else
                    unknown++;
            }
            int lca = n >= 2 && (unknown == 0 || (bare && unknown < n))
                          ? xc_taxonomy_common_parent(s->tax, cs, n)
                          : -1;
            if (side && (lca < 0 || s->tax->concepts[lca].parent >= 0 ||
                         s->tax->concepts[lca].side == XC_SIDE_NONE))
                continue;
            int head = -1;
            if (T->nheads) {
                xc_map_ctx ctx;
                memset(&ctx, 0, sizeof(ctx));
                ctx.statement = s->stmt;
                ctx.industry = s->industry;
                xc_match m;
                if (xc_map_label(s->tax, T->heads[0], &ctx, &m) && m.score >= 85)
                    head = m.concept;
            }
            /* a heading that names an item ("Other income (expense):") over
             * a sum of several rows, one of them another item of its
             * parent, names that parent, unless the rows are that item's
             * own items ("Other income" and "Other expense") */
            if (head >= 0 && T->nchildren >= 2) {
                int p = s->tax->concepts[head].parent, under = 0, inside = 0;
                for (int k = 0; p >= 0 && k < n; k++) {
                    under += cs[k] != head && xc_taxonomy_is_under(s->tax, cs[k], p);
                    inside += cs[k] != head && xc_taxonomy_is_under(s->tax, cs[k], head);
                }
                if (under && !inside)
                    head = p;
            }
            /* a sum under a heading that names a measure is that measure,
             * not a wider one its items may add up to where one of them
             * reads as another kind ("Other income" under "Revenues:") */
            int headed = head >= 0 && lca >= 0 && head != lca &&
                         xc_taxonomy_is_under(s->tax, head, lca);
            for (int k = 0; headed && k < T->nchildren; k++) {
                const rec *C = &s->recs[T->children[k]];
                headed = C->nheads && !strcmp(C->heads[0], T->heads[0]);
            }
            if (headed)
                lca = head;
            /* the first of the two that no labelled row of this table
             * already has (a subtotal) */
            int pick = -1;
            const char *rule = NULL;
            int ncand = side ? 1 : T->unlabeled ? 3 : 2; /* (a side's total is no
                                                            heading's) */
            for (int cand = 0; cand < ncand && pick < 0; cand++) {
                pick = cand == 2 ? costs_of(s, (int)i) : cand ? head : lca;
                rule = cand || head == lca ? "position" : "arithmetic";
                for (size_t k = 0; pick >= 0 && k < s->nrecs; k++)
                    if (k != i && s->recs[k].concept == pick && !s->recs[k].unlabeled) {
                        int child = 0;
                        for (int c = 0; c < T->nchildren; c++)
                            child |= T->children[c] == (int)k;
                        if (!child)
                            pick = -1;
                    }
            }
            if (pick >= 0) {
                /* the items' signs were settled against the balance of the
                 * sum's first item; named, the sum has its own, which a
                 * credit among debits turns ("Interest charges:" over an
                 * allowance for borrowed funds, which reduces them) */
                int was = extension_balance(s, T->children, T->nchildren);
                T->concept = pick;
                T->rule = rule;
                T->score = 80;
                int now = concept_balance(s, T);
                for (int k = 0; was != now && k < T->nchildren; k++) {
                    rec *c = &s->recs[T->children[k]];
                    if (c->concept >= 0 && !c->verified)
                        c->sigma = T->child_sgn[k] * item_weight(s, now, c) * T->sigma;
                }
            }
        }
        if (T->concept < 0)
            continue;
        /* "TOTAL" under "CURRENT ASSETS" that adds up "Total current
         * assets" and more is not current assets: a total named only by
         * its heading yields to what its children add up to, when one of
         * them is a total of that name */
        int by_heading = T->rule && (!strcmp(T->rule, "heading") || !strcmp(T->rule, "position"));
        if (by_heading && !strcmp(T->rule, "heading")) {
            int cs[MAXITEMS], n = 0, same = 0;
            for (int k = 0; k < T->nchildren; k++) {
                int cc = s->recs[T->children[k]].concept;
                if (cc >= 0)
                    cs[n++] = cc;
                same |= cc == T->concept && xc_label_starts(s->recs[T->children[k]].label, "total");
            }
            if (same) {
                int lca = n >= 2 ? xc_taxonomy_common_parent(s->tax, cs, n) : -1;
                T->concept = lca != T->concept ? lca : -1;
                T->rule = lca >= 0 ? "arithmetic" : NULL;
                if (T->concept < 0)
                    continue;
            }
        }
        int stuck = 0, cs[MAXITEMS], ws[MAXITEMS], n = 0;
        for (int k = 0; k < T->nchildren; k++) {
            rec *c = &s->recs[T->children[k]];
            if (c->concept == T->concept) {
                int alt = xc_map_child(s->tax, c->label, T->concept, s->industry, NULL);
                if (alt < 0 && !xc_label_starts(c->label, "total") && read_whole(c))
                    alt = only_kind(s->tax, T->concept);
                if (alt >= 0 && has_concept(s, alt))
                    alt = -1;
                if (alt >= 0) {
                    remap(s, c, alt);
                } else if ((c->rule && !strcmp(c->rule, "heading+label")) ||
                           (by_heading && !xc_label_starts(c->label, "total"))) {
                    /* an item that took the concept from the heading its
                     * total has ("Operating" under "Costs and expenses:"),
                     * or an item beside which the heading's total adds
                     * more ("Interest charges" and "Capitalized interest"
                     * under "INTEREST EXPENSE"), is an item of its own */
                    c->concept = -1;
                    c->rule = "extension";
                    c->score = 0;
                } else {
                    stuck = 1;
                }
            }
            if (c->concept >= 0) {
                ws[n] = T->sigma * T->child_sgn[k] * c->sigma;
                cs[n++] = c->concept;
            }
        }
        /* else the total is the wider measure its children add up to:
         * "Total shareholders' equity" over "Total Company shareholders'
         * equity" and "Noncontrolling interests" includes the latter; a
         * child with no concept cannot narrow it ("Total other income"
         * over "Other income, net", "Interest income" and an extension) */
        int lca = stuck && n >= 2 ? xc_taxonomy_common_parent(s->tax, cs, n) : -1;
        /* (the measure right above its own: "Net revenues" after "Total
         * revenues" less "Interest expense" is no pretax income, which
         * would leave out the costs between) */
        if (lca >= 0 && s->tax->concepts[T->concept].parent != lca)
            lca = -1;
        /* ...or the concept that adds up just these items, where a tree
         * of the calculation other than the first one says so ("Net
         * revenues" = "Total revenues" - "Interest expense": revenues net
         * of interest expense) */
        if (stuck && lca < 0 && n >= 2 && n == T->nchildren) {
            int sum = xc_taxonomy_sum_of(s->tax, cs, ws, n);
            if (sum >= 0 && !has_concept(s, sum))
                lca = sum;
        }
        if (lca >= 0 && lca != T->concept) {
            T->concept = lca;
            T->rule = "arithmetic";
        }
    }
    /* a balance sheet's sum that reads as no concept (printed with no
     * label, or "TOTAL") and that its liabilities and equity match, amount
     * for amount, below it is its total assets, whatever its items read as
     * (a bank's "Mortgages held for sale" or an extension among them) */
    int le = s->stmt == XC_STMT_BALANCE
                 ? xc_taxonomy_find(s->tax, "LiabilitiesAndStockholdersEquity")
                 : -1;
    int assets = le >= 0 ? xc_taxonomy_find(s->tax, "Assets") : -1;
    for (size_t i = 0; assets >= 0 && i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        if (!T->verified || T->concept >= 0)
            continue;
        for (size_t k = i + 1; k < s->nrecs; k++) {
            if (s->recs[k].concept == le && same_amounts(s, T, &s->recs[k])) {
                T->concept = assets;
                T->rule = "arithmetic";
                T->score = 80;
                break;
            }
        }
    }
    /* the last row below total assets that matches it, amount for amount,
     * is total liabilities and equity where no row reads as that, however
     * long its label: an extension ("Total liabilities, redeemable
     * noncontrolling interest and stockholders' equity"), or liabilities
     * read from its first clause, which would be the whole sheet */
    int liab = le >= 0 ? xc_taxonomy_find(s->tax, "Liabilities") : -1;
    for (size_t i = 0; liab >= 0 && i < s->nrecs && !has_concept(s, le); i++) {
        if (s->recs[i].concept != assets)
            continue;
        rec *L = NULL;
        for (size_t k = i + 1; k < s->nrecs; k++) {
            rec *r = &s->recs[k];
            if ((r->concept < 0 || (r->concept == liab && !read_whole(r))) && !r->seg_member &&
                same_amounts(s, &s->recs[i], r))
                L = r;
        }
        if (L) {
            remap(s, L, le);
            L->score = 80;
        }
        break;
    }
}

/* Whether a verified total deducts one of its items, as printed: a
 * difference ("Gross margin" = "Product sales" - "Product cost"), which
 * no sum of an axis's members is. */
int xc_deducts(const rec *t)
{
    for (int q = 0; q < t->nchildren && t->verified; q++)
        if (t->child_sgn[q] < 0)
            return 1;
    return 0;
}

/* A consolidated amount less the interests' share is the owners' share:
 * a sum read as concept C ("Profit for the period") that deducts the
 * noncontrolling interests' share N from its other item ("Profit after
 * taxation") is the concept Q that the calculation makes of C less N, and
 * that item is C. The same words name either amount in releases; only
 * where the row stands tells. */
void xc_settle_owners_share(tstate *s)
{
    const xc_taxonomy *tax = s->tax;
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        if (!T->verified || T->nchildren != 2 || T->concept < 0 || T->attributed)
            continue;
        for (int k = 0; k < 2; k++) {
            rec *n = &s->recs[T->children[k]], *o = &s->recs[T->children[1 - k]];
            int N = n->concept, C = T->concept;
            int Q = N >= 0 ? tax->concepts[N].parent : -1;
            /* (or read as the measure that starts from Q and deducts
             * more, "Net income attributable to common shareholders",
             * where the release deducts nothing more: Q, from its
             * consolidated item C) */
            if (Q >= 0 && tax->concepts[C].unadjusted == Q)
                for (C = tax->concepts[Q].child; C >= 0 && tax->concepts[C].weight <= 0;)
                    C = tax->concepts[C].sibling;
            if (Q < 0 || C < 0 || tax->concepts[N].weight >= 0 || tax->concepts[C].parent != Q ||
                tax->concepts[C].weight <= 0 || (o->concept >= 0 && o->concept != C) ||
                has_concept(s, Q) || !adds_to(s, o, o->sigma, n, -n->sigma, T, T->sigma))
                continue;
            T->concept = Q;
            T->rule = "arithmetic";
            o->concept = C;
            o->rule = "arithmetic";
            break;
        }
    }
    /* and a total read as the item it adds the interests to, or that lost
     * that reading to it ("Total stockholders' equity" below "Total
     * stockholders' equity attributable to ProFrac" and "Noncontrolling
     * interests"), is the sum the calculation makes of the two; the item
     * that lost the reading to the total takes it back ("Equity
     * attributable to stockholders of Bed Bath & Beyond, Inc." above
     * "Total stockholders' equity") */
    for (size_t i = 0; i < s->nrecs; i++) {
        rec *T = &s->recs[i];
        int C = T->concept >= 0 ? T->concept : T->dup_of;
        if (!T->verified || T->nchildren != 2 || C < 0 || T->child_sgn[0] <= 0 ||
            T->child_sgn[1] <= 0)
            continue;
        rec *a = &s->recs[T->children[0]], *b = &s->recs[T->children[1]];
        rec *o = NULL;
        for (int k = 0; k < 2 && !o; k++) {
            rec *x = k ? b : a;
            if (x->concept == C || (x->concept < 0 && x->dup_of == C && T->concept == C))
                o = x;
        }
        const rec *n = o == a ? b : a;
        int Q = o && n->concept >= 0 ? tax->concepts[n->concept].parent : -1;
        if (Q < 0 || tax->concepts[C].parent != Q || tax->concepts[n->concept].weight <= 0 ||
            tax->concepts[C].weight <= 0 || has_concept(s, Q))
            continue;
        T->concept = Q;
        T->rule = "arithmetic";
        T->score = 80;
        if (o->concept < 0) {
            o->concept = C;
            o->score = o->dup_score;
            o->rule = "arithmetic";
        }
    }
}

/* The unnamed items of a difference of two are the measures its concept
 * is the difference of: "Gross margin" = "Product sales" - "Product cost"
 * is revenues less cost of goods sold (each item the calculation child of
 * the total that its words fit, added or deducted as the calculation
 * does, when no other row of the table has it). */
void xc_name_differences(tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        const rec *T = &s->recs[i];
        if (T->concept < 0 || T->nchildren != 2 || !xc_deducts(T))
            continue;
        for (int k = 0; k < T->nchildren; k++) {
            rec *c = &s->recs[T->children[k]];
            if (c->concept >= 0 || c->unlabeled || !c->label[0])
                continue;
            int alt = xc_map_child(s->tax, c->label, T->concept, s->industry, NULL);
            /* else a child of the other item's calculation parent, where
             * that parent adds into the total ("Net income" = "Income
             * before taxes" less "Taxes": income taxes, the other item of
             * income from continuing operations) */
            int o = s->recs[T->children[1 - k]].concept;
            int p = alt < 0 && o >= 0 ? s->tax->concepts[o].parent : -1;
            if (p >= 0 && p != T->concept && path_weight(s->tax, p, T->concept) == 1)
                alt = xc_map_child(s->tax, c->label, p, s->industry, NULL);
            /* else, the other item named, the one of the total's children
             * deducted as this item is, with its head noun, whose words
             * it shares most ("Gross profit" = "Tuition revenue" - "Cost
             * of educational services": a cost) */
            if (alt < 0 && o >= 0 && T->child_sgn[k] < 0)
                alt = xc_map_child_sharing(s->tax, c->label, T->concept, T->child_sgn[k],
                                           s->industry);
            if (alt >= 0 && s->tax->concepts[alt].weight != T->child_sgn[k])
                alt = -1;
            if (alt >= 0 && has_concept(s, alt))
                alt = -1;
            if (alt >= 0) {
                c->concept = alt;
                c->rule = "arithmetic";
                c->score = 60;
            }
        }
    }
}

/* An extension item of total T, added to it with sign sgn as printed,
 * whose label names one side only ("Gain on acquisition of assets, net",
 * "Plant closing costs"): read as a concept of that balance would be, it
 * is an amount of what it names ("Gain on acquisition of assets, net (5)"
 * among operating expenses is a gain of 5), and it declares that balance.
 * Only where that amount is positive in every column: a label's word may
 * mislead ("Service charges on deposit accounts" are a bank's income), and
 * such a row keeps its printed sign and declares none. Statements of
 * income, amounts of money only. */
static void ext_side(const tstate *s, rec *r, const rec *T, int tb, int sgn)
{
    if (r->concept >= 0 || tb == XC_BAL_NONE || s->stmt != XC_STMT_INCOME ||
        r->stmt != XC_STMT_INCOME || s->nongaap || r->per_share || r->per_unit ||
        r->seg_ext >= 0 || r->head_ext || r->unlabeled || r->attributed || !r->label[0] ||
        r->nchildren) /* (a sum's items keep its sign) */
        return;
    for (int j = 0; j < s->ncols; j++)
        if (r->has[j] && (r->num[j].flags & XC_NUM_PERCENT))
            return;
    unsigned senses = xc_taxonomy_senses(s->tax, r->label);
    int sb = senses == 1u << XC_BAL_DEBIT    ? XC_BAL_DEBIT
             : senses == 1u << XC_BAL_CREDIT ? XC_BAL_CREDIT
                                             : XC_BAL_NONE;
    int sigma = sgn * (sb == tb ? 1 : -1) * T->sigma;
    if (sb == XC_BAL_NONE || sigma * row_sign(s, r) <= 0)
        return;
    r->sigma = sigma;
    r->ext_bal = sb;
}

/* The sides of the extension items of every verified total, once the
 * items' concepts are settled (ext_side). */
void xc_extension_sides(tstate *s)
{
    for (size_t i = 0; i < s->nrecs; i++) {
        const rec *T = &s->recs[i];
        if (!T->verified || !T->nchildren)
            continue;
        int tb = T->concept >= 0 ? concept_balance(s, T)
                                 : extension_balance(s, T->children, T->nchildren);
        for (int k = 0; k < T->nchildren; k++)
            ext_side(s, &s->recs[T->children[k]], T, tb, T->child_sgn[k]);
    }
}
