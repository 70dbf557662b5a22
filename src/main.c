/* main.c: xbrlconv's entry point; everything else is in the library. */
#include "cli.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* A batch frees each release's memory before the next one asks for the
     * same again. glibc would hand the heap's top back to the kernel after
     * every file and fault it in anew (about 17 page faults a release);
     * keeping up to 64 MB of free heap, and serving blocks under 64 MB
     * from it rather than from mmap, leaves the peak RSS as it was and
     * takes the kernel out of the loop. */
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 1 << 20);
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
#endif
    return xc_cli_run(argc, argv, stdin, stdout, stderr);
}
