/*
 * repeat.c -- passages repeated inside one document.
 *
 * Web and wire copy often prints a paragraph twice, sometimes with small
 * edits ("la grande bataille" / "la bataille").  Each sentence becomes the
 * set of its word bigrams (folded); a later sentence whose set overlaps an
 * earlier one's enough (Jaccard >= 0.5, or >= 0.8 of the smaller set) is a
 * repeat of it.  Consecutive repeated sentences whose originals are also
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

/* A bigram of the document: its postings (the first MAX_POST sentences
 * that have it, newest first) and the last sentence that had it + 1
 * (0: a free slot).                                                      */
typedef struct { uint64_t key; uint32_t head, count, seen; } S_slot;
typedef struct { uint32_t sent, next; } S_post;

static uint64_t S_hash(const char *s, uint64_t h)
{
    for (; *s; s++) { h ^= (unsigned char)*s; h *= 1099511628211ull; }
    return h;
}

/* Bigram hashes of sentence S (in text order, repeats kept); returns the
 * count.                                                                  */
static size_t S_bigrams(dp_doc *d, const dp_sentence *s, uint64_t *out)
{
    size_t n = 0;
    uint64_t prev = 0;
    int have = 0;
    for (uint32_t i = s->t0; i < s->t1; i++) {
        const dp_token *t = &d->toks.v[i];
        if (t->kind != DP_TOK_WORD && t->kind != DP_TOK_NUM) continue;
        uint64_t h = S_hash(t->norm, 1469598103934665603ull);
        if (have) out[n++] = (prev * 31) ^ h;
        prev = h;
        have = 1;
    }
    return n;
}

/* The slot of bigram KEY in TAB (CAP slots): its own or the free one
 * where it goes.                                                          */
static S_slot *S_slot_of(S_slot *tab, size_t cap, uint64_t key)
{
    size_t h = (size_t)key & (cap - 1);
    while (tab[h].seen && tab[h].key != key) h = (h + 1) & (cap - 1);
    return &tab[h];
}

void dp_stage_repeats(dp_doc *d)
{
    size_t ns = d->sents.n;
    if (ns < 2) return;
    size_t total = 0;
    for (size_t i = 0; i < ns; i++) total += d->sents.v[i].t1 - d->sents.v[i].t0;
    size_t cap = 64;
    while (cap < total * 2) cap *= 2;
    S_slot *tab = dp_arena_alloc(&d->arena, cap * sizeof *tab);
    S_post *post = dp_arena_alloc_raw(&d->arena, (total + 1) * sizeof *post);
    uint32_t npost = 1;                                  /* 0 = none      */
    uint32_t *nbig = dp_arena_alloc_raw(&d->arena, ns * sizeof *nbig);
    uint32_t *cnt = dp_arena_alloc(&d->arena, ns * sizeof *cnt);
    uint32_t *touched = dp_arena_alloc_raw(&d->arena, ns * sizeof *touched);
    /* the least bigram a touched sentence shares with this one           */
    uint64_t *least = dp_arena_alloc_raw(&d->arena, ns * sizeof *least);
    uint64_t *big = dp_arena_alloc_raw(&d->arena, (total + 1) * sizeof *big);
    S_slot **mine = dp_arena_alloc_raw(&d->arena, (total + 1) * sizeof *mine);

    for (size_t j = 0; j < ns; j++) {
        dp_sentence *s = &d->sents.v[j];
        size_t nbig_all = S_bigrams(d, s, big), nb = 0;
        /* count the distinct bigrams shared with each earlier sentence    */
        size_t ntouch = 0;
        for (size_t k = 0; k < nbig_all; k++) {
            S_slot *e = S_slot_of(tab, cap, big[k]);
            if (e->seen == j + 1) continue;              /* seen here     */
            if (!e->seen) e->key = big[k];
            e->seen = (uint32_t)j + 1;
            mine[nb++] = e;
            for (uint32_t p = e->head; p; p = post[p].next) {
                uint32_t i = post[p].sent;
                if (cnt[i]++ == 0) {
                    touched[ntouch++] = i;
                    least[i] = big[k];
                } else if (big[k] < least[i]) {
                    least[i] = big[k];
                }
            }
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
                double score = jac >= 0.5 ? jac : (contain >= 0.8 ? contain * 0.6 : 0);
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
        /* index this sentence's bigrams                                    */
        for (size_t k = 0; k < nb; k++) {
            S_slot *e = mine[k];
            if (e->count >= MAX_POST) continue;
            post[npost].sent = (uint32_t)j;
            post[npost].next = e->head;
            e->head = npost++;
            e->count++;
        }
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
