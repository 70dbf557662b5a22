/* decimal.h: exact decimal numbers as printed in financial tables.
 *
 * A value is coef x 10^-scale with a 64-bit coefficient: 18 significant
 * digits, plenty for any amount a release prints (no binary floating point
 * anywhere). Operations that would not fit return XC_EOVERFLOW.
 */
#ifndef XC_DECIMAL_H
#define XC_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

#define XC_DECIMAL_MAX_SCALE 18

typedef struct xc_decimal {
    int64_t coef;
    int scale; /* digits after the decimal point, 0..XC_DECIMAL_MAX_SCALE */
} xc_decimal;

/* What the parser saw besides the value. */
enum {
    XC_NUM_DASH = 1 << 0,    /* "-", "--", an em dash: a printed zero */
    XC_NUM_PAREN = 1 << 1,   /* negative in parentheses */
    XC_NUM_MINUS = 1 << 2,   /* negative with a minus sign */
    XC_NUM_DOLLAR = 1 << 3,  /* a currency sign was attached */
    XC_NUM_PERCENT = 1 << 4, /* a percent sign was attached */
    XC_NUM_DECIMALS = 1 << 5 /* had a decimal point */
};

typedef struct xc_number {
    xc_decimal value; /* as printed, before any scale */
    int frac_digits;  /* digits printed after the point */
    int flags;        /* XC_NUM_* */
    int suffix_exp;   /* "$15.8B": 9; "$450M": 6; "12K": 3; else 0 */
    int sign_at, sign_len; /* the currency sign's bytes in the text ("C$": 2) */
} xc_number;

/* The length of the currency sign s starts with, else 0: "$", a symbol of
 * its own ("\u20ac", "\u00a3", "\u00a5", "\u20b9") or one to three
 * capitals before "$" ("US$", "C$", "HK$"). Which currency a sign names
 * is taxonomy data (vocabulary.xml <currency>). */
size_t xc_currency_sign(const char *s, size_t n);

/* Parses one printed cell: "$(1,234)", "(0.14)", ".42", "1,234.5", "-",
 * "--", "\u2014", "62.4%", "$ 16,873", "($980)", "\u20ac1,234", "$15.8B" (a B, M or K
 * right after the digits is a scale, kept in suffix_exp, as is a word of
 * xc_scale_word after a blank: "$(21.4) million"). Leading and trailing
 * blanks are ignored. Returns 0, XC_EOVERFLOW when the digits do not fit,
 * or XC_EPARSE when the text is not a number (negated). */
int xc_number_parse(const char *s, size_t n, xc_number *out);

/* The power of ten a scale word names ("thousand" 3, "million" 6,
 * "billion" 9, "trillion" 12; any case), else 0. */
int xc_scale_word(const char *w, size_t n);

/* The length of s without footnote marks after a number: up to three "*"
 * ("18%*", "$49.0B**") or a reference of one to three letters or digits in
 * parentheses ("1,200(2)", "2024 (a)"). */
size_t xc_number_marks(const char *s, size_t n);

/* The year s prints (1900-2100, four digits, footnote marks allowed:
 * "2003*"), else 0. */
int xc_year_token(const char *s, size_t n);
/* Whether text holds a year: a run of exactly four digits that is one. */
int xc_has_year(const char *text);

/* Multiplies by 10^k (k may be negative: divides exactly by shifting the
 * scale). Returns 0 or -XC_EOVERFLOW. */
int xc_decimal_shift(xc_decimal *d, int k);

/* Exact sum and comparison. Return 0 or -XC_EOVERFLOW. */
int xc_decimal_add(xc_decimal a, xc_decimal b, xc_decimal *out);
/* a x b, exactly; -XC_EOVERFLOW when the product does not fit. */
int xc_decimal_mul(xc_decimal a, xc_decimal b, xc_decimal *out);
int xc_decimal_neg(xc_decimal a, xc_decimal *out);
/* Returns <0, 0, >0 as a is less than, equal to or greater than b. */
int xc_decimal_cmp(xc_decimal a, xc_decimal b);
int xc_decimal_is_zero(xc_decimal a);
int xc_decimal_sign(xc_decimal a);
xc_decimal xc_decimal_abs(xc_decimal a);
/* Rounds half away from zero to `places` digits after the point (places may
 * be negative, for -3 = thousands). */
xc_decimal xc_decimal_round(xc_decimal a, int places);
xc_decimal xc_decimal_from_int(int64_t v);

/* Writes the canonical lexical form (no exponent, no trailing fraction
 * zeros, no "+", "-0" printed as "0") into buf, which needs 24 bytes.
 * Returns buf. */
char *xc_decimal_format(xc_decimal d, char buf[32]);

/* Parses a canonical or XML Schema decimal lexical ("-12.50", "+3", ".5").
 * Returns 0, -XC_EPARSE or -XC_EOVERFLOW. */
int xc_decimal_parse_lexical(const char *s, xc_decimal *out);

#endif
