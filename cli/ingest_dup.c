/*
 * ingest_dup.c -- the near-duplicate index of `depeche ingest`, in a memory
 * that does not grow with the archive.  The LSH band hashes of the stored
 * originals are rows of the database (doc_bands: a band hash and the
 * doc_minhash row it belongs to), looked up for each new document in one
 * query, after a fixed-size Bloom filter has left out the bands that no
 * stored document has (most bands of a document that is not a copy).  The
 * originals of this run that are not in doc_bands yet are in a small
 * in-memory LSH index (dp_lsh, keyed by input order).  The writer moves
 * them to doc_bands (ing_lsh_flush) when the reader asks for it, and at the
 * start and the end of a run, in one transaction with the mark of how far
 * doc_bands goes (ingest_state 'lsh_through'), so that a run killed at any
 * point leaves a doc_bands the next run completes.  A document is a candidate
 * when one of its band hashes equals one of the new document's, in memory
 * or in the database alike: the decisions are those of one in-memory index
 * of every original.
 */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>

/* doc_bands is keyed by generation first (GEN: the doc_minhash rowid >>
 * S_GEN_SHIFT, 16384 originals): the band hashes moved to it at a time
 * land in the pages of one generation, not all over the table, so that a
 * move rewrites a bounded number of pages however large the archive.  A
 * look-up asks S_GENS generations at a time.                             */
#define S_GEN_SHIFT 14
#define S_GENS 8
#define S_BLOOM_LOG2 25          /* 2^25 bits: 4 MiB                        */
#define S_BLOOM_MASK ((1ull << S_BLOOM_LOG2) - 1)

static uint64_t S_mix(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* ---- The Bloom filter of the stored band hashes (two bits a hash) -------- */
static void S_bloom_add(ing_dup *x, uint32_t band)
{
    uint64_t h = S_mix(band);
    uint64_t a = h & S_BLOOM_MASK, b = (h >> 32) & S_BLOOM_MASK;
    x->bloom[a >> 6] |= 1ull << (a & 63);
    x->bloom[b >> 6] |= 1ull << (b & 63);
}

static int S_bloom_has(const ing_dup *x, uint32_t band)
{
    uint64_t h = S_mix(band);
    uint64_t a = h & S_BLOOM_MASK, b = (h >> 32) & S_BLOOM_MASK;
    return (x->bloom[a >> 6] >> (a & 63) & 1) && (x->bloom[b >> 6] >> (b & 63) & 1);
}

static int S_err(ing_db *g, const char *what)
{
    cli_error(g->path, 0, "%s: %s", what, sqlite3_errmsg(g->db));
    return -1;
}

/* ---- The reader's side ------------------------------------------------------ */

int ing_dup_open(ing_dup *x, ing_db *g)
{
    memset(x, 0, sizeof *x);
    x->g = g;
    if (!(x->mem = dp_lsh_new()) || !(x->bloom = calloc((S_BLOOM_MASK + 1) / 64, 8))) {
        cli_error(NULL, 0, "out of memory");
        return -1;
    }
    /* the documents that share a band hash with the new one */
    char sql[600];
    int n = snprintf(sql, sizeof sql,
                     "SELECT m.rowid, m.doc_id, m.sig FROM doc_minhash m WHERE m.rowid IN"
                     " (SELECT doc FROM doc_bands WHERE gen IN (?%d", DP_MH_BANDS + 1);
    for (int k = 2; k <= S_GENS; k++)
        n += snprintf(sql + n, sizeof sql - (size_t)n, ",?%d", DP_MH_BANDS + k);
    n += snprintf(sql + n, sizeof sql - (size_t)n, ") AND band IN (?1");
    for (int b = 2; b <= DP_MH_BANDS; b++) n += snprintf(sql + n, sizeof sql - (size_t)n, ",?%d", b);
    snprintf(sql + n, sizeof sql - (size_t)n, "))");
    if (sqlite3_prepare_v2(g->db, sql, -1, &x->cand, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(g->db, "SELECT max(gen) FROM doc_bands", -1, &x->maxgen, NULL) != SQLITE_OK)
        return S_err(g, "cannot prepare");
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(g->db, "SELECT band FROM doc_bands", -1, &s, NULL) != SQLITE_OK)
        return S_err(g, "cannot read the near-duplicate index");
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) S_bloom_add(x, (uint32_t)sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : S_err(g, "cannot read the near-duplicate index");
}

void ing_dup_close(ing_dup *x)
{
    sqlite3_finalize(x->cand);
    sqlite3_finalize(x->maxgen);
    dp_lsh_free(x->mem);
    for (size_t i = 0; i < x->nids; i++) free(x->ids[i].id);
    free(x->ids);
    free(x->bloom);
    memset(x, 0, sizeof *x);
}

size_t ing_dup_recent(const ing_dup *x) { return x->nids; }

void ing_dup_forget(ing_dup *x, uint64_t below)
{
    size_t k = 0;
    while (k < x->nids && x->ids[k].wseq < below) free(x->ids[k++].id);
    if (!k) return;
    x->nids -= k;
    memmove(x->ids, x->ids + k, x->nids * sizeof *x->ids);
    dp_lsh_drop_below(x->mem, below);
}

int ing_dup_add(ing_dup *x, const dp_minhash *m, uint64_t wseq, const char *id)
{
    if (!m->shingles) return 0;   /* similar to nothing (dp_minhash_jaccard) */
    if (x->nids == x->capids) {
        size_t nc = x->capids ? x->capids * 2 : 1024;
        void *p = realloc(x->ids, nc * sizeof *x->ids);
        if (!p) return -1;
        x->ids = p;
        x->capids = nc;
    }
    char *s = strdup(id);
    if (!s || dp_lsh_add(x->mem, m, wseq)) { free(s); return -1; }
    x->ids[x->nids].wseq = wseq;
    x->ids[x->nids++].id = s;
    uint32_t bands[DP_MH_BANDS];
    dp_minhash_bands(m, bands);
    for (int b = 0; b < DP_MH_BANDS; b++) S_bloom_add(x, bands[b]);
    return 0;
}

static const char *S_id_of(const ing_dup *x, uint64_t wseq)
{
    size_t lo = 0, hi = x->nids;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (x->ids[mid].wseq < wseq) lo = mid + 1;
        else hi = mid;
    }
    return lo < x->nids && x->ids[lo].wseq == wseq ? x->ids[lo].id : NULL;
}

/* Whether some band hash of C is one of BANDS (a doc_bands row may outlive
 * its document: its doc_minhash row can be another document's since).   */
static int S_shares(const dp_minhash *c, const uint32_t bands[DP_MH_BANDS])
{
    uint32_t cb[DP_MH_BANDS];
    dp_minhash_bands(c, cb);
    for (int i = 0; i < DP_MH_BANDS; i++)
        for (int k = 0; k < DP_MH_BANDS; k++)
            if (cb[i] == bands[k]) return 1;
    return 0;
}

/* The best stored candidate: 1 and *ROW, *ID (malloc'd), *SIM; 0; -1.   */
static int S_best_stored(ing_dup *x, const dp_minhash *m, double threshold, sqlite3_int64 *row,
                         char **id, double *sim)
{
    uint32_t bands[DP_MH_BANDS];
    dp_minhash_bands(m, bands);
    sqlite3_stmt *s = x->cand;
    int any = 0;
    for (int b = 0; b < DP_MH_BANDS; b++) {
        int maybe = S_bloom_has(x, bands[b]);
        sqlite3_bind_int64(s, b + 1, maybe ? (sqlite3_int64)bands[b] : 0);   /* 0: no band */
        any |= maybe;
    }
    if (!any) return 0;
    sqlite3_int64 top = -1;
    if (sqlite3_step(x->maxgen) == SQLITE_ROW && sqlite3_column_type(x->maxgen, 0) != SQLITE_NULL)
        top = sqlite3_column_int64(x->maxgen, 0);
    sqlite3_reset(x->maxgen);
    int found = 0, rc = SQLITE_DONE;
    for (sqlite3_int64 g0 = 0; g0 <= top && rc == SQLITE_DONE; g0 += S_GENS) {
        for (int k = 0; k < S_GENS; k++)   /* -1: no generation            */
            sqlite3_bind_int64(s, DP_MH_BANDS + 1 + k, g0 + k <= top ? g0 + k : -1);
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            dp_minhash c;
            sqlite3_int64 r = sqlite3_column_int64(s, 0);
            if (dp_minhash_unpack(sqlite3_column_blob(s, 2), (size_t)sqlite3_column_bytes(s, 2), &c) ||
                !S_shares(&c, bands))
                continue;
            double v = dp_minhash_similarity(m, &c);
            if (v < threshold || (found && (v < *sim || (v == *sim && r > *row)))) continue;
            char *d = strdup((const char *)sqlite3_column_text(s, 1));
            if (!d) { rc = SQLITE_NOMEM; break; }
            if (found) free(*id);
            found = 1;
            *row = r;
            *id = d;
            *sim = v;
        }
        sqlite3_reset(s);
    }
    if (rc != SQLITE_DONE) {
        if (found) free(*id);
        return S_err(x->g, "cannot query the near-duplicate index");
    }
    return found;
}

int ing_dup_best(ing_dup *x, const dp_minhash *m, double threshold, char **id, double *sim)
{
    if (!m->shingles) return 0;
    sqlite3_int64 row;
    char *sid = NULL;
    double ss = 0, ms = 0;
    uint64_t key;
    int sf = S_best_stored(x, m, threshold, &row, &sid, &ss);
    if (sf < 0) return -1;
    int mf = dp_lsh_best(x->mem, m, threshold, UINT64_MAX, &key, &ms);
    /* the stored documents came first: a tie goes to them */
    if (sf && (!mf || ss >= ms)) { *id = sid; *sim = ss; return 1; }
    free(sid);
    if (!mf) return 0;
    const char *mid = S_id_of(x, key);
    if (!mid || !(*id = strdup(mid))) return -1;
    *sim = ms;
    return 1;
}

/* ---- The writer's side -------------------------------------------------------- */
typedef struct S_pair { uint32_t band; sqlite3_int64 doc; } S_pair;

/* In doc_bands' key order: generation, band, doc.                         */
static int S_pair_cmp(const void *a, const void *b)
{
    const S_pair *x = a, *y = b;
    sqlite3_int64 gx = x->doc >> S_GEN_SHIFT, gy = y->doc >> S_GEN_SHIFT;
    if (gx != gy) return gx < gy ? -1 : 1;
    if (x->band != y->band) return x->band < y->band ? -1 : 1;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

static sqlite3_int64 S_through(ing_db *g)
{
    sqlite3_stmt *s;
    sqlite3_int64 w = 0;
    if (sqlite3_prepare_v2(g->db, "SELECT value FROM ingest_state WHERE key='lsh_through'", -1, &s,
                           NULL) != SQLITE_OK)
        return -1;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) w = sqlite3_column_int64(s, 0);
    else if (rc != SQLITE_DONE) w = -1;
    sqlite3_finalize(s);
    return w;
}

/* Reads the signatures stored after row W into *OUT (band hash, row)
 * pairs, sorted; *LAST: the last row read.                                */
static int S_pairs(ing_db *g, sqlite3_int64 w, S_pair **out, size_t *n, sqlite3_int64 *last)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(g->db, "SELECT rowid, sig FROM doc_minhash WHERE rowid > ?1 ORDER BY rowid",
                           -1, &s, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(s, 1, w);
    S_pair *v = NULL;
    size_t k = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        dp_minhash m;
        *last = sqlite3_column_int64(s, 0);
        if (dp_minhash_unpack(sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1), &m) ||
            !m.shingles)
            continue;
        if (k + DP_MH_BANDS > cap) {
            size_t nc = cap ? cap * 2 : 4096 * DP_MH_BANDS;
            S_pair *p = realloc(v, nc * sizeof *p);
            if (!p) { rc = SQLITE_NOMEM; break; }
            v = p;
            cap = nc;
        }
        uint32_t bands[DP_MH_BANDS];
        dp_minhash_bands(&m, bands);
        for (int b = 0; b < DP_MH_BANDS; b++) v[k++] = (S_pair){bands[b], *last};
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) { free(v); return -1; }
    /* in key order: each B-tree page is written once, not once a row */
    if (k) qsort(v, k, sizeof *v, S_pair_cmp);
    *out = v;
    *n = k;
    return 0;
}

static int S_insert(ing_db *g, const S_pair *v, size_t n, sqlite3_int64 last)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(g->db, "INSERT OR IGNORE INTO doc_bands(gen, band, doc) VALUES(?3,?1,?2)",
                           -1, &s, NULL) != SQLITE_OK)
        return -1;
    int rc = SQLITE_DONE;
    for (size_t i = 0; i < n && rc == SQLITE_DONE; i++) {
        sqlite3_bind_int64(s, 1, (sqlite3_int64)v[i].band);
        sqlite3_bind_int64(s, 2, v[i].doc);
        sqlite3_bind_int64(s, 3, v[i].doc >> S_GEN_SHIFT);
        rc = sqlite3_step(s);
        sqlite3_reset(s);
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) return -1;
    if (sqlite3_prepare_v2(g->db, "INSERT OR REPLACE INTO ingest_state(key, value) VALUES('lsh_through', ?1)",
                           -1, &s, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_int64(s, 1, last);
    rc = sqlite3_step(s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int ing_lsh_flush(ing_db *g)
{
    if (ing_exec(g, "BEGIN")) return -1;
    /* a database of an older depeche: its doc_lsh rows move to doc_bands */
    if (ing_exec(g, "INSERT OR IGNORE INTO doc_bands(gen, band, doc) SELECT doc >> 14, band, doc"   /* S_GEN_SHIFT */
                    " FROM doc_lsh; DELETE FROM doc_lsh;")) {
        ing_exec(g, "ROLLBACK");
        return -1;
    }
    sqlite3_int64 w = S_through(g), last = w;
    S_pair *v = NULL;
    size_t n = 0;
    int r = w < 0 || S_pairs(g, w, &v, &n, &last) ? -1 : 0;
    if (!r && last > w && S_insert(g, v, n, last)) r = -1;
    free(v);
    if (r) {
        S_err(g, "cannot update the near-duplicate index");
        ing_exec(g, "ROLLBACK");
        return -1;
    }
    return ing_exec(g, "COMMIT");
}

int ing_lsh_forget_doc(ing_db *g, const char *id)
{
    sqlite3_stmt *s = g->q[IQ_OLD_SIG], *d = g->q[IQ_DEL_LSH];
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        dp_minhash m;
        sqlite3_int64 row = sqlite3_column_int64(s, 0);
        if (!dp_minhash_unpack(sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1), &m)) {
            uint32_t bands[DP_MH_BANDS];
            dp_minhash_bands(&m, bands);
            for (int b = 0; b < DP_MH_BANDS && rc == SQLITE_ROW; b++) {
                sqlite3_bind_int64(d, 1, (sqlite3_int64)bands[b]);
                sqlite3_bind_int64(d, 2, row);
                sqlite3_bind_int64(d, 3, row >> S_GEN_SHIFT);
                if (sqlite3_step(d) != SQLITE_DONE) rc = SQLITE_ERROR;
                sqlite3_reset(d);
            }
        }
        if (rc == SQLITE_ROW) rc = SQLITE_DONE;
    }
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : S_err(g, "cannot update the near-duplicate index");
}
