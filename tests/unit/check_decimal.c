/* check_decimal.c: exact decimals as tables print them. */
#include "decimal.h"
#include "diag.h"
#include "suites.h"

#include <string.h>

static const struct {
    const char *in, *out;
    int frac, flags;
} parse_cases[] = {
    {"$(1,234)", "-1234", 0, XC_NUM_PAREN | XC_NUM_DOLLAR},
    {"(0.14)", "-0.14", 2, XC_NUM_PAREN | XC_NUM_DECIMALS},
    {".42", "0.42", 2, XC_NUM_DECIMALS},
    {"1,234.5", "1234.5", 1, XC_NUM_DECIMALS},
    {"-", "0", 0, XC_NUM_DASH},
    {"--", "0", 0, XC_NUM_DASH},
    {"\xE2\x80\x94", "0", 0, XC_NUM_DASH},
    {"$ 16,873", "16873", 0, XC_NUM_DOLLAR},
    {"($980)", "-980", 0, XC_NUM_PAREN | XC_NUM_DOLLAR},
    {"$    .70", "0.7", 2, XC_NUM_DOLLAR | XC_NUM_DECIMALS},
    {"62.4%", "62.4", 1, XC_NUM_PERCENT | XC_NUM_DECIMALS},
    {"-1,234", "-1234", 0, XC_NUM_MINUS},
    {"1,234-", "-1234", 0, XC_NUM_MINUS}, /* trailing minus */
    {"-0-", "0", 0, XC_NUM_DASH},         /* old filings' nil */
    {"$  -0-", "0", 0, XC_NUM_DASH | XC_NUM_DOLLAR},
    {"nil", "0", 0, XC_NUM_DASH}, /* a zero amount, as some print it */
    {"$ NIL", "0", 0, XC_NUM_DASH | XC_NUM_DOLLAR},
    /* no-break, figure and narrow no-break spaces are blanks */
    {"$\xC2\xA0 45,120", "45120", 0, XC_NUM_DOLLAR},
    {"(1,200\xC2\xA0)", "-1200", 0, XC_NUM_PAREN},
    {"\xE2\x80\x87\xE2\x80\x87" "1,234\xE2\x80\xAF", "1234", 0, 0},
    {"$\xE2\x80\x89-0-", "0", 0, XC_NUM_DASH | XC_NUM_DOLLAR},
    {"0", "0", 0, 0},
    {"0.05", "0.05", 2, XC_NUM_DECIMALS},
    {"  7,162,126 ", "7162126", 0, 0},
    {"$15.8B", "15.8", 1, XC_NUM_DOLLAR | XC_NUM_DECIMALS},
    /* footnote marks after the number */
    {"$49.0B**", "49", 1, XC_NUM_DOLLAR | XC_NUM_DECIMALS},
    {"18%*", "18", 0, XC_NUM_PERCENT},
    {"$ 1,200(2)", "1200", 0, XC_NUM_DOLLAR},
    {"1,200 (a)", "1200", 0, 0},
    {"(1,200)(1)", "-1200", 0, XC_NUM_PAREN},
    {"(12)", "-12", 0, XC_NUM_PAREN},
    {"(1)", "-1", 0, XC_NUM_PAREN},
    {"\xe2\x80\x93" "1,234", "-1234", 0, XC_NUM_MINUS}, /* an en dash set as a minus */
    /* a non-breaking hyphen, a hyphen and a figure dash set as a minus,
     * and alone as a nil */
    {"\xe2\x80\x91" "300", "-300", 0, XC_NUM_MINUS},
    {"$\xe2\x80\x90" "0.24", "-0.24", 2, XC_NUM_MINUS | XC_NUM_DOLLAR | XC_NUM_DECIMALS},
    {"\xe2\x80\x92" "1,234", "-1234", 0, XC_NUM_MINUS},
    {"\xe2\x80\x91", "0", 0, XC_NUM_DASH},
    /* a plus sign, as change columns print a rise */
    {"+4.7%", "4.7", 1, XC_NUM_PERCENT | XC_NUM_DECIMALS},
    {"+$1,200", "1200", 0, XC_NUM_DOLLAR},
    {"- 1,234", "-1234", 0, XC_NUM_MINUS}, /* a minus one blank before its digits */
    /* other currencies' signs */
    {"\xe2\x82\xac" "1,234", "1234", 0, XC_NUM_DOLLAR},         /* euro */
    {"(\xc2\xa3" "980)", "-980", 0, XC_NUM_PAREN | XC_NUM_DOLLAR}, /* pound */
    {"C$ 5.20", "5.2", 2, XC_NUM_DOLLAR | XC_NUM_DECIMALS},
    {"HK$12", "12", 0, XC_NUM_DOLLAR},
    /* vulgar fractions, of the last digit printed */
    {"45 3/8", "45.375", 3, XC_NUM_DECIMALS},
    {"$.07 1/2", "0.075", 3, XC_NUM_DOLLAR | XC_NUM_DECIMALS},
    {"(1/4)", "-0.25", 2, XC_NUM_PAREN | XC_NUM_DECIMALS},
    {"45-1/16", "45.0625", 4, XC_NUM_DECIMALS},
    {"12\xc2\xbd", "12.5", 1, XC_NUM_DECIMALS},              /* U+00BD */
    {"$2 \xe2\x85\x9e", "2.875", 3, XC_NUM_DOLLAR | XC_NUM_DECIMALS}, /* U+215E */
    /* angle brackets, as some old ledgers print a negative */
    {"<1,280>", "-1280", 0, XC_NUM_PAREN},
    {"$<636>", "-636", 0, XC_NUM_PAREN | XC_NUM_DOLLAR},
};

START_TEST(test_parse)
{
    xc_number n;
    char buf[32];
    const char *in = parse_cases[_i].in;
    ck_assert_int_eq(xc_number_parse(in, strlen(in), &n), 0);
    ck_assert_str_eq(xc_decimal_format(n.value, buf), parse_cases[_i].out);
    ck_assert_int_eq(n.frac_digits, parse_cases[_i].frac);
    ck_assert_int_eq(n.flags, parse_cases[_i].flags);
}
END_TEST

static const char *const not_numbers[] = {"", "abc", "12/31/00", "(12", "1-2", "$", "2004,",
                                          "1.2.3", "(1))", "3/31", "6/30/99", "4/2",
                                          "Notes 1/2", "1/2/3", "(+5)", "(+$1,200)",
                                          "<1%", "(12>", "<12)"};

/* the sign's place and length, for the vocabulary to name its currency */
START_TEST(test_currency_sign)
{
    xc_number n;
    ck_assert_int_eq(xc_number_parse("(US$ 1,200)", 11, &n), 0);
    ck_assert_int_eq(n.sign_at, 1);
    ck_assert_int_eq(n.sign_len, 3);
    ck_assert_uint_eq(xc_currency_sign("\xe2\x82\xac" "5", 4), 3);
    ck_assert_uint_eq(xc_currency_sign("$5", 2), 1);
    ck_assert_uint_eq(xc_currency_sign("USD 5", 5), 0);
    ck_assert_uint_eq(xc_currency_sign("Net", 3), 0);
}
END_TEST

START_TEST(test_not_number)
{
    xc_number n;
    const char *in = not_numbers[_i];
    ck_assert_int_lt(xc_number_parse(in, strlen(in), &n), 0);
}
END_TEST

START_TEST(test_overflow)
{
    xc_number n;
    const char *big = "123,456,789,012,345,678,901";
    ck_assert_int_eq(xc_number_parse(big, strlen(big), &n), -XC_EOVERFLOW);
    xc_decimal d = {9000000000000000000LL, 0};
    ck_assert_int_eq(xc_decimal_shift(&d, 3), -XC_EOVERFLOW);
}
END_TEST

/* a scale printed as letters after the amount: one ("$15.8B") or two
 * ("$1.2bn", "$450mn", "$450MM"); or as a word ("$223 million", "$(21.4)
 * million") */
START_TEST(test_scale_letters)
{
    static const struct {
        const char *in, *value;
        int exp;
    } cases[] = {{"$15.8B", "15.8", 9}, {"$450M", "450", 6}, {"$1.2bn", "1.2", 9},
                 {"$450mn", "450", 6},  {"$450MM", "450", 6}, {"1,234", "1234", 0},
                 {"$223 million", "223", 6}, {"$(21.4) million", "-21.4", 6},
                 {"$1.2 Billion", "1.2", 9}, {"$750 million*", "750", 6},
                 {"35 thousand", "35", 3}, {"2.5  trillion", "2.5", 12}};
    for (size_t k = 0; k < sizeof(cases) / sizeof(*cases); k++) {
        xc_number n;
        char b[32];
        ck_assert_int_eq(xc_number_parse(cases[k].in, strlen(cases[k].in), &n), 0);
        ck_assert_str_eq(xc_decimal_format(n.value, b), cases[k].value);
        ck_assert_int_eq(n.suffix_exp, cases[k].exp);
    }
}
END_TEST

/* a scale printed as a word after the amount never scales a percentage,
 * nor is it a plural or joined to the digits */
START_TEST(test_scale_words)
{
    static const char *const bad[] = {"12% million", "5 millions", "million", "$ million",
                                      "5million"};
    for (size_t k = 0; k < sizeof(bad) / sizeof(*bad); k++) {
        xc_number n;
        ck_assert_msg(xc_number_parse(bad[k], strlen(bad[k]), &n) != 0, "%s parsed", bad[k]);
    }
}
END_TEST

/* a fraction with no exact decimal is a value that cannot be held */
START_TEST(test_inexact)
{
    xc_number n;
    ck_assert_int_eq(xc_number_parse("$.07 1/3", 8, &n), -XC_EINEXACT);
    ck_assert_int_eq(xc_number_parse("2\xe2\x85\x93", 4, &n), -XC_EINEXACT); /* U+2153 */
}
END_TEST

START_TEST(test_scale)
{
    char buf[32];
    xc_decimal d = {11293, 0};
    ck_assert_int_eq(xc_decimal_shift(&d, 3), 0);
    ck_assert_str_eq(xc_decimal_format(d, buf), "11293000");
    xc_decimal s = {2165, 1}; /* 216.5 million shares */
    ck_assert_int_eq(xc_decimal_shift(&s, 6), 0);
    ck_assert_str_eq(xc_decimal_format(s, buf), "216500000");
    xc_decimal p = {624, 1}; /* 62.4% */
    ck_assert_int_eq(xc_decimal_shift(&p, -2), 0);
    ck_assert_str_eq(xc_decimal_format(p, buf), "0.624");
}
END_TEST

START_TEST(test_arith)
{
    xc_decimal a = {12, 1}, b = {-120, 2}, c;
    ck_assert_int_eq(xc_decimal_add(a, b, &c), 0);
    ck_assert(xc_decimal_is_zero(c));
    ck_assert_int_eq(xc_decimal_cmp(a, (xc_decimal){120, 2}), 0);
    ck_assert_int_lt(xc_decimal_cmp(b, a), 0);
    char buf[32];
    ck_assert_str_eq(xc_decimal_format(xc_decimal_round((xc_decimal){-1235, 3}, 2), buf), "-1.24");
    ck_assert_str_eq(xc_decimal_format(xc_decimal_round((xc_decimal){1234567, 0}, -3), buf),
                     "1235000");
}
END_TEST

START_TEST(test_lexical)
{
    xc_decimal d;
    char buf[32];
    ck_assert_int_eq(xc_decimal_parse_lexical("-12.50", &d), 0);
    ck_assert_str_eq(xc_decimal_format(d, buf), "-12.5");
    ck_assert_int_eq(xc_decimal_parse_lexical("+.5", &d), 0);
    ck_assert_str_eq(xc_decimal_format(d, buf), "0.5");
    ck_assert_int_eq(xc_decimal_parse_lexical("-0", &d), 0);
    ck_assert_str_eq(xc_decimal_format(d, buf), "0");
    ck_assert_int_lt(xc_decimal_parse_lexical("1e5", &d), 0);
}
END_TEST

START_TEST(test_has_year)
{
    ck_assert(xc_has_year("Three Months Ended June 30, 2024"));
    ck_assert(xc_has_year("FY2025"));
    ck_assert(!xc_has_year("First Quarter"));
    ck_assert(!xc_has_year("12,019"));
    ck_assert(!xc_has_year("120199"));
    ck_assert(!xc_has_year("Q3 202"));
    ck_assert(!xc_has_year(""));
}
END_TEST

Suite *decimal_suite(void)
{
    Suite *s = suite_create("decimal");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_parse, 0, sizeof(parse_cases) / sizeof(parse_cases[0]));
    tcase_add_loop_test(tc, test_not_number, 0, sizeof(not_numbers) / sizeof(not_numbers[0]));
    tcase_add_test(tc, test_overflow);
    tcase_add_test(tc, test_inexact);
    tcase_add_test(tc, test_scale_letters);
    tcase_add_test(tc, test_scale_words);
    tcase_add_test(tc, test_currency_sign);
    tcase_add_test(tc, test_scale);
    tcase_add_test(tc, test_arith);
    tcase_add_test(tc, test_lexical);
    tcase_add_test(tc, test_has_year);
    suite_add_tcase(s, tc);
    return s;
}
