/*
 * eval_timeml.c -- a small, strict reader of inline ISO-TimeML documents for
 * `depeche eval time`: the text content of <TEXT> (tags removed, character
 * references decoded) and its TIMEX3 extents with type and value, in code
 * points of that text; the document creation time is the TIMEX3 with
 * functionInDocument="CREATION_TIME".
 */
#include "eval.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>

typedef struct S_buf {
    char *s;
    size_t n, cap;
} S_buf;

static void S_put(S_buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = 2 * (b->n + n + 1) + 256;
        char *p = realloc(b->s, b->cap);
        if (!p) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
        b->s = p;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static size_t S_utf8(unsigned long c, char *o)
{
    if (c == 0 || (c >= 0xD800 && c <= 0xDFFF)) return 0;   /* no XML character */
    if (c < 0x80) { o[0] = (char)c; return 1; }
    if (c < 0x800) { o[0] = (char)(0xC0 | (c >> 6)); o[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12)); o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    if (c > 0x10FFFF) return 0;
    o[0] = (char)(0xF0 | (c >> 18)); o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F)); o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Decodes S[0..N) (character references) into B; -1 on a bad reference.    */
static int S_decode(const char *s, size_t n, S_buf *b)
{
    static const struct { const char *name; char c; } ent[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (size_t i = 0; i < n;) {
        const char *amp = memchr(s + i, '&', n - i);
        size_t k = amp ? (size_t)(amp - s) : n;
        S_put(b, s + i, k - i);
        if (!amp) break;
        const char *semi = memchr(amp, ';', (size_t)(s + n - amp));
        if (!semi || semi - amp > 10) return -1;
        size_t len = (size_t)(semi - amp - 1);
        char o[4];
        size_t on = 0;
        if (len > 1 && amp[1] == '#') {
            char *end;
            unsigned long c = amp[2] == 'x' ? strtoul(amp + 3, &end, 16) : strtoul(amp + 2, &end, 10);
            if (end != semi || !(on = S_utf8(c, o))) return -1;
        } else {
            for (size_t e = 0; e < sizeof ent / sizeof *ent && !on; e++)
                if (strlen(ent[e].name) == len && !strncmp(amp + 1, ent[e].name, len))
                    o[0] = ent[e].c, on = 1;
            if (!on) return -1;
        }
        S_put(b, o, on);
        i = (size_t)(semi - s) + 1;
    }
    return 0;
}

/* Value of attribute NAME inside the tag TAG[0..N) (decoded), or NULL.      */
static char *S_attr(const char *tag, size_t n, const char *name)
{
    size_t k = strlen(name);
    for (size_t i = 1; i + k + 2 < n; i++) {
        if (tag[i - 1] != ' ' && tag[i - 1] != '\t' && tag[i - 1] != '\n' && tag[i - 1] != '\r') continue;
        if (strncmp(tag + i, name, k)) continue;
        size_t j = i + k;
        while (j < n && tag[j] == ' ') j++;
        if (j >= n || tag[j] != '=') continue;
        j++;
        while (j < n && tag[j] == ' ') j++;
        if (j >= n || (tag[j] != '"' && tag[j] != '\'')) return NULL;
        const char *q = memchr(tag + j + 1, tag[j], n - j - 1);
        if (!q) return NULL;
        S_buf b = {0};
        if (S_decode(tag + j + 1, (size_t)(q - tag - j - 1), &b) < 0) { free(b.s); return NULL; }
        if (!b.s) S_put(&b, "", 0);
        return b.s;
    }
    return NULL;
}

static long S_lineof(const char *buf, const char *p)
{
    long l = 1;
    for (const char *q = buf; q < p; q++) l += *q == '\n';
    return l;
}

/* Is the tag at T (after '<', maybe '/') named NAME?                         */
static int S_named(const char *t, const char *name)
{
    size_t k = strlen(name);
    return !strncmp(t, name, k) && strchr(" \t\r\n/>", t[k]);
}

#define S_FAIL(msg) do { *err = (msg); *errline = S_lineof(buf, p); goto fail; } while (0)

int ev_parse_timeml(const char *buf, size_t n, ev_doc *d, long *errline, const char **err)
{
    S_buf text = {0};
    int in_text = 0, seen_text = 0, depth = 0;
    long open_start[8];
    char *open_type[8], *open_value[8];
    const char *p = buf, *end = buf + n;
    const char *nul = memchr(buf, 0, n);
    if (nul) { p = nul; S_FAIL("a NUL byte (no XML character)"); }
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        const char *stop = lt ? lt : end;
        if (in_text && S_decode(p, (size_t)(stop - p), &text) < 0) S_FAIL("bad character reference");
        if (!lt) break;
        p = lt;
        const char *close = NULL;
        if (!strncmp(p, "<!--", 4)) {
            const char *e = strstr(p + 4, "-->");
            if (!e) S_FAIL("unterminated comment");
            p = e + 3;
            continue;
        }
        if (!strncmp(p, "<![CDATA[", 9)) {
            const char *e = strstr(p + 9, "]]>");
            if (!e) S_FAIL("unterminated CDATA section");
            if (in_text) S_put(&text, p + 9, (size_t)(e - p - 9));
            p = e + 3;
            continue;
        }
        close = memchr(p, '>', (size_t)(end - p));
        if (!close) S_FAIL("unterminated tag");
        size_t tn = (size_t)(close - p + 1);
        int endtag = p[1] == '/', empty = close[-1] == '/';
        const char *name = p + 1 + endtag;
        long cp = ev_cp_count(text.s ? text.s : "", text.n);
        if (S_named(name, "TEXT")) {
            if (!endtag && !empty) {
                if (seen_text) S_FAIL("a second <TEXT> element");
                in_text = seen_text = 1;
            } else if (endtag) {
                if (!in_text) S_FAIL("</TEXT> without <TEXT>");
                if (depth) S_FAIL("<TIMEX3> not closed before </TEXT>");
                in_text = 0;
            }
        } else if (S_named(name, "TIMEX3")) {
            char *fid = endtag ? NULL : S_attr(p, tn, "functionInDocument");
            if (fid && !strcmp(fid, "CREATION_TIME") && !d->date) {
                char *v = S_attr(p, tn, "value");
                if (v && strlen(v) >= 10) { v[10] = 0; d->date = v; }
                else free(v);
            }
            free(fid);
            if (endtag) {
                if (!depth) S_FAIL("</TIMEX3> without <TIMEX3>");
                depth--;
                if (in_text && cp > open_start[depth]) {
                    ev_span *s = ev_spans_add(&d->gold, open_start[depth], cp, open_type[depth],
                                              open_value[depth]);
                    s->line = S_lineof(buf, p);
                }
                free(open_type[depth]);
                free(open_value[depth]);
            } else if (!empty) {
                if (depth == 8) S_FAIL("TIMEX3 nested too deeply");
                open_type[depth] = S_attr(p, tn, "type");
                open_value[depth] = S_attr(p, tn, "value");
                if (in_text && !open_type[depth]) {
                    free(open_value[depth]);
                    S_FAIL("TIMEX3 without a type attribute");
                }
                open_start[depth++] = cp;
            }
        }
        p = close + 1;
    }
    if (depth) { p = end; S_FAIL("unclosed <TIMEX3>"); }
    if (in_text) { p = end; S_FAIL("unclosed <TEXT>"); }
    if (!seen_text) { p = buf; S_FAIL("no <TEXT> element"); }
    if (!text.s) S_put(&text, "", 0);
    d->text = text.s;
    d->len = text.n;
    return 0;
fail:
    while (depth > 0) { depth--; free(open_type[depth]); free(open_value[depth]); }
    free(text.s);
    return -1;
}

static long S_file(const char *path, ev_doc_fn fn, void *ctx)
{
    size_t n;
    char *buf = ev_slurp(path, &n);
    if (!buf) {
        fprintf(stderr, "depeche eval: %s: cannot read: %s\n", path, strerror(errno));
        return 1;
    }
    ev_doc d = {0};
    long line = 0;
    const char *err = NULL;
    int r = ev_parse_timeml(buf, n, &d, &line, &err);
    free(buf);
    if (r < 0) {
        fprintf(stderr, "depeche eval: %s:%ld: %s\n", path, line, err);
        ev_doc_free(&d);
        return 1;
    }
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    const char *dot = strrchr(b, '.');
    d.id = strndup(b, dot ? (size_t)(dot - b) : strlen(b));
    d.path = path;
    if (!d.date) fprintf(stderr, "depeche eval: %s: no CREATION_TIME TIMEX3 (no date given)\n", path);
    r = fn(ctx, &d);
    ev_doc_free(&d);
    return r < 0 ? -1 : 0;
}

static int S_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static long S_dir(const char *path, ev_doc_fn fn, void *ctx, size_t *found)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "depeche eval: %s: %s\n", path, strerror(errno));
        return 1;
    }
    if (!S_ISDIR(st.st_mode)) { ++*found; return S_file(path, fn, ctx); }
    DIR *dir = opendir(path);
    if (!dir) { fprintf(stderr, "depeche eval: %s: %s\n", path, strerror(errno)); return 1; }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(dir))) {
        size_t l = strlen(e->d_name);
        int sub = e->d_name[0] != '.' && !(l > 4 && (!strcmp(e->d_name + l - 4, ".tml") ||
                                                     !strcmp(e->d_name + l - 4, ".xml")));
        if (e->d_name[0] == '.') continue;
        char *full = malloc(strlen(path) + l + 2);
        if (!full) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
        sprintf(full, "%s/%s", path, e->d_name);
        struct stat s2;
        if (sub && !(stat(full, &s2) == 0 && S_ISDIR(s2.st_mode))) { free(full); continue; }
        if (n == cap) {
            char **q = realloc(names, (cap = cap ? 2 * cap : 64) * sizeof *names);
            if (!q) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
            names = q;
        }
        names[n++] = full;
    }
    closedir(dir);
    if (n) qsort(names, n, sizeof *names, S_cmp);
    long fails = 0;
    for (size_t i = 0; i < n; i++) {
        long r = fails < 0 ? 0 : S_dir(names[i], fn, ctx, found);
        if (r < 0) fails = -1;
        else if (fails >= 0) fails += r;
        free(names[i]);
    }
    free(names);
    return fails;
}

long ev_read_timeml(const char *path, ev_doc_fn fn, void *ctx)
{
    size_t found = 0;
    long r = S_dir(path, fn, ctx, &found);
    if (found == 0 && r == 0) {
        fprintf(stderr, "depeche eval: %s: no .tml or .xml files\n", path);
        return 1;
    }
    return r;
}
