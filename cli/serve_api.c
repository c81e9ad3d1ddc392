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

static void S_where(sv_buf *sql, const sq_query *q)
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
        const char *sep = " AND e.event IN (";
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
    if (q->q[0]) sv_puts(sql, like_q);
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

static void S_bind_like(sqlite3_stmt *s, const char *name, const char *v)
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
    S_bind_text(s, name, pat);
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
                               sv_buf *out, int *status)
{
    sv_buf sql = {0};
    sv_puts(&sql, head);
    sv_puts(&sql, S_snap ? " FROM fast.ev e WHERE 1" : " FROM events e WHERE 1");
    S_where(&sql, q);
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
    sqlite3_stmt *s = S_prepare(db, q, "SELECT count(*)", "", out, status);
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
    sqlite3_stmt *s = head.oom ? NULL : S_prepare(db, q, head.p, tail, out, &status);
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
                                " AND e.lat IS NOT NULL AND e.lon IS NOT NULL", out, &status);
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

/* ---- Statistics ------------------------------------------------------------------ */
/* One scan: the filtered rows are materialized once (a few narrow columns),
 * then grouped five ways; row 0 is the summary, rows of group G (1..5)
 * come in the order of S_groups[G - 1].                                    */
static const char S_stats_head[] =
    "WITH f AS MATERIALIZED (SELECT e.event AS event, e.country AS country, e.date AS date,"
    " e.doc_id AS doc_id, e.lat AS lat";
static const char S_stats_tail[] =
    ") SELECT 0, NULL, count(*), count(DISTINCT doc_id), count(lat), min(date), max(date) FROM f"
    " UNION ALL SELECT * FROM (SELECT 1, event, count(*), 0, 0, 0, 0 FROM f WHERE event IS NOT NULL"
    "  GROUP BY 2 ORDER BY 3 DESC, 2)"
    " UNION ALL SELECT * FROM (SELECT 2, country, count(*), 0, 0, 0, 0 FROM f WHERE country IS NOT NULL"
    "  GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT 300)"
    " UNION ALL SELECT * FROM (SELECT 3, date, count(*), 0, 0, 0, 0 FROM f WHERE length(date) = 10"
    "  GROUP BY 2 ORDER BY 2)"
    " UNION ALL SELECT * FROM (SELECT 4, date(date, '-6 days', 'weekday 1'), count(*), 0, 0, 0, 0 FROM f"
    "  WHERE length(date) = 10 GROUP BY 2 ORDER BY 2)"
    " UNION ALL SELECT * FROM (SELECT 5, substr(date, 1, 7), count(*), 0, 0, 0, 0 FROM f"
    "  WHERE length(date) >= 7 GROUP BY 2 ORDER BY 2)";
static const char *const S_groups[] = {"by_type", "by_country", "by_day", "by_week", "by_month"};

int sv_api_stats(sqlite3 *db, const sq_query *q, sv_buf *out)
{
    int status = 200, rc, group = 0;
    long k = 0;
    /* S_prepare puts the filters between HEAD's FROM and TAIL */
    sqlite3_stmt *s = S_prepare(db, q, S_stats_head, S_stats_tail, out, &status);
    if (!s) return status;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW && !out->oom) {
        int g = sqlite3_column_int(s, 0);
        if (g == 0) {
            sv_puts(out, "{\"total\":");
            S_value(out, s, 2);
            sv_puts(out, ",\"documents\":");
            S_value(out, s, 3);
            sv_puts(out, ",\"located\":");
            S_value(out, s, 4);
            sv_puts(out, ",\"date_min\":");
            S_value(out, s, 5);
            sv_puts(out, ",\"date_max\":");
            S_value(out, s, 6);
            continue;
        }
        for (; group < g && group < 5; group++, k = 0) sv_printf(out, "%s,\"%s\":[", group ? "]" : "", S_groups[group]);
        sv_puts(out, k++ ? ",[" : "[");
        S_value(out, s, 1);
        sv_puts(out, ",");
        S_value(out, s, 2);
        sv_puts(out, "]");
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) status = S_dberr(db, out);
    sqlite3_finalize(s);
    if (status != 200) return status;
    for (; group < 5; group++) sv_printf(out, "%s,\"%s\":[", group ? "]" : "", S_groups[group]);
    sv_puts(out, "]}");
    return out->oom ? sv_error(out, 500, "out of memory") : 200;
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
                    : S_prepare(db, q, head.p,  " ORDER BY e.date ASC NULLS LAST, e.id LIMIT 1000000",
                                out, &status);
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
