/*
 * serve_snap.c -- the compact in-memory copy of the events that
 * `depeche serve` filters, sorts, counts and clusters.  The store keeps
 * each event's whole JSON inside its row, so a scan of 100,000 events
 * reads some 100 MB; the copy holds only the columns the list answers use
 * (plus the article's title and url), with indexes, built once at start,
 * serialized into one buffer and attached read-only by every worker
 * thread (sqlite3_deserialize: no copy per thread).  Documents and the
 * whole JSON are still read from the store.
 */
#include "serve.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char S_build[] =
    "CREATE TABLE ev AS SELECT e.id AS id, e.doc_id AS doc_id, e.date AS date,"
    " e.date_precision AS date_precision, e.event AS event, e.cameo AS cameo, e.acled_type AS acled_type,"
    " e.acled_sub AS acled_sub, e.country AS country, e.place AS place, e.lat AS lat, e.lon AS lon,"
    " e.actor AS actor, e.actor_code AS actor_code, e.recipient AS recipient,"
    " e.recipient_code AS recipient_code, e.dead AS dead, e.injured AS injured, e.trigger AS trigger,"
    " e.sentence AS sentence, e.confidence AS confidence, d.title AS title, d.url AS url,"
    /* the words q= searches, one LIKE a row; char(31) keeps a match inside a column */
    " coalesce(e.trigger, '') || char(31) || coalesce(e.sentence, '') || char(31) || coalesce(e.place, '')"
    " || char(31) || coalesce(e.actor, '') || char(31) || coalesce(e.recipient, '') || char(31)"
    " || coalesce(e.event, '') AS search"
    " FROM src.events e LEFT JOIN src.documents d ON d.id = e.doc_id ORDER BY e.date, e.id;"
    "CREATE INDEX ev_date ON ev(date);"
    "CREATE INDEX ev_doc ON ev(doc_id);"
    "CREATE INDEX ev_id ON ev(id);"
    "CREATE INDEX ev_event ON ev(event);"
    "ANALYZE main;";

/* file: URI of PATH (RFC 3986: every byte but unreserved ones and '/' escaped) */
static void S_uri(sv_buf *b, const char *path)
{
    sv_puts(b, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/._-~", *p))
            sv_put(b, (const char *)p, 1);
        else
            sv_printf(b, "%%%02X", *p);
    }
    sv_puts(b, "?mode=ro");
}

unsigned char *sv_snapshot_build(const char *path, sqlite3_int64 *size, char *err, size_t errlen)
{
    sqlite3 *db = NULL;
    unsigned char *buf = NULL;
    sv_buf sql = {0};
    sv_puts(&sql, "ATTACH ");
    sv_buf uri = {0};
    S_uri(&uri, path);
    if (!uri.oom) {
        sv_puts(&sql, "'");
        sv_puts(&sql, uri.p);  /* no quote can be in it: escaped above */
        sv_puts(&sql, "' AS src");
    }
    if (sql.oom || uri.oom) snprintf(err, errlen, "out of memory");
    else if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL) != SQLITE_OK ||
             sqlite3_exec(db, sql.p, NULL, NULL, NULL) != SQLITE_OK ||
             sqlite3_exec(db, S_build, NULL, NULL, NULL) != SQLITE_OK)
        snprintf(err, errlen, "%s", db ? sqlite3_errmsg(db) : "out of memory");
    else if (sqlite3_exec(db, "DETACH src", NULL, NULL, NULL) != SQLITE_OK ||
             !(buf = sqlite3_serialize(db, "main", size, 0)))
        snprintf(err, errlen, "cannot serialize: %s", sqlite3_errmsg(db));
    sqlite3_close(db);
    sv_buf_free(&sql);
    sv_buf_free(&uri);
    return buf;
}

int sv_snapshot_attach(sqlite3 *db, unsigned char *buf, sqlite3_int64 size)
{
    if (sqlite3_exec(db, "ATTACH ':memory:' AS fast", NULL, NULL, NULL) != SQLITE_OK) return -1;
    return sqlite3_deserialize(db, "fast", buf, size, size, SQLITE_DESERIALIZE_READONLY) == SQLITE_OK ? 0 : -1;
}
