/*
 * tag.c -- part-of-speech bits and lemmas from the Lefff.
 *
 * Every word token gets the union of the categories the lexicon gives its
 * lowercase form (d->toks[i].pos) and one preferred lemma: the reading the
 * left context favours (after a determiner a noun or adjective, after an
 * auxiliary a participle, otherwise a verb before a noun).  Stages needing
 * another reading ask dp_tok_lex, which reads the readings kept here
 * (each distinct form is looked up once per document).
 */
#include "doc.h"
#include "text.h"

#include <stdlib.h>

#define MAXREAD DP_TOK_LEX

/* Built with -DDP_TAG_CHECK (or -DDP_EVENT_MEMO_CHECK, as the ASan build
 * of tests/run is), the per-token loop computes again what it reads from
 * a memo entry or a form of the document (the preferred reading, the
 * context passed on, the folded form's record) the way a token alone
 * would, and a difference aborts.  Off, it is nothing.                  */
#if defined DP_TAG_CHECK || defined DP_EVENT_MEMO_CHECK
#define S_TAG_CHECK 1
#define S_CHECK(ok) do { if (!(ok)) abort(); } while (0)
#else
#define S_TAG_CHECK 0
#define S_CHECK(ok) do { if (0 && !(ok)) abort(); } while (0) /* read, never run */
#endif

/* The handle's memo of Lefff lookups, kept from one document to the next
 * (d->lexcache survives the pipeline's reset, dp_doc_free frees it): the
 * forms of news text recur from article to article, and one lookup in the
 * mapped model costs several cache misses (slot, key, string, values,
 * entries).  It only grows, up to S_CACHE_MAX forms; its readings live in
 * its own arena, so tokens may point at them for as long as the handle.  */
#define S_CACHE_SLOTS (1u << 16)
#define S_CACHE_MAX (S_CACHE_SLOTS / 2)

/* What the tagger knows of a lowercase form.                            */
typedef struct S_known {
    const dp_lex_entry *lex; /* its readings (at most MAXREAD)             */
    const uint32_t *bits;    /* S_pos_bits of each                         */
    uint32_t n;              /* how many readings the Lefff has            */
    uint32_t all;            /* the union of BITS                          */
    int8_t best[4];          /* the preferred reading in each left context
                                (S_context), -1 when none                  */
    int8_t next[4];          /* the context a token of this form makes for
                                the next one, in each left context        */
    const char *lemma[4];    /* BEST's lemma, or NULL: what a token of the
                                form gets (no read of its readings)        */
    dp_form *norm;           /* the memo's record of the folded form of a
                                token of this form, once dp_tok_form asked
                                for it, or NULL                            */
    int8_t norm_is_form;     /* 1: NORM's key is the form itself (the
                                folded form of a word without accents or
                                capitals), -1: not; set with NORM          */
} S_known;

/* A form the tagger knows, in the memo's arena (or the document's when
 * the memo is full), the form's bytes right after it.                   */
typedef struct S_centry {
    S_known k;
    char form[];             /* NUL-terminated                             */
} S_centry;

/* A slot of the memo (d->lexcache->v): hash and length of its form, so
 * that a probe reads the entry only when they match.  E NULL: free.      */
typedef struct S_cslot {
    uint32_t hash, len;
    S_centry *e;
} S_cslot;

/* One looked-up form of the document: its readings, shared by its tokens. */
typedef struct dp_tagform {
    const char *lower;
    uint32_t hash, len;
    S_centry *e;             /* the handle's memo entry (or one of the
                                document when the memo is full)            */
    dp_form *norm;           /* e->k.norm, or one for the document only    */
    dp_form *same;           /* what S_lookup gives a token of this form
                                whose norm is its lower string: NORM when
                                its key is the form, else NULL (set with
                                E, while NORM is E's)                      */
} S_form;

static uint32_t S_pos_bits(const char *pos, const char *feats);

/* What the left context prefers, by the previous token's bits: nothing
 * (0), a noun or adjective after a determiner (1), a participle after an
 * auxiliary (2), a verb after a pronoun (3).                           */
static const uint32_t S_prefer[4] = {0, DP_POS_NC | DP_POS_ADJ, DP_POS_VPP, DP_POS_V};
static int S_context(uint32_t prev)
{
    return (prev & DP_POS_DET) ? 1 : (prev & DP_POS_AUX) ? 2 : (prev & DP_POS_PRO) ? 3 : 0;
}

/* Rank of a reading given what the left context prefers (lower: better). */
static int S_rank(uint32_t bits, uint32_t prefer)
{
    if (bits & prefer) return 0;
    if (bits & (DP_POS_V | DP_POS_NC)) return 1;
    if (bits & (DP_POS_ADJ | DP_POS_NP)) return 2;
    return 3;
}


static S_centry *S_readings_new(dp_doc *d, dp_kept *c, S_cslot *slot, const char *form,
                                size_t len, uint32_t h);

/* What the tagger knows of FORM (LEN bytes, hash H): the entry of the
 * handle's memo C (NULL when it could not be made), looked up and added
 * when new (to the document's arena when the memo is full).              */
__attribute__((always_inline)) static inline S_centry *
S_readings(dp_doc *d, dp_kept *c, const char *form, size_t len, uint32_t h)
{
    if (!c) return S_readings_new(d, NULL, NULL, form, len, h);
    S_cslot *v = c->v;
    size_t i = h & (S_CACHE_SLOTS - 1);
    for (; v[i].e; i = (i + 1) & (S_CACHE_SLOTS - 1))
        if (v[i].hash == h && v[i].len == len && dp_same_bytes(v[i].e->form, form, len))
            return v[i].e;
    if (c->used >= S_CACHE_MAX) return S_readings_new(d, NULL, NULL, form, len, h);
    return S_readings_new(d, c, &v[i], form, len, h);
}

/* S_readings of a form the memo C lacks: looked up in the Lefff, kept in
 * SLOT of C, or for the document only when C is NULL.                    */
static S_centry *S_readings_new(dp_doc *d, dp_kept *c, S_cslot *slot, const char *form,
                                size_t len, uint32_t h)
{
    static const dp_lex_entry none[1];
    dp_lex_entry r[MAXREAD];
    size_t n = dp_lex_find(d->model, form, len, r, MAXREAD);
    size_t k = n < MAXREAD ? n : MAXREAD;
    dp_arena *a = c ? &c->arena : &d->arena;
    dp_lex_entry *keep = k ? dp_arena_alloc_raw(a, k * sizeof *keep) : NULL;
    uint32_t *bits = k ? dp_arena_alloc_raw(a, k * sizeof *bits) : NULL;
    for (size_t j = 0; j < k; j++) {
        keep[j] = r[j];
        bits[j] = S_pos_bits(r[j].pos, r[j].feats);
    }
    S_centry *e = dp_arena_alloc_raw(a, sizeof *e + len + 1);
    memcpy(e->form, form, len);
    e->form[len] = 0;
    e->k = (S_known){ .lex = keep ? keep : none, .bits = bits, .n = (uint32_t)n };
    /* S_best for the four contexts in one pass: a reading's rank is
     * S_rank's without a preference unless it has the one preferred     */
    int best[4] = {-1, -1, -1, -1}, best_rank[4] = {99, 99, 99, 99};
    for (size_t j = 0; j < k; j++) {
        uint32_t b = bits[j];
        int base = S_rank(b, 0);
        e->k.all |= b;
        for (int p = 0; p < 4; p++) {
            int rk = (b & S_prefer[p]) ? 0 : base;
            if (rk < best_rank[p]) { best_rank[p] = rk; best[p] = (int)j; }
        }
    }
    for (int p = 0; p < 4; p++) {
        /* what dp_stage_tag's loop passes on, as its S_context          */
        uint32_t prev = best[p] >= 0 ? bits[best[p]] : 0;
        if (e->k.all & DP_POS_AUX) prev |= DP_POS_AUX;
        if (e->k.all & DP_POS_DET) prev = DP_POS_DET;
        e->k.best[p] = (int8_t)best[p];
        e->k.next[p] = (int8_t)S_context(prev);
        e->k.lemma[p] = best[p] >= 0 ? keep[best[p]].lemma : NULL;
    }
    if (c) {
        *slot = (S_cslot){ .hash = h, .len = (uint32_t)len, .e = e };
        c->used++;
    }
    return e;
}

/* The document's forms: TAB, CAP slots (a power of two) holding an index
 * + 1 of FORMS, USED of them; C, the handle's memo or NULL.              */
typedef struct S_forms {
    uint32_t *tab;
    S_form *forms;
    size_t cap, used;
    dp_kept *c;
} S_forms;

/* The document's form of token TI's lowercase form, added (its readings
 * not looked up yet) when new: its index + 1, also kept in d->tagslot,
 * or 0 when the table is full.                                           */
static uint32_t S_form_of(dp_doc *d, size_t ti, S_forms *F)
{
    const dp_token *t = &d->toks.v[ti];
    size_t len;
    uint32_t h = dp_fnv_cstr(t->lower, &len), x;
    size_t i = h & (F->cap - 1);
    while ((x = F->tab[i])) {
        const S_form *f = &F->forms[x - 1];
        if (f->hash == h && f->len == len && dp_same_bytes(f->lower, t->lower, len)) break;
        i = (i + 1) & (F->cap - 1);
    }
    if (!x) {
        if (2 * (F->used + 1) > F->cap) return 0;
        S_form *f = &F->forms[F->used++];
        F->tab[i] = x = (uint32_t)F->used;
        *f = (S_form){ .lower = t->lower, .hash = h, .len = (uint32_t)len };
    }
    return d->tagslot[ti] = x;
}

/* The readings of the document's forms, in the order of their first
 * tokens.  Each is a probe of the memo, which is large: the slots of the
 * forms a few places ahead are fetched early, and their entries.        */
static void S_resolve(dp_doc *d, S_forms *F)
{
    const S_cslot *v = F->c ? F->c->v : NULL;
    for (size_t k = 0; k < F->used; k++) {
        if (v && k + 8 < F->used)
            __builtin_prefetch(&v[F->forms[k + 8].hash & (S_CACHE_SLOTS - 1)]);
        if (v && k + 4 < F->used) {
            const S_cslot *ahead = &v[F->forms[k + 4].hash & (S_CACHE_SLOTS - 1)];
            if (ahead->e) __builtin_prefetch(ahead->e);
        }
        S_form *f = &F->forms[k];
        f->e = S_readings(d, F->c, f->lower, f->len, f->hash);
        f->norm = f->e->k.norm;
        if (f->norm) __builtin_prefetch(f->norm);   /* its key: the tokens' loop */
        f->same = f->norm && f->e->k.norm_is_form > 0 ? f->norm : NULL;
    }
}

/* Readings of token TI's lowercase form into its lex / nlex, from its
 * form of the document (X, its index + 1), or looked up on its own when
 * the table was full (X 0).  Returns what the tagger knows of the form. */
static const S_known *S_lookup(dp_doc *d, size_t ti, S_forms *F, uint32_t x)
{
    dp_token *t = &d->toks.v[ti];
    S_form one, *f = x ? &F->forms[x - 1] : &one;
    if (!x) {
        size_t len;
        one.lower = t->lower;
        one.hash = dp_fnv_cstr(t->lower, &len);
        one.len = (uint32_t)len;
        one.e = S_readings(d, F->c, t->lower, len, one.hash);
        one.norm = one.e->k.norm;
    }
    t->lex = f->e->k.lex;
    t->nlex = f->e->k.n;
    /* The folded form's record, when an earlier document asked for it.  */
    /* A token whose folded form is its lowercase form (the same string)
     * has the record when its key is the form, known once per form.    */
    const S_known *k = &f->e->k;
    d->tokform[ti] = f->norm && (f->norm == k->norm && t->norm == t->lower
                                     ? k->norm_is_form > 0
                                     : !strcmp(f->norm->key, t->norm))
                         ? f->norm : NULL;
    return k;
}

/* The memo record of token I's folded form: through its lowercase form's
 * entry when the tagger made one (one probe of the memo per form and
 * handle rather than per token), checked against the token's own folded
 * form (a lowercase form has one folded form, but that is not assumed).  */
dp_form *dp_tok_form(dp_doc *d, uint32_t i)
{
    if (!d->tokform) d->tokform = dp_arena_alloc(&d->arena, d->toks.n * sizeof *d->tokform);
    if (d->tokform[i]) return d->tokform[i];
    const char *norm = d->toks.v[i].norm;
    S_form *s = d->tagslot && d->tagslot[i] ? &d->tagforms[d->tagslot[i] - 1] : NULL;
    if (s && s->norm && !strcmp(s->norm->key, norm)) return d->tokform[i] = s->norm;
    dp_form *f = dp_form_of(d, norm);
    if (s && !s->norm) {
        s->norm = f;
        if (f->arena != &d->arena) {                    /* kept */
            s->e->k.norm = f;
            s->e->k.norm_is_form = strcmp(f->key, s->e->form) ? -1 : 1;
        }
    }
    return d->tokform[i] = f;
}

size_t dp_tok_lex(const dp_doc *d, uint32_t i, dp_lex_entry *out, size_t max)
{
    const dp_token *t = &d->toks.v[i];
    if (!t->lex) return dp_lex_find(d->model, t->lower, strlen(t->lower), out, max);
    size_t k = t->nlex < max ? t->nlex : max;
    if (k > MAXREAD) return dp_lex_find(d->model, t->lower, strlen(t->lower), out, max);
    if (k) memcpy(out, t->lex, k * sizeof *out);
    return t->nlex;
}

/* Lefff category names are short: compared by length and bytes.          */
static int S_is(const char *pos, size_t n, const char *w, size_t wn)
{
    return n == wn && memcmp(pos, w, n) == 0;
}
#define S_IS(w) S_is(pos, n, w, sizeof w - 1)

static uint32_t S_pos_bits(const char *pos, const char *feats)
{
    uint32_t b = 0;
    size_t n = strlen(pos);
    switch (pos[0]) {
    case 'v': if (n == 1) b = DP_POS_V; break;
    case 'a':
        if (S_IS("auxAvoir") || S_IS("auxEtre")) b = DP_POS_V | DP_POS_AUX;
        else if (S_IS("adj")) b = DP_POS_ADJ;
        else if (n >= 3 && pos[1] == 'd' && pos[2] == 'v') b = DP_POS_ADV;
        break;
    case 'n':
        if (S_IS("nc")) b = DP_POS_NC;
        else if (S_IS("np")) b = DP_POS_NP;
        break;
    case 'd': if (S_IS("det")) b = DP_POS_DET; break;
    case 'p':
        if (S_IS("prep")) b = DP_POS_PREP;
        else if (pos[1] == 'r') b = DP_POS_PRO;
        break;
    case 'c':
        if (S_IS("coo") || S_IS("csu")) b = DP_POS_CONJ;
        else if (pos[1] == 'l' || S_IS("caimp")) b = DP_POS_PRO;
        break;
    case 'q': if (S_IS("que")) b = DP_POS_CONJ; break;
    case 'i': if (S_IS("ilimp")) b = DP_POS_PRO; break;
    default: break;
    }
    if ((b & DP_POS_V) && feats) {
        if (feats[0] == 'K') b |= DP_POS_VPP;
        if (feats[0] == 'W') b |= DP_POS_VINF;
    }
    return b;
}
#undef S_IS

void dp_stage_tag(dp_doc *d)
{
    S_forms F = {.cap = 256};
    while (F.cap < 2 * d->toks.n && F.cap < (1u << 22)) F.cap <<= 1;
    F.tab = dp_arena_alloc(&d->arena, F.cap * sizeof *F.tab);
    F.forms = dp_arena_alloc_raw(&d->arena, (F.cap / 2 + 1) * sizeof *F.forms);
    F.c = dp_kept_get(d, &d->lexcache, S_CACHE_SLOTS, sizeof(S_cslot));
    d->tagforms = F.forms;
    /* every slot of both is written below: not zeroed here             */
    d->tagslot = dp_arena_alloc_raw(&d->arena, d->toks.n * sizeof *d->tagslot);
    d->tokform = dp_arena_alloc_raw(&d->arena, d->toks.n * sizeof *d->tokform);
    /* the document's forms, then their readings, then each token's     */
    for (size_t i = 0; i < d->toks.n; i++) {
        const dp_token *t = &d->toks.v[i];
        if (t->kind == DP_TOK_WORD && !(t->flags & DP_TF_CLITIC)) S_form_of(d, i, &F);
        else d->tagslot[i] = 0;
    }
    S_resolve(d, &F);
    /* the left context (S_context of what the token before passes on):
     * a number passes DP_POS_NUM (0), a clitic DP_POS_PRO (3).  The
     * tokenizer leaves pos, lemma, lex, nlex and a non-number's num
     * unwritten: each token gets them here, once (S_tok_set).           */
    int ctx = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        dp_token *t = &d->toks.v[i];
        uint32_t x = d->tagslot[i];
        const S_known *k;
        if (x) {                               /* a word of the table: S_lookup */
            const S_form *f = &F.forms[x - 1];
            k = &f->e->k;
            t->lex = k->lex;
            t->nlex = k->n;
            t->num = 0;
            d->tokform[i] = t->norm == t->lower ? f->same
                            : f->norm && !strcmp(f->norm->key, t->norm) ? f->norm : NULL;
            S_CHECK(d->tokform[i] == (f->norm && (f->norm == k->norm && t->norm == t->lower
                                                      ? k->norm_is_form > 0
                                                      : !strcmp(f->norm->key, t->norm))
                                          ? f->norm : NULL));
        } else {
            d->tokform[i] = NULL;              /* S_lookup sets a word's   */
            t->lemma = NULL;
            t->lex = NULL;
            t->nlex = 0;
            if (t->kind == DP_TOK_NUM) {       /* its num: the tokenizer's */
                t->pos = DP_POS_NUM;
                ctx = 0;
                S_CHECK(S_context(t->pos) == ctx);
                continue;
            }
            t->num = 0;
            if (t->kind != DP_TOK_WORD) { t->pos = 0; ctx = 0; continue; }
            if (t->flags & DP_TF_CLITIC) {
                t->pos = DP_POS_PRO;
                ctx = 3;
                S_CHECK(S_context(t->pos) == ctx);
                continue;
            }
            k = S_lookup(d, i, &F, 0);
        }
        int best = k->best[ctx];               /* ranked once per form     */
        t->pos = k->all;
        t->lemma = k->lemma[ctx];
        S_CHECK(t->lemma == (best >= 0 ? t->lex[best].lemma : NULL));
        if (S_TAG_CHECK) {
            /* the first best ranked reading for this context, and what
             * the token passes on, from its readings' bits              */
            size_t nr = k->n < MAXREAD ? k->n : MAXREAD;
            int want = -1, want_rank = 99;
            uint32_t all = 0;
            for (size_t r = 0; r < nr; r++) {
                int rk = S_rank(k->bits[r], S_prefer[ctx]);
                if (rk < want_rank) { want_rank = rk; want = (int)r; }
                all |= k->bits[r];
            }
            uint32_t prev = want >= 0 ? k->bits[want] : 0;
            if (all & DP_POS_AUX) prev |= DP_POS_AUX;
            if (all & DP_POS_DET) prev = DP_POS_DET;
            S_CHECK(best == want && all == k->all && k->next[ctx] == S_context(prev));
        }
        ctx = k->next[ctx];
    }
}
