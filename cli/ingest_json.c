/*
 * ingest_json.c -- a small read-only JSON tree for `depeche ingest`: the
 * worker parses the library's JSON output once into one block of memory
 * (nodes, and the few strings that hold escapes), strings and numbers
 * point into the text itself, and each node keeps its span of the text so
 * that an event's JSON is a slice, not a re-serialisation.  Much cheaper
 * than a jansson tree (one malloc a node, a hash table an object), and
 * freed at once.  Strict JSON (RFC 8259): anything else is an error.
 */
#include "ingest.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define S_MAX_DEPTH 200

typedef struct S_block { struct S_block *next; size_t used, cap; } S_block;

typedef struct S_parser {
    const char *p, *end;
    ij_doc *doc;
    ij_node *stack;        /* the children of the open containers          */
    size_t n, cap;
    const char *err;
} S_parser;

static void *S_alloc(ij_doc *d, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    S_block *b = d->mem;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 32768 ? n : 32768;
        if (b && b->cap * 2 > cap && b->cap < (1u << 22)) cap = b->cap * 2;
        S_block *nb = malloc(sizeof *nb + cap);
        if (!nb) return NULL;
        nb->next = b;
        nb->used = 0;
        nb->cap = cap;
        d->mem = b = nb;
    }
    void *r = (char *)(b + 1) + b->used;
    b->used += n;
    return r;
}

void ij_free(ij_doc *d)
{
    S_block *b = d->mem;
    while (b) { S_block *nx = b->next; free(b); b = nx; }
    d->mem = NULL;
    d->root = NULL;
}

static void S_ws(S_parser *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\n' || *s->p == '\r' || *s->p == '\t'))
        s->p++;
}

static int S_fail(S_parser *s, const char *why)
{
    if (!s->err) s->err = why;
    return -1;
}

static int S_hex4(const char *p, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16u;
        if (d > 15) return -1;
        *v = *v * 16 + d;
    }
    return 0;
}

static char *S_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) *o++ = (char)cp;
    else if (cp < 0x800) { *o++ = (char)(0xC0 | cp >> 6); *o++ = (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | cp >> 12);
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | cp >> 18);
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* Decodes the escapes of the string body [A, B) into memory of the tree. */
static int S_unescape(S_parser *s, const char *a, const char *b, const char **out, uint32_t *n)
{
    char *o = S_alloc(s->doc, (size_t)(b - a) + 1), *o0 = o;
    if (!o) return S_fail(s, "out of memory");
    while (a < b) {
        if (*a != '\\') { *o++ = *a++; continue; }
        char c = a[1];
        a += 2;
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp, lo;
            if (b - a < 4 || S_hex4(a, &cp)) return S_fail(s, "bad \\u escape");
            a += 4;
            if (cp >= 0xD800 && cp < 0xDC00) {
                if (b - a < 6 || a[0] != '\\' || a[1] != 'u' || S_hex4(a + 2, &lo) ||
                    lo < 0xDC00 || lo > 0xDFFF)
                    return S_fail(s, "bad surrogate pair");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                a += 6;
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                return S_fail(s, "bad surrogate pair");
            }
            o = S_utf8(o, cp);
            break;
        }
        default: return S_fail(s, "bad escape");
        }
    }
    *o = 0;
    *out = o0;
    *n = (uint32_t)(o - o0);
    return 0;
}

/* A string at s->p (the opening quote): its text in *OUT, *N bytes.      */
static int S_string(S_parser *s, const char **out, uint32_t *n)
{
    const char *a = ++s->p, *q = a;
    int esc = 0;
    for (;;) {
        const char *hit = q < s->end ? memchr(q, '"', (size_t)(s->end - q)) : NULL;
        if (!hit) return S_fail(s, "unterminated string");
        const char *k = hit;   /* an escaped quote has an odd run of \ before it */
        while (k > a && k[-1] == '\\') k--;
        if ((hit - k) % 2 == 0) { q = hit; break; }
        q = hit + 1;
    }
    for (const char *c = a; c < q; c++) {
        if ((unsigned char)*c < 0x20) return S_fail(s, "control character in a string");
        if (*c == '\\') esc = 1;
    }
    s->p = q + 1;
    if ((size_t)(q - a) > UINT32_MAX) return S_fail(s, "string too long");
    if (!esc) { *out = a; *n = (uint32_t)(q - a); return 0; }
    return S_unescape(s, a, q, out, n);
}

static int S_number(S_parser *s, ij_node *v)
{
    const char *a = s->p, *c = a;
    int real = 0;
    if (c < s->end && *c == '-') c++;
    if (c >= s->end || *c < '0' || *c > '9') return S_fail(s, "bad number");
    if (*c == '0') c++;
    else while (c < s->end && *c >= '0' && *c <= '9') c++;
    if (c < s->end && *c == '.') {
        real = 1;
        if (++c >= s->end || *c < '0' || *c > '9') return S_fail(s, "bad number");
        while (c < s->end && *c >= '0' && *c <= '9') c++;
    }
    if (c < s->end && (*c == 'e' || *c == 'E')) {
        real = 1;
        c++;
        if (c < s->end && (*c == '+' || *c == '-')) c++;
        if (c >= s->end || *c < '0' || *c > '9') return S_fail(s, "bad number");
        while (c < s->end && *c >= '0' && *c <= '9') c++;
    }
    char buf[64];
    size_t n = (size_t)(c - a);
    if (n >= sizeof buf) real = 1;
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, a, n);
    buf[n] = 0;
    s->p = c;
    if (!real) {
        char *e;
        long long x = strtoll(buf, &e, 10);
        if (x != LLONG_MAX && x != LLONG_MIN) {   /* else too big: a real, as jansson */
            v->type = IJ_INT;
            v->i = x;
            return 0;
        }
    }
    v->type = IJ_REAL;
    v->d = strtod(buf, NULL);
    return 0;
}

static int S_lit(S_parser *s, const char *w, size_t n, ij_node *v, int type)
{
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, w, n)) return S_fail(s, "bad literal");
    s->p += n;
    v->type = (uint8_t)type;
    return 0;
}

static int S_push(S_parser *s, const ij_node *v)
{
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 256;
        ij_node *t = realloc(s->stack, nc * sizeof *t);
        if (!t) return S_fail(s, "out of memory");
        s->stack = t;
        s->cap = nc;
    }
    s->stack[s->n++] = *v;
    return 0;
}

static int S_value(S_parser *s, ij_node *v, int depth);

/* An array or object at s->p: its children go to the stack, then to the
 * tree's memory in one piece.                                            */
static int S_container(S_parser *s, ij_node *v, int depth)
{
    int obj = *s->p == '{';
    char close = obj ? '}' : ']';
    size_t base = s->n;
    if (depth > S_MAX_DEPTH) return S_fail(s, "nested too deep");
    s->p++;
    S_ws(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
    } else {
        for (;;) {
            ij_node kid = {0};
            if (obj) {
                if (s->p >= s->end || *s->p != '"') return S_fail(s, "expected a key");
                if (S_string(s, &kid.key, &kid.klen)) return -1;
                S_ws(s);
                if (s->p >= s->end || *s->p != ':') return S_fail(s, "expected ':'");
                s->p++;
                S_ws(s);
            }
            if (S_value(s, &kid, depth + 1) || S_push(s, &kid)) return -1;
            S_ws(s);
            if (s->p < s->end && *s->p == ',') { s->p++; S_ws(s); continue; }
            if (s->p < s->end && *s->p == close) { s->p++; break; }
            return S_fail(s, obj ? "expected ',' or '}'" : "expected ',' or ']'");
        }
    }
    size_t n = s->n - base;
    v->type = obj ? IJ_OBJECT : IJ_ARRAY;
    v->n = (uint32_t)n;
    v->kids = NULL;
    if (n) {
        if (!(v->kids = S_alloc(s->doc, n * sizeof *v->kids))) return S_fail(s, "out of memory");
        memcpy(v->kids, s->stack + base, n * sizeof *v->kids);
    }
    s->n = base;
    return 0;
}

static int S_value(S_parser *s, ij_node *v, int depth)
{
    if (s->p >= s->end) return S_fail(s, "unexpected end");
    v->raw = s->p;
    int r;
    switch (*s->p) {
    case '{': case '[': r = S_container(s, v, depth); break;
    case '"': v->type = IJ_STRING; r = S_string(s, &v->s, &v->n); break;
    case 't': r = S_lit(s, "true", 4, v, IJ_TRUE); break;
    case 'f': r = S_lit(s, "false", 5, v, IJ_FALSE); break;
    case 'n': r = S_lit(s, "null", 4, v, IJ_NULL); break;
    default: r = S_number(s, v); break;
    }
    v->rawlen = (uint32_t)(s->p - v->raw);
    return r;
}

int ij_parse(ij_doc *d, const char *text, size_t len, const char **err)
{
    S_parser s = {.p = text, .end = text + len, .doc = d};
    d->mem = NULL;
    d->root = NULL;
    ij_node *root = S_alloc(d, sizeof *root);
    int r = root ? 0 : S_fail(&s, "out of memory");
    if (!r) {
        memset(root, 0, sizeof *root);
        S_ws(&s);
        r = S_value(&s, root, 0);
        S_ws(&s);
        if (!r && s.p != s.end) r = S_fail(&s, "text after the value");
    }
    free(s.stack);
    if (r) {
        ij_free(d);
        if (err) *err = s.err ? s.err : "malformed";
        return -1;
    }
    d->root = root;
    return 0;
}

const ij_node *ij_get(const ij_node *o, const char *key)
{
    if (!o || o->type != IJ_OBJECT) return NULL;
    size_t n = strlen(key);
    for (uint32_t i = 0; i < o->n; i++)
        if (o->kids[i].klen == n && !memcmp(o->kids[i].key, key, n)) return &o->kids[i];
    return NULL;
}

const ij_node *ij_at(const ij_node *a, size_t i)
{
    return a && a->type == IJ_ARRAY && i < a->n ? &a->kids[i] : NULL;
}

size_t ij_len(const ij_node *a)
{
    return a && a->type == IJ_ARRAY ? a->n : 0;
}

const ij_node *ij_path(const ij_node *o, const char *path)
{
    char key[64];
    while (o && *path) {
        size_t n = strcspn(path, ".");
        if (n >= sizeof key) return NULL;
        memcpy(key, path, n);
        key[n] = 0;
        if (o->type == IJ_ARRAY) o = ij_at(o, (size_t)strtoul(key, NULL, 10));
        else o = ij_get(o, key);
        path += n + (path[n] == '.');
    }
    return o;
}

int ij_streq(const ij_node *a, const ij_node *b)
{
    return a && b && a->type == IJ_STRING && b->type == IJ_STRING && a->n == b->n &&
           !memcmp(a->s, b->s, a->n);
}
