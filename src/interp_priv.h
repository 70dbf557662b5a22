/* interp_priv.h: the interpreter's own state, shared by its modules and by
 * nothing else:
 *   interp.c   tables: statement, scale, facts, and xc_interpret;
 *   records.c  rows as records: wrapped labels, headings, concepts;
 *   members.c  segment rows and members, segment totals, own members;
 *   columns.c  what column headers say: periods, members, measures;
 *   fiscal.c   the fiscal year: its end, naming, 52/53 weeks, durations;
 *   signs.c    signs and totals from the table's own arithmetic;
 *   docmeta.c  document-wide facts: stated dates, entity, ticker, DEI;
 *   capital.c  the share data an equity line prints in its label.
 * Each function's comment is at its definition.
 */
#ifndef XC_INTERP_PRIV_H
#define XC_INTERP_PRIV_H

#include "interp.h"
#include "mapper.h"
#include "textio.h"

#define MAXCOL 24
#define MAXITEMS 12

/* The share data an equity line prints in its label (capital.c). */
#define XC_CAPITAL_MAX 12
enum { XC_CAP_AUTHORIZED = 1, XC_CAP_ISSUED = 2, XC_CAP_OUTSTANDING = 4 };
typedef struct xc_cap_count {
    unsigned kinds;  /* XC_CAP_* its clause names; 0: none ("Treasury stock, 1,200 shares") */
    xc_decimal value;
    size_t at, len;  /* its figures in the label ("none" too) */
    xc_date date;    /* the date it is of ("at November 2, 2024"), or XC_NODATE */
    int year;        /* else the year ("1997, 6,962,500"), or 0 */
    int frac;        /* digits after its point ("Authorized 240.0 Shares" in a
                        table in millions), 0 for a whole count */
} xc_cap_count;
typedef struct xc_capital {
    int par_set;
    xc_number par; /* "$0.01 par value" */
    int n;
    xc_cap_count c[XC_CAPITAL_MAX];
} xc_capital;
int xc_capital_read(const char *label, xc_capital *out);

/* What a balance line's label says it is net of ("Accounts receivable, net
 * of allowance for credit losses of $2,091 and $2,929"): the words of what
 * is deducted and each amount, with the power of ten its words give ("$3.7
 * million") and the date or year it is of (capital.c). */
typedef struct xc_contra {
    size_t what_at, what_len; /* "allowance for credit losses" */
    int n;
    xc_cap_count a[XC_CAPITAL_MAX]; /* (kinds unused) */
    int exp[XC_CAPITAL_MAX];        /* the power of ten its words give, else 0 */
} xc_contra;
int xc_contra_read(const char *label, xc_contra *out);

/* The columns of a reconciliation printed across: the statements' figures,
 * what is added or taken out, and the measure that results. */
enum { XC_RECON_GAAP = 1, XC_RECON_ADJUSTMENT, XC_RECON_NONGAAP };

typedef struct colspec {
    int use;
    xc_period_spec ps;
    xc_period_type type;
    xc_date start, end;
    int inferred;
    int title_length; /* the length (months, weeks) is the title's, not the header's */
    int at;           /* the header places an instant: "Backlog as of June 30, 2026" */
    int title_range;  /* a range's first day is the title's, over a column of a year */
    int guessed;      /* a duration whose length nothing printed states */
    char *member; /* segment words from the header, or NULL */
    const xc_axis_member *axis; /* or the standard member they name ("Low") */
    int pershare; /* the header says the column holds per-share amounts */
    int aftertax; /* or amounts after tax ("After Tax" beside "Pretax") */
    int recon;    /* in a reconciliation across ("GAAP | Adjustments | Non-GAAP"):
                     XC_RECON_GAAP, _ADJUSTMENT or _NONGAAP, else 0 */
    int measured; /* its words name what it measures of each row, beside other such
                     columns ("Average Balance | Interest | Yield/Rate") */
    int named;    /* 1 + the concept its words name, in a reconciliation down the
                     side ("GAAP", adjustments, "Non-GAAP" over "Operating
                     Expenses | Net Income"), else 0 */
    int own_scale; /* the words state a scale of the column's own ("CPU Units k",
                      "Rev $m"): one of several measures under one period */
    char *words;  /* all non-period header words */
    char *dim_member;   /* the member QName made from dim_of (col_dims) */
    const char *dim_of;
    const char *currency; /* the code of a currency the header names alone ("RMB",
                             "US$" beside it: a convenience translation), or NULL */
    const char *money;    /* then its measure ("iso4217:CNY"), pooled */
} colspec;
typedef struct fye {
    int month, day; /* 0 when unknown */
    xc_date ref;    /* one fiscal year end date */
    /* how the release names its fiscal years: 0 by the calendar year they
     * end in ("fiscal 2025" ends January 31, 2025), 1 by the year they
     * begin in ("fiscal 2024" ends February 1, 2025) */
    int named_ahead;
    xc_date stated; /* a date the text says a fiscal year ended on, or XC_NODATE */
    xc_date said[8]; /* dates the text says quarters ended on ("The third
                        quarter of 2005 ended October 1, 2005") */
    int said_q[8];   /* which quarter each is, where the text says (3), else 0 */
    int nsaid;
    int weekly;     /* ref is a printed date of a 52/53-week year (weekly_end) */
    int delta;      /* then ref less its nearest month end, in days */
} fye;
typedef struct rec {
    const xc_row *row;
    char *label;       /* as printed, wrapped lines joined */
    char *heads[XC_MAP_MAX_HEADINGS];
    int nheads;
    int under_instant; /* indented under a heading that places an instant
                          ("Backlog at end of period:") */
    xc_statement stmt; /* the statement the row reads as: the table's, or a
                          heading's ("Free cash flow:", fill_ctx) */
    int concept; /* -1: extension */
    char *ext;   /* extension local name */
    xc_type ext_type;
    int score;
    const char *rule;
    int dup_of, dup_score; /* the concept and score it read as before a row
                              above kept that concept (settle_duplicates),
                              or -1 */
    const char *pooled_label; /* label in the model's pool (emit_table) */
    int total_like, unlabeled, verified;
    int by_calc; /* a total only as its concept is a calculation parent */
    int sigma;
    int ext_bal; /* an extension's balance, where its label and its sum say it (ext_side) */
    int attributed; /* a share of the row above (split_attribution): its record */
    int beginning;
    int dated;         /* the label names the day of its balance: */
    xc_label_day day;  /* ("Cash at January 1", xc_label_date) */
    int per_share; /* a per-share amount by its headings (per_share_row) */
    int per_unit;  /* an amount per unit by its heading ("Average costs per BOE:") */
    int gaap_part; /* in a non-GAAP table, a row outside the part its headings name
                      non-GAAP (basis_parts) */
    int scale; /* power of ten for monetary and share values of this row */
    int shares_scale;
    int count_scale; /* for counts: the row's or a heading's own note, else 0 */
    xc_number num[MAXCOL];
    int has[MAXCOL];
    int first_item; /* the group a verified total closes: [first_item, self) */
    int children[MAXITEMS];
    int child_sgn[MAXITEMS]; /* the sign each child is added with, as printed */
    int nchildren;
    int seg_measure; /* a segment's row ("Industrial"): the concept it measures, else -1 */
    int seg_ext;     /* or the total (record) whose extension concept it measures, else -1 */
    int ext_measure; /* a total whose extension concept its segments' rows measure */
    int head_ext;    /* a segment's row that measures the extension concept its heading
                        names ("Segment adjusted EBITDA:" / "Polyurethanes") */
    int share_of;    /* a row of percentages under a segment's row ("Med Tech", "Gross
                        margin % of sales"): that row's index + 1, whose member it takes */
    int seg_total;   /* the total of such rows: the consolidated amount */
    int seg_head;    /* the row's heading names its segment (heading_segments) */
    const char *seg_member; /* that segment, or NULL: consolidated */
    const xc_axis_member *seg_axis; /* the axis its heading names for a segment row
                                       ("Net sales by category:"), or NULL */
    const xc_axis_member *axis_member; /* a standard member the row names ("Products") */
    xc_axis_member own; /* the filer's member of that axis the row names (own_member) */
} rec;
typedef struct heading {
    int indent;
    char *text;
    int equity;    /* about equity alone: "Stockholders' equity:" */
    int per_share; /* about per-share amounts: "Earnings per common share" */
    int instant;   /* places an instant: "Backlog at end of period:" */
    int colon;     /* printed with a colon: it introduces what follows */
    int group;     /* a colon's heading over headings at its own indent
                      ("Per share amounts:" / "Net income" / "Basic") */
    int list;      /* over a list ("Cost of Sales" / "- Utility"): closed
                      by the first row at its indent that is no item */
    int deeper;    /* a row has stood deeper than it: closed by the first
                      row as far out as itself */
    int rows;      /* rows read under it so far */
    int stmt;      /* names a section of a balance sheet or cash flows in a
                      table of results ("Balance sheet data:" among highlights) */
    int nested;    /* its first row stood deeper: in fixed-width text, a
                      heading over items of its own ("Securities" / "  U.S.
                      Treasury"), closed by the first row back out */
    struct heading *under; /* the heading at its own indent that it closed,
                              open again when it closes by its rows */
} heading;
typedef struct tstate {
    const xc_taxonomy *tax;
    xc_diag *d;
    const char *source;
    const xc_table *t;
    xc_statement stmt;
    int nongaap, segment;
    const xc_axis_member *seg_axis; /* the axis the title's segment phrase names
                                       ("by category"), or NULL: business segments */
    unsigned industry; /* the release's industries (ictx.industry) */
    const char *entity; /* the registrant's name, or NULL */
    const char *ticker; /* its trading symbol, or NULL */
    int scale;
    int share_scale; /* share counts' power of ten, -1: as the amounts'
                        (xc_scale_of) */
    int counts; /* the scale note names what the amounts count */
    const char *scale_text; /* the table's scale note ("(in thousands)", or the
                               sentence that states it), or NULL */
    const char *excepts; /* the scale note from its "except", or NULL */
    int note_all; /* that exception names rows by their abbreviations ("in
                     thousands except AOV, ARPU"): the note scales all others,
                     counts too */
    char *unit_head;   /* a copy of the heading last asked whether it says per */
    int unit_head_per; /* what, and the answer (build_records) */
    colspec cols[MAXCOL];
    int ncols;
    rec *recs;
    size_t nrecs, crecs;
    signed char *instant; /* per record, once asked: 1 places an instant, -1 not */
    heading heads[16];
    int nheads;
    xc_side side;
    int term; /* balance sheet: the section's xc_term, XC_TERM_ANY when unknown */
    int unclassified; /* a balance sheet without current sections (a bank's) */
    size_t current_end[2]; /* the rows of "Total current assets" and "Total current
                              liabilities", or SIZE_MAX */
    size_t row; /* the row being read */
    int per_share; /* the title is about per-share amounts ("Factors Impacting EPS") */
    int pershare_cols; /* columns hold per-share amounts (colspec.pershare) */
    int as_of; /* a header says "as of": balances may stand among the flows
                  (-1: not asked yet) */
    int currencies; /* columns name currencies of their own (colspec.currency) */
} tstate;
typedef struct ictx {
    const xc_doc *doc;
    const xc_taxonomy *tax;
    const xc_options *opt;
    xc_model *m;
    xc_diag *d;
    fye fy;
    int table_no;
    int added;
    unsigned industry; /* XC_IND_* bits: the release is a bank's, an insurer's (industries) */
    const char *source; /* the model's source name, pooled */
    const char *money;  /* the table's currency measure ("iso4217:USD"), pooled */
    const char *said_money; /* the currency code the opening text gives all amounts in */
} ictx;

/* signs.c */
void xc_resolve_signs(tstate *s);
void xc_extension_sides(tstate *s);
void xc_name_totals(tstate *s);
void xc_name_differences(tstate *s);
void xc_split_attribution(tstate *s);
void xc_settle_duplicates(tstate *s);
void xc_settle_owners_share(tstate *s);
int xc_deducts(const rec *t);
int xc_amounts_differ(const tstate *s, const rec *a, const rec *b);

/* fiscal.c */
int xc_md_distance(xc_date a, xc_date b);
int xc_weekly_end(xc_date end);
xc_date xc_fiscal_end(const fye *f, int year);
xc_date xc_named_fiscal_end(const fye *f, int year);
xc_date xc_duration_start(xc_date end, int months, int weeks, const fye *f, int *inferred);
void xc_set_fiscal_year_end(fye *f, xc_date end);
void xc_find_fiscal_year_end(ictx *c, xc_table_info *infos, colspec (*cols)[MAXCOL],
                             int *ncols, size_t ntables);
void xc_fiscal_naming(ictx *c, colspec (*cols)[MAXCOL], const int *ncols, size_t nt);
void xc_weekly_rule(fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt);
void xc_place_month_ends(const fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt);
void xc_place_quarters(const fye *f, colspec (*cols)[MAXCOL], const int *ncols, size_t nt);

/* columns.c */
int xc_read_columns(const xc_taxonomy *tax, const xc_table *t, colspec *cols, int *ncols,
                    xc_date released);
void xc_resolve_columns(const ictx *c, tstate *s);
void xc_transpose_measures(const ictx *c, xc_doc *doc);
void xc_transpose_periods(const ictx *c, xc_doc *doc);
void xc_count_periods(const colspec *cols, int ncols, int *inst, int *dur);
int xc_instants_only(const colspec *cols, int ncols);

/* docmeta.c */
char *xc_table_notes(const xc_text *tx, int last_line, int next_table_line);
void xc_said_quarter_ends(ictx *c, colspec (*cols)[MAXCOL], const int *ncols, size_t nt);
void xc_document_meta(ictx *c);
void xc_add_dei(ictx *c);

/* records.c */
void xc_build_records(tstate *s);
void xc_free_rec(rec *r);
void xc_free_heading(heading *h);
void xc_fill_ctx(const tstate *s, int indent, xc_map_ctx *ctx, const char *const *extra,
                 int nextra);
int xc_names_exactly(const tstate *s, const char *label, xc_statement st, xc_match *m);
int xc_read_above(const tstate *s, int c);
int xc_heading_total(const tstate *s, const char *text, int min_score);
xc_word xc_head_noun(const xc_taxonomy *tax, const char *text);
int xc_counts_things(const xc_taxonomy *tax, const char *text);
int xc_text_names(const char *text, size_t tn, const char *label);
int xc_scale_counts(const xc_taxonomy *tax, const char *note);
int xc_paren_counts(const xc_taxonomy *tax, const char *label);
int xc_names_held(const xc_taxonomy *tax, const char *label);
int xc_per_unit(const xc_taxonomy *tax, const char *label);
int xc_has_text(const char *h);
int xc_bare_total(const xc_taxonomy *tax, const char *label);

/* signs.c */
/* Whether every amount row r prints is a percentage (or a dash). */
int xc_percent_row(const tstate *s, const rec *r);

/* members.c */
/* the axis of the release's own segments */
#define XC_SEGMENT_AXIS "us-gaap:StatementBusinessSegmentsAxis"
void xc_segment_rows(ictx *c, tstate *s, int titled);
void xc_line_members(const ictx *c, tstate *s);
void xc_class_headings(const ictx *c, tstate *s);
int xc_heading_segments(ictx *c, tstate *s);
void xc_title_totals(const ictx *c, tstate *s, int titled);
int xc_known_segment(const ictx *c, const char *text, const xc_axis_member **axis);
int xc_names_reconciling(const tstate *s);
char *xc_measure_name(const char *label);

/* interp.c */
int xc_label_starts(const char *label, const char *word);
int xc_adding_total(const tstate *s, int i);
int xc_probe_conflicts(ictx *c, const tstate *s, size_t a, size_t b, int *agree);
char *xc_member_qname(const ictx *c, const char *text);
char *xc_trim_dup(const char *s);
int xc_ends_colon(const char *s);
char *xc_join2(const char *a, const char *b);
size_t xc_next_word(const char **p, const char **start);
int xc_letter_scale(const char *s, size_t k);
int xc_recon_kind(const xc_taxonomy *tax, const char *words);
int xc_recon_step(const xc_taxonomy *tax, const char *label);

#endif
