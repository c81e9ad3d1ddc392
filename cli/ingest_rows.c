/*
 * ingest_rows.c -- the worker's share of storing a document: its rows, each
 * the statement and its parameters' values (ing_val), ready for the one
 * writer thread to bind and step.  An annotated document's rows are read
 * from the library's result as C values (include/depeche.h, "The result as
 * C values": the values its JSON holds, so the database and the JSON never
 * disagree) while the worker's handle still holds it; the strings are
 * copied into the job's pool, which lives as long as the job.  A document
 * not annotated (a duplicate, --dedup-only) gets a JSON of its metadata.
 * Schema and writer: ingest_store.c, docs/SCHEMA.md.
 */
#include "ingest.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- The job's pool of strings ---------------------------------------------- */
struct ing_chunk {
    struct ing_chunk *next;
    size_t used, cap;
    char b[];
};

void ing_pool_free(struct ing_chunk *c)
{
    while (c) {
        struct ing_chunk *n = c->next;
        free(c);
        c = n;
    }
}

/* A copy of the N bytes at S (NUL-terminated) in J's pool; NULL when memory
 * ran out (j->rows_oom).                                                 */
static char *S_keepn(ing_job *j, const char *s, size_t n)
{
    struct ing_chunk *c = j->pool;
    if (!c || c->cap - c->used < n + 1) {
        size_t cap = n + 1 > 16384 ? n + 1 : 16384;
        if (!(c = malloc(sizeof *c + cap))) { j->rows_oom = 1; return NULL; }
        c->used = 0;
        c->cap = cap;
        c->next = j->pool;
        j->pool = c;
    }
    char *p = c->b + c->used;
    memcpy(p, s, n);
    p[n] = 0;
    c->used += n + 1;
    return p;
}

static const char *S_keep(ing_job *j, dp_str v)
{
    return v.p ? S_keepn(j, v.p, v.n) : NULL;
}

/* ---- Values ------------------------------------------------------------------ */
static ing_val *S_val(ing_job *j)
{
    if (j->nrows == j->caprows) {
        size_t nc = j->caprows ? j->caprows * 2 : 256;
        ing_val *p = realloc(j->rows, nc * sizeof *p);
        if (!p) { j->rows_oom = 1; return NULL; }
        j->rows = p;
        j->caprows = nc;
    }
    return &j->rows[j->nrows++];
}

/* Starts a row of statement Q.                                           */
static void S_row(ing_job *j, int q)
{
    ing_val *v = S_val(j);
    if (v) *v = (ing_val){.kind = IV_ROW, .idx = (unsigned char)q};
}

/* Parameter I: N bytes at T, kept where they are (NULL: null).          */
static void S_bindt_n(ing_job *j, int i, const char *t, size_t n)
{
    ing_val *v = S_val(j);
    if (v) *v = (ing_val){.kind = t ? IV_TEXT : IV_NULL, .idx = (unsigned char)i, .len = (int)n, .u.s = t};
}

static void S_bindt(ing_job *j, int i, const char *t)
{
    S_bindt_n(j, i, t, t ? strlen(t) : 0);
}

/* Parameter I: a copy of V in the pool.                                  */
static void S_binds(ing_job *j, int i, dp_str v)
{
    S_bindt_n(j, i, S_keep(j, v), v.n);
}

static void S_bindi(ing_job *j, int i, sqlite3_int64 x)
{
    ing_val *v = S_val(j);
    if (v) *v = (ing_val){.kind = IV_INT, .idx = (unsigned char)i, .u.i = x};
}

/* Parameter I: X, null when it is NAN.                                   */
static void S_bindr(ing_job *j, int i, double x)
{
    ing_val *v = S_val(j);
    if (v && isnan(x)) *v = (ing_val){.kind = IV_NULL, .idx = (unsigned char)i};
    else if (v) *v = (ing_val){.kind = IV_REAL, .idx = (unsigned char)i, .u.d = x};
}

/* Parameter I: X, null when it is negative (unknown).                    */
static void S_bindn(ing_job *j, int i, long x)
{
    if (x < 0) S_bindt_n(j, i, NULL, 0);
    else S_bindi(j, i, x);
}

/* ---- An event's JSON, as the events.json column has it ---------------------- */
/* The column has always held each event as jansson writes it back after
 * reading the library's text (json_dumps, JSON_COMPACT |
 * JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15)).  The library's object
 * is compact already, with its members in that order, so only strings and
 * numbers are written again, byte for byte as jansson would: reals with
 * at most 15 significant digits and no trailing zeros (36.335, not
 * 36.33500), ".0" after one with no point (2.0), an exponent without '+'
 * or leading zeros (1.5e-5); \b and \f short, the other control characters
 * as \u00XX in capitals, other \u escapes (DEL, U+2028, U+2029, U+FFFD)
 * as the character itself, \/ as /.  No tree is built.                  */
typedef struct S_out { char *p; size_t n, cap; int oom; } S_out;

static void S_put(S_out *o, const char *s, size_t n)
{
    if (o->oom) return;
    if (o->cap - o->n < n) {
        size_t cap = o->cap ? o->cap * 2 : 1024;
        while (cap - o->n < n) cap *= 2;
        char *p = realloc(o->p, cap);
        if (!p) { o->oom = 1; return; }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->n, s, n);
    o->n += n;
}

static unsigned S_hex4(const char *s)
{
    unsigned v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        v = v * 16 + (unsigned)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

/* Code point CP inside a string, as jansson writes it.                   */
static void S_cp(S_out *o, unsigned cp)
{
    static const char shorts[] = "b\bf\fn\nr\rt\t";
    char b[8];
    if (cp == '"' || cp == '\\') {
        b[0] = '\\';
        b[1] = (char)cp;
        S_put(o, b, 2);
    } else if (cp < 0x20) {
        for (const char *s = shorts; *s; s += 2)
            if ((unsigned char)s[1] == cp) { b[0] = '\\'; b[1] = s[0]; S_put(o, b, 2); return; }
        snprintf(b, sizeof b, "\\u%04X", cp);
        S_put(o, b, 6);
    } else if (cp < 0x80) {
        b[0] = (char)cp;
        S_put(o, b, 1);
    } else if (cp < 0x800) {
        b[0] = (char)(0xc0 | cp >> 6);
        b[1] = (char)(0x80 | (cp & 0x3f));
        S_put(o, b, 2);
    } else if (cp < 0x10000) {
        b[0] = (char)(0xe0 | cp >> 12);
        b[1] = (char)(0x80 | (cp >> 6 & 0x3f));
        b[2] = (char)(0x80 | (cp & 0x3f));
        S_put(o, b, 3);
    } else {
        b[0] = (char)(0xf0 | cp >> 18);
        b[1] = (char)(0x80 | (cp >> 12 & 0x3f));
        b[2] = (char)(0x80 | (cp >> 6 & 0x3f));
        b[3] = (char)(0x80 | (cp & 0x3f));
        S_put(o, b, 4);
    }
}

/* The string that starts at S[I] (its opening quote); the index after it. */
static size_t S_string(S_out *o, const char *s, size_t i, size_t n)
{
    S_put(o, "\"", 1);
    i++;
    for (;;) {
        size_t r = i;
        i += strcspn(s + i, "\"\\");   /* S is NUL-terminated at N */
        if (i > n) i = n;
        S_put(o, s + r, i - r);
        if (i + 1 >= n || s[i] == '"') break;
        if (s[i + 1] != 'u' || i + 6 > n) {   /* \" \\ \n \t \r \b \f \/ */
            if (s[i + 1] == '/') S_put(o, "/", 1);
            else S_put(o, s + i, 2);
            i += 2;
            continue;
        }
        unsigned cp = S_hex4(s + i + 2);
        i += 6;
        if (cp >= 0xd800 && cp < 0xdc00 && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u') {
            unsigned lo = S_hex4(s + i + 2);
            if (lo >= 0xdc00 && lo < 0xe000) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                i += 6;
            }
        }
        S_cp(o, cp);
    }
    S_put(o, "\"", 1);
    return i + 1;
}

static int S_numchar(char c)
{
    return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
}

/* A real T (K bytes) as "%.15g" and jansson's ".0" write it, without
 * strtod and snprintf, when it is a plain decimal (-?D+.D+, no leading
 * zero) of at most 15 significant digits that "%g" writes without an
 * exponent (0.0001 <= |x| < 1e15, or 0): the double nearest to it prints
 * back to its own digits, less the trailing zeros.  0: not such a real.  */
static int S_real_fast(S_out *o, const char *t, size_t k)
{
    size_t neg = t[0] == '-', dot = neg;
    while (dot < k && t[dot] >= '0' && t[dot] <= '9') dot++;
    size_t ni = dot - neg;
    if (ni == 0 || dot + 1 >= k || t[dot] != '.' || (ni > 1 && t[neg] == '0')) return 0;
    size_t end = k;   /* after the last non-zero digit of the fraction */
    for (size_t x = dot + 1; x < k; x++)
        if (t[x] < '0' || t[x] > '9') return 0;
    while (end > dot + 1 && t[end - 1] == '0') end--;
    size_t sig;
    if (t[neg] != '0') {
        sig = ni + (end - dot - 1);
    } else {
        size_t z = dot + 1;
        while (z < end && t[z] == '0') z++;
        if (z == end) {   /* zero: "%.15g" writes 0 or -0             */
            S_put(o, t, neg);
            S_put(o, "0.0", 3);
            return 1;
        }
        if (z - dot - 1 > 3) return 0;   /* below 0.0001: an exponent  */
        sig = end - z;
    }
    if (sig > 15) return 0;
    if (end == dot + 1) {
        S_put(o, t, dot);
        S_put(o, ".0", 2);
    } else {
        S_put(o, t, end);
    }
    return 1;
}

/* The number that starts at S[I]; the index after it.                    */
static size_t S_number(S_out *o, const char *s, size_t i, size_t n)
{
    char t[100];
    size_t k = 0;
    int real = 0;
    while (i < n && S_numchar(s[i])) {
        real |= s[i] == '.' || s[i] == 'e' || s[i] == 'E';
        if (k < sizeof t - 1) t[k++] = s[i];
        i++;
    }
    t[k] = 0;
    /* an integer as the library writes it (no leading zero, no "-0") is
     * what jansson writes back                                          */
    if (!real && k < sizeof t - 1 && (t[t[0] == '-'] != '0' || k == 1)) {
        S_put(o, t, k);
        return i;
    }
    if (!real) {
        int len = snprintf(t, sizeof t, "%lld", strtoll(t, NULL, 10));
        S_put(o, t, (size_t)len);
        return i;
    }
    if (k < sizeof t - 1 && S_real_fast(o, t, k)) return i;
    /* jansson's jsonp_dtostr with precision 15                           */
    size_t len = (size_t)snprintf(t, sizeof t - 3, "%.15g", strtod(t, NULL));
    if (!strchr(t, '.') && !strchr(t, 'e')) {
        memcpy(t + len, ".0", 3);
        len += 2;
    }
    char *e = strchr(t, 'e');
    if (e) {
        char *start = e + 1, *end = start + 1;
        if (*start == '-') start++;
        while (*end == '0') end++;
        if (end != start) {
            memmove(start, end, len - (size_t)(end - t) + 1);
            len -= (size_t)(end - start);
        }
    }
    S_put(o, t, len);
    return i;
}

/* LIB (the library's JSON, N bytes then a NUL, none before) as jansson
 * writes it back; NULL when memory ran out.  A copy in J's pool.        */
static const char *S_event_json(ing_job *j, const char *lib, size_t n)
{
    S_out o = {NULL, 0, 0, 0};
    for (size_t i = 0; i < n && !o.oom;) {
        size_t r = i;
        while (i < n && lib[i] != '"' && lib[i] != '-' && (lib[i] < '0' || lib[i] > '9')) i++;
        S_put(&o, lib + r, i - r);   /* punctuation, keys' quotes, literals: short */
        if (i >= n) break;
        i = lib[i] == '"' ? S_string(&o, lib, i, n) : S_number(&o, lib, i, n);
    }
    const char *s = o.oom ? NULL : S_keepn(j, o.p ? o.p : "", o.n);
    if (o.oom) j->rows_oom = 1;
    free(o.p);
    return s;
}

/* ---- An annotated document's rows --------------------------------------------- */
/* A row's evidence span SP of field FIELD (number K) of event EID.       */
static void S_evidence(ing_job *j, const char *eid, size_t eidlen, const char *field, size_t k,
                       const dp_span_rec *sp)
{
    if (!sp->ok || !j->evidence_rows) return;
    S_row(j, IQ_EVIDENCE);
    S_bindt_n(j, 1, eid, eidlen);
    S_bindt(j, 2, field);
    S_bindi(j, 3, (sqlite3_int64)k);
    S_bindi(j, 4, (sqlite3_int64)sp->start);
    S_bindi(j, 5, (sqlite3_int64)sp->end);
    S_binds(j, 6, sp->text);
}

/* Event I's actors and recipients (event_actors) and its evidence spans:
 * trigger, sentence, the same sentence elsewhere (also_in), the actors'
 * and recipients' words when given.                                      */
static int S_rows_parts(ing_job *j, dp_doc *d, size_t i, const dp_event_rec *e,
                        const char *eid, size_t eidlen)
{
    static const char *const roles[] = {"actor", "recipient"};
    dp_arg_rec a;
    for (int r = 0; r < 2; r++)
        for (size_t k = 0; k < (r ? e->recipients : e->actors); k++) {
            if (dp_doc_event_arg(d, i, r, k, &a)) return -1;
            S_row(j, IQ_ACTOR);
            S_bindt_n(j, 1, eid, eidlen);
            S_bindt(j, 2, roles[r]);
            S_bindi(j, 3, (sqlite3_int64)k);
            S_binds(j, 4, a.entity);
            S_binds(j, 5, a.text);
            S_binds(j, 6, a.code);
            S_binds(j, 7, a.country);
            S_binds(j, 8, a.sector);
        }
    if (!j->evidence_rows) return 0;   /* evidence: a view of events.json */
    S_evidence(j, eid, eidlen, "trigger", 0, &e->trigger);
    S_evidence(j, eid, eidlen, "sentence", 0, &e->sentence);
    dp_span_rec sp;
    for (size_t k = 0; k < e->also_in; k++) {
        if (dp_doc_event_also_in(d, i, k, &sp)) return -1;
        S_evidence(j, eid, eidlen, "also_in", k, &sp);
    }
    for (int r = 0; r < 2; r++)
        for (size_t k = 0; k < (r ? e->recipients : e->actors); k++) {
            if (dp_doc_event_arg(d, i, r, k, &a)) return -1;
            S_evidence(j, eid, eidlen, roles[r], k, &a.span);
        }
    return 0;
}

/* The first argument of ROLE: its words and code at parameters I, I + 1. */
static int S_first_arg(ing_job *j, dp_doc *d, size_t i, int role, size_t n, int at)
{
    dp_arg_rec a;
    if (!n) return 0;
    if (dp_doc_event_arg(d, i, role, 0, &a)) return -1;
    S_binds(j, at, a.text);
    S_binds(j, at + 1, a.code);
    return 0;
}

static int S_rows_event(ing_job *j, dp_doc *d, size_t i)
{
    dp_event_rec e;
    const char *js;
    size_t jn;
    if (dp_doc_event(d, i, &e)) return -1;
    const char *eid = S_keep(j, e.id);
    S_row(j, IQ_EVENT);
    S_bindt_n(j, 1, eid, e.id.n);
    S_bindt(j, 2, j->docid);
    S_binds(j, 3, e.event);
    S_binds(j, 4, e.cameo);
    S_binds(j, 5, e.acled_type);
    S_binds(j, 6, e.acled_sub);
    S_binds(j, 7, e.date);
    S_binds(j, 8, e.date_precision);
    S_bindr(j, 9, e.loc.lat);
    S_bindr(j, 10, e.loc.lon);
    S_binds(j, 11, e.loc.country_code);
    S_binds(j, 12, e.loc.name);
    if (S_first_arg(j, d, i, 0, e.actors, 13) || S_first_arg(j, d, i, 1, e.recipients, 15))
        return -1;
    S_bindn(j, 17, e.dead);
    S_bindn(j, 18, e.injured);
    S_binds(j, 19, e.trigger.text);
    S_binds(j, 20, e.sentence.text);
    S_bindr(j, 21, e.confidence);
    /* the getter's JSON lives until the next call on D: kept at once     */
    if (dp_doc_event_json(d, i, &js, &jn)) return -1;
    S_bindt(j, 22, S_event_json(j, js, jn));
    j->nevents++;
    j->evbytes += jn;
    return S_rows_parts(j, d, i, &e, eid, e.id.n);
}

static int S_rows_places(ing_job *j, dp_doc *d)
{
    dp_place_rec p;
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_PLACES); i < n; i++) {
        if (dp_doc_place(d, i, &p)) return -1;
        S_row(j, IQ_PLACE);
        S_bindt(j, 1, j->docid);
        S_binds(j, 2, p.id);
        S_binds(j, 3, p.name);
        if (p.geonameid) S_bindi(j, 4, p.geonameid);
        S_bindr(j, 5, p.lat);
        S_bindr(j, 6, p.lon);
        S_binds(j, 7, p.country_code);
        S_binds(j, 8, p.feature_code);
        S_binds(j, 9, p.precision);
        S_bindi(j, 10, (sqlite3_int64)p.mentions);
        S_binds(j, 11, p.admin1);
    }
    return 0;
}

/* entities, quotes, times: views of documents.json in a database created
 * since issue 7's fourth pass, rows in an older one (j->mention_rows).   */
static int S_rows_mentions(ing_job *j, dp_doc *d)
{
    if (!j->mention_rows) return 0;
    dp_entity_rec e;
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_ENTITIES); i < n; i++) {
        if (dp_doc_entity(d, i, &e)) return -1;
        S_row(j, IQ_ENTITY);
        S_bindt(j, 1, j->docid);
        S_binds(j, 2, e.id);
        S_binds(j, 3, e.type);
        S_binds(j, 4, e.name);
        S_binds(j, 5, e.title);
        S_binds(j, 6, e.role);
        S_binds(j, 7, e.actor_code);
        S_bindi(j, 8, (sqlite3_int64)e.mentions);
    }
    dp_quote_rec q;
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_QUOTES); i < n; i++) {
        if (dp_doc_quote(d, i, &q)) return -1;
        S_row(j, IQ_QUOTE);
        S_bindt(j, 1, j->docid);
        S_binds(j, 2, q.id);
        S_binds(j, 3, q.speaker);
        if (q.speaker.p) S_binds(j, 4, q.speaker_name);
        S_binds(j, 5, q.span.text);
        S_bindi(j, 6, (sqlite3_int64)q.span.start);
        S_bindi(j, 7, (sqlite3_int64)q.span.end);
        S_bindi(j, 8, q.direct);
    }
    dp_time_rec t;
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_TIMES); i < n; i++) {
        if (dp_doc_time(d, i, &t)) return -1;
        S_row(j, IQ_TIME);
        S_bindt(j, 1, j->docid);
        S_bindi(j, 2, (sqlite3_int64)i + 1);
        S_binds(j, 3, t.span.text);
        S_bindi(j, 4, (sqlite3_int64)t.span.start);
        S_bindi(j, 5, (sqlite3_int64)t.span.end);
        S_binds(j, 6, t.type);
        S_binds(j, 7, t.value);
    }
    return 0;
}

/* ---- The document's row -------------------------------------------------------- */
/* The id a document is stored under: its own, else from its hash.        */
static const char *S_doc_id(const ing_job *j, char buf[48])
{
    if (j->id) return j->id;
    snprintf(buf, 48, "doc-%.16s", j->hash);
    return buf;
}

/* The JSON of a duplicate (not annotated, or --dedup-only): its metadata,
 * duplicate_of and the contract's arrays, empty; NULL: out of memory.     */
static char *S_meta_json(const ing_job *j)
{
    char idbuf[48];
    json_t *d = json_object();
    if (!d) return NULL;
    json_object_set_new(d, "id", json_string(S_doc_id(j, idbuf)));
    json_object_set_new(d, "published", j->published ? json_string(j->published) : json_null());
    if (j->title) json_object_set_new(d, "title", json_string(j->title));
    if (j->url) json_object_set_new(d, "url", json_string(j->url));
    if (j->source) json_object_set_new(d, "source", json_string(j->source));
    json_object_set_new(d, "lang", json_string("fr"));
    json_object_set_new(d, "duplicate_of", j->dup_of ? json_string(j->dup_of) : json_null());
    if (j->dup_of)
        json_object_set_new(d, "similarity", json_real((double)(long)(j->dup_sim * 1000) / 1000));
    json_object_set_new(d, "output_version", json_integer(DP_OUTPUT_VERSION));
    static const char *const arrays[] = {"repeated", "entities", "places", "times",
                                         "quantities", "quotes", "events"};
    /* events: none, and no member in a new database (S_strip_events)   */
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0] - (j->strip_events != 0); i++)
        json_object_set_new(d, arrays[i], json_array());
    /* its one real, similarity, has 3 decimals in 0..1: 3 significant
     * digits write it exactly (0.992, not 0.99199999999999999)           */
    char *js = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(3));
    json_decref(d);
    return js;
}

/* The document's row (all but its time stamp, ?10, which the writer
 * binds); R: the annotated document's own members, else NULL.           */
static void S_rows_doc(ing_job *j, const dp_doc_rec *r)
{
    S_row(j, IQ_DOC);
    S_bindt(j, 1, j->docid);
    if (r) {
        S_binds(j, 2, r->published);
        S_binds(j, 3, r->title);
        S_binds(j, 4, r->url);
        S_binds(j, 5, r->source);
    } else {
        S_bindt(j, 2, j->published);
        S_bindt(j, 3, j->title);
        S_bindt(j, 4, j->url);
        S_bindt(j, 5, j->source);
    }
    S_bindt(j, 6, j->hash);
    S_bindi(j, 7, (sqlite3_int64)j->len);
    S_bindt(j, 8, j->path);
    if (j->line) S_bindi(j, 9, j->line);
    S_bindt_n(j, 11, j->json, j->jlen);
    if (j->dup_of) {
        S_bindt(j, 12, j->dup_of);
        ing_val *v = S_val(j);
        if (v) *v = (ing_val){.kind = IV_REAL, .idx = 13, .u.d = (double)(long)(j->dup_sim * 1000) / 1000};
    }
}

/* documents.json without its "events" member: each event is the json of
 * its row of `events` already (docs/SCHEMA.md; the view document_json and
 * the web page's document put them back), and a document's events were a
 * third of its JSON.  The library writes "events" just before "stats", each
 * event as dp_doc_event_json gives it (J->evbytes in all).  Only in a
 * database created since (J->strip_events): an older one keeps whole JSON
 * in every row.  The member is cut
 * only where it is found exactly there, else the JSON stays whole (a
 * reader takes both).  The row's value V (parameter 11) follows.          */
static void S_strip_events(ing_job *j, ing_val *v)
{
    static const char key[] = ",\"events\":", stats[] = ",\"stats\":{";
    size_t kn = sizeof key - 1, sn = sizeof stats - 1;
    size_t arr = 2 + j->evbytes + (j->nevents ? j->nevents - 1 : 0);
    char *s = j->json;
    /* "stats" is the last member: numbers only after it */
    size_t at = j->jlen;
    while (at > sn && memcmp(s + at - sn, stats, sn)) at--;
    if (at <= sn) return;
    at -= sn;
    if (at < arr + kn || s[at - 1] != ']' || s[at - arr] != '[' || memcmp(s + at - arr - kn, key, kn))
        return;
    size_t from = at - arr - kn;
    memmove(s + from, s + at, j->jlen - at + 1);
    j->jlen -= arr + kn;
    v->len = (int)j->jlen;
}

/* The rows of the document D holds: the document, its events (each with
 * its actors and evidence), places, entities, quotes, times.            */
static int S_rows_annotated(ing_job *j, dp_doc *d)
{
    dp_doc_rec r;
    if (dp_doc_record(d, &r)) return -1;
    j->docid = S_keep(j, r.id);
    if (!j->docid) return 0;
    size_t vdoc = j->nrows;
    S_rows_doc(j, &r);
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_EVENTS); i < n; i++)
        if (S_rows_event(j, d, i)) return -1;
    for (size_t k = vdoc; j->strip_events && !j->rows_oom && k < j->nrows; k++)
        if (j->rows[k].idx == 11 && j->rows[k].kind == IV_TEXT && j->rows[k].u.s == j->json) {
            S_strip_events(j, &j->rows[k]);
            break;
        }
    if (S_rows_places(j, d) || S_rows_mentions(j, d)) return -1;
    return 0;
}

int ing_prepare(ing_job *j, dp_doc *d)
{
    if (j->error) return -1;
    if (j->prepared) return 0;
    if (j->dup_of || !j->json) {   /* a duplicate, or --dedup-only      */
        free(j->json);
        if (!(j->json = S_meta_json(j))) {
            j->error = strdup("out of memory");
            return -1;
        }
        j->jlen = strlen(j->json);
        j->meta_only = 1;
        j->docid = S_doc_id(j, j->idbuf);
        S_rows_doc(j, NULL);
    } else if (!d) {
        j->error = strdup("the annotation's rows were not prepared");
        return -1;
    } else if (S_rows_annotated(j, d)) {
        const char *m = dp_doc_errmsg(d);
        j->error = strdup(m && m[0] ? m : "cannot read the annotation");
        return -1;
    }
    if (j->rows_oom) {
        j->error = strdup("out of memory");
        return -1;
    }
    j->prepared = 1;
    return 0;
}
