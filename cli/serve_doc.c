/*
 * serve_doc.c -- the one-document answer of `depeche serve`
 * (/api/documents/ID: the stored annotation, the article text and the
 * documents that duplicate it), the database summary (/api/meta) and the
 * detection of optional columns.  The text comes from documents.text when
 * the database stores it, else from the source file named in
 * documents.file (and line, for JSON Lines), read again and checked
 * against the stored id and size.
 */
#include "serve.h"

#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "depeche.h"

#define S_MAX_FILE (64L << 20)

static const char *S_col_text(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

static int S_has_column(sqlite3 *db, const char *table, const char *col)
{
    char sql[96];
    snprintf(sql, sizeof sql, "PRAGMA table_info(%s)", table);
    sqlite3_stmt *s;
    int found = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return 0;
    while (!found && sqlite3_step(s) == SQLITE_ROW)
        found = !strcmp((const char *)sqlite3_column_text(s, 1), col);
    sqlite3_finalize(s);
    return found;
}

void sv_schema_read(sqlite3 *db, sv_schema *sc)
{
    sc->doc_text = S_has_column(db, "documents", "text");
    sc->doc_dup = S_has_column(db, "documents", "duplicate_of");
}

static long S_scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s;
    long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(s) == SQLITE_ROW) v = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return v;
}

int sv_api_meta(sqlite3 *db, const sv_ctx *ctx, sv_buf *out)
{
    long docs = S_scalar(db, "SELECT count(*) FROM documents");
    long events = S_scalar(db, "SELECT count(*) FROM events");
    long located = S_scalar(db, "SELECT count(*) FROM events WHERE lat IS NOT NULL");
    if (docs < 0 || events < 0 || located < 0) return sv_error(out, 500, sqlite3_errmsg(db));
    sv_printf(out, "{\"version\":\"%s\",\"output_version\":%d,\"documents\":%ld,\"events\":%ld,"
                   "\"located\":%ld,\"text_stored\":%s,\"types\":[",
              DP_VERSION, DP_OUTPUT_VERSION, docs, events, located, ctx->schema.doc_text ? "true" : "false");
    for (int i = 0; i < SQ_MAX_TYPES; i++) sv_printf(out, "%s\"%s\"", i ? "," : "", sq_type_name(i));
    sv_puts(out, "]}");
    return out->oom ? sv_error(out, 500, "out of memory") : 200;
}

/* ---- The article text from its source file ------------------------------------ */
/* Reads PATH whole (at most S_MAX_FILE bytes); NULL when it cannot.        */
static char *S_slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *p = NULL;
    if (fseek(f, 0, SEEK_END) == 0) {
        long sz = ftell(f);
        if (sz >= 0 && sz <= S_MAX_FILE && fseek(f, 0, SEEK_SET) == 0 && (p = malloc((size_t)sz + 1))) {
            *n = fread(p, 1, (size_t)sz, f);
            p[*n] = 0;
            if (*n != (size_t)sz) { free(p); p = NULL; }
        }
    }
    fclose(f);
    return p;
}

/* The file FILE as given, or beside the database, or one folder up.       */
static char *S_find_file(const sv_ctx *ctx, const char *file, size_t *n)
{
    char *p = S_slurp(file, n);
    if (p || file[0] == '/') return p;
    char dbp[4096], path[8192];
    snprintf(dbp, sizeof dbp, "%s", ctx->db_path);
    const char *dir = dirname(dbp);
    snprintf(path, sizeof path, "%s/%s", dir, file);
    if ((p = S_slurp(path, n))) return p;
    snprintf(path, sizeof path, "%s/../%s", dir, file);
    return S_slurp(path, n);
}

/* Valid UTF-8 with every bad byte replaced by U+FFFD, as the library
 * counts it, so the stored code point offsets still hold.                 */
static json_t *S_repaired(const char *s, size_t n)
{
    sv_buf b = {0};
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t c;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &c);
        if (k <= 0) {
            sv_put(&b, "\xEF\xBF\xBD", 3);
            i++;
        } else {
            sv_put(&b, s + i, (size_t)k);
            i += (size_t)k;
        }
    }
    json_t *t = b.oom ? NULL : json_stringn(b.p ? b.p : "", b.n);
    sv_buf_free(&b);
    return t;
}

/* Line LINE (1-based) of the JSON Lines text P, its "text" when its "id"
 * is ID (or absent).                                                         */
static json_t *S_jsonl_text(const char *p, size_t n, long line, const char *id)
{
    size_t i = 0;
    for (long l = 1; l < line && i < n; l++) {
        const char *nl = memchr(p + i, '\n', n - i);
        if (!nl) return NULL;
        i = (size_t)(nl - p) + 1;
    }
    const char *nl = memchr(p + i, '\n', n - i);
    size_t end = nl ? (size_t)(nl - p) : n;
    json_error_t err;
    json_t *j = json_loadb(p + i, end - i, JSON_ALLOW_NUL, &err);
    json_t *jid = json_object_get(j, "id"), *t = json_object_get(j, "text"), *r = NULL;
    if (json_is_string(t) && (!json_is_string(jid) || !strcmp(json_string_value(jid), id)))
        r = json_incref(t);
    json_decref(j);
    return r;
}

/* The article text and where it came from ("file"), or NULL.            */
static json_t *S_file_text(const sv_ctx *ctx, const char *id, const char *file, long line, long bytes)
{
    size_t n = 0;
    char *p = file && file[0] && strcmp(file, "-") ? S_find_file(ctx, file, &n) : NULL;
    if (!p) return NULL;
    json_t *t = NULL;
    if (line > 0) t = S_jsonl_text(p, n, line, id);
    else if (bytes < 0 || (size_t)bytes == n) t = S_repaired(p, n);
    free(p);
    return t;
}

/* ---- /api/documents: the list --------------------------------------------------------- */
int sv_api_documents(sqlite3 *db, const sv_ctx *ctx, const sq_query *q, sv_buf *out)
{
    const char *dup = ctx->schema.doc_dup ? "d.duplicate_of" : "json_extract(d.json, '$.duplicate_of')";
    const char *where = q->q[0] ? " WHERE d.title LIKE ?1 ESCAPE '\\' OR d.id LIKE ?1 ESCAPE '\\'" : "";
    char sql[640];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM documents d%s", where);
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return sv_error(out, 500, sqlite3_errmsg(db));
    if (q->q[0]) sv_bind_like(s, 1, q->q);
    long total = sqlite3_step(s) == SQLITE_ROW ? (long)sqlite3_column_int64(s, 0) : -1;
    sqlite3_finalize(s);
    snprintf(sql, sizeof sql,
             "SELECT d.id, d.published, d.title, d.source, %s AS duplicate_of,"
             " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) AS events FROM documents d%s"
             " ORDER BY d.published DESC, d.id LIMIT %ld OFFSET %ld", dup, where, q->limit, q->offset);
    if (total < 0 || sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
        return sv_error(out, 500, sqlite3_errmsg(db));
    if (q->q[0]) sv_bind_like(s, 1, q->q);
    sv_printf(out, "{\"total\":%ld,\"limit\":%ld,\"offset\":%ld,\"documents\":[", total, q->limit, q->offset);
    for (long k = 0; sqlite3_step(s) == SQLITE_ROW; k++) {
        sv_puts(out, k ? ",{" : "{");
        for (int i = 0; i < 6; i++) {
            const char *name = sqlite3_column_name(s, i);
            sv_printf(out, "%s\"%s\":", i ? "," : "", name);
            if (sqlite3_column_type(s, i) == SQLITE_NULL) sv_puts(out, "null");
            else if (i == 5) sv_printf(out, "%lld", (long long)sqlite3_column_int64(s, i));
            else sv_json_str(out, S_col_text(s, i), (size_t)sqlite3_column_bytes(s, i));
        }
        sv_puts(out, "}");
    }
    sqlite3_finalize(s);
    sv_puts(out, "]}");
    return out->oom ? sv_error(out, 500, "out of memory") : 200;
}

/* ---- /api/documents/ID ---------------------------------------------------------------- */
static const char *S_col(sqlite3_stmt *s, int i)
{
    return (const char *)sqlite3_column_text(s, i);
}

static void S_set_str(json_t *o, const char *key, const char *v)
{
    json_object_set_new(o, key, v ? json_string(v) : json_null());
}

static json_t *S_duplicates(sqlite3 *db, const sv_ctx *ctx, const char *id)
{
    const char *sql = ctx->schema.doc_dup
        ? "SELECT id, title FROM documents WHERE duplicate_of = ?1 ORDER BY id LIMIT 200"
        : "SELECT id, title FROM documents WHERE json_extract(json, '$.duplicate_of') = ?1 ORDER BY id LIMIT 200";
    json_t *a = json_array();
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return a;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) {
        json_t *d = json_object();
        S_set_str(d, "id", S_col(s, 0));
        S_set_str(d, "title", S_col(s, 1));
        json_array_append_new(a, d);
    }
    sqlite3_finalize(s);
    return a;
}

static void S_add_text(json_t *doc, sqlite3_stmt *s, const sv_ctx *ctx, const char *id)
{
    json_t *t = NULL;
    const char *from = NULL;
    if (ctx->schema.doc_text && sqlite3_column_type(s, 8) == SQLITE_TEXT) {
        t = json_stringn(S_col(s, 8), (size_t)sqlite3_column_bytes(s, 8));
        from = "database";
    }
    if (!t) {
        long line = sqlite3_column_type(s, 6) == SQLITE_NULL ? 0 : (long)sqlite3_column_int64(s, 6);
        long bytes = sqlite3_column_type(s, 7) == SQLITE_NULL ? -1 : (long)sqlite3_column_int64(s, 7);
        t = S_file_text(ctx, id, S_col(s, 5), line, bytes);
        from = t ? "file" : NULL;
    }
    json_object_set_new(doc, "text", t ? t : json_null());
    S_set_str(doc, "text_source", from);
}

/* The events of document ID, from their rows: documents.json holds them
 * no more (docs/SCHEMA.md), an older database's does.                    */
static json_t *S_events(sqlite3 *db, const char *id)
{
    json_t *a = json_array();
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, "SELECT json FROM events WHERE doc_id = ?1 ORDER BY length(id), id", -1,
                           &s, NULL) != SQLITE_OK)
        return a;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
    while (sqlite3_step(s) == SQLITE_ROW) {
        json_t *e = json_loadb(S_col(s, 0), (size_t)sqlite3_column_bytes(s, 0), 0, NULL);
        if (e) json_array_append_new(a, e);
    }
    sqlite3_finalize(s);
    return a;
}

int sv_api_document(sqlite3 *db, const sv_ctx *ctx, const char *id, sv_buf *out)
{
    const char *sql = ctx->schema.doc_text
        ? "SELECT json, published, title, url, source, file, line, bytes, text FROM documents WHERE id = ?1"
        : "SELECT json, published, title, url, source, file, line, bytes FROM documents WHERE id = ?1";
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return sv_error(out, 500, sqlite3_errmsg(db));
    sqlite3_bind_text(s, 1, id, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(s);
        return rc == SQLITE_DONE ? sv_error(out, 404, "no such document") : sv_error(out, 500, sqlite3_errmsg(db));
    }
    json_error_t err;
    json_t *doc = json_loadb(S_col(s, 0), (size_t)sqlite3_column_bytes(s, 0), JSON_ALLOW_NUL, &err);
    if (!json_is_object(doc)) {
        json_decref(doc);
        sqlite3_finalize(s);
        return sv_error(out, 500, "stored document is not a JSON object");
    }
    if (!json_object_get(doc, "events")) json_object_set_new(doc, "events", S_events(db, id));
    json_object_set_new(doc, "id", json_string(id));
    S_set_str(doc, "published", S_col(s, 1));
    S_set_str(doc, "title", S_col(s, 2));
    S_set_str(doc, "url", S_col(s, 3));
    S_set_str(doc, "source", S_col(s, 4));
    S_set_str(doc, "file", S_col(s, 5));
    S_add_text(doc, s, ctx, id);
    sqlite3_finalize(s);
    json_object_set_new(doc, "duplicates", S_duplicates(db, ctx, id));
    char *js = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(doc);
    if (!js) return sv_error(out, 500, "cannot render the document");
    sv_puts(out, js);
    free(js);
    sv_json_harden(out);
    return out->oom ? sv_error(out, 500, "out of memory") : 200;
}
