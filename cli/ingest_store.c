/*
 * ingest_store.c -- the database side of `depeche ingest`: the schema
 * (created, or upgraded by adding what an older database lacks), the
 * prepared statements, and one document's rows filled from its JSON (the
 * public output contract), so the database and the JSON never disagree.
 * Schema: docs/SCHEMA.md.
 */
#include "ingest.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char ing_schema[] =
    /* a new database: 16 KiB pages (a document's JSON spans fewer pages,
     * the WAL takes fewer writes, the end of the run fewer reads)         */
    "PRAGMA page_size=16384;"
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
    " feature_code TEXT, precision TEXT, mentions INTEGER, PRIMARY KEY(doc_id, id)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS entities("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " type TEXT, name TEXT, title TEXT, role TEXT, actor_code TEXT, mentions INTEGER,"
    " PRIMARY KEY(doc_id, id)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS quotes("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " speaker TEXT, speaker_name TEXT, text TEXT, start INTEGER, \"end\" INTEGER,"
    " direct INTEGER, PRIMARY KEY(doc_id, id)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS times("
    " doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, n INTEGER NOT NULL,"
    " text TEXT, start INTEGER, \"end\" INTEGER, type TEXT, value TEXT,"
    " PRIMARY KEY(doc_id, n)) WITHOUT ROWID;"
    /* added by the archive work (issue 7) */
    "CREATE TABLE IF NOT EXISTS event_actors("
    " event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, role TEXT NOT NULL,"
    " n INTEGER NOT NULL, entity TEXT, text TEXT, code TEXT, country TEXT, sector TEXT,"
    " PRIMARY KEY(event_id, role, n)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS evidence("
    " event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, field TEXT NOT NULL,"
    " n INTEGER NOT NULL, start INTEGER, \"end\" INTEGER, text TEXT,"
    " PRIMARY KEY(event_id, field, n)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS doc_minhash("
    " doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, sig BLOB NOT NULL);"
    "CREATE TABLE IF NOT EXISTS doc_lsh("
    " band INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(band, doc)) WITHOUT ROWID;"
    /* doc_lsh's successor (issue 7, second pass): keyed by generation   */
    "CREATE TABLE IF NOT EXISTS doc_bands("
    " gen INTEGER NOT NULL, band INTEGER NOT NULL, doc INTEGER NOT NULL,"
    " PRIMARY KEY(gen, band, doc)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS ingest_state(key TEXT PRIMARY KEY, value);"
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
    "SELECT rowid, sig FROM doc_minhash WHERE doc_id=?1",
    "DELETE FROM doc_bands WHERE gen=?3 AND band=?1 AND doc=?2",
    "DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE doc_id=?1)",
    "DELETE FROM evidence WHERE event_id IN (SELECT id FROM events WHERE doc_id=?1)",
    "DELETE FROM events WHERE doc_id=?1",
    "DELETE FROM places WHERE doc_id=?1",
    "DELETE FROM entities WHERE doc_id=?1",
    "DELETE FROM quotes WHERE doc_id=?1",
    "DELETE FROM times WHERE doc_id=?1",
    "DELETE FROM doc_minhash WHERE doc_id=?1",
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

/* ---- Rows, prepared by the worker ------------------------------------------ */
/* The worker turns the parsed annotation into rows: for each, the statement
 * and its parameters' values (ing_val), strings pointing into the parsed
 * tree (the job's, alive until the job is freed), so that the one writer
 * thread only binds and steps (no JSON look-ups, no allocation).        */
static ing_val *S_val(ing_job *j)
{
    if (j->nrows == j->caprows) {
        size_t nc = j->caprows ? j->caprows * 2 : 256;
        ing_val *p = realloc(j->rows, nc * sizeof *p);
        if (!p) { j->rows_oom = 1; return NULL; }
        j->rows = p;
        j->caprows = nc;
    }
    return &j->rows[j->nrows++];
}

/* Starts a row of statement Q.                                           */
static void S_row(ing_job *j, int q)
{
    ing_val *v = S_val(j);
    if (v) *v = (ing_val){.kind = IV_ROW, .idx = (unsigned char)q};
}

static void S_bindt_n(ing_job *j, int i, const char *t, size_t n)
{
    ing_val *v = S_val(j);
    if (v) *v = (ing_val){.kind = t ? IV_TEXT : IV_NULL, .idx = (unsigned char)i, .len = (int)n, .u.s = t};
}

static void S_bindt(ing_job *j, int i, const char *t)
{
    S_bindt_n(j, i, t, t ? strlen(t) : 0);
}

static void S_bindi(ing_job *j, int i, sqlite3_int64 x)
{
    ing_val *v = S_val(j);
    if (v) *v = (ing_val){.kind = IV_INT, .idx = (unsigned char)i, .u.i = x};
}

static void S_bind(ing_job *j, int i, const json_t *x)
{
    ing_val *v;
    if (json_is_string(x)) S_bindt_n(j, i, json_string_value(x), json_string_length(x));
    else if (json_is_integer(x)) S_bindi(j, i, json_integer_value(x));
    else if (json_is_boolean(x)) S_bindi(j, i, json_is_true(x));
    else if (json_is_real(x) && (v = S_val(j)))
        *v = (ing_val){.kind = IV_REAL, .idx = (unsigned char)i, .u.d = json_real_value(x)};
    else if (!json_is_real(x)) S_bindt_n(j, i, NULL, 0);
}

/* "a.b.c": nested keys; "a.0.b": an array index.                         */
static json_t *S_get(json_t *o, const char *path)
{
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

static void S_bindp(ing_job *j, int i, json_t *o, const char *path)
{
    S_bind(j, i, S_get(o, path));
}

static void S_rows_actors(ing_job *j, json_t *e, json_t *eid)
{
    static const char *const roles[] = {"actor", "recipient"};
    for (int r = 0; r < 2; r++) {
        size_t i;
        json_t *a;
        json_array_foreach(json_object_get(e, roles[r]), i, a) {
            S_row(j, IQ_ACTOR);
            S_bind(j, 1, eid);
            S_bindt(j, 2, roles[r]);
            S_bindi(j, 3, (sqlite3_int64)i);
            S_bindp(j, 4, a, "entity");
            S_bindp(j, 5, a, "text");
            S_bindp(j, 6, a, "code");
            S_bindp(j, 7, a, "country");
            S_bindp(j, 8, a, "sector");
        }
    }
}

static void S_span(ing_job *j, json_t *eid, const char *field, size_t n, json_t *sp)
{
    if (!json_is_object(sp) || !json_object_get(sp, "start")) return;
    S_row(j, IQ_EVIDENCE);
    S_bind(j, 1, eid);
    S_bindt(j, 2, field);
    S_bindi(j, 3, (sqlite3_int64)n);
    S_bindp(j, 4, sp, "start");
    S_bindp(j, 5, sp, "end");
    S_bindp(j, 6, sp, "text");
}

/* The evidence spans of event E: trigger, sentence, the same sentence
 * elsewhere (also_in), the actors' and recipients' spans when given.     */
static void S_rows_evidence(ing_job *j, json_t *e, json_t *eid)
{
    S_span(j, eid, "trigger", 0, json_object_get(e, "trigger"));
    S_span(j, eid, "sentence", 0, json_object_get(e, "text_info"));
    static const char *const arrays[] = {"also_in", "actor", "recipient"};
    for (int k = 0; k < 3; k++) {
        size_t i;
        json_t *sp;
        json_array_foreach(json_object_get(e, arrays[k]), i, sp) {
            json_t *inner = json_object_get(sp, "span");   /* actors: {"span":...} */
            S_span(j, eid, arrays[k], i, inner ? inner : sp);
        }
    }
}

static void S_rows_events(ing_job *j, json_t *doc, json_t *id)
{
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(doc, "events"), i, e) {
        json_t *acled = json_object_get(e, "acled"), *loc = json_object_get(e, "event_loc");
        S_row(j, IQ_EVENT);
        S_bindp(j, 1, e, "id");
        S_bind(j, 2, id);
        S_bindp(j, 3, e, "event");
        S_bindp(j, 4, e, "cameo");
        S_bindp(j, 5, acled, "event_type");
        S_bindp(j, 6, acled, "sub_event_type");
        S_bindp(j, 7, e, "date");
        S_bindp(j, 8, e, "date_precision");
        S_bindp(j, 9, loc, "lat");
        S_bindp(j, 10, loc, "lon");
        S_bindp(j, 11, loc, "country_code");
        S_bindp(j, 12, loc, "name");
        S_bindp(j, 13, e, "actor.0.text");
        S_bindp(j, 14, e, "actor.0.code");
        S_bindp(j, 15, e, "recipient.0.text");
        S_bindp(j, 16, e, "recipient.0.code");
        S_bindp(j, 17, e, "size.dead");
        S_bindp(j, 18, e, "size.injured");
        S_bindp(j, 19, e, "trigger.text");
        S_bindp(j, 20, e, "text_info.text");
        S_bindp(j, 21, e, "confidence");
        if (i < j->nev) S_bindt(j, 22, j->ev_json[i]);
        json_t *eid = json_object_get(e, "id");
        S_rows_actors(j, e, eid);
        S_rows_evidence(j, e, eid);
        j->nevents++;
    }
}

static void S_rows_places(ing_job *j, json_t *doc, json_t *id)
{
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(doc, "places"), i, p) {
        S_row(j, IQ_PLACE);
        S_bind(j, 1, id);
        S_bindp(j, 2, p, "id");
        S_bindp(j, 3, p, "name");
        S_bindp(j, 4, p, "geonameid");
        S_bindp(j, 5, p, "lat");
        S_bindp(j, 6, p, "lon");
        S_bindp(j, 7, p, "country_code");
        S_bindp(j, 8, p, "feature_code");
        S_bindp(j, 9, p, "precision");
        S_bindi(j, 10, (sqlite3_int64)json_array_size(json_object_get(p, "mentions")));
        S_bindp(j, 11, p, "admin1");
    }
}

static void S_rows_simple(ing_job *j, json_t *doc, json_t *id)
{
    size_t i;
    json_t *p;
    S_rows_places(j, doc, id);
    json_t *ents = json_object_get(doc, "entities");
    json_array_foreach(ents, i, p) {
        S_row(j, IQ_ENTITY);
        S_bind(j, 1, id);
        S_bindp(j, 2, p, "id");
        S_bindp(j, 3, p, "type");
        S_bindp(j, 4, p, "name");
        S_bindp(j, 5, p, "title");
        S_bindp(j, 6, p, "role");
        S_bindp(j, 7, p, "actor.code");
        S_bindi(j, 8, (sqlite3_int64)json_array_size(json_object_get(p, "mentions")));
    }
    json_array_foreach(json_object_get(doc, "quotes"), i, p) {
        json_t *sp = json_object_get(p, "speaker");
        S_row(j, IQ_QUOTE);
        S_bind(j, 1, id);
        S_bindp(j, 2, p, "id");
        S_bind(j, 3, sp);
        if (json_is_string(sp)) {
            size_t k;
            json_t *e;
            json_array_foreach(ents, k, e)
                if (json_equal(json_object_get(e, "id"), sp)) S_bindp(j, 4, e, "name");
        }
        S_bindp(j, 5, p, "text");
        S_bindp(j, 6, p, "start");
        S_bindp(j, 7, p, "end");
        S_bindp(j, 8, p, "direct");
    }
    json_array_foreach(json_object_get(doc, "times"), i, p) {
        S_row(j, IQ_TIME);
        S_bind(j, 1, id);
        S_bindi(j, 2, (sqlite3_int64)i + 1);
        S_bindp(j, 3, p, "text");
        S_bindp(j, 4, p, "start");
        S_bindp(j, 5, p, "end");
        S_bindp(j, 6, p, "type");
        S_bindp(j, 7, p, "value");
    }
}

/* ---- The JSON of a document not annotated ------------------------------------ */
/* The id a document is stored under: its own, else from its hash.        */
static const char *S_doc_id(const ing_job *j, char buf[48])
{
    if (j->id) return j->id;
    snprintf(buf, 48, "doc-%.16s", j->hash);
    return buf;
}

/* The JSON of a duplicate (not annotated, or --dedup-only): its metadata,
 * duplicate_of and the contract's arrays, empty; NULL: out of memory.     */
static char *S_meta_json(const ing_job *j)
{
    char idbuf[48];
    json_t *d = json_object();
    if (!d) return NULL;
    json_object_set_new(d, "id", json_string(S_doc_id(j, idbuf)));
    json_object_set_new(d, "published", j->published ? json_string(j->published) : json_null());
    if (j->title) json_object_set_new(d, "title", json_string(j->title));
    if (j->url) json_object_set_new(d, "url", json_string(j->url));
    if (j->source) json_object_set_new(d, "source", json_string(j->source));
    json_object_set_new(d, "lang", json_string("fr"));
    json_object_set_new(d, "duplicate_of", j->dup_of ? json_string(j->dup_of) : json_null());
    if (j->dup_of)
        json_object_set_new(d, "similarity", json_real((double)(long)(j->dup_sim * 1000) / 1000));
    json_object_set_new(d, "output_version", json_integer(DP_OUTPUT_VERSION));
    static const char *const arrays[] = {"repeated", "entities", "places", "times",
                                         "quantities", "quotes", "events"};
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
        json_object_set_new(d, arrays[i], json_array());
    /* its one real, similarity, has 3 decimals in 0..1: 3 significant
     * digits write it exactly (0.992, not 0.99199999999999999)           */
    char *js = json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(3));
    json_decref(d);
    return js;
}

/* Each event's JSON, re-serialised from the parsed tree (compact, members
 * in their order, reals with 15 significant digits: the library writes
 * fewer, so each number keeps the text it had: 0.85, not
 * 0.84999999999999998); -1: out of memory.                               */
static int S_render_events(ing_job *j)
{
    json_t *evs = json_object_get(j->doc, "events");
    size_t n = json_array_size(evs);
    if (!n) return 0;
    const size_t flags = JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15);
    if (!(j->ev_json = calloc(n, sizeof *j->ev_json))) return -1;
    for (; j->nev < n; j->nev++)
        if (!(j->ev_json[j->nev] = json_dumps(json_array_get(evs, j->nev), flags))) return -1;
    return 0;
}

/* The document's row (all but its time stamp, ?10, which the writer
 * binds), then, for an annotated one, the rows of its parts.             */
static void S_rows_doc(ing_job *j)
{
    json_t *doc = j->doc;
    S_row(j, IQ_DOC);
    S_bindt(j, 1, j->docid);
    if (doc) {
        S_bindp(j, 2, doc, "published");
        S_bindp(j, 3, doc, "title");
        S_bindp(j, 4, doc, "url");
        S_bindp(j, 5, doc, "source");
    } else {
        S_bindt(j, 2, j->published);
        S_bindt(j, 3, j->title);
        S_bindt(j, 4, j->url);
        S_bindt(j, 5, j->source);
    }
    S_bindt(j, 6, j->hash);
    S_bindi(j, 7, (sqlite3_int64)j->len);
    S_bindt(j, 8, j->path);
    if (j->line) S_bindi(j, 9, j->line);
    S_bindt_n(j, 11, j->json, j->jlen);
    if (j->dup_of) {
        S_bindt(j, 12, j->dup_of);
        ing_val *v = S_val(j);
        if (v) *v = (ing_val){.kind = IV_REAL, .idx = 13, .u.d = (double)(long)(j->dup_sim * 1000) / 1000};
    }
    if (doc && !j->dup_of) {
        json_t *idv = json_object_get(doc, "id");
        S_rows_events(j, doc, idv);
        S_rows_simple(j, doc, idv);
    }
}

int ing_prepare(ing_job *j)
{
    if (j->error) return -1;
    if (j->doc || j->meta_only) return 0;
    if (j->dup_of || !j->json) {   /* a duplicate, or --dedup-only      */
        free(j->json);
        if (!(j->json = S_meta_json(j))) {
            j->error = strdup("out of memory");
            return -1;
        }
        j->jlen = strlen(j->json);
        j->meta_only = 1;
        j->docid = S_doc_id(j, j->idbuf);
    } else {
        json_error_t err;
        if (!(j->doc = json_loadb(j->json, j->jlen, JSON_ALLOW_NUL, &err))) {
            char msg[300];
            snprintf(msg, sizeof msg, "library output is not JSON: %s", err.text);
            j->error = strdup(msg);
            return -1;
        }
        json_t *idv = json_object_get(j->doc, "id");
        if (!json_is_string(idv)) {
            j->error = strdup("library output without an id");
            return -1;
        }
        j->docid = json_string_value(idv);
        if (S_render_events(j)) {
            j->error = strdup("out of memory");
            return -1;
        }
    }
    S_rows_doc(j);
    if (j->rows_oom) {
        j->error = strdup("out of memory");
        return -1;
    }
    return 0;
}

/* ---- The writer: binds and steps ------------------------------------------- */
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

/* Binds and steps the prepared rows of J; the document's row gets the
 * time stamp STAMP.                                                       */
static int S_write_rows(ing_db *g, const ing_job *j, const char *stamp)
{
    sqlite3_stmt *s = NULL;
    for (size_t k = 0; k <= j->nrows; k++) {
        const ing_val *v = k < j->nrows ? &j->rows[k] : NULL;
        if ((!v || v->kind == IV_ROW) && s && S_step(g, s)) return -1;
        if (!v) break;
        switch (v->kind) {
        case IV_ROW:
            s = g->q[v->idx];
            if (v->idx == IQ_DOC) sqlite3_bind_text(s, 10, stamp, -1, SQLITE_STATIC);
            if (v->idx == IQ_EVENT) g->events++;
            break;
        case IV_TEXT: sqlite3_bind_text(s, v->idx, v->u.s, v->len, SQLITE_STATIC); break;
        case IV_INT: sqlite3_bind_int64(s, v->idx, v->u.i); break;
        case IV_REAL: sqlite3_bind_double(s, v->idx, v->u.d); break;
        default: sqlite3_bind_null(s, v->idx); break;
        }
    }
    return 0;
}

int ing_store(ing_db *g, const ing_job *j)
{
    if (ing_prepare((ing_job *)j)) {
        cli_error(j->path, j->line, "%s", j->error);
        return 1;
    }
    const char *id = j->docid;
    if (ing_lsh_forget_doc(g, id)) return -1;
    sqlite3_stmt *s = g->q[IQ_DEL_DOC];
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    if (S_step(g, s)) return -1;
    /* the writer's connection checks no foreign keys (a look-up for each
     * row): the rows of a replaced document are deleted here, children
     * first, as ON DELETE CASCADE would */
    if (sqlite3_changes(g->db) > 0)
        for (int q = IQ_DEL_ACTORS; q <= IQ_DEL_MINHASH; q++) {
            sqlite3_bind_text(g->q[q], 1, id, -1, SQLITE_STATIC);
            if (S_step(g, g->q[q])) return -1;
        }
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
    /* the document's row first, then (below) its signature, then its parts:
     * the order of the rows as before */
    size_t first = 1;
    while (first < j->nrows && j->rows[first].kind != IV_ROW) first++;
    ing_job head = *j;
    head.nrows = first;
    if (S_write_rows(g, &head, stamp)) return -1;
    /* a document without an id of its own cannot be pointed at: only the
     * others are in the near-duplicate index */
    if (!j->dup_of && j->id) {
        unsigned char sig[DP_MINHASH_BYTES];
        dp_minhash_pack(&j->mh, sig);
        s = g->q[IQ_MINHASH];
        sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
        sqlite3_bind_blob(s, 2, sig, sizeof sig, SQLITE_STATIC);
        if (S_step(g, s)) return -1;
    }
    head.rows = j->rows + first;
    head.nrows = j->nrows - first;
    return S_write_rows(g, &head, stamp);
}
