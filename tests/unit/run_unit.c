/* run_unit.c: every Check suite in one runner (girara). CK_RUN_SUITE picks
 * one. Exits non-zero if any test fails. */
#include "suites.h"

#include <check.h>
#include <libxml/parser.h>
#include <stdlib.h>

int main(void)
{
    SRunner *sr = srunner_create(decimal_suite());
    srunner_add_suite(sr, period_suite());
    srunner_add_suite(sr, fiscal_suite());
    srunner_add_suite(sr, columns_suite());
    srunner_add_suite(sr, scale_suite());
    srunner_add_suite(sr, model_suite());
    srunner_add_suite(sr, textio_suite());
    srunner_add_suite(sr, mapper_suite());
    srunner_add_suite(sr, text_reader_suite());
    srunner_add_suite(sr, writers_suite());
    srunner_add_suite(sr, html_suite());
    srunner_add_suite(sr, xbrl_suite());
    srunner_add_suite(sr, checks_suite());
    srunner_add_suite(sr, util_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    xmlCleanupParser();
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
