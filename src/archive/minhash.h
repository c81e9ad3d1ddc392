/*
 * minhash.h -- near-duplicate detection for the news archive: MinHash
 * signatures over word shingles and an LSH (banded) index that finds the
 * stored signature most similar to a new one without comparing it to every
 * stored document.  Pure computation: no I/O, no printing.
 */
#ifndef DP_MINHASH_H
#define DP_MINHASH_H

#include <stddef.h>
#include <stdint.h>

#define DP_MH_K 126      /* hash functions (slots) of a signature          */
#define DP_MH_ROWS 3     /* LSH rows a band: DP_MH_K / DP_MH_ROWS bands     */
#define DP_MH_SHINGLE 3  /* words a shingle                                 */
#define DP_MH_BANDS (DP_MH_K / DP_MH_ROWS)

typedef struct dp_minhash {
    uint32_t sig[DP_MH_K];
    uint32_t shingles;   /* distinct-ish shingle count (all shingles seen) */
} dp_minhash;

/* The signature of UTF-8 TEXT (LEN bytes, any bytes accepted): words are
 * runs of letters and digits, lowercased (ASCII and Latin-1); a text of
 * fewer than DP_MH_SHINGLE words is one shingle of all its words.         */
void dp_minhash_text(const char *text, size_t len, dp_minhash *out);

/* Estimated Jaccard similarity of the two shingle sets (0..1).            */
double dp_minhash_jaccard(const dp_minhash *a, const dp_minhash *b);

/* The duplicate score: the Jaccard estimate, or, when the two sizes are
 * within a factor of 2, the estimated share of the smaller text's shingles
 * found in the larger one when that is higher (a copy with boilerplate
 * added or a changed lead).                                               */
double dp_minhash_similarity(const dp_minhash *a, const dp_minhash *b);

/* Signatures as bytes (little-endian, DP_MINHASH_BYTES) for storage.      */
#define DP_MINHASH_BYTES (4 * (DP_MH_K + 1))
void dp_minhash_pack(const dp_minhash *m, unsigned char out[DP_MINHASH_BYTES]);
int dp_minhash_unpack(const void *p, size_t n, dp_minhash *m);  /* -1: bad size */

/* The LSH band hashes of M: band b's DP_MH_ROWS slots hashed with b, never
 * 0.  Two signatures are candidates when some band hash of one equals some
 * band hash of the other (what dp_lsh_best looks at, and what a stored
 * index of band hashes, such as the ingest database's, must look at).     */
void dp_minhash_bands(const dp_minhash *m, uint32_t out[DP_MH_BANDS]);

/* ---- The LSH index ------------------------------------------------------ */
typedef struct dp_lsh dp_lsh;

dp_lsh *dp_lsh_new(void);                  /* NULL when memory ran out     */
void dp_lsh_free(dp_lsh *x);
size_t dp_lsh_count(const dp_lsh *x);
/* Adds M under KEY (the caller's id, e.g. the input order); -1: no memory. */
int dp_lsh_add(dp_lsh *x, const dp_minhash *m, uint64_t key);
/* Forgets the entries with a key below KEY (keys added in increasing order:
 * a bounded index of the most recent entries); their memory is reused.    */
void dp_lsh_drop_below(dp_lsh *x, uint64_t key);
/* The entry most similar to M (dp_minhash_similarity >= THRESHOLD, ties to
 * the smallest key) among those with key < BELOW; 1 and *KEY, *SIM when
 * found, else 0.                                                          */
int dp_lsh_best(dp_lsh *x, const dp_minhash *m, double threshold, uint64_t below,
                uint64_t *key, double *sim);

/* An entry of the index that shares SHARED (1..DP_MH_BANDS) band hashes
 * with a query; SIG stays valid until the index changes.                  */
typedef struct dp_lsh_cand {
    uint64_t key;
    const dp_minhash *sig;
    int shared;
} dp_lsh_cand;
/* The entries sharing a band hash with M, each once, in *OUT (grown with
 * realloc, *CAP its room), in no particular order: their number, or -1
 * when memory ran out.                                                    */
long dp_lsh_candidates(dp_lsh *x, const dp_minhash *m, dp_lsh_cand **out, size_t *cap);

#endif
