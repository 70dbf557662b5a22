/* main.c: xbrlconv's entry point; everything else is in the library. */
#include "cli.h"

int main(int argc, char **argv)
{
    return xc_cli_run(argc, argv, stdin, stdout, stderr);
}
