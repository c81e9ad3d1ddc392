/*
 * text.h -- the text layer's shared helpers: UTF-8 decoding with repair,
 * the folded matching key, lowercasing.  Used by every stage and by
 * tools/mkmodel (which must fold gazetteer names exactly as the runtime
 * folds the text).
 */
#ifndef DP_TEXT_H
#define DP_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A byte-indexed table's initialiser from a macro M(c) of the byte:
 * DP_BYTES128(M) for bytes 0..127, DP_BYTES256(M) for all 256.         */
#define DP_BYTES16(M, r)                                                       \
    M((r) + 0), M((r) + 1), M((r) + 2), M((r) + 3), M((r) + 4), M((r) + 5),   \
    M((r) + 6), M((r) + 7), M((r) + 8), M((r) + 9), M((r) + 10), M((r) + 11), \
    M((r) + 12), M((r) + 13), M((r) + 14), M((r) + 15)
#define DP_BYTES128(M)                                                         \
    DP_BYTES16(M, 0x00), DP_BYTES16(M, 0x10), DP_BYTES16(M, 0x20),             \
    DP_BYTES16(M, 0x30), DP_BYTES16(M, 0x40), DP_BYTES16(M, 0x50),             \
    DP_BYTES16(M, 0x60), DP_BYTES16(M, 0x70)
#define DP_BYTES256(M)                                                         \
    DP_BYTES128(M), DP_BYTES16(M, 0x80), DP_BYTES16(M, 0x90),                  \
    DP_BYTES16(M, 0xA0), DP_BYTES16(M, 0xB0), DP_BYTES16(M, 0xC0),             \
    DP_BYTES16(M, 0xD0), DP_BYTES16(M, 0xE0), DP_BYTES16(M, 0xF0)

/* Decodes one code point from S (N > 0 bytes available).  Returns the bytes
 * consumed (1..4); an invalid or truncated sequence consumes 1 byte and
 * yields U+FFFD in *CP.  Overlongs, surrogates and > U+10FFFF are invalid. */
size_t dp_utf8_next_slow(const char *s, size_t n, int32_t *cp, int *bad);
static inline size_t dp_utf8_next(const char *s, size_t n, int32_t *cp, int *bad)
{
    if ((unsigned char)s[0] < 0x80) {
        *cp = (unsigned char)s[0];
        if (bad) *bad = 0;
        return 1;
    }
    return dp_utf8_next_slow(s, n, cp, bad);
}
/* Encodes CP into OUT (4 bytes room); returns the length.                 */
size_t dp_utf8_put(int32_t cp, char *out);
/* Copies the LEN bytes of IN to OUT with each byte that is not valid UTF-8
 * written as U+FFFD (OUT holds LEN + 2 per such byte); the bytes written. */
size_t dp_utf8_scrub(const char *in, size_t len, char *out);

/* Folded key of UTF-8 S[0..n): NFKD, case-folded, combining marks removed,
 * ligatures expanded (œ -> oe), typographic apostrophes -> ', dashes and
 * hyphens -> -, typographic quotes -> ", every kind of space (NBSP, thin,
 * narrow NBSP, tabs, newlines) -> one ' ', runs collapsed, ends trimmed.
 * Writes at most CAP bytes (always NUL-terminated when CAP > 0) and returns
 * the length the full result needs, like snprintf.                        */
size_t dp_fold(const char *s, size_t n, char *out, size_t cap);
/* utf8proc's fold of one code point (accents stripped when STRIP) into
 * OUT, at most DP_FOLD_CP_MAX bytes plus a NUL; returns the bytes.       */
#define DP_FOLD_CP_MAX 64
size_t dp_fold_cp_utf8proc(int32_t cp, int strip, char *out);
/* Same, but only case-folded and apostrophes/spaces unified: accents are
 * kept ("Général" -> "général").  The Lefff lookup key.                   */
size_t dp_lower(const char *s, size_t n, char *out, size_t cap);

/* Character classes on code points (Unicode general category).           */
int dp_cp_is_letter(int32_t cp);
int dp_cp_is_upper(int32_t cp);
int dp_cp_is_digit(int32_t cp);   /* ASCII 0-9 only                         */
int dp_cp_is_space(int32_t cp);   /* incl. NBSP U+00A0, thin U+2009, U+202F */
int dp_cp_is_apostrophe(int32_t cp);  /* ' ’ ʼ ‘ ´ `                        */
int dp_cp_is_hyphen(int32_t cp);  /* - ‐ ‑ (not the en/em dashes)          */

/* dp_fold and dp_lower of S[0..n) in one pass, for text made of code
 * points both map by themselves or by table: ASCII other than the spaces,
 * controls and the backquote, and U+0080..U+024F other than the spaces
 * U+0085 and U+00A0 (French words: letters, accents, inner ' and -).
 * FOLD and LOWER get DP_FOLD_LATIN_MAX(n) bytes of room each; their
 * lengths go to *NFOLD and *NLOWER (a NUL follows).  Returns 0, having
 * written nothing usable, when S has any other code point: then call
 * dp_fold and dp_lower.                                                   */
#define DP_FOLD_LATIN_MAX(n) (3 * (n) + 1)
int dp_fold_lower_latin(const char *s, size_t n, char *fold, size_t *nfold,
                        char *lower, size_t *nlower);

/* Classes of U+0080..U+024F from utf8proc's categories (tabulated in
 * foldtab.h): DP_CPC_LETTER for what dp_cp_is_letter accepts (letters and
 * marks), DP_CPC_UPPER for what dp_cp_is_upper accepts.                   */
enum { DP_CPC_LETTER = 1, DP_CPC_UPPER = 2 };
#define DP_CPC_LO 0x80
#define DP_CPC_HI 0x250
extern const unsigned char dp_cp_latin_class[DP_CPC_HI - DP_CPC_LO];

/* The decode stage's d->text ends with this many NUL bytes (at least one:
 * the NUL terminator), so that the tokenizer may read whole words.      */
#define DP_TEXT_PAD 8

/* In fact the decode stage pads d->text with this many NUL bytes: the
 * tokenizer reads 16 bytes at a time from any byte of the text.         */
#define DP_TEXT_SIMD_PAD 16

/* The tokenizer's table of U+0080..U+024F (foldtab.h, made by
 * tools/mkfoldtab.c): the dp_fold of the code point alone (FOLD, NFOLD
 * bytes), its dp_lower (LOWER, NLOWER bytes), its dp_cp_latin_class and
 * SAME: the two forms are equal (no longer read by the tokenizer, which
 * compares a word's two forms once; it fills the entry's 16th byte and
 * test_tokdiff checks it).  16 bytes an entry, so that 8 bytes may be
 * copied from FOLD or LOWER.                                             */
typedef struct {
    char fold[6], lower[6];
    unsigned char nfold, nlower, cls, same;
} dp_latin_form;
extern const dp_latin_form dp_latin_forms[DP_CPC_HI - DP_CPC_LO];

/* Whether the N bytes at A and B are the same, for short strings without
 * a call: eight, four or two bytes at a time, the last load overlapping
 * the one before it, so that no byte past N is read.                        */
static inline int dp_same_bytes(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    uint32_t u, v;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&x, a + i, 8), memcpy(&y, b + i, 8);
            if (x != y) return 0;
        }
        memcpy(&x, a + n - 8, 8), memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        memcpy(&u, a, 4), memcpy(&v, b, 4);
        if (u != v) return 0;
        memcpy(&u, a + n - 4, 4), memcpy(&v, b + n - 4, 4);
        return u == v;
    }
    if (n >= 2) {
        uint16_t s, t;
        memcpy(&s, a, 2), memcpy(&t, b, 2);
        if (s != t) return 0;
        memcpy(&s, a + n - 2, 2), memcpy(&t, b + n - 2, 2);
        return s == t;
    }
    return !n || a[0] == b[0];
}

#endif
