/*
 * train_ner.c -- trains the name tagger (src/mention/ner.c): an averaged
 * structured perceptron over the library's own tokens and features, on
 * gold NER corpora in any format `depeche eval ner` reads (BRAT, WiNER
 * JSON Lines, BIO/IO, HIPE TSV; cli/eval_read.c).  Writes the ner.w blob
 * (layout: src/model/format.h) that `mkmodel --ner FILE` puts in the model.
 *
 *   depeche-train-ner --model M --out FILE [--bits 18] [--epochs 8]
 *       [--runs 1] [--seed 1] [--folds K --fold I [--heldout DIR]] CORPUS...
 *
 * --runs N trains N averaged perceptrons one after the other, each over
 * its own shuffles of the sentences (the seed's generator goes on), and
 * writes the mean of their weights: less dependent on one order of the
 * sentences (held-out F1 of 5 runs against 1: WiNER-fr 85.6 / 85.4,
 * WikiNER-fr 85.5 / 85.3, docs/EVAL.md).  --runs 1 is the single model.
 *
 * With --folds K --fold I, document number n of each corpus (reading order)
 * is held out when n % K == I: the weights never see it; the tagger alone
 * is scored on it (exact span, PER/LOC/ORG micro) and --heldout DIR writes
 * those documents as BRAT (.txt + .ann) for `depeche eval ner DIR`.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "doc.h"
#include "mention/ner.h"
#include "model/format.h"
#include "../cli/eval.h"

enum { T = DP_NER_NTAGS };

typedef struct { uint32_t f0, nf; uint32_t c0, c1; uint8_t gold; } S_tok;
typedef struct { uint32_t t0, t1; } S_sent;
typedef struct { int corpus; uint32_t s0, s1; ev_spans gold; char *path; } S_hdoc;

static S_tok *G_tok;
static size_t G_ntok, G_ctok;
static uint32_t *G_f;
static size_t G_nf, G_cf;
static S_sent *G_tr, *G_ho;
static size_t G_ntr, G_ctr, G_nho, G_cho;
static S_hdoc *G_hd;
static size_t G_nhd, G_chd;

static void S_die(const char *msg, const char *arg)
{
    fprintf(stderr, "depeche-train-ner: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    exit(2);
}

static void *S_grow(void *p, size_t *cap, size_t need, size_t esize)
{
    if (need <= *cap) return p;
    size_t c = *cap ? *cap : 1024;
    while (c < need) c *= 2;
    p = realloc(p, c * esize);
    if (!p) S_die("out of memory", NULL);
    *cap = c;
    return p;
}

/* ---- reading ------------------------------------------------------------------ */
typedef struct {
    const dp_model *m;
    dp_doc *doc;
    int corpus, folds, fold;
    size_t ndoc;
    const char *heldout;
} S_read;

static int S_type_index(const char *t)
{
    static const char *const ty[] = { "PER", "ORG", "LOC", "MISC" };
    for (int k = 0; k < 4; k++)
        if (!strcmp(t, ty[k])) return k;
    return -1;
}

/* Gold tags of the tokens: outermost spans first (longest at a start).  */
static void S_gold_tags(dp_doc *d, const ev_doc *g, uint8_t *tags)
{
    memset(tags, 0, d->toks.n);
    for (int pass = 0; pass < 1; pass++)
        for (size_t s = 0; s < g->gold.n; s++) {
            const ev_span *x = &g->gold.v[s];
            int ty = S_type_index(x->type);
            if (ty < 0) continue;
            int outer = 1;
            for (size_t o = 0; o < g->gold.n && outer; o++) {
                const ev_span *y = &g->gold.v[o];
                if (o != s && S_type_index(y->type) >= 0 && y->start <= x->start &&
                    y->end >= x->end && (y->end - y->start > x->end - x->start || o < s))
                    outer = 0;
            }
            if (!outer) continue;
            int first = 1;
            for (size_t i = 0; i < d->toks.n; i++) {
                const dp_token *t = &d->toks.v[i];
                if ((long)t->c0 >= x->end || (long)t->c1 <= x->start) continue;
                tags[i] = (uint8_t)(first ? 1 + 2 * ty : 2 + 2 * ty);
                first = 0;
            }
        }
}

/* Writes G as BRAT under the held-out folder; returns the path of its
 * .ann file (malloc'd), where the tagger's own spans go later as .tag. */
static char *S_write_brat(const S_read *r, const ev_doc *g)
{
    char dir[4096], path[4400];
    snprintf(dir, sizeof dir, "%s/c%d", r->heldout, r->corpus);
    mkdir(r->heldout, 0777);
    mkdir(dir, 0777);
    char id[200];
    snprintf(id, sizeof id, "%s", g->id ? g->id : "doc");
    for (char *p = id; *p; p++)
        if (!(*p == '_' || *p == '-' || (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
              (*p >= 'A' && *p <= 'Z')))
            *p = '_';
    snprintf(path, sizeof path, "%s/%s-n%05zu.txt", dir, id, r->ndoc);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(g->text, 1, g->len, f) != g->len || fclose(f)) S_die("cannot write", path);
    strcpy(path + strlen(path) - 4, ".ann");
    f = fopen(path, "wb");
    if (!f) S_die("cannot write", path);
    for (size_t s = 0; s < g->gold.n; s++)
        fprintf(f, "T%zu\t%s %ld %ld\tx\n", s + 1, g->gold.v[s].type, g->gold.v[s].start,
                g->gold.v[s].end);
    if (fclose(f)) S_die("cannot write", path);
    char *ret = strdup(path);
    if (!ret) S_die("out of memory", NULL);
    return ret;
}

static int S_on_doc(void *ctx, ev_doc *g)
{
    S_read *r = ctx;
    int held = r->folds > 1 && (int)(r->ndoc % (size_t)r->folds) == r->fold;
    char *path = held && r->heldout ? S_write_brat(r, g) : NULL;
    r->ndoc++;
    if (dp_doc_run_text(r->doc, g->text, g->len) != DP_OK) { free(path); return 0; }
    dp_doc *d = r->doc;
    dp_stage_times(d);          /* the stages before the entities (pipeline.c) */
    dp_stage_quantities(d);
    dp_stage_places(d);
    dp_ner_ctx *x = dp_ner_prepare(d);
    uint8_t *tags = malloc(d->toks.n + 1);
    if (!tags) S_die("out of memory", NULL);
    S_gold_tags(d, g, tags);
    if (held) {
        G_hd = S_grow(G_hd, &G_chd, G_nhd + 1, sizeof *G_hd);
        S_hdoc *h = &G_hd[G_nhd++];
        memset(h, 0, sizeof *h);
        h->corpus = r->corpus;
        h->path = path;
        h->s0 = (uint32_t)G_nho;
        for (size_t s = 0; s < g->gold.n; s++)
            ev_spans_add(&h->gold, g->gold.v[s].start, g->gold.v[s].end, g->gold.v[s].type, NULL);
    }
    for (size_t s = 0; s < d->sents.n; s++) {
        uint32_t s0 = d->sents.v[s].t0, s1 = d->sents.v[s].t1;
        if (s1 <= s0) continue;
        S_sent *sv;
        if (held) { G_ho = S_grow(G_ho, &G_cho, G_nho + 1, sizeof *G_ho); sv = &G_ho[G_nho++]; }
        else { G_tr = S_grow(G_tr, &G_ctr, G_ntr + 1, sizeof *G_tr); sv = &G_tr[G_ntr++]; }
        sv->t0 = (uint32_t)G_ntok;
        for (uint32_t i = s0; i < s1; i++) {
            G_tok = S_grow(G_tok, &G_ctok, G_ntok + 1, sizeof *G_tok);
            G_f = S_grow(G_f, &G_cf, G_nf + DP_NER_MAXF, sizeof *G_f);
            S_tok *t = &G_tok[G_ntok++];
            t->f0 = (uint32_t)G_nf;
            t->nf = (uint32_t)dp_ner_features(x, i, s0, s1, G_f + G_nf);
            G_nf += t->nf;
            t->c0 = d->toks.v[i].c0;
            t->c1 = d->toks.v[i].c1;
            t->gold = tags[i];
        }
        sv->t1 = (uint32_t)G_ntok;
    }
    if (held) G_hd[G_nhd - 1].s1 = (uint32_t)G_nho;
    free(tags);
    return 0;
}

/* ---- the perceptron --------------------------------------------------------------- */
typedef struct {
    uint32_t mask;
    float *w;               /* weights                                       */
    double *u;              /* their time-weighted updates                   */
    float tr[(T + 1) * T];
    double tu[(T + 1) * T];
    double c;               /* update clock                                  */
} S_model;

static void S_emit(const S_model *m, const float *w, const S_sent *s, float *emit)
{
    for (uint32_t i = s->t0; i < s->t1; i++) {
        float *e = emit + (size_t)(i - s->t0) * T;
        for (int t = 0; t < T; t++) e[t] = 0;
        const S_tok *k = &G_tok[i];
        for (uint32_t f = 0; f < k->nf; f++) {
            const float *row = w + (size_t)(G_f[k->f0 + f] & m->mask) * T;
            for (int t = 0; t < T; t++) e[t] += row[t];
        }
    }
}

static void S_bump(S_model *m, float *w, double *u, size_t at, float by)
{
    w[at] += by;
    u[at] += m->c * by;
}

static void S_update(S_model *m, const S_sent *s, const uint8_t *pred)
{
    for (uint32_t i = s->t0; i < s->t1; i++) {
        const S_tok *k = &G_tok[i];
        uint8_t p = pred[i - s->t0], g = k->gold;
        int pp = i == s->t0 ? T : pred[i - 1 - s->t0], pg = i == s->t0 ? T : G_tok[i - 1].gold;
        if (p != g)
            for (uint32_t f = 0; f < k->nf; f++) {
                size_t row = (size_t)(G_f[k->f0 + f] & m->mask) * T;
                S_bump(m, m->w, m->u, row + g, 1);
                S_bump(m, m->w, m->u, row + p, -1);
            }
        if (p != g || pp != pg) {
            S_bump(m, m->tr, m->tu, (size_t)pg * T + g, 1);
            S_bump(m, m->tr, m->tu, (size_t)pp * T + p, -1);
        }
    }
}

static uint64_t G_rng;
static uint32_t S_rand(void)
{
    G_rng = G_rng * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(G_rng >> 33);
}

static void S_train(S_model *m, int epochs, float *emit, uint8_t *back, uint8_t *pred)
{
    size_t *ord = malloc((G_ntr + 1) * sizeof *ord);
    if (!ord) S_die("out of memory", NULL);
    for (size_t i = 0; i < G_ntr; i++) ord[i] = i;
    for (int e = 0; e < epochs; e++) {
        for (size_t i = G_ntr; i > 1; i--) {
            size_t j = S_rand() % i, x = ord[i - 1];
            ord[i - 1] = ord[j];
            ord[j] = x;
        }
        size_t wrong = 0, n = 0;
        for (size_t k = 0; k < G_ntr; k++) {
            const S_sent *s = &G_tr[ord[k]];
            m->c += 1;
            S_emit(m, m->w, s, emit);
            dp_ner_viterbi(emit, s->t1 - s->t0, m->tr, back, pred);
            int bad = 0;
            for (uint32_t i = s->t0; i < s->t1; i++) {
                bad |= pred[i - s->t0] != G_tok[i].gold;
                wrong += pred[i - s->t0] != G_tok[i].gold;
            }
            n += s->t1 - s->t0;
            if (bad) S_update(m, s, pred);
        }
        fprintf(stderr, "epoch %d: %zu of %zu training tokens mistagged (%.2f%%)\n", e + 1,
                wrong, n, n ? 100.0 * (double)wrong / (double)n : 0.0);
    }
    free(ord);
}

/* The averaged perceptron's weights: the last ones less their
 * time-weighted updates over the clock.                                  */
static void S_average(S_model *m, uint32_t nbits)
{
    size_t nw = ((size_t)1 << nbits) * T, ntr = (T + 1) * T;
    for (size_t i = 0; i < nw; i++) m->w[i] -= (float)(m->u[i] / m->c);
    for (size_t i = 0; i < ntr; i++) m->tr[i] -= (float)(m->tu[i] / m->c);
}

/* Quantises into the ner.w blob; the weights become the int16 values
 * times the scale (so held-out scoring sees what the runtime sees).      */
static unsigned char *S_blob(S_model *m, uint32_t nbits, size_t *size)
{
    size_t nw = ((size_t)1 << nbits) * T, ntr = (T + 1) * T;
    float mx = 0;
    for (size_t i = 0; i < nw; i++)
        if (fabsf(m->w[i]) > mx) mx = fabsf(m->w[i]);
    for (size_t i = 0; i < ntr; i++)
        if (fabsf(m->tr[i]) > mx) mx = fabsf(m->tr[i]);
    float scale = mx > 0 ? mx / 32767.0f : 1.0f;
    *size = (size_t)dpm_ner_size(T, nbits);
    unsigned char *b = calloc(1, *size);
    if (!b) S_die("out of memory", NULL);
    memcpy(b, DPM_NER_MAGIC, 8);
    uint32_t hd[4] = { T, nbits, 0, DP_NER_FEATVER };
    memcpy(&hd[2], &scale, 4);
    memcpy(b + 8, hd, 16);
    int16_t *tr = (int16_t *)(void *)(b + DPM_NER_HEAD);
    int16_t *w = (int16_t *)(void *)(b + DPM_NER_HEAD + (ntr * 2 + 7) / 8 * 8);
    for (size_t i = 0; i < ntr; i++) {
        tr[i] = (int16_t)lrintf(m->tr[i] / scale);
        m->tr[i] = (float)tr[i] * scale;
    }
    for (size_t i = 0; i < nw; i++) {
        w[i] = (int16_t)lrintf(m->w[i] / scale);
        m->w[i] = (float)w[i] * scale;
    }
    return b;
}

/* ---- held-out scoring -------------------------------------------------------------- */
/* The tagger's spans of a held-out document beside its .ann (BRAT lines,
 * extension .tag), to compare the tagger alone with the whole pipeline. */
static void S_write_tags(char *ann, const ev_spans *sys)
{
    strcpy(ann + strlen(ann) - 4, ".tag");
    FILE *f = fopen(ann, "wb");
    if (!f) S_die("cannot write", ann);
    for (size_t s = 0; s < sys->n; s++)
        fprintf(f, "T%zu\t%s %ld %ld\tx\n", s + 1, sys->v[s].type, sys->v[s].start, sys->v[s].end);
    if (fclose(f)) S_die("cannot write", ann);
    free(ann);
}

static void S_score(S_model *m, float *emit, uint8_t *back, uint8_t *pred, int ncorpus)
{
    static const char *const ty[] = { "PER", "ORG", "LOC", "MISC" };
    ev_prf *c = calloc((size_t)ncorpus * 4, sizeof *c);
    if (!c) S_die("out of memory", NULL);
    for (size_t h = 0; h < G_nhd; h++) {
        ev_spans sys = { 0 };
        for (uint32_t s = G_hd[h].s0; s < G_hd[h].s1; s++) {
            const S_sent *x = &G_ho[s];
            S_emit(m, m->w, x, emit);
            dp_ner_viterbi(emit, x->t1 - x->t0, m->tr, back, pred);
            for (uint32_t i = x->t0; i < x->t1; i++) {
                int tg = pred[i - x->t0];
                if (!tg || dp_ner_inside(tg)) continue;
                uint32_t j = i + 1;
                while (j < x->t1 && dp_ner_inside(pred[j - x->t0]) &&
                       dp_ner_type(pred[j - x->t0]) == dp_ner_type(tg))
                    j++;
                ev_spans_add(&sys, G_tok[i].c0, G_tok[j - 1].c1, ty[dp_ner_type(tg)], NULL);
            }
        }
        ev_score_typed(&G_hd[h].gold, &sys, ty, 4, c + (size_t)G_hd[h].corpus * 4);
        if (G_hd[h].path) S_write_tags(G_hd[h].path, &sys);
        ev_spans_free(&sys);
        ev_spans_free(&G_hd[h].gold);
    }
    for (int k = 0; k < ncorpus; k++) {
        ev_prf mi = { 0, 0, 0 };
        printf("held-out corpus %d (tagger alone, exact span):", k);
        for (int t = 0; t < 4; t++) {
            ev_prf x = c[(size_t)k * 4 + t];
            printf(" %s F1 %.1f (%ld/%ld/%ld)", ty[t], 100 * ev_f1(x), x.tp, x.fp, x.fn);
            if (t < 3) { mi.tp += x.tp; mi.fp += x.fp; mi.fn += x.fn; }
        }
        printf(" | micro PER/LOC/ORG P %.1f R %.1f F1 %.1f (tp %ld fp %ld fn %ld)\n",
               100 * ev_precision(mi), 100 * ev_recall(mi), 100 * ev_f1(mi), mi.tp, mi.fp,
               mi.fn);
    }
    free(c);
}

int main(int argc, char **argv)
{
    const char *model = NULL, *out = NULL, *heldout = NULL;
    int bits = 18, epochs = 8, folds = 0, fold = 0, runs = 1;
    unsigned long seed = 1;
    const char *corp[16];
    int ncorp = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (a[0] != '-') {
            if (ncorp == 16) S_die("too many corpora", NULL);
            corp[ncorp++] = a;
            continue;
        }
        if (!v) S_die("missing value for", a);
        i++;
        if (!strcmp(a, "--model")) model = v;
        else if (!strcmp(a, "--out")) out = v;
        else if (!strcmp(a, "--heldout")) heldout = v;
        else if (!strcmp(a, "--bits")) bits = atoi(v);
        else if (!strcmp(a, "--epochs")) epochs = atoi(v);
        else if (!strcmp(a, "--runs")) runs = atoi(v);
        else if (!strcmp(a, "--folds")) folds = atoi(v);
        else if (!strcmp(a, "--fold")) fold = atoi(v);
        else if (!strcmp(a, "--seed")) seed = strtoul(v, NULL, 10);
        else S_die("unknown option", a);
    }
    if (!ncorp || bits < 10 || bits > 24 || epochs < 1 || runs < 1 || runs > 16 ||
        (folds > 1 && (fold < 0 || fold >= folds)))
        S_die("usage: depeche-train-ner [--model M] [--out FILE] [--bits 10..24] [--epochs N] "
              "[--runs N] [--seed N] [--folds K --fold I [--heldout DIR]] CORPUS...", NULL);
    dp_model *m = NULL;
    if (dp_model_open(model, &m) != DP_OK) S_die(dp_model_errmsg(m), model);
    G_rng = seed;
    S_read r = { m, dp_doc_new(m), 0, folds, fold, 0, heldout };
    ev_read_opts o = { .chunk_bytes = 4000 };
    for (int k = 0; k < ncorp; k++) {
        r.corpus = k;
        r.ndoc = 0;
        if (ev_read_ner(corp[k], &o, S_on_doc, &r) < 0) S_die("reading failed", corp[k]);
        fprintf(stderr, "%s: %zu documents\n", corp[k], r.ndoc);
    }
    fprintf(stderr, "%zu training sentences, %zu held-out, %zu tokens, %zu features\n", G_ntr,
            G_nho, G_ntok, G_nf);
    S_model sm = { 0 };
    sm.mask = (1u << bits) - 1;
    sm.w = calloc((size_t)T << bits, sizeof *sm.w);
    sm.u = calloc((size_t)T << bits, sizeof *sm.u);
    uint32_t maxlen = 1;
    for (size_t i = 0; i < G_ntr; i++) if (G_tr[i].t1 - G_tr[i].t0 > maxlen) maxlen = G_tr[i].t1 - G_tr[i].t0;
    for (size_t i = 0; i < G_nho; i++) if (G_ho[i].t1 - G_ho[i].t0 > maxlen) maxlen = G_ho[i].t1 - G_ho[i].t0;
    float *emit = malloc((size_t)maxlen * T * sizeof *emit);
    uint8_t *back = malloc((size_t)maxlen * T), *pred = malloc(maxlen);
    if (!sm.w || !sm.u || !emit || !back || !pred) S_die("out of memory", NULL);
    /* RUNS averaged perceptrons, each over its own shuffles (the seed's
     * LCG goes on), and the mean of their weights                        */
    size_t nw = (size_t)T << bits, ntr = (T + 1) * T;
    float *sum = runs > 1 ? calloc(nw, sizeof *sum) : NULL;
    float tsum[(T + 1) * T] = { 0 };
    if (runs > 1 && !sum) S_die("out of memory", NULL);
    for (int k = 0; k < runs; k++) {
        if (k) {
            memset(sm.w, 0, nw * sizeof *sm.w);
            memset(sm.u, 0, nw * sizeof *sm.u);
            memset(sm.tr, 0, sizeof sm.tr);
            memset(sm.tu, 0, sizeof sm.tu);
            sm.c = 0;
        }
        S_train(&sm, epochs, emit, back, pred);
        S_average(&sm, (uint32_t)bits);
        if (runs == 1) break;
        for (size_t i = 0; i < nw; i++) sum[i] += sm.w[i] / (float)runs;
        for (size_t i = 0; i < ntr; i++) tsum[i] += sm.tr[i] / (float)runs;
    }
    if (runs > 1) {
        memcpy(sm.w, sum, nw * sizeof *sm.w);
        memcpy(sm.tr, tsum, sizeof sm.tr);
        free(sum);
    }
    size_t size;
    unsigned char *blob = S_blob(&sm, (uint32_t)bits, &size);
    if (out) {
        FILE *f = fopen(out, "wb");
        if (!f || fwrite(blob, 1, size, f) != size || fclose(f)) S_die("cannot write", out);
        fprintf(stderr, "wrote %s (%zu bytes)\n", out, size);
    }
    if (G_nhd) S_score(&sm, emit, back, pred, ncorp);
    free(blob); free(emit); free(back); free(pred); free(sm.w); free(sm.u);
    free(G_tok); free(G_f); free(G_tr); free(G_ho); free(G_hd);
    dp_doc_free(r.doc);
    dp_model_close(m);
    return 0;
}
