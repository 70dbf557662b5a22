/* read_text.c: fixed-width tables in plain-text releases.
 *
 * EDGAR text exhibits (1993-2005) print statements as columns of numbers
 * aligned by spaces, sometimes wrapped in SGML <TABLE>/<CAPTION>/<S>/<C>
 * tags. The reader works on a one-byte-per-column copy of each line, so a
 * byte offset is a column:
 *   1. classify lines: blank, rule (----), tag, data (a label, then values
 *      separated from it by two or more blanks), header (years only), text;
 *   2. group data lines into tables, splitting at tags, prose and headers;
 *   3. cluster the values' right edges into columns;
 *   4. look upward from the first data line for header lines (text over the
 *      columns) and title lines (caption, scale statement);
 *   5. emit rows: label, indent and one printed cell per column.
 */
#include "readers.h"
#include "decimal.h"
#include "period.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum {
    L_BLANK,
    L_RULE,
    L_DRULE,
    L_SKIP,     /* <S> <C> lines, metadata tags */
    L_BOUNDARY, /* <TABLE>, </TABLE>, <CAPTION>, <PAGE>, <DOCUMENT> */
    L_DATA,
    L_HEADER, /* years only */
    L_TEXT
};

typedef struct val {
    int b, e;   /* columns [b, e) of the value, "$" included */
    int nb;     /* where the number itself starts */
    int anchor; /* column of the last digit or dash */
    int numeric;
    int squeezed; /* one blank from the label: a column only if one is there */
} val;

typedef struct line {
    const char *orig; /* the decoded line */
    size_t olen;
    char *disp;  /* one byte per column */
    int *omap;   /* disp column -> byte offset in orig (len+1 entries); NULL: the same */
    const int *stops; /* where the line's fields start, when its tabs are its own (NULL:
                         a tab stops every 8 columns); see tab_stops */
    int nstops;
    int len;
    int kind;
    int indent;
    int label_end; /* column after the label's last character */
    val *vals;
    int nvals;
    int prose, scale, periodish, boundary_table;
    int tags; /* the boundary tags on the line (TAG_*) */
} line;

/* The byte offset in orig of display column c. */
static inline int ocol(const line *L, int c)
{
    return L->omap ? L->omap[c] : c;
}

/* ---- per-line analysis ---- */

/* Maps a UTF-8 code point to the one display byte that stands for it. */
static char ascii_of(const unsigned char *u, size_t n, size_t *adv)
{
    unsigned c = u[0];
    size_t k = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (k > n)
        k = n;
    *adv = k;
    if (k == 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return ' '; /* no-break space */
    if (k == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x87 || u[2] == 0x89 || u[2] == 0xAF))
        return ' '; /* figure, thin and narrow no-break spaces */
    if (k == 3 && u[0] == 0xE2 && u[1] == 0x80) {
        if (u[2] >= 0x90 && u[2] <= 0x95)
            return '-'; /* hyphens and dashes */
        if (u[2] >= 0x98 && u[2] <= 0x9B)
            return '\'';
        if (u[2] >= 0x9C && u[2] <= 0x9F)
            return '"';
    }
    if (k == 3 && u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92)
        return '-';
    /* a currency's sign ("\u20ac", "\u00a3") stands where "$" would */
    if (k > 1 && xc_currency_sign((const char *)u, k) == k)
        return '$';
    return '?';
}

/* Whether n bytes are all printable ASCII or blanks (no tab, form feed,
 * vertical tab or UTF-8): then a display column is a byte. Eight bytes a
 * step, since most lines of most releases are plain. */
static int plain_ascii(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* any byte >= 0x80, or in 0x08..0x0C (tab, LF, VT, FF; a backspace
         * takes the slow path too, which copies it as it is) */
        uint64_t t = (w ^ (ones * 0x08)) & ~(ones * 0x03); /* 0x08..0x0B -> 0 */
        uint64_t u = (w ^ (ones * 0x0C));                  /* 0x0C -> 0 */
        if ((w & highs) || ((t - ones) & ~t & highs) || ((u - ones) & ~u & highs))
            return 0;
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || (c >= 0x09 && c <= 0x0C))
            return 0;
    }
    return 1;
}

/* ---- tabs ---- */

/* The column after a tab at col, the line's k-th: the start of its field
 * k + 1 where the line's tabs are its own (two blanks on at least, where
 * a field overflows into the next), else the next multiple of 8. */
static int tab_to(const line *L, int k, int col)
{
    if (L->stops && k + 1 < L->nstops)
        return L->stops[k + 1] > col + 2 ? L->stops[k + 1] : col + 2;
    return (col / 8 + 1) * 8;
}

/* The display width of bytes [b, e) of a UTF-8 line: its characters. */
static int text_width(const char *s, size_t b, size_t e)
{
    int w = 0;
    for (size_t i = b; i < e; i++)
        w += ((unsigned char)s[i] & 0xC0) != 0x80;
    return w;
}

/* Whether bytes [b, e) hold a printed amount alone: digits, with only
 * "$,.()%-" and blanks about them. */
static int value_field(const char *s, size_t b, size_t e)
{
    int digit = 0;
    for (size_t i = b; i < e; i++) {
        if (xc_isdigit((unsigned char)s[i]))
            digit = 1;
        else if (!strchr("$,.()%- ", s[i]) || !s[i])
            return 0;
    }
    return digit;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* How many runs of text with a digit field [b, e) of s holds: amounts
 * that spaces set apart in one field ("$180,200    $150,100") were
 * aligned with spaces, and the tabs between are spaces saved as tabs. */
static int amounts_in(const char *s, size_t b, size_t e)
{
    int n = 0;
    for (size_t i = b; i < e;) {
        while (i < e && s[i] == ' ')
            i++;
        int digit = 0;
        while (i < e && s[i] != ' ')
            digit |= xc_isdigit((unsigned char)s[i++]);
        n += digit;
    }
    return n;
}

enum { TAB_GAP = 3,        /* tab-free lines a table of tabs may have between its own */
       TAB_MAX_FIELDS = 64 };

/* Sets the tab stops of the tab-separated tables among lines. EDGAR's
 * manual warns that a word processor's tabs, saved as text, land where
 * they please: a filer who kept them aligned the cells at the editor's
 * own stops, so that the n-th tab of every row opens the same column
 * ("Net sales<TAB><TAB>$ 12,345" under "<TAB><TAB>2005"), wherever
 * stops every 8 columns would put it. A run of lines with tabs (no more
 * than TAB_GAP lines apart) is read that way (each field as wide as its
 * widest amount's row needs) where its amounts then stand in fewer
 * columns than stops every 8 would set them in: a filer who aligned by
 * 8-column stops, with as many tabs as each label needed, keeps them, as
 * does one whose fields hold several amounts apart (spaces saved as tabs
 * where they reached a stop). */
static void tab_stops(line *lines, size_t nl, xc_arena *arena)
{
    size_t i = 0;
    while (i < nl) {
        if (!memchr(lines[i].orig, '\t', lines[i].olen)) {
            i++;
            continue;
        }
        size_t a = i, b = i; /* the run: [a, b] */
        for (size_t j = i + 1; j < nl && j <= b + TAB_GAP + 1; j++)
            if (memchr(lines[j].orig, '\t', lines[j].olen))
                b = j;
        i = b + 1;
        int width[TAB_MAX_FIELDS] = {0};
        unsigned char used[TAB_MAX_FIELDS] = {0}; /* fields holding amounts */
        int ends[256], nends = 0, fields = 0;     /* their right ends by 8-column stops */
        int shared = 0; /* a field holds amounts set apart by spaces */
        for (size_t j = a; j <= b; j++) {
            const line *L = &lines[j];
            if (!memchr(L->orig, '\t', L->olen))
                continue;
            int f = 0, col = 0, amounts = 0, w[TAB_MAX_FIELDS];
            for (size_t s = 0; s <= L->olen && f < TAB_MAX_FIELDS; f++) {
                size_t e = s;
                while (e < L->olen && L->orig[e] != '\t')
                    e++;
                w[f] = text_width(L->orig, s, e);
                if (f && value_field(L->orig, s, e)) {
                    shared |= amounts_in(L->orig, s, e) > 1;
                    /* (where its last digit stands: a ")" hangs out) */
                    size_t d = e;
                    while (d > s && !xc_isdigit((unsigned char)L->orig[d - 1]))
                        d--;
                    int end = col + text_width(L->orig, s, d), k = 0;
                    amounts = 1;
                    used[f] = 1;
                    while (k < nends && ends[k] != end)
                        k++;
                    if (k == nends && nends < (int)(sizeof(ends) / sizeof(*ends)))
                        ends[nends++] = end;
                }
                col += w[f];
                col = tab_to(L, f, col); /* (L has no stops yet: every 8 columns) */
                s = e + 1;
            }
            for (int k = 0; amounts && k < f; k++)
                width[k] = w[k] > width[k] ? w[k] : width[k];
            fields = f > fields ? f : fields;
        }
        int ncols = 0;
        for (int k = 0; k < fields; k++)
            ncols += used[k];
        /* (ends a column or two apart are one column's: years over their
         * amounts, "2004" over "$4,945") */
        qsort(ends, (size_t)nends, sizeof(int), cmp_int);
        int spread = nends > 0;
        for (int k = 1; k < nends; k++)
            spread += ends[k] - ends[k - 1] > 2;
        if (!ncols || ncols >= spread || shared)
            continue;
        int *stops = xc_arena_alloc(arena, (size_t)fields * sizeof(int));
        stops[0] = 0;
        for (int k = 1; k < fields; k++)
            stops[k] = stops[k - 1] + width[k - 1] + (width[k - 1] ? 2 : 1);
        for (size_t j = a; j <= b; j++) {
            lines[j].stops = stops;
            lines[j].nstops = fields;
        }
    }
}

static void make_disp(line *L, xc_arena *arena)
{
    if (plain_ascii(L->orig, L->olen)) {
        /* the display is the line itself; omap stays NULL (identity) */
        L->len = (int)L->olen;
        L->disp = xc_arena_alloc(arena, L->olen + 1);
        memcpy(L->disp, L->orig, L->olen);
        L->disp[L->olen] = '\0';
    } else {
        /* display columns first (tabs stop where tab_to says), then one pass fills them */
        int cols = 0, tabs = 0;
        for (size_t i = 0; i < L->olen;) {
            unsigned char c = (unsigned char)L->orig[i];
            size_t adv = 1;
            if (c == '\t')
                cols = tab_to(L, tabs++, cols);
            else {
                if (c >= 0x80)
                    ascii_of((const unsigned char *)L->orig + i, L->olen - i, &adv);
                cols++;
            }
            i += adv;
        }
        char *disp = xc_arena_alloc(arena, (size_t)cols + 1);
        int *map = xc_arena_alloc(arena, ((size_t)cols + 1) * sizeof(int));
        int col = 0;
        tabs = 0;
        for (size_t i = 0; i < L->olen;) {
            unsigned char c = (unsigned char)L->orig[i];
            if (c == '\t') {
                int next = tab_to(L, tabs++, col);
                while (col < next) {
                    map[col] = (int)i;
                    disp[col++] = ' ';
                }
                i++;
                continue;
            }
            size_t adv = 1;
            char d = c < 0x80 ? (char)c : ascii_of((const unsigned char *)L->orig + i, L->olen - i, &adv);
            if (d == '\f' || d == '\v')
                d = ' ';
            map[col] = (int)i;
            disp[col++] = d;
            i += adv;
        }
        map[col] = (int)L->olen;
        disp[col] = '\0';
        L->disp = disp;
        L->omap = map;
        L->len = col;
    }
    /* dot leaders ("Net sales........ $1,234") are spacing; so are two
     * dots before a gap ("Total equity..  $ 690") */
    for (int i = 0; i + 1 < L->len; i++) {
        const char *dot = memchr(L->disp + i, '.', (size_t)(L->len - i));
        if (!dot)
            break;
        i = (int)(dot - L->disp);
        int j = i;
        while (j < L->len && L->disp[j] == '.')
            j++;
        if (j - i >= 3 || (j - i == 2 && (j == L->len || L->disp[j] == ' '))) {
            for (int k = i; k < j; k++)
                L->disp[k] = ' ';
            i = j;
        }
    }
    /* vertical rules are spacing too: a bar between blanks or rules
     * ("$ 5,120  |  $ 3,010", "-------|-------"), and a corner between
     * rules ("-----+-----") */
    for (const char *bar = memchr(L->disp, '|', (size_t)L->len); bar;
         bar = memchr(bar + 1, '|', (size_t)(L->len - (bar + 1 - L->disp)))) {
        int i = (int)(bar - L->disp);
        if ((i == 0 || strchr(" -=_", L->disp[i - 1])) &&
            (i + 1 == L->len || strchr(" -=_", L->disp[i + 1])))
            L->disp[i] = ' ';
    }
    for (const char *plus = memchr(L->disp, '+', (size_t)L->len); plus;
         plus = memchr(plus + 1, '+', (size_t)(L->len - (plus + 1 - L->disp)))) {
        int i = (int)(plus - L->disp);
        if (i > 0 && i + 1 < L->len && strchr("-=", L->disp[i - 1]) &&
            strchr("-=", L->disp[i + 1]))
            L->disp[i] = ' ';
    }
}

static const char *const BOUNDARY_TAGS[] = {"TABLE", "/TABLE", "CAPTION", "/CAPTION", "PAGE",
                                            "DOCUMENT", "/DOCUMENT", "TEXT", "/TEXT", NULL};
/* Which boundary tags a line holds (line.tags): a page break and the
 * tags that close and reopen a table around it; any other is TAG_OTHER. */
enum { TAG_TABLE = 1, TAG_END_TABLE = 2, TAG_PAGE = 4, TAG_OTHER = 8 };
static const char *const META_TAGS[] = {"TYPE", "SEQUENCE", "FILENAME", "DESCRIPTION", NULL};

/* Removes SGML tags (<S>, <C>, <TABLE> ...) from a text line, blanking
 * them so columns stay put. Returns L_BOUNDARY, L_SKIP or -1 (no tag). */
static int strip_tags(line *L)
{
    int kind = -1;
    for (int i = 0; i < L->len; i++) {
        const char *lt = memchr(L->disp + i, '<', (size_t)(L->len - i));
        if (!lt)
            break;
        i = (int)(lt - L->disp);
        int j = i + 1;
        while (j < L->len && (xc_isalpha((unsigned char)L->disp[j]) || L->disp[j] == '/' ||
                              xc_isdigit((unsigned char)L->disp[j])))
            j++;
        if (j >= L->len || L->disp[j] != '>' || j == i + 1 ||
            xc_isdigit((unsigned char)L->disp[i + 1]))
            continue; /* (a tag's name begins with a letter: "<636>" is a negative) */
        const char *name = L->disp + i + 1;
        size_t n = (size_t)(j - i - 1);
        int known = 0;
        for (const char *const *t = BOUNDARY_TAGS; *t; t++)
            if (strlen(*t) == n && xc_strncaseeq(name, *t, n)) {
                kind = L_BOUNDARY;
                known = 1;
                int tag = TAG_OTHER;
                if (n == 5 && xc_strncaseeq(name, "TABLE", 5))
                    tag = TAG_TABLE;
                else if (n == 6 && xc_strncaseeq(name, "/TABLE", 6))
                    tag = TAG_END_TABLE;
                else if (n == 4 && xc_strncaseeq(name, "PAGE", 4))
                    tag = TAG_PAGE;
                L->tags |= tag;
                L->boundary_table |= tag == TAG_TABLE;
                if (tag == TAG_PAGE)
                    j = L->len - 1; /* "<PAGE>   2": the page number goes too */
            }
        for (const char *const *t = META_TAGS; *t; t++)
            if (strlen(*t) == n && xc_strncaseeq(name, *t, n)) {
                if (kind < 0)
                    kind = L_SKIP;
                known = 1;
                /* the rest of the line is metadata */
                for (int k = i; k < L->len; k++)
                    L->disp[k] = ' ';
                j = L->len - 1;
            }
        if (!known && n <= 3) /* <S>, <C>, <FN>, </FN>, <R> */
            known = 1;
        if (!known)
            continue;
        if (kind < 0)
            kind = L_SKIP;
        for (int k = i; k <= j && k < L->len; k++)
            L->disp[k] = ' ';
        i = j;
    }
    return kind;
}

static int is_blank(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!xc_isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

static int rule_kind(const char *s, int n)
{
    int marks = 0, eq = 0;
    for (int i = 0; i < n; i++) {
        char c = s[i];
        if (c == '-' || c == '_')
            marks++;
        else if (c == '=') {
            marks++;
            eq++;
        } else if (c != ' ')
            return 0;
    }
    if (marks < 3)
        return 0;
    return eq * 2 > marks ? L_DRULE : L_RULE;
}

static int is_range(const char *s, int n);

static int is_placeholder(const char *s, int n)
{
    if (n > 4)
        return is_range(s, n);
    static const char *const P[] = {"*",    "**",  "n/a", "na",   "nm",   "n.m.",
                                    "n/m",  "nmf", "n.a.", "flat", NULL};
    if (n < 1) /* (P's entries have 1 to 4 letters: longer tokens are ranges, above) */
        return 0;
    if (s[0] != '*' && (s[0] | 32) != 'n' && (s[0] | 32) != 'f')
        return 0; /* (the first letters of P's entries: the rest stop here) */
    for (const char *const *p = P; *p; p++)
        if ((int)strlen(*p) == n && xc_strncaseeq(s, *p, (size_t)n))
            return 1;
    return 0;
}

/* A range that stands where a value would, as targets print them ("8%-10%",
 * "$1.20-1.30"): no fact, but no label either. */
static int is_range(const char *s, int n)
{
    if (!xc_isdigit((unsigned char)s[0]) && s[0] != '$' && s[0] != '.')
        return 0; /* most tokens are words */
    int dash = -1;
    for (int i = 1; i + 1 < n && dash < 0; i++)
        if (s[i] == '-' && (xc_isdigit((unsigned char)s[i - 1]) || s[i - 1] == '%'))
            dash = i;
    if (dash < 0)
        return 0;
    xc_number a, b;
    return xc_number_parse(s, (size_t)dash, &a) == 0 &&
           xc_number_parse(s + dash + 1, (size_t)(n - dash - 1), &b) == 0;
}

static int is_year_value(const line *L, const val *v)
{
    if (!v->numeric)
        return 0;
    /* "2003*": a footnote mark */
    return v->nb == v->b && xc_year_token(L->disp + v->nb, (size_t)(v->e - v->nb));
}

typedef struct span {
    int b, e;
} span;

static int tokens(const char *s, int n, span *out, int max)
{
    int k = 0;
    for (int i = 0; i < n && k < max;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        int b = i;
        /* "(3,076)$ 17,328", "439%$ 17,328": an amount set flush against
         * the next column's dollar sign ends before it */
        while (i < n && s[i] != ' ' &&
               !(s[i] == '$' && i > b &&
                 (s[i - 1] == ')' || s[i - 1] == '%' || xc_isdigit((unsigned char)s[i - 1]))))
            i++;
        out[k].b = b;
        out[k++].e = i;
    }
    return k;
}

/* xc_number_parse of a token; one that starts with a letter is no number
 * (the parser would read its prefix and stop at the letter), and most
 * tokens of a release are words. */
static int parse_token(const char *s, int n, xc_number *num)
{
    if (n > 0 && xc_isalpha((unsigned char)s[0]) &&
        !(n == 3 && (s[0] | 32) == 'n' && xc_strncaseeq(s, "nil", 3)) &&
        xc_currency_sign(s, (size_t)n) < 2)
        return -XC_EPARSE; /* (words are no numbers, but "nil" is zero and
                              "US$1,200" money) */
    return xc_number_parse(s, (size_t)n, num);
}

/* Whether the blank-separated token s (n bytes) can end a row: a number
 * (one too long to hold included) or a placeholder ("n/a", "*"). */
static int value_token(const char *s, int n)
{
    xc_number num;
    int prc = parse_token(s, n, &num);
    return prc == 0 || prc == -XC_EOVERFLOW || prc == -XC_EINEXACT || is_placeholder(s, n);
}

/* Whether a token is a minus sign alone ("-"; the display shows a U+2212
 * minus or a dash so too). */
static int minus_token(const char *s, int n)
{
    return n == 1 && s[0] == '-';
}

/* A note's mark of one or two letters: "(a)", "(B)", "[c]". */
static int note_mark(const char *s, int n)
{
    if (n < 3 || n > 4 || !((s[0] == '(' && s[n - 1] == ')') || (s[0] == '[' && s[n - 1] == ']')))
        return 0;
    for (int i = 1; i < n - 1; i++)
        if (!xc_isalpha((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Whether token k, which ends in ")" but does not parse, closes a number
 * whose opening was printed apart: "($ 980)", "( 1,773)". Sets *from to
 * the opening token, which holds only "(" and "$" and stands at most three
 * blanks before it. */
static int split_paren(const line *L, const span *tk, int k, int *from)
{
    const char *s = L->disp;
    if (k < 1 || s[tk[k].e - 1] != ')' || tk[k].b - tk[k - 1].e > 3)
        return 0;
    for (int i = tk[k - 1].b, c; i < tk[k - 1].e; i += c) {
        c = (int)xc_currency_sign(s + i, (size_t)(tk[k - 1].e - i));
        if (!c && s[i] != '(')
            return 0;
        c += !c;
    }
    xc_number num;
    if (xc_number_parse(s + tk[k - 1].b, (size_t)(tk[k].e - tk[k - 1].b), &num) != 0)
        return 0;
    *from = k - 1;
    return 1;
}

/* Whether a value may stand one blank after its label: it starts with a
 * dollar sign ("$1,243", "($ 980)") or is an amount grouped in thousands,
 * a deduction ("(1,700)") or not ("64,712,405" shares): 2; or it is a
 * plain amount ("100"), set off from the value after it by two blanks: 1
 * (that, the caller asks); never a note reference ("(2)") or a year
 * ("2025"). Where no column stands, it is part of the label after all. */
static int squeezable(const char *s, int n)
{
    if (xc_currency_sign(s, (size_t)n) || (n > 1 && s[0] == '(' && s[1] == '$'))
        return 2;
    int paren = s[0] == '(', i = paren, digits = 0, comma = 0;
    for (; i < n && (xc_isdigit((unsigned char)s[i]) || s[i] == ','); i++) {
        digits += s[i] != ',';
        comma |= s[i] == ',';
    }
    if (!digits || (paren && !comma && digits <= 2))
        return 0;
    if (!paren && !comma && i == n && digits == 4 && (s[0] == '1' || s[0] == '2') &&
        (s[1] == '9' || s[1] == '0'))
        return 0; /* (a year) */
    if (i == n ? paren : s[i] != '.' && !(paren && s[i] == ')'))
        return 0;
    return comma && digits >= 4 ? 2 : 1;
}

/* Whether the token [b, e) of d is a telephone number's with its area
 * code before it, "(213) 210-5000": no range and no amounts. */
static int phone_number(const char *d, int b, int e)
{
    static const char P[] = "(ddd) ddd-dddd";
    if (e - b != 8 || b < 6)
        return 0;
    for (int i = 0; i < 14; i++) {
        char c = d[b - 6 + i];
        if (P[i] == 'd' ? !xc_isdigit((unsigned char)c) : c != P[i])
            return 0;
    }
    return 1;
}

/* Whether tokens k - 2, k - 1 and k, set with single blanks, are a range
 * ("$18B - $18.5B", "8% to 10%"), whose last amount is token k. */
static int range_at(const line *L, const span *tk, int k)
{
    xc_number num;
    const char *s = L->disp;
    return k >= 2 && tk[k].b - tk[k - 1].e == 1 && tk[k - 1].b - tk[k - 2].e == 1 &&
           ((tk[k - 1].e - tk[k - 1].b == 1 && s[tk[k - 1].b] == '-') ||
            (tk[k - 1].e - tk[k - 1].b == 2 && xc_strncaseeq(s + tk[k - 1].b, "to", 2))) &&
           parse_token(s + tk[k - 2].b, tk[k - 2].e - tk[k - 2].b, &num) == 0;
}

static void find_values(line *L, xc_arena *arena)
{
    /* most lines are prose or labels: when the last token is not a value,
     * there are none, and the line need not be split into tokens (a line
     * of 511 bytes or more may hold more tokens than the full path keeps,
     * so it takes that path) */
    if (L->len < 511) {
        int e = L->len;
        while (e > 0 && L->disp[e - 1] == ' ')
            e--;
        int b = e;
        while (b > 0 && L->disp[b - 1] != ' ')
            b--;
        if (e == 0 || phone_number(L->disp, b, e) ||
            (!value_token(L->disp + b, e - b) && L->disp[e - 1] != ')' &&
             !(e - b == 1 && L->disp[b] == '%') && !xc_scale_word(L->disp + b, (size_t)(e - b)))) {
            int indent = 0;
            while (indent < e && L->disp[indent] == ' ')
                indent++;
            L->nvals = 0;
            L->vals = NULL;
            L->label_end = e;
            L->indent = e ? indent : 0;
            return;
        }
    }
    span tk[256];
    int nt = tokens(L->disp, L->len, tk, 256);
    val vals[64];
    int nv = 0;
    int k = nt - 1, from;
    while (k >= 0 && nv < 64) {
        const char *s = L->disp + tk[k].b;
        int n = tk[k].e - tk[k].b;
        xc_number num;
        int prc = parse_token(s, n, &num);
        /* "$.07 1/3": a fraction one blank after its whole part is part
         * of that value */
        int w = k;
        if ((prc == 0 || prc == -XC_EINEXACT) && k > 0 && tk[k].b - tk[k - 1].e == 1 &&
            memchr(s, '/', (size_t)n)) {
            int mrc = parse_token(L->disp + tk[k - 1].b, tk[k].e - tk[k - 1].b, &num);
            if (mrc == 0 || mrc == -XC_EINEXACT) {
                w = k - 1;
                prc = mrc;
            }
        }
        /* "$18B - $18.5B", "8% to 10%": a range, set with single blanks,
         * is one cell and no amount (as "8%-10%" is: is_placeholder) */
        if ((prc == 0 || prc == -XC_EINEXACT) && w == k && range_at(L, tk, k)) {
            val v = {tk[k - 2].b, tk[k].e, tk[k - 2].b, tk[k].e - 1, 0, 0};
            vals[nv++] = v;
            k -= 3;
            continue;
        }
        /* a number too long to hold is still a value: the interpreter
         * reports it, it must not become part of the label; so is a
         * fraction with no exact decimal */
        /* "- 1,234": a minus set one blank before its digits */
        if ((prc == 0 || prc == -XC_EINEXACT) && w == k && k > 0 &&
            tk[k].b - tk[k - 1].e == 1 && xc_isdigit((unsigned char)s[0]) &&
            minus_token(L->disp + tk[k - 1].b, tk[k - 1].e - tk[k - 1].b) &&
            parse_token(L->disp + tk[k - 1].b, tk[k].e - tk[k - 1].b, &num) == 0)
            w = k - 1;
        if (prc == 0 || prc == -XC_EOVERFLOW || prc == -XC_EINEXACT) {
            val v = {tk[w].b, tk[k].e, tk[w].b, 0, 1, 0};
            /* anchor: the last digit or dash */
            int a = tk[k].e - 1;
            while (a > tk[k].b && (L->disp[a] == ')' || L->disp[a] == '%'))
                a--;
            v.anchor = a;
            vals[nv++] = v;
            k = w - 1;
        } else if (nv > 0 && xc_currency_sign(s, (size_t)n) == (size_t)n) {
            vals[nv - 1].b = tk[k].b;
            k--;
        } else if (n == 1 && s[0] == '(' && nv > 0) {
            vals[nv - 1].b = tk[k].b;
            k--;
        } else if (is_placeholder(s, n)) {
            val v = {tk[k].b, tk[k].e, tk[k].b, tk[k].e - 1, 0, 0};
            vals[nv++] = v;
            k--;
        } else if (n == 1 && s[0] == ')' && k > 0 && tk[k].b - tk[k - 1].e <= 2 &&
                   parse_token(L->disp + tk[k - 1].b, tk[k].e - tk[k - 1].b, &num) == 0) {
            /* "(1,489 )": a deduction whose parenthesis stands apart, as
             * from a table's separate cell (an HTML page printed as text) */
            int a = tk[k - 1].e - 1;
            val v = {tk[k - 1].b, tk[k].e, tk[k - 1].b, a, 1, 0};
            vals[nv++] = v;
            k -= 2;
        } else if (n == 1 && s[0] == '%' && k > 0 && tk[k].b - tk[k - 1].e <= 2 &&
                   parse_token(L->disp + tk[k - 1].b, tk[k - 1].e - tk[k - 1].b, &num) == 0) {
            /* "4.7 %": a percentage whose sign stands apart, as in a
             * column of changes */
            val v = {tk[k - 1].b, tk[k].e, tk[k - 1].b, tk[k - 1].e - 1, 1, 0};
            while (v.anchor > tk[k - 1].b && L->disp[v.anchor] == ')')
                v.anchor--;
            vals[nv++] = v;
            k -= 2;
        } else if (k > 0 && (k > 1 || nv > 0) && tk[k].b - tk[k - 1].e == 1 &&
                   xc_scale_word(s, (size_t)n) &&
                   parse_token(L->disp + tk[k - 1].b, tk[k].e - tk[k - 1].b, &num) == 0) {
            /* "$223 million": an amount with its scale in words, after a
             * label or before another (alone on its line, "8.1 million"
             * ends a sentence); "$111 - 115 million", a range, is none */
            int r = range_at(L, tk, k - 1);
            val v = {tk[k - 1 - 2 * r].b, tk[k].e, tk[k - 1 - 2 * r].b, tk[k - 1].e - 1, !r, 0};
            while (v.anchor > tk[k - 1].b && L->disp[v.anchor] == ')')
                v.anchor--;
            vals[nv++] = v;
            k -= 2 + 2 * r;
        } else if (note_mark(s, n) && k > 0 && tk[k].b - tk[k - 1].e <= 2 &&
                   value_token(L->disp + tk[k - 1].b, tk[k - 1].e - tk[k - 1].b)) {
            k--; /* "60,114 (a)": a note's mark after an amount */
        } else if (split_paren(L, tk, k, &from)) {
            val v = {tk[from].b, tk[k].e, tk[from].b, tk[k].e - 1, 1, 0};
            while (v.anchor > tk[k].b && (L->disp[v.anchor] == ')' || L->disp[v.anchor] == '%'))
                v.anchor--;
            vals[nv++] = v;
            k = from - 1;
        } else {
            break;
        }
    }
    /* the label must be set off from the values by two blanks ("fiscal
     * 2024", "Note 5"), or by one before an amount that more values follow
     * (squeezable): a long label squeezes its first column ("Total
     * liabilities and equity $1,243,600    $1,063,400", "Net decrease in
     * cash (1,700)    5,750", "Depreciation and other amortization 100
     * 90"); the table keeps such a value only where a column stands
     * (settle_squeezed) */
    if (nv >= 2 && k >= 0 && vals[nv - 1].b - tk[k].e == 1) {
        /* (a day after its month is the label's: "Years Ended December 31
         * 2001  2000") */
        int day = vals[nv - 1].e - vals[nv - 1].b <= 2 &&
                  xc_month_lookup(L->disp + tk[k].b, (size_t)(tk[k].e - tk[k].b));
        int sq = day ? 0 : squeezable(L->disp + vals[nv - 1].b, vals[nv - 1].e - vals[nv - 1].b);
        vals[nv - 1].squeezed = sq == 2 || (sq == 1 && vals[nv - 2].b - vals[nv - 1].e >= 2);
    }
    while (nv > 0 && k >= 0 && vals[nv - 1].b - tk[k].e < 2 && !vals[nv - 1].squeezed) {
        nv--;
        while (k + 1 < nt && tk[k + 1].e <= vals[nv].e)
            k++;
    }
    int numeric = 0;
    for (int i = 0; i < nv; i++)
        numeric += vals[i].numeric;
    if (!numeric) {
        nv = 0;
        k = nt - 1;
    }
    /* store left to right */
    L->nvals = nv;
    L->vals = nv ? xc_arena_alloc(arena, (size_t)nv * sizeof(val)) : NULL;
    for (int i = 0; i < nv; i++)
        L->vals[i] = vals[nv - 1 - i];
    L->label_end = k >= 0 ? tk[k].e : 0;
    L->indent = nt ? tk[0].b : 0;
}

/* Narrative: a long line of words with single blanks between them (at
 * most two double blanks). A long label that introduces rows ends with a
 * colon instead. One pass, which stops at the third double blank. */
static int looks_prose(const line *L)
{
    int b = L->indent, e = L->label_end;
    if (e - b < 55 || L->disp[e - 1] == ':')
        return 0;
    int dbl = 0, words = 0, lower = 0, in = 0;
    for (int i = b; i < e; i++) {
        char c = L->disp[i];
        if (xc_isalpha((unsigned char)c)) {
            words += !in;
            lower += !in && c >= 'a' && c <= 'z';
            in = 1;
        } else if (c == ' ') {
            in = 0;
            if (i + 1 < e && L->disp[i + 1] == ' ' && ++dbl > 2)
                return 0;
        }
    }
    /* (a title is set in capitals or capitalises its words: "RECONCILIATION
     * OF NET INCOME TO FUNDS FROM OPERATIONS (FFO) AND ADJUSTED FFO") */
    if (lower * 3 <= words)
        return 0;
    return words >= 10 || (words >= 8 && L->disp[e - 1] == '.');
}

/* "thousand", "million", "billion", "(000", "$000", "000's", "000s" in
 * any case: one pass, each place tested by its first byte. */
static int has_scale_words(const char *s, int n)
{
#define AT(lit) (n - i >= (int)sizeof(lit) - 1 && xc_strncaseeq(s + i, lit, sizeof(lit) - 1))
    for (int i = 0; i < n; i++) {
        switch (s[i] | 0x20) { /* lower case for letters; '(' '$' '0' unchanged */
        case 't':
            if (AT("thousand"))
                return 1;
            break;
        case 'm':
            if (AT("million"))
                return 1;
            break;
        case 'b':
            if (AT("billion"))
                return 1;
            break;
        case '(':
        case '$':
            if (AT("(000") || AT("$000"))
                return 1;
            break;
        case '0':
            if (AT("000's") || AT("000s"))
                return 1;
            break;
        }
    }
    return 0;
#undef AT
}

/* Whether a line ends in a scale note in parentheses ("Consolidated
 * Statements of Operations (In thousands, except per share amounts)"): a
 * title that states its scale, however long, is no prose. */
static int scale_tail(const line *L)
{
    int e = L->label_end, o = e - 2;
    if (e < 2 || L->disp[e - 1] != ')')
        return 0;
    while (o >= L->indent && L->disp[o] != '(' && L->disp[o] != ')')
        o--;
    return o >= L->indent && L->disp[o] == '(' && has_scale_words(L->disp + o, e - o);
}

static int has_period_words(const char *s, int n)
{
    static const char *const W[] = {"ended", "ending", "months", "weeks", "quarter", "year",
                                    "mos.",  "as of",  "fiscal", "half",   "ytd",     NULL};
    for (const char *const *w = W; *w; w++)
        if (xc_memcasemem(s, (size_t)n, *w))
            return 1;
    return 0;
}

/* Whether a line is a scale note alone in parentheses: "($000)",
 * "(Dollars in thousands)". */
static int scale_note(const line *L)
{
    int b = 0, e = L->len;
    while (b < e && L->disp[b] == ' ')
        b++;
    while (e > b && L->disp[e - 1] == ' ')
        e--;
    return e - b > 2 && L->disp[b] == '(' && L->disp[e - 1] == ')' &&
           !memchr(L->disp + b + 1, '(', (size_t)(e - b - 2)) &&
           has_scale_words(L->disp + b, e - b);
}

/* A line of years all left of column `left`, in the stub: a row heading
 * over the rows of that year ("2004", then its rows, then "2003"), not a
 * column header. */
static int stub_year(const line *L, int left)
{
    return L->kind == L_HEADER && L->vals[L->nvals - 1].e < left;
}

static void classify(line *L, xc_arena *arena)
{
    make_disp(L, arena);
    int tag = strip_tags(L);
    if (is_blank(L->disp, L->len)) {
        L->kind = tag >= 0 ? tag : L_BLANK;
        /* a form feed alone on its line turns the page, as <PAGE> does */
        if (tag < 0 && memchr(L->orig, '\f', L->olen)) {
            L->kind = L_BOUNDARY;
            L->tags = TAG_PAGE;
        }
        return;
    }
    int r = rule_kind(L->disp, L->len);
    if (r) {
        L->kind = r;
        return;
    }
    if (scale_note(L)) {
        /* "($000)", "(000's omitted)": no values, though it holds zeros */
        L->kind = L_TEXT;
        L->scale = 1;
        L->periodish = -1;
        return;
    }
    find_values(L, arena);
    if (L->nvals > 0) {
        int years = 0, numeric = 0;
        for (int i = 0; i < L->nvals; i++) {
            numeric += L->vals[i].numeric;
            years += is_year_value(L, &L->vals[i]);
        }
        L->kind = (years == numeric) ? L_HEADER : L_DATA;
        return;
    }
    L->kind = L_TEXT;
    L->prose = looks_prose(L) && !scale_tail(L);
    /* only text lines that are not prose can state a scale */
    L->scale = !L->prose && has_scale_words(L->disp, L->len);
    L->periodish = -1; /* worked out when a header asks (is_periodish) */
}

/* Whether a text line speaks of periods: only a header's stub lines ask. */
static int is_periodish(line *L)
{
    if (L->periodish < 0) {
        L->periodish = has_period_words(L->disp, L->len);
        if (!L->periodish) {
            /* "June 28, 2003", "12/31/00", "2004": dates over columns */
            xc_period_spec ps;
            xc_period_parse(L->disp, &ps);
            L->periodish = ps.kind == XC_COL_PERIOD || ps.month || ps.months || ps.weeks || ps.year;
        }
    }
    return L->periodish;
}

/* ---- columns ---- */

typedef struct colinfo {
    int anchor;   /* typical right edge */
    int left, right;
    int own_b, own_e; /* header text over [own_b, own_e) belongs here */
} colinfo;

/* Clusters right edges; returns the number of columns. */
static int find_columns(line *lines, int first, int last, colinfo **out)
{
    int n = 0, cap = 0;
    int *anch = NULL;
    for (int i = first; i <= last; i++) {
        if (lines[i].kind != L_DATA)
            continue;
        for (int k = 0; k < lines[i].nvals; k++) {
            if (lines[i].vals[k].squeezed)
                continue;
            if (n + 1 > cap) {
                cap = cap ? cap * 2 : 64;
                anch = xc_xrealloc(anch, (size_t)cap * sizeof(int));
            }
            anch[n++] = lines[i].vals[k].anchor;
        }
    }
    if (n)
        qsort(anch, (size_t)n, sizeof(int), cmp_int);
    colinfo *cols = NULL;
    int nc = 0, cc = 0;
    for (int i = 0; i < n;) {
        int j = i;
        while (j + 1 < n && anch[j + 1] - anch[j] <= 2)
            j++;
        if (nc + 1 > cc) {
            cc = cc ? cc * 2 : 8;
            cols = xc_xrealloc(cols, (size_t)cc * sizeof(colinfo));
        }
        memset(&cols[nc], 0, sizeof(colinfo));
        cols[nc].anchor = anch[(i + j) / 2];
        nc++;
        i = j + 1;
    }
    free(anch);

    /* merge neighbours that never share a row and sit close together
     * (a "*" or a dash printed a little off its column) */
    for (int c = 0; c + 1 < nc;) {
        int together = 0;
        if (cols[c + 1].anchor - cols[c].anchor <= 5) {
            for (int i = first; i <= last && !together; i++) {
                if (lines[i].kind != L_DATA)
                    continue;
                int a = 0, b = 0;
                for (int k = 0; k < lines[i].nvals; k++) {
                    int d0 = abs(lines[i].vals[k].anchor - cols[c].anchor);
                    int d1 = abs(lines[i].vals[k].anchor - cols[c + 1].anchor);
                    if (d0 <= 2 && d0 <= d1)
                        a = 1;
                    else if (d1 <= 2)
                        b = 1;
                }
                together = a && b;
            }
            if (!together) {
                cols[c].anchor = cols[c + 1].anchor > cols[c].anchor ? cols[c + 1].anchor
                                                                     : cols[c].anchor;
                memmove(&cols[c + 1], &cols[c + 2], (size_t)(nc - c - 2) * sizeof(colinfo));
                nc--;
                continue;
            }
        }
        c++;
    }
    *out = cols;
    return nc;
}

/* A value squeezed against its label ("equity $1,243,600") stays one
 * where a column of other rows ends and the row has room for it; else it
 * is part of the label ("net of allowance of $2,100 and $1,900"). */
static void settle_squeezed(line *lines, int first, int last, const colinfo *cols, int nc)
{
    for (int i = first; i <= last; i++) {
        line *L = &lines[i];
        if (L->kind != L_DATA || !L->nvals || !L->vals[0].squeezed)
            continue;
        int near = 0;
        for (int c = 0; c < nc && !near; c++)
            near = abs(L->vals[0].anchor - cols[c].anchor) <= 2;
        L->vals[0].squeezed = 0;
        if (near && L->nvals <= nc)
            continue;
        L->label_end = L->vals[0].e;
        L->vals++;
        L->nvals--;
    }
}

/* Assigns each value of a data line to a column, keeping their order. */
static void assign_cells(const line *L, const colinfo *cols, int nc, int *where)
{
    int next = 0;
    for (int k = 0; k < L->nvals; k++) {
        int best = -1, bestd = 1 << 30;
        /* leave room for the values still to place */
        int limit = nc - (L->nvals - k);
        for (int c = next; c <= limit; c++) {
            int d = abs(L->vals[k].anchor - cols[c].anchor);
            if (d < bestd) {
                bestd = d;
                best = c;
            }
        }
        if (best < 0)
            best = next < nc ? next : nc - 1;
        where[k] = best;
        next = best + 1;
    }
}

/* Whether value k of L is a note's number set one blank after the amount
 * before it: "1,250 (3)". */
static inline int number_mark(const line *L, int k)
{
    const val *v = &L->vals[k];
    const char *s = L->disp + v->b;
    int n = v->e - v->b;
    if (k == 0 || v->b - L->vals[k - 1].e > 1 || n < 3 || n > 4 || s[0] != '(' ||
        s[n - 1] != ')')
        return 0;
    for (int i = 1; i < n - 1; i++)
        if (!xc_isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

/* Drops the columns that hold nothing but notes' numbers, each one blank
 * after an amount ("Store closing costs  1,250 (3)  --": the "(3)" under
 * the next column's heading is no amount of that period), and those
 * numbers from their lines; returns the number of columns left. */
static int drop_mark_columns(line *lines, int first, int last, colinfo *cols, int nc)
{
    int where[64], any = 0;
    for (int i = first; i <= last && !any; i++)
        for (int k = 1; k < lines[i].nvals && lines[i].kind == L_DATA && !any; k++)
            any = number_mark(&lines[i], k);
    for (int c = nc - 1; c >= 0 && nc > 1 && any; c--) {
        int marks = 0, others = 0;
        for (int i = first; i <= last && !others; i++) {
            if (lines[i].kind != L_DATA || lines[i].nvals > 64)
                continue;
            assign_cells(&lines[i], cols, nc, where);
            for (int k = 0; k < lines[i].nvals; k++)
                if (where[k] == c && !lines[i].vals[k].squeezed) {
                    if (number_mark(&lines[i], k))
                        marks++;
                    else
                        others++;
                }
        }
        if (!marks || others)
            continue;
        for (int i = first; i <= last; i++) {
            line *L = &lines[i];
            if (L->kind != L_DATA || L->nvals > 64)
                continue;
            assign_cells(L, cols, nc, where);
            int n = 0;
            for (int k = 0; k < L->nvals; k++)
                if (where[k] != c || L->vals[k].squeezed)
                    L->vals[n++] = L->vals[k];
            L->nvals = n;
        }
        memmove(&cols[c], &cols[c + 1], (size_t)(nc - c - 1) * sizeof(colinfo));
        nc--;
    }
    return nc;
}

static void column_extents(line *lines, int first, int last, colinfo *cols, int nc)
{
    for (int c = 0; c < nc; c++) {
        cols[c].left = 1 << 30;
        cols[c].right = 0;
    }
    int where[64];
    for (int i = first; i <= last; i++) {
        if (lines[i].kind != L_DATA)
            continue;
        assign_cells(&lines[i], cols, nc, where);
        for (int k = 0; k < lines[i].nvals; k++) {
            colinfo *c = &cols[where[k]];
            if (lines[i].vals[k].nb < c->left)
                c->left = lines[i].vals[k].nb;
            if (lines[i].vals[k].e > c->right)
                c->right = lines[i].vals[k].e;
        }
    }
    for (int c = 0; c < nc; c++) {
        if (cols[c].left > cols[c].right) {
            cols[c].left = cols[c].anchor;
            cols[c].right = cols[c].anchor + 1;
        }
    }
    for (int c = 0; c < nc; c++) {
        cols[c].own_b = c == 0 ? cols[c].left - 14 : (cols[c - 1].right + cols[c].left) / 2;
        cols[c].own_e = c == nc - 1 ? 1 << 30 : (cols[c].right + cols[c + 1].left) / 2;
    }
}

/* Header chunks: runs of text separated by two or more blanks. */
static int chunks(const char *s, int n, span *out, int max)
{
    int k = 0;
    int i = 0;
    while (i < n && k < max) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        int b = i, e = i;
        while (i < n) {
            if (s[i] == ' ') {
                if (i + 1 < n && s[i + 1] != ' ') {
                    i++;
                    continue;
                }
                break;
            }
            i++;
            e = i;
        }
        out[k].b = b;
        out[k++].e = e;
    }
    return k;
}

/* A line with text that starts over the value columns: a column header.
 * Text that starts in the label area and runs on over the columns is a
 * title ("For the 26 Weeks Ended July 3, 2004 and June 28, 2003"). */
static int over_columns(const line *L, const colinfo *cols)
{
    span ch[32];
    int n = chunks(L->disp, L->len, ch, 32);
    for (int i = 0; i < n; i++)
        if (ch[i].b >= cols[0].own_b)
            return 1;
    return 0;
}

/* A header line with a scale note in its stub ("(In thousands, except per
 * share      April 4,     March 30,"): the scale words stand left of
 * every column, and only other text over them. */
static int stub_scale(const line *L, const colinfo *cols)
{
    span ch[8];
    int n = chunks(L->disp, L->len, ch, 8);
    if (n < 2 || ch[0].e >= cols[0].left ||
        !has_scale_words(L->disp + ch[0].b, ch[0].e - ch[0].b))
        return 0;
    for (int i = 1; i < n; i++)
        if (ch[i].e <= cols[0].left || has_scale_words(L->disp + ch[i].b, ch[i].e - ch[i].b))
            return 0;
    return 1;
}

/* A text line that begins in lower case and ends with a full stop ends a
 * sentence of the narrative above a table ("financial results for its
 * fiscal third quarter."): not a title, nor a header, and nothing above it
 * is either. A title's second line ("and subsidiaries") does not end so. */
static int sentence_end(const line *L)
{
    if (L->kind != L_TEXT || L->indent >= L->len)
        return 0;
    char c = L->disp[L->indent];
    int e = L->len;
    while (e > L->indent && L->disp[e - 1] == ' ')
        e--;
    if (L->disp[e - 1] != '.')
        return 0;
    if (c >= 'a' && c <= 'z')
        return 1;
    /* a release set in capitals ends its sentences so too ("EXCLUDE THE
     * EFFECTS OF SPECIAL ITEMS."): five words or more, the last no
     * abbreviation, as a name's is ("ACME HOLDINGS, INC.", "N.A.") */
    int words = 0, last = L->indent;
    for (int i = L->indent; i < e; i++)
        if (xc_isalpha((unsigned char)L->disp[i]) && (i == L->indent || L->disp[i - 1] == ' ')) {
            words++;
            last = i;
        }
    int n = e - 1 - last;
    if (words < 5 || memchr(L->disp + last, '.', (size_t)n))
        return 0;
    static const char *const ABBR[] = {"inc", "co", "corp", "ltd", "plc", "lp", "llc", "bhd", NULL};
    for (const char *const *a = ABBR; *a; a++)
        if ((int)strlen(*a) == n && xc_strncaseeq(L->disp + last, *a, (size_t)n))
            return 0;
    return 1;
}

/* The first line after the paragraph that holds line i (before limit):
 * the lines of text or header that follow it with no blank between. */
static int paragraph_end(const line *lines, int i, int limit)
{
    int k = i + 1;
    while (k < limit && (lines[k].kind == L_TEXT || lines[k].kind == L_HEADER))
        k++;
    return k;
}

/* A title centred over the table that reaches over the first column
 * ("SELECTED OPERATING DATA" over "13 Weeks Ended"): one run of text
 * without period words that starts well left of the values. */
static int centred_title(line *L, const colinfo *cols)
{
    span ch[2];
    return chunks(L->disp, L->len, ch, 2) == 1 && ch[0].b <= cols[0].left - 8 &&
           !is_periodish(L);
}

/* Whether any of the header lines hdr[0..n) names a period. */
static int periods_among(line *lines, const int *hdr, int n)
{
    for (int k = 0; k < n; k++)
        if (lines[hdr[k]].kind == L_HEADER || is_periodish(&lines[hdr[k]]))
            return 1;
    return 0;
}

/* The underline run of `rule` under [b, e), or 0. */
static int rule_under(const line *rule, int b, int e, span *out)
{
    if (!rule)
        return 0;
    for (int i = 0; i < rule->len;) {
        while (i < rule->len && rule->disp[i] == ' ')
            i++;
        int rb = i;
        while (i < rule->len && rule->disp[i] != ' ')
            i++;
        if (i > rb && rb < e && i > b) {
            out->b = rb;
            out->e = i;
            return 1;
        }
    }
    return 0;
}

/* A header chunk centred over several adjacent columns heads each of them
 * ("Historical" over "2005  2004", beside "Pro Forma" over two more). The
 * run: an even number of columns, the chunk at least as wide as the gap in
 * its middle and centred on it, the run's centre the nearest to the
 * chunk's (within a quarter of the run's width). When the run holds the
 * columns the chunk went to, and none another chunk of the line went to,
 * the rest of it gets the chunk too. got[c]: the chunk of the line column c
 * went to (id: this one, counted from 1), or 0. */
static void centre_over_group(xc_table *t, const line *L, const span *ch, int id,
                              const colinfo *cols, int nc, char *got)
{
    int alnum = 0;
    for (int k = ch->b; k < ch->e; k++)
        alnum += xc_isalnum((unsigned char)L->disp[k]);
    if (nc < 2 || alnum < 3) /* (a word, not "%" stacked over "Change") */
        return;
    /* amounts align right: a column's slot runs from the right edge of
     * the one before (before the first, one column's pitch) to its own */
    int mid2 = ch->b + ch->e; /* twice the chunk's centre */
    int best = 1 << 30, ba = -1, bb = -1;
    for (int a = 0; a < nc && a < 64; a++) {
        int from = a ? cols[a - 1].right : 2 * cols[0].right - cols[1].right;
        for (int b = a + 1; b < nc && b < 64; b += 2) {
            int m = a + (b - a + 1) / 2; /* the centre is in the gap before it */
            if (mid2 < 2 * cols[m - 1].right || mid2 > 2 * cols[m].left ||
                ch->e - ch->b < cols[m].left - cols[m - 1].right)
                continue;
            int d = abs(mid2 - (from + cols[b].right));
            if (d < best || (d == best && b - a < bb - ba)) {
                best = d;
                ba = a;
                bb = b;
            }
        }
    }
    int from = ba > 0 ? cols[ba - 1].right : 2 * cols[0].right - cols[1].right;
    if (ba < 0 || best * 4 > cols[bb].right - from)
        return;
    /* the run must hold the columns the chunk went to, and none that
     * another chunk went to */
    int ours = 0;
    for (int c = ba; c <= bb; c++) {
        if (got[c] && got[c] != id)
            return;
        ours += got[c] == id;
    }
    if (ours == 0)
        return;
    for (int c = ba; c <= bb; c++)
        if (!got[c]) {
            xc_table_head_append(t, (size_t)c, L->orig + ocol(L, ch->b),
                                 (size_t)(ocol(L, ch->e) - ocol(L, ch->b)));
            got[c] = (char)id;
        }
}

/* Whether a page break turns at line i, inside a table: a run of
 * boundary lines (with blank lines and <S> <C> between) that holds a
 * <PAGE> and no tag but those that close a table and reopen it around
 * the page. Returns the run's length, or 0. */
static int page_turn(const line *lines, int i, int nl)
{
    int tags = 0, open = 1, j = i;
    for (; j < nl; j++) {
        const line *L = &lines[j];
        if (L->kind == L_BOUNDARY) {
            if (L->tags & TAG_OTHER)
                return 0;
            tags |= L->tags;
            if (L->tags & TAG_END_TABLE)
                open = 0;
            if (L->tags & TAG_TABLE)
                open = 1;
        } else if (L->kind != L_BLANK && L->kind != L_SKIP) {
            break;
        }
    }
    return (tags & TAG_PAGE) && open ? j - i : 0;
}

/* Whether blank line k of a table's body (first..last) is a page's: it
 * sits, with blanks and tags only between, beside a <PAGE> (a label that
 * wraps over the page goes on, "Accrued expenses and other current" /
 * <PAGE> / "liabilities 58,200"). */
static int page_blank(const line *lines, int k, int first, int last)
{
    for (int d = -1; d <= 1; d += 2)
        for (int j = k + d; j >= first && j <= last; j += d) {
            const line *L = &lines[j];
            if (L->kind == L_BOUNDARY && (L->tags & TAG_PAGE))
                return 1;
            if (L->kind != L_BLANK && L->kind != L_SKIP && L->kind != L_BOUNDARY)
                break;
        }
    return 0;
}

/* Splits the chunks of a header line that run over several columns
 * before each date after the first ("September 30, December 31," set one
 * space apart over two columns: one date each), in place; returns the
 * new count. A date begins with a month word after a word with a digit. */
static int split_dates(const char *s, span *ch, int n, int max, const colinfo *cols, int nc)
{
    for (int i = 0; i < n; i++) {
        int over = 0;
        for (int c = 0; c < nc; c++)
            over += ch[i].b < cols[c].own_e && ch[i].e > cols[c].own_b;
        if (over < 2)
            continue;
        int prev_digit = 0;
        for (int w = ch[i].b; w < ch[i].e;) {
            int we = w;
            while (we < ch[i].e && s[we] != ' ')
                we++;
            if (w > ch[i].b && prev_digit && n < max && xc_month_lookup(s + w, (size_t)(we - w))) {
                memmove(&ch[i + 2], &ch[i + 1], (size_t)(n - i - 1) * sizeof(*ch));
                ch[i + 1].b = w;
                ch[i + 1].e = ch[i].e;
                ch[i].e = w - 1;
                n++;
                break; /* the rest is chunk i + 1, split in its turn */
            }
            prev_digit = 0;
            for (int k = w; k < we; k++)
                prev_digit |= s[k] >= '0' && s[k] <= '9';
            w = we + 1;
        }
    }
    return n;
}

/* Splits chunks at a single blank that a gap in the rule below marks
 * ("2003 Change" over "---- ------": two columns' heads set one blank
 * apart). Returns the new count. */
static int split_at_rule(const char *s, span *ch, int n, int max, const line *rule)
{
    if (!rule)
        return n;
    const char *r = rule->disp;
    for (int i = 0; i < n; i++)
        for (int p = ch[i].b + 1; p + 1 < ch[i].e && p + 1 < rule->len && n < max; p++)
            if (s[p] == ' ' && r[p] == ' ' && r[p - 1] != ' ' && r[p + 1] != ' ') {
                memmove(&ch[i + 2], &ch[i + 1], (size_t)(n - i - 1) * sizeof(*ch));
                ch[i + 1].b = p + 1;
                ch[i + 1].e = ch[i].e;
                ch[i].e = p;
                n++;
                break; /* the rest is chunk i + 1, split in its turn */
            }
    return n;
}

/* Appends a header line's text to the columns it sits over. A chunk
 * underlined by a rule ("3 Months Ended December" over "-----------")
 * belongs to every column under the rule. */
static void add_header_line(xc_table *t, const line *L, const line *below, const colinfo *cols,
                            int nc, int lineno)
{
    span ch[32];
    int n = split_dates(L->disp, ch, chunks(L->disp, L->len, ch, 32), 32, cols, nc);
    n = split_at_rule(L->disp, ch, n, 32, below);
    char got[64] = {0}; /* the chunk of this line (from 1) each column went to */
    /* as many chunks as columns, each centred over its own, name one
     * column each ("Other  Eliminations" over two narrow columns) */
    int one_each = n == nc;
    for (int i = 0; i < n && one_each; i++) {
        int mid = (ch[i].b + ch[i].e) / 2;
        one_each = mid >= cols[i].own_b && mid < cols[i].own_e;
    }
    for (int i = 0; i < n; i++) {
        int len = ch[i].e - ch[i].b, placed = 0;
        span ul;
        int under = rule_under(below, ch[i].b, ch[i].e, &ul);
        /* several chunks over one rule are each their column's ("2004
         * Sales 2003 Sales" over the rule that ends the header) */
        for (int k = 0; under && k < n; k++)
            if (k != i && ch[k].b < ul.e && ch[k].e > ul.b)
                under = 0;
        for (int c = 0; c < nc; c++) {
            int ob = ch[i].b > cols[c].own_b ? ch[i].b : cols[c].own_b;
            int oe = ch[i].e < cols[c].own_e ? ch[i].e : cols[c].own_e;
            int ov = oe - ob;
            int mid = (ch[i].b + ch[i].e) / 2;
            int inside = mid >= cols[c].own_b && mid < cols[c].own_e;
            int spanned = under && cols[c].left >= ul.b - 2 && cols[c].right <= ul.e + 2;
            if (one_each ? c != i : !spanned && (ov <= 0 || !(inside || ov * 3 >= len)))
                continue;
            /* append the original text of the chunk */
            const char *ob0 = L->orig + ocol(L, ch[i].b);
            size_t olen = (size_t)(ocol(L, ch[i].e) - ocol(L, ch[i].b));
            xc_table_head_append(t, c, ob0, olen);
            if (c < 64)
                got[c] = (char)(i + 1);
            placed = 1;
        }
        /* a scale note or a period in the stub, left of every column, is
         * the table's ("(Dollars in thousands, except per share data)
         * 2020  2019", "Years Ended June 30  2001  2000") */
        if (!placed && nc > 0 && ch[i].e < cols[0].left &&
            (has_scale_words(L->disp + ch[i].b, len) || has_period_words(L->disp + ch[i].b, len)))
            xc_table_add_title(t, L->orig + ocol(L, ch[i].b),
                               (size_t)(ocol(L, ch[i].e) - ocol(L, ch[i].b)), lineno);
    }
    for (int i = 0; i < n && !one_each; i++)
        centre_over_group(t, L, &ch[i], i + 1, cols, nc, got);
    /* a period alone on its line, centred over all the columns, is each
     * column's ("Quarter Ended" over four quarters' dates) */
    if (n == 1 && nc >= 2 && has_period_words(L->disp + ch[0].b, ch[0].e - ch[0].b)) {
        int lo = cols[0].left, hi = cols[nc - 1].right, dig = 0;
        for (int k = ch[0].b; k < ch[0].e; k++)
            dig |= xc_isdigit((unsigned char)L->disp[k]);
        int off = (ch[0].b + ch[0].e) - (lo + hi); /* twice the distance */
        if (!dig && abs(off) <= (hi - lo) / nc)
            for (int c = 0; c < nc && c < 64; c++)
                if (!got[c]) {
                    xc_table_head_append(t, c, L->orig + ocol(L, ch[0].b),
                                         (size_t)(ocol(L, ch[0].e) - ocol(L, ch[0].b)));
                    got[c] = 1;
                }
    }
    /* "13 Weeks Ended" and "26 Weeks Ended" centred over their dates, not
     * over the numbers: periods side by side share out the columns, each
     * column going to the one whose share (up to the middle of the gap to
     * the next) holds its centre */
    int per[32], np = 0, missed = 0;
    for (int c = 0; c < nc && c < 64; c++)
        missed |= !got[c];
    for (int i = 0; missed && n >= 2 && i < n; i++)
        if (has_period_words(L->disp + ch[i].b, ch[i].e - ch[i].b))
            per[np++] = i;
    /* (where every chunk is a period and each takes as many columns, and
     * those it sits over agree, the shares are equal: "Quarter Ended" set
     * left over its two columns, "Nine Months Ended" over the next two) */
    int each = np >= 2 && np == n && nc % np == 0 ? nc / np : 0;
    for (int c = 0; each && c < nc && c < 64; c++)
        if (got[c] && got[c] - 1 != c / each)
            each = 0;
    for (int c = 0; np >= 2 && c < nc && c < 64; c++) {
        if (got[c])
            continue;
        int mid = (cols[c].left + cols[c].right) / 2, k = 0;
        if (each)
            k = c / each;
        else
            while (k + 1 < np && mid >= (ch[per[k]].e + ch[per[k + 1]].b) / 2)
                k++;
        const span *cp = &ch[per[k]];
        xc_table_head_append(t, c, L->orig + ocol(L, cp->b),
                             (size_t)(ocol(L, cp->e) - ocol(L, cp->b)));
    }
}

/* The header line that prints a year in the stub, left of every column
 * ("1999" beside "Quarter" over four quarters, or alone on a line above
 * them), when no column names a year: the year of the rows up to the next
 * year among them, as if it stood above them; -1 when none does. *at: the
 * year's columns. */
static int stub_year_heading(const xc_table *t, const line *lines, const int *hdr, int nh,
                             const colinfo *cols, span *at)
{
    int found = -1;
    for (int k = 0; k < nh; k++) {
        const line *L = &lines[hdr[k]];
        span ch[2];
        int n = chunks(L->disp, L->len, ch, 2);
        if ((n == 1 || n == 2) && ch[0].e < cols[0].left &&
            ch[0].e - ch[0].b == 4 && xc_year_token(L->disp + ch[0].b, 4)) {
            found = hdr[k];
            *at = ch[0];
        }
    }
    for (size_t c = 0; found >= 0 && c < t->ncols; c++)
        if (xc_has_year(t->colhead[c]))
            return -1;
    return found;
}

static void add_title_line(xc_table *t, const line *L, int lineno)
{
    int b = 0, e = L->len;
    while (b < e && L->disp[b] == ' ')
        b++;
    while (e > b && L->disp[e - 1] == ' ')
        e--;
    if (e <= b)
        return;
    xc_table_add_title(t, L->orig + ocol(L, b), (size_t)(ocol(L, e) - ocol(L, b)), lineno);
}

/* Whether line i lies inside a <TABLE> block: the nearest table tag above
 * it, after `after`, opens one. */
static int in_table_block(const line *lines, int i, int after)
{
    for (int k = i - 1; k > after; k--)
        if (lines[k].kind == L_BOUNDARY && (lines[k].tags & (TAG_TABLE | TAG_END_TABLE)))
            return (lines[k].tags & TAG_END_TABLE) == 0;
    return 0;
}

/* Whether the page before page break i ends with header lines: past
 * blanks and its page number, a line of column headers, or of periods or
 * several runs of text over the columns ("Domestic   Sears Canada"). */
static int header_above(line *lines, int i, int after, const colinfo *cols)
{
    while (--i > after && (lines[i].kind == L_BLANK || lines[i].kind == L_SKIP))
        ;
    if (i <= after)
        return 0;
    line *L = &lines[i];
    span ch[2];
    return L->kind == L_HEADER ||
           (L->kind == L_TEXT && !L->prose && !L->scale && over_columns(L, cols) &&
            (is_periodish(L) || chunks(L->disp, L->len, ch, 2) > 1));
}

/* Whether L pairs a label in the stub with a figure in dollars that no
 * column holds ("Net loss per share    ($1.00) - ($0.75)", an outlook's
 * range above the table): neither a header line nor a title. */
static int figures_line(const line *L, const colinfo *cols)
{
    span ch[4];
    int n = L->kind == L_TEXT ? chunks(L->disp, L->len, ch, 4) : 0;
    if (n < 2 || ch[0].b >= cols[0].left)
        return 0;
    for (int k = 1; k < n; k++)
        for (int p = ch[k].b; p + 1 < ch[k].e; p++)
            if (L->disp[p] == '$' && (xc_isdigit((unsigned char)L->disp[p + 1]) ||
                                      L->disp[p + 1] == '('))
                return 1;
    return 0;
}

/* Whether the n title lines ttl (n > 0) are all scale notes in
 * parentheses, and nothing else ("(Dollars in Millions)"). */
static int only_scales(const line *lines, const int *ttl, int n)
{
    for (int k = 0; k < n; k++)
        if (!scale_note(&lines[ttl[k]]))
            return 0;
    return n > 0;
}

/* ---- the reader ---- */

static int emit_table(xc_doc *doc, line *lines, int first, int last, int prev_end,
                      int same_block, int off)
{
    colinfo *cols = NULL;
    int nc = find_columns(lines, first, last, &cols);
    if (nc == 0 || nc > 24) {
        free(cols);
        return 0;
    }
    nc = drop_mark_columns(lines, first, last, cols, nc);
    settle_squeezed(lines, first, last, cols, nc);
    column_extents(lines, first, last, cols, nc);
    xc_table *t = xc_doc_add_table(doc, (size_t)nc);
    t->spaced = 1;
    /* the table before this one (after the add: the array may move) */
    const xc_table *prev = doc->ntables > 1 ? &doc->tables[doc->ntables - 2] : NULL;

    /* body headings directly above the first data line (tags such as
     * <S> between them do not count) */
    int top = first;
    for (int k = first - 1; k > prev_end; k--) {
        if (lines[k].kind == L_SKIP)
            continue;
        if ((lines[k].kind == L_TEXT && !lines[k].prose && !lines[k].scale &&
             !over_columns(&lines[k], cols)) ||
            stub_year(&lines[k], cols[0].left)) {
            top = k;
            continue;
        }
        /* a label that a page turns in ("Merchandise sales" / <PAGE> /
         * "and services": it goes on in lower case or with a number, or
         * breaks after a comma or semicolon: "at fair value (amortized
         * cost 2020, $6,102,330;" / <PAGE> / "2019, $5,988,214)") begins
         * above the turn */
        int j = k;
        while (j > prev_end && (lines[j].kind == L_BLANK || lines[j].kind == L_SKIP ||
                                (lines[j].kind == L_BOUNDARY && lines[j].tags == TAG_PAGE)))
            j--;
        const line *T = &lines[top], *J = j > prev_end ? &lines[j] : NULL;
        int p = 0, q = J ? J->len : 0;
        while (p < T->len && T->disp[p] == ' ')
            p++;
        while (q > 0 && J->disp[q - 1] == ' ')
            q--;
        int goes_on = p < T->len && ((T->disp[p] >= 'a' && T->disp[p] <= 'z') ||
                                     (T->disp[p] >= '0' && T->disp[p] <= '9'));
        int open = q > 0 && (J->disp[q - 1] == ',' || J->disp[q - 1] == ';');
        if (J && j < k && page_turn(lines, j + 1, first) && (goes_on || open) &&
            J->kind == L_TEXT && !J->prose && !J->scale && !over_columns(J, cols)) {
            top = j;
            k = j;
            continue;
        }
        break;
    }

    /* a double-spaced table (a blank line after most rows, as an HTML
     * page printed as text has) sets its header apart by a blank line
     * more */
    int ndata = 0, nblank = 0;
    for (int k = first; k <= last; k++) {
        ndata += lines[k].kind == L_DATA;
        nblank += lines[k].kind == L_BLANK;
    }
    int dbl = ndata >= 3 && 2 * nblank >= ndata;
    /* header lines, then title lines, upward */
    int hdr[24], nh = 0, mid[24], nm = 0, ntitles = 0;
    int i = top - 1, blanks = 0, gap = 0, sealed = 0, paged = 0;
    while (i > prev_end && top - i < 30) {
        line *L = &lines[i];
        /* above a blank line over header lines that name the period, a
         * line of one run of text that names none, or starts left of the
         * columns, is the title ("(Unaudited)", "FOR THE QUARTERS ENDED
         * MARCH 28, 1998,"): so is all above it. (Runs over several
         * columns are still header: "Domestic    Sears Canada".) */
        if (gap && !sealed && L->kind == L_TEXT && periods_among(lines, hdr, nh)) {
            span ch[2];
            sealed = chunks(L->disp, L->len, ch, 2) == 1 &&
                     (!is_periodish(L) || ch[0].b <= cols[0].left - 8);
        }
        if (L->kind == L_BLANK) {
            gap |= nh > 0;
            /* (blank lines beside a page break are the page's) */
            if (!(nh && page_blank(lines, i, prev_end + 1, top)) &&
                ++blanks >= (nh ? 2 : 3) + dbl)
                break;
        } else if (L->kind == L_BOUNDARY && L->tags == TAG_PAGE &&
                   (!nh || (!paged && header_above(lines, i, prev_end, cols)))) {
            /* a page break between the header and the first row (the
             * header ends a page), or inside the header (its periods on
             * the page before, "(Unaudited)" or the years on this one):
             * the blank lines around it are the page's, not a gap */
            blanks = 0;
            gap = 0;
            paged = 1;
        } else if (L->kind == L_SKIP || L->kind == L_RULE || L->kind == L_DRULE) {
            /* separators inside a header */
        } else if (L->kind == L_BOUNDARY || L->kind == L_DATA || sentence_end(L) ||
                   figures_line(L, cols)) {
            break;
        } else if (!sealed &&
                   (L->kind == L_HEADER ||
                    (L->kind == L_TEXT && !L->prose && (!L->scale || stub_scale(L, cols)) &&
                     over_columns(L, cols) && (!ntitles || is_periodish(L)) &&
                     !(centred_title(L, cols) && periods_among(lines, hdr, nh))))) {
            /* above a title line, or a scale line over the columns, only
             * period text is still header: a centred company name is not
             * ("ACME CORP"), nor a title over one column ("NET SALES BY
             * SEGMENT" over "(In thousands)") */
            if (nh < 24)
                hdr[nh++] = i;
            blanks = 0;
        } else if (L->kind == L_TEXT && !L->prose) {
            if (nm < 24)
                mid[nm++] = i;
            /* a scale note in the stub among the header lines is not a
             * title; one set apart by a blank line is (lines between the
             * header and the body, "Earnings Summary", are below it: the
             * header may go on above) */
            ntitles += nh > 0 && (!L->scale || over_columns(L, cols) || blanks > 0);
            blanks = 0;
        } else {
            break;
        }
        i--;
    }
    /* lines that hang from a paragraph of narrative are its tail */
    if (i > prev_end && lines[i].kind == L_TEXT && lines[i].prose) {
        int pe = paragraph_end(lines, i, top);
        while (nh > 0 && hdr[nh - 1] < pe)
            nh--;
        while (nm > 0 && mid[nm - 1] < pe)
            nm--;
    }
    int htop = nh ? hdr[nh - 1] : top;
    /* stub lines above the topmost header line are titles, not headers */
    int ntitle_mid = 0;
    for (int k = 0; k < nm; k++)
        if (mid[k] < htop)
            ntitle_mid++;
    /* title lines: continue above the header block */
    int ttl[16], nt = 0;
    i = htop - 1;
    blanks = 0;
    /* the stub lines found among/above the header lines come first */
    for (int k = nm - 1; k >= 0; k--)
        if (nt < 16)
            ttl[nt++] = mid[k];
    i = nm ? (mid[nm - 1] < htop ? mid[nm - 1] - 1 : htop - 1) : htop - 1;
    if (i > htop - 1)
        i = htop - 1;
    (void)ntitle_mid;
    int found = 0, turned = 0, nt_turn = 0;
    while (i > prev_end && nt < 16) {
        line *L = &lines[i];
        if (L->kind == L_BLANK) {
            /* title lines sit together; a gap after them ends the title */
            if (++blanks > (found ? 1 : 3))
                break;
        } else if (L->kind == L_SKIP || L->kind == L_RULE || L->kind == L_DRULE ||
                   (L->kind == L_BOUNDARY && !xc_memcasemem(L->orig, L->olen, "<PAGE"))) {
            /* <TABLE>, <CAPTION> between a title and its table */
        } else if (L->kind == L_BOUNDARY && L->tags == TAG_PAGE && !turned &&
                   ((!found && (!nt || in_table_block(lines, i, prev_end))) ||
                    only_scales(lines, ttl, nt))) {
            /* a page break above the header, the title ending the page
             * before (inside a <TABLE> or not), where the table's page
             * holds no title or only its scale notes: the blanks around
             * it are the page's, and the title is the table's where the
             * table's page had its scale notes, or where the title states
             * a scale or a length of time itself (below) */
            blanks = 0;
            turned = 1;
            nt_turn = nt;
        } else if (L->kind == L_TEXT && !L->prose && !sentence_end(L) && !figures_line(L, cols)) {
            int dup = 0;
            for (int k = 0; k < nt; k++)
                dup |= ttl[k] == i;
            if (!dup)
                ttl[nt++] = i;
            found = 1;
            blanks = 0;
            if (nt >= 8)
                break;
        } else {
            break;
        }
        i--;
    }
    if (turned && !nt_turn) {
        /* lines of the page before that state neither a scale nor a
         * length of time are that page's own (a slide's heading, a
         * speaker's name, a date), not this table's: the table's page
         * had none */
        int kept = 0;
        for (int k = nt_turn; k < nt && !kept; k++) {
            xc_period_spec ps;
            xc_period_parse(lines[ttl[k]].disp, &ps);
            kept = lines[ttl[k]].scale || ps.months || ps.weeks;
        }
        if (!kept)
            nt = nt_turn;
    }
    if (i > prev_end && lines[i].kind == L_TEXT && lines[i].prose) {
        /* but a paragraph that ends in a colon introduces the table, and
         * its scale is the table's ("... is as follows (in thousands,
         * except per share amounts):") */
        int pe = paragraph_end(lines, i, top), kept = 0;
        const line *E = &lines[pe - 1];
        int intro = E->label_end > 0 && E->disp[E->label_end - 1] == ':';
        for (int k = 0; k < nt; k++)
            if (ttl[k] >= pe || (intro && lines[ttl[k]].scale))
                ttl[kept++] = ttl[k];
        nt = kept;
    }
    /* titles top to bottom */
    qsort(ttl, (size_t)nt, sizeof(int), cmp_int);
    for (int k = 0; k < nt; k++)
        add_title_line(t, &lines[ttl[k]], ttl[k] + 1 + off);
    if (nt == 0 && prev && same_block) {
        for (size_t k = 0; k < prev->ntitle; k++)
            xc_table_add_title(t, prev->title[k], strlen(prev->title[k]), prev->title_line[k]);
        /* rows that go on after a break with no header of their own, under
         * as many columns, are under the columns above */
        for (int c = 0; nh == 0 && prev->ncols == (size_t)nc && c < nc; c++)
            if (prev->colhead[c][0])
                xc_table_head_append(t, (size_t)c, prev->colhead[c], strlen(prev->colhead[c]));
    }
    for (int k = nh - 1; k >= 0; k--) {
        const line *below = &lines[hdr[k] + 1];
        int rk = below->kind;
        add_header_line(t, &lines[hdr[k]], (rk == L_RULE || rk == L_DRULE) ? below : NULL, cols,
                        nc, hdr[k] + 1 + off);
    }
    t->header_line = nh ? hdr[nh - 1] + 1 + off : 0;
    span sy;
    int stub = stub_year_heading(t, lines, hdr, nh, cols, &sy);

    /* body */
    if (stub >= 0) {
        const line *L = &lines[stub];
        xc_table_add_row(t, XC_ROW_TEXT, L->orig + ocol(L, sy.b),
                         (size_t)(ocol(L, sy.e) - ocol(L, sy.b)), 0, stub + 1 + off, sy.b + 1);
    }
    int where[64];
    for (int k = top; k <= last; k++) {
        line *L = &lines[k];
        int lineno = k + 1 + off;
        switch (L->kind) {
        case L_BLANK:
            if (!page_blank(lines, k, top, last))
                xc_table_add_row(t, XC_ROW_BLANK, NULL, 0, 0, lineno, 1);
            break;
        case L_RULE:
        case L_DRULE:
            xc_table_add_row(t, L->kind == L_DRULE ? XC_ROW_DRULE : XC_ROW_RULE, NULL, 0, 0,
                             lineno, 1);
            break;
        case L_TEXT:
        case L_DATA:
        case L_HEADER: { /* (a year in the stub: stub_year) */
            int lb = L->indent, le = L->kind == L_HEADER ? L->vals[L->nvals - 1].e : L->label_end;
            if (le < lb)
                le = lb;
            const char *ls = L->orig + ocol(L, lb);
            size_t ln = (size_t)(ocol(L, le) - ocol(L, lb));
            xc_row *r = xc_table_add_row(t, L->kind == L_DATA ? XC_ROW_DATA : XC_ROW_TEXT, ls,
                                         ln, L->indent, lineno, L->indent + 1);
            if (L->kind == L_DATA) {
                assign_cells(L, cols, nc, where);
                for (int v = 0; v < L->nvals; v++) {
                    const char *cs = L->orig + ocol(L, L->vals[v].b);
                    size_t cn = (size_t)(ocol(L, L->vals[v].e) - ocol(L, L->vals[v].b));
                    xc_row_set_cell(t, r, (size_t)where[v], cs, cn, lineno, L->vals[v].b + 1);
                }
            }
            break;
        }
        default:
            break;
        }
    }
    t->first_line = top + 1 + off;
    t->last_line = last + 1 + off;
    free(cols);
    return 1;
}

/* Whether a line has text after its first that names periods and starts
 * at column from or right of it ("(In thousands)   Nine Months Ended"). */
static int periods_over(line *L, int from)
{
    span ch[8];
    int n = chunks(L->disp, L->len, ch, 8);
    for (int k = 1; k < n; k++)
        if (ch[k].b >= from)
            return is_periodish(L);
    return 0;
}

/* Whether a line that reads as narrative is instead a long heading inside
 * a table: set tight between a data line above and one below, and ending
 * no sentence ("Weighted average number of shares and equivalent shares
 * (in thousands)"). Narrative stands apart from a table's rows. */
static int heads_rows(const line *lines, int i, int nl)
{
    const line *L = &lines[i];
    int e = L->label_end;
    return i > 0 && i + 1 < nl && lines[i - 1].kind == L_DATA && lines[i + 1].kind == L_DATA &&
           e > 0 && L->disp[e - 1] != '.';
}

/* Where a data line's values begin: a squeezed first value, which may
 * yet turn out to be part of the label, does not count. */
static int first_value(const line *L)
{
    return L->vals[0].squeezed && L->nvals > 1 ? L->vals[1].b : L->vals[0].b;
}

/* Whether L holds only a page number: one to three digits alone on the
 * line, or between dashes ("- 11 -"). */
static int page_number(const line *L)
{
    if (L->kind != L_DATA || L->label_end > 0)
        return 0;
    int digits = 0, other = 0;
    for (int i = 0; i < L->len; i++) {
        char c = L->disp[i];
        if (xc_isdigit((unsigned char)c))
            digits++;
        else if (c != ' ' && c != '-')
            other++;
    }
    return digits >= 1 && digits <= 3 && !other;
}

/* A long line that reads like prose but wraps onto a more indented line
 * below that begins in lower case and ends the heading with a colon, or
 * ends a row's label beside its amounts ("Adjustments to reconcile net
 * income to net cash provided by" / "    operating activities:"), is a
 * heading of the table, not narrative that ends it. */
static void wrapped_headings(line *lines, int nl)
{
    for (int i = 0; i + 1 < nl; i++) {
        line *L = &lines[i];
        const line *N = &lines[i + 1];
        if (L->kind != L_TEXT || !L->prose || N->indent <= L->indent)
            continue;
        if (N->kind == L_TEXT ? N->prose || N->label_end < 1 || N->disp[N->label_end - 1] != ':'
                              : N->kind != L_DATA)
            continue;
        if (N->disp[N->indent] < 'a' || N->disp[N->indent] > 'z')
            continue;
        L->prose = 0;
        L->scale = has_scale_words(L->disp, L->len);
    }
}

/* Page numbers at the foot of a page (the last line before a <PAGE>) or at
 * its head are no rows: marked L_SKIP. So is one set apart by blank lines
 * and followed by no row of numbers, where nothing marks the page break:
 * "   14" below a balance sheet's double rule, then a rule and the next
 * page's heading. */
static void skip_page_numbers(line *lines, int nl)
{
    for (int i = 1; i < nl; i++) {
        if (lines[i - 1].kind != L_BLANK || !page_number(&lines[i]))
            continue;
        int k = i + 1;
        while (k < nl && lines[k].kind == L_BLANK)
            k++;
        if (k == nl || (k > i + 1 && lines[k].kind != L_DATA && lines[k].kind != L_HEADER))
            lines[i].kind = L_SKIP;
    }
    for (int i = 0; i < nl; i++) {
        if (lines[i].kind != L_BOUNDARY || !(lines[i].tags & TAG_PAGE))
            continue;
        for (int dir = -1; dir <= 1; dir += 2) {
            int j = i + dir;
            while (j >= 0 && j < nl && lines[j].kind == L_BLANK)
                j += dir;
            if (j >= 0 && j < nl && page_number(&lines[j]))
                lines[j].kind = L_SKIP;
        }
    }
}

int xc_read_text(const xc_text *text, xc_doc *doc, xc_diag *d)
{
    (void)d;
    size_t nl = text->nlines;
    xc_arena arena = {0}; /* every line's display, column map and values */
    line *lines = xc_xcalloc(nl ? nl : 1, sizeof(line));
    int *block = xc_xcalloc(nl ? nl : 1, sizeof(int));
    int blk = 0;
    for (size_t i = 0; i < nl; i++) {
        size_t b = text->lines[i];
        size_t e = i + 1 < nl ? text->lines[i + 1] : text->len;
        if (e > b && text->data[e - 1] == '\n')
            e--;
        lines[i].orig = text->data + b;
        lines[i].olen = e - b;
    }
    if (memchr(text->data, '\t', text->len)) /* (most releases have none) */
        tab_stops(lines, nl, &arena);
    for (size_t i = 0; i < nl; i++) {
        classify(&lines[i], &arena);
        if (lines[i].boundary_table)
            blk++;
        block[i] = blk;
    }
    skip_page_numbers(lines, (int)nl);
    wrapped_headings(lines, (int)nl);

    /* group data lines into tables */
    int first = -1, last = -1, gap = 0, split = 0, prev_end = -1, prev_blk = -1;
    int vstart = 1 << 30; /* where this table's values begin */
    int found = 0;
    for (size_t ii = 0; ii <= nl; ii++) {
        int i = (int)ii;
        int kind = i < (int)nl ? lines[i].kind : L_BOUNDARY;
        if (kind == L_DATA && first >= 0 && !split) {
            last = i;
            gap = 0;
            if (lines[i].nvals && first_value(&lines[i]) < vstart)
                vstart = first_value(&lines[i]);
            continue;
        }
        if (kind == L_DATA || i == (int)nl) {
            if (first >= 0) {
                int same = doc->ntables && block[first] == prev_blk;
                found += emit_table(doc, lines, first, last, prev_end, same, text->line_offset);
                prev_end = last;
                prev_blk = block[last];
            }
            if (i == (int)nl)
                break;
            first = last = i;
            gap = 0;
            split = 0;
            vstart = lines[i].nvals ? first_value(&lines[i]) : 1 << 30;
            continue;
        }
        if (first < 0)
            continue;
        const line *L = &lines[i];
        /* a page break inside a table's body is no end: rows that go on
         * under its columns, with no header of their own, are its rows */
        int turn = kind == L_BOUNDARY ? page_turn(lines, i, (int)nl) : 0;
        if (turn > 0) {
            /* (nor is it part of a gap) */
            ii += (size_t)(turn - 1);
            continue;
        }
        if (kind == L_BOUNDARY || (kind == L_HEADER && !stub_year(L, vstart - 2)) ||
            (kind == L_TEXT && L->prose && !heads_rows(lines, i, (int)nl)))
            split = 1;
        else if (kind == L_TEXT && ((!L->scale && L->indent >= vstart - 2) ||
                                    periods_over(&lines[i], vstart - 2))) {
            /* text that starts over the value columns is a column header:
             * another table begins */
            split = 1;
        } else if (kind == L_TEXT || kind == L_BLANK) {
            /* (the second blank of a run is a double-spaced table's; a
             * blank beside a page break is the page's) */
            int second = kind == L_BLANK && lines[i - 1].kind == L_BLANK &&
                         (i < 2 || lines[i - 2].kind != L_BLANK);
            if (!second && !(kind == L_BLANK && page_blank(lines, i, first, (int)nl - 1)) &&
                ++gap > 6)
                split = 1;
        }
    }

    xc_arena_free(&arena);
    free(lines);
    free(block);
    return found;
}

int xc_sniff_text(const char *buf, size_t len)
{
    (void)buf;
    (void)len;
    return 10; /* anything readable can be plain text */
}
