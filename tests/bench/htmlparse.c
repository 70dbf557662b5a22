/* htmlparse.c FILE...: libxml2's bare HTML parse of each file (read into
 * memory, htmlReadMemory with the options xbrlconv uses, freed), the
 * baseline for xbrlconv's HTML reading time in make bench. */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f)
            return 1;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc((size_t)n + 1);
        if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n)
            return 1;
        fclose(f);
        htmlDocPtr doc = htmlReadMemory(buf, (int)n, argv[i], "UTF-8",
                                        HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                            HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
        xmlFreeDoc(doc);
        free(buf);
    }
    return 0;
}
