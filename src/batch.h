/* batch.h: many inputs in one run (the command line's batch mode, around
 * whatever converts one input): inputs from files, directories and @lists,
 * output files that appear whole or not at all, worker processes, a status
 * record per input, progress and totals. It prints (progress, status file)
 * and forks, so it belongs to the program, not the library's conversion. */
#ifndef XC_BATCH_H
#define XC_BATCH_H

#include "util.h"

#include <stdio.h>

typedef struct xc_inputs {
    char **v;
    size_t n, cap;
} xc_inputs;

void xc_inputs_add(xc_inputs *in, const char *p);
/* Expands one argument (a file, a directory's files recursively in name
 * order, or @LIST's lines); returns 1 when it named several inputs, 0 for
 * one, -1 (after a message on err) when a list cannot be read. */
int xc_inputs_arg(xc_inputs *in, const char *arg, FILE *err);
void xc_inputs_free(xc_inputs *in);

/* An output file that appears complete or not at all, even under kill -9:
 * an unnamed file (O_TMPFILE) linked into place once written, else a named
 * temporary renamed into place. */
typedef struct xc_outfile {
    FILE *f;
    int unnamed; /* O_TMPFILE: nothing to clean up when abandoned */
    xc_buf tmp;  /* the named temporary, when not unnamed */
} xc_outfile;

FILE *xc_outfile_open(xc_outfile *o, const char *path);
/* Puts the written (flushed) file in place; returns 0 or an errno. */
int xc_outfile_commit(xc_outfile *o, const char *path);
void xc_outfile_abandon(xc_outfile *o);

/* What converting one input came to. */
typedef struct xc_result {
    int status; /* exit status for this input */
    size_t facts;
    const char *kind; /* "ok", "no-tables", "error" */
    char reason[400];
} xc_result;

/* Converts input `path` to `dest`, reporting on err. */
typedef void (*xc_batch_fn)(void *ctx, const char *path, const char *dest, FILE *err, xc_result *r);

/* The batch's progress and totals; status records go to status_file. */
typedef struct xc_tally {
    size_t done, total, ok, notables, failed;
    int status;
    double start, last_progress;
    FILE *status_file;
    int status_failed; /* a status record could not be written */
    int progress;      /* a terminal: show a progress line */
    FILE *err;
} xc_tally;

double xc_now(void);
void xc_tally_add(xc_tally *t, const char *path, const char *dest, const xc_result *r);
/* Runs fn on every input, on `workers` processes (forked, each taking every
 * workers-th input; one line per input comes back on a pipe), adding each
 * result to t. Outputs are the same bytes whatever the number of workers. */
void xc_batch_run(xc_batch_fn fn, void *ctx, xc_inputs *in, char **dests, int workers, xc_tally *t);

#endif
