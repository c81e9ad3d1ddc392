/*
 * arena.h -- per-document memory: a bump allocator freed in one call, and a
 * growable byte buffer with a size cap.
 *
 * Allocation failure inside a document's pipeline never returns NULL to the
 * stage that asked: the arena calls its `oom` hook (the pipeline longjmps
 * back to dp_doc_annotate, which reports DP_ERR_NOMEM).  Stages therefore
 * never test for NULL.
 */
#ifndef DP_ARENA_H
#define DP_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct dp_arena_block dp_arena_block;

typedef struct dp_arena {
    dp_arena_block *head;      /* current block; older ones chained         */
    dp_arena_block *spare;     /* blocks kept by dp_arena_reset for reuse   */
    void (*oom)(void *ctx);    /* called when malloc fails; must not return */
    void *oom_ctx;
} dp_arena;

void  dp_arena_init(dp_arena *a, void (*oom)(void *), void *ctx);
/* Forgets every allocation; standard-size blocks are kept for reuse (up to
 * 64 MiB of them), so a handle that annotates document after document
 * does not go back to malloc and page faults for each one.                */
void  dp_arena_reset(dp_arena *a);
void  dp_arena_free(dp_arena *a);
void *dp_arena_alloc(dp_arena *a, size_t n);          /* 8-aligned, zeroed  */
char *dp_arena_strndup(dp_arena *a, const char *s, size_t n);
/* Like dp_arena_alloc, but the memory is not zeroed: for callers that
 * write every byte they later read (the tokenizer's token and string
 * buffers).  Built with -DDP_ARENA_JUNK (the ASan test build), it is
 * filled with a junk byte, as are the strings and the grown vectors'
 * new room below, so that a read of a byte nobody wrote shows.           */
void *dp_arena_alloc_raw(dp_arena *a, size_t n);
char *dp_arena_strdup(dp_arena *a, const char *s);
char *dp_arena_printf(dp_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* S1 followed by S2, as a new string (dp_arena_printf "%s%s" without the
 * formatting cost).                                                       */
char *dp_arena_concat(dp_arena *a, const char *s1, const char *s2);
/* The strings of PARTS (ending at a NULL) joined, as a new string:
 * DP_ARENA_JOIN(a, "verb:", lemma, "+obj").                               */
char *dp_arena_join(dp_arena *a, const char *const *parts);
#define DP_ARENA_JOIN(a, ...) dp_arena_join((a), (const char *const[]){__VA_ARGS__, NULL})

/* A vector of T living in an arena: `DP_VEC(dp_token) toks;`, then
 * `dp_token *t = DP_PUSH(arena, doc->toks);` returns a zeroed new slot.    */
#define DP_VEC(T) struct { T *v; size_t n, cap; }
void *dp_vec_grow(dp_arena *a, void *v, size_t *cap, size_t elem);
#define DP_PUSH(arena, vec)                                                  \
    ((vec).n == (vec).cap                                                    \
         ? (void)((vec).v = dp_vec_grow((arena), (vec).v, &(vec).cap,        \
                                        sizeof *(vec).v)) : (void)0,         \
     memset(&(vec).v[(vec).n], 0, sizeof *(vec).v), &(vec).v[(vec).n++])

/* A growable, NUL-terminated byte buffer on the heap with a size cap.      */
typedef struct dp_buf {
    char *p;
    size_t n, cap, max;        /* max: refuse to grow past it (0: no cap)   */
} dp_buf;

void dp_buf_init(dp_buf *b, size_t max);
void dp_buf_free(dp_buf *b);
static inline void dp_buf_clear(dp_buf *b) { b->n = 0; if (b->p) b->p[0] = 0; }
/* Return 0, or -1 when memory ran out or the cap would be passed.         */
int dp_buf_put(dp_buf *b, const void *s, size_t n);
int dp_buf_puts(dp_buf *b, const char *s);
int dp_buf_putc(dp_buf *b, char c);
int dp_buf_printf(dp_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

#endif
