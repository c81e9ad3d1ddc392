/*
 * eval_score.c -- the scorers of `depeche eval`: span lists, one-to-one span
 * matching (exact, overlap, half-overlap), per-type precision/recall/F1 and
 * the TimeML counts.  Pure functions over ev_spans, unit-tested in
 * tests/unit/test_eval.c.
 */
#include "eval.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *S_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
    return q;
}

ev_span *ev_spans_add(ev_spans *s, long start, long end, const char *type, const char *value)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 16;
        s->v = S_xrealloc(s->v, s->cap * sizeof *s->v);
    }
    ev_span *p = &s->v[s->n++];
    memset(p, 0, sizeof *p);
    p->start = start;
    p->end = end;
    snprintf(p->type, sizeof p->type, "%s", type ? type : "");
    if (value) {
        size_t n = strlen(value) + 1;
        p->value = S_xrealloc(NULL, n);
        memcpy(p->value, value, n);
    }
    return p;
}

void ev_spans_free(ev_spans *s)
{
    for (size_t i = 0; i < s->n; i++) free(s->v[i].value);
    free(s->v);
    memset(s, 0, sizeof *s);
}

double ev_precision(ev_prf c) { return c.tp + c.fp ? (double)c.tp / (double)(c.tp + c.fp) : 0; }
double ev_recall(ev_prf c) { return c.tp + c.fn ? (double)c.tp / (double)(c.tp + c.fn) : 0; }
double ev_f1(ev_prf c)
{
    double p = ev_precision(c), r = ev_recall(c);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* ---- one-to-one matching ----------------------------------------------------- */
typedef struct S_pair {
    long ov;
    size_t g, p;
} S_pair;

static int S_pair_cmp(const void *a, const void *b)
{
    const S_pair *x = a, *y = b;
    if (x->ov != y->ov) return x->ov > y->ov ? -1 : 1;
    if (x->g != y->g) return x->g < y->g ? -1 : 1;
    return x->p < y->p ? -1 : x->p > y->p;
}

/* Greedy one-to-one matching: PAIRS best first, each gold and each
 * predicted item taken once; GT/PT receive the partner or keep -1.      */
static size_t S_assign(S_pair *pairs, size_t np, long *gt, long *pt)
{
    size_t m = 0;
    if (np) qsort(pairs, np, sizeof *pairs, S_pair_cmp);
    for (size_t k = 0; k < np; k++) {
        if (gt[pairs[k].g] >= 0 || pt[pairs[k].p] >= 0) continue;
        gt[pairs[k].g] = (long)pairs[k].p;
        pt[pairs[k].p] = (long)pairs[k].g;
        m++;
    }
    return m;
}

static int S_matches(const ev_span *g, const ev_span *p, int rule, long *ov)
{
    *ov = ev_overlap(g->start, g->end, p->start, p->end);
    if (rule == EV_EXACT) return g->start == p->start && g->end == p->end;
    if (rule == EV_OVERLAP) return *ov > 0 || (g->start == p->start && g->end == p->end);
    long lg = g->end - g->start, lp = p->end - p->start;
    long shorter = lg < lp ? lg : lp;
    return *ov > 0 && 2 * *ov >= shorter;
}

size_t ev_match(const ev_spans *gold, const ev_spans *pred, int rule, int same_type,
                long *gold_to, long *pred_to)
{
    long *gt = gold_to ? gold_to : S_xrealloc(NULL, (gold->n + 1) * sizeof *gt);
    long *pt = pred_to ? pred_to : S_xrealloc(NULL, (pred->n + 1) * sizeof *pt);
    for (size_t i = 0; i < gold->n; i++) gt[i] = -1;
    for (size_t j = 0; j < pred->n; j++) pt[j] = -1;
    S_pair *pairs = NULL;
    size_t np = 0, cap = 0;
    for (size_t i = 0; i < gold->n; i++)
        for (size_t j = 0; j < pred->n; j++) {
            long ov;
            if (same_type && strcmp(gold->v[i].type, pred->v[j].type)) continue;
            if (!S_matches(&gold->v[i], &pred->v[j], rule, &ov)) continue;
            if (np == cap) pairs = S_xrealloc(pairs, (cap = cap ? 2 * cap : 64) * sizeof *pairs);
            pairs[np++] = (S_pair){ov, i, j};
        }
    size_t m = S_assign(pairs, np, gt, pt);
    free(pairs);
    if (!gold_to) free(gt);
    if (!pred_to) free(pt);
    return m;
}

size_t ev_match_scored(const int *score, size_t ngold, size_t npred, long *gold_to, long *pred_to)
{
    long *gt = gold_to ? gold_to : S_xrealloc(NULL, (ngold + 1) * sizeof *gt);
    long *pt = pred_to ? pred_to : S_xrealloc(NULL, (npred + 1) * sizeof *pt);
    for (size_t i = 0; i < ngold; i++) gt[i] = -1;
    for (size_t j = 0; j < npred; j++) pt[j] = -1;
    S_pair *pairs = S_xrealloc(NULL, (ngold * npred + 1) * sizeof *pairs);
    size_t np = 0;
    for (size_t i = 0; i < ngold; i++)
        for (size_t j = 0; j < npred; j++)
            if (score[i * npred + j] > 0) pairs[np++] = (S_pair){score[i * npred + j], i, j};
    size_t m = S_assign(pairs, np, gt, pt);
    free(pairs);
    if (!gold_to) free(gt);
    if (!pred_to) free(pt);
    return m;
}

/* ---- NER ----------------------------------------------------------------------- */
static void S_filter(const ev_spans *in, const char *type, int dedup, ev_spans *out)
{
    for (size_t i = 0; i < in->n; i++) {
        const ev_span *s = &in->v[i];
        if (strcmp(s->type, type)) continue;
        int dup = 0;
        for (size_t k = 0; dedup && k < out->n && !dup; k++)
            dup = out->v[k].start == s->start && out->v[k].end == s->end;
        if (!dup) ev_spans_add(out, s->start, s->end, s->type, NULL);
    }
}

void ev_score_typed(const ev_spans *gold, const ev_spans *pred, const char *const *types,
                    size_t ntypes, ev_prf *out)
{
    ev_score_typed_rule(gold, pred, types, ntypes, EV_EXACT, out);
}

void ev_score_typed_rule(const ev_spans *gold, const ev_spans *pred, const char *const *types,
                         size_t ntypes, int rule, ev_prf *out)
{
    for (size_t t = 0; t < ntypes; t++) {
        ev_spans g = {0}, p = {0};
        S_filter(gold, types[t], 0, &g);
        S_filter(pred, types[t], 1, &p);
        long m = (long)ev_match(&g, &p, rule, 1, NULL, NULL);
        out[t].tp += m;
        out[t].fp += (long)p.n - m;
        out[t].fn += (long)g.n - m;
        ev_spans_free(&g);
        ev_spans_free(&p);
    }
}

/* ---- TimeML ------------------------------------------------------------------ */
static int S_same(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

static void S_attrs(const ev_spans *gold, const ev_spans *pred, const long *gt,
                    long *type_ok, long *value_ok)
{
    for (size_t i = 0; i < gold->n; i++) {
        if (gt[i] < 0) continue;
        const ev_span *g = &gold->v[i], *p = &pred->v[gt[i]];
        *type_ok += !strcmp(g->type, p->type);
        *value_ok += S_same(g->value, p->value);
    }
}

void ev_score_time(const ev_spans *gold, const ev_spans *pred, ev_time_counts *t)
{
    long *gt = S_xrealloc(NULL, (gold->n + 1) * sizeof *gt);
    long m = (long)ev_match(gold, pred, EV_EXACT, 0, gt, NULL);
    t->strict.tp += m;
    t->strict.fp += (long)pred->n - m;
    t->strict.fn += (long)gold->n - m;
    S_attrs(gold, pred, gt, &t->strict_type, &t->strict_value);
    m = (long)ev_match(gold, pred, EV_OVERLAP, 0, gt, NULL);
    t->relaxed.tp += m;
    t->relaxed.fp += (long)pred->n - m;
    t->relaxed.fn += (long)gold->n - m;
    S_attrs(gold, pred, gt, &t->relaxed_type, &t->relaxed_value);
    free(gt);
}

double ev_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = M_PI / 180;
    double dl = (lat2 - lat1) * r, dn = (lon2 - lon1) * r;
    double a = sin(dl / 2) * sin(dl / 2) + cos(lat1 * r) * cos(lat2 * r) * sin(dn / 2) * sin(dn / 2);
    return 2 * 6371.0088 * atan2(sqrt(a), sqrt(1 - a));
}
