/*
 * test_model.c -- unit tests of the compiled model: builds a tiny model with
 * build/mkmodel from the fixture sources in tests/unit/model-fixture/, checks
 * every lookup, then corrupts the file (truncations, flipped bytes with and
 * without a repaired checksum, another version) and checks that
 * dp_model_open refuses it cleanly and never reads out of bounds.
 *
 * Build and run from the repository root, after `make build/mkmodel`:
 *   cc -std=c11 -D_GNU_SOURCE -g -Iinclude -Isrc/core -Isrc \
 *      tests/unit/test_model.c build/libdepeche.a -lcmocka -lutf8proc \
 *      -ljansson -lsqlite3 -lz -lzstd -lm -lpthread -o build/test_model
 *   build/test_model
 * Environment: DP_MKMODEL (default: BUILD/mkmodel beside BUILD/tests/, else
 * build/mkmodel), DP_MODEL_FIXTURE
 * (default tests/unit/model-fixture), TMPDIR.  Under ASan+UBSan add
 * -fsanitize=address,undefined to the compile line (and use a library and
 * mkmodel built the same way, or the plain ones: mkmodel's output is the same).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "model/format.h"
#include "model/model.h"
#include "text/text.h"

static char G_model[512], G_bad[512], G_tmpdir[256];
static unsigned char *G_bytes;
static size_t G_size;

static const char *S_env(const char *name, const char *def)
{
    const char *v = getenv(name);
    return v && *v ? v : def;
}

/* The model compiler: $DP_MKMODEL, else the mkmodel next to this test's
 * build folder (build/tests/test_model -> build/mkmodel), else
 * build/mkmodel (the ASan build of the tests uses the plain compiler).    */
static const char *S_mkmodel(void)
{
    static char path[1024];
    const char *env = getenv("DP_MKMODEL");
    if (env && *env) return env;
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 32);
    if (n > 0) {
        path[n] = 0;
        char *slash = strrchr(path, '/');
        if (slash) {
            strcpy(slash, "/../mkmodel");
            if (access(path, X_OK) == 0) return path;
        }
    }
    return "build/mkmodel";
}

static int S_build(const char *lexicon, const char *out)
{
    const char *fx = S_env("DP_MODEL_FIXTURE", "tests/unit/model-fixture");
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "%s --out %s --cities %s/cities500.txt --admin1 %s/admin1.json "
             "--admin2 %s/admin2.json --countries %s/countries.json --lefff %s/lefff.mlex "
             "--lexicon %s 2>%s/mkmodel.log",
             S_mkmodel(), out, fx, fx, fx, fx, fx, lexicon,
             G_tmpdir);
    return system(cmd);
}

static int S_setup(void **state)
{
    (void)state;
    snprintf(G_tmpdir, sizeof G_tmpdir, "%s/dp-test-model-%ld", S_env("TMPDIR", "/tmp"),
             (long)getpid());
    char cmd[600];
    snprintf(cmd, sizeof cmd, "mkdir -p %s", G_tmpdir);
    if (system(cmd) != 0) return -1;
    snprintf(G_model, sizeof G_model, "%s/fixture.model", G_tmpdir);
    snprintf(G_bad, sizeof G_bad, "%s/bad.model", G_tmpdir);
    char lex[600];
    snprintf(lex, sizeof lex, "%s/lexicon",
             S_env("DP_MODEL_FIXTURE", "tests/unit/model-fixture"));
    if (S_build(lex, G_model) != 0) {
        fprintf(stderr, "test_model: mkmodel failed (see %s/mkmodel.log)\n", G_tmpdir);
        return -1;
    }
    FILE *f = fopen(G_model, "rb");
    if (!f) return -1;
    fseek(f, 0, SEEK_END);
    G_size = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    G_bytes = malloc(G_size);
    if (!G_bytes || fread(G_bytes, 1, G_size, f) != G_size) return -1;
    fclose(f);
    return 0;
}

static int S_teardown(void **state)
{
    (void)state;
    free(G_bytes);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", G_tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static dp_model *S_open(void)
{
    dp_model *m = NULL;
    dp_status st = dp_model_open(G_model, &m);
    if (st != DP_OK) fprintf(stderr, "open: %s\n", dp_model_errmsg(m));
    assert_int_equal(st, DP_OK);
    return m;
}

/* Gazetteer ids of folded WORD; returns the count, first id in *ID0.     */
static size_t S_gaz(const dp_model *m, const char *word, dp_gaz_rec *first)
{
    char k[256];
    size_t kl = dp_fold(word, strlen(word), k, sizeof k);
    uint32_t ids[16];
    size_t n = dp_gaz_find(m, k, kl, ids, 16);
    if (n && first) assert_int_equal(dp_gaz_get(m, ids[0], first), 0);
    return n;
}

static void test_gazetteer(void **state)
{
    (void)state;
    dp_model *m = S_open();
    dp_gaz_rec r;
    assert_true(S_gaz(m, "Mossoul", &r) == 1);
    assert_int_equal(r.geonameid, 99072);
    assert_string_equal(r.name, "Mosul");
    assert_string_equal(r.cc, "IQ");
    assert_string_equal(r.admin1, "15");
    assert_string_equal(r.admin2, "");              /* none outside FR, CA.10 */
    assert_string_equal(r.admin1_name, "Nineveh");
    assert_int_equal(r.fclass, 'P');
    assert_string_equal(r.fcode, "PPLA");
    assert_true(r.lat > 36.3 && r.lat < 36.4 && r.population == 1683000);
    /* accents, case: the key is folded like the text */
    assert_true(S_gaz(m, "MOSSOUL", NULL) == 1);
    assert_true(S_gaz(m, "Al Qayyārah", &r) == 1 && r.geonameid == 99003);
    assert_true(S_gaz(m, "Qayyarah", &r) == 1 && r.geonameid == 99003);
    /* non-Latin alternate names and short codes are not indexed */
    assert_true(S_gaz(m, "Мосул", NULL) == 0);
    assert_true(S_gaz(m, "OSM", NULL) == 0);
    /* most prominent first; main names before alternate names */
    assert_true(S_gaz(m, "Paris", &r) == 4);       /* + the département */
    assert_int_equal(r.geonameid, 2988507);
    assert_string_equal(r.admin1, "11");
    assert_string_equal(r.admin2, "75");            /* a French town's département */
    assert_true(S_gaz(m, "Bagdad", &r) == 2 && r.geonameid == 98182);
    /* a capital before its same-named admin1 unit */
    uint32_t ids[4];
    assert_int_equal(dp_gaz_find(m, "baghdad", 7, ids, 4), 2);
    assert_int_equal(dp_gaz_get(m, ids[1], &r), 0);
    assert_string_equal(r.fcode, "ADM1");
    assert_string_equal(r.cc, "IQ");
    assert_string_equal(r.admin1, "07");
    assert_int_equal(r.geonameid, 0);
    /* MAX smaller than the count: the count is still returned */
    assert_int_equal(dp_gaz_find(m, "paris", 5, ids, 1), 4);
    assert_int_equal(dp_gaz_find(m, "paris", 5, NULL, 0), 4);
    assert_int_equal(dp_gaz_find(m, "nowhere-at-all", 14, ids, 4), 0);
    assert_int_equal(dp_gaz_find(m, "", 0, ids, 4), 0);
    assert_int_equal(dp_gaz_find(m, "par\0is", 6, ids, 4), 0);
    assert_int_equal(dp_gaz_get(m, (uint32_t)dp_gaz_count(m), &r), -1);
    /* admin units sit on the mean position of their places */
    assert_true(S_gaz(m, "Nineveh", &r) == 1);
    assert_string_equal(r.fcode, "ADM1");
    assert_true(r.lat > 36.06 && r.lat < 36.07);
    assert_int_equal(r.population, 1683000);
    /* admin2 units only for the countries asked for (default FR, CA.10) */
    uint32_t pid[8];
    assert_int_equal(dp_gaz_find(m, "paris", 5, pid, 8), 4);
    assert_int_equal(dp_gaz_get(m, pid[2], &r), 0);
    assert_string_equal(r.fcode, "ADM2");
    assert_string_equal(r.cc, "FR");
    assert_string_equal(r.admin1, "11");
    assert_string_equal(r.admin2, "75");
    assert_string_equal(r.admin1_name, "Île-de-France");
    assert_true(r.lat > 48.85 && r.lat < 48.86);
    assert_true(S_gaz(m, "Hauts-de-Seine", &r) == 1);
    assert_string_equal(r.fcode, "ADM2");
    assert_true(r.lat > 45.9 && r.lat < 46.1);     /* no place: the country's */
    assert_true(S_gaz(m, "Mosul District", NULL) == 0);
    dp_model_close(m);
}

static void test_places_fr(void **state)
{
    (void)state;
    dp_model *m = S_open();
    dp_gaz_rec r;
    assert_true(S_gaz(m, "Ninive", &r) == 1);
    assert_string_equal(r.fcode, "ADM1");
    assert_string_equal(r.admin1, "15");
    assert_true(S_gaz(m, "Qayyara", &r) == 1 && r.geonameid == 99003);
    assert_true(S_gaz(m, "Nouvelle York", &r) == 1 && r.geonameid == 5128581);
    assert_true(S_gaz(m, "Irak du Nord", &r) == 1);
    assert_string_equal(r.fcode, "PCLI");
    /* a new feature; two aliases with the same target share one record */
    dp_gaz_rec a, b;
    assert_true(S_gaz(m, "Tigre", &a) == 1 && S_gaz(m, "le Tigre", &b) == 1);
    assert_string_equal(a.name, "Tigre");
    assert_string_equal(b.name, "Tigre");
    assert_int_equal(a.fclass, 'H');
    assert_string_equal(a.fcode, "STM");
    assert_string_equal(a.cc, "");
    assert_true(a.lat == 35.0f && a.lon > 43.39f && a.lon < 43.41f);
    assert_true(S_gaz(m, "kurdistan irakien", &r) == 1);
    assert_string_equal(r.cc, "IQ");
    assert_string_equal(r.fcode, "RGN");
    /* multi-word prefixes */
    assert_int_equal(dp_gaz_has_prefix(m, "nouvelle", 8), 1);
    assert_int_equal(dp_gaz_has_prefix(m, "kurdistan", 9), 1);
    assert_int_equal(dp_gaz_has_prefix(m, "new", 3), 1);
    assert_int_equal(dp_gaz_has_prefix(m, "new york", 8), 1);   /* new york city */
    assert_int_equal(dp_gaz_has_prefix(m, "paris", 5), 0);
    assert_int_equal(dp_gaz_has_prefix(m, "nouv", 4), 0);
    assert_int_equal(dp_gaz_has_prefix(m, "zzz", 3), 0);
    assert_int_equal(dp_gaz_has_prefix(m, "", 0), 0);
    dp_model_close(m);
}

static void test_countries(void **state)
{
    (void)state;
    dp_model *m = S_open();
    dp_gaz_rec r;
    assert_true(S_gaz(m, "Irak", &r) == 1);
    assert_string_equal(r.fcode, "PCLI");
    assert_string_equal(r.cc, "IQ");
    assert_true(S_gaz(m, "République d'Irak", NULL) == 1);
    assert_true(S_gaz(m, "Iraq", NULL) == 1);
    assert_true(S_gaz(m, "Etats-Unis", &r) == 1 && !strcmp(r.cc, "US"));
    assert_true(S_gaz(m, "USA", NULL) == 1);
    assert_true(S_gaz(m, "US", NULL) == 0);      /* bare alpha-2 codes are not names */
    dp_country c;
    assert_int_equal(dp_country_get(m, "IQ", &c), 0);
    assert_string_equal(c.cc2, "IQ");
    assert_string_equal(c.cc3, "IRQ");
    assert_string_equal(c.name_fr, "Irak");
    assert_true(c.lat == 33.0f && c.lon == 44.0f);
    assert_int_equal(dp_gaz_get(m, c.gaz, &r), 0);
    assert_string_equal(r.fcode, "PCLI");
    assert_string_equal(r.name, "Irak");
    assert_int_equal(dp_country_get(m, "irq", &c), 0);
    assert_string_equal(c.cc2, "IQ");
    assert_int_equal(dp_country_get(m, "XX", &c), -1);
    assert_int_equal(dp_country_get(m, "IRAQ", &c), -1);
    assert_int_equal(dp_country_get(m, "", &c), -1);
    static const char *forms[] = { "irakien", "irakienne", "irakiens", "irakiennes" };
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(dp_demonym_find(m, forms[i], strlen(forms[i]), &c), 0);
        assert_string_equal(c.cc2, "IQ");
    }
    assert_int_equal(dp_demonym_find(m, "francais", 8, &c), 0);   /* no "+s" */
    assert_string_equal(c.cc2, "FR");
    assert_int_equal(dp_demonym_find(m, "americaines", 11, &c), 0);
    assert_string_equal(c.cc2, "US");
    assert_int_equal(dp_demonym_find(m, "ricaines", 8, &c), 0);   /* demonyms.tsv */
    assert_string_equal(c.cc2, "US");
    assert_int_equal(dp_demonym_find(m, "kurde", 5, &c), -1);
    /* dp_country_cc3: alpha-2 (a table made at open) or alpha-3, any case */
    char cc3[4];
    assert_int_equal(dp_country_cc3(m, "IQ", cc3), 0);
    assert_string_equal(cc3, "IRQ");
    assert_int_equal(dp_country_cc3(m, "fr", cc3), 0);
    assert_string_equal(cc3, "FRA");
    assert_int_equal(dp_country_cc3(m, "Us", cc3), 0);
    assert_string_equal(cc3, "USA");
    assert_int_equal(dp_country_cc3(m, "irq", cc3), 0);
    assert_string_equal(cc3, "IRQ");
    memcpy(cc3, "---", 4);
    assert_int_equal(dp_country_cc3(m, "XX", cc3), -1);
    assert_int_equal(dp_country_cc3(m, "I1", cc3), -1);
    assert_int_equal(dp_country_cc3(m, "I", cc3), -1);
    assert_int_equal(dp_country_cc3(m, "IRAQ", cc3), -1);
    assert_int_equal(dp_country_cc3(m, "", cc3), -1);
    assert_string_equal(cc3, "---");              /* untouched when not found */
    dp_model_close(m);
}

static void test_lexicon(void **state)
{
    (void)state;
    dp_model *m = S_open();
    dp_lex_entry e[8];
    size_t n = dp_lex_find(m, "lancé", strlen("lancé"), e, 8);
    assert_int_equal(n, 3);                         /* the duplicate line is merged */
    assert_string_equal(e[0].lemma, "lancer");
    assert_string_equal(e[0].pos, "v");
    assert_string_equal(e[0].feats, "Kms");
    assert_string_equal(e[2].pos, "nc");
    assert_int_equal(dp_lex_find(m, "lance", 5, e, 8), 0);   /* accents matter */
    assert_int_equal(dp_lex_find(m, "a", 1, e, 8), 2);
    n = dp_lex_find(m, "à", strlen("à"), e, 8);
    assert_int_equal(n, 1);
    assert_string_equal(e[0].pos, "prep");
    assert_string_equal(e[0].feats, "");
    n = dp_lex_find(m, "paris", 5, e, 8);           /* Paris and paris merged */
    assert_int_equal(n, 2);
    assert_int_equal(dp_lex_find(m, "paris", 5, e, 1), 2);
    dp_model_close(m);
}

static void test_dicts(void **state)
{
    (void)state;
    dp_model *m = S_open();
    const char *v[8];
    assert_int_equal(dp_dict_find(m, "triggers", "attaque", 7, v, 8), 2);
    assert_string_equal(v[0], "ATTACK\t190");
    assert_string_equal(v[1], "ASSAULT\t180");
    char k[64];
    size_t kl = dp_fold("attentat à la bombe", strlen("attentat à la bombe"), k, sizeof k);
    assert_int_equal(dp_dict_find(m, "triggers", k, kl, v, 8), 1);
    assert_string_equal(v[0], "BOMB");
    assert_int_equal(dp_dict_find(m, "triggers", "etat islamique", 14, v, 8), 1);
    assert_string_equal(v[0], "ORG");
    assert_int_equal(dp_dict_find(m, "triggers", "frappe aerienne", 15, v, 8), 1);
    assert_string_equal(v[0], "ATTACK");
    /* a set table: a key alone, its value empty */
    assert_int_equal(dp_dict_find(m, "seats", "tribunal", 8, v, 8), 1);
    assert_string_equal(v[0], "");
    assert_int_equal(dp_dict_find(m, "seats", "attaque", 7, v, 8), 0);
    assert_int_equal(dp_dict_has_prefix(m, "triggers", "attentat", 8), 1);
    assert_int_equal(dp_dict_has_prefix(m, "triggers", "attentat a la", 13), 1);
    assert_int_equal(dp_dict_has_prefix(m, "triggers", "attaque", 7), 0);
    assert_int_equal(dp_dict_has_prefix(m, "triggers", "frappe", 6), 1);
    assert_int_equal(dp_dict_find(m, "other", "mossoul", 7, v, 8), 1);
    assert_string_equal(v[0], "city");
    /* dictionaries are separate */
    assert_int_equal(dp_dict_find(m, "other", "attaque", 7, v, 8), 0);
    assert_int_equal(dp_dict_find(m, "triggers", "mossoul", 7, v, 8), 0);
    assert_int_equal(dp_dict_has_prefix(m, "other", "attentat", 8), 0);
    /* the special files are not dictionaries; unknown names are empty */
    assert_int_equal(dp_dict_find(m, "places_fr", "ninive", 6, v, 8), 0);
    assert_int_equal(dp_dict_find(m, "demonyms", "ricain", 6, v, 8), 0);
    assert_int_equal(dp_dict_find(m, "nosuch", "attaque", 7, v, 8), 0);
    assert_int_equal(dp_dict_find(m, NULL, "attaque", 7, v, 8), 0);
    dp_model_close(m);
}

/* The same lookups through handles; dp_dict_any_starts on raw bytes.    */
static void test_dict_handles(void **state)
{
    (void)state;
    dp_model *m = S_open();
    const char *v[8];
    const dp_dict *t = dp_dict_get(m, "triggers"), *o = dp_dict_get(m, "other");
    assert_non_null(t);
    assert_non_null(o);
    assert_ptr_not_equal(t, o);
    assert_null(dp_dict_get(m, "nosuch"));
    assert_null(dp_dict_get(m, NULL));
    assert_int_equal(dp_dict_find_in(m, t, "attaque", 7, v, 8), 2);
    assert_string_equal(v[1], "ASSAULT\t180");
    assert_int_equal(dp_dict_find_in(m, o, "attaque", 7, v, 8), 0);
    assert_int_equal(dp_dict_find_in(m, NULL, "attaque", 7, v, 8), 0);
    assert_int_equal(dp_dict_has_prefix_in(m, t, "frappe", 6), 1);
    assert_int_equal(dp_dict_has_prefix_in(m, t, "attaque", 7), 0);
    assert_int_equal(dp_dict_has_prefix_in(m, NULL, "frappe", 6), 0);
    /* any continuation: "attentat a la bombe", "etat islamique" */
    assert_int_equal(dp_dict_any_starts(m, t, "attent", 6), 1);
    assert_int_equal(dp_dict_any_starts(m, t, "etat isl", 8), 1);
    assert_int_equal(dp_dict_any_starts(m, t, "attaque", 7), 1);     /* the key itself */
    assert_int_equal(dp_dict_any_starts(m, t, "attaquer", 8), 0);
    assert_int_equal(dp_dict_any_starts(m, t, "mossoul", 7), 0);
    assert_int_equal(dp_dict_any_starts(m, o, "moss", 4), 1);
    assert_int_equal(dp_dict_any_starts(m, NULL, "moss", 4), 0);
    dp_model_close(m);
}

/* The _hv lookups: with the key's dp_key_hash the answers of the plain
 * ones, one hash serving every table (dictionaries, demonyms, gazetteer). */
static void test_key_hash(void **state)
{
    (void)state;
    dp_model *m = S_open();
    const char *v[8];
    uint32_t ids[8];
    dp_country c;
    const dp_dict *t = dp_dict_get(m, "triggers"), *o = dp_dict_get(m, "other");
    uint64_t ha = dp_key_hash("attaque", 7), hf = dp_key_hash("frappe", 6),
             hm = dp_key_hash("mossoul", 7), hi = dp_key_hash("irakiennes", 10),
             hp = dp_key_hash("paris", 5);
    assert_true(ha != hf && ha != hm && hf != hm);
    assert_true(dp_key_hash("attaque", 7) == ha);                /* the same each time */
    assert_true(dp_key_hash("attaquer", 7) == ha);               /* only LEN bytes */
    assert_int_equal(dp_dict_find_hv(m, t, "attaque", 7, ha, v, 8), 2);
    assert_string_equal(v[1], "ASSAULT\t180");
    assert_int_equal(dp_dict_find_hv(m, o, "attaque", 7, ha, v, 8), 0);
    assert_int_equal(dp_dict_find_hv(m, NULL, "attaque", 7, ha, v, 8), 0);
    assert_int_equal(dp_dict_find_hv(m, o, "mossoul", 7, hm, v, 8), 1);
    assert_string_equal(v[0], "city");
    assert_int_equal(dp_dict_has_prefix_hv(m, t, "frappe", 6, hf), 1);
    assert_int_equal(dp_dict_has_prefix_hv(m, t, "attaque", 7, ha), 0);
    assert_int_equal(dp_dict_has_prefix_hv(m, NULL, "frappe", 6, hf), 0);
    assert_int_equal(dp_demonym_find_hv(m, "irakiennes", 10, hi, &c), 0);
    assert_string_equal(c.cc2, "IQ");
    assert_int_equal(dp_demonym_find_hv(m, "mossoul", 7, hm, &c), -1);
    assert_int_equal(dp_gaz_find_hv(m, "paris", 5, hp, ids, 8), 4);
    assert_int_equal(dp_gaz_find_hv(m, "mossoul", 7, hm, ids, 8), 1);
    assert_int_equal(dp_gaz_find_hv(m, "attaque", 7, ha, ids, 8), 0);
    assert_int_equal(dp_gaz_has_prefix_hv(m, "paris", 5, hp),
                     dp_gaz_has_prefix(m, "paris", 5));
    /* a wrong hash finds nothing (the probe starts elsewhere) */
    assert_int_equal(dp_dict_find_hv(m, t, "attaque", 7, hf, v, 8), 0);
    dp_model_close(m);
}

static void test_open_misc(void **state)
{
    (void)state;
    dp_model *m = NULL;
    assert_int_equal(dp_model_open("/nonexistent/depeche.model", &m), DP_ERR_IO);
    assert_non_null(m);
    assert_non_null(strstr(dp_model_errmsg(m), "/nonexistent/depeche.model"));
    /* a failed handle answers every lookup with nothing */
    uint32_t ids[2];
    assert_int_equal(dp_gaz_find(m, "paris", 5, ids, 2), 0);
    assert_int_equal(dp_gaz_count(m), 0);
    dp_model_close(m);
    assert_int_equal(dp_model_open("/", &m), DP_ERR_IO);
    dp_model_close(m);
    setenv("DEPECHE_MODEL", G_model, 1);
    assert_int_equal(dp_model_open(NULL, &m), DP_OK);
    assert_string_equal(dp_model_errmsg(m), "");
    assert_non_null(strstr(dp_model_describe(m), "format 2"));
    assert_non_null(strstr(dp_model_describe(m), "cities500.txt"));
    dp_model_close(m);
    unsetenv("DEPECHE_MODEL");
    assert_int_equal(dp_model_open(NULL, NULL), DP_ERR_ARG);
    dp_model_close(NULL);
    /* NULL model: lookups are harmless */
    assert_int_equal(dp_gaz_find(NULL, "paris", 5, ids, 2), 0);
    assert_int_equal(dp_gaz_has_prefix(NULL, "paris", 5), 0);
    assert_int_equal(dp_lex_find(NULL, "a", 1, NULL, 0), 0);
}

/* Writes LEN bytes of BUF as the bad model and opens it; returns the
 * status, after exercising every lookup when the open succeeded.          */
static dp_status S_try(const unsigned char *buf, size_t len)
{
    FILE *f = fopen(G_bad, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(buf, 1, len, f), len);
    fclose(f);
    dp_model *m = NULL;
    dp_status st = dp_model_open(G_bad, &m);
    assert_non_null(m);
    if (st != DP_OK) {
        assert_true(st == DP_ERR_FORMAT || st == DP_ERR_IO);
        assert_true(strlen(dp_model_errmsg(m)) > 0);
    }
    static const char *keys[] = { "paris", "mossoul", "baghdad", "irak", "a", "lancé",
                                  "attaque", "attentat", "irakiens", "", "zzzz" };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        const char *k = keys[i];
        size_t n = strlen(k);
        uint32_t ids[16];
        dp_gaz_rec r;
        size_t c = dp_gaz_find(m, k, n, ids, 16);
        for (size_t j = 0; j < c && j < 16; j++)
            if (dp_gaz_get(m, ids[j], &r) == 0) (void)strlen(r.name), (void)strlen(r.admin1_name);
        (void)dp_gaz_has_prefix(m, k, n);
        dp_country co;
        if (dp_demonym_find(m, k, n, &co) == 0) (void)strlen(co.name_fr);
        (void)dp_country_get(m, "IQ", &co);
        dp_lex_entry e[8];
        c = dp_lex_find(m, k, n, e, 8);
        for (size_t j = 0; j < c && j < 8; j++)
            (void)(strlen(e[j].lemma) + strlen(e[j].pos) + strlen(e[j].feats));
        const char *v[8];
        c = dp_dict_find(m, "triggers", k, n, v, 8);
        for (size_t j = 0; j < c && j < 8; j++) (void)strlen(v[j]);
        (void)dp_dict_has_prefix(m, "triggers", k, n);
    }
    (void)strlen(dp_model_describe(m));
    dp_model_close(m);
    return st;
}

static void S_fix_checksum(unsigned char *b, size_t n)
{
    uint64_t s = dpm_checksum(b + DPM_CRC_FROM, n - DPM_CRC_FROM);
    for (int k = 0; k < 8; k++) b[24 + k] = (unsigned char)(s >> (8 * k));
}

static void test_truncated(void **state)
{
    (void)state;
    assert_int_equal(S_try(G_bytes, G_size), DP_OK);
    size_t step = G_size / 300 + 1;
    for (size_t len = 0; len < G_size; len += (len < 1100 ? 1 : step))
        assert_int_not_equal(S_try(G_bytes, len), DP_OK);
    /* padded: the size no longer matches the header */
    unsigned char *b = malloc(G_size + 8);
    memcpy(b, G_bytes, G_size);
    memset(b + G_size, 0, 8);
    assert_int_equal(S_try(b, G_size + 8), DP_ERR_FORMAT);
    free(b);
}

static void test_flipped(void **state)
{
    (void)state;
    unsigned char *b = malloc(G_size);
    /* every byte of the header and section table, each bit pattern 0xFF:
     * refused (the checksum, or a check of its own) */
    memcpy(b, G_bytes, G_size);
    uint32_t nsect = b[12] | (uint32_t)b[13] << 8;
    size_t hdr = DPM_SECT_TABLE + nsect * DPM_SECT_ENTRY;
    for (size_t i = 0; i < hdr; i++) {
        if (i >= DPM_DATE_AT && i < DPM_SECT_TABLE) continue;   /* free text */
        memcpy(b, G_bytes, G_size);
        b[i] ^= 0xFF;
        assert_int_not_equal(S_try(b, G_size), DP_OK);
    }
    /* the same with a repaired checksum: version, count and size are
     * refused; in the section table the structural checks must catch what
     * the checksum no longer does, or the lookups must stay in bounds     */
    for (size_t i = 8; i < hdr; i++) {
        if (i == 24) i = DPM_SECT_TABLE;
        memcpy(b, G_bytes, G_size);
        b[i] ^= 0x80;
        S_fix_checksum(b, G_size);
        dp_status st = S_try(b, G_size);
        if (i < 24) assert_int_not_equal(st, DP_OK);
    }
    /* the payload: flip bytes all over with a repaired checksum */
    for (size_t i = hdr; i < G_size; i += 3) {
        memcpy(b, G_bytes, G_size);
        b[i] ^= (unsigned char)(0x5A + i);
        S_fix_checksum(b, G_size);
        (void)S_try(b, G_size);
    }
    /* a bad checksum alone */
    memcpy(b, G_bytes, G_size);
    b[G_size - 1] ^= 1;
    assert_int_equal(S_try(b, G_size), DP_ERR_FORMAT);
    free(b);
}

static void test_version(void **state)
{
    (void)state;
    unsigned char *b = malloc(G_size);
    memcpy(b, G_bytes, G_size);
    b[8] = 9;
    FILE *f = fopen(G_bad, "wb");
    fwrite(b, 1, G_size, f);
    fclose(f);
    dp_model *m;
    assert_int_equal(dp_model_open(G_bad, &m), DP_ERR_FORMAT);
    assert_non_null(strstr(dp_model_errmsg(m), "version 9"));
    dp_model_close(m);
    memcpy(b, G_bytes, G_size);
    b[0] = 'X';
    assert_int_equal(S_try(b, G_size), DP_ERR_FORMAT);
    free(b);
}

/* Little-endian u32 access to a copy of the model. */
static uint32_t S_get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}
static void S_put32(unsigned char *p, uint32_t v)
{
    for (int k = 0; k < 4; k++) p[k] = (unsigned char)(v >> (8 * k));
}

/* Offset of section NAME in the fixture model, its size in *SIZE and the
 * position of its section-table entry in *ENTRY.                          */
static size_t S_section(const char *name, size_t *size, size_t *entry)
{
    uint32_t nsect = S_get32(G_bytes + 12);
    for (uint32_t s = 0; s < nsect; s++) {
        const unsigned char *e = G_bytes + DPM_SECT_TABLE + (size_t)s * DPM_SECT_ENTRY;
        if (strcmp((const char *)e, name) != 0) continue;
        *size = S_get32(e + 24);
        if (entry) *entry = (size_t)(e - G_bytes);
        return S_get32(e + 16);
    }
    fail_msg("section %s missing", name);
    return 0;
}

/* Writes B (a corrupted copy of the model) with a repaired checksum and
 * opens it: the structural checks of the hash tables must refuse it.     */
static void S_refused(unsigned char *b, const char *why)
{
    S_fix_checksum(b, G_size);
    dp_status st = S_try(b, G_size);
    if (st != DP_ERR_FORMAT) fail_msg("accepted: %s", why);
}

/* The hash tables (X.hash): every slot in range, each key once, a power
 * of two at least twice the keys; dict.dir's slot ranges in bounds.  The
 * prefix tables (X.pfx): every slot in range, at most half used.         */
static void test_hash_sections(void **state)
{
    (void)state;
    static const char *names[] = { "gaz.hash", "dem.hash", "lex.hash", "dict.hash" };
    unsigned char *b = malloc(G_size);
    for (size_t t = 0; t < 4; t++) {
        size_t size, entry, off = S_section(names[t], &size, &entry);
        size_t nslots = size / DPM_SLOT, full = nslots, empty = nslots;
        assert_true(size % DPM_SLOT == 0 && nslots > 0);
        for (size_t j = 0; j < nslots; j++) {
            if (S_get32(G_bytes + off + j * DPM_SLOT)) { if (full == nslots) full = j; }
            else if (empty == nslots) empty = j;
        }
        assert_true(full < nslots && empty < nslots);
        unsigned char *fs = b + off + full * DPM_SLOT, *es = b + off + empty * DPM_SLOT;
        /* a key index out of range */
        memcpy(b, G_bytes, G_size);
        S_put32(fs, 0x7FFFFFF0u);
        S_refused(b, "slot out of range");
        memcpy(b, G_bytes, G_size);
        S_put32(fs, 0xFFFFFFFFu);
        S_refused(b, "slot 0xFFFFFFFF");
        /* a key twice */
        memcpy(b, G_bytes, G_size);
        memcpy(es, fs, DPM_SLOT);
        S_refused(b, "duplicate key");
        /* a key missing */
        memcpy(b, G_bytes, G_size);
        S_put32(fs, 0);
        S_refused(b, "missing key");
        /* every slot filled: no probe would end */
        memcpy(b, G_bytes, G_size);
        for (size_t j = 0; j < nslots; j++)
            if (!S_get32(b + off + j * DPM_SLOT)) memcpy(b + off + j * DPM_SLOT, fs, DPM_SLOT);
        S_refused(b, "full table");
        /* a wrong tag: accepted, lookups stay in bounds (S_try runs them) */
        memcpy(b, G_bytes, G_size);
        S_put32(fs + 4, S_get32(fs + 4) ^ 0x5A5A5A5Au);
        S_fix_checksum(b, G_size);
        (void)S_try(b, G_size);
        /* section sizes: one slot less (not a power of two, or the
         * dictionaries' ranges out of bounds), an empty section          */
        memcpy(b, G_bytes, G_size);
        S_put32(b + entry + 24, (uint32_t)(size - DPM_SLOT));
        S_refused(b, "one slot less");
        memcpy(b, G_bytes, G_size);
        S_put32(b + entry + 24, 0);
        S_refused(b, "empty hash section");
    }
    static const char *pnames[] = { "gaz.pfx", "dict.pfx" };
    for (size_t t = 0; t < 2; t++) {
        size_t size, entry, off = S_section(pnames[t], &size, &entry);
        size_t nslots = size / DPM_SLOT;
        assert_true(size % DPM_SLOT == 0 && nslots > 0);
        /* a key index out of range, in every slot in turn (a few) */
        for (size_t j = 0; j < nslots && j < 64; j++) {
            memcpy(b, G_bytes, G_size);
            S_put32(b + off + j * DPM_SLOT, 0xFFFFFFF0u);
            S_refused(b, "prefix slot out of range");
        }
        /* every slot filled (with key 0, in range): no probe would end */
        memcpy(b, G_bytes, G_size);
        for (size_t j = 0; j < nslots; j++) S_put32(b + off + j * DPM_SLOT, 1);
        S_refused(b, "full prefix table");
        memcpy(b, G_bytes, G_size);
        S_put32(b + entry + 24, (uint32_t)(size - DPM_SLOT));
        S_refused(b, "prefix table one slot less");
        memcpy(b, G_bytes, G_size);
        S_put32(b + entry + 24, 0);
        S_refused(b, "empty prefix section");
    }
    /* dict.dir: slot ranges and sizes of each dictionary's tables */
    size_t dsize, doff = S_section("dict.dir", &dsize, NULL), hsize;
    size_t psize;
    (void)S_section("dict.hash", &hsize, NULL);
    (void)S_section("dict.pfx", &psize, NULL);
    assert_true(dsize >= DPM_DICT_DIR && dsize % DPM_DICT_DIR == 0);
    for (size_t d = 0; d < dsize / DPM_DICT_DIR; d++) {
        unsigned char *e = b + doff + d * DPM_DICT_DIR;
        const unsigned char *e0 = G_bytes + doff + d * DPM_DICT_DIR;
        uint32_t slots = S_get32(e0 + 16);
        for (size_t at = 12; at <= 20; at += 8) {      /* dict.hash, dict.pfx */
            size_t total = at == 12 ? hsize / DPM_SLOT : psize / DPM_SLOT;
            static const uint32_t bad_first[] = { 0xFFFFFFFFu, 0x7FFFFFFFu, 1 };
            for (size_t k = 0; k < 3; k++) {
                memcpy(b, G_bytes, G_size);
                S_put32(e + at, bad_first[k] == 1 ? (uint32_t)total : bad_first[k]);
                S_refused(b, "dictionary slot range");
            }
            static const uint32_t bad_size[] = { 0, 3, 0x80000000u };
            for (size_t k = 0; k < 3; k++) {
                memcpy(b, G_bytes, G_size);
                S_put32(e + at + 4, bad_size[k]);
                S_refused(b, "dictionary table size");
            }
        }
        if (slots > 1) {      /* half the table: keys lost, or load > 1/2 */
            memcpy(b, G_bytes, G_size);
            S_put32(e + 16, slots / 2);
            S_refused(b, "dictionary table halved");
        }
    }
    free(b);
}

/* Writes TEXT to DIR/NAME; the path into PATH (CAP bytes).               */
static void S_write(const char *dir, const char *name, const char *text, char *path, size_t cap)
{
    snprintf(path, cap, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A line of the last mkmodel's messages holds A and B.                    */
static int S_said(const char *a, const char *b)
{
    char log[600], line[1024];
    snprintf(log, sizeof log, "%s/mkmodel.log", G_tmpdir);
    FILE *f = fopen(log, "r");
    assert_non_null(f);
    int said = 0;
    while (!said && fgets(line, sizeof line, f)) said = strstr(line, a) && strstr(line, b);
    fclose(f);
    if (!said) fprintf(stderr, "no line with '%s' and '%s' in %s\n", a, b, log);
    return said;
}

static void test_mkmodel_errors(void **state)
{
    (void)state;
    char dir[512], path[600], out[600], cmd[1300];
    snprintf(dir, sizeof dir, "%s/badlex", G_tmpdir);
    snprintf(out, sizeof out, "%s/never.model", G_tmpdir);
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    assert_int_equal(system(cmd), 0);
    static const char *bad[][2] = {
        { "x.tsv", "ok\tvalue\n\tno key\n" },
        { "places_fr.tsv", "Nulle part\t999999999,1\n" },
        { "places_fr.tsv", "Nulle part\tZZ\n" },
        { "places_fr.tsv", "Nulle part\tIQ.99\n" },
        { "places_fr.tsv", "Nulle part\t91,0,IQ,H,STM\n" },
        { "places_fr.tsv", "sans cible\n" },
        { "demonyms.tsv", "zorglub\tZZ\n" },
        { "x.tsv", "bad \xff utf8\tv\n" },
        /* a table read for its values: a key alone, or a TAB and nothing */
        { "idioms.tsv", "sans peine\tpeine\na la peine\n" },
        { "x.tsv", "cle\t1\nautre\t \n" },
        /* a set table: no value */
        { "seats.tsv", "tribunal\ncour\tjustice\n" },
        /* nine lines for one key (accents folded): a look-up reads eight */
        { "x.tsv", "cle\t1\ncle\t2\nclé\t3\ncle\t4\nCle\t5\ncle\t6\ncle\t7\ncle\t8\ncle\t9\n" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        snprintf(cmd, sizeof cmd, "rm -f %s/*.tsv", dir);
        assert_int_equal(system(cmd), 0);
        S_write(dir, bad[i][0], bad[i][1], path, sizeof path);
        assert_int_not_equal(S_build(dir, out), 0);
        assert_int_not_equal(access(out, F_OK), 0);      /* no output left */
        assert_true(S_said(bad[i][0], ""));              /* the message names file:line */
    }
}

/* An unknown "@name" word set in a REQUIRE of triggers.tsv is refused with
 * the file, the line and the name; a known one compiles.                  */
static void test_mkmodel_word_sets(void **state)
{
    (void)state;
    char dir[512], path[600], out[600], cmd[1300], line[300], want[1000];
    snprintf(dir, sizeof dir, "%s/setlex", G_tmpdir);
    snprintf(out, sizeof out, "%s/sets.model", G_tmpdir);
    snprintf(cmd, sizeof cmd, "mkdir -p %s", dir);
    assert_int_equal(system(cmd), 0);
    static const struct { const char *req, *said; } cases[] = {
        { "farpara:@brume", NULL },
        { "passive&either:armed;not:near:@brume", NULL },
        { "farpara:@brumes", "unknown word set '@brumes'" },
        { "passive&either:armed;not:near:@brme", "unknown word set '@brme'" },
        { "object:@brume", "only as the whole word list" },
        { "near:grele|@brume", "only as the whole word list" },
        { "near:@Brume", "bad word set name 'Brume'" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        S_write(dir, "word_sets.tsv", "# sets\nbrume\tbrouillard|brume epaisse\n", path, sizeof path);
        snprintf(line, sizeof line, "# triggers\n\nzorgler\tverb\tASSAULT\t190\t-\t-\t-\t-\tobj\t-\t%s\n",
                 cases[i].req);
        S_write(dir, "triggers.tsv", line, path, sizeof path);
        remove(out);
        int rc = S_build(dir, out);
        if (!cases[i].said) {
            assert_int_equal(rc, 0);
            continue;
        }
        assert_int_not_equal(rc, 0);
        assert_int_not_equal(access(out, F_OK), 0);      /* no output left */
        snprintf(want, sizeof want, "%s:3: REQUIRE '%s': ", path, cases[i].req);   /* file:line */
        assert_true(S_said(want, cases[i].said));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gazetteer),
        cmocka_unit_test(test_places_fr),
        cmocka_unit_test(test_countries),
        cmocka_unit_test(test_lexicon),
        cmocka_unit_test(test_dicts),
        cmocka_unit_test(test_dict_handles),
        cmocka_unit_test(test_key_hash),
        cmocka_unit_test(test_open_misc),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_flipped),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_hash_sections),
        cmocka_unit_test(test_mkmodel_errors),
        cmocka_unit_test(test_mkmodel_word_sets),
    };
    return cmocka_run_group_tests_name("model", tests, S_setup, S_teardown);
}
