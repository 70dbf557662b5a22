/* cli.c: see cli.h. */
#include "cli.h"
#include "convert.h"
#include "diag.h"
#include "model.h"
#include "options.h"
#include "readers.h"
#include "taxonomy.h"
#include "textio.h"
#include "util.h"
#include "writers.h"

#include <errno.h>
#include <getopt.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltconfig.h>
#include <libxslt/xsltInternals.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef XC_VERSION
#define XC_VERSION "0.1.0"
#endif
#ifndef XC_DATADIR
#define XC_DATADIR "/usr/local/share/xbrlconv"
#endif

static void usage(FILE *f)
{
    fputs("Usage: xbrlconv [OPTION]... [FILE]...\n"
          "Convert corporate earnings releases (SEC 8-K exhibit 99.1) into XBRL facts.\n"
          "With no FILE, or when FILE is -, read standard input.\n"
          "\n"
          "  -t, --to FORMAT        output format (default json): ",
          f);
    for (const xc_writer *w = xc_writers; w->name; w++)
        fprintf(f, "%s%s", w->name, w[1].name ? ", " : "\n");
    fputs("  -f, --from FORMAT      input format (default: detected): ", f);
    for (const xc_reader *r = xc_readers; r->name; r++)
        fprintf(f, "%s%s", r->name, r[1].name ? ", " : "\n");
    fputs("  -o, --output PATH      write to PATH (default stdout); with several inputs,\n"
          "                         PATH is a directory that gets NAME.EXT per input\n"
          "      --encoding NAME    input charset (iconv name); default: detected\n"
          "      --document TYPE    in an EDGAR submission, read documents of TYPE\n"
          "                         (default EX-99, the press release exhibits)\n"
          "      --taxonomy DIR     load concepts from DIR (default: the shipped taxonomy)\n"
          "      --xslt-dir DIR     stylesheets for -t html (default: the shipped xslt/)\n"
          "      --stylesheet FILE  apply FILE instead of xslt/statements.xsl for -t html\n"
          "      --explain          print each row's label -> concept, rule and confidence\n"
          "                         on standard error\n"
          "      --strict           warnings are errors (exit 4)\n"
          "  -q, --quiet            print errors only\n"
          "      --list-formats     list readers and writers\n"
          "  -h, --help             show this help and exit\n"
          "  -V, --version          show the version and exit\n"
          "\n"
          "Exit status:\n"
          "  0  converted\n"
          "  1  input unreadable, malformed, or without a financial table\n"
          "  2  usage error\n"
          "  3  output not written\n"
          "  4  warnings found under --strict\n"
          "  5  internal error\n"
          "\n"
          "Examples:\n"
          "  xbrlconv release.txt > release.json\n"
          "  xbrlconv -t xbrl -o release.xbrl release.txt\n"
          "  xbrlconv -t csv -o out/ q1.txt q2.txt\n"
          "  xbrlconv --explain -t csv release.txt\n",
          f);
}

static int usage_error(FILE *err, const char *fmt, const char *arg)
{
    fputs("xbrlconv: ", err);
    fprintf(err, fmt, arg);
    fputs("\nTry 'xbrlconv --help' for more information.\n", err);
    return XC_EXIT_USAGE;
}

static void print_diags(FILE *err, const xc_diag *d, int quiet)
{
    static const char *const sev[] = {"note", "warning", "error"};
    for (size_t i = 0; i < d->n; i++) {
        const xc_diagnostic *x = &d->items[i];
        if (quiet && x->severity != XC_ERROR)
            continue;
        fputs(x->source ? x->source : "xbrlconv", err);
        if (x->line > 0) {
            fprintf(err, ":%d", x->line);
            if (x->col > 0)
                fprintf(err, ":%d", x->col);
        }
        fprintf(err, ": %s: %s [%s]\n", sev[x->severity], x->message,
                xc_diag_code_name(x->code));
    }
}

static int is_dir(const char *p)
{
    struct stat st;
    return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The shipped data: $XBRLCONV_DATADIR, then beside the executable, then
 * the install prefix. */
static char *find_data(const char *sub, const char *argv0)
{
    const char *env = getenv("XBRLCONV_DATADIR");
    xc_buf b = {0};
    if (env) {
        xc_buf_printf(&b, "%s/%s", env, sub);
        if (is_dir(b.ptr))
            return xc_buf_detach(&b);
        xc_buf_clear(&b);
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            xc_buf_printf(&b, "%s/%s", exe, sub);
            if (is_dir(b.ptr))
                return xc_buf_detach(&b);
            xc_buf_clear(&b);
        }
    }
    (void)argv0;
    xc_buf_printf(&b, "%s/%s", XC_DATADIR, sub);
    if (is_dir(b.ptr))
        return xc_buf_detach(&b);
    xc_buf_clear(&b);
    xc_buf_puts(&b, sub);
    return xc_buf_detach(&b);
}

/* Writes the model to path through a temporary file and a rename, so a
 * failed or interrupted write leaves no partial output; "-" is standard
 * output, and a device (/dev/null, /dev/full) is written in place. The
 * writer streams into the file: nothing is held in memory. Returns an exit
 * status. */
static int write_output(const xc_writer *w, const xc_model *m, const xc_options *opt,
                        xc_diag *d, const char *path, FILE *err)
{
    struct stat st;
    int in_place = !strcmp(path, "-") || (stat(path, &st) == 0 && !S_ISREG(st.st_mode));
    xc_buf tmp = {0};
    FILE *f;
    if (!strcmp(path, "-")) {
        f = stdout;
    } else if (in_place) {
        f = fopen(path, "wb");
    } else {
        xc_buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
        f = fopen(tmp.ptr, "wb");
    }
    if (!f) {
        fprintf(err, "xbrlconv: %s: cannot write: %s\n", path, strerror(errno));
        xc_buf_free(&tmp);
        return XC_EXIT_OUTPUT;
    }
    static char iobuf[1 << 20];
    if (f != stdout)
        setvbuf(f, iobuf, _IOFBF, sizeof(iobuf));
    xc_sink sink;
    xc_sink_init_file(&sink, f);
    int rc = w->write(m, &sink, opt, d);
    int ok = rc >= 0 && !sink.failed && fflush(f) == 0 && !ferror(f);
    int saved = errno;
    if (f != stdout && fclose(f) != 0)
        ok = 0;
    if (ok && tmp.ptr && rename(tmp.ptr, path) != 0) {
        saved = errno;
        ok = 0;
    }
    if (!ok) {
        if (rc >= 0)
            fprintf(err, "xbrlconv: %s: cannot write: %s\n", path, strerror(saved));
        if (tmp.ptr)
            remove(tmp.ptr);
    }
    xc_buf_free(&tmp);
    if (ok)
        return XC_EXIT_OK;
    return rc < 0 && rc != -XC_EXSLT && rc != -XC_EWRITE ? XC_EXIT_INTERNAL : XC_EXIT_OUTPUT;
}

static void explain(FILE *err, const xc_model *m)
{
    int last_line = -1;
    const char *last_concept = NULL;
    for (size_t pass = 0; pass < 1; pass++) {
        /* facts are sorted by concept; print one line per source row */
        size_t n = m->nfacts;
        size_t *order = xc_xcalloc(n ? n : 1, sizeof(size_t));
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (m->facts[i].numeric)
                order[k++] = i;
        /* insertion sort by line: n is small */
        for (size_t i = 1; i < k; i++) {
            size_t v = order[i], j = i;
            while (j > 0 && m->facts[order[j - 1]].prov.line > m->facts[v].prov.line) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = v;
        }
        for (size_t i = 0; i < k; i++) {
            const xc_fact *f = &m->facts[order[i]];
            if (f->prov.line == last_line && last_concept && !strcmp(last_concept, f->concept))
                continue;
            /* one line per source row: HTML puts each cell on its own line */
            int seen = 0;
            for (size_t j = 0; j < i && !seen; j++) {
                const xc_fact *g = &m->facts[order[j]];
                seen = g->prov.table == f->prov.table && !strcmp(g->concept, f->concept) &&
                       g->prov.row_label && f->prov.row_label &&
                       !strcmp(g->prov.row_label, f->prov.row_label);
            }
            if (seen)
                continue;
            last_line = f->prov.line;
            last_concept = f->concept;
            fprintf(err, "%s:%d: \"%s\" -> %s [%s, %d%%, %s]\n", f->prov.source, f->prov.line,
                    f->prov.row_label ? f->prov.row_label : "", f->concept,
                    f->prov.rule ? f->prov.rule : "-", f->prov.confidence,
                    xc_statement_name(f->prov.statement));
        }
        free(order);
    }
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

int xc_cli_run(int argc, char **argv, FILE *in, FILE *out, FILE *err)
{
    (void)in;
    (void)out;
    static const struct option longopts[] = {{"to", required_argument, NULL, 't'},
                                             {"from", required_argument, NULL, 'f'},
                                             {"output", required_argument, NULL, 'o'},
                                             {"encoding", required_argument, NULL, 'E'},
                                             {"taxonomy", required_argument, NULL, 'T'},
                                             {"xslt-dir", required_argument, NULL, 'X'},
                                             {"stylesheet", required_argument, NULL, 'S'},
                                             {"document", required_argument, NULL, 'D'},
                                             {"explain", no_argument, NULL, 'x'},
                                             {"strict", no_argument, NULL, 's'},
                                             {"quiet", no_argument, NULL, 'q'},
                                             {"list-formats", no_argument, NULL, 'L'},
                                             {"help", no_argument, NULL, 'h'},
                                             {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    const char *to = "json", *from = NULL, *output = NULL, *encoding = NULL;
    const char *taxdir = NULL, *xsltdir = NULL;
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    int quiet = 0, c;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":t:f:o:qhV", longopts, NULL)) != -1) {
        switch (c) {
        case 't':
            to = optarg;
            break;
        case 'f':
            from = optarg;
            break;
        case 'o':
            output = optarg;
            break;
        case 'E':
            encoding = optarg;
            break;
        case 'T':
            taxdir = optarg;
            break;
        case 'X':
            xsltdir = optarg;
            break;
        case 'S':
            opt.stylesheet = optarg;
            break;
        case 'D':
            opt.document = optarg;
            break;
        case 'x':
            opt.flags |= XC_OPT_EXPLAIN;
            break;
        case 's':
            opt.flags |= XC_OPT_STRICT;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'L':
            fputs("readers:\n", stdout);
            for (const xc_reader *r = xc_readers; r->name; r++)
                printf("  %-6s %s\n", r->name, r->summary);
            fputs("writers:\n", stdout);
            for (const xc_writer *w = xc_writers; w->name; w++)
                printf("  %-6s %s\n", w->name, w->summary);
            return XC_EXIT_OK;
        case 'h':
            usage(stdout);
            return XC_EXIT_OK;
        case 'V':
            printf("xbrlconv %s (libxml2 %s, libxslt %s)\n", XC_VERSION, LIBXML_DOTTED_VERSION,
                   LIBXSLT_DOTTED_VERSION);
            return XC_EXIT_OK;
        case ':':
            return usage_error(err, "option '%s' needs an argument", argv[optind - 1]);
        default:
            return usage_error(err, "unknown option '%s'", argv[optind - 1]);
        }
    }
    const xc_writer *w = xc_writer_find(to);
    if (!w)
        return usage_error(err, "unknown output format '%s'", to);
    if (from && !xc_reader_find(from))
        return usage_error(err, "unknown input format '%s'", from);
    int ninputs = argc - optind;
    if (ninputs > 1 && !is_dir(output))
        return usage_error(err, "several inputs need -o DIR, an existing directory%s", "");

    LIBXML_TEST_VERSION
    xmlInitParser();
    char *tdir = taxdir ? xc_xstrdup(taxdir) : find_data("taxonomy", argv[0]);
    char *xdir = xsltdir ? xc_xstrdup(xsltdir) : find_data("xslt", argv[0]);
    opt.taxonomy = tdir;
    opt.xslt_dir = xdir;

    int status = XC_EXIT_OK;
    xc_diag d;
    xc_diag_init(&d);
    xc_taxonomy *tax = xc_taxonomy_load(tdir, &d);
    if (!tax) {
        print_diags(err, &d, 0);
        xc_diag_free(&d);
        status = XC_EXIT_INPUT;
        goto done;
    }
    xc_diag_free(&d);

    for (int i = 0; i < (ninputs ? ninputs : 1); i++) {
        const char *path = ninputs ? argv[optind + i] : "-";
        const char *name = strcmp(path, "-") ? path : "<stdin>";
        xc_diag_init(&d);
        xc_model *m = xc_model_new();
        int rc = xc_convert_path(path, from, encoding, tax, &opt, m, &d);
        (void)name;
        int st = XC_EXIT_OK;
        if (rc < 0) {
            st = rc == -XC_EUSAGE ? XC_EXIT_USAGE : XC_EXIT_INPUT;
        } else {
            int bad = xc_model_check(m, &d);
            if (bad)
                st = XC_EXIT_INTERNAL;
        }
        if (st == XC_EXIT_OK) {
            const char *dest = output ? output : "-";
            xc_buf p = {0};
            if (ninputs > 1 || is_dir(output)) {
                const char *bn = base_name(path);
                const char *dot = strrchr(bn, '.');
                xc_buf_printf(&p, "%s/%.*s.%s", output,
                              (int)(dot ? (size_t)(dot - bn) : strlen(bn)), bn, w->extension);
                dest = p.ptr;
            }
            st = write_output(w, m, &opt, &d, dest, err);
            xc_buf_free(&p);
            if (opt.flags & XC_OPT_EXPLAIN)
                explain(err, m);
        }
        print_diags(err, &d, quiet);
        if (st == XC_EXIT_OK && (opt.flags & XC_OPT_STRICT) && d.warnings)
            st = XC_EXIT_STRICT;
        if (st > status)
            status = st;
        xc_diag_free(&d);
        xc_model_free(m);
    }
    xc_taxonomy_free(tax);
done:
    free(tdir);
    free(xdir);
    xsltCleanupGlobals();
    xmlCleanupParser();
    return status;
}
