/*
 * ingest_store.c -- the database side of `depeche ingest`: the schema
 * (created, or upgraded by adding what an older database lacks), the
 * prepared statements, and the writer, which binds and steps the rows the
 * workers prepared (ingest_rows.c).  Schema: docs/SCHEMA.md.
 */
#include "ingest.h"

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
    /* entities, quotes, times: tables in a database of an older depeche (its
     * rows are written still, ing_job.mention_rows); since issue 7's fourth
     * pass (user_version 2) views of each documents.json, whose arrays they
     * copied: two thirds of the rows a document wrote.  The same columns and
     * values as the tables (quotes.speaker_name: the name of the speaker's
     * entity, '' when it has none).                                       */
    "CREATE VIEW IF NOT EXISTS entities(doc_id, id, type, name, title, role, actor_code, mentions) AS"
    " SELECT d.id, json_extract(x.value, '$.id'), json_extract(x.value, '$.type'),"
    "  json_extract(x.value, '$.name'), json_extract(x.value, '$.title'), json_extract(x.value, '$.role'),"
    "  json_extract(x.value, '$.actor.code'), json_array_length(x.value, '$.mentions')"
    " FROM documents d, json_each(d.json, '$.entities') x;"
    "CREATE VIEW IF NOT EXISTS quotes(doc_id, id, speaker, speaker_name, text, start, \"end\", direct) AS"
    " SELECT d.id, json_extract(x.value, '$.id'), json_extract(x.value, '$.speaker'),"
    "  CASE WHEN json_extract(x.value, '$.speaker') IS NULL THEN NULL ELSE coalesce((SELECT"
    "  json_extract(y.value, '$.name') FROM json_each(d.json, '$.entities') y"
    "  WHERE json_extract(y.value, '$.id') = json_extract(x.value, '$.speaker')), '') END,"
    "  json_extract(x.value, '$.text'), json_extract(x.value, '$.start'), json_extract(x.value, '$.end'),"
    "  json_extract(x.value, '$.direct')"
    " FROM documents d, json_each(d.json, '$.quotes') x;"
    "CREATE VIEW IF NOT EXISTS times(doc_id, n, text, start, \"end\", type, value) AS"
    " SELECT d.id, x.key + 1, json_extract(x.value, '$.text'), json_extract(x.value, '$.start'),"
    "  json_extract(x.value, '$.end'), json_extract(x.value, '$.type'), json_extract(x.value, '$.value')"
    " FROM documents d, json_each(d.json, '$.times') x;"
    /* added by the archive work (issue 7) */
    "CREATE TABLE IF NOT EXISTS event_actors("
    " event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, role TEXT NOT NULL,"
    " n INTEGER NOT NULL, entity TEXT, text TEXT, code TEXT, country TEXT, sector TEXT,"
    " PRIMARY KEY(event_id, role, n)) WITHOUT ROWID;"
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
    " place TEXT, lat REAL, lon REAL, events INTEGER, articles INTEGER, sources INTEGER);"
    /* documents.json holds no "events" since issue 7's third pass (they are
     * events.json): the whole document output, as an older database has it */
    "CREATE VIEW IF NOT EXISTS document_json(id, json) AS SELECT d.id,"
    " CASE WHEN json_type(d.json, '$.events') IS NOT NULL THEN d.json"
    " ELSE json_set(d.json, '$.events', json((SELECT json_group_array(json(x.json)) FROM"
    " (SELECT e.json FROM events e WHERE e.doc_id = d.id ORDER BY length(e.id), e.id) x))) END"
    " FROM documents d;"
    /* evidence: a table in a database of an older depeche (its rows are
     * written still, ing_job.evidence_rows); since issue 7's third pass a view
     * of the spans each events.json holds (a table of copies was 7 % of the
     * database and a fifth of its rows).  Its arms in the order of the
     * table's key (field, n), the text of trigger and sentence from their
     * columns.                                                            */
    "CREATE VIEW IF NOT EXISTS evidence(event_id, field, n, start, \"end\", text) AS"
    " SELECT e.id, 'actor', a.key, json_extract(a.value, '$.span.start'),"
    "  json_extract(a.value, '$.span.end'), json_extract(a.value, '$.span.text')"
    "  FROM events e, json_each(e.json, '$.actor') a WHERE json_type(a.value, '$.span') = 'object'"
    " UNION ALL SELECT e.id, 'also_in', a.key, json_extract(a.value, '$.start'),"
    "  json_extract(a.value, '$.end'), json_extract(a.value, '$.text')"
    "  FROM events e, json_each(e.json, '$.also_in') a WHERE a.type = 'object'"
    " UNION ALL SELECT e.id, 'recipient', a.key, json_extract(a.value, '$.span.start'),"
    "  json_extract(a.value, '$.span.end'), json_extract(a.value, '$.span.text')"
    "  FROM events e, json_each(e.json, '$.recipient') a WHERE json_type(a.value, '$.span') = 'object'"
    " UNION ALL SELECT e.id, 'sentence', 0, json_extract(e.json, '$.text_info.start'),"
    "  json_extract(e.json, '$.text_info.end'), e.sentence"
    "  FROM events e WHERE json_type(e.json, '$.text_info') = 'object'"
    " UNION ALL SELECT e.id, 'trigger', 0, json_extract(e.json, '$.trigger.start'),"
    "  json_extract(e.json, '$.trigger.end'), e.trigger"
    "  FROM events e WHERE json_type(e.json, '$.trigger') = 'object';";

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
    "CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors(code);"
    "CREATE INDEX IF NOT EXISTS documents_dup ON documents(duplicate_of);"
    "CREATE INDEX IF NOT EXISTS documents_published ON documents(published);";

/* A document's rows (IQ_EVENT to IQ_EVIDENCE) are INSERT OR IGNORE: their
 * keys are unique within the document and its old rows are deleted before
 * (ing_store), so nothing is ignored (S_write_rows stops with an error if
 * a row was), and a statement of several rows
 * (S_write_rows) that cannot abort needs no statement journal (with OR
 * REPLACE, a NOT NULL column without a default can abort it: each step
 * then copied every page it changed, 16 KiB each, into a journal of its
 * own, which cost more than the rows).                                  */
static const char *const S_sql[IQ_N] = {
    "SELECT 1 FROM documents WHERE hash=?1",
    "DELETE FROM documents WHERE id=?1",
    ("INSERT INTO documents(id, published, title, url, source, hash, bytes, file, line,"
     " ingested, json, duplicate_of, similarity) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"),
    ("INSERT OR IGNORE INTO events(id, doc_id, event, cameo, acled_type, acled_sub, date,"
     " date_precision, lat, lon, country, place, actor, actor_code, recipient, recipient_code,"
     " dead, injured, trigger, sentence, confidence, json, story) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,"
     "?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,'s:'||?1)"),
    ("INSERT OR IGNORE INTO places(doc_id, id, name, geonameid, lat, lon, country_code,"
     " feature_code, precision, mentions, admin1) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"),
    ("INSERT OR IGNORE INTO entities(doc_id, id, type, name, title, role, actor_code, mentions)"
     " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"),
    ("INSERT OR IGNORE INTO quotes(doc_id, id, speaker, speaker_name, text, start, \"end\","
     " direct) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"),
    ("INSERT OR IGNORE INTO times(doc_id, n, text, start, \"end\", type, value)"
     " VALUES(?1,?2,?3,?4,?5,?6,?7)"),
    ("INSERT OR IGNORE INTO event_actors(event_id, role, n, entity, text, code, country, sector)"
     " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"),
    ("INSERT OR IGNORE INTO evidence(event_id, field, n, start, \"end\", text)"
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
    sqlite3_stmt *q;
    int created = 0;   /* no documents table yet: this version's layout */
    if (sqlite3_prepare_v2(g->db, "SELECT 1 FROM sqlite_master WHERE name = 'documents'", -1, &q, NULL) ==
        SQLITE_OK) {
        created = sqlite3_step(q) == SQLITE_DONE;
        sqlite3_finalize(q);
    }
    if (ing_exec(g, ing_schema)) return -1;
    if (created && ing_exec(g, "PRAGMA user_version=2")) return -1;
    g->new_layout = 0;
    if (sqlite3_prepare_v2(g->db, "PRAGMA user_version", -1, &q, NULL) == SQLITE_OK) {
        g->new_layout = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int(q, 0) >= 1;
        sqlite3_finalize(q);
    }
    for (size_t i = 0; i < sizeof S_added / sizeof S_added[0]; i++) {
        if (S_has_column(g, S_added[i][0], S_added[i][1])) continue;
        char sql[200];
        snprintf(sql, sizeof sql, "ALTER TABLE %s ADD COLUMN %s %s", S_added[i][0],
                 S_added[i][1], S_added[i][2]);
        if (ing_exec(g, sql)) return -1;
    }
    if (ing_exec(g, S_index_doc)) return -1;
    int empty = 1;
    if (sqlite3_prepare_v2(g->db, "SELECT 1 FROM documents LIMIT 1", -1, &q, NULL) == SQLITE_OK) {
        empty = sqlite3_step(q) != SQLITE_ROW;
        sqlite3_finalize(q);
    }
    g->was_empty = empty;
    if (empty && sqlite3_prepare_v2(g->db, "SELECT 1 FROM doc_minhash LIMIT 1", -1, &q, NULL) == SQLITE_OK) {
        g->fresh = sqlite3_step(q) == SQLITE_DONE;
        sqlite3_finalize(q);
    }
    if (!empty && ing_db_indexes(g)) return -1;
    g->evidence_table = 0;
    if (sqlite3_prepare_v2(g->db, "SELECT 1 FROM sqlite_master WHERE name = 'evidence' AND type = 'table'",
                           -1, &q, NULL) == SQLITE_OK) {
        g->evidence_table = sqlite3_step(q) == SQLITE_ROW;
        sqlite3_finalize(q);
    }
    g->mention_tables = 0;
    if (sqlite3_prepare_v2(g->db, "SELECT 1 FROM sqlite_master WHERE name = 'entities' AND type = 'table'",
                           -1, &q, NULL) == SQLITE_OK) {
        g->mention_tables = sqlite3_step(q) == SQLITE_ROW;
        sqlite3_finalize(q);
    }
    for (int i = 0; i < IQ_N; i++) {
        if (!g->evidence_table && (i == IQ_EVIDENCE || i == IQ_DEL_EVIDENCE)) continue;
        if (!g->mention_tables && (i == IQ_ENTITY || i == IQ_QUOTE || i == IQ_TIME ||
                                   i == IQ_DEL_ENTITIES || i == IQ_DEL_QUOTES || i == IQ_DEL_TIMES))
            continue;
        if (sqlite3_prepare_v2(g->db, S_sql[i], -1, &g->q[i], NULL) != SQLITE_OK)
            return S_dberr(g, "cannot prepare");
        int cols = 0;
        for (const char *p = strstr(S_sql[i], " VALUES("); p && *p; p++)
            if (*p == '?' && atoi(p + 1) > cols) cols = atoi(p + 1);
        g->ncols[i] = cols;
    }
    return 0;
}

int ing_db_indexes(ing_db *g)
{
    return ing_exec(g, S_indexes) || ing_exec(g, ing_index_story) ? -1 : 0;
}

int ing_db_indexes_but_story(ing_db *g)
{
    return ing_exec(g, S_indexes);
}

/* events(story): built by the end of a run on a fresh database once the
 * stories' links are stored (ingest_story.c), so that storing them does
 * not update it row by row.                                              */
const char ing_index_story[] = "CREATE INDEX IF NOT EXISTS events_story ON events(story);";

void ing_db_close(ing_db *g)
{
    free(g->stored_ids);
    g->stored_ids = NULL;
    free(g->rowat);
    g->rowat = NULL;
    for (int i = 0; i < IQ_N; i++) {
        sqlite3_finalize(g->q[i]);
        for (int k = 1; k <= ING_MULTI_LOG2; k++) sqlite3_finalize(g->multi[i][k]);
    }
    sqlite3_close(g->db);
    g->db = NULL;
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

char *ing_multi_sql(const char *sql, int n, int *ncols)
{
    const char *row = strstr(sql, " VALUES(");
    if (!row) return NULL;
    row += 7;
    int cols = 0;
    for (const char *p = row; *p; p++)
        if (*p == '?' && atoi(p + 1) > cols) cols = atoi(p + 1);
    size_t head = (size_t)(row - sql), len = strlen(row);
    /* a parameter's number grows from one digit to at most six           */
    char *out = malloc(head + (size_t)n * (len * 4 + 1) + 1);
    if (!out) return NULL;
    memcpy(out, sql, head);
    size_t o = head;
    for (int k = 0; k < n; k++) {
        if (k) out[o++] = ',';
        for (const char *p = row; *p; p++) {
            if (*p != '?') { out[o++] = *p; continue; }
            char *e;
            long v = strtol(p + 1, &e, 10);
            o += (size_t)sprintf(out + o, "?%ld", v + (long)k * cols);
            p = e - 1;
        }
    }
    out[o] = 0;
    if (ncols) *ncols = cols;
    return out;
}

/* Statement Q for 2^K rows (K 0: q[Q] itself); NULL on an error.         */
static sqlite3_stmt *S_multi(ing_db *g, int q, int k)
{
    if (!k) return g->q[q];
    if (g->multi[q][k]) return g->multi[q][k];
    char *sql = ing_multi_sql(S_sql[q], 1 << k, NULL);
    if (!sql) return NULL;
    if (sqlite3_prepare_v2(g->db, sql, -1, &g->multi[q][k], NULL) != SQLITE_OK) g->multi[q][k] = NULL;
    free(sql);
    return g->multi[q][k];
}

/* Binds the values of the row at V (its IV_ROW) to S, their parameters
 * numbered from AT + 1 on; END: the end of the job's values.            */
static void S_bind_row(sqlite3_stmt *s, const ing_val *v, const ing_val *end, int at)
{
    for (v++; v < end && v->kind != IV_ROW; v++) {
        int i = v->idx + at;
        switch (v->kind) {
        case IV_TEXT: sqlite3_bind_text(s, i, v->u.s, v->len, SQLITE_STATIC); break;
        case IV_INT: sqlite3_bind_int64(s, i, v->u.i); break;
        case IV_REAL: sqlite3_bind_double(s, i, v->u.d); break;
        default: sqlite3_bind_null(s, i); break;
        }
    }
}

/* Binds and steps the prepared rows of J; the document's row gets the
 * time stamp STAMP.  The rows of each statement go in their order, in
 * blocks of 2^k rows a step (ing_multi_sql): a document's entities, say,
 * in one or two steps instead of one a row, and the tables one after the
 * other (the rows of a table are in the order they had, so are the rowids
 * of events; the writer checks no foreign key, so the order of the
 * tables does not matter).                                              */
static int S_write_rows(ing_db *g, const ing_job *j, const char *stamp)
{
    const ing_val *v = j->rows, *end = j->rows + j->nrows;
    if (j->nrows * 2 > g->caprowat) {
        size_t nc = j->nrows * 2 + 256;
        size_t *p = realloc(g->rowat, nc * sizeof *p);
        if (!p) { cli_error(g->path, 0, "out of memory"); return -1; }
        g->rowat = p;
        g->caprowat = nc;
    }
    /* the rows, by statement (a counting sort: each one's in their order) */
    size_t count[IQ_N + 1] = {0}, nr = 0, *at = g->rowat, *by = g->rowat + j->nrows;
    for (size_t k = 0; k < j->nrows; k++)
        if (v[k].kind == IV_ROW && v[k].idx < IQ_N) { at[nr++] = k; count[v[k].idx + 1]++; }
    for (int q = 0; q < IQ_N; q++) count[q + 1] += count[q];
    size_t first[IQ_N + 1];
    memcpy(first, count, sizeof first);
    for (size_t r = 0; r < nr; r++) by[count[v[at[r]].idx]++] = at[r];
    for (int q = 0; q < IQ_N; q++) {
        for (size_t r = first[q]; r < first[q + 1];) {
            size_t left = first[q + 1] - r;
            int k = ING_MULTI_LOG2;
            while (k && ((size_t)1 << k) > left) k--;
            sqlite3_stmt *s = S_multi(g, q, k);
            if (!s) return S_dberr(g, "cannot prepare");
            int ncols = g->ncols[q];
            for (int slot = 0; slot < 1 << k; slot++, r++) {
                S_bind_row(s, v + by[r], end, slot * ncols);
                if (q == IQ_DOC) sqlite3_bind_text(s, 10 + slot * ncols, stamp, -1, SQLITE_STATIC);
                if (q == IQ_EVENT) g->events++;
            }
            if (S_step(g, s)) return -1;
            if (sqlite3_changes(g->db) != 1 << k) {   /* OR IGNORE skipped a row */
                cli_error(j->path, j->line, "document %s: %d of %d rows not stored (a key already taken or "
                          "a missing value)", j->docid, (1 << k) - sqlite3_changes(g->db), 1 << k);
                return -1;
            }
        }
    }
    return 0;
}

/* ---- The ids stored since a fresh database was opened ------------------------ */
/* On a database that had no document and no signature when it was opened,
 * a document whose id ing_store has not stored since cannot have old rows:
 * the look-ups that delete them (two a document) are skipped.  The ids
 * stored are in a Bloom filter of fixed size (1 MiB: a few false
 * positives a million documents, each one only a look-up done).         */
#define S_IDS_LOG2 23

static uint64_t S_id_hash(const char *id)
{
    uint64_t h = 1469598103934665603ull;
    for (const unsigned char *p = (const unsigned char *)id; *p; p++) h = (h ^ *p) * 1099511628211ull;
    return h ^ (h >> 29);
}

/* Whether ID may have been stored (ADD: and notes it); 1 when unknown.   */
static int S_stored_id(ing_db *g, const char *id, int add)
{
    if (!g->fresh) return 1;
    if (!g->stored_ids && !(g->stored_ids = calloc((1u << S_IDS_LOG2) / 64, 8))) {
        g->fresh = 0;   /* no memory for it: every document is looked up  */
        return 1;
    }
    uint64_t h = S_id_hash(id), mask = (1u << S_IDS_LOG2) - 1;
    uint64_t a = h & mask, b = (h >> 32) & mask;
    int had = (g->stored_ids[a >> 6] >> (a & 63) & 1) && (g->stored_ids[b >> 6] >> (b & 63) & 1);
    if (add) {
        g->stored_ids[a >> 6] |= 1ull << (a & 63);
        g->stored_ids[b >> 6] |= 1ull << (b & 63);
    }
    return had;
}

/* Deletes the rows of the stored document ID, if any (it is replaced).   */
static int S_delete_doc(ing_db *g, const char *id)
{
    if (ing_lsh_forget_doc(g, id)) return -1;
    sqlite3_stmt *s = g->q[IQ_DEL_DOC];
    sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
    if (S_step(g, s)) return -1;
    /* the writer's connection checks no foreign keys (a look-up for each
     * row): the rows of a replaced document are deleted here, children
     * first, as ON DELETE CASCADE would; also when its documents row was
     * already gone (deleted by another tool with foreign keys off, which
     * leaves its rows behind: the new ones would collide with them) */
    for (int q = IQ_DEL_ACTORS; q <= IQ_DEL_MINHASH; q++) {
        if (!g->q[q]) continue;   /* a view: evidence, entities, quotes, times */
        sqlite3_bind_text(g->q[q], 1, id, -1, SQLITE_STATIC);
        if (S_step(g, g->q[q])) return -1;
    }
    return 0;
}

int ing_store(ing_db *g, const ing_job *j)
{
    if (ing_prepare((ing_job *)j, NULL)) {
        cli_error(j->path, j->line, "%s", j->error);
        return 1;
    }
    const char *id = j->docid;
    if (S_stored_id(g, id, 1) && S_delete_doc(g, id)) return -1;
    sqlite3_stmt *s;
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
