/*
 * cli.h -- shared pieces of the depeche command: options, the input reader
 * (plain text files, JSON Lines, folders, stdin) and the subcommands.
 * The command is a thin front end: every extraction happens in libdepeche.
 */
#ifndef DP_CLI_H
#define DP_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "depeche.h"

/* Exit codes (documented in `depeche --help`).                            */
enum { CLI_OK = 0, CLI_PARTIAL = 1, CLI_USAGE = 2 };

typedef struct cli_opts {
    const char *date;     /* --date: publication date of plain text input  */
    const char *id;       /* --id: id of a single plain text document       */
    const char *model;    /* --model                                        */
    const char *db;       /* --db (ingest)                                  */
    int jsonl;            /* --jsonl: read every input as JSON Lines        */
    int pretty;           /* --pretty: indented JSON                         */
    int quiet;            /* --quiet: no warnings, no progress              */
    int json;             /* --json: JSON output (lookup, model info)        */
    size_t max_bytes;     /* document size cap (0: library default)         */
    unsigned stages;      /* --stages (annotate, ingest): DP_STAGE_* bits, 0: all */
    /* ingest, export, stats                                                */
    int jobs;             /* -j N: annotate threads (0: all cores)          */
    double dup_threshold; /* --dup-threshold (0: the default)                */
    int dedup_only;       /* ingest --dedup-only: no annotation              */
    int batch;            /* ingest --batch N: documents a transaction       */
    const char *format;   /* export --format                                 */
    const char *from, *to;        /* export --from --to (YYYY[-MM[-DD]])   */
    const char *country;  /* export --country (ISO alpha-2)                  */
    const char *type;     /* export --type (PLOVER type)                     */
    const char *bbox;     /* export --bbox W,S,E,N                           */
    const char *output;   /* export -o FILE                                  */
} cli_opts;

/* One document read from an input, or one input line that failed.        */
typedef struct cli_item {
    const char *path;     /* file name as given ("-" for stdin)              */
    long line;            /* JSON Lines line number, 0 for a whole file     */
    const char *text;
    size_t len;
    dp_doc_options opt;
    const char *error;    /* non-NULL: this item could not be read           */
} cli_item;

/* Called for each item; returns 0 to go on, -1 to stop everything (e.g. the
 * output can no longer be written).                                         */
typedef int (*cli_item_fn)(void *ctx, const cli_item *it);

/* Reads PATH (a file, a folder walked recursively for *.txt and *.jsonl,
 * or "-" for stdin) and calls FN for each document.  Returns the number of
 * failures (items with an error, unreadable files), or -1 when FN stopped. */
long cli_read(const char *path, const cli_opts *o, cli_item_fn fn, void *ctx);

/* cli_json_line's checks before parsing: cuts LINE's line end (*LEN
 * bytes, updated); 0, or -1 with MSG set (an empty line, one over the
 * size cap).  The same messages on every path (ingest's S_fast too).     */
int cli_json_check(char *line, size_t *len, size_t cap, char *msg, size_t msgsz);

/* The JSON object of one line of JSON Lines (LINE, N bytes; its end of
 * line is cut in place), or NULL with the reason in MSG (MSGSZ bytes):
 * an empty line, a line too large for the document size cap CAP,
 * malformed JSON, not an object.  cli_read and ingest's workers share it. */
struct json_t;
struct json_t *cli_json_line(char *line, size_t n, size_t cap, char *msg, size_t msgsz);

/* Raw bytes read so far from every input (compressed bytes for .gz and
 * .zst): the progress of ingest.                                            */
extern _Atomic size_t cli_input_bytes;

/* Opens the model (--model, $DEPECHE_MODEL, depeche.model next to the
 * executable, or the library default); prints the error and returns NULL
 * on failure.                                                               */
dp_model *cli_open_model(const cli_opts *o);

/* stderr messages: "depeche: FILE:LINE: MESSAGE".                          */
void cli_warn(const cli_opts *o, const cli_item *it, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void cli_error(const char *path, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Writes N bytes to OUT; -1 (with a message) when the write failed.        */
int cli_write(FILE *out, const char *s, size_t n);

/* A stable 128-bit content hash as 32 hex digits (FNV-1a, two seeds).     */
void cli_hash(const char *a, size_t na, const char *b, size_t nb, char out[33]);

int cli_ingest(const cli_opts *o, char **paths, int npaths);
/* export.c: `depeche export` and `depeche stats` (read the ingest database) */
int cli_export(const cli_opts *o);
int cli_stats(const cli_opts *o);
/* lookup.c: `depeche lookup WORD...|-` and `depeche model info`.          */
int cli_lookup(const cli_opts *o, char **words, int nwords);
int cli_model_info(const cli_opts *o);
/* serve.c: `depeche serve` (its own options; ARGV[0] is "serve").         */
int cli_serve(int argc, char **argv);

#endif
