/* util.c: see util.h. */
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void oom(void)
{
    fputs("xbrlconv: out of memory\n", stderr);
    abort();
}

void *xc_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *xc_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *xc_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        oom();
    return q;
}

char *xc_xstrdup(const char *s)
{
    return xc_xstrndup(s, strlen(s));
}

char *xc_xstrndup(const char *s, size_t n)
{
    char *p = xc_xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void xc_grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > ((size_t)-1) / 2 / size)
            oom();
        c *= 2;
    }
    *p = xc_xrealloc(*p, c * size);
    *cap = c;
}

void xc_buf_put_slow(xc_buf *b, const char *s, size_t n)
{
    if (!b->cap) /* strings start at 64 bytes, not at 8, 16, 32 */
        XC_GROW(b->ptr, b->cap, 64);
    XC_GROW(b->ptr, b->cap, b->len + n + 1);
    memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void xc_buf_reserve(xc_buf *b, size_t n)
{
    XC_GROW(b->ptr, b->cap, b->len + n + 1);
    if (!b->len)
        b->ptr[0] = '\0';
}

void xc_buf_putc_slow(xc_buf *b, char c)
{
    xc_buf_put(b, &c, 1);
}

void xc_buf_put_xml(xc_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '&')
            xc_buf_puts(b, "&amp;");
        else if (*s == '<')
            xc_buf_puts(b, "&lt;");
        else if (*s == '>')
            xc_buf_puts(b, "&gt;");
        else
            xc_buf_putc(b, *s);
    }
}

static void buf_vprintf(xc_buf *b, const char *fmt, va_list ap)
{
    /* one pass when the text fits in the room left, two otherwise */
    va_list ap2;
    va_copy(ap2, ap);
    size_t room = b->cap - b->len;
    int n = vsnprintf(room ? b->ptr + b->len : NULL, room, fmt, ap2);
    va_end(ap2);
    if (n < 0) {
        if (b->ptr)
            b->ptr[b->len] = '\0';
        return;
    }
    if ((size_t)n >= room) {
        XC_GROW(b->ptr, b->cap, b->len + (size_t)n + 1);
        vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void xc_buf_printf(xc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void xc_buf_clear(xc_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

char *xc_buf_detach(xc_buf *b)
{
    char *p = b->ptr ? b->ptr : xc_xstrdup("");
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}

void xc_buf_free(xc_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

void xc_sink_init_file(xc_sink *s, FILE *fp)
{
    memset(s, 0, sizeof(*s));
    s->fp = fp;
}

void xc_sink_init_mem(xc_sink *s)
{
    memset(s, 0, sizeof(*s));
}

void xc_sink_write_file(xc_sink *s, const char *p, size_t n)
{
    if (n && fwrite(p, 1, n, s->fp) != n)
        s->failed = 1;
}

void xc_sink_printf(xc_sink *s, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof(small), fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof(small)) {
        xc_sink_write(s, small, (size_t)n);
        return;
    }
    xc_buf tmp = {0};
    va_start(ap, fmt);
    buf_vprintf(&tmp, fmt, ap);
    va_end(ap);
    xc_sink_write(s, tmp.ptr ? tmp.ptr : "", tmp.len);
    xc_buf_free(&tmp);
}

/* The length of a footnote mark at p ("(1)", "(a)", "(12)"), else 0: no
 * word of the text as written. */
static size_t note_mark(const char *p)
{
    size_t n = 1;
    if (*p != '(')
        return 0;
    while (n < 4 && xc_isalnum((unsigned char)p[n]))
        n++;
    return p[n] == ')' && n > 1 && n < 4 ? n + 1 : 0;
}

int xc_count_words(const char *text)
{
    int n = 0, in = 0;
    for (const char *p = text ? text : ""; *p; p++) {
        size_t m = *p == '(' ? note_mark(p) : 0;
        if (m) {
            p += m - 1;
            in = 0;
            continue;
        }
        int w = xc_isalpha((unsigned char)*p) || xc_isdigit((unsigned char)*p);
        n += w && !in;
        in = w;
    }
    return n;
}

uint64_t xc_spelling(const char *text)
{
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    int in = 0;
    for (const char *p = text ? text : ""; *p; p++) {
        size_t m = *p == '(' ? note_mark(p) : 0;
        if (m) {
            p += m - 1;
            in = 0;
            continue;
        }
        int w = xc_isalpha((unsigned char)*p) || xc_isdigit((unsigned char)*p);
        if (w && !in && h != 14695981039346656037ULL)
            h = (h ^ ' ') * 1099511628211ULL;
        if (w)
            h = (h ^ (unsigned char)xc_tolower((unsigned char)*p)) * 1099511628211ULL;
        in = w;
    }
    return h;
}

size_t xc_dash_at(const char *text, const char *p)
{
    if (*p != ' ' && (unsigned char)*p != 0xE2)
        return 0;
    const unsigned char *u = (const unsigned char *)p + (*p == ' ');
    size_t n = 0;
    if (u[0] == '-')
        n = u[1] == '-' ? 2 : 1;
    else
        n = xc_wide_dash((const char *)u);
    if (!n || p == text)
        return 0;
    if (*p == ' ')
        return u[n] == ' ' ? n + 2 : 0;
    /* an em dash also unspaced between letters */
    return n == 3 && u[2] == 0x94 && xc_isalpha((unsigned char)p[-1]) && xc_isalpha(u[3]) ? 3 : 0;
}

const char *xc_dash_split(const char *text, const char **after)
{
    for (const char *p = text; *p; p++) {
        size_t n = xc_dash_at(text, p);
        if (n) {
            if (after)
                *after = p + n;
            return p;
        }
    }
    return NULL;
}

int xc_strncaseeq(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (xc_tolower((unsigned char)a[i]) != xc_tolower((unsigned char)b[i]))
            return 0;
        if (!a[i])
            return 1;
    }
    return 1;
}

int xc_roman_mark(const char *s, size_t n)
{
    if (n < 1 || n > 4)
        return 0;
    const char *digits = s[0] >= 'A' && s[0] <= 'Z' ? "IVX" : "ivx";
    for (size_t i = 0; i < n; i++)
        if (!s[i] || !strchr(digits, s[i]))
            return 0;
    return 1;
}

const char *xc_memcasemem(const char *hay, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    if (m == 0)
        return hay;
    if (m > n)
        return NULL;
    /* candidates are the places of the first letter, in either case,
     * found with memchr (which scans a word at a time); each case's next
     * place is remembered until passed */
    unsigned char lo = (unsigned char)xc_tolower((unsigned char)needle[0]);
    unsigned char up = (unsigned char)(lo >= 'a' && lo <= 'z' ? lo - 'a' + 'A' : lo);
    const char *p = hay, *end = hay + (n - m) + 1;
    const char *nlo = NULL, *nup = up != lo ? NULL : end; /* end: none left */
    while (p < end) {
        if (!nlo || (nlo < p)) {
            nlo = memchr(p, lo, (size_t)(end - p));
            if (!nlo)
                nlo = end;
        }
        if (!nup || (nup < p)) {
            nup = memchr(p, up, (size_t)(end - p));
            if (!nup)
                nup = end;
        }
        const char *q = nlo < nup ? nlo : nup;
        if (q >= end)
            return NULL;
        if (xc_strncaseeq(q + 1, needle + 1, m - 1))
            return q;
        p = q + 1;
    }
    return NULL;
}

/* Eight bytes a step (strlen is vectorised; a byte-wise FNV loop cost
 * three instructions a byte, and concept names run to 60 bytes). The
 * value is only ever used to place keys in a table, never written out. */
uint64_t xc_hash_str(const char *s)
{
    size_t n = strlen(s);
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n, w = 0;
    if (n >= 8) {
        const char *last = s + n - 8;
        for (; s < last; s += 8) {
            memcpy(&w, s, 8);
            h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
            h ^= h >> 32;
        }
        memcpy(&w, last, 8); /* the last 8 bytes, overlapping the previous word */
    } else {
        for (size_t i = 0; i < n; i++) /* 0-7 bytes, without a memcpy call */
            w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    return h ^ (h >> 29);
}

/* k's slot, inserted (value 0, *found = 0) when missing */
static struct xc_strmap_slot *strmap_find_add(xc_strmap *m, const char *k, int *found)
{
    if (m->n * 2 + 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 64;
        struct xc_strmap_slot *ns = xc_xcalloc(nc, sizeof(*ns));
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->slots[i].key)
                continue;
            size_t j = m->slots[i].hash & (nc - 1);
            while (ns[j].key)
                j = (j + 1) & (nc - 1);
            ns[j] = m->slots[i];
        }
        free(m->slots);
        m->slots = ns;
        m->cap = nc;
    }
    uint64_t h = xc_hash_str(k);
    size_t j = h & (m->cap - 1);
    for (; m->slots[j].key; j = (j + 1) & (m->cap - 1))
        if (m->slots[j].hash == h && !strcmp(m->slots[j].key, k)) {
            *found = 1;
            return &m->slots[j];
        }
    *found = 0;
    size_t n = strlen(k) + 1;
    m->slots[j].key = memcpy(xc_arena_alloc(&m->keys, n), k, n);
    m->slots[j].hash = h;
    m->slots[j].val = 0;
    m->n++;
    return &m->slots[j];
}

size_t *xc_strmap_slot(xc_strmap *m, const char *k, int *found)
{
    return &strmap_find_add(m, k, found)->val;
}

const char *xc_strmap_intern(xc_strmap *m, const char *k)
{
    int found;
    return strmap_find_add(m, k, &found)->key;
}

void xc_strmap_put(xc_strmap *m, const char *k, size_t v)
{
    int found;
    size_t *slot = xc_strmap_slot(m, k, &found);
    if (!found)
        *slot = v;
}

size_t xc_strmap_find(const xc_strmap *m, const char *k)
{
    if (!m->cap || !k)
        return (size_t)-1;
    uint64_t h = xc_hash_str(k);
    for (size_t j = h & (m->cap - 1); m->slots[j].key; j = (j + 1) & (m->cap - 1))
        if (m->slots[j].hash == h && !strcmp(m->slots[j].key, k))
            return j;
    return (size_t)-1;
}

size_t xc_strmap_get(const xc_strmap *m, const char *k)
{
    size_t j = xc_strmap_find(m, k);
    return j == (size_t)-1 ? j : m->slots[j].val;
}

void xc_strmap_free(xc_strmap *m)
{
    free(m->slots);
    xc_arena_free(&m->keys);
    memset(m, 0, sizeof(*m));
}

struct xc_arena_chunk {
    xc_arena_chunk *next;
    size_t size;
    _Alignas(16) char data[];
};

void *xc_arena_alloc_slow(xc_arena *a, size_t n)
{
    /* chunks grow from 4 KB to 64 KB, so that a small arena stays small */
    size_t base = !a->head                     ? 4096
                  : a->head->size < (1 << 15) ? a->head->size * 2
                                              : (size_t)1 << 16;
    size_t size = n > base / 2 ? n : base;
    if (n > (size_t)-1 / 2)
        oom();
    xc_arena_chunk *c = xc_xmalloc(sizeof(*c) + size);
    c->size = size;
    if (n == size && a->head) {
        /* a large block: its own chunk, behind the head so that the
         * head's free room stays in use */
        c->next = a->head->next;
        a->head->next = c;
        return c->data;
    }
    c->next = a->head;
    a->head = c;
    a->next = c->data + n;
    a->end = c->data + size;
    return c->data;
}

void xc_arena_free(xc_arena *a)
{
    for (xc_arena_chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    memset(a, 0, sizeof(*a));
}

void xc_arena_adopt(xc_arena *a, xc_arena *from)
{
    if (!from->head)
        return;
    if (!a->head) {
        *a = *from;
    } else {
        /* behind a's head, so that the head's free room stays in use */
        xc_arena_chunk *last = from->head;
        while (last->next)
            last = last->next;
        last->next = a->head->next;
        a->head->next = from->head;
    }
    memset(from, 0, sizeof(*from));
}

/* v[0..n) sorted through tmp (room for n) */
static void merge_sort(size_t *v, size_t *tmp, size_t n, xc_index_cmp cmp, const void *arg)
{
    if (n <= 12) { /* short runs: insertion */
        for (size_t i = 1; i < n; i++) {
            size_t x = v[i], j = i;
            for (; j > 0 && cmp(v[j - 1], x, arg) > 0; j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    merge_sort(v, tmp, h, cmp, arg);
    merge_sort(v + h, tmp, n - h, cmp, arg);
    if (cmp(v[h - 1], v[h], arg) <= 0)
        return; /* already in order: common for rows read top to bottom */
    memcpy(tmp, v, h * sizeof(size_t));
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        v[k++] = cmp(v[j], tmp[i], arg) < 0 ? v[j++] : tmp[i++];
    while (i < h)
        v[k++] = tmp[i++];
}

void xc_sort_index(size_t *v, size_t n, xc_index_cmp cmp, const void *arg)
{
    if (n < 2)
        return;
    size_t *tmp = xc_xmalloc((n / 2 + 1) * sizeof(size_t));
    merge_sort(v, tmp, n, cmp, arg);
    free(tmp);
}
