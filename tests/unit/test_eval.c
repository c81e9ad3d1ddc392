/*
 * test_eval.c -- unit tests of `depeche eval`: the scorers (exact, overlap and
 * half-overlap matching, per-type counts, TimeML counts, scored matching,
 * distances) on hand-made span lists, and the gold readers (BRAT, BIO, IO,
 * HIPE TSV, ISO-TimeML) on the hand-made fixtures of tests/unit/eval-fixtures.
 * Run from the repository root (tests/run does).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../cli/eval.h"

#define FIX "tests/unit/eval-fixtures/"

static void S_add(ev_spans *s, long a, long b, const char *t) { ev_spans_add(s, a, b, t, NULL); }

/* ---- scorers --------------------------------------------------------------------- */
static void test_prf(void **st)
{
    (void)st;
    ev_prf c = {.tp = 3, .fp = 1, .fn = 2};
    assert_true(ev_precision(c) > 0.749 && ev_precision(c) < 0.751);
    assert_true(ev_recall(c) > 0.599 && ev_recall(c) < 0.601);
    assert_true(ev_f1(c) > 0.666 && ev_f1(c) < 0.667);
    ev_prf z = {0};
    assert_true(ev_f1(z) == 0 && ev_precision(z) == 0 && ev_recall(z) == 0);
}

static void test_match_rules(void **st)
{
    (void)st;
    ev_spans g = {0}, p = {0};
    S_add(&g, 0, 10, "A");
    S_add(&g, 20, 24, "A");
    S_add(&p, 0, 10, "A");   /* exact */
    S_add(&p, 21, 40, "A");  /* overlaps 3 of the shorter (4): half-overlap too */
    S_add(&p, 50, 60, "A");  /* nothing */
    long gt[2], pt[3];
    assert_int_equal(ev_match(&g, &p, EV_EXACT, 0, gt, pt), 1);
    assert_int_equal(gt[0], 0);
    assert_int_equal(gt[1], -1);
    assert_int_equal(ev_match(&g, &p, EV_OVERLAP, 0, gt, pt), 2);
    assert_int_equal(gt[1], 1);
    assert_int_equal(pt[2], -1);
    assert_int_equal(ev_match(&g, &p, EV_HALF, 0, gt, pt), 2);
    p.v[1].start = 23; /* 1 of 4: under half */
    assert_int_equal(ev_match(&g, &p, EV_HALF, 0, gt, pt), 1);
    ev_spans_free(&g);
    ev_spans_free(&p);
}

static void test_match_one_to_one(void **st)
{
    (void)st;
    /* two gold spans overlap one prediction: only one may take it, the larger overlap */
    ev_spans g = {0}, p = {0};
    S_add(&g, 0, 5, "");
    S_add(&g, 4, 20, "");
    S_add(&p, 3, 18, "");
    long gt[2];
    assert_int_equal(ev_match(&g, &p, EV_OVERLAP, 0, gt, NULL), 1);
    assert_int_equal(gt[0], -1);
    assert_int_equal(gt[1], 0);
    /* typed: a prediction of another type never matches */
    strcpy(g.v[1].type, "LOC");
    strcpy(p.v[0].type, "PER");
    assert_int_equal(ev_match(&g, &p, EV_OVERLAP, 1, gt, NULL), 0);
    ev_spans_free(&g);
    ev_spans_free(&p);
}

static void test_typed(void **st)
{
    (void)st;
    static const char *const T[] = {"PER", "LOC", "ORG"};
    ev_spans g = {0}, p = {0};
    S_add(&g, 0, 14, "PER");   /* found */
    S_add(&g, 20, 25, "LOC");  /* found with the wrong type: a LOC miss, an ORG false positive */
    S_add(&g, 30, 34, "LOC");  /* boundary error: a miss and a false positive */
    S_add(&g, 40, 45, "MISC"); /* no slot: ignored */
    S_add(&p, 0, 14, "PER");
    S_add(&p, 0, 14, "PER");   /* duplicate prediction counts once */
    S_add(&p, 20, 25, "ORG");
    S_add(&p, 30, 33, "LOC");
    ev_prf c[3];
    memset(c, 0, sizeof c);
    ev_score_typed(&g, &p, T, 3, c);
    assert_int_equal(c[0].tp, 1); assert_int_equal(c[0].fp, 0); assert_int_equal(c[0].fn, 0);
    assert_int_equal(c[1].tp, 0); assert_int_equal(c[1].fp, 1); assert_int_equal(c[1].fn, 2);
    assert_int_equal(c[2].tp, 0); assert_int_equal(c[2].fp, 1); assert_int_equal(c[2].fn, 0);
    ev_prf o[3];
    memset(o, 0, sizeof o);
    ev_score_typed_rule(&g, &p, T, 3, EV_OVERLAP, o);
    assert_int_equal(o[1].tp, 1);
    assert_int_equal(o[1].fn, 1);
    /* counts accumulate over documents */
    ev_score_typed(&g, &p, T, 3, c);
    assert_int_equal(c[0].tp, 2);
    ev_spans_free(&g);
    ev_spans_free(&p);
}

static void test_time_counts(void **st)
{
    (void)st;
    ev_spans g = {0}, p = {0};
    ev_spans_add(&g, 10, 14, "DATE", "2003-03-13");
    ev_spans_add(&g, 20, 31, "DURATION", "PT2H");
    ev_spans_add(&g, 40, 58, "TIME", "2003-03-14T20:00");
    ev_spans_add(&p, 10, 14, "DATE", "2003-03-13");       /* strict, right */
    ev_spans_add(&p, 20, 26, "DURATION", "PT1H");         /* relaxed, wrong value */
    ev_spans_add(&p, 60, 70, "DATE", "2003");             /* spurious */
    ev_time_counts t;
    memset(&t, 0, sizeof t);
    ev_score_time(&g, &p, &t);
    assert_int_equal(t.strict.tp, 1);
    assert_int_equal(t.strict.fp, 2);
    assert_int_equal(t.strict.fn, 2);
    assert_int_equal(t.relaxed.tp, 2);
    assert_int_equal(t.relaxed.fn, 1);
    assert_int_equal(t.strict_type, 1);
    assert_int_equal(t.strict_value, 1);
    assert_int_equal(t.relaxed_type, 2);
    assert_int_equal(t.relaxed_value, 1);
    ev_spans_free(&g);
    ev_spans_free(&p);
}

static void test_match_scored(void **st)
{
    (void)st;
    /* gold 0 is reachable by sentence (1) from pred 0 and by trigger (2) from pred 1 */
    int sc[2 * 2] = {1, 2,
                     1, 0};
    long gt[2], pt[2];
    assert_int_equal(ev_match_scored(sc, 2, 2, gt, pt), 2);
    assert_int_equal(gt[0], 1);
    assert_int_equal(gt[1], 0);
    int none[1] = {0};
    assert_int_equal(ev_match_scored(none, 1, 1, gt, pt), 0);
    assert_int_equal(ev_match_scored(none, 0, 0, NULL, NULL), 0);
}

static void test_km(void **st)
{
    (void)st;
    double d = ev_km(48.8566, 2.3522, 45.764, 4.8357); /* Paris - Lyon, about 392 km */
    assert_true(d > 385 && d < 400);
    assert_true(ev_km(10, 10, 10, 10) < 1e-9);
}

/* ---- readers ---------------------------------------------------------------------- */
typedef struct S_got {
    ev_doc d[8];
    int n;
} S_got;

static int S_keep(void *ctx, ev_doc *d)
{
    S_got *g = ctx;
    if (g->n == 8) return -1;
    g->d[g->n++] = *d;
    memset(d, 0, sizeof *d); /* keep ownership here */
    return 0;
}

static void S_got_free(S_got *g)
{
    for (int i = 0; i < g->n; i++) ev_doc_free(&g->d[i]);
}

/* text[start:end] in code points */
static char *S_surface(const ev_doc *d, const ev_span *s)
{
    size_t b = 0, e;
    long cp = 0;
    while (b < d->len && cp < s->start) { b++; while (b < d->len && (d->text[b] & 0xC0) == 0x80) b++; cp++; }
    e = b;
    while (e < d->len && cp < s->end) { e++; while (e < d->len && (d->text[e] & 0xC0) == 0x80) e++; cp++; }
    return strndup(d->text + b, e - b);
}

static void S_span_is(const ev_doc *d, size_t i, const char *type, const char *surface)
{
    assert_true(i < d->gold.n);
    assert_string_equal(d->gold.v[i].type, type);
    char *s = S_surface(d, &d->gold.v[i]);
    assert_string_equal(s, surface);
    free(s);
}

static void test_brat(void **st)
{
    (void)st;
    S_got g = {0};
    ev_read_opts o = {0};
    assert_int_equal(ev_read_ner(FIX "brat", &o, S_keep, &g), 0);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.d[0].id, "2017_03_14-001");
    assert_string_equal(g.d[0].date, "2017-03-14");
    assert_int_equal(g.d[0].gold.n, 4); /* Date dropped */
    S_span_is(&g.d[0], 0, "LOC", "Lyon");
    S_span_is(&g.d[0], 1, "PER", "Gérard Collomb");
    S_span_is(&g.d[0], 2, "ORG", "UNESCO");
    S_span_is(&g.d[1], 2, "PER", "Shinzō Abe");
    S_got_free(&g);
    o.all_types = 1;
    memset(&g, 0, sizeof g);
    assert_int_equal(ev_read_ner(FIX "brat", &o, S_keep, &g), 0);
    S_span_is(&g.d[0], 2, "DATE", "mardi");
    S_got_free(&g);
}

static void test_bio(void **st)
{
    (void)st;
    S_got g = {0};
    ev_read_opts o = {0};
    assert_int_equal(ev_read_ner(FIX "small.bio", &o, S_keep, &g), 0);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.d[0].text, "Jacques Chirac est né à Paris .\nL' ONU siège à New York Genève .");
    assert_int_equal(g.d[0].gold.n, 5);
    S_span_is(&g.d[0], 0, "PER", "Jacques Chirac");
    S_span_is(&g.d[0], 1, "LOC", "Paris");
    S_span_is(&g.d[0], 2, "ORG", "ONU");
    S_span_is(&g.d[0], 3, "LOC", "New York");
    S_span_is(&g.d[0], 4, "LOC", "Genève"); /* B- after I- starts a new entity */
    S_got_free(&g);
    /* a small chunk size gives one document per sentence */
    memset(&g, 0, sizeof g);
    o.chunk_bytes = 20;
    assert_int_equal(ev_read_ner(FIX "small.bio", &o, S_keep, &g), 0);
    assert_int_equal(g.n, 2);
    S_span_is(&g.d[1], 0, "ORG", "ONU");
    S_got_free(&g);
}

static void test_io(void **st)
{
    (void)st;
    S_got g = {0};
    ev_read_opts o = {0};
    assert_int_equal(ev_read_ner(FIX "small.io", &o, S_keep, &g), 0);
    assert_int_equal(g.n, 1);
    assert_int_equal(g.d[0].gold.n, 3);
    S_span_is(&g.d[0], 0, "ORG", "Le Figaro");
    S_span_is(&g.d[0], 1, "PER", "Émile Zola");
    S_span_is(&g.d[0], 2, "LOC", "Paris");
    S_got_free(&g);
}

static void test_hipe(void **st)
{
    (void)st;
    S_got g = {0};
    ev_read_opts o = {0};
    assert_int_equal(ev_read_ner(FIX "small.tsv", &o, S_keep, &g), 0);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.d[0].id, "doc_a");
    assert_string_equal(g.d[0].date, "1905-12-09");
    assert_string_equal(g.d[0].text, "M. Combes à l'Élysée.");
    S_span_is(&g.d[0], 0, "PER", "M. Combes");
    S_span_is(&g.d[0], 1, "LOC", "Élysée");
    assert_string_equal(g.d[1].id, "doc_b");
    assert_null(g.d[1].date); /* NA */
    assert_int_equal(g.d[1].gold.n, 1); /* HumanProd not scored */
    S_span_is(&g.d[1], 0, "ORG", "la Chambre");
    S_got_free(&g);
}

static void test_bad_tokens(void **st)
{
    (void)st;
    S_got g = {0};
    ev_read_opts o = {0};
    /* two malformed lines reported (stderr), the rest read */
    assert_int_equal(ev_read_ner(FIX "bad.bio", &o, S_keep, &g), 2);
    assert_int_equal(g.n, 1);
    S_span_is(&g.d[0], 0, "LOC", "Paris");
    S_got_free(&g);
    memset(&g, 0, sizeof g);
    assert_int_equal(ev_read_ner(FIX "nope.bio", &o, S_keep, &g), 1);
}

static void test_timeml(void **st)
{
    (void)st;
    S_got g = {0};
    assert_int_equal(ev_read_timeml(FIX "small.tml", S_keep, &g), 0);
    assert_int_equal(g.n, 1);
    ev_doc *d = &g.d[0];
    assert_string_equal(d->id, "small");
    assert_string_equal(d->date, "2003-03-14");
    assert_string_equal(d->text, "\nRéunion hier à l'Élysée & ailleurs, pendant deux heures.\n"
                                 "Retour ce soir à 20\xc2\xa0h.\n");
    assert_int_equal(d->gold.n, 3);
    S_span_is(d, 0, "DATE", "hier");
    S_span_is(d, 1, "DURATION", "deux heures");
    S_span_is(d, 2, "TIME", "ce soir à 20\xc2\xa0h");
    assert_string_equal(d->gold.v[2].value, "2003-03-14T20:00");
    S_got_free(&g);
}

static void test_timeml_errors(void **st)
{
    (void)st;
    ev_doc d = {0};
    long line = 0;
    const char *err = NULL;
    const char *bad = "<TimeML>\n<TEXT>\nUn <TIMEX3 type=\"DATE\">an\n</TEXT>\n</TimeML>\n";
    assert_int_equal(ev_parse_timeml(bad, strlen(bad), &d, &line, &err), -1);
    assert_int_equal(line, 4);
    assert_non_null(strstr(err, "TIMEX3"));
    const char *notext = "<TimeML><DOCID>x</DOCID></TimeML>";
    assert_int_equal(ev_parse_timeml(notext, strlen(notext), &d, &line, &err), -1);
    const char *badref = "<TEXT>a &bogus; b</TEXT>";
    assert_int_equal(ev_parse_timeml(badref, strlen(badref), &d, &line, &err), -1);
    ev_doc_free(&d);
    S_got g = {0};
    assert_int_equal(ev_read_timeml(FIX "bad.tml", S_keep, &g), 1);
    assert_int_equal(g.n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prf),          cmocka_unit_test(test_match_rules),
        cmocka_unit_test(test_match_one_to_one), cmocka_unit_test(test_typed),
        cmocka_unit_test(test_time_counts),  cmocka_unit_test(test_match_scored),
        cmocka_unit_test(test_km),           cmocka_unit_test(test_brat),
        cmocka_unit_test(test_bio),          cmocka_unit_test(test_io),
        cmocka_unit_test(test_hipe),         cmocka_unit_test(test_bad_tokens),
        cmocka_unit_test(test_timeml),       cmocka_unit_test(test_timeml_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
