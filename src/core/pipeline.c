/*
 * pipeline.c -- the document handle and the order of the stages.
 *
 * dp_doc_annotate runs every stage under a setjmp: an allocation failure
 * anywhere in a stage longjmps back here, the arena is reset and the call
 * returns DP_ERR_NOMEM with the handle ready for the next document.
 */
#include "doc.h"
#include "text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

const char *dp_status_str(dp_status s)
{
    switch (s) {
    case DP_OK: return "ok";
    case DP_ERR_ARG: return "invalid argument";
    case DP_ERR_NOMEM: return "out of memory";
    case DP_ERR_IO: return "input/output error";
    case DP_ERR_FORMAT: return "corrupt or incompatible model file";
    case DP_ERR_INPUT: return "input refused";
    case DP_ERR_TOO_BIG: return "document larger than the size cap";
    }
    return "unknown status";
}

static void S_oom(void *ctx)
{
    dp_doc *d = ctx;
    if (d->oom_jmp) longjmp(*d->oom_jmp, 1);
    abort(); /* allocation outside a pipeline run: a bug in the library */
}

dp_doc *dp_doc_new(const dp_model *m)
{
    if (!m) return NULL;
    dp_doc *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->model = m;
    dp_arena_init(&d->arena, S_oom, d);
    dp_buf_init(&d->feed, DP_DEFAULT_MAX);
    dp_buf_init(&d->out, 0);
    return d;
}

void dp_doc_free(dp_doc *d)
{
    if (!d) return;
    dp_arena_free(&d->arena);
    dp_kept_free(d->lexcache);
    dp_kept_free(d->formmemo);
    dp_kept_free(d->nercache);
    dp_buf_free(&d->feed);
    dp_buf_free(&d->out);
    free(d);
}

const char *dp_doc_errmsg(const dp_doc *d)
{
    return d ? d->errmsg : "no document handle";
}

/* Clears every result, keeping the memory of the first arena block.       */
static void S_reset(dp_doc *d)
{
    const dp_model *m = d->model;
    dp_arena a = d->arena;
    dp_buf feed = d->feed, out = d->out;
    double *stage_s = d->stage_s;
    dp_kept *lexcache = d->lexcache, *formmemo = d->formmemo, *nercache = d->nercache;
    dp_arena_reset(&a);
    memset(d, 0, sizeof *d);
    d->model = m;
    d->stage_s = stage_s;
    d->lexcache = lexcache;
    d->formmemo = formmemo;
    d->nercache = nercache;
    d->arena = a;
    d->feed = feed;
    d->out = out;
    dp_buf_clear(&d->out);
}

/* "YYYY-MM-DD..." -> y, m, d when it is a real calendar date.            */
static int S_parse_date(const char *s, int *y, int *m, int *dd)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!s || strlen(s) < 10) return -1;
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return -1;
    *y = atoi(s);
    *m = atoi(s + 5);
    *dd = atoi(s + 8);
    if (*m < 1 || *m > 12 || *dd < 1 || *dd > mdays[*m - 1]) return -1;
    if (*m == 2 && *dd == 29 && !((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0))
        return -1;
    return 0;
}

/* FNV-1a over the input: a stable id when the caller gives none.  Eight
 * bytes a turn of the loop (the same hash, with fewer loop tests).       */
static const char *S_content_id(dp_doc *d, const char *text, size_t len)
{
    const uint64_t P = 1099511628211ull;
    const unsigned char *u = (const unsigned char *)text;
    uint64_t h = 1469598103934665603ull;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        h = (h ^ u[i]) * P;
        h = (h ^ u[i + 1]) * P;
        h = (h ^ u[i + 2]) * P;
        h = (h ^ u[i + 3]) * P;
        h = (h ^ u[i + 4]) * P;
        h = (h ^ u[i + 5]) * P;
        h = (h ^ u[i + 6]) * P;
        h = (h ^ u[i + 7]) * P;
    }
    for (; i < len; i++) h = (h ^ u[i]) * P;
    return dp_arena_printf(&d->arena, "%016llx", (unsigned long long)h);
}

static double S_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void S_decode(dp_doc *d) { dp_stage_decode(d, d->text, d->in_len); }

/* The stages in their order; the first DP_TEXT_STAGES are the text layer.
 * The one table of what each selectable stage needs (include/depeche.h
 * says why):  quantities skip the tokens of times; the entity stage reads
 * the place mentions and then completes the places (drops mentions inside
 * a name, links each place to its LOC entity), so places and entities
 * need each other; quotations read entities and times; events read every
 * other stage (repeated sentences through dp_sentence.repeat_of).  The
 * rest of the text layer always runs: every stage reads tokens, lemmas
 * and sentences.                                                         */
const dp_stage_info dp_stages[DP_NSTAGES] = {
    {"decode", S_decode, 0, 0},
    {"tokenize", dp_stage_tokenize, 0, 0},
    {"tag", dp_stage_tag, 0, 0},
    {"sentences", dp_stage_sentences, 0, 0},
    {"repeats", dp_stage_repeats, DP_STAGE_REPEATS, 0},
    {"times", dp_stage_times, DP_STAGE_TIMES, 0},
    {"quantities", dp_stage_quantities, DP_STAGE_QUANTITIES, DP_STAGE_TIMES},
    {"places", dp_stage_places, DP_STAGE_PLACES, DP_STAGE_ENTITIES},
    {"entities", dp_stage_entities, DP_STAGE_ENTITIES, DP_STAGE_PLACES},
    {"quotes", dp_stage_quotes, DP_STAGE_QUOTES,
     DP_STAGE_ENTITIES | DP_STAGE_PLACES | DP_STAGE_TIMES},
    {"events", dp_stage_events, DP_STAGE_EVENTS, DP_STAGE_ALL & ~DP_STAGE_EVENTS},
};

/* STAGES with every stage they need, and what those need in turn.        */
static unsigned S_closure(unsigned stages)
{
    for (unsigned was = 0; was != stages;) {
        was = stages;
        for (size_t i = 0; i < DP_NSTAGES; i++)
            if (stages & dp_stages[i].bit) stages |= dp_stages[i].needs;
    }
    return stages;
}

const char *dp_stage_name(unsigned bit)
{
    for (size_t i = 0; i < DP_NSTAGES; i++)
        if (bit && dp_stages[i].bit == bit) return dp_stages[i].name;
    return NULL;
}

dp_status dp_stages_parse(const char *list, unsigned *stages, const char **bad,
                          size_t *badlen)
{
    if (!list || !stages) return DP_ERR_ARG;
    unsigned got = 0;
    const char *p = list;
    for (;;) {
        size_t n = strcspn(p, ",");
        unsigned bit = n == 3 && !memcmp(p, "all", 3) ? DP_STAGE_ALL : 0;
        for (size_t i = 0; i < DP_NSTAGES && !bit && n; i++)
            if (dp_stages[i].bit && strlen(dp_stages[i].name) == n &&
                !memcmp(dp_stages[i].name, p, n))
                bit = dp_stages[i].bit;
        if (!bit) {
            if (bad) *bad = p;
            if (badlen) *badlen = n;
            return DP_ERR_ARG;
        }
        got |= bit;
        if (!p[n]) break;
        p += n + 1;
    }
    *stages = S_closure(got);
    return DP_OK;
}

unsigned dp_doc_stages(const dp_doc *d)
{
    return d && d->have_result ? d->stages : 0;
}

/* "UTF-16LE" / "UTF-16BE" when TEXT is UTF-16 rather than UTF-8: a NUL in
 * nearly every other byte of its start (as ASCII and Latin letters give in
 * UTF-16), or in half of them after a byte order mark; NULL otherwise.    */
static const char *S_utf16(const char *text, size_t len)
{
    const unsigned char *u = (const unsigned char *)text;
    int bom = len >= 2 ? (u[0] == 0xFF && u[1] == 0xFE) - (u[0] == 0xFE && u[1] == 0xFF) : 0;
    size_t n = (len < 4096 ? len : 4096) / 2, z0 = 0, z1 = 0;
    if (n < 4) return NULL;
    /* Either answer needs a NUL among the 2N bytes counted (z0 or z1 > 0):
     * UTF-8 text has none, and memchr finds that out a vector at a time. */
    if (!memchr(u, 0, 2 * n)) return NULL;
    for (size_t i = bom != 0; i < n; i++) {
        z0 += u[2 * i] == 0;
        z1 += u[2 * i + 1] == 0;
    }
    n -= bom != 0;
    if ((bom > 0 && z1 * 2 >= n) || (z1 * 4 >= n * 3 && z0 * 8 <= n)) return "UTF-16LE";
    if ((bom < 0 && z0 * 2 >= n) || (z0 * 4 >= n * 3 && z1 * 8 <= n)) return "UTF-16BE";
    return NULL;
}

/* Runs the pipeline on TEXT: every stage, or the text layer alone.       */
static dp_status S_run(dp_doc *d, const char *text, size_t len,
                       const dp_doc_options *opt, int text_only)
{
    if (!d) return DP_ERR_ARG;
    S_reset(d);
    if (!text && len) {
        snprintf(d->errmsg, sizeof d->errmsg, "no text given");
        return DP_ERR_ARG;
    }
    size_t max = opt && opt->max_bytes ? opt->max_bytes : DP_DEFAULT_MAX;
    if (len > max) {
        snprintf(d->errmsg, sizeof d->errmsg,
                 "document of %zu bytes is larger than the cap of %zu bytes",
                 len, max);
        return DP_ERR_TOO_BIG;
    }
    if (len > UINT32_MAX / 4) {
        snprintf(d->errmsg, sizeof d->errmsg, "document too large for 32-bit offsets");
        return DP_ERR_TOO_BIG;
    }

    if (opt && (opt->stages & ~DP_STAGE_ALL)) {
        snprintf(d->errmsg, sizeof d->errmsg, "unknown stage bits 0x%x",
                 opt->stages & ~DP_STAGE_ALL);
        return DP_ERR_ARG;
    }

    const char *enc = text ? S_utf16(text, len) : NULL;
    if (enc) {
        snprintf(d->errmsg, sizeof d->errmsg, "the input is %s, not UTF-8 "
                 "(convert it first: iconv -f %s -t UTF-8)", enc, enc);
        return DP_ERR_INPUT;
    }

    jmp_buf jb;
    d->oom_jmp = &jb;
    if (setjmp(jb)) {
        d->oom_jmp = NULL;
        S_reset(d);
        snprintf(d->errmsg, sizeof d->errmsg, "out of memory");
        return DP_ERR_NOMEM;
    }

    if (opt && opt->published) {
        int y, m, dd;
        if (S_parse_date(opt->published, &y, &m, &dd) == 0) {
            d->pub_y = y; d->pub_m = m; d->pub_d = dd;
            d->published = dp_arena_strndup(&d->arena, opt->published, 10);
        } else {
            d->oom_jmp = NULL;
            snprintf(d->errmsg, sizeof d->errmsg,
                     "publication date '%.40s' is not a valid YYYY-MM-DD date",
                     opt->published);
            return DP_ERR_ARG;
        }
    }
    d->id = opt && opt->id ? dp_arena_strdup(&d->arena, opt->id)
                           : S_content_id(d, text ? text : "", len);
    if (opt && opt->title) d->title = dp_arena_strdup(&d->arena, opt->title);
    if (opt && opt->url) d->url = dp_arena_strdup(&d->arena, opt->url);
    if (opt && opt->source) d->source = dp_arena_strdup(&d->arena, opt->source);

    double t = d->stage_s ? S_clock() : 0;
    d->text = (char *)(text ? text : "");   /* the decode stage's input */
    d->in_len = len;
    size_t n = text_only ? DP_TEXT_STAGES : DP_NSTAGES;
    d->stages = text_only ? DP_STAGE_REPEATS
                          : S_closure(opt && opt->stages ? opt->stages : DP_STAGE_ALL);
    for (size_t i = 0; i < n; i++) {
        if (dp_stages[i].bit && !(d->stages & dp_stages[i].bit)) continue;
        dp_stages[i].run(d);
        if (d->stage_s) {
            double now = S_clock();
            d->stage_s[i] += now - t;
            t = now;
        }
    }
    if (!text_only) d->have_result = 1;
    d->oom_jmp = NULL;
    return DP_OK;
}

dp_status dp_doc_annotate(dp_doc *d, const char *text, size_t len,
                          const dp_doc_options *opt)
{
    return S_run(d, text, len, opt, 0);
}

dp_status dp_doc_run_text(dp_doc *d, const char *text, size_t len)
{
    return S_run(d, text, len, NULL, 1);
}

dp_status dp_doc_feed(dp_doc *d, const char *chunk, size_t len)
{
    if (!d || (!chunk && len)) return DP_ERR_ARG;
    if (dp_buf_put(&d->feed, chunk, len)) {
        size_t had = d->feed.n;
        dp_buf_free(&d->feed);
        dp_buf_init(&d->feed, DP_DEFAULT_MAX);
        snprintf(d->errmsg, sizeof d->errmsg,
                 "fed text passed the cap of %zu bytes (had %zu); feed dropped",
                 (size_t)DP_DEFAULT_MAX, had);
        return DP_ERR_TOO_BIG;
    }
    return DP_OK;
}

dp_status dp_doc_finish(dp_doc *d, const dp_doc_options *opt)
{
    if (!d) return DP_ERR_ARG;
    dp_buf feed = d->feed;
    dp_buf_init(&d->feed, DP_DEFAULT_MAX);
    dp_status st = dp_doc_annotate(d, feed.p ? feed.p : "", feed.n, opt);
    dp_buf_free(&feed);
    return st;
}

static dp_status S_render(dp_doc *d, void (*stage)(dp_doc *),
                          const char **out, size_t *len)
{
    if (!d || !out) return DP_ERR_ARG;
    if (!d->have_result) {
        snprintf(d->errmsg, sizeof d->errmsg, "no annotated document");
        return DP_ERR_ARG;
    }
    jmp_buf jb;
    d->oom_jmp = &jb;
    if (setjmp(jb)) {
        d->oom_jmp = NULL;
        snprintf(d->errmsg, sizeof d->errmsg, "out of memory");
        return DP_ERR_NOMEM;
    }
    dp_buf_clear(&d->out);
    stage(d);
    d->oom_jmp = NULL;
    *out = d->out.p ? d->out.p : "";
    if (len) *len = d->out.n;
    return DP_OK;
}

dp_status dp_doc_json(dp_doc *d, const char **out, size_t *len)
{
    return S_render(d, dp_stage_json, out, len);
}

dp_status dp_doc_events_jsonl(dp_doc *d, const char **out, size_t *len)
{
    return S_render(d, dp_stage_events_jsonl, out, len);
}

void dp_doc_get_stats(const dp_doc *d, dp_doc_stats *s)
{
    memset(s, 0, sizeof *s);
    if (!d) return;
    s->bytes = d->in_len;
    s->code_points = d->ncp;
    s->invalid_bytes = d->nbad;
    s->tokens = d->toks.n;
    s->sentences = d->sents.n;
    s->paragraphs = d->paras.n;
    s->repeated = d->repeats.n;
    s->entities = d->ents.n;
    s->places = d->places.n;
    s->times = d->times.n;
    s->quantities = d->quantities.n;
    s->quotes = d->quotes.n;
    s->events = d->events.n;
}

char *dp_doc_span_text(dp_doc *d, dp_tspan s)
{
    if (s.t0 >= s.t1 || s.t1 > d->toks.n) return dp_arena_strdup(&d->arena, "");
    uint32_t b0 = d->toks.v[s.t0].b0, b1 = d->toks.v[s.t1 - 1].b1;
    return dp_arena_strndup(&d->arena, d->text + b0, b1 - b0);
}

char *dp_doc_span_key(dp_doc *d, dp_tspan s)
{
    size_t n = 0;
    for (uint32_t i = s.t0; i < s.t1 && i < d->toks.n; i++)
        n += strlen(d->toks.v[i].norm) + 1;
    char *k = dp_arena_alloc(&d->arena, n + 1), *p = k;
    for (uint32_t i = s.t0; i < s.t1 && i < d->toks.n; i++) {
        const dp_token *t = &d->toks.v[i];
        if (i > s.t0 && (t->flags & DP_TF_SPACE)) *p++ = ' ';
        size_t l = strlen(t->norm);
        memcpy(p, t->norm, l);
        p += l;
    }
    *p = 0;
    return k;
}
