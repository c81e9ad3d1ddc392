/*
 * bench.c -- throughput of the library on a JSON Lines corpus (one
 * document a line: id, date, text), single-threaded:
 *   tokenize  the text layer alone: decode, tokens, lemmas, sentences, repeats
 *   annotate  the whole pipeline plus JSON output
 * Prints MB/s (of input text), documents/s, model load time and peak RSS.
 * Usage: bench [--mode tokenize|annotate|load] [--model PATH] CORPUS.jsonl
 */
#include "doc.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct { char *text; size_t len; char date[11]; } S_doc;

int main(int argc, char **argv)
{
    const char *mode = "annotate", *model_path = NULL, *corpus = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--mode") && i + 1 < argc) mode = argv[++i];
        else if (!strcmp(argv[i], "--model") && i + 1 < argc) model_path = argv[++i];
        else if (!strcmp(argv[i], "--help")) {
            puts("usage: bench [--mode tokenize|annotate|load] [--model PATH] CORPUS.jsonl");
            return 0;
        } else corpus = argv[i];
    }
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
    size_t ndocs = 0, cap = 0, bytes = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t n;
    while ((n = getline(&line, &lcap, f)) > 0) {
        json_error_t err;
        json_t *o = json_loadb(line, (size_t)n, 0, &err);
        const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
        if (!text) { json_decref(o); continue; }
        if (ndocs == cap) {
            cap = cap ? cap * 2 : 1024;
            docs = realloc(docs, cap * sizeof *docs);
            if (!docs) { fputs("bench: out of memory\n", stderr); return 2; }
        }
        S_doc *d = &docs[ndocs++];
        d->len = json_string_length(json_object_get(o, "text"));
        d->text = malloc(d->len);
        if (!d->text) { fputs("bench: out of memory\n", stderr); return 2; }
        memcpy(d->text, text, d->len);
        const char *date = json_string_value(json_object_get(o, "date"));
        snprintf(d->date, sizeof d->date, "%s", date ? date : "");
        bytes += d->len;
        json_decref(o);
    }
    free(line);
    fclose(f);

    dp_doc *doc = dp_doc_new(m);
    size_t events = 0;
    double start = S_now();
    for (size_t i = 0; i < ndocs; i++) {
        if (!strcmp(mode, "tokenize")) {
            if (dp_doc_run_text(doc, docs[i].text, docs[i].len) != DP_OK) return 1;
        } else {
            dp_doc_options o = {.published = docs[i].date[0] ? docs[i].date : NULL};
            if (dp_doc_annotate(doc, docs[i].text, docs[i].len, &o) != DP_OK) {
                fprintf(stderr, "bench: document %zu: %s\n", i, dp_doc_errmsg(doc));
                continue;
            }
            const char *out;
            size_t len;
            dp_doc_json(doc, &out, &len);
            events += doc->events.n;
        }
    }
    double secs = S_now() - start;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("mode %s docs %zu bytes %zu seconds %.3f mb_per_s %.2f docs_per_s %.0f "
           "events %zu load_ms %.2f peak_rss_mb %.1f\n",
           mode, ndocs, bytes, secs, bytes / 1e6 / secs, ndocs / secs, events,
           load_ms, ru.ru_maxrss / 1024.0);
    dp_doc_free(doc);
    for (size_t i = 0; i < ndocs; i++) free(docs[i].text);
    free(docs);
    dp_model_close(m);
    return 0;
}
