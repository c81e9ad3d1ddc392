/*
 * event/event.c -- event coding, the last stage of the pipeline.
 *
 * For every sentence (repeated passages excepted) it finds the event
 * triggers of data/lexicon/triggers.tsv -- verbs by lemma, event nouns,
 * support-verb constructions ("lancer une offensive"), an event noun with a
 * purpose infinitive ("une opération pour reprendre X") -- and reads their
 * arguments off a shallow clause analysis: the subject of the verb group
 * (or the "par" agent of a passive) is the actor, the direct object or the
 * complement of the lexicon's prepositions the recipient; places, dates,
 * people counts, modality and sources come from the same clause and
 * sentence.  Finally the records that tell one real-world event again
 * (anaphoric "l'opération", the lead retold in the body) are merged.
 */
#include "event.h"
#include "text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nearly every compare of this file is a word against a string constant
 * ("de", "armed", "REQUEST"), asked at token after token.  With a constant
 * of fewer than 16 bytes (its length known to the compiler, also through
 * S_in's lists once inlined) strcmp and strncmp are written out below as
 * byte compares that stop at the first difference: no call, the constant's
 * bytes folded into the code.  Any other compare calls the library's.  The
 * answers are strcmp's and strncmp's (same sign; only signs are read).
 *
 * Not under a sanitizer (the ASan build of the tests, the fuzz targets) or
 * with -DDP_EVENT_PLAIN_CMP: there the compares are the library's and the
 * readers below (S_HOT) plain inline functions.  Every inlined reader
 * carries both arms of the macros until the compiler decides which holds,
 * and the instrumented arms made clang spend more than ten minutes on this
 * file (without the macros and the forced inlining, about a minute); the
 * answers are the same, only the code differs.                           */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define DP_EVENT_PLAIN_CMP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer) || \
    __has_feature(undefined_behavior_sanitizer)
#define DP_EVENT_PLAIN_CMP 1
#endif
#endif
#ifdef DP_EVENT_PLAIN_CMP
#define S_HOT static inline
#else
#define S_HOT static inline __attribute__((always_inline))
static inline __attribute__((always_inline)) int S_cmp_short(const char *a, const char *b, size_t n, int whole)
{
#define S_CMP_STEP(k)                                                               \
    if ((k) < n && a[k] != b[k]) return (unsigned char)a[k] - (unsigned char)b[k]; \
    if ((k) + 1 == n && !whole) return 0;                                           \
    if ((k) == n) return (unsigned char)a[k];
    S_CMP_STEP(0) S_CMP_STEP(1) S_CMP_STEP(2) S_CMP_STEP(3)
    S_CMP_STEP(4) S_CMP_STEP(5) S_CMP_STEP(6) S_CMP_STEP(7)
    S_CMP_STEP(8) S_CMP_STEP(9) S_CMP_STEP(10) S_CMP_STEP(11)
    S_CMP_STEP(12) S_CMP_STEP(13) S_CMP_STEP(14) S_CMP_STEP(15)
#undef S_CMP_STEP
    return whole ? (strcmp)(a, b) : (strncmp)(a, b, n);   /* not reached: n < 16 */
}
#define S_CONST_LEN(b) (__builtin_constant_p(strlen(b)) && strlen(b) < 16)
#define strcmp(a, b) (S_CONST_LEN(b) ? S_cmp_short((a), (b), strlen(b), 1) : (strcmp)((a), (b)))
/* a prefix of the constant (n at most its length): "near:", "object:"    */
#define strncmp(a, b, n)                                                                          \
    (S_CONST_LEN(b) && __builtin_constant_p(n) && (size_t)(n) <= strlen(b) && (size_t)(n) > 0     \
         ? S_cmp_short((a), (b), (size_t)(n), 0)                                                 \
         : (strncmp)((a), (b), (n)))
#endif

/* Built with -DDP_EVENT_MEMO_CHECK, every answer the stage reads back from
 * one of its memos (S_verb_memo, S_near_memo, S_group_memo, acthead, partytok, the
 * S_first records' word-list bits, second lemma, S_closed_after and match
 * slots) is computed again and compared, and a difference aborts: a debug check
 * that a memo's key holds all its answer depends on ("make CFLAGS='-O2 -g
 * -DDP_EVENT_MEMO_CHECK'", then annotate a corpus).  Off, it is nothing.  */
#ifdef DP_EVENT_MEMO_CHECK
#define S_MEMO_CHECK(ok) do { if (!(ok)) abort(); } while (0)
#else
#define S_MEMO_CHECK(ok) do { if (0 && !(ok)) abort(); } while (0) /* read, never run */
#endif

/* ---- the lexicon ------------------------------------------------------- */

enum { P_NONE = 0, P_VERB, P_NOUN, P_LIGHT, P_MODAL, P_CUE, P_ARMED, P_PLACEHEAD, P_THING, P_SITE };

#define S_NF 10
/* Lexicon lines (senses) one key may have: every look-up reads this many;
 * tools/mkmodel.c refuses a dictionary key with more (S_DICT_MAXVALS).   */
#define S_SENSES 8
typedef struct S_entry {
    int part;
    const char *f[S_NF];     /* fields after PART; "-" read as NULL        */
} S_entry;

/* Indexes into S_entry.f for trigger entries.                             */
enum { F_EVENT, F_CAMEO, F_ATYPE, F_ASUB, F_MODES, F_CTX, F_ARGS, F_SIZE, F_REQ };

typedef struct S_ment { int32_t ent; dp_tspan sp; } S_ment;

/* S_altset_of's last asks for the document: a word list's address and
 * its parse (a part of a REQUIRE "A&B&C" is cut into a buffer, so the
 * parse's copy must be equal too).                                        */
typedef struct S_altslot { const char *words; const struct S_altset *set; } S_altslot;

/* A word set of data/lexicon/word_sets.tsv asked in the document ("@hazard",
 * at token after token): its name, its list (a model string: its address
 * names it for as long as the document lives) and the list's parse, NULL
 * until asked (S_word_set, S_altset_of).                                  */
#define S_SETNAME 24
typedef struct S_setslot { char name[S_SETNAME]; const char *words; const struct S_altset *set; } S_setslot;
#define S_SETSLOTS 8

typedef struct S_ctx {
    dp_doc *d;
    const dp_token *toks;    /* d->toks.v and d->toks.n: the stage adds no  */
    size_t ntoks;            /* token, S_tok reads them without d           */
    const dp_event_lex *lex;
    int32_t *ment;           /* token -> index in ments of the mention, -1 */
    S_ment *ments;
    size_t nments;
    int32_t *place;          /* token -> d->places index, -1               */
    uint8_t *used;           /* token already part of a trigger            */
    uint8_t *role;           /* token inside a person's role apposition    */
    int32_t *doc_place;      /* token -> place naming a treaty (S_document_names), -1 */
    uint32_t *qstart;        /* sentence -> first of its quotes in qlist   */
    uint32_t *qlist;         /* quote indexes by the sentence they start in */
    int32_t *time_at;        /* token -> d->times index starting there, -1 */
    uint8_t *in_time;        /* token inside a temporal expression          */
    int merged;              /* past S_merge: records may share arg lists   */
    int32_t *qty_at;         /* token -> d->quantities index starting there */
    uint32_t armed_t0;       /* 1 + first token of the sentence armed is of */
    int armed;
    uint32_t accident_t0;    /* 1 + first token of the sentence accident is of */
    int accident;
    int mishap;              /* S_mishap_page: 0 not asked, 1 no, 2 yes    */
    int sport;               /* S_sport_page: the same                     */
    int movement;            /* S_movement_page: 0 not asked, 1 no, 2 yes  */
    int everyday;            /* S_everyday_page: the same                  */
    struct S_memo *keys;     /* lexicon answers by key, for this document */
    size_t nkeys, capkeys;
    struct S_claim *claims;  /* who claims or is credited with an attack  */
    size_t nclaims, capclaims;
    const struct S_match **memo;   /* token -> its S_match_at result, once known */
    uint32_t *memo_s1;       /* token -> the sentence end it was found for */
    const char **lemf;       /* token -> its folded lemma, once computed   */
    int first;               /* lex is the model's: S_first_of may be used  */
    int pro_depth;           /* pronoun antecedents looked up through others */
    uint8_t *det;            /* token -> 1 + S_is_det, 0 not asked yet      */
    uint8_t *acthead;        /* token -> 1 + S_act_head, 0 not asked yet    */
    uint8_t *evhere;         /* token -> 1 + S_event_noun_here, 0 not asked */
    uint8_t *partytok;       /* token -> 1 + S_party_word, 0 not asked yet  */
    uint8_t *relplace;       /* trigger token -> 1 + S_relative_place in its
                                record's sentence (S_relative_apart), 0 not asked */
    struct S_verb_memo *vmemo;   /* S_verb_args' last S_subject, S_complements */
    struct S_near_memo *near;    /* S_near_words' answers                      */
    struct S_group_memo *groups; /* S_group_start's answers                    */
    struct S_first **ftok;   /* token -> S_first_tok, once asked            */
    uint64_t (*qchars)[5];   /* quote -> S_quote_chars, once asked          */
    uint8_t *qchars_known;
    S_altslot altsets[8];    /* S_near_words' parsed word lists            */
    unsigned naltsets;
    S_setslot sets[S_SETSLOTS];   /* the word sets asked (S_word_set)       */
    unsigned nsets;
} S_ctx;

/* Sentences around an event searched for its sources: near ones for the
 * quote that reports the sentence itself, a wider span for quotes that
 * speak about the same event.                                               */
#define S_QUOTE_NEAR 3
#define S_QUOTE_FAR 40
/* Records looked back at when merging (bounds the work on huge inputs).   */
#define S_MERGE_WINDOW 200
/* Tokens around a trigger searched for its arguments, place and cues.    */
#define S_WINDOW 60

/* The sentence's tokens within S_WINDOW before T0 / after T1.            */
static uint32_t S_lo(const dp_sentence *s, uint32_t t0)
{
    return t0 > s->t0 + S_WINDOW ? t0 - S_WINDOW : s->t0;
}

static uint32_t S_hi(const dp_sentence *s, uint32_t t1)
{
    return t1 + S_WINDOW < s->t1 ? t1 + S_WINDOW : s->t1;
}
#define S_HEAD_RECORDS 8     /* the first records (a headline's) always are */

static int S_part(const char *s, size_t n)
{
    static const struct { const char *name; int part; } parts[] = {
        {"verb", P_VERB}, {"noun", P_NOUN}, {"light", P_LIGHT},
        {"modal", P_MODAL}, {"cue", P_CUE}, {"armed", P_ARMED},
        {"placehead", P_PLACEHEAD}, {"thing", P_THING}, {"site", P_SITE}};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (strlen(parts[i].name) == n && !memcmp(parts[i].name, s, n))
            return parts[i].part;
    return P_NONE;
}

/* Splits one value line ("verb\tASSAULT\t190...") into E.                 */
static void S_parse_entry(dp_arena *a, const char *val, S_entry *e)
{
    memset(e, 0, sizeof *e);
    const char *p = val;
    const char *tab = strchr(p, '\t');
    size_t n = tab ? (size_t)(tab - p) : strlen(p);
    e->part = S_part(p, n);
    for (int k = 0; tab && k < S_NF; k++) {
        p = tab + 1;
        tab = strchr(p, '\t');
        n = tab ? (size_t)(tab - p) : strlen(p);
        while (n && (p[n - 1] == '\r' || p[n - 1] == ' ')) n--;
        if (n == 0 || (n == 1 && p[0] == '-')) continue;
        e->f[k] = dp_arena_strndup(a, p, n);
    }
}

/* The lexicon's answers for one key, asked once per document: the same
 * words come back at many tokens.                                          */
typedef struct S_memo {
    const char *key;         /* NULL: a free slot                          */
    S_entry *e;              /* its parsed trigger entries                 */
    uint8_t n;
    int8_t found;            /* e filled                                   */
    int8_t prefix;           /* S_has_prefix, -1 not asked yet             */
} S_memo;

static uint32_t S_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The memo with CAP slots (first words live in the handle's form memo:
 * a document asks few keys here, so it starts small and grows).          */
static void S_memo_grow(S_ctx *c, size_t cap)
{
    S_memo *old = c->keys;
    size_t n = c->capkeys;
    c->keys = dp_arena_alloc(&c->d->arena, cap * sizeof *c->keys);
    c->capkeys = cap;
    for (size_t k = 0; k < n; k++) {
        if (!old[k].key) continue;
        size_t i = S_hash(old[k].key, strlen(old[k].key)) & (cap - 1);
        while (c->keys[i].key) i = (i + 1) & (cap - 1);
        c->keys[i] = old[k];
    }
}

/* KEY's slot in the memo (added on first use), or NULL when it is full.  */
static S_memo *S_memo_of(S_ctx *c, const char *key, size_t len)
{
    if (!c->keys) S_memo_grow(c, 64);
    if (2 * (c->nkeys + 1) > c->capkeys && c->capkeys < (1u << 20)) S_memo_grow(c, 2 * c->capkeys);
    size_t mask = c->capkeys - 1;
    for (size_t i = S_hash(key, len) & mask;; i = (i + 1) & mask) {
        S_memo *m = &c->keys[i];
        if (!m->key) {
            if (2 * (c->nkeys + 1) > c->capkeys) return NULL;
            m->key = dp_arena_strndup(&c->d->arena, key, len);
            m->prefix = -1;
            c->nkeys++;
            return m;
        }
        if (!strncmp(m->key, key, len) && !m->key[len]) return m;
    }
}

/* The trigger entries of M's key, parsed on first use.                    */
static void S_memo_find(S_ctx *c, S_memo *m)
{
    if (m->found) return;
    const char *vals[S_SENSES];
    size_t n = c->lex->find(c->lex->ctx, m->key, strlen(m->key), vals, S_SENSES);
    if (n > S_SENSES) n = S_SENSES;
    m->n = (uint8_t)n;
    m->e = n ? dp_arena_alloc(&c->d->arena, n * sizeof *m->e) : NULL;
    for (size_t k = 0; k < n; k++) S_parse_entry(&c->d->arena, vals[k], &m->e[k]);
    m->found = 1;
}

/* Entries of KEY; returns how many (at most MAX).                          */
static size_t S_lookup(S_ctx *c, const char *key, S_entry *out, size_t max)
{
    size_t len = strlen(key);
    S_memo *m = S_memo_of(c, key, len);
    if (m) {
        S_memo_find(c, m);
        size_t k = m->n < max ? m->n : max;
        if (k) memcpy(out, m->e, k * sizeof *out);
        return k;
    }
    const char *vals[S_SENSES];
    size_t n = c->lex->find(c->lex->ctx, key, len, vals, S_SENSES);
    size_t k = 0;
    for (size_t i = 0; i < n && i < 8 && k < max; i++)
        S_parse_entry(&c->d->arena, vals[i], &out[k++]);
    return k;
}

static int S_has_prefix(S_ctx *c, const char *key)
{
    if (!c->lex->has_prefix) return 0;
    size_t len = strlen(key);
    S_memo *m = S_memo_of(c, key, len);
    if (!m) return c->lex->has_prefix(c->lex->ctx, key, len);
    if (m->prefix < 0) m->prefix = c->lex->has_prefix(c->lex->ctx, key, len) != 0;
    return m->prefix;
}

/* The Lefff readings of a form's lowercase form LOWER: each one's part
 * (S_LX_*), folded lemma and its S_first (S_match_lefff).              */
typedef struct S_lxset {
    const char *lower;
    uint8_t nlx, lxpart[8];
    uint8_t lxdead;          /* no key starts with any of lx (set with lower) */
    uint8_t lowkey;          /* lower is the form's key itself (set with lower) */
    const char *lxfold[8];
    const struct S_first *lx[8];
} S_lxset;

/* A first word's trigger entries and whether longer keys start with it,
 * kept in the handle's form memo (slot DP_FORM_EVENT): the same words open
 * the candidate keys of every article, so the model is asked once per
 * word and handle.  Only for the compiled model's lexicon (c->first).     */
typedef struct S_first {
    S_entry *e;              /* in the form record's arena                 */
    uint8_t n;
    uint8_t prefix;
    uint8_t lemfirst_known;  /* lemfirst set for lemma                     */
    uint8_t detword;         /* 1 + the form is in S_dets or S_numbers, 0: not asked */
    uint16_t inknown, inlist; /* bit S_W_x: asked, and the form is in that word list */
    dp_arena *arena;         /* the form record's                          */
    /* A token form's last tagger lemma, its fold and the fold's S_first:
     * a form mostly keeps its lemma from one token to the next.          */
    const char *lemma, *lemfold;
    const char *lemsrc;      /* the tagger's lemma string lemma copies    */
    const char *lemsrc2, *lemfold2;   /* a second tagger lemma (model string, by
                                 address) and its fold: "est" (être, est)   */
    const struct S_first *lemfirst;
    /* The Lefff readings of the form's first lowercase form, and of a
     * second one (made when first met: "a" and "à", "arrivé" and
     * "arrive" share their folded form), each set once.                 */
    S_lxset lx1;
    S_lxset *lx2;
    /* Tagger lemmas of the form's tokens whose fold opens no key (model
     * strings, compared by address): a form takes several lemmas by its
     * context ("est": être, est), and LEMMA above keeps only the first. */
    const char *deadlem[4];
    /* When the key is a '|'-separated word list of S_near_words
     * ("prison|peine|tribunal"): its parse (S_altset_of), set once.    */
    const struct S_altset *altset;
    /* First words (their records) after which this form, as the second
     * word of a key, opens none ("avoir" + "attaqué"), with a space (1) or
     * not (0) between: the last two asked; and the tagger lemma (model
     * string, by address) whose fold opens none there either, or NULL.   */
    const struct S_first *after[2];
    const char *after_lem[2];
    uint8_t after_sp[2], after_next;
    /* S_match_find's answer for a token of this form (its lowercase form's
     * readings LXS) with parts of speech POS and tagger lemma LEMMA (model
     * string, by address), when no key of two words or more starts with
     * any of the words it tries: the same at any token (S_match_closed).  Two
     * slots, each set once (a kept record must not grow).  LXS: the
     * readings (lx1 or lx2) the token's lowercase form had.             */
    struct {
        const S_lxset *lxs;
        const char *lemma;
        const S_entry *e;
        uint32_t pos;
        uint8_t set, n;
    } one[2];
} S_first;

enum { S_LX_SKIP, S_LX_V, S_LX_NC, S_LX_OTHER };

static S_first *S_first_of(S_ctx *c, dp_form *f)
{
    if (f->known & (1u << DP_FORM_EVENT)) return (S_first *)f->v[DP_FORM_EVENT];
    S_first *r = dp_arena_alloc(f->arena, sizeof *r);
    r->arena = f->arena;
    size_t len = strlen(f->key);
    const char *vals[S_SENSES];
    size_t n = c->lex->find(c->lex->ctx, f->key, len, vals, S_SENSES);
    if (n > S_SENSES) n = S_SENSES;
    r->n = (uint8_t)n;
    r->e = n ? dp_arena_alloc(f->arena, n * sizeof *r->e) : NULL;
    for (size_t k = 0; k < n; k++) S_parse_entry(f->arena, vals[k], &r->e[k]);
    r->prefix = c->lex->has_prefix && c->lex->has_prefix(c->lex->ctx, f->key, len) != 0;
    f->v[DP_FORM_EVENT] = (uintptr_t)r;
    f->known |= 1u << DP_FORM_EVENT;
    return r;
}

/* S_first_of KEY, or NULL when the lexicon is not the model's.            */
static const S_first *S_first_key(S_ctx *c, const char *key)
{
    if (!c->first || strlen(key) >= 255) return NULL;   /* S_match_from cuts it */
    return S_first_of(c, dp_form_of(c->d, key));
}

/* S_first_of token I's norm, or NULL (c->ftok is there with c->first).
 * A record already made has a short key (S_first_of is asked only for
 * keys S_match_from_first does not cut), so the length is measured only
 * for a new one.                                                          */
static S_first *S_first_tok_new(S_ctx *c, uint32_t i);
static inline S_first *S_first_tok(S_ctx *c, uint32_t i)
{
    if (!c->first) return NULL;
    if (c->ftok[i]) return c->ftok[i];
    /* the form's record, made for an earlier token: no call */
    dp_form *f = c->d->tokform ? c->d->tokform[i] : NULL;
    if (f && (f->known & (1u << DP_FORM_EVENT))) return c->ftok[i] = (S_first *)f->v[DP_FORM_EVENT];
    return S_first_tok_new(c, i);
}

/* S_first_tok the first time for token I.                                 */
static S_first *S_first_tok_new(S_ctx *c, uint32_t i)
{
    dp_form *f = dp_tok_form_kept(c->d, i);
    if (!(f->known & (1u << DP_FORM_EVENT)) && strlen(f->key) >= 255) return NULL;
    return c->ftok[i] = S_first_of(c, f);
}

/* R's lemma cache holds the tagger lemma LEMMA.                           */
S_HOT int S_first_lemma_is(const S_first *r, const char *lemma)
{
    return r && r->lemma && (r->lemsrc == lemma || !strcmp(r->lemma, lemma));
}

/* ---- tokens ----------------------------------------------------------- */

static const dp_token *S_tok(S_ctx *c, uint32_t i) { return &c->toks[i]; }

S_HOT int S_is(S_ctx *c, uint32_t i, const char *w)
{
    return i < c->ntoks && S_tok(c, i)->norm[0] == w[0] && !strcmp(S_tok(c, i)->norm, w);
}

/* The relative pronouns that open a relative clause ("les hommes qui ont
 * attaqué", "l'homme que la police recherchait", "dont").                */
static const char *const S_relpron[] = {"qui", "que", "qu'", "dont", NULL};

/* W is one of the words of LIST (NULL-terminated).  Most lists are
 * constant words written at the call: with the first 24 steps written
 * out and the function inlined, the compiler reads the list at compile
 * time (no list is built on the stack, no loop) and compares W with short
 * words in place (no call to strcmp).  The same steps as the loop.       */
#define S_IN_STEP(k)                                                    \
    if (!list[k]) return 0;                                             \
    if (w[0] == list[k][0] && !strcmp(w, list[k])) return 1;
S_HOT int S_in(const char *w, const char *const *list)
{
    S_IN_STEP(0) S_IN_STEP(1) S_IN_STEP(2) S_IN_STEP(3)
    S_IN_STEP(4) S_IN_STEP(5) S_IN_STEP(6) S_IN_STEP(7)
    S_IN_STEP(8) S_IN_STEP(9) S_IN_STEP(10) S_IN_STEP(11)
    S_IN_STEP(12) S_IN_STEP(13) S_IN_STEP(14) S_IN_STEP(15)
    S_IN_STEP(16) S_IN_STEP(17) S_IN_STEP(18) S_IN_STEP(19)
    S_IN_STEP(20) S_IN_STEP(21) S_IN_STEP(22) S_IN_STEP(23)
    for (list += 24; *list; list++)
        if (w[0] == (*list)[0] && !strcmp(w, *list)) return 1;
    return 0;
}
#undef S_IN_STEP

/* Word lists asked at token after token, whose answers S_word_in keeps
 * with the form's S_first (bit S_W_x of its inlist).                    */
enum { S_W_COUNT = 1, S_W_HABITUAL = 2, S_W_GLUE = 4, S_W_PREP = 8, S_W_QUANT = 16, S_W_NATION = 32 };
/* The same bits for S_opens_phrase: a key of that dictionary of several
 * words starts with the form.                                          */
enum { S_W_IDIOMS = 64, S_W_ADVERBIALS = 128 };
_Static_assert(S_W_ADVERBIALS < 1u << 16, "S_first.inknown / inlist hold 16 word lists");

/* TEST(norm) of token I, or S_in(norm, LIST) when TEST is NULL: the answer
 * for its form, asked once per form and handle when the form has a record
 * (BIT: the answer's bit there, one test or list to a bit).              */
static int S_word_kept_new(S_ctx *c, uint32_t i, unsigned bit, int (*test)(const char *),
                           const char *const *list, S_first *f);
static inline int S_word_kept(S_ctx *c, uint32_t i, unsigned bit, int (*test)(const char *),
                              const char *const *list)
{
    const dp_token *t = S_tok(c, i);
    S_first *f = t->kind == DP_TOK_WORD ? S_first_tok(c, i) : NULL;
    if (!f || !(f->inknown & bit)) return S_word_kept_new(c, i, bit, test, list, f);
    S_MEMO_CHECK(((f->inlist & bit) != 0) == ((test ? test(t->norm) : S_in(t->norm, list)) != 0));
    return (f->inlist & bit) != 0;
}

/* S_word_kept when token I's form has no record (F NULL) or its record
 * does not hold the answer yet (inline above: the kept answer, no call). */
static int S_word_kept_new(S_ctx *c, uint32_t i, unsigned bit, int (*test)(const char *),
                           const char *const *list, S_first *f)
{
    const dp_token *t = S_tok(c, i);
    if (!f) return test ? test(t->norm) : S_in(t->norm, list);
    if (test ? test(t->norm) : S_in(t->norm, list)) f->inlist |= (uint16_t)bit;
    f->inknown |= (uint16_t)bit;
    return (f->inlist & bit) != 0;
}

static inline int S_word_in(S_ctx *c, uint32_t i, unsigned bit, int (*test)(const char *))
{
    return S_word_kept(c, i, bit, test, NULL);
}

static inline int S_word_listed(S_ctx *c, uint32_t i, unsigned bit, const char *const *list)
{
    return S_word_kept(c, i, bit, NULL, list);
}

/* A phrase of several tokens from token I may be a key of dictionary NAME
 * (BIT: S_W_IDIOMS, S_W_ADVERBIALS): some key starts with I's norm and a
 * space (dp_dict_has_prefix), or the norm is empty or ends with an
 * apostrophe (the phrase goes on with no space: not asked).  The answer
 * is kept with the form's record (bit BIT of its inlist): the readers of
 * idioms and adverbials try the phrases from token after token.         */
static int S_opens_phrase(S_ctx *c, uint32_t i, unsigned bit, const char *name)
{
    const dp_token *t = S_tok(c, i);
    S_first *f = t->kind == DP_TOK_WORD ? S_first_tok(c, i) : NULL;
    if (f && (f->inknown & bit)) {
        S_MEMO_CHECK(((f->inlist & bit) != 0) ==
                     (!c->d->model || dp_dict_has_prefix(c->d->model, name, t->norm, strlen(t->norm))));
        return (f->inlist & bit) != 0;
    }
    size_t n = strlen(t->norm);
    if (!n || t->norm[n - 1] == '\'') return 1;
    int r = !c->d->model || dp_dict_has_prefix(c->d->model, name, t->norm, n);
    if (f) {
        if (r) f->inlist |= (uint16_t)bit;
        f->inknown |= (uint16_t)bit;
    }
    return r;
}

/* Folded lemma of token I (its form when it has none), folded once per
 * token and kept (BUF is used only when there is no memo).                */
static const char *S_lemma_new(S_ctx *c, uint32_t i, char *buf, size_t cap);
static inline const char *S_lemma(S_ctx *c, uint32_t i, char *buf, size_t cap)
{
    const dp_token *t = S_tok(c, i);
    if (!t->lemma) return t->norm;
    if (!c->lemf) return S_lemma_new(c, i, buf, cap);
    if (c->lemf[i]) return c->lemf[i];
    /* the fold its form's record keeps for this tagger lemma: no call */
    const S_first *r = c->first ? c->ftok[i] : NULL;
    if (r && r->lemma && r->lemsrc == t->lemma) return c->lemf[i] = r->lemfold;
    return S_lemma_new(c, i, buf, cap);
}

/* S_lemma the first time for token I.                                     */
/* dp_fold of S into BUF (CAP bytes); S itself when it folds to itself
 * (lowercase ASCII letters that fit).                                    */
static const char *S_fold_key(const char *s, char *buf, size_t cap)
{
    size_t n = 0;
    while (s[n] >= 'a' && s[n] <= 'z') n++;
    if (!s[n] && n < cap) return s;
    dp_fold(s, strlen(s), buf, cap);
    return buf;
}

static const char *S_lemma_new(S_ctx *c, uint32_t i, char *buf, size_t cap)
{
    const dp_token *t = S_tok(c, i);
    S_first *r = c->lemf ? S_first_tok(c, i) : NULL;
    if (S_first_lemma_is(r, t->lemma)) return c->lemf[i] = r->lemfold;
    if (r && r->lemsrc2 == t->lemma) {
        S_MEMO_CHECK(!strcmp(r->lemfold2, S_fold_key(t->lemma, buf, cap)));
        return c->lemf[i] = r->lemfold2;
    }
    const char *f = S_fold_key(t->lemma, buf, cap);
    if (c->lemf) c->lemf[i] = f == buf ? dp_arena_strdup(&c->d->arena, buf) : f;
    if (r && !r->lemma) {   /* the first lemma only: a kept record must not grow */
        r->lemma = dp_arena_strdup(r->arena, t->lemma);
        r->lemsrc = t->lemma;
        r->lemfold = dp_arena_strdup(r->arena, f);
        r->lemfirst_known = 0;
    } else if (r && !r->lemsrc2) {   /* and a second one */
        r->lemfold2 = dp_arena_strdup(r->arena, f);
        r->lemsrc2 = t->lemma;
    }
    return f;
}

/* S_first_key of token I's folded lemma LEM, kept with its norm's record
 * when both live as long.                                                 */
static const S_first *S_lemma_first(S_ctx *c, uint32_t i, const char *lem)
{
    S_first *r = S_first_tok(c, i);
    const char *lemma = S_tok(c, i)->lemma;
    if (S_first_lemma_is(r, lemma) && r->lemfirst_known) return r->lemfirst;
    const S_first *lr = S_first_key(c, lem);
    if (S_first_lemma_is(r, lemma) && !strcmp(r->lemfold, lem) &&
        (!lr || lr->arena != &c->d->arena || r->arena == &c->d->arena)) {
        r->lemfirst = lr;
        r->lemfirst_known = 1;
    }
    return lr;
}

/* The first MAX entries of record R into OUT; how many.                   */
static size_t S_first_copy(const S_first *r, S_entry *out, size_t max)
{
    size_t n = r->n < max ? r->n : max;
    if (n) memcpy(out, r->e, n * sizeof *out);
    return n;
}

/* The lexicon entries of token T's folded lemma (its form when it has
 * none): S_lookup of its S_lemma, read off the records the token keeps.  */
static size_t S_lookup_lemma(S_ctx *c, uint32_t t, S_entry *out, size_t max)
{
    char b[64];
    const char *lem = S_lemma(c, t, b, sizeof b);
    const S_first *r = !c->first ? NULL : S_tok(c, t)->lemma ? S_lemma_first(c, t, lem) : S_first_tok(c, t);
    return r ? S_first_copy(r, out, max) : S_lookup(c, lem, out, max);
}

/* The lexicon entries of token T: of its lemma, else of its form.        */
static size_t S_lookup_tok(S_ctx *c, uint32_t t, S_entry *out, size_t max)
{
    size_t n = S_lookup_lemma(c, t, out, max);
    if (n) return n;
    const S_first *r = S_first_tok(c, t);
    return r ? S_first_copy(r, out, max) : S_lookup(c, S_tok(c, t)->norm, out, max);
}

/* Token T's lemma cannot fold to W: it starts with an ASCII letter that
 * dp_fold only lowercases, and that is not W's first letter.  Saves the
 * fold of most lemmas S_lemma_is is asked about.                          */
static int S_lemma_differs(const dp_token *t, const char *w)
{
    unsigned a = (unsigned char)t->lemma[0];
    if (a - 'A' < 26u) a += 32;
    return a - 'a' < 26u && a != (unsigned char)w[0];
}

/* S_lemma_is when token I's folded lemma is not kept yet.                */
static int S_lemma_is_new(S_ctx *c, uint32_t i, const char *w)
{
    char b[64];
    if (i >= c->d->toks.n) return 0;
    const dp_token *t = S_tok(c, i);
    if (t->lemma && !(c->lemf && c->lemf[i]) && S_lemma_differs(t, w)) return 0;
    const char *l = S_lemma(c, i, b, sizeof b);
    return l[0] == w[0] && !strcmp(l, w);
}

S_HOT int S_lemma_is(S_ctx *c, uint32_t i, const char *w)
{
    const char *l = c->lemf && i < c->ntoks ? c->lemf[i] : NULL;   /* kept: S_lemma's answer */
    if (!l) return S_lemma_is_new(c, i, w);
    return l[0] == w[0] && !strcmp(l, w);
}

/* Token I is a form of one of the folded lemmas in L: its own form or
 * any Lefff reading ("assaillantes", "tireuse", "meurtrières").          */
static int S_lemma_among(S_ctx *c, uint32_t i, const char *const *l)
{
    if (S_in(S_tok(c, i)->norm, l)) return 1;
    dp_lex_entry le[8];
    size_t n = c->d->model && S_tok(c, i)->lower ? dp_tok_lex(c->d, i, le, 8) : 0;
    char b[64];
    for (size_t k = 0; k < n && k < 8; k++)
        if (le[k].lemma && S_in(S_fold_key(le[k].lemma, b, sizeof b), l)) return 1;
    return 0;
}

static int S_is_verb(const dp_token *t)
{
    return (t->pos & (DP_POS_V | DP_POS_VPP | DP_POS_VINF | DP_POS_AUX)) != 0;
}

static int S_is_aux(S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (t->pos & DP_POS_AUX) return 1;
    /* a tagger lemma not folded yet whose first letter is neither a nor
     * e: both S_lemma_is below answer no at S_lemma_differs (one test
     * here, no fold and no call)                                        */
    if (t->lemma && !(c->lemf && c->lemf[i]) && S_lemma_differs(t, "a") && S_lemma_differs(t, "e")) return 0;
    return S_lemma_is(c, i, "avoir") || S_lemma_is(c, i, "etre");
}

/* Punctuation that ends a clause for argument search.                     */
static int S_is_stop_mark(const dp_token *t);
static inline int S_is_stop(const dp_token *t)
{
    return t->kind != DP_TOK_WORD && S_is_stop_mark(t);   /* a word never is */
}

/* S_is_stop of a token that is no word.                                   */
static int S_is_stop_mark(const dp_token *t)
{
    /* a hyphen glued to the word before it ("une AK-47", "des F-16", the
     * tokenizer cuts a hyphen before digits) is no parenthetical dash */
    if (t->kind == DP_TOK_DASH && !strcmp(t->norm, "-") && !(t->flags & DP_TF_SPACE)) return 0;
    if (t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_QUOTE_CLOSE ||
        t->kind == DP_TOK_DASH)
        return 1;
    if (t->kind != DP_TOK_PUNCT) return 0;
    return strchr(".;:!?()[]…", t->norm[0]) != NULL || !strcmp(t->norm, "...");
}

static int S_is_comma(const dp_token *t)
{
    return t->kind == DP_TOK_PUNCT && !strcmp(t->norm, ",");
}

static const char *const S_dets[] = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette",
    "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre",
    "vos", "mon", "ma", "mes", "quelques", "plusieurs", "certains",
    "certaines", "tout", "tous", "toute", "toutes", "quelque", NULL};

/* Nouns that count the phrase after them: "la plupart des combattants". */
static const char *const S_quantifiers[] = {
    "plupart", "majorite", "partie", "nombre", "dizaine", "dizaines", "centaine",
    "centaines", "millier", "milliers", "groupe", "reste", "ensemble", "douzaine",
    "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "poignee", NULL};

static const char *const S_numbers[] = {
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent",
    "cents", "mille", "nombreux", "nombreuses", "divers", "diverses", "aucun", "aucune",
    "chaque", "differents", "differentes", NULL};

/* W (folded) is a word of S_numbers, or a number written with hyphens,
 * each part a number word ("vingt-trois", "dix-huit", "quatre-vingts",
 * "vingt-et-un").                                                        */
static int S_number_word(const char *w)
{
    if (S_in(w, S_numbers)) return 1;
    if (!strchr(w, '-')) return 0;
    char part[24];
    for (const char *p = w; *p;) {
        size_t n = strcspn(p, "-");
        if (!n || n >= sizeof part) return 0;
        memcpy(part, p, n);
        part[n] = 0;
        if (!S_in(part, S_numbers) && !S_in(part, (const char *const[]){"un", "une", "et", "vingts", NULL})) return 0;
        if (S_in(part, (const char *const[]){"nombreux", "nombreuses", "divers", "diverses", "aucun", "aucune",
                                             "chaque", "differents", "differentes", NULL}))
            return 0;
        p += n;
        if (*p) p++;
    }
    return 1;
}

/* Token I is an acronym in capitals ("la CE"): dp_tok_acronym.          */
static int S_acronym(S_ctx *c, uint32_t i)
{
    return dp_tok_acronym(c->d, i, (uint32_t)c->d->toks.n);
}

static int S_is_det_new(S_ctx *c, uint32_t i);
static inline int S_is_det(S_ctx *c, uint32_t i)
{
    if (c->det && c->det[i]) return c->det[i] - 1;   /* asked before */
    return S_is_det_new(c, i);
}

/* S_is_det the first time for token I.                                    */
static int S_is_det_new(S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (S_acronym(c, i)) {   /* "la CE": a name, no determiner "ce" */
        if (c->det) c->det[i] = 1;
        return 0;
    }
    S_first *f = t->kind == DP_TOK_WORD ? S_first_tok(c, i) : NULL;   /* once per form */
    int r = t->kind == DP_TOK_NUM;
    if (!r && f && f->detword) r = f->detword - 1;
    else if (!r && t->norm[0] >= 'a' && t->norm[0] <= 'z')   /* as all the listed words */
        r = S_in(t->norm, S_dets) || S_number_word(t->norm);
    if (f && !f->detword) f->detword = (uint8_t)(r + 1);
    if (c->det) c->det[i] = (uint8_t)(r + 1);
    return r;
}

/* The preposition that introduces the phrase starting at token START:
 * "a" (à au aux), "de" (de d' du, des after a noun), "contre", "par", ...;
 * NULL when the phrase is not introduced by one.  Determiners, numbers and
 * a place head ("la ville de X": the role of "la ville") are looked through. */
/* The "de" at token J closes a prepositional locution that names a party
 * ("à l'encontre de", "à destination de", "en faveur de", "à l'égard de",
 * "en direction de"): the simple preposition it stands for ("encontre":
 * against, "direction": towards, whatever the trigger's own
 * prepositions), else NULL.                                              */
static const char *S_locution(S_ctx *c, uint32_t floor, uint32_t j)
{
    if (j < floor + 2) return NULL;
    const char *n = S_tok(c, j - 1)->norm;
    if (!strcmp(n, "encontre") && S_is(c, j - 2, "l'") && j >= floor + 3 && S_is(c, j - 3, "a")) return "encontre";
    if (!strcmp(n, "egard") && S_is(c, j - 2, "l'") && j >= floor + 3 && S_is(c, j - 3, "a")) return "envers";
    if (!strcmp(n, "destination") && S_is(c, j - 2, "a")) return "a";
    if (!strcmp(n, "faveur") && S_is(c, j - 2, "en")) return "a";
    if (!strcmp(n, "direction") && S_is(c, j - 2, "en")) return "direction";   /* "en direction des policiers" */
    /* "à l'instar de X": a comparison with X, never a party nor a place of the act */
    if (!strcmp(n, "instar") && S_is(c, j - 2, "l'") && j >= floor + 3 && S_is(c, j - 3, "a")) return "instar";
    /* "lors d'un match", "au cours d'un banquet", "au moment du
     * vote", "en marge du sommet", "à l'issue de la réunion", "à
     * l'occasion du carnaval": the time or setting of the act ("lors"),
     * never its party; "à l'aide d'un marteau": its means ("aide"), no
     * party either (no trigger lists these) */
    if (!strcmp(n, "lors")) return "lors";
    if ((!strcmp(n, "cours") || !strcmp(n, "moment")) && S_is(c, j - 2, "au")) return "lors";
    if (!strcmp(n, "marge") && S_is(c, j - 2, "en")) return "lors";
    if ((!strcmp(n, "issue") || !strcmp(n, "occasion") || !strcmp(n, "aide")) && S_is(c, j - 2, "l'") && j >= floor + 3 &&
        S_is(c, j - 3, "a"))
        return !strcmp(n, "aide") ? "aide" : "lors";
    return NULL;
}

static const char *S_prep_before(S_ctx *c, uint32_t start, uint32_t floor,
                                 int *placehead)
{
    static const char *const preps[] = {
        "contre", "par", "sur", "avec", "entre", "envers", "vers", "chez",
        "dans", "en", "pour", "selon", "pres", "apres", "avant", "sans",
        "depuis", "durant", "pendant", "sous", "devant", "aupres", "loin", NULL};   /* "auprès des élus", "non loin des" */
    uint32_t j = start;
    if (placehead) *placehead = 0;
    if (start < c->d->toks.n && S_in(S_tok(c, start)->norm, (const char *const[]){"du", "des", NULL})) {
        const char *l = S_locution(c, floor, start);   /* "à l'encontre du maire" */
        if (l) return l;
    }
    while (j > floor) {
        const dp_token *t = S_tok(c, j - 1);
        const char *w = t->norm;
        if (!strcmp(w, "au") || !strcmp(w, "aux") || !strcmp(w, "a")) return "a";
        if (!strcmp(w, "de") && j - 1 > floor && j < c->d->toks.n && S_is_det(c, j) &&
            S_in(S_tok(c, j - 2)->norm, (const char *const[]){"plus", "moins", "pres", NULL})) {
            j -= 2;   /* "plus de 700 policiers", "près de 17 000": a count, no preposition */
            continue;
        }
        if ((!strcmp(w, "de") || !strcmp(w, "d'")) && j - 1 > floor &&
            S_in(S_tok(c, j - 2)->norm, (const char *const[]){"pres", "aupres", "loin", NULL}))
            return S_tok(c, j - 2)->norm;   /* "près de Leeds", "auprès des Guyanais", "non loin de X" */
        if (S_in(w, (const char *const[]){"de", "d'", "du", "des", NULL})) {
            const char *l = S_locution(c, floor, j - 1);
            if (l) return l;   /* "à l'encontre du maire", "à destination des réfugiés" */
        }
        if (!strcmp(w, "de") || !strcmp(w, "d'")) {
            /* "la ville de X", "les combattants de Daech" (a noun: not the
             * adjective "massives", whose lemma is the noun "massif") */
            if (j - 1 > floor && (!S_tok(c, j - 2)->pos || (S_tok(c, j - 2)->pos & DP_POS_NC))) {
                S_entry e[4];
                size_t n = S_lookup_lemma(c, j - 2, e, 4);
                /* Lefff's lemma of "centre-ville" is "centre ville": the form then */
                if (!n) n = S_lookup_tok(c, j - 2, e, 4);
                for (size_t k = 0; k < n; k++)
                    if (e[k].part == P_PLACEHEAD) {
                        if (placehead) *placehead = 1;
                        j -= 2;
                        goto next;
                    }
            }
            return "de";
        }
        if (!strcmp(w, "du")) return "de";
        if (!strcmp(w, "des") && j - 1 > floor &&
            S_word_listed(c, j - 2, S_W_QUANT, S_quantifiers)) {   /* "la plupart des X" */
            j -= 2;
            continue;
        }
        if (!strcmp(w, "des")) {
            if (j - 1 > floor && (S_tok(c, j - 2)->pos & DP_POS_NC) &&
                !(S_tok(c, j - 2)->pos & DP_POS_PREP) && !S_is_det(c, j - 2))
                return "de";
            j--;
            continue;
        }
        if (S_word_listed(c, j - 1, S_W_PREP, preps)) return w;
        if (!S_is_det(c, j - 1) && !(t->pos & DP_POS_ADJ && !(t->pos & DP_POS_NC)))
            return NULL;
        j--;
    next:;
    }
    return NULL;
}

/* ---- mentions and places per token --------------------------------------- */

/* The sentence a quote starts in (its words, else its cue).              */
static size_t S_quote_sent(const dp_doc *d, size_t q)
{
    const dp_quote *Q = &d->quotes.v[q];
    uint32_t t = Q->span.t0 < Q->span.t1 ? Q->span.t0 : Q->cue.t0;
    if (t >= d->toks.n || d->toks.v[t].sent < 0 || (size_t)d->toks.v[t].sent >= d->sents.n) return 0;
    return (size_t)d->toks.v[t].sent;
}

/* Nouns whose "de X" names a treaty or a pact after the town it was
 * signed in ("le statut de Rome", "les accords de Minsk", "le protocole de
 * Kyoto", "la convention de Genève"): a name, not where anything told in
 * the article happened.                                                   */
static const char *const S_document_nouns[] = {
    "traite", "traites", "statut", "accord", "accords", "protocole", "protocoles",
    "convention", "conventions", "pacte", "charte", NULL};

/* The place mentions that only name a document lose their place tokens:
 * no event is located by them.                                             */
static void S_document_names(S_ctx *c)
{
    const dp_doc *d = c->d;
    for (size_t p = 0; p < d->places.n; p++) {
        const dp_place *pl = &d->places.v[p];
        for (size_t m = 0; m < pl->mentions.n; m++) {
            dp_tspan sp = pl->mentions.v[m];
            if (sp.t0 < 2 || sp.t1 > d->toks.n) continue;
            if (!S_in(S_tok(c, sp.t0 - 1)->norm, (const char *const[]){"de", "d'", NULL}) ||
                !S_in(S_tok(c, sp.t0 - 2)->norm, S_document_nouns))
                continue;
            for (uint32_t t = sp.t0; t < sp.t1; t++) {
                if (c->place[t] == (int32_t)p) c->place[t] = -1;
                c->doc_place[t] = (int32_t)p;
            }
        }
    }
}

static void S_index(S_ctx *c)
{
    dp_doc *d = c->d;
    size_t nt = d->toks.n;
    /* arena memory comes zeroed; the raw arrays are filled with -1 below */
    c->ment = dp_arena_alloc_raw(&d->arena, (nt + 1) * sizeof *c->ment);
    c->place = dp_arena_alloc_raw(&d->arena, (nt + 1) * sizeof *c->place);
    c->used = dp_arena_alloc(&d->arena, nt + 1);
    c->role = dp_arena_alloc(&d->arena, nt + 1);
    c->doc_place = dp_arena_alloc_raw(&d->arena, (nt + 1) * sizeof *c->doc_place);
    for (size_t e = 0; e < d->ents.n; e++) {
        const dp_tspan r = d->ents.v[e].role_span;
        for (uint32_t t = r.t0; t < r.t1 && t < nt; t++) c->role[t] = 1;
    }
    for (size_t i = 0; i <= nt; i++) c->ment[i] = c->place[i] = c->doc_place[i] = -1;
    size_t n = 0;
    for (size_t e = 0; e < d->ents.n; e++) n += d->ents.v[e].mentions.n;
    c->ments = dp_arena_alloc(&d->arena, (n + 1) * sizeof *c->ments);
    c->nments = 0;
    for (size_t e = 0; e < d->ents.n; e++) {
        const dp_entity *en = &d->ents.v[e];
        for (size_t m = 0; m < en->mentions.n; m++) {
            dp_tspan sp = en->mentions.v[m];
            if (sp.t1 > nt || sp.t0 >= sp.t1) continue;
            int32_t k = (int32_t)c->nments;
            c->ments[c->nments++] = (S_ment){(int32_t)e, sp};
            for (uint32_t t = sp.t0; t < sp.t1; t++) {
                int32_t old = c->ment[t];
                /* keep the longest mention covering a token */
                if (old < 0 || c->ments[old].sp.t1 - c->ments[old].sp.t0 < sp.t1 - sp.t0)
                    c->ment[t] = k;
            }
        }
    }
    c->time_at = dp_arena_alloc_raw(&d->arena, (nt + 1) * sizeof *c->time_at);
    c->qty_at = dp_arena_alloc_raw(&d->arena, (nt + 1) * sizeof *c->qty_at);
    for (size_t i = 0; i <= nt; i++) c->time_at[i] = c->qty_at[i] = -1;
    c->in_time = dp_arena_alloc(&d->arena, nt + 1);
    for (size_t k = 0; k < d->times.n; k++) {
        const dp_tspan sp = d->times.v[k].span;
        if (sp.t0 < nt && c->time_at[sp.t0] < 0) c->time_at[sp.t0] = (int32_t)k;
        for (uint32_t t = sp.t0; t < sp.t1 && t < nt; t++) c->in_time[t] = 1;
    }
    for (size_t k = 0; k < d->quantities.n; k++)
        if (d->quantities.v[k].span.t0 < nt && c->qty_at[d->quantities.v[k].span.t0] < 0)
            c->qty_at[d->quantities.v[k].span.t0] = (int32_t)k;
    size_t ns = d->sents.n;
    c->qstart = dp_arena_alloc(&d->arena, (ns + 2) * sizeof *c->qstart);
    c->qlist = dp_arena_alloc(&d->arena, (d->quotes.n + 1) * sizeof *c->qlist);
    for (size_t q = 0; q < d->quotes.n; q++) c->qstart[S_quote_sent(d, q) + 1]++;
    for (size_t i = 0; i < ns; i++) c->qstart[i + 1] += c->qstart[i];
    uint32_t *fill = dp_arena_alloc(&d->arena, (ns + 1) * sizeof *fill);
    memcpy(fill, c->qstart, ns * sizeof *fill);
    for (size_t q = 0; q < d->quotes.n; q++) c->qlist[fill[S_quote_sent(d, q)]++] = (uint32_t)q;
    for (size_t p = 0; p < d->places.n; p++) {
        const dp_place *pl = &d->places.v[p];
        for (size_t m = 0; m < pl->mentions.n; m++)
            for (uint32_t t = pl->mentions.v[m].t0; t < pl->mentions.v[m].t1 && t < nt; t++)
                c->place[t] = (int32_t)p;
    }
    S_document_names(c);
}

/* Place named by the span SP (a place mention or a LOC entity), or -1.    */
static int32_t S_place_of(S_ctx *c, dp_tspan sp, int32_t ent)
{
    for (uint32_t t = sp.t0; t < sp.t1; t++)
        if (c->place[t] >= 0) return c->place[t];
    if (sp.t0 < sp.t1 && c->doc_place[sp.t1 - 1] >= 0) return -1;   /* "le statut de Rome" */
    if (ent >= 0 && c->d->ents.v[ent].type == DP_ENT_LOC) return c->d->ents.v[ent].place;
    return -1;
}

/* A place that is not an actor: a town, a region, not a state acting.     */
static int S_is_plain_place(S_ctx *c, int32_t ent, dp_tspan sp)
{
    if (ent >= 0) {
        const dp_entity *e = &c->d->ents.v[ent];
        if (e->type != DP_ENT_LOC) return 0;
        if (e->actor.code && e->place >= 0 &&
            strcmp(c->d->places.v[e->place].precision ? c->d->places.v[e->place].precision : "", "country") == 0)
            return 0;
        return 1;
    }
    return S_place_of(c, sp, -1) >= 0;
}

/* ---- arguments ----------------------------------------------------------- */

typedef struct S_arg {
    int32_t ent;
    dp_tspan sp;
    int32_t place;
    dp_actor actor;      /* for an argument that is no entity ("russes") */
    int by_par;          /* introduced by "par" */
} S_arg;
#define S_MAXA 12
typedef struct S_args {
    S_arg actor[S_MAXA]; int nactor;
    S_arg recip[S_MAXA]; int nrecip;
    int32_t place;       /* from the clause, -1                            */
    dp_tspan place_sp;
    int placey;          /* a complement names a place ("la ville de X")    */
} S_args;

static void S_add(S_arg *v, int *n, S_arg a)
{
    for (int i = 0; i < *n; i++)
        if ((a.ent >= 0 && v[i].ent == a.ent) ||
            (v[i].sp.t0 < a.sp.t1 && a.sp.t0 < v[i].sp.t1))
            return;
    if (*n < S_MAXA) v[(*n)++] = a;
}

/* The mention starting at or covering token J, as an argument.            */
static int S_mention_at(S_ctx *c, uint32_t j, S_arg *a)
{
    int32_t m = c->ment[j];
    if (m < 0) return 0;
    memset(&a->actor, 0, sizeof a->actor);
    a->by_par = 0;
    a->ent = c->ments[m].ent;
    a->sp = c->ments[m].sp;
    a->place = S_place_of(c, a->sp, a->ent);
    return 1;
}

/* Token I counts the phrase a partitive "de" follows: "21 (de ses
 * membres)", "six (des accusés)", "l'un (des policiers)", "plusieurs (d'entre
 * eux)".                                                                  */
static int S_count_norm(const char *w)
{
    return S_in(w, (const char *const[]){"un", "une", "certains", "certaines", "plusieurs", "beaucoup",
                                         "chacun", "chacune", "aucun", "aucune", NULL}) ||
           (S_number_word(w) && strcmp(w, "chaque"));
}

static int S_count_word(S_ctx *c, uint32_t i)
{
    if (S_tok(c, i)->kind == DP_TOK_NUM) return 1;
    return S_word_in(c, i, S_W_COUNT, S_count_norm);
}

/* The count at I widened to its left modifiers ("au moins", "plus de",
 * "près de", "environ", the "l'" of "l'un"): the first token.             */
static uint32_t S_count_start(S_ctx *c, uint32_t floor, uint32_t i)
{
    if (i > floor && S_is(c, i - 1, "l'") && S_is(c, i, "un")) i--;
    if (i > floor && S_is(c, i - 1, "environ")) i--;
    if (i > floor + 1 && S_is(c, i - 1, "moins") && S_is(c, i - 2, "au")) i -= 2;
    else if (i > floor + 1 && (S_is(c, i - 1, "de") || S_is(c, i - 1, "d'")) &&
             S_in(S_tok(c, i - 2)->norm, (const char *const[]){"plus", "moins", "pres", NULL}))
        i -= 2;
    return i;
}

/* The noun phrase starting at T0 (its determiner) completes a count:
 * "21 de ses membres", "six des accusés", "l'un des policiers".  Sets
 * *START to the first token of the whole partitive phrase.                */
static int S_partitive(S_ctx *c, uint32_t floor, uint32_t t0, uint32_t *start)
{
    uint32_t n;
    if (S_is(c, t0, "des") && t0 > floor) n = t0 - 1;
    else if (t0 > floor + 1 && S_in(S_tok(c, t0 - 1)->norm, (const char *const[]){"de", "d'", "des", NULL})) n = t0 - 2;
    else return 0;
    if (!S_count_word(c, n)) return 0;
    *start = S_count_start(c, floor, n);
    return 1;
}

/* "65 d'entre eux", "deux d'entre elles" ending at the pronoun J: sets A. */
static int S_among(S_ctx *c, uint32_t floor, uint32_t j, S_arg *a)
{
    if (j < floor + 3 || !S_in(S_tok(c, j)->norm, (const char *const[]){"eux", "elles", NULL}) ||
        !S_is(c, j - 1, "entre") || !(S_is(c, j - 2, "d'") || S_is(c, j - 2, "de")) || !S_count_word(c, j - 3))
        return 0;
    memset(a, 0, sizeof *a);
    a->ent = -1;
    a->place = -1;
    a->sp = (dp_tspan){S_count_start(c, floor, j - 3), j + 1};
    return 1;
}

/* A bare noun phrase "les groupes armés" starting at J (a determiner, then
 * nouns and adjectives): an argument with no entity.                       */
static int S_np_at(S_ctx *c, uint32_t j, uint32_t end, S_arg *a)
{
    uint32_t k = j;
    int counts = 1;   /* only counts so far: "21", "plusieurs" */
    if (k + 1 < end && S_in(S_tok(c, k)->norm, (const char *const[]){"au", "aux", NULL})) {
        k++;   /* "aux troupes du Tchad": a determiner after "à" */
        counts = 0;
    }
    while (k < end && S_is_det(c, k)) {
        if (!S_count_word(c, k)) counts = 0;
        k++;
    }
    if (k > j && k + 1 < end && S_tok(c, k - 1)->kind == DP_TOK_NUM &&
        S_in(S_tok(c, k)->norm, (const char *const[]){"e", "er", "ere", "eme", NULL})) {
        k++;   /* "la 13 e division": an ordinal */
        counts = 0;
    }
    if (k == j || k >= end) return 0;
    if (S_is(c, k, "instar")) return 0;   /* "à l'instar de X": a comparison, no party */
    if (k + 1 < end && S_in(S_tok(c, k)->norm, (const char *const[]){"certain", "certaine", NULL}))
        k++;   /* "un certain nombre": Lefff reads "certain" as a determiner */
    if (counts && S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "des", NULL}) && k + 1 < end) {
        /* "14 de ses militants supposés", "38 d'entre eux", "trois des prévenus" */
        if (S_among(c, j, k + 2 < end ? k + 2 : k, a)) return 1;
        uint32_t at = S_is(c, k, "des") ? k : k + 1;
        if (at + 1 < end && S_is(c, at, "l'") && S_is(c, at + 1, "autre")) return 0;   /* "l'un loin de l'autre" */
        if (at < end && (c->ment[at] >= 0 ? S_mention_at(c, at, a) : S_np_at(c, at, end, a))) {
            a->sp.t0 = j;
            return 1;
        }
        return 0;
    }
    if (c->ment[k] >= 0) return S_mention_at(c, k, a);
    const dp_token *hk = S_tok(c, k);
    if (hk->kind == DP_TOK_WORD && (hk->flags & DP_TF_CAP) &&
        (((!hk->pos || (hk->pos & DP_POS_NP)) && !(hk->pos & (DP_POS_V | DP_POS_PREP | DP_POS_DET))) || S_acronym(c, k))) {
        /* "des Imbonerakure", "les Peshmergas": a name the NER did not take */
        uint32_t e = k + 1;
        while (e < end && (S_tok(c, e)->flags & DP_TF_CAP) && S_tok(c, e)->kind == DP_TOK_WORD &&
               c->ment[e] < 0 && e < k + 4)
            e++;
        memset(&a->actor, 0, sizeof a->actor);
        a->by_par = 0;
        a->ent = -1;
        a->sp = (dp_tspan){j, e};
        a->place = S_place_of(c, a->sp, -1);
        return 1;
    }
    uint32_t h = k;
    /* "l'ex-trésorier du parti", "un ex-ministre": a former function the lexicon
     * does not list is a noun */
    int ex = !hk->pos && hk->kind == DP_TOK_WORD && !strncmp(hk->norm, "ex-", 3) && hk->norm[3];
    if (ex) k++;
    while (k < end && (S_tok(c, k)->pos & (DP_POS_NC | DP_POS_ADJ)) &&
           !(S_tok(c, k)->pos & (DP_POS_AUX | DP_POS_DET | DP_POS_PREP | DP_POS_CONJ)) &&
           S_tok(c, k)->kind == DP_TOK_WORD && c->ment[k] < 0 && !c->in_time[k])
        k++;
    if (!ex && k > h + 1 && !(S_tok(c, h)->pos & DP_POS_NC) && (S_tok(c, h + 1)->pos & DP_POS_NC))
        h++;   /* "un certain nombre", "de nombreux civils": an adjective first */
    if (k == h || !(ex || (S_tok(c, h)->pos & DP_POS_NC))) return 0;
    /* "tués, la plupart décapités": "la plupart" with no complement counts
     * the people named before, it names no party of its own */
    if (S_is(c, h, "plupart") && !(h + 1 < end && S_in(S_tok(c, h + 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL})))
        return 0;
    memset(&a->actor, 0, sizeof a->actor);
    a->by_par = 0;
    a->ent = -1;
    a->sp = (dp_tspan){j, k};
    a->place = S_place_of(c, a->sp, -1);
    for (uint32_t t = j; t < k; t++)   /* an entity inside takes over */
        if (c->ment[t] >= 0) return S_mention_at(c, t, a);
    if (k == h + 1 && k < end && c->ment[k] >= 0 && c->ments[c->ment[k]].sp.t0 == k &&
        (c->d->ents.v[c->ments[c->ment[k]].ent].type == DP_ENT_PER ||
         c->d->ents.v[c->ments[c->ment[k]].ent].type == DP_ENT_ORG)) {
        /* "l'organisation État islamique", "le groupe Boko Haram": the name
         * in apposition to the one noun names the party */
        S_arg e;
        S_mention_at(c, k, &e);
        a->ent = e.ent;
        a->sp.t1 = e.sp.t1;
        a->place = e.place;
        return 1;
    }
    /* "les combattants d'Al-Chabab", "la victoire de Joe Biden": the
     * entity that completes the noun names the party; the span keeps the
     * whole phrase */
    uint32_t m = k;
    if (m < end && S_in(S_tok(c, m)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) {
        m++;
        /* through a chain of complements: "le manque de fermeté des Européens" */
        while (m < end && m < k + 7 && c->ment[m] < 0 &&
               (S_is_det(c, m) || S_in(S_tok(c, m)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) ||
                ((S_tok(c, m)->pos & (DP_POS_NC | DP_POS_ADJ)) && S_tok(c, m)->kind == DP_TOK_WORD &&
                 !(S_tok(c, m)->pos & (DP_POS_V | DP_POS_PREP | DP_POS_CONJ | DP_POS_PRO)))))
            m++;
        if (m < end && c->ment[m] >= 0 && !c->in_time[m]) {
            S_arg e;
            S_mention_at(c, m, &e);
            if (e.sp.t0 == m && !S_is_plain_place(c, e.ent, e.sp)) {
                a->ent = e.ent;
                a->sp.t1 = e.sp.t1;
                a->place = e.place;
            }
        }
    }
    return 1;
}

/* The noun phrase SP is headed by a place noun ("les principaux sites").  */
static int S_np_is_placehead(S_ctx *c, dp_tspan sp)
{
    for (uint32_t t = sp.t0; t < sp.t1; t++) {
        if (!(S_tok(c, t)->pos & DP_POS_NC) || S_is_det(c, t)) continue;
        S_entry e[4];
        size_t n = S_lookup_lemma(c, t, e, 4);
        for (size_t k = 0; k < n; k++)
            if (e[k].part == P_PLACEHEAD) return 1;
        return 0;
    }
    return 0;
}

static int S_event_noun_here(S_ctx *c, uint32_t t);
static int S_party_noun(S_ctx *c, uint32_t t);

/* The bare noun phrase A cannot act: its head is a date ("ces derniers
 * mois"), an event noun ("des manifestations") or a thing the lexicon
 * lists ("un communiqué", "une pétition").  An event noun that can also
 * name people, a vehicle or a site (S_party_noun) is one only where it may
 * be an event (S_event_noun_here): "le cortège a été attaqué" has no
 * protest (no protesters of its own), the motorcade is a party; one that
 * agents.tsv lists names people everywhere ("les otages").              */
static int S_agentless(S_ctx *c, const S_arg *a)
{
    if (a->ent >= 0) return 0;
    for (uint32_t t = a->sp.t0; t < a->sp.t1; t++) {
        if (c->in_time[t]) return 1;
        if (!(S_tok(c, t)->pos & DP_POS_NC) || S_is_det(c, t)) continue;
        S_entry e[S_SENSES];
        size_t n = S_lookup_tok(c, t, e, S_SENSES);
        int event = 0;
        /* "le pays a protesté": a thing noun that agents.tsv lists acts */
        const char *val[2];
        int agent = dp_dict_find(c->d->model, "agents", S_tok(c, t)->norm, strlen(S_tok(c, t)->norm), val, 2);
        for (size_t k = 0; k < n; k++) {
            if ((e[k].part == P_THING && !agent) || (e[k].part == P_NOUN && !e[k].f[F_EVENT])) return 1;
            event |= e[k].part == P_NOUN;
        }
        /* "les otages ont été libérés": an event noun of people that
         * agents.tsv lists is a party */
        return event && !agent && (!S_party_noun(c, t) || S_event_noun_here(c, t));
    }
    return 0;
}

/* The bare noun phrase A names an explosive device: a word of it is a
 * form of a device noun or of "piégé" ("une voiture piégée", "un colis
 * suspect", "une ceinture d'explosifs"), not "un bus".                   */
static int S_device(S_ctx *c, const S_arg *a)
{
    static const char *const dev[] = {"bombe", "engin", "colis", "ceinture", "obus", "explosif", "grenade",
                                      "roquette", "missile", "mine", "munition", "charge", "bonbonne",
                                      "piege", "piegee", "pieger", NULL};
    if (a->ent >= 0) return 0;
    for (uint32_t t = a->sp.t0; t < a->sp.t1 && t < a->sp.t0 + 6; t++)
        if (!S_is_det(c, t) && S_lemma_among(c, t, dev)) return 1;
    return 0;
}

/* The head of the bare noun phrase A, past its determiners and the words
 * of class SKIP (adjectives, numbers), has a lexicon entry of PART: for
 * P_NOUN an event noun (of TYPE when given: "la deuxième explosion", "les
 * tirs"), for P_THING a thing ("une forte résistance").                   */
static int S_head_is(S_ctx *c, const S_arg *a, int part, const char *type, unsigned skip)
{
    if (a->ent >= 0) return 0;
    for (uint32_t t = a->sp.t0; t < a->sp.t1 && t < a->sp.t0 + 4; t++) {
        if (S_is_det(c, t)) continue;
        S_entry e[S_SENSES];
        size_t n = S_lookup_tok(c, t, e, S_SENSES);
        for (size_t k = 0; k < n; k++) {
            if ((int)e[k].part != part) continue;
            if (part != P_NOUN) return 1;
            if (e[k].f[F_EVENT] && (!type || !strcmp(e[k].f[F_EVENT], type))) return 1;
        }
        if (!(S_tok(c, t)->pos & skip)) return 0;
    }
    return 0;
}

static int S_event_head(S_ctx *c, const S_arg *a, const char *type)
{
    return S_head_is(c, a, P_NOUN, type, DP_POS_ADJ | DP_POS_NUM);
}

static int S_thing_head(S_ctx *c, const S_arg *a)
{
    return S_head_is(c, a, P_THING, NULL, DP_POS_ADJ);
}

/* The word at I, an adverb in "-ment" that is also a noun in the lexicon
 * ("fermement", "complètement"), stands right after an auxiliary: no
 * determiner, so no noun -- an adverb inside the verb group ("a fermement
 * condamné").                                                              */
static int S_adverb_after_aux(S_ctx *c, uint32_t s0, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (!(t->pos & DP_POS_ADV) || (t->pos & DP_POS_V)) return 0;   /* (no strlen for most words) */
    size_t n = strlen(t->norm);
    return n > 6 && !strcmp(t->norm + n - 4, "ment") && i > s0 && S_is_aux(c, i - 1);
}

/* A count of times ends before token G, inside a verb group ("avait
 * plusieurs fois été menacé", "a une nouvelle fois appelé", "ont à
 * maintes reprises dénoncé"): its first token, G when there is none.     */
static uint32_t S_times_before(S_ctx *c, uint32_t s0, uint32_t g)
{
    static const char *const count[] = {"plusieurs", "maintes", "nombreuses", "nouvelle", "deux", "trois", "quatre",
                                        "premiere", "derniere", "seconde", "deuxieme", "troisieme", NULL};
    if (g < s0 + 3 || !S_in(S_tok(c, g - 1)->norm, (const char *const[]){"fois", "reprises", NULL}) ||
        !S_in(S_tok(c, g - 2)->norm, count))
        return g;
    uint32_t f = g - 2;
    if (S_is(c, f - 1, "de") && f - 1 > s0 + 1) f--;   /* "à de nombreuses reprises" */
    /* only between an auxiliary and the verb: "a plusieurs fois critiqué",
     * or after "une", "la", "à" there ("a une nouvelle fois appelé", "a à
     * maintes reprises dénoncé"; "a" is the folded form of both "a" and "à") */
    if (f > s0 && S_is_aux(c, f - 1)) return f;
    if (f > s0 + 1 && S_in(S_tok(c, f - 1)->norm, (const char *const[]){"une", "la", "a", NULL}) && S_is_aux(c, f - 2))
        return f - 1;
    return g;
}

/* The folded words of tokens A..B-1 joined by single spaces, an elided
 * word joined to the next one ("d'abord", "quant a lui"), into KEY (CAP
 * bytes): the form of a phrase key of data/lexicon; its length, 0 when it
 * does not fit.                                                           */
static size_t S_phrase_key(S_ctx *c, uint32_t a, uint32_t b, char *key, size_t cap)
{
    size_t n = 0;
    for (uint32_t k = a; k < b; k++) {
        const char *w = S_tok(c, k)->norm;
        size_t l = strlen(w);
        if (n + l + 2 > cap) return 0;
        if (k > a && n && key[n - 1] != '\'') key[n++] = ' ';
        memcpy(key + n, w, l);
        n += l;
    }
    key[n] = 0;
    return n;
}

static const char *const S_group_glue[] = {
    "ne", "n'", "pas", "plus", "jamais", "se", "s'", "l'", "les", "le", "la",
    "lui", "leur", "y", "en", "me", "m'", "nous", "vous", "deja", "ete",
    "egalement", "aussi", "encore", "bien", "tres", "toujours", NULL};

/* Token I is a word of a verb group between its auxiliary and its verb:
 * negation, a clitic or a one-word adverb ("n'a pas", "a déjà",
 * "a fermement").                                                         */
static int S_group_word(S_ctx *c, uint32_t s0, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    return S_word_listed(c, i, S_W_GLUE, S_group_glue) || ((t->pos & DP_POS_ADV) && !(t->pos & (DP_POS_NC | DP_POS_V))) ||
           S_adverb_after_aux(c, s0, i);
}

/* An adverbial of data/lexicon/adverbials.tsv (several words, or one that
 * the lexicon reads as no adverb: "lui-même") ends right before token G,
 * between an auxiliary (or a word of its group) and the verb: "ont d'abord
 * attaqué", "a par ailleurs rejeté", "n'a pas non plus signé", "ont quant
 * à eux refusé".  Its first token, G when there is none.                  */
static uint32_t S_adverbial_before(S_ctx *c, uint32_t s0, uint32_t g)
{
    for (uint32_t k = 1; k <= 4 && g >= s0 + k + 1; k++) {
        uint32_t b = g - k - 1;   /* the word before the phrase */
        if (!S_is_aux(c, b) && !S_group_word(c, s0, b)) continue;
        if (k > 1 && !S_opens_phrase(c, g - k, S_W_ADVERBIALS, "adverbials")) continue;
        char key[96];
        size_t n = S_phrase_key(c, g - k, g, key, sizeof key);
        const char *val[1];
        if (n && c->d->model && dp_dict_find(c->d->model, "adverbials", key, n, val, 1)) return g - k;
    }
    return g;
}

/* Token G - 1 closes a short incise between an auxiliary and its verb: at
 * most six words between two commas, none a verb (a word that reads only
 * as a verb or a participle), a relative pronoun or a coordinator, an
 * auxiliary right before the first ("ont, selon les secours, évacué",
 * "a, mardi soir, rejeté").  The first comma, G when there is none.      */
static uint32_t S_incise_before(S_ctx *c, uint32_t s0, uint32_t g)
{
    if (g < s0 + 4 || !S_is_comma(S_tok(c, g - 1))) return g;
    for (uint32_t k = g - 1; k > s0 + 1 && g - 1 - k <= 6;) {
        k--;
        const dp_token *t = S_tok(c, k);
        if (S_is_comma(t)) return k + 1 < g - 1 && S_is_aux(c, k - 1) ? k : g;
        if (t->kind != DP_TOK_WORD && t->kind != DP_TOK_NUM) return g;
        if (S_is_aux(c, k) || (S_is_verb(t) && !(t->pos & ~(unsigned)(DP_POS_V | DP_POS_VPP | DP_POS_VINF | DP_POS_ADJ))) ||
            S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", "ou", "et", "mais", NULL}))
            return g;
    }
    return g;
}

/* Two adverbs joined by "ou" or "et" end right before token G, after an
 * auxiliary or a word of its group: "ont été provisoirement et entièrement
 * bouclés", "a lentement et patiemment reconstruit".  The first adverb, G
 * when there is none.                                                     */
static uint32_t S_adverb_pair_before(S_ctx *c, uint32_t s0, uint32_t g)
{
    if (g < s0 + 4 || !S_in(S_tok(c, g - 2)->norm, (const char *const[]){"ou", "et", NULL})) return g;
    for (uint32_t k = g - 3; k < g; k += 2) {
        const dp_token *t = S_tok(c, k);
        if (!(t->pos & DP_POS_ADV) || (t->pos & DP_POS_V)) return g;
    }
    return S_is_aux(c, g - 4) || S_group_word(c, s0, g - 4) ? g - 3 : g;
}

/* Start of the verb group whose main verb is token V: auxiliaries,
 * negation, clitics and adverbs before it, and between an auxiliary and
 * its verb an adverbial of several words, two adverbs joined or a short
 * incise.                                                                 */
static uint32_t S_group_start_new(S_ctx *c, uint32_t s0, uint32_t v, uint32_t *aux0);

/* S_group_start's answers, kept for the document in a small table by
 * verb token and sentence start: a verb is asked again for each of its
 * senses, for its subject and by the passes after the merge (the answer
 * reads the tokens alone).  V1: 1 + the verb token, 0 for a free slot.  */
typedef struct S_group_memo { uint32_t v1, s0, g, a; } S_group_memo;
#define S_GROUP_SLOTS 64

static uint32_t S_group_start(S_ctx *c, uint32_t s0, uint32_t v, uint32_t *aux0)
{
    if (!c->groups) c->groups = dp_arena_alloc(&c->d->arena, S_GROUP_SLOTS * sizeof *c->groups);
    S_group_memo *k = &c->groups[(v ^ (s0 << 3)) % S_GROUP_SLOTS];
    if (k->v1 != v + 1 || k->s0 != s0) {
        k->g = S_group_start_new(c, s0, v, &k->a);
        k->v1 = v + 1;
        k->s0 = s0;
    } else {
#ifdef DP_EVENT_MEMO_CHECK
        uint32_t a;
        S_MEMO_CHECK(S_group_start_new(c, s0, v, &a) == k->g && a == k->a);
#endif
    }
    if (aux0) *aux0 = k->a;
    return k->g;
}

static uint32_t S_group_start_new(S_ctx *c, uint32_t s0, uint32_t v, uint32_t *aux0)
{
    uint32_t g = v, a = v;
    while (g > s0) {
        if (S_is_aux(c, g - 1)) { g--; a = g; continue; }
        uint32_t p = S_adverbial_before(c, s0, g);
        if (p == g) p = S_adverb_pair_before(c, s0, g);
        if (p == g) p = S_incise_before(c, s0, g);
        if (p < g || S_group_word(c, s0, g - 1)) {
            g = p < g ? p : g - 1;
            continue;
        }
        uint32_t f = S_times_before(c, s0, g);
        if (f < g) {   /* "avait plusieurs fois été menacé" */
            g = f;
            continue;
        }
        break;
    }
    /* leading adverbs or pronouns with no auxiliary after them stay out   */
    while (g < a && !S_in(S_tok(c, g)->norm, (const char *const[]){"ne", "n'", "se", "s'", NULL}))
        g++;
    *aux0 = a;
    return g;
}

static int S_is_clause_verb(S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (!S_is_verb(t) || (t->pos & DP_POS_NC)) return 0;
    if ((t->pos & DP_POS_VPP) && !(t->pos & DP_POS_V) && i > 0 && !S_is_aux(c, i - 1))
        return 0;   /* a participle used as an adjective */
    return 1;
}

/* The mention A starting at M0 completes a noun ("groupes d'assaillants"):
 * widens A to the noun phrase from its determiner when nothing introduces
 * that phrase.                                                              */
static int S_np_head_left(S_ctx *c, uint32_t s0, uint32_t m0, S_arg *a)
{
    uint32_t k = m0;
    while (k > s0 && (S_in(S_tok(c, k - 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) ||
                      S_is_det(c, k - 1)))
        k--;   /* back over "d'", "de la" */
    uint32_t h = k;
    while (k > s0 && (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_det(c, k - 1) &&
           !(S_tok(c, k - 1)->pos & (DP_POS_PREP | DP_POS_AUX)) && c->ment[k - 1] < 0)
        k--;
    if (k == h || k == s0 || !S_is_det(c, k - 1)) return 0;
    if (S_prep_before(c, k - 1, s0, NULL)) return 0;
    a->sp.t0 = k - 1;
    /* "le gouverneur de Floride", "le maire de Paris": a town or region
     * completing the noun only says where; the party is the noun */
    if (S_is_plain_place(c, a->ent, (dp_tspan){m0, a->sp.t1}) && !S_np_is_placehead(c, (dp_tspan){k - 1, h})) {
        a->sp.t1 = h;
        a->ent = -1;
        a->place = -1;
    }
    return 1;
}

/* A subject pronoun ("il", "ils") stands for the first person or group
 * named as a subject in the two sentences before (S0: start of the
 * pronoun's sentence).                                                      */
/* The mention A names a group: a plural determiner opens it ("les
 * manifestants", "des policiers", "ces hommes").                           */
static int S_plural(S_ctx *c, const S_arg *a)
{
    static const char *const pl[] = {"les", "des", "ces", "leurs", "nos", "vos", "plusieurs", "quelques", NULL};
    if (S_in(S_tok(c, a->sp.t0)->norm, pl)) return 1;
    return a->sp.t0 > 0 && S_in(S_tok(c, a->sp.t0 - 1)->norm, pl);
}

static int S_subject(S_ctx *c, uint32_t s0, uint32_t g, int infinitive, int depth, S_arg *out);
static int S_agentless(S_ctx *c, const S_arg *a);

/* The argument A opens with a quantity noun and its complement ("une
 * centaine de manifestants", "la plupart des grévistes"): its article
 * says neither the gender nor the number of the people it counts.        */
static int S_quantity_phrase(S_ctx *c, const S_arg *a)
{
    uint32_t h = a->sp.t0 + 1;
    return h + 1 < c->d->toks.n && S_in(S_tok(c, h)->norm, S_quantifiers) &&
           S_in(S_tok(c, h + 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL});
}

/* The subject of sentence S's first clause, the party a pronoun of the
 * next sentence most often stands for ("Le parti a une ligne floue.
 * Il s'est rapproché ..."), itself through a pronoun ("Dans la soirée, il a
 * loué un camion.  Puis, il ...") or the X of "Il s'agit de X".        */
static int S_sentence_subject(S_ctx *c, const dp_sentence *s, int singular, S_arg *out)
{
    if (c->pro_depth >= 2) return 0;
    for (uint32_t j = s->t0; j < s->t1 && j < s->t0 + 30; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t)) return 0;   /* a quote or a parenthesis first: no plain clause */
        if (c->in_time[j] || c->ment[j] >= 0 || !(S_is_clause_verb(c, j) || S_is_aux(c, j))) continue;
        S_arg a;
        int ok;
        if (S_lemma_is(c, j, "agir") && j > s->t0 && (S_is(c, j - 1, "s'") || S_is(c, j - 1, "se")) && j + 1 < s->t1 &&
            S_in(S_tok(c, j + 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) {
            uint32_t k = S_is(c, j + 1, "de") || S_is(c, j + 1, "d'") ? j + 2 : j + 1;   /* "il s'agit d'un ancien soldat" */
            ok = k < s->t1 && (c->ment[k] >= 0 ? S_mention_at(c, k, &a) : S_np_at(c, k, s->t1, &a));
        } else {
            c->pro_depth++;
            ok = S_subject(c, s->t0, S_group_start(c, s->t0, j, NULL), 0, 0, &a);
            c->pro_depth--;
        }
        if (!ok || (singular && S_plural(c, &a)) || S_agentless(c, &a) || S_is_plain_place(c, a.ent, a.sp)) return 0;
        if (!singular && !S_quantity_phrase(c, &a) &&
            S_in(S_tok(c, a.sp.t0)->norm, (const char *const[]){"le", "la", "l'", "un", "une", "ce", "cet", "cette", "son",
                                                                "sa", NULL}))
            return 0;   /* "ils" is not "le recruteur" */
        /* a state acting ("Les États-Unis invitent ...  Ils tiennent") is
         * a party too: a plain place is out above */
        if (a.ent >= 0 && c->d->ents.v[a.ent].type != DP_ENT_PER && c->d->ents.v[a.ent].type != DP_ENT_ORG &&
            c->d->ents.v[a.ent].type != DP_ENT_LOC && !c->d->ents.v[a.ent].nominal)
            return 0;
        if (!singular && a.ent >= 0 && c->d->ents.v[a.ent].type == DP_ENT_LOC && a.sp.t0 > s->t0 &&
            S_in(S_tok(c, a.sp.t0 - 1)->norm, (const char *const[]){"le", "la", "l'", NULL}))
            return 0;   /* "ils" is not "le Canada" */
        *out = a;
        return 1;
    }
    return 0;
}

/* The gender of the subject pronoun at PRO ('m' for "il", "ils", 'f' for
 * "elle", "elles"), 0 for the others.                                      */
static char S_pro_gender(S_ctx *c, uint32_t pro)
{
    const char *w = S_tok(c, pro)->norm;
    if (S_in(w, (const char *const[]){"il", "ils", NULL})) return 'm';
    if (S_in(w, (const char *const[]){"elle", "elles", NULL})) return 'f';
    return 0;
}

/* The argument A cannot be what a pronoun of gender G stands for: a person
 * known to be of the other gender ("Elle avait été enlevée" is not Laurent
 * Meurice), or, for a SINGULAR pronoun, a bare noun phrase whose article
 * says the other gender ("il" is not "la police"); not a quantity noun
 * with its complement ("une centaine de manifestants ... ils").          */
static int S_gender_clash(S_ctx *c, char g, int singular, const S_arg *a)
{
    if (!g) return 0;
    if (a->ent >= 0) {
        char e = c->d->ents.v[a->ent].gender;
        return c->d->ents.v[a->ent].type == DP_ENT_PER && e && e != g;
    }
    if (!singular || S_quantity_phrase(c, a)) return 0;
    const char *w = S_tok(c, a->sp.t0)->norm;
    if (S_in(w, (const char *const[]){"la", "une", "cette", NULL})) return g == 'm';
    if (S_in(w, (const char *const[]){"le", "un", "ce", "cet", NULL})) return g == 'f';
    return 0;
}

/* The last person of gender G named in sentence S, complement or not: the
 * one a gendered pronoun of the next sentence stands for when no subject
 * fits ("... le cas de Sophie Pétronin.  Elle avait été enlevée").        */
static int S_gendered_person(S_ctx *c, const dp_sentence *s, char g, S_arg *out)
{
    if (!g) return 0;
    for (uint32_t j = s->t1; j-- > s->t0;) {
        if (c->ment[j] < 0) continue;
        const dp_entity *e = &c->d->ents.v[c->ments[c->ment[j]].ent];
        if (e->type == DP_ENT_PER && !e->nominal && e->gender == g) return S_mention_at(c, j, out);
    }
    return 0;
}

static const char *S_prep_word(S_ctx *c, uint32_t j);

/* The pronoun at token J is a stressed one, never the verb "luire" the
 * form "lui" can read as: after a preposition ("contre lui", "chez lui
 * par") or before "aussi" / "même" ("X continue lui aussi de ...").      */
static int S_stressed_pronoun(S_ctx *c, uint32_t j)
{
    const dp_token *t = S_tok(c, j);
    if (t->kind != DP_TOK_WORD || !(t->pos & DP_POS_PRO)) return 0;
    if (j > 0 && S_prep_word(c, j - 1)) return 1;
    return S_is(c, j, "lui") && j + 1 < c->d->toks.n &&
           S_in(S_tok(c, j + 1)->norm, (const char *const[]){"aussi", "meme", "-meme", NULL});
}

/* The head noun of the bare phrase A (past determiners, numbers,
 * adjectives and a quantifier's "de": "une centaine de manifestants", "le
 * nouveau ministre"), or -1 (no model, or no common noun first).         */
static int64_t S_bare_head(S_ctx *c, const S_arg *a)
{
    if (!c->d->model) return -1;
    for (uint32_t t = a->sp.t0; t < a->sp.t1 && t < a->sp.t0 + 6; t++) {
        const dp_token *k = S_tok(c, t);
        if (S_is_det(c, t) || k->kind == DP_TOK_NUM) continue;
        if (S_word_listed(c, t, S_W_QUANT, S_quantifiers) && t + 1 < a->sp.t1 &&
            S_in(S_tok(c, t + 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL})) {
            t++;   /* "une centaine de manifestants": the noun counted */
            continue;
        }
        if (k->kind != DP_TOK_WORD || !(k->pos & DP_POS_NC)) {
            if (k->pos & DP_POS_ADJ) continue;   /* "le nouveau ministre" */
            return -1;
        }
        return t;
    }
    return -1;
}

/* The argument A can act, positive evidence only: a named party (entity),
 * or a bare phrase whose head noun is a person's function, an acting group
 * or an organisation head (titles.tsv, agents.tsv, orgheads.tsv: "le
 * groupe", "le ministre", "les manifestants") or a people; not "la
 * situation", "le dialogue", "le climat".                                */
static int S_can_act(S_ctx *c, const S_arg *a)
{
    if (a->ent >= 0) return 1;
    int64_t h = S_bare_head(c, a);
    if (h < 0) return 0;
    const dp_token *k = S_tok(c, (uint32_t)h);
    const char *val[2];
    size_t n = strlen(k->norm);
    dp_country co;
    return dp_dict_find(c->d->model, "agents", k->norm, n, val, 2) ||
           dp_dict_find(c->d->model, "titles", k->norm, n, val, 2) ||
           dp_dict_find(c->d->model, "orgheads", k->norm, n, val, 2) ||
           dp_demonym_find(c->d->model, k->norm, n, &co) == 0;
}

/* The bare phrase A is headed by a noun of agents.tsv whose sector is
 * S1 or S2 ("MIL", "REB", "COP").                                         */
static int S_agent_head(S_ctx *c, const S_arg *a, const char *s1, const char *s2)
{
    int64_t h = S_bare_head(c, a);
    const char *val[2];
    if (h < 0) return 0;
    const char *w = S_tok(c, (uint32_t)h)->norm;
    if (!dp_dict_find(c->d->model, "agents", w, strlen(w), val, 2)) return 0;
    return !strncmp(val[0], s1, 3) || !strncmp(val[0], s2, 3);
}

/* An armed agent noun (military, rebels: "l'armée", "les soldats", "des
 * rebelles"), not the police nor a civilian group.                       */
static int S_armed_head(S_ctx *c, const S_arg *a) { return S_agent_head(c, a, "MIL", "REB"); }

/* A police or military noun ("les forces de l'ordre", "policiers",
 * "l'armée").                                                            */
static int S_force_head(S_ctx *c, const S_arg *a) { return S_agent_head(c, a, "MIL", "COP"); }

/* The noun at token I names a riot or a clash ("heurts", "affrontements",
 * "échauffourées", "émeutes", "rixe"), not a march or a rally.           */
static int S_clash_noun(S_ctx *c, uint32_t i)
{
    return S_in(S_tok(c, i)->norm, (const char *const[]){"heurt", "heurts", "affrontement", "affrontements", "echauffouree",
                                                         "echauffourees", "emeute", "emeutes", "rixe", "rixes",
                                                         "accrochage", "accrochages", NULL});
}

/* A riot or clash read as a protest whose parties are named together
 * ("les affrontements entre policiers et manifestants"): the protesters
 * act, the police or troops they face are its recipients.  Only when some
 * party is no force, and no recipient was read.                          */
static void S_protest_forces_apart(S_ctx *c, S_args *A)
{
    if (A->nactor < 2 || A->nrecip) return;
    int forces = 0;
    for (int i = 0; i < A->nactor; i++) forces += A->actor[i].ent < 0 && S_force_head(c, &A->actor[i]);
    if (!forces || forces == A->nactor) return;
    int n = 0;
    for (int i = 0; i < A->nactor; i++) {
        if (A->actor[i].ent < 0 && S_force_head(c, &A->actor[i])) S_add(A->recip, &A->nrecip, A->actor[i]);
        else A->actor[n++] = A->actor[i];
    }
    A->nactor = n;
}

/* The bare phrase A is headed by a person's function of titles.tsv ("le
 * maire", "le nouveau chef du gang", "deux ministres").                   */
static int S_title_head(S_ctx *c, const S_arg *a)
{
    int64_t h = S_bare_head(c, a);
    const char *val[2];
    if (h < 0) return 0;
    const char *w = S_tok(c, (uint32_t)h)->norm;
    return dp_dict_find(c->d->model, "titles", w, strlen(w), val, 2) > 0;
}

/* A reflexive clitic stands in the three tokens before the verb at HEAD,
 * in its clause ("s'abat", "ne s'est pas arrêté").                       */
static int S_reflexive_before(S_ctx *c, const dp_sentence *s, uint32_t head)
{
    for (uint32_t j = head; j > s->t0 && head - j < 3;) {
        j--;
        if (S_is(c, j, "se") || S_is(c, j, "s'")) return 1;
        if (S_is_stop(S_tok(c, j)) || S_is_comma(S_tok(c, j))) break;
    }
    return 0;
}

/* A reflexive clitic of the verb at HEAD's own group: "se" / "s'" with
 * nothing between it and HEAD but negation, "en", "y", object clitics or
 * a form of the auxiliary "être" ("s'abat", "ne s'en prend pas", "se sont
 * demandé").  The clitic of another verb ("les habitants s'inquiètent et
 * demandent ...") or of an auxiliary verb that HEAD completes ("s'est vu /
 * fait / laissé demander") is not HEAD's.                                */
static int S_reflexive_own(S_ctx *c, const dp_sentence *s, uint32_t head)
{
    static const char *const group[] = {"ne", "n'", "en", "y", "le", "la", "les", "l'", "lui", "leur", "me", "m'",
                                        "te", "t'", "nous", "vous", "est", "sont", "etait", "etaient", "sera",
                                        "seront", "serait", "seraient", "soit", "soient", "fut", "furent", "etre",
                                        "pas", "plus", "jamais", "guere", NULL};
    for (uint32_t j = head; j > s->t0 && head - j < 4;) {
        j--;
        if (S_is(c, j, "se") || S_is(c, j, "s'")) return 1;
        if (!S_in(S_tok(c, j)->norm, group)) break;
    }
    return 0;
}

/* Sentence S opens with a clause of condition, concession, cause or time
 * ("si", "quand", "lorsque", "bien que", "même si", "comme", "puisque",
 * "parce que", "alors que", "tant que", "dès que"): its subject is most
 * often a situation, and the pronoun of the main clause after it stands
 * for the party of the sentences before.                                 */
static int S_opens_adverbial(S_ctx *c, const dp_sentence *s)
{
    const char *w = S_tok(c, s->t0)->norm;
    if (S_in(w, (const char *const[]){"si", "s'", "quand", "lorsque", "lorsqu'", "bien", "meme", "comme", "puisque",
                                      "puisqu'", NULL}))
        return 1;
    return s->t0 + 1 < s->t1 && S_in(w, (const char *const[]){"parce", "alors", "tant", "des", NULL}) &&
           S_in(S_tok(c, s->t0 + 1)->norm, (const char *const[]){"que", "qu'", NULL});
}

/* The named person the indirect report holding token PRO in sentence S
 * opens with ("X a révélé qu'Y a demandé ..."): a mention of a named person
 * other than the report's speaker starting its words, before PRO, of
 * gender G and number SINGULAR.                                          */
static int S_reported_subject(S_ctx *c, const dp_sentence *s, uint32_t pro, char g, int singular, S_arg *out)
{
    const dp_doc *d = c->d;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const dp_quote *Q = &d->quotes.v[q];
        if (Q->direct || Q->span.t0 < s->t0 || Q->span.t0 >= pro || pro >= Q->span.t1 || c->ment[Q->span.t0] < 0)
            continue;
        S_arg a;
        S_mention_at(c, Q->span.t0, &a);
        const dp_entity *e = &d->ents.v[a.ent];
        if (a.sp.t0 != Q->span.t0 || a.sp.t1 > pro || e->type != DP_ENT_PER || e->nominal || a.ent == Q->speaker ||
            (singular && S_plural(c, &a)) || S_gender_clash(c, g, singular, &a))
            continue;
        *out = a;
        return 1;
    }
    return 0;
}

/* Sentence S is a speaker's words -- quoted ("Selon lui, « ... »") or
 * told before an inverted cue ("..., conclut-il", "a-t-elle concédé");
 * called last for the sentence before a pronoun, when its subject, its
 * unintroduced mentions and its persons gave nothing: a subject pronoun of
 * the next sentence stands for that speaker ("« ... », a-t-il ajouté.  Il a ensuite
 * appelé ...").  The speaker of the last such report in S, a person or an
 * organisation agreeing with the pronoun (gender G, number SINGULAR),
 * into OUT.  A cue before reported words ("Selon X, le bâtiment ...")
 * leaves the sentence its own subject: no speaker then.                  */
static int S_report_speaker(S_ctx *c, const dp_sentence *s, char g, int singular, S_arg *out)
{
    const dp_doc *d = c->d;
    for (size_t q = d->quotes.n; q-- > 0;) {
        const dp_quote *Q = &d->quotes.v[q];
        if (Q->cue.t1 <= Q->cue.t0 || Q->cue.t0 < s->t0 || Q->cue.t0 >= s->t1) continue;
        if (!Q->direct && Q->cue.t0 < Q->span.t0) continue;
        if (Q->speaker < 0 || Q->speaker_span.t1 <= Q->speaker_span.t0) return 0;
        S_arg a;
        if (!S_mention_at(c, Q->speaker_span.t0, &a) || a.ent != Q->speaker) return 0;
        /* another person the pronoun could stand for, named between the
         * speaker's mention and the cue: the speaker is not sure */
        for (uint32_t k = a.sp.t1; k < Q->cue.t0; k++) {
            if (c->ment[k] < 0) continue;
            const dp_entity *o = &d->ents.v[c->ments[c->ment[k]].ent];
            if (c->ments[c->ment[k]].ent != a.ent && o->type == DP_ENT_PER && !o->nominal && (!g || !o->gender || o->gender == g))
                return 0;
        }
        const dp_entity *e = &d->ents.v[a.ent];
        if (e->type != DP_ENT_PER && e->type != DP_ENT_ORG) return 0;
        if (singular ? S_plural(c, &a) : !S_plural(c, &a)) return 0;   /* "ils" is not "Jean Dupont" */
        if (S_gender_clash(c, g, singular, &a)) return 0;
        *out = a;
        return 1;
    }
    return 0;
}

static int S_pronoun(S_ctx *c, uint32_t s0, uint32_t pro, S_arg *out)
{
    const dp_doc *d = c->d;
    int singular = S_in(S_tok(c, pro)->norm, (const char *const[]){"il", "elle", "lui", "son", "sa", NULL});
    char g = S_pro_gender(c, pro);
    int32_t si = d->toks.v[s0].sent;
    /* the pronoun's own sentence before it ("X ... quand ils ont été
     * arrêtés"), then the two sentences before */
    for (int back = 0; back < 3 && si >= 0; back++, si--) {
        const dp_sentence *s = &d->sents.v[si];
        if (back > 0 && S_sentence_subject(c, s, singular, out) && !S_gender_clash(c, g, singular, out)) return 1;
        /* "X a révélé qu'Y a demandé ... et qu'il avait été sanctionné": the
         * pronoun of a completive coordinated to the report's first one
         * stands for that one's subject, not for the speaker */
        if (back == 0 && pro > s->t0 + 1 && (S_is(c, pro - 1, "qu'") || S_is(c, pro - 1, "que")) &&
            S_in(S_tok(c, pro - 2)->norm, (const char *const[]){"et", "ou", "mais", NULL}) &&
            S_reported_subject(c, s, pro, g, singular, out))
            return 1;
        /* "les éleveurs n'ont pas reçu le soutien qu'ils avaient
         * réclamé": the subject of the clause the pronoun's clause hangs on */
        if (back == 0 && pro > s->t0 && (S_is(c, pro - 1, "qu'") || S_is(c, pro - 1, "que")) &&
            S_sentence_subject(c, s, singular, out) && out->sp.t1 < pro - 1 && !S_gender_clash(c, g, singular, out))
            return 1;
        uint32_t end = back == 0 ? pro : s->t1;
        for (uint32_t j = s->t0; j < end; j++) {
            if (c->ment[j] < 0) continue;
            S_arg a;
            S_mention_at(c, j, &a);
            j = a.sp.t1 - 1;
            const dp_entity *e = &d->ents.v[a.ent];
            if (e->type != DP_ENT_PER && e->type != DP_ENT_ORG && !e->nominal) continue;
            if (S_prep_before(c, a.sp.t0, s->t0, NULL)) continue;
            if (singular && S_plural(c, &a)) continue;   /* "elle" is not "les manifestants" */
            if (S_gender_clash(c, g, singular, &a)) continue;
            *out = a;
            return 1;
        }
        /* "là où le clan est le plus puissant, il s'en est pris", "Le ministre
         * espère ..., mais il l'a mis en garde": the subject of a clause
         * before the pronoun in its own sentence, a noun phrase too, when
         * it can act ("Comme la situation se tend, elle ..." is not the
         * situation); else the sentence before */
        if (back == 0 && pro > s->t0 + 2 && g && !S_prep_word(c, pro - 1) && !S_opens_adverbial(c, s)) {
            S_arg a;
            if (S_sentence_subject(c, s, singular, &a) && a.sp.t0 >= s->t0 && a.sp.t1 < pro &&
                !S_gender_clash(c, g, singular, &a) && S_can_act(c, &a)) {
                *out = a;
                return 1;
            }
        }
        if (back == 1 && S_gendered_person(c, s, g, out)) return 1;
        if (back == 1 && S_report_speaker(c, s, g, singular, out)) return 1;
    }
    return 0;
}

/* "ce dernier", "ces derniers", "celui-ci", "ceux-ci" ending at token J
 * (the pronoun use: no noun follows): the first token of the phrase, or 0. */
static uint32_t S_latter_at(S_ctx *c, uint32_t s0, uint32_t j)
{
    const char *w = S_tok(c, j)->norm;
    if (S_in(w, (const char *const[]){"celui-ci", "celle-ci", "ceux-ci", "celles-ci", NULL})) return j + 1;
    if (!strcmp(w, "-ci") && j > s0 &&
        S_in(S_tok(c, j - 1)->norm, (const char *const[]){"celui", "celle", "ceux", "celles", NULL}))
        return j;
    if (S_in(w, (const char *const[]){"dernier", "derniere", "derniers", "dernieres", NULL}) && j > s0 &&
        S_in(S_tok(c, j - 1)->norm, (const char *const[]){"ce", "cette", "ces", NULL}) &&
        (j + 1 >= c->d->toks.n || !(S_tok(c, j + 1)->pos & DP_POS_NC) || S_is_verb(S_tok(c, j + 1)) ||
         (S_tok(c, j + 1)->pos & DP_POS_ADJ)))
        return j;
    return 0;
}

/* A subject phrase opening with "ce dernier", "cette dernière" at token
 * I ("Cette dernière, méfiante, a décidé"): the latter, whatever follows. */
static int S_latter_word(S_ctx *c, uint32_t i)
{
    return i + 1 < c->d->toks.n && S_in(S_tok(c, i)->norm, (const char *const[]){"ce", "cette", "ces", NULL}) &&
           S_in(S_tok(c, i + 1)->norm, (const char *const[]){"dernier", "derniere", "derniers", "dernieres", NULL});
}

/* The bare phrase A is an elliptic ordinal: determiners or counts, then an
 * ordinal that stands for a noun named before and ends the phrase ("La
 * première a explosé", "le second a été tué", "les deux premiers").  It is
 * no party of its own; the noun it stands for is not read here.           */
static int S_elliptic_ordinal(S_ctx *c, const S_arg *a)
{
    static const char *const ords[] = {"premier", "premiere", "premiers", "premieres", "second", "seconde",
                                       "seconds", "secondes", NULL};
    if (a->ent >= 0 || a->sp.t1 < a->sp.t0 + 2) return 0;
    const char *w = S_tok(c, a->sp.t1 - 1)->norm;
    size_t l = strlen(w);   /* or any "-ième(s)": "le deuxième", "les troisièmes" */
    int ieme = (l > 4 && !strcmp(w + l - 4, "ieme")) || (l > 5 && !strcmp(w + l - 5, "iemes"));
    if (!ieme && !S_in(w, ords)) return 0;
    for (uint32_t j = a->sp.t0; j + 1 < a->sp.t1; j++)
        if (!S_is_det(c, j) && !S_count_word(c, j)) return 0;
    return 1;
}

/* The antecedent of "ce dernier" / "celui-ci" starting at token PRO: the
 * last person or group named before it, in its sentence or the two before. */
static int S_latter(S_ctx *c, uint32_t pro, S_arg *out)
{
    const dp_doc *d = c->d;
    int32_t si = d->toks.v[pro].sent;
    uint32_t lo = d->sents.v[si > 2 ? si - 2 : 0].t0;
    for (uint32_t j = pro; j-- > lo;) {
        if (c->in_time[j] || c->role[j]) continue;
        const dp_token *t = S_tok(c, j);
        if (c->ment[j] < 0 && (t->pos & DP_POS_NC) && !S_is_det(c, j) &&
            (!S_is_verb(t) || (j > lo && S_is_det(c, j - 1)))) {
            /* a bare noun phrase: "les positions des troupes loyalistes mais ces derniers" */
            uint32_t k = j;
            while (k > lo && (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_det(c, k - 1) &&
                   !S_is_verb(S_tok(c, k - 1)) && c->ment[k - 1] < 0)
                k--;
            S_arg a;
            if (k > lo && S_is_det(c, k - 1) && S_np_at(c, k - 1, pro, &a) && !S_agentless(c, &a)) {
                *out = a;
                return 1;
            }
            j = k;
            continue;
        }
        if (c->ment[j] < 0) continue;
        S_arg a;
        S_mention_at(c, j, &a);
        j = a.sp.t0;
        const dp_entity *e = &d->ents.v[a.ent];
        if (e->type != DP_ENT_PER && e->type != DP_ENT_ORG && !e->nominal) continue;
        *out = a;
        return 1;
    }
    return 0;
}

/* The comma at P closes a phrase that opens the sentence with a
 * preposition ("À la suite de la grève des dockers au Havre, les élus"):
 * what follows it is the clause, not an aside.                             */
static int S_opening_phrase(S_ctx *c, uint32_t s0, uint32_t p)
{
    while (s0 < p && (S_tok(c, s0)->kind == DP_TOK_DASH || S_tok(c, s0)->kind == DP_TOK_PUNCT)) s0++;   /* "– À la" */
    const dp_token *t = S_tok(c, s0);
    if (!(t->pos & DP_POS_PREP) && !S_in(t->norm, (const char *const[]){"a", "au", "aux", "apres", "selon", "lors", NULL}))
        return 0;
    for (uint32_t k = s0 + 1; k < p; k++)
        if (S_is_comma(S_tok(c, k))) return 0;
    return 1;
}

/* The words [P, J) after an aside's opening comma, headed by a noun that
 * is also a verb form at P, are a verbless noun phrase: no determiner
 * (but "du", "des"), pronoun (but "en") or quote right after P, no verb
 * after it ("branche locale du réseau", not "annonce le ministre").      */
static int S_verbless_aside(S_ctx *c, uint32_t p, uint32_t j)
{
    if (p + 1 >= j || (S_is_det(c, p + 1) && !S_in(S_tok(c, p + 1)->norm, (const char *const[]){"du", "des", NULL})) ||
        (S_tok(c, p + 1)->pos & (DP_POS_PRO | DP_POS_PREP)) == DP_POS_PRO || S_tok(c, p + 1)->kind != DP_TOK_WORD)
        return 0;
    for (uint32_t k = p + 1; k < j; k++)
        if (S_is_aux(c, k) || (S_is_clause_verb(c, k) && c->ment[k] < 0)) return 0;
    return 1;
}

/* The comma at token J closes an incidental clause -- a relative ("qui
 * se bat ..."), an apposition ("le ministre de la Justice", "l'auteur
 * présumé de ...") or, with PREP, a place or a manner with no verb of its
 * own (", depuis un toit,", ", au volant d'une camionnette,") -- opened by an
 * earlier comma after a noun phrase: the token of that earlier comma, or 0. */
static uint32_t S_incidental(S_ctx *c, uint32_t s0, uint32_t j, int prep)
{
    for (uint32_t p = j; p > s0 + 1 && j - p < 40;) {
        p--;
        const dp_token *t = S_tok(c, p);
        if (!strcmp(t->norm, ")")) {   /* "(qui se tiendra dimanche)" inside the aside */
            uint32_t k = p;
            while (k > s0 && p - k < 12 && strcmp(S_tok(c, k - 1)->norm, "(")) k--;
            if (k > s0 + 1 && p - k < 12) { p = k - 1; continue; }
        }
        if (S_is_stop(t)) return 0;
        if (!S_is_comma(t)) continue;
        const dp_token *a = S_tok(c, p + 1), *b = S_tok(c, p - 1);
        int opens = S_in(a->norm, (const char *const[]){"qui", "dont", "ou", "lequel", "laquelle", NULL}) ||
                    (S_is(c, p + 1, "de") && S_is(c, p + 2, "meme") && S_is(c, p + 3, "que")) ||   /* ", de même que X," */
                    (S_is(c, p + 1, "tout") && S_is(c, p + 2, "comme")) ||
                    /* ", comme le reste de l'opposition,", ", comme il l'avait annoncé," */
                    (S_is(c, p + 1, "comme") && p + 2 < j) ||
                    /* ", en campagne pour ...,", ", selon la police,", ", lors de sa visite," */
                    S_in(a->norm, (const char *const[]){"en", "selon", "lors", "malgre", "pendant", "dans", "apres", NULL}) ||
                    S_is_det(c, p + 1) || (a->pos & DP_POS_VPP) ||
                    ((a->pos & DP_POS_NC) && !c->in_time[p + 1] &&
                     /* a noun that is also a verb form ("branche locale
                      * du ..."): not before an object (", annonce le
                      * ministre,") nor with a verb after it              */
                     (!(a->pos & DP_POS_V) || S_verbless_aside(c, p + 1, j)));   /* "branche de ..." */
        if (!opens && prep &&
            (S_in(a->norm, (const char *const[]){"pres", "loin", "non", "sur", "vers", "avec", "sans", "depuis", "devant",
                                                 "face", "au", "aux", "parmi", NULL}) ||
             (S_is(c, p + 1, "a") && (S_is_det(c, p + 2) || c->ment[p + 2] >= 0)))) {   /* "à", not "a" */
            opens = 1;
            for (uint32_t k = p + 1; k < j && opens; k++)
                if (S_is_clause_verb(c, k)) opens = 0;
        }
        int after_np = c->ment[p - 1] >= 0 || ((b->pos & (DP_POS_NC | DP_POS_NP)) && !(b->pos & DP_POS_V)) ||
                       (!b->pos && b->kind == DP_TOK_WORD && !(b->flags & DP_TF_HYPHEN) && p >= s0 + 2 &&
                        S_is_det(c, p - 2));   /* "les shebabs," */
        if (opens && after_np && !c->in_time[p - 1] && !S_opening_phrase(c, s0, p)) return p;
        return 0;
    }
    return 0;
}

/* The comma at token J closes an incidental clause that itself follows a
 * relative one ("un tireur, qui guettait une caserne, depuis un toit, a"):
 * the comma that opens the relative, else 0.                              */
static uint32_t S_incidental_relative(S_ctx *c, uint32_t s0, uint32_t j)
{
    uint32_t p = S_incidental(c, s0, j, 0);
    return p && S_in(S_tok(c, p + 1)->norm, (const char *const[]){"qui", "dont", "lequel", "laquelle", NULL}) ? p : 0;
}

/* A first person subject inside quoted words at token J: the quote's
 * speaker, at the mention that names him.                                  */
static int S_speaker(S_ctx *c, uint32_t j, S_arg *out)
{
    const dp_doc *d = c->d;
    for (size_t q = 0; q < d->quotes.n; q++) {
        const dp_quote *Q = &d->quotes.v[q];
        if (j < Q->span.t0 || j >= Q->span.t1 || Q->speaker < 0) continue;
        if (Q->speaker_span.t0 < Q->speaker_span.t1 && c->ment[Q->speaker_span.t0] >= 0)
            return S_mention_at(c, Q->speaker_span.t0, out);
        return 0;
    }
    return 0;
}

/* A present participle ("abattant", "capturant"): a verb form ending in
 * -ant.                                                                     */
static int S_gerundive(const dp_token *t)
{
    size_t l = strlen(t->norm);
    return (t->pos & DP_POS_V) && l > 4 && !strcmp(t->norm + l - 3, "ant");
}

/* Token J is a capitalised word that no lexicon knows and the name tagger
 * left alone ("Twitter", "YouTube"), not the sentence's first word.       */
static int S_unknown_name(S_ctx *c, uint32_t s0, uint32_t j)
{
    const dp_token *t = S_tok(c, j);
    if (!(t->flags & DP_TF_CAP) || t->kind != DP_TOK_WORD || j <= s0 || c->ment[j] >= 0) return 0;
    if (strspn(t->norm, "ivxlc") == strlen(t->norm)) return 0;   /* "Guerre mondiale II" */
    /* a verb reading of a capitalised word inside the sentence is no verb
     * ("Twitter": "twitter") unless it follows a quote or a colon */
    unsigned verb = (t->pos & DP_POS_VINF) && !(S_tok(c, j - 1)->kind == DP_TOK_QUOTE_OPEN || S_is(c, j - 1, ":"))
                        ? 0 : (t->pos & DP_POS_V);
    return !c->in_time[j] && (!t->pos || (t->pos & (DP_POS_NP | DP_POS_VINF))) &&
           !verb && !(t->pos & (DP_POS_PREP | DP_POS_DET | DP_POS_NC));
}

/* The noun at I is "assaut" in the locution "prendre d'assaut": no noun
 * trigger, and what follows is the verb's object.  The verb's own entry
 * reads it, with its object as the target, and only with an armed party
 * ("les magasins sont pris d'assaut" is a rush of customers, no attack). */
static int S_assault_locution(S_ctx *c, uint32_t s0, uint32_t i)
{
    if (strcmp(S_tok(c, i)->norm, "assaut") || i < s0 + 2 ||
        !S_in(S_tok(c, i - 1)->norm, (const char *const[]){"de", "d'", NULL}))
        return 0;
    return S_lemma_is(c, i - 2, "prendre");
}

/* Subject of the verb group starting at G: the nearest mention (or bare
 * noun phrase) on its left in the clause that no preposition introduces.
 * Crossing a governing verb (infinitive triggers) or a coordination moves to
 * that verb's subject.                                                      */
/* The phrase starting at M0 follows a verb of its clause: it is that
 * verb's object ("ont encerclé un chauffeur et l'ont abattu").  The
 * verb's token plus one, else 0.                                          */
static uint32_t S_verb_before(S_ctx *c, uint32_t s0, uint32_t m0)
{
    for (uint32_t j = m0; j > s0 && m0 - j < 4;) {
        j--;
        const dp_token *t = S_tok(c, j);
        if (S_is_comma(t) || S_is_stop(t) || c->ment[j] >= 0) return 0;
        if (S_assault_locution(c, s0, j)) return j - 1;   /* "ont pris d'assaut la mairie": "pris" */
        if (S_is_clause_verb(c, j) ||
            ((t->pos & DP_POS_VPP) && j > s0 &&
             (S_is_aux(c, j - 1) || S_in(S_tok(c, j - 1)->norm, (const char *const[]){"avoir", "etre", NULL}))))
            return j + 1;   /* "a complété la phase", "avoir complété la phase" */
        if ((t->pos & DP_POS_V) && S_is_det(c, j + 1) && S_gerundive(t)) return j + 1;   /* "abattant les" */
        if (!S_is_det(c, j) && !(t->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_PREP | DP_POS_ADV))) return 0;
    }
    return 0;
}

static int S_after_verb(S_ctx *c, uint32_t s0, uint32_t m0) { return S_verb_before(c, s0, m0) != 0; }

/* The phrase starting at M0 is the object of an infinitive right before
 * it ("accusé de vouloir poser une bombe a été arrêté"): no
 * subject of the verb after it.                                          */
static int S_after_infinitive(S_ctx *c, uint32_t s0, uint32_t m0)
{
    uint32_t j = m0;
    while (j > s0 && m0 - j < 3 && (S_tok(c, j - 1)->pos & DP_POS_ADV) && !(S_tok(c, j - 1)->pos & DP_POS_VINF)) j--;
    return j > s0 + 1 && (S_tok(c, j - 1)->pos & DP_POS_VINF) && !(S_tok(c, j - 1)->pos & DP_POS_NC) &&
           (S_in(S_tok(c, j - 2)->norm, (const char *const[]){"de", "d'", "a", "pour", NULL}) ||
            S_lemma_among(c, j - 2, (const char *const[]){"vouloir", "pouvoir", NULL}));   /* "veut", "pourrait" */
}

/* The phrase starting at M0 is the object of a perfect participle
 * clause qualifying the noun before it ("le conducteur ayant percuté les
 * passants a été interpellé", "les militants ayant occupé la mairie"):
 * the token of its "ayant" (or "étant"), else 0.  The walk to the subject
 * goes on before it.                                                      */
static uint32_t S_after_having(S_ctx *c, uint32_t s0, uint32_t m0)
{
    uint32_t j = m0;
    while (j > s0 && m0 - j < 3 && (S_tok(c, j - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, j - 1))) j--;
    if (j < s0 + 3 || !(S_tok(c, j - 1)->pos & DP_POS_VPP)) return 0;
    uint32_t h = j - 2;
    if (S_is(c, h, "ete") && h > s0 + 1) h--;   /* "ayant été chargé de" */
    if (!S_in(S_tok(c, h)->norm, (const char *const[]){"ayant", "etant", NULL})) return 0;
    /* a noun or a name before it: the clause qualifies it */
    const dp_token *n = S_tok(c, h - 1);
    return c->ment[h - 1] >= 0 || ((n->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_clause_verb(c, h - 1)) ? h : 0;
}

/* The phrase starting at M0 is the object of a relative clause whose
 * subject is "qui" ("la conductrice qui a renversé un cycliste mardi a
 * été entendue", "un tireur, qui guettait une caserne, a tué"): the token of
 * that "qui" when a noun or a name is its antecedent, else 0.  The walk to
 * the subject of the verb after it goes on before it.                      */
static uint32_t S_after_relative(S_ctx *c, uint32_t s0, uint32_t m0)
{
    uint32_t v = S_verb_before(c, s0, m0);
    if (!v--) return 0;
    uint32_t q = S_group_start(c, s0, v, NULL);
    if (q < s0 + 2 || !S_is(c, q - 1, "qui")) return 0;
    uint32_t e = q - 1;
    if (S_is_comma(S_tok(c, e - 1)) && e - 1 > s0 + 1) e--;   /* "un tireur, qui guettait" */
    const dp_token *n = S_tok(c, e - 1);
    return c->ment[e - 1] >= 0 || ((n->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NP)) && !S_is_clause_verb(c, e - 1)) ?
               q - 1 :
               0;
}

/* The verb at J ends an infinitive clause that completes a participle or
 * an adjective qualifying a noun ("un homme soupçonné de vouloir commettre
 * un vol", "le militant accusé d'avoir frappé un policier", "une femme
 * suspectée d'être impliquée"): the token of that participle, else 0.  The
 * clause is inside the noun phrase, so neither its verbs nor its object say
 * anything of the subject of the verb after it.                            */
static uint32_t S_np_infinitive(S_ctx *c, uint32_t s0, uint32_t j)
{
    if (!(S_tok(c, j)->pos & (DP_POS_VINF | DP_POS_VPP))) return 0;
    uint32_t k = j + 1;
    int inf = 0;
    while (k > s0 + 1 && j + 1 - k < 8) {
        const dp_token *t = S_tok(c, k - 1);
        if (t->pos & (DP_POS_VINF | DP_POS_VPP)) {
            inf |= (t->pos & DP_POS_VINF) != 0;
            k--;
            continue;
        }
        if (S_in(t->norm, (const char *const[]){"ne", "n'", "pas", "se", "s'", "y", "en", "l'", "le", "la", "les", "lui",
                                                "leur", NULL}) ||
            ((t->pos & DP_POS_ADV) && !(t->pos & (DP_POS_V | DP_POS_PREP | DP_POS_NC)))) {
            k--;
            continue;
        }
        break;
    }
    /* "de" then the participle, which a noun (not an auxiliary) precedes */
    if (!inf || k < s0 + 3 || !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"de", "d'", NULL})) return 0;
    uint32_t p = k - 2;
    const dp_token *pt = S_tok(c, p), *n = S_tok(c, p - 1);
    if (!(pt->pos & (DP_POS_VPP | DP_POS_ADJ)) || S_is_aux(c, p - 1) || c->in_time[p - 1]) return 0;
    if (c->ment[p - 1] < 0 && (!(n->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NP)) || S_is_clause_verb(c, p - 1)))
        return 0;
    return p;
}

/* The phrase starting at M0 is the object of such a clause's verb.        */
static int S_noun_infinitive_object(S_ctx *c, uint32_t s0, uint32_t m0)
{
    uint32_t j = m0;
    while (j > s0 && m0 - j < 3 && (S_tok(c, j - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, j - 1))) j--;
    return j > s0 && S_np_infinitive(c, s0, j - 1) != 0;
}

/* "ce pays" at token I stands for the country named last before it, in
 * its sentence or the two before.                                         */
static int S_this_country(S_ctx *c, uint32_t i, S_arg *out)
{
    if (!S_in(S_tok(c, i)->norm, (const char *const[]){"ce", "cet", "le", "au", NULL}) || !S_is(c, i + 1, "pays"))
        return 0;
    if (i + 3 < c->d->toks.n && S_in(S_tok(c, i + 2)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) &&
        !(S_tok(c, i + 3)->pos & DP_POS_VINF) &&
        !S_in(S_tok(c, i + 3)->norm, (const char *const[]){"ne", "n'", "se", "s'", NULL}))
        return 0;   /* not "le pays de Galles", "le pays d'accueil"; "reproche au pays sa loi sur la presse" is */
    const dp_doc *d = c->d;
    int32_t si = d->toks.v[i].sent;
    uint32_t lo = d->sents.v[si > 2 ? si - 2 : 0].t0;
    for (uint32_t j = i; j-- > lo;) {
        if (c->ment[j] < 0 || c->role[j]) continue;
        S_arg a;
        S_mention_at(c, j, &a);
        j = a.sp.t0;
        const dp_entity *e = &d->ents.v[a.ent];
        if (e->type != DP_ENT_LOC || !e->actor.code || e->place < 0 || !d->places.v[e->place].precision ||
            strcmp(d->places.v[e->place].precision, "country"))
            continue;
        *out = a;
        return 1;
    }
    return 0;
}

/* Texts that speak for their authors: what they say, the author does.   */
static const char *const S_documents[] = {
    "communique", "lettre", "rapport", "declaration", "texte", "message", "tribune", "resolution",
    "motion", "document", "courrier", "note", "decret", "arrete", "petition", "tract", "appel", NULL};

/* The noun right before token J (past adjectives) is such a text ("un
 * communiqué qui", "une lettre ouverte qui").                              */
static int S_document_before(S_ctx *c, uint32_t s0, uint32_t j)
{
    uint32_t k = j;
    while (k > s0 + 1 && (S_tok(c, k - 1)->pos & DP_POS_ADJ) && !(S_tok(c, k - 1)->pos & DP_POS_NC)) k--;
    if (k <= s0 + 1 || c->ment[k - 1] >= 0) return 0;
    char b[64];
    return (S_in(S_tok(c, k - 1)->norm, S_documents) || S_in(S_lemma(c, k - 1, b, sizeof b), S_documents)) &&
           S_is_det(c, k - 2);
}

static int S_passive_before(S_ctx *c, uint32_t s0, uint32_t e);

/* The word at G, in the sentence that opens at S0, is a present
 * participle right after a comma: ", tuant 50 civils".                  */
static int S_comma_participle(S_ctx *c, uint32_t s0, uint32_t g)
{
    return g > s0 + 1 && g < c->d->toks.n && S_gerundive(S_tok(c, g)) && S_is_comma(S_tok(c, g - 1));
}

/* The verb group at G is a present participle right after a comma that
 * follows the passive clause whose verb is J: "cinq écoles ont été
 * bombardées, tuant 50 civils" -- the passive's subject underwent the
 * event, it does not do what the participle says.                        */
static int S_after_passive(S_ctx *c, uint32_t s0, uint32_t g, uint32_t j)
{
    return S_comma_participle(c, s0, g) && S_passive_before(c, s0, j + 1);
}

/* The adjective trigger at G is the attribute of the copula at J ("s'est
 * montré très critique envers", "est hostile à"): only adverbs between.  */
static int S_copula_before(S_ctx *c, uint32_t s0, uint32_t g, uint32_t j)
{
    const dp_token *t = S_tok(c, g);
    if (g >= c->d->toks.n || !(t->pos & DP_POS_ADJ) || (t->pos & DP_POS_VPP)) return 0;   /* "semble rompu": a state */
    for (uint32_t k = j + 1; k < g; k++)
        if (!(S_tok(c, k)->pos & DP_POS_ADV)) return 0;
    char b[64];
    return S_in(S_lemma(c, j, b, sizeof b), (const char *const[]){"etre", "montrer", "dire", "declarer", "rester",
                                                                   "paraitre", "sembler", "demeurer", NULL});
}

/* The count at K closes a range "N à M" ("3 000 à 4 000 soldats"): the
 * first token of the range, else K.                                       */
static uint32_t S_range_from(S_ctx *c, uint32_t s0, uint32_t k)
{
    if (k >= s0 + 2 && S_tok(c, k)->kind == DP_TOK_NUM && S_is(c, k - 1, "a") && S_tok(c, k - 2)->kind == DP_TOK_NUM)
        return k - 2;
    return k;
}

/* The attribute adjective at G names its target ("critique envers X",
 * "hostile à X", "critique à l'égard de X"): the copula's subject then
 * takes a stance, not only when it is a person or organisation.          */
static int S_attribute_target(S_ctx *c, uint32_t g)
{
    uint32_t k = g + 1;
    while (k < c->d->toks.n && (S_tok(c, k)->pos & DP_POS_ADV) && k < g + 3) k++;
    return k < c->d->toks.n && S_in(S_tok(c, k)->norm, (const char *const[]){"envers", "contre", "a", "au", "aux",
                                                                            "vis-a-vis", NULL});
}

/* The argument A names a person or an organisation.                      */
static int S_party_arg(S_ctx *c, const S_arg *a)
{
    return a->ent >= 0 && (c->d->ents.v[a->ent].type == DP_ENT_PER || c->d->ents.v[a->ent].type == DP_ENT_ORG);
}

/* Every Lefff verb reading of token I agrees: PLURAL, each is a 3rd person
 * plural ("débutent", "ont"; not "vient", "maintient", "dément"); else each
 * finite one is singular ("accuse", "a"; not "ont"), participles and
 * infinitives left aside.  0 without any such reading (a bare participle:
 * "et fait feu").                                                          */
static int S_verb_number(S_ctx *c, uint32_t i, int plural)
{
    dp_lex_entry le[8];
    size_t n = c->d->model && S_tok(c, i)->lower ? dp_tok_lex(c->d, i, le, 8) : 0;
    int any = 0;
    for (size_t k = 0; k < n && k < 8; k++) {
        if (!le[k].pos || (strcmp(le[k].pos, "v") && strncmp(le[k].pos, "aux", 3))) continue;
        size_t l = le[k].feats ? strlen(le[k].feats) : 0;
        if (plural ? (l < 2 || strcmp(le[k].feats + l - 2, "3p")) : 0) return 0;
        if (!plural && l && strchr("KWG", le[k].feats[0])) continue;   /* a participle or an infinitive: no person */
        if (!plural && (l < 1 || le[k].feats[l - 1] != 's')) return 0;
        any = 1;
    }
    return any;
}

/* Every finite Lefff verb reading of token I is singular.                */
static int S_singular_verb(S_ctx *c, uint32_t i)
{
    return S_verb_number(c, i, 0);
}

/* The infinitive group at G completes a verb of accusing or suspecting
 * through "de" ("le parquet accuse trois hommes d'avoir attaqué", "la
 * police soupçonne le jeune homme de préparer"): its subject is that
 * verb's object, the one accused, not the accuser (1, in OUT); -1 when
 * that object is a clitic pronoun; 0 when no such verb governs G.        */
static int S_accused_subject(S_ctx *c, uint32_t s0, uint32_t g, S_arg *out)
{
    if (g < s0 + 3 || g >= c->d->toks.n || !(S_tok(c, g)->pos & DP_POS_VINF) ||
        !(S_is(c, g - 1, "de") || S_is(c, g - 1, "d'")))
        return 0;
    uint32_t e = g - 1;   /* the object ends before "de" */
    S_arg a;
    /* "les enquêteurs le soupçonnent de préparer": the clitic's antecedent
     * is the subject; none is read here, and not the accuser (-1) */
    uint32_t w = e;
    while (w > s0 && (S_tok(c, w - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, w - 1))) w--;
    if (w > s0 + 1 && S_is_verb(S_tok(c, w - 1)) &&
        S_lemma_among(c, w - 1, (const char *const[]){"accuser", "soupconner", "suspecter", NULL}) &&
        S_in(S_tok(c, w - 2)->norm, (const char *const[]){"le", "la", "les", "l'", NULL}))
        return -1;
    if (c->ment[e - 1] >= 0) {
        if (!S_mention_at(c, e - 1, &a) || a.sp.t1 != e) return 0;
        while (a.sp.t0 > s0 && S_is_det(c, a.sp.t0 - 1) && c->ment[a.sp.t0 - 1] < 0) a.sp.t0--;
    } else {
        uint32_t h = e;
        while (h > s0 && h + 4 > e && (S_tok(c, h - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NUM)) &&
               !S_is_det(c, h - 1) && !S_is_verb(S_tok(c, h - 1)))
            h--;
        if (h == e || h <= s0 || !S_is_det(c, h - 1) || !S_np_at(c, h - 1, e, &a) || a.sp.t1 != e) return 0;
    }
    uint32_t v = a.sp.t0;
    while (v > s0 && (S_tok(c, v - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, v - 1))) v--;
    if (v <= s0 || !S_is_verb(S_tok(c, v - 1))) return 0;
    if (!S_lemma_among(c, v - 1, (const char *const[]){"accuser", "soupconner", "suspecter", NULL})) return 0;
    if (v - 1 > s0 && S_is_aux(c, v - 2) && S_lemma_is(c, v - 2, "etre")) return 0;   /* a passive: "est accusé" */
    *out = a;
    return 1;
}

/* Adjectives only, no verb form among them, stand between a determiner
 * and the word at J ("une première bombe", "la nouvelle charge"): J is
 * the noun of that phrase, whatever verb reading the Lefff also gives it
 * ("bomber", "charger").                                                 */
static int S_adj_after_det(S_ctx *c, uint32_t s0, uint32_t j)
{
    uint32_t k = j;
    while (k > s0 && k + 3 > j && (S_tok(c, k - 1)->pos & DP_POS_ADJ) && !S_is_verb(S_tok(c, k - 1)) &&
           !S_is_det(c, k - 1) && c->ment[k - 1] < 0)
        k--;
    return k < j && k > s0 && S_is_det(c, k - 1);
}

/* The subject relative "qui" at Q stands for the party named just before
 * it, even when a preposition introduces that party ("se battent contre
 * les rebelles qui menacent la ville", "a parlé avec X, qui l'a félicité",
 * "selon X, qui a collaboré"): that party, a person, an organisation or
 * an acting group agreeing in number with the active verb at G, into OUT.
 * Only for the verb asked about itself (the walk back of S_subject at
 * depth 0, not through an infinitive's governing verb).  A "de" complement
 * ("le frère du maire qui") is ambiguous, "à qui", "ce qui" have no such
 * antecedent, a noun's complement is most often not it: 0.               */
static int S_relative_antecedent(S_ctx *c, uint32_t s0, uint32_t q, uint32_t g, S_arg *out)
{
    static const char *const clitics[] = {"ne", "n'", "se", "s'", "l'", "les", "le", "la", "lui", "leur", "y", "en", NULL};
    for (uint32_t k = q + 1; k < g; k++)   /* "qui l'a remis en liberté": clitics only between */
        if (!S_in(S_tok(c, k)->norm, clitics)) return 0;
    uint32_t e = q;
    if (e > s0 && S_is_comma(S_tok(c, e - 1))) e--;
    if (e <= s0 + 1) return 0;
    S_arg a;
    if (c->ment[e - 1] >= 0) {
        if (!S_mention_at(c, e - 1, &a) || a.sp.t1 != e) return 0;
    } else {
        uint32_t k = e;   /* a bare phrase: "les rebelles", "un juge" */
        while (k > s0 && e - k < 3 && (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) &&
               !S_is_verb(S_tok(c, k - 1)) && !S_is_det(c, k - 1) && c->ment[k - 1] < 0)
            k--;
        if (k == e || k <= s0 || !S_is_det(c, k - 1) || !S_np_at(c, k - 1, e, &a) || a.sp.t1 != e) return 0;
    }
    uint32_t d0 = a.sp.t0;
    while (d0 > s0 && S_is_det(c, d0 - 1)) d0--;
    const char *prep = S_prep_before(c, d0, s0, NULL);
    /* "la police a interpellé le maire, qui dénonce": a direct object set
     * off by a comma is the antecedent too (the walk back, past the comma,
     * would take the main clause's subject); only right after its verb or
     * opening the sentence, not inside a longer phrase ("le sommet du G20,
     * qui": the summit) */
    if (!prep) {
        uint32_t p = d0;
        while (p > s0 && (S_tok(c, p - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, p - 1))) p--;
        int object = p > s0 && S_is_verb(S_tok(c, p - 1)) && !S_is_det(c, p - 1) && c->ment[p - 1] < 0 &&
                     !(p - 1 > s0 && S_is_det(c, p - 2));   /* "un arrêté": a noun after its determiner */
        if (e == q || (p > s0 && !object) ||
            S_in(S_tok(c, d0)->norm, (const char *const[]){"du", "des", "de", "d'", NULL}))
            return 0;
    }
    if ((prep && !strcmp(prep, "de")) ||
        (d0 > s0 && S_in(S_tok(c, d0 - 1)->norm, (const char *const[]){"du", "des", NULL})))
        return 0;
    if (a.ent >= 0 ? !S_party_arg(c, &a) : !S_can_act(c, &a)) return 0;
    /* a noun's complement ("une frappe contre Daech qui a tué", "la
     * rencontre avec le ministre, qui a duré"): the relative most often
     * speaks of that noun; only a named party set off by a comma is kept */
    uint32_t p = d0 > s0 ? d0 - 1 : s0;
    while (p > s0 && (S_tok(c, p - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, p - 1))) p--;
    const dp_token *gov = p > s0 ? S_tok(c, p - 1) : NULL;
    int named = e < q && a.ent >= 0 && !c->d->ents.v[a.ent].nominal;
    if (gov && (gov->pos & DP_POS_NC) && !named &&
        (!S_is_verb(gov) || (p >= s0 + 2 && S_is_det(c, p - 2)) || S_adj_after_det(c, s0, p - 1)))
        return 0;   /* "frappe", "grève": a noun after its determiner, whatever verb reading */
    if (a.ent >= 0 && c->d->ents.v[a.ent].nominal) {
        S_arg h = a;   /* a common noun read as a group ("les différents bilans"): its head must act */
        h.ent = -1;
        if (!S_can_act(c, &h)) return 0;
    }
    uint32_t v = g;   /* "qui se sont emparés", "qui ne menacent" */
    while (v + 1 < c->d->toks.n && S_in(S_tok(c, v)->norm, clitics)) v++;
    /* a passive relative ("qui a été interdite") is left as it was */
    if ((S_is_aux(c, v) && S_lemma_is(c, v, "etre")) || (v + 1 < c->d->toks.n && S_is(c, v + 1, "ete"))) return 0;
    if (S_plural(c, &a) ? S_singular_verb(c, v) : S_verb_number(c, v, 1)) return 0;
    *out = a;
    return 1;
}

/* "il" at token PRO is impersonal ("il s'agit d'une agression", "il
 * faut", "il y a"): it stands for no party.                               */
static int S_impersonal(S_ctx *c, uint32_t pro)
{
    uint32_t n = c->d->toks.n;
    if (pro + 2 >= n || strcmp(S_tok(c, pro)->norm, "il")) return 0;
    uint32_t k = pro + 1;
    while (k + 1 < n && S_in(S_tok(c, k)->norm, (const char *const[]){"ne", "n'", NULL})) k++;
    if (S_in(S_tok(c, k)->norm, (const char *const[]){"s'", "se", NULL})) return S_lemma_is(c, k + 1, "agir");
    if (S_is(c, k, "y")) return S_lemma_is(c, k + 1, "avoir");
    return S_lemma_is(c, k, "falloir");
}

/* Whose judgement a clause with an impersonal "il" at token PRO tells:
 * the party of an opening "Pour X," or "Selon X," ("Pour le syndicat, il
 * s'agit d'une provocation"), else the subject of the verb whose "que"
 * clause holds it ("a dit X, ajoutant qu'il s'agissait d'un crime"), into
 * OUT.  0 when neither is there.                                          */
static int S_impersonal_holder(S_ctx *c, uint32_t s0, uint32_t pro, int depth, S_arg *out)
{
    uint32_t f = s0;
    while (f < pro && (S_tok(c, f)->kind == DP_TOK_DASH || S_tok(c, f)->kind == DP_TOK_PUNCT)) f++;
    if (f + 1 < pro && (S_is(c, f, "pour") || S_is(c, f, "selon"))) {
        S_arg a;
        uint32_t k = f + 1;   /* "Pour le Premier ministre": the title after its determiner */
        while (k + 1 < pro && S_is_det(c, k) && c->ment[k] < 0) k++;
        int ok = c->ment[k] >= 0 ? S_mention_at(c, k, &a) && a.sp.t0 <= k : S_np_at(c, f + 1, pro, &a);
        uint32_t e = ok ? a.sp.t1 : pro;   /* its complement up to the comma: "Pour le syndicat des dockers," */
        while (e < pro && e < a.sp.t1 + 6 && !S_is_comma(S_tok(c, e)) && !S_is_verb(S_tok(c, e)) && !S_is_stop(S_tok(c, e)))
            e++;
        if (ok && e < pro && S_is_comma(S_tok(c, e)) && (a.ent >= 0 ? S_party_arg(c, &a) : S_can_act(c, &a))) {
            *out = a;
            return 1;
        }
        return 0;
    }
    if (depth >= 3 || pro < s0 + 2 || !S_in(S_tok(c, pro - 1)->norm, (const char *const[]){"que", "qu'", NULL}))
        return 0;
    uint32_t v = pro - 1;
    while (v > s0 && (S_tok(c, v - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, v - 1))) v--;
    if (v <= s0 || !S_is_clause_verb(c, v - 1) || S_is_aux(c, v - 1)) return 0;
    uint32_t g = S_group_start(c, s0, v - 1, NULL);
    int gerund = S_gerundive(S_tok(c, v - 1)) && g > s0 && S_is(c, g - 1, "en");   /* "en ajoutant qu'il" */
    return S_subject(c, s0, gerund ? g - 1 : g, gerund, depth + 1, out) != 0;
}

static int S_subject(S_ctx *c, uint32_t s0, uint32_t g, int infinitive, int depth, S_arg *out)
{
    int coord = 0, comma = 0;
    uint32_t j = g, g0 = g;
    int accused = S_accused_subject(c, s0, g, out);
    if (accused) return accused > 0;
    if (g > s0 && g < c->d->toks.n && S_gerundive(S_tok(c, g)) && S_document_before(c, s0, g))
        infinitive = 1;   /* "X ont signé une pétition refusant ...": the text's authors */
    while (j > s0 && g - j < S_WINDOW) {
        j--;
        const dp_token *t = S_tok(c, j);
        if (S_is_comma(t) && j + 1 == g && !coord) {
            uint32_t p = S_incidental(c, s0, j, 0);
            /* a place or manner after a relative: ", qui guettait ..., depuis un toit," */
            if (!p && (p = S_incidental(c, s0, j, 1)) && !S_incidental_relative(c, s0, p)) p = 0;
            if (p) {   /* "L'armée, qui se bat ..., devrait" */
                for (uint32_t q = p; q; q = S_incidental_relative(c, s0, q)) p = q;
                j = p;
                continue;
            }
        }
        if (S_in(t->norm, (const char *const[]){"nous", "je", "j'", NULL}) && !coord)
            return S_speaker(c, j, out);   /* "« Nous appelons ... », a déclaré X" */
        if (!strcmp(t->norm, ")")) {   /* "les Forces armées soudanaises (FAS) ont" */
            uint32_t k = j;
            while (k > s0 && j - k < 12 && strcmp(S_tok(c, k - 1)->norm, "(")) k--;
            if (k > s0 + 1 && j - k < 12) { j = k - 1; continue; }
        }
        if (t->kind == DP_TOK_QUOTE_OPEN && j + 1 == g && !coord) {
            g = j;   /* "qui « condamne catégoriquement »": quoted words from the verb on */
            continue;
        }
        if (t->kind == DP_TOK_QUOTE_CLOSE && coord) {
            /* "X ont déclenché le « plan blanc » et ont annoncé": a
             * quoted name inside the object of the verb before */
            uint32_t k = j;
            while (k > s0 && j - k < 20 && S_tok(c, k - 1)->kind != DP_TOK_QUOTE_OPEN &&
                   !S_is_stop(S_tok(c, k - 1)))
                k--;
            if (k > s0 + 1 && S_tok(c, k - 1)->kind == DP_TOK_QUOTE_OPEN && S_is_det(c, k - 2)) {
                j = k - 1;
                continue;
            }
            /* "Il aurait crié « ... », et réclamé": the words quoted after
             * the verb before are its object, that verb's subject is ours */
            k = j;
            while (k > s0 && j - k < 40 && S_tok(c, k - 1)->kind != DP_TOK_QUOTE_OPEN) k--;
            uint32_t n = j + 1 < g && S_is_comma(S_tok(c, j + 1)) ? j + 2 : j + 1;
            if (k > s0 + 1 && S_tok(c, k - 1)->kind == DP_TOK_QUOTE_OPEN && S_is_clause_verb(c, k - 2) &&
                !S_is_aux(c, k - 2) && n < g && S_in(S_tok(c, n)->norm, (const char *const[]){"et", "ou", "puis", "mais", NULL})) {
                j = k - 1;
                continue;
            }
        }
        if (S_is_stop(t)) return 0;
        if (S_is(c, j, "que") && j > s0 + 1 && S_is(c, j - 1, "ainsi") &&
            (c->ment[j - 2] >= 0 || S_unknown_name(c, s0, j - 2) || (S_tok(c, j - 2)->pos & DP_POS_NC))) {
            j--;   /* "Instagram et TikTok ainsi que Snapchat": a coordination */
            coord = 1;
            continue;
        }
        if (S_in(t->norm, (const char *const[]){"que", "qu'", "si", "lorsque", "lorsqu'", "quand", "car", "puisque",
                                                "puisqu'", "tandis", "parce", NULL}))
            return 0;
        if (S_is(c, j, "qui") && j + 1 == g && !coord && S_document_before(c, s0, j))
            infinitive = 1;   /* "X diffuse une déclaration qui dénonce": the author of the text */
        if (S_is(c, j, "qui") && !coord && !infinitive && !depth && S_relative_antecedent(c, s0, j, g, out))
            return 1;
        if (S_in(t->norm, (const char *const[]){"et", "ou", "puis", "mais", NULL}) || S_is_comma(t))
            coord = 1;
        comma |= S_is_comma(t);
        if (!coord && S_among(c, s0, j, out) && !S_prep_before(c, out->sp.t0, s0, NULL))
            return 1;   /* "38 d'entre eux avaient été capturés" */
        if (j >= s0 + 2 && S_is(c, j - 1, "a") && S_is(c, j - 2, "quant") &&
            S_in(t->norm, (const char *const[]){"lui", "elle", "eux", "elles", NULL})) {
            j -= 2;   /* "La candidate voudrait quant à elle interdire": an aside, the subject is before */
            continue;
        }
        if (S_in(t->norm, (const char *const[]){"il", "elle", "ils", "elles", NULL}) && !coord) {
            /* an impersonal "il" ("il s'agit de"): whose words these are,
             * else the party named before, as for a pronoun */
            if (S_impersonal(c, j) && S_impersonal_holder(c, s0, j, depth, out)) return 1;
            return S_pronoun(c, s0, j, out);
        }
        if (j + 1 < g && S_stressed_pronoun(c, j)) continue;   /* "X continue lui aussi de ..., et demande" */
        if (c->ment[j] < 0 && S_latter_at(c, s0, j) && !coord)
            return S_latter(c, S_latter_at(c, s0, j) - 1, out);
        if (!coord && S_unknown_name(c, s0, j)) {   /* "Twitter et Facebook ont été bloqués" */
            uint32_t k = j;
            while (k > s0 && S_unknown_name(c, s0, k - 1) && j - k < 3) k--;
            if (!S_prep_before(c, k, s0, NULL)) {
                memset(out, 0, sizeof *out);
                out->ent = -1;
                out->place = -1;
                out->sp = (dp_tspan){k, j + 1};
                return 1;
            }
        }
        if (c->ment[j] >= 0) {
            S_arg a;
            S_mention_at(c, j, &a);
            j = a.sp.t0;
            if (c->role[a.sp.t0]) continue;   /* "ancien conseiller du maire de X" */
            if ((coord || infinitive) && S_after_verb(c, s0, a.sp.t0)) continue;   /* the object of the verb before */
            if (S_after_infinitive(c, s0, a.sp.t0) || (!coord && S_noun_infinitive_object(c, s0, a.sp.t0))) continue;
            uint32_t hv = coord ? 0 : S_after_having(c, s0, a.sp.t0);
            if (!hv && !coord && !infinitive) hv = S_after_relative(c, s0, a.sp.t0);
            if (hv) {   /* "le conducteur ayant percuté X a été", "la conductrice qui a renversé X a été" */
                j = hv;
                continue;
            }
            if (a.sp.t1 > a.sp.t0 + 1 && S_latter_word(c, a.sp.t0) && !coord)
                return S_latter(c, a.sp.t0, out);   /* "Cette dernière, méfiante, a décidé" */
            const char *prep = S_prep_before(c, a.sp.t0, s0, NULL);
            if (!prep) {
                *out = a;
                return 1;
            }
            uint32_t d0 = a.sp.t0, p0;   /* "21 de ses membres", "six des accusés" */
            while (d0 > s0 && S_is_det(c, d0 - 1) && !S_is(c, d0 - 1, "des") && !S_count_word(c, d0 - 1)) d0--;
            if (!strcmp(prep, "de") && d0 > s0 + 2 && S_lemma_is(c, d0 - 2, "agir") &&
                (S_is(c, d0 - 3, "s'") || S_is(c, d0 - 3, "se")) && !coord) {
                *out = a;   /* "Il s'agissait de X, agronome ..., kidnappé": X */
                return 1;
            }
            d0 = a.sp.t0;
            while (d0 > s0 && S_is_det(c, d0 - 1) && !S_is(c, d0 - 1, "des") && !S_count_word(c, d0 - 1)) d0--;
            if (!strcmp(prep, "de") && S_partitive(c, s0, d0, &p0) && !S_prep_before(c, p0, s0, NULL) && !coord) {
                a.sp.t0 = p0;
                *out = a;
                return 1;
            }
            /* "Deux groupes d'assaillants", "les combattants de Daech": the
             * subject is the noun the mention completes */
            if (!strcmp(prep, "de") && S_np_head_left(c, s0, a.sp.t0, &a)) {
                *out = a;
                return 1;
            }
            continue;
        }
        if (!coord && c->ment[j] < 0) {   /* "un homme soupçonné de vouloir voler ... a été arrêté" */
            uint32_t p = S_np_infinitive(c, s0, j);
            if (p) {
                j = p;
                continue;
            }
        }
        if ((t->pos & DP_POS_VPP) && j > s0 && !S_is_aux(c, j - 1) &&
            ((S_tok(c, j - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NP)) || c->ment[j - 1] >= 0) &&
            (!S_is_verb(S_tok(c, j - 1)) || (j - 1 > s0 && S_is_det(c, j - 2)) || c->ment[j - 1] >= 0))
            continue;   /* "la police dépassée recule", "les quartiers de Goma contrôlés
                         * par les miliciens sont": a participle qualifying a noun or a name */
        if (S_gerundive(t) && !(t->pos & DP_POS_ADV) && j > s0 + 1 && !coord && !S_is(c, j - 1, "en") &&
            (c->ment[j - 1] >= 0 || ((S_tok(c, j - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_verb(S_tok(c, j - 1)))))
            continue;   /* "les transporteurs travaillant sur le territoire belge ont été invités": a noun's modifier */
        if (S_is_clause_verb(c, j) && !S_is_aux(c, j)) {
            if (!coord && depth < 3 && S_copula_before(c, s0, g0, j))
                return S_subject(c, s0, S_group_start(c, s0, j, NULL), infinitive, depth + 1, out) &&
                       (S_attribute_target(c, g0) || S_party_arg(c, out));
            if ((infinitive || coord) && depth < 3) {
                if (coord && S_after_passive(c, s0, g0, j)) return 0;
                uint32_t g2 = S_group_start(c, s0, j, NULL);
                /* an infinitive's subject is its governing verb's ("ont tenté de
                 * pénétrer ... mais ont été interceptés") */
                /* ... and a gerund's ("en parvenant à prendre") the verb's it hangs on */
                int r = S_subject(c, s0, g2,
                                  (S_tok(c, j)->pos & DP_POS_VINF) != 0 ||
                                      (!comma && S_gerundive(S_tok(c, j)) && g2 > s0 && S_is(c, g2 - 1, "en")),
                                  depth + 1, out);
                /* "X estime que les rebelles se cachent au Niger, et accuse":
                 * a singular verb is not the plural subject's of the clause
                 * "que" opens, but that of the verb governing it */
                uint32_t q = r ? out->sp.t0 : 0;
                while (q > s0 && S_is_det(c, q - 1)) q--;
                if (r && coord && S_plural(c, out) && !(S_tok(c, g0)->pos & DP_POS_VPP) && S_singular_verb(c, g0) &&
                    q > s0 + 1 &&
                    S_in(S_tok(c, q - 1)->norm, (const char *const[]){"que", "qu'", NULL})) {
                    uint32_t v = q - 1;
                    while (v > s0 && (S_tok(c, v - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, v - 1))) v--;
                    if (v > s0 && S_is_verb(S_tok(c, v - 1)) &&
                        (!(S_tok(c, v - 1)->pos & DP_POS_VPP) || (v > s0 + 1 && S_is_aux(c, v - 2))))
                        return S_subject(c, s0, S_group_start(c, s0, v - 1, NULL), 0, depth + 1, out);
                }
                return r;
            }
            return 0;
        }
        /* "les shebabs": a word no lexicon knows, right after a determiner,
         * is a noun too */
        if (!coord && !t->pos && t->kind == DP_TOK_WORD && !(t->flags & (DP_TF_CAP | DP_TF_HYPHEN)) && j > s0 &&
            S_is_det(c, j - 1) && !S_count_word(c, j - 1) && (j - 1 == s0 || !S_prep_before(c, j - 1, s0, NULL)) &&
            /* not the clitic after a subject ("des jeunes les insultaent",
             * a misspelt verb) */
            !(j - 1 > s0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"les", "la", "le", "l'", NULL}) &&
              (c->ment[j - 2] >= 0 || (S_tok(c, j - 2)->pos & (DP_POS_NC | DP_POS_NP))) &&
              !S_prep_before(c, j - 2, s0, NULL))) {
            memset(out, 0, sizeof *out);
            out->ent = -1;
            out->place = -1;
            out->sp = (dp_tspan){j - 1, j + 1};
            return 1;
        }
        if ((t->pos & DP_POS_NC) && (!(t->pos & DP_POS_V) || (j > s0 && S_is_det(c, j - 1)) || S_adj_after_det(c, s0, j))) {
            /* a bare noun phrase: walk to its determiner */
            uint32_t k = j;
            /* "450 pompiers, policiers et secouristes": coordinated nouns */
            while (k > s0 && (((S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_det(c, k - 1)) ||
                              ((S_is(c, k - 1, "et") || S_is_comma(S_tok(c, k - 1))) && k - 1 > s0 &&
                               (S_tok(c, k - 2)->pos & DP_POS_NC) && !(S_tok(c, k - 2)->pos & DP_POS_V) &&
                               !S_is_det(c, k - 2) && c->ment[k - 2] < 0)))
                k--;
            /* "la ministre des Sports", "du désert": a complement, no subject */
            int compl = k > s0 && (S_in(S_tok(c, k - 1)->norm, (const char *const[]){"du", "au", "aux", NULL}) ||
                                   (S_is(c, k - 1, "des") && k - 1 > s0 &&
                                    ((S_tok(c, k - 2)->pos & (DP_POS_NC | DP_POS_NP)) || c->ment[k - 2] >= 0)));
            if (k == j && k > s0 && !coord && S_this_country(c, k - 1, out))
                return 1;   /* "ce pays a menacé": the country named last */
            uint32_t p0;
            if (k > s0 && S_is_det(c, k - 1) && !coord && S_partitive(c, s0, k - 1, &p0) &&
                !S_prep_before(c, p0, s0, NULL)) {
                S_arg a;   /* "14 de ses militants supposés", "trois des prévenus" */
                if (S_np_at(c, k - 1, j + 1, &a) && !S_agentless(c, &a)) {
                    a.sp.t0 = p0;
                    *out = a;
                    return 1;
                }
            }
            if (k > s0 + 1 && S_is_det(c, k - 1) &&
                (S_after_infinitive(c, s0, k - 1) || (!coord && S_noun_infinitive_object(c, s0, k - 1)))) {
                j = k - 1;   /* "soupçonné de vouloir vendre des secrets a été": its object */
                continue;
            }
            uint32_t hv = k > s0 && S_is_det(c, k - 1) && !coord ? S_after_having(c, s0, k - 1) : 0;
            if (!hv && k > s0 && S_is_det(c, k - 1) && !coord && !infinitive) hv = S_after_relative(c, s0, k - 1);
            if (hv) {   /* "les militants ayant occupé la mairie ont été", "qui ont occupé la mairie": its object */
                j = hv;
                continue;
            }
            if (k > s0 && S_is_det(c, k - 1) && !compl) {
                S_arg a;
                uint32_t r0 = S_range_from(c, s0, k - 1);   /* "3 000 à 4 000 soldats" */
                if (S_np_at(c, k - 1, j + 1, &a) && !S_prep_before(c, r0, s0, NULL) &&
                    !S_agentless(c, &a) && !((coord || infinitive) && S_after_verb(c, s0, r0))) {
                    a.sp.t0 = r0;
                    /* "Cette dernière, méfiante, a décidé": the last party named */
                    if (a.ent < 0 && a.sp.t1 > a.sp.t0 + 1 && S_latter_word(c, a.sp.t0))
                        return S_latter(c, a.sp.t0, out);
                    if (S_elliptic_ordinal(c, &a)) return 0;   /* "La première a explosé" */

                    *out = a;
                    return 1;
                }
            }
        }
    }
    return 0;
}

/* Subject of an infinitive clause that opens the sentence ("Après avoir
 * repris X, les forces ... ont"): the first unintroduced mention on the
 * right that a verb follows.                                                 */
static int S_subject_right(S_ctx *c, uint32_t from, uint32_t s1, S_arg *out)
{
    for (uint32_t j = from; j < s1 && j < from + S_WINDOW; j++) {
        /* "Après avoir refusé de ..., il a finalement laissé": the pronoun's referent */
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"il", "elle", "ils", "elles", NULL}) && j + 1 < s1 &&
            (S_is_clause_verb(c, j + 1) || S_is_aux(c, j + 1) ||
             S_in(S_tok(c, j + 1)->norm, (const char *const[]){"ne", "n'", "se", "s'", NULL})))
            return S_pronoun(c, c->d->sents.v[c->d->toks.v[j].sent].t0, j, out);
        if (c->ment[j] < 0) continue;
        S_arg a;
        S_mention_at(c, j, &a);
        j = a.sp.t1 - 1;
        if (S_prep_before(c, a.sp.t0, from, NULL)) continue;
        uint32_t k = a.sp.t1;
        while (k < s1 && (S_tok(c, k)->pos & DP_POS_ADV)) k++;
        if (k < s1 && S_is_clause_verb(c, k)) {
            *out = a;
            return 1;
        }
    }
    return 0;
}

/* Mentions coordinated with the argument A: "le Ghana, la Tunisie
 * et le Niger ont rompu" (before A), "X et Y ... quand ils" (after A, for
 * a pronoun's antecedent).  Determiners are looked through; a mention
 * introduced by a preposition or inside a role ends the list.  Returns how
 * many went to OUT (at most MAX).                                         */
/* The argument B, inside some role span, is a person introduced with a
 * title of his own right before him ("..., le premier ministre Jean-Marc
 * Kouassi ainsi que"): a party of the list, not the complement of another's
 * role ("ancien conseiller du maire Paul Aubry").                           */
static int S_titled(S_ctx *c, const S_arg *b)
{
    if (b->ent < 0) return 0;
    const dp_entity *e = &c->d->ents.v[b->ent];
    dp_tspan t = e->title_span;
    return e->type == DP_ENT_PER && t.t0 < t.t1 && t.t1 <= b->sp.t0 && b->sp.t0 - t.t1 <= 2 &&
           (e->role_span.t0 >= e->role_span.t1 || e->role_span.t1 <= b->sp.t0);
}

/* The name mentioned at token J follows its title ("le maire Jean
 * Dupont", "le président français X"): the title's first token, else J.  */
static uint32_t S_title_start(S_ctx *c, uint32_t s0, uint32_t j)
{
    if (j >= c->d->toks.n || c->ment[j] < 0) return j;
    const dp_entity *e = &c->d->ents.v[c->ments[c->ment[j]].ent];
    dp_tspan t = e->title_span;
    if (t.t1 <= t.t0 || t.t0 < s0 || t.t1 > j || j - t.t1 > 2) return j;
    for (uint32_t x = t.t1; x < j; x++)   /* only adjectives between: "français" */
        if (!(S_tok(c, x)->pos & DP_POS_ADJ) || c->ment[x] >= 0) return j;
    return t.t0;
}

static int S_plural_verb(S_ctx *c, uint32_t i);

/* A list of names with bare commas only ("Paul Martin, Marc Leroy,
 * Jean Dupont ont été tués"): the comma at K before the last name A joins
 * a list when the name before it is of A's own kind (two people, two
 * organisations, two states), itself named with no preposition before
 * it, and A is followed by a 3rd person plural verb: an apposition is
 * told with the verb of its single head ("Le fils du maire, Paul Martin,
 * a été tué", "X, porte-parole de Y, a dit"), another kind of name ends
 * another phrase ("Dans la Drôme, Paul Martin ..."), and a list must open
 * its clause: a name that ends a fronted clause is its verb's object
 * ("Pour soutenir l'Ukraine, la France, l'Allemagne ont livré").         */
static int S_bare_list(S_ctx *c, uint32_t s0, uint32_t k, const S_arg *a)
{
    if (a->ent < 0 || k <= s0 || c->ment[k - 1] < 0) return 0;
    S_arg b;
    S_mention_at(c, k - 1, &b);
    if (b.ent < 0) return 0;
    /* a name the recogniser left unsure (MISC) goes with either kind */
    int ta = c->d->ents.v[a->ent].type, tb = c->d->ents.v[b.ent].type;
    if (ta == DP_ENT_MISC) ta = tb;
    if (tb == DP_ENT_MISC) tb = ta;
    /* states named by their country act as parties ("la France, l'Allemagne,
     * l'Italie ont condamné"): a place with an actor code */
    int states = ta == DP_ENT_LOC && c->d->ents.v[a->ent].actor.code && c->d->ents.v[b.ent].actor.code;
    if ((ta != DP_ENT_PER && ta != DP_ENT_ORG && !states) || ta != tb || b.sp.t1 != k || b.ent == a->ent ||
        S_prep_before(c, b.sp.t0, s0, NULL))
        return 0;
    uint32_t s1 = c->d->sents.v[c->d->toks.v[a->sp.t0].sent].t1, j = a->sp.t1;
    while (j < s1 && (S_is(c, j, "ne") || S_is(c, j, "n'") || S_is(c, j, "se") || S_is(c, j, "s'"))) j++;
    if (j >= s1 || !S_plural_verb(c, j)) return 0;
    /* the list opens its clause: back over its members (names of the
     * kind, bare commas), its first one starts the sentence, follows a
     * colon or a quote, or a comma after words with no verb ("Mardi, A, B
     * ont ...").  Not the object of a fronted clause ("Pour soutenir
     * l'Ukraine, la France, l'Allemagne ont livré": Ukraine is no member) */
    uint32_t f = b.sp.t0;
    for (;;) {
        while (f > s0 && S_is_det(c, f - 1) && c->ment[f - 1] < 0) f--;
        if (f <= s0) return 1;
        if (!S_is_comma(S_tok(c, f - 1)) || f - 1 <= s0 || c->ment[f - 2] < 0) break;
        S_arg p;
        S_mention_at(c, f - 2, &p);
        if (p.ent < 0 || p.sp.t1 != f - 1 || (int)c->d->ents.v[p.ent].type != (int)c->d->ents.v[b.ent].type) break;
        f = p.sp.t0;
    }
    const dp_token *t = S_tok(c, f - 1);
    if (S_is(c, f - 1, ":") || t->kind == DP_TOK_QUOTE_OPEN) return 1;
    if (!S_is_comma(t)) return 0;
    for (uint32_t q = f - 1; q > s0 && !S_is_comma(S_tok(c, q - 1)); q--)
        if (S_is_verb(S_tok(c, q - 1)) || (S_tok(c, q - 1)->pos & DP_POS_VINF)) return 0;
    return 1;
}

static int S_conjuncts(S_ctx *c, uint32_t s0, uint32_t s1, const S_arg *a, S_arg *out, int max)
{
    int n = 0;
    for (uint32_t j = a->sp.t0; n < max;) {   /* to the left */
        uint32_t k = S_title_start(c, s0, j);
        /* determiners and a person's role ("le président français X") */
        while (k > s0 && ((S_is_det(c, k - 1) && c->ment[k - 1] < 0) || c->role[k - 1])) k--;
        if (k <= s0 + 1) break;
        uint32_t m;
        /* the list's last joint is "et" or "ainsi que": before a bare
         * comma the name ends another clause ("alors que l'armée quitte
         * la Syrie, les milices prennent") or the phrase is in apposition,
         * unless a list of names of one kind opens the clause with bare
         * commas only and a plural verb follows (S_bare_list) */
        if (S_is(c, k - 1, "et") || (S_is_comma(S_tok(c, k - 1)) && (n > 0 || S_bare_list(c, s0, k - 1, a))))
            m = k - 1;
        else if (S_is(c, k - 1, "que") && S_is(c, k - 2, "ainsi")) m = k - 2;
        else if (S_is(c, k - 1, "encore") && S_is(c, k - 2, "ou")) m = k - 2;   /* "X, Y ou encore Z" */
        else break;
        if (m > s0 + 2 && S_is(c, m - 1, ")")) {   /* "X (ministre des Finances) et Y" */
            uint32_t q = m - 1;
            while (q > s0 && m - q < 12 && !S_is(c, q - 1, "(")) q--;
            if (q > s0 + 1 && m - q < 12) m = q - 1;
        }
        if (m > s0 + 3) {
            /* "X, né le 3 mai 1990 (30 ans) et Y", "X, 47 ans, et Y", "X,
             * originaire de Metz, et Y": an apposition between commas,
             * opened by a participle, an adjective or a number, with no
             * verb and no name of its own (a place after a preposition,
             * a date may be in it), is passed over */
            uint32_t q = S_is_comma(S_tok(c, m - 1)) ? m - 1 : m, m0 = q;
            while (q > s0 + 1 && m0 - q < 12) {
                const dp_token *t = S_tok(c, q - 1);
                if (S_is_comma(t) || S_is_stop(t) || S_is(c, q - 1, "et") || S_is_aux(c, q - 1) ||
                    (S_is_clause_verb(c, q - 1) && !(t->pos & DP_POS_VPP)))
                    break;
                if (c->ment[q - 1] >= 0 && !c->in_time[q - 1]) {
                    S_arg pm;
                    S_mention_at(c, q - 1, &pm);
                    if (!S_prep_before(c, pm.sp.t0, s0, NULL)) break;
                    q = pm.sp.t0;
                    continue;
                }
                q--;
            }
            const dp_token *f = S_tok(c, q);
            if (q < m0 && q > s0 + 1 && S_is_comma(S_tok(c, q - 1)) && c->ment[q] < 0 &&
                (!S_is_det(c, q) || f->kind == DP_TOK_NUM) &&
                ((f->pos & (DP_POS_VPP | DP_POS_ADJ)) || f->kind == DP_TOK_NUM) && !(f->pos & DP_POS_NC && !(f->pos & DP_POS_ADJ)))
                m = q - 1;
        }
        if (m <= s0) break;
        S_arg b;
        if (c->ment[m - 1] >= 0) S_mention_at(c, m - 1, &b);
        else if (S_unknown_name(c, s0, m - 1)) {   /* "Twitter et Facebook" */
            memset(&b, 0, sizeof b);
            b.ent = -1;
            b.place = -1;
            b.sp = (dp_tspan){m - 1, m};
        } else {   /* a bare noun phrase: "le consulat français et ..." */
            uint32_t h = m;
            while (h > s0 && (S_tok(c, h - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_det(c, h - 1) &&
                   !(S_tok(c, h - 1)->pos & (DP_POS_V | DP_POS_PREP)) && c->ment[h - 1] < 0)
                h--;
            if (h == m || h <= s0 || !S_is_det(c, h - 1) || !S_np_at(c, h - 1, m, &b) || b.sp.t1 != m ||
                S_agentless(c, &b))
                break;
        }
        /* "l'avocat du maire X et le préfet Y": a titled name after "de"
         * completes another noun, it is no member */
        if (b.sp.t0 < s0 || (c->role[b.sp.t0] && !S_titled(c, &b)) || c->in_time[b.sp.t0] ||
            S_prep_before(c, b.sp.t0, s0, NULL) || S_prep_before(c, S_title_start(c, s0, b.sp.t0), s0, NULL))
            break;
        out[n++] = b;
        j = b.sp.t0;
    }
    for (uint32_t j = a->sp.t1; n < max && j < s1;) {   /* to the right */
        uint32_t k = j;
        if (S_is(c, k, "et") || S_is_comma(S_tok(c, k))) k++;
        else if (S_is(c, k, "ainsi") && k + 1 < s1 && S_is(c, k + 1, "que")) k += 2;
        else if (S_is(c, k, "ou") && k + 1 < s1 && S_is(c, k + 1, "encore")) k += 2;
        else break;
        while (k < s1 && S_is_det(c, k) && c->ment[k] < 0) k++;
        if (k >= s1 || c->ment[k] < 0) break;
        S_arg b;
        S_mention_at(c, k, &b);
        if (b.sp.t0 < k || c->role[b.sp.t0] || c->in_time[b.sp.t0]) break;
        out[n++] = b;
        j = b.sp.t1;
    }
    return n;
}

static int S_arg_listed(const char *args, const char *prep)
{
    if (!args || !prep) return 0;
    for (const char *p = args; *p;) {   /* one pass: each item against PREP */
        const char *q = prep;
        while (*q && *q != ',' && *p == *q) p++, q++;   /* no item holds a comma */
        if (!*q && (!*p || *p == ',')) return 1;
        while (*p && *p != ',') p++;
        if (*p) p++;
    }
    return 0;
}

/* Reads the complements right of the trigger (tokens [from, s1)): direct
 * object, prepositional recipients, the "par" agent, places.  PASSIVE: the
 * agent is the actor.  NOUN: "de" complements follow ARGS' de> rule.       */
/* The preposition word at J folded to its base: de/d'/du/des -> "de",
 * à/au/aux -> "a", other prepositions themselves; NULL for none.          */
static const char *S_prep_word(S_ctx *c, uint32_t j)
{
    const char *w = S_tok(c, j)->norm;
    if (S_in(w, (const char *const[]){"de", "d'", "du", "des", NULL})) return "de";
    if (S_in(w, (const char *const[]){"a", "au", "aux", NULL})) return "a";
    if (S_in(w, (const char *const[]){"contre", "sur", "avec", "envers", "vers", "chez", "pour", "devant", NULL})) return w;
    return NULL;
}

/* A verb of its own follows the phrase that ends at J (past adjectives
 * and adverbs): "les milices kurdes prennent".                           */
static int S_opens_clause(S_ctx *c, uint32_t j, uint32_t s1)
{
    while (j < s1 && (S_tok(c, j)->pos & (DP_POS_ADJ | DP_POS_ADV)) && !S_is_verb(S_tok(c, j)) && c->ment[j] < 0) j++;
    return j < s1 && (S_is_aux(c, j) || (S_is_clause_verb(c, j) && !(S_tok(c, j)->pos & DP_POS_NC)) ||
                      S_in(S_tok(c, j)->norm, (const char *const[]){"ne", "n'", "se", "s'", NULL}));
}

/* "les ambassadeurs de l'Autriche, de la Suède et de la Belgique", "une
 * attaque sur l'ONU et sur l'Union africaine": the names
 * coordinated after recipient A with the same preposition (the one that
 * introduced A, or the "de" of its complement) are recipients too.       */
static void S_coordinated(S_ctx *c, uint32_t s1, const S_arg *a, S_args *A)
{
    if (a->ent < 0) return;
    uint32_t e0 = a->sp.t1;   /* the entity A ends with, its preposition */
    while (e0 > a->sp.t0 && c->ment[e0 - 1] >= 0 && c->ments[c->ment[e0 - 1]].ent == a->ent) e0--;
    uint32_t p = e0;
    while (p > a->sp.t0 && S_is_det(c, p - 1) && !S_prep_word(c, p - 1)) p--;
    uint32_t lo = a->sp.t0 > 0 ? a->sp.t0 - 1 : 0;
    const char *prep = p > lo ? S_prep_word(c, p - 1) : NULL;
    for (uint32_t j = a->sp.t1; j < s1 && A->nrecip < S_MAXA;) {
        uint32_t k = j;
        if (S_is_comma(S_tok(c, k))) k++;
        if (k < s1 && (S_is(c, k, "et") || S_is(c, k, "ou"))) k++;
        if (k == j || k >= s1) return;
        int bare_comma = k == j + 1 && S_is_comma(S_tok(c, j));
        const char *q = S_prep_word(c, k);
        /* "pour X et Y": a name after "et" shares the preposition */
        if ((q != NULL) != (prep != NULL) && !(prep && !q && k > j && S_is(c, k - 1, "et"))) return;
        if (q && strcmp(q, prep)) return;
        if (q) k++;
        while (k < s1 && S_is_det(c, k) && c->ment[k] < 0) k++;
        if (k >= s1 || c->ment[k] < 0) return;
        S_arg b;
        S_mention_at(c, k, &b);
        if (b.sp.t0 < k || c->role[b.sp.t0] || c->in_time[b.sp.t0]) return;
        /* after a bare comma with no preposition, a name followed by a
         * verb of its own opens the next clause ("quitte la Syrie, les
         * milices prennent"); otherwise the list goes on ("Alep, Homs,
         * Hama.", "Paris, Berlin et Rome") */
        if (bare_comma && !q && S_opens_clause(c, b.sp.t1, s1)) return;
        S_add(A->recip, &A->nrecip, b);
        j = b.sp.t1;
    }
}

static int S_new_clause(S_ctx *c, uint32_t j, uint32_t s1);

/* A person named after a long title starts at token J and a verb of his
 * own follows ("le secrétaire général de la fédération des cheminots Paul
 * Ricard a demandé"): the phrase is a subject, no complement.  Only
 * determiners, "de", "et", nouns, adjectives and names before the person,
 * then the verb (a comma would open an incise: "…, a indiqué X").       */
static int S_titled_subject(S_ctx *c, uint32_t j, uint32_t s1)
{
    int person = 0;
    uint32_t k = j;
    for (; k < s1 && k < j + 14; k++) {
        const dp_token *t = S_tok(c, k);
        if (c->ment[k] >= 0) {
            person |= c->d->ents.v[c->ments[c->ment[k]].ent].type == DP_ENT_PER;
            continue;
        }
        if (S_is_det(c, k) || S_in(t->norm, (const char *const[]){"de", "d'", "du", "des", "et", NULL}) ||
            ((t->pos & (DP_POS_NC | DP_POS_ADJ)) && (!S_is_verb(t) || (k > j && S_is_det(c, k - 1)))))
            continue;   /* "le délégué": a noun after its determiner, whatever verb reading it has */
        break;
    }
    if (!person || k >= s1) return 0;
    return S_is_aux(c, k) || (S_is_clause_verb(c, k) && !(S_tok(c, k)->pos & (DP_POS_VPP | DP_POS_VINF)));
}

/* "et" at J joins a second complement to the chain ("« la colère » et
 * « l'hostilité »", "et la haine"): a quotation mark or a determiner
 * follows, no verb or participle ("l'attaque et exprimé son soutien"); or
 * an adjective joins one before it.                                       */
static int S_owner_and(S_ctx *c, uint32_t j, uint32_t s1)
{
    if (!S_is(c, j, "et") || j + 1 >= s1) return 0;
    const dp_token *n = S_tok(c, j + 1);
    if (n->kind == DP_TOK_QUOTE_OPEN) return 1;
    /* "un dialogue franc et utile avec le Vietnam": two adjectives */
    if (j > 0 && (S_tok(c, j - 1)->pos & DP_POS_ADJ) && (n->pos & DP_POS_ADJ) && c->ment[j + 1] < 0 &&
        !(n->pos & (DP_POS_V | DP_POS_VPP | DP_POS_NC | DP_POS_DET | DP_POS_PREP)))
        return 1;
    /* not "et la ministre de la Santé a demandé": a clause of its own */
    return S_is_det(c, j + 1) && !(n->pos & (DP_POS_V | DP_POS_VPP | DP_POS_VINF | DP_POS_AUX)) &&
           !S_new_clause(c, j + 1, s1) && !S_titled_subject(c, j + 1, s1);
}

/* The recipient A is a thing ("le plan de relance présenté pour 2021 de l'Espagne",
 * "un tiers des diplomates de leur consulat à Alger", "les pensions payées
 * aux retraités grecs"): the party named in its chain of
 * complements is a recipient too.                                        */
static void S_owner(S_ctx *c, uint32_t s1, const S_arg *a, S_args *A)
{
    if (a->ent >= 0 || a->sp.t0 >= a->sp.t1 || A->nrecip >= S_MAXA) return;
    int prep = 0;
    for (uint32_t j = a->sp.t1; j < s1 && j < a->sp.t1 + 14; j++) {
        const dp_token *t = S_tok(c, j);
        if (c->ment[j] >= 0) {
            S_arg b;
            S_mention_at(c, j, &b);
            const dp_entity *e = &c->d->ents.v[b.ent];
            if (!prep || b.sp.t0 < j || c->role[j]) return;
            if (e->type == DP_ENT_PER || e->type == DP_ENT_ORG || !S_is_plain_place(c, b.ent, b.sp))
                S_add(A->recip, &A->nrecip, b);
            return;
        }
        if (S_in(t->norm, (const char *const[]){"de", "d'", "du", "des", "a", "au", "aux", "par", "avec", NULL})) {
            prep = 1;   /* "le plan présenté par la Pologne": its author */
            /* "les pensions payées aux retraités grecs", "toute
             * coopération avec les juges": people after "à" or "avec" */
            S_arg b;
            uint32_t k = S_in(t->norm, (const char *const[]){"au", "aux", NULL}) ? j : j + 1;
            if (!S_in(t->norm, (const char *const[]){"de", "d'", "du", "des", "par", NULL}) && k < s1 && c->ment[k] < 0 &&
                c->ment[k + 1 < s1 ? k + 1 : k] < 0 && S_np_at(c, k, s1, &b) && b.ent < 0 && !S_agentless(c, &b) &&
                !S_np_is_placehead(c, b.sp) && !S_thing_head(c, &b) && b.place < 0) {
                if (b.sp.t0 == j) b.sp.t0++;
                S_add(A->recip, &A->nrecip, b);
                return;
            }
            continue;
        }
        /* "dénonce « le mépris » et « l'arrogance » récemment montrée par X" */
        if (t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_QUOTE_CLOSE || S_owner_and(c, j, s1) ||
            ((t->pos & DP_POS_ADV) && !(t->pos & (DP_POS_V | DP_POS_PREP | DP_POS_NC))))
            continue;
        if (c->in_time[j] || S_is_det(c, j) || (S_in(t->norm, (const char *const[]){"pour", "en", "depuis", "dans", NULL}) && j + 1 < s1 && c->in_time[j + 1]) ||
            ((t->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_VPP)) && !(t->pos & (DP_POS_V | DP_POS_PREP | DP_POS_CONJ))) ||
            (t->pos & DP_POS_VPP) || ((t->pos & DP_POS_NC) && (S_is_det(c, j - 1) || S_prep_word(c, j - 1))))
            continue;   /* "le projet de réforme": a noun also read as a verb after its determiner */
        return;
    }
}

static int S_act_head(S_ctx *c, uint32_t t);

/* Token T is a noun of authored.tsv: a stance, a decision or a conduct
 * whose "de" complement names its author ("la décision du préfet").      */
static int S_authored(S_ctx *c, uint32_t t)
{
    const char *val[2];
    const char *w = S_tok(c, t)->norm;
    return c->d->model && w[0] && dp_dict_find(c->d->model, "authored", w, strlen(w), val, 2);
}

/* The argument B names a party that can act: a person, an organisation or
 * a state (S_party_head), a bare phrase headed by a function or a group,
 * no place.                                                              */
static int S_author_party(S_ctx *c, const S_arg *b)
{
    if (b->ent >= 0) {
        const dp_entity *e = &c->d->ents.v[b->ent];
        return e->type == DP_ENT_PER || e->type == DP_ENT_ORG || e->nominal ||
               (e->type == DP_ENT_LOC && !S_is_plain_place(c, b->ent, b->sp));
    }
    return S_can_act(c, b) && !S_np_is_placehead(c, b->sp) && b->place < 0;
}

/* A phrase read from the contracted preposition at J ("du", "au",
 * "des", "aux": "de le", "à le" ...) begins past it, unless it is all
 * the phrase.                                                            */
static void S_drop_contraction(S_arg *a, uint32_t j)
{
    if (a->sp.t0 == j && a->sp.t1 > j + 1) a->sp.t0++;
}

/* Participles whose "par" agent undergoes the act rather than makes it
 * ("les violences subies par les migrants", "les souffrances endurées
 * par les habitants"): stems, each with its "e"/"s"/"es" endings.       */
static const char *const S_undergo_pp[] = {"subi", "endure", "vecu", "essuye", "connu", "recu", "souffert",
                                           "ressenti", NULL};

/* NORM is one of the masculine singular participles STEMS in any gender
 * and number (the stem and "", "e", "s" or "es").                        */
static int S_participle_in(const char *norm, const char *const *stems)
{
    for (int i = 0; stems[i]; i++) {
        size_t n = strlen(stems[i]);
        if (strncmp(norm, stems[i], n)) continue;
        if (S_in(norm + n, (const char *const[]){"", "e", "s", "es", NULL})) return 1;
    }
    return 0;
}

static int S_undergo_participle(const char *norm) { return S_participle_in(norm, S_undergo_pp); }

/* The bare phrase A, aimed at by a judgement, a refusal, a demand or a
 * support, names an act, a decision or a conduct whose author its own
 * complements name: a noun of authored.tsv and its "de" party ("critique
 * la décision du préfet", "l'« immobilisme » du maire"), or any noun that
 * names no person nor place and its "par" agent, past a participle and a
 * "de" complement; the agent wins over that complement ("condamne la
 * persécution des opposants par le régime", "la mesure prise par la
 * mairie").  *OUT is that author; the act itself is no party.            */
static int S_part_locution(S_ctx *c, const S_arg *a, uint32_t s1, S_arg *out);
static int S_bare_party_at(S_ctx *c, uint32_t j, uint32_t end, S_arg *a);

static int S_act_author(S_ctx *c, uint32_t s1, const S_arg *a, S_arg *out)
{
    if (!c->d->model) return 0;
    /* the phrase's head is its own word, not a name: an entity its
     * complements name ("la répression des opposants") passes to it */
    int64_t hh = S_bare_head(c, a);
    if (hh < 0 || c->ment[hh] >= 0) return 0;
    uint32_t h = (uint32_t)hh;
    int authored = S_authored(c, h);
    /* a "par" agent completes any noun of an act or a thing ("la gestion
     * des réfugiés par l'État"), not a person's ("le ministre nommé par") */
    S_arg head = {.ent = -1, .sp = {h, h + 1}, .place = -1};
    if (!authored && !S_act_head(c, h) && (S_can_act(c, &head) || S_np_is_placehead(c, head.sp))) return 0;
    uint32_t j = h + 1, end = h + 14 < s1 ? h + 14 : s1;
    int de_seen = 0, pp_seen = 0, found = 0, undergo = 0;
    while (j < end) {
        const dp_token *t = S_tok(c, j);
        undergo |= c->ment[j] < 0 && S_undergo_participle(t->norm);
        if (t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_QUOTE_CLOSE || c->in_time[j] ||
            ((t->pos & (DP_POS_ADJ | DP_POS_ADV)) && !S_is_clause_verb(c, j) && !(t->pos & DP_POS_PREP) &&
             c->ment[j] < 0)) {
            j++;   /* "la décision « absurde » du préfet", "la mesure annoncée hier par" */
            continue;
        }
        if ((t->pos & DP_POS_VPP) && !pp_seen && c->ment[j] < 0 && !S_is_aux(c, j)) {
            pp_seen = 1;   /* "la mesure prise par la mairie" */
            j++;
            continue;
        }
        int par = S_is(c, j, "par");
        int de = S_in(t->norm, (const char *const[]){"de", "d'", "du", "des", NULL});
        if ((!par && !de) || j + 1 >= s1) return found;
        if (de && de_seen && !S_is_det(c, j + 1) && c->ment[j + 1] < 0 && (S_tok(c, j + 1)->pos & DP_POS_NC) &&
            !S_in(t->norm, (const char *const[]){"du", "des", NULL})) {
            j += 2;   /* "des demandeurs d'asile": a bare noun completes the "de" phrase */
            continue;
        }
        uint32_t k = S_in(t->norm, (const char *const[]){"du", "des", NULL}) ? j : j + 1;
        /* "le rôle de « milices privées »": the party quoted */
        if (k == j + 1 && k + 1 < s1 && S_tok(c, k)->kind == DP_TOK_QUOTE_OPEN) k++;
        uint32_t m = k;   /* "de la CE": a name is no determiner ("ce") */
        while (m < s1 && m < k + 2 && S_is_det(c, m) && c->ment[m] < 0) m++;
        S_arg b;
        /* "une ingérence de forces étrangères": a bare party after "de" */
        if (!(m < s1 && c->ment[m] >= 0 ? S_mention_at(c, m, &b)
                                        : S_np_at(c, k, s1, &b) || (de && k > j && S_bare_party_at(c, k, s1, &b))))
            return found;
        if (b.sp.t0 < k) return found;   /* a mention begun before: no complement read here */
        S_drop_contraction(&b, j);   /* "du préfet": "de le" */
        S_arg pl;   /* "les menaces de la part de Moscou": the locution names the author */
        int part = de ? S_part_locution(c, &b, s1, &pl) : 0;
        if (part < 0) return found;
        if (part > 0) {
            if (!S_author_party(c, &pl)) return found;
            *out = pl;
            return 1;
        }
        S_arg w;   /* "du président de l'Assemblée": the function with its complement */
        uint32_t f = b.sp.t1;
        if (b.ent < 0 && f + 1 < s1 && S_in(S_tok(c, f)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) &&
            S_title_head(c, &b)) {
            uint32_t g = S_in(S_tok(c, f)->norm, (const char *const[]){"du", "des", NULL}) ? f : f + 1;
            if (c->ment[g] >= 0 ? S_mention_at(c, g, &w) : S_np_at(c, g, s1, &w)) {
                if (w.sp.t0 >= f) b.sp.t1 = w.sp.t1;
            }
        }
        if (par) {
            /* "la persécution des opposants par le régime": the agent, past
             * the noun's "de" phrase; it wins over that phrase.  After
             * "subies par", "endurées par" the agent is the victim */
            if (undergo || !S_author_party(c, &b)) return found;
            *out = b;
            return 1;
        }
        if (de_seen || pp_seen) return found;   /* one "de" phrase is passed, no more */
        if (authored && S_author_party(c, &b)) {
            *out = b;   /* "la décision du préfet", unless a "par" agent follows */
            found = 1;
        }
        de_seen = 1;
        j = b.sp.t1;
    }
    return found;
}

/* The participle at J qualifies the event noun that ends at FROM: only
 * adjectives and adverbs stand between ("une enquête préliminaire ouverte
 * ... par le parquet", "la grève annoncée par les syndicats"); its "par"
 * agent is the event's actor.                                             */
static int S_noun_participle(S_ctx *c, uint32_t from, uint32_t j)
{
    for (uint32_t k = from; k < j; k++) {
        const dp_token *t = S_tok(c, k);
        /* an adjective that is also a participle passes ("la grève perlée
         * annoncée par", "les frappes ciblées menées par") */
        int adj_pp = (t->pos & DP_POS_ADJ) && (t->pos & DP_POS_VPP);
        if (c->ment[k] >= 0 || !(t->pos & (DP_POS_ADJ | DP_POS_ADV)) || (t->pos & DP_POS_PREP) ||
            ((t->pos & DP_POS_V) && !adj_pp) || S_is_aux(c, k))
            return 0;
    }
    return 1;
}

/* Every Lefff verb reading of token I is a 3rd person plural; 0 without
 * any verb reading.                                                      */
static int S_plural_verb(S_ctx *c, uint32_t i)
{
    return S_verb_number(c, i, 1);
}

/* A new clause with its own subject starts at token J ("... ont été
 * interpellés et des dizaines de grévistes se sont rassemblés"): a noun
 * phrase, then a conjugated verb.                                          */
static int S_new_clause(S_ctx *c, uint32_t j, uint32_t s1)
{
    uint32_t k = j, words = 0;
    while (k < s1 && k < j + 8) {
        const dp_token *t = S_tok(c, k);
        if (c->ment[k] >= 0 || S_is_det(c, k) || S_is(c, k, "de") || S_is(c, k, "d'") ||
            ((t->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_verb(t))) {
            words++;
            k++;
            continue;
        }
        break;
    }
    if (!words || k >= s1) return 0;
    if (S_is(c, k, "se") || S_is(c, k, "s'") || S_is(c, k, "ne") || S_is(c, k, "n'")) k++;
    /* "soutenues par le Qatar et l'Égypte reprennent": a plural verb
     * is not the singular phrase's, the phrase ends a coordination */
    if (k < s1 && S_in(S_tok(c, j)->norm, (const char *const[]){"le", "la", "l'", "un", "une", NULL}) &&
        S_plural_verb(c, k))
        return 0;
    return k < s1 && (S_is_aux(c, k) || (S_is_clause_verb(c, k) && !(S_tok(c, k)->pos & (DP_POS_VPP | DP_POS_VINF))));
}

/* "contre elle", "contre eux", "à son encontre", "à leur encontre" at
 * token J (a preposition of ARGS before): the party the pronoun stands
 * for.                                                                     */
static int S_object_pronoun(S_ctx *c, uint32_t from, uint32_t j, const char *args, S_arg *out)
{
    const dp_doc *d = c->d;
    const char *w = S_tok(c, j)->norm;
    uint32_t s0 = d->sents.v[d->toks.v[j].sent].t0;
    if (S_in(w, (const char *const[]){"lui", "elle", "eux", "elles", NULL}) && j > from) {
        const char *p = S_prep_word(c, j - 1);
        if (!p || !S_arg_listed(args, p)) return 0;
    } else if (S_in(w, (const char *const[]){"son", "sa", "leur", NULL}) && j > from && j + 1 < d->toks.n &&
               S_is(c, j + 1, "encontre") && S_is(c, j - 1, "a")) {
        /* "against": whatever the trigger's own prepositions */
    } else {
        return 0;
    }
    if (!S_pronoun(c, s0, j, out) || S_is_plain_place(c, out->ent, out->sp)) return 0;
    return !(out->sp.t0 < from && out->sp.t1 >= from);   /* not the trigger's own phrase */
}

/* The quotation mark at J only frames the verb's words: it closes them
 * right after the verb and its adverbs ("« condamne fermement » cette
 * attaque") or opens its object ("remercie « les commandants", "dénonce
 * des « blocages scandaleux »").                                          */
static int S_quote_edge(S_ctx *c, uint32_t from, uint32_t j)
{
    const dp_token *t = S_tok(c, j);
    if (t->kind != DP_TOK_QUOTE_OPEN && t->kind != DP_TOK_QUOTE_CLOSE) return 0;
    for (uint32_t k = from; k < j; k++)
        if (!(S_tok(c, k)->pos & DP_POS_ADV) && !(t->kind == DP_TOK_QUOTE_OPEN && S_is_det(c, k))) return 0;
    return t->kind == DP_TOK_QUOTE_CLOSE || (t->kind == DP_TOK_QUOTE_OPEN && j + 1 < c->d->toks.n &&
                                             (S_is_det(c, j + 1) || c->ment[j + 1] >= 0 || j > from));
}

/* A determiner at J opens a noun quoted on its own ("une « coopération
 * exemplaire » avec", "son « immobilisme »", "des « blocages scandaleux »"):
 * the phrase from the determiner to the end of the quoted noun and its
 * adjectives (through the closing mark when it follows them), so that the
 * complements after it are read as for an unquoted noun.                  */
static int S_quoted_np(S_ctx *c, uint32_t j, uint32_t s1, S_arg *a)
{
    uint32_t k = j;
    while (k < s1 && S_is_det(c, k)) k++;
    if (k == j || k + 1 >= s1 || S_tok(c, k)->kind != DP_TOK_QUOTE_OPEN) return 0;
    uint32_t h = ++k;
    while (k < s1 && k < h + 4 && (S_tok(c, k)->pos & (DP_POS_NC | DP_POS_ADJ)) && S_tok(c, k)->kind == DP_TOK_WORD &&
           !(S_tok(c, k)->pos & (DP_POS_AUX | DP_POS_DET | DP_POS_PREP | DP_POS_CONJ | DP_POS_PRO)) &&
           (k == h || !(S_tok(c, k)->pos & DP_POS_V)) &&   /* "« mépris »" is a noun, not "méprendre" */
           c->ment[k] < 0 && !c->in_time[k])
        k++;
    if (k == h || !(S_tok(c, h)->pos & DP_POS_NC)) return 0;
    if (k < s1 && S_tok(c, k)->kind == DP_TOK_QUOTE_CLOSE) k++;
    memset(a, 0, sizeof *a);
    a->ent = -1;
    a->sp = (dp_tspan){j, k};
    a->place = -1;
    return 1;
}

/* The phrase starting at M0 is coordinated with the one before it: "et",
 * "ainsi que" or a comma, then determiners ("par le Qatar et l'Égypte"). */
static int S_par_conjunct(S_ctx *c, uint32_t from, uint32_t m0)
{
    uint32_t k = m0;
    while (k > from && S_is_det(c, k - 1) && c->ment[k - 1] < 0) k--;
    if (k <= from) return 0;
    return S_is(c, k - 1, "et") || S_is_comma(S_tok(c, k - 1)) ||
           (k > from + 1 && S_is(c, k - 1, "que") && S_is(c, k - 2, "ainsi"));
}

static int S_site_head(S_ctx *c, dp_tspan sp);
static void S_site_widen(S_ctx *c, S_arg *a);

/* "a foncé sur le parvis d'une église", "sur une allée de la foire de
 * Pâques": a target that is part of a site (no party, no site itself) is
 * completed by the site, which is a recipient too.                       */
static void S_site_of_part(S_ctx *c, uint32_t s1, const S_arg *a, S_args *A)
{
    uint32_t j = a->sp.t1;
    if (a->ent >= 0 || j + 1 >= s1 || S_site_head(c, a->sp) || A->nrecip >= S_MAXA) return;
    if (!S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) return;
    uint32_t k = S_in(S_tok(c, j)->norm, (const char *const[]){"du", "des", NULL}) ? j : j + 1;
    S_arg b;
    if (!S_is_det(c, k) || !S_np_at(c, k, s1, &b) || !S_site_head(c, b.sp)) return;
    S_drop_contraction(&b, j);
    S_site_widen(c, &b);
    S_add(A->recip, &A->nrecip, b);
}

/* The common noun at token I names a party that "au" can introduce: a
 * person's function or an acting group of titles.tsv / agents.tsv ("au
 * président élu", "au gouvernement malien") or a people ("au peuple
 * français"); not "au pouvoir", "au cours", "au sein".                    */
static int S_au_party(S_ctx *c, uint32_t i)
{
    const char *val[2];
    for (uint32_t k = i; k < i + 2 && k < c->d->toks.n && c->ment[k] < 0 && c->d->model; k++) {
        const dp_token *t = S_tok(c, k);
        if (!(t->pos & (DP_POS_NC | DP_POS_ADJ)) || !t->norm[0]) return 0;
        if (S_in(t->norm, (const char *const[]){"pouvoir", "renseignement", NULL})) return 0;
        if (S_in(t->norm, (const char *const[]){"peuple", "nation", NULL})) return 1;
        if (dp_dict_find(c->d->model, "agents", t->norm, strlen(t->norm), val, 2) ||
            dp_dict_find(c->d->model, "titles", t->norm, strlen(t->norm), val, 2))
            return 1;
        char two[96];   /* "au Premier ministre": a title of two words */
        int n = k + 1 < c->d->toks.n ? snprintf(two, sizeof two, "%s %s", t->norm, S_tok(c, k + 1)->norm) : 0;
        if (n > 0 && (size_t)n < sizeof two && dp_dict_find(c->d->model, "titles", two, (size_t)n, val, 2)) return 1;
        if (!(t->pos & DP_POS_ADJ)) return 0;   /* else an adjective first: "au nouveau président" */
    }
    return 0;
}

static int S_act_np(S_ctx *c, const S_arg *a);

/* The determiner of the noun trigger ending at N1, within its own phrase
 * (past the noun and its adjectives only: "sa" in "sa démission", "les"
 * in "les longues grèves"), else "".                                    */
static const char *S_noun_det(S_ctx *c, uint32_t n1)
{
    uint32_t s0 = n1 > 0 ? c->d->sents.v[c->d->toks.v[n1 - 1].sent].t0 : 0;
    for (uint32_t k = n1; k > s0 && n1 - k < 5;) {
        k--;
        if (S_is_det(c, k)) return S_tok(c, k)->norm;
        if (!(S_tok(c, k)->pos & (DP_POS_NC | DP_POS_ADJ)) || S_is_verb(S_tok(c, k)) || c->ment[k] >= 0) return "";
    }
    return "";
}

/* The argument A names a party that can act: a person or an organisation
 * (a state named as an actor too), or a bare phrase S_can_act accepts.   */
static int S_party_head(S_ctx *c, const S_arg *a)
{
    if (a->ent < 0) return S_can_act(c, a);
    const dp_entity *e = &c->d->ents.v[a->ent];
    return e->type == DP_ENT_PER || e->type == DP_ENT_ORG || e->nominal || (e->type == DP_ENT_LOC && e->actor.code);
}

/* The bare phrase A is no party (no entity, a head that cannot act:
 * "l'approvisionnement", "la diffusion") and a "de" phrase right after it
 * names one ("des hôpitaux", "de la chaîne", "du journal": an entity, or
 * a head of agents.tsv, titles.tsv or orgheads.tsv, plural too): *OUT is
 * that phrase.                                                            */
static int S_party_of_thing(S_ctx *c, const S_arg *a, uint32_t s1, S_arg *out)
{
    if (a->ent >= 0 || S_can_act(c, a) || a->sp.t1 + 1 >= s1) return 0;
    uint32_t j = a->sp.t1;
    if (!S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) return 0;
    uint32_t k = S_in(S_tok(c, j)->norm, (const char *const[]){"du", "des", NULL}) ? j : j + 1;
    if (!(c->ment[k] >= 0 ? S_mention_at(c, k, out) : S_np_at(c, k, s1, out))) return 0;
    if (out->ent >= 0) {
        const dp_entity *e = &c->d->ents.v[out->ent];
        return e->type == DP_ENT_PER || e->type == DP_ENT_ORG || e->nominal;
    }
    int64_t h = S_bare_head(c, out);
    if (h < 0) return 0;
    char w[64];
    snprintf(w, sizeof w, "%s", S_tok(c, (uint32_t)h)->norm);
    size_t n = strlen(w);
    const char *val[2];
    for (int pass = 0; pass < 2; pass++) {
        if (dp_dict_find(c->d->model, "agents", w, n, val, 2) || dp_dict_find(c->d->model, "titles", w, n, val, 2) ||
            dp_dict_find(c->d->model, "orgheads", w, n, val, 2))
            return 1;
        if (n > 4 && !strcmp(w + n - 3, "aux")) {
            w[n - 2] = 'l';   /* "des journaux": "journal" */
            w[--n] = 0;
        } else if (n > 3 && w[n - 1] == 's') {
            w[--n] = 0;   /* "des syndicats": "syndicat" */
        } else {
            break;
        }
    }
    return 0;
}

/* Tokens [FROM, TO) are adjectives only (none a verb nor a mention): "la
 * libération rapide" before "du militant".                              */
static int S_adjectives_only(S_ctx *c, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (!(S_tok(c, k)->pos & DP_POS_ADJ) || S_is_verb(S_tok(c, k)) || c->ment[k] >= 0 || S_is_det(c, k)) return 0;
    return 1;
}

/* Token T0 starts a phrase that is right after the phrase ending at END
 * (exclusive), past only its "de" and a determiner: "le cargo Atlantis |de
 * la| Grèce", "du maire |de la| commune".                               */
static int S_right_after(S_ctx *c, uint32_t end, uint32_t t0)
{
    if (t0 < end || t0 > end + 3) return 0;
    for (uint32_t k = end; k < t0; k++)
        if (!S_is_det(c, k) && !S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}))
            return 0;
    return 1;
}

/* The "de" phrase A is the locution "de la part de X" (A = "la part du
 * cartel"): 1 with *OUT = X when X is found, -1 when it is not ("de la
 * part de ses proches" beyond the window), 0 when A is no such phrase.   */
static int S_part_locution(S_ctx *c, const S_arg *a, uint32_t s1, S_arg *out)
{
    uint32_t t = a->sp.t0;
    if (t < a->sp.t1 && S_is_det(c, t)) t++;
    if (t + 1 >= s1 || strcmp(S_tok(c, t)->norm, "part") || t == a->sp.t0) return 0;
    if (strcmp(S_tok(c, t - 1)->norm, "la")) return 0;
    uint32_t j = t + 1;
    if (!S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) return 0;
    uint32_t k = S_in(S_tok(c, j)->norm, (const char *const[]){"du", "des", NULL}) ? j : j + 1;
    if (k >= s1) return -1;
    if (!(c->ment[k] >= 0 ? S_mention_at(c, k, out) : S_np_at(c, k, s1, out))) return -1;
    return 1;
}

/* The sector of the argument A: its entity's, its own (a demonym), else
 * that of its first common noun in agents.tsv ("les grévistes": LAB); ""
 * when none.  BUF holds what agents.tsv gave.                             */
static const char *S_arg_sector(S_ctx *c, const S_arg *a, char *buf, size_t n)
{
    const char *sec = a->ent >= 0 ? c->d->ents.v[a->ent].actor.sector : a->actor.sector;
    buf[0] = 0;
    for (uint32_t k = a->sp.t0; !sec && a->ent < 0 && k < a->sp.t1 && c->d->model; k++) {
        const char *val[2];
        const dp_token *t = S_tok(c, k);
        if (S_is_det(c, k) || !(t->pos & DP_POS_NC)) continue;
        if (dp_dict_find(c->d->model, "agents", t->norm, strlen(t->norm), val, 2)) snprintf(buf, n, "%.7s", val[0]);
        break;
    }
    return sec ? sec : buf;
}

/* de>party: the "de" phrase A of a blockade ("le blocage des syndicats",
 * "un blocage de Gilets jaunes") is who blocks when it names a person, a
 * group that is no state body, nor a business or a medium, or a bare
 * phrase headed by such an agent noun (protesters, strikers, unions);
 * otherwise ("de la raffinerie", "des routes", "du Parlement", "de la
 * France") it is what is blocked.                                       */
static int S_blocking_party(S_ctx *c, const S_arg *a)
{
    static const char *const bodies[] = {"GOV", "LEG", "JUD", "BUS", "MED", "COP", "MIL", "SPY", NULL};
    char buf[8];
    uint32_t k = a->sp.t0;
    while (k < a->sp.t1 && S_is_det(c, k) && c->ment[k] < 0) k++;
    if (a->ent >= 0 && k < a->sp.t1 && c->ment[k] < 0 && (S_tok(c, k)->pos & DP_POS_NC)) {
        /* "la raffinerie de Feyzin": a common noun heads the phrase, the
         * name only completes it: the noun tells */
        S_arg head = {.ent = -1, .place = -1, .sp = {a->sp.t0, k + 1}};
        const char *hs = S_arg_sector(c, &head, buf, sizeof buf);
        return hs && *hs && !S_in(hs, bodies);
    }
    const char *sec = S_arg_sector(c, a, buf, sizeof buf);
    if (a->ent >= 0) {
        const dp_entity *e = &c->d->ents.v[a->ent];
        if (e->type == DP_ENT_PER) return 1;
        if (e->type != DP_ENT_ORG && !e->nominal) return 0;
        return !(sec && S_in(sec, bodies));
    }
    return sec && *sec && !S_in(sec, bodies);
}

/* A "par" agent follows in the phrase from J on, before its clause
 * ends: "le blocage des manifestants par les CRS" (the agent blocks, the
 * "de" phrase undergoes).                                                */
static int S_par_after(S_ctx *c, uint32_t j, uint32_t s1)
{
    for (uint32_t k = j; k < s1 && k < j + 10; k++) {
        const dp_token *t = S_tok(c, k);
        if (S_is_stop(t) || S_is_comma(t) || S_is_aux(c, k) || (S_is_clause_verb(c, k) && !(t->pos & DP_POS_NC))) return 0;
        if (S_is(c, k, "par")) return 1;
    }
    return 0;
}

static int S_overlaps(dp_tspan a, uint32_t t0, uint32_t t1);

/* Judgements, refusals, demands, supports, threats, sanctions, meetings,
 * appeals, concessions: acts of speech or of judgement aimed at a party. */
static const char *const S_aimed_acts[] = {"ACCUSE", "REJECT", "REQUEST", "SANCTION", "CONSULT", "APPEAL",
                                           "THREATEN", "SUPPORT", "CONCEDE", NULL};

/* Each recipient of A that names an act whose author its complements name
 * (S_act_author) is replaced by that author ("dénonce la politique du
 * gouvernement": the government), or dropped when the author is a
 * recipient already.                                                     */
static void S_act_authors(S_ctx *c, uint32_t s1, S_args *A)
{
    for (int i = 0; i < A->nrecip;) {
        S_arg x;
        if (!S_act_author(c, s1, &A->recip[i], &x)) {
            i++;
            continue;
        }
        /* the act's own "de" phrase read as a recipient of its own ("le
         * traitement des demandeurs d'asile par la préfecture": the people
         * it bears on) goes with it */
        uint32_t a0 = A->recip[i].sp.t0;
        for (int k = 0; k < A->nrecip;) {
            if (k != i && A->recip[k].sp.t0 > a0 && A->recip[k].sp.t1 <= x.sp.t0) {
                for (int q = k; q + 1 < A->nrecip; q++) A->recip[q] = A->recip[q + 1];
                A->nrecip--;
                if (k < i) i--;
                continue;
            }
            k++;
        }
        int dup = 0;
        for (int k = 0; k < A->nrecip; k++)
            dup |= k != i && ((x.ent >= 0 && A->recip[k].ent == x.ent) || S_overlaps(A->recip[k].sp, x.sp.t0, x.sp.t1));
        if (!dup) {
            A->recip[i++] = x;
            continue;
        }
        for (int k = 0; k < A->nrecip; k++)   /* "du gouvernement" read as a complement: the party alone */
            if (k != i && ((x.ent >= 0 && A->recip[k].ent == x.ent) || S_overlaps(A->recip[k].sp, x.sp.t0, x.sp.t1)))
                A->recip[k] = x;
        for (int k = i; k + 1 < A->nrecip; k++) A->recip[k] = A->recip[k + 1];
        A->nrecip--;
    }
}

/* The phrase [T0, END) is the first of two coordinated
 * vehicles or objects that one plural "piégés" qualifies ("l'explosion
 * d'un camion et d'une voiture piégés", "de deux motos et d'un bus
 * piégés"): "et", a phrase with no verb nor comma, then that participle.  */
static int S_devices_joined(S_ctx *c, uint32_t t0, uint32_t end, uint32_t s1)
{
    if (end >= s1 || !S_is(c, end, "et")) return 0;
    /* the feminine "piégées" only after a feminine first phrase: "d'un bus
     * et de deux voitures piégées" leaves the bus a target               */
    int fem = S_in(S_tok(c, t0)->norm, (const char *const[]){"une", "la", "cette", "sa", "leur", NULL});
    for (uint32_t j = end + 1; j < s1 && j < end + 7; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_comma(t) || S_is_aux(c, j)) return 0;
        if (S_is(c, j, "pieges") || (fem && S_is(c, j, "piegees"))) return 1;
        if (S_is_clause_verb(c, j)) return 0;
    }
    return 0;
}

/* A locution of solidarity ("en soutien à", "par solidarité avec", "en
 * solidarité avec", "aux côtés de") lies between FROM and T: what follows
 * it names the party backed.                                            */
static int S_backing_before(S_ctx *c, uint32_t from, uint32_t t)
{
    for (uint32_t j = from; j + 1 < t; j++) {
        if ((S_is(c, j, "en") || S_is(c, j, "par")) &&
            S_in(S_tok(c, j + 1)->norm, (const char *const[]){"soutien", "solidarite", NULL}))
            return 1;
        if (S_is(c, j, "aux") && S_is(c, j + 1, "cotes")) return 1;
    }
    return 0;
}

static int S_plural_noun(S_ctx *c, uint32_t h);

/* A party named by a bare common noun at J, with no determiner: the noun
 * and its adjectives ("supporters lyonnais"), then one "de" complement of a
 * determiner and a noun ("forces de l'ordre"), up to END.  A verb reading
 * of the noun is no objection there ("forces"); a time or a name is.     */
static int S_bare_party_at(S_ctx *c, uint32_t j, uint32_t end, S_arg *a)
{
    const dp_token *h = S_tok(c, j);
    if (j >= end || h->kind != DP_TOK_WORD || !(h->pos & DP_POS_NC) || (h->flags & DP_TF_CAP) || c->ment[j] >= 0 ||
        c->in_time[j] || (h->pos & (DP_POS_DET | DP_POS_PREP | DP_POS_CONJ | DP_POS_PRO | DP_POS_ADV)))
        return 0;
    uint32_t k = j + 1;
    while (k < end && k < j + 4 && (S_tok(c, k)->pos & DP_POS_ADJ) &&
           !(S_tok(c, k)->pos & (DP_POS_V | DP_POS_DET | DP_POS_PREP | DP_POS_CONJ | DP_POS_ADV)) &&
           S_tok(c, k)->kind == DP_TOK_WORD && c->ment[k] < 0 && !c->in_time[k])
        k++;
    if (k + 2 < end && S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", NULL}) && S_is_det(c, k + 1) &&
        (S_tok(c, k + 2)->pos & DP_POS_NC) && S_tok(c, k + 2)->kind == DP_TOK_WORD && c->ment[k + 2] < 0 && !c->in_time[k + 2])
        k += 3;
    memset(a, 0, sizeof *a);
    a->ent = -1;
    a->sp = (dp_tspan){j, k};
    /* a party: a head that can act ("gouvernement", "syndicats") or a
     * plural ("détenus", "supporters"); not "entre colère et tristesse" */
    S_arg hd = *a;
    hd.sp = (dp_tspan){j, j + 1};
    if (!S_can_act(c, &hd) && !S_plural_noun(c, j)) return 0;
    a->place = S_place_of(c, a->sp, -1);
    return 1;
}

static void S_complements(S_ctx *c, uint32_t from, uint32_t s1, const char *args,
                          int noun, S_args *A)
{
    int commas = 0, found = 0;
    const char *de_rule = NULL;
    if (noun && args) {
        const char *p = strstr(args, "de>");
        if (p) de_rule = p + 3;
    }
    int entre = 0, other_pp = 0, parties = 0, by_par = 0, aside = 0;
    uint32_t de_end = 0;   /* end of the noun's "de" party read last */
    int de_auto = -1;   /* the actor a de>auto "de" phrase gave */
    int named_target = 0;   /* the target just read is a name ("contre Daech") */
    int named_thing = 0;   /* ... set after a common noun ("le cargo Atlantis") */
    uint32_t aside_de = 0;   /* the "de" after a noun's aside between commas */
    const char *last_prep = NULL;   /* the preposition of the recipient just read */
    for (uint32_t j = from; j < s1 && j < from + S_WINDOW; j++) {
        const dp_token *t = S_tok(c, j);
        if (!found && !noun && S_quote_edge(c, from, j)) continue;
        if (t->kind == DP_TOK_QUOTE_OPEN && j > from &&
            S_in(S_tok(c, j - 1)->norm, (const char *const[]){"pour", "a", "au", "aux", "dans", "sur", "en", "vers",
                                                              "chez", "avec", "contre", NULL})) {
            /* "ont comparu pour « vol » et « recel de vol »
             * devant un tribunal", "arrêté à « la Zone » par les
             * policiers": a few words quoted after a preposition (a charge,
             * a nickname) are passed over, the complements go on after them
             * (not after "de": "qualifié de « ... »" is the judgement) */
            uint32_t q = j, end = j;
            while (q < s1 && S_tok(c, q)->kind == DP_TOK_QUOTE_OPEN) {
                uint32_t k = q + 1;
                while (k < s1 && k < q + 8 && S_tok(c, k)->kind == DP_TOK_WORD) k++;
                if (k >= s1 || k == q + 1 || S_tok(c, k)->kind != DP_TOK_QUOTE_CLOSE) break;
                end = k;
                q = k + 1 < s1 && S_is(c, k + 1, "et") ? k + 2 : s1;
            }
            if (end > j) {
                j = end;
                continue;
            }
        }
        if (S_is_stop(t)) break;
        if (S_is_comma(t) && noun && !found && !commas && !aside_de && S_adjectives_only(c, from, j)) {
            /* "l'assassinat, dimanche soir, du maire", "l'empoisonnement, à
             * l'aide d'un poison, de l'ancien agent": an aside with no verb
             * between the noun and its "de" party */
            uint32_t k = j + 1;
            while (k < s1 && k < j + 10 && !S_is_comma(S_tok(c, k)) && !S_is_stop(S_tok(c, k)) &&
                   !S_is_clause_verb(c, k) && !S_is_aux(c, k) && !(S_tok(c, k)->pos & DP_POS_VPP && !(S_tok(c, k)->pos & DP_POS_NC)) &&
                   !S_in(S_tok(c, k)->norm, (const char *const[]){"qui", "que", "qu'", "dont", "et", "ou", NULL}))
                k++;
            if (k > j + 1 && k + 1 < s1 && S_is_comma(S_tok(c, k)) &&
                S_in(S_tok(c, k + 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) {
                aside_de = k + 1;
                j = k;
                continue;
            }
        }
        if (S_is_comma(t)) {
            /* "a été arrêté, sans résistance, par des gendarmes": the agent
             * after an incidental phrase */
            if (!found && commas == 1 && j + 1 < s1 && S_is(c, j + 1, "par")) {
                aside = 1;   /* its "en provenance de Paris" is no place of the event */
                continue;
            }
            if (found || ++commas > 1) break;
            continue;
        }
        if (found && S_is(c, j, "ainsi") && j + 1 < s1 && (S_is(c, j + 1, "que") || S_is(c, j + 1, "qu'"))) {
            j++;   /* "recevoir le maire ainsi qu'une dizaine d'élus" */
            continue;
        }
        if (j > from && S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", "ou", "lorsque", "lorsqu'", "quand", "car",
                                                            "afin", "alors", "puisque", "puisqu'", "tandis", "parce", NULL}))
            break;
        /* "contre lui": a pronoun after a preposition is no verb ("luire");
         * nor is a name there ("à Calais": "je calais", from "caler") */
        if (j > from && S_is_clause_verb(c, j) && !(t->pos & DP_POS_VPP && !(t->pos & DP_POS_V)) &&
            !(noun && (t->pos & DP_POS_VPP) && S_noun_participle(c, from, j)) && !S_stressed_pronoun(c, j) &&
            !(c->ment[j] >= 0 && (t->flags & DP_TF_CAP) && S_prep_word(c, j - 1)))
            break;
        if (!strcmp(t->norm, "pour") && j + 1 < s1 && (S_tok(c, j + 1)->pos & DP_POS_VINF)) break;
        /* "entre X et Y ont repris": the "et" of "entre" joins the parties */
        if (S_in(t->norm, (const char *const[]){"et", "mais", "puis", NULL}) && !(entre && parties == 1 && S_is(c, j, "et")) &&
            S_new_clause(c, j + 1, s1))
            break;
        if (!strcmp(t->norm, "entre")) entre = 1;
        /* "deux établissements fréquentés par les touristes": a "par" after
         * another participle is that participle's agent (not after "et
         * interrogés", which shares the trigger's) */
        if (j > from && (t->pos & DP_POS_VPP) && c->ment[j] < 0 &&
            !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"et", "puis", "ou", "ete", NULL}) &&
            !(noun && S_noun_participle(c, from, j)) &&
            !S_stressed_pronoun(c, j))   /* "chez lui": no participle of "luire" */
            other_pp = 1;
        S_arg a;
        int ok = 0;
        if (c->ment[j] >= 0) ok = S_mention_at(c, j, &a);
        else if (j + 1 < s1 && S_is(c, j + 1, "pays") && S_this_country(c, j, &a)) {
            /* "reproche au pays de ...", "menace ce pays": the country named last */
            const char *p0 = S_is(c, j, "au") ? "a" : S_prep_before(c, j, from, NULL);
            if ((!p0 && !noun && S_arg_listed(args, "obj")) || (p0 && S_arg_listed(args, p0))) {
                S_add(A->recip, &A->nrecip, a);
                found = 1;
            }
            j++;
            continue;
        } else if (((t->pos & DP_POS_PRO) || (j + 1 < s1 && S_is(c, j + 1, "encontre"))) &&
                   S_object_pronoun(c, from, j, args, &a)) {
            S_add(A->recip, &A->nrecip, a);   /* "un mandat émis contre elle", "à son encontre" */
            found = 1;
            last_prep = S_is(c, j + 1, "encontre") ? "contre" : S_prep_word(c, j - 1);
            j += S_is(c, j + 1, "encontre");
            continue;
        } else if (S_is_det(c, j)) {
            ok = S_np_at(c, j, s1, &a);
            /* a quoted noun ("salue une « coopération exemplaire » avec le
             * Sénégal"): only the party named in its complements, as
             * S_owner reads them, is a recipient */
            if (!ok && !noun && S_quoted_np(c, j, s1, &a) && !S_prep_before(c, j, from, NULL) &&
                S_arg_listed(args, "obj")) {
                S_args own = {0};
                S_owner(c, s1, &a, &own);
                for (int k = 0; k < own.nrecip; k++) {
                    const dp_entity *e = own.recip[k].ent >= 0 ? &c->d->ents.v[own.recip[k].ent] : NULL;
                    if (!e || (e->type != DP_ENT_PER && e->type != DP_ENT_ORG && e->type != DP_ENT_LOC))
                        continue;   /* "du « chantage au suicide »": no party */
                    S_add(A->recip, &A->nrecip, own.recip[k]);
                    found = 1;
                }
                /* the party found, the reading ends: what follows ("et la
                 * baisse des primes") is more of the criticised things */
                if (found) break;
                continue;
            }
        } else if (S_arg_listed(args, "a") && j + 1 < s1 &&
                 ((S_is(c, j, "aux") && c->ment[j + 1] < 0 && (S_tok(c, j + 1)->pos & DP_POS_NC) &&
                   !S_in(S_tok(c, j + 1)->norm, (const char *const[]){"cotes", "abords", "alentours", "environs", "mains",
                                                                      "yeux", "termes", "frontieres", NULL})) ||
                  (S_is(c, j, "au") && S_au_party(c, j + 1)))) {
            ok = S_np_at(c, j, s1, &a);   /* "aux troupes du Tchad": "à les" */
            if (ok && a.sp.t0 == j) a.sp.t0++;
        }
        /* "un accord entre le syndicat et Karvelo": a capitalised word no
         * lexicon knows, after "entre" or the "et" of its parties, is one */
        if (!ok && j > from && (entre || S_is(c, j - 1, "entre")) &&
            (S_is(c, j - 1, "et") || S_is(c, j - 1, "entre")) && S_unknown_name(c, from, j)) {
            uint32_t e = j + 1;
            while (e < s1 && e < j + 3 && S_unknown_name(c, from, e)) e++;
            memset(&a, 0, sizeof a);
            a.ent = a.place = -1;
            a.sp = (dp_tspan){j, e};
            ok = 1;
        }
        /* "des heurts entre policiers et manifestants", "une bagarre entre
         * supporters lyonnais et marseillais": a party named by a bare
         * common noun, with no determiner, right after "entre" or the "et"
         * of its parties (its "de" complement kept: "forces de l'ordre") */
        if (!ok && j > from && (S_is(c, j - 1, "entre") || (entre && parties == 1 && S_is(c, j - 1, "et"))))
            ok = S_bare_party_at(c, j, s1, &a);
        if (!ok) continue;
        int ph = 0;
        /* the trigger's own last word ("foncer sur", "tirer sur") introduces
         * no complement: what follows it is its object */
        const char *prep = S_prep_before(c, a.sp.t0, from, &ph);
        if (!prep && by_par && S_par_conjunct(c, from, a.sp.t0)) prep = "par";   /* "par X et Y" */
        if (prep && S_is(c, a.sp.t0, "du") && a.sp.t1 > a.sp.t0 + 1) a.sp.t0++;   /* "à l'encontre du maire" */
        /* "contre elle et trois anciens députés": a phrase coordinated
         * with a recipient shares its preposition */
        if (!prep && last_prep && S_par_conjunct(c, from, a.sp.t0) && !S_agentless(c, &a)) prep = last_prep;
        by_par = 0;
        last_prep = NULL;
        int des = 0;   /* "l'offensive des troupes": "des" right after the noun is "de les" */
        if (!prep && noun && (a.sp.t0 == from || a.sp.t0 == aside_de || (named_target && a.sp.t0 == de_end)) &&
            S_is(c, a.sp.t0, "des")) {
            prep = "de";
            des = 1;
        }
        /* "l'attaque des rebelles", "l'offensive meurtrière des jihadistes":
         * a mention right after that "des" */
        if (!prep && noun && a.ent >= 0 && a.sp.t0 > from && S_is(c, a.sp.t0 - 1, "des") &&
            (S_adjectives_only(c, aside_de ? aside_de : from, a.sp.t0 - 1) || (named_target && a.sp.t0 - 1 == de_end))) {
            prep = "de";
            des = 1;
        }
        /* "l'assassinat du maire", "l'arrestation brutale du suspect": "du"
         * right after the noun (and its adjectives) is "de le" */
        int du = 0;
        if (!prep && noun && S_is(c, a.sp.t0, "du") && a.sp.t1 > a.sp.t0 + 1 && S_adjectives_only(c, aside_de ? aside_de : from, a.sp.t0)) {
            prep = "de";
            a.sp.t0++;
            du = 1;
        }
        if (!prep && !noun && a.sp.t0 > from && S_is(c, a.sp.t0, "du")) {
            /* "dans le centre du département": "du" after a noun opens its complement */
            S_arg prev = {.ent = -1, .sp = {a.sp.t0 - 1, a.sp.t0}};
            const dp_token *pt = S_tok(c, a.sp.t0 - 1);
            if (c->ment[a.sp.t0 - 1] >= 0 || ((pt->pos & DP_POS_NC) && !S_is_verb(pt)) || S_np_is_placehead(c, prev.sp))
                prep = "de";
        }
        j = a.sp.t1 - 1;
        if (c->in_time[a.sp.t0] || c->in_time[a.sp.t1 - 1]) continue;   /* "le 22 septembre" */
        int plain = S_is_plain_place(c, a.ent, a.sp) || (ph && a.place >= 0);
        int headed = a.ent < 0 && S_np_is_placehead(c, a.sp);   /* "la ville", "l'ouest" */
        if (ph || plain || headed) A->placey = 1;
        if (headed && !plain) {
            entre = 0;   /* "entre X et Y dans l'ouest du département" */
            if (!prep || !strcmp(prep, "de") || S_arg_listed(args, prep)) found = 1;
            continue;
        }
        if (entre && prep && strcmp(prep, "entre")) entre = 0;   /* "entre X et Y dans l'ouest du département" */
        if (entre || (prep && !strcmp(prep, "entre"))) {
            /* fighting "entre X et Y": all sides act; a meeting or an
             * agreement "entre X et Y": X acts, Y is the other party; a
             * mediation "entre X et Y": both are its recipients */
            if (!plain) {
                if (S_arg_listed(args, "entre>recipient") || (S_arg_listed(args, "entre>second") && parties))
                    S_add(A->recip, &A->nrecip, a);
                else S_add(A->actor, &A->nactor, a);
                parties++;
                found = 1;
            }
            continue;
        }
        if (plain) {
            if (A->place < 0 && a.place >= 0 && !aside &&
                (!prep || S_in(prep, (const char *const[]){"a", "dans", "en", "pres", "sur", "vers", "de", "contre", "devant", NULL}))) {
                A->place = a.place;
                A->place_sp = a.sp;
                found = 1;
            }
            if (!(prep && S_arg_listed(args, prep)) && prep) continue;
            if (!prep && !S_arg_listed(args, "obj")) continue;
            found = 1;
            continue;   /* a town retaken is the place, not a recipient */
        }
        if (prep && !strcmp(prep, "par")) {
            /* "blessés par la seconde explosion", "par ces frappes": the means,
             * told as an event of its own, is no actor */
            a.by_par = 1;
            if (!S_agentless(c, &a) && !other_pp) {
                S_add(A->actor, &A->nactor, a);
                by_par = 1;
            }
            found = 1;
            continue;
        }
        if (noun && prep && !strcmp(prep, "de") && de_rule) {
            /* "une menace de la part du cartel": the agent locution names
             * the noun's actor when it can act, it is never a target */
            S_arg part;
            int loc = S_part_locution(c, &a, s1, &part);
            if (loc) {
                if (loc > 0 && S_party_head(c, &part)) S_add(A->actor, &A->nactor, part);
                de_end = a.sp.t1;
                named_target = named_thing = 0;
                found = 1;
                j = a.sp.t1 - 1;
                continue;
            }
            /* "une grève en soutien aux cheminots de la SNCF": past a
             * locution of solidarity, the "de" phrase completes the party
             * backed, it is no party of the noun's own */
            if (S_backing_before(c, from, a.sp.t0)) {
                found = 1;
                continue;
            }
            /* "l'assassinat du maire de la commune": a "de" phrase right
             * after the noun's own "de" party completes that party */
            int next_to = de_end && S_right_after(c, de_end, a.sp.t0);
            if (next_to && !named_target) {
                de_end = a.sp.t1;
                continue;
            }
            /* after a named target the "de" phrase is the noun's own party
             * only as an armed actor ("l'offensive contre Boko Haram des
             * armées voisines"); a street, a town or an owner state ("contre
             * le Crédit Lyonnais de la rue Royale", "contre la base navale
             * de la France") completes the target                         */
            if (next_to && named_target) {
                const dp_entity *en = a.ent >= 0 ? &c->d->ents.v[a.ent] : NULL;
                const char *sec = en ? en->actor.sector : NULL;
                int armed = en ? sec && S_in(sec, (const char *const[]){"MIL", "REB", NULL})
                               : S_armed_head(c, &a);
                /* "contre la frégate Surcouf de la marine", "contre le
                 * commandant X de l'armée": after a noun and the name it
                 * gives, or after a person's name, the "de" phrase is whose
                 * the named one is, even an armed party */
                if (!armed || named_thing) {
                    named_target = named_thing = 0;
                    de_end = a.sp.t1;
                    continue;
                }
            }
            named_target = named_thing = 0;
            de_end = a.sp.t1;
            int actor = !strncmp(de_rule, "actor", 5) ||
                        (!strncmp(de_rule, "party", 5) && S_blocking_party(c, &a) && !S_par_after(c, a.sp.t1, s1)),
                auto_actor = 0;
            if (!strncmp(de_rule, "auto", 4)) {
                const dp_entity *en = a.ent >= 0 ? &c->d->ents.v[a.ent] : NULL;
                const char *sec = en ? en->actor.sector : NULL;
                actor = sec && S_in(sec, (const char *const[]){"MIL", "REB", "IMG", "UNK", NULL});
                /* "les attaques de la Russie": a state acts */
                if (en && en->type == DP_ENT_LOC && en->actor.code && !sec) actor = 1;
                /* "les bombardements de l'armée", "les tirs des soldats", "les
                 * bombardements du régime": a bare phrase headed by an agent
                 * noun, a function or an organisation that can act */
                if (!en) actor = S_armed_head(c, &a) || (S_can_act(c, &a) && !S_np_is_placehead(c, a.sp));
                auto_actor = actor;
            }
            if (des && !actor) continue;   /* "la garde à vue des deux frères": a retold arrest, no party */
            /* "le refus du gouvernement", "à la demande du maire": a party
             * that can act; not "sa démission du gouvernement" (the
             * possessive acts), nor "la marche du podium" */
            if (du && actor &&
                (S_in(S_noun_det(c, from), (const char *const[]){"son", "sa", "ses", "leur", "leurs", NULL}) ||
                 !S_party_head(c, &a))) {
                found = 1;
                continue;
            }
            /* "la reprise du financement", "la reprise du travail": a process
             * or a thing after "du" is no party of the act */
            if (du && !actor && (S_act_np(c, &a) || S_thing_head(c, &a) || S_agentless(c, &a))) {
                found = 1;
                continue;
            }
            /* "de>means": "l'explosion d'un colis piégé" tells the device */
            if (!strncmp(de_rule, "means", 5) && (S_device(c, &a) || S_devices_joined(c, a.sp.t0, a.sp.t1, s1))) {
                found = 1;
                continue;
            }
            /* "tirs de missiles": the means; "le retrait du pays": a thing
             * noun that acts as a subject (agents.tsv) leaves a noun's
             * actor to the body the clause names */
            if (actor && (S_agentless(c, &a) || S_thing_head(c, &a))) { found = 1; continue; }
            /* "une enquête pour abus de biens sociaux de la
             * coopérative": after the charge that "pour" tells, a de>actor
             * phrase completes the charge, not the noun                  */
            if (actor && !auto_actor && !strncmp(de_rule, "actor", 5)) {
                int charge = 0;
                for (uint32_t k = from; k < a.sp.t0 && !charge; k++) charge = S_is(c, k, "pour");
                if (charge) {
                    found = 1;
                    continue;
                }
            }
            S_arg own;
            if (!actor && S_party_of_thing(c, &a, s1, &own)) {
                /* "le blocage de la diffusion des journaux": the party the
                 * thing or process belongs to is the target, with it */
                a.sp.t1 = own.sp.t1;
                if (a.ent < 0) a.ent = own.ent;
                de_end = a.sp.t1;
                j = a.sp.t1 - 1;
            }
            if (actor) {
                int n0 = A->nactor;
                S_add(A->actor, &A->nactor, a);
                /* "l'attaque des soldats par des jihadistes": see below */
                if (auto_actor && A->nactor > n0) de_auto = n0;
            } else {
                S_add(A->recip, &A->nrecip, a);
            }
            found = 1;
            continue;
        }
        /* "party": a direct object only when it names a party, itself or
         * through its complement ("demander le remplacement de X") */
        if (!prep && !noun && S_arg_listed(args, "party") && a.ent >= 0 && !S_is_plain_place(c, a.ent, a.sp)) {
            S_add(A->recip, &A->nrecip, a);
            found = 1;
            continue;
        }
        if (prep && !strcmp(prep, "pour") && a.ent < 0) continue;   /* "pour leur participation": a reason */
        if ((!prep && (S_arg_listed(args, "obj") || noun)) ||
            (prep && (S_arg_listed(args, prep) || (args && (!strcmp(prep, "encontre") || !strcmp(prep, "direction")))))) {
            if (!prep && noun) continue;   /* a noun has no direct object */
            S_add(A->recip, &A->nrecip, a);
            S_site_of_part(c, s1, &a, A);
            found = 1;
            /* "contre un hôtel de la ville": a "de" phrase right after
             * completes the target; after a name ("l'offensive contre Daech
             * de la coalition") it is the noun's own */
            if (noun) {
                de_end = a.sp.t1;
                named_target = a.ent >= 0 && !c->d->ents.v[a.ent].nominal;
                /* a person named with his title: "contre le colonel X de
                 * l'armée" */
                named_thing = named_target && c->d->ents.v[a.ent].type == DP_ENT_PER &&
                              c->d->ents.v[a.ent].title_span.t0 < c->d->ents.v[a.ent].title_span.t1;
                /* "contre le cargo Atlantis de la Grèce": a name set after
                 * the target's noun (an entity, or capitalised words the
                 * recogniser left) belongs to the target                  */
                S_arg nm;
                if (a.ent < 0 && de_end < s1 && c->ment[de_end] >= 0 && S_mention_at(c, de_end, &nm) &&
                    nm.ent >= 0 && !c->d->ents.v[nm.ent].nominal) {
                    de_end = nm.sp.t1;
                    named_target = named_thing = 1;
                } else if (a.ent < 0) {
                    uint32_t k = de_end;
                    while (k < s1 && k < de_end + 3 && c->ment[k] < 0 && S_tok(c, k)->kind == DP_TOK_WORD &&
                           (S_tok(c, k)->flags & DP_TF_CAP) && !S_is_verb(S_tok(c, k)))
                        k++;
                    if (k > de_end) {
                        de_end = k;
                        named_target = named_thing = 1;
                    }
                }
            }
            if (prep && strcmp(prep, "de")) last_prep = prep;
        }
    }
    /* "l'attaque des soldats par des jihadistes": with a "par" agent, the
     * armed "de" phrase undergoes the act */
    if (de_auto >= 0 && de_auto < A->nactor) {
        int par = 0;
        for (int i = 0; i < A->nactor; i++) par |= A->actor[i].by_par;
        if (par && !A->actor[de_auto].by_par) {
            S_arg d = A->actor[de_auto];
            for (int i = de_auto; i + 1 < A->nactor; i++) A->actor[i] = A->actor[i + 1];
            A->nactor--;
            S_add(A->recip, &A->nrecip, d);
        }
    }
    for (int i = 0, n = A->nrecip; i < n; i++) S_coordinated(c, s1, &A->recip[i], A);
}

/* ---- one event under construction ---------------------------------------- */

typedef struct S_ev {
    const S_entry *e;
    uint32_t trig0, trig1, head;   /* trigger span and its main word     */
    int noun, passive;
    int noun_head;     /* a noun trigger with a purpose infinitive        */
    uint32_t light;    /* the event noun after a support verb ("mener des attaques"), or 0 */
    S_args A;
} S_ev;

static const char *const S_armed_sectors[] = {"MIL", "REB", "IMG", "UNK", NULL};

static int S_armed_arg(S_ctx *c, const S_arg *v, int n)
{
    for (int i = 0; i < n; i++) {
        if (v[i].ent < 0) continue;
        const char *sec = c->d->ents.v[v[i].ent].actor.sector;
        if (sec && S_in(sec, S_armed_sectors)) return 1;
    }
    return 0;
}

static int S_armed_scan(S_ctx *c, const dp_sentence *s);

/* Some word of the sentence is listed as "armed" in the lexicon.          */
static int S_armed_words(S_ctx *c, const dp_sentence *s)
{
    if (c->armed_t0 == s->t0 + 1) return c->armed;   /* known for this sentence */
    c->armed_t0 = s->t0 + 1;
    c->armed = S_armed_scan(c, s);
    return c->armed;
}

/* The trigger entries of KEY (R: its S_first_of, or NULL): at most MAX,
 * in *OUT (the record's own, or BUF filled).                             */
static size_t S_entries(S_ctx *c, const char *key, const S_first *r, S_entry *buf, size_t max,
                        const S_entry **out)
{
    if (!r) {
        *out = buf;
        return S_lookup(c, key, buf, max);
    }
    *out = r->e;
    return r->n < max ? r->n : max;
}

/* Token I's lemma, else its form, has an "armed" entry among its first 4. */
static int S_armed_word(S_ctx *c, uint32_t i)
{
    char b[64];
    S_entry buf[4];
    const S_entry *e;
    const char *lem = S_lemma(c, i, b, sizeof b);
    const S_first *lr = S_tok(c, i)->lemma ? S_lemma_first(c, i, lem) : S_first_tok(c, i);
    size_t n = S_entries(c, lem, lr, buf, 4, &e);
    if (!n) n = S_entries(c, S_tok(c, i)->norm, S_first_tok(c, i), buf, 4, &e);
    for (size_t k = 0; k < n; k++)
        if (e[k].part == P_ARMED) return 1;
    return 0;
}

static int S_armed_scan(S_ctx *c, const dp_sentence *s)
{
    for (uint32_t i = s->t0; i < s->t1; i++) {
        if (S_tok(c, i)->kind != DP_TOK_WORD) continue;
        if (S_armed_word(c, i)) return 1;
        if (c->ment[i] >= 0) {
            const char *sec = c->d->ents.v[c->ments[c->ment[i]].ent].actor.sector;
            if (sec && S_in(sec, S_armed_sectors)) return 1;
        }
    }
    return 0;
}

/* Some word of sentence S (form or lemma) is one of the '|'-separated
 * folded WORDS ("prison|peine|tribunal"); a word may be two tokens long.  */
/* One of the '|'-separated words of S_near_words: N bytes at P, SP the
 * offset of its first space (N: none).                                    */
typedef struct S_alt { const char *p; size_t n, sp; } S_alt;

/* WORDS split at '|' into *OUT (in arena AR); how many.                 */
static size_t S_alts(dp_arena *ar, const char *words, S_alt **out)
{
    size_t cap = 1;
    for (const char *p = words; *p; p++) cap += *p == '|';
    S_alt *v = dp_arena_alloc(ar, cap * sizeof *v);
    size_t n = 0;
    for (const char *p = words; *p;) {
        const char *e = strchr(p, '|');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        const char *sp = memchr(p, ' ', len);
        v[n++] = (S_alt){p, len, sp ? (size_t)(sp - p) : len};
        if (!e) break;
        p = e + 1;
    }
    *out = v;
    return n;
}

/* S_near_words' parse of one WORDS string: its alternatives by first byte
 * (those of byte x: ord[start[x] .. start[x + 1])), then the ones any
 * token may match (empty, or starting with a space: ord[start[256] ..
 * start[257])); and PAIRS, a bit for each pair of first bytes (S_pair2)
 * a word must start with to match one: most words of a text start with
 * none of them, and are passed without a compare.  The lists are the
 * lexicon's, asked at trigger after trigger and in article after
 * article: a parse is kept with the list's own form record
 * (S_first.altset, made once per handle; COPY is the record's key), or
 * with a word set's name's record (S_named_altset), else for the
 * document.                                                              */
#define S_PAIRBITS 4096
typedef struct S_altset {
    const char *copy;        /* the list the parse points into            */
    S_alt *alt;
    uint32_t *ord;
    uint32_t start[258];
    uint64_t pairs[S_PAIRBITS / 64];
} S_altset;

/* The bit of PAIRS for a word whose first bytes are A and B (B 0 for a
 * word of one byte, both 0 for an empty one).                           */
static inline unsigned S_pair2(unsigned a, unsigned b)
{
    return ((a << 4) ^ b) & (S_PAIRBITS - 1);
}

/* Sets in A the bit of the first bytes of the N bytes at P.              */
static void S_pair_add(S_altset *A, const char *p, size_t n)
{
    unsigned k = S_pair2(n ? (unsigned char)p[0] : 0, n > 1 ? (unsigned char)p[1] : 0);
    A->pairs[k / 64] |= 1ull << (k % 64);
}

/* The parse of the list COPY (which it points into), in arena AR.        */
static S_altset *S_altset_parse(dp_arena *ar, const char *copy)
{
    S_altset *A = dp_arena_alloc(ar, sizeof *A);
    A->copy = copy;
    size_t na = S_alts(ar, A->copy, &A->alt);   /* its alternatives point into the copy */
    A->ord = dp_arena_alloc(ar, (na ? na : 1) * sizeof *A->ord);
    uint32_t fill[257] = {0};
    for (size_t a = 0; a < na; a++) {
        const S_alt *x = &A->alt[a];
        fill[!x->n || x->p[0] == ' ' ? 256 : (unsigned char)x->p[0]]++;
        /* a lemma or form that is X, or a form that is its first word */
        S_pair_add(A, x->p, x->n);
        if (x->sp < x->n) S_pair_add(A, x->p, x->sp);
    }
    for (unsigned b = 0; b < 257; b++) A->start[b + 1] = A->start[b] + fill[b];
    memcpy(fill, A->start, sizeof fill);
    for (size_t a = 0; a < na; a++) {
        const S_alt *x = &A->alt[a];
        A->ord[fill[!x->n || x->p[0] == ' ' ? 256 : (unsigned char)x->p[0]]++] = (uint32_t)a;
    }
    return A;
}

/* The parse of the list of word set NAME (WORDS, a model string), kept
 * with the record of "@NAME" (made once per handle: the list is not
 * hashed again in every document), or NULL.                             */
static const S_altset *S_named_altset(S_ctx *c, const char *name, const char *words)
{
    if (!c->first) return NULL;
    char key[S_SETNAME + 1];
    key[0] = '@';
    memcpy(key + 1, name, strlen(name) + 1);
    S_first *r = S_first_of(c, dp_form_of(c->d, key));
    if (!r->altset) r->altset = S_altset_parse(r->arena, dp_arena_strdup(r->arena, words));
    S_MEMO_CHECK(!strcmp(r->altset->copy, words));
    return r->altset;
}

static const S_altset *S_altset_of(S_ctx *c, const char *words)
{
    S_setslot *named = NULL;   /* a word set's list: known by its address */
    for (unsigned k = 0; k < c->nsets && k < S_SETSLOTS && !named; k++)
        if (c->sets[k].words == words) named = &c->sets[k];
    if (named && !named->set) named->set = S_named_altset(c, named->name, words);
    if (named && named->set) {
        S_MEMO_CHECK(!strcmp(named->set->copy, words));
        return named->set;
    }
    for (unsigned k = 0; k < 8 && c->altsets[k].set; k++)
        if (c->altsets[k].words == words && !strcmp(c->altsets[k].set->copy, words)) return c->altsets[k].set;
    dp_form *f = c->first ? dp_form_of(c->d, words) : NULL;
    S_first *r = f ? S_first_of(c, f) : NULL;
    const S_altset *A = r ? r->altset : NULL;
    if (!A) {
        A = r ? S_altset_parse(r->arena, f->key) : S_altset_parse(&c->d->arena, dp_arena_strdup(&c->d->arena, words));
        if (r) r->altset = A;
    }
    S_MEMO_CHECK(!strcmp(A->copy, words));
    c->altsets[c->naltsets++ % 8] = (S_altslot){words, A};
    if (named) named->set = A;
    return A;
}

/* Alternative X matches at token I, its words before token T1: its lemma
 * L (LL bytes) or form F (LF bytes) is X, or X's words start at F.  The
 * first T1 it would match before (its end), 0 when it does not match.   */
static uint32_t S_alt_end(S_ctx *c, uint32_t t1, uint32_t i, const S_alt *x, const char *l, size_t ll,
                          const char *f, size_t lf)
{
    const char *p = x->p;
    size_t n = x->n, sp = x->sp;
    if ((ll == n && !memcmp(l, p, n)) || (lf == n && !memcmp(f, p, n))) return i + 1;
    /* "forces de l'ordre": its first word, then the rest */
    if (sp < n && lf == sp && !memcmp(f, p, sp) && i + 1 < t1) {
        size_t k = sp + 1;
        uint32_t j = i + 1;
        while (k < n && j < t1) {
            const char *g = S_tok(c, j)->norm;
            size_t lg = strlen(g);
            if (lg > n - k || memcmp(g, p + k, lg)) break;
            k += lg;
            if (k < n && p[k] == ' ') k++;
            j++;
        }
        if (k >= n) return j > i + 2 ? j : i + 2;
    }
    return 0;
}

/* A's pair bit of the first bytes of S.                                */
static inline int S_pair_in(const S_altset *A, const char *s)
{
    unsigned k = S_pair2((unsigned char)s[0], s[0] ? (unsigned char)s[1] : 0);
    return A->pairs[k / 64] >> (k % 64) & 1;
}

/* S_altset_end past its first tests: token I (a word) may start an
 * alternative of A; FOLD: whether it does is not known yet (its lemma is
 * to be folded first).  With FOLD 0 and no first tests, S_altset_end's
 * answer all the same (the memo-check build compares them).            */
static uint32_t S_altset_try(S_ctx *c, uint32_t t1, uint32_t i, const S_altset *A, int fold)
{
    char b[64];
    const char *l = S_lemma(c, i, b, sizeof b), *f = S_tok(c, i)->norm;
    if (fold && !S_pair_in(A, l)) return 0;
    unsigned bl = (unsigned char)l[0], bf = (unsigned char)f[0];
    /* each alternative but the "any" ones needs its first byte as l's or f's */
    if (A->start[257] == A->start[256] && A->start[bl + 1] == A->start[bl] && A->start[bf + 1] == A->start[bf])
        return 0;
    size_t ll = strlen(l), lf = strlen(f);
    unsigned group[3] = {bl, bf, 256};
    uint32_t best = 0;
    for (int g = 0; g < 3; g++) {
        if (g == 1 && bf == bl) continue;
        for (uint32_t k = A->start[group[g]]; k < A->start[group[g] + 1]; k++) {
            uint32_t e = S_alt_end(c, t1, i, &A->alt[A->ord[k]], l, ll, f, lf);
            if (e && (!best || e < best)) best = e;
        }
    }
    return best;
}

/* S_altset_end: the least end of an alternative of A that starts at
 * token I (before T1), 0 when none: only the alternatives that start with
 * its lemma's or form's first byte are tried, and none when no
 * alternative starts with the first two bytes of either (A->pairs).  A
 * tagger lemma not folded yet that opens with two ASCII letters (or one)
 * has those lowercased as its fold's: the fold waits until the pair test
 * passes.  (Inline: the scans ask it at token after token, and most go
 * no further.)                                                          */
static inline uint32_t S_altset_first(S_ctx *c, uint32_t t1, uint32_t i, const S_altset *A)
{
    const dp_token *t = S_tok(c, i);
    if (t->kind != DP_TOK_WORD) return 0;
    if (S_pair_in(A, t->norm) || !t->lemma) {
        if (!t->lemma && !S_pair_in(A, t->norm)) return 0;   /* its lemma is its form */
        return S_altset_try(c, t1, i, A, 0);
    }
    const char *l = c->lemf ? c->lemf[i] : NULL;   /* kept: S_lemma's answer */
    if (l) return S_pair_in(A, l) ? S_altset_try(c, t1, i, A, 0) : 0;
    unsigned l0 = (unsigned char)t->lemma[0], l1 = l0 ? (unsigned char)t->lemma[1] : 0;
    if (l0 - 'A' < 26u) l0 += 32;
    if (l1 - 'A' < 26u) l1 += 32;
    if (l0 - 'a' < 26u && (!l1 || l1 - 'a' < 26u)) {
        unsigned k = S_pair2(l0, l1);
        return A->pairs[k / 64] >> (k % 64) & 1 ? S_altset_try(c, t1, i, A, 0) : 0;
    }
    return S_altset_try(c, t1, i, A, 1);
}

static inline uint32_t S_altset_end(S_ctx *c, uint32_t t1, uint32_t i, const S_altset *A)
{
    uint32_t e = S_altset_first(c, t1, i, A);
    S_MEMO_CHECK(S_tok(c, i)->kind != DP_TOK_WORD || e == S_altset_try(c, t1, i, A, 0));
    return e;
}

/* One of the alternatives of A starts at token I of S.                    */
static int S_altset_at(S_ctx *c, const dp_sentence *s, uint32_t i, const S_altset *A)
{
    return S_altset_end(c, s->t1, i, A) != 0;
}

/* The first E in (T0, T1] such that some word of tokens T0..E-1 is one of
 * WORDS (see above), the words of a match all before E, or T0 when there
 * is none; the scan stops at the first token past which no earlier end
 * can come.                                                              */
static uint32_t S_near_end(S_ctx *c, uint32_t t0, uint32_t t1, const char *words)
{
    const S_altset *A = S_altset_of(c, words);
    uint32_t best = t0;
    for (uint32_t i = t0; i < t1 && (best == t0 || i + 1 < best); i++) {   /* an end is past its start */
        uint32_t e = S_altset_end(c, t1, i, A);
        if (e && (best == t0 || e < best)) best = e;
    }
    return best;
}

/* Some word of sentence S is one of WORDS (see above): a match ends
 * within it.                                                              */
static int S_near_scan(S_ctx *c, const dp_sentence *s, const char *words)
{
    return S_near_end(c, s->t0, s->t1, words) != s->t0;
}

/* S_near_scan's answers, kept for the document in a small table by span
 * and word list: the candidates of one sentence ask the same again.  The
 * list is found by its address and kept as a copy that must be equal (a
 * list cut out of a REQUIRE into a buffer may reuse an address).          */
typedef struct S_near_memo { const char *src, *words; uint32_t t0, t1; int ans; } S_near_memo;
#define S_NEAR_SLOTS 32

/* The word list of set NAME (its lower-case letters, digits and '_' up
 * to any other byte) in data/lexicon/word_sets.tsv, or NULL.              */
static const char *S_word_set(S_ctx *c, const char *name)
{
    size_t n = 0;
    while ((name[n] >= 'a' && name[n] <= 'z') || (name[n] >= '0' && name[n] <= '9') || name[n] == '_') n++;
    /* asked before in the document (c->sets, by name) */
    for (unsigned k = 0; n < S_SETNAME && k < c->nsets && k < S_SETSLOTS; k++)
        if (c->sets[k].name[0] == name[0] && !memcmp(c->sets[k].name, name, n) && !c->sets[k].name[n]) {
#ifdef DP_EVENT_MEMO_CHECK
            const char *v;
            S_MEMO_CHECK(dp_dict_find(c->d->model, "word_sets", name, n, &v, 1) && v == c->sets[k].words);
#endif
            return c->sets[k].words;
        }
    const char *val;
    if (!n || !c->d->model || !dp_dict_find(c->d->model, "word_sets", name, n, &val, 1)) return NULL;
    if (n < S_SETNAME) {
        S_setslot *k = &c->sets[c->nsets++ % S_SETSLOTS];
        memcpy(k->name, name, n);
        k->name[n] = 0;
        k->words = val;
        k->set = NULL;
    }
    return val;
}

/* WORDS ("a|b c|d", or "@name": a set of word_sets.tsv) has a word in S.  */
static int S_near_words(S_ctx *c, const dp_sentence *s, const char *words)
{
    if (words[0] == '@' && !(words = S_word_set(c, words + 1))) return 0;
    if (!c->near) c->near = dp_arena_alloc(&c->d->arena, S_NEAR_SLOTS * sizeof *c->near);
    S_near_memo *k = &c->near[(S_hash((const char *)&words, sizeof words) ^ s->t0 ^ (s->t1 << 7)) % S_NEAR_SLOTS];
    if (k->src != words || k->t0 != s->t0 || k->t1 != s->t1 || strcmp(k->words, words)) {
        k->ans = S_near_scan(c, s, words);
        k->src = words;
        k->words = dp_arena_strdup(&c->d->arena, words);
        k->t0 = s->t0;
        k->t1 = s->t1;
    } else {
        S_MEMO_CHECK(k->ans == S_near_scan(c, s, words));
    }
    return k->ans;
}

/* An alternative of WORDS ("@name": a set of word_sets.tsv) starts at
 * token I of S.                                                           */
static int S_words_at(S_ctx *c, const dp_sentence *s, uint32_t i, const char *words)
{
    if (words[0] == '@' && !(words = S_word_set(c, words + 1))) return 0;
    return i < s->t1 && S_altset_at(c, s, i, S_altset_of(c, words));
}

static const char *S_sector(S_ctx *c, const S_arg *v, int n);
static int S_site_np(S_ctx *c, dp_tspan sp);

/* Sectors of the state's own agents, and the online services that only
 * an authority blocks ("Facebook a été bloqué", "blocages sur Internet"). */
static const char *const S_state_sectors[] = {"GOV", "MIL", "JUD", NULL};
static const char S_net_words[] =
    "internet|facebook|twitter|youtube|whatsapp|telegram|reseaux sociaux|reseau social|site web";

/* The party A is told before: its first word, or the word right before a
 * name that leaves its determiner out ("les Gilets jaunes"), is a definite
 * or demonstrative determiner or a subject pronoun ("les occupants", "ces
 * jeunes", "ils"), not "des inconnus", "un groupe de", "plusieurs".       */
static int S_definite_subject(S_ctx *c, const S_arg *a)
{
    static const char *const def[] = {"les", "le", "la", "l'", "ces", "ce", "cet", "cette",
                                      "ils", "elles", "il", "elle", NULL};
    uint32_t t0 = a->sp.t0;
    if (t0 >= c->d->toks.n) return 0;
    if (S_in(S_tok(c, t0)->norm, def)) return 1;
    return a->ent >= 0 && t0 > 0 && c->d->toks.v[t0 - 1].sent == c->d->toks.v[t0].sent &&
           S_in(S_tok(c, t0 - 1)->norm, def);
}

/* The REQUIRE field of the entry holds for the event.                     */
/* Token J is a place noun ("la capitale", whatever its lemma).         */
static int S_placehead_tok(S_ctx *c, uint32_t j)
{
    S_entry e[4];
    size_t n = S_lookup_tok(c, j, e, 4);
    for (size_t k = 0; k < n; k++)
        if (e[k].part == P_PLACEHEAD) return 1;
    return 0;
}

/* "ont pris à l'Armée de libération (AL) plusieurs villages": the token after the
 * party a place was taken from, named after à / au / aux (a name and its
 * parenthesised acronym), or T1 when no such party opens the object.     */
static uint32_t S_taken_from(S_ctx *c, const dp_sentence *s, uint32_t t1)
{
    if (t1 + 2 >= s->t1 || !S_in(S_tok(c, t1)->norm, (const char *const[]){"a", "au", "aux", NULL})) return t1;
    uint32_t j = t1 + 1;
    if (S_is_det(c, j)) j++;
    if (j >= s->t1) return t1;
    if (c->ment[j] >= 0) j = c->ments[c->ment[j]].sp.t1;
    else if (S_tok(c, j)->pos & DP_POS_NC)   /* "aux forces gouvernementales" */
        for (j++; j < s->t1 && (S_tok(c, j)->pos & DP_POS_ADJ) && !S_is_det(c, j);) j++;
    else return t1;
    if (j + 2 < s->t1 && S_is(c, j, "(") && S_is(c, j + 2, ")")) j += 3;
    return j < s->t1 && (S_is_det(c, j) || S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "plusieurs", NULL})) ? j : t1;
}

/* "a repris de vastes zones", "prennent certaines des régions": the
 * object after the verb group at T1, past determiners, quantifiers and
 * adjectives, is headed by a place noun.                                   */
static int S_place_object(S_ctx *c, const dp_sentence *s, uint32_t t1)
{
    static const char *const skip[] = {"de", "d'", "des", "du", "certaines", "certains", "plusieurs",
                                       "nombreuses", "nombreux", "dizaines", "centaines",
                                       /* "une partie des villages", "le tiers de la province" */
                                       "partie", "moitie", "totalite", "majorite", "reste",
                                       /* "le contrôle de la ville", "la maîtrise du port" */
                                       "controle", "maitrise", NULL};
    int det = 0;
    t1 = S_taken_from(c, s, t1);
    for (uint32_t j = t1; j < s->t1 && j < t1 + 8; j++) {
        const dp_token *t = S_tok(c, j);
        if (c->place[j] >= 0) return 1;
        if (det && S_placehead_tok(c, j)) return 1;   /* not "prendre position" */
        if (det && S_is(c, j, "terrain")) return 1;   /* "a repris du terrain" */
        if (S_is_det(c, j) || S_in(t->norm, skip)) { det = 1; continue; }
        if (!(t->pos & (DP_POS_ADJ | DP_POS_NUM))) return 0;
    }
    return 0;
}

/* The quotation opened at Q only classes an act as terrorism ("qualifie
 * l'assaut de « terroriste »", "il s'agirait d'un « acte terroriste »"):
 * a qualification of the act, no judgement aimed at anyone.               */
static int S_terror_class(S_ctx *c, const dp_sentence *s, uint32_t q)
{
    static const char *const plain[] = {"acte", "actes", "attentat", "attaque", "de", "d'", "un", "une",
                                        "interieur", "nature", "caractere", NULL};
    int terror = 0;
    for (uint32_t j = q + 1; j < s->t1 && S_tok(c, j)->kind != DP_TOK_QUOTE_CLOSE; j++) {
        const char *w = S_tok(c, j)->norm;
        if (!strncmp(w, "terroris", 8)) terror = 1;
        else if (!S_in(w, plain)) return 0;
    }
    return terror;
}

/* Words of a police or armed unit in an actor's phrase.                 */
static const char *const S_force_words[] = {
    "police", "policiers", "policier", "gendarmes", "gendarme", "gendarmerie", "crs", "militaires", "soldats",
    "troupes", "raid", "gign", "bri", "swat", "demineurs", "forces", NULL};

/* REQUIRE object:WORDS: "cesser toute aide" has one of the words in the
 * six tokens after the trigger, before a comma (not "aide" elsewhere).
 * The end of the shortest stretch after the trigger holding one, or
 * V->trig1 when none does.                                               */
static uint32_t S_object_words(S_ctx *c, const dp_sentence *s, const S_ev *v, const char *words)
{
    /* the first end E after TRIG1 (at most 6 tokens, no stop or comma
     * before E) with one of WORDS in TRIG1..E-1: S_near_end up to the
     * last such E                                                       */
    uint32_t t1 = v->trig1 + 6 < s->t1 ? v->trig1 + 6 : s->t1, e = v->trig1;
    while (e < t1 && !S_is_stop(S_tok(c, e)) && !S_is_comma(S_tok(c, e))) e++;
    uint32_t end = S_near_end(c, v->trig1, e, words);
#ifdef DP_EVENT_MEMO_CHECK
    dp_sentence o = *s;   /* the ends one by one */
    uint32_t chk = v->trig1;
    o.t0 = v->trig1;
    for (o.t1 = v->trig1 + 1; o.t1 <= s->t1 && o.t1 <= v->trig1 + 6; o.t1++) {
        const dp_token *t = S_tok(c, o.t1 - 1);
        if (S_is_stop(t) || S_is_comma(t)) break;
        if (S_near_scan(c, &o, words)) {
            chk = o.t1;
            break;
        }
    }
    S_MEMO_CHECK(chk == end);
#endif
    return end;
}

/* ---- senses chosen by their arguments -------------------------------------- */

/* The people who protest, named by their role: "des manifestants", "les
 * grévistes", "des gilets jaunes". */
static const char *const S_protester_words[] = {
    "manifestant", "manifestants", "manifestante", "manifestantes", "protestataire", "protestataires",
    "greviste", "grevistes", "contestataire", "contestataires", "emeutier", "emeutiers", NULL};

/* Tokens T0..T1 name protesters: a protester noun, or "gilets jaunes". */
static int S_protester_span(S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t t = t0; t < t1; t++) {
        if (S_in(S_tok(c, t)->norm, S_protester_words)) return 1;
        if (t + 1 < t1 && S_in(S_tok(c, t)->norm, (const char *const[]){"gilet", "gilets", NULL}) &&
            S_in(S_tok(c, t + 1)->norm, (const char *const[]){"jaune", "jaunes", NULL}))
            return 1;
    }
    return 0;
}

/* Crowd and quantity heads whose "de" complement names who they are:
 * "des milliers de manifestants", "une poignée de grévistes".            */
static const char *const S_crowd_words[] = {
    "milliers", "millier", "centaines", "centaine", "dizaines", "dizaine", "douzaine", "quinzaine", "vingtaine",
    "trentaine", "quarantaine",
    "cinquantaine", "soixantaine", "foule", "foules", "groupe", "groupes", "cortege", "corteges", "poignee", "plusieurs",
    "nombre", "masse", NULL};

/* Tokens T0..T1 name protesters as their head: a protester noun that is
 * not the complement of another noun ("les représentants des grévistes",
 * "le mouvement des gilets jaunes" name no protesters), unless that noun
 * is a crowd or a quantity ("des centaines de manifestants").            */
static int S_protester_head(S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t t = t0; t < t1; t++) {
        if (!S_protester_span(c, t, t + 2 < t1 ? t + 2 : t1) || (t + 1 < t1 && S_protester_span(c, t + 1, t + 2)))
            continue;
        if (t >= t0 + 2 && S_in(S_tok(c, t - 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL}) &&
            !S_in(S_tok(c, t - 2)->norm, S_crowd_words) && !(S_tok(c, t - 2)->pos & DP_POS_NUM))
            return 0;
        return 1;
    }
    return 0;
}

/* One of the N arguments V names protesters ("plusieurs centaines de
 * manifestants", "des manifestants vêtus de gilets jaunes"; a pronoun's
 * antecedent counts); an argument that stops at a crowd head ("plusieurs
 * dizaines") is read with its "de" complement.                            */
static int S_protester_arg(S_ctx *c, const S_arg *v, int n)
{
    for (int i = 0; i < n; i++) {
        uint32_t t1 = v[i].sp.t1;
        if (t1 > v[i].sp.t0 && t1 + 1 < c->d->toks.n && S_in(S_tok(c, t1 - 1)->norm, S_crowd_words) &&
            S_in(S_tok(c, t1)->norm, (const char *const[]){"de", "d'", "des", NULL}))
            t1 += 3;
        if (t1 > c->d->toks.n) t1 = (uint32_t)c->d->toks.n;
        if (S_protester_head(c, v[i].sp.t0, t1)) return 1;
    }
    return 0;
}

/* The parties of the clash noun of V named after it, bare nouns included:
 * "les affrontements entre forces de l'ordre et manifestants", "des
 * heurts ont éclaté entre policiers et grévistes", "des heurts ont opposé
 * la police à des jeunes": the words after the first "entre" / "avec" /
 * "contre" / "opposer" of the clause, up to its end; TEST reads them.     */
static int S_clash_parties(S_ctx *c, const dp_sentence *s, const S_ev *v, int (*test)(S_ctx *, uint32_t, uint32_t))
{
    uint32_t j = v->trig1;
    for (; j < s->t1 && j < v->trig1 + 8; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_comma(t)) return 0;
        if (S_in(t->norm, (const char *const[]){"entre", "avec", "contre", NULL}) || S_lemma_is(c, j, "opposer")) break;
    }
    if (j >= s->t1 || j >= v->trig1 + 8) return 0;
    uint32_t e = j + 1;
    while (e < s->t1 && e < j + 10 && !S_is_stop(S_tok(c, e)) && !S_is_comma(S_tok(c, e)) && !S_is_clause_verb(c, e)) e++;
    return test(c, j + 1, e);
}

static int S_fan_span(S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t t = t0; t < t1; t++)
        if (S_in(S_tok(c, t)->norm, (const char *const[]){"supporter", "supporters", "supporteur", "supporteurs",
                                                          "hooligan", "hooligans", "ultras", NULL}))
            return 1;
    return 0;
}

/* A fight between sports fans: supporters or hooligans are among its
 * parties ("des heurts entre supporters lillois et lensois").            */
static int S_fans_fight(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    for (int i = 0; i < v->A.nactor; i++)
        if (S_fan_span(c, v->A.actor[i].sp.t0, v->A.actor[i].sp.t1)) return 1;
    return S_clash_parties(c, s, v, S_fan_span);
}

/* A physical brawl, not a figurative one ("la bagarre pour l'investiture",
 * "une bagarre de chiffres"): it breaks out ("éclater"), hurts, or names
 * its parties right after it ("une bagarre entre deux bandes").           */
static int S_brawl(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    if (v->trig1 < s->t1 && S_in(S_tok(c, v->trig1)->norm, (const char *const[]){"entre", "avec", NULL})) return 1;
    for (uint32_t j = s->t0; j < s->t1; j++)
        if (S_lemma_is(c, j, "eclater") || S_lemma_is(c, j, "blesser") ||
            S_in(S_tok(c, j)->norm, (const char *const[]){"blesse", "blesses", "blessee", "blessees", "coups", NULL}))
            return 1;
    return 0;
}

/* Protesters who gather to meet someone or in a hall hold a meeting:
 * "se sont réunis avec la direction", "dans une salle", "en assemblée". */
static int S_meeting(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    for (uint32_t j = v->trig1; j < s->t1 && j < v->trig1 + 8; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t)) break;
        if (S_in(t->norm, (const char *const[]){"avec", "salle", "assemblee", NULL})) return 1;
    }
    return 0;
}

/* A court or a judge: "un juge fédéral", "le tribunal administratif", "la
 * Cour suprême", "le Conseil constitutionnel", "la justice".               */
static int S_court_arg(S_ctx *c, const S_arg *v, int n)
{
    const char *sec = S_sector(c, v, n);
    if (sec && !strcmp(sec, "JUD")) return 1;
    for (int i = 0; i < n; i++)
        for (uint32_t t = v[i].sp.t0; t < v[i].sp.t1; t++) {
            const char *w = S_tok(c, t)->norm;
            if (S_in(w, (const char *const[]){"juge", "juges", "tribunal", "tribunaux", "cour", "justice",
                                              "magistrat", "magistrats", NULL}))
                return 1;
            if (!strcmp(w, "conseil") && t + 1 < v[i].sp.t1 &&
                (S_is(c, t + 1, "constitutionnel") || S_is(c, t + 1, "d'")))   /* "Conseil d'État" */
                return 1;
        }
    return 0;
}

/* The legal acts that a court blocks, suspends or annuls.                 */
static const char S_legal_acts[] =
    "decret|decrets|loi|lois|ordonnance|ordonnances|arrete|arretes|mesure|mesures|projet|referendum|texte|"
    "reforme|reglement|directive|interdiction|application|mise en oeuvre|election|scrutin";

/* The court sense of "bloquer", "suspendre", "annuler": a court acts on a
 * legal act ("un juge a suspendu le décret", "la loi a été annulée par le
 * Conseil constitutionnel"): the act is named by an argument or right
 * after the verb.                                                         */
static int S_court_blocks(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    if (!S_court_arg(c, v->A.actor, v->A.nactor)) return 0;
    for (int i = 0; i < v->A.nrecip; i++) {   /* and its complement: "la nouvelle version (du décret)" */
        dp_sentence o = *s;
        o.t0 = v->A.recip[i].sp.t0;
        o.t1 = v->A.recip[i].sp.t1;
        if (o.t1 < s->t1 && S_in(S_tok(c, o.t1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}))
            o.t1 = o.t1 + 4 < s->t1 ? o.t1 + 4 : s->t1;
        if (o.t0 >= s->t0 && o.t1 <= s->t1 && S_near_words(c, &o, S_legal_acts)) return 1;
    }
    if (v->passive) {   /* "le décret a été suspendu par un juge": the subject, before the verb */
        dp_sentence o = *s;
        o.t1 = v->head;
        o.t0 = v->head > s->t0 + 12 ? v->head - 12 : s->t0;
        return S_near_words(c, &o, S_legal_acts);
    }
    return S_object_words(c, s, v, S_legal_acts) > v->trig1;
}

static int S_require_one(S_ctx *c, const dp_sentence *s, S_ev *v, const char *req, int *weak);

/* The entry's REQUIRE holds; "A&B&C" needs every part ("force&object:
 * blocage|barrage", "passive&recip:gare|gares&farpara:crue|accident").    */
static int S_require_ok(S_ctx *c, const dp_sentence *s, S_ev *v, int *weak)
{
    const char *req = v->e->f[F_REQ];
    *weak = 0;
    if (!req) return 1;
    for (;;) {
        const char *amp = strchr(req, '&');
        int w = 0;
        if (!amp) {
            int ok = S_require_one(c, s, v, req, &w);
            *weak = *weak || w;
            return ok;
        }
        char part[2048];
        size_t n = (size_t)(amp - req) < sizeof part - 1 ? (size_t)(amp - req) : sizeof part - 1;
        memcpy(part, req, n);
        part[n] = 0;
        int ok = S_require_one(c, s, v, part, &w);
        *weak = *weak || w;
        if (!ok) return 0;
        req = amp + 1;
    }
}

/* The trigger at T0 is the verb of a relative clause whose antecedent is
 * a place ("Kidal, bastion des rebelles que l'armée venait de reprendre",
 * "la ville que l'armée a reprise"): its object is that place.           */
static int S_relative_place_at(S_ctx *c, const dp_sentence *s, uint32_t t0, uint32_t *ante);

static int S_relative_place(S_ctx *c, const dp_sentence *s, uint32_t t0)
{
    uint32_t ante;
    return S_relative_place_at(c, s, t0, &ante);
}

/* S_relative_place, and *ANTE the first token of the place antecedent
 * ("la ville", "le fief"): the relative clause runs from there.          */
static int S_relative_place_at(S_ctx *c, const dp_sentence *s, uint32_t t0, uint32_t *ante)
{
    uint32_t q = t0;
    while (q > s->t0 && t0 - q < 8 && !S_in(S_tok(c, q - 1)->norm, (const char *const[]){"que", "qu'", NULL})) {
        const dp_token *t = S_tok(c, q - 1);
        if (S_is_stop(t) || S_is_comma(t) || S_in(t->norm, (const char *const[]){"qui", "dont", "et", "ou", NULL})) return 0;
        q--;
    }
    if (q <= s->t0 + 1 || !S_in(S_tok(c, q - 1)->norm, (const char *const[]){"que", "qu'", NULL})) return 0;
    /* a relative pronoun after its antecedent noun, not the "que" of a
     * conjunction ("avant que les rebelles ne reprennent la main") */
    const dp_token *a = S_tok(c, q - 2);
    if (!(c->ment[q - 2] >= 0 || ((a->pos & DP_POS_NC) && !S_is_verb(a))) ||
        S_in(a->norm, (const char *const[]){"avant", "apres", "alors", "tandis", "pendant", "depuis", "sans", "pour",
                                            "afin", "bien", "parce", "ainsi", "moment", "fois", "jour", NULL}))
        return 0;
    for (uint32_t k = q - 1; k > s->t0 && q - 1 - k < 6; k--) {
        const dp_token *t = S_tok(c, k - 1);
        if (S_is_stop(t) || S_is_comma(t) || S_is_verb(t)) return 0;
        if (c->place[k - 1] >= 0 || S_placehead_tok(c, k - 1)) {
            uint32_t b = k - 1;
            while (b > s->t0 && S_is_det(c, b - 1)) b--;
            *ante = b;
            return 1;
        }
    }
    return 0;
}

/* A verb of taking ground ("reprendre", "libérer": REQUIRE place) has a
 * place for its object: after the verb ("ont repris la ville de X"), as
 * the subject of its passive ("Falloujah a été libérée"), or as the
 * antecedent of its relative clause ("Alep, que l'armée venait de
 * reprendre") when the verb has no object or fixed complement of its own
 * ("que les touristes venaient de reprendre en photo", "... de reprendre
 * la parole"); a place said where it happened is no object ("les otages
 * ont été libérés à Bamako", "ont repris le travail à Lyon").             */
static int S_place_taken(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    uint32_t t1 = v->trig1;   /* "ont repris hier la ville", "a repris mardi" */
    while (t1 < s->t1 && t1 < v->trig1 + 4 &&
           (c->in_time[t1] || ((S_tok(c, t1)->pos & DP_POS_ADV) && !(S_tok(c, t1)->pos & (DP_POS_DET | DP_POS_PREP)))))
        t1++;
    if (S_place_object(c, s, t1)) return 1;
    /* the passive's subject is the place (read as the event's place) */
    if (v->passive && v->A.place >= 0 && v->A.place_sp.t1 <= v->trig0) return 1;
    /* the object is a name the recogniser holds for a place ("ont repris Alep") */
    uint32_t o = S_taken_from(c, s, t1);
    while (o < s->t1 && S_is_det(c, o) && c->ment[o] < 0) o++;
    if (!v->passive && o < s->t1 && c->ment[o] >= 0 && c->d->ents.v[c->ments[c->ment[o]].ent].type == DP_ENT_LOC) return 1;
    if (!S_relative_place(c, s, v->trig0)) return 0;
    uint32_t j = v->trig1;
    if (j >= s->t1) return 1;
    if (S_is(c, j, "en") && j + 1 < s->t1 && (S_tok(c, j + 1)->pos & DP_POS_NC)) return 0;   /* "en main", "en photo" */
    return !(S_is_det(c, j) && !c->in_time[j] && c->place[j] < 0);   /* "la parole", "le travail" */
}

/* REQUIRE freed: a release frees people, so it is dropped only when every
 * recipient read in the sentence is positively a place or a thing set
 * free: a place noun, a site or a thing of triggers.tsv ("le dépôt",
 * "l'accès"), or a blocked road or building ("le rond-point", "le
 * carrefour", "l'entrepôt"): "le dépôt avait été libéré", "libérer le
 * rond-point".  Any other head ("le prêtre", "l'équipage", "nos
 * camarades"), a named party, a recipient outside the sentence (a
 * pronoun's antecedent) or an armed actor ("libéré par ses ravisseurs")
 * keeps the release.                                                    */
static int S_freed_people(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (!v->A.nrecip || S_armed_arg(c, v->A.actor, v->A.nactor)) return 1;
    for (int i = 0; i < v->A.nrecip; i++) {
        const S_arg *a = &v->A.recip[i];
        if (a->ent >= 0 || a->sp.t0 < s->t0 || a->sp.t0 >= s->t1) return 1;
        int64_t h = S_bare_head(c, a);
        if (h < 0) return 1;
        if (S_placehead_tok(c, (uint32_t)h) || S_words_at(c, s, (uint32_t)h, "@held")) continue;
        S_entry e[4];
        size_t n = S_lookup_tok(c, (uint32_t)h, e, 4), k = 0;
        while (k < n && e[k].part != P_THING && e[k].part != P_SITE) k++;
        if (k == n) return 1;   /* no place nor thing: people */
    }
    return 0;
}

/* Token J names a site: a place the recogniser read, a site of
 * triggers.tsv ("la mairie", "le dépôt") or a held site (word set
 * "held": "le parvis", "sur le parking", "sur place").  Not a thing
 * ("leur décision") nor a place noun of war ("sa position", "la base"). */
static int S_site_tok(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    if (c->place[j] >= 0 || S_words_at(c, s, j, "@held")) return 1;
    S_entry e[S_SENSES];
    size_t n = S_lookup_tok(c, j, e, S_SENSES);
    for (size_t k = 0; k < n; k++)
        if (e[k].part == P_SITE) return 1;
    return 0;
}

/* REQUIRE sited: the verb's clause says where the crowd goes or stays:
 * its object ("ont investi le hall") or a locative preposition ("devant",
 * "sur", "à", "dans", "vers", "jusqu'à", "pour" a destination, "de" a
 * start) leads, past determiners and adjectives, to a site (S_site_tok);
 * "pour" + an infinitive passes to the infinitive's own complement ("sont
 * partis pour bloquer le dépôt").  A time is no site ("sont partis vers
 * 19 heures", "dans la soirée"), nor a thing or a home ("sont revenus sur
 * leur décision", "ont rejoint leurs foyers"); another verb ends the
 * clause.                                                                 */
static int S_sited(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    static const char *const loc[] = {"devant", "sur", "a", "au", "aux", "dans", "vers", "jusqu'", "jusqu'a",
                                      "jusqu'au", "jusqu'aux", "pour", "de", "d'", "du", "depuis", NULL};
    uint32_t end = v->trig1 + 12 < s->t1 ? v->trig1 + 12 : s->t1;
    /* the verb's object, or the complement of its own preposition ("se retrouver sur") */
    int np = 1;
    for (uint32_t j = v->trig1; j < end; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t)) break;
        if (c->in_time[j]) {
            np = 0;
            continue;
        }
        if (np && S_site_tok(c, s, j)) return 1;
        /* a name read as a place after a preposition ("sont partis de Fleurville") */
        if (np && j > v->trig1 && c->ment[j] >= 0 && c->d->ents.v[c->ments[c->ment[j]].ent].type == DP_ENT_LOC &&
            S_in(S_tok(c, j - 1)->norm, loc))
            return 1;
        if (S_in(t->norm, loc) && !(t->pos & DP_POS_AUX)) {
            np = S_is(c, j, "pour") ? 2 : 1;
            continue;
        }
        if (np == 2 && (t->pos & DP_POS_VINF)) continue;   /* "pour aller au fort" */
        if (S_is_verb(t) && !(t->pos & DP_POS_NC)) break;
        if (S_is_det(c, j) || ((t->pos & (DP_POS_ADJ | DP_POS_NUM | DP_POS_ADV)) && !(t->pos & DP_POS_NC))) continue;
        np = 0;
    }
    return 0;
}

/* A direct object clitic ("l'", "le", "la", "les") stands before the
 * verb group of the verb at HEAD, past its auxiliary, "ne" and adverbs
 * ("la police l'a arrêté", "le ministre ne les a pas convoqués"): the
 * object the verb acts on, a person or a party as a rule.                */
static int S_clitic_of_head(S_ctx *c, const dp_sentence *s, uint32_t head)
{
    for (uint32_t j = head; j > s->t0 && head - j < 5;) {
        j--;
        const dp_token *t = S_tok(c, j);
        if (S_in(t->norm, (const char *const[]){"l'", "le", "la", "les", NULL}))
            return (t->pos & DP_POS_PRO) != 0;
        if (!(S_is_aux(c, j) || (t->pos & DP_POS_ADV) || S_in(t->norm, (const char *const[]){"ne", "n'", "pas", NULL})))
            return 0;
    }
    return 0;
}

static int S_headline(const dp_doc *d, int32_t si);

/* One of WORDS is in the paragraph of sentence S or in the headline.     */
static int S_para_words(S_ctx *c, const dp_sentence *s, const char *words)
{
    const dp_doc *d = c->d;
    dp_sentence o = *s;
    if (s->para >= 0 && (size_t)s->para < d->paras.n) {
        o.t0 = d->paras.v[s->para].t0;
        o.t1 = d->paras.v[s->para].t1;
    }
    if (S_near_words(c, &o, words)) return 1;
    return d->sents.n && S_headline(d, 0) && S_near_words(c, &d->sents.v[0], words);
}

/* The words a verb of judgement at V ("qualifier", "il s'agit de",
 * "parler de", "évoquer") gives its object: the first quotation opened
 * within ten tokens after the trigger, before a stop, with the words
 * right before it back to a "de" or a verb ("d'une attaque « lâche »", "de
 * véritable « scandale »"; not the object of "qualifier ses adversaires
 * de « ... »").  Sets O to them, 0 when there is no such quotation.       */
static int S_judged_words(S_ctx *c, const dp_sentence *s, const S_ev *v, dp_sentence *o)
{
    uint32_t q = v->trig1;
    while (q < s->t1 && q < v->trig1 + 10 && S_tok(c, q)->kind != DP_TOK_QUOTE_OPEN) {
        if (S_is_stop(S_tok(c, q))) return 0;
        q++;
    }
    if (q >= s->t1 || S_tok(c, q)->kind != DP_TOK_QUOTE_OPEN) return 0;
    uint32_t b = q, e = q + 1;
    while (b > v->trig1 && q - b < 4 && !S_is_comma(S_tok(c, b - 1)) && !S_is_verb(S_tok(c, b - 1)) &&
           !S_in(S_tok(c, b - 1)->norm, (const char *const[]){"de", "d'", "d", "du", "des", NULL}))
        b--;
    while (e < s->t1 && e < q + 30 && S_tok(c, e)->kind != DP_TOK_QUOTE_CLOSE) e++;
    o->t0 = b;
    o->t1 = e;
    return 1;
}

static int S_movement_page(S_ctx *c);

/* One of WORDS (a REQUIRE's list, or "@name") starts at the head of one
 * of the N arguments A read in S: the head, not a modifier or a
 * complement ("les forces de l'ordre", not "le chef des policiers").
 * Determiners, numbers and a partitive "de" ("deux des tireurs") are
 * looked through; a span that ends on such a "de" continues into its
 * noun.                                                                   */
static int S_heads_among(S_ctx *c, const dp_sentence *s, const S_arg *A, int n, const char *words)
{
    static const char *const de[] = {"de", "d'", "du", "des", NULL};
    for (int i = 0; i < n; i++) {
        uint32_t j = A[i].sp.t0, end = A[i].sp.t1;
        if (j < s->t0 || j >= s->t1) continue;
        if (end > s->t1) end = s->t1;
        if (end < s->t1 && S_in(S_tok(c, end)->norm, de)) end = end + 3 < s->t1 ? end + 3 : s->t1;
        while (j < end && (S_is_det(c, j) || (j > A[i].sp.t0 && S_in(S_tok(c, j)->norm, de)))) j++;
        /* "une vingtaine de gendarmes", "des centaines de manifestants":
         * the people counted, when the crowd or quantity is no listed word */
        if (j + 2 < s->t1 && (S_in(S_tok(c, j)->norm, S_crowd_words) || S_word_listed(c, j, S_W_QUANT, S_quantifiers)) &&
            S_in(S_tok(c, j + 1)->norm, de) && !S_words_at(c, s, j, words)) {
            j += 2;
            while (j < s->t1 && S_is_det(c, j)) j++;
            if (end <= j) end = j + 1;
        }
        if (j < end && S_words_at(c, s, j, words)) return 1;
    }
    return 0;
}

static int S_require_one(S_ctx *c, const dp_sentence *s, S_ev *v, const char *req, int *weak)
{
    *weak = 0;
    int armed = S_armed_arg(c, v->A.actor, v->A.nactor) || S_armed_arg(c, v->A.recip, v->A.nrecip);
    if (!strcmp(req, "armed")) {
        if (armed) return 1;
        *weak = 1;
        return S_armed_words(c, s);
    }
    if (!strcmp(req, "place")) {
        if (!v->noun) return S_place_taken(c, s, v);
        return v->A.place >= 0 || v->A.placey || S_place_object(c, s, v->trig1) || S_relative_place(c, s, v->trig0);
    }
    if (!strcmp(req, "seize")) {   /* "les combattants ont pris la ville", not "pris la route" */
        uint32_t j = v->trig1;
        while (j < s->t1 && j < v->trig1 + 3 && S_is_det(c, j)) j++;
        if (j < s->t1 && S_in(S_tok(c, j)->norm, (const char *const[]){"route", "routes", "position", "positions",
                                                                      "direction", "tete", "base", NULL}))
            return 0;
        return (S_place_object(c, s, v->trig1) || S_relative_place(c, s, v->trig0)) && (armed || S_armed_words(c, s));
    }
    if (!strcmp(req, "first")) return 1;   /* the sense's order mark (S_sense_first) */
    if (!strcmp(req, "protesters"))   /* "des manifestants se sont réunis": a protest */
        return S_protester_arg(c, v->A.actor, v->A.nactor) || (v->noun && S_clash_parties(c, s, v, S_protester_head));
    if (!strcmp(req, "court")) return S_court_blocks(c, s, v);
    /* on a protest movement's page, its members who gather, settle, come
     * back or set out ("une cinquantaine de grévistes se sont installés sur
     * le parking"), or who are joined ("les éleveurs ont rejoint les
     * grévistes": the object, not "ont rejoint le mouvement des grévistes",
     * a membership), protest */
    if (!strcmp(req, "movement"))
        return S_movement_page(c) &&
               (S_protester_arg(c, v->A.actor, v->A.nactor) || (v->A.nrecip && S_protester_arg(c, v->A.recip, 1)));
    if (!strcmp(req, "movementpage")) return S_movement_page(c);
    if (!strcmp(req, "sited")) return S_sited(c, s, v);
    /* "les éleveurs ont rejoint les grévistes", "le cortège", "les militants
     * ont été rejoints par ...": joining protesters or their gathering (word
     * set "movement" at the head) needs no site; "ont rejoint le mouvement
     * des grévistes" is a membership */
    if (!strcmp(req, "joined")) {
        if (v->A.nrecip && S_protester_arg(c, v->A.recip, 1)) return 1;
        int64_t h = v->A.nrecip ? S_bare_head(c, &v->A.recip[0]) : -1;
        return (h >= 0 && S_words_at(c, s, (uint32_t)h, "@movement")) || S_sited(c, s, v);
    }
    if (!strcmp(req, "gathered"))   /* "des manifestants se sont rassemblés", not "le mouvement a réuni des ..." */
        return S_protester_arg(c, v->A.actor, v->A.nactor) && S_require_one(c, s, v, "refl", weak) && !S_meeting(c, s, v);
    if (!strcmp(req, "fans")) return S_fans_fight(c, s, v);   /* a brawl, no battle nor protest */
    if (!strcmp(req, "brawl")) return S_brawl(c, s, v);
    if (!strcmp(req, "aimless")) return v->A.nrecip == 0;   /* a missile test, not a strike */
    if (!strcmp(req, "quoted")) {   /* "a qualifié l'incursion d'« invasion »" */
        for (uint32_t j = v->trig1; j < s->t1 && j < v->trig1 + 10; j++) {
            if (S_tok(c, j)->kind == DP_TOK_QUOTE_OPEN) return !S_terror_class(c, s, j);
            if (S_is_stop(S_tok(c, j))) return 0;
        }
        return 0;
    }
    /* blame / praise = the judged words (S_judged_words) hold a word of
     * blame, or one of praise and none of blame: "a qualifié la décision
     * d'« absurde »" accuses, "qualifie le sauveteur d'« admirable »"
     * praises, "qualifie le lézard de « plus grand reptile »" does
     * neither                                                           */
    if (!strcmp(req, "blame") || !strcmp(req, "praise")) {
        dp_sentence o = *s;
        if (!S_judged_words(c, s, v, &o)) return 0;
        if (S_near_words(c, &o, "@blame")) return req[0] == 'b';
        return req[0] == 'p' && S_near_words(c, &o, "@praise");
    }
    if (!strcmp(req, "surrender")) {   /* "se rendre sur place / à Paris" is going there */
        uint32_t j = v->trig1;
        if (j < s->t1 && S_in(S_tok(c, j)->norm, (const char *const[]){"sur", "dans", "chez", "en", NULL})) return 0;
        if (j < s->t1 && S_in(S_tok(c, j)->norm, (const char *const[]){"a", "au", "aux", NULL}))
            for (uint32_t k = j + 1; k < s->t1 && k < j + 4; k++) {
                S_arg np = {.ent = -1, .sp = {k, k + 1}};
                if (c->place[k] >= 0 || S_site_np(c, np.sp)) return 0;
                /* "se rendait à son domicile", "se rendaient à leurs véhicules":
                 * a home, a car or a workplace is where one goes, not whom one
                 * surrenders to */
                const char *val[2], *w = S_tok(c, k)->norm;
                if (dp_dict_find(c->d->model, "possessions", w, strlen(w), val, 2) || S_thing_head(c, &np)) return 0;
            }
        if (armed) return 1;
        *weak = 1;
        return S_armed_words(c, s);
    }
    if (!strcmp(req, "passive")) return v->passive;   /* "ils étaient jugés pour ..." */
    if (!strcmp(req, "active")) return !v->passive;
    if (!strcmp(req, "notloc"))   /* "aller à la rencontre des habitants": a way of going, no meeting */
        return !(v->noun && v->trig0 >= s->t0 + 2 && S_is(c, v->trig0 - 1, "la") && S_is(c, v->trig0 - 2, "a") &&
                 v->trig1 < s->t1 && S_in(S_tok(c, v->trig1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}));
    if (!strcmp(req, "noten"))   /* "violences en réunion": in a group, no meeting */
        return !(v->noun && v->trig0 > s->t0 && S_is(c, v->trig0 - 1, "en"));   /* "X attribue l'attaque à Y", not "attribuée à Y" */
    /* "sous peine de disqualification", "sous peine d'amende": a penalty
     * laid down on a condition, none imposed */
    if (!strcmp(req, "notsous")) return !(v->noun && v->trig0 > s->t0 && S_is(c, v->trig0 - 1, "sous"));
    if (!strncmp(req, "verdict:", 8)) {   /* "après avoir été jugé coupable en 2009" */
        if (S_near_words(c, s, req + 8)) return 1;
        if (!v->passive || !v->A.nrecip || v->A.nactor) return 0;   /* "condamné par l'opposition" */
        for (int i = 0; i < v->A.nrecip; i++)
            if (S_event_head(c, &v->A.recip[i], NULL) || S_thing_head(c, &v->A.recip[i]) ||
                S_agentless(c, &v->A.recip[i]))
                return 0;
        return 1;
    }
    if (!strcmp(req, "battle"))   /* "l'armée a été expulsée de Palmyre par l'EI": both sides armed */
        return S_armed_arg(c, v->A.actor, v->A.nactor) && S_armed_arg(c, v->A.recip, v->A.nrecip);
    if (!strcmp(req, "nonstate")) {   /* "les 276 lycéennes que Boko Haram avait capturées" */
        const char *sec = S_sector(c, v->A.actor, v->A.nactor);
        return sec && S_in(sec, (const char *const[]){"IMG", "REB", NULL});
    }
    if (!strcmp(req, "judged")) {   /* "parle de « boycottage »", not "« dizaines de morts »" */
        uint32_t j = v->trig1;
        while (j < s->t1 && j < v->trig1 + 10 && S_tok(c, j)->kind != DP_TOK_QUOTE_OPEN) {
            if (S_is_stop(S_tok(c, j))) return 0;
            j++;
        }
        if (j >= s->t1 || S_tok(c, j)->kind != DP_TOK_QUOTE_OPEN) return 0;
        for (j++; j < s->t1 && S_tok(c, j)->kind != DP_TOK_QUOTE_CLOSE; j++)
            if (c->qty_at[j] >= 0 || (S_tok(c, j)->pos & DP_POS_NUM) ||
                S_in(S_tok(c, j)->norm, (const char *const[]){"mort", "morts", "victime", "victimes", "blesse", "blesses",
                                                               "dizaines", "centaines", "milliers", "nombreuses", "nombreux", NULL}))
                return 0;
        return 1;
    }
    if (!strcmp(req, "siege")) {   /* "le siège du gouvernement" is its headquarters */
        if (v->trig1 < s->t1 && S_in(S_tok(c, v->trig1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) &&
            v->A.place < 0 && !v->A.placey)
            return 0;
        if (armed) return 1;
        *weak = 1;
        return S_armed_words(c, s);
    }
    if (!strncmp(req, "near:", 5)) return S_near_words(c, s, req + 5);
    if (!strcmp(req, "freed")) return S_freed_people(c, s, v);
    if (!strncmp(req, "far:", 4)) return !S_near_words(c, s, req + 4);   /* none of the words */
    /* farpara:WORDS = none of the words in the trigger's paragraph nor in
     * the headline: "la ligne a été fermée" is no restriction on a page
     * about a flood or a road accident told in the sentences before;
     * nearpara:WORDS = one of them is there ("le trafic a été interrompu"
     * after a bomb alert told in the sentence before)                    */
    if (!strncmp(req, "farpara:", 8)) return !S_para_words(c, s, req + 8);
    if (!strncmp(req, "nearpara:", 9)) return S_para_words(c, s, req + 9);
    /* either:A;B = A holds, else B ("either:armed;near:morts": a clash of
     * armed men, or one that killed) */
    if (!strncmp(req, "either:", 7)) {
        const char *semi = strchr(req + 7, ';');
        if (!semi) return S_require_one(c, s, v, req + 7, weak);
        char a[512];
        size_t n = (size_t)(semi - req - 7) < sizeof a - 1 ? (size_t)(semi - req - 7) : sizeof a - 1;
        memcpy(a, req + 7, n);
        a[n] = 0;
        if (S_require_one(c, s, v, a, weak)) return 1;
        return S_require_one(c, s, v, semi + 1, weak);
    }
    /* not:REQ = the requirement REQ fails ("not:protesters": "la rue a été
     * fermée par les manifestants" is their act, no closure by the state) */
    if (!strncmp(req, "not:", 4)) {
        int ok = S_require_one(c, s, v, req + 4, weak);
        *weak = 0;
        return !ok;
    }
    if (!strncmp(req, "light:", 6)) {   /* "a réaffirmé sa confiance": only as a support verb's object */
        dp_sentence o = *s;
        o.t0 = v->head;
        o.t1 = v->head + 1;
        return !v->noun && v->head < s->t1 && S_near_words(c, &o, req + 6);
    }
    if (!strncmp(req, "object:", 7)) return S_object_words(c, s, v, req + 7) > v->trig1;
    /* recip:WORDS = a recipient's head noun is one of the words (S_heads_among):
     * "neutraliser le tireur", "l'un des assaillants", "le preneur d'otages a
     * été neutralisé"; not "neutraliser un colis", "la menace terroriste",
     * "les comptes des djihadistes".  recip1:WORDS = the same, for the first
     * recipient only (the object's head): "convoquer le président du
     * conseil" summons a person.  actor:WORDS = the same for the actors:
     * "les gendarmes sont intervenus", not "les pompiers", "le ministre"  */
    if (!strncmp(req, "recip:", 6) || !strncmp(req, "recip1:", 7))
        return S_heads_among(c, s, v->A.recip, req[5] == '1' ? (v->A.nrecip > 0) : v->A.nrecip, strchr(req, ':') + 1);
    if (!strncmp(req, "actor:", 6)) return S_heads_among(c, s, v->A.actor, v->A.nactor, req + 6);
    /* agent = some actor was read (the subject, a "par" agent): "des
     * inconnus ont détruit l'abri", not "la cabane a été détruite" (by
     * whom: a storm, a fire, the authorities clearing a camp?)          */
    if (!strcmp(req, "agent")) return v->A.nactor > 0;
    /* notown = the object is not the subject's own: "des casseurs ont
     * brûlé une voiture", not "les occupants ont brûlé leur cabane avant de
     * partir" (an active verb with a subject, its object opened by "leur":
     * no damage done to another); "leur voiture a été incendiée par des
     * inconnus", "ils ont incendié sa maison" stay.  Only a subject told
     * before, opened by a definite or demonstrative determiner or a
     * pronoun, owns it: "des inconnus ont incendié leur voiture" brings in
     * new people, "leur" points back to the victims                     */
    if (!strcmp(req, "notown"))
        return v->passive || !v->A.nactor || !v->A.nrecip || v->A.recip[0].sp.t0 >= s->t1 ||
               !S_in(S_tok(c, v->A.recip[0].sp.t0)->norm, (const char *const[]){"leur", "leurs", NULL}) ||
               !S_definite_subject(c, &v->A.actor[0]);
    /* own:WORDS = the noun's own "de" complement, right after it and before
     * a verb or a comma, holds one of the words: "un cortège de milliers de
     * grévistes", not "le cortège présidentiel a croisé des manifestants" */
    if (!strncmp(req, "own:", 4)) {
        uint32_t j = v->trig1;
        if (!v->noun || j >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "des", "du", NULL}))
            return 0;
        dp_sentence o = *s;
        o.t0 = j + 1;
        for (o.t1 = j + 2; o.t1 <= s->t1 && o.t1 <= j + 7; o.t1++) {
            const dp_token *t = S_tok(c, o.t1 - 1);
            if (S_is_stop(t) || S_is_comma(t)) break;
            if (S_near_words(c, &o, req + 4)) return 1;
            if (S_is_verb(t)) break;   /* "le cortège de voitures bloqué par des manifestants" */
        }
        return 0;
    }
    if (!strcmp(req, "refl")) {   /* "s'opposer à", "s'entretenir avec" */
        for (uint32_t j = v->head; j > s->t0 && v->head - j < 5;) {
            j--;
            if (S_is(c, j, "se") || S_is(c, j, "s'")) return 1;
            /* "nous nous sommes mobilisés", "nous devons nous mobiliser";
             * "Nous sommes mobilisés": the subject right before "être" */
            if (S_is(c, j, "nous") || S_is(c, j, "vous")) {
                int subject = j + 1 < v->head && S_is_aux(c, j + 1) &&
                              !(j > s->t0 && (S_is(c, j - 1, "nous") || S_is(c, j - 1, "vous")));
                if (!subject) return 1;
            }
            if (S_is_stop(S_tok(c, j)) || S_is_comma(S_tok(c, j))) break;
        }
        return 0;
    }
    if (!strcmp(req, "authority")) {   /* the state blocks, not protesters */
        const char *sec = S_sector(c, v->A.actor, v->A.nactor);
        if (sec) return S_in(sec, S_state_sectors);
        if (S_near_words(c, s, S_net_words)) return 1;
        return !v->A.nactor && S_armed_words(c, s);
    }
    if (!strcmp(req, "qualifying")) {   /* "il s'agit d'un « massacre »", not "avoir tiré par « légitime défense »" */
        if (S_reflexive_before(c, s, v->head)) return 1;
        for (uint32_t j = v->head + 1; j + 1 < s->t1 && j < v->head + 4; j++)   /* "a agi de manière « ... »": a judged manner */
            if (S_is(c, j, "de") && (S_is(c, j + 1, "maniere") || S_is(c, j + 1, "facon"))) return 1;
        return 0;
    }
    /* "une série de taxes s'abat sur ...": no killing; "le journal se
     * demande si ...": wondering, no request.  Only a clitic of the verb's
     * own group counts (S_reflexive_own): "ils s'inquiètent et demandent
     * ...", "il s'est vu / fait demander ..." tell the act all the same */
    if (!strcmp(req, "norefl")) return !S_reflexive_own(c, s, v->head);
    if (!strcmp(req, "party")) {   /* meets someone, not "une forte résistance" */
        for (int i = 0; i < v->A.nrecip; i++)
            if (S_agentless(c, &v->A.recip[i]) || S_thing_head(c, &v->A.recip[i])) return 0;
        return 1;
    }
    /* actorparty / recipparty = the first actor (recipient), the phrase's
     * head before its complements, can act (S_can_act: a name, or a head
     * noun of agents, titles or organisations): "le syndicat remet en cause
     * le projet", not "la neige a remis en cause la fête"; "faire pression
     * sur le maire de la ville", not "sur les tarifs"                     */
    if (!strcmp(req, "actorparty")) return v->A.nactor > 0 && S_can_act(c, &v->A.actor[0]);
    if (!strcmp(req, "recipparty")) return v->A.nrecip > 0 && S_can_act(c, &v->A.recip[0]);
    if (!strcmp(req, "unarmed")) {   /* "un rassemblement de groupes armés" */
        if (!S_armed_arg(c, v->A.actor, v->A.nactor)) return 1;
        /* "un rassemblement d'anciens combattants devant la préfecture",
         * "... pour dénoncer", "... contre": a protest cue after the noun
         * makes the gathering of soldiers or veterans a protest */
        for (uint32_t j = v->trig1; j < s->t1; j++)
            if (S_in(S_tok(c, j)->norm, (const char *const[]){"devant", "contre", NULL}) ||
                S_lemma_among(c, j, (const char *const[]){"reclamer", "denoncer", "exiger", "protester", NULL}))
                return 1;
        return 0;
    }
    if (!strcmp(req, "civil")) {   /* "une mobilisation policière" is no protest */
        if (armed || S_armed_words(c, s)) return 0;
        return !S_near_words(c, s, "police|policier|policiere|gendarme|gendarmerie|crs|forces de l'ordre");
    }
    if (!strcmp(req, "unvoted")) {   /* "il approuve la réforme à 61,3 %": a vote */
        for (uint32_t j = s->t0; j < s->t1; j++)
            if (strchr(S_tok(c, j)->norm, '%')) return 0;
        return !S_near_words(c, s, "vote|voter|voix|suffrage|suffrages|referendum|scrutin|budget|loi");
    }
    if (!strcmp(req, "forces")) {   /* "des renforts de gendarmerie sont arrivés", not "le maire est arrivé" */
        if (S_armed_arg(c, v->A.actor, v->A.nactor)) return 1;
        /* the police set's heads: "les agents de l'ordre", "des agents de police" */
        if (S_heads_among(c, s, v->A.actor, v->A.nactor, "@police")) return 1;
        for (int i = 0; i < v->A.nactor; i++) {
            uint32_t t1 = v->A.actor[i].sp.t1;   /* and its complement: "des équipes (de police)" */
            if (t1 < s->t1 && S_in(S_tok(c, t1)->norm, (const char *const[]){"de", "du", "des", "d'", NULL})) t1 += 3;
            /* and the armed words of the lexicon: "5 000 miliciens" */
            for (uint32_t t = v->A.actor[i].sp.t0; t < t1 && t < s->t1; t++)
                if (S_in(S_tok(c, t)->norm, S_force_words) ||
                    (S_tok(c, t)->kind == DP_TOK_WORD && S_armed_word(c, t)))
                    return 1;
        }
        return 0;
    }
    if (!strcmp(req, "force")) {   /* armed or police words */
        if (armed || S_armed_words(c, s)) return 1;
        return S_near_words(c, s, "police|policier|gendarme|gendarmerie|crs|forces de l'ordre");
    }
    if (!strncmp(req, "form:", 5)) {   /* accents matter: "marche", not "marché" */
        const dp_token *t = S_tok(c, v->head);
        char b[64];
        const char *l = t->lemma ? t->lemma : t->lower;
        dp_lower(l, strlen(l), b, sizeof b);
        return !strcmp(b, req + 5) || !strcmp(t->lower, req + 5);
    }
    if (!strncmp(req, "prep:", 5)) {   /* "appeler X à": the word follows in the clause */
        for (uint32_t j = v->trig1; j < s->t1 && j < v->trig1 + 10; j++) {
            const dp_token *t = S_tok(c, j);
            if (S_is_stop(t)) break;
            if (!strcmp(t->norm, req + 5) || (!strcmp(req + 5, "a") && (!strcmp(t->norm, "au") || !strcmp(t->norm, "aux"))))
                return 1;
        }
        return 0;
    }
    if (!strcmp(req, "person") && v->passive) {   /* "son camion a été arrêté": stopped */
        for (int i = 0; i < v->A.nrecip; i++)
            if (S_agentless(c, &v->A.recip[i]) || S_thing_head(c, &v->A.recip[i])) return 0;
        /* an activity, a work or a machine was stopped, by no one named:
         * "la course a été arrêtée", "les travaux ont été arrêtés" (word
         * set "halted"); "le cortège est arrêté par les gendarmes" stays
         * the police's act */
        if (!v->A.nactor && S_heads_among(c, s, v->A.recip, v->A.nrecip, "@halted")) return 0;
        uint32_t g0 = S_group_start(c, s->t0, v->head, NULL);
        if (!v->A.nrecip && g0 > s->t0) {   /* the subject's head noun, just before */
            S_arg subj = {.ent = -1, .sp = {g0 - 1, g0}};
            if (S_thing_head(c, &subj) || (!v->A.nactor && S_heads_among(c, s, &subj, 1, "@halted"))) return 0;
        }
        return 1;
    }
    if (!strcmp(req, "hostile") || !strcmp(req, "person")) {
        if (armed || v->passive) return 1;
        if (!strcmp(req, "person") && !v->A.nrecip && S_clitic_of_head(c, s, v->head))
            return 1;   /* "la police l'a arrêté", "le ministre les a convoqués" */
        for (int i = 0; i < v->A.nrecip; i++) {
            int32_t en = v->A.recip[i].ent;
            if (en >= 0 && (c->d->ents.v[en].type == DP_ENT_PER || c->d->ents.v[en].nominal ||
                            c->d->ents.v[en].actor.code))
                return 1;
            /* an unnamed person named by a function: "a arrêté le maire",
             * "le chef du gang" (not "s'arrête": the subject stops) */
            if (en < 0 && S_title_head(c, &v->A.recip[i]) && !S_reflexive_before(c, s, v->head)) return 1;
        }
        for (uint32_t j = S_lo(s, v->trig0); j < S_hi(s, v->trig1); j++) {
            if (c->qty_at[j] < 0) continue;
            const dp_quantity *Q = &c->d->quantities.v[c->qty_at[j]];
            for (int i = 0; i < v->A.nrecip; i++)
                if (Q->span.t0 < v->A.recip[i].sp.t1 && v->A.recip[i].sp.t0 < Q->span.t1) return 1;
        }
        *weak = 1;
        return S_armed_words(c, s);
    }
    return 1;
}

/* ---- trigger matching ------------------------------------------------------ */

typedef struct S_match {
    S_entry e[S_SENSES];
    int n;
    uint32_t end;            /* token after the matched key               */
} S_match;

/* Appends "KEY WORD" (no space after an elision or where the text had
 * none) into BUF.                                                          */
static void S_extend(S_ctx *c, char *buf, size_t cap, const char *key, uint32_t j, const char *w)
{
    int space = (S_tok(c, j)->flags & DP_TF_SPACE) != 0;
    size_t lk = strlen(key), lw = strlen(w);
    if (lk + (size_t)space + lw + 1 > cap) {   /* too long for any key */
        buf[0] = 0;
        return;
    }
    memcpy(buf, key, lk);
    if (space) buf[lk] = ' ';
    memcpy(buf + lk + space, w, lw + 1);
}

/* Drops from E[0..n) the verb / noun entries whose part WANT (a mask of
 * 1 << P_VERB, 1 << P_NOUN) does not allow.                               */
static size_t S_filter(S_entry *e, size_t n, unsigned want)
{
    size_t w = 0;
    for (size_t k = 0; k < n; k++)
        if ((e[k].part != P_VERB && e[k].part != P_NOUN) || (want & (1u << e[k].part)))
            e[w++] = e[k];
    return w;
}

/* S_first_key of KEY when the handle's memo keeps it, else NULL: keys of
 * several words recur from article to article as first words do.        */
static const S_first *S_first_kept(S_ctx *c, const char *key)
{
    if (!c->first || strlen(key) >= 255) return NULL;
    dp_form *f = dp_form_of(c->d, key);
    /* the handle's memo is full: the document's asks once per document */
    return f->arena == &c->d->arena ? NULL : S_first_of(c, f);
}

/* The entries of KEY into E (at most MAX).                                */
static size_t S_key_entries(S_ctx *c, const char *key, S_entry *e, size_t max)
{
    const S_first *kr = S_first_kept(c, key);
    if (!kr) return S_lookup(c, key, e, max);
    size_t n = kr->n < max ? kr->n : max;
    if (n) memcpy(e, kr->e, n * sizeof *e);
    return n;
}

/* Some key is KEY or starts with KEY and a space.                         */
static int S_key_open(S_ctx *c, const char *key)
{
    const S_first *kr = S_first_kept(c, key);
    if (kr) return kr->prefix || kr->n;
    S_entry e[1];
    return S_has_prefix(c, key) || S_lookup(c, key, e, 1);
}

/* Some key starts with KEY and a space.                                   */
static int S_key_prefix(S_ctx *c, const char *key)
{
    const S_first *kr = S_first_kept(c, key);
    return kr ? kr->prefix : S_has_prefix(c, key);
}

/* R2, the record of token T's norm, opens no key after the first word
 * whose record is R1 (see S_first.after).                                 */
static int S_closed_slot(const S_first *r2, const S_first *r1, const dp_token *t)
{
    uint8_t sp = (t->flags & DP_TF_SPACE) != 0;
    for (int k = 0; k < 2; k++)
        if (r2->after[k] == r1 && r2->after_sp[k] == sp) return k;
    return -1;
}

static int S_closed_after(const S_first *r2, const S_first *r1, const dp_token *t)
{
    return S_closed_slot(r2, r1, t) >= 0;
}

static void S_note_closed_after(S_first *r2, const S_first *r1, const dp_token *t)
{
    if (S_closed_after(r2, r1, t)) return;
    unsigned k = r2->after_next++ & 1;
    r2->after[k] = r1;
    r2->after_sp[k] = (t->flags & DP_TF_SPACE) != 0;
    r2->after_lem[k] = NULL;
}

/* The same for token T's tagger lemma: its fold opens no key either.     */
static int S_lemma_closed_after(const S_first *r2, const S_first *r1, const dp_token *t)
{
    int k = S_closed_slot(r2, r1, t);
    return k >= 0 && t->lemma && r2->after_lem[k] == t->lemma;
}

static void S_note_lemma_closed_after(S_first *r2, const S_first *r1, const dp_token *t)
{
    int k = S_closed_slot(r2, r1, t);
    if (k >= 0 && t->lemma) r2->after_lem[k] = t->lemma;
}

/* Longest lexicon key starting at token I whose first word is FIRST (R:
 * its S_first_of, or NULL to ask the document's memo).                    */
static void S_match_from_open(S_ctx *c, uint32_t i, uint32_t s1, const char *first,
                              const S_first *r, unsigned want, S_match *best);
static inline void S_match_from_first(S_ctx *c, uint32_t i, uint32_t s1, const char *first,
                                      const S_first *r, unsigned want, S_match *best)
{
    if (r && !r->n && !r->prefix) return;   /* no key starts with FIRST */
    S_match_from_open(c, i, s1, first, r, want, best);
}

/* S_match_from_first when some key may start with FIRST.                  */
static void S_match_from_open(S_ctx *c, uint32_t i, uint32_t s1, const char *first,
                              const S_first *r, unsigned want, S_match *best)
{
    char key[256];
    size_t fl = strlen(first);
    if (fl > sizeof key - 1) fl = sizeof key - 1;
    memcpy(key, first, fl);
    key[fl] = 0;
    uint32_t j = i + 1;
    for (;;) {
        S_entry e[S_SENSES];
        size_t n;
        if (r && j == i + 1) {
            n = r->n < S_SENSES ? r->n : S_SENSES;
            if (n) memcpy(e, r->e, n * sizeof e[0]);
            n = S_filter(e, n, want);
        } else {
            n = S_filter(e, S_key_entries(c, key, e, S_SENSES), want);
        }
        if (n && (j > best->end || best->n == 0)) {
            memcpy(best->e, e, n * sizeof e[0]);
            best->n = (int)n;
            best->end = j;
        } else if (n && j == best->end) {
            for (size_t k = 0; k < n && best->n < S_SENSES; k++) best->e[best->n++] = e[k];
        }
        if (j >= s1 || j > i + 5) return;
        if (r && j == i + 1 ? !r->prefix : !S_key_prefix(c, key)) return;
        char k2[256], lb[64];
        if ((S_tok(c, j)->flags & DP_TF_ELISION) && j + 1 < s1) {
            /* "coup d'état", "prise d'otages": the elided word and the next
             * one make one word of the key */
            char k1[256];
            S_extend(c, k1, sizeof k1, key, j, S_tok(c, j)->norm);
            S_extend(c, k2, sizeof k2, k1, j + 1, S_tok(c, j + 1)->norm);
            if (!S_key_open(c, k2)) {
                S_extend(c, k2, sizeof k2, k1, j + 1, S_lemma(c, j + 1, lb, sizeof lb));
                if (!S_key_open(c, k2)) return;
            }
            memcpy(key, k2, strlen(k2) + 1);
            j += 2;
            continue;
        }
        /* the second word's record, when what it keeps lives as long */
        S_first *rn = r && j == i + 1 ? S_first_tok(c, j) : NULL;
        if (rn && r->arena == &c->d->arena && rn->arena != &c->d->arena) rn = NULL;
        int closed = rn && S_closed_after(rn, r, S_tok(c, j));   /* the form's key: known to open none */
#ifdef DP_EVENT_MEMO_CHECK
        if (closed) {
            S_extend(c, k2, sizeof k2, key, j, S_tok(c, j)->norm);
            S_MEMO_CHECK(!S_key_open(c, k2));
        }
#endif
        if (!closed) {
            S_extend(c, k2, sizeof k2, key, j, S_tok(c, j)->norm);
            closed = !S_key_open(c, k2);
            if (closed && rn) S_note_closed_after(rn, r, S_tok(c, j));
        }
        if (closed) {
            if (rn && S_lemma_closed_after(rn, r, S_tok(c, j))) {
#ifdef DP_EVENT_MEMO_CHECK
                S_extend(c, k2, sizeof k2, key, j, S_lemma(c, j, lb, sizeof lb));
                S_MEMO_CHECK(!S_key_open(c, k2));
#endif
                return;
            }
            const char *l = S_lemma(c, j, lb, sizeof lb);
            if (!strcmp(l, S_tok(c, j)->norm)) return;   /* the same key again */
            S_extend(c, k2, sizeof k2, key, j, l);
            if (!S_key_open(c, k2)) {
                if (rn) S_note_lemma_closed_after(rn, r, S_tok(c, j));
                return;
            }
        }
        memcpy(key, k2, strlen(k2) + 1);
        j++;
    }
}

/* R, a first word's record, opens no key and has no longer keys.          */
static int S_first_dead(const S_first *r)
{
    return r && !r->n && !r->prefix;
}

/* Token T's tagger lemma is known to open no key (R: its norm's record). */
static int S_lemma_dead(const S_first *r, const dp_token *t)
{
    if (r->lemfirst_known && S_first_dead(r->lemfirst) && S_first_lemma_is(r, t->lemma)) return 1;
    for (int k = 0; k < 4 && r->deadlem[k]; k++)
        if (r->deadlem[k] == t->lemma) return 1;
    return 0;
}

/* Notes in R that the tagger lemma LEMMA opens no key (while slots last). */
static void S_note_dead_lemma(S_first *r, const char *lemma)
{
    for (int k = 0; k < 4; k++) {
        if (r->deadlem[k] == lemma) return;
        if (!r->deadlem[k]) {
            r->deadlem[k] = lemma;
            return;
        }
    }
}

/* X holds the Lefff readings of token T's lowercase form (X: in its
 * norm's record, whose key is T's norm): an ASCII token's lower is its
 * norm.                                                                  */
S_HOT int S_lxset_is(const S_lxset *x, const dp_token *t)
{
    if (!x || !x->lower) return 0;
    if (x->lowkey && t->lower == t->norm) return 1;
    return !strcmp(x->lower, t->lower);
}

/* The readings R keeps of token T's lowercase form, or NULL.             */
static inline const S_lxset *S_lower_of(const S_first *r, const dp_token *t)
{
    if (!r) return NULL;
    if (S_lxset_is(&r->lx1, t)) return &r->lx1;
    return r->lx2 && S_lxset_is(r->lx2, t) ? r->lx2 : NULL;
}

/* S_match_find of token T (norm record R, X: S_lower_of R and T) is
 * empty whatever its context: no key starts with its norm, its tagger
 * lemma or its Lefff lemmas, all read from what R keeps.                  */
static int S_match_dead(S_ctx *c, const dp_token *t, const S_first *r, const S_lxset *x)
{
    if (!S_first_dead(r)) return 0;
    if (t->lemma && !S_lemma_dead(r, t)) return 0;
    if (c->d->model && t->lower && (!x || !x->lxdead)) return 0;
    return 1;
}

static void S_match_lefff(S_ctx *c, uint32_t i, uint32_t s1, S_first *r, unsigned verbal,
                          unsigned nominal, S_match *m);

/* The record R (kept or not) lives as long as the handle's memo.         */
static int S_first_kept_rec(S_ctx *c, const S_first *r)
{
    return r && r->arena != &c->d->arena;
}

/* X, the readings R keeps of token T's lowercase form, when T has the
 * inputs R's slots are keyed on (R kept, a model); else NULL.            */
static const S_lxset *S_one_ok(S_ctx *c, const dp_token *t, const S_first *r, const S_lxset *x)
{
    return S_first_kept_rec(c, r) && c->d->model && t->lower ? x : NULL;
}

/* No key of two words or more starts with any word S_match_find tries at
 * token I (norm record R, S_one_ok), and every record it read is kept:
 * its answer is then the token's words' alone, the same at any token of
 * this form, parts of speech and tagger lemma.  Asked after S_match_find
 * (the records it reads are all made then).                             */
static int S_match_closed(S_ctx *c, uint32_t i, const S_first *r, const S_lxset *x)
{
    const dp_token *t = S_tok(c, i);
    if (r->prefix) return 0;
    if (t->lemma) {
        char b[64];
        const S_first *lr = S_lemma_first(c, i, S_lemma(c, i, b, sizeof b));
        if (!S_first_kept_rec(c, lr) || lr->prefix) return 0;
    }
    for (int k = 0; k < x->nlx; k++)
        if (x->lxpart[k] != S_LX_SKIP && (!S_first_kept_rec(c, x->lx[k]) || x->lx[k]->prefix)) return 0;
    return 1;
}

static void S_match_compute(S_ctx *c, uint32_t i, uint32_t s1, S_match *m, const S_lxset *x);

/* All lexicon entries whose key starts at token I, longest key first:
 * tried on the token's form, its tagger lemma and its Lefff lemmas.  An
 * answer that no following word can change (S_match_closed) is kept in
 * the form's record (S_first.one) and read back at its next tokens.      */
static void S_match_find(S_ctx *c, uint32_t i, uint32_t s1, S_match *m)
{
    m->n = 0;                /* entries past n are never read */
    m->end = 0;
    const dp_token *t = S_tok(c, i);
    if (t->kind != DP_TOK_WORD) return;
    S_first *r = S_first_tok(c, i);
    const S_lxset *x = c->d->model && t->lower ? S_lower_of(r, t) : NULL;
    if (S_match_dead(c, t, r, x)) return;
    const S_lxset *ok = S_one_ok(c, t, r, x);
    for (int k = 0; ok && k < 2 && r->one[k].set; k++) {
        if (r->one[k].lxs != ok || r->one[k].pos != t->pos || r->one[k].lemma != t->lemma) continue;
        m->n = r->one[k].n;
        m->end = m->n ? i + 1 : 0;
        if (m->n) memcpy(m->e, r->one[k].e, (size_t)m->n * sizeof m->e[0]);
#ifdef DP_EVENT_MEMO_CHECK
        S_match chk;
        S_match_compute(c, i, s1, &chk, x);
        S_MEMO_CHECK(chk.n == m->n && chk.end == m->end);
        for (int q = 0; q < m->n; q++) {
            S_MEMO_CHECK(chk.e[q].part == m->e[q].part);
            for (int y = 0; y < S_NF; y++) S_MEMO_CHECK(chk.e[q].f[y] == m->e[q].f[y]);
        }
#endif
        return;
    }
    S_match_compute(c, i, s1, m, x);   /* (R's readings X stay: lx1, lx2 are set once) */
    if (!ok || (m->n && m->end != i + 1)) return;
    int k = !r->one[0].set ? 0 : !r->one[1].set ? 1 : -1;
    if (k < 0 || !S_match_closed(c, i, r, ok)) return;
    S_entry *e = m->n ? dp_arena_alloc_raw(r->arena, (size_t)m->n * sizeof *e) : NULL;
    if (m->n) memcpy(e, m->e, (size_t)m->n * sizeof *e);
    r->one[k].lxs = ok;
    r->one[k].lemma = t->lemma;
    r->one[k].e = e;
    r->one[k].pos = t->pos;
    r->one[k].n = (uint8_t)m->n;
    r->one[k].set = 1;
}

/* S_match_find without the records' slots (X: S_lower_of the token's
 * norm record and the token, NULL without a model or a lowercase form).  */
static void S_match_compute(S_ctx *c, uint32_t i, uint32_t s1, S_match *m, const S_lxset *x)
{
    m->n = 0;
    m->end = 0;
    const dp_token *t = S_tok(c, i);
    char b[64];
    const unsigned V = 1u << P_VERB, N = 1u << P_NOUN;
    unsigned verbal = (t->pos & (DP_POS_V | DP_POS_VPP | DP_POS_VINF)) && !(t->pos & DP_POS_AUX) ? V : 0;
    unsigned nominal = (t->pos & DP_POS_NC) ? N : 0;
    if (!t->pos) verbal = V, nominal = N;
    S_first *r = S_first_tok(c, i);
    S_match_from_first(c, i, s1, t->norm, r, nominal | (t->pos ? 0 : V), m);
    const char *lem = t->lemma ? S_lemma(c, i, b, sizeof b) : NULL;
    const S_first *lr = lem ? S_lemma_first(c, i, lem) : NULL;
    if (r && S_first_dead(lr)) S_note_dead_lemma(r, t->lemma);
    if (lem) S_match_from_first(c, i, s1, lem, lr, verbal | nominal, m);
    if (!c->d->model || !t->lower) return;
    if (x) {
        for (int k = 0; k < x->nlx; k++) {
            unsigned p = x->lxpart[k];
            if (p == S_LX_SKIP) continue;
            unsigned w = p == S_LX_V ? verbal : p == S_LX_NC ? nominal : 0;
            S_match_from_first(c, i, s1, x->lxfold[k], x->lx[k], w, m);
        }
        return;
    }
    S_match_lefff(c, i, s1, r, verbal, nominal, m);
}

/* S_match_find's Lefff lemmas of token I, kept in R (the token norm's
 * S_first: lx1, else lx2 while either is free) when what they point to
 * lives as long.                                                         */
static void S_match_lefff(S_ctx *c, uint32_t i, uint32_t s1, S_first *r, unsigned verbal,
                          unsigned nominal, S_match *m)
{
    const dp_token *t = S_tok(c, i);
    dp_lex_entry le[8];
    size_t n = dp_tok_lex(c->d, i, le, 8);
    if (n > S_SENSES) n = S_SENSES;
    int keep = r != NULL && (!r->lx1.lower || !r->lx2);   /* each kept once: a kept record must not grow */
    uint8_t part[8] = {0};
    const char *fold[8] = {0};
    const S_first *lx[8] = {0};
    char b[8][64];
    const char *lbs[8] = {0};
    for (size_t k = 0; k < n; k++) {
        if (!le[k].lemma || !le[k].pos) continue;
        unsigned w = !strcmp(le[k].pos, "v") ? verbal : !strcmp(le[k].pos, "nc") ? nominal : 0;
        part[k] = !strcmp(le[k].pos, "v") ? S_LX_V : !strcmp(le[k].pos, "nc") ? S_LX_NC : S_LX_OTHER;
        /* readings of one lemma ("est": être, verb and auxiliary) share
         * its fold and record */
        size_t same = 0;
        while (same < k && !(lbs[same] && le[same].lemma == le[k].lemma)) same++;
        const char *lb = same < k ? lbs[same] : S_fold_key(le[k].lemma, b[k], sizeof b[k]);
        lbs[k] = lb;
        lx[k] = same < k ? lx[same] : S_first_key(c, lb);
        S_match_from_first(c, i, s1, lb, lx[k], w, m);
        if (keep && (!lx[k] || (lx[k]->arena == &c->d->arena && r->arena != &c->d->arena))) keep = 0;
        if (keep) fold[k] = same < k ? fold[same] : dp_arena_strdup(r->arena, lb);
    }
    if (!keep) return;
    S_lxset *x = !r->lx1.lower ? &r->lx1 : dp_arena_alloc(r->arena, sizeof *x);
    memcpy(x->lxpart, part, sizeof part);
    memcpy(x->lxfold, fold, sizeof fold);
    memcpy(x->lx, lx, sizeof lx);
    x->nlx = (uint8_t)n;
    x->lxdead = 1;
    for (size_t k = 0; k < n; k++)
        if (part[k] != S_LX_SKIP && !S_first_dead(lx[k])) x->lxdead = 0;
    x->lowkey = !strcmp(t->lower, t->norm);
    x->lower = dp_arena_strdup(r->arena, t->lower);
    if (x != &r->lx1) r->lx2 = x;
}

/* S_match_find, computed once per token and document: the same tokens
 * are matched again for cues, modality and support-verb objects.          */
static void S_match_at(S_ctx *c, uint32_t i, uint32_t s1, S_match *m)
{
    static const S_match none;
    if (!c->memo || i >= c->d->toks.n) {
        S_match_find(c, i, s1, m);
        return;
    }
    if (!c->memo[i] || c->memo_s1[i] != s1) {
        S_match_find(c, i, s1, m);
        S_match *keep = m->n ? dp_arena_alloc_raw(&c->d->arena, sizeof *m) : NULL;
        if (keep) {   /* its N entries (those past N are never read) */
            keep->n = m->n;
            keep->end = m->end;
            memcpy(keep->e, m->e, (size_t)m->n * sizeof m->e[0]);
        }
        c->memo[i] = keep ? keep : &none;
        c->memo_s1[i] = s1;
        return;
    }
    const S_match *k = c->memo[i];
    m->n = k->n;
    m->end = k->end;
    if (k->n) memcpy(m->e, k->e, (size_t)k->n * sizeof m->e[0]);
}

/* Token I reads as a noun here (a determiner or adjective before it).    */
static int S_noun_context(S_ctx *c, uint32_t s0, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (!(t->pos & (DP_POS_V | DP_POS_VPP | DP_POS_VINF))) return 1;
    if (!(t->pos & DP_POS_NC) && t->pos) return 0;
    uint32_t j = i;
    /* "une double attaque", "cette violente attaque": an adjective that
     * could be a verb ("doubler", "violenter") right after an article
     * that is no clitic is an adjective; so it is after "le", "la",
     * "les", "l'", when it stands right before the noun I: read as a
     * clitic and its verb ("la violente"), it would leave I ("attaque",
     * also a noun) a second finite verb in a row ("la violente attaque
     * du camp", "malgré les violentes attaques") */
    while (j > s0 && (S_tok(c, j - 1)->pos & DP_POS_ADJ) &&
           (!(S_tok(c, j - 1)->pos & DP_POS_V) ||
            (j - 1 > s0 && S_in(S_tok(c, j - 2)->norm, (const char *const[]){"un", "une", "des", "ce", "cet", "cette", "ces",
                                                                            "son", "sa", "ses", "notre", "nos", NULL})) ||
            (j == i && j - 1 > s0 && !(t->pos & (DP_POS_VPP | DP_POS_VINF)) &&
             S_in(S_tok(c, j - 2)->norm, (const char *const[]){"le", "la", "les", "l'", NULL}))))
        j--;
    if (j == s0) return 0;
    const char *w = S_tok(c, j - 1)->norm;
    return S_is_det(c, j - 1) || !strcmp(w, "de") || !strcmp(w, "d'") || !strcmp(w, "au") ||
           !strcmp(w, "aux");
}

/* A determiner just before token I ("l'accusé", "les blessés"): not a verb. */
static int S_after_det(S_ctx *c, uint32_t s0, uint32_t i)
{
    uint32_t d = i;   /* "un « soldat du califat »": past the mark */
    if (d > s0 + 1 && S_tok(c, d - 1)->kind == DP_TOK_QUOTE_OPEN) d--;
    /* "un manifestant", "des combattants": an -ant form after an article
     * that is no clitic (le, la, les may be: "en les combattant") */
    static const char *const arts[] = {"un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
                                       "ses", "leur", "leurs", "aucun", "chaque", "plusieurs", NULL};
    const char *w = S_tok(c, i)->norm;
    size_t n = strlen(w);
    uint32_t a = d;   /* "un jeune manifestant" */
    while (a > s0 + 1 && a + 2 > d && (S_tok(c, a - 1)->pos & DP_POS_ADJ) && !(S_tok(c, a - 1)->pos & DP_POS_V)) a--;
    /* a sentence opening with "L'", "Le", "La" or "Les" and an -ant form
     * that the lexicon also knows as a noun opens with that noun
     * ("L'attaquant du club", "Les assaillants"); a form known only as a
     * verb or adjective opens a participle clause with its object clitic
     * ("Les accusant de trahison, le président ...", "La menaçant ...") */
    /* "le", "la", "les" before an adjective ("le dernier survivant") or right
     * after a verb that is no gerund's "en" ("a giflé le commerçant") is an
     * article: a clitic stands right before its participle, after "en" or
     * opening its clause */
    int article = a > s0 && (S_tok(c, i)->pos & DP_POS_NC) &&
                  S_in(S_tok(c, a - 1)->norm, (const char *const[]){"l'", "le", "la", "les", NULL}) &&
                  (a - 1 == s0 || a < d || (a - 1 > s0 && S_is_verb(S_tok(c, a - 2)) && !(S_tok(c, a - 2)->pos & DP_POS_NC)));
    if (a > s0 && (S_in(S_tok(c, a - 1)->norm, arts) || article) &&
        ((n > 4 && !strcmp(w + n - 3, "ant")) || (n > 5 && (!strcmp(w + n - 4, "ants") || !strcmp(w + n - 4, "ante"))) ||
         (n > 6 && !strcmp(w + n - 5, "antes"))))
        return 1;
    /* "sont à la chasse", "sur la reprise": after a preposition "la" is
     * an article, a clitic there would stand before an infinitive ("pour
     * la chasser") or a gerund ("en les combattant") */
    if (d > s0 + 1 && (S_tok(c, i)->pos & DP_POS_NC) && !(S_tok(c, i)->pos & DP_POS_VINF) && S_is_det(c, d - 1) &&
        S_in(S_tok(c, d - 1)->norm, (const char *const[]){"le", "la", "l'", "les", NULL}) &&
        S_in(S_tok(c, d - 2)->norm, (const char *const[]){"a", "dans", "sur", "par", "pour", "vers", "avec",
                                                           "contre", "sans", "chez", "entre", "apres", "avant", NULL}))
        return 1;
    return d > s0 && (S_tok(c, i)->pos & (DP_POS_NC | DP_POS_ADJ)) && S_is_det(c, d - 1) &&
           !(S_tok(c, d - 1)->pos & DP_POS_PRO && S_tok(c, i)->pos & DP_POS_V &&
             !(S_tok(c, i)->pos & DP_POS_VPP));
}

static const S_entry *S_pick(const S_match *m, int part)
{
    for (int k = 0; k < m->n; k++)
        if (m->e[k].part == part && (part != P_VERB && part != P_NOUN ? 1 : m->e[k].f[F_EVENT] != NULL))
            return &m->e[k];
    return NULL;
}

/* ---- modality ----------------------------------------------------------- */

/* Lefff tense of the verb token I: 'F' future, 'C' conditional, 0.        */
static char S_tense(S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    dp_lex_entry le[8];
    size_t n = c->d->model && t->lower ? dp_tok_lex(c->d, i, le, 8) : 0;
    char got = 0;
    int any = 0;
    for (size_t k = 0; k < n && k < 8; k++) {
        if (!le[k].pos || !le[k].feats || (strcmp(le[k].pos, "v") && strncmp(le[k].pos, "aux", 3))) continue;
        any = 1;
        char f = le[k].feats[0];
        if (f != 'F' && f != 'C') return 0;
        got = f;
    }
    if (any) return got;
    if (!(t->pos & DP_POS_V) || (t->pos & (DP_POS_VPP | DP_POS_VINF | DP_POS_NC))) return 0;
    size_t l = strlen(t->norm);
    static const char *const cond[] = {"rait", "raient", "rais", NULL};
    static const char *const fut[] = {"ra", "ront", "rons", "rez", "rai", NULL};
    for (const char *const *s = cond; *s; s++)
        if (l > strlen(*s) + 2 && !strcmp(t->norm + l - strlen(*s), *s)) return 'C';
    for (const char *const *s = fut; *s; s++)
        if (l > strlen(*s) + 2 && !strcmp(t->norm + l - strlen(*s), *s)) return 'F';
    return 0;
}

/* Modal value ("future", ...) of the lexicon entry of token I, or NULL.    */
static const char *S_modal(S_ctx *c, uint32_t i, uint32_t s1)
{
    S_match m;
    S_match_at(c, i, s1, &m);
    const S_entry *e = S_pick(&m, P_MODAL);
    return e ? e->f[0] : NULL;
}

static void S_apply_modal(const char *v, dp_event *ev)
{
    if (!v) return;
    if (!strcmp(v, "future")) ev->future = 1;
    else if (!strcmp(v, "hypothetical")) ev->hypothetical = 1;
    else if (!strcmp(v, "negated")) ev->negated = 1;
}

/* "deux suspects auraient été arrêtés", "le tireur aurait ouvert le feu",
 * "un couvre-feu serait mis en place": an auxiliary in the conditional (at
 * token J) whose participle is the trigger's head H tells a reported fact
 * the writer does not vouch for -- the journalistic conditional, an event
 * that took place, not a possible one (GUIDELINE §10 keeps "hypothetical"
 * for possibility or speculation).  Not with "si", "sans" or a time to
 * come anywhere in the sentence ("si l'armée avait ..., elle aurait
 * repris", "serait arrêté s'il revenait"), nor in a completive after a
 * verb (the future of the past: "a annoncé que les migrants seraient
 * expulsés"), nor with a modal participle ("aurait pu attaquer", whose
 * head is an infinitive).                                                  */
static int S_reportive_conditional(S_ctx *c, const dp_sentence *s, uint32_t j, uint32_t h)
{
    if (h <= j || !S_is_aux(c, j) || !(S_tok(c, h)->pos & DP_POS_VPP) || (S_tok(c, h)->pos & DP_POS_VINF)) return 0;
    for (uint32_t k = j + 1; k < h; k++)   /* only auxiliaries, adverbs and clitics between */
        if (S_is_verb(S_tok(c, k)) && !S_is_aux(c, k)) return 0;
    /* a condition anywhere in the sentence ("serait arrêté s'il revenait"),
     * or a time to come ("la semaine prochaine", "demain") */
    for (uint32_t k = s->t0; k < s->t1; k++)
        if (S_in(S_tok(c, k)->norm, (const char *const[]){"si", "s'", "sinon", "sans", "cas", "condition", "demain",
                                                           "prochain", "prochaine", "prochains", "prochaines",
                                                           "prochainement", NULL}))
            return 0;
    /* the future of the past: a completive after a verb ("a annoncé que les
     * migrants seraient expulsés", "a promis que les coupables seraient
     * jugés") tells a planned or promised act */
    for (uint32_t k = j; k > s->t0 && j - k < 12;) {
        k--;
        if (S_is_comma(S_tok(c, k)) || S_is_stop(S_tok(c, k))) break;
        if (S_in(S_tok(c, k)->norm, (const char *const[]){"que", "qu'", NULL}) && k > s->t0) {
            /* "alors que", "tandis que", "bien que": a clause of its own */
            if (S_in(S_tok(c, k - 1)->norm, (const char *const[]){"alors", "tandis", "bien", "pendant", "avant", "apres",
                                                                   "des", "parce", "sans", "pour", "afin", "depuis",
                                                                   "ainsi", "meme", "puis", NULL}))
                break;
            for (uint32_t q = k; q > s->t0 && k - q < 3;) {
                q--;
                if (S_is_verb(S_tok(c, q))) return 0;
            }
            break;
        }
    }
    return 1;
}

/* The verb group from G0 lies in a condition: "si la cour accepte le
 * recours", "s'ils parvenaient à reprendre la ville", "au cas où l'armée
 * interviendrait", "à condition que les rebelles se retirent" -- a possible
 * event (GUIDELINE §10 hypothetical).  Not "même si" or "comme si" (a
 * concession, a comparison), not an indirect question ("se demande si",
 * "ignore si", "il n'est pas établi si": a verb or adjective before "si"),
 * not a past in the passé composé ("si X a été libéré, Y ...": a fact
 * granted).                                                              */
static int S_etre_verb(S_ctx *c, uint32_t h);

static int S_conditional_clause(S_ctx *c, const dp_sentence *s, uint32_t g0, uint32_t h)
{
    for (uint32_t k = g0; k > s->t0 && g0 - k < 12;) {
        k--;
        const dp_token *t = S_tok(c, k);
        if (S_is_comma(t) || S_is_stop(t)) return 0;
        /* "au cas où", "dans le cas où" */
        if (S_is(c, k, "ou") && k > s->t0 && S_is(c, k - 1, "cas") && t->lower && !strcmp(t->lower, "où")) return 1;
        if (S_in(t->norm, (const char *const[]){"que", "qu'", "qui", "mais", "et", "ou", NULL}))
            /* "à condition que", "pourvu que"; any other conjunction
             * opens the clause */
            return k > s->t0 && S_in(S_tok(c, k - 1)->norm, (const char *const[]){"condition", "pourvu", NULL});
        int si = S_is(c, k, "si") || (S_is(c, k, "s'") && k + 1 < s->t1 && S_in(S_tok(c, k + 1)->norm, (const char *const[]){"il", "ils", NULL}));
        if (!si) continue;
        /* a condition takes the present or the imperfect: "si" with a
         * passé composé grants a fact, with a future ("s'il va
         * rencontrer le président, il ne verra pas ...", "s'il signera")
         * it contrasts two facts */
        for (uint32_t j = k + 1; j <= h; j++) {
            const dp_token *x = S_tok(c, j);
            /* the passé composé with "être": a reflexive ("si les rebelles
             * se sont retirés") or a verb of motion ("si l'envoyé est
             * parti"), not a passive present ("s'il est mis en examen") */
            if (S_lemma_is(c, j, "etre") && S_is_verb(x) && j > k + 1 && j < h &&
                S_in(S_tok(c, j - 1)->norm, (const char *const[]){"se", "s'", NULL}))
                return 0;
            if (S_lemma_is(c, j, "etre") && S_is_verb(x) && j < h && (S_tok(c, h)->pos & DP_POS_VPP) && S_etre_verb(c, h))
                return 0;
            if ((S_in(x->norm, (const char *const[]){"a", "ont", "ai", "as", "avons", "avez", NULL}) && S_is_aux(c, j)) ||
                (S_is_verb(x) && (S_tense(c, j) == 'F' || S_tense(c, j) == 'C')) ||
                (S_in(x->norm, (const char *const[]){"va", "vont", "vais", "vas", "allons", "allez", NULL}) && S_is_verb(x)))
                return 0;
        }
        /* "si violemment que", "si bien que": "si" of degree */
        if (k + 1 < s->t1 && (S_tok(c, k + 1)->pos & (DP_POS_ADJ | DP_POS_ADV)) && !(S_tok(c, k + 1)->pos & (DP_POS_PRO | DP_POS_DET)))
            return 0;
        if (k == s->t0) return 1;
        const dp_token *p = S_tok(c, k - 1);
        return !S_in(p->norm, (const char *const[]){"meme", "comme", NULL}) && !S_is_verb(p) && !(p->pos & DP_POS_ADJ);
    }
    return 0;
}

/* The negative word at J restricts or compares, up to one word after the
 * verb head H or after J, and denies nothing: "n'ont pas seulement
 * attaqué", "n'a pas critiqué uniquement la police", "ne critique pas
 * uniquement", "n'a pas que des ennemis", "n'avait jamais autant
 * bombardé", "n'a pas mené moins de dix frappes", "n'a jamais aussi
 * durement réprimé".                                                      */
static int S_restricted_neg(S_ctx *c, const dp_sentence *s, uint32_t j, uint32_t h)
{
    if (j + 1 < s->t1 && S_in(S_tok(c, j + 1)->norm, (const char *const[]){"que", "qu'", NULL})) return 1;
    for (uint32_t k = j + 1; k < s->t1 && k <= (j > h ? j : h) + 1; k++) {   /* "ne critique pas uniquement" */
        const char *w = S_tok(c, k)->norm;
        if (S_in(w, (const char *const[]){"seulement", "uniquement", "autant", "aussi", NULL})) return 1;
        if (!strcmp(w, "moins") && k + 1 < s->t1 && S_in(S_tok(c, k + 1)->norm, (const char *const[]){"de", "d'", NULL}))
            return 1;
    }
    return 0;
}

/* The flags of V's record (group from G0) in EV: negated, future,
 * hypothetical.  Returns 1 when the clause's own words deny the act ("ne
 * ... pas" on its verb group or on the verb governing it, a negative
 * subject, "sans" + infinitive), 0 otherwise -- also when a governing word
 * tells an act planned or tried that did not take place ("l'attentat a
 * été déjoué", "a renoncé à lancer"), which stays negated.               */
static int S_modality(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t g0, dp_event *ev)
{
    /* negation around the verb group */
    int ne = 0;
    for (uint32_t j = g0; j < v->head; j++)
        if (S_is(c, j, "ne") || S_is(c, j, "n'")) ne = 1;
    if (ne)
        for (uint32_t j = g0; j < v->trig1 + 2 && j < s->t1; j++)
            if (S_in(S_tok(c, j)->norm, (const char *const[]){"pas", "jamais", "plus", "aucun", "aucune", "guere", "point", "rien", NULL}) &&
                !S_restricted_neg(c, s, j, v->head))
                ev->negated = 1;
    /* "aucun avion n'a mené de frappe", "personne n'a été arrêté", "ni
     * l'armée ni la police ne sont intervenues": the negative word opens
     * the clause (not a fronted "jamais": "jamais la police n'avait
     * interpellé autant de manifestants" tells a record, not a negation) */
    if (ne && !ev->negated)
        for (uint32_t j = g0; j > s->t0 && g0 - j < 10;) {
            j--;
            const dp_token *t = S_tok(c, j);
            if (S_is_comma(t) || S_is_stop(t) || S_in(t->norm, (const char *const[]){"que", "qu'", "qui", "dont", NULL})) break;
            if (S_in(t->norm, (const char *const[]){"aucun", "aucune", "nul", "nulle", "personne", "rien", "ni", NULL}) &&
                (j == s->t0 || !S_is_det(c, j - 1))) {   /* "une personne", "la personne" */
                ev->negated = 1;
                break;
            }
        }
    /* "a repris le quartier sans tirer un coup de feu": the act not done */
    if (!v->noun && !v->noun_head && g0 > s->t0 && S_is(c, g0 - 1, "sans") && (S_tok(c, v->head)->pos & DP_POS_VINF))
        ev->negated = 1;
    int denied = ev->negated;
    /* "la bataille finale visant à libérer X": a noun with a purpose reads
     * its modality as a noun */
    int nounish = v->noun || v->noun_head;
    if (!nounish) {
        for (uint32_t j = g0; j <= v->head; j++) {
            if (!S_is_verb(S_tok(c, j))) continue;
            char tn = S_tense(c, j);
            if (tn == 'F') ev->future = 1;
            if (tn == 'C' && !S_reportive_conditional(c, s, j, v->head)) ev->hypothetical = 1;
        }
        if (S_conditional_clause(c, s, g0, v->head)) ev->hypothetical = 1;
        /* a governing verb: "prévoit de frapper", "pourrait attaquer" */
        if (S_tok(c, v->head)->pos & DP_POS_VINF) {
            uint32_t j = g0;
            int hops = 0;
            while (j > s->t0 && hops < 4) {
                j--;
                hops++;
                if (S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "a", "pas", "ne", "n'", NULL})) continue;
                if (!S_is_verb(S_tok(c, j))) break;
                const char *mv = S_modal(c, j, s->t1);
                if (mv) {
                    S_apply_modal(mv, ev);
                    char tn = S_tense(c, j);
                    if (tn == 'C' && strcmp(mv, "future")) ev->hypothetical = 1;
                    else if (tn == 'F') ev->future = 1;
                    uint32_t g1 = S_group_start(c, s->t0, j, NULL);
                    for (uint32_t k = g1; k < j; k++)
                        if (S_is(c, k, "ne") || S_is(c, k, "n'")) ev->negated = denied = 1;
                }
                break;
            }
        }
        return denied;
    }
    /* "aucune arrestation n'a eu lieu", "sans aucun affrontement": a noun
     * whose determiner is "aucun" (past an adjective: "aucune nouvelle
     * frappe") names an act that did not take place */
    for (uint32_t j = v->trig0; j > s->t0 && v->trig0 - j < 3;) {
        j--;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"aucun", "aucune", NULL})) {
            ev->negated = denied = 1;
            break;
        }
        if (!(S_tok(c, j)->pos & DP_POS_ADJ) || S_is_det(c, j)) break;
    }
    /* nouns: "la bataille prévue", "en vue de la bataille", "la prochaine offensive" */
    uint32_t a = v->trig0 > s->t0 + 5 ? v->trig0 - 5 : s->t0;   /* "en vue de la grande bataille" */
    for (uint32_t j = a; j < v->trig1 + 4 && j < s->t1; j++) {
        if (j >= v->trig0 && j < v->trig1) continue;
        if (S_is_stop(S_tok(c, j)) || S_is_comma(S_tok(c, j))) {
            if (j < v->trig0) { a = j + 1; continue; }
            break;
        }
        const dp_token *t = S_tok(c, j);
        if (j > v->trig1 && S_is_verb(t) && !(t->pos & DP_POS_VPP)) break;
        if (j < v->trig0 && S_is_verb(t) && !(t->pos & DP_POS_VPP)) continue;
        /* "une enquête visant douze personnes", "l'attentat a visé un
         * marché": a target, not a purpose ("l'offensive visant à
         * reprendre") */
        if (j + 1 < s->t1 && S_is_verb(t) && S_lemma_is(c, j, "viser")) {
            uint32_t k = j + 1;   /* "visait d'abord et surtout à freiner" */
            while (k < s->t1 && ((S_tok(c, k)->pos & DP_POS_ADV) || S_is(c, k, "et")) && !S_is(c, k, "a")) k++;
            if (k >= s->t1 || !S_is(c, k, "a")) continue;
        }
        S_apply_modal(S_modal(c, j, s->t1), ev);
    }
    return denied;
}

/* ---- sources --------------------------------------------------------------- */

static int S_has_source(const dp_event *ev, int32_t ent)
{
    for (size_t i = 0; i < ev->sources.n; i++)
        if (ev->sources.v[i] == ent) return 1;
    return 0;
}

static void S_add_source(dp_doc *d, dp_event *ev, int32_t ent)
{
    if (ent < 0 || S_has_source(ev, ent)) return;
    *DP_DPUSH(d, ev->sources) = ent;
}

static int S_overlaps(dp_tspan a, uint32_t t0, uint32_t t1)
{
    return a.t0 < t1 && t0 < a.t1 && a.t0 < a.t1;
}

static void S_sources_in_sentence(S_ctx *c, const dp_sentence *s, dp_event *ev)
{
    dp_doc *d = c->d;
    size_t si = (size_t)d->toks.v[s->t0].sent;
    size_t a = si > S_QUOTE_NEAR ? si - S_QUOTE_NEAR : 0, b = si + 1;
    for (size_t k = c->qstart[a]; k < c->qstart[b]; k++) {
        const dp_quote *Q = &d->quotes.v[c->qlist[k]];
        if (Q->speaker < 0) continue;
        int inq = ev->trigger.t0 >= Q->span.t0 && ev->trigger.t1 <= Q->span.t1;
        if (inq || S_overlaps(Q->cue, s->t0, s->t1) ||
            (!Q->direct && S_overlaps(Q->span, s->t0, s->t1)))
            S_add_source(d, ev, Q->speaker);
    }
    for (uint32_t i = s->t0; i + 1 < s->t1; i++) {
        if (!S_is(c, i, "selon") && !S_is(c, i, "d'apres")) continue;
        for (uint32_t j = i + 1; j < s->t1 && j < i + 6; j++)
            if (c->ment[j] >= 0) {
                int32_t en = c->ments[c->ment[j]].ent;
                if (d->ents.v[en].type == DP_ENT_PER || d->ents.v[en].type == DP_ENT_ORG)
                    S_add_source(d, ev, en);
                break;
            }
    }
}

/* Bit of lemma L in S_quote_chars' set.                                  */
static unsigned S_lemma_bit(const char *l)
{
    return S_hash(l, strlen(l)) & 255;
}

/* The S_lemma_bit of quote Q's tokens' S_lemma, as a 256-bit set (a lemma
 * whose bit is not there is none of the quote's), then the places it
 * names, as a 64-bit set of their indexes modulo 64.                     */
static const uint64_t *S_quote_chars(S_ctx *c, size_t q)
{
    dp_doc *d = c->d;
    if (!c->qchars) {
        c->qchars = dp_arena_alloc(&d->arena, d->quotes.n * sizeof *c->qchars);
        c->qchars_known = dp_arena_alloc(&d->arena, d->quotes.n);
    }
    uint64_t *m = c->qchars[q];
    if (c->qchars_known[q]) return m;
    const dp_quote *Q = &d->quotes.v[q];
    for (uint32_t i = Q->span.t0; i < Q->span.t1 && i < d->toks.n; i++) {
        char b[64];
        unsigned a = S_lemma_bit(S_lemma(c, i, b, sizeof b));
        m[a >> 6] |= 1ull << (a & 63);
        if (c->place[i] >= 0) m[4] |= 1ull << (c->place[i] & 63);
    }
    c->qchars_known[q] = 1;
    return m;
}

/* Quotes elsewhere that speak about the same event: their words share a
 * content lemma with the trigger, or they name the event's place.         */
static void S_sources_elsewhere(S_ctx *c, dp_event *ev)
{
    dp_doc *d = c->d;
    char lem[8][64];
    unsigned lembit[8];   /* their S_lemma_bit */
    int nl = 0;
    for (uint32_t i = ev->trigger.t0; i < ev->trigger.t1 && nl < 8; i++) {
        const dp_token *t = S_tok(c, i);
        if (t->kind != DP_TOK_WORD || S_is_aux(c, i) || !(t->pos & (DP_POS_NC | DP_POS_V | DP_POS_VINF | DP_POS_VPP)))
            continue;
        char b[64];
        const char *l = S_lemma(c, i, b, sizeof b);
        size_t n = strlen(l);
        if (n > sizeof lem[nl] - 1) n = sizeof lem[nl] - 1;   /* as snprintf cuts it */
        memcpy(lem[nl], l, n);
        lem[nl][n] = 0;
        lembit[nl] = S_lemma_bit(lem[nl]);
        nl++;
    }
    if (!nl && ev->place < 0) return;   /* nothing a quote could share */
    size_t si = (size_t)ev->sent, ns = d->sents.n;
    size_t lo = si > S_QUOTE_FAR ? si - S_QUOTE_FAR : 0, hi = si + S_QUOTE_FAR < ns ? si + S_QUOTE_FAR : ns;
    for (size_t q = c->qstart[lo]; q < c->qstart[hi]; q++) {
        const dp_quote *Q = &d->quotes.v[c->qlist[q]];
        if (Q->speaker < 0 || S_has_source(ev, Q->speaker)) continue;   /* nothing to add */
        int hit = 0;
        const uint64_t *qm = S_quote_chars(c, c->qlist[q]);
        int lemmas = 0;   /* some lemma may be one of the quote's */
        for (int k = 0; k < nl; k++) {
            unsigned a = lembit[k];
            if (qm[a >> 6] >> (a & 63) & 1) lemmas = 1;
        }
        int placed = ev->place >= 0 && (qm[4] >> (ev->place & 63) & 1);   /* may name it */
        if (!lemmas && !placed) continue;
        for (uint32_t i = Q->span.t0; i < Q->span.t1 && i < d->toks.n && !hit; i++) {
            if (placed && c->place[i] == ev->place) hit = 1;
            if (!lemmas) continue;
            char b[64];
            const char *l = S_lemma(c, i, b, sizeof b);
            for (int k = 0; k < nl && !hit; k++)
                if (l[0] == lem[k][0] && !strcmp(l, lem[k])) hit = 1;
        }
        if (hit) S_add_source(d, ev, Q->speaker);
    }
}

/* ---- building the record ---------------------------------------------------- */

static const char *S_sector(S_ctx *c, const S_arg *v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i].ent >= 0 && c->d->ents.v[v[i].ent].actor.sector)
            return c->d->ents.v[v[i].ent].actor.sector;
    return NULL;
}

/* "trois suspects identifiés comme étant X, Y et Z", "un homme de 31 ans
 * nommé X": the names that a described party is given right after it
 * (within its sentence), at most MAX into OUT.                            */
static int S_named_as(S_ctx *c, const S_arg *a, S_arg *out, int max)
{
    const dp_doc *d = c->d;
    uint32_t s1 = d->sents.v[d->toks.v[a->sp.t0].sent].t1, j = a->sp.t1;
    if (j > a->sp.t0 + 1 && (S_tok(c, j - 1)->pos & DP_POS_VPP)) j--;   /* "deux suspects identifiés" */
    while (j < s1 && j < a->sp.t1 + 5 && !S_is_verb(S_tok(c, j)) && !S_is_stop(S_tok(c, j)) && c->ment[j] < 0) j++;
    if (j >= s1 || !(S_tok(c, j)->pos & DP_POS_VPP)) return 0;
    char b[64];
    const char *l = S_lemma(c, j, b, sizeof b);
    if (!S_in(l, (const char *const[]){"nommer", "prenommer", "identifier", "baptiser", "surnommer", NULL})) return 0;
    j++;
    if (j < s1 && S_is(c, j, "comme")) j++;
    if (j < s1 && S_is(c, j, "etant")) j++;
    if (j >= s1 || c->ment[j] < 0) return 0;
    S_arg first;
    S_mention_at(c, j, &first);
    if (first.sp.t0 != j || c->d->ents.v[first.ent].type != DP_ENT_PER) return 0;
    out[0] = first;
    return 1 + S_conjuncts(c, j, s1, &first, out + 1, max - 1);
}

/* A named person set off by commas next to the title A ("le chef de la
 * garde, le colonel Jean Dubois, a", "saluée par la ministre de la
 * Culture, Anne Roy", "Paul Kaba, le porte-parole du parti qui"): that
 * name, into OUT, the better argument for the same person.             */
static int S_apposed_name(S_ctx *c, const S_arg *a, S_arg *out)
{
    const dp_doc *d = c->d;
    if (a->sp.t0 >= a->sp.t1 || !S_title_head(c, a)) return 0;
    uint32_t h = (uint32_t)S_bare_head(c, a);   /* the title, not a name ("la ministre de la Pêche": the ministry) */
    if (c->ment[h] >= 0 && !d->ents.v[c->ments[c->ment[h]].ent].nominal) return 0;
    for (uint32_t k = a->sp.t0; k < a->sp.t1; k++)   /* "le président Paul Kaba": named already */
        if (c->ment[k] >= 0 && d->ents.v[c->ments[c->ment[k]].ent].type == DP_ENT_PER &&
            !d->ents.v[c->ments[c->ment[k]].ent].nominal)
            return 0;
    const dp_sentence *s = &d->sents.v[d->toks.v[a->sp.t0].sent];
    S_arg m;
    /* before it: "NAME, le titre" */
    if (a->sp.t0 > s->t0 + 1 && S_is_comma(S_tok(c, a->sp.t0 - 1)) && c->ment[a->sp.t0 - 2] >= 0 &&
        S_mention_at(c, a->sp.t0 - 2, &m) && m.sp.t1 == a->sp.t0 - 1 && d->ents.v[m.ent].type == DP_ENT_PER &&
        !d->ents.v[m.ent].nominal) {
        /* the name opens its sentence: "Après sa rencontre avec Paul Kaba, le
         * ministre" or "Comme Paul Kaba, le maire" name another person */
        uint32_t k = s->t0;
        while (k < m.sp.t0 && S_tok(c, k)->kind != DP_TOK_WORD) k++;
        if (k < m.sp.t0) return 0;
        *out = m;
        return 1;
    }
    /* after it and its complement ("de la garde"): ", [le colonel] NAME" and a comma or the end */
    uint32_t j = a->sp.t1;
    while (j < s->t1 && j < a->sp.t1 + 8 && !S_is_comma(S_tok(c, j))) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_verb(t) || S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "et", "ou", NULL}))
            return 0;
        j++;
    }
    if (j >= s->t1 || !S_is_comma(S_tok(c, j))) return 0;
    uint32_t k = j + 1;
    while (k < s->t1 && k < j + 4 && c->ment[k] < 0 &&
           (S_is_det(c, k) || ((S_tok(c, k)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_verb(S_tok(c, k)))))
        k++;   /* "le colonel" */
    if (k >= s->t1 || c->ment[k] < 0 || !S_mention_at(c, k, &m) || m.sp.t0 < j + 1) return 0;
    if (d->ents.v[m.ent].type != DP_ENT_PER || d->ents.v[m.ent].nominal) return 0;
    if (m.sp.t1 < s->t1 && !S_is_comma(S_tok(c, m.sp.t1)) && !S_is_stop(S_tok(c, m.sp.t1))) return 0;
    if (m.sp.t1 + 1 < s->t1 && S_in(S_tok(c, m.sp.t1 + 1)->norm, (const char *const[]){"et", "ou", NULL}))
        return 0;   /* a list: "le maire, Paul Kaba, et ..." */
    *out = m;
    return 1;
}

/* "la DGSI, appuyée du RAID", "des policiers ... et assistés du Raid":
 * the force that backs the actor A right after it (within its sentence)
 * acts with it.                                                          */
static int S_backed_by(S_ctx *c, const S_arg *a, S_arg *out)
{
    const dp_doc *d = c->d;
    uint32_t s1 = d->sents.v[d->toks.v[a->sp.t0].sent].t1;
    for (uint32_t j = a->sp.t1; j + 2 < s1 && j < a->sp.t1 + 10; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t)) return 0;
        if (!(t->pos & DP_POS_VPP)) {
            if (S_is_clause_verb(c, j)) return 0;
            continue;
        }
        static const char *const stems[] = {"appuy", "assist", "epaul", "accompagn", "renforc", NULL};
        int backs = 0;
        for (const char *const *w = stems; *w && !backs; w++) backs = !strncmp(t->norm, *w, strlen(*w));
        if (!backs) return 0;
        uint32_t k = j + 1;   /* "de", not "par": "appuyées par l'Iran" names a sponsor */
        if (S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", NULL})) k++;
        else if (!S_in(S_tok(c, k)->norm, (const char *const[]){"du", "des", NULL})) return 0;
        else if (S_is(c, k, "du")) k++;
        int ok = c->ment[k] >= 0 ? S_mention_at(c, k, out) : S_is_det(c, k) && S_np_at(c, k, s1, out);
        /* a capitalised word alone, not the first word of a title ("accompagné
         * du Premier ministre": a noun or an adjective follows it) */
        const dp_token *nx = k + 1 < s1 ? S_tok(c, k + 1) : NULL;
        int titled = nx && nx->kind == DP_TOK_WORD && !(nx->flags & DP_TF_CAP) &&
                     (nx->pos & (DP_POS_NC | DP_POS_ADJ));
        if (!ok && k < s1 && !titled && (S_tok(c, k)->flags & DP_TF_CAP) && S_tok(c, k)->kind == DP_TOK_WORD) {
            memset(out, 0, sizeof *out);   /* "assistés du Raid": a name the tagger left alone */
            out->ent = -1;
            out->place = -1;
            out->sp = (dp_tspan){k, k + 1};
            ok = 1;
        }
        return ok && !S_agentless(c, out) && !S_is_plain_place(c, out->ent, out->sp);
    }
    return 0;
}

/* One of the N arguments V is X already: the same entity, or the same
 * words for a party that is none.                                        */
static int S_has_arg(const dp_event_arg *v, size_t n, const S_arg *x)
{
    for (size_t i = 0; i < n; i++)
        if (x->ent >= 0 ? v[i].entity == x->ent
                        : v[i].entity < 0 && v[i].span.t0 == x->sp.t0 && v[i].span.t1 == x->sp.t1)
            return 1;
    return 0;
}

/* A fresh copy of the argument list *V (N items, capacity *CAP), so that a
 * push cannot write into the list of another record a merge made share
 * it.                                                                    */
static void S_own_list(dp_doc *d, dp_event_arg **v, size_t n, size_t *cap)
{
    dp_event_arg *nv = dp_arena_alloc(&d->arena, (n + 1) * sizeof *nv);
    if (n) memcpy(nv, *v, n * sizeof *nv);
    *v = nv;
    *cap = n + 1;
}

static void S_push_args(S_ctx *c, const S_arg *v, int n, int recipients, dp_event *ev)
{
    /* past the merge (the passes that add a target or a site to a
     * record), the list is copied first: a merged record may share it */
    if (c->merged && n > 0) {
        if (recipients) S_own_list(c->d, &ev->recipients.v, ev->recipients.n, &ev->recipients.cap);
        else S_own_list(c->d, &ev->actors.v, ev->actors.n, &ev->actors.cap);
    }
    for (int i = 0; i < n; i++) {
        if (S_elliptic_ordinal(c, &v[i])) continue;   /* "le second", read as a list's member or an object */
        S_arg named[4], apposed;
        int nn = v[i].ent < 0 && v[i].sp.t0 < v[i].sp.t1 ? S_named_as(c, &v[i], named, 4) : 0;
        if (!recipients && nn < 4 && v[i].sp.t0 < v[i].sp.t1 && S_backed_by(c, &v[i], &named[nn])) nn++;
        int ap = S_apposed_name(c, &v[i], &apposed);
        for (int k = -1; k < nn; k++) {
            const S_arg *x = k >= 0 ? &named[k] : ap ? &apposed : &v[i];
            if (S_has_arg(recipients ? ev->recipients.v : ev->actors.v,
                          recipients ? ev->recipients.n : ev->actors.n, x))
                continue;   /* the same party named again (a name given to it, a backer) */
            dp_event_arg *a = recipients ? DP_DPUSH(c->d, ev->recipients) : DP_DPUSH(c->d, ev->actors);
            a->entity = x->ent;
            a->span = x->sp;
            a->actor = x->ent >= 0 ? c->d->ents.v[x->ent].actor : x->actor;
        }
    }
}

/* Adds the items of the comma list LIST to OUT (at most 4), each its own
 * arena string.                                                            */
static void S_add_list(dp_doc *d, const char *list, const char **out, int *n)
{
    if (!list) return;
    for (const char *p = list; *p && *n < 4;) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        int dup = 0;
        for (int i = 0; i < *n; i++)
            if (strlen(out[i]) == l && !memcmp(out[i], p, l)) dup = 1;
        if (!dup && l) out[(*n)++] = dp_arena_strndup(&d->arena, p, l);
        if (!e) break;
        p = e + 1;
    }
}

/* ACLED labels from the entry, refined by the arguments.                  */
static void S_acled(S_ctx *c, const S_ev *v, dp_event *ev)
{
    const char *type = v->e->f[F_ATYPE], *sub = v->e->f[F_ASUB];
    const char *asec = S_sector(c, v->A.actor, v->A.nactor);
    const char *rsec = S_sector(c, v->A.recip, v->A.nrecip);
    if (type && !strcmp(type, "auto")) {
        int armed_target = rsec && S_in(rsec, (const char *const[]){"MIL", "REB", "IMG", NULL});
        type = armed_target ? "Battles" : "Violence against civilians";
        sub = armed_target ? "Armed clash" : "Attack";
    }
    if (sub && (!strcmp(sub, "Government regains territory") ||
                !strcmp(sub, "Non-state actor overtakes territory")) && asec) {
        if (S_in(asec, (const char *const[]){"MIL", "GOV", "POL", NULL}))
            sub = "Government regains territory";
        else if (S_in(asec, (const char *const[]){"REB", "IMG", "UNK", "CVL", NULL}))
            sub = "Non-state actor overtakes territory";
    }
    ev->acled_type = type;
    ev->acled_sub = type ? sub : NULL;
}

/* Cue words of the sentence ("kamikaze", "aérienne", "obus") refine an
 * armed event's mode, CAMEO code and ACLED labels.                         */
/* S_match_at without the copy when it is known: the memo's record, or
 * BUF filled.                                                             */
static const S_match *S_match_ref(S_ctx *c, uint32_t i, uint32_t s1, S_match *buf)
{
    if (c->memo && i < c->d->toks.n && c->memo[i] && c->memo_s1[i] == s1) return c->memo[i];
    S_match_at(c, i, s1, buf);
    return buf;
}

static void S_cues(S_ctx *c, const dp_sentence *s, dp_event *ev)
{
    if (strcmp(ev->event, "ASSAULT")) return;
    uint32_t a = ev->trigger.t0 > s->t0 + S_WINDOW ? ev->trigger.t0 - S_WINDOW : s->t0;
    uint32_t b = ev->trigger.t1 + S_WINDOW < s->t1 ? ev->trigger.t1 + S_WINDOW : s->t1;
    for (uint32_t i = a; i < b; i++) {
        S_match m;
        const S_entry *e = S_pick(S_match_ref(c, i, s->t1, &m), P_CUE);
        if (!e) continue;
        S_add_list(c->d, e->f[0], ev->mode, &ev->nmode);
        if (e->f[1] && ev->cameo && (ev->cameo[0] == '1') && (ev->cameo[1] == '8' || ev->cameo[1] == '9') &&
            strcmp(ev->cameo, "1831"))
            ev->cameo = e->f[1];
        if (e->f[2] && ev->acled_type && strcmp(ev->acled_type, "Strategic developments") &&
            !(ev->acled_sub && !strcmp(ev->acled_sub, "Suicide bomb"))) {
            ev->acled_type = e->f[2];
            ev->acled_sub = e->f[3];
        }
    }
}

/* A calendar date of day or month precision: "2016-08-23", "2016-06".   */
static int S_calendar(const char *v)
{
    if (!v || strlen(v) < 7) return 0;
    for (int i = 0; i < 7; i++)
        if (i == 4 ? v[i] != '-' : (v[i] < '0' || v[i] > '9')) return 0;
    return v[7] == 0 || (v[7] == '-' && v[8] >= '0' && v[8] <= '9' && v[9] >= '0' && v[9] <= '9');
}

/* A week "2018-W11" ("la semaine dernière"): writes the month of its
 * Thursday, "2018-03", to OUT (8 bytes) when OUT is given; 0 for no week. */
static int S_week_month(const char *v, char *out)
{
    if (!v || strlen(v) != 8 || v[4] != '-' || v[5] != 'W') return 0;
    for (int i = 0; i < 8; i++)
        if (i != 4 && i != 5 && (v[i] < '0' || v[i] > '9')) return 0;
    int y = atoi(v), w = atoi(v + 6);
    if (w < 1 || w > 53) return 0;
    if (!out) return 1;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    /* weekday of 4 January (0 = Monday, Sakamoto's method) */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int yy = y - 1;   /* January: the year before in the method */
    int dow = (yy + yy / 4 - yy / 100 + yy / 400 + t[0] + 4) % 7;   /* 0 = Sunday */
    dow = (dow + 6) % 7;
    int day = 4 - dow + 3 + 7 * (w - 1);   /* Thursday of week W, day of the year from 1 */
    int m = 0;
    while (m < 12 && day > mdays[m] + (m == 1 && leap)) day -= mdays[m] + (m == 1 && leap), m++;
    if (day < 1) { y--; m = 11; }
    if (m >= 12) { y++; m = 0; }
    snprintf(out, 8, "%04d-%02d", y, m + 1);
    return 1;
}

/* The time T dates the report, not the event: it stands right by a quote's
 * reporting verb ("a indiqué l'OMS jeudi", "a précisé vendredi").             */
static int S_reporting_time(S_ctx *c, const dp_sentence *s, const dp_time *T)
{
    const dp_doc *d = c->d;
    size_t si = (size_t)d->toks.v[s->t0].sent;
    /* "le maire a annoncé depuis jeudi le renfort de 40 gendarmes": a
     * starting point, the time of what was announced                    */
    if (T->span.t0 > s->t0 && S_is(c, T->span.t0 - 1, "depuis")) return 0;
    for (size_t k = c->qstart[si]; k < c->qstart[si + 1]; k++) {
        const dp_quote *Q = &d->quotes.v[c->qlist[k]];
        if (Q->cue.t0 >= Q->cue.t1) continue;
        /* "le mandat d'arrêt lancé le 2 novembre": a participle qualifying
         * a noun dates that noun, it reports nothing */
        uint32_t q0 = Q->cue.t0;
        if (q0 > s->t0 && (S_tok(c, q0)->pos & DP_POS_VPP) && !S_is_aux(c, q0 - 1) &&
            (S_tok(c, q0 - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !(S_tok(c, q0 - 1)->pos & DP_POS_V))
            continue;
        if (T->span.t0 >= Q->cue.t1 && T->span.t0 <= Q->cue.t1 + 4) {
            int que = 0;   /* "a assuré que, ce vendredi, ...": the event's */
            for (uint32_t j = Q->cue.t1; j < T->span.t0; j++)
                if (S_is(c, j, "que") || S_is(c, j, "qu'")) que = 1;
            if (!que) return 1;
        }
        if (T->span.t1 <= Q->cue.t0 && T->span.t1 + 2 >= Q->cue.t0) return 1;
    }
    return 0;
}

/* EV's trigger is itself a quote's reporting verb ("La ministre a appelé
 * ce lundi les maires à porter plainte", "a accusé jeudi X de ..."): the
 * time by that verb dates the report, which is EV.                      */
static int S_trigger_is_cue(S_ctx *c, const dp_sentence *s, const dp_event *ev)
{
    const dp_doc *d = c->d;
    size_t si = (size_t)d->toks.v[s->t0].sent;
    for (size_t k = c->qstart[si]; k < c->qstart[si + 1]; k++) {
        const dp_quote *Q = &d->quotes.v[c->qlist[k]];
        if (Q->cue.t0 < Q->cue.t1 && ev->trigger.t0 < Q->cue.t1 && Q->cue.t0 < ev->trigger.t1) return 1;
    }
    return 0;
}

static int S_past_of_past(S_ctx *c, const dp_event *e);

/* An opening or closing quotation mark. */
static int S_quote_mark(const dp_token *t)
{
    const char *n = t->norm ? t->norm : "";
    return t->kind != DP_TOK_WORD && (n[0] == '"' || !strcmp(n, "\xc2\xab") || !strcmp(n, "\xc2\xbb") ||
                                      !strcmp(n, "\xe2\x80\x9c") || !strcmp(n, "\xe2\x80\x9d"));
}

/* EV, a past of the past ("avait proposé"), is told in the words a
 * reporting verb reports ("X assure que son parti avait proposé")
 * and the time T is outside those words ("ce lundi soir, X assure"):
 * T dates the report; what was reported happened before it.             */
static int S_reported_before(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    const dp_doc *d = c->d;
    size_t si = (size_t)d->toks.v[s->t0].sent;
    for (size_t k = c->qstart[si]; k < c->qstart[si + 1]; k++) {
        const dp_quote *Q = &d->quotes.v[c->qlist[k]];
        if (Q->cue.t0 >= Q->cue.t1 || ev->trigger.t0 < Q->span.t0 || ev->trigger.t1 > Q->span.t1) continue;
        if (T->span.t1 <= Q->span.t0 || T->span.t0 >= Q->span.t1) return S_past_of_past(c, ev);
    }
    return 0;
}

/* The time T is told inside an infinitive clause ("Après avoir été
 * suspendue en décembre, les juges ont confirmé ... ce vendredi", "avant
 * d'être libéré le 6 février") that EV's trigger is not in: that clause's
 * own time, not EV's.                                                      */
static int S_adjunct_time(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    uint32_t a = T->span.t0;
    while (a > s->t0 && !S_is_comma(S_tok(c, a - 1)) && !S_is_stop(S_tok(c, a - 1)) && T->span.t0 - a < 25) a--;
    if (a == T->span.t0 && a > s->t0 + 1 && S_is_comma(S_tok(c, a - 1))) {   /* ", le 6 février 2010": the clause before */
        a--;
        while (a > s->t0 && !S_is_comma(S_tok(c, a - 1)) && !S_is_stop(S_tok(c, a - 1)) && T->span.t0 - a < 25) a--;
    }
    uint32_t k = a + 1;
    /* "en plus d'organiser ...", "au lieu de signer ...", "outre" + infinitive */
    if (a + 2 < s->t1 && ((S_is(c, a, "en") && S_is(c, a + 1, "plus")) || (S_is(c, a, "au") && S_is(c, a + 1, "lieu"))))
        k = a + 2;
    else if (!S_in(S_tok(c, a)->norm, (const char *const[]){"apres", "avant", "sans", "outre", NULL}) || a + 1 >= s->t1)
        return 0;
    if (k > a + 1 && !S_is(c, k, "de") && !S_is(c, k, "d'")) return 0;
    int que = (S_is(c, k, "que") || S_is(c, k, "qu'")) && !S_is(c, a, "sans");   /* "après que la police a bouclé" */
    if (S_is(c, k, "de") || S_is(c, k, "d'")) k++;
    if (!que && (k >= s->t1 || !(S_tok(c, k)->pos & DP_POS_VINF))) return 0;
    uint32_t b = T->span.t1;   /* the clause ends at the next comma */
    while (b < s->t1 && !S_is_comma(S_tok(c, b)) && !S_is_stop(S_tok(c, b))) b++;
    return ev->trigger.t1 <= a || ev->trigger.t0 >= b;
}

/* EV's trigger is told in a clause opened by "après que" / "avant que"
 * ("a été arrêté hier soir, après qu'un juge a émis un mandat d'arrêt"): that
 * clause's tokens [*A, *B); 0 when it is not.                             */
static int S_before_after_span(S_ctx *c, const dp_sentence *s, const dp_event *ev, uint32_t *A, uint32_t *B)
{
    uint32_t a = ev->trigger.t0;
    while (a > s->t0 && !S_is_stop(S_tok(c, a - 1)) && ev->trigger.t0 - a < 20 &&
           !(S_in(S_tok(c, a - 1)->norm, (const char *const[]){"apres", "avant", NULL}) &&
             (S_is(c, a, "que") || S_is(c, a, "qu'"))))
        a--;
    if (a == s->t0 || S_is_stop(S_tok(c, a - 1)) || ev->trigger.t0 - a >= 20) return 0;
    a--;
    for (uint32_t j = a; j < ev->trigger.t0; j++)
        if (S_is_comma(S_tok(c, j))) return 0;   /* "après que X, Y a fait": Y's own clause */
    uint32_t b = ev->trigger.t1;   /* the clause ends at the next comma */
    while (b < s->t1 && !S_is_comma(S_tok(c, b)) && !S_is_stop(S_tok(c, b))) b++;
    *A = a;
    *B = b;
    return 1;
}

/* EV's trigger is told in a clause opened by "après que" / "avant que"
 * ("a été arrêté hier soir, après qu'un juge a émis un mandat d'arrêt"): an
 * earlier or later event than the main clause's, so the time T outside
 * that clause is not its own.                                             */
static int S_before_after_clause(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    uint32_t a, b;
    return S_before_after_span(c, s, ev, &a, &b) && (T->span.t1 <= a || T->span.t0 >= b);
}

/* The relative "où" (its accent tells it from "ou", or).               */
static int S_where(const dp_token *t)
{
    return t->lower && !strcmp(t->lower, "o\xc3\xb9");
}

/* The relative pronoun at K opens right after EV's trigger, a noun, past
 * its adjectives ("l'attaque meurtrière qui ...").                       */
static int S_own_relative(S_ctx *c, const dp_event *ev, uint32_t k)
{
    if (!ev->why || strncmp(ev->why, "noun:", 5)) return 0;
    uint32_t j = ev->trigger.t1;
    while (j < k && (S_tok(c, j)->pos & DP_POS_ADJ) && !(S_tok(c, j)->pos & DP_POS_V)) j++;
    return j == k;
}

static int S_frame_role(S_ctx *c, const char *w, const char *role);

/* The subject relative opened by "qui" at K, up to END, tells when the
 * event was told or set, not when it takes place ("la marche qui a été
 * annoncée mercredi", "le congrès qui était fixé au 3 mai"): its first
 * verb past the auxiliaries is one of telling (quote_verbs.tsv) or one of
 * scheduling (event_frames.tsv, role "schedules").                      */
static int S_told_relative(S_ctx *c, uint32_t k, uint32_t end)
{
    for (uint32_t j = k + 1; j < end; j++) {
        if (!S_is_verb(S_tok(c, j)) || S_is_aux(c, j)) continue;
        char b[64];
        const char *lem = S_lemma(c, j, b, sizeof b), *v;
        return S_frame_role(c, lem, "schedules") ||
               (c->d->model && lem[0] && dp_dict_find(c->d->model, "quote_verbs", lem, strlen(lem), &v, 1));
    }
    return 0;
}

/* The time T after EV's trigger belongs to something else: a relative
 * clause opened after the trigger ("la base qu'elle avait perdue en août
 * 2014"), or a noun it completes with "de" ("la déclaration d'indépendance
 * du 10 octobre"; not the trigger's own: "l'attentat du 13 novembre").    */
static int S_other_noun_time(S_ctx *c, const dp_time *T, const dp_event *ev)
{
    uint32_t t0 = T->span.t0;
    if (t0 < ev->trigger.t1) return 0;
    for (uint32_t k = ev->trigger.t1; k < t0; k++) {
        if ((!S_in(S_tok(c, k)->norm, S_relpron) && !S_where(S_tok(c, k))) || k == 0)
            continue;
        /* "alors même qu'il était en poste": a conjunction, no relative */
        if (k >= 2 && S_is(c, k - 1, "meme") && S_in(S_tok(c, k - 2)->norm, (const char *const[]){"alors", "lors", NULL}))
            continue;
        /* "l'éboulement qui a coupé la route mardi soir": a subject
         * relative right on an event noun dates the act itself (a date, not
         * how long a state lasts: "qui dure depuis des mois"; not the day
         * it was told or set: "qui a été votée jeudi")                    */
        if (S_is(c, k, "qui") && T->type != DP_TIME_DURATION && S_own_relative(c, ev, k) &&
            !S_told_relative(c, k, t0))
            continue;
        if (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_NP | DP_POS_ADJ) || c->ment[k - 1] >= 0) return 1;
        /* "l'annulation de la visite de X à Y, qui était prévue pour le 4
         * mars": after a comma, the clause tells of the other event noun
         * told between (not of the trigger's own noun phrase)            */
        if (!S_is_comma(S_tok(c, k - 1))) continue;
        const dp_sentence *s = &c->d->sents.v[S_tok(c, k)->sent];
        for (uint32_t j = ev->trigger.t1; j + 1 < k; j++) {
            S_match m;
            S_match_at(c, j, s->t1, &m);
            if (S_pick(&m, P_NOUN)) return 1;
        }
    }
    /* "requis contre eux pour leur participation à une fusillade en mars
     * 2016", "jugé pour l'attentat de juillet": the time of the deed the
     * "pour" complement charges, not of the trial                        */
    const dp_sentence *ps = &c->d->sents.v[S_tok(c, t0)->sent];
    for (uint32_t k = ev->trigger.t1; k + 1 < t0; k++) {
        if (!S_is(c, k, "pour") || (S_tok(c, k + 1)->pos & DP_POS_VINF)) continue;
        for (uint32_t j = k + 1; j < t0; j++) {
            const dp_token *t = S_tok(c, j);
            if (S_is_verb(t) && !(t->pos & (DP_POS_VPP | DP_POS_VINF | DP_POS_NC | DP_POS_PREP | DP_POS_DET))) break;
            S_match m;
            S_match_at(c, j, ps->t1, &m);
            if (S_pick(&m, P_NOUN)) return 1;
        }
        break;
    }
    /* "des rassemblements suite à l'arrestation de X dimanche dernier", "après
     * la mort de X jeudi": the time of the cause told after the trigger   */
    for (uint32_t k = ev->trigger.t1; k + 1 < t0; k++)
        if ((S_is(c, k, "suite") && (S_is(c, k + 1, "a") || S_is(c, k + 1, "au") || S_is(c, k + 1, "aux") ||
                                     S_is(c, k + 1, "de") || S_is(c, k + 1, "du"))) ||
            (S_is(c, k, "apres") && (S_tok(c, k + 1)->pos & DP_POS_DET)))
            return 1;
    uint32_t de = S_in(S_tok(c, t0)->norm, (const char *const[]){"du", "de", "d'", NULL}) ? t0
                  : t0 > 0 && S_in(S_tok(c, t0 - 1)->norm, (const char *const[]){"du", "de", "d'", NULL}) ? t0 - 1
                                                                                                          : UINT32_MAX;
    if (de == UINT32_MAX || de <= ev->trigger.t1 ||
        !(S_tok(c, de - 1)->pos & (DP_POS_NC | DP_POS_NP | DP_POS_ADJ) || c->ment[de - 1] >= 0))
        return 0;
    /* "l'attentat meurtrier de mardi": the trigger's own, past its adjectives */
    uint32_t n = de - 1;
    while (n >= ev->trigger.t1 && (S_tok(c, n)->pos & DP_POS_ADJ)) n--;
    if (n < ev->trigger.t1) return 0;
    /* "pour la semaine du 12 au 18 mai", "dans la nuit du 3 au 4", "aux
     * alentours de 14 heures": a time noun, the event's own time */
    return !c->in_time[de - 1] &&
           !S_in(S_tok(c, de - 1)->norm, (const char *const[]){"periode", "nuit", "nuits", "journee", "journees", "jour", "jours",
                                                               "matinee", "soiree", "semaine", "semaines", "mois", "week-end",
                                                               "annee", "date", "lendemain", "veille", "fin", "debut", "mi",
                                                               "courant", "apres-midi", "matin", "soir", "alentours", NULL});
}

/* The time T after EV's trigger belongs to another clause told between
 * them: a participle qualifying another noun ("le remplacement de X,
 * médiateur nommé par l'UA il y a deux semaines"), or a clause coordinated
 * with its own subject ("l'accusation avait réclamé 18 mois et la cour
 * avait prononcé en juin 2012 une peine"; after a noun trigger, only
 * once its own verb is told).                                             */
static int S_other_clause_time(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    uint32_t t0 = T->span.t0;
    if (t0 <= ev->trigger.t1) return 0;
    /* a noun trigger's "et" is inside its noun phrase ("l'assaut contre
     * la mairie et la caserne a eu lieu jeudi") until its own finite verb;
     * "entre X et Y" joins two parties, never two clauses                 */
    int et = 0, subj = 0, fin = 0, entre = 0;
    for (uint32_t k = ev->trigger.t0; k < ev->trigger.t1; k++)
        if (S_is_verb(S_tok(c, k)) && !(S_tok(c, k)->pos & DP_POS_NC)) fin = 1;
    for (uint32_t k = ev->trigger.t1; k < t0 && k < s->t1; k++) {
        const dp_token *t = S_tok(c, k);
        if (!et && S_is_verb(t) && !(t->pos & (DP_POS_VPP | DP_POS_VINF | DP_POS_NC | DP_POS_PREP | DP_POS_DET)))
            fin = 1, entre = 0;
        if (S_is(c, k, "entre")) entre = 1;
        if (S_is(c, k, "et") && entre) { entre = 0; continue; }
        if ((S_is(c, k, "et") || S_is(c, k, "mais")) && fin) { et = 1; subj = 0; continue; }
        if (S_is_comma(t) || S_in(t->norm, S_relpron)) et = 0;
        if (et && (t->pos & (DP_POS_NC | DP_POS_NP | DP_POS_PRO)) && !(t->pos & DP_POS_V)) subj = 1;
        if (et && subj && S_is_verb(t) && !(t->pos & (DP_POS_VPP | DP_POS_VINF | DP_POS_NC))) return 1;
        if ((t->pos & DP_POS_VPP) && k > ev->trigger.t1 + 1 && !S_is_aux(c, k - 1) &&
            (S_tok(c, k - 1)->pos & DP_POS_NC) && !(S_tok(c, k - 1)->pos & DP_POS_V) && S_is_comma(S_tok(c, k - 2)))
            return 1;
    }
    return 0;
}

/* The clause of the time T set off by commas (or the sentence's start)
 * before EV's trigger, [*A, *B), and whether it has a verb of its own; 0
 * when the trigger is in it.                                              */
static int S_clause_before(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev, uint32_t *A, uint32_t *B,
                           int *verb)
{
    uint32_t a = T->span.t0, b = T->span.t1;
    if (b > ev->trigger.t0) return 0;
    while (a > s->t0 && !S_is_comma(S_tok(c, a - 1)) && !S_is_stop(S_tok(c, a - 1))) a--;
    while (b < s->t1 && !S_is_comma(S_tok(c, b)) && !S_is_stop(S_tok(c, b))) b++;
    if (b >= ev->trigger.t0 || !S_is_comma(S_tok(c, b))) return 0;
    *verb = 0;
    for (uint32_t j = a; j < b; j++)
        if (S_is_verb(S_tok(c, j)) && !(S_tok(c, j)->pos & DP_POS_NC) && !c->in_time[j]) *verb = 1;
    *A = a;
    *B = b;
    return 1;
}

/* "c'était X qui", "ce sont eux qui": a cleft just before the pronoun at
 * K, whose relative clause is the sentence's own predicate.               */
static int S_cleft(S_ctx *c, const dp_sentence *s, uint32_t k)
{
    for (uint32_t j = k > s->t0 + 6 ? k - 6 : s->t0; j + 1 < k; j++)
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"c'", "ce", NULL}) &&
            S_in(S_tok(c, j + 1)->norm, (const char *const[]){"est", "etait", "sont", "etaient", "fut", "serait", NULL}))
            return 1;
    return 0;
}

/* The time T is told in a clause of its own before EV's trigger: a
 * relative clause between commas ("Le maire, qui avait été agressé le 2
 * mars, a porté plainte": the assault's day, not the complaint's), or,
 * for EV told as a past of the past, a participle's apposition ("Le
 * suspect, interpellé jeudi, avait déjà été condamné": the story's day,
 * earlier than what the pluperfect tells).  Each clause tells its own
 * event's time (the same test after the trigger: S_other_noun_time).     */
static int S_clause_time_before(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    uint32_t a, b;
    int verb;
    /* "ont interpellé mercredi deux hommes qui avaient attaqué une banque":
     * a pluperfect relative clause after T tells an earlier act */
    if (T->span.t1 <= ev->trigger.t0 && S_past_of_past(c, ev))
        for (uint32_t k = T->span.t1 + 1; k < ev->trigger.t0; k++)
            if (S_in(S_tok(c, k)->norm, S_relpron) &&
                (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_NP | DP_POS_ADJ) || c->ment[k - 1] >= 0)) {
                /* the trigger is the relative's own verb: no other verb
                 * between ("un homme que la police recherchait avait
                 * attaqué": the main verb, dated by T) */
                for (uint32_t j = k + 1; j < ev->trigger.t0; j++) {
                    if (!S_is_verb(S_tok(c, j)) || (S_tok(c, j)->pos & DP_POS_NC)) continue;
                    uint32_t m = j + 1;   /* the trigger's auxiliary: "avaient (déjà) attaqué" */
                    while (m < ev->trigger.t0 && (S_tok(c, m)->pos & DP_POS_ADV)) m++;
                    if (!S_is_aux(c, j) || m < ev->trigger.t0) return 0;
                }
                return !S_cleft(c, s, k);
            }
    if (!S_clause_before(c, s, T, ev, &a, &b, &verb)) return 0;
    /* "Avant l'assaut de jeudi, les habitants avaient été évacués": the
     * time of the noun the main act came before ("après le match de
     * dimanche, ..." is most often that day's sequel: kept)               */
    for (uint32_t j = a; j + 1 < T->span.t0; j++)
        if (S_is(c, j, "avant") && (S_tok(c, j + 1)->pos & DP_POS_DET) &&
            !S_is_verb(S_tok(c, j + 1)))
            return 1;
    /* "Bien que le texte ait été adopté mardi", "même si ...", "depuis
     * que ...": a concession or a starting point, another act's time */
    if (a + 1 < b && ((S_is(c, a, "bien") && (S_is(c, a + 1, "que") || S_is(c, a + 1, "qu'"))) ||
                      (S_is(c, a, "meme") && S_is(c, a + 1, "si")) ||
                      (S_is(c, a, "depuis") && (S_is(c, a + 1, "que") || S_is(c, a + 1, "qu'")))))
        return 1;
    if (!verb) return 0;
    if (a > s->t0 && S_is_comma(S_tok(c, a - 1)) &&
        (S_in(S_tok(c, a)->norm, (const char *const[]){"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels",
                                                       "lesquelles", NULL}) || S_where(S_tok(c, a))))
        return 1;
    /* "arrêté jeudi": a participle opening the clause, no finite verb */
    if (!(S_tok(c, a)->pos & DP_POS_VPP) || !S_past_of_past(c, ev)) return 0;
    for (uint32_t j = a; j < b; j++)
        if (S_is_verb(S_tok(c, j)) && !(S_tok(c, j)->pos & (DP_POS_VPP | DP_POS_VINF | DP_POS_NC))) return 0;
    return 1;
}

/* EV's trigger is told in a past infinitive after "après" ("libéré mardi
 * après avoir été entendu", "après s'être enfui"): an earlier act than
 * the main verb's; the token of "après", else UINT32_MAX.                */
static uint32_t S_after_past_infinitive(S_ctx *c, const dp_sentence *s, const dp_event *ev)
{
    uint32_t g = ev->trigger.t0;
    int past = 0;
    while (g > s->t0 && S_in(S_tok(c, g - 1)->norm, (const char *const[]){"avoir", "etre", "ete", "se", "s'", NULL})) {
        if (S_in(S_tok(c, g - 1)->norm, (const char *const[]){"avoir", "etre", NULL})) past = 1;
        g--;
    }
    if (S_in(S_tok(c, g)->norm, (const char *const[]){"avoir", "etre", NULL})) past = 1;   /* "avoir été": the trigger's */
    return past && g > s->t0 && S_is(c, g - 1, "apres") ? g - 1 : UINT32_MAX;
}

/* EV's trigger is a noun in a "pour" complement giving the charge of a
 * verb of arrest, trial or sentence told before it ("jugé mardi pour
 * l'incendie d'une école", "interpellé lundi pour des violences") and the
 * time T is told before "pour": the time of the arrest or the trial, not
 * of the deed charged ("pour une réunion", after another verb, is the
 * purpose of the act, on its day).                                         */
static int S_charged_before(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    const dp_token *t = S_tok(c, ev->trigger.t0);
    if (!(t->pos & DP_POS_NC) || S_is_verb(t) || T->span.t1 > ev->trigger.t0) return 0;
    uint32_t j = ev->trigger.t0;
    while (j > s->t0 && ev->trigger.t0 - j < 3 && (S_tok(c, j - 1)->pos & (DP_POS_DET | DP_POS_ADJ)) && !S_is_verb(S_tok(c, j - 1)))
        j--;
    if (j <= T->span.t1 || !S_is(c, j - 1, "pour")) return 0;
    for (uint32_t k = j - 1; k-- > s->t0;)
        if (S_lemma_among(c, k, (const char *const[]){"condamner", "juger", "inculper", "poursuivre", "arreter", "interpeller",
                                                        "ecrouer", "accuser", "rechercher", "incarcerer", "sanctionner", NULL}))
            return 1;
    return 0;
}

/* V is a bare event noun, no determiner, naming the charge of an arrest,
 * a trial or an accusation: after "pour" with a judicial word before it
 * in the sentence ("inculpé pour meurtre", "trois chefs d'accusation pour
 * viol", "écroué pour tentative d'assassinat"), or after "accusé de",
 * "coupable de", "soupçonné de" ("accusé d'espionnage").  The charge's
 * legal name is no act of its own; "pour le meurtre de sa voisine", with a
 * determiner, may tell one, and so does a charge with a target of its own
 * ("pour violences sur des surveillants", "pour jets de pierres contre les
 * pompiers": "sur", "contre" or "envers" within three tokens, before a
 * comma or a stop), the act described (GUIDELINE §2).                    */
static int S_charge_named(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (!v->noun) return 0;
    for (uint32_t k = v->trig1; k < s->t1 && k < v->trig1 + 3; k++) {
        const dp_token *t = S_tok(c, k);
        if (S_is_stop(t) || S_is_comma(t)) break;
        if (S_in(t->norm, (const char *const[]){"sur", "contre", "envers", NULL})) return 0;
    }
    uint32_t j = v->trig0;
    /* "tentative de", "complicité de", "apologie de" before the noun */
    if (j >= s->t0 + 2 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "d'", NULL}) &&
        S_in(S_tok(c, j - 2)->norm, (const char *const[]){"tentative", "tentatives", "complicite", "apologie", NULL}))
        j -= 2;
    if (j <= s->t0 + 1) return 0;
    const char *p = S_tok(c, j - 1)->norm;
    if (S_in(p, (const char *const[]){"de", "d'", NULL}))
        return S_in(S_tok(c, j - 2)->norm, (const char *const[]){"accuse", "accusee", "accuses", "accusees", "coupable", "coupables",
                                                                  "soupconne", "soupconnee", "soupconnes", "soupconnees",
                                                                  "inculpe", "inculpee", "inculpes", "inculpees", NULL});
    if (strcmp(p, "pour")) return 0;
    for (uint32_t k = j - 1; k-- > s->t0;)
        if (S_lemma_among(c, k, (const char *const[]){"condamner", "juger", "inculper", "poursuivre", "arreter", "interpeller",
                                                        "ecrouer", "accuser", "rechercher", "incarcerer", "encourir", "examen",
                                                        "accusation", "inculpation", "condamnation", "proces", "mandat", NULL}))
            return 1;
    return 0;
}

/* The time T ends a range whose start is a time of its own ("du 12 au 18
 * mai", "les 8 et 9 juin 2019", "entre le 3 et le 5 mai"): an event
 * over the range is dated by its start.                                   */
static int S_range_end(S_ctx *c, const dp_sentence *s, const dp_time *T)
{
    uint32_t k = T->span.t0;
    /* "suspendu jusqu'à jeudi", "prolongé jusqu'au 10 mars": an end, not
     * the day of the act */
    for (uint32_t j = k; j > s->t0 && k - j < 3; j--)
        if (S_in(S_tok(c, j - 1)->norm, (const char *const[]){"jusqu'", "jusque", "jusqu", NULL})) return 1;
        else if (!S_in(S_tok(c, j - 1)->norm, (const char *const[]){"a", "au", "aux", "en", "'", NULL})) break;
    /* "les 4, 5 et 6 octobre": a day after the first of a list */
    if (k >= s->t0 + 2 && S_is_comma(S_tok(c, k - 1)) && S_tok(c, k - 2)->kind == DP_TOK_NUM &&
        S_tok(c, k)->kind == DP_TOK_NUM)
        return 1;
    if (k < s->t0 + 2 || !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"au", "et", "-", NULL})) return 0;
    for (uint32_t j = k - 1; j-- > s->t0 && k - j <= 8;) {
        if (c->time_at[j] < 0 || c->d->times.v[c->time_at[j]].span.t1 != k - 1) continue;
        /* "et" joins a range only after a bare day ("les 8 et 9 juin"),
         * not two dates ("le 2 février et le 19 avril") */
        if (S_is(c, k - 1, "et") && S_tok(c, j)->kind != DP_TOK_NUM) return 0;
        return S_calendar(c->d->times.v[c->time_at[j]].value);
    }
    return 0;
}

/* "Des heurts les ont alors opposés", "les pompiers sont alors intervenus":
 * "alors" inside EV's verb group is "then", at the time just told (not
 * "alors que", a contrast).                                               */
static int S_then(S_ctx *c, const dp_sentence *s, const dp_event *ev)
{
    uint32_t a = ev->trigger.t0 > s->t0 + 1 ? ev->trigger.t0 - 1 : s->t0;
    for (uint32_t j = a; j < ev->trigger.t1 + 3 && j + 1 < s->t1; j++)
        if (S_is(c, j, "alors") && !S_is(c, j + 1, "que") && !S_is(c, j + 1, "qu'") && j > s->t0 &&
            (S_is_aux(c, j - 1) || S_is_verb(S_tok(c, j - 1))))
            return 1;
    return 0;
}

#define S_SIMULTANEOUS_BACK 2   /* sentences back "Parallèlement" takes its day from */

/* Sentence S opens on an adverb of simultaneity ("Parallèlement", "Au
 * même moment", "Dans le même temps", "Simultanément").                  */
static int S_simultaneous(S_ctx *c, const dp_sentence *s)
{
    static const char *const w[] = {"parallelement", "simultanement", NULL};
    uint32_t i = s->t0;
    if (i < s->t1 && S_in(S_tok(c, i)->norm, w)) return 1;
    if (i + 2 < s->t1 && S_is(c, i + 1, "meme") &&
        ((S_is(c, i, "au") && S_is(c, i + 2, "moment")) || (S_is(c, i, "en") && S_is(c, i + 2, "temps"))))
        return 1;
    return i + 3 < s->t1 && S_is(c, i, "dans") && S_is(c, i + 1, "le") && S_is(c, i + 2, "meme") &&
           S_is(c, i + 3, "temps");
}

/* Sentence S holds a time expression. */
static int S_any_time(S_ctx *c, const dp_sentence *s)
{
    for (uint32_t j = s->t0; j < s->t1; j++)
        if (c->time_at[j] >= 0) return 1;
    return 0;
}

/* The last time of day precision told before token T0 (the narrative's
 * reference time), or NULL.                                               */
static const dp_time *S_last_day(S_ctx *c, uint32_t t0)
{
    const dp_doc *d = c->d;
    for (size_t k = d->times.n; k-- > 0;) {
        const dp_time *T = &d->times.v[k];
        if (T->span.t1 > t0 || !T->resolved || !T->value) continue;
        if ((T->type == DP_TIME_DATE || T->type == DP_TIME_TIME) && strlen(T->value) >= 10 &&
            S_calendar(T->value) && T->value[7] == '-')
            return T;
    }
    return NULL;
}

/* The last time told before token T0 (not a birth date, not the day of
 * a report), if it names a day: "alors" refers to it (a month or a year
 * told last leaves no day to take).                                       */
static const dp_time *S_last_time(S_ctx *c, uint32_t t0)
{
    const dp_doc *d = c->d;
    for (size_t k = d->times.n; k-- > 0;) {
        const dp_time *T = &d->times.v[k];
        if (T->span.t1 > t0 || !T->resolved || !T->value || (T->type != DP_TIME_DATE && T->type != DP_TIME_TIME))
            continue;
        const char *v = T->value;    /* a year, month, week or day; not "PRESENT_REF" */
        if (strlen(v) < 4 || v[0] < '0' || v[0] > '9' || v[3] < '0' || v[3] > '9') continue;
        /* not a birth ("Né le 4 juin 1990"), nor the day of a report ("a
         * indiqué mercredi le maire") */
        uint32_t b = T->span.t0;
        if (b > 0 && S_is(c, b - 1, "le")) b--;
        if (b > 0 && S_in(S_tok(c, b - 1)->norm, (const char *const[]){"ne", "nee", "nes", "nees", NULL})) continue;
        int32_t ts = S_tok(c, T->span.t0)->sent;
        if (ts >= 0 && (size_t)ts < d->sents.n && S_reporting_time(c, &d->sents.v[ts], T)) continue;
        if (d->published && strlen(v) >= 10 && strncmp(v, d->published, 10) > 0) continue;   /* still to come */
        return S_calendar(v) && strlen(v) >= 10 && v[7] == '-' ? T : NULL;
    }
    return NULL;
}

/* Days from 1970-01-01 of the civil date Y-M-D, and back (H. Hinnant's
 * algorithms).                                                            */
static long S_days_from_civil(long y, long m, long dd)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* The day D ("YYYY-MM-DD", nothing after it) as days from 1970-01-01 in
 * *DAYS; 0 when D is no such day.                                        */
static int S_iso_day(const char *d, long *days)
{
    if (!d || strlen(d) != 10 || d[4] != '-' || d[7] != '-') return 0;
    *days = S_days_from_civil(atol(d), atol(d + 5), atol(d + 8));
    return 1;
}

static void S_civil_from_days(long z, long *y, long *m, long *dd)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *dd = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* The duration T told after "depuis" ("depuis trois jours", "depuis plus
 * de dix jours", "depuis deux semaines"): what has gone on since then
 * started on the day the count leads back to from the publication date,
 * today counted as a day of it ("depuis trois jours": the day before
 * yesterday); a count of weeks or months, or one said roughly ("plus de",
 * "près de", "environ"), gives only the month.  Writes OUT (64 bytes);
 * 0 when T is no such count.                                              */
static int S_since_start(S_ctx *c, const dp_sentence *s, const dp_time *T, char *out)
{
    const char *v = T->value, *pub = c->d->published;
    if (T->type != DP_TIME_DURATION || !v || v[0] != 'P' || !pub || strlen(pub) < 10 || T->span.t0 <= s->t0 ||
        !S_is(c, T->span.t0 - 1, "depuis"))
        return 0;
    char *e;
    long n = strtol(v + 1, &e, 10);
    if (e == v + 1 || n <= 0 || n > 400 || e[1] || (*e != 'D' && *e != 'W' && *e != 'M')) return 0;
    int rough = S_in(S_tok(c, T->span.t0)->norm, (const char *const[]){"plus", "pres", "environ", "presque", "quelque", NULL});
    long y = atol(pub), m = atol(pub + 5), dd = atol(pub + 8);
    if (*e == 'M') {
        long k = y * 12 + (m - 1) - n;
        snprintf(out, 64, "%04ld-%02ld", k / 12, k % 12 + 1);
        return 1;
    }
    long days = *e == 'W' ? 7 * n : rough ? n : n - 1;
    S_civil_from_days(S_days_from_civil(y, m, dd) - days, &y, &m, &dd);
    if (*e == 'W' || rough) snprintf(out, 64, "%04ld-%02ld", y, m);
    else snprintf(out, 64, "%04ld-%02ld-%02ld", y, m, dd);
    return 1;
}

/* A year alone: "2004" ("en 2004", "jusqu'en 2011").                     */
static int S_year_only(const char *v)
{
    if (!v || strlen(v) != 4) return 0;
    for (int i = 0; i < 4; i++)
        if (v[i] < '0' || v[i] > '9') return 0;
    return 1;
}

/* A year given as the time of something: "en 2004" (not "jusqu'en
 * 2011"), "cette année", "l'année dernière"; not a year that names
 * ("la loi de finances 2019", "le budget pour 2019", "depuis 2015").     */
static int S_year_told(S_ctx *c, const dp_time *T)
{
    uint32_t t0 = T->span.t0;
    for (uint32_t j = t0; j < T->span.t1; j++)
        if (S_is(c, j, "annee")) return 1;
    return t0 > 1 && S_is(c, t0 - 1, "en") && !S_is(c, t0 - 2, "jusqu'") && !S_is(c, t0 - 2, "jusqu");
}

/* "Page actualisée : 13 octobre 2016", "Mis à jour le 3 mai",
 * "Dernière mise à jour : 7 février 2016": the date of a web page, not of
 * anything it tells.                                                       */
static int S_page_stamp(S_ctx *c, const dp_sentence *s, const dp_time *T)
{
    uint32_t j = T->span.t0;
    if (j > s->t0 && (S_is(c, j - 1, ":") || S_is(c, j - 1, "le"))) j--;
    if (j <= s->t0) return 0;
    /* the stamp opens its sentence: not "le bilan, actualisé mardi, ..." */
    if (S_is(c, j - 1, "actualisee") || S_is(c, j - 1, "actualise"))
        return j - 1 == s->t0 || (j - 2 == s->t0 && (S_is(c, s->t0, "page") || S_is(c, s->t0, "article")));
    if (j < s->t0 + 3 || !S_is(c, j - 1, "jour") || !S_is(c, j - 2, "a")) return 0;
    return ((S_is(c, j - 3, "mise") || S_is(c, j - 3, "mis")) && j - 3 == s->t0) ||
           (S_is(c, j - 3, "mise") && j - 4 == s->t0 && S_is(c, s->t0, "derniere"));
}

/* "Aristide, 63 ans aujourd'hui": "aujourd'hui" after an age tells the
 * person's age now, not the day of anything.                               */
static int S_age_now(S_ctx *c, const dp_time *T)
{
    return T->span.t0 > 0 && S_is(c, T->span.t0, "aujourd'hui") && S_in(S_tok(c, T->span.t0 - 1)->norm, (const char *const[]){"ans", "an", NULL});
}

/* The time T dates a report of EV, which happened before it: EV is told
 * in a past infinitive after the verb that reports it ("Ce mardi, X a
 * annoncé avoir reçu des menaces", "a reconnu lundi avoir frappé"): a
 * time before the infinitive is the reporting verb's.                   */
static int S_report_day(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    uint32_t t = ev->trigger.t0;
    /* "avoir reçu (des menaces)", "avoir été arrêté": the past infinitive
     * at or up to five words before the trigger (not the passive "être
     * libérés", no past) */
    uint32_t inf = t + 1;
    for (uint32_t j = t + 1; j-- > s->t0 && t - j <= 5;) {
        if (S_is_comma(S_tok(c, j)) || S_is_stop(S_tok(c, j))) break;
        if (S_is(c, j, "avoir") && j + 1 < s->t1 &&
            (S_tok(c, j + 1)->pos & DP_POS_VPP || S_is(c, j + 1, "ete"))) { inf = j; break; }
    }
    if (inf <= t && T->span.t1 <= inf) {
        /* the infinitive complements a finite verb told before it, not a
         * preposition ("après avoir été suspendue": S_adjunct_time) */
        if (inf > s->t0 && !(S_tok(c, inf - 1)->pos & DP_POS_PREP) &&
            !S_in(S_tok(c, inf - 1)->norm, (const char *const[]){"de", "d'", "pour", "sans", "apres", NULL}))
            for (uint32_t j = s->t0; j < inf; j++)
                if (S_is_verb(S_tok(c, j)) && !(S_tok(c, j)->pos & (DP_POS_VINF | DP_POS_NC))) return 1;
    }
    return 0;
}

/* T is told in an attribution ("selon l'annonce du gouvernement ce
 * mercredi", "d'après la police lundi") that EV's trigger is not in. */
static int S_attribution_time(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *ev)
{
    /* "selon ..." / "d'après ..." up to T, with no comma between */
    for (uint32_t j = T->span.t0; j-- > s->t0 && T->span.t0 - j <= 10;) {
        const dp_token *k = S_tok(c, j);
        if (S_is_comma(k) || S_is_stop(k)) break;
        int attr = S_is(c, j, "selon") || (S_is(c, j, "apres") && j > s->t0 && S_is(c, j - 1, "d'"));
        if (attr) return ev->trigger.t1 <= j || ev->trigger.t0 >= T->span.t1;
    }
    return 0;
}

/* A day of E's sentence dates a report of E told in a past infinitive
 * (S_report_day): E is an event told with its report's day, no bare
 * mention.  (An attribution's day, "selon un rapport publié mardi", says
 * nothing of the kind.)                                                   */
static int S_report_dated(S_ctx *c, const dp_event *e)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    for (uint32_t j = s->t0; j < s->t1; j++) {
        if (c->time_at[j] < 0 || (j > s->t0 && c->time_at[j - 1] == c->time_at[j])) continue;
        const dp_time *T = &c->d->times.v[c->time_at[j]];
        /* a day S_date would have taken, not a year or a duration */
        if (T->resolved && T->value && S_calendar(T->value) && S_report_day(c, s, T, e)) return 1;
    }
    return 0;
}

static void S_date(S_ctx *c, const dp_sentence *s, uint32_t c0, uint32_t c1, dp_event *ev)
{
    dp_doc *d = c->d;
    const dp_time *best = NULL;
    const char *bestv = NULL;
    long bestd = 0;
    char since[64];
    const char *year = NULL;   /* "avait été contraint en 2004 de quitter le pouvoir" */
    long yeard = 0;
    uint32_t after_inf = S_after_past_infinitive(c, s, ev);
    for (uint32_t j = S_lo(s, ev->trigger.t0), hi = S_hi(s, ev->trigger.t1); j < hi; j++) {
        if (c->time_at[j] < 0) continue;
        const dp_time *T = &d->times.v[c->time_at[j]];
        const char *val = T->value;
        if (S_since_start(c, s, T, since)) val = since;
        else if ((T->type != DP_TIME_DATE && T->type != DP_TIME_TIME) || !T->resolved || !T->value) continue;
        int is_year = S_year_only(val) && S_year_told(c, T);
        if (T->span.t0 < s->t0 || T->span.t1 > s->t1 || (!S_calendar(val) && !S_week_month(val, NULL) && !is_year))
            continue;
        if ((S_reporting_time(c, s, T) && !S_trigger_is_cue(c, s, ev)) || S_reported_before(c, s, T, ev) || S_age_now(c, T) || S_page_stamp(c, s, T) ||
            S_report_day(c, s, T, ev) || S_attribution_time(c, s, T, ev))
            continue;
        /* "né le 3 février 1979", "née en juin 1985": a person's birth */
        uint32_t b = T->span.t0 > s->t0 && S_is(c, T->span.t0 - 1, "en") ? T->span.t0 - 1 : T->span.t0;
        if (b > s->t0 && S_in(S_tok(c, b - 1)->norm, (const char *const[]){"ne", "nee", "nes", "nees", NULL})) continue;
        long dist = T->span.t0 >= ev->trigger.t1 ? (long)(T->span.t0 - ev->trigger.t1)
                                                  : (long)ev->trigger.t0 - (long)T->span.t1;
        if (dist < 0) dist = 0;
        if (T->span.t0 < c0 || T->span.t1 > c1) dist += 1000;   /* other clause */
        if (S_adjunct_time(c, s, T, ev) || S_range_end(c, s, T)) continue;
        if (S_other_noun_time(c, T, ev) || S_before_after_clause(c, s, T, ev) || S_other_clause_time(c, s, T, ev)) continue;
        if (S_clause_time_before(c, s, T, ev) || S_charged_before(c, s, T, ev)) continue;
        if (after_inf != UINT32_MAX && T->span.t1 <= after_inf) continue;   /* the main verb's, told before "après" */
        /* a planned event takes only a date told after it in its clause
         * ("la bataille prévue le 12 juin"), not the day of the main verb */
        if (ev->future && (dist >= 1000 || T->span.t0 < ev->trigger.t1)) continue;
        if (is_year) {
            /* near the trigger: not "redorer son blason terni par sa fuite en 2014" */
            if (dist <= 10 && (!year || dist < yeard)) { year = val; yeard = dist; }
            continue;
        }
        if (!best || dist < bestd) { best = T; bestd = dist; bestv = val == since ? dp_arena_strdup(&d->arena, since) : val; }
    }
    /* a year of its own clause, nearer than any day or month: the event is
     * dated by its year alone (the guideline's null; OUTPUT.md's "year"),
     * never by another day of the sentence or the publication date */
    if (year && (!best || yeard < bestd)) {
        ev->date = year;
        ev->date_precision = "year";
        return;
    }
    /* "Après avoir hésité ..., il a quitté ses fonctions ce 14 mars": an
     * infinitive clause before or after the main one has its own time */
    uint32_t g = ev->trigger.t0;
    while (g > s->t0 && S_in(S_tok(c, g - 1)->norm, (const char *const[]){"avoir", "etre", "ete", "de", "d'", "se", "s'", NULL}))
        g--;
    int own_clause = g > s->t0 &&
                     S_in(S_tok(c, g - 1)->norm, (const char *const[]){"apres", "avant", "sans", NULL});
    if (best && own_clause && bestd >= 1000) best = NULL;
    /* "demande désormais": a state from now on, not an event's day       */
    if (best && S_is(c, best->span.t0, "desormais")) best = NULL;
    char wm[8];
    if (best && S_week_month(bestv, wm)) {   /* "la semaine dernière": its month */
        ev->date = dp_arena_strdup(&d->arena, wm);
        ev->date_precision = "month";
        ev->week = bestv;
        return;
    }
    if (best) {
        size_t l = strlen(bestv);
        ev->date = bestv;
        ev->date_precision = l >= 10 ? "day" : l >= 7 ? "month" : "year";
        if (l > 10) ev->date = dp_arena_strndup(&d->arena, bestv, 10);
        return;
    }
    /* "Parallèlement, le muezzin a été abattu": at the time of what was
     * just told, the last day date before the sentence */
    int32_t si = S_tok(c, s->t0)->sent;
    int then = !S_simultaneous(c, s) && S_then(c, s, ev) && !S_any_time(c, s);
    /* "Des émeutiers ont incendié des voitures lundi soir ... La police a
     * alors interpellé": the day of the last event told just before */
    for (size_t k = d->events.n; then && k-- > 0;) {
        const dp_event *p = &d->events.v[k];
        if (p->sent >= si) continue;
        if (p->sent < si - S_SIMULTANEOUS_BACK) break;
        /* a day it took place on: not a planned, denied or possible act's */
        if (!p->date || strcmp(p->date_precision, "day") || p->future || p->negated || p->hypothetical) continue;
        if (d->published && strncmp(p->date, d->published, 10) > 0) continue;   /* a day still to come */
        ev->date = p->date;
        ev->date_precision = p->date_precision;
        return;
    }
    const dp_time *ref = S_simultaneous(c, s) ? S_last_day(c, s->t0) : then ? S_last_time(c, s->t0) : NULL;
    if (ref && S_tok(c, ref->span.t0)->sent >= si - S_SIMULTANEOUS_BACK && !S_any_time(c, s)) {
        ev->date = dp_arena_strndup(&d->arena, ref->value, 10);
        ev->date_precision = "day";
        return;
    }
    /* no date of its own: the publication date, marked as such (the gold
     * never dates an event from the dateline or an earlier sentence's day
     * by default; S_day_page dates a day page's by its title) */
    if (d->published) {
        ev->date = d->published;
        ev->date_precision = "published";
    }
}

static long *S_slot(dp_event *ev, const char *slot)
{
    if (!slot) return NULL;
    if (!strcmp(slot, "dead") || !strcmp(slot, "killed")) return &ev->dead;
    if (!strcmp(slot, "injured")) return &ev->injured;
    if (!strcmp(slot, "arrested")) return &ev->arrested;
    if (S_in(slot, (const char *const[]){"affected", "trapped", "displaced", "hostages", "evacuated", NULL}))
        return &ev->affected;
    return NULL;
}

/* People counts of the sentence: a count in the trigger's own argument
 * ("Cinq gardiens ont été tués") goes to the trigger's slot, any other
 * by what it counts ("9 morts").  Named victims count one each.           */
static void S_size(S_ctx *c, const dp_sentence *s, const S_ev *v, dp_event *ev)
{
    dp_doc *d = c->d;
    const char *slot = v->e->f[F_SIZE];
    int counted = 0;
    for (uint32_t j = S_lo(s, v->trig0); j < S_hi(s, v->trig1); j++) {
        if (c->qty_at[j] < 0) continue;
        const dp_quantity *Q = &d->quantities.v[c->qty_at[j]];
        if (Q->span.t0 < s->t0 || Q->span.t1 > s->t1 || Q->value < 0) continue;
        int onarg = 0;
        for (int i = 0; i < v->A.nrecip; i++)
            if (S_overlaps(v->A.recip[i].sp, Q->span.t0, Q->span.t1)) onarg = 1;
        long *to = onarg && S_slot(ev, slot) ? S_slot(ev, slot) : S_slot(ev, Q->of);
        if (onarg) counted = 1;
        if (to && Q->value > *to) *to = Q->value;
    }
    long *to = S_slot(ev, slot);
    if (!to || counted || *to >= 0) return;
    long n = 0;
    for (int i = 0; i < v->A.nrecip; i++)
        if (v->A.recip[i].ent >= 0 && d->ents.v[v->A.recip[i].ent].type == DP_ENT_PER) n++;
    if (n) *to = n;
}

/* An earlier record has the noun of V in its trigger ("une opération" ...
 * "l'opération"): V refers back to it.                                     */
static int S_told_before(S_ctx *c, const S_ev *v)
{
    const char *w = S_tok(c, v->head)->norm;
    size_t n = c->d->events.n;
    for (size_t k = n > S_MERGE_WINDOW ? n - S_MERGE_WINDOW : 0; k < n; k++) {
        const dp_event *e = &c->d->events.v[k];
        if (strcmp(e->event, v->e->f[F_EVENT])) continue;
        for (uint32_t t = e->trigger.t0; t < e->trigger.t1; t++)
            if (!strcmp(S_tok(c, t)->norm, w)) return 1;
    }
    return 0;
}

/* The place mention at token J tells where a person comes from ("trois
 * jeunes originaires de Bretagne", "né à Lyon"), not where the
 * event happened.                                                        */
static int S_origin_place(S_ctx *c, uint32_t s0, uint32_t j)
{
    static const char *const w[] = {"originaire", "originaires", "natif", "native", "natifs", "natives",
                                    "né", "née", "nés", "nées", NULL};
    /* the lowercase form, accents kept: folded, "né" would be the negation "ne" */
    for (uint32_t k = j; k > s0 && j - k < 3; k--)
        if (S_in(S_tok(c, k - 1)->lower, w)) return 1;
    return 0;
}

/* The place mention at token J is the subject of a verb right after it,
 * with no preposition before ("Madrid a choisi la manière forte",
 * "Washington accuse", "la Russie dément"): a government named by its
 * capital or country, a party, not where something happened; not the
 * subject of être, connaître, subir or vivre (the scene).                 */
static int S_subject_place(S_ctx *c, uint32_t s0, uint32_t j)
{
    int32_t p = c->place[j];
    uint32_t e = j;
    while (e < c->d->toks.n && c->place[e] == p) e++;
    if (e >= c->d->toks.n || S_prep_before(c, j, s0, NULL)) return 0;
    if (S_tok(c, e)->pos & DP_POS_ADV && e + 1 < c->d->toks.n) e++;   /* "Moscou dément aussi" */
    const dp_token *t = S_tok(c, e);
    if (!(t->pos & (DP_POS_V | DP_POS_AUX)) || (t->pos & (DP_POS_VPP | DP_POS_VINF | DP_POS_NC | DP_POS_ADJ))) return 0;
    /* "Niamey a été le théâtre de", "Mogadiscio a connu / subi / vécu": the
     * place is the scene, not a party                                    */
    uint32_t v = e;
    if (S_is_aux(c, e) && e + 1 < c->d->toks.n && (S_tok(c, e + 1)->pos & DP_POS_VPP)) v = e + 1;
    return !S_lemma_among(c, v, (const char *const[]){"etre", "connaitre", "subir", "vivre", NULL});
}

/* Token J lies outside the direct quote that holds V's trigger: the
 * place of the speaker's words ("« ... l'école a été touchée par deux
 * obus » a précisé le bureau de l'Unicef à Amman"), not of the event. */
static int S_outside_quote(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t j)
{
    const dp_doc *d = c->d;
    size_t si = (size_t)d->toks.v[s->t0].sent;
    for (size_t q = si >= 2 ? si - 2 : 0; q <= si; q++)
        for (size_t k = c->qstart[q]; k < c->qstart[q + 1]; k++) {
            const dp_quote *Q = &d->quotes.v[c->qlist[k]];
            if (Q->direct && Q->span.t0 <= v->trig0 && v->trig1 <= Q->span.t1 &&
                (j < Q->span.t0 || j >= Q->span.t1))
                return 1;
        }
    return 0;
}

/* Token J lies inside parentheses that V's trigger is not in ("la voiture
 * (une Peugeot immatriculée en Savoie)", "Trèbes (Aude)"): an aside, not
 * the place the clause gives its event.                                  */
static int S_in_aside(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t j)
{
    uint32_t k = j;
    while (k > s->t0 && j - k < 12 && !S_is(c, k - 1, ")")) {
        if (S_is(c, k - 1, "(")) {
            uint32_t e = j;
            while (e < s->t1 && e - j < 12 && !S_is(c, e, ")")) e++;
            return e < s->t1 && S_is(c, e, ")") && (v->trig1 <= k - 1 || v->trig0 > e);
        }
        k--;
    }
    return 0;
}

/* The town whose mention starts at J completes a site noun ("près d'une
 * gare routière de Diyarbakır, en Turquie", "à la centrale de Cattenom, en
 * Moselle") and is placed at once by its country or region: the site is
 * in that town. Not a town of origin ("un étudiant venu de Mossoul, en
 * Irak", "les supporters de Lyon"): only a site or place noun, past its
 * adjectives, before the "de".                                            */
/* The site or place noun that the "de" before J completes, past up to two
 * adjectives ("la gare routière de Brenac"), or UINT32_MAX.              */
static uint32_t S_site_before(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    if (j < s->t0 + 2) return UINT32_MAX;
    for (uint32_t h = j - 2; h >= s->t0 && h + 4 >= j; h--) {   /* j - 1 is the "de" */
        if (S_site_np(c, (dp_tspan){h, h + 1})) return h;
        if (!(S_tok(c, h)->pos & DP_POS_ADJ) || h == s->t0) break;
    }
    return UINT32_MAX;
}

static int S_container_follows(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    const dp_doc *d = c->d;
    if (S_site_before(c, s, j) == UINT32_MAX) return 0;
    int32_t p = c->place[j];
    const char *pr = d->places.v[p].precision;
    if (!pr || !strcmp(pr, "country") || !strcmp(pr, "admin1") || !d->places.v[p].rec.cc[0]) return 0;
    uint32_t k = j;
    while (k < s->t1 && c->place[k] == p) k++;
    if (k + 2 >= s->t1 || !S_is_comma(S_tok(c, k)) ||
        !S_in(S_tok(c, k + 1)->norm, (const char *const[]){"en", "au", "aux", NULL}))
        return 0;
    int32_t q = c->place[k + 2];
    if (q < 0 || q == p || !d->places.v[q].precision || strcmp(d->places.v[q].rec.cc, d->places.v[p].rec.cc)) return 0;
    return !strcmp(d->places.v[q].precision, "country") || !strcmp(d->places.v[q].precision, "admin1");
}

/* The town whose mention starts at J completes a site noun ("de" right
 * before it) whose phrase itself says where V happened: introduced by a
 * locative preposition ("dans le marché de Brenac", "près de la gare de
 * Brenac", "sur le parvis de la cathédrale de Brenac") or the subject of
 * V's clause ("Le dépôt pétrolier de Brenac a été bloqué"): the site is in
 * that town.  Not a country or a region completing it ("l'ambassade de
 * France", "le parlement de Catalogne": whose the site is).              */
static uint32_t S_np_open(S_ctx *c, const dp_sentence *s, uint32_t t0);
static int S_site_town(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t j)
{
    const dp_doc *d = c->d;
    uint32_t h = S_site_before(c, s, j);
    if (h == UINT32_MAX) return 0;
    const char *pr = d->places.v[c->place[j]].precision;
    if (!pr || !strcmp(pr, "country") || !strcmp(pr, "admin1")) return 0;
    uint32_t o = S_np_open(c, s, h);
    int ph = 0;
    const char *prep = S_prep_before(c, o, s->t0, &ph);
    if (prep) return S_in(prep, (const char *const[]){"a", "dans", "sur", "pres", "devant", NULL});   /* not "vers": whither */
    /* the subject: the clause's first phrase, V's trigger after it with no comma between */
    if (v->trig0 <= j || (o > s->t0 && !S_is_comma(S_tok(c, o - 1)))) return 0;
    for (uint32_t k = j; k < v->trig0; k++)
        if (S_is_comma(S_tok(c, k)) || S_is_stop(S_tok(c, k)) || S_in(S_tok(c, k)->norm, S_relpron)) return 0;
    return 1;
}

/* The place mention at J is the département or region in brackets after
 * the name of a town the gazetteer lacks, itself after a locative
 * preposition ("à Brévillers (Eure)", "dans la commune de Saint-Brévin
 * (Eure)"): it stands for the town.                                      */
static int S_unit_of_unknown_town(S_ctx *c, uint32_t s0, uint32_t j)
{
    const dp_doc *d = c->d;
    int32_t p = c->place[j];
    if (p < 0 || j < s0 + 3 || !S_is(c, j - 1, "(") || !d->places.v[p].precision ||
        strcmp(d->places.v[p].precision, "admin1"))
        return 0;
    uint32_t e = j;
    while (e < d->toks.n && c->place[e] == p) e++;
    if (!S_is(c, e, ")")) return 0;
    uint32_t k = j - 1;   /* back over the town's words, capitalised and no place */
    while (k > s0 && k + 4 > j && (S_tok(c, k - 1)->flags & DP_TF_CAP) && c->place[k - 1] < 0 &&
           !(S_tok(c, k - 1)->pos & DP_POS_PREP) &&   /* not an opening "À" */
           (c->ment[k - 1] < 0 || d->ents.v[c->ments[c->ment[k - 1]].ent].type == DP_ENT_LOC))
        k--;
    if (k == j - 1 || k <= s0) return 0;
    int ph = 0;
    const char *prep = S_prep_before(c, k, s0, &ph);
    return prep && S_in(prep, (const char *const[]){"a", "dans", NULL});
}

/* The place of an event whose clause names none: the place mention of the
 * sentence nearest the trigger, those introduced by a locative preposition
 * (à, dans, en, près de) first, none inside an actor, a recipient or a
 * person's role.                                                         */
static int32_t S_sentence_place(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    int32_t best = -1;
    long bestd = 0;
    uint32_t a = v->trig0 > s->t0 + S_WINDOW ? v->trig0 - S_WINDOW : s->t0;
    uint32_t b = v->trig1 + S_WINDOW < s->t1 ? v->trig1 + S_WINDOW : s->t1;
    for (uint32_t j = a; j < b; j++) {
        int32_t p = c->place[j];
        if (p < 0 || (j > s->t0 && c->place[j - 1] == p)) continue;
        int inside = 0;
        for (int i = 0; i < v->A.nactor; i++)
            if (j >= v->A.actor[i].sp.t0 && j < v->A.actor[i].sp.t1) inside = 1;
        for (int i = 0; i < v->A.nrecip; i++)
            if (j >= v->A.recip[i].sp.t0 && j < v->A.recip[i].sp.t1) inside = 1;
        if (inside || c->role[j] || S_origin_place(c, s->t0, j) || S_subject_place(c, s->t0, j)) continue;   /* a role's place is the person's */
        int unknown = S_unit_of_unknown_town(c, s->t0, j);   /* "à Brévillers (Eure)": à the unit */
        if (S_outside_quote(c, s, v, j) || (!unknown && S_in_aside(c, s, v, j))) continue;
        int ph = 0;
        const char *prep = unknown ? "a" : S_prep_before(c, j, s->t0, &ph);
        int held = prep && !strcmp(prep, "de") && !ph && (S_container_follows(c, s, j) || S_site_town(c, s, v, j));
        if (prep && !strcmp(prep, "de") && !ph && !held) continue;   /* "l'ambassade de France" */
        if (prep && !strcmp(prep, "par")) continue;   /* "la coalition menée par la France": a party */
        if (prep && !strcmp(prep, "instar")) continue;   /* "à l'instar de Paris": a comparison */
        long dist = j >= v->trig1 ? (long)(j - v->trig1) : (long)v->trig0 - (long)j;
        if (!held && (!prep || !S_in(prep, (const char *const[]){"a", "dans", "en", "pres", "vers", "sur", NULL})))
            dist += 100;
        const char *prec = c->d->places.v[p].precision;
        if (prec && !strcmp(prec, "country")) dist += 40;   /* "à Alep, en Syrie": the town */
        if (best < 0 || dist < bestd) { best = p; bestd = dist; }
    }
    return best;
}

/* Tokens T0..T1 hold a noun complement ("de", "du", "des" outside a
 * name: "l'annulation du sommet"), which a relative after them may tell
 * of instead.                                                            */
static int S_complement_between(S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t k = t0; k < t1; k++)
        if (S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) && c->ment[k] < 0 && c->place[k] < 0)
            return 1;
    return 0;
}

/* The event noun of V is the subject of "avoir lieu", "se tenir", "se
 * dérouler" or "se produire" with a locative place ("Un accord de paix
 * avait eu lieu à Ankara", "la rencontre s'est déroulée à Genève"): the
 * place its own clause gives it; -1 when none.                            */
static int32_t S_held_at(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (!v->noun) return -1;
    uint32_t j = v->trig1, held = 0;
    for (; j < s->t1 && j < v->trig1 + 16 && !held; j++) {
        const dp_token *t = S_tok(c, j);
        /* ", qui était prévue pour le 4 mars à Genève": a relative
         * right after the noun phrase still tells of the noun */
        if (S_is_comma(t) && j + 1 < s->t1 && S_is(c, j + 1, "qui") && !S_complement_between(c, v->trig1, j)) {
            j++;
            continue;
        }
        if (S_is_stop(t) || S_is_comma(t) || S_in(t->norm, S_relpron))
            return -1;
        if ((S_is(c, j, "lieu") && j > v->trig1 && (S_lemma_is(c, j - 1, "avoir") || S_is(c, j - 1, "eu"))) ||
            S_lemma_is(c, j, "derouler") || S_lemma_is(c, j, "tenir") || S_lemma_is(c, j, "produire") ||
            /* "la conférence doit s'ouvrir lundi à Genève" */
            (S_lemma_is(c, j, "ouvrir") && j > v->trig1 + 1 &&
             (S_in(S_tok(c, j - 1)->norm, (const char *const[]){"s'", "se", NULL}) ||
              (S_lemma_is(c, j - 1, "etre") && S_in(S_tok(c, j - 2)->norm, (const char *const[]){"s'", "se", NULL})))) ||
            /* "le sommet prévu à Singapour", "la réunion organisée à Genève",
             * "le rapport rendu public à Londres" */
            ((t->pos & DP_POS_VPP) && (S_lemma_is(c, j, "prevoir") || S_lemma_is(c, j, "organiser"))) ||
            (S_is(c, j, "public") && j > v->trig1 && S_lemma_is(c, j - 1, "rendre")))
            held = j + 1;
    }
    for (j = held; held && j < s->t1 && j < held + 6; j++) {
        if (S_is_comma(S_tok(c, j)) || S_is_stop(S_tok(c, j))) return -1;
        if (c->place[j] < 0 || c->role[j]) continue;
        int ph = 0;
        const char *prep = S_prep_before(c, j, held, &ph);
        if (prep && S_in(prep, (const char *const[]){"a", "dans", "en", NULL})) return c->place[j];
    }
    return -1;
}

/* The town a treaty is named after is where it was reached or signed:
 * the place of the agreement noun itself ("les accords de Minsk") and of
 * its signing ("ont signé le traité de Versailles", "la signature de
 * l'accord d'Alger"); -1 for any other event.                             */
static int32_t S_signed_at(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    uint32_t j = v->trig1 - 1;
    /* "avec l'accord de Damas", "sans l'accord de Paris": a government's
     * consent, reached nowhere the text says */
    if (v->trig0 >= s->t0 + 2 && S_in(S_tok(c, v->trig0 - 1)->norm, (const char *const[]){"l'", "l", NULL}) &&
        S_in(S_tok(c, v->trig0 - 2)->norm, (const char *const[]){"avec", "sans", NULL}))
        return -1;
    if (!(v->noun && S_in(S_tok(c, j)->norm, S_document_nouns))) {
        uint32_t h = v->head;
        if (!S_lemma_is(c, h, "signer") && !S_lemma_is(c, h, "conclure") && !S_lemma_is(c, h, "parapher") &&
            !S_is(c, h, "signature"))
            return -1;
        for (j = v->trig1; j < s->t1 && j < v->trig1 + 4 && !S_in(S_tok(c, j)->norm, S_document_nouns); j++)
            if (S_is_comma(S_tok(c, j)) || S_is_stop(S_tok(c, j))) return -1;
    }
    if (j + 2 >= s->t1 || !S_in(S_tok(c, j)->norm, S_document_nouns) ||
        !S_in(S_tok(c, j + 1)->norm, (const char *const[]){"de", "d'", NULL}))
        return -1;
    return c->doc_place[j + 2];
}

/* Verbal events, meetings and aid take only the place their own clause
 * names ("a décrété un couvre-feu dans le comté de Marin") or the scene
 * their sentence opens with ("À Brévans, le préfet a interdit ..."), never
 * one merely mentioned in the sentence (the gold guideline: "verbal events
 * often have none").                                                       */
static int32_t S_opening_scene(S_ctx *c, uint32_t si, uint32_t *end);

/* Between tokens FROM and TO a clause of reported speech opens: a "que"
 * or "qu'", a colon or an opening quote mark ("À Brévans, le maire a
 * affirmé que des voisins avaient menacé les élus", "..., le maire a dit :
 * « ... »"): what is told past it was not done at the speaker's scene.   */
static int S_reported_after(S_ctx *c, uint32_t from, uint32_t to)
{
    for (uint32_t k = from; k < to; k++)
        if (S_is(c, k, "que") || S_is(c, k, "qu'") || S_is(c, k, ":") || S_tok(c, k)->kind == DP_TOK_QUOTE_OPEN) return 1;
    return 0;
}
static const char *const S_placeless[] = {
    "ACCUSE", "THREATEN", "REJECT", "REQUEST", "AGREE", "SUPPORT", "COOPERATE", "SANCTION", NULL};
static const char *const S_clause_placed[] = {"CONSULT", "AID", NULL};
/* Material events: with no place of their own they happened where the
 * events just told did.                                                   */
static const char *const S_material[] = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT", NULL};

/* Adverbs that make a clause habitual ("mènent régulièrement des
 * opérations"): it tells no particular event.                             */
static const char *const S_habitual[] = {
    "regulierement", "souvent", "habituellement", "frequemment", "generalement", "parfois",
    "couramment", "systematiquement", "quotidiennement", NULL};

/* Adverbs of an accident: not coded ("a percuté un cortège, tuant
 * accidentellement un passant").                                   */
static const char *const S_accidental[] = {"accidentellement", "involontairement", NULL};

/* Long situations, no acts: as the subject of a killing they give the
 * toll of a whole war ("une guerre qui a tué 120 000 personnes").         */
static const char *const S_situations[] = {
    "conflit", "conflits", "guerre", "guerres", "crise", "crises", NULL};

/* The aim noun before the "de" at D opens a purpose: "pour mission de",
 * "avaient pour but de", "dans le but de", "avec l'objectif premier de"
 * (the aim told, not the act).                                             */
static int S_aim_de(S_ctx *c, const dp_sentence *s, uint32_t d)
{
    if (d < s->t0 + 2) return 0;
    static const char *const aims[] = {"charge", "mission", "objectif", "but", "tache", NULL};
    uint32_t n = d - 1;
    if ((S_tok(c, n)->pos & DP_POS_ADJ) && !S_in(S_tok(c, n)->norm, aims) && S_in(S_tok(c, n - 1)->norm, aims) && n > s->t0 + 1)
        n--;   /* "l'objectif premier de" */
    if (S_is(c, n - 1, "pour")) return S_in(S_tok(c, n)->norm, aims);
    return n >= s->t0 + 2 && S_in(S_tok(c, n)->norm, (const char *const[]){"objectif", "but", NULL}) &&
           S_in(S_tok(c, n - 1)->norm, (const char *const[]){"le", "l'", NULL}) &&
           S_in(S_tok(c, n - 2)->norm, (const char *const[]){"dans", "avec", NULL});
}

/* Verbs of wish whose infinitive complement is only wanted, not done
 * ("souhaitait se rendre au front", "rêvent de renverser le roi").       */
static const char *const S_wishing[] = {"souhaiter", "desirer", "rever", NULL};

/* The verb at K wishes what follows: a verb of wish, or "vouloir" in the
 * conditional ("voudrait interdire les cumuls"; the present "veulent
 * bloquer le port" announces an event, a record flagged future by the
 * modal "vouloir", and the imperfect "voulaient attaquer une synagogue"
 * tells a plot, coded).  Not when a suspicion governs it: "soupçonné de
 * souhaiter ..." is a suspected plot (GUIDELINE: coded, hypothetical).   */
static int S_wish_verb(S_ctx *c, const dp_sentence *s, uint32_t k)
{
    const dp_token *t = S_tok(c, k);
    int wish = S_lemma_among(c, k, S_wishing);
    if (!wish && S_lemma_is(c, k, "vouloir") && !(t->pos & (DP_POS_VINF | DP_POS_VPP))) wish = S_tense(c, k) == 'C';
    if (!wish) return 0;
    /* it governs the first infinitive after it directly: only adverbs,
     * clitics and "de" between ("a souhaité bon courage aux pompiers avant
     * de ..." wishes a noun, not the act; the aside "quant à elle" is
     * looked through) */
    uint32_t i = k + 1;
    while (i < s->t1 && !(S_tok(c, i)->pos & DP_POS_VINF)) {
        if (S_is(c, i, "quant") && i + 2 < s->t1 && S_is(c, i + 1, "a")) {
            i += 3;
            continue;
        }
        if (!(S_tok(c, i)->pos & DP_POS_ADV) &&
            !S_in(S_tok(c, i)->norm, (const char *const[]){"de", "d'", "ne", "n'", "pas", "plus", "se", "s'", "le", "la", "l'", "les",
                                                           "lui", "leur", "y", "en", "me", "m'", "nous", "vous", NULL}))
            break;
        i++;
    }
    if (i >= s->t1 || !(S_tok(c, i)->pos & DP_POS_VINF)) return 0;
    /* a plot told: the wisher arrested or suspected in the sentence
     * ("soupçonné de souhaiter ...", "Arrêtés lundi, les deux hommes
     * souhaitaient ...") is coded, as a plot (GUIDELINE: hypothetical) */
    for (uint32_t q = s->t0; q < s->t1; q++) {
        if (!(S_tok(c, q)->pos & DP_POS_VPP) && !S_is(c, q, "soupconne") && !S_is(c, q, "soupconnes")) continue;
        if (S_lemma_among(c, q, (const char *const[]){"arreter", "interpeller", "soupconner", "suspecter", "accuser",
                                                       "ecrouer", "inculper", "apprehender", NULL}))
            return 0;
        if (S_lemma_is(c, q, "mettre") && q + 2 < s->t1 && S_is(c, q + 1, "en") && S_is(c, q + 2, "examen")) return 0;
    }
    return 1;
}

/* The infinitive at H tells only an aim: "vise à capturer", "avaient pour
 * mission de reprendre", "dans le but d'affamer la ville", or a wish: "souhaitait
 * se faire conduire au port", "rêvaient de partir en mer pour piller" (the wish
 * verb governs the chain of infinitives and purposes up to H, within its
 * clause).                                                                 */
static int S_intent_only(S_ctx *c, const dp_sentence *s, uint32_t h)
{
    if (!(S_tok(c, h)->pos & DP_POS_VINF)) return 0;
    uint32_t j = h;
    while (j > s->t0 && h - j < 4 &&
           S_in(S_tok(c, j - 1)->norm, (const char *const[]){"se", "s'", "le", "la", "l'", "les", "lui", "leur", "y", "en", NULL}))
        j--;
    if (j <= s->t0) return 0;
    if (S_is(c, j - 1, "a") && j >= s->t0 + 2 && S_lemma_is(c, j - 2, "viser")) return 1;
    /* back over the infinitives, their complements and purposes to the
     * verb that governs them */
    for (uint32_t k = h; k > s->t0 && h - k < 10;) {
        k--;
        if (k >= s->t0 + 2 && S_is(c, k - 2, "quant") && S_is(c, k - 1, "a")) {
            k -= 2;   /* the aside "quant à elle" */
            continue;
        }
        const dp_token *t = S_tok(c, k);
        if (S_is_comma(t) || S_is_stop(t) ||
            S_in(t->norm, (const char *const[]){"que", "qu'", "qui", "dont", "et", "ou", "mais", "avant", "apres", "sans", "plutot", NULL}) ||
            (S_is(c, k, "lieu") && k > s->t0 && S_is(c, k - 1, "au")))
            return 0;   /* "avant de", "sans", "au lieu de": an act beside the wish */
        if (S_is(c, k, "en") && k + 1 < h && S_gerundive(S_tok(c, k + 1)))
            return 0;   /* a gerund ("en saluant"): an act beside the wish */
        if ((S_is(c, k, "de") || S_is(c, k, "d'")) && S_aim_de(c, s, k)) return 1;   /* "dans le but d'affamer la ville" */
        if (!S_is_verb(t) || (t->pos & DP_POS_NC && !(t->pos & DP_POS_VINF))) continue;
        if (S_wish_verb(c, s, k)) return 1;
        if (!(t->pos & DP_POS_VINF)) return 0;   /* another verb governs */
    }
    return 0;
}

/* The infinitive of protest V follows "à" after the party that a call
 * addresses: "appelle les salariés à manifester", "ont appelé leurs
 * adhérents à boycotter le scrutin" -- the party is no noun whose
 * complement the infinitive is, and the protest called is the record
 * (S_protest_part).                                                       */
static int S_called_protest(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (strcmp(v->e->f[F_EVENT], "PROTEST")) return 0;
    uint32_t j = v->head;
    while (j > s->t0 && (S_tok(c, j - 1)->flags & DP_TF_CLITIC)) j--;
    if (j <= s->t0 + 1 || !S_is(c, j - 1, "a")) return 0;
    for (uint32_t k = j - 1; k > s->t0 && j - k < 10;) {
        k--;
        const dp_token *t = S_tok(c, k);
        if (S_is_comma(t) || S_is_stop(t)) return 0;
        if (S_is_verb(t) && S_lemma_is(c, k, "appeler")) return 1;   /* "ont appelé": a participle also read as an adjective */
        if (S_is_verb(t) && !(t->pos & (DP_POS_NC | DP_POS_ADJ))) return 0;
    }
    return 0;
}

/* Nouns whose infinitive complement is no event: "le droit de manifester",
 * "aucune intention d'attaquer", "sa tentative d'assiéger".                */
static int S_noun_infinitive(S_ctx *c, const dp_sentence *s, uint32_t h)
{
    if (!(S_tok(c, h)->pos & DP_POS_VINF)) return 0;
    uint32_t j = h;
    while (j > s->t0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"se", "s'", "ne", "n'", "pas", "les", "le", "la", "l'", "leur", "lui", NULL}))
        j--;
    if (j <= s->t0 + 1 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "d'", "a", NULL})) return 0;
    const dp_token *n = S_tok(c, j - 2);
    /* a word also read as a verb is a noun after a determiner ("la
     * nécessité de rompre", not "tente de reprendre") */
    int noun = !(n->pos & (DP_POS_V | DP_POS_AUX)) || (j - 2 > s->t0 && S_is_det(c, j - 3));
    return (n->pos & DP_POS_NC) && noun && c->ment[j - 2] < 0 &&
           !S_in(n->norm, (const char *const[]){"menace", "menaces", "ordre", "appel", "decision", "point", NULL});   /* "sur le point de" */
}

/* Span S tells a suicide as what did the harm of a trigger at T: "en se
 * suicidant", "après s'être suicidé", the noun before T ("le suicide d'un
 * voyageur a blessé deux agents"); with ANY, any suicide S tells.  Never
 * a suicide after the harm ("a blessé son voisin avant de se suicider",
 * "puis s'est suicidé", "et s'est suicidé"): the harm is told as an act
 * of its own, and GUIDELINE codes it.                                     */
static int S_suicide_harm(S_ctx *c, const dp_sentence *s, uint32_t t, int any)
{
    if (!S_near_words(c, s, "suicide|suicider")) return 0;
    for (uint32_t j = s->t0; j < s->t1; j++) {
        if (!S_lemma_among(c, j, (const char *const[]){"suicide", "suicider", NULL})) continue;
        int before = 0, means = 0;
        for (uint32_t k = j; k > s->t0 && j - k < 5;) {
            k--;
            if (S_in(S_tok(c, k)->norm, (const char *const[]){"avant", "puis", "ensuite", "et", NULL})) before = 1;
            if (S_in(S_tok(c, k)->norm, (const char *const[]){"apres", NULL})) means = 1;
            if (S_is_comma(S_tok(c, k)) || S_is_stop(S_tok(c, k))) break;
        }
        if (before) continue;
        if (any || means || (j >= s->t0 + 2 && S_is(c, j - 2, "en") && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"se", "s'", NULL})))
            return 1;
        if (j < t && S_is(c, j, "suicide")) return 1;
    }
    return 0;
}

/* The page tells an accident or a disaster, which GUIDELINE §1 does not
 * code: its opening (the first four sentences, the headline one of them)
 * names one (word set "mishap": "un train a déraillé", "la tempête a
 * balayé la côte") and no word of its text tells an attack, a crime or
 * armed men (set "crime": "un incendie criminel", "une voiture piégée").  */
/* The page's opening: its first N sentences, the headline one of them. */
static dp_sentence S_opening_of(const dp_doc *d, size_t n)
{
    dp_sentence open = d->sents.v[0];
    open.t1 = d->sents.v[d->sents.n < n ? d->sents.n - 1 : n - 1].t1;
    return open;
}

static int S_mishap_page(S_ctx *c)
{
    if (!c->mishap) {
        const dp_doc *d = c->d;
        dp_sentence open = S_opening_of(d, 4), all = d->sents.v[0];
        all.t0 = 0;
        all.t1 = (uint32_t)d->toks.n;
        /* a suicide is a mishap, not one told after a harm ("un père a
         * tué son fils avant de se suicider" is a killing) */
        c->mishap = (S_near_words(c, &open, "@mishap") || S_suicide_harm(c, &open, open.t1, 1)) &&
                    !S_near_words(c, &all, "@crime") ? 2 : 1;
    }
    return c->mishap == 2;
}

/* The page reports a game or a race, which GUIDELINE §1 does not code:
 * its headline names a sport or a competition (word set "sport": "la
 * finale du championnat de handball", "aux Jeux olympiques"), or two
 * sentences of its opening (the first four) do; one word in passing is
 * not enough ("jetés comme des balles de tennis").                       */
static int S_sport_page(S_ctx *c)
{
    if (!c->sport) {
        const dp_doc *d = c->d;
        int n = 0;
        for (size_t i = 0; i < d->sents.n && i < 4 && n < 2; i++)
            if (S_near_words(c, &d->sents.v[i], "@sport")) n += i ? 1 : 2;
        c->sport = n >= 2 ? 2 : 1;
    }
    return c->sport == 2;
}

/* Record E on a sports page tells the play ("les deux équipes
 * s'affrontent en finale", "une attaque adverse", "monte sur la troisième
 * marche du podium", "rencontrera le Brésil en demi-finale"), no event:
 * not when it counts dead or arrested, has a party of the state (a mayor
 * condemning the violence) or an armed group, or its sentence tells
 * strife around the game (word set "strife": "une bagarre entre
 * supporters", "un attentat-suicide lors d'un match", "un couteau").
 * The lexicon's mode of the trigger is no evidence here ("s'affronter"
 * is a fight with small arms in CAMEO).                                   */
static int S_party_or_strife(S_ctx *c, const dp_event *e);
static int S_sport_play(S_ctx *c, const dp_event *e)
{
    return S_sport_page(c) && e->dead <= 0 && !S_party_or_strife(c, e);
}

/* Record E carries evidence of an act of its own: it counts arrested
 * people, has a party of the state (a mayor, the police, a court) or an
 * armed group as actor or recipient, or its sentence tells strife (word
 * set "strife": "une bagarre", "les gendarmes", "une plainte").          */
static int S_party_or_strife(S_ctx *c, const dp_event *e)
{
    static const char *const armed_or_state[] = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "REB", "IMG", NULL};
    if (e->arrested > 0) return 1;
    const dp_event_arg *args[2] = {e->actors.v, e->recipients.v};
    size_t n[2] = {e->actors.n, e->recipients.n};
    for (int side = 0; side < 2; side++)
        for (size_t i = 0; i < n[side]; i++)
            if (args[side][i].actor.sector && S_in(args[side][i].actor.sector, armed_or_state)) return 1;
    return S_near_words(c, &c->d->sents.v[e->sent], "@strife");
}

/* The page follows a protest movement: its opening (S_opening_of) names
 * one, its members or its actions (word set "movement": "Grève des
 * routiers : ...", "les gilets jaunes", "les manifestants").             */
static int S_movement_page(S_ctx *c)
{
    if (!c->movement) {
        dp_sentence open = S_opening_of(c->d, 4);
        c->movement = S_near_words(c, &open, "@movement") ? 2 : 1;
    }
    return c->movement == 2;
}

/* Token I is "de" and a munition follows (word set "munition"), past its
 * determiners and a number: "la chute d'un obus", "une pluie de
 * roquettes", "des rafales d'arme automatique" tell fire, no hazard.     */
static int S_munition_of(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    if (i >= s->t1 || !S_in(S_tok(c, i)->norm, (const char *const[]){"de", "d'", "des", "du", NULL})) return 0;
    uint32_t k = i + 1;
    while (k < s->t1 && (S_is_det(c, k) || (S_tok(c, k)->pos & DP_POS_NUM))) k++;
    return S_words_at(c, s, k, "@munition");
}

/* The noun phrase [J, END) opens with a determiner and has a hazard as
 * its head (word set "hazard"), past up to two adjectives ("un violent
 * séisme", "la cinquième tempête"), and no munition after it (a "grêle
 * de balles" is fire): the head's token + 1, else 0.                     */
static uint32_t S_hazard_np(S_ctx *c, const dp_sentence *s, uint32_t j, uint32_t end)
{
    uint32_t k = j;
    while (k < end && S_is_det(c, k)) k++;
    for (uint32_t a = k; k > j && a < end && a < k + 3; a++) {
        if (S_words_at(c, s, a, "@hazard")) return S_munition_of(c, s, a + 1) ? 0 : a + 1;
        if (!(S_tok(c, a)->pos & DP_POS_ADJ)) break;
    }
    return 0;
}

/* The agent of the verb trigger V (its group from G0) is a hazard,
 * no party: "un séisme a frappé la région", "les routes ont été bloquées
 * par la crue", "la tempête Zeus a touché le pays", "un virus qui bloque
 * les ordinateurs".  Read from its actor, else, for a verb with none, from
 * the noun phrase before the verb or before its "qui", or from a "par"
 * agent after it ("blessés par l'effondrement d'un mur").  The hazard's
 * token + 1, else 0.                                                      */
static uint32_t S_hazard_agent(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t g0)
{
    if (v->noun) return 0;   /* "la grève des cheminots": the noun is the event */
    for (int i = 0; i < v->A.nactor; i++) {
        const S_arg *x = &v->A.actor[i];
        uint32_t h = x->ent < 0 ? S_hazard_np(c, s, x->sp.t0, x->sp.t1) : 0;
        /* a name after its hazard noun: "la tempête Zeus" */
        if (!h && x->sp.t0 >= s->t0 + 2 && (x->sp.t0 <= v->trig0 || x->sp.t0 - 2 >= v->trig1))
            h = S_hazard_np(c, s, x->sp.t0 - 2, x->sp.t0);
        if (h) return h;
    }
    if (v->A.nactor) return 0;
    uint32_t j = g0 > s->t0 && S_is(c, g0 - 1, "qui") ? g0 - 1 : g0;
    /* "un logiciel appelé « Ver » qui bloque": the name given past */
    uint32_t n = j;
    if (n > s->t0 && S_tok(c, n - 1)->kind == DP_TOK_QUOTE_CLOSE)
        for (uint32_t k = n - 1; k > s->t0 && n - k < 8; k--)
            if (S_tok(c, k - 1)->kind == DP_TOK_QUOTE_OPEN) {
                n = k - 1;
                break;
            }
    while (n > s->t0 && j - n < 4 && (S_tok(c, n - 1)->flags & DP_TF_CAP)) n--;
    if (n < j && n > s->t0 &&
        S_in(S_tok(c, n - 1)->norm, (const char *const[]){"appele", "appelee", "appeles", "appelees", "baptise", "baptisee",
                                                          "nomme", "nommee", "surnomme", "surnommee", NULL}))
        j = n - 1;
    uint32_t b = j;
    while (b > s->t0 && j - b < 8) {
        const dp_token *t = S_tok(c, b - 1);
        /* nouns, adjectives and "de" back to the determiner; a word that
         * may be a verb only right after a determiner ("la grève") */
        if (!S_is_det(c, b - 1) && !S_is(c, b - 1, "de") && !S_is(c, b - 1, "d'") &&
            (!(t->pos & (DP_POS_NC | DP_POS_ADJ)) || (S_is_verb(t) && !(b >= s->t0 + 2 && S_is_det(c, b - 2)))))
            break;
        b--;
    }
    while (b < j && (S_is(c, b, "de") || S_is(c, b, "d'"))) b++;   /* "parle d'un virus qui" */
    uint32_t h = S_hazard_np(c, s, b, j);
    if (h) return h;
    uint32_t k = v->trig1;
    while (k < s->t1 && k < v->trig1 + 3 && (S_tok(c, k)->pos & DP_POS_ADV)) k++;
    return k + 1 < s->t1 && S_is(c, k, "par") ? S_hazard_np(c, s, k + 1, s->t1) : 0;
}

/* Token T opens a noun trigger of EVENT: "le trafic est perturbé par une
 * grève" tells the strike (S_hazard_agent's agent is then the event).    */
static int S_event_noun_of(S_ctx *c, const dp_sentence *s, uint32_t t, const char *event)
{
    S_match m;
    S_match_at(c, t, s->t1, &m);
    for (int k = 0; k < m.n; k++)
        if (m.e[k].part == P_NOUN && m.e[k].f[F_EVENT] && !strcmp(m.e[k].f[F_EVENT], event)) return 1;
    return 0;
}

/* "la grève qui frappera le réseau": the record of sentence SI whose
 * trigger opens at token T (the strike told as the verb's agent) takes
 * the verb's objects as its recipients when it has none.                  */
static void S_agent_record_objects(S_ctx *c, int32_t si, const S_ev *v, uint32_t t)
{
    dp_doc *d = c->d;
    for (size_t k = d->events.n; k-- > 0 && d->events.v[k].sent == si;) {
        dp_event *e = &d->events.v[k];
        if (e->trigger.t0 == t && !e->recipients.n) S_push_args(c, v->A.recip, v->A.nrecip, 1, e);
    }
}

/* The trigger V (verb group from G0) tells no particular event: a habitual
 * clause, a "sans que" clause, or the infinitive complement of a noun.   */
/* An adverb of an accident anywhere in sentence S (the accident is the
 * sentence's whole act), looked for once per sentence: each candidate of
 * the sentence asks.                                                      */
static int S_accident(S_ctx *c, const dp_sentence *s)
{
    if (c->accident_t0 != s->t0 + 1) {
        c->accident_t0 = s->t0 + 1;
        c->accident = 0;
        for (uint32_t j = s->t0; j < s->t1 && !c->accident; j++)
            c->accident = S_in(S_tok(c, j)->norm, S_accidental);
    }
    return c->accident;
}


static int S_two_or_more(S_ctx *c, uint32_t i);

/* "trois attentats en six ans", "111 attaques en 2016", "des dizaines
 * d'arrestations depuis deux mois": a counted plural event noun over a
 * period of months or years is a tally (GUIDELINE §2's own examples),
 * whatever the sentence dates besides ("plusieurs arrestations depuis deux
 * jours" may tell one operation).                                         */
static int S_tally_period(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    static const char *const periods[] = {"ans", "annees", "mois", "decennies", "siecles", NULL};
    /* the event noun itself, or a support verb's ("a commis plusieurs
     * attentats en deux ans") */
    uint32_t h = v->light ? v->light : v->trig0, e = v->light ? v->light + 1 : v->trig1;
    if (h <= s->t0 || e + 1 >= s->t1) return 0;
    const char *w = S_tok(c, e - 1)->norm;
    size_t l = strlen(w);
    if (l < 2 || (w[l - 1] != 's' && w[l - 1] != 'x')) return 0;
    int counted = S_two_or_more(c, h - 1) ||
                  S_in(S_tok(c, h - 1)->norm, (const char *const[]){"plusieurs", "nombreux", "nombreuses", NULL}) ||
                  (h > s->t0 + 1 && S_in(S_tok(c, h - 1)->norm, (const char *const[]){"de", "d'", NULL}) &&
                   S_in(S_tok(c, h - 2)->norm, (const char *const[]){"dizaines", "centaines", "milliers", "serie", NULL}));
    if (!counted) return 0;
    if (v->light && e < v->trig1) e = v->trig1;   /* "plusieurs attaques meurtrières": past the trigger */
    uint32_t j = e;
    while (j < s->t1 && j < e + 2 && (S_tok(c, j)->pos & DP_POS_ADJ) && !S_is_verb(S_tok(c, j))) j++;   /* "attentats meurtriers" */
    if (j + 1 >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"en", "depuis", NULL})) return 0;
    const dp_token *n = S_tok(c, j + 1);
    if (S_is(c, j, "en") && n->kind == DP_TOK_NUM && n->num >= 1900 && n->num <= 2100) return 1;   /* "en 2016" */
    uint32_t q = j + 1;
    if (S_in(n->norm, (const char *const[]){"les", "ces", NULL})) q++;   /* "depuis les six derniers mois" */
    if (q >= s->t1 || !(S_two_or_more(c, q) || S_in(S_tok(c, q)->norm, (const char *const[]){"un", "une", "quelques", "plusieurs", NULL})))
        return 0;
    q++;
    if (q < s->t1 && S_in(S_tok(c, q)->norm, (const char *const[]){"dernieres", "derniers", NULL})) q++;
    return q < s->t1 && S_in(S_tok(c, q)->norm, periods);
}

static int S_item_ends(S_ctx *c, const dp_sentence *s, uint32_t floor, uint32_t j);
static int S_locative(S_ctx *c, uint32_t j);

/* The counted protest noun at H opens its clause ("Plusieurs
 * manifestations se sont déroulées à X", "..., plusieurs blocages ont eu
 * lieu à X") and its clause places them at a town, through a locative
 * ("à X", "dans la ville de X") or a list item ("notamment sur le parking
 * de X"): the protests of that town, no tally.  Not other events
 * ("plusieurs attentats ont été commis à X" may sum up a year), nor a
 * noun that opens no clause ("responsable de plusieurs blocages à X").  */
static int S_counted_at_town(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t h)
{
    if (strcmp(v->e->f[F_EVENT], "PROTEST") || (h > s->t0 + 1 && !S_is_comma(S_tok(c, h - 2)) && !S_is(c, h - 2, "et")))
        return 0;
    for (uint32_t j = v->trig1; j < s->t1 && j < v->trig1 + 16; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_in(t->norm, S_relpron)) return 0;
        int32_t p = c->place[j];
        if (p >= 0 && (j == s->t0 || c->place[j - 1] != p) && !strcmp(c->d->places.v[p].precision, "exact") &&
            (S_locative(c, j) || S_item_ends(c, s, v->trig1, j)))
            return 1;
    }
    return 0;
}

/* The event noun of V counts many events ("plusieurs attentats", "des
 * dizaines d'attaques") or a growing number ("les attaques qui se
 * multiplient") in a sentence that dates nothing and places them at no
 * town (S_counted_at_town): a tally, no one event.                      */
static int S_aggregate(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    uint32_t h = v->trig0;
    int several = h > s->t0 && S_in(S_tok(c, h - 1)->norm, (const char *const[]){"plusieurs", "nombreux", "nombreuses", NULL});
    int many = several ||
               (h > s->t0 + 1 && S_is(c, h - 1, "de") &&
                S_in(S_tok(c, h - 2)->norm, (const char *const[]){"dizaines", "centaines", "milliers", NULL}));
    int growing = v->trig1 + 2 < s->t1 && S_is(c, v->trig1, "qui") && (S_is(c, v->trig1 + 1, "se") || S_is(c, v->trig1 + 1, "s'")) &&
                  S_in(S_tok(c, v->trig1 + 2)->norm, (const char *const[]){"multiplient", "succedent", "repetent", NULL});
    return ((many || growing) && !S_any_time(c, s) && !(several && S_counted_at_town(c, s, v, h))) ||
           S_tally_period(c, s, v);
}

static int S_habitual_norm(const char *w) { return S_in(w, S_habitual); }

/* A period repeated at token J: "tous les samedis", "chaque semaine"
 * ("toutes les années d'abandon" counts a span, no repetition).     */
static int S_periodic(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    static const char *const periods[] = {"jour", "jours", "semaine", "semaines", "mois", "ans", "annee", "annees",
                                          "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis",
                                          "dimanches", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
                                          "dimanche", "soirs", "soir", "matins", "matin", "nuits", "nuit",
                                          "week-ends", "week-end", NULL};
    uint32_t p;
    if (S_is(c, j, "chaque")) p = j + 1;
    else if ((S_is(c, j, "tous") || S_is(c, j, "toutes")) && j + 1 < s->t1 && S_is(c, j + 1, "les")) p = j + 2;
    else return 0;
    return p < s->t1 && S_in(S_tok(c, p)->norm, periods) &&
           !(p + 1 < s->t1 && S_in(S_tok(c, p + 1)->norm, (const char *const[]){"de", "d'", NULL}));
}

/* "le groupe mène encore des attaques dans la région", "ces drones sont
 * capables de mener des frappes": a support verb in a simple tense or a
 * present participle with a mark of persistence ("encore", "toujours",
 * "continuer de"), or an infinitive under a verb of capacity ("servir à",
 * "permettre de", "capable de"), over an event noun in the indefinite
 * plural, in a sentence that dates nothing, tells a group's habit or
 * capacity -- no one event (GUIDELINE §2: generic, habitual or aggregate
 * statements).  The plain present ("la police procède à des
 * interpellations"), the compound past ("a mené des frappes"), a gerund
 * ("en proférant des menaces") and a dated sentence tell events.         */
static int S_habitual_light(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t g0)
{
    uint32_t n = v->light, h = v->head;
    if (!n || n <= h || n <= s->t0) return 0;
    const char *w = S_tok(c, n)->norm;
    size_t l = strlen(w);
    if (l < 2 || (w[l - 1] != 's' && w[l - 1] != 'x')) return 0;
    uint32_t b = n;   /* "des attaques meurtrières", "de nouvelles attaques" */
    while (b > h + 1 && (S_tok(c, b - 1)->pos & DP_POS_ADJ) && !S_is_det(c, b - 1)) b--;
    if (b <= h + 1) return 0;
    const char *det = S_tok(c, b - 1)->norm;
    /* "de" is the partitive only right after the verb or an adverb ("mène
     * de nouvelles attaques", "ne mène plus d'attaques"), not in "lance une
     * procédure de sanctions" */
    if (!S_in(det, (const char *const[]){"des", "plusieurs", NULL}) &&
        !(S_in(det, (const char *const[]){"de", "d'", NULL}) &&
          (b - 2 == h || (S_tok(c, b - 2)->pos & DP_POS_ADV))))
        return 0;
    for (uint32_t j = h + 1; j < b; j++)   /* "mène de nouveau des offensives": a renewed act is told */
        if (S_is(c, j, "nouveau") && (S_is(c, j - 1, "de") || S_is(c, j - 1, "a"))) return 0;
    const dp_token *t = S_tok(c, h);
    if (t->pos & DP_POS_VPP) return 0;
    for (uint32_t j = g0; j < h; j++)
        if (S_is_aux(c, j)) return 0;   /* a compound tense */
    if (S_any_time(c, s)) return 0;
    if (t->pos & DP_POS_VINF) {
        /* a capacity: "peut servir à/pour mener", "capables de mener",
         * "permet de mener" */
        uint32_t j = h;
        if (j > s->t0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"a", "pour", "de", "d'", NULL})) j--;
        for (uint32_t k = j; k > s->t0 && j - k < 3;) {
            k--;
            if (S_lemma_is(c, k, "servir") || S_lemma_is(c, k, "permettre") ||
                S_in(S_tok(c, k)->norm, (const char *const[]){"capable", "capables", NULL}))
                return 1;
        }
        return 0;
    }
    size_t m = strlen(t->norm);
    int participle = m > 4 && !strcmp(t->norm + m - 3, "ant");
    if (participle && h > s->t0 && S_is(c, h - 1, "en")) return 0;   /* a gerund */
    if (!participle && (S_tense(c, h) == 'F' || S_tense(c, h) == 'C')) return 0;
    /* a mark of persistence between the subject and the noun: "mène
     * encore des attaques", "mènent toujours des raids", "continue de
     * mener" (the adverbs of habit, "régulièrement", are S_generic's) --
     * the plain present tells what happens now ("la police procède à des
     * interpellations") */
    uint32_t a = g0 > s->t0 + 2 ? g0 - 2 : s->t0;
    for (uint32_t j = a; j < b; j++)
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"encore", "toujours", "constamment", "continuellement", NULL}) ||
            S_lemma_is(c, j, "continuer"))
            return 1;
    return 0;
}

/* "on déplore trois blessés", "on lui reproche un enrichissement
 * personnel", "il lui est reproché d'avoir négocié": "déplorer" or
 * "reprocher" with the indefinite "on", or a blame verb in an impersonal
 * passive with the blamed party as a dative clitic, has no identifiable
 * speaker -- a toll told
 * ("on déplore N blessés") or what a party is charged with, which the act
 * that brings the charge codes (GUIDELINE §2: statements; §4 codes verbal
 * acts of an identifiable actor).                                          */
static int S_indefinite_blame(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t g0)
{
    if (v->noun || v->light || v->A.nactor || strcmp(v->e->f[F_EVENT], "ACCUSE")) return 0;
    static const char *const clitics[] = {"lui", "leur", "l'", "le", "la", "les", "y", "en", "ne", "n'", "se", "s'", NULL};
    uint32_t j = g0;
    int dative = 0;
    for (uint32_t k = g0; k < v->head; k++)   /* a clitic inside the verb group: "il leur est reproché" */
        dative |= S_in(S_tok(c, k)->norm, (const char *const[]){"lui", "leur", NULL});
    while (j > s->t0 && S_in(S_tok(c, j - 1)->norm, clitics)) {
        dative |= S_in(S_tok(c, j - 1)->norm, (const char *const[]){"lui", "leur", NULL});
        j--;
    }
    if (j <= s->t0) return 0;
    /* "on" only for the toll ("on déplore") and the charge ("on lui
     * reproche"): "À Kiev, on accuse Moscou ..." names its speaker by the
     * frame before it */
    const char *h = S_tok(c, v->head)->norm;
    int toll_or_charge = !strncmp(h, "deplor", 6) || !strncmp(h, "reproch", 7);
    if (S_is(c, j - 1, "on")) return toll_or_charge;
    return S_is(c, j - 1, "il") && dative && v->passive;
}

/* "les rebelles qu'elle soutient", "les réformes qu'il proposait": a
 * backing or an offer in a simple present or imperfect, in a relative
 * clause whose antecedent noun is its object, describes that noun -- a
 * standing relation, not an act told (GUIDELINE §2: generic or habitual
 * statements).  "a annoncé qu'il soutient" (a completive after a verb) and
 * the compound past ("les réformes qu'il a proposées") are acts.  Only a
 * pronoun subject ("qu'elle", "qu'ils") after a noun with a plain
 * determiner is read: "aux milices qu'elle soutient" and "les mesures que
 * le gouvernement propose" are left as they are.                          */
static int S_relative_state(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t g0)
{
    if (v->noun || v->light || (strcmp(v->e->f[F_EVENT], "SUPPORT") && strcmp(v->e->f[F_EVENT], "AGREE"))) return 0;
    /* praise in quoted words is said, not a standing relation: "un
     * geste que le préfet a qualifié d'« admirable »" */
    if (v->e->f[F_REQ] && strstr(v->e->f[F_REQ], "praise")) return 0;
    for (uint32_t j = g0; j < v->head; j++)
        if (S_is_aux(c, j) || S_is_verb(S_tok(c, j))) return 0;   /* a compound tense, a modal */
    if (S_tok(c, v->head)->pos & (DP_POS_VPP | DP_POS_VINF)) return 0;
    char tn = S_tense(c, v->head);
    if (tn == 'F' || tn == 'C') return 0;
    uint32_t j = g0;
    while (j > s->t0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"ne", "n'", "lui", "leur", "y", "en", NULL})) j--;
    if (j < s->t0 + 3 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"il", "elle", "ils", "elles", "on", NULL})) return 0;
    if (!S_in(S_tok(c, j - 2)->norm, (const char *const[]){"que", "qu'", NULL})) return 0;
    /* the antecedent: a noun ("les rebelles", "des milices", "les réformes
     * constitutionnelles"), not a verb ("a annoncé qu'il", "dit qu'elle") */
    uint32_t a = j - 3;
    while (a > s->t0 && (S_tok(c, a)->pos & DP_POS_ADJ) && !(S_tok(c, a)->pos & DP_POS_NC)) a--;
    const dp_token *n = S_tok(c, a);
    if (!(n->pos & DP_POS_NC) || (n->pos & DP_POS_VPP) || a <= s->t0 || !S_is_det(c, a - 1)) return 0;
    /* "a annoncé la semaine dernière qu'il soutient": a time, no antecedent */
    return !S_in(n->norm, (const char *const[]){"jour", "semaine", "mois", "annee", "an", "soir", "matin", "nuit",
                                                "veille", "lendemain", "week-end", "journee", "soiree", NULL});
}


static int S_idiom(S_ctx *c, const dp_sentence *s, uint32_t i);

/* Some actor of V can act: a name, or a noun of agents, titles or
 * organisations (S_can_act).  On a page about an accident, harm whose
 * only "actor" is a thing or a toll is no attack: "une cabine a blessé
 * deux randonneurs", "selon le bilan, deux skieurs ont été blessés",
 * "la génisse a péri, frappée par une décharge électrique".             */
static int S_party_acts(S_ctx *c, const S_ev *v)
{
    for (int i = 0; i < v->A.nactor; i++)
        if (S_can_act(c, &v->A.actor[i])) return 1;
    return 0;
}

/* The one-word verb trigger of V is a noun after its determiner (below),
 * or a form that is also an adjective (Lefff) read as one: it follows a
 * noun or an adverb with no subject clitic, and no object, name or adverb
 * in "-ment" follows it ("un état de santé critique", "une étape critique
 * des travaux", "un succès critique et commercial").  After a noun, the
 * noun phrase must be no subject: a preposition or a verb comes before it
 * ("dans un état critique", "jugent son état critique"); at the sentence's
 * start or after a comma or a conjunction the noun phrase is the subject
 * and the form a verb ("le maire critique aussi la réforme", "le club
 * critique, dans un message, l'arbitre", "la foule manifeste devant la
 * mairie").  "il critique", "qui critique vivement", "très critique
 * envers le maire" stay verbs.                                            */
static int S_adjective_form(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (v->noun || v->trig0 != v->head || v->trig1 != v->head + 1 || v->head <= s->t0) return 0;
    const dp_token *t = S_tok(c, v->head), *p = S_tok(c, v->head - 1);
    /* right after a determiner that is no object clitic, the form is a
     * noun: "une somme de dix euros", a noun misspelt as a verb form
     * after a possessive ("nos menace" for "nos menaces") (not "il les
     * somme", "elle leur demande"; not an infinitive after "dû", folded
     * "du": "a dû partir")                                              */
    if (!(t->pos & (DP_POS_VPP | DP_POS_VINF)) &&
        S_in(p->norm, (const char *const[]){"un", "une", "du", "des", "au", "aux", "cet", "cette", "ces", "mon", "ma", "mes",
                                            "son", "sa", "ses", "notre", "nos", "votre", "vos", "chaque", "quelques", NULL}))
        return 1;
    if (!(t->pos & DP_POS_ADJ) || (t->pos & (DP_POS_VPP | DP_POS_VINF))) return 0;
    if (!(p->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_ADV | DP_POS_VPP)) || (p->pos & (DP_POS_PRO | DP_POS_DET)) ||
        S_is(c, v->head - 1, "ne") || S_is(c, v->head - 1, "n'"))
        return 0;
    if (!(p->pos & (DP_POS_ADV | DP_POS_VPP)) && (p->pos & DP_POS_NC)) {
        uint32_t k = v->head - 1;
        while (k > s->t0 && (S_in(S_tok(c, k - 1)->norm, (const char *const[]){"de", "du", "des", "d'", NULL}) ||
                             ((S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_DET | DP_POS_NP)) &&
                              !(S_tok(c, k - 1)->pos & (DP_POS_PREP | DP_POS_V | DP_POS_VPP)))))
            k--;
        if (k == s->t0) return 0;
        const dp_token *b = S_tok(c, k - 1);
        if (!(b->pos & (DP_POS_PREP | DP_POS_V | DP_POS_VPP | DP_POS_VINF)) || b->kind != DP_TOK_WORD) return 0;
    }
    if (v->head + 1 < s->t1) {
        uint32_t n = v->head + 1;
        const dp_token *q = S_tok(c, n);
        size_t l = strlen(q->norm);
        /* "très critique envers le gouvernement": the adjective with a
         * target tells the same disapproval; "du" opens the noun's
         * complement ("une étape critique du chantier") */
        if ((S_is_det(c, n) && !S_is(c, n, "du")) || (q->pos & (DP_POS_NP | DP_POS_PRO)) || (q->flags & DP_TF_CAP) ||
            S_is(c, n, "envers") ||
            (S_is(c, n, "a") && n + 1 < s->t1 && S_is(c, n + 1, "l'") && n + 2 < s->t1 && S_is(c, n + 2, "egard")) ||
            ((q->pos & DP_POS_ADV) && l > 6 && !strcmp(q->norm + l - 4, "ment")))
            return 0;
    }
    return 1;
}

static int S_generic(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t g0)
{
    if (S_habitual_light(c, s, v, g0) || S_indefinite_blame(c, s, v, g0) || S_relative_state(c, s, v, g0) ||
        (v->light && S_tally_period(c, s, v)))
        return 1;
    uint32_t a = g0 > s->t0 + 3 ? g0 - 3 : s->t0;
    /* "le régime refuse toujours le moindre compromis": a refusal kept up
     * (an adverb of persistence, the present or the passé composé, an
     * object that is a singular definite, "tout/toute" + noun or a named
     * party) is a stance taken; "rejette régulièrement les demandes",
     * "refuse souvent des visas", "refuse systématiquement les demandes
     * d'asile" (a generic plural) are habits */
    int stance = 0;
    if (!v->noun && !strcmp(v->e->f[F_EVENT], "REJECT") && v->A.nrecip) {
        const char *w = S_tok(c, v->head)->norm;
        size_t l = strlen(w);
        int imperfect = (l > 4 && !strcmp(w + l - 3, "ait")) || (l > 5 && !strcmp(w + l - 5, "aient"));
        uint32_t r0 = v->A.recip[0].sp.t0;
        stance = !imperfect && r0 < s->t1 &&
                 (v->A.recip[0].ent >= 0 ||
                  S_in(S_tok(c, r0)->norm, (const char *const[]){"le", "la", "l'", "tout", "toute", NULL}));
    }
    for (uint32_t j = a; j < v->trig1 + 2 && j < s->t1; j++)
        if (S_word_in(c, j, S_W_HABITUAL, S_habitual_norm) &&
            !(stance && S_in(S_tok(c, j)->norm, (const char *const[]){"toujours", "systematiquement", "obstinement", NULL})))
            return 1;
    /* "des rassemblements se tiennent tous les dimanches": repeated events,
     * the period told in the trigger's clause */
    for (uint32_t j = a; j < s->t1 && j < v->trig1 + 8; j++) {
        if (j >= v->trig1 && (S_is_comma(S_tok(c, j)) || S_is_stop(S_tok(c, j)))) break;
        if (S_periodic(c, s, j)) return 1;
    }
    if (S_accident(c, s)) return 1;
    /* "deux passagers ont été blessés" after a derailment: harm with no
     * author on a page about an accident or a disaster is no attack; not
     * a noun whose REQUIRE has held (an explosion with a toll or a device
     * in its paragraph) nor harm told with a device ("tués par une mine
     * antipersonnel"); harm that a suicide did is none, whoever did it
     * (S_suicide_harm: GUIDELINE §1 codes no suicide; a suicide attack
     * has crime words, no mishap page) */
    if (!strcmp(v->e->f[F_EVENT], "ASSAULT") && (!S_party_acts(c, v) || S_suicide_harm(c, s, v->trig0, 0)) &&
        !(v->noun && v->e->f[F_REQ]) && S_mishap_page(c) && !S_near_words(c, s, "@device"))
        return 1;   /* the page's answer is kept: asked first */
    if (S_adjective_form(c, s, v)) return 1;
    /* a verb in a fixed phrase of idioms.tsv: "les électeurs sont appelés
     * aux urnes" (a vote, no appeal) */
    if (!v->noun && S_idiom(c, s, v->head)) return 1;
    /* "selon qu'ils auront accepté ou non de signer": either way, no
     * event told */
    if (!v->noun && v->head + 2 < s->t1 && S_is(c, v->head + 1, "ou") &&
        (S_is(c, v->head + 2, "non") || S_is(c, v->head + 2, "pas")))
        return 1;
    for (uint32_t j = g0; j > s->t0 && g0 - j < 6;) {
        j--;
        if (S_is_comma(S_tok(c, j)) || S_is_stop(S_tok(c, j))) break;
        if ((S_is(c, j, "que") || S_is(c, j, "qu'")) && j > s->t0 && S_is(c, j - 1, "sans")) return 1;
    }
    /* "une guerre qui a tué 120 000 personnes": a war's toll, no one event */
    for (int i = 0; i < v->A.nactor; i++) {
        const S_arg *x = &v->A.actor[i];
        uint32_t k = x->sp.t0;
        while (k < x->sp.t1 && S_is_det(c, k)) k++;
        if (x->ent < 0 && k < x->sp.t1 && S_in(S_tok(c, k)->norm, S_situations)) return 1;
    }
    if (v->noun) {   /* "de tels attentats", "une agression de ce type": a kind of event */
        uint32_t h = v->trig0;
        /* "les premières conclusions de l'enquête", "dans le cadre d'une information judiciaire",
         * "selon une source proche de l'enquête": an investigation cited as a source or a setting */
        uint32_t b = h;
        while (b > s->t0 && S_is_det(c, b - 1) && !S_in(S_tok(c, b - 1)->norm, (const char *const[]){"des", "du", NULL})) b--;
        if (!strcmp(v->e->f[F_EVENT], "ACCUSE") && b > s->t0 + 1 &&
            S_in(S_tok(c, b - 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL}) &&
            S_in(S_tok(c, b - 2)->norm, (const char *const[]){"elements", "conclusions", "resultats", "cadre", "suite",
                                                              "lumiere", "termes", "selon", "proche", "proches", NULL}))
            return 1;
        /* "une baisse des attentats", "le nombre d'arrestations": a trend, no one event */
        if (b > s->t0 + 1 && S_in(S_tok(c, b - 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL}) &&
            S_in(S_tok(c, b - 2)->norm, (const char *const[]){"baisse", "hausse", "nombre", "multiplication", "recrudescence",
                                                              "augmentation", "diminution", "recul", "montee", NULL}))
            return 1;
        if (h > s->t0 && S_in(S_tok(c, h - 1)->norm, (const char *const[]){"tel", "telle", "tels", "telles", NULL}))
            return 1;
        /* "un jugement sans appel", "relâché sans aucune poursuite": the
         * act named after "sans" did not take place */
        if (b > s->t0 && S_is(c, b - 1, "sans")) return 1;
        /* "responsable de plusieurs attentats", "les attaques qui se
         * multiplient": a tally of events told with no time, no one event */
        if (S_aggregate(c, s, v)) return 1;
        uint32_t e = v->trig1;
        if (e + 2 < s->t1 && S_is(c, e, "de") && S_in(S_tok(c, e + 1)->norm, (const char *const[]){"ce", "cet", NULL}) &&
            S_in(S_tok(c, e + 2)->norm, (const char *const[]){"type", "genre", NULL}))
            return 1;
    }
    if (v->noun) {
        /* "dans le but de lancer un raid", "souhaitait mener une attaque":
         * the object of an infinitive that tells only an aim or a wish */
        uint32_t j = S_np_open(c, s, v->trig0);
        if (j <= s->t0 || !S_intent_only(c, s, j - 1)) return 0;
        /* only after a support verb (mener, déposer) or one whose entry
         * takes the noun in ("porter plainte"): an event verb ("dans le
         * but de fuir les combats") names an event that is */
        S_match m;
        S_match_at(c, j - 1, s->t1, &m);
        return S_pick(&m, P_VERB) == NULL || m.end > j;
    }
    return (S_noun_infinitive(c, s, v->head) && !S_called_protest(c, s, v)) || S_intent_only(c, s, v->head);
}

/* "a menacé de couper l'électricité", "menacé la Grèce de sanctions": the
 * trigger from G0 is what a threat threatens, told by the THREATEN record
 * of "menacer" itself.  With REFUSAL: "a refusé de participer aux
 * pourparlers", "refuse de reconnaître X", "refuse catégoriquement de
 * signer l'accord" (a noun trigger, object of the infinitive): what a
 * refusal turns down is told by the REJECT record of "refuser" itself
 * (GUIDELINE §2: refusals are coded; the act refused did not take place
 * and is no record of its own).                                          */
/* The first token of the noun phrase whose head is at T0: back over its
 * determiners and adjectives ("les lourdes sanctions").                   */
static uint32_t S_np_open(S_ctx *c, const dp_sentence *s, uint32_t t0)
{
    uint32_t j = t0;
    while (j > s->t0 && (S_is_det(c, j - 1) || ((S_tok(c, j - 1)->pos & DP_POS_ADJ) && !(S_tok(c, j - 1)->pos & DP_POS_V))))
        j--;
    return j;
}

static int S_governed_act(S_ctx *c, const dp_sentence *s, uint32_t g0, int refusal)
{
    uint32_t j = S_np_open(c, s, g0);
    /* the infinitive whose object the noun is, and its clitics ("de
     * signer l'accord", "de s'asseoir à la table des négociations") */
    if (refusal && j < g0 && j > s->t0 + 1 && (S_tok(c, j - 1)->pos & DP_POS_VINF)) {
        j--;
        while (j > s->t0 && (S_tok(c, j - 1)->flags & DP_TF_CLITIC)) j--;
    }
    if (j <= s->t0 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "d'", NULL})) return 0;
    for (uint32_t k = j - 1; k > s->t0 && j - k <= 5;) {
        k--;
        if (S_is_stop(S_tok(c, k)) || S_is_comma(S_tok(c, k))) return 0;
        if (S_lemma_is(c, k, refusal ? "refuser" : "menacer")) return 1;
    }
    return 0;
}

/* ---- one record per site --------------------------------------------------- */

/* The noun phrase SP is headed by a site or place noun ("l'ambassade d'
 * Italie", "les entrepôts de Saint-Priest", "celui de Gennevilliers" after a site).*/
static int S_site_np(S_ctx *c, dp_tspan sp)
{
    uint32_t t = sp.t0;
    while (t < sp.t1 && S_is_det(c, t)) t++;
    if (t >= sp.t1) return 0;
    S_entry e[S_SENSES];
    size_t n = S_lookup_tok(c, t, e, S_SENSES);
    for (size_t k = 0; k < n; k++)
        if (e[k].part == P_SITE || e[k].part == P_PLACEHEAD) return 1;
    return 0;
}

/* The first place named in T0..T1, or -1.                                */
static int32_t S_place_in(S_ctx *c, uint32_t t0, uint32_t t1)
{
    for (uint32_t t = t0; t < t1; t++)
        if (c->place[t] >= 0) return c->place[t];
    return -1;
}

/* The town or site named inside site phrase SP ("une caserne de Gao"),
 * or -1: a country completing a site ("l'ambassade d'Italie") is whose
 * it is, not where it stands.                                            */
/* The end of site phrase SP: its complement ("de Rennes", "des armées")
 * may lie past the span, up to the next comma, "et" or end of sentence. */
static uint32_t S_site_phrase_end(S_ctx *c, dp_tspan sp)
{
    uint32_t e = sp.t1, s1 = (uint32_t)c->d->toks.n;
    while (e < s1 && e < sp.t1 + 4 && !S_is_comma(S_tok(c, e)) && !S_is_stop(S_tok(c, e)) && !S_is(c, e, "et") &&
           (e == sp.t1 || !(S_tok(c, e)->pos & (DP_POS_V | DP_POS_AUX))))
        e++;
    return e;
}

static int32_t S_site_place(S_ctx *c, dp_tspan sp)
{
    int32_t p = S_place_in(c, sp.t0, S_site_phrase_end(c, sp));
    return p >= 0 && strcmp(c->d->places.v[p].precision, "country") ? p : -1;
}

/* Record K, split into one record per site: it keeps the first site SP
 * alone, the other sites' phrases having records of their own, and is
 * placed at the town the first site names.                               */
static void S_first_site(S_ctx *c, size_t k, dp_tspan sp, const S_arg *v, int n, int first, int any)
{
    dp_event *e = &c->d->events.v[k];
    size_t m = 0;
    for (size_t i = 0; i < e->recipients.n; i++) {
        int other = 0;
        uint32_t t0 = e->recipients.v[i].span.t0;   /* a piece of another site's phrase: "des armées" */
        for (int r = first + 1; r < n; r++)
            if (v[r].sp.t0 <= t0 && t0 < S_site_phrase_end(c, v[r].sp) && (any || S_site_np(c, v[r].sp))) other = 1;
        if (!other) e->recipients.v[m++] = e->recipients.v[i];
    }
    e->recipients.n = m;
    int32_t p = S_site_place(c, sp);
    if (p >= 0) e->place = p;
}

/* A copy of record K that targets SP alone, placed at PLACE when known.  */
static void S_site_record(S_ctx *c, size_t k, dp_tspan sp, int32_t ent, int32_t place)
{
    dp_doc *d = c->d;
    dp_event *n = DP_DPUSH(d, d->events);
    const dp_event *e = &d->events.v[k];
    *n = *e;
    memset(&n->actors, 0, sizeof n->actors);
    memset(&n->recipients, 0, sizeof n->recipients);
    memset(&n->sources, 0, sizeof n->sources);
    memset(&n->also_in, 0, sizeof n->also_in);
    for (size_t i = 0; i < e->actors.n; i++) *DP_DPUSH(d, n->actors) = e->actors.v[i];
    for (size_t i = 0; i < e->sources.n; i++) *DP_DPUSH(d, n->sources) = e->sources.v[i];
    dp_event_arg *a = DP_DPUSH(d, n->recipients);
    a->entity = ent;
    a->span = sp;
    if (ent >= 0) a->actor = d->ents.v[ent].actor;
    if (place >= 0) n->place = place;
    n->dead = n->injured = n->arrested = n->affected = -1;   /* a toll stays on the first */
    n->why = dp_arena_concat(&d->arena, e->why, "+site");
}

/* "ont attaqué le consulat d'Italie et la caserne de la garde", "sont
 * bloqués les entrepôts de Saint-Priest, celui de Corbas, celui de Gennevilliers": attacks
 * and blockades at several named sites are one record per site (record K
 * keeps the first).                                                       */
static void S_sites(S_ctx *c, const dp_sentence *s, const S_ev *v, size_t k)
{
    dp_doc *d = c->d;
    const char *ty = d->events.v[k].event;
    if (v->noun || (strcmp(ty, "ASSAULT") && strcmp(ty, "PROTEST"))) return;
    int first = -1;
    for (int i = 0; i < v->A.nrecip; i++) {
        if (!S_site_np(c, v->A.recip[i].sp)) continue;
        if (first < 0) { first = i; continue; }
        const S_arg *r = &v->A.recip[i];
        S_site_record(c, k, r->sp, r->ent, S_site_place(c, r->sp));
    }
    if (first < 0) return;
    if (d->events.n > k + 1) S_first_site(c, k, v->A.recip[first].sp, v->A.recip, v->A.nrecip, first, 0);
    for (uint32_t j = v->trig1; j + 2 < s->t1; j++) {
        if (!S_in(S_tok(c, j)->norm, (const char *const[]){"celui", "celle", "ceux", "celles", NULL}) ||
            !S_in(S_tok(c, j + 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}))
            continue;
        /* "à l'instar de ceux de Toulouse", "comme celui de Nantes": a comparison, no site */
        if (j > s->t0 + 1 && ((S_is(c, j - 1, "de") && S_is(c, j - 2, "instar")) || S_is(c, j - 1, "comme")))
            continue;
        uint32_t e = j + 2;
        while (e < s->t1 && !S_is_comma(S_tok(c, e)) && !S_is_stop(S_tok(c, e)) && !S_is(c, e, "et") &&
               !S_is(c, e, "(") && !S_is(c, e, ")"))
            e++;
        uint32_t pe = e;   /* "celui de Corbas (à Lyon)" */
        while (pe < s->t1 && !S_is_comma(S_tok(c, pe)) &&
               (!S_is_stop(S_tok(c, pe)) || S_is(c, pe, "(") || S_is(c, pe, ")")))
            pe++;
        S_site_record(c, k, (dp_tspan){j, e}, -1, S_place_in(c, j + 2, pe));
    }
}

static int S_people_np(S_ctx *c, const S_arg *a);

/* "ont bloqué un rond-point à Rennes et un péage à Nantes", "ont incendié
 * des voitures à Lyon et un bus à Grenoble": things attacked or blocked,
 * each told at its own town, are one record per town, as sites are
 * (S_sites).  Every target must be a thing (no people: "ont tué un
 * soldat à Gao et un civil à Kidal" is left as one record) and name a
 * town of its own, all towns distinct.                                   */
static void S_sited_things(S_ctx *c, const S_ev *v, size_t k)
{
    dp_doc *d = c->d;
    int n = v->A.nrecip;
    if (v->noun || d->events.n > k + 1 || n < 2 || n > 8) return;   /* already split */
    const char *ty = d->events.v[k].event;
    if (strcmp(ty, "ASSAULT") && strcmp(ty, "PROTEST")) return;
    int32_t at[8];
    for (int i = 0; i < n; i++) {
        const S_arg *r = &v->A.recip[i];
        if (r->ent >= 0 || S_people_np(c, r)) return;
        at[i] = S_site_place(c, r->sp);
        if (at[i] < 0 || c->place[r->sp.t1 - 1] == at[i]) return;   /* the town names no target: "Gao et Kidal" */
        for (int j = 0; j < i; j++)
            if (at[j] == at[i]) return;
    }
    for (int i = 1; i < n; i++) S_site_record(c, k, v->A.recip[i].sp, v->A.recip[i].ent, at[i]);
    S_first_site(c, k, v->A.recip[0].sp, v->A.recip, n, 0, 1);
}

/* The place named at J after "à" / "au" ("à Madrid"), with *END set past
 * its words; -1 when J opens no place.                                   */
static int32_t S_at_town(S_ctx *c, const dp_sentence *s, uint32_t j, uint32_t *end)
{
    if (j + 1 >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"a", "au", NULL})) return -1;
    int32_t p = c->place[j + 1];
    if (p < 0 || !strcmp(c->d->places.v[p].precision, "country")) return -1;
    uint32_t e = j + 1;
    while (e < s->t1 && c->place[e] == p) e++;
    *end = e;
    return p;
}

/* A copy of protest record K placed at town P.                           */
static void S_town_record(S_ctx *c, size_t k, int32_t p)
{
    dp_doc *d = c->d;
    dp_event *r = DP_DPUSH(d, d->events);
    const dp_event *o = &d->events.v[k];
    *r = *o;
    memset(&r->sources, 0, sizeof r->sources);
    memset(&r->also_in, 0, sizeof r->also_in);
    for (size_t i = 0; i < o->sources.n; i++) *DP_DPUSH(d, r->sources) = o->sources.v[i];
    r->place = p;
    r->dead = r->injured = r->arrested = r->affected = -1;   /* a toll stays on the first */
    r->why = dp_arena_concat(&d->arena, o->why, "+site");
}

/* Record K is of a type whose acts at several places are several events
 * (GUIDELINE §3): a protest, an attack or a clash ("des attaques à Kaboul
 * et à Kandahar" are two attacks), or police acting on the ground, CAMEO
 * 173 arrest, 174 expulsion, 175 repression ("ont évacué les squats à Metz
 * et à Nancy").  A decree is one act however many towns it names: no
 * split for a curfew, a ban or a state of emergency (172), a seizure or
 * a siege.                                                               */
static int S_split_by_town(const dp_event *e)
{
    if (!strcmp(e->event, "PROTEST") || !strcmp(e->event, "ASSAULT")) return 1;
    return !strcmp(e->event, "COERCE") && e->cameo && !strncmp(e->cameo, "17", 2) &&
           (e->cameo[2] == '3' || e->cameo[2] == '4' || e->cameo[2] == '5');
}

/* "ont manifesté à Lyon et à Grenoble", "à Tours, à Blois ainsi qu'à
 * Vendôme", "des frappes ont eu lieu à Alep et à Homs": a protest or an
 * attack told at several coordinated towns right after its trigger is one
 * record per town (record K keeps the first town).                       */
static void S_towns(S_ctx *c, const dp_sentence *s, const S_ev *v, size_t k)
{
    dp_doc *d = c->d;
    if (!S_split_by_town(&d->events.v[k])) return;
    uint32_t j = v->trig1, e = 0;
    /* "monstres", "ont eu lieu", "se sont tenues" */
    while (j < s->t1 && j < v->trig1 + 4 &&
           ((S_tok(c, j)->pos & (DP_POS_ADJ | DP_POS_AUX | DP_POS_V | DP_POS_VPP)) || S_is(c, j, "lieu") ||
            S_is(c, j, "se") || S_is(c, j, "s'")) &&
           !S_in(S_tok(c, j)->norm, (const char *const[]){"a", "au", NULL}))
        j++;
    int32_t first = S_at_town(c, s, j, &e);
    if (first < 0) return;
    d->events.v[k].place = first;
    /* every town of the list gets its record, however long the list; only
     * the second waits, for a two-town list must be joined by "et" */
    int32_t second = -1;
    int nt = 0, joined = 0;
    for (j = e; j + 2 < s->t1;) {
        uint32_t n = j;
        if (S_is(c, n, "ainsi") && S_is(c, n + 1, "qu'")) n += 2, joined = 1;
        else if (S_is(c, n, "et")) n++, joined = 1;
        else if (S_is_comma(S_tok(c, n))) n++;
        else break;
        int32_t p = S_at_town(c, s, n, &e);
        if (p < 0 || p == first) break;
        if (nt == 1) S_town_record(c, k, second);
        if (nt == 0) second = p;
        else S_town_record(c, k, p);
        nt++;
        j = e;
    }
    if (nt == 1 && !joined) return;   /* "à Molenbeek, à Bruxelles": the town that contains it */
    if (nt == 1) S_town_record(c, k, second);
    /* the first town's protest is one of them, no retelling of another
     * record of the sentence ("se sont mobilisées ... et à des
     * manifestations à Lisbonne comme à Porto") */
    if (d->events.n > k + 1 && !strstr(d->events.v[k].why, "+site"))
        d->events.v[k].why = dp_arena_concat(&d->arena, d->events.v[k].why, "+site");
}

/* A town named at J (no country nor region), or -1.                      */
static int32_t S_town_at(S_ctx *c, uint32_t j)
{
    int32_t p = c->place[j];
    if (p < 0 || strcmp(c->d->places.v[p].precision, "exact")) return -1;
    return p;
}

/* J is past a town and opens the region or country that places it, in
 * parentheses ("à Lisieux (Calvados) et à Caen"): the token after the
 * closing one, else J.                                                   */
static uint32_t S_past_region(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    if (j + 2 >= s->t1 || !S_is(c, j, "(") || c->place[j + 1] < 0) return j;
    for (uint32_t e = j + 1; e < s->t1 && e < j + 8; e++) {
        if (S_is(c, e, ")")) return e + 1;
        if (c->place[e] < 0 && !S_is_comma(S_tok(c, e))) return j;
    }
    return j;
}

/* J opens an aside in brackets after a list item's town that tells what
 * went on there, no region ("à Valbrune (gare routière), à Sarlange (les
 * bus sont déviés) et à Marmonde"): the token after the closing bracket,
 * else J.  The aside holds no other bracket nor sentence stop.           */
static uint32_t S_past_aside(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    if (j + 2 >= s->t1 || !S_is(c, j, "(")) return j;
    for (uint32_t e = j + 1; e < s->t1 && e < j + 24; e++) {
        if (S_is(c, e, ")")) return e > j + 1 ? e + 1 : j;
        if (S_is_stop(S_tok(c, e))) return j;
    }
    return j;
}

/* J is a colon that opens the list of towns of trigger V, near it: "cinq
 * mairies ont été attaquées : Rennes, Brest et Vannes", "Blocages en cours :
 * Caen, Rouen".                                                          */
static int S_colon_list(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t j)
{
    if (!S_is(c, j, ":") || j > v->trig1 + 4 || j + 2 >= s->t1) return 0;
    if (S_in(S_tok(c, j + 1)->norm, (const char *const[]){"a", "au", NULL})) j++;   /* ": à Tours, à Blois" */
    return S_town_at(c, j + 1) >= 0;
}

/* Words that open an item of a list of places ending on its town: "sur
 * le parking de Valbrune", "au rond-point de X", "un pont à X".         */
static int S_item_opener(S_ctx *c, uint32_t j)
{
    return S_in(S_tok(c, j)->norm, (const char *const[]){"a", "au", "aux", "sur", "dans", NULL}) || S_is_det(c, j);
}

/* The tokens [J0, J1) of sentence S lead to a town as part of a list
 * item: no verb (a noun or an adjective may read as one: "gare",
 * "autoroutière"), no comma, no other place, no "et" or "ou" (the next
 * item), no relative pronoun, not "près de" (it locates the item before:
 * "à Sarlange, près de Valbrune") and no event noun (the town is
 * then that event's: "un attentat à X et un raid sur Y").               */
static int S_item_words(S_ctx *c, const dp_sentence *s, uint32_t j0, uint32_t j1)
{
    for (uint32_t k = j0; k < j1; k++) {
        const dp_token *t = S_tok(c, k);
        if (c->place[k] >= 0 || S_is_comma(t) || S_is_stop(t) ||
            S_in(t->norm, (const char *const[]){"et", "ou", "qui", "que", "qu'", "dont", "pres", "entre", NULL}) ||
            (S_is_verb(t) && !(t->pos & (DP_POS_NC | DP_POS_ADJ))))
            return 0;
        S_match m;
        if (t->pos & DP_POS_NC) {
            S_match_at(c, k, s->t1, &m);
            if (S_pick(&m, P_NOUN)) return 0;
        }
    }
    return 1;
}

/* The town an item of a list of places ends on, the item starting at J
 * right after its separator: a town ("Lyon", "à Lyon", "au Mans"), or a
 * site leading to one, opened by a preposition or a determiner ("sur le
 * parking de Valbrune", "au carrefour de la gare de Sarlange", "sur la
 * D12 à Vaubrune", "un pont à Marmonde"), up to eight words before the
 * town.  *AT is where the town's mention starts; -1 when no item.        */
static int32_t S_item_town(S_ctx *c, const dp_sentence *s, uint32_t j, uint32_t *at)
{
    if (j >= s->t1) return -1;
    int32_t p = S_town_at(c, j);
    if (p >= 0) {
        *at = j;
        return p;
    }
    uint32_t k0 = j + 1;
    if (!S_item_opener(c, j)) {
        if (j <= s->t0 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"a", "au", "aux", NULL})) return -1;
        k0 = j;   /* its "au" read as a separator ("et au rond-point de X") */
    }
    uint32_t k = k0;
    while (k < s->t1 && k < j + 9 && c->place[k] < 0) k++;
    if (k >= s->t1 || !S_item_words(c, s, k0, k) || (p = S_town_at(c, k)) < 0) return -1;
    *at = k;
    return p;
}

/* The town at J of sentence S ends a list item that opened after FLOOR
 * ("notamment sur le parking de Valbrune"): back over up to eight item
 * words, an opener.                                                      */
static int S_item_ends(S_ctx *c, const dp_sentence *s, uint32_t floor, uint32_t j)
{
    for (uint32_t k = j; k > floor && j - k < 9;) {
        k--;
        if (!S_item_words(c, s, k, k + 1) && !S_in(S_tok(c, k)->norm, (const char *const[]){"a", "au", "aux", NULL})) return 0;
        if (S_in(S_tok(c, k)->norm, (const char *const[]){"a", "au", "aux", "sur", "dans", NULL})) return 1;
    }
    return 0;
}

static uint32_t S_enum_marker(S_ctx *c, uint32_t j, uint32_t s1);

/* An enumeration marker ("notamment", "dont", "en particulier") lies
 * between tokens J0 and J1: what follows details what came before.      */
static int S_detailed(S_ctx *c, uint32_t j0, uint32_t j1)
{
    for (uint32_t k = j0; k < j1; k++)
        if (S_enum_marker(c, k, j1)) return 1;
    return 0;
}

/* "se sont rassemblés dans plusieurs villes (Lyon, Grenoble, Valence)",
 * "aux ronds-points de Dax et Pau et à Tarbes": a protest told in a list of
 * towns after its trigger, in its clause, is one record per town (record K
 * keeps the first), as S_towns does for "à X et à Y".  The list opens
 * with the record's own place, or right after "(", "à", "au", "aux",
 * "dans" (not "contre la fermeture des usines de Lille et Roubaix").     */
#define S_LIST_TOWNS 32   /* a live page's round-up may name twenty towns */
static void S_town_list(S_ctx *c, const dp_sentence *s, const S_ev *v, size_t k)
{
    dp_doc *d = c->d;
    if (!S_split_by_town(&d->events.v[k]) || d->events.n > k + 1) return;   /* already split */
    uint32_t j = v->trig1;
    int colon = 0;
    for (; j < s->t1 && j < v->trig1 + 15 && S_town_at(c, j) < 0; j++) {   /* past a country: "en France, à X et Y" */
        const dp_token *t = S_tok(c, j);
        if (S_colon_list(c, s, v, j)) { colon = 1; continue; }
        if ((S_is_stop(t) && !S_is(c, j, "(")) || !strcmp(t->lower, "où") ||
            S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", ":", ";", NULL}))
            return;
        S_match m;   /* "une grève et des rassemblements à X, Y et Z": the towns are the nearer noun's */
        if (j > v->trig1 && (t->pos & DP_POS_NC)) {
            S_match_at(c, j, s->t1, &m);
            if (S_pick(&m, P_NOUN)) return;
        }
    }
    int32_t first = j < s->t1 ? S_town_at(c, j) : -1;
    if (first < 0 || j == s->t0) return;
    if (first != d->events.v[k].place &&
        !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"(", "a", "au", "aux", "dans", ":", NULL}) &&
        !S_item_ends(c, s, v->trig1, j))   /* "notamment sur le parking de Valbrune, ..." */
        return;
    /* "entre Gao et Tombouctou", "depuis Lyon": one act spanning
     * places (a march, a road, a front), not one per town */
    if (S_in(S_tok(c, j - 1)->norm, (const char *const[]){"entre", "depuis", NULL})) return;
    uint32_t first_at = j;
    int32_t towns[S_LIST_TOWNS];
    int n = 0, joined = 0;
    towns[n++] = first;
    while (n < S_LIST_TOWNS) {
        while (j < s->t1 && c->place[j] == towns[n - 1]) j++;
        j = S_past_aside(c, s, S_past_region(c, s, j));
        uint32_t m = j;   /* the separators: ", ", "et", "et à", "ainsi qu'à" */
        while (m < s->t1 && m < j + 3 &&
               (S_is_comma(S_tok(c, m)) || S_in(S_tok(c, m)->norm, (const char *const[]){"et", "a", "au", "ainsi", "qu'", NULL}))) {
            if (S_is(c, m, "et") || S_is(c, m, "ainsi")) joined = 1;
            m++;
        }
        if (m == j || m >= s->t1) break;
        /* "a relié Lyon à Grenoble": a bare "à" joins the two ends of one route */
        if (m == j + 1 && S_in(S_tok(c, j)->norm, (const char *const[]){"a", "au", NULL})) break;
        uint32_t at = m;
        int32_t p = S_item_town(c, s, m, &at);   /* "Lyon", "à Lyon", "sur le parking de Valbrune" */
        if (p < 0) break;
        for (int i = 0; i < n; i++)
            if (towns[i] == p) p = -1;
        if (p < 0) break;
        towns[n++] = p;
        j = at;
    }
    if (n < 2 || (n == 2 && !joined)) return;   /* "à Molenbeek, Bruxelles": the town that contains it */
    /* "Attentat : Paris et Berlin condamnent": after a colon, towns that
     * a verb follows are governments speaking, no list of places */
    if (colon) {
        while (j < s->t1 && c->place[j] == towns[n - 1]) j++;
        j = S_past_region(c, s, j);
        if (j < s->t1 && (S_tok(c, j)->pos & (DP_POS_V | DP_POS_AUX))) return;
    }
    /* "notamment dans le Morbihan, à Brest et Lorient": a place named
     * between the trigger and the list is left as main reads it (one
     * record), lest the region's record be lost; not when the list
     * details it ("dans le Cantal, notamment à Valbrune et à Sarlange") */
    for (uint32_t t = v->trig1; t < s->t1 && c->place[t] != first; t++)
        if (c->place[t] >= 0 && c->place[t] == d->events.v[k].place && !S_detailed(c, t, first_at))
            return;
    d->events.v[k].place = first;
    for (int i = 1; i < n; i++) S_town_record(c, k, towns[i]);
    d->events.v[k].why = dp_arena_concat(&d->arena, d->events.v[k].why, "+site");
}

/* Turns the analysed trigger V of sentence SI into a record.             */
/* Place P is named in sentence S as where someone heads ("se sont repliés
 * vers Mopti, Ségou et Kayes"): a retreat's destination, not the
 * place it happened (the retreat is from the place told before).       */
static int S_toward(S_ctx *c, const dp_sentence *s, int32_t p)
{
    for (uint32_t j = s->t0; j < s->t1; j++) {
        if (c->place[j] != p || (j > s->t0 && c->place[j - 1] == p)) continue;
        /* back over the list before it ("vers Sokhné, Racca et ..."), its
         * determiner and adjectives */
        uint32_t k = j;
        while (k > s->t0 && j - k < 12 &&
               (S_is_comma(S_tok(c, k - 1)) || S_is(c, k - 1, "et") || c->place[k - 1] >= 0 ||
                (S_tok(c, k - 1)->flags & DP_TF_CAP) || S_is_det(c, k - 1)))
            k--;
        /* right after a verb ("se sont repliés vers"), not a noun ("leur
         * offensive vers Raqqa": where the offensive goes on) */
        if (k > s->t0 + 1 && S_is(c, k - 1, "vers") && S_is_verb(S_tok(c, k - 2)) &&
            !(S_tok(c, k - 2)->pos & DP_POS_NC))
            return 1;
    }
    return 0;
}

/* "le préfet aurait dû interdire la marche", "la police aurait pu
 * intervenir": "devoir" or "pouvoir" in the past conditional over the
 * infinitive at H.  Returns 1 for "aurait dû" (what did not happen), 2 for
 * "aurait pu" (what may have happened: a possible event), else 0.       */
static int S_counterfactual(S_ctx *c, const dp_sentence *s, uint32_t h)
{
    if (!(S_tok(c, h)->pos & DP_POS_VINF)) return 0;
    uint32_t j = h;
    for (int n = 0; j > s->t0 && n < 4; n++) {
        j--;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"du", "pu", NULL})) break;
        if (!(S_tok(c, j)->flags & DP_TF_CLITIC) && !(S_tok(c, j)->pos & (DP_POS_ADV | DP_POS_PRO))) return 0;
    }
    if (!S_in(S_tok(c, j)->norm, (const char *const[]){"du", "pu", NULL})) return 0;
    int kind = S_is(c, j, "du") ? 1 : 2;
    for (int n = 0; j > s->t0 && n < 3; n++) {
        j--;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"aurait", "auraient", "aurais", "aurions", "auriez", NULL})) return kind;
        if (!(S_tok(c, j)->pos & DP_POS_ADV) && !S_in(S_tok(c, j)->norm, (const char *const[]){"pas", "jamais", NULL})) return 0;
    }
    return 0;
}

/* "Les deux otages doivent être relâchés sans délai », a dit X", "selon
 * l'ONG, le militant devrait être libéré immédiatement": "devoir" in the
 * present or the conditional over the verb group, an adverb of urgency,
 * and words reported from someone say what that someone asks for, not an
 * act told ("la police a dû relâcher immédiatement", a past; "devraient
 * être libérés au plus tôt lundi", an expectation).                      */
static int S_deontic(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    uint32_t m = 0;
    for (uint32_t j = v->head; j > s->t0 && v->head - j < 6;) {
        j--;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"doit", "doivent", "devrait", "devraient", NULL})) {
            m = j + 1;
            break;
        }
        if (!S_is_aux(c, j) && !S_lemma_is(c, j, "etre") && !(S_tok(c, j)->pos & DP_POS_ADV) &&
            !(S_tok(c, j)->flags & DP_TF_CLITIC))
            return 0;
    }
    if (!m) return 0;
    int urgent = 0;
    for (uint32_t j = m; !urgent && j < s->t1 && j < v->trig1 + 6; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t)) break;
        /* "immédiatement après son audition", "immédiatement dès": a time,
         * right after or before something, not an urgent demand */
        if (S_in(t->norm, (const char *const[]){"immediatement", "illico", NULL}) &&
            !(j + 1 < s->t1 && (S_in(S_tok(c, j + 1)->norm, (const char *const[]){"apres", "avant", NULL}) ||
                                !strcmp(S_tok(c, j + 1)->lower, "dès"))))
            urgent = 1;
        if (j + 1 < s->t1 && S_is(c, j, "sans") &&
            S_in(S_tok(c, j + 1)->norm, (const char *const[]){"delai", "delais", "condition", "conditions", "tarder", "attendre", NULL}))
            urgent = 1;
        if (j + 1 < s->t1 && j > s->t0 && S_is(c, j, "plus") && S_is(c, j - 1, "au") && S_is(c, j + 1, "vite")) urgent = 1;
    }
    if (!urgent) return 0;
    /* the words of someone: quoted, or reported ("selon X", "X estime que") */
    for (size_t q = 0; q < c->d->quotes.n; q++)
        if (c->d->quotes.v[q].span.t0 <= v->head && v->head < c->d->quotes.v[q].span.t1) return 1;
    return 0;
}

/* ---- enumerated members of a noun group --------------------------------- */

/* The words at J open the named members of the noun group before them
 * ("plusieurs dirigeants, comme X, Y ou encore Z", "dont", "notamment",
 * "tels que", "parmi lesquels", "à savoir", "en particulier", "entre
 * autres", "y compris"): the token after the marker, else 0.              */
static uint32_t S_enum_marker(S_ctx *c, uint32_t j, uint32_t s1)
{
    if (j >= s1) return 0;
    if (S_in(S_tok(c, j)->norm, (const char *const[]){"comme", "dont", "notamment", NULL})) return j + 1;
    if (j + 1 >= s1) return 0;
    if (S_in(S_tok(c, j)->norm, (const char *const[]){"tels", "telles", "tel", "telle", NULL}) &&
        (S_is(c, j + 1, "que") || S_is(c, j + 1, "qu'")))
        return j + 2;
    if (S_is(c, j, "parmi") && S_in(S_tok(c, j + 1)->norm, (const char *const[]){"lesquels", "lesquelles", "eux", "elles", NULL}))
        return j + 2;
    if ((S_is(c, j, "a") && S_is(c, j + 1, "savoir")) || (S_is(c, j, "en") && S_is(c, j + 1, "particulier")) ||
        (S_is(c, j, "entre") && S_is(c, j + 1, "autres")) || (S_is(c, j, "y") && S_is(c, j + 1, "compris")))
        return j + 2;
    return 0;
}

/* A named party: a person, an organisation, or a state named by its
 * country (a place with an actor code).                                   */
static int S_named_party(S_ctx *c, const S_arg *a)
{
    if (a->ent < 0) return 0;
    const dp_entity *e = &c->d->ents.v[a->ent];
    return e->type == DP_ENT_PER || e->type == DP_ENT_ORG || (e->type == DP_ENT_LOC && e->actor.code);
}

static int S_enum_list(S_ctx *c, uint32_t j, uint32_t s1, S_arg *out, int max, uint32_t *end);

/* The noun group A (no name) can have named parties as members: a plural
 * ("plusieurs dirigeants", "des élus", "diverses personnalités", "certains
 * experts") or a count ("cinq manifestants"), not a singular thing or
 * issue ("la réforme, notamment X": no member of the reform).            */
static int S_party_group(S_ctx *c, const S_arg *a)
{
    if (a->ent >= 0 || a->sp.t1 <= a->sp.t0 || S_agentless(c, a)) return 0;
    if (S_plural(c, a) || S_count_word(c, a->sp.t0)) return 1;
    if (!S_in(S_tok(c, a->sp.t0)->norm, (const char *const[]){"diverses", "divers", "certains", "certaines", "differents",
                                                               "differentes", "nombreux", "nombreuses", "d'autres", NULL}))
        return 0;
    for (uint32_t t = a->sp.t0 + 1; t < a->sp.t1; t++) {   /* its noun is plural */
        const char *w = S_tok(c, t)->norm;
        size_t l = strlen(w);
        if ((S_tok(c, t)->pos & DP_POS_NC) && l > 2 && (w[l - 1] == 's' || w[l - 1] == 'x')) return 1;
    }
    return 0;
}

/* Past the determiners and the title of the person named after K ("le
 * député X", "la ministre française X"): the name's first token, else K
 * past its determiners.                                                  */
static uint32_t S_enum_title(S_ctx *c, uint32_t k, uint32_t s1)
{
    while (k < s1 && S_is_det(c, k) && c->ment[k] < 0) k++;
    uint32_t q = k;
    while (q < s1 && q < k + 3 && c->ment[q] < 0 && (S_tok(c, q)->pos & (DP_POS_NC | DP_POS_ADJ))) q++;
    /* the words are the person's title (not "l'affaire X") */
    if (q > k && q < s1 && c->ment[q] >= 0 && c->ments[c->ment[q]].sp.t0 == q) {
        const dp_entity *e = &c->d->ents.v[c->ments[c->ment[q]].ent];
        if (e->type == DP_ENT_PER && e->title_span.t1 > e->title_span.t0 && e->title_span.t0 >= k &&
            e->title_span.t1 <= q)
            return q;
    }
    return k;
}

/* "condamné par plusieurs dirigeants, comme X, Y ou encore Z", "plusieurs
 * élus, dont X et Y, ont": the noun group HEAD, a group of parties
 * (S_party_group), is followed by a marker of examples and a list of
 * named parties joined by commas, "et", "ou (encore)", "ainsi que"; each
 * named member is an argument of the head's role.  The list must end the
 * phrase (a comma, a parenthesis, "qui", the end of the sentence): a name
 * followed by a verb opens a clause ("les habitants, dont la police a
 * dispersé ...", "comme X l'a annoncé"), and a member that is no named
 * party ("deux blessés, dont un enfant") ends the reading with nothing.
 * The members, up to MAX, go to OUT; their count.  (A head the subject
 * walk does not take, "plusieurs pays, dont X, ont", gives nothing.)     */
static int S_enum_members(S_ctx *c, uint32_t s1, const S_arg *head, S_arg *out, int max)
{
    if (head->sp.t1 >= s1 || !S_party_group(c, head)) return 0;
    uint32_t e;
    return S_enum_list(c, head->sp.t1, s1, out, max, &e);
}

/* The named members listed from token J (an optional comma, the marker,
 * the names): S_enum_members' reading at J; the token that ends the list
 * goes to END.                                                          */
static int S_enum_list(S_ctx *c, uint32_t j, uint32_t s1, S_arg *out, int max, uint32_t *end)
{
    if (j >= s1) return 0;
    if (S_is_comma(S_tok(c, j))) j++;
    uint32_t k = S_enum_marker(c, j, s1);
    if (!k) return 0;
    if (k < s1 && S_is(c, k, ":")) k++;
    int n = 0;
    for (;;) {
        k = S_enum_title(c, k, s1);
        if (k >= s1 || c->ment[k] < 0) return 0;
        S_arg b;
        S_mention_at(c, k, &b);
        if (b.sp.t0 < k || c->in_time[b.sp.t0] || !S_named_party(c, &b)) return 0;
        if (n < max) out[n++] = b;
        k = b.sp.t1;
        if (k < s1 && S_is(c, k, "(")) {   /* "X (ministre des Finances)" */
            uint32_t q = k + 1;
            while (q < s1 && q - k < 12 && !S_is(c, q, ")")) q++;
            if (q >= s1 || q - k >= 12) return 0;
            k = q + 1;
        }
        uint32_t next = k;
        if (next < s1 && S_is_comma(S_tok(c, next))) next++;
        if (next < s1 && (S_is(c, next, "et") || S_is(c, next, "ou"))) {
            next++;
            if (next < s1 && S_is(c, next, "encore")) next++;
        } else if (next + 1 < s1 && S_is(c, next, "ainsi") && (S_is(c, next + 1, "que") || S_is(c, next + 1, "qu'")))
            next += 2;
        /* the next member: a name after a joint, or after a bare comma */
        uint32_t m = S_enum_title(c, next, s1);
        if (next > k && m < s1 && c->ment[m] >= 0 && c->ments[c->ment[m]].sp.t0 == m) {
            S_arg p;
            S_mention_at(c, m, &p);
            if (S_named_party(c, &p) && !c->in_time[m]) {
                k = next;
                continue;
            }
        }
        /* "dont le RAID, la BRI ainsi que des brigades de police": a last
         * member with no name, after a joint, to the end of the phrase */
        if (next > k && next < s1 && S_is_det(c, next) && c->ment[next] < 0) {
            uint32_t q = next;
            while (q < s1 && q < next + 10 && !S_is_comma(S_tok(c, q)) && !S_is_stop(S_tok(c, q)) && !S_is_aux(c, q) &&
                   !(S_is_clause_verb(c, q) && !(S_tok(c, q)->pos & DP_POS_VPP) && !S_is_det(c, q - 1)))
                q++;
            if (q < s1 && (S_is_comma(S_tok(c, q)) || S_is_stop(S_tok(c, q)))) k = q;
        }
        break;
    }
    /* the list ends the phrase */
    if (k < s1 && !S_is_comma(S_tok(c, k)) && !S_is_stop(S_tok(c, k)) && !S_is(c, k, ")") && !S_is(c, k, "qui") &&
        S_tok(c, k)->kind != DP_TOK_QUOTE_CLOSE)
        return 0;
    *end = k;
    return n;
}

/* "des renforts sont arrivés dans la nuit, dont la gendarmerie et les
 * pompiers", "trois personnes ont été tuées lundi, dont le député X": the
 * members of the subject HEAD (a plural noun group or a count, no name)
 * listed after its clause, by "dont" or "notamment" after the first comma
 * past the trigger [T0, T1).  Only when the clause between holds no other
 * plural noun group "dont" could complete, save a place ("les lieux"), no
 * verb of its own, and the list ends the sentence.                        */
static int S_enum_after(S_ctx *c, const dp_sentence *s, const S_arg *head, uint32_t t0, uint32_t t1, S_arg *out,
                        int max)
{
    if (head->sp.t1 > t0 || head->sp.t0 < s->t0 || !S_party_group(c, head)) return 0;
    uint32_t j = t1;
    while (j < s->t1 && !S_is_comma(S_tok(c, j))) {
        if (S_is_stop(S_tok(c, j)) || S_is(c, j, "qui") || S_is(c, j, "que") || S_is(c, j, "et") ||
            (S_is_clause_verb(c, j) && !(S_tok(c, j)->pos & DP_POS_VPP) && !(j > s->t0 && S_is_det(c, j - 1))))
            return 0;
        if (c->in_time[j]) { j++; continue; }
        if (c->ment[j] >= 0) {   /* a place may be named between, not a party */
            S_arg o;
            S_mention_at(c, j, &o);
            if (S_named_party(c, &o) && !S_is_plain_place(c, o.ent, o.sp)) return 0;
            j = o.sp.t1 > j ? o.sp.t1 : j + 1;
            continue;
        }
        if (S_is_det(c, j)) {   /* "sur les lieux", "l'attaque": no noun "dont" could complete */
            S_arg o;
            if (!S_np_at(c, j, s->t1, &o) || o.sp.t1 <= j) return 0;
            int place = S_np_is_placehead(c, o.sp) && o.sp.t1 - o.sp.t0 <= 3;
            int thing = S_agentless(c, &o) && !S_plural(c, &o);
            if (!place && !thing) return 0;
            j = o.sp.t1;
            continue;
        }
        j++;
    }
    if (j + 1 >= s->t1 || !S_in(S_tok(c, j + 1)->norm, (const char *const[]){"dont", "notamment", NULL})) return 0;
    uint32_t e = s->t1;
    int n = S_enum_list(c, j, s->t1, out, max, &e);
    if (!n) return 0;
    /* the list ends the sentence */
    while (e < s->t1 && (S_is(c, e, ")") || S_tok(c, e)->kind == DP_TOK_QUOTE_CLOSE)) e++;
    return e >= s->t1 || S_is_stop(S_tok(c, e)) ? n : 0;
}

/* Each actor or recipient of V that is a noun group followed by named
 * members (S_enum_members, S_enum_after) gets them as arguments of its
 * own role; a member the complements reader had put in the other role
 * leaves it.                                                            */
static void S_enumerated(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    for (int role = 0; role < 2; role++) {
        S_arg *A = role ? v->A.recip : v->A.actor, *B = role ? v->A.actor : v->A.recip;
        int *na = role ? &v->A.nrecip : &v->A.nactor, *nb = role ? &v->A.nactor : &v->A.nrecip;
        int n0 = *na;
        for (int i = 0; i < n0; i++) {
            S_arg m[S_MAXA];
            int n = S_enum_members(c, s->t1, &A[i], m, S_MAXA);
            if (!n && !v->noun) n = S_enum_after(c, s, &A[i], v->trig0, v->trig1, m, S_MAXA);
            for (int k = 0; k < n; k++) {
                for (int x = 0; x < *nb; x++)
                    if (B[x].sp.t0 < m[k].sp.t1 && m[k].sp.t0 < B[x].sp.t1) {
                        for (int y = x; y + 1 < *nb; y++) B[y] = B[y + 1];
                        (*nb)--;
                        x--;
                    }
                S_add(A, na, m[k]);
            }
        }
    }
}

/* Acts whose negation in the present or the future is a refusal: "X ne
 * signera pas l'accord", "n'accepte pas le plan", "ne reconnaîtra pas le
 * scrutin", "ne participera pas aux négociations" (GUIDELINE §2: refusals
 * are coded, CAMEO 12).                                                   */
static const char *const S_refusable[] = {"accepter", "signer", "reconnaitre", "approuver", "ratifier", "participer", NULL};

/* Event types of cooperation whose negation or refusal is a REJECT. */
static const char *const S_cooperation[] = {"SUPPORT", "AGREE", "CONCEDE", "CONSULT", NULL};

/* Token I is a verb in the imperfect by its Lefff analysis ("acceptait";
 * not "reconnaît", whose folded form ends like one).                      */
static int S_imperfect(S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    dp_lex_entry le[8];
    size_t n = c->d->model && t->lower ? dp_tok_lex(c->d, i, le, 8) : 0;
    for (size_t k = 0; k < n && k < 8; k++)
        if (le[k].pos && le[k].feats && !strcmp(le[k].pos, "v") && le[k].feats[0] == 'I') return 1;
    return 0;
}

/* Token H is a refusable verb (S_refusable) negated by "ne ... pas/jamais/
 * plus/point" in the present or the future, nothing but "ne" and clitics
 * from G0 to it: a refusal told, not an act that did not take place.  Not
 * a compound past ("n'a pas signé": not (yet) done), the imperfect (a past
 * state), the conditional (a possibility), an infinitive or a modal before
 * it (the governing verb tells the modality), nor "participer" in the
 * present ("ne participent pas à l'offensive": a state).                  */
static int S_refusal_head(S_ctx *c, const dp_sentence *s, uint32_t g0, uint32_t h)
{
    const dp_token *t = S_tok(c, h);
    if (!S_lemma_among(c, h, S_refusable) || !S_is_verb(t) || (t->pos & (DP_POS_VPP | DP_POS_VINF))) return 0;
    char tn = S_tense(c, h);
    if (tn == 'C' || S_imperfect(c, h) || (S_lemma_is(c, h, "participer") && tn != 'F')) return 0;
    int ne = 0;
    for (uint32_t j = g0; j < h; j++) {
        if (S_is(c, j, "ne") || S_is(c, j, "n'")) ne = 1;
        else if (S_is_verb(S_tok(c, j))) return 0;   /* a modal or an auxiliary before it */
    }
    return ne && h + 1 < s->t1 && S_in(S_tok(c, h + 1)->norm, (const char *const[]){"pas", "jamais", "plus", "point", NULL});
}

/* The verb trigger V (group from G0) of a type of cooperation is such a
 * negated refusable act: "X ne signera pas l'accord", "n'accepte pas le
 * plan", "ne participera pas aux négociations".                           */
static int S_negated_refusal(S_ctx *c, const dp_sentence *s, const S_ev *v, uint32_t g0)
{
    if (v->noun || v->noun_head || !S_in(v->e->f[F_EVENT], S_cooperation)) return 0;
    return S_refusal_head(c, s, g0, v->head);
}

/* The noun trigger V of a type of cooperation is the object of such a
 * refusal ("ne signera pas l'accord", "n'accepte pas le plan de paix"):
 * the REJECT tells it.  An event of another kind after "n'accepte pas"
 * ("la répression", "l'arrestation de son frère") took place and keeps
 * its record.                                                             */
static int S_refused_object(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (!v->noun || !S_in(v->e->f[F_EVENT], S_cooperation)) return 0;
    uint32_t j = S_np_open(c, s, v->trig0);
    if (j < s->t0 + 3 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"pas", "jamais", "plus", "point", NULL})) return 0;
    uint32_t h = j - 2, g0 = h;
    while (g0 > s->t0 && ((S_tok(c, g0 - 1)->flags & DP_TF_CLITIC) || S_is(c, g0 - 1, "ne") || S_is(c, g0 - 1, "n'"))) g0--;
    return S_refusal_head(c, s, g0, h);
}

/* A past participle follows the noun trigger V (past two adjectives)
 * with an agent or a date before the clause ends: "le blocus imposé
 * depuis mardi par l'armée", "les sanctions économiques décidées lundi". */
static int S_imposed_after(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    uint32_t j = v->trig1;
    while (j < s->t1 && j < v->trig1 + 2 && (S_tok(c, j)->pos & DP_POS_ADJ) && !(S_tok(c, j)->pos & DP_POS_VPP)) j++;
    if (j >= s->t1 || !(S_tok(c, j)->pos & DP_POS_VPP)) return 0;
    for (uint32_t k = j + 1; k < s->t1 && k < j + 7; k++) {
        if (S_is_comma(S_tok(c, k)) || S_is_stop(S_tok(c, k))) break;
        if (c->in_time[k] || S_in(S_tok(c, k)->norm, (const char *const[]){"par", "depuis", NULL})) return 1;
    }
    return 0;
}

/* A restriction kept in place is a standing state, not a new act
 * (GUIDELINE §2): "a décidé de maintenir les sanctions", "conserve
 * l'embargo", "le maintien du couvre-feu" -- unlike "imposer", "prolonger"
 * or "renforcer" the sanctions.  V is a noun trigger of a restriction.     */
static int S_kept_restriction(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (!v->noun || !v->e->f[F_MODES] || !strstr(v->e->f[F_MODES], "restrict")) return 0;
    /* "le maintien des sanctions", "du couvre-feu"; a restriction in force
     * as a cause or a burden: "à cause des sanctions", "en raison de
     * l'embargo", "malgré les sanctions", "le poids des sanctions" (not
     * "la fin du blocus imposé par X", which may tell the blockade): the
     * word before the trigger's own determiners                          */
    static const char *const held[] = {"cause", "raison", "malgre", "poids", "effet", "effets", "impact", NULL};
    uint32_t k = v->trig0;
    while (k > s->t0 + 1 &&
           S_in(S_tok(c, k - 1)->norm, (const char *const[]){"de", "des", "du", "d'", "l'", "le", "la", "les", NULL}))
        k--;
    if (k > s->t0 && S_is(c, k - 1, "maintien")) return 1;
    /* not a restriction told as imposed, with its agent or its date ("en
     * raison du blocus imposé depuis lundi par la marine"), nor the adverb
     * "en effet"                                                           */
    if (k > s->t0 && S_in(S_tok(c, k - 1)->norm, held) && !S_imposed_after(c, s, v) &&
        (!S_in(S_tok(c, k - 1)->norm, (const char *const[]){"effet", "effets", NULL}) ||
         (k > s->t0 + 1 && S_in(S_tok(c, k - 2)->norm, (const char *const[]){"l'", "les", "des", "aux", "ses", "leurs", NULL}))))
        return 1;
    uint32_t j = S_np_open(c, s, v->trig0);
    if (j <= s->t0) return 0;
    if (S_lemma_among(c, j - 1, (const char *const[]){"maintenir", "conserver", NULL}) && S_is_verb(S_tok(c, j - 1))) return 1;
    if (S_is(c, j - 1, "maintien")) return 1;
    return j > s->t0 + 1 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "des", "du", "d'", NULL}) &&
           S_is(c, j - 2, "maintien");
}

/* "à la veille de la conférence", "à l'approche des négociations": a meeting
 * named to date something else is no meeting told (GUIDELINE §2: a bare
 * name mention), when the meeting has no party, planning or date of its
 * own after it.  V is a noun trigger of a meeting (CONSULT).              */
static int S_meeting_mark(S_ctx *c, const dp_sentence *s, const S_ev *v)
{
    if (!v->noun || strcmp(v->e->f[F_EVENT], "CONSULT")) return 0;
    uint32_t k = v->trig0;
    while (k > s->t0 + 1 && S_in(S_tok(c, k - 1)->norm, (const char *const[]){"de", "des", "du", "d'", "l'", "le", "la", "les",
                                                                             "ce", "cet", "cette", "ces", "son", "sa", "ses",
                                                                             "leur", "leurs", NULL}))
        k--;
    if (k >= v->trig0 || k <= s->t0 || !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"veille", "approche", NULL}))
        return 0;
    /* a meeting told with its parties, its planning or its date is one
     * (future): "à l'approche de la rencontre prévue jeudi entre les deux
     * chefs d'État", "la veille de la réunion avec les syndicats"      */
    for (uint32_t j = v->trig1; j < s->t1 && j < v->trig1 + 8; j++) {
        if (S_is_comma(S_tok(c, j)) || S_is_stop(S_tok(c, j))) break;
        if (c->in_time[j] || S_in(S_tok(c, j)->norm, (const char *const[]){"entre", "avec", NULL}) ||
            ((S_tok(c, j)->pos & DP_POS_VPP) && S_lemma_is(c, j, "prevoir")))
            return 0;
    }
    return 1;
}

static int S_emit(S_ctx *c, int32_t si, S_ev *v, uint32_t g0, double conf, const char *why)
{
    dp_doc *d = c->d;
    const dp_sentence *s = &d->sents.v[si];
    int weak = 0;
    uint32_t hazard = S_hazard_agent(c, s, v, g0);
    if (hazard && !S_event_noun_of(c, s, hazard - 1, v->e->f[F_EVENT])) {
        /* no one acts: no record; a strike told as the agent takes the objects */
        S_agent_record_objects(c, si, v, hazard - 1);
        return 0;
    }
    if (!S_require_ok(c, s, v, &weak) && !(v->noun && S_told_before(c, v))) return 0;
    if (S_generic(c, s, v, g0) || S_charge_named(c, s, v)) return 0;
    int cf = v->noun ? 0 : S_counterfactual(c, s, v->head);
    if (cf == 1) return 0;
    if ((strcmp(v->e->f[F_EVENT], "THREATEN") && S_governed_act(c, s, v->noun ? v->trig0 : g0, 0)) ||
        /* a noun after the refused infinitive only when a cooperation:
         * "refuse de signer l'accord", not "refuse de condamner l'attaque" */
        (strcmp(v->e->f[F_EVENT], "REJECT") && (!v->noun || S_in(v->e->f[F_EVENT], S_cooperation)) &&
         S_governed_act(c, s, v->noun ? v->trig0 : g0, 1)) ||
        S_refused_object(c, s, v) || S_kept_restriction(c, s, v) || S_meeting_mark(c, s, v)) {
        for (uint32_t t = v->noun ? v->trig0 : g0; t < v->trig1; t++) c->used[t] = 1;   /* "porter plainte" */
        return 0;
    }
    dp_event mo = {0};
    int denied = S_modality(c, s, v, g0, &mo);
    if (cf == 2) mo.hypothetical = 1;
    int refusal = mo.negated && !mo.hypothetical && S_negated_refusal(c, s, v, g0);
    /* an act the clause denies ("les rebelles n'ont pas attaqué", "aucun
     * soldat n'a tiré", "sans interpeller personne", "il ne devrait pas
     * rencontrer") is no event: GUIDELINE §2 codes acts reported as done,
     * planned or possible, and `negated` an act planned or tried that did
     * not take place (a foiled plot, told by a governing word: S_modality).
     * Kept: a refusal so told (a REJECT), and a case not referred or an
     * inquiry not opened ("le parquet n'a pas été saisi", the gold
     * guideline's own example of `negated`)                               */
    if (denied && !refusal && !(v->e->f[F_CAMEO] && !strncmp(v->e->f[F_CAMEO], "09", 2))) {
        for (uint32_t t = v->noun ? v->trig0 : g0; t < v->trig1; t++) c->used[t] = 1;
        return 0;
    }
    S_enumerated(c, s, v);
    dp_event *ev = DP_DPUSH(d, d->events);
    ev->event = v->e->f[F_EVENT];
    ev->cameo = v->e->f[F_CAMEO];
    S_add_list(d, v->e->f[F_MODES], ev->mode, &ev->nmode);
    S_add_list(d, v->e->f[F_CTX], ev->context, &ev->ncontext);
    S_push_args(c, v->A.actor, v->A.nactor, 0, ev);
    S_push_args(c, v->A.recip, v->A.nrecip, 1, ev);
    ev->trigger = (dp_tspan){v->trig0, v->trig1};
    ev->sent = si;
    ev->place = v->A.place >= 0 ? v->A.place : S_sentence_place(c, s, v);
    if (S_in(ev->event, S_placeless) || S_in(ev->event, S_clause_placed))
        ev->place = v->A.place >= 0 ? v->A.place : S_held_at(c, s, v);   /* said, not done somewhere: only a place of its own clause */
    if (ev->place < 0) {   /* "À Brévans, les gendarmes ont menacé ...", not a reported event */
        uint32_t scene_end = 0;
        int32_t scene = S_opening_scene(c, si, &scene_end);
        if (scene >= 0 && !S_outside_quote(c, s, v, s->t0) && !S_reported_after(c, scene_end, v->trig0)) ev->place = scene;
    }
    int32_t signed_at = S_signed_at(c, s, v);
    if (signed_at >= 0) ev->place = signed_at;
    if (ev->place >= 0 && !strcmp(ev->event, "RETREAT") && S_toward(c, s, ev->place)) ev->place = -1;
    ev->dead = ev->injured = ev->arrested = ev->affected = -1;
    S_acled(c, v, ev);
    S_cues(c, s, ev);
    /* clause bounds for the date: commas around the trigger */
    uint32_t c0 = g0, c1 = v->trig1;
    while (c0 > s->t0 && !S_is_comma(S_tok(c, c0 - 1)) && !S_is_stop(S_tok(c, c0 - 1))) c0--;
    while (c1 < s->t1 && !S_is_comma(S_tok(c, c1)) && !S_is_stop(S_tok(c, c1))) c1++;
    ev->negated = mo.negated;
    ev->future = mo.future;
    ev->hypothetical = mo.hypothetical;
    if (refusal) {
        /* a refusal uttered: a past verbal act, its content future by
         * nature (GUIDELINE §10) */
        ev->cameo = !strcmp(ev->event, "CONSULT") ? "125" : "120";   /* 125: of talks */
        ev->event = "REJECT";
        ev->acled_type = ev->acled_sub = NULL;
        ev->nmode = ev->ncontext = 0;
        ev->negated = ev->future = 0;
    }
    if (!v->noun && !v->noun_head && strcmp(ev->event, "REQUEST") && S_deontic(c, s, v)) {
        /* a demand (an appeal, CAMEO 02) of the speaker of the words, if quoted, to
         * the one who should act ("le gouvernement doit libérer
         * immédiatement ..."; a passive names none) */
        ev->event = "REQUEST";
        ev->cameo = "020";   /* an appeal (CAMEO 02: "must be released at once" asks for it) */
        ev->acled_type = ev->acled_sub = NULL;
        ev->nmode = ev->ncontext = 0;
        ev->future = ev->hypothetical = 0;
        memcpy(&ev->recipients, &ev->actors, sizeof ev->actors);   /* one vector type */
        memset(&ev->actors, 0, sizeof ev->actors);
        if (v->passive) ev->recipients.n = 0;
        for (size_t q = 0; q < d->quotes.n; q++) {   /* the words between quotation marks */
            const dp_quote *Q = &d->quotes.v[q];
            S_arg sp;
            if (Q->direct && Q->span.t0 <= v->head && v->head < Q->span.t1) {
                if (S_speaker(c, v->head, &sp)) S_push_args(c, &sp, 1, 0, ev);
                break;
            }
        }
    }
    ev->why = why;   /* S_date asks whether the trigger is a noun */
    S_date(c, s, c0, c1, ev);
    S_size(c, s, v, ev);
    if (v->A.nactor) conf += 0.1;
    if (v->A.nrecip) conf += 0.1;
    if (weak) conf -= 0.15;
    ev->confidence = conf > 0.95 ? 0.95 : conf;
    S_sources_in_sentence(c, s, ev);
    for (uint32_t t = v->trig0; t < v->trig1; t++) c->used[t] = 1;
    /* "la levée d'un blocage": the blockade named as the object is no event */
    const char *obj = v->e->f[F_REQ] ? strstr(v->e->f[F_REQ], "object:") : NULL;
    if (obj)
        for (uint32_t t = v->trig1, end = S_object_words(c, s, v, obj + 7); t < end; t++) c->used[t] = 1;
    /* the record's index, taken before any split: a push may move the array */
    size_t k = (size_t)(ev - d->events.v);
    S_sites(c, s, v, k);
    S_sited_things(c, v, k);
    S_towns(c, s, v, k);
    S_town_list(c, s, v, k);
    return 1;
}

/* Verbs of motion and change of state make their compound tenses with
 * "être" ("sont descendus dans la rue", "sont venus", "est entré"): that
 * "être" is no passive, the subject acts.                                  */
static const char *const S_etre_verbs[] = {
    "descendre", "venir", "revenir", "partir", "repartir", "arriver", "entrer", "rentrer",
    "sortir", "aller", "monter", "tomber", "retourner", "rester", "mourir", "intervenir",
    "parvenir", "survenir", NULL};

static int S_etre_verb(S_ctx *c, uint32_t h)
{
    for (const char *const *w = S_etre_verbs; *w; w++)
        if (S_lemma_is(c, h, *w)) return 1;
    return 0;
}

/* The clause that ends at token E (exclusive) is a passive: its last verb
 * is a participle after a form of "être" ("a été conduit au commissariat").  */
static int S_passive_before(S_ctx *c, uint32_t s0, uint32_t e)
{
    for (uint32_t j = e; j > s0 && e - j < 15;) {
        j--;
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_comma(t)) return 0;
        if (!(t->pos & DP_POS_VPP) || c->ment[j] >= 0 || (t->pos & DP_POS_NC)) {
            if (S_is_clause_verb(c, j) && !S_is_aux(c, j)) return 0;
            continue;
        }
        uint32_t k = j;
        while (k > s0 && ((S_tok(c, k - 1)->pos & DP_POS_ADV) || S_is(c, k - 1, "ete"))) {
            if (S_is(c, k - 1, "ete")) return 1;
            k--;
        }
        return k > s0 && S_is_aux(c, k - 1) && S_lemma_is(c, k - 1, "etre") && !S_etre_verb(c, j);
    }
    return 0;
}

/* The bare participle at token G follows "et" or "puis", after a comma or
 * not, and the clause before is a passive: it shares its auxiliary ("a été
 * conduit au commissariat et placé en garde à vue", "a été interpellé
 * mardi, puis relâché"): a clause of its own whose subject undergoes it.  */
static int S_coord_passive(S_ctx *c, uint32_t s0, uint32_t g)
{
    if (g <= s0 || !S_in(S_tok(c, g - 1)->norm, (const char *const[]){"et", "puis", NULL})) return 0;
    uint32_t e = g - 1;
    if (e > s0 + 1 && S_is_comma(S_tok(c, e - 1))) e--;
    return S_passive_before(c, s0, e);
}

/* The argument A names several: a plural determiner or a count opens it. */
static int S_several(S_ctx *c, const S_arg *a)
{
    const dp_token *t = S_tok(c, a->sp.t0);
    if (S_plural(c, a) || (t->kind == DP_TOK_NUM && strcmp(t->norm, "1")) ||
        (S_number_word(t->norm) && !S_in(t->norm, (const char *const[]){"chaque", "aucun", "aucune", NULL})))
        return 1;
    return 0;
}

#define S_CLITIC_BACK 2   /* sentences back an object pronoun looks for its party */

/* The object clitic of the verb group [G0, H) in sentence S ("les ont
 * libérés", "ne l'a pas", "l'accuse"): 1 for "les", 0 for "le", "la",
 * "l'", -1 when there is none ("à la", "de les": a determiner).  Sets
 * *PRO to the clitic's token.                                             */
static int S_clitic_before(S_ctx *c, const dp_sentence *s, uint32_t g0, uint32_t h, uint32_t *pro)
{
    int plural = -1;
    uint32_t j0 = g0;   /* the clitics before the group */
    while (j0 > s->t0 && g0 - j0 < 3 &&
           S_in(S_tok(c, j0 - 1)->norm, (const char *const[]){"le", "la", "l'", "les", "ne", "n'", NULL}))
        j0--;
    if (j0 > s->t0 && S_is_det(c, j0) && !S_in(S_tok(c, j0 - 1)->norm,
                                              (const char *const[]){"il", "elle", "ils", "elles", "on", "ne", "n'", NULL}) &&
        !(S_tok(c, j0 - 1)->flags & DP_TF_CAP) && c->ment[j0 - 1] < 0 && !(S_tok(c, j0 - 1)->pos & (DP_POS_NC | DP_POS_NP)))
        return -1;   /* "à la", "de les": no clitic */
    for (uint32_t j = j0; j < h; j++) {
        if (S_is(c, j, "les")) plural = 1;
        else if (S_is(c, j, "le") || S_is(c, j, "la") || S_is(c, j, "l'")) plural = 0;
        else continue;
        *pro = j;
    }
    return plural;
}

/* "La police l'a arrêté", "Ils les ont libérés": an object pronoun in the
 * verb group [G0, H) stands for the latest party of the events told just
 * before (within S_CLITIC_BACK sentences) that agrees in number and is not
 * the subject SUBJ: it is the recipient.                                  */
static void S_clitic_object(S_ctx *c, const dp_sentence *s, uint32_t g0, uint32_t h, const S_arg *subj, S_args *A)
{
    uint32_t pro;
    int plural = S_clitic_before(c, s, g0, h, &pro);
    if (plural < 0) return;
    const dp_doc *d = c->d;
    int32_t si = (int32_t)(s - d->sents.v);
    const dp_event_arg *best = NULL;
    for (size_t k = d->events.n; k-- > 0 && !best;) {
        const dp_event *e = &d->events.v[k];
        if (e->sent > si) continue;
        if (si - e->sent > S_CLITIC_BACK) break;
        size_t n = e->actors.n + e->recipients.n;
        for (size_t i = 0; i < n; i++) {
            const dp_event_arg *a = i < e->actors.n ? &e->actors.v[i] : &e->recipients.v[i - e->actors.n];
            if (a->span.t1 > g0 || a->span.t0 >= a->span.t1) continue;
            if (subj && ((subj->ent >= 0 && subj->ent == a->entity) ||
                         (subj->sp.t0 < a->span.t1 && a->span.t0 < subj->sp.t1)))
                continue;
            S_arg b = {0};
            b.ent = a->entity;
            b.sp = a->span;
            if (S_several(c, &b) != plural) continue;
            if (!best || a->span.t0 > best->span.t0) best = a;
        }
    }
    if (!best) return;
    S_arg r = {0};
    r.ent = best->entity;
    r.sp = best->span;
    r.place = -1;
    r.actor = best->actor;
    S_add(A->recip, &A->nrecip, r);
}

/* What introduces the target of the infinitive at token J that a trigger
 * governs: its own lexicon entry's ("menacer de porter plainte contre X"),
 * else its direct object.                                                 */
static const char *S_inf_args(S_ctx *c, uint32_t j, uint32_t s1, uint32_t *from)
{
    S_match m;
    S_match_at(c, j, s1, &m);
    const S_entry *e = S_pick(&m, P_VERB);
    *from = j + 1;
    if (!e || !e->f[F_ARGS]) return "obj";
    *from = m.end > j ? m.end : j + 1;
    return e->f[F_ARGS];
}

/* Fills the arguments of a verb trigger whose main verb is token H.       */
static int S_same_words(const dp_doc *d, dp_tspan a, dp_tspan b);

/* The subject pronoun at PRO of a passive clause stands for what the
 * party it was read as (SUBJ) acted on in the sentence before: "La police
 * a arrêté Marc Dubois.  Il est accusé de fraude" -- the one
 * arrested, not the police.  Replaces SUBJ by the recipient of the last
 * such record whose number and gender fit.                                */
static int S_passive_pronoun(S_ctx *c, const dp_sentence *s, uint32_t pro, S_arg *subj)
{
    const dp_doc *d = c->d;
    int32_t si = (int32_t)(s - d->sents.v);
    char g = S_pro_gender(c, pro);
    int singular = S_in(S_tok(c, pro)->norm, (const char *const[]){"il", "elle", NULL});
    if (!g || si == 0) return 0;
    for (size_t k = d->events.n; k-- > 0 && d->events.v[k].sent >= si - 1;) {
        const dp_event *e = &d->events.v[k];
        if (e->sent != si - 1) continue;
        int same = 0;
        for (size_t i = 0; i < e->actors.n && !same; i++)
            same = (subj->ent >= 0 && e->actors.v[i].entity == subj->ent) || S_same_words(d, e->actors.v[i].span, subj->sp);
        for (size_t i = 0; i < e->recipients.n && same; i++) {
            const dp_event_arg *r = &e->recipients.v[i];
            S_arg x = {.ent = r->entity, .sp = r->span, .actor = r->actor};
            x.place = S_place_of(c, x.sp, x.ent);
            if (x.ent >= 0 && d->ents.v[x.ent].type != DP_ENT_PER && d->ents.v[x.ent].type != DP_ENT_ORG &&
                !d->ents.v[x.ent].nominal)
                continue;
            if ((singular && S_plural(c, &x)) || S_gender_clash(c, g, singular, &x) || S_agentless(c, &x)) continue;
            *subj = x;
            return 1;
        }
    }
    return 0;
}

static int S_act_np(S_ctx *c, const S_arg *a);

/* The recipient I is "l'accès" or "les accès" to places ("bloquent les
 * accès aux raffineries, au port et aux dépôts"): the places
 * reached, after "à", "au", "aux", are the target instead.              */
static void S_access(S_ctx *c, uint32_t s1, int i, S_args *A)
{
    S_arg r = A->recip[i];
    if (r.ent >= 0 || r.sp.t1 > r.sp.t0 + 3) return;
    int access = 0;
    for (uint32_t t = r.sp.t0; t < r.sp.t1; t++) access |= S_in(S_tok(c, t)->norm, (const char *const[]){"acces", NULL});
    if (!access) return;
    int first = 1;
    for (uint32_t p = r.sp.t1; p + 1 < s1;) {
        uint32_t k = p;
        if (!first && S_is_comma(S_tok(c, k))) k++;
        if (!first && k < s1 && S_is(c, k, "et")) k++;
        if (k + 1 >= s1 || !S_in(S_tok(c, k)->norm, (const char *const[]){"a", "au", "aux", NULL})) return;
        S_arg b;
        uint32_t at = S_is(c, k, "a") ? k + 1 : k;
        if (!(c->ment[at] >= 0 ? S_mention_at(c, at, &b) : S_np_at(c, at, s1, &b))) return;
        if (b.sp.t0 == k && !S_is(c, k, "a") && b.sp.t1 > k + 1) b.sp.t0++;   /* "aux": "à les" */
        if (first) A->recip[i] = b;
        else S_add(A->recip, &A->nrecip, b);
        first = 0;
        p = b.sp.t1;
    }
}

/* The verb group at G0 opens a relative clause whose object is the noun
 * phrase before "que" ("le village que les rebelles ont attaqué", "le
 * journaliste qu'ils ont libéré"): SUBJ is the clause's subject, right
 * after "que".  Sets *OUT to that noun phrase (not "ce que", not a
 * conjunction "alors que", not a completive "l'idée que"): 1, or 2 when
 * that phrase is a named place or a thing, 0 when the clause is no such. */
static int S_relative_object(S_ctx *c, const dp_sentence *s, uint32_t g0, const S_arg *subj, S_arg *out)
{
    uint32_t q = subj->sp.t0;
    for (int n = 0; n < 2 && q > s->t0 && S_is_det(c, q - 1); n++) q--;   /* "les" before the mention "rebelles" */
    if (q < s->t0 + 2 || !S_in(S_tok(c, q - 1)->norm, (const char *const[]){"que", "qu'", NULL})) return 0;
    q--;   /* "que" */
    const dp_token *t = S_tok(c, q - 1);
    if (S_in(t->norm, (const char *const[]){"ce", "tandis", "alors", "parce", "ainsi", "avant", "apres", "des", "bien",
                                            "pendant", "sans", "pour", "afin", "plutot", "autant", "moins", "plus", "tant",
                                            "meme", "fait", "idee", "preuve", "annonce", "information", "informations",
                                            "rumeur", "rumeurs", "crainte", "craintes", "espoir", "sentiment",
                                            "impression", "certitude", "hypothese", "nouvelle", "nouvelles", "moment",
                                            "temps", "jour", "fois", "lors", "depuis", "sorte", "maniere", "facon",
                                            "condition", "mesure", "point", "tel", "telle", "tels", "telles", NULL}))
        return 0;
    if (c->ment[q - 1] >= 0) {
        S_mention_at(c, q - 1, out);
    } else {
        if (!(t->pos & (DP_POS_NC | DP_POS_ADJ)) || S_is_verb(t) || S_is_det(c, q - 1)) return 0;
        uint32_t k = q - 1;
        while (k > s->t0 && (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) && !S_is_det(c, k - 1) &&
               c->ment[k - 1] < 0 && q - k < 4)
            k--;
        if (k == s->t0 || !S_is_det(c, k - 1) || !S_np_at(c, k - 1, q, out) || out->sp.t1 != q) return 0;
    }
    /* 2: the clause is relative all the same, its antecedent a named place
     * (the event's location), a time or a thing; a building or a village
     * attacked is the target ("L'hôtel que les assaillants ont attaqué") */
    return !(out->ent >= 0 && S_is_plain_place(c, out->ent, out->sp)) && !S_agentless(c, out) &&
                   !c->in_time[out->sp.t0]
               ? 1
               : 2;
}

/* The owner a possessive determiner at token P of sentence S stands for
 * ("sa maison a été incendiée", "leur camion a été incendié"): in a
 * clause opened by a conjunction in "que" after the main clause ("trois pompiers ont été
 * blessés après que leur camion ..."), that main clause's subject; when the
 * possessive's phrase opens its sentence's clause (only adverbials before:
 * "Selon le procureur X, sa maison ..."), the subject of the sentence
 * before.  Never another mention (a source, a speaker): else no owner.    */
static int S_owner_of(S_ctx *c, const dp_sentence *s, uint32_t p, S_arg *out)
{
    const char *w = S_tok(c, p)->norm;
    int one = S_in(w, (const char *const[]){"son", "sa", "ses", NULL});
    if (!one && !S_in(w, (const char *const[]){"leur", "leurs", NULL})) return 0;
    S_arg a;
    int ok;
    if (p > s->t0 && S_in(S_tok(c, p - 1)->norm, (const char *const[]){"que", "qu'", NULL})) {
        /* only "que" of a subordinating conjunction ("après que", "parce
         * que", "alors que", "bien que", "si bien que"): a completive ("le
         * maire a indiqué que sa voiture ...") tells a speaker, no owner */
        if (p < s->t0 + 2 ||
            !S_in(S_tok(c, p - 2)->norm, (const char *const[]){"apres", "parce", "alors", "bien", "tandis", "pendant",
                                                                "depuis", "des", "avant", "sans", "sorte", "point", NULL}))
            return 0;
        ok = S_sentence_subject(c, s, one, &a) && a.sp.t1 < p - 1;
    } else {
        for (uint32_t j = s->t0; j < p; j++)
            if (S_is_clause_verb(c, j) || S_is_aux(c, j)) return 0;
        int32_t si = (int32_t)(s - c->d->sents.v);
        ok = si > 0 && S_sentence_subject(c, &c->d->sents.v[si - 1], one, &a);
    }
    if (!ok || !S_can_act(c, &a) || S_is_plain_place(c, a.ent, a.sp) || (one && S_plural(c, &a))) return 0;
    *out = a;
    return 1;
}

/* The recipient A is a bare definite noun ("le stade", "le campus") that
 * retells a fuller phrase earlier in its own sentence, the same noun
 * completed by a name ("les secours ont quitté le stade de Bordeaux et des
 * supporters ont attaqué le stade"): A becomes that phrase, which says
 * which one.                                                              */
static void S_fuller(S_ctx *c, const dp_sentence *s, S_arg *a)
{
    if (a->ent >= 0 || a->sp.t1 != a->sp.t0 + 2 || a->sp.t0 <= s->t0 ||
        !S_in(S_tok(c, a->sp.t0)->norm, (const char *const[]){"le", "la", "l'", NULL}))
        return;
    const dp_token *n = S_tok(c, a->sp.t0 + 1);
    if (!(n->pos & DP_POS_NC) || (n->flags & DP_TF_CAP) || c->ment[a->sp.t0 + 1] >= 0) return;
    for (uint32_t p = a->sp.t0; p-- > s->t0 + 1;) {
        if (strcmp(S_tok(c, p)->norm, n->norm) || p + 2 >= a->sp.t0) continue;
        if (c->ment[p] >= 0) {   /* "le stade Vélodrome": the noun is in the name */
            S_arg m;
            S_mention_at(c, p, &m);
            if (m.sp.t0 + 1 < p || m.sp.t1 <= p + 1 || m.sp.t1 > a->sp.t0) return;
            a->sp = (dp_tspan){p, m.sp.t1};
            return;
        }
        if (!S_is_det(c, p - 1)) continue;
        uint32_t k = p + 1;
        if (S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "du", NULL})) k++;
        while (k < a->sp.t0 && S_is_det(c, k) && c->ment[k] < 0) k++;
        if (k >= a->sp.t0 || c->ment[k] < 0) return;
        S_arg m;
        S_mention_at(c, k, &m);
        if (m.sp.t0 != k || m.sp.t1 > a->sp.t0) return;
        a->sp = (dp_tspan){p, m.sp.t1};
        return;
    }
}

/* A demand made with a completive right after the verb ("X demande que le
 * préfet revoie sa décision", "exige que le dossier soit réexaminé par la
 * commission"): the party that must act -- the completive's subject when
 * it can act, or the "par" agent of a passive completive -- into OUT.     */
static int S_completive_party(S_ctx *c, uint32_t from, uint32_t s1, S_arg *out)
{
    uint32_t j = from;
    while (j < s1 && j < from + 3 && (S_tok(c, j)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, j))) j++;
    if (j + 2 >= s1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"que", "qu'", NULL})) return 0;
    j++;
    S_arg a;
    if (c->ment[j] >= 0) {
        if (!S_mention_at(c, j, &a) || a.sp.t0 != j) return 0;
    } else if (!S_is_det(c, j) || !S_np_at(c, j, s1, &a)) {
        return 0;
    }
    uint32_t k = a.sp.t1;
    /* "que les horaires de nuit soient": the subject's own complement */
    while (k + 1 < s1 && k < a.sp.t1 + 8 && S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) {
        uint32_t e = k + 1;
        while (e < s1 && S_is_det(c, e)) e++;
        uint32_t n0 = e;
        while (e < s1 && (c->ment[e] >= 0 || ((S_tok(c, e)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NP)) &&
                                              !S_is_clause_verb(c, e) && !S_is_aux(c, e))))
            e++;
        if (e == n0) break;
        k = e;
    }
    uint32_t v0 = k;
    while (k < s1 && k < v0 + 4 &&
           (S_in(S_tok(c, k)->norm, (const char *const[]){"ne", "n'", "se", "s'", "y", "en", "lui", "leur", NULL}) ||
            ((S_tok(c, k)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, k)))))
        k++;
    if (k >= s1) return 0;
    if (S_lemma_is(c, k, "etre")) {
        /* "que le dossier soit (enfin) réexaminé par la commission" */
        uint32_t p = k + 1;
        while (p < s1 && p < k + 3 && (S_tok(c, p)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, p))) p++;
        if (p >= s1 || !(S_tok(c, p)->pos & DP_POS_VPP)) return 0;
        for (uint32_t q = p + 1; q + 1 < s1 && q < p + 8; q++) {
            const dp_token *t = S_tok(c, q);
            if (S_is_stop(t) || S_is_comma(t) ||
                S_in(t->norm, (const char *const[]){"que", "qu'", "qui", "dont", "et", "mais", "ou", NULL}))
                return 0;
            if (!S_is(c, q, "par")) continue;
            S_arg b;
            if (!(c->ment[q + 1] >= 0 ? S_mention_at(c, q + 1, &b) : (S_is_det(c, q + 1) && S_np_at(c, q + 1, s1, &b))))
                return 0;
            if (!S_can_act(c, &b) || S_is_plain_place(c, b.ent, b.sp) || S_agentless(c, &b)) return 0;
            *out = b;
            return 1;
        }
        return 0;
    }
    if (!S_is_clause_verb(c, k) || !S_can_act(c, &a) || S_is_plain_place(c, a.ent, a.sp) || S_agentless(c, &a))
        return 0;
    *out = a;
    return 1;
}

/* The last S_subject and S_complements asks of S_verb_args and their
 * answers, kept for the next ask: the senses of one verb, tried in turn
 * until one's REQUIRE holds, ask the same again.  Both read the tokens and
 * the mention layer only, never the records made nor c->used; the count of
 * records is in the key all the same, so that a rule that came to read the
 * records would only lose the memo.                                       */
typedef struct S_verb_memo {
    int subj_known, has, infinitive, pro_depth;
    uint32_t s0, g0;
    size_t subj_nev;
    S_arg subj;
    int comp_known;
    uint32_t from, s1;
    const char *args;
    size_t comp_nev;
    S_args in, out;
} S_verb_memo;

/* The document's S_verb_memo, made empty on the first ask (not zeroed:
 * a field is read only after its _known flag is set).                  */
static S_verb_memo *S_vmemo(S_ctx *c)
{
    if (!c->vmemo) {
        c->vmemo = dp_arena_alloc_raw(&c->d->arena, sizeof *c->vmemo);
        c->vmemo->subj_known = c->vmemo->comp_known = 0;
    }
    return c->vmemo;
}

#ifdef DP_EVENT_MEMO_CHECK
/* The memo check's comparisons, field by field (not the padding).        */
static int S_arg_same(const S_arg *a, const S_arg *b)
{
    return a->ent == b->ent && a->sp.t0 == b->sp.t0 && a->sp.t1 == b->sp.t1 && a->place == b->place &&
           a->actor.code == b->actor.code && !memcmp(a->actor.country, b->actor.country, sizeof a->actor.country) &&
           a->actor.sector == b->actor.sector && a->by_par == b->by_par;
}

static int S_args_same(const S_args *a, const S_args *b)
{
    if (a->nactor != b->nactor || a->nrecip != b->nrecip || a->place != b->place || a->placey != b->placey)
        return 0;
    if (a->place >= 0 && (a->place_sp.t0 != b->place_sp.t0 || a->place_sp.t1 != b->place_sp.t1)) return 0;
    for (int i = 0; i < a->nactor; i++)
        if (!S_arg_same(&a->actor[i], &b->actor[i])) return 0;
    for (int i = 0; i < a->nrecip; i++)
        if (!S_arg_same(&a->recip[i], &b->recip[i])) return 0;
    return 1;
}
#endif

/* S_subject(C, S0, G0, INFINITIVE, 0, OUT), through the memo.            */
static int S_subject_kept(S_ctx *c, uint32_t s0, uint32_t g0, int infinitive, S_arg *out)
{
    S_verb_memo *m = S_vmemo(c);
    if (m->subj_known && m->s0 == s0 && m->g0 == g0 && m->infinitive == infinitive &&
        m->pro_depth == c->pro_depth && m->subj_nev == c->d->events.n) {
#ifdef DP_EVENT_MEMO_CHECK
        S_arg o;
        int h = S_subject(c, s0, g0, infinitive, 0, &o);
        S_MEMO_CHECK(h == m->has && (!h || S_arg_same(&o, &m->subj)));
#endif
        *out = m->subj;
        return m->has;
    }
    m->has = S_subject(c, s0, g0, infinitive, 0, out);
    m->subj = *out;
    m->s0 = s0;
    m->g0 = g0;
    m->infinitive = infinitive;
    m->pro_depth = c->pro_depth;
    m->subj_nev = c->d->events.n;
    m->subj_known = 1;
    return m->has;
}

/* S_complements(C, FROM, S1, ARGS, 0, A), through the memo (A's content
 * on entry is part of the key).                                          */
static void S_complements_kept(S_ctx *c, uint32_t from, uint32_t s1, const char *args, S_args *A)
{
    S_verb_memo *m = S_vmemo(c);
    if (m->comp_known && m->from == from && m->s1 == s1 && m->args == args && m->comp_nev == c->d->events.n &&
        !memcmp(&m->in, A, sizeof *A)) {
#ifdef DP_EVENT_MEMO_CHECK
        S_args B = m->in;
        S_complements(c, from, s1, args, 0, &B);
        S_MEMO_CHECK(S_args_same(&B, &m->out));
#endif
        *A = m->out;
        return;
    }
    m->in = *A;
    S_complements(c, from, s1, args, 0, A);
    m->out = *A;
    m->from = from;
    m->s1 = s1;
    m->args = args;
    m->comp_nev = c->d->events.n;
    m->comp_known = 1;
}

/* Nouns of what becomes of a person (lemmas): "demander la démission de
 * X", "réclamer la libération de X".                                       */
static const char *const S_fate_nouns[] = {
    "demission", "depart", "revocation", "liberation", "limogeage", "destitution", "extradition", "arrestation",
    "expulsion", "remplacement", "renvoi", NULL};

static int S_people_np(S_ctx *c, const S_arg *a);

/* A request whose direct object tells what should become of a person
 * ("demandaient le limogeage d'un préfet", "réclame la
 * libération de l'humanitaire"): that person, named or not, is the party
 * the demand is aimed at ("party" of triggers.tsv reads only names).       */
static void S_demanded_fate(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t after, S_args *A)
{
    const char *args = v->e->f[F_ARGS];
    if (!args || !S_arg_listed(args, "party") || strcmp(v->e->f[F_EVENT], "REQUEST") || v->passive) return;
    uint32_t j = after;
    while (j < s->t1 && j < after + 4 && (c->in_time[j] || ((S_tok(c, j)->pos & DP_POS_ADV) && !S_is_det(c, j)))) j++;
    if (j + 3 >= s->t1 || !S_is_det(c, j) || !S_lemma_among(c, j + 1, S_fate_nouns) ||
        !S_in(S_tok(c, j + 2)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}))
        return;
    uint32_t k = j + 2;
    S_arg a;
    if (c->ment[k + 1] >= 0 && !S_is(c, k, "du") && !S_is(c, k, "des")) {
        if (!S_mention_at(c, k + 1, &a)) return;
    } else if (!S_np_at(c, S_is(c, k, "du") || S_is(c, k, "des") ? k : k + 1, s->t1, &a)) {
        return;
    }
    S_drop_contraction(&a, k);   /* "du ministre": "ministre" */
    if (S_is_plain_place(c, a.ent, a.sp) || a.place >= 0 || (!S_title_head(c, &a) && !S_people_np(c, &a))) return;
    /* the "de" phrases after the person complete it ("exigent le départ
     * du directeur de l'école": not the school); a recipient read there, or
     * the person read already, gives way                                   */
    int n = 0;
    for (int i = 0; i < A->nrecip; i++) {
        dp_tspan r = A->recip[i].sp;
        int chain = r.t0 > j + 1 && r.t0 <= a.sp.t1 + 1 && r.t0 > 0 &&
                    (S_overlaps(r, a.sp.t0, a.sp.t1) ||
                     S_in(S_tok(c, r.t0 - 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) ||
                     S_in(S_tok(c, r.t0)->norm, (const char *const[]){"du", "des", NULL}));
        if (!chain) A->recip[n++] = A->recip[i];
    }
    A->nrecip = n;
    S_add(A->recip, &A->nrecip, a);
}

/* The phrase A names people or a party: it can act (S_can_act), or one of
 * its words before any "de" is an agent noun or a noun of people counted
 * ("des groupes rebelles", "des jeunes"): not "la crise", "la reprise".   */
static int S_people_np(S_ctx *c, const S_arg *a)
{
    if (S_can_act(c, a)) return 1;
    for (uint32_t t = a->sp.t0; t < a->sp.t1; t++) {
        const char *w = S_tok(c, t)->norm, *val[2];
        if (S_in(w, (const char *const[]){"de", "d'", "du", "des", NULL}) && t > a->sp.t0) break;
        if (dp_dict_find(c->d->model, "agents", w, strlen(w), val, 2)) return 1;
        size_t n = dp_dict_find(c->d->model, "count_nouns", w, strlen(w), val, 2);
        for (size_t k = 0; k < n; k++)   /* people counted, not a unit ("à trois reprises") */
            if (S_in(val[k], (const char *const[]){"civilians", "people", "fighters", "soldiers", "protesters", "children",
                                                    "police", NULL}))
                return 1;
    }
    return 0;
}

/* Verbs of submitting (lemmas): their "à" or "devant" complement is what
 * one submits to ("se plier à", "s'incliner devant", "obéir à").          */
static const char *const S_submit_verbs[] = {
    "plier", "incliner", "soumettre", "conformer", "obeir", "ceder", "resigner", NULL};

static uint32_t S_verb_args(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t h, uint32_t after,
                            const char *args)
{
    uint32_t aux0;
    uint32_t g0 = S_group_start(c, s->t0, h, &aux0);
    const dp_token *t = S_tok(c, h);
    int etre = 0, refl = 0;
    for (uint32_t j = g0; j < h; j++) {
        if (S_lemma_is(c, j, "etre") || S_is(c, j, "ete")) etre = 1;
        if (S_is(c, j, "se") || S_is(c, j, "s'")) refl = 1;
    }
    v->passive = (t->pos & DP_POS_VPP) && etre && !refl && !S_etre_verb(c, h);
    /* "il s'est fait arrêter", "risquent de se faire interpeller": "se
     * faire" + an infinitive is a passive, its subject suffers the act */
    if ((t->pos & DP_POS_VINF) && h > s->t0 + 1 && S_is_verb(S_tok(c, h - 1)) && S_lemma_is(c, h - 1, "faire"))
        for (uint32_t j = h - 1; j > s->t0 && h - j < 5;) {
            j--;
            if (S_is(c, j, "se") || S_is(c, j, "s'")) {
                v->passive = 1;
                break;
            }
            if (!S_is_aux(c, j) && !(S_tok(c, j)->pos & DP_POS_ADV)) break;
        }
    /* "Il a été conduit au commissariat et placé en garde à vue": a bare
     * participle coordinated with a passive shares its auxiliary */
    if ((t->pos & DP_POS_VPP) && aux0 == h && g0 == h && !refl && S_coord_passive(c, s->t0, g0)) v->passive = 1;
    /* "une commerçante violemment agressée", "trois soldats grièvement
     * blessés": adverbs alone between a noun and a participle with no
     * auxiliary belong to the participle's group */
    int advs = 0;
    if ((t->pos & DP_POS_VPP) && aux0 == h && g0 == h) {
        uint32_t k = g0;
        /* a coordinator ("saluée par X mais critiquée par Y") starts a
         * participle of its own: X is no party of it -- except for the
         * rejection of a proposal X backs ("soutenue par X mais refusée
         * par Y": Y turns down X's proposal) */
        int reject = !strcmp(v->e->f[F_EVENT], "REJECT");
        while (k > s->t0 + 1 && (S_tok(c, k - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, k - 1)) &&
               !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"ne", "n'", "pas", "plus", "jamais", "non", "guere", NULL}) &&
               (reject || !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"mais", "puis", "ensuite", "pourtant",
                                                                            "cependant", "toutefois", NULL})))
            k--;
        if (k < g0 && (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_NP | DP_POS_ADJ)) &&
            !(S_tok(c, k - 1)->pos & (DP_POS_PRO | DP_POS_ADV)) && !S_is_verb(S_tok(c, k - 1))) {
            g0 = k;
            advs = 1;
        }
    }
    int bare_pp = (t->pos & DP_POS_VPP) && aux0 == h && (g0 == h || advs) && g0 > s->t0 &&
                  (S_tok(c, g0 - 1)->pos & (DP_POS_NC | DP_POS_NP | DP_POS_ADJ)) &&
                  !(S_tok(c, g0 - 1)->pos & DP_POS_PRO);   /* "12 civils tués par" */
    /* "300 autres blessées", "la plupart décapités": a participle with no
     * auxiliary has the passive sense; its subject is the one it happened to */
    int noaux = (t->pos & DP_POS_VPP) && aux0 == h && (g0 == h || advs) && g0 > s->t0 && !refl && !bare_pp &&
                (S_tok(c, g0 - 1)->kind == DP_TOK_NUM ||
                 (S_tok(c, g0 - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NUM | DP_POS_PRO))) &&
                !S_is_aux(c, g0 - 1) && !S_is(c, g0 - 1, "et");
    /* "L'évêque de Nantes, reçu à Matignon, appelle": a participle in
     * apposition after a comma has the passive sense too */
    noaux |= (t->pos & DP_POS_VPP) && aux0 == h && g0 == h && g0 > s->t0 + 1 && !refl &&
             S_is_comma(S_tok(c, g0 - 1)) &&
             !c->in_time[g0 - 2] && (c->ment[g0 - 2] >= 0 || (S_tok(c, g0 - 2)->pos & (DP_POS_NC | DP_POS_NP)));
    S_args *A = &v->A;
    A->place = -1;
    S_complements_kept(c, after, s->t1, args, A);
    for (int i = 0, n = A->nrecip; i < n; i++) S_access(c, s->t1, i, A);
    if (!S_in(v->e->f[F_EVENT], (const char *const[]){"ASSAULT", "COERCE", "MOBILIZE", NULL}))
        for (int i = 0, n = A->nrecip; i < n; i++) S_owner(c, s->t1, &A->recip[i], A);
    if (!A->nrecip && args) {
        /* "refuse de reconnaître le Kosovo", "appelle X à libérer Y": the
         * object of the infinitive the verb governs */
        uint32_t j = after;
        while (j < s->t1 && j < after + 3 &&
               (S_in(S_tok(c, j)->norm, (const char *const[]){"ne", "n'", "pas", "plus", "jamais", NULL}) ||
                (S_tok(c, j)->flags & DP_TF_CLITIC)))
            j++;
        if (j + 1 < s->t1 && S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "a", NULL})) {
            j++;
            while (j < s->t1 && S_in(S_tok(c, j)->norm, (const char *const[]){"se", "s'", "ne", "n'", "pas", "y", "en", NULL}))
                j++;
            if (j < s->t1 && (S_tok(c, j)->pos & DP_POS_VINF)) {
                S_args inf = {0};
                inf.place = -1;
                uint32_t from;
                const char *iargs = S_inf_args(c, j, s->t1, &from);
                /* "refusent de se plier aux exigences de X", "a refusé
                 * d'obéir aux ordres de X": what one submits to */
                if (!strcmp(iargs, "obj") && S_lemma_among(c, j, S_submit_verbs)) iargs = "obj,a,devant";
                S_complements(c, from, s->t1, iargs, 0, &inf);
                for (int k = 0; k < inf.nrecip; k++) S_add(A->recip, &A->nrecip, inf.recip[k]);
            }
        }
    }
    S_demanded_fate(c, s, v, after, A);
    if (S_in(v->e->f[F_EVENT], S_aimed_acts)) S_act_authors(c, s->t1, A);
    S_arg asked;
    if (!A->nrecip && v->e && v->e->f[F_EVENT] && !strcmp(v->e->f[F_EVENT], "REQUEST") &&
        S_completive_party(c, after, s->t1, &asked))
        S_add(A->recip, &A->nrecip, asked);
    S_arg subj;
    int infinitive = 0;   /* "pour reprendre", "après avoir repris" */
    for (uint32_t j = g0; j <= h; j++)
        if (S_tok(c, j)->pos & DP_POS_VINF) infinitive = 1;
    /* "en capturant": a gerund has the subject of the clause it hangs on */
    if (g0 > s->t0 && S_is(c, g0 - 1, "en") && S_gerundive(t)) infinitive = 1;
    int has = S_subject_kept(c, s->t0, g0, infinitive, &subj);
    /* "Ayant été vivement critiquée ..., Mme X a": a participial clause
     * that opens the sentence has the main clause's subject */
    uint32_t lead = g0;
    if (lead > s->t0 && S_in(S_tok(c, lead - 1)->norm, (const char *const[]){"apres", "avant", "sans", NULL})) lead--;
    int opening = lead == s->t0 && (S_is(c, g0, "ayant") || S_is(c, g0, "etant") || (S_tok(c, h)->pos & DP_POS_VPP));
    if (!has && (infinitive || opening)) has = S_subject_right(c, after, s->t1, &subj);
    if (!has && h + 1 < s->t1 && (S_tok(c, h + 1)->flags & DP_TF_CLITIC)) {
        /* "Aussi menacent-ils de saisir la justice": the inverted subject */
        const char *w = S_tok(c, h + 1)->norm;
        if (w[0] == '-') w++;
        if (w[0] == 't' && w[1] == '-') w += 2;
        if (S_in(w, (const char *const[]){"il", "elle", "ils", "elles", NULL}))
            has = S_pronoun(c, s->t0, h + 1, &subj);
    }
    S_arg conj[S_MAXA];
    int32_t ss = has && subj.sp.t0 < c->d->toks.n ? c->d->toks.v[subj.sp.t0].sent : -1;
    int named_subj = has && ss >= 0 && (subj.ent >= 0 || S_unknown_name(c, c->d->sents.v[ss].t0, subj.sp.t0));
    int nconj = has && ss >= 0
                    ? S_conjuncts(c, c->d->sents.v[ss].t0, subj.sp.t0 < g0 && ss == s - c->d->sents.v ? g0 : c->d->sents.v[ss].t1,
                                  &subj, conj, S_MAXA - 1)
                    : 0;
    if (!named_subj) {
        /* "X, âgé de 52 ans, et sa fille ont été tués": a common noun
         * phrase coordinated after a named party; only the names count
         * ("les policiers et les gendarmes" stays as it was read), and
         * only when "et" (or "ainsi que") joins them: after a bare comma
         * the name ends another clause or the noun phrase is its
         * apposition ("quitte l'ouest du pays, les troupes rebelles ...") */
        uint32_t k0 = has ? subj.sp.t0 : 0;
        while (k0 > 0 && S_is_det(c, k0 - 1) && c->ment[k0 - 1] < 0) k0--;
        int joined = k0 > 1 && (S_is(c, k0 - 1, "et") || (S_is(c, k0 - 1, "que") && S_is(c, k0 - 2, "ainsi")));
        int n = 0;
        for (int k = 0; k < nconj && joined; k++)
            if (conj[k].ent >= 0) conj[n++] = conj[k];
        nconj = n;
    }
    if (v->passive || bare_pp || noaux) {
        /* "X ont été tués par Y": the agents found by "par" are actors;
         * the subject (or the noun a participle qualifies) the recipient */
        if (has && v->passive && g0 > s->t0 && S_pro_gender(c, g0 - 1) && subj.sp.t1 <= s->t0 &&
            S_passive_pronoun(c, s, g0 - 1, &subj))
            nconj = 0;
        S_args B = *A;
        A->nactor = 0;
        for (int i = 0; i < B.nactor; i++) S_add(A->actor, &A->nactor, B.actor[i]);
        if (bare_pp) {
            /* "subj": the subject of "reste ouvert au dialogue", "se dit
             * ouvert à", a copula's participle, acts */
            S_arg np;
            char cb[64];
            int own = S_arg_listed(args, "subj") && has &&
                      (S_in(S_lemma(c, g0 - 1, cb, sizeof cb),
                            (const char *const[]){"rester", "demeurer", "sembler", "paraitre", "montrer", "dire", "declarer", NULL}) ||
                       S_in(S_tok(c, g0 - 1)->norm, (const char *const[]){"reste", "restent", "restait", "restaient", "dit", "dits",
                                                                          "dite", "dites", NULL}));
            if (own) S_add(A->actor, &A->nactor, subj);
            else if (g0 > s->t0 && c->ment[g0 - 1] >= 0 && S_mention_at(c, g0 - 1, &np))
                S_add(A->recip, &A->nrecip, np);
            else if (has) S_add(A->recip, &A->nrecip, subj);
        } else if (has) {
            if (S_is_plain_place(c, subj.ent, subj.sp) && subj.place >= 0) {
                if (A->place < 0) { A->place = subj.place; A->place_sp = subj.sp; }
            } else if (S_arg_listed(args, "subj")) {   /* "700 policiers ont été mobilisés" */
                /* "le parquet a été saisi par le préfet": the one who refers
                 * the case does not investigate */
                if (S_arg_listed(args, "subjonly")) A->nactor = 0;
                S_add(A->actor, &A->nactor, subj);
                for (int k = 0; k < nconj; k++) S_add(A->actor, &A->nactor, conj[k]);
            } else {
                S_add(A->recip, &A->nrecip, subj);
                /* a conjunct that is a place the gazetteer resolved ("X,
                 * originaire de la Drôme, et Y": the Drôme) is no recipient:
                 * the same test as for the subject itself above */
                for (int k = 0; k < nconj; k++)
                    if (!S_is_plain_place(c, conj[k].ent, conj[k].sp) || conj[k].place < 0)
                        S_add(A->recip, &A->nrecip, conj[k]);
            }
        }
    } else {
        /* "X réclame une enquête par Y": an active verb has
         * no "par" agent, Y is its object noun's (for a request, the party
         * asked to act: its recipient) */
        int n = 0, request = v->e && v->e->f[F_EVENT] && !strcmp(v->e->f[F_EVENT], "REQUEST");
        for (int i = 0; i < A->nactor; i++)
            if (!A->actor[i].by_par) A->actor[n++] = A->actor[i];
            else if (request) S_add(A->recip, &A->nrecip, A->actor[i]);
        A->nactor = n;
    }
    if (v->passive && S_in(v->e->f[F_EVENT], (const char *const[]){"ASSAULT", "COERCE", NULL})) {
        /* "après que leur camion a été incendié", "son domicile a été
         * perquisitionné": an attack on, or a search of, a thing a party
         * owns is aimed at its owner, the one the possessive stands for
         * (not "son fils a été tué": a person is the victim himself) */
        uint32_t k = g0;
        while (k > s->t0 && g0 - k < 4 && c->ment[k - 1] < 0 && (S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ)) &&
               !S_is_det(c, k - 1) && !S_is_aux(c, k - 1))
            k--;
        S_arg np = {.ent = -1, .place = -1, .sp = {k > s->t0 ? k - 1 : k, g0}}, own;
        int64_t head = k < g0 && k > s->t0 &&
                               S_in(S_tok(c, k - 1)->norm, (const char *const[]){"son", "sa", "ses", "leur", "leurs", NULL})
                           ? S_bare_head(c, &np) : -1;
        const char *val[2];
        if (head >= 0 && dp_dict_find(c->d->model, "possessions", S_tok(c, (uint32_t)head)->norm,
                                      strlen(S_tok(c, (uint32_t)head)->norm), val, 2) &&
            S_owner_of(c, s, k - 1, &own) &&
            !S_is_plain_place(c, own.ent, own.sp) && !S_overlaps(own.sp, np.sp.t0, np.sp.t1)) {
            int told = 0;   /* the thing itself stays a target ("leur véhicule") */
            for (int i = 0; i < A->nrecip; i++) told |= A->recip[i].sp.t0 == np.sp.t0 && A->recip[i].sp.t1 == np.sp.t1;
            if (!told) S_add(A->recip, &A->nrecip, np);
            S_add(A->recip, &A->nrecip, own);
        }
    }
    if (!v->passive && !bare_pp && !noaux && has && S_arg_listed(args, "patient")) {
        /* "17 hommes ont comparu devant un tribunal", "les shebabs ont perdu
         * le contrôle de la ville": the subject undergoes the act, the
         * complements the lexicon lists name who does it */
        if (!S_is_plain_place(c, subj.ent, subj.sp)) {
            S_args B = *A;
            A->nrecip = 0;
            for (int i = 0; i < B.nrecip; i++) S_add(A->actor, &A->nactor, B.recip[i]);
            S_add(A->recip, &A->nrecip, subj);
            for (int k = 0; k < nconj; k++) S_add(A->recip, &A->nrecip, conj[k]);
        }
    } else if (!v->passive && !bare_pp && !noaux && has) {
        if (!(S_is_plain_place(c, subj.ent, subj.sp) && subj.ent >= 0 && !c->d->ents.v[subj.ent].actor.code)) {
            S_add(A->actor, &A->nactor, subj);
            for (int k = 0; k < nconj; k++)
                if (!S_is_plain_place(c, conj[k].ent, conj[k].sp) ||
                    (conj[k].ent >= 0 && c->d->ents.v[conj[k].ent].actor.code))
                    S_add(A->actor, &A->nactor, conj[k]);
        }
    }
    S_arg rel;
    int relative = !v->passive && !bare_pp && !noaux && has && S_arg_listed(args, "obj")
                       ? S_relative_object(c, s, g0, &subj, &rel)
                       : 0;
    if (relative) {
        /* the relative clause's object is its antecedent: a phrase right
         * after the verb with no preposition is the main clause's ("Le
         * village que les rebelles ont attaqué compte 300 habitants") */
        int n = 0;
        for (int i = 0; i < A->nrecip; i++)
            if (A->recip[i].sp.t0 <= h || S_prep_before(c, A->recip[i].sp.t0, h + 1, NULL)) A->recip[n++] = A->recip[i];
        A->nrecip = n;
        if (relative == 1) S_add(A->recip, &A->nrecip, rel);
    }
    /* "il l'a mis en garde contre toute provocation": the clitic is the party
     * when the complements name only acts or things */
    int party = 0;
    for (int i = 0; i < A->nrecip; i++) party |= !S_act_np(c, &A->recip[i]);
    if (!party && !v->passive && !bare_pp && !noaux && S_arg_listed(args, "obj"))
        S_clitic_object(c, s, g0, h, has ? &subj : NULL, A);
    for (int i = 0; i < A->nrecip; i++) S_fuller(c, s, &A->recip[i]);
    v->trig0 = aux0 < h ? aux0 : h;
    return g0;
}

/* Verbs whose subject (or "par" agent) does the act that their object noun
 * names: "la police a annoncé l'arrestation de", "le maire a décidé
 * le renfort", "un blocus mis en place par la marine", "les juges ont
 * validé la destitution".  Not "condamner", "dénoncer": their subject is
 * another party.                                                          */
static const char *const S_own_verbs[] = {
    "annoncer", "decider", "ordonner", "proposer", "decreter", "imposer", "instaurer", "etablir",
    "entamer", "engager", "mener", "conduire", "poursuivre", "lancer", "effectuer", "organiser",
    "prononcer", "prolonger", "confirmer", "mettre", "ouvrir", "commettre", "perpetrer",
    "declencher", "realiser", "operer", "appeler", "orchestrer", "preparer", "emettre",
    "delivrer", "commanditer", "donner", "conclure", "envoyer", "apporter", "accorder", "octroyer",
    "verser", "fournir", "acheminer", "formuler", "multiplier", "intensifier", "maintenir", "reconduire",
    "durcir", "renforcer", "etendre", "accentuer", NULL};

/* Prenominal adjectives an event noun object of such a verb may carry
 * ("un strict couvre-feu", "une nouvelle offensive", "un vaste coup de
 * filet"); and the verbs that only report the act ("confirmer",
 * "annoncer", "démentir"): after an adjective their subject is not read. */
static const char *const S_prenominal_adjs[] = {
    "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "important", "importante", "importants", "importantes",
    "vaste", "vastes", "large", "larges", "strict", "stricte", "stricts", "strictes", "fort", "forte", "forts", "fortes",
    "lourd", "lourde", "lourds", "lourdes", "grand", "grande", "grands", "grandes", "violent", "violente", "violents",
    "violentes", "massif", "massive", "massifs", "massives", "premier", "premiere", "premiers", "premieres",
    "deuxieme", "deuxiemes", "second", "seconde", "seconds", "secondes", NULL};
static const char *const S_report_verbs[] = {"confirmer", "annoncer", "dementir", "signaler", "rapporter", "evoquer",
                                             "relater", NULL};

/* Token I's verb lemma: its lemma, or where the tagger read a form that
 * is also a noun as that noun with no determiner or preposition before
 * ("le gouvernement annonce la fermeture", "l'armée lance une
 * offensive"), its first Lefff verb reading.                             */
static const char *S_verb_lemma(S_ctx *c, uint32_t i, char *buf, size_t cap)
{
    const dp_token *t = S_tok(c, i);
    const char *l = S_lemma(c, i, buf, cap);
    if ((t->pos & (DP_POS_NC | DP_POS_V)) != (DP_POS_NC | DP_POS_V) || !c->d->model || !t->lower || i == 0 ||
        S_is_det(c, i - 1) || (S_tok(c, i - 1)->pos & DP_POS_PREP))
        return l;
    dp_lex_entry le[8];
    size_t n = dp_tok_lex(c->d, i, le, 8);
    char b[64];
    const char *first = NULL;
    for (size_t k = 0; k < n && k < 8; k++)
        if (le[k].lemma && le[k].pos && !strcmp(le[k].pos, "v")) {
            if (!strcmp(S_fold_key(le[k].lemma, b, sizeof b), l)) return l;   /* the tagger's is a verb's */
            if (!first) first = le[k].lemma;
        }
    return first ? S_fold_key(first, buf, cap) : l;
}

static int S_own_verb(S_ctx *c, uint32_t i)
{
    char b[64];
    return S_is_verb(S_tok(c, i)) && S_in(S_verb_lemma(c, i, b, sizeof b), S_own_verbs);
}

/* The noun trigger [V->trig0, N1) with no actor of its own is the object of
 * such a verb ("ont annoncé l'arrestation", "a annoncé depuis jeudi le
 * renfort", "en proposant le déploiement"): the verb's subject; or the
 * subject of its passive ("un blocus serait mis en place par
 * la marine"): the "par" agent.                                            */
static void S_noun_governor(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t n1)
{
    uint32_t i = v->trig0;
    /* "a ordonné une vague de perquisitions", "annonce le lancement d'une
     * enquête": the noun that governs the trigger stands for it */
    uint32_t q = i;
    while (q > s->t0 && S_is_det(c, q - 1) && !S_in(S_tok(c, q - 1)->norm, (const char *const[]){"de", "d'", "des", NULL}))
        q--;
    if (q > s->t0 + 2 && (S_is(c, q - 1, "de") || S_is(c, q - 1, "d'")) && (S_tok(c, q - 2)->pos & DP_POS_NC) &&
        c->ment[q - 2] < 0 && S_is_det(c, q - 3))
        i = q - 2;
    /* "a décrété un strict couvre-feu", "a lancé une vaste offensive": one
     * or two prenominal adjectives of a closed list before the noun */
    int adjs = 0;
    while (adjs < 2 && i > s->t0 + 2 && c->ment[i - 1] < 0 && S_in(S_tok(c, i - 1)->norm, S_prenominal_adjs)) {
        i--;
        adjs++;
    }
    if (i > s->t0 + 1 && S_is_det(c, i - 1)) {
        uint32_t k = i - 1;
        /* "a mis en place un dispositif", "mettre en œuvre des sanctions" */
        if (k > s->t0 + 3 && S_is(c, k - 2, "en") && S_in(S_tok(c, k - 1)->norm, (const char *const[]){"place", "oeuvre", NULL}) &&
            S_lemma_is(c, k - 3, "mettre"))
            k -= 2;
        while (k > s->t0 && (c->in_time[k - 1] || (S_tok(c, k - 1)->pos & DP_POS_ADV && !S_is_verb(S_tok(c, k - 1))) ||
                             (S_in(S_tok(c, k - 1)->norm, (const char *const[]){"depuis", "en", "dans", NULL}) &&
                              c->in_time[k])))
            k--;   /* "a prononcé en juin 2012 une peine" */
        char rb[64];
        /* "la police a confirmé une nouvelle attaque", "les médias ont
         * annoncé une violente explosion": a report of the act, whose
         * subject is no party to it */
        if (adjs && k > s->t0 && S_in(S_verb_lemma(c, k - 1, rb, sizeof rb), S_report_verbs)) return;
        /* "les grévistes ont fait un sit-in": a finite "faire"
         * with the event noun itself (not "fait l'objet d'une enquête",
         * nor "sans les moyens de faire grève") */
        char fb[64];
        int faire = i == v->trig0 && k > s->t0 && S_is_verb(S_tok(c, k - 1)) && !(S_tok(c, k - 1)->pos & DP_POS_VINF) &&
                    !strcmp(S_verb_lemma(c, k - 1, fb, sizeof fb), "faire");
        if (k > s->t0 && (S_own_verb(c, k - 1) || faire) && !S_is_aux(c, k - 1) && c->ment[k - 1] < 0) {
            uint32_t g = S_group_start(c, s->t0, k - 1, NULL);
            int gerund = g > s->t0 && S_is(c, g - 1, "en");   /* "en proposant" */
            if (faire && g > s->t0 && S_is(c, g - 1, "qui")) return;   /* a relative: its antecedent is read by the verb readers */
            /* "X a diffusé un communiqué annonçant l'annulation": the letter's author */
            int part = S_gerundive(S_tok(c, k - 1)) && !gerund;
            S_arg subj;
            char lb[64];
            /* "la crise a multiplié les grèves": a cause, no actor; these
             * verbs take a party that can act */
            int cause = S_in(S_verb_lemma(c, k - 1, lb, sizeof lb), (const char *const[]){"formuler", "multiplier", "intensifier", "maintenir", "durcir", "renforcer",
                                                                         "etendre", "accentuer", NULL});
            int has = S_subject(c, s->t0, gerund ? g - 1 : g, gerund || part || (S_tok(c, k - 1)->pos & DP_POS_VINF), 0, &subj);
            /* "le ministre juge que les mineurs sont en danger, et annonce
             * l'évacuation": a singular verb after "et" is not the plural
             * subject's of the clause before, but the sentence's */
            uint32_t fv = g;
            while (fv < k - 1 && !S_is_verb(S_tok(c, fv))) fv++;
            if (has && !gerund && !part && g > s->t0 + 1 && S_is(c, g - 1, "et") && S_plural(c, &subj) &&
                S_verb_number(c, fv, 0))
                has = S_sentence_subject(c, s, 1, &subj) && subj.sp.t1 < g;
            if (has && !S_is_plain_place(c, subj.ent, subj.sp) && (!cause || S_party_head(c, &subj)))
                S_add(v->A.actor, &v->A.nactor, subj);
            return;
        }
    }
    for (uint32_t j = n1; j < s->t1 && j < n1 + 10; j++) {   /* the noun as a passive subject */
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_comma(t) || S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", "ou", NULL}))
            return;
        int ete = S_is_aux(c, j) && S_lemma_is(c, j, "avoir") && j + 1 < s->t1 && S_is(c, j + 1, "ete");   /* "a été émis" */
        if (!ete && (!S_is_aux(c, j) || !S_lemma_is(c, j, "etre"))) {
            /* "une offensive visant les rebelles a été lancée par": a
             * present participle qualifying the noun is passed */
            if (S_is_verb(t) && !(t->pos & (DP_POS_NC | DP_POS_ADJ)) && !(S_gerundive(t) && j == n1)) return;
            continue;
        }
        uint32_t k = j + 1;
        while (k < s->t1 && k < j + 4 && (S_is(c, k, "ete") || (S_tok(c, k)->pos & DP_POS_ADV) || S_is_aux(c, k)) &&
               !(S_tok(c, k)->pos & DP_POS_VPP && !S_is(c, k, "ete")))
            k++;
        if (k >= s->t1 || !(S_tok(c, k)->pos & DP_POS_VPP) || !S_own_verb(c, k)) return;
        S_args P = {0};
        P.place = -1;
        S_complements(c, k + 1, s->t1, v->e->f[F_ARGS], 0, &P);
        for (int a = 0; a < P.nactor; a++) S_add(v->A.actor, &v->A.nactor, P.actor[a]);
        /* "un mandat d'arrêt a été délivré contre lui": the noun's target */
        if (!v->A.nrecip && v->e->f[F_ARGS] && !strstr(v->e->f[F_ARGS], "obj"))
            for (int a = 0; a < P.nrecip; a++) S_add(v->A.recip, &v->A.nrecip, P.recip[a]);
        return;
    }
}

/* The adjective at token J is an armed agent noun of agents.tsv
 * ("missiles rebelles", "frappes jihadistes"): adds it to V's actors.    */
static int S_agent_adjective(S_ctx *c, uint32_t j, S_ev *v)
{
    const char *val[2];
    const char *w = S_tok(c, j)->norm;
    if (!dp_dict_find(c->d->model, "agents", w, strlen(w), val, 2)) return 0;
    char sec[8];
    snprintf(sec, sizeof sec, "%.7s", val[0]);
    if (!S_in(sec, (const char *const[]){"MIL", "REB", NULL})) return 0;
    S_arg a = {0};
    a.ent = -1;
    a.place = -1;
    a.sp = (dp_tspan){j, j + 1};
    a.actor.sector = !strcmp(sec, "MIL") ? "MIL" : "REB";
    a.actor.code = a.actor.sector;
    S_add(v->A.actor, &v->A.nactor, a);
    return 1;
}

/* Predicates whose subject suffers the event noun that follows them: "X
 * ont trouvé la mort dans une frappe", "X a été visée par un
 * attentat", "X est soumise à un blocus", "X sont en garde à vue".     */
static const char *const S_suffer_verbs[] = {
    "toucher", "viser", "blesser", "tuer", "soumettre", "cibler", "frapper", "mourir", "perir", "trouver",
    "placer", "maintenir", "etre", "victime", NULL};

/* "X fait face à l'offensive de Y", "X recule face aux bombardements":
 * the subject of the clause that faces the event noun starting at T0 (its
 * determiners before) suffers it.                                        */
static int S_facing(S_ctx *c, const dp_sentence *s, uint32_t t0, S_arg *out)
{
    uint32_t k = t0;
    while (k > s->t0 && S_is_det(c, k - 1) && !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"au", "aux", NULL})) k--;
    if (k < s->t0 + 3 || !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"a", "au", "aux", NULL}) ||
        !S_is(c, k - 2, "face"))
        return 0;
    for (uint32_t h = k - 2; h > s->t0 && k - h < 12;) {   /* the clause's verb: "fait", "subit ... face" */
        h--;
        const dp_token *t = S_tok(c, h);
        if (S_is_stop(t) || S_is_comma(t) || c->ment[h] >= 0) return 0;
        /* "fait face": "fait" is also a noun, right before "face" a verb */
        int fait = h == k - 3 && S_is_verb(t) &&
                   S_in(t->norm, (const char *const[]){"fait", "font", "faisait", "faisaient", "fera", "feront", "ferait",
                                                        "feraient", "faire", "faisant", NULL});
        if (!fait && (!S_is_clause_verb(c, h) || S_is_aux(c, h))) continue;
        char b[64];
        const char *l = S_lemma(c, h, b, sizeof b);
        /* "faire face à"; a setback "face à" ("subit des revers face à"), not
         * "sa colère face à des violences" */
        if (!fait && !(h == k - 3 && !strcmp(l, "faire")) &&
            !S_in(l, (const char *const[]){"subir", "reculer", "resister", "ceder", "fuir", "plier", NULL}))
            return 0;
        uint32_t g = S_group_start(c, s->t0, h, NULL);
        /* "X essuie des revers face à ... et fait face aux tirs d'artillerie": a
         * verb coordinated in the main clause has the sentence's subject */
        int main = g > s->t0 + 1 && S_is(c, g - 1, "et") && S_sentence_subject(c, s, 0, out) && out->sp.t1 < g;
        if (!main && !S_subject(c, s->t0, g, 0, 0, out)) return 0;
        return !S_is_plain_place(c, out->ent, out->sp) && !S_agentless(c, out);
    }
    return 0;
}

/* Argument X overlaps one of the N arguments V.                        */
static int S_has_arg_sp(const S_arg *v, int n, const S_arg *x)
{
    for (int i = 0; i < n; i++)
        if (S_overlaps(v[i].sp, x->sp.t0, x->sp.t1)) return 1;
    return 0;
}

/* Token K, left of a noun, is an adjective before it: an adjective that is
 * no verb form, or one that is ("violente", "violenter"; "intense") right
 * after a determiner or a "de": "une violente attaque", "de violentes
 * frappes" (a verb does not sit between a determiner and its noun).       */
static int S_prenominal_adj(S_ctx *c, uint32_t s0, uint32_t k)
{
    const dp_token *t = S_tok(c, k);
    if (!(t->pos & DP_POS_ADJ)) return 0;
    if (!S_is_verb(t)) return 1;
    return k > s0 && c->ment[k] < 0 && (S_is_det(c, k - 1) || S_is(c, k - 1, "de") || S_is(c, k - 1, "d'"));
}

/* Verbs whose subject undergoes the event noun they take as object: "le
 * village a subi de violents bombardements", "le convoi a essuyé des
 * tirs", "l'attentat que subit la ville".                                 */
static const char *const S_undergo_verbs[] = {"subir", "essuyer", "endurer", NULL};

static int S_undergo_verb(S_ctx *c, uint32_t i)
{
    char b[64];
    return S_is_verb(S_tok(c, i)) && c->ment[i] < 0 && S_in(S_lemma(c, i, b, sizeof b), S_undergo_verbs);
}

/* The word at J, after the event noun that starts at N0 and only plain
 * adjectives between ("des frappes aériennes graves"), is an adjective
 * agreeing with that noun -- not a verb nor a noun, whatever other
 * readings the Lefff gives the form ("des blessures graves": "graver"): a
 * plural noun takes a plural adjective (in -s or -x), a singular one a
 * singular adjective.  A past participle stays a verb form ("des combats
 * menés"), and so does a form that can be the finite verb after a
 * singular noun ("la bataille continue entre X et Y").                                       */
static int S_agreeing_adj(S_ctx *c, uint32_t n0, uint32_t j)
{
    const dp_token *t = S_tok(c, j);
    if (j <= n0 || !(t->pos & DP_POS_ADJ) || (t->pos & (DP_POS_VPP | DP_POS_AUX | DP_POS_DET | DP_POS_PREP)))
        return 0;
    uint32_t k = j;
    while (k > n0 + 1 && (S_tok(c, k - 1)->pos & DP_POS_ADJ) && !(S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_V)))
        k--;
    const dp_token *n = S_tok(c, k - 1);
    if (!(n->pos & DP_POS_NC)) return 0;
    size_t a = strlen(n->norm), b = strlen(t->norm);
    int pn = a > 1 && (n->norm[a - 1] == 's' || n->norm[a - 1] == 'x');
    if (!pn && (t->pos & DP_POS_V) && !(t->pos & DP_POS_VPP))
        return 0;   /* "la bataille continue entre": a singular finite verb stays one */
    const char *val[2];
    if (c->d->model && dp_dict_find(c->d->model, "agents", t->norm, b, val, 2))
        return 0;   /* "des renforts policiers": a party named, not a quality */
    int pa = b > 1 && (t->norm[b - 1] == 's' || t->norm[b - 1] == 'x');
    return pn == pa;
}

/* The token after the event noun that starts at T0 and ends at N1, past
 * the adjectives that qualify it (at most three): plain adjectives and
 * the agreeing ones S_agreeing_adj reads.                                */
static uint32_t S_skip_adjectives(S_ctx *c, const dp_sentence *s, uint32_t t0, uint32_t n1)
{
    uint32_t j = n1;
    while (j < s->t1 && j < n1 + 3 &&
           (((S_tok(c, j)->pos & DP_POS_ADJ) && !S_is_verb(S_tok(c, j))) || S_agreeing_adj(c, t0, j)))
        j++;
    return j;
}

/* The noun trigger [T0, N1) is the object of such a verb: before it (past
 * its determiners, adjectives, a "de" of "de violents", a time or an adverb:
 * "a subi mardi de violents bombardements"), the verb's subject; or after
 * it, in a relative "que" clause ("les frappes que subit la ville", "les
 * tirs qu'a essuyés le convoi", "des attaques que la ville a subies"),
 * the relative clause's subject.                                             */
static int S_undergone(S_ctx *c, const dp_sentence *s, uint32_t t0, uint32_t n1, S_arg *out)
{
    uint32_t k = t0;
    while (k > s->t0 && (S_is_det(c, k - 1) || S_is(c, k - 1, "de") || S_is(c, k - 1, "d'") || c->in_time[k - 1] ||
                         (S_tok(c, k - 1)->pos & (DP_POS_ADJ | DP_POS_ADV | DP_POS_NUM) && !S_is_verb(S_tok(c, k - 1))) ||
                         S_prenominal_adj(c, s->t0, k - 1)))
        k--;
    if (k < t0 && k > s->t0 && S_undergo_verb(c, k - 1)) {
        uint32_t g = S_group_start(c, s->t0, k - 1, NULL);
        return S_subject(c, s->t0, g, 0, 0, out) && !S_agentless(c, out);
    }
    uint32_t j = S_skip_adjectives(c, s, t0, n1);
    if (j + 2 >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"que", "qu'", NULL})) return 0;
    j++;
    uint32_t h = j;
    while (h < s->t1 && h < j + 2 && S_is_aux(c, h)) h++;
    if (S_undergo_verb(c, h)) {   /* "que subit la ville": the subject after the verb */
        h++;
        while (h < s->t1 && (c->in_time[h] || (S_tok(c, h)->pos & DP_POS_ADV))) h++;
        if (h >= s->t1) return 0;
        if (c->ment[h] >= 0) S_mention_at(c, h, out);
        else if (!S_is_det(c, h) || !S_np_at(c, h, s->t1, out)) return 0;
        return !S_agentless(c, out);
    }
    /* "que la ville a subie": a subject, then the verb */
    S_arg a;
    if (c->ment[j] >= 0) S_mention_at(c, j, &a);
    else if (!S_is_det(c, j) || !S_np_at(c, j, s->t1, &a)) return 0;
    h = a.sp.t1;
    while (h < s->t1 && h < a.sp.t1 + 3 && (S_is_aux(c, h) || (S_tok(c, h)->pos & DP_POS_ADV))) h++;
    if (h >= s->t1 || !S_undergo_verb(c, h) || S_agentless(c, &a)) return 0;
    *out = a;
    return 1;
}

/* "La milice avance malgré les attaques des rebelles", "Les insurgés gagnent
 * malgré les frappes de la Turquie": the party whose clause goes on despite
 * a hostile act of a named party (the caller checks the actor) named by the
 * noun at T0 ("malgré" and its determiners before) is its target: the
 * subject of the verb before "malgré", in its clause.  Not a "malgré" that
 * opens the sentence: "Malgré l'incendie, les grévistes restent
 * mobilisés", "Malgré les tirs d'appui de l'aviation, les milices ..."
 * tell no target.                                                        */
static int S_despite(S_ctx *c, const dp_sentence *s, uint32_t t0, S_arg *out)
{
    uint32_t k = t0;
    while (k > s->t0 && (S_is_det(c, k - 1) || S_prenominal_adj(c, s->t0, k - 1))) k--;
    if (k == t0 || k <= s->t0 + 1 || !S_is(c, k - 1, "malgre")) return 0;
    uint32_t h = k - 1;   /* the clause's verb before "malgré", in its clause */
    while (h > s->t0) {
        h--;
        const dp_token *t = S_tok(c, h);
        if (S_is_stop(t) || S_in(t->norm, (const char *const[]){"que", "qu'", "qui", "dont", ":", ";", NULL})) return 0;
        if (S_is_clause_verb(c, h) && !S_is_aux(c, h)) break;
    }
    if (!S_is_clause_verb(c, h) || S_is_aux(c, h) || !S_subject(c, s->t0, S_group_start(c, s->t0, h, NULL), 0, 0, out))
        return 0;
    /* only a party that can be targeted as one (S_party_head: a person,
     * an organisation, a state, an agent or a function): "les prix ont
     * baissé malgré les grèves" names no target                           */
    return !S_is_plain_place(c, out->ent, out->sp) && !S_agentless(c, out) && S_party_head(c, out);
}

/* "l'ambassadeur a été victime d'un attentat", "le ministre a été la
 * cible d'une attaque", "les bureaux sont devenus la cible de tirs": the
 * subject of the copula whose attribute is "victime" or "cible" of the
 * event noun that starts at T0 undergoes the event.                       */
static int S_victim_subject(S_ctx *c, const dp_sentence *s, uint32_t t0, S_arg *out)
{
    uint32_t k = t0;
    while (k > s->t0 && S_is_det(c, k - 1) && !S_is(c, k - 1, "de") && !S_is(c, k - 1, "d'")) k--;
    if (k < s->t0 + 3 || !(S_is(c, k - 1, "de") || S_is(c, k - 1, "d'"))) return 0;
    uint32_t h = k - 2;   /* "victime", "la cible" */
    if (!S_in(S_tok(c, h)->norm, (const char *const[]){"victime", "victimes", "cible", "cibles", NULL})) return 0;
    if (h > s->t0 && S_in(S_tok(c, h - 1)->norm, (const char *const[]){"la", "les", "une", "des", "l'", NULL})) h--;
    while (h > s->t0 + 1 && (S_tok(c, h - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, h - 1))) h--;   /* "a aussi été" */
    if (h <= s->t0 || !S_lemma_among(c, h - 1, (const char *const[]){"etre", "devenir", "rester", NULL})) return 0;
    uint32_t g = S_group_start(c, s->t0, h - 1, NULL);
    return S_subject(c, s->t0, g, 0, 0, out) && !S_agentless(c, out) && !S_is_plain_place(c, out->ent, out->sp);
}

static void S_noun_patient(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    S_arg faced;
    if (S_victim_subject(c, s, v->trig0, &faced)) {
        for (int i = 0; i < v->A.nactor; i++)
            if (S_overlaps(v->A.actor[i].sp, faced.sp.t0, faced.sp.t1)) return;
        S_add(v->A.recip, &v->A.nrecip, faced);
        return;
    }
    if (S_facing(c, s, v->trig0, &faced) || S_undergone(c, s, v->trig0, v->trig1, &faced) ||
        (v->A.nactor && S_despite(c, s, v->trig0, &faced))) {
        for (int i = 0; i < v->A.nactor; i++)
            if (S_overlaps(v->A.actor[i].sp, faced.sp.t0, faced.sp.t1)) return;
        S_add(v->A.recip, &v->A.nrecip, faced);
        return;
    }
    uint32_t k = v->trig0;
    while (k > s->t0 && S_is_det(c, k - 1)) k--;
    uint32_t cop = k;   /* "serait toujours l'otage": adverbs between */
    while (cop > s->t0 + 1 && cop + 3 > k && (S_tok(c, cop - 1)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, cop - 1))) cop--;
    if (cop > s->t0 + 1 && S_arg_listed(v->e->f[F_ARGS], "patient") &&
        S_lemma_among(c, cop - 1, (const char *const[]){"etre", "devenir", "rester", "demeurer", NULL})) {
        /* "patient": the subject of a copula whose attribute is the noun
         * undergoes it ("l'ingénieur est toujours l'otage d'un groupe
         * armé", "ils restent otages de la milice"), when the noun's own
         * party can act: "les usagers sont les otages de la grève" is a
         * figure, no abduction */
        int party = 0;
        for (int i = 0; i < v->A.nactor; i++) party |= S_party_head(c, &v->A.actor[i]) && !S_agentless(c, &v->A.actor[i]);
        S_arg subj;
        if (party && S_subject(c, s->t0, S_group_start(c, s->t0, cop - 1, NULL), 0, 0, &subj) &&
            !S_is_plain_place(c, subj.ent, subj.sp) && !S_agentless(c, &subj) && !S_has_arg_sp(v->A.actor, v->A.nactor, &subj))
            S_add(v->A.recip, &v->A.nrecip, subj);
        return;
    }
    if (k == v->trig0 && !(k > s->t0 && S_in(S_tok(c, k - 1)->norm, (const char *const[]){"en", "sous", NULL})))
        return;   /* "en garde à vue" has no determiner */
    if (k <= s->t0 + 1) return;
    const char *p = S_tok(c, k - 1)->norm;
    uint32_t pv = k - 1;
    if (!strcmp(p, "de") || !strcmp(p, "d'")) {   /* "lors de", "victimes de" */
        if (!S_is(c, pv - 1, "lors") && !S_lemma_is(c, pv - 1, "victime")) return;
        pv--;
    } else if (!S_in(p, (const char *const[]){"dans", "par", "a", "en", "sous", "lors", NULL}))
        return;
    if (pv <= s->t0) return;
    uint32_t h = pv - 1;   /* the predicate: "trouvé la mort", "touchée", "sont" */
    if (S_is(c, h, "mort") && h >= s->t0 + 2 && S_is(c, h - 1, "la")) h -= 2;
    char b[64];
    if (!S_in(S_lemma(c, h, b, sizeof b), S_suffer_verbs) && !S_in(S_tok(c, h)->norm, S_suffer_verbs)) return;
    if (S_lemma_is(c, h, "etre") && !S_in(p, (const char *const[]){"en", "sous", NULL})) return;
    if (S_lemma_is(c, h, "trouver") && !S_is(c, h + 1, "la")) return;
    S_arg subj;
    uint32_t g = S_group_start(c, s->t0, h, NULL);
    /* a blockade or a siege (CAMEO 191) closes off a place: "les villages
     * du Sud sont soumis à un blocus", "le quartier est placé sous
     * siège" name its target */
    int siege = v->e->f[F_CAMEO] && !strcmp(v->e->f[F_CAMEO], "191");
    if (!S_subject(c, s->t0, g, 0, 0, &subj) || (S_is_plain_place(c, subj.ent, subj.sp) && !siege) ||
        S_agentless(c, &subj))
        return;
    for (int i = 0; i < v->A.nactor; i++)
        if (S_overlaps(v->A.actor[i].sp, subj.sp.t0, subj.sp.t1)) return;
    S_add(v->A.recip, &v->A.nrecip, subj);
    if (siege && subj.place >= 0 && v->A.place < 0 && S_is_plain_place(c, subj.ent, subj.sp)) {
        v->A.place = subj.place;   /* the place closed off is where it happens */
        v->A.place_sp = subj.sp;
    }
}

/* "La manifestation réunissant samedi plusieurs centaines d'étudiants":
 * the people a protest gathers are its actors.                           */
static void S_gathering(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t n1)
{
    uint32_t j = S_skip_adjectives(c, s, v->trig0, n1);
    if (j < s->t1 && S_is_comma(S_tok(c, j))) j++;
    if (j + 1 < s->t1 && !strcmp(S_tok(c, j)->lower, "où")) {
        /* "un rassemblement, où quelque 300 grévistes réclamaient": the
         * subject of the relative clause of place, read as any subject */
        uint32_t k = j + 1;
        while (k < s->t1 && k < j + S_WINDOW && !S_is_stop(S_tok(c, k)) && !S_is_comma(S_tok(c, k)) &&
               !S_is_aux(c, k) && !S_is_clause_verb(c, k))
            k++;
        S_arg a;
        if (k > j + 1 && k < s->t1 && (S_is_aux(c, k) || S_is_clause_verb(c, k)) &&
            S_subject(c, j + 1, S_group_start(c, j + 1, k, NULL), 0, 0, &a) && a.sp.t0 > j && !S_agentless(c, &a) &&
            !S_is_plain_place(c, a.ent, a.sp))
            S_add(v->A.actor, &v->A.nactor, a);
        return;
    }
    if (j >= s->t1 || !S_gerundive(S_tok(c, j))) return;
    char b[64];
    if (!S_in(S_lemma(c, j, b, sizeof b), (const char *const[]){"reunir", "rassembler", "regrouper", "mobiliser", NULL}))
        return;
    S_args P = {0};
    P.place = -1;
    S_complements(c, j + 1, s->t1, "obj", 0, &P);
    if (P.nrecip && !S_agentless(c, &P.recip[0])) S_add(v->A.actor, &v->A.nactor, P.recip[0]);
}

/* The noun trigger ending at N1 is the subject of the verb group right
 * after it, which names the parties "entre" ("des combats ont éclaté entre
 * X et Y", "un accord a été conclu entre X et Y"): they are its arguments,
 * as the noun's own "entre" complement would be.                          */
static void S_noun_clause(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t n1)
{
    uint32_t j = S_skip_adjectives(c, s, v->trig0, n1);
    uint32_t v0 = j;
    while (j < s->t1 && j < v0 + 5 && (S_is_aux(c, j) || S_is(c, j, "ete") || S_is(c, j, "deja") ||
                                       S_in(S_tok(c, j)->norm, (const char *const[]){"les", "l'", "le", "la", "ne", "n'", NULL}) ||
                                       (S_tok(c, j)->pos & DP_POS_ADV)))
        j++;
    /* "des heurts opposant X à Y": the participle, though "opposant" is a noun too */
    int opposing = j == v0 && j < s->t1 && S_is(c, j, "opposant") && !strcmp(v->e->f[F_EVENT], "ASSAULT");
    if (j >= s->t1 || S_is_aux(c, j) || c->ment[j] >= 0 ||
        !(S_is_clause_verb(c, j) || (j > v0 && (S_tok(c, j)->pos & DP_POS_VPP)) || opposing))   /* "ont éclaté" (also a noun) */
        return;
    if (S_lemma_is(c, j, "opposer") || !strncmp(S_tok(c, j)->norm, "oppos", 5)) {
        /* "des combats ont opposé la police aux émeutiers", "Des heurts les ont
         * opposés aux troupes du Tchad", "des heurts opposant X à Y": all
         * sides act */
        S_args P = {0};
        P.place = -1;
        S_complements(c, j + 1, s->t1, "obj,a", 0, &P);
        if (!P.nrecip || (P.nrecip == 1 && S_prep_before(c, P.recip[0].sp.t0, j + 1, NULL)))
            S_clitic_object(c, s, v0, j, NULL, &P);
        for (int i = 0; i < P.nrecip; i++) S_add(v->A.actor, &v->A.nactor, P.recip[i]);
        return;
    }
    if (j == v0 && (S_tok(c, j)->pos & (DP_POS_VPP | DP_POS_VINF))) return;   /* "l'attaque menée", "l'accord signé" */
    uint32_t k = j + 1;
    while (k < s->t1 && k < j + 8 && (c->in_time[k] || (S_tok(c, k)->pos & DP_POS_ADV) || S_is_comma(S_tok(c, k))))
        k++;   /* "ont éclaté mardi entre" */
    if (k >= s->t1 || !S_is(c, k, "entre")) return;
    S_args P = {0};
    P.place = -1;
    S_complements(c, k, s->t1, v->e->f[F_ARGS], 1, &P);
    for (int i = 0; i < P.nactor; i++) S_add(v->A.actor, &v->A.nactor, P.actor[i]);
    for (int i = 0; i < P.nrecip; i++) S_add(v->A.recip, &v->A.nrecip, P.recip[i]);
}

/* "une enquête visant neuf élus", "une attaque, visant les
 * pompiers": the object of a targeting participle after the trigger ending
 * at N1 (within its clause) is the event's recipient.                     */
/* The verb at J says what the event noun ending at N1, its subject, hit:
 * "viser", "cibler", "toucher", "atteindre" with a direct object, in a
 * verb group that follows the noun phrase ("l'attentat qui a visé", "une
 * explosion a touché mardi").                                             */
static int S_aimed_verb(S_ctx *c, const dp_sentence *s, uint32_t n1, uint32_t j)
{
    char b[64];
    if (!S_in(S_lemma(c, j, b, sizeof b), (const char *const[]){"viser", "cibler", "toucher", "atteindre", NULL}) ||
        j + 1 >= s->t1 || S_in(S_tok(c, j + 1)->norm, (const char *const[]){"a", "au", "aux", "de", "d'", NULL}))
        return 0;   /* "vise à reprendre": an aim */
    uint32_t g = S_group_start(c, s->t0, j, NULL);
    if (g > n1 && S_is(c, g - 1, "qui")) g--;
    for (uint32_t k = n1; k < g; k++) {   /* only the noun's own words between */
        const dp_token *t = S_tok(c, k);
        if (S_is_stop(t) || S_is_comma(t) || S_is_verb(t) || c->in_time[k] ||
            S_in(t->norm, (const char *const[]){"que", "qu'", "et", "ou", "mais", NULL}))
            return 0;
    }
    return 1;
}


static int S_anaphoric(S_ctx *c, const dp_sentence *s, uint32_t n0);

/* An ordinal or "autre", "nouvel" between the determiner and the noun at
 * N0 ("la deuxième explosion", "l'autre attentat", "la nouvelle
 * attaque"): the noun counts one more event of a series, it retells none
 * ("la dernière attaque" may point back to one told: not listed).        */
static int S_ordinal_before(S_ctx *c, const dp_sentence *s, uint32_t n0)
{
    for (uint32_t j = n0; j > s->t0 && !S_is_det(c, j - 1); j--)
        if (S_in(S_tok(c, j - 1)->norm, (const char *const[]){"premier", "premiere", "deuxieme", "second", "seconde", "troisieme",
                                                               "quatrieme", "autre", "nouvel", "nouvelle", NULL}))
            return 1;
    return 0;
}

static void S_aimed_at(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t n1)
{
    int commas = 0;
    for (uint32_t j = n1; j < s->t1 && j < n1 + 12; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || (S_is_comma(t) && ++commas > 1)) return;
        if (!S_gerundive(t)) {
            if (S_is_verb(t) && !S_is_aux(c, j) && !commas && (!S_anaphoric(c, s, v->trig0) || S_ordinal_before(c, s, v->trig0)) &&
                S_aimed_verb(c, s, n1, j)) {
                S_args P = {0};   /* "l'attentat visait une église", "la deuxième explosion a touché une école" */
                P.place = -1;
                S_complements(c, j + 1, s->t1, "obj", 0, &P);
                for (int k = 0; k < P.nrecip; k++) S_add(v->A.recip, &v->A.nrecip, P.recip[k]);
                return;
            }
            if (S_is_clause_verb(c, j) && !(t->pos & DP_POS_VPP) && !S_is_aux(c, j)) return;
            continue;
        }
        char b[64];
        if (!S_in(S_lemma(c, j, b, sizeof b), (const char *const[]){"viser", "cibler", NULL})) return;
        S_args P = {0};
        P.place = -1;
        S_complements(c, j + 1, s->t1, "obj", 0, &P);
        for (int k = 0; k < P.nrecip; k++)
            if (!S_agentless(c, &P.recip[k])) S_add(v->A.recip, &v->A.nrecip, P.recip[k]);
        return;
    }
}

/* Where the noun group of the noun at N0 starts: back over the adjectives
 * before it, at most MAX tokens, not before S0 ("la première grande
 * offensive": the token after "la").  Its determiner, if any, is the token
 * before.                                                                */
static uint32_t S_adjs_before(S_ctx *c, uint32_t s0, uint32_t n0, uint32_t max)
{
    uint32_t j = n0;
    while (j > s0 && n0 - j < max && (S_tok(c, j - 1)->pos & DP_POS_ADJ) && !S_is_det(c, j - 1)) j--;
    return j;
}

/* A possessive before the event noun ("lors de leur perquisition", "après
 * son arrestation", "pendant leur grève") stands for the subject of the
 * sentence's first clause, when no other clause ("que", "qui", a quote)
 * opens before the noun: the actor of a noun whose "de" complement acts
 * (de>actor); for one whose "de" complement undergoes it (de>recipient),
 * the recipient, unless that subject is the police, the army or a court
 * in an active clause ("les gendarmes, lors de leur perquisition, ont
 * trouvé").                                                              */
static void S_possessor(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    const char *args = v->e->f[F_ARGS];
    if (!args) return;
    int acts = S_arg_listed(args, "de>actor"), undergoes = S_arg_listed(args, "de>recipient");
    int party = S_arg_listed(args, "de>party");   /* "leur blocage": who blocks, if a party */
    if ((!acts || v->A.nactor) && (!undergoes || v->A.nrecip) && (!party || (v->A.nactor && v->A.nrecip))) return;
    uint32_t j = S_adjs_before(c, s->t0, v->trig0, UINT32_MAX);
    if (j == s->t0) return;
    const char *w = S_tok(c, j - 1)->norm;
    int singular = S_in(w, (const char *const[]){"son", "sa", "ses", NULL});
    if (!singular && !S_in(w, (const char *const[]){"leur", "leurs", NULL})) return;
    /* not a verb's object: that of an event ("ont stoppé mardi leur
     * offensive") is no record of its own, and the verb tells what
     * becomes of the act ("a tempéré ses critiques") */
    uint32_t b = j - 1;
    while (b > s->t0 && ((S_tok(c, b - 1)->pos & DP_POS_ADV) || c->in_time[b - 1]) &&
           !(S_tok(c, b - 1)->pos & DP_POS_PREP))
        b--;
    if (b > s->t0 && S_is_verb(S_tok(c, b - 1)) && !(S_tok(c, b - 1)->pos & DP_POS_PREP)) return;
    for (uint32_t k = s->t0; k + 1 < j; k++)
        if (S_is_stop(S_tok(c, k)) ||
            S_in(S_tok(c, k)->norm, (const char *const[]){"que", "qu'", "qui", "dont", "lorsque", "lorsqu'", "quand",
                                                          "tandis", "mais", "car", "puis", ";", ":", NULL}) ||
            (S_is(c, k, "et") && S_new_clause(c, k + 1, s->t1)))
            return;
    S_arg a;
    if (!S_sentence_subject(c, s, singular, &a) || (a.sp.t0 < v->trig1 && v->trig0 < a.sp.t1)) return;
    /* a noun phrase between ("Le juge a libéré le suspect après son
     * arrestation", "ont blessé trois manifestants lors de leur
     * manifestation") may own it as well: no guess */
    for (uint32_t k = a.sp.t1 > s->t0 ? a.sp.t1 : s->t0; k + 1 < j; k++) {   /* a pronoun's antecedent: from the start */
        if (c->in_time[k] || !(c->ment[k] >= 0 || S_is_det(c, k) || S_tok(c, k)->kind == DP_TOK_NUM)) continue;
        S_arg np;   /* an act owns nothing: "ont voté la reconduction de leur grève" */
        if (c->ment[k] < 0 && S_np_at(c, k, j - 1, &np) && S_act_np(c, &np)) {
            k = np.sp.t1 - 1;
            continue;
        }
        return;
    }
    if (acts) {
        S_add(v->A.actor, &v->A.nactor, a);
        return;
    }
    if (party) {
        if (S_blocking_party(c, &a)) {
            if (!v->A.nactor) S_add(v->A.actor, &v->A.nactor, a);
        } else if (!v->A.nrecip) {
            S_add(v->A.recip, &v->A.nrecip, a);
        }
        return;
    }
    char agent[8];   /* "les gendarmes": the agent noun's sector (agents.tsv) */
    const char *sec = S_arg_sector(c, &a, agent, sizeof agent);
    int authority = S_in(sec, (const char *const[]){"COP", "GOV", "MIL", "JUD", "SPY", NULL});
    if (authority && !S_passive_before(c, s->t0, j - 1)) {
        if (!v->A.nactor) S_add(v->A.actor, &v->A.nactor, a);
    } else if (!v->A.nrecip) {
        S_add(v->A.recip, &v->A.nrecip, a);
    }
}

/* A list noun ("liste noire") told as where a party is put: "X rejoint
 * (figure, entre, reste) sur la liste noire", "Y a placé (inscrit, mis,
 * ajouté) X sur sa liste noire", "a ajouté X à la liste noire" -- X, the
 * party listed, is the recipient.                                        */
static void S_listed_party(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    if (!S_lemma_is(c, v->trig0, "liste")) return;
    uint32_t p = v->trig0;
    while (p > s->t0 && S_is_det(c, p - 1)) p--;
    if (p == v->trig0 || p <= s->t0 + 1 || !S_in(S_tok(c, p - 1)->norm, (const char *const[]){"sur", "dans", "a", NULL})) return;
    p--;
    int a_list = S_is(c, p, "a");   /* "ajouter X à la liste noire": only after a verb that puts */
    /* the verb the list phrase completes, back over its object ("figure"
     * is a noun too: the verbs listed are looked for first) */
    static const char *const puts_on[] = {"placer", "inscrire", "mettre", "ajouter", "maintenir", "ranger", NULL};
    static const char *const is_on_l[] = {"rejoindre", "figurer", "entrer", "rester", "apparaitre", "demeurer", NULL};
    uint32_t h = p;
    int puts = 0, is_on = 0;
    while (h > s->t0 && p - h < 14) {
        h--;
        if (S_is_stop(S_tok(c, h)) || S_in(S_tok(c, h)->norm, (const char *const[]){"qui", "que", "qu'", NULL})) return;
        if (!S_is_verb(S_tok(c, h))) continue;
        puts = S_lemma_among(c, h, puts_on);
        is_on = S_lemma_among(c, h, is_on_l);
        if (puts || is_on) break;
        if (S_is_clause_verb(c, h) && !S_is_aux(c, h)) return;
    }
    if ((!puts && !is_on) || (a_list && !puts)) return;
    uint32_t g0 = S_group_start(c, s->t0, h, NULL);
    int passive = 0;
    for (uint32_t j = g0; j < h; j++) passive |= S_lemma_is(c, j, "etre") || S_is(c, j, "ete");
    S_arg subj, obj;
    int has = S_subject(c, s->t0, g0, 0, 0, &subj);
    if (is_on || (puts && passive)) {   /* "X figure sur", "X a été placé sur" */
        if (has && !S_is_plain_place(c, subj.ent, subj.sp)) S_add(v->A.recip, &v->A.nrecip, subj);
        return;
    }
    uint32_t o = h + 1;   /* past a time or an adverb: "a inscrit lundi X" */
    while (o < p && (c->in_time[o] || ((S_tok(c, o)->pos & DP_POS_ADV) && !S_is_det(c, o)))) o++;
    if (o < p && (c->ment[o] >= 0 ? S_mention_at(c, o, &obj) : S_is_det(c, o) && S_np_at(c, o, p, &obj)) &&
        obj.sp.t1 <= p)
        S_add(v->A.recip, &v->A.nrecip, obj);   /* "a placé X sur la liste noire" */
}

/* Fills the arguments of a noun trigger [n0, n1).                          */
/* The event noun at T0 completes "l'auteur (présumé) de" ("Karim
 * Belkacem, l'auteur supposé de l'assaut", "X est l'auteur de l'attaque",
 * "les auteurs de l'incendie ont été interpellés"): the one named in
 * apposition before it, the copula's subject, else that noun phrase.      */
static int S_author_of(S_ctx *c, const dp_sentence *s, uint32_t t0, S_arg *out)
{
    uint32_t k = t0;
    while (k > s->t0 && S_is_det(c, k - 1) && !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"du", "des", NULL})) k--;
    if (k <= s->t0 + 1 || !S_in(S_tok(c, k - 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) return 0;
    k--;
    while (k > s->t0 && S_lemma_among(c, k - 1, (const char *const[]){"presume", "presumer", "principal", NULL}))
        k--;
    if (k <= s->t0 + 1) return 0;
    uint32_t h = k - 1;
    if (!S_lemma_among(c, h, (const char *const[]){"auteur", "auteure", "commanditaire", "instigateur", NULL}) ||
        !S_is_det(c, h - 1))
        return 0;
    uint32_t d0 = h - 1;
    if (d0 > s->t0 && S_is_comma(S_tok(c, d0 - 1)) && d0 - 1 > s->t0 && c->ment[d0 - 2] >= 0) {
        S_mention_at(c, d0 - 2, out);   /* "Karim Belkacem, l'auteur supposé de" */
        const dp_entity *e = &c->d->ents.v[out->ent];
        return e->type == DP_ENT_PER || e->type == DP_ENT_ORG;
    }
    if (d0 > s->t0 && S_lemma_is(c, d0 - 1, "etre") && !S_is_aux(c, d0))
        return S_subject(c, s->t0, S_group_start(c, s->t0, d0 - 1, NULL), 0, 0, out);   /* "X est l'auteur de" */
    memset(out, 0, sizeof *out);
    out->ent = -1;
    out->place = -1;
    out->sp = (dp_tspan){d0, h + 1};
    return 1;
}

static void S_onset_agent(S_ctx *c, const dp_sentence *s, S_ev *v);

static void S_noun_args(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t n1)
{
    v->A.place = -1;
    S_complements(c, n1, s->t1, v->e->f[F_ARGS], 1, &v->A);
    if (!v->A.nactor && !v->A.nrecip) S_noun_clause(c, s, v, n1);
    if (!strcmp(v->e->f[F_EVENT], "PROTEST") && S_clash_noun(c, v->head)) S_protest_forces_apart(c, &v->A);
    if (!v->A.nactor) S_noun_governor(c, s, v, n1);
    if (!v->A.nactor) S_onset_agent(c, s, v);
    S_arg author;
    if (!v->A.nactor && S_author_of(c, s, v->trig0, &author)) S_add(v->A.actor, &v->A.nactor, author);
    if (!v->A.nactor && !strcmp(v->e->f[F_EVENT], "PROTEST")) S_gathering(c, s, v, n1);
    if (!v->A.nrecip) S_aimed_at(c, s, v, n1);
    if (!v->A.nrecip) S_listed_party(c, s, v);
    S_possessor(c, s, v);
    int parties = 0;   /* "visé par une enquête sur le financement": the party over the thing */
    for (int i = 0; i < v->A.nrecip; i++) parties += v->A.recip[i].ent >= 0;
    if (!v->A.nrecip && S_in(v->e->f[F_EVENT], (const char *const[]){"ASSAULT", "COERCE", NULL}))
        S_noun_patient(c, s, v);   /* a strike "touching" users has no target there */
    else if (!parties && !strcmp(v->e->f[F_EVENT], "ACCUSE"))
        S_noun_patient(c, s, v);
    else if (!v->A.nrecip && v->A.nactor && S_in(v->e->f[F_EVENT], (const char *const[]){"THREATEN", "PROTEST", NULL})) {
        S_arg held;   /* "maintient sa visite malgré les menaces des groupes armés" */
        if (S_despite(c, s, v->trig0, &held) && !S_has_arg_sp(v->A.actor, v->A.nactor, &held))
            S_add(v->A.recip, &v->A.nrecip, held);
    }
    /* "les frappes américaines", "les bombardements russes et syriens":
     * demonym adjectives after the noun name the states that act */
    const char *ctx = v->e->f[F_CTX];
    int means = 0;   /* the means told: "tirs de missiles" */
    for (uint32_t j = v->trig0; j < n1; j++)
        if (S_is(c, j, "de") || S_is(c, j, "d'")) means = 1;
    for (uint32_t j = n1; j < s->t1 && j < n1 + 5; j++) {
        const dp_token *t = S_tok(c, j);
        /* "des tirs de roquettes insurgées", "une frappe de drone
         * américain": the means, then the party's adjective */
        if (!means && (S_is(c, j, "de") || S_is(c, j, "d'")) && j + 1 < s->t1 && c->ment[j + 1] < 0 &&
            ((S_tok(c, j + 1)->pos & DP_POS_NC) ||
             (!S_tok(c, j + 1)->pos && S_tok(c, j + 1)->kind == DP_TOK_WORD && !(S_tok(c, j + 1)->flags & DP_TF_CAP))) &&
            !S_is_det(c, j + 1) && !c->in_time[j + 1]) {
            means = 1;
            j++;
            continue;
        }
        if (c->ment[j] >= 0 && (t->pos & DP_POS_ADJ) && !(t->flags & DP_TF_CAP) && j > n1 && !S_is_det(c, j - 1)) {
            S_arg a;   /* "missiles rebelles": an agent noun used as an adjective */
            S_mention_at(c, j, &a);
            const char *sec = c->d->ents.v[a.ent].actor.sector;
            if (a.sp.t0 != j || !sec || !S_in(sec, S_armed_sectors)) break;
            S_add(v->A.actor, &v->A.nactor, a);
            j = a.sp.t1 - 1;
            continue;
        }
        if (!strcmp(t->norm, "et") || (t->pos & DP_POS_ADJ && !S_is_det(c, j) && c->ment[j] < 0)) {
            dp_country co;
            /* "des tirs de roquettes insurgées": with the means between, a
             * plural agent noun names the party ("une opération militaire",
             * "un attentat terroriste" only say what kind of act) */
            if (means && t->kind == DP_TOK_WORD && c->d->model && t->norm[0] && t->norm[strlen(t->norm) - 1] == 's' &&
                S_agent_adjective(c, j, v))
                continue;
            if (t->kind != DP_TOK_WORD || !c->d->model ||
                dp_demonym_find(c->d->model, t->norm, strlen(t->norm), &co))
                continue;
            S_arg a = {0};
            a.ent = -1;
            a.place = -1;
            a.sp = (dp_tspan){j, j + 1};
            memcpy(a.actor.country, co.cc3, sizeof a.actor.country);
            a.actor.sector = ctx && !strcmp(ctx, "military") ? "MIL" : "GOV";
            a.actor.code = dp_arena_printf(&c->d->arena, "%s%s", co.cc3, a.actor.sector);
            S_add(v->A.actor, &v->A.nactor, a);
            continue;
        }
        break;
    }
}

/* Nouns of an act's onset or conduct that take their agent with "par"
 * before the act they govern ("l'ouverture par le parquet d'une enquête",
 * "le lancement par l'armée d'une offensive").                             */
static const char *const S_onset_nouns[] = {"ouverture", "lancement", "declenchement", "organisation", "conduite",
                                            "reprise", "poursuite", "intensification", NULL};

/* The noun trigger at V->trig0 is the "de" object of an onset noun whose
 * "par" agent stands between them ("l'ouverture par le parquet de Paris
 * (lundi) d'une enquête"): that agent is the act's actor.                 */
static void S_onset_agent(S_ctx *c, const dp_sentence *s, S_ev *v)
{
    uint32_t q = v->trig0;
    while (q > s->t0 && S_is_det(c, q - 1) && !S_in(S_tok(c, q - 1)->norm, (const char *const[]){"de", "d'", "des", NULL}))
        q--;
    if (q < s->t0 + 5 || !(S_is(c, q - 1, "de") || S_is(c, q - 1, "d'"))) return;
    uint32_t lo = q > s->t0 + 20 ? q - 20 : s->t0;
    int depth = 0;
    for (uint32_t k = q - 1; k-- > lo;) {
        const dp_token *t = S_tok(c, k);
        if (!strcmp(t->norm, ")")) { depth++; continue; }
        if (!strcmp(t->norm, "(")) { if (depth) depth--; continue; }
        if (depth || c->in_time[k]) continue;   /* "(fin septembre 2016)" */
        if (S_is_stop(t) || S_is_comma(t) || (c->ment[k] < 0 && S_is_clause_verb(c, k)) ||
            S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", "et", "ou", NULL}))
            return;
        if (!S_is(c, k, "par")) continue;
        if (k < s->t0 + 2 || c->ment[k - 1] >= 0 || !S_in(S_tok(c, k - 1)->norm, S_onset_nouns) ||
            !S_is_det(c, k - 2))
            return;
        uint32_t m = k + 1;   /* "par le parquet": past its determiner */
        while (m < q - 1 && m < k + 3 && S_is_det(c, m) && c->ment[m] < 0) m++;
        S_arg b;
        if (!(c->ment[m] >= 0 ? S_mention_at(c, m, &b) : S_np_at(c, k + 1, q - 1, &b))) return;
        if (b.sp.t0 <= k || b.sp.t1 > q - 1 || !S_author_party(c, &b)) return;
        S_add(v->A.actor, &v->A.nactor, b);
        return;
    }
}

/* Nouns that govern an event noun after "de": "une tentative d'attentat",
 * "une vague de manifestations", "une prise d'otages".                     */
static const char *const S_event_governors[] = {
    "tentative", "tentatives", "vague", "vagues", "serie", "series", "projet", "projets", "prise",
    "preavis", "campagne", "campagnes", "journee", "journees", "mouvement", "debut", "fin", "suite",
    "cas", "nombre", "centaine", "centaines", "dizaine", "dizaines", "millier", "milliers", "plupart",
    "victime", "victimes", "auteur", "auteurs", "bilan", "lieu", "cible", "objet", "menace", "menaces",
    "risque", "appel", "appels", "ordre", "annonce", "jour", "nuit", "lendemain", "veille", "rapport",
    "rapports", "point", "points", "foyer", "theatre", "scene", NULL};

/* The noun trigger at token I names no event here: a word of a name
 * ("la cour d'appel de Douai", "le GIGN", "l'Armée du salut"), "à
 * peine", or the bare complement of another noun ("un fusil d'assaut",
 * "les frais d'enquête").                                                  */
static int S_noun_modifier(S_ctx *c, const dp_sentence *s, uint32_t i);

/* "les grévistes revendiquent le retrait de la réforme": the verb of a
 * claim used for a demand, told by the head of its object (the first word
 * after the determiners) among the object: words of the REQUEST sense of
 * "revendiquer" in the lexicon; "revendiquer l'attaque du bureau des
 * droits de l'homme" is a claim whatever its complement holds.            */
static int S_demand_object(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    S_match m;
    S_match_at(c, i, s->t1, &m);
    uint32_t j = m.end;
    while (j < s->t1 && (S_is_det(c, j) || S_in(S_tok(c, j)->norm, (const char *const[]){"leur", "leurs", "son", "sa", "ses",
                                                                                         "notre", "nos", "votre", "vos", NULL})))
        j++;
    if (j >= s->t1) return 0;
    dp_sentence o = *s;
    o.t0 = j;
    o.t1 = j + 1;
    for (int k = 0; k < m.n; k++) {
        const char *r = m.e[k].f[F_REQ];
        if (m.e[k].part == P_VERB && r && !strncmp(r, "object:", 7) && S_near_words(c, &o, r + 7)) return 1;
    }
    return 0;
}

/* The noun trigger at token I is what a verbal act asks for, refuses or
 * promises ("exiger le départ", "décrète un cessez-le-feu", "appelle
 * à la grève"): the content of that act, no event of its own.  A material
 * act (NOUN's type ASSAULT, COERCE, MOBILIZE) that a leader orders ("a
 * ordonné un raid sur un dépôt") is carried out by the forces under
 * that leader: the event itself.                                          */
static int S_requested(S_ctx *c, const dp_sentence *s, uint32_t i, const S_entry *noun)
{
    static const char *const glue[] = {"le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'",
                                       "a", "au", "aux", "son", "sa", "ses", "leur", "leurs",
                                       "pour", NULL};   /* "plaide pour un cessez-le-feu" */
    uint32_t j = i;
    while (j > s->t0 && i - j < 4) {
        j--;
        const dp_token *t = S_tok(c, j);
        if (S_in(t->norm, glue) || ((t->pos & DP_POS_ADJ) && !(t->pos & (DP_POS_V | DP_POS_NC)))) continue;
        /* "un avis favorable à un cessez-le-feu": what a stance supports */
        if (!strcmp(t->norm, "faveur") && j > s->t0 && S_is(c, j - 1, "en")) return 1;
        if (!strcmp(t->norm, "voie") && j > s->t0 && S_is(c, j - 1, "la")) return 1;   /* "ouvrir la voie au" */
        if (!S_is_verb(t)) return 0;
        /* "a revendiqué une attaque": a claim asks for nothing */
        if (S_lemma_is(c, j, "revendiquer") && !S_demand_object(c, s, j)) return 0;
        S_match m;
        S_match_at(c, j, s->t1, &m);
        /* "appellent à la grève": the strike called is the record */
        if (noun && noun->f[F_EVENT] && !strcmp(noun->f[F_EVENT], "PROTEST") && S_lemma_is(c, j, "appeler"))
            return 0;
        /* a sense kept to some objects ("repousser" a proposal: object:)
         * asks for nothing else: "l'armée a repoussé une incursion" tells
         * the incursion */
        dp_sentence o = *s;
        o.t0 = i;
        o.t1 = i + 1;
        for (int k = 0; k < m.n; k++) {
            const char *r = m.e[k].f[F_REQ];
            if (m.e[k].part == P_VERB && m.e[k].f[F_EVENT] &&
                S_in(m.e[k].f[F_EVENT], (const char *const[]){"REQUEST", "REJECT", "AGREE", "THREATEN", NULL}) &&
                !(r && !strncmp(r, "object:", 7) && !S_near_words(c, &o, r + 7)))
                return 1;
        }
        if (S_lemma_is(c, j, "ordonner"))
            return !noun || !noun->f[F_EVENT] ||
                   !S_in(noun->f[F_EVENT], (const char *const[]){"ASSAULT", "COERCE", "MOBILIZE", NULL});
        return S_lemma_is(c, j, "souhaiter") || S_lemma_is(c, j, "vouloir");
    }
    return 0;
}

static int S_noun_modifier(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (c->ment[i] >= 0 && !c->d->ents.v[c->ments[c->ment[i]].ent].nominal) return 1;
    if ((t->flags & DP_TF_UPPER) && t->b1 - t->b0 > 2) return 1;   /* an acronym: "RAID" */
    if (i <= s->t0) return 0;
    /* "il s'agirait d'un acte terroriste": a qualification, no new event */
    for (uint32_t j = i; j > s->t0 && i - j < 5;) {
        j--;
        if (S_lemma_is(c, j, "agir") && j > s->t0 && S_is(c, j - 1, "s'")) return 1;
        if (S_is_verb(S_tok(c, j)) && !S_is_aux(c, j)) break;
    }
    const char *w = S_tok(c, i - 1)->norm;
    if (!strcmp(w, "a") && S_tok(c, i)->norm[0] == 'p') return 1;   /* "à peine" */
    if (strcmp(w, "de") && strcmp(w, "d'")) return 0;
    if (i - 1 <= s->t0) return 0;
    if (S_assault_locution(c, s->t0, i)) return 1;
    const dp_token *h = S_tok(c, i - 2);
    if (!(h->pos & DP_POS_NC) || S_is_det(c, i - 2) || c->ment[i - 2] >= 0) return 0;
    return !S_in(h->norm, S_event_governors);
}

/* Token I is the trigger word of a fixed phrase of data/lexicon/idioms.tsv
 * ("à peine": barely, "sans peine": easily, "vaut la peine": is worth it)
 * that tells no event: the phrase of two to four tokens around I, its
 * folded words joined by spaces, is a key whose value is I's word (with
 * a second field "closed": only when no complement follows the phrase,
 * "passive": only when no form of "avoir" comes before I).               */
static int S_idiom(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    const dp_dict *h = dp_dict_get(c->d->model, "idioms");
    if (!h) return 0;
    for (uint32_t a = i > s->t0 + 3 ? i - 3 : s->t0; a <= i; a++) {
        if (!S_opens_phrase(c, a, S_W_IDIOMS, "idioms")) continue;   /* every key here has two words or more */
        for (uint32_t b = (a + 2 > i + 1 ? a + 2 : i + 1); b <= a + 4 && b <= s->t1; b++) {
            char key[128];
            size_t n = S_phrase_key(c, a, b, key, sizeof key);
            if (!n) continue;
            const char *val[4];
            size_t nv = dp_dict_find_in(c->d->model, h, key, n, val, 4);
            const char *w = S_tok(c, i)->norm;
            size_t wl = strlen(w);
            for (size_t v = 0; v < nv && v < 4; v++) {
                if (strncmp(val[v], w, wl) || (val[v][wl] && val[v][wl] != '\t')) continue;
                if (val[v][wl] && !strcmp(val[v] + wl + 1, "passive")) {
                    /* "a appelé aux urnes": a compound tense, no passive */
                    uint32_t j = i;
                    while (j > s->t0 && (S_tok(c, j - 1)->pos & DP_POS_ADV) && i - j < 3) j--;
                    if (j > s->t0 && S_is_aux(c, j - 1) && S_lemma_is(c, j - 1, "avoir")) continue;
                    return 1;
                }
                if (!val[v][wl] || strcmp(val[v] + wl + 1, "closed")) return 1;
                /* closed: the phrase ends its group, no complement follows
                 * ("mis à la peine dans la côte", not "à la peine de mort",
                 * "à la peine maximale") */
                if (b >= s->t1) return 1;
                const dp_token *nx = S_tok(c, b);
                if (nx->kind != DP_TOK_WORD) return 1;
                if (S_in(nx->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) continue;
                if (nx->pos & (DP_POS_PREP | DP_POS_CONJ)) return 1;
            }
        }
    }
    return 0;
}

/* "le front peine à avancer", "le régime menace de frapper": a form that
 * is both a noun and a finite verb, right after a subject (a pronoun, a
 * name, or a noun after its determiner; "qui", or "mais" that coordinates
 * it with a verb of the same subject) and right before "à" or "de" and
 * an infinitive, is the verb (peiner à, menacer de), not the noun.        */
static int S_verb_before_inf(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (!(t->pos & DP_POS_V) || !(t->pos & DP_POS_NC) || i <= s->t0 || i + 2 >= s->t1) return 0;
    if (!S_in(S_tok(c, i + 1)->norm, (const char *const[]){"a", "de", "d'", NULL}) ||
        !(S_tok(c, i + 2)->pos & DP_POS_VINF))
        return 0;
    const dp_token *p = S_tok(c, i - 1);
    /* "qui peine à", "mais peine à rassembler" (its subject said before) */
    if (S_in(p->norm, (const char *const[]){"il", "elle", "on", "ils", "elles", "qui", "mais", NULL})) return 1;
    if (p->kind != DP_TOK_WORD || S_is_det(c, i - 1) || (p->pos & (DP_POS_PREP | DP_POS_V | DP_POS_PRO))) return 0;
    if (c->ment[i - 1] >= 0) return 1;   /* "Moscou peine à", "les rebelles peinent à" */
    return (p->pos & DP_POS_NC) && i - 1 > s->t0 && S_is_det(c, i - 2);
}

/* Word W has ROLE in data/lexicon/event_frames.tsv.                       */
static int S_frame_role(S_ctx *c, const char *w, const char *role)
{
    const char *val[8];
    size_t n = c->d->model && w && w[0] ? dp_dict_find(c->d->model, "event_frames", w, strlen(w), val, 8) : 0;
    for (size_t k = 0; k < n && k < 8; k++)
        if (!strcmp(val[k], role)) return 1;
    return 0;
}

/* The event noun at token I is told bare (GUIDELINE §2 codes no bare
 * mention; it codes an event described with an actor, a date or a place,
 * and a planned one as future): after it and up to two adjectives comes
 * the end of the sentence, punctuation, a conjunction, a finite verb, or
 * "de" and a name that is no person or organisation ("la date de la
 * manifestation.", "les accords de Minsk", "l'attentat de Strasbourg").
 * Anything else describes it: its actor named ("de l'attaque du Hamas"), a preposition
 * ("contre la caserne", "par la Chine", "entre les deux pays"), a
 * participle ("signé lundi"), a date ("de lundi", "du 12 mars") or "de"
 * and a common noun.                                                     */
static int S_bare_mention(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    uint32_t k = i + 1;
    while (k < s->t1 && k - i <= 2 && (S_tok(c, k)->pos & DP_POS_ADJ) &&
           !(S_tok(c, k)->pos & (DP_POS_VPP | DP_POS_PREP | DP_POS_DET)))
        k++;
    if (k >= s->t1) return 1;
    const dp_token *t = S_tok(c, k);
    if (t->kind == DP_TOK_PUNCT || t->kind == DP_TOK_QUOTE_CLOSE || t->kind == DP_TOK_DASH) return 1;
    if (S_in(t->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) {
        uint32_t n = k + 1;
        if (n < s->t1 && S_in(S_tok(c, n)->norm, (const char *const[]){"la", "le", "l'", NULL})) n++;
        if (n >= s->t1 || S_tok(c, n)->kind != DP_TOK_WORD) return 0;
        /* a person or an organisation named there is the event's actor
         * ("les vidéos de l'attaque du Hamas"): told, not bare           */
        int32_t e = c->ment[n] >= 0 ? c->ments[c->ment[n]].ent : -1;
        if (e >= 0 && (c->d->ents.v[e].type == DP_ENT_PER || c->d->ents.v[e].type == DP_ENT_ORG)) return 0;
        return (S_tok(c, n)->flags & DP_TF_CAP) || c->ment[n] >= 0;
    }
    if (t->pos & (DP_POS_PREP | DP_POS_VPP)) return 0;
    if (t->pos & DP_POS_CONJ) return 1;
    return (t->pos & (DP_POS_V | DP_POS_AUX)) && !(t->pos & (DP_POS_VINF | DP_POS_NC)) && t->kind == DP_TOK_WORD;
}

/* The noun trigger at token I names a thing here, no new event (GUIDELINE
 * §2, §3); the word lists are in data/lexicon/event_frames.tsv:
 * - the complement, with its determiner, of a noun naming the event's
 *   place, time, text, part or quality ("la salle de la réunion", "le
 *   texte de l'accord", "les images de la répression."), or of the
 *   victims honoured ("en hommage aux victimes de l'attentat"), when the
 *   event noun is told bare (S_bare_mention);
 * - a case foreseen ("en cas d'attaque");
 * - an agreement as the direct object of a verb acting on its text ("ont
 *   signé l'accord", whose SUPPORT the verb tells; "ne respecte pas la
 *   trêve"), or any event noun as the object of a verb that recalls or
 *   denies it ("ont commémoré l'attentat", "a nié tout soutien").         */
static int S_named_thing(S_ctx *c, const dp_sentence *s, uint32_t i)
{
    static const char *const dets[] = {"le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces", "son", "sa",
                                       "ses", "leur", "leurs", "tout", "toute", "tous", "toutes", NULL};
    uint32_t j = S_adjs_before(c, s->t0, i, 2);
    if (j <= s->t0 + 1) return 0;
    uint32_t de = 0;   /* the "de" of the complement, then its head */
    if (S_in(S_tok(c, j - 1)->norm, (const char *const[]){"du", "des", NULL})) de = j - 1;
    else if (S_in(S_tok(c, j - 1)->norm, dets) && S_in(S_tok(c, j - 2)->norm, (const char *const[]){"de", "d'", NULL}))
        de = j - 2;
    /* the head, past up to two adjectives ("l'application stricte des
     * accords", "les images brutales de la répression"; "victimes" may read as
     * one too) */
    for (uint32_t h = de; de > s->t0 && h > s->t0 && de - h <= 2; h--) {
        const dp_token *t = S_tok(c, h - 1);
        if ((t->pos & DP_POS_NC) && c->ment[h - 1] < 0 && S_frame_role(c, t->norm, "attribute"))
            return S_bare_mention(c, s, i);
        /* "en hommage aux victimes de l'attentat", "à la mémoire des
         * victimes de l'attaque": the dead honoured, the attack recalled */
        if (h > s->t0 + 2 && S_in(t->norm, (const char *const[]){"victime", "victimes", NULL}) &&
            ((S_in(S_tok(c, h - 2)->norm, (const char *const[]){"aux", "a", NULL}) && S_is(c, h - 3, "hommage")) ||
             (S_is(c, h - 2, "des") && S_in(S_tok(c, h - 3)->norm, (const char *const[]){"memoire", "souvenir", NULL}))))
            return S_bare_mention(c, s, i);
        if (!(t->pos & DP_POS_ADJ) || S_is_det(c, h - 1)) break;
    }
    /* "les consignes en cas d'attaque": a case foreseen, no event */
    uint32_t k = de ? de : j - 1;
    if (k > s->t0 + 1 && S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "du", NULL}) &&
        S_is(c, k - 1, "cas") && S_is(c, k - 2, "en"))
        return 1;
    /* "signer l'accord", "ne signera pas l'accord", "de respecter la trêve";
     * "ont commémoré l'attentat", "a nié tout soutien": an event recalled
     * or denied, not told */
    if (!S_in(S_tok(c, j - 1)->norm, dets)) return 0;
    int doc = S_frame_role(c, S_tok(c, i)->norm, "document");
    uint32_t v = j - 1;
    while (v > s->t0 && v + 3 > j && S_in(S_tok(c, v - 1)->norm, (const char *const[]){"pas", "plus", "jamais", "toujours",
                                                                                        "bien", "encore", "pleinement",
                                                                                        NULL}))
        v--;
    if (v <= s->t0 || !S_is_verb(S_tok(c, v - 1))) return 0;
    char b[64];
    /* a document is acted on or denied ("a démenti tout accord"); any
     * other event noun only recalled or denied                           */
    const char *lem = S_lemma(c, v - 1, b, sizeof b);
    return (doc && S_frame_role(c, lem, "acts_on")) || S_frame_role(c, lem, "recalls");
}

/* The determiner before the noun trigger at N0 refers back ("l'opération",
 * "cette offensive").                                                      */
static int S_anaphoric(S_ctx *c, const dp_sentence *s, uint32_t n0)
{
    uint32_t j = S_adjs_before(c, s->t0, n0, UINT32_MAX);
    if (j == s->t0) return 0;
    return S_in(S_tok(c, j - 1)->norm, (const char *const[]){"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "leur", "son", "sa", NULL});
}

/* The determiner before the noun trigger at N0 is a demonstrative ("cette
 * agression", "ces massacres"): the noun points at an event already told. */
static int S_demonstrative(S_ctx *c, const dp_sentence *s, uint32_t n0)
{
    uint32_t j = S_adjs_before(c, s->t0, n0, UINT32_MAX);
    return j > s->t0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"ce", "cet", "cette", "ces", NULL});
}

/* Purpose infinitive after an event noun: "une opération pour reprendre",
 * "visant à libérer".  Returns the infinitive's token or 0.               */
static uint32_t S_purpose(S_ctx *c, const dp_sentence *s, uint32_t from, S_match *m)
{
    for (uint32_t j = from; j < s->t1 && j < from + 8; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_comma(t)) return 0;
        if (!S_in(t->norm, (const char *const[]){"pour", "afin", "visant", "destinee", "destine", NULL})) continue;
        uint32_t k = j + 1;
        while (k < s->t1 && k < j + 4 && !(S_tok(c, k)->pos & DP_POS_VINF)) k++;
        if (k >= s->t1 || !(S_tok(c, k)->pos & DP_POS_VINF)) return 0;
        S_match_at(c, k, s->t1, m);
        if (S_pick(m, P_VERB)) return k;
        return 0;
    }
    return 0;
}

/* ---- claims: "L'attaque est revendiquée par X", "X a revendiqué
 * l'assaut", "un colis piégé, attribué aux séparatistes basques": X is the
 * actor of the attack (the gold guideline: claims are no event of their own,
 * they fill in the attack's actor). */

typedef struct S_claim {
    int32_t sent;
    S_arg who;
    int several;     /* "les attaques", "ces attentats": all of them        */
} S_claim;

/* The claim verb at token V bears on several attacks: a plural attack
 * noun after "les", "ces", "des" or a number near it ("Ces attaques,
 * revendiquées par X", "X a revendiqué les deux attentats").              */
static int S_claims_several(S_ctx *c, const dp_sentence *s, uint32_t v)
{
    uint32_t lo = v > s->t0 + 8 ? v - 8 : s->t0, hi = v + 5 < s->t1 ? v + 5 : s->t1;
    for (uint32_t j = lo + 1; j < hi; j++) {
        const dp_token *t = S_tok(c, j), *p = S_tok(c, j - 1);
        size_t l = strlen(t->norm);
        if (!(t->pos & DP_POS_NC) || l < 2 || t->norm[l - 1] != 's' ||
            !(S_in(p->norm, (const char *const[]){"les", "ces", "des", "deux", "trois", NULL}) || p->kind == DP_TOK_NUM))
            continue;
        S_entry e[S_SENSES];
        size_t n = S_lookup_tok(c, j, e, S_SENSES);
        for (size_t k = 0; k < n; k++)
            if (e[k].part == P_NOUN && e[k].f[F_EVENT] && !strcmp(e[k].f[F_EVENT], "ASSAULT")) return 1;
    }
    return 0;
}

/* The party credited by the claim verb at token V (revendiquer,
 * attribuer): the "par" agent or "à" complement of a passive or participle,
 * else the subject.                                                        */
static int S_claimant(S_ctx *c, const dp_sentence *s, uint32_t v, S_arg *out)
{
    int passive = (S_tok(c, v)->pos & DP_POS_VPP) != 0;
    uint32_t g = S_group_start(c, s->t0, v, NULL);
    int have = 0, ete = 0;   /* "X a revendiqué": a perfect, active; "ont toutefois été revendiquées" */
    for (uint32_t j = g; j < v && passive; j++) {
        if (S_lemma_is(c, j, "avoir")) have = 1;
        if (S_is(c, j, "ete")) ete = 1;
    }
    if (have && !ete) passive = 0;
    int attrib = S_lemma_is(c, v, "attribuer") || S_lemma_is(c, v, "imputer");
    if (passive || attrib) {
        S_args A = {0};
        A.place = -1;
        S_complements(c, v + 1, s->t1, attrib ? "a" : "", 0, &A);
        if (A.nactor) { *out = A.actor[0]; return 1; }
        if (attrib && A.nrecip) { *out = A.recip[0]; return 1; }
        if (attrib) return 0;
    }
    return !passive && S_subject(c, s->t0, g, 0, 0, out) && out->ent >= 0;
}

static void S_claim_at(S_ctx *c, int32_t si, uint32_t v)
{
    const dp_sentence *s = &c->d->sents.v[si];
    S_arg who;
    if (!S_claimant(c, s, v, &who) || S_agentless(c, &who)) return;
    if (c->nclaims == c->capclaims) {
        size_t cap = c->capclaims ? 2 * c->capclaims : 8;
        S_claim *n = dp_arena_alloc(&c->d->arena, cap * sizeof *n);
        if (c->nclaims) memcpy(n, c->claims, c->nclaims * sizeof *n);
        c->claims = n;
        c->capclaims = cap;
    }
    c->claims[c->nclaims++] = (S_claim){si, who, S_claims_several(c, s, v)};
}

#define S_CLAIM_BACK 6   /* sentences back a claim looks for its attack */

/* The attack E names its perpetrator: an actor with a proper name (not
 * "un kamikaze", "deux groupes d'assaillants", whom a claim names).        */
static int S_named_actor(const dp_doc *d, const dp_event *e)
{
    for (size_t i = 0; i < e->actors.n; i++) {
        int32_t en = e->actors.v[i].entity;
        if (en >= 0 && !d->ents.v[en].nominal) return 1;
    }
    return 0;
}

/* The record E is the act of state forces ("les forces ont riposté"),
 * which no group claims.                                                   */
static int S_state_actor(const dp_doc *d, const dp_event *e)
{
    for (size_t i = 0; i < e->actors.n; i++) {
        const char *sec = e->actors.v[i].actor.sector;
        if (sec && S_in(sec, S_state_sectors)) return 1;
    }
    return 0;
}

/* Each claim gives its actor to the nearest attack told before it (or in
 * its sentence) whose perpetrator is unnamed (to all such attacks in
 * reach when it claims several).                                          */
static int S_response(S_ctx *c, const dp_event *e);
static int S_forces_only(S_ctx *c, const dp_event *e);

/* A claim of several attacks ("X a revendiqué ces deux attentats") whose
 * sentence sums up records told further back (S_plural_recap put it in
 * their also_in) gives its actor to them too, however far back they are. */
static void S_claim_recapped(S_ctx *c, const S_claim *cl, size_t end)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < end; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") || cl->sent - e->sent <= S_CLAIM_BACK || S_named_actor(d, e) ||
            S_state_actor(d, e) || S_response(c, e) || S_forces_only(c, e))
            continue;
        for (size_t i = 0; i < e->also_in.n; i++)
            if (e->also_in.v[i] == cl->sent) {
                S_push_args(c, &cl->who, 1, 0, e);
                break;
            }
    }
}

/* Record K, just credited by claim CL, is one of a split (one record per
 * town or site, same trigger): "une double attaque à Ajaccio et à Bastia,
 * revendiquée par X" is claimed at both towns, so every record of the
 * split among the first END gets the claimant.                          */
static void S_claim_split(S_ctx *c, const S_claim *cl, size_t k, size_t end)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    for (size_t j = 0; j < end; j++) {
        dp_event *o = &d->events.v[j];
        if (j == k || o->sent != e->sent || o->trigger.t0 != e->trigger.t0 || o->trigger.t1 != e->trigger.t1 ||
            strcmp(o->event, e->event) || (!strstr(o->why, "+site") && !strstr(e->why, "+site")))
            continue;
        S_push_args(c, &cl->who, 1, 0, o);
    }
}

static void S_apply_claims(S_ctx *c)
{
    dp_doc *d = c->d;
    size_t end = 0;   /* claims and records both run in sentence order */
    for (size_t q = 0; q < c->nclaims; q++) {
        const S_claim *cl = &c->claims[q];
        while (end < d->events.n && d->events.v[end].sent <= cl->sent) end++;
        for (size_t k = end; k-- > 0 && cl->sent - d->events.v[k].sent <= S_CLAIM_BACK;) {
            dp_event *e = &d->events.v[k];
            if (strcmp(e->event, "ASSAULT") || S_named_actor(d, e) || S_state_actor(d, e)) continue;
            /* "les soldats ont riposté, tuant les assaillants", "des militaires ont
             * ouvert le feu": the forces' act, not the claimed one */
            if (S_response(c, e) || S_forces_only(c, e)) continue;
            S_push_args(c, &cl->who, 1, 0, e);
            if (!cl->several) {
                S_claim_split(c, cl, k, end);
                break;
            }
        }
        if (cl->several) S_claim_recapped(c, cl, end);
    }
}

/* The comma at J opens a time expression closed by another comma ("a
 * lancé, mardi, une offensive"): that closing comma, else 0.              */
static uint32_t S_time_aside(S_ctx *c, const dp_sentence *s, uint32_t j)
{
    uint32_t k = j + 1;
    while (k < s->t1 && k < j + 8 && (c->in_time[k] || S_is_det(c, k))) k++;
    return k > j + 1 && k < s->t1 && S_is_comma(S_tok(c, k)) && c->in_time[k - 1] ? k : 0;
}

/* Light entry LE supports only some nouns (only:NOUNS) and the noun at
 * tokens J .. END of S is none of them.                                  */
static int S_light_only(S_ctx *c, const dp_sentence *s, const S_entry *le, uint32_t j, uint32_t end)
{
    if (!le->f[0] || strncmp(le->f[0], "only:", 5)) return 0;
    dp_sentence o = *s;
    o.t0 = j;
    o.t1 = end;
    return !S_near_words(c, &o, le->f[0] + 5);
}

/* Entry E is a sense tried before the key's other senses, whatever its
 * line in the lexicon: its REQUIRE starts with "first" ("first&court":
 * "un juge a bloqué le décret" is a rejection before any blockade).      */
static int S_sense_first(const S_entry *e)
{
    const char *r = e->f[F_REQ];
    return r && !strncmp(r, "first", 5) && (r[5] == 0 || r[5] == '&');
}

/* "une opération pour reprendre X", "a lancé une offensive pour
 * reprendre X": the purpose verb at P (matched in PM) is the event of V,
 * whose type it takes with its recipients, place and trigger end; V's
 * actor stays.  REPLACE: the purpose's recipients and place mark replace
 * V's own (a support verb's), else they are added (an event noun's).     */
static void S_purpose_into(S_ctx *c, const dp_sentence *s, S_ev *v, uint32_t p, const S_match *pm, int replace)
{
    S_ev w = {0};
    w.e = S_pick(pm, P_VERB);
    w.head = p;
    S_verb_args(c, s, &w, p, pm->end, w.e->f[F_ARGS]);
    v->e = w.e;
    if (replace) v->A.nrecip = 0;
    for (int k = 0; k < w.A.nrecip; k++) S_add(v->A.recip, &v->A.nrecip, w.A.recip[k]);
    if (w.A.place >= 0) { v->A.place = w.A.place; v->A.place_sp = w.A.place_sp; }
    v->A.placey = replace ? w.A.placey : v->A.placey | w.A.placey;
    v->trig1 = pm->end;
}

/* The support verb at I with its object noun at J (matched in NM) as the
 * event, in sense N2 ("ont continué les blocages"): emitted and its tokens
 * used, 1; 0 when that sense is refused (its REQUIRE fails, or a filter
 * drops it), so that the caller tries the noun's next sense ("blocage": a
 * restriction by an authority first, else a protest). *END: the token
 * after the phrase read.                                                  */
static int S_light_emit(S_ctx *c, int32_t si, const dp_sentence *s, uint32_t i, uint32_t j, const S_match *nm,
                        const S_entry *n2, uint32_t *end)
{
    S_ev v = {0};
    v.e = n2;
    v.head = i;
    v.light = j;
    uint32_t g0 = S_verb_args(c, s, &v, i, nm->end, NULL);
    S_args na = {0};
    na.place = -1;
    S_complements(c, nm->end, s->t1, n2->f[F_ARGS], 1, &na);
    for (int k = 0; k < na.nrecip; k++) S_add(v.A.recip, &v.A.nrecip, na.recip[k]);
    for (int k = 0; k < na.nactor; k++) S_add(v.A.actor, &v.A.nactor, na.actor[k]);
    if (na.place >= 0) { v.A.place = na.place; v.A.place_sp = na.place_sp; }
    v.A.placey |= na.placey;
    v.trig1 = nm->end;
    const char *why = "light:";
    S_match pm;
    uint32_t p = S_purpose(c, s, nm->end, &pm);
    if (p) {
        S_purpose_into(c, s, &v, p, &pm, 1);
        why = "light+purpose:";
    }
    *end = v.trig1;
    if (!S_emit(c, si, &v, g0, p ? 0.7 : 0.65,
           DP_ARENA_JOIN(&c->d->arena, why, S_tok(c, i)->lemma ? S_tok(c, i)->lemma : S_tok(c, i)->norm, "+",
                 p ? (S_tok(c, p)->lemma ? S_tok(c, p)->lemma : S_tok(c, p)->norm) : S_tok(c, j)->norm)))
        return 0;
    for (uint32_t k = i; k < v.trig1; k++) c->used[k] = 1;
    return 1;
}

static void S_sentence(S_ctx *c, int32_t si)
{
    dp_doc *d = c->d;
    const dp_sentence *s = &d->sents.v[si];
    for (uint32_t i = s->t0; i < s->t1; i++) {
        /* "porte-parole du commandement des opérations": a title, no event */
        if (c->used[i] || c->role[i]) continue;
        const dp_token *ti = S_tok(c, i);
        if (ti->kind != DP_TOK_WORD ||
            (ti->pos && !(ti->pos & (DP_POS_V | DP_POS_VPP | DP_POS_VINF | DP_POS_NC | DP_POS_ADJ))))
            continue;   /* triggers are verbs and nouns */
        char lb[64];
        if (S_is_verb(ti) && ti->lemma) S_lemma(c, i, lb, sizeof lb);   /* kept: the S_lemma_is below compare it */
        if (S_is_verb(ti) && (S_lemma_is(c, i, "revendiquer") || S_lemma_is(c, i, "attribuer") ||
                              S_lemma_is(c, i, "imputer"))) {
            S_claim_at(c, si, i);
            /* "deux associations imputent cette attaque à l'armée": a third
             * party's attribution is also an accusation (lexicon) */
            /* a claim is no event of its own; "revendiquer" is a demand
             * only through its lexicon sense, when the head of its object
             * is a demand word (le retrait, la démission...) */
            if (S_lemma_is(c, i, "revendiquer") && !S_demand_object(c, s, i)) continue;
        }
        S_match m;
        S_match_at(c, i, s->t1, &m);
        if (!m.n) continue;
        const S_entry *ve = S_pick(&m, P_VERB), *ne = S_pick(&m, P_NOUN), *le = S_pick(&m, P_LIGHT);
        const dp_token *t = S_tok(c, i);
        int verbal = S_is_verb(t) || !t->pos;
        /* "le préfet de la Somme", "la Marne a débordé", "à Albert
         * (Somme)": a capitalised word inside the sentence right after an
         * article, a preposition or an opening bracket is a name, not a
         * verb ("sommer", "marner") */
        if ((t->flags & DP_TF_CAP) && !(t->flags & DP_TF_UPPER) && i > s->t0 &&
            (S_is_det(c, i - 1) || S_prep_word(c, i - 1) || S_is(c, i - 1, "(") ||
             S_in(S_tok(c, i - 1)->norm, (const char *const[]){"en", "dans", "par", "sous", "entre", NULL})))
            verbal = 0;
        /* "la coalition menée par la France": a participle qualifying
         * a noun is no support verb */
        int qualifying = (t->pos & DP_POS_VPP) && i > s->t0 && !S_is_aux(c, i - 1) &&
                         (S_tok(c, i - 1)->pos & DP_POS_NC) && !(S_tok(c, i - 1)->pos & DP_POS_V) &&
                         /* "ont également adressé": an adverb inside a compound tense (not
                          * an inverted one opening the sentence, "Ont également participé
                          * à la réunion X et Y", whose subject follows) */
                         !((S_tok(c, i - 1)->pos & DP_POS_ADV) && i - 2 > s->t0 && S_is_aux(c, i - 2));
        if (le && verbal && !qualifying && !S_after_det(c, s->t0, i) && !(ne && S_noun_context(c, s->t0, i))) {
            /* a support verb: its object noun is the event */
            int object = 0;   /* a common noun passed: the object has begun */
            for (uint32_t j = i + 1, lim = i + 7; j < s->t1 && j < lim; j++) {
                /* "a délivré, le lundi 7 juin, un mandat": a time between commas */
                uint32_t past = S_is_comma(S_tok(c, j)) ? S_time_aside(c, s, j) : 0;
                if (past) {
                    lim += past - j;
                    j = past;
                    continue;
                }
                if (S_is_stop(S_tok(c, j)) || S_is_comma(S_tok(c, j))) break;
                if (S_is(c, j, "que") || S_is(c, j, "qu'")) break;   /* "a déclaré que ..." */
                if (S_is(c, j, "voie")) break;   /* "ouvrir la voie à un cessez-le-feu": made possible */
                /* "des enquêtes ont été ouvertes par la police après des
                 * plaintes": a passive's agent follows, its object was its subject */
                if (S_is(c, j, "par") && (t->pos & DP_POS_VPP) && i > s->t0 && S_is(c, i - 1, "ete")) break;
                /* "ont rangé leurs outils avant la grève": past a common
                 * noun, a preposition that introduces no argument (après,
                 * avant, depuis...; not de, à, contre, pour...) opens
                 * another complement, whose noun is no object of the verb */
                if (object && (S_tok(c, j)->pos & DP_POS_PREP) && !S_prep_word(c, j)) break;
                if ((S_tok(c, j)->pos & DP_POS_NC) && S_is_det(c, j - 1) && c->ment[j] < 0) object = 1;
                S_match nm;
                S_match_at(c, j, s->t1, &nm);
                const S_entry *n2 = S_pick(&nm, P_NOUN);
                if (!n2 || !(S_tok(c, j)->pos & DP_POS_NC || !S_tok(c, j)->pos)) continue;
                if (S_idiom(c, s, j)) continue;   /* "ouvert voici trois semaines à peine" */
                if (S_light_only(c, s, le, j, nm.end)) break;   /* "maintenir l'ordre": not its noun */
                /* the noun's senses in lexicon order, those marked "first"
                 * before the others: the first that is emitted */
                int done = 0;
                uint32_t end = nm.end;
                for (int q = 0; !done && q < 2 * nm.n; q++) {
                    int k = q % nm.n;
                    if (nm.e[k].part != P_NOUN || !nm.e[k].f[F_EVENT] || S_sense_first(&nm.e[k]) != (q < nm.n)) continue;
                    done = S_light_emit(c, si, s, i, j, &nm, &nm.e[k], &end);
                }
                /* every sense refused ("mène encore des attaques", habitual):
                 * the phrase is read, its noun no event of its own */
                if (!done)
                    for (uint32_t k = i; k < end; k++) c->used[k] = 1;
                break;
            }
            if (c->used[i]) continue;
        }
        /* "une cinquantaine de blessés", "le nombre de tués": a participle
         * after "de" is a noun */
        int after_de = i > s->t0 && (S_is(c, i - 1, "de") || S_is(c, i - 1, "d'"));
        int de_pp = (t->pos & DP_POS_VPP) && after_de;
        /* "des nuits de torture", "un début d'incendie": after a common
         * noun and "de", a word that may be a noun is no finite verb */
        if (after_de && !de_pp && (t->pos & DP_POS_NC) && !(t->pos & (DP_POS_VINF | DP_POS_VPP)) && i > s->t0 + 1 &&
            (S_tok(c, i - 2)->pos & DP_POS_NC) && !S_is_verb(S_tok(c, i - 2)))
            de_pp = 1;
        if (ve && verbal && !de_pp && !S_after_det(c, s->t0, i) && !(ne && S_noun_context(c, s->t0, i))) {
            /* senses in lexicon order, those marked "first" before the
             * others: the first whose REQUIRE holds */
            for (int q = 0; q < 2 * m.n; q++) {
                int k = q % m.n;
                if (m.e[k].part != P_VERB || !m.e[k].f[F_EVENT] || S_sense_first(&m.e[k]) != (q < m.n)) continue;
                S_ev v = {0};
                v.e = &m.e[k];
                v.head = i;
                uint32_t g0 = S_verb_args(c, s, &v, i, m.end, v.e->f[F_ARGS]);
                v.trig1 = m.end;
                /* "trois pompiers ont été blessés par la seconde explosion":
                 * an event noun is no agent, the clause tells a toll */
                if (v.passive && v.A.nactor == 1 && S_event_head(c, &v.A.actor[0], "ASSAULT")) v.A.nactor = 0;
                int toll = v.e->f[F_SIZE] && !v.A.nactor &&
                           (!strcmp(v.e->f[F_SIZE], "dead") || !strcmp(v.e->f[F_SIZE], "injured"));
                const char *why = DP_ARENA_JOIN(&d->arena, "verb:", S_tok(c, i)->lemma ? S_tok(c, i)->lemma : S_tok(c, i)->norm,
                                        v.A.nactor ? (v.passive ? "+par" : "+subj") : "",
                                        v.A.nrecip ? "+obj" : "", toll ? "+toll" : "");
                if (S_emit(c, si, &v, g0, 0.6, why)) break;
            }
            continue;
        }
        int nominal = ne && (!(t->pos & (DP_POS_V | DP_POS_VPP | DP_POS_VINF)) || (t->pos & DP_POS_NC)) &&
                      !S_noun_modifier(c, s, i) && !S_requested(c, s, i, ne) && !S_named_thing(c, s, i) &&
                      !S_idiom(c, s, i) && !S_verb_before_inf(c, s, i);
        for (int q = 0; nominal && q < 2 * m.n; q++) {
            /* senses in lexicon order, those marked "first" before the
             * others: the first whose REQUIRE holds */
            int sense = q % m.n;
            if (m.e[sense].part != P_NOUN || !m.e[sense].f[F_EVENT] || S_sense_first(&m.e[sense]) != (q < m.n)) continue;
            S_ev v = {0};
            v.e = &m.e[sense];
            v.noun = 1;
            v.head = i;
            v.trig0 = i;
            v.trig1 = m.end;
            S_noun_args(c, s, &v, m.end);
            /* "une opération pour reprendre X": one event */
            S_match pm;
            uint32_t p = S_purpose(c, s, m.end, &pm);
            const char *why = DP_ARENA_JOIN(&d->arena, "noun:", S_tok(c, i)->norm,
                                    S_anaphoric(c, s, i) ? "+anaphoric" : "",
                                    S_demonstrative(c, s, i) ? "+told" : "");
            if (p) {
                /* a noun whose own REQUIRE fails carries no purpose: "partir en
                 * cortège pour réclamer X" is the verb's request alone */
                int weak;
                if (!S_require_ok(c, s, &v, &weak) && !S_told_before(c, &v)) continue;
                /* the actor is the noun's ("l'offensive de l'armée pour ..."),
                 * not whatever governs the noun */
                S_purpose_into(c, s, &v, p, &pm, 0);
                v.noun = 0;
                v.noun_head = 1;
                why = DP_ARENA_JOIN(&d->arena, "noun+purpose:", S_tok(c, i)->norm, "+", S_tok(c, p)->norm);
            }
            if (S_emit(c, si, &v, i, 0.5, why)) break;
        }
    }
}

/* Sentence SI is a headline: the first paragraph, of one sentence.      */
static int S_headline(const dp_doc *d, int32_t si)
{
    return si == 0 && d->sents.v[0].para == 0 && (d->sents.n < 2 || d->sents.v[1].para != 0);
}

/* How much a record tells: participants, place, own date.               */
static int S_info(const dp_event *e)
{
    return (e->actors.n > 0) + (e->recipients.n > 0) + (e->place >= 0) +
           (e->date && strcmp(e->date_precision, "published") != 0) +
           (strncmp(e->why, "noun:", 5) != 0);
}

/* ---- one record per real-world event --------------------------------------- */

/* Places A and B (d->places indexes) are one: the same gazetteer entry, or,
 * for places found outside it (synthetic entries share an id), the same
 * spot within about 20 km.                                                 */
static int S_same_place(const dp_doc *d, int32_t a, int32_t b)
{
    const dp_place *x = &d->places.v[a], *y = &d->places.v[b];
    if (x->gaz == y->gaz && x->rec.geonameid) return 1;
    float dl = x->rec.lat - y->rec.lat, dn = x->rec.lon - y->rec.lon;
    return dl > -0.2f && dl < 0.2f && dn > -0.2f && dn < 0.2f && !strcmp(x->precision, y->precision);
}

static void S_also(dp_doc *d, dp_event *into, int32_t sent)
{
    if (sent == into->sent) return;
    for (size_t i = 0; i < into->also_in.n; i++)
        if (into->also_in.v[i] == sent) return;
    *DP_DPUSH(d, into->also_in) = sent;
}

/* Spans A and B are the same words: the same tokens, or the same
 * sequence of words elsewhere ("Les forces" twice in a sentence).        */
static int S_same_words(const dp_doc *d, dp_tspan a, dp_tspan b)
{
    if (a.t0 < b.t1 && b.t0 < a.t1) return 1;
    if (a.t1 - a.t0 != b.t1 - b.t0 || a.t1 <= a.t0) return 0;
    for (uint32_t k = 0; k < a.t1 - a.t0; k++)
        if (strcmp(d->toks.v[a.t0 + k].norm, d->toks.v[b.t0 + k].norm)) return 0;
    return 1;
}

/* The shorter of spans A and B is a determiner and noun that open the
 * other ("l'ambassade" and "l'ambassade de France"): one party named
 * shorter the second time.                                               */
static int S_head_words(const dp_doc *d, dp_tspan a, dp_tspan b)
{
    if (a.t1 - a.t0 > b.t1 - b.t0) {
        dp_tspan t = a;
        a = b;
        b = t;
    }
    /* "leur camion" then "le camion": the owned thing told again with the
     * definite article (a possessive on one side, "le/la/les" on the other) */
    static const char *const own[] = {"son", "sa", "ses", "leur", "leurs", NULL};
    static const char *const def[] = {"le", "la", "l'", "les", NULL};
    if (a.t1 - a.t0 == 2 && b.t1 - b.t0 == 2 && !strcmp(d->toks.v[a.t0 + 1].norm, d->toks.v[b.t0 + 1].norm) &&
        ((S_in(d->toks.v[a.t0].norm, own) && S_in(d->toks.v[b.t0].norm, def)) ||
         (S_in(d->toks.v[a.t0].norm, def) && S_in(d->toks.v[b.t0].norm, own))))
        return (d->toks.v[a.t0 + 1].pos & DP_POS_NC) && !(d->toks.v[a.t0 + 1].flags & DP_TF_CAP);
    if (a.t1 - a.t0 != 2 || b.t1 - b.t0 < 3) return 0;
    for (uint32_t k = 0; k < 2; k++)
        if (strcmp(d->toks.v[a.t0 + k].norm, d->toks.v[b.t0 + k].norm)) return 0;
    return (d->toks.v[a.t0 + 1].pos & DP_POS_NC) && !(d->toks.v[a.t0 + 1].flags & DP_TF_CAP);
}

/* 1 when two argument lists may name the same parties: either is empty,
 * or some pair shares the entity, the words or the actor code (or, with
 * SECTOR, the country and sector).                                       */
static int S_args_compatible(const dp_doc *d, const dp_event_arg *va, size_t na,
                             const dp_event_arg *vb, size_t nb, int sector)
{
    if (!na || !nb) return 1;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            const dp_event_arg *x = &va[i], *y = &vb[j];
            if (x->entity >= 0 && x->entity == y->entity) return 1;
            if (S_same_words(d, x->span, y->span) || S_head_words(d, x->span, y->span)) return 1;
            if (x->actor.code && y->actor.code && !strcmp(x->actor.code, y->actor.code)) return 1;
            if (sector && x->actor.country[0] && !strcmp(x->actor.country, y->actor.country) &&
                x->actor.sector && y->actor.sector && !strcmp(x->actor.sector, y->actor.sector))
                return 1;
        }
    return 0;
}

static int S_actors_compatible(const dp_doc *d, const dp_event *a, const dp_event *b)
{
    return S_args_compatible(d, a->actors.v, a->actors.n, b->actors.v, b->actors.n, 1);
}

/* The day "YYYY-MM-DD" falls outside the ISO week W ("2017-W15"): "la
 * semaine dernière" and "mardi" of this week are two times, though both
 * give the same month.                                                    */
static int S_outside_week(const char *w, const char *day)
{
    long t;
    if (!w || !S_iso_day(day, &t)) return 0;
    long y = atol(w), n = atol(w + 6);
    long jan4 = S_days_from_civil(y, 1, 4);
    long monday = jan4 - ((jan4 + 3) % 7 + 7) % 7 + 7 * (n - 1);   /* 1970-01-01 was a Thursday */
    return t < monday || t > monday + 6;
}

/* One of A and B is dated by a week, the other by a day outside it.     */
static int S_weeks_apart(const dp_event *a, const dp_event *b)
{
    return S_outside_week(a->week, b->date) || S_outside_week(b->week, a->date);
}

static int S_dates_compatible(const dp_event *a, const dp_event *b)
{
    if (!a->date || !b->date) return 1;
    if (!strcmp(a->date_precision, "published") || !strcmp(b->date_precision, "published")) return 1;
    if (S_weeks_apart(a, b)) return 0;
    size_t la = strlen(a->date), lb = strlen(b->date);
    return !strncmp(a->date, b->date, la < lb ? la : lb);
}

/* Argument X names a party of the list V (the same entity or words).    */
static int S_arg_in(const dp_doc *d, const dp_event_arg *v, size_t n, const dp_event_arg *x)
{
    for (size_t i = 0; i < n; i++)
        if ((v[i].entity >= 0 && v[i].entity == x->entity) || S_same_words(d, v[i].span, x->span)) return 1;
    return 0;
}

/* Adds to the list *V the arguments of B that name no party already in it
 * nor on the record's other side OTHER: two triggers of one sentence told
 * as one record each name some of its parties ("cinq écoles ont été
 * bombardées, tuant 50 civils").  *V is copied first, as it may share its
 * storage with a folded record's.                                         */
static void S_join_args(dp_doc *d, dp_event_arg **v, size_t *n, size_t *cap, const dp_event_arg *b, size_t nb,
                        const dp_event_arg *other, size_t nother)
{
    size_t n0 = *n, add = 0;
    for (size_t j = 0; j < nb; j++)
        add += !S_arg_in(d, *v, n0, &b[j]) && !S_arg_in(d, other, nother, &b[j]);
    if (!add) return;
    dp_event_arg *w = dp_arena_alloc(&d->arena, (n0 + add) * sizeof *w);
    if (n0) memcpy(w, *v, n0 * sizeof *w);
    size_t k = n0;
    for (size_t j = 0; j < nb; j++)
        if (!S_arg_in(d, w, n0, &b[j]) && !S_arg_in(d, other, nother, &b[j])) w[k++] = b[j];
    *v = w;
    *n = *cap = k;
}

/* The trigger of E is a present participle right after a comma that ends
 * a passive clause ("cinq écoles ont été bombardées, tuant 50 civils"):
 * the participle tells more of the passive's event.                      */
static int S_participle_event(S_ctx *c, const dp_event *e)
{
    uint32_t g = e->trigger.t0, s0 = c->d->sents.v[e->sent].t0;
    return e->trigger.t1 > g && g > s0 + 1 && S_gerundive(S_tok(c, g)) && S_is_comma(S_tok(c, g - 1)) &&
           S_passive_before(c, s0, g - 1);
}

/* One party is never both actor and recipient of a record: two records
 * folded into one may have read it on each side (a blockade told twice,
 * its protesters once read as blocked; "une autre grièvement blessée" read
 * once as the subject that acts).  The recipient reading stays.          */
static void S_not_both(dp_doc *d, dp_event *a)
{
    size_t k = 0;
    for (size_t i = 0; i < a->actors.n; i++)
        if (!S_arg_in(d, a->recipients.v, a->recipients.n, &a->actors.v[i])) k++;
    if (k == a->actors.n) return;
    dp_event_arg *w = k ? dp_arena_alloc(&d->arena, k * sizeof *w) : NULL;
    k = 0;
    for (size_t i = 0; i < a->actors.n; i++)
        if (!S_arg_in(d, a->recipients.v, a->recipients.n, &a->actors.v[i])) w[k++] = a->actors.v[i];
    a->actors.v = w;
    a->actors.n = a->actors.cap = k;
}

/* The trigger of E lies in the words of a direct quotation ("« On a
 * vu un homme attaquer le contrôleur », raconte un voyageur).            */
static int S_quoted_trigger(S_ctx *c, const dp_event *e)
{
    const dp_doc *d = c->d;
    size_t si = (size_t)e->sent, lo = si > S_QUOTE_NEAR ? si - S_QUOTE_NEAR : 0;
    for (size_t q = c->qstart[lo]; q < c->qstart[si + 1]; q++) {
        const dp_quote *Q = &d->quotes.v[c->qlist[q]];
        if (Q->direct && e->trigger.t0 >= Q->span.t0 && e->trigger.t1 <= Q->span.t1) return 1;
    }
    return 0;
}

static int S_has_mode(const dp_event *e, const char *m);

/* Record E tells an investigation being opened: "le parquet a ouvert une
 * enquête", "une information judiciaire a été ouverte", "une enquête
 * préliminaire pour fraude a été ouverte" (the participle of "ouvrir"
 * after the noun, its complement apart, in its clause).  The opening is
 * the act; "l'enquête" told later is that act again.                     */
static int S_opened(S_ctx *c, const dp_event *e)
{
    if (strcmp(e->event, "ACCUSE") || !S_has_mode(e, "investigate")) return 0;
    if (!strncmp(e->why, "light:ouvrir+", 13)) return 1;
    if (strncmp(e->why, "noun:", 5)) return 0;
    uint32_t s1 = c->d->sents.v[e->sent].t1;
    for (uint32_t j = e->trigger.t1; j < s1 && j < e->trigger.t1 + 24; j++) {
        const dp_token *t = S_tok(c, j);
        /* another clause's verb (not a noun read as one: "recel") */
        if (S_is_stop(t) || (S_is_verb(t) && !(t->pos & (DP_POS_NC | DP_POS_VPP)) && !S_is_aux(c, j) && !S_is(c, j, "ete")))
            return 0;
        if ((t->pos & DP_POS_VPP) && S_lemma_among(c, j, (const char *const[]){"ouvrir", NULL})) return 1;
    }
    return 0;
}

/* KEEP of S_fold: A's words stay the record's (1); the victims of both
 * join (S_FOLD_VICTIMS: one attack told again, its victims told one by one). */
#define S_FOLD_VICTIMS 2

/* Moves what B knows and A lacks into A; B's sentences join A's also_in.
 * When B tells more, B's trigger and sentence become the record's; never
 * a trigger inside a quotation when the other is told outside quotes.    */
static void S_fold(S_ctx *c, dp_event *a, dp_event *b, int keep)
{
    dp_doc *d = c->d;
    /* one sentence's two triggers of one event: each names some parties */
    int join = a->sent == b->sent && (S_participle_event(c, a) || S_participle_event(c, b));
    int victims = (keep & S_FOLD_VICTIMS) != 0;
    keep &= 1;
    /* KEEP: a toll joins its attack, whose words stay the record's */
    int swap = !keep && (S_info(b) > S_info(a) || (S_headline(d, a->sent) && b->sent > 0));   /* not the headline */
    if (!keep && !(S_headline(d, a->sent) && b->sent > 0)) {
        /* an act told outside quotes is anchored there, not in someone's
         * words (a comment, a verse); a headline still gives way */
        int qa = S_quoted_trigger(c, a), qb = S_quoted_trigger(c, b);
        if (qa && !qb) swap = 1;
        if (qb && !qa) swap = 0;
    }
    /* "une enquête a été ouverte ... l'enquête, confiée à la PJ": the
     * opening stays the record's words */
    if (S_has_mode(a, "investigate") && S_has_mode(b, "investigate") && S_opened(c, a) != S_opened(c, b))
        swap = S_opened(c, b);
    if (swap) {
        dp_event t = *a;
        *a = *b;
        *b = t;
    }
    S_also(d, a, b->sent);
    for (size_t i = 0; i < b->also_in.n; i++) S_also(d, a, b->also_in.v[i]);
    if (!a->actors.n) a->actors = b->actors;
    else if (join)
        S_join_args(d, &a->actors.v, &a->actors.n, &a->actors.cap, b->actors.v, b->actors.n, a->recipients.v,
                    a->recipients.n);
    if (!a->recipients.n) a->recipients = b->recipients;
    else if (join)
        S_join_args(d, &a->recipients.v, &a->recipients.n, &a->recipients.cap, b->recipients.v, b->recipients.n,
                    a->actors.v, a->actors.n);
    else if (victims)   /* every victim stays: S_not_both drops a victim read as the doer */
        S_join_args(d, &a->recipients.v, &a->recipients.n, &a->recipients.cap, b->recipients.v, b->recipients.n,
                    NULL, 0);
    S_not_both(d, a);
    if (a->place < 0) a->place = b->place;
    if ((!a->date || !strcmp(a->date_precision, "published")) && b->date &&
        strcmp(b->date_precision, "published") && strcmp(b->date_precision, "year")) {   /* a year: told in passing */
        a->date = b->date;
        a->date_precision = b->date_precision;
        a->week = b->week;
    }
    if (a->dead < b->dead) a->dead = b->dead;
    if (a->injured < b->injured) a->injured = b->injured;
    if (a->arrested < b->arrested) a->arrested = b->arrested;
    if (a->affected < b->affected) a->affected = b->affected;
    for (size_t i = 0; i < b->sources.n; i++) S_add_source(d, a, b->sources.v[i]);
}

static int S_recipients_compatible(const dp_doc *d, const dp_event *a, const dp_event *b)
{
    return S_args_compatible(d, a->recipients.v, a->recipients.n, b->recipients.v,
                             b->recipients.n, 0);
}

/* E's trigger is what another event answers, stems from or follows ("en
 * représailles à l'embuscade", "à l'origine de l'assaut au mortier", "après
 * qu'un juge a émis un mandat"): an event of its own, even in one sentence.  */
static int S_cause_marked(const dp_doc *d, const dp_event *e)
{
    static const char *const marks[] = {"origine", "represailles", "reponse", NULL};
    uint32_t s0 = d->sents.v[e->sent].t0;
    for (uint32_t j = e->trigger.t0; j > s0 && e->trigger.t0 - j < 4;) {
        j--;
        if (S_in(d->toks.v[j].norm, marks)) return 1;
        /* "après qu'un juge a émis un mandat d'arrêt"; "après avoir organisé
         * des rassemblements" is the same actor's course of action */
        if (S_in(d->toks.v[j].norm, (const char *const[]){"apres", "avant", NULL}) &&
            !S_in(d->toks.v[j + 1].norm, (const char *const[]){"avoir", "etre", "de", "d'", NULL}))
            return 1;
    }
    return 0;
}

#define S_RETOLD 2   /* sentences back where a bare event noun finds its antecedent */

/* "la deuxième explosion", "l'autre attaque": an ordinal or "autre" before
 * the event noun of E counts a new event.                                  */
static int S_ordinal(S_ctx *c, const dp_event *e)
{
    static const char *const ords[] = {"premier", "premiere", "deuxieme", "second", "seconde", "troisieme",
                                       "quatrieme", "cinquieme", "autre", "autres", NULL};
    uint32_t s0 = c->d->sents.v[e->sent].t0;
    for (uint32_t j = e->trigger.t0; j > s0 && e->trigger.t0 - j < 3;) {
        j--;
        if (S_in(S_tok(c, j)->norm, ords)) return 1;
        if (S_is_det(c, j)) break;
    }
    return 0;
}

/* The event noun of E has an ordinal from "deuxième" on before it, and
 * its phrase is no apposition after a comma: "la deuxième explosion
 * visait", not "Un attentat a frappé Kaboul, le deuxième en une semaine". */
static int S_counted_again(S_ctx *c, const dp_event *e)
{
    static const char *const ords[] = {"deuxieme", "second", "seconde", "troisieme", "quatrieme", "cinquieme", NULL};
    if (strncmp(e->why, "noun:", 5)) return 0;
    uint32_t s0 = c->d->sents.v[e->sent].t0;
    for (uint32_t j = e->trigger.t0; j > s0 && e->trigger.t0 - j < 3;) {
        j--;
        if (!S_in(S_tok(c, j)->norm, ords)) continue;
        uint32_t d = j;
        while (d > s0 && S_is_det(c, d - 1)) d--;
        return !(d > s0 && S_is_comma(S_tok(c, d - 1)));
    }
    return 0;
}

/* "l'opération Tempête du Nord", "les accords dits de « Lomé III »": the event
 * noun of E is followed by a name of its own.                              */
static int S_named(S_ctx *c, const dp_event *e)
{
    uint32_t j = e->trigger.t1, s1 = c->d->sents.v[e->sent].t1;
    if (j >= s1) return 0;
    const dp_token *t = S_tok(c, j);
    if (t->kind == DP_TOK_QUOTE_OPEN) return 1;
    if (t->kind == DP_TOK_WORD && (t->flags & DP_TF_CAP)) return 1;
    return S_in(t->norm, (const char *const[]){"dit", "dite", "dits", "dites", "baptise", "baptisee", "nomme", "nommee", NULL});
}

/* The months of A's and B's dates, the publication date counting for an
 * event dated by nothing else, are at most one apart: "les attentats de
 * janvier 2015" in an article of July 2016 tell no event of its day.      */
static int S_near_dates(const dp_event *a, const dp_event *b)
{
    if (!a->date || !b->date || strlen(a->date) < 7 || strlen(b->date) < 7) return 1;
    long ma = atol(a->date) * 12 + atol(a->date + 5), mb = atol(b->date) * 12 + atol(b->date + 5);
    return ma - mb <= 1 && mb - ma <= 1;
}

/* Record K is an event noun with a definite article after a preposition
 * of time ("immédiatement après la fusillade", "deux ans avant l'attaque
 * du Louvre", "lors des combats", "au lendemain de l'explosion", "le
 * soir du scrutin", "la nuit de l'attaque"): it dates something else by
 * an event already told.  Returns the last earlier record of its type,
 * or -1.                                                                 */
static int S_time_ref(S_ctx *c, size_t k, const uint8_t *gone)
{
    static const char *const preps[] = {"avant", "apres", "depuis", "lors", "pendant", "durant", "lendemain", "surlendemain",
                                        "veille", "jour", "soir", "matin", "nuit", NULL};
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:", 5) || !strstr(e->why, "+anaphoric")) return -1;
    const dp_sentence *s = &d->sents.v[e->sent];
    uint32_t j = e->trigger.t0;
    /* "avant" and "après" read as adjectives too ("l'avant"): no adjective here */
    while (j > s->t0 && (S_is_det(c, j - 1) || ((S_tok(c, j - 1)->pos & DP_POS_ADJ) && !(S_tok(c, j - 1)->pos & DP_POS_V))) &&
           !S_in(S_tok(c, j - 1)->norm, preps))
        j--;
    if (j > s->t0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "d'", NULL})) j--;   /* "lors de" */
    if (j <= s->t0 || !S_in(S_tok(c, j - 1)->norm, preps)) return -1;
    /* the last record told with the same word, else the first of its type
     * (the article's main event) */
    char lb[64], tb[64];
    const char *lem = S_lemma(c, e->trigger.t0, lb, sizeof lb);
    int first = -1;
    for (size_t i = k; i-- > 0 && k - i <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[i];
        if (gone[i] || a->sent >= e->sent || strcmp(a->event, e->event) || a->negated || a->hypothetical || a->future)
            continue;
        /* "après les attentats de mars 2004": a date of its own must be
         * the record's */
        if (e->date && strcmp(e->date_precision, "published") &&
            (!a->date || !strcmp(a->date_precision, "published") || !S_dates_compatible(a, e)))
            continue;
        for (uint32_t t = a->trigger.t0; t < a->trigger.t1; t++)
            if (!strcmp(S_lemma(c, t, tb, sizeof tb), lem)) return (int)i;
        first = (int)i;
    }
    return first;
}

/* The preposition that opens a complement of E's event noun of its own
 * ("l'attaque d'un convoi humanitaire", "l'attaque contre la caserne"): its token, or
 * 0 when none follows.                                                     */
static uint32_t S_own_complement(S_ctx *c, const dp_event *e)
{
    uint32_t j = e->trigger.t1;
    if (j >= c->d->sents.v[e->sent].t1 ||
        !S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "du", "des", "contre", "sur", NULL}))
        return 0;
    return j;
}

/* The complement at P names what record A already names: a content word
 * of it is a word of A's recipients or of its place's mentions ("l'attaque
 * du commissariat" after "ont attaqué un commissariat").                 */
static int S_complement_names(S_ctx *c, uint32_t p, const dp_event *a)
{
    const dp_doc *d = c->d;
    uint32_t s1 = d->sents.v[d->toks.v[p].sent].t1;
    for (uint32_t j = p + 1; j < s1 && j < p + 7; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_comma(t) || S_is_stop(t) || S_is_verb(t)) break;
        if (!(t->pos & (DP_POS_NC | DP_POS_NP)) && !(t->flags & DP_TF_CAP)) continue;
        if (strlen(t->norm) < 3) continue;
        for (size_t i = 0; i < a->recipients.n; i++)
            for (uint32_t k = a->recipients.v[i].span.t0; k < a->recipients.v[i].span.t1; k++)
                if (!strcmp(S_tok(c, k)->norm, t->norm)) return 1;
        if (a->place >= 0)
            for (size_t m = 0; m < d->places.v[a->place].mentions.n; m++) {
                dp_tspan sp = d->places.v[a->place].mentions.v[m];
                for (uint32_t k = sp.t0; k < sp.t1; k++)
                    if (!strcmp(S_tok(c, k)->norm, t->norm)) return 1;
            }
    }
    return 0;
}

/* The last record before K of E's type, not gone, real (not negated,
 * future or hypothetical), at no other place when SAME_PLACE, within a
 * month of E (S_near_dates); *FAR set when one of its type was months
 * away.  Its index or -1.                                                  */
static int S_last_real_near(S_ctx *c, size_t k, const uint8_t *gone, int same_place, int *far)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->hypothetical || a->future) continue;
        if (same_place && a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place)) continue;
        if (!S_near_dates(a, e)) {
            if (far) *far = 1;
            if (!same_place) return -1;   /* the last of its type is far: none */
            continue;
        }
        return (int)j;
    }
    return -1;
}

/* Record E is a definite event noun that a casualty verb names as the
 * cause of its toll ("deux soldats ont péri pendant les affrontements",
 * "blessés par la seconde déflagration", "morts lors de l'attaque"): the
 * noun points at an event already told.                                  */
static int S_toll_cause(S_ctx *c, const dp_event *e)
{
    static const char *const preps[] = {"dans", "par", "lors", "pendant", "durant", "cours", NULL};
    static const char *const dying[] = {"tuer", "mourir", "blesser", "perir", "deceder", "succomber", NULL};
    if (strncmp(e->why, "noun:", 5) || !strstr(e->why, "+anaphoric")) return 0;
    const dp_sentence *s = &c->d->sents.v[e->sent];
    /* "tués lors de l'attaque d'un convoi humanitaire": a complement of
     * its own tells which event it is */
    if (S_own_complement(c, e)) return 0;
    uint32_t j = e->trigger.t0;
    while (j > s->t0 && !S_in(S_tok(c, j - 1)->norm, preps) &&
           (S_is_det(c, j - 1) || ((S_tok(c, j - 1)->pos & DP_POS_ADJ) && !(S_tok(c, j - 1)->pos & DP_POS_V)) ||
            S_in(S_tok(c, j - 1)->norm, (const char *const[]){"premier", "premiere", "deuxieme", "second", "seconde",
                                                               "troisieme", "de", "d'", NULL})))
        j--;   /* "lors de la deuxième attaque" */
    if (j <= s->t0 || !S_in(S_tok(c, j - 1)->norm, preps)) return 0;
    j--;
    if (S_is(c, j, "cours") && j > s->t0 && (S_is(c, j - 1, "au") || S_is(c, j - 1, "a"))) j--;   /* "au cours de" */
    /* the casualty verb right before, adverbs and a time apart */
    for (uint32_t n = 0; j > s->t0 && n < 4; n++) {
        j--;
        const dp_token *t = S_tok(c, j);
        if (S_is_verb(t) || (t->pos & DP_POS_VPP)) return S_lemma_among(c, j, dying);
        if (!(t->pos & DP_POS_ADV) && !c->in_time[j]) return 0;
    }
    return 0;
}

/* Record E is a definite event noun that is the subject of a claim
 * ("Jeudi, l'attaque a été revendiquée par X", "l'attentat, qui visait
 * une caserne, a été attribué à Y"): a claim bears on an event told.    */
static int S_claimed_subject(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "noun:", 5) || !strstr(e->why, "+anaphoric")) return 0;
    const dp_sentence *s = &c->d->sents.v[e->sent];
    uint32_t j = e->trigger.t1;
    uint32_t own = S_own_complement(c, e);   /* "l'attaque du commissariat a été revendiquée" */
    if (own) {
        j = own + 1;
        while (j < s->t1 && j < own + 7 && !S_is_comma(S_tok(c, j)) && !S_is_aux(c, j) && !S_is_verb(S_tok(c, j))) j++;
    }
    if (j < s->t1 && S_is_comma(S_tok(c, j))) {   /* ", qui a fait neuf morts," */
        uint32_t k = j + 1;
        while (k < s->t1 && k < j + 16 && !S_is_comma(S_tok(c, k)) && !S_is_stop(S_tok(c, k))) k++;
        if (k >= s->t1 || !S_is_comma(S_tok(c, k))) return 0;
        j = k + 1;
    }
    while (j < s->t1 && (S_is_aux(c, j) || S_is(c, j, "ete") || (S_tok(c, j)->pos & DP_POS_ADV) ||
                         S_in(S_tok(c, j)->norm, (const char *const[]){"ne", "n'", "pas", NULL})))
        j++;
    return j < s->t1 && (S_tok(c, j)->pos & DP_POS_VPP) &&
           S_lemma_among(c, j, (const char *const[]){"revendiquer", "attribuer", "imputer", NULL});
}

/* Record A is placed in a whole country (or region) and E, told after it,
 * at a place of that country ("dans le sud du Mali" then "s'est
 * produite à Sikasso"): the retelling may say where in the country it
 * happened.  Not for protests (a national movement and one town's are two
 * records).                                                              */
static int S_country_then_town(const dp_doc *d, const dp_event *a, const dp_event *e)
{
    if (!strcmp(a->event, "PROTEST") || a->place < 0 || e->place < 0) return 0;
    const dp_place *x = &d->places.v[a->place], *y = &d->places.v[e->place];
    if (!x->precision || !x->rec.cc[0] || strcmp(x->rec.cc, y->rec.cc)) return 0;
    if (!strcmp(x->precision, "country")) return 1;
    /* "dans l'Oregon" then "à Portland": a region and a town of it */
    return !strcmp(x->precision, "admin1") && x->rec.admin1[0] && !strcmp(x->rec.admin1, y->rec.admin1);
}

static int S_arrest(const dp_event *e);
static int S_seize_ban_evict(const dp_event *e);

/* An event noun "l'opération", "cette offensive" with nothing of its own
 * is the last earlier event of its type (the one with the same word first). */
static int S_antecedent(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    dp_event *e = &d->events.v[k];
    if (S_claimed_subject(c, e)) {
        /* its actor and toll are the claim's and the told event's; a
         * complement of its own must name what that event names */
        int a = S_last_real_near(c, k, gone, 0, NULL);
        uint32_t own = S_own_complement(c, e);
        if (a >= 0 && (!own || S_complement_names(c, own, &d->events.v[a]))) return a;
    }
    if (S_toll_cause(c, e)) {
        /* the cause of a toll told with a definite noun is the last record
         * of its type; one only months away ("des milliers de civils sont
         * morts dans les combats depuis 2012") is a tally, no event (-2) */
        int far = 0, a = S_last_real_near(c, k, gone, 1, &far);
        if (a >= 0) return a;
        if (far) return -2;
    }
    if (strncmp(e->why, "noun:", 5) || S_ordinal(c, e) || strstr(e->why, "+site")) return -1;   /* another site */
    char lb0[64], tb2[64];
    const char *lem0 = S_lemma(c, e->trigger.t0, lb0, sizeof lb0);
    /* "l'offensive de Mossoul" after "l'offensive sur Mossoul": a definite
     * event noun again, the same word as an earlier record's, at no other
     * place, is that record */
    for (size_t j = k; strstr(e->why, "+anaphoric") && j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated != e->negated) continue;
        /* "ont repris l'offensive ... depuis l'offensive lancée en mars": a
         * resumption told with the support verb is not the act's first
         * telling; the noun told again names the first launch */
        if (!strncmp(a->why, "light:reprendre+", 16)) continue;
        if (a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place) && !S_country_then_town(d, a, e))
            continue;
        if (!S_actors_compatible(d, a, e) || !S_recipients_compatible(d, a, e) || !S_dates_compatible(a, e)) continue;
        for (uint32_t t = a->trigger.t0; t < a->trigger.t1; t++)
            if (!strcmp(S_lemma(c, t, tb2, sizeof tb2), lem0)) return (int)j;
    }
    /* "le récit de l'agression contre Léa Martin" after "Léa Martin a été blessée":
     * a definite event noun whose target an earlier record of its type
     * already has is that record */
    for (size_t j = k; strstr(e->why, "+anaphoric") && e->recipients.n && j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated != e->negated || !a->recipients.n) continue;
        if (a->sent == e->sent && S_cause_marked(d, e)) continue;
        if (S_actors_compatible(d, a, e) && S_dates_compatible(a, e) &&
            S_args_compatible(d, a->recipients.v, a->recipients.n, e->recipients.v, e->recipients.n, 0))
            return (int)j;
    }
    if ((e->actors.n || e->recipients.n) && !strstr(e->why, "+told")) return -1;
    const char *word = S_tok(c, e->trigger.t0)->norm;
    /* "... la bataille de Mossoul prévue. Une bataille qui devrait ...": the
     * same event noun again within S_RETOLD sentences, with no participant
     * of its own, is the same event, whatever its article or flags */
    char lb[64], tb[64];
    const char *lem = S_lemma(c, e->trigger.t0, lb, sizeof lb);
    for (size_t j = k; j-- > 0 && e->sent - d->events.v[j].sent <= S_RETOLD;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated != e->negated) continue;
        if (!strncmp(a->why, "light:reprendre+", 16)) continue;   /* a resumption, as above */
        for (uint32_t t = a->trigger.t0; t < a->trigger.t1; t++)
            if (!strcmp(S_lemma(c, t, tb, sizeof tb), lem)) return (int)j;
    }
    int told = strstr(e->why, "+told") != NULL;
    if (!strstr(e->why, "+anaphoric") || (e->place >= 0 && !told) || S_named(c, e)) return -1;

    int same_type = -1, far = 0;
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->hypothetical || a->future)
            continue;
        /* "a bombardé le dépôt à l'origine de l'assaut": the cause of the
         * event its sentence tells, not that event */
        if (a->sent == e->sent && S_cause_marked(d, e)) continue;
        /* "ont été mis en examen ... Les perquisitions ont permis de
         * découvrir des armes": an arrest and a seizure are two acts */
        if ((S_arrest(a) && S_seize_ban_evict(e)) || (S_arrest(e) && S_seize_ban_evict(a))) continue;
        if (!S_near_dates(a, e)) {
            far = 1;
            continue;
        }
        for (uint32_t t = a->trigger.t0; t < a->trigger.t1; t++)
            if (!strcmp(S_tok(c, t)->norm, word)) return (int)j;
        if (same_type < 0) same_type = (int)j;
    }
    /* "se serait radicalisé après les attentats de mars 2004": a definite
     * event noun with only a date of its own, months from the events told
     * around it, names a known past event in passing (-2: no record) */
    if (same_type < 0 && far && e->dead < 0 && e->injured < 0) return -2;
    return same_type;
}


#define S_NEAR 1   /* sentences after a record where a weak mention joins it */


static int S_arrest(const dp_event *e);

/* Record E seizes, bans or evicts (COERCE seize / ban, CAMEO 174).        */
static int S_seize_ban_evict(const dp_event *e)
{
    if (strcmp(e->event, "COERCE")) return 0;
    for (int i = 0; i < e->nmode; i++)
        if (!strcmp(e->mode[i], "seize") || !strcmp(e->mode[i], "ban")) return 1;
    return e->cameo && !strncmp(e->cameo, "174", 3);
}

/* A and B are aid of two kinds (modes, none shared: "organise des convois
 * humanitaires et aide financièrement les régions", humanitarian and
 * economic): two acts, whatever parties they share.                      */
static int S_aid_apart(const dp_event *a, const dp_event *b)
{
    if (strcmp(a->event, "AID") || strcmp(b->event, "AID") || !a->nmode || !b->nmode) return 0;
    for (int i = 0; i < a->nmode; i++)
        for (int j = 0; j < b->nmode; j++)
            if (!strcmp(a->mode[i], b->mode[j])) return 0;
    return 1;
}

/* "des vitrines ont été brisées" ... "trois passants ont été blessés":
 * damage to property (CAMEO 1712) told with no author and no toll of its
 * own, and people hurt or killed, are two acts, whatever place they
 * share ("des émeutiers ont incendié des voitures ... deux policiers ont
 * été blessés" is the rioters' act and its toll).                        */
static int S_damage_then_harm(const dp_event *a, const dp_event *b)
{
    return a->cameo && !strcmp(a->cameo, "1712") && !a->actors.n && a->dead <= 0 && a->injured <= 0 &&
           !(b->cameo && !strncmp(b->cameo, "17", 2)) && (b->dead > 0 || b->injured > 0);
}

static int S_damage_apart(const dp_event *a, const dp_event *b)
{
    return S_damage_then_harm(a, b) || S_damage_then_harm(b, a);
}

/* Place P is a country as a whole (precision "country").                 */
static int S_country_place(const dp_doc *d, int32_t p)
{
    const char *pr = d->places.v[p].precision;
    return pr && !strcmp(pr, "country");
}

/* Places X and Y (d->places indexes): one a country, the other a place
 * in it ("au Tchad" and "à Goz Beida").                                   */
static int S_country_and_town(const dp_doc *d, int32_t x, int32_t y)
{
    const dp_place *p = &d->places.v[x], *q = &d->places.v[y];
    if (!p->precision || !q->precision || !p->rec.cc[0] || strcmp(p->rec.cc, q->rec.cc)) return 0;
    return S_country_place(d, x) || S_country_place(d, y);
}

/* B tells A again: same type and flags, nothing that contradicts (places,
 * dates, actors), and either the same named place or sentences close
 * together (the title and the lead, a sentence and its elaboration).      */
static int S_same_event(const dp_doc *d, const dp_event *a, const dp_event *b)
{
    if (strcmp(a->event, b->event) || a->negated != b->negated) return 0;
    /* "trente manifestants interpellés et leurs casques confisqués", "des
     * squatteurs expulsés, trois d'entre eux arrêtés": an arrest and a
     * seizure, a ban or an eviction are two acts */
    if ((S_arrest(a) && S_seize_ban_evict(b)) || (S_arrest(b) && S_seize_ban_evict(a))) return 0;
    if (S_aid_apart(a, b) || S_damage_apart(a, b)) return 0;
    if (a->sent == b->sent && (strstr(a->why, "+site") || strstr(b->why, "+site"))) return 0;   /* two sites */
    if (a->sent == b->sent && (S_cause_marked(d, a) || S_cause_marked(d, b))) return 0;   /* cause and effect */
    /* a headline (a first paragraph of one sentence) announces the main
     * event the body then tells: its first retelling of the same type,
     * whatever words each uses for the participants (not an act of
     * another week than the headline's day: "tué mardi" in the headline,
     * "avait tué la semaine dernière" in the body) */
    if (S_headline(d, a->sent) && a->also_in.n == 0 && b->sent > 0) return !S_weeks_apart(a, b);
    if (a->future != b->future || a->hypothetical != b->hypothetical) return 0;
    if (!S_dates_compatible(a, b) || !S_actors_compatible(d, a, b)) return 0;
    if (a->place >= 0 && b->place >= 0 && !S_same_place(d, a->place, b->place)) {
        /* "au Niger" then "près d'Agadez": a country and a place
         * inside it may tell one event; other places are two events, and so
         * are a national protest and one town's */
        if (!strcmp(a->event, "PROTEST") || !S_country_and_town(d, a->place, b->place)) return 0;
        if (a->recipients.n && b->recipients.n && S_recipients_compatible(d, a, b)) return 1;   /* the same victim */
    } else if (a->place >= 0 && b->place >= 0)
        return 1;
    int gap = b->sent - a->sent;
    for (size_t i = 0; i < a->also_in.n; i++)
        if (b->sent - a->also_in.v[i] < gap && b->sent >= a->also_in.v[i]) gap = b->sent - a->also_in.v[i];
    if (!S_recipients_compatible(d, a, b)) return 0;
    if (gap == 0) return 1;
    /* a weakly told mention right after the record adds nothing new */
    return gap > 0 && gap <= S_NEAR && S_info(b) <= 1 &&
           d->sents.v[a->sent].para == d->sents.v[b->sent].para;
}

#define S_ARREST_NEAR 6   /* sentences within which arrests of one day are one */

/* Record E is an arrest (CAMEO 173).                                        */
static int S_arrest(const dp_event *e)
{
    return !strcmp(e->event, "COERCE") && e->cameo && !strncmp(e->cameo, "173", 3);
}

/* Every recipient of A and of B names an entity, and none is shared.     */
static int S_named_apart(const dp_doc *d, const dp_event *a, const dp_event *b)
{
    if (!a->recipients.n || !b->recipients.n) return 0;
    for (size_t i = 0; i < a->recipients.n; i++)
        if (a->recipients.v[i].entity < 0) return 0;
    for (size_t i = 0; i < b->recipients.n; i++)
        if (b->recipients.v[i].entity < 0) return 0;
    return !S_recipients_compatible(d, a, b);
}

/* "trois militants ont été arrêtés lundi" ... "ils ont été interpellés puis
 * entendus" ... "le garçon a été placé en garde à vue": arrests told
 * again within a few sentences, on a compatible day and place, are one
 * arrest, unless each names other people.                                  */
static int S_same_arrest(const dp_doc *d, const dp_event *a, const dp_event *b)
{
    if (!S_arrest(a) || !S_arrest(b) || b->sent - a->sent > S_ARREST_NEAR) return 0;
    /* "arrêté après qu'un juge a émis un mandat d'arrêt": the warrant is apart */
    if (!strncmp(a->why, "noun:mandat", 11) || !strncmp(b->why, "noun:mandat", 11) ||
        S_cause_marked(d, a) || S_cause_marked(d, b))
        return 0;
    if (a->negated != b->negated || a->future != b->future || a->hypothetical != b->hypothetical) return 0;
    if (!S_dates_compatible(a, b) || S_named_apart(d, a, b)) return 0;
    if (a->place >= 0 && b->place >= 0 && !S_same_place(d, a->place, b->place)) {
        const dp_place *x = &d->places.v[a->place], *y = &d->places.v[b->place];
        return x->rec.cc[0] && !strcmp(x->rec.cc, y->rec.cc);
    }
    return 1;
}

/* A noun event with nothing of its own -- no participant, place or date --
 * that no earlier record took in: a bare mention ("les attentats").      */
static int S_bare(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "noun:", 5)) return 0;
    if (e->actors.n || e->recipients.n || e->place >= 0) return 0;
    /* "Des heurts les ont ensuite opposés aux soldats", "de violents
     * accrochages ont éclaté": an indefinite subject of its own clause
     * is an event told */
    const dp_sentence *s = &c->d->sents.v[e->sent];
    uint32_t b = e->trigger.t0;
    while (b > s->t0 && (S_tok(c, b - 1)->pos & DP_POS_ADJ) && !S_is_det(c, b - 1)) b--;
    if (b > s->t0 && S_in(S_tok(c, b - 1)->norm, (const char *const[]){"des", "de", "d'", NULL}))
        for (uint32_t j = e->trigger.t1; j < s->t1 && j < e->trigger.t1 + 4; j++) {
            const dp_token *t = S_tok(c, j);
            if (S_is_aux(c, j)) return 0;
            if (S_agreeing_adj(c, e->trigger.t0, j)) continue;   /* "des affrontements graves ont éclaté" */
            if (S_is_stop(t) || S_is_comma(t) || (t->pos & DP_POS_NC)) break;   /* "en cours" */
            if (S_is_verb(t)) return 0;
        }
    if ((e->date && strcmp(e->date_precision, "published")) || S_report_dated(c, e)) return 0;
    /* "les perquisitions ont permis de découvrir des armes": a search is
     * a seizure only where its haul is told (lexicon), an act told */
    if (S_has_mode(e, "seize") && S_lemma_among(c, e->trigger.t0, (const char *const[]){"perquisition", "fouille", NULL}))
        return 0;
    const char *w = S_tok(c, e->trigger.t1 - 1)->norm;
    size_t l = strlen(w);
    return l > 1 && (w[l - 1] == 's' || w[l - 1] == 'x');
}

/* "des soldats de l'opération Vigipirate": an event named, with no
 * participant or date of its own, is a bare name mention.                  */
static int S_bare_name(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "noun:", 5) || e->actors.n || e->recipients.n || !S_named(c, e)) return 0;
    return (!e->date || !strcmp(e->date_precision, "published")) && !S_report_dated(c, e);
}

#define S_TOLL_BACK 3   /* sentences back where a toll finds its attack */

/* Some recipient of E is an armed party: attackers killed by the police
 * are a response of their own, not the toll of their attack.              */
static int S_armed_victims(const dp_doc *d, const dp_event *e)
{
    for (size_t i = 0; i < e->recipients.n; i++) {
        const char *sec = e->recipients.v[i].actor.sector;
        if (sec && S_in(sec, S_armed_sectors)) return 1;
    }
    return 0;
}

/* The sentence of E names an attack back, right after the trigger: a
 * definite determiner then an ASSAULT noun ("dans les combats", "à la
 * suite de l'attaque", "par ces frappes").                                 */
static int S_refers_back(S_ctx *c, const dp_event *e)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    for (uint32_t j = e->trigger.t1; j + 1 < s->t1 && j < e->trigger.t1 + 8; j++) {
        if (S_is_stop(S_tok(c, j)) || S_is_comma(S_tok(c, j))) return 0;
        if (!S_in(S_tok(c, j)->norm, (const char *const[]){"le", "la", "l'", "les", "ces", "cette", "cet", "ce", NULL}))
            continue;
        S_match m;
        S_match_at(c, j + 1, s->t1, &m);
        const S_entry *n = S_pick(&m, P_NOUN);
        if (n && !strcmp(n->f[F_EVENT], "ASSAULT")) return 1;
    }
    return 0;
}

/* "Une femme aurait également été blessée", "ont ensuite été tués": an
 * adverb in the verb group adds the toll to an attack already told.      */
static int S_additive(S_ctx *c, const dp_event *e)
{
    static const char *const adds[] = {"egalement", "aussi", "alors", "encore", NULL};
    uint32_t t0 = e->trigger.t0;
    const dp_sentence *s = &c->d->sents.v[e->sent];
    if (t0 > s->t0 && S_in(S_tok(c, t0 - 1)->norm, adds)) return 1;
    for (uint32_t j = t0; j < e->trigger.t1 && j < t0 + 5; j++)
        if (S_in(S_tok(c, j)->norm, adds)) return 1;
    return 0;
}

/* "Quelques policiers furent blessés": the plain casualty verbs (tuer,
 * blesser) with no actor report a toll, unlike "abattre" or "égorger",
 * which tell how someone was killed (the police shooting an attacker).    */
static int S_plain_toll(S_ctx *c, const dp_event *e)
{
    for (uint32_t j = e->trigger.t0; j < e->trigger.t1; j++)
        if (S_lemma_is(c, j, "tuer") || S_lemma_is(c, j, "blesser") ||
            S_lemma_is(c, j, "tue") || S_lemma_is(c, j, "blesse"))   /* "légèrement blessés": the adjective */
            return 1;
    return 0;
}

/* Sentence S opens on a marker of another, parallel event ("Parallèlement,",
 * "Par ailleurs,", "Dans une autre ville,"): its casualties are no toll of
 * the attack told before.                                                  */
static int S_elsewhere(S_ctx *c, const dp_sentence *s)
{
    static const char *const one[] = {"parallelement", "ailleurs", "simultanement", NULL};
    uint32_t t = s->t0;
    while (t < s->t1 && S_tok(c, t)->kind != DP_TOK_WORD) t++;   /* a dash or a quote */
    if (t >= s->t1) return 0;
    if (S_in(S_tok(c, t)->norm, one)) return 1;
    if (t + 1 < s->t1 && S_is(c, t, "par") && S_is(c, t + 1, "ailleurs")) return 1;
    if (t + 2 < s->t1 && S_is(c, t, "dans") && S_in(S_tok(c, t + 1)->norm, (const char *const[]){"une", "un", NULL}) &&
        S_in(S_tok(c, t + 2)->norm, (const char *const[]){"autre", NULL}))
        return 1;
    return 0;
}

/* A casualty report with no actor ("17 personnes ont été tuées", "Deux
 * gardiens sont également blessés") tells the toll of an attack told in
 * the same sentence or just before: the index of that attack, or -1.      */
static int S_toll_of(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (!strstr(e->why, "+toll") || e->actors.n || strcmp(e->event, "ASSAULT")) return -1;
    if (S_elsewhere(c, &d->sents.v[e->sent])) return -1;
    int best = -1;
    size_t lo = k, hi = k + 1;
    while (lo > 0 && e->sent - d->events.v[lo - 1].sent <= S_TOLL_BACK) lo--;
    while (hi < d->events.n && d->events.v[hi].sent == e->sent) hi++;
    for (size_t j = lo; j < hi; j++) {
        const dp_event *a = &d->events.v[j];
        if (j == k || gone[j] || strcmp(a->event, "ASSAULT") || a->future || a->negated || a->hypothetical ||
            S_damage_apart(a, e))
            continue;
        if (a->sent > e->sent || e->sent - a->sent > S_TOLL_BACK) continue;
        if (a->sent != e->sent && S_armed_victims(d, e)) continue;   /* "L'agresseur est tué" */
        if (S_armed_victims(d, a) && e->recipients.n && !S_armed_victims(d, e))
            continue;   /* civilians killed are no toll of the police killing the attacker */
        if (a->sent == e->sent && strstr(a->why, "+toll") && j > k) continue;
        if (!S_dates_compatible(a, e)) continue;
        if (a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place) &&
            a->sent != e->sent)
            continue;
        if (best < 0 || a->sent > d->events.v[best].sent ||
            (a->sent == d->events.v[best].sent && !strstr(a->why, "+toll")))
            best = (int)j;
    }
    /* "Un gendarme a péri dans les affrontements", "à la suite des
     * attentats": a toll that names the attack back with a definite event
     * noun belongs to the last attack told, however far back */
    /* "84 manifestants ont été blessés lors des rassemblements", "Trois
     * grévistes ont ensuite été tués": with no attack told, a casualty
     * report after a protest is the protest's toll */
    for (size_t j = lo; best < 0 && j < hi; j++) {
        const dp_event *a = &d->events.v[j];
        if (j != k && !gone[j] && !strcmp(a->event, "PROTEST") && strncmp(a->cameo, "145", 3) &&   /* not a riot */
            a->sent <= e->sent &&
            e->sent - a->sent <= S_TOLL_BACK && !a->future && !a->negated && S_dates_compatible(a, e))
            best = (int)j;
    }
    if (best >= 0 && !strcmp(d->events.v[best].event, "PROTEST")) {
        for (size_t j = 0; j < k; j++)   /* an attack told before keeps its toll */
            if (!gone[j] && !strcmp(d->events.v[j].event, "ASSAULT") && S_dates_compatible(&d->events.v[j], e)) {
                best = -1;
                break;
            }
    }
    int back = best < 0 && (S_refers_back(c, e) || S_additive(c, e) || S_plain_toll(c, e));
    for (size_t j = lo; back && j-- > 0;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, "ASSAULT") || a->future || a->negated || a->hypothetical) continue;
        if (S_damage_apart(a, e)) break;   /* wounds are no toll of damage to property */
        /* "Dans une autre ville, ... a été abattu à Iskandariya": a killing
         * at another named place is an attack of its own */
        int elsewhere = a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place);
        if (S_dates_compatible(a, e) && !elsewhere) best = (int)j;
        break;
    }
    return best;
}

/* "Il aurait lancé « ... », et exigé la libération de X": a participle
 * after "et" or "puis", with "avoir" earlier in its sentence, is a
 * compound tense whose auxiliary is left out, no qualifier.                */
static int S_elliptic(S_ctx *c, const dp_event *e)
{
    uint32_t s0 = c->d->sents.v[e->sent].t0, j = e->trigger.t0;
    if (j > s0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"ensuite", "aussi", "egalement", NULL})) j--;
    if (j <= s0 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"et", "puis", NULL})) return 0;
    for (uint32_t k = j - 1; k > s0 && j - k < 20;) {
        k--;
        /* active voice only: "ont été sortis et tués" is a passive's toll */
        if (S_is_aux(c, k))   /* "ayant tué X et blessé Y": one participial clause */
            return S_lemma_is(c, k, "avoir") && !S_is(c, k + 1, "ete") && !S_is(c, k, "ayant") && !S_is(c, k, "avoir");
        const dp_token *t = S_tok(c, k);   /* quoted words are passed over */
        if (t->kind == DP_TOK_PUNCT && strchr(".;:!?", t->norm[0])) break;
    }
    return 0;
}

/* "une vingtaine de rebelles ont été tués et une trentaine d'autres
 * arrêtés": a participle after "et" and a noun phrase of its own, with a
 * passive ("été") before "et", is a passive clause whose auxiliary is left
 * out, no qualifier.                                                      */
static int S_gapped(S_ctx *c, const dp_event *e)
{
    uint32_t s0 = c->d->sents.v[e->sent].t0, j = e->trigger.t0;
    uint32_t k = j;
    while (k > s0 && j - k < 6 && !S_is(c, k - 1, "et")) {
        const dp_token *t = S_tok(c, k - 1);
        if (S_is_comma(t) || S_is_stop(t) || (S_is_verb(t) && !(t->pos & DP_POS_NC))) return 0;
        k--;
    }
    if (k <= s0 + 1 || k == j || !S_is(c, k - 1, "et")) return 0;
    if (!S_is_det(c, k) && !S_count_word(c, k) && !S_in(S_tok(c, k)->norm, (const char *const[]){"d'autres", "de", "d'", NULL}))
        return 0;
    for (uint32_t b = k - 1; b > s0 && k - b < 15;) {
        b--;
        if (S_is(c, b, "ete")) return 1;
        if (S_is_stop(S_tok(c, b))) break;
    }
    return 0;
}

/* "les milices alliées", "la ville assiégée", "l'autre, soutenu par les
 * pays du Golfe": a participle that qualifies a noun tells no event of its
 * own when it has no agent, or when it only describes a relation.        */
/* "Les rebelles tués jeudi par la police", "un combattant tué en Libye": a
 * participle followed, in its phrase, by a "par" agent, a time or a place
 * tells the event itself.                                                 */
static int S_told_after(S_ctx *c, const dp_event *e)
{
    uint32_t s1 = c->d->sents.v[e->sent].t1;
    for (uint32_t j = e->trigger.t1; j < s1 && j < e->trigger.t1 + 4; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || S_is_comma(t) || S_is_clause_verb(c, j)) break;
        if (S_is(c, j, "par") || c->in_time[j] || c->place[j] >= 0) return 1;
    }
    return 0;
}

static int S_qualifier(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "verb:", 5) || e->trigger.t1 - e->trigger.t0 != 1) return 0;
    const dp_token *t = S_tok(c, e->trigger.t0);
    if (!(t->pos & DP_POS_VPP)) return 0;
    if (S_elliptic(c, e) || S_gapped(c, e)) return 0;
    /* "a été interpellé, puis relâché": a passive clause of its own, when
     * the subject it shares was read as its recipient */
    if (e->recipients.n && S_coord_passive(c, c->d->sents.v[e->sent].t0, e->trigger.t0)) return 0;
    /* "son parti avait « offert à tous les candidats »": an auxiliary
     * before the quotation mark makes a compound tense */
    uint32_t s0 = c->d->sents.v[e->sent].t0, j = e->trigger.t0;
    while (j > s0 && e->trigger.t0 - j < 3 && S_tok(c, j - 1)->kind == DP_TOK_QUOTE_OPEN) j--;
    if (j < e->trigger.t0 && j > s0 && S_is_aux(c, j - 1)) return 0;
    if (!e->actors.n) return 1;
    /* "les proches d'un combattant tué en Libye", "le ministre X accusé de
     * fraude": right after the party it qualifies, a participle whose
     * actor is the sentence's subject (no "par" agent) tells no event */
    /* (a trigger opening the text has no token before it) */
    if (e->trigger.t0 > s0 + 1 && strstr(e->why, "+subj") && !strstr(e->why, "+par") && c->ment[e->trigger.t0 - 1] >= 0 &&
        !S_told_after(c, e))
        return 1;
    return S_in(e->event, (const char *const[]){"SUPPORT", "COOPERATE", "AGREE", "CONSULT", NULL});
}

/* Token I has a Lefff adjective reading and is no participle ("critique",
 * "hostile"; not "critiqué").                                            */
static int S_plain_adjective(S_ctx *c, uint32_t i)
{
    dp_lex_entry le[8];
    size_t n = c->d->model && S_tok(c, i)->lower ? dp_tok_lex(c->d, i, le, 8) : 0;
    int adj = 0;
    for (size_t k = 0; k < n && k < 8; k++) {
        if (!le[k].pos) continue;
        if (!strcmp(le[k].pos, "v") && le[k].feats && le[k].feats[0] == 'K') return 0;
        adj |= !strcmp(le[k].pos, "adj");
    }
    return adj;
}

/* "64 % des Français soutiennent les grévistes", "58 % des électeurs ont
 * rejeté la réforme": a stance (support, rejection, agreement, blame,
 * demand, concession) whose actor is told as a share of a population is a
 * poll or a vote result -- a tally of opinions, not an act (GUIDELINE §2:
 * aggregate statements; elections and votes).  The share stands right
 * before the actor, or opens its span.  Material acts told as a rate
 * stay: "30 % des salariés ont cessé le travail" is a strike.            */
static int S_poll_share(S_ctx *c, const dp_event *e)
{
    if (!S_in(e->event, (const char *const[]){"SUPPORT", "REJECT", "AGREE", "ACCUSE", "REQUEST", "CONCEDE", NULL}))
        return 0;
    uint32_t s0 = c->d->sents.v[e->sent].t0;
    for (size_t i = 0; i < e->actors.n; i++) {
        dp_tspan sp = e->actors.v[i].span;
        if (sp.t1 <= sp.t0) continue;
        uint32_t j = sp.t0;
        /* the share inside the span: "64 % des Français" */
        for (uint32_t k = sp.t0; k < sp.t1 && k < sp.t0 + 3; k++)
            if (strchr(S_tok(c, k)->norm, '%')) return 1;
        if (j > s0 && S_in(S_tok(c, j - 1)->norm, (const char *const[]){"des", "de", "d'", NULL})) j--;
        if (j > s0 && strchr(S_tok(c, j - 1)->norm, '%')) return 1;
        /* "66 pour cent des Français", "66 pourcent des" */
        if (j > s0 && S_is(c, j - 1, "pourcent")) return 1;
        if (j > s0 + 1 && S_is(c, j - 1, "cent") && S_is(c, j - 2, "pour")) return 1;
    }
    return 0;
}

/* "La situation reste critique", "le bilan est critique": an adjective
 * read as a verb trigger, the attribute of a copula with no target
 * ("envers X") and no person or organisation as subject, tells a state.  */
static int S_attribute_state(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "verb:", 5) || e->recipients.n || e->trigger.t1 <= e->trigger.t0) return 0;
    uint32_t g = e->trigger.t1 - 1, s0 = c->d->sents.v[e->sent].t0, j = g;
    if (!S_plain_adjective(c, g) || S_attribute_target(c, g)) return 0;
    for (size_t i = 0; i < e->actors.n; i++) {
        int32_t en = e->actors.v[i].entity;
        if (en >= 0 && (c->d->ents.v[en].type == DP_ENT_PER || c->d->ents.v[en].type == DP_ENT_ORG)) return 0;
    }
    while (j > s0 && (S_tok(c, j - 1)->pos & DP_POS_ADV) && g - j < 3) j--;
    /* "la fatigue des joueurs est, elle, manifeste": a stressed pronoun between commas */
    if (j > s0 + 3 && S_is_comma(S_tok(c, j - 1)) && S_is_comma(S_tok(c, j - 3)) &&
        S_in(S_tok(c, j - 2)->norm, (const char *const[]){"lui", "elle", "eux", "elles", NULL}))
        j -= 3;
    if (j <= s0) return 0;
    static const char *const cop[] = {"etre", "rester", "demeurer", "sembler", "paraitre", NULL};
    for (const char *const *w = cop; *w; w++)
        if (S_lemma_is(c, j - 1, *w)) return 1;
    return S_in(S_tok(c, j - 1)->norm, (const char *const[]){"reste", "restent", "demeure", "demeurent", NULL});
}

/* An event noun with no participant inside a witness's or official's
 * quoted words ("« On a entendu une énorme détonation »") retells or
 * qualifies the event the article reports; no record of its own.        */
/* The span T0..T1 of sentence S stands between quotation marks.          */
static int S_in_marks(S_ctx *c, const dp_sentence *s, uint32_t t0, uint32_t t1)
{
    int open = 0;
    for (uint32_t j = t0; j-- > s->t0 && !open;) {
        int k = S_tok(c, j)->kind;
        if (k == DP_TOK_QUOTE_CLOSE) return 0;
        open = k == DP_TOK_QUOTE_OPEN;
    }
    for (uint32_t j = t1; open && j < s->t1; j++) {
        int k = S_tok(c, j)->kind;
        if (k == DP_TOK_QUOTE_OPEN) return 0;
        if (k == DP_TOK_QUOTE_CLOSE) return 1;
    }
    return 0;
}

static int S_quoted_mention(S_ctx *c, size_t k)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:", 5) || e->actors.n || e->recipients.n) return 0;
    /* « racket organisé », « prise d'otage »: words quoted, no event told */
    return S_in_marks(c, &d->sents.v[e->sent], e->trigger.t0, e->trigger.t1) || S_quoted_trigger(c, e);
}

/* Records near K (bounds the work on huge inputs): [*LO, *HI).          */
static void S_near_records(const dp_doc *d, size_t k, size_t *lo, size_t *hi)
{
    *lo = k > S_MERGE_WINDOW ? k - S_MERGE_WINDOW : 0;
    *hi = k + S_MERGE_WINDOW < d->events.n ? k + S_MERGE_WINDOW : d->events.n;
}

/* Record E is a call: a REQUEST whose trigger holds "appeler" or "appel"
 * past its auxiliaries ("appelle", "ont appelé à", "a lancé un appel").  */
static int S_call_record(S_ctx *c, const dp_event *e)
{
    if (strcmp(e->event, "REQUEST")) return 0;
    for (uint32_t t = e->trigger.t0; t < e->trigger.t1; t++)
        if (S_lemma_is(c, t, "appel") || S_lemma_is(c, t, "appeler")) return 1;
    return 0;
}

/* The first token of what the call CALL asks for, before token END: past
 * the party called ("appellent les salariés à la grève", "a appelé ses
 * adhérents à manifester"), the token after the last "à" between; the
 * call's end when no "à" is there ("appellent à défiler" has it in its
 * trigger).                                                              */
static uint32_t S_call_content(S_ctx *c, const dp_event *call, uint32_t end)
{
    uint32_t from = call->trigger.t1;
    for (uint32_t t = call->trigger.t1; t < end; t++)
        if (S_in(S_tok(c, t)->norm, (const char *const[]){"a", "au", "aux", NULL})) from = t + 1;
    return from;
}

/* What lies between the call CALL and its "à" before token END is the
 * party called, a noun phrase ("les agents de la voirie du canton"): no
 * verb, clause or comma, eight tokens at most.                           */
static int S_called_party(S_ctx *c, const dp_event *call, uint32_t end)
{
    uint32_t from = S_call_content(c, call, end);
    if (from == call->trigger.t1) return 1;
    if (from - call->trigger.t1 > 9) return 0;
    for (uint32_t t = call->trigger.t1; t + 1 < from; t++) {
        const dp_token *w = S_tok(c, t);
        if (S_is_comma(w) || S_is_stop(w) || (S_is_verb(w) && !(w->pos & (DP_POS_NC | DP_POS_ADJ))) ||
            S_in(w->norm, (const char *const[]){"que", "qu'", "qui", "dont", "et", "ou", NULL}))
            return 0;
    }
    return 1;
}

/* The call CALL asks for the protest P itself ("à la grève", "à une nouvelle
 * grève", "à poursuivre la grève", "ses membres à une journée de grève"); not
 * to stop, avoid, ban or break it up ("appelle à cesser la grève", "a appelé
 * les policiers à disperser le rassemblement"), nor to anything else done
 * during it ("au calme pendant la manifestation").                       */
static int S_calls_for(S_ctx *c, const dp_event *call, const dp_event *p)
{
    static const char *const go_on[] = {"continuer", "poursuivre", "rejoindre", "participer", "reconduire", "amplifier",
                                        "maintenir", "durcir", "etendre", NULL};
    for (uint32_t t = S_call_content(c, call, p->trigger.t0); t < p->trigger.t0; t++) {
        const dp_token *w = S_tok(c, t);
        if (S_is_det(c, t) || S_in(w->norm, (const char *const[]){"a", "au", "aux", "de", "d'", "du", "des", NULL}) ||
            ((w->pos & DP_POS_ADJ) && !S_is_verb(w)) || (S_is_verb(w) && S_lemma_among(c, t, go_on)) ||
            S_in(w->norm, (const char *const[]){"journee", "journees", "jour", "jours", "mouvement", NULL}))   /* "à une journée de grève" */
            continue;
        return 0;
    }
    return 1;
}

/* "les syndicats des cheminots appellent à la grève", "un appel à poursuivre
 * la grève": the call at K goes, the protest at J that it calls stays;
 * with no party of its own, the protest is done by those who call it (as
 * "ont entamé une grève" names those on strike).  Called from
 * S_protest_part when it drops the call, so only for a call it drops.   */
static void S_caller_acts(S_ctx *c, size_t k, size_t j)
{
    dp_doc *d = c->d;
    dp_event *call = &d->events.v[k], *p = &d->events.v[j];
    if (p->actors.n || !call->actors.n) return;
    dp_event_arg *v = dp_arena_alloc(&d->arena, (call->actors.n + 1) * sizeof *v);   /* a copy: no list shared */
    memcpy(v, call->actors.v, call->actors.n * sizeof *v);
    p->actors.v = v;
    p->actors.n = call->actors.n;
    p->actors.cap = call->actors.n + 1;
}

/* "des centaines d'habitants se rassemblent ... pour protester", "sont
 * descendus dans la rue pour exiger le départ": the gathering and
 * the demand are the protest told in the same sentence.  Side effect: a
 * call it drops hands its caller to the protest called (S_caller_acts); it
 * is the last test of its chain in S_merge that may see such a call.      */
static int S_protest_part(S_ctx *c, size_t k)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strcmp(e->event, "REQUEST") && strcmp(e->event, "CONSULT")) return 0;
    /* "un appel à cesser le travail", "appellent à défiler": the protest called
     * is the record (future), the call no event of its own */
    int call = S_call_record(c, e);
    /* "ont ouvert des pourparlers avec les meneurs du mouvement": talks are
     * no gathering */
    if (!strcmp(e->event, "CONSULT") && strncmp(e->why, "verb:", 5)) return 0;
    int purpose = e->trigger.t0 > 0 && S_is(c, e->trigger.t0 - 1, "pour");
    /* any record told in the sentence: a merged one may sit elsewhere */
    size_t lo, hi;
    S_near_records(d, k, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
        const dp_event *a = &d->events.v[j];
        if (j == k || a->sent != e->sent || strcmp(a->event, "PROTEST")) continue;
        if (call && a->trigger.t0 >= e->trigger.t1 && a->trigger.t0 <= S_call_content(c, e, a->trigger.t0) + 3 &&
            S_called_party(c, e, a->trigger.t0) && S_calls_for(c, e, a)) {
            S_caller_acts(c, k, j);
            return 1;
        }
        if (j < k ? (purpose || !strcmp(e->event, "CONSULT")) : !strcmp(e->event, "CONSULT")) return 1;
    }
    return 0;
}

/* "ont stoppé leur offensive", "a condamné les attentats": an event noun
 * with no actor of its own that is the object of another record's verb in
 * its sentence is what that record is about, no event told there.        */
static int S_object_of(S_ctx *c, size_t k)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:", 5) || e->actors.n) return 0;
    size_t lo, hi;
    S_near_records(d, k, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
        const dp_event *a = &d->events.v[j];
        if (j == k || a->sent != e->sent || !strncmp(a->why, "noun", 4)) continue;
        /* "appellent à la grève": the strike stays, the call goes */
        if (!strcmp(e->event, "PROTEST") && S_call_record(c, a))
            continue;
        for (size_t i = 0; i < a->recipients.n; i++) {
            dp_tspan r = a->recipients.v[i].span;
            if (r.t0 <= e->trigger.t0 && e->trigger.t1 <= r.t1) return 1;
        }
    }
    return 0;
}

/* "Lors du sommet de la Cédéao, les chefs d'État ont décidé de
 * rappeler ...", "lors des défilés du 14 juillet": an event noun in
 * a framing phrase, next to an event the sentence tells, is its setting. */
static int S_frame(S_ctx *c, size_t k, const uint8_t *gone)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:", 5)) return 0;
    uint32_t j = e->trigger.t0, s0 = d->sents.v[e->sent].t0;
    while (j > s0 && S_is_det(c, j - 1) && !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"des", "du", NULL})) j--;
    if (j < s0 + 2 || !S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "d'", "des", "du", NULL})) return 0;
    if (!S_in(S_tok(c, j - 2)->norm, (const char *const[]){"lors", "cours", "marge", "issue", "cadre", NULL})) return 0;
    size_t lo, hi;
    S_near_records(d, k, &lo, &hi);
    for (size_t i = lo; i < hi; i++)
        if (i != k && d->events.v[i].sent == e->sent && strncmp(d->events.v[i].why, "noun", 4) &&
            !strstr(d->events.v[i].why, "+toll"))   /* "tués lors de l'attaque d'un convoi humanitaire": its toll */
            return 1;
    return 0;
}

/* "ont procédé à son interpellation", "qui a conduit cette arrestation": a
 * support verb whose event noun has a possessive or demonstrative
 * determiner tells again the last record of its type: its index, or -1.  */
static int S_light_retold(S_ctx *c, size_t k, const uint8_t *gone)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "light:", 6)) return -1;
    static const char *const back[] = {"son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", NULL};
    int told = 0;
    for (uint32_t t = e->trigger.t0; t < e->trigger.t1; t++) told |= S_in(S_tok(c, t)->norm, back);
    if (!told) return -1;
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->future || a->hypothetical) continue;
        return S_actors_compatible(d, a, e) && S_dates_compatible(a, e) ? (int)j : -1;
    }
    return -1;
}

/* "le candidat bénéficie du soutien des syndicats", "jouit de l'appui de
 * Moscou": support enjoyed is a state, no act of support told.           */
static int S_enjoyed(S_ctx *c, const dp_event *e)
{
    if (strcmp(e->event, "SUPPORT") || strncmp(e->why, "noun:", 5)) return 0;
    uint32_t j = e->trigger.t0, s0 = c->d->sents.v[e->sent].t0;
    while (j > s0 && (S_is_det(c, j - 1) || S_in(S_tok(c, j - 1)->norm, (const char *const[]){"de", "d'", NULL}) ||
                      ((S_tok(c, j - 1)->pos & DP_POS_ADJ) && !(S_tok(c, j - 1)->pos & DP_POS_V))) &&
           e->trigger.t0 - j < 4)
        j--;
    if (j > s0 && (S_tok(c, j - 1)->pos & DP_POS_ADV)) j--;   /* "bénéficie largement du soutien" */
    return j > s0 && j < e->trigger.t0 && S_lemma_among(c, j - 1, (const char *const[]){"beneficier", "jouir", NULL});
}

/* "Le militant, encore en garde à vue ce jeudi, ...", "X, en garde à vue
 * depuis mardi": custody after "en" with no verb placing him there is the
 * state an arrest told earlier left him in (the same person, at most six
 * days later: custody is short): that arrest's index, or -1.             */
static int S_custody_state(S_ctx *c, size_t k, const uint8_t *gone)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:garde", 10) || e->trigger.t0 <= d->sents.v[e->sent].t0 || !S_is(c, e->trigger.t0 - 1, "en"))
        return -1;
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || !S_arrest(a) || a->negated || a->future || a->hypothetical) continue;
        /* the same person, within the days a custody lasts: two dates told
         * are compared at the coarser precision ("en mars" and a Friday in
         * June are apart); with a date missing or only the publication's,
         * the custody joins an arrest told at most S_NEAR sentences before */
        int told_a = a->date && strcmp(a->date_precision, "published");
        int told_e = e->date && strcmp(e->date_precision, "published");
        if (told_a && told_e && strlen(a->date) >= 10 && strlen(e->date) >= 10) {
            long da = atol(a->date) * 372 + atol(a->date + 5) * 31 + atol(a->date + 8);
            long de = atol(e->date) * 372 + atol(e->date + 5) * 31 + atol(e->date + 8);
            if (de < da || de - da > 6) return -1;
        } else if (told_a && told_e) {
            if (!S_dates_compatible(a, e)) return -1;
        } else if (e->sent - a->sent > S_NEAR)
            return -1;
        if (S_named_apart(d, a, e) ||
            (a->recipients.n && e->recipients.n && !S_recipients_compatible(d, a, e)))
            return -1;
        return (int)j;
    }
    return -1;
}

/* "les tribus voisines ne prennent pas part à l'offensive", "a participé
 * aux combats": one takes part in an event that is there, the definite one
 * already told -- the last record of its type told with the same noun,
 * else the last of its type.  Returns its index or -1.                   */
static int S_part_of(S_ctx *c, size_t k, const uint8_t *gone)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "light:", 6)) return -1;
    uint32_t h = e->trigger.t0;
    while (h < e->trigger.t1 && (S_is_aux(c, h) || !S_is_verb(S_tok(c, h)))) h++;
    if (h >= e->trigger.t1 || !S_lemma_is(c, h, "participer")) return -1;
    int def = 0;
    for (uint32_t t = h + 1; t < e->trigger.t1; t++)
        def |= S_in(S_tok(c, t)->norm, (const char *const[]){"le", "la", "l'", "les", "au", "aux", NULL});
    if (!def) return -1;
    char lb[64], tb[64];
    const char *lem = S_lemma(c, e->trigger.t1 - 1, lb, sizeof lb);
    int last = -1;
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->future || a->hypothetical ||
            !S_dates_compatible(a, e))
            continue;
        /* "À Paris, des milliers ont participé à la manifestation": another town's */
        if (a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place)) continue;
        for (uint32_t t = a->trigger.t0; t < a->trigger.t1; t++)
            if (!strcmp(S_lemma(c, t, tb, sizeof tb), lem)) return (int)j;
        if (last < 0) last = (int)j;
    }
    return last;
}

/* Record E answers an attack: it has an actor and its target is the
 * attackers ("les 3 agresseurs, abattus par les policiers").    */
static int S_response(S_ctx *c, const dp_event *e)
{
    static const char *const attackers[] = {"assaillant", "attaquant", "tireur", "agresseur", "kamikaze", "terroriste",
                                            "jihadiste", "djihadiste", "forcene", "preneur", NULL};
    if (!e->actors.n) return 0;
    for (size_t i = 0; i < e->recipients.n; i++)
        for (uint32_t t = e->recipients.v[i].span.t0; t < e->recipients.v[i].span.t1; t++)
            if (S_lemma_among(c, t, attackers)) return 1;
    return 0;
}

/* "Un attentat ... a fait 7 morts dont les 3 agresseurs, abattus par les
 * policiers": in one sentence, an attack and the response that
 * killed its authors are two records ("ont riposté, abattant les
 * assaillants" is one: the same actors).                                  */
static int S_attack_and_response(S_ctx *c, const dp_event *a, const dp_event *b)
{
    return a->sent == b->sent && S_response(c, a) != S_response(c, b) &&
           !(a->actors.n && b->actors.n && S_actors_compatible(c->d, a, b));
}

/* Every actor of record E is the state's armed or police forces: a
 * phrase headed by a MIL or COP noun of agents.tsv ("les forces de
 * sécurité", "les policiers"), or an actor of the MIL sector.           */
static int S_forces_only(S_ctx *c, const dp_event *e)
{
    if (!e->actors.n) return 0;
    for (size_t i = 0; i < e->actors.n; i++) {
        const dp_event_arg *x = &e->actors.v[i];
        const char *sec = x->actor.sector, *val[2];
        if (sec && !strcmp(sec, "MIL")) continue;   /* not GOV: a mayor, a minister */
        if (x->entity >= 0) return 0;
        S_arg a = {.ent = -1, .place = -1, .sp = x->span};
        int64_t h = S_bare_head(c, &a);
        if (h < 0) return 0;
        const char *w = S_tok(c, (uint32_t)h)->norm;
        if (!dp_dict_find(c->d->model, "agents", w, strlen(w), val, 2) ||
            (strncmp(val[0], "MIL", 3) && strncmp(val[0], "COP", 3)))
            return 0;
    }
    return 1;
}

/* Record E is a suicide attack or a bombing told as an "attentat" (mode
 * suicide-attack, or its trigger an "attentat" noun): no state force's
 * act.                                                                    */
static int S_terror_attack(S_ctx *c, const dp_event *e)
{
    if (strcmp(e->event, "ASSAULT")) return 0;
    for (int i = 0; i < e->nmode; i++)
        if (!strcmp(e->mode[i], "suicide-attack")) return 1;
    return e->trigger.t1 > e->trigger.t0 && !strncmp(S_tok(c, e->trigger.t0)->norm, "attentat", 8);
}

/* "un attentat-suicide contre un hôtel ... Le véhicule a explosé après que
 * les forces de sécurité ont ouvert le feu": the forces' fire at the
 * attackers is a record of its own (guideline §3), never folded into the
 * attack, whose actor it would become.                                   */
static int S_attack_and_forces(S_ctx *c, const dp_event *a, const dp_event *b)
{
    return strcmp(a->event, "ASSAULT") == 0 && strcmp(b->event, "ASSAULT") == 0 &&
           ((S_terror_attack(c, a) && S_forces_only(c, b)) || (S_terror_attack(c, b) && S_forces_only(c, a)));
}

#define S_ADDED_NEAR 6   /* sentences back where "aussi" finds the record it adds to */

/* "Elle est aussi condamnée à 20 000 euros d'amende": a record told with an
 * additive adverb ("aussi", "également") whose target an earlier record of
 * its type already has, with nothing against it, adds to that record.    */
static int S_added_to(S_ctx *c, const dp_event *a, const dp_event *b)
{
    if (strcmp(a->event, b->event) || b->sent <= a->sent || b->sent - a->sent > S_ADDED_NEAR) return 0;
    if (a->negated != b->negated || a->future != b->future || a->hypothetical != b->hypothetical) return 0;
    if (!a->recipients.n || !b->recipients.n || !S_additive(c, b)) return 0;
    return S_recipients_compatible(c->d, a, b) && S_actors_compatible(c->d, a, b) && S_dates_compatible(a, b);
}

#define S_ATTACKERS_NEAR 3   /* sentences after an attack where "les assaillants" tell it on */

/* Nouns for the one who carried out an attack, told after it.          */
static const char *const S_attacker_nouns[] = {   /* lemmas */
    "assaillant", "tireur", "agresseur", "meurtrier", "assassin", "suspect", "kamikaze", NULL};

/* "Une caserne a été attaquée mardi. Les assaillants, vêtus d'uniformes
 * volés, ont fait exploser un camion piégé": an attack whose actor is the
 * definite attacker noun ("les assaillants", "le kamikaze")
 * tells on the attack told just before, at no other place: its index, or
 * -1.  Responses (the police shooting the attackers) stay apart.        */
static int S_attackers_again(S_ctx *c, size_t k, const uint8_t *gone)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strcmp(e->event, "ASSAULT") || !strncmp(e->why, "noun", 4) || e->actors.n != 1 || S_response(c, e) ||
        e->negated || e->future || e->hypothetical)
        return -1;
    dp_tspan sp = e->actors.v[0].span;
    uint32_t t = sp.t0;
    while (t < sp.t1 && !S_lemma_among(c, t, S_attacker_nouns)) t++;
    if (t >= sp.t1 || t == 0 || !S_in(S_tok(c, t - 1)->norm, (const char *const[]){"le", "la", "l'", "les", NULL}))
        return -1;
    /* "l'agresseur a ensuite blessé un passant", "les assaillants ont
     * également pris d'assaut la caserne": what they did next, or besides,
     * is an attack of its own (words of the clause, from the actor on) */
    const dp_sentence *s = &d->sents.v[e->sent];
    uint32_t w0 = sp.t0 < e->trigger.t0 ? sp.t0 : e->trigger.t0;
    for (uint32_t i = w0; i < s->t1 && i < e->trigger.t1 + 4; i++) {
        if (S_is(c, i, "encore") && i > s->t0 && S_in(S_tok(c, i - 1)->norm, (const char *const[]){"pas", "toujours", NULL}))
            continue;   /* "dont l'identité reste inconnue" */
        if (S_in(S_tok(c, i)->norm, (const char *const[]){"ensuite", "puis", "encore", "nouveau", "autre", "second", "seconde",
                                                           "deuxieme", "troisieme", "tard", "egalement", NULL}))
            return -1;
        /* "ont aussi incendié": "aussi" right after the verb or its
         * auxiliary ("les assaillants, aussi nombreux que ..." compares) */
        if (S_is(c, i, "aussi") && i > s->t0 && (S_is_aux(c, i - 1) || S_is_verb(S_tok(c, i - 1)))) return -1;
    }
    /* "De leur côté, les assaillants ont ...": the phrase, anywhere in the
     * clause up to the trigger ("venus de la côte" is the coast) */
    for (uint32_t i = s->t0 + 2; i < s->t1 && i < e->trigger.t1 + 4; i++)
        if (S_is(c, i, "cote") && S_in(S_tok(c, i - 1)->norm, (const char *const[]){"leur", "son", NULL}) && S_is(c, i - 2, "de"))
            return -1;
    for (size_t j = k; j-- > 0 && e->sent - d->events.v[j].sent <= S_ATTACKERS_NEAR;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, "ASSAULT") || S_response(c, a) || a->negated || a->future || a->hypothetical ||
            a->sent == e->sent)
            continue;
        if (!S_dates_compatible(a, e)) return -1;
        if (a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place)) return -1;
        if (a->recipients.n && e->recipients.n && !S_recipients_compatible(d, a, e)) return -1;   /* another target */
        return (int)j;
    }
    return -1;
}

/* S_relative_place for the trigger of the record E in its sentence, kept
 * per trigger token: S_merge asks it for every pair of records.          */
static int S_relative_record(S_ctx *c, const dp_event *e)
{
    dp_doc *d = c->d;
    uint32_t t = e->trigger.t0, x;
    if (t >= d->toks.n) return S_relative_place_at(c, &d->sents.v[e->sent], t, &x);
    if (!c->relplace) c->relplace = dp_arena_alloc(&d->arena, d->toks.n);
    if (!c->relplace[t]) c->relplace[t] = (uint8_t)(1 + (S_relative_place_at(c, &d->sents.v[e->sent], t, &x) != 0));
    else S_MEMO_CHECK(c->relplace[t] - 1 == (S_relative_place_at(c, &d->sents.v[e->sent], t, &x) != 0));
    return c->relplace[t] - 1;
}

/* One of A and B is told in a relative clause on a place ("la ville que
 * l'armée avait reprise") and the other is not: in one sentence, the
 * clause is a background of the main act, another event; in two, so is
 * it when their ACLED kinds differ (a retake beside a bombing).         */
static int S_relative_apart(S_ctx *c, const dp_event *a, const dp_event *b)
{
    const dp_doc *d = c->d;
    if (a->sent < 0 || b->sent < 0 || (size_t)a->sent >= d->sents.n || (size_t)b->sent >= d->sents.n) return 0;
    int ra = S_relative_record(c, a), rb = S_relative_record(c, b);
    if (!ra == !rb) return 0;
    if (a->sent == b->sent) return 1;
    return !a->acled_type || !b->acled_type || strcmp(a->acled_type, b->acled_type);
}

/* The determiner of E's event noun refers back: "l'attaque", "cette
 * agression", "son enlèvement" (1), "les attaques", "ces deux attentats"
 * (2, plural: it sums up events told), else 0.  Adjectives and, for a
 * plural, a count stand between ("ces deux attentats", "la sanglante
 * attaque").                                                              */
static int S_definite_again(S_ctx *c, const dp_event *e)
{
    /* not "son/sa/leur": the possessor may be another side ("leur offensive") */
    static const char *const one[] = {"le", "la", "l'", "ce", "cet", "cette", "ledit", "ladite", NULL};
    static const char *const many[] = {"les", "ces", NULL};
    const char *w = S_tok(c, e->trigger.t0)->norm;
    size_t l = strlen(w);
    int plural = l > 1 && (w[l - 1] == 's' || w[l - 1] == 'x');
    uint32_t s0 = c->d->sents.v[e->sent].t0, j = S_adjs_before(c, s0, e->trigger.t0, 3);
    if (plural && j > s0 + 1 && (S_tok(c, j - 1)->kind == DP_TOK_NUM || S_number_word(S_tok(c, j - 1)->norm))) j--;
    if (j <= s0) return 0;
    const char *det = S_tok(c, j - 1)->norm;
    if (plural) return S_in(det, many) ? 2 : 0;
    return S_in(det, one) ? 1 : 0;
}

/* Every recipient of E is a count of people ("le bilan de l'attaque fait
 * état de 3 morts"): a toll read as the target, no party of its own.      */
static int S_toll_recipients(S_ctx *c, const dp_event *e)
{
    if (!e->recipients.n) return 0;
    for (size_t i = 0; i < e->recipients.n; i++) {
        dp_tspan r = e->recipients.v[i].span;
        if (r.t1 <= r.t0 || !(S_tok(c, r.t0)->kind == DP_TOK_NUM || S_number_word(S_tok(c, r.t0)->norm))) return 0;
    }
    return 1;
}

/* Every actor of E is named only as the one who did it ("les auteurs de
 * l'enlèvement", "l'agresseur"): the told event's own actor, no side of
 * its own.                                                                */
static int S_perpetrators(S_ctx *c, const dp_event *e)
{
    for (size_t i = 0; i < e->actors.n; i++) {
        dp_tspan sp = e->actors.v[i].span;
        if (e->actors.v[i].entity >= 0 && !c->d->ents.v[e->actors.v[i].entity].nominal) return 0;   /* a name */
        uint32_t t = sp.t0;
        while (t < sp.t1 && S_is_det(c, t)) t++;
        if (t >= sp.t1 || !(S_lemma_among(c, t, S_attacker_nouns) || S_lemma_is(c, t, "auteur"))) return 0;
    }
    return e->actors.n > 0;
}

#define S_REMENTION_NEAR 10   /* sentences back where a definite event noun finds the record it tells again */

/* Records A and B of one type are acts of two kinds: an arrest and a
 * seizure or ban; damage to property (mode destroy) and an attack.       */
static int S_other_kind(const dp_event *a, const dp_event *b)
{
    if (S_arrest(a) != S_arrest(b) || S_seize_ban_evict(a) != S_seize_ban_evict(b)) return 1;
    int da = 0, db = 0;
    for (int i = 0; i < a->nmode; i++) da |= !strcmp(a->mode[i], "destroy");
    for (int i = 0; i < b->nmode; i++) db |= !strcmp(b->mode[i], "destroy");
    return da != db;
}

/* The nearest record before K (not gone, real, of E's type, told in an
 * earlier sentence within S_REMENTION_NEAR) whose trigger has the lemma
 * of E's noun, or -1.                                                     */
static int S_worded_before(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    char lb[64], tb[64];
    const char *lem = S_lemma(c, e->trigger.t0, lb, sizeof lb);
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->future || a->hypothetical || a->sent >= e->sent)
            continue;
        if (e->sent - a->sent > S_REMENTION_NEAR) return -1;
        for (uint32_t t = a->trigger.t0; t < a->trigger.t1; t++)
            if (!strcmp(S_lemma(c, t, tb, sizeof tb), lem)) return (int)j;
    }
    return -1;
}

/* The place of record E is named in the clause of its trigger: some
 * mention of it has no verb (a word read only as a verb or auxiliary)
 * between it and the trigger ("l'attentat de Kaboul", "À Kaboul,
 * l'attentat a fait"), not one told in another clause ("l'attaque arrive
 * peu après celle en Belgique", "Les Pays-Bas accusent X de l'attaque"). */
static int S_own_place(S_ctx *c, const dp_event *e)
{
    const dp_doc *d = c->d;
    if (e->place < 0) return 0;
    const dp_sentence *s = &d->sents.v[e->sent];
    const dp_place *p = &d->places.v[e->place];
    for (size_t m = 0; m < p->mentions.n; m++) {
        dp_tspan sp = p->mentions.v[m];
        if (sp.t0 < s->t0 || sp.t1 > s->t1) continue;
        int after = sp.t1 > e->trigger.t0;
        uint32_t lo = after ? e->trigger.t1 : sp.t1, hi = after ? sp.t0 : e->trigger.t0;
        uint32_t j = lo;
        /* "l'attentat qui a eu lieu à Kaboul", "l'attaque où ...": the
         * first verb group of a relative right after the noun is its own */
        if (after && j < hi && S_in(S_tok(c, j)->norm, (const char *const[]){"qui", "ou", NULL})) {
            for (j++; j < hi && !(S_tok(c, j)->pos & (DP_POS_V | DP_POS_AUX)); j++) {}
            while (j < hi && (S_tok(c, j)->pos & (DP_POS_V | DP_POS_AUX))) j++;
        }
        for (; j < hi; j++) {
            uint32_t pos = S_tok(c, j)->pos;
            if (!(pos & (DP_POS_V | DP_POS_AUX)) || (pos & DP_POS_NC)) continue;
            /* "l'attentat survenu à Kaboul", "l'attaque perpétrée à": a
             * participle with no auxiliary before it is the noun's own */
            if (after && (pos & DP_POS_VPP) && !(S_tok(c, j - 1)->pos & DP_POS_AUX)) continue;
            break;
        }
        if (j >= hi) return 1;
    }
    return 0;
}

/* Record E told with a definite, demonstrative or possessive event noun
 * ("l'attaque", "cette agression", "ces deux attentats") tells again the
 * last earlier real record of its type -- the last whose trigger says the
 * same noun, when there is one (S_worded_before) -- when nothing of E's
 * is in conflict with it: no other place (a town of its country is none),
 * actor, target (a toll read as one does not count) or date, and no
 * complement of its own that names something else ("l'attaque du
 * commissariat").  A new
 * event is told otherwise ("une nouvelle attaque", "l'autre explosion",
 * "la seconde explosion", a named operation).  A plural ("ces deux
 * attentats") sums up the records of its type told before: it joins the
 * last of them whose place it does not contradict.  Its index, or -1.     */
static int S_remention(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    /* protests: a national movement and each town's are records of their own */
    if (strncmp(e->why, "noun:", 5) || !strcmp(e->event, "PROTEST") || e->negated || strstr(e->why, "+site") ||
        S_ordinal(c, e) || S_named(c, e))
        return -1;
    /* a plural ("ces deux attentats") is left to the claim and summary
     * passes, which give its claimant to the events it sums up */
    int det = S_definite_again(c, e);
    if (det != 1) return -1;
    uint32_t s0 = d->sents.v[e->sent].t0;
    for (uint32_t j = e->trigger.t0; j > s0 && e->trigger.t0 - j < 4;) {   /* "une nouvelle attaque", "ce nouvel attentat" */
        j--;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles",
                                                           "dernier", "derniere", "precedent", "precedente", NULL}))
            return -1;
    }
    uint32_t own = S_own_complement(c, e);
    /* "le second volet de l'opération" after "a déclenché une opération"
     * and a later "prenant deux ponts": the record whose trigger says the
     * noun is the one told again, not the nearest of its type            */
    int worded = S_worded_before(c, k, gone);
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->future || a->hypothetical) continue;
        if (a->sent >= e->sent) continue;
        if (e->sent - a->sent > S_REMENTION_NEAR) return -1;
        if (worded >= 0 && (int)j != worded) continue;
        /* a place told in another clause of its sentence is not the
         * event's, when the noun has no day of its own either */
        int placed = a->place < 0 || e->place < 0 || S_same_place(d, a->place, e->place) ||
                     S_country_and_town(d, a->place, e->place) ||
                     (det == 1 && !S_own_place(c, e) && (!e->date || !strcmp(e->date_precision, "published")) &&
                      !S_past_of_past(c, e));   /* "l'attentat ... avait fait vingt morts": an earlier one */
        if (!placed && det == 2) continue;   /* a plural: one of the events it sums up */
        if (S_other_kind(a, e)) return -1;
        if (!placed || !S_dates_compatible(a, e) || !S_near_dates(a, e) || !S_actors_compatible(d, a, e)) return -1;
        /* "l'assaut est donné par le RAID" after the attack: an actor the
         * record lacks tells another side's act */
        if (e->actors.n && !a->actors.n && !S_perpetrators(c, e)) return -1;
        if (e->recipients.n && !S_recipients_compatible(d, a, e) && !S_toll_recipients(c, e)) return -1;
        if (own && !S_complement_names(c, own, a) &&
            !(e->actors.n && a->actors.n && S_actors_compatible(d, a, e)))
            return -1;
        return (int)j;
    }
    return -1;
}

/* ---- a verb telling an event already coded ------------------------------ */

#define S_VERB_RETOLD_NEAR 10   /* sentences back where a verb's re-telling finds its record */

/* The class of people the noun at token H names, so that one victim told
 * by several nouns is seen as one ("un policier", "l'agent", "l'officier de
 * police"): the sector of agents.tsv or titles.tsv, tried first with its
 * "de" complement ("officier de police"; an unlisted compound has its
 * complement's sector, "agent de police", or none, "agent de sécurité"),
 * else the category of count_nouns.tsv (police and soldiers read as COP
 * and MIL); the gendarmerie is a class of its own; NULL when the noun
 * names no kind of people.                                               */
static const char *S_role_class(S_ctx *c, uint32_t h)
{
    const dp_doc *d = c->d;
    const char *val[2];
    char key[96];
    const char *w = S_tok(c, h)->norm;
    /* two corps: a gendarme is no policier, though both keep order (COP) */
    if (!strncmp(w, "gendarm", 7)) return "gendarmerie";
    if (h + 2 < d->toks.n && S_is(c, h + 1, "de") && (S_tok(c, h + 2)->pos & DP_POS_NC)) {
        int n = snprintf(key, sizeof key, "%s de %s", w, S_tok(c, h + 2)->norm);
        if (n > 0 && (size_t)n < sizeof key) {
            if (dp_dict_find(d->model, "agents", key, (size_t)n, val, 2)) return val[0];
            if (dp_dict_find(d->model, "titles", key, (size_t)n, val, 2) && strcmp(val[0], "-")) return val[0];
        }
        /* "agent de sécurité" is no "agent de police": an unlisted compound
         * says its kind by its complement ("de police") or not at all */
        const char *x = S_tok(c, h + 2)->norm;
        return dp_dict_find(d->model, "agents", x, strlen(x), val, 2) ? val[0] : NULL;
    }
    size_t l = strlen(w);
    if (dp_dict_find(d->model, "agents", w, l, val, 2)) return val[0];
    if (dp_dict_find(d->model, "titles", w, l, val, 2) && strcmp(val[0], "-")) return val[0];
    if (dp_dict_find(d->model, "count_nouns", w, l, val, 2) && strcmp(val[0], "unit")) {
        if (!strcmp(val[0], "police")) return "COP";
        if (!strcmp(val[0], "soldiers")) return "MIL";
        return val[0];
    }
    return NULL;
}

/* Determiners of a phrase that names its party again.                    */
static const char *const S_retold_dets[] = {"le", "la", "l'", "les", "ce", "cet", "cette", "ces", NULL};

/* The argument X names its party the second time: a definite or
 * demonstrative phrase ("l'agent", "ce policier"), a pronoun, or a name. */
static int S_arg_retold(S_ctx *c, const dp_event_arg *x)
{
    if (x->span.t1 <= x->span.t0) return 0;
    if (x->entity >= 0 && !c->d->ents.v[x->entity].nominal) return 1;
    const dp_token *t = S_tok(c, x->span.t0);
    return S_in(t->norm, S_retold_dets) || (x->span.t1 == x->span.t0 + 1 && (t->pos & DP_POS_PRO));
}

/* The head noun of the common-noun argument X, or -1 (a name: a name is
 * told again by its own name).  *DEF is set when the phrase opens with a
 * definite or demonstrative word.                                        */
static int64_t S_role_noun(S_ctx *c, const dp_event_arg *x, int *def)
{
    *def = 0;
    if (x->span.t1 <= x->span.t0 || (x->entity >= 0 && !c->d->ents.v[x->entity].nominal)) return -1;
    S_arg a = {.ent = -1, .place = -1, .sp = x->span};
    *def = S_in(S_tok(c, x->span.t0)->norm, S_retold_dets);
    return S_bare_head(c, &a);
}

/* The phrase of X adds what sets its party apart from Y's: a restrictive
 * relative right after it ("le policier qui gardait la mairie"), or an
 * adjective after its head noun H that Y's words lack ("le policier
 * municipal" after "un policier").                                         */
static int S_restricted(S_ctx *c, const dp_event_arg *x, int64_t h, const dp_event_arg *y)
{
    if (x->span.t1 < c->d->toks.n && S_in(S_tok(c, x->span.t1)->norm, S_relpron))
        return 1;
    for (uint32_t t = (uint32_t)h + 1; t < x->span.t1; t++) {
        if (!(S_tok(c, t)->pos & DP_POS_ADJ)) continue;
        int found = 0;
        for (uint32_t u = y->span.t0; u < y->span.t1 && !found; u++) found = !strcmp(S_tok(c, u)->norm, S_tok(c, t)->norm);
        if (!found) return 1;
    }
    return 0;
}

/* Token H's noun is plural (a folded form in -s or -x).                  */
static int S_plural_noun(S_ctx *c, uint32_t h)
{
    const char *w = S_tok(c, h)->norm;
    size_t l = strlen(w);
    return l > 1 && (w[l - 1] == 's' || w[l - 1] == 'x');
}

/* The word that follows a "de" complement right after span X ("l'entrée
 * de Poitiers": Poitiers), past a determiner, or -1 ("à" may open a
 * complement of the verb: "a frappé le chauffeur au visage").             */
static int64_t S_complement_word(S_ctx *c, dp_tspan x)
{
    static const char *const preps[] = {"de", "d'", "du", "des", NULL};
    uint32_t j = x.t1, s1 = (uint32_t)c->d->toks.n;
    if (j >= s1 || !S_in(S_tok(c, j)->norm, preps)) return -1;
    j++;
    while (j < s1 && S_is_det(c, j)) j++;
    return j < s1 && S_tok(c, j)->kind == DP_TOK_WORD ? (int64_t)j : -1;
}

/* The number counting span X, within the three words before it ("72 %
 * des Français", "deux des policiers"), or -1.                             */
static int64_t S_count_before(S_ctx *c, dp_tspan x)
{
    for (uint32_t j = x.t0; j-- > 0 && x.t0 - j <= 3;) {
        const dp_token *t = S_tok(c, j);
        if (t->kind == DP_TOK_NUM || S_number_word(t->norm)) return j;
        if (S_is_comma(t) || S_is_verb(t)) break;
    }
    return -1;
}

/* Arguments X and Y name one party the same way but differ in what
 * follows or counts them: "l'entrée de Poitiers" and "l'entrée de Niort",
 * "72 % des Français" and "66 % des Français".                           */
static int S_args_apart(S_ctx *c, const dp_event_arg *x, const dp_event_arg *y)
{
    int64_t p = S_complement_word(c, x->span), q = S_complement_word(c, y->span);
    if (p >= 0 && q >= 0 && strcmp(S_tok(c, (uint32_t)p)->norm, S_tok(c, (uint32_t)q)->norm)) return 1;
    p = S_count_before(c, x->span), q = S_count_before(c, y->span);
    return p >= 0 && q >= 0 && strcmp(S_tok(c, (uint32_t)p)->norm, S_tok(c, (uint32_t)q)->norm);
}

/* Some pair of arguments of the lists V and W, one from each, names one
 * party the same way but with other complements or counts (S_args_apart). */
static int S_lists_apart(S_ctx *c, const dp_event_arg *v, size_t nv, const dp_event_arg *w, size_t nw)
{
    for (size_t i = 0; i < nv; i++)
        for (size_t j = 0; j < nw; j++)
            if (S_args_compatible(c->d, &v[i], 1, &w[j], 1, 0) && S_args_apart(c, &v[i], &w[j])) return 1;
    return 0;
}

/* Every recipient of E names again a recipient of A: the same party
 * (entity or words), or a definite phrase whose noun is of the same class
 * and number as A's ("un policier" ... "l'agent de police" ... "le
 * policier, qui a été blessé"), the same noun ("un Français" ... "le
 * Français"), or "la victime", and that adds nothing setting its party
 * apart (S_restricted: "le policier qui gardait la mairie").  An
 * indefinite one ("un passant", "deux touristes") is someone new.         */
static int S_victim_retold(S_ctx *c, const dp_event *a, const dp_event *e)
{
    const dp_doc *d = c->d;
    if (!a->recipients.n || !e->recipients.n) return 0;
    for (size_t i = 0; i < e->recipients.n; i++) {
        const dp_event_arg *x = &e->recipients.v[i];
        /* a phrase of another sentence stands for a pronoun ("il l'a frappé") */
        int away = x->span.t0 < d->sents.v[e->sent].t0 || x->span.t0 >= d->sents.v[e->sent].t1;
        if (!away && !S_arg_retold(c, x)) return 0;
        if (S_args_compatible(d, a->recipients.v, a->recipients.n, x, 1, 0)) continue;
        int def, dy;
        int64_t h = S_role_noun(c, x, &def);
        if (h < 0 || !def) return 0;
        const char *cx = S_role_class(c, (uint32_t)h);
        int vict = S_lemma_is(c, (uint32_t)h, "victime");
        int same = 0;
        for (size_t j = 0; j < a->recipients.n && !same; j++) {
            const dp_event_arg *y = &a->recipients.v[j];
            int64_t g = S_role_noun(c, y, &dy);
            if (g < 0 || S_plural_noun(c, (uint32_t)g) != S_plural_noun(c, (uint32_t)h) || S_restricted(c, x, h, y))
                continue;
            if (!strcmp(S_tok(c, (uint32_t)g)->norm, S_tok(c, (uint32_t)h)->norm) &&
                !S_args_apart(c, x, y)) {   /* "un Français" ... "le Français" */
                same = 1;
                break;
            }
            const char *cy = S_role_class(c, (uint32_t)g);
            /* a sector of titles.tsv is followed by the gender */
            same = cy && (vict || (cx && strcspn(cx, "\t") == strcspn(cy, "\t") && !strncmp(cx, cy, strcspn(cx, "\t"))));
        }
        if (!same) return 0;
    }
    return 1;
}

/* The actors of E may be A's: none on one side, the same party, or on E's
 * side only definite nouns ("l'individu", "l'automobiliste", "le
 * suspect") while A names nobody either: one doer told by several nouns,
 * unless both nouns say what kind of people they are and the kinds differ
 * (police and civilians).                                                */
static int S_doer_retold(S_ctx *c, const dp_event *a, const dp_event *e)
{
    const dp_doc *d = c->d;
    if (!a->actors.n || !e->actors.n || S_actors_compatible(d, a, e)) return 1;
    for (size_t i = 0; i < a->actors.n; i++)
        if (a->actors.v[i].entity >= 0 && !d->ents.v[a->actors.v[i].entity].nominal) return 0;
    for (size_t i = 0; i < e->actors.n; i++) {
        const dp_event_arg *x = &e->actors.v[i];
        int def, dy;
        if (x->entity >= 0 && !d->ents.v[x->entity].nominal) return 0;
        int64_t h = S_role_noun(c, x, &def);
        if (h < 0 || !def) return 0;
        const char *cx = S_role_class(c, (uint32_t)h);
        for (size_t j = 0; j < a->actors.n && cx; j++) {
            int64_t g = S_role_noun(c, &a->actors.v[j], &dy);
            const char *cy = g >= 0 ? S_role_class(c, (uint32_t)g) : NULL;
            if (cy && strncmp(cx, cy, strcspn(cx, "\t"))) return 0;
        }
    }
    return 1;
}

/* The clause of E's trigger marks another act of the kind: "a aussi
 * blessé", "a ensuite attaqué", "a de nouveau frappé", "blessant encore",
 * "une autre"; from the clause's start (a comma, "que", "qui") to just
 * past its last recipient.  A time after another ("le lendemain", "plus
 * tard", "deux heures après") counts from the sentence's start.           */
static int S_again_marked(S_ctx *c, const dp_event *e)
{
    static const char *const marks[] = {"aussi", "egalement", "encore", "ensuite", "puis", "autre", "autres",
                                        "second", "seconde", "deuxieme", "troisieme", NULL};
    const dp_sentence *s = &c->d->sents.v[e->sent];
    uint32_t b = e->trigger.t0, end = e->trigger.t1 + 2;
    while (b > s->t0 && e->trigger.t0 - b < 10 && !S_is_comma(S_tok(c, b - 1)) &&
           !S_in(S_tok(c, b - 1)->norm, (const char *const[]){"que", "qu'", "qui", ";", NULL}))
        b--;
    for (size_t i = 0; i < e->recipients.n; i++)
        if (e->recipients.v[i].span.t0 >= e->trigger.t1 && e->recipients.v[i].span.t1 + 1 > end)
            end = e->recipients.v[i].span.t1 + 1;
    if (end > s->t1) end = s->t1;
    for (uint32_t j = s->t0; j < end; j++) {
        /* a time told before the clause ("Deux heures après, ...") counts too */
        if (S_is(c, j, "apres") && j > s->t0 &&
            S_lemma_among(c, j - 1, (const char *const[]){"peu", "heure", "minute", "jour", "semaine", "mois", NULL}))
            return 1;   /* "deux heures après", "peu après" */
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"lendemain", "surlendemain", "veille", "tard", NULL})) return 1;
        if (j < b) continue;
        if (S_in(S_tok(c, j)->norm, marks)) return 1;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"nouveau", "nouvelle", "nouvel", NULL}) && j > s->t0 &&
            S_in(S_tok(c, j - 1)->norm, (const char *const[]){"a", "de", NULL}))
            return 1;   /* "à nouveau", "de nouveau" */
    }
    return 0;
}

static int S_has_mode(const dp_event *e, const char *m);

/* "Un policier a été poignardé à Lyon" ... "l'homme a sorti un couteau et
 * a frappé l'agent" ... "l'officier, qui a été blessé, a été hospitalisé":
 * an attack verb whose recipients name again, definitely, the victims of an
 * earlier record of its type (S_victim_retold) tells that event again,
 * when nothing else differs: the kind of act (an abduction is not the
 * killing of its hostage), actors (S_doer_retold), place (a town of its
 * country is none), date, and no mark of another act (S_again_marked).
 * The last such record's index, or -1.                                    */
static int S_verb_retold(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    /* attacks: for a vote, a poll or a charge, one party named again is
     * often a new act ("les députés ont rejeté l'amendement" twice) */
    if (strcmp(e->event, "ASSAULT") || strncmp(e->why, "verb:", 5) || e->negated || e->future || !e->recipients.n ||
        S_again_marked(c, e))
        return -1;
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || strcmp(a->event, e->event) || a->negated || a->future || a->hypothetical || a->sent >= e->sent)
            continue;
        if (e->sent - a->sent > S_VERB_RETOLD_NEAR) return -1;
        /* "enlevé" then "tué par ses ravisseurs": the abduction and the killing are two acts */
        if (S_other_kind(a, e) || S_has_mode(a, "abduct") != S_has_mode(e, "abduct") ||
            S_response(c, a) != S_response(c, e) || !S_victim_retold(c, a, e))
            continue;
        int placed = a->place < 0 || e->place < 0 || S_same_place(d, a->place, e->place) ||
                     S_country_and_town(d, a->place, e->place);
        if (!placed || !S_dates_compatible(a, e) || !S_near_dates(a, e) || !S_doer_retold(c, a, e) ||
            S_lists_apart(c, a->recipients.v, a->recipients.n, e->recipients.v, e->recipients.n) ||
            S_lists_apart(c, a->actors.v, a->actors.n, e->actors.v, e->actors.n))
            return -1;
        return (int)j;
    }
    return -1;
}

#define S_RECAP_MAX 8   /* records a plural recap sums up at most */

/* "ces deux attentats", "les trois attaques", "ces violences": a plural
 * event noun after "ces", or "les" and a count (S_definite_again 2), told
 * after two records of its type or more, in the S_REMENTION_NEAR sentences
 * before and within a month, sums them up: the last of them (as many as
 * its count says, else all in reach) take its sentence as evidence and its
 * actors when they have none.  Not when it names an event apart ("les
 * autres attaques", a named one) or a complement of its own names none of
 * them ("les attaques contre les églises"); a record at another place than
 * its own, or with other actors or targets, is not summed up.  A total
 * toll told with it counts several records and is given to none.  Returns
 * 1 when it summed up records, 0 when fewer than two (or than its count)
 * are there.                                                              */
static int S_plural_recap(S_ctx *c, size_t k, const uint8_t *gone)
{
    static const char *const counts[] = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", NULL};
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:", 5) || e->negated || e->future || e->hypothetical || strstr(e->why, "+site") ||
        S_ordinal(c, e) || S_named(c, e) || S_definite_again(c, e) != 2)
        return 0;
    int want = 0;
    uint32_t s0 = d->sents.v[e->sent].t0, j = S_adjs_before(c, s0, e->trigger.t0, 3);
    if (j > s0) {
        const dp_token *t = S_tok(c, j - 1);
        if (t->kind == DP_TOK_NUM) want = t->num >= 2 && t->num <= S_RECAP_MAX ? (int)t->num : -1;
        for (int i = 0; counts[i]; i++)
            if (!strcmp(t->norm, counts[i])) want = i + 2;
    }
    /* "les bombardements" alone may name a whole campaign: "les" sums up
     * only with a count ("les deux attaques"), "ces" always does */
    if (want < 0 || (!want && !S_is(c, j - 1, "ces"))) return 0;
    uint32_t own = S_own_complement(c, e);
    size_t got[S_RECAP_MAX];
    int n = 0;
    for (size_t i = k; i-- > 0 && n < (want ? want : S_RECAP_MAX);) {
        const dp_event *a = &d->events.v[i];
        if (a->sent >= e->sent) continue;
        if (e->sent - a->sent > S_REMENTION_NEAR) break;
        if (gone[i] || strcmp(a->event, e->event) || a->negated || a->future || a->hypothetical) continue;
        if (!S_near_dates(a, e) || (own && !S_complement_names(c, own, a))) continue;
        /* "malgré les frappes de l'aviation" after the rebels' attacks: other parties */
        if (!S_actors_compatible(d, a, e) || !S_recipients_compatible(d, a, e)) continue;
        if (a->place >= 0 && e->place >= 0 && !S_same_place(d, a->place, e->place) &&
            !S_country_and_town(d, a->place, e->place))
            continue;
        got[n++] = i;
    }
    if (n < 2 || (want && n < want)) return 0;
    for (int i = 0; i < n; i++) {
        dp_event *a = &d->events.v[got[i]];
        S_also(d, a, e->sent);
        for (size_t m = 0; m < e->also_in.n; m++) S_also(d, a, e->also_in.v[m]);
        if (!a->actors.n && e->actors.n) {   /* a copy each: the records are apart */
            dp_event_arg *w = dp_arena_alloc(&d->arena, e->actors.n * sizeof *w);
            memcpy(w, e->actors.v, e->actors.n * sizeof *w);
            a->actors.v = w;
            a->actors.n = a->actors.cap = e->actors.n;
        }
    }
    return 1;
}

/* "ont dispersé les manifestants à Paris et à Lyon avec des gaz
 * lacrymogènes": record K, an event noun told in the clause of a verb's
 * record split by town (S_towns), of its type and at the same town, is
 * that town's act again, not an act of its own: the split record it
 * joins, or -1.                                                           */
static int S_split_twin(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (strncmp(e->why, "noun:", 5) || strstr(e->why, "+site") || e->place < 0) return -1;
    for (size_t j = k; j-- > 0 && d->events.v[j].sent == e->sent;) {
        const dp_event *a = &d->events.v[j];
        if (gone[j] || !strstr(a->why, "+site") || strncmp(a->why, "verb:", 5) || strcmp(a->event, e->event) ||
            !a->cameo || !e->cameo || strcmp(a->cameo, e->cameo) || a->place < 0 || !S_same_place(d, a->place, e->place) || a->trigger.t1 > e->trigger.t0)
            continue;
        /* in the verb's clause, no next act: no other verb, no ";", ":"
         * nor "puis" between ("..., puis des interpellations à Y") */
        uint32_t t = a->trigger.t1;
        while (t < e->trigger.t0 && !(S_tok(c, t)->pos & (DP_POS_V | DP_POS_AUX)) &&
               !S_in(S_tok(c, t)->norm, (const char *const[]){";", ":", "puis", "ensuite", "avant", "apres", NULL}))
            t++;
        return t == e->trigger.t0 ? (int)j : -1;
    }
    return -1;
}

#define S_SPEECH_NEAR 3   /* sentences apart (4 times as many in one paragraph) where one speaker's words on one target are one act */

/* Verbal acts told in words: blame, demand, refusal, threat.             */
static const char *const S_speech_types[] = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", NULL};

/* The word W is among the mentions of entity EN, its title or its role. */
static int S_entity_has_word(S_ctx *c, const dp_entity *en, const char *w)
{
    const dp_doc *d = c->d;
    for (size_t m = 0; m <= en->mentions.n + 1; m++) {
        dp_tspan sp = m < en->mentions.n ? en->mentions.v[m] : m == en->mentions.n ? en->title_span : en->role_span;
        for (uint32_t t = sp.t0; t < sp.t1 && t < d->toks.n; t++)
            if (!strcmp(S_tok(c, t)->norm, w)) return 1;
    }
    return 0;
}

/* X is a definite phrase of a title or role ("le nouveau porte-parole")
 * whose head noun the entity stage gave to Y's named entity: among its
 * mentions ("le porte-parole, Jean Untel"), its title or its role.  A
 * complement after the title ("le porte-parole de la mairie") must name
 * that entity's body too: each of its content words is among them.      */
static int S_title_names(S_ctx *c, const dp_event_arg *x, const dp_event_arg *y)
{
    const dp_doc *d = c->d;
    if (y->entity < 0 || d->ents.v[y->entity].nominal || (x->entity >= 0 && !d->ents.v[x->entity].nominal) ||
        x->span.t1 <= x->span.t0 || !S_in(S_tok(c, x->span.t0)->norm, S_retold_dets))
        return 0;
    const dp_entity *en = &d->ents.v[y->entity];
    /* the first title or role word of the phrase ("le nouveau porte-parole") */
    for (uint32_t h = x->span.t0 + 1; h < x->span.t1; h++) {
        const char *w = S_tok(c, h)->norm, *val[2];
        if (!S_role_class(c, h) && !dp_dict_find(d->model, "titles", w, strlen(w), val, 2)) continue;
        if (!S_entity_has_word(c, en, w)) return 0;
        /* "du gouvernement", "de la fédération": the body it serves, in
         * the phrase or right after it (the argument may stop at the title) */
        uint32_t s1 = d->sents.v[d->toks.v[h].sent].t1;
        if (h + 1 >= s1 || !S_in(S_tok(c, h + 1)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) return 1;
        for (uint32_t j = h + 2; j < s1 && j < h + 8; j++) {
            const dp_token *t = S_tok(c, j);
            if (S_is_comma(t) || S_is_stop(t) || S_is_verb(t)) break;
            if (!(t->pos & (DP_POS_NC | DP_POS_NP | DP_POS_ADJ)) && !(t->flags & DP_TF_CAP)) continue;
            if (!S_entity_has_word(c, en, t->norm)) return 0;
        }
        return 1;
    }
    return 0;
}

/* The lists V and W name one speaker: the same entity or words, or a
 * title phrase given to the other's entity (S_title_names).             */
static int S_same_speaker(S_ctx *c, const dp_event_arg *v, size_t nv, const dp_event_arg *w, size_t nw)
{
    for (size_t i = 0; i < nv; i++)
        for (size_t j = 0; j < nw; j++) {
            const dp_event_arg *x = &v[i], *y = &w[j];
            if ((x->entity >= 0 && x->entity == y->entity) || S_same_words(c->d, x->span, y->span) ||
                S_title_names(c, x, y) || S_title_names(c, y, x))
                return 1;
        }
    return 0;
}

/* The class of argument X: its sector, else the class of its head noun
 * ("la presse", "les journalistes": media); NULL when none is known.  *N
 * gets the length to compare (a class of titles.tsv is followed by a tab
 * and the gender).                                                        */
static const char *S_arg_class(S_ctx *c, const dp_event_arg *x, size_t *n)
{
    const char *k = x->actor.sector;
    if (!k) {
        int def;
        int64_t h = S_role_noun(c, x, &def);
        k = h >= 0 ? S_role_class(c, (uint32_t)h) : NULL;
    }
    if (k) *n = strcspn(k, "\t");
    return k;
}

/* The lists V and W name one target: the same party, or parties of one
 * class ("les médias", "la presse") and no two countries.                */
static int S_same_target(S_ctx *c, const dp_event_arg *v, size_t nv, const dp_event_arg *w, size_t nw)
{
    if (!nv || !nw) return 0;
    if (S_args_compatible(c->d, v, nv, w, nw, 0)) return 1;
    for (size_t i = 0; i < nv; i++)
        for (size_t j = 0; j < nw; j++) {
            size_t a = 0, b = 0;
            const char *x = S_arg_class(c, &v[i], &a), *y = S_arg_class(c, &w[j], &b);
            if (x && y && a == b && !strncmp(x, y, a) &&
                !(v[i].actor.country[0] && w[j].actor.country[0] && strcmp(v[i].actor.country, w[j].actor.country)))
                return 1;
        }
    return 0;
}

static int S_past_of_past(S_ctx *c, const dp_event *e);

/* The sentence of E, up to its trigger, tells another occasion: "le
 * lendemain", "la veille", "plus tard", "plus tôt", "à nouveau", "de nouveau"; a
 * past of the past ("le maire avait blâmé") or "déjà" in the trigger's
 * clause ("il blâmait déjà"); a time that is not the record's own date
 * ("L'an dernier, le maire ...": the time stage may have left the record
 * the publication day).                                                  */
static int S_other_occasion(S_ctx *c, const dp_event *e)
{
    const dp_doc *d = c->d;
    const dp_sentence *s = &d->sents.v[e->sent];
    if (S_past_of_past(c, e)) return 1;
    for (uint32_t j = e->trigger.t0; j-- > s->t0 && S_tok(c, j)->kind != DP_TOK_PUNCT;)
        if (S_is(c, j, "deja")) return 1;
    for (uint32_t j = s->t0; j < e->trigger.t0 && j < s->t1; j++) {
        if (c->time_at[j] < 0) continue;
        const dp_time *T = &d->times.v[c->time_at[j]];
        if (T->type != DP_TIME_DATE && T->type != DP_TIME_TIME) continue;
        size_t n = e->date ? strlen(e->date) : 0, m = strlen(T->value);
        if (!T->resolved || !n || strncmp(e->date, T->value, n < m ? n : m)) return 1;
    }
    for (uint32_t j = s->t0; j < e->trigger.t1 && j < s->t1; j++) {
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"lendemain", "surlendemain", "veille", "tard", "tot", NULL})) return 1;
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"nouveau", "nouvelle", "nouvel", NULL}) && j > s->t0 &&
            S_in(S_tok(c, j - 1)->norm, (const char *const[]){"a", "de", NULL}))
            return 1;
    }
    return 0;
}

/* "Paul Morel a critiqué samedi les journalistes ..." ... "Le nouveau
 * porte-parole reproche en outre aux journalistes ...": verbal acts of one
 * type, one speaker and one target (S_same_speaker, S_same_target), in
 * one paragraph or S_SPEECH_NEAR sentences apart (a paragraph's records
 * at most four times as far), with no dates of their
 * own that differ and no mark of another occasion, are one briefing or
 * one speech: the last such earlier record's index, or -1.  Other
 * dates, targets or speakers are other acts.                             */
static int S_speech_again(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (!S_in(e->event, S_speech_types) || !e->actors.n || !e->recipients.n || S_other_occasion(c, e)) return -1;
    for (size_t j = k; j-- > 0 && k - j <= S_MERGE_WINDOW;) {
        const dp_event *a = &d->events.v[j];
        if (a->sent > e->sent) continue;
        int gap = e->sent - a->sent;
        for (size_t i = 0; i < a->also_in.n; i++)
            if (a->also_in.v[i] <= e->sent && e->sent - a->also_in.v[i] < gap) gap = e->sent - a->also_in.v[i];
        if (gap > S_SPEECH_NEAR && (d->sents.v[a->sent].para != d->sents.v[e->sent].para || gap > 4 * S_SPEECH_NEAR)) {
            if (e->sent - a->sent > 4 * S_SPEECH_NEAR) return -1;
            continue;
        }
        if (gone[j] || strcmp(a->event, e->event) || a->negated != e->negated || a->future != e->future ||
            a->hypothetical != e->hypothetical || !S_dates_compatible(a, e))
            continue;
        if (S_same_speaker(c, a->actors.v, a->actors.n, e->actors.v, e->actors.n) &&
            S_same_target(c, a->recipients.v, a->recipients.n, e->recipients.v, e->recipients.n))
            return (int)j;
    }
    return -1;
}

/* ---- one attack told over a whole article ------------------------------ */

/* The weapons an attack record names in its modes, one bit each.        */
static unsigned S_weapons(const dp_event *e)
{
    static const char *const w[] = {"firearms", "explosives", "primitive", "aerial", "chemical", NULL};
    unsigned m = 0;
    for (int i = 0; i < e->nmode; i++)
        for (unsigned b = 0; w[b]; b++)
            if (!strcmp(e->mode[i], w[b])) m |= 1u << b;
    return m;
}

/* The days record E may have happened on, from *LO to *HI (days from
 * 1970): its own day, or, dated only by the publication, that day or the
 * day before (the news of the day).  0 when E has no day.                */
static int S_day_span(const dp_event *e, long *lo, long *hi)
{
    if (!S_iso_day(e->date, hi)) return 0;
    int pub = !strcmp(e->date_precision, "published");
    if (!pub && strcmp(e->date_precision, "day")) return 0;
    *lo = *hi - pub;
    return 1;
}

/* Records A and B may tell the events of one day (S_day_span).          */
static int S_same_day(const dp_event *a, const dp_event *b)
{
    long a0, a1, b0, b1;
    return S_day_span(a, &a0, &a1) && S_day_span(b, &b0, &b1) && a0 <= b1 && b0 <= a1;
}

/* Record E is an attack the article tells as a scene: an ASSAULT record,
 * real (not negated, future or hypothetical: a plot, a threat), and not
 * the forces' answer to it (S_response, S_forces_only).                  */
static int S_scene_attack(S_ctx *c, const dp_event *e)
{
    /* damage to things (cars, tyres, shops set alight) is told piece by
     * piece over a night of riots: each its own act */
    if (strcmp(e->event, "ASSAULT") || e->negated || e->future || e->hypothetical || S_has_mode(e, "destroy") ||
        S_response(c, e) || S_forces_only(c, e))
        return 0;
    /* a unit of the police or army ("le GIGN", "le RAID") acting */
    size_t f = 0;
    for (size_t i = 0; i < e->actors.n; i++) {
        const char *sec = e->actors.v[i].actor.sector;
        f += sec && (!strcmp(sec, "COP") || !strcmp(sec, "MIL"));
    }
    return !(e->actors.n && f == e->actors.n);
}

/* Record E is an act of war: troops taking ground, air strikes (modes
 * troops, aerial).  Its phases are told one by one, at one town and on
 * days close together: no scene of one attack.                            */
static int S_war_act(const dp_event *e)
{
    return S_has_mode(e, "troops") || S_has_mode(e, "aerial");
}

/* How much of the guideline's anchor record E tells in its own sentence:
 * actor, target, a place finer than a country or region, and a day of
 * its own (a date told by a time expression of the sentence, not a time
 * of day alone).                                                         */
static int S_told(S_ctx *c, const dp_event *e)
{
    const dp_doc *d = c->d;
    int day = 0;
    const dp_sentence *s = &d->sents.v[e->sent];
    for (uint32_t j = s->t0; j < s->t1 && e->date && !day; j++) {
        if (c->time_at[j] < 0) continue;
        const dp_time *T = &d->times.v[c->time_at[j]];
        day = T->type == DP_TIME_DATE && T->resolved && T->value && !strncmp(T->value, e->date, strlen(e->date));
    }
    const char *pr = e->place >= 0 ? d->places.v[e->place].precision : NULL;
    return (e->actors.n > 0) + (e->recipients.n > 0) + (pr && strcmp(pr, "country") && strcmp(pr, "admin1")) + day;
}

/* The trigger of E is a plural event noun ("des attentats", "une série
 * d'attaques"): several acts told at once.                                */
static int S_plural_event_noun(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "noun:", 5) || e->trigger.t1 <= e->trigger.t0) return 0;
    const char *w = S_tok(c, e->trigger.t1 - 1)->norm;
    size_t l = strlen(w);
    return l > 1 && (w[l - 1] == 's' || w[l - 1] == 'x');
}

/* Some recipient of E, not one of A's, is a noun of a kind of people
 * (S_role_class) that A's recipients, of their kinds, are not: other
 * victims ("un policier" ... "le gendarme", "un soldat" ... "le
 * passant").  A recipient of no known kind sets nothing apart.          */
static int S_victims_apart(S_ctx *c, const dp_event *a, const dp_event *e)
{
    const dp_doc *d = c->d;
    for (size_t i = 0; i < e->recipients.n; i++) {
        const dp_event_arg *x = &e->recipients.v[i];
        if (S_args_compatible(d, a->recipients.v, a->recipients.n, x, 1, 0)) continue;
        int def, dy, same = 0, other = 0;
        int64_t h = S_role_noun(c, x, &def);
        const char *cx = h >= 0 ? S_role_class(c, (uint32_t)h) : NULL;
        for (size_t j = 0; j < a->recipients.n && cx; j++) {
            int64_t g = S_role_noun(c, &a->recipients.v[j], &dy);
            const char *cy = g >= 0 ? S_role_class(c, (uint32_t)g) : NULL;
            if (!cy) continue;
            size_t n = strcspn(cx, "\t");
            if (n == strcspn(cy, "\t") && !strncmp(cx, cy, n)) same = 1;
            else other = 1;
        }
        if (other && !same) return 1;
    }
    return 0;
}

/* The common-noun argument X opens with an indefinite determiner or a
 * number ("une passante", "sept ouvriers", "des clients"): its opening
 * word, or NULL.                                                         */
static const char *S_new_people(S_ctx *c, const dp_event_arg *x)
{
    static const char *const indef[] = {"un", "une", "des", "plusieurs", "quelques", NULL};
    if (x->span.t1 <= x->span.t0 || (x->entity >= 0 && !c->d->ents.v[x->entity].nominal)) return NULL;
    const dp_token *t = S_tok(c, x->span.t0);
    int count = t->kind == DP_TOK_NUM || (S_number_word(t->norm) && !S_in(t->norm, (const char *const[]){
                                              "aucun", "aucune", "chaque", NULL}));
    return S_in(t->norm, indef) || count ? t->norm : NULL;
}

/* Some recipient of E, not one of A's, brings in new people: a phrase
 * that opens with an indefinite determiner or a number (S_new_people),
 * not a site, and shares no words with A's or gives another count of them
 * ("tuant quatre passants" after "tuant neuf passants").  A retelling
 * names the victims again ("le caissier", "les sept ouvriers", "l'", a
 * name); a new scene brings in people of its own.  When A names no people
 * ("une fusillade a éclaté devant un bar"), the victims that the retelling
 * brings in ("a tiré sur des passants") are the first told, none new.    */
static int S_new_victims(S_ctx *c, const dp_event *a, const dp_event *e)
{
    const dp_doc *d = c->d;
    size_t people = 0;
    for (size_t j = 0; j < a->recipients.n; j++) people += !S_site_np(c, a->recipients.v[j].span);
    if (!people) return 0;
    for (size_t i = 0; i < e->recipients.n; i++) {
        const dp_event_arg *x = &e->recipients.v[i];
        const char *w = S_new_people(c, x);
        if (!w || S_site_np(c, x->span)) continue;
        int same = 0;
        for (size_t j = 0; j < a->recipients.n && !same; j++) {
            const char *v = S_new_people(c, &a->recipients.v[j]);
            same = S_args_compatible(d, &a->recipients.v[j], 1, x, 1, 0) && (!v || !strcmp(v, w));
        }
        if (!same) return 1;
    }
    return 0;
}

/* "Une fusillade a fait deux blessés lundi soir dans une supérette de
 * Brive" ... (two paragraphs on) "un jeune homme a ouvert le feu sur le
 * gérant": an article that has told one attack so far (one earlier record
 * of S_scene_attack among the last S_MERGE_WINDOW records, whatever its
 * distance in sentences) tells that attack again when a later sentence
 * tells an attack at no place of its own or at the same place (a town or
 * finer: not a country) on the same day (S_same_day), with no
 * mark of another act ("un autre", "encore", "le lendemain", an ordinal,
 * another time: S_again_marked, S_other_occasion), of the same kind
 * (no abduction beside a killing, no damage to things beside harm to
 * people, no other weapon), with no doer of its own that is another
 * (S_doer_retold), not only other named victims (S_named_apart: the
 * people one attack hurts are told one by one) and no victims of another
 * kind (S_victims_apart: "un policier" ... "le gendarme") nor new ones
 * (S_new_victims: "une passante" after the shop's cashier).  Damage to
 * things alone is no scene (S_scene_attack).  Two attacks told already,
 * or a place or day apart, keep it a record of its own.  The earlier
 * record's index, or -1.                                                 */
static int S_scene_again(S_ctx *c, size_t k, const uint8_t *gone)
{
    dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if (!S_scene_attack(c, e) || (e->place >= 0 && S_country_place(d, e->place)) || S_again_marked(c, e) ||
        S_other_occasion(c, e) || S_ordinal(c, e) || S_plural_event_noun(c, e))
        return -1;
    int one = -1;
    for (size_t j = k > S_MERGE_WINDOW ? k - S_MERGE_WINDOW : 0; j < k; j++) {
        if (gone[j]) continue;
        /* an attack record of its own sentence before it: the two are read
         * together (S_same_event), as one act or two */
        if (d->events.v[j].sent == e->sent && !strcmp(d->events.v[j].event, e->event)) return -1;
        if (!S_scene_attack(c, &d->events.v[j])) continue;
        if (one >= 0) return -1;   /* two attacks told: which one is unknown */
        one = (int)j;
    }
    if (one < 0) return -1;
    const dp_event *a = &d->events.v[one];
    /* a headline's record is told again by its lead (S_same_event), which takes its place */
    if ((S_headline(d, a->sent) && a->also_in.n == 0) || S_plural_event_noun(c, a)) return -1;
    if (a->sent >= e->sent || (e->place >= 0 && (a->place < 0 || !S_same_place(d, a->place, e->place))) ||
        !S_same_day(a, e))
        return -1;
    if (S_war_act(a) || S_war_act(e)) return -1;
    unsigned wa = S_weapons(a), we = S_weapons(e);
    if (S_other_kind(a, e) || S_has_mode(a, "abduct") != S_has_mode(e, "abduct") || (wa && we && !(wa & we))) return -1;
    if (!S_doer_retold(c, a, e) || S_lists_apart(c, a->actors.v, a->actors.n, e->actors.v, e->actors.n)) return -1;
    if (S_named_apart(d, a, e) || S_victims_apart(c, a, e) || S_new_victims(c, a, e)) return -1;   /* other people */
    /* "..., tuant quatre passants": the toll of its sentence told by a
     * participle after a comma, a record of its own; another later record
     * of the sentence ("... mais une passante est blessée") is no toll */
    for (size_t j = k + 1; j < d->events.n && d->events.v[j].sent == e->sent; j++)
        if (!gone[j] && S_comma_participle(c, d->sents.v[e->sent].t0, d->events.v[j].trigger.t0) &&
            S_new_victims(c, a, &d->events.v[j]))
            return -1;
    return one;
}

/* S_merge folds record K into record A (S_fold) and K is gone.  A debug
 * build with -DDP_EVENT_NOFOLD (make B=build-nofold CFLAGS="-O2 -g
 * -DDP_EVENT_NOFOLD" lib cli, for scripts/train_fold.py, which studies the
 * pairs the rules fold) folds nothing: both records stay as they are.    */
static void S_merge_fold(S_ctx *c, size_t a, size_t k, int keep, uint8_t *gone)
{
#ifdef DP_EVENT_NOFOLD
    (void)c; (void)a; (void)k; (void)keep; (void)gone;
#else
    S_fold(c, &c->d->events.v[a], &c->d->events.v[k], keep);
    gone[k] = 1;
#endif
}

static void S_merge(S_ctx *c)
{
    dp_doc *d = c->d;
    size_t n = d->events.n;
    uint8_t *gone = dp_arena_alloc(&d->arena, n + 1);
    memset(gone, 0, n + 1);
    for (size_t k = 0; k < n; k++) {
        int r = S_time_ref(c, k, gone);
        if (r >= 0) {   /* "après la fusillade": the record keeps its own words */
            S_merge_fold(c, r, k, 1, gone);
            continue;
        }
        int a = S_antecedent(c, k, gone);
        if (a == -2) {   /* a past event named in passing */
            gone[k] = 1;
            continue;
        }
        int p = a < 0 ? S_part_of(c, k, gone) : -1;
        if (p < 0 && a < 0) p = S_custody_state(c, k, gone);
        if (p < 0 && a < 0) p = S_split_twin(c, k, gone);
        if (p >= 0) {   /* taking part, a custody state: the event keeps its own words */
            S_merge_fold(c, p, k, 1, gone);
            continue;
        }
        if (a < 0) a = S_light_retold(c, k, gone);
        if (a < 0) a = S_remention(c, k, gone);
        if (a < 0) a = S_verb_retold(c, k, gone);
        if (a < 0 && S_plural_recap(c, k, gone)) {   /* its sentence went to the records it sums up */
            gone[k] = 1;
            continue;
        }
        if (a >= 0 && !gone[a]) {
            S_merge_fold(c, a, k, 0, gone);
            continue;
        }
        if (S_bare(c, &d->events.v[k]) || strstr(d->events.v[k].why, "+told") || S_bare_name(c, &d->events.v[k])) {
            gone[k] = 1;
            continue;
        }
        if (S_sport_play(c, &d->events.v[k]) || S_qualifier(c, &d->events.v[k]) || S_attribute_state(c, &d->events.v[k]) ||
            S_enjoyed(c, &d->events.v[k]) ||
            S_poll_share(c, &d->events.v[k]) ||
            S_protest_part(c, k) || S_quoted_mention(c, k) ||
            S_object_of(c, k) || S_frame(c, k, gone)) {
            gone[k] = 1;
            continue;
        }
        int v = S_speech_again(c, k, gone);
        if (v >= 0) {   /* one speaker's words on one target: one act */
            S_merge_fold(c, v, k, 0, gone);
            continue;
        }
        int g = S_attackers_again(c, k, gone);
        if (g >= 0) {
            S_merge_fold(c, g, k, 0, gone);
            continue;
        }
        int t = S_toll_of(c, k, gone);
        if (t >= 0) {
            /* a toll joining a toll: the one that tells more stays */
            S_merge_fold(c, t, k, !strstr(d->events.v[t].why, "+toll"), gone);
            continue;
        }
        int sc = S_scene_again(c, k, gone);
        if (sc >= 0) {   /* the article's one attack told again: the earlier record keeps its words
                          * when it tells as much (S_told), else S_info chooses (S_fold) */
            S_merge_fold(c, sc, k, (S_told(c, &d->events.v[k]) <= S_told(c, &d->events.v[sc])) | S_FOLD_VICTIMS,
                         gone);
            continue;
        }
        /* "la première explosion a frappé X, tandis que la deuxième
         * explosion visait Y", "deux bombes ont explosé ... et une
         * troisième bombe": a second, third ... counts a new event beside
         * the one its sentence told first (not in apposition, "..., le
         * deuxième attentat en une semaine"; a later sentence's "la
         * deuxième attaque" may retell part of a "double attentat") */
        int counted = S_counted_again(c, &d->events.v[k]);
        for (size_t j = 0; j < k; j++) {
            if (j >= S_HEAD_RECORDS && j + S_MERGE_WINDOW < k) j = k - S_MERGE_WINDOW;
            if (counted && d->events.v[j].sent == d->events.v[k].sent) continue;
            if (S_relative_apart(c, &d->events.v[j], &d->events.v[k])) continue;
            if (!gone[j] && !S_attack_and_response(c, &d->events.v[j], &d->events.v[k]) &&
                !S_attack_and_forces(c, &d->events.v[j], &d->events.v[k]) &&
                (S_same_event(d, &d->events.v[j], &d->events.v[k]) ||
                 S_same_arrest(d, &d->events.v[j], &d->events.v[k]) || S_added_to(c, &d->events.v[j], &d->events.v[k]))) {
                S_merge_fold(c, j, k, 0, gone);
                break;
            }
        }
    }
    size_t w = 0;
    for (size_t k = 0; k < n; k++)
        if (!gone[k]) d->events.v[w++] = d->events.v[k];
    d->events.n = w;
}

#define S_SUMMARY_NEAR 6   /* sentences after a counted summary where its events are told */

/* Token I is a count of two or more ("deux", "3").                       */
static int S_two_or_more(S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    if (t->kind == DP_TOK_NUM) return t->num >= 2;
    return S_in(t->norm, (const char *const[]){"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", NULL});
}

/* The event noun of E is plural and counted, itself ("deux attaques
 * coordonnées") or through the sites it targets ("des attentats ... dans
 * deux mosquées"): it sums up several events.                             */
static int S_counted_plural(S_ctx *c, const dp_event *e)
{
    if (strncmp(e->why, "noun:", 5) || e->trigger.t1 <= e->trigger.t0) return 0;
    const char *w = S_tok(c, e->trigger.t1 - 1)->norm;
    size_t l = strlen(w);
    if (l < 2 || (w[l - 1] != 's' && w[l - 1] != 'x')) return 0;
    uint32_t j = e->trigger.t0, s0 = c->d->sents.v[e->sent].t0;
    while (j > s0 && (S_tok(c, j - 1)->pos & DP_POS_ADJ) && !S_is_det(c, j - 1) && !S_two_or_more(c, j - 1)) j--;
    if (j > s0 && S_two_or_more(c, j - 1)) return 1;
    for (size_t i = 0; i < e->recipients.n; i++) {   /* sites counted, not a toll ("22 personnes") */
        dp_tspan r = e->recipients.v[i].span;
        if (r.t1 > r.t0 + 1 && S_two_or_more(c, r.t0) && S_site_np(c, (dp_tspan){r.t0 + 1, r.t1})) return 1;
    }
    return 0;
}

/* "Deux attaques ont eu lieu à Ouagadougou ... ont attaqué l'ambassade ...
 * et l'état-major": a counted plural event noun whose events the next
 * sentences tell one by one (two records of its type or more) sums them
 * up; it joins the first of them and is no record of its own.           */
static void S_summaries(S_ctx *c)
{
    dp_doc *d = c->d;
    size_t w = 0;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        int first = -1, n = 0;
        size_t end = S_counted_plural(c, e) ? d->events.n : k + 1;   /* asked once, not at each pass */
        for (size_t j = k + 1; j < end && d->events.v[j].sent <= e->sent + S_SUMMARY_NEAR; j++) {
            const dp_event *a = &d->events.v[j];
            if (strcmp(a->event, e->event) || a->future || a->negated || a->hypothetical ||
                (a->sent == e->sent && a->trigger.t0 < e->trigger.t1))
                continue;
            if (first < 0) first = (int)j;
            n++;
        }
        if (n >= 2) {
            S_fold(c, &d->events.v[first], e, 1);
            continue;
        }
        if (w != k) d->events.v[w] = *e;
        w++;
    }
    d->events.n = w;
}

/* Sentence SI repeats an earlier passage whose events it tells again.  A
 * lead that retells the headline ("L'Iran procède à un essai de
 * fusée" / "l'agence Irna indique que l'Iran a procédé à un essai de
 * fusée spatiale") is coded itself: it says more, and the headline
 * joins its records when they merge.                                     */
static int S_retold(const dp_doc *d, int32_t si)
{
    int32_t r = d->sents.v[si].repeat_of;
    return r >= 0 && (size_t)r < d->sents.n && !S_headline(d, r);
}

/* A repeated sentence tells the events of the sentence it repeats: it
 * joins their also_in.                                                      */
static void S_repeats(dp_doc *d)
{
    size_t ns = d->sents.n, ne = d->events.n;
    uint32_t *start = dp_arena_alloc(&d->arena, (ns + 2) * sizeof *start);
    memset(start, 0, (ns + 2) * sizeof *start);
    size_t total = 0;
    for (size_t k = 0; k < ne; k++) {
        const dp_event *e = &d->events.v[k];
        start[e->sent + 1]++;
        for (size_t i = 0; i < e->also_in.n; i++) start[e->also_in.v[i] + 1]++;
        total += 1 + e->also_in.n;
    }
    for (size_t i = 0; i < ns; i++) start[i + 1] += start[i];
    uint32_t *list = dp_arena_alloc(&d->arena, (total + 1) * sizeof *list);
    uint32_t *fill = dp_arena_alloc(&d->arena, (ns + 1) * sizeof *fill);
    memcpy(fill, start, ns * sizeof *fill);
    for (size_t k = 0; k < ne; k++) {
        const dp_event *e = &d->events.v[k];
        list[fill[e->sent]++] = (uint32_t)k;
        for (size_t i = 0; i < e->also_in.n; i++) list[fill[e->also_in.v[i]]++] = (uint32_t)k;
    }
    for (size_t si = 0; si < ns; si++) {
        int32_t r = d->sents.v[si].repeat_of;
        if (!S_retold(d, (int32_t)si)) continue;
        for (uint32_t k = start[r]; k < start[r + 1]; k++) S_also(d, &d->events.v[list[k]], (int32_t)si);
    }
}

/* Record E has mode M among its modes.                                   */
static int S_has_mode(const dp_event *e, const char *m)
{
    for (int i = 0; i < e->nmode; i++)
        if (!strcmp(e->mode[i], m)) return 1;
    return 0;
}

/* A release told with the abduction in one sentence ("enlevés par des
 * pirates avant d'être libérés une semaine plus tard"): with no party
 * of its own, the captors release and the hostages are released.        */
static void S_captors(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 1; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "RETREAT") || !S_has_mode(e, "release") || e->actors.n) continue;
        for (size_t j = k; j-- > 0 && d->events.v[j].sent == e->sent;) {
            const dp_event *a = &d->events.v[j];
            if (strcmp(a->event, "ASSAULT") || !S_has_mode(a, "abduct") || !a->actors.n) continue;
            S_join_args(d, &e->actors.v, &e->actors.n, &e->actors.cap, a->actors.v, a->actors.n, e->recipients.v,
                        e->recipients.n);
            if (!e->recipients.n)
                S_join_args(d, &e->recipients.v, &e->recipients.n, &e->recipients.cap, a->recipients.v, a->recipients.n,
                            e->actors.v, e->actors.n);
            break;
        }
    }
}

/* A riposte with no target ("Les militaires ont riposté") is aimed at
 * those who carried out the attack told just before it.                  */
static void S_riposte(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 1; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") || e->recipients.n) continue;
        char b[64];
        const char *l = S_lemma(c, e->trigger.t1 - 1, b, sizeof b);
        if (!S_in(l, (const char *const[]){"riposter", "repliquer", "riposte", NULL})) continue;
        for (size_t j = k; j-- > 0 && d->events.v[j].sent + 3 >= e->sent;) {
            const dp_event *a = &d->events.v[j];
            /* a riposte with no actor of its own: aimed at the attackers all the same */
            if (strcmp(a->event, "ASSAULT") || !a->actors.n || (e->actors.n && S_actors_compatible(d, a, e))) continue;
            S_join_args(d, &e->recipients.v, &e->recipients.n, &e->recipients.cap, a->actors.v, a->actors.n, e->actors.v,
                        e->actors.n);
            break;
        }
    }
}

/* The target sentence S tells again for the attack E (pushed to E), 1 if
 * any: the object of "viser", "cibler", "toucher" or "atteindre" whose
 * subject is a definite attack noun ("L'attentat visait un restaurant"),
 * only when NOUNS; the object of "viser", "cibler", "attaquer", or the
 * "contre" complement of another verb, whose subject is a definite
 * attacker noun ("Les assaillants ont lancé un camion contre un poste de
 * police", "le kamikaze visait un hôtel").                                */
static int S_attack_retold_in(S_ctx *c, const dp_sentence *s, dp_event *e, int nouns)
{
    /* another sentence with a time of its own before its verb ("En 2019,
     * les assaillants visaient ...", "La veille, l'attentat visait"): it
     * tells another time, maybe another attack -- unless that time is the
     * attack's own date */
    const dp_doc *d = c->d;
    uint32_t first_time = s->t1;
    if (s != &d->sents.v[e->sent])
        for (size_t i = 0; i < d->times.n; i++) {
            const dp_time *T = &d->times.v[i];
            if (T->span.t0 < s->t0 || T->span.t0 >= s->t1 || T->span.t0 >= first_time) continue;
            if (e->date && T->value && !strncmp(T->value, e->date, 10) && strlen(T->value) >= 10) continue;
            first_time = T->span.t0;
        }
    for (uint32_t j = s->t0 + 2; j < s->t1; j++) {
        if (!S_is_verb(S_tok(c, j)) || S_is_aux(c, j)) continue;
        if (j > first_time) return 0;
        uint32_t g = S_group_start(c, s->t0, j, NULL);
        uint32_t n = g > s->t0 && S_is(c, g - 1, "qui") ? g - 1 : g;
        if (n <= s->t0 + 1) continue;
        const char *args = "obj";
        if (S_lemma_among(c, n - 1, S_attacker_nouns) && !S_lemma_is(c, n - 1, "suspect") && S_is_det(c, n - 2) &&
            !S_in(S_tok(c, n - 2)->norm, (const char *const[]){"un", "une", "des", NULL})) {
            char b[64];
            if (!S_in(S_lemma(c, j, b, sizeof b), (const char *const[]){"viser", "cibler", "attaquer", NULL})) args = "contre";
        } else {
            if (!nouns || !S_anaphoric(c, s, n - 1) ||
                S_in(S_tok(c, n - 2)->norm, (const char *const[]){"premier", "premiere", "deuxieme", "second", "seconde",
                                                                   "troisieme", "autre", "nouvel", "nouvelle", NULL}))
                continue;   /* "la deuxième explosion visait": another one */
            S_match m;
            const S_entry *le = S_pick(S_match_ref(c, n - 1, s->t1, &m), P_NOUN);
            if (!le || strcmp(le->f[F_EVENT], "ASSAULT") || !S_aimed_verb(c, s, n, j)) continue;
        }
        S_args P = {0};
        P.place = -1;
        S_complements(c, j + 1, s->t1, args, 0, &P);
        int np = 0;
        for (int i = 0; i < P.nrecip; i++)
            if (!S_is_plain_place(c, P.recip[i].ent, P.recip[i].sp)) P.recip[np++] = P.recip[i];
        if (!np) continue;
        S_push_args(c, P.recip, np, 1, e);   /* past the merge: copies the list first */
        return 1;
    }
    return 0;
}

/* An attack whose own sentence names no target, told again in a sentence
 * the merge folded into its record (also_in, its own sentence too: the
 * retelling may be it) or, by its attackers only, in the next two
 * sentences before another attack is told ("Une attaque a fait quatre
 * morts mardi.  Les assaillants ont lancé un véhicule piégé contre un
 * camp"): the target that retelling names (S_attack_retold_in).         */
static void S_attack_retold(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") || e->sent < 0 || (size_t)e->sent >= d->sents.n) continue;
        const dp_sentence *own = &d->sents.v[e->sent];
        int told = 0;
        for (size_t i = 0; i < e->recipients.n; i++)
            told |= e->recipients.v[i].span.t0 >= own->t0 && e->recipients.v[i].span.t1 <= own->t1;
        if (told) continue;
        for (size_t a = 0; a <= e->also_in.n && !told; a++) {
            int32_t si = a < e->also_in.n ? e->also_in.v[a] : e->sent;
            if ((a < e->also_in.n && si == e->sent) || si < 0 || (size_t)si >= d->sents.n) continue;
            told = S_attack_retold_in(c, &d->sents.v[si], e, 1);
        }
        for (int32_t si = e->sent + 1; !told && si <= e->sent + 2 && (size_t)si < d->sents.n; si++) {
            int other = 0;
            for (size_t j = 0; j < d->events.n && !other; j++)
                other = j != k && d->events.v[j].sent == si && !strcmp(d->events.v[j].event, "ASSAULT");
            if (other) break;
            told = S_attack_retold_in(c, &d->sents.v[si], e, 0);
        }
    }
}

/* The person the attacker noun phrase [T0, T1) is said to be: "L'assaillant,
 * un homme de 31 ans nommé X", "le suspect se dénommerait X", "le tireur,
 * X,", or "Il s'agit de X" opening the next sentence.                    */
static int S_attacker_name(S_ctx *c, uint32_t t0, uint32_t t1, S_arg *out)
{
    const dp_doc *d = c->d;
    int32_t si = d->toks.v[t0].sent;
    uint32_t s1 = d->sents.v[si].t1, j = t1;
    if (j + 1 < s1 && S_is_comma(S_tok(c, j)) && c->ment[j + 1] >= 0) {   /* "le tireur, X," */
        S_mention_at(c, j + 1, out);
        if (d->ents.v[out->ent].type == DP_ENT_PER) return 1;
    }
    if (j + 1 < s1 && S_is_comma(S_tok(c, j)) && S_is_det(c, j + 1)) {   /* "L'assaillant, un homme nommé X" */
        S_arg np, named[2];
        if (S_np_at(c, j + 1, s1, &np) && S_named_as(c, &np, named, 2)) {
            *out = named[0];
            return 1;
        }
    }
    while (j < s1 && j < t1 + 3 && (S_is(c, j, "se") || S_is(c, j, "s'") || (S_tok(c, j)->pos & DP_POS_ADV))) j++;
    char b[64];
    if (j + 1 < s1 && S_in(S_lemma(c, j, b, sizeof b), (const char *const[]){"denommer", "appeler", "nommer", NULL}) &&
        c->ment[j + 1] >= 0) {   /* "le suspect se dénommerait X" */
        S_mention_at(c, j + 1, out);
        if (d->ents.v[out->ent].type == DP_ENT_PER) return 1;
    }
    if ((size_t)si + 1 < d->sents.n) {   /* "... l'agresseur a été abattu.  Il s'agit d'un chômeur de 34 ans" */
        const dp_sentence *n = &d->sents.v[si + 1];
        uint32_t k = n->t0;
        if (k + 3 < n->t1 && S_is(c, k, "il") && (S_is(c, k + 1, "s'") || S_is(c, k + 1, "se")) &&
            S_lemma_is(c, k + 2, "agir") && S_in(S_tok(c, k + 3)->norm, (const char *const[]){"de", "d'", NULL}) &&
            k + 4 < n->t1 && (c->ment[k + 4] >= 0 ? S_mention_at(c, k + 4, out) : S_np_at(c, k + 4, n->t1, out)) &&
            !S_agentless(c, out))
            return 1;
    }
    return 0;
}

/* "l'individu ayant porté le coup de couteau", "l'homme qui a poignardé
 * le policier", "l'auteur des tirs", "l'assassin": a definite phrase that
 * names the doer of an attack, starting at the article T and subject of
 * a verb of its own: a person noun whose participle ("ayant") or "qui"
 * clause is an attack verb of the lexicon or "porter un coup", the
 * "auteur" of an attack noun, or an attacker noun (not "suspect": a
 * suspicion names no author).  The phrase, up to its verb, goes to OUT.   */
static int S_perpetrator_phrase(S_ctx *c, uint32_t t, uint32_t s1, S_arg *out)
{
    if (!S_in(S_tok(c, t)->norm, (const char *const[]){"le", "la", "l'", "les", NULL}) || t + 2 >= s1) return 0;
    uint32_t h = t + 1, end = 0;
    if (S_lemma_among(c, h, S_attacker_nouns) && !S_lemma_is(c, h, "suspect")) end = h + 1;
    else if (S_lemma_is(c, h, "auteur")) {   /* "l'auteur (présumé) de l'attaque" */
        uint32_t j = h + 1;
        if (j < s1 && (S_tok(c, j)->pos & DP_POS_ADJ) && !(S_tok(c, j)->pos & DP_POS_PREP)) j++;
        if (j + 1 >= s1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) return 0;
        uint32_t q = j + 1;
        while (q < s1 && q < j + 3 && S_is_det(c, q) && c->ment[q] < 0) q++;
        S_entry e[S_SENSES];
        size_t n = q < s1 ? S_lookup_tok(c, q, e, S_SENSES) : 0;
        for (size_t k = 0; k < n && !end; k++)
            if (e[k].part == P_NOUN && e[k].f[F_EVENT] && !strcmp(e[k].f[F_EVENT], "ASSAULT")) end = q + 1;
        if (!end && q + 1 < s1 && S_lemma_is(c, q, "coup") && S_is(c, q + 1, "de")) end = q + 1;   /* "des coups de couteau" */
        if (!end) return 0;
        while (end < s1 && (S_is(c, end, "de") || S_is(c, end, "d'")) && end + 1 < s1 && !S_is_verb(S_tok(c, end + 1)))
            end += 2;   /* "des coups de couteau" */
    } else if (S_lemma_among(c, h, (const char *const[]){"individu", "homme", "femme", "jeune", NULL})) {
        uint32_t j = h + 1, v;
        if (j < s1 && S_lemma_among(c, j, (const char *const[]){"homme", "femme", NULL})) j++;   /* "le jeune homme" */
        if (j + 1 < s1 && S_is(c, j, "ayant")) v = j + 1;
        else if (j + 2 < s1 && S_is(c, j, "qui") && S_is_aux(c, j + 1)) v = j + 2;
        else return 0;
        if (!(S_tok(c, v)->pos & DP_POS_VPP)) return 0;
        int attack = S_lemma_is(c, v, "porter") && v + 2 < s1 && S_is_det(c, v + 1) && S_lemma_is(c, v + 2, "coup");
        S_entry e[S_SENSES];
        size_t n = attack ? 0 : S_lookup_tok(c, v, e, S_SENSES);
        for (size_t k = 0; k < n && !attack; k++)
            attack = e[k].part == P_VERB && e[k].f[F_EVENT] && !strcmp(e[k].f[F_EVENT], "ASSAULT");
        if (!attack) return 0;
        end = v + 1;   /* the clause runs to the phrase's own verb */
        while (end < s1 && end < v + 12 && !S_is_comma(S_tok(c, end)) && !S_is_stop(S_tok(c, end)) && !S_is_aux(c, end) &&
               !S_is_clause_verb(c, end) && !S_in(S_tok(c, end)->norm, (const char *const[]){"se", "s'", "ne", "n'", NULL}))
            end++;
    } else
        return 0;
    /* a subject: its verb follows (past a clitic or an adverb) */
    uint32_t j = end;
    while (j < s1 && j < end + 3 &&
           (S_in(S_tok(c, j)->norm, (const char *const[]){"lui", "leur", "l'", "les", "se", "s'", "ne", "n'", "y", NULL}) ||
            ((S_tok(c, j)->pos & DP_POS_ADV) && !S_is_verb(S_tok(c, j)))))
        j++;
    if (j >= s1 || !(S_is_aux(c, j) || S_is_clause_verb(c, j))) return 0;
    memset(out, 0, sizeof *out);
    out->ent = -1;
    out->place = -1;
    out->sp = (dp_tspan){t, end};
    if (c->ment[h] >= 0) {   /* "l'assaillant" as a mention of its entity */
        S_mention_at(c, h, out);
        out->sp = (dp_tspan){t, end};
    }
    return 1;
}

/* An attack E (record K) with no actor, in a sentence of its own, whose
 * next sentence, in the same paragraph and telling no other attack,
 * opens by naming its doer (S_perpetrator_phrase as its subject): "Un
 * policier a été poignardé lundi.  L'individu ayant porté le coup a été
 * arrêté."  Only that next sentence: a doer named further on may be
 * another attack's.                                                      */
static int S_perpetrator_next(S_ctx *c, size_t k, S_arg *out)
{
    const dp_doc *d = c->d;
    const dp_event *e = &d->events.v[k];
    if ((size_t)e->sent + 1 >= d->sents.n) return 0;
    const dp_sentence *n = &d->sents.v[e->sent + 1];
    if (n->para != d->sents.v[e->sent].para) return 0;
    /* "un homme a été abattu ...  L'assaillant ...": a target told as a
     * mere man or individual may be the attacker himself, shot down */
    for (size_t i = 0; i < e->recipients.n; i++) {
        const dp_tspan r = e->recipients.v[i].span;
        for (uint32_t t = r.t0; t < r.t1 && t < r.t0 + 3; t++)
            if (S_lemma_among(c, t, (const char *const[]){"homme", "individu", "assaillant", "suspect", NULL})) return 0;
    }
    for (size_t j = 0; j < d->events.n; j++)
        if (j != k && (d->events.v[j].sent == e->sent + 1 || d->events.v[j].sent == e->sent) &&
            !strcmp(d->events.v[j].event, "ASSAULT"))
            return 0;
    /* the phrase opens the sentence, after a time or a linking adverb
     * ("Peu après, l'agresseur ...") */
    uint32_t t = n->t0;
    while (t < n->t1 && t < n->t0 + 6 && !S_is_det(c, t)) t++;
    if (t > n->t0 && !S_is_comma(S_tok(c, t - 1))) return 0;
    return t < n->t1 && S_perpetrator_phrase(c, t, n->t1, out);
}

/* An attack with no actor whose attacker the next sentences name ("Une
 * fusillade a éclaté ... le suspect se dénommerait Pierre Vasseur"): that
 * person is its actor.  Looks no further than the next attack told.       */
static void S_attacker_told(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") || e->actors.n || e->sent < 0) continue;
        int32_t last = e->sent + 6;
        for (size_t j = k + 1; j < d->events.n && d->events.v[j].sent <= last; j++)
            if (d->events.v[j].sent > e->sent && !strcmp(d->events.v[j].event, "ASSAULT") &&
                !S_has_mode(&d->events.v[j], "release")) {
                last = d->events.v[j].sent;   /* the attacker noun may sit in the next attack's sentence */
                break;
            }
        if ((size_t)last >= d->sents.n) last = (int32_t)d->sents.n - 1;
        uint32_t t0 = d->sents.v[e->sent].t1, t1 = d->sents.v[last].t1;
        for (uint32_t t = t0; t + 1 < t1; t++) {
            if (!S_in(S_tok(c, t)->norm, (const char *const[]){"le", "la", "l'", "les", NULL}) ||
                !S_lemma_among(c, t + 1, S_attacker_nouns))
                continue;
            S_arg a;
            if (S_attacker_name(c, t, t + 2, &a)) {
                S_push_args(c, &a, 1, 0, e);
                break;
            }
        }
        S_arg p;
        if (!e->actors.n && S_perpetrator_next(c, k, &p)) S_push_args(c, &p, 1, 0, e);
    }
}

/* An attack told with no actor whose own sentence names its authors by
 * an attacker noun (S_attacker_nouns and, here only, "ravisseur": the
 * attacker a later sentence names, S_attacker_told, is not looked for
 * among kidnappers; not "suspect": a suspicion names no author) counted in its toll ("a fait cinq morts dont les quatre
 * assaillants") or as the subject of a verb ("... Les deux kamikazes ont
 * été identifiés"): they act.  Not the target of another phrase ("des
 * frappes visant les ravisseurs", "contre les tireurs").                 */
static void S_attackers_named(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") || e->actors.n || e->sent < 0 || (size_t)e->sent >= d->sents.n) continue;
        const dp_sentence *s = &d->sents.v[e->sent];
        for (uint32_t t = s->t0; t + 1 < s->t1; t++) {
            if (!S_is_det(c, t) || S_is(c, t, "du")) continue;
            uint32_t h = t + 1;
            if (h + 1 < s->t1 && S_tok(c, h)->kind == DP_TOK_NUM) h++;   /* "les 4 assaillants" */
            if ((!S_lemma_among(c, h, S_attacker_nouns) && !S_lemma_is(c, h, "ravisseur")) || S_lemma_is(c, h, "suspect"))
                continue;
            S_arg a;
            if (!S_np_at(c, t, s->t1, &a) || a.sp.t1 <= h) continue;
            uint32_t b = t;   /* the phrase's first determiner: "dont | les deux" */
            while (b > s->t0 && S_is_det(c, b - 1)) b--;
            int toll = b > s->t0 && S_in(S_tok(c, b - 1)->norm, (const char *const[]){"dont", "parmi", NULL});
            uint32_t n = a.sp.t1;
            if (n < s->t1 && S_is_comma(S_tok(c, n))) n = s->t1;   /* an apposition: no verb to read */
            int verb = n < s->t1 && (S_is_aux(c, n) || S_is_clause_verb(c, n));
            int subject = verb && (b == s->t0 || (!S_prep_word(c, b - 1) && !S_is_verb(S_tok(c, b - 1))));
            if (!toll && !subject) continue;
            int target = S_overlaps(e->trigger, a.sp.t0, a.sp.t1);
            for (size_t i = 0; i < e->recipients.n && !target; i++)
                target = S_overlaps(e->recipients.v[i].span, a.sp.t0, a.sp.t1) ||
                         (a.ent >= 0 && e->recipients.v[i].entity == a.ent);
            if (target) continue;
            S_push_args(c, &a, 1, 0, e);
            break;
        }
    }
}

/* The armed party of mention index M, when it is not on ACTOR's side.   */
static int S_enemy(S_ctx *c, size_t m, const dp_event *e)
{
    const dp_entity *en = &c->d->ents.v[c->ments[m].ent];
    if (!en->actor.sector || !S_in(en->actor.sector, S_armed_sectors)) return 0;
    for (size_t i = 0; i < e->actors.n; i++) {
        const dp_event_arg *a = &e->actors.v[i];
        if (a->entity == c->ments[m].ent) return 0;
        if (S_overlaps(a->span, c->ments[m].sp.t0, c->ments[m].sp.t1)) return 0;
        if (a->actor.sector && !strcmp(a->actor.sector, en->actor.sector) &&
            !strcmp(a->actor.country, en->actor.country))
            return 0;
    }
    return 1;
}

#define S_ENEMY_BACK 1   /* sentences back a battle looks for the other side */

/* A battle told with one side only ("l'armée a repris Ramadi"): the other
 * side is the nearest armed party named before the trigger in its sentence
 * or the one before.                                                       */
static void S_other_side(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") || !e->actors.n || e->recipients.n || !e->acled_type ||
            strcmp(e->acled_type, "Battles"))
            continue;
        int32_t s0 = e->sent > S_ENEMY_BACK ? e->sent - S_ENEMY_BACK : 0;
        int32_t s1 = e->sent + S_ENEMY_BACK < (int32_t)d->sents.n ? e->sent + S_ENEMY_BACK : (int32_t)d->sents.n - 1;
        /* its own sentence first, before then after the trigger ("a repris
         * de vastes zones et encerclé les djihadistes de l'EI"), then the
         * sentence before, then the one after ("... ont repris l'aéroport.
         * Les routes de Daech sont coupées") */
        uint32_t spans[4][2] = {{d->sents.v[e->sent].t0, e->trigger.t0}, {e->trigger.t1, d->sents.v[e->sent].t1},
                                {d->sents.v[s0].t0, d->sents.v[e->sent].t0},
                                {d->sents.v[e->sent].t1, d->sents.v[s1].t1}};
        /* a retake told in a relative clause ("la ville que l'armée avait
         * reprise la veille"): the side fought is named in that clause or
         * its antecedent ("le bastion des rebelles que ..."), never by the main
         * clause ("Les rebelles ont bombardé la ville que ...") nor by
         * another sentence */
        uint32_t ante;
        if (S_relative_place_at(c, &d->sents.v[e->sent], e->trigger.t0, &ante)) {
            uint32_t end = e->trigger.t1;
            while (end < d->sents.v[e->sent].t1 && !S_is_stop(S_tok(c, end)) && !S_is_comma(S_tok(c, end))) end++;
            spans[0][0] = ante;
            spans[1][1] = end;
            spans[2][0] = spans[2][1] = spans[3][0] = spans[3][1] = 0;
        }
        int found = 0;
        for (int r = 0; r < 4 && !found; r++) {
            int back = r == 0 || r == 2;   /* nearest the trigger first */
            for (uint32_t n = spans[r][0] < spans[r][1] ? spans[r][1] - spans[r][0] : 0, i = 0; i < n && !found; i++) {
                uint32_t j = back ? spans[r][1] - 1 - i : spans[r][0] + i;
                /* "... sont sur le point de reprendre le port mais les soldats de
                 * X ont bloqué leur avancée": the subject of a clause of its
                 * own after the trigger acts there, it is not the side fought */
                if (r == 1 && S_in(S_tok(c, j)->norm, (const char *const[]){"et", "mais", "tandis", "alors", "puis", ";", NULL})) {
                    uint32_t q = j + 1 < spans[r][1] && S_in(S_tok(c, j + 1)->norm, (const char *const[]){"que", "qu'", NULL})
                                     ? j + 2 : j + 1;
                    if (S_new_clause(c, q, spans[r][1])) break;
                }
                if (c->ment[j] < 0 || !S_enemy(c, (size_t)c->ment[j], e)) continue;
                S_arg a;
                S_mention_at(c, j, &a);
                S_push_args(c, &a, 1, 1, e);
                found = 1;
            }
        }
    }
}

/* The argument A of an event told in sentence S names a party with words
 * of another sentence (a retelling merged into the record brought them:
 * the headline's "un camion" for the body's "a sauté près d'un camion de
 * l'armée"): the same party named in S -- a mention of its entity, else
 * the same words -- nearest the trigger T.  0 when S does not name it.   */
static int S_anchor(S_ctx *c, const dp_sentence *s, dp_tspan T, const dp_event_arg *a, dp_tspan *out)
{
    const dp_doc *d = c->d;
    long best = -1;
    if (a->entity >= 0) {
        const dp_entity *e = &d->ents.v[a->entity];
        for (size_t m = 0; m < e->mentions.n; m++) {
            dp_tspan sp = e->mentions.v[m];
            if (sp.t0 < s->t0 || sp.t1 > s->t1 || sp.t0 >= sp.t1) continue;
            long dist = sp.t0 >= T.t1 ? (long)(sp.t0 - T.t1) : (long)T.t0 - (long)sp.t1;
            if (dist < 0) dist = 0;
            if (best < 0 || dist < best) { best = dist; *out = sp; }
        }
        return best >= 0;
    }
    uint32_t n = a->span.t1 - a->span.t0;
    if (!n || n > 8) return 0;
    for (uint32_t j = s->t0; j + n <= s->t1; j++) {
        uint32_t k = 0;
        while (k < n && !strcmp(S_tok(c, j + k)->norm, S_tok(c, a->span.t0 + k)->norm)) k++;
        if (k < n) continue;
        long dist = j >= T.t1 ? (long)(j - T.t1) : (long)T.t0 - (long)(j + n);
        if (dist < 0) dist = 0;
        if (best < 0 || dist < best) { best = dist; *out = (dp_tspan){j, j + n}; }
    }
    return best >= 0;
}

/* Arguments a merge brought from another sentence point to the record's own
 * sentence S when it names the same party (the guideline takes them from
 * the trigger sentence if possible).  The list (*VP, N) is replaced by a
 * copy: a merged record may share it.                                     */
static void S_anchor_list(S_ctx *c, const dp_sentence *s, dp_tspan T, dp_event_arg **vp, size_t n, size_t *cap)
{
    dp_event_arg *v = *vp, *nv = NULL;
    for (size_t i = 0; i < n; i++) {
        dp_tspan to;
        if ((v[i].span.t0 >= s->t0 && v[i].span.t1 <= s->t1) || !S_anchor(c, s, T, &v[i], &to)) continue;
        if (!nv) {
            nv = dp_arena_alloc(&c->d->arena, n * sizeof *nv);
            memcpy(nv, v, n * sizeof *nv);
        }
        nv[i].span = to;
    }
    if (nv) { *vp = nv; *cap = n; }
}

static void S_anchor_args(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (e->sent < 0 || (size_t)e->sent >= d->sents.n) continue;
        const dp_sentence *s = &d->sents.v[e->sent];
        S_anchor_list(c, s, e->trigger, &e->actors.v, e->actors.n, &e->actors.cap);
        S_anchor_list(c, s, e->trigger, &e->recipients.v, e->recipients.n, &e->recipients.cap);
    }
}

/* Nouns of a state's presence abroad (folded).                          */
static const char *const S_envoy_nouns[] = {
    "ambassadeur", "ambassadeurs", "ambassadrice", "ambassade", "ambassades", "diplomate", "diplomates",
    "consul", "consuls", "consulat", "consulats", NULL};

/* The place completing an envoy of the actor's own met from token J0 on,
 * in the phrase [J0, END) or its apposition ("son ambassadeur à Moscou",
 * "leur ambassade à Cuba", "son ambassadeur américain en Arabie
 * saoudite", "ses diplomates en poste à Caracas", the actor's people
 * named: "l'ambassade américaine à La Havane"): its mention in *OUT.
 * Else the envoy may be anyone's ("des diplomates en poste à Moscou").  */
static int S_host_place(S_ctx *c, const dp_event *e, uint32_t j0, uint32_t end, uint32_t s1, S_arg *out)
{
    static const char *const own[] = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", NULL};
    for (uint32_t j = j0; j + 2 < s1 && j < end + 8; j++) {
        const dp_token *t = S_tok(c, j);
        if (j >= end && (S_is_stop(t) || S_is_verb(t) ||
                         S_in(t->norm, (const char *const[]){"et", "qui", "que", "qu'", "ou", NULL})))
            return 0;
        if (!S_in(t->norm, S_envoy_nouns)) continue;
        int mine = j > 0 && S_in(S_tok(c, j - 1)->norm, own);
        uint32_t p = j + 1;
        while (p < s1 && p < j + 3 && (S_tok(c, p)->pos & DP_POS_ADJ) && !(S_tok(c, p)->pos & DP_POS_PREP) &&
               c->ment[p] < 0) {
            /* "son ambassadeur américain à"; "l'ambassade américaine à La
             * Havane" is the actor's when the people is the actor's */
            dp_country co;
            const char *w = S_tok(c, p)->norm;
            if (c->d->model && dp_demonym_find(c->d->model, w, strlen(w), &co) == 0)
                for (size_t i = 0; i < e->actors.n; i++) mine |= !strcmp(e->actors.v[i].actor.country, co.cc3);
            p++;
        }
        if (!mine) return 0;
        if (p + 1 < s1 && S_is(c, p, "en") && S_is(c, p + 1, "poste")) p += 2;   /* "en poste à" */
        if (p + 1 >= s1 || !S_in(S_tok(c, p)->norm, (const char *const[]){"a", "au", "aux", "en", NULL}) ||
            c->ment[p + 1] < 0)
            return 0;
        S_mention_at(c, p + 1, out);
        return c->d->ents.v[out->ent].type == DP_ENT_LOC && out->place >= 0;
    }
    return 0;
}

/* The place P lies in the country of one of E's actors: no host abroad. */
static int S_actor_home(S_ctx *c, const dp_event *e, int32_t p)
{
    const char *cc = c->d->places.v[p].rec.cc;
    dp_country co;
    if (!cc[0] || !c->d->model || dp_country_get(c->d->model, cc, &co)) return 0;
    for (size_t i = 0; i < e->actors.n; i++)
        if (!strcmp(e->actors.v[i].actor.country, co.cc3)) return 1;
    return 0;
}

/* A recall or a withdrawal of a state's own envoys ("rappeler son
 * ambassadeur à Ankara", "a rappelé un tiers des diplomates de son
 * ambassade à Alger", "fermer son ambassade à Caracas") is aimed at the host
 * state: the place completing the envoy noun, in the recipient's phrase,
 * its apposition or the trigger, replaces that recipient.  Not an
 * expulsion (the diplomats expelled are its recipients), not a place in
 * the actor's own country.                                               */
static void S_host_state(S_ctx *c)
{
    static const char *const recall[] = {"rappeler", "retirer", "fermer", "rapatrier", "reduire", NULL};
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "SANCTION") || e->sent < 0 || (size_t)e->sent >= d->sents.n) continue;
        int recalls = 0;
        for (uint32_t t = e->trigger.t0; t < e->trigger.t1 && t < d->toks.n; t++) recalls |= S_lemma_among(c, t, recall);
        if (!recalls) continue;
        uint32_t s0 = d->sents.v[e->sent].t0, s1 = d->sents.v[e->sent].t1;
        S_arg a;
        dp_event_arg *nv = NULL;   /* a copy: a merged record may share the list */
        size_t n = 0;
        for (size_t i = 0; i < e->recipients.n; i++) {
            const dp_event_arg *r = &e->recipients.v[i];
            if (r->span.t0 >= r->span.t1 || r->span.t1 > s1 || r->span.t0 < s0 ||
                !S_host_place(c, e, r->span.t0, r->span.t1, s1, &a) || S_actor_home(c, e, a.place)) {
                if (nv) nv[n++] = *r;
                continue;
            }
            if (!nv) {
                nv = dp_arena_alloc(&d->arena, e->recipients.n * sizeof *nv);
                memcpy(nv, e->recipients.v, i * sizeof *nv);
                n = i;
            }
            int dup = 0;   /* the host state already a recipient: the envoy goes */
            for (size_t m = 0; m < e->recipients.n; m++) dup |= m != i && e->recipients.v[m].entity == a.ent;
            for (size_t m = 0; m < n; m++) dup |= nv[m].entity == a.ent;
            if (dup) continue;
            nv[n].entity = a.ent;
            nv[n].span = a.sp;
            nv[n].actor = d->ents.v[a.ent].actor;
            n++;
        }
        if (nv) {
            e->recipients.v = nv;
            e->recipients.n = n;
            e->recipients.cap = n ? n : 1;
        }
        /* "a rappelé son ambassadeur en Arabie saoudite": the envoy in the trigger */
        if (!e->recipients.n && e->trigger.t1 <= s1 && e->trigger.t0 >= s0 &&
            S_host_place(c, e, e->trigger.t0, e->trigger.t1, s1, &a) && !S_actor_home(c, e, a.place))
            S_push_args(c, &a, 1, 1, e);
    }
}

/* Common nouns of acts, measures and things that a verbal act may be
 * about but that name no party (folded).                                 */
static const char *const S_act_nouns[] = {
    "verdict", "mesure", "mesures", "fin", "projet", "projets", "budget", "loi", "lois", "texte", "aide", "aides",
    "acte", "actes", "dispositif", "programme", "programmes", "politique", "conditions", "demande", "demandes",
    "principes", "objectifs", "idee", "propos", "parole", "faute", "prix", "fait", "faits", "chiffres", "peine",
    "peines", "amende", "reforme", "reformes", "plan", "choix", "vote", "resultat", "resultats", "contenu",
    "initiative", "methode", "responsabilite", "hausse", "baisse", "evenement", "evenements", "presence",
    "absence", "situation", "consequence", "consequences", "conclusion", "conclusions", "demonstration", "incident",
    "incidents", NULL};

/* The Lefff knows the verb CAND (an infinitive).                        */
static int S_lefff_verb(S_ctx *c, const char *cand)
{
    dp_lex_entry le[8];
    size_t n = dp_lex_find(c->d->model, cand, strlen(cand), le, 8);
    for (size_t k = 0; k < n && k < 8; k++)
        if (le[k].pos && !strcmp(le[k].pos, "v") && le[k].lemma && !strcmp(le[k].lemma, cand)) return 1;
    return 0;
}

/* The noun W (lowercase, accents kept) is the noun of a verb's act, its
 * verb known to the Lefff: "publication" (publier), "provocation"
 * (provoquer), "installation", "proposition", "persécution",
 * "reconduction", "décision", "suspension", "expulsion", "licenciement",
 * "sabotage", "blocage".  Not "rédaction", "magistrature",
 * "dissidence": no verb is read off them.                                */
static int S_deverbal(S_ctx *c, const char *w)
{
    char x[64], cand[72];
    size_t n = strlen(w);
    if (!c->d->model || n < 6 || n >= sizeof x) return 0;
    memcpy(x, w, n + 1);
    if (x[n - 1] == 's') x[--n] = 0;
    struct { const char *end; size_t cut; const char *add; } rules[] = {
        {"ation", 5, "er"}, {"cation", 6, "er"}, {"cation", 6, "quer"}, {"ition", 5, "er"}, {"ition", 5, "ir"},
        {"ution", 3, "er"}, {"uction", 5, "ire"},
        {"sion", 3, "er"}, {"sion", 4, "der"}, {"sion", 4, "dre"}, {"ement", 4, "r"}, {"ment", 4, "er"},
        {"age", 3, "er"}, {"cage", 4, "quer"}, {"gage", 3, "er"}};
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
        size_t m = strlen(rules[r].end);
        if (n <= m + 2 || strcmp(x + n - m, rules[r].end)) continue;
        size_t keep = n - rules[r].cut;
        snprintf(cand, sizeof cand, "%.*s%s", (int)keep, x, rules[r].add);
        if (S_lefff_verb(c, cand)) return 1;
    }
    return 0;
}

/* Token T is a noun of a verb's act or its participle, no event here
 * all the same: S_deverbal, the bare stem of a verb ("un tir", "la
 * marche": "tirer", "marcher"; "le marché"), a participle ("à six
 * reprises"): an act or a thing, never a party.                          */
static int S_verb_noun(S_ctx *c, uint32_t t)
{
    const dp_token *k = S_tok(c, t);
    if (!k->lower) return 0;
    if (k->pos & DP_POS_VPP) return 1;
    if (S_deverbal(c, k->lower)) return 1;
    char x[64], cand[72];
    size_t n = strlen(k->lower);
    if (n < 3 || n >= sizeof x) return 0;
    memcpy(x, k->lower, n + 1);
    if (x[n - 1] == 's') x[--n] = 0;
    if (n >= 2 && !strcmp(x + n - 2, "\xc3\xa9")) x[n -= 2] = 0;   /* "-é": "marché" */
    else if (x[n - 1] == 'e') x[--n] = 0;
    snprintf(cand, sizeof cand, "%ser", x);
    return S_lefff_verb(c, cand);
}

/* Token T, a noun of the lexicon's event nouns, may tell an event in its
 * sentence: one of its event senses has no REQUIRE, or its REQUIRE holds
 * there, read on the noun's own arguments ("le cortège" is a protest only
 * with protesters of its own: "un cortège de grévistes", not "le cortège a
 * été attaqué"), or names a verb's act all the same (S_verb_noun: "un tir"
 * with no arms told is still an act).  Unlike the noun triggers, the
 * REQUIRE is read on the token alone (no multi-word key, no event told
 * before, no guards on nominal triggers): a cheaper, stricter reading,
 * asked only of the nouns of S_party_noun.                                */
static int S_event_noun_here_new(S_ctx *c, uint32_t t)
{
    S_entry e[S_SENSES];
    size_t ne = S_lookup_tok(c, t, e, S_SENSES);
    const dp_sentence *s = &c->d->sents.v[c->d->toks.v[t].sent];
    for (size_t i = 0; i < ne; i++) {
        if (e[i].part != P_NOUN || !e[i].f[F_EVENT]) continue;
        if (!e[i].f[F_REQ]) return 1;
        S_ev v = {0};
        v.e = &e[i];
        v.noun = 1;
        v.head = t;
        v.trig0 = t;
        v.trig1 = t + 1;
        S_noun_args(c, s, &v, t + 1);
        int weak;
        if (S_require_ok(c, s, &v, &weak)) return 1;
    }
    return S_verb_noun(c, t);
}

/* S_event_noun_here_new, asked once per token and document (1 no, 2
 * yes); an event while it is asked (3: reading the noun's arguments may
 * ask of it again).                                                      */
static int S_event_noun_here(S_ctx *c, uint32_t t)
{
    if (!c->evhere) c->evhere = dp_arena_alloc(&c->d->arena, c->d->toks.n);
    if (!c->evhere[t]) {
        c->evhere[t] = 3;
        c->evhere[t] = (uint8_t)(1 + S_event_noun_here_new(c, t));
    } else if (c->evhere[t] == 3) {
        return 1;
    } else {
        S_MEMO_CHECK(c->evhere[t] - 1 == S_event_noun_here_new(c, t));
    }
    return c->evhere[t] - 1;
}

/* Token T, an event noun, can also name people, a vehicle or a site: a
 * noun of the short list below ("le cortège", "des renforts", "le
 * convoi", "la patrouille") or a party word (S_party_word: a function, a
 * group, a site of the lexicon: "le siège").  Only such a noun is read as
 * a party where it is no event (S_event_noun_here); a noun of an act ("l'essai",
 * "la rupture", "les concessions") stays an act or a thing everywhere.   */
/* The form W without a plural -s, in ONE (CAP bytes): "renforts" ->
 * "renfort"; W itself when it is too long for ONE.                      */
static const char *S_unplural(const char *w, char *one, size_t cap)
{
    size_t n = strlen(w);
    snprintf(one, cap, "%s", w);
    if (n > 1 && n < cap && one[n - 1] == 's') one[n - 1] = 0;
    return one;
}

static int S_party_word(S_ctx *c, uint32_t t);
static int S_party_noun(S_ctx *c, uint32_t t)
{
    static const char *const people[] = {"cortege", "renfort", "convoi", "patrouille", "escorte", NULL};
    char one[64];
    return S_in(S_unplural(S_tok(c, t)->norm, one, sizeof one), people) || S_party_word(c, t);
}

/* Token T heads a phrase that names an act or a thing: an event noun that
 * may be one in its sentence (S_party_noun, S_event_noun_here) or a thing of the
 * lexicon, a noun of the list above, or the noun of a verb's act
 * (S_deverbal): "la publication", "le blocage", "cette décision".  People
 * and bodies named so are excepted ("la délégation", "l'équipage", "le
 * commandement" is an act, "le gouvernement" is not); a noun whose every
 * event sense is ruled out there by its REQUIRE names a party or a thing
 * ("le cortège a été attaqué": the motorcade is the target).             */
static int S_act_head_new(S_ctx *c, uint32_t t)
{
    static const char *const bodies[] = {
        "personnalite", "celebrite", "communaute", "majorite", "minorite", "societe", "universite", "municipalite",
        "collectivite", "entite", "agence", "alliance", "puissance", "presidence", "delegation", "organisation",
        "association", "federation", "confederation", "coalition", "administration", "direction", "institution",
        "fondation", "formation", "commission", "nation", "population", "opposition", "departement", "regiment",
        "etablissement", "mouvement", "gouvernement", "parlement", "otage", "personnage", "entourage", "mouvance",
        "pays", "droite", "gauche", "comite", "mission", "equipage", "resistance", "redaction", "garnison", NULL};
    const char *w = S_tok(c, t)->norm;
    char one[64];
    if (S_in(S_unplural(w, one, sizeof one), bodies) || S_in(w, bodies)) return 0;
    if (S_in(w, S_act_nouns)) return 1;
    S_entry e[S_SENSES];
    size_t ne = S_lookup_tok(c, t, e, S_SENSES);
    for (size_t i = 0; i < ne; i++)
        if (e[i].part == P_THING) return 1;
    for (size_t i = 0; i < ne; i++)
        if (e[i].part == P_NOUN && e[i].f[F_EVENT]) return !S_party_noun(c, t) || S_event_noun_here(c, t);
    return S_tok(c, t)->lower && S_deverbal(c, S_tok(c, t)->lower);
}

/* S_act_head, asked once per token and document (the same heads are
 * asked for trigger after trigger and again when records are dropped).   */
static int S_act_head(S_ctx *c, uint32_t t)
{
    if (!c->acthead) c->acthead = dp_arena_alloc(&c->d->arena, c->d->toks.n);
    if (!c->acthead[t]) c->acthead[t] = (uint8_t)(1 + S_act_head_new(c, t));
    else S_MEMO_CHECK(c->acthead[t] - 1 == S_act_head_new(c, t));
    return c->acthead[t] - 1;
}

/* Token T names a party or a site: a function or group of titles.tsv /
 * agents.tsv, a people, a site of the lexicon (its lemma's entries).     */
static int S_party_word_new(S_ctx *c, uint32_t t)
{
    const dp_token *k = S_tok(c, t);
    const char *val[2];
    size_t n = strlen(k->norm);
    dp_country co;
    if (c->d->model && (dp_dict_find(c->d->model, "agents", k->norm, n, val, 2) ||
                        dp_dict_find(c->d->model, "titles", k->norm, n, val, 2) ||
                        dp_demonym_find(c->d->model, k->norm, n, &co) == 0))
        return 1;
    S_entry e[S_SENSES];
    size_t ne = S_lookup_lemma(c, t, e, S_SENSES);
    for (size_t i = 0; i < ne; i++)
        if (e[i].part == P_SITE) return 1;
    return 0;
}

/* S_party_word_new, asked once per token and document.                   */
static int S_party_word(S_ctx *c, uint32_t t)
{
    if (!c->partytok) c->partytok = dp_arena_alloc(&c->d->arena, c->d->toks.n);
    if (!c->partytok[t]) c->partytok[t] = (uint8_t)(1 + S_party_word_new(c, t));
    else S_MEMO_CHECK(c->partytok[t] - 1 == S_party_word_new(c, t));
    return c->partytok[t] - 1;
}

/* The bare noun phrase A names an act or a thing, no party: its head is
 * one (S_act_head) and no word of it or of its "de" complement names a
 * party -- capitalised, a function or group of titles.tsv / agents.tsv, a
 * site, a people ("le système de justice", "la proposition russe", "la
 * persécution des opposants" name one).                                  */
static int S_act_np(S_ctx *c, const S_arg *a)
{
    if (a->ent >= 0) return 0;
    uint32_t end = a->sp.t1, head = 0;
    int has_head = 0;
    if (end + 1 < c->d->toks.n && S_in(S_tok(c, end)->norm, (const char *const[]){"de", "d'", "du", "des", NULL}) &&
        c->d->toks.v[end + 1].sent == c->d->toks.v[a->sp.t0].sent)
        end += S_is_det(c, end + 1) && end + 2 < c->d->toks.n ? 3 : 2;
    for (uint32_t t = a->sp.t0; t < end && t < a->sp.t0 + 8; t++) {
        const dp_token *k = S_tok(c, t);
        if (S_is_det(c, t) || k->kind == DP_TOK_NUM || S_word_listed(c, t, S_W_QUANT, S_quantifiers) || c->in_time[t] ||
            S_in(k->norm, (const char *const[]){"de", "d'", "des", "du", "et", NULL}))
            continue;
        if (t >= a->sp.t1 && (k->kind != DP_TOK_WORD || !k->pos)) break;   /* "de « scandaleuse »": no complement */
        if (k->kind != DP_TOK_WORD || !k->pos || c->ment[t] >= 0) return 0;   /* not a phrase read here */
        if ((k->flags & DP_TF_CAP) && t > c->d->sents.v[c->d->toks.v[t].sent].t0) return 0;
        if (S_party_word(c, t)) return 0;
        if (!has_head && (k->pos & DP_POS_NC) &&
            !((k->pos & DP_POS_ADJ) && t + 1 < a->sp.t1 && (S_tok(c, t + 1)->pos & DP_POS_NC))) {
            has_head = 1;
            head = t;
        }
    }
    return has_head && S_act_head(c, head);
}

/* Drops from the list (*VP, *N) the bare phrases that name an act or a
 * thing (S_act_np); the list is replaced by a copy (a merged record may
 * share it).                                                             */
static void S_drop_acts(S_ctx *c, dp_event_arg **vp, size_t *np, size_t *cap)
{
    dp_doc *d = c->d;
    dp_event_arg *v = *vp, *nv = NULL;
    size_t n = 0;
    for (size_t i = 0; i < *np; i++) {
        const dp_event_arg *r = &v[i];
        S_arg a = {.ent = r->entity, .sp = r->span, .place = -1};
        int keep = r->entity >= 0 || r->span.t0 >= r->span.t1 || r->actor.code || r->actor.sector ||
                   r->span.t1 > d->toks.n || !S_act_np(c, &a);
        if (keep) {
            if (nv) nv[n++] = *r;
            continue;
        }
        if (!nv) {
            nv = dp_arena_alloc(&d->arena, *np * sizeof *nv);
            memcpy(nv, v, i * sizeof *nv);
            n = i;
        }
    }
    if (nv) {
        *vp = nv;
        *np = n;
        *cap = n ? n : 1;
    }
}

/* A verbal act (blame, refusal, support, a promise, a demand, a threat, a
 * sanction, an appeal) aims at a party: a recipient phrase that names a
 * thing or an act ("a qualifié cette décision d'absurde", "refuser la
 * publication", "a promis d'appliquer les mesures exigées") is dropped
 * (the gold takes the party behind it, or none).  An act or a thing does
 * nothing: no actor of any record is one.                                */
static void S_verbal_parties(S_ctx *c)
{
    /* verbal acts: their target is a party; not RETREAT (a release, a
     * withdrawal) nor CONSULT (whoever one meets) */
    static const char *const verbal[] = {"ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONCEDE", "THREATEN", "REQUEST",
                                         "SANCTION", "APPEAL", NULL};
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        /* an act or a thing does nothing: no actor of any record ("La
         * première explosion a frappé", "la protestation") */
        S_drop_acts(c, &e->actors.v, &e->actors.n, &e->actors.cap);
        if (S_in(e->event, verbal)) S_drop_acts(c, &e->recipients.v, &e->recipients.n, &e->recipients.cap);
    }
}

#define S_PROTEST_BACK 2   /* sentences back a protest looks for its protesters */

/* The protesters a protest noun at token J names: "le mouvement des
 * gilets jaunes", "la grève de la CGT" -- a group (a plural phrase, or a
 * person or organisation) in its "de" complement.                         */
static int S_protesters_at(S_ctx *c, uint32_t j, uint32_t end, S_arg *out)
{
    static const char *const nouns[] = {
        "mouvement", "greve", "greves", "manifestation", "manifestations", "mobilisation", "rassemblement",
        "rassemblements", "contestation", "fronde", "protestation", "revolte", "colere", NULL};
    if (!S_in(S_tok(c, j)->norm, nouns) || j + 2 >= end) return 0;
    uint32_t k = j + 1;
    if (S_is(c, k, "de") || S_is(c, k, "d'")) k++;
    else if (!S_is(c, k, "des") && !S_is(c, k, "du")) return 0;
    S_arg a;
    if (!(c->ment[k] >= 0 ? S_mention_at(c, k, &a) : S_np_at(c, k, end, &a)) || a.sp.t0 < j) return 0;
    if (c->in_time[a.sp.t0] || S_agentless(c, &a) || S_is_plain_place(c, a.ent, a.sp)) return 0;
    if (a.ent >= 0) {
        const dp_entity *e = &c->d->ents.v[a.ent];
        if (e->type != DP_ENT_PER && e->type != DP_ENT_ORG && !e->nominal) return 0;
    } else if (!S_plural(c, &a) && !S_is(c, k, "des")) {
        return 0;
    }
    *out = a;
    return 1;
}

/* A protest told with no protesters of its own ("Seraient occupés les
 * entrepôts de ...") is made by those of the protest told just before: an
 * earlier protest record's actors, or the group a protest noun names ("Le
 * mouvement des taxis se poursuit"), within S_PROTEST_BACK
 * sentences.                                                              */
static void S_protest_actors(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "PROTEST") || e->actors.n) continue;
        const dp_event *prev = NULL;
        for (size_t i = k; i-- > 0;) {
            const dp_event *p = &d->events.v[i];
            if (p->sent < e->sent - S_PROTEST_BACK) break;
            if (!strcmp(p->event, "PROTEST") && p->actors.n && p->sent <= e->sent) { prev = p; break; }
        }
        int32_t s0 = e->sent > S_PROTEST_BACK ? e->sent - S_PROTEST_BACK : 0;
        uint32_t lo = prev ? prev->trigger.t1 : d->sents.v[s0].t0;
        S_arg a;
        int found = 0;
        for (uint32_t j = e->trigger.t0; j-- > lo && !found;)
            found = S_protesters_at(c, j, d->sents.v[d->toks.v[j].sent].t1, &a);
        if (found) {
            S_push_args(c, &a, 1, 0, e);
        } else if (prev) {
            for (size_t i = 0; i < prev->actors.n; i++) {
                dp_event_arg *x = DP_DPUSH(d, e->actors);
                *x = prev->actors.v[i];
            }
        }
    }
}

#define S_PLACE_BACK 3   /* sentences back a material event takes its place from */
#define S_DATE_BACK 1    /* ... and its date from                               */
#define S_TODAY_BACK 4   /* ... a running day of the publication date, from     */
#define S_SEQUEL_BACK 4  /* ... the episode's day, for a next step (S_sequel)   */

/* A material event with no date of its own happened on the day of the
 * material event told in its sentence or the one before (the riposte, the
 * arrests); with no place, it took place where the last material
 * event told within S_PLACE_BACK sentences before it did ("Le 4 avril,
 * le port entier est pris et la police dépassée recule").               */
/* E's verb group holds the adverb "depuis" ("la milice a depuis conquis
 * plusieurs villages"): it happened later than what was told before.  */
static int S_since_then(S_ctx *c, const dp_event *e)
{
    for (uint32_t j = e->trigger.t0; j < e->trigger.t1; j++)
        if (S_is(c, j, "depuis") && (j + 1 >= c->d->toks.n || c->time_at[j + 1] < 0)) return 1;
    return 0;
}

/* E's date is the start of what goes on "depuis trois jours": a
 * situation's start, no day for the events told after it.                */
static int S_since_dated(S_ctx *c, const dp_event *e)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    char since[64];
    for (uint32_t j = s->t0; j < s->t1; j++)
        if (c->time_at[j] >= 0 && (j == s->t0 || c->time_at[j - 1] != c->time_at[j]) &&
            S_since_start(c, s, &c->d->times.v[c->time_at[j]], since) && !strcmp(since, e->date))
            return 1;
    return 0;
}

/* DATED, dated on the publication day, and E tell one story of that day:
 * E is in DATED's paragraph, so E may take its day from further back
 * (S_TODAY_BACK sentences) and pass it on.                                */
static int S_today_story(S_ctx *c, const dp_event *dated, const dp_event *e)
{
    const dp_doc *d = c->d;
    return d->published && !strncmp(dated->date, d->published, 10) &&
           d->sents.v[dated->sent].para == d->sents.v[e->sent].para;
}

/* E's verb is a pluperfect or another past of the past ("les talibans
 * avaient attaqué", "avait été arrêté", "s'étaient emparés"): told as
 * earlier than the story, it takes no day from the events before it.     */
static int S_past_of_past(S_ctx *c, const dp_event *e)
{
    static const char *const aux[] = {"avait", "avaient", "avais", "avions", "aviez", "etait", "etaient",
                                      "etais", "etions", "etiez", "eut", "eurent", "fut", "furent", NULL};
    uint32_t s0 = c->d->sents.v[e->sent].t0, k = e->trigger.t0;
    for (uint32_t j = e->trigger.t0; j < e->trigger.t1; j++)
        if (S_in(S_tok(c, j)->norm, aux)) return 1;
    /* "avaient déjà attaqué", "n'avaient pas", "s'étaient" before a participle */
    if (!(S_tok(c, k)->pos & DP_POS_VPP)) return 0;
    while (k > s0 && e->trigger.t0 - k < 4) {
        const dp_token *t = S_tok(c, --k);
        if (S_in(t->norm, aux)) return 1;
        if (S_quote_mark(t)) continue;        /* avait « proposé » */
        if (!(t->pos & DP_POS_ADV) && !S_in(t->norm, (const char *const[]){"ne", "n'", "pas", "se", "s'", "ete", NULL}))
            return 0;
    }
    return 0;
}

/* E is told as the next step of the episode just told: a narrative
 * sequence adverb opens its sentence ("Ensuite, ...", "Puis, ...",
 * "Aussitôt, ...", "Peu après, ...", "Par la suite, ...") or stands in its
 * verb group ("a ensuite été abattu", "a été arrêté aussitôt", "a été
 * immédiatement interpellé", "puis a été interpellé"), or "alors" as
 * "then" (S_then).  Such an event took place on the episode's day, however
 * many sentences told that episode.  Not "finalement" (in the end, often
 * days later) nor "d'abord" (first: maybe before the episode); "puis" only
 * before a finite verb group or a participle sharing the auxiliary told
 * before it ("a été interpellé, puis relâché"), not in an apposition
 * ("condamné puis gracié").                                               */
static int S_sequel(S_ctx *c, const dp_event *e)
{
    static const char *const adv[] = {"ensuite", "aussitot", "immediatement", NULL};
    const dp_sentence *s = &c->d->sents.v[e->sent];
    /* "leur stratégie est de les arrêter puis de les torturer": steps
     * of a plan or a habit told in the infinitive, not of the episode */
    if (S_tok(c, e->trigger.t0)->pos & DP_POS_VINF) return 0;
    if (S_then(c, s, e)) return 1;
    uint32_t t0 = s->t0;
    /* "Peu après,", "Par la suite,", "Ensuite,", "Puis," opening the sentence */
    if (t0 + 2 < s->t1 && ((S_is(c, t0, "peu") && S_is(c, t0 + 1, "apres")) ||
                           (S_is(c, t0, "par") && S_is(c, t0 + 1, "la") && S_is(c, t0 + 2, "suite"))))
        return 1;
    if (S_in(S_tok(c, t0)->norm, adv) || S_is(c, t0, "puis")) return 1;
    /* in the verb group: from two words before the trigger to three after */
    uint32_t a = e->trigger.t0 > t0 + 2 ? e->trigger.t0 - 2 : t0;
    for (uint32_t j = a; j < e->trigger.t1 + 3 && j < s->t1; j++)
        if (S_in(S_tok(c, j)->norm, adv)) return 1;
    /* "a été arrêté peu après", "a été interpellé peu de temps après":
     * right after the trigger, with no "après X" of its own */
    for (uint32_t j = e->trigger.t1; j < e->trigger.t1 + 2 && j + 1 < s->t1; j++) {
        if (!S_is(c, j, "peu")) continue;
        uint32_t q = j + 1;
        if (q + 2 < s->t1 && S_is(c, q, "de") && S_is(c, q + 1, "temps")) q += 2;
        if (!S_is(c, q, "apres")) break;
        const dp_token *n = q + 1 < s->t1 ? S_tok(c, q + 1) : NULL;
        if (!n || n->kind == DP_TOK_PUNCT || S_is(c, q + 1, "et") || S_is(c, q + 1, "par")) return 1;
        break;
    }
    /* "puis a été interpellé", "puis s'est fait exploser": right before an
     * auxiliary or a finite verb that opens the trigger */
    uint32_t k = e->trigger.t0;
    if (k > t0 + 1 && S_is(c, k - 1, "puis") && (S_is_aux(c, k) || ((S_tok(c, k)->pos & DP_POS_V) && !(S_tok(c, k)->pos & DP_POS_VPP))))
        return 1;
    if (k > t0 + 2 && S_is(c, k - 2, "puis") && (S_tok(c, k - 1)->pos & DP_POS_PRO) && (S_is_aux(c, k) || S_is_verb(S_tok(c, k))))
        return 1;
    /* "a été interpellé, puis relâché": a participle sharing the
     * auxiliary told just before "puis" (not "jugé puis gracié") */
    if (k > t0 + 1 && S_is(c, k - 1, "puis") && (S_tok(c, k)->pos & DP_POS_VPP))
        for (uint32_t j = k - 1; j-- > t0 && k - j <= 7;)
            if (S_is_aux(c, j) && j + 1 < k - 1 && (S_tok(c, j + 1)->pos & DP_POS_VPP || S_is(c, j + 1, "ete"))) return 1;
    return 0;
}

/* E is a noun told as the object of a verb in a past of the past ("la
 * police avait annoncé l'arrestation de ...", "l'armée avait ordonné le
 * bombardement"): earlier than the story, like S_past_of_past.            */
static int S_object_of_past_of_past(S_ctx *c, const dp_event *e)
{
    static const char *const aux[] = {"avait", "avaient", "etait", "etaient", NULL};
    const dp_token *t = S_tok(c, e->trigger.t0);
    if (!(t->pos & DP_POS_NC) || S_is_verb(t)) return 0;
    uint32_t s0 = c->d->sents.v[e->sent].t0, j = e->trigger.t0;
    while (j > s0 && e->trigger.t0 - j < 3 && (S_tok(c, j - 1)->pos & (DP_POS_DET | DP_POS_ADJ)) && !S_is_verb(S_tok(c, j - 1))) j--;
    if (j < s0 + 2 || !(S_tok(c, j - 1)->pos & DP_POS_VPP)) return 0;
    uint32_t k = j - 2;   /* "avait annoncé", "avait déjà annoncé" */
    if (k > s0 && (S_tok(c, k)->pos & DP_POS_ADV) && !S_in(S_tok(c, k)->norm, aux)) k--;
    return S_in(S_tok(c, k)->norm, aux);
}

/* DATED, dated by a time of its own, is a past of the past told in E's
 * sentence, and E is a finite verb of another tense ("X, qui avait été
 * arrêté le 3 mai, a été libéré"): the earlier act's day is not E's.  An
 * infinitive depending on it ("avaient été enlevés avant d'être
 * relâchés") or another sentence's retelling keeps the day.             */
static int S_pluperfect_beside(S_ctx *c, const dp_event *dated, const dp_event *e)
{
    if (dated->sent != e->sent || !S_past_of_past(c, dated)) return 0;
    uint32_t t = e->trigger.t0, s0 = c->d->sents.v[e->sent].t0;
    if (S_tok(c, t)->pos & (DP_POS_VINF | DP_POS_NC)) return 0;
    if (t > s0 && S_in(S_tok(c, t - 1)->norm, (const char *const[]){"etre", "avoir", NULL})) return 0;
    if (t > s0 + 1 && S_is(c, t - 1, "ete") && S_is(c, t - 2, "avoir")) return 0;
    return 1;
}

/* DATED, told in E's sentence, took its day from a time that E's own
 * clause analysis puts aside as another clause's ("Après l'attaque de
 * lundi, les soldats ont arrêté trois suspects", "Bien que le couvre-feu
 * ait été levé mardi, ..."): E does not take that day from DATED either. */
static int S_day_of_other_clause(S_ctx *c, const dp_event *dated, const dp_event *e)
{
    if (dated->sent != e->sent) return 0;
    const dp_sentence *s = &c->d->sents.v[e->sent];
    size_t l = strlen(dated->date);
    for (uint32_t j = s->t0; j < s->t1; j++) {
        if (c->time_at[j] < 0 || (j > s->t0 && c->time_at[j - 1] == c->time_at[j])) continue;
        const dp_time *T = &c->d->times.v[c->time_at[j]];
        /* the very time that dated it ("2016-06-10TEV" dates "2016-06-10") */
        if (!T->resolved || !T->value || strncmp(T->value, dated->date, l) || (T->value[l] && T->value[l] != 'T')) continue;
        if (S_clause_time_before(c, s, T, e) || S_charged_before(c, s, T, e)) return 1;
    }
    return 0;
}

/* Sentence SI opens its paragraph with the scene of what the paragraph
 * tells: past a time adjunct and its comma ("Vers 18h00,", "En fin de
 * matinée,", "Dans la nuit,"), a locative phrase naming a place ("à
 * Fleurville", "dans la commune de Brévans", a department in brackets
 * after it: "à Fleurville (Ain)") and a comma.  The place, else -1.      */
static int32_t S_para_scene(S_ctx *c, uint32_t si)
{
    const dp_doc *d = c->d;
    if (si > 0 && d->sents.v[si - 1].para == d->sents.v[si].para) return -1;   /* not the paragraph's first */
    return S_opening_scene(c, si, NULL);
}

/* The scene sentence SI opens with (S_para_scene, wherever the sentence
 * stands in its paragraph), else -1; END (unless NULL) gets the token
 * past the scene's comma.                                                */
static int32_t S_opening_scene(S_ctx *c, uint32_t si, uint32_t *end)
{
    const dp_sentence *s = &c->d->sents.v[si];
    uint32_t j = s->t0, k = j;
    int timed = 0;
    for (; k < s->t1 && k < j + 8 && !S_is_comma(S_tok(c, k)); k++) {
        if (c->in_time[k]) timed = 1;
        else if (!S_is_det(c, k) && !S_in(S_tok(c, k)->norm, (const char *const[]){"vers", "en", "dans", "a", "au", "de",
                                                                                   "d'", "du", "des", NULL}))
            break;
    }
    if (timed && k < s->t1 && S_is_comma(S_tok(c, k))) j = k + 1;
    if (j >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"a", "au", "aux", "dans", NULL})) return -1;
    uint32_t p = j + 1;   /* the place, past determiners and a place noun ("dans la ville de") or
                             a town the gazetteer lacks ("à Brévillers (Eure)") */
    while (p < s->t1 && p < j + 8 && c->place[p] < 0 && !S_is_comma(S_tok(c, p)) &&
           (!S_is_stop(S_tok(c, p)) || S_is(c, p, "(")) && !S_is_verb(S_tok(c, p)))
        p++;
    if (p >= s->t1 || c->place[p] < 0 || c->role[p]) return -1;
    int32_t place = c->place[p];
    int unknown = S_unit_of_unknown_town(c, s->t0, p);
    if (!unknown && !S_locative(c, p)) return -1;
    uint32_t q = p;
    while (q < s->t1 && c->place[q] == place) q++;
    if (unknown) q++;   /* its ")" */
    if (q < s->t1 && S_is(c, q, "(")) {   /* "(Ain)", "(Bourgogne, Aube)" */
        uint32_t r = q + 1;
        while (r < s->t1 && r < q + 8 && !S_is(c, r, ")")) r++;
        if (r >= s->t1 || !S_is(c, r, ")")) return -1;
        q = r + 1;
    }
    if (q >= s->t1 || !S_is_comma(S_tok(c, q))) return -1;
    if (end) *end = q + 1;
    return place;
}

/* The scene of E's paragraph (S_para_scene of its first sentence) when E
 * is told in a later sentence of it, else -1: "À Fleurville (Ain), des
 * manifestants ont bloqué le péage. Les gendarmes les ont délogés vers
 * midi." -- the dislodging happened at Fleurville.                      */
static int32_t S_scene_of(S_ctx *c, const dp_event *e)
{
    const dp_doc *d = c->d;
    uint32_t si = (uint32_t)e->sent;
    while (si > 0 && d->sents.v[si - 1].para == d->sents.v[e->sent].para) si--;
    return si == (uint32_t)e->sent ? -1 : S_para_scene(c, si);
}

static void S_inherit_places(S_ctx *c)
{
    dp_doc *d = c->d;
    int32_t last = -1, last_sent = -1, first = -1;
    const dp_event *dated = NULL;   /* the last material event with its own date */
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (!S_in(e->event, S_material)) continue;
        /* with no place of its own, a paragraph's scene, as one it names */
        if (e->place < 0) e->place = S_scene_of(c, e);
        if (e->future || e->hypothetical) {   /* planned: a place to come, no source for others */
            if (e->place < 0 && last >= 0 && e->sent >= last_sent && e->sent - last_sent <= S_PLACE_BACK)
                e->place = last;
            continue;
        }
        int own = e->date && strcmp(e->date_precision, "published"), today = 0, seq = 0;
        if (own && !strcmp(e->date_precision, "year")) {}   /* a year: a past event told in passing, the story goes on */
        else if (own) dated = S_since_dated(c, e) ? NULL : e;
        else if (dated && e->sent >= dated->sent && !e->future &&
                 e->sent - dated->sent <= ((today = S_today_story(c, dated, e)) ? S_TODAY_BACK : (seq = S_sequel(c, e)) ? S_SEQUEL_BACK : S_DATE_BACK) &&
                 !dated->future && !S_since_then(c, e) && !S_past_of_past(c, e) && !S_pluperfect_beside(c, dated, e) && !S_day_of_other_clause(c, dated, e) &&
                 S_after_past_infinitive(c, &d->sents.v[e->sent], e) == UINT32_MAX && !S_before_after_span(c, &d->sents.v[e->sent], e, &(uint32_t){0}, &(uint32_t){0}) &&
                 !S_object_of_past_of_past(c, e)) {
            e->date = dated->date;   /* "Les militaires ont riposté": the day of the attack */
            e->date_precision = dated->date_precision;
            e->week = dated->week;
            if (today || seq) dated = e;   /* the episode goes on */
        }
        if (e->place >= 0) {
            last = e->place;
            last_sent = e->sent;
            if (first < 0) first = e->place;
        } else if (last >= 0 && e->sent >= last_sent && e->sent - last_sent <= S_PLACE_BACK) {
            e->place = last;
        }
    }
    /* the rest happened where the latest placed event before them did (the
     * story may have moved: Palmyre, then Alep), the first ones where the
     * article's first placed event did */
    int32_t latest = first;
    for (size_t k = 0; k < d->events.n && first >= 0; k++) {
        dp_event *e = &d->events.v[k];
        if (!S_in(e->event, S_material)) continue;
        if (e->place < 0) e->place = latest;
        else if (!e->future && !e->hypothetical) latest = e->place;
    }
}

/* An attack told with no target of its own hit the people its sentence
 * counts as killed or wounded ("Au moins 9 personnes ont été tuées quand
 * des tireurs ont ouvert le feu", "cinq civils ont trouvé la mort
 * dans une frappe de drone"): the count phrase is the recipient.     */
/* A toll of the attack E's sentence said to be "parmi X" ("ont fait 26
 * morts parmi des soldats", "faisant des victimes parmi les civils"): X
 * are its victims.  Returns 1 when some were added.                      */
static int S_toll_among(S_ctx *c, dp_event *e)
{
    const dp_doc *d = c->d;
    const dp_sentence *s = &d->sents.v[e->sent];
    for (uint32_t j = S_lo(s, e->trigger.t0); j < S_hi(s, e->trigger.t1); j++) {
        if (c->qty_at[j] < 0) continue;
        const dp_quantity *Q = &d->quantities.v[c->qty_at[j]];
        if (!Q->of || !S_in(Q->of, (const char *const[]){"killed", "dead", "injured", NULL})) continue;
        uint32_t p = Q->span.t1;
        if (p + 1 >= s->t1 || !S_is(c, p, "parmi")) continue;
        S_arg a;
        if (!(c->ment[p + 1] >= 0 ? S_mention_at(c, p + 1, &a) : S_np_at(c, p + 1, s->t1, &a)) ||
            S_is_plain_place(c, a.ent, a.sp) || c->in_time[a.sp.t0])
            continue;
        S_push_args(c, &a, 1, 1, e);
        return 1;
    }
    return 0;
}

/* The site named from token T: 1 plus the last word of a site of several
 * words of the lexicon starting there ("boîte de nuit", "centres
 * culturels": its words' forms, else the lemmas of the head and of the
 * adjectives: "boîtes de nuit", "lieux de culte"), tried only when "de" or
 * an adjective follows T; else 0.                                        */
static uint32_t S_site_words(S_ctx *c, uint32_t t, uint32_t s1)
{
    if (t + 1 >= s1 || !(S_in(S_tok(c, t + 1)->norm, (const char *const[]){"de", "d'", NULL}) ||
                         (S_tok(c, t + 1)->pos & DP_POS_ADJ)))
        return 0;
    S_entry e[S_SENSES];
    for (int lem = 0; lem < 2; lem++) {
        char key[96], b[64];
        size_t len = 0;
        /* every key tried has several words: none when no key starts with
         * the first one and a space (its record's prefix)                 */
        const S_first *r = !c->first ? NULL : lem && S_tok(c, t)->lemma ? S_lemma_first(c, t, S_lemma(c, t, b, sizeof b))
                                                                      : S_first_tok(c, t);
        if (r && !r->prefix) continue;
        for (uint32_t u = t; u < s1 && u < t + 4; u++) {
            int by_lemma = lem && (u == t || (S_tok(c, u)->pos & DP_POS_ADJ));   /* not "de": "nuit" */
            const char *w = by_lemma ? S_lemma(c, u, b, sizeof b) : S_tok(c, u)->norm;
            size_t l = strlen(w);
            if (len + l + 2 > sizeof key) break;
            if (u > t) key[len++] = ' ';
            memcpy(key + len, w, l);
            len += l;
            key[len] = 0;
            if (u == t) continue;
            size_t n = S_lookup(c, key, e, S_SENSES);
            for (size_t k = 0; k < n; k++)
                if (e[k].part == P_SITE) return u + 1;
        }
    }
    return 0;
}

/* The noun phrase SP is headed by a site noun of the lexicon ("une
 * mosquée", "le sanctuaire", "deux boîtes de nuit"), not a mere place
 * noun ("la ville"): the token after the site's name, else 0.  A site of
 * several words may run past SP ("une boîte" + "de nuit").              */
static uint32_t S_site_end(S_ctx *c, dp_tspan sp)
{
    uint32_t t = sp.t0;
    while (t < sp.t1 && (S_is_det(c, t) || S_tok(c, t)->kind == DP_TOK_NUM || (S_tok(c, t)->pos & DP_POS_NUM))) t++;
    if (t >= sp.t1) return 0;
    uint32_t s1 = c->d->sents.v[c->d->toks.v[t].sent].t1;
    uint32_t end = S_site_words(c, t, s1);
    if (end) return end;
    S_entry e[S_SENSES];
    size_t n = S_lookup_tok(c, t, e, S_SENSES);
    for (size_t k = 0; k < n; k++)
        if (e[k].part == P_SITE) return t + 1;
    return 0;
}

static int S_site_head(S_ctx *c, dp_tspan sp)
{
    return S_site_end(c, sp) != 0;
}

/* A's span widened over the whole name of its site ("une boîte de nuit"). */
static void S_site_widen(S_ctx *c, S_arg *a)
{
    uint32_t end = S_site_end(c, a->sp);
    if (end > a->sp.t1) a->sp.t1 = end;
}

static int S_opening_site(S_ctx *c, dp_event *e);

/* An attack with no target told inside a site ("une fusillade a éclaté
 * dans un bar", "a fait exploser sa charge au sein du
 * temple"): the site is what it hit.  Returns 1 when one was added.  */
static int S_site_target(S_ctx *c, dp_event *e)
{
    const dp_doc *d = c->d;
    const dp_sentence *s = &d->sents.v[e->sent];
    int commas = 0;
    for (uint32_t j = e->trigger.t1; j + 1 < s->t1 && j < e->trigger.t1 + 15; j++) {
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t) || (S_is_comma(t) && ++commas > 1) ||
            S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", "lorsque", "alors", NULL}))
            return 0;
        uint32_t k = j + 1;
        if (S_is(c, j, "sein") && j > s->t0 && S_is(c, j - 1, "au") && S_in(S_tok(c, k)->norm, (const char *const[]){"de", "du", "des", "d'", NULL}))
            k += !S_is(c, k, "du") && !S_is(c, k, "des");   /* "au sein du sanctuaire" */
        else if (S_is(c, j, "au") || (S_is(c, j, "a") && S_in(S_tok(c, k)->norm, (const char *const[]){"la", "l'", NULL})))
            k = S_is(c, j, "au") ? j : j + 1;   /* "au centre culturel": "à le"; "à la mosquée": its determiner */
        else if (!S_in(t->norm, (const char *const[]){"dans", "devant", NULL}))
            continue;
        S_arg a;
        if (k >= s->t1 || (!S_is_det(c, k) && !S_is(c, k, "au")) || !S_np_at(c, k, s->t1, &a)) continue;
        S_drop_contraction(&a, j);   /* "au": "à le" */
        if (!S_site_head(c, a.sp)) continue;
        S_site_widen(c, &a);
        S_push_args(c, &a, 1, 1, e);
        return 1;
    }
    return S_opening_site(c, e);
}

/* "Dans une banque de Vierzon, une prise d'otages a eu lieu": a
 * site the sentence of attack E opens with, before the trigger, is what
 * it hit.  Returns 1 when one was added.                                 */
static int S_opening_site(S_ctx *c, dp_event *e)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    uint32_t j = s->t0;
    while (j < e->trigger.t0 && j < s->t0 + 2 && (S_is_stop(S_tok(c, j)) || S_is_comma(S_tok(c, j)))) j++;
    /* only for the clause that phrase opens, the attack its subject or
     * verb ("..., une fusillade a éclaté"), not an event noun deeper in it
     * ("..., les médecins soignent les blessés de l'attentat") */
    uint32_t k = e->trigger.t0;
    while (k > j && (S_is_aux(c, k - 1) || S_in(S_tok(c, k - 1)->norm, (const char *const[]){"ne", "n'", "s'", "se", NULL})))
        k--;   /* "une voiture a explosé": the verb group */
    while (k > j && (S_is_det(c, k - 1) || ((S_tok(c, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NUM)) &&
                                             (!S_is_verb(S_tok(c, k - 1)) || (S_tok(c, k - 1)->pos & DP_POS_ADJ) ||
                                              (k - 1 > j && S_is_det(c, k - 2))) &&
                                             !(S_tok(c, k - 1)->pos & DP_POS_PREP))))
        k--;
    if (k <= j || !S_is_comma(S_tok(c, k - 1))) return 0;
    S_arg a;
    if (j + 2 < e->trigger.t0 && S_in(S_tok(c, j)->norm, (const char *const[]){"dans", "devant", NULL}) &&
        S_is_det(c, j + 1) && S_np_at(c, j + 1, e->trigger.t0, &a) && S_site_head(c, a.sp) && a.sp.t1 <= e->trigger.t0) {
        S_site_widen(c, &a);
        S_push_args(c, &a, 1, 1, e);
        return 1;
    }
    return 0;
}

/* E's recipients are all counts of people told before its trigger in its
 * sentence, the toll of a main clause ("Quatre personnes sont mortes
 * lorsqu'un tireur a fait feu dans un bar"): no target of its own
 * clause.                                                                 */
static int S_toll_only(S_ctx *c, const dp_event *e)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    int tolls = 0;
    uint32_t last = s->t0;
    for (size_t i = 0; i < e->recipients.n; i++) {
        dp_tspan sp = e->recipients.v[i].span;
        if (sp.t0 >= s->t1) continue;   /* a toll told after, folded in */
        if (sp.t0 < s->t0 || sp.t1 > e->trigger.t0 || c->qty_at[sp.t0] < 0) return 0;
        tolls++;
        if (sp.t1 > last) last = sp.t1;
    }
    if (!tolls) return 0;
    /* the attack in a clause of its own after the toll's: "lorsqu'un
     * homme a ouvert le feu", "quand une bombe a explosé" (not "ont été
     * blessées et transportées à l'hôpital": the victims' own verbs) */
    for (uint32_t j = last; j < e->trigger.t0; j++)
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"lorsque", "lorsqu'", "quand", NULL}) ||
            (S_in(S_tok(c, j)->norm, (const char *const[]){"que", "qu'", NULL}) && j > s->t0 &&
             S_in(S_tok(c, j - 1)->norm, (const char *const[]){"apres", "alors", NULL})))
            return 1;
    return 0;
}

static void S_victims(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        /* the toll counted in the main clause, and the site its own clause
         * names: both were hit */
        if (!strcmp(e->event, "ASSAULT") && S_toll_only(c, e)) {
            S_site_target(c, e);
            continue;
        }
        /* recipients only folded in from other sentences (their tolls):
         * the site its own sentence opens with was hit as well */
        int own = 0;
        for (size_t i = 0; i < e->recipients.n; i++) own |= d->toks.v[e->recipients.v[i].span.t0].sent == e->sent;
        if (!strcmp(e->event, "ASSAULT") && e->recipients.n && !own) {
            S_site_target(c, e);   /* its own site, or the one it opens with */
            continue;
        }
        if (strcmp(e->event, "ASSAULT") || S_toll_among(c, e) || e->recipients.n || S_site_target(c, e))
            continue;
        const dp_sentence *s = &d->sents.v[e->sent];
        for (uint32_t j = S_lo(s, e->trigger.t0); j < S_hi(s, e->trigger.t1); j++) {
            if (c->qty_at[j] < 0) continue;
            const dp_quantity *Q = &d->quantities.v[c->qty_at[j]];
            if (!Q->of || !S_in(Q->of, (const char *const[]){"killed", "dead", "injured", NULL})) continue;
            if (Q->span.t0 < s->t0 || Q->span.t1 > s->t1 || Q->span.t0 >= Q->span.t1) continue;
            /* "a fait 44 morts": a toll names no party, "tuant 50 civils" does */
            if (Q->head < d->toks.n && S_in(S_tok(c, Q->head)->norm, (const char *const[]){"mort", "morts", "blesse", "blesses",
                                                                                            "victime", "victimes", NULL}))
                continue;
            int taken = Q->span.t0 < e->trigger.t1 && e->trigger.t0 < Q->span.t1;
            for (size_t i = 0; i < e->actors.n; i++)
                if (S_overlaps(e->actors.v[i].span, Q->span.t0, Q->span.t1)) taken = 1;
            if (taken) continue;
            S_arg a = {0};
            if (Q->head < d->toks.n && c->ment[Q->head] >= 0) S_mention_at(c, Q->head, &a);
            else a.ent = a.place = -1;
            a.sp = Q->span;
            S_push_args(c, &a, 1, 1, e);
            break;
        }
    }
}

/* The place mention at token J is where someone was taken or headed, not
 * a scene: "transportée vers l'hôpital de Grenoble", "évacués vers
 * Lyon", "les hôpitaux de Die et de Valence", "l'équipe se rendait à
 * Medellín" (looked for up to 6 words back in its clause; "vers" right
 * before the name only).                                                 */
static int S_destination_place(S_ctx *c, uint32_t s0, uint32_t j)
{
    static const char *const cares[] = {"hopital", "hopitaux", "chu", "clinique", "cliniques", NULL};
    for (uint32_t k = j; k > s0 && j - k < 6; k--) {
        const dp_token *t = S_tok(c, k - 1);
        if (S_is_comma(t) || S_is_stop(t)) return 0;
        if (S_in(t->norm, cares) || (k == j && S_is(c, k - 1, "vers"))) return 1;   /* not "vers 14 heures près de X" */
        if (k - 1 > s0 && S_lemma_among(c, k - 1, (const char *const[]){"rendre", "diriger", NULL}) &&
            S_in(S_tok(c, k - 2)->norm, (const char *const[]){"se", "s'", NULL}))
            return 1;
    }
    return 0;
}

/* A material event no place was found for (none in its sentence, no event
 * told before it placed) happened in the first place the article names
 * (the title's or the lead's country or town: "Turquie : deux journalistes
 * libérés"), not one of a person's role.                                  */
static void S_article_place(S_ctx *c)
{
    dp_doc *d = c->d;
    int32_t first = -1;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (e->place >= 0 || !S_in(e->event, S_material) || e->future || e->hypothetical) continue;
        for (uint32_t j = 0; first < 0 && j < d->toks.n; j++)
            if (c->place[j] >= 0 && !c->role[j] && !S_origin_place(c, 0, j) &&
                !S_subject_place(c, d->sents.v[S_tok(c, j)->sent].t0, j))
                first = c->place[j];
        if (first < 0) return;
        e->place = first;
        /* the article's first place is a country (the title's "France :
         * ..."): the story's scene is the first town of that country the
         * text names up to E's sentence ("un appartement du 19e
         * arrondissement de Paris"), the most specific place of §8 */
        if (!S_country_place(d, first) || !d->places.v[first].rec.cc[0]) continue;
        for (uint32_t j = 0; j < d->sents.v[e->sent].t1 && j < d->toks.n; j++) {
            int32_t p = c->place[j];
            if (p < 0 || (j > 0 && c->place[j - 1] == p) || c->role[j]) continue;
            const dp_place *Q = &d->places.v[p];
            if (!Q->precision || strcmp(Q->precision, "exact") || strcmp(Q->rec.cc, d->places.v[first].rec.cc)) continue;
            uint32_t s0 = d->sents.v[S_tok(c, j)->sent].t0;
            if (S_origin_place(c, s0, j) || S_subject_place(c, s0, j) || S_destination_place(c, s0, j)) continue;
            e->place = p;
            break;
        }
    }
}

/* An appeal to the people of a place ("demande aux riverains de rester
 * à l'abri", "Les habitants de Besançon ont été invités à") is made
 * where they live: the place named with them, else that of the last
 * material event told before it, else the article's first place.         */
static const char *const S_public[] = {"habitants", "population", "populations", "residents", "riverains",
                                       "citoyens", "concitoyens", NULL};
static int32_t S_public_place(S_ctx *c, const dp_event *e)
{
    int public = 0;
    int32_t named = -1;
    for (size_t i = 0; i < e->recipients.n; i++) {
        dp_tspan sp = e->recipients.v[i].span;
        for (uint32_t j = sp.t0; j < sp.t1 && j < c->d->toks.n; j++) {
            if (S_in(S_tok(c, j)->norm, S_public)) public = 1;
            if (named < 0 && c->place[j] >= 0) named = c->place[j];
        }
        /* "les habitants de Strasbourg": the span may stop at the noun */
        for (uint32_t j = sp.t1; public && named < 0 && j + 1 < c->d->toks.n && j < sp.t1 + 2; j++)
            if ((S_is(c, j, "de") || S_is(c, j, "d'")) && c->place[j + 1] >= 0) named = c->place[j + 1];
    }
    return public ? (named >= 0 ? named : INT32_MAX) : -1;
}

static void S_public_appeals(S_ctx *c)
{
    dp_doc *d = c->d;
    int32_t last = -1, first = -1;
    for (uint32_t j = 0; first < 0 && j < d->toks.n; j++)
        if (c->place[j] >= 0 && !c->role[j]) first = c->place[j];
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (S_in(e->event, S_material) && e->place >= 0 && !e->future && !e->hypothetical) last = e->place;
        if (strcmp(e->event, "REQUEST") || e->place >= 0) continue;
        int32_t p = S_public_place(c, e);
        if (p == INT32_MAX) p = last >= 0 ? last : first;
        if (p >= 0) e->place = p;
    }
}

/* The tokens from A to B hold no subject of a clause of their own: no
 * noun or pronoun after the last "et" or comma ("est arrivé sur place et
 * a condamné": one subject; "... et la police a arrêté": another).      */
static int S_same_subject(S_ctx *c, uint32_t a, uint32_t b)
{
    int joined = 0, subj = 0;
    for (uint32_t k = a; k < b; k++) {
        const dp_token *t = S_tok(c, k);
        if (S_is(c, k, "et") || S_is(c, k, "puis") || S_is_comma(t)) { joined = 1; subj = 0; continue; }
        if ((t->pos & (DP_POS_NC | DP_POS_NP | DP_POS_PRO)) && !S_in(t->norm, (const char *const[]){"se", "s'", NULL}))
            subj = 1;
    }
    return joined && !subj;
}

/* E's actor went "sur place" / "sur les lieux" in the past ("Le ministre
 * est arrivé sur place et a dénoncé", "a condamné l'attaque et s'est
 * rendu sur les lieux", "a été dépêché sur place"): a movement verb in a
 * compound past, coordinated with E's trigger with no subject of its own;
 * not an infinitive ("promis de se rendre sur place") nor a future.      */
static int S_on_the_spot(S_ctx *c, const dp_event *e)
{
    static const char *const go[] = {"arriver", "rendre", "depecher", "deplacer", "aller", "venir",
                                     "accourir", "revenir", "retourner", "precipiter", NULL};
    const dp_sentence *s = &c->d->sents.v[e->sent];
    for (uint32_t j = S_lo(s, e->trigger.t0); j + 1 < S_hi(s, e->trigger.t1); j++) {
        if (!S_is(c, j, "sur") || !(S_is(c, j + 1, "place") || (j + 2 < s->t1 && S_is(c, j + 1, "les") && S_is(c, j + 2, "lieux"))))
            continue;
        uint32_t v = j;
        while (v > s->t0 && (S_tok(c, v - 1)->pos & DP_POS_ADV) && !(S_tok(c, v - 1)->pos & DP_POS_VPP)) v--;
        if (v <= s->t0 + 1 || !(S_tok(c, --v)->pos & DP_POS_VPP) || !S_lemma_among(c, v, go)) continue;
        uint32_t g = v;   /* the verb group: "s'est rendu", "a été dépêché" */
        if (g > s->t0 && S_is(c, g - 1, "ete")) g--;
        if (g == s->t0 || !S_is_aux(c, g - 1)) continue;
        g--;
        while (g > s->t0 && S_in(S_tok(c, g - 1)->norm, (const char *const[]){"se", "s'", "ne", "n'", NULL})) g--;
        uint32_t end = S_is(c, j + 1, "les") ? j + 3 : j + 2;
        if ((g <= e->trigger.t0 && e->trigger.t1 <= end) ||   /* the movement itself */
            (end <= e->trigger.t0 && S_same_subject(c, end, e->trigger.t0)) ||
            (e->trigger.t1 <= g && S_same_subject(c, e->trigger.t1, g)))
            return 1;
    }
    return 0;
}

/* E is told in the past conditional of hearsay ("auraient attaqué",
 * "aurait été arrêté", "seraient bloqués"): a reported past event.       */
static int S_reported_past(S_ctx *c, const dp_event *e)
{
    uint32_t s0 = c->d->sents.v[e->sent].t0;
    for (uint32_t j = e->trigger.t0 > s0 + 2 ? e->trigger.t0 - 2 : s0; j < e->trigger.t1; j++)
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"aurait", "auraient", "serait", "seraient", NULL})) return 1;
    return 0;
}

/* E's infinitive follows "sur le point de" ("accusé d'être sur le
 * point de poser une bombe", "sur le point d'être interpellé"): it has
 * not happened.                                                           */
static int S_on_the_point(S_ctx *c, const dp_event *e)
{
    uint32_t j = e->trigger.t0, s0 = c->d->sents.v[e->sent].t0;
    if (j > s0 && S_is(c, j - 1, "etre") && (S_tok(c, j)->pos & DP_POS_VPP)) j--;   /* "sur le point d'être interpellé" */
    else if (!(S_tok(c, j)->pos & DP_POS_VINF) && !S_is(c, j, "etre")) return 0;
    if (j < s0 + 4) return 0;
    return (S_is(c, j - 1, "de") || S_is(c, j - 1, "d'")) && S_is(c, j - 2, "point") && S_is(c, j - 3, "le") &&
           S_is(c, j - 4, "sur");
}

/* An event that did not take place (a foiled plot) or is only possible
 * ("pourrait attaquer") has no date of its own; a planned one keeps the
 * date it is planned for, a reported past one ("auraient attaqué lundi")
 * its day.                                                                */
static void S_undated_unreal(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if ((e->negated || (e->hypothetical && !S_reported_past(c, e)) || S_on_the_point(c, e)) && !e->future &&
            d->published) {
            e->date = d->published;
            e->date_precision = "published";
            e->week = NULL;   /* no stale week to split a join */
        }
    }
}

/* The time T of E's sentence S is told in an incise E's trigger is not
 * in: a segment set off by a comma that opens on a participle, a gerund
 * or a relative pronoun ("..., déplorant des retards depuis des
 * semaines", "Les riverains, qui attendent depuis des mois, ..."), or words
 * between quotation marks.                                               */
static int S_incise_time(S_ctx *c, const dp_sentence *s, const dp_time *T, const dp_event *e)
{
    if (S_in_marks(c, s, T->span.t0, T->span.t1) && !S_in_marks(c, s, e->trigger.t0, e->trigger.t1)) return 1;
    uint32_t a = T->span.t0, b = T->span.t1;
    while (a > s->t0 && !S_is_comma(S_tok(c, a - 1))) a--;
    while (b < s->t1 && !S_is_comma(S_tok(c, b))) b++;
    if (a == s->t0 || (a <= e->trigger.t0 && e->trigger.t1 <= b)) return 0;
    const dp_token *t = S_tok(c, a);
    if (S_is(c, a, "en") && a + 1 < b) t = S_tok(c, a + 1);   /* "en rappelant" */
    return S_gerundive(t) || ((t->pos & DP_POS_VPP) && !(t->pos & DP_POS_NC)) || S_in(t->norm, S_relpron) || S_where(t);
}

/* E's sentence tells a time other than DAY outside an incise: a duration
 * or a repetition ("depuis des mois", "chaque samedi"), another date or a
 * period ("du 27 novembre au 4 décembre") that S_date did not take.     */
static int S_other_time(S_ctx *c, const dp_event *e, const char *day)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    for (uint32_t j = s->t0; j < s->t1; j++) {
        if (c->time_at[j] < 0) continue;
        const dp_time *T = &c->d->times.v[c->time_at[j]];
        if (S_incise_time(c, s, T, e)) continue;
        /* a clock time ("vers 14h20") is the page's own hour */
        if (T->type == DP_TIME_DURATION || T->type == DP_TIME_SET ||
            (T->type == DP_TIME_DATE && (!T->value || strncmp(T->value, day, 10))))
            return 1;
    }
    return 0;
}

/* The events of a day page with no date of their own (the publication
 * date) took place on the title's day, unless the text tells another:
 * not a denied, possible or planned act, which has no day, nor one whose
 * sentence tells another time.                                          */
static void S_day_page(S_ctx *c)
{
    dp_doc *d = c->d;
    const char *day = d->page_day;   /* the time stage's S_page_day */
    if (!day) return;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (!e->date || strcmp(e->date_precision, "published") || e->negated || e->hypothetical || e->future) continue;
        if (S_other_time(c, e, day)) continue;
        e->date = day;
        e->date_precision = "day";
    }
}

/* Events with no place whose actor went "sur place" happened at the scene
 * of the last material event told before them, within S_PLACE_BACK
 * sentences.                                                              */
static void S_scene_places(S_ctx *c)
{
    dp_doc *d = c->d;
    int32_t scene = -1, scene_sent = -1;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (e->place < 0 && scene >= 0 && e->sent >= scene_sent && e->sent - scene_sent <= S_PLACE_BACK &&
            S_on_the_spot(c, e))
            e->place = scene;
        if (S_in(e->event, S_material) && e->place >= 0 && !e->future && !e->hypothetical) {
            scene = e->place;
            scene_sent = (int32_t)e->sent;
        }
    }
}

#define S_SPECIFIC_AROUND 3   /* sentences around an event searched for its town */

/* The town or site mention at token J said where something happened: a
 * locative preposition introduces it ("à Goz Beida", "dans la ville de
 * Sanaa"), and it is no person's role.                                    */
static int S_locative(S_ctx *c, uint32_t j)
{
    if (c->role[j]) return 0;
    int ph = 0;
    const char *prep = S_prep_before(c, j, j > 8 ? j - 8 : 0, &ph);
    return prep && (S_in(prep, (const char *const[]){"a", "dans", "pres", NULL}) || (ph && !strcmp(prep, "de")));
}

/* Sentence S tells something spread over a country: "dans plusieurs villes",
 * "un peu partout en Belgique", "dans tout le pays", "une grève nationale". */
static int S_nationwide(S_ctx *c, const dp_sentence *s)
{
    static const char *const w[] = {"plusieurs", "partout", "travers", "national", "nationale", "nationales",
                                    "nationaux", "nombreuses", "nombreux", "differentes", "diverses", NULL};
    for (uint32_t j = s->t0; j < s->t1; j++)
        if (S_word_listed(c, j, S_W_NATION, w)) return 1;
    return 0;
}

/* An event placed in a whole country ("enlevé au Tchad") or region ("dans
 * l'Oregon") happened at the town of that country or region the text names
 * nearest to it, its own sentence first, then up to S_SPECIFIC_AROUND
 * sentences around it ("à Goz Beida"): the guideline's most specific place. */
static void S_specific_places(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (e->place < 0) continue;
        const dp_place *P = &d->places.v[e->place];
        int region = P->precision && !strcmp(P->precision, "admin1") && P->rec.admin1[0];
        if (!P->precision || (strcmp(P->precision, "country") && !region) || !P->rec.cc[0]) continue;
        if (S_nationwide(c, &d->sents.v[e->sent])) continue;
        int32_t best = -1;
        for (int dist = 0; dist <= S_SPECIFIC_AROUND && best < 0; dist++)
            for (int side = 0; side < 2 && best < 0; side++) {
                int32_t si = side ? e->sent + dist : e->sent - dist;
                if ((dist == 0 && side) || si < 0 || (size_t)si >= d->sents.n) continue;
                const dp_sentence *s = &d->sents.v[si];
                for (uint32_t j = s->t0; j < s->t1 && best < 0; j++) {
                    int32_t p = c->place[j];
                    if (p < 0 || (j > s->t0 && c->place[j - 1] == p)) continue;
                    const dp_place *Q = &d->places.v[p];
                    if (!Q->precision || strcmp(Q->precision, "exact") || strcmp(Q->rec.cc, P->rec.cc)) continue;
                    if (region && strcmp(Q->rec.admin1, P->rec.admin1)) continue;   /* "à Tucson, dans l'Arizona" */
                    if (S_locative(c, j) && !S_destination_place(c, s->t0, j)) best = p;   /* not "se rendait à X" */
                }
            }
        if (best >= 0) e->place = best;
    }
}

/* The compiled model's lexicon: the model and its "triggers" dictionary,
 * looked up once per document rather than by name at each ask.          */
typedef struct S_mlex {
    const dp_model *m;
    const dp_dict *h;
} S_mlex;
static size_t S_model_find(void *ctx, const char *key, size_t len, const char **vals, size_t max);

/* "X a lancé une mise en garde au maire et réclamé des
 * économies": a verbal record told by a participle coordinated with the
 * verb before (its subject and auxiliary elided) and with no recipient of
 * its own is aimed at the party the record of that verb is aimed at.     */
static void S_shared_target(S_ctx *c)
{
    static const char *const verbal[] = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE",
                                         "CONSULT", NULL};
    dp_doc *d = c->d;
    for (size_t k = 1; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        uint32_t t0 = e->trigger.t0;
        if (e->recipients.n || !S_in(e->event, verbal) || strncmp(e->why, "verb:", 5) ||
            t0 <= d->sents.v[e->sent].t0 || !S_is(c, t0 - 1, "et") || !(S_tok(c, t0)->pos & DP_POS_VPP))
            continue;
        const dp_event *b = &d->events.v[k - 1];
        if (b->sent != e->sent || b->trigger.t1 >= t0 || !S_in(b->event, verbal) || !b->recipients.n) continue;
        for (size_t i = 0; i < b->recipients.n; i++) {
            const dp_event_arg *x = &b->recipients.v[i];
            if (S_arg_in(d, e->actors.v, e->actors.n, x)) continue;
            S_arg a = {.ent = x->entity, .sp = x->span, .actor = x->actor, .place = -1};
            S_push_args(c, &a, 1, 1, e);
        }
    }
}

/* Verbs whose "par" agent holds, uses or lives in the thing or place their
 * participle qualifies ("un logement loué par le suspect", "un hôtel
 * fréquenté par des touristes", "les zones contrôlées par l'EI").        */
static const char *const S_user_verbs[] = {"loue", "occupe", "habite", "frequente", "tenu", "gere",
                                           "exploite", "utilise", "possede", "detenu", "controle", NULL};

/* Token J is a past participle of S_user_verbs, any gender and number
 * (by form: the tagger may lemmatise "tenues" as the noun "tenue").      */
static int S_user_participle(S_ctx *c, uint32_t j)
{
    const dp_token *t = S_tok(c, j);
    return (t->pos & (DP_POS_VPP | DP_POS_ADJ)) && c->ment[j] < 0 && S_participle_in(t->norm, S_user_verbs);
}

/* "la fouille de l'appartement occupé par le suspect", "ont explosé devant
 * trois bars fréquentés par des étudiants", "des frappes sur les villages
 * tenus par les rebelles": an attack on, or a search or seizure of, a place
 * or a thing that a party holds or uses is aimed at that party, the "par"
 * agent of such a participle after the trigger in its clause, when the
 * phrase it qualifies is the act's target (never its means or source).  */
static void S_place_users(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "ASSAULT") && strcmp(e->event, "COERCE")) continue;
        const dp_sentence *s = &d->sents.v[e->sent];
        int commas = 0;
        for (uint32_t j = e->trigger.t1 + 1; j + 2 < s->t1 && j < e->trigger.t1 + 20; j++) {
            const dp_token *t = S_tok(c, j);
            if (S_is_stop(t) || (S_is_comma(t) && ++commas > 1) ||
                S_in(t->norm, (const char *const[]){"qui", "que", "qu'", "dont", "lorsque", "lorsqu'", "alors", "tandis",
                                                    "mais", NULL}) ||
                S_is_aux(c, j) || (S_is_clause_verb(c, j) && !(t->pos & DP_POS_VPP)))
                break;
            if (!S_user_participle(c, j)) continue;
            const dp_token *n = S_tok(c, j - 1);   /* the noun it qualifies */
            if (!(c->ment[j - 1] >= 0 || ((n->pos & DP_POS_NC) && (!S_is_verb(n) || S_is_det(c, j - 2))))) break;
            /* with targets of its own, only a target's holder ("ont arrêté
             * dix militants dans un squat occupé par X": X is not arrested) */
            int on_target = !e->recipients.n;
            for (size_t i = 0; i < e->recipients.n; i++)
                on_target |= e->recipients.v[i].span.t0 <= j - 1 && j - 1 < e->recipients.v[i].span.t1;
            if (!on_target) break;
            /* the qualified phrase is what the act is aimed at: its object,
             * its "de" complement, or one "contre", "sur", "devant", "dans",
             * "à"; not a means or a source ("à l'aide d'une voiture prêtée par",
             * "depuis un bâtiment occupé par") */
            uint32_t np = j - 1;
            while (np > e->trigger.t1 && !S_is_det(c, np) && c->ment[np - 1] < 0 &&
                   (S_tok(c, np - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NUM | DP_POS_DET)))
                np--;
            if (c->ment[j - 1] >= 0) {
                S_arg m;
                S_mention_at(c, j - 1, &m);
                np = m.sp.t0;
                while (np > e->trigger.t1 && S_is_det(c, np - 1)) np--;
            }
            const char *prep = S_in(S_tok(c, np)->norm, (const char *const[]){"du", "des", NULL}) && np > e->trigger.t1 &&
                                       !S_prep_before(c, np, e->trigger.t1, NULL)
                                   ? "de"
                                   : S_prep_before(c, np, e->trigger.t1, NULL);
            if (prep && !S_in(prep, (const char *const[]){"de", "contre", "sur", "devant", "dans", "a", NULL})) break;
            uint32_t p = j + 1;
            if (p < s->t1 && (S_tok(c, p)->pos & DP_POS_ADV) && !S_is(c, p, "par")) p++;   /* "notamment" */
            if (p + 1 >= s->t1 || !S_is(c, p, "par")) break;
            S_arg a;
            if (!(c->ment[p + 1] >= 0 ? S_mention_at(c, p + 1, &a) : (S_is_det(c, p + 1) && S_np_at(c, p + 1, s->t1, &a))) ||
                c->in_time[a.sp.t0] || S_is_plain_place(c, a.ent, a.sp) || S_agentless(c, &a))
                break;
            /* the agent of "loué par X" read as the act's own agent is the
             * participle's, not the act's ("la fouille de l'appartement loué
             * par X": X did not search it); any other actor stays */
            size_t m = 0;
            for (size_t i = 0; i < e->actors.n; i++)
                if (e->actors.v[i].span.t0 != a.sp.t0 || e->actors.v[i].span.t1 != a.sp.t1) e->actors.v[m++] = e->actors.v[i];
            e->actors.n = m;
            S_push_args(c, &a, 1, 1, e);
            break;
        }
    }
}

/* Words for the staff or unions of an employer ("les pilotes d'Air
 * France", "dix syndicats de la SNCF").                                   */
static const char *const S_staff[] = {
    "syndicat", "syndicats", "salarie", "salaries", "salariee", "salariees", "employe", "employes", "personnel",
    "personnels", "pilote", "pilotes", "cheminot", "cheminots", "ouvrier", "ouvriers", "ouvrieres", "travailleurs",
    "agents", "controleurs", "chauffeurs", "hotesses", "stewards", "techniciens", "dockers", NULL};

/* The phrase A is headed by a staff word completed by an organisation
 * ("Trois syndicats de la SNCF"): that organisation into OUT.           */
static int S_employer_of(S_ctx *c, const S_arg *a, S_arg *out)
{
    uint32_t n = c->d->toks.n, h = a->sp.t0;
    while (h < n && h < a->sp.t0 + 3 &&
           (S_is_det(c, h) || S_tok(c, h)->kind == DP_TOK_NUM || (S_tok(c, h)->pos & DP_POS_NUM)))
        h++;
    if (h >= n || !S_in(S_tok(c, h)->norm, S_staff)) return 0;
    uint32_t k = h + 1;
    if (k < n && (S_tok(c, k)->pos & DP_POS_ADJ) && c->ment[k] < 0) k++;
    if (k + 1 >= n || !S_in(S_tok(c, k)->norm, (const char *const[]){"de", "d'", "du", NULL})) return 0;
    uint32_t m = k + 1;
    if (S_is(c, k, "de") && S_in(S_tok(c, m)->norm, (const char *const[]){"la", "l'", NULL})) m++;
    if (m >= n || c->ment[m] < 0 || !S_mention_at(c, m, out) || out->sp.t0 != m) return 0;
    return c->d->ents.v[out->ent].type == DP_ENT_ORG;
}

/* The strike E is told with a complement of solidarity after it ("en
 * soutien aux cheminots", "par solidarité avec", "en solidarité avec"):
 * it backs other workers and is not aimed at its strikers' employer.     */
static int S_solidarity(S_ctx *c, const dp_event *e)
{
    const dp_sentence *s = &c->d->sents.v[e->sent];
    for (uint32_t j = e->trigger.t1; j + 1 < s->t1; j++) {
        if (S_is_stop(S_tok(c, j))) return 0;
        if ((S_is(c, j, "en") || S_is(c, j, "par")) &&
            S_in(S_tok(c, j + 1)->norm, (const char *const[]){"soutien", "solidarite", NULL}))
            return 1;
    }
    return 0;
}

/* "les pilotes d'Air France sont en grève", "les salariés de Renault ont
 * entamé une grève": a strike whose own actor is the staff or unions of
 * an organisation is aimed at that employer.                             */
static void S_strike_employer(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "PROTEST") || !S_has_mode(e, "strike") || e->recipients.n || S_solidarity(c, e))
            continue;
        S_arg boss;
        for (size_t i = 0; i < e->actors.n; i++) {
            S_arg a = {.ent = -1, .sp = e->actors.v[i].span, .place = -1};
            if (!S_employer_of(c, &a, &boss)) continue;
            S_push_args(c, &boss, 1, 1, e);
            break;
        }
    }
}

static const char *const S_recip_ones[] = {"un", "une", "uns", "unes", NULL};
static const char *const S_recip_preps[] = {"de", "d'", "des", "a", "aux", "contre", "envers", NULL};

/* The tokens [T0, T1) are a reciprocal pronoun, whole or its first half:
 * "l'un l'autre", "les unes les autres", "l'un contre l'autre", "les
 * uns" (of "les uns les autres").                                        */
static int S_reciprocal_at(S_ctx *c, uint32_t t0, uint32_t t1)
{
    if (t1 < t0 + 2 || !S_in(S_tok(c, t0)->norm, (const char *const[]){"l'", "les", NULL}) ||
        !S_in(S_tok(c, t0 + 1)->norm, S_recip_ones))
        return 0;
    for (uint32_t t = t0 + 2; t < t1; t++)
        if (!S_in(S_tok(c, t)->norm, (const char *const[]){"l'", "les", "autre", "autres", NULL}) &&
            !S_in(S_tok(c, t)->norm, S_recip_preps))
            return 0;
    return 1;
}

/* The recipient phrase R is words that never name a party: a reciprocal
 * pronoun ("se sont accusés l'un l'autre", "l'une de l'autre"; guideline:
 * never a pronoun), or a count of times ("une nouvelle fois", "c'est la
 * première fois que").                                                   */
static int S_no_party_phrase(S_ctx *c, const dp_event_arg *r)
{
    if (r->entity >= 0 || r->span.t0 >= r->span.t1 || r->span.t1 > c->d->toks.n) return 0;
    if (S_is(c, r->span.t1 - 1, "fois")) return 1;   /* "une nouvelle fois", "la première fois" */
    if (S_reciprocal_at(c, r->span.t0, r->span.t1)) return 1;   /* "se sont accusés l'un l'autre" */
    uint32_t h = r->span.t0;
    while (h + 1 < r->span.t1 && S_is_det(c, h)) h++;
    if (h + 1 != r->span.t1) return 0;   /* one word past the determiners */
    const char *w = S_tok(c, h)->norm;
    if (strcmp(w, "autre") && strcmp(w, "autres")) return 0;
    /* "l'autre" after "l'un", "l'une de", "les uns contre": the second half */
    uint32_t t = r->span.t0;
    if (t > 0 && S_in(S_tok(c, t - 1)->norm, S_recip_preps)) t--;
    return t >= 2 && S_in(S_tok(c, t - 1)->norm, S_recip_ones) && S_in(S_tok(c, t - 2)->norm, (const char *const[]){"l'", "les", NULL});
}

static void S_no_party_words(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        size_t n = 0;
        for (size_t i = 0; i < e->recipients.n; i++) n += !S_no_party_phrase(c, &e->recipients.v[i]);
        if (n == e->recipients.n) continue;
        dp_event_arg *nv = dp_arena_alloc(&d->arena, (e->recipients.n + 1) * sizeof *nv);   /* a merged record may share the list */
        n = 0;
        for (size_t i = 0; i < e->recipients.n; i++)
            if (!S_no_party_phrase(c, &e->recipients.v[i])) nv[n++] = e->recipients.v[i];
        e->recipients.v = nv;
        e->recipients.cap = e->recipients.n + 1;
        e->recipients.n = n;
    }
}

/* "l'annulation de sa rencontre avec Kim Jong-un", "annonce l'annulation
 * du sommet entre la France et l'Algérie": a cancellation noun with no
 * target of its own whose "de" complement is a meeting told as a record
 * (CONSULT) is aimed at the meeting's other parties, those of its
 * recipients that are not the ones who cancel (as the verb reads them:
 * "a annulé sa rencontre avec X").                                        */
static void S_cancelled_meeting(S_ctx *c)
{
    static const char *const glue[] = {"le", "la", "l'", "les", "sa", "son", "ses", "leur", "leurs", "ce", "cette",
                                       "prochain", "prochaine", "futur", "future", NULL};
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (strcmp(e->event, "SANCTION") || !S_has_mode(e, "cancel") || e->recipients.n || strncmp(e->why, "noun:", 5))
            continue;
        const dp_sentence *s = &d->sents.v[e->sent];
        uint32_t j = e->trigger.t1;
        if (j >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"de", "d'", "du", "des", NULL})) continue;
        j++;
        while (j < s->t1 && j < e->trigger.t1 + 4 && S_in(S_tok(c, j)->norm, glue)) j++;
        for (size_t i = 0; i < d->events.n; i++) {
            const dp_event *m = &d->events.v[i];
            if (i == k || m->sent != e->sent || strcmp(m->event, "CONSULT") || m->trigger.t0 != j) continue;
            for (size_t r = 0; r < m->recipients.n; r++) {
                const dp_event_arg *x = &m->recipients.v[r];
                if (S_arg_in(d, e->actors.v, e->actors.n, x)) continue;
                S_arg a = {.ent = x->entity, .sp = x->span, .actor = x->actor, .place = -1};
                S_push_args(c, &a, 1, 1, e);
            }
            break;
        }
    }
}

/* A person read both as the actor and as the recipient of one record
 * (organisations' names are linked more loosely, and the same words may
 * name two groups: "le Front" and "le Front du Sud"): a passive trigger
 * ("a été enlevée") tells what happened to them, any other what they did. */
static void S_one_side(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (!e->actors.n || !e->recipients.n) continue;
        int passive = 0;
        for (uint32_t t = e->trigger.t0; t < e->trigger.t1; t++) passive |= S_is(c, t, "ete");
        dp_event_arg **v = passive ? &e->actors.v : &e->recipients.v;
        size_t *n = passive ? &e->actors.n : &e->recipients.n;
        const dp_event_arg *o = passive ? e->recipients.v : e->actors.v;
        size_t no = passive ? e->recipients.n : e->actors.n, m = 0;
        dp_event_arg *nv = NULL;
        for (size_t i = 0; i < *n; i++) {
            int both = 0;
            for (size_t j = 0; j < no && !both; j++)
                both = (*v)[i].entity >= 0 && (*v)[i].entity == o[j].entity &&
                       d->ents.v[o[j].entity].type == DP_ENT_PER;
            if (!both && !nv) continue;
            if (!nv) {   /* a copy: a merged record may share the list */
                nv = dp_arena_alloc(&d->arena, *n * sizeof *nv);
                memcpy(nv, *v, i * sizeof *nv);
                m = i;
            }
            if (!both) nv[m++] = (*v)[i];
        }
        if (nv) {
            *v = nv;
            *n = m;
            if (passive) e->actors.cap = m; else e->recipients.cap = m;
        }
    }
}

/* ---- places of nationwide events ------------------------------------------- */

/* An event whose clause spreads it over a country or region after its
 * trigger ("ont bloqué les ronds-points partout en Belgique", "sur toute la
 * Belgique") happened in that whole area, not at a place the sentence
 * singles out of it after ("en particulier dans la province de Liège").   */
static void S_area_places(S_ctx *c)
{
    dp_doc *d = c->d;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        const dp_sentence *s = &d->sents.v[e->sent];
        /* the area phrase completes the event's clause: after its trigger,
         * no comma, participle ("recherché dans toute la France") or
         * relative pronoun between */
        for (uint32_t j = e->trigger.t1; j + 2 < s->t1 && !S_is_comma(S_tok(c, j)); j++) {
            if (((S_tok(c, j)->pos & DP_POS_VPP) && !(S_tok(c, j)->pos & DP_POS_NC)) ||   /* not "points" */
                S_in(S_tok(c, j)->norm, S_relpron))
                break;
            uint32_t p0;
            if (S_is(c, j, "partout") && S_in(S_tok(c, j + 1)->norm, (const char *const[]){"en", "au", "aux", "dans", NULL}))
                p0 = j + 2;
            else if ((S_is(c, j, "travers") && j > e->trigger.t1 && S_is(c, j - 1, "a")) ||
                     (S_in(S_tok(c, j)->norm, (const char *const[]){"tout", "toute", NULL}) && j > e->trigger.t1 &&
                      S_in(S_tok(c, j - 1)->norm, (const char *const[]){"dans", "sur", NULL})))
                p0 = j + 1;
            else
                continue;
            if (p0 < s->t1 && S_in(S_tok(c, p0)->norm, (const char *const[]){"le", "la", "l'", "les", NULL})) p0++;
            int32_t p = p0 < s->t1 ? c->place[p0] : -1;
            if (p < 0 || c->place[p0 - 1] == p) continue;
            const char *pr = d->places.v[p].precision;
            /* a place the clause names before the phrase ("interpellé à
             * Lille ... partout en France") stays */
            int before = 0;
            if (e->place >= 0)
                for (uint32_t t = s->t0; t < j && !before; t++) before = c->place[t] == e->place;
            if (pr && (!strcmp(pr, "country") || !strcmp(pr, "admin1")) && !before) e->place = p;
            break;
        }
    }
}

/* ---- seats of organisations ----------------------------------------------- */

/* The seat GOT may replace the record's place WAS: WAS is none, or the
 * country the seat lies in ("le tribunal central de Séoul" in a text
 * placed in "Corée du Sud").                                             */
static int S_seat_fits(const dp_doc *d, int32_t was, int32_t got)
{
    if (was < 0) return 1;
    const char *a = d->places.v[was].rec.cc, *b = d->places.v[got].rec.cc;
    return a[0] && a[0] == b[0] && a[1] == b[1];
}

/* An event with no place whose actor is an institution named after its
 * seat ("la cour d'appel de Douai", "le parquet de Bobigny", "la police
 * de Bavière") happened there: a court sits, a police force
 * acts, in its town or unit.  The seat is the place the text resolved
 * under that name, else the gazetteer's town or admin unit of that name
 * in a country of the text's places or actors (when the text names none,
 * a French town of the name, else the most populous), a place of its own
 * with no mention (the words are the organisation's name).                */
static void S_org_seats(S_ctx *c)
{
    dp_doc *d = c->d;
    if (!d->model) return;
    const char *seatkey[16];
    int32_t seatidx[16];
    int nseat = 0;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        /* none yet, or only a country: the seat, inside it, is more specific */
        int32_t was = e->place;
        if (was >= 0 && !S_country_place(d, was)) continue;
        for (size_t i = 0; i < e->actors.n && e->place == was; i++) {
            const dp_event_arg *a = &e->actors.v[i];
            if (a->entity < 0 || d->ents.v[a->entity].type != DP_ENT_ORG || a->span.t1 <= a->span.t0) continue;
            /* an institution that sits where it is named (seats.tsv: tribunal,
             * parquet, police...), not a group named after its founding town
             * ("le Groupe de Lima") */
            uint32_t h = a->span.t0;
            while (h + 1 < a->span.t1 && (S_tok(c, h)->pos & DP_POS_DET)) h++;
            const char *hv[1];
            const char *hn = S_tok(c, h)->norm;
            if (!hn || !dp_dict_find(d->model, "seats", hn, strlen(hn), hv, 1)) continue;
            uint32_t de = UINT32_MAX;
            for (uint32_t t = a->span.t0; t < a->span.t1; t++)
                if (S_in(S_tok(c, t)->norm, (const char *const[]){"de", "du", "d'", NULL})) de = t;
            if (de == UINT32_MAX || de + 1 >= a->span.t1 || !(S_tok(c, de + 1)->flags & DP_TF_CAP)) continue;
            char key[128];
            size_t n = 0;
            for (uint32_t t = de + 1; t < a->span.t1 && n < sizeof key - 1; t++)
                n += (size_t)snprintf(key + n, sizeof key - n, "%s%s", n ? " " : "", S_tok(c, t)->norm);
            if (n >= sizeof key - 1) continue;
            int32_t got = -1;
            for (size_t p = 0; p < d->places.n && got < 0; p++) {
                const dp_place *P = &d->places.v[p];
                for (size_t m = 0; m < P->mentions.n && got < 0; m++) {
                    char mk[128];
                    size_t l = 0;
                    for (uint32_t t = P->mentions.v[m].t0; t < P->mentions.v[m].t1 && l < sizeof mk - 1; t++)
                        l += (size_t)snprintf(mk + l, sizeof mk - l, "%s%s", l ? " " : "", S_tok(c, t)->norm);
                    if (!strcmp(mk, key)) got = (int32_t)p;
                }
            }
            if (got >= 0) {
                const char *pr = d->places.v[got].precision;
                if (pr && (!strcmp(pr, "exact") || !strcmp(pr, "admin1")) && S_seat_fits(d, was, got)) e->place = got;
                continue;
            }
            for (int q = 0; q < nseat && got < 0; q++)   /* a seat added for an earlier event */
                if (!strcmp(seatkey[q], key)) got = seatidx[q];
            if (got >= 0) {
                if (S_seat_fits(d, was, got)) e->place = got;
                continue;
            }
            int ctx = 0;        /* the text puts anything in some country */
            for (size_t p = 0; p < d->places.n && !ctx; p++) ctx = d->places.v[p].rec.cc[0] != 0;
            for (size_t x = 0; x < d->ents.n && !ctx; x++) ctx = d->ents.v[x].actor.country[0] != 0;
            uint32_t ids[8];
            size_t nid = dp_gaz_find(d->model, key, n, ids, 8);
            if (nid > 8) nid = 8;
            if (!ctx) {         /* none: a French place of the name, else its most populous (gazetteer order) */
                size_t fr = 0;
                for (size_t q = 0; q < nid && !fr; q++) {
                    dp_gaz_rec r;
                    if (!dp_gaz_get(d->model, ids[q], &r) && r.cc[0] == 'F' && r.cc[1] == 'R' && r.fclass == 'P') fr = q + 1;
                }
                if (fr) ids[0] = ids[fr - 1];
                if (nid > 1) nid = 1;
            }
            for (size_t q = 0; q < nid && q < 8 && got < 0; q++) {
                dp_gaz_rec r;
                if (dp_gaz_get(d->model, ids[q], &r)) continue;
                int town = r.fclass == 'P', unit = !memcmp(r.fcode, "ADM1", 5) || !memcmp(r.fcode, "ADM2", 5);
                if (!town && !unit) continue;
                int known = 0;      /* a country of the text's places or actors */
                for (size_t p = 0; p < d->places.n && !known; p++)
                    known = d->places.v[p].rec.cc[0] && !memcmp(d->places.v[p].rec.cc, r.cc, 2);
                char cc2[3] = {r.cc[0], r.cc[1], 0}, cc3[4];
                if (!known && cc2[0] && !dp_country_cc3(d->model, cc2, cc3))
                    for (size_t x = 0; x < d->ents.n && !known; x++)
                        known = !strcmp(d->ents.v[x].actor.country, cc3);
                if (!known && ctx) continue;
                got = (int32_t)d->places.n;
                dp_place *R = DP_DPUSH(d, d->places);
                memset(R, 0, sizeof *R);
                R->gaz = ids[q];
                R->rec = r;
                R->precision = town ? "exact" : "admin1";
                R->entity = -1;
                if (nseat < 16) {
                    seatkey[nseat] = dp_arena_strdup(&d->arena, key);
                    seatidx[nseat++] = got;
                }
            }
            if (got >= 0 && S_seat_fits(d, was, got)) e->place = got;
        }
    }
}

/* ---- compass regions ------------------------------------------------------ */

/* The compass word of "le nord du Mali", "dans l'ouest du Tchad",
 * "le sud-est du Tchad" before the place mention starting at T0: its
 * token, or -1.  The word takes an article ("à 40 km au sud de Gao"
 * names no region; "qui est du Mali" no compass).                     */
static int64_t S_compass_before(S_ctx *c, uint32_t t0)
{
    static const char *const dir[] = {"nord", "sud", "est", "ouest", "nord-est", "nord-ouest",
                                      "sud-est", "sud-ouest", NULL};
    int64_t j = (int64_t)t0 - 1;
    if (j >= 0 && S_in(S_tok(c, (uint32_t)j)->norm, (const char *const[]){"la", "l'", "le", "les", NULL})) j--;
    if (j >= 1 && !strcmp(S_tok(c, (uint32_t)j)->norm, "'") && S_is(c, (uint32_t)j - 1, "d")) j--;  /* "d' Ukraine" */
    if (j < 0 || !S_in(S_tok(c, (uint32_t)j)->norm, (const char *const[]){"de", "d'", "d", "du", "des", NULL})) return -1;
    if (--j < 1 || !S_in(S_tok(c, (uint32_t)j)->norm, dir)) return -1;
    if (!S_in(S_tok(c, (uint32_t)j - 1)->norm, (const char *const[]){"le", "l'", "du", "au", NULL})) return -1;
    return j;
}

/* An event placed in a country that its own sentence names takes the
 * mention of it nearest its trigger.  When that mention follows a compass
 * word ("pilonnés dans l'est du Tchad"), the event is placed at the
 * model's point of that region (the "compass" dictionary: where the
 * country's people live in that direction), a place of its own with no
 * mention: the country keeps its mentions.  One place per country and
 * direction.                                                              */
static void S_compass_regions(S_ctx *c)
{
    dp_doc *d = c->d;
    if (!d->model) return;
    size_t np0 = d->places.n;
    const char *regkey[16];
    int32_t regidx[16];
    int nreg = 0;
    for (size_t k = 0; k < d->events.n; k++) {
        dp_event *e = &d->events.v[k];
        if (e->place < 0 || (size_t)e->place >= np0) continue;
        const dp_place *P = &d->places.v[e->place];
        if (!P->precision || strcmp(P->precision, "country") || !P->rec.cc[0]) continue;
        const dp_sentence *s = &d->sents.v[e->sent];
        const dp_tspan *m = NULL;
        uint32_t best = UINT32_MAX;
        for (size_t i = 0; i < P->mentions.n; i++) {
            const dp_tspan *x = &P->mentions.v[i];
            if (x->t0 >= s->t0 && x->t1 <= s->t1) {
                uint32_t dist = x->t0 >= e->trigger.t1 ? x->t0 - e->trigger.t1
                              : e->trigger.t0 >= x->t1 ? e->trigger.t0 - x->t1 : 0;
                if (dist < best) { best = dist; m = x; }
            }
        }
        int64_t j = m ? S_compass_before(c, m->t0) : -1;
        if (j < 0) continue;
        char key[32];
        snprintf(key, sizeof key, "%c%c %s", P->rec.cc[0] | 0x20, P->rec.cc[1] | 0x20, S_tok(c, (uint32_t)j)->norm);
        const char *v[1];
        if (!dp_dict_find(d->model, "compass", key, strlen(key), v, 1)) continue;
        const dp_token *a = S_tok(c, (uint32_t)j), *b = S_tok(c, m->t1 - 1);
        int32_t got = -1;
        for (int q = 0; q < nreg && got < 0; q++)
            if (!strcmp(regkey[q], key)) got = regidx[q];
        if (got < 0) {
            char *end;
            double lat = strtod(v[0], &end), lon = *end == '\t' ? strtod(end + 1, NULL) : 0;
            if (*end != '\t') continue;
            dp_gaz_rec r = P->rec;
            got = (int32_t)d->places.n;
            dp_place *R = DP_DPUSH(d, d->places);
            memset(R, 0, sizeof *R);
            r.geonameid = 0;
            r.lat = (float)lat;
            r.lon = (float)lon;
            r.population = 0;
            r.fclass = 'L';
            memset(r.fcode, 0, sizeof r.fcode);
            memcpy(r.fcode, "RGN", 3);
            r.name = dp_arena_strndup(&d->arena, d->text + a->b0, b->b1 - a->b0);
            R->gaz = 0;
            R->rec = r;
            R->precision = "approx";
            R->entity = -1;
            if (nreg < 16) {
                regkey[nreg] = dp_arena_strdup(&d->arena, key);
                regidx[nreg++] = got;
            }
        }
        e->place = got;
    }
}

/* ---- parties named outside the trigger's own words ------------------------ */

/* The argument span SP opens with a pronoun or a possessive: it names
 * nobody explicitly ("il", "son domicile").                               */
static int S_pronominal_span(S_ctx *c, dp_tspan sp)
{
    return sp.t0 < sp.t1 &&
           S_in(S_tok(c, sp.t0)->norm, (const char *const[]){"il", "ils", "elle", "elles", "lui", "eux", "son", "sa", "ses",
                                                             "leur", "leurs", "celui-ci", "celle-ci", "ceux-ci", NULL});
}

/* An act noun object of a judgement ("a qualifié les frappes
 * d'« agression »", "dénonce le verdict", "condamne la persécution"): the
 * ACCUSE record E names nobody it accuses, and the act's author is not in
 * its words.  The accused is the actor of the record told earlier in the
 * document for that act (the act noun's own record too, when the merge
 * folded the earlier telling into it): the nearest record of the noun's
 * event type whose trigger has the noun's own lemma ("les frappes" after
 * "une frappe", "cet attentat" after "un attentat"), when its actor is
 * named.  A record of the type only ("les attentats" after "ont
 * attaqué") is not taken: the merge often gives an attack the actor of
 * the riposte told after it.  Only a
 * definite or demonstrative act ("les", "cette"), which points back; "des
 * frappes" is a new one.  No guess when the act noun names its own target
 * ("les frappes contre Homs": maybe another strike) or when the same noun
 * is told between that record and the judgement with no record of that
 * actor; with "qualifier", only when the act is given a hostile name (an
 * event noun: "d'« agression »").                                        */
static void S_judged_act(S_ctx *c, size_t k)
{
    dp_doc *d = c->d;
    dp_event *e = &d->events.v[k];
    if (strcmp(e->event, "ACCUSE") || e->sent < 0 || (size_t)e->sent >= d->sents.n ||
        e->trigger.t1 <= e->trigger.t0)
        return;
    const dp_sentence *s = &d->sents.v[e->sent];
    uint32_t v = e->trigger.t1 - 1, j = e->trigger.t1;
    if (!S_is_verb(S_tok(c, v))) return;
    while (j < s->t1 && (c->in_time[j] || ((S_tok(c, j)->pos & DP_POS_ADV) && !S_is_det(c, j)) ||
                         S_tok(c, j)->kind == DP_TOK_QUOTE_OPEN || S_tok(c, j)->kind == DP_TOK_QUOTE_CLOSE))
        j++;
    if (j + 1 >= s->t1 || !S_in(S_tok(c, j)->norm, (const char *const[]){"le", "la", "l'", "les", "ce", "cet", "cette",
                                                                         "ces", NULL}))
        return;
    uint32_t n = j + 1;
    if (c->ment[n] >= 0 || !(S_tok(c, n)->pos & DP_POS_NC)) return;
    S_entry en[S_SENSES];
    size_t ne = S_lookup_tok(c, n, en, S_SENSES);
    const char *type = NULL;
    for (size_t i = 0; i < ne && !type; i++)
        if (en[i].part == P_NOUN && en[i].f[F_EVENT]) type = en[i].f[F_EVENT];
    if (!type) return;
    /* the author named after the noun ("les frappes de l'armée", "le
     * verdict du tribunal", "l'arrestation par la police"): not this case */
    uint32_t a = n + 1;
    while (a < s->t1 && (S_tok(c, a)->pos & DP_POS_ADJ) && !(S_tok(c, a)->pos & DP_POS_PREP) && c->ment[a] < 0) a++;
    if (a < s->t1 && (S_in(S_tok(c, a)->norm, (const char *const[]){"du", "des", "par", NULL}) ||
                      ((S_is(c, a, "de") || S_is(c, a, "d'")) && a + 1 < s->t1 &&
                       (c->ment[a + 1] >= 0 || S_is_det(c, a + 1)))))
        return;
    /* its own target ("les frappes contre la ville de Homs", "sur
     * Sanaa"): maybe not the act told before -- no guess */
    if (a < s->t1 && S_in(S_tok(c, a)->norm, (const char *const[]){"contre", "sur", "visant", "a", "au", "aux", NULL}))
        return;
    /* "qualifier" judges only with a hostile name for the act ("a qualifié
     * les frappes d'« agression »"; not "de « nécessaires »") */
    if (S_lemma_is(c, v, "qualifier")) {
        uint32_t h = a + 1;   /* "d'« agression »", "d' « agression »" (split: "d", "'") */
        while (h < s->t1 && (S_tok(c, h)->kind == DP_TOK_QUOTE_OPEN || S_is(c, h, "'"))) h++;
        if (a >= s->t1 || !S_in(S_tok(c, a)->norm, (const char *const[]){"de", "d'", "d", NULL}) || h >= s->t1) return;
        S_entry hn[S_SENSES];
        size_t nh = S_lookup_tok(c, h, hn, S_SENSES);
        int hostile = 0;
        for (size_t i = 0; i < nh; i++) hostile |= hn[i].part == P_NOUN && hn[i].f[F_EVENT] != NULL;
        if (!hostile) return;
    }
    char lb[64], tb[64];
    const char *lem = S_lemma(c, n, lb, sizeof lb);
    const dp_event *same = NULL;
    for (size_t i = 0; i < d->events.n; i++) {
        const dp_event *r = &d->events.v[i];
        if (i == k || r->sent < 0 || r->sent > e->sent || (r->sent == e->sent && r->trigger.t0 != n) ||
            strcmp(r->event, type) || !r->actors.n ||
            S_pronominal_span(c, r->actors.v[0].span))
            continue;
        int lemma = 0;
        for (uint32_t t = r->trigger.t0; t < r->trigger.t1 && !lemma; t++) lemma = !strcmp(S_lemma(c, t, tb, sizeof tb), lem);
        if (lemma && (!same || r->trigger.t0 > same->trigger.t0)) same = r;
    }
    const dp_event *r = same;
    if (!r) return;
    /* a record whose trigger is a new act ("a répliqué par des frappes")
     * while its actor is named in another sentence: the merge joined two
     * acts, and which one is judged cannot be told -- no guess */
    const dp_sentence *rs = &d->sents.v[r->sent];
    if (r->trigger.t0 > rs->t0 && r->actors.v[0].span.t0 < rs->t0 &&
        S_in(S_tok(c, r->trigger.t0 - 1)->norm, (const char *const[]){"un", "une", "des", "de", "d'", NULL}))
        return;
    /* the same act noun told again between that record and the judgement
     * as a new act -- a record of another actor, or no record and an
     * indefinite article ("ont répliqué par des frappes sur Sanaa") -- the
     * nearer telling may be the one judged: no guess ("l'attentat" with
     * no record, a record with no actor: the same act told again) */
    for (uint32_t t = r->trigger.t1; t < n; t++) {
        if (c->in_time[t] || strcmp(S_lemma(c, t, tb, sizeof tb), lem)) continue;
        const dp_event *o = NULL;
        for (size_t i = 0; i < d->events.n && !o; i++)
            if (d->events.v[i].trigger.t0 <= t && t < d->events.v[i].trigger.t1) o = &d->events.v[i];
        if (o) {
            if (o->actors.n && !(o->actors.v[0].entity >= 0 ? o->actors.v[0].entity == r->actors.v[0].entity
                                                            : S_same_words(d, o->actors.v[0].span, r->actors.v[0].span)))
                return;
            continue;
        }
        S_arg sp;   /* "« J'ai ordonné ce raid »", says the record's actor: his own act */
        if (r->actors.v[0].entity >= 0 && S_speaker(c, t, &sp) && sp.ent == r->actors.v[0].entity) continue;
        uint32_t b = t;
        while (b > s->t0 && b > r->trigger.t1 && (S_tok(c, b - 1)->pos & DP_POS_ADJ) && !S_is_det(c, b - 1)) b--;
        if (b > 0 && S_in(S_tok(c, b - 1)->norm, (const char *const[]){"un", "une", "des", "de", "d'", NULL})) return;
    }
    /* a recipient already there is the act itself ("les frappes"), or
     * another party: then this is not the case */
    for (size_t i = 0; i < e->recipients.n; i++)
        if (e->recipients.v[i].entity >= 0 || e->recipients.v[i].span.t0 < j || e->recipients.v[i].span.t0 > n)
            return;
    for (size_t i = 0; i < r->actors.n; i++)
        for (size_t q = 0; q < e->actors.n; q++)
            if ((r->actors.v[i].entity >= 0 && r->actors.v[i].entity == e->actors.v[q].entity) ||
                (r->actors.v[i].span.t0 < e->actors.v[q].span.t1 && e->actors.v[q].span.t0 < r->actors.v[i].span.t1))
                return;   /* the judge judging himself: another reading */
    S_own_list(d, &e->recipients.v, 0, &e->recipients.cap);
    e->recipients.n = 0;
    for (size_t i = 0; i < r->actors.n; i++) *DP_DPUSH(d, e->recipients) = r->actors.v[i];
}

/* The argument A is one of the record E's actors.                          */
static int S_is_actor_of(const dp_event *e, const S_arg *a)
{
    for (size_t q = 0; q < e->actors.n; q++)
        if ((a->ent >= 0 && e->actors.v[q].entity == a->ent) ||
            (a->sp.t0 < e->actors.v[q].span.t1 && e->actors.v[q].span.t0 < a->sp.t1))
            return 1;
    return 0;
}

/* The mention A is the complement of a preposition: of a framing adjunct
 * ("Selon le quotidien X", "Invitée de X", "Sur X", "publié par X", "Dans
 * un entretien au X") or of a noun ("la ministre de la Santé X"): back
 * over its determiners, nouns, adjectives and names, a preposition.      */
static int S_after_prep(S_ctx *c, uint32_t s0, const S_arg *a)
{
    uint32_t j = a->sp.t0;
    while (j > s0) {
        const dp_token *t = S_tok(c, j - 1);
        if (S_in(t->norm, (const char *const[]){"de", "d'", "du", "des", "au", "aux", "a", "selon", "sur", "par", "dans",
                                                "pour", "chez", "devant", "apres", "avec", NULL}) ||
            ((t->pos & DP_POS_PREP) && !S_is_det(c, j - 1)))
            return 1;
        if (S_is_det(c, j - 1) || c->ment[j - 1] >= 0 ||
            ((t->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_NP)) && !S_is_verb(t)) ||
            (t->kind == DP_TOK_WORD && (t->flags & DP_TF_CAP) && !S_is_verb(t))) {
            j--;
            continue;
        }
        return 0;
    }
    return 0;
}

/* The subject A of sentence S undergoes its verb: a passive ("X a été
 * limogé vendredi par ...", "X a été suspendu").                            */
static int S_passive_subject(S_ctx *c, const dp_sentence *s, const S_arg *a)
{
    for (uint32_t j = a->sp.t1; j < s->t1 && j < a->sp.t1 + 14; j++) {   /* past an apposition: "X, trésorier du club," */
        const dp_token *t = S_tok(c, j);
        if (S_is_stop(t)) return 0;
        if ((t->pos & DP_POS_VPP) && !(t->pos & DP_POS_NC) && !S_is_aux(c, j)) return S_passive_before(c, a->sp.t1, j + 1);
        if (S_is_clause_verb(c, j) && !S_is_aux(c, j)) return 0;   /* "X, qui dirige le club, ...": no guess */
    }
    return 0;
}

/* An object clitic before the verb of a record still with no recipient
 * ("Le ministre l'accuse de ...", "a tenté de l'arrêter") when no event
 * told before gave it a party (S_clitic_object reads those): the
 * recipient is the party it stands for among the names -- the one person
 * or group of its number (and gender, for "le" and "la") named before it
 * in its sentence that is not the verb's actor, nor the subject of its own
 * clause ("X, qui l'a félicité": not X), nor the complement of a
 * preposition (a source or venue: "Selon le quotidien X", "Sur France 2";
 * a title: "la ministre de la Santé X"); when its sentence names none,
 * the subject of the sentence before when that subject undergoes its
 * verb ("X a été limogé vendredi.  Le ministre l'accuse ..."; not "Le juge
 * X a entendu le maire.  Le préfet l'accuse": the mayor as well could be
 * meant); none when two could be meant.  Accusations only (the type its
 * cases and its dev firings cover).                                       */
static void S_clitic_named(S_ctx *c, size_t k)
{
    dp_doc *d = c->d;
    dp_event *e = &d->events.v[k];
    if (e->recipients.n || !e->actors.n || e->sent < 0 || (size_t)e->sent >= d->sents.n || !e->why ||
        strncmp(e->why, "verb:", 5) || e->trigger.t1 <= e->trigger.t0)
        return;
    if (strcmp(e->event, "ACCUSE")) return;
    const dp_sentence *s = &d->sents.v[e->sent];
    uint32_t p = e->trigger.t0, v = e->trigger.t1 - 1;
    if (p <= s->t0 || (!S_is_verb(S_tok(c, p)) && !S_is_aux(c, p))) return;
    int plural = S_clitic_before(c, s, p, v, &p);
    if (plural < 0) return;
    int singular = !plural;
    const char *w = S_tok(c, p)->norm;
    char g = !strcmp(w, "le") ? 'm' : !strcmp(w, "la") ? 'f' : 0;
    /* the subject of the clitic's own clause, when a relative "qui" opens it */
    uint32_t q = p;
    while (q > s->t0 && S_in(S_tok(c, q - 1)->norm, (const char *const[]){"ne", "n'", NULL})) q--;
    int32_t rel = -1;
    if (q > s->t0 + 1 && S_is(c, q - 1, "qui")) {
        uint32_t m = q - 1;
        if (m > s->t0 && S_is_comma(S_tok(c, m - 1))) m--;
        if (m > s->t0 && c->ment[m - 1] >= 0) rel = c->ments[c->ment[m - 1]].ent;
    }
    S_arg found = {0}, a;
    int nf = 0;
    for (uint32_t j = s->t0; j < q && nf < 2; j++) {
        /* a subject pronoun before it ("Il dresse un bilan ..., et
         * l'accuse", "il saluait ... quand un homme a tenté de le gifler"):
         * a party only pronouns name could be meant -- no guess */
        if (S_in(S_tok(c, j)->norm, (const char *const[]){"il", "elle", "ils", "elles", NULL})) return;
        if (c->ment[j] < 0) continue;
        S_mention_at(c, j, &a);
        j = a.sp.t1 - 1;
        const dp_entity *en = &d->ents.v[a.ent];
        if ((en->type != DP_ENT_PER && en->type != DP_ENT_ORG && !en->nominal) || a.ent == rel || S_after_prep(c, s->t0, &a) ||
            S_is_plain_place(c, a.ent, a.sp) || S_is_actor_of(e, &a) || (singular && S_plural(c, &a)) ||
            (!singular && !S_plural(c, &a)) || S_gender_clash(c, g, singular, &a))
            continue;
        if (nf && found.ent == a.ent) continue;
        if (!nf) found = a;
        nf++;
    }
    if (nf > 1) return;
    if (!nf) {
        if (e->sent == 0 || rel >= 0) return;
        const dp_sentence *b = &d->sents.v[e->sent - 1];
        if (!S_sentence_subject(c, b, singular, &found) || found.ent < 0 || !S_passive_subject(c, b, &found) ||
            S_is_actor_of(e, &found) || S_gender_clash(c, g, singular, &found) ||
            (d->ents.v[found.ent].type != DP_ENT_PER && d->ents.v[found.ent].type != DP_ENT_ORG))
            return;
    }
    S_own_list(d, &e->recipients.v, 0, &e->recipients.cap);
    dp_event_arg *x = DP_DPUSH(d, e->recipients);
    x->entity = found.ent;
    x->span = found.sp;
    x->actor = found.ent >= 0 ? d->ents.v[found.ent].actor : found.actor;
}

/* The parties events name outside their own words: the author of an act
 * judged (S_judged_act), the party an object clitic stands for
 * (S_clitic_named).                                                      */
static void S_parties_elsewhere(S_ctx *c)
{
    for (size_t k = 0; k < c->d->events.n; k++) {
        S_judged_act(c, k);
        S_clitic_named(c, k);
    }
}

/* The page tells everyday news, no act GUIDELINE codes: its opening
 * (S_opening_of: the headline and the lead) names no attack, crime or
 * armed men (word set "crime"), no strife (set "strife"), no protest
 * movement (set "movement") and no other coded act (set "newsact": a
 * war, an arrest, a trial, a summit, sanctions, aid).  A launch, a vote,
 * an obituary, a storm, a festival, a market.                           */
#define S_LEAD_SENTS 6   /* the headline and the lead, a dateline one of them */
#define S_PAGE_SENTS 4   /* a headline over a lead of three sentences at least */
static int S_everyday_page(S_ctx *c)
{
    /* no page: no headline over a lead of three sentences, or no word sets */
    if (!c->everyday && (c->d->sents.n < S_PAGE_SENTS || !S_headline(c->d, 0) || !S_word_set(c, "newsact")))
        c->everyday = 1;
    if (!c->everyday) {
        const dp_doc *d = c->d;
        dp_sentence open = S_opening_of(d, S_LEAD_SENTS);
        c->everyday = S_near_words(c, &open, "@crime") || S_near_words(c, &open, "@strife") ||
                      S_near_words(c, &open, "@movement") || S_near_words(c, &open, "@newsact") ? 1 : 2;
    }
    return c->everyday == 2;
}

/* Argument A names a state or its agents: a country, coded ("les
 * États-Unis") or a place of country rank as its head ("la Chine"), an
 * international organisation, the opposition ("les candidats de
 * l'opposition"), or a head that names an authority or the
 * police (word sets "authority", "police": "les autorités", "la mairie",
 * "les gendarmes"), a word that names a state ("le royaume", "l'émirat"),
 * past an adjective of rank or time ("le nouveau maire", "l'ancien
 * ministre").  Not a people ("les Français"): no head of state.        */
static int S_state_arg(S_ctx *c, const dp_event_arg *a)
{
    static const char *const rank[] = {"premier", "premiere", "ancien", "ancienne", "nouveau", "nouvel",
                                       "nouvelle", "futur", "future", "actuel", "actuelle", NULL};
    const dp_doc *d = c->d;
    if (a->actor.sector && S_in(a->actor.sector, (const char *const[]){"IGO", "OPP", NULL})) return 1;
    if (a->span.t0 >= a->span.t1 || a->span.t1 > d->toks.n) return 0;
    const dp_sentence *s = &d->sents.v[d->toks.v[a->span.t0].sent];
    uint32_t j = a->span.t0;
    while (j < a->span.t1 && S_is_det(c, j)) j++;
    while (j < a->span.t1 && S_in(S_tok(c, j)->norm, rank)) j++;
    if (j >= a->span.t1) return 0;
    if (c->place[j] >= 0 && S_country_place(d, c->place[j])) return 1;
    return S_words_at(c, s, j, "@authority") || S_words_at(c, s, j, "@police") ||
           S_words_at(c, s, j, "royaume|republique|emirat|principaute|sultanat");
}

/* Words of set WORDS in E's sentence outside its trigger: "un incendie
 * criminel", not the trigger alone ("des attaques personnelles").        */
static int S_words_beside(S_ctx *c, const dp_event *e, const char *words)
{
    dp_sentence s = c->d->sents.v[e->sent], before = s, after = s;
    if (e->trigger.t0 < s.t0 || e->trigger.t1 > s.t1 || e->trigger.t0 >= e->trigger.t1)
        return S_near_words(c, &s, words);
    before.t1 = e->trigger.t0;
    after.t0 = e->trigger.t1;
    return (before.t0 < before.t1 && S_near_words(c, &before, words)) ||
           (after.t0 < after.t1 && S_near_words(c, &after, words));
}

/* On an everyday page (S_everyday_page) record E tells no coded act
 * unless it carries evidence of one itself: a toll or an arrest, a strike
 * or a boycott ("ont cessé le travail"), a party of the state or an
 * armed group (S_party_or_strife, S_state_arg), strife or diplomacy in
 * its sentence ("les pourparlers ont repris") or a crime beside its
 * trigger ("un incendie criminel", "le maire a été agressé pendant la
 * fête").  Gone: "les habitants sont invités à rejoindre la salle des
 * fêtes", "les visiteurs ont salué la programmation", "une chenille
 * s'attaque aux forêts".  Read once the records have their tolls and
 * parties (S_victims, S_host_state).                                    */
static void S_everyday_news(S_ctx *c)
{
    dp_doc *d = c->d;
    if (!d->events.n || !S_everyday_page(c)) return;
    size_t w = 0;
    for (size_t k = 0; k < d->events.n; k++) {
        const dp_event *e = &d->events.v[k];
        int keep = e->dead > 0 || e->injured > 0 || !strncmp(e->cameo, "143", 3) ||   /* a strike, a boycott */
                   S_party_or_strife(c, e) || S_words_beside(c, e, "@crime") ||
                   S_near_words(c, &d->sents.v[e->sent], "@diplomacy");
        for (size_t i = 0; !keep && i < e->actors.n; i++) keep = S_state_arg(c, &e->actors.v[i]);
        for (size_t i = 0; !keep && i < e->recipients.n; i++) keep = S_state_arg(c, &e->recipients.v[i]);
        if (!keep) continue;
        if (w != k) d->events.v[w] = *e;
        w++;
    }
    d->events.n = w;
}

void dp_events_code(dp_doc *d, const dp_event_lex *lex)
{
    if (!d->toks.n || !d->sents.n) return;
    S_ctx c = {0};
    c.d = d;
    c.toks = d->toks.v;
    c.ntoks = d->toks.n;
    c.lex = lex;
    c.first = d->model && lex->find == S_model_find && ((const S_mlex *)lex->ctx)->m == d->model;
    S_index(&c);
    c.memo = dp_arena_alloc(&d->arena, d->toks.n * sizeof *c.memo);
    /* memo_s1[i] is read only once memo[i] is set, and set with it */
    c.memo_s1 = dp_arena_alloc_raw(&d->arena, d->toks.n * sizeof *c.memo_s1);
    c.lemf = dp_arena_alloc(&d->arena, d->toks.n * sizeof *c.lemf);
    c.det = dp_arena_alloc(&d->arena, d->toks.n);
    if (c.first) c.ftok = dp_arena_alloc(&d->arena, d->toks.n * sizeof *c.ftok);
    for (size_t si = 0; si < d->sents.n; si++)
        if (!S_retold(d, (int32_t)si)) S_sentence(&c, (int32_t)si);
    /* The passes after the merge, in an order that matters: each of them
     * adds to a record only what it still lacks.  The attackers and the
     * side fought come first (S_captors ... S_other_side); the target an
     * attack's retelling names (S_attack_retold) before the site and the
     * toll (S_victims), which keeps the attack's own site even when a
     * retold target came from another sentence; the summaries and shared
     * targets, the place users and the strike's employer (a strike still
     * without a target) then; places and dates last.  Past the
     * merge, S_push_args copies a list before it pushes (c.merged).      */
    S_merge(&c);
    c.merged = 1;
    S_apply_claims(&c);
    S_captors(&c);
    S_attacker_told(&c);
    S_attackers_named(&c);
    S_riposte(&c);
    S_other_side(&c);
    S_attack_retold(&c);
    S_parties_elsewhere(&c);
    S_victims(&c);
    S_summaries(&c);
    S_shared_target(&c);
    S_place_users(&c);
    S_strike_employer(&c);
    S_protest_actors(&c);
    S_host_state(&c);
    S_inherit_places(&c);
    S_article_place(&c);
    S_public_appeals(&c);
    S_scene_places(&c);
    S_undated_unreal(&c);
    S_day_page(&c);
    S_specific_places(&c);
    S_repeats(d);
    S_anchor_args(&c);
    S_verbal_parties(&c);
    S_no_party_words(&c);
    S_cancelled_meeting(&c);
    S_one_side(&c);
    S_area_places(&c);
    S_org_seats(&c);
    S_compass_regions(&c);
    S_everyday_news(&c);
    for (size_t k = 0; k < d->events.n; k++) S_sources_elsewhere(&c, &d->events.v[k]);
}

/* ---- the stage on the compiled model --------------------------------------- */

static size_t S_model_find(void *ctx, const char *key, size_t len, const char **vals, size_t max)
{
    const S_mlex *x = ctx;
    return dp_dict_find_in(x->m, x->h, key, len, vals, max);
}

static int S_model_prefix(void *ctx, const char *key, size_t len)
{
    const S_mlex *x = ctx;
    return dp_dict_has_prefix_in(x->m, x->h, key, len);
}

void dp_stage_events(dp_doc *d)
{
    S_mlex x = {d->model, dp_dict_get(d->model, "triggers")};
    dp_event_lex lex = {S_model_find, S_model_prefix, &x};
    dp_events_code(d, &lex);
}
