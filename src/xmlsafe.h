/* xmlsafe.h: parsing XML that may be hostile. Nothing is fetched (NONET,
 * an entity loader that refuses every external resource), no entity is
 * expanded, and a document type declaration that declares entities (the
 * "billion laughs" family) is refused before parsing. libxml2's own limit on
 * depth (256 without XML_PARSE_HUGE) stops absurd nesting; its errors become
 * diagnostics.
 */
#ifndef XC_XMLSAFE_H
#define XC_XMLSAFE_H

#include "diag.h"

#include <stddef.h>

/* The options every XML parse uses. */
#define XC_XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* Returns 0, or -XC_EPARSE after a diagnostic when the prolog declares
 * entities. */
int xc_xml_guard(const char *name, const char *raw, size_t n, xc_diag *d);

/* Routes libxml2's errors into d (file name `name`) until xc_xml_end. */
void xc_xml_begin(const char *name, xc_diag *d);
/* Returns the number of errors libxml2 reported since xc_xml_begin. */
int xc_xml_end(void);

/* The text of an XML fragment (an xBRL-JSON footnote's XHTML), newly
 * allocated; NULL when the fragment is not well-formed. */
char *xc_xml_fragment_text(const char *fragment);

#endif
