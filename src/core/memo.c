/*
 * memo.c -- the handle's memo of facts about folded forms (dp_form_of).
 *
 * What a stage derives from one folded form and the model alone (a place
 * word's gazetteer entries, its cue values, a demonym's country) is the
 * same in every document, and the forms of news text recur from article
 * to article.  The memo keeps one dp_form per distinct form, kept from one
 * document to the next (d->formmemo survives the pipeline's reset,
 * dp_doc_free frees it), so each stage asks the model once per form and
 * handle instead of once per token.  It only grows: its table starts with
 * S_SLOTS slots and doubles when half of them are taken, up to S_SLOTS_MAX
 * (a long run over varied news meets far more forms than one article);
 * after that, new forms get a record that lives in the document's arena.
 * A record never moves (it lives in the memo's arena): growing the table
 * only moves the pointers to it.
 */
#include "doc.h"

#include <stdlib.h>

#define S_SLOTS (1u << 16)
#define S_SLOTS_MAX (1u << 18)

static void S_oom(void *ctx)
{
    dp_doc *d = ctx;
    d->arena.oom(d->arena.oom_ctx);   /* the pipeline's: longjmps out     */
}

dp_kept *dp_kept_get(dp_doc *d, dp_kept **k, size_t n, size_t size)
{
    if (!*k) {
        dp_kept *c = calloc(1, sizeof *c);
        if (!c) return NULL;
        if (!(c->v = calloc(n, size))) {
            free(c);
            return NULL;
        }
        c->nslots = n;
        dp_arena_init(&c->arena, S_oom, d);
        *k = c;
    }
    return *k;
}

void dp_kept_free(dp_kept *k)
{
    if (!k) return;
    dp_arena_free(&k->arena);
    free(k->v);
    free(k);
}

static dp_form *S_new(dp_arena *a, const char *key, size_t len, uint32_t h)
{
    dp_form *f = dp_arena_alloc(a, sizeof *f);
    f->key = dp_arena_strndup(a, key, len);
    f->hash = h;
    f->arena = a;
    return f;
}

/* C's table of forms doubled (the records rehashed by their hash); 0 when
 * it is at S_SLOTS_MAX or memory ran out (the table is then kept).      */
static int S_grow(dp_kept *c)
{
    if (c->nslots >= S_SLOTS_MAX) return 0;
    size_t n = c->nslots * 2;
    dp_form **nv = calloc(n, sizeof *nv), **v = c->v;
    if (!nv) return 0;
    for (size_t k = 0; k < c->nslots; k++) {
        if (!v[k]) continue;
        size_t i = v[k]->hash & (n - 1);
        while (nv[i]) i = (i + 1) & (n - 1);
        nv[i] = v[k];
    }
    free(c->v);
    c->v = nv;
    c->nslots = n;
    return 1;
}

dp_form *dp_form_of(dp_doc *d, const char *key)
{
    size_t len;
    uint32_t h = dp_fnv_cstr(key, &len);
    dp_kept *c = d->formmemo ? d->formmemo : dp_kept_get(d, &d->formmemo, S_SLOTS, sizeof(dp_form *));
    if (!c) return S_new(&d->arena, key, len, h);
    dp_form **v = c->v;      /* by hash, linear probing; NULL: free slot  */
    size_t mask = c->nslots - 1, i = h & mask;
    for (dp_form *f; (f = v[i]); i = (i + 1) & mask)
        if (f->hash == h && !strcmp(f->key, key)) return f;
    if (2 * (c->used + 1) > c->nslots) {   /* full past half: grow, or no record kept */
        if (!S_grow(c)) return S_new(&d->arena, key, len, h);
        v = c->v;
        mask = c->nslots - 1;
        for (i = h & mask; v[i]; i = (i + 1) & mask) {}
    }
    c->used++;
    return v[i] = S_new(&c->arena, key, len, h);
}
