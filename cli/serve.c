/*
 * serve.c -- `depeche serve`: a local web page over the SQLite store of
 * `depeche ingest` (libmicrohttpd, a thread pool, one read-only SQLite
 * connection per worker thread).  Routes: /api/... (serve_api.c,
 * serve_doc.c; docs/API.md), /vendor/NAME/... (the page's npm packages,
 * from node_modules), everything else from the asset folder (web/).
 * Only GET and HEAD; binds 127.0.0.1 unless told otherwise; no path
 * outside the asset folders is ever opened.
 */
#include "cli.h"
#include "serve.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char S_help[] =
    "usage: depeche serve [--db PATH] [--port N] [--host ADDR] [--assets DIR]\n"
    "                     [--node-modules DIR] [--threads N]\n"
    "\n"
    "Serves a web page to explore the events of a database made by\n"
    "`depeche ingest` (default out/depeche.db): a map, a timeline, filters,\n"
    "a table, exports, and each article with its annotations.  JSON API:\n"
    "docs/API.md.  The database is opened read-only.\n"
    "\n"
    "options:\n"
    "  --port N            TCP port (default 8080; 0 picks a free one)\n"
    "  --host ADDR         address to bind (default 127.0.0.1; IPv4 or IPv6)\n"
    "  --assets DIR        the page's files (default: web/ beside build/)\n"
    "  --node-modules DIR  npm packages of the page (default: node_modules/\n"
    "                      beside the asset folder)\n"
    "  --threads N         worker threads (default: the CPUs, 2 to 8)\n"
    "  --no-snapshot       filter the store's events table directly instead of\n"
    "                      a compact copy made in memory at start\n"
    "\n"
    "The events are read once at start: restart the server after an ingest.\n"
    "Prints \"listening on http://HOST:PORT/\" on stdout once ready; stops on\n"
    "SIGINT or SIGTERM.  Exit status: 0 stopped, 2 usage, database or socket\n"
    "error.\n";

typedef struct S_mount {
    const char *prefix;   /* URL prefix, ends with '/'                        */
    const char *sub;      /* folder under node_modules, "" for the assets     */
    char root[PATH_MAX];  /* its real path ("" when absent)                   */
} S_mount;

static S_mount S_mounts[] = {
    {"/vendor/leaflet/", "leaflet/dist", ""},
    {"/vendor/topojson-client/", "topojson-client/src", ""},
    {"/vendor/world-atlas/", "world-atlas", ""},
    {"/", "", ""},
};
enum { S_NMOUNTS = sizeof S_mounts / sizeof S_mounts[0] };

static sv_ctx S_ctx;
static unsigned char *S_snap;     /* serve_snap.c's buffer, or NULL        */
static sqlite3_int64 S_snap_size;

/* ---- One read-only connection per worker thread ------------------------------- */
static _Thread_local sqlite3 *S_tdb;
static pthread_mutex_t S_dbs_lock = PTHREAD_MUTEX_INITIALIZER;
static sqlite3 **S_dbs;
static size_t S_ndbs;

static sqlite3 *S_open(const char *path)
{
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 2000);
    return db;
}

static sqlite3 *S_thread_db(void)
{
    if (S_tdb) return S_tdb;
    sqlite3 *db = S_open(S_ctx.db_path);
    if (!db) return NULL;
    if (S_snap && sv_snapshot_attach(db, S_snap, S_snap_size)) {
        sqlite3_close(db);
        return NULL;
    }
    pthread_mutex_lock(&S_dbs_lock);
    sqlite3 **p = realloc(S_dbs, (S_ndbs + 1) * sizeof *p);
    if (p) {
        S_dbs = p;
        S_dbs[S_ndbs++] = db;
    }
    pthread_mutex_unlock(&S_dbs_lock);
    if (!p) { sqlite3_close(db); return NULL; }
    return S_tdb = db;
}

static void S_close_all(void)
{
    for (size_t i = 0; i < S_ndbs; i++) sqlite3_close(S_dbs[i]);
    free(S_dbs);
    S_dbs = NULL;
    S_ndbs = 0;
}

/* ---- Answers -------------------------------------------------------------------- */
static void S_common_headers(struct MHD_Response *r)
{
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
}

static enum MHD_Result S_send_buf(struct MHD_Connection *c, int status, sv_buf *b, const char *ctype,
                                  const char *disposition)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(b->n, b->p, MHD_RESPMEM_MUST_FREE);
    if (!r) { sv_buf_free(b); return MHD_NO; }
    b->p = NULL;
    b->n = b->cap = 0;
    S_common_headers(r);
    MHD_add_response_header(r, "Content-Type", ctype);
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (disposition) MHD_add_response_header(r, "Content-Disposition", disposition);
    if (status == 405) MHD_add_response_header(r, "Allow", "GET, HEAD");
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)status, r);
    MHD_destroy_response(r);
    return ret;
}

static enum MHD_Result S_send_error(struct MHD_Connection *c, int status, const char *msg)
{
    sv_buf b = {0};
    sv_error(&b, status, msg);
    if (b.oom) return MHD_NO;
    return S_send_buf(c, status, &b, "application/json", NULL);
}

/* ---- Query parameters -------------------------------------------------------------- */
typedef struct S_args {
    sq_query q;
    char err[SQ_ERR];
    int bad;
} S_args;

static enum MHD_Result S_arg(void *cls, enum MHD_ValueKind kind, const char *key, size_t klen,
                             const char *val, size_t vlen)
{
    S_args *a = cls;
    if (a->bad) return MHD_NO;
    if (strlen(key) != klen) {
        snprintf(a->err, sizeof a->err, "malformed parameter name");
        a->bad = 1;
    } else if (sq_set(&a->q, key, val ? val : "", val ? vlen : 0, a->err)) {
        a->bad = 1;
    }
    return a->bad ? MHD_NO : MHD_YES;
}

/* ---- The API ---------------------------------------------------------------------- */
static enum MHD_Result S_api(struct MHD_Connection *c, const char *url)
{
    S_args a;
    sq_init(&a.q);
    a.bad = 0;
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, S_arg, &a);
    if (a.bad) return S_send_error(c, 400, a.err);
    sqlite3 *db = S_thread_db();
    if (!db) return S_send_error(c, 500, "cannot open the database");
    sv_buf b = {0};
    const char *ctype = "application/json", *disp = NULL;
    int status;
    if (!strcmp(url, "/api/events")) status = sv_api_events(db, &a.q, &b);
    else if (!strcmp(url, "/api/clusters")) status = sv_api_clusters(db, &a.q, &b);
    else if (!strcmp(url, "/api/stats")) status = sv_api_stats(db, &a.q, &b);
    else if (!strcmp(url, "/api/meta")) status = sv_api_meta(db, &S_ctx, &b);
    else if (!strcmp(url, "/api/export")) {
        status = sv_api_export(db, &a.q, &b, &ctype);
        if (status == 200)
            disp = a.q.format == SQ_FMT_CSV       ? "attachment; filename=\"depeche-events.csv\""
                 : a.q.format == SQ_FMT_GEOJSON ? "attachment; filename=\"depeche-events.geojson\""
                                                 : "attachment; filename=\"depeche-events.json\"";
    } else if (!strcmp(url, "/api/documents")) {
        status = sv_api_documents(db, &S_ctx, &a.q, &b);
    } else if (!strncmp(url, "/api/documents/", 15) && url[15]) {
        status = sv_api_document(db, &S_ctx, url + 15, &b);
    } else {
        status = sv_error(&b, 404, "no such API endpoint (see docs/API.md)");
    }
    if (b.oom) { sv_buf_free(&b); return S_send_error(c, 500, "out of memory"); }
    return S_send_buf(c, status, &b, ctype, disp);
}

/* ---- Static files ------------------------------------------------------------------ */
/* A safe relative path: segments of [A-Za-z0-9._-], none empty, none that
 * starts with a dot (no "..", no hidden files).                             */
static int S_safe_rel(const char *p)
{
    if (!*p) return 0;
    for (const char *s = p; *s;) {
        if (*s == '.' || *s == '/') return 0;
        while (*s && *s != '/') {
            char ch = *s++;
            if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                  ch == '.' || ch == '_' || ch == '-'))
                return 0;
        }
        if (*s == '/') s++;
    }
    return p[strlen(p) - 1] != '/';
}

static const char *S_ctype(const char *path)
{
    static const struct { const char *ext, *type; } types[] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
        {".ico", "image/x-icon"}, {".map", "application/json"}, {".txt", "text/plain; charset=utf-8"},
    };
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (!strcmp(dot, types[i].ext)) return types[i].type;
    return "application/octet-stream";
}

/* Opens REL under ROOT when its real path stays inside ROOT (a symbolic
 * link that leads out is refused); -1 otherwise.                          */
static int S_open_under(const char *root, const char *rel, struct stat *st)
{
    char path[PATH_MAX], real[PATH_MAX];
    if (!root[0] || snprintf(path, sizeof path, "%s/%s", root, rel) >= (int)sizeof path) return -1;
    if (!realpath(path, real)) return -1;
    size_t n = strlen(root);
    if (strncmp(real, root, n) || real[n] != '/') return -1;
    int fd = open(real, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    if (fstat(fd, st) || !S_ISREG(st->st_mode)) { close(fd); return -1; }
    return fd;
}

static enum MHD_Result S_static(struct MHD_Connection *c, const char *url)
{
    if (!strcmp(url, "/")) url = "/index.html";
    for (int i = 0; i < S_NMOUNTS; i++) {
        const S_mount *m = &S_mounts[i];
        size_t n = strlen(m->prefix);
        if (strncmp(url, m->prefix, n)) continue;
        const char *rel = url + n;
        if (!S_safe_rel(rel)) return S_send_error(c, 404, "not found");
        struct stat st;
        int fd = S_open_under(m->root, rel, &st);
        if (fd < 0) return S_send_error(c, 404, "not found");
        struct MHD_Response *r = MHD_create_response_from_fd64((uint64_t)st.st_size, fd);
        if (!r) { close(fd); return MHD_NO; }
        S_common_headers(r);
        MHD_add_response_header(r, "Content-Type", S_ctype(rel));
        MHD_add_response_header(r, "Cache-Control", "no-cache");
        enum MHD_Result ret = MHD_queue_response(c, MHD_HTTP_OK, r);
        MHD_destroy_response(r);
        return ret;
    }
    return S_send_error(c, 404, "not found");
}

/* Percent-decodes the path and the arguments in place, like MHD's own,
 * except that %00 becomes 0x01: a NUL would cut the C string MHD hands
 * over ("/index.html%00.css"), 0x01 is refused by the path and argument
 * checks instead.                                                            */
static size_t S_unescape(void *cls, struct MHD_Connection *c, char *s)
{
    static const char hex[] = "0123456789abcdef0123456789ABCDEF";
    char *w = s;
    for (const char *r = s; *r; r++) {
        const char *h, *l;
        if (r[0] == '%' && r[1] && r[2] && (h = strchr(hex, r[1])) && (l = strchr(hex, r[2]))) {
            int v = (int)((h - hex) % 16) * 16 + (int)((l - hex) % 16);
            *w++ = (char)(v ? v : 1);
            r += 2;
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
    return (size_t)(w - s);
}

static enum MHD_Result S_handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                const char *version, const char *upload, size_t *upload_size, void **state)
{
    if (strcmp(method, MHD_HTTP_METHOD_GET) && strcmp(method, MHD_HTTP_METHOD_HEAD))
        return S_send_error(c, 405, "only GET and HEAD");
    if (*upload_size) {  /* a GET with a body: ignore it */
        *upload_size = 0;
        return MHD_YES;
    }
    if (!strncmp(url, "/api/", 5)) return S_api(c, url);
    return S_static(c, url);
}

/* ---- Start ----------------------------------------------------------------------- */
static int S_mount_roots(const char *assets, const char *modules)
{
    char tmp[PATH_MAX];
    for (int i = 0; i < S_NMOUNTS; i++) {
        S_mount *m = &S_mounts[i];
        int n = m->sub[0] ? snprintf(tmp, sizeof tmp, "%s/%s", modules, m->sub)
                          : snprintf(tmp, sizeof tmp, "%s", assets);
        if (n < 0 || (size_t)n >= sizeof tmp || !realpath(tmp, m->root)) {
            m->root[0] = 0;
            if (!m->sub[0]) {
                cli_error(assets, 0, "asset folder not found (--assets DIR)");
                return -1;
            }
            fprintf(stderr, "depeche serve: warning: %s not found: the map needs npm packages "
                            "(scripts/deps.sh npm)\n", tmp);
        }
    }
    return 0;
}

/* web/ beside the folder of the executable (build/depeche -> web/), else ./web */
static void S_default_assets(char out[PATH_MAX])
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *dir = dirname(exe);
        snprintf(out, PATH_MAX, "%.4000s/../web", dir);
        char probe[PATH_MAX + 16];
        snprintf(probe, sizeof probe, "%s/index.html", out);
        if (access(probe, R_OK) == 0) return;
    }
    snprintf(out, PATH_MAX, "web");
}

static int S_check_db(const char *path)
{
    sqlite3 *db = S_open(path);
    if (!db) {
        cli_error(path, 0, "cannot open the database read-only (make it with `depeche ingest --db %s`)", path);
        return -1;
    }
    sqlite3_stmt *s = NULL;
    int ok = sqlite3_prepare_v2(db, "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id",
                                -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    if (!ok) cli_error(path, 0, "not a depeche database: %s", sqlite3_errmsg(db));
    else sv_schema_read(db, &S_ctx.schema);
    sqlite3_close(db);
    return ok ? 0 : -1;
}

typedef struct S_opts {
    const char *db, *host, *assets, *modules;
    long port, threads;
    int no_snapshot;
} S_opts;

static int S_parse(int argc, char **argv, S_opts *o)
{
    static const struct option lo[] = {
        {"db", required_argument, 0, 'b'}, {"port", required_argument, 0, 'p'},
        {"host", required_argument, 0, 'H'}, {"assets", required_argument, 0, 'a'},
        {"node-modules", required_argument, 0, 'n'}, {"threads", required_argument, 0, 't'},
        {"no-snapshot", no_argument, 0, 'N'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
        switch (c) {
        case 'b': o->db = optarg; break;
        case 'H': o->host = optarg; break;
        case 'a': o->assets = optarg; break;
        case 'n': o->modules = optarg; break;
        case 'N': o->no_snapshot = 1; break;
        case 'p':
        case 't': {
            long v = strtol(optarg, &end, 10);
            long lo_v = c == 'p' ? 0 : 1, hi = c == 'p' ? 65535 : 64;
            if (*end || end == optarg || v < lo_v || v > hi) {
                fprintf(stderr, "depeche serve: --%s needs a number from %ld to %ld\n",
                        c == 'p' ? "port" : "threads", lo_v, hi);
                return CLI_USAGE;
            }
            if (c == 'p') o->port = v;
            else o->threads = v;
            break;
        }
        case 'h': fputs(S_help, stdout); return -1;
        default: fputs(S_help, stderr); return CLI_USAGE;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "depeche serve: unexpected argument '%s'\n\n%s", argv[optind], S_help);
        return CLI_USAGE;
    }
    return 0;
}

static struct MHD_Daemon *S_start(const S_opts *o, unsigned threads, char *shown, size_t cap)
{
    struct sockaddr_in v4 = {0};
    struct sockaddr_in6 v6 = {0};
    struct sockaddr *sa;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    if (inet_pton(AF_INET, o->host, &v4.sin_addr) == 1) {
        v4.sin_family = AF_INET;
        v4.sin_port = htons((uint16_t)o->port);
        sa = (struct sockaddr *)&v4;
    } else if (inet_pton(AF_INET6, o->host, &v6.sin6_addr) == 1) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons((uint16_t)o->port);
        sa = (struct sockaddr *)&v6;
        flags |= MHD_USE_IPv6;
    } else {
        fprintf(stderr, "depeche serve: --host '%s' is not an IPv4 or IPv6 address\n", o->host);
        return NULL;
    }
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)o->port, NULL, NULL, S_handle, NULL, MHD_OPTION_SOCK_ADDR, sa,
        MHD_OPTION_THREAD_POOL_SIZE, threads, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)512, MHD_OPTION_UNESCAPE_CALLBACK, S_unescape, NULL,
        MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "depeche serve: cannot listen on %s port %ld: %s\n", o->host, o->port, strerror(errno));
        return NULL;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    unsigned port = info ? info->port : (unsigned)o->port;
    snprintf(shown, cap, strchr(o->host, ':') ? "http://[%s]:%u/" : "http://%s:%u/", o->host, port);
    return d;
}

int cli_serve(int argc, char **argv)
{
    S_opts o = {.db = "out/depeche.db", .host = "127.0.0.1", .port = 8080};
    int r = S_parse(argc, argv, &o);
    if (r) return r < 0 ? CLI_OK : r;
    char assets[PATH_MAX], modules[PATH_MAX];
    if (o.assets) snprintf(assets, sizeof assets, "%s", o.assets);
    else S_default_assets(assets);
    if (o.modules) snprintf(modules, sizeof modules, "%s", o.modules);
    else snprintf(modules, sizeof modules, "%.4000s/../node_modules", assets);
    S_ctx.db_path = o.db;
    if (S_check_db(o.db) || S_mount_roots(assets, modules)) return CLI_USAGE;
    if (!o.no_snapshot) {
        char err[256];
        S_snap = sv_snapshot_build(o.db, &S_snap_size, err, sizeof err);
        if (!S_snap)
            fprintf(stderr, "depeche serve: warning: no in-memory copy of the events (%s): "
                            "reading the store\n", err);
        sv_api_use_snapshot(S_snap != NULL);
    }
    long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned threads = (unsigned)(o.threads ? o.threads : ncpu < 2 ? 2 : ncpu > 8 ? 8 : ncpu);
    /* the workers inherit this mask: only the main thread takes the signals */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);
    char shown[128];
    struct MHD_Daemon *d = S_start(&o, threads, shown, sizeof shown);
    if (!d) return CLI_USAGE;
    if (strcmp(o.host, "127.0.0.1") && strcmp(o.host, "::1"))
        fprintf(stderr, "depeche serve: warning: --host %s: the page is reachable from other machines\n", o.host);
    printf("depeche serve: %s (%u threads), listening on %s\n", o.db, threads, shown);
    fflush(stdout);
    int sig = 0;
    sigwait(&sigs, &sig);
    MHD_stop_daemon(d);
    S_close_all();
    sqlite3_free(S_snap);
    fprintf(stderr, "depeche serve: stopped\n");
    return CLI_OK;
}
