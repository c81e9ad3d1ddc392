/*
 * mention/entity.c -- named and nominal entities (PER, ORG, LOC, MISC) with
 * titles, roles, gender, in-document coreference and CAMEO-style actor codes.
 *
 * Sources of evidence, in order:
 *   1. the actor dictionary (data/lexicon/actors.tsv): named groups and
 *      organisations with their aliases and codes;
 *   2. acronym definitions in the text: "des services du contre-terrorisme
 *      (CTS)";
 *   3. persons: a title or role before a capitalised name ("le général Firas
 *      Bachar", "le maire de Qayyarah, Saleh al-Joubouri"), a reporting verb
 *      before it ("a déclaré Sabah Al-Nomane"), a role apposed after it, a
 *      known first name, or two or more capitalised tokens none of which is
 *      a common word;
 *   4. organisations: capitalised sequences headed by an org word
 *      (data/lexicon/orgheads.tsv: Ministère, Conseil, Parti...);
 *   5. nominal actor groups: agent noun (data/lexicon/agents.tsv) plus a
 *      demonym ("les forces spéciales irakiennes" -> IRQMIL) or a named group
 *      ("les combattants de Daech");
 *   6. one LOC entity per resolved place (d->places); place mentions that a
 *      person or organisation mention overlaps are dropped.
 * Later partial mentions ("Bachar", "Joubouri" for "Saleh al-Joubouri") join
 * the full entity.
 */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "entity.h"
#include "ner.h"
#include "text/text.h"

#define KEYCAP 512

/* ---- Small token helpers ------------------------------------------------ */

/* snprintf(DST, CAP, "%.*s", MAX, S) without the call (MAX >= 6: a NULL
 * S is "(null)" as glibc writes it): at most MAX bytes of S, CAP - 1 in
 * all, then a NUL.                                                       */
static void S_ncopy(char *dst, size_t cap, const char *s, size_t max)
{
    if (!cap) return;
    if (!s) s = "(null)";
    size_t n = 0, lim = max < cap - 1 ? max : cap - 1;
    while (n < lim && s[n]) n++;
    memcpy(dst, s, n);
    dst[n] = 0;
}

static const dp_token *S_t(const dp_doc *d, uint32_t i) { return &d->toks.v[i]; }

/* strcmp(A, B) == 0 for the short words compared here, inline.           */
static inline int S_eq(const char *a, const char *b)
{
    while (*b && *a == *b) a++, b++;
    return *a == *b;
}

static int S_word(const dp_doc *d, uint32_t i)
{
    return i < d->toks.n && d->toks.v[i].kind == DP_TOK_WORD;
}

static inline int S_is(const dp_doc *d, uint32_t i, const char *norm)
{
    return i < d->toks.n && d->toks.v[i].norm[0] == norm[0] && S_eq(d->toks.v[i].norm, norm);
}

/* Capitalised word, or a name with a lowercase Arabic article prefix
 * ("al-Joubouri", "el-Sissi", "ben-Ali").                                  */
static int S_cap(const dp_doc *d, uint32_t i)
{
    if (!S_word(d, i) || (d->toks.v[i].flags & DP_TF_ELISION)) return 0;
    if (d->toks.v[i].flags & DP_TF_CAP) return 1;
    if (!(d->toks.v[i].flags & DP_TF_HYPHEN)) return 0;
    static const char *pre[] = {"al-", "el-", "ad-", "as-", "ben-", "bin-", "abou-", "abu-", 0};
    const char *s = d->text + d->toks.v[i].b0;
    size_t n = d->toks.v[i].b1 - d->toks.v[i].b0;
    for (int k = 0; pre[k]; k++) {
        size_t l = strlen(pre[k]);
        if (n > l && !strncmp(s, pre[k], l)) {
            int32_t cp;
            int bad;
            dp_utf8_next(s + l, n - l, &cp, &bad);
            return dp_cp_is_upper(cp);
        }
    }
    return 0;
}

static int S_sent_end(const dp_doc *d, uint32_t i)
{
    return d->toks.v[i].sent >= 0 && (size_t)d->toks.v[i].sent < d->sents.n
               ? (int)d->sents.v[d->toks.v[i].sent].t1 : (int)d->toks.n;
}

/* A common French word per the lexicon (any non-proper-noun reading).     */
static int S_common(const dp_doc *d, uint32_t i)
{
    uint32_t p = d->toks.v[i].pos;
    return (p & ~(uint32_t)DP_POS_NP) != 0;
}

/* A determiner: le la les l' un une des du de d' aux au ces ses leurs
 * leur nos cette ce (chosen by the first byte, then compared).          */
static int S_det(const dp_doc *d, uint32_t i)
{
    static const char *const l[] = {"le", "la", "les", "l'", "leurs", "leur", 0};
    static const char *const u[] = {"un", "une", 0}, *const dd[] = {"des", "du", "de", "d'", 0};
    static const char *const a[] = {"aux", "au", 0}, *const c[] = {"ces", "cette", "ce", 0};
    static const char *const s[] = {"ses", 0}, *const n[] = {"nos", 0};
    if (i >= d->toks.n) return 0;
    const char *w = d->toks.v[i].norm;
    const char *const *k;
    switch (w[0]) {
    case 'l': k = l; break;
    case 'u': k = u; break;
    case 'd': k = dd; break;
    case 'a': k = a; break;
    case 'c': k = c; break;
    case 's': k = s; break;
    case 'n': k = n; break;
    default: return 0;
    }
    for (; *k; k++)
        if (S_eq(w, *k)) return 1;
    return 0;
}

/* Lowercase connector inside a name: "Ben", "al-", "de" ... */
static int S_connector(const dp_doc *d, uint32_t i)
{
    static const char *c[] = {"de", "du", "des", "d'", "la", "le", "el",
                              "al", "ben", "bin", "ibn", "von", "van", "der",
                              "abou", "abu", "ould", "da", "di", "dos", 0};
    if (!S_word(d, i) || (d->toks.v[i].flags & DP_TF_CAP)) return 0;
    for (int k = 0; c[k]; k++)
        if (S_is(d, i, c[k])) return 1;
    return 0;
}

size_t dp_ment_key(const dp_doc *d, uint32_t t0, uint32_t t1, char *buf,
                   size_t cap)
{
    size_t n = 0;
    for (uint32_t i = t0; i < t1 && i < d->toks.n; i++) {
        const dp_token *t = &d->toks.v[i];
        size_t l = strlen(t->norm);
        int sp = i > t0 && (t->flags & DP_TF_SPACE);
        if (n + l + (size_t)sp + 1 > cap) return 0;
        if (sp) buf[n++] = ' ';
        memcpy(buf + n, t->norm, l);
        n += l;
    }
    if (cap) buf[n] = 0;
    return n;
}

size_t dp_ment_dict(const dp_doc *d, const char *name, uint32_t t0,
                    uint32_t t1, const char **vals, size_t max)
{
    char k[KEYCAP];
    size_t n = dp_ment_key(d, t0, t1, k, sizeof k);
    return n ? dp_dict_find(d->model, name, k, n, vals, max) : 0;
}

/* dp_ment_longest from length L0 on (the key of its first L0 - 1 tokens
 * in K, N bytes; BEST the answer so far).                                */
static uint32_t S_longest_from(const dp_doc *d, const dp_dict *h, uint32_t i,
                               uint32_t end, uint32_t maxlen, const char **val,
                               uint32_t l0, uint32_t best, char *k, size_t n)
{
    for (uint32_t l = l0; l <= maxlen && i + l <= end && i + l <= d->toks.n; l++) {
        const dp_token *last = S_t(d, i + l - 1);
        if (last->kind != DP_TOK_WORD && last->kind != DP_TOK_PUNCT) break;
        size_t m = strlen(last->norm);           /* dp_ment_key, one more token */
        int sp = l > 1 && (last->flags & DP_TF_SPACE);
        if (n + m + (size_t)sp + 1 > KEYCAP || !(n + m + (size_t)sp)) break;
        if (sp) k[n++] = ' ';
        memcpy(k + n, last->norm, m + 1);
        n += m;
        const char *v = 0;
        uint64_t hv = dp_key_hash(k, n);         /* one hash for both lookups */
        if (dp_dict_find_hv(d->model, h, k, n, hv, &v, 1)) { best = l; *val = v; }
        if (!(last->flags & DP_TF_ELISION) && !(last->flags & DP_TF_HYPHEN) &&
            !dp_dict_has_prefix_hv(d->model, h, k, n, hv))
            break;
    }
    return best;
}

uint32_t dp_ment_longest(const dp_doc *d, const char *name, uint32_t i,
                         uint32_t end, uint32_t maxlen, const char **val)
{
    char k[KEYCAP];
    const dp_dict *h = dp_dict_get(d->model, name);
    return h ? S_longest_from(d, h, i, end, maxlen, val, 1, 0, k, 0) : 0;
}

/* Field F (0-based) of a tab-separated dictionary value into BUF.         */
static const char *S_field(const char *val, int f, char *buf, size_t cap)
{
    const char *p = val;
    for (int k = 0; k < f && p; k++) {
        p = strchr(p, '\t');
        if (p) p++;
    }
    if (!p) { buf[0] = 0; return buf; }
    size_t n = strcspn(p, "\t");
    if (n >= cap) n = cap - 1;
    memcpy(buf, p, n);
    buf[n] = 0;
    return buf;
}

/* 1 when LEMMA is in quote_verbs.tsv; with MEMO, looked up once per
 * document and lemma (by its address: the model's strings do not move).  */
static int S_quote_lemma(const dp_doc *d, const char *lemma, dp_qlem *memo)
{
    dp_qlem *c = NULL;
    if (memo) {
        uintptr_t a = (uintptr_t)lemma;
        c = &memo[((a >> 3) ^ (a >> 11)) & (DP_QLEM_SLOTS - 1)];
        if (c->lemma == lemma) return c->yes;
    }
    char k[128];
    const char *v, *key = lemma;
    size_t n = 0;
    while (lemma[n] >= 'a' && lemma[n] <= 'z') n++;   /* folds to itself */
    if (lemma[n]) {
        n = dp_fold(lemma, strlen(lemma), k, sizeof k);
        key = k;
    }
    int yes = n && n < sizeof k && dp_dict_find(d->model, "quote_verbs", key, n, &v, 1);
    if (c) {
        c->lemma = lemma;
        c->yes = yes;
    }
    return yes;
}

int dp_ment_quote_verb_memo(const dp_doc *d, uint32_t i, dp_qlem *memo)
{
    if (!S_word(d, i)) return 0;
    const dp_token *t = S_t(d, i);
    if (t->pos && !(t->pos & (DP_POS_V | DP_POS_VPP))) return 0;
    if (t->lemma && S_quote_lemma(d, t->lemma, memo)) return 1;
    dp_lex_entry e[16];
    size_t n = dp_tok_lex(d, i, e, 16);
    for (size_t k = 0; k < n && k < 16; k++)
        if (e[k].pos && e[k].pos[0] == 'v' && e[k].lemma &&
            S_quote_lemma(d, e[k].lemma, memo))
            return 1;
    return 0;
}

int dp_ment_quote_verb(const dp_doc *d, uint32_t i)
{
    return dp_ment_quote_verb_memo(d, i, NULL);
}

char dp_ment_clitic(const dp_doc *d, uint32_t i)
{
    if (!S_word(d, i)) return 0;
    const char *s = S_t(d, i)->norm;
    const char *p = strrchr(s, '-');
    if (p) s = p + 1;
    else if (!(S_t(d, i)->flags & DP_TF_CLITIC) && i > 0 &&
             !(S_t(d, i)->flags & DP_TF_SPACE))
        return 0;
    if (S_eq(s, "il")) return 'm';
    if (S_eq(s, "elle")) return 'f';
    if (S_eq(s, "ils") || S_eq(s, "elles")) return 'p';
    if (S_eq(s, "on")) return 'o';
    return 0;
}

int32_t *dp_ment_token_map(dp_doc *d)
{
    int32_t *m = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *m);
    for (size_t i = 0; i < d->toks.n; i++) m[i] = -1;
    m[d->toks.n] = 0;
    for (size_t e = 0; e < d->ents.n; e++)
        for (size_t k = 0; k < d->ents.v[e].mentions.n; k++) {
            dp_tspan s = d->ents.v[e].mentions.v[k];
            for (uint32_t i = s.t0; i < s.t1 && i < d->toks.n; i++)
                m[i] = (int32_t)e;
        }
    return m;
}

/* ---- Entities ----------------------------------------------------------- */

/* A string -> entity index table in the arena (open addressing); H, the
 * low 32 bits of the key's hash (S_fnv): where its probe starts (H &
 * (CAP - 1)), compared before the strings, and the key's place when the
 * table grows (no hashing again).                                        */
typedef struct S_slot { const char *k; int32_t v; uint32_t h; } S_slot;
typedef struct S_hash { S_slot *s; size_t cap, n; } S_hash;

typedef struct S_ctx {
    dp_doc *d;
    uint8_t *used;       /* token claimed by an entity mention             */
    int32_t *ent;        /* token -> entity index, -1                       */
    S_hash names;        /* "type|name", "F|full key", "S|surname", ...     */
    int32_t *place;      /* token -> place index, -1                        */
    uint8_t *tag;        /* the name tagger's BIO tag per token (ner.h)     */
    int tagger;          /* 1: the model has tagger weights                 */
    dp_ner_ctx *nx;      /* the tagger's view of the tokens (its memo)      */
    uint32_t *upper;     /* the words in capitals, in order (NUPPER): where
                            S_acronyms and S_acronym_repeats look          */
    uint32_t *afterl;    /* the tokens after le, la, l' (NAFTERL): where
                            S_title_corefs looks                           */
    uint32_t nupper, nafterl;
    char country[4];     /* the article's dominant country, "" when unclear */
} S_ctx;

/* The names table's hash of key K: the model's, eight bytes a turn.    */
static uint64_t S_fnv(const char *k) { return dp_key_hash(k, strlen(k)); }

static int32_t S_hget(const S_hash *h, const char *k)
{
    if (!h->cap) return -1;
    uint32_t hv = (uint32_t)S_fnv(k);
    for (size_t i = hv & (h->cap - 1);; i = (i + 1) & (h->cap - 1)) {
        if (!h->s[i].k) return -1;
        if (h->s[i].h == hv && !strcmp(h->s[i].k, k)) return h->s[i].v;
    }
}

/* Sets KEY to V (REPLACE) or only when absent.                            */
static void S_hput(S_ctx *c, S_hash *h, const char *k, int32_t v, int replace)
{
    if (2 * (h->n + 1) > h->cap) {
        S_hash g = {0, h->cap ? 2 * h->cap : 64, h->n};
        g.s = dp_arena_alloc(&c->d->arena, g.cap * sizeof *g.s);
        for (size_t i = 0; i < h->cap; i++) {   /* distinct keys: each to its first free slot */
            if (!h->s[i].k) continue;
            size_t j = h->s[i].h & (g.cap - 1);
            while (g.s[j].k) j = (j + 1) & (g.cap - 1);
            g.s[j] = h->s[i];
        }
        *h = g;
    }
    uint32_t hv = (uint32_t)S_fnv(k);
    size_t i = hv & (h->cap - 1);
    while (h->s[i].k && (h->s[i].h != hv || strcmp(h->s[i].k, k)))
        i = (i + 1) & (h->cap - 1);
    if (h->s[i].k && !replace) return;
    if (!h->s[i].k) {
        h->s[i].k = dp_arena_strdup(&c->d->arena, k);
        h->s[i].h = hv;
        h->n++;
    }
    h->s[i].v = v;
}

static const char *S_kf(char *buf, size_t cap, const char *tag, const char *k)
{
    size_t n = strlen(tag), m = strlen(k);  /* snprintf(buf, cap, "%s|%s", tag, k) */
    if (n > cap - 1) n = cap - 1;
    memcpy(buf, tag, n);
    if (n + 1 < cap) buf[n++] = '|';
    if (m > cap - 1 - n) m = cap - 1 - n;
    memcpy(buf + n, k, m);
    buf[n + m] = 0;
    return buf;
}

/* "type|name" (snprintf "%d|%s" as it was), the names table's key.      */
static const char *S_tkey(char *buf, size_t cap, dp_ent_type type, const char *name)
{
    char tag[2] = {(char)('0' + (int)type), 0};
    if ((int)type < 0 || (int)type > 9) {
        snprintf(buf, cap, "%d|%s", (int)type, name);
        return buf;
    }
    return S_kf(buf, cap, tag, name);
}

static dp_entity *S_new(S_ctx *c, dp_ent_type type, const char *name)
{
    dp_entity *e = DP_DPUSH(c->d, c->d->ents);
    e->type = type;
    e->name = name;
    e->place = -1;
    char k[KEYCAP + 8], f[KEYCAP];
    S_tkey(k, sizeof k, type, name);
    S_hput(c, &c->names, k, (int32_t)(c->d->ents.n - 1), 0);
    if (type == DP_ENT_ORG && dp_fold(name, strlen(name), f, sizeof f) < sizeof f)
        S_hput(c, &c->names, S_kf(k, sizeof k, "A", f), (int32_t)(c->d->ents.n - 1), 0);
    return e;
}

static const char *S_surname(const dp_doc *d, uint32_t t1);

/* Index a person's mention: its full key and its surname.                */
static void S_index_person(S_ctx *c, int32_t e, uint32_t t0, uint32_t t1)
{
    char k[KEYCAP], k2[KEYCAP + 8];
    if (!dp_ment_key(c->d, t0, t1, k, sizeof k)) return;
    S_hput(c, &c->names, S_kf(k2, sizeof k2, "F", k), e, 0);
    const char *sur = S_surname(c->d, t1);
    S_hput(c, &c->names, S_kf(k2, sizeof k2, "S", sur), e, 0);
    if (t1 - t0 == 1) S_hput(c, &c->names, S_kf(k2, sizeof k2, "s", sur), e, 0);
}

static void S_mention(S_ctx *c, dp_entity *e, uint32_t t0, uint32_t t1)
{
    dp_tspan *s = DP_DPUSH(c->d, e->mentions);
    s->t0 = t0;
    s->t1 = t1;
    int32_t idx = (int32_t)(e - c->d->ents.v);
    for (uint32_t i = t0; i < t1; i++) {
        c->used[i] = 1;
        c->ent[i] = idx;
    }
    if (e->type == DP_ENT_PER && !e->nominal) S_index_person(c, idx, t0, t1);
}

static int S_free(S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t i = t0; i < t1; i++)
        if (c->used[i]) return 0;
    return 1;
}

static dp_entity *S_find_name(S_ctx *c, dp_ent_type type, const char *name)
{
    char k[KEYCAP + 8];
    S_tkey(k, sizeof k, type, name);
    int32_t e = S_hget(&c->names, k);
    return e >= 0 ? &c->d->ents.v[e] : 0;
}

static void S_set_actor(S_ctx *c, dp_actor *a, const char *country3,
                        const char *sector)
{
    if (sector && (!*sector || !strcmp(sector, "-"))) sector = 0;
    if (country3 && *country3) S_ncopy(a->country, sizeof a->country, country3, sizeof a->country);
    a->sector = sector ? dp_arena_strdup(&c->d->arena, sector) : 0;
    if (a->country[0] && sector)
        a->code = dp_arena_printf(&c->d->arena, "%s%s", a->country, sector);
    else if (a->country[0])
        a->code = dp_arena_strdup(&c->d->arena, a->country);
    else if (sector)
        a->code = a->sector;
}

/* Country alpha-3 of a demonym token, or 0.                               */
static int S_demonym(const dp_doc *d, uint32_t i, char out[4])
{
    if (!S_word(d, i)) return 0;
    dp_country ct;
    const char *k = S_t(d, i)->norm;
    if (dp_demonym_find(d->model, k, strlen(k), &ct) != 0) return 0;
    memcpy(out, ct.cc3, 4);
    return out[0] != 0;
}

/* Country alpha-3 of the first place mention inside [t0, t1).             */
static int S_place_country(S_ctx *c, uint32_t t0, uint32_t t1, char out[4])
{
    for (uint32_t i = t0; i < t1; i++) {
        if (c->place[i] < 0) continue;
        if (dp_country_cc3(c->d->model, c->d->places.v[c->place[i]].rec.cc, out) == 0)
            return 1;
    }
    return 0;
}

/* dp_ment_longest in the dictionary dp_ner_dicts[WHICH], without a lookup
 * when no entry starts with token I alone (asked once per form).         */
static uint32_t S_longest(const S_ctx *c, int which, uint32_t i, uint32_t end,
                          uint32_t maxlen, const char **val)
{
    const dp_doc *d = c->d;
    const dp_token *t = S_t(d, i);
    int glued = (t->flags & (DP_TF_ELISION | DP_TF_HYPHEN)) != 0;
    int at = dp_ner_dict_at(c->nx, i, which);   /* 1: an entry, 2: a prefix */
    if (!glued && !at) return 0;
    if (!maxlen || i + 1 > end || (t->kind != DP_TOK_WORD && t->kind != DP_TOK_PUNCT))
        return 0;
    size_t n = strlen(t->norm);
    char k[KEYCAP];
    if (n + 1 > KEYCAP || !n) return dp_ment_longest(d, dp_ner_dicts[which], i, end, maxlen, val);
    /* length 1: the memo's answers, a lookup only for an entry's value */
    uint32_t best = 0;
    const char *v = 0;
    const dp_dict *h = dp_ner_dict(c->nx, which);
    if ((at & 1) && dp_dict_find_in(d->model, h, t->norm, n, &v, 1)) {
        best = 1;
        *val = v;
    }
    if (!glued && !(at & 2)) return best;
    /* glued ("l'", "porte-parole"): the longer keys start with its bytes */
    if (glued && !(at & 2) && !dp_ner_dict_starts(c->nx, i, which)) return best;
    /* a pair of words that no key is nor starts with ("la ville"): the
     * search stops there unless the second is glued to what follows     */
    if (i + 1 < d->toks.n && !(S_t(d, i + 1)->flags & (DP_TF_ELISION | DP_TF_HYPHEN)) &&
        dp_ner_pair_dead(c->nx, i, which))
        return best;
    memcpy(k, t->norm, n + 1);      /* the key so far: S_longest_from adds to it */
    return S_longest_from(d, h, i, end, maxlen, val, 2, best, k, n);
}

/* 0 when no entry of dp_ner_dicts[WHICH] can start at token I: S_longest
 * finds none there (most tokens), known without its call.               */
static inline int S_may_start(const S_ctx *c, uint32_t i, int which)
{
    return (S_t(c->d, i)->flags & (DP_TF_ELISION | DP_TF_HYPHEN)) ||
           dp_ner_dict_at(c->nx, i, which);
}

/* Actor dictionary: longest alias match at I.                             */
static uint32_t S_actor_at(S_ctx *c, uint32_t i, uint32_t end, int32_t *idx)
{
    dp_doc *d = c->d;
    const char *v = 0;
    if (c->tagger && (S_t(d, i)->flags & DP_TF_CAP)) return 0;   /* names are the tagger's */
    uint32_t l = S_longest(c, DP_NER_ACTORS, i, end, 6, &v);
    if (!l || !S_free(c, i, i + l)) return 0;
    char name[160], type[8], code[24], cc[8], sec[8];
    S_field(v, 0, name, sizeof name);
    int caps = 0;
    for (uint32_t k = i; k < i + l; k++) caps += (S_t(d, k)->flags & DP_TF_CAP) != 0;
    if (!caps && !(name[0] >= 'a' && name[0] <= 'z'))
        return 0;                 /* "ei", "le monde" as lowercase words */
    if (caps && c->tagger) return 0;  /* names are the tagger's */
    if (S_cap(d, i + l) && !S_connector(d, i + l - 1)) return 0; /* part of a longer name */
    S_field(v, 1, type, sizeof type);
    dp_entity *e = S_find_name(c, DP_ENT_ORG, name);
    if (!e) {
        e = S_new(c, strcmp(type, "MISC") ? DP_ENT_ORG : DP_ENT_MISC,
                  dp_arena_strdup(&d->arena, name));
        e->nominal = name[0] >= 'a' && name[0] <= 'z';   /* "talibans", "gilets jaunes" */
        S_field(v, 2, code, sizeof code);
        S_field(v, 3, cc, sizeof cc);
        S_field(v, 4, sec, sizeof sec);
        S_set_actor(c, &e->actor, cc, sec);
        if (code[0]) e->actor.code = dp_arena_strdup(&d->arena, code);
    }
    S_mention(c, e, i, i + l);
    if (idx) *idx = (int32_t)(e - d->ents.v);
    return l;
}

/* End of a capitalised name starting at I (0 when none).                  */
static uint32_t S_name_end(const dp_doc *d, uint32_t i, uint32_t end)
{
    if (!S_cap(d, i)) return 0;
    uint32_t j = i + 1;
    while (j < end && j - i < 8) {
        if (S_cap(d, j)) { j++; continue; }
        uint32_t k = j;
        while (k < end && S_connector(d, k) && k - j < 2) k++;
        if (k > j && S_cap(d, k)) { j = k + 1; continue; }
        break;
    }
    return j;
}

/* Title (titles.tsv) at I: its length; fills sector and gender.           */
static uint32_t S_title_at(const S_ctx *c, uint32_t i, uint32_t end,
                           char *sector, char *gender)
{
    const char *v = 0;
    if (!S_word(c->d, i)) return 0;
    uint32_t l = S_longest(c, DP_NER_TITLES, i, end, 5, &v);
    if (!l) return 0;
    char f[16];
    S_field(v, 0, f, sizeof f);
    S_ncopy(sector, 8, f, 7);
    S_field(v, 1, f, sizeof f);
    *gender = (f[0] == 'm' || f[0] == 'f') ? f[0] : 0;
    return l;
}

/* Surname key: folded last token without an Arabic article prefix.       */
static const char *S_surname(const dp_doc *d, uint32_t t1)
{
    const char *s = S_t(d, t1 - 1)->norm;
    static const char *pre[] = {"al-", "el-", "al ", "el ", "ad-", "as-", "an-", "ar-", 0};
    if (s[0] != 'a' && s[0] != 'e') return s;      /* as every prefix starts */
    for (int k = 0; pre[k]; k++)
        if (!strncmp(s, pre[k], strlen(pre[k])) && s[strlen(pre[k])])
            return s + strlen(pre[k]);
    return s;
}

/* The PER entity with the same full key, or the same surname when either
 * mention is a single word ("Joubouri" / "Saleh al-Joubouri").            */
static dp_entity *S_find_person(S_ctx *c, uint32_t t0, uint32_t t1)
{
    dp_doc *d = c->d;
    char k[KEYCAP], k2[KEYCAP + 8];
    if (!dp_ment_key(d, t0, t1, k, sizeof k)) return 0;
    int32_t e = S_hget(&c->names, S_kf(k2, sizeof k2, "F", k));
    const char *sur = S_surname(d, t1);
    if (e < 0) e = S_hget(&c->names, S_kf(k2, sizeof k2, t1 - t0 == 1 ? "S" : "s", sur));
    return e >= 0 ? &d->ents.v[e] : 0;
}

/* Role phrase starting at I (a title word, maybe after le/la/l'/ancien):
 * ends at a comma, parenthesis, colon, quote mark, relative pronoun or the
 * sentence end.  Returns the end (exclusive) or 0; *TI = the title token. */
static uint32_t S_role_after(const S_ctx *c, uint32_t i, uint32_t end,
                             uint32_t *ti, uint32_t *tl, char *sector,
                             char *gender)
{
    const dp_doc *d = c->d;
    uint32_t j = i;
    if (S_det(d, j)) j++;
    if (S_is(d, j, "ancien") || S_is(d, j, "ancienne") || S_is(d, j, "nouveau") ||
        S_is(d, j, "nouvelle") || S_is(d, j, "actuel") || S_is(d, j, "actuelle"))
        j++;
    uint32_t l = S_title_at(c, j, end, sector, gender);
    if (!l || j - i > 2) return 0;
    *ti = j;
    *tl = l;
    uint32_t k = j + l;
    while (k < end && k - j < 24) {
        const dp_token *t = S_t(d, k);
        if (t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_QUOTE_CLOSE ||
            t->kind == DP_TOK_DASH)
            break;
        if (t->kind == DP_TOK_PUNCT && strchr(",;:()!?.", t->norm[0])) break;
        if (S_is(d, k, "qui") || S_is(d, k, "où") || S_is(d, k, "ou") ||
            S_is(d, k, "dont") || S_is(d, k, "que") || S_is(d, k, "qu'"))
            break;
        if ((t->pos & DP_POS_V) && !(t->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_VPP | DP_POS_PREP | DP_POS_DET)))
            break;
        k++;
    }
    return k;
}

/* Person's actor coding from title sector, demonym and role.             */
static void S_person_actor(S_ctx *c, dp_entity *e, const char *sector,
                           uint32_t r0, uint32_t r1)
{
    dp_doc *d = c->d;
    char cc[4] = "";
    const int32_t *map = c->ent;
    for (uint32_t i = r0; i < r1 && !cc[0]; i++)
        if (!S_demonym(d, i, cc)) cc[0] = 0;
    if (!cc[0]) S_place_country(c, r0, r1, cc);
    if (!cc[0] && sector && *sector && strcmp(sector, "-"))
        memcpy(cc, c->country, 4);
    /* an organisation named in the role lends its code */
    for (uint32_t i = r0; i < r1; i++) {
        if (map[i] < 0) continue;
        dp_entity *o = &d->ents.v[map[i]];
        if ((o->type == DP_ENT_ORG || o->type == DP_ENT_MISC) && o->actor.code) {
            e->actor = o->actor;
            return;
        }
    }
    S_set_actor(c, &e->actor, cc, sector);
}

static void S_gender_from_article(const dp_doc *d, uint32_t ti, dp_entity *e)
{
    if (e->gender || ti == 0) return;
    if (S_is(d, ti - 1, "la")) e->gender = 'f';
    else if (S_is(d, ti - 1, "le") || S_is(d, ti - 1, "du") || S_is(d, ti - 1, "au"))
        e->gender = 'm';
}

static void S_gender_from_first(const dp_doc *d, uint32_t n0, uint32_t n1, dp_entity *e)
{
    const char *v;
    if (e->gender || n1 - n0 < 2) return;
    if (dp_ment_dict(d, "firstnames", n0, n0 + 1, &v, 1) && (v[0] == 'm' || v[0] == 'f'))
        e->gender = v[0];
}

/* A person named [n0, n1), with an optional title [ti, ti+tl) before it. */
static dp_entity *S_person(S_ctx *c, uint32_t n0, uint32_t n1, uint32_t ti,
                           uint32_t tl, const char *sector, char gender,
                           uint32_t r0, uint32_t r1)
{
    dp_doc *d = c->d;
    dp_entity *e = S_find_person(c, n0, n1);
    if (!e) {
        e = S_new(c, DP_ENT_PER, dp_doc_span_text(d, (dp_tspan){n0, n1}));
        e->gender = gender;
    } else if (n1 - n0 > 1 && strlen(dp_doc_span_text(d, (dp_tspan){n0, n1})) > strlen(e->name)) {
        e->name = dp_doc_span_text(d, (dp_tspan){n0, n1});
    }
    S_mention(c, e, n0, n1);
    if (tl && !e->title) {
        e->title = dp_doc_span_text(d, (dp_tspan){ti, ti + tl});
        e->title_span = (dp_tspan){ti, ti + tl};
        if (!e->gender) e->gender = gender;
        S_gender_from_article(d, ti, e);
    }
    if (r1 > r0 && !e->role) {
        e->role = dp_doc_span_text(d, (dp_tspan){r0, r1});
        e->role_span = (dp_tspan){r0, r1};
    }
    S_gender_from_first(d, n0, n1, e);
    if (!e->actor.code && (tl || r1 > r0)) S_person_actor(c, e, sector, r0 < r1 ? r0 : ti, r0 < r1 ? r1 : ti + tl);
    return e;
}

/* Apposed role after a name: "Firas Bachar, porte-parole du ...,".        */
static void S_apposition(S_ctx *c, dp_entity *e, uint32_t n1, uint32_t end)
{
    dp_doc *d = c->d;
    if (!(n1 < end && S_t(d, n1)->kind == DP_TOK_PUNCT && S_t(d, n1)->norm[0] == ','))
        return;
    uint32_t ti, tl;
    char sector[8] = "", g = 0;
    uint32_t r1 = S_role_after(c, n1 + 1, end, &ti, &tl, sector, &g);
    if (!r1 || e->role) return;
    e->role = dp_doc_span_text(d, (dp_tspan){ti, r1});
    e->role_span = (dp_tspan){ti, r1};
    if (!e->title) {
        e->title = dp_doc_span_text(d, (dp_tspan){ti, ti + tl});
        e->title_span = (dp_tspan){ti, ti + tl};
    }
    if (!e->gender) e->gender = g;
    S_gender_from_article(d, ti, e);
    if (!e->actor.code || !e->actor.country[0]) {
        const char *sec = e->actor.sector ? e->actor.sector : sector;
        char keep[8];
        S_ncopy(keep, sizeof keep, sec ? sec : "", 7);
        e->actor = (dp_actor){0};
        S_person_actor(c, e, keep, ti, r1);
    }
}

/* Title/role before a name at I: "le général X", "le ministre irakien X",
 * "le maire de Qayyarah, X".  Returns tokens consumed or 0.               */
static uint32_t S_titled_person(S_ctx *c, uint32_t i, uint32_t end)
{
    dp_doc *d = c->d;
    char sector[8] = "", g = 0;
    uint32_t tl = S_title_at(c, i, end, sector, &g);
    if (!tl) return 0;
    uint32_t j = i + tl;
    char cc[4];
    while (j < end && j - (i + tl) < 2 && !S_cap(d, j) && S_demonym(d, j, cc)) j++;
    uint32_t n1 = S_name_end(d, j, end);
    int upper = 1;
    for (uint32_t k = j; k < n1; k++) upper &= (S_t(d, k)->flags & DP_TF_UPPER) != 0;
    if (n1 && upper) n1 = 0;                      /* "sénateur PS" */
    if (n1 && S_free(c, j, n1) && !(n1 == j + 1 && c->place[j] >= 0 && S_common(d, j))) {
        dp_entity *e = S_person(c, j, n1, i, tl, sector, g, i, j > i + tl ? j : i);
        S_apposition(c, e, n1, end);
        return n1 - i;
    }
    /* role phrase, comma, name */
    uint32_t ti, tl2;
    char g2 = 0;
    uint32_t r1 = S_role_after(c, i, end, &ti, &tl2, sector, &g2);
    if (!r1 || r1 >= end || r1 - i > 14 || S_t(d, r1)->norm[0] != ',') return 0;
    n1 = S_name_end(d, r1 + 1, end);
    if (!n1 || !S_free(c, r1 + 1, n1)) return 0;
    if (n1 == r1 + 2 && S_common(d, r1 + 1)) return 0;
    if (n1 < end && !(S_t(d, n1)->kind == DP_TOK_PUNCT) && !(S_t(d, n1)->pos & DP_POS_V))
        return 0;
    S_person(c, r1 + 1, n1, ti, tl2, sector, g2 ? g2 : g, ti, r1);
    return n1 - i;
}

/* 1 when a capitalised word lies in [T0, T1).                            */
static int S_any_cap(const dp_doc *d, uint32_t t0, uint32_t t1)
{
    for (uint32_t k = t0; k < t1; k++)
        if (S_cap(d, k)) return 1;
    return 0;
}

/* Acronym defined in parentheses after its long form: "... (CTS)"; with
 * the tagger, only a long form with a capital names an organisation, and
 * an acronym after a tagged name joins that name's entity.               */
static void S_acronyms(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t x = 0; x < c->nupper; x++) {
        uint32_t i = c->upper[x];
        if (i < 2 || i + 1 >= d->toks.n) continue;
        const dp_token *a = S_t(d, i);
        if (!(a->flags & DP_TF_UPPER) || a->kind != DP_TOK_WORD ||
            strcmp(S_t(d, i - 1)->norm, "(") || strcmp(S_t(d, i + 1)->norm, ")"))
            continue;
        size_t want = strlen(a->norm);
        if (want < 2 || want > 8) continue;
        /* walk back over content words until the acronym's letters are covered */
        uint32_t j = i - 1;
        size_t got = 0;
        while (j > 0 && got < want && (i - 1) - j < 12) {
            const dp_token *t = S_t(d, j - 1);
            if (t->kind != DP_TOK_WORD || t->sent != a->sent) break;
            j--;
            if (S_det(d, j) || S_is(d, j, "et") || S_is(d, j, "pour") || S_is(d, j, "en"))
                continue;
            got += 1;
            for (const char *p = t->norm; *p; p++) got += (*p == '-');
        }
        while (j < i - 1 && (S_det(d, j) || S_is(d, j, "et"))) j++;
        if (j >= i - 1 || got < want - 1 || !S_free(c, i, i + 1)) continue;
        if (c->tagger && c->ent[i - 2] >= 0 && c->ent[i - 2] == c->ent[j]) {
            /* the tagger named the long form: the acronym is that name */
            S_mention(c, &d->ents.v[c->ent[i - 2]], i, i + 1);
            continue;
        }
        if (c->tagger && !S_any_cap(d, j, i - 1)) continue;  /* "produit intérieur brut (PIB)" */
        const char *v = 0;
        dp_entity *e;
        if (dp_ment_dict(d, "actors", i, i + 1, &v, 1)) {
            int32_t idx = -1;
            if (!S_actor_at(c, i, i + 1, &idx) || idx < 0) continue;
            e = &d->ents.v[idx];
        } else {
            e = S_find_name(c, DP_ENT_ORG, a->norm);
            if (!e) {
                e = S_new(c, DP_ENT_ORG, dp_doc_span_text(d, (dp_tspan){i, i + 1}));
                S_mention(c, e, i, i + 1);
            }
            char cc[4] = "", sec[8] = "";
            for (uint32_t k = j; k < i - 1; k++) {
                const char *sv = 0;
                uint32_t l = dp_ment_longest(d, "agents", k, i - 1, 4, &sv);
                if (l && !sec[0]) S_ncopy(sec, sizeof sec, sv, 7);
                if (!cc[0] && !S_demonym(d, k, cc)) cc[0] = 0;
            }
            if (!cc[0] && sec[0]) memcpy(cc, c->country, 4);
            if (!e->actor.code && (sec[0] || cc[0])) S_set_actor(c, &e->actor, cc, sec);
        }
        if (S_free(c, j, i - 1)) S_mention(c, e, j, i - 1);
    }
}

/* Organisation headed by an org word: "Ministère de la Défense".          */
static uint32_t S_org_seq(S_ctx *c, uint32_t i, uint32_t n1, uint32_t end)
{
    dp_doc *d = c->d;
    const char *v = 0;
    if (!dp_ment_dict(d, "orgheads", i, i + 1, &v, 1)) return 0;
    /* extend over lowercase adjectives and "de la Défense"-style complements */
    uint32_t j = n1;
    char cc[4] = "";
    while (j < end && j - n1 < 3 && S_word(d, j) && !S_cap(d, j) &&
           (S_t(d, j)->pos & DP_POS_ADJ) && !(S_t(d, j)->pos & DP_POS_V))
        j++;
    char alone[8];
    S_field(v, 1, alone, sizeof alone);
    if (j == i + 1 && n1 == i + 1 && strcmp(alone, "alone")) return 0;   /* a lone "Conseil" */
    for (uint32_t k = i; k < j; k++)
        if (!cc[0] && !S_demonym(d, k, cc)) cc[0] = 0;
    char sec[8];
    S_field(v, 0, sec, sizeof sec);
    if (!cc[0] && strcmp(sec, "-")) memcpy(cc, c->country, 4);
    const char *name = dp_doc_span_text(d, (dp_tspan){i, j});
    dp_entity *e = S_find_name(c, DP_ENT_ORG, name);
    if (!e) {
        e = S_new(c, DP_ENT_ORG, name);
        S_set_actor(c, &e->actor, cc, sec);
    }
    S_mention(c, e, i, j);
    return j - i;
}

/* Whether [n0, n1) looks like a person's name by itself.                  */
static int S_looks_person(S_ctx *c, uint32_t n0, uint32_t n1)
{
    dp_doc *d = c->d;
    const char *v;
    if (n1 - n0 < 2) return 0;
    int first = dp_ment_dict(d, "firstnames", n0, n0 + 1, &v, 1) ||
                ((S_t(d, n0)->pos & DP_POS_NP) && !S_common(d, n0) && c->place[n0] < 0);
    int arabic = 0, caps = 0, allplace = 1;
    for (uint32_t k = n0; k < n1; k++) {
        const dp_token *t = S_t(d, k);
        if (S_connector(d, k)) continue;
        int function = (t->pos & (DP_POS_DET | DP_POS_PREP | DP_POS_PRO | DP_POS_CONJ)) &&
                       !(t->pos & DP_POS_NP);
        if ((S_common(d, k) && !(t->pos & DP_POS_NP) && k > n0 && !first &&
             (strlen(t->norm) > 3 || k + 1 == n1)) ||
            (function && k + 1 == n1) ||
            (t->flags & (DP_TF_UPPER | DP_TF_ABBREV)))
            return 0;
        if (k == n0 && S_common(d, k) && !first) return 0;
        if (c->place[k] < 0) allplace = 0;
        if (!(t->flags & DP_TF_CAP) || !strncmp(t->norm, "al-", 3) ||
            !strncmp(t->norm, "el-", 3))
            arabic = 1;
        caps++;
    }
    if (caps < 2 || allplace) return 0;
    /* first-name evidence, or an Arabic-style name ("Saleh al-Joubouri"),
     * or two or three words the lexicon does not know at all ("Jacline
     * Mouraud") */
    int unknown = caps <= 3;
    for (uint32_t k = n0; k < n1; k++)
        if (!S_connector(d, k) && (S_t(d, k)->pos || c->place[k] >= 0)) unknown = 0;
    return first || arabic || unknown;
}

static int S_after_cue(const dp_doc *d, uint32_t i)
{
    return i > 0 && dp_ment_quote_verb(d, i - 1);
}

/* A capitalised sequence at I.  Returns tokens consumed (>= 1).           */
static uint32_t S_capitalised(S_ctx *c, uint32_t i, uint32_t end)
{
    dp_doc *d = c->d;
    const dp_token *t = S_t(d, i);
    uint32_t n0 = i;
    int start = (t->flags & DP_TF_SENT_START) || i == 0 ||
                S_t(d, i - 1)->kind == DP_TOK_QUOTE_OPEN ||
                S_t(d, i - 1)->kind == DP_TOK_DASH ||
                (S_t(d, i - 1)->kind == DP_TOK_PUNCT && strchr(".!?:", S_t(d, i - 1)->norm[0]));
    const char *v;
    if (start && S_common(d, i) && !dp_ment_dict(d, "orgheads", i, i + 1, &v, 1) &&
        !dp_ment_dict(d, "firstnames", i, i + 1, &v, 1))
        return 1;
    char cc[4];
    if (S_demonym(d, n0, cc) && S_cap(d, n0 + 1) && n0 + 1 < end &&
        S_name_end(d, n0 + 1, end) > n0 + 2)
        return 1;                         /* "la Française Clarisse X" */
    uint32_t n1 = S_name_end(d, n0, end);
    if (!n1 || !S_free(c, n0, n1)) return 1;
    if (n1 - n0 >= 3 && !dp_ment_dict(d, "firstnames", n0, n0 + 1, &v, 1) &&
        dp_ment_dict(d, "firstnames", n0 + 1, n0 + 2, &v, 1))
        return 1;                         /* "Rouen Dominique Lebrun" */
    /* whole sequence a place: left to the places */
    int allplace = 1;
    for (uint32_t k = n0; k < n1; k++)
        if (!S_connector(d, k) && c->place[k] < 0) allplace = 0;
    uint32_t l = S_org_seq(c, n0, n1, end);
    if (l) return l;
    if (allplace && !S_after_cue(d, n0)) return n1 - n0;
    if (S_after_cue(d, n0) || S_looks_person(c, n0, n1)) {
        if (n1 - n0 == 1 && (S_common(d, n0) || c->place[n0] >= 0)) return 1;
        dp_entity *e = S_person(c, n0, n1, 0, 0, 0, 0, 0, 0);
        S_apposition(c, e, n1, end);
        return n1 - n0;
    }
    return n1 - n0;
}


/* Single capitalised tokens that repeat a known surname or acronym.       */
static void S_corefs(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t i = 0; i < d->toks.n; i++) {
        if (c->used[i] || !S_cap(d, i)) continue;
        uint32_t n1 = S_name_end(d, i, (uint32_t)S_sent_end(d, i));
        if (!n1 || !S_free(c, i, n1)) continue;
        uint32_t j = n1 - 1;      /* the last token carries the surname */
        dp_entity *e = n1 - i > 1 ? S_find_person(c, i, n1) : 0;
        if (e) {                  /* "Edouard Philippe" again */
            S_mention(c, e, i, n1);
            i = n1 - 1;
            continue;
        }
        e = S_find_person(c, j, n1);
        if (e && (n1 - i == 1 || S_looks_person(c, i, n1))) {
            S_mention(c, e, i, n1);
            i = n1 - 1;
            continue;
        }
        if (n1 - i > 2) i = n1 - 2;   /* retry only the last word */
    }
}

/* Later uses of an acronym or organisation name written in capitals.    */
static void S_acronym_repeats(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t x = 0; x < c->nupper; x++) {
        uint32_t i = c->upper[x];
        if (c->used[i] || !S_word(d, i) || !(S_t(d, i)->flags & DP_TF_UPPER)) continue;
        char k[KEYCAP + 8];
        int32_t e = S_hget(&c->names, S_kf(k, sizeof k, "A", S_t(d, i)->norm));
        if (e >= 0) S_mention(c, &d->ents.v[e], i, i + 1);
    }
}

/* "ministère de l'Intérieur": a lowercase org head with a capitalised
 * complement.                                                             */
static void S_lower_orgs(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t i = 0; i + 2 < d->toks.n; i++) {
        const char *v;
        if (c->used[i] || S_cap(d, i) || !S_word(d, i) ||
            !dp_ment_dict(d, "orgheads", i, i + 1, &v, 1))
            continue;
        uint32_t end = (uint32_t)S_sent_end(d, i), j = i + 1;
        while (j < end && j - i < 4 && (S_is(d, j, "de") || S_is(d, j, "du") ||
                                         S_is(d, j, "des") || S_is(d, j, "l'") ||
                                         S_is(d, j, "la") || S_is(d, j, "d'")))
            j++;
        if (j == i + 1 || !S_cap(d, j) || c->place[j] >= 0) continue;
        uint32_t n1 = S_name_end(d, j, end);
        if (!n1 || !S_free(c, i, n1)) continue;
        const char *name = dp_doc_span_text(d, (dp_tspan){i, n1});
        dp_entity *e = S_find_name(c, DP_ENT_ORG, name);
        if (!e) {
            char sec[8], cc[4] = "";
            S_field(v, 0, sec, sizeof sec);
            if (n1 < end && S_demonym(d, n1, cc)) n1++;
            else if (strcmp(sec, "-")) memcpy(cc, c->country, 4);
            e = S_new(c, DP_ENT_ORG, dp_doc_span_text(d, (dp_tspan){i, n1}));
            S_set_actor(c, &e->actor, cc, sec);
        }
        S_mention(c, e, i, n1);
        i = n1 - 1;
    }
}

/* Capitalised acronyms not defined in the text (PS, SNCF, TF1): ORG.     */
static void S_upper_orgs(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t i = 0; i < d->toks.n; i++) {
        const dp_token *t = S_t(d, i);
        size_t n = strlen(t->norm);
        if (c->used[i] || t->kind != DP_TOK_WORD || !(t->flags & DP_TF_UPPER) ||
            n < 2 || n > 7 || c->place[i] >= 0 || (t->pos & ~(uint32_t)DP_POS_NP) ||
            (t->flags & DP_TF_IN_QUOTE))
            continue;
        if (strspn(t->norm, "ivxlc") == n) continue;          /* roman numerals */
        if (strpbrk(t->norm, "0123456789")) continue;          /* flight numbers */
        const char *v;
        if (dp_ment_dict(d, "common_acronyms", i, i + 1, &v, 1)) continue;
        /* a run of capitals is a shouted headline, not an acronym */
        if ((i > 0 && (S_t(d, i - 1)->flags & DP_TF_UPPER)) ||
            (i + 1 < d->toks.n && (S_t(d, i + 1)->flags & DP_TF_UPPER)))
            continue;
        const char *name = dp_doc_span_text(d, (dp_tspan){i, i + 1});
        dp_entity *e = S_find_name(c, DP_ENT_ORG, name);
        if (!e) e = S_new(c, DP_ENT_ORG, name);
        S_mention(c, e, i, i + 1);
    }
}

/* "le Premier ministre" with no name after it: the one person of the
 * document already introduced with that title.                          */
static void S_title_corefs(S_ctx *c)
{
    dp_doc *d = c->d;
    /* title key -> its one person (-2 when several share it) */
    size_t titled = 0;
    for (size_t e = 0; e < d->ents.n; e++) {
        dp_entity *x = &d->ents.v[e];
        char k[KEYCAP], k2[KEYCAP + 8];
        if (x->type != DP_ENT_PER || x->title_span.t1 <= x->title_span.t0 ||
            !dp_ment_key(d, x->title_span.t0, x->title_span.t1, k, sizeof k))
            continue;
        S_kf(k2, sizeof k2, "X", k);
        S_hput(c, &c->names, k2, S_hget(&c->names, k2) == -1 ? (int32_t)e : -2, 1);
        titled++;
    }
    if (!titled) return;    /* no title key: no title below finds a person */
    for (uint32_t x = 0, from = 1; x < c->nafterl; x++) {
        uint32_t i = c->afterl[x];              /* le, la, l' before it */
        if (i < from || c->used[i]) continue;
        char sec[8], g;
        uint32_t end = (uint32_t)S_sent_end(d, i);
        uint32_t tl = S_title_at(c, i, end, sec, &g);
        if (!tl || !S_free(c, i, i + tl) || S_cap(d, i + tl) || S_is(d, i + tl, "de") ||
            S_is(d, i + tl, "du") || S_is(d, i + tl, "d'") || S_is(d, i + tl, "des"))
            continue;
        char k[KEYCAP], k2[KEYCAP + 8];
        if (!dp_ment_key(d, i, i + tl, k, sizeof k)) continue;
        int32_t e = S_hget(&c->names, S_kf(k2, sizeof k2, "X", k));
        dp_entity *hit = e >= 0 ? &d->ents.v[e] : 0;
        if (hit && hit->mentions.n && hit->mentions.v[0].t0 < i) S_mention(c, hit, i, i + tl);
        from = i + tl;
    }
}

/* 0 when S_nominal finds nothing at I: neither capitalised (S_cap needs
 * one or a hyphen) nor an agent's start (S_longest); the cheapest test
 * first, in the stage's loop.                                            */
static inline int S_nominal_may(const S_ctx *c, uint32_t i)
{
    return (S_t(c->d, i)->flags & DP_TF_CAP) || S_may_start(c, i, DP_NER_AGENTS);
}

/* Nominal actor group at I: agent noun + adjectives + demonym, or
 * agent noun + "de/du" + a coded organisation; "les Irakiens".           */
static uint32_t S_nominal(S_ctx *c, uint32_t i, uint32_t end, int32_t *map)
{
    dp_doc *d = c->d;
    char cc[4] = "", sec[8] = "";
    if (!S_nominal_may(c, i) || i == 0 || !S_det(d, i - 1)) return 0;
    if (S_cap(d, i) && S_demonym(d, i, cc)) {
        /* "les Irakiens": the people of a country */
        if (!S_is(d, i - 1, "les") && !S_is(d, i - 1, "des") && !S_is(d, i - 1, "aux"))
            return 0;
        if (c->tagger && dp_ner_type(c->tag[i]) == DP_ENT_LOC)
            return 0;            /* "les Philippines": the tagger read a place */
        const char *name = dp_doc_span_text(d, (dp_tspan){i, i + 1});
        dp_entity *e = S_find_name(c, DP_ENT_MISC, name);
        if (!e) {
            e = S_new(c, DP_ENT_MISC, name);
            e->nominal = 1;
            S_set_actor(c, &e->actor, cc, 0);
        }
        S_mention(c, e, i, i + 1);
        return 1;
    }
    const char *v = 0;
    if (S_cap(d, i)) return 0;
    uint32_t l = S_longest(c, DP_NER_AGENTS, i, end, 4, &v);
    if (!l) return 0;
    S_ncopy(sec, sizeof sec, v, 7);
    uint32_t j = i + l;
    dp_entity *org = 0;
    while (j < end && j - (i + l) < 3 && S_word(d, j) && !S_cap(d, j)) {
        if (S_demonym(d, j, cc)) { j++; break; }
        if (!(S_t(d, j)->pos & (DP_POS_ADJ | DP_POS_VPP)) || (S_t(d, j)->pos & DP_POS_NC))
            break;
        j++;
    }
    if (!cc[0]) j = i + l;
    if (!cc[0] && j + 1 < end && (S_is(d, j, "du") || S_is(d, j, "de") || S_is(d, j, "d'")) &&
        map[j + 1] >= 0 && d->ents.v[map[j + 1]].actor.code &&
        (d->ents.v[map[j + 1]].type == DP_ENT_ORG || d->ents.v[map[j + 1]].type == DP_ENT_MISC)) {
        org = &d->ents.v[map[j + 1]];
    }
    static const char *national[] = {"MIL", "COP", "GOV", "SPY", "LEG", "JUD", 0};
    int nat = 0;
    for (int k = 0; national[k]; k++) nat |= !strcmp(sec, national[k]);
    if (!cc[0] && !org && nat) return 0;   /* "les forces" alone: unknown whose */
    if (!S_free(c, i, j)) return 0;
    char key[KEYCAP];
    if (!dp_ment_key(d, i, j, key, sizeof key)) return 0;
    uint32_t ne = j;
    if (org)
        for (ne = j + 1; ne < end && map[ne] == map[j + 1]; ne++) {}
    const char *name = dp_doc_span_text(d, (dp_tspan){i, ne});
    char hk[KEYCAP + 8];
    int32_t x = S_hget(&c->names, S_kf(hk, sizeof hk, "N", key));
    dp_entity *e = x >= 0 ? &d->ents.v[x] : 0;
    if (!e) {
        dp_actor oa = org ? org->actor : (dp_actor){0};
        e = S_new(c, DP_ENT_ORG, name);
        e->nominal = 1;
        if (org) e->actor = oa;
        else S_set_actor(c, &e->actor, cc, sec);
        S_hput(c, &c->names, hk, (int32_t)(e - d->ents.v), 0);
    }
    S_mention(c, e, i, j);
    return j - i;
}

/* 1 when the tagger (if any) sees a name somewhere in [T0, T1).         */
static int S_tagged_any(const S_ctx *c, uint32_t t0, uint32_t t1)
{
    if (!c->tagger) return 1;
    for (uint32_t i = t0; i < t1; i++)
        if (c->tag[i]) return 1;
    return 0;
}

/* Drop place mentions that overlap a PER/ORG/MISC mention, drop places left
 * without mentions, then make one LOC entity per place.                  */
static void S_places(S_ctx *c)
{
    dp_doc *d = c->d;
    size_t w = 0;
    for (size_t p = 0; p < d->places.n; p++) {
        dp_place *pl = &d->places.v[p];
        size_t mw = 0;
        for (size_t m = 0; m < pl->mentions.n; m++) {
            dp_tspan s = pl->mentions.v[m];
            if (s.t1 > s.t0 && S_free(c, s.t0, s.t1) && S_tagged_any(c, s.t0, s.t1))
                pl->mentions.v[mw++] = s;
        }
        pl->mentions.n = mw;
        if (mw) d->places.v[w++] = *pl;
    }
    d->places.n = w;
    for (size_t p = 0; p < d->places.n; p++) {
        dp_place *pl = &d->places.v[p];
        const char *name = pl->rec.name && *pl->rec.name
                               ? pl->rec.name : dp_doc_span_text(d, pl->mentions.v[0]);
        dp_entity *e = S_new(c, DP_ENT_LOC, name);
        e->place = (int32_t)p;
        pl->entity = (int32_t)(d->ents.n - 1);
        for (size_t m = 0; m < pl->mentions.n; m++)
            S_mention(c, e, pl->mentions.v[m].t0, pl->mentions.v[m].t1);
        if (pl->precision && !strcmp(pl->precision, "country")) {
            char cc3[4];
            if (dp_country_cc3(d->model, pl->rec.cc, cc3) == 0)
                S_set_actor(c, &e->actor, cc3, 0);
        }
    }
}

/* Mentions of place P that are not, word for word, an organisation of the
 * actors dictionary: a gazetteer town named like a seat of power ("la
 * Maison Blanche", also a suburb of Algiers) is the organisation, and the
 * dictionary's reading wins in S_places; it must not make the article's
 * country before that (it still counts among all mentions).              */
static size_t S_place_mentions(const S_ctx *c, const dp_place *pl)
{
    size_t n = 0;
    for (size_t m = 0; m < pl->mentions.n; m++) {
        dp_tspan s = pl->mentions.v[m];
        const char *v = 0;
        if (s.t1 <= s.t0 || S_longest(c, DP_NER_ACTORS, s.t0, s.t1, 6, &v) != s.t1 - s.t0) n++;
    }
    return n;
}

/* Country of most place mentions when it has at least half of them.      */
static void S_dominant(S_ctx *c)
{
    dp_doc *d = c->d;
    struct { char cc[3]; size_t n; } tab[64];
    size_t nt = 0, total = 0, best = 0, bi = 0;
    for (size_t p = 0; p < d->places.n; p++) {
        const char *cc = d->places.v[p].rec.cc;
        size_t n = S_place_mentions(c, &d->places.v[p]), k = 0;
        total += d->places.v[p].mentions.n;
        if (!cc[0]) continue;
        while (k < nt && strcmp(tab[k].cc, cc)) k++;
        if (k == nt) {
            if (nt == 64) continue;
            memcpy(tab[nt].cc, cc, 3);
            tab[nt++].n = 0;
        }
        tab[k].n += n;
        if (tab[k].n > best) { best = tab[k].n; bi = k; }
    }
    c->country[0] = 0;                  /* dp_country_cc3 writes only a code */
    if (best >= 2 && 2 * best >= total) dp_country_cc3(d->model, tab[bi].cc, c->country);
}

/* Each entity's mentions in text order.                                  */
static void S_sort_mentions(dp_doc *d)
{
    for (size_t e = 0; e < d->ents.n; e++) {
        dp_tspan *m = d->ents.v[e].mentions.v;
        for (size_t i = 1; i < d->ents.v[e].mentions.n; i++) {
            dp_tspan x = m[i];
            size_t j = i;
            while (j > 0 && m[j - 1].t0 > x.t0) { m[j] = m[j - 1]; j--; }
            m[j] = x;
        }
    }
}

static void S_init(S_ctx *c, dp_doc *d)
{
    memset(c, 0, sizeof *c);
    c->d = d;
    c->used = dp_arena_alloc(&d->arena, d->toks.n + 1);
    c->ent = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *c->ent);
    c->upper = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *c->upper);
    c->afterl = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *c->afterl);
    for (size_t i = 0; i < d->toks.n; i++) {
        const dp_token *t = S_t(d, (uint32_t)i);
        c->ent[i] = -1;
        if ((t->flags & DP_TF_UPPER) && t->kind == DP_TOK_WORD) c->upper[c->nupper++] = (uint32_t)i;
        const char *a = t->norm;
        if (a[0] == 'l' && (a[1] == 'e' || a[1] == 'a' || a[1] == '\'') && !a[2] &&
            i + 1 < d->toks.n)  /* "le", "la", "l'" */
            c->afterl[c->nafterl++] = (uint32_t)i + 1;
    }
    c->ent[d->toks.n] = 0;
    c->tag = dp_arena_alloc_raw(&d->arena, d->toks.n + 1);   /* the tagger clears it */
    c->tag[d->toks.n] = 0;
    c->nx = dp_ner_prepare(d);
    S_dominant(c);
    c->tagger = dp_ner_tag_prepared(c->nx, c->tag);
    /* token -> place: the tagger's table, made by dp_ner_prepare (theirs
     * after the tagging: S_place_bounds changes it)                      */
    c->place = dp_ner_places(c->nx);
    c->place[d->toks.n] = 0;
}

/* End of the tagger's span starting at I (0 when no span starts there).  */
static uint32_t S_tag_end(const S_ctx *c, uint32_t i)
{
    int t = c->tag[i];
    if (!t || dp_ner_inside(t)) return 0;
    uint32_t j = i + 1;
    while (j < c->d->toks.n && dp_ner_inside(c->tag[j]) &&
           dp_ner_type(c->tag[j]) == dp_ner_type(t))
        j++;
    return j;
}

static int S_any_place(const S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t i = t0; i < t1; i++)
        if (c->place[i] >= 0) return 1;
    return 0;
}

static int S_all_place(const S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t i = t0; i < t1; i++)
        if (c->place[i] < 0) return 0;
    return 1;
}

/* Title (and demonyms) right before token I: "le général", "le ministre
 * irakien".  Returns the title's first token, or I when none.            */
static uint32_t S_title_before(const S_ctx *c, uint32_t i, uint32_t *tl, char *sector, char *g)
{
    const dp_doc *d = c->d;
    uint32_t k = i;
    char cc[4];
    while (k > 0 && i - k < 2 && !S_cap(d, k - 1) && S_demonym(d, k - 1, cc)) k--;
    for (uint32_t ti = k; ti-- > 0 && k - ti <= 5;) {
        uint32_t l = S_title_at(c, ti, k, sector, g);
        if (l && ti + l == k) { *tl = l; return ti; }
        if (d->toks.v[ti].kind != DP_TOK_WORD) break;
    }
    *tl = 0;
    return i;
}

/* A role phrase ending with a comma right before token I: "le maire de
 * Qayyarah, Saleh al-Joubouri".  Returns its first token, or I.         */
static uint32_t S_role_before(const S_ctx *c, uint32_t i, uint32_t *ti, uint32_t *tl,
                              char *sector, char *g)
{
    const dp_doc *d = c->d;
    if (i < 2 || strcmp(S_t(d, i - 1)->norm, ",")) return i;
    for (uint32_t k = i - 1; k-- > 0 && i - k <= 16;) {
        if (S_t(d, k)->kind == DP_TOK_PUNCT) break;
        uint32_t r1 = S_role_after(c, k, i, ti, tl, sector, g);
        if (r1 == i - 1) return k;
    }
    return i;
}

/* Actor coding of a tagged organisation: the actor dictionary's entry for
 * the whole name, else its head word's sector (orgheads.tsv).          */
static void S_org_actor(S_ctx *c, dp_entity *e, uint32_t i, uint32_t j)
{
    dp_doc *d = c->d;
    const char *v = 0;
    char code[24], cc[8], sec[8];
    if (dp_ment_dict(d, "actors", i, j, &v, 1)) {
        S_field(v, 2, code, sizeof code);
        S_field(v, 3, cc, sizeof cc);
        S_field(v, 4, sec, sizeof sec);
        S_set_actor(c, &e->actor, cc, sec);
        if (code[0]) e->actor.code = dp_arena_strdup(&d->arena, code);
    } else if (dp_ment_dict(d, "orgheads", i, i + 1, &v, 1)) {
        char cc3[4] = "";
        S_field(v, 0, sec, sizeof sec);
        if (j < d->toks.n && S_demonym(d, j, cc3)) {}
        else if (strcmp(sec, "-")) memcpy(cc3, c->country, 4);
        S_set_actor(c, &e->actor, cc3, sec);
    }
}

/* An organisation (or MISC name) the tagger found at [I, J): an actor
 * dictionary alias joins its entry's entity ("Daech", "État islamique").  */
static void S_tagged_org(S_ctx *c, dp_ent_type ty, uint32_t i, uint32_t j)
{
    dp_doc *d = c->d;
    const char *v = 0, *name = dp_doc_span_text(d, (dp_tspan){i, j});
    char canon[160], type[8];
    if (dp_ment_dict(d, "actors", i, j, &v, 1)) {
        S_field(v, 0, canon, sizeof canon);
        S_field(v, 1, type, sizeof type);
        name = dp_arena_strdup(&d->arena, canon);
        ty = strcmp(type, "MISC") ? DP_ENT_ORG : DP_ENT_MISC;
    }
    dp_entity *e = S_find_name(c, ty, name);
    if (!e) {
        e = S_new(c, ty, name);
        S_org_actor(c, e, i, j);
    }
    S_mention(c, e, i, j);
}

/* A person the tagger found at [I, J), with a title or role before it.  */
static void S_tagged_person(S_ctx *c, uint32_t i, uint32_t j, uint32_t end)
{
    char sector[8] = "", g = 0;
    uint32_t tl = 0, ti = S_title_before(c, i, &tl, sector, &g);
    dp_entity *e;
    if (tl) {
        e = S_person(c, i, j, ti, tl, sector, g, ti, i > ti + tl ? i : ti);
    } else {
        uint32_t rt, rl, r0 = S_role_before(c, i, &rt, &rl, sector, &g);
        e = r0 < i ? S_person(c, i, j, rt, rl, sector, g, rt, i - 1)
                   : S_person(c, i, j, 0, 0, 0, 0, 0, 0);
    }
    S_apposition(c, e, j, end);
}

/* Place mentions overlapping the tagger's place [I, J) take its bounds
 * ("Caroline du Nord", not "Caroline"); the first one keeps them, the
 * others are emptied.                                                    */
static void S_place_bounds(S_ctx *c, uint32_t i, uint32_t j)
{
    dp_doc *d = c->d;
    int32_t first = -1;         /* the place whose mention keeps the bounds */
    uint32_t a = i, b = j;      /* the tokens whose covering mentions changed */
    for (size_t p = 0; p < d->places.n; p++)
        for (size_t k = 0; k < d->places.v[p].mentions.n; k++) {
            dp_tspan *m = &d->places.v[p].mentions.v[k];
            if (m->t1 <= i || m->t0 >= j || m->t1 <= m->t0) continue;
            if (m->t0 < a) a = m->t0;
            if (m->t1 > b) b = m->t1;
            m->t0 = first >= 0 ? 0 : i;
            m->t1 = first >= 0 ? 0 : j;
            if (first < 0) first = (int32_t)p;
        }
    /* a token covered by some mention has the last one's place (S_init,
     * and here); only the tokens of [A, B) can have another one now (the
     * rest of a shortened mention keeps its place when none covers it).
     * Within [I, J) only FIRST's mention is left: when the changed
     * mentions lay inside it, that is all                                */
    if (a == i && b == j) {
        for (uint32_t k = i; k < j; k++) c->place[k] = first;
        return;
    }
    for (uint32_t k = i; k < j; k++) c->place[k] = -1;
    for (size_t p = 0; p < d->places.n; p++)
        for (size_t k = 0; k < d->places.v[p].mentions.n; k++) {
            dp_tspan m = d->places.v[p].mentions.v[k];
            uint32_t x0 = m.t0 > a ? m.t0 : a, x1 = m.t1 < b ? m.t1 : b;
            for (uint32_t x = x0; x < x1; x++) c->place[x] = (int32_t)p;
        }
}

/* The tagger's names: persons (with coreference, titles and roles),
 * organisations, MISC, and places the place stage did not find.         */
static void S_tagged(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t i = 0; i < d->toks.n; i++) {
        uint64_t o;                     /* eight O tags start no name: past them */
        while (i + 8 <= d->toks.n && (memcpy(&o, c->tag + i, sizeof o), !o)) i += 8;
        if (i >= d->toks.n) break;
        uint32_t j = S_tag_end(c, i);
        if (!j) continue;
        if (!S_free(c, i, j)) { i = j - 1; continue; }
        dp_ent_type ty = (dp_ent_type)dp_ner_type(c->tag[i]);
        uint32_t end = (uint32_t)S_sent_end(d, i);
        char cc[4];
        dp_entity *pe;
        if ((ty == DP_ENT_LOC || ty == DP_ENT_MISC) && j == i + 1 && !S_any_place(c, i, j) &&
            (pe = S_find_person(c, i, j)) && pe->type == DP_ENT_PER) {
            /* "Carles Puigdemont ... alors que Puigdemont était": a single
             * word that repeats the surname of a person named before, and
             * that no gazetteer place holds, is that person where the
             * tagger read a place or a MISC name; an organisation stays one
             * (the firm named after its founder: "François Michelin ...
             * Michelin va fermer") */
            S_mention(c, pe, i, j);
        } else if (ty == DP_ENT_PER) {
            S_tagged_person(c, i, j, end);
        } else if (ty == DP_ENT_LOC) {
            if (S_any_place(c, i, j)) { S_place_bounds(c, i, j); i = j - 1; continue; }
            const char *name = dp_doc_span_text(d, (dp_tspan){i, j});
            dp_entity *e = S_find_name(c, DP_ENT_LOC, name);
            if (!e) e = S_new(c, DP_ENT_LOC, name);
            S_mention(c, e, i, j);
        } else if (!(ty == DP_ENT_MISC && S_any_place(c, i, j) && !S_all_place(c, i, j)) &&
                   !(ty == DP_ENT_MISC && j == i + 1 && S_demonym(d, i, cc))) {
            /* places inside "bataille de Mossoul" stay places (but a
             * MISC name that is all place, "Haskell", is not one); "les
             * Irakiens" is left to the nominal groups (with its country) */
            S_tagged_org(c, ty, i, j);
        }
        i = j - 1;
    }
}

/* Capitalised names by the rules alone (a model without tagger weights). */
static void S_rule_names(S_ctx *c)
{
    dp_doc *d = c->d;
    for (uint32_t i = 0; i < d->toks.n; i++) {
        if (c->used[i] || !S_word(d, i)) continue;
        uint32_t l = S_titled_person(c, i, (uint32_t)S_sent_end(d, i));
        if (l) i += l - 1;
    }
    for (uint32_t i = 0; i < d->toks.n; i++) {
        if (c->used[i] || !S_cap(d, i)) continue;
        uint32_t l = S_capitalised(c, i, (uint32_t)S_sent_end(d, i));
        i += l - 1;
    }
    S_lower_orgs(c);
}

void dp_stage_entities(dp_doc *d)
{
    if (!d->toks.n) return;
    S_ctx c;
    S_init(&c, d);
    /* 1. the tagger's names (with titles, roles, actor codes), dictionary
     *    actors (only common-noun ones when the tagger named the rest) and
     *    acronym definitions */
    if (c.tagger) S_tagged(&c);
    /* every word is asked: the tokens read in place (the stage adds none),
     * S_actor_at's first tests (the tagger's capitalised words, S_may_start)
     * written out before its call */
    const dp_token *tv = d->toks.v;
    const uint32_t ntok = (uint32_t)d->toks.n;
    const int tagger = c.tagger;
    for (uint32_t i = 0; i < ntok; i++) {
        const dp_token *t = &tv[i];
        if (t->kind != DP_TOK_WORD || (tagger && (t->flags & DP_TF_CAP))) continue;
        if (!(t->flags & (DP_TF_ELISION | DP_TF_HYPHEN)) && !dp_ner_dict_at(c.nx, i, DP_NER_ACTORS))
            continue;
        uint32_t l = S_actor_at(&c, i, (uint32_t)S_sent_end(d, i), 0);
        if (l) i += l - 1;
    }
    S_acronyms(&c);
    S_acronym_repeats(&c);
    /* 2. without a tagger: titled persons, capitalised sequences */
    if (!c.tagger) S_rule_names(&c);
    /* 3. repeated surnames and acronyms */
    if (!c.tagger) S_corefs(&c);
    if (!c.tagger) S_upper_orgs(&c);
    S_title_corefs(&c);
    /* 4. nominal actor groups */
    for (uint32_t i = 0; i < ntok; i++) {   /* (S_word, S_nominal_may written out) */
        const dp_token *t = &tv[i];
        if (c.used[i] || t->kind != DP_TOK_WORD) continue;
        if (!(t->flags & (DP_TF_CAP | DP_TF_ELISION | DP_TF_HYPHEN)) &&
            !dp_ner_dict_at(c.nx, i, DP_NER_AGENTS))
            continue;
        uint32_t l = S_nominal(&c, i, (uint32_t)S_sent_end(d, i), c.ent);
        if (l) i += l - 1;
    }
    /* 5. places */
    S_places(&c);
    S_sort_mentions(d);
}
