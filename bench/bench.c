/*
 * bench.c -- throughput of the library on a JSON Lines corpus (one
 * document a line: id, date, text), single-threaded:
 *   tokenize  the text layer alone (decode, tokens, lemmas, sentences,
 *             repeats: mb_per_s), and before it the tokenize-only
 *             passes: tok_mb_per_s = MB of text / CPU seconds of decode +
 *             tokenize alone, each 0.25 MB stretch's best of 5 passes
 *             (S_tok_time); tok_wall_mb_per_s the same on the wall
 *             clock; tok_staged_mb_per_s the decode and tokenize stages'
 *             wall time inside the text layer run (the figure printed
 *             before: it counts the waits for a core of a shared machine)
 *   tokenize-only  the tokenize-only passes alone
 *   annotate  the whole pipeline plus JSON output (mb_per_s on the wall
 *             clock, cpu_mb_per_s in this thread's CPU seconds)
 *   load      opening the model
 * Prints one line of "key value" pairs: MB/s (of input text), documents/s,
 * model load time, peak RSS and the seconds spent in each stage.
 * Usage: bench [--mode tokenize|tokenize-only|annotate|load] [--model PATH]
 *              [--mb N] [--concat K] [--stages LIST] CORPUS.jsonl
 *   --mb N      only the first N MB of text (scaling with corpus size)
 *   --concat K  join every K documents into one (scaling with document
 *               size: a superlinear stage shows as a drop in MB/s)
 *   --stages L  annotate runs only these stages (and what they need), as
 *               `depeche annotate --stages L` (make bench: entities,places)
 */
#include "doc.h"

#include <jansson.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double S_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double S_now(void) { return S_clock(CLOCK_MONOTONIC); }

typedef struct { char *text; size_t len; char date[11]; } S_doc;

static void S_oom(void)
{
    fputs("bench: out of memory\n", stderr);
    exit(2);
}

/* Appends document TEXT (LEN bytes) to DOCS, or to the last one when
 * JOIN (separated by a blank line).                                       */
static void S_add(S_doc **docs, size_t *ndocs, size_t *cap, const char *text,
                  size_t len, const char *date, int join)
{
    if (join && *ndocs) {
        S_doc *d = &(*docs)[*ndocs - 1];
        char *p = realloc(d->text, d->len + 2 + len);
        if (!p) S_oom();
        memcpy(p + d->len, "\n\n", 2);
        memcpy(p + d->len + 2, text, len);
        d->text = p;
        d->len += 2 + len;
        return;
    }
    if (*ndocs == *cap) {
        *cap = *cap ? *cap * 2 : 1024;
        *docs = realloc(*docs, *cap * sizeof **docs);
        if (!*docs) S_oom();
    }
    S_doc *d = &(*docs)[(*ndocs)++];
    d->len = len;
    d->text = malloc(len ? len : 1);
    if (!d->text) S_oom();
    memcpy(d->text, text, len);
    snprintf(d->date, sizeof d->date, "%s", date ? date : "");
}

/* The tokenize-only measure: decode + tokenize of every document, run
 * S_TOK_PASSES times over the corpus cut in stretches of S_TOK_CHUNK
 * bytes of text.  A stretch's time is its best of the passes, in this
 * thread's CPU seconds and in wall seconds, and the corpus's time the
 * sum over its stretches: the machine is shared, and a pass in which
 * another process took the core (or its caches) for a while is not the
 * tokenizer's time, but every document's decode and tokenization is
 * counted, with the arena reset that starts a document (nothing else:
 * no tagging, sentences or content id).                                */
#define S_TOK_PASSES 5
#define S_TOK_CHUNK 250000

/* One pass: the time of each stretch into CPU[k] and WALL[k] (the lower
 * of theirs and the one there, after the first pass), the tokens made
 * into *NTOK.  Returns 0, -1 when out of memory.                         */
static int S_tok_pass(dp_doc *doc, const S_doc *docs, size_t ndocs, int first,
                      double *cpu, double *wall, size_t *ntok)
{
    jmp_buf jb;
    doc->oom_jmp = &jb;
    if (setjmp(jb)) {
        doc->oom_jmp = NULL;
        return -1;
    }
    size_t n = 0, k = 0, done = 0;
    double w0 = S_now(), c0 = S_clock(CLOCK_THREAD_CPUTIME_ID);
    for (size_t i = 0; i < ndocs; i++) {
        dp_arena_reset(&doc->arena);
        memset(&doc->toks, 0, sizeof doc->toks);
        dp_stage_decode(doc, docs[i].text, docs[i].len);
        dp_stage_tokenize(doc);
        n += doc->toks.n;
        done += docs[i].len;
        if (done >= S_TOK_CHUNK || i + 1 == ndocs) {
            double c1 = S_clock(CLOCK_THREAD_CPUTIME_ID), w1 = S_now();
            if (first || c1 - c0 < cpu[k]) cpu[k] = c1 - c0;
            if (first || w1 - w0 < wall[k]) wall[k] = w1 - w0;
            k++;
            done = 0;
            w0 = S_now();
            c0 = S_clock(CLOCK_THREAD_CPUTIME_ID);
        }
    }
    *ntok = n;
    doc->oom_jmp = NULL;
    return 0;
}

/* The tokenize-only seconds of the corpus, CPU and wall (see above).      */
static void S_tok_time(dp_doc *doc, const S_doc *docs, size_t ndocs, size_t bytes,
                       double *cpu_s, double *wall_s, size_t *ntok)
{
    size_t nk = bytes / S_TOK_CHUNK + 2;   /* every stretch but the last has CHUNK bytes */
    double *cpu = calloc(nk, sizeof *cpu), *wall = calloc(nk, sizeof *wall);
    if (!cpu || !wall) S_oom();
    for (int p = 0; p < S_TOK_PASSES; p++)
        if (S_tok_pass(doc, docs, ndocs, p == 0, cpu, wall, ntok)) S_oom();
    *cpu_s = *wall_s = 0;
    for (size_t k = 0; k < nk; k++) {
        *cpu_s += cpu[k];
        *wall_s += wall[k];
    }
    free(cpu);
    free(wall);
}

int main(int argc, char **argv)
{
    const char *mode = "annotate", *model_path = NULL, *corpus = NULL, *stage_list = NULL;
    unsigned stages = 0;
    double limit_mb = 0;
    long concat = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--mode") && i + 1 < argc) mode = argv[++i];
        else if (!strcmp(argv[i], "--model") && i + 1 < argc) model_path = argv[++i];
        else if (!strcmp(argv[i], "--mb") && i + 1 < argc) limit_mb = atof(argv[++i]);
        else if (!strcmp(argv[i], "--concat") && i + 1 < argc) concat = atol(argv[++i]);
        else if (!strcmp(argv[i], "--stages") && i + 1 < argc) {
            stage_list = argv[++i];
            if (dp_stages_parse(stage_list, &stages, NULL, NULL) != DP_OK) {
                fprintf(stderr, "bench: --stages: not a list of stages: %s\n", stage_list);
                return 2;
            }
        }
        else if (!strcmp(argv[i], "--help")) {
            puts("usage: bench [--mode tokenize|tokenize-only|annotate|load] [--model PATH] [--mb N] "
                 "[--concat K] [--stages LIST] CORPUS.jsonl");
            return 0;
        } else corpus = argv[i];
    }
    if (concat < 1) concat = 1;
    double t0 = S_now();
    dp_model *m = NULL;
    if (dp_model_open(model_path, &m) != DP_OK) {
        fprintf(stderr, "bench: %s\n", m ? dp_model_errmsg(m) : "out of memory");
        return 2;
    }
    double load_ms = (S_now() - t0) * 1e3;
    if (!strcmp(mode, "load")) {
        printf("load_ms %.2f\n", load_ms);
        dp_model_close(m);
        return 0;
    }
    if (!corpus) { fputs("bench: no corpus given\n", stderr); return 2; }
    FILE *f = fopen(corpus, "rb");
    if (!f) { perror(corpus); return 2; }
    /* read every document first: the timing covers the library only       */
    S_doc *docs = NULL;
    size_t ndocs = 0, cap = 0, bytes = 0, nin = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t n;
    while ((n = getline(&line, &lcap, f)) > 0) {
        if (limit_mb > 0 && bytes >= limit_mb * 1e6) break;
        json_error_t err;
        json_t *o = json_loadb(line, (size_t)n, 0, &err);
        const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (!text) { json_decref(o); continue; }
        size_t len = json_string_length(json_object_get(o, "text"));
        const char *date = json_string_value(json_object_get(o, "date"));
        S_add(&docs, &ndocs, &cap, text, len, date, nin % (size_t)concat != 0);
        nin++;
        bytes += len;
        json_decref(o);
    }
    free(line);
    fclose(f);

    int tokonly = !strcmp(mode, "tokenize-only");
    int tokenize = tokonly || !strcmp(mode, "tokenize");
    dp_doc *doc = dp_doc_new(m);
    if (!doc) S_oom();
    /* tokenize-only (S_tok_time)                                          */
    double tok_cpu = 0, tok_wall = 0;
    size_t ntok = 0;
    if (tokenize) S_tok_time(doc, docs, ndocs, bytes, &tok_cpu, &tok_wall, &ntok);
    double stage_s[DP_NSTAGES] = {0}, json_s = 0;
    doc->stage_s = stage_s;
    size_t events = 0;
    double start = S_now(), cpu0 = S_clock(CLOCK_THREAD_CPUTIME_ID);
    for (size_t i = 0; i < ndocs && !tokonly; i++) {
        if (tokenize) {
            if (dp_doc_run_text(doc, docs[i].text, docs[i].len) != DP_OK) return 1;
            continue;
        }
        dp_doc_options o = {.published = docs[i].date[0] ? docs[i].date : NULL,
                            .stages = stages};
        if (dp_doc_annotate(doc, docs[i].text, docs[i].len, &o) != DP_OK) {
            fprintf(stderr, "bench: document %zu: %s\n", i, dp_doc_errmsg(doc));
            continue;
        }
        const char *out;
        size_t len;
        double j0 = S_now();
        dp_doc_json(doc, &out, &len);
        json_s += S_now() - j0;
        events += doc->events.n;
    }
    double secs = S_now() - start, cpu = S_clock(CLOCK_THREAD_CPUTIME_ID) - cpu0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    if (tokonly) {
        printf("mode %s docs %zu bytes %zu load_ms %.2f peak_rss_mb %.1f", mode, ndocs, bytes,
               load_ms, ru.ru_maxrss / 1024.0);
    } else {
        printf("mode %s docs %zu bytes %zu seconds %.3f mb_per_s %.2f docs_per_s %.0f "
               "events %zu load_ms %.2f peak_rss_mb %.1f",
               mode, ndocs, bytes, secs, bytes / 1e6 / secs, ndocs / secs, events,
               load_ms, ru.ru_maxrss / 1024.0);
        /* the loop's CPU time too: on a shared machine the wall clock
         * counts the waits for a core                                    */
        printf(" cpu_seconds %.3f cpu_mb_per_s %.2f", cpu, cpu > 0 ? bytes / 1e6 / cpu : 0.0);
        if (stage_list) printf(" stages %s", stage_list);
    }
    /* tok_mb_per_s: decode + tokenize alone, CPU time (S_tok_time);
     * tok_wall_mb_per_s: the same passes on the wall clock; and
     * tok_staged_mb_per_s: the decode and tokenize stages' wall time
     * inside the text layer run above (between the other stages)       */
    double tok_s = stage_s[0] + stage_s[1];
    if (tokenize)
        printf(" tokens %zu tok_mb_per_s %.2f tok_wall_mb_per_s %.2f", ntok,
               tok_cpu > 0 ? bytes / 1e6 / tok_cpu : 0.0,
               tok_wall > 0 ? bytes / 1e6 / tok_wall : 0.0);
    if (tokenize && !tokonly)
        printf(" tok_staged_mb_per_s %.2f", tok_s > 0 ? bytes / 1e6 / tok_s : 0.0);
    size_t nst = tokonly ? 0 : tokenize ? DP_TEXT_STAGES : DP_NSTAGES;
    for (size_t i = 0; i < nst; i++) printf(" s_%s %.4f", dp_stages[i].name, stage_s[i]);
    if (!tokenize) printf(" s_json %.4f", json_s);
    putchar('\n');
    doc->stage_s = NULL;
    dp_doc_free(doc);
    for (size_t i = 0; i < ndocs; i++) free(docs[i].text);
    free(docs);
    dp_model_close(m);
    return 0;
}
