/*
 * ingest_story.c -- stories: the events of several articles that report the
 * same real-world event.  Two events of different documents are linked
 * when they have the same PLOVER type, dates at most S_DAYS apart (day
 * precision), the same country and the same place (at most S_KM apart, or
 * the same admin1 region), compatible actors and recipients (codes equal,
 * one a prefix of the other, or unknown), and sentences that share words
 * (or an exact place within S_NEAR_KM).  Linked events form a story
 * (union-find); its id is "s:" and the smallest event id in it.  Stories are
 * rebuilt from scratch at the end of each ingest run, so they do not depend
 * on the order documents arrived in.
 */
#include "ingest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define S_DAYS 2
#define S_KM 50.0
#define S_NEAR_KM 10.0
#define S_MIN_WORDS 0.15
#define S_MAXW 48

typedef struct S_ev {
    char *id, *doc, *type, *country, *admin1, *actor, *recipient;
    long day;                 /* days since 1970, or LONG_MIN              */
    double lat, lon;
    int has_loc, exact;
    uint32_t w[S_MAXW];       /* sorted hashes of the sentence's words     */
    int nw;
    size_t parent;
    char *story;              /* the stored story id                        */
} S_ev;

static char *S_text(sqlite3_stmt *s, int c)
{
    const unsigned char *t = sqlite3_column_text(s, c);
    return t ? strdup((const char *)t) : NULL;
}

/* Days since 1970-01-01 of "YYYY-MM-DD", or -1 for anything else.         */
static long S_day(const char *d)
{
    if (!d || strlen(d) != 10 || d[4] != '-' || d[7] != '-') return -1;
    long y = atol(d), m = atol(d + 5), dd = atol(d + 8);
    if (m < 1 || m > 12 || dd < 1) return -1;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static int S_u32cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int S_wordch(char c)
{
    return (unsigned char)c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The words of 4 letters or more of sentence S, hashed, sorted, unique.  */
static void S_words(S_ev *e, const char *s)
{
    e->nw = 0;
    while (s && *s && e->nw < S_MAXW) {
        while (*s && !S_wordch(*s)) s++;
        const char *b = s;
        uint32_t h = 2166136261u;
        for (; *s && S_wordch(*s); s++)
            h = (h ^ (unsigned char)(*s | ((unsigned char)*s < 0x80 ? 32 : 0))) * 16777619u;
        if (s - b >= 4) e->w[e->nw++] = h;
    }
    qsort(e->w, (size_t)e->nw, sizeof e->w[0], S_u32cmp);
    int k = 0;
    for (int i = 0; i < e->nw; i++)
        if (!k || e->w[k - 1] != e->w[i]) e->w[k++] = e->w[i];
    e->nw = k;
}

static double S_jaccard(const S_ev *a, const S_ev *b)
{
    int i = 0, j = 0, same = 0;
    while (i < a->nw && j < b->nw) {
        if (a->w[i] == b->w[j]) { same++; i++; j++; }
        else if (a->w[i] < b->w[j]) i++;
        else j++;
    }
    int uni = a->nw + b->nw - same;
    return uni ? (double)same / uni : 0;
}

static double S_km(const S_ev *a, const S_ev *b)
{
    double r = M_PI / 180, dlat = (b->lat - a->lat) * r, dlon = (b->lon - a->lon) * r;
    double h = sin(dlat / 2) * sin(dlat / 2) +
               cos(a->lat * r) * cos(b->lat * r) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * 6371.0 * asin(sqrt(h < 1 ? h : 1));
}

static int S_code_ok(const char *a, const char *b)
{
    if (!a || !b || !*a || !*b) return 1;
    size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    return strncmp(a, b, n) == 0;
}

static int S_same(const S_ev *a, const S_ev *b)
{
    if (!strcmp(a->doc, b->doc) || !S_code_ok(a->actor, b->actor) ||
        !S_code_ok(a->recipient, b->recipient))
        return 0;
    int admin = a->admin1 && b->admin1 && !strcmp(a->admin1, b->admin1);
    double km = a->has_loc && b->has_loc ? S_km(a, b) : 1e9;
    if (!admin && km > S_KM) return 0;
    return S_jaccard(a, b) >= S_MIN_WORDS || (a->exact && b->exact && km <= S_NEAR_KM);
}

static size_t S_find(S_ev *v, size_t i)
{
    while (v[i].parent != i) i = v[i].parent = v[v[i].parent].parent;
    return i;
}

static void S_union(S_ev *v, size_t a, size_t b)
{
    a = S_find(v, a);
    b = S_find(v, b);
    if (a == b) return;
    /* the root is the smallest event id: the story's id */
    if (strcmp(v[a].id, v[b].id) < 0) v[b].parent = a;
    else v[a].parent = b;
}

static int S_load(ing_db *g, S_ev **out, size_t *n)
{
    sqlite3_stmt *s;
    const char *sql =
        "SELECT e.id, e.doc_id, e.event, e.date, e.lat, e.lon, e.country, p.admin1,"
        " e.actor_code, e.recipient_code, e.sentence, p.precision, e.story FROM events e"
        " LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = json_extract(e.json, '$.event_loc.id')"
        /* only events that can link (S_link): the others stay in the story
         * of their own they were stored in, and are not held in memory    */
        " WHERE e.event IS NOT NULL AND e.country IS NOT NULL AND length(e.date) = 10"
        " ORDER BY e.event, e.country, e.date, e.id";
    if (sqlite3_prepare_v2(g->db, sql, -1, &s, NULL) != SQLITE_OK) return -1;
    S_ev *v = NULL;
    size_t k = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (k == cap) {
            cap = cap ? cap * 2 : 1024;
            S_ev *nv = realloc(v, cap * sizeof *nv);
            if (!nv) break;
            v = nv;
        }
        S_ev *e = &v[k];
        memset(e, 0, sizeof *e);
        e->id = S_text(s, 0);
        e->doc = S_text(s, 1);
        e->type = S_text(s, 2);
        e->day = S_day((const char *)sqlite3_column_text(s, 3));
        e->has_loc = sqlite3_column_type(s, 4) != SQLITE_NULL && sqlite3_column_type(s, 5) != SQLITE_NULL;
        e->lat = sqlite3_column_double(s, 4);
        e->lon = sqlite3_column_double(s, 5);
        e->country = S_text(s, 6);
        e->admin1 = S_text(s, 7);
        e->actor = S_text(s, 8);
        e->recipient = S_text(s, 9);
        S_words(e, (const char *)sqlite3_column_text(s, 10));
        const unsigned char *prec = sqlite3_column_text(s, 11);
        e->exact = prec && !strcmp((const char *)prec, "exact");
        e->story = S_text(s, 12);
        e->parent = k;
        if (!e->id || !e->doc) { free(e->id); free(e->doc); free(e->story); break; }
        k++;
    }
    sqlite3_finalize(s);
    *out = v;
    *n = k;
    return rc == SQLITE_DONE ? 0 : -1;
}

static void S_free(S_ev *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(v[i].id); free(v[i].doc); free(v[i].type); free(v[i].country);
        free(v[i].admin1); free(v[i].actor); free(v[i].recipient); free(v[i].story);
    }
    free(v);
}

/* Links the events; V is sorted by type, country, date.                  */
static void S_link(S_ev *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!v[i].type || !v[i].country || v[i].day < 0) continue;
        for (size_t j = i + 1; j < n; j++) {
            if (!v[j].type || strcmp(v[i].type, v[j].type) || !v[j].country ||
                strcmp(v[i].country, v[j].country))
                break;
            if (v[j].day < 0) continue;
            if (v[j].day - v[i].day > S_DAYS) break;
            if (S_same(&v[i], &v[j])) S_union(v, i, j);
        }
    }
}

static const char S_table_sql[] =
    "DELETE FROM stories;"
    "DROP TABLE IF EXISTS temp.story_arts;"
    "CREATE TEMP TABLE story_arts AS"
    " WITH sd AS (SELECT DISTINCT story, doc_id FROM events WHERE story IS NOT NULL)"
    " SELECT sd.story, d.id, d.source FROM sd JOIN documents d ON d.id = sd.doc_id"
    " UNION SELECT sd.story, d.id, d.source FROM sd JOIN documents d ON d.duplicate_of = sd.doc_id;"
    "INSERT INTO stories(id, event, first_date, last_date, country, place, lat, lon, events,"
    " articles, sources)"
    " SELECT g.story, f.event, g.first, g.last, f.country, f.place, f.lat, f.lon, g.n,"
    " a.arts, a.srcs FROM (SELECT story, min(date) AS first, max(date) AS last, count(*) AS n,"
    "  min(id) AS rep FROM events WHERE story IS NOT NULL GROUP BY story) g"
    " JOIN events f ON f.id = g.rep"
    " LEFT JOIN (SELECT story, count(DISTINCT id) AS arts, count(DISTINCT source) AS srcs"
    "  FROM temp.story_arts GROUP BY story) a ON a.story = g.story;"
    "DROP TABLE temp.story_arts;";

static long S_stories_count(ing_db *g)
{
    sqlite3_stmt *s;
    long n = -1;
    if (sqlite3_prepare_v2(g->db, "SELECT count(*) FROM stories", -1, &s, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(s) == SQLITE_ROW) n = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

long ing_stories(ing_db *g)
{
    S_ev *v = NULL;
    size_t n = 0;
    long stories = -1;
    sqlite3_stmt *up = NULL;
    if (ing_exec(g, "BEGIN")) return -1;
    /* a database of an older depeche: events stored without a story       */
    if (ing_exec(g, "UPDATE events SET story = 's:' || id WHERE story IS NULL")) goto out;
    if (S_load(g, &v, &n)) { cli_error(g->path, 0, "cannot read the events: %s", sqlite3_errmsg(g->db)); goto out; }
    S_link(v, n);
    if (sqlite3_prepare_v2(g->db, "UPDATE events SET story=?1 WHERE id=?2 AND story IS NOT ?1",
                           -1, &up, NULL) != SQLITE_OK)
        goto out;
    stories = 0;
    for (size_t i = 0; i < n; i++) {
        size_t r = S_find(v, i);
        char sid[512];
        snprintf(sid, sizeof sid, "s:%s", v[r].id);
        /* an event is stored in a story of its own: most stay there */
        if (v[i].story && !strcmp(v[i].story, sid)) continue;
        sqlite3_bind_text(up, 1, sid, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(up, 2, v[i].id, -1, SQLITE_STATIC);
        int rc = sqlite3_step(up);
        sqlite3_reset(up);
        if (rc != SQLITE_DONE) { stories = -1; break; }
    }
out:
    sqlite3_finalize(up);
    S_free(v, n);
    if (stories >= 0 && ing_exec(g, S_table_sql)) stories = -1;
    if (stories >= 0) stories = S_stories_count(g);
    if (ing_exec(g, stories >= 0 ? "COMMIT" : "ROLLBACK")) stories = -1;
    return stories;
}
