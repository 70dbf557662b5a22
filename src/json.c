/* json.c: see json.h. */
#include "json.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct jp {
    const char *s;
    size_t n, i;
    const char *err;
} jp;

static void ws(jp *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' ||
                           p->s[p->i] == '\r'))
        p->i++;
}

static void put_utf8(xc_buf *b, unsigned cp)
{
    char u[4];
    if (cp < 0x80) {
        xc_buf_putc(b, (char)cp);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        xc_buf_put(b, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        xc_buf_put(b, u, 3);
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        xc_buf_put(b, u, 4);
    }
}

static int hex4(jp *p, unsigned *v)
{
    if (p->i + 4 > p->n)
        return -1;
    *v = 0;
    for (int k = 0; k < 4; k++) {
        char c = p->s[p->i++];
        *v <<= 4;
        if (c >= '0' && c <= '9')
            *v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            *v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            *v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    return 0;
}

static char *string(jp *p)
{
    xc_buf b = {0};
    p->i++; /* the opening quote */
    while (p->i < p->n) {
        char c = p->s[p->i++];
        if (c == '"') {
            return b.ptr ? xc_buf_detach(&b) : xc_xstrdup("");
        }
        if ((unsigned char)c < 0x20) {
            p->err = "control character in a string";
            break;
        }
        if (c != '\\') {
            xc_buf_putc(&b, c);
            continue;
        }
        if (p->i >= p->n)
            break;
        c = p->s[p->i++];
        unsigned cp;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            xc_buf_putc(&b, c);
            break;
        case 'b':
            xc_buf_putc(&b, '\b');
            break;
        case 'f':
            xc_buf_putc(&b, '\f');
            break;
        case 'n':
            xc_buf_putc(&b, '\n');
            break;
        case 'r':
            xc_buf_putc(&b, '\r');
            break;
        case 't':
            xc_buf_putc(&b, '\t');
            break;
        case 'u':
            if (hex4(p, &cp) < 0) {
                p->err = "bad \\u escape";
                goto fail;
            }
            if (cp >= 0xD800 && cp < 0xDC00 && p->i + 6 <= p->n && p->s[p->i] == '\\' &&
                p->s[p->i + 1] == 'u') {
                unsigned lo;
                p->i += 2;
                if (hex4(p, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF) {
                    p->err = "bad surrogate pair";
                    goto fail;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            put_utf8(&b, cp);
            break;
        default:
            p->err = "bad escape";
            goto fail;
        }
    }
    if (!p->err)
        p->err = "unterminated string";
fail:
    xc_buf_free(&b);
    return NULL;
}

static int value(jp *p, xc_json *v, int depth);

static int members(jp *p, xc_json *v, int depth, int obj)
{
    char close = obj ? '}' : ']';
    size_t cap = 0, kcap = 0;
    p->i++;
    ws(p);
    if (p->i < p->n && p->s[p->i] == close) {
        p->i++;
        return 0;
    }
    for (;;) {
        ws(p);
        char *key = NULL;
        if (obj) {
            if (p->i >= p->n || p->s[p->i] != '"') {
                p->err = "expected a member name";
                return -1;
            }
            key = string(p);
            if (!key)
                return -1;
            ws(p);
            if (p->i >= p->n || p->s[p->i] != ':') {
                free(key);
                p->err = "expected ':'";
                return -1;
            }
            p->i++;
        }
        XC_GROW(v->kids, cap, v->n + 1);
        if (obj) {
            XC_GROW(v->keys, kcap, v->n + 1);
            v->keys[v->n] = key;
        }
        memset(&v->kids[v->n], 0, sizeof(xc_json));
        v->n++;
        if (value(p, &v->kids[v->n - 1], depth + 1) < 0)
            return -1;
        ws(p);
        if (p->i < p->n && p->s[p->i] == ',') {
            p->i++;
            continue;
        }
        if (p->i < p->n && p->s[p->i] == close) {
            p->i++;
            return 0;
        }
        p->err = obj ? "expected ',' or '}'" : "expected ',' or ']'";
        return -1;
    }
}

static int value(jp *p, xc_json *v, int depth)
{
    if (depth > MAX_DEPTH) {
        p->err = "nesting too deep";
        return -1;
    }
    ws(p);
    if (p->i >= p->n) {
        p->err = "unexpected end of input";
        return -1;
    }
    char c = p->s[p->i];
    if (c == '{') {
        v->type = XC_JOBJ;
        return members(p, v, depth, 1);
    }
    if (c == '[') {
        v->type = XC_JARR;
        return members(p, v, depth, 0);
    }
    if (c == '"') {
        v->type = XC_JSTR;
        v->str = string(p);
        return v->str ? 0 : -1;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        size_t b = p->i;
        while (p->i < p->n && strchr("+-0123456789.eE", p->s[p->i]))
            p->i++;
        v->type = XC_JNUM;
        v->str = xc_xstrndup(p->s + b, p->i - b);
        return 0;
    }
    static const struct {
        const char *w;
        xc_jtype t;
        int b;
    } lits[] = {{"true", XC_JBOOL, 1}, {"false", XC_JBOOL, 0}, {"null", XC_JNULL, 0}};
    for (int k = 0; k < 3; k++) {
        size_t l = strlen(lits[k].w);
        if (p->i + l <= p->n && !memcmp(p->s + p->i, lits[k].w, l)) {
            v->type = lits[k].t;
            v->boolean = lits[k].b;
            p->i += l;
            return 0;
        }
    }
    p->err = "unexpected character";
    return -1;
}

int xc_json_parse(const char *s, size_t n, xc_json *out, size_t *err_off, char err[80])
{
    jp p = {s, n, 0, NULL};
    memset(out, 0, sizeof(*out));
    /* a UTF-8 byte order mark */
    if (n >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
        (unsigned char)s[2] == 0xBF)
        p.i = 3;
    int rc = value(&p, out, 0);
    if (rc == 0) {
        ws(&p);
        if (p.i < p.n) {
            p.err = "text after the JSON value";
            rc = -1;
        }
    }
    if (rc < 0) {
        *err_off = p.i;
        snprintf(err, 80, "%s", p.err ? p.err : "bad JSON");
        xc_json_free(out);
    }
    return rc;
}

void xc_json_free(xc_json *j)
{
    if (!j)
        return;
    free(j->str);
    for (size_t i = 0; i < j->n; i++) {
        if (j->keys)
            free(j->keys[i]);
        xc_json_free(&j->kids[i]);
    }
    free(j->keys);
    free(j->kids);
    memset(j, 0, sizeof(*j));
}

const xc_json *xc_json_get(const xc_json *obj, const char *key)
{
    if (!obj || obj->type != XC_JOBJ)
        return NULL;
    for (size_t i = 0; i < obj->n; i++)
        if (!strcmp(obj->keys[i], key))
            return &obj->kids[i];
    return NULL;
}

const char *xc_json_str(const xc_json *obj, const char *key)
{
    const xc_json *v = xc_json_get(obj, key);
    return v && v->type == XC_JSTR ? v->str : NULL;
}
