/* textio.c: see textio.h. iconv use follows libxml2's encoding.c: EILSEQ is
 * a diagnostic with a byte offset, E2BIG means grow and retry, EINVAL means
 * the input ends inside a character. */
#include "textio.h"
#include "util.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

int xc_read_all(const char *path, char **data, size_t *len, xc_diag *d)
{
    int is_stdin = !path || !strcmp(path, "-");
    const char *name = is_stdin ? "<stdin>" : path;
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp)
        return xc_diag_add(d, XC_ERROR, XC_EIO, name, 0, 0,
                           "cannot open: %s", strerror(errno));
    xc_buf b = {0};
    /* a regular file: read it in one piece, no doubling */
    long size = -1;
    if (!is_stdin && fseek(fp, 0, SEEK_END) == 0) {
        size = ftell(fp);
        rewind(fp);
    }
    if (size > 0) {
        b.ptr = xc_xmalloc((size_t)size + 1);
        b.cap = (size_t)size + 1;
        b.len = fread(b.ptr, 1, (size_t)size, fp);
        b.ptr[b.len] = '\0';
    }
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof(chunk), fp)) > 0)
        xc_buf_put(&b, chunk, got);
    int err = ferror(fp);
    int saved = errno;
    if (!is_stdin)
        fclose(fp);
    if (err) {
        xc_buf_free(&b);
        return xc_diag_add(d, XC_ERROR, XC_EIO, name, 0, 0,
                           "cannot read: %s", strerror(saved));
    }
    *len = b.len;
    *data = xc_buf_detach(&b);
    return 0;
}

int xc_utf8_valid(const char *s, size_t n, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned c = u[i];
        size_t k;
        unsigned min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            k = 1;
            min = 0x80;
            c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2;
            min = 0x800;
            c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3;
            min = 0x10000;
            c &= 0x07;
        } else {
            if (bad)
                *bad = i;
            return 0;
        }
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (u[i + j] & 0xC0) != 0x80) {
                if (bad)
                    *bad = i;
                return 0;
            }
            c = (c << 6) | (u[i + j] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            if (bad)
                *bad = i;
            return 0;
        }
        i += k + 1;
    }
    return 1;
}

int xc_iconv_to_utf8(const char *from, const char *in, size_t n, char **out,
                     size_t *outlen, size_t *bad_offset)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) {
        *bad_offset = 0;
        return -XC_EENCODING;
    }
    size_t cap = n * 2 + 16, used = 0;
    char *buf = xc_xmalloc(cap);
    char *ip = (char *)in;
    size_t ileft = n;
    int rc = 0;
    while (ileft > 0) {
        char *op = buf + used;
        size_t oleft = cap - used - 1;
        size_t r = iconv(cd, &ip, &ileft, &op, &oleft);
        used = (size_t)(op - buf);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            cap *= 2;
            buf = xc_xrealloc(buf, cap);
            continue;
        }
        *bad_offset = (size_t)(ip - in);
        rc = -XC_EENCODING;
        break;
    }
    iconv_close(cd);
    if (rc < 0) {
        free(buf);
        return rc;
    }
    buf[used] = '\0';
    *out = buf;
    *outlen = used;
    return 0;
}

/* \r\n and lone \r become \n, so line numbers agree with editors. */
static size_t normalise_newlines(char *s, size_t n)
{
    const char *cr = memchr(s, '\r', n);
    if (!cr)
        return n; /* the common case: nothing to do */
    size_t j = (size_t)(cr - s);
    for (size_t i = j; i < n; i++) {
        if (s[i] == '\r') {
            s[j++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
        } else {
            s[j++] = s[i];
        }
    }
    s[j] = '\0';
    return j;
}

void xc_text_index_lines(xc_text *t)
{
    size_t cap = t->len / 32 + 16; /* a guess that spares most regrowth */
    t->nlines = 0;
    t->lines = xc_xrealloc(t->lines, cap * sizeof(size_t));
    t->lines[t->nlines++] = 0;
    const char *p = t->data, *end = t->data + t->len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL && p + 1 < end) {
        p++;
        if (t->nlines == cap)
            XC_GROW(t->lines, cap, t->nlines + 1);
        t->lines[t->nlines++] = (size_t)(p - t->data);
    }
}

/* The UTF-16 of a text without a byte-order mark, told by its first
 * characters, ASCII as markup and statements begin ("<\0h\0t\0m\0l\0"):
 * every other byte NUL, and none between; or NULL. */
static const char *utf16_unmarked(const unsigned char *u, size_t n)
{
    size_t m = n < 256 ? n & ~(size_t)1 : 256;
    int le = m >= 4, be = m >= 4;
    for (size_t i = 0; i < m && (le || be); i += 2) {
        le &= u[i] != 0 && u[i + 1] == 0;
        be &= u[i] == 0 && u[i + 1] != 0;
    }
    return le ? "UTF-16LE" : be ? "UTF-16BE" : NULL;
}

int xc_text_decode(xc_text *t, const char *name, const char *raw, size_t n,
                   const char *encoding, xc_diag *d)
{
    memset(t, 0, sizeof(*t));
    t->name = xc_xstrdup(name ? name : "<stdin>");
    const unsigned char *u = (const unsigned char *)raw;
    const char *enc = encoding;
    size_t skip = 0;
    if (!enc) {
        if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
            enc = "UTF-8";
            skip = 3;
        } else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
            enc = "UTF-16LE";
            skip = 2;
        } else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
            enc = "UTF-16BE";
            skip = 2;
        } else {
            enc = utf16_unmarked(u, n);
        }
    }
    int utf16 = enc && (!strncmp(enc, "UTF-16", 6) || !strncmp(enc, "utf-16", 6));
    if (!utf16 && memchr(raw, '\0', n)) {
        size_t off = (size_t)((const char *)memchr(raw, '\0', n) - raw);
        xc_diag_add(d, XC_ERROR, XC_EPARSE, t->name, 0, 0,
                    "binary input (NUL byte at offset %zu); expected a text, "
                    "HTML or EDGAR file",
                    off);
        return -XC_EPARSE;
    }
    size_t bad = 0;
    char declared[40] = "";
    int valid = 0; /* raw + skip is known to be valid UTF-8 */
    if (!enc) {
        if (xc_utf8_valid(raw, n, &bad)) {
            enc = "UTF-8";
            valid = 1;
        } else {
            /* an HTML <meta> charset other than UTF-8, else Windows-1252
             * (old EDGAR text: curly quotes, 0x97 dashes, 0xA0 spaces) */
            const char *cs = xc_memcasemem(raw, n < 4096 ? n : 4096, "charset=");
            if (cs) {
                cs += 8;
                while (*cs == '"' || *cs == '\'')
                    cs++;
                size_t k = 0;
                while (k + 1 < sizeof(declared) &&
                       (xc_isalpha((unsigned char)cs[k]) || xc_isdigit((unsigned char)cs[k]) ||
                        cs[k] == '-' || cs[k] == '_'))
                    k++;
                memcpy(declared, cs, k);
                declared[k] = '\0';
            }
            enc = "WINDOWS-1252";
            if (declared[0] && !xc_strncaseeq(declared, "utf-8", 6) &&
                !xc_strncaseeq(declared, "utf8", 5)) {
                iconv_t cd = iconv_open("UTF-8", declared);
                if (cd != (iconv_t)-1) {
                    iconv_close(cd);
                    enc = declared;
                }
            }
        }
    }
    char *out = NULL;
    size_t outlen = 0;
    if (!strcmp(enc, "UTF-8") || !strcmp(enc, "utf-8")) {
        if (!valid && !xc_utf8_valid(raw + skip, n - skip, &bad)) {
            xc_diag_add(d, XC_ERROR, XC_EENCODING, t->name,
                        xc_text_line_of(t, 0), 0,
                        "invalid UTF-8 byte 0x%02X at offset %zu",
                        (unsigned)u[skip + bad], skip + bad);
            return -XC_EENCODING;
        }
        out = xc_xstrndup(raw + skip, n - skip);
        outlen = n - skip;
    } else if (xc_iconv_to_utf8(enc, raw + skip, n - skip, &out, &outlen,
                                &bad) < 0) {
        xc_diag_add(d, XC_ERROR, XC_EENCODING, t->name, 0, 0,
                    "cannot convert from %s at byte offset %zu", enc,
                    skip + bad);
        return -XC_EENCODING;
    }
    t->encoding = xc_xstrdup(enc);
    t->len = normalise_newlines(out, outlen);
    t->data = out;
    if (memchr(t->data, '\0', t->len)) {
        xc_diag_add(d, XC_ERROR, XC_EPARSE, t->name, 0, 0,
                    "binary input (NUL character after decoding %s)", enc);
        return -XC_EPARSE;
    }
    xc_text_index_lines(t);
    return 0;
}

void xc_text_free(xc_text *t)
{
    if (!t)
        return;
    free(t->name);
    free(t->data);
    free(t->encoding);
    free(t->lines);
    memset(t, 0, sizeof(*t));
}

int xc_text_line_of(const xc_text *t, size_t off)
{
    if (!t->lines || !t->nlines)
        return 1;
    size_t lo = 0, hi = t->nlines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (t->lines[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (int)lo + 1;
}
