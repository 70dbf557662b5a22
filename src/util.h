/* util.h: allocation that never returns NULL, growable buffers, output sinks.
 *
 * The x-allocators print "xbrlconv: out of memory" and abort, so call sites
 * skip NULL checks (cmark's xcalloc, redis zmalloc). Everything else in the
 * library reports failures through return codes and xc_diag.
 */
#ifndef XC_UTIL_H
#define XC_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

void *xc_xmalloc(size_t n);
void *xc_xcalloc(size_t n, size_t size);
void *xc_xrealloc(void *p, size_t n);
char *xc_xstrdup(const char *s);
char *xc_xstrndup(const char *s, size_t n);

/* Grows the array *p of *cap elements of size `size` so that it holds at
 * least `need` elements. */
void xc_grow(void **p, size_t *cap, size_t need, size_t size);
#define XC_GROW(arr, cap, need)                                                \
    ((need) <= (cap) ? (void)0 : xc_grow((void **)&(arr), &(cap), (need), sizeof(*(arr))))

/* A growable NUL-terminated byte buffer. Zero-initialise before use. */
typedef struct xc_buf {
    char *ptr;
    size_t len, cap;
} xc_buf;

void xc_buf_put_slow(xc_buf *b, const char *s, size_t n);
/* Appends n bytes (inline: writers append small pieces by the million). */
static inline void xc_buf_put(xc_buf *b, const char *s, size_t n)
{
    if (n < b->cap - b->len) { /* room for n bytes and the NUL */
        memcpy(b->ptr + b->len, s, n);
        b->len += n;
        b->ptr[b->len] = '\0';
    } else {
        xc_buf_put_slow(b, s, n);
    }
}
static inline void xc_buf_puts(xc_buf *b, const char *s)
{
    xc_buf_put(b, s, strlen(s));
}
void xc_buf_putc_slow(xc_buf *b, char c);
/* Appends one byte (inline: readers append text a byte at a time). */
static inline void xc_buf_putc(xc_buf *b, char c)
{
    if (b->len + 2 <= b->cap) {
        b->ptr[b->len++] = c;
        b->ptr[b->len] = '\0';
    } else {
        xc_buf_putc_slow(b, c);
    }
}
/* Appends s with &, < and > escaped as XML character content. */
void xc_buf_put_xml(xc_buf *b, const char *s);
void xc_buf_printf(xc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void xc_buf_clear(xc_buf *b);
/* Makes room for n more bytes (and the NUL) at once. */
void xc_buf_reserve(xc_buf *b, size_t n);
/* Returns the contents (caller frees) and resets the buffer. */
char *xc_buf_detach(xc_buf *b);
void xc_buf_free(xc_buf *b);

/* Where writers put bytes: a FILE* or a memory buffer (jq's jv_dumpf /
 * jv_dump_string), so unit tests compare strings. */
typedef struct xc_sink {
    FILE *fp;   /* when non-NULL, bytes go here */
    xc_buf mem; /* otherwise here */
    int failed; /* a write error was seen */
} xc_sink;

void xc_sink_init_file(xc_sink *s, FILE *fp);
void xc_sink_init_mem(xc_sink *s);
void xc_sink_write_file(xc_sink *s, const char *p, size_t n);
static inline void xc_sink_write(xc_sink *s, const char *p, size_t n)
{
    if (s->fp)
        xc_sink_write_file(s, p, n);
    else
        xc_buf_put(&s->mem, p, n);
}
static inline void xc_sink_puts(xc_sink *s, const char *str)
{
    xc_sink_write(s, str, strlen(str));
}
void xc_sink_printf(xc_sink *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ASCII helpers that ignore the locale. */
static inline int xc_isspace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int xc_isdigit(int c)
{
    return c >= '0' && c <= '9';
}
static inline int xc_isalpha(int c)
{
    return (unsigned)((c | 32) - 'a') < 26;
}
static inline int xc_isalnum(int c)
{
    return xc_isalpha(c) || xc_isdigit(c);
}
static inline int xc_tolower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
int xc_strncaseeq(const char *a, const char *b, size_t n);
/* Whether the n bytes at s are a footnote's mark in small roman numerals
 * ("ii", "iii", "iv", "viii"; one to four of i, v and x in one case). */
int xc_roman_mark(const char *s, size_t n);
/* 3 when p begins an en or an em dash (UTF-8), else 0. */
static inline size_t xc_wide_dash(const char *p)
{
    const unsigned char *u = (const unsigned char *)p;
    return u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94) ? 3 : 0;
}
/* Where a dash parts a title or label from its qualifier ("DOMESTIC
 * TELECOM - SELECTED FINANCIAL RESULTS", "Net income -- as reported",
 * "Segments", an em dash, "Q3"): the dash's first byte, or the blank before it;
 * NULL when there is none. *after (may be NULL) gets the qualifier. */
const char *xc_dash_split(const char *text, const char **after);
/* The length of such a dash at p in text, with its blanks, else 0. */
size_t xc_dash_at(const char *text, const char *p);
/* How many words text has as written: runs of letters and digits, before
 * any is dropped or merged ("Interest income, net" has three; footnote
 * marks such as "(1)" are none). */
int xc_count_words(const char *text);
/* A hash of text's words as written, in any case ("Loans, net" and
 * "LOANS NET" hash alike, "Total loans" otherwise): two spellings of
 * one word list tell apart. */
uint64_t xc_spelling(const char *text);
/* Finds `needle` in the first n bytes of hay, ignoring ASCII case. */
const char *xc_memcasemem(const char *hay, size_t n, const char *needle);

/* A fast 64-bit hash of a NUL-terminated string, for hash tables. */
uint64_t xc_hash_str(const char *s);

/* An arena: many small blocks that die together (a reader's per-line
 * buffers), one malloc per chunk instead of one per block; chunks grow from
 * 4 KB to 64 KB. Zero-initialise before use; xc_arena_free releases every
 * block at once. */
typedef struct xc_arena_chunk xc_arena_chunk;
typedef struct xc_arena {
    xc_arena_chunk *head;
    char *next, *end; /* free room in the head chunk */
} xc_arena;

void *xc_arena_alloc_slow(xc_arena *a, size_t n);
/* n bytes aligned for any object; never NULL (aborts when out of memory) */
static inline void *xc_arena_alloc(xc_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n <= (size_t)(a->end - a->next)) {
        void *p = a->next;
        a->next += n;
        return p;
    }
    return xc_arena_alloc_slow(a, n);
}
void xc_arena_free(xc_arena *a);
/* Moves every block of from into a (they then die with a); from is left
 * empty and may be reused. */
void xc_arena_adopt(xc_arena *a, xc_arena *from);

/* A string -> index map (open addressing): ids of contexts, units, facts
 * and footnotes in the readers. Keys are copied into the map's arena;
 * each slot keeps its key's hash, so growing never rehashes. */
typedef struct xc_strmap {
    struct xc_strmap_slot {
        char *key; /* NULL: empty */
        uint64_t hash;
        size_t val;
    } *slots;
    size_t n, cap;
    xc_arena keys;
} xc_strmap;

/* The value slot for k, inserted (value 0, *found = 0) when missing. */
size_t *xc_strmap_slot(xc_strmap *m, const char *k, int *found);
/* The map's own copy of k, added (value 0) when missing: a string pool. */
const char *xc_strmap_intern(xc_strmap *m, const char *k);
/* Sets k to v unless k is there already (the first wins). */
void xc_strmap_put(xc_strmap *m, const char *k, size_t v);
/* The value of k, or (size_t)-1. */
size_t xc_strmap_get(const xc_strmap *m, const char *k);
/* The index of k's slot in m->slots, or (size_t)-1 when k is missing. */
size_t xc_strmap_find(const xc_strmap *m, const char *k);
void xc_strmap_free(xc_strmap *m);

/* Sorts n indexes stably by cmp(a, b, arg) (negative, zero, positive), a
 * merge sort: unlike qsort it takes a user pointer, so a comparator needs
 * no global state, and it keeps the order of equal elements everywhere. */
typedef int (*xc_index_cmp)(size_t a, size_t b, const void *arg);
void xc_sort_index(size_t *v, size_t n, xc_index_cmp cmp, const void *arg);

#endif
