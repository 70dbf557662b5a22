/* mapper.h: row label -> taxonomy concept, keeping the rule that matched
 * (--explain prints it).
 *
 * Rules, strongest first:
 *   label          the label's words equal a concept label or alias
 *   heading+label  the label plus the headings above it ("Other" under
 *                  "Current liabilities") give an alias, and every word of
 *                  the label is in it
 *   label-clause   the label up to its first comma ("Minority interest,
 *                  including a portion ...") equals an alias
 *   heading        an empty label ("Total") takes its heading's concept
 *   fuzzy          most words shared with an alias
 * Candidates must fit the statement (income, balance, cash flow) and, on a
 * balance sheet, the side (assets or liabilities and equity).
 */
#ifndef XC_MAPPER_H
#define XC_MAPPER_H

#include "taxonomy.h"

#define XC_MAP_MAX_HEADINGS 3

typedef struct xc_map_ctx {
    xc_statement statement;
    xc_side side; /* XC_SIDE_NONE when unknown */
    int term;     /* balance sheet: the xc_term of the row's section (XC_TERM_ANY:
                     unknown; XC_TERM_UNCLASSIFIED: the sheet has no current sections) */
    const char *headings[XC_MAP_MAX_HEADINGS]; /* nearest first */
    int nheadings;
    int per_share; /* the row is a per-share amount: no monetary concept fits */
    unsigned industry; /* XC_IND_* bits of the release's industries: their concepts fit */
    int closed;    /* a total came between the nearest heading and the row */
} xc_map_ctx;

typedef struct xc_match {
    int concept;      /* -1 when nothing fits */
    int score;        /* 0..100 */
    const char *rule; /* static string */
} xc_match;

/* Maps one label. Returns 1 and fills out when a concept fits, else 0
 * (out->concept = -1). Answers are remembered until xc_map_forget. */
int xc_map_label(const xc_taxonomy *t, const char *label, const xc_map_ctx *ctx, xc_match *out);

/* Forgets the remembered answers: each conversion starts afresh, so that
 * a batch's speed does not depend on releases that came before. */
void xc_map_forget(const xc_taxonomy *t);

/* Whether the label places an instant: "beginning", "end" or "ending"
 * followed by "of", "balance" or "period", or set off by a comma, dash or
 * "at" ("Cash, end of year", "Homes at end of period", "Ending balance");
 * or a day of a month after "at" or "as of", or set off ("Enrollment at
 * September 30", "Cash, December 31"). */
int xc_places_instant(const char *label);

/* A day a label names: month 1-12, day 1-31, year (0 when unsaid), and
 * where in the label its month stands. */
typedef struct {
    int month, day, year;
    size_t at;
} xc_label_day;

/* Whether the label places an instant at a day it names ("Cash and cash
 * equivalents at January 1", "Cash, December 31, 2003"), set in *date. */
int xc_label_date(const char *label, xc_label_day *date);

/* Among the calculation children of `parent` that fit a release of the
 * given industries (XC_IND_* bits), the concept that best fits label: one
 * with an alias all of whose words the label has, else one with an alias
 * that has all the label's words and not twice as many; -1 if none does.
 * With `shared`, sets how many words the label and that alias share. */
int xc_map_child(const xc_taxonomy *t, const char *label, int parent, unsigned industry,
                 int *shared);

/* xc_map_child, where only an alias that has all the label's words and
 * not twice as many fits ("Other" is other income; "Interest and other
 * income" is no interest income). */
int xc_map_child_within(const xc_taxonomy *t, const char *label, int parent, unsigned industry);

/* Among the calculation children of `parent` that enter it with `weight`
 * and fit the industries, the one with an alias of label's head noun that
 * shares the most words with it (the first of equals); -1 if none does. For
 * an item whose place in a sum is known ("Cost of educational services"
 * deducted in gross profit: a cost of revenue). */
int xc_map_child_sharing(const xc_taxonomy *t, const char *label, int parent, int weight,
                         unsigned industry);

#endif
