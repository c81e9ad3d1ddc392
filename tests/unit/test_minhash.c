/*
 * test_minhash.c -- unit tests of the near-duplicate hashing
 * (src/archive/minhash.c): signatures of edited copies against unrelated
 * texts, the similarity score, storage bytes, and the LSH index (finds the
 * copy among many documents, honours the key bound, ties to the smallest
 * key).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "archive/minhash.h"

/* A pseudo-article: N words drawn from a vocabulary, seeded by SEED, in
 * paragraphs of 40 words.                                                   */
static char *S_doc(unsigned seed, int n)
{
    char *s = malloc((size_t)n * 16 + 1), *p = s;
    uint32_t x = seed * 2654435761u + 1;
    for (int i = 0; i < n; i++) {
        x = x * 1664525u + 1013904223u;
        p += sprintf(p, "%smot%u", i == 0 ? "" : i % 40 == 0 ? "\n\n" : " ", (x >> 8) % 3000);
    }
    return s;
}

static double S_sim(const char *a, const char *b)
{
    dp_minhash x, y;
    dp_minhash_text(a, strlen(a), &x);
    dp_minhash_text(b, strlen(b), &y);
    return dp_minhash_similarity(&x, &y);
}

static void test_identical_and_unrelated(void **st)
{
    (void)st;
    char *a = S_doc(1, 300), *b = S_doc(2, 300);
    assert_true(S_sim(a, a) == 1.0);
    assert_true(S_sim(a, b) < 0.1);
    free(a);
    free(b);
}

static void test_case_and_punctuation(void **st)
{
    (void)st;
    const char *a = "Le Général a annoncé l'offensive contre la ville, samedi, à l'aube.";
    const char *b = "le général a annoncé « l'offensive » contre la ville — samedi — à l'aube !";
    assert_true(S_sim(a, b) == 1.0);
}

static void test_reordered_paragraphs(void **st)
{
    (void)st;
    char *a = S_doc(3, 320);
    /* swap the second half's paragraphs with the first's */
    size_t n = strlen(a);
    char *mid = strstr(a + n / 2, "\n\n");
    assert_non_null(mid);
    char *b = malloc(n + 3);
    sprintf(b, "%s\n\n%.*s", mid + 2, (int)(mid - a), a);
    assert_true(S_sim(a, b) >= 0.8);
    free(a);
    free(b);
}

static void test_boilerplate_and_lead(void **st)
{
    (void)st;
    char *a = S_doc(4, 300), *b = malloc(strlen(a) + 300);
    /* a changed lead (the first 30 words dropped) and agency boilerplate */
    const char *body = a;
    for (int w = 0; w < 30; w++) body = strchr(body, ' ') + 1;
    sprintf(b, "PARIS (AFP) - Publié le 24 août 2016.\n\n%s\n\n© AFP. Tous droits réservés. "
               "Abonnez-vous à notre lettre d'information.", body);
    assert_true(S_sim(a, b) >= 0.7);
    free(a);
    free(b);
}

static void test_empty_and_bad_bytes(void **st)
{
    (void)st;
    dp_minhash m, e;
    dp_minhash_text("", 0, &e);
    assert_int_equal(e.shingles, 0);
    dp_minhash_text("a\xff\xfe b \xc3", 7, &m);
    assert_true(m.shingles >= 1);
    assert_true(dp_minhash_similarity(&e, &m) == 0.0);
    assert_true(dp_minhash_similarity(&e, &e) == 0.0);
    dp_minhash_text("deux mots", 9, &m);     /* shorter than a shingle */
    assert_int_equal(m.shingles, 1);
}

static void test_pack(void **st)
{
    (void)st;
    char *a = S_doc(5, 100);
    dp_minhash m, r;
    unsigned char buf[DP_MINHASH_BYTES];
    dp_minhash_text(a, strlen(a), &m);
    dp_minhash_pack(&m, buf);
    assert_int_equal(dp_minhash_unpack(buf, sizeof buf, &r), 0);
    assert_memory_equal(&m, &r, sizeof m);
    assert_int_equal(dp_minhash_unpack(buf, sizeof buf - 1, &r), -1);
    assert_int_equal(dp_minhash_unpack(NULL, 0, &r), -1);
    free(a);
}

static void test_lsh(void **st)
{
    (void)st;
    dp_lsh *x = dp_lsh_new();
    assert_non_null(x);
    dp_minhash m;
    for (unsigned k = 0; k < 2000; k++) {
        char *d = S_doc(100 + k, 200);
        dp_minhash_text(d, strlen(d), &m);
        assert_int_equal(dp_lsh_add(x, &m, k), 0);
        free(d);
    }
    assert_int_equal(dp_lsh_count(x), 2000);
    /* an edited copy of document 1234 */
    char *d = S_doc(100 + 1234, 200);
    char *c = malloc(strlen(d) + 100);
    sprintf(c, "Dépêche reprise. %s Fin de la dépêche.", d + 40);
    dp_minhash_text(c, strlen(c), &m);
    uint64_t key = 0;
    double sim = 0;
    assert_int_equal(dp_lsh_best(x, &m, 0.6, UINT64_MAX, &key, &sim), 1);
    assert_int_equal(key, 1234);
    assert_true(sim >= 0.6);
    /* only keys below 1234 count: none of them is a copy */
    assert_int_equal(dp_lsh_best(x, &m, 0.6, 1234, &key, &sim), 0);
    /* an unrelated document matches nothing */
    char *u = S_doc(99999, 200);
    dp_minhash_text(u, strlen(u), &m);
    assert_int_equal(dp_lsh_best(x, &m, 0.3, UINT64_MAX, &key, &sim), 0);
    /* ties go to the smallest key */
    dp_minhash_text(d, strlen(d), &m);
    assert_int_equal(dp_lsh_add(x, &m, 5000), 0);
    assert_int_equal(dp_lsh_best(x, &m, 0.6, UINT64_MAX, &key, &sim), 1);
    assert_int_equal(key, 1234);
    free(u);
    free(c);
    free(d);
    dp_lsh_free(x);
}

/* A new index of N generated documents (seeds SEED.., keys KEY0..), their
 * signatures in M.                                                       */
static dp_lsh *S_index(dp_minhash *m, unsigned n, unsigned seed, uint64_t key0)
{
    dp_lsh *x = dp_lsh_new();
    assert_non_null(x);
    for (unsigned k = 0; k < n; k++) {
        char *d = S_doc(seed + k, 200);
        dp_minhash_text(d, strlen(d), &m[k]);
        assert_int_equal(dp_lsh_add(x, &m[k], key0 + k), 0);
        free(d);
    }
    return x;
}

/* A bounded index: the oldest entries dropped, the others still found,
 * and the index reusable; the band hashes are what it compares.          */
static void test_lsh_drop(void **st)
{
    (void)st;
    dp_minhash m[300];
    dp_lsh *x = S_index(m, 300, 100, 10);
    uint64_t key = 0;
    double sim = 0;
    dp_lsh_drop_below(x, 10 + 200);
    assert_int_equal(dp_lsh_count(x), 100);
    assert_int_equal(dp_lsh_best(x, &m[50], 0.6, UINT64_MAX, &key, &sim), 0);
    assert_int_equal(dp_lsh_best(x, &m[250], 0.6, UINT64_MAX, &key, &sim), 1);
    assert_int_equal(key, 10 + 250);
    dp_lsh_drop_below(x, 0);                  /* nothing below: unchanged */
    assert_int_equal(dp_lsh_count(x), 100);
    assert_int_equal(dp_lsh_add(x, &m[50], 1000), 0);
    assert_int_equal(dp_lsh_best(x, &m[50], 0.6, UINT64_MAX, &key, &sim), 1);
    assert_int_equal(key, 1000);
    dp_lsh_drop_below(x, 2000);
    assert_int_equal(dp_lsh_count(x), 0);
    assert_int_equal(dp_lsh_best(x, &m[250], 0.6, UINT64_MAX, &key, &sim), 0);
    /* a signature shares all its bands with itself, few with another */
    uint32_t a[DP_MH_BANDS], b[DP_MH_BANDS];
    dp_minhash_bands(&m[1], a);
    dp_minhash_bands(&m[2], b);
    int same = 0;
    for (int i = 0; i < DP_MH_BANDS; i++) {
        assert_true(a[i] != 0);
        same += a[i] == b[i];
    }
    assert_true(same < 3);
    dp_minhash_bands(&m[1], b);
    assert_memory_equal(a, b, sizeof a);
    dp_lsh_free(x);
}

/* The candidates of a query: each entry once, with the number of band
 * hashes it shares; a copy shares all of them, another text few.         */
static void test_lsh_candidates(void **st)
{
    (void)st;
    dp_minhash m[200];
    dp_lsh *x = S_index(m, 200, 700, 10);
    assert_int_equal(dp_lsh_add(x, &m[7], 5000), 0);   /* a second copy */
    dp_lsh_cand *c = NULL;
    size_t cap = 0;
    long n = dp_lsh_candidates(x, &m[7], &c, &cap);
    assert_true(n >= 2);
    int copies = 0;
    for (long i = 0; i < n; i++) {
        for (long k = 0; k < i; k++) assert_true(c[k].key != c[i].key);
        if (c[i].key == 17 || c[i].key == 5000) {
            assert_int_equal(c[i].shared, DP_MH_BANDS);
            assert_memory_equal(c[i].sig, &m[7], sizeof m[7]);
            copies++;
        } else {
            assert_true(c[i].shared < 4);
        }
    }
    assert_int_equal(copies, 2);
    dp_minhash empty = {{0}, 0};
    assert_int_equal(dp_lsh_candidates(x, &empty, &c, &cap), 0);
    free(c);
    dp_lsh_free(x);
}

/* The signatures are stored (doc_minhash): their values must not change
 * from one build to the next, nor between the AVX2 and the plain path.     */
static uint64_t S_digest(const dp_minhash *m)
{
    uint64_t h = 1469598103934665603ull;
    for (int i = 0; i < DP_MH_K; i++) { h ^= m->sig[i]; h *= 1099511628211ull; }
    return h;
}

static void test_stable_values(void **st)
{
    (void)st;
    dp_minhash m;
    const char *t = "Le président a été arrêté jeudi à Bamako par des militaires, selon l'AFP. ÉTÉ Ça";
    dp_minhash_text(t, strlen(t), &m);
    assert_int_equal(m.shingles, 14);
    assert_int_equal(m.sig[0], 142673204u);
    assert_int_equal(m.sig[125], 184447912u);
    assert_true(S_digest(&m) == 0xa82a617b037f1903ull);
    dp_minhash_text("deux mots", 9, &m);
    assert_true(S_digest(&m) == 0x6ffcd28a10b44780ull);
    char *buf = malloc(3000 * 12), *p = buf;
    uint32_t x = 7;
    for (int i = 0; i < 3000; i++) {   /* more shingles than one batch */
        x = x * 1664525u + 1013904223u;
        p += sprintf(p, "mot%u ", (x >> 8) % 3000);
    }
    dp_minhash_text(buf, strlen(buf), &m);
    assert_int_equal(m.shingles, 2998);
    assert_true(S_digest(&m) == 0xa8657b3f3a94e8bfull);
    free(buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identical_and_unrelated),
        cmocka_unit_test(test_case_and_punctuation),
        cmocka_unit_test(test_reordered_paragraphs),
        cmocka_unit_test(test_boilerplate_and_lead),
        cmocka_unit_test(test_empty_and_bad_bytes),
        cmocka_unit_test(test_pack),
        cmocka_unit_test(test_stable_values),
        cmocka_unit_test(test_lsh),
        cmocka_unit_test(test_lsh_drop),
        cmocka_unit_test(test_lsh_candidates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
