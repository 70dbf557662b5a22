/* cli.c: see cli.h. */
#include "cli.h"
#include "batch.h"
#include "checks.h"
#include "convert.h"
#include "diag.h"
#include "model.h"
#include "period.h"
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

#ifndef XC_DATADIR
#define XC_DATADIR "/usr/local/share/xbrlconv"
#endif

static void usage(FILE *f)
{
    fputs("Usage: xbrlconv [OPTION]... [FILE | DIR | @LIST]...\n"
          "       xbrlconv check [OPTION]... FILE...\n"
          "Convert corporate earnings releases (SEC 8-K exhibit 99.1) into XBRL facts.\n"
          "With no FILE, or when FILE is -, read standard input. A DIR stands for the\n"
          "files under it; @LIST for the paths in LIST, one per line (@- reads them\n"
          "from standard input).\n"
          "\n"
          "  -t, --to FORMAT        output format (default json): ",
          f);
    for (const xc_writer *w = xc_writers; w->name; w++)
        fprintf(f, "%s%s", w->name, w[1].name ? ", " : "\n");
    fputs("  -f, --from FORMAT      input format (default: detected): ", f);
    for (const xc_reader *r = xc_readers; r->name; r++)
        fprintf(f, "%s%s", r->name, r[1].name ? ", " : "\n");
    fputs("  -o, --output PATH      write to PATH (default stdout); with several inputs,\n"
          "                         PATH is a directory (created when missing) that\n"
          "                         gets NAME.EXT per input\n"
          "  -j, --jobs N           convert with N worker processes (batch mode)\n"
          "      --status FILE      one tab-separated record per input: input, status\n"
          "                         (ok, no-tables, error), exit, facts, output, reason\n"
          "      --encoding NAME    input charset (iconv name); default: detected\n"
          "      --document TYPE    in an EDGAR submission, read documents of TYPE\n"
          "                         (default EX-99, the press release exhibits)\n"
          "      --taxonomy DIR     load concepts from DIR (default: the shipped taxonomy)\n"
          "      --xslt-dir DIR     stylesheets for -t html (default: the shipped xslt/)\n"
          "      --stylesheet FILE  apply FILE instead of xslt/page.xsl for -t html\n"
          "      --xml-stylesheet HREF  -t xbrl: add <?xml-stylesheet href=HREF?> so a\n"
          "                         browser renders the instance with that XSLT\n"
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
          "     (in a batch: any input)\n"
          "  2  usage error\n"
          "  3  output not written\n"
          "  4  warnings found under --strict; for check: findings\n"
          "  5  internal error\n"
          "\n"
          "Examples:\n"
          "  xbrlconv release.txt > release.json\n"
          "  xbrlconv -t xbrl -o release.xbrl release.txt\n"
          "  xbrlconv -t csv -o out/ q1.txt q2.txt\n"
          "  xbrlconv -j 4 -t ndjson -o out/ --status status.tsv archive/\n"
          "  xbrlconv --explain -t csv release.txt\n"
          "  xbrlconv check filing.xml\n",
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
        fprintf(err, ": %s: %s [%s]\n", sev[x->severity], x->message, xc_diag_code_name(x->code));
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

/* Writes the model to path through an outfile, so a failed or interrupted
 * write leaves no partial output; "-" is standard output, and a device
 * (/dev/null, /dev/full) is written in place. The writer streams into the
 * file: nothing is held in memory. Returns an exit status. */
static int write_output(const xc_writer *w, const xc_model *m, const xc_options *opt, xc_diag *d,
                        const char *path, FILE *err)
{
    struct stat st;
    int in_place = !strcmp(path, "-") || (stat(path, &st) == 0 && !S_ISREG(st.st_mode));
    xc_outfile o;
    memset(&o, 0, sizeof(o));
    FILE *f;
    if (!strcmp(path, "-"))
        f = stdout;
    else if (in_place)
        f = fopen(path, "wb");
    else
        f = xc_outfile_open(&o, path);
    if (!f) {
        fprintf(err, "xbrlconv: %s: cannot write: %s\n", path, strerror(errno));
        xc_buf_free(&o.tmp);
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
    if (ok && o.f) {
        int e = xc_outfile_commit(&o, path);
        if (e) {
            saved = e;
            ok = 0;
        }
    }
    if (f != stdout && fclose(f) != 0 && ok) {
        saved = errno;
        ok = 0;
    }
    if (!ok) {
        if (rc >= 0)
            fprintf(err, "xbrlconv: %s: cannot write: %s\n", path, strerror(saved));
        xc_outfile_abandon(&o);
    }
    xc_buf_free(&o.tmp);
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

/* ---- one conversion, and the batch around it ---- */

typedef struct job {
    const xc_writer *w;
    const char *from, *encoding;
    const xc_taxonomy *tax;
    xc_options *opt;
    int quiet;
    int check_only; /* `xbrlconv check`: findings, no output */
    int batch;      /* many inputs share the output directory */
} job;

/* An instance of a release written to a file gets its extension taxonomy
 * beside it (<prefix>-<yyyymmdd>.xsd and _lab.xml), and its schemaRef. */
static int write_extension(const job *j, xc_model *m, const char *dest, xc_diag *d)
{
    struct stat st;
    if (strcmp(j->w->name, "xbrl") || m->from_facts || !strcmp(dest, "-") ||
        (stat(dest, &st) == 0 && !S_ISREG(st.st_mode)) || !xc_ext_needed(m))
        return XC_EXIT_OK;
    int y, mo, dd;
    xc_date_split(m->period_end != XC_NODATE ? m->period_end : xc_date_make(1970, 1, 1), &y, &mo,
                  &dd);
    /* <prefix>-<yyyymmdd>, as filers name it; in a batch, releases of one
     * company and date share a directory, so the output's stem leads */
    char base[256];
    if (j->batch) {
        const char *bn = strrchr(dest, '/') ? strrchr(dest, '/') + 1 : dest;
        const char *dot = strrchr(bn, '.');
        snprintf(base, sizeof(base), "%.*s-%.64s-%04d%02d%02d",
                 (int)(dot && dot != bn ? (size_t)(dot - bn) : strlen(bn)), bn, m->ext_prefix, y,
                 mo, dd);
    } else {
        snprintf(base, sizeof(base), "%.64s-%04d%02d%02d", m->ext_prefix, y, mo, dd);
    }
    xc_buf dir = {0};
    const char *slash = strrchr(dest, '/');
    if (slash)
        xc_buf_put(&dir, dest, (size_t)(slash - dest));
    else
        xc_buf_puts(&dir, ".");
    int rc = xc_write_extension(m, dir.ptr, base, d);
    xc_buf_free(&dir);
    if (rc < 0)
        return XC_EXIT_OUTPUT;
    xc_buf href = {0};
    xc_buf_printf(&href, "%s.xsd", base);
    free(m->schema_ref);
    m->schema_ref = xc_buf_detach(&href);
    return XC_EXIT_OK;
}

static void run_one(void *ctx, const char *path, const char *dest, FILE *err, xc_result *r)
{
    const job *j = ctx;
    xc_diag d;
    xc_diag_init(&d);
    xc_model *m = xc_model_new();
    int rc = xc_convert_path(path, j->from, j->encoding, j->tax, j->opt, m, &d);
    int st = XC_EXIT_OK;
    memset(r, 0, sizeof(*r));
    r->kind = "ok";
    if (rc < 0) {
        st = rc == -XC_EUSAGE ? XC_EXIT_USAGE : XC_EXIT_INPUT;
        r->kind = rc == -XC_ENOTABLE ? "no-tables" : "error";
    } else if (xc_model_check(m, &d)) {
        st = XC_EXIT_INTERNAL;
        r->kind = "error";
    }
    /* the checks run after every conversion of a release; a format
     * conversion of XBRL runs at the parser's speed and is checked by
     * `check` or under --strict. Findings are warnings. */
    int findings = 0;
    if (st == XC_EXIT_OK && (j->check_only || !m->from_facts || (j->opt->flags & XC_OPT_STRICT))) {
        xc_check(m, j->tax, &d);
        for (size_t i = 0; i < d.n; i++) /* the readers' findings too */
            findings += d.items[i].code == XC_ECHECK;
    }
    if (st == XC_EXIT_OK && j->check_only) {
        if (findings) {
            st = XC_EXIT_STRICT;
            r->kind = "error";
        }
    } else if (st == XC_EXIT_OK) {
        st = write_extension(j, m, dest, &d);
        if (st == XC_EXIT_OK)
            st = write_output(j->w, m, j->opt, &d, dest, err);
        if (st != XC_EXIT_OK) {
            r->kind = "error";
            snprintf(r->reason, sizeof(r->reason), "%s: cannot write", dest);
        }
        if (j->opt->flags & XC_OPT_EXPLAIN)
            explain(err, m);
    }
    print_diags(err, &d, j->quiet);
    if (j->check_only && rc >= 0 && !j->quiet)
        fprintf(err, "%s: %d finding%s\n", strcmp(path, "-") ? path : "<stdin>", findings,
                findings == 1 ? "" : "s");
    if (st == XC_EXIT_OK && (j->opt->flags & XC_OPT_STRICT) && d.warnings) {
        st = XC_EXIT_STRICT;
        r->kind = "error";
    }
    for (size_t i = 0; i < d.n && !r->reason[0]; i++)
        if (d.items[i].severity == XC_ERROR || (st == XC_EXIT_STRICT && d.items[i].severity))
            snprintf(r->reason, sizeof(r->reason), "%s", d.items[i].message);
    r->status = st;
    r->facts = m->nfacts;
    xc_diag_free(&d);
    xc_model_free(m);
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
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"status", required_argument, NULL, 'A'},
                                             {"xml-stylesheet", required_argument, NULL, 'H'},
                                             {"help", no_argument, NULL, 'h'},
                                             {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    const char *to = "json", *from = NULL, *output = NULL, *encoding = NULL;
    const char *taxdir = NULL, *xsltdir = NULL;
    xc_options opt;
    memset(&opt, 0, sizeof(opt));
    int quiet = 0, c, workers = 1, check_only = 0;
    /* `xbrlconv check FILE...`: convert, check, report; write nothing */
    if (argc > 1 && !strcmp(argv[1], "check")) {
        check_only = 1;
        argv++;
        argc--;
    }
    const char *status_path = NULL;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":t:f:o:j:qhV", longopts, NULL)) != -1) {
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
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256)
                return usage_error(err, "-j needs a number of workers from 1 to 256, not '%s'",
                                   optarg);
            workers = (int)n;
            break;
        }
        case 'A':
            status_path = optarg;
            break;
        case 'H':
            opt.xml_stylesheet = optarg;
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
    xc_inputs ins = {0};
    int batch = 0;
    for (int i = optind; i < argc; i++) {
        int r = xc_inputs_arg(&ins, argv[i], err);
        if (r < 0) {
            xc_inputs_free(&ins);
            return XC_EXIT_INPUT;
        }
        batch |= r;
    }
    if (optind == argc)
        xc_inputs_add(&ins, "-");
    batch |= ins.n > 1 || status_path || workers > 1;
    /* a stream format (NDJSON) may concatenate a batch on standard output */
    int to_stdout = !check_only && batch && w->concat && (!output || !strcmp(output, "-"));
    if (check_only)
        output = NULL; /* check writes nothing */
    if (to_stdout && workers > 1) {
        xc_inputs_free(&ins);
        return usage_error(err, "-j needs -o DIR (standard output takes one input at a time)%s",
                           "");
    }
    if (batch && !output && !to_stdout && !check_only) {
        xc_inputs_free(&ins);
        return usage_error(err, "several inputs need -o DIR, an output directory%s", "");
    }
    if (batch && !to_stdout && !check_only && !is_dir(output) && mkdir(output, 0777) != 0) {
        fprintf(err, "xbrlconv: %s: cannot create the output directory: %s\n", output,
                strerror(errno));
        xc_inputs_free(&ins);
        return XC_EXIT_OUTPUT;
    }

    LIBXML_TEST_VERSION
    xmlInitParser();
    char *tdir = taxdir ? xc_xstrdup(taxdir) : find_data("taxonomy", argv[0]);
    char *xdir = xsltdir ? xc_xstrdup(xsltdir) : find_data("xslt", argv[0]);
    opt.taxonomy = tdir;
    opt.xslt_dir = xdir;
    char **dests = NULL;
    xc_tally t;
    memset(&t, 0, sizeof(t));
    t.err = err;

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
    opt.tax = tax;

    /* where each input goes: OUTDIR/NAME.EXT, -2, -3... when names clash */
    dests = xc_xcalloc(ins.n, sizeof(char *));
    {
        xc_strmap used = {0};
        for (size_t i = 0; i < ins.n; i++) {
            if (to_stdout || check_only || (!batch && !is_dir(output))) {
                dests[i] = xc_xstrdup(output ? output : "-");
                continue;
            }
            const char *bn = base_name(ins.v[i]);
            const char *dot = strrchr(bn, '.');
            int stem = (int)(dot && dot != bn ? (size_t)(dot - bn) : strlen(bn));
            if (!strcmp(ins.v[i], "-"))
                bn = "stdin", stem = 5;
            xc_buf p = {0};
            for (int k = 1;; k++) {
                xc_buf_clear(&p);
                if (k == 1)
                    xc_buf_printf(&p, "%s/%.*s.%s", output, stem, bn, w->extension);
                else
                    xc_buf_printf(&p, "%s/%.*s-%d.%s", output, stem, bn, k, w->extension);
                int found;
                xc_strmap_slot(&used, p.ptr, &found);
                if (!found)
                    break;
            }
            dests[i] = xc_buf_detach(&p);
        }
        xc_strmap_free(&used);
    }
    if (status_path) {
        t.status_file = fopen(status_path, "w");
        if (!t.status_file) {
            fprintf(err, "xbrlconv: %s: cannot write the status file: %s\n", status_path,
                    strerror(errno));
            status = XC_EXIT_OUTPUT;
            goto done;
        }
        fputs("input\tstatus\texit\tfacts\toutput\treason\n", t.status_file);
    }
    t.total = ins.n;
    t.start = xc_now();
    t.progress = batch && !quiet && isatty(fileno(err));
    {
        job j = {w, from, encoding, tax, &opt, quiet, check_only, batch};
        xc_batch_run(run_one, &j, &ins, dests, workers > (int)ins.n ? (int)ins.n : workers, &t);
    }
    status = t.status;
    if (t.progress)
        fputs("\r\033[K", err);
    if (batch && !quiet) {
        double secs = xc_now() - t.start;
        fprintf(err,
                "xbrlconv: %zu inputs: %zu converted, %zu without tables, %zu failed "
                "(%.2f s, %.1f files/s)\n",
                t.total, t.ok, t.notables, t.failed, secs, secs > 0 ? t.total / secs : 0.0);
    }
    if (t.status_file && (fclose(t.status_file) != 0 || t.status_failed)) {
        fprintf(err, "xbrlconv: %s: cannot write the status file\n", status_path);
        if (status < XC_EXIT_OUTPUT)
            status = XC_EXIT_OUTPUT;
    }
    xc_taxonomy_free(tax);
done:
    for (size_t i = 0; dests && i < ins.n; i++)
        free(dests[i]);
    free(dests);
    xc_inputs_free(&ins);
    free(tdir);
    free(xdir);
    xsltCleanupGlobals();
    xmlCleanupParser();
    return status;
}
