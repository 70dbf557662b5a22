/* cli.h: the command line. Only this module prints and decides exit codes
 * (jq's main.c against libjq; libxml2's xmllintMain).
 *
 * Exit codes (also in --help, docs/cli.md and the man page):
 *   0 ok; 1 input unreadable, not convertible, or no facts; 2 usage;
 *   3 output not written; 4 findings under --strict; 5 internal error.
 */
#ifndef XC_CLI_H
#define XC_CLI_H

#include <stdio.h>

enum {
    XC_EXIT_OK = 0,
    XC_EXIT_INPUT = 1,
    XC_EXIT_USAGE = 2,
    XC_EXIT_OUTPUT = 3,
    XC_EXIT_STRICT = 4,
    XC_EXIT_INTERNAL = 5
};

int xc_cli_run(int argc, char **argv, FILE *in, FILE *out, FILE *err);

#endif
