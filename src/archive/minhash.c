/*
 * minhash.c -- MinHash signatures over word shingles and the banded LSH
 * index of minhash.h.  Words are hashed as they are read (no copy of the
 * text); each shingle's 64-bit hash x gives slot i the value
 * (A_i * x + B_i) >> 32 (multiply-shift hashing, A_i odd), the signature
 * keeps each slot's minimum; shingles are applied 256 at a time, 8 slots
 * at a time on CPUs with AVX2 (the same values).  The index is an open-addressing multimap
 * from (band, band hash) to entry, so a query only looks at the entries
 * that share at least one band with it.
 */
#include "archive/minhash.h"

#include <stdlib.h>
#include <string.h>

#include "text/text.h"

#define S_BANDS DP_MH_BANDS

static uint64_t S_mix(uint64_t x)
{
    x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27; x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/* ---- Signatures ------------------------------------------------------------ */
#define S_SLOTS 128      /* DP_MH_K rounded up to 8 (the AVX2 path)         */
#define S_BUF 256        /* shingle hashes applied at a time               */

typedef struct S_sh {
    uint64_t a[S_SLOTS], b[S_SLOTS];
    uint32_t sig[S_SLOTS];
    uint64_t x[S_BUF];           /* shingle hashes not applied yet         */
    size_t nx;
    uint64_t w[DP_MH_SHINGLE];   /* the last words' hashes, oldest first   */
    size_t words;
    dp_minhash *out;
} S_sh;

/* Slot i of shingle x: (A_i * x + B_i) >> 32, its low 32 bits.            */
static void S_apply_scalar(S_sh *s)
{
    for (size_t k = 0; k < s->nx; k++) {
        uint64_t x = s->x[k];
        for (int i = 0; i < DP_MH_K; i++) {
            uint32_t v = (uint32_t)((s->a[i] * x + s->b[i]) >> 32);
            if (v < s->sig[i]) s->sig[i] = v;
        }
    }
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(DP_MINHASH_SCALAR)
#include <immintrin.h>
#define S_AVX2 1
/* The same values, 8 slots at a time: with a = ah:al, x = xh:xl (32-bit
 * halves), bits 32..63 of a*x + b are those of al*xl + b (64-bit) plus
 * ah*xl + al*xh (mod 2^32).                                               */
__attribute__((target("avx2"))) static void S_apply_avx2(S_sh *s)
{
    for (int g = 0; g < S_SLOTS; g += 8) {
        uint32_t al[8], ah[8];
        uint64_t be[4], bo[4];
        for (int i = 0; i < 8; i++) {
            al[i] = (uint32_t)s->a[g + i];
            ah[i] = (uint32_t)(s->a[g + i] >> 32);
        }
        for (int i = 0; i < 4; i++) { be[i] = s->b[g + 2 * i]; bo[i] = s->b[g + 2 * i + 1]; }
        __m256i val = _mm256_loadu_si256((const __m256i *)al);
        __m256i vah = _mm256_loadu_si256((const __m256i *)ah);
        __m256i valo = _mm256_srli_epi64(val, 32);
        __m256i vbe = _mm256_loadu_si256((const __m256i *)be);
        __m256i vbo = _mm256_loadu_si256((const __m256i *)bo);
        __m256i sig = _mm256_loadu_si256((const __m256i *)(s->sig + g));
        for (size_t k = 0; k < s->nx; k++) {
            __m256i xl = _mm256_set1_epi32((int)(uint32_t)s->x[k]);
            __m256i xh = _mm256_set1_epi32((int)(uint32_t)(s->x[k] >> 32));
            __m256i e = _mm256_add_epi64(_mm256_mul_epu32(val, xl), vbe);
            __m256i o = _mm256_add_epi64(_mm256_mul_epu32(valo, xl), vbo);
            __m256i hi = _mm256_blend_epi32(_mm256_srli_epi64(e, 32), o, 0xAA);
            __m256i m = _mm256_add_epi32(_mm256_mullo_epi32(vah, xl), _mm256_mullo_epi32(val, xh));
            sig = _mm256_min_epu32(sig, _mm256_add_epi32(hi, m));
        }
        _mm256_storeu_si256((__m256i *)(s->sig + g), sig);
    }
}
#endif

static void S_apply(S_sh *s)
{
#ifdef S_AVX2
    if (__builtin_cpu_supports("avx2")) S_apply_avx2(s);
    else S_apply_scalar(s);
#else
    S_apply_scalar(s);
#endif
    s->nx = 0;
}

static void S_shingle(S_sh *s, uint64_t x)
{
    if (s->nx == S_BUF) S_apply(s);
    s->x[s->nx++] = x;
    s->out->shingles++;
}

static void S_word(S_sh *s, uint64_t h)
{
    memmove(s->w, s->w + 1, sizeof s->w - sizeof s->w[0]);
    s->w[DP_MH_SHINGLE - 1] = S_mix(h);
    if (++s->words < DP_MH_SHINGLE) return;
    uint64_t x = 0;
    for (int i = 0; i < DP_MH_SHINGLE; i++) x = S_mix(x * 31 + s->w[i]);
    S_shingle(s, x);
}

/* An ASCII byte as a word's character, lowered ('A' -> 'a', digits as
 * they are); 0: not a word's.  One look-up instead of five tests.        */
static const unsigned char S_ascii[128] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g',
    ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n',
    ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u',
    ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

static int32_t S_lower(int32_t cp)
{
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
    return cp;
}

void dp_minhash_text(const char *text, size_t len, dp_minhash *out)
{
    S_sh s;
    for (int i = 0; i < S_SLOTS; i++) {
        s.a[i] = S_mix(0x5eed0000ull + 2 * (uint64_t)i) | 1;
        s.b[i] = S_mix(0x5eed0001ull + 2 * (uint64_t)i);
    }
    memset(s.sig, 0xff, sizeof s.sig);
    memset(s.w, 0, sizeof s.w);
    s.nx = 0;
    s.words = 0;
    out->shingles = 0;
    s.out = out;
    uint64_t h = 0;
    int inword = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        int word;
        unsigned char c = (unsigned char)text[i];
        if (c < 0x80) {   /* ASCII: no decoding; a run of word bytes at once */
            unsigned char l = S_ascii[c];
            if (!l) {
                i++;
                if (inword) {
                    S_word(&s, h);
                    inword = 0;
                }
                continue;
            }
            if (!inword) h = 1469598103934665603ull;
            inword = 1;
            do {
                h = (h ^ l) * 1099511628211ull;
                if (++i == len || (c = (unsigned char)text[i]) >= 0x80) break;
            } while ((l = S_ascii[c]));
            continue;
        } else {
            i += dp_utf8_next(text + i, len - i, &cp, NULL);
            word = dp_cp_is_letter(cp) || dp_cp_is_digit(cp);
        }
        if (word) {
            if (!inword) h = 1469598103934665603ull;
            h = (h ^ (uint64_t)S_lower(cp)) * 1099511628211ull;
            inword = 1;
        } else if (inword) {
            S_word(&s, h);
            inword = 0;
        }
    }
    if (inword) S_word(&s, h);
    if (s.words && s.words < DP_MH_SHINGLE) {
        uint64_t x = 0;
        for (size_t i = DP_MH_SHINGLE - s.words; i < DP_MH_SHINGLE; i++) x = S_mix(x * 31 + s.w[i]);
        S_shingle(&s, x);
    }
    S_apply(&s);
    memcpy(out->sig, s.sig, sizeof out->sig);
}

double dp_minhash_jaccard(const dp_minhash *a, const dp_minhash *b)
{
    if (!a->shingles || !b->shingles) return 0;
    int same = 0;
    for (int i = 0; i < DP_MH_K; i++) same += a->sig[i] == b->sig[i];
    return (double)same / DP_MH_K;
}

double dp_minhash_similarity(const dp_minhash *a, const dp_minhash *b)
{
    double j = dp_minhash_jaccard(a, b);
    double na = a->shingles, nb = b->shingles;
    double lo = na < nb ? na : nb, hi = na < nb ? nb : na;
    if (lo < 1 || hi > 2 * lo) return j;
    double inter = j * (na + nb) / (1 + j);   /* |A n B| from J and the sizes */
    double c = inter / lo;
    if (c > 1) c = 1;
    return c > j ? c : j;
}

void dp_minhash_pack(const dp_minhash *m, unsigned char out[DP_MINHASH_BYTES])
{
    for (int i = 0; i <= DP_MH_K; i++) {
        uint32_t v = i < DP_MH_K ? m->sig[i] : m->shingles;
        for (int k = 0; k < 4; k++) out[4 * i + k] = (unsigned char)(v >> (8 * k));
    }
}

int dp_minhash_unpack(const void *p, size_t n, dp_minhash *m)
{
    const unsigned char *in = p;
    if (!p || n != DP_MINHASH_BYTES) return -1;
    for (int i = 0; i <= DP_MH_K; i++) {
        uint32_t v = 0;
        for (int k = 0; k < 4; k++) v |= (uint32_t)in[4 * i + k] << (8 * k);
        if (i < DP_MH_K) m->sig[i] = v;
        else m->shingles = v;
    }
    return 0;
}

/* ---- The LSH index ---------------------------------------------------------- */
typedef struct S_slot { uint32_t band; uint32_t entry; } S_slot;  /* band 0: empty */

struct dp_lsh {
    dp_minhash *sig;
    uint64_t *key;
    uint32_t *stamp;      /* last query that looked at the entry          */
    uint32_t *pos;        /* ... and where it put it (dp_lsh_candidates)   */
    size_t n, cap;
    S_slot *slot;
    size_t nslot, used;   /* nslot: a power of 2                          */
    uint32_t query;
};

dp_lsh *dp_lsh_new(void)
{
    return calloc(1, sizeof(dp_lsh));
}

void dp_lsh_free(dp_lsh *x)
{
    if (!x) return;
    free(x->sig);
    free(x->key);
    free(x->stamp);
    free(x->pos);
    free(x->slot);
    free(x);
}

size_t dp_lsh_count(const dp_lsh *x) { return x->n; }

static uint32_t S_band(const dp_minhash *m, int b)
{
    uint64_t h = (uint64_t)b * 0x9e3779b97f4a7c15ull;
    for (int r = 0; r < DP_MH_ROWS; r++) h = S_mix(h ^ m->sig[b * DP_MH_ROWS + r]);
    return (uint32_t)h | 1;   /* never 0 (the empty slot)                   */
}

static void S_put(S_slot *t, size_t nslot, uint32_t band, uint32_t entry)
{
    size_t i = band & (nslot - 1);
    while (t[i].band) i = (i + 1) & (nslot - 1);
    t[i].band = band;
    t[i].entry = entry;
}

static int S_grow_slots(dp_lsh *x)
{
    size_t nn = x->nslot ? x->nslot * 2 : 1024;
    S_slot *t = calloc(nn, sizeof *t);
    if (!t) return -1;
    for (size_t i = 0; i < x->nslot; i++)
        if (x->slot[i].band) S_put(t, nn, x->slot[i].band, x->slot[i].entry);
    free(x->slot);
    x->slot = t;
    x->nslot = nn;
    return 0;
}

static int S_grow_entries(dp_lsh *x)
{
    size_t nc = x->cap ? x->cap * 2 : 256;
    dp_minhash *s = realloc(x->sig, nc * sizeof *s);
    if (!s) return -1;
    x->sig = s;
    uint64_t *k = realloc(x->key, nc * sizeof *k);
    if (!k) return -1;
    x->key = k;
    uint32_t *st = realloc(x->stamp, nc * sizeof *st);
    if (!st) return -1;
    memset(st + x->cap, 0, (nc - x->cap) * sizeof *st);
    x->stamp = st;
    uint32_t *ps = realloc(x->pos, nc * sizeof *ps);
    if (!ps) return -1;
    x->pos = ps;
    x->cap = nc;
    return 0;
}

void dp_minhash_bands(const dp_minhash *m, uint32_t out[DP_MH_BANDS])
{
    for (int b = 0; b < S_BANDS; b++) out[b] = S_band(m, b);
}

int dp_lsh_add(dp_lsh *x, const dp_minhash *m, uint64_t key)
{
    if (x->n == x->cap && S_grow_entries(x)) return -1;
    while ((x->used + S_BANDS) * 2 > x->nslot)
        if (S_grow_slots(x)) return -1;
    uint32_t e = (uint32_t)x->n++;
    x->sig[e] = *m;
    x->key[e] = key;
    x->stamp[e] = 0;
    for (int b = 0; b < S_BANDS; b++) S_put(x->slot, x->nslot, S_band(m, b), e);
    x->used += S_BANDS;
    return 0;
}

void dp_lsh_drop_below(dp_lsh *x, uint64_t key)
{
    size_t k = 0;
    while (k < x->n && x->key[k] < key) k++;
    if (!k) return;
    x->n -= k;
    memmove(x->sig, x->sig + k, x->n * sizeof *x->sig);
    memmove(x->key, x->key + k, x->n * sizeof *x->key);
    memset(x->stamp, 0, x->cap * sizeof *x->stamp);
    x->query = 0;
    memset(x->slot, 0, x->nslot * sizeof *x->slot);
    x->used = 0;
    for (size_t e = 0; e < x->n; e++) {
        for (int b = 0; b < S_BANDS; b++) S_put(x->slot, x->nslot, S_band(&x->sig[e], b), (uint32_t)e);
        x->used += S_BANDS;
    }
}

/* A new query: the stamps of the last one no longer count.                */
static void S_new_query(dp_lsh *x)
{
    if (++x->query == 0) {   /* the stamps wrapped: forget them            */
        memset(x->stamp, 0, x->cap * sizeof *x->stamp);
        x->query = 1;
    }
}

long dp_lsh_candidates(dp_lsh *x, const dp_minhash *m, dp_lsh_cand **out, size_t *cap)
{
    if (!x->n || !m->shingles) return 0;
    S_new_query(x);
    size_t n = 0;
    for (int b = 0; b < S_BANDS; b++) {
        uint32_t band = S_band(m, b);
        for (size_t i = band & (x->nslot - 1); x->slot[i].band; i = (i + 1) & (x->nslot - 1)) {
            uint32_t e = x->slot[i].entry;
            if (x->slot[i].band != band) continue;
            if (x->stamp[e] == x->query) { (*out)[x->pos[e]].shared++; continue; }
            if (n == *cap) {
                size_t nc = *cap ? *cap * 2 : 64;
                dp_lsh_cand *p = realloc(*out, nc * sizeof *p);
                if (!p) return -1;
                *out = p;
                *cap = nc;
            }
            x->stamp[e] = x->query;
            x->pos[e] = (uint32_t)n;
            (*out)[n++] = (dp_lsh_cand){x->key[e], &x->sig[e], 1};
        }
    }
    return (long)n;
}

int dp_lsh_best(dp_lsh *x, const dp_minhash *m, double threshold, uint64_t below,
                uint64_t *key, double *sim)
{
    if (!x->n || !m->shingles) return 0;
    S_new_query(x);
    int found = 0;
    double best = 0;
    uint64_t bestk = 0;
    for (int b = 0; b < S_BANDS; b++) {
        uint32_t band = S_band(m, b);
        for (size_t i = band & (x->nslot - 1); x->slot[i].band; i = (i + 1) & (x->nslot - 1)) {
            uint32_t e = x->slot[i].entry;
            if (x->slot[i].band != band || x->stamp[e] == x->query) continue;
            x->stamp[e] = x->query;
            if (x->key[e] >= below) continue;
            double s = dp_minhash_similarity(m, &x->sig[e]);
            if (s < threshold) continue;
            if (!found || s > best || (s == best && x->key[e] < bestk)) {
                found = 1;
                best = s;
                bestk = x->key[e];
            }
        }
    }
    if (found) { *key = bestk; *sim = best; }
    return found;
}
