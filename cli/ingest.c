/*
 * ingest.c -- `depeche ingest`: annotates documents and stores them in
 * SQLite (WAL, prepared statements, one transaction per batch of
 * documents).  The rows are filled from the document's JSON (the public
 * output contract), so the database and the JSON never disagree.  Schema:
 * docs/SCHEMA.md.
 */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define S_BATCH 64

static const char S_schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "PRAGMA foreign_keys=ON;"
    "CREATE TABLE IF NOT EXISTS documents("
    " id TEXT PRIMARY KEY, published TEXT, title TEXT, url TEXT, source TEXT,"
    " hash TEXT NOT NULL UNIQUE, bytes INTEGER, file TEXT, line INTEGER,"
    " ingested TEXT, json TEXT NOT NULL);"
    "CREATE TABLE IF NOT EXISTS events("
    " id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " event TEXT, cameo TEXT, acled_type TEXT, acled_sub TEXT, date TEXT, date_precision TEXT,"
    " lat REAL, lon REAL, country TEXT, place TEXT, actor TEXT, actor_code TEXT,"
    " recipient TEXT, recipient_code TEXT, dead INTEGER, injured INTEGER,"
    " trigger TEXT, sentence TEXT, confidence REAL, json TEXT);"
    "CREATE TABLE IF NOT EXISTS places("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " name TEXT, geonameid INTEGER, lat REAL, lon REAL, country_code TEXT,"
    " feature_code TEXT, precision TEXT, mentions INTEGER, PRIMARY KEY(doc_id, id));"
    "CREATE TABLE IF NOT EXISTS entities("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " type TEXT, name TEXT, title TEXT, role TEXT, actor_code TEXT, mentions INTEGER,"
    " PRIMARY KEY(doc_id, id));"
    "CREATE TABLE IF NOT EXISTS quotes("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " speaker TEXT, speaker_name TEXT, text TEXT, start INTEGER, \"end\" INTEGER,"
    " direct INTEGER, PRIMARY KEY(doc_id, id));"
    "CREATE TABLE IF NOT EXISTS times("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, n INTEGER NOT NULL,"
    " text TEXT, start INTEGER, \"end\" INTEGER, type TEXT, value TEXT,"
    " PRIMARY KEY(doc_id, n));"
    "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);"
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);"
    "CREATE INDEX IF NOT EXISTS places_geo ON places(geonameid);";

enum { Q_HAS_HASH, Q_DEL_DOC, Q_DOC, Q_EVENT, Q_PLACE, Q_ENTITY, Q_QUOTE, Q_TIME, Q_N };
static const char *const S_sql[Q_N] = {
    "SELECT 1 FROM documents WHERE hash=?1",
    "DELETE FROM documents WHERE id=?1",
    "INSERT INTO documents VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    ("INSERT OR REPLACE INTO events VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,"
     "?15,?16,?17,?18,?19,?20,?21,?22)"),
    "INSERT OR REPLACE INTO places VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
    "INSERT OR REPLACE INTO entities VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    "INSERT OR REPLACE INTO quotes VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    "INSERT OR REPLACE INTO times VALUES(?1,?2,?3,?4,?5,?6,?7)",
};

typedef struct S_ing {
    const cli_opts *o;
    sqlite3 *db;
    sqlite3_stmt *q[Q_N];
    dp_doc *doc;
    size_t docs, skipped, events, in_batch;
    long failed;
    int tty;
    time_t last;
} S_ing;

static int S_dberr(S_ing *g, const char *what)
{
    cli_error(g->o->db, 0, "%s: %s", what, sqlite3_errmsg(g->db));
    return -1;
}

/* ---- Binding JSON values -------------------------------------------------- */
static void S_bind(sqlite3_stmt *s, int i, json_t *v)
{
    if (json_is_string(v))
        sqlite3_bind_text(s, i, json_string_value(v), (int)json_string_length(v), SQLITE_TRANSIENT);
    else if (json_is_integer(v)) sqlite3_bind_int64(s, i, json_integer_value(v));
    else if (json_is_real(v)) sqlite3_bind_double(s, i, json_real_value(v));
    else if (json_is_boolean(v)) sqlite3_bind_int(s, i, json_is_true(v));
    else sqlite3_bind_null(s, i);
}

static json_t *S_get(json_t *o, const char *path)
{
    /* "a.b.c": nested keys; "a.0.b": an array index */
    char key[64];
    while (o && *path) {
        size_t n = strcspn(path, ".");
        if (n >= sizeof key) return NULL;
        memcpy(key, path, n);
        key[n] = 0;
        if (json_is_array(o)) o = json_array_get(o, (size_t)atoi(key));
        else o = json_object_get(o, key);
        path += n + (path[n] == '.');
    }
    return o;
}

static void S_bindp(sqlite3_stmt *s, int i, json_t *o, const char *path)
{
    S_bind(s, i, S_get(o, path));
}

static int S_step(S_ing *g, sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : S_dberr(g, "cannot store");
}

/* ---- Rows -------------------------------------------------------------------- */
static int S_rows_events(S_ing *g, json_t *doc, json_t *id)
{
    sqlite3_stmt *s = g->q[Q_EVENT];
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(doc, "events"), i, e) {
        char *js = json_dumps(e, JSON_COMPACT | JSON_PRESERVE_ORDER);
        S_bindp(s, 1, e, "id");
        S_bind(s, 2, id);
        S_bindp(s, 3, e, "event");
        S_bindp(s, 4, e, "cameo");
        S_bindp(s, 5, e, "acled.event_type");
        S_bindp(s, 6, e, "acled.sub_event_type");
        S_bindp(s, 7, e, "date");
        S_bindp(s, 8, e, "date_precision");
        S_bindp(s, 9, e, "event_loc.lat");
        S_bindp(s, 10, e, "event_loc.lon");
        S_bindp(s, 11, e, "event_loc.country_code");
        S_bindp(s, 12, e, "event_loc.name");
        S_bindp(s, 13, e, "actor.0.text");
        S_bindp(s, 14, e, "actor.0.code");
        S_bindp(s, 15, e, "recipient.0.text");
        S_bindp(s, 16, e, "recipient.0.code");
        S_bindp(s, 17, e, "size.dead");
        S_bindp(s, 18, e, "size.injured");
        S_bindp(s, 19, e, "trigger.text");
        S_bindp(s, 20, e, "text_info.text");
        S_bindp(s, 21, e, "confidence");
        if (js) sqlite3_bind_text(s, 22, js, -1, free);
        if (S_step(g, s)) return -1;
        g->events++;
    }
    return 0;
}

static int S_rows_simple(S_ing *g, json_t *doc, json_t *id)
{
    size_t i;
    json_t *p;
    sqlite3_stmt *s = g->q[Q_PLACE];
    json_array_foreach(json_object_get(doc, "places"), i, p) {
        S_bind(s, 1, id);
        S_bindp(s, 2, p, "id");
        S_bindp(s, 3, p, "name");
        S_bindp(s, 4, p, "geonameid");
        S_bindp(s, 5, p, "lat");
        S_bindp(s, 6, p, "lon");
        S_bindp(s, 7, p, "country_code");
        S_bindp(s, 8, p, "feature_code");
        S_bindp(s, 9, p, "precision");
        sqlite3_bind_int64(s, 10, (sqlite3_int64)json_array_size(json_object_get(p, "mentions")));
        if (S_step(g, s)) return -1;
    }
    json_t *ents = json_object_get(doc, "entities");
    s = g->q[Q_ENTITY];
    json_array_foreach(ents, i, p) {
        S_bind(s, 1, id);
        S_bindp(s, 2, p, "id");
        S_bindp(s, 3, p, "type");
        S_bindp(s, 4, p, "name");
        S_bindp(s, 5, p, "title");
        S_bindp(s, 6, p, "role");
        S_bindp(s, 7, p, "actor.code");
        sqlite3_bind_int64(s, 8, (sqlite3_int64)json_array_size(json_object_get(p, "mentions")));
        if (S_step(g, s)) return -1;
    }
    s = g->q[Q_QUOTE];
    json_array_foreach(json_object_get(doc, "quotes"), i, p) {
        json_t *sp = json_object_get(p, "speaker");
        S_bind(s, 1, id);
        S_bindp(s, 2, p, "id");
        S_bind(s, 3, sp);
        if (json_is_string(sp)) {
            size_t k;
            json_t *e;
            json_array_foreach(ents, k, e)
                if (json_equal(json_object_get(e, "id"), sp)) S_bindp(s, 4, e, "name");
        }
        S_bindp(s, 5, p, "text");
        S_bindp(s, 6, p, "start");
        S_bindp(s, 7, p, "end");
        S_bindp(s, 8, p, "direct");
        if (S_step(g, s)) return -1;
    }
    s = g->q[Q_TIME];
    json_array_foreach(json_object_get(doc, "times"), i, p) {
        S_bind(s, 1, id);
        sqlite3_bind_int64(s, 2, (sqlite3_int64)i + 1);
        S_bindp(s, 3, p, "text");
        S_bindp(s, 4, p, "start");
        S_bindp(s, 5, p, "end");
        S_bindp(s, 6, p, "type");
        S_bindp(s, 7, p, "value");
        if (S_step(g, s)) return -1;
    }
    return 0;
}

/* Stores one annotated document (JSON JS of N bytes) with content HASH.  */
static int S_store(S_ing *g, const cli_item *it, const char *hash, const char *js, size_t n)
{
    json_error_t err;
    json_t *doc = json_loadb(js, n, JSON_ALLOW_NUL, &err);
    if (!doc) {
        cli_error(it->path, it->line, "library output is not JSON: %s", err.text);
        return 1;
    }
    json_t *id = json_object_get(doc, "id");
    sqlite3_stmt *s = g->q[Q_DEL_DOC];
    int r = -1;
    S_bind(s, 1, id);
    if (S_step(g, s)) goto out;
    s = g->q[Q_DOC];
    char stamp[32];
    time_t now = time(NULL);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    S_bind(s, 1, id);
    S_bindp(s, 2, doc, "published");
    S_bindp(s, 3, doc, "title");
    S_bindp(s, 4, doc, "url");
    S_bindp(s, 5, doc, "source");
    sqlite3_bind_text(s, 6, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(s, 7, (sqlite3_int64)it->len);
    sqlite3_bind_text(s, 8, it->path, -1, SQLITE_TRANSIENT);
    if (it->line) sqlite3_bind_int64(s, 9, it->line);
    sqlite3_bind_text(s, 10, stamp, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 11, js, (int)n, SQLITE_TRANSIENT);
    if (S_step(g, s) || S_rows_events(g, doc, id) || S_rows_simple(g, doc, id)) goto out;
    r = 0;
out:
    json_decref(doc);
    return r;
}

static int S_exec(S_ing *g, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(g->db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
    cli_error(g->o->db, 0, "%s", msg ? msg : "database error");
    sqlite3_free(msg);
    return -1;
}

static void S_progress(S_ing *g, int final)
{
    if (!g->tty || g->o->quiet) return;
    time_t now = time(NULL);
    if (!final && now == g->last) return;
    g->last = now;
    fprintf(stderr, "\r%zu documents, %zu events, %zu unchanged, %ld errors%s", g->docs,
            g->events, g->skipped, g->failed, final ? "\n" : "");
}

static int S_on_item(void *ctx, const cli_item *it)
{
    S_ing *g = ctx;
    if (it->error) {
        cli_error(it->path, it->line, "%s", it->error);
        return 0;
    }
    char hash[33];
    const char *date = it->opt.published ? it->opt.published : "";
    cli_hash(it->text, it->len, date, strlen(date), hash);
    sqlite3_stmt *s = g->q[Q_HAS_HASH];
    sqlite3_bind_text(s, 1, hash, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_ROW) { g->skipped++; S_progress(g, 0); return 0; }
    if (rc != SQLITE_DONE) return S_dberr(g, "cannot query");
    const char *js;
    size_t n;
    dp_status st = dp_doc_annotate(g->doc, it->text, it->len, &it->opt);
    if (st == DP_OK) st = dp_doc_json(g->doc, &js, &n);
    if (st != DP_OK) {
        cli_error(it->path, it->line, "%s", dp_doc_errmsg(g->doc));
        g->failed++;
        return 0;
    }
    dp_doc_stats ds;
    dp_doc_get_stats(g->doc, &ds);
    if (ds.invalid_bytes) cli_warn(g->o, it, "%zu invalid UTF-8 bytes replaced", ds.invalid_bytes);
    if (g->in_batch == 0 && S_exec(g, "BEGIN")) return -1;
    int r = S_store(g, it, hash, js, n);
    if (r < 0) return -1;
    if (r > 0) { g->failed++; return 0; }
    g->docs++;
    if (++g->in_batch >= S_BATCH) {
        if (S_exec(g, "COMMIT")) return -1;
        g->in_batch = 0;
    }
    S_progress(g, 0);
    return 0;
}

/* Creates the folder of PATH when it is missing (one level: out/).      */
static void S_mkdir_parent(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return;
    *slash = 0;
    mkdir(dir, 0777);
}

int cli_ingest(const cli_opts *o0, char **paths, int npaths)
{
    cli_opts o = *o0;
    if (!o.db) o.db = "out/depeche.db";
    dp_model *m = cli_open_model(&o);
    if (!m) return CLI_USAGE;
    S_ing g = {.o = &o, .tty = isatty(2)};
    int rc = CLI_USAGE;
    S_mkdir_parent(o.db);
    if (sqlite3_open(o.db, &g.db) != SQLITE_OK) {
        S_dberr(&g, "cannot open the database");
        goto done;
    }
    sqlite3_busy_timeout(g.db, 5000);
    if (S_exec(&g, S_schema)) goto done;
    for (int i = 0; i < Q_N; i++)
        if (sqlite3_prepare_v2(g.db, S_sql[i], -1, &g.q[i], NULL) != SQLITE_OK) {
            S_dberr(&g, "cannot prepare");
            goto done;
        }
    if (!(g.doc = dp_doc_new(m))) goto done;
    long fails = 0;
    int stopped = 0;
    for (int i = 0; i < npaths && !stopped; i++) {
        long f = cli_read(paths[i], &o, S_on_item, &g);
        if (f < 0) stopped = 1;
        else fails += f;
    }
    if (g.in_batch && S_exec(&g, stopped ? "ROLLBACK" : "COMMIT")) stopped = 1;
    fails += g.failed;
    g.failed = fails;
    S_progress(&g, 1);
    if (!o.quiet)
        fprintf(stderr, "depeche ingest: %zu documents stored, %zu events, %zu unchanged, "
                        "%ld errors -> %s\n", g.docs, g.events, g.skipped, fails, o.db);
    rc = stopped ? CLI_USAGE : fails ? CLI_PARTIAL : CLI_OK;
done:
    for (int i = 0; i < Q_N; i++) sqlite3_finalize(g.q[i]);
    sqlite3_close(g.db);
    dp_doc_free(g.doc);
    dp_model_close(m);
    return rc;
}
