/* interp.h: give tables meaning. For every table a reader found:
 *   - the statement it is (title vocabulary, else its columns and rows),
 *     and whether it is non-GAAP or a segment table;
 *   - each column's period (xc_period_parse), with duration starts inferred
 *     from the fiscal year end the release reveals;
 *   - the scale statement and its exceptions;
 *   - logical rows: wrapped labels joined, headings kept as context;
 *   - a concept for each row (mapper.c), else an extension concept;
 *   - signs from the table's own arithmetic (subtotals that foot);
 * and add the facts, with provenance, to the model.
 */
#ifndef XC_INTERP_H
#define XC_INTERP_H

#include "diag.h"
#include "model.h"
#include "options.h"
#include "table.h"
#include "taxonomy.h"

/* Adds the facts of doc's tables and the document's entity and DEI data to
 * m. m takes over the tables' texts (doc->mem), which its facts and source
 * rows point into: doc's tables stay readable while m lives. Returns the
 * number of numeric facts added (0 when no table held a financial
 * statement), or a negative XC_E* after adding a diagnostic. */
int xc_interpret(xc_doc *doc, const xc_taxonomy *tax, const xc_options *opt, xc_model *m,
                 xc_diag *d);

/* Reads a scale statement ("(In thousands, except per share and share
 * amounts)", "Dollars in Millions", "($000)"). Returns the power of ten
 * (3, 6, 9) or -1 if text states none; sets *shares to that of share
 * counts: -1 as the amounts, 0 counted one by one ("except share data"),
 * or their own ("except shares in millions"). */
int xc_scale_of(const char *text, int *shares);

/* Turns label text into an NCName in UpperCamelCase ("Net assets held for
 * sale" -> "NetAssetsHeldForSale"); caller frees. */
char *xc_camel_name(const char *text);

#endif
