/*
 * mention/quantity.c -- counts of people (dp_stage_quantities).
 *
 * A count is a number phrase followed by a word for people:
 *   quelque 15 000 civils, au moins 12 morts, une soixantaine de blessés,
 *   des dizaines de manifestants, deux millions de réfugiés,
 *   1,5 million de déplacés, trois soldats (ont été tués).
 * What the number counts comes from data/lexicon/count_nouns.tsv (word ->
 * category): the counted noun first ("civils" -> civilians), then what is
 * said of it just after ("ont été tués" -> killed, "seraient pris au
 * piège" -> trapped) or just before ("tuant 12 civils").  A word of the
 * category "unit" (kilomètres, ans, euros, %) makes the number no people
 * count at all, and numbers inside a time expression (found by the time
 * stage before) are skipped.
 *
 * Vague numbers follow ACLED's conservative reading: "une dizaine" 10,
 * "une douzaine" 12, "une soixantaine" 60, "des dizaines" 10, "des
 * centaines" 100, "des milliers" 1000 (the plural of an approximate noun
 * counts as one unit of it: "plusieurs centaines" 100, "des dizaines de
 * milliers" 10000); "plusieurs" and "quelques" alone count 3.  "un"/"une"
 * count 1 only when the phrase tells an outcome (killed, injured...).
 */
#include "doc.h"
#include "mention/number.h"

#include <stdlib.h>
#include <string.h>

#define S_VAGUE_SEVERAL 3   /* "plusieurs", "quelques"                    */
#define S_WINDOW 8          /* tokens searched after the noun for a verb  */

typedef struct S_ctx {
    dp_doc *d;
    uint32_t s0, lim;
    const unsigned char *in_time;   /* per token: inside a time expression */
    const dp_dict *cn;              /* count_nouns (looked up once)        */
} S_ctx;

typedef struct S_entry {
    const char *cat;    /* category, NUL-terminated in the arena          */
    int pp;             /* flag "pp": transitive verb form                 */
    int pre;            /* flag "pre": tells only a count that follows     */
    uint32_t end;       /* token after the matched key                      */
} S_entry;

static const char *S_nm(const S_ctx *c, uint32_t i)
{
    return i < c->lim ? c->d->toks.v[i].norm : "";
}
static int S_is(const S_ctx *c, uint32_t i, const char *w)
{
    const char *n = S_nm(c, i);
    return n[0] == w[0] && !strcmp(n, w);
}

/* W is one of LIST's words (W, B: the rest compared in place).          */
static inline int S_same(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

/* W is LIST's word: first bytes compared, then the rest in place (short
 * words: no call).  The lists are constant arrays: with the first sixteen
 * steps written out and the function inlined, the compiler reads their
 * words' first bytes at compile time (no list walked at run time).      */
#define S_IN_STEP(k)                                                    \
    if (!list[k]) return 0;                                             \
    if (w[0] == list[k][0] && S_same(w, list[k])) return 1;
static inline __attribute__((always_inline)) int S_in(const char *w, const char *const *list)
{
    S_IN_STEP(0) S_IN_STEP(1) S_IN_STEP(2) S_IN_STEP(3)
    S_IN_STEP(4) S_IN_STEP(5) S_IN_STEP(6) S_IN_STEP(7)
    S_IN_STEP(8) S_IN_STEP(9) S_IN_STEP(10) S_IN_STEP(11)
    S_IN_STEP(12) S_IN_STEP(13) S_IN_STEP(14) S_IN_STEP(15)
    for (list += 16; *list; list++)
        if (w[0] == (*list)[0] && S_same(w, *list)) return 1;
    return 0;
}
#undef S_IN_STEP

/* Folded key of tokens [t0, t1) into BUF (as the model folds lexicon keys:
 * one space where the text has whitespace).  0 when it does not fit.     */
static size_t S_key(const S_ctx *c, uint32_t t0, uint32_t t1, char *buf, size_t cap)
{
    size_t n = 0;
    for (uint32_t i = t0; i < t1; i++) {
        const dp_token *t = &c->d->toks.v[i];
        size_t l = strlen(t->norm);
        if (n + l + 2 > cap) return 0;
        if (i > t0 && (t->flags & DP_TF_SPACE)) buf[n++] = ' ';
        memcpy(buf + n, t->norm, l);
        n += l;
    }
    buf[n] = 0;
    return n;
}

/* The folded key of tokens [t0, t1) (as S_key writes it) is KEY.        */
static int S_key_is(const S_ctx *c, uint32_t t0, uint32_t t1, const char *key)
{
    const char *p = key;
    for (uint32_t i = t0; i < t1; i++) {
        const dp_token *t = &c->d->toks.v[i];
        if (i > t0 && (t->flags & DP_TF_SPACE) && *p++ != ' ') return 0;
        for (const char *w = t->norm; *w; w++, p++)
            if (*w != *p) return 0;
    }
    return !*p;
}

/* What this stage keeps about a folded form in the handle's memo (slot
 * DP_FORM_QUANTITY, 0 until asked): each answer with its "known" bit.    */
enum { S_KEYS_KNOWN = 1, S_KEY = 2, S_PREFIX = 4, S_START_KNOWN = 8, S_START = 16 };

/* Whether token I's norm is a count_nouns key or the first word of one
 * (S_KEY | S_PREFIX), asked once per form.                               */
static unsigned S_starts(const S_ctx *c, uint32_t i)
{
    dp_form *f = dp_tok_form_kept(c->d, i);
    uintptr_t *v = &f->v[DP_FORM_QUANTITY];
    if (!(*v & S_KEYS_KNOWN)) {
        const char *val;
        size_t l = strlen(f->key);
        *v |= S_KEYS_KNOWN
              | (dp_dict_find_in(c->d->model, c->cn, f->key, l, &val, 1) ? S_KEY : 0)
              | (dp_dict_has_prefix_in(c->d->model, c->cn, f->key, l) ? S_PREFIX : 0);
        f->known |= 1u << DP_FORM_QUANTITY;
    }
    return (unsigned)(*v & (S_KEY | S_PREFIX));
}

/* The longest count_nouns key (up to 4 tokens) starting at I.            */
static int S_lookup(const S_ctx *c, uint32_t i, S_entry *e)
{
    if (i >= c->lim) return 0;
    /* A word followed by a space (or nothing) starts a key of several
     * words only when it is a prefix; a key of one word is the form's.  */
    unsigned st = S_starts(c, i);
    int spaced = i + 1 >= c->lim || (c->d->toks.v[i + 1].flags & DP_TF_SPACE);
    if (spaced && !st) return 0;
    char key[256];
    for (uint32_t n = 4; n >= 1; n--) {
        if (i + n > c->lim || (n > 1 && spaced && !(st & S_PREFIX)) || (n == 1 && !(st & S_KEY)))
            continue;
        size_t l = S_key(c, i, i + n, key, sizeof key);
        const char *vals[2];
        if (!l || !dp_dict_find_in(c->d->model, c->cn, key, l, vals, 2)) continue;
        const char *tab = strchr(vals[0], '\t');
        size_t cl = tab ? (size_t)(tab - vals[0]) : strlen(vals[0]);
        e->cat = dp_arena_strndup(&c->d->arena, vals[0], cl);
        e->pp = tab && !strncmp(tab + 1, "pp", 2);
        e->pre = tab && !strncmp(tab + 1, "pre", 3);
        e->end = i + n;
        return 1;
    }
    return 0;
}

/* The same, for a key that ends just before token END (looking back).    */
static int S_lookup_before(const S_ctx *c, uint32_t end, S_entry *e)
{
    for (uint32_t n = 4; n >= 1; n--) {
        if (end < c->s0 + n) continue;
        if (S_lookup(c, end - n, e) && e->end == end) return 1;
    }
    return 0;
}

/* W is one of "des", "plusieurs", "quelques", "de", "une", "un" (a vague
 * count or an article before an approximate noun), compared in place.  */
static int S_vague(const char *w)
{
    switch (w[0]) {
    case 'd': return w[1] == 'e' && (!w[2] || (w[2] == 's' && !w[3]));
    case 'u': return w[1] == 'n' && (!w[2] || (w[2] == 'e' && !w[3]));
    case 'p': return !strcmp(w + 1, "lusieurs");
    case 'q': return !strcmp(w + 1, "uelques");
    default: return 0;
    }
}

static int S_outcome(const char *cat)
{
    static const char *const out[] = {"killed", "injured", "arrested", "displaced", "trapped",
                                      "kidnapped", "missing", NULL};
    return S_in(cat, out);
}

/* A number phrase at I: modifiers, then a number, an approximate noun or
 * "plusieurs".  Sets *END, *VAL; *NEED_DE when a "de" must follow
 * (une dizaine de, deux millions de); *ONE for "un"/"une".               */
static int S_count(const S_ctx *c, uint32_t i, uint32_t *end, double *val, int *need_de,
                   int *one)
{
    /* each with its number of words                                     */
    static const struct { const char *w; uint32_t n; } mods[] = {
        {"au moins", 2}, {"plus de", 2}, {"plus d'", 2}, {"pres de", 2}, {"pres d'", 2},
        {"environ", 1}, {"quelque", 1}, {"pas moins de", 3}, {"pas moins d'", 3},
        {"jusqu'a", 1}, {"un total de", 3}, {"moins de", 2}, {"moins d'", 2}, {"au total", 2},
        {NULL, 0}};
    /* the first letters of the modifiers (a bit for each of a..z): most
     * tokens start with none of them and skip the list                  */
#define S_L(ch) (1u << ((ch) - 'a'))
    enum { MOD_FIRST = S_L('a') | S_L('p') | S_L('e') | S_L('q') | S_L('j') | S_L('u') | S_L('m') };
#undef S_L
    uint32_t j = i, e;
    *need_de = 0;
    *one = 0;
    /* modifiers ("au moins", "plus de", ...) */
    for (int guard = 0; guard < 2; guard++) {
        int moved = 0;
        const char *w0 = S_nm(c, j);
        unsigned char f0 = (unsigned char)w0[0];
        if (f0 < 'a' || f0 > 'z' || !(MOD_FIRST & (1u << (f0 - 'a')))) break;
        for (int k = 0; mods[k].w; k++) {
            if (w0[0] != mods[k].w[0]) continue;   /* the key starts with it */
            uint32_t n = mods[k].n;
            if (j + n <= c->lim && S_key_is(c, j, j + n, mods[k].w)) {
                j += n;
                moved = 1;
                break;
            }
        }
        if (!moved) break;
    }
    if (j >= c->lim || c->in_time[j]) return 0;
    /* une soixantaine, des dizaines, plusieurs centaines */
    const char *w = S_nm(c, j);
    long ap;
    if (S_vague(w) && (ap = dp_num_approx(S_nm(c, j + 1)))) {
        double v = (double)ap;
        e = j + 2;
        /* des dizaines de milliers */
        if ((S_is(c, e, "de") || S_is(c, e, "d'")) &&
            (dp_num_approx(S_nm(c, e + 1)) == 1000 || dp_num_multiplier(S_nm(c, e + 1)) >= 1e6)) {
            v *= dp_num_approx(S_nm(c, e + 1)) == 1000 ? 1000 : dp_num_multiplier(S_nm(c, e + 1));
            e += 2;
        }
        *end = e;
        *val = v;
        *need_de = 1;
        return 1;
    }
    if (S_is(c, j, "plusieurs") || S_is(c, j, "quelques")) {
        *end = j + 1;
        *val = S_VAGUE_SEVERAL;
        return 1;
    }
    double v;
    if (!dp_num_read(c->d, j, c->lim, &e, &v) || !(v >= 1 && v < 1e12) || v != (double)(long)v)
        return 0;
    for (uint32_t k = j; k < e; k++)
        if (c->in_time[k]) return 0;
    /* "2e", "3ème": ordinals glued to the number */
    if (e < c->lim && !(c->d->toks.v[e].flags & DP_TF_SPACE) && c->d->toks.v[e].kind == DP_TOK_WORD)
        return 0;
    *one = v == 1 && c->d->toks.v[j].kind != DP_TOK_NUM;
    *need_de = dp_num_multiplier(S_nm(c, e - 1)) >= 1e6;
    *end = e;
    *val = v;
    return 1;
}

/* A form of avoir just before I ("ont tué": active voice).              */
static int S_avoir_before(const S_ctx *c, uint32_t i)
{
    static const char *const av[] = {"a", "ont", "avait", "avaient", "aurait", "auraient",
                                     "aura", "auront", "ayant", "avoir", "eu", NULL};
    return i > c->s0 && S_in(S_nm(c, i - 1), av);
}

static int S_stop(const S_ctx *c, uint32_t i)
{
    const dp_token *t = &c->d->toks.v[i];
    if (t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_QUOTE_CLOSE || t->kind == DP_TOK_DASH)
        return 1;
    return t->kind == DP_TOK_PUNCT && strcmp(t->norm, "'");
}

/* What is said of the counted people after them ("ont été tués").        */
static const char *S_said_after(const S_ctx *c, uint32_t from)
{
    S_entry e;
    for (uint32_t i = from; i < c->lim && i < from + S_WINDOW; i++) {
        if (S_stop(c, i)) break;
        if (!S_lookup(c, i, &e) || e.pre) continue;
        if (!S_outcome(e.cat)) { i = e.end - 1; continue; }
        if (e.pp && S_avoir_before(c, i)) return NULL;
        return e.cat;
    }
    return NULL;
}

/* A verb before the number that tells what happened to them ("tuant").  */
static const char *S_said_before(const S_ctx *c, uint32_t start)
{
    S_entry e;
    if (S_lookup_before(c, start, &e) && S_outcome(e.cat) && (e.pp || e.pre)) return e.cat;
    return NULL;
}

/* Right after the count, a verb with no noun: "une douzaine ont péri".  */
static int S_headless_verb(const S_ctx *c, uint32_t i)
{
    static const char *const aux[] = {"ont", "sont", "avaient", "etaient", "auraient", "seraient",
                                      "furent", "ont-ils", NULL};
    S_entry e;
    if (S_in(S_nm(c, i), aux)) return 1;
    return S_lookup(c, i, &e) && S_outcome(e.cat) && !e.pp;
}

/* A word between the number and its noun: "trois autres soldats", an
 * adjective ("deux présumés jihadistes"), never a noun ("deux machettes"). */
static int S_skippable(const dp_token *t)
{
    static const char *const fill[] = {"autres", "nouveaux", "nouvelles", "premiers", "premieres",
                                       "derniers", "dernieres", "presumes", "presumees", "supposes",
                                       "anciens", "anciennes", NULL};
    if (S_in(t->norm, fill)) return 1;
    return (t->pos & DP_POS_ADJ) && !(t->pos & (DP_POS_NC | DP_POS_NP)) && !(t->flags & DP_TF_CAP);
}

/* The counted noun at I (or after one unknown word, "trois autres
 * soldats"); a demonym noun ("trois Irakiens") counts people.            */
static int S_head(const S_ctx *c, uint32_t i, S_entry *e, uint32_t *head)
{
    for (uint32_t k = i; k < i + 2 && k < c->lim; k++) {
        if (S_stop(c, k)) return 0;
        if (S_lookup(c, k, e)) {
            *head = k;
            return 1;
        }
        const dp_token *t = &c->d->toks.v[k];
        dp_country co;
        if ((t->flags & DP_TF_CAP) && t->kind == DP_TOK_WORD &&
            dp_demonym_find(c->d->model, t->norm, strlen(t->norm), &co) == 0) {
            e->cat = "people";
            e->pp = 0;
            e->pre = 0;
            e->end = k + 1;
            *head = k;
            return 1;
        }
        if (t->kind != DP_TOK_WORD || S_headless_verb(c, k) || !S_skippable(t)) return 0;
    }
    return 0;
}

/* Can a count start at token I (a cheap filter before S_count)?         */
static int S_may_start(const S_ctx *c, uint32_t i)
{
    static const char *const first[] = {"au", "plus", "pres", "environ", "quelque", "pas",
                                        "jusqu'a", "jusqu'", "un", "une", "moins", "des",
                                        "plusieurs", "quelques", "de", NULL};
    const dp_token *t = &c->d->toks.v[i];
    if (t->kind == DP_TOK_NUM) return 1;
    if (t->kind != DP_TOK_WORD) return 0;
    dp_form *f = dp_tok_form_kept(c->d, i);       /* the answer, once per form */
    uintptr_t *v = &f->v[DP_FORM_QUANTITY];
    if (!(*v & S_START_KNOWN)) {
        int may = S_in(t->norm, first) || dp_numword(t->norm) >= 0;
        *v |= S_START_KNOWN | (may ? S_START : 0);
        f->known |= 1u << DP_FORM_QUANTITY;
    }
    return (*v & S_START) != 0;
}

/* Tries a count at I; returns the token after it, or 0.                  */
static uint32_t S_try(S_ctx *c, uint32_t i)
{
    if (!S_may_start(c, i)) return 0;
    uint32_t end, head = 0;
    double val;
    int need_de, one;
    if (!S_count(c, i, &end, &val, &need_de, &one)) return 0;
    uint32_t h = end;
    if (S_is(c, h, "de") || S_is(c, h, "d'")) h++;
    else if (need_de && !S_headless_verb(c, end)) return 0;
    /* "un"/"une": only as the subject of its own noun ("un soldat a été
     * tué"), never inside a complement ("membres d'une famille")        */
    if (one && i > c->s0 && (S_is(c, i - 1, "de") || S_is(c, i - 1, "d'") ||
                             S_is(c, i - 1, "du") || S_is(c, i - 1, "des")))
        return 0;
    S_entry e;
    const char *of;
    uint32_t stop;
    if (S_head(c, h, &e, &head) && (!one || head == h)) {
        if (!strcmp(e.cat, "unit")) return end;
        of = e.cat;
        stop = e.end;
        /* a status noun (détenus, otages, civils) takes what happened to
         * them: a verb just before, else one after                       */
        if (strcmp(of, "killed") && strcmp(of, "injured") && !e.pre) {
            const char *said = S_said_before(c, i);
            if (!said) said = S_said_after(c, stop);
            if (said) of = said;
        }
    } else {
        if (h != end || one || !S_headless_verb(c, end)) return 0;
        of = S_said_after(c, end);
        if (!of) return 0;
        stop = end;
        head = end - 1;
    }
    if (one && !S_outcome(of)) return 0;
    dp_quantity *q = DP_DPUSH(c->d, c->d->quantities);
    q->span.t0 = i;
    q->span.t1 = stop;
    q->value = (long)val;
    q->of = of;
    q->head = head;
    return stop;
}

void dp_stage_quantities(dp_doc *d)
{
    if (!d->toks.n) return;
    unsigned char *in_time = dp_arena_alloc(&d->arena, d->toks.n);
    for (size_t k = 0; k < d->times.n; k++)
        for (uint32_t t = d->times.v[k].span.t0; t < d->times.v[k].span.t1 && t < d->toks.n; t++)
            in_time[t] = 1;
    S_ctx c = {d, 0, (uint32_t)d->toks.n, in_time, dp_dict_get(d->model, "count_nouns")};
    size_t ns = d->sents.n ? d->sents.n : 1;
    for (size_t s = 0; s < ns; s++) {
        c.s0 = d->sents.n ? d->sents.v[s].t0 : 0;
        c.lim = d->sents.n ? d->sents.v[s].t1 : (uint32_t)d->toks.n;
        for (uint32_t i = c.s0; i < c.lim;) {
            uint32_t e = S_try(&c, i);
            i = e > i ? e : i + 1;
        }
    }
}
