/* docmeta.c: document-wide facts. The fiscal year end and the quarter ends
 * a release's text states, table footnotes, the entity's name, exchange
 * and ticker, and the DEI facts. See interp_priv.h. */
#include "interp_priv.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* ---- document metadata ---- */

/* "(Nasdaq NM: BTUI)", "(NYSE:VZ)": the exchange and ticker, and the
 * company name printed just before. */
/* Sets the entity's name from the capitalised words that end at e ("BTU
 * International, Inc." before "(NASDAQ: BTUI)", "Apple" before "today
 * announced"), walking back to a dateline or sentence boundary. */
static void name_before(ictx *c, const char *text, const char *p)
{
    const char *e = p;
    while (e > text && xc_isspace((unsigned char)e[-1]))
        e--;
    /* past what the release calls it in parentheses: "Viemed Healthcare,
     * Inc. (the "Company" or "Viemed") (NASDAQ: VMD)" */
    while (e > text && e[-1] == ')') {
        const char *o = e - 1;
        while (o > text && e - o < 120 && *o != '(' && *o != '\n')
            o--;
        if (*o != '(')
            break;
        e = o;
        while (e > text && xc_isspace((unsigned char)e[-1]))
            e--;
    }
    /* a period set apart from its word ("Resources, Inc . (NYSE
     * American: IDR)") ends no sentence: the name ends at the word */
    int apart = e - text >= 2 && e[-1] == '.' && e[-2] == ' ';
    if (apart) {
        e--;
        while (e > text && xc_isspace((unsigned char)e[-1]))
            e--;
    }
    const char *b = e, *wrapped = NULL;
    int words = 0, bounded = 0;
    while (b > text && words < 8) {
        const char *w = b;
        while (w > text && !xc_isspace((unsigned char)w[-1]))
            w--;
        /* "2004--BTU": a dateline runs into the name */
        for (const char *q2 = w; q2 + 1 < b; q2++)
            if (q2[0] == '-' && q2[1] == '-')
                w = q2;
        /* "2004—Apple": an em or en dash (UTF-8) ends the dateline too */
        const char *dash = NULL;
        for (const char *q2 = w; q2 + 2 < b; q2++)
            if (xc_wide_dash(q2))
                dash = q2;
        if (dash) {
            const char *nb2 = dash + 3;
            if (nb2 < b && *nb2 >= 'A' && *nb2 <= 'Z') {
                b = nb2;
                words++;
            }
            bounded = 1;
            break;
        }
        /* "--BTU" "-" boundaries */
        const char *wb = w;
        while (wb < b && (*wb == '-' || *wb == '"' || *wb == '(' || *wb == '/'))
            wb++;
        if (wb > w) {
            if (wb < b && (xc_isalpha((unsigned char)*wb)) && *wb >= 'A' && *wb <= 'Z') {
                b = wb;
                words++;
            }
            bounded = 1;
            break;
        }
        int cap = *w >= 'A' && *w <= 'Z';
        int conn = (b - w == 3 && !strncmp(w, "and", 3)) ||
                   (b - w == 2 && !strncmp(w, "of", 2)) || (b - w == 1 && *w == '&');
        if (!cap && !conn)
            break;
        b = w;
        words++;
        const char *here = b;
        while (b > text && (b[-1] == ' ' || b[-1] == '\n' || b[-1] == '\t' || b[-1] == '\r'))
            if (*--b == '\n' && !wrapped)
                wrapped = here;
        if (b > text && (b[-1] == '.' && !(b - text >= 4 && (!strncmp(b - 4, "Inc.", 4) ||
                                                              !strncmp(b - 3, "Co.", 3))))) {
            bounded = 1;
            break;
        }
    }
    /* a name that runs back over a line break must end at a dateline or a
     * sentence: else the line above is another paragraph (the headline
     * above "Lambda Devices, Inc. today reported"), and the name starts
     * on its own line */
    if (wrapped && !bounded && b > text)
        b = wrapped;
    while (b < e && xc_isspace((unsigned char)*b))
        b++;
    if (words) {
        xc_buf nb = {0};
        int sp = 0;
        for (const char *r = b; r < e; r++) {
            if (xc_isspace((unsigned char)*r)) {
                sp = 1;
                continue;
            }
            if (sp && nb.len)
                xc_buf_putc(&nb, ' ');
            sp = 0;
            xc_buf_putc(&nb, *r);
        }
        if (nb.len && apart)
            xc_buf_putc(&nb, '.');
        if (nb.len)
            xc_model_set(&c->m->entity_name, nb.ptr);
        xc_buf_free(&nb);
    }
}

static void find_entity(ictx *c, const char *text, size_t len)
{
    for (const char *p = text; p && p < text + len; p++) {
        p = memchr(p, '(', (size_t)(text + len - p));
        if (!p)
            break;
        const char *q = p + 1;
        const char *colon = NULL;
        while (q < text + len && *q != ')' && *q != '\n' && q - p < 48) {
            if (*q == ':' && !colon)
                colon = q;
            q++;
        }
        if (!colon || q >= text + len || *q != ')')
            continue;
        /* (the symbol ends at a comma: "(Nasdaq: MTRX, "Matrix" or "the
         * Company")") */
        const char *te = colon + 1;
        while (te < q && *te != ',' && *te != ';')
            te++;
        char *ex = xc_xstrndup(p + 1, (size_t)(colon - p - 1));
        char *tick = xc_xstrndup(colon + 1, (size_t)(te - colon - 1));
        char *exs = xc_trim_dup(ex), *ts = xc_trim_dup(tick);
        free(ex);
        free(tick);
        const char *code = xc_taxonomy_exchange(c->tax, exs);
        int ok = code && ts[0] && strlen(ts) <= 6;
        for (const char *r = ts; ok && *r; r++)
            ok = (*r >= 'A' && *r <= 'Z') || *r == '.';
        if (ok) {
            xc_model_set(&c->m->ticker, ts);
            xc_model_set(&c->m->exchange, code);
            /* the name: capitalised words before "(", back to a boundary */
            if (!c->m->entity_name)
                name_before(c, text, p);
            free(exs);
            free(ts);
            return;
        }
        free(exs);
        free(ts);
    }
}

/* The footnotes printed under a text table: "(1) ...", "(a) ...", "* ..."
 * blocks (with their indented continuation lines) after the table's last
 * line, past blank lines, "</TABLE>" and a "FOOTNOTE(S):" or "NOTE(S):"
 * heading; NULL when there are none. One note per line. */
char *xc_table_notes(const xc_text *tx, int last_line, int next_table_line)
{
    if (!tx || last_line <= 0)
        return NULL;
    xc_buf b = {0};
    int in_note = 0, blanks = 0;
    for (int ln = last_line + 1 - tx->line_offset;
         ln <= (int)tx->nlines && ln < last_line + 40 - tx->line_offset; ln++) {
        if (next_table_line > 0 && ln + tx->line_offset >= next_table_line)
            break;
        const char *s = tx->data + tx->lines[ln - 1];
        const char *e = ln < (int)tx->nlines ? tx->data + tx->lines[ln] : tx->data + tx->len;
        while (e > s && (e[-1] == '\n' || e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        const char *p = s;
        while (p < e && (*p == ' ' || *p == '\t'))
            p++;
        if (p == e) {
            if (++blanks > 3)
                break;
            continue;
        }
        blanks = 0;
        size_t n = (size_t)(e - p);
        if ((n >= 7 && xc_strncaseeq(p, "</TABLE>", 8)) || (n <= 12 && p[n - 1] == ':' &&
                                                            (xc_strncaseeq(p, "FOOTNOTE", 8) ||
                                                             xc_strncaseeq(p, "NOTE", 4))))
            continue;
        int start = (*p == '*' && n > 1) ||
                    (*p == '(' && n > 3 && p[2] == ')' && (xc_isdigit((unsigned char)p[1]) ||
                                                          xc_isalpha((unsigned char)p[1]))) ||
                    (*p == '(' && n > 4 && p[3] == ')' && xc_isdigit((unsigned char)p[1]) &&
                     xc_isdigit((unsigned char)p[2]));
        if (start) {
            if (b.len)
                xc_buf_putc(&b, '\n');
            xc_buf_put(&b, p, n);
            in_note = 1;
        } else if (in_note && p > s) {
            xc_buf_putc(&b, ' ');
            xc_buf_put(&b, p, n);
        } else {
            break;
        }
    }
    return b.len ? xc_buf_detach(&b) : (xc_buf_free(&b), NULL);
}

/* The word that ends just before p, skipping blanks: its start in *w. */
static size_t word_before(const char *text, const char *p, const char **w)
{
    while (p > text && xc_isspace((unsigned char)p[-1]))
        p--;
    const char *e = p;
    while (p > text && (xc_isalnum((unsigned char)p[-1]) || p[-1] == '\''))
        p--;
    *w = p;
    return (size_t)(e - p);
}

/* The length of "ended " or "ending " when the word at p (within text of
 * len bytes) is one of them, else 0. */
static size_t end_verb(const char *text, size_t len, const char *p)
{
    size_t rest = len - (size_t)(p - text);
    size_t verb = rest > 6 && xc_strncaseeq(p + 3, "ed ", 3)    ? 6
                  : rest > 7 && xc_strncaseeq(p + 3, "ing ", 4) ? 7
                                                                 : 0;
    return p > text && xc_isalnum((unsigned char)p[-1]) ? 0 : verb;
}

/* The date that the n bytes at q begin with, month first ("October 1,
 * 2005"), or XC_NODATE. */
static xc_date date_at(const char *q, size_t n)
{
    char win[40];
    size_t k = n < sizeof(win) - 1 ? n : sizeof(win) - 1;
    memcpy(win, q, k);
    win[k] = '\0';
    const char *e = win;
    while (xc_isalpha((unsigned char)*e))
        e++;
    if (e == win || !xc_month_lookup(win, (size_t)(e - win)))
        return XC_NODATE;
    return xc_date_find(win);
}

/* A date the text says a fiscal year ended or ends on: "year ended
 * December 31, 2024", "fiscal 2024 ended February 1, 2025", "fiscal year
 * ending June 30, 2025", "fiscal year 2025 ended January 31, 2025" (not
 * "year-to-date period ended"). */
static xc_date stated_year_end(const char *text, size_t len)
{
    for (const char *p = text; (p = xc_memcasemem(p, len - (size_t)(p - text), "end")); p++) {
        size_t verb = end_verb(text, len, p);
        if (!verb)
            continue;
        const char *w, *w2;
        size_t n = word_before(text, p, &w);
        int year = (n == 4 || n == 5) && xc_strncaseeq(w, "year", 4) &&
                   (n == 4 || xc_tolower((unsigned char)w[4]) == 's');
        if (!year && n >= 2 && (xc_isdigit((unsigned char)w[n - 1]))) {
            size_t n2 = word_before(text, w, &w2);
            year = (n2 == 6 && xc_strncaseeq(w2, "fiscal", 6)) ||
                   (n2 == 4 && xc_strncaseeq(w2, "year", 4));
        }
        if (!year)
            continue;
        xc_date dt = date_at(p + verb, len - (size_t)(p - text) - verb);
        if (dt != XC_NODATE)
            return dt;
    }
    return XC_NODATE;
}

/* The currency named after the phrase at p (len bytes on), before the
 * sentence ends; else NULL. */
static const char *money_named(const xc_taxonomy *tax, const char *p, size_t len)
{
    /* to the sentence's end: a stop after a word of two letters or more
     * ("dollars."; not "U.S."), a semicolon, a closing parenthesis or a
     * blank line; at most 160 bytes */
    size_t n = 0, max = len < 160 ? len : 160;
    for (; n < max; n++) {
        char ch = p[n];
        if (ch == ';' || ch == ')' || (ch == '\n' && n + 1 < max && p[n + 1] == '\n'))
            break;
        if (ch == '.' && n >= 2 && xc_isalpha((unsigned char)p[n - 1]) &&
            xc_isalpha((unsigned char)p[n - 2]))
            break;
    }
    char *sentence = xc_xstrndup(p, n);
    const char *named = xc_taxonomy_currency_in(tax, sentence);
    free(sentence);
    return named;
}

/* The currency the text says all its amounts are in ("All amounts are in
 * Canadian dollars unless otherwise stated", "all dollar figures are
 * expressed in US$"): the one named after a <money-said> phrase, before
 * the sentence ends; else NULL. */
static const char *said_money(const xc_taxonomy *tax, const char *text, size_t len)
{
    /* one pass over the text: each phrase is tried where a word starts
     * with its first two letters (the letters that start one, in either
     * case, mark where to look) */
    unsigned char first[256] = {0};
    for (size_t k = 0; k < tax->nmoney_said; k++) {
        unsigned char c = (unsigned char)tax->money_said[k].text[0];
        first[c] = first[c >= 'a' && c <= 'z' ? c - 32 : c] = 1;
    }
    for (size_t i = 0; i < len; i++) {
        if (!first[(unsigned char)text[i]] || (i && xc_isalnum((unsigned char)text[i - 1])))
            continue;
        const char *p = text + i;
        for (size_t k = 0; k < tax->nmoney_said; k++) {
            const char *ph = tax->money_said[k].text;
            if (xc_tolower((unsigned char)p[0]) != ph[0] ||
                (ph[1] && xc_tolower((unsigned char)p[1]) != ph[1]))
                continue;
            size_t n = strlen(ph);
            if (n > len - i || !xc_strncaseeq(p, ph, n))
                continue;
            const char *code = money_named(tax, p, len - i);
            if (code)
                return code;
        }
    }
    return NULL;
}

/* Which quarter the words text[0..n) name last ("the first quarter of
 * fiscal 2025"): 1..4, else 0. */
static int quarter_named(const char *text, size_t n)
{
    /* (the words may be set apart by any white space, a line's end among
     * them, and "fiscal" between: "the second fiscal quarter") */
    static const char *const Q[] = {"first", "1st", "second", "2nd",
                                    "third", "3rd", "fourth", "4th"};
    int q = 0;
    const char *at = NULL;
    for (int k = 0; k < 8; k++) {
        size_t w = strlen(Q[k]);
        for (const char *p = text; (p = xc_memcasemem(p, n - (size_t)(p - text), Q[k])); p++) {
            const char *e = text + n, *r = p + w;
            while (r < e && xc_isspace((unsigned char)*r))
                r++;
            if ((size_t)(e - r) > 7 && xc_strncaseeq(r, "fiscal", 6) &&
                xc_isspace((unsigned char)r[6]))
                for (r += 6; r < e && xc_isspace((unsigned char)*r); r++)
                    ;
            if ((size_t)(e - r) >= 7 && xc_strncaseeq(r, "quarter", 7) && (!at || p > at)) {
                at = p;
                q = k / 2 + 1;
            }
        }
    }
    return q;
}

/* Dates the text says quarters or weeks ended on: "The third quarter of
 * 2005 ended October 1, 2005 and the third quarter of 2004 ended October 2,
 * 2004", "for the thirteen weeks ended July 2, 2005". At most max; which
 * quarter each is in which (0 where the text does not say). */
static int stated_quarter_ends(const char *text, size_t len, xc_date *out, int *which, int max)
{
    int n = 0;
    for (const char *p = text; n < max && (p = xc_memcasemem(p, len - (size_t)(p - text), "end"));
         p++) {
        size_t verb = end_verb(text, len, p);
        if (!verb)
            continue;
        /* "quarter" or "weeks" in the words just before */
        size_t back = (size_t)(p - text) < 40 ? (size_t)(p - text) : 40;
        if (!xc_memcasemem(p - back, back, "quarter") && !xc_memcasemem(p - back, back, "weeks"))
            continue;
        xc_date dt = date_at(p + verb, len - (size_t)(p - text) - verb);
        int seen = 0;
        for (int i = 0; i < n; i++)
            seen |= out[i] == dt;
        if (dt != XC_NODATE && !seen) {
            which[n] = quarter_named(p - back, back);
            out[n++] = dt;
        }
    }
    return n;
}

/* The quarter ends the text states, read only when a column names a
 * quarter, or is one ("Quarter 1997") or runs months short of a year
 * ("Nine Months Ended" over "2004"), and prints no date. */
void xc_said_quarter_ends(ictx *c, colspec (*cols)[MAXCOL], const int *ncols, size_t nt)
{
    int need = 0;
    for (size_t i = 0; i < nt && !need; i++)
        for (int j = 0; j < ncols[i] && !need; j++) {
            const xc_period_spec *ps = &cols[i][j].ps;
            need = ps->kind == XC_COL_PERIOD && ps->end == XC_NODATE &&
                   (ps->quarter || (ps->months && ps->months < 12 && !ps->ytd && ps->year));
        }
    if (!need)
        return;
    const char *data = c->doc->plain ? c->doc->plain : c->doc->text->data;
    size_t len = c->doc->plain ? strlen(c->doc->plain) : c->doc->text->len;
    c->fy.nsaid =
        stated_quarter_ends(data, len < 60000 ? len : 60000, c->fy.said, c->fy.said_q, 8);
}

void xc_document_meta(ictx *c)
{
    const xc_text *t = c->doc->text;
    /* HTML readers give the text without tags */
    const char *data = c->doc->plain ? c->doc->plain : t->data;
    size_t len = c->doc->plain ? strlen(c->doc->plain) : t->len;
    size_t head = len < 8000 ? len : 8000;
    if (c->doc->cik)
        xc_model_set(&c->m->cik, c->doc->cik);
    if (c->doc->company)
        xc_model_set(&c->m->entity_name, c->doc->company);
    if (c->doc->accession)
        xc_model_set(&c->m->accession, c->doc->accession);
    if (c->doc->filed)
        c->m->filed = xc_date_parse_compact(c->doc->filed);
    find_entity(c, data, len < 20000 ? len : 20000);
    c->fy.stated = stated_year_end(data, len < 20000 ? len : 20000);
    c->said_money = said_money(c->tax, data, head);
    /* no "(EXCHANGE: TICKER)": the name before the first sentence's verb */
    for (size_t k = 0; !c->m->entity_name && k < c->tax->nannounce; k++) {
        const char *v = xc_memcasemem(data, len < 8000 ? len : 8000, c->tax->announce[k].text);
        if (!v)
            continue;
        /* "Apple(R)", "Apple®": marks after the name are not part of it */
        const char *e = v;
        for (int more = 1; more;) {
            more = 0;
            while (e > data && xc_isspace((unsigned char)e[-1]))
                e--, more = 1;
            if (e - data >= 2 && (unsigned char)e[-2] == 0xC2 &&
                ((unsigned char)e[-1] == 0xAE || (unsigned char)e[-1] == 0xA9))
                e -= 2, more = 1; /* ® © */
            else if (e - data >= 3 && (unsigned char)e[-3] == 0xE2 && (unsigned char)e[-2] == 0x84 &&
                     (unsigned char)e[-1] == 0xA2)
                e -= 3, more = 1; /* ™ */
            else if (e - data >= 3 && (!strncmp(e - 3, "(R)", 3) || !strncmp(e - 3, "(r)", 3)))
                e -= 3, more = 1;
        }
        name_before(c, data, e);
    }
    /* the release date: the first full date in the opening text */
    char *h = xc_xstrndup(data, head);
    for (char *line = h; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        xc_date dt = xc_date_find(line);
        if (dt != XC_NODATE) {
            c->m->release_date = dt;
            break;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(h);
    /* extension prefix: the ticker in lower case, else the name's first word
     * (up to 8 letters), else "ext" */
    xc_buf p = {0};
    if (c->m->ticker) {
        for (const char *r = c->m->ticker; *r; r++)
            if (xc_isalpha((unsigned char)*r))
                xc_buf_putc(&p, (char)xc_tolower((unsigned char)*r));
    }
    if (!p.len && c->m->entity_name) {
        const char *r = c->m->entity_name;
        if (xc_strncaseeq(r, "The ", 4))
            r += 4;
        for (; xc_isalpha((unsigned char)*r) && p.len < 8; r++)
            xc_buf_putc(&p, (char)xc_tolower((unsigned char)*r));
    }
    if (!p.len)
        xc_buf_puts(&p, "ext");
    xc_model_set(&c->m->ext_prefix, p.ptr);
    xc_buf_free(&p);
}

/* DEI facts for an 8-K earnings release, in the context of the main
 * period (the shortest duration ending last). */
void xc_add_dei(ictx *c)
{
    xc_model *m = c->m;
    size_t best = XC_NONE;
    for (size_t i = 0; i < m->ncontexts; i++) {
        const xc_context *x = &m->contexts[i];
        if (x->type != XC_PERIOD_DURATION || x->ndims)
            continue;
        if (best == XC_NONE || x->end > m->contexts[best].end ||
            (x->end == m->contexts[best].end && x->start > m->contexts[best].start))
            best = i;
    }
    if (best == XC_NONE) {
        for (size_t i = 0; i < m->ncontexts; i++)
            if (!m->contexts[i].ndims &&
                (best == XC_NONE || m->contexts[i].end > m->contexts[best].end))
                best = i;
    }
    if (best == XC_NONE)
        return;
    const xc_context *main = &m->contexts[best];
    m->period_end = main->end;
    xc_model_set(&m->document_type, "8-K");
    /* fiscal focus: the fiscal year ending on or after the period end */
    int y, mo, d;
    xc_date_split(main->end, &y, &mo, &d);
    /* (with no fiscal year end known, by the calendar, where a 52- or
     * 53-week period may end a few days into the next month: a quarter
     * ended April 4 is the first, a year ended January 3 the year before) */
    if (!c->fy.month)
        xc_date_split(main->end - 7, &y, &mo, &d);
    int fy = y;
    if (c->fy.month) {
        xc_date fyend = xc_fiscal_end(&c->fy, y);
        if (fyend != XC_NODATE && main->end > fyend + 7)
            fy = y + 1;
        /* as the columns name fiscal years, else after the calendar year
         * they mostly cover */
        if (c->fy.named_ahead >= 0)
            fy -= c->fy.named_ahead;
        else if (c->fy.month <= 2)
            fy--;
    }
    m->fiscal_year_focus = fy;
    const char *focus = "FY";
    if (main->type == XC_PERIOD_DURATION) {
        int len = main->end - main->start + 1;
        if (len < 300) {
            int q = 0;
            if (c->fy.month) {
                /* quarters from the fiscal year's start to the period's
                 * start: a quarter starting with the year is Q1 */
                xc_date fe = xc_fiscal_end(&c->fy, y);
                if (fe != XC_NODATE && fe < main->end - 7)
                    fe = xc_fiscal_end(&c->fy, y + 1);
                int since = main->start - (xc_date_add_months(fe, -12) + 1);
                q = since < 0 ? 1 : (since + 45) / 91 + 1;
                if (q > 4)
                    q = 4;
            } else {
                q = (mo + 2) / 3;
            }
            static const char *const Q[] = {"FY", "Q1", "Q2", "Q3", "FY"};
            focus = Q[q > 4 ? 4 : q];
        }
    }
    xc_model_set(&m->fiscal_period_focus, focus);

    char fyb[8], dateb[16];
    snprintf(fyb, sizeof(fyb), "%d", fy);
    xc_date_format(main->end, dateb);
    /* (what the release does not say is left out) */
    const struct {
        const char *concept;
        const char *value;
    } dei[] = {
        {"dei:DocumentType", "8-K"},
        {"dei:DocumentPeriodEndDate", dateb},
        {"dei:DocumentFiscalYearFocus", fyb},
        {"dei:DocumentFiscalPeriodFocus", focus},
        {"dei:AmendmentFlag", "false"},
        {"dei:EntityRegistrantName", m->entity_name},
        {"dei:EntityCentralIndexKey", m->cik},
        {"dei:TradingSymbol", m->ticker},
        {"dei:SecurityExchangeName", m->exchange},
    };
    for (size_t i = 0; i < sizeof(dei) / sizeof(dei[0]); i++) {
        if (!dei[i].value)
            continue;
        xc_fact f;
        memset(&f, 0, sizeof(f));
        f.concept = (char *)dei[i].concept;
        f.context = best;
        f.unit = XC_NONE;
        f.text = (char *)dei[i].value;
        f.prov.source = m->source;
        f.prov.rule = (char *)"document";
        f.prov.confidence = 100;
        xc_model_add_fact(m, &f);
    }
}
