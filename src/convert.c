/* convert.c: see convert.h. */
#include "convert.h"
#include "interp.h"
#include "readers.h"
#include "util.h"
#include "table.h"
#include "textio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Facts read from XBRL carry no labels; where the taxonomy knows the
 * concept (any US-GAAP year: local names are stable), take its label.
 * Concepts repeat across many facts: each is looked up once. */
static void xc_label_facts(xc_model *m, const xc_taxonomy *tax)
{
    if (!tax)
        return;
    xc_strmap seen = {0}; /* concept -> its interned label, 0 for none */
    for (size_t i = 0; i < m->nfacts; i++) {
        xc_fact *f = &m->facts[i];
        if (f->label)
            continue;
        int found;
        size_t *slot = xc_strmap_slot(&seen, f->concept, &found);
        if (!found) {
            const char *uri = xc_model_qname_uri(m, f->concept);
            int k = uri && strstr(uri, "us-gaap")
                        ? xc_taxonomy_find(tax, xc_qname_local(f->concept))
                        : -1;
            if (k >= 0)
                *slot = (size_t)(uintptr_t)xc_model_intern(m, tax->concepts[k].label);
        }
        f->label = (char *)(uintptr_t)*slot;
    }
    xc_strmap_free(&seen);
}

int xc_convert(const char *name, const char *raw, size_t n, const char *from,
               const char *encoding, const xc_taxonomy *tax, const xc_options *opt,
               xc_model *m, xc_diag *d)
{
    if (n == 0)
        return xc_diag_add(d, XC_ERROR, XC_ENOTABLE, name, 0, 0, "empty input");
    /* readers of facts take the raw bytes: XML knows its own encoding */
    const xc_reader *fr = from ? xc_reader_find(from) : xc_reader_sniff(raw, n);
    if (fr && fr->read_model) {
        m->from_facts = 1;
        int rc = fr->read_model(name, raw, n, m, d);
        xc_label_facts(m, tax);
        if (rc == 0)
            rc = xc_diag_add(d, XC_ERROR, XC_ENOTABLE, name, 0, 0, "no facts in the %s input",
                             fr->name);
        return rc;
    }
    xc_text text;
    int rc = xc_text_decode(&text, name, raw, n, encoding, d);
    if (rc < 0) {
        xc_text_free(&text);
        return rc;
    }
    const xc_reader *r = from ? xc_reader_find(from) : xc_reader_sniff(text.data, text.len);
    if (!r) {
        xc_text_free(&text);
        return xc_diag_add(d, XC_ERROR, XC_EUSAGE, name, 0, 0, "unknown input format '%s'",
                           from ? from : "?");
    }
    xc_doc doc;
    xc_doc_init(&doc, &text);
    doc.document = opt ? opt->document : NULL;
    rc = r->read(&text, &doc, d);
    if (rc >= 0) {
        size_t errors = d->errors;
        rc = xc_interpret(&doc, tax, opt, m, d);
        /* an error inside a table (a number that overflows) fails the
         * input: no facts rather than a silently incomplete set */
        if (rc >= 0 && d->errors > errors) {
            rc = -XC_EPARSE;
            for (size_t i = 0; i < d->n; i++)
                if (d->items[i].severity == XC_ERROR) {
                    rc = -d->items[i].code;
                    break;
                }
        }
        else if (rc == 0)
            rc = xc_diag_add(d, XC_ERROR, XC_ENOTABLE, name, 0, 0,
                             doc.ntables ? "no financial statement with readable periods"
                                         : "no financial table found");
    }
    xc_doc_free(&doc);
    xc_text_free(&text);
    return rc;
}

/* Reads from fd into b until b holds `upto` bytes or the file ends;
 * 0, 1 at the end of the file, or -1 with errno set. When the buffer is
 * full (sized for the whole file), the end is found with a small read on
 * the stack, without growing it. */
static int read_upto(int fd, xc_buf *b, size_t upto)
{
    while (b->len < upto) {
        char spare[4096];
        size_t room = b->cap - b->len - 1;
        char *dst = room ? b->ptr + b->len : spare;
        size_t want = room ? room : sizeof(spare);
        if (want > upto - b->len)
            want = upto - b->len;
        ssize_t got = read(fd, dst, want);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return -1;
        if (got == 0) {
            b->ptr[b->len] = '\0';
            return 1;
        }
        if (room)
            b->len += (size_t)got;
        else
            xc_buf_put(b, spare, (size_t)got); /* the file grew */
    }
    b->ptr[b->len] = '\0';
    return 0;
}

int xc_convert_path(const char *path, const char *from, const char *encoding,
                    const xc_taxonomy *tax, const xc_options *opt, xc_model *m, xc_diag *d)
{
    int is_stdin = !path || !strcmp(path, "-");
    const char *name = is_stdin ? "<stdin>" : path;
    int fd = is_stdin ? -1 : open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
        /* a regular file is opened and read once: its head tells the
         * reader, and a streaming reader (large XBRL instances) reads the
         * file itself instead of having it all in memory */
        xc_buf b = {0};
        size_t size = (size_t)st.st_size;
        b.cap = (size < 16384 ? size : 16384) + 1; /* the head first: a streamed */
        b.ptr = xc_xmalloc(b.cap);                 /* file is never held whole */
        int rc = read_upto(fd, &b, 16384);
        const xc_reader *r = NULL;
        if (rc >= 0)
            r = from ? xc_reader_find(from) : xc_reader_sniff(b.ptr, b.len);
        if (r && r->read_model && r->streams) {
            close(fd);
            xc_buf_free(&b);
            m->from_facts = 1;
            rc = r->read_model(path, NULL, 0, m, d);
            xc_label_facts(m, tax);
            if (rc == 0)
                rc = xc_diag_add(d, XC_ERROR, XC_ENOTABLE, name, 0, 0,
                                 "no facts in the %s input", r->name);
            return rc;
        }
        if (rc == 0) {
            if (b.cap < size + 1) { /* exactly the file's size */
                b.ptr = xc_xrealloc(b.ptr, size + 1);
                b.cap = size + 1;
            }
            rc = read_upto(fd, &b, (size_t)-1);
        }
        int saved = errno;
        close(fd);
        if (rc < 0) {
            xc_buf_free(&b);
            return xc_diag_add(d, XC_ERROR, XC_EIO, name, 0, 0, "cannot read: %s",
                               strerror(saved));
        }
        rc = xc_convert(name, b.ptr, b.len, from, encoding, tax, opt, m, d);
        xc_buf_free(&b);
        return rc;
    }
    if (fd >= 0)
        close(fd);
    /* standard input, a pipe, an empty or unopenable file: errors come
     * from here, with their reason */
    char *raw = NULL;
    size_t n = 0;
    int rc = xc_read_all(path, &raw, &n, d);
    if (rc == 0)
        rc = xc_convert(name, raw, n, from, encoding, tax, opt, m, d);
    free(raw);
    return rc;
}
