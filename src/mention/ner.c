/*
 * mention/ner.c -- the statistical name tagger (see ner.h): hashed token
 * features, Viterbi decoding under BIO constraints, and the weights read
 * from the model's ner.w section.  Features never allocate: each is an
 * FNV-1a hash of a template number and a few byte strings.  What a token's
 * form decides alone (its own and its neighbour features' weight sums,
 * its lexicon and gazetteer lookups) is worked out once per distinct form
 * and kept in the handle's memo (d->nercache) from document to document;
 * the scores are integer sums, the same in any order.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE__)
#include <xmmintrin.h>
#endif

#include "ner.h"
#include "model/format.h"
#include "text/text.h"

/* Loops over the nine tags run at each token: unrolled (GCC does not
 * at -O2).                                                              */
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 8
#define S_UNROLL _Pragma("GCC unroll 9")
#else
#define S_UNROLL
#endif

/* Four lanes at once (GCC and clang vector extensions).                 */
typedef int32_t S_v4i __attribute__((vector_size(16)));
typedef float S_v4f __attribute__((vector_size(16)));

/* Lane-wise B > A ? B : A (maxps where there is SSE).                   */
static inline S_v4f S_max4(S_v4f a, S_v4f b)
{
#if defined(__SSE__)
    return (S_v4f)_mm_max_ps((__m128)b, (__m128)a);
#else
    S_v4i m = b > a;
    return (S_v4f)(((S_v4i)b & m) | ((S_v4i)a & ~m));
#endif
}

/* ---- feature hashing ------------------------------------------------------ */
#define S_FNV0 2166136261u
#define S_FNVP 16777619u

static inline uint32_t S_mix(uint32_t h, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;
    for (; k + 4 <= n; k += 4) {            /* four bytes a turn, in order */
        h = (h ^ u[k]) * S_FNVP;
        h = (h ^ u[k + 1]) * S_FNVP;
        h = (h ^ u[k + 2]) * S_FNVP;
        h = (h ^ u[k + 3]) * S_FNVP;
    }
    if ((n - k) & 2) {
        h = (h ^ u[k]) * S_FNVP;
        h = (h ^ u[k + 1]) * S_FNVP;
        k += 2;
    }
    if ((n - k) & 1) h = (h ^ u[k]) * S_FNVP;
    return h;
}

static uint32_t S_tmpl(uint32_t t) { return (S_FNV0 ^ t) * S_FNVP; }

static uint32_t S_fin(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x7feb352du;
    h ^= h >> 15;
    h *= 0x846ca68bu;
    return h ^ (h >> 16);
}

/* Where features go: their hashes into OUT (the training's view); or,
 * when W is set (the tagger), the addresses of their weight rows (W: the
 * weights, MASK: the buckets') into ROWS, each row's read started then.  */
typedef struct S_numc S_numc;
typedef struct S_fx {
    uint32_t *out;
    size_t n;
    const int16_t *w;
    uint32_t mask;
    const int16_t **rows;
    S_numc *nc;             /* the tagger's buckets of numbered features, or
                               NULL (S_add_n)                             */
    int folded;             /* 1: the features a form decides alone are in
                               its sums (S_summed), not added again      */
    int grp;                /* 1: the small numbered features go in G
                               (S_GSLOTS), summed by S_gsums             */
    uint64_t g[2];
} S_fx;

/* The weight row ROW (the tagger), its read started.                  */
static inline void S_add_rowp(S_fx *f, const int16_t *row)
{
    __builtin_prefetch(row);
    __builtin_prefetch(row + DP_NER_NTAGS - 1);
    f->rows[f->n++] = row;
}

/* The weight row of bucket B (the tagger), its read started.           */
static inline void S_add_row(S_fx *f, uint32_t b)
{
    S_add_rowp(f, f->w + (size_t)b * DP_NER_NTAGS);
}

static inline void S_add(S_fx *f, uint32_t h)
{
    if (f->n >= DP_NER_MAXF) return;
    h = S_fin(h);
    if (!f->w) {
        f->out[f->n++] = h;
        return;
    }
    S_add_row(f, h & f->mask);
}

/* Template T with a number V: S_mix of its four bytes, low byte first,
 * written out (every token adds a dozen of these).                      */
static inline uint32_t S_num_hash(uint32_t t, uint32_t v)
{
    uint32_t h = S_tmpl(t);
    h = (h ^ (v & 0xffu)) * S_FNVP;
    h = (h ^ (v >> 8 & 0xffu)) * S_FNVP;
    h = (h ^ (v >> 16 & 0xffu)) * S_FNVP;
    return (h ^ (v >> 24)) * S_FNVP;
}

/* The weight rows of numbered features the tagger met, kept with the
 * handle's memo (S_memo) in a direct-mapped table of S_NUMC entries: KEY
 * the template (never 0) and the number, 0 when empty; ROW the row of
 * the bucket S_add finds for them (the memo is kept only with the weights
 * it was made with: dp_ner_prepare).  A template and number recur at
 * every token (flags, parts of speech, runs of capitals), hashing them
 * does not.                                                              */
#define S_NUMC_BITS 13
#define S_NUMC (1u << S_NUMC_BITS)
struct S_numc {
    uint64_t key;
    const int16_t *row;
};

/* The numbered features of few values a token has (the tagger's): each
 * template's place in a token's group key, X(template, word, first bit,
 * width of the number): a presence bit, the number above it.  The tagger
 * sums a key's rows once (S_gsum) instead of token by token.            */
#define S_GSLOTS(X) X(30, 0, 0, 23) X(34, 0, 24, 5) X(51, 0, 30, 4) X(60, 0, 35, 9) \
                    X(70, 1, 0, 14) X(74, 1, 15, 11)

/* Whether template T has a place in the group key: its word, bit, width. */
static inline int S_gslot(uint32_t t, int *word, int *bit, int *width)
{
#define S_GCASE(T, W, B, N) if (t == T) { *word = W; *bit = B; *width = N; return 1; }
    S_GSLOTS(S_GCASE)
#undef S_GCASE
    return 0;
}

__attribute__((always_inline)) static inline void S_add_n(S_fx *f, uint32_t t, uint32_t v)
{
    int gw, gb, gn;
    if (f->grp && S_gslot(t, &gw, &gb, &gn) && !(v >> gn)) {
        f->g[gw] |= (1ull | (uint64_t)v << 1) << gb;   /* S_REST_MAXF: no limit met */
        return;
    }
    if (!f->nc) {
        S_add(f, S_num_hash(t, v));
        return;
    }
    if (f->n >= DP_NER_MAXF) return;
    uint64_t key = (uint64_t)t << 32 | v;
    S_numc *e = &f->nc[((t * 0x9e3779b1u) ^ v) * 0x85ebca6bu >> (32 - S_NUMC_BITS)];
    if (e->key != key) {
        e->key = key;
        e->row = f->w + (size_t)(S_fin(S_num_hash(t, v)) & f->mask) * DP_NER_NTAGS;
    }
    S_add_rowp(f, e->row);
}

static void S_add_s(S_fx *f, uint32_t t, const char *s)
{
    S_add(f, S_mix(S_tmpl(t), s, strlen(s)));
}

/* ---- forms ------------------------------------------------------------------ */
/* One distinct token form: what the features read of a token by itself.
 * The key is its kind, capitalisation (DP_TF_CAP | DP_TF_UPPER) and its
 * bytes, lowercase and folded forms (KEY: the three one after the other,
 * NUL-ended); then its shape, its lexicon bits and gazetteer class
 * (looked up when first asked), and the weight sums of the features the
 * form alone decides: V[0] its own, V[1 + k] as the word at offset -2,
 * -1, +1, +2 (filled when the tagger first needs them).                  */
typedef struct S_form {
    const char *lower, *norm;   /* in KEY                                 */
    const dp_form *nf;      /* the handle's record of NORM (S_key), or NULL */
    int32_t (*v)[DP_NER_NTAGS];
    uint32_t nraw, nlower, nnorm, hash;
    uint64_t khash;         /* dp_key_hash of NORM: its lookups in the model
                               (one hash for all) and the table of uses   */
    uint32_t h8, h9;        /* the word pair hashes' halves (S_pairs)      */
    uint16_t kind;
    uint8_t flags, nshape;
    uint8_t kb;             /* S_K* bits (S_KDONE: looked up), 0: not yet  */
    char g1;                /* gazetteer class, S_GUNK: not looked up yet  */
    uint8_t have;           /* bit k: V[k] filled (each when first needed:
                               many forms are never some token's neighbour
                               at some offset)                            */
    uint8_t same;           /* its lowercase and folded forms are equal    */
    uint8_t gpfx;           /* 2: gazetteer names start with it and a space,
                               1: none do, 0: not looked up yet           */
    uint16_t dicts;         /* dp_ner_dict_at's answers: 5 bits a dictionary
                               (asked, an entry, a prefix of entries;
                               dp_ner_dict_starts: asked, yes)            */
    uint8_t rhave;          /* bit j: RB[j] known                          */
    uint8_t edge;           /* 1: outside the sentence (S_edges)           */
    uint8_t kept;           /* 1: in the handle's memo (lives as long)     */
    const struct S_form *p8, *p9;   /* the last kept forms before and after
                               it as a word pair (both kept), and their */
    uint32_t b8, b9;        /* buckets (S_pairs: a bigram recurs)          */
    uint32_t pos;           /* the parts of speech of its first token: its
                               sums' (S_summed; a token with others has
                               them corrected, S_emit)                    */
    uint32_t rb[5];         /* the tagger's buckets of the run features
                               over the lowercase form (S_add_low)        */
    char shape[8];
    char key[];             /* raw bytes first                             */
} S_form;
enum { S_KDONE = 1, S_KFN = 2, S_KAC = 4, S_KDM = 8, S_KOH = 16, S_KTI = 32, S_KOW = 64 };
#define S_GUNK ((char)0x7f)
#define S_KEYFLAGS (DP_TF_CAP | DP_TF_UPPER)

/* The handle's memo of forms (d->nercache): it survives the pipeline's
 * reset, dp_doc_free frees it.  News text repeats its forms from article
 * to article, and each form costs a dozen random reads in the weights
 * and the lexicons.  It only grows, up to S_MEMO_MAX forms; later new
 * forms live in the document's arena.                                   */
#define S_MEMO_SLOTS (1u << 16)
#define S_MEMO_MAX (S_MEMO_SLOTS / 2)
/* Its slots are followed by the table of numbered features' buckets.   */
/* The weight sums of group keys (S_gsum): direct-mapped, K[0] with bit
 * 63 set when taken.                                                     */
typedef struct S_gsum {
    uint64_t k[2];
    int32_t sum[DP_NER_NTAGS];
} S_gsum;
#define S_GSUM_BITS 12

/* The gazetteer class of two kept forms side by side (S_g2), SP: with a
 * space between; direct-mapped.                                         */
typedef struct S_g2c {
    const S_form *a, *b;
    uint8_t sp;
    char g;
} S_g2c;
#define S_G2C_BITS 12

/* dp_ner_pair_dead's answers for two kept forms side by side, SP: with
 * a space between; BITS, two a dictionary: asked, dead; direct-mapped.  */
typedef struct S_dpc {
    const S_form *a, *b;
    uint8_t sp, bits;
} S_dpc;
#define S_DPC_BITS 12
_Static_assert(2 * DP_NER_NDICTS <= 8, "S_dpc: two bits a dictionary in BITS");

/* The transitions the tagger decodes with: TR (S_constrain), and TRT,
 * TR's rows 0-8 transposed (TRT[b * T + a] = TR[a * T + b]: the scores
 * of coming to tag b, one row).                                          */
typedef struct S_trans {
    float tr[(DP_NER_NTAGS + 1) * DP_NER_NTAGS];
    float trt[DP_NER_NTAGS * DP_NER_NTAGS];
} S_trans;

enum { S_NEDGE = 4 };
typedef struct S_tail {
    S_trans trans;          /* S_trans_of, made once (TRANS_OK) for the
                               weights the memo was made with            */
    int trans_ok;
    S_numc num[S_NUMC];
    S_form *edge[S_NEDGE];  /* S_edges, made once                         */
    S_gsum gsum[1u << S_GSUM_BITS];
    S_g2c g2c[1u << S_G2C_BITS];
    S_dpc dpc[1u << S_DPC_BITS];
} S_tail;
_Static_assert(sizeof(S_tail) % sizeof(S_form *) == 0, "S_tail: whole slots");
static dp_kept *S_memo(dp_doc *d)
{
    return dp_kept_get(d, &d->nercache, S_MEMO_SLOTS + sizeof(S_tail) / sizeof(S_form *),
                       sizeof(S_form *));
}

static S_tail *S_memo_tail(dp_kept *c)
{
    return c ? (S_tail *)(void *)((S_form **)c->v + S_MEMO_SLOTS) : NULL;
}

/* Word shape of the N bytes S: X upper, x lower, d digit, other ASCII
 * kept, o anything else; runs of one class collapsed; at most 6 bytes.
 * Returns its length.                                                    */
static uint8_t S_shape(const char *s, size_t n, char *out)
{
    size_t k = 0, o = 0;
    while (k < n && o < 6) {
        int32_t cp;
        k += dp_utf8_next(s + k, n - k, &cp, 0);
        uint32_t u = (uint32_t)cp;      /* the ranges apart: lowercase, the most, first */
        char c = u - 'a' < 26 ? 'x' : u - 'A' < 26 ? 'X' : u - '0' < 10 ? 'd'
               : u < 128 ? (u > 32 ? (char)u : 'o')
               : dp_cp_is_upper(cp) ? 'X' : dp_cp_is_digit(cp) ? 'd'
               : dp_cp_is_letter(cp) ? 'x' : 'o';
        if (!o || out[o - 1] != c) out[o++] = c;
    }
    out[o] = 0;
    return (uint8_t)o;
}

/* What identifies token T's form (see S_form), and its hash H: of the
 * raw bytes; or, when the token has the handle's record NF of its folded
 * form (core/memo.c, kept by an earlier stage: d->tokform), of that
 * record's address, the kind, capitals and length (no bytes read).  The
 * record is kept as long as the handle, and so is the memo of forms:
 * dp_doc_free frees both, the pipeline's reset neither, so an address
 * names one folded form for the memo's whole life.                       */
typedef struct S_key {
    const dp_token *t;
    const char *raw, *lower, *norm;
    const dp_form *nf;
    uint32_t nraw, kf, h;
} S_key;

static S_key S_key_of(const dp_doc *d, uint32_t i)
{
    const dp_token *t = &d->toks.v[i];
    const dp_form *nf = d->tokform ? d->tokform[i] : NULL;
    S_key k = { t, d->text + t->b0, t->lower ? t->lower : "", t->norm ? t->norm : "", NULL,
                t->b1 - t->b0, t->kind | (t->flags & S_KEYFLAGS) << 16, 0 };
    if (nf && nf->arena != &d->arena && t->norm) {
        uint64_t x = ((uint64_t)(uintptr_t)nf ^ (uint64_t)k.kf << 40 ^ (uint64_t)k.nraw << 56) *
                     0x9e3779b97f4a7c15ull;
        k.nf = nf;
        k.h = (uint32_t)(x >> 32);  /* the product's high half: mixed enough (only
                                       where a form's slot is, never what it is) */
    } else {
        k.h = S_fin(S_mix(S_tmpl(k.kf), k.raw, k.nraw));
    }
    return k;
}

/* Whether form F has the lowercase and folded forms of K, where F and K
 * share bytes, kind and capitals.  With one record NF they share the
 * folded form (its key): a lowercase form that is the folded string
 * itself is then F's when F's are one string.                           */
static inline int S_same_forms(const S_form *f, const S_key *k)
{
    if (k->nf) return k->lower == k->norm ? f->same : !strcmp(f->lower, k->lower);
    return !strcmp(f->lower, k->lower) && (k->lower == k->norm ? f->same : !strcmp(f->norm, k->norm));
}

/* The slot of the table SLOT (MASK + 1 of them) that holds the form of K,
 * or the free slot where it belongs.                                     */
__attribute__((always_inline)) static inline S_form **S_form_slot(S_form **slot, size_t mask,
                                                                const S_key *k)
{
    size_t j = k->h & mask;
    for (S_form *f; (f = slot[j]); j = (j + 1) & mask)
        if (f->hash == k->h && f->nf == k->nf && f->nraw == k->nraw &&
            (f->kind | (uint32_t)f->flags << 16) == k->kf && dp_same_bytes(f->key, k->raw, k->nraw) &&
            S_same_forms(f, k))
            break;
    return &slot[j];
}

/* The form's halves of the word pair features: itself as the word before
 * (template 8) and, with its NUL, as the word in the middle (template 9). */
static void S_halves(S_form *f)
{
    f->h8 = S_mix(S_tmpl(8), f->lower, f->nlower);
    f->h9 = S_mix(S_tmpl(9), f->lower, f->nlower + 1);
}

/* A new form in arena A for K.                                           */
static S_form *S_form_new(dp_arena *a, const S_key *k)
{
    uint32_t nraw = k->nraw, nlower = (uint32_t)strlen(k->lower);
    uint32_t nk = nraw + nlower + (uint32_t)strlen(k->norm) + 3;
    S_form *f = dp_arena_alloc(a, sizeof *f + nk);
    memcpy(f->key, k->raw, nraw);
    memcpy(f->key + nraw + 1, k->lower, nlower + 1);
    memcpy(f->key + nraw + nlower + 2, k->norm, nk - nraw - nlower - 2);
    f->nraw = nraw;
    f->nlower = nlower;
    f->nnorm = nk - nraw - nlower - 3;
    f->lower = f->key + nraw + 1;
    f->norm = f->lower + nlower + 1;
    f->hash = k->h;
    f->nf = k->nf;
    f->khash = dp_key_hash(f->norm, f->nnorm);
    S_halves(f);
    f->kind = k->t->kind;
    f->flags = (uint8_t)(k->t->flags & S_KEYFLAGS);
    f->pos = k->t->pos;
    f->nshape = S_shape(f->key, nraw, f->shape);
    f->same = !strcmp(f->lower, f->norm);
    f->g1 = S_GUNK;
    f->v = dp_arena_alloc_raw(a, 5 * sizeof *f->v);   /* S_summed fills */
    return f;
}

/* Whether the word tokens A and B, of one lowercase form (the tagger's
 * form of the document, text/tag.c), have one S_form: the same kind,
 * capitalisation, bytes and folded form.                                 */
static int S_same_key(const dp_doc *d, const dp_token *a, const dp_token *b)
{
    uint32_t n = a->b1 - a->b0;
    if (n != b->b1 - b->b0 || a->kind != b->kind || ((a->flags ^ b->flags) & S_KEYFLAGS))
        return 0;
    if (!dp_same_bytes(d->text + a->b0, d->text + b->b0, n)) return 0;
    if (a->norm == a->lower && b->norm == b->lower) return 1;   /* lowercase forms alike */
    const char *na = a->norm ? a->norm : "", *nb = b->norm ? b->norm : "";
    while (*na && *na == *nb) na++, nb++;
    return *na == *nb;
}

/* The last token before I with token I's key (S_same_key), or I when
 * none is known: LAST[x] keeps the last token (+ 1) of each of the
 * tagger's forms of the document (TS: d->tagslot, NULL without; a word
 * repeats in a document, mostly written alike).  Asked in token order.  */
static inline uint32_t S_rep(dp_doc *d, const uint32_t *ts, uint32_t *last, uint32_t i)
{
    if (!ts) return i;
    uint32_t x = ts[i], r = i;
    if (!x) {   /* no word: a one-byte token (punctuation) after the last of its byte,
                   LAST[n + 1 + byte], its lowercase and folded forms compared */
        const dp_token *t = &d->toks.v[i];
        if (t->b1 - t->b0 != 1 || !t->lower || !t->norm) return i;
        x = (uint32_t)d->toks.n + 1 + (unsigned char)d->text[t->b0];
        const dp_token *p = last[x] ? &d->toks.v[last[x] - 1] : NULL;
        if (p && p->kind == t->kind && !((p->flags ^ t->flags) & S_KEYFLAGS) &&
            (p->lower == t->lower || !strcmp(p->lower, t->lower)) &&
            (p->norm == t->norm || !strcmp(p->norm, t->norm)))
            r = last[x] - 1;
        last[x] = i + 1;
        return r;
    }
    if (x > d->toks.n) return i;
    if (last[x] && S_same_key(d, &d->toks.v[i], &d->toks.v[last[x] - 1])) r = last[x] - 1;
    last[x] = i + 1;
    return r;
}

/* The forms of D's tokens into FORM, from the handle's memo (a new form
 * goes there while it has room).  Forms the memo cannot hold (it is full,
 * or there is none) go in a table of the document's own, made when first
 * needed, as a form repeats within a document too.  The memo's slots and
 * forms are scattered over megabytes: their reads are started ahead.  A
 * token written as an earlier one of its lowercase form (S_rep) takes
 * its form without a look-up: FORM is set for the tokens that look theirs
 * up, and the returned REP (REP[i] <= i) says whose form each token has;
 * the caller copies them in token order.                                 */
static uint32_t *S_forms(dp_doc *d, S_form **form)
{
    enum { AHEAD = 8 };
    size_t cap = 64, n = d->toks.n;
    while (cap < 2 * n + 2) cap *= 2;
    S_form **mine = NULL;
    S_key *k = dp_arena_alloc_raw(&d->arena, (n + 1) * sizeof *k);   /* k[0..n) written first */
    uint32_t *rep = dp_arena_alloc_raw(&d->arena, (n + 1) * sizeof *rep);
    dp_kept *c = S_memo(d);
    S_form **slot = c ? c->v : NULL;
    const uint32_t *ts = d->tagslot;
    uint32_t *last = ts ? dp_arena_alloc(&d->arena, (n + 257) * sizeof *last) : NULL;
    uint32_t *own = dp_arena_alloc_raw(&d->arena, (n + 1) * sizeof *own);
    uint32_t nown = 0;
    for (uint32_t i = 0; i < n; i++) {
        if ((rep[i] = S_rep(d, ts, last, i)) != i) continue;
        k[nown] = S_key_of(d, i);       /* the tokens that look their form up: OWN */
        if (c) __builtin_prefetch(&slot[k[nown].h & (S_MEMO_SLOTS - 1)]);
        own[nown++] = i;
    }
    for (uint32_t o = 0; o < nown; o++) {
        uint32_t i = own[o];
        if (c) {
            if (o + AHEAD < nown) {
                const S_form *p = slot[k[o + AHEAD].h & (S_MEMO_SLOTS - 1)];
                if (p) __builtin_prefetch(p);
            }
            S_form **g = S_form_slot(slot, S_MEMO_SLOTS - 1, &k[o]);
            if (!*g && c->used < S_MEMO_MAX) {
                *g = S_form_new(&c->arena, &k[o]);
                (*g)->kept = 1;
                c->used++;
            }
            if ((form[i] = *g)) continue;
        }
        if (!mine) mine = dp_arena_alloc(&d->arena, cap * sizeof *mine);
        S_form **l = S_form_slot(mine, cap - 1, &k[o]);
        if (!*l) *l = S_form_new(&d->arena, &k[o]);
        form[i] = *l;
    }
    return rep;     /* the other tokens' forms: FORM[REP[i]] (dp_ner_prepare) */
}

/* Outside the sentence: the word and shape features see these.  Made
 * once in the handle's memo (their sums kept with it), or for the
 * document when there is none.                                           */
enum { S_START, S_START2, S_END, S_END2 };
static void S_edges(dp_doc *d, S_form **e)
{
    static const char *w[S_NEDGE] = { "<s>", "<s2>", "</s>", "</s2>" };
    static const char *sh[S_NEDGE] = { "<", "", ">", "" };
    S_tail *t = S_memo_tail(d->nercache);
    if (t && t->edge[0]) {
        memcpy(e, t->edge, sizeof t->edge);
        return;
    }
    dp_arena *a = t ? &d->nercache->arena : &d->arena;
    for (int k = 0; k < S_NEDGE; k++) {
        uint32_t n = (uint32_t)strlen(w[k]);
        e[k] = dp_arena_alloc(a, sizeof *e[k]);
        e[k]->lower = e[k]->norm = w[k];
        e[k]->nlower = e[k]->nnorm = n;
        S_halves(e[k]);
        e[k]->nshape = (uint8_t)strlen(sh[k]);
        memcpy(e[k]->shape, sh[k], e[k]->nshape + 1u);
        e[k]->v = dp_arena_alloc_raw(a, 5 * sizeof *e[k]->v);
        e[k]->edge = 1;
        e[k]->kept = t != NULL;
        if (t) t->edge[k] = e[k];
    }
}

/* The dictionaries the features and dp_ner_dict_at read: dp_ner_dicts'
 * three first.                                                          */
enum { S_DFN = DP_NER_NDICTS, S_DOH, S_DOW, S_NDICT };
static const char *const S_dname[S_NDICT] = { "actors", "agents", "titles", "firstnames",
                                              "orgheads", "org_words" };

/* ---- per-document context ---------------------------------------------------- */
enum { S_CAPMID = 1, S_LOWER = 2, S_AFTER_FIRST = 4, S_AFTER_TITLE = 8 };
typedef struct { const char *k; uint8_t bits; } S_use;
struct dp_ner_ctx {
    dp_ner_head head;       /* first: dp_ner_dict_at (ner.h) reads it     */
    dp_doc *d;
    S_form **form;          /* token -> its form                           */
    S_form *edge[S_NEDGE];
    int32_t *place;         /* token -> place index, -1                    */
    S_use *use;             /* open addressing on folded words; only the
                               slots marked in TAKEN are set              */
    uint8_t *taken;         /* a bit a slot of USE                        */
    S_use **useat;          /* capitalised word token -> its entry in USE */
    const uint32_t *rep;    /* S_rep: an earlier token of the same form   */
    int posdiff;            /* 1: some token's parts of speech are not its
                               form's (S_pos_fix)                        */
    size_t cap;
    char *g2;               /* gazetteer class of the token and the next;
                               S_GUNK: not looked up yet                  */
    uint8_t *cw;            /* token -> 1: a capitalised word             */
    const dp_dict *dict[S_NDICT];
    S_numc *numc;           /* the memo's buckets of numbered features, or
                               NULL                                       */
    S_gsum *gsum;           /* the memo's sums of group keys, or NULL      */
    S_g2c *g2c;             /* the memo's classes of form pairs, or NULL   */
    S_dpc *dpc;             /* the memo's dp_ner_pair_dead, or NULL        */
};

/* The form at token J of the sentence [S0, S1), or an edge outside.     */
static S_form *S_at(dp_ner_ctx *x, long j, uint32_t s0, uint32_t s1)
{
    if (j < (long)s0) return x->edge[j == (long)s0 - 1 ? S_START : S_START2];
    if (j >= (long)s1) return x->edge[j == (long)s1 ? S_END : S_END2];
    return x->form[j];
}

static int S_in_dict(const dp_ner_ctx *x, int which, const char *key, size_t n, uint64_t hv)
{
    const char *v;
    return dp_dict_find_hv(x->d->model, x->dict[which], key, n, hv, &v, 1) != 0;
}

/* Gazetteer class of KEY (its dp_key_hash HV): 0 none, else the first
 * record's feature class.                                                */
static char S_gaz(const dp_doc *d, const char *key, size_t n, uint64_t hv)
{
    uint32_t id;
    dp_gaz_rec r;
    if (!n || !dp_gaz_find_hv(d->model, key, n, hv, &id, 1) || dp_gaz_get(d->model, id, &r))
        return 0;
    return r.fclass ? r.fclass : '?';
}

/* Gazetteer class of tokens I, I+1 joined as dp_ment_key does.          */
static char S_gaz2(const dp_doc *d, uint32_t i)
{
    char k[128];
    const char *a = d->toks.v[i].norm, *b = d->toks.v[i + 1].norm;
    size_t la = strlen(a), lb = strlen(b);
    int sp = (d->toks.v[i + 1].flags & DP_TF_SPACE) != 0;
    if (la + lb + 2 > sizeof k) return 0;
    memcpy(k, a, la);
    if (sp) k[la] = ' ';
    memcpy(k + la + sp, b, lb);
    return S_gaz(d, k, la + sp + lb, dp_key_hash(k, la + sp + lb));
}

/* Lexicon bits of word token I: first name, actor, demonym (capitalised
 * words only), org head, title.                                          */
static uint8_t S_kbits_new(const dp_ner_ctx *x, S_form *f)
{
    const dp_doc *d = x->d;
    uint8_t b = S_KDONE;
    if (f->kind == DP_TOK_WORD && *f->norm) {
        const char *k = f->norm;
        size_t n = f->nnorm;
        uint64_t hv = f->khash;
        dp_country c;
        if (f->flags & (DP_TF_CAP | DP_TF_UPPER)) {
            if (S_in_dict(x, S_DFN, k, n, hv)) b |= S_KFN;
            if (S_in_dict(x, DP_NER_ACTORS, k, n, hv)) b |= S_KAC;
        }
        if (!dp_demonym_find_hv(d->model, k, n, hv, &c)) b |= S_KDM;
        if (S_in_dict(x, S_DOH, k, n, hv)) b |= S_KOH;
        if (S_in_dict(x, S_DOW, k, n, hv)) b |= S_KOW;
        if (S_in_dict(x, DP_NER_TITLES, k, n, hv)) b |= S_KTI;
    }
    return f->kb = b;
}

static inline uint8_t S_kbits(dp_ner_ctx *x, uint32_t i)
{
    S_form *f = x->form[i];
    return f->kb ? f->kb : S_kbits_new(x, f);
}

/* Gazetteer class of tokens I, I+1 (S_gaz2); none without a lookup when
 * no name starts with token I's form and a space.                        */
static char S_g2(dp_ner_ctx *x, uint32_t i)
{
    if (x->g2[i] != S_GUNK) return x->g2[i];
    S_form *f = x->form[i];
    if (!f->gpfx) f->gpfx = dp_gaz_has_prefix_hv(x->d->model, f->norm, f->nnorm, f->khash) ? 2 : 1;
    uint8_t sp = (x->d->toks.v[i + 1].flags & DP_TF_SPACE) != 0;
    if (sp && f->gpfx == 1) return x->g2[i] = 0;
    const S_form *b = x->form[i + 1];  /* the two words' folded forms decide */
    if (!x->g2c || !f->kept || !b->kept) return x->g2[i] = S_gaz2(x->d, i);
    uint64_t h = ((uint64_t)(uintptr_t)f * 0x9e3779b97f4a7c15ull ^ (uint64_t)(uintptr_t)b) + sp;
    S_g2c *e = &x->g2c[(h * 0xbf58476d1ce4e5b9ull) >> (64 - S_G2C_BITS)];
    if (e->a != f || e->b != b || e->sp != sp) *e = (S_g2c){ f, b, sp, S_gaz2(x->d, i) };
    return x->g2[i] = e->g;
}

/* ---- features --------------------------------------------------------------- */
/* The form's own features: the word, its raw bytes, shape and affixes.  */
__attribute__((always_inline)) static inline void S_own(S_fx *f, const S_form *w)
{
    S_add(f, S_tmpl(1));                                           /* bias */
    S_add(f, S_mix(S_tmpl(2), w->lower, w->nlower));
    S_add(f, S_mix(S_tmpl(3), w->key, w->nraw));
    S_add(f, S_mix(S_tmpl(10), w->shape, w->nshape));
    size_t n0 = w->nlower;
    for (size_t k = 2; k <= 4; k++)
        if (n0 > k) S_add(f, S_mix(S_tmpl(14 + (uint32_t)k), w->lower + n0 - k, k));
    for (size_t k = 2; k <= 3; k++)
        if (n0 > k) S_add(f, S_mix(S_tmpl(19 + (uint32_t)k), w->lower, k));
}

/* The features of form W as the word at offset S_OFF[K] (-2, -1, +1, +2);
 * the direct neighbours give their shapes too.                          */
static const int S_off[4] = { -2, -1, 1, 2 };
__attribute__((always_inline)) static inline void S_neighbour(S_fx *f, const S_form *w, int k)
{
    S_add(f, S_mix(S_tmpl(4 + (uint32_t)k), w->lower, w->nlower));
    if (k == 1) S_add(f, S_mix(S_tmpl(11), w->shape, w->nshape));
    if (k == 2) S_add(f, S_mix(S_tmpl(12), w->shape, w->nshape));
}

/* Word pairs around token I (the length + 1 hashes the separating NUL
 * too).  Shape triples and word-shape pairs went in feature version 4:
 * held-out F1 did not move without them, and each cost a probe a token. */
static void S_pairs(S_fx *f, dp_ner_ctx *x, uint32_t i, uint32_t s0, uint32_t s1)
{
    S_form *w0 = x->form[i];
    const S_form *wp = S_at(x, (long)i - 1, s0, s1), *wn = S_at(x, (long)i + 1, s0, s1);
    if (!f->w || !w0->kept) {
        S_add(f, S_mix(wp->h8, w0->lower, w0->nlower + 1));
        S_add(f, S_mix(w0->h9, wn->lower, wn->nlower));
        return;
    }
    /* the tagger, W0 kept: its last pairs' buckets, kept with it (the
     * forms are the memo's: an address names one form for its life)     */
    if (w0->p8 != wp) {
        w0->b8 = S_fin(S_mix(wp->h8, w0->lower, w0->nlower + 1)) & f->mask;
        w0->p8 = wp->kept ? wp : NULL;
    }
    if (w0->p9 != wn) {
        w0->b9 = S_fin(S_mix(w0->h9, wn->lower, wn->nlower)) & f->mask;
        w0->p9 = wn->kept ? wn : NULL;
    }
    S_add_row(f, w0->b8);       /* (S_REST_MAXF: no limit met)              */
    S_add_row(f, w0->b9);
}

/* Context features: position, flags, lexicon readings.                   */
static void S_context(S_fx *f, const dp_ner_ctx *x, uint32_t i, uint32_t s0, uint32_t s1)
{
    const dp_doc *d = x->d;
    const dp_token *t = &d->toks.v[i];
    const uint8_t *cw = x->cw;   /* capitalised words; the sentence's bounds tested here */
    uint32_t fl = (t->flags & (DP_TF_CAP | DP_TF_UPPER | DP_TF_HYPHEN | DP_TF_IN_QUOTE |
                               DP_TF_ELISION));
    uint32_t cm1 = 0, cp1 = 0, cm2 = 0, cp2 = 0;
    if (i == s0) {
        fl |= 1u << 20;
    } else {
        unsigned k = t[-1].kind;
        fl |= (k == DP_TOK_QUOTE_OPEN ? 1u << 21 : 0) | (k == DP_TOK_PUNCT ? 1u << 22 : 0);
        cm1 = cw[i - 1];
        cm2 = i - 1 > s0 && cw[i - 2];
    }
    if (i + 1 < s1) {
        cp1 = cw[i + 1];
        cp2 = i + 2 < s1 && cw[i + 2];
    }
    S_add_n(f, 30, fl);
    if (!f->folded) {       /* else in the forms' sums: S_form_alone */
        S_add_n(f, 31, (t->pos | (t->kind << 16)));
        if (i > s0) S_add_n(f, 32, (t[-1].pos | cm1 << 20));
        if (i + 1 < s1) S_add_n(f, 33, (t[1].pos | cp1 << 20));
    }
    uint32_t run = cm1 | cp1 << 1 | cm2 << 2 | cp2 << 3;   /* capitalised words around */
    S_add_n(f, 34, run ^ (uint32_t)cw[i] << 4);
}

/* The knowledge features form W decides alone (a word with a folded
 * form: S_knowledge tested it): its gazetteer class (S_gazetteer, when
 * capitalised), its lexicon bits (S_lexical).                            */
static void S_gazetteer(S_fx *f, dp_ner_ctx *x, S_form *w)
{
    if (w->g1 == S_GUNK) w->g1 = S_gaz(x->d, w->norm, w->nnorm, w->khash);
    if (w->g1) S_add_n(f, 40, (uint32_t)w->g1);
}

static void S_lexical(S_fx *f, dp_ner_ctx *x, S_form *w)
{
    int cap = (w->flags & (DP_TF_CAP | DP_TF_UPPER)) != 0;
    uint8_t kb = w->kb ? w->kb : S_kbits_new(x, w);
    if (cap) {
        if (kb & S_KFN) S_add_n(f, 44, 0);
        if (kb & S_KAC) S_add_n(f, 45, 0);
        if (kb & S_KDM) S_add_n(f, 46, 0);
    }
    if (kb & S_KOH) S_add_n(f, 47, (uint32_t)cap);
    if (kb & S_KOW) S_add_n(f, 54, (uint32_t)cap);
    if (!cap && (kb & S_KDM)) S_add_n(f, 55, 0);   /* "l'armée syrienne" */
}

/* Knowledge features: gazetteer, demonyms, the project's lexicons.       */
static void S_knowledge(S_fx *f, dp_ner_ctx *x, uint32_t i, uint32_t s0, uint32_t s1)
{
    const dp_doc *d = x->d;
    const dp_token *t = &d->toks.v[i];
    const char *k = t->norm;
    if (t->kind != DP_TOK_WORD || !k || !*k) return;
    int cap = (t->flags & (DP_TF_CAP | DP_TF_UPPER)) != 0;
    if (cap) {              /* the training's order: 40, 41, 42, the lexicons */
        char g;
        if (!f->folded) S_gazetteer(f, x, x->form[i]);
        if (i + 1 < s1 && d->toks.v[i + 1].kind == DP_TOK_WORD && (g = S_g2(x, i)))
            S_add_n(f, 41, (uint32_t)g);
        if (i > s0 && d->toks.v[i - 1].kind == DP_TOK_WORD && (g = S_g2(x, i - 1)))
            S_add_n(f, 42, (uint32_t)g);
    }
    if (!f->folded) S_lexical(f, x, x->form[i]);
    for (uint32_t b = 1; b <= 2 && i >= s0 + b; b++) {
        /* the word's form (its kind and capitals; a word without a folded
         * form has no lexicon bits: S_kbits_new)                        */
        const S_form *p = x->form[i - b];
        if (p->kind != DP_TOK_WORD) continue;
        uint8_t pb = S_kbits(x, i - b);
        if (!(pb & (S_KTI | S_KOH | S_KFN))) continue;     /* (most words) */
        if (pb & S_KTI) S_add_n(f, 48, b);
        if (pb & S_KOH) S_add_n(f, 49, b);
        if ((pb & S_KFN) && (p->flags & DP_TF_CAP)) S_add_n(f, 50, b);
    }
}

/* The place stage's verdict: inside a place mention, where, what kind.  */
static void S_placed(S_fx *f, const dp_doc *d, const int32_t *place, uint32_t i,
                     uint32_t s0, uint32_t s1)
{
    int32_t p = place[i];
    int prev = i > s0 && place[i - 1] >= 0, next = i + 1 < s1 && place[i + 1] >= 0;
    S_add_n(f, 51, (uint32_t)(p >= 0) | (uint32_t)prev << 1 | (uint32_t)next << 2 |
                       (uint32_t)(p >= 0 && prev && place[i - 1] == p) << 3);
    if (p < 0) return;
    const dp_place *pl = &d->places.v[p];
    S_add_n(f, 52, (uint32_t)(unsigned char)pl->rec.fclass);
    if (pl->precision) S_add_s(f, 53, pl->precision);
}

/* The feature of template S_RUNT[J] over form W's lowercase form: its
 * bucket kept in W for the tagger (the same as S_add finds), its hash for
 * the training.                                                          */
static const uint8_t S_runt[5] = { 73, 71, 79, 72, 80 };
__attribute__((always_inline)) static inline void S_add_low(S_fx *f, S_form *w, int j)
{
    if (!f->w) {
        S_add(f, S_mix(S_tmpl(S_runt[j]), w->lower, w->nlower));
        return;
    }
    if (f->n >= DP_NER_MAXF) return;
    if (!(w->rhave & 1u << j)) {
        w->rb[j] = S_fin(S_mix(S_tmpl(S_runt[j]), w->lower, w->nlower)) & f->mask;
        w->rhave |= (uint8_t)(1u << j);
    }
    S_add_row(f, w->rb[j]);
}

/* The run of capitalised words around token I: its length and I's place
 * in it, its first and last words, and what the lexicons say of it (a
 * first name first, an organisation word, a title before it).  Lowercase
 * words up to four after a run learn from that run's last word.        */
static void S_run(S_fx *f, dp_ner_ctx *x, uint32_t i, uint32_t s0, uint32_t s1)
{
    const dp_doc *d = x->d;
    uint32_t r0 = i, r1 = i;
    const uint8_t *cw = x->cw;   /* capitalised words; I and the bounds tested: in the sentence */
    if (cw[i]) {
        while (r0 > s0 && cw[r0 - 1]) r0--;
        for (r1 = i + 1; r1 < s1 && cw[r1]; r1++) {}
    } else {
        uint32_t k = i;
        while (k > s0 && i - k < 4 && !cw[k - 1] && d->toks.v[k - 1].kind == DP_TOK_WORD)
            k--;
        if (k == s0 || !cw[k - 1]) return;
            uint8_t lb = S_kbits(x, k - 1);
        S_add_low(f, x->form[k - 1], 0);
        S_add_n(f, 74, (i - k) | (uint32_t)(lb & (S_KOH | S_KOW)) << 4);
        return;
    }
    uint32_t n = r1 - r0, pos = n == 1 ? 0 : i == r0 ? 1 : i + 1 == r1 ? 3 : 2;
    uint32_t bits = 0;
    for (uint32_t k = r0; k < r1; k++) {
        uint8_t kb = S_kbits(x, k);
        bits |= (kb & (S_KOH | S_KOW)) ? 1u : 0;
        bits |= (kb & S_KAC) ? 2u : 0;
        bits |= (kb & S_KDM) ? 4u : 0;
        bits |= x->place[k] >= 0 ? 8u : 0;
    }
    bits |= (S_kbits(x, r0) & S_KFN) ? 16u : 0;
    if (r0 > s0 && d->toks.v[r0 - 1].kind == DP_TOK_WORD && (S_kbits(x, r0 - 1) & S_KTI))
        bits |= 32u;
    S_add_n(f, 70, (n < 5 ? n : 5) | pos << 4 | bits << 8);
    if (n < 2) return;
    S_add_low(f, x->form[r1 - 1], 1 + (pos == 3));
    S_add_low(f, x->form[r0], 3 + (pos == 1));
}

/* ---- the document table ------------------------------------------------------ */
/* The entry of W's folded form in the table of uses, made (no uses yet)
 * when it has none.  The table is not zeroed: its bitmap of taken slots
 * is, 1/128 of the bytes.                                                */
static S_use *S_slot(const dp_ner_ctx *x, const S_form *w)
{
    for (size_t i = (size_t)w->khash & (x->cap - 1);; i = (i + 1) & (x->cap - 1)) {
        S_use *u = &x->use[i];
        if (!(x->taken[i >> 3] & 1u << (i & 7))) {
            x->taken[i >> 3] |= (uint8_t)(1u << (i & 7));
            u->k = w->norm;
            u->bits = 0;
            return u;
        }
        if (u->k == w->norm || !strcmp(u->k, w->norm)) return u;
    }
}

/* The entry of W's folded form in the table of uses, NULL when it has
 * none.                                                                 */
static S_use *S_use_find(const dp_ner_ctx *x, const S_form *w)
{
    for (size_t i = (size_t)w->khash & (x->cap - 1);; i = (i + 1) & (x->cap - 1)) {
        if (!(x->taken[i >> 3] & 1u << (i & 7))) return NULL;
        S_use *u = &x->use[i];
        if (u->k == w->norm || !strcmp(u->k, w->norm)) return u;
    }
}

/* How capitalised word token T (index I, with a folded form) is used,
 * into the entry of its folded form (USEAT[i]): capitalised mid-sentence,
 * after a first name, after a title.  dp_ner_prepare asks it of each
 * capitalised word in order (the forms known, the kept ones' lexicon bits
 * asked then), and marks the lowercase words' entries (S_LOWER) itself. */
static inline void S_use_at(dp_ner_ctx *x, const dp_token *t, size_t i)
{
    const dp_doc *d = x->d;
    int start = (t->flags & DP_TF_SENT_START) || i == 0 || d->toks.v[i - 1].kind != DP_TOK_WORD;
    uint8_t b = start ? 0 : S_CAPMID;
    if (i > 0) {
        const dp_token *p = &d->toks.v[i - 1];
        if ((p->flags & DP_TF_CAP) && p->kind == DP_TOK_WORD && (S_kbits(x, i - 1) & S_KFN))
            b |= S_AFTER_FIRST;
        if (!(p->flags & DP_TF_CAP) && p->kind == DP_TOK_WORD && (S_kbits(x, i - 1) & S_KTI))
            b |= S_AFTER_TITLE;
    }
    uint32_t r = x->rep[i];             /* the same form: the same entry */
    S_use *u = x->useat[i] = r != i ? x->useat[r] : S_slot(x, x->form[i]);
    u->bits |= b;
}

dp_ner_ctx *dp_ner_prepare(dp_doc *d)
{
    dp_ner_ctx *x = DP_NEW(d, dp_ner_ctx);
    dp_ner_weights w;
    const int16_t *ww = dp_ner_weights_get(d->model, &w) ? NULL : w.w;
    if (d->nercache && d->nercache->tag != ww) {  /* sums of other weights */
        dp_kept_free(d->nercache);
        d->nercache = NULL;
    }
    x->d = d;
    for (int k = 0; k < S_NDICT; k++) x->dict[k] = dp_dict_get(d->model, S_dname[k]);
    x->form = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *x->form);
    x->rep = S_forms(d, x->form);
    x->form[d->toks.n] = NULL;
    if (d->nercache) d->nercache->tag = ww;
    x->numc = d->nercache ? S_memo_tail(d->nercache)->num : NULL;
    x->gsum = d->nercache ? S_memo_tail(d->nercache)->gsum : NULL;
    x->g2c = d->nercache ? S_memo_tail(d->nercache)->g2c : NULL;
    x->dpc = d->nercache ? S_memo_tail(d->nercache)->dpc : NULL;
    S_edges(d, x->edge);
    x->place = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *x->place);
    memset(x->place, 0xff, (d->toks.n + 1) * sizeof *x->place);    /* -1: none */
    x->cw = dp_arena_alloc_raw(&d->arena, d->toks.n + 1);
    x->head.dicts = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *x->head.dicts);
    for (x->cap = 16; x->cap < 2 * d->toks.n + 2; x->cap *= 2) {}  /* an entry a word at most */
    x->use = dp_arena_alloc_raw(&d->arena, x->cap * sizeof *x->use);
    x->taken = dp_arena_alloc(&d->arena, x->cap / 8);
    x->useat = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *x->useat);
    /* the uses are read at capitalised words only (S_doc_uses): the table
     * holds their folded forms, and a lowercase word (its first token of
     * its form: LOW) marks the entry of its folded form if it has one    */
    uint32_t *low = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *low), nlow = 0;
    int capped = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        const dp_token *t = &d->toks.v[i];
        S_form *f = x->form[i] = x->form[x->rep[i]];   /* (S_forms) */
        x->cw[i] = t->kind == DP_TOK_WORD && (t->flags & DP_TF_CAP);
        x->head.dicts[i] = &f->dicts;
        x->posdiff |= t->pos != f->pos;
        if (t->kind != DP_TOK_WORD || !t->norm || !*t->norm) continue;
        if (t->flags & DP_TF_CAP) {
            S_use_at(x, t, i);
            capped = 1;
        } else if (x->rep[i] == i) {
            low[nlow++] = (uint32_t)i;
        }
    }
    for (uint32_t k = 0; capped && k < nlow; k++) {
        S_use *u = S_use_find(x, x->form[low[k]]);
        if (u) u->bits |= S_LOWER;
    }
    x->cw[d->toks.n] = 0;
    for (size_t p = 0; p < d->places.n; p++)
        for (size_t k = 0; k < d->places.v[p].mentions.n; k++) {
            dp_tspan s = d->places.v[p].mentions.v[k];
            for (uint32_t i = s.t0; i < s.t1 && i < d->toks.n; i++) x->place[i] = (int32_t)p;
        }
    x->g2 = dp_arena_alloc_raw(&d->arena, d->toks.n + 1);
    memset(x->g2, S_GUNK, d->toks.n + 1);
    return x;
}

/* How the capitalised word I is used elsewhere in the document.         */
static void S_doc_uses(S_fx *f, const dp_ner_ctx *x, uint32_t i, uint32_t s0)
{
    const dp_token *t = &x->d->toks.v[i];
    if (t->kind != DP_TOK_WORD || !(t->flags & DP_TF_CAP) || !t->norm || !*t->norm) return;
    const S_use *u = x->useat[i];      /* S_use_at's entry of the word */
    uint32_t start = i == s0 || x->d->toks.v[i - 1].kind != DP_TOK_WORD;
    S_add_n(f, 60, u->bits | start << 8);
}

/* The features of token I that its form and its neighbours' forms do not
 * decide alone: S_REST_MAXF at most (2 pairs, 5 context, 15 knowledge, 3
 * place, 1 use, 3 run), so that DP_NER_MAXF never drops one of them.   */
#define S_REST_MAXF 29
_Static_assert(S_REST_MAXF < DP_NER_MAXF, "S_rest's features all kept");
static void S_rest(S_fx *f, dp_ner_ctx *x, uint32_t i, uint32_t s0, uint32_t s1)
{
    S_pairs(f, x, i, s0, s1);
    S_context(f, x, i, s0, s1);
    S_knowledge(f, x, i, s0, s1);
    S_placed(f, x->d, x->place, i, s0, s1);
    S_doc_uses(f, x, i, s0);
    S_run(f, x, i, s0, s1);
}

size_t dp_ner_features(dp_ner_ctx *x, uint32_t i, uint32_t s0,
                       uint32_t s1, uint32_t *out)
{
    S_fx f = { out, 0, NULL, 0, NULL, NULL, 0, 0, { 0, 0 } };
    S_own(&f, x->form[i]);
    for (int k = 0; k < 4; k++) S_neighbour(&f, S_at(x, (long)i + S_off[k], s0, s1), k);
    S_rest(&f, x, i, s0, s1);
    return f.n;
}

/* ---- decoding ------------------------------------------------------------------ */
int dp_ner_allowed(int a, int b)
{
    if (!dp_ner_inside(b)) return 1;
    return a != DP_NER_NTAGS && a != 0 && dp_ner_type(a) == dp_ner_type(b);
}

/* Transition scores with the BIO constraints as -inf (TR: (T + 1) * T). */
static void S_constrain(const float *trans, float *tr)
{
    enum { T = DP_NER_NTAGS };
    for (int a = 0; a <= T; a++)
        for (int b = 0; b < T; b++)
            tr[a * T + b] = dp_ner_allowed(a, b) ? trans[a * T + b] : -INFINITY;
}

/* Row R of the transitions plus the score CA, tags 0-7 in two lanes.   */
static inline void S_row8(const float *r, float ca, S_v4f *s0, S_v4f *s1)
{
    memcpy(s0, r, sizeof *s0);
    memcpy(s1, r + 4, sizeof *s1);
    *s0 += ca;
    *s1 += ca;
}

/* OUT[b] = best[b] + E[b] for the nine tags, best[] in B0, B1, B8 (OUT
 * may be E).                                                             */
static inline void S_plus_e(S_v4f b0, S_v4f b1, float b8, const float *e, float *out)
{
    S_v4f e0, e1;
    memcpy(&e0, e, sizeof e0);
    memcpy(&e1, e + 4, sizeof e1);
    b0 += e0;
    b1 += e1;
    memcpy(out, &b0, sizeof b0);
    memcpy(out + 4, &b1, sizeof b1);
    out[8] = b8 + e[8];
}

/* One Viterbi step for every tag B at once: NXT[b] = max over a of
 * CUR[a] + TR[a * T + b] (the first a on ties: strict >), plus E[b];
 * BACK[b] that a.  Tags 0-7 in two lanes of four, the ninth alone.  An
 * inside tag's disallowed predecessors score -inf and never win, so the
 * same max serves all tags.                                              */
static void S_step(const float *cur, const float *tr, const float *e, float *nxt, uint8_t *back)
{
    enum { T = DP_NER_NTAGS };
    S_v4f b0, b1, s0, s1;
    S_v4i i0 = { 0, 0, 0, 0 }, i1 = { 0, 0, 0, 0 };
    S_row8(tr, cur[0], &b0, &b1);
    float b8 = cur[0] + tr[8];
    int i8 = 0;
    for (int a = 1; a < T; a++) {
        const float *r = tr + a * T;
        S_row8(r, cur[a], &s0, &s1);
        S_v4i m0 = s0 > b0, m1 = s1 > b1;
        b0 = (S_v4f)(((S_v4i)s0 & m0) | ((S_v4i)b0 & ~m0));
        b1 = (S_v4f)(((S_v4i)s1 & m1) | ((S_v4i)b1 & ~m1));
        i0 = (a & m0) | (i0 & ~m0);
        i1 = (a & m1) | (i1 & ~m1);
        float s8 = cur[a] + r[8];
        if (s8 > b8) { b8 = s8; i8 = a; }
    }
    S_plus_e(b0, b1, b8, e, nxt);
    for (int b = 0; b < 4; b++) {
        back[b] = (uint8_t)i0[b];
        back[4 + b] = (uint8_t)i1[b];
    }
    back[8] = (uint8_t)i8;
}

/* Viterbi over N tokens whose first follows tag START (T: the sentence
 * start), with the constrained transitions TR; BACK: N * T bytes.       */
static void S_decode_back(const float *emit, size_t n, const float *tr, int start,
                          uint8_t *back, uint8_t *tags)
{
    enum { T = DP_NER_NTAGS };
    float cur[T], nxt[T];
    if (!n) return;
    for (int b = 0; b < T; b++) cur[b] = tr[start * T + b] + emit[b];
    for (size_t i = 1; i < n; i++) {
        const float *e = emit + i * T;
        int only_o = 1;              /* a token that cannot be in a name */
        for (int b = 1; b < T && only_o; b++) only_o = e[b] <= -1e29f;
        if (only_o) {
            float best = cur[0] + tr[0];
            int bi = 0;
            for (int a = 1; a < T; a++) {
                float sc = cur[a] + tr[a * T];
                if (sc > best) { best = sc; bi = a; }
            }
            nxt[0] = best + e[0];
            back[i * T] = (uint8_t)bi;
            for (int b = 1; b < T; b++) nxt[b] = -INFINITY;
        } else {
            S_step(cur, tr, e, nxt, back + i * T);
        }
        memcpy(cur, nxt, sizeof cur);
    }
    int bt = 0;
    for (int b = 1; b < T; b++)
        if (cur[b] > cur[bt]) bt = b;
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)bt;
        if (i) bt = back[i * T + bt];
    }
}

/* The nine sums CUR[a] + COL[a] (COL: a row of TRT) into S0, S1 (a 0-7)
 * and *S8; returns the largest (a max is exact: the same float in any
 * order).                                                                */
static inline float S_col(const float *cur, const float *col, S_v4f *s0, S_v4f *s1, float *s8)
{
    S_v4f c0, c1, t0, t1;
    memcpy(&c0, cur, sizeof c0);
    memcpy(&c1, cur + 4, sizeof c1);
    memcpy(&t0, col, sizeof t0);
    memcpy(&t1, col + 4, sizeof t1);
    *s0 = c0 + t0;
    *s1 = c1 + t1;
    *s8 = cur[8] + col[8];
    S_v4f m = S_max4(*s0, *s1);
#if defined(__SSE__)
    m = S_max4(m, (S_v4f)_mm_movehl_ps((__m128)m, (__m128)m));          /* lanes 2, 3 on 0, 1 */
    m = S_max4(m, (S_v4f)_mm_shuffle_ps((__m128)m, (__m128)m, 0x55));   /* lane 1 on 0 */
    return *s8 > m[0] ? *s8 : m[0];
#else
    float best = *s8;
    for (int k = 0; k < 4; k++)
        if (m[k] > best) best = m[k];
    return best;
#endif
}

/* Bit k set where lane k of M is set.                                   */
static inline unsigned S_mask4(S_v4i m)
{
#if defined(__SSE__)
    return (unsigned)_mm_movemask_ps((__m128)m);
#else
    return (m[0] ? 1u : 0) | (m[1] ? 2u : 0) | (m[2] ? 4u : 0) | (m[3] ? 8u : 0);
#endif
}

/* S_step's scores without the predecessors, into E itself: E[b] += max
 * over a of CUR[a] + TR[a * T + b] (the ninth tag's from its row of TRT).  */
static void S_best(const float *cur, const S_trans *x, float *e)
{
    enum { T = DP_NER_NTAGS };
    const float *tr = x->tr;
    S_v4f b0, b1, s0, s1;
    float s8;
    S_row8(tr, cur[0], &b0, &b1);
    S_UNROLL
    for (int a = 1; a < T; a++) {
        S_row8(tr + a * T, cur[a], &s0, &s1);
        b0 = S_max4(b0, s0);
        b1 = S_max4(b1, s1);
    }
    float b8 = S_col(cur, x->trt + 8 * T, &s0, &s1, &s8);
    S_plus_e(b0, b1, b8, e, e);
}

/* The predecessor of tag B after the scores CUR: the first a with the
 * best CUR[a] + TR[a * T + b] (what S_step keeps in BACK): the lowest
 * lane equal to the largest sum.                                        */
static int S_arg(const float *cur, const S_trans *x, int b)
{
    enum { T = DP_NER_NTAGS };
    S_v4f s0, s1;
    float s8, best = S_col(cur, x->trt + b * T, &s0, &s1, &s8);
    unsigned bits = S_mask4(s0 == best) | S_mask4(s1 == best) << 4 | (unsigned)(s8 == best) << 8;
    return __builtin_ctz(bits);
}

/* S_decode_back with the scores of each token written over its emission
 * scores in EMIT, the predecessors found again on the way back (9 sums a
 * token instead of 81 kept).  A token that cannot be in a name (all but
 * O at -1e30) has only O's score.                                        */
static void S_decode(float *emit, size_t n, const S_trans *x, int start, uint8_t *tags)
{
    enum { T = DP_NER_NTAGS };
    const float *tr = x->tr;
    if (!n) return;
    S_UNROLL
    for (int b = 0; b < T; b++) emit[b] += tr[start * T + b];
    for (size_t i = 1; i < n; i++) {
        const float *cur = emit + (i - 1) * T;
        float *e = emit + i * T;
        S_v4f o0, o1;
        memcpy(&o0, e + 1, sizeof o0);
        memcpy(&o1, e + 5, sizeof o1);
        if ((S_mask4(o0 <= -1e29f) & S_mask4(o1 <= -1e29f)) != 15) {   /* some name tag */
            S_best(cur, x, e);
            continue;
        }
        S_v4f s0, s1;
        float s8;
        e[0] = S_col(cur, x->trt, &s0, &s1, &s8) + e[0];
        for (int b = 1; b < T; b++) e[b] = -INFINITY;
    }
    const float *last = emit + (n - 1) * T;
    int bt = 0;
    S_UNROLL
    for (int b = 1; b < T; b++)
        if (last[b] > last[bt]) bt = b;
    for (size_t i = n; i-- > 0;) {
        tags[i] = (uint8_t)bt;
        if (i) bt = S_arg(emit + (i - 1) * T, x, bt);
    }
}

void dp_ner_viterbi(const float *emit, size_t n, const float *trans,
                    uint8_t *back, uint8_t *tags)
{
    float tr[(DP_NER_NTAGS + 1) * DP_NER_NTAGS];
    S_constrain(trans, tr);
    S_decode_back(emit, n, tr, DP_NER_NTAGS, back, tags);
}

/* ---- weights ---------------------------------------------------------------------- */
int dp_ner_parse(const void *p, size_t n, dp_ner_weights *out, const char **why)
{
    const unsigned char *b = p;
    const char *w = p ? dpm_ner_check(b, n) : "no data";
    if (!w && dpm_word(b + 8, 4) != DP_NER_NTAGS) w = "wrong number of tags";
    if (!w && dpm_word(b + 20, 4) != DP_NER_FEATVER) w = "trained with other features";
#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
    if (!w) w = "big-endian hosts are not supported";
#endif
    if (why) *why = w;
    if (w) return -1;
    uint32_t sb = (uint32_t)dpm_word(b + 16, 4);
    memcpy(&out->scale, &sb, 4);
    out->nbits = (uint32_t)dpm_word(b + 12, 4);
    out->trans = (const int16_t *)(const void *)(b + DPM_NER_HEAD);
    size_t tr = ((size_t)(DP_NER_NTAGS + 1) * DP_NER_NTAGS * 2 + 7) / 8 * 8;
    out->w = (const int16_t *)(const void *)(b + DPM_NER_HEAD + tr);
    return 0;
}

int dp_ner_weights_get(const dp_model *m, dp_ner_weights *out)
{
    size_t n = 0;
    const void *p = dp_model_ner(m, &n);
    memset(out, 0, sizeof *out);
    return p ? dp_ner_parse(p, n, out, NULL) : -1;
}

/* NEAR[i - S0] = 1 when token I of the sentence [S0, S1) may be part of
 * a name: a capitalised word or a place lies within 3 tokens of it
 * ("ministère de l'Intérieur", "Caroline du Nord"), or an
 * organisation word or a demonym next to it ("gouvernement ukrainien",
 * "l'armée syrienne", "la frontière turque").  Other tokens are O without
 * computing features, unless the token before looks like a name (longer
 * names: S_tag_sentence).  The training computes them all.              */
static void S_near(dp_ner_ctx *x, uint32_t s0, uint32_t s1, uint8_t *near)
{
    enum { AFTER = 3, BEFORE = 3 };
    memset(near, 0, s1 - s0);
    for (uint32_t k = s0; k < s1; k++) {
        const dp_token *t = &x->d->toks.v[k];
        uint32_t a, b;
        if ((t->flags & (DP_TF_CAP | DP_TF_UPPER)) || x->place[k] >= 0) {
            a = k >= s0 + BEFORE ? k - BEFORE : s0;
            b = k + AFTER + 1 < s1 ? k + AFTER + 1 : s1;
        } else if (t->kind == DP_TOK_WORD && (S_kbits(x, k) & (S_KOH | S_KOW | S_KDM))) {
            a = k > s0 ? k - 1 : s0;
            b = k + 2 < s1 ? k + 2 : s1;
        } else {
            continue;
        }
        memset(near + (a - s0), 1, b - a);
    }
}

_Static_assert(DP_NER_NTAGS == 9, "S_rows adds 8 lanes, then the ninth");

/* Features into ROWS, the addresses of their rows in the weights W.     */
static S_fx S_fx_rows(const dp_ner_weights *w, const int16_t **rows, S_numc *nc)
{
    return (S_fx){ NULL, 0, w->w, (1u << w->nbits) - 1, rows, nc, 0, 0, { 0, 0 } };
}

/* Adds the weight rows ROWS[0..N) to ACC.  The rows are spread over
 * megabytes: S_add started their reads as it found them.               */
__attribute__((always_inline)) static inline void S_rows(const int16_t *const *rows, size_t n,
                                                         int32_t *acc)
{
    int32_t a[DP_NER_NTAGS];    /* in registers meanwhile, not stored each turn */
    memcpy(a, acc, sizeof a);
    for (size_t k = 0; k < n; k++) {
        const int16_t *row = rows[k];
        for (int t = 0; t < 8; t++) a[t] += row[t];   /* 8 lanes, then the ninth */
        a[8] += row[8];
    }
    memcpy(acc, a, sizeof a);
}

/* The features of S_rest that form F decides alone (the tagger's): its
 * parts of speech (F's POS: S_emit corrects a token with others) as the
 * word (K 0), the word before (K 2) or after (K 3), and its lexicon and
 * gazetteer readings as the word.  Edge forms have none.                 */
static void S_alone(S_fx *f, dp_ner_ctx *x, S_form *w, int k)
{
    uint32_t cw = w->kind == DP_TOK_WORD && (w->flags & DP_TF_CAP);
    if (k == 0) {
        S_add_n(f, 31, w->pos | (uint32_t)w->kind << 16);
        if (w->kind == DP_TOK_WORD && *w->norm) {
            if (w->flags & (DP_TF_CAP | DP_TF_UPPER)) S_gazetteer(f, x, w);
            S_lexical(f, x, w);
        }
    } else if (k == 2) {
        S_add_n(f, 32, w->pos | cw << 20);
    } else if (k == 3) {
        S_add_n(f, 33, w->pos | cw << 20);
    }
}

/* ACC += the row of template T with number V, minus its row with OLD.   */
static void S_repos(const dp_ner_weights *w, int32_t *acc, uint32_t t, uint32_t old, uint32_t v)
{
    uint32_t mask = (1u << w->nbits) - 1;
    const int16_t *a = w->w + (size_t)(S_fin(S_num_hash(t, old)) & mask) * DP_NER_NTAGS;
    const int16_t *b = w->w + (size_t)(S_fin(S_num_hash(t, v)) & mask) * DP_NER_NTAGS;
    for (int k = 0; k < DP_NER_NTAGS; k++) acc[k] += b[k] - a[k];
}

/* The sums of S_alone's features of tokens I - 1, I, I + 1 hold their
 * forms' parts of speech: corrected where a token has others (the same
 * bytes, another reading: not seen so far; integer sums, exact).         */
static void S_pos_fix(const dp_ner_weights *w, const dp_ner_ctx *x, uint32_t i, uint32_t s0,
                      uint32_t s1, int32_t *acc)
{   /* (the document has such a token: x->posdiff)                       */
    const dp_token *t = &x->d->toks.v[i];
    const S_form *f = x->form[i];
    if (t->pos != f->pos) S_repos(w, acc, 31, f->pos | (uint32_t)f->kind << 16,
                                  t->pos | (uint32_t)f->kind << 16);
    for (int d = -1; d <= 1; d += 2) {
        if (d < 0 ? i == s0 : i + 1 >= s1) continue;
        f = x->form[i + d];
        uint32_t cw = (uint32_t)x->cw[i + d] << 20;
        if (t[d].pos != f->pos) S_repos(w, acc, d < 0 ? 32 : 33, f->pos | cw, t[d].pos | cw);
    }
}

/* The weight sums V[K] of form F (K 0: its own features, 1 + k: as the
 * word at offset S_off[k]), summed when first asked (integer sums: any
 * order adds up to the same scores).                                     */
static const int32_t *S_summed(const dp_ner_weights *w, dp_ner_ctx *x, S_form *f, int k)
{
    if (f->have & 1u << k) return f->v[k];
    const int16_t *rows[DP_NER_MAXF];
    S_fx fx = S_fx_rows(w, rows, x->numc);
    if (k) S_neighbour(&fx, f, k - 1);
    else S_own(&fx, f);
    if (!f->edge) S_alone(&fx, x, f, k);
    memset(f->v[k], 0, sizeof f->v[k]);
    S_rows(rows, fx.n, f->v[k]);
    f->have |= (uint8_t)(1u << k);
    return f->v[k];
}

/* ACC[0..9) += V[0..9): two lanes of four, then the ninth.             */
static inline void S_add9(int32_t *acc, const int32_t *v)
{
    S_v4i a0, a1, b0, b1;
    memcpy(&a0, acc, sizeof a0);
    memcpy(&a1, acc + 4, sizeof a1);
    memcpy(&b0, v, sizeof b0);
    memcpy(&b1, v + 4, sizeof b1);
    a0 += b0;
    a1 += b1;
    memcpy(acc, &a0, sizeof a0);
    memcpy(acc + 4, &a1, sizeof a1);
    acc[8] += v[8];
}

/* The weight sums of the numbered features in the group key G (S_add_n),
 * kept in the memo's table: a few hundred keys make most tokens'.       */
static const int32_t *S_gsums(const dp_ner_weights *w, const dp_ner_ctx *x, const uint64_t *g)
{
    uint64_t k0 = g[0] | 1ull << 63;
    uint64_t h = (k0 ^ g[1] * 0x9e3779b97f4a7c15ull) * 0xbf58476d1ce4e5b9ull;
    S_gsum *e = &x->gsum[h >> (64 - S_GSUM_BITS)];
    if (e->k[0] == k0 && e->k[1] == g[1]) return e->sum;
    const int16_t *rows[8];
    S_fx f = S_fx_rows(w, rows, x->numc);
#define S_GROW(T, W, B, N) \
    if (g[W] >> (B) & 1) S_add_n(&f, T, (uint32_t)(g[W] >> ((B) + 1) & ((1ull << (N)) - 1)));
    S_GSLOTS(S_GROW)
#undef S_GROW
    e->k[0] = k0;
    e->k[1] = g[1];
    memset(e->sum, 0, sizeof e->sum);
    S_rows(rows, f.n, e->sum);
    return e->sum;
}

/* Emission scores of token I of the sentence [S0, S1) into E.          */
static void S_emit(const dp_ner_weights *w, dp_ner_ctx *x, uint32_t i, uint32_t s0,
                   uint32_t s1, float *e)
{
    enum { T = DP_NER_NTAGS };
    const int16_t *rows[DP_NER_MAXF];
    int32_t acc[T];
    memcpy(acc, S_summed(w, x, x->form[i], 0), sizeof acc);
    if (i >= s0 + 2 && i + 2 < s1) {         /* the four neighbours in the sentence */
        S_form *const *nb = x->form + i;
        S_add9(acc, S_summed(w, x, nb[-2], 1));
        S_add9(acc, S_summed(w, x, nb[-1], 2));
        S_add9(acc, S_summed(w, x, nb[1], 3));
        S_add9(acc, S_summed(w, x, nb[2], 4));
    } else {
        for (int k = 0; k < 4; k++)
            S_add9(acc, S_summed(w, x, S_at(x, (long)i + S_off[k], s0, s1), 1 + k));
    }
    if (x->posdiff) S_pos_fix(w, x, i, s0, s1, acc);
    S_fx f = S_fx_rows(w, rows, x->numc);
    f.folded = 1;
    f.grp = x->gsum != NULL;
    S_rest(&f, x, i, s0, s1);
    S_rows(rows, f.n, acc);
    if (f.g[0] | f.g[1]) S_add9(acc, S_gsums(w, x, f.g));
    S_v4i a0, a1;                       /* e[t] = (float)acc[t] * scale */
    memcpy(&a0, acc, sizeof a0);
    memcpy(&a1, acc + 4, sizeof a1);
    S_v4f e0 = __builtin_convertvector(a0, S_v4f) * w->scale,
          e1 = __builtin_convertvector(a1, S_v4f) * w->scale;
    memcpy(e, &e0, sizeof e0);
    memcpy(e + 4, &e1, sizeof e1);
    e[8] = (float)acc[8] * w->scale;
}

/* 1 when the emission scores E prefer a name tag to O.                  */
static int S_named(const float *e)
{
    S_UNROLL
    for (int t = 1; t < DP_NER_NTAGS; t++)
        if (e[t] > e[0]) return 1;
    return 0;
}

/* Tags the sentence [S0, S1) (TR: the constrained transitions).  Tokens
 * far from any name are O; as the best path must go through O there, the
 * stretches between them are decoded alone (each with the O token that
 * ends it), the same tags as one decoding of the whole sentence.        */
static void S_tag_sentence(const dp_ner_weights *w, const S_trans *tr, dp_ner_ctx *x,
                           uint32_t s0, uint32_t s1, float *emit, uint8_t *near,
                           uint8_t *tags)
{
    enum { T = DP_NER_NTAGS };
    int start = T;
    S_near(x, s0, s1, near);
    for (uint32_t i = s0; i < s1;) {
        if (!near[i - s0]) {
            tags[i++] = 0;
            start = 0;
            continue;
        }
        uint32_t j = i;
        /* a stretch goes on while the previous token looks like a name */
        for (; j < s1 && (near[j - s0] || (j > i && S_named(emit + (size_t)(j - i - 1) * T)));
             j++)
            S_emit(w, x, j, s0, s1, emit + (size_t)(j - i) * T);
        size_t n = j - i;
        if (j < s1) {                       /* the O token after the stretch */
            float *e = emit + n++ * T;
            e[0] = 0;
            for (int t = 1; t < T; t++) e[t] = -1e30f;
        }
        S_decode(emit, n, tr, start, tags + i);
        start = 0;
        i = (uint32_t)(i + n);
    }
}

int dp_ner_tag(dp_doc *d, uint8_t *tags)
{
    return dp_ner_tag_prepared(dp_ner_prepare(d), tags);
}

/* The transitions of the weights W into TR (S_trans).                 */
static void S_trans_of(const dp_ner_weights *w, S_trans *tr)
{
    enum { T = DP_NER_NTAGS };
    float trans[(T + 1) * T];
    for (int k = 0; k < (T + 1) * T; k++) trans[k] = (float)w->trans[k] * w->scale;
    S_constrain(trans, tr->tr);
    for (int a = 0; a < T; a++)
        for (int b = 0; b < T; b++) tr->trt[b * T + a] = tr->tr[a * T + b];
}

int dp_ner_tag_prepared(dp_ner_ctx *x, uint8_t *tags)
{
    enum { T = DP_NER_NTAGS };
    dp_doc *d = x->d;
    dp_ner_weights w;
    memset(tags, 0, d->toks.n);
    if (dp_ner_weights_get(d->model, &w)) return 0;
    /* made once with the memo (kept with the weights it was made with:
     * dp_ner_prepare), or for the document                              */
    S_tail *tl = S_memo_tail(d->nercache);
    S_trans own, *tr = tl ? &tl->trans : &own;
    if (!tl || !tl->trans_ok) S_trans_of(&w, tr);
    if (tl) tl->trans_ok = 1;
    uint32_t maxlen = 0;
    for (size_t s = 0; s < d->sents.n; s++)
        if (d->sents.v[s].t1 - d->sents.v[s].t0 > maxlen)
            maxlen = d->sents.v[s].t1 - d->sents.v[s].t0;
    float *emit = dp_arena_alloc_raw(&d->arena, ((size_t)maxlen + 1) * T * sizeof *emit);
    uint8_t *near = dp_arena_alloc_raw(&d->arena, (size_t)maxlen + 1);
    for (size_t s = 0; s < d->sents.n; s++)
        if (d->sents.v[s].t1 > d->sents.v[s].t0)
            S_tag_sentence(&w, tr, x, d->sents.v[s].t0, d->sents.v[s].t1, emit, near, tags);
    return 1;
}

/* ---- dictionary entries at a form, for the entity rules ------------------------- */
const char *const dp_ner_dicts[DP_NER_NDICTS] = { "actors", "agents", "titles" };

const dp_dict *dp_ner_dict(const dp_ner_ctx *x, int which) { return x->dict[which]; }

int32_t *dp_ner_places(dp_ner_ctx *x) { return x->place; }

/* dp_ner_dict_at's lookups for token I's form, once (ner.h: the answer
 * kept in the form, read inline after that).                             */
int dp_ner_dict_ask(dp_ner_ctx *x, uint32_t i, int which)
{
    S_form *f = x->form[i];
    unsigned sh = 5u * (unsigned)which;
    if (f->dicts >> sh & 1) return (int)(f->dicts >> (sh + 1) & 3);
    const dp_model *m = x->d->model;
    const dp_dict *h = x->dict[which];
    const char *v;
    size_t n = f->nnorm;
    unsigned b = 1u | (dp_dict_find_hv(m, h, f->norm, n, f->khash, &v, 1) ? 2u : 0) |
                 (dp_dict_has_prefix_hv(m, h, f->norm, n, f->khash) ? 4u : 0);
    f->dicts |= (uint16_t)(b << sh);
    return (int)(b >> 1);
}

int dp_ner_dict_starts(dp_ner_ctx *x, uint32_t i, int which)
{
    S_form *f = x->form[i];
    unsigned sh = 5u * (unsigned)which + 3u;
    if (!(f->dicts >> sh & 1)) {
        unsigned b = 1u | (dp_dict_any_starts(x->d->model, x->dict[which], f->norm, f->nnorm)
                               ? 2u : 0);
        f->dicts |= (uint16_t)(b << sh);
    }
    return (int)(f->dicts >> (sh + 1) & 1);
}

int dp_ner_pair_dead(dp_ner_ctx *x, uint32_t i, int which)
{
    const dp_doc *d = x->d;
    if (!x->dpc || (size_t)i + 1 >= d->toks.n) return 0;
    const S_form *a = x->form[i], *b = x->form[i + 1];
    if (!a->kept || !b->kept) return 0;
    uint8_t sp = (d->toks.v[i + 1].flags & DP_TF_SPACE) != 0;
    uint64_t h = ((uint64_t)(uintptr_t)a * 0x9e3779b97f4a7c15ull ^ (uint64_t)(uintptr_t)b) + sp;
    S_dpc *e = &x->dpc[(h * 0xbf58476d1ce4e5b9ull) >> (64 - S_DPC_BITS)];
    if (e->a != a || e->b != b || e->sp != sp) *e = (S_dpc){ a, b, sp, 0 };
    unsigned asked = 1u << (2 * which);
    if (!(e->bits & asked)) {
        char k[256];                    /* the key as dp_ment_key joins it */
        size_t n = a->nnorm + sp + b->nnorm;
        int dead = 0;
        if (n && n < sizeof k) {
            memcpy(k, a->norm, a->nnorm);
            if (sp) k[a->nnorm] = ' ';
            memcpy(k + a->nnorm + sp, b->norm, b->nnorm);
            const dp_dict *dh = x->dict[which];
            const char *v;
            uint64_t hv = dp_key_hash(k, n);
            dead = !dp_dict_find_hv(d->model, dh, k, n, hv, &v, 1) &&
                   !dp_dict_has_prefix_hv(d->model, dh, k, n, hv);
        }
        e->bits |= (uint8_t)(asked | (dead ? asked << 1 : 0));
    }
    return (e->bits >> (2 * which + 1)) & 1;
}
