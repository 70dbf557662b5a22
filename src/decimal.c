/* decimal.c: see decimal.h. */
#include "decimal.h"
#include "diag.h"
#include "util.h"

#include <string.h>

static const int64_t POW10[19] = {1LL,
                                  10LL,
                                  100LL,
                                  1000LL,
                                  10000LL,
                                  100000LL,
                                  1000000LL,
                                  10000000LL,
                                  100000000LL,
                                  1000000000LL,
                                  10000000000LL,
                                  100000000000LL,
                                  1000000000000LL,
                                  10000000000000LL,
                                  100000000000000LL,
                                  1000000000000000LL,
                                  10000000000000000LL,
                                  100000000000000000LL,
                                  1000000000000000000LL};

static int mul_ok(int64_t a, int64_t b, int64_t *out)
{
    return !__builtin_mul_overflow(a, b, out);
}

/* Dashes that mean "nothing" in a table cell: ASCII hyphens, the
 * Unicode hyphen, non-breaking hyphen and figure dash, en dash, em dash,
 * horizontal bar (UTF-8, U+2010 to U+2015). Returns the byte length
 * matched. */
static size_t dash_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && u[0] == '-')
        return 1;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
        return 3;
    return 0;
}

/* A blank at s (n >= 1): ASCII white space, or a no-break, figure, thin
 * or narrow no-break space (UTF-8), as typesetting puts between "$" and
 * digits or before a closing parenthesis. Returns the byte length matched.
 * Most cells are ASCII: one test decides. */
static inline size_t blank_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80)
        return xc_isspace(u[0]) ? 1 : 0;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x87 || u[2] == 0x89 || u[2] == 0xAF))
        return 3;
    return 0;
}

/* The length of the blank that ends the n >= 1 bytes at s, else 0. */
static inline size_t blank_before(const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[n - 1];
    if (c < 0x80)
        return xc_isspace(c) ? 1 : 0;
    if (n >= 2 && c == 0xA0 && (unsigned char)s[n - 2] == 0xC2)
        return 2;
    if (n >= 3 && blank_at(s + n - 3, 3) == 3)
        return 3;
    return 0;
}

/* "-", U+2212 MINUS SIGN, or a hyphen or dash set as a minus: U+2010
 * HYPHEN, U+2011 NON-BREAKING HYPHEN (which word processors keep from
 * parting from the digits), U+2012 FIGURE DASH, U+2013 EN DASH
 * ("\u20131,234"; the caller asks for a digit after it) */
static size_t minus_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && u[0] == '-')
        return 1;
    if (n >= 3 && u[0] == 0xE2 &&
        ((u[1] == 0x88 && u[2] == 0x92) || (u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x93)))
        return 3;
    return 0;
}

size_t xc_number_marks(const char *s, size_t n)
{
    size_t end = n;
    for (int marks = 0; marks < 3 && end > 1 && s[end - 1] == '*'; marks++)
        end--;
    if (end > 3 && s[end - 1] == ')') {
        size_t o = end - 2;
        while (o > 0 && o + 5 > end && xc_isalnum((unsigned char)s[o]))
            o--;
        size_t b = o;
        while (b > 0 && xc_isspace((unsigned char)s[b - 1]))
            b--;
        if (s[o] == '(' && o + 2 < end && o + 5 >= end && b > 0 &&
            (xc_isdigit((unsigned char)s[b - 1]) || s[b - 1] == '%' || s[b - 1] == ')'))
            end = b;
    }
    return end;
}

int xc_year_token(const char *s, size_t n)
{
    n = xc_number_marks(s, n);
    if (n != 4)
        return 0;
    int y = 0;
    for (size_t k = 0; k < 4; k++) {
        if (!xc_isdigit((unsigned char)s[k]))
            return 0;
        y = y * 10 + (s[k] - '0');
    }
    return y >= 1900 && y <= 2100 ? y : 0;
}

int xc_has_year(const char *text)
{
    for (const char *p = text; *p;) {
        if (!xc_isdigit((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *b = p;
        while (xc_isdigit((unsigned char)*p))
            p++;
        if (p - b == 4 && xc_year_token(b, 4))
            return 1;
    }
    return 0;
}

/* Whether a currency sign may start with byte c: "$", a capital, UTF-8. */
static inline int maybe_sign(char c)
{
    return c == '$' || (c >= 'A' && c <= 'Z') || (unsigned char)c >= 0xC0;
}

size_t xc_currency_sign(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n && u[0] == '$')
        return 1;
    /* U+00A3 pound, U+00A5 yen; U+20A0..U+20BF (euro, rupee, won...) */
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xA3 || u[1] == 0xA5))
        return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x82 && u[2] >= 0xA0 && u[2] <= 0xBF)
        return 3;
    size_t k = 0;
    while (k < n && k < 3 && s[k] >= 'A' && s[k] <= 'Z')
        k++;
    return k && k < n && s[k] == '$' ? k + 1 : 0;
}

/* A vulgar fraction that ends s[i..end): "1/2", "3/8" (a denominator a
 * price or dividend is quoted in, so that no date "3/31" reads so) alone
 * or after the whole part and a blank or hyphen ("45 3/8", "$.07 1/3",
 * "45-3/8"), or one of Unicode's ("\u00bd", "\u2153"). Sets *num and *den
 * and returns where the whole part ends; returns end when there is none. */
static size_t fraction_at(const char *s, size_t i, size_t end, int *num, int *den)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t w = end;
    *num = *den = 0;
    if (end - i >= 2 && u[end - 2] == 0xC2 && u[end - 1] >= 0xBC && u[end - 1] <= 0xBE) {
        static const int N[] = {1, 1, 3}, D[] = {4, 2, 4};
        *num = N[u[end - 1] - 0xBC];
        *den = D[u[end - 1] - 0xBC];
        w = end - 2;
    } else if (end - i >= 3 && u[end - 3] == 0xE2 && u[end - 2] == 0x85 && u[end - 1] >= 0x90 &&
               u[end - 1] <= 0x9E) {
        /* U+2150..U+215E: 1/7 1/9 1/10 1/3 2/3 1/5 2/5 3/5 4/5 1/6 5/6 1/8 3/8 5/8 7/8 */
        static const int N[] = {1, 1, 1, 1, 2, 1, 2, 3, 4, 1, 5, 1, 3, 5, 7};
        static const int D[] = {7, 9, 10, 3, 3, 5, 5, 5, 5, 6, 6, 8, 8, 8, 8};
        *num = N[u[end - 1] - 0x90];
        *den = D[u[end - 1] - 0x90];
        w = end - 3;
    } else {
        size_t j = end;
        int d = 0, p = 1, nn = 0;
        for (; j > i && end - j < 2 && xc_isdigit(u[j - 1]); p *= 10)
            d += (u[--j] - '0') * p;
        if (j == end || j == i || u[j - 1] != '/' ||
            !(d == 2 || d == 3 || d == 4 || d == 8 || d == 16 || d == 32 || d == 64))
            return end;
        size_t k = --j;
        for (p = 1; j > i && k - j < 2 && xc_isdigit(u[j - 1]); p *= 10)
            nn += (u[--j] - '0') * p;
        if (j == k || nn == 0 || nn >= d)
            return end;
        if (j > i && !((u[j - 1] == ' ' || u[j - 1] == '-') && j - 1 > i &&
                       (xc_isdigit(u[j - 2]) || u[j - 2] == ' ')))
            return end;
        *num = nn;
        *den = d;
        w = j;
    }
    while (w > i && (u[w - 1] == ' ' || u[w - 1] == '-'))
        w--;
    return w;
}

/* num/den as a decimal: exact when den has no prime factor but 2 and 5
 * (then 0), else -XC_EINEXACT ("1/3"). */
static int fraction_value(int num, int den, xc_decimal *out)
{
    int k = 0, d = den;
    int64_t f = num;
    while (d % 10 == 0)
        d /= 10, k++;
    while (d % 2 == 0)
        d /= 2, f *= 5, k++;
    while (d % 5 == 0)
        d /= 5, f *= 2, k++;
    if (d != 1)
        return -XC_EINEXACT;
    out->coef = f;
    out->scale = k;
    return 0;
}

int xc_scale_word(const char *w, size_t n)
{
    static const struct {
        const char *w;
        int exp;
    } W[] = {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}};
    for (size_t k = 0; k < sizeof(W) / sizeof(*W); k++)
        if (strlen(W[k].w) == n && xc_strncaseeq(w, W[k].w, n))
            return W[k].exp;
    return 0;
}

/* The scale a word after the digits names, one blank or more apart ("$223
 * million", "$(21.4) million": 6), with *end moved before it; else 0. */
static int scale_word(const char *s, size_t i, size_t *end)
{
    size_t e = *end, b = e;
    while (b > i && xc_isalpha((unsigned char)s[b - 1]))
        b--;
    int exp = b > i && b < e ? xc_scale_word(s + b, e - b) : 0;
    if (!exp)
        return 0;
    size_t k, d = b;
    while (d > i && (k = blank_before(s + i, d - i)) != 0)
        d -= k;
    if (d == b || d == i ||
        !(xc_isdigit((unsigned char)s[d - 1]) || s[d - 1] == ')'))
        return 0;
    *end = d;
    return exp;
}

int xc_number_parse(const char *s, size_t n, xc_number *out)
{
    memset(out, 0, sizeof(*out));
    size_t i = 0, end = n, k;
    while (i < end && (k = blank_at(s + i, end - i)) != 0)
        i += k;
    while (end > i && (k = blank_before(s + i, end - i)) != 0)
        end -= k;
    if (i == end)
        return -XC_EPARSE;

    int paren = 0, neg = 0, plus = 0, flags = 0;
    /* "-0-": old filings' nil (after a dollar sign too) */
    size_t z = i, sk = 0;
    while (z < end && ((k = blank_at(s + z, end - z)) != 0 ||
                       (maybe_sign(s[z]) && (sk = xc_currency_sign(s + z, end - z)))))
        z += k ? k : sk;
    if (end - z == 3 && ((s[z] == '-' && s[z + 1] == '0' && s[z + 2] == '-') ||
                         ((s[z] | 32) == 'n' && xc_strncaseeq(s + z, "nil", 3)))) {
        /* (and "nil" itself, as some print a zero amount) */
        out->flags = XC_NUM_DASH | (z > i ? XC_NUM_DOLLAR : 0);
        return 0;
    }
    /* prefix: any of "(", "$", "-", blanks, in any order */
    for (;;) {
        if (i < end && (s[i] == '(' || s[i] == '<') && !paren) {
            paren = s[i] == '(' ? 1 : 2; /* ("<1,234>": old ledgers' negative) */
            i++;
        } else if (i < end && !(flags & XC_NUM_DOLLAR) && maybe_sign(s[i]) &&
                   (k = xc_currency_sign(s + i, end - i)) != 0) {
            flags |= XC_NUM_DOLLAR;
            out->sign_at = (int)i;
            out->sign_len = (int)k;
            i += k;
        } else if (i < end && (k = blank_at(s + i, end - i)) != 0) {
            i += k;
        } else if (!neg && (k = minus_at(s + i, end - i)) != 0 &&
                   i + k < end &&
                   (xc_isdigit((unsigned char)s[i + k]) || s[i + k] == '.' ||
                    (maybe_sign(s[i + k]) && xc_currency_sign(s + i + k, end - i - k)) ||
                    (s[i + k] == ' ' && i + k + 1 < end &&
                     xc_isdigit((unsigned char)s[i + k + 1])))) {
            neg = 1; /* (and "- 1,234": a minus one blank before its digits) */
            i += k;
        } else if (!neg && !plus && s[i] == '+' && i + 1 < end &&
                   (xc_isdigit((unsigned char)s[i + 1]) || s[i + 1] == '.' ||
                    (maybe_sign(s[i + 1]) && xc_currency_sign(s + i + 1, end - i - 1)))) {
            plus = 1; /* "+4.7%", "+$1,200": a rise, as change columns print it */
            i++;
        } else {
            break;
        }
    }
    end = i + xc_number_marks(s + i, end - i);
    int word = scale_word(s, i, &end);
    /* suffix: ")", "%", blanks */
    int pct = 0, close = 0;
    for (;;) {
        if (end > i && s[end - 1] == (paren == 2 ? '>' : ')') && paren && !close) {
            close = paren;
            end--;
        } else if (end > i && s[end - 1] == '%' && !pct) {
            pct = 1;
            end--;
        } else if (end > i && (k = blank_before(s + i, end - i)) != 0) {
            end -= k;
        } else if (!neg && !paren && end > i + 1 && s[end - 1] == '-' &&
                   xc_isdigit((unsigned char)s[end - 2])) {
            neg = 1; /* "1,234-": a trailing minus, as old ledgers print */
            end--;
        } else {
            break;
        }
    }
    /* a plus inside parentheses ("(+5)") says both signs: no amount */
    if (paren != close || (paren && plus))
        return -XC_EPARSE;
    /* "$15.8B", "$450M": slides and summaries print the scale as a letter;
     * or as two ("$1.2bn", "$450mn", "$450MM"); or as a word (above), but
     * never of a percentage */
    int suffix = word;
    if (word && pct) {
        return -XC_EPARSE;
    } else if (!word && end > i + 1 && xc_isdigit((unsigned char)s[end - 2])) {
        char u = s[end - 1];
        suffix = u == 'B' ? 9 : u == 'M' ? 6 : u == 'K' ? 3 : 0;
        if (suffix)
            end--;
    } else if (!word && end > i + 2 && xc_isdigit((unsigned char)s[end - 3])) {
        char a = (char)(s[end - 2] | 32), b = (char)(s[end - 1] | 32);
        suffix = a == 'b' && b == 'n' ? 9 : a == 'm' && (b == 'n' || b == 'm') ? 6 : 0;
        if (suffix)
            end -= 2;
    }

    /* "45 3/8", "$.07 1/3": a vulgar fraction after the whole part */
    int fnum = 0, fden = 0;
    size_t wend = end;
    if (end - i >= 2 && (s[end - 2] == '/' || (end - i >= 3 && s[end - 3] == '/') ||
                         (unsigned char)s[end - 1] >= 0x80)) /* (most cells have none) */
        wend = fraction_at(s, i, end, &fnum, &fden);
    if (fden) {
        while (wend > i && xc_isspace((unsigned char)s[wend - 1]))
            wend--;
        end = wend;
    }

    /* a dash-only cell is a printed zero */
    size_t j = i;
    int dashes = 0;
    while (j < end && (k = dash_at(s + j, end - j)) != 0) {
        j += k;
        dashes++;
    }
    if (dashes && j == end && !fden) {
        out->flags = flags | XC_NUM_DASH;
        out->value.coef = 0;
        return 0;
    }

    int64_t coef = 0;
    int scale = 0, digits = 0, point = 0, last_comma = -1;
    for (j = i; j < end; j++) {
        char c = s[j];
        if (xc_isdigit((unsigned char)c)) {
            if (coef == 0 && c == '0' && !point) {
                digits++;
                continue;
            }
            if (!mul_ok(coef, 10, &coef) ||
                __builtin_add_overflow(coef, c - '0', &coef))
                return -XC_EOVERFLOW;
            digits++;
            if (point) {
                if (++scale > XC_DECIMAL_MAX_SCALE)
                    return -XC_EOVERFLOW;
            }
        } else if (c == ',' && !point && digits > 0 && j + 3 < end &&
                   xc_isdigit((unsigned char)s[j + 1]) && xc_isdigit((unsigned char)s[j + 2]) &&
                   xc_isdigit((unsigned char)s[j + 3]) &&
                   (j + 4 >= end || !xc_isdigit((unsigned char)s[j + 4]))) {
            /* a thousands separator: exactly three digits follow */
            last_comma = (int)j;
        } else if (c == '.' && !point) {
            point = 1;
        } else {
            return -XC_EPARSE;
        }
    }
    (void)last_comma;
    if (digits == 0 && !fden)
        return -XC_EPARSE;
    if (fden) {
        /* the fraction is of the last digit printed: "$.07 1/2" is
         * seven and a half cents */
        xc_decimal f, w = {coef, scale};
        int rc = fraction_value(fnum, fden, &f);
        if (rc < 0)
            return rc;
        if (xc_decimal_shift(&f, -scale) < 0 || xc_decimal_add(w, f, &w) < 0)
            return -XC_EOVERFLOW;
        coef = w.coef;
        scale = w.scale;
        point = 1;
    }
    if (point)
        flags |= XC_NUM_DECIMALS;
    if (paren)
        flags |= XC_NUM_PAREN;
    if (neg)
        flags |= XC_NUM_MINUS;
    if (pct)
        flags |= XC_NUM_PERCENT;
    if ((paren || neg) && coef != 0)
        coef = -coef;
    out->value.coef = coef;
    out->value.scale = scale;
    out->frac_digits = scale;
    out->flags = flags;
    out->suffix_exp = suffix;
    return 0;
}

int xc_decimal_shift(xc_decimal *d, int k)
{
    if (k < 0) {
        int s = d->scale - k;
        if (s > XC_DECIMAL_MAX_SCALE)
            return -XC_EOVERFLOW;
        d->scale = s;
        return 0;
    }
    /* first use up fraction digits, then multiply */
    int take = k < d->scale ? k : d->scale;
    d->scale -= take;
    k -= take;
    if (k > 18)
        return d->coef == 0 ? 0 : -XC_EOVERFLOW;
    int64_t c;
    if (!mul_ok(d->coef, POW10[k], &c))
        return -XC_EOVERFLOW;
    d->coef = c;
    return 0;
}

/* Brings a and b to the same scale. */
static int align(xc_decimal *a, xc_decimal *b)
{
    while (a->scale < b->scale) {
        if (!mul_ok(a->coef, 10, &a->coef))
            return -XC_EOVERFLOW;
        a->scale++;
    }
    while (b->scale < a->scale) {
        if (!mul_ok(b->coef, 10, &b->coef))
            return -XC_EOVERFLOW;
        b->scale++;
    }
    return 0;
}

int xc_decimal_add(xc_decimal a, xc_decimal b, xc_decimal *out)
{
    if (align(&a, &b) < 0)
        return -XC_EOVERFLOW;
    if (__builtin_add_overflow(a.coef, b.coef, &out->coef))
        return -XC_EOVERFLOW;
    out->scale = a.scale;
    return 0;
}

int xc_decimal_neg(xc_decimal a, xc_decimal *out)
{
    if (a.coef == INT64_MIN)
        return -XC_EOVERFLOW;
    out->coef = -a.coef;
    out->scale = a.scale;
    return 0;
}

int xc_decimal_sign(xc_decimal a)
{
    return (a.coef > 0) - (a.coef < 0);
}

int xc_decimal_is_zero(xc_decimal a)
{
    return a.coef == 0;
}

xc_decimal xc_decimal_abs(xc_decimal a)
{
    if (a.coef < 0 && a.coef != INT64_MIN)
        a.coef = -a.coef;
    return a;
}

xc_decimal xc_decimal_from_int(int64_t v)
{
    xc_decimal d = {v, 0};
    return d;
}

int xc_decimal_mul(xc_decimal a, xc_decimal b, xc_decimal *out)
{
    int64_t c;
    /* trailing zeros of the fractions first, so the scale stays small */
    while (a.scale > 0 && a.coef % 10 == 0)
        a.coef /= 10, a.scale--;
    while (b.scale > 0 && b.coef % 10 == 0)
        b.coef /= 10, b.scale--;
    if (a.scale + b.scale > XC_DECIMAL_MAX_SCALE || !mul_ok(a.coef, b.coef, &c))
        return -XC_EOVERFLOW;
    out->coef = c;
    out->scale = a.scale + b.scale;
    return 0;
}

int xc_decimal_cmp(xc_decimal a, xc_decimal b)
{
    if (align(&a, &b) < 0) {
        /* cannot align without overflow: compare by sign, then magnitude
         * through the reduced forms */
        int sa = xc_decimal_sign(a), sb = xc_decimal_sign(b);
        if (sa != sb)
            return sa < sb ? -1 : 1;
        return a.scale < b.scale ? sa : -sa;
    }
    return (a.coef > b.coef) - (a.coef < b.coef);
}

xc_decimal xc_decimal_round(xc_decimal a, int places)
{
    int drop = a.scale - places;
    if (drop <= 0)
        return a;
    if (drop > 18) {
        xc_decimal z = {0, 0};
        return z;
    }
    int64_t p = POW10[drop];
    int64_t q = a.coef / p, r = a.coef % p;
    if (r < 0)
        r = -r;
    if (r * 2 >= p && r >= (p + 1) / 2)
        q += a.coef < 0 ? -1 : 1;
    xc_decimal out;
    if (places >= 0) {
        out.coef = q;
        out.scale = places;
    } else {
        out.coef = q;
        out.scale = 0;
        if (xc_decimal_shift(&out, -places) < 0)
            out.coef = 0;
    }
    return out;
}

char *xc_decimal_format(xc_decimal d, char buf[32])
{
    if (d.coef == 0) {
        strcpy(buf, "0");
        return buf;
    }
    char digits[24];
    uint64_t mag = d.coef < 0 ? (uint64_t)0 - (uint64_t)d.coef : (uint64_t)d.coef;
    int nd = 0;
    do {
        digits[nd++] = (char)('0' + mag % 10);
        mag /= 10;
    } while (mag);
    int scale = d.scale;
    /* drop trailing fraction zeros */
    int lead = 0;
    while (scale > 0 && lead < nd && digits[lead] == '0') {
        lead++;
        scale--;
    }
    char *p = buf;
    int is_zero = d.coef == 0;
    if (d.coef < 0 && !is_zero)
        *p++ = '-';
    int intdigits = nd - lead - scale;
    if (intdigits <= 0) {
        *p++ = '0';
    } else {
        for (int i = nd - 1; i >= lead + scale; i--)
            *p++ = digits[i];
    }
    if (scale > 0) {
        *p++ = '.';
        for (int i = 0; i < -intdigits; i++)
            *p++ = '0';
        int top = intdigits < 0 ? nd - 1 : lead + scale - 1;
        for (int i = top; i >= lead; i--)
            *p++ = digits[i];
    }
    *p = '\0';
    return buf;
}

int xc_decimal_parse_lexical(const char *s, xc_decimal *out)
{
    size_t n = strlen(s);
    size_t i = 0;
    while (i < n && xc_isspace((unsigned char)s[i]))
        i++;
    while (n > i && xc_isspace((unsigned char)s[n - 1]))
        n--;
    int neg = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) {
        neg = s[i] == '-';
        i++;
    }
    int64_t coef = 0;
    int scale = 0, digits = 0, point = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (xc_isdigit((unsigned char)c)) {
            if (coef == 0 && c == '0') {
                digits++;
                if (point) {
                    if (++scale > XC_DECIMAL_MAX_SCALE)
                        return -XC_EOVERFLOW;
                }
                continue;
            }
            if (!mul_ok(coef, 10, &coef) ||
                __builtin_add_overflow(coef, c - '0', &coef))
                return -XC_EOVERFLOW;
            digits++;
            if (point && ++scale > XC_DECIMAL_MAX_SCALE)
                return -XC_EOVERFLOW;
        } else if (c == '.' && !point) {
            point = 1;
        } else {
            return -XC_EPARSE;
        }
    }
    if (!digits)
        return -XC_EPARSE;
    out->coef = neg ? -coef : coef;
    out->scale = scale;
    return 0;
}
