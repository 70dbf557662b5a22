/* batch.c: see batch.h. */
#define _GNU_SOURCE /* O_TMPFILE, linkat */
#include "batch.h"
#include "cli.h" /* exit statuses */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

FILE *xc_outfile_open(xc_outfile *o, const char *path)
{
    memset(o, 0, sizeof(*o));
#ifdef O_TMPFILE
    {
        const char *slash = strrchr(path, '/');
        xc_buf dir = {0};
        if (slash)
            xc_buf_put(&dir, path, (size_t)(slash - path) + 1);
        else
            xc_buf_puts(&dir, ".");
        int fd = open(dir.ptr, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        xc_buf_free(&dir);
        if (fd >= 0) {
            o->f = fdopen(fd, "wb");
            if (o->f) {
                o->unnamed = 1;
                return o->f;
            }
            close(fd);
        }
    }
#endif
    xc_buf_printf(&o->tmp, "%s.tmp.%ld", path, (long)getpid());
    o->f = fopen(o->tmp.ptr, "wb");
    return o->f;
}

/* Puts the written file in place; returns 0 or an errno. */
int xc_outfile_commit(xc_outfile *o, const char *path)
{
    if (o->unnamed) {
        char proc[64];
        snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fileno(o->f));
        if (linkat(AT_FDCWD, proc, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0)
            return 0;
        if (errno != EEXIST)
            return errno;
        /* replacing a file: a complete temporary, then a rename */
        xc_buf_printf(&o->tmp, "%s.tmp.%ld", path, (long)getpid());
        remove(o->tmp.ptr);
        if (linkat(AT_FDCWD, proc, AT_FDCWD, o->tmp.ptr, AT_SYMLINK_FOLLOW) != 0)
            return errno;
    }
    if (rename(o->tmp.ptr, path) != 0) {
        int e = errno;
        remove(o->tmp.ptr);
        return e;
    }
    return 0;
}

void xc_outfile_abandon(xc_outfile *o)
{
    if (o->tmp.ptr)
        remove(o->tmp.ptr);
}

/* ---- inputs: files, directories (recursively, sorted) and @lists ---- */

void xc_inputs_add(xc_inputs *in, const char *p)
{
    XC_GROW(in->v, in->cap, in->n + 1);
    in->v[in->n++] = xc_xstrdup(p);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the regular files under dir, in name order; hidden names skipped. */
static void inputs_dir(xc_inputs *in, const char *dir, int depth)
{
    DIR *dp = opendir(dir);
    if (!dp || depth > 32) {
        if (dp)
            closedir(dp);
        return;
    }
    xc_inputs names = {0};
    struct dirent *e;
    while ((e = readdir(dp)) != NULL)
        if (e->d_name[0] != '.')
            xc_inputs_add(&names, e->d_name);
    closedir(dp);
    if (names.n)
        qsort(names.v, names.n, sizeof(char *), cmp_str);
    for (size_t i = 0; i < names.n; i++) {
        xc_buf p = {0};
        xc_buf_printf(&p, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names.v[i]);
        struct stat st;
        if (stat(p.ptr, &st) == 0 && S_ISDIR(st.st_mode))
            inputs_dir(in, p.ptr, depth + 1);
        else if (stat(p.ptr, &st) == 0 && S_ISREG(st.st_mode))
            xc_inputs_add(in, p.ptr);
        xc_buf_free(&p);
        free(names.v[i]);
    }
    free(names.v);
}

/* Expands one argument; returns 1 when it names several inputs (a
 * directory or a list), -1 when a list cannot be read. */
int xc_inputs_arg(xc_inputs *in, const char *arg, FILE *err)
{
    if (arg[0] == '@') {
        FILE *lf = strcmp(arg + 1, "-") ? fopen(arg + 1, "r") : stdin;
        if (!lf) {
            fprintf(err, "xbrlconv: %s: cannot read the list: %s\n", arg + 1, strerror(errno));
            return -1;
        }
        char line[4096];
        while (fgets(line, sizeof(line), lf)) {
            size_t l = strlen(line);
            while (l && (line[l - 1] == '\n' || line[l - 1] == '\r' || line[l - 1] == ' ' ||
                         line[l - 1] == '\t'))
                line[--l] = '\0';
            const char *p = line;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p && *p != '#')
                xc_inputs_add(in, p); /* a missing file fails alone, later */
        }
        if (lf != stdin)
            fclose(lf);
        return 1;
    }
    if (strcmp(arg, "-") && is_dir(arg)) {
        inputs_dir(in, arg, 0);
        return 1;
    }
    xc_inputs_add(in, arg);
    return 0;
}

void xc_inputs_free(xc_inputs *in)
{
    for (size_t i = 0; i < in->n; i++)
        free(in->v[i]);
    free(in->v);
}

double xc_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void tsv_field(FILE *f, const char *s)
{
    for (; s && *s; s++)
        fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, f);
}

void xc_tally_add(xc_tally *t, const char *path, const char *dest, const xc_result *r)
{
    t->done++;
    if (!strcmp(r->kind, "ok"))
        t->ok++;
    else if (!strcmp(r->kind, "no-tables"))
        t->notables++;
    else
        t->failed++;
    if (r->status > t->status)
        t->status = r->status;
    if (t->status_file) {
        FILE *f = t->status_file;
        tsv_field(f, path);
        fprintf(f, "\t%s\t%d\t%zu\t", r->kind, r->status, r->facts);
        tsv_field(f, r->status == XC_EXIT_OK ? dest : "");
        fputc('\t', f);
        tsv_field(f, r->reason);
        fputc('\n', f);
        if (fflush(f) != 0)
            t->status_failed = 1;
    }
    double now = xc_now();
    if (t->progress && (now - t->last_progress > 0.2 || t->done == t->total)) {
        double rate = t->done / (now - t->start > 1e-6 ? now - t->start : 1e-6);
        double eta = rate > 0 ? (double)(t->total - t->done) / rate : 0;
        fprintf(t->err, "\r\033[K%zu/%zu files, %.1f files/s, ETA %.0f s", t->done, t->total, rate,
                eta);
        fflush(t->err);
        t->last_progress = now;
    }
}

/* Runs the inputs on `workers` processes (forked after the taxonomy is
 * loaded, so they share it); each reports one line per input on a pipe. */
void xc_batch_run(xc_batch_fn fn, void *ctx, xc_inputs *in, char **dests, int workers, xc_tally *t)
{
    int fds[2];
    if (pipe(fds) != 0) {
        workers = 1;
    }
    pid_t *pids = xc_xcalloc((size_t)workers, sizeof(pid_t));
    int started = 0;
    for (int k = 0; workers > 1 && k < workers; k++) {
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0)
            break;
        if (pid == 0) {
            close(fds[0]);
            for (size_t i = (size_t)k; i < in->n; i += (size_t)workers) {
                xc_result r;
                fn(ctx, in->v[i], dests[i], stderr, &r);
                char line[600];
                int len = snprintf(line, sizeof(line), "%zu\t%s\t%d\t%zu\t%s\n", i, r.kind,
                                   r.status, r.facts, r.reason);
                if (len >= (int)sizeof(line))
                    len = (int)sizeof(line) - 1, line[len - 1] = '\n';
                /* one write under PIPE_BUF: lines of workers never mix */
                if (write(fds[1], line, (size_t)len) < 0)
                    _exit(XC_EXIT_INTERNAL);
            }
            fflush(stderr);
            _exit(0);
        }
        pids[started++] = pid;
    }
    if (started < workers && workers > 1) {
        /* fork failed: the parent does the inputs of the missing workers */
        for (int k = started; k < workers; k++)
            for (size_t i = (size_t)k; i < in->n; i += (size_t)workers) {
                xc_result r;
                fn(ctx, in->v[i], dests[i], t->err, &r);
                xc_tally_add(t, in->v[i], dests[i], &r);
            }
    }
    if (started) {
        close(fds[1]);
        xc_buf acc = {0};
        char buf[4096];
        ssize_t got;
        while ((got = read(fds[0], buf, sizeof(buf))) > 0 || (got < 0 && errno == EINTR)) {
            if (got < 0)
                continue;
            xc_buf_put(&acc, buf, (size_t)got);
            char *nl;
            size_t off = 0;
            while ((nl = memchr(acc.ptr + off, '\n', acc.len - off)) != NULL) {
                *nl = '\0';
                xc_result r;
                memset(&r, 0, sizeof(r));
                char kind[16] = "";
                size_t i = 0;
                int n = 0;
                if (sscanf(acc.ptr + off, "%zu\t%15[^\t]\t%d\t%zu\t%n", &i, kind, &r.status,
                           &r.facts, &n) >= 4 &&
                    i < in->n) {
                    r.kind = !strcmp(kind, "ok")          ? "ok"
                             : !strcmp(kind, "no-tables") ? "no-tables"
                                                          : "error";
                    if (n)
                        snprintf(r.reason, sizeof(r.reason), "%s", acc.ptr + off + n);
                    xc_tally_add(t, in->v[i], dests[i], &r);
                }
                off = (size_t)(nl - acc.ptr) + 1;
            }
            memmove(acc.ptr, acc.ptr + off, acc.len - off);
            acc.len -= off;
        }
        close(fds[0]);
        xc_buf_free(&acc);
        for (int k = 0; k < started; k++) {
            int ws;
            while (waitpid(pids[k], &ws, 0) < 0 && errno == EINTR)
                ;
            if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0)
                t->status = t->status > XC_EXIT_INTERNAL ? t->status : XC_EXIT_INTERNAL;
        }
        /* inputs a crashed worker never reported */
        if (t->done < t->total) {
            fprintf(t->err, "xbrlconv: %zu inputs not converted: a worker stopped\n",
                    t->total - t->done);
            t->failed += t->total - t->done;
            t->status = XC_EXIT_INTERNAL;
        }
    } else if (workers <= 1) {
        for (size_t i = 0; i < in->n; i++) {
            xc_result r;
            fn(ctx, in->v[i], dests[i], t->err, &r);
            xc_tally_add(t, in->v[i], dests[i], &r);
        }
    }
    free(pids);
}
