/*
 * ingest_store.c -- the database side of `depeche ingest`: the schema
 * (created, or upgraded by adding what an older database lacks), the
 * prepared statements, and one document's rows filled from its JSON (the
 * public output contract), so the database and the JSON never disagree.
 * Schema: docs/SCHEMA.md.
 */
#include "ingest.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

const char ing_schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "PRAGMA cache_size=-16384;"
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
    /* added by the archive work (issue 7) */
    "CREATE TABLE IF NOT EXISTS event_actors("
    " event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, role TEXT NOT NULL,"
    " n INTEGER NOT NULL, entity TEXT, text TEXT, code TEXT, country TEXT, sector TEXT,"
    " PRIMARY KEY(event_id, role, n));"
    "CREATE TABLE IF NOT EXISTS evidence("
    " event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, field TEXT NOT NULL,"
    " n INTEGER NOT NULL, start INTEGER, \"end\" INTEGER, text TEXT,"
    " PRIMARY KEY(event_id, field, n));"
    "CREATE TABLE IF NOT EXISTS doc_minhash("
    " doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, sig BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS stories("
    " id TEXT PRIMARY KEY, event TEXT, first_date TEXT, last_date TEXT, country TEXT,"
    " place TEXT, lat REAL, lon REAL, events INTEGER, articles INTEGER, sources INTEGER);";

/* Columns added to the first schema's tables, and the indexes (after them). */
static const char *const S_added[][3] = {
    {"documents", "duplicate_of", "TEXT"},
    {"documents", "similarity", "REAL"},
    {"events", "story", "TEXT"},
    {"places", "admin1", "TEXT"},
};

/* events(doc_id) serves the deletes of a replaced document: always there.
 * The others serve queries; a run that starts on an empty database builds
 * them at its end (much faster than keeping them up to date row by row). */
static const char S_index_doc[] = "CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);";
static const char S_indexes[] =
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);"
    "CREATE INDEX IF NOT EXISTS places_geo ON places(geonameid);"
    "CREATE INDEX IF NOT EXISTS events_latlon ON events(lat, lon);"
    "CREATE INDEX IF NOT EXISTS events_country ON events(country, date);"
    "CREATE INDEX IF NOT EXISTS events_type ON events(event, date);"
    "CREATE INDEX IF NOT EXISTS events_actor ON events(actor_code);"
    "CREATE INDEX IF NOT EXISTS events_recipient ON events(recipient_code);"
    "CREATE INDEX IF NOT EXISTS events_story ON events(story);"
    "CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors(code);"
    "CREATE INDEX IF NOT EXISTS documents_dup ON documents(duplicate_of);"
    "CREATE INDEX IF NOT EXISTS documents_published ON documents(published);";

static const char *const S_sql[IQ_N] = {
    "SELECT 1 FROM documents WHERE hash=?1",
    "DELETE FROM documents WHERE id=?1",
    ("INSERT INTO documents(id, published, title, url, source, hash, bytes, file, line,"
     " ingested, json, duplicate_of, similarity) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"),
    ("INSERT OR REPLACE INTO events(id, doc_id, event, cameo, acled_type, acled_sub, date,"
     " date_precision, lat, lon, country, place, actor, actor_code, recipient, recipient_code,"
     " dead, injured, trigger, sentence, confidence, json, story) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,"
     "?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,'s:'||?1)"),
    ("INSERT OR REPLACE INTO places(doc_id, id, name, geonameid, lat, lon, country_code,"
     " feature_code, precision, mentions, admin1) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"),
    ("INSERT OR REPLACE INTO entities(doc_id, id, type, name, title, role, actor_code, mentions)"
     " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"),
    ("INSERT OR REPLACE INTO quotes(doc_id, id, speaker, speaker_name, text, start, \"end\","
     " direct) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"),
    ("INSERT OR REPLACE INTO times(doc_id, n, text, start, \"end\", type, value)"
     " VALUES(?1,?2,?3,?4,?5,?6,?7)"),
    ("INSERT OR REPLACE INTO event_actors(event_id, role, n, entity, text, code, country, sector)"
     " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"),
    ("INSERT OR REPLACE INTO evidence(event_id, field, n, start, \"end\", text)"
     " VALUES(?1,?2,?3,?4,?5,?6)"),
    "INSERT OR REPLACE INTO doc_minhash(doc_id, sig) VALUES(?1,?2)",
};

static int S_dberr(ing_db *g, const char *what)
{
    cli_error(g->path, 0, "%s: %s", what, sqlite3_errmsg(g->db));
    return -1;
}

int ing_exec(ing_db *g, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(g->db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
    cli_error(g->path, 0, "%s", msg ? msg : "database error");
    sqlite3_free(msg);
    return -1;
}

static int S_has_column(ing_db *g, const char *table, const char *col)
{
    char sql[128];
    sqlite3_stmt *s;
    snprintf(sql, sizeof sql, "PRAGMA table_info(%s)", table);
    if (sqlite3_prepare_v2(g->db, sql, -1, &s, NULL) != SQLITE_OK) return 0;
    int found = 0;
    while (!found && sqlite3_step(s) == SQLITE_ROW)
        found = !strcmp((const char *)sqlite3_column_text(s, 1), col);
    sqlite3_finalize(s);
    return found;
}

int ing_db_open(ing_db *g, const char *path)
{
    memset(g, 0, sizeof *g);
    g->path = path;
    /* each connection is used by one thread at a time: no SQLite mutexes */
    if (sqlite3_open_v2(path, &g->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK)
        return S_dberr(g, "cannot open the database");
    sqlite3_busy_timeout(g->db, 60000);
    if (ing_exec(g, ing_schema)) return -1;
    for (size_t i = 0; i < sizeof S_added / sizeof S_added[0]; i++) {
        if (S_has_column(g, S_added[i][0], S_added[i][1])) continue;
        char sql[200];
        snprintf(sql, sizeof sql, "ALTER TABLE %s ADD COLUMN %s %s", S_added[i][0],
                 S_added[i][1], S_added[i][2]);
        if (ing_exec(g, sql)) return -1;
    }
    if (ing_exec(g, S_index_doc)) return -1;
    sqlite3_stmt *q;
    int empty = 1;
    if (sqlite3_prepare_v2(g->db, "SELECT 1 FROM documents LIMIT 1", -1, &q, NULL) == SQLITE_OK) {
        empty = sqlite3_step(q) != SQLITE_ROW;
        sqlite3_finalize(q);
    }
    g->was_empty = empty;
    if (!empty && ing_db_indexes(g)) return -1;
    for (int i = 0; i < IQ_N; i++)
        if (sqlite3_prepare_v2(g->db, S_sql[i], -1, &g->q[i], NULL) != SQLITE_OK)
            return S_dberr(g, "cannot prepare");
    return 0;
}

int ing_db_indexes(ing_db *g)
{
    return ing_exec(g, S_indexes);
}

void ing_db_close(ing_db *g)
{
    for (int i = 0; i < IQ_N; i++) sqlite3_finalize(g->q[i]);
    sqlite3_close(g->db);
    g->db = NULL;
}

/* ---- Binding JSON values -------------------------------------------------- */
/* Strings are bound SQLITE_STATIC: the tree and its text live until the
 * statement is reset (S_step).                                            */
static void S_bind(sqlite3_stmt *s, int i, const ij_node *v)
{
    if (!v) { sqlite3_bind_null(s, i); return; }
    switch (v->type) {
    case IJ_STRING: sqlite3_bind_text(s, i, v->s, (int)v->n, SQLITE_STATIC); break;
    case IJ_INT: sqlite3_bind_int64(s, i, v->i); break;
    case IJ_REAL: sqlite3_bind_double(s, i, v->d); break;
    case IJ_TRUE: sqlite3_bind_int(s, i, 1); break;
    case IJ_FALSE: sqlite3_bind_int(s, i, 0); break;
    default: sqlite3_bind_null(s, i); break;
    }
}

static void S_bindp(sqlite3_stmt *s, int i, const ij_node *o, const char *path)
{
    S_bind(s, i, ij_path(o, path));
}

static void S_bindt(sqlite3_stmt *s, int i, const char *v)
{
    if (v) sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else sqlite3_bind_null(s, i);
}

static int S_step(ing_db *g, sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : S_dberr(g, "cannot store");
}

int ing_db_has(ing_db *g, const char *hash)
{
    sqlite3_stmt *s = g->q[IQ_HAS_HASH];
    sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_ROW) return 1;
    return rc == SQLITE_DONE ? 0 : S_dberr(g, "cannot query");
}

/* ---- Rows -------------------------------------------------------------------- */
static int S_rows_actors(ing_db *g, const ij_node *e, const ij_node *eid)
{
    static const char *const roles[] = {"actor", "recipient"};
    sqlite3_stmt *s = g->q[IQ_ACTOR];
    for (int r = 0; r < 2; r++) {
        const ij_node *arr = ij_get(e, roles[r]);
        for (size_t i = 0; i < ij_len(arr); i++) {
            const ij_node *a = ij_at(arr, i);
            S_bind(s, 1, eid);
            S_bindt(s, 2, roles[r]);
            sqlite3_bind_int64(s, 3, (sqlite3_int64)i);
            S_bindp(s, 4, a, "entity");
            S_bindp(s, 5, a, "text");
            S_bindp(s, 6, a, "code");
            S_bindp(s, 7, a, "country");
            S_bindp(s, 8, a, "sector");
            if (S_step(g, s)) return -1;
        }
    }
    return 0;
}

static int S_span(ing_db *g, const ij_node *eid, const char *field, size_t n, const ij_node *sp)
{
    if (!sp || sp->type != IJ_OBJECT || !ij_get(sp, "start")) return 0;
    sqlite3_stmt *s = g->q[IQ_EVIDENCE];
    S_bind(s, 1, eid);
    S_bindt(s, 2, field);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)n);
    S_bindp(s, 4, sp, "start");
    S_bindp(s, 5, sp, "end");
    S_bindp(s, 6, sp, "text");
    return S_step(g, s);
}

/* The evidence spans of event E: trigger, sentence, the same sentence
 * elsewhere (also_in), the actors' and recipients' spans when given.     */
static int S_rows_evidence(ing_db *g, const ij_node *e, const ij_node *eid)
{
    if (S_span(g, eid, "trigger", 0, ij_get(e, "trigger")) ||
        S_span(g, eid, "sentence", 0, ij_get(e, "text_info")))
        return -1;
    static const char *const arrays[] = {"also_in", "actor", "recipient"};
    for (int k = 0; k < 3; k++) {
        const ij_node *arr = ij_get(e, arrays[k]);
        for (size_t i = 0; i < ij_len(arr); i++) {
            const ij_node *sp = ij_at(arr, i);
            const ij_node *inner = ij_get(sp, "span");   /* actors: {"span":...} */
            if (S_span(g, eid, arrays[k], i, inner ? inner : sp)) return -1;
        }
    }
    return 0;
}

static int S_rows_events(ing_db *g, const ij_node *doc, const ij_node *id)
{
    sqlite3_stmt *s = g->q[IQ_EVENT];
    const ij_node *evs = ij_get(doc, "events");
    for (size_t i = 0; i < ij_len(evs); i++) {
        const ij_node *e = ij_at(evs, i);
        const ij_node *acled = ij_get(e, "acled"), *loc = ij_get(e, "event_loc");
        S_bindp(s, 1, e, "id");
        S_bind(s, 2, id);
        S_bindp(s, 3, e, "event");
        S_bindp(s, 4, e, "cameo");
        S_bindp(s, 5, acled, "event_type");
        S_bindp(s, 6, acled, "sub_event_type");
        S_bindp(s, 7, e, "date");
        S_bindp(s, 8, e, "date_precision");
        S_bindp(s, 9, loc, "lat");
        S_bindp(s, 10, loc, "lon");
        S_bindp(s, 11, loc, "country_code");
        S_bindp(s, 12, loc, "name");
        S_bindp(s, 13, e, "actor.0.text");
        S_bindp(s, 14, e, "actor.0.code");
        S_bindp(s, 15, e, "recipient.0.text");
        S_bindp(s, 16, e, "recipient.0.code");
        S_bindp(s, 17, e, "size.dead");
        S_bindp(s, 18, e, "size.injured");
        S_bindp(s, 19, e, "trigger.text");
        S_bindp(s, 20, e, "text_info.text");
        S_bindp(s, 21, e, "confidence");
        /* the event's own text in the library output: no re-serialisation */
        sqlite3_bind_text(s, 22, e->raw, (int)e->rawlen, SQLITE_STATIC);
        if (S_step(g, s)) return -1;
        const ij_node *eid = ij_get(e, "id");
        if (S_rows_actors(g, e, eid) || S_rows_evidence(g, e, eid)) return -1;
        g->events++;
    }
    return 0;
}

static int S_rows_simple(ing_db *g, const ij_node *doc, const ij_node *id)
{
    const ij_node *arr = ij_get(doc, "places"), *p;
    sqlite3_stmt *s = g->q[IQ_PLACE];
    for (size_t i = 0; (p = ij_at(arr, i)); i++) {
        S_bind(s, 1, id);
        S_bindp(s, 2, p, "id");
        S_bindp(s, 3, p, "name");
        S_bindp(s, 4, p, "geonameid");
        S_bindp(s, 5, p, "lat");
        S_bindp(s, 6, p, "lon");
        S_bindp(s, 7, p, "country_code");
        S_bindp(s, 8, p, "feature_code");
        S_bindp(s, 9, p, "precision");
        sqlite3_bind_int64(s, 10, (sqlite3_int64)ij_len(ij_get(p, "mentions")));
        S_bindp(s, 11, p, "admin1");
        if (S_step(g, s)) return -1;
    }
    const ij_node *ents = ij_get(doc, "entities");
    s = g->q[IQ_ENTITY];
    for (size_t i = 0; (p = ij_at(ents, i)); i++) {
        S_bind(s, 1, id);
        S_bindp(s, 2, p, "id");
        S_bindp(s, 3, p, "type");
        S_bindp(s, 4, p, "name");
        S_bindp(s, 5, p, "title");
        S_bindp(s, 6, p, "role");
        S_bindp(s, 7, p, "actor.code");
        sqlite3_bind_int64(s, 8, (sqlite3_int64)ij_len(ij_get(p, "mentions")));
        if (S_step(g, s)) return -1;
    }
    s = g->q[IQ_QUOTE];
    arr = ij_get(doc, "quotes");
    for (size_t i = 0; (p = ij_at(arr, i)); i++) {
        const ij_node *sp = ij_get(p, "speaker"), *e;
        S_bind(s, 1, id);
        S_bindp(s, 2, p, "id");
        S_bind(s, 3, sp);
        for (size_t k = 0; sp && sp->type == IJ_STRING && (e = ij_at(ents, k)); k++)
            if (ij_streq(ij_get(e, "id"), sp)) S_bindp(s, 4, e, "name");
        S_bindp(s, 5, p, "text");
        S_bindp(s, 6, p, "start");
        S_bindp(s, 7, p, "end");
        S_bindp(s, 8, p, "direct");
        if (S_step(g, s)) return -1;
    }
    s = g->q[IQ_TIME];
    arr = ij_get(doc, "times");
    for (size_t i = 0; (p = ij_at(arr, i)); i++) {
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

/* ---- The JSON of a document not annotated ------------------------------------ */
typedef struct S_buf { char *p; size_t n, cap; int oom; } S_buf;

static void S_put(S_buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->n + n + 1 > b->cap) {
        size_t nc = b->cap ? b->cap : 512;
        while (nc < b->n + n + 1) nc *= 2;
        char *t = realloc(b->p, nc);
        if (!t) { b->oom = 1; return; }
        b->p = t;
        b->cap = nc;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void S_puts(S_buf *b, const char *s) { S_put(b, s, strlen(s)); }

/* A JSON string (or null): ", \ and control characters escaped.          */
static void S_putstr(S_buf *b, const char *s)
{
    if (!s) { S_puts(b, "null"); return; }
    S_put(b, "\"", 1);
    const char *run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        S_put(b, run, (size_t)(s - run));
        char esc[8];
        if (c == '"' || c == '\\') snprintf(esc, sizeof esc, "\\%c", c);
        else if (c == '\n') snprintf(esc, sizeof esc, "\\n");
        else if (c == '\t') snprintf(esc, sizeof esc, "\\t");
        else if (c == '\r') snprintf(esc, sizeof esc, "\\r");
        else snprintf(esc, sizeof esc, "\\u%04x", c);
        S_puts(b, esc);
        run = s + 1;
    }
    S_put(b, run, (size_t)(s - run));
    S_put(b, "\"", 1);
}

static void S_member(S_buf *b, const char *key, const char *v)
{
    S_puts(b, ",\"");
    S_puts(b, key);
    S_puts(b, "\":");
    S_putstr(b, v);
}

/* The id a document is stored under: its own, else from its hash.        */
static const char *S_doc_id(const ing_job *j, char buf[48])
{
    if (j->id) return j->id;
    snprintf(buf, 48, "doc-%.16s", j->hash);
    return buf;
}

/* The JSON of a duplicate (not annotated, or --dedup-only): its metadata,
 * duplicate_of and the contract's arrays, empty.                          */
static char *S_meta_json(const ing_job *j, size_t *len)
{
    S_buf b = {0};
    char idbuf[48], num[32];
    S_puts(&b, "{\"id\":");
    S_putstr(&b, S_doc_id(j, idbuf));
    S_member(&b, "published", j->published);
    if (j->title) S_member(&b, "title", j->title);
    if (j->url) S_member(&b, "url", j->url);
    if (j->source) S_member(&b, "source", j->source);
    S_member(&b, "lang", "fr");
    S_member(&b, "duplicate_of", j->dup_of);
    if (j->dup_of) {
        snprintf(num, sizeof num, ",\"similarity\":%.3f", (double)(long)(j->dup_sim * 1000) / 1000);
        S_puts(&b, num);
    }
    snprintf(num, sizeof num, ",\"output_version\":%d", DP_OUTPUT_VERSION);
    S_puts(&b, num);
    S_puts(&b, ",\"repeated\":[],\"entities\":[],\"places\":[],\"times\":[],\"quantities\":[],"
               "\"quotes\":[],\"events\":[]}");
    if (b.oom) { free(b.p); return NULL; }
    *len = b.n;
    return b.p;
}

int ing_prepare(ing_job *j)
{
    if (j->doc.root || j->meta_only) return 0;
    if (j->dup_of || !j->json) {   /* a duplicate, or --dedup-only      */
        free(j->json);
        if (!(j->json = S_meta_json(j, &j->jlen))) {
            j->error = strdup("out of memory");
            return -1;
        }
        j->meta_only = 1;
        return 0;
    }
    const char *why = NULL;
    if (ij_parse(&j->doc, j->json, j->jlen, &why)) {
        char msg[300];
        snprintf(msg, sizeof msg, "library output is not JSON: %s", why);
        j->error = strdup(msg);
        return -1;
    }
    return 0;
}

static int S_doc_row(ing_db *g, const ing_job *j, const char *id)
{
    sqlite3_stmt *s = g->q[IQ_DOC];
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
    const ij_node *doc = j->doc.root;
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    if (doc) {
        S_bindp(s, 2, doc, "published");
        S_bindp(s, 3, doc, "title");
        S_bindp(s, 4, doc, "url");
        S_bindp(s, 5, doc, "source");
    } else {
        S_bindt(s, 2, j->published);
        S_bindt(s, 3, j->title);
        S_bindt(s, 4, j->url);
        S_bindt(s, 5, j->source);
    }
    sqlite3_bind_text(s, 6, j->hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 7, (sqlite3_int64)j->len);
    S_bindt(s, 8, j->path);
    if (j->line) sqlite3_bind_int64(s, 9, j->line);
    sqlite3_bind_text(s, 10, stamp, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(s, 11, j->json, (int)j->jlen, SQLITE_STATIC);
    if (j->dup_of) {
        S_bindt(s, 12, j->dup_of);
        sqlite3_bind_double(s, 13, (double)(long)(j->dup_sim * 1000) / 1000);
    }
    return S_step(g, s);
}

int ing_store(ing_db *g, const ing_job *j)
{
    if (ing_prepare((ing_job *)j)) {
        cli_error(j->path, j->line, "%s", j->error);
        return 1;
    }
    char idbuf[48], *idtext = NULL;
    const char *id;
    const ij_node *doc = j->doc.root, *idv = doc ? ij_get(doc, "id") : NULL;
    if (!doc) id = S_doc_id(j, idbuf);
    else if (idv && idv->type == IJ_STRING && (idtext = strndup(idv->s, idv->n))) id = idtext;
    else { cli_error(j->path, j->line, "library output without an id"); return 1; }
    int r = -1;
    sqlite3_stmt *s = g->q[IQ_DEL_DOC];
    S_bindt(s, 1, id);
    if (S_step(g, s) || S_doc_row(g, j, id)) goto out;
    if (!j->dup_of) {
        unsigned char sig[DP_MINHASH_BYTES];
        dp_minhash_pack(&j->mh, sig);
        s = g->q[IQ_MINHASH];
        S_bindt(s, 1, id);
        sqlite3_bind_blob(s, 2, sig, sizeof sig, SQLITE_STATIC);
        if (S_step(g, s)) goto out;
        if (doc && (S_rows_events(g, doc, idv) || S_rows_simple(g, doc, idv))) goto out;
    }
    r = 0;
out:
    free(idtext);
    return r;
}

int ing_load_minhash(ing_db *g, int (*fn)(void *ctx, const char *id, const dp_minhash *m),
                     void *ctx)
{
    sqlite3_stmt *s;
    /* only originals have a signature (ing_store), stored with their row:
     * no need to read the documents (their JSON) to know which or when   */
    if (sqlite3_prepare_v2(g->db, "SELECT doc_id, sig FROM doc_minhash ORDER BY rowid", -1, &s, NULL) !=
        SQLITE_OK)
        return S_dberr(g, "cannot read the signatures");
    int rc, r = 0;
    while (r == 0 && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        dp_minhash m;
        if (dp_minhash_unpack(sqlite3_column_blob(s, 1), (size_t)sqlite3_column_bytes(s, 1), &m))
            continue;
        r = fn(ctx, (const char *)sqlite3_column_text(s, 0), &m);
    }
    if (r == 0 && rc != SQLITE_DONE) r = S_dberr(g, "cannot read the signatures");
    sqlite3_finalize(s);
    return r;
}
