/*
 * eval_cli.h -- internals shared by eval.c and eval_dev.c: the run state of
 * one `depeche eval` command and its output helpers (jansson side).
 */
#ifndef DP_EVAL_CLI_H
#define DP_EVAL_CLI_H

#include <jansson.h>
#include <stdio.h>

#include "cli.h"
#include "eval.h"

typedef struct ev_run {
    dp_doc *doc;
    int json, quiet, tty;
    int print_gold;      /* --print-gold: the gold documents, no scoring   */
    const char *texts;   /* --texts                                          */
    ev_read_opts ro;
    size_t docs;
    long failed;         /* documents the library refused                    */
    double t0;
} ev_run;

double ev_now(void);
void ev_progress(ev_run *r, const char *what);
void ev_progress_end(ev_run *r);
/* Annotates D; the parsed JSON result (caller decrefs) or NULL (reported). */
json_t *ev_annotate(ev_run *r, const ev_doc *d);
long ev_int(json_t *o, const char *k, long dflt);
const char *ev_str(json_t *o, const char *k);
void ev_row_head(void);
void ev_row(const char *name, ev_prf c);
json_t *ev_prf_json(ev_prf c);
double ev_pct(long a, long b);   /* percent, 0 when B is 0  */
double ev_frac(long a, long b);  /* fraction, 0 when B is 0 */
int ev_print_json(json_t *j);   /* steals J */

/* geo, quotes, events (eval_dev.c); adds malformed records to *FAILS.       */
int ev_dev(ev_run *r, const char *kind, const char *path, long *fails);

#endif
