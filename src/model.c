/* model.c: see model.h. */
#include "model.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_or_null(const char *s)
{
    return s ? xc_xstrdup(s) : NULL;
}

const char *xc_statement_name(xc_statement s)
{
    switch (s) {
    case XC_STMT_INCOME:
        return "income";
    case XC_STMT_BALANCE:
        return "balance";
    case XC_STMT_CASHFLOW:
        return "cashflow";
    case XC_STMT_EQUITY:
        return "equity";
    case XC_STMT_COMPREHENSIVE:
        return "comprehensive";
    case XC_STMT_OTHER:
        return "other";
    default:
        return "unknown";
    }
}

xc_model *xc_model_new(void)
{
    xc_model *m = xc_xcalloc(1, sizeof(*m));
    m->release_date = XC_NODATE;
    m->period_end = XC_NODATE;
    m->filed = XC_NODATE;
    return m;
}

void xc_model_free(xc_model *m)
{
    if (!m)
        return;
    free(m->entity_name);
    free(m->ticker);
    free(m->exchange);
    free(m->cik);
    free(m->source);
    free(m->document_type);
    free(m->fiscal_period_focus);
    free(m->ext_prefix);
    free(m->schema_ref);
    free(m->accession);
    for (size_t i = 0; i < m->ncontexts; i++) {
        xc_context *c = &m->contexts[i];
        free(c->id);
        free(c->scheme);
        free(c->identifier);
        for (size_t j = 0; j < c->ndims; j++) {
            free(c->dims[j].axis);
            free(c->dims[j].member);
            free(c->dims[j].typed_el);
        }
        free(c->dims);
    }
    free(m->contexts);
    for (size_t i = 0; i < m->nunits; i++) {
        free(m->units[i].id);
        free(m->units[i].num);
        free(m->units[i].den);
    }
    free(m->units);
    for (size_t i = 0; i < m->nfacts; i++) {
        /* concept, label, source, rule, row label and cell are interned */
        free(m->facts[i].text);
    }
    free(m->facts);
    xc_strmap_free(&m->pool);
    xc_arena_free(&m->mem);
    for (size_t i = 0; i < m->nexts; i++) {
        free(m->exts[i].name);
        free(m->exts[i].label);
        free(m->exts[i].type);
        free(m->exts[i].balance);
    }
    free(m->exts);
    xc_strmap_free(&m->ext_index);
    free(m->fact_index);
    free(m->context_index);
    for (size_t i = 0; i < m->ntables; i++) {
        free(m->tables[i].title);
        free(m->tables[i].scale_text);
        free(m->tables[i].notes);
        /* the rows and their cells are in the model's arena */
    }
    free(m->tables);
    for (size_t i = 0; i < m->nnotes; i++) {
        free(m->notes[i].id);
        free(m->notes[i].lang);
        free(m->notes[i].text);
    }
    free(m->notes);
    free(m->calcs);
    for (size_t i = 0; i < m->nns; i++) {
        free(m->ns[i].prefix);
        free(m->ns[i].uri);
    }
    free(m->ns);
    free(m);
}

void xc_model_set(char **field, const char *value)
{
    char *old = *field;
    *field = dup_or_null(value);
    free(old);
}

static int same_dims(const xc_dim *a, size_t na, const xc_dim *b, size_t nb)
{
    if (na != nb)
        return 0;
    for (size_t i = 0; i < na; i++)
        if (strcmp(a[i].axis, b[i].axis) || strcmp(a[i].member, b[i].member))
            return 0;
    return 1;
}

void *xc_model_alloc(xc_model *m, size_t n)
{
    return memset(xc_arena_alloc(&m->mem, n ? n : 1), 0, n ? n : 1);
}

const char *xc_model_intern(xc_model *m, const char *s)
{
    if (!s)
        return NULL;
    struct xc_intern_hint *hint = &m->hints[((uintptr_t)s >> 4) % 64];
    if (hint->arg == s && (s == hint->pooled || !strcmp(hint->pooled, s)))
        return hint->pooled;
    const char *pooled = xc_strmap_intern(&m->pool, s);
    hint->arg = s;
    hint->pooled = pooled;
    struct xc_intern_hint *own = &m->hints[((uintptr_t)pooled >> 4) % 64];
    own->arg = own->pooled = pooled;
    return pooled;
}

static void copy_dims(xc_context *c, const xc_dim *dims, size_t ndims)
{
    if (!ndims)
        return;
    c->dims = xc_xcalloc(ndims, sizeof(xc_dim));
    for (size_t j = 0; j < ndims; j++) {
        c->dims[j].axis = xc_xstrdup(dims[j].axis);
        c->dims[j].member = xc_xstrdup(dims[j].member);
        c->dims[j].typed_el = dims[j].typed_el ? xc_xstrdup(dims[j].typed_el) : NULL;
        c->dims[j].scenario = dims[j].scenario;
    }
    c->ndims = ndims;
}

size_t xc_model_add_context(xc_model *m, const char *id, xc_period_type type, xc_date start,
                            xc_date end, const xc_dim *dims, size_t ndims)
{
    XC_GROW(m->contexts, m->ccontexts, m->ncontexts + 1);
    xc_context *c = &m->contexts[m->ncontexts];
    memset(c, 0, sizeof(*c));
    c->id = xc_xstrdup(id);
    c->type = type;
    c->start = type == XC_PERIOD_DURATION ? start : XC_NODATE;
    c->end = end;
    copy_dims(c, dims, ndims);
    return m->ncontexts++;
}

size_t xc_model_add_unit(xc_model *m, const char *id, const char *num, const char *den)
{
    XC_GROW(m->units, m->cunits, m->nunits + 1);
    xc_unit *u = &m->units[m->nunits];
    u->id = xc_xstrdup(id);
    u->num = xc_xstrdup(num);
    u->den = den ? xc_xstrdup(den) : NULL;
    return m->nunits++;
}

/* Context ids follow the readable pattern the XBRL digest recommends:
 * D2004-01-01_2004-04-04, I2004-04-04, plus _1, _2 for dimensional
 * variants. */
static char *context_id(const xc_model *m, xc_period_type type, xc_date start,
                        xc_date end, size_t ndims)
{
    char a[16], b[16];
    xc_buf id = {0};
    if (type == XC_PERIOD_INSTANT)
        xc_buf_printf(&id, "I%s", xc_date_format(end, a));
    else if (type == XC_PERIOD_DURATION)
        xc_buf_printf(&id, "D%s_%s", xc_date_format(start, a),
                      xc_date_format(end, b));
    else
        xc_buf_puts(&id, "Forever");
    if (ndims) {
        /* count earlier contexts of this period with dimensions */
        size_t k = 0;
        for (size_t i = 0; i < m->ncontexts; i++) {
            const xc_context *c = &m->contexts[i];
            if (c->type == type && c->end == end &&
                (type != XC_PERIOD_DURATION || c->start == start) && c->ndims)
                k++;
        }
        xc_buf_printf(&id, "_%zu", k + 1);
    }
    return xc_buf_detach(&id);
}

/* An index of n items (open addressing of item number + 1, 0: empty) kept
 * at most half full: when it would not be, a larger empty one replaces it
 * and *done = 0, so that the caller indexes every item anew. */
static void index_reserve(size_t **index, size_t *cap, size_t *done, size_t n)
{
    if (n * 2 < *cap)
        return;
    size_t c = *cap ? *cap : 64;
    while (c <= n * 2)
        c *= 2;
    free(*index);
    *index = xc_xcalloc(c, sizeof(size_t));
    *cap = c;
    *done = 0;
}

/* The context index: open addressing of context number + 1 (0: empty) by
 * period, extended to the contexts added since the last lookup; contexts
 * of one period (dimensional variants) follow in the order they came, so
 * the first that matches is found first, as by a scan. */
static size_t period_hash(xc_period_type type, xc_date start, xc_date end)
{
    uint64_t h = ((uint64_t)(uint32_t)start << 32 | (uint32_t)end) * 0x9E3779B97F4A7C15ULL;
    h ^= (uint64_t)type * 0xC2B2AE3D27D4EB4FULL;
    return (size_t)(h ^ (h >> 29));
}

size_t xc_model_find_context(xc_model *m, xc_period_type type, xc_date start, xc_date end,
                             const xc_dim *dims, size_t ndims)
{
    if (type != XC_PERIOD_DURATION)
        start = XC_NODATE;
    index_reserve(&m->context_index, &m->ccontext_index, &m->ncontext_index, m->ncontexts);
    size_t mask = m->ccontext_index - 1;
    for (; m->ncontext_index < m->ncontexts; m->ncontext_index++) {
        const xc_context *c = &m->contexts[m->ncontext_index];
        size_t k = period_hash(c->type, c->start, c->end) & mask;
        while (m->context_index[k])
            k = (k + 1) & mask;
        m->context_index[k] = m->ncontext_index + 1;
    }
    for (size_t k = period_hash(type, start, end) & mask; m->context_index[k]; k = (k + 1) & mask) {
        size_t i = m->context_index[k] - 1;
        const xc_context *c = &m->contexts[i];
        if (c->type == type && c->end == end && c->start == start &&
            same_dims(c->dims, c->ndims, dims, ndims))
            return i;
    }
    return XC_NONE;
}

size_t xc_model_context(xc_model *m, xc_period_type type, xc_date start,
                        xc_date end, int start_inferred, const xc_dim *dims,
                        size_t ndims)
{
    if (type != XC_PERIOD_DURATION)
        start = XC_NODATE;
    size_t found = xc_model_find_context(m, type, start, end, dims, ndims);
    if (found != XC_NONE)
        return found;
    XC_GROW(m->contexts, m->ccontexts, m->ncontexts + 1);
    xc_context *c = &m->contexts[m->ncontexts];
    memset(c, 0, sizeof(*c));
    c->id = context_id(m, type, start, end, ndims);
    c->type = type;
    c->start = start;
    c->end = end;
    c->start_inferred = start_inferred;
    copy_dims(c, dims, ndims);
    return m->ncontexts++;
}

/* Unit ids: the measure's local name, "USD", "shares", "USDPerShare". */
static char *unit_id(const char *num, const char *den)
{
    const char *a = strchr(num, ':') ? strchr(num, ':') + 1 : num;
    xc_buf b = {0};
    xc_buf_puts(&b, a);
    if (den) {
        const char *c = strchr(den, ':') ? strchr(den, ':') + 1 : den;
        xc_buf_puts(&b, "Per");
        xc_buf_putc(&b, (char)(c[0] >= 'a' && c[0] <= 'z' ? c[0] - 32 : c[0]));
        xc_buf_puts(&b, c + 1);
    }
    return xc_buf_detach(&b);
}

size_t xc_model_find_unit(const xc_model *m, const char *num, const char *den)
{
    for (size_t i = 0; i < m->nunits; i++) {
        const xc_unit *u = &m->units[i];
        if (!strcmp(u->num, num) &&
            ((!u->den && !den) || (u->den && den && !strcmp(u->den, den))))
            return i;
    }
    return XC_NONE;
}

size_t xc_model_unit(xc_model *m, const char *num, const char *den)
{
    size_t found = xc_model_find_unit(m, num, den);
    if (found != XC_NONE)
        return found;
    XC_GROW(m->units, m->cunits, m->nunits + 1);
    xc_unit *u = &m->units[m->nunits];
    u->id = unit_id(num, den);
    u->num = xc_xstrdup(num);
    u->den = dup_or_null(den);
    return m->nunits++;
}

size_t xc_model_ext(xc_model *m, const char *name, const char *label,
                    const char *type, xc_period_type period,
                    const char *balance)
{
    int found;
    size_t *slot = xc_strmap_slot(&m->ext_index, name, &found);
    if (found)
        return *slot;
    *slot = m->nexts;
    XC_GROW(m->exts, m->cexts, m->nexts + 1);
    xc_ext_concept *e = &m->exts[m->nexts];
    e->name = xc_xstrdup(name);
    e->label = xc_xstrdup(label ? label : name);
    e->type = xc_xstrdup(type ? type : "monetary");
    e->period = period;
    e->balance = dup_or_null(balance);
    return m->nexts++;
}

const xc_ext_concept *xc_model_find_ext(const xc_model *m, const char *name)
{
    size_t i = xc_strmap_get(&m->ext_index, name);
    return i == (size_t)-1 ? NULL : &m->exts[i];
}

void xc_model_ns(xc_model *m, const char *prefix, const char *uri)
{
    for (size_t i = 0; i < m->nns; i++)
        if (!strcmp(m->ns[i].prefix, prefix))
            return;
    XC_GROW(m->ns, m->cns, m->nns + 1);
    m->ns[m->nns].prefix = xc_xstrdup(prefix);
    m->ns[m->nns].uri = xc_xstrdup(uri);
    m->nns++;
}

const char *xc_model_ns_uri(const xc_model *m, const char *prefix)
{
    for (size_t i = 0; i < m->nns; i++)
        if (!strcmp(m->ns[i].prefix, prefix))
            return m->ns[i].uri;
    return NULL;
}

const char *xc_qname_local(const char *qname)
{
    const char *c = qname ? strchr(qname, ':') : NULL;
    return c ? c + 1 : qname ? qname : "";
}

const char *xc_model_qname_uri(const xc_model *m, const char *qname)
{
    const char *c = qname ? strchr(qname, ':') : NULL;
    char pfx[64];
    size_t n = c ? (size_t)(c - qname) : 0;
    if (!c || n >= sizeof(pfx))
        return NULL;
    memcpy(pfx, qname, n);
    pfx[n] = '\0';
    return xc_model_ns_uri(m, pfx);
}

void xc_model_adopt(xc_model *m, xc_arena *mem)
{
    xc_arena_adopt(&m->mem, mem);
}

size_t xc_model_add_fact_kept(xc_model *m, const xc_fact *f)
{
    XC_GROW(m->facts, m->cfacts, m->nfacts + 1);
    xc_fact *g = &m->facts[m->nfacts];
    *g = *f;
    /* the fact index knows a concept by its pooled copy's address (a
     * hint's hit when the caller passes that copy) */
    g->concept = (char *)xc_model_intern(m, f->concept);
    g->text = dup_or_null(f->text);
    return m->nfacts++;
}

size_t xc_model_add_fact(xc_model *m, const xc_fact *f)
{
    size_t i = xc_model_add_fact_kept(m, f);
    xc_fact *g = &m->facts[i];
    g->label = (char *)xc_model_intern(m, f->label);
    g->prov.source = (char *)xc_model_intern(m, f->prov.source);
    /* a row's label is shared by its facts, and cells such as "-" repeat */
    g->prov.row_label = (char *)xc_model_intern(m, f->prov.row_label);
    g->prov.cell = (char *)xc_model_intern(m, f->prov.cell);
    g->prov.rule = (char *)xc_model_intern(m, f->prov.rule);
    g->notes = (char *)xc_model_intern(m, f->notes);
    return i;
}

void xc_model_add_calc(xc_model *m, const xc_calc_rel *rel)
{
    XC_GROW(m->calcs, m->ccalcs, m->ncalcs + 1);
    m->calcs[m->ncalcs++] = *rel;
}

size_t xc_model_add_note(xc_model *m, const char *lang, const char *text)
{
    XC_GROW(m->notes, m->cnotes, m->nnotes + 1);
    xc_footnote *n = &m->notes[m->nnotes];
    char id[32];
    snprintf(id, sizeof(id), "fn%zu", m->nnotes + 1);
    n->id = xc_xstrdup(id);
    n->lang = xc_xstrdup(lang && *lang ? lang : "en");
    n->text = xc_xstrdup(text ? text : "");
    return m->nnotes++;
}

void xc_model_link_note(xc_model *m, size_t fact, size_t note)
{
    xc_fact *f = &m->facts[fact];
    const char *id = m->notes[note].id;
    size_t il = strlen(id);
    xc_buf b = {0};
    if (f->notes) {
        for (const char *p = f->notes; (p = strstr(p, id)) != NULL; p += il)
            if ((p == f->notes || p[-1] == ' ') && (p[il] == ' ' || !p[il]))
                return; /* already linked */
        xc_buf_puts(&b, f->notes);
        xc_buf_putc(&b, ' ');
    }
    xc_buf_puts(&b, id);
    f->notes = (char *)xc_model_intern(m, b.ptr);
    xc_buf_free(&b);
}

const xc_footnote *xc_model_find_note(const xc_model *m, const char *id)
{
    for (size_t i = 0; i < m->nnotes; i++)
        if (!strcmp(m->notes[i].id, id))
            return &m->notes[i];
    return NULL;
}

size_t xc_model_add_table(xc_model *m, const xc_table_info *t)
{
    XC_GROW(m->tables, m->ctables, m->ntables + 1);
    xc_table_info *u = &m->tables[m->ntables];
    *u = *t;
    u->title = dup_or_null(t->title);
    u->scale_text = dup_or_null(t->scale_text);
    /* the rows and notes move into the model (no copy) */
    return m->ntables++;
}

/* The fact index: open addressing of fact number + 1 (0: empty) by
 * concept, context and unit, extended to the facts added since the last
 * lookup; xc_model_sort, which moves facts, drops it. A fact's concept is
 * the pool's copy, so the index hashes and compares that copy's address. */
static uint64_t fact_hash(const char *concept, size_t context, size_t unit)
{
    uint64_t h = (uint64_t)(uintptr_t)concept * 0xFF51AFD7ED558CCDULL;
    h ^= (uint64_t)context * 0x9E3779B97F4A7C15ULL;
    h ^= (uint64_t)unit * 0xC2B2AE3D27D4EB4FULL;
    return h ^ (h >> 29);
}

static void index_fact(xc_model *m, size_t i)
{
    const xc_fact *f = &m->facts[i];
    size_t mask = m->cfact_index - 1;
    size_t k = (size_t)fact_hash(f->concept, f->context, f->unit) & mask;
    while (m->fact_index[k])
        k = (k + 1) & mask;
    m->fact_index[k] = i + 1;
}

/* The pool's copy of s, or NULL when the model has none (so no fact names
 * it); looks in xc_model_intern's hints first. */
static const char *pooled(const xc_model *m, const char *s)
{
    const struct xc_intern_hint *hint = &m->hints[((uintptr_t)s >> 4) % 64];
    if (hint->arg == s && (s == hint->pooled || !strcmp(hint->pooled, s)))
        return hint->pooled;
    size_t i = xc_strmap_find(&m->pool, s);
    return i == (size_t)-1 ? NULL : m->pool.slots[i].key;
}

int xc_model_may_have(const xc_model *m, const char *concept)
{
    return pooled(m, concept) != NULL;
}

size_t xc_model_find_fact(xc_model *m, const char *concept, size_t context, size_t unit)
{
    concept = pooled(m, concept);
    if (!concept)
        return XC_NONE;
    index_reserve(&m->fact_index, &m->cfact_index, &m->nfact_index, m->nfacts);
    for (; m->nfact_index < m->nfacts; m->nfact_index++)
        index_fact(m, m->nfact_index);
    size_t mask = m->cfact_index - 1;
    for (size_t k = (size_t)fact_hash(concept, context, unit) & mask; m->fact_index[k];
         k = (k + 1) & mask) {
        const xc_fact *f = &m->facts[m->fact_index[k] - 1];
        if (f->context == context && f->unit == unit && f->concept == concept)
            return m->fact_index[k] - 1;
    }
    return XC_NONE;
}

size_t xc_model_count_numeric(const xc_model *m)
{
    size_t n = 0;
    for (size_t i = 0; i < m->nfacts; i++)
        n += m->facts[i].numeric;
    return n;
}

/* ---- sorting ---- */

static int cmp_dims(const xc_context *a, const xc_context *b)
{
    if (a->ndims != b->ndims)
        return a->ndims < b->ndims ? -1 : 1;
    for (size_t i = 0; i < a->ndims; i++) {
        int c = strcmp(a->dims[i].axis, b->dims[i].axis);
        if (!c)
            c = strcmp(a->dims[i].member, b->dims[i].member);
        if (c)
            return c;
    }
    return 0;
}

typedef struct fact_order {
    const xc_model *m;
    const uint32_t *rank; /* per fact: its concept's place in name order */
    const uint64_t *key;  /* per fact: the leading fields in one number */
} fact_order;

static int cmp_fact(size_t i, size_t j, const void *arg)
{
    const fact_order *o = arg;
    if (o->key[i] != o->key[j])
        return o->key[i] < o->key[j] ? -1 : 1;
    const xc_model *m = o->m;
    const xc_fact *a = &m->facts[i], *b = &m->facts[j];
    /* non-numeric (document) facts first */
    if (a->numeric != b->numeric)
        return a->numeric ? 1 : -1;
    if (o->rank[i] != o->rank[j])
        return o->rank[i] < o->rank[j] ? -1 : 1;
    const xc_context *ca = &m->contexts[a->context];
    const xc_context *cb = &m->contexts[b->context];
    if (ca->end != cb->end)
        return ca->end < cb->end ? -1 : 1;
    if (ca->type != cb->type)
        return ca->type < cb->type ? -1 : 1;
    if (ca->start != cb->start)
        return ca->start > cb->start ? -1 : 1; /* shorter first */
    int c = cmp_dims(ca, cb);
    if (c)
        return c;
    if (a->unit != b->unit) {
        if (a->unit == XC_NONE || b->unit == XC_NONE)
            return a->unit == XC_NONE ? -1 : 1;
        c = strcmp(m->units[a->unit].id, m->units[b->unit].id);
        if (c)
            return c;
    }
    if (a->prov.line != b->prov.line)
        return a->prov.line < b->prov.line ? -1 : 1;
    return (a->prov.col > b->prov.col) - (a->prov.col < b->prov.col);
}

/* two strings through pointers to them, for qsort */
static int cmp_id(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The slot of c in a set of cap (a power of 2) string addresses: its own,
 * or the empty one where it would go. */
static size_t addr_slot(const char *const *set, size_t cap, const char *c)
{
    size_t k = ((uintptr_t)c >> 4) * 0x9E3779B97F4A7C15ULL >> 20 & (cap - 1);
    while (set[k] && set[k] != c)
        k = (k + 1) & (cap - 1);
    return k;
}

/* rank[i]: the place of fact i's concept among the facts' distinct concept
 * names in strcmp order, so that sorting compares numbers, not names. */
static void concept_ranks(const xc_model *m, uint32_t *rank)
{
    size_t cap = 16;
    while (cap < 2 * m->nfacts)
        cap *= 2;
    const char **set = xc_xcalloc(cap, sizeof(char *)); /* by address */
    uint32_t *at = xc_xcalloc(cap, sizeof(uint32_t));
    const char **names = xc_xcalloc(m->nfacts, sizeof(char *));
    size_t nn = 0;
    for (size_t i = 0; i < m->nfacts; i++) {
        size_t k = addr_slot(set, cap, m->facts[i].concept);
        if (!set[k])
            set[k] = names[nn++] = m->facts[i].concept;
    }
    qsort(names, nn, sizeof(char *), cmp_id);
    uint32_t r = 0;
    for (size_t u = 0; u < nn; u++) {
        if (u && strcmp(names[u - 1], names[u])) /* copies of one name share a rank */
            r++;
        at[addr_slot(set, cap, names[u])] = r;
    }
    for (size_t i = 0; i < m->nfacts; i++)
        rank[i] = at[addr_slot(set, cap, m->facts[i].concept)];
    free(set);
    free(at);
    free(names);
}

/* A date as 18 bits that sort as dates do: XC_NODATE first, then 1800-01-01
 * to 2200-12-31 (xc_date_make's range); 0 when out of range. */
static uint64_t date_bits(xc_date d, int *ok)
{
    const xc_date lo = -62091; /* 1800-01-01 */
    if (d == XC_NODATE)
        return 0;
    if (d < lo || d - lo + 1 >= (1 << 18)) {
        *ok = 0;
        return 0;
    }
    return (uint64_t)(d - lo + 1);
}

/* key[i]: numeric, concept rank, end, period type and the start reversed
 * (shorter first), packed so that comparing keys compares those fields in
 * cmp_fact's order; all zero when some field does not fit. */
static void fact_keys(const xc_model *m, const uint32_t *rank, uint64_t *key)
{
    int ok = 1;
    for (size_t i = 0; i < m->nfacts && ok; i++) {
        const xc_fact *f = &m->facts[i];
        const xc_context *c = &m->contexts[f->context];
        if (rank[i] >= (1u << 22) || (unsigned)c->type > 3) {
            ok = 0;
            break;
        }
        uint64_t start = date_bits(c->start, &ok);
        key[i] = (uint64_t)(f->numeric != 0) << 62 | (uint64_t)rank[i] << 40 |
                 date_bits(c->end, &ok) << 20 | (uint64_t)c->type << 18 |
                 (((1u << 18) - 1) - start);
    }
    if (!ok)
        memset(key, 0, m->nfacts * sizeof(uint64_t));
}

void xc_model_sort(xc_model *m)
{
    if (m->nfacts < 2)
        return;
    uint32_t *rank = xc_xmalloc(m->nfacts * sizeof(uint32_t));
    uint64_t *key = xc_xmalloc(m->nfacts * sizeof(uint64_t));
    size_t *order = xc_xmalloc(m->nfacts * sizeof(size_t));
    concept_ranks(m, rank);
    fact_keys(m, rank, key);
    for (size_t i = 0; i < m->nfacts; i++)
        order[i] = i;
    fact_order o = {m, rank, key};
    xc_sort_index(order, m->nfacts, cmp_fact, &o);
    xc_fact *sorted = xc_xmalloc(m->nfacts * sizeof(xc_fact));
    for (size_t i = 0; i < m->nfacts; i++)
        sorted[i] = m->facts[order[i]];
    free(m->facts);
    m->facts = sorted;
    m->cfacts = m->nfacts;
    free(rank);
    free(key);
    free(order);
    free(m->fact_index); /* the facts moved */
    m->fact_index = NULL;
    m->cfact_index = m->nfact_index = 0;
}

int xc_model_check(const xc_model *m, xc_diag *d)
{
    int bad = 0;
    const char *bound = NULL; /* the last concept whose prefix is bound */
    for (size_t i = 0; i < m->nfacts; i++) {
        const xc_fact *f = &m->facts[i];
        if (f->context >= m->ncontexts) {
            xc_diag_add(d, XC_ERROR, XC_EINTERNAL, f->prov.source, f->prov.line,
                        f->prov.col, "fact %s has no context", f->concept);
            bad++;
        }
        if (f->numeric && f->unit >= m->nunits) {
            xc_diag_add(d, XC_ERROR, XC_EINTERNAL, f->prov.source, f->prov.line,
                        f->prov.col, "numeric fact %s has no unit", f->concept);
            bad++;
        }
        if (!f->numeric && !f->text && !f->nil) {
            xc_diag_add(d, XC_ERROR, XC_EINTERNAL, f->prov.source, f->prov.line,
                        f->prov.col, "fact %s has no value", f->concept);
            bad++;
        }
        if (!strchr(f->concept, ':')) {
            xc_diag_add(d, XC_ERROR, XC_EINTERNAL, f->prov.source, f->prov.line,
                        f->prov.col, "concept %s has no prefix", f->concept);
            bad++;
        } else if (!bound || strncmp(bound, f->concept, (size_t)(strchr(bound, ':') - bound + 1))) {
            /* facts come in runs of one prefix: a prefix found bound is
             * not looked up again for the next fact */
            char pfx[64];
            size_t n = (size_t)(strchr(f->concept, ':') - f->concept);
            if (n < sizeof(pfx) && (memcpy(pfx, f->concept, n), pfx[n] = 0,
                                    xc_model_ns_uri(m, pfx))) {
                bound = f->concept;
            } else {
                xc_diag_add(d, XC_ERROR, XC_EINTERNAL, f->prov.source,
                            f->prov.line, f->prov.col,
                            "concept %s has an unbound prefix", f->concept);
                bad++;
            }
        }
    }
    for (size_t i = 0; i < m->ncontexts; i++) {
        const xc_context *c = &m->contexts[i];
        if (c->type == XC_PERIOD_DURATION &&
            (c->start == XC_NODATE || c->end == XC_NODATE || c->start > c->end)) {
            xc_diag_add(d, XC_ERROR, XC_EINTERNAL, NULL, 0, 0,
                        "context %s has a bad duration", c->id);
            bad++;
        }
    }
    /* ids are unique: sort a copy of the pointers and compare neighbours */
    if (m->ncontexts > 1) {
        const char **ids = xc_xcalloc(m->ncontexts, sizeof(char *));
        for (size_t i = 0; i < m->ncontexts; i++)
            ids[i] = m->contexts[i].id;
        qsort(ids, m->ncontexts, sizeof(char *), cmp_id);
        for (size_t i = 1; i < m->ncontexts; i++)
            if (!strcmp(ids[i - 1], ids[i])) {
                xc_diag_add(d, XC_ERROR, XC_EINTERNAL, NULL, 0, 0,
                            "context id %s is not unique", ids[i]);
                bad++;
            }
        free(ids);
    }
    return bad;
}
