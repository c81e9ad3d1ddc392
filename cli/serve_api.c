/*
 * serve_api.c -- the list answers of `depeche serve`'s JSON API
 * (docs/API.md): events (filtered, paged), map clusters (a grid computed
 * here, so 100,000 events cost the page a few hundred markers), statistics
 * for the timeline and the facets, exports (CSV, GeoJSON).  Every filter
 * value is bound as an SQL parameter; the SQL text only holds names from
 * this file.
 */
#include "serve.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- The buffer ------------------------------------------------------------ */
static void S_reserve(sv_buf *b, size_t more)
{
    if (b->oom || b->n + more + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + more + 1) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) { b->oom = 1; return; }
    b->p = p;
    b->cap = cap;
}

void sv_put(sv_buf *b, const char *s, size_t n)
{
    S_reserve(b, n);
    if (b->oom) return;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

void sv_puts(sv_buf *b, const char *s) { sv_put(b, s, strlen(s)); }

void sv_printf(sv_buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) { sv_put(b, tmp, (size_t)n); return; }
    S_reserve(b, (size_t)n);
    if (b->oom) return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

void sv_json_str(sv_buf *b, const char *s, size_t n)
{
    sv_put(b, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') continue;
        sv_put(b, s + run, i - run);
        run = i + 1;
        if (c == '"') sv_put(b, "\\\"", 2);
        else if (c == '\\') sv_put(b, "\\\\", 2);
        else if (c == '\n') sv_put(b, "\\n", 2);
        else sv_printf(b, "\\u%04x", c);
    }
    sv_put(b, s + run, n - run);
    sv_put(b, "\"", 1);
}

void sv_json_harden(sv_buf *b)
{
    size_t extra = 0;
    for (size_t i = 0; i < b->n; i++)
        if (b->p[i] == '<' || b->p[i] == '>' || b->p[i] == '&') extra += 5;
    if (!extra || b->oom) return;
    S_reserve(b, extra);
    if (b->oom) return;
    size_t o = b->n + extra;
    b->p[o] = 0;
    for (size_t i = b->n; i-- > 0;) {
        char c = b->p[i];
        if (c == '<' || c == '>' || c == '&') {
            o -= 6;
            memcpy(b->p + o, c == '<' ? "\\u003c" : c == '>' ? "\\u003e" : "\\u0026", 6);
        } else {
            b->p[--o] = c;
        }
    }
    b->n += extra;
}

void sv_buf_free(sv_buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

int sv_error(sv_buf *out, int status, const char *msg)
{
    out->n = 0;
    sv_puts(out, "{\"error\":");
    sv_json_str(out, msg, strlen(msg));
    sv_printf(out, ",\"status\":%d}", status);
    return status;
}

static int S_dberr(sqlite3 *db, sv_buf *out)
{
    char msg[200];
    snprintf(msg, sizeof msg, "database: %s", sqlite3_errmsg(db));
    return sv_error(out, 500, msg);
}

/* ---- Filters: the WHERE clause and its parameters ------------------------------ */
static int S_snap;  /* read the snapshot fast.ev (serve_snap.c)         */

void sv_api_use_snapshot(int on) { S_snap = on; }


/* BY_DATE: the rows are wanted in date order, a page at a time: the type
 * test is written +e.event so that SQLite walks the date index and stops
 * at the page's end rather than sorting every event of the types.         */
static void S_where(sv_buf *sql, const sq_query *q, int by_date)
{
    static const char like_actor[] =
        " AND (e.actor LIKE :actor ESCAPE '\\' OR e.actor_code LIKE :actor ESCAPE '\\'"
        " OR e.recipient LIKE :actor ESCAPE '\\' OR e.recipient_code LIKE :actor ESCAPE '\\')";
    static const char like_q[] =
        " AND (e.trigger LIKE :q ESCAPE '\\' OR e.sentence LIKE :q ESCAPE '\\'"
        " OR e.place LIKE :q ESCAPE '\\' OR e.actor LIKE :q ESCAPE '\\'"
        " OR e.recipient LIKE :q ESCAPE '\\' OR e.event LIKE :q ESCAPE '\\')";
    /* a month or a year overlaps the range when its prefix does */
    if (q->from[0]) sv_puts(sql, " AND e.date >= substr(:from, 1, length(e.date))");
    if (q->to[0]) sv_puts(sql, " AND substr(e.date, 1, 10) <= :to");
    if (q->types) {
        const char *sep = by_date ? " AND +e.event IN (" : " AND e.event IN (";
        for (int i = 0; i < SQ_MAX_TYPES; i++)
            if (q->types & (1u << i)) {
                sv_printf(sql, "%s'%s'", sep, sq_type_name(i));
                sep = ",";
            }
        sv_puts(sql, ")");
    }
    for (int i = 0; i < q->ncountries; i++)
        sv_printf(sql, "%s:c%d", i ? "," : " AND e.country IN (", i);
    if (q->ncountries) sv_puts(sql, ")");
    if (q->actor[0]) sv_puts(sql, like_actor);
    /* the snapshot joins those columns in one (serve_snap.c); q holds no
     * control character, so no match spans two of them                 */
    if (q->q[0]) sv_puts(sql, S_snap ? " AND e.search LIKE :q ESCAPE '\\'" : like_q);
    if (q->doc[0]) sv_puts(sql, " AND e.doc_id = :doc");
    if (q->id[0]) sv_puts(sql, " AND e.id = :id");
    if (q->has_bbox) {
        sv_puts(sql, " AND e.lat BETWEEN :south AND :north");
        sv_puts(sql, q->west <= q->east ? " AND e.lon BETWEEN :west AND :east"
                                        : " AND (e.lon >= :west OR e.lon <= :east)");
    }
}

static void S_bind_text(sqlite3_stmt *s, const char *name, const char *v)
{
    int i = sqlite3_bind_parameter_index(s, name);
    if (i) sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

/* Binds parameter I to "%V%" with LIKE's wildcards in V escaped (ESCAPE '\\'). */
void sv_bind_like(sqlite3_stmt *s, int i, const char *v)
{
    char pat[2 * SQ_MAX_TEXT + 3];
    size_t o = 0;
    pat[o++] = '%';
    for (; *v; v++) {
        if (*v == '%' || *v == '_' || *v == '\\') pat[o++] = '\\';
        pat[o++] = *v;
    }
    pat[o++] = '%';
    pat[o] = 0;
    sqlite3_bind_text(s, i, pat, -1, SQLITE_TRANSIENT);
}

static void S_bind_like(sqlite3_stmt *s, const char *name, const char *v)
{
    int i = sqlite3_bind_parameter_index(s, name);
    if (i) sv_bind_like(s, i, v);
}

static void S_bind_num(sqlite3_stmt *s, const char *name, double v)
{
    int i = sqlite3_bind_parameter_index(s, name);
    if (i) sqlite3_bind_double(s, i, v);
}

static void S_bind_where(sqlite3_stmt *s, const sq_query *q)
{
    S_bind_text(s, ":from", q->from);
    S_bind_text(s, ":to", q->to);
    for (int i = 0; i < q->ncountries; i++) {
        char name[16];
        snprintf(name, sizeof name, ":c%d", i);
        S_bind_text(s, name, q->countries[i]);
    }
    if (q->actor[0]) S_bind_like(s, ":actor", q->actor);
    if (q->q[0]) S_bind_like(s, ":q", q->q);
    S_bind_text(s, ":doc", q->doc);
    S_bind_text(s, ":id", q->id);
    if (q->has_bbox) {
        S_bind_num(s, ":south", q->south);
        S_bind_num(s, ":north", q->north);
        S_bind_num(s, ":west", q->west);
        S_bind_num(s, ":east", q->east);
    }
}

/* Prepares HEAD + the filters + TAIL; NULL (with *status set) on failure.  */
static sqlite3_stmt *S_prepare(sqlite3 *db, const sq_query *q, const char *head, const char *tail,
                               int by_date, sv_buf *out, int *status)
{
    sv_buf sql = {0};
    sv_puts(&sql, head);
    sv_puts(&sql, S_snap ? " FROM fast.ev e WHERE 1" : " FROM events e WHERE 1");
    S_where(&sql, q, by_date);
    sv_puts(&sql, tail);
    sqlite3_stmt *s = NULL;
    if (sql.oom) *status = sv_error(out, 500, "out of memory");
    else if (sqlite3_prepare_v2(db, sql.p, -1, &s, NULL) != SQLITE_OK) *status = S_dberr(db, out);
    else S_bind_where(s, q);
    sv_buf_free(&sql);
    return s;
}

/* ---- Rows as JSON -------------------------------------------------------------- */
static void S_value(sv_buf *b, sqlite3_stmt *s, int i)
{
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_INTEGER: sv_printf(b, "%lld", (long long)sqlite3_column_int64(s, i)); break;
    case SQLITE_FLOAT: sv_printf(b, "%.8g", sqlite3_column_double(s, i)); break;
    case SQLITE_NULL: sv_puts(b, "null"); break;
    default:
        sv_json_str(b, (const char *)sqlite3_column_text(s, i), (size_t)sqlite3_column_bytes(s, i));
    }
}

static void S_row_object(sv_buf *b, sqlite3_stmt *s, int from)
{
    int n = sqlite3_column_count(s);
    sv_puts(b, "{");
    for (int i = from; i < n; i++) {
        const char *name = sqlite3_column_name(s, i);
        if (i > from) sv_puts(b, ",");
        sv_json_str(b, name, strlen(name));
        sv_puts(b, ":");
        S_value(b, s, i);
    }
    sv_puts(b, "}");
}

#define S_COLS_COMMON \
    "e.id, e.doc_id, e.date, e.date_precision, e.event, e.cameo, e.acled_type, e.acled_sub," \
    " e.country, e.place, e.lat, e.lon, e.actor, e.actor_code, e.recipient, e.recipient_code," \
    " e.dead, e.injured, e.trigger, e.sentence, e.confidence,"
static const char S_cols_store[] = S_COLS_COMMON
    " (SELECT d.title FROM documents d WHERE d.id = e.doc_id) AS title,"
    " (SELECT d.url FROM documents d WHERE d.id = e.doc_id) AS url";
static const char S_cols_snap[] = S_COLS_COMMON " e.title, e.url";
#define S_cols (S_snap ? S_cols_snap : S_cols_store)

static long S_count(sqlite3 *db, const sq_query *q, sv_buf *out, int *status)
{
    sqlite3_stmt *s = S_prepare(db, q, "SELECT count(*)", "", 0, out, status);
    if (!s) return -1;
    long n = -1;
    if (sqlite3_step(s) == SQLITE_ROW) n = (long)sqlite3_column_int64(s, 0);
    else *status = S_dberr(db, out);
    sqlite3_finalize(s);
    return n;
}

/* Steps S to the end, writing each row with ROW; 0 or an error status.    */
static int S_rows(sqlite3 *db, sqlite3_stmt *s, sv_buf *out, void (*row)(sv_buf *, sqlite3_stmt *, long))
{
    int rc;
    long k = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW && !out->oom) row(out, s, k++);
    if (out->oom) return sv_error(out, 500, "out of memory");
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : S_dberr(db, out);
}

static void S_event_row(sv_buf *b, sqlite3_stmt *s, long k)
{
    if (k) sv_puts(b, ",");
    S_row_object(b, s, 0);
}

int sv_api_events(sqlite3 *db, const sq_query *q, sv_buf *out)
{
    int status = 200;
    long total = S_count(db, q, out, &status);
    if (total < 0) return status;
    sv_buf head = {0};
    sv_printf(&head, "SELECT %s", S_cols);
    char tail[160];
    /* undated events last: NULL sorts first in SQLite, so last when DESC */
    snprintf(tail, sizeof tail, " ORDER BY e.date %s, e.id %s LIMIT %ld OFFSET %ld",
             q->desc ? "DESC" : "ASC NULLS LAST", q->desc ? "DESC" : "ASC", q->limit, q->offset);
    sqlite3_stmt *s = head.oom ? NULL : S_prepare(db, q, head.p, tail, 1, out, &status);
    sv_buf_free(&head);
    if (!s) return status == 200 ? sv_error(out, 500, "out of memory") : status;
    sv_printf(out, "{\"total\":%ld,\"limit\":%ld,\"offset\":%ld,\"events\":[", total, q->limit, q->offset);
    status = S_rows(db, s, out, S_event_row);
    sqlite3_finalize(s);
    if (status) return status;
    sv_puts(out, "]}");
    return out->oom ? sv_error(out, 500, "out of memory") : 200;
}

/* ---- Clusters: a grid of cells about 64 pixels wide at the zoom level ---------- */
typedef struct S_cell {
    long long key;       /* 0: empty slot                                   */
    long n;
    double lat, lon;     /* sums                                             */
    long types[SQ_MAX_TYPES + 1];
    char *id;            /* the first event's id                             */
} S_cell;

typedef struct S_grid {
    S_cell *c;
    size_t cap, used;
} S_grid;

static S_cell *S_grid_find(S_grid *g, long long key)
{
    if (g->used * 2 >= g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 256;
        S_cell *c = calloc(cap, sizeof *c);
        if (!c) return NULL;
        for (size_t i = 0; i < g->cap; i++) {
            if (!g->c[i].key) continue;
            size_t h = (size_t)(g->c[i].key * 0x9E3779B97F4A7C15ULL) & (cap - 1);
            while (c[h].key) h = (h + 1) & (cap - 1);
            c[h] = g->c[i];
        }
        free(g->c);
        g->c = c;
        g->cap = cap;
    }
    size_t h = (size_t)((unsigned long long)key * 0x9E3779B97F4A7C15ULL) & (g->cap - 1);
    while (g->c[h].key && g->c[h].key != key) h = (h + 1) & (g->cap - 1);
    if (!g->c[h].key) {
        g->c[h].key = key;
        g->used++;
    }
    return &g->c[h];
}

static int S_type_index(const char *t)
{
    for (int i = 0; t && i < SQ_MAX_TYPES; i++)
        if (!strcmp(t, sq_type_name(i))) return i;
    return SQ_MAX_TYPES;
}

static void S_cluster_out(sv_buf *out, const S_cell *c, int *first)
{
    int best = 0;
    for (int t = 1; t <= SQ_MAX_TYPES; t++)
        if (c->types[t] > c->types[best]) best = t;
    const char *type = best < SQ_MAX_TYPES ? sq_type_name(best) : "OTHER";
    sv_printf(out, "%s{\"lat\":%.6f,\"lon\":%.6f,\"n\":%ld,\"type\":\"%s\"", *first ? "" : ",",
              c->lat / (double)c->n, c->lon / (double)c->n, c->n, type);
    if (c->n == 1 && c->id) {
        sv_puts(out, ",\"id\":");
        sv_json_str(out, c->id, strlen(c->id));
    }
    sv_puts(out, "}");
    *first = 0;
}

int sv_api_clusters(sqlite3 *db, const sq_query *q, sv_buf *out)
{
    int status = 200;
    sqlite3_stmt *s = S_prepare(db, q, "SELECT e.lat, e.lon, e.event, e.id",
                                " AND e.lat IS NOT NULL AND e.lon IS NOT NULL", 0, out, &status);
    if (!s) return status;
    double cell = 360.0 / (4.0 * (double)(1L << q->zoom));
    S_grid g = {0};
    long located = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        double lat = sqlite3_column_double(s, 0), lon = sqlite3_column_double(s, 1);
        long long cx = (long long)floor((lon + 180.0) / cell), cy = (long long)floor((lat + 90.0) / cell);
        S_cell *c = S_grid_find(&g, 1 + cx + cy * 1000003LL);
        if (!c) { status = sv_error(out, 500, "out of memory"); break; }
        c->n++;
        c->lat += lat;
        c->lon += lon;
        c->types[S_type_index((const char *)sqlite3_column_text(s, 2))]++;
        if (!c->id) c->id = strdup((const char *)sqlite3_column_text(s, 3));
        located++;
    }
    if (status == 200 && rc != SQLITE_DONE) status = S_dberr(db, out);
    sqlite3_finalize(s);
    if (status == 200) {
        sv_printf(out, "{\"located\":%ld,\"zoom\":%d,\"cell_deg\":%.6f,\"clusters\":[", located, q->zoom, cell);
        int first = 1;
        for (size_t i = 0; i < g.cap; i++)
            if (g.c[i].key) S_cluster_out(out, &g.c[i], &first);
        sv_puts(out, "]}");
    }
    for (size_t i = 0; i < g.cap; i++) free(g.c[i].id);
    free(g.c);
    if (status == 200 && out->oom) status = sv_error(out, 500, "out of memory");
    return status;
}

/* ---- Statistics: one scan, counted in hash tables ------------------------------- */
typedef struct S_cnt {
    char *key;
    long n;
} S_cnt;

typedef struct S_map {
    S_cnt *c;
    size_t cap, used;
    int oom;
} S_map;

static size_t S_hash(const char *k, size_t n)
{
    size_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 1099511628211ULL;
    return h;
}

static void S_map_add(S_map *m, const char *k, size_t n)
{
    if (m->oom) return;
    if (m->used * 2 >= m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64;
        S_cnt *c = calloc(cap, sizeof *c);
        if (!c) { m->oom = 1; return; }
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->c[i].key) continue;
            size_t h = S_hash(m->c[i].key, strlen(m->c[i].key)) & (cap - 1);
            while (c[h].key) h = (h + 1) & (cap - 1);
            c[h] = m->c[i];
        }
        free(m->c);
        m->c = c;
        m->cap = cap;
    }
    size_t h = S_hash(k, n) & (m->cap - 1);
    while (m->c[h].key && (strncmp(m->c[h].key, k, n) || m->c[h].key[n])) h = (h + 1) & (m->cap - 1);
    if (!m->c[h].key) {
        if (!(m->c[h].key = strndup(k, n))) { m->oom = 1; return; }
        m->used++;
    }
    m->c[h].n++;
}

static void S_map_free(S_map *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->c[i].key);
    free(m->c);
}

static int S_by_count(const void *a, const void *b)
{
    const S_cnt *x = a, *y = b;
    return x->n != y->n ? (x->n < y->n ? 1 : -1) : strcmp(x->key, y->key);
}

static int S_by_key(const void *a, const void *b)
{
    return strcmp(((const S_cnt *)a)->key, ((const S_cnt *)b)->key);
}

/* ,"NAME":[[key, n], ...] sorted by count (BY_COUNT) or key, LIMIT at most */
static void S_map_out(sv_buf *out, const char *name, S_map *m, int by_count, size_t limit)
{
    size_t k = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->c[i].key) m->c[k++] = m->c[i];  /* compacts: the map is done */
    qsort(m->c, k, sizeof *m->c, by_count ? S_by_count : S_by_key);
    for (size_t i = k; i < m->cap; i++) m->c[i].key = NULL;
    sv_printf(out, ",\"%s\":[", name);
    for (size_t i = 0; i < k && i < limit; i++) {
        sv_puts(out, i ? ",[" : "[");
        sv_json_str(out, m->c[i].key, strlen(m->c[i].key));
        sv_printf(out, ",%ld]", m->c[i].n);
    }
    sv_puts(out, "]");
}

static long S_days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1, doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The Monday on or before the day DATE (YYYY-MM-DD) into OUT; 0 or -1.   */
static int S_monday(const char *date, char out[11])
{
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? date[i] != '-' : (date[i] < '0' || date[i] > '9')) return -1;
    long y = atol(date), m = atol(date + 5), d = atol(date + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    long z = S_days_from_civil(y, m, d);
    z -= ((z + 3) % 7 + 7) % 7;
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097, doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153, dd = doy - (153 * mp + 2) / 5 + 1, mm = mp + (mp < 10 ? 3 : -9);
    long yy = yoe + era * 400 + (mm <= 2);
    if (yy < 0 || yy > 9999) return -1;
    const long parts[3] = {yy, mm, dd};
    const int width[3] = {4, 2, 2};
    char *o = out;
    for (int p = 0; p < 3; p++) {
        for (int k = width[p] - 1; k >= 0; k--) {
            long v = parts[p];
            for (int j = 0; j < k; j++) v /= 10;
            *o++ = (char)('0' + v % 10);
        }
        *o++ = p < 2 ? '-' : 0;
    }
    return 0;
}

enum { S_TYPE, S_COUNTRY, S_DAY, S_WEEK, S_MONTH, S_DOCS, S_NMAPS };

static void S_stats_row(sqlite3_stmt *s, S_map *maps, char dmin[16], char dmax[16])
{
    const char *ev = (const char *)sqlite3_column_text(s, 0), *cc = (const char *)sqlite3_column_text(s, 1);
    const char *date = (const char *)sqlite3_column_text(s, 2), *doc = (const char *)sqlite3_column_text(s, 3);
    if (ev) S_map_add(&maps[S_TYPE], ev, strlen(ev));
    if (cc) S_map_add(&maps[S_COUNTRY], cc, strlen(cc));
    if (doc) S_map_add(&maps[S_DOCS], doc, strlen(doc));
    if (!date) return;
    size_t n = strlen(date);
    char week[11];
    if (n == 10) {
        S_map_add(&maps[S_DAY], date, 10);
        if (!S_monday(date, week)) S_map_add(&maps[S_WEEK], week, 10);
    }
    if (n >= 7) S_map_add(&maps[S_MONTH], date, 7);
    if (n < 16 && (!dmin[0] || strcmp(date, dmin) < 0)) memcpy(dmin, date, n + 1);
    if (n < 16 && (!dmax[0] || strcmp(date, dmax) > 0)) memcpy(dmax, date, n + 1);
}

int sv_api_stats(sqlite3 *db, const sq_query *q, sv_buf *out)
{
    int status = 200, rc, oom = 0;
    sqlite3_stmt *s = S_prepare(db, q, "SELECT e.event, e.country, e.date, e.doc_id, e.lat IS NOT NULL", "", 0,
                                out, &status);
    if (!s) return status;
    S_map maps[S_NMAPS] = {{0}};
    char dmin[16] = "", dmax[16] = "";
    long total = 0, located = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        total++;
        located += sqlite3_column_int(s, 4);
        S_stats_row(s, maps, dmin, dmax);
    }
    if (rc != SQLITE_DONE) status = S_dberr(db, out);
    sqlite3_finalize(s);
    for (int i = 0; i < S_NMAPS; i++) oom |= maps[i].oom;
    if (status == 200 && oom) status = sv_error(out, 500, "out of memory");
    if (status == 200) {
        sv_printf(out, "{\"total\":%ld,\"documents\":%zu,\"located\":%ld,\"date_min\":", total,
                  maps[S_DOCS].used, located);
        if (dmin[0]) sv_json_str(out, dmin, strlen(dmin)); else sv_puts(out, "null");
        sv_puts(out, ",\"date_max\":");
        if (dmax[0]) sv_json_str(out, dmax, strlen(dmax)); else sv_puts(out, "null");
        S_map_out(out, "by_type", &maps[S_TYPE], 1, (size_t)-1);
        S_map_out(out, "by_country", &maps[S_COUNTRY], 1, 300);
        S_map_out(out, "by_day", &maps[S_DAY], 0, (size_t)-1);
        S_map_out(out, "by_week", &maps[S_WEEK], 0, (size_t)-1);
        S_map_out(out, "by_month", &maps[S_MONTH], 0, (size_t)-1);
        sv_puts(out, "}");
    }
    for (int i = 0; i < S_NMAPS; i++) S_map_free(&maps[i]);
    if (status == 200 && out->oom) status = sv_error(out, 500, "out of memory");
    return status;
}

/* ---- Exports ------------------------------------------------------------------------ */
static void S_csv_field(sv_buf *b, sqlite3_stmt *s, int i)
{
    int t = sqlite3_column_type(s, i);
    if (t == SQLITE_NULL) return;
    if (t != SQLITE_TEXT) { S_value(b, s, i); return; }
    const char *v = (const char *)sqlite3_column_text(s, i);
    size_t n = (size_t)sqlite3_column_bytes(s, i);
    /* a spreadsheet must not read a cell as a formula */
    int formula = n && strchr("=+-@\t\r", v[0]);
    if (!formula && !memchr(v, ',', n) && !memchr(v, '"', n) && !memchr(v, '\n', n) && !memchr(v, '\r', n)) {
        sv_put(b, v, n);
        return;
    }
    sv_puts(b, formula ? "\"'" : "\"");
    for (size_t k = 0; k < n; k++) {
        if (v[k] == '"') sv_put(b, "\"", 1);
        sv_put(b, v + k, 1);
    }
    sv_puts(b, "\"");
}

static void S_csv_row(sv_buf *b, sqlite3_stmt *s, long k)
{
    int n = sqlite3_column_count(s);
    for (int i = 0; i < n; i++) {
        S_csv_field(b, s, i);
        sv_puts(b, i + 1 < n ? "," : "\r\n");
    }
}

static void S_geojson_row(sv_buf *b, sqlite3_stmt *s, long k)
{
    sv_puts(b, k ? ",\n{\"type\":\"Feature\",\"id\":" : "{\"type\":\"Feature\",\"id\":");
    S_value(b, s, 0);
    if (sqlite3_column_type(s, 10) == SQLITE_NULL || sqlite3_column_type(s, 11) == SQLITE_NULL)
        sv_puts(b, ",\"geometry\":null");
    else
        sv_printf(b, ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}",
                  sqlite3_column_double(s, 11), sqlite3_column_double(s, 10));
    sv_puts(b, ",\"properties\":");
    S_row_object(b, s, 0);
    sv_puts(b, "}");
}

int sv_api_export(sqlite3 *db, const sq_query *q, sv_buf *out, const char **ctype)
{
    int status = 200;
    sv_buf head = {0};
    sv_printf(&head, "SELECT %s", S_cols);
    sqlite3_stmt *s = head.oom ? NULL
                    : S_prepare(db, q, head.p, " ORDER BY e.date ASC NULLS LAST, e.id LIMIT 1000000",
                                0, out, &status);
    sv_buf_free(&head);
    if (!s) return status == 200 ? sv_error(out, 500, "out of memory") : status;
    if (q->format == SQ_FMT_GEOJSON) {
        *ctype = "application/geo+json";
        sv_puts(out, "{\"type\":\"FeatureCollection\",\"features\":[\n");
        status = S_rows(db, s, out, S_geojson_row);
        sv_puts(out, "\n]}\n");
    } else if (q->format == SQ_FMT_CSV) {
        *ctype = "text/csv; charset=utf-8";
        int n = sqlite3_column_count(s);
        for (int i = 0; i < n; i++) sv_printf(out, "%s%s", sqlite3_column_name(s, i), i + 1 < n ? "," : "\r\n");
        status = S_rows(db, s, out, S_csv_row);
    } else {
        *ctype = "application/json";
        sv_puts(out, "[");
        status = S_rows(db, s, out, S_event_row);
        sv_puts(out, "]");
    }
    sqlite3_finalize(s);
    if (status) {
        *ctype = "application/json";
        return status;
    }
    return out->oom ? sv_error(out, 500, "out of memory") : 200;
}
