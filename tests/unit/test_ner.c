/*
 * test_ner.c -- the name tagger (src/mention/ner.c): feature extraction,
 * BIO-constrained Viterbi, training on a tiny corpus with
 * build/depeche-train-ner and tagging with the learnt weights compiled into
 * a fixture model (build/mkmodel --ner), and the model loader refusing a
 * corrupt ner.w section.
 *
 * Run from the repository root after `make build/mkmodel
 * build/depeche-train-ner` (the Makefile's test rule builds both).
 * Environment: DP_MKMODEL, DP_TRAIN_NER (the tools), DP_MODEL_FIXTURE
 * (default tests/unit/model-fixture), TMPDIR.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "doc.h"
#include "mention/entity.h"
#include "mention/ner.h"
#include "model/format.h"

static char G_tmp[512], G_fx[700], G_fxn[700];

static const char *S_env(const char *k, const char *def)
{
    const char *v = getenv(k);
    return v && *v ? v : def;
}

/* Tool NAME beside this test's build folder, else build/NAME.            */
static const char *S_tool(const char *env, const char *name, char *buf, size_t cap)
{
    const char *e = getenv(env);
    if (e && *e) return e;
    ssize_t n = readlink("/proc/self/exe", buf, cap - 64);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            snprintf(slash, 64, "/../%s", name);
            if (access(buf, X_OK) == 0) return buf;
        }
    }
    snprintf(buf, cap, "build/%s", name);
    return buf;
}

static int S_sh(const char *fmt, ...)
{
    char cmd[4096];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    return system(cmd);
}

/* The fixture model into OUT, with the tagger weights NER (or none) and
 * the lexicons of folder LEX (NULL: the fixture's).                       */
static int S_mkmodel_lex(const char *out, const char *ner, const char *lex)
{
    char b[1024], l[700];
    const char *fx = S_env("DP_MODEL_FIXTURE", "tests/unit/model-fixture");
    if (!lex) snprintf(l, sizeof l, "%s/lexicon", fx);
    return S_sh("%s --out %s --cities %s/cities500.txt --admin1 %s/admin1.json "
                "--admin2 %s/admin2.json --countries %s/countries.json --lefff %s/lefff.mlex "
                "--lexicon %s %s%s 2>>%s/mkmodel.log",
                S_tool("DP_MKMODEL", "mkmodel", b, sizeof b), out, fx, fx, fx, fx, fx,
                lex ? lex : l, ner ? "--ner " : "", ner ? ner : "", G_tmp);
}

static int S_mkmodel(const char *out, const char *ner) { return S_mkmodel_lex(out, ner, NULL); }

/* A tiny BIO corpus: persons and cities in a few fixed frames.           */
static int S_corpus(const char *path)
{
    static const char *per[][2] = { { "Marie", "Curie" }, { "Jean", "Dupont" },
                                    { "Paul", "Martin" }, { "Anne", "Durand" },
                                    { "Louis", "Bernard" }, { "Sophie", "Petit" } };
    static const char *loc[] = { "Lyon", "Nantes", "Lille", "Rennes", "Brest", "Metz" };
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    for (int r = 0; r < 4; r++)
        for (int i = 0; i < 6; i++) {
            const char *a = per[i][0], *b = per[(i + r) % 6][1], *l = loc[(i + 2 * r) % 6];
            fprintf(f, "Hier\tO\n%s\tB-PER\n%s\tI-PER\nest\tO\nallé\tO\nà\tO\n%s\tB-LOC\n.\tO\n\n",
                    a, b, l);
            fprintf(f, "La\tO\nville\tO\nde\tO\n%s\tB-LOC\naccueille\tO\n%s\tB-PER\n%s\tI-PER\n.\tO\n\n",
                    l, a, b);
        }
    return fclose(f);
}

static int S_setup(void **state)
{
    (void)state;
    snprintf(G_tmp, sizeof G_tmp, "%s/dp-test-ner-%ld", S_env("TMPDIR", "/tmp"), (long)getpid());
    if (S_sh("mkdir -p %s", G_tmp)) return -1;
    snprintf(G_fx, sizeof G_fx, "%s/fx.model", G_tmp);
    snprintf(G_fxn, sizeof G_fxn, "%s/fxn.model", G_tmp);
    char bio[600], w[600], b[1024];
    snprintf(bio, sizeof bio, "%s/tiny.bio", G_tmp);
    snprintf(w, sizeof w, "%s/tiny.w", G_tmp);
    if (S_corpus(bio) || S_mkmodel(G_fx, NULL)) return -1;
    if (S_sh("%s --model %s --bits 12 --epochs 10 --out %s %s >/dev/null 2>>%s/train.log",
             S_tool("DP_TRAIN_NER", "depeche-train-ner", b, sizeof b), G_fx, w, bio, G_tmp))
        return -1;
    return S_mkmodel(G_fxn, w) ? -1 : 0;
}

static int S_teardown(void **state)
{
    (void)state;
    return S_sh("rm -rf %s", G_tmp) ? -1 : 0;
}

static dp_model *S_open(const char *path)
{
    dp_model *m = NULL;
    dp_status st = dp_model_open(path, &m);
    if (st != DP_OK) fprintf(stderr, "open: %s\n", dp_model_errmsg(m));
    assert_int_equal(st, DP_OK);
    return m;
}

static uint32_t S_tok(const dp_doc *d, const char *surface)
{
    for (uint32_t i = 0; i < d->toks.n; i++)
        if (d->toks.v[i].b1 - d->toks.v[i].b0 == strlen(surface) &&
            !memcmp(d->text + d->toks.v[i].b0, surface, strlen(surface)))
            return i;
    fail_msg("no token %s", surface);
    return 0;
}

static void test_features(void **state)
{
    (void)state;
    dp_model *m = S_open(G_fx);
    dp_doc *d = dp_doc_new(m);
    const char *t = "Hier Marie Curie est allée à Lyon. Marie est venue.";
    assert_int_equal(dp_doc_run_text(d, t, strlen(t)), DP_OK);
    dp_ner_ctx *x = dp_ner_prepare(d);
    uint32_t a[DP_NER_MAXF], b[DP_NER_MAXF], c[DP_NER_MAXF];
    uint32_t i = S_tok(d, "Curie");
    dp_sentence s = d->sents.v[d->toks.v[i].sent];
    size_t na = dp_ner_features(x, i, s.t0, s.t1, a);
    size_t nb = dp_ner_features(x, i, s.t0, s.t1, b);
    assert_true(na > 20 && na <= DP_NER_MAXF);
    assert_int_equal(na, nb);                          /* deterministic */
    assert_memory_equal(a, b, na * sizeof *a);
    size_t nc = dp_ner_features(x, S_tok(d, "allée"), s.t0, s.t1, c);
    size_t same = 0;                                   /* the bias is shared */
    for (size_t k = 0; k < nc; k++)
        for (size_t l = 0; l < na; l++) same += c[k] == a[l];
    assert_true(same >= 1 && same < na / 3);           /* most features differ */
    dp_doc_free(d);
    dp_model_close(m);
}

/* How a capitalised word is used elsewhere in its document (S_doc_uses,
 * made by dp_ner_prepare): a lowercase token of its folded form, after it
 * or before it, changes one of its features; another word there changes
 * none of them.                                                          */
static void test_doc_uses(void **state)
{
    (void)state;
    dp_model *m = S_open(G_fx);
    static const char *const txt[4] = {
        "Hier Rose est venue. Une rose rouge.", "Hier Rose est venue. Une fleur rouge.",
        "Une rose rouge. Hier Rose est venue.", "Une fleur rouge. Hier Rose est venue.",
    };
    for (int p = 0; p < 4; p += 2) {
        uint32_t f[2][DP_NER_MAXF];
        size_t nf[2];
        for (int k = 0; k < 2; k++) {
            dp_doc *d = dp_doc_new(m);
            const char *t = txt[p + k];
            assert_int_equal(dp_doc_run_text(d, t, strlen(t)), DP_OK);
            dp_ner_ctx *x = dp_ner_prepare(d);
            uint32_t i = S_tok(d, "Rose");
            dp_sentence s = d->sents.v[d->toks.v[i].sent];
            nf[k] = dp_ner_features(x, i, s.t0, s.t1, f[k]);
            dp_doc_free(d);
        }
        assert_int_equal(nf[0], nf[1]);
        size_t diff = 0;
        for (size_t k = 0; k < nf[0]; k++) diff += f[0][k] != f[1][k];
        assert_int_equal(diff, 1);
    }
    dp_model_close(m);
}

static void test_viterbi_bio(void **state)
{
    (void)state;
    enum { T = DP_NER_NTAGS };
    float emit[3 * T] = { 0 }, trans[(T + 1) * T] = { 0 };
    uint8_t back[3 * T], tags[3];
    emit[0 * T + 2] = 5;   /* I-PER wanted first: not allowed after the start */
    emit[0 * T + 1] = 4;   /* B-PER */
    emit[1 * T + 6] = 5;   /* I-ORG after B-PER: not allowed */
    emit[1 * T + 2] = 3;   /* I-PER */
    dp_ner_viterbi(emit, 3, trans, back, tags);
    assert_int_equal(tags[0], 1);
    assert_int_equal(tags[1], 2);
    assert_int_equal(tags[2], 0);
    assert_false(dp_ner_allowed(DP_NER_NTAGS, 2));
    assert_false(dp_ner_allowed(0, 4));
    assert_true(dp_ner_allowed(3, 4));
    assert_int_equal(dp_ner_type(5), DP_ENT_LOC);
    assert_true(dp_ner_inside(6) && !dp_ner_inside(5));
}

/* The weights learnt on the tiny corpus tag a new sentence built from its
 * names, and the entity stage turns the tags into entities.            */
static void test_trained_tagger(void **state)
{
    (void)state;
    dp_model *m = S_open(G_fxn);
    dp_ner_weights w;
    assert_int_equal(dp_ner_weights_get(m, &w), 0);
    assert_int_equal(w.nbits, 12);
    dp_doc *d = dp_doc_new(m);
    const char *t = "Hier Sophie Martin est allé à Rennes.";
    assert_int_equal(dp_doc_annotate(d, t, strlen(t), NULL), DP_OK);
    uint8_t *tags = malloc(d->toks.n);
    assert_int_equal(dp_ner_tag(d, tags), 1);
    assert_int_equal(tags[S_tok(d, "Sophie")], 1);        /* B-PER */
    assert_int_equal(tags[S_tok(d, "Martin")], 2);        /* I-PER */
    assert_int_equal(tags[S_tok(d, "Rennes")], 5);        /* B-LOC */
    assert_int_equal(tags[S_tok(d, "allé")], 0);
    int per = 0;
    for (size_t e = 0; e < d->ents.n; e++)
        per += d->ents.v[e].type == DP_ENT_PER && !strcmp(d->ents.v[e].name, "Sophie Martin");
    assert_int_equal(per, 1);
    free(tags);
    dp_doc_free(d);
    dp_model_close(m);
    /* without weights the tagger says nothing */
    m = S_open(G_fx);
    assert_int_not_equal(dp_ner_weights_get(m, &w), 0);
    dp_model_close(m);
}

/* --runs N averages N perceptrons trained on their own shuffles: --runs 1
 * writes the same bytes as the default, --runs 3 other weights that still
 * tag the tiny corpus's frames, --runs 0 is refused.                      */
static void test_train_runs(void **state)
{
    (void)state;
    char b[1024], bio[600], w1[600], w3[600], m3[600];
    snprintf(bio, sizeof bio, "%s/tiny.bio", G_tmp);
    snprintf(w1, sizeof w1, "%s/tiny1.w", G_tmp);
    snprintf(w3, sizeof w3, "%s/tiny3.w", G_tmp);
    snprintf(m3, sizeof m3, "%s/fx3.model", G_tmp);
    const char *tool = S_tool("DP_TRAIN_NER", "depeche-train-ner", b, sizeof b);
    for (int runs = 1; runs <= 3; runs += 2)
        assert_int_equal(S_sh("%s --model %s --bits 12 --epochs 10 --runs %d --out %s %s "
                              ">/dev/null 2>>%s/train.log",
                              tool, G_fx, runs, runs == 1 ? w1 : w3, bio, G_tmp), 0);
    assert_int_equal(S_sh("cmp -s %s/tiny.w %s", G_tmp, w1), 0);
    assert_int_not_equal(S_sh("cmp -s %s %s", w1, w3), 0);
    assert_int_not_equal(S_sh("%s --model %s --bits 12 --runs 0 --out %s/tiny0.w %s "
                              ">/dev/null 2>>%s/train.log", tool, G_fx, G_tmp, bio, G_tmp), 0);
    assert_int_equal(S_mkmodel(m3, w3), 0);
    dp_model *m = S_open(m3);
    dp_doc *d = dp_doc_new(m);
    const char *t = "La ville de Brest accueille Anne Petit.";
    assert_int_equal(dp_doc_annotate(d, t, strlen(t), NULL), DP_OK);
    uint8_t *tags = malloc(d->toks.n);
    assert_int_equal(dp_ner_tag(d, tags), 1);
    assert_int_equal(tags[S_tok(d, "Brest")], 5);         /* B-LOC */
    assert_int_equal(tags[S_tok(d, "Anne")], 1);          /* B-PER */
    assert_int_equal(tags[S_tok(d, "Petit")], 2);         /* I-PER */
    assert_int_equal(tags[S_tok(d, "accueille")], 0);
    free(tags);
    dp_doc_free(d);
    dp_model_close(m);
}

/* The handle's memo of token forms: a document tags the same on a fresh
 * handle and on one that has seen it and others before, and the memo's
 * dictionary answers are the dictionary's own.                           */
static void test_form_memo(void **state)
{
    (void)state;
    dp_model *m = S_open(G_fxn);
    const char *a = "Hier Sophie Martin est allé à Rennes avec le ministre.";
    const char *b = "Martin a vu Sophie Durand à Rennes.";
    dp_doc *fresh = dp_doc_new(m), *d = dp_doc_new(m);
    assert_int_equal(dp_doc_run_text(fresh, a, strlen(a)), DP_OK);
    size_t n = fresh->toks.n;
    uint8_t *t1 = malloc(n), *t2 = malloc(n);
    assert_int_equal(dp_ner_tag(fresh, t1), 1);
    assert_int_equal(dp_doc_annotate(d, a, strlen(a), NULL), DP_OK);
    assert_int_equal(dp_doc_annotate(d, b, strlen(b), NULL), DP_OK);
    assert_int_equal(dp_doc_run_text(d, a, strlen(a)), DP_OK);
    assert_int_equal(d->toks.n, n);
    dp_ner_ctx *x = dp_ner_prepare(d);
    assert_int_equal(dp_ner_tag_prepared(x, t2), 1);
    assert_memory_equal(t1, t2, n);
    for (uint32_t i = 0; i < n; i++)
        for (int k = 0; k < DP_NER_NDICTS; k++) {
            const char *v, *key = d->toks.v[i].norm;
            int want = (dp_dict_find(m, dp_ner_dicts[k], key, strlen(key), &v, 1) ? 1 : 0) |
                       (dp_dict_has_prefix(m, dp_ner_dicts[k], key, strlen(key)) ? 2 : 0);
            assert_int_equal(dp_ner_dict_at(x, i, k), want);
        }
    free(t1);
    free(t2);
    dp_doc_free(fresh);
    dp_doc_free(d);
    dp_model_close(m);
}

/* dp_ner_pair_dead (the entity rules' stop for a pair of words no key
 * of a dictionary is nor starts with) says what the dictionary says of
 * the pair's key, asked once and then from the handle's memo: on the
 * fixture with a titles.tsv of its own, whose keys of several words make
 * some pairs live ("ministre de") and most dead.                        */
static void test_pair_dead(void **state)
{
    (void)state;
    char lex[700], model[700];
    const char *fx = S_env("DP_MODEL_FIXTURE", "tests/unit/model-fixture");
    snprintf(lex, sizeof lex, "%s/lex-titles", G_tmp);
    snprintf(model, sizeof model, "%s/titles.model", G_tmp);
    assert_int_equal(S_sh("mkdir -p %s && cp %s/lexicon/*.tsv %s/ && printf '%s' > %s/titles.tsv",
                          lex, fx, lex,
                          "ministre\t-\tm\nministre de la sante\tGOV\tm\n"
                          "porte-parole du gouvernement\tGOV\t-\n",
                          lex),
                     0);
    assert_int_equal(S_mkmodel_lex(model, NULL, lex), 0);
    dp_model *m = S_open(model);
    const char *a = "Le ministre de la santé et le porte-parole du gouvernement ont visité "
                    "Lyon, puis le ministre est rentré.";
    dp_doc *d = dp_doc_new(m);
    assert_int_equal(dp_doc_annotate(d, a, strlen(a), NULL), DP_OK);
    assert_int_equal(dp_doc_run_text(d, a, strlen(a)), DP_OK);
    dp_ner_ctx *x = dp_ner_prepare(d);
    int dead = 0, alive = 0;
    for (int pass = 0; pass < 2; pass++)       /* the second from the memo */
        for (uint32_t i = 0; i + 1 < d->toks.n; i++)
            for (int k = 0; k < DP_NER_NDICTS; k++) {
                char key[256];
                const char *v;
                size_t kn = dp_ment_key(d, i, i + 2, key, sizeof key);
                int want = kn && !dp_dict_find(m, dp_ner_dicts[k], key, kn, &v, 1) &&
                           !dp_dict_has_prefix(m, dp_ner_dicts[k], key, kn);
                assert_int_equal(dp_ner_pair_dead(x, i, k), want);
                dead += want;
                alive += k == DP_NER_TITLES && !want;
            }
    assert_int_equal(alive, 2 * 2);    /* "ministre de", "porte-parole du" */
    assert_true(dead > 0);
    assert_int_equal(dp_ner_pair_dead(x, (uint32_t)d->toks.n - 1, DP_NER_TITLES), 0);
    dp_doc_free(d);
    dp_model_close(m);
}

/* A corrupt ner.w section (checksum recomputed, so only the section check
 * can catch it) is refused at open with a message naming it.             */
static void test_corrupt_section(void **state)
{
    (void)state;
    FILE *f = fopen(G_fxn, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    size_t n = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc(n);
    assert_int_equal(fread(b, 1, n, f), n);
    fclose(f);
    uint32_t nsect = (uint32_t)dpm_word(b + 12, 4);
    unsigned char *sec = NULL;
    for (uint32_t s = 0; s < nsect; s++) {
        unsigned char *e = b + DPM_SECT_TABLE + (size_t)s * DPM_SECT_ENTRY;
        if (!strcmp((char *)e, "ner.w")) sec = b + dpm_word(e + 16, 8);
    }
    assert_non_null(sec);
    for (int what = 0; what < 3; what++) {
        unsigned char keep[16];
        memcpy(keep, sec, 16);
        if (what == 0) sec[0] = 'X';                   /* magic */
        if (what == 1) sec[12] = 13;                   /* buckets: size mismatch */
        if (what == 2) memset(sec + 16, 0xff, 4);      /* scale: NaN */
        uint64_t sum = dpm_checksum(b + DPM_CRC_FROM, n - DPM_CRC_FROM);
        for (int k = 0; k < 8; k++) b[24 + k] = (unsigned char)(sum >> (8 * k));
        char bad[700];
        snprintf(bad, sizeof bad, "%s/bad.model", G_tmp);
        f = fopen(bad, "wb");
        assert_non_null(f);
        assert_int_equal(fwrite(b, 1, n, f), n);
        fclose(f);
        dp_model *m = NULL;
        assert_int_equal(dp_model_open(bad, &m), DP_ERR_FORMAT);
        assert_non_null(strstr(dp_model_errmsg(m), "ner.w"));
        dp_model_close(m);
        memcpy(sec, keep, 16);
    }
    free(b);
    const char *why = NULL;
    dp_ner_weights w;
    unsigned char tiny[DPM_NER_HEAD] = "DPNERW1";
    assert_int_equal(dp_ner_parse(tiny, sizeof tiny, &w, &why), -1);
    assert_non_null(why);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_features),
        cmocka_unit_test(test_doc_uses),
        cmocka_unit_test(test_viterbi_bio),
        cmocka_unit_test(test_trained_tagger),
        cmocka_unit_test(test_train_runs),
        cmocka_unit_test(test_form_memo),
        cmocka_unit_test(test_pair_dead),
        cmocka_unit_test(test_corrupt_section),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
