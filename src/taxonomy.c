/* taxonomy.c: see taxonomy.h. */
#include "taxonomy.h"
#include "util.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define TAX_NS "urn:xbrlconv:taxonomy:1"

/* ---- words ---- */

/* A word is its 64-bit FNV-1a hash: labels compare as integers, and a word
 * the vocabulary never saw still has an identity of its own. */
xc_word xc_word_id(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

void xc_words_free(xc_words *w)
{
    if (!w)
        return;
    free(w->w);
    w->w = NULL;
    w->n = 0;
}

/* The vocabulary's word table (open addressing): stop and leading words,
 * prepositions, words of income and of expense and synonyms, one probe per
 * word of a label. */
enum { W_USED = 1, W_STOP = 2, W_LEAD = 4, W_PREP = 8, W_POST = 16, W_DEBIT = 32, W_CREDIT = 64 };

static xc_wordinfo *word_info(const xc_taxonomy *t, xc_word id)
{
    if (!t || !t->wcap)
        return NULL;
    size_t mask = t->wcap - 1;
    for (size_t i = (size_t)(id ^ id >> 31) & mask;; i = (i + 1) & mask) {
        xc_wordinfo *e = &t->wtab[i];
        if (!(e->flags & W_USED))
            return NULL;
        if (e->id == id)
            return e;
    }
}

static xc_wordinfo *word_add_id(xc_taxonomy *t, xc_word id)
{
    size_t mask = t->wcap - 1;
    size_t i = (size_t)(id ^ id >> 31) & mask;
    while ((t->wtab[i].flags & W_USED) && t->wtab[i].id != id)
        i = (i + 1) & mask;
    xc_wordinfo *e = &t->wtab[i];
    if (!(e->flags & W_USED)) {
        e->id = id;
        e->flags = W_USED;
        e->syn = -1;
    }
    return e;
}

static xc_wordinfo *word_add(xc_taxonomy *t, const char *w)
{
    return word_add_id(t, xc_word_id(w, strlen(w)));
}

/* Built once the stop words, leading words and synonyms are read, before
 * any phrase or alias is normalised with them. */
static void build_words(xc_taxonomy *t)
{
    size_t n = t->nstop + t->nlead + t->nprep + t->npostpos + t->nsyn +
               t->nsense[XC_BAL_DEBIT] + t->nsense[XC_BAL_CREDIT],
           cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    t->wtab = xc_xcalloc(cap, sizeof(xc_wordinfo));
    t->wcap = cap;
    for (size_t i = 0; i < t->nstop; i++)
        word_add(t, t->stop[i])->flags |= W_STOP;
    for (size_t i = 0; i < t->nlead; i++)
        word_add(t, t->lead[i])->flags |= W_LEAD;
    for (size_t i = 0; i < t->nprep; i++)
        word_add(t, t->prep[i])->flags |= W_PREP;
    for (size_t i = 0; i < t->npostpos; i++)
        word_add(t, t->postpos[i])->flags |= W_POST;
    for (size_t i = 0; i < t->nsense[XC_BAL_DEBIT]; i++)
        word_add_id(t, t->sense[XC_BAL_DEBIT][i])->flags |= W_DEBIT;
    for (size_t i = 0; i < t->nsense[XC_BAL_CREDIT]; i++)
        word_add_id(t, t->sense[XC_BAL_CREDIT][i])->flags |= W_CREDIT;
    for (size_t i = 0; i < t->nsyn; i++) {
        xc_wordinfo *e = word_add(t, t->syn[i].word);
        if (e->syn < 0) /* the first synonym of a word wins */
            e->syn = (int)i;
    }
}

/* "companies" -> "company", "expenses" -> "expense"; returns the length. */
static size_t singular(char *w, size_t n)
{
#define ENDS(s) (n >= sizeof(s) - 1 && !memcmp(w + n - (sizeof(s) - 1), s, sizeof(s) - 1))
    if (n <= 3)
        return n;
    if (n > 4 && ENDS("ies")) {
        w[n - 3] = 'y';
        return n - 2;
    }
    if (n > 4 && (ENDS("sses") || ENDS("xes") || ENDS("ches") || ENDS("shes")))
        return n - 2;
    if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
        return n - 1;
    return n;
#undef ENDS
}

/* Drops "(1)", "(a)", "(iii)", "(in millions)", "(000)", "(unaudited)", "(in dollars per
 * share)", "*". */
void xc_drop_notes(char *s)
{
    for (char *p = s; (p = strpbrk(p, "*#([")) != NULL; p++) {
        if (*p == '*' || *p == '#') {
            *p = ' ';
            continue;
        }
        if (*p != '(' && *p != '[')
            continue;
        char close = *p == '(' ? ')' : ']';
        char *q = strchr(p, close);
        if (!q)
            continue;
        size_t n = (size_t)(q - p - 1);
        const char *in = p + 1;
        int drop = 0;
        if (n >= 1 && n <= 2) {
            drop = 1; /* (1) (a) (12) */
            for (size_t i = 0; i < n; i++)
                if (!xc_isdigit((unsigned char)in[i]) && !(n == 1 && xc_isalpha((unsigned char)in[i])))
                    drop = 0;
        }
        drop |= xc_roman_mark(in, n); /* (ii) (iv) */
        if (xc_memcasemem(in, n, "thousand") || xc_memcasemem(in, n, "million") ||
            xc_memcasemem(in, n, "billion") || xc_memcasemem(in, n, "000") ||
            xc_memcasemem(in, n, "unaudited") || xc_memcasemem(in, n, "note"))
            drop = 1;
        /* a unit note: "(in dollars per share)", "(in shares)" */
        if (n > 3 && xc_strncaseeq(in, "in ", 3) &&
            (xc_memcasemem(in, n, "dollar") || xc_memcasemem(in, n, "share") ||
             xc_memcasemem(in, n, "usd") || xc_memcasemem(in, n, "percent")))
            drop = 1;
        if (drop)
            for (char *r = p; r <= q; r++)
                *r = ' ';
    }
}

/* A letter or digit, lowered; 0 for every other byte. */
static const char ALNUM_LOWER[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
    ['7'] = '7', ['8'] = '8', ['9'] = '9',
#define L(c) [c] = c, [c - 32] = c
    L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'), L('j'), L('k'),
    L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'), L('s'), L('t'), L('u'), L('v'),
    L('w'), L('x'), L('y'), L('z'),
#undef L
};

typedef struct span {
    const char *p;
    size_t n;
    xc_word id;
} span;

/* The words of one text, as spans into a lowered copy of it (or into a
 * synonym), with small texts kept on the stack. */
typedef struct scan {
    char *s, sbuf[512];
    span *tok, stok[48];
    size_t ntok, ctok;
    span *word, sword[48];
    size_t nword, cword;
    size_t head; /* words before the first preposition that follows one */
} scan;

static void grow_spans(span **list, span *inl, size_t n, size_t *cap)
{
    size_t nc = *cap * 2;
    span *p = xc_xmalloc(nc * sizeof(span));
    memcpy(p, *list, n * sizeof(span));
    if (*list != inl)
        free(*list);
    *list = p;
    *cap = nc;
}

static inline void push(span **list, span *inl, size_t *n, size_t *cap, span sp)
{
    if (*n == *cap)
        grow_spans(list, inl, *n, cap);
    (*list)[(*n)++] = sp;
}

/* Keeps one word unless it is a stop word, or a leading word that comes
 * first; id and e are its hash and vocabulary entry. */
static void emit_word(scan *sc, const char *p, size_t n, xc_word id, const xc_wordinfo *e)
{
    if (e && (e->flags & W_PREP) && sc->nword && !sc->head)
        sc->head = sc->nword;
    if (e && (e->flags & W_STOP))
        return;
    if (sc->nword == 0 && e && (e->flags & W_LEAD))
        return;
    push(&sc->word, sc->sword, &sc->nword, &sc->cword, (span){p, n, id});
}

static void emit(const xc_taxonomy *t, scan *sc, const char *p, size_t n)
{
    xc_word id = xc_word_id(p, n);
    emit_word(sc, p, n, id, word_info(t, id));
}

/* Normalises text (see xc_words_of) into sc->word. */
static void scan_text(const xc_taxonomy *t, const char *text, scan *sc)
{
    size_t len = text ? strlen(text) : 0;
    sc->s = len < sizeof(sc->sbuf) ? sc->sbuf : xc_xmalloc(len + 1);
    memcpy(sc->s, text ? text : "", len);
    sc->s[len] = '\0';
    sc->tok = sc->stok;
    sc->word = sc->sword;
    sc->ntok = sc->nword = sc->head = 0;
    sc->ctok = sc->cword = sizeof(sc->stok) / sizeof(span);
    char *s = sc->s;
    xc_drop_notes(s);
    /* lower case; "&" is "and"; apostrophes vanish; everything else but
     * letters and digits splits. Words are lowered in place. */
    size_t w = 0, start = 0;
    int in = 0;
    for (size_t r = 0; r < len; r++) {
        unsigned char c = (unsigned char)s[r];
        char lc = ALNUM_LOWER[c];
        if (lc) {
            if (!in)
                start = w, in = 1;
            s[w++] = lc;
            continue;
        }
        if (c == '\'')
            continue;
        if (c == 0xE2 && r + 2 < len && s[r + 1] == (char)0x80 && s[r + 2] == (char)0x99) {
            r += 2; /* right single quote */
            continue;
        }
        if (in)
            push(&sc->tok, sc->stok, &sc->ntok, &sc->ctok, (span){s + start, w - start, 0});
        in = 0;
        if (c == '&')
            push(&sc->tok, sc->stok, &sc->ntok, &sc->ctok, (span){"and", 3, 0});
    }
    if (in)
        push(&sc->tok, sc->stok, &sc->ntok, &sc->ctok, (span){s + start, w - start, 0});
    for (size_t i = 0; i < sc->ntok; i++) {
        char *p = (char *)sc->tok[i].p;
        size_t n = sc->tok[i].n;
        /* "non-current", "non-operating": one word (of at most 127 bytes) */
        if (n == 3 && !memcmp(p, "non", 3) && i + 1 < sc->ntok) {
            span next = sc->tok[++i];
            size_t m = next.n < 124 ? next.n : 124;
            memmove(p + 3, next.p, m);
            n = 3 + m;
        }
        /* a year names no concept: "2004 restructuring charges" are
         * restructuring charges */
        if (n == 4 && ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) &&
            xc_isdigit((unsigned char)p[2]) && xc_isdigit((unsigned char)p[3]))
            continue;
        n = singular(p, n); /* "and" (from "&") is too short to change */
        xc_word id = xc_word_id(p, n);
        const xc_wordinfo *e = word_info(t, id);
        if (!e || e->syn < 0) {
            emit_word(sc, p, n, id, e);
            continue;
        }
        /* a synonym may be two words ("pretax" -> "pre tax") */
        const char *as = t->syn[e->syn].as;
        while (*as) {
            while (*as == ' ')
                as++;
            size_t k = strcspn(as, " ");
            if (k)
                emit(t, sc, as, k);
            as += k;
        }
    }
    /* "Other, net", "Accounts receivable, net": the trailing net says how
     * the amount is shown, not what it is */
    if (sc->nword > 1 && sc->word[sc->nword - 1].n == 3 &&
        !memcmp(sc->word[sc->nword - 1].p, "net", 3))
        sc->nword--;
    if (!sc->head || sc->head > sc->nword)
        sc->head = sc->nword;
    /* "Stores open", "Shares outstanding": words that follow their noun */
    while (sc->head > 1) {
        const xc_wordinfo *e = word_info(t, sc->word[sc->head - 1].id);
        if (!e || !(e->flags & W_POST))
            break;
        sc->head--;
    }
}

static void scan_done(scan *sc)
{
    if (sc->s != sc->sbuf)
        free(sc->s);
    if (sc->tok != sc->stok)
        free(sc->tok);
    if (sc->word != sc->sword)
        free(sc->word);
}

/* The word ids of text in order, as a new list; *head (when not NULL) is
 * how many come before the first preposition that follows a word. */
static void scan_ids(const xc_taxonomy *t, const char *text, xc_words *out, int *head)
{
    scan sc;
    scan_text(t, text, &sc);
    if (head)
        *head = (int)sc.head;
    out->n = (int)sc.nword;
    out->w = xc_xmalloc((sc.nword ? sc.nword : 1) * sizeof(xc_word));
    for (size_t i = 0; i < sc.nword; i++)
        out->w[i] = sc.word[i].id;
    scan_done(&sc);
}

/* ids (n of them, in text order) as a sorted set in out->w (room for n) */
static void words_set(const xc_word *ids, int n, xc_words *out)
{
    out->n = 0;
    for (int i = 0; i < n; i++) {
        xc_word id = ids[i];
        int k = out->n; /* insertion into a sorted set: labels are short */
        while (k > 0 && out->w[k - 1] > id)
            k--;
        if (k > 0 && out->w[k - 1] == id)
            continue;
        memmove(out->w + k + 1, out->w + k, (size_t)(out->n - k) * sizeof(xc_word));
        out->w[k] = id;
        out->n++;
    }
}

/* The remembered words of text, scanned the first time it is seen. */
static struct xc_wlist *wlist_of(const xc_taxonomy *t, const char *text)
{
    /* a release asks for the words of one label many times (mapping it,
     * typing it, testing it for phrases): each text is scanned once per
     * conversion (xc_map_forget) */
    xc_mapscratch *m = t->scratch;
    int found;
    size_t *slot = xc_strmap_slot(&m->wmemo, text ? text : "", &found);
    if (!found) {
        XC_GROW(m->wlists, m->cwlists, m->nwlists + 1);
        struct xc_wlist *l = &m->wlists[m->nwlists];
        memset(l, 0, sizeof(*l));
        scan_ids(t, text ? text : "", &l->ord, &l->head);
        *slot = m->nwlists++;
    }
    return &m->wlists[*slot];
}

xc_words xc_words_seen(const xc_taxonomy *t, const char *text, int ordered)
{
    struct xc_wlist *l = wlist_of(t, text);
    if (ordered)
        return l->ord;
    if (!l->has_set) {
        l->set.w = xc_xmalloc((l->ord.n ? (size_t)l->ord.n : 1) * sizeof(xc_word));
        words_set(l->ord.w, l->ord.n, &l->set);
        l->has_set = 1;
    }
    return l->set;
}

xc_word xc_words_head(const xc_taxonomy *t, const char *text)
{
    const struct xc_wlist *l = wlist_of(t, text);
    return l->head > 0 ? l->ord.w[l->head - 1] : 0;
}

void xc_words_of(const xc_taxonomy *t, const char *text, int ordered, xc_words *out)
{
    xc_words fresh = {0}, src;
    if (t && t->scratch && text) {
        src = xc_words_seen(t, text, ordered);
    } else {
        scan_ids(t, text, &fresh, NULL);
        src = fresh;
    }
    out->w = xc_xmalloc((src.n ? (size_t)src.n : 1) * sizeof(xc_word));
    if (ordered || src.w != fresh.w) {
        memcpy(out->w, src.w, (size_t)src.n * sizeof(xc_word));
        out->n = src.n;
    } else {
        words_set(src.w, src.n, out);
    }
    free(fresh.w);
}

void xc_words_forget(const xc_taxonomy *t)
{
    xc_mapscratch *m = t ? t->scratch : NULL;
    if (!m)
        return;
    for (size_t i = 0; i < m->nwlists; i++) {
        free(m->wlists[i].ord.w);
        free(m->wlists[i].set.w);
    }
    m->nwlists = 0;
    xc_strmap_free(&m->wmemo);
}

char *xc_words_text(const xc_taxonomy *t, const char *text)
{
    scan sc;
    scan_text(t, text, &sc);
    xc_buf b = {0};
    for (size_t i = 0; i < sc.nword; i++) {
        if (i)
            xc_buf_putc(&b, ' ');
        xc_buf_put(&b, sc.word[i].p, sc.word[i].n);
    }
    scan_done(&sc);
    return b.ptr ? xc_buf_detach(&b) : xc_xstrdup("");
}

int xc_words_has_id(const xc_words *w, xc_word id)
{
    for (int i = 0; i < w->n; i++)
        if (w->w[i] == id)
            return 1;
    return 0;
}

xc_words xc_words_after(const xc_words *ord, xc_word word, xc_words *pre)
{
    for (int i = 0; i < ord->n; i++)
        if (ord->w[i] == word) {
            if (pre)
                *pre = (xc_words){.w = ord->w, .n = i};
            return (xc_words){.w = ord->w + i + 1, .n = ord->n - i - 1};
        }
    if (pre)
        *pre = (xc_words){0};
    return (xc_words){0};
}

int xc_words_has(const xc_words *w, const char *word)
{
    return xc_words_has_id(w, xc_word_id(word, strlen(word)));
}

int xc_words_subset(const xc_words *a, const xc_words *b)
{
    int j = 0;
    for (int i = 0; i < a->n; i++) {
        while (j < b->n && b->w[j] < a->w[i])
            j++;
        if (j >= b->n || b->w[j] != a->w[i])
            return 0;
    }
    return 1;
}

int xc_words_equal(const xc_words *a, const xc_words *b)
{
    if (a->n != b->n)
        return 0;
    for (int i = 0; i < a->n; i++)
        if (a->w[i] != b->w[i])
            return 0;
    return 1;
}

int xc_words_common(const xc_words *a, const xc_words *b)
{
    int i = 0, j = 0, k = 0;
    while (i < a->n && j < b->n) {
        if (a->w[i] == b->w[j]) {
            k++;
            i++;
            j++;
        } else if (a->w[i] < b->w[j])
            i++;
        else
            j++;
    }
    return k;
}

uint64_t xc_words_sig(const xc_words *w)
{
    uint64_t sig = 0;
    for (int i = 0; i < w->n; i++)
        sig |= 1ULL << (w->w[i] % 64);
    return sig;
}

/* Where phrase first occurs in text's first `end` words, from word `from`;
 * -1 when it does not (both ordered). */
static int phrase_at(const xc_words *text, int from, int end, const xc_words *phrase)
{
    if (phrase->n == 0)
        return -1;
    for (int i = from; i + phrase->n <= end; i++)
        if (text->w[i] == phrase->w[0] &&
            !memcmp(text->w + i + 1, phrase->w + 1, (size_t)(phrase->n - 1) * sizeof(xc_word)))
            return i;
    return -1;
}

int xc_words_contains_phrase(const xc_words *text, const xc_words *phrase)
{
    return phrase_at(text, 0, text->n, phrase) >= 0;
}

xc_words xc_words_before_phrase(const xc_taxonomy *t, const char *text, const xc_phrase *list,
                                size_t n)
{
    xc_words w = xc_words_seen(t, text, 1), out = {0};
    int end = w.n;
    uint64_t sig = n ? xc_words_sig(&w) : 0;
    for (size_t k = 0; k < n; k++) {
        int at = (list[k].sig & ~sig) ? -1 : phrase_at(&w, 1, w.n, &list[k].words);
        if (at > 0 && at < end)
            end = at;
    }
    if (end == w.n)
        return out;
    out.w = xc_xmalloc((size_t)end * sizeof(xc_word));
    words_set(w.w, end, &out);
    return out;
}

int xc_taxonomy_shares_first(const xc_taxonomy *t, const char *text)
{
    xc_words w = xc_words_seen(t, text, 1);
    xc_word per = xc_word_id("per", 3), share = xc_word_id("share", 5);
    for (int i = 0; i < w.n && w.w[i] != per; i++)
        if (w.w[i] == share)
            return 1;
    return 0;
}

/* Whether words w (signature sig) hold phrase p. */
static int phrase_in(const xc_phrase *p, const xc_words *w, uint64_t sig)
{
    return (p->sig & ~sig) == 0 && xc_words_contains_phrase(w, &p->words);
}

int xc_taxonomy_has_phrase(const xc_taxonomy *t, const xc_phrase *list, size_t n,
                           const char *text)
{
    xc_words w = xc_words_seen(t, text, 1);
    uint64_t sig = xc_words_sig(&w);
    int found = 0;
    for (size_t i = 0; i < n && !found; i++)
        found = phrase_in(&list[i], &w, sig);
    return found;
}

int xc_taxonomy_says_reported(const xc_taxonomy *t, const char *label)
{
    xc_words w = xc_words_seen(t, label, 0);
    for (int i = 0; i < w.n; i++)
        for (size_t k = 0; k < t->nreported; k++)
            if (w.w[i] == t->reported[k])
                return !xc_taxonomy_has_phrase(t, t->nongaap, t->nnongaap, label);
    return 0;
}

xc_statement xc_taxonomy_statement_of(const xc_taxonomy *t, const char *text)
{
    xc_words w = xc_words_seen(t, text, 1);
    uint64_t sig = xc_words_sig(&w);
    xc_statement s = XC_STMT_UNKNOWN;
    for (size_t i = 0; i < t->nstatements && s == XC_STMT_UNKNOWN; i++)
        if (phrase_in(&t->statements[i], &w, sig))
            s = (xc_statement)t->statements[i].kind;
    return s;
}

const char *xc_taxonomy_exchange(const xc_taxonomy *t, const char *name)
{
    char *norm = xc_words_text(NULL, name);
    const char *code = NULL;
    for (size_t i = 0; i < t->nexchanges && !code; i++)
        if (*norm && !strcmp(norm, t->exchanges[i].alias))
            code = t->exchanges[i].code;
    free(norm);
    return code;
}

const char *xc_taxonomy_currency_sign(const xc_taxonomy *t, const char *s, size_t n)
{
    for (size_t i = 0; i < t->ncurrencies; i++) {
        const char *g = t->currencies[i].sign;
        if (g && strlen(g) == n && !memcmp(g, s, n))
            return t->currencies[i].code;
    }
    return NULL;
}

const char *xc_taxonomy_currency_in(const xc_taxonomy *t, const char *text)
{
    if (!t->ncurrencies || !text)
        return NULL;
    /* a scale note is itself a note in parentheses or brackets, which
     * words drop: "(in thousands of RMB)", "[unaudited, in thousands of
     * Canadian dollars]" are read without them */
    char bare[256];
    size_t n = strnlen(text, sizeof(bare) - 1);
    for (size_t i = 0; i < n; i++)
        bare[i] = strchr("()[]", text[i]) && text[i] ? ' ' : text[i];
    bare[n] = '\0';
    xc_words w = xc_words_seen(t, bare, 1);
    uint64_t sig = xc_words_sig(&w);
    /* the one named first: "(in thousands of Renminbi and U.S. dollars)" */
    const char *code = NULL;
    int first = w.n + 1;
    for (size_t i = 0; i < t->ncurrencies; i++) {
        const xc_currency *cu = &t->currencies[i];
        int at = -1;
        if (cu->sign) {
            const char *p = strstr(bare, cu->sign);
            if (p) { /* (a sign's place: the words before it) */
                char *before = xc_xstrndup(bare, (size_t)(p - bare));
                at = xc_words_seen(t, before, 1).n;
                free(before);
            }
        } else if ((cu->name.sig & ~sig) == 0) {
            at = phrase_at(&w, 0, w.n, &cu->name.words);
        }
        if (at >= 0 && at < first) {
            first = at;
            code = cu->code;
        }
    }
    return code;
}

const char *xc_taxonomy_currency_alone(const xc_taxonomy *t, const char *text)
{
    if (!t->ncurrencies || !text)
        return NULL;
    const char *p = text;
    while (*p == ' ' || *p == '(')
        p++;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == ')'))
        n--;
    /* as printed: a sign ("US$", "\u20ac") or a code ("CNY") */
    for (size_t i = 0; i < t->ncurrencies; i++) {
        const xc_currency *cu = &t->currencies[i];
        if ((cu->sign && strlen(cu->sign) == n && !memcmp(cu->sign, p, n)) ||
            (n == 3 && !memcmp(cu->code, p, 3)))
            return cu->code;
    }
    /* or a name, all the words there are ("RMB", "Renminbi") */
    xc_words w = xc_words_seen(t, text, 1);
    for (size_t i = 0; i < t->ncurrencies && w.n; i++) {
        const xc_words *nw = &t->currencies[i].name.words;
        if (!t->currencies[i].sign && nw->n == w.n &&
            !memcmp(nw->w, w.w, (size_t)w.n * sizeof(xc_word)))
            return t->currencies[i].code;
    }
    return NULL;
}

/* ---- loading ---- */

static char *attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = xc_xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

static char *content(xmlNode *n)
{
    xmlChar *v = xmlNodeGetContent(n);
    char *s = xc_xstrdup(v ? (const char *)v : "");
    xmlFree(v);
    return s;
}

static int is_el(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name) && n->ns &&
           !strcmp((const char *)n->ns->href, TAX_NS);
}

/* The XC_IND_* bit an industry's name stands for; 0 for NULL or an
 * unknown name. */
static int industry_bit(const char *name)
{
    static const char *const names[XC_NIND] = XC_INDUSTRY_NAMES;
    for (int i = 0; name && i < XC_NIND; i++)
        if (!strcmp(name, names[i]))
            return 1 << i;
    return 0;
}

static int bad(xc_diag *d, const char *file, xmlNode *n, const char *msg, const char *what)
{
    xc_diag_add(d, XC_ERROR, XC_ETAXONOMY, file, n ? (int)xmlGetLineNo(n) : 0, 0, "%s%s%s",
                msg, what ? ": " : "", what ? what : "");
    return -1;
}

/* Whether the word that ends at p begins at q as well: "cash and cash
 * equivalents" names one thing, not two joined. */
static int repeats_word(const char *text, const char *p, const char *q)
{
    const char *w = p;
    while (w > text && xc_isalpha((unsigned char)w[-1]))
        w--;
    size_t n = (size_t)(p - w);
    return n && xc_strncaseeq(w, q, n) && !xc_isalpha((unsigned char)q[n]);
}

int xc_joins_items(const char *text)
{
    size_t n = strlen(text);
    for (const char *p = text; (p = memchr(p, ' ', n - (size_t)(p - text))) != NULL; p++) {
        const char *item = p[1] == '&' ? p + 2 : xc_strncaseeq(p + 1, "and", 3) ? p + 4 : NULL;
        if (item && *item == ' ' && repeats_word(text, p, item + 1))
            continue;
        if (item && (*item == ' ' || *item == '\0'))
            return item[0] == ' ' && xc_strncaseeq(item + 1, "other", 5) &&
                           !xc_isalpha((unsigned char)item[6])
                       ? 2
                       : 1;
    }
    return 0;
}

static xc_words copy_words(const xc_words *w)
{
    xc_words c = {.w = NULL, .n = w->n};
    if (w->n) {
        c.w = xc_xmalloc((size_t)w->n * sizeof(xc_word));
        memcpy(c.w, w->w, (size_t)w->n * sizeof(xc_word));
    }
    return c;
}

static void add_alias(xc_taxonomy *t, int concept, const char *text)
{
    XC_GROW(t->aliases, t->caliases, t->naliases + 1);
    xc_alias *a = &t->aliases[t->naliases++];
    a->concept = concept;
    xc_words_of(t, text, 0, &a->words);
    a->sig = xc_words_sig(&a->words);
    a->printed = xc_count_words(text);
    a->spelling = xc_spelling(text);
    a->joins = xc_joins_items(text);
    xc_words ord;
    int head = 0;
    scan_ids(t, text, &ord, &head);
    a->head = head > 0 ? ord.w[head - 1] : 0;
    xc_words pre, after = xc_words_after(&ord, xc_word_id("before", 6), &pre);
    a->before = copy_words(&after);
    a->measure = copy_words(after.n ? &pre : &after);
    free(ord.w);
    if (a->words.n > 255) /* the mapper counts an alias's words in a byte */
        a->words.n = 255;
}

static void add_phrase(const xc_taxonomy *t, xc_phrase **list, size_t *n, size_t *cap, int kind,
                       const char *text)
{
    XC_GROW(*list, *cap, *n + 1);
    xc_phrase *p = &(*list)[(*n)++];
    p->kind = kind;
    p->axis = NULL;
    xc_words_of(t, text, 1, &p->words);
    p->text = xc_words_text(t, text);
    p->sig = xc_words_sig(&p->words);
}

static xmlDoc *parse_file(const char *path, xc_diag *d)
{
    xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                              XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        xc_diag_add(d, XC_ERROR, XC_ETAXONOMY, path, e ? e->line : 0, 0,
                    "cannot load taxonomy file: %s",
                    e && e->message ? e->message : "missing or not XML");
    }
    return doc;
}

static int load_vocabulary(xc_taxonomy *t, const char *path, xc_diag *d)
{
    xmlDoc *doc = parse_file(path, d);
    if (!doc)
        return -1;
    xmlNode *root = xmlDocGetRootElement(doc);
    int rc = 0;
    if (!root || !is_el(root, "vocabulary")) {
        rc = bad(d, path, root, "root element must be {" TAX_NS "}vocabulary", NULL);
        goto out;
    }
    /* stop words and synonyms first: phrases are normalised with them */
    for (xmlNode *n = root->children; n; n = n->next) {
        if (is_el(n, "stop") || is_el(n, "leading") || is_el(n, "counts") || is_el(n, "rates") ||
            is_el(n, "marked") || is_el(n, "quantities") ||
            is_el(n, "prepositions") || is_el(n, "postpositive") || is_el(n, "reported") ||
            is_el(n, "numbering") ||
            is_el(n, "credit") || is_el(n, "debit")) {
            int lead = is_el(n, "leading"), counts = is_el(n, "counts"), rates = is_el(n, "rates");
            int marked = is_el(n, "marked"), quantities = is_el(n, "quantities");
            int reported = is_el(n, "reported");
            int sense = is_el(n, "credit") ? XC_BAL_CREDIT : is_el(n, "debit") ? XC_BAL_DEBIT : 0;
            int prep = is_el(n, "prepositions"), post = is_el(n, "postpositive");
            int numbering = is_el(n, "numbering");
            char *s = content(n), *save = NULL;
            for (char *w = strtok_r(s, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save)) {
                if (counts) {
                    XC_GROW(t->counts, t->ccounts, t->ncounts + 1);
                    t->counts[t->ncounts++] = xc_word_id(w, strlen(w));
                } else if (rates) {
                    XC_GROW(t->rates, t->crates, t->nrates + 1);
                    t->rates[t->nrates++] = xc_word_id(w, strlen(w));
                } else if (quantities) {
                    XC_GROW(t->quantities, t->cquantities, t->nquantities + 1);
                    t->quantities[t->nquantities++] = xc_word_id(w, strlen(w));
                } else if (marked) {
                    XC_GROW(t->marked, t->cmarked, t->nmarked + 1);
                    t->marked[t->nmarked++] = xc_word_id(w, strlen(w));
                } else if (sense) {
                    XC_GROW(t->sense[sense], t->csense[sense], t->nsense[sense] + 1);
                    t->sense[sense][t->nsense[sense]++] = xc_word_id(w, strlen(w));
                } else if (reported) {
                    XC_GROW(t->reported, t->creported, t->nreported + 1);
                    t->reported[t->nreported++] = xc_word_id(w, strlen(w));
                } else if (lead) {
                    XC_GROW(t->lead, t->clead, t->nlead + 1);
                    t->lead[t->nlead++] = xc_xstrdup(w);
                } else if (prep) {
                    XC_GROW(t->prep, t->cprep, t->nprep + 1);
                    t->prep[t->nprep++] = xc_xstrdup(w);
                } else if (post) {
                    XC_GROW(t->postpos, t->cpostpos, t->npostpos + 1);
                    t->postpos[t->npostpos++] = xc_xstrdup(w);
                } else if (numbering) {
                    XC_GROW(t->numbering, t->cnumbering, t->nnumbering + 1);
                    t->numbering[t->nnumbering++] = xc_xstrdup(w);
                } else {
                    XC_GROW(t->stop, t->cstop, t->nstop + 1);
                    t->stop[t->nstop++] = xc_xstrdup(w);
                }
            }
            free(s);
        } else if (is_el(n, "synonym")) {
            char *w = attr(n, "word"), *as = attr(n, "as");
            if (!w || !as) {
                free(w);
                free(as);
                rc = bad(d, path, n, "synonym needs word= and as=", NULL);
                goto out;
            }
            XC_GROW(t->syn, t->csyn, t->nsyn + 1);
            t->syn[t->nsyn].word = w;
            t->syn[t->nsyn++].as = as;
        }
    }
    build_words(t);
    for (xmlNode *n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        xc_phrase **list = NULL;
        size_t *cnt = NULL, *cap = NULL;
        int kind = 0;
        /* the lists of plain phrases, by element */
        const struct {
            const char *el;
            xc_phrase **list;
            size_t *cnt, *cap;
        } plain[] = {
            {"nongaap", &t->nongaap, &t->nnongaap, &t->cnongaap},
            {"segment", &t->segment, &t->nsegment, &t->csegment},
            {"total", &t->total, &t->ntotal, &t->ctotal},
            {"measure", &t->measure, &t->nmeasure, &t->cmeasure},
            {"purpose", &t->purpose, &t->npurpose, &t->cpurpose},
            {"nongaap-heading", &t->other_heads, &t->nother_heads, &t->cother_heads},
            {"basis", &t->basis, &t->nbasis, &t->cbasis},
            {"excerpt", &t->excerpt, &t->nexcerpt, &t->cexcerpt},
            {"event", &t->event, &t->nevent, &t->cevent},
            {"money-said", &t->money_said, &t->nmoney_said, &t->cmoney_said},
            {"row-measure", &t->row_measure, &t->nrow_measure, &t->crow_measure},
            {"held", &t->held, &t->nheld, &t->cheld},
            {"announce", &t->announce, &t->nannounce, &t->cannounce},
        };
        for (size_t k = 0; k < sizeof(plain) / sizeof(plain[0]) && !list; k++)
            if (is_el(n, plain[k].el)) {
                list = plain[k].list;
                cnt = plain[k].cnt;
                cap = plain[k].cap;
            }
        if (!list && is_el(n, "statement")) {
            char *k = attr(n, "kind");
            static const char *const kinds[] = {"", "income", "balance", "cashflow", "equity",
                                                "comprehensive", "other"};
            for (int i = 1; i < 7 && k; i++)
                if (!strcmp(k, kinds[i]))
                    kind = i;
            free(k);
            if (!kind) {
                rc = bad(d, path, n, "unknown statement kind", NULL);
                goto out;
            }
            list = &t->statements;
            cnt = &t->nstatements;
            cap = &t->cstatements;
        } else if (is_el(n, "recon")) {
            char *k = attr(n, "kind");
            int gaap = k && !strcmp(k, "gaap"), adjust = k && !strcmp(k, "adjustment");
            free(k);
            if (!gaap && !adjust) {
                rc = bad(d, path, n, "unknown recon kind", NULL);
                goto out;
            }
            list = gaap ? &t->recon_gaap : &t->recon_adjust;
            cnt = gaap ? &t->nrecon_gaap : &t->nrecon_adjust;
            cap = gaap ? &t->crecon_gaap : &t->crecon_adjust;
        } else if (is_el(n, "industry")) {
            char *name = attr(n, "name");
            int i = industry_bit(name);
            free(name);
            if (!i) {
                rc = bad(d, path, n, "industry needs name= (bank, insurance)", NULL);
                goto out;
            }
            i = __builtin_ctz((unsigned)i);
            list = &t->industry[i];
            cnt = &t->nindustry[i];
            cap = &t->cindustry[i];
        } else if (is_el(n, "axis")) {
            char *axis = attr(n, "name"), *ns = attr(n, "namespace"), *ln = attr(n, "lines");
            char *splits = attr(n, "splits"), *recon = attr(n, "reconciles");
            char *scen = attr(n, "scenario"), *qual = attr(n, "qualifies");
            char *nm = attr(n, "named"), *ow = attr(n, "own");
            int own = ow && !strcmp(ow, "true");
            free(ow);
            int lines = ln && !strcmp(ln, "true"), reconciles = recon && !strcmp(recon, "true");
            int scenario = scen && !strcmp(scen, "true"), qualifies = qual && !strcmp(qual, "true");
            int named = nm && !strcmp(nm, "true");
            free(nm);
            free(ln);
            free(recon);
            free(scen);
            free(qual);
            if (!axis || !ns || !strchr(axis, ':')) {
                free(axis);
                free(ns);
                free(splits);
                rc = bad(d, path, n, "axis needs name= (a QName) and namespace=", NULL);
                goto out;
            }
            for (xmlNode *mb = n->children; mb; mb = mb->next) {
                if (!is_el(mb, "member"))
                    continue;
                char *name = attr(mb, "name");
                if (!name || !strchr(name, ':')) {
                    free(name);
                    free(axis);
                    free(ns);
                    free(splits);
                    rc = bad(d, path, mb, "member needs name= (a QName)", NULL);
                    goto out;
                }
                char *res = attr(mb, "residual"), *sm = attr(mb, "sum");
                char *mns = attr(mb, "namespace");
                int residual = res && !strcmp(res, "true"), sum = sm && !strcmp(sm, "true");
                free(res);
                free(sm);
                for (xmlNode *a = mb->children; a; a = a->next) {
                    if (!is_el(a, "alias"))
                        continue;
                    char *s = content(a);
                    XC_GROW(t->members, t->cmembers, t->nmembers + 1);
                    xc_axis_member *am = &t->members[t->nmembers++];
                    am->axis = xc_xstrdup(axis);
                    am->prefix = xc_xstrndup(axis, (size_t)(strchr(axis, ':') - axis));
                    am->axis_ns = xc_xstrdup(ns);
                    am->member = xc_xstrdup(name);
                    am->member_ns = mns ? xc_xstrdup(mns) : NULL;
                    am->residual = residual;
                    am->sum = sum;
                    am->lines = lines;
                    am->reconciles = reconciles;
                    am->own = own;
                    am->scenario = scenario;
                    am->named = named;
                    am->splits = splits ? xc_xstrdup(splits) : NULL;
                    am->text = qualifies ? xc_xstrdup(s) : NULL;
                    if (qualifies) {
                        XC_GROW(t->qualifiers, t->cqualifiers, t->nqualifiers + 1);
                        t->qualifiers[t->nqualifiers++] = t->nmembers - 1;
                    }
                    xc_words_of(t, s, 0, &am->words);
                    free(s);
                }
                free(mns);
                free(name);
            }
            free(axis);
            free(ns);
            free(splits);
            continue;
        } else if (is_el(n, "currency")) {
            char *code = attr(n, "code"), *def = attr(n, "default");
            if (!code || strlen(code) != 3) {
                free(code);
                free(def);
                rc = bad(d, path, n, "currency needs code= (ISO 4217, three letters)", NULL);
                goto out;
            }
            if (def && !strcmp(def, "true")) {
                free(t->default_currency);
                t->default_currency = xc_xstrdup(code);
            }
            free(def);
            for (xmlNode *a = n->children; a; a = a->next) {
                if (!is_el(a, "sign") && !is_el(a, "name"))
                    continue;
                char *v = content(a);
                XC_GROW(t->currencies, t->ccurrencies, t->ncurrencies + 1);
                xc_currency *cu = &t->currencies[t->ncurrencies++];
                memset(cu, 0, sizeof(*cu));
                cu->code = xc_xstrdup(code);
                if (is_el(a, "sign")) {
                    cu->sign = v;
                } else {
                    cu->name.words = (xc_words){0};
                    xc_words_of(t, v, 1, &cu->name.words);
                    cu->name.sig = xc_words_sig(&cu->name.words);
                    free(v);
                }
            }
            free(code);
            continue;
        } else if (is_el(n, "exchange")) {
            char *code = attr(n, "code");
            if (!code) {
                rc = bad(d, path, n, "exchange needs code=", NULL);
                goto out;
            }
            for (xmlNode *a = n->children; a; a = a->next) {
                if (!is_el(a, "alias"))
                    continue;
                char *s = content(a);
                XC_GROW(t->exchanges, t->cexchanges, t->nexchanges + 1);
                t->exchanges[t->nexchanges].code = xc_xstrdup(code);
                t->exchanges[t->nexchanges++].alias = xc_words_text(NULL, s);
                free(s);
            }
            free(code);
            continue;
        } else if (!list) {
            continue;
        }
        for (xmlNode *p = n->children; p; p = p->next) {
            if (!is_el(p, "phrase"))
                continue;
            char *s = content(p);
            add_phrase(t, list, cnt, cap, kind, s);
            if (list == &t->segment)
                (*list)[*cnt - 1].axis = attr(p, "axis");
            free(s);
        }
    }
out:
    xmlFreeDoc(doc);
    return rc;
}

static int parse_stmts(const char *s)
{
    static const char *const kinds[] = {"", "income", "balance", "cashflow", "equity",
                                        "comprehensive", "other"};
    unsigned mask = 0;
    char *c = xc_xstrdup(s ? s : ""), *save = NULL;
    for (char *w = strtok_r(c, " ", &save); w; w = strtok_r(NULL, " ", &save))
        for (int i = 1; i < 7; i++)
            if (!strcmp(w, kinds[i]))
                mask |= 1u << i;
    free(c);
    return (int)mask;
}

static int load_concepts(xc_taxonomy *t, const char *path, xc_diag *d)
{
    xmlDoc *doc = parse_file(path, d);
    if (!doc)
        return -1;
    xmlNode *root = xmlDocGetRootElement(doc);
    int rc = 0;
    /* each concept's split=, and its continuing=, discontinued= and unadjusted= in turn */
    char **splits = NULL, **conts = NULL;
    size_t csplit = 0, ccont = 0;
    if (!root || !is_el(root, "taxonomy")) {
        rc = bad(d, path, root, "root element must be {" TAX_NS "}taxonomy", NULL);
        goto out;
    }
    t->prefix = attr(root, "prefix");
    t->ns = attr(root, "namespace");
    t->schema = attr(root, "schema");
    if (!t->prefix || !t->ns) {
        rc = bad(d, path, root, "taxonomy needs prefix= and namespace=", NULL);
        goto out;
    }
    for (xmlNode *n = root->children; n; n = n->next) {
        if (!is_el(n, "concept"))
            continue;
        char *name = attr(n, "name"), *type = attr(n, "type"), *per = attr(n, "period");
        char *bal = attr(n, "balance"), *st = attr(n, "statements"), *cf = attr(n, "cf");
        char *nn = attr(n, "nonneg"), *side = attr(n, "side"), *split = attr(n, "split");
        char *term = attr(n, "term"), *industry = attr(n, "industry"), *rest = attr(n, "rest");
        char *gross = attr(n, "gross"), *cont = attr(n, "continuing");
        char *disc = attr(n, "discontinued"), *unadj = attr(n, "unadjusted");
        xc_concept c;
        memset(&c, 0, sizeof(c));
        c.parent = -1;
        c.split[0] = c.split[1] = -1;
        int ok = name && type && per && (!industry || industry_bit(industry));
        if (ok) {
            if (!strcmp(type, "monetary"))
                c.type = XC_TYPE_MONETARY;
            else if (!strcmp(type, "shares"))
                c.type = XC_TYPE_SHARES;
            else if (!strcmp(type, "perShare"))
                c.type = XC_TYPE_PERSHARE;
            else if (!strcmp(type, "percent"))
                c.type = XC_TYPE_PERCENT;
            else if (!strcmp(type, "string"))
                c.type = XC_TYPE_STRING;
            else
                ok = 0;
            if (!strcmp(per, "duration"))
                c.period = XC_PERIOD_DURATION;
            else if (!strcmp(per, "instant"))
                c.period = XC_PERIOD_INSTANT;
            else
                ok = 0;
        }
        /* a second entry would split the concept's aliases and facts */
        int twice = ok && xc_taxonomy_find(t, name) >= 0;
        if (!ok || twice) {
            rc = bad(d, path, n,
                     twice ? "concept defined twice"
                           : "concept needs name=, a known type= and period= (industry= bank, insurance)",
                     name);
            free(name);
            free(type);
            free(per);
            free(bal);
            free(st);
            free(cf);
            free(nn);
            free(side);
            free(split);
            free(term);
            free(industry);
            free(rest);
            free(gross);
            free(cont);
            free(disc);
            free(unadj);
            goto out;
        }
        c.industry = (unsigned)industry_bit(industry);
        free(industry);
        c.balance = bal && !strcmp(bal, "debit")    ? XC_BAL_DEBIT
                    : bal && !strcmp(bal, "credit") ? XC_BAL_CREDIT
                                                    : XC_BAL_NONE;
        c.statements = (unsigned)parse_stmts(st);
        c.term = !term                         ? XC_TERM_ANY
                 : !strcmp(term, "current")      ? XC_TERM_CURRENT
                 : !strcmp(term, "noncurrent")   ? XC_TERM_NONCURRENT
                 : !strcmp(term, "unclassified") ? XC_TERM_UNCLASSIFIED
                                                 : XC_TERM_ANY;
        free(term);
        c.rest = rest && !strcmp(rest, "true");
        free(rest);
        c.cf = cf ? atoi(cf) : 0;
        c.nonneg = nn && !strcmp(nn, "true");
        c.side = !side                        ? XC_SIDE_NONE
                 : !strcmp(side, "asset")     ? XC_SIDE_ASSET
                 : !strcmp(side, "liability") ? XC_SIDE_LIABILITY
                                              : XC_SIDE_EQUITY;
        c.name = name;
        xc_buf q = {0};
        xc_buf_printf(&q, "%s:%s", t->prefix, name);
        c.qname = xc_buf_detach(&q);
        int idx = (int)t->nconcepts;
        XC_GROW(t->concepts, t->cconcepts, t->nconcepts + 1);
        XC_GROW(splits, csplit, t->nconcepts + 1);
        splits[t->nconcepts] = split;
        XC_GROW(conts, ccont, 3 * t->nconcepts + 3);
        conts[3 * t->nconcepts] = cont;
        conts[3 * t->nconcepts + 1] = disc;
        conts[3 * t->nconcepts + 2] = unadj;
        c.alias0 = (int)t->naliases;
        for (xmlNode *l = n->children; l; l = l->next) {
            if (is_el(l, "label") || is_el(l, "alias")) {
                char *s = content(l);
                if (is_el(l, "label") && !c.label)
                    c.label = xc_xstrdup(s);
                add_alias(t, idx, s);
                free(s);
            }
        }
        c.nalias = (int)t->naliases - c.alias0;
        if (!c.label)
            c.label = xc_xstrdup(name);
        size_t ln = strlen(c.label);
        c.gross = (ln >= 5 && xc_strncaseeq(c.label + ln - 5, "gross", 5)) ||
                  (gross && !strcmp(gross, "true"));
        free(gross);
        xc_strmap_put(&t->by_name, c.name, t->nconcepts);
        t->concepts[t->nconcepts++] = c;
        free(type);
        free(per);
        free(bal);
        free(st);
        free(cf);
        free(nn);
        free(side);
    }
    for (size_t i = 0; i < t->nconcepts; i++) {
        int *to[] = {&t->concepts[i].continuing, &t->concepts[i].discontinued,
                     &t->concepts[i].unadjusted};
        for (int k = 0; k < 3; k++)
            *to[k] = conts[3 * i + k] ? xc_taxonomy_find(t, conts[3 * i + k]) : -1;
    }
    for (size_t i = 0; i < t->nconcepts; i++) {
        if (!splits[i])
            continue;
        char *save = NULL;
        int k = 0;
        for (char *w = strtok_r(splits[i], " ", &save); w && k < 2; w = strtok_r(NULL, " ", &save)) {
            int q = xc_taxonomy_find(t, w);
            t->concepts[i].split[k++] = q;
            if (q >= 0)
                t->concepts[q].part = k;
        }
    }
    for (xmlNode *n = root->children; n; n = n->next) {
        if (!is_el(n, "calc"))
            continue;
        char *parent = attr(n, "parent");
        int p = parent ? xc_taxonomy_find(t, parent) : -1;
        if (p < 0) {
            rc = bad(d, path, n, "calc parent is not a concept", parent);
            free(parent);
            goto out;
        }
        free(parent);
        for (xmlNode *it = n->children; it; it = it->next) {
            if (!is_el(it, "item"))
                continue;
            char *cn = attr(it, "concept"), *w = attr(it, "weight");
            int c = cn ? xc_taxonomy_find(t, cn) : -1;
            if (c < 0) {
                rc = bad(d, path, it, "calc item is not a concept", cn);
                free(cn);
                free(w);
                goto out;
            }
            XC_GROW(t->arcs, t->carcs, t->narcs + 1);
            t->arcs[t->narcs++] = (struct xc_arc){p, c, w ? atoi(w) : 1};
            /* a tree: the first parent listed wins; a later one still
             * makes its parent a total */
            if (t->concepts[c].parent < 0 && c != p) {
                t->concepts[c].parent = p;
                t->concepts[c].weight = w ? atoi(w) : 1;
            }
            if (c != p)
                t->concepts[p].nchildren++;
            free(cn);
            free(w);
        }
    }
    /* each parent's children, in the taxonomy's order */
    for (size_t i = 0; i < t->nconcepts; i++)
        t->concepts[i].child = t->concepts[i].sibling = -1;
    for (size_t i = t->nconcepts; i-- > 0;) {
        int p = t->concepts[i].parent;
        if (p >= 0) {
            t->concepts[i].sibling = t->concepts[p].child;
            t->concepts[p].child = (int)i;
        }
    }
    /* "Total liabilities and stockholders' equity" sums the equity too */
    for (size_t i = 0; i < t->nconcepts; i++) {
        if (t->concepts[i].side != XC_SIDE_EQUITY)
            continue;
        for (int a = t->concepts[i].parent, k = 0; a >= 0 && k < 64;
             a = t->concepts[a].parent, k++)
            t->concepts[a].holds_equity = 1;
    }
out:
    for (size_t i = 0; i < t->nconcepts && splits; i++)
        free(splits[i]);
    for (size_t i = 0; i < 3 * t->nconcepts && conts; i++)
        free(conts[i]);
    free(splits);
    free(conts);
    xmlFreeDoc(doc);
    return rc;
}

static int cmp_ref(const void *a, const void *b)
{
    const xc_word_ref *x = a, *y = b;
    if (x->word != y->word)
        return x->word < y->word ? -1 : 1;
    return (x->alias > y->alias) - (x->alias < y->alias);
}

static uint64_t set_hash(const xc_words *w)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (uint64_t)w->n;
    for (int i = 0; i < w->n; i++) {
        h = (h ^ w->w[i]) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    return h;
}

/* The slot of word w in t->post: its own, or the empty one where it
 * would go. Word ids are hashes already. */
static size_t post_slot(const xc_taxonomy *t, xc_word w)
{
    size_t mask = t->npost - 1, k = (size_t)(w ^ (w >> 29)) & mask;
    while (t->post[k].lo != t->post[k].hi && t->post[k].word != w)
        k = (k + 1) & mask;
    return k;
}

size_t xc_taxonomy_postings(const xc_taxonomy *t, xc_word w, size_t *lo)
{
    if (!t->npost) {
        *lo = 0;
        return 0;
    }
    const struct xc_postings *p = &t->post[post_slot(t, w)];
    *lo = p->lo;
    return p->hi;
}

int xc_taxonomy_same_words(const xc_taxonomy *t, const xc_words *w)
{
    uint64_t h = set_hash(w);
    size_t mask = t->nsame - 1;
    for (size_t k = (size_t)h & mask; t->same[k].first >= 0; k = (k + 1) & mask)
        if (t->same[k].hash == h)
            return t->same[k].first;
    return -1;
}

/* The mapper scores only aliases that share a word with the row: this
 * index finds them without reading every alias. */
static void build_index(xc_taxonomy *t)
{
    size_t n = 0;
    for (size_t i = 0; i < t->naliases; i++)
        n += (size_t)t->aliases[i].words.n;
    /* the aliases' words in one block, in alias order: the mapper reads
     * them alias after alias */
    t->alias_words = xc_xmalloc((n ? n : 1) * sizeof(xc_word));
    for (size_t i = 0, at = 0; i < t->naliases; i++) {
        xc_words *w = &t->aliases[i].words;
        if (w->n)
            memcpy(t->alias_words + at, w->w, (size_t)w->n * sizeof(xc_word));
        free(w->w);
        w->w = t->alias_words + at;
        at += (size_t)w->n;
    }
    t->index = xc_xcalloc(n ? n : 1, sizeof(xc_word_ref));
    for (size_t i = 0; i < t->naliases; i++)
        for (int k = 0; k < t->aliases[i].words.n; k++) {
            t->index[t->nindex].word = t->aliases[i].words.w[k];
            t->index[t->nindex++].alias = (int)i;
        }
    if (t->nindex)
        qsort(t->index, t->nindex, sizeof(xc_word_ref), cmp_ref);
    /* each word's run of entries, found by hashing the word */
    t->npost = 16;
    while (t->npost < 2 * t->nindex)
        t->npost *= 2;
    t->post = xc_xcalloc(t->npost, sizeof(*t->post));
    for (size_t a = 0, b; a < t->nindex; a = b) {
        for (b = a + 1; b < t->nindex && t->index[b].word == t->index[a].word;)
            b++;
        size_t k = post_slot(t, t->index[a].word);
        t->post[k].word = t->index[a].word;
        t->post[k].lo = (uint32_t)a;
        t->post[k].hi = (uint32_t)b;
    }
    /* aliases by their word set, for the mapper's equality rules */
    size_t cap = 16;
    while (cap < 2 * t->naliases)
        cap *= 2;
    t->same = xc_xmalloc(cap * sizeof(*t->same));
    t->nsame = cap;
    for (size_t i = 0; i < cap; i++)
        t->same[i].first = -1;
    t->same_next = xc_xmalloc((t->naliases ? t->naliases : 1) * sizeof(int));
    for (size_t i = t->naliases; i-- > 0;) { /* chains in alias order */
        uint64_t h = set_hash(&t->aliases[i].words);
        size_t k = (size_t)h & (cap - 1);
        while (t->same[k].first >= 0 && t->same[k].hash != h)
            k = (k + 1) & (cap - 1);
        t->same[k].hash = h;
        t->same_next[i] = t->same[k].first;
        t->same[k].first = (int)i;
    }
    /* the mapper's counters, one byte per alias and list */
    xc_mapscratch *sc = t->scratch = xc_xcalloc(1, sizeof(*sc));
    size_t na = t->naliases ? t->naliases : 1;
    sc->nbits = (na + 63) / 64;
    sc->touched = xc_xcalloc(sc->nbits, sizeof(uint64_t));
    sc->equals = xc_xcalloc(na, 1);
}

/* A Taxonomy Package beside the data (DIR/package/) must have a catalog
 * whose rewrites lead to folders of the package: a broken one would send
 * validators to the network. No package: nothing to check. */
static int check_catalog(const char *path, xc_diag *d)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return 0;
    fclose(fp);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                XML_PARSE_NOWARNING);
    if (!doc)
        return xc_diag_add(d, XC_ERROR, XC_ETAXONOMY, path, 0, 0,
                           "the package catalog is not well-formed XML");
    int rc = 0, rewrites = 0;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    for (xmlNodePtr n = root ? root->children : NULL; n && rc == 0; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "rewriteURI"))
            continue;
        rewrites++;
        xmlChar *from = xmlGetProp(n, (const xmlChar *)"uriStartString");
        xmlChar *to = xmlGetProp(n, (const xmlChar *)"rewritePrefix");
        xc_buf target = {0};
        const char *slash = strrchr(path, '/');
        xc_buf_put(&target, path, slash ? (size_t)(slash - path + 1) : 0);
        xc_buf_puts(&target, to ? (const char *)to : "");
        struct stat st;
        if (!from || !to || stat(target.ptr, &st) != 0 || !S_ISDIR(st.st_mode))
            rc = xc_diag_add(d, XC_ERROR, XC_ETAXONOMY, path, (int)xmlGetLineNo(n), 0,
                             "the catalog rewrites %s to %s, which is not a folder of the package",
                             from ? (const char *)from : "?", to ? (const char *)to : "?");
        xc_buf_free(&target);
        xmlFree(from);
        xmlFree(to);
    }
    if (rc == 0 && !rewrites)
        rc = xc_diag_add(d, XC_ERROR, XC_ETAXONOMY, path, 0, 0,
                         "the package catalog maps no URL (rewriteURI)");
    xmlFreeDoc(doc);
    return rc;
}

/* Calls fn for each concept name in a blank-separated list, stopping at
 * the first nonzero answer, which it returns. */
static int each_name(const char *list, int (*fn)(const char *name, size_t n, void *arg), void *arg)
{
    for (const char *p = list; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        size_t n = strcspn(p, " \t\n");
        int r = n ? fn(p, n, arg) : 0;
        if (r)
            return r;
        p += n;
    }
    return 0;
}

struct splits_q {
    const xc_taxonomy *t;
    int concept;
};

static int split_by(const char *name, size_t n, void *arg)
{
    const struct splits_q *q = arg;
    char buf[128];
    if (n >= sizeof(buf))
        return 0;
    memcpy(buf, name, n);
    buf[n] = '\0';
    int k = xc_taxonomy_find(q->t, buf);
    return k >= 0 && (k == q->concept || xc_taxonomy_is_under(q->t, q->concept, k));
}

int xc_axis_splits(const xc_taxonomy *t, const xc_axis_member *am, int concept)
{
    struct splits_q q = {t, concept};
    return !am->splits || each_name(am->splits, split_by, &q);
}

static int unknown_name(const char *name, size_t n, void *arg)
{
    const xc_taxonomy *t = arg;
    char buf[128];
    if (n >= sizeof(buf))
        return 1;
    memcpy(buf, name, n);
    buf[n] = '\0';
    return xc_taxonomy_find(t, buf) < 0;
}

/* Whether two labels' words are the same but for "current" and
 * "noncurrent" */
static int same_but_term(const xc_words *a, const xc_words *b, xc_word cur, xc_word non)
{
    int i = 0, j = 0;
    while (i < a->n || j < b->n) {
        if (i < a->n && (a->w[i] == cur || a->w[i] == non))
            i++;
        else if (j < b->n && (b->w[j] == cur || b->w[j] == non))
            j++;
        else if (i < a->n && j < b->n && a->w[i] == b->w[j])
            i++, j++;
        else
            return 0;
    }
    return 1;
}

int xc_taxonomy_termed(const xc_taxonomy *t, int k, int term)
{
    xc_word cur = xc_word_id("current", 7), non = xc_word_id("noncurrent", 10);
    const xc_concept *c = &t->concepts[k];
    xc_words base = xc_words_seen(t, c->label, 0);
    int found = -1;
    for (size_t i = 0; i < t->nconcepts && found < 0; i++) {
        const xc_concept *e = &t->concepts[i];
        if (e->term != term || e->side != c->side || e->type != c->type)
            continue;
        xc_words w = xc_words_seen(t, e->label, 0);
        if (same_but_term(&base, &w, cur, non))
            found = (int)i;
    }
    for (size_t a = 0; a < t->naliases && found < 0; a++) {
        const xc_alias *al = &t->aliases[a];
        if (t->concepts[al->concept].term == term && t->concepts[al->concept].side == c->side &&
            xc_words_has_id(&al->words, term == XC_TERM_CURRENT ? cur : non) &&
            same_but_term(&base, &al->words, cur, non))
            found = al->concept;
    }
    return found;
}

/* Each current concept's noncurrent twin and the reverse: "Operating
 * lease, liability, current" and "Operating lease, liability, noncurrent" */
static void link_twins(xc_taxonomy *t)
{
    xc_word cur = xc_word_id("current", 7), non = xc_word_id("noncurrent", 10);
    xc_words *w = xc_xcalloc(t->nconcepts ? t->nconcepts : 1, sizeof(*w));
    for (size_t i = 0; i < t->nconcepts; i++) {
        xc_concept *c = &t->concepts[i];
        c->twin = -1;
        if (c->term == XC_TERM_CURRENT || c->term == XC_TERM_NONCURRENT)
            xc_words_of(t, c->label, 0, &w[i]);
    }
    for (size_t i = 0; i < t->nconcepts; i++) {
        xc_concept *c = &t->concepts[i];
        if (c->term != XC_TERM_CURRENT)
            continue;
        for (size_t k = 0; k < t->nconcepts; k++) {
            xc_concept *e = &t->concepts[k];
            if (e->term == XC_TERM_NONCURRENT && e->side == c->side && e->twin < 0 &&
                same_but_term(&w[i], &w[k], cur, non)) {
                c->twin = (int)k;
                e->twin = (int)i;
                break;
            }
        }
    }
    for (size_t i = 0; i < t->nconcepts; i++)
        xc_words_free(&w[i]);
    free(w);
}

xc_taxonomy *xc_taxonomy_load(const char *dir, xc_diag *d)
{
    xc_taxonomy *t = xc_xcalloc(1, sizeof(*t));
    xc_buf p = {0};
    xc_buf_printf(&p, "%s/vocabulary.xml", dir);
    int rc = load_vocabulary(t, p.ptr, d);
    if (rc == 0) {
        xc_buf_clear(&p);
        xc_buf_printf(&p, "%s/us-gaap.xml", dir);
        rc = load_concepts(t, p.ptr, d);
    }
    /* an axis splits concepts that us-gaap.xml defines */
    for (size_t i = 0; rc == 0 && i < t->nmembers; i++)
        if (t->members[i].splits && each_name(t->members[i].splits, unknown_name, t)) {
            xc_buf_clear(&p);
            xc_buf_printf(&p, "%s/vocabulary.xml", dir);
            rc = xc_diag_add(d, XC_ERROR, XC_ETAXONOMY, p.ptr, 0, 0,
                             "axis %s splits a concept that us-gaap.xml does not define: %s",
                             t->members[i].axis, t->members[i].splits);
        }
    if (rc == 0) {
        xc_buf_clear(&p);
        xc_buf_printf(&p, "%s/package/META-INF/catalog.xml", dir);
        rc = check_catalog(p.ptr, d);
    }
    xc_buf_free(&p);
    if (rc < 0) {
        xc_taxonomy_free(t);
        return NULL;
    }
    build_index(t);
    link_twins(t);
    return t;
}

static void free_phrases(xc_phrase *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        xc_words_free(&p[i].words);
        free(p[i].text);
        free(p[i].axis);
    }
    free(p);
}

void xc_taxonomy_free(xc_taxonomy *t)
{
    if (!t)
        return;
    free(t->prefix);
    free(t->ns);
    free(t->schema);
    for (size_t i = 0; i < t->nconcepts; i++) {
        free(t->concepts[i].name);
        free(t->concepts[i].qname);
        free(t->concepts[i].label);
    }
    free(t->concepts);
    if (!t->alias_words) /* a load that failed before build_index */
        for (size_t i = 0; i < t->naliases; i++)
            xc_words_free(&t->aliases[i].words);
    for (size_t i = 0; i < t->naliases; i++) {
        free(t->aliases[i].before.w);
        free(t->aliases[i].measure.w);
    }
    free(t->alias_words);
    free(t->aliases);
    free(t->index);
    free_phrases(t->statements, t->nstatements);
    free_phrases(t->nongaap, t->nnongaap);
    for (int i = 0; i < XC_NIND; i++)
        free_phrases(t->industry[i], t->nindustry[i]);
    free_phrases(t->segment, t->nsegment);
    free_phrases(t->total, t->ntotal);
    free_phrases(t->measure, t->nmeasure);
    free_phrases(t->announce, t->nannounce);
    free_phrases(t->money_said, t->nmoney_said);
    free_phrases(t->other_heads, t->nother_heads);
    free_phrases(t->basis, t->nbasis);
    free_phrases(t->excerpt, t->nexcerpt);
    free_phrases(t->event, t->nevent);
    free_phrases(t->row_measure, t->nrow_measure);
    free_phrases(t->held, t->nheld);
    free_phrases(t->recon_gaap, t->nrecon_gaap);
    free_phrases(t->recon_adjust, t->nrecon_adjust);
    free_phrases(t->purpose, t->npurpose);
    for (size_t i = 0; i < t->nstop; i++)
        free(t->stop[i]);
    free(t->stop);
    for (size_t i = 0; i < t->nprep; i++)
        free(t->prep[i]);
    free(t->prep);
    for (size_t i = 0; i < t->npostpos; i++)
        free(t->postpos[i]);
    free(t->postpos);
    for (size_t i = 0; i < t->nnumbering; i++)
        free(t->numbering[i]);
    free(t->numbering);
    free(t->counts);
    free(t->quantities);
    free(t->rates);
    free(t->marked);
    free(t->reported);
    free(t->arcs);
    free(t->sense[XC_BAL_CREDIT]);
    free(t->sense[XC_BAL_DEBIT]);
    for (size_t i = 0; i < t->nlead; i++)
        free(t->lead[i]);
    free(t->lead);
    for (size_t i = 0; i < t->nsyn; i++) {
        free(t->syn[i].word);
        free(t->syn[i].as);
    }
    free(t->syn);
    free(t->wtab);
    xc_strmap_free(&t->by_name);
    free(t->same);
    free(t->same_next);
    free(t->post);
    if (t->scratch) {
        free(t->scratch->equals);
        xc_strmap_free(&t->scratch->memo);
        xc_words_forget(t);
        free(t->scratch->wlists);
        free(t->scratch->answers);
        xc_buf_free(&t->scratch->key);
        free(t->scratch->touched);
        free(t->scratch);
    }
    for (size_t i = 0; i < t->nexchanges; i++) {
        free(t->exchanges[i].code);
        free(t->exchanges[i].alias);
    }
    free(t->exchanges);
    for (size_t i = 0; i < t->nmembers; i++) {
        free(t->members[i].axis);
        free(t->members[i].prefix);
        free(t->members[i].axis_ns);
        free(t->members[i].member);
        free(t->members[i].member_ns);
        free(t->members[i].splits);
        free(t->members[i].text);
        xc_words_free(&t->members[i].words);
    }
    free(t->members);
    free(t->qualifiers);
    for (size_t i = 0; i < t->ncurrencies; i++) {
        free(t->currencies[i].code);
        free(t->currencies[i].sign);
        xc_words_free(&t->currencies[i].name.words);
    }
    free(t->currencies);
    free(t->default_currency);
    free(t);
}

int xc_taxonomy_segment_axis(const xc_taxonomy *t, const char *text, const xc_axis_member **axis)
{
    xc_words w = xc_words_seen(t, text, 1);
    uint64_t sig = xc_words_sig(&w);
    const char *named = NULL;
    int found = 0;
    *axis = NULL;
    for (size_t i = 0; i < t->nsegment; i++) {
        const xc_phrase *p = &t->segment[i];
        if (!phrase_in(p, &w, sig))
            continue;
        /* "segment" beside "by product" still says business segments */
        if (!p->axis)
            return 1;
        if (!named)
            named = p->axis;
        found = 1;
    }
    for (size_t i = 0; named && i < t->nmembers && !*axis; i++)
        if (!strcmp(t->members[i].axis, named))
            *axis = &t->members[i];
    return found;
}

/* The member label names: of axis, or with axis NULL of any axis whose
 * members a label names alone (not named="true"). */
static const xc_axis_member *member_named(const xc_taxonomy *t, const char *axis,
                                          const char *label)
{
    if (!t->nmembers)
        return NULL;
    xc_words w = xc_words_seen(t, label, 0);
    for (size_t i = 0; i < t->nmembers; i++) {
        const xc_axis_member *m = &t->members[i];
        if (!m->text && (axis ? !strcmp(m->axis, axis) : !m->named) &&
            xc_words_equal(&w, &m->words))
            return m;
    }
    return NULL;
}

const xc_axis_member *xc_taxonomy_member(const xc_taxonomy *t, const char *label)
{
    return member_named(t, NULL, label);
}

const xc_axis_member *xc_taxonomy_member_on(const xc_taxonomy *t, const char *axis,
                                            const char *label)
{
    return member_named(t, axis, label);
}

const xc_axis_member *xc_taxonomy_qualifier(const xc_taxonomy *t, const char *label, char *rest,
                                            size_t cap, int *n)
{
    size_t len = strlen(label);
    const xc_axis_member *found = NULL;
    int joint = 0;
    *n = 0;
    if (len >= cap || !t->nqualifiers)
        return NULL;
    xc_words w = xc_words_seen(t, label, 0);
    int copied = 0;
    for (size_t q = 0; q < t->nqualifiers; q++) {
        const xc_axis_member *am = &t->members[t->qualifiers[q]];
        const char *a = am->text;
        size_t an = strlen(a);
        /* (its words first, which the label's remembered words tell; the
         * rest of the axis, all of them: "Common stock" beside "Class B
         * stock", not "Class A common stock") */
        if (am->residual ? !xc_words_equal(&am->words, &w) : !xc_words_subset(&am->words, &w))
            continue;
        if (!copied++)
            memcpy(rest, label, len + 1);
        const char *at = xc_memcasemem(rest, len, a);
        /* (as whole words: "Class A", not "Class Action") */
        while (at && ((at > rest && xc_isalnum((unsigned char)at[-1])) ||
                      xc_isalnum((unsigned char)at[an])))
            at = xc_memcasemem(at + 1, len - (size_t)(at + 1 - rest), a);
        if (!at)
            continue;
        /* (two classes at once: "Class A and B common stock") */
        const char *p = at + an;
        while (*p == ' ')
            p++;
        joint |= *p == '&' || *p == '/' || xc_strncaseeq(p, "and ", 4) ||
                 xc_strncaseeq(p, "or ", 3);
        if (!found || strcmp(found->member, am->member))
            (*n)++;
        found = am;
        memmove((char *)at, at + an, len - (size_t)(at - rest) - an + 1);
        len -= an;
    }
    if (joint && *n == 1)
        *n = 2;
    return *n == 1 ? found : NULL;
}

int xc_taxonomy_find(const xc_taxonomy *t, const char *name)
{
    const char *colon = strchr(name, ':');
    if (colon)
        name = colon + 1;
    size_t i = xc_strmap_get(&t->by_name, name);
    return i == (size_t)-1 ? -1 : (int)i;
}

int xc_taxonomy_is_under(const xc_taxonomy *t, int a, int b)
{
    for (int k = 0; a >= 0 && k < 64; k++) {
        if (a == b)
            return 1;
        a = t->concepts[a].parent;
    }
    return 0;
}

int xc_taxonomy_sum_of(const xc_taxonomy *t, const int *items, const int *weights, int n)
{
    for (size_t a = 0; n > 0 && a < t->narcs; a++) {
        if (t->arcs[a].item != items[0] || t->arcs[a].weight != weights[0])
            continue;
        int p = t->arcs[a].parent, found = 1;
        for (int k = 1; k < n && found; k++) {
            found = 0;
            for (size_t b = 0; b < t->narcs && !found; b++)
                found = t->arcs[b].parent == p && t->arcs[b].item == items[k] &&
                        t->arcs[b].weight == weights[k];
        }
        if (found)
            return p;
    }
    return -1;
}

int xc_taxonomy_common_parent(const xc_taxonomy *t, const int *concepts, int n)
{
    if (n <= 0 || concepts[0] < 0)
        return -1;
    /* walk up from the first concept; the first ancestor (or itself) that
     * covers every other concept is the lowest common one */
    for (int a = concepts[0], k = 0; a >= 0 && k < 64; a = t->concepts[a].parent, k++) {
        int all = 1;
        for (int i = 1; i < n && all; i++)
            all = concepts[i] >= 0 && xc_taxonomy_is_under(t, concepts[i], a);
        if (all)
            return a;
    }
    return -1;
}

/* The side of the word of n letters at s (lower-cased): XC_BAL_NONE when
 * it is no sense word. */
static xc_balance word_sense(const xc_taxonomy *t, const char *s, size_t n)
{
    char low[32];
    if (n == 0 || n >= sizeof(low))
        return XC_BAL_NONE;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)xc_tolower((unsigned char)s[i]);
    return xc_taxonomy_word_sense(t, xc_word_id(low, n));
}

xc_balance xc_taxonomy_word_sense(const xc_taxonomy *t, xc_word w)
{
    const xc_wordinfo *e = w ? word_info(t, w) : NULL;
    if (e && (e->flags & W_DEBIT))
        return XC_BAL_DEBIT;
    return e && (e->flags & W_CREDIT) ? XC_BAL_CREDIT : XC_BAL_NONE;
}

xc_balance xc_taxonomy_sense(const xc_taxonomy *t, const char *text)
{
    for (const char *p = strchr(text, '('); p; p = strchr(p + 1, '(')) {
        const char *a = p + 1, *e = a;
        while (xc_isalpha((unsigned char)*e))
            e++;
        if (*e != ')')
            continue;
        xc_balance x = word_sense(t, a, (size_t)(e - a));
        if (x == XC_BAL_NONE)
            continue;
        /* the word just before the parenthesis, then the one just after */
        const char *be = p;
        while (be > text && be[-1] == ' ')
            be--;
        const char *bs = be;
        while (bs > text && xc_isalpha((unsigned char)bs[-1]))
            bs--;
        xc_balance y = word_sense(t, bs, (size_t)(be - bs));
        if (y != XC_BAL_NONE && y != x)
            return y;
        const char *as = e + 1;
        while (*as == ' ')
            as++;
        const char *ae = as;
        while (xc_isalpha((unsigned char)*ae))
            ae++;
        y = word_sense(t, as, (size_t)(ae - as));
        if (y != XC_BAL_NONE && y != x)
            return y;
    }
    return XC_BAL_NONE;
}

unsigned xc_taxonomy_senses(const xc_taxonomy *t, const char *text)
{
    unsigned found = 0;
    for (const char *p = text; *p;) {
        while (*p && !xc_isalpha((unsigned char)*p))
            p++;
        const char *e = p;
        while (xc_isalpha((unsigned char)*e))
            e++;
        xc_balance b = e > p ? word_sense(t, p, (size_t)(e - p)) : XC_BAL_NONE;
        if (b != XC_BAL_NONE)
            found |= 1u << b;
        p = e;
    }
    return found;
}
