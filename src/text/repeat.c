/*
 * repeat.c -- passages repeated inside one document.
 *
 * Web and wire copy often prints a paragraph twice, sometimes with small
 * edits ("la grande bataille" / "la bataille").  Each sentence becomes the
 * set of its word bigrams (folded); a later sentence whose set overlaps an
 * earlier one's enough (Jaccard >= 0.5, or >= 0.8 of the smaller set when
 * the later one is at most three times the earlier's size) is a repeat of it.  Consecutive repeated sentences whose originals are also
 * consecutive form one passage: d->repeats gets the later passage and the
 * span it repeats; its sentences get repeat_of and its tokens
 * DP_TF_REPEATED, so that later stages do not count its facts twice.
 *
 * Cost is linear: postings of one bigram are capped (MAX_POST), so
 * pathological input ("a a a a ...") cannot make it quadratic.
 */
#include "doc.h"


#define MIN_WORDS 6
#define MAX_POST 32

/* The document's bigrams, by hash, linear probing: KEY, the first
 * MAX_POST sentences that have it (HEAD of postings, newest first; COUNT)
 * and SEEN, the last sentence that had it + 1 (0: a free slot; the only
 * array that needs zeroing).                                             */
typedef struct {
    uint64_t *key;
    uint32_t *head, *count, *seen;
    size_t cap;
} S_table;
typedef struct { uint32_t sent, next; } S_post;

/* FNV-1a of the bytes of S, four to a round (a NUL ends it anywhere).    */
static uint64_t S_hash(const char *s, uint64_t h)
{
    const unsigned char *p = (const unsigned char *)s;
    for (;; p += 4) {
        if (!p[0]) break;
        h = (h ^ p[0]) * 1099511628211ull;
        if (!p[1]) break;
        h = (h ^ p[1]) * 1099511628211ull;
        if (!p[2]) break;
        h = (h ^ p[2]) * 1099511628211ull;
        if (!p[3]) break;
        h = (h ^ p[3]) * 1099511628211ull;
    }
    return h;
}

/* S_hash of token I's norm, kept in its form's memo record F (slot
 * DP_FORM_REPEAT) when the tagger found the token one: hashed once per
 * form and handle rather than per token.                                */
static inline uint64_t S_word_hash(const dp_doc *d, uint32_t i, dp_form *f)
{
    if (sizeof(uintptr_t) < sizeof(uint64_t) || !f)
        return S_hash(d->toks.v[i].norm, 1469598103934665603ull);
    if (!(f->known & (1u << DP_FORM_REPEAT))) {
        f->v[DP_FORM_REPEAT] = (uintptr_t)S_hash(f->key, 1469598103934665603ull);
        f->known |= 1u << DP_FORM_REPEAT;
    }
    return (uint64_t)f->v[DP_FORM_REPEAT];
}

/* Bigram hashes of the words and numbers of tokens [T0, T1) in text
 * order, repeats kept (TF: the tokens' memo records, or NULL); returns
 * the count.                                                             */
static size_t S_bigrams(const dp_doc *d, uint32_t t0, uint32_t t1, dp_form *const *tf,
                        uint64_t *out)
{
    size_t n = 0;
    uint32_t i = t0;
    uint64_t prev = 0;
    for (; i < t1; i++) {                     /* the first word            */
        unsigned kind = d->toks.v[i].kind;
        if (kind == DP_TOK_WORD || kind == DP_TOK_NUM) {
            prev = S_word_hash(d, i, tf ? tf[i] : NULL);
            break;
        }
    }
    for (i++; i < t1; i++) {
        unsigned kind = d->toks.v[i].kind;
        if (kind != DP_TOK_WORD && kind != DP_TOK_NUM) continue;
        uint64_t h = S_word_hash(d, i, tf ? tf[i] : NULL);
        out[n++] = (prev * 31) ^ h;
        prev = h;
    }
    return n;
}

/* The slot of bigram KEY: its own or the free one where it goes.         */
static size_t S_slot_of(const S_table *T, uint64_t key)
{
    size_t h = (size_t)key & (T->cap - 1);
    while (T->seen[h] && T->key[h] != key) h = (h + 1) & (T->cap - 1);
    return h;
}

void dp_stage_repeats(dp_doc *d)
{
    size_t ns = d->sents.n;
    if (ns < 2) return;
    size_t total = 0;
    for (size_t i = 0; i < ns; i++) total += d->sents.v[i].t1 - d->sents.v[i].t0;
    /* every sentence's bigrams: those of sentence j at big[off[j]..)     */
    uint64_t *big = dp_arena_alloc_raw(&d->arena, (total + 1) * sizeof *big);
    size_t *off = dp_arena_alloc_raw(&d->arena, (ns + 1) * sizeof *off);
    size_t nbig_doc = 0;
    for (size_t j = 0; j < ns; j++) {
        off[j] = nbig_doc;
        nbig_doc += S_bigrams(d, d->sents.v[j].t0, d->sents.v[j].t1, d->tokform,
                              big + nbig_doc);
    }
    off[ns] = nbig_doc;
    S_table T = {.cap = 64};
    while (T.cap < nbig_doc * 2) T.cap *= 2;
    T.seen = dp_arena_alloc(&d->arena, T.cap * sizeof *T.seen);
    T.key = dp_arena_alloc_raw(&d->arena, T.cap * sizeof *T.key);
    T.head = dp_arena_alloc_raw(&d->arena, T.cap * sizeof *T.head);
    T.count = dp_arena_alloc_raw(&d->arena, T.cap * sizeof *T.count);
    S_post *post = dp_arena_alloc_raw(&d->arena, (nbig_doc + 1) * sizeof *post);
    uint32_t npost = 1;                                  /* 0 = none      */
    uint32_t *nbig = dp_arena_alloc_raw(&d->arena, ns * sizeof *nbig);
    uint32_t *cnt = dp_arena_alloc(&d->arena, ns * sizeof *cnt);
    uint32_t *touched = dp_arena_alloc_raw(&d->arena, ns * sizeof *touched);
    /* the least bigram a touched sentence shares with this one           */
    uint64_t *least = dp_arena_alloc_raw(&d->arena, ns * sizeof *least);

    for (size_t j = 0; j < ns; j++) {
        dp_sentence *s = &d->sents.v[j];
        size_t nb = 0;
        /* count the distinct bigrams shared with each earlier sentence,
         * and index this sentence's bigrams as they come: a bigram's
         * postings are walked before this sentence joins them, and each
         * distinct bigram once (SEEN), so no sentence meets itself.       */
        size_t ntouch = 0;
        for (size_t k = off[j]; k < off[j + 1]; k++) {
            uint64_t key = big[k];
            size_t e = S_slot_of(&T, key);
            uint32_t seen = T.seen[e];
            if (seen == j + 1) continue;                 /* seen here     */
            T.seen[e] = (uint32_t)j + 1;
            nb++;
            if (!seen) {                                 /* a new bigram  */
                T.key[e] = key;
                post[npost].sent = (uint32_t)j;
                post[npost].next = 0;
                T.head[e] = npost++;
                T.count[e] = 1;
                continue;
            }
            for (uint32_t p = T.head[e]; p; p = post[p].next) {
                uint32_t i = post[p].sent;
                if (cnt[i]++ == 0) {
                    touched[ntouch++] = i;
                    least[i] = key;
                } else if (key < least[i]) {
                    least[i] = key;
                }
            }
            if (T.count[e] >= MAX_POST) continue;
            post[npost].sent = (uint32_t)j;
            post[npost].next = T.head[e];
            T.head[e] = npost++;
            T.count[e]++;
        }
        nbig[j] = (uint32_t)nb;
        /* The best score; among equal ones, the sentence that shares the
         * least bigram, and the later one when that is shared too (the
         * order in which a scan of the sorted bigrams meets them).        */
        int32_t best = -1;
        double best_score = 0;
        for (size_t k = 0; k < ntouch; k++) {
            uint32_t i = touched[k];
            if (nb + 1 >= MIN_WORDS && nbig[i] + 1 >= MIN_WORDS) {
                double shared = cnt[i];
                double jac = shared / (double)(nb + nbig[i] - cnt[i]);
                double contain = shared / (double)(nb < nbig[i] ? nb : nbig[i]);
                /* containment: an edited copy, or a fragment of the earlier
                 * sentence; not a longer sentence that quotes a short line
                 * ("Communiqué de la rédaction") among much else it adds */
                int grown = nb > 3 * (size_t)nbig[i];
                double score = jac >= 0.5 ? jac : (contain >= 0.8 && !grown ? contain * 0.6 : 0);
                if (score > best_score ||
                    (best >= 0 && score == best_score &&
                     (least[i] < least[best] || (least[i] == least[best] && i > (uint32_t)best)))) {
                    best_score = score;
                    best = (int32_t)i;
                }
            }
            cnt[i] = 0;
        }
        s->repeat_of = best;
    }

    /* group runs: j..j+k repeating i..i+k                                  */
    for (size_t j = 0; j < ns;) {
        int32_t i = d->sents.v[j].repeat_of;
        if (i < 0) { j++; continue; }
        size_t e = j + 1;
        while (e < ns && d->sents.v[e].repeat_of == i + (int32_t)(e - j) &&
               (size_t)(i + (int32_t)(e - j)) < j)
            e++;
        const dp_sentence *a = &d->sents.v[j], *b = &d->sents.v[e - 1];
        const dp_sentence *oa = &d->sents.v[i], *ob = &d->sents.v[i + (int32_t)(e - 1 - j)];
        dp_repeat *r = DP_DPUSH(d, d->repeats);
        r->c0 = d->toks.v[a->t0].c0;
        r->c1 = d->toks.v[b->t1 - 1].c1;
        r->same_c0 = d->toks.v[oa->t0].c0;
        r->same_c1 = d->toks.v[ob->t1 - 1].c1;
        for (uint32_t t = a->t0; t < b->t1; t++) d->toks.v[t].flags |= DP_TF_REPEATED;
        j = e;
    }
}
