/* json.h: a small JSON parser (RFC 8259) for the xBRL-JSON reader: a tree
 * of values, strings decoded to UTF-8, numbers kept as their text (exact),
 * nesting limited so hostile input cannot exhaust the stack.
 */
#ifndef XC_JSON_H
#define XC_JSON_H

#include <stddef.h>

typedef enum { XC_JNULL, XC_JBOOL, XC_JNUM, XC_JSTR, XC_JARR, XC_JOBJ } xc_jtype;

typedef struct xc_json {
    xc_jtype type;
    char *str;   /* JSTR: the string; JNUM: the number as written */
    int boolean; /* JBOOL */
    char **keys; /* JOBJ: member names, parallel to kids */
    struct xc_json *kids;
    size_t n;
} xc_json;

/* Parses n bytes into *out. Returns 0, or -1 with the byte offset of the
 * problem in *err_off and a message in err (80 bytes). */
int xc_json_parse(const char *s, size_t n, xc_json *out, size_t *err_off, char err[80]);
void xc_json_free(xc_json *j);
/* The member of an object with this name, or NULL. */
const xc_json *xc_json_get(const xc_json *obj, const char *key);
/* The string value of a member, or NULL when absent or not a string. */
const char *xc_json_str(const xc_json *obj, const char *key);

#endif
