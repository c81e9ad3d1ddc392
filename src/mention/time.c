/*
 * mention/time.c -- French temporal expressions (dp_stage_times).
 *
 * Finds dates, times of day, durations and sets in the tokens and writes
 * them to d->times with a TimeML value.  Relative expressions are anchored
 * on the publication date (d->pub_y/m/d):
 *   hier 2016-08-23, ce matin 2016-08-24TMO, la semaine dernière 2016-W33,
 *   l'an dernier 2015, il y a trois jours 2016-08-21, en juin 2016-06.
 * Without a publication date they keep resolved = 0 and an X-form value
 * (XXXX-XX-XX, XXXX-06, XXXX-WXX-2).
 *
 * Year choice for dates without a year:
 *  - a month alone (en juin): the publication year when the month is not
 *    after publication, else the year before; in a sentence speaking of the
 *    future (sera, doit, prévu...) the next occurrence instead;
 *  - a day and month (le 23 août): the occurrence nearest the publication
 *    date; a future sentence takes the next one, a past one the last one
 *    unless the next one is within two weeks ("a annoncé un deuil national
 *    les 17 et 18 juillet"); "dernier" forces the past one, "prochain" and
 *    a deadline ("jusqu'au", "d'ici le") the next one.
 * Weekdays: "mardi dernier" is the last Tuesday before publication,
 * "mardi prochain" the next one after; a bare "mardi" is the most recent
 * Tuesday not after publication, or the next one not before it when its
 * sentence speaks of the future.
 * Clock times and parts of the day (à 14h30, à l'aube) take their day from
 * a day date earlier in the same sentence, else later in it, else the last
 * day date of the text before, else the publication date.  On a day page
 * (a title closing on a day after its colon: "Grève : mardi 4 mars 2025")
 * the title's day comes before a day told in another paragraph, and an
 * entry's opening stamp ("Vers 18 h, ...") takes no day told later in
 * its sentence.
 *
 * Following French TimeBank: a bare count of a unit is a duration ("10 ans
 * de prison", "deux jours de négociations") unless it reads as an age
 * ("Jean Burget, 87 ans,", "mort à 87 ans", "un homme de 40 ans");
 * maintenant / actuel -> PRESENT_REF, désormais -> the publication day;
 * en été -> XXXX-SU, l'automne -> this year's; annuel / mensuel -> SET; a
 * year after a noun ("le bilan 2001"); a relative day and its time of day
 * make one expression ("hier à 10 h"), and "la fin de" / "début de" belong
 * to the expression they open.
 *
 * The calendar words (months, weekdays, units, number words) are a closed
 * class and live in tables here.
 */
#include "doc.h"
#include "mention/number.h"
#include "mention/time.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Calendar arithmetic ------------------------------------------------ */
long dp_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void dp_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int dp_iso_weekday(long z)
{
    long w = (z + 3) % 7;
    if (w < 0) w += 7;
    return (int)w + 1;
}

void dp_iso_week(long z, int *wyear, int *week)
{
    long th = z - (dp_iso_weekday(z) - 1) + 3;   /* Thursday of that week */
    int y, m, d;
    dp_civil_from_days(th, &y, &m, &d);
    *wyear = y;
    *week = (int)((th - dp_days_from_civil(y, 1, 1)) / 7 + 1);
}

int dp_month_days(int y, int m)
{
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return md[m - 1];
}

/* ---- Vocabulary --------------------------------------------------------- */
static const char *const S_months[] = {
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre"};
static const char *const S_wdays[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};

typedef struct { const char *w; const char *code; } S_pair;
/* Parts of the day, TimeML codes (midi/minuit are clock times).          */
static const S_pair S_parts[] = {
    {"matin", "TMO"}, {"matinee", "TMO"}, {"aube", "TMO"},
    {"apres-midi", "TAF"}, {"soir", "TEV"}, {"soiree", "TEV"},
    {"nuit", "TNI"}, {"journee", "TDT"}};
static const S_pair S_seasons[] = {
    {"printemps", "SP"}, {"ete", "SU"}, {"automne", "FA"}, {"hiver", "WI"}};

/* Units of duration: TimeML letter, 1 for a time unit (PT..), factor.    */
typedef struct S_unit_t { const char *w; char u; int time; int mult; } S_unit_t;
static const S_unit_t S_units[] = {
    {"seconde", 'S', 1, 1}, {"minute", 'M', 1, 1}, {"heure", 'H', 1, 1},
    {"jour", 'D', 0, 1}, {"journee", 'D', 0, 1}, {"semaine", 'W', 0, 1},
    {"mois", 'M', 0, 1}, {"an", 'Y', 0, 1}, {"annee", 'Y', 0, 1},
    {"decennie", 'Y', 0, 10}, {"siecle", 'Y', 0, 100}, {"demi-siecle", 'Y', 0, 50}};

/* ---- The vocabulary by hash -------------------------------------------
 * Every word the helpers below look for (a month, a weekday and its
 * plural, a unit or a part of the day or a season and its plural, a
 * direction, a tense cue word) is a key of one table made once per
 * process (S_leads), its facts packed in BITS: what a word is costs one
 * hash and a comparison.  A field holds the first match in its list's
 * order, as the lists were scanned before.                              */
enum {
    S_V_MONTH = 0,      /* 4 bits: 1..12                                   */
    S_V_WDAY = 4,       /* 3 bits: 1..7                                    */
    S_V_WPLURAL = 7,    /* 1 bit: the weekday's plural (lundis)            */
    S_V_UNIT = 8,       /* 4 bits: index + 1 in S_units                    */
    S_V_PART = 12,      /* 4 bits: index + 1 in S_parts                    */
    S_V_SEASON = 16,    /* 3 bits: index + 1 in S_seasons                  */
    S_V_DIR = 19,       /* 2 bits: 1 past (dernier), 2 next (prochain)     */
    S_V_TENSE = 21      /* 2 bits: 1 future, 2 past (S_tense_cue's words,
                           lowercase with accents)                         */
};
#define S_VF(bits, at, width) ((int)((bits) >> (at) & ((1u << (width)) - 1)))
#define S_VOC_SLOTS 512     /* a power of two; the words are about 150    */
typedef struct S_voc_e { const char *w; uint32_t len, bits; } S_voc_e;
static S_voc_e S_voc[S_VOC_SLOTS];
static char S_voc_pool[1024];   /* the plurals: a word and its 's'       */
static size_t S_voc_used;
/* A bit for each pair of first bytes (the second 0 for a word of one
 * byte) some word of the table starts with: most words of a text start
 * with none of them and are told apart without a hash.                  */
static uint64_t S_voc_pre[65536 / 64];
static unsigned S_voc_pre_of(const char *w)
{
    return (unsigned)(unsigned char)w[0] << 8 | (w[0] ? (unsigned char)w[1] : 0u);
}

/* The facts of word W (0 when it is none of the vocabulary's).          */
static uint32_t S_voc_bits(const char *w)
{
    unsigned pre = S_voc_pre_of(w);
    if (!(S_voc_pre[pre >> 6] >> (pre & 63) & 1)) return 0;
    size_t n;
    uint32_t h = dp_fnv_cstr(w, &n);
    for (size_t i = h & (S_VOC_SLOTS - 1); S_voc[i].w; i = (i + 1) & (S_VOC_SLOTS - 1))
        if (S_voc[i].len == n && !memcmp(S_voc[i].w, w, n)) return S_voc[i].bits;
    return 0;
}

/* Adds V (WIDTH bits at AT) to word W's facts unless the field is set.  */
static void S_voc_add(const char *w, uint32_t v, int at, int width)
{
    size_t n;
    uint32_t h = dp_fnv_cstr(w, &n);
    size_t i = h & (S_VOC_SLOTS - 1);
    while (S_voc[i].w && !(S_voc[i].len == n && !memcmp(S_voc[i].w, w, n)))
        i = (i + 1) & (S_VOC_SLOTS - 1);
    if (!S_voc[i].w) S_voc[i] = (S_voc_e){w, (uint32_t)n, 0};
    unsigned pre = S_voc_pre_of(w);
    S_voc_pre[pre >> 6] |= 1ull << (pre & 63);
    if (!S_VF(S_voc[i].bits, at, width)) S_voc[i].bits |= v << at;
}

/* W and W + "s" (the plural, in the pool, returned; NULL when the pool
 * is full, which its size rules out).                                    */
static const char *S_voc_add_s(const char *w, uint32_t v, int at, int width)
{
    size_t n = strlen(w);
    S_voc_add(w, v, at, width);
    if (S_voc_used + n + 2 > sizeof S_voc_pool) return NULL;
    char *p = S_voc_pool + S_voc_used;
    memcpy(p, w, n);
    p[n] = 's';
    p[n + 1] = 0;
    S_voc_used += n + 2;
    S_voc_add(p, v, at, width);
    return p;
}

static int S_month(const char *w)
{
    return S_VF(S_voc_bits(w), S_V_MONTH, 4);
}

/* 1..7 for a weekday; PLURAL allows "lundis".                            */
static int S_wday(const char *w, int plural)
{
    uint32_t b = S_voc_bits(w);
    return plural || !(b >> S_V_WPLURAL & 1) ? S_VF(b, S_V_WDAY, 3) : 0;
}

#define S_PART(w) S_pair_code(S_parts, S_VF(S_voc_bits(w), S_V_PART, 4))
#define S_SEASON(w) S_pair_code(S_seasons, S_VF(S_voc_bits(w), S_V_SEASON, 3))
static const char *S_pair_code(const S_pair *t, int k) { return k ? t[k - 1].code : NULL; }

/* A unit of duration, singular or plural ("mois" is both), from a word's
 * facts or from the word.                                                */
static const S_unit_t *S_unit_of(uint32_t bits)
{
    int k = S_VF(bits, S_V_UNIT, 4);
    return k ? &S_units[k - 1] : NULL;
}
static const S_unit_t *S_unit(const char *w) { return S_unit_of(S_voc_bits(w)); }

/* ---- Matching context --------------------------------------------------- */
typedef struct S_ctx {
    dp_doc *d;
    uint32_t s0, lim;    /* the current sentence's tokens                  */
    int has_pub;
    long pub;            /* publication day                                 */
    long last_day;       /* last day-precision date emitted, or LONG_MIN    */
    long clock_day;      /* the same, less "depuis le 1er décembre" (the   */
                         /* start of a state): the day of a bare clock time */
    int32_t clock_para;  /* the paragraph clock_day was told in            */
    long page_day;       /* a day page's day (d->page_day), or S_NODAY      */
    uint32_t amt_at;     /* S_amount_unit's last answer: its token + 1 (0:  */
    uint32_t amt_end;    /* none), end, amount and unit                     */
    double amt_n;
    const struct S_unit_t *amt_unit;
    int8_t *tcue;        /* token -> 2 + S_tense_cue, 0: not asked yet      */
} S_ctx;

#define S_NODAY (-(1L << 40))

/* A and B are the same word (short: compared in place, first bytes first). */
static inline int S_eq(const char *a, const char *b)
{
    if (*a != *b) return 0;
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}
static const char *S_nm(const S_ctx *c, uint32_t i)
{
    return i < c->lim ? c->d->toks.v[i].norm : "";
}
static const char *S_lw(const S_ctx *c, uint32_t i)
{
    return i < c->lim ? c->d->toks.v[i].lower : "";
}
static int S_is(const S_ctx *c, uint32_t i, const char *w)
{
    const char *n = S_nm(c, i);
    return n[0] == w[0] && !strcmp(n, w);
}
static int S_glued(const S_ctx *c, uint32_t i)
{
    return i < c->lim && !(c->d->toks.v[i].flags & DP_TF_SPACE);
}
static const dp_token *S_tok(const S_ctx *c, uint32_t i) { return &c->d->toks.v[i]; }

/* An integer DP_TOK_NUM in [lo, hi] at I.                                */
static int S_int(const S_ctx *c, uint32_t i, int lo, int hi, int *v)
{
    if (i >= c->lim || S_tok(c, i)->kind != DP_TOK_NUM) return 0;
    double x = S_tok(c, i)->num;
    if (!(x >= lo && x <= hi) || x != (double)(long)x) return 0;
    *v = (int)x;
    return 1;
}

/* Matches the folded phrase PH ("l'an dernier") at token I: token texts
 * must match, a space in PH may sit between two tokens, and whitespace in
 * the text needs a space in PH.  Returns the end token or 0.              */
static uint32_t S_phrase(const S_ctx *c, uint32_t i, const char *ph)
{
    const char *p = ph;
    uint32_t j = i;
    while (*p) {
        if (j >= c->lim) return 0;
        if (j > i) {
            if (S_tok(c, j)->flags & DP_TF_SPACE) {
                if (*p != ' ') return 0;
                p++;
            } else if (*p == ' ') {
                p++;
            }
        }
        const char *w = S_nm(c, j);
        if (w[0] != p[0] || !w[0]) return 0;  /* most tries end here      */
        while (*w && *w == *p) w++, p++;      /* the token's form is next */
        if (*w) return 0;
        j++;
        if (*p && *p != ' ' && j < c->lim && (S_tok(c, j)->flags & DP_TF_SPACE)) return 0;
    }
    return j;
}

/* The phrase lists S_phrases is asked about, by id (S_lists, below).   */
enum { S_L_MONTH, S_L_RELDAY, S_L_LASTNEXT, S_L_AMOUNT, S_L_AGO, S_L_IN, S_L_LATER, S_L_AROUND,
       S_L_SET, S_L_PARTDAY, S_L_NEXTDAY, S_L_ADVERB, S_L_PRESENT, S_NLISTS };
static const char *const *const S_lists[S_NLISTS];

/* Bit k: form W starts phrase LIST[k] (S_phrase's test of the first
 * token: W is a prefix of the phrase); the first 32 phrases.            */
static uint64_t S_list_b0[S_NLISTS][4];   /* the lists' first bytes (S_leads) */
static uint32_t S_first_scan(const char *const *list, const char *w)
{
    uint32_t m = 0;
    for (int k = 0; list[k] && k < 32; k++) {
        const char *ph = list[k];
        size_t q = 0;
        while (w[q] && w[q] == ph[q]) q++;
        if (!w[q] && q) m |= 1u << k;
    }
    return m;
}

/* A form's S_first_scan answers for every list, kept with the form's
 * record (slot DP_FORM_TIME) when the document has it, so that a common
 * word ("la", "de") is compared with the lists once per handle.  With
 * them, for each list, the phrases' bytes after the form (S_phrases'
 * test of the next token's first byte; bit b & 63; all bits when a
 * phrase is the form itself), and the form's length.                   */
typedef struct S_firsts {
    uint32_t m[S_NLISTS];
    uint32_t len;
    uint64_t next[S_NLISTS];
} S_firsts;

static const S_firsts *S_firsts_new(dp_form *f);
static inline const S_firsts *S_firsts_of(dp_form *f)
{
    return f->v[DP_FORM_TIME] ? (const S_firsts *)f->v[DP_FORM_TIME] : S_firsts_new(f);
}

/* S_firsts_of the first time for F.                                     */
static const S_firsts *S_firsts_new(dp_form *f)
{
    S_firsts *r = dp_arena_alloc_raw(f->arena, sizeof *r);
    size_t l = strlen(f->key);
    r->len = (uint32_t)l;
    for (int li = 0; li < S_NLISTS; li++) {
        uint32_t m = S_first_scan(S_lists[li], f->key);
        uint64_t nx = 0;
        for (uint32_t b = m; b; b &= b - 1) {
            const char *ph = S_lists[li][__builtin_ctz(b)];
            unsigned char c1 = (unsigned char)(ph[l] == ' ' ? ph[l + 1] : ph[l]);
            nx |= c1 ? 1ull << (c1 & 63) : ~0ull;
        }
        r->m[li] = m;
        r->next[li] = nx;
    }
    f->v[DP_FORM_TIME] = (uintptr_t)r;
    return r;
}

/* The longest phrase of list LI (S_lists) matching at I; *WHICH gets
 * its index.  Returns the end token or 0.  (S_phrases_kept reads the
 * form's record; built with -DDP_EVENT_MEMO_CHECK, as the ASan build is,
 * S_phrases recomputes each answer without it and aborts on a
 * difference.)                                                          */
static inline uint32_t S_phrases_kept(const S_ctx *c, uint32_t i, int li, int *which);
#ifdef DP_EVENT_MEMO_CHECK
static uint32_t S_phrases_plain(const S_ctx *c, uint32_t i, int li, int *which)
{
    uint32_t best = 0, m = S_first_scan(S_lists[li], S_nm(c, i));
    size_t l = strlen(S_nm(c, i));
    char next = S_nm(c, i + 1)[0];
    for (; m; m &= m - 1) {
        int k = __builtin_ctz(m);
        const char *ph = S_lists[li][k];
        char c1 = ph[l] == ' ' ? ph[l + 1] : ph[l];
        if (c1 && c1 != next) continue;
        uint32_t e = S_phrase(c, i, ph);
        if (e > best) { best = e; *which = k; }
    }
    return best;
}
#endif
static uint32_t S_phrases(const S_ctx *c, uint32_t i, int li, int *which)
{
#ifdef DP_EVENT_MEMO_CHECK
    int w1 = -1, w2 = -1;
    uint32_t e1 = S_phrases_kept(c, i, li, &w1), e2 = S_phrases_plain(c, i, li, &w2);
    if (e1 != e2 || w1 != w2) abort();
    if (e1 && which) *which = w1;
    return e1;
#else
    return S_phrases_kept(c, i, li, which);
#endif
}
static uint32_t S_phrases_from(const S_ctx *c, uint32_t i, int li, int *which, uint32_t m, size_t l,
                               char next);
static uint32_t S_phrases_num(const S_ctx *c, uint32_t i, int li, int *which, char next);
/* (inline: most asks end at the form's first test, with no call)      */
static inline uint32_t S_phrases_kept(const S_ctx *c, uint32_t i, int li, int *which)
{
    /* Token I's form is the start of each phrase of M: the phrase's next
     * byte (after a space) must be the next token's first (S_phrase's
     * test there), which most tries fail.                               */
    char next = S_nm(c, i + 1)[0];
    dp_form *f = i < c->lim && c->d->tokform ? c->d->tokform[i] : NULL;
    if (!f) return S_phrases_num(c, i, li, which, next);
    const S_firsts *r = S_firsts_of(f);
    uint32_t m = r->m[li];
    if (!m || !(r->next[li] >> ((unsigned char)next & 63) & 1)) return 0;
    return S_phrases_from(c, i, li, which, m, r->len, next);
}

/* S_phrases_kept for a token with no form record.                      */
static uint32_t S_phrases_num(const S_ctx *c, uint32_t i, int li, int *which, char next)
{
    /* (numbers: no form record; no phrase starts with a digit)          */
    unsigned char b0 = (unsigned char)S_nm(c, i)[0];
    if (!(S_list_b0[li][b0 >> 6] >> (b0 & 63) & 1)) return 0;
    uint32_t m = S_first_scan(S_lists[li], S_nm(c, i));
    if (!m) return 0;
    return S_phrases_from(c, i, li, which, m, strlen(S_nm(c, i)), next);
}

/* The longest of the phrases M of list LI (those token I's form of L
 * bytes starts; NEXT: the next token's first byte) matching at I.      */
static uint32_t S_phrases_from(const S_ctx *c, uint32_t i, int li, int *which, uint32_t m, size_t l,
                               char next)
{
    uint32_t best = 0;
    for (; m; m &= m - 1) {   /* in list order */
        int k = __builtin_ctz(m);
        const char *ph = S_lists[li][k];
        char c1 = ph[l] == ' ' ? ph[l + 1] : ph[l];
        if (c1 && c1 != next) continue;
        uint32_t e = S_phrase(c, i, ph);
        if (e > best) { best = e; if (which) *which = k; }
    }
    return best;
}

/* W (L >= 5 bytes) ends with the literal S (at most 5 bytes).           */
#define S_ENDS(w, l, s) (!memcmp((w) + (l) - (sizeof s - 1), s, sizeof s - 1))

/* The tense a token marks: +1 future (sera, doit, prévu, -ront), -1 past
 * (a, ont, avait, était, -aient, hier, depuis), 0 none.                 */
static int S_tense_cue(const dp_token *t)
{
    const char *w = t->lower;
    size_t l = strlen(w);
    int v = S_VF(S_voc_bits(w), S_V_TENSE, 2);      /* S_tense_words      */
    if (v) return v == 1 ? 1 : -1;
    if (t->kind != DP_TOK_WORD || l < 5) return 0;
    if (t->pos & DP_POS_V) {
        if (S_ENDS(w, l, "ront") || S_ENDS(w, l, "ra") || S_ENDS(w, l, "rons") ||
            S_ENDS(w, l, "rai") || S_ENDS(w, l, "ras") || S_ENDS(w, l, "rez"))
            return 1;
        if (S_ENDS(w, l, "ait")) return -1;
    }
    if (!t->pos && (S_ENDS(w, l, "eront") || S_ENDS(w, l, "iront") ||
                    S_ENDS(w, l, "drai") || S_ENDS(w, l, "erai") ||
                    S_ENDS(w, l, "dront") || S_ENDS(w, l, "era") ||
                    S_ENDS(w, l, "ira") || S_ENDS(w, l, "dra")))
        return 1;
    if (l > 5 && S_ENDS(w, l, "aient")) return -1;
    return 0;
}
#undef S_ENDS

/* S_tense_cue of token I, asked once per token.  A future cue negated by
 * "non" before it is an adjective of what happened ("un point presse non
 * prévu samedi soir": unplanned, not to come).                           */
static int S_tense_cue_at(const S_ctx *c, uint32_t i)
{
    if (!c->tcue[i]) {
        int v = S_tense_cue(S_tok(c, i));
        if (v > 0 && i > 0 && S_is(c, i - 1, "non")) v = 0;
        c->tcue[i] = (int8_t)(2 + v);
    }
    return c->tcue[i] - 2;
}

/* The tense around token AT: the cue nearest to it in its sentence (on a
 * tie the one before).                                                   */
static int S_tense(const S_ctx *c, uint32_t at)
{
    /* "annoncées mercredi": a past participle right before is past       */
    if (at > c->s0) {
        const dp_token *p = S_tok(c, at - 1);
        int v = S_tense_cue_at(c, at - 1);
        if (v) return v;
        if ((p->pos & DP_POS_VPP) && !(p->pos & DP_POS_NC)) return -1;
    }
    for (uint32_t dist = 1; dist < c->lim - c->s0; dist++) {
        if (at >= c->s0 + dist) {
            uint32_t b = at - dist;
            int v = S_tense_cue_at(c, b);
            /* "s'est éteinte", "se sont rendus": a past reflexive         */
            if (!v && b > c->s0 && (S_is(c, b, "est") || S_is(c, b, "sont")) &&
                (S_is(c, b - 1, "s'") || S_is(c, b - 1, "se")))
                v = -1;
            if (v) return v;
        }
        if (at + dist < c->lim) {
            int v = S_tense_cue_at(c, at + dist);
            if (v) return v;
        }
    }
    return 0;
}

/* ---- Emitting ----------------------------------------------------------- */
static int S_is_day_value(const char *v)
{
    if (!v || strlen(v) < 10) return 0;
    for (int k = 0; k < 10; k++)
        if ((k == 4 || k == 7) ? v[k] != '-' : (v[k] < '0' || v[k] > '9')) return 0;
    return v[10] == 0 || v[10] == 'T';
}

/* The date at T0 is the term of a comparison of figures: ", contre" and a
 * number before it in the clause ("500 000 manifestants, contre 782 000
 * le 20 janvier 2013"): a past figure's day, not a day the text goes on
 * to tell (no reference time for the times after it).  A tally ("adopté
 * par 320 voix contre 215 le 12 décembre") is no comparison.              */
static int S_compared(const S_ctx *c, uint32_t t0)
{
    int num = 0;
    for (uint32_t k = t0; k-- > c->s0 && t0 - k <= 4;) {
        const dp_token *t = S_tok(c, k);
        if (t->kind == DP_TOK_NUM) num = 1;
        else if (t->kind != DP_TOK_WORD) return 0;
        else if (S_is(c, k, "contre"))   /* "..., contre 782 000 le", not "320 voix contre 215 le" */
            return num && k > c->s0 && (S_is(c, k - 1, ",") || S_is(c, k - 1, "("));
    }
    return 0;
}

static uint32_t S_emit(S_ctx *c, uint32_t t0, uint32_t t1, dp_time_type ty,
                       const char *value, int anchored, int resolved)
{
    dp_time *t = DP_DPUSH(c->d, c->d->times);
    t->span.t0 = t0;
    t->span.t1 = t1;
    t->type = ty;
    t->value = value;
    t->anchored = anchored;
    t->resolved = resolved;
    if ((ty == DP_TIME_DATE || ty == DP_TIME_TIME) && S_is_day_value(value)) {
        int y = atoi(value), m = atoi(value + 5), dd = atoi(value + 8);
        if (S_compared(c, t0)) return t1;     /* not the narrative's day */
        c->last_day = dp_days_from_civil(y, m, dd);
        if (!(t0 > 0 && S_is(c, t0 - 1, "depuis"))) {
            c->clock_day = c->last_day;
            c->clock_para = t0 < c->d->toks.n ? c->d->toks.v[t0].para : -1;
        }
    }
    return t1;
}

/* Y (PARTS 1), Y-M (2) or Y-M-D (3) as printf's "%04d", "%04d-%02d",
 * "%04d-%02d-%02d" write them, without printf (a value outside 0..9999
 * or 0..99 goes to printf itself).                                       */
static const char *S_ymd(S_ctx *c, int parts, long y, long m, long d)
{
    if (y < 0 || y > 9999 || (parts > 1 && (m < 0 || m > 99)) || (parts > 2 && (d < 0 || d > 99))) {
        if (parts == 1) return dp_arena_printf(&c->d->arena, "%04ld", y);
        if (parts == 2) return dp_arena_printf(&c->d->arena, "%04ld-%02ld", y, m);
        return dp_arena_printf(&c->d->arena, "%04ld-%02ld-%02ld", y, m, d);
    }
    char b[11];
    b[0] = (char)('0' + y / 1000);
    b[1] = (char)('0' + y / 100 % 10);
    b[2] = (char)('0' + y / 10 % 10);
    b[3] = (char)('0' + y % 10);
    b[4] = '-';
    b[5] = (char)('0' + m / 10);
    b[6] = (char)('0' + m % 10);
    b[7] = '-';
    b[8] = (char)('0' + d / 10);
    b[9] = (char)('0' + d % 10);
    return dp_arena_strndup(&c->d->arena, b, parts == 1 ? 4 : parts == 2 ? 7 : 10);
}

static const char *S_day_str(S_ctx *c, long z)
{
    int y, m, d;
    dp_civil_from_days(z, &y, &m, &d);
    return S_ymd(c, 3, y, m, d);
}

static const char *S_week_str(S_ctx *c, long z)
{
    int wy, wn;
    dp_iso_week(z, &wy, &wn);
    return dp_arena_printf(&c->d->arena, "%04d-W%02d", wy, wn);
}

/* A relative day date (offset in days from publication).                 */
static uint32_t S_emit_rel_day(S_ctx *c, uint32_t t0, uint32_t t1, long off, const char *part)
{
    if (!c->has_pub)
        return S_emit(c, t0, t1, part ? DP_TIME_TIME : DP_TIME_DATE,
                      part ? dp_arena_printf(&c->d->arena, "XXXX-XX-XX%s", part) : "XXXX-XX-XX",
                      1, 0);
    const char *v = S_day_str(c, c->pub + off);
    if (part) return S_emit(c, t0, t1, DP_TIME_TIME, dp_arena_printf(&c->d->arena, "%s%s", v, part), 1, 1);
    return S_emit(c, t0, t1, DP_TIME_DATE, v, 1, 1);
}

/* Day of weekday WD: MODE -1 strictly before publication, +1 strictly
 * after, 0 by the sentence's tense (not after / not before).             */
static long S_wday_day(const S_ctx *c, int wd, int mode, uint32_t at)
{
    int pw = dp_iso_weekday(c->pub);
    long back = (pw - wd + 7) % 7, fwd = (wd - pw + 7) % 7;
    if (mode < 0) return c->pub - (back ? back : 7);
    if (mode > 0) return c->pub + (fwd ? fwd : 7);
    int tense = S_tense(c, at);
    if (tense > 0) return c->pub + fwd;
    if (tense < 0) return c->pub - back;
    return fwd < back ? c->pub + fwd : c->pub - back;   /* the nearest      */
}

static uint32_t S_emit_wday(S_ctx *c, uint32_t t0, uint32_t t1, int wd, int mode, const char *part)
{
    if (!c->has_pub) {
        const char *v = dp_arena_printf(&c->d->arena, "XXXX-WXX-%d%s", wd, part ? part : "");
        return S_emit(c, t0, t1, part ? DP_TIME_TIME : DP_TIME_DATE, v, 1, 0);
    }
    const char *v = S_day_str(c, S_wday_day(c, wd, mode, t0));
    if (part) v = dp_arena_printf(&c->d->arena, "%s%s", v, part);
    return S_emit(c, t0, t1, part ? DP_TIME_TIME : DP_TIME_DATE, v, 1, 1);
}

/* "dernier"/"passé" -1, "prochain" +1 at I (any gender/number), else 0. */
static int S_dir_of(uint32_t bits)
{
    int v = S_VF(bits, S_V_DIR, 2);
    return v == 1 ? -1 : v == 2 ? 1 : 0;
}
static int S_direction(const S_ctx *c, uint32_t i) { return S_dir_of(S_voc_bits(S_nm(c, i))); }

/* A part of the day after a day word: "matin", "soir", "au soir".        */
static const char *S_part_after(const S_ctx *c, uint32_t i, uint32_t *end)
{
    uint32_t j = i;
    if (S_is(c, j, "au") || S_is(c, j, "dans")) j++;
    const char *p = S_PART(S_nm(c, j));
    if (!p || !strcmp(p, "TDT")) return NULL;
    if (j > i && !S_is(c, i, "au")) return NULL;
    *end = j + 1;
    return p;
}

/* ---- Matchers: each returns the end token (> i) or 0 ------------------- */

/* 23/08/2016, 23-08-2016 */
static uint32_t S_m_slash(S_ctx *c, uint32_t i)
{
    int dd, mm, yy;
    const char *sep = S_nm(c, i + 1);
    if (strcmp(sep, "/") && strcmp(sep, "-")) return 0;
    if (!S_int(c, i, 1, 31, &dd) || !S_glued(c, i + 1) ||
        !S_int(c, i + 2, 1, 12, &mm) || !S_glued(c, i + 2) || !S_is(c, i + 3, sep) ||
        !S_glued(c, i + 3) || !S_int(c, i + 4, 0, 2100, &yy) || !S_glued(c, i + 4))
        return 0;
    if (yy < 100) yy += yy < 50 ? 2000 : 1900;
    else if (yy < 1000) return 0;
    if (dd > dp_month_days(yy, mm)) return 0;
    return S_emit(c, i, i + 5, DP_TIME_DATE,
                  S_ymd(c, 3, yy, mm, dd), 0, 1);
}

/* A day of the month at I ("23", "1er", "premier"); sets *END.           */
static int S_daynum(const S_ctx *c, uint32_t i, int *dd, uint32_t *end)
{
    const char *w = S_nm(c, i);
    if ((w[0] == '1' && !strcmp(w, "1er")) || (w[0] == 'p' && !strcmp(w, "premier"))) {
        *dd = 1;
        *end = i + 1;
        return 1;
    }
    if (!S_int(c, i, 1, 31, dd)) return 0;
    *end = i + 1;
    /* "1er", and "1 er octobre" as some sources space it                */
    if (*dd == 1 && S_is(c, i + 1, "er") && (S_glued(c, i + 1) || S_month(S_nm(c, i + 2))))
        *end = i + 2;
    return 1;
}

/* A four-digit year at I.                                                */
static int S_year(const S_ctx *c, uint32_t i, int *y)
{
    if (!S_int(c, i, 1000, 2100, y)) return 0;
    /* "2 016" is not a year: the token's text must be 4 digits.          */
    const dp_token *t = S_tok(c, i);
    return t->b1 - t->b0 == 4;
}

/* Days ahead of publication a day date of a past sentence may lie.     */
#define S_PAST_AHEAD 14

/* The date of day DD of month MM (year YY, or 0: by DIR, else the tense
 * at token AT, else the occurrence nearest publication); emits it.      */
static uint32_t S_emit_daymonth(S_ctx *c, uint32_t t0, uint32_t t1, int dd, int mm, int yy,
                                int dir)
{
    if (yy) {
        if (dd > dp_month_days(yy, mm)) return 0;
        return S_emit(c, t0, t1, DP_TIME_DATE,
                      S_ymd(c, 3, yy, mm, dd), 0, 1);
    }
    if (dd > dp_month_days(2000, mm)) return 0;
    if (!c->has_pub)
        return S_emit(c, t0, t1, DP_TIME_DATE,
                      dp_arena_printf(&c->d->arena, "XXXX-%02d-%02d", mm, dd), 1, 0);
    /* a deadline ("jusqu'au 30 juin", "d'ici le 30 juin") lies ahead    */
    if (!dir && t0 >= c->s0 + 2 &&
        ((S_is(c, t0 - 1, "au") && S_is(c, t0 - 2, "jusqu'")) ||
         (S_is(c, t0 - 1, "le") && S_is(c, t0 - 2, "d'ici"))))
        dir = 1;
    if (!dir && t0 >= c->s0 + 3 && S_is(c, t0 - 1, "le") && S_is(c, t0 - 2, "ici") &&
        S_is(c, t0 - 3, "d'"))
        dir = 1;
    int tense = dir ? 0 : S_tense(c, t0);
    int py, pm, pd;
    dp_civil_from_days(c->pub, &py, &pm, &pd);
    long best = S_NODAY, bestd = 0;
    for (int y = py - 1; y <= py + 1; y++) {
        if (dd > dp_month_days(y, mm)) continue;
        long z = dp_days_from_civil(y, mm, dd);
        if (dir < 0 && z > c->pub) continue;
        if (dir > 0 && z < c->pub) continue;
        if (dir < 0) { if (z > best) best = z; continue; }
        if (dir > 0) { if (best == S_NODAY || z < best) best = z; continue; }
        /* a future sentence takes no past date; a past one takes a date
         * ahead only within two weeks ("a annoncé un deuil national les 17
         * et 18 juillet"); then the nearest, on a tie the past one (news
         * reports the past)                                              */
        if (tense > 0 && z < c->pub) continue;
        if (tense < 0 && z > c->pub + S_PAST_AHEAD) continue;
        long dist = labs(z - c->pub);
        if (best == S_NODAY || dist < bestd) { best = z; bestd = dist; }
    }
    if (best == S_NODAY) return 0;
    return S_emit(c, t0, t1, DP_TIME_DATE, S_day_str(c, best), 1, 1);
}

/* [le|ce] [mardi] 23 août [2016] [dernier|prochain]; in "du 1er au 3 janvier" and
 * "les 22 et 23 mars" the first day is a date of its own.                 */
static uint32_t S_m_daymonth(S_ctx *c, uint32_t i)
{
    uint32_t j = i, e, e2;
    int dd, dd2, mm, yy = 0, dir = 0;
    /* the article belongs to the extent, as in the French TimeBank
     * ("le 15 juillet", "le samedi 5 juin")                              */
    if (S_is(c, j, "le") || S_is(c, j, "ce")) j++;
    if (j < c->lim && S_tok(c, j)->kind == DP_TOK_WORD && S_wday(S_nm(c, j), 0)) j++;
    if (!S_daynum(c, j, &dd, &e)) return 0;
    uint32_t first_end = e;
    if ((S_is(c, e, "au") || S_is(c, e, "et") || S_is(c, e, "-")) && S_daynum(c, e + 1, &dd2, &e2) &&
        S_month(S_nm(c, e2)))
        e = e2;
    if (!(mm = S_month(S_nm(c, e)))) return 0;
    j = e + 1;
    if (S_year(c, j, &yy)) j++;
    else if (S_is(c, j, ",") && S_year(c, j + 1, &yy)) j += 2;     /* 12 janvier, 2018 */
    else if ((dir = S_direction(c, j))) j++;
    /* "d'ici le 30 juin", "jusqu'au 30 juin": a deadline ahead           */
    if (!yy && !dir && i > c->s0 &&
        (S_is(c, i - 1, "ici") || S_is(c, i - 1, "d'ici") || S_is(c, i - 1, "jusqu'au")))
        dir = 1;
    if (e != first_end) return S_emit_daymonth(c, i, first_end, dd, mm, yy, dir);
    return S_emit_daymonth(c, i, j, dd, mm, yy, dir);
}

/* The year of month MM by the rule in the header (DIR: dernier/prochain). */
static int S_month_year(const S_ctx *c, int mm, int dir, uint32_t at)
{
    int py, pm, pd;
    dp_civil_from_days(c->pub, &py, &pm, &pd);
    if (dir < 0) return mm < pm ? py : py - 1;
    if (dir > 0) return mm > pm ? py : py + 1;
    if (S_tense(c, at) > 0) return mm >= pm ? py : py + 1;
    return mm <= pm ? py : py - 1;
}

/* [début|fin|mi-|mois de] juin [2016|dernier|prochain] */
static const char *const S_month_pre[] = {"mois de", "mois d'", "debut", "fin", "mi", "courant",
                                          "fin du mois de", "debut du mois de", NULL};
static uint32_t S_m_month(S_ctx *c, uint32_t i)
{
    uint32_t j = i;
    int k = 0;
    uint32_t e = S_phrases(c, i, S_L_MONTH, &k);
    if (e && S_month(S_nm(c, e))) j = e;
    else if (e && S_is(c, e, "-") && S_month(S_nm(c, e + 1))) j = e + 1;
    int mm = S_month(S_nm(c, j));
    const char *w = S_nm(c, j);
    if (!mm && !strncmp(w, "mi-", 3)) mm = S_month(w + 3);
    if (!mm) return 0;
    /* "Mars" inside a sentence is the planet or a name, not the month.  */
    const dp_token *t = S_tok(c, j);
    if ((t->flags & DP_TF_CAP) && !(t->flags & DP_TF_SENT_START) && j == i &&
        (mm == 3 || mm == 5) && !S_year(c, j + 1, &k))
        return 0;
    j++;
    int yy, dir = 0;
    if (S_year(c, j, &yy))
        return S_emit(c, i, j + 1, DP_TIME_DATE,
                      S_ymd(c, 2, yy, mm, 0), 0, 1);
    if ((dir = S_direction(c, j))) j++;
    if (!c->has_pub)
        return S_emit(c, i, j, DP_TIME_DATE, dp_arena_printf(&c->d->arena, "XXXX-%02d", mm), 1, 0);
    return S_emit(c, i, j, DP_TIME_DATE,
                  S_ymd(c, 2, S_month_year(c, mm, dir, i), mm, 0), 1, 1);
}

/* A word after a number that makes it a count, not a year ("2000 morts"). */
static int S_count_word(const S_ctx *c, uint32_t i)
{
    const char *w = S_nm(c, i);
    const char *v[1];
    if (!*w || S_unit(w)) return *w != 0;
    return dp_dict_find(c->d->model, "count_nouns", w, strlen(w), v, 1) > 0;
}

/* en 2014, depuis 2014, dès 2014, fin 2015, l'année 2015, printemps 2015 */
static uint32_t S_m_year(S_ctx *c, uint32_t i)
{
    static const char *const cues[] = {"en", "depuis", "dès", "fin", "début", "debut", "avant",
                                       "après", "courant", "année", "an", "mi", "-", "de", "d'",
                                       "entre", "vers", "pour", "à", "et", "ou", NULL};
    int y;
    if (i == c->s0 || !S_year(c, i, &y) || S_count_word(c, i + 1)) return 0;
    const char *prev = S_lw(c, i - 1);
    const char *season = S_SEASON(S_nm(c, i - 1));
    if (season && i - 1 >= c->s0)
        return S_emit(c, i - 1, i + 1, DP_TIME_DATE,
                      dp_arena_printf(&c->d->arena, "%04d-%s", y, season), 0, 1);
    int ok = 0;
    for (int k = 0; cues[k]; k++) if (S_eq(prev, cues[k])) ok = 1;
    if (!strcmp(prev, "-") && !(i >= 2 && S_is(c, i - 2, "mi"))) ok = 0;
    /* "le bilan 2001", "budget supplémentaire 2002", "veuve depuis... 1950":
     * a year after a noun or an ellipsis, nothing counted after it       */
    const dp_token *pt = S_tok(c, i - 1), *nt = i + 1 < c->lim ? S_tok(c, i + 1) : NULL;
    if (!ok && y >= 1900 && (!nt || nt->kind != DP_TOK_NUM) &&
        ((pt->kind == DP_TOK_WORD && (pt->pos & (DP_POS_NC | DP_POS_ADJ)) &&
          !(pt->pos & (DP_POS_DET | DP_POS_PREP | DP_POS_NUM)) && !(pt->flags & DP_TF_CAP)) ||
         !strcmp(prev, "...") || !strcmp(prev, "…")) &&
        (!nt || nt->kind != DP_TOK_WORD || !(nt->pos & DP_POS_NC) || (nt->pos & DP_POS_PREP)))
        ok = 1;
    /* "de 1982 à 1987", "en 2003 et 2004": à/et/ou only after a year     */
    if ((!strcmp(prev, "à") || !strcmp(prev, "et") || !strcmp(prev, "ou")) &&
        !(i >= c->s0 + 2 && S_year(c, i - 2, &y)))
        ok = 0;
    if (ok) S_year(c, i, &y);
    if (!ok) return 0;
    return S_emit(c, i, i + 1, DP_TIME_DATE, S_ymd(c, 1, y, 0, 0), 0, 1);
}

/* les années 60, les années 1990 -> 196X, 199X */
static uint32_t S_m_decade(S_ctx *c, uint32_t i)
{
    uint32_t j = S_is(c, i, "les") ? i + 1 : i;
    int v;
    if (!S_is(c, j, "annees") || !S_int(c, j + 1, 10, 2090, &v) || v % 10) return 0;
    if (v < 100) v += 1900;
    else if (v < 1000) return 0;
    return S_emit(c, i, j + 2, DP_TIME_DATE, dp_arena_printf(&c->d->arena, "%03dX", v / 10), 0, 1);
}

/* hier, avant-hier, aujourd'hui, demain, après-demain [+ soir ...] */
static const char *const S_relday_ph[] = {"avant-hier", "hier", "aujourd'hui", "aujourd hui",
                                           "demain", "apres-demain", "avant hier", "apres demain",
                                           NULL};
/* "hier mardi (13)", "aujourd'hui mercredi": a relative day the writer
 * names as well. An article published the day after it was written keeps
 * the writer's words ("hier mardi" in a paper dated Thursday): when the
 * weekday is the day before the one the relative word gives, it wins (with
 * its day of the month, bare or in brackets, and month and year, at *E,
 * taken into the expression). Any other disagreement ("hier lundi" in a
 * Monday paper) leaves the relative word. Returns the offset in days from
 * the publication date.                                                   */
static long S_named_day(S_ctx *c, int wd, long off, uint32_t *e)
{
    if (!wd || !c->has_pub) return off;
    uint32_t j = *e;
    int dom = 0, br = S_is(c, j, "(");
    int mon = 0;
    if (S_int(c, j + br, 1, 31, &dom) && (!br || S_is(c, j + 2, ")"))) {
        j += br ? 3 : 1;
        int yr = 0;
        if (!br && (mon = S_month(S_nm(c, j)))) j++;   /* "hier mardi 13 juin" */
        if (mon && S_int(c, j, 1900, 2100, &yr)) j++;   /* "demain mardi 6 mars 2018" */
        if (yr) {
            int y, m, d;
            dp_civil_from_days(c->pub, &y, &m, &d);
            if (yr != y && yr != y - 1 && yr != y + 1) return off;
        }
    } else dom = 0;
    long z = c->pub + off;
    if (dp_iso_weekday(z) != wd) z--;   /* written the day before publication */
    if (dp_iso_weekday(z) != wd) return off;
    int y, m, d;
    dp_civil_from_days(z, &y, &m, &d);
    if ((dom && dom != d) || (mon && mon != m)) return off;   /* they disagree: the relative word */
    if (dom) *e = j;
    return z - c->pub;
}

static uint32_t S_m_relday(S_ctx *c, uint32_t i)
{
    static const long off[] = {-2, -1, 0, 0, 1, 2, -2, 2};
    int k = 0;
    uint32_t e = S_phrases(c, i, S_L_RELDAY, &k);
    if (!e) return 0;
    int wd = S_wday(S_nm(c, e), 0);
    if (wd) e++;                                /* aujourd'hui vendredi  */
    long shift = S_named_day(c, wd, off[k], &e);
    uint32_t e2;
    const char *part = S_part_after(c, e, &e2);
    if (part) e = e2;
    return S_emit_rel_day(c, i, e, shift, part);
}

/* ce matin, ce soir, cette nuit, cette semaine, ce mois-ci, cette année,
 * ce week-end, ce mardi, cet été */
static uint32_t S_m_this(S_ctx *c, uint32_t i)
{
    if (!S_is(c, i, "ce") && !S_is(c, i, "cet") && !S_is(c, i, "cette")) return 0;
    if (dp_tok_acronym(c->d, i, c->lim)) return 0;   /* "la CE mardi": no "ce mardi" */
    uint32_t j = i + 1, e;
    const char *w = S_nm(c, j);
    const char *part = S_PART(w);
    int wd = S_wday(w, 0), py = 0, pm = 0, pd = 0;
    if (c->has_pub) dp_civil_from_days(c->pub, &py, &pm, &pd);
    if (part && strcmp(part, "TDT")) return S_emit_rel_day(c, i, j + 1, 0, part);
    if (wd) {
        const char *p2 = S_part_after(c, j + 1, &e);
        return S_emit_wday(c, i, p2 ? e : j + 1, wd, 0, p2);
    }
    if (!strcmp(w, "midi"))
        return S_emit_rel_day(c, i, j + 1, 0, "T12:00");
    if (!strcmp(w, "semaine"))
        return S_emit(c, i, j + 1, DP_TIME_DATE, c->has_pub ? S_week_str(c, c->pub) : "XXXX-WXX",
                      1, c->has_pub);
    if ((e = S_phrase(c, j, "week-end")) || (e = S_phrase(c, j, "weekend")))
    {
        /* on a weekday, a past "ce week-end" is the one just gone        */
        long z = c->pub;
        if (c->has_pub && dp_iso_weekday(z) < 6 && S_tense(c, i) < 0) z -= 7;
        return S_emit(c, i, e, DP_TIME_DATE,
                      c->has_pub ? dp_arena_printf(&c->d->arena, "%s-WE", S_week_str(c, z))
                                 : "XXXX-WXX-WE", 1, c->has_pub);
    }
    if (!strcmp(w, "mois") || !strcmp(w, "mois-ci")) {
        e = j + 1;
        if (!strcmp(w, "mois") && S_is(c, e, "-") && S_is(c, e + 1, "ci")) e += 2;
        return S_emit(c, i, e, DP_TIME_DATE,
                      c->has_pub ? S_ymd(c, 2, py, pm, 0) : "XXXX-XX",
                      1, c->has_pub);
    }
    if (!strcmp(w, "annee"))
        return S_emit(c, i, j + 1, DP_TIME_DATE,
                      c->has_pub ? S_ymd(c, 1, py, 0, 0) : "XXXX", 1, c->has_pub);
    const char *season = S_SEASON(w);
    if (season)
        return S_emit(c, i, j + 1, DP_TIME_DATE,
                      c->has_pub ? dp_arena_printf(&c->d->arena, "%04d-%s", py, season)
                                 : dp_arena_printf(&c->d->arena, "XXXX-%s", season),
                      1, c->has_pub);
    return 0;
}

/* début du mois, à la fin du mois [dernier|prochain], au milieu du mois:
 * the publication's month (or the one before / after); "fin du mois de
 * juin" is a month's (S_m_month).                                        */
static uint32_t S_m_monthpart(S_ctx *c, uint32_t i)
{
    if (!S_is(c, i + 1, "du") || !S_is(c, i + 2, "mois") || S_is(c, i + 3, "de") || S_is(c, i + 3, "d'") ||
        S_is(c, i + 3, "-"))
        return 0;
    uint32_t e = i + 3;
    int dir = S_direction(c, e);
    if (dir) e++;
    if (!c->has_pub) return S_emit(c, i, e, DP_TIME_DATE, "XXXX-XX", 1, 0);
    int py, pm, pd;
    dp_civil_from_days(c->pub, &py, &pm, &pd);
    int m = pm + dir, y = py;
    if (m < 1) { m = 12; y--; }
    if (m > 12) { m = 1; y++; }
    return S_emit(c, i, e, DP_TIME_DATE, S_ymd(c, 2, y, m, 0), 1, 1);
}

/* la semaine dernière, le mois prochain, l'an dernier, l'année passée,
 * le week-end dernier; "du" ("l'attentat du mois dernier", "les heurts du
 * week-end dernier": "de le" in one word) before the month's and the
 * week-end's, read as those (S_lastnext_kind)                            */
static const char *const S_lastnext_ph[] = {"la semaine", "le mois", "l'an", "l'annee",
                                             "le week-end", "le weekend",
                                             "du mois", "du week-end", "du weekend", NULL};
static const int S_lastnext_kind[] = {0, 1, 2, 3, 4, 5, 1, 4, 5};
static uint32_t S_m_lastnext(S_ctx *c, uint32_t i)
{
    int k = 0;
    uint32_t e = S_phrases(c, i, S_L_LASTNEXT, &k);
    int dir;
    if (!e || !(dir = S_direction(c, e))) return 0;
    e++;
    k = S_lastnext_kind[k];
    if (!c->has_pub) {
        static const char *const xv[] = {"XXXX-WXX", "XXXX-XX", "XXXX", "XXXX", "XXXX-WXX-WE",
                                         "XXXX-WXX-WE"};
        return S_emit(c, i, e, DP_TIME_DATE, xv[k], 1, 0);
    }
    int py, pm, pd;
    dp_civil_from_days(c->pub, &py, &pm, &pd);
    const char *v;
    if (k == 0) {
        v = S_week_str(c, c->pub + 7 * dir);
    } else if (k == 1) {
        int m = pm + dir, y = py;
        if (m < 1) { m = 12; y--; }
        if (m > 12) { m = 1; y++; }
        v = S_ymd(c, 2, y, m, 0);
    } else if (k <= 3) {
        v = S_ymd(c, 1, py + dir, 0, 0);
    } else {
        long sat = S_wday_day(c, 6, dir, i);
        v = dp_arena_printf(&c->d->arena, "%s-WE", S_week_str(c, sat));
    }
    return S_emit(c, i, e, DP_TIME_DATE, v, 1, 1);
}

/* mardi, mardi dernier, mardi prochain, mardi soir */
static uint32_t S_m_wday(S_ctx *c, uint32_t i)
{
    int wd = S_wday(S_nm(c, i), 0);
    if (!wd) return 0;
    uint32_t j = i + 1, e;
    int dir = S_direction(c, j);
    if (dir) j++;
    const char *part = S_part_after(c, j, &e);
    return S_emit_wday(c, i, part ? e : j, wd, dir, part);
}

/* A count before a unit: a number, "un"/"une", or a vague quantifier
 * ("quelques", "plusieurs", "des") which gives -1.  Skips "plus de",
 * "près de", "environ", "au moins"... first.  Returns the token after. */
static const char *const S_amount_mods[] = {"plus de", "plus d'", "moins de", "moins d'",
                                             "pres de", "pres d'", "environ", "au moins",
                                             "quelque", "presque", "une bonne", "un bon", NULL};
/* (S_amount tests only words whose first byte is q, p, d or n: a word
 * added here with another first letter needs that test widened.)      */
static const char *const S_amount_vague[] = {"quelques", "plusieurs", "des", "de", "nombreuses",
                                             "nombreux", NULL};
static uint32_t S_amount(const S_ctx *c, uint32_t i, double *n)
{
    uint32_t j = i, e;
    if ((e = S_phrases(c, j, S_L_AMOUNT, NULL)) && e < c->lim) j = e;
    const char *w = S_nm(c, j);
    int vague = 0;
    if (w[0] == 'q' || w[0] == 'p' || w[0] == 'd' || w[0] == 'n')   /* their first bytes */
        for (int k = 0; S_amount_vague[k] && !vague; k++)
            vague = S_eq(w, S_amount_vague[k]);
    if (vague) {
        *n = -1;
        return j + 1;
    }
    double v;
    if (dp_num_read(c->d, j, c->lim, &e, &v) && v > 0 && v < 1e6) {
        *n = v;
        return e;
    }
    return 0;
}

/* S_amount at I and the unit of duration right after it (NULL: none), as
 * S_m_later and S_m_duration both ask at the same token: the last answer
 * is kept.  *END 0: no amount.                                          */
static const S_unit_t *S_amount_unit(S_ctx *c, uint32_t i, double *n, uint32_t *end)
{
    if (c->amt_at != i + 1) {
        c->amt_at = i + 1;
        c->amt_end = S_amount(c, i, &c->amt_n);
        c->amt_unit = c->amt_end ? S_unit(S_nm(c, c->amt_end)) : NULL;
    }
    *n = c->amt_n;
    *end = c->amt_end;
    return c->amt_unit;
}

/* "P3W", "PT20M", "PXD" for an amount N of unit U.                       */
static const char *S_dur_value(S_ctx *c, double n, const S_unit_t *u)
{
    double v = n * u->mult;
    /* by hand unless %g would write more than a whole number's digits  */
    if (!(n < 0) && !(v >= 0 && v < 1e6 && v == (double)(long)v && !signbit(v)))   /* NaN too */
        return dp_arena_printf(&c->d->arena, "P%s%g%c", u->time ? "T" : "", v, u->u);
    char b[16], *p = b;
    *p++ = 'P';
    if (u->time) *p++ = 'T';
    if (n < 0) {
        *p++ = 'X';
    } else {
        char t[8];
        int k = 0;
        long x = (long)v;
        do t[k++] = (char)('0' + x % 10); while (x /= 10);
        while (k) *p++ = t[--k];
    }
    *p++ = u->u;
    return dp_arena_strndup(&c->d->arena, b, (size_t)(p - b));
}

/* il y a cinq jours, il y a trois mois, il y a quelques jours */
static const char *const S_ago_ph[] = {"il y a", "voici", NULL};
static uint32_t S_m_ago(S_ctx *c, uint32_t i)
{
    uint32_t j = S_phrases(c, i, S_L_AGO, NULL);
    double n;
    const S_unit_t *u;
    if (!j || !(j = S_amount(c, j, &n)) || !(u = S_unit(S_nm(c, j)))) return 0;
    j++;
    if (n < 0) return S_emit(c, i, j, DP_TIME_DATE, "PAST_REF", 0, 1);
    long k = (long)n * u->mult;
    if (!c->has_pub) {
        const char *x = u->u == 'Y' ? "XXXX" : (u->u == 'M' && !u->time) ? "XXXX-XX" : "XXXX-XX-XX";
        return S_emit(c, i, j, DP_TIME_DATE, x, 1, 0);
    }
    int py, pm, pd;
    dp_civil_from_days(c->pub, &py, &pm, &pd);
    if (u->time) return S_emit_rel_day(c, i, j, 0, NULL);
    if (u->u == 'D') return S_emit_rel_day(c, i, j, -k, NULL);
    if (u->u == 'W') return S_emit_rel_day(c, i, j, -7 * k, NULL);
    if (u->u == 'M') {
        long mi = (long)py * 12 + (pm - 1) - k;
        return S_emit(c, i, j, DP_TIME_DATE,
                      S_ymd(c, 2, mi / 12, mi % 12 + 1, 0), 1, 1);
    }
    return S_emit(c, i, j, DP_TIME_DATE, S_ymd(c, 1, py - k, 0, 0), 1, 1);
}

/* dans trois jours, d'ici deux semaines (a future date) */
static const char *const S_in_ph[] = {"dans", "d'ici", NULL};
static uint32_t S_m_in(S_ctx *c, uint32_t i)
{
    uint32_t j = S_phrases(c, i, S_L_IN, NULL);
    double n;
    const S_unit_t *u;
    if (!j || !(j = S_amount(c, j, &n)) || n < 0 || !(u = S_unit(S_nm(c, j)))) return 0;
    j++;
    /* "dans un jour de fête", "dans une semaine ou deux" are no dates   */
    if (S_is(c, j, "de") || S_is(c, j, "d'") || S_is(c, j, "ou")) return 0;
    long k = (long)n * u->mult;
    if (!c->has_pub) return S_emit(c, i, j, DP_TIME_DATE, "FUTURE_REF", 1, 0);
    int py, pm, pd;
    dp_civil_from_days(c->pub, &py, &pm, &pd);
    if (u->u == 'D' && !u->time) return S_emit_rel_day(c, i, j, k, NULL);
    if (u->u == 'W') return S_emit_rel_day(c, i, j, 7 * k, NULL);
    if (u->u == 'M' && !u->time) {
        long mi = (long)py * 12 + (pm - 1) + k;
        return S_emit(c, i, j, DP_TIME_DATE,
                      S_ymd(c, 2, mi / 12, mi % 12 + 1, 0), 1, 1);
    }
    if (u->u == 'Y') return S_emit(c, i, j, DP_TIME_DATE, S_ymd(c, 1, py + k, 0, 0), 1, 1);
    return S_emit(c, i, j, DP_TIME_DATE, "FUTURE_REF", 0, 1);
}

/* les semaines ou mois à venir, les prochains jours -> FUTURE_REF;
 * ces derniers jours, des dernières semaines, les trois derniers mois ->
 * a DURATION (PXD, P3M). */
static uint32_t S_m_vague(S_ctx *c, uint32_t i)
{
    if (!S_is(c, i, "les") && !S_is(c, i, "des") && !S_is(c, i, "ces")) return 0;
    uint32_t j = i + 1;
    double n = -1, v;
    uint32_t e;
    uint32_t b = S_voc_bits(S_nm(c, j));      /* the next word's facts     */
    int dir = S_dir_of(b);
    if (dir) j++;
    if (dp_num_read(c->d, j, c->lim, &e, &v) && v > 1) { n = v; j = e; }
    if (!dir && j > i + 1 && (dir = S_direction(c, j))) j++;
    /* still at the next word: its facts are known                       */
    const S_unit_t *u = j > i + 1 ? S_unit(S_nm(c, j)) : S_unit_of(b);
    if (!u) return 0;
    j++;
    while ((S_is(c, j, "ou") || S_is(c, j, "et")) && S_unit(S_nm(c, j + 1))) j += 2;
    if (!dir && (dir = S_direction(c, j))) j++;
    if (!dir) {
        if ((e = S_phrase(c, j, "a venir")) || (e = S_phrase(c, j, "qui viennent"))) {
            dir = 1;
            j = e;
        } else if ((e = S_phrase(c, j, "ecoulees")) || (e = S_phrase(c, j, "ecoules"))) {
            dir = -1;
            j = e;
        }
    }
    if (dir > 0) return S_emit(c, i, j, DP_TIME_DATE, "FUTURE_REF", 0, 1);
    if (dir < 0) return S_emit(c, i, j, DP_TIME_DURATION, S_dur_value(c, n, u), 0, 1);
    return 0;
}

/* trois jours plus tard, deux semaines plus tôt: a date counted from the
 * last day date told before (the narrative's reference), else from the
 * publication date; hours and minutes ("deux heures plus tard", "quelques
 * minutes auparavant") keep the reference's day.                         */
static const char *const S_later_ph[] = {"plus tard", "plus tot", "auparavant", NULL};
static const char *const S_later_vague[] = {"quelques", "plusieurs", NULL};
static uint32_t S_m_later(S_ctx *c, uint32_t i)
{
    static const int sign[] = {1, -1, -1};
    double n;
    uint32_t j, e;
    const S_unit_t *u = S_amount_unit(c, i, &n, &j);
    int k = 0;
    if (!j || !u || (n <= 0 && !(n < 0 && u->time))) return 0;
    if (!(e = S_phrases(c, j + 1, S_L_LATER, &k))) return 0;
    long ref = c->last_day != S_NODAY ? c->last_day : (c->has_pub ? c->pub : S_NODAY);
    if (ref == S_NODAY) return S_emit(c, i, e, DP_TIME_DATE, "XXXX-XX-XX", 1, 0);
    if (u->time) {   /* "deux heures plus tard": that day; "48 heures plus tard": two days on */
        long days = u->u == 'H' ? (long)(n / 24) : u->u == 'M' ? (long)(n / 1440) : 0;
        return S_emit(c, i, e, DP_TIME_DATE, S_day_str(c, ref + days * sign[k]), 1, 1);
    }
    long amount = (long)n * u->mult * sign[k];
    if (u->u == 'D' || u->u == 'W') {
        long z = ref + amount * (u->u == 'W' ? 7 : 1);
        return S_emit(c, i, e, DP_TIME_DATE, S_day_str(c, z), 1, 1);
    }
    int y, m, d;
    dp_civil_from_days(ref, &y, &m, &d);
    if (u->u == 'Y')
        return S_emit(c, i, e, DP_TIME_DATE, S_ymd(c, 1, y + amount, 0, 0), 1, 1);
    long mi = (long)y * 12 + (m - 1) + amount;
    return S_emit(c, i, e, DP_TIME_DATE,
                  S_ymd(c, 2, mi / 12, mi % 12 + 1, 0), 1, 1);
}

static uint32_t S_clock(const S_ctx *c, uint32_t i, int *hh, int *mi);

/* "vers 15 heures", "à 8 heures 30", "22 heures 30": a time of day that
 * S_m_clock tags, not an amount of hours ("après 3 heures de combats") */
static int S_clock_hours(const S_ctx *c, uint32_t i)
{
    int hh, mi;
    uint32_t e = S_clock(c, i, &hh, &mi);
    if (!e || S_is(c, e, "de") || S_is(c, e, "d'")) return 0;
    const char *prev = i > c->s0 ? S_nm(c, i - 1) : "";
    if (hh == 24 && (!strcmp(prev, "apres") || !strcmp(prev, "avant"))) return 0;
    return 1;
}

/* "trois jours après", "deux heures avant": a duration it is counted from */
static const char *const S_around_ph[] = {"apres", "avant", NULL};

/* pendant trois semaines, depuis deux ans, en 48 heures, depuis des mois */
static uint32_t S_m_duration(S_ctx *c, uint32_t i)
{
    static const char *const cues[] = {"pendant", "durant", "depuis", "pour", "sur", "en",
                                       "apres", "de", "d'", "voila", NULL};
    double n;
    uint32_t j;
    const S_unit_t *u = S_amount_unit(c, i, &n, &j);
    if (!j || !u) return 0;
    if (u->u == 'H' && u->time && S_clock_hours(c, i)) return 0;
    const char *prev = i > c->s0 ? S_nm(c, i - 1) : "";
    int ok = 0;
    for (int k = 0; cues[k]; k++) if (S_eq(prev, cues[k])) ok = 1;
    int de = !strcmp(prev, "de") || !strcmp(prev, "d'");
    if (de && i >= c->s0 + 2 && (S_is(c, i - 2, "bout") || S_is(c, i - 2, "espace"))) de = 0;
    if (de && i >= c->s0 + 2 && !strncmp(S_nm(c, i - 2), "age", 3)) return 0;  /* âgé de */
    /* after "de" an age is likelier ("un homme de 30 ans", "un bébé de
     * six mois"), unless a noun follows ("30 ans de prison") or the unit
     * is a short one ("un délai de deux jours")                          */
    if (de) ok = u->time || u->u == 'D' || u->u == 'W' || (u->u == 'M' && n > 1) ||
                 S_is(c, j + 1, "de") || S_is(c, j + 1, "d'");
    /* a bare count of a unit is a duration ("condamné à 10 ans de prison",
     * "a achevé hier deux jours de négociations", "durera plus de vingt
     * ans"), not an age ("Jean Burget, 87 ans,", "mort à 87 ans") nor a
     * count after an article ("les 24 heures du Mans")                   */
    if (!ok && !de && n > 0) {
        const dp_token *pt = i > c->s0 ? S_tok(c, i - 1) : NULL;
        int follow_de = S_is(c, j + 1, "de") || S_is(c, j + 1, "d'");
        int age = u->u == 'Y' && u->mult == 1 && pt &&
                  ((pt->kind == DP_TOK_PUNCT && strchr(",(", pt->norm[0])) ||
                   (!strcmp(prev, "a") && !follow_de && !(i >= c->s0 + 2 && S_is(c, i - 2, "ici"))));
        ok = !age && !(pt && (pt->pos & DP_POS_DET) && !(pt->pos & DP_POS_PREP));
    }
    if (!ok && n > 0) {
        ok = S_phrases(c, j + 1, S_L_AROUND, NULL) != 0;
    }
    if (!ok) return 0;
    if (n < 0 && (S_is(c, i, "de") || S_is(c, i, "des")) && strcmp(prev, "depuis") &&
        strcmp(prev, "pendant") && strcmp(prev, "durant"))
        return 0;
    /* "en 2014" is a year; "pour un jour" fine; "sur deux jours" fine     */
    return S_emit(c, i, j + 1, DP_TIME_DURATION, S_dur_value(c, n, u), 0, 1);
}

/* chaque lundi, tous les jours, toutes les deux semaines, chaque matin,
 * par jour */
static const char *const S_set_ph[] = {"chaque", "tous les", "toutes les", "par", NULL};
static uint32_t S_m_set(S_ctx *c, uint32_t i)
{
    int k = 0;
    uint32_t j = S_phrases(c, i, S_L_SET, &k);   /* one at most matches   */
    if (!j) return 0;
    int each = k == 0;
    double n = 1, v;
    uint32_t e;
    if (!S_is(c, i, "par") && dp_num_read(c->d, j, c->lim, &e, &v) && v > 1 && v < 1e6) {
        n = v;
        j = e;
    }
    const char *w = S_nm(c, j);
    int wd = S_wday(w, !each);
    if (wd && !S_is(c, i, "par"))
        return S_emit(c, i, j + 1, DP_TIME_SET, dp_arena_printf(&c->d->arena, "XXXX-WXX-%d", wd), 0, 1);
    const char *part = S_PART(w);
    if (part && strcmp(part, "TDT") && !S_is(c, i, "par"))
        return S_emit(c, i, j + 1, DP_TIME_SET, dp_arena_printf(&c->d->arena, "XXXX-XX-XX%s", part), 0, 1);
    const S_unit_t *u = S_unit(w);
    if (!u) return 0;
    /* "par" needs a count before ("trois fois par jour", "100 morts par jour") */
    if (S_is(c, i, "par") && (i == c->s0 || (S_tok(c, i - 1)->kind != DP_TOK_NUM &&
                                             !S_is(c, i - 1, "fois"))))
        return 0;
    return S_emit(c, i, j + 1, DP_TIME_SET, S_dur_value(c, n, u), 0, 1);
}

/* A clock time at I: 14h30, 14 h 30, 14h, 14:30, 14 heures (after à/vers). */
static uint32_t S_clock(const S_ctx *c, uint32_t i, int *hh, int *mi)
{
    const char *w = S_nm(c, i);
    int h, m = 0, k = 0;
    *mi = 0;
    /* one token: "14h30", "14h" */
    if (w[0] >= '0' && w[0] <= '9') {
        char *p;
        long x = strtol(w, &p, 10);
        if (*p == 'h' && x <= 24) {
            p++;
            if (!*p) { *hh = (int)x; return i + 1; }
            if (p[0] >= '0' && p[0] <= '5' && p[1] >= '0' && p[1] <= '9' && !p[2]) {
                *hh = (int)x;
                *mi = (p[0] - '0') * 10 + (p[1] - '0');
                return i + 1;
            }
        }
    }
    if (!S_int(c, i, 0, 24, &h)) return 0;
    uint32_t j = i + 1;
    const char *u = S_nm(c, j);
    if (S_glued(c, j) && (!strcmp(u, ":") || !strcmp(u, "h")) && S_int(c, j + 1, 0, 59, &m) &&
        (!strcmp(u, "h") || S_glued(c, j + 1))) {
        *hh = h; *mi = m;
        return j + 2;
    }
    if (!strcmp(u, "h") || (S_glued(c, j) && u[0] == 'h' && (!u[1] || (strlen(u) == 3 &&
                                                                        u[1] >= '0' && u[1] <= '5')))) {
        *hh = h;
        if (u[1]) { *mi = (u[1] - '0') * 10 + (u[2] - '0'); return j + 1; }
        if (S_int(c, j + 1, 0, 59, &m) && S_tok(c, j + 1)->b1 - S_tok(c, j + 1)->b0 == 2) {
            *mi = m;
            return j + 2;
        }
        return j + 1;
    }
    if ((!strcmp(u, "heures") || !strcmp(u, "heure")) && i > c->s0) {
        static const char *const cues[] = {"à", "vers", "dès", "avant", "après", "jusqu'à", "de",
                                           "a", NULL};
        const char *prev = S_lw(c, i - 1);
        for (k = 0; cues[k]; k++)
            if (!strcmp(prev, cues[k])) break;
        if (cues[k]) {
            /* "à partir de 8 heures", "aux alentours de 14 heures", "autour
             * de 20 heures": a time of day; other "de" an amount of hours */
            if (!strcmp(prev, "de") &&
                !(i >= 3 && (S_is(c, i - 2, "partir") || S_is(c, i - 2, "alentours") || S_is(c, i - 2, "autour"))))
                return 0;
            *hh = h;
            if (S_int(c, j + 1, 0, 59, &m)) { *mi = m; return j + 2; }
            return j + 1;
        }
    }
    /* "22 heures 30": hours then a two-digit minute, after no cue of an
     * amount ("pendant 3 heures 30" is turned into one by S_m_clock)      */
    if (!strcmp(u, "heures") || !strcmp(u, "heure")) {
        static const char *const amount[] = {"depuis", "en", "sur", "de", "d'", "les", "des",
                                             "ces", "dans", NULL};
        const char *prev = i > c->s0 ? S_lw(c, i - 1) : "";
        for (k = 0; amount[k]; k++)
            if (!strcmp(prev, amount[k])) return 0;
        if (!S_int(c, j + 1, 0, 59, &m) || S_tok(c, j + 1)->b1 - S_tok(c, j + 1)->b0 != 2) return 0;
        *hh = h; *mi = m;
        return j + 2;
    }
    return 0;
}

/* Clock times and midi/minuit; the day is filled in by S_anchor.         */
static uint32_t S_m_clock(S_ctx *c, uint32_t i)
{
    int hh, mi;
    uint32_t e = S_clock(c, i, &hh, &mi);
    const char *prev = i > c->s0 ? S_nm(c, i - 1) : "";
    /* "pendant 3 h": an amount of hours, not a time of day              */
    if (e && (!strcmp(prev, "pendant") || !strcmp(prev, "durant") || !strcmp(prev, "pour"))) {
        const char *v = mi ? dp_arena_printf(&c->d->arena, "PT%dH%dM", hh, mi)
                           : dp_arena_printf(&c->d->arena, "PT%dH", hh);
        return S_emit(c, i, e, DP_TIME_DURATION, v, 0, 1);
    }
    if (e) {
        if (hh == 24) hh = 0;
        if (hh < 0 || hh > 99 || mi < 0 || mi > 99)
            return S_emit(c, i, e, DP_TIME_TIME, dp_arena_printf(&c->d->arena, "T%02d:%02d", hh, mi), 0, 1);
        char b[6] = {'T', (char)('0' + hh / 10), (char)('0' + hh % 10), ':', (char)('0' + mi / 10),
                     (char)('0' + mi % 10)};   /* "T%02d:%02d" */
        return S_emit(c, i, e, DP_TIME_TIME, dp_arena_strndup(&c->d->arena, b, 6), 0, 1);
    }
    if ((S_is(c, i, "midi") || S_is(c, i, "minuit")) && i > c->s0 &&
        !(S_tok(c, i)->flags & DP_TF_CAP)) {
        const char *pl = S_lw(c, i - 1);
        /* "aux alentours de minuit", "autour de midi" */
        int around = !strcmp(pl, "de") && i > c->s0 + 1 &&
                     (S_is(c, i - 2, "alentours") || S_is(c, i - 2, "autour"));
        if (strcmp(pl, "à") && strcmp(pl, "a") && strcmp(pl, "vers") && strcmp(pl, "avant") &&
            strcmp(pl, "après") && strcmp(pl, "dès") && strcmp(pl, "jusqu'à") && !around)
            return 0;
        return S_emit(c, i, i + 1, DP_TIME_TIME, S_is(c, i, "midi") ? "T12:00" : "T00:00", 0, 1);
    }
    return 0;
}

/* à l'aube, dans la nuit, en fin de journée, dans la nuit de samedi à
 * dimanche, au petit matin */
static const char *const S_partday_ph[] = {
    "l'aube", "la nuit", "la matinee", "la soiree", "l'apres-midi", "petit matin",
    "au matin", "lever du jour", "debut de matinee", "fin de matinee", "debut de soiree",
    "fin de soiree", "debut d'apres-midi", "fin d'apres-midi", "fin de journee",
    "debut de journee", "milieu de journee", "milieu de matinee", "milieu d'apres-midi",
    "tombee de la nuit", "nuit tombee", "la mi-journee", NULL};
/* The day of a day value V ("2019-12-10...") as days from the epoch.     */
static long S_value_day(const char *v)
{
    return dp_days_from_civil(atoi(v), atoi(v + 5), atoi(v + 8));
}

/* A day-and-month date at J ("10 décembre", "6 janvier 2019"): its end,
 * its day and flags, nothing emitted; 0 when none.                         */
static uint32_t S_daymonth_day(S_ctx *c, uint32_t j, long *day, int *anch, int *res)
{
    size_t n0 = c->d->times.n;
    uint32_t e = S_m_daymonth(c, j);
    int ok = e && c->d->times.n == n0 + 1 && S_is_day_value(c->d->times.v[n0].value);
    if (ok) {
        const dp_time *t = &c->d->times.v[n0];
        *day = S_value_day(t->value);
        *anch = t->anchored;
        *res = t->resolved;
    }
    c->d->times.n = n0;
    return ok ? e : 0;
}

/* After "la nuit de <weekday>" at J, a date naming the day: "la nuit de
 * mardi 10 décembre (à mercredi)", "la nuit de samedi 5 à dimanche 6
 * janvier".  The night is the part of its first day (as TimeML dates
 * nights); the expression's end, or 0 when no date follows.               */
static uint32_t S_part_dated(S_ctx *c, uint32_t i, uint32_t j, const char *part)
{
    long day;
    int anch, res, d1;
    uint32_t e = S_daymonth_day(c, j, &day, &anch, &res), e1;
    if (e) {
        if ((S_is(c, e, "a") || S_is(c, e, "au")) && S_wday(S_nm(c, e + 1), 0)) {
            long d2;
            int a2, r2;
            uint32_t e2 = S_daymonth_day(c, e + 2, &d2, &a2, &r2);
            e = e2 ? e2 : e + 2;
        }
    } else if (S_daynum(c, j, &d1, &e1) && (S_is(c, e1, "a") || S_is(c, e1, "au")) &&
               S_wday(S_nm(c, e1 + 1), 0) && (e = S_daymonth_day(c, e1 + 2, &day, &anch, &res))) {
        int y, m, dd;
        dp_civil_from_days(--day, &y, &m, &dd);   /* the first of two days in a row */
        if (dd != d1) return 0;
    } else
        return 0;
    return S_emit(c, i, e, DP_TIME_TIME, dp_arena_printf(&c->d->arena, "%s%s", S_day_str(c, day), part),
                  anch, res);
}

static uint32_t S_m_partday(S_ctx *c, uint32_t i)
{
    static const char *const code[] = {
        "TMO", "TNI", "TMO", "TEV", "TAF", "TMO", "TMO", "TMO", "TMO", "TMO", "TEV", "TEV",
        "TAF", "TAF", "TEV", "TMO", "TMI", "TMO", "TAF", "TEV", "TEV", "TMI"};
    int k = 0;
    uint32_t e = S_phrases(c, i, S_L_PARTDAY, &k);
    if (!e) return 0;
    /* "la nuit de samedi (à dimanche)" names its day                     */
    int wd;
    if ((S_is(c, e, "de") || S_is(c, e, "du")) && (wd = S_wday(S_nm(c, e + 1), 0))) {
        uint32_t j = e + 2, dated = S_part_dated(c, i, j, code[k]);
        if (dated) return dated;
        int dir = S_direction(c, j);
        if (dir) j++;
        if ((S_is(c, j, "a") || S_is(c, j, "au")) && S_wday(S_nm(c, j + 1), 0)) j += 2;
        return S_emit_wday(c, i, j, wd, dir, code[k]);
    }
    /* "la nuit du 16 au 17 février", "la soirée du 3 mai": the part of
     * that day (a night: of its first day, as TimeML dates nights)     */
    if (S_is(c, e, "du") || S_is(c, e, "de")) {
        size_t n0 = c->d->times.n;
        uint32_t j = S_m_daymonth(c, e + 1);
        if (j && c->d->times.n == n0 + 1 && S_is_day_value(c->d->times.v[n0].value)) {
            const dp_time *t = &c->d->times.v[n0];
            int dd, anch = t->anchored, res = t->resolved;
            uint32_t j2;
            char day[11];
            memcpy(day, t->value, 10);
            day[10] = 0;
            c->d->times.n = n0;
            if ((S_is(c, j, "au") || S_is(c, j, "a")) && S_daynum(c, j + 1, &dd, &j2) && S_month(S_nm(c, j2))) {
                j = j2 + 1;                          /* the range's second day */
                int yy;
                if (S_year(c, j, &yy)) j++;
            }
            return S_emit(c, i, j, DP_TIME_TIME, dp_arena_printf(&c->d->arena, "%s%s", day, code[k]), anch, res);
        }
        c->d->times.n = n0;
    }
    return S_emit(c, i, e, DP_TIME_TIME, dp_arena_printf(&c->d->arena, "T%s", code[k] + 1), 0, 1);
}

/* le lendemain, la veille, le surlendemain, le même jour, ce jour-là: a
 * day from the last day date told before (the narrative's reference
 * time), else from publication. */
static const char *const S_nextday_ph[] = {"le lendemain", "la veille", "le surlendemain", "le meme jour",
                                           "le jour meme", "ce jour-la", "ce meme jour", NULL};
static uint32_t S_m_nextday(S_ctx *c, uint32_t i)
{
    static const long off[] = {1, -1, 2, 0, 0, 0, 0};
    int k = 0;
    uint32_t e = S_phrases(c, i, S_L_NEXTDAY, &k);
    if (!e) return 0;
    /* "la veille de Noël", "le lendemain de l'incendie": another anchor   */
    if (S_is(c, e, "de") || S_is(c, e, "du") || S_is(c, e, "d'") || S_is(c, e, "des")) return 0;
    uint32_t e2;
    const char *part = S_part_after(c, e, &e2);
    if (part) e = e2;
    long ref = c->last_day != S_NODAY ? c->last_day : (c->has_pub ? c->pub : S_NODAY);
    if (ref == S_NODAY)
        return S_emit(c, i, e, part ? DP_TIME_TIME : DP_TIME_DATE,
                      part ? dp_arena_printf(&c->d->arena, "XXXX-XX-XX%s", part) : "XXXX-XX-XX", 1, 0);
    const char *v = S_day_str(c, ref + off[k]);
    if (part) v = dp_arena_printf(&c->d->arena, "%s%s", v, part);
    return S_emit(c, i, e, part ? DP_TIME_TIME : DP_TIME_DATE, v, 1, 1);
}

/* quotidiennement, chaque semaine in one word -> SET */
static const char *const S_adverb_ph[] = {"quotidiennement", "journellement", "hebdomadairement",
                                           "mensuellement", "annuellement", NULL};
static uint32_t S_m_adverb_set(S_ctx *c, uint32_t i)
{
    static const char *const v[] = {"P1D", "P1D", "P1W", "P1M", "P1Y"};
    int k = 0;
    uint32_t e = S_phrases(c, i, S_L_ADVERB, &k);
    return e ? S_emit(c, i, e, DP_TIME_SET, v[k], 0, 1) : 0;
}

/* annuel, mensuel (adjectives: "le dîner annuel", "ses efforts annuels")
 * -> SET; not the nouns ("le mensuel Capital")                           */
static uint32_t S_m_adjective_set(S_ctx *c, uint32_t i)
{
    const char *w = S_nm(c, i);
    const char *v = !strncmp(w, "annuel", 6) ? "P1Y" : !strncmp(w, "mensuel", 7) ? "P1M" : NULL;
    size_t l = strlen(w), b = v && v[2] == 'Y' ? 6 : 7;
    if (!v || l > b + 3 || (l > b && strcmp(w + b, "s") && strcmp(w + b, "le") && strcmp(w + b, "les")))
        return 0;
    if (i > c->s0 && (S_tok(c, i - 1)->pos & DP_POS_DET)) return 0;
    return S_emit(c, i, i + 1, DP_TIME_SET, v, 0, 1);
}

/* actuellement, en ce moment, pour l'instant -> PRESENT_REF */
static const char *const S_present_ph[] = {"actuellement", "en ce moment", "pour l'instant",
                                            "pour le moment", "a l'heure actuelle", "a present",
                                            NULL};
static uint32_t S_m_present(S_ctx *c, uint32_t i)
{
    uint32_t e = S_phrases(c, i, S_L_PRESENT, NULL);
    if (!e) return 0;
    return S_emit(c, i, e, DP_TIME_TIME, "PRESENT_REF", 0, 1);
}

/* maintenant, actuel(le) -> PRESENT_REF; désormais -> the publication
 * day; auparavant (alone) -> PAST_REF                                     */
static uint32_t S_m_now(S_ctx *c, uint32_t i)
{
    const char *w = S_nm(c, i);
    if (!strcmp(w, "maintenant") || !strcmp(w, "actuel") || !strcmp(w, "actuelle"))
        return S_emit(c, i, i + 1, DP_TIME_TIME, "PRESENT_REF", 0, 1);
    if (!strcmp(w, "desormais"))
        return S_emit(c, i, i + 1, DP_TIME_DATE, c->has_pub ? S_day_str(c, c->pub) : "PRESENT_REF",
                      c->has_pub, 1);
    if (!strcmp(w, "auparavant") && (i == c->s0 || S_tok(c, i - 1)->kind == DP_TOK_PUNCT))
        return S_emit(c, i, i + 1, DP_TIME_TIME, "PAST_REF", 0, 1);
    return 0;
}

/* en été / en hiver (any year: XXXX-SU), l'automne / le printemps / l'été
 * (this year's)                                                           */
static uint32_t S_m_season(S_ctx *c, uint32_t i)
{
    const char *season;
    if (S_is(c, i, "en") && i + 1 < c->lim && (season = S_SEASON(S_nm(c, i + 1))) &&
        !strchr(S_nm(c, i + 1), 's') && !S_year(c, i + 2, &(int){0}))
        return S_emit(c, i + 1, i + 2, DP_TIME_DATE, dp_arena_printf(&c->d->arena, "XXXX-%s", season),
                      0, 1);
    if ((S_is(c, i, "l'") || S_is(c, i, "le")) && i + 1 < c->lim &&
        (season = S_SEASON(S_nm(c, i + 1))) && strcmp(S_nm(c, i + 1), "ete") &&
        !S_year(c, i + 2, &(int){0}) && !S_is(c, i + 2, "de") && !S_is(c, i + 2, "d'")) {
        int py = 0, pm, pd;
        if (c->has_pub) dp_civil_from_days(c->pub, &py, &pm, &pd);
        return S_emit(c, i, i + 2, DP_TIME_DATE,
                      c->has_pub ? dp_arena_printf(&c->d->arena, "%04d-%s", py, season)
                                 : dp_arena_printf(&c->d->arena, "XXXX-%s", season),
                      1, c->has_pub);
    }
    return 0;
}

/* The day value V ("2018-12-08", "2018-12-08T...") is after the
 * publication date: a day still to come.                                   */
static int S_day_to_come(const S_ctx *c, const char *v)
{
    return c->has_pub && S_is_day_value(v) && dp_days_from_civil(atoi(v), atoi(v + 5), atoi(v + 8)) > c->pub;
}

/* The sentence being read tells of something to come before token T0, a
 * time of day: a future cue (S_tense_cue: "partira", "sera", "prévu",
 * "doit") before it ("Le cortège partira à 14 h", "Le départ est prévu
 * vers 14 h"; not "Vers 21 h, ... un préavis prévu pour dimanche").       */
static int S_planned_before(const S_ctx *c, uint32_t t0)
{
    for (uint32_t i = c->s0; i < t0 && i < c->lim; i++)
        if (S_tense_cue_at(c, i) == 1) return 1;
    return 0;
}

/* On a day page, the time of day T opens its paragraph, within its first
 * three words and before any comma ("Vers 18 h, ...", "Peu avant 8 h,
 * ..."): the time an entry of the page is stamped with.                 */
static int S_entry_stamp(const S_ctx *c, const dp_time *T)
{
    const dp_doc *d = c->d;
    uint32_t t0 = T->span.t0;
    if (c->page_day == S_NODAY || t0 >= d->toks.n) return 0;
    int32_t p = d->toks.v[t0].para;
    if (p < 0 || (size_t)p >= d->paras.n || t0 > d->paras.v[p].t0 + 3 || d->paras.v[p].t0 < c->s0) return 0;
    for (uint32_t j = d->paras.v[p].t0; j < t0; j++)
        if (!strcmp(d->toks.v[j].norm, ",")) return 0;
    return 1;
}

/* Gives the times of day emitted in this sentence (from index FIRST) a
 * day: a day date before them in the sentence, else after, else the text
 * before, else the publication date.  A day page's entry stamp takes no
 * day told later in its sentence ("Vers 9 h, selon un sondage fait jeudi
 * et vendredi, ...": of the page's day), only one right after it.       */
static void S_anchor(S_ctx *c, size_t first, long prev_day)
{
    dp_time *v = c->d->times.v;
    size_t n = c->d->times.n;
    for (size_t k = first; k < n; k++) {
        if (v[k].value[0] != 'T') continue;
        const char *day = NULL;
        int anch = 0;
        /* not the start of a state ("Fermée depuis le 1er décembre, ...
         * Vers 22 h 30, ..."): the time of day is not on that day */
        for (size_t b = k; b-- > first && !day;)
            if (S_is_day_value(v[b].value) && !(v[b].span.t0 > 0 && S_is(c, v[b].span.t0 - 1, "depuis")))
                { day = v[b].value; anch = v[b].anchored; }
        /* a day told after the time of day, or in an earlier sentence, is
         * its day only if it is not still to come: "Vers 15 h, 65
         * interpellations" after "la manifestation prévue samedi
         * prochain", "Vers 10 h 50, le syndicat appelle à une grève le 19
         * décembre" are times of the day reported on ("mercredi à 14 h",
         * a day before it, "au matin du 15 juillet", one right after it,
         * and any day for a sentence about what is to come, "Le départ
         * est prévu vers 14 h", stay) */
        int planned = S_planned_before(c, v[k].span.t0);   /* "Le cortège partira à 14 h" */
        int stamp = S_entry_stamp(c, &v[k]);
        for (size_t a = k + 1; a < n && !day; a++)
            if (S_is_day_value(v[a].value) &&
                (((planned || !S_day_to_come(c, v[a].value)) && !stamp) ||
                 v[a].span.t0 <= v[k].span.t1 + 1))   /* "au matin du 15 juillet" */
                { day = v[a].value; anch = v[a].anchored; }
        if (!day && prev_day != S_NODAY && (planned || !(c->has_pub && prev_day > c->pub))) { day = S_day_str(c, prev_day); anch = 1; }
        if (!day && c->has_pub) { day = S_day_str(c, c->pub); anch = 1; }
        if (!day) {
            v[k].value = dp_arena_printf(&c->d->arena, "XXXX-XX-XX%s", v[k].value);
            v[k].anchored = 1;
            v[k].resolved = 0;
            continue;
        }
        char d10[11];                              /* "%.10s%s"        */
        size_t dl = strnlen(day, 10);
        memcpy(d10, day, dl);
        d10[dl] = 0;
        v[k].value = dp_arena_concat(&c->d->arena, d10, v[k].value);
        v[k].anchored = anch;
    }
}

/* Drops time K of the document's list.                                   */
static void S_drop(dp_doc *d, size_t k)
{
    memmove(&d->times.v[k], &d->times.v[k + 1], (d->times.n - k - 1) * sizeof *d->times.v);
    d->times.n--;
}

/* Joins what TimeML tags as one expression: a relative day and its time
 * of day ("hier à 10 h", "hier en début d'après-midi", "15 h 30, hier":
 * the time's value; "samedi à 8 h" stays two), and takes in a leading "début de" / "la fin de" ("la fin
 * de l'année dernière", "début des années 60": the same value).           */
static void S_merge(S_ctx *c, size_t first)
{
    dp_doc *d = c->d;
    for (size_t k = first; k < d->times.n; k++) {
        dp_time *t = &d->times.v[k];
        uint32_t a = t->span.t0;
        if (a >= c->s0 + 2 && (S_is(c, a - 1, "de") || S_is(c, a - 1, "d'") || S_is(c, a - 1, "du") ||
                               S_is(c, a - 1, "des")) &&
            (S_is(c, a - 2, "debut") || S_is(c, a - 2, "fin")) &&
            (k == first || d->times.v[k - 1].span.t1 <= a - 2)) {
            a -= 2;
            if (a > c->s0 && (S_is(c, a - 1, "la") || S_is(c, a - 1, "le"))) a--;
            t->span.t0 = a;
        }
        if (k + 1 >= d->times.n) break;
        dp_time *u = &d->times.v[k + 1];
        uint32_t gap = u->span.t0 - t->span.t1;
        int day_then_time = t->type == DP_TIME_DATE && S_is_day_value(t->value) &&
                            u->type == DP_TIME_TIME && strchr(u->value, 'T') &&
                            !strncmp(t->value, u->value, 10) && gap == 1 &&
                            t->span.t1 - t->span.t0 == 1 && !S_wday(S_nm(c, t->span.t0), 0) &&
                            (S_is(c, t->span.t1, "a") || S_is(c, t->span.t1, "en"));
        int time_then_day = t->type == DP_TIME_TIME && strchr(t->value, 'T') &&
                            u->type == DP_TIME_DATE && S_is_day_value(u->value) &&
                            !strncmp(t->value, u->value, 10) && gap == 1 &&
                            S_is(c, t->span.t1, ",") && u->span.t1 - u->span.t0 == 1;
        if (day_then_time) {
            u->span.t0 = t->span.t0;
            S_drop(d, k);
            k--;
        } else if (time_then_day) {
            t->span.t1 = u->span.t1;
            S_drop(d, k + 1);
        }
    }
}

/* ---- Which matchers can start at a token --------------------------------
 * Each matcher names what its first token can be: a number token, a word
 * of some class, one of some words, or the start of one of some phrases
 * (as S_phrase matches them: the token's form is a prefix of the phrase).
 * The stage works out once per folded form which matchers can start at it
 * (kept in the handle's memo, inline in slot DP_FORM_TIME2: the whole-word
 * matchers in the low 32 bits, the glued-piece ones in the high 32), so
 * that most tokens cost one lookup and the others run only the matchers
 * that can match.  Slot DP_FORM_TIME holds the form's S_first answers.   */
enum {
    S_C_NUM = 1,        /* a DP_TOK_NUM                                    */
    S_C_DIGIT = 2,      /* a word starting with a digit (14h30)            */
    S_C_MONTH = 4,      /* a month, mi-juin                                */
    S_C_WDAY = 8,       /* a weekday                                       */
    S_C_NUMWORD = 16,   /* a number word (dp_numword)                      */
    S_C_ADJSET = 32     /* annuel..., mensuel...                           */
};

typedef struct S_matcher {
    uint32_t (*run)(S_ctx *c, uint32_t i);
    unsigned cls;                   /* S_C_*: the first token's classes    */
    const char *const *words;       /* or one of these words               */
    const char *const *phrases;     /* or the start of one of these        */
    /* 1: RUN reads one of PHRASES at its token first and matches nothing
     * without one (then S_can_start tests the next token's first byte as
     * S_phrases would, and the matcher is not run when it fails)        */
    int phrase_first;
} S_matcher;

static const char *const S_w_daymonth[] = {"le", "ce", "1er", "premier", NULL};
static const char *const S_w_decade[] = {"les", "annees", NULL};
static const char *const S_w_this[] = {"ce", "cet", "cette", NULL};
static const char *const S_w_vague[] = {"les", "des", "ces", NULL};
static const char *const S_w_clock[] = {"midi", "minuit", NULL};
static const char *const S_w_now[] = {"maintenant", "actuel", "actuelle", "desormais",
                                      "auparavant", NULL};
static const char *const S_w_season[] = {"en", "l'", "le", NULL};
static const char *const S_w_monthpart[] = {"debut", "fin", "milieu", NULL};

static const char *const *const S_lists[S_NLISTS] = {
    [S_L_MONTH] = S_month_pre, [S_L_RELDAY] = S_relday_ph, [S_L_LASTNEXT] = S_lastnext_ph,
    [S_L_AMOUNT] = S_amount_mods, [S_L_AGO] = S_ago_ph, [S_L_IN] = S_in_ph,
    [S_L_LATER] = S_later_ph, [S_L_AROUND] = S_around_ph, [S_L_SET] = S_set_ph,
    [S_L_PARTDAY] = S_partday_ph, [S_L_NEXTDAY] = S_nextday_ph, [S_L_ADVERB] = S_adverb_ph,
    [S_L_PRESENT] = S_present_ph};

/* In order: the first that matches at a token wins.                      */
static const S_matcher S_matchers[] = {
    {S_m_slash, S_C_NUM, NULL, NULL, 0},
    {S_m_daymonth, S_C_NUM | S_C_WDAY, S_w_daymonth, NULL, 0},
    {S_m_month, S_C_MONTH, NULL, S_month_pre, 0},
    {S_m_decade, 0, S_w_decade, NULL, 0},
    {S_m_year, S_C_NUM, NULL, NULL, 0},
    {S_m_relday, 0, NULL, S_relday_ph, 1},
    {S_m_this, 0, S_w_this, NULL, 0},
    {S_m_lastnext, 0, NULL, S_lastnext_ph, 1},
    {S_m_monthpart, 0, S_w_monthpart, NULL, 0},
    {S_m_nextday, 0, NULL, S_nextday_ph, 1},
    {S_m_wday, S_C_WDAY, NULL, NULL, 0},
    {S_m_ago, 0, NULL, S_ago_ph, 1},
    {S_m_in, 0, NULL, S_in_ph, 1},
    {S_m_vague, 0, S_w_vague, NULL, 0},
    {S_m_set, 0, NULL, S_set_ph, 1},
    /* a vague count ("des jours plus tard") is no date: not its words   */
    {S_m_later, S_C_NUM | S_C_NUMWORD, S_later_vague, S_amount_mods, 0},
    {S_m_duration, S_C_NUM | S_C_NUMWORD, S_amount_vague, S_amount_mods, 0},
    {S_m_clock, S_C_NUM | S_C_DIGIT, S_w_clock, NULL, 0},
    {S_m_partday, 0, NULL, S_partday_ph, 1},
    {S_m_present, 0, NULL, S_present_ph, 1},
    {S_m_adverb_set, 0, NULL, S_adverb_ph, 1},
    {S_m_now, 0, S_w_now, NULL, 0},
    {S_m_season, 0, S_w_season, NULL, 0},
    {S_m_adjective_set, S_C_ADJSET, NULL, NULL, 0},
};
#define S_NMATCHERS (sizeof S_matchers / sizeof *S_matchers)
_Static_assert(S_NMATCHERS <= 32, "matcher sets are 32-bit masks");

/* The matchers' words and phrases by their first byte, for S_starters:
 * those of byte b are S_start_v[S_from[b] .. S_from[b + 1]).  The same
 * for every document: built once (S_leads), read by every thread.       */
typedef struct S_start { const char *s; uint8_t k, phrase; } S_start;
#define S_MAXSTART 512      /* the tables above hold about 150            */
static S_start S_start_v[S_MAXSTART];
static uint16_t S_from[257];
/* The matchers (bit k) whose classes meet CLS, for each set CLS of S_C_*
 * (built once, with S_from).                                            */
static uint32_t S_cls_mask[64];
/* The matchers marked phrase_first (bit k) and the id in S_lists of
 * each one's phrases (built once, with S_from).                         */
static uint32_t S_pfirst_mask;
static uint8_t S_pfirst_list[32];
static pthread_once_t S_leads_once = PTHREAD_ONCE_INIT;

/* The matchers (bit k: S_matchers[k]) that can start at a token of form
 * W (of kind NUM when NUM): in *WHOLE those where W is a whole word, in
 * *PART those where W is only the first piece of a phrase's word, which
 * need the next token glued to it ("aujourd'" + "hui").                 */
static void S_starters(const S_ctx *c, const char *w, int num, uint32_t *whole, uint32_t *part)
{
    size_t l = strlen(w);
    int digit = w[0] >= '0' && w[0] <= '9';
    unsigned cls = (num ? S_C_NUM : 0) | (digit ? S_C_DIGIT : 0);
    if (!digit) {       /* months, weekdays, number words: letters first */
        uint32_t b = S_voc_bits(w);
        if (S_VF(b, S_V_MONTH, 4) || (w[0] == 'm' && !strncmp(w, "mi-", 3) && S_month(w + 3)))
            cls |= S_C_MONTH;
        if (S_VF(b, S_V_WDAY, 3) && !(b >> S_V_WPLURAL & 1)) cls |= S_C_WDAY;   /* S_wday(w, 0) */
        if (dp_numword(w) >= 0) cls |= S_C_NUMWORD;
        if ((w[0] == 'a' && !strncmp(w, "annuel", 6)) || (w[0] == 'm' && !strncmp(w, "mensuel", 7)))
            cls |= S_C_ADJSET;
    }
    *whole = S_cls_mask[cls & 63];
    *part = 0;
    /* the words and phrases of w's first byte */
    unsigned char b = (unsigned char)w[0];
    for (const S_start *s = S_start_v + S_from[b]; s < S_start_v + S_from[b + 1]; s++) {
        if (!s->phrase) {
            if (s->s[1] == w[1] && !strcmp(w, s->s)) *whole |= 1u << s->k;
            continue;
        }
        const char *ph = s->s;
        size_t q = 1;                  /* ph starts with w: strncmp(ph, w, l) */
        while (q < l && ph[q] == w[q]) q++;
        if (q < l) continue;
        if (!ph[l] || ph[l] == ' ') *whole |= 1u << s->k;
        else *part |= 1u << s->k;
    }
}

/* CAN, the matchers that can start at token I of form F, less those
 * marked phrase_first whose phrases all fail S_phrases' first test: the
 * byte the phrase goes on with after F must be the next token's first
 * (most "la", "le", "de" are followed by no phrase's next word).       */
static uint32_t S_pfirst_next(const S_ctx *c, uint32_t i, dp_form *f, uint32_t can)
{
    const S_firsts *r = S_firsts_of(f);
    unsigned next = (unsigned char)S_nm(c, i + 1)[0] & 63;
    for (uint32_t b = can & S_pfirst_mask; b; b &= b - 1) {
        int k = __builtin_ctz(b);
        if (r->next[S_pfirst_list[k]] >> next & 1) continue;
#ifdef DP_EVENT_MEMO_CHECK
        if (S_phrases_plain(c, i, S_pfirst_list[k], &(int){0})) abort();
#endif
        can &= ~(1u << k);
    }
    return can;
}

/* The matchers that can start at token I.  Numbers are not kept in the
 * memo (too many forms); neither are they common.                       */
static uint32_t S_can_start(const S_ctx *c, uint32_t i)
{
    const dp_token *t = S_tok(c, i);
    uint32_t whole, part;
    int num = t->kind == DP_TOK_NUM;
    if (num || (t->norm[0] >= '0' && t->norm[0] <= '9')) {
        S_starters(c, t->norm, num, &whole, &part);
    } else {
        if (t->kind != DP_TOK_WORD) return 0;
        dp_form *f = dp_tok_form_kept(c->d, i);       /* the answer, once per form */
        if (!(f->known & (1u << DP_FORM_TIME))) {
            S_starters(c, t->norm, 0, &whole, &part);
            f->v[DP_FORM_TIME2] = whole | (uint64_t)part << 32;
            f->known |= 1u << DP_FORM_TIME;
        }
        whole = (uint32_t)f->v[DP_FORM_TIME2];
        part = (uint32_t)(f->v[DP_FORM_TIME2] >> 32);
        uint32_t can = part && S_glued(c, i + 1) ? whole | part : whole;
        return can & S_pfirst_mask ? S_pfirst_next(c, i, f, can) : can;
    }
    return part && S_glued(c, i + 1) ? whole | part : whole;
}

/* Word or phrase W of matcher K, the SEEN-th of all: counted in S_from by
 * its first byte (NEXT NULL), or placed in S_start_v (NEXT: each byte's
 * next place).  Both passes take the same first S_MAXSTART, so that the
 * ranges of S_from stay inside S_start_v whatever the tables grow to.   */
static void S_lead(uint16_t *next, size_t *seen, size_t k, const char *w, int phrase)
{
    unsigned char b = (unsigned char)w[0];
    if ((*seen)++ >= S_MAXSTART) return;
    if (!next) S_from[b + 1]++;
    else S_start_v[next[b]++] = (S_start){w, (uint8_t)k, (uint8_t)phrase};
}

static void S_lead_all(uint16_t *next)
{
    size_t seen = 0;
    for (size_t k = 0; k < S_NMATCHERS; k++) {
        const S_matcher *m = &S_matchers[k];
        for (int n = 0; m->words && m->words[n]; n++) S_lead(next, &seen, k, m->words[n], 0);
        for (int n = 0; m->phrases && m->phrases[n]; n++) S_lead(next, &seen, k, m->phrases[n], 1);
    }
}

/* S_tense_cue's words: the future ones, then the past ones.             */
static const char *const S_tense_fut[] = {
    "sera", "seront", "aura", "auront", "va", "vont", "devra", "devront", "doit", "doivent",
    "pourra", "pourront", "fera", "feront", "ira", "iront", "prévu", "prévue", "prévus",
    "prévues", "prochain", "prochaine", "prochains", "prochaines", NULL};
static const char *const S_tense_past[] = {
    "a", "ont", "avait", "avaient", "avons", "avez", "ai", "était", "étaient", "fut", "furent",
    "eut", "eurent", "hier", "dernier", "dernière", "depuis", NULL};
/* S_direction's words.                                                    */
static const char *const S_dir_past[] = {"dernier", "derniere", "derniers", "dernieres",
                                         "passe", "passee", "passes", "passees", NULL};
static const char *const S_dir_next[] = {"prochain", "prochaine", "prochains", "prochaines",
                                         NULL};

/* The vocabulary's table (S_voc), each list in its order.               */
static void S_voc_build(void)
{
    for (int k = 0; k < 12; k++) S_voc_add(S_months[k], (uint32_t)k + 1, S_V_MONTH, 4);
    for (int k = 0; k < 7; k++) {
        const char *pl = S_voc_add_s(S_wdays[k], (uint32_t)k + 1, S_V_WDAY, 3);
        if (pl) S_voc_add(pl, 1, S_V_WPLURAL, 1);
    }
    for (size_t k = 0; k < sizeof S_units / sizeof *S_units; k++)
        S_voc_add_s(S_units[k].w, (uint32_t)k + 1, S_V_UNIT, 4);
    for (size_t k = 0; k < sizeof S_parts / sizeof *S_parts; k++)
        S_voc_add_s(S_parts[k].w, (uint32_t)k + 1, S_V_PART, 4);
    for (size_t k = 0; k < sizeof S_seasons / sizeof *S_seasons; k++)
        S_voc_add_s(S_seasons[k].w, (uint32_t)k + 1, S_V_SEASON, 3);
    for (int k = 0; S_dir_past[k]; k++) S_voc_add(S_dir_past[k], 1, S_V_DIR, 2);
    for (int k = 0; S_dir_next[k]; k++) S_voc_add(S_dir_next[k], 2, S_V_DIR, 2);
    for (int k = 0; S_tense_fut[k]; k++) S_voc_add(S_tense_fut[k], 1, S_V_TENSE, 2);
    for (int k = 0; S_tense_past[k]; k++) S_voc_add(S_tense_past[k], 2, S_V_TENSE, 2);
}

/* S_start_v and S_from: the matchers' words and phrases sorted by their
 * first byte (counted, then placed), once per process.                  */
static void S_leads(void)
{
    S_voc_build();
    for (int li = 0; li < S_NLISTS; li++)
        for (int k = 0; S_lists[li][k] && k < 32; k++) {
            unsigned char b0 = (unsigned char)S_lists[li][k][0];
            S_list_b0[li][b0 >> 6] |= 1ull << (b0 & 63);
        }
    for (unsigned cls = 0; cls < 64; cls++)
        for (size_t k = 0; k < S_NMATCHERS; k++)
            if (S_matchers[k].cls & cls) S_cls_mask[cls] |= 1u << k;
    for (size_t k = 0; k < S_NMATCHERS; k++)
        for (int li = 0; S_matchers[k].phrase_first && li < S_NLISTS; li++)
            if (S_lists[li] == S_matchers[k].phrases) {
                S_pfirst_mask |= 1u << k;
                S_pfirst_list[k] = (uint8_t)li;
            }
    S_lead_all(NULL);
    for (int b = 0; b < 256; b++) S_from[b + 1] += S_from[b];
    uint16_t next[256];
    memcpy(next, S_from, sizeof next);
    S_lead_all(next);
}

/* A day page: the title, sentence 0 (its times from index FIRST), closes
 * after its colon on a full day date ("Grève : samedi 15 mars", "Foire :
 * 12 mai 2024"), the weekday optional; the date is the whole segment
 * after the colon, never the object of a noun or verb ("... appellent à
 * une grève le 30 mars", "célébrations du 14 juillet").  Sets
 * d->page_day, which the event stage reads too (S_day_page), and its day
 * number c->page_day.                                                    */
static void S_page_day(S_ctx *c, size_t first)
{
    dp_doc *d = c->d;
    const dp_sentence *s = &d->sents.v[0];
    uint32_t end = s->t1;
    while (end > s->t0 && d->toks.v[end - 1].kind == DP_TOK_PUNCT && !strcmp(d->toks.v[end - 1].norm, "."))
        end--;
    const dp_time *T = NULL;
    for (size_t k = first; k < d->times.n && !T; k++)
        if (d->times.v[k].span.t1 == end && d->times.v[k].span.t0 >= s->t0) T = &d->times.v[k];
    if (!T || T->type != DP_TIME_DATE || !T->resolved || !S_is_day_value(T->value)) return;
    uint32_t j = T->span.t0;
    if (j > s->t0 && S_wday(d->toks.v[j - 1].norm, 0)) j--;
    if (j <= s->t0 + 1 || strcmp(d->toks.v[j - 1].norm, ":") || d->toks.v[end - 1].para != d->toks.v[s->t0].para)
        return;
    d->page_day = dp_arena_strndup(&d->arena, T->value, 10);
    c->page_day = dp_days_from_civil(atoi(T->value), atoi(T->value + 5), atoi(T->value + 8));
}

static void S_sentence(S_ctx *c, uint32_t t0, uint32_t t1)
{
    c->s0 = t0;
    c->lim = t1;
    c->amt_at = 0;
    size_t first = c->d->times.n;
    long prev_day = c->clock_day;
    /* a day page's entries ("Vers 18 h, ...") are of the title's day, not
     * of the last day told in another paragraph (an earlier day the intro
     * recalls): a day told earlier in the paragraph stays its day */
    if (c->page_day != S_NODAY && (prev_day == S_NODAY || t0 >= c->d->toks.n || c->clock_para != c->d->toks.v[t0].para))
        prev_day = c->page_day;
    for (uint32_t i = t0; i < t1;) {
        uint32_t e = 0;
        for (uint32_t can = S_can_start(c, i); can && !e; can &= can - 1)   /* lowest bit first */
            e = S_matchers[__builtin_ctz(can)].run(c, i);
        i = e > i ? e : i + 1;
    }
    S_anchor(c, first, prev_day);
    S_merge(c, first);
}

void dp_stage_times(dp_doc *d)
{
    S_ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.last_day = S_NODAY;
    c.clock_day = S_NODAY;
    c.page_day = S_NODAY;
    c.tcue = dp_arena_alloc(&d->arena, d->toks.n + 1);
    pthread_once(&S_leads_once, S_leads);
    if (d->pub_y) {
        c.has_pub = 1;
        c.pub = dp_days_from_civil(d->pub_y, d->pub_m, d->pub_d);
    }
    if (!d->sents.n) {
        S_sentence(&c, 0, (uint32_t)d->toks.n);
        return;
    }
    for (size_t s = 0; s < d->sents.n; s++) {
        size_t first = d->times.n;
        S_sentence(&c, d->sents.v[s].t0, d->sents.v[s].t1);
        if (s == 0) S_page_day(&c, first);
    }
}
