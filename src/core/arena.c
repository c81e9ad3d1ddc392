/*
 * arena.c -- bump allocator and capped growable buffer (see arena.h).
 */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dp_arena_block {
    dp_arena_block *prev;
    size_t used, size;
    _Alignas(16) unsigned char data[];
};

#define BLOCK_MIN ((size_t)64 << 10)

void dp_arena_init(dp_arena *a, void (*oom)(void *), void *ctx)
{
    a->head = a->spare = NULL;
    a->oom = oom;
    a->oom_ctx = ctx;
}

#define SPARE_MAX ((size_t)64 << 20)

void dp_arena_reset(dp_arena *a)
{
    size_t kept = 0;
    for (dp_arena_block *s = a->spare; s; s = s->prev) kept += s->size;
    dp_arena_block *b = a->head;
    while (b) {
        dp_arena_block *p = b->prev;
        if (b->size == BLOCK_MIN && kept < SPARE_MAX) {
            b->prev = a->spare;
            a->spare = b;
            kept += b->size;
        } else {
            free(b);
        }
        b = p;
    }
    a->head = NULL;
}

static void S_free_chain(dp_arena_block *b)
{
    while (b) {
        dp_arena_block *p = b->prev;
        free(b);
        b = p;
    }
}

void dp_arena_free(dp_arena *a)
{
    S_free_chain(a->head);
    S_free_chain(a->spare);
    a->head = a->spare = NULL;
}

static void S_oom(dp_arena *a)
{
    if (a->oom) a->oom(a->oom_ctx);
    abort(); /* unreachable: the hook longjmps; a missing hook is a bug */
}

/* N bytes (a multiple of 16) at P set to zero: most requests are small,
 * and a few constant-size stores cost less than a call to memset.        */
static inline void S_zero(unsigned char *p, size_t n)
{
    if (n > 128) {
        memset(p, 0, n);
        return;
    }
    if (n == 16) {
        memset(p, 0, 16);
        return;
    }
    memset(p, 0, 32);                  /* n is 32 .. 128: 32-byte stores */
    if (n >= 64) memset(p + 32, 0, 32);
    if (n >= 96) memset(p + 64, 0, 32);
    if (n >= 128) memset(p + 96, 0, 32);
    if (n & 16) memset(p + n - 16, 0, 16);    /* and the last 16 */
}

/* -DDP_ARENA_JUNK (a debug build: the ASan build of tests/tests.mk): every
 * allocation that is not zeroed is filled with a junk byte.  A stage that
 * reads a field nobody wrote then reads the junk, not the zeros of a fresh
 * block nor, silently, the previous document's values in a block that
 * dp_arena_reset kept (valgrind sees only the first document's reads).   */
#ifdef DP_ARENA_JUNK
#define S_JUNK(p, n) memset((p), 0xA5, (n))
#else
#define S_JUNK(p, n) ((void)0)
#endif

/* S_alloc of N bytes (rounded) that the current block has no room for: a
 * new block (a spare one when it can), or one of its own for a huge N.   */
static __attribute__((noinline)) void *S_alloc_block(dp_arena *a, size_t n, int zero)
{
    dp_arena_block *b = a->head;
    /* A huge request gets a block of its own, kept behind the current
     * one so that the current block's free space is not wasted.        */
    size_t sz = n > BLOCK_MIN ? n : BLOCK_MIN;
    if (sz > SIZE_MAX - sizeof *b) S_oom(a);
    dp_arena_block *nb;
    if (sz == BLOCK_MIN && a->spare) {
        nb = a->spare;
        a->spare = nb->prev;
    } else if (!(nb = malloc(sizeof *nb + sz))) {
        S_oom(a);
    }
    nb->used = 0;
    nb->size = sz;
    if (b && n > BLOCK_MIN && b->size - b->used >= 4096) {
        nb->prev = b->prev;
        b->prev = nb;
        nb->used = n;
        if (zero) memset(nb->data, 0, n);
        else S_JUNK(nb->data, n);
        return nb->data;
    }
    nb->prev = b;
    a->head = nb;
    nb->used = n;
    if (zero) S_zero(nb->data, n);
    else S_JUNK(nb->data, n);
    return nb->data;
}

/* N bytes from the current block, zeroed when ZERO (uninitialised memory
 * is for callers that write every byte themselves).  Inline: the bump
 * is a few instructions, the new block a call.                          */
static inline void *S_alloc(dp_arena *a, size_t n, int zero)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    dp_arena_block *b = a->head;
    if (__builtin_expect(!b || b->size - b->used < n, 0)) return S_alloc_block(a, n, zero);
    unsigned char *p = b->data + b->used;
    b->used += n;
    if (zero) S_zero(p, n);
    else S_JUNK(p, n);
    return p;
}

void *dp_arena_alloc(dp_arena *a, size_t n) { return S_alloc(a, n, 1); }
void *dp_arena_alloc_raw(dp_arena *a, size_t n) { return S_alloc(a, n, 0); }

char *dp_arena_strndup(dp_arena *a, const char *s, size_t n)
{
    char *p = S_alloc(a, n + 1, 0);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *dp_arena_strdup(dp_arena *a, const char *s)
{
    return dp_arena_strndup(a, s, strlen(s));
}

char *dp_arena_printf(dp_arena *a, const char *fmt, ...)
{
    char tmp[256];   /* most results fit: one formatting pass, one copy   */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n < sizeof tmp) return dp_arena_strndup(a, tmp, (size_t)n);
    char *p = dp_arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

char *dp_arena_concat(dp_arena *a, const char *s1, const char *s2)
{
    size_t n1 = strlen(s1), n2 = strlen(s2);
    char *p = S_alloc(a, n1 + n2 + 1, 0);
    memcpy(p, s1, n1);
    memcpy(p + n1, s2, n2 + 1);
    return p;
}

char *dp_arena_join(dp_arena *a, const char *const *parts)
{
    size_t n = 0, len[16];   /* the first parts' lengths, measured once */
    for (size_t k = 0; parts[k]; k++) {
        size_t m = strlen(parts[k]);
        if (k < 16) len[k] = m;
        n += m;
    }
    char *p = S_alloc(a, n + 1, 0), *q = p;
    for (size_t k = 0; parts[k]; k++) {
        size_t m = k < 16 ? len[k] : strlen(parts[k]);
        memcpy(q, parts[k], m);
        q += m;
    }
    *q = 0;
    return p;
}

void *dp_vec_grow(dp_arena *a, void *v, size_t *cap, size_t elem)
{
    size_t nc = *cap ? *cap * 2 : 16;
    if (nc > SIZE_MAX / elem) S_oom(a);
    void *nv = S_alloc(a, nc * elem, 0);   /* DP_PUSH zeroes each new slot */
    if (v) memcpy(nv, v, *cap * elem);
    *cap = nc;
    return nv;
}

/* ---- dp_buf ---------------------------------------------------------- */

void dp_buf_init(dp_buf *b, size_t max)
{
    b->p = NULL;
    b->n = b->cap = 0;
    b->max = max;
}

void dp_buf_free(dp_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

static int S_reserve(dp_buf *b, size_t extra)
{
    if (extra > SIZE_MAX - b->n - 1) return -1;
    size_t need = b->n + extra + 1;
    if (b->max && need > b->max + 1) return -1;
    if (need <= b->cap) return 0;
    size_t nc = b->cap ? b->cap : 256;
    while (nc < need) nc = nc > SIZE_MAX / 2 ? need : nc * 2;
    char *np = realloc(b->p, nc);
    if (!np) return -1;
    b->p = np;
    b->cap = nc;
    return 0;
}

int dp_buf_put(dp_buf *b, const void *s, size_t n)
{
    if (S_reserve(b, n)) return -1;
    if (n) memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
    return 0;
}

int dp_buf_puts(dp_buf *b, const char *s) { return dp_buf_put(b, s, strlen(s)); }
int dp_buf_putc(dp_buf *b, char c) { return dp_buf_put(b, &c, 1); }

int dp_buf_printf(dp_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    if ((size_t)n < sizeof tmp) return dp_buf_put(b, tmp, (size_t)n);
    if (S_reserve(b, (size_t)n)) return -1;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
    return 0;
}
