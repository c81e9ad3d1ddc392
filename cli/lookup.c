/*
 * lookup.c -- `depeche lookup` (what the compiled model knows of a word or
 * a name: gazetteer candidates, country, demonym, Lefff analyses,
 * dictionary hits) and `depeche model info` (sources, versions, counts,
 * dictionaries, open time).  A thin front end over src/model/model.h and
 * the text layer's keys (dp_fold, dp_lower); it replaces tools/modelq.
 */
#include "cli.h"
#include "model/model.h"
#include "text/text.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define S_KEY_MAX   512   /* longest folded query kept                   */
#define S_MAX_CANDS 10    /* gazetteer candidates shown per key          */
#define S_MAX_VALS  16    /* analyses / dictionary values shown          */

/* Arabic and French articles tried before or without a place name.      */
static const char *const S_articles[] = { "al-", "el-", "al ", "el ",
                                          "le ", "la ", "les ", "l'" };
#define S_NART (sizeof S_articles / sizeof *S_articles)

static double S_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* Opens the model and reports how long that took, in ms.                */
static dp_model *S_open(const cli_opts *o, double *ms)
{
    double t0 = S_now();
    dp_model *m = cli_open_model(o);
    *ms = (S_now() - t0) * 1e3;
    return m;
}

static int S_emit(json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
    json_decref(j);
    if (!s) { cli_error(NULL, 0, "out of memory"); return -1; }
    int w = cli_write(stdout, s, strlen(s));
    if (w == 0) w = cli_write(stdout, "\n", 1);
    free(s);
    return w;
}

/* ---- lookup: the keys tried ------------------------------------------------ */
/* The folded keys of a query: itself, then without its leading article,
 * or with each article put before it.  Returns how many (distinct).     */
static size_t S_variants(const char *key, char out[][S_KEY_MAX], size_t max)
{
    size_t n = 0, kl = strlen(key);
    snprintf(out[n++], S_KEY_MAX, "%s", key);
    int had = 0;
    for (size_t a = 0; a < S_NART; a++) {
        size_t al = strlen(S_articles[a]);
        if (kl > al && !strncmp(key, S_articles[a], al)) {
            snprintf(out[n++], S_KEY_MAX, "%s", key + al);
            had = 1;
            break;
        }
    }
    for (size_t a = 0; !had && a < S_NART && n < max; a++)
        if ((size_t)snprintf(out[n], S_KEY_MAX, "%s%s", S_articles[a], key) < S_KEY_MAX) n++;
    return n;
}

/* Degrees to 5 decimals (about 1 m), so that the JSON stays short.     */
static double S_deg(float x) { return round((double)x * 1e5) / 1e5; }

static json_t *S_place(const dp_model *m, uint32_t id, const char *key)
{
    dp_gaz_rec r;
    if (dp_gaz_get(m, id, &r) != 0) return NULL;
    char fc[2] = { r.fclass, 0 };
    return json_pack("{s:s,s:s,s:I,s:s,s:s,s:s,s:s,s:I,s:f,s:f}", "key", key, "name", r.name,
                     "geonameid", (json_int_t)r.geonameid, "cc", r.cc, "admin1",
                     r.admin1_name, "fclass", fc, "fcode", r.fcode, "population",
                     (json_int_t)r.population, "lat", S_deg(r.lat), "lon", S_deg(r.lon));
}

static json_t *S_country(const dp_country *c)
{
    return json_pack("{s:s,s:s,s:s,s:f,s:f}", "cc", c->cc2, "cc3", c->cc3, "name",
                     c->name_fr, "lat", S_deg(c->lat), "lon", S_deg(c->lon));
}

/* Gazetteer candidates of every key, in rank order, each entry once; *PCL
 * gets the first independent political entity (fcode PCL*), if any.     */
static json_t *S_places(const dp_model *m, char keys[][S_KEY_MAX], size_t nk, char pcl[3])
{
    json_t *a = json_array();
    uint32_t seen[(1 + S_NART) * S_MAX_CANDS];
    size_t nseen = 0;
    for (size_t k = 0; k < nk; k++) {
        uint32_t ids[S_MAX_CANDS];
        size_t n = dp_gaz_find(m, keys[k], strlen(keys[k]), ids, S_MAX_CANDS);
        for (size_t i = 0; i < n && i < S_MAX_CANDS; i++) {
            dp_gaz_rec r;
            size_t s = 0;
            while (s < nseen && seen[s] != ids[i]) s++;
            if (s < nseen || nseen == sizeof seen / sizeof *seen) continue;
            seen[nseen++] = ids[i];
            if (!pcl[0] && dp_gaz_get(m, ids[i], &r) == 0 && !strncmp(r.fcode, "PCL", 3))
                memcpy(pcl, r.cc, 3);
            json_array_append_new(a, S_place(m, ids[i], keys[k]));
        }
    }
    return a;
}

/* The country a query names: an ISO code written in capitals ("IQ",
 * "IRQ"), else the country of its first PCL* gazetteer candidate.        */
static json_t *S_country_of(const dp_model *m, const char *q, const char *pcl)
{
    dp_country c;
    size_t n = strlen(q), caps = 0;
    for (size_t i = 0; i < n; i++) caps += q[i] >= 'A' && q[i] <= 'Z';
    if ((n == 2 || n == 3) && caps == n && dp_country_get(m, q, &c) == 0)
        return S_country(&c);
    if (pcl[0] && dp_country_get(m, pcl, &c) == 0) return S_country(&c);
    return json_null();
}

static json_t *S_lefff(const dp_model *m, const char *q)
{
    char k[S_KEY_MAX];
    size_t kl = dp_lower(q, strlen(q), k, sizeof k);
    dp_lex_entry e[S_MAX_VALS];
    size_t n = kl < sizeof k ? dp_lex_find(m, k, kl, e, S_MAX_VALS) : 0;
    json_t *a = json_array();
    for (size_t i = 0; i < n && i < S_MAX_VALS; i++)
        json_array_append_new(a, json_pack("{s:s,s:s,s:s}", "lemma", e[i].lemma, "pos",
                                           e[i].pos, "feats", e[i].feats));
    return a;
}

static json_t *S_dicts(const dp_model *m, const char *key)
{
    json_t *o = json_object();
    for (size_t d = 0; d < dp_dict_count(m); d++) {
        const char *name = dp_dict_name(m, d, NULL), *v[S_MAX_VALS];
        size_t n = dp_dict_find(m, name, key, strlen(key), v, S_MAX_VALS);
        if (!n) continue;
        json_t *a = json_array();
        for (size_t i = 0; i < n && i < S_MAX_VALS; i++) json_array_append_new(a, json_string(v[i]));
        json_object_set_new(o, name, a);
    }
    return o;
}

/* Everything the model knows of query Q, as one JSON object.             */
static json_t *S_query(const dp_model *m, const char *q)
{
    char keys[1 + S_NART][S_KEY_MAX], pcl[3] = "";
    size_t kl = dp_fold(q, strlen(q), keys[0], S_KEY_MAX);
    if (kl >= S_KEY_MAX) keys[0][0] = 0;
    char key[S_KEY_MAX];
    memcpy(key, keys[0], S_KEY_MAX);
    size_t nk = key[0] ? S_variants(key, keys, 1 + S_NART) : 0;
    json_t *places = S_places(m, keys, nk, pcl);
    json_t *country = S_country_of(m, q, pcl);
    dp_country c;
    json_t *dem = key[0] && dp_demonym_find(m, key, strlen(key), &c) == 0 ? S_country(&c)
                                                                        : json_null();
    int found = json_array_size(places) > 0 || !json_is_null(country);
    return json_pack("{s:s,s:s,s:b,s:o,s:o,s:o,s:o,s:o}", "query", q, "key", key, "found",
                     found, "places", places, "country", country, "demonym", dem, "lefff",
                     S_lefff(m, q), "dicts", S_dicts(m, key));
}

/* ---- lookup: plain text ------------------------------------------------------ */
static void S_print_country(const char *what, json_t *c)
{
    if (json_is_null(c)) return;
    printf("  %s: %s %s %s (%.4f, %.4f)\n", what, json_string_value(json_object_get(c, "cc")),
           json_string_value(json_object_get(c, "cc3")),
           json_string_value(json_object_get(c, "name")),
           json_real_value(json_object_get(c, "lat")), json_real_value(json_object_get(c, "lon")));
}

static int S_print(json_t *j)
{
    printf("%s  [key '%s']\n", json_string_value(json_object_get(j, "query")),
           json_string_value(json_object_get(j, "key")));
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(j, "places"), i, v) {
        const char *k = json_string_value(json_object_get(v, "key"));
        printf("  place %zu: %s  geonameid %lld  %s  %s  %s  pop %lld  %.4f,%.4f%s%s\n",
               i + 1, json_string_value(json_object_get(v, "name")),
               (long long)json_integer_value(json_object_get(v, "geonameid")),
               json_string_value(json_object_get(v, "cc")),
               json_string_value(json_object_get(v, "admin1")),
               json_string_value(json_object_get(v, "fcode")),
               (long long)json_integer_value(json_object_get(v, "population")),
               json_real_value(json_object_get(v, "lat")), json_real_value(json_object_get(v, "lon")),
               strcmp(k, json_string_value(json_object_get(j, "key"))) ? "  as " : "",
               strcmp(k, json_string_value(json_object_get(j, "key"))) ? k : "");
    }
    S_print_country("country", json_object_get(j, "country"));
    S_print_country("demonym of", json_object_get(j, "demonym"));
    json_array_foreach(json_object_get(j, "lefff"), i, v)
        printf("  lefff: %s %s %s\n", json_string_value(json_object_get(v, "lemma")),
               json_string_value(json_object_get(v, "pos")),
               json_string_value(json_object_get(v, "feats")));
    const char *name;
    json_t *vals;
    json_object_foreach(json_object_get(j, "dicts"), name, vals) {
        printf("  %s:", name);
        json_array_foreach(vals, i, v) {
            char tabs[S_KEY_MAX * 2];
            snprintf(tabs, sizeof tabs, "%s", json_string_value(v));
            for (char *t = tabs; *t; t++)
                if (*t == '\t') *t = '|';
            printf("%s %s", i ? ";" : "", tabs);
        }
        printf("\n");
    }
    if (!json_is_true(json_object_get(j, "found")) && !json_array_size(json_object_get(j, "lefff")) &&
        !json_object_size(json_object_get(j, "dicts")) && json_is_null(json_object_get(j, "demonym")))
        printf("  (unknown to the model)\n");
    json_decref(j);
    return 0;
}

/* A copy of Q with each invalid UTF-8 byte made U+FFFD (JSON strings
 * must be valid UTF-8); free() it.                                       */
static char *S_repair(const char *q)
{
    size_t n = strlen(q), o = 0;
    char *r = malloc(3 * n + 1);
    if (!r) return NULL;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        i += dp_utf8_next(q + i, n - i, &cp, NULL);
        o += dp_utf8_put(cp, r + o);
    }
    r[o] = 0;
    return r;
}

static int S_answer(const dp_model *m, const char *query, int json)
{
    char *q = S_repair(query);
    json_t *j = q ? S_query(m, q) : NULL;
    free(q);
    if (!j) { cli_error(NULL, 0, "out of memory"); return -1; }
    return json ? S_emit(j) : S_print(j);
}

/* One query a line from stdin (trailing CR and blank lines ignored).     */
static int S_stdin(const dp_model *m, int json)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (rc == 0 && (n = getline(&line, &cap, stdin)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (n > 0) rc = S_answer(m, line, json);
    }
    free(line);
    return rc;
}

int cli_lookup(const cli_opts *o, char **words, int nwords)
{
    double ms;
    dp_model *m = S_open(o, &ms);
    if (!m) return CLI_USAGE;
    int rc = 0;
    for (int i = 0; i < nwords && rc == 0; i++)
        rc = !strcmp(words[i], "-") ? S_stdin(m, o->json) : S_answer(m, words[i], o->json);
    dp_model_close(m);
    if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) {
        cli_error(NULL, 0, "cannot write the output: %s", strerror(errno ? errno : EIO));
        rc = -1;
    }
    return rc ? CLI_PARTIAL : CLI_OK;
}

/* ---- model info ---------------------------------------------------------------- */
static json_t *S_info(const dp_model *m, double ms)
{
    dp_model_stats s;
    if (dp_model_stats_get(m, &s) != 0) return NULL;
    json_t *src = json_object(), *dicts = json_array();
    char buf[sizeof s.sources], *save = NULL;
    memcpy(buf, s.sources, sizeof buf);
    for (char *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
        char *eq = strchr(t, '=');
        if (!eq) continue;
        *eq = 0;
        json_object_set_new(src, t, json_string(eq + 1));
    }
    for (size_t i = 0; i < dp_dict_count(m); i++) {
        size_t n;
        const char *name = dp_dict_name(m, i, &n);
        json_array_append_new(dicts, json_pack("{s:s,s:I}", "name", name, "entries", (json_int_t)n));
    }
    return json_pack("{s:I,s:s,s:I,s:f,s:o,s:I,s:I,s:I,s:I,s:I,s:I,s:o}", "format",
                     (json_int_t)s.format, "built", s.built, "file_size", (json_int_t)s.file_size,
                     "open_ms", ms, "sources", src, "places", (json_int_t)s.places, "place_names",
                     (json_int_t)s.place_names, "countries", (json_int_t)s.countries,
                     "demonym_forms", (json_int_t)s.demonym_forms, "lefff_forms",
                     (json_int_t)s.lex_forms, "lefff_analyses", (json_int_t)s.lex_analyses,
                     "dictionaries", dicts);
}

static void S_print_info(json_t *j)
{
#define I(k) ((long long)json_integer_value(json_object_get(j, k)))
    printf("format        %lld\nbuilt         %s\nfile size     %lld bytes (%.1f MB)\n"
           "open time     %.2f ms\n", I("format"),
           json_string_value(json_object_get(j, "built")), I("file_size"),
           I("file_size") / 1e6, json_real_value(json_object_get(j, "open_ms")));
    const char *k;
    json_t *v;
    printf("sources\n");
    json_object_foreach(json_object_get(j, "sources"), k, v)
        printf("  %-12s%s\n", k, json_string_value(v));
    printf("places        %lld (%lld names)\ncountries     %lld\ndemonym forms %lld\n"
           "Lefff         %lld forms, %lld analyses\ndictionaries  %zu\n", I("places"),
           I("place_names"), I("countries"), I("demonym_forms"), I("lefff_forms"),
           I("lefff_analyses"), json_array_size(json_object_get(j, "dictionaries")));
    size_t i;
    json_array_foreach(json_object_get(j, "dictionaries"), i, v)
        printf("  %-20s%lld entries\n", json_string_value(json_object_get(v, "name")),
               (long long)json_integer_value(json_object_get(v, "entries")));
#undef I
    json_decref(j);
}

int cli_model_info(const cli_opts *o)
{
    double ms;
    dp_model *m = S_open(o, &ms);
    if (!m) return CLI_USAGE;
    json_t *j = S_info(m, ms);
    dp_model_close(m);
    if (!j) { cli_error(NULL, 0, "out of memory"); return CLI_PARTIAL; }
    if (o->json) {
        if (S_emit(j)) return CLI_PARTIAL;
    } else {
        S_print_info(j);
    }
    if (fflush(stdout) == 0 && !ferror(stdout)) return CLI_OK;
    cli_error(NULL, 0, "cannot write the output: %s", strerror(errno ? errno : EIO));
    return CLI_PARTIAL;
}
