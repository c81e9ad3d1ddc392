/*
 * eval_read.c -- gold readers of `depeche eval`: BRAT folders (.txt + .ann),
 * WiNER JSON Lines (plain or gzip), token-per-line NER (BIO, IO, BIOES, HIPE
 * TSV) and ISO-TimeML.  Each reader hands out ev_doc records: the text given
 * to depeche, its date, and the gold spans in code points of that text.
 * Malformed gold is reported as "depeche eval: FILE:LINE: message".
 */
#include "eval.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

static void *S_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
    return q;
}

static char *S_strndup(const char *s, size_t n)
{
    char *p = S_xrealloc(NULL, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

static void S_err(const char *path, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void S_err(const char *path, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (line > 0) fprintf(stderr, "depeche eval: %s:%ld: ", path, line);
    else fprintf(stderr, "depeche eval: %s: ", path);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

void ev_doc_free(ev_doc *d)
{
    free(d->id);
    free(d->date);
    free(d->text);
    ev_spans_free(&d->gold);
    memset(d, 0, sizeof *d);
}

char *ev_slurp(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = S_xrealloc(NULL, cap);
    for (;;) {
        if (cap - n < (1 << 15)) buf = S_xrealloc(buf, cap *= 2);
        int r = gzread(f, buf + n, (unsigned)(cap - n - 1));
        if (r < 0) { gzclose(f); free(buf); errno = EIO; return NULL; }
        if (r == 0) break;
        n += (size_t)r;
    }
    gzclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

long ev_cp_count(const char *s, size_t n)
{
    long c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int S_ends(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && !strcmp(s + a - b, suf);
}

static int S_isdate(const char *s)
{
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' && s[i] != '_' : !isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

static char *S_date10(const char *s)
{
    if (!s || strlen(s) < 10 || !S_isdate(s)) return NULL;
    char *d = S_strndup(s, 10);
    d[4] = d[7] = '-';
    return d;
}

const char *ev_ner_type(const char *name, size_t len, int all, char *buf, size_t bufsz)
{
    static const char *const map[][2] = {
        {"per", "PER"}, {"pers", "PER"}, {"person", "PER"}, {"loc", "LOC"},
        {"location", "LOC"}, {"org", "ORG"}, {"organization", "ORG"},
        {"organisation", "ORG"}, {"misc", "MISC"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strlen(map[i][0]) == len && !strncasecmp(name, map[i][0], len)) return map[i][1];
    if (!all || len == 0) return NULL;
    size_t k = 0;
    for (; k < len && k + 1 < bufsz; k++) buf[k] = (char)toupper((unsigned char)name[k]);
    buf[k] = 0;
    return buf;
}

/* ---- WiNER JSON Lines: id, date, text, entities[{type,start,end}] ------------------ */
static long S_read_jsonl(const char *path, const ev_read_opts *o, ev_doc_fn fn, void *ctx)
{
    size_t n;
    char *buf = ev_slurp(path, &n);
    if (!buf) { S_err(path, 0, "cannot read: %s", strerror(errno)); return 1; }
    long fails = 0, line = 0;
    int stop = 0;
    for (char *p = buf; p < buf + n && !stop; line++) {
        char *e = memchr(p, '\n', (size_t)(buf + n - p));
        if (!e) e = buf + n;
        size_t len = (size_t)(e - p);
        char *start = p;
        p = e + 1;
        if (len == 0) continue;
        json_error_t err;
        json_t *j = json_loadb(start, len, 0, &err);
        const char *text = j ? json_string_value(json_object_get(j, "text")) : NULL;
        json_t *ents = j ? json_object_get(j, "entities") : NULL;
        if (!text || !json_is_array(ents)) {
            S_err(path, line + 1, "%s", j ? "no \"text\" string or \"entities\" array" : err.text);
            json_decref(j);
            fails++;
            continue;
        }
        ev_doc d = {0};
        const char *id = json_string_value(json_object_get(j, "id"));
        d.id = id ? strdup(id) : NULL;
        d.date = S_date10(json_string_value(json_object_get(j, "date")));
        d.len = json_string_length(json_object_get(j, "text"));
        d.text = S_strndup(text, d.len);
        d.path = path;
        size_t i;
        json_t *en;
        json_array_foreach(ents, i, en) {
            const char *ty = json_string_value(json_object_get(en, "type"));
            json_t *s = json_object_get(en, "start"), *t = json_object_get(en, "end");
            if (!ty || !json_is_integer(s) || !json_is_integer(t)) {
                S_err(path, line + 1, "entity %zu lacks type/start/end", i);
                fails++;
                continue;
            }
            char tb[24];
            const char *m = ev_ner_type(ty, strlen(ty), o->all_types, tb, sizeof tb);
            if (m) ev_spans_add(&d.gold, (long)json_integer_value(s), (long)json_integer_value(t), m, NULL)->line = line + 1;
        }
        json_decref(j);
        if (fn(ctx, &d) < 0) stop = 1;
        ev_doc_free(&d);
    }
    free(buf);
    return stop ? -1 : fails;
}

/* ---- BRAT: NAME.txt + NAME.ann ------------------------------------------------------- */
static long S_read_brat(const char *ann, const ev_read_opts *o, ev_doc_fn fn, void *ctx)
{
    size_t alen, tlen;
    char *txtpath = S_xrealloc(NULL, strlen(ann) + 1);
    strcpy(txtpath, ann);
    strcpy(txtpath + strlen(txtpath) - 4, ".txt");
    char *a = ev_slurp(ann, &alen), *t = ev_slurp(txtpath, &tlen);
    if (!a || !t) {
        S_err(a ? txtpath : ann, 0, "cannot read: %s", strerror(errno));
        free(a); free(t); free(txtpath);
        return 1;
    }
    free(txtpath);
    ev_doc d = {0};
    const char *base = strrchr(ann, '/');
    base = base ? base + 1 : ann;
    d.id = S_strndup(base, strlen(base) - 4);
    d.date = S_date10(base);
    d.text = t;
    d.len = tlen;
    d.path = ann;
    long fails = 0, line = 0;
    for (char *p = a; *p; line++) {
        char *e = strchr(p, '\n');
        if (!e) e = p + strlen(p);
        char *l = p;
        p = *e ? e + 1 : e;
        *e = 0;
        if (l[0] != 'T') continue; /* relations, attributes, notes */
        char *tab = strchr(l, '\t'), *q = tab ? tab + 1 + strcspn(tab + 1, " ") : NULL;
        char ty[64];
        long s = -1, en = -1;
        if (tab) snprintf(ty, sizeof ty, "%.*s", (int)(q - tab - 1), tab + 1);
        if (q && *q == ' ') {
            /* "S E" or discontinuous "S E;S E": from the first start to the last end */
            char *t2 = strchr(q, '\t');
            if (t2) *t2 = 0;
            s = strtol(q, &q, 10);
            en = strtol(q, &q, 10);
            while (*q == ';') { (void)strtol(q + 1, &q, 10); en = strtol(q, &q, 10); }
            if (*q) en = -1;
        }
        if (!tab || s < 0 || en < s) {
            S_err(ann, line + 1, "not a BRAT text-bound annotation \"T<n> TAB Type START END TAB text\"");
            fails++;
            continue;
        }
        char tb[24];
        const char *m = ev_ner_type(ty, strlen(ty), o->all_types, tb, sizeof tb);
        if (m) ev_spans_add(&d.gold, s, en, m, NULL)->line = line + 1;
    }
    free(a);
    int r = fn(ctx, &d);
    ev_doc_free(&d);
    return r < 0 ? -1 : fails;
}

/* ---- token per line: BIO / IO / BIOES, HIPE TSV ------------------------------------- */
typedef struct S_tok {
    const char *path;
    const ev_read_opts *o;
    ev_doc_fn fn;
    void *ctx;
    ev_doc d;
    size_t cap;
    long cp;            /* code points in d.text                          */
    long first_line;    /* line of the document's first token             */
    char cur[24];       /* open entity type ("" none), mapped or not      */
    const char *cur_m;  /* mapped type or NULL (not scored)               */
    char cur_mb[24];
    long cur_start, cur_end;
    int nospace;        /* no space before the next token                 */
    int newline;        /* a sentence break before the next token         */
    int stop;
    long fails;
} S_tok;

static void S_close(S_tok *t)
{
    if (t->cur[0] && t->cur_m)
        ev_spans_add(&t->d.gold, t->cur_start, t->cur_end, t->cur_m, NULL);
    t->cur[0] = 0;
}

static void S_flush(S_tok *t)
{
    S_close(t);
    if (t->d.len && !t->stop) {
        if (!t->d.id) {
            const char *b = strrchr(t->path, '/');
            char id[256];
            snprintf(id, sizeof id, "%s:%ld", b ? b + 1 : t->path, t->first_line);
            t->d.id = strdup(id);
        }
        t->d.path = t->path;
        if (t->fn(t->ctx, &t->d) < 0) t->stop = 1;
    }
    char *date = t->d.date;
    t->d.date = NULL;
    ev_doc_free(&t->d);
    t->d.date = date; /* a page or file date holds for the next chunk */
    t->cap = 0;
    t->cp = 0;
    t->nospace = 0;
    t->newline = 0;
}

static void S_append(S_tok *t, const char *s, size_t n)
{
    if (t->d.len + n + 1 > t->cap) {
        t->cap = 2 * (t->d.len + n + 1) + 256;
        t->d.text = S_xrealloc(t->d.text, t->cap);
    }
    memcpy(t->d.text + t->d.len, s, n);
    t->d.len += n;
    t->d.text[t->d.len] = 0;
    t->cp += ev_cp_count(s, n);
}

/* Adds one token with its tag; returns -1 when the tag is malformed.      */
static int S_token(S_tok *t, const char *tok, size_t tn, const char *tag, size_t gn, long line)
{
    char pos = 'O';
    const char *ty = NULL;
    size_t tyn = 0;
    if (gn == 1 && tag[0] == 'O') pos = 'O';
    else if (gn > 2 && (tag[1] == '-' || tag[1] == '_') && strchr("BIES", tag[0]))
        pos = tag[0], ty = tag + 2, tyn = gn - 2;
    else if (gn == 1 && tag[0] == '_') pos = 'O';
    else return -1;
    if (t->d.len == 0) t->first_line = line;
    else S_append(t, t->newline ? "\n" : " ", t->nospace && !t->newline ? 0 : 1);
    t->newline = t->nospace = 0;
    long s = t->cp;
    S_append(t, tok, tn);
    int cont = (pos == 'I' || pos == 'E') && t->cur[0] && strlen(t->cur) == tyn &&
               !strncmp(t->cur, ty, tyn);
    if (!cont) {
        S_close(t);
        if (pos != 'O') {
            snprintf(t->cur, sizeof t->cur, "%.*s", (int)(tyn < 23 ? tyn : 23), ty);
            t->cur_m = ev_ner_type(ty, tyn, t->o->all_types, t->cur_mb, sizeof t->cur_mb);
            t->cur_start = s;
        }
    }
    t->cur_end = t->cp;
    if (pos == 'E' || pos == 'S') S_close(t);
    return 0;
}

/* Europeana NAME.md next to NAME.bio: "* [**L000001 - L006184**]" then
 * "Title, DD-MM-YYYY, id": page starts (line numbers) and their dates.       */
typedef struct S_page { long line; char date[16]; } S_page;

static S_page *S_pages(const char *path, size_t *np)
{
    *np = 0;
    const char *dot = strrchr(path, '.');
    if (!dot || strchr(dot, '/')) return NULL;
    char md[4096];
    snprintf(md, sizeof md, "%.*s.md", (int)(dot - path), path);
    size_t n;
    char *buf = ev_slurp(md, &n);
    if (!buf) return NULL;
    S_page *v = NULL;
    size_t cap = 0;
    for (char *p = strstr(buf, "[**L"); p; p = strstr(p + 1, "[**L")) {
        long a = strtol(p + 4, NULL, 10);
        char *nl = strchr(p, '\n');
        if (a <= 0 || !nl) continue;
        char *l2 = nl + 1, *c1 = strchr(l2, ','), *e2 = strchr(l2, '\n');
        if (!c1 || (e2 && c1 > e2)) continue;
        int dd, mm, yy;
        if (sscanf(c1 + 1, " %d-%d-%d", &dd, &mm, &yy) != 3 || dd < 1 || dd > 31 || mm < 1 || mm > 12 || yy < 1 || yy > 9999) continue;
        if (*np == cap) v = S_xrealloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v);
        v[*np].line = a;
        snprintf(v[*np].date, sizeof v[*np].date, "%04d-%02d-%02d", yy, mm, dd);
        (*np)++;
    }
    free(buf);
    return v;
}

/* HIPE: "# hipe2022:document_id = X" / "# hipe2022:date = YYYY-MM-DD".       */
static void S_hipe_comment(S_tok *t, const char *l, size_t n)
{
    const char *eq = memchr(l, '=', n);
    if (!eq) return;
    const char *v = eq + 1;
    while (v < l + n && *v == ' ') v++;
    size_t vn = (size_t)(l + n - v);
    while (vn && (v[vn - 1] == ' ' || v[vn - 1] == '\r')) vn--;
    if (memmem(l, (size_t)(eq - l), "document_id", 11)) {
        S_flush(t);
        free(t->d.id);
        free(t->d.date);
        t->d.date = NULL;
        t->d.id = S_strndup(v, vn);
    } else if (memmem(l, (size_t)(eq - l), ":date", 5)) {
        char *s = S_strndup(v, vn);
        free(t->d.date);
        t->d.date = S_date10(s);
        free(s);
    }
}

/* Column index of NAME in a tab-separated header line, or -1.                 */
static int S_col(const char *h, size_t n, const char *name)
{
    int c = 0;
    size_t k = strlen(name);
    for (size_t i = 0; i <= n; c++) {
        size_t j = i;
        while (j < n && h[j] != '\t') j++;
        if (j - i == k && !strncmp(h + i, name, k)) return c;
        i = j + 1;
    }
    return -1;
}

/* Field number C of a tab-separated line.                                       */
static const char *S_field(const char *l, size_t n, int c, size_t *fn)
{
    size_t i = 0;
    for (int k = 0; k < c; k++) {
        const char *tab = memchr(l + i, '\t', n - i);
        if (!tab) return NULL;
        i = (size_t)(tab - l) + 1;
    }
    const char *tab = memchr(l + i, '\t', n - i);
    *fn = tab ? (size_t)(tab - (l + i)) : n - i;
    return l + i;
}

long ev_parse_tokens(const char *path, const char *buf, size_t n, const ev_read_opts *o,
                     ev_doc_fn fn, void *ctx)
{
    S_tok t = {.path = path, .o = o, .fn = fn, .ctx = ctx};
    size_t chunk = o->chunk_bytes ? o->chunk_bytes : 4000;
    int hipe = !strncmp(buf, "TOKEN\t", 6), ctag = 1, cmisc = -1;
    size_t np = 0, pg = 0;
    S_page *pages = hipe ? NULL : S_pages(path, &np);
    long line = 0;
    for (const char *p = buf; p < buf + n && !t.stop;) {
        const char *e = memchr(p, '\n', (size_t)(buf + n - p));
        if (!e) e = buf + n;
        const char *l = p;
        size_t len = (size_t)(e - p);
        p = e + 1;
        line++;
        if (len && l[len - 1] == '\r') len--;
        if (hipe && line == 1) {
            ctag = S_col(l, len, "NE-COARSE-LIT");
            cmisc = S_col(l, len, "MISC");
            if (ctag < 0) { S_err(path, 1, "HIPE header without NE-COARSE-LIT"); free(pages); return 1; }
            continue;
        }
        while (pg < np && pages[pg].line <= line) {
            S_flush(&t);
            free(t.d.date);
            t.d.date = strdup(pages[pg++].date);
        }
        if (len == 0 || (hipe && l[0] == '#')) {
            if (len) S_hipe_comment(&t, l, len);
            else if (t.d.len >= chunk && !hipe) S_flush(&t);
            else if (t.d.len) t.newline = 1;
            continue;
        }
        const char *tag;
        size_t tn, gn;
        if (hipe) {
            tag = S_field(l, len, ctag, &gn);
            tn = (size_t)((const char *)memchr(l, '\t', len) - l);
        } else {
            const char *sep = NULL;
            for (size_t i = len; i-- > 0 && !sep;) if (l[i] == '\t') sep = l + i;
            for (size_t i = len; i-- > 0 && !sep;) if (l[i] == ' ') sep = l + i;
            tag = sep ? sep + 1 : NULL;
            gn = sep ? (size_t)(l + len - tag) : 0;
            tn = sep ? (size_t)(sep - l) : 0;
        }
        if (!tag || tn == 0 || S_token(&t, l, tn, tag, gn, line) < 0) {
            S_err(path, line, "expected TOKEN and a tag O, B-X, I-X (got \"%.*s\")",
                  (int)(len < 60 ? len : 60), l);
            t.fails++;
            continue;
        }
        size_t mn;
        const char *misc = cmisc >= 0 ? S_field(l, len, cmisc, &mn) : NULL;
        if (misc && memmem(misc, mn, "NoSpaceAfter", 12)) t.nospace = 1;
        if (!hipe && t.d.len >= 8 * chunk && !t.cur[0]) S_flush(&t);
    }
    S_flush(&t);
    free(t.d.id);
    free(t.d.date);
    free(pages);
    return t.stop ? -1 : t.fails;
}

/* ---- files and folders ---------------------------------------------------------- */
static long S_read_tokens_file(const char *path, const ev_read_opts *o, ev_doc_fn fn, void *ctx)
{
    size_t n;
    char *buf = ev_slurp(path, &n);
    if (!buf) { S_err(path, 0, "cannot read: %s", strerror(errno)); return 1; }
    long r;
    const char *q = buf;
    while (*q == ' ' || *q == '\n' || *q == '\r' || *q == '\t') q++;
    if (*q == '{') { free(buf); return S_read_jsonl(path, o, fn, ctx); }
    r = ev_parse_tokens(path, buf, n, o, fn, ctx);
    free(buf);
    return r;
}

static int S_cmpstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files under DIR (recursive, sorted) whose name ends with one of SUF.       */
static void S_walk(const char *dir, const char *const *suf, char ***out, size_t *n, size_t *cap)
{
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    char **names = NULL;
    size_t nn = 0, nc = 0;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (nn == nc) names = S_xrealloc(names, (nc = nc ? 2 * nc : 32) * sizeof *names);
        size_t l = strlen(dir) + strlen(e->d_name) + 2;
        names[nn] = S_xrealloc(NULL, l);
        snprintf(names[nn++], l, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    if (nn) qsort(names, nn, sizeof *names, S_cmpstr);
    for (size_t i = 0; i < nn; i++) {
        struct stat st;
        int keep = 0;
        if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode)) S_walk(names[i], suf, out, n, cap);
        else for (size_t k = 0; suf[k] && !keep; k++) keep = S_ends(names[i], suf[k]);
        if (!keep) { free(names[i]); continue; }
        if (*n == *cap) *out = S_xrealloc(*out, (*cap = *cap ? 2 * *cap : 64) * sizeof **out);
        (*out)[(*n)++] = names[i];
    }
    free(names);
}

long ev_read_ner(const char *path, const ev_read_opts *o, ev_doc_fn fn, void *ctx)
{
    struct stat st;
    if (stat(path, &st) != 0) { S_err(path, 0, "%s", strerror(errno)); return 1; }
    if (!S_ISDIR(st.st_mode)) {
        if (S_ends(path, ".ann")) return S_read_brat(path, o, fn, ctx);
        if (S_ends(path, ".jsonl") || S_ends(path, ".jsonl.gz")) return S_read_jsonl(path, o, fn, ctx);
        return S_read_tokens_file(path, o, fn, ctx);
    }
    static const char *const ann[] = {".ann", NULL};
    static const char *const tok[] = {".bio", ".bio.gz", ".tsv", ".tsv.gz", ".conll", ".conll.gz",
                                      ".iob", ".iob.gz", ".jsonl", ".jsonl.gz", NULL};
    char **files = NULL;
    size_t n = 0, cap = 0;
    S_walk(path, ann, &files, &n, &cap);
    int brat = n > 0;
    if (!brat) S_walk(path, tok, &files, &n, &cap);
    if (n == 0) S_err(path, 0, "no gold files (.ann, .bio, .tsv, .conll, .iob, .jsonl) in this folder");
    long fails = n == 0;
    for (size_t i = 0; i < n; i++) {
        long r = fails < 0 ? 0
               : brat ? S_read_brat(files[i], o, fn, ctx)
               : (S_ends(files[i], ".jsonl") || S_ends(files[i], ".jsonl.gz"))
                   ? S_read_jsonl(files[i], o, fn, ctx) : S_read_tokens_file(files[i], o, fn, ctx);
        if (r < 0) fails = -1;
        else if (fails >= 0) fails += r;
        free(files[i]);
    }
    free(files);
    return fails;
}
