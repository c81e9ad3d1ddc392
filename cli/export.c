/*
 * export.c -- `depeche export` and `depeche stats`: the events stored by
 * `depeche ingest` handed out in the formats other tools read (PLOVER JSON
 * Lines, ACLED's CSV columns in ACLED's order, a flat CSV, a GeoJSON
 * FeatureCollection), filtered by date, country, type and bounding box;
 * and counts by type, country and month.  Formats: docs/EXPORT.md.
 */
#include "cli.h"

#include <errno.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

enum { C_ID, C_DOC, C_PUBLISHED, C_DATE, C_PRECISION, C_EVENT, C_CAMEO, C_ATYPE, C_ASUB,
       C_ACTOR, C_ACODE, C_RECIPIENT, C_RCODE, C_PLACE, C_COUNTRY, C_LAT, C_LON, C_DEAD,
       C_INJURED, C_CONF, C_STORY, C_TRIGGER, C_SENTENCE, C_TITLE, C_URL, C_SOURCE, C_DUPS,
       C_JSON, C_ADMIN1, C_GEOPREC, C_STAMP, C_ASSOC1, C_ASSOC2, C_SECTOR1, C_SECTOR2, C_CNAME,
       C_DUPIDS };

static const char S_select[] =
    "SELECT e.id, e.doc_id, d.published, e.date, e.date_precision, e.event, e.cameo,"
    " e.acled_type, e.acled_sub, e.actor, e.actor_code, e.recipient, e.recipient_code,"
    " e.place, e.country, e.lat, e.lon, e.dead, e.injured, e.confidence, e.story,"
    " e.trigger, e.sentence, d.title, d.url, d.source,"
    " (SELECT count(*) FROM documents x WHERE x.duplicate_of = e.doc_id), e.json, p.admin1,"
    " p.precision,"
    " CAST(strftime('%s', d.ingested) AS INTEGER),"
    " (SELECT group_concat(text, '; ') FROM event_actors a"
    "   WHERE a.event_id = e.id AND a.role = 'actor' AND a.n > 0),"
    " (SELECT group_concat(text, '; ') FROM event_actors a"
    "   WHERE a.event_id = e.id AND a.role = 'recipient' AND a.n > 0),"
    " (SELECT sector FROM event_actors a WHERE a.event_id = e.id AND a.role = 'actor' AND a.n = 0),"
    " (SELECT sector FROM event_actors a WHERE a.event_id = e.id AND a.role = 'recipient' AND a.n = 0),"
    " (SELECT name FROM places c WHERE c.country_code = e.country AND c.precision = 'country'"
    "   ORDER BY c.doc_id LIMIT 1),"
    " (SELECT json_group_array(id) FROM (SELECT id FROM documents x"
    "   WHERE x.duplicate_of = e.doc_id ORDER BY id))"
    " FROM events e JOIN documents d ON d.id = e.doc_id"
    " LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = json_extract(e.json, '$.event_loc.id')"
    " WHERE d.duplicate_of IS NULL";

typedef struct S_out {
    FILE *f;
    sqlite3_stmt *s;
    size_t n;
} S_out;

static const char *S_col(S_out *x, int c)
{
    return (const char *)sqlite3_column_text(x->s, c);
}

static int S_null(S_out *x, int c) { return sqlite3_column_type(x->s, c) == SQLITE_NULL; }

/* ---- Opening the database, read-only ---------------------------------------- */
static sqlite3 *S_open(const char *path)
{
    sqlite3 *db = NULL;
    if (!path) {
        fprintf(stderr, "depeche: --db PATH is needed (the database of depeche ingest)\n");
        return NULL;
    }
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
        sqlite3_exec(db, "SELECT 1 FROM events LIMIT 1", NULL, NULL, NULL) != SQLITE_OK) {
        cli_error(path, 0, "not a depeche database: %s", db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return NULL;
    }
    if (sqlite3_exec(db, "SELECT p.admin1, e.story, a.code, d.duplicate_of FROM places p,"
                         " events e, event_actors a, documents d LIMIT 0", NULL, NULL, NULL) != SQLITE_OK) {
        cli_error(path, 0, "the database was written by an older depeche (%s): run depeche "
                           "ingest on it once to upgrade it", sqlite3_errmsg(db));
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, 10000);
    return db;
}

/* ---- CSV ---------------------------------------------------------------------- */
static void S_csv_field(FILE *f, const char *v, int last)
{
    if (v && v[strcspn(v, ",\"\r\n")]) {
        fputc('"', f);
        for (; *v; v++) {
            if (*v == '"') fputc('"', f);
            fputc(*v, f);
        }
        fputc('"', f);
    } else if (v) {
        fputs(v, f);
    }
    fputs(last ? "\r\n" : ",", f);
}

static const char *const S_flat_cols[] = {
    "id", "doc_id", "published", "date", "date_precision", "event", "cameo", "acled_event_type",
    "acled_sub_event_type", "actor", "actor_code", "recipient", "recipient_code", "place",
    "country", "lat", "lon", "dead", "injured", "confidence", "story", "trigger", "sentence",
    "title", "url", "source", "duplicates"};
#define S_NFLAT ((int)(sizeof S_flat_cols / sizeof S_flat_cols[0]))

static void S_csv_row(S_out *x)
{
    for (int c = 0; c < S_NFLAT; c++) S_csv_field(x->f, S_col(x, c), c == S_NFLAT - 1);
}

/* ---- ACLED -------------------------------------------------------------------- */
static const char *const S_acled_cols[] = {
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp"};
#define S_NACLED ((int)(sizeof S_acled_cols / sizeof S_acled_cols[0]))

/* ACLED's actor type (inter code) from a CAMEO sector: 1 state forces,
 * 2 rebel groups, 3 political militias, 6 protesters, 7 civilians.       */
static int S_inter(const char *sector, const char *event)
{
    if (!sector) return event && !strcmp(event, "PROTEST") ? 6 : 0;
    static const char *const map[][2] = {
        {"MIL", "1"}, {"GOV", "1"}, {"COP", "1"}, {"SPY", "1"}, {"JUD", "1"}, {"REB", "2"},
        {"INS", "2"}, {"IMG", "2"}, {"SEP", "2"}, {"UAF", "3"}, {"CVL", "7"}, {"REF", "7"},
        {"EDU", "7"}, {"MED", "7"}, {"BUS", "7"}, {"HLH", "7"}, {"LAB", "6"}, {"OPP", "6"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(sector, map[i][0])) return map[i][1][0] - '0';
    return 0;
}

static const char *S_disorder(const char *type)
{
    if (!type) return NULL;
    if (!strcmp(type, "Protests")) return "Demonstrations";
    if (!strcmp(type, "Riots")) return "Political violence; Demonstrations";
    if (!strcmp(type, "Strategic developments")) return "Strategic developments";
    return "Political violence";
}

static const char *S_time_precision(const char *p)
{
    if (!p) return NULL;
    return !strcmp(p, "day") ? "1" : !strcmp(p, "published") ? "2" : "3";
}

static const char *S_geo_precision(const char *p)
{
    if (!p) return NULL;
    return !strcmp(p, "exact") ? "1" : !strcmp(p, "approx") ? "2" : "3";
}

static void S_acled_row(S_out *x)
{
    char year[8] = "", i1[16] = "", i2[16] = "", inter[16] = "", fat[24] = "0";
    const char *date = S_col(x, C_DATE), *event = S_col(x, C_EVENT);
    if (date && strlen(date) >= 4) snprintf(year, sizeof year, "%.4s", date);
    int a = S_inter(S_col(x, C_SECTOR1), event), b = S_inter(S_col(x, C_SECTOR2), NULL);
    if (a) snprintf(i1, sizeof i1, "%d", a);
    if (b) snprintf(i2, sizeof i2, "%d", b);
    /* ACLED's interaction: the two codes, smaller first; one actor alone: X0 */
    if (a || b) snprintf(inter, sizeof inter, "%d", a && b ? (a < b ? a * 10 + b : b * 10 + a) : (a + b) * 10);
    if (!S_null(x, C_DEAD)) snprintf(fat, sizeof fat, "%s", S_col(x, C_DEAD));
    const char *atype = S_col(x, C_ATYPE);
    int civ = b == 7 || (atype && !strcmp(atype, "Violence against civilians"));
    const char *cname = S_col(x, C_CNAME);
    const char *v[S_NACLED] = {
        S_col(x, C_ID), date, year, S_time_precision(S_col(x, C_PRECISION)), S_disorder(atype),
        atype, S_col(x, C_ASUB), S_col(x, C_ACTOR), S_col(x, C_ASSOC1), i1, S_col(x, C_RECIPIENT),
        S_col(x, C_ASSOC2), i2, inter, civ ? "Civilian targeting" : NULL, NULL, NULL,
        cname ? cname : S_col(x, C_COUNTRY), S_col(x, C_ADMIN1), NULL, NULL, S_col(x, C_PLACE),
        S_col(x, C_LAT), S_col(x, C_LON), S_geo_precision(S_col(x, C_GEOPREC)),
        S_col(x, C_SOURCE), NULL, S_col(x, C_SENTENCE), fat, NULL, S_col(x, C_STAMP)};
    for (int c = 0; c < S_NACLED; c++) S_csv_field(x->f, v[c], c == S_NACLED - 1);
}

/* ---- JSON: PLOVER lines and GeoJSON features -------------------------------------- */
static json_t *S_event_json(S_out *x)
{
    json_error_t err;
    const char *js = S_col(x, C_JSON);
    json_t *e = js ? json_loads(js, 0, &err) : NULL;
    if (!json_is_object(e)) { json_decref(e); e = json_object(); }
    json_object_set_new(e, "doc_id", json_string(S_col(x, C_DOC)));
    json_object_set_new(e, "published", S_null(x, C_PUBLISHED) ? json_null() : json_string(S_col(x, C_PUBLISHED)));
    json_object_set_new(e, "story", S_null(x, C_STORY) ? json_null() : json_string(S_col(x, C_STORY)));
    /* the documents that duplicate this event's article (not coded again) */
    const char *dups = S_col(x, C_DUPIDS);
    json_t *d = dups ? json_loads(dups, 0, &err) : NULL;
    json_object_set_new(e, "duplicates", json_is_array(d) ? d : json_array());
    if (d && !json_is_array(d)) json_decref(d);
    return e;
}

static void S_dump(FILE *f, json_t *j)
{
    char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
    if (s) fputs(s, f);
    free(s);
}

static void S_plover_row(S_out *x)
{
    json_t *e = S_event_json(x);
    S_dump(x->f, e);
    fputc('\n', x->f);
    json_decref(e);
}

static void S_geojson_row(S_out *x)
{
    if (S_null(x, C_LAT) || S_null(x, C_LON)) return;
    json_t *p = json_object();
    for (int c = 0; c < S_NFLAT; c++) {
        if (c == C_LAT || c == C_LON) continue;
        int t = sqlite3_column_type(x->s, c);
        json_t *v = t == SQLITE_INTEGER ? json_integer(sqlite3_column_int64(x->s, c))
                  : t == SQLITE_FLOAT ? json_real(sqlite3_column_double(x->s, c))
                  : t == SQLITE_NULL ? json_null() : json_string(S_col(x, c));
        json_object_set_new(p, S_flat_cols[c], v ? v : json_null());
    }
    json_t *f = json_pack("{s:s,s:{s:s,s:[f,f]},s:o}", "type", "Feature", "geometry", "type",
                          "Point", "coordinates", sqlite3_column_double(x->s, C_LON),
                          sqlite3_column_double(x->s, C_LAT), "properties", p);
    if (x->n++) fputs(",\n", x->f);
    S_dump(x->f, f);
    json_decref(f);
}

/* ---- Filters -------------------------------------------------------------------- */
static int S_date_arg(const char *s)
{
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return 0;
    return 1;
}

static int S_bbox(const char *s, double b[4])
{
    char *end;
    for (int i = 0; i < 4; i++) {
        b[i] = strtod(s, &end);
        if (end == s || (i < 3 ? *end != ',' : *end != 0)) return 0;
        s = end + 1;
    }
    return b[0] <= b[2] && b[1] <= b[3] && b[1] >= -90 && b[3] <= 90;
}

/* The WHERE additions of the filters and their bindings.                 */
static int S_filters(const cli_opts *o, char *sql, size_t cap, double bb[4])
{
    if ((o->from && !S_date_arg(o->from)) || (o->to && !S_date_arg(o->to))) {
        fprintf(stderr, "depeche export: --from/--to take YYYY, YYYY-MM or YYYY-MM-DD\n");
        return -1;
    }
    if (o->bbox && !S_bbox(o->bbox, bb)) {
        fprintf(stderr, "depeche export: --bbox takes W,S,E,N in degrees (W <= E, S <= N)\n");
        return -1;
    }
    snprintf(sql, cap, "%s%s%s%s%s%s ORDER BY e.date, e.id", S_select,
             o->from ? " AND substr(e.date, 1, length(?1)) >= ?1" : "",
             o->to ? " AND substr(e.date, 1, length(?2)) <= ?2" : "",
             o->country ? " AND e.country = upper(?3)" : "",
             o->type ? " AND e.event = upper(?4)" : "",
             o->bbox ? " AND e.lon BETWEEN ?5 AND ?7 AND e.lat BETWEEN ?6 AND ?8" : "");
    return 0;
}

int cli_export(const cli_opts *o)
{
    static const char *const formats[] = {"plover", "acled", "csv", "geojson"};
    int fmt = -1;
    for (int i = 0; o->format && i < 4; i++)
        if (!strcmp(o->format, formats[i])) fmt = i;
    if (fmt < 0) {
        fprintf(stderr, "depeche export: --format plover|acled|csv|geojson is needed%s%s%s\n",
                o->format ? " (not '" : "", o->format ? o->format : "", o->format ? "')" : "");
        return CLI_USAGE;
    }
    char sql[sizeof S_select + 512];
    double bb[4] = {0};
    if (S_filters(o, sql, sizeof sql, bb)) return CLI_USAGE;
    sqlite3 *db = S_open(o->db);
    if (!db) return CLI_USAGE;
    S_out x = {.f = stdout};
    if (sqlite3_prepare_v2(db, sql, -1, &x.s, NULL) != SQLITE_OK) {
        cli_error(o->db, 0, "cannot query: %s", sqlite3_errmsg(db));
        sqlite3_close(db);
        return CLI_USAGE;
    }
    if (o->from) sqlite3_bind_text(x.s, 1, o->from, -1, SQLITE_STATIC);
    if (o->to) sqlite3_bind_text(x.s, 2, o->to, -1, SQLITE_STATIC);
    if (o->country) sqlite3_bind_text(x.s, 3, o->country, -1, SQLITE_STATIC);
    if (o->type) sqlite3_bind_text(x.s, 4, o->type, -1, SQLITE_STATIC);
    for (int i = 0; o->bbox && i < 4; i++) sqlite3_bind_double(x.s, 5 + i, bb[i]);
    if (o->output && !(x.f = fopen(o->output, "w"))) {
        cli_error(o->output, 0, "cannot write: %s", strerror(errno));
        sqlite3_finalize(x.s);
        sqlite3_close(db);
        return CLI_PARTIAL;
    }
    if (fmt == 1)
        for (int c = 0; c < S_NACLED; c++) S_csv_field(x.f, S_acled_cols[c], c == S_NACLED - 1);
    if (fmt == 2)
        for (int c = 0; c < S_NFLAT; c++) S_csv_field(x.f, S_flat_cols[c], c == S_NFLAT - 1);
    if (fmt == 3) fputs("{\"type\":\"FeatureCollection\",\"features\":[\n", x.f);
    int rc;
    while ((rc = sqlite3_step(x.s)) == SQLITE_ROW) {
        if (fmt == 0) S_plover_row(&x);
        else if (fmt == 1) S_acled_row(&x);
        else if (fmt == 2) S_csv_row(&x);
        else S_geojson_row(&x);
    }
    if (fmt == 3) fputs("\n]}\n", x.f);
    int r = CLI_OK;
    if (rc != SQLITE_DONE) {
        cli_error(o->db, 0, "cannot read: %s", sqlite3_errmsg(db));
        r = CLI_USAGE;
    }
    sqlite3_finalize(x.s);
    sqlite3_close(db);
    if ((fflush(x.f) != 0 || ferror(x.f)) && r == CLI_OK) {
        cli_error(o->output, 0, "cannot write the output: %s", strerror(errno ? errno : EIO));
        r = CLI_PARTIAL;
    }
    if (x.f != stdout && fclose(x.f) != 0 && r == CLI_OK) r = CLI_PARTIAL;
    return r;
}

/* ---- stats -------------------------------------------------------------------- */
static int S_table(sqlite3 *db, const char *title, const char *sql, json_t *js)
{
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return -1;
    json_t *obj = json_object();
    if (!js) printf("\n%s\n", title);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *k = (const char *)sqlite3_column_text(s, 0);
        long long n = sqlite3_column_int64(s, 1);
        if (js) json_object_set_new(obj, k ? k : "(none)", json_integer(n));
        else printf("  %-24s %8lld\n", k ? k : "(none)", n);
    }
    sqlite3_finalize(s);
    if (js) json_object_set_new(js, title, obj);
    else json_decref(obj);
    return 0;
}

static long long S_count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s;
    long long n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(s) == SQLITE_ROW) n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

int cli_stats(const cli_opts *o)
{
    sqlite3 *db = S_open(o->db);
    if (!db) return CLI_USAGE;
    static const char *const totals[][2] = {
        {"documents", "SELECT count(*) FROM documents"},
        {"duplicates", "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"},
        {"events", "SELECT count(*) FROM events"},
        {"stories", "SELECT count(*) FROM stories"},
        {"stories with several articles", "SELECT count(*) FROM stories WHERE articles > 1"}};
    json_t *js = o->json ? json_object() : NULL;
    for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++) {
        long long n = S_count(db, totals[i][1]);
        if (js) json_object_set_new(js, totals[i][0], json_integer(n));
        else printf("%-30s %8lld\n", totals[i][0], n);
    }
    int bad = S_table(db, "by type", "SELECT event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1", js) ||
              S_table(db, "by country", "SELECT country, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1", js) ||
              S_table(db, "by month", "SELECT substr(date, 1, 7), count(*) FROM events GROUP BY 1 ORDER BY 1", js);
    if (js) {
        S_dump(stdout, js);
        putchar('\n');
        json_decref(js);
    }
    if (bad) cli_error(o->db, 0, "cannot query: %s", sqlite3_errmsg(db));
    sqlite3_close(db);
    if (fflush(stdout) != 0 || ferror(stdout)) return CLI_PARTIAL;
    return bad ? CLI_USAGE : CLI_OK;
}
