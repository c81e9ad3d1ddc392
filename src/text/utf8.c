/*
 * utf8.c -- UTF-8 at the boundary: decoding with repair (every invalid byte
 * becomes one U+FFFD, so code point offsets never drift), the folded
 * matching key and lowercasing (utf8proc does the Unicode work), and the
 * decode stage that fills d->text.
 */
#include "doc.h"
#include "text.h"

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "foldtab.h"

size_t dp_utf8_next_slow(const char *s, size_t n, int32_t *cp, int *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    utf8proc_int32_t c;
    utf8proc_ssize_t k = utf8proc_iterate(u, (utf8proc_ssize_t)(n > 4 ? 4 : n), &c);
    if (k > 0) {
        *cp = c;
        if (bad) *bad = 0;
        return (size_t)k;
    }
    *cp = 0xFFFD;
    if (bad) *bad = 1;
    return 1;
}

size_t dp_utf8_put(int32_t cp, char *out)
{
    return (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
}

size_t dp_utf8_scrub(const char *in, size_t len, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        int bad;
        size_t k = dp_utf8_next(in + i, len - i, &cp, &bad);
        if (bad) o += dp_utf8_put(0xFFFD, out + o);
        else { memcpy(out + o, in + i, k); o += k; }
        i += k;
    }
    return o;
}

int dp_cp_is_letter(int32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    if (cp < DP_CPC_HI) return dp_cp_latin_class[cp - DP_CPC_LO] & DP_CPC_LETTER;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

int dp_cp_is_upper(int32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    if (cp < DP_CPC_HI) return (dp_cp_latin_class[cp - DP_CPC_LO] & DP_CPC_UPPER) != 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int dp_cp_is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }

int dp_cp_is_space(int32_t cp)
{
    if (cp == ' ' || (cp >= 9 && cp <= 13) || cp == 0) return 1;
    if (cp < 0x80) return 0;
    if (cp == 0x85 || cp == 0xA0 || cp == 0xFEFF || cp == 0x200B) return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP;
}

int dp_cp_is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC ||
           cp == 0x00B4 || cp == '`' || cp == 0x2032;
}

int dp_cp_is_hyphen(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x00AD;
}

static int S_is_dash(int32_t cp) { return cp >= 0x2012 && cp <= 0x2015; }
static int S_is_dquote(int32_t cp)
{
    return cp == '"' || cp == 0xAB || cp == 0xBB || cp == 0x201C ||
           cp == 0x201D || cp == 0x201E || cp == 0x201F;
}

/* utf8proc's case fold (and accent strip when STRIP) of one code point,
 * written to OUT (DP_FOLD_CP_MAX bytes and a NUL); the general path of
 * S_fold, and what tools/mkfoldtab.c tabulates for U+0080..U+024F.       */
size_t dp_fold_cp_utf8proc(int32_t cp, int strip, char *out)
{
    utf8proc_option_t opt = UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                            (strip ? UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK
                                   : UTF8PROC_COMPOSE);
    utf8proc_int32_t buf[16];
    int last = 0;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, buf, 16, opt, &last);
    if (k < 0 || k > 16) { buf[0] = cp; k = 1; }
    if (!strip && k > 1) {
        /* re-compose the case-folded sequence (É -> é, not e + ´)     */
        k = utf8proc_normalize_utf32(buf, k, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        if (k < 0) { buf[0] = cp; k = 1; }
    }
    size_t n = 0;
    for (utf8proc_ssize_t j = 0; j < k && n + 4 <= DP_FOLD_CP_MAX; j++)
        n += dp_utf8_put(buf[j], out + n);
    out[n] = 0;
    return n;
}

/* What S_fold writes for each ASCII byte: the byte lowercased, the
 * backquote as an apostrophe; 0 for the bytes dp_cp_is_space accepts
 * (NUL, tab to carriage return, space), and for every byte >= 0x80 (the
 * multi-byte code points, taken one by one).  Every other byte takes the
 * general path's answer for it: not a space, an apostrophe for ' and `,
 * a hyphen for -, a quote for ", else itself lowercased.                */
#define S_AMAP(c)                                                              \
    ((unsigned char)((c) >= 0x80 || (c) == 0 || ((c) >= 9 && (c) <= 13)        \
                     || (c) == ' ' ? 0                                         \
                     : (c) == '`' ? '\''                                       \
                     : (c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
static const unsigned char S_amap[256] = {DP_BYTES256(S_AMAP)};
#undef S_AMAP

/* Shared by dp_fold and dp_lower: STRIP removes accents.  ASCII goes by
 * S_amap, a run of it without a test of CAP per byte when the run fits;
 * the letters U+00C0..U+00FF (lead byte C3) go by table and œ Œ fold to
 * "oe" at once; every other code point by the general path.             */
static size_t S_fold(const char *s, size_t n, char *out, size_t cap, int strip)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t need = 0;
    int pending_space = 0;
#define EMIT(ch) do { if (need + 1 < cap) out[need] = (char)(ch); need++; } while (0)
    for (size_t i = 0; i < n;) {
        unsigned a = u[i];
        if (a < 0x80) {
            unsigned c = S_amap[a];
            if (!c) { pending_space = need > 0; i++; continue; }
            if (pending_space) { EMIT(' '); pending_space = 0; }
            if (need + (n - i) < cap) {
                /* the rest of S fits: so does the run, a byte a byte     */
                do {
                    out[need++] = (char)c;
                    i++;
                } while (i < n && (c = S_amap[u[i]]) != 0);
            } else {
                EMIT(c);
                i++;
            }
            continue;
        }
        if (i + 1 < n && (u[i + 1] & 0xC0) == 0x80 &&
            ((a == 0xC3 && (u[i + 1] & ~0x20u) != 0x86) ||      /* not æ Æ */
             (a == 0xC5 && (u[i + 1] & ~1u) == 0x92))) {        /* œ Œ    */
            int32_t cp = (int32_t)((a & 0x1F) << 6 | (u[i + 1] & 0x3F));   /* C3: U+00C0..U+00FF */
            if (pending_space) { EMIT(' '); pending_space = 0; }
            i += 2;
            if (a == 0xC5) { EMIT('o'); EMIT('e'); continue; }
            for (const char *r = S_foldtab[!strip][cp - DP_FOLDTAB_LO]; *r; r++) EMIT(*r);
            continue;
        }
        int32_t cp;
        i += dp_utf8_next(s + i, n - i, &cp, NULL);
        if (dp_cp_is_space(cp)) { pending_space = need > 0; continue; }
        if (pending_space) { EMIT(' '); pending_space = 0; }
        if (dp_cp_is_apostrophe(cp)) { EMIT('\''); continue; }
        if (dp_cp_is_hyphen(cp) || S_is_dash(cp)) { EMIT('-'); continue; }
        if (S_is_dquote(cp)) { EMIT('"'); continue; }
        if (cp < 0x80) { EMIT(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp); continue; }
        if (cp == 0x0153 || cp == 0x0152) { EMIT('o'); EMIT('e'); continue; }
        if (cp == 0x00E6 || cp == 0x00C6) { EMIT('a'); EMIT('e'); continue; }
        if (cp >= DP_FOLDTAB_LO && cp < DP_FOLDTAB_HI) {
            for (const char *r = S_foldtab[!strip][cp - DP_FOLDTAB_LO]; *r; r++) EMIT(*r);
            continue;
        }
        char tmp[DP_FOLD_CP_MAX + 1];
        size_t l = dp_fold_cp_utf8proc(cp, strip, tmp);
        for (size_t q = 0; q < l; q++) EMIT(tmp[q]);
    }
#undef EMIT
    if (cap) out[need < cap ? need : cap - 1] = 0;
    return need;
}

int dp_fold_lower_latin(const char *s, size_t n, char *fold, size_t *nfold,
                        char *lower, size_t *nlower)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t f = 0, l = 0;
    for (size_t i = 0; i < n;) {
        unsigned a = u[i];
        if (a < 0x80) {
            if (a <= ' ' || a == '`') return 0;
            char c = (char)(a - 'A' < 26u ? a + 32 : a);
            fold[f++] = c;
            lower[l++] = c;
            i++;
            continue;
        }
        /* a two-byte sequence (valid: its continuation byte is checked)
         * of the table's range                                           */
        if (a < 0xC2 || a > 0xC9 || i + 1 >= n || (u[i + 1] & 0xC0) != 0x80) return 0;
        int32_t cp = (int32_t)((a & 0x1F) << 6 | (u[i + 1] & 0x3F));
        if (cp >= DP_FOLDTAB_HI || cp == 0x85 || cp == 0xA0) return 0;
        for (const char *r = S_foldtab[0][cp - DP_FOLDTAB_LO]; *r; r++) fold[f++] = *r;
        for (const char *r = S_foldtab[1][cp - DP_FOLDTAB_LO]; *r; r++) lower[l++] = *r;
        i += 2;
    }
    fold[f] = lower[l] = 0;
    *nfold = f;
    *nlower = l;
    return 1;
}

size_t dp_fold(const char *s, size_t n, char *out, size_t cap)
{
    return S_fold(s, n, out, cap, 1);
}

size_t dp_lower(const char *s, size_t n, char *out, size_t cap)
{
    return S_fold(s, n, out, cap, 0);
}

/* The length of the valid UTF-8 sequence at U (N > 0 bytes, U[0] >= 0x80)
 * or 0: two-byte and the common three-byte ones here, the rest as
 * utf8proc says (dp_utf8_next_slow).                                      */
static inline size_t S_seq_len(const unsigned char *u, size_t n)
{
    unsigned a = u[0];
    if (a - 0xC2u < 0x1Eu) return n >= 2 && (u[1] & 0xC0) == 0x80 ? 2 : 0;
    if (a - 0xE1u < 0x0Fu && a != 0xED && n >= 3 && (u[1] & 0xC0) == 0x80 &&
        (u[2] & 0xC0) == 0x80)
        return 3;
    int32_t cp;
    int bad;
    size_t k = dp_utf8_next_slow((const char *)u, n, &cp, &bad);
    return bad ? 0 : k;
}

/* The first byte >= 0x80 of U[i, len), or LEN.                            */
static inline size_t S_skip_ascii(const unsigned char *u, size_t i, size_t len)
{
#ifdef __SSE2__
    for (; i + 16 <= len; i += 16) {
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(u + i)));
        if (m) return i + (size_t)__builtin_ctz(m);
    }
#endif
    uint64_t w;
    while (i + 8 <= len && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ull))) i += 8;
    while (i < len && u[i] < 0x80) i++;
    return i;
}

#ifdef __SSE2__
/* Bytes of V in [LO, HI] (LO >= 0x80 > HI - LO), as a byte mask: the
 * range moved to the bottom of the signed bytes, one signed compare.    */
static inline __m128i S_in_range(__m128i v, unsigned char lo, unsigned char hi)
{
    __m128i x = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - lo)));
    return _mm_cmpgt_epi8(_mm_set1_epi8((char)(-128 + (hi - lo + 1))), x);
}
#endif

#ifdef __SSE2__
/* The bytes of the 16 at P: their high bits into *MN, continuation bytes
 * (0x80..0xBF) into *MC, the leads C2..DF into *M2 and E1..EC, EE, EF
 * into *M3, as bit masks; returns the continuation bytes' byte mask.    */
static inline __m128i S_masks16(const unsigned char *p, unsigned *mn, unsigned *mc,
                                unsigned *m2, unsigned *m3)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    /* 0x80..0xBF: the signed bytes below (signed char)0xC0               */
    __m128i cont = _mm_cmpgt_epi8(_mm_set1_epi8((char)0xC0), v);
    __m128i l3 = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)),
                                  S_in_range(v, 0xE1, 0xEF));
    *mn = (unsigned)_mm_movemask_epi8(v);
    *mc = (unsigned)_mm_movemask_epi8(cont);
    *m2 = (unsigned)_mm_movemask_epi8(S_in_range(v, 0xC2, 0xDF));
    *m3 = (unsigned)_mm_movemask_epi8(l3);
    return cont;
}

/* Whether the masks of S_masks16 (of 16 or 32 bytes) are those of ASCII
 * and valid sequences wholly inside the bytes: every high byte a
 * continuation or a lead, and the continuations exactly the one or two
 * bytes after each lead (a lead too near the end wants one past them). */
static inline int S_masks_ok(uint64_t mn, uint64_t mc, uint64_t m2, uint64_t m3)
{
    return mn == (mc | m2 | m3) && mc == (m2 << 1 | m3 << 1 | m3 << 2);
}
#endif

/* The first byte of U[i, len) that does not lie in a block of ASCII and
 * valid two- and three-byte sequences (leads C2..DF, E1..EC, EE, EF:
 * those S_seq_len takes without more checks) wholly inside the block, or
 * LEN; the continuation bytes of the blocks passed are added to *NCONT.
 * Blocks of 32 bytes, then of 16 (the end, or the first half of a block
 * of 32 that failed).  Every block is checked the same way, ASCII or
 * not: in French text about half of them have an accented letter, and a
 * branch on it would be mispredicted as often.  The continuation bytes
 * are counted in the bytes of a vector (a subtraction for each 16 bytes),
 * summed before a byte may overflow (255 subtractions).                */
static inline size_t S_skip_valid(const unsigned char *u, size_t i, size_t len, size_t *ncont)
{
#ifdef __SSE2__
    __m128i sum = _mm_setzero_si128();   /* continuation bytes, 2 sums     */
    int ok = 1;
    unsigned n0, c0, a0, b0, n1, c1, a1, b1;
    while (ok && i + 32 <= len) {
        size_t last = len - 32;   /* the last block's start: at most 126 after I */
        if (last - i > 126 * 32) last = i + 126 * 32;
        __m128i acc = _mm_setzero_si128();   /* a count in each byte        */
        for (; i <= last; i += 32) {
            __m128i x0 = S_masks16(u + i, &n0, &c0, &a0, &b0);
            __m128i x1 = S_masks16(u + i + 16, &n1, &c1, &a1, &b1);
            if (!S_masks_ok(n0 | (uint64_t)n1 << 16, c0 | (uint64_t)c1 << 16,
                            a0 | (uint64_t)a1 << 16, b0 | (uint64_t)b1 << 16)) {
                ok = 0;
                break;
            }
            acc = _mm_sub_epi8(_mm_sub_epi8(acc, x0), x1);   /* -1 in their bytes */
        }
        sum = _mm_add_epi64(sum, _mm_sad_epu8(acc, _mm_setzero_si128()));
    }
    /* at most 2 blocks of 16: no byte overflows                         */
    __m128i acc = _mm_setzero_si128();
    for (int k = 0; k < 2 && i + 16 <= len; k++, i += 16) {
        __m128i x0 = S_masks16(u + i, &n0, &c0, &a0, &b0);
        if (!S_masks_ok(n0, c0, a0, b0)) break;
        acc = _mm_sub_epi8(acc, x0);
    }
    sum = _mm_add_epi64(sum, _mm_sad_epu8(acc, _mm_setzero_si128()));
    uint64_t sums[2];
    _mm_storeu_si128((__m128i *)(void *)sums, sum);
    *ncont += (size_t)(sums[0] + sums[1]);
#else
    (void)ncont;
#endif
    return S_skip_ascii(u, i, len);
}

/* The decode stage: repaired copy of the input and its code point count.
 * The copy ends with DP_TEXT_SIMD_PAD NUL bytes (the tokenizer reads 16
 * bytes at a time).                                                       */
void dp_stage_decode(dp_doc *d, const char *in, size_t len)
{
    /* Worst case every byte is invalid and becomes 3 bytes of U+FFFD.     */
    const unsigned char *u = (const unsigned char *)in;
    size_t nbad = 0, ncont = 0;   /* continuation bytes of valid sequences */
    for (size_t i = S_skip_valid(u, 0, len, &ncont); i < len; i = S_skip_valid(u, i, len, &ncont)) {
        size_t k = S_seq_len(u + i, len - i);
        if (k) ncont += k - 1, i += k;
        else nbad++, i++;
    }
    size_t outn = len + 2 * nbad;
    size_t ncp = len - ncont;   /* every other byte starts a code point */
    char *t = dp_arena_alloc_raw(&d->arena, outn + DP_TEXT_SIMD_PAD);
    memset(t + outn, 0, DP_TEXT_SIMD_PAD);
    if (nbad == 0) {
        memcpy(t, in, len);
    } else {
        dp_utf8_scrub(in, len, t);
    }
    d->text = t;
    d->len = outn;
    d->in_len = len;
    d->ncp = ncp;
    d->nbad = nbad;
}
