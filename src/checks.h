/* checks.h: checks of a fact set, run after every conversion and by
 * `xbrlconv check` (issue 4):
 *
 *   XBRL 2.1  every fact's period type is its concept's; monetary facts are in a
 *             currency, per-share facts in currency per share, share counts in
 *             shares; no two facts for one concept, context and unit differ;
 *   calc      each calculation of the taxonomy whose total and every item (two or
 *             more) are reported in one context adds up, with Calculations 1.1 rounding
 *             (each value stands for the interval its decimals allow);
 *   release   assets equal liabilities and equity at each balance-sheet date; basic
 *             and diluted EPS are net income over the weighted shares, to the cent.
 *
 * Each finding is a warning with code XC_ECHECK naming the rule in brackets, the
 * facts, their source line and the amounts.
 */
#ifndef XC_CHECK_H
#define XC_CHECK_H

#include "diag.h"
#include "model.h"
#include "taxonomy.h"

/* Whether parent = sum of weight x item holds, Calculations 1.1 style, in
 * every context and unit where the parent and at least one item are
 * reported: the relationship can go into a calculation linkbase without an
 * inconsistency. Concepts are QNames as in the model. */
int xc_calc_holds(const xc_model *m, const char *parent, const char *const *items,
                  const int *weights, int n);

/* Adds one warning per finding to d; returns their number. */
int xc_check(const xc_model *m, const xc_taxonomy *t, xc_diag *d);

#endif
