/*
 * json.c -- the output stage: one JSON object per document (shared spec
 * OUTPUT.md) and the events alone as PLOVER-style JSON Lines.
 *
 * A small escaping writer on d->out (dp_buf).  A failed dp_buf_put calls
 * the arena's out-of-memory hook, which longjmps out of the render like any
 * other allocation failure.  Spans are code points of the original input;
 * their text is the bytes of the repaired text d->text.
 */
#include "doc.h"
#include "output/output.h"
#include "text/text.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- The writer -------------------------------------------------------- */
static void S_fail(dp_doc *d) { d->arena.oom(d->arena.oom_ctx); }

/* N bytes of S: copied in place while the buffer has room (dp_buf_put's
 * checks: the terminating NUL and the size cap), else through dp_buf_put,
 * which grows the buffer geometrically.  The NUL itself is written once,
 * when the render ends (S_end) or for N 0: the room for it is kept.       */
static inline void S_put(dp_doc *d, const char *s, size_t n)
{
    dp_buf *b = &d->out;
    if (n < b->cap - b->n && (!b->max || n <= b->max - b->n)) {
        memcpy(b->p + b->n, s, n);
        b->n += n;
        if (!n) b->p[b->n] = 0;   /* S_put(d, "", 0): terminate now      */
        return;
    }
    if (dp_buf_put(b, s, n)) S_fail(d);
}

/* The render's end: the output's terminating NUL (S_put leaves room).    */
static void S_end(dp_doc *d)
{
    if (!d->out.p) S_put(d, "", 0);
    d->out.p[d->out.n] = 0;
}

static void S_puts(dp_doc *d, const char *s) { S_put(d, s, strlen(s)); }

static void S_printf(dp_doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void S_printf(dp_doc *d, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n >= sizeof tmp) n = sizeof tmp - 1;
    S_put(d, tmp, (size_t)n);
}

/* V in decimal, as printf's "%ld" writes it (without its cost).          */
static void S_long(dp_doc *d, long v)
{
    char b[24], *p = b + sizeof b;
    unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
    do *--p = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) *--p = '-';
    S_put(d, p, (size_t)(b + sizeof b - p));
}

/* V in decimal, as printf's "%zu" writes it.                              */
static void S_size(dp_doc *d, size_t v)
{
    char b[24], *p = b + sizeof b;
    do *--p = (char)('0' + v % 10); while (v /= 10);
    S_put(d, p, (size_t)(b + sizeof b - p));
}

/* V in decimal at P; returns the end.                                     */
static char *S_dec(char *p, uint64_t v)
{
    static const char pairs[201] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    static const uint64_t p10[19] = {
        10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
        1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
        100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
        1000000000000000000ull, 10000000000000000000ull};
    int n = 1;                                   /* its digits, counted   */
    while (n < 20 && v >= p10[n - 1]) n++;
    char *e = p + n, *q = e;
    for (; v >= 100; v /= 100) {                 /* two at a time, backwards */
        q -= 2;
        memcpy(q, pairs + 2 * (v % 100), 2);
    }
    if (v >= 10) memcpy(q - 2, pairs + 2 * v, 2);
    else q[-1] = (char)('0' + v);
    return e;
}

/* round(|V| * 10^PREC) as printf rounds (the exact binary value, ties to
 * even) into *OUT; 0 when |V| is too large for this (printf then).       */
__extension__ typedef unsigned __int128 S_u128;
static int S_scaled(double v, int prec, uint64_t *out)
{
    static const uint32_t p10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    double a = fabs(v);
    if (!(a < 1e9) || prec < 0 || prec > 6) return 0;
    if (a == 0) { *out = 0; return 1; }
    int e;
    double f = frexp(a, &e);                   /* a = f * 2^e, 0.5 <= f < 1  */
    uint64_t m = (uint64_t)ldexp(f, 53);      /* a = m * 2^(e - 53), exact  */
    int sh = 53 - e;                           /* > 0: a < 2^30               */
    S_u128 x = (S_u128)m * p10[prec];
    if (sh >= 120) { *out = 0; return 1; }    /* x < 2^73: far below 1/2    */
    S_u128 q = x >> sh, rem = x - (q << sh), half = (S_u128)1 << (sh - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
    *out = (uint64_t)q;
    return 1;
}

int dp_json_scaled(double v, int prec, uint64_t *out)
{
    return S_scaled(v, prec, out);
}

/* V as printf's "%.5f" writes it.                                         */
static void S_fixed5(dp_doc *d, double v)
{
    uint64_t q;
    if (!S_scaled(v, 5, &q)) { S_printf(d, "%.5f", v); return; }
    char b[40], *p = b + sizeof b;
    for (int k = 0; k < 5; k++, q /= 10) *--p = (char)('0' + q % 10);
    *--p = '.';
    do *--p = (char)('0' + q % 10); while (q /= 10);
    if (signbit(v)) *--p = '-';
    S_put(d, p, (size_t)(b + sizeof b - p));
}

/* V in [0, 1] as printf's "%.3g" writes it (3 significant digits, no
 * trailing zeros); other values through printf.                          */
static void S_g3(dp_doc *d, double v)
{
    int prec = v >= 0.1 ? 3 : v >= 0.01 ? 4 : v >= 0.001 ? 5 : v >= 0.0001 ? 6 : -1;
    uint64_t q;
    if (v == 0 && !signbit(v)) { S_put(d, "0", 1); return; }
    if (prec < 0 || v > 1 || !S_scaled(v, prec, &q)) { S_printf(d, "%.3g", v); return; }
    if (q == 1000 && prec == 3) { S_put(d, "1", 1); return; }
    char b[16];
    int n = 0;
    b[n++] = '0';
    b[n++] = '.';
    for (int k = prec - 1; k >= 0; k--) {
        uint64_t p = 1;
        for (int j = 0; j < k; j++) p *= 10;
        b[n++] = (char)('0' + (q / p) % 10);
    }
    while (b[n - 1] == '0') n--;
    S_put(d, b, (size_t)n);
}

/* Bytes that end a run copied as they are in a JSON string: '"', '\\',
 * controls, DEL and every non-ASCII byte (checked apart).                 */
static const unsigned char S_special[256] = {
#define S_R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    S_R16(1), S_R16(1),
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,                 /* '"' */
    S_R16(0), S_R16(0),
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,                 /* '\\' */
    S_R16(0),
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,                 /* DEL */
    S_R16(1), S_R16(1), S_R16(1), S_R16(1), S_R16(1), S_R16(1), S_R16(1), S_R16(1)
#undef S_R16
};

/* 1 when none of the 8 bytes at P is special (a few plain ones may be
 * taken for special: the caller then looks at them one by one): bytes
 * below 0x20 or equal to '"', '\\' or DEL give a lane with its top bit set
 * (a borrow from the lane below can only add false alarms), as do bytes
 * from 0x80 up.                                                          */
static int S_plain8(const unsigned char *p)
{
    const uint64_t one = 0x0101010101010101ull;
    uint64_t x;
    memcpy(&x, p, 8);
    uint64_t t = (x - one * 0x20) | ((x ^ one * 0x22) - one) | ((x ^ one * 0x5c) - one) |
                 ((x ^ one * 0x7f) - one) | x;
    return !(t & one * 0x80);
}

/* The first special byte of U[I..N), or N: sixteen bytes at a time where
 * there is SSE2 (a signed byte below 0x20 is a control byte or one of a
 * multi-byte sequence), then eight, then one.                             */
static size_t S_skip_plain(const unsigned char *u, size_t i, size_t n)
{
#if defined(__SSE2__)
    const __m128i sp = _mm_set1_epi8(0x20), q = _mm_set1_epi8(0x22), bs = _mm_set1_epi8(0x5c),
                  del = _mm_set1_epi8(0x7f);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + i));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, sp), _mm_cmpeq_epi8(x, q)),
                                 _mm_or_si128(_mm_cmpeq_epi8(x, bs), _mm_cmpeq_epi8(x, del)));
        unsigned b = (unsigned)_mm_movemask_epi8(m);
        if (b) return i + (size_t)__builtin_ctz(b);
    }
#endif
    while (i + 8 <= n && S_plain8(u + i)) i += 8;
    while (i < n && !S_special[u[i]]) i++;
    return i;
}

/* The body of a JSON string from N bytes of S (no quotes); bytes that are
 * not valid UTF-8 (possible in caller metadata) are written as U+FFFD.    */
static void S_strbody(dp_doc *d, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0; /* start of the pending run of bytes copied as they are */
    for (size_t i = 0; i < n;) {
        i = S_skip_plain(u, i, n);
        if (i >= n) break;
        unsigned char c = u[i];
        const char *esc = NULL;
        char ubuf[8];
        size_t k = 1;
        if (c < 0x80) {
            if (c == '"') esc = "\\\"";
            else if (c == '\\') esc = "\\\\";
            else if (c == '\n') esc = "\\n";
            else if (c == '\t') esc = "\\t";
            else if (c == '\r') esc = "\\r";
            else {
                static const char hex[] = "0123456789abcdef";
                memcpy(ubuf, "\\u00", 4);
                ubuf[4] = hex[c >> 4];
                ubuf[5] = hex[c & 15];
                ubuf[6] = 0;
                esc = ubuf;
            }
        } else if (c >= 0xc2 && c <= 0xdf && i + 1 < n && (u[i + 1] & 0xc0) == 0x80) {
            k = 2;  /* a valid two-byte sequence (é, à, «): copied */
        } else {
            int32_t cp;
            int bad;
            k = dp_utf8_next(s + i, n - i, &cp, &bad);
            if (bad) esc = "\\ufffd";
            else if (cp == 0x2028) esc = "\\u2028";
            else if (cp == 0x2029) esc = "\\u2029";
        }
        if (esc) {
            S_put(d, s + run, i - run);
            S_puts(d, esc);
            run = i + k;
        }
        i += k;
    }
    S_put(d, s + run, n - run);
}

/* A JSON string from N bytes of S.                                        */
static void S_strn(dp_doc *d, const char *s, size_t n)
{
    dp_buf *b = &d->out;
    /* most strings have no byte to escape: one copy, quotes around, when
     * the buffer has room (S_put's test for N + 2 bytes)                 */
    if (n + 2 < b->cap - b->n && (!b->max || n + 2 <= b->max - b->n) &&
        S_skip_plain((const unsigned char *)s, 0, n) == n) {
        char *p = b->p + b->n;
        p[0] = '"';
        memcpy(p + 1, s, n);
        p[n + 1] = '"';
        b->n += n + 2;
        return;
    }
    S_put(d, "\"", 1);
    S_strbody(d, s, n);
    S_put(d, "\"", 1);
}

static void S_str(dp_doc *d, const char *s)
{
    if (s) S_strn(d, s, strlen(s));
    else S_puts(d, "null");
}

/* "key": (with a leading comma unless FIRST), K a string literal, in one
 * copy; S_keys for a key made by S_KEY and passed on.                     */
#define S_KEY(k) ",\"" k "\":"
#define S_key(d, k, first) \
    S_put(d, &S_KEY(k)[(first) != 0], sizeof S_KEY(k) - 1 - ((first) != 0))
static void S_keys(dp_doc *d, const char *key) { S_puts(d, key); }

#define S_kstr(d, k, v) (S_key(d, k, 0), S_str(d, v))
#define S_klong(d, k, v) (S_key(d, k, 0), S_long(d, v))
#define S_kbool(d, k, v) (S_key(d, k, 0), S_bool(d, v))
#define S_kspan(d, k, s) (S_key(d, k, 0), S_span(d, s))
#define S_klong_or_null(d, k, v) (S_key(d, k, 0), S_long_or_null(d, v))

static void S_bool(dp_doc *d, int v)
{
    if (v) S_put(d, "true", 4);
    else S_put(d, "false", 5);
}

/* V as "%.5f" (HOW 5) or "%.3g" (HOW 3) writes it, or null.               */
static void S_num(dp_doc *d, double v, int how)
{
    if (isnan(v) || isinf(v)) S_puts(d, "null");
    else if (how == 5) S_fixed5(d, v);
    else S_g3(d, v);
}

/* An integer that is unknown when negative.                               */
static void S_long_or_null(dp_doc *d, long v)
{
    if (v < 0) S_put(d, "null", 4);
    else S_long(d, v);
}

/* ---- Spans ------------------------------------------------------------- */
static int S_span_ok(const dp_doc *d, dp_tspan s)
{
    return s.t0 < s.t1 && s.t1 <= d->toks.n;
}

static void S_span_body(dp_doc *d, uint32_t c0, uint32_t c1, size_t b0, size_t b1)
{
    char b[64], *p = b;
    memcpy(p, "{\"start\":", 9);
    p = S_dec(p + 9, c0);
    memcpy(p, ",\"end\":", 7);
    p = S_dec(p + 7, c1);
    memcpy(p, ",\"text\":\"", 9);
    S_put(d, b, (size_t)(p + 9 - b));
    if (b0 > d->len) b0 = d->len;
    if (b1 > d->len) b1 = d->len;
    S_strbody(d, d->text + b0, b1 > b0 ? b1 - b0 : 0);
    S_put(d, "\"}", 2);
}

/* A token range as a span object, or null when empty.                     */
static void S_span(dp_doc *d, dp_tspan s)
{
    if (!S_span_ok(d, s)) { S_puts(d, "null"); return; }
    const dp_token *a = &d->toks.v[s.t0], *b = &d->toks.v[s.t1 - 1];
    S_span_body(d, a->c0, b->c1, a->b0, b->b1);
}

/* Code point -> byte offset in d->text: the byte offset of every 64th code
 * point is kept (built on first use), the rest is a short walk.           */
typedef struct { size_t *at; size_t n; } S_cursor;
#define S_STEP 64

static size_t S_cp_byte(dp_doc *d, S_cursor *cur, size_t cp)
{
    if (!cur->at) {
        cur->n = d->ncp / S_STEP + 1;
        cur->at = dp_arena_alloc(&d->arena, cur->n * sizeof *cur->at);
        size_t b = 0;
        for (size_t i = 0; i < cur->n; i++) {
            cur->at[i] = b;
            for (size_t j = 0; j < S_STEP && b < d->len; j++) {
                int32_t c;
                b += dp_utf8_next(d->text + b, d->len - b, &c, NULL);
            }
        }
    }
    size_t slot = cp / S_STEP;
    if (slot >= cur->n) slot = cur->n - 1;
    size_t b = cur->at[slot];
    for (size_t k = slot * S_STEP; k < cp && b < d->len; k++) {
        int32_t c;
        b += dp_utf8_next(d->text + b, d->len - b, &c, NULL);
    }
    return b;
}

static void S_cp_span(dp_doc *d, S_cursor *cur, uint32_t c0, uint32_t c1)
{
    size_t b0 = S_cp_byte(d, cur, c0);
    size_t b1 = S_cp_byte(d, cur, c1);
    S_span_body(d, c0, c1, b0, b1);
}

/* The spans of a vector of token ranges as a JSON array.                  */
static void S_span_array(dp_doc *d, const dp_tspan *v, size_t n)
{
    S_put(d, "[", 1);
    int first = 1;
    for (size_t i = 0; i < n; i++) {
        if (!S_span_ok(d, v[i])) continue;
        if (!first) S_put(d, ",", 1);
        S_span(d, v[i]);
        first = 0;
    }
    S_put(d, "]", 1);
}


static void S_sentence(dp_doc *d, int32_t sent)
{
    if (sent < 0 || (size_t)sent >= d->sents.n) { S_puts(d, "null"); return; }
    dp_tspan s = {d->sents.v[sent].t0, d->sents.v[sent].t1};
    S_span(d, s);
}

/* ---- Ids ---------------------------------------------------------------- */
static void S_ref(dp_doc *d, char prefix, int32_t i, size_t n)
{
    if (i < 0 || (size_t)i >= n) S_puts(d, "null");
    else {
        char b[2] = {'"', prefix};
        S_put(d, b, 2);
        S_long(d, (long)i + 1);
        S_put(d, "\"", 1);
    }
}

/* ---- Sections ------------------------------------------------------------ */
const char *dp_json_ent_type(dp_ent_type t)
{
    switch (t) {
    case DP_ENT_PER: return "PER";
    case DP_ENT_ORG: return "ORG";
    case DP_ENT_LOC: return "LOC";
    case DP_ENT_MISC: return "MISC";
    }
    return "MISC";
}

const char *dp_json_time_type(dp_time_type t)
{
    switch (t) {
    case DP_TIME_DATE: return "DATE";
    case DP_TIME_TIME: return "TIME";
    case DP_TIME_DURATION: return "DURATION";
    case DP_TIME_SET: return "SET";
    }
    return "DATE";
}

static void S_actor(dp_doc *d, const dp_actor *a)
{
    S_put(d, "{", 1);
    S_key(d, "code", 1); S_str(d, a->code);
    S_kstr(d, "country", a->country[0] ? a->country : NULL);
    S_kstr(d, "sector", a->sector);
    S_put(d, "}", 1);
}

/* "stages": the names of the stages that ran, when not all did (the
 * arrays of the others are empty, not "nothing found").                 */
static void S_stages(dp_doc *d)
{
    S_key(d, "stages", 0);
    S_put(d, "[", 1);
    int first = 1;
    for (size_t i = 0; i < DP_NSTAGES; i++) {
        if (!(d->stages & dp_stages[i].bit)) continue;
        if (!first) S_put(d, ",", 1);
        first = 0;
        S_str(d, dp_stages[i].name);
    }
    S_put(d, "]", 1);
}

static void S_repeats(dp_doc *d)
{
    S_key(d, "repeated", 0);
    S_put(d, "[", 1);
    S_cursor cur = {NULL, 0};
    for (size_t i = 0; i < d->repeats.n; i++) {
        const dp_repeat *r = &d->repeats.v[i];
        if (i) S_put(d, ",", 1);
        /* the span object minus its closing brace, then same_as            */
        S_cp_span(d, &cur, r->c0, r->c1);
        d->out.n--; /* reopen the span object */
        S_puts(d, ",\"same_as\":");
        S_cp_span(d, &cur, r->same_c0, r->same_c1);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

static void S_entities(dp_doc *d)
{
    S_key(d, "entities", 0);
    S_put(d, "[", 1);
    for (size_t i = 0; i < d->ents.n; i++) {
        const dp_entity *e = &d->ents.v[i];
        if (i) S_put(d, ",", 1);
        S_put(d, "{\"id\":\"e", 8);
        S_size(d, i + 1);
        S_put(d, "\"", 1);
        S_kstr(d, "type", dp_json_ent_type(e->type));
        S_kstr(d, "name", e->name ? e->name : "");
        if (e->title) {
            S_kstr(d, "title", e->title);
            if (S_span_ok(d, e->title_span)) S_kspan(d, "title_span", e->title_span);
        }
        if (e->role) {
            S_kstr(d, "role", e->role);
            if (S_span_ok(d, e->role_span)) S_kspan(d, "role_span", e->role_span);
        }
        if (e->gender == 'm' || e->gender == 'f')
            S_kstr(d, "gender", e->gender == 'm' ? "m" : "f");
        if (e->place >= 0 && (size_t)e->place < d->places.n) {
            S_key(d, "place", 0);
            S_ref(d, 'p', e->place, d->places.n);
        }
        if (e->actor.code) { S_key(d, "actor", 0); S_actor(d, &e->actor); }
        if (e->nominal) S_kbool(d, "nominal", 1);
        S_key(d, "mentions", 0);
        S_span_array(d, e->mentions.v, e->mentions.n);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

/* The fields of a place (without braces), shared by places and event_loc. */
static void S_place_fields(dp_doc *d, size_t i)
{
    const dp_place *p = &d->places.v[i];
    const dp_gaz_rec *r = &p->rec;
    S_put(d, "\"id\":\"p", 7);
    S_size(d, i + 1);
    S_put(d, "\"", 1);
    S_kstr(d, "name", r->name ? r->name : "");
    S_key(d, "geonameid", 0);
    if (r->geonameid) S_long(d, (long)r->geonameid);
    else S_puts(d, "null");
    S_key(d, "lat", 0); S_num(d, r->lat, 5);
    S_key(d, "lon", 0); S_num(d, r->lon, 5);
    char cc[3] = {r->cc[0], r->cc[1], 0};
    S_kstr(d, "country_code", cc[0] ? cc : NULL);
}

static void S_places(dp_doc *d)
{
    S_key(d, "places", 0);
    S_put(d, "[", 1);
    for (size_t i = 0; i < d->places.n; i++) {
        const dp_place *p = &d->places.v[i];
        const dp_gaz_rec *r = &p->rec;
        if (i) S_put(d, ",", 1);
        S_put(d, "{", 1);
        S_place_fields(d, i);
        char a1[sizeof r->admin1 + 1], fc[2] = {r->fclass, 0}, fcode[sizeof r->fcode + 1];
        memcpy(a1, r->admin1, sizeof r->admin1); a1[sizeof r->admin1] = 0;
        memcpy(fcode, r->fcode, sizeof r->fcode); fcode[sizeof r->fcode] = 0;
        S_kstr(d, "admin1", r->admin1_name && r->admin1_name[0] ? r->admin1_name
                            : a1[0] ? a1 : NULL);
        S_kstr(d, "admin1_code", a1[0] ? a1 : NULL);
        /* "" rather than null when unknown: scripts call .startswith() on it */
        S_kstr(d, "feature_class", fc);
        S_kstr(d, "feature_code", fcode);
        S_kstr(d, "precision", p->precision ? p->precision : "approx");
        if (p->entity >= 0 && (size_t)p->entity < d->ents.n) {
            S_key(d, "entity", 0);
            S_ref(d, 'e', p->entity, d->ents.n);
        }
        S_key(d, "mentions", 0);
        S_span_array(d, p->mentions.v, p->mentions.n);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

static void S_times(dp_doc *d)
{
    S_key(d, "times", 0);
    S_put(d, "[", 1);
    int first = 1;
    for (size_t i = 0; i < d->times.n; i++) {
        const dp_time *t = &d->times.v[i];
        if (!S_span_ok(d, t->span)) continue;
        if (!first) S_put(d, ",", 1);
        first = 0;
        S_span(d, t->span);
        d->out.n--; /* reopen the span object */
        S_kstr(d, "type", dp_json_time_type(t->type));
        S_kstr(d, "value", t->value);
        S_kbool(d, "anchored", t->anchored);
        S_kbool(d, "resolved", t->resolved);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

static void S_quantities(dp_doc *d)
{
    S_key(d, "quantities", 0);
    S_put(d, "[", 1);
    int first = 1;
    for (size_t i = 0; i < d->quantities.n; i++) {
        const dp_quantity *q = &d->quantities.v[i];
        if (!S_span_ok(d, q->span)) continue;
        if (!first) S_put(d, ",", 1);
        first = 0;
        S_span(d, q->span);
        d->out.n--;
        S_klong(d, "value", q->value);
        S_kstr(d, "of", q->of);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

static void S_quotes(dp_doc *d)
{
    S_key(d, "quotes", 0);
    S_put(d, "[", 1);
    int first = 1;
    for (size_t i = 0; i < d->quotes.n; i++) {
        const dp_quote *q = &d->quotes.v[i];
        if (!S_span_ok(d, q->span)) continue;
        if (!first) S_put(d, ",", 1);
        first = 0;
        S_span(d, q->span);
        d->out.n--;
        S_put(d, ",\"id\":\"q", 8);
        S_size(d, i + 1);
        S_put(d, "\"", 1);
        S_key(d, "speaker", 0);
        S_ref(d, 'e', q->speaker, d->ents.n);
        S_kspan(d, "speaker_span", q->speaker_span);
        S_kspan(d, "cue", q->cue);
        S_kbool(d, "direct", q->direct);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

static void S_args(dp_doc *d, const char *key, const dp_event_arg *v, size_t n)
{
    S_keys(d, key);
    S_put(d, "[", 1);
    for (size_t i = 0; i < n; i++) {
        const dp_event_arg *a = &v[i];
        const dp_actor *ac = &a->actor;
        if (!ac->code && a->entity >= 0 && (size_t)a->entity < d->ents.n)
            ac = &d->ents.v[a->entity].actor;
        if (i) S_put(d, ",", 1);
        S_put(d, "{", 1);
        S_key(d, "entity", 1);
        S_ref(d, 'e', a->entity, d->ents.n);
        S_key(d, "text", 0);
        if (S_span_ok(d, a->span)) {
            uint32_t b0 = d->toks.v[a->span.t0].b0, b1 = d->toks.v[a->span.t1 - 1].b1;
            S_strn(d, d->text + b0, b1 - b0);
        } else if (a->entity >= 0 && (size_t)a->entity < d->ents.n) {
            S_str(d, d->ents.v[a->entity].name);
        } else {
            S_puts(d, "null");
        }
        S_kspan(d, "span", a->span);
        S_kstr(d, "code", ac->code);
        S_kstr(d, "country", ac->country[0] ? ac->country : NULL);
        S_kstr(d, "sector", ac->sector);
        S_put(d, "}", 1);
    }
    S_put(d, "]", 1);
}

static void S_strlist(dp_doc *d, const char *key, const char *const *v, int n)
{
    S_keys(d, key);
    S_put(d, "[", 1);
    for (int i = 0; i < n && i < 4; i++) {
        if (i) S_put(d, ",", 1);
        S_str(d, v[i]);
    }
    S_put(d, "]", 1);
}

/* One event object; WITH_DOC adds doc_id and published (JSON Lines).      */
static void S_event(dp_doc *d, size_t i, int with_doc)
{
    const dp_event *e = &d->events.v[i];
    S_put(d, "{\"id\":\"", 7);
    S_strbody(d, d->id ? d->id : "doc", strlen(d->id ? d->id : "doc"));
    S_put(d, "-", 1);
    S_size(d, i + 1);
    S_put(d, "\"", 1);
    if (with_doc) {
        S_kstr(d, "doc_id", d->id);
        S_kstr(d, "published", d->published);
    }
    S_kstr(d, "event", e->event);
    S_strlist(d, S_KEY("mode"), e->mode, e->nmode);
    S_strlist(d, S_KEY("context"), e->context, e->ncontext);
    S_kstr(d, "cameo", e->cameo);
    S_key(d, "acled", 0);
    if (e->acled_type) {
        S_put(d, "{", 1);
        S_key(d, "event_type", 1); S_str(d, e->acled_type);
        S_kstr(d, "sub_event_type", e->acled_sub);
        S_put(d, "}", 1);
    } else {
        S_puts(d, "null");
    }
    S_args(d, S_KEY("actor"), e->actors.v, e->actors.n);
    S_args(d, S_KEY("recipient"), e->recipients.v, e->recipients.n);
    S_key(d, "event_loc", 0);
    if (e->place >= 0 && (size_t)e->place < d->places.n) {
        const dp_place *p = &d->places.v[e->place];
        S_put(d, "{", 1);
        S_place_fields(d, (size_t)e->place);
        S_kstr(d, "precision", p->precision ? p->precision : "approx");
        S_put(d, "}", 1);
    } else {
        S_puts(d, "null");
    }
    S_kstr(d, "date", e->date);
    S_kstr(d, "date_precision", e->date_precision);
    S_key(d, "size", 0);
    S_put(d, "{", 1);
    S_key(d, "dead", 1);
    if (e->dead < 0) S_puts(d, "null"); else S_long(d, e->dead);
    S_klong_or_null(d, "injured", e->injured);
    S_klong_or_null(d, "arrested", e->arrested);
    S_klong_or_null(d, "affected", e->affected);
    S_put(d, "}", 1);
    S_key(d, "aux", 0);
    S_put(d, "{", 1);
    S_key(d, "negated", 1); S_puts(d, e->negated ? "true" : "false");
    S_kbool(d, "future", e->future);
    S_kbool(d, "hypothetical", e->hypothetical);
    S_put(d, "}", 1);
    S_key(d, "sources", 0);
    S_put(d, "[", 1);
    for (size_t k = 0; k < e->sources.n; k++) {
        if (k) S_put(d, ",", 1);
        S_ref(d, 'e', e->sources.v[k], d->ents.n);
    }
    S_put(d, "]", 1);
    S_kspan(d, "trigger", e->trigger);
    S_key(d, "text_info", 0);
    S_sentence(d, e->sent);
    S_key(d, "also_in", 0);
    S_put(d, "[", 1);
    for (size_t k = 0; k < e->also_in.n; k++) {
        if (k) S_put(d, ",", 1);
        S_sentence(d, e->also_in.v[k]);
    }
    S_put(d, "]", 1);
    S_key(d, "confidence", 0);
    S_num(d, e->confidence < 0 ? 0 : e->confidence > 1 ? 1 : e->confidence, 3);
    S_kstr(d, "why", e->why);
    S_put(d, "}", 1);
}

void dp_json_event(dp_doc *d, size_t i)
{
    S_event(d, i, 0);
    S_end(d);
}

static void S_events(dp_doc *d)
{
    S_key(d, "events", 0);
    S_put(d, "[", 1);
    for (size_t i = 0; i < d->events.n; i++) {
        if (i) S_put(d, ",", 1);
        S_event(d, i, 0);
    }
    S_put(d, "]", 1);
}

static void S_stats(dp_doc *d)
{
    dp_doc_stats s;
    dp_doc_get_stats(d, &s);
    const char *k[] = {",\"stats\":{\"bytes\":", ",\"code_points\":", ",\"invalid_bytes\":",
                       ",\"tokens\":", ",\"sentences\":", ",\"paragraphs\":", ",\"repeated\":",
                       ",\"entities\":", ",\"places\":", ",\"times\":", ",\"quantities\":",
                       ",\"quotes\":", ",\"events\":"};
    size_t v[] = {s.bytes, s.code_points, s.invalid_bytes, s.tokens, s.sentences, s.paragraphs,
                  s.repeated, s.entities, s.places, s.times, s.quantities, s.quotes, s.events};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        S_puts(d, k[i]);
        S_size(d, v[i]);
    }
    S_put(d, "}", 1);
}

void dp_stage_json(dp_doc *d)
{
    S_put(d, "{\"id\":", 6);
    S_str(d, d->id ? d->id : "");
    S_kstr(d, "published", d->published);
    S_kstr(d, "lang", "fr");
    S_key(d, "duplicate_of", 0); S_puts(d, "null");
    if (d->title) S_kstr(d, "title", d->title);
    if (d->url) S_kstr(d, "url", d->url);
    if (d->source) S_kstr(d, "source", d->source);
    S_puts(d, ",\"output_version\":");
    S_long(d, DP_OUTPUT_VERSION);
    S_puts(d, ",\"invalid_bytes\":");
    S_size(d, d->nbad);
    if (d->stages != DP_STAGE_ALL) S_stages(d);
    S_repeats(d);
    S_entities(d);
    S_places(d);
    S_times(d);
    S_quantities(d);
    S_quotes(d);
    S_events(d);
    S_stats(d);
    S_put(d, "}", 1);
    S_end(d);
}

void dp_stage_events_jsonl(dp_doc *d)
{
    for (size_t i = 0; i < d->events.n; i++) {
        S_event(d, i, 1);
        S_put(d, "\n", 1);
    }
    S_end(d);
}
