/*
 * token.c -- the French tokenizer.
 *
 * Splits d->text into dp_tokens: words (with elisions l' d' qu' jusqu'
 * lorsqu' puisqu' split off as their own tokens, verb-subject clitics
 * -t-il -il -elle -on split off, inner hyphens and apostrophes kept:
 * porte-parole, aujourd'hui), numbers (15 000 with any kind of space, 1,5,
 * 1er, 2e), abbreviations with their dot (M. Mme Dr gén. and initials),
 * quotation marks (« » “ ” and straight " by context), dashes, punctuation
 * and symbols.  Each token gets its folded key (norm) and lowercase form.
 * Code point offsets are counted as we go; the text was repaired by the
 * decode stage, so every code point here is one of the original input.
 * Speed: S_fast (below S_word) takes the common tokens: plain words
 * found 16 bytes at a time (SSE2, a scalar loop elsewhere) with their
 * forms from the dp_latin_forms table, words of ASCII and the common
 * accented letters C3 80..BF in one vector pass (S_fast_c3word), spaces,
 * one-byte punctuation, short numbers.  It leaves everything else to the
 * general code, which it must match exactly: tests/unit/test_tokdiff.c
 * compiles this file a second time with DP_TOK_GENERAL_ONLY (no fast
 * path) and compares.
 */
#include "doc.h"
#include "text.h"

#include <float.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
/* The fast path's SIMD code is SSE2 (baseline on x86-64); elsewhere, or
 * with DP_TOK_NO_SIMD (which test_tokdiff builds too), scalar loops that
 * compute the same.                                                     */
#if defined __SSE2__ && !defined DP_TOK_NO_SIMD
#define S_SIMD 1
#include <emmintrin.h>
#endif

/* Classes of the bytes of d->text: ASCII ones, and S_MB for the bytes of
 * multi-byte code points.  Control characters, DEL and NUL separate tokens
 * like spaces do.  S_PLAIN: a byte that dp_fold and dp_lower both only
 * lowercase (not a space, quote or backquote).  S_HYP: '-'.  S_JOIN: the
 * ASCII bytes after a word that may not end it: . ' ` -                  */
enum {
    S_SP = 1 << 0, S_LOW = 1 << 1, S_DIG = 1 << 2, S_UP = 1 << 3,
    S_PLAIN = 1 << 4, S_MB = 1 << 5, S_HYP = 1 << 6, S_JOIN = 1 << 7,
    S_LET = S_LOW | S_UP
};
#define S_CLASS(c)                                                            \
    ((c) >= 0x80 ? S_MB                                                       \
     : (c) <= ' ' || (c) == 0x7F ? S_SP                                       \
     : ((c) >= '0' && (c) <= '9' ? S_DIG : 0) |                              \
       ((c) >= 'A' && (c) <= 'Z' ? S_UP : 0) |                                \
       ((c) >= 'a' && (c) <= 'z' ? S_LOW : 0) | ((c) == '-' ? S_HYP : 0) |     \
       ((c) == '`' || (c) == '"' ? 0 : S_PLAIN) |                             \
       ((c) == '.' || (c) == '\'' || (c) == '`' || (c) == '-' ? S_JOIN : 0))
static const unsigned char S_cls[256] = {DP_BYTES256(S_CLASS)};

/* The folded (= lowercase) form of each one-byte token: "a", ",", "m".    */
#define S_LOW(c) {(char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)), 0}
static const char S_onebyte[128][2] = {DP_BYTES128(S_LOW)};
#undef S_LOW

/* Elision prefixes (folded, without the apostrophe).                      */
static const char *const S_elisions[] = {
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
    "puisqu", "quoiqu", "presqu", "quelqu", NULL};

/* Abbreviations that keep their dot (folded, without the dot).            */
static const char *const S_abbrevs[] = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st",
    "ste", "gen", "gal", "col", "lt", "cdt", "cne", "sgt", "adj", "av", "bd",
    "etc", "cf", "vol", "art", "env", "min", "max", "jr", "sr", "p", "pp",
    "no", "nos", "hab", "km", "ex", "fig", "ss", "st", "ste", "ca", "vs",
    "chap", "ed", "ibid", "resp", "tel", "dept", "prof", "gouv", NULL};

/* Subject clitics after a hyphen at the end of a verb.                    */
static const char *const S_clitics[] = {
    "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce",
    NULL};

/* No entry of the lists above is longer.                                 */
#define S_LIST_MAX 6

static int S_in_list(const char *const *list, const char *s, size_t n)
{
    if (n > S_LIST_MAX) return 0;
    for (; *list; list++)
        if ((*list)[0] == s[0] && strlen(*list) == n && memcmp(*list, s, n) == 0) return 1;
    return 0;
}

#ifndef DP_TOK_GENERAL_ONLY   /* the fast path's: see below          */
/* S_in_list for the elisions and the abbreviations, as switches on the
 * word's bytes packed into an integer (tests/unit/test_tokdiff.c checks
 * every entry of the lists against S_word).                               */
#define S_K1(a) ((uint64_t)(unsigned char)(a))
#define S_K2(a, b) (S_K1(a) | S_K1(b) << 8)
#define S_K3(a, b, c) (S_K2(a, b) | S_K1(c) << 16)
#define S_K4(a, b, c, d) (S_K3(a, b, c) | S_K1(d) << 24)
#define S_K5(a, b, c, d, e) (S_K4(a, b, c, d) | S_K1(e) << 32)
#define S_K6(a, b, c, d, e, f) (S_K5(a, b, c, d, e) | S_K1(f) << 40)
static inline uint64_t S_key(const char *s, size_t n)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* N is 1 to S_LIST_MAX, and S is a form in the fast path's room: 8
     * bytes may be read.  One load, no loop on N.                       */
    uint64_t k;
    memcpy(&k, s, 8);
    return k & (((uint64_t)1 << (8 * n)) - 1);
#else
    uint64_t k = 0;
    for (size_t i = n; i-- > 0;) k = k << 8 | (unsigned char)s[i];
    return k;
#endif
}

static int S_is_elision(const char *s, size_t n)
{
    if (n == 0 || n > S_LIST_MAX) return 0;
    switch (S_key(s, n)) {
    case S_K1('l'): case S_K1('d'): case S_K1('j'): case S_K1('m'):
    case S_K1('n'): case S_K1('s'): case S_K1('t'): case S_K1('c'):
    case S_K2('q', 'u'): case S_K5('j', 'u', 's', 'q', 'u'):
    case S_K6('l', 'o', 'r', 's', 'q', 'u'):
    case S_K6('p', 'u', 'i', 's', 'q', 'u'):
    case S_K6('q', 'u', 'o', 'i', 'q', 'u'):
    case S_K6('p', 'r', 'e', 's', 'q', 'u'):
    case S_K6('q', 'u', 'e', 'l', 'q', 'u'):
        return 1;
    default:
        return 0;
    }
}

static int S_is_abbrev(const char *s, size_t n)
{
    if (n == 0 || n > S_LIST_MAX) return 0;
    switch (S_key(s, n)) {
    case S_K1('m'): case S_K2('m', 'm'): case S_K3('m', 'm', 'e'):
    case S_K4('m', 'm', 'e', 's'): case S_K4('m', 'l', 'l', 'e'):
    case S_K5('m', 'l', 'l', 'e', 's'): case S_K2('d', 'r'):
    case S_K2('p', 'r'): case S_K2('m', 'e'): case S_K3('m', 'g', 'r'):
    case S_K2('s', 't'): case S_K3('s', 't', 'e'): case S_K3('g', 'e', 'n'):
    case S_K3('g', 'a', 'l'): case S_K3('c', 'o', 'l'): case S_K2('l', 't'):
    case S_K3('c', 'd', 't'): case S_K3('c', 'n', 'e'):
    case S_K3('s', 'g', 't'): case S_K3('a', 'd', 'j'): case S_K2('a', 'v'):
    case S_K2('b', 'd'): case S_K3('e', 't', 'c'): case S_K2('c', 'f'):
    case S_K3('v', 'o', 'l'): case S_K3('a', 'r', 't'):
    case S_K3('e', 'n', 'v'): case S_K3('m', 'i', 'n'):
    case S_K3('m', 'a', 'x'): case S_K2('j', 'r'): case S_K2('s', 'r'):
    case S_K1('p'): case S_K2('p', 'p'): case S_K2('n', 'o'):
    case S_K3('n', 'o', 's'): case S_K3('h', 'a', 'b'): case S_K2('k', 'm'):
    case S_K2('e', 'x'): case S_K3('f', 'i', 'g'): case S_K2('s', 's'):
    case S_K2('c', 'a'): case S_K2('v', 's'): case S_K4('c', 'h', 'a', 'p'):
    case S_K2('e', 'd'): case S_K4('i', 'b', 'i', 'd'):
    case S_K4('r', 'e', 's', 'p'): case S_K3('t', 'e', 'l'):
    case S_K4('d', 'e', 'p', 't'): case S_K4('p', 'r', 'o', 'f'):
    case S_K4('g', 'o', 'u', 'v'):
        return 1;
    default:
        return 0;
    }
}
#endif

/* Whether the dp_fold of S[0..n) is in LIST (entries of at most 15 bytes).
 * ASCII is lowercased here: its fold, for every entry's bytes (letters).  */
static int S_fold_in_list(const char *const *list, const char *s, size_t n, int ascii)
{
    char key[16];
    size_t kl;
    if (ascii) {
        if (n > S_LIST_MAX) return 0;
        for (kl = 0; kl < n; kl++) key[kl] = S_onebyte[(unsigned char)s[kl]][0];
    } else {
        kl = dp_fold(s, n, key, sizeof key);
    }
    return kl > 0 && kl < sizeof key && S_in_list(list, key, kl);
}

typedef struct {
    dp_doc *d;
    const char *s;
    size_t n;
    size_t b;          /* byte position                                     */
    uint32_t c;        /* code point position                               */
    uint32_t pending;  /* DP_TF_SPACE / NEWLINE / PARA_START for next token */
    char *str;         /* room for the tokens' forms: STRLEFT bytes         */
    size_t strleft;
} S_lexer;

/* The code point at byte B of the text.  The decode stage repaired it, so
 * every sequence is valid UTF-8 and the lead byte gives its length.       */
static inline int32_t S_cp(const unsigned char *u, size_t *len)
{
    unsigned a = u[0];
    if (a < 0x80) { *len = 1; return (int32_t)a; }
    if (a < 0xE0) { *len = 2; return (int32_t)((a & 0x1F) << 6 | (u[1] & 0x3F)); }
    if (a < 0xF0) {
        *len = 3;
        return (int32_t)((a & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F));
    }
    *len = 4;
    return (int32_t)((a & 0x07) << 18 | (u[1] & 0x3F) << 12 | (u[2] & 0x3F) << 6 |
                     (u[3] & 0x3F));
}

static inline int32_t S_peek(const S_lexer *L, size_t b, size_t *len)
{
    if (b >= L->n) { *len = 0; return -1; }
    return S_cp((const unsigned char *)L->s + b, len);
}

/* Advances K code points from byte B; returns the new byte offset.        */
static size_t S_skip(const S_lexer *L, size_t b, int k)
{
    size_t len;
    while (k-- > 0 && S_peek(L, b, &len) >= 0) b += len;
    return b;
}

/* S_UP (an upper case letter), S_LOW (another letter or a mark), S_DIG or
 * 0 for code point CP.                                                    */
static inline unsigned S_cp_class(int32_t cp)
{
    if (cp < 0x80) return S_cls[cp] & (S_LET | S_DIG);
    if (cp < DP_CPC_HI) {
        unsigned k = dp_cp_latin_class[cp - DP_CPC_LO];
        return (k & DP_CPC_UPPER) ? S_UP : (k & DP_CPC_LETTER) ? S_LOW : 0;
    }
    if (!dp_cp_is_letter(cp)) return 0;
    return dp_cp_is_upper(cp) ? S_UP : S_LOW;
}

static int S_is_word_cp(int32_t cp) { return S_cp_class(cp) != 0; }

static int S_is_open_quote(int32_t cp)  { return cp == 0xAB || cp == 0x201C || cp == 0x201E; }
static int S_is_close_quote(int32_t cp) { return cp == 0xBB || cp == 0x201D; }
static int S_is_dash(int32_t cp)        { return cp >= 0x2012 && cp <= 0x2015; }
static int S_is_thousands_space(int32_t cp)
{
    return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007;
}

/* At least N bytes at L->str for the tokens' forms.                       */
static void S_room(S_lexer *L, size_t n)
{
    if (L->strleft < n) {
        size_t sz = n > 4096 ? n : 4096;
        L->str = dp_arena_alloc_raw(&L->d->arena, sz);
        L->strleft = sz;
    }
}

/* N bytes for the tokens' forms, from the lexer's share of the arena.     */
static char *S_str(S_lexer *L, size_t n)
{
    S_room(L, n);
    char *p = L->str;
    L->str += n;
    L->strleft -= n;
    return p;
}

/* dp_fold (STRIP) or dp_lower of the token's bytes S[0..n), kept.         */
static const char *S_form(S_lexer *L, const char *s, size_t n, int strip)
{
    size_t (*f)(const char *, size_t, char *, size_t) = strip ? dp_fold : dp_lower;
    size_t need = f(s, n, L->str, L->strleft);
    if (need < L->strleft) return S_str(L, need + 1);
    char *p = S_str(L, need + 1);
    f(s, n, p, need + 1);
    return p;
}

/* The flags of word token T (its text S[0..n)) that come from its letters:
 * capitalised, all upper case, inner hyphen.                              */
static void S_word_flags(dp_token *t, const unsigned char *s, size_t n)
{
    int letters = 0, uppers = 0, first = 1;
    for (size_t i = 0; i < n;) {
        size_t len;
        int32_t cp = S_cp(s + i, &len);
        i += len;
        unsigned k = S_cp_class(cp);
        if (k & S_LET) {
            letters++;
            if (k & S_UP) {
                uppers++;
                if (first) t->flags |= DP_TF_CAP;
            }
            first = 0;
        } else if (dp_cp_is_hyphen(cp)) {
            t->flags |= DP_TF_HYPHEN;
        }
    }
    if (letters >= 2 && uppers == letters) t->flags |= DP_TF_UPPER;
}

/* The forms of a token S[0..n) that is not plain ASCII.                  */
static void S_forms(S_lexer *L, dp_token *t, const unsigned char *u, size_t n)
{
    const char *s = (const char *)u;
    S_room(L, 2 * DP_FOLD_LATIN_MAX(n));
    char *fold = L->str, *lower = fold + DP_FOLD_LATIN_MAX(n);
    size_t nf, nl;
    if (dp_fold_lower_latin(s, n, fold, &nf, lower, &nl)) {
        t->norm = fold;
        if (nl == nf && memcmp(fold, lower, nf) == 0) {
            t->lower = fold;
            S_str(L, nf + 1);
        } else {   /* the lowercase form right after the folded one       */
            memmove(fold + nf + 1, lower, nl + 1);
            t->lower = fold + nf + 1;
            S_str(L, nf + 1 + nl + 1);
        }
        return;
    }
    t->norm = S_form(L, s, n, 1);
    int ascii = 1;
    for (size_t i = 0; i < n && ascii; i++) ascii = u[i] < 0x80;
    t->lower = ascii ? t->norm : S_form(L, s, n, 0);
}

static inline void S_put64(dp_token *t, size_t off, uint64_t w)
{
    memcpy((char *)t + off, &w, 8);
}

/* Token [b0, b1) (code points [c0, c1)) of KIND: the fields the
 * tokenizer decides (offsets, forms, kind, flags; num is set after it for
 * a number).  On the 64-bit targets this is built for, bytes 0-39 of the
 * record as doc.h lays it out, in eight-byte stores (the padding between
 * kind and flags too); elsewhere field by field.  The others are not
 * written here: the tagger (dp_stage_tag) sets pos, lemma, lex, nlex and
 * a non-number's num for every token, the sentence splitter sent and
 * para, before any stage reads them; stores of values overwritten before
 * a read were about a third of a token's.  The padding after pos and
 * after nlex (bytes 44-47, 84-87) is written by no one: no code may
 * compare or hash whole dp_token records.                               */
static inline void S_tok_set(dp_token *t, size_t b0, size_t b1, uint32_t c0, uint32_t c1,
                             unsigned kind, uint32_t flags, const char *norm, const char *lower)
{
#if UINTPTR_MAX == UINT64_MAX && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    _Static_assert(offsetof(dp_token, c0) == 8 && offsetof(dp_token, norm) == 16 &&
                       offsetof(dp_token, lower) == 24 && offsetof(dp_token, kind) == 32 &&
                       offsetof(dp_token, flags) == 36 && offsetof(dp_token, pos) == 40 &&
                       offsetof(dp_token, lemma) == 48 && offsetof(dp_token, num) == 56 &&
                       offsetof(dp_token, sent) == 64 && offsetof(dp_token, para) == 68 &&
                       offsetof(dp_token, lex) == 72 && offsetof(dp_token, nlex) == 80 &&
                       sizeof(dp_token) == 88,
                   "dp_token layout");
    S_put64(t, 0, (uint64_t)(uint32_t)b0 | (uint64_t)(uint32_t)b1 << 32);
    S_put64(t, 8, (uint64_t)c0 | (uint64_t)c1 << 32);
    memcpy(&t->norm, &norm, sizeof norm);
    memcpy(&t->lower, &lower, sizeof lower);
    S_put64(t, 32, (uint64_t)kind | (uint64_t)flags << 32);
#else
    t->b0 = (uint32_t)b0;
    t->b1 = (uint32_t)b1;
    t->c0 = c0;
    t->c1 = c1;
    t->norm = norm;
    t->lower = lower;
    t->kind = (uint16_t)kind;
    t->flags = flags;
#endif
}

/* A new token [b0, b1) of KIND, its forms not set.                        */
static inline dp_token *S_push(S_lexer *L, size_t b0, size_t b1, uint32_t c0,
                               uint32_t c1, dp_tok_kind kind)
{
    dp_doc *d = L->d;
    if (d->toks.n == d->toks.cap)
        d->toks.v = dp_vec_grow(&d->arena, d->toks.v, &d->toks.cap, sizeof *d->toks.v);
    dp_token *t = &d->toks.v[d->toks.n++];
    /* the tokenizer's fields (see S_tok_set), without a memset         */
    S_tok_set(t, b0, b1, c0, c1, kind, L->pending, NULL, NULL);
    L->pending = 0;
    return t;
}

/* A word token [b0, b1) of ASCII letters and digits only, the first a
 * letter: its forms are its bytes with the letters lowercased.           */
static void S_emit_alnum(S_lexer *L, size_t b0, size_t b1, uint32_t c0, uint32_t c1)
{
    dp_token *t = S_push(L, b0, b1, c0, c1, DP_TOK_WORD);
    const unsigned char *u = (const unsigned char *)L->s + b0;
    size_t n = b1 - b0;
    if (S_cls[u[0]] & S_UP) {   /* capitalised; all upper case?          */
        size_t i = 1, up = 1;
        for (; i < n && !(S_cls[u[i]] & S_LOW); i++) up += (S_cls[u[i]] & S_UP) != 0;
        t->flags |= DP_TF_CAP | (i == n && up >= 2 ? DP_TF_UPPER : 0);
    }
    if (n == 1) {
        t->norm = t->lower = S_onebyte[u[0]];
        return;
    }
    /* A-Z -> a-z and 0-9 unchanged: OR 0x20, eight bytes at a time (the
     * text is padded with DP_TEXT_PAD bytes, the room here with 8)      */
    S_room(L, n + 8);
    char *p = L->str;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        w |= 0x2020202020202020ull;
        memcpy(p + i, &w, 8);
    }
    p[n] = 0;
    t->norm = t->lower = S_str(L, n + 1);
}

/* A new token [b0, b1) of KIND with its folded and lowercase forms.  When
 * it is plain ASCII (no space, quote, backquote) they are its bytes
 * lowercased.                                                            */
static dp_token *S_emit(S_lexer *L, size_t b0, size_t b1, uint32_t c0,
                        uint32_t c1, dp_tok_kind kind)
{
    dp_token *t = S_push(L, b0, b1, c0, c1, kind);
    const unsigned char *u = (const unsigned char *)L->s + b0;
    size_t n = b1 - b0;
    unsigned all = S_PLAIN;
    for (size_t i = 0; i < n; i++) all &= S_cls[u[i]];
    if (!all) {
        S_forms(L, t, u, n);
    } else if (n == 1) {
        t->norm = t->lower = S_onebyte[u[0]];
    } else {
        char *p = S_str(L, n + 1);
        for (size_t i = 0; i < n; i++) p[i] = S_onebyte[u[i]][0];
        p[n] = 0;
        t->norm = t->lower = p;
    }
    if (kind == DP_TOK_WORD) S_word_flags(t, u, n);
    return t;
}

/* The kind of a one-byte token: an ASCII byte other than a letter, digit,
 * space, dot or straight quote.                                          */
static dp_tok_kind S_ascii_kind(unsigned char ch)
{
    if (ch == '-') return DP_TOK_DASH;
    if (ch == '\'' || ch == '`' || strchr(",;:!?()[]{}", ch)) return DP_TOK_PUNCT;
    return DP_TOK_SYM;
}

/* Number starting at L->b: digits with thousands groups (any space kind,
 * or a dot before exactly three digits), a decimal comma or dot, and an
 * ordinal suffix (1er, 2e, 3ème).  Returns its end and value.              */
static size_t S_number(S_lexer *L, uint32_t *cend, double *val)
{
    size_t b = L->b, len;
    uint32_t c = L->c;
    char digits[64];
    size_t nd = 0;
    int lead = 0, frac = 0;
    int32_t cp;
    while ((cp = S_peek(L, b, &len)) >= 0 && dp_cp_is_digit(cp)) {
        if (nd < sizeof digits - 2) digits[nd++] = (char)cp;
        lead++; b += len; c++;
    }
    for (;;) {
        cp = S_peek(L, b, &len);
        if (cp < 0) break;
        /* thousands group: sep + exactly 3 digits + non-digit             */
        if ((S_is_thousands_space(cp) || cp == '.') && !frac && lead <= 3) {
            size_t b2 = b + len, l2;
            int k = 0;
            int32_t q;
            while (k < 4 && (q = S_peek(L, b2, &l2)) >= 0 && dp_cp_is_digit(q)) { b2 += l2; k++; }
            if (k == 3) {
                for (size_t i = b + len; i < b2; i++)
                    if (nd < sizeof digits - 2) digits[nd++] = L->s[i];
                c += 4; b = b2;
                lead = 3;   /* further groups must follow */
                continue;
            }
        }
        if ((cp == ',' || cp == '.') && !frac) {
            size_t l2;
            int32_t q = S_peek(L, b + len, &l2);
            if (q >= 0 && dp_cp_is_digit(q)) {
                frac = 1;
                if (nd < sizeof digits - 2) digits[nd++] = '.';
                b += len; c++;
                while ((q = S_peek(L, b, &l2)) >= 0 && dp_cp_is_digit(q)) {
                    if (nd < sizeof digits - 2) digits[nd++] = (char)q;
                    b += l2; c++;
                }
                continue;
            }
        }
        break;
    }
    digits[nd] = 0;
    if (!frac && nd <= 15) {   /* exact in a double: what strtod gives   */
        uint64_t v = 0;
        for (size_t i = 0; i < nd; i++) v = v * 10 + (uint64_t)(digits[i] - '0');
        *val = (double)v;
    } else {
        *val = strtod(digits, NULL);
    }
    /* ordinal suffix: er re e ème eme è nd (1er, 2e, 3ème, 2nd)            */
    if (!frac) {
        size_t b2 = b;
        uint32_t c2 = c;
        char suf[8];
        size_t ns = 0;
        while ((cp = S_peek(L, b2, &len)) >= 0 && dp_cp_is_letter(cp) && ns < 6) {
            ns += dp_fold(L->s + b2, len, suf + ns, sizeof suf - ns);
            b2 += len; c2++;
        }
        if (ns < sizeof suf) suf[ns] = 0; else suf[sizeof suf - 1] = 0;
        int32_t after = S_peek(L, b2, &len);
        if (ns > 0 && (after < 0 || !S_is_word_cp(after)) &&
            (!strcmp(suf, "er") || !strcmp(suf, "re") || !strcmp(suf, "e") ||
             !strcmp(suf, "eme") || !strcmp(suf, "nd") || !strcmp(suf, "nde") ||
             !strcmp(suf, "ers") || !strcmp(suf, "es") || !strcmp(suf, "emes"))) {
            b = b2; c = c2;
        }
    }
    *cend = c;
    return b;
}

/* [b0, b) is an elision word whose apostrophe ends at E and is followed
 * by spaces on the same line, then a letter ("l' État", "d' Alep") or an
 * opening quotation mark ("d' « agression »").                            */
static int S_elision_before_space(const S_lexer *L, size_t b0, size_t b, size_t e, int ascii)
{
    size_t len;
    int32_t cp = S_peek(L, e, &len);
    if (cp < 0 || !dp_cp_is_space(cp) || cp == '\n' || cp == '\r') return 0;
    for (int k = 0; k < 3 && cp >= 0 && dp_cp_is_space(cp) && cp != '\n' && cp != '\r'; k++) {
        e += len;
        cp = S_peek(L, e, &len);
    }
    return cp >= 0 && (dp_cp_is_letter(cp) || S_is_open_quote(cp)) && S_fold_in_list(S_elisions, L->s + b0, b - b0, ascii);
}

/* Word starting at L->b; emits it (and any elision / clitic pieces).      */
static void S_word(S_lexer *L)
{
    const unsigned char *u = (const unsigned char *)L->s;
    size_t b0 = L->b, b = L->b, len;
    uint32_t c0 = L->c, c = L->c;
    int ascii = 1;     /* no multi-byte code point in [b0, b)            */
    int alnum = 1;     /* [b0, b) is ASCII letters and digits            */
    int inner = 0;     /* an inner apostrophe or hyphen in [b0, b)       */
    int32_t cp;
    for (;;) {
        /* ASCII letters and digits (the text ends with a NUL)            */
        size_t a = b;
        while (S_cls[u[b]] & (S_LET | S_DIG)) b++;
        c += (uint32_t)(b - a);
        cp = S_peek(L, b, &len);
        if (cp < 0) break;
        if (cp >= 0x80 && (S_is_word_cp(cp) || (cp >= 0x300 && cp <= 0x36F))) {
            b += len; c++; ascii = alnum = 0;
            continue;
        }
        if (cp < 0x80 && cp != '\'' && cp != '`' && cp != '-') break;
        if ((cp == 0x27 || cp == 0x2019) && S_elision_before_space(L, b0, b, b + len, ascii)) {
            /* "l' État", "qu' il": the elision without the space         */
            dp_token *t = S_emit(L, b0, b + len, c0, c + 1, DP_TOK_WORD);
            t->flags |= DP_TF_ELISION;
            L->b = b + len;
            L->c = c + 1;
            return;
        }
        if (dp_cp_is_apostrophe(cp) || dp_cp_is_hyphen(cp)) {
            size_t l2;
            int32_t nx = S_peek(L, b + len, &l2);
            /* an elision before a word ("l'État") or a quotation ("l'« opération »") */
            if (nx >= 0 && dp_cp_is_apostrophe(cp) && (dp_cp_is_letter(nx) || S_is_open_quote(nx)) &&
                S_fold_in_list(S_elisions, L->s + b0, b - b0, ascii)) {
                dp_token *t = S_emit(L, b0, b + len, c0, c + 1, DP_TOK_WORD);
                t->flags |= DP_TF_ELISION;
                L->b = b + len;
                L->c = c + 1;
                return;
            }
            if (nx >= 0 && dp_cp_is_letter(nx)) {
                if (dp_cp_is_hyphen(cp) && b > b0) {
                    /* -t-il / -t-elle / -t-on, or a final -il -elle -on … */
                    size_t e = b + len, le;
                    uint32_t ce = c + 1;
                    char key[16];
                    size_t kl = 0;
                    int32_t q;
                    while ((q = S_peek(L, e, &le)) >= 0 && (S_is_word_cp(q) || dp_cp_is_hyphen(q)) && kl < 12) {
                        if (le == 1) key[kl++] = S_onebyte[u[e]][0];   /* its fold */
                        else kl += dp_fold(L->s + e, le, key + kl, sizeof key - kl);
                        e += le; ce++;
                    }
                    key[kl < sizeof key ? kl : sizeof key - 1] = 0;
                    const char *cl = key;
                    if (cl[0] == 't' && cl[1] == '-') cl += 2;
                    int32_t after = S_peek(L, e, &le);
                    if ((after < 0 || !S_is_word_cp(after)) &&
                        (S_in_list(S_clitics, cl, strlen(cl)) && (cl != key || strcmp(cl, "ce")))) {
                        S_emit(L, b0, b, c0, c, DP_TOK_WORD);
                        dp_token *t = S_emit(L, b, e, c, ce, DP_TOK_WORD);
                        t->flags |= DP_TF_CLITIC;
                        L->b = e;
                        L->c = ce;
                        return;
                    }
                }
                if (len > 1) ascii = 0;
                alnum = 0;
                inner = 1;
                b += len; c++;
                continue;
            }
        }
        break;
    }
    /* abbreviation or initial with its dot                                 */
    if (cp == '.') {
        size_t l1;
        int32_t first = S_peek(L, b0, &l1);
        int initial = (c - c0 == 1) && dp_cp_is_upper(first);
        if (initial || S_fold_in_list(S_abbrevs, L->s + b0, b - b0, ascii)) {
            dp_token *t = S_emit(L, b0, b + 1, c0, c + 1, DP_TOK_WORD);
            t->flags |= DP_TF_ABBREV;
            L->b = b + 1;
            L->c = c + 1;
            return;
        }
    }
    if (alnum) {
        S_emit_alnum(L, b0, b, c0, c);
    } else if (!ascii) {
        dp_token *t = S_push(L, b0, b, c0, c, DP_TOK_WORD);
        S_forms(L, t, u + b0, b - b0);
        /* letters only, the first not upper case: no flag to set        */
        size_t l1;
        if (inner || (S_cp_class(S_cp(u + b0, &l1)) & S_UP)) S_word_flags(t, u + b0, b - b0);
    } else {
        S_emit(L, b0, b, c0, c, DP_TOK_WORD);
    }
    L->b = b;
    L->c = c;
}

#ifndef DP_TOK_GENERAL_ONLY   /* see tests/unit/test_tokdiff.c         */
/* ---- The fast path --------------------------------------------------------
 * Most of news text is plain words (ASCII letters and digits and letters
 * U+0080..U+024F), spaces and one-byte punctuation.  S_fast takes runs of
 * them with the lexer's state in locals and the forms from tables, and
 * stops at the first token it cannot take as S_word and the main loop
 * would (it never decides otherwise: tests/unit/test_tokdiff.c).      */

/* The fast path's rare helpers stay out of line, so that the common
 * tokens' loop keeps its state in registers.                           */
#if defined __GNUC__
#define S_COLD __attribute__((noinline))
#define S_NOINLINE __attribute__((noinline))
#else
#define S_COLD
#define S_NOINLINE
#endif

/* A fast-path word goes on past S_FAST_MAX bytes only by its last run of
 * at most 15 ASCII letters and digits.  The room it needs: its folded
 * form, then its lowercase one, each 3 bytes an input byte (1 for that
 * last run) and the 16 bytes a wide copy may write past the end.        */
#define S_FAST_MAX 64
#define S_FAST_HALF (3 * S_FAST_MAX + 16)
#define S_FAST_ROOM (2 * S_FAST_HALF + 16)

/* The dp_latin_forms entry of the two-byte code point at U (lead C2..C9,
 * the text is valid UTF-8), or NULL past U+024F.                         */
static inline const dp_latin_form *S_latin(const unsigned char *u)
{
    unsigned cp = (u[0] & 0x1Fu) << 6 | (u[1] & 0x3Fu);
    return cp < DP_CPC_HI ? &dp_latin_forms[cp - DP_CPC_LO] : NULL;
}

/* The dp_latin_forms entry of the letter at U, or NULL: not a letter
 * U+0080..U+024F.                                                        */
static inline const dp_latin_form *S_latin_letter(const unsigned char *u)
{
    if (u[0] - 0xC2u >= 8u) return NULL;
    const dp_latin_form *x = S_latin(u);
    return x && (x->cls & DP_CPC_LETTER) ? x : NULL;
}

/* How many ASCII letters and digits start U (at most 16); their folded
 * form (lowercase, also their lowercase one) goes to F and to LW: 16
 * bytes are written to each.                                            */
static inline unsigned S_alnum16(const unsigned char *u, char *f, char *lw)
{
#ifdef S_SIMD
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
    __m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
    /* l - 'a' < 26 and v - '0' < 10 as signed compares after a shift
     * of the range to the bottom of the signed bytes                    */
    __m128i alpha = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26),
                                   _mm_add_epi8(l, _mm_set1_epi8(0x80 - 'a')));
    __m128i digit = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10),
                                   _mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')));
    _mm_storeu_si128((__m128i *)(void *)f, l);
    _mm_storeu_si128((__m128i *)(void *)lw, l);
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit));
    return (unsigned)__builtin_ctz(~m);   /* bit 16 of ~m is set            */
#else
    unsigned run = 0;
    for (; run < 16 && (S_cls[u[run]] & (S_LET | S_DIG)); run++)
        f[run] = lw[run] = (char)(u[run] | 0x20);
    return run;
#endif
}

/* DP_TF_CAP and DP_TF_UPPER of fast-path word U[b0, b1), its first letter
 * upper case: all upper case when no letter is lower case and two are
 * upper case.                                                            */
static uint32_t S_fast_caps(const unsigned char *u, size_t b0, size_t b1)
{
    unsigned up = 0;
    for (size_t b = b0; b < b1;) {
        unsigned k;
        if (u[b] < 0x80) {
            k = S_cls[u[b]];
            b++;
        } else {
            k = S_latin(u + b)->cls & DP_CPC_UPPER ? S_UP : S_LOW;
            b += 2;
        }
        if (k & S_LOW) return DP_TF_CAP;
        up += (k & S_UP) != 0;
    }
    return DP_TF_CAP | (up >= 2 ? DP_TF_UPPER : 0);
}

/* Whether the code point at U, which stops a word, is one S_word would
 * go on with or split at: a letter, a combining mark, an apostrophe or a
 * hyphen.                                                                */
S_COLD static int S_joins(const unsigned char *u)
{
    size_t len;
    int32_t cp = S_cp(u, &len);
    return S_is_word_cp(cp) || (cp >= 0x300 && cp <= 0x36F) || dp_cp_is_apostrophe(cp) ||
           dp_cp_is_hyphen(cp);
}

/* After a word's hyphen, at E: 1 when S_word would go on with the word
 * (a letter follows and the rest is not a subject clitic: porte-parole),
 * 0 when it would end the word before the hyphen (no letter follows), -1
 * when the fast path leaves it to S_word (dit-il, va-t-elle, letters past
 * U+024F, combining marks, other hyphens).                               */
S_COLD static int S_fast_hyphen(const unsigned char *u, size_t e)
{
    if (!(S_cls[u[e]] & S_LET) && !S_latin_letter(u + e)) return u[e] < 0x80 ? 0 : -1;
    /* the folded run of letters, digits and hyphens: a clitic?         */
    char key[S_LIST_MAX + 8];
    size_t kl = 0;
    const dp_latin_form *x;
    while (kl <= S_LIST_MAX + 2) {
        unsigned q = u[e];
        if ((S_cls[q] & (S_LET | S_DIG)) || q == '-') {
            key[kl++] = (char)(q == '-' ? q : q | 0x20);
            e++;
        } else if ((x = S_latin_letter(u + e))) {
            memcpy(key + kl, x->fold, 6);
            kl += x->nfold;
            e += 2;
        } else if (q >= 0x80) {
            size_t len;
            int32_t cp = S_cp(u + e, &len);
            if (S_is_word_cp(cp) || dp_cp_is_hyphen(cp)) return -1;
            break;
        } else {
            break;
        }
    }
    if (kl > S_LIST_MAX + 2) return 1;   /* longer than "t-" and a clitic  */
    const char *cl = key;
    if (kl >= 2 && cl[0] == 't' && cl[1] == '-') cl += 2;
    size_t n = kl - (size_t)(cl - key);
    if (n > 0 && n <= S_LIST_MAX && S_in_list(S_clitics, cl, n)) return -1;
    return 1;
}

/* The fast path's state: the lexer's, in locals.                         */
typedef struct {
    size_t b;
    uint32_t c, pending;
    char *str;            /* room for the forms, as long as STR is at  */
    uintptr_t strlim;     /* most STRLIM: S_FAST_ROOM bytes before its end */
    dp_token *t, *tend;   /* the next token, the end of d->toks' room    */
} S_fastst;

static inline void S_fast_tok(S_fastst *F, size_t b0, size_t b1, uint32_t c0, uint32_t c1,
                              unsigned kind, uint32_t flags, const char *norm, const char *lower)
{
    S_tok_set(F->t++, b0, b1, c0, c1, kind, flags, norm, lower);
}

/* Emits the word of RUN bytes at B0 and NCP code points, forms F (norm)
 * and LW (lower), that a fast pass took whole, the stop C after it;
 * FIRST_UP: it starts with a capital; the forms took STRUSED bytes.     */
static inline void S_fast_word_emit(S_fastst *F, const unsigned char *u, size_t b0, unsigned run, unsigned ncp,
                                    unsigned first_up, char *f, char *lw, size_t strused, unsigned c)
{
    uint32_t flags = F->pending | first_up * DP_TF_CAP;
    if (__builtin_expect(first_up & ((S_cls[u[b0 + 1]] & S_LOW) == 0), 0))
        flags |= S_fast_caps(u, b0, b0 + run);
    S_fast_tok(F, b0, b0 + run, F->c, F->c + ncp, DP_TOK_WORD, flags, f, lw);
    F->str += strused;
    F->b = b0 + run;
    F->c += ncp;
    F->pending = 0;
    if (c == ' ') {
        F->pending = DP_TF_SPACE;
        F->b++;
        F->c++;
    }
}

#ifdef S_SIMD
/* The dp_fold of the letters U+00C0..U+00FF (C3 80..BF) that fold to one
 * ASCII letter, by the low six bits of their second byte; 0 for the
 * others (Æ Ð × Ø Þ ß æ ð ÷ ø þ), left to the general loop.  Each of
 * those letters' dp_lower is itself with the second byte ORed with 0x20
 * (À -> à, à -> à).  Checked through the tokens: test_c3_words
 * (tests/unit/test_tokdiff.c) compares every C3 letter's, at every
 * position of a word, with the reference tokenizer's.                  */
static const char S_c3fold[64] = {
    'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
    0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 0,
    'a', 'a', 'a', 'a', 'a', 'a', 0, 'c', 'e', 'e', 'e', 'e', 'i', 'i', 'i', 'i',
    0, 'n', 'o', 'o', 'o', 'o', 'o', 0, 0, 'u', 'u', 'u', 'u', 'y', 0, 'y'};

/* A word at F->b (its first byte of class K0) of fewer than 16 bytes of
 * ASCII letters and digits and the letters of S_c3fold, with at least
 * one of these, followed by a stop that ends it (not an apostrophe,
 * hyphen or multi-byte code point; a dot unless an abbreviation's): most
 * accented words of French text (été, armée, à, État).  Its bytes are
 * classified in one vector; the folded form is the bytes from the text
 * ORed with 0x20 with each two-byte letter replaced by its one from
 * S_c3fold; the lowercase form, right after it, is the vector with every
 * byte but the leads ORed with 0x20 (ASCII letters and the second bytes
 * of upper case letters; digits and lower case letters have the bit):
 * stores of registers, no read of bytes just written.  Emits it and
 * returns 1; else 0, having written only scratch room.                  */
static inline int S_fast_c3word(S_fastst *F, const unsigned char *u, unsigned k0)
{
    size_t b0 = F->b;
    const __m128i x20 = _mm_set1_epi8(0x20);
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(u + b0));
    __m128i l = _mm_or_si128(v, x20);
    __m128i alpha = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26),
                                   _mm_add_epi8(l, _mm_set1_epi8(0x80 - 'a')));
    __m128i digit = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10),
                                   _mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')));
    __m128i c3 = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3));
    /* 0x80..0xBF: the signed bytes below (signed char)0xC0              */
    __m128i cont = _mm_cmpgt_epi8(_mm_set1_epi8((char)0xC0), v);
    __m128i lead = _mm_and_si128(c3, _mm_srli_si128(cont, 1));   /* C3 80..BF */
    __m128i word = _mm_or_si128(_mm_or_si128(alpha, digit),
                                _mm_or_si128(lead, _mm_slli_si128(lead, 1)));
    unsigned run = (unsigned)__builtin_ctz(~(unsigned)_mm_movemask_epi8(word));
    if (run == 16) return 0;
    unsigned c = u[b0 + run];
    if ((S_cls[c] & (S_JOIN | S_MB)) && c != '.') return 0;
    unsigned leads = (unsigned)_mm_movemask_epi8(lead) & ((1u << run) - 1);
    /* the folded form: the bytes up to each letter, then its fold       */
    char *f = F->str;
    _mm_storeu_si128((__m128i *)(void *)f, l);
    unsigned k = 0;   /* letters folded so far                            */
    for (unsigned m = leads; m; m &= m - 1) {
        unsigned p = (unsigned)__builtin_ctz(m);
        char fc = S_c3fold[u[b0 + p + 1] & 0x3F];
        if (!fc) return 0;
        f[p - k] = fc;
        _mm_storeu_si128((__m128i *)(void *)(f + p - k + 1),
                         _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(u + b0 + p + 2)), x20));
        k++;
    }
    unsigned nf = run - k;   /* also the code points                       */
    f[nf] = 0;
    unsigned first_up = ((k0 & S_UP) != 0) | ((u[b0] == 0xC3) & (u[b0 + 1] < 0xA0));
    if (c == '.' && ((nf == 1 && first_up) || S_is_abbrev(f, nf))) return 0;
    char *lw = f + nf + 1;   /* the lowercase form right after it      */
    _mm_storeu_si128((__m128i *)(void *)lw, _mm_or_si128(v, _mm_andnot_si128(c3, x20)));
    lw[run] = 0;
    S_fast_word_emit(F, u, b0, run, nf, first_up, f, lw, nf + 1 + run + 1, c);
    return 1;
}
#endif

/* A word at F->b (a letter, its first byte of class K0 in S_cls) that the
 * fast path takes: letters and digits then a stop that ends it (not an
 * apostrophe or hyphen that may join or split it, not an abbreviation's
 * dot), or an elision before a letter ("l'armée").  Emits it and returns
 * 1; else 0, having done nothing.                                       */
static inline int S_fast_word(S_fastst *F, const unsigned char *u, unsigned k0)
{
    size_t b0 = F->b, b = b0, nf = 0, nl = 0;
    char *f = F->str, *lw = f + S_FAST_HALF;   /* folded and lowercase forms */
    unsigned run = S_alnum16(u + b, f, lw);
    unsigned c = u[b + run];
    if (run < 16 && !(S_cls[c] & (S_JOIN | S_MB))) {
        /* Most words: fewer than 16 ASCII letters and digits, then a
         * byte that ends them (a space, a comma, the end).  What the
         * loop below does for them, without its state: one form, the
         * bytes lowercased, for norm and lower.                        */
        f[run] = 0;
        unsigned first_up = (k0 & S_UP) != 0;
        S_fast_word_emit(F, u, b0, run, run, first_up, f, f, run + 1, c);
        return 1;
    }
#ifdef S_SIMD
    if (c == 0xC3 && S_fast_c3word(F, u, k0)) return 1;
#endif
    if (run < 16 && (c == '.' || c == '\'' || c == 0xE2)) {
        /* a dot that is not an abbreviation's, or the apostrophe (' or
         * ’) of an elision before a letter (l'armée): the same, one
         * form, with the apostrophe (') for an elision's              */
        unsigned first_up = (k0 & S_UP) != 0, el = 0;
        if (c == '.') {
            if ((run == 1 && first_up) || S_is_abbrev(f, run)) return 0;
        } else {
            if (c == '\'') el = 1;
            else if (u[b0 + run + 1] == 0x80 && u[b0 + run + 2] == 0x99) el = 3;
            else goto general;
            const unsigned char *nx = u + b0 + run + el;
            if (nx[0] == ' ') nx++;
            if (!(S_cls[nx[0]] & S_LET) && !S_latin_letter(nx)) return 0;
            if (!S_is_elision(f, run)) return 0;
            f[run] = '\'';
        }
        unsigned ncp = run + (el != 0);   /* also the form's length      */
        f[ncp] = 0;
        uint32_t flags = F->pending | first_up * DP_TF_CAP | (el ? DP_TF_ELISION : 0);
        if (__builtin_expect(first_up & ((S_cls[u[b0 + 1]] & S_LOW) == 0), 0))
            flags |= S_fast_caps(u, b0, b0 + run);
        S_fast_tok(F, b0, b0 + run + el, F->c, F->c + ncp, DP_TOK_WORD, flags, f, f);
        F->str += ncp + 1;
        F->b = b0 + run + el;
        F->c += ncp;
        F->pending = 0;
        return 1;
    }
general:;
    uint32_t nmb = 0;      /* two-byte letters: when there are, the
                            * lowercase form may not be the folded one   */
    uint32_t hyph = 0;     /* DP_TF_HYPHEN: an inner hyphen                 */
    const dp_latin_form *x;
    for (;;) {
        b += run;
        nf += run;
        nl += run;
        /* a word of more than S_FAST_MAX bytes (at most 15 more than it,
         * within the room) is left to S_word: checked before each step
         * that goes on with it                                          */
        if (run == 16) {
            if (b - b0 >= S_FAST_MAX) return 0;
            run = S_alnum16(u + b, f + nf, lw + nl);
            continue;
        }
        if ((x = S_latin_letter(u + b))) {
            memcpy(f + nf, x->fold, 8);
            memcpy(lw + nl, x->lower, 8);
            nf += x->nfold;
            nl += x->nlower;
            b += 2;
            nmb++;
            if (b - b0 >= S_FAST_MAX) return 0;
            /* the letters and digits after it, if any (often the word
             * ends with the accented letter: armée, à)                  */
            run = S_cls[u[b]] & (S_LET | S_DIG) ? S_alnum16(u + b, f + nf, lw + nl) : 0;
            continue;
        }
        if (u[b] == '-') {   /* porte-parole, not dit-il                      */
            if (b - b0 >= S_FAST_MAX) return 0;
            int j = S_fast_hyphen(u, b + 1);
            if (j < 0) return 0;
            if (!j) break;
            f[nf++] = lw[nl++] = '-';
            b++;
            hyph = DP_TF_HYPHEN;
            run = S_alnum16(u + b, f + nf, lw + nl);
            continue;
        }
        break;
    }
    uint32_t ncp = (uint32_t)(b - b0) - nmb;
    c = u[b];
    size_t el = 0;   /* bytes of an elision's apostrophe                   */
    int first_up = u[b0] < 0x80 ? (S_cls[u[b0]] & S_UP) != 0
                                : (S_latin(u + b0)->cls & DP_CPC_UPPER) != 0;
    if (S_cls[c] & (S_JOIN | S_MB)) {
        if (c == '\'') el = 1;
        else if (c == 0xE2 && u[b + 1] == 0x80 && u[b + 2] == 0x99) el = 3;   /* ’ */
        else if (c == '.') {
            if ((ncp == 1 && first_up) || S_is_abbrev(f, nf))
                return 0;
        } else if (c < 0x80 || S_joins(u + b)) {
            return 0;
        }
    }
    if (el) {   /* l' d' qu' before a letter, or a space and a letter     */
        const unsigned char *nx = u + b + el;
        if (nx[0] == ' ') nx++;
        if (!(S_cls[nx[0]] & S_LET) && !S_latin_letter(nx)) return 0;
        if (!S_is_elision(f, nf)) return 0;
        f[nf++] = '\'';
    }
    f[nf] = 0;
    const char *lower = f;
    size_t used = nf + 1;
    if (nmb) {   /* the lowercase form right after the folded one        */
        if (el) lw[nl++] = '\'';
        if (nl != nf || memcmp(f, lw, nf)) {
            /* the first 32 bytes read before they are written (no
             * branch on the length: most words are shorter), the rest
             * forward in 8 bytes: the copy lies before the source      */
            char *dst = f + nf + 1;
            uint64_t w0, w1, w2, w3;
            memcpy(&w0, lw, 8);
            memcpy(&w1, lw + 8, 8);
            memcpy(&w2, lw + 16, 8);
            memcpy(&w3, lw + 24, 8);
            memcpy(dst, &w0, 8);
            memcpy(dst + 8, &w1, 8);
            memcpy(dst + 16, &w2, 8);
            memcpy(dst + 24, &w3, 8);
            for (size_t i = 32; i < nl; i += 8) {
                uint64_t w;
                memcpy(&w, lw + i, 8);
                memcpy(dst + i, &w, 8);
            }
            dst[nl] = 0;
            lower = dst;
            used += nl + 1;
        }
    }
    uint32_t flags = F->pending | (el ? DP_TF_ELISION : 0) | hyph;
    /* Capitalised: most often a lower case ASCII letter follows the
     * first one (no DP_TF_UPPER then), which needs no branch on
     * first_up (a capital is hard to predict); else S_fast_caps.       */
    unsigned slow = (unsigned)first_up & ((S_cls[u[b0 + 1]] & S_LOW) == 0);
    flags |= (uint32_t)first_up * DP_TF_CAP;
    if (__builtin_expect(slow, 0)) flags |= S_fast_caps(u, b0, b);
    S_fast_tok(F, b0, b + el, F->c, F->c + ncp + (el != 0), DP_TOK_WORD, flags, f, lower);
    F->str += used;
    F->b = b + el;
    F->c += ncp + (el != 0);
    F->pending = 0;
    if (c == ' ') {   /* the space after it, most often                     */
        F->pending = DP_TF_SPACE;
        F->b++;
        F->c++;
    }
    return 1;
}

/* Powers of ten exact in a double, for the decimals of S_fast_num.      */
static const double S_pow10[16] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

/* A number at F->b that the fast path takes: at most 15 digits, with or
 * without a decimal comma (1,5), not followed by what S_number would go
 * on with (a letter of an ordinal suffix or the hour mark, a multi-byte
 * space of thousands, a thousands or decimal separator before a digit).
 * Emits it and returns 1; else 0.                                        */
static inline int S_fast_num(S_fastst *F, const unsigned char *u)
{
    size_t b0 = F->b, b = b0;
    uint64_t v = 0;
    for (; S_cls[u[b]] & S_DIG; b++) {
        if (b - b0 >= 15) return 0;
        v = v * 10 + (u[b] - '0');
    }
    unsigned c = u[b];
    double num = (double)v;
    if (c == ',' && (S_cls[u[b + 1]] & S_DIG)) {
        /* S_number's value is strtod's: here the digits as an integer
         * over a power of ten, both exact in a double, divided with the
         * one rounding strtod makes; a letter after it is left to S_word
         * (the hour mark, 1,5h)                                         */
        size_t f0 = ++b;
        for (; S_cls[u[b]] & S_DIG; b++) {
            if (b - b0 >= 16) return 0;   /* 15 digits and the comma        */
            v = v * 10 + (u[b] - '0');
        }
        if (S_cls[u[b]] & S_LET) return 0;
#if FLT_EVAL_METHOD != 0
        return 0;   /* extended precision rounds twice: left to S_number */
#endif
        num = (double)v / S_pow10[b - f0];
    } else if ((S_cls[c] & (S_LET | S_MB)) ||
               ((c == ' ' || c == '.' || c == ',') && (S_cls[u[b + 1]] & S_DIG))) {
        return 0;
    }
    size_t n = b - b0;
    const char *norm = S_onebyte[u[b0]];
    if (n > 1) {
        memcpy(F->str, u + b0, 16);   /* digits and comma: their own forms */
        F->str[n] = 0;
        norm = F->str;
        F->str += n + 1;
    }
    S_fast_tok(F, b0, b, F->c, F->c + (uint32_t)n, DP_TOK_NUM, F->pending, norm, norm);
    F->t[-1].num = num;
    F->b = b;
    F->c += (uint32_t)n;
    F->pending = 0;
    return 1;
}

/* The kinds of the one-byte tokens the fast path takes (0: not taken):
 * ASCII punctuation and symbols other than the dot, the quote and the
 * backquote.                                                             */
#define S_KIND(ch)                                                            \
    ((ch) <= ' ' || (ch) >= 0x7F || ((ch) >= '0' && (ch) <= '9') ||           \
             (((ch) | 0x20) >= 'a' && ((ch) | 0x20) <= 'z') || (ch) == '.' ||  \
             (ch) == '"' || (ch) == '`'                                       \
         ? 0                                                                  \
     : (ch) == '-' ? DP_TOK_DASH                                              \
     : (ch) == '\'' || (ch) == ',' || (ch) == ';' || (ch) == ':' ||           \
             (ch) == '!' || (ch) == '?' || (ch) == '(' || (ch) == ')' ||      \
             (ch) == '[' || (ch) == ']' || (ch) == '{' || (ch) == '}'         \
         ? DP_TOK_PUNCT                                                       \
         : DP_TOK_SYM)
static const unsigned char S_onekind[128] = {DP_BYTES128(S_KIND)};
#undef S_KIND

/* The forms of a dash (U+2012..U+2015): "-", and two strings, as the
 * general code's S_forms makes them (norm and lower not one pointer).    */
static const char S_dash[2][2] = {"-", "-"};

/* Room for one more token and its forms.                                 */
static inline void S_fast_room(S_fastst *F, S_lexer *L)
{
    if (__builtin_expect(F->t == F->tend || (uintptr_t)F->str > F->strlim, 0)) {
        dp_doc *d = L->d;
        if (F->t == F->tend) {
            d->toks.n = (size_t)(F->t - d->toks.v);
            d->toks.v = dp_vec_grow(&d->arena, d->toks.v, &d->toks.cap, sizeof *d->toks.v);
            F->t = d->toks.v + d->toks.n;
            F->tend = d->toks.v + d->toks.cap;
        }
        L->str = F->str;
        L->strleft = (size_t)(F->strlim + S_FAST_ROOM - (uintptr_t)F->str);
        S_room(L, S_FAST_ROOM);
        F->str = L->str;
        F->strlim = (uintptr_t)(L->str + L->strleft) - S_FAST_ROOM;
    }
}

/* Takes the tokens at L->b while the fast path can; returns at the first
 * it cannot (or at the end), L updated.  Out of line, though hot:
 * inlined into dp_stage_tokenize, its state shared the registers with
 * the general code's and went to the stack.                             */
S_NOINLINE static void S_fast(S_lexer *L)
{
    const unsigned char *u = (const unsigned char *)L->s;
    dp_doc *d = L->d;
    S_fastst F = {.b = L->b, .c = L->c, .pending = L->pending, .str = L->str,
                  .strlim = (uintptr_t)(L->str + L->strleft) - S_FAST_ROOM,
                  .t = d->toks.v + d->toks.n,
                  .tend = d->toks.v + d->toks.cap};
    size_t n = L->n;
    while (F.b < n) {
        unsigned a = u[F.b], k = S_cls[a];
        if (k & S_LET) goto word;   /* most often                         */
        if (k & S_SP) {
            if (a == '\n' || a == '\r') F.pending |= DP_TF_NEWLINE | DP_TF_PARA_START;
            F.pending |= DP_TF_SPACE;
            F.b++;
            F.c++;
            continue;
        }
        if (a == 0xC2 && u[F.b + 1] == 0xA0) {   /* NBSP                      */
            F.pending |= DP_TF_SPACE;
            F.b += 2;
            F.c++;
            continue;
        }
        if (S_latin_letter(u + F.b)) {
        word:
            S_fast_room(&F, L);
            if (S_fast_word(&F, u, k)) continue;
            break;
        }
        S_fast_room(&F, L);
        if (k & S_DIG) {
            if (S_fast_num(&F, u)) continue;
            break;
        }
        unsigned kind = a < 0x80 ? S_onekind[a] : 0;
        if (kind) {
            S_fast_tok(&F, F.b, F.b + 1, F.c, F.c + 1, kind, F.pending, S_onebyte[a], S_onebyte[a]);
        } else if (a == 0xC2 && (u[F.b + 1] == 0xAB || u[F.b + 1] == 0xBB)) {   /* « » */
            kind = u[F.b + 1] == 0xAB ? DP_TOK_QUOTE_OPEN : DP_TOK_QUOTE_CLOSE;
            S_fast_tok(&F, F.b, F.b + 2, F.c, F.c + 1, kind, F.pending, "\"", "\"");
            F.b++;
        } else if (a == 0xE2 && u[F.b + 1] == 0x80 && u[F.b + 2] - 0x92u < 4u) {   /* ‒ – — ― */
            S_fast_tok(&F, F.b, F.b + 3, F.c, F.c + 1, DP_TOK_DASH, F.pending, S_dash[0],
                       S_dash[1]);
            F.b += 2;
        } else if (a == '.' && u[F.b + 1] != '.') {
            S_fast_tok(&F, F.b, F.b + 1, F.c, F.c + 1, DP_TOK_PUNCT, F.pending, S_onebyte[a],
                       S_onebyte[a]);
        } else {
            break;
        }
        F.b++;
        F.c++;
        F.pending = 0;
    }
    L->b = F.b;
    L->c = F.c;
    L->pending = F.pending;
    L->str = F.str;
    L->strleft = (size_t)(F.strlim + S_FAST_ROOM - (uintptr_t)F.str);
    d->toks.n = (size_t)(F.t - d->toks.v);
}

#endif /* DP_TOK_GENERAL_ONLY */

#define S_PRESIZE_MAX ((size_t)4 << 20)

void dp_stage_tokenize(dp_doc *d)
{
    S_lexer L = {.d = d, .s = d->text, .n = d->len, .pending = DP_TF_PARA_START};
    /* Room for as many tokens and form bytes as news text needs (5 to 6
     * bytes a token), up to a bound; more is allocated when it runs out. */
    size_t est = d->len < S_PRESIZE_MAX ? d->len : S_PRESIZE_MAX;
    d->toks.cap = est / 4 + 16;
    d->toks.v = dp_arena_alloc_raw(&d->arena, d->toks.cap * sizeof *d->toks.v);
    L.strleft = est + est / 4 + 64;
    L.str = dp_arena_alloc_raw(&d->arena, L.strleft);
    const unsigned char *u = (const unsigned char *)d->text;
    int dq_open = 0;   /* straight double quotes seen open                   */
    for (;;) {
#ifndef DP_TOK_GENERAL_ONLY
        S_fast(&L);   /* what it does not take, the code below does        */
#endif
        if (L.b >= L.n) break;
        unsigned cls = S_cls[u[L.b]];
        if (cls & S_SP) {
            if (u[L.b] == '\n' || u[L.b] == '\r') L.pending |= DP_TF_NEWLINE | DP_TF_PARA_START;
            L.pending |= DP_TF_SPACE;
            L.b++; L.c++;
            continue;
        }
        if (cls & S_LET) {
            S_word(&L);
            continue;
        }
        size_t len;
        int32_t cp = S_peek(&L, L.b, &len);
        if ((cls & S_MB) && dp_cp_is_space(cp)) {
            /* a line break ends the paragraph                               */
            if (cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x85)
                L.pending |= DP_TF_NEWLINE | DP_TF_PARA_START;
            L.pending |= DP_TF_SPACE;
            L.b += len; L.c++;
            continue;
        }
        if (cls & S_DIG) {
            uint32_t ce;
            double v;
            size_t e = S_number(&L, &ce, &v);
            dp_token *t = S_emit(&L, L.b, e, L.c, ce, DP_TOK_NUM);
            t->num = v;
            L.b = e; L.c = ce;
            /* 14h30, 8h: the hour mark is a token of its own               */
            size_t l1, l2;
            int32_t h = S_peek(&L, L.b, &l1);
            if ((h == 'h' || h == 'H') &&
                (S_peek(&L, L.b + l1, &l2) < 0 || !dp_cp_is_letter(S_peek(&L, L.b + l1, &l2)))) {
                S_emit(&L, L.b, L.b + l1, L.c, L.c + 1, DP_TOK_WORD);
                L.b += l1; L.c++;
            }
            continue;
        }
        if ((cls & S_MB) && dp_cp_is_letter(cp)) { S_word(&L); continue; }
        if ((cls & S_PLAIN) && cp != '.') {
            dp_token *t = S_push(&L, L.b, L.b + 1, L.c, L.c + 1, S_ascii_kind(u[L.b]));
            t->norm = t->lower = S_onebyte[u[L.b]];
            L.b++; L.c++;
            continue;
        }

        dp_tok_kind kind = DP_TOK_SYM;
        int k = 1;
        if (S_is_open_quote(cp)) kind = DP_TOK_QUOTE_OPEN;
        else if (S_is_close_quote(cp)) kind = DP_TOK_QUOTE_CLOSE;
        else if (cp == '"') {
            /* opens after a space or an opening bracket, else closes        */
            int opens = L.b == 0 || (L.pending & DP_TF_SPACE) ||
                        strchr("([{", L.s[L.b - 1]) != NULL;
            if (!opens && !dq_open) opens = 1;
            kind = opens ? DP_TOK_QUOTE_OPEN : DP_TOK_QUOTE_CLOSE;
            dq_open = opens;
        } else if (S_is_dash(cp) || (dp_cp_is_hyphen(cp))) kind = DP_TOK_DASH;
        else if (cp == '.') {
            while (k < 8 && L.b + k < L.n && L.s[L.b + k] == '.') k++;
            kind = DP_TOK_PUNCT;
        } else if (strchr(",;:!?()[]{}", cp < 0x80 ? (int)cp : 1) && cp < 0x80) kind = DP_TOK_PUNCT;
        else if (cp == 0x2026 || cp == 0xBF || cp == 0xA1) kind = DP_TOK_PUNCT;
        else if (dp_cp_is_apostrophe(cp)) kind = DP_TOK_PUNCT;
        size_t e = S_skip(&L, L.b, k);
        S_emit(&L, L.b, e, L.c, L.c + (uint32_t)k, kind);
        L.b = e;
        L.c += (uint32_t)k;
    }
}
