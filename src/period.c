/* period.c: see period.h. */
#include "period.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- calendar (Howard Hinnant's days_from_civil) ---- */

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

xc_date xc_date_make(int y, int m, int d)
{
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 ||
        d > days_in_month(y, m))
        return XC_NODATE;
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void xc_date_split(xc_date t, int *y, int *m, int *d)
{
    int z = t + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int yy = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int dd = doy - (153 * mp + 2) / 5 + 1;
    int mm = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (mm <= 2);
    *m = mm;
    *d = dd;
}

char *xc_date_format(xc_date t, char buf[16])
{
    int y, m, d;
    xc_date_split(t, &y, &m, &d);
    if (y < 0 || y > 9999) { /* no date of xc_date_make; kept printable */
        snprintf(buf, 16, "%04d-%02d-%02d", y, m, d);
        return buf;
    }
    /* by hand: every context and every OIM period formats dates */
    buf[0] = (char)('0' + y / 1000);
    buf[1] = (char)('0' + y / 100 % 10);
    buf[2] = (char)('0' + y / 10 % 10);
    buf[3] = (char)('0' + y % 10);
    buf[4] = '-';
    buf[5] = (char)('0' + m / 10);
    buf[6] = (char)('0' + m % 10);
    buf[7] = '-';
    buf[8] = (char)('0' + d / 10);
    buf[9] = (char)('0' + d % 10);
    buf[10] = '\0';
    return buf;
}

/* Up to `width` digits at *p (at least one) into *out; advances *p. */
static int digits(const char **p, int width, int *out)
{
    int v = 0, k = 0;
    while (k < width && **p >= '0' && **p <= '9') {
        v = v * 10 + (**p - '0');
        (*p)++;
        k++;
    }
    *out = v;
    return k > 0;
}

xc_date xc_date_parse_iso(const char *s)
{
    /* "%4d-%2d-%2d" after blanks, by hand: dates of large instances are
     * read 10,000s of times */
    int y, m, d;
    if (!s)
        return XC_NODATE;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    if (!digits(&s, 4, &y) || *s++ != '-' || !digits(&s, 2, &m) || *s++ != '-' ||
        !digits(&s, 2, &d))
        return XC_NODATE;
    return xc_date_make(y, m, d);
}

xc_date xc_date_parse_compact(const char *s)
{
    int y, m, d;
    if (!s)
        return XC_NODATE;
    while (*s == ' ' || *s == '\t')
        s++;
    for (int k = 0; k < 8; k++)
        if (s[k] < '0' || s[k] > '9')
            return XC_NODATE;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[4] - '0') * 10 + (s[5] - '0');
    d = (s[6] - '0') * 10 + (s[7] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return XC_NODATE;
    return xc_date_make(y, m, d);
}

int xc_date_is_month_end(xc_date t)
{
    int y, m, d;
    xc_date_split(t, &y, &m, &d);
    return d == days_in_month(y, m);
}

xc_date xc_date_add_months(xc_date t, int months)
{
    int y, m, d;
    xc_date_split(t, &y, &m, &d);
    int end = d == days_in_month(y, m);
    int idx = y * 12 + (m - 1) + months;
    y = idx / 12;
    m = idx % 12 + 1;
    int dim = days_in_month(y, m);
    if (end || d > dim)
        d = dim;
    return xc_date_make(y, m, d);
}

/* ---- words ---- */

int xc_month_lookup(const char *w, size_t n)
{
    static const char *names[] = {"january", "february", "march",
                                  "april",   "may",      "june",
                                  "july",    "august",   "september",
                                  "october", "november", "december"};
    static const unsigned char lens[] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    while (n > 0 && w[n - 1] == '.')
        n--;
    if (n < 3)
        return 0;
    char c0 = (char)xc_tolower((unsigned char)w[0]);
    for (int i = 0; i < 12; i++) {
        size_t len = lens[i];
        if (n > len || names[i][0] != c0) /* the first letter decides most */
            continue;
        if (xc_strncaseeq(w, names[i], n)) {
            /* full name, or a 3/4-letter abbreviation ("Sept") */
            if (n == len || n <= 4)
                return i + 1;
        }
    }
    return 0;
}

/* w (n bytes) is the lower-case literal lit, in any case; the first
 * letter decides most words without a strlen */
static int lit_eq(const char *w, size_t n, const char *lit)
{
    if (!n || xc_tolower((unsigned char)w[0]) != (unsigned char)lit[0])
        return 0;
    return xc_strncaseeq(w, lit, n) && lit[n] == '\0';
}

int xc_ordinal_suffix(const char *w, size_t n)
{
    return n == 2 && (lit_eq(w, 2, "st") || lit_eq(w, 2, "nd") || lit_eq(w, 2, "rd") ||
                      lit_eq(w, 2, "th"));
}

int xc_ordinal_agrees(unsigned v, const char *w, size_t n)
{
    static const char *const sfx[] = {"th", "st", "nd", "rd"};
    unsigned d = v % 10;
    return lit_eq(w, n, d > 3 || v % 100 / 10 == 1 ? "th" : sfx[d]);
}

/* What a word says in a header, one table for every list the parser
 * knows (sorted by bytes, searched by halves): flags and a number's value. */
enum {
    PW_MONTHS = 1,    /* a length in months: "months", "mos." */
    PW_WEEKS = 2,     /* "weeks", "wks." */
    PW_QUARTER = 4,   /* "quarter", "qtr." */
    PW_YEAR = 8,      /* "year", "annual" */
    PW_PERCENT = 16,  /* "percent", "pct" */
    PW_CHANGE = 32,   /* a change column: "increase", "variance"; or one of
                         estimates ("2001 est.", "Outlook"), no fact either */
    PW_FILLER = 64,   /* says nothing beyond the period: "ended", "the" */
    PW_OTHER = 128,   /* other words only of period headers: "q1", "fy" */
    PW_ORDINAL = 256, /* "first" .. "fourth": num is the place */
    PW_HALF = 512,    /* "half" */
    PW_YTD = 1024,    /* "ytd": from the fiscal year's start */
    PW_INC = 2048,    /* "inc.": an increase before "dec.", else a
                         company's "Inc." */
    PW_TRAILING = 4096 /* "LTM", "TTM": the twelve months to the end named */
};

typedef struct pword {
    const char *w;
    unsigned flags;
    int num; /* "three" 3, "twenty" 20; 0 when not a number */
} pword;

static const pword PWORDS[] = {
    {"accumulated", PW_FILLER, 0},
    {"actual", PW_FILLER, 0},
    {"and", PW_FILLER, 0},
    {"annual", PW_YEAR, 0},
    {"as", PW_FILLER, 0},
    {"at", PW_FILLER, 0},
    {"audited", PW_FILLER | PW_OTHER, 0},
    {"better", PW_CHANGE, 0},
    {"budget", PW_CHANGE, 0},
    {"change", PW_CHANGE | PW_OTHER, 0},
    {"changes", PW_CHANGE, 0},
    {"cumulative", PW_FILLER, 0},
    {"current", PW_FILLER, 0},
    {"date", PW_FILLER, 0},
    {"days", PW_FILLER, 0},
    {"dec.", PW_CHANGE, 0},
    {"decrease", PW_CHANGE | PW_OTHER, 0},
    {"eight", 0, 8},
    {"eighteen", 0, 18},
    {"eleven", 0, 11},
    {"end", PW_FILLER, 0},
    {"ended", PW_FILLER, 0},
    {"ending", PW_FILLER, 0},
    {"est", PW_CHANGE, 0},
    {"est.", PW_CHANGE, 0},
    {"estimate", PW_CHANGE, 0},
    {"estimated", PW_CHANGE, 0},
    {"expected", PW_CHANGE, 0},
    {"fifteen", 0, 15},
    {"fifty", PW_FILLER, 50},
    {"first", PW_FILLER | PW_ORDINAL, 1},
    {"fiscal", PW_FILLER, 0},
    {"five", 0, 5},
    {"for", PW_FILLER, 0},
    {"forecast", PW_CHANGE, 0},
    {"forty", PW_FILLER, 40},
    {"four", 0, 4},
    {"fourteen", 0, 14},
    {"fourth", PW_FILLER | PW_ORDINAL, 4},
    {"from", PW_FILLER, 0},
    {"full", PW_FILLER, 0},
    {"fy", PW_OTHER, 0},
    {"growth", PW_CHANGE, 0},
    {"guidance", PW_CHANGE, 0},
    {"half", PW_FILLER | PW_HALF, 0},
    {"in", PW_FILLER, 0},
    {"inc.", PW_INC, 0},
    {"increase", PW_CHANGE | PW_OTHER, 0},
    {"last", PW_FILLER, 0},
    {"ltm", PW_OTHER | PW_TRAILING, 0},
    {"mo", PW_MONTHS, 0},
    {"mo.", PW_FILLER | PW_MONTHS, 0},
    {"month", PW_FILLER | PW_MONTHS, 0},
    {"months", PW_FILLER | PW_MONTHS, 0},
    {"months'", PW_FILLER, 0},
    {"mos", PW_FILLER | PW_MONTHS | PW_OTHER, 0},
    {"mos.", PW_FILLER | PW_MONTHS, 0},
    {"nine", PW_FILLER, 9},
    {"nineteen", 0, 19},
    {"note", PW_FILLER, 0},
    {"notes", PW_FILLER, 0},
    {"of", PW_FILLER, 0},
    {"on", PW_FILLER, 0},
    {"one", 0, 1},
    {"outlook", PW_CHANGE, 0},
    {"over", PW_CHANGE, 0},
    {"pct", PW_PERCENT, 0},
    {"percent", PW_OTHER | PW_PERCENT, 0},
    {"period", PW_FILLER | PW_OTHER, 0},
    {"periods", PW_FILLER, 0},
    {"plan", PW_CHANGE, 0},
    {"previous", PW_FILLER, 0},
    {"prior", PW_FILLER, 0},
    {"projected", PW_CHANGE, 0},
    {"projection", PW_CHANGE, 0},
    {"q1", PW_OTHER, 0},
    {"q2", PW_OTHER, 0},
    {"q3", PW_OTHER, 0},
    {"q4", PW_OTHER, 0},
    {"qtr", PW_FILLER | PW_OTHER | PW_QUARTER, 0},
    {"qtr.", PW_FILLER | PW_QUARTER, 0},
    {"quarter", PW_FILLER | PW_QUARTER, 0},
    {"quarterly", PW_FILLER | PW_QUARTER, 0},
    {"quarters", PW_FILLER | PW_QUARTER, 0},
    {"second", PW_FILLER | PW_ORDINAL, 2},
    {"sequential", PW_CHANGE, 0},
    {"sequentially", PW_CHANGE, 0},
    {"seven", 0, 7},
    {"seventeen", 0, 17},
    {"six", PW_FILLER, 6},
    {"sixteen", 0, 16},
    {"target", PW_CHANGE, 0},
    {"ten", 0, 10},
    {"the", PW_FILLER, 0},
    {"third", PW_FILLER | PW_ORDINAL, 3},
    {"thirteen", PW_FILLER, 13},
    {"thirty", PW_FILLER, 30},
    {"this", PW_FILLER, 0},
    {"three", PW_FILLER, 3},
    {"through", PW_FILLER, 0},
    {"to", PW_FILLER, 0},
    {"trailing", PW_FILLER | PW_TRAILING, 0},
    {"ttm", PW_OTHER | PW_TRAILING, 0},
    {"twelve", PW_FILLER, 12},
    {"twenty", PW_FILLER, 20},
    {"twenty-six", PW_FILLER, 0},
    {"two", 0, 2},
    {"unaudited", PW_FILLER | PW_OTHER, 0},
    {"var.", PW_CHANGE, 0},
    {"variance", PW_CHANGE, 0},
    {"versus", PW_CHANGE, 0},
    {"vs", PW_CHANGE, 0},
    {"vs.", PW_CHANGE, 0},
    {"week", PW_FILLER | PW_WEEKS, 0},
    {"weeks", PW_FILLER | PW_OTHER | PW_WEEKS, 0},
    {"wks", PW_FILLER | PW_OTHER | PW_WEEKS, 0},
    {"wks.", PW_FILLER | PW_WEEKS, 0},
    {"worse", PW_CHANGE, 0},
    {"year", PW_FILLER | PW_YEAR, 0},
    {"years", PW_FILLER | PW_YEAR, 0},
    {"yoy", PW_CHANGE, 0},
    {"ytd", PW_FILLER | PW_OTHER | PW_YTD, 0},
};

/* The table's entry for w (n bytes, any case), or NULL. */
static const pword *pword_of(const char *w, size_t n)
{
    char low[16];
    if (n == 0 || n >= sizeof(low))
        return NULL;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)xc_tolower((unsigned char)w[i]);
    low[n] = '\0';
    /* by halves; the first letter decides most steps without a strcmp */
    size_t lo = 0, hi = sizeof(PWORDS) / sizeof(PWORDS[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *e = PWORDS[mid].w;
        int c = (unsigned char)low[0] - (unsigned char)e[0];
        if (!c)
            c = strcmp(low + 1, e + 1);
        if (!c)
            return &PWORDS[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static unsigned pw_flags(const pword *p)
{
    return p ? p->flags : 0;
}

/* "twenty-six" / "thirty nine" are handled by the caller adding tens and
 * units; here one word */
static int number_word(const char *w, size_t n)
{
    const pword *p = pword_of(w, n);
    return p && !(p->flags & PW_ORDINAL) ? p->num : 0;
}

typedef struct tok {
    const char *s;
    size_t n;
    int kind; /* 'w' word, 'n' number, 'd' slash/iso date, 'p' punct */
} tok;

#define MAXTOK 96

static int tokenize(const char *text, tok *t)
{
    int nt = 0;
    const char *p = text;
    while (*p && nt < MAXTOK) {
        unsigned char c = (unsigned char)*p;
        if (xc_isspace(c)) {
            p++;
        } else if (xc_isalpha(c)) {
            const char *q = p;
            while (xc_isalpha((unsigned char)*q) ||
                   (*q == '\'' && !xc_isdigit((unsigned char)q[1]))) /* not YTD'24 */
                q++;
            if (*q == '.') /* "Mos." "Sept." */
                q++;
            t[nt].s = p;
            t[nt].n = (size_t)(q - p);
            t[nt++].kind = 'w';
            p = q;
        } else if (xc_isdigit(c)) {
            const char *q = p;
            int slash = 0, dash = 0;
            /* "Q4-24", "Q4/2024": a quarter's figure, then its year */
            int place = nt > 0 && t[nt - 1].kind == 'w' && t[nt - 1].n == 1 &&
                        t[nt - 1].s + 1 == p &&
                        (xc_tolower((unsigned char)t[nt - 1].s[0]) == 'q' ||
                         xc_tolower((unsigned char)t[nt - 1].s[0]) == 'h') &&
                        !xc_isdigit((unsigned char)p[1]);
            while (xc_isdigit((unsigned char)*q) ||
                   (!place &&
                    (*q == '/' || *q == '-') && xc_isdigit((unsigned char)q[1]))) {
                if (*q == '/')
                    slash++;
                if (*q == '-')
                    dash++;
                q++;
            }
            t[nt].s = p;
            t[nt].n = (size_t)(q - p);
            t[nt++].kind = (slash || dash) ? 'd' : 'n';
            p = q;
        } else {
            /* a typographic apostrophe ("Q3\u201904") is one mark */
            size_t n = (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
                               ((unsigned char)p[2] == 0x98 || (unsigned char)p[2] == 0x99)
                           ? 3
                           : 1;
            t[nt].s = p;
            t[nt].n = n;
            t[nt++].kind = 'p';
            p += n;
        }
    }
    return nt;
}

/* Whether t is an apostrophe, ASCII or typographic ("'04", "\u201904"). */
static int apostrophe(const tok *t)
{
    return t->kind == 'p' && (t->s[0] == '\'' || t->n == 3);
}

/* b follows a with nothing between ("Q3", "3Q", "FY24", "9M") */
static int adjacent(const tok *a, const tok *b)
{
    return a->s + a->n == b->s;
}

/* t[i] is the one letter c, in any case */
static int letter(const tok *t, char c)
{
    return t->kind == 'w' && t->n == 1 && xc_tolower((unsigned char)t->s[0]) == c;
}

static int to_int(const tok *t)
{
    int v = 0;
    for (size_t i = 0; i < t->n && i < 9; i++)
        if (xc_isdigit((unsigned char)t->s[i]))
            v = v * 10 + (t->s[i] - '0');
    return v;
}

static int fix_year(int y, size_t ndigits)
{
    if (ndigits == 2)
        return y < 50 ? 2000 + y : 1900 + y;
    return y;
}

/* "12/31/00", "12/31/2000", "2004-04-04" */
static xc_date slash_date(const tok *t, int *y_out)
{
    int a = 0, b = 0, c = 0, na = 0, nb = 0, nc = 0, part = 0;
    char sep = 0;
    for (size_t i = 0; i < t->n; i++) {
        char ch = t->s[i];
        if (ch == '/' || ch == '-') {
            if (sep && ch != sep)
                return XC_NODATE;
            sep = ch;
            part++;
            continue;
        }
        int d = ch - '0';
        if (na > 4 || nb > 2 || nc > 4)
            return XC_NODATE; /* a long number, not a date */
        if (part == 0) {
            a = a * 10 + d;
            na++;
        } else if (part == 1) {
            b = b * 10 + d;
            nb++;
        } else {
            c = c * 10 + d;
            nc++;
        }
    }
    if (part != 2)
        return XC_NODATE;
    if (na == 4) { /* ISO */
        *y_out = a;
        return xc_date_make(a, b, c);
    }
    if (nc != 2 && nc != 4)
        return XC_NODATE;
    int y = fix_year(c, (size_t)nc);
    *y_out = y;
    return xc_date_make(y, a, b);
}

/* The year written after a quarter or half that ends at t[i], as two
 * figures: "3Q24", "Q4-24", "Q4/24", "Q4 24" (a number with no word after
 * it: "Q4 13 Weeks" is no year). Returns the index of its last token. */
static int year_after(const tok *t, int nt, int i, int *years, int *ny)
{
    int j = i + 1;
    if (j + 1 < nt && t[j].kind == 'p' && (t[j].s[0] == '-' || t[j].s[0] == '/') &&
        adjacent(&t[i], &t[j]) && adjacent(&t[j], &t[j + 1]))
        j++;
    else if (!(j < nt && (adjacent(&t[i], &t[j]) || j + 1 == nt || t[j + 1].kind != 'w')))
        return i;
    if (t[j].kind != 'n' || t[j].n != 2)
        return i;
    if (*ny < 8)
        years[(*ny)++] = fix_year(to_int(&t[j]), 2);
    return j;
}

/* Records a length the text states, in order: two different ones are a
 * pair ("Three and Six Months", "Quarter and Year"). */
static void add_length(xc_period_spec *out, int months, int weeks)
{
    for (int k = 0; k < out->nlengths; k++)
        if (out->lengths[k][0] == months && out->lengths[k][1] == weeks)
            return;
    if (out->nlengths < 2) {
        out->lengths[out->nlengths][0] = months;
        out->lengths[out->nlengths][1] = weeks;
    }
    out->nlengths++;
}

/* An ordinal ("Third", "3rd") that places the quarter or half before or
 * after it: "2011 Quarter" over "First" is the first quarter. */
static void placed_by(xc_period_spec *out, int v, int *place, int *unplaced)
{
    *place = v;
    if (*unplaced && !out->quarter && v <= 12 / *unplaced) {
        out->quarter = v * *unplaced / 3;
        *place = *unplaced = 0;
    }
}

void xc_period_parse(const char *text, xc_period_spec *out)
{
    memset(out, 0, sizeof(*out));
    out->end = XC_NODATE;
    tok t[MAXTOK];
    int nt = tokenize(text, t);
    xc_date dates[8];
    int dyears[8], nd = 0;
    unsigned dayless = 0; /* bit i: dates[i] printed no day */
    int years[8], ny = 0;
    int first_date = -1, last_year = -1; /* (token indexes) */
    int pct = 0, change = 0, pct_of = 0;
    int versus = 0; /* the header opens "vs." */
    int pending = 0; /* a number that may be a length */
    int place = 0;   /* an ordinal that may place a quarter or half */
    int unplaced = 0; /* a "Quarter" (3) or "Half" (6) no ordinal placed, which
                         one after it may ("2011 Quarter" over "First") */
    int fiscal = 0;  /* "FY 2024", "FY24", "Fiscal 2024": a fiscal year */
    int range = 0;   /* "through" or "to" after a date, before a month */
    int trailing = 0; /* "Q2'FY24 LTM": twelve months to that quarter's end */
    int earlier = 0;  /* a number before "and" that a later length word takes
                         ("Three and Six Months": 3) */

    for (int i = 0; i < nt; i++) {
        const tok *k = &t[i];
        /* "2025E": a year's estimate, no fact (as "2025 est." is) */
        if (k->kind == 'w' && k->n == 1 && (k->s[0] | 32) == 'e' && i > 0 &&
            t[i - 1].kind == 'n' && (t[i - 1].n == 4 || t[i - 1].n == 2) &&
            adjacent(&t[i - 1], k)) {
            change = 1;
            continue;
        }
        if (k->kind == 'w') {
            int m = xc_month_lookup(k->s, k->n);
            /* "May" is also a word, but in a header it is the month */
            if (m && i + 1 < nt && t[i + 1].kind == 'n' && t[i + 1].n <= 2) {
                int day = to_int(&t[i + 1]);
                int j = i + 2, y = 0;
                /* "April 4th": the ordinal's letters are the day's */
                if (j < nt && t[j].kind == 'w' && adjacent(&t[j - 1], &t[j]) &&
                    xc_ordinal_suffix(t[j].s, t[j].n))
                    j++;
                int last = j - 1; /* the day's last token */
                if (j < nt && t[j].kind == 'p' && t[j].s[0] == ',')
                    j++;
                if (j < nt && t[j].kind == 'n' && t[j].n == 4) {
                    y = to_int(&t[j]);
                    i = j;
                } else if (j > last + 1 && j < nt && t[j].kind == 'n' && t[j].n == 2) {
                    y = fix_year(to_int(&t[j]), 2); /* "Jan. 31, 26" */
                    i = j;
                } else {
                    i = last;
                }
                /* the end of a range: what came before is its first day */
                if (range && !out->from_month && (nd || out->month)) {
                    if (nd) {
                        int fy, fm, fd;
                        xc_date_split(dates[--nd], &fy, &fm, &fd);
                        out->from_year = fy;
                        out->from_month = fm;
                        out->from_day = fd;
                        first_date = nd ? first_date : -1;
                    } else {
                        out->from_month = out->month;
                        out->from_day = out->day;
                        out->month = 0;
                    }
                }
                range = 0;
                if (y && nd < 8) {
                    xc_date dt = xc_date_make(y, m, day);
                    if (dt != XC_NODATE) {
                        first_date = first_date < 0 ? i : first_date;
                        dyears[nd] = y;
                        dates[nd++] = dt;
                    }
                } else if (!out->month) {
                    out->month = m;
                    out->day = day;
                }
                continue;
            }
            /* "31-Dec-25", "Dec-25", "31-Dec-2025": a spreadsheet's dates
             * (the month's last day when no day is written) */
            if (m && i + 2 < nt && t[i + 1].kind == 'p' && t[i + 1].s[0] == '-' &&
                adjacent(&t[i + 1], &t[i + 2]) && t[i + 2].kind == 'n' &&
                (t[i + 2].n == 2 || t[i + 2].n == 4) && nd < 8) {
                int y = fix_year(to_int(&t[i + 2]), t[i + 2].n);
                int day = 0;
                if (i >= 2 && t[i - 1].kind == 'p' && t[i - 1].s[0] == '-' &&
                    t[i - 2].kind == 'n' && t[i - 2].n <= 2 && adjacent(&t[i - 2], &t[i - 1]))
                    day = to_int(&t[i - 2]);
                xc_date dt = xc_date_make(y, m, day ? day : 1);
                if (dt != XC_NODATE) {
                    if (!day) {
                        dt = xc_date_add_months(dt, 1) - 1;
                        dayless |= 1u << nd;
                    }
                    first_date = first_date < 0 ? i : first_date;
                    dyears[nd] = y;
                    dates[nd++] = dt;
                }
                pending = 0;
                i += 2;
                continue;
            }
            /* "4-Apr" (over "2004"): a spreadsheet's day and month */
            int dday = m && i >= 2 && t[i - 1].kind == 'p' && t[i - 1].s[0] == '-' &&
                               t[i - 2].kind == 'n' && t[i - 2].n <= 2 &&
                               adjacent(&t[i - 2], &t[i - 1]) && adjacent(&t[i - 1], k)
                           ? to_int(&t[i - 2])
                           : 0;
            if (dday && !out->month && !(i + 1 < nt && t[i + 1].kind == 'n')) {
                out->month = m;
                out->day = dday;
                pending = 0;
                continue;
            }
            if (m && i + 1 < nt && t[i + 1].kind == 'n' && t[i + 1].n == 4) {
                /* "March 2004": the month's last day ("4-Apr 2004": the 4th) */
                int y = to_int(&t[i + 1]);
                xc_date dt = xc_date_make(y, m, dday ? dday : 1);
                if (dt != XC_NODATE && nd < 8) {
                    if (!dday) {
                        dt = xc_date_add_months(dt, 1) - 1;
                        dayless |= 1u << nd;
                    }
                    pending = 0;
                    first_date = first_date < 0 ? i : first_date;
                    dyears[nd] = y;
                    dates[nd++] = dt;
                }
                i++;
                continue;
            }
            if (m && !out->month) {
                out->month = m;
                continue;
            }
            /* "Q3", "H1": a quarter or half by its place; "FY24" a year */
            if ((letter(k, 'q') || letter(k, 'h')) && i + 1 < nt && t[i + 1].kind == 'n' &&
                t[i + 1].n == 1 && adjacent(k, &t[i + 1])) {
                int v = to_int(&t[i + 1]), q = letter(k, 'q');
                if (v >= 1 && v <= (q ? 4 : 2)) {
                    out->quarter = q ? v : 2 * v;
                    if (!out->months)
                        out->months = q ? 3 : 6;
                    i = year_after(t, nt, i + 1, years, &ny);
                    continue;
                }
            }
            if ((k->n == 2 && lit_eq(k->s, k->n, "fy")) ||
                (lit_eq(k->s, k->n, "fiscal") && i + 1 < nt && t[i + 1].kind == 'n'))
                fiscal = 1;
            if (k->n == 2 && lit_eq(k->s, k->n, "fy") && i + 1 < nt && t[i + 1].kind == 'n' &&
                t[i + 1].n == 2) {
                if (ny < 8)
                    years[ny++] = fix_year(to_int(&t[i + 1]), 2); /* FY24, FY 24 */
                i++;
                continue;
            }
            if ((nd || out->month) && i + 1 < nt && t[i + 1].kind == 'w' &&
                xc_month_lookup(t[i + 1].s, t[i + 1].n) &&
                (lit_eq(k->s, k->n, "through") || lit_eq(k->s, k->n, "thru") ||
                 lit_eq(k->s, k->n, "to"))) {
                range = 1;
                continue;
            }
            const pword *pw = pword_of(k->s, k->n);
            unsigned fl = pw_flags(pw);
            if (fl & PW_ORDINAL) {
                placed_by(out, pw->num, &place, &unplaced);
                continue;
            }
            if (fl & PW_TRAILING) {
                trailing = 1;
                continue;
            }
            if (fl & PW_YTD)
                out->ytd = 1;
            int nw = pw ? pw->num : 0;
            if (nw) {
                /* "twenty-six" / "thirty nine" */
                if (nw >= 20 && i + 2 < nt && t[i + 1].kind == 'p' &&
                    t[i + 1].s[0] == '-' && t[i + 2].kind == 'w') {
                    int u = number_word(t[i + 2].s, t[i + 2].n);
                    if (u && u < 10) {
                        nw += u;
                        i += 2;
                    }
                } else if (nw >= 20 && i + 1 < nt && t[i + 1].kind == 'w') {
                    int u = number_word(t[i + 1].s, t[i + 1].n);
                    if (u && u < 10) {
                        nw += u;
                        i += 1;
                    }
                }
                pending = nw;
                continue;
            }
            if (fl & PW_MONTHS) {
                if (earlier && pending)
                    add_length(out, earlier, 0);
                if (pending) {
                    out->months = pending;
                    add_length(out, pending, 0);
                } else if (!out->months && lit_eq(t[i].s, t[i].n, "month")) { /* "Month Ended" */
                    out->months = 1;
                }
                pending = earlier = 0;
                continue;
            }
            if (fl & PW_WEEKS) {
                if (earlier && pending)
                    add_length(out, 0, earlier);
                if (pending) {
                    out->weeks = pending;
                    add_length(out, 0, pending);
                }
                pending = earlier = 0;
                continue;
            }
            if (fl & PW_QUARTER) {
                int qm = pending > 1 && pending <= 4 ? 3 * pending : 3;
                add_length(out, qm, 0);
                if (!out->months)
                    out->months = qm;
                if (place && !out->quarter) /* "Third Quarter" */
                    out->quarter = place;
                unplaced = place ? 0 : 3;
                pending = place = 0;
                continue;
            }
            if (fl & PW_HALF) {
                add_length(out, 6, 0);
                if (!out->months)
                    out->months = 6;
                if (place == 1 || place == 2) /* "First Half" */
                    out->quarter = 2 * place;
                unplaced = place ? 0 : 6;
                pending = place = 0;
                continue;
            }
            if (fl & PW_YEAR) {
                /* "Prior Year", "Current Year": which year, not how long
                 * (the title says that: "For the Quarter Ended ...") */
                const tok *b = i > 0 ? &t[i - 1] : NULL;
                if (b && b->kind == 'w' &&
                    (lit_eq(b->s, b->n, "prior") || lit_eq(b->s, b->n, "last") ||
                     lit_eq(b->s, b->n, "previous") || lit_eq(b->s, b->n, "current") ||
                     lit_eq(b->s, b->n, "this"))) {
                    out->relative = lit_eq(b->s, b->n, "current") || lit_eq(b->s, b->n, "this")
                                        ? 1
                                        : 2;
                    pending = 0;
                    continue;
                }
                /* "Year to date", "Year-to-Date" is not a year */
                int j = i + 1;
                if (j < nt && t[j].kind == 'p' && t[j].s[0] == '-')
                    j++;
                if (j + 1 < nt && lit_eq(t[j].s, t[j].n, "to")) {
                    out->ytd = 1;
                } else {
                    add_length(out, 12, 0);
                    if (!out->months && !out->weeks)
                        out->months = 12;
                }
                pending = 0;
                continue;
            }
            if (fl & PW_PERCENT) {
                pct = 1;
                continue;
            }
            if (fl & PW_CHANGE) {
                /* (a header that opens "vs." may name the period compared
                 * with: "vs. Q3 2025" beside "Q3 2026" and "Change") */
                if (i == 0 && (lit_eq(k->s, k->n, "vs") || lit_eq(k->s, k->n, "vs.") ||
                               lit_eq(k->s, k->n, "versus")))
                    versus = 1;
                else
                    change = 1;
                continue;
            }
            if (fl & PW_INC) {
                /* "Inc. (Dec.)"; "Inc." alone is a company's */
                for (int j = i + 1; j < nt && j <= i + 3; j++)
                    if (t[j].kind == 'w' && (lit_eq(t[j].s, t[j].n, "dec") ||
                                             lit_eq(t[j].s, t[j].n, "dec.")))
                        change = 1;
                continue;
            }
            if (lit_eq(k->s, k->n, "of") && pct) {
                pct_of = 1;
                continue;
            }
            if (!(fl & (PW_FILLER | PW_OTHER)))
                out->has_words = 1;
            /* ("Three and Six Months": the three waits for its word) */
            earlier = pending && lit_eq(k->s, k->n, "and") ? pending : 0;
            pending = 0;
        } else if (k->kind == 'n') {
            int v = to_int(k);
            if (k->n == 4 && v >= 1900 && v <= 2100) {
                if (ny < 8)
                    years[ny++] = v;
                last_year = i;
                pending = 0;
            } else if (k->n == 2 && i > 0 && apostrophe(&t[i - 1])) {
                if (ny < 8)
                    years[ny++] = fix_year(v, 2); /* '04 */
            } else if (v >= 1 && v <= 4 && i + 1 < nt && t[i + 1].kind == 'w' &&
                       (adjacent(k, &t[i + 1]) ? xc_ordinal_suffix(t[i + 1].s, t[i + 1].n)
                                               : t[i + 1].s == k->s + k->n + 1 &&
                                                     xc_ordinal_agrees((unsigned)v, t[i + 1].s,
                                                                       t[i + 1].n))) {
                /* "1st Quarter", "2nd Half": an ordinal in figures (and
                 * "2 nd Quarter", its letters a superscript set apart) */
                placed_by(out, v, &place, &unplaced);
                i++;
                pending = 0;
            } else {
                pending = v;
                /* "1Q04", "4Q", "3Q 2024", "1H24": a quarter or half by its
                 * place, and a year written after it */
                int q = i + 1 < nt && t[i + 1].kind == 'w' &&
                        (t[i + 1].s[0] == 'Q' || t[i + 1].s[0] == 'q') && t[i + 1].n <= 3 &&
                        v >= 1 && v <= 4;
                int h = i + 1 < nt && letter(&t[i + 1], 'h') && adjacent(k, &t[i + 1]) &&
                        v >= 1 && v <= 2;
                if (q || h) {
                    out->quarter = q ? v : 2 * v;
                    if (!out->months)
                        out->months = q ? 3 : 6;
                    i++;
                    pending = 0;
                } else if (i + 1 < nt && letter(&t[i + 1], 'm') && adjacent(k, &t[i + 1]) &&
                           v >= 1 && v <= 12) {
                    /* "9M 2024": nine months */
                    if (!out->months)
                        out->months = v;
                    i++;
                    pending = 0;
                }
                /* "3Q24", "9M24": the year written after the letter */
                if (!pending)
                    i = year_after(t, nt, i, years, &ny);
            }
        } else if (k->kind == 'd') {
            int y = 0;
            xc_date dt = slash_date(k, &y);
            if (dt != XC_NODATE && nd < 8) {
                first_date = first_date < 0 ? i : first_date;
                dyears[nd] = y;
                dates[nd++] = dt;
            }
            pending = 0;
        } else {
            if (k->s[0] == '&' && pending)
                earlier = pending; /* ("13 & 26 Weeks") */
            else if (k->s[0] == '%')
                pct = 1;
            else if (k->s[0] == '$' && change)
                change = 1;
        }
    }

    /* a fiscal year named alone is twelve months ("FY 2024"); a quarter
     * or a year to date in it says otherwise ("Q4 FY24") */
    if (fiscal && !out->months && !out->weeks && !out->quarter && !out->ytd)
        out->months = 12;
    if (trailing) {
        out->months = 12;
        out->weeks = 0;
    }
    out->ndates = nd;
    if (nd > 0) {
        int pick = 0, found = 0;
        /* a separate year picks the date of that year ("July 3, 2004 and
         * June 28, 2003 ... 2003"), or moves the date to it ("Quarter Ended
         * March 31, 2004" over a "2003" column); a year named before the
         * date does not ("Fiscal 2009 - Quarter 1 ... ended July 25, 2008") */
        if (ny > 0 && (last_year < 0 || first_date < 0 || last_year > first_date)) {
            for (int i = 0; i < nd && !found; i++)
                if (dyears[i] == years[ny - 1]) {
                    pick = i;
                    found = 1;
                }
            if (!found) {
                int y, m, d;
                xc_date_split(dates[0], &y, &m, &d);
                xc_date moved = xc_date_make(years[ny - 1], m, d);
                if (moved == XC_NODATE && m == 2 && d == 29)
                    moved = xc_date_make(years[ny - 1], 2, 28);
                if (moved != XC_NODATE) {
                    dates[0] = moved;
                    out->moved = y - years[ny - 1];
                }
            }
        }
        out->end = dates[pick];
        out->dayless = (dayless >> pick) & 1;
        int y, m, d;
        xc_date_split(out->end, &y, &m, &d);
        out->year = y;
        out->month = m;
        out->day = d;
    } else if (ny > 0) {
        out->year = years[ny - 1];
        if (out->month && out->day)
            out->end = xc_date_make(out->year, out->month, out->day);
        else if (out->month) {
            xc_date f = xc_date_make(out->year, out->month, 1);
            if (f != XC_NODATE)
                out->end = xc_date_add_months(f, 1) - 1;
            out->day = 0;
            out->dayless = 1;
        }
    }
    /* a change or percentage column may name its years ("2004 vs. 2003
     * % Change"): the years are kept, the column is not a period; one
     * that opens "vs." is the period it names, where it names one */
    if (versus && (nd + ny != 1 || pct))
        change = 1;
    if (pct_of)
        out->kind = XC_COL_PERCENT;
    else if (pct || change)
        out->kind = XC_COL_CHANGE;
    else if (out->year)
        out->kind = XC_COL_PERIOD;
}

xc_date xc_date_find(const char *text)
{
    tok t[MAXTOK];
    int nt = tokenize(text, t);
    for (int i = 0; i < nt; i++) {
        if (t[i].kind == 'w') {
            int m = xc_month_lookup(t[i].s, t[i].n);
            if (m && i + 1 < nt && t[i + 1].kind == 'n' && t[i + 1].n <= 2) {
                int j = i + 2;
                if (j < nt && t[j].kind == 'p' && t[j].s[0] == ',')
                    j++;
                if (j < nt && t[j].kind == 'n' && t[j].n == 4) {
                    xc_date d =
                        xc_date_make(to_int(&t[j]), m, to_int(&t[i + 1]));
                    if (d != XC_NODATE)
                        return d;
                }
            }
        } else if (t[i].kind == 'd') {
            int y;
            xc_date d = slash_date(&t[i], &y);
            if (d != XC_NODATE)
                return d;
        }
    }
    return XC_NODATE;
}

int xc_period_names_time(const char *w, size_t n)
{
    while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ','))
        n--;
    if (n == 0)
        return 0;
    if (xc_month_lookup(w, n))
        return 1;
    unsigned f = pw_flags(pword_of(w, n));
    if (f & (PW_MONTHS | PW_WEEKS | PW_QUARTER | PW_YEAR | PW_HALF | PW_YTD))
        return 1;
    /* "FY", "Q1".."Q4" */
    return (f & PW_OTHER) && !(f & (PW_FILLER | PW_CHANGE | PW_PERCENT));
}

int xc_period_is_word(const char *w, size_t n)
{
    if (xc_month_lookup(w, n) || number_word(w, n))
        return 1;
    /* "Thirty-Nine" */
    const char *dash = memchr(w, '-', n);
    if (dash && number_word(w, (size_t)(dash - w)) &&
        number_word(dash + 1, n - (size_t)(dash - w) - 1))
        return 1;
    /* "Year-to-Date", "Twelve-Month": every part a period word */
    if (dash) {
        const char *p = w, *e = w + n;
        while (p < e) {
            const char *q = memchr(p, '-', (size_t)(e - p));
            if (!q)
                q = e;
            if (q == p || !xc_period_is_word(p, (size_t)(q - p)))
                return 0;
            p = q + 1;
        }
        return 1;
    }
    while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ','))
        n--;
    if (n == 0)
        return 1;
    return (pw_flags(pword_of(w, n)) & (PW_FILLER | PW_OTHER)) != 0;
}
