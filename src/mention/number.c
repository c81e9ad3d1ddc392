/*
 * number.c -- reading French cardinal numbers from tokens (see number.h).
 * Number words are a closed grammatical class, so they live here rather
 * than in a lexicon.
 */
#include "mention/number.h"

#include <stdlib.h>
#include <string.h>

#define S_BIG 1000000000000L   /* beyond: not a number worth reading      */

#define S_W(w, v) {w, sizeof w - 1, v}
/* By first letter; S_from[c - 'a'] .. S_from[c - 'a' + 1]: those of c.  */
static const struct { const char *w; size_t n; long v; } S_words[] = {
    S_W("cinq", 5), S_W("cent", 100), S_W("cents", 100), S_W("cinquante", 50),
    S_W("deux", 2), S_W("dix", 10), S_W("douze", 12),
    S_W("huit", 8), S_W("huitante", 80),
    S_W("mille", 1000),
    S_W("neuf", 9), S_W("nonante", 90),
    S_W("onze", 11), S_W("octante", 80),
    S_W("quatre", 4), S_W("quatorze", 14), S_W("quinze", 15), S_W("quarante", 40),
    S_W("six", 6), S_W("sept", 7), S_W("seize", 16), S_W("soixante", 60), S_W("septante", 70),
    S_W("trois", 3), S_W("treize", 13), S_W("trente", 30),
    S_W("un", 1), S_W("une", 1),
    S_W("vingt", 20), S_W("vingts", 20),
    S_W("zero", 0),
};
#undef S_W
static const unsigned char S_from[27] = {
    0, 0, 0, 4, 7, 7, 7, 7, 9, 9, 9, 9, 9,          /* a .. m */
    10, 12, 14, 14, 18, 18, 23, 26, 28, 30, 30, 30, 30, 31};   /* n .. z, end */

/* The second bytes of the words of each first byte (bit c - 'a'): a word
 * that starts with no such pair is no number word (none has one byte).  */
#define S_B(ch) (1u << ((ch) - 'a'))
static const uint32_t S_second[26] = {
    ['c' - 'a'] = S_B('e') | S_B('i'), ['d' - 'a'] = S_B('e') | S_B('i') | S_B('o'),
    ['h' - 'a'] = S_B('u'), ['m' - 'a'] = S_B('i'), ['n' - 'a'] = S_B('e') | S_B('o'),
    ['o' - 'a'] = S_B('n') | S_B('c'), ['q' - 'a'] = S_B('u'),
    ['s' - 'a'] = S_B('i') | S_B('e') | S_B('o'), ['t' - 'a'] = S_B('r'),
    ['u' - 'a'] = S_B('n'), ['v' - 'a'] = S_B('i'), ['z' - 'a'] = S_B('e')};
#undef S_B

/* The number word that P's piece (up to a '-' or the end) is: its value,
 * and its length in *N; -1 when none.  Each word of P's first letter is
 * compared in place up to its end, where the piece must end too.       */
static long S_word_at(const char *p, size_t *n)
{
    if (p[0] < 'a' || p[0] > 'z') return -1;
    for (size_t k = S_from[p[0] - 'a']; k < S_from[p[0] - 'a' + 1]; k++) {
        const char *w = S_words[k].w;
        size_t q = 1;
        while (w[q] && w[q] == p[q]) q++;
        if (!w[q] && (!p[q] || p[q] == '-')) {
            *n = q;
            return S_words[k].v;
        }
    }
    return -1;
}

/* Adds one number word of value V to the running (total, cur) pair.      */
static void S_add(long v, long *total, long *cur)
{
    if (v == 100) {
        *cur = (*cur ? *cur : 1) * 100;
    } else if (v == 1000) {
        *total += (*cur ? *cur : 1) * 1000;
        *cur = 0;
    } else if (v == 20 && *cur % 100 == 4) {
        *cur += 76;                       /* quatre-vingt(s)              */
    } else {
        *cur += v;
    }
}

long dp_numword(const char *norm)
{
    unsigned char c0 = (unsigned char)norm[0], c1;   /* no number word starts so */
    if (c0 < 'a' || c0 > 'z' || (c1 = (unsigned char)norm[1]) < 'a' || c1 > 'z' ||
        !(S_second[c0 - 'a'] >> (c1 - 'a') & 1))
        return -1;
    long total = 0, cur = 0;
    int parts = 0, last_et = 0;
    const char *p = norm;
    while (*p) {
        size_t n;
        long v = S_word_at(p, &n);
        if (v < 0 && p[0] == 'e' && p[1] == 't' && (!p[2] || p[2] == '-') && parts) {
            n = 2;                         /* "et" between two words       */
            last_et = 1;
        } else {
            if (v < 0 || total > S_BIG || cur > S_BIG) return -1;
            S_add(v, &total, &cur);
            parts++;
            last_et = 0;
        }
        if (!p[n]) break;
        p += n + 1;                        /* past the '-'                 */
    }
    if (!parts || last_et) return -1;
    return total + cur;
}

double dp_num_multiplier(const char *norm)
{
    if (norm[0] != 'm') return 0;         /* all of them start with m */
    if (!strcmp(norm, "mille")) return 1e3;
    if (!strcmp(norm, "million") || !strcmp(norm, "millions")) return 1e6;
    if (!strcmp(norm, "milliard") || !strcmp(norm, "milliards")) return 1e9;
    return 0;
}

long dp_num_approx(const char *norm)
{
#define S_A(w, v) {w, sizeof w - 1, v}
    static const struct { const char *w; size_t n; long v; } t[] = {
        S_A("dizaine", 10), S_A("douzaine", 12), S_A("quinzaine", 15),
        S_A("vingtaine", 20), S_A("trentaine", 30), S_A("quarantaine", 40),
        S_A("cinquantaine", 50), S_A("soixantaine", 60), S_A("centaine", 100),
        S_A("millier", 1000),
    };
#undef S_A
    switch (norm[0]) {     /* their first bytes                          */
    case 'c': case 'd': case 'm': case 'q': case 's': case 't': case 'v': break;
    default: return 0;
    }
    size_t n = 0;          /* the words have 7 to 12 bytes (13 with an s) */
    while (norm[n] && n < 14) n++;
    if (n < 7 || n > 13) return 0;
    if (norm[n - 1] == 's') n--;
    for (size_t k = 0; k < sizeof t / sizeof *t; k++)
        if (t[k].n == n && t[k].w[0] == norm[0] && memcmp(t[k].w, norm, n) == 0) return t[k].v;
    return 0;
}

static int S_same_sent(const dp_doc *d, uint32_t a, uint32_t b)
{
    return d->toks.v[a].sent == d->toks.v[b].sent;
}

int dp_num_read(const dp_doc *d, uint32_t i, uint32_t lim, uint32_t *end,
                double *val)
{
    if (i >= lim || i >= d->toks.n) return 0;
    const dp_token *t = &d->toks.v[i];
    uint32_t j = i;
    double v;
    if (t->kind == DP_TOK_NUM) {
        /* "23/08": a number glued to a slash or colon is a date or a time. */
        if (i + 1 < lim && !(d->toks.v[i + 1].flags & DP_TF_SPACE) &&
            d->toks.v[i + 1].kind != DP_TOK_PUNCT)
            return 0;
        if (i + 1 < lim && !(d->toks.v[i + 1].flags & DP_TF_SPACE) &&
            (!strcmp(d->toks.v[i + 1].norm, ":") || !strcmp(d->toks.v[i + 1].norm, ".")) &&
            i + 2 < lim && d->toks.v[i + 2].kind == DP_TOK_NUM &&
            !(d->toks.v[i + 2].flags & DP_TF_SPACE))
            return 0;
        v = t->num;
        j = i + 1;
    } else {
        long total = 0, cur = 0;
        int parts = 0;
        while (j < lim && S_same_sent(d, i, j)) {
            const char *w = d->toks.v[j].norm;
            if (w[0] == 'e' && w[1] == 't' && !w[2] && parts && j + 1 < lim &&   /* "et" */
                (!strcmp(d->toks.v[j + 1].norm, "un") ||
                 !strcmp(d->toks.v[j + 1].norm, "une") ||
                 !strcmp(d->toks.v[j + 1].norm, "onze"))) {
                j++;
                continue;
            }
            long wv = dp_numword(w);
            if (wv < 0 || total > S_BIG || cur > S_BIG) break;
            /* "un" / "une" only counts as the start of a number.       */
            if (parts && wv == 1 && strcmp(d->toks.v[j - 1].norm, "et")) break;
            if (strchr(w, '-')) cur += wv;   /* a compound: vingt-cinq  */
            else S_add(wv, &total, &cur);
            parts++;
            j++;
        }
        if (!parts) return 0;
        v = (double)(total + cur);
    }
    if (j < lim && S_same_sent(d, i, j)) {
        double m = dp_num_multiplier(d->toks.v[j].norm);
        if (m > 1e3 || (m == 1e3 && t->kind == DP_TOK_NUM)) {
            v *= m;
            j++;
        }
    }
    *end = j;
    *val = v;
    return 1;
}
