/*
 * ingest_dup.c -- the near-duplicate index of `depeche ingest`, in a memory
 * that does not grow with the number of documents it holds.  The LSH band
 * hashes of the stored originals are rows of the database (doc_bands: a
 * generation, a band hash and the doc_minhash row it belongs to); the reader
 * keeps a Bloom filter of each generation's band hashes and looks up only
 * the (generation, band hash) pairs its filter lets through, so that a
 * document that is not a copy costs about one look-up however large the
 * archive.  The originals of this run that are not in doc_bands yet are in
 * a small in-memory LSH index (dp_lsh, keyed by input order).  The writer
 * moves them to doc_bands (ing_lsh_flush) when the reader asks for it, and
 * at the start and the end of a run, in one transaction with the mark of
 * how far doc_bands goes (ingest_state 'lsh_through'), so that a run killed
 * at any point leaves a doc_bands the next run completes.  A document is a
 * candidate when one of its band hashes equals one of the new document's,
 * in memory or in the database alike (each original counted in one place:
 * doc_bands up to the lsh_through of the last move the reader took into
 * account); the candidates sharing most band hashes are scored, a bounded
 * number of them: the decisions are those of one in-memory index of every
 * original.
 */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>

/* doc_bands is keyed by generation first (GEN: the doc_minhash rowid >>
 * S_GEN_SHIFT, 16384 originals): the band hashes moved to it at a time
 * land in the pages of one generation, not all over the table, so that a
 * move rewrites a bounded number of pages however large the archive.  A
 * look-up asks each generation for each band hash that the Bloom filter
 * does not rule out.                                                     */
#define S_GEN_SHIFT 14
#define S_BLOOM_LOG2 23          /* 2^23 bits: 1 MiB a generation           */
#define S_BLOOM_K 6              /* bits a band hash                        */
#define S_VERIFY 24              /* candidates verified a look-up            */
#define S_BLOOM_MASK ((1ull << S_BLOOM_LOG2) - 1)

static uint64_t S_mix(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* ---- The Bloom filters of the stored band hashes, one a generation ------ */
static uint64_t S_bloom_bit(uint64_t h, int i)
{
    return ((h & 0xffffffffu) + (uint64_t)i * ((h >> 32) | 1)) & S_BLOOM_MASK;
}

/* Adds BAND to generation GEN's filter; -1: memory.                      */
static int S_bloom_add(ing_dup *x, sqlite3_int64 gen, uint32_t band)
{
    if (gen < 0) return 0;
    if ((size_t)gen >= x->nbloom) {
        uint64_t **p = realloc(x->bloom, ((size_t)gen + 1) * sizeof *p);
        if (!p) return -1;
        x->bloom = p;
        while (x->nbloom <= (size_t)gen) x->bloom[x->nbloom++] = NULL;
    }
    if (!x->bloom[gen] && !(x->bloom[gen] = calloc((S_BLOOM_MASK + 1) / 64, 8))) return -1;
    uint64_t *f = x->bloom[gen], h = S_mix(band);
    for (int i = 0; i < S_BLOOM_K; i++) {
        uint64_t a = S_bloom_bit(h, i);
        f[a >> 6] |= 1ull << (a & 63);
    }
    return 0;
}

/* Whether generation GEN's filter has the band hash whose S_mix is H.    */
static int S_bloom_has(const ing_dup *x, sqlite3_int64 gen, uint64_t h)
{
    const uint64_t *f = (size_t)gen < x->nbloom ? x->bloom[gen] : NULL;
    if (!f) return 0;
    for (int i = 0; i < S_BLOOM_K; i++) {
        uint64_t a = S_bloom_bit(h, i);
        if (!(f[a >> 6] >> (a & 63) & 1)) return 0;
    }
    return 1;
}

static int S_err(ing_db *g, const char *what)
{
    cli_error(g->path, 0, "%s: %s", what, sqlite3_errmsg(g->db));
    return -1;
}

static sqlite3_int64 S_through(ing_db *g);

/* ---- The reader's side ------------------------------------------------------ */
/* A candidate of a look-up: a doc_minhash row (MEM 0, ORDER its rowid) or
 * an original in memory (MEM 1, ORDER its wseq), and how many band hashes
 * it shares with the new document.                                      */
struct ing_dup_cand {
    sqlite3_int64 order;
    const dp_minhash *sig;   /* MEM: its signature                          */
    int shared, mem;
};

int ing_dup_open(ing_dup *x, ing_db *g)
{
    memset(x, 0, sizeof *x);
    x->g = g;
    if (!(x->mem = dp_lsh_new())) {
        cli_error(NULL, 0, "out of memory");
        return -1;
    }
    if (sqlite3_prepare_v2(g->db, "SELECT doc FROM doc_bands WHERE gen=?1 AND band=?2 AND doc<=?3",
                           -1, &x->bandq, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(g->db, "SELECT doc_id, sig FROM doc_minhash WHERE rowid=?1", -1,
                           &x->sigq, NULL) != SQLITE_OK)
        return S_err(g, "cannot prepare");
    if ((x->through = S_through(g)) < 0) return S_err(g, "cannot read the near-duplicate index");
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(g->db, "SELECT gen, band FROM doc_bands", -1, &s, NULL) != SQLITE_OK)
        return S_err(g, "cannot read the near-duplicate index");
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        if (S_bloom_add(x, sqlite3_column_int64(s, 0), (uint32_t)sqlite3_column_int64(s, 1))) {
            rc = SQLITE_NOMEM;
            break;
        }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : S_err(g, "cannot read the near-duplicate index");
}

void ing_dup_close(ing_dup *x)
{
    sqlite3_finalize(x->bandq);
    sqlite3_finalize(x->sigq);
    dp_lsh_free(x->mem);
    for (size_t i = 0; i < x->nids; i++) free(x->ids[i].id);
    free(x->ids);
    for (size_t i = 0; i < x->nbloom; i++) free(x->bloom[i]);
    free(x->bloom);
    free(x->rows);
    free(x->mc);
    free(x->pool);
    memset(x, 0, sizeof *x);
}

size_t ing_dup_recent(const ing_dup *x) { return x->nids; }

int ing_dup_forget(ing_dup *x, uint64_t below, sqlite3_int64 through)
{
    /* they are the doc_minhash rows after x->through, up to THROUGH: their
     * generation is one of those rows' (a bit more set than needed when
     * they straddle two generations)                                     */
    sqlite3_int64 g0 = (x->through + 1) >> S_GEN_SHIFT, g1 = through >> S_GEN_SHIFT;
    x->through = through;
    size_t k = 0;
    int r = 0;
    for (; k < x->nids && x->ids[k].wseq < below; k++) {
        for (sqlite3_int64 gen = g0; gen <= g1; gen++)
            for (int b = 0; b < DP_MH_BANDS; b++)
                if (S_bloom_add(x, gen, x->ids[k].bands[b])) r = -1;
        free(x->ids[k].id);
    }
    if (!k) return r;
    x->nids -= k;
    memmove(x->ids, x->ids + k, x->nids * sizeof *x->ids);
    dp_lsh_drop_below(x->mem, below);
    return r;
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
    dp_minhash_bands(m, x->ids[x->nids].bands);
    x->ids[x->nids++].id = s;
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


static int S_row_cmp(const void *a, const void *b)
{
    sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;
    return (x > y) - (x < y);
}

/* The array P of *CAP entries of SIZE bytes with room for NEED: P itself,
 * or P moved (*CAP updated), or NULL when memory ran out (P unchanged).  */
static void *S_room(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return p;
    size_t nc = *cap ? *cap : 256;
    while (nc < need) nc *= 2;
    void *q = realloc(p, nc * size);
    if (q) *cap = nc;
    return q;
}

/* Room in x->pool for NEED candidates; -1: memory.                        */
static int S_pool_room(ing_dup *x, size_t need)
{
    if (need <= x->cappool) return 0;
    ing_dup_cand *p = S_room(x->pool, &x->cappool, need, sizeof *p);
    if (!p) return -1;
    x->pool = p;
    return 0;
}

/* Steps the band look-up of generation GEN and band hash BAND, adding
 * its documents to x->rows (*N of them); an SQLite code.                 */
static int S_seek(ing_dup *x, sqlite3_int64 gen, uint32_t band, size_t *n)
{
    sqlite3_stmt *s = x->bandq;
    int rc;
    sqlite3_bind_int64(s, 1, gen);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)band);
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        sqlite3_int64 *rows = S_room(x->rows, &x->caprows, *n + 1, sizeof *rows);
        if (!rows) { rc = SQLITE_NOMEM; break; }
        x->rows = rows;
        x->rows[(*n)++] = sqlite3_column_int64(s, 0);
    }
    sqlite3_reset(s);
    return rc;
}

/* The doc_bands rows up to x->through that have one of BANDS (in the
 * generations whose Bloom filter has it), as candidates in x->pool from
 * *NP on: each document once, with the number of band hashes it shares.
 * 0 or -1.                                                               */
static int S_stored_cands(ing_dup *x, const uint32_t bands[DP_MH_BANDS], size_t *np)
{
    size_t n = 0;
    int rc = SQLITE_DONE;
    uint64_t mixed[DP_MH_BANDS];   /* the same in every generation        */
    for (int b = 0; b < DP_MH_BANDS; b++) mixed[b] = S_mix(bands[b]);
    sqlite3_bind_int64(x->bandq, 3, x->through);
    for (sqlite3_int64 gen = 0; (size_t)gen < x->nbloom && rc == SQLITE_DONE; gen++)
        for (int b = 0; b < DP_MH_BANDS && rc == SQLITE_DONE; b++)
            if (S_bloom_has(x, gen, mixed[b])) rc = S_seek(x, gen, bands[b], &n);
    if (rc != SQLITE_DONE) return S_err(x->g, "cannot query the near-duplicate index");
    if (n) qsort(x->rows, n, sizeof *x->rows, S_row_cmp);
    for (size_t i = 0; i < n;) {
        size_t k = i;
        while (k < n && x->rows[k] == x->rows[i]) k++;
        if (S_pool_room(x, *np + 1)) return -1;
        x->pool[(*np)++] = (ing_dup_cand){x->rows[i], NULL, (int)(k - i), 0};
        i = k;
    }
    return 0;
}

/* Before B: stored before (the stored documents, by rowid, then this
 * run's originals in memory, by input order).                           */
static int S_before(const ing_dup_cand *a, const ing_dup_cand *b)
{
    return a->mem != b->mem ? a->mem < b->mem : a->order < b->order;
}

/* The candidates to verify first: most band hashes shared, then stored first. */
static int S_cand_cmp(const void *pa, const void *pb)
{
    const ing_dup_cand *a = pa, *b = pb;
    if (a->shared != b->shared) return a->shared > b->shared ? -1 : 1;
    return S_before(a, b) ? -1 : S_before(b, a) ? 1 : 0;
}

/* The signature and the id (malloc'd) of doc_minhash row ROW: 1, 0 when it
 * is gone or does not share a band with BANDS any more, -1.             */
static int S_stored_sig(ing_dup *x, sqlite3_int64 row, const uint32_t bands[DP_MH_BANDS],
                        dp_minhash *c, char **id)
{
    sqlite3_stmt *s = x->sigq;
    sqlite3_bind_int64(s, 1, row);
    int rc = sqlite3_step(s), r = 0;
    if (rc == SQLITE_ROW &&
        !dp_minhash_unpack(sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1), c) &&
        S_shares(c, bands))
        r = (*id = strdup((const char *)sqlite3_column_text(s, 0))) ? 1 : -1;
    sqlite3_reset(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return S_err(x->g, "cannot query the near-duplicate index");
    return r;
}

/* The best of the candidates in x->pool (N): 1 with *ID and *SIM, 0, -1. */
static int S_verify(ing_dup *x, size_t n, const dp_minhash *m, const uint32_t bands[DP_MH_BANDS],
                    double threshold, char **id, double *sim)
{
    /* a copy shares many band hashes with its original, a text that only
     * shares a lead or a boilerplate with it a few: the candidates that
     * share most are verified, a bounded number of them, and none that
     * shares less than a quarter of what the first one does (it cannot
     * be as similar)                                                    */
    if (!n) return 0;
    qsort(x->pool, n, sizeof *x->pool, S_cand_cmp);
    if (n > S_VERIFY) n = S_VERIFY;
    int found = 0;
    ing_dup_cand best = {0};
    char *bid = NULL;
    for (size_t i = 0; i < n && x->pool[i].shared * 4 >= x->pool[0].shared; i++) {
        const ing_dup_cand *c = &x->pool[i];
        dp_minhash sc;
        char *cid = NULL;
        if (!c->mem) {
            int r = S_stored_sig(x, c->order, bands, &sc, &cid);
            if (r < 0) { free(bid); return -1; }
            if (!r) continue;
        }
        double v = dp_minhash_similarity(m, c->mem ? c->sig : &sc);
        if (v < threshold || (found && (v < *sim || (v == *sim && S_before(&best, c))))) {
            free(cid);
            continue;
        }
        if (c->mem) {
            const char *mid = S_id_of(x, (uint64_t)c->order);
            if (!mid || !(cid = strdup(mid))) { free(bid); return -1; }
        }
        free(bid);
        bid = cid;
        best = *c;
        *sim = v;
        found = 1;
    }
    if (found) *id = bid;
    return found;
}

int ing_dup_best(ing_dup *x, const dp_minhash *m, double threshold, char **id, double *sim)
{
    if (!m->shingles) return 0;
    uint32_t bands[DP_MH_BANDS];
    dp_minhash_bands(m, bands);
    size_t n = 0;
    int r = S_stored_cands(x, bands, &n);
    long nm = r ? 0 : dp_lsh_candidates(x->mem, m, &x->mc, &x->capmc);
    if (nm < 0 || S_pool_room(x, n + (size_t)nm)) r = -1;
    for (long i = 0; !r && i < nm; i++)
        x->pool[n++] = (ing_dup_cand){(sqlite3_int64)x->mc[i].key, x->mc[i].sig, x->mc[i].shared, 1};
    if (!r) r = S_verify(x, n, m, bands, threshold, id, sim);
    return r;
}

/* ---- The writer's side -------------------------------------------------------- */
typedef struct S_pair { uint32_t band; sqlite3_int64 doc; } S_pair;

/* Sorts the N pairs of V, made in increasing doc order, into doc_bands'
 * key order (generation, band, doc): each generation's run (the docs
 * increase, so their generations do) by band with a stable radix sort,
 * which keeps the docs of a band in order.  TMP: room for N pairs.      */
static void S_pairs_sort(S_pair *v, size_t n, S_pair *tmp)
{
    for (size_t i = 0; i < n;) {
        size_t k = i;
        while (k < n && v[k].doc >> S_GEN_SHIFT == v[i].doc >> S_GEN_SHIFT) k++;
        S_pair *a = v + i, *b = tmp;
        for (int shift = 0; shift < 32; shift += 8) {
            size_t count[257] = {0};
            for (size_t x = 0; x < k - i; x++) count[(a[x].band >> shift & 255) + 1]++;
            for (int c = 0; c < 256; c++) count[c + 1] += count[c];
            for (size_t x = 0; x < k - i; x++) b[count[a[x].band >> shift & 255]++] = a[x];
            S_pair *t = a; a = b; b = t;
        }
        /* four passes: the sorted run is back in v                       */
        i = k;
    }
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
    S_pair *tmp = rc == SQLITE_DONE && k ? malloc(k * sizeof *tmp) : NULL;
    if (rc != SQLITE_DONE || (k && !tmp)) { free(v); return -1; }
    /* in key order: each B-tree page is written once, not once a row */
    if (k) S_pairs_sort(v, k, tmp);
    free(tmp);
    *out = v;
    *n = k;
    return 0;
}

#define S_BLOCK_ROWS 128   /* doc_bands rows a statement (ing_multi_sql) */

static int S_insert(ing_db *g, const S_pair *v, size_t n, sqlite3_int64 last)
{
    static const char sql[] = "INSERT OR IGNORE INTO doc_bands(gen, band, doc) VALUES(?3,?1,?2)";
    sqlite3_stmt *s, *block = NULL;
    if (sqlite3_prepare_v2(g->db, sql, -1, &s, NULL) != SQLITE_OK) return -1;
    int rc = SQLITE_DONE, cols = 3;
    if (n >= S_BLOCK_ROWS) {   /* the rows in blocks, the rest one by one   */
        char *multi = ing_multi_sql(sql, S_BLOCK_ROWS, &cols);
        if (!multi || sqlite3_prepare_v2(g->db, multi, -1, &block, NULL) != SQLITE_OK) rc = SQLITE_ERROR;
        free(multi);
    }
    for (size_t i = 0; i < n && rc == SQLITE_DONE;) {
        sqlite3_stmt *q = block && n - i >= S_BLOCK_ROWS ? block : s;
        for (int k = 0; k < (q == block ? S_BLOCK_ROWS : 1); k++, i++) {
            sqlite3_bind_int64(q, k * cols + 1, (sqlite3_int64)v[i].band);
            sqlite3_bind_int64(q, k * cols + 2, v[i].doc);
            sqlite3_bind_int64(q, k * cols + 3, v[i].doc >> S_GEN_SHIFT);
        }
        rc = sqlite3_step(q);
        sqlite3_reset(q);
    }
    sqlite3_finalize(block);
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

int ing_lsh_flush(ing_db *g, sqlite3_int64 *through)
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
    if (through) *through = last;
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
