/* suites.h: the Check suites, one per module. */
#ifndef XC_TEST_SUITES_H
#define XC_TEST_SUITES_H

#include <check.h>

Suite *decimal_suite(void);
Suite *period_suite(void);
Suite *fiscal_suite(void);
Suite *columns_suite(void);
Suite *scale_suite(void);
Suite *model_suite(void);
Suite *textio_suite(void);
Suite *mapper_suite(void);
Suite *text_reader_suite(void);
Suite *writers_suite(void);
Suite *html_suite(void);
Suite *xbrl_suite(void);
Suite *checks_suite(void);
Suite *util_suite(void);

/* The shipped taxonomy, loaded once (tests run from the repository root). */
struct xc_taxonomy;
const struct xc_taxonomy *test_taxonomy(void);

#endif
