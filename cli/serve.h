/*
 * serve.h -- pieces shared by the files of `depeche serve`: a growable
 * output buffer, the answers of the JSON API (serve_api.c, serve_doc.c)
 * over a read-only SQLite connection, and what the server learnt of the
 * database's columns at start.  The HTTP side is in serve.c.
 */
#ifndef DP_SERVE_H
#define DP_SERVE_H

#include <sqlite3.h>
#include <stdarg.h>
#include <stddef.h>

#include "serve_query.h"

/* A growable byte buffer.  An allocation failure sets oom and drops the
 * rest; the caller answers 500.  sv_buf_take hands the bytes over (free()). */
typedef struct sv_buf {
    char *p;
    size_t n, cap;
    int oom;
} sv_buf;

void sv_put(sv_buf *b, const char *s, size_t n);
void sv_puts(sv_buf *b, const char *s);
void sv_printf(sv_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A JSON string literal of S (N bytes, valid UTF-8): quotes, backslashes
 * and control characters escaped, and <, >, & as \u003c... so that no
 * payload can ever read as markup.                                         */
void sv_json_str(sv_buf *b, const char *s, size_t n);
/* Rewrites <, >, & inside an already valid JSON text as \u escapes.      */
void sv_json_harden(sv_buf *b);
/* Binds parameter I of S to "%V%", LIKE's wildcards in V escaped with '\\'. */
void sv_bind_like(sqlite3_stmt *s, int i, const char *v);
void sv_buf_free(sv_buf *b);

/* What the database offers beyond the base schema (docs/SCHEMA.md).       */
typedef struct sv_schema {
    int doc_text;        /* documents.text: the article text is stored    */
    int doc_dup;         /* documents.duplicate_of                        */
} sv_schema;

typedef struct sv_ctx {
    const char *db_path;
    sv_schema schema;
} sv_ctx;

/* Each answer writes its body into OUT and returns the HTTP status; on an
 * error (400, 404, 500) the body is {"error":"...","status":N}.  CTYPE gets
 * the content type (a static string).                                       */
int sv_api_events(sqlite3 *db, const sq_query *q, sv_buf *out);
int sv_api_clusters(sqlite3 *db, const sq_query *q, sv_buf *out);
int sv_api_stats(sqlite3 *db, const sq_query *q, sv_buf *out);
int sv_api_export(sqlite3 *db, const sq_query *q, sv_buf *out, const char **ctype);
int sv_api_meta(sqlite3 *db, const sv_ctx *ctx, sv_buf *out);
int sv_api_document(sqlite3 *db, const sv_ctx *ctx, const char *id, sv_buf *out);
int sv_api_documents(sqlite3 *db, const sv_ctx *ctx, const sq_query *q, sv_buf *out);

/* {"error":MSG,"status":STATUS} into OUT (emptied first); returns STATUS. */
int sv_error(sv_buf *out, int status, const char *msg);

/* serve_snap.c: a compact copy of the events (table ev) serialized into a
 * buffer (sqlite3_free() it) of *SIZE bytes, or NULL with a message.      */
unsigned char *sv_snapshot_build(const char *path, sqlite3_int64 *size, char *err, size_t errlen);
/* Attaches BUF read-only as schema "fast" of DB (not copied: BUF must live
 * as long as DB).  0 or -1.                                                  */
int sv_snapshot_attach(sqlite3 *db, unsigned char *buf, sqlite3_int64 size);
/* Makes the list answers read fast.ev (1) or the store's events (0).     */
void sv_api_use_snapshot(int on);

/* Learns the optional columns of the database at DB.                       */
void sv_schema_read(sqlite3 *db, sv_schema *s);

#endif
