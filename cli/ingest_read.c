/*
 * ingest_read.c -- the reading side of `depeche ingest` that runs on the
 * worker threads.  A plain JSON Lines file (NAME.jsonl) is split into lines
 * by the reader thread, which does nothing else with them; a worker parses
 * each line (as cli_read would: the same fields, the same messages for a
 * line that cannot be read) and computes the content hash and the MinHash
 * signature of every document, so that the one reader thread is left with
 * what must go in input order: skipping what is stored, finding the
 * near-duplicates (a flat object of strings is read without jansson: S_fast).
 * Other inputs (folders, .gz, .zst, .txt, stdin) go
 * through cli_read; their documents are hashed by the workers too.
 */
#include "ingest.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int ing_read_fast(const char *path)
{
    size_t n = strlen(path);
    struct stat st;
    return n > 6 && !strcmp(path + n - 6, ".jsonl") && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

long ing_read_jsonl(const char *path, ing_take_fn take, void *ctx)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error(path, 0, "cannot open: %s", strerror(errno));
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, fails = 0;
    errno = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        cli_input_bytes += (size_t)n;
        ing_job *j = calloc(1, sizeof *j);
        if (j && (!(j->path = strdup(path)) || !(j->raw = malloc((size_t)n + 1)))) {
            ing_job_free(j);
            j = NULL;
        }
        if (!j) {
            cli_error(path, lineno + 1, "out of memory");
            fails = -1;
            break;
        }
        memcpy(j->raw, line, (size_t)n + 1);
        j->rawlen = (size_t)n;
        j->line = ++lineno;
        if (take(ctx, j) < 0) { fails = -1; break; }
        errno = 0;
    }
    if (fails >= 0 && ferror(f)) {
        cli_error(path, lineno + 1, "cannot read: %s", strerror(errno ? errno : EIO));
        fails++;
    }
    free(line);
    fclose(f);
    return fails;
}

/* A member as text: a string, or an integer written out (cli_read's).    */
static char *S_jstr(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    char tmp[32];
    if (json_is_string(v)) return strdup(json_string_value(v));
    if (json_is_integer(v)) {
        snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return strdup(tmp);
    }
    return NULL;
}

static void S_bad(ing_job *j, const char *msg)
{
    j->bad = strdup(msg);
    if (!j->bad) j->bad = strdup("out of memory");
}

/* ---- A fast path for the usual line ---------------------------------------
 * Most lines are one flat object of strings ({"id": "...", "date": "...",
 * "text": "..."}): jansson built a tree of it only for S_parse to copy six
 * strings out, and that parse cost the worker more than hashing the text.
 * S_fast reads such a line itself, and gives up (returns 0) on anything it
 * does not take exactly as jansson would: a number, an array or an object as
 * a value, an escape in a key, a control character, invalid UTF-8, a lone
 * surrogate, text after the object.  Those lines, and the empty or
 * oversized ones, go through cli_json_line as before: same values, same
 * messages.  Duplicate keys: the last one counts, as in jansson.          */
static const char *S_ws(const char *p, const char *e)
{
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
    return p;
}

static int S_hex4(const char *p, unsigned *v)
{
    unsigned x = 0;
    for (int i = 0; i < 4; i++) {
        unsigned char c = (unsigned char)p[i];
        x <<= 4;
        if (c >= '0' && c <= '9') x |= c - '0';
        else if (c >= 'a' && c <= 'f') x |= c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') x |= c - 'A' + 10;
        else return 0;
    }
    *v = x;
    return 1;
}

/* The length of the valid UTF-8 sequence at P (2 to 4 bytes), else 0.     */
static size_t S_utf8(const unsigned char *p, const unsigned char *e)
{
    unsigned c = p[0], lo = 0x80, hi = 0xBF;
    size_t k;
    if (c >= 0xC2 && c <= 0xDF) k = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        k = 3;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F;   /* no surrogate */
    } else if (c >= 0xF0 && c <= 0xF4) {
        k = 4;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else return 0;
    if ((size_t)(e - p) < k || p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < k; i++)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return k;
}

/* Scans a string from P (after its opening quote): the end of its body
 * (the closing quote), or NULL when S_fast gives up; *ESC: it has escapes. */
static const char *S_sscan(const char *p, const char *e, int *esc)
{
    *esc = 0;
    while (p < e) {
        unsigned char c = (unsigned char)*p;
        if (c == '"') return p;
        if (c >= 0x20 && c < 0x80 && c != '\\') {
            p++;
            continue;
        }
        if (c == '\\') {
            *esc = 1;
            if (e - p < 2) return NULL;
            c = (unsigned char)p[1];
            if (c == 'u') {
                unsigned v, w;
                if (e - p < 6 || !S_hex4(p + 2, &v)) return NULL;
                p += 6;
                if (v >= 0xD800 && v <= 0xDFFF) {   /* a pair, or give up */
                    if (v >= 0xDC00 || e - p < 6 || p[0] != '\\' || p[1] != 'u' || !S_hex4(p + 2, &w) ||
                        w < 0xDC00 || w > 0xDFFF)
                        return NULL;
                    p += 6;
                }
            } else if (c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' ||
                       c == 'r' || c == 't') {
                p += 2;
            } else {
                return NULL;
            }
            continue;
        }
        if (c < 0x20) return NULL;
        size_t k = S_utf8((const unsigned char *)p, (const unsigned char *)e);
        if (!k) return NULL;
        p += k;
    }
    return NULL;
}

/* The body P..END of a string S_sscan took, unescaped into a new buffer
 * (NUL-terminated; *LEN its length); NULL: out of memory.               */
static char *S_sdecode(const char *p, const char *end, int esc, size_t *len)
{
    char *b = malloc((size_t)(end - p) + 1), *w = b;
    if (!b) return NULL;
    if (!esc) {
        memcpy(b, p, (size_t)(end - p));
        w += end - p;
    }
    while (esc && p < end) {
        if (*p != '\\') {
            *w++ = *p++;
            continue;
        }
        char c = p[1];
        if (c != 'u') {
            *w++ = c == 'b' ? '\b' : c == 'f' ? '\f' : c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
            p += 2;
            continue;
        }
        unsigned v, lo;
        S_hex4(p + 2, &v);
        p += 6;
        if (v >= 0xD800 && v <= 0xDBFF) {
            S_hex4(p + 2, &lo);
            v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
        }
        if (v < 0x80) *w++ = (char)v;
        else if (v < 0x800) {
            *w++ = (char)(0xC0 | (v >> 6));
            *w++ = (char)(0x80 | (v & 0x3F));
        } else if (v < 0x10000) {
            *w++ = (char)(0xE0 | (v >> 12));
            *w++ = (char)(0x80 | ((v >> 6) & 0x3F));
            *w++ = (char)(0x80 | (v & 0x3F));
        } else {
            *w++ = (char)(0xF0 | (v >> 18));
            *w++ = (char)(0x80 | ((v >> 12) & 0x3F));
            *w++ = (char)(0x80 | ((v >> 6) & 0x3F));
            *w++ = (char)(0x80 | (v & 0x3F));
        }
    }
    *w = 0;
    *len = (size_t)(w - b);
    return b;
}

enum { F_TEXT, F_ID, F_DATE, F_PUBLISHED, F_TITLE, F_URL, F_SOURCE, F_N };
static const char *const S_fkeys[F_N] = {"text", "id", "date", "published", "title", "url", "source"};

typedef struct {
    int kind;               /* 0 absent, 1 a string, 2 null, true or false */
    const char *s, *end;    /* the string's body                          */
    int esc;
} S_field;

/* A member as S_jstr gives it: a copy of its string (up to a NUL).       */
static char *S_fstr(const S_field *f)
{
    size_t n;
    return f->kind == 1 ? S_sdecode(f->s, f->end, f->esc, &n) : NULL;
}

/* Reads the line J->raw (N bytes, its line end cut) into J as S_parse
 * would; 0: it gave up and changed nothing.                              */
static int S_fast(ing_job *j, size_t n, const cli_opts *o)
{
    const char *p = j->raw, *e = j->raw + n;
    S_field f[F_N] = {{0}};
    p = S_ws(p, e);
    if (p == e || *p++ != '{') return 0;
    p = S_ws(p, e);
    if (p < e && *p == '}') p++;
    else for (;;) {
        int esc;
        if (p == e || *p++ != '"') return 0;
        const char *k = p;
        if (!(p = S_sscan(p, e, &esc)) || esc) return 0;
        size_t kn = (size_t)(p - k);
        int w = -1;
        for (int i = 0; i < F_N; i++)
            if (strlen(S_fkeys[i]) == kn && !memcmp(S_fkeys[i], k, kn)) w = i;
        p = S_ws(p + 1, e);
        if (p == e || *p++ != ':') return 0;
        p = S_ws(p, e);
        if (p == e) return 0;
        S_field v = {0};
        if (*p == '"') {
            v.kind = 1;
            v.s = ++p;
            if (!(p = S_sscan(p, e, &v.esc))) return 0;
            v.end = p++;
        } else {
            static const char *const lit[] = {"null", "true", "false"};
            size_t ln = 0;
            for (int i = 0; i < 3 && !ln; i++)
                if ((size_t)(e - p) >= strlen(lit[i]) && !memcmp(p, lit[i], strlen(lit[i])))
                    ln = strlen(lit[i]);
            if (!ln) return 0;   /* a number, an array, an object... */
            p += ln;
            if (p < e && *p != ',' && *p != '}' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
                return 0;
            v.kind = 2;
        }
        if (w >= 0) f[w] = v;
        p = S_ws(p, e);
        if (p == e) return 0;
        if (*p == '}') {
            p++;
            break;
        }
        if (*p++ != ',') return 0;
        p = S_ws(p, e);
    }
    if (S_ws(p, e) != e) return 0;
    if (f[F_TEXT].kind != 1) {
        S_bad(j, "no \"text\" string");
        return 1;
    }
    if (!(j->text = S_sdecode(f[F_TEXT].s, f[F_TEXT].end, f[F_TEXT].esc, &j->len))) {
        S_bad(j, "out of memory");
        return 1;
    }
    j->id = S_fstr(&f[F_ID]);
    j->published = S_fstr(&f[F_DATE]);
    if (!j->published) j->published = S_fstr(&f[F_PUBLISHED]);
    if (!j->published && o->date) j->published = strdup(o->date);
    j->title = S_fstr(&f[F_TITLE]);
    j->url = S_fstr(&f[F_URL]);
    j->source = S_fstr(&f[F_SOURCE]);
    return 1;
}

/* The document of line J->raw (cli_read's S_line), or J->bad.            */
static void S_parse(ing_job *j, const cli_opts *o)
{
    size_t cap = o->max_bytes ? o->max_bytes : DP_DEFAULT_MAX, n = j->rawlen;
    char msg[300];
    /* cli_json_line's own checks first: an empty line, one over the cap */
    if (cli_json_check(j->raw, &n, cap, msg, sizeof msg)) {
        S_bad(j, msg);
        return;
    }
    if (S_fast(j, n, o)) return;
    json_t *d = cli_json_line(j->raw, n, cap, msg, sizeof msg);
    if (!d) {
        S_bad(j, msg);
        return;
    }
    json_t *t = json_object_get(d, "text");
    if (!json_is_string(t)) {
        S_bad(j, "no \"text\" string");
    } else if ((j->text = malloc(json_string_length(t) + 1))) {
        j->len = json_string_length(t);
        memcpy(j->text, json_string_value(t), j->len + 1);
        j->id = S_jstr(d, "id");
        j->published = S_jstr(d, "date");
        if (!j->published) j->published = S_jstr(d, "published");
        if (!j->published && o->date) j->published = strdup(o->date);
        j->title = S_jstr(d, "title");
        j->url = S_jstr(d, "url");
        j->source = S_jstr(d, "source");
    } else {
        S_bad(j, "out of memory");
    }
    json_decref(d);
}

/* Writes to OUT the content hash of J annotated with the stages STAGES (0:
 * all of them).                                                          */
static void S_hash(const ing_job *j, const cli_opts *o, const char *model_desc, unsigned stages,
                   char out[33])
{
    char salt[720], sel[24] = "";
    if (stages) snprintf(sel, sizeof sel, "\x1f" "stages=%x", stages);
    snprintf(salt, sizeof salt, "%s\x1f%s\x1f%s\x1f%s%s%s", j->id ? j->id : "",
             j->published ? j->published : "", DP_VERSION, model_desc,
             o->dedup_only ? "\x1f" "dedup-only" : "", sel);
    cli_hash(j->text, j->len, salt, strlen(salt), out);
}

void ing_prep(ing_job *j, const cli_opts *o, const char *model_desc)
{
    if (j->raw) {
        S_parse(j, o);
        free(j->raw);
        j->raw = NULL;
        if (j->bad) return;
    }
    /* the hash covers the id, the text, its date and what annotates it:
     * after an upgrade of depeche or its model, or a run of fewer stages
     * (--stages), a document is annotated again and replaces its old
     * rows (same id) */
    int partial = o->stages && o->stages != DP_STAGE_ALL;
    S_hash(j, o, model_desc, partial ? o->stages : 0, j->hash);
    /* a run of fewer stages leaves a document stored with all of them (by
     * the same depeche and model) as it is: S_decide asks for this hash too */
    j->hash_all[0] = 0;
    if (partial) S_hash(j, o, model_desc, 0, j->hash_all);
    dp_minhash_text(j->text, j->len, &j->mh);
}
