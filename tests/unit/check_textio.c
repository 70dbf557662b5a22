/* check_textio.c: encodings and line index. */
#include "suites.h"
#include "textio.h"

#include <string.h>

START_TEST(test_utf8_bom)
{
    xc_text t;
    xc_diag d;
    xc_diag_init(&d);
    const char raw[] = "\xEF\xBB\xBFline one\r\nline two\n";
    ck_assert_int_eq(xc_text_decode(&t, "x", raw, sizeof(raw) - 1, NULL, &d), 0);
    ck_assert_str_eq(t.data, "line one\nline two\n");
    ck_assert_uint_eq(t.nlines, 2);
    ck_assert_int_eq(xc_text_line_of(&t, 10), 2);
    xc_text_free(&t);
    xc_diag_free(&d);
}
END_TEST

START_TEST(test_cp1252)
{
    xc_text t;
    xc_diag d;
    xc_diag_init(&d);
    const char raw[] = "Shareholders\x92 equity \x97 \xA0" "5";
    ck_assert_int_eq(xc_text_decode(&t, "x", raw, sizeof(raw) - 1, NULL, &d), 0);
    ck_assert_str_eq(t.encoding, "WINDOWS-1252");
    ck_assert_str_eq(t.data, "Shareholders\xE2\x80\x99 equity \xE2\x80\x94 \xC2\xA0" "5");
    xc_text_free(&t);
    xc_diag_free(&d);
}
END_TEST

START_TEST(test_utf16)
{
    xc_text t;
    xc_diag d;
    xc_diag_init(&d);
    const char raw[] = "\xFF\xFE" "A\0B\0\n\0";
    ck_assert_int_eq(xc_text_decode(&t, "x", raw, sizeof(raw) - 1, NULL, &d), 0);
    ck_assert_str_eq(t.data, "AB\n");
    xc_text_free(&t);
    /* without a byte-order mark, told by its NULs: little- and big-endian */
    const char le[] = "<\0p\0>\0A\0";
    ck_assert_int_eq(xc_text_decode(&t, "x", le, sizeof(le) - 1, NULL, &d), 0);
    ck_assert_str_eq(t.data, "<p>A");
    xc_text_free(&t);
    const char be[] = "\0<\0p\0>\0A";
    ck_assert_int_eq(xc_text_decode(&t, "x", be, sizeof(be) - 1, NULL, &d), 0);
    ck_assert_str_eq(t.data, "<p>A");
    xc_text_free(&t);
    xc_diag_free(&d);
}
END_TEST

START_TEST(test_binary)
{
    xc_text t;
    xc_diag d;
    xc_diag_init(&d);
    const char raw[] = "\x7F" "ELF\0\0\1";
    ck_assert_int_eq(xc_text_decode(&t, "x", raw, sizeof(raw) - 1, NULL, &d), -XC_EPARSE);
    ck_assert_uint_eq(d.errors, 1);
    ck_assert(strstr(d.items[0].message, "offset 4") != NULL);
    xc_text_free(&t);
    xc_diag_free(&d);
}
END_TEST

START_TEST(test_forced_invalid)
{
    xc_text t;
    xc_diag d;
    xc_diag_init(&d);
    const char raw[] = "ok \xFF bad";
    ck_assert_int_eq(xc_text_decode(&t, "x", raw, sizeof(raw) - 1, "UTF-8", &d), -XC_EENCODING);
    ck_assert(strstr(d.items[0].message, "offset 3") != NULL);
    xc_text_free(&t);
    xc_diag_free(&d);
}
END_TEST

Suite *textio_suite(void)
{
    Suite *s = suite_create("textio");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_utf8_bom);
    tcase_add_test(tc, test_cp1252);
    tcase_add_test(tc, test_utf16);
    tcase_add_test(tc, test_binary);
    tcase_add_test(tc, test_forced_invalid);
    suite_add_tcase(s, tc);
    return s;
}
