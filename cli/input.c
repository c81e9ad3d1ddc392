/*
 * input.c -- reading the command's inputs: whole plain text files, JSON
 * Lines files (one document a line, parsed with jansson), folders walked
 * recursively, stdin; plus the model opening and the message helpers.
 *
 * Plain text: the document id is --id, else the file's base name without
 * its extension (stdin: an id derived from the content by the library); the
 * publication date is --date, else the first line of a sidecar file
 * FILE.date ("seed.txt" -> "seed.txt.date") when there is one, else a date
 * in the file name (2016-08-24, 20160824), else a clear dateline (a line
 * among the first four that starts with "[PLACE, ]24 août 2016").
 *
 * Any input whose name ends in .gz (zlib) or .zst (zstd) is decompressed
 * as it is read; the name without that suffix says whether it is JSON Lines.
 */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

/* ---- Messages ------------------------------------------------------------ */
static void S_vmsg(const char *path, long line, const char *kind, const char *fmt, va_list ap)
{
    fputs("depeche: ", stderr);
    if (path) fprintf(stderr, line > 0 ? "%s:%ld: " : "%s: ", path, line);
    if (kind) fprintf(stderr, "%s: ", kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void cli_warn(const cli_opts *o, const cli_item *it, const char *fmt, ...)
{
    if (o && o->quiet) return;
    va_list ap;
    va_start(ap, fmt);
    S_vmsg(it ? it->path : NULL, it ? it->line : 0, "warning", fmt, ap);
    va_end(ap);
}

void cli_error(const char *path, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    S_vmsg(path, line, "error", fmt, ap);
    va_end(ap);
}

int cli_write(FILE *out, const char *s, size_t n)
{
    if (n && fwrite(s, 1, n, out) != n) goto fail;
    if (ferror(out)) goto fail;
    return 0;
fail:
    cli_error(NULL, 0, "cannot write the output: %s", strerror(errno ? errno : EIO));
    return -1;
}

void cli_hash(const char *a, size_t na, const char *b, size_t nb, char out[33])
{
    /* two FNV-1a lanes from two seeds over the same bytes, in one pass:
     * each lane is a chain of dependent multiplies, so the two run side
     * by side (the values as two passes gave them: the stored hashes) */
    static const char hex[] = "0123456789abcdef";
    uint64_t h0 = 1469598103934665603ull, h1 = 0x9e3779b97f4a7c15ull;
    const uint64_t p = 1099511628211ull;
    for (size_t i = 0; i < na; i++) {
        unsigned char c = (unsigned char)a[i];
        h0 = (h0 ^ c) * p;
        h1 = (h1 ^ c) * p;
    }
    h0 = (h0 ^ 0xff) * p;   /* separator */
    h1 = (h1 ^ 0xff) * p;
    for (size_t i = 0; i < nb; i++) {
        unsigned char c = (unsigned char)b[i];
        h0 = (h0 ^ c) * p;
        h1 = (h1 ^ c) * p;
    }
    for (int k = 0; k < 16; k++) {
        out[15 - k] = hex[h0 >> (4 * k) & 15];
        out[31 - k] = hex[h1 >> (4 * k) & 15];
    }
    out[32] = 0;
}

/* ---- The model ------------------------------------------------------------ */
dp_model *cli_open_model(const cli_opts *o)
{
    const char *path = o->model;
    char buf[4096];
    if (!path && !getenv("DEPECHE_MODEL")) {
        /* build/depeche finds build/depeche.model beside it */
        ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 32);
        if (n > 0) {
            buf[n] = 0;
            char *slash = strrchr(buf, '/');
            if (slash) {
                strcpy(slash + 1, "depeche.model");
                if (access(buf, R_OK) == 0) path = buf;
            }
        }
    }
    dp_model *m = NULL;
    dp_status st = dp_model_open(path, &m);
    if (st != DP_OK) {
        cli_error(path ? path : getenv("DEPECHE_MODEL"), 0, "cannot load the model: %s (%s)",
                  m ? dp_model_errmsg(m) : "out of memory", dp_status_str(st));
        dp_model_close(m);
        return NULL;
    }
    return m;
}

static int S_ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && strcmp(s + a - b, suf) == 0;
}

/* ---- Compressed or plain byte streams --------------------------------------- */
_Atomic size_t cli_input_bytes;

typedef struct S_in {
    FILE *f;
    gzFile gz;
    ZSTD_DCtx *z;
    unsigned char *zbuf;          /* compressed bytes read, not yet used     */
    ZSTD_inBuffer zin;
    int zend;                     /* the compressed file is at its end       */
    size_t raw;                   /* raw bytes consumed (for progress)       */
    char *buf;                    /* decoded bytes for S_getline             */
    size_t pos, len;
    int err;
    const char *errmsg;
} S_in;

#define S_CHUNK ((size_t)1 << 16)

static void S_count(S_in *in, size_t raw)
{
    if (raw > in->raw) { cli_input_bytes += raw - in->raw; in->raw = raw; }
}

static int S_in_open(S_in *in, FILE *f, const char *path)
{
    memset(in, 0, sizeof *in);
    in->f = f;
    if (S_ends_with(path, ".gz")) {
        int fd = dup(fileno(f));
        if (fd < 0 || !(in->gz = gzdopen(fd, "rb"))) { if (fd >= 0) close(fd); return -1; }
        gzbuffer(in->gz, S_CHUNK);
    } else if (S_ends_with(path, ".zst")) {
        if (!(in->z = ZSTD_createDCtx()) || !(in->zbuf = malloc(ZSTD_DStreamInSize()))) return -1;
        in->zin.src = in->zbuf;
    }
    return 0;
}

static void S_in_close(S_in *in)
{
    if (in->gz) gzclose(in->gz);
    ZSTD_freeDCtx(in->z);
    free(in->zbuf);
    free(in->buf);
}

/* Reads up to N decoded bytes; 0 at the end, -1 (in->errmsg) on an error. */
static ssize_t S_in_read(S_in *in, char *out, size_t n)
{
    if (in->gz) {
        int k = gzread(in->gz, out, (unsigned)n);
        S_count(in, (size_t)gzoffset(in->gz));
        if (k < 0) {
            int e;
            in->errmsg = gzerror(in->gz, &e);
            return -1;
        }
        return k;
    }
    if (!in->z) {
        size_t k = fread(out, 1, n, in->f);
        S_count(in, in->raw + k);
        if (!k && ferror(in->f)) { in->errmsg = strerror(errno ? errno : EIO); return -1; }
        return (ssize_t)k;
    }
    ZSTD_outBuffer zo = {out, n, 0};
    while (zo.pos == 0) {
        if (in->zin.pos == in->zin.size) {
            if (in->zend) return 0;
            size_t k = fread(in->zbuf, 1, ZSTD_DStreamInSize(), in->f);
            S_count(in, in->raw + k);
            if (!k) {
                in->zend = 1;
                if (ferror(in->f)) { in->errmsg = strerror(errno ? errno : EIO); return -1; }
                return 0;
            }
            in->zin.size = k;
            in->zin.pos = 0;
        }
        size_t r = ZSTD_decompressStream(in->z, &zo, &in->zin);
        if (ZSTD_isError(r)) { in->errmsg = ZSTD_getErrorName(r); return -1; }
    }
    return (ssize_t)zo.pos;
}

/* One line (with its '\n' when there is one) into *LINE; its length, or -1
 * at the end of the input or on an error (in->err set).                    */
static ssize_t S_getline(S_in *in, char **line, size_t *cap)
{
    if (!in->buf && !(in->buf = malloc(S_CHUNK))) { in->err = 1; in->errmsg = "out of memory"; return -1; }
    size_t n = 0;
    for (;;) {
        if (in->pos == in->len) {
            ssize_t k = S_in_read(in, in->buf, S_CHUNK);
            if (k < 0) { in->err = 1; return -1; }
            if (k == 0) break;
            in->pos = 0;
            in->len = (size_t)k;
        }
        char *nl = memchr(in->buf + in->pos, '\n', in->len - in->pos);
        size_t take = nl ? (size_t)(nl - (in->buf + in->pos)) + 1 : in->len - in->pos;
        if (n + take + 1 > *cap) {
            size_t nc = *cap ? *cap : 256;
            while (n + take + 1 > nc) nc *= 2;
            char *p = realloc(*line, nc);
            if (!p) { in->err = 1; in->errmsg = "out of memory"; return -1; }
            *line = p;
            *cap = nc;
        }
        memcpy(*line + n, in->buf + in->pos, take);
        n += take;
        in->pos += take;
        if (nl) break;
    }
    if (!n) return -1;
    (*line)[n] = 0;
    return (ssize_t)n;
}

/* ---- Whole files ------------------------------------------------------------ */
/* Reads all of IN into *BUF (malloc'ed).  Stops after CAP + 1 bytes so that a
 * huge input is refused without being held; returns -1 on a read error.   */
static int S_slurp(S_in *in, size_t cap, char **buf, size_t *len)
{
    size_t n = 0, sz = 1 << 16;
    char *p = malloc(sz);
    if (!p) return -1;
    for (;;) {
        if (n == sz) {
            if (sz > cap + 1) break;
            char *np = realloc(p, sz * 2);
            if (!np) { free(p); return -1; }
            p = np;
            sz *= 2;
        }
        ssize_t k = S_in_read(in, p + n, sz - n);
        if (k < 0) { free(p); return -1; }
        if (k == 0) break;
        n += (size_t)k;
    }
    *buf = p;
    *len = n;
    return 0;
}

/* The sidecar date of a plain text file, into OUT (11 bytes).            */
static const char *S_sidecar_date(const char *path, char *out)
{
    char name[4096];
    if (snprintf(name, sizeof name, "%s.date", path) >= (int)sizeof name) return NULL;
    FILE *f = fopen(name, "r");
    if (!f) return NULL;
    size_t k = fread(out, 1, 10, f);
    fclose(f);
    out[k] = 0;
    return k == 10 ? out : NULL;
}

static int S_num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + s[i] - '0';
    }
    return v;
}

static const char *S_ymd(int y, int m, int d, char *out)
{
    if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31) return NULL;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return out;
}

/* A date in the base name of PATH: YYYY-MM-DD, YYYY_MM_DD, YYYYMMDD, not
 * inside a longer number.                                                  */
static const char *S_name_date(const char *path, char *out)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    for (const char *s = b; *s; s++) {
        if ((s > b && s[-1] >= '0' && s[-1] <= '9') || S_num(s, 4) < 0) continue;
        int y = S_num(s, 4), sep = (s[4] == '-' || s[4] == '_') ? 1 : 0;
        if (sep && s[7] != s[4]) continue;
        const char *m = s + 4 + sep, *d = m + 2 + sep;
        if (S_num(m, 2) < 0 || S_num(d, 2) < 0 || (d[2] >= '0' && d[2] <= '9')) continue;
        if (S_ymd(y, S_num(m, 2), S_num(d, 2), out)) return out;
    }
    return NULL;
}

/* "24 août 2016" / "1er janvier 2016" at S (N bytes): its date, or NULL.  */
static const char *S_fr_date(const char *s, size_t n, char *out)
{
    static const char *const months[] = {"janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre", "fevrier", "aout",
        "decembre"};
    static const int num[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 8, 12};
    size_t i = 0;
    int d = 0;
    while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9') d = d * 10 + s[i++] - '0';
    if (!i || (i < n && s[i] >= '0' && s[i] <= '9')) return NULL;
    if (n - i >= 2 && !strncmp(s + i, "er", 2)) i += 2;
    if (i >= n || s[i++] != ' ') return NULL;
    for (size_t k = 0; k < sizeof num / sizeof num[0]; k++) {
        size_t l = strlen(months[k]);
        if (n - i < l + 5 || strncasecmp(s + i, months[k], l) || s[i + l] != ' ') continue;
        int y = S_num(s + i + l + 1, 4);
        const char *after = s + i + l + 5;
        if (y < 0 || ((size_t)(after - s) < n && *after >= '0' && *after <= '9')) return NULL;
        return S_ymd(y, num[k], d, out);
    }
    return NULL;
}

/* A clear dateline: among the first four lines, one whose first 40 bytes
 * hold a full French date ("PARIS, 24 août 2016 (AFP) -").               */
static const char *S_dateline(const char *text, size_t len, char *out)
{
    const char *s = text, *end = text + len;
    for (int line = 0; line < 4 && s < end; line++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        const char *e = nl ? nl : end;
        for (const char *p = s; p < e && p < s + 40; p++)
            if (*p >= '0' && *p <= '9' && (p == s || p[-1] == ' ' || p[-1] == ','))
                if (S_fr_date(p, (size_t)(e - p), out)) return out;
        while (e < end && (*e == '\n' || *e == '\r')) e++;
        s = e;
    }
    return NULL;
}

/* The base name of PATH without its extension(s), into OUT.              */
static const char *S_base_id(const char *path, char *out, size_t cap)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    snprintf(out, cap, "%s", b);
    char *dot = strrchr(out, '.');
    if (dot && dot != out && (!strcmp(dot, ".gz") || !strcmp(dot, ".zst"))) {
        *dot = 0;
        dot = strrchr(out, '.');
    }
    if (dot && dot != out) *dot = 0;
    return out[0] ? out : NULL;
}

static long S_plain(const char *path, S_in *in, const cli_opts *o, cli_item_fn fn, void *ctx)
{
    size_t cap = o->max_bytes ? o->max_bytes : DP_DEFAULT_MAX;
    char *buf = NULL, idbuf[256], datebuf[16];
    size_t len = 0;
    if (S_slurp(in, cap, &buf, &len)) {
        cli_error(path, 0, "cannot read: %s", in->errmsg ? in->errmsg : strerror(errno ? errno : EIO));
        return 1;
    }
    cli_item it = {.path = path, .text = buf, .len = len};
    it.opt.max_bytes = o->max_bytes;
    it.opt.stages = o->stages;
    it.opt.published = o->date;
    int is_stdin = strcmp(path, "-") == 0;
    if (!it.opt.published && !is_stdin) it.opt.published = S_sidecar_date(path, datebuf);
    if (!it.opt.published && !is_stdin) it.opt.published = S_name_date(path, datebuf);
    if (!it.opt.published) it.opt.published = S_dateline(buf, len < 2048 ? len : 2048, datebuf);
    it.opt.id = o->id;
    if (!it.opt.id && !is_stdin) it.opt.id = S_base_id(path, idbuf, sizeof idbuf);
    if (len > cap) it.error = "file is larger than the document size cap";
    int r = fn(ctx, &it);
    free(buf);
    if (r < 0) return -1;
    return it.error ? 1 : 0;
}

/* ---- JSON Lines ------------------------------------------------------------ */
static const char *S_jstr(json_t *obj, const char *key, char *tmp, size_t cap)
{
    json_t *v = json_object_get(obj, key);
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(tmp, cap, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return tmp;
    }
    return NULL;
}

int cli_json_check(char *line, size_t *len, size_t cap, char *msg, size_t msgsz)
{
    size_t n = *len;
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    *len = n;
    size_t sp = 0;
    while (sp < n && (line[sp] == ' ' || line[sp] == '\t')) sp++;
    if (sp == n) {
        snprintf(msg, msgsz, "empty line");
        return -1;
    }
    if (n > cap + cap / 8 + (1 << 20)) {
        snprintf(msg, msgsz, "line of %zu bytes is larger than the document size cap (%zu bytes)",
                 n, cap);
        return -1;
    }
    return 0;
}

json_t *cli_json_line(char *line, size_t n, size_t cap, char *msg, size_t msgsz)
{
    if (cli_json_check(line, &n, cap, msg, msgsz)) return NULL;
    json_error_t err;
    json_t *j = json_loadb(line, n, JSON_ALLOW_NUL, &err);
    if (j && json_is_object(j)) return j;
    if (j) snprintf(msg, msgsz, "not a JSON object");
    else snprintf(msg, msgsz, "malformed JSON (column %d): %s", err.column, err.text);
    json_decref(j);
    return NULL;
}

/* Handles one line; returns 1 when it failed, 0 when it went, -1 stop.    */
static int S_line(const char *path, long lineno, char *line, size_t n, const cli_opts *o,
                  cli_item_fn fn, void *ctx)
{
    size_t cap = o->max_bytes ? o->max_bytes : DP_DEFAULT_MAX;
    cli_item it = {.path = path, .line = lineno};
    char msg[300], idtmp[32], ttmp[32], utmp[32], stmp[32];
    json_t *j = cli_json_line(line, n, cap, msg, sizeof msg);
    if (!j) {
        it.error = msg;
        return fn(ctx, &it) < 0 ? -1 : 1;
    }
    json_t *t = json_object_get(j, "text");
    if (!json_is_string(t)) {
        it.error = "no \"text\" string";
    } else {
        it.text = json_string_value(t);
        it.len = json_string_length(t);
        it.opt.id = S_jstr(j, "id", idtmp, sizeof idtmp);
        it.opt.published = S_jstr(j, "date", msg, sizeof msg);
        if (!it.opt.published) it.opt.published = S_jstr(j, "published", msg, sizeof msg);
        if (!it.opt.published) it.opt.published = o->date;
        /* a whole number is kept as its digits, as for "id" and as
         * ingest's own reader keeps it (the same line, the same rows from
         * a .jsonl and a .jsonl.gz)                                       */
        it.opt.title = S_jstr(j, "title", ttmp, sizeof ttmp);
        it.opt.url = S_jstr(j, "url", utmp, sizeof utmp);
        it.opt.source = S_jstr(j, "source", stmp, sizeof stmp);
        it.opt.max_bytes = o->max_bytes;
        it.opt.stages = o->stages;
    }
    int r = fn(ctx, &it);
    json_decref(j);
    return r < 0 ? -1 : it.error ? 1 : 0;
}

static long S_jsonl(const char *path, S_in *in, const cli_opts *o, cli_item_fn fn, void *ctx)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, fails = 0;
    errno = 0;
    while ((n = S_getline(in, &line, &cap)) >= 0) {
        int r = S_line(path, ++lineno, line, (size_t)n, o, fn, ctx);
        if (r < 0) { free(line); return -1; }
        fails += r;
        errno = 0;
    }
    if (in->err) {
        cli_error(path, lineno + 1, "cannot read: %s", in->errmsg ? in->errmsg : "read error");
        fails++;
    }
    free(line);
    return fails;
}

/* ---- Files and folders ------------------------------------------------------ */
/* Whether PATH names JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst).          */
static int S_is_jsonl(const char *path)
{
    return S_ends_with(path, ".jsonl") || S_ends_with(path, ".jsonl.gz") ||
           S_ends_with(path, ".jsonl.zst");
}

/* Whether a folder walk takes PATH.                                        */
static int S_is_input(const char *path)
{
    return S_is_jsonl(path) || S_ends_with(path, ".txt") || S_ends_with(path, ".txt.gz") ||
           S_ends_with(path, ".txt.zst");
}

static long S_file(const char *path, const cli_opts *o, cli_item_fn fn, void *ctx)
{
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        cli_error(path, 0, "cannot open: %s", strerror(errno));
        return 1;
    }
    S_in in;
    long r;
    if (S_in_open(&in, f, path)) {
        cli_error(path, 0, "cannot open: out of memory");
        r = 1;
    } else {
        int jsonl = o->jsonl || S_is_jsonl(path);
        r = jsonl ? S_jsonl(path, &in, o, fn, ctx) : S_plain(path, &in, o, fn, ctx);
    }
    S_in_close(&in);
    if (!is_stdin) fclose(f);
    return r;
}

static int S_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static long S_dir(const char *path, const cli_opts *o, cli_item_fn fn, void *ctx, int depth)
{
    if (depth > 64) return 0;
    DIR *dir = opendir(path);
    if (!dir) {
        cli_error(path, 0, "cannot open folder: %s", strerror(errno));
        return 1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dir))) {
        if (de->d_name[0] == '.') continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(names, cap * sizeof *names);
            if (!nn) break;
            names = nn;
        }
        size_t l = strlen(path) + strlen(de->d_name) + 2;
        if (!(names[n] = malloc(l))) break;
        snprintf(names[n++], l, "%s/%s", path, de->d_name);
    }
    closedir(dir);
    qsort(names, n, sizeof *names, S_cmp);
    long fails = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        long r = 0;
        if (fails >= 0 && stat(names[i], &st) == 0) {
            if (S_ISDIR(st.st_mode)) r = S_dir(names[i], o, fn, ctx, depth + 1);
            else if (S_is_input(names[i]))
                r = S_file(names[i], o, fn, ctx);
        }
        if (r < 0) fails = -1;
        else if (fails >= 0) fails += r;
        free(names[i]);
    }
    free(names);
    return fails;
}

long cli_read(const char *path, const cli_opts *o, cli_item_fn fn, void *ctx)
{
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return S_dir(path, o, fn, ctx, 0);
    return S_file(path, o, fn, ctx);
}
