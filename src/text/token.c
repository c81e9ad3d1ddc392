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
 */
#include "doc.h"
#include "text.h"

#include <stdlib.h>

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

static int S_in_list(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(*list, s, n) == 0) return 1;
    return 0;
}

typedef struct {
    dp_doc *d;
    const char *s;
    size_t n;
    size_t b;          /* byte position                                     */
    uint32_t c;        /* code point position                               */
    uint32_t pending;  /* DP_TF_SPACE / NEWLINE / PARA_START for next token */
} S_lexer;

static int32_t S_peek(const S_lexer *L, size_t b, size_t *len)
{
    if (b >= L->n) { *len = 0; return -1; }
    int32_t cp;
    *len = dp_utf8_next(L->s + b, L->n - b, &cp, NULL);
    return cp;
}

/* Advances K code points from byte B; returns the new byte offset.        */
static size_t S_skip(const S_lexer *L, size_t b, int k)
{
    size_t len;
    while (k-- > 0 && S_peek(L, b, &len) >= 0) b += len;
    return b;
}

static int S_is_word_cp(int32_t cp)
{
    return dp_cp_is_letter(cp) || dp_cp_is_digit(cp);
}

static int S_is_open_quote(int32_t cp)  { return cp == 0xAB || cp == 0x201C || cp == 0x201E; }
static int S_is_close_quote(int32_t cp) { return cp == 0xBB || cp == 0x201D; }
static int S_is_dash(int32_t cp)        { return cp >= 0x2012 && cp <= 0x2015; }
static int S_is_thousands_space(int32_t cp)
{
    return cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 || cp == 0x2007;
}

/* S_emit's forms and flags of a token of plain ASCII bytes (see there).  */
static void S_emit_ascii(dp_doc *d, dp_token *t, size_t b0, size_t b1, dp_tok_kind kind)
{
    const char *s = d->text;
    char *p = dp_arena_alloc(&d->arena, b1 - b0 + 1);
    for (size_t i = b0; i < b1; i++)
        p[i - b0] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    t->norm = t->lower = p;
    if (kind != DP_TOK_WORD) return;
    int letters = 0, uppers = 0, first = 1;
    for (size_t i = b0; i < b1; i++) {
        char c = s[i];
        int up = c >= 'A' && c <= 'Z';
        if (up || (c >= 'a' && c <= 'z')) {
            letters++;
            if (up) {
                uppers++;
                if (first) t->flags |= DP_TF_CAP;
            }
            first = 0;
        } else if (c == '-') {
            t->flags |= DP_TF_HYPHEN;
        }
    }
    if (letters >= 2 && uppers == letters) t->flags |= DP_TF_UPPER;
}

static dp_token *S_emit(S_lexer *L, size_t b0, size_t b1, uint32_t c0,
                        uint32_t c1, dp_tok_kind kind)
{
    dp_doc *d = L->d;
    dp_token *t = DP_DPUSH(d, d->toks);
    t->b0 = (uint32_t)b0;
    t->b1 = (uint32_t)b1;
    t->c0 = c0;
    t->c1 = c1;
    t->kind = (uint16_t)kind;
    t->flags = L->pending;
    L->pending = 0;
    t->sent = t->para = -1;

    /* Plain ASCII (no space, quote, backquote): the folded and lowercase
     * forms are the lowercased bytes, and the letters are a-z A-Z.       */
    const unsigned char *u = (const unsigned char *)d->text;
    int plain = 1;
    for (size_t i = b0; i < b1 && plain; i++)
        plain = u[i] < 0x80 && u[i] > ' ' && u[i] != '`' && u[i] != '"';
    if (plain) {
        S_emit_ascii(d, t, b0, b1, kind);
        return t;
    }
    char small[128];
    size_t need = dp_fold(d->text + b0, b1 - b0, small, sizeof small);
    if (need < sizeof small) t->norm = dp_arena_strndup(&d->arena, small, need);
    else {
        char *p = dp_arena_alloc(&d->arena, need + 1);
        dp_fold(d->text + b0, b1 - b0, p, need + 1);
        t->norm = p;
    }
    /* lowercase form: the folded one for ASCII, else its own            */
    int ascii = 1;
    for (size_t i = b0; i < b1 && ascii; i++) ascii = (unsigned char)d->text[i] < 0x80;
    if (ascii) {
        t->lower = t->norm;
    } else if ((need = dp_lower(d->text + b0, b1 - b0, small, sizeof small)) < sizeof small) {
        t->lower = dp_arena_strndup(&d->arena, small, need);
    } else {
        char *p = dp_arena_alloc(&d->arena, need + 1);
        dp_lower(d->text + b0, b1 - b0, p, need + 1);
        t->lower = p;
    }

    if (kind == DP_TOK_WORD) {
        int letters = 0, uppers = 0, first = 1;
        for (size_t i = b0; i < b1;) {
            int32_t cp;
            i += dp_utf8_next(d->text + i, b1 - i, &cp, NULL);
            if (dp_cp_is_letter(cp)) {
                letters++;
                if (dp_cp_is_upper(cp)) {
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
    return t;
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
    *val = strtod(digits, NULL);
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
        if ((after < 0 || !S_is_word_cp(after)) &&
            (!strcmp(suf, "er") || !strcmp(suf, "re") || !strcmp(suf, "e") ||
             !strcmp(suf, "eme") || !strcmp(suf, "nd") || !strcmp(suf, "nde") ||
             !strcmp(suf, "ers") || !strcmp(suf, "es") || !strcmp(suf, "emes"))) {
            b = b2; c = c2;
        }
    }
    *cend = c;
    return b;
}

/* Word starting at L->b; emits it (and any elision / clitic pieces).      */
static void S_word(S_lexer *L)
{
    size_t b0 = L->b, b = L->b, len;
    uint32_t c0 = L->c, c = L->c;
    int32_t cp;
    for (;;) {
        cp = S_peek(L, b, &len);
        if (cp < 0) break;
        if (S_is_word_cp(cp) || (cp >= 0x300 && cp <= 0x36F)) { b += len; c++; continue; }
        if (dp_cp_is_apostrophe(cp) || dp_cp_is_hyphen(cp)) {
            size_t l2;
            int32_t nx = S_peek(L, b + len, &l2);
            if (nx >= 0 && dp_cp_is_letter(nx)) {
                if (dp_cp_is_apostrophe(cp)) {
                    char key[16];
                    size_t kl = dp_fold(L->s + b0, b - b0, key, sizeof key);
                    if (kl < sizeof key && S_in_list(S_elisions, key, kl)) {
                        dp_token *t = S_emit(L, b0, b + len, c0, c + 1, DP_TOK_WORD);
                        t->flags |= DP_TF_ELISION;
                        L->b = b + len;
                        L->c = c + 1;
                        return;
                    }
                }
                if (dp_cp_is_hyphen(cp) && b > b0) {
                    /* -t-il / -t-elle / -t-on, or a final -il -elle -on … */
                    size_t e = b + len, le;
                    uint32_t ce = c + 1;
                    char key[16];
                    size_t kl = 0;
                    int32_t q;
                    while ((q = S_peek(L, e, &le)) >= 0 && (S_is_word_cp(q) || dp_cp_is_hyphen(q)) && kl < 12) {
                        kl += dp_fold(L->s + e, le, key + kl, sizeof key - kl);
                        e += le; ce++;
                    }
                    key[kl < sizeof key ? kl : sizeof key - 1] = 0;
                    const char *k = key;
                    if (k[0] == 't' && k[1] == '-') k += 2;
                    int32_t after = S_peek(L, e, &le);
                    if ((after < 0 || !S_is_word_cp(after)) &&
                        (S_in_list(S_clitics, k, strlen(k)) && (k != key || strcmp(k, "ce")))) {
                        S_emit(L, b0, b, c0, c, DP_TOK_WORD);
                        dp_token *t = S_emit(L, b, e, c, ce, DP_TOK_WORD);
                        t->flags |= DP_TF_CLITIC;
                        L->b = e;
                        L->c = ce;
                        return;
                    }
                }
                b += len; c++;
                continue;
            }
        }
        break;
    }
    /* abbreviation or initial with its dot                                 */
    if (cp == '.') {
        char key[16];
        size_t kl = dp_fold(L->s + b0, b - b0, key, sizeof key);
        int32_t first;
        dp_utf8_next(L->s + b0, b - b0, &first, NULL);
        int initial = (c - c0 == 1) && dp_cp_is_upper(first);
        if ((kl < sizeof key && S_in_list(S_abbrevs, key, kl)) || initial) {
            dp_token *t = S_emit(L, b0, b + 1, c0, c + 1, DP_TOK_WORD);
            t->flags |= DP_TF_ABBREV;
            L->b = b + 1;
            L->c = c + 1;
            return;
        }
    }
    S_emit(L, b0, b, c0, c, DP_TOK_WORD);
    L->b = b;
    L->c = c;
}

void dp_stage_tokenize(dp_doc *d)
{
    S_lexer L = {.d = d, .s = d->text, .n = d->len, .pending = DP_TF_PARA_START};
    int dq_open = 0;   /* straight double quotes seen open                   */
    while (L.b < L.n) {
        size_t len;
        int32_t cp = S_peek(&L, L.b, &len);
        if (dp_cp_is_space(cp) || (cp < 0x20) || cp == 0x7F) {
            /* a line break ends the paragraph                               */
            if (cp == '\n' || cp == '\r' || cp == 0x2029 || cp == 0x85)
                L.pending |= DP_TF_NEWLINE | DP_TF_PARA_START;
            L.pending |= DP_TF_SPACE;
            L.b += len; L.c++;
            continue;
        }
        if (dp_cp_is_digit(cp)) {
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
        if (dp_cp_is_letter(cp)) { S_word(&L); continue; }

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
