/*
 * memo.c -- the handle's memo of facts about folded forms (dp_form_of).
 *
 * What a stage derives from one folded form and the model alone (a place
 * word's gazetteer entries, its cue values, a demonym's country) is the
 * same in every document, and the forms of news text recur from article
 * to article.  The memo keeps one dp_form per distinct form, kept from one
 * document to the next (d->formmemo survives the pipeline's reset,
 * dp_doc_free frees it), so each stage asks the model once per form and
 * handle instead of once per token.  It only grows, up to S_MAX forms;
 * after that, new forms get a record that lives in the document's arena.
 */
#include "doc.h"

#include <stdlib.h>

#define S_SLOTS (1u << 16)
#define S_MAX (S_SLOTS / 2)

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

dp_form *dp_form_of(dp_doc *d, const char *key)
{
    uint32_t h = 2166136261u;      /* FNV-1a, four bytes to a round      */
    const unsigned char *p = (const unsigned char *)key;
    for (;; p += 4) {
        if (!p[0]) break;
        h = (h ^ p[0]) * 16777619u;
        if (!p[1]) { p += 1; break; }
        h = (h ^ p[1]) * 16777619u;
        if (!p[2]) { p += 2; break; }
        h = (h ^ p[2]) * 16777619u;
        if (!p[3]) { p += 3; break; }
        h = (h ^ p[3]) * 16777619u;
    }
    size_t len = (size_t)((const char *)p - key);
    dp_kept *c = d->formmemo ? d->formmemo : dp_kept_get(d, &d->formmemo, S_SLOTS, sizeof(dp_form *));
    if (!c) return S_new(&d->arena, key, len, h);
    dp_form **v = c->v;      /* by hash, linear probing; NULL: free slot  */
    size_t i = h & (S_SLOTS - 1);
    for (dp_form *f; (f = v[i]); i = (i + 1) & (S_SLOTS - 1))
        if (f->hash == h && !strcmp(f->key, key)) return f;
    if (c->used >= S_MAX) return S_new(&d->arena, key, len, h);
    c->used++;
    return v[i] = S_new(&c->arena, key, len, h);
}
