/*
 * modelq.c -- a small debugging front end for the compiled model: prints
 * what the runtime lookups return for a word, and times dp_model_open.
 *
 *   modelq [-m MODEL] info
 *   modelq [-m MODEL] gaz WORDS...       places (key folded like the text)
 *   modelq [-m MODEL] dem WORD           demonym -> country
 *   modelq [-m MODEL] cty CODE           country by ISO code
 *   modelq [-m MODEL] lex WORD           Lefff analyses (key lowercased)
 *   modelq [-m MODEL] dict NAME WORDS... dictionary values
 *
 * Build: cc -std=c11 -D_GNU_SOURCE -Iinclude -Isrc/core -Isrc tools/modelq.c
 *        build/libdepeche.a -lutf8proc -ljansson -lsqlite3 -lz -lzstd -lm
 *        -lpthread -o build/modelq
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model/model.h"
#include "text/text.h"

static double S_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static double S_cpu(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void S_gaz(const dp_model *m, const char *w)
{
    char k[512];
    size_t kl = dp_fold(w, strlen(w), k, sizeof k);
    uint32_t ids[8];
    size_t n = dp_gaz_find(m, k, kl, ids, 8);
    printf("gaz '%s' (%s): %zu found, prefix=%d\n", w, k, n, dp_gaz_has_prefix(m, k, kl));
    for (size_t i = 0; i < n && i < 8; i++) {
        dp_gaz_rec r;
        dp_gaz_get(m, ids[i], &r);
        printf("  #%u gid=%u %s [%s %c %s %s/%s] %.4f,%.4f pop=%u\n", ids[i],
               r.geonameid, r.name, r.cc, r.fclass ? r.fclass : '-', r.fcode,
               r.admin1, r.admin1_name, r.lat, r.lon, r.population);
    }
}

static void S_cty(const dp_country *c)
{
    printf("  %s %s %s %.2f,%.2f gaz=%u\n", c->cc2, c->cc3, c->name_fr, c->lat, c->lon, c->gaz);
}

int main(int argc, char **argv)
{
    const char *path = NULL;
    int a = 1;
    if (a + 1 < argc && !strcmp(argv[a], "-m")) { path = argv[a + 1]; a += 2; }
    if (a >= argc) { fprintf(stderr, "usage: see tools/modelq.c\n"); return 2; }
    dp_model *m;
    double t0 = S_now();
    dp_status st = dp_model_open(path, &m);
    double t1 = S_now();
    if (st != DP_OK) {
        fprintf(stderr, "modelq: %s\n", dp_model_errmsg(m));
        dp_model_close(m);
        return 1;
    }
    const char *cmd = argv[a++];
    if (!strcmp(cmd, "info")) {
        printf("%s\nopen: %.2f ms\n", dp_model_describe(m), (t1 - t0) * 1e3);
        /* 20 more opens: the fastest wall time and the CPU time per open  */
        double best = 1e9, c0 = S_cpu();
        for (int i = 0; i < 20; i++) {
            dp_model *m2;
            double ta = S_now();
            dp_model_open(path, &m2);
            double tb = S_now();
            dp_model_close(m2);
            if (tb - ta < best) best = tb - ta;
        }
        printf("reopen x20: best %.2f ms wall, %.2f ms CPU each\n", best * 1e3,
               (S_cpu() - c0) / 20 * 1e3);
    } else if (!strcmp(cmd, "gaz")) {
        for (; a < argc; a++) S_gaz(m, argv[a]);
    } else if (!strcmp(cmd, "dem") || !strcmp(cmd, "cty")) {
        for (; a < argc; a++) {
            dp_country c;
            char k[512];
            size_t kl = dp_fold(argv[a], strlen(argv[a]), k, sizeof k);
            int r = !strcmp(cmd, "dem") ? dp_demonym_find(m, k, kl, &c)
                                        : dp_country_get(m, argv[a], &c);
            printf("%s '%s': %s\n", cmd, argv[a], r ? "not found" : "");
            if (!r) S_cty(&c);
        }
    } else if (!strcmp(cmd, "lex")) {
        for (; a < argc; a++) {
            char k[512];
            size_t kl = dp_lower(argv[a], strlen(argv[a]), k, sizeof k);
            dp_lex_entry e[16];
            size_t n = dp_lex_find(m, k, kl, e, 16);
            printf("lex '%s': %zu\n", k, n);
            for (size_t i = 0; i < n && i < 16; i++)
                printf("  %s %s %s\n", e[i].lemma, e[i].pos, e[i].feats);
        }
    } else if (!strcmp(cmd, "dict") && a < argc) {
        const char *name = argv[a++];
        for (; a < argc; a++) {
            char k[512];
            size_t kl = dp_fold(argv[a], strlen(argv[a]), k, sizeof k);
            const char *v[16];
            size_t n = dp_dict_find(m, name, k, kl, v, 16);
            printf("dict %s '%s': %zu, prefix=%d\n", name, k, n,
                   dp_dict_has_prefix(m, name, k, kl));
            for (size_t i = 0; i < n && i < 16; i++) printf("  [%s]\n", v[i]);
        }
    } else {
        fprintf(stderr, "modelq: unknown command %s\n", cmd);
    }
    dp_model_close(m);
    return 0;
}
