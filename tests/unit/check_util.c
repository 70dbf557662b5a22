/* check_util.c: the small tools every module leans on: case-blind search,
 * the string map, buffers, the arena, XML escaping, compact dates. */
#include "period.h"
#include "suites.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

START_TEST(test_memcasemem)
{
    const char *h = "Net Sales (In Thousands)";
    size_t n = strlen(h);
    ck_assert_ptr_eq(xc_memcasemem(h, n, "in thousands"), h + 11);
    ck_assert_ptr_eq(xc_memcasemem(h, n, "NET"), h);
    ck_assert_ptr_eq(xc_memcasemem(h, n, "thousands)"), h + 14);
    ck_assert_ptr_null(xc_memcasemem(h, n, "millions"));
    ck_assert_ptr_null(xc_memcasemem(h, 3, "net sales")); /* longer than the hay */
    ck_assert_ptr_eq(xc_memcasemem(h, n, ""), h);
    /* a first byte that is not a letter; a match only past a false start */
    ck_assert_ptr_eq(xc_memcasemem("((a)(b)", 7, "(b"), (const char *)"((a)(b)" + 4);
    const char *s = "tttT tTx";
    ck_assert_ptr_eq(xc_memcasemem(s, strlen(s), "ttx"), s + 5);
    /* the hay is not NUL-terminated where n ends */
    ck_assert_ptr_null(xc_memcasemem("abcdef", 3, "cd"));
}
END_TEST

START_TEST(test_strmap)
{
    xc_strmap m = {0};
    char k[32];
    for (size_t i = 0; i < 1000; i++) { /* several growths */
        snprintf(k, sizeof(k), "key%zu", i);
        xc_strmap_put(&m, k, i * 7);
    }
    xc_strmap_put(&m, "key5", 1); /* the first value stays */
    for (size_t i = 0; i < 1000; i++) {
        snprintf(k, sizeof(k), "key%zu", i);
        ck_assert_uint_eq(xc_strmap_get(&m, k), i * 7);
    }
    ck_assert_uint_eq(xc_strmap_get(&m, "nokey"), (size_t)-1);
    ck_assert_uint_eq(xc_strmap_get(&m, NULL), (size_t)-1);
    int found;
    size_t *slot = xc_strmap_slot(&m, "key9", &found);
    ck_assert(found);
    ck_assert_uint_eq(*slot, 63);
    xc_strmap_free(&m);
    ck_assert_uint_eq(xc_strmap_get(&m, "key1"), (size_t)-1);
}
END_TEST

START_TEST(test_xml_and_dates)
{
    xc_buf b = {0};
    xc_buf_put_xml(&b, "A&B <c> \"d\"");
    ck_assert_str_eq(b.ptr, "A&amp;B &lt;c&gt; \"d\"");
    xc_buf_free(&b);
    char a[16];
    ck_assert_str_eq(xc_date_format(xc_date_parse_compact("20040421"), a), "2004-04-21");
    ck_assert_int_eq(xc_date_parse_compact("2004042"), XC_NODATE);
    ck_assert_int_eq(xc_date_parse_compact("20041321"), XC_NODATE);
    ck_assert_str_eq(xc_date_format(xc_date_parse_iso("  2004-4-5"), a), "2004-04-05");
    ck_assert_int_eq(xc_date_parse_iso("2004/04/05"), XC_NODATE);
}
END_TEST

START_TEST(test_buffers_and_arena)
{
    xc_buf b = {0};
    for (int i = 0; i < 1000; i++) /* growth past the fast path */
        xc_buf_puts(&b, "ab");
    ck_assert_uint_eq(b.len, 2000);
    ck_assert_uint_eq(strlen(b.ptr), 2000);
    xc_buf_clear(&b);
    xc_buf_printf(&b, "%s-%d", "x", 42); /* fits: one pass */
    char big[600];
    memset(big, 'y', sizeof(big) - 1);
    big[sizeof(big) - 1] = '\0';
    xc_buf_printf(&b, "[%s]", big); /* does not fit: grows */
    ck_assert_uint_eq(b.len, 4 + 601);
    ck_assert(!strncmp(b.ptr, "x-42[yyy", 8) && b.ptr[b.len - 1] == ']');
    xc_buf_free(&b);

    ck_assert_uint_eq(xc_hash_str("net sales"), xc_hash_str("net sales"));
    ck_assert_uint_ne(xc_hash_str("us-gaap:Revenues"), xc_hash_str("us-gaap:Revenuez"));

    xc_arena a = {0};
    char *first = xc_arena_alloc(&a, 3);
    memcpy(first, "ab", 3);
    char *p[2000];
    for (int i = 0; i < 2000; i++) { /* several chunks */
        p[i] = xc_arena_alloc(&a, (size_t)i % 97 + 1);
        ck_assert_uint_eq((uintptr_t)p[i] % 16, 0);
        memset(p[i], i & 0x7f, (size_t)i % 97 + 1);
    }
    char *large = xc_arena_alloc(&a, 200000); /* its own chunk */
    memset(large, 1, 200000);
    char *after = xc_arena_alloc(&a, 8); /* still from the head chunk */
    memset(after, 2, 8);
    for (int i = 0; i < 2000; i++)
        ck_assert_int_eq(p[i][(size_t)i % 97], i & 0x7f);
    ck_assert_str_eq(first, "ab");
    xc_arena_free(&a);
    ck_assert_ptr_null(a.head);
}
END_TEST

START_TEST(test_words_as_written)
{
    ck_assert_int_eq(xc_count_words("Interest income, net"), 3);
    ck_assert_int_eq(xc_count_words("  --  "), 0);
    ck_assert(xc_spelling("Loans, net") == xc_spelling("LOANS  NET"));
    ck_assert(xc_spelling("Loans, net") != xc_spelling("Total loans"));
    ck_assert(xc_spelling("Loans net") != xc_spelling("Loansnet"));
    /* footnote marks are no words; words in parentheses are */
    ck_assert_int_eq(xc_count_words("Interest income (1)(a)"), 2);
    ck_assert_int_eq(xc_count_words("Income (loss)"), 2);
    ck_assert(xc_spelling("Loans, net(12)") == xc_spelling("Loans net"));
}
END_TEST

/* Dashes that part a title from its qualifier, and those that do not:
 * hyphens in words, signs, ranges. */
START_TEST(test_dash_split)
{
    const char *after = NULL, *t = "DOMESTIC TELECOM - SELECTED RESULTS";
    ck_assert_ptr_eq(xc_dash_split(t, &after), t + 16);
    ck_assert_str_eq(after, "SELECTED RESULTS");
    t = "Net income -- as reported";
    ck_assert_ptr_eq(xc_dash_split(t, &after), t + 10);
    ck_assert_str_eq(after, "as reported");
    t = "Wireless \xE2\x80\x94 Results"; /* em dash, spaced */
    ck_assert_ptr_eq(xc_dash_split(t, &after), t + 8);
    ck_assert_str_eq(after, "Results");
    t = "Segments\xE2\x80\x94Q3"; /* unspaced between letters */
    ck_assert_ptr_eq(xc_dash_split(t, &after), t + 8);
    ck_assert_str_eq(after, "Q3");
    ck_assert_ptr_null(xc_dash_split("One-time items", NULL));
    ck_assert_ptr_null(xc_dash_split("Change -12%", NULL));
    ck_assert_ptr_null(xc_dash_split("- As reported", NULL));
    ck_assert_ptr_null(xc_dash_split("2003\xE2\x80\x93" "2004", NULL)); /* a range */
    t = "a \xE2\x80\x93 b";
    ck_assert_uint_eq(xc_dash_at(t, t + 1), 5);
    ck_assert_uint_eq(xc_dash_at(t, t + 2), 0);
}
END_TEST

START_TEST(test_roman_mark)
{
    ck_assert(xc_roman_mark("iii", 3));
    ck_assert(xc_roman_mark("IV", 2));
    ck_assert(xc_roman_mark("viii", 4));
    ck_assert(!xc_roman_mark("iV", 2)); /* (one case) */
    ck_assert(!xc_roman_mark("xxiii", 5));
    ck_assert(!xc_roman_mark("in", 2));
    ck_assert(!xc_roman_mark("", 0));
}
END_TEST

Suite *util_suite(void)
{
    Suite *s = suite_create("util");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_memcasemem);
    tcase_add_test(tc, test_strmap);
    tcase_add_test(tc, test_xml_and_dates);
    tcase_add_test(tc, test_buffers_and_arena);
    tcase_add_test(tc, test_words_as_written);
    tcase_add_test(tc, test_dash_split);
    tcase_add_test(tc, test_roman_mark);
    suite_add_tcase(s, tc);
    return s;
}
