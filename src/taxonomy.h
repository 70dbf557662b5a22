/* taxonomy.h: the concepts and vocabulary xbrlconv maps with, loaded from
 * taxonomy/us-gaap.xml and taxonomy/vocabulary.xml (format:
 * docs/taxonomy.md) with libxml2.
 */
#ifndef XC_TAXONOMY_H
#define XC_TAXONOMY_H

#include "diag.h"
#include "model.h"
#include "util.h"

#include <stddef.h>
#include <stdint.h>

typedef enum {
    XC_TYPE_MONETARY,
    XC_TYPE_SHARES,
    XC_TYPE_PERSHARE,
    XC_TYPE_PERCENT,
    XC_TYPE_STRING
} xc_type;

typedef enum { XC_BAL_NONE, XC_BAL_DEBIT, XC_BAL_CREDIT } xc_balance;
typedef enum { XC_SIDE_NONE, XC_SIDE_ASSET, XC_SIDE_LIABILITY, XC_SIDE_EQUITY } xc_side;

/* A word: the 64-bit FNV-1a hash of its normalised spelling. */
typedef uint64_t xc_word;
xc_word xc_word_id(const char *s, size_t n);

/* A normalised label: its words sorted (by id) and unique, or in text
 * order for phrases. */
typedef struct xc_words {
    xc_word *w;
    int n;
} xc_words;

/* Industries whose concepts fit their own releases only: bits of
 * xc_concept.industry and xc_map_ctx.industry, in the order of
 * XC_INDUSTRY_NAMES (the values of industry= and <industry name=>). */
enum { XC_IND_BANK = 1, XC_IND_INSURANCE = 2 };
#define XC_NIND 2
#define XC_INDUSTRY_NAMES {"bank", "insurance"}

/* Where a balance-sheet concept sits: in the current or the noncurrent
 * part of a classified balance sheet, or on one with no such parts (a
 * bank's "Other assets" is OtherAssets, an industrial's OtherAssetsNoncurrent). */
typedef enum xc_term {
    XC_TERM_ANY,          /* not classified: fits any balance sheet */
    XC_TERM_CURRENT,
    XC_TERM_NONCURRENT,
    XC_TERM_UNCLASSIFIED  /* a balance sheet without current sections */
} xc_term;

typedef struct xc_concept {
    char *name;  /* local name */
    char *qname; /* prefix:name */
    char *label; /* standard label */
    xc_type type;
    xc_period_type period;
    xc_balance balance;
    unsigned statements; /* bit (1 << xc_statement) */
    int cf;              /* 1, -1, or 0 when not a cash-flow item */
    int nonneg;
    xc_side side;
    int holds_equity; /* a liability-side total that sums equity too */
    unsigned industry; /* an XC_IND_* bit (industry="bank", "insurance"): the concept fits
                          that industry's releases only; 0 for every release */
    int gross;        /* its standard label ends "gross", or gross="true": no label
                         saying "net" is it */
    int term;     /* an xc_term: the part of a classified balance sheet it
                     belongs to, or XC_TERM_UNCLASSIFIED for a sheet with none */
    int rest;     /* the rest of its side and term: a bare "Other" there (rest="true") */
    int twin;     /* the concept of the other term whose label's words are its own
                     but for "current" and "noncurrent", or -1 */
    int continuing; /* the concept of its continuing operations alone
                       (continuing="IncomeLossFromContinuingOperations" on
                       NetIncomeLoss), or -1 */
    int discontinued; /* and of its discontinued operations alone, or -1 */
    int unadjusted;   /* the concept its calculation starts from, which a row
                         read as it is where the release deducts none of the
                         rest (unadjusted="NetIncomeLoss" on net income
                         available to common stockholders), or -1 */
    int split[2]; /* concept indexes, -1 when unused */
    int part;     /* q + 1 when it is split[q] of another concept, else 0 */
    int parent;   /* calculation parent, -1 for a root */
    int nchildren; /* calculation items listed under it (in any tree) */
    int child, sibling; /* the first concept whose parent it is, and that
                           concept's next sibling under the same parent; -1 */
    int alias0, nalias; /* its aliases: t->aliases[alias0 .. alias0 + nalias) */
    int weight;   /* weight of the arc to the parent */
} xc_concept;

typedef struct xc_alias {
    int concept;
    xc_words words;
    uint64_t sig; /* its words' signature (xc_words_sig) */
    int printed; /* the words as written, before normalising (xc_count_words) */
    uint64_t spelling; /* and their spelling (xc_spelling) */
    int joins;         /* joins two items with "and" or "&", 2 when the second is
                          "other ..." (xc_joins_items) */
    xc_word head;      /* its head noun (xc_words_head), or 0 */
    xc_words before;   /* its words after "before", in order ("Income before
                          income taxes": income tax), or none */
    xc_words measure;  /* and those before it (income), or none */
} xc_alias;

/* Whether text joins two items with "and" or "&": 2 when the item joined
 * is "other ..." ("Occupancy and other operating expenses"), else 1; 0
 * when it joins none. */
int xc_joins_items(const char *text);

typedef struct xc_phrase {
    int kind; /* xc_statement for statement phrases, else 0 */
    char *axis; /* a segment phrase's axis (axis=, one of <axis>), or NULL:
                   business segments */
    xc_words words;
    char *text;   /* normalised, words in order, space separated */
    uint64_t sig; /* bit (id % 64) of each word (xc_words_sig): a text whose
                     signature lacks one of them cannot hold the phrase */
} xc_phrase;

typedef struct xc_synonym {
    char *word, *as;
} xc_synonym;

/* A member of a standard axis that a row may name ("Products": the
 * ProductMember of srt:ProductOrServiceAxis), one entry per alias. */
typedef struct xc_axis_member {
    char *axis;     /* QName of the axis */
    char *prefix;   /* its prefix ("srt") */
    char *axis_ns;  /* namespace URI of that prefix */
    char *member;   /* QName of the member */
    char *member_ns; /* namespace URI of its prefix where that is neither the
                        axis's nor the taxonomy's (country:US), else NULL */
    xc_words words; /* the alias, normalised (sorted set) */
    int residual;   /* the rest of the axis ("Other"): named only beside
                       a row that names another member of it */
    int lines;      /* the axis's members are lines of the statements
                       (IncomeStatementLocationAxis): a row that names one
                       under a total of another kind is that total's */
    int reconciles; /* the axis's members reconcile segments to the whole
                       (ConsolidationItemsAxis): a row so named among
                       segments is that member, no segment of its own */
    int scenario;   /* the axis's members say which figures a column holds
                       (pro forma, as first reported, a range's end), not
                       which part of the business */
    char *splits;   /* the concepts its members split (splits=, names
                       separated by blanks), with those under them; NULL:
                       any concept */
    int own;        /* own="true": rows that name no concept under a heading
                       that names a measure of income it splits, which their
                       total adds, are the release's own members of the axis
                       ("Revenues" / "Procurement", "System integration") */
    int sum;        /* sum="true": the segments' own total, before what
                       reconciles them to the whole (OperatingSegmentsMember) */
    int named;      /* named="true": a member only where a phrase names the
                       axis ("Revenue by geography:" / "Europe"), never by
                       its name alone (xc_taxonomy_member_on) */
    char *text;     /* qualifies="true": the alias as printed, which a
                       label names beside a concept ("Class A common
                       stock"); such members name no row alone */
} xc_axis_member;

typedef struct xc_exchange {
    char *code;
    char *alias; /* normalised */
} xc_exchange;

/* A currency by a sign or a name it is printed with: "\u20ac", "C$";
 * "euros", "Canadian dollars". One entry per sign or name. */
typedef struct xc_currency {
    char *code;     /* ISO 4217: "EUR" */
    char *sign;     /* as printed, or NULL for a name */
    xc_phrase name; /* the name's words in order (when sign is NULL) */
} xc_currency;

/* One word of one alias, in the index that finds an alias by its words. */
typedef struct xc_word_ref {
    xc_word word;
    int alias;
} xc_word_ref;

/* What the vocabulary says of a word: stop word, leading word, synonym. */
typedef struct xc_wordinfo {
    xc_word id;
    int flags;
    int syn; /* index in syn, or -1 */
} xc_wordinfo;

/* The mapper's working memory (mapper.c): per alias, which of a label's
 * word lists it equals, zero between calls; the answers and the texts'
 * words seen during this conversion. A taxonomy therefore serves one
 * conversion at a time (batches fork workers). */
typedef struct xc_mapscratch {
    uint8_t *equals; /* per alias: the label's word lists it equals (bits) */
    uint64_t *touched; /* aliases with a count, a bit each */
    size_t nbits;
    /* answers for this conversion (xc_map_label, xc_map_forget) */
    xc_strmap memo; /* label and context -> index in answers */
    struct xc_match *answers;
    size_t nanswers, canswers;
    xc_buf key;
    /* the words of texts seen during this conversion (xc_words_seen) */
    xc_strmap wmemo; /* text -> index in wlists */
    struct xc_wlist {
        struct xc_words ord; /* in order, as scanned */
        struct xc_words set; /* sorted and unique, once asked for */
        int has_set;
        int head; /* ord.w[head - 1] is the head noun (xc_words_head) */
    } *wlists;
    size_t nwlists, cwlists;
} xc_mapscratch;

typedef struct xc_taxonomy {
    char *prefix, *ns, *schema;
    xc_concept *concepts;
    size_t nconcepts, cconcepts;
    xc_alias *aliases;
    xc_word *alias_words; /* every alias's words, in alias order (one block) */
    size_t naliases, caliases;
    xc_phrase *statements, *nongaap, *segment, *total, *measure, *announce;
    size_t nstatements, nnongaap, nsegment, ntotal, nmeasure, nannounce;
    size_t cstatements, cnongaap, csegment, ctotal, cmeasure, cannounce;
    /* phrases of a heading over rows of other figures than the statements'
     * ("Pro forma income per common share:"), in any table */
    xc_phrase *other_heads;
    size_t nother_heads, cother_heads;
    xc_phrase *basis; /* a heading's phrases that name only the basis of its rows'
                         figures (<basis>): "U.S. GAAP Financial Measures" */
    size_t nbasis, cbasis;
    xc_phrase *excerpt; /* titles of a few lines picked from a statement */
    size_t nexcerpt, cexcerpt;
    xc_phrase *event; /* a title's date that is an event's, no period's */
    size_t nevent, cevent;
    xc_phrase *money_said; /* "all amounts": what the currency of all is said after */
    size_t nmoney_said, cmoney_said;
    xc_phrase *row_measure; /* columns that measure each row their own way */
    size_t nrow_measure, crow_measure;
    xc_phrase *held; /* amounts held at a moment, not flows (<held>): "book value" */
    size_t nheld, cheld;
    xc_phrase *recon_gaap, *recon_adjust; /* a reconciliation's columns across */
    size_t nrecon_gaap, crecon_gaap, nrecon_adjust, crecon_adjust;
    /* what a label's amount serves (<purpose>): "for computation of" */
    xc_phrase *purpose;
    size_t npurpose, cpurpose;
    /* by industry (bit 1 << i): rows only that industry prints (<industry name=>) */
    xc_phrase *industry[XC_NIND];
    size_t nindustry[XC_NIND], cindustry[XC_NIND];
    char **stop;
    size_t nstop, cstop;
    xc_word *counts; /* head nouns of counts and rates (<counts>) */
    size_t ncounts, ccounts;
    xc_word *quantities; /* head nouns of a quantity of what a word before counts
                          * ("Unit sales volume": <quantities>) */
    size_t nquantities, cquantities;
    xc_word *rates; /* head nouns of money per unit ("Average daily rate": <rates>) */
    size_t nrates, crates;
    xc_word *marked; /* words no fuzzy reading may add or leave out (<marked>) */
    size_t nmarked, cmarked;
    /* every summation-item arc as listed (the tree keeps a concept's first
     * parent only): parent, item, weight */
    struct xc_arc {
        int parent, item, weight;
    } *arcs;
    size_t narcs, carcs;
    xc_word *reported; /* words naming the measure as reported (<reported>): "GAAP" */
    size_t nreported, creported;
    xc_word *sense[3]; /* by xc_balance: words of income and of expense (<credit>, <debit>) */
    size_t nsense[3], csense[3];
    char **lead;
    size_t nlead, clead;
    char **prep; /* prepositions (<prepositions>): a head noun comes before */
    size_t nprep, cprep;
    char **postpos; /* words that follow their noun (<postpositive>): "Stores open" */
    size_t npostpos, cpostpos;
    char **numbering; /* words a document numbers its parts by (<numbering>): "Table 2" */
    size_t nnumbering, cnumbering;
    xc_synonym *syn;
    size_t nsyn, csyn;
    xc_exchange *exchanges;
    size_t nexchanges, cexchanges;
    xc_currency *currencies; /* <currency code=> <sign> <name> */
    size_t ncurrencies, ccurrencies;
    char *default_currency; /* <currency default="true">, else "USD" */
    xc_axis_member *members; /* <axis> <member> <alias> */
    size_t nmembers, cmembers;
    size_t *qualifiers; /* the members of qualifying axes (text set), by index */
    size_t nqualifiers, cqualifiers;
    xc_word_ref *index; /* every alias word, sorted by word then alias */
    size_t nindex;
    struct xc_postings {
        xc_word word;
        uint32_t lo, hi; /* the word's entries in index: [lo, hi); lo == hi empty */
    } *post;             /* open addressing by word, npost slots (a power of 2) */
    size_t npost;
    xc_wordinfo *wtab; /* stop, lead and synonym words by id (hash table) */
    size_t wcap;
    xc_mapscratch *scratch;
    xc_strmap by_name; /* concept local name -> index */
    struct xc_same {
        uint64_t hash; /* of an alias word set */
        int first;     /* the first alias with it, -1 for an empty slot */
    } *same;           /* open addressing */
    size_t nsame;
    int *same_next;    /* the next alias with the same hash, or -1 */
} xc_taxonomy;

/* The first alias whose word set hashes like w's (follow same_next and
 * compare: equal sets always share the hash), or -1. */
/* The index entries of word w: [*lo, return). */
size_t xc_taxonomy_postings(const xc_taxonomy *t, xc_word w, size_t *lo);
int xc_taxonomy_same_words(const xc_taxonomy *t, const xc_words *w);

/* Loads us-gaap.xml and vocabulary.xml from dir. Returns NULL after adding
 * a diagnostic (XC_ETAXONOMY) naming the file and line when a file is
 * missing or malformed. */
xc_taxonomy *xc_taxonomy_load(const char *dir, xc_diag *d);
void xc_taxonomy_free(xc_taxonomy *t);

/* Index of the concept with this local name, or -1. */
int xc_taxonomy_find(const xc_taxonomy *t, const char *name);
/* Whether a member of am's axis may measure concept: it is one of the
 * concepts the axis splits, or under one in the calculation trees. */
int xc_axis_splits(const xc_taxonomy *t, const xc_axis_member *am, int concept);
/* The concept of term (XC_TERM_CURRENT or _NONCURRENT) that names concept
 * k's words with the term's ("Operating lease, liability, current" for
 * "Operating lease, liability"), by label or alias; -1 if none. */
int xc_taxonomy_termed(const xc_taxonomy *t, int k, int term);

/* Normalises text into words: lower case, footnote markers and scale
 * notes such as "(in millions)" dropped, punctuation to blanks, plurals
 * singular, synonyms applied, stop words removed, and a trailing "net"
 * dropped. The caller frees with xc_words_free. `ordered` keeps the words
 * in text order with repeats (for phrase search); else sorted and unique. */
void xc_words_of(const xc_taxonomy *t, const char *text, int ordered, xc_words *out);
/* The same words, kept by the taxonomy until xc_words_forget: the caller
 * reads them and never frees them. Needs a loaded taxonomy. */
xc_words xc_words_seen(const xc_taxonomy *t, const char *text, int ordered);
/* The head noun of text: its last word before the first preposition that
 * follows a word ("Allowance for uncollectible accounts": allowance), else
 * its last word; 0 when it has none. Remembered like xc_words_seen. */
xc_word xc_words_head(const xc_taxonomy *t, const char *text);
/* Forgets the words remembered for texts seen since the last call (each
 * conversion starts afresh; see xc_map_forget). */
void xc_words_forget(const xc_taxonomy *t);
void xc_words_free(xc_words *w);
/* The normalised words of text in order, space separated (caller frees). */
char *xc_words_text(const xc_taxonomy *t, const char *text);
/* 1 if w holds this (normalised) word, by id (xc_word_id) or by text. */
int xc_words_has_id(const xc_words *w, xc_word id);
int xc_words_has(const xc_words *w, const char *word);
/* The words of ord (ordered) after its first `word`: a view into ord,
 * empty when word is not there; *pre, when given, gets those before it. */
xc_words xc_words_after(const xc_words *ord, xc_word word, xc_words *pre);
/* 1 if every word of a is in b (both sorted and unique). */
int xc_words_subset(const xc_words *a, const xc_words *b);
int xc_words_equal(const xc_words *a, const xc_words *b);

/* The bits (id % 64) of w's words. */
uint64_t xc_words_sig(const xc_words *w);
int xc_words_common(const xc_words *a, const xc_words *b);
/* 1 if phrase (ordered words) occurs in text (ordered words). */
int xc_words_contains_phrase(const xc_words *text, const xc_words *phrase);

/* The words of text (sorted and unique, for the caller to free) before the
 * first phrase of list that follows a word: "Weighted average shares
 * outstanding for computation of basic per share results" has the words
 * of "Weighted average shares outstanding" before a <purpose> phrase.
 * Empty when no phrase follows a word. */
xc_words xc_words_before_phrase(const xc_taxonomy *t, const char *text, const xc_phrase *list,
                                size_t n);

/* 1 if text names shares before "per" ("Shares used in computing loss per
 * share"): it counts shares, not an amount per share. */
int xc_taxonomy_shares_first(const xc_taxonomy *t, const char *text);

/* 1 if normalised text contains any phrase of the list. */
int xc_taxonomy_has_phrase(const xc_taxonomy *t, const xc_phrase *list, size_t n,
                           const char *text);
/* The axis member a row label names ("Products", "Cost of services"),
 * or NULL. */
const xc_axis_member *xc_taxonomy_member(const xc_taxonomy *t, const char *label);
/* The member of axis (a QName) that label names, or NULL. */
const xc_axis_member *xc_taxonomy_member_on(const xc_taxonomy *t, const char *axis,
                                            const char *label);
/* Whether text says what its rows or columns are by (a <segment> phrase:
 * "by segment", "Net sales by category"): 1, with *axis the standard axis
 * the phrase names (a member of it, for its QName and namespace), or NULL
 * for business segments; 0 when it says none. */
int xc_taxonomy_segment_axis(const xc_taxonomy *t, const char *text, const xc_axis_member **axis);

/* The ISO 4217 code of the currency sign s[0..n) ("\u20ac": "EUR"), or
 * NULL; a bare "$" names none (dollars of many countries print it). */
const char *xc_taxonomy_currency_sign(const xc_taxonomy *t, const char *s, size_t n);

/* The code of the first currency text names by a name ("(in millions of
 * euros)") or a sign ("(\u20ac in millions)"), or NULL. */
const char *xc_taxonomy_currency_in(const xc_taxonomy *t, const char *text);
/* Blanks the notes in s that words do not read: "(1)", "(a)", "(iii)",
 * "(in millions)", "(000)", "(unaudited)", "(in dollars per share)", "*". */
void xc_drop_notes(char *s);

/* The code of the currency text names and nothing else: a column header's
 * "RMB", "US$", "(EUR)"; NULL for any other text, and for a bare "$". */
const char *xc_taxonomy_currency_alone(const xc_taxonomy *t, const char *text);

/* The member of a qualifying axis that label names beside a concept
 * ("Class A common stock", "Common stock - Class B"), or NULL. Writes to
 * rest the label without the members it names (at most cap bytes,
 * NUL-terminated), and to n how many it names ("Class A and B": 2). */
const xc_axis_member *xc_taxonomy_qualifier(const xc_taxonomy *t, const char *label, char *rest,
                                            size_t cap, int *n);

/* Whether a label says it is the measure as reported under GAAP ("GAAP net
 * income", "Net income as reported") and names no non-GAAP one. */
int xc_taxonomy_says_reported(const xc_taxonomy *t, const char *label);
/* The statement kind that text (a title) names, or XC_STMT_UNKNOWN. */
xc_statement xc_taxonomy_statement_of(const xc_taxonomy *t, const char *text);
/* The DEI exchange code for a name as printed ("Nasdaq NM"), or NULL. */
const char *xc_taxonomy_exchange(const xc_taxonomy *t, const char *name);

/* Lowest common calculation ancestor of the concepts, or -1. */
int xc_taxonomy_common_parent(const xc_taxonomy *t, const int *concepts, int n);
/* A concept whose calculation adds up the n concepts items with the
 * weights weights (each +1 or -1), in any of its trees ("Revenues, net of
 * interest expense": revenues less interest expense), or -1. */
int xc_taxonomy_sum_of(const xc_taxonomy *t, const int *items, const int *weights, int n);
/* 1 if concept a is b or one of b's calculation descendants. */
int xc_taxonomy_is_under(const xc_taxonomy *t, int a, int b);

/* The side a text prints its amounts on when it pairs a word of income
 * with one of expense in parentheses: "Other (income) expense" prints an
 * expense as positive (XC_BAL_DEBIT), "Income (loss)" an income
 * (XC_BAL_CREDIT); XC_BAL_NONE without such a pair. */
xc_balance xc_taxonomy_sense(const xc_taxonomy *t, const char *text);

/* The senses of the words of income and of expense that text holds, as
 * bits 1 << XC_BAL_CREDIT and 1 << XC_BAL_DEBIT; 0 when it holds none. */
unsigned xc_taxonomy_senses(const xc_taxonomy *t, const char *text);

/* The side of word w, a word of income or of expense ("gain", "cost");
 * XC_BAL_NONE for any other word. */
xc_balance xc_taxonomy_word_sense(const xc_taxonomy *t, xc_word w);

#endif
