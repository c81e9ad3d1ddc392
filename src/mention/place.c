/*
 * mention/place.c -- finds place names in the text and geocodes them.
 *
 * 1. Candidates: capitalised names found in the gazetteer, longest match
 *    first (multi-word names may hold lowercase links: Côte d'Ivoire).
 * 2. Evidence that a candidate is a place: the words before it (locative
 *    prepositions, place nouns "la ville de", directions), what the
 *    gazetteer says (country, admin1, population) and the document's own
 *    countries.  Vetoes: a person's title before it, a capitalised name
 *    glued to it (Sabah Al-Nomane), a sentence-initial common word,
 *    acronyms, a place noun whose feature class no entry has.
 * 3. Disambiguation, iterated: every entry is scored by its feature and
 *    population, the countries the document mentions (country names,
 *    demonyms, resolved places), proximity to the other resolved places,
 *    the feature a place noun implies and relative-location statements
 *    ("à 60 km au sud de Mossoul").  Aliases (Google is a name of Topeka)
 *    and common words (Tour, Centre) need more evidence.
 * 4. One sense per document: a name accepted once is a place wherever it
 *    is not vetoed; a name seen after a first name is a person's name.
 * 5. One dp_place per distinct entry, with all its mentions.
 * Cue words live in data/lexicon/place_cues.tsv.
 */
#include "doc.h"
#include "text/text.h"

#include <math.h>
#include <stddef.h>
#ifdef DP_PLACE_CHECK_SAME      /* check builds only: S_choose's assert */
#include <assert.h>
#endif
#include <stdlib.h>
#include <string.h>

#define S_MAXE 16       /* gazetteer entries kept per candidate          */
#define S_MAXC 64       /* document countries tracked                    */
#define S_MAXLEN 8      /* tokens in one place name                      */
#define S_ACCEPT 2.0    /* evidence needed to keep a candidate            */
#define S_MAXCTX 64     /* distinct resolved places used as context      */
#define S_MAXCAND 20000 /* names examined per document (bounds memory)   */

typedef struct S_cand {
    uint32_t t0, t1;
    int n;
    int weak;           /* a common word or a very short name               */
    int homonym;        /* one word that is also a common word (Centre)     */
    double ev;          /* context evidence (not counting the entry)      */
    int veto;
    char cue_class;     /* feature class a place noun implies, or 0        */
    char cue_code[8];   /* feature code prefix, or ""                      */
    int cue_strict;
    int32_t anchor;     /* candidate this one is located relative to, -1   */
    int32_t container;  /* candidate said to contain it (X, au Texas), -1  */
    double anchor_km;   /* stated distance, 0 for a bare direction         */
    int choice;         /* chosen entry or -1                              */
    int accepted;
    uint64_t name;      /* hash of the folded name                         */
    const char *key;    /* the folded name (dp_doc_span_key)               */
    /* What S_score reads of the candidate alone, the same at every pass:
     * set for entry k when bit k of SCORED is.                           */
    uint32_t scored;
    uint32_t shortk, shortv;  /* bit k: S_shortened of entry k known; its answer */
    int32_t same;          /* an earlier candidate + 1 whose entries S_score
                              scores alike at every pass (S_same_scores), 0 */
    uint32_t largest;      /* S_largest                                  */
    /* The arrays, last: read up to N (or SCORED), so not zeroed.        */
    dp_gaz_rec rec[S_MAXE];
    uint32_t ids[S_MAXE];
    uint8_t primary[S_MAXE]; /* 1: matched the entry's own name, not an alias */
    uint8_t twin[S_MAXE];  /* an admin unit named as its city's twin     */
    double prior[S_MAXE];  /* S_prior                                    */
} S_cand;

/* An open-addressing table from 64-bit keys (never 0) to indexes, sized
 * for N entries: linear time on any document.                           */
typedef struct S_tab { uint64_t *k; int32_t *v; size_t mask; } S_tab;

typedef struct S_country { char cc[3]; double w; } S_country;

typedef struct S_ctx {
    dp_doc *d;
    const dp_model *m;
    S_cand *c;
    size_t nc, cap;
    S_country ctry[S_MAXC];
    int nctry;
    S_country base[S_MAXC];   /* from demonyms alone                      */
    int nbase;
    uint32_t near[S_MAXCTX];  /* distinct resolved places: context ids     */
    dp_gaz_rec nearrec[S_MAXCTX];
    double nearcos[S_MAXCTX];     /* S_cos_lat of each                     */
    uint64_t nearname[S_MAXCTX];  /* the name each was resolved from        */
    uint8_t nearadm[S_MAXCTX];    /* S_is_adm1 of each                     */
    int nnear;
    S_tab prox;               /* entry id + 1 -> index in proxv, per pass
                                 (kept for the next when S_context_places
                                 did not move)                            */
    double *proxv;
    size_t nprox;
    size_t nids;              /* entries of all candidates together         */
    struct { double lo, hi; } hcut[4];  /* S_hav_cuts                          */
} S_ctx;

/* ---- Token helpers ---------------------------------------------------- */

static const dp_token *S_tok(dp_doc *d, int64_t i)
{
    if (i < 0 || (size_t)i >= d->toks.n) return NULL;
    return &d->toks.v[i];
}

static uint64_t S_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h ? h : 1;
}

static void S_tab_init(dp_doc *d, S_tab *t, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    t->k = dp_arena_alloc(&d->arena, cap * sizeof *t->k);
    /* a value is read only through S_tab_slot, which sets it (-1) when its
     * key is new: no need to zero them                                   */
    t->v = dp_arena_alloc_raw(&d->arena, cap * sizeof *t->v);
    t->mask = cap - 1;
}

/* The slot of KEY: its value is *v (-1 when new, then set it).           */
static int32_t *S_tab_slot(S_tab *t, uint64_t key)
{
    size_t i = (size_t)key & t->mask;
    while (t->k[i] && t->k[i] != key) i = (i + 1) & t->mask;
    if (!t->k[i]) { t->k[i] = key; t->v[i] = -1; }
    return &t->v[i];
}

/* What this stage keeps about one folded form in the handle's memo (slot
 * DP_FORM_PLACE): each part is looked up in the model when first asked.  */
enum { S_HAVE_CUES = 1, S_HAVE_FIND = 2, S_HAVE_VAR = 4, S_HAVE_PFX = 8, S_HAVE_TITLE = 16,
       S_HAVE_FIRST = 32, S_HAVE_PRIM = 64, S_HAVE_ART = 128 };
typedef struct S_pform {
    unsigned have;             /* S_HAVE_*: the parts filled in            */
    uint8_t ncues, nfind, nvar, nart;
    uint8_t prefix;            /* a gazetteer name starts with it + space  */
    uint8_t title, firstname;  /* a key of titles.tsv, of firstnames.tsv   */
    const char *cues[8];       /* its place_cues values                    */
    uint32_t *find, *var;      /* S_find's and S_variants' entries         */
    uint32_t *art;             /* the entries of "le " or "les " + the form */
    uint8_t nprim;             /* S_primary's answer for the NPRIM entries */
    uint32_t prim;             /* PRIM_IDS of a candidate of this name     */
    uint32_t *prim_ids;
} S_pform;

/* What the stage asks at every token, kept inline in slot DP_FORM_PLACE2
 * (no pointer to follow): whether the form is a strict place noun (mer,
 * désert, lac) and whether it is a demonym, of which country (bits 8-23). */
enum { S_HOT_NOUN = 1, S_HOT_STRICT = 2, S_HOT_DEM = 4, S_HOT_ISDEM = 8 };

static S_pform *S_pf_of(dp_form *f)
{
    if (!(f->known & (1u << DP_FORM_PLACE))) {
        f->v[DP_FORM_PLACE] = (uintptr_t)dp_arena_alloc(f->arena, sizeof(S_pform));
        f->known |= 1u << DP_FORM_PLACE;
    }
    return (S_pform *)f->v[DP_FORM_PLACE];
}

/* A copy of IDS[0..n) kept with form record F, or NULL when N is 0.      */
static uint32_t *S_keep_ids(const dp_form *f, const uint32_t *ids, size_t n)
{
    if (!n) return NULL;
    uint32_t *k = dp_arena_alloc_raw(f->arena, n * sizeof *k);   /* filled below */
    memcpy(k, ids, n * sizeof *k);
    return k;
}

/* Folded form F's place_cues values into PF (once per record).           */
static __attribute__((noinline)) void S_fcues_find(dp_doc *d, dp_form *f, S_pform *pf)
{
    size_t n = dp_dict_find(d->model, "place_cues", f->key, strlen(f->key), pf->cues, 8);
    pf->ncues = (uint8_t)(n < 8 ? n : 8);
    pf->have |= S_HAVE_CUES;
}

/* The fields of the cue of kind KIND for folded form F, or NULL.  Inline:
 * most forms have no cue, and KIND, a word written at the call, is
 * measured at compile time.                                              */
static inline __attribute__((always_inline)) const char *S_fcue(dp_doc *d, dp_form *f, const char *kind)
{
    S_pform *pf = S_pf_of(f);
    if (!(pf->have & S_HAVE_CUES)) S_fcues_find(d, f, pf);
    if (!pf->ncues) return NULL;
    size_t kl = strlen(kind);
    for (size_t i = 0; i < pf->ncues; i++) {
        const char *v = pf->cues[i];
        if (!strncmp(v, kind, kl) && (v[kl] == 0 || v[kl] == '\t'))
            return v + kl;          /* "" or "\tfield..." */
    }
    return NULL;
}

/* Token T's norm is a key of dictionary NAME ("titles": S_HAVE_TITLE,
 * "firstnames": S_HAVE_FIRST), through the memo.                         */
static int S_tokdict(dp_doc *d, const dp_token *t, const char *name, unsigned have)
{
    dp_form *f = dp_tok_form_kept(d, (uint32_t)(t - d->toks.v));
    S_pform *pf = S_pf_of(f);
    uint8_t *yes = have == S_HAVE_TITLE ? &pf->title : &pf->firstname;
    if (!(pf->have & have)) {
        const char *v[1];
        *yes = dp_dict_find(d->model, name, t->norm, strlen(t->norm), v, 1) != 0;
        pf->have |= have;
    }
    return *yes;
}

static const char *S_cue(dp_doc *d, const char *key, const char *kind)
{
    return S_fcue(d, dp_form_of(d, key), kind);
}

/* The cue of token T (a token of d->toks).                               */
static inline const char *S_tokcue(dp_doc *d, const dp_token *t, const char *kind)
{
    return S_fcue(d, dp_tok_form_kept(d, (uint32_t)(t - d->toks.v)), kind);
}

static const char *S_tcue(dp_doc *d, int64_t i, const char *kind)
{
    const dp_token *t = S_tok(d, i);
    if (!t || !t->norm) return NULL;
    return S_tokcue(d, t, kind);
}

/* Field K (0-based) of a cue value "\tf0\tf1..." copied into OUT.         */
static void S_field(const char *v, int k, char *out, size_t cap)
{
    out[0] = 0;
    if (!v) return;
    for (int i = 0; i <= k; i++) {
        if (*v != '\t') return;
        v++;
        size_t n = strcspn(v, "\t");
        if (i == k) {
            if (n >= cap) n = cap - 1;
            memcpy(out, v, n);
            out[n] = 0;
            return;
        }
        v += n;
    }
}

static double S_fnum(const char *v, int k)
{
    char b[32];
    S_field(v, k, b, sizeof b);
    return b[0] ? atof(b) : 0;
}

static int S_is_word(const dp_token *t) { return t && t->kind == DP_TOK_WORD; }

/* Lowercase Arabic article glued to a capitalised name: al-Bab, ez-Zor.  */
static int S_article_name(dp_doc *d, const dp_token *t)
{
    const char *h = t->flags & DP_TF_HYPHEN ? strchr(t->norm, '-') : NULL;
    if (!h || h - t->norm > 3 || h == t->norm) return 0;
    size_t off = (size_t)(h - t->norm) + 1;
    unsigned char c = (unsigned char)d->text[t->b0 + off];
    return t->b0 + off < t->b1 && c >= 'A' && c <= 'Z';
}

/* Asked at every token: the flags first, inline.                        */
static inline int S_is_cap(dp_doc *d, const dp_token *t)
{
    return S_is_word(t) && ((t->flags & (DP_TF_CAP | DP_TF_UPPER))
                            || ((t->flags & DP_TF_HYPHEN) && S_article_name(d, t)));
}

/* First word of a sentence, a quotation or a clause after a dash/colon.   */
static int S_starts_clause(dp_doc *d, int64_t i)
{
    const dp_token *t = S_tok(d, i), *p = S_tok(d, i - 1);
    if (!t) return 0;
    if ((t->flags & (DP_TF_SENT_START | DP_TF_PARA_START)) || !p) return 1;
    if (p->kind == DP_TOK_QUOTE_OPEN || p->kind == DP_TOK_DASH) return 1;
    return p->kind == DP_TOK_PUNCT && p->norm && (!strcmp(p->norm, ":")
            || !strcmp(p->norm, ".") || !strcmp(p->norm, "(") || !strcmp(p->norm, "!")
            || !strcmp(p->norm, "?") || !strcmp(p->norm, "…"));
}

/* A word the lexicon knows only as a common (non-proper) word.           */
static int S_common_word(dp_doc *d, const dp_token *t)
{
    uint32_t common = DP_POS_V | DP_POS_NC | DP_POS_ADJ | DP_POS_ADV | DP_POS_DET
                    | DP_POS_PREP | DP_POS_PRO | DP_POS_CONJ | DP_POS_AUX;
    if (t->pos) return (t->pos & common) && !(t->pos & DP_POS_NP);
    dp_lex_entry e[16];
    size_t n = dp_tok_lex(d, (uint32_t)(t - d->toks.v), e, 16);
    int np = 0;
    for (size_t i = 0; i < n && i < 16; i++) np |= !strcmp(e[i].pos, "np");
    return n > 0 && !np;
}

/* A word the lexicon also knows as a common noun or adjective (Centre). */
static int S_common_reading(dp_doc *d, const dp_token *t)
{
    if (t->pos) return (t->pos & (DP_POS_NC | DP_POS_ADJ)) != 0;
    dp_lex_entry e[16];
    size_t n = dp_tok_lex(d, (uint32_t)(t - d->toks.v), e, 16);
    for (size_t i = 0; i < n && i < 16; i++)
        if (!strcmp(e[i].pos, "nc") || !strcmp(e[i].pos, "adj")) return 1;
    return 0;
}

/* A capitalised token that is capitalised only because it opens a clause. */
static int S_clause_common(dp_doc *d, int64_t i)
{
    const dp_token *t = S_tok(d, i);
    return t && S_starts_clause(d, i) && (S_common_word(d, t) || S_tokcue(d, t, "prep")) && !(t->flags & DP_TF_UPPER);
}

/* A capitalised token that may be (part of) a name.                     */
static int S_is_name(dp_doc *d, int64_t i)
{
    const dp_token *t = S_tok(d, i);
    return S_is_cap(d, t) && !S_clause_common(d, i);
}

static int S_is_article(const dp_token *t)
{
    if (!t || !t->norm) return 0;
    const char *n = t->norm;
    return !strcmp(n, "la") || !strcmp(n, "le") || !strcmp(n, "l'") || !strcmp(n, "les");
}

/* ---- Gazetteer matching ----------------------------------------------- */

/* Entries named KEY (LEN bytes); a hyphenated key also tries spaces
 * (Al-Bab: Al Bab).                                                     */
static size_t S_gaz_in(S_ctx *x, const char *key, size_t len, uint32_t *ids, int spaced)
{
    size_t n = dp_gaz_find(x->m, key, len, ids, S_MAXE);
    if (!n && spaced && memchr(key, '-', len)) {
        char buf[256];
        char *k = len < sizeof buf ? buf : dp_arena_alloc_raw(&x->d->arena, len);
        for (size_t i = 0; i < len; i++) k[i] = key[i] == '-' ? ' ' : key[i];
        n = dp_gaz_find(x->m, k, len, ids, S_MAXE);
    }
    return n > S_MAXE ? S_MAXE : n;
}

static size_t S_gaz(S_ctx *x, const char *key, size_t len, uint32_t *ids)
{
    return S_gaz_in(x, key, len, ids, 1);
}

/* S_gaz of folded form F, through the memo.                             */
static size_t S_ffind(S_ctx *x, dp_form *f, uint32_t *ids)
{
    S_pform *pf = S_pf_of(f);
    if (!(pf->have & S_HAVE_FIND)) {
        uint32_t tmp[S_MAXE];
        pf->nfind = (uint8_t)S_gaz(x, f->key, strlen(f->key), tmp);
        pf->find = S_keep_ids(f, tmp, pf->nfind);
        pf->have |= S_HAVE_FIND;
    }
    if (pf->nfind) memcpy(ids, pf->find, pf->nfind * sizeof *ids);
    return pf->nfind;
}

static size_t S_find(S_ctx *x, const char *key, uint32_t *ids)
{
    return S_ffind(x, dp_form_of(x->d, key), ids);
}

/* dp_gaz_has_prefix of folded form F, through the memo.                  */
static int S_has_prefix(S_ctx *x, dp_form *f)
{
    S_pform *pf = S_pf_of(f);
    if (!(pf->have & S_HAVE_PFX)) {
        pf->prefix = (uint8_t)dp_gaz_has_prefix(x->m, f->key, strlen(f->key));
        pf->have |= S_HAVE_PFX;
    }
    return pf->prefix;
}

/* The country of token T's norm as a demonym into CC, or 0 when it is
 * none (through the memo; asked at every token: inline).                 */
static inline int S_demonym(S_ctx *x, const dp_token *t, char cc[3])
{
    uintptr_t *h = &dp_tok_form_kept(x->d, (uint32_t)(t - x->d->toks.v))->v[DP_FORM_PLACE2];
    if (!(*h & S_HOT_DEM)) {
        dp_country dc;
        *h |= S_HOT_DEM;
        if (dp_demonym_find(x->m, t->norm, strlen(t->norm), &dc) == 0)
            *h |= S_HOT_ISDEM | (uintptr_t)(unsigned char)dc.cc2[0] << 8
                  | (uintptr_t)(unsigned char)dc.cc2[1] << 16;
    }
    if (!(*h & S_HOT_ISDEM)) return 0;
    cc[0] = (char)(*h >> 8 & 255);
    cc[1] = (char)(*h >> 16 & 255);
    cc[2] = 0;
    return 1;
}

/* The memo record of the key of tokens [T0, T1) (dp_doc_span_key's
 * string), the key built on the stack when it is short.                  */
static dp_form *S_span_form(dp_doc *d, uint32_t t0, uint32_t t1)
{
    char buf[256];
    size_t n = 0;
    for (uint32_t k = t0; k < t1 && k < d->toks.n; k++) {
        const dp_token *t = &d->toks.v[k];
        size_t l = strlen(t->norm);
        if (n + l + 2 > sizeof buf) return dp_form_of(d, dp_doc_span_key(d, (dp_tspan){t0, t1}));
        if (k > t0 && (t->flags & DP_TF_SPACE)) buf[n++] = ' ';
        memcpy(buf + n, t->norm, l);
        n += l;
    }
    buf[n] = 0;
    return dp_form_of(d, buf);
}

/* Longest gazetteer name starting at token I; returns its end (exclusive)
 * or I when none, and its entries in IDS / *NIDS.                         */
static uint32_t S_longest(S_ctx *x, uint32_t i, uint32_t *ids, size_t *nids)
{
    dp_doc *d = x->d;
    uint32_t best = i;
    *nids = 0;
    for (uint32_t j = i + 1; j <= d->toks.n && j - i <= S_MAXLEN; j++) {
        const dp_token *last = &d->toks.v[j - 1];
        if (!S_is_word(last)) break;
        /* One token: its norm, whose record the document keeps.         */
        dp_form *f = j == i + 1 ? dp_tok_form_kept(d, i)
                                : S_span_form(d, i, j);
        /* A name may end lowercase only when it has several words
         * (Arabie saoudite), never on a link word (Côte d'...).          */
        if (j == i + 1 || !S_tokcue(d, last, "link")) {
            uint32_t tmp[S_MAXE];
            size_t n = S_ffind(x, f, tmp);
            if (n) {
                best = j;
                *nids = n;
                memcpy(ids, tmp, n * sizeof *ids);
            }
        }
        /* has_prefix knows word boundaries only: "cote d'" + "ivoire"
         * has none, so glued tokens extend without asking.              */
        const dp_token *nx = S_tok(d, j);
        if (nx && !(nx->flags & DP_TF_SPACE)) continue;
        if (!S_has_prefix(x, f)) break;
    }
    return best;
}

/* A one-token name after a contracted article names first what the full
 * name with the article does: "au Mans" -> "le mans", "au Caire".  When
 * nothing matches, an Arabic article may have been dropped: "Qayyarah" ->
 * "al qayyarah".                                                          */
static size_t S_with_article(S_ctx *x, uint32_t i, uint32_t *ids)
{
    dp_doc *d = x->d;
    const dp_token *t = &d->toks.v[i], *p = S_tok(d, (int64_t)i - 1);
    static const char *const arts[] = {"le ", "les ", NULL};
    size_t n = 0;
    if (p && p->norm && (!strcmp(p->norm, "au") || !strcmp(p->norm, "aux")
                         || !strcmp(p->norm, "du") || !strcmp(p->norm, "des"))) {
        /* the same for every token of the form: kept with its record */
        dp_form *f = dp_tok_form_kept(d, i);
        S_pform *pf = S_pf_of(f);
        if (!(pf->have & S_HAVE_ART)) {
            uint32_t tmp[S_MAXE];
            for (int k = 0; arts[k] && !n; k++)
                n = S_find(x, dp_arena_concat(&d->arena, arts[k], t->norm), tmp);
            pf->nart = (uint8_t)n;
            pf->art = S_keep_ids(f, tmp, n);
            pf->have |= S_HAVE_ART;
        }
        n = pf->nart;
        if (n) memcpy(ids, pf->art, n * sizeof *ids);
#ifdef DP_PLACE_CHECK_SAME
        size_t m = 0;
        uint32_t chk[S_MAXE];
        for (int k = 0; arts[k] && !m; k++)
            m = S_find(x, dp_arena_concat(&d->arena, arts[k], t->norm), chk);
        assert(m == n && (!n || !memcmp(chk, ids, n * sizeof *ids)));
#endif
    }
    if (!n) return 0;
    /* "des Landes": the département as well as Les Landes-Genusson. */
    uint32_t more[S_MAXE];
    size_t m = S_ffind(x, dp_tok_form_kept(d, i), more);
    for (size_t k = 0; k < m && n < S_MAXE; k++) {
        size_t j = 0;
        while (j < n && ids[j] != more[k]) j++;
        if (j == n) ids[n++] = more[k];
    }
    return n;
}

/* A name given without its Arabic article ("Qayyarah": al Qayyarah).     */
static size_t S_variants(S_ctx *x, uint32_t i, uint32_t *ids)
{
    dp_doc *d = x->d;
    const dp_token *t = &d->toks.v[i];
    static const char *const arab[] = {"al ", "al-", "el ", "el-", "an ", "ash ", "as ", "ad ", "ar ", NULL};
    dp_form *f = dp_tok_form_kept(d, i);
    S_pform *pf = S_pf_of(f);
    if (!(pf->have & S_HAVE_VAR)) {
        uint32_t tmp[S_MAXE];
        size_t n = 0, len = strlen(t->norm);
        char buf[256];          /* article + name, on the stack when short */
        for (int k = 0; arab[k] && !n; k++) {
            size_t al = strlen(arab[k]);
            const char *key = buf;
            if (al + len >= sizeof buf) {
                key = dp_arena_concat(&d->arena, arab[k], t->norm);
            } else {
                memcpy(buf, arab[k], al);
                memcpy(buf + al, t->norm, len);
            }
            /* "al-" + name spaced is "al " + name spaced, tried before */
            n = S_gaz_in(x, key, al + len, tmp, arab[k][al - 1] != '-');
        }
        pf->nvar = (uint8_t)n;
        pf->var = S_keep_ids(f, tmp, n);
        pf->have |= S_HAVE_VAR;
    }
    if (pf->nvar) memcpy(ids, pf->var, pf->nvar * sizeof *ids);
    return pf->nvar;
}

/* ---- Context evidence -------------------------------------------------- */

/* An elided article or preposition that the text split from the name
 * ("d' Idleb", "l' Atlantique"): token J is the apostrophe; returns the
 * letter ('d', 'l') or 0.                                                */
static int S_split_elision(dp_doc *d, int64_t j)
{
    const dp_token *a = S_tok(d, j), *w = S_tok(d, j - 1);
    if (!a || !w || a->kind == DP_TOK_WORD || !a->norm || !S_is_word(w) || !w->norm) return 0;
    if (strcmp(a->norm, "'") && strcmp(a->norm, "\xe2\x80\x99")) return 0;
    if ((w->norm[0] == 'd' || w->norm[0] == 'l') && !w->norm[1]) return w->norm[0];
    return 0;
}

/* Place noun before the name ("la ville de X", "la rive ouest du Tigre",
 * "le fleuve X"); fills the cue fields.  Returns 1 when found.           */
static int S_noun_cue(S_ctx *x, S_cand *c)
{
    dp_doc *d = x->d;
    int64_t j = (int64_t)c->t0 - 1;
    if (S_split_elision(d, j)) j -= 2;           /* "la province d' Idleb" */
    for (int steps = 0; steps < 4 && j >= 0; steps++, j--) {
        const dp_token *t = S_tok(d, j);
        if (!S_is_word(t)) return 0;
        const char *v = S_tokcue(d, t, "noun");
        if (v) {
            char b[8];
            S_field(v, 0, b, sizeof b);
            c->cue_class = b[0];
            S_field(v, 1, c->cue_code, sizeof c->cue_code);
            c->cue_strict = (int)S_fnum(v, 2);
            return 1;
        }
        char cc[3];
        int skip = S_tokcue(d, t, "link") || S_tokcue(d, t, "dir")
                || S_demonym(x, t, cc);
        if (!skip || (t->flags & DP_TF_CAP)) return 0;
    }
    return 0;
}

/* Weight of the locative preposition before the name (articles skipped). */
static double S_prep(S_ctx *x, const S_cand *c)
{
    dp_doc *d = x->d;
    int64_t j = (int64_t)c->t0 - 1;
    int split = S_split_elision(d, j);
    if (split == 'l') j -= 2;                    /* "dans l' Ain": the article */
    if (split == 'd') return 1;                  /* "d' Idlib" */
    if (S_is_article(S_tok(d, j)) && S_tok(d, j)->norm[0] == 'l') j--;
    const dp_token *t = S_tok(d, j);
    if (!S_is_word(t)) return 0;
    if (t->pos && !(t->pos & (DP_POS_PREP | DP_POS_DET))) return 0;   /* a (avoir) */
    const char *v = S_tokcue(d, t, "prep");
    if (!v) return 0;
    /* "près de X", "au nord de X": the "de" counts as a strong locative. */
    if (t->norm[0] == 'd' && j >= 1) {
        const dp_token *p = S_tok(d, j - 1);
        /* "les Jeux olympiques de Rio", "le traité de Sèvres" */
        if (S_is_word(p) && S_tokcue(d, p, "event")) return 2;
        if (S_is_word(p) && (S_tokcue(d, p, "dir") || !strcmp(p->norm, "pres")
                             || !strcmp(p->norm, "proximite") || !strcmp(p->norm, "environs")))
            return 2;
    }
    return S_fnum(v, 0);
}

/* Number before a unit: a digit token or a number word.                   */
static double S_number(S_ctx *x, int64_t j)
{
    const dp_token *t = S_tok(x->d, j);
    if (!t) return 0;
    if (t->kind == DP_TOK_NUM) return t->num;
    const char *v = S_is_word(t) ? S_tokcue(x->d, t, "num") : NULL;
    return v ? S_fnum(v, 0) : 0;
}

/* "[à N km] au sud de X", "à l'est de X", "à 12 km de X" right before the name:
 * returns 1 and the distance in *KM (0 when none is stated).              */
static int S_relative(S_ctx *x, const S_cand *c, double *km)
{
    dp_doc *d = x->d;
    int64_t j = (int64_t)c->t0 - 1;
    const dp_token *t = S_tok(d, j);
    if (!S_is_word(t) || (strcmp(t->norm, "de") && strcmp(t->norm, "d'") && strcmp(t->norm, "du")))
        return 0;
    *km = 0;
    int dir = 0;
    if (S_tcue(d, j - 1, "dir")) {
        t = S_tok(d, j - 2);
        if (!S_is_word(t) || (strcmp(t->norm, "au") && strcmp(t->norm, "l'"))) return 0;
        j -= strcmp(t->norm, "l'") ? 2 : 3;     /* au sud / à l'est */
        dir = 1;
    }
    /* "[à] N km [au sud] de X": the unit within three words before. */
    for (int64_t k = j - 1; k >= j - 3 && k >= 0; k--) {
        const char *u = S_tcue(d, k, "unit");
        if (!u) continue;
        int64_t n = k - 1;
        const dp_token *dn = S_tok(d, n);
        if (S_is_word(dn) && (!strcmp(dn->norm, "de") || !strcmp(dn->norm, "d'"))) n--;
        *km = S_number(x, n) * S_fnum(u, 0);
        break;
    }
    return dir || *km > 0;
}

/* A roman numeral (I, II, IV, XIV), as in a treaty's name.             */
static int S_roman(const char *w)
{
    if (!*w) return 0;
    for (; *w; w++)
        if (!strchr("ivx", *w)) return 0;
    return 1;
}

/* Vetoes that make a candidate a non-place whatever the gazetteer says:
 * 2 for a name glued after a capitalised word (François Hollande), else 1. */
static int S_vetoed(S_ctx *x, const S_cand *c, int has_country)
{
    dp_doc *d = x->d;
    const dp_token *t = &d->toks.v[c->t0];
    const dp_token *p = S_tok(d, (int64_t)c->t0 - 1);
    const char *key = c->key;
    if (strlen(key) < 3) return 1;
    if (c->t1 - c->t0 == 1 && (t->flags & DP_TF_UPPER) && !has_country) return 1;  /* CTS */
    if (c->t1 - c->t0 == 1 && S_clause_common(d, c->t0)) return 1;  /* Cette */
    if (p && S_is_word(p) && (S_tokcue(d, p, "title")       /* le général X */
              || S_tokdict(d, p, "titles", S_HAVE_TITLE)))
        return 1;
    /* A capitalised name glued to it: part of a longer name (Sabah Al-Nomane). */
    if (p && S_is_name(d, (int64_t)c->t0 - 1) && !S_tokcue(d, p, "noun")
        && !S_tokcue(d, p, "dir") && !(p->flags & DP_TF_UPPER)     /* WTS Edmonton */
        && !(t->flags & DP_TF_NEWLINE)) {
        return S_tokdict(d, p, "firstnames", S_HAVE_FIRST) ? 2 : 1;
    }
    /* ... or after it, unless a first name starts there (le maire de
     * Toronto Rob Ford) or a numeral (les accords de Minsk II).          */
    const dp_token *n = S_tok(d, c->t1);
    if (S_is_name(d, c->t1) && !(n->flags & DP_TF_NEWLINE) && !S_roman(n->norm)
        && !S_tokdict(d, n, "firstnames", S_HAVE_FIRST))
        return 1;
    /* "le Sud de la Pologne", "Dakota du Nord": a compass word. */
    if (c->t1 - c->t0 == 1 && S_tokcue(d, t, "dir")) {
        const dp_token *q = S_is_article(p) ? S_tok(d, (int64_t)c->t0 - 2) : p;
        if ((n && S_is_word(n) && S_tokcue(d, n, "link"))
            || (q && S_is_word(q) && !S_is_article(q) && S_tokcue(d, q, "link")))
            return 1;       /* l'Allemagne de l'Est */
    }
    return 0;
}

/* ---- Candidates ------------------------------------------------------- */

/* Two folded names equal but for hyphens and spaces (al-bab, al bab).    */
static int S_same_name(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (*a != *b && !((*a == '-' || *a == ' ') && (*b == '-' || *b == ' '))) return 0;
    return *a == *b;
}

/* Bit k: entry IDS[k] is named by F's form itself (its folded name, or
 * that name without an Arabic article: "Al Qayyarah" is named by
 * "Qayyarah"), not by an alias.  A name brings the same entries in every
 * document: the first answer is kept with the form's record.            */
static uint32_t S_primary(S_ctx *x, dp_form *f, const uint32_t *ids, size_t n)
{
    S_pform *pf = S_pf_of(f);
    if ((pf->have & S_HAVE_PRIM) && pf->nprim == n
        && (!n || !memcmp(pf->prim_ids, ids, n * sizeof *ids)))
        return pf->prim;
    uint32_t mask = 0;
    for (size_t k = 0; k < n; k++) {
        dp_gaz_rec r;
        if (dp_gaz_get(x->m, ids[k], &r)) continue;
        char nk[256];
        const char *nm = r.name ? r.name : "";
        dp_fold(nm, strlen(nm), nk, sizeof nk);
        const char *bare = nk;
        if (!strncmp(nk, "al ", 3) || !strncmp(nk, "el ", 3) || !strncmp(nk, "al-", 3))
            bare = nk + 3;
        if (S_same_name(nk, f->key) || S_same_name(bare, f->key)) mask |= 1u << k;
    }
    if (!(pf->have & S_HAVE_PRIM)) {
        pf->nprim = (uint8_t)n;
        pf->prim = mask;
        pf->prim_ids = S_keep_ids(f, ids, n);
        pf->have |= S_HAVE_PRIM;
    }
    return mask;
}

static void S_add(S_ctx *x, uint32_t t0, uint32_t t1, const uint32_t *ids, size_t n)
{
    dp_doc *d = x->d;
    if (!x->c) {              /* news text has a name in 25 tokens: room for
                                 most documents' first, without copies  */
        x->cap = d->toks.n / 16 + 16;
        x->c = dp_arena_alloc_raw(&d->arena, x->cap * sizeof *x->c);
    }
    if (x->nc == x->cap)      /* doubling; not zeroed (the new one is below) */
        x->c = dp_vec_grow(&d->arena, x->c, &x->cap, sizeof *x->c);
    S_cand *c = &x->c[x->nc++];
    memset(c, 0, offsetof(S_cand, rec));     /* the arrays are written up to n */
    c->t0 = t0;
    c->t1 = t1;
    c->anchor = -1;
    c->container = -1;
    c->choice = -1;
    dp_form *f = t1 == t0 + 1 ? dp_tok_form_kept(d, t0)
                              : S_span_form(d, t0, t1);
    c->key = f->key;
    c->name = S_hash(f->key);
    uint32_t prim = S_primary(x, f, ids, n);
    for (size_t k = 0; k < n; k++) {
        if (dp_gaz_get(x->m, ids[k], &c->rec[c->n])) continue;
        c->primary[c->n] = (prim >> k) & 1;
        c->ids[c->n++] = ids[k];
    }
    if (!c->n) x->nc--;
    else x->nids += (size_t)c->n;
}

/* A lowercase feature noun that opens a lexicon name of two words or
 * more ("le désert syrien", "la mer Noire"): adds it as a candidate and
 * moves *past it; 0 when none starts at token I.  Asked at every
 * lowercase word: the form's bits are read inline, the rest (a strict
 * noun, rare) is S_feature_add's, out of line.                           */
static __attribute__((noinline)) int S_feature_add(S_ctx *x, uint32_t i);
static inline int S_feature_start(S_ctx *x, uint32_t i)
{
    dp_doc *d = x->d;
    dp_form *f = dp_tok_form_kept(d, i);
    uintptr_t *h = &f->v[DP_FORM_PLACE2];
    if (!(*h & S_HOT_NOUN)) {
        const char *v = S_fcue(d, f, "noun");
        *h |= S_HOT_NOUN | (v && S_fnum(v, 2) ? S_HOT_STRICT : 0);
    }
    if (!(*h & S_HOT_STRICT)) return 0;         /* strict nouns only: mer, désert, lac */
    return S_feature_add(x, i);
}

/* S_feature_start past its strict noun: the name it opens, if any.     */
static int S_feature_add(S_ctx *x, uint32_t i)
{
    uint32_t ids[S_MAXE];
    size_t n;
    uint32_t e = S_longest(x, i, ids, &n);
    if (e < i + 2) return 0;
    size_t before = x->nc;
    S_add(x, i, e, ids, n);
    return x->nc > before ? (int)(e - i) : 0;
}

static void S_collect(S_ctx *x)
{
    dp_doc *d = x->d;
    for (uint32_t i = 0; i < d->toks.n && x->nc < S_MAXCAND;) {
        const dp_token *t = &d->toks.v[i];
        int cap = S_is_cap(d, t);
        int fl = !cap && S_is_word(t) && t->norm ? S_feature_start(x, i) : 0;
        if (fl) { i += (uint32_t)fl; continue; }
        if (!cap || (t->flags & DP_TF_ELISION)) { i++; continue; }
        /* "La ville", "Le chef": a clause-initial article starts a name
         * only when a capitalised word follows (La Haye, Le Caire).     */
        if (S_clause_common(d, i) && !S_is_cap(d, S_tok(d, (int64_t)i + 1))) { i++; continue; }
        uint32_t ids[S_MAXE];
        size_t n = S_is_name(d, (int64_t)i + 1) ? 0 : S_with_article(x, i, ids);
        uint32_t e = n ? i + 1 : S_longest(x, i, ids, &n);
        if (e == i) {
            n = S_variants(x, i, ids);
            e = n ? i + 1 : i;
        }
        if (e > i) {
            S_add(x, i, e, ids, n);
            i = e;
        } else {
            i++;
        }
    }
}

/* Feature code R->fcode is CODE (4 letters and its NUL: no call).        */
#define S_FCODE_IS(r, code) (!memcmp((r)->fcode, code, 5))
static int S_is_country(const dp_gaz_rec *r) { return !memcmp(r->fcode, "PCL", 3); }
/* An administrative unit: admin1, or an admin2 unit the gazetteer has
 * (French départements, Quebec regions).                                 */
static int S_is_adm1(const dp_gaz_rec *r) { return S_FCODE_IS(r, "ADM1") || S_FCODE_IS(r, "ADM2"); }

/* A feature the project lexicon adds (sea, river, range, region): no
 * GeoNames id and neither a country nor an admin unit.                    */
static int S_is_feature(const dp_gaz_rec *r)
{
    return r->geonameid == 0 && !S_is_country(r) && !S_is_adm1(r);
}

static void S_country_add(S_ctx *x, const char *cc, double w)
{
    if (!cc || !cc[0]) return;
    for (int i = 0; i < x->nctry; i++)
        if (!strcmp(x->ctry[i].cc, cc)) { x->ctry[i].w += w; return; }
    if (x->nctry == S_MAXC) return;
    memcpy(x->ctry[x->nctry].cc, cc, 2);
    x->ctry[x->nctry].cc[2] = 0;
    x->ctry[x->nctry++].w = w;
}

/* A's country code is B's (strcmp of codes of at most two letters).     */
static int S_cc_eq(const char *a, const char *b)
{
    return a[0] == b[0] && (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

static double S_country_w(const S_ctx *x, const char *cc)
{
    for (int i = 0; i < x->nctry; i++)
        if (S_cc_eq(x->ctry[i].cc, cc)) return x->ctry[i].w;
    return 0;
}

/* Context evidence and vetoes of every candidate; relative anchors.       */
/* A hyphenated name with a lowercase link inside (Villars-les-Dombes,
 * Saint-Jean-de-Luz) or a compass part (Jérusalem-Est): a place's name. */
static int S_compound_place(dp_doc *d, const dp_token *t)
{
    if (!(t->flags & DP_TF_HYPHEN) || !t->norm) return 0;
    static const char *const in[] = {"-les-", "-lès-", "-sur-", "-sous-", "-de-", "-d'", "-du-",
                                     "-des-", "-en-", "-la-", "-le-", NULL};
    static const char *const end[] = {"-est", "-ouest", "-nord", "-sud", NULL};
    const char *raw = d->text + t->b0;
    size_t n = t->b1 - t->b0;
    for (int k = 0; in[k]; k++) {
        const char *p = memmem(raw, n, in[k], strlen(in[k]));
        if (p) return 1;
    }
    size_t ln = strlen(t->norm);
    for (int k = 0; end[k]; k++) {
        size_t el = strlen(end[k]);
        if (ln > el && !strcmp(t->norm + ln - el, end[k])) return 1;
    }
    return 0;
}

/* "la province d'Idleb", "les oblasts de Donetsk": the admin1 unit whose
 * seat the name is, and which bears its name (Idlib, Kaliningrad Oblast;
 * not Occitanie for "la région de Montpellier"), joins the entries.     */
static void S_add_units(S_ctx *x, S_cand *c)
{
    int n0 = c->n;
    const char *name = c->key;
    for (int k = 0; k < n0 && c->n < S_MAXE; k++) {
        const dp_gaz_rec *r = &c->rec[k];
        if (r->fclass != 'P' || strncmp(r->fcode, "PPLA", 4) || !r->admin1_name || !r->admin1_name[0])
            continue;
        char key[128], own[128];
        dp_fold(r->admin1_name, strlen(r->admin1_name), key, sizeof key);
        dp_fold(r->name, strlen(r->name), own, sizeof own);
        if (strncmp(key, own, strlen(own)) && strncmp(key, name, strlen(name))) continue;
        uint32_t ids[S_MAXE];
        size_t n = S_find(x, key, ids);
        for (size_t j = 0; j < n && c->n < S_MAXE; j++) {
            dp_gaz_rec u;
            if (dp_gaz_get(x->m, ids[j], &u) || strcmp(u.fcode, "ADM1") || strcmp(u.cc, r->cc)
                || strcmp(u.admin1, r->admin1))
                continue;
            int seen = 0;
            for (int q = 0; q < c->n; q++) seen |= c->ids[q] == ids[j];
            if (seen) break;
            c->rec[c->n] = u;
            c->ids[c->n] = ids[j];
            c->primary[c->n++] = 1;
            break;
        }
    }
}

static void S_context(S_ctx *x)
{
    dp_doc *d = x->d;
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        int has_country = 0;
        for (int k = 0; k < c->n; k++) has_country |= S_is_country(&c->rec[k]);
        c->veto = S_vetoed(x, c, has_country);
        if (S_noun_cue(x, c)) c->ev += 3;
        if (c->cue_class == 'A' && !strcmp(c->cue_code, "ADM")) S_add_units(x, c);
        c->ev += S_prep(x, c);
        const dp_token *t = &d->toks.v[c->t0];
        if (c->t1 - c->t0 > 1) c->ev += 1;
        else if (S_compound_place(d, t)) c->ev += 1;
        if (t->flags & DP_TF_IN_QUOTE) c->ev -= 0.5;
        const char *key = c->key;
        if (c->t1 - c->t0 == 1 && S_common_reading(d, t)) c->homonym = 1;
        if (c->t1 - c->t0 == 1 && (S_common_word(d, t) || strlen(key) <= 3)) {
            c->weak = 1;        /* Nice, Tour, Centre, MiG */
            c->ev -= 0.5;
        }
        if (c->cue_strict) {
            int ok = 0;
            for (int k = 0; k < c->n; k++)     /* les îles Vanuatu: a country */
                ok |= c->rec[k].fclass == c->cue_class || S_is_country(&c->rec[k])
                      || S_is_adm1(&c->rec[k]);
            if (!ok) c->veto = 1;   /* "le Tigre" river, only towns known */
        }
        double km;
        if (S_relative(x, c, &km)) {
            /* Every other candidate of the sentence is located from it. */
            size_t j0 = i, j1 = i + 1;
            while (j0 > 0 && d->toks.v[x->c[j0 - 1].t0].sent == t->sent) j0--;
            while (j1 < x->nc && d->toks.v[x->c[j1].t0].sent == t->sent) j1++;
            for (size_t j = j0; j < j1; j++) {
                S_cand *o = &x->c[j];
                if (j != i && (o->anchor < 0 || km > 0)) { o->anchor = (int32_t)i; o->anchor_km = km; }
            }
            c->ev += 1;
        }
    }
}

/* "X (Y)", "X, Y", "X, au Y", "X en Y", "X, dans le Y": Y, the next
 * candidate, may be the country or region X lies in.                    */
static void S_containers(S_ctx *x)
{
    dp_doc *d = x->d;
    for (size_t i = 0; i + 1 < x->nc; i++) {
        S_cand *c = &x->c[i];
        int64_t j = c->t1;
        const dp_token *t = S_tok(d, j);
        int sep = 0;
        if (t && t->norm && (!strcmp(t->norm, "(") || !strcmp(t->norm, ","))) { sep = 1; t = S_tok(d, ++j); }
        if (t && S_is_word(t) && (!strcmp(t->norm, "en") || !strcmp(t->norm, "au") || !strcmp(t->norm, "aux")
                                  || !strcmp(t->norm, "dans"))) {
            t = S_tok(d, ++j);
            if (S_is_article(t)) t = S_tok(d, ++j);
            sep = 1;
            /* "X, dans l'État d'Oaxaca", "X, dans la province du Sichuan" */
            const char *v = S_is_word(t) ? S_tokcue(d, t, "noun") : NULL;
            const dp_token *de = S_tok(d, j + 1);
            char cls[8] = "";
            if (v) S_field(v, 0, cls, sizeof cls);
            if (cls[0] == 'A' && S_is_word(de) && de->norm) {
                if (!strcmp(de->norm, "de") || !strcmp(de->norm, "du") || !strcmp(de->norm, "d'")) j += 2;
                else if (S_split_elision(d, j + 2) == 'd') j += 3;
            }
        }
        if (sep && x->c[i + 1].t0 == (uint32_t)j) c->container = (int32_t)(i + 1);
    }
}

/* A name seen glued after a first name (François Hollande) is a person's
 * name in the rest of the document too, unless a place cue says otherwise. */
static void S_person_names(S_ctx *x)
{
    S_tab t;
    S_tab_init(x->d, &t, x->nc);
    for (size_t i = 0; i < x->nc; i++)
        if (x->c[i].veto == 2) *S_tab_slot(&t, x->c[i].name) = (int32_t)i;
    for (size_t j = 0; j < x->nc; j++)
        if (!x->c[j].veto && x->c[j].ev < 2 && *S_tab_slot(&t, x->c[j].name) >= 0)
            x->c[j].veto = 1;
}

/* Demonyms and adjectives anywhere in the text: countries in view.        */
static void S_demonyms(S_ctx *x)
{
    dp_doc *d = x->d;
    for (size_t i = 0; i < d->toks.n; i++) {
        const dp_token *t = &d->toks.v[i];
        char cc[3];
        if (S_is_word(t) && t->norm && t->norm[0] && t->norm[1] && t->norm[2] && t->norm[3] &&
            S_demonym(x, t, cc))   /* more than 3 bytes */
            S_country_add(x, cc, 1);
    }
}

/* ---- Scoring ---------------------------------------------------------- */

/* The haversine H of the angle between two points, C1, C2 the cosines
 * of their latitudes (S_cos_lat): S_km_cos is S_hav_km(H).              */
static double S_hav(double la1, double lo1, double c1, double la2, double lo2, double c2)
{
    const double r = M_PI / 180;
    double a = sin((la2 - la1) * r / 2), b = sin((lo2 - lo1) * r / 2);
    return a * a + c1 * c2 * b * b;
}

static double S_hav_km(double h) { return 2 * 6371 * asin(sqrt(h < 1 ? h : 1)); }

/* S_km with C1, C2 the cosines of the two latitudes (S_cos_lat).        */
static double S_km_cos(double la1, double lo1, double c1, double la2, double lo2, double c2)
{
    return S_hav_km(S_hav(la1, lo1, c1, la2, lo2, c2));
}

/* Bounds of S_hav without its sines: *LO <= S_hav <= *HI (for x >= 0,
 * x - x^3/6 <= sin x <= x, and sin x = sin(pi - x)); 0 and 1 for
 * coordinates out of range.  Inline: two callers, S_near_add's and
 * S_within150's loops.                                                 */
static inline void S_hav_bounds(double la1, double lo1, double c1, double la2, double lo2,
                                double c2, double *lo, double *hi)
{
    const double r = M_PI / 180;
    double y = fabs(la2 - la1) * r / 2, x = fabs(lo2 - lo1) * r / 2, cc = c1 * c2;
    *lo = 0, *hi = 1;
    if (!(y <= M_PI / 2 && x <= M_PI && cc >= 0)) return;
    if (x > M_PI / 2) x = M_PI - x;
    double a = y - y * y * y / 6, b = x - x * x * x / 6;
    *lo = a * a + cc * b * b;
    *hi = y * y + cc * x * x;
}

static double S_cos_lat(double la) { return cos(la * (M_PI / 180)); }

static double S_km(double la1, double lo1, double la2, double lo2)
{
    return S_km_cos(la1, lo1, S_cos_lat(la1), la2, lo2, S_cos_lat(la2));
}

/* CUT: the haversines of the angle of KM kilometres (S_hav_km) with a
 * margin either side far wider than the rounding of either: a haversine
 * under LO is surely nearer than KM, one over HI surely farther.       */
static void S_hav_cut(double km, double *lo, double *hi)
{
    double s = sin(km / (2 * 6371));
    *lo = s * s * (1 - 1e-6);
    *hi = s * s * (1 + 1e-6);
}

/* 1 when two points are surely farther apart than KM: their difference of
 * latitude alone is (no great circle is shorter), with a margin for
 * rounding; spares S_km's trigonometry for most far pairs.              */
static int S_beyond(double la1, double la2, double km)
{
    return fabs(la2 - la1) * (M_PI / 180) * 6371 > km * 1.001 + 1;
}

/* X's cuts of S_near_add's distances (S_hav_cut of 100, 300, 1000 km),
 * then S_near_other's (150 km: S_CUT150).                               */
enum { S_CUT150 = 3 };
static void S_hav_cuts(S_ctx *x)
{
    static const double cut[4] = { 100, 300, 1000, 150 };
    for (int k = 0; k < 4; k++) S_hav_cut(cut[k], &x->hcut[k].lo, &x->hcut[k].hi);
}

/* What S_prox adds for two points, C1, C2 the cosines of their latitudes:
 * 2 within 100 km, 1.5 within 300, 0.5 within 1000, else 0, by S_km_cos's
 * kilometres; the bounds of the haversine against X's cuts first
 * (S_hav_bounds, S_hav_cuts), its sines only near a cut and the
 * kilometres nearer still (the same answers: tests/unit/test_placegeo.c). */
static double S_near_add(const S_ctx *x, double la1, double lo1, double c1, double la2,
                         double lo2, double c2)
{
    static const double add[4] = { 2, 1.5, 0.5, 0 };
    double hl, hh;
    S_hav_bounds(la1, lo1, c1, la2, lo2, c2, &hl, &hh);
    int b = 0;
    while (b < 3 && hl > x->hcut[b].hi) b++;
    if (b == 3 || hh < x->hcut[b].lo) return add[b];
    double h = S_hav(la1, lo1, c1, la2, lo2, c2);
    for (b = 0; b < 3 && h > x->hcut[b].hi;) b++;
    if (b == 3 || h < x->hcut[b].lo) return add[b];
    double km = S_hav_km(h);
    return km < 100 ? 2 : km < 300 ? 1.5 : km < 1000 ? 0.5 : 0;
}

/* 1 when two points, C1, C2 the cosines of their latitudes, are less than
 * 150 km apart by S_km_cos: the bounds of the haversine against the cut
 * first, as S_near_add (the same answers: tests/unit/test_placegeo.c).  */
static int S_within150(const S_ctx *x, double la1, double lo1, double c1, double la2,
                       double lo2, double c2)
{
    double hl, hh, lo = x->hcut[S_CUT150].lo, hi = x->hcut[S_CUT150].hi;
    S_hav_bounds(la1, lo1, c1, la2, lo2, c2, &hl, &hh);
    if (hh < lo) return 1;
    if (hl > hi) return 0;
    double h = S_hav(la1, lo1, c1, la2, lo2, c2);
    if (h < lo) return 1;
    if (h > hi) return 0;
    return S_hav_km(h) < 150;
}

static double S_prior(const dp_gaz_rec *r)
{
    double s = 0;
    if (S_is_country(r)) s = 8;
    else if (S_FCODE_IS(r, "ADM1")) s = 5;
    else if (S_is_adm1(r)) s = 4;
    else if (S_is_feature(r)) s = 7;
    else if (S_FCODE_IS(r, "PPLC")) s = 4;
    else if (!strcmp(r->fcode, "PPLA")) s = 2.5;
    else if (!strcmp(r->fcode, "PPLA2")) s = 1.5;
    else if (!strncmp(r->fcode, "PPLA", 4)) s = 0.5;
    else if (r->fclass == 'P' && r->population == 0) s = -0.5;
    return s + 0.8 * log10((double)r->population + 1);
}

static const dp_gaz_rec *S_chosen(const S_ctx *x, size_t i)
{
    const S_cand *c = &x->c[i];
    return c->choice >= 0 && c->accepted ? &c->rec[c->choice] : NULL;
}

static double S_prox(S_ctx *x, uint32_t id, const dp_gaz_rec *r, uint64_t name);

/* 1 when the candidate also names a populated place of admin unit K.   */
static int S_city_twin(const S_cand *c, int k)
{
    const dp_gaz_rec *a = &c->rec[k];
    for (int j = 0; j < c->n; j++) {
        const dp_gaz_rec *r = &c->rec[j];
        if (r->fclass != 'P' || !S_cc_eq(r->cc, a->cc)) continue;
        if (r->population >= 100000                      /* New York City */
            || (c->primary[j] && !strcmp(r->admin1, a->admin1) && r->population >= 20000))
            return 1;
    }
    return 0;
}

/* The words before the name present an administrative unit: a place noun
 * of class A (la province de X) or a preposition or article that French
 * uses with regions and not with towns (en Isère, au Québec, le Kent).   */
static int S_admin_cue(S_ctx *x, const S_cand *c)
{
    if (c->cue_class == 'A') return 1;
    /* "Québec : ..." heading a news title names the region it is about. */
    const dp_token *n = S_tok(x->d, c->t1);
    if (c->t0 == 0 && n && n->norm && !strcmp(n->norm, ":")) return 1;
    const dp_token *p = S_tok(x->d, (int64_t)c->t0 - 1);
    if (!S_is_word(p)) return 0;
    return S_tokcue(x->d, p, "admprep") != NULL;
}

/* Population of the largest populated place the name is its own name of. */
static uint32_t S_largest(const S_cand *c)
{
    uint32_t m = 0;
    for (int j = 0; j < c->n; j++)
        if (c->rec[j].fclass == 'P' && c->primary[j] && c->rec[j].population > m) m = c->rec[j].population;
    return m;
}

/* 1 when R lies in the country or admin unit the text puts candidate C
 * in ("Eureka (Missouri)", "Canterbury en Angleterre"), -1 when not, 0
 * when the text says nothing or the container is unresolved.            */
static int S_contained(const S_ctx *x, const S_cand *c, const dp_gaz_rec *r)
{
    if (c->container < 0) return 0;
    const dp_gaz_rec *y = S_chosen(x, (size_t)c->container);
    if (!y || (!S_is_country(y) && !S_is_adm1(y)) || S_is_country(r)) return 0;
    if (!S_cc_eq(y->cc, r->cc)) return -1;
    if (S_is_country(y)) return 1;
    if (strcmp(y->admin1, r->admin1)) return -1;
    /* a département: "Vaubrune (Jura)" is not a Vaubrune of the Doubs,
     * in the same region */
    return y->admin2[0] && r->admin2[0] && strcmp(y->admin2, r->admin2) ? -1 : 1;
}

/* 1 when the text puts candidate C in an admin unit ("Balajan, dans l'État
 * d'Assam", "Pinas (Hautes-Pyrénées)") of another country than town R's,
 * or in a département of R's country that R does not lie in ("Vaubrune
 * (Jura)" when the gazetteer knows only a Vaubrune of the Doubs):
 * R is taken for a namesake of a place the gazetteer lacks (a guess: the
 * text only says R is not that town).  Only for an admin unit, not a
 * country, whose name may be ambiguous ("Stone Mountain, en Géorgie": the
 * US state, which the gazetteer names in English only), and only for a
 * small town (no admin seat, under 100 000 people); of another country,
 * one the text does not otherwise speak of ("Atlanta", "Albany" stay); of
 * another département, a village under 5 000 people ("Dijon (Jura)" is
 * a text's slip for the Côte-d'Or city).                                */
static int S_foreign(const S_ctx *x, const S_cand *c, const dp_gaz_rec *r)
{
    if (c->container < 0 || r->fclass != 'P' || r->population >= 100000) return 0;
    if (S_FCODE_IS(r, "PPLC") || !strcmp(r->fcode, "PPLA") || !strcmp(r->fcode, "PPLA2")) return 0;
    const dp_gaz_rec *y = S_chosen(x, (size_t)c->container);
    if (!y || !S_is_adm1(y) || !y->cc[0] || !r->cc[0]) return 0;
    if (S_cc_eq(y->cc, r->cc))   /* a village: a town of some size is more likely misplaced by the text */
        return r->population < 5000 && y->admin2[0] && r->admin2[0] && strcmp(y->admin2, r->admin2);
    return S_country_w(x, r->cc) <= 0;
}

/* 1 when "le comté de X" / "le district de X" names candidate C but its
 * entry R is a town lying in none of the admin1 units of its country that
 * the text names (Floride), and not in an admin1 of its own name (the
 * counties of Kenya, the districts of Portugal are admin1 units named
 * after their towns): the county is in the text's state, not that
 * namesake town.  Swiss cantons, admin1 units, are left alone.           */
static int S_unit_elsewhere(const S_ctx *x, const S_cand *c, const dp_gaz_rec *r)
{
    if (c->cue_class != 'A' || r->fclass != 'P') return 0;
    int64_t j = (int64_t)c->t0 - 1;             /* the unit noun right before: "comté d'" */
    if (S_split_elision(x->d, j) == 'd') j -= 2;
    else if (j >= 0 && S_tok(x->d, j)->norm &&
             (!strcmp(S_tok(x->d, j)->norm, "de") || !strcmp(S_tok(x->d, j)->norm, "d'") ||
              !strcmp(S_tok(x->d, j)->norm, "du")))
        j--;
    const dp_token *n = S_tok(x->d, j);
    static const char *const sub[] = {"comte", "comtes", "district", "districts", NULL};
    int below = 0;
    for (int k = 0; n && n->norm && sub[k]; k++) below |= !strcmp(n->norm, sub[k]);
    if (!below) return 0;
    if (r->admin1_name && r->admin1_name[0]) {
        char a1[128];
        dp_fold(r->admin1_name, strlen(r->admin1_name), a1, sizeof a1);
        if (S_same_name(a1, c->key)) return 0;
    }
    int units = 0;
    for (int k = 0; k < x->nnear; k++) {
        const dp_gaz_rec *o = &x->nearrec[k];
        if (!S_FCODE_IS(o, "ADM1") || !S_cc_eq(o->cc, r->cc)) continue;
        if (!strcmp(o->admin1, r->admin1)) return 0;
        units++;
    }
    return units > 0;
}

/* Fills the parts of entry K's score that do not change between passes. */
static void S_score_static(S_ctx *x, S_cand *c, int k)
{
    if (c->scored & 1u << k) return;
    const dp_gaz_rec *r = &c->rec[k];
    if (!c->scored) c->largest = S_largest(c);
    c->prior[k] = S_prior(r);
    c->twin[k] = S_is_adm1(r) && S_city_twin(c, k) && !S_admin_cue(x, c);
    c->scored |= 1u << k;
}

/* 1 when candidate C's words are a proper noun of French (the Lefff's
 * "Pékin", "Londres"): the name French gives the place, not a former one. */
static int S_french_name(const S_ctx *x, const S_cand *c)
{
    for (uint32_t t = c->t0; t < c->t1; t++)
        if (x->d->toks.v[t].pos & DP_POS_NP) return 1;
    return 0;
}

/* 1 when candidate C's name is the first words of entry K's own name:
 * a short form in use (Rio for Rio de Janeiro), not a former name.      */
static int S_shortened(S_cand *c, int k)
{
    if (c->shortk & 1u << k) return (c->shortv >> k) & 1;
    char nk[256];
    const char *nm = c->rec[k].name ? c->rec[k].name : "";
    dp_fold(nm, strlen(nm), nk, sizeof nk);
    size_t n = strlen(c->key);
    int v = !strncmp(nk, c->key, n) && (nk[n] == ' ' || nk[n] == '-');
    c->shortk |= 1u << k;
    c->shortv |= (uint32_t)v << k;
    return v;
}

/* Entry K's score at PASS.  Every input of the candidate read here (or
 * in S_score_static) must be compared in S_scores_alike, which lets a
 * candidate take the choice of an earlier one scored alike; a build with
 * DP_PLACE_CHECK_SAME scores both and asserts the choices equal.        */
static double S_score(S_ctx *x, size_t ci, int k, int pass)
{
    S_cand *c = &x->c[ci];
    S_score_static(x, c, k);
    const dp_gaz_rec *r = &c->rec[k];
    double s = c->prior[k];
    double w = S_country_w(x, r->cc);
    /* The country in view helps a homonym far smaller than the famous
     * place of the name little (Paris, Texas in an article about the US). */
    double cb = w > 0 ? 2 + (w < 4 ? w : 4) * 0.5 : 0;
    if (cb > 1 && !S_is_country(r) && (double)r->population * 20 < (double)c->largest) cb = 1;
    s += cb;
    if (S_is_adm1(r) && w <= 0) s -= 3;    /* Atlantique (Benin) far from Benin */
    /* An alternate name (Salisbury for Harare) ranks after own names. */
    if (!c->primary[k] && !S_is_country(r) && !S_is_adm1(r)) {
        s -= r->population >= 1000000 ? 1 : 2.5;
        /* ... and yields to a town of that very name in a country the
         * text speaks of, not the alias's (Salisbury in a British story),
         * unless French itself uses the alias (Pékin is a proper noun of
         * the Lefff) or the namesake is a village, under 20 000 people
         * (Calcutta, Ohio: 3 700): a village namesake does not outweigh a
         * city's alias on a country cue alone.                            */
        if (w <= 0 && !S_shortened(c, k) && !S_french_name(x, c))
            for (int j = 0; j < c->n; j++)
                if (c->primary[j] && c->rec[j].fclass == 'P' && c->rec[j].population >= 20000 &&
                    S_country_w(x, c->rec[j].cc) > 0) {
                    s -= 4;
                    break;
                }
    }
    /* "à New York", "le parquet de Tokyo": the city, unless the unit is
     * named as one ("l'État de New York", "au Québec").                   */
    if (c->twin[k]) s -= 9;
    if (c->cue_class) {
        if (r->fclass == c->cue_class) {
            s += 3;
            if (c->cue_code[0] && !strncmp(r->fcode, c->cue_code, strlen(c->cue_code))) s += 2;
        } else {
            s -= 3;
        }
    }
    if (pass == 0) return s;
    s += S_prox(x, c->ids[k], r, c->name);
    int in = S_contained(x, c, r);
    s += in > 0 ? 6 : in < 0 ? -3 : 0;
    if (c->anchor >= 0) {
        const dp_gaz_rec *a = S_chosen(x, (size_t)c->anchor);
        if (a && !S_is_country(a) && !S_is_adm1(a)) {
            double lim = c->anchor_km > 0 ? 2 * c->anchor_km + 30 : 500;
            s += S_km(r->lat, r->lon, a->lat, a->lon) <= lim ? 4 : -1;
        }
    }
    return s;
}

/* Bonus of entry ID (record R) for lying near the context places resolved
 * from other names than NAME (Raqqa the city does not vouch for Raqqa the
 * governorate); each entry and name is measured once a pass.            */
static double S_prox(S_ctx *x, uint32_t id, const dp_gaz_rec *r, uint64_t name)
{
    uint64_t key = ((uint64_t)id + 1) * 0x9E3779B97F4A7C15ull ^ name;
    int32_t *slot = S_tab_slot(&x->prox, key ? key : 1);
    if (*slot >= 0) return x->proxv[*slot];
    double prox = 0, rc = 0;
    int have_rc = 0, adm = S_is_adm1(r);
    /* every place adds 0 or more: the sum, kept up to 4, is 4 once it
     * reaches 4, whatever the places left would add                     */
    for (int j = 0; j < x->nnear && prox < 4; j++) {
        const dp_gaz_rec *o = &x->nearrec[j];
        if (x->near[j] == id || x->nearname[j] == name) continue;
        if (x->nearadm[j]) {
            if (S_cc_eq(o->cc, r->cc) && !strcmp(o->admin1, r->admin1) && !adm) prox += 2;
            continue;
        }
        if (S_beyond(r->lat, o->lat, 1000)) continue;      /* adds 0 */
        if (!have_rc) rc = S_cos_lat(r->lat), have_rc = 1;
        prox += S_near_add(x, r->lat, r->lon, rc, o->lat, o->lon, x->nearcos[j]);
    }
    *slot = (int32_t)x->nprox;
    x->proxv[x->nprox++] = prox < 4 ? prox : 4;
    return x->proxv[*slot];
}

/* Evidence from the chosen entry K itself; an alias (Google for Topeka)
 * or a common word (Tour) makes the gazetteer's word count less.        */
static double S_entry_ev(const S_ctx *x, const S_cand *c, int k)
{
    const dp_gaz_rec *r = &c->rec[k];
    double kind = 0, pop = 0, ctry = 0;
    if (S_is_country(r) || S_is_adm1(r)) kind = 3;
    if (S_is_feature(r)) return 2.5;   /* a sea, river or range the lexicon names */
    if (S_is_adm1(r) && S_country_w(x, r->cc) <= 0) kind = c->weak ? 0 : 1.5;  /* le Centre */
    if (r->population >= 100000) pop += 1;
    if (r->population >= 1000000) pop += 1;
    if (!strcmp(r->fcode, "PPLC")) pop += 1;
    if (!S_is_country(r) && S_country_w(x, r->cc) > 0) ctry = 1.5;
    if (!c->primary[k]) pop *= 0.5;
    double e = kind + pop + ctry;
    return c->weak ? e * 0.5 : e;
}

/* One sense per document: a name accepted once is a place everywhere it
 * is not vetoed, and names the same entry.                               */
static const char *S_norm(const S_ctx *x, const S_cand *c)
{
    const char *n = x->d->toks.v[c->t0].norm;
    return n ? n : "";
}

static void S_propagate(S_ctx *x)
{
    S_tab t;
    S_tab_init(x->d, &t, x->nc);
    for (size_t i = 0; i < x->nc; i++) {
        int32_t *v = S_tab_slot(&t, x->c[i].name);
        if (x->c[i].accepted && !x->c[i].veto && *v < 0) *v = (int32_t)i;
    }
    S_tab ent;                  /* "Méditerranée" after "la mer Méditerranée" */
    S_tab_init(x->d, &ent, x->nc + x->nids);        /* lookups insert keys */
    for (size_t i = 0; i < x->nc; i++)
        if (S_chosen(x, i) && !x->c[i].veto)
            *S_tab_slot(&ent, (uint64_t)x->c[i].ids[x->c[i].choice] + 1) = (int32_t)i;
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        if (c->veto || c->accepted || (c->t1 - c->t0 == 1 && strlen(S_norm(x, c)) <= 3)) continue;
        for (int k = 0; k < c->n && !c->accepted; k++)
            if (*S_tab_slot(&ent, (uint64_t)c->ids[k] + 1) >= 0) { c->choice = k; c->accepted = 1; }
    }
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        if (c->veto || c->accepted) continue;
        int32_t j = *S_tab_slot(&t, c->name);
        if (j < 0) continue;
        const S_cand *o = &x->c[j];
        for (int k = 0; k < c->n; k++)
            if (c->ids[k] == o->ids[o->choice]) { c->choice = k; c->accepted = 1; }
    }
}

/* The distinct places resolved so far (countries aside): the context that
 * proximity is measured against.  Returns 0 when they are the places of
 * the pass before (the same entries from the same names, in order), whose
 * S_prox values then hold again.                                        */
static int S_context_places(S_ctx *x)
{
    uint32_t was[S_MAXCTX];
    uint64_t wasname[S_MAXCTX];
    int nwas = x->nnear;
    memcpy(was, x->near, (size_t)nwas * sizeof *was);
    memcpy(wasname, x->nearname, (size_t)nwas * sizeof *wasname);
    x->nnear = 0;
    for (size_t i = 0; i < x->nc && x->nnear < S_MAXCTX; i++) {
        const dp_gaz_rec *r = S_chosen(x, i);
        if (!r || S_is_country(r)) continue;
        uint32_t id = x->c[i].ids[x->c[i].choice];
        int seen = 0;
        for (int j = 0; j < x->nnear && !seen; j++) seen = x->near[j] == id;
        if (seen) continue;
        x->near[x->nnear] = id;
        x->nearname[x->nnear] = x->c[i].name;
        x->nearcos[x->nnear] = S_cos_lat(r->lat);
        x->nearadm[x->nnear] = (uint8_t)S_is_adm1(r);
        x->nearrec[x->nnear++] = *r;
    }
    return x->nnear != nwas || memcmp(was, x->near, (size_t)nwas * sizeof *was) ||
           memcmp(wasname, x->nearname, (size_t)nwas * sizeof *wasname);
}

/* 1 when candidate I's entry lies in an admin1 unit or within 150 km of a
 * place already accepted ("Paris, au Texas"; two villages of one valley). */
static int S_near_other(const S_ctx *x, size_t i)
{
    const S_cand *c = &x->c[i];
    const dp_gaz_rec *r = &c->rec[c->choice];
    if (S_is_country(r)) return 0;
    uint32_t id = c->ids[c->choice];
    double rc = 0;
    int have_rc = 0;
    for (int j = 0; j < x->nnear; j++) {
        const dp_gaz_rec *o = &x->nearrec[j];
        if (x->near[j] == id) continue;
        if (x->nearadm[j]) {
            if (S_cc_eq(o->cc, r->cc) && !strcmp(o->admin1, r->admin1)) return 1;
            continue;
        }
        if (S_beyond(r->lat, o->lat, 150)) continue;
        if (!have_rc) rc = S_cos_lat(r->lat), have_rc = 1;
        if (S_within150(x, r->lat, r->lon, rc, o->lat, o->lon, x->nearcos[j])) return 1;
    }
    return 0;
}

/* 1 when candidate I is listed with an accepted place: "Chamonix,
 * Zermatt, Cortina ou encore Méribel", "entre Menton et Vintimille". */
static int S_listed(const S_ctx *x, size_t i)
{
    dp_doc *d = x->d;
    for (int dir = -1; dir <= 1; dir += 2) {
        if ((dir < 0 && i == 0) || (dir > 0 && i + 1 >= x->nc)) continue;
        const S_cand *o = &x->c[i + dir];
        if (!S_chosen(x, i + dir)) continue;
        uint32_t a = dir < 0 ? o->t1 : x->c[i].t1, b = dir < 0 ? x->c[i].t0 : o->t0;
        if (b != a + 1) continue;
        const dp_token *t = &d->toks.v[a];
        if (t->norm && (!strcmp(t->norm, ",") || !strcmp(t->norm, "et") || !strcmp(t->norm, "ou")
                        || !strcmp(t->norm, "/")))
            return 1;
    }
    return 0;
}

/* 1 when S_score gives candidates A and B the same scores, entry by
 * entry, at every pass: the same name, entries and own-name marks, the
 * same place noun before them, their words proper nouns of French alike,
 * the same cue of an admin unit where it matters (an ADM1/ADM2 entry:
 * S_score_static's twin), and neither located relative to another.      */
static int S_scores_alike(S_ctx *x, const S_cand *a, const S_cand *b)
{
    if (a->name != b->name || a->n != b->n || a->cue_class != b->cue_class ||
        a->container >= 0 || b->container >= 0 || a->anchor >= 0 || b->anchor >= 0 ||
        strcmp(a->key, b->key) || strcmp(a->cue_code, b->cue_code))
        return 0;
    int adm = 0;
    for (int k = 0; k < a->n; k++) {
        if (a->ids[k] != b->ids[k] || a->primary[k] != b->primary[k]) return 0;
        adm |= S_is_adm1(&a->rec[k]);
    }
    if (S_french_name(x, a) != S_french_name(x, b)) return 0;
    return !adm || S_admin_cue(x, a) == S_admin_cue(x, b);
}

/* Each candidate's first earlier one of its name, when S_score scores
 * them alike (S_scores_alike): S_choose takes that one's choice instead
 * of scoring the entries again (a name recurs in an article).           */
static void S_same_scores(S_ctx *x)
{
    S_tab t;
    S_tab_init(x->d, &t, x->nc);
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        int32_t *v = S_tab_slot(&t, c->name ? c->name : 1);
        if (*v < 0) *v = (int32_t)i;
        else if (S_scores_alike(x, &x->c[*v], c)) c->same = *v + 1;
    }
}

static void S_choose(S_ctx *x, int pass)
{
    int moved = S_context_places(x);
    /* S_prox's values of the pass before, when its places did not move */
    if (pass > 0 && (moved || !x->proxv)) {
        S_tab_init(x->d, &x->prox, x->nids);   /* one key per entry at most */
        /* S_prox writes proxv[nprox] before it reads it back */
        x->proxv = dp_arena_alloc_raw(&x->d->arena, (x->nids + 1) * sizeof *x->proxv);
        x->nprox = 0;
    }
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        if (c->veto) continue;
        /* scored alike with an earlier one scored at this pass: its choice
         * (a trace shows every candidate's scores)                       */
        int twin = c->same && !x->c[c->same - 1].veto ? x->c[c->same - 1].choice : -2;
#if !defined(DP_PLACE_TRACE) && !defined(DP_PLACE_CHECK_SAME)
        if (twin != -2) {
            c->choice = twin;
            continue;
        }
        /* one entry: it is the choice whatever its score (a finite sum of
         * bounded terms, always above the start value of best below)     */
        if (c->n == 1) {
            c->choice = 0;
            continue;
        }
#endif
        double best = -1e9;
        for (int k = 0; k < c->n; k++) {
            double s = S_score(x, i, k, pass);
#ifdef DP_PLACE_TRACE
            fprintf(stderr, "  score p%d %s %s %.2f prim=%d\n", pass, c->rec[k].name, c->rec[k].fcode, s, c->primary[k]);
#endif
            if (s > best) { best = s; c->choice = k; }
        }
#ifdef DP_PLACE_CHECK_SAME
        assert(twin == -2 || c->choice == twin);
        assert(c->n != 1 || c->choice == 0);
#else
        (void)twin;
#endif
    }
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        if (c->veto || c->choice < 0) continue;
        const dp_gaz_rec *r = &c->rec[c->choice];
        double e = c->ev + S_entry_ev(x, c, c->choice);
        if (pass > 0 && S_near_other(x, i)) e += 1;
        if (pass > 0 && S_contained(x, c, r) > 0) e += 2;
        if (pass > 0 && S_listed(x, i)) e += 1.5;
        /* An alias (Juno for Juneau, Google for Topeka) needs a cue of
         * its own, a strong one for a small place.                       */
        int minor = !S_is_country(r) && !S_is_adm1(r) && r->population < 100000;
        double need = 0;
        if (!c->primary[c->choice] && !S_is_country(r) && !S_is_adm1(r) && !S_is_feature(r))
            need = minor ? 1.5 : r->population < 1000000 ? 1 : 0;
        /* Palmyre, Racca in an article about Syria: a French name. */
        if (need > 0 && S_country_w(x, r->cc) >= 2) need = minor ? 0.5 : 0;
        /* "le Centre météorologique": a common word far from its country. */
        int unit_in_view = S_is_adm1(r) && S_country_w(x, r->cc) >= 1;
        if (((c->weak && !S_is_country(r) && !S_is_feature(r) && !unit_in_view)
             || (c->homonym && !S_is_country(r) && !S_is_feature(r) && S_country_w(x, r->cc) < 1))
            && need < 1)
            need = 1;
        if (unit_in_view && need <= 0) need = -1;     /* « ... [Sicile] » */
        c->accepted = e >= S_ACCEPT && c->ev >= need;
        /* "Tlaxiaco, dans l'État d'Oaxaca", "le comté de Marion" in Florida:
         * the chosen entry is a namesake and the real place is not in the
         * gazetteer; this mention is no known place (the others of the
         * name are judged on their own).                                 */
        if (pass > 0 && (S_foreign(x, c, r) || S_unit_elsewhere(x, c, r))) c->veto = 1, c->accepted = 0;
    }
    /* One sense per document: a mention resolved to an alias (Batavia for
     * Jakarta) takes the town another mention of the name was resolved to
     * under its own name ("Batavia, dans l'État de New York").            */
    S_tab own;
    S_tab_init(x->d, &own, x->nc);
    for (size_t i = 0; i < x->nc; i++) {
        const S_cand *c = &x->c[i];
        if (c->veto || !c->accepted || c->choice < 0 || !c->primary[c->choice] || c->rec[c->choice].fclass != 'P')
            continue;
        int32_t *v = S_tab_slot(&own, c->name);
        if (*v < 0) *v = (int32_t)i;
    }
    for (size_t i = 0; i < x->nc; i++) {
        S_cand *c = &x->c[i];
        if (c->veto || !c->accepted || c->choice < 0 || c->primary[c->choice]) continue;
        int32_t j = *S_tab_slot(&own, c->name);
        if (j < 0) continue;
        const S_cand *o = &x->c[j];
        for (int k = 0; k < c->n; k++)
            if (c->ids[k] == o->ids[o->choice]) c->choice = k;
    }
    S_propagate(x);
}

/* Countries named in the text and the countries of the resolved places. */
static void S_country_evidence(S_ctx *x, double city_w)
{
    memcpy(x->ctry, x->base, sizeof x->ctry);
    x->nctry = x->nbase;
    for (size_t i = 0; i < x->nc; i++) {
        const dp_gaz_rec *r = S_chosen(x, i);
        if (r) S_country_add(x, r->cc, S_is_country(r) ? 2 : city_w);
    }
}

/* ---- Output ----------------------------------------------------------- */

static const char *S_precision(dp_doc *d, const dp_gaz_rec *r)
{
    char cc[3] = {(char)(r->cc[0] | 0x20), (char)(r->cc[1] | 0x20), 0};
    /* Réunion, Mayotte, Nouvelle-Calédonie: a part of a country that has
     * its own ISO code (place_cues "overseas").                          */
    if (S_is_country(r) && cc[0] != 0x20 && S_cue(d, cc, "overseas")) return "admin1";
    if (S_is_country(r)) return "country";
    if (S_is_adm1(r)) return "admin1";
    if (r->geonameid == 0) return "approx";
    if (r->fclass == 'H' && !strncmp(r->fcode, "STM", 3)) return "approx";
    if (r->fclass == 'P' || r->fclass == 'S' || r->fclass == 'H' || r->fclass == 'T') return "exact";
    return "approx";
}

/* A river has no single point: put it at the populated place of the
 * document mentioned closest to it that lies within 300 km of the
 * river's reference point ("entre Bamako et le fleuve Niger").         */
static void S_river_point(const S_ctx *x, size_t i, dp_gaz_rec *r)
{
    size_t best = 0;
    uint32_t bestd = UINT32_MAX;
    for (size_t j = 0; j < x->nc; j++) {
        const dp_gaz_rec *o = S_chosen(x, j);
        if (!o || o->fclass != 'P' || S_km(o->lat, o->lon, r->lat, r->lon) > 300) continue;
        uint32_t a = x->c[i].t0, b = x->c[j].t0;
        uint32_t dist = a > b ? a - b : b - a;
        if (dist < bestd) { bestd = dist; best = j; }
    }
    if (bestd == UINT32_MAX) return;
    const dp_gaz_rec *o = S_chosen(x, best);
    r->lat = o->lat;
    r->lon = o->lon;
}

static void S_emit(S_ctx *x)
{
    dp_doc *d = x->d;
    S_tab t;
    S_tab_init(d, &t, x->nc);
    for (size_t i = 0; i < x->nc; i++) {
        const S_cand *c = &x->c[i];
#ifdef DP_PLACE_TRACE   /* evaluation builds only: DP_PLACE_TRACE(doc, cand) */
        DP_PLACE_TRACE(d, c);
#endif
        if (c->veto || !c->accepted || c->choice < 0) continue;
        uint32_t id = c->ids[c->choice];
        int32_t *slot = S_tab_slot(&t, (uint64_t)id + 1);
        dp_place *p = *slot >= 0 ? &d->places.v[*slot] : NULL;
        if (!p) {
            *slot = (int32_t)d->places.n;
            p = DP_DPUSH(d, d->places);
            p->gaz = id;
            p->rec = c->rec[c->choice];
            p->precision = S_precision(d, &p->rec);
            if (S_is_feature(&p->rec) && !strncmp(p->rec.fcode, "STM", 3)) S_river_point(x, i, &p->rec);
            p->entity = -1;
        }
        dp_tspan *s = DP_DPUSH(d, p->mentions);
        s->t0 = c->t0;
        s->t1 = c->t1;
    }
}

void dp_stage_places(dp_doc *d)
{
    if (!d || !d->model || !d->toks.n) return;
    /* the context's arrays are read up to their counts: only the
     * scalars need zeroing (the whole S_ctx is kilobytes)             */
    S_ctx x;
    memset(&x, 0, offsetof(S_ctx, ctry));
    x.d = d;
    x.m = d->model;
    x.nctry = x.nbase = x.nnear = 0;
    memset(&x.prox, 0, sizeof x.prox);
    x.proxv = NULL;
    x.nprox = x.nids = 0;
    S_collect(&x);
    if (!x.nc) return;
    S_hav_cuts(&x);
    S_demonyms(&x);
    memcpy(x.base, x.ctry, sizeof x.base);
    x.nbase = x.nctry;
    S_context(&x);
    S_containers(&x);
    S_person_names(&x);
    S_same_scores(&x);
    S_choose(&x, 0);
    S_country_evidence(&x, 0);
    S_choose(&x, 1);
    S_country_evidence(&x, 0.5);
    S_choose(&x, 2);
    S_emit(&x);
}
