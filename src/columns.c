/* columns.c: what a table's column headers say. Each column's period
 * (dates, lengths, fiscal years), its segment or measure words, currency
 * and reconciliation role; headers that name measures across
 * (transposed tables). See interp_priv.h. */
#include "interp_priv.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* ---- columns ---- */

/* The words of a column header that are not about the period ("Domestic",
 * "Net Income"), joined by blanks, or NULL when none (period = 0); or the
 * header without them, its period ("Three Months Ended March 31, 2025"),
 * or NULL when nothing is left (period = 1). */
static char *header_part(const char *text, int period)
{
    xc_buf b = {0};
    const char *p = text, *kept = text; /* (period: the text not yet copied) */
    while (*p) {
        while (*p && !xc_isalpha((unsigned char)*p))
            p++;
        const char *s = p;
        while (*p && (xc_isalpha((unsigned char)*p) || *p == '\'' || *p == '&' ||
                      (*p == '-' && xc_isalpha((unsigned char)p[1])) ||
                      (*p == '.' && p > s && p[1] != ' ' && p[1])))
            p++;
        size_t n = (size_t)(p - s);
        if (*p == '.')
            p++;
        if (n && s[n - 1] == '\'' && xc_isdigit((unsigned char)*p)) /* "YTD'24" */
            n--;
        if (!n)
            continue;
        if (xc_period_is_word(s, n))
            continue;
        /* "Q3", "3Q", "H1", "9M", "FY24": the letters of a period */
        int digit = (s > text && xc_isdigit((unsigned char)s[-1])) || xc_isdigit((unsigned char)*p);
        if (digit && n <= 2 &&
            (xc_strncaseeq(s, "q", n) || xc_strncaseeq(s, "h", n) || xc_strncaseeq(s, "m", n) ||
             xc_strncaseeq(s, "fy", n)))
            continue;
        /* "April 4th", "1st Quarter": an ordinal's letters */
        if (s > text && xc_isdigit((unsigned char)s[-1]) && xc_ordinal_suffix(s, n))
            continue;
        if (s > text + 1 && s[-1] == ' ' && xc_isdigit((unsigned char)s[-2])) {
            unsigned v = 0, scale = 1; /* "2 nd Quarter": a superscript set apart */
            for (const char *d = s - 2; d >= text && xc_isdigit((unsigned char)*d) && scale < 1000;
                 d--, scale *= 10)
                v += (unsigned)(*d - '0') * scale;
            if (xc_ordinal_agrees(v, s, n))
                continue;
        }
        if (period) {
            xc_buf_put(&b, kept, (size_t)(s - kept));
            kept = s + n;
            continue;
        }
        if (b.len)
            xc_buf_putc(&b, ' ');
        xc_buf_put(&b, s, n);
    }
    if (period) {
        xc_buf_puts(&b, kept);
        char *t = b.ptr ? xc_trim_dup(b.ptr) : NULL;
        xc_buf_free(&b);
        if (t && !*t) {
            free(t);
            t = NULL;
        }
        return t;
    }
    return b.len ? xc_buf_detach(&b) : (xc_buf_free(&b), NULL);
}

static char *other_words(const char *text)
{
    return header_part(text, 0);
}

/* Whether a header's words are notes alone ("(in millions)" over the
 * first column of dates): no segment. */
static int notes_only(const xc_taxonomy *tax, const char *head)
{
    char *s = xc_xstrdup(head);
    xc_drop_notes(s);
    char *w = other_words(s);
    int none = !w || !xc_words_seen(tax, w, 0).n;
    free(w);
    free(s);
    return none;
}

/* The concept text names by one of its labels at score or better, as a
 * column header that names a measure does ("Net Sales"), else -1. */
static int concept_named(const xc_taxonomy *tax, unsigned industry, const char *text, int score)
{
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_UNKNOWN;
    ctx.industry = industry;
    xc_match m;
    return xc_map_label(tax, text, &ctx, &m) && m.score >= score &&
                   tax->concepts[m.concept].type != XC_TYPE_STRING
               ? m.concept
               : -1;
}

/* Whether text names a concept by one of its labels, as a column header
 * that names a measure does ("Net Sales"). */
static int header_names_concept(const ictx *c, const char *text, int score)
{
    return concept_named(c->tax, c->industry, text, score) >= 0;
}

/* Whether header words say per share ("Per Share", "Per Diluted Share",
 * "EPS"). A scale note's exception ("(in thousands, except share and per
 * share amounts)" printed under the periods) names the rows it does not
 * scale, not what the column holds. */
static int says_per_share(const xc_taxonomy *tax, const char *words)
{
    const char *except = xc_memcasemem(words, strlen(words), "except");
    if (except) {
        char *before = xc_xstrndup(words, (size_t)(except - words));
        int said = says_per_share(tax, before);
        free(before);
        return said;
    }
    xc_words w = xc_words_seen(tax, words, 0);
    int eps = xc_words_has(&w, "eps");
    return (eps || xc_words_has(&w, "per")) && (eps || xc_words_has(&w, "share"));
}

/* Whether a measure column's header says its amounts are after tax ("After
 * Tax", "Net of Tax", "After-tax"). */
static int says_after_tax(const xc_taxonomy *tax, const char *words)
{
    xc_words w = xc_words_seen(tax, words, 0);
    return (xc_words_has(&w, "after") || xc_words_has(&w, "net")) && xc_words_has(&w, "tax");
}

/* Whether two texts have the same letters and digits ("March 31, 2025 ()"
 * and "March 31, 2025"). */
static int same_alnum(const char *a, const char *b)
{
    for (;; a++, b++) {
        while (*a && !xc_isalnum((unsigned char)*a))
            a++;
        while (*b && !xc_isalnum((unsigned char)*b))
            b++;
        if (xc_tolower((unsigned char)*a) != xc_tolower((unsigned char)*b))
            return 0;
        if (!*a)
            return 1;
    }
}

/* A table whose columns name measures ("Net Sales", "Segment EBITA")
 * over rows that name none ("Americas", "EMEA", "Total") prints its
 * segments down the side: it reads transposed, each row a column headed
 * by the columns' period and the row's label ("Three Months Ended March
 * 31, 2025 Americas"), each column a row of its measure. Only where the
 * columns print one period (or none), one of them names a concept and
 * none says per share (the columns of a reconciliation), and the rows
 * have no headings and name no concept but the total. */
void xc_transpose_measures(const ictx *c, xc_doc *doc)
{
    const xc_taxonomy *tax = c->tax;
    for (size_t i = 0; i < doc->ntables; i++) {
        const xc_table *t = &doc->tables[i];
        size_t nd = 0;
        int ok = t->ncols >= 2 && t->ncols <= MAXCOL;
        for (size_t k = 0; k < t->nrows && ok; k++) {
            const xc_row *r = &t->rows[k];
            xc_period_spec ps;
            if (r->kind == XC_ROW_DATA)
                xc_period_parse(r->label, &ps);
            /* (rows that name periods, "4Q'99", are another layout; so are
             * a reconciliation's steps, "GAAP" and "Non-GAAP") */
            ok = r->kind != XC_ROW_TEXT &&
                 (r->kind != XC_ROW_DATA ||
                  (r->label[0] && ps.kind != XC_COL_PERIOD && !ps.year &&
                   !xc_recon_step(tax, r->label) &&
                   (xc_bare_total(tax, r->label) || !header_names_concept(c, r->label, 85))));
            nd += r->kind == XC_ROW_DATA;
        }
        if (!ok || nd < 2 || nd > MAXCOL)
            continue;
        char *words[MAXCOL] = {0}, *period = NULL;
        int measures = 0;
        for (size_t j = 0; j < t->ncols && ok; j++) {
            char *p = header_part(t->colhead[j], 1);
            words[j] = header_part(t->colhead[j], 0);
            /* (a period printed over some of the columns is all of theirs:
             * centred over three columns of text, it stands over one) */
            ok = words[j] && !says_per_share(tax, words[j]) &&
                 (!p || !period || same_alnum(p, period));
            if (period || !p) {
                free(p);
            } else {
                period = p;
            }
            measures += ok && header_names_concept(c, words[j], 100);
        }
        if (ok && measures) {
            char *heads[MAXCOL];
            size_t k = 0;
            for (size_t q = 0; q < t->nrows; q++) {
                if (t->rows[q].kind != XC_ROW_DATA)
                    continue;
                xc_buf b = {0};
                if (period)
                    xc_buf_printf(&b, "%s ", period);
                xc_buf_puts(&b, t->rows[q].label);
                heads[k++] = xc_buf_detach(&b);
            }
            xc_doc_transpose_table(doc, i, (const char *const *)heads,
                                   (const char *const *)words);
            for (size_t q = 0; q < k; q++)
                free(heads[q]);
        }
        for (size_t j = 0; j < MAXCOL; j++)
            free(words[j]);
        free(period);
    }
}

/* Whether text names a period: a date, a year, a quarter or a length of
 * time ("March 31, 2025", "Fiscal 2025", "First Quarter", "Q3 2025") */
static int names_period(const char *text, xc_period_spec *ps)
{
    xc_period_parse(text, ps);
    return ps->ndates || ps->year || ps->quarter || ps->months || ps->weeks;
}

/* A table whose rows name periods ("March 31, 2025", "Second Quarter")
 * and whose columns name measures and no period ("Net Sales", "Net
 * Income", "Diluted EPS") reads transposed: each row a column headed by
 * the row's period, each column a row of its measure. A title line that
 * names a length of time alone ("Quarter Ended") heads each period, as
 * does a year the rows fall under ("2025" over "First Quarter"). Only
 * where every data row names a period and one column names a concept. */
void xc_transpose_periods(const ictx *c, xc_doc *doc)
{
    for (size_t i = 0; i < doc->ntables; i++) {
        const xc_table *t = &doc->tables[i];
        /* the periods may stand in the first column of cells, the rows
         * having no label ("Year" over 2025, 2024, 2023 in a text table) */
        int stub = t->ncols >= 2;
        for (size_t k = 0; k < t->nrows && stub; k++) {
            const xc_row *r = &t->rows[k];
            xc_period_spec ps;
            if (r->kind == XC_ROW_DATA)
                stub = !r->label[0] && r->cells[0] && names_period(r->cells[0], &ps);
            else if (r->kind == XC_ROW_TEXT)
                stub = 0;
        }
        int ok = t->ncols >= 1 + (size_t)stub && t->ncols <= MAXCOL, measures = 0;
        for (size_t j = (size_t)stub; j < t->ncols && ok; j++) {
            xc_period_spec ps;
            ok = t->colhead[j][0] && !names_period(t->colhead[j], &ps);
            measures += ok && header_names_concept(c, t->colhead[j], 100);
        }
        size_t nd = 0;
        for (size_t k = 0; k < t->nrows && ok && measures; k++) {
            const xc_row *r = &t->rows[k];
            xc_period_spec ps;
            if (r->kind == XC_ROW_DATA) {
                ok = stub || (r->label[0] && names_period(r->label, &ps));
                nd++;
            } else if (r->kind == XC_ROW_TEXT) {
                ok = names_period(r->label, &ps) && ps.year && !ps.ndates;
            }
        }
        if (!ok || !measures || nd < 2 || nd > MAXCOL)
            continue;
        /* the length the title names alone ("Quarter Ended"), or the
         * periods' column header */
        const char *length = NULL;
        for (size_t k = 0; k < t->ntitle + (size_t)stub; k++) {
            const char *text = k < t->ntitle ? t->title[k] : t->colhead[0];
            xc_period_spec ps;
            if (names_period(text, &ps) && (ps.months || ps.weeks) && !ps.year && !ps.ndates &&
                !ps.has_words)
                length = text;
        }
        char *heads[MAXCOL];
        const char *year = NULL;
        size_t n = 0;
        for (size_t q = 0; q < t->nrows; q++) {
            const xc_row *r = &t->rows[q];
            if (r->kind == XC_ROW_TEXT)
                year = r->label;
            if (r->kind != XC_ROW_DATA)
                continue;
            const char *label = stub ? r->cells[0] : r->label;
            xc_buf b = {0};
            xc_period_spec ps;
            names_period(label, &ps);
            if (length && !ps.months && !ps.weeks)
                xc_buf_printf(&b, "%s ", length);
            xc_buf_puts(&b, label);
            if (year && !ps.year)
                xc_buf_printf(&b, " %s", year);
            heads[n++] = xc_buf_detach(&b);
        }
        xc_table *x = xc_doc_transpose_table(doc, i, (const char *const *)heads,
                                             (const char *const *)t->colhead);
        /* (the periods' column became the first row: it is none) */
        if (stub) {
            memmove(&x->rows[0], &x->rows[1], (x->nrows - 1) * sizeof(xc_row));
            x->nrows--;
        }
        for (size_t q = 0; q < n; q++)
            free(heads[q]);
    }
}

/* The currency a column's header (head, whose words other than the
 * period's are words) names and nothing else: "RMB", "US$", "\u20ac". */
static const char *column_currency(const xc_taxonomy *tax, const char *head, const char *words)
{
    for (const char *p = head; *p; p++) {
        size_t k = (p == head || !xc_isalpha((unsigned char)p[-1])) && *p != '$'
                       ? xc_currency_sign(p, strnlen(p, 8))
                       : 0;
        const char *code = k ? xc_taxonomy_currency_sign(tax, p, k) : NULL;
        if (!code)
            continue;
        /* (the sign's capitals are all the words there are) */
        size_t caps = 0;
        while (caps < k && p[caps] >= 'A' && p[caps] <= 'Z')
            caps++;
        if (words ? strlen(words) == caps && !memcmp(words, p, caps) : !caps)
            return code;
    }
    return words ? xc_taxonomy_currency_alone(tax, words) : NULL;
}

/* Whether a column header states a scale of its own as an abbreviation
 * ("CPU Units k", "Rev $m", "Sales $MM"), as a table that prints several
 * measures under each period does. */
static int scale_marked(const char *head)
{
    for (const char *p = head; *p;) {
        while (*p == ' ')
            p++;
        size_t n = 0;
        while (p[n] && p[n] != ' ')
            n++;
        /* "k", "m", "mm", "bn", each after a dollar sign or not ("$b" only
         * after one), in either case */
        int dollar = *p == '$';
        size_t k = n - (size_t)dollar;
        if (xc_letter_scale(p + dollar, k) >= 0 && (dollar || k != 1 || (p[0] | 32) != 'b'))
            return 1;
        p += n;
    }
    return 0;
}

/* The end of the same period `back` years before end: 52 weeks each for a
 * weekly year, else twelve months. */
static xc_date years_before(xc_date end, int back)
{
    return xc_weekly_end(end) ? end - 364 * back : xc_date_add_months(end, -12 * back);
}

/* A reconciliation down the side: rows "Per-GAAP", the adjustments and
 * "Non-GAAP" under columns that each name the measure they reconcile
 * ("Operating Expenses | Income Tax Provision | Net Income"), all of one
 * period (or none: the title's). Marks each column's concept (named) and
 * returns 1 when the table reads so. */
static int named_columns(const xc_taxonomy *tax, const xc_table *t, colspec *cols, int n)
{
    /* (first what costs least: one period over two worded columns or more) */
    int first = -1, worded = 0;
    for (int j = 0; j < n; j++) {
        if (!cols[j].words)
            continue;
        if (first < 0)
            first = j;
        const xc_period_spec *a = &cols[first].ps, *b = &cols[j].ps;
        if (a->end != b->end || a->months != b->months || a->weeks != b->weeks ||
            a->year != b->year)
            return 0;
        worded++;
    }
    int steps = 0, named = 0;
    for (size_t r = 0; r < t->nrows && !steps && worded >= 2; r++)
        steps = t->rows[r].kind == XC_ROW_DATA && xc_recon_step(tax, t->rows[r].label);
    for (int j = 0; j < n && steps; j++) {
        if (!cols[j].words)
            continue;
        int k = concept_named(tax, 0, cols[j].words, 100);
        for (int q = 0; q < j && k >= 0; q++)
            if (cols[q].named == k + 1)
                k = -1;
        if (k < 0)
            return 0;
        cols[j].named = k + 1;
        named++;
    }
    return named >= 2;
}

/* Whether a header says its period is "ending" (not "ended") */
static int says_ending(const char *head)
{
    for (const char *p = head; (p = xc_memcasemem(p, strlen(p), "ending")) != NULL; p += 6)
        if ((p == head || !xc_isalpha((unsigned char)p[-1])) && !xc_isalpha((unsigned char)p[6]))
            return 1;
    return 0;
}

/* "Quarter Ended September 30" over "This Year | Last Year": a month and
 * day with no year, beside a year said relatively, end in the year before
 * the release that was this year's (the last such day on or before it),
 * and a year before that for "Last Year". Left as it is when the release
 * has no date. */
static void date_by_release(xc_period_spec *ps, xc_date released)
{
    if (ps->kind != XC_COL_UNKNOWN || !ps->relative || !ps->month || !ps->day || ps->year ||
        released == XC_NODATE)
        return;
    int y, m, d;
    xc_date_split(released, &y, &m, &d);
    xc_date e = xc_date_make(y, ps->month, ps->day);
    if (e != XC_NODATE && e > released)
        e = xc_date_make(--y, ps->month, ps->day);
    if (e != XC_NODATE && ps->relative == 2)
        e = xc_date_make(--y, ps->month, ps->day);
    if (e == XC_NODATE)
        return;
    ps->kind = XC_COL_PERIOD;
    ps->year = y;
    ps->end = e;
    ps->relative = 0;
}

/* A header past the "vs." it opens with ("vs. Q3 2025": "Q3 2025"; the
 * period compared with), as the title before it does not open it. */
static const char *after_versus(const char *h)
{
    while (*h == ' ')
        h++;
    size_t n = xc_strncaseeq(h, "versus ", 7) ? 7
               : xc_strncaseeq(h, "vs. ", 4)  ? 4
               : xc_strncaseeq(h, "vs ", 3)   ? 3
                                              : 0;
    return h + n;
}

/* Whether a column's header places an instant itself, a date after "as
 * of" or "at" ("Backlog as of June 30, 2026"): no length the title states
 * is the column's. */
static int header_at(const char *head)
{
    for (const char *p = head; (p = strpbrk(p, "aA")) != NULL; p++) {
        size_t k = xc_strncaseeq(p, "as of ", 6) ? 6 : xc_strncaseeq(p, "at ", 3) ? 3 : 0;
        if (!k || (p > head && xc_isalpha((unsigned char)p[-1])))
            continue;
        const char *w = p + k;
        while (*w == ' ')
            w++;
        size_t n = 0;
        while (xc_isalpha((unsigned char)w[n]))
            n++;
        if (n && xc_month_lookup(w, n))
            return 1;
    }
    return 0;
}

/* Reads every column header of table t into cols (periods not yet
 * resolved; a relative year dated by the release, released). Returns the
 * number of columns with a period. */
int xc_read_columns(const xc_taxonomy *tax, const xc_table *t, colspec *cols, int *ncols,
                    xc_date released)
{
    /* each column's header; a column with none, set in from one with a
     * header on its right where no row prints in both, is that column
     * staggered (items set in from their totals): it has that header */
    const char *head[MAXCOL];
    int n = (int)t->ncols < MAXCOL ? (int)t->ncols : MAXCOL;
    for (int j = 0; j < n; j++)
        head[j] = t->colhead[j];
    for (int j = 0; j + 1 < n; j++) {
        if (xc_has_text(head[j]) || !xc_has_text(head[j + 1]))
            continue;
        int alone = 0, both = 0;
        for (size_t r = 0; r < t->nrows && !both; r++) {
            const xc_row *row = &t->rows[r];
            if (row->kind != XC_ROW_DATA)
                continue;
            both = row->cells[j] && row->cells[j + 1];
            alone |= row->cells[j] != NULL;
        }
        if (alone && !both)
            head[j] = head[j + 1];
    }
    /* a dated period over some columns only, beside columns that print no
     * period and no figure ("Year Ended December 31, 2004" set over
     * "Domestic | International | Total" with no rule, or a rule too short,
     * to say how far it reaches), is theirs too: a column of words alone
     * has no period else. Only where every dated column has that period. */
    char *spread[MAXCOL] = {0};
    int dated = -1;
    xc_period_spec hps[MAXCOL];
    for (int j = 0; j < n; j++) {
        const xc_period_spec *ps = &hps[j];
        xc_period_parse(head[j], &hps[j]);
        if (ps->kind != XC_COL_PERIOD || dated == -2)
            continue;
        const xc_period_spec *one = dated >= 0 ? &hps[dated] : NULL;
        if (ps->end == XC_NODATE || (one && (ps->end != one->end || ps->months != one->months ||
                                             ps->weeks != one->weeks)))
            dated = -2;
        else if (!one)
            dated = j;
    }
    char *when = dated >= 0 ? header_part(head[dated], 1) : NULL;
    for (int j = 0; j < n && when; j++) {
        int digit = 0;
        for (const char *q = head[j]; *q && !digit; q++)
            digit = xc_isdigit((unsigned char)*q);
        if (j == dated || !xc_has_text(head[j]) || digit || hps[j].kind != XC_COL_UNKNOWN)
            continue;
        xc_buf b = {0};
        xc_buf_printf(&b, "%s %s", when, head[j]);
        head[j] = spread[j] = xc_buf_detach(&b);
    }
    free(when);
    /* title lines that speak of periods apply to every column (not a
     * date an event took place on: "a stock split effective April 24") */
    xc_buf tp = {0};
    for (size_t k = 0; k < t->ntitle; k++) {
        xc_period_spec ps;
        xc_period_parse(t->title[k], &ps);
        if ((ps.months || ps.weeks || ps.ndates) &&
            !xc_taxonomy_has_phrase(tax, tax->event, tax->nevent, t->title[k])) {
            xc_buf_puts(&tp, t->title[k]);
            xc_buf_putc(&tp, ' ');
        }
    }
    /* a title that dates a year ("Fiscal Year Ended January 30, 1999")
     * gives the fiscal year end, not the end of a column that names a
     * quarter of it, or the year to date, by a year of its own ("First
     * Quarter F1998"): such a column is placed in its fiscal year later
     * (place_quarters) */
    xc_period_spec tps;
    xc_period_parse(tp.len ? tp.ptr : "", &tps);
    int year_end = tps.months == 12 && tps.end != XC_NODATE;
    /* a title that dates a quarter ("First quarter (Q1), ended July 25,
     * 2008") dates the latest column that names a quarter by its year
     * alone ("Q1 2009", however the release names its fiscal years), and
     * each earlier one a year apart */
    int latest = 0;
    for (int j = 0; j < n && tps.end != XC_NODATE && tps.months && tps.months < 12; j++) {
        xc_period_spec ps;
        xc_period_parse(head[j], &ps);
        if (ps.quarter && ps.year && ps.end == XC_NODATE && ps.year > latest)
            latest = ps.year;
    }
    int periods = 0, bare = 0;
    /* columns with no header at all: the title's period cannot tell two of
     * them apart, so it goes to one alone; unless no row prints in two of
     * them, where they are one column staggered, items set in from their
     * totals ("Cash  $ 1,000" / "Total current assets  $ 4,500") */
    for (int j = 0; j < n; j++)
        bare += !xc_has_text(head[j]);
    int together = 0;
    for (size_t r = 0; bare > 1 && r < t->nrows && !together; r++) {
        int in = 0;
        for (int j = 0; j < n && t->rows[r].kind == XC_ROW_DATA; j++)
            in += !xc_has_text(head[j]) && t->rows[r].cells[j];
        together = in > 1;
    }
    if (bare > 1 && !together)
        bare = 1;
    for (int j = 0; j < n; j++) {
        colspec *c = &cols[j];
        memset(c, 0, sizeof(*c));
        xc_period_parse(head[j], &c->ps);
        date_by_release(&c->ps, released);
        int placed = year_end && (c->ps.quarter || c->ps.ytd) && c->ps.year &&
                     c->ps.end == XC_NODATE;
        if (latest && c->ps.quarter && c->ps.year && c->ps.end == XC_NODATE) {
            int back = latest - c->ps.year; /* (a weekly year: 52 weeks each) */
            xc_date e = years_before(tps.end, back);
            int y;
            c->ps.end = e;
            xc_date_split(e, &y, &c->ps.month, &c->ps.day);
            c->ps.months = c->ps.months ? c->ps.months : tps.months;
            placed = 1;
        }
        if (c->ps.kind != XC_COL_CHANGE && c->ps.kind != XC_COL_PERCENT && tp.len && !placed &&
            (bare < 2 || xc_has_text(head[j])) &&
            ((!c->ps.months && !c->ps.weeks) || c->ps.end == XC_NODATE)) {
            xc_buf all = {0};
            xc_buf_puts(&all, tp.ptr);
            xc_buf_puts(&all, c->ps.kind == XC_COL_PERIOD ? after_versus(head[j]) : head[j]);
            xc_period_spec ps2;
            xc_period_parse(all.ptr, &ps2);
            date_by_release(&ps2, released);
            /* the title gives dates; a length the column states is its own
             * ("Fourth Quarter and Fiscal 2024 Results" over "FY 2024") */
            if (ps2.kind == XC_COL_PERIOD && (c->ps.months || c->ps.weeks)) {
                ps2.months = c->ps.months;
                ps2.weeks = c->ps.weeks;
                ps2.quarter = c->ps.quarter;
                ps2.ytd = c->ps.ytd;
            }
            /* and a date it prints is its own: "Fiscal 2024 Results" above
             * a "December 31, 2023" column does not move it to 2024 */
            if (ps2.kind == XC_COL_PERIOD && c->ps.end != XC_NODATE) {
                ps2.end = c->ps.end;
                ps2.year = c->ps.year;
                ps2.month = c->ps.month;
                ps2.day = c->ps.day;
                ps2.ndates = c->ps.ndates;
            }
            if (ps2.kind == XC_COL_PERIOD) {
                c->title_length = !c->ps.months && !c->ps.weeks && (ps2.months || ps2.weeks);
                c->at = c->title_length && header_at(head[j]);
                c->title_range = ps2.from_month && !c->ps.from_month && c->ps.year;
                c->ps = ps2;
                /* "Prior Year" beside "Current Year" under "For the Quarter
                 * Ended March 31, 2005": the same quarter a year before */
                if (c->ps.relative == 2 && c->ps.end != XC_NODATE) {
                    c->ps.end = years_before(c->ps.end, 1);
                    xc_date_split(c->ps.end, &c->ps.year, &c->ps.month, &c->ps.day);
                }
            }
            xc_buf_free(&all);
        }
        c->words = other_words(head[j]);
        c->own_scale = scale_marked(head[j]);
        /* header words name a segment ("Domestic"), unless they name the
         * total ("Consolidated", or "Total": stop words alone) or a measure
         * ("Pretax", "Per Share"); or a standard member, even one that
         * says "combined" or "reported" ("As Previously Reported") */
        const xc_axis_member *am = c->words ? xc_taxonomy_member(tax, c->words) : NULL;
        /* a currency named over a column is its amounts' unit, no segment */
        c->currency = column_currency(tax, head[j], c->words);
        if (c->words && !c->currency && xc_words_seen(tax, c->words, 0).n &&
            (am || !xc_taxonomy_has_phrase(tax, tax->total, tax->ntotal, c->words)) &&
            !notes_only(tax, head[j])) {
            if (xc_taxonomy_has_phrase(tax, tax->measure, tax->nmeasure, c->words)) {
                c->pershare = says_per_share(tax, c->words);
                c->aftertax = !c->pershare && says_after_tax(tax, c->words);
            } else if ((c->axis = am) == NULL) {
                c->member = xc_xstrdup(c->words);
            }
        }
        c->recon = am ? 0 : xc_recon_kind(tax, c->words); /* (not "As Previously Reported") */
        c->measured = !am && c->words &&
                      xc_taxonomy_has_phrase(tax, tax->row_measure, tax->nrow_measure, c->words);
        if (c->ps.kind == XC_COL_PERIOD)
            periods++;
    }
    /* a title that states two lengths over two groups of columns that
     * repeat their ends ("For the Three and Six Months Ended June 30," over
     * 2005, 2004, 2005, 2004): the first length is the first group's */
    if (tps.nlengths == 2) {
        int idx[MAXCOL], m = 0;
        for (int j = 0; j < n; j++)
            if (cols[j].title_length && cols[j].ps.kind == XC_COL_PERIOD)
                idx[m++] = j;
        int k = m / 2, paired = m >= 2 && m % 2 == 0;
        for (int q = 0; q < k && paired; q++)
            paired = cols[idx[q]].ps.end != XC_NODATE &&
                     cols[idx[q]].ps.end == cols[idx[q + k]].ps.end;
        for (int q = 0; q < m && paired; q++) {
            int g = q >= k;
            cols[idx[q]].ps.months = tps.lengths[g][0];
            cols[idx[q]].ps.weeks = tps.lengths[g][1];
        }
    }
    /* a reconciliation across ("GAAP Amounts | Adjustments | Non-GAAP
     * Amounts") is one when it has the statements' column and the measure's:
     * neither they nor the adjustments name a segment */
    int gaap = 0, nongaap = 0;
    for (int j = 0; j < n; j++) {
        gaap |= cols[j].recon == XC_RECON_GAAP;
        nongaap |= cols[j].recon == XC_RECON_NONGAAP;
    }
    /* and so is a table of measures across ("Average Balance | Interest |
     * Yield/Rate"): two such columns of other words at least */
    int measures = 0;
    for (int j = 0; j < n && measures < 2; j++)
        for (int k = 0; k < j && cols[j].measured && measures < 2; k++)
            measures += cols[k].measured && strcmp(cols[k].words, cols[j].words) != 0;
    int down = !gaap && !nongaap && !measures && named_columns(tax, t, cols, n);
    for (int j = 0; j < n; j++) {
        if (!gaap || !nongaap)
            cols[j].recon = 0;
        if (measures < 2)
            cols[j].measured = 0;
        if (!down)
            cols[j].named = 0;
        if (cols[j].recon || cols[j].measured || cols[j].named) {
            free(cols[j].member);
            cols[j].member = NULL;
            cols[j].axis = NULL;
        }
    }
    /* several measures under each period, each with a scale of its own
     * ("CPU Units k" beside "Rev $m"): which concept each column measures
     * is not known, and its words are no segment, so none of them is read */
    int marked = 0, differ = 0;
    for (int j = 0; j < n; j++) {
        if (!cols[j].own_scale)
            continue;
        for (int k = 0; k < j && !differ; k++)
            differ = cols[k].own_scale && cols[k].words && cols[j].words &&
                     strcmp(cols[k].words, cols[j].words);
        marked++;
    }
    for (int j = 0; j < n && marked >= 2 && differ; j++)
        if (cols[j].own_scale && cols[j].ps.kind == XC_COL_PERIOD) {
            cols[j].ps.kind = XC_COL_UNKNOWN;
            periods--;
        }
    /* "Other" is the rest of an axis only beside a column that names one
     * of its members; beside segments ("Electric", "Gas"), it is one */
    for (int j = 0; j < n; j++) {
        colspec *c = &cols[j];
        int named = 0, segments = 0;
        for (int k = 0; k < n && c->axis && c->axis->residual; k++) {
            named += k != j && cols[k].axis && !cols[k].axis->residual &&
                     !strcmp(cols[k].axis->axis, c->axis->axis);
            segments += cols[k].member != NULL;
        }
        if (c->axis && c->axis->residual && !named && segments) {
            c->axis = NULL;
            c->member = xc_xstrdup(c->words);
        }
    }
    /* "Three Months Ended / June 30, / 2005 2004": a month and day printed
     * over one column belongs to its neighbours of the same length too; and
     * where every dated column is of one length, so is a column that prints
     * only its year (the length over the left column alone) */
    int one_m = -1, one_w = -1;
    for (int k = 0; k < n; k++) {
        const xc_period_spec *o = &cols[k].ps;
        if (o->kind != XC_COL_PERIOD || o->end == XC_NODATE)
            continue;
        if (one_m == -1) {
            one_m = o->months;
            one_w = o->weeks;
        } else if (one_m != o->months || one_w != o->weeks) {
            one_m = -2;
        }
    }
    for (int j = 0; j < n; j++) {
        colspec *c = &cols[j];
        if (c->ps.kind != XC_COL_PERIOD || c->ps.end != XC_NODATE || !c->ps.year)
            continue;
        if (!c->ps.months && !c->ps.weeks && one_m >= 0 && (one_m || one_w)) {
            c->ps.months = one_m;
            c->ps.weeks = one_w;
        }
        for (int k = 0; k < n; k++) {
            const xc_period_spec *o = &cols[k].ps;
            if (k == j || o->kind != XC_COL_PERIOD || o->end == XC_NODATE || !o->day ||
                o->months != c->ps.months || o->weeks != c->ps.weeks)
                continue;
            xc_date e = xc_date_make(c->ps.year, o->month, o->day);
            if (e == XC_NODATE && o->month == 2)
                e = xc_date_make(c->ps.year, 2, 28);
            if (e != XC_NODATE) {
                c->ps.end = e;
                c->ps.month = o->month;
                c->ps.day = o->day;
                c->ps.moved = o->year - c->ps.year;
                break;
            }
        }
    }
    /* "2024 | 2023 (As Adjusted)": words over one period's only column,
     * beside columns that print none, split nothing: they qualify the
     * figures (a restatement, a new standard), no segment */
    for (int j = 0; j < n; j++) {
        colspec *c = &cols[j];
        int plain = 0, shared = 0;
        for (int k = 0; k < n && c->member && c->ps.kind == XC_COL_PERIOD; k++) {
            const colspec *o = &cols[k];
            if (k == j || o->ps.kind != XC_COL_PERIOD)
                continue;
            plain |= !o->member && !o->axis;
            shared |= o->ps.year == c->ps.year && o->ps.month == c->ps.month &&
                      o->ps.day == c->ps.day && o->ps.months == c->ps.months &&
                      o->ps.weeks == c->ps.weeks;
        }
        if (plain && !shared) {
            free(c->member);
            c->member = NULL;
        }
    }
    /* a period "ending" after the release is a forecast ("Three months
     * ending" over "September 27, 2026" in a release of August 6, 2026):
     * no fact, as "2026E" is none */
    for (int j = 0; j < n && released != XC_NODATE; j++)
        if (cols[j].ps.kind == XC_COL_PERIOD && cols[j].ps.end != XC_NODATE &&
            cols[j].ps.end > released &&
            (says_ending(head[j]) || says_ending(tp.len ? tp.ptr : ""))) {
            cols[j].ps.kind = XC_COL_CHANGE;
            periods--;
        }
    xc_buf_free(&tp);
    for (int j = 0; j < n; j++)
        free(spread[j]);
    *ncols = n;
    return periods;
}

void xc_resolve_columns(const ictx *c, tstate *s)
{
    for (int j = 0; j < s->ncols; j++) {
        colspec *col = &s->cols[j];
        const xc_period_spec *ps = &col->ps;
        if (ps->kind != XC_COL_PERIOD || ps->end == XC_NODATE) {
            /* a year alone is a fiscal year: it ends at the fiscal year end
             * the release reveals, else (inferred) on December 31 */
            if (ps->kind == XC_COL_PERIOD && ps->year) {
                col->ps.end = xc_named_fiscal_end(&c->fy, ps->year);
                if (col->ps.end == XC_NODATE)
                    continue;
                if (!ps->months && !ps->weeks && s->stmt != XC_STMT_BALANCE)
                    col->ps.months = 12;
            } else {
                continue;
            }
        }
        /* a 52/53-week year's end printed for another year moves by whole
         * weeks: "Fiscal years ended September 29, 2007" over "2006" ends
         * on September 30, 2006, the year's end by the release's rule */
        if (ps->moved && xc_weekly_end(col->ps.end)) {
            int y, m, d;
            xc_date_split(col->ps.end, &y, &m, &d);
            xc_date printed = xc_date_make(y + ps->moved, m, d);
            if (c->fy.weekly && m == c->fy.month && d == c->fy.day)
                col->ps.end = xc_fiscal_end(&c->fy, y);
            else if (printed != XC_NODATE)
                col->ps.end = printed - 364 * ps->moved;
        }
        col->use = 1;
        col->end = col->ps.end;
        int months = ps->months, weeks = ps->weeks;
        /* a balance sheet's columns are instants, whatever length the
         * headline above it names ("Second Quarter Results") */
        if ((s->stmt == XC_STMT_BALANCE && col->title_length) || col->at)
            months = weeks = 0;
        if (months || weeks) {
            col->type = XC_PERIOD_DURATION;
        } else if (s->stmt == XC_STMT_INCOME || s->stmt == XC_STMT_CASHFLOW) {
            col->type = XC_PERIOD_DURATION;
            months = c->fy.month && xc_md_distance(col->end, c->fy.ref) <= 7 ? 12 : 3;
            col->guessed = 1;
        } else {
            col->type = XC_PERIOD_INSTANT;
        }
        if (col->type == XC_PERIOD_DURATION)
            col->start = xc_duration_start(col->end, months, weeks, &c->fy, &col->inferred);
        /* a range prints its first day ("For the period February 5,
         * Through June 30,"): in the year before the end when none is
         * printed */
        if (ps->from_month) {
            int y, m, d;
            xc_date_split(col->end, &y, &m, &d);
            xc_date from = xc_date_make(ps->from_year ? ps->from_year : y, ps->from_month,
                                        ps->from_day ? ps->from_day : 1);
            if (from != XC_NODATE && from > col->end && !ps->from_year)
                from = xc_date_make(y - 1, ps->from_month, ps->from_day ? ps->from_day : 1);
            /* a title's range longer than the length it names is another
             * column's ("Year ended December 31, 1997 and period from June
             * 3, 1996 (inception) to December 31, 1996" over "1997") */
            int longer = col->title_range && (months || weeks) && from != XC_NODATE &&
                         from + 7 < col->start;
            if (from != XC_NODATE && from <= col->end && !longer) {
                col->type = XC_PERIOD_DURATION;
                col->start = from;
                col->inferred = col->guessed = 0;
            }
        }
    }
    /* a period counted in months starts the day after the one before it
     * ends, where the table prints that end within a week of the count
     * (a 52/53-week year's selected data: "January 31, 2009" after
     * "February 2, 2008" starts on February 3) */
    for (int j = 0; j < s->ncols; j++) {
        colspec *col = &s->cols[j];
        if (!col->use || col->type != XC_PERIOD_DURATION || !col->inferred || col->ps.weeks)
            continue;
        for (int k = 0; k < s->ncols; k++) {
            const colspec *o = &s->cols[k];
            int gap = o->end + 1 - col->start;
            if (k != j && o->use && o->end < col->end && gap != 0 && abs(gap) <= 7)
                col->start = o->end + 1;
        }
    }
}

/* Counts a table's period columns of instants and of durations. */
void xc_count_periods(const colspec *cols, int ncols, int *inst, int *dur)
{
    *inst = *dur = 0;
    for (int j = 0; j < ncols; j++) {
        if (cols[j].ps.kind != XC_COL_PERIOD)
            continue;
        if (cols[j].ps.months || cols[j].ps.weeks)
            (*dur)++;
        else
            (*inst)++;
    }
}

/* Whether a table's period columns are all instants (and it has some). */
int xc_instants_only(const colspec *cols, int ncols)
{
    int inst, dur;
    xc_count_periods(cols, ncols, &inst, &dur);
    return inst > 0 && !dur;
}
