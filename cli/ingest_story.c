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
#include <pthread.h>
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
    double coslat;            /* cos(lat * M_PI / 180), for S_km           */
    int has_loc, exact;
    uint32_t w[S_MAXW];       /* sorted hashes of the sentence's words     */
    int nw;
    size_t parent;            /* union-find, in the pool of held events     */
    size_t next;              /* the ring of the story's events              */
    size_t nopen;             /* a root: the story's events still open       */
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

/* The haversine distance, the cosines of the latitudes kept per event
 * (the same values as computed here each time: the same bits).          */
static double S_km(const S_ev *a, const S_ev *b)
{
    double r = M_PI / 180, dlat = (b->lat - a->lat) * r, dlon = (b->lon - a->lon) * r;
    double slat = sin(dlat / 2), slon = sin(dlon / 2);
    double h = slat * slat + a->coslat * b->coslat * slon * slon;
    return 2 * 6371.0 * asin(sqrt(h < 1 ? h : 1));
}

/* Whether A and B are surely more than KM apart by their latitudes alone
 * (the distance is at least the meridian arc between them; the margin
 * covers S_km's rounding): S_km need not be computed.                   */
static int S_far_lat(const S_ev *a, const S_ev *b, double km)
{
    return 6371.0 * fabs((b->lat - a->lat) * (M_PI / 180)) > km * (1 + 1e-9);
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
    int loc = a->has_loc && b->has_loc;
    /* the distance only where it decides: more than S_KM apart outside
     * one admin1 region, or an exact place within S_NEAR_KM when the
     * sentences share too few words                                   */
    if (!admin && (!loc || S_far_lat(a, b, S_KM) || S_km(a, b) > S_KM)) return 0;
    if (S_jaccard(a, b) >= S_MIN_WORDS) return 1;
    return a->exact && b->exact && loc && !S_far_lat(a, b, S_NEAR_KM) && S_km(a, b) <= S_NEAR_KM;
}

/* ---- Linking, one group (type, country) at a time, in date order ---------- */
/* Events come sorted by type, country, date, id; an event is compared with
 * the open events of its group before it, and an event stays open until an
 * event more than S_DAYS days after it arrives (the pairs that one loop
 * over all the events compared).  A story is known once none of its events
 * is open: its events are then written and forgotten, so the memory holds
 * the open events and the stories they belong to, not the archive.       */
typedef struct S_run {
    ing_db *g;
    ing_links *out;          /* the story of each event that changes it   */
    S_ev *v;                 /* the events held (a pool)                    */
    size_t n, cap;
    size_t *freel;           /* free slots of v                             */
    size_t nfree;
    size_t *win;             /* the open events of the group, in order      */
    size_t nwin, capwin;
    char *type, *country;    /* the group                                   */
} S_run;

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
    if (strcmp(v[a].id, v[b].id) > 0) { size_t t = a; a = b; b = t; }
    v[b].parent = a;
    v[a].nopen += v[b].nopen;
    size_t t = v[a].next;    /* one ring of members */
    v[a].next = v[b].next;
    v[b].next = t;
}

static void S_ev_free(S_ev *e)
{
    free(e->id); free(e->doc); free(e->type); free(e->country);
    free(e->admin1); free(e->actor); free(e->recipient); free(e->story);
    memset(e, 0, sizeof *e);
}

/* Adds "SID\0ID\0" to L; -1 when memory ran out.                        */
static int S_links_add(ing_links *l, const char *sid, const char *id)
{
    size_t a = strlen(sid) + 1, b = strlen(id) + 1;
    if (l->len + a + b > l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 65536;
        while (nc < l->len + a + b) nc *= 2;
        char *p = realloc(l->buf, nc);
        if (!p) return -1;
        l->buf = p;
        l->cap = nc;
    }
    memcpy(l->buf + l->len, sid, a);
    memcpy(l->buf + l->len + a, id, b);
    l->len += a + b;
    return 0;
}

/* Notes the story of root R's events (those stored in another) and
 * forgets them; -1 on a database error.                                   */
static int S_finish(S_run *r, size_t root)
{
    char sid[512];
    snprintf(sid, sizeof sid, "s:%s", r->v[root].id);
    int rc = 0;
    size_t i = root;
    do {
        S_ev *e = &r->v[i];
        size_t next = e->next;
        if (!rc && !(e->story && !strcmp(e->story, sid)) && S_links_add(r->out, sid, e->id))
            rc = -1;
        S_ev_free(e);
        r->freel[r->nfree++] = i;
        i = next;
    } while (i != root);
    return rc;
}

/* Event I links no more: its story is finished when none of it is open.  */
static int S_close(S_run *r, size_t i)
{
    size_t root = S_find(r->v, i);
    return --r->v[root].nopen ? 0 : S_finish(r, root);
}

static int S_end_group(S_run *r)
{
    int rc = 0;
    for (size_t k = 0; k < r->nwin; k++)
        if (S_close(r, r->win[k])) rc = -1;
    r->nwin = 0;
    return rc;
}

/* A slot for a new event; -1 when memory ran out.                         */
static long S_slot(S_run *r)
{
    if (r->nfree) return (long)r->freel[--r->nfree];
    if (r->n == r->cap) {
        size_t nc = r->cap ? r->cap * 2 : 1024;
        S_ev *nv = realloc(r->v, nc * sizeof *nv);
        if (nv) r->v = nv;
        size_t *nf = nv ? realloc(r->freel, nc * sizeof *nf) : NULL;
        if (nf) r->freel = nf;
        if (!nv || !nf) return -1;
        r->cap = nc;
    }
    return (long)r->n++;
}

/* Links event K (just read, in a story of its own) with the open events
 * of its group.                                                           */
static int S_add(S_run *r, size_t k)
{
    S_ev *v = r->v, *e = &v[k];
    if (e->day < 0) return S_finish(r, k);   /* links with nothing        */
    if (!r->type || strcmp(r->type, e->type) || strcmp(r->country, e->country)) {
        if (S_end_group(r)) return -1;
        free(r->type);
        free(r->country);
        r->type = strdup(e->type);
        r->country = strdup(e->country);
        if (!r->type || !r->country) return -1;
    }
    size_t kept = 0;
    int rc = 0;
    for (size_t w = 0; w < r->nwin; w++) {
        size_t i = r->win[w];
        if (e->day - v[i].day > S_DAYS) {
            if (S_close(r, i)) rc = -1;
            continue;
        }
        if (S_same(&v[i], e)) S_union(v, i, k);
        r->win[kept++] = i;
    }
    r->nwin = kept;
    if (r->nwin == r->capwin) {
        size_t nc = r->capwin ? r->capwin * 2 : 256;
        size_t *p = realloc(r->win, nc * sizeof *p);
        if (!p) return -1;
        r->win = p;
        r->capwin = nc;
    }
    r->win[r->nwin++] = k;
    return rc;
}

/* Reads the event of row S into slot K; -1 when memory ran out.          */
static int S_read(S_ev *e, sqlite3_stmt *s, size_t k)
{
    memset(e, 0, sizeof *e);
    e->id = S_text(s, 0);
    e->doc = S_text(s, 1);
    e->type = S_text(s, 2);
    e->day = S_day((const char *)sqlite3_column_text(s, 3));
    e->has_loc = sqlite3_column_type(s, 4) != SQLITE_NULL && sqlite3_column_type(s, 5) != SQLITE_NULL;
    e->lat = sqlite3_column_double(s, 4);
    e->lon = sqlite3_column_double(s, 5);
    e->coslat = cos(e->lat * (M_PI / 180));
    e->country = S_text(s, 6);
    e->admin1 = S_text(s, 7);
    e->actor = S_text(s, 8);
    e->recipient = S_text(s, 9);
    S_words(e, (const char *)sqlite3_column_text(s, 10));
    const unsigned char *prec = sqlite3_column_text(s, 11);
    e->exact = prec && !strcmp((const char *)prec, "exact");
    e->story = S_text(s, 12);
    e->parent = e->next = k;
    e->nopen = 1;
    return e->id && e->doc && e->type && e->country ? 0 : -1;
}

/* Links the events that can link (type, country, day date) and notes in
 * OUT the stories of those that join others; -1 on an error (reported).  */
int ing_stories_link(ing_db *g, ing_links *out)
{
    const char *sql =
        "SELECT e.id, e.doc_id, e.event, e.date, e.lat, e.lon, e.country, p.admin1,"
        " e.actor_code, e.recipient_code, e.sentence, p.precision, e.story FROM events e"
        /* read in the table's order and sorted, not through events_type
         * (in type order: a random page of events a row, each read again
         * once the small cache of the end of the run dropped it): 0.39 ->
         * 0.18 CPU s on the 40 MB of bench-ingest, the rows and their
         * order the same (the order is total)                              */
        " NOT INDEXED LEFT JOIN places p ON p.doc_id = e.doc_id AND p.id = json_extract(e.json, '$.event_loc.id')"
        /* only events that can link (S_same): the others stay in the story
         * of their own they were stored in                                 */
        " WHERE e.event IS NOT NULL AND e.country IS NOT NULL AND length(e.date) = 10"
        " ORDER BY e.event, e.country, e.date, e.id";
    S_run r = {.g = g, .out = out};
    sqlite3_stmt *s = NULL;
    int rc = -1, step = SQLITE_ERROR;
    if (sqlite3_prepare_v2(g->db, sql, -1, &s, NULL) != SQLITE_OK) goto out;
    while ((step = sqlite3_step(s)) == SQLITE_ROW) {
        long k = S_slot(&r);
        if (k < 0) goto out;
        if (S_read(&r.v[k], s, (size_t)k)) {
            S_ev_free(&r.v[k]);
            r.freel[r.nfree++] = (size_t)k;
            goto out;
        }
        if (S_add(&r, (size_t)k)) goto out;
    }
    if (step == SQLITE_DONE && !S_end_group(&r)) rc = 0;
out:
    if (rc) cli_error(g->path, 0, "cannot link the events into stories: %s", sqlite3_errmsg(g->db));
    sqlite3_finalize(s);
    for (size_t i = 0; i < r.n; i++) S_ev_free(&r.v[i]);   /* freed ones are zeroed */
    free(r.v);
    free(r.freel);
    free(r.win);
    free(r.type);
    free(r.country);
    return rc;
}

/* The stories table, from the events' stories.  The fields it needs are
 * first copied in one pass over the events table in its own order
 * (story_ev): grouping by story through the events_story index read the
 * large event rows in story order, one random page a row, three times.
 * The articles of a story are those of its events and their duplicates:
 * each document's (doc_arts) is read once, in id order (the order of the
 * documents table), not once for each story of its events (four times
 * more look-ups, at random); the counts are DISTINCT, so the rows of the
 * two branches need not be unique.  On the writer's connection, once the
 * links are stored (ing_stories_apply), or on another one beside the
 * writer, the stories of the links noted in temp.story_link
 * (ing_stories_feed): S_EV_SQL's story is one or the other.            */
#define S_EV_SQL(story, join)                                                                \
    "DROP TABLE IF EXISTS temp.story_ev;"                                                    \
    "DROP TABLE IF EXISTS temp.doc_arts;"                                                    \
    "CREATE TEMP TABLE story_ev AS SELECT " story " AS story, e.id, e.doc_id, e.date,"       \
    " e.event, e.country, e.place, e.lat, e.lon FROM events e NOT INDEXED " join             \
    " WHERE " story " IS NOT NULL;"                                                          \
    "CREATE TEMP TABLE doc_arts AS"                                                          \
    " WITH dd AS (SELECT DISTINCT doc_id FROM temp.story_ev ORDER BY doc_id)"                \
    " SELECT dd.doc_id AS doc, d.id, d.source FROM dd JOIN documents d ON d.id = dd.doc_id"  \
    " UNION ALL SELECT dd.doc_id, d.id, d.source FROM dd JOIN documents d"                   \
    " ON d.duplicate_of = dd.doc_id;"                                                        \
    "CREATE INDEX temp.doc_arts_doc ON doc_arts(doc);"

/* A stories row a story, in story order: what a query of three GROUP BYs
 * joined by story gave (its first event's type, country, place, lat,
 * lon; its first and last dates; its events; the DISTINCT ids and
 * sources of its articles, none when no document of it is stored),
 * computed in one pass over story_ev joined to doc_arts, sorted by story
 * and event id (one sort instead of four and two automatic indexes:
 * 0.27 -> 0.12 CPU s on the 40 MB of bench-ingest in the sqlite3 shell).
 * The join has one row per event and article of its document (not per
 * distinct story and document, as the old query's DISTINCT took first):
 * a story's rows, and the articles kept for it, grow with its events per
 * document times that document's copies.  The memory holds one story's
 * articles at a time.  Dates, article ids and sources are compared as
 * bytes (S_date_keep, S_bag), where min(), max() and count(DISTINCT)
 * compared typed values: the same for the TEXT affinity of events.date,
 * documents.id and documents.source (a number stored there is text), not
 * for a BLOB put there by hand.                                          */
#define S_AGG_SQL                                                                            \
    "SELECT s.story, s.id, s.date, s.event, s.country, s.place, s.lat, s.lon, a.rowid, a.id," \
    " a.source FROM temp.story_ev s LEFT JOIN temp.doc_arts a ON a.doc = s.doc_id"           \
    " ORDER BY s.story, s.id"
#define S_INSERT_SQL                                                                         \
    "INSERT INTO stories(id, event, first_date, last_date, country, place, lat, lon, events," \
    " articles, sources) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"
#define S_DROP_SQL "DROP TABLE temp.doc_arts; DROP TABLE temp.story_ev;"

static const char S_table_sql[] = "DELETE FROM stories;" S_EV_SQL("e.story", "");

/* A row of the stories table: V[0..6] the story's first event's type,
 * country, place, lat, lon, then its first and last dates (copies of
 * SQLite's values, their types kept).                                   */
enum { SV_EVENT, SV_COUNTRY, SV_PLACE, SV_LAT, SV_LON, SV_FIRST, SV_LAST, SV_N };
typedef struct ing_srow {
    char *story;
    int storylen;
    sqlite3_value *v[SV_N];
    sqlite3_int64 events, arts, srcs;
    int has_arts;           /* some document of it is stored              */
} S_srow;

static void S_srow_free(S_srow *r)
{
    free(r->story);
    for (int c = 0; c < SV_N; c++) sqlite3_value_free(r->v[c]);
    memset(r, 0, sizeof *r);
}

/* Binds R to the INSERT of S_INSERT_SQL.                                */
static void S_srow_bind(sqlite3_stmt *ins, const S_srow *r)
{
    static const int at[SV_N] = {2, 5, 6, 7, 8, 3, 4};
    sqlite3_bind_text(ins, 1, r->story, r->storylen, SQLITE_STATIC);
    for (int c = 0; c < SV_N; c++) {
        if (r->v[c]) sqlite3_bind_value(ins, at[c], r->v[c]);
        else sqlite3_bind_null(ins, at[c]);
    }
    sqlite3_bind_int64(ins, 9, r->events);
    if (r->has_arts) {
        sqlite3_bind_int64(ins, 10, r->arts);
        sqlite3_bind_int64(ins, 11, r->srcs);
    } else {
        sqlite3_bind_null(ins, 10);
        sqlite3_bind_null(ins, 11);
    }
}

/* Strings kept for a DISTINCT count: BUF holds them, AT (offset, length). */
typedef struct S_bag { char *buf; size_t len, cap; size_t (*at)[2]; size_t n, capn; } S_bag;

static int S_bag_add(S_bag *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t nc = b->cap ? b->cap * 2 : 4096;
        while (nc < b->len + n) nc *= 2;
        char *q = realloc(b->buf, nc);
        if (!q) return -1;
        b->buf = q;
        b->cap = nc;
    }
    if (b->n == b->capn) {
        size_t nc = b->capn ? b->capn * 2 : 64;
        size_t (*q)[2] = realloc(b->at, nc * sizeof *q);
        if (!q) return -1;
        b->at = q;
        b->capn = nc;
    }
    if (n) memcpy(b->buf + b->len, p, n);
    b->at[b->n][0] = b->len;
    b->at[b->n][1] = n;
    b->n++;
    b->len += n;
    return 0;
}

/* SQLite's BINARY order of two strings of B.                           */
static int S_bag_cmp(const void *x, const void *y, void *ctx)
{
    const S_bag *b = ctx;
    const size_t *p = x, *q = y;
    size_t n = p[1] < q[1] ? p[1] : q[1];
    int c = n ? memcmp(b->buf + p[0], b->buf + q[0], n) : 0;
    return c ? c : (p[1] > q[1]) - (p[1] < q[1]);
}

/* The number of distinct strings in B; empties it.                      */
static sqlite3_int64 S_bag_distinct(S_bag *b)
{
    sqlite3_int64 d = 0;
    if (b->n > 1) qsort_r(b->at, b->n, sizeof b->at[0], S_bag_cmp, b);
    for (size_t i = 0; i < b->n; i++)
        if (!i || S_bag_cmp(b->at[i - 1], b->at[i], b)) d++;
    b->n = b->len = 0;
    return d;
}

/* Date D (not NULL) against the kept date *KEEP: kept when it is below
 * (LOW) or above it, as min() and max() compare text.                   */
static int S_date_keep(sqlite3_value **keep, sqlite3_value *d, int low)
{
    if (*keep) {
        const void *a = sqlite3_value_text(*keep), *b = sqlite3_value_text(d);
        if (!a || !b) return -1;   /* memory ran out converting it        */
        int na = sqlite3_value_bytes(*keep), nb = sqlite3_value_bytes(d);
        int c = memcmp(a, b, (size_t)(na < nb ? na : nb));
        if (!c) c = (na > nb) - (na < nb);
        if (low ? c <= 0 : c >= 0) return 0;
        sqlite3_value_free(*keep);
    }
    return (*keep = sqlite3_value_dup(d)) ? 0 : -1;
}

/* The stories table's rows of temp.story_ev and temp.doc_arts, in story
 * order, each handed to EMIT (which may take its values: it sets them
 * NULL); 0, or -1 on an error, EMIT's included: *WHY is then its
 * message, or NULL for SQLite's (sqlite3_errmsg) and EMIT's.  A NULL
 * story or event id on a row is an error, never the end of the rows: the
 * story of story_ev is never NULL (S_EV_SQL) and an event's id never is
 * (ingest writes each), so it is SQLite's memory running out converting
 * it (or a hand-made events row, whose count would be wrong).          */
static int S_story_rows(ing_db *g, int (*emit)(void *ctx, S_srow *r), void *ctx, const char **why)
{
    static const char nomem[] = "out of memory";
    *why = NULL;
    sqlite3_stmt *s;
    if (sqlite3_prepare_v2(g->db, S_AGG_SQL, -1, &s, NULL) != SQLITE_OK) return -1;
    S_srow r = {0};
    S_bag arts = {0}, srcs = {0};
    char *lastid = NULL;
    size_t lastidlen = 0, capid = 0;
    int rc = 0, step, open = 0;
    while (!rc) {
        step = sqlite3_step(s);
        if (step != SQLITE_ROW && step != SQLITE_DONE) { rc = -1; break; }
        const char *story = step == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
        int storylen = story ? sqlite3_column_bytes(s, 0) : 0;
        if (step == SQLITE_ROW && !story) {
            *why = sqlite3_column_type(s, 0) == SQLITE_NULL ? "an event with a NULL story" : nomem;
            rc = -1;
            break;
        }
        if (open && (!story || storylen != r.storylen || memcmp(story, r.story, (size_t)storylen))) {
            r.arts = S_bag_distinct(&arts);
            r.srcs = S_bag_distinct(&srcs);
            if (emit(ctx, &r)) rc = -1;
            S_srow_free(&r);
            open = 0;
        }
        if (!story || rc) break;
        const char *id = (const char *)sqlite3_column_text(s, 1);
        size_t idlen = (size_t)sqlite3_column_bytes(s, 1);
        if (!id) {
            *why = sqlite3_column_type(s, 1) == SQLITE_NULL ? "an event with a NULL id" : nomem;
            rc = -1;
            break;
        }
        if (!open) {   /* the story's first row: its first event's      */
            open = 1;
            lastidlen = (size_t)-1;
            if (!(r.story = malloc((size_t)storylen + 1))) { *why = nomem; rc = -1; break; }
            memcpy(r.story, story, (size_t)storylen + 1);
            r.storylen = storylen;
            static const int col[SV_LON + 1] = {3, 4, 5, 6, 7};
            for (int c = SV_EVENT; c <= SV_LON; c++)
                if (!(r.v[c] = sqlite3_value_dup(sqlite3_column_value(s, col[c])))) { *why = nomem; rc = -1; }
        }
        if (idlen != lastidlen || memcmp(id, lastid, idlen)) {   /* a new event */
            r.events++;
            if (idlen + 1 > capid) {
                char *p = realloc(lastid, idlen + 1);
                if (!p) { *why = nomem; rc = -1; break; }
                lastid = p;
                capid = idlen + 1;
            }
            memcpy(lastid, id, idlen);
            lastidlen = idlen;
            sqlite3_value *d = sqlite3_column_value(s, 2);
            if (sqlite3_value_type(d) != SQLITE_NULL &&
                (S_date_keep(&r.v[SV_FIRST], d, 1) || S_date_keep(&r.v[SV_LAST], d, 0)))
                { *why = nomem; rc = -1; }
        }
        if (sqlite3_column_type(s, 8) != SQLITE_NULL) {   /* an article   */
            r.has_arts = 1;
            for (int c = 9; c <= 10 && !rc; c++) {   /* its id, its source */
                if (sqlite3_column_type(s, c) == SQLITE_NULL) continue;
                const void *t = sqlite3_column_text(s, c);
                if (!t || S_bag_add(c == 9 ? &arts : &srcs, t, (size_t)sqlite3_column_bytes(s, c)))
                    { *why = nomem; rc = -1; }
            }
        }
    }
    S_srow_free(&r);
    free(arts.buf);
    free(arts.at);
    free(srcs.buf);
    free(srcs.at);
    free(lastid);
    sqlite3_finalize(s);
    return rc;
}

/* S_story_rows's EMIT that inserts the row (CTX: the INSERT).          */
static int S_emit_insert(void *ctx, S_srow *r)
{
    sqlite3_stmt *ins = ctx;
    S_srow_bind(ins, r);
    int step = sqlite3_step(ins);
    sqlite3_reset(ins);
    return step == SQLITE_DONE ? 0 : -1;
}

/* The stories table, rebuilt from the events' stories (in a transaction). */
static int S_table(ing_db *g)
{
    sqlite3_stmt *ins = NULL;
    const char *why = NULL;
    int rc = ing_exec(g, S_table_sql) ||
             sqlite3_prepare_v2(g->db, S_INSERT_SQL, -1, &ins, NULL) != SQLITE_OK ||
             S_story_rows(g, S_emit_insert, ins, &why) ? -1 : 0;
    if (rc) cli_error(g->path, 0, "cannot store the stories: %s", why ? why : sqlite3_errmsg(g->db));
    sqlite3_finalize(ins);
    if (ing_exec(g, S_DROP_SQL)) rc = -1;
    return rc;
}

static long S_stories_count(ing_db *g)
{
    sqlite3_stmt *s;
    long n = -1;
    if (sqlite3_prepare_v2(g->db, "SELECT count(*) FROM stories", -1, &s, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(s) == SQLITE_ROW) n = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

/* A link of L ("SID\0ID\0"), by its event's id.                         */
static int S_link_cmp(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    return strcmp(x + strlen(x) + 1, y + strlen(y) + 1);
}

/* Stores the stories noted in L, in the order of the events' ids (the
 * order they were stored in: the pages of the events table and of its
 * key are each read and written once, not once a link).                 */
static int S_links_apply(ing_db *g, const ing_links *l)
{
    size_t n = 0, cap = 0;
    const char **v = NULL;
    int rc = 0;
    for (size_t k = 0; k < l->len && !rc;) {
        const char *sid = l->buf + k, *id = sid + strlen(sid) + 1;
        k = (size_t)(id - l->buf) + strlen(id) + 1;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 4096;
            const char **p = realloc(v, nc * sizeof *p);
            if (!p) { rc = -1; break; }
            v = p;
            cap = nc;
        }
        v[n++] = sid;
    }
    if (n) qsort(v, n, sizeof *v, S_link_cmp);
    sqlite3_stmt *up = NULL;
    if (!rc && sqlite3_prepare_v2(g->db, "UPDATE events SET story=?1 WHERE id=?2", -1, &up, NULL) != SQLITE_OK)
        rc = -1;
    for (size_t i = 0; i < n && !rc; i++) {
        sqlite3_bind_text(up, 1, v[i], -1, SQLITE_STATIC);
        sqlite3_bind_text(up, 2, v[i] + strlen(v[i]) + 1, -1, SQLITE_STATIC);
        if (sqlite3_step(up) != SQLITE_DONE) rc = -1;
        sqlite3_reset(up);
    }
    sqlite3_finalize(up);
    free(v);
    if (rc) cli_error(g->path, 0, "cannot store the stories: %s", sqlite3_errmsg(g->db));
    return rc;
}

long ing_stories_apply(ing_db *g, const ing_links *links)
{
    if (ing_exec(g, "BEGIN")) return -1;
    /* a database of an older depeche: events stored without a story (the
     * links, read before, see them without one: they change them all)    */
    /* the links first, then events(story) when it is missing (a fresh
     * database), which the look-up of the events without a story uses  */
    long stories = S_links_apply(g, links) || ing_exec(g, ing_index_story) ||
                   ing_exec(g, "UPDATE events SET story = 's:' || id WHERE story IS NULL") ||
                   S_table(g) ? -1 : S_stories_count(g);
    if (ing_exec(g, stories >= 0 ? "COMMIT" : "ROLLBACK")) stories = -1;
    return stories;
}

long ing_stories(ing_db *g)
{
    ing_links l = {0};
    long stories = ing_stories_link(g, &l) ? -1 : ing_stories_apply(g, &l);
    free(l.buf);
    return stories;
}

/* ---- The stories table's rows beside the writer (-jN) ------------------------ */
#define S_FEED 4096   /* rows in the queue                                  */

int ing_feed_init(ing_feed *f)
{
    memset(f, 0, sizeof *f);
    if (!(f->v = calloc(S_FEED, sizeof(S_srow)))) return -1;
    pthread_mutex_init(&f->mu, NULL);
    pthread_cond_init(&f->cv, NULL);
    return 0;
}

void ing_feed_free(ing_feed *f)
{
    if (!f->v) return;
    for (size_t i = 0; i < S_FEED; i++) S_srow_free(f->v + i);
    free(f->v);
    pthread_mutex_destroy(&f->mu);
    pthread_cond_destroy(&f->cv);
    memset(f, 0, sizeof *f);
}

/* Says the producer is past a step: the links noted (LINKED) or the rows
 * all given (DONE), RC -1 when it failed.                                */
static void S_feed_mark(ing_feed *f, int linked, int done, int rc)
{
    pthread_mutex_lock(&f->mu);
    f->linked |= linked;
    f->done |= done;
    if (rc) f->rc = -1;
    pthread_cond_broadcast(&f->cv);
    pthread_mutex_unlock(&f->mu);
}

/* S_story_rows's EMIT that hands row R over to the writer (CTX: the
 * feed), R's values with it; -1 when the writer quit.                   */
static int S_feed_put(void *ctx, S_srow *r)
{
    ing_feed *f = ctx;
    pthread_mutex_lock(&f->mu);
    while (f->n == S_FEED && !f->stop) pthread_cond_wait(&f->cv, &f->mu);
    int ok = !f->stop;
    if (ok) {
        f->v[(f->head + f->n++) % S_FEED] = *r;
        memset(r, 0, sizeof *r);
        pthread_cond_broadcast(&f->cv);
    }
    pthread_mutex_unlock(&f->mu);
    return ok ? 0 : -1;
}

/* The links of L in temp.story_link (on a reading connection: only the
 * temporary database is written).                                       */
static int S_links_table(ing_db *g, const ing_links *l)
{
    sqlite3_stmt *ins = NULL;
    if (ing_exec(g, "DROP TABLE IF EXISTS temp.story_link;"
                    "CREATE TEMP TABLE story_link(id TEXT PRIMARY KEY, story TEXT) WITHOUT ROWID;"
                    "BEGIN") ||
        sqlite3_prepare_v2(g->db, "INSERT OR REPLACE INTO temp.story_link(story, id) VALUES(?1, ?2)",
                           -1, &ins, NULL) != SQLITE_OK) {
        sqlite3_finalize(ins);
        return -1;
    }
    int rc = 0;
    for (size_t k = 0; k < l->len && !rc;) {
        const char *sid = l->buf + k, *id = sid + strlen(sid) + 1;
        k = (size_t)(id - l->buf) + strlen(id) + 1;
        sqlite3_bind_text(ins, 1, sid, -1, SQLITE_STATIC);
        sqlite3_bind_text(ins, 2, id, -1, SQLITE_STATIC);
        if (sqlite3_step(ins) != SQLITE_DONE) rc = -1;
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    return ing_exec(g, rc ? "ROLLBACK" : "COMMIT") || rc ? -1 : 0;
}

/* The rows of the stories table, as S_table inserts them, into F.      */
static int S_feed_rows(ing_db *g, const ing_links *links, ing_feed *f)
{
    static const char ev_sql[] = S_EV_SQL("coalesce(l.story, e.story, 's:' || e.id)",
                                          "LEFT JOIN temp.story_link l ON l.id = e.id");
    int rc = -1, began = 0;
    const char *why = NULL;
    /* the sorts take as much memory as the page cache may: the writer's */
    if (ing_exec(g, "PRAGMA cache_size=-4096") || S_links_table(g, links)) goto out;
    /* one read transaction: the events as the links saw them            */
    if (!(began = !ing_exec(g, "BEGIN")) || ing_exec(g, ev_sql)) goto out;
    rc = S_story_rows(g, S_feed_put, f, &why);
out:
    if (rc && !f->stop)
        cli_error(g->path, 0, "cannot compute the stories: %s", why ? why : sqlite3_errmsg(g->db));
    if (began) sqlite3_exec(g->db, "COMMIT", NULL, NULL, NULL);
    sqlite3_exec(g->db, S_DROP_SQL "DROP TABLE IF EXISTS temp.story_link;", NULL, NULL, NULL);
    return rc;
}

int ing_stories_feed(ing_db *g, ing_links *links, ing_feed *f)
{
    int rc = ing_stories_link(g, links);
    S_feed_mark(f, 1, rc != 0, rc);
    if (rc) return -1;
    rc = S_feed_rows(g, links, f);
    S_feed_mark(f, 1, 1, rc);
    return rc;
}

/* Stores the next row of F with INS: 1, 0 when there is no more, -1
 * when the producer failed (it said why), -2 when the row could not be
 * stored.                                                               */
static int S_feed_take(ing_feed *f, sqlite3_stmt *ins)
{
    pthread_mutex_lock(&f->mu);
    while (!f->n && !f->done) pthread_cond_wait(&f->cv, &f->mu);
    int r = f->n ? 1 : f->rc ? -1 : 0;
    S_srow row = {0};
    if (f->n) {
        S_srow *at = f->v + f->head;
        row = *at;
        memset(at, 0, sizeof *at);
        f->head = (f->head + 1) % S_FEED;
        if (f->n-- == S_FEED) pthread_cond_broadcast(&f->cv);
    }
    pthread_mutex_unlock(&f->mu);
    if (r > 0) {
        S_srow_bind(ins, &row);
        int step = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (step != SQLITE_DONE) r = -2;
    }
    S_srow_free(&row);
    return r;
}

/* Stores the rows F brings; 0 or -1.                                     */
static int S_feed_store(ing_db *g, ing_feed *f)
{
    sqlite3_stmt *ins = NULL;
    int r = sqlite3_prepare_v2(g->db, S_INSERT_SQL, -1, &ins, NULL) != SQLITE_OK ? -2 : 1;
    while (r > 0) r = S_feed_take(f, ins);
    if (r == -2) cli_error(g->path, 0, "cannot store the stories: %s", sqlite3_errmsg(g->db));
    sqlite3_finalize(ins);
    return r < 0 ? -1 : 0;
}

long ing_stories_take(ing_db *g, const ing_links *links, ing_feed *f)
{
    pthread_mutex_lock(&f->mu);
    while (!f->linked) pthread_cond_wait(&f->cv, &f->mu);
    int failed = f->rc;
    pthread_mutex_unlock(&f->mu);
    long stories = -1;
    if (!failed && !ing_exec(g, "BEGIN")) {
        stories = S_links_apply(g, links) || ing_exec(g, ing_index_story) ||
                  ing_exec(g, "UPDATE events SET story = 's:' || id WHERE story IS NULL") ||
                  ing_exec(g, "DELETE FROM stories") || S_feed_store(g, f) ? -1 : S_stories_count(g);
        if (ing_exec(g, stories >= 0 ? "COMMIT" : "ROLLBACK")) stories = -1;
    }
    ing_feed_stop(f);
    return stories;
}

void ing_feed_stop(ing_feed *f)
{
    pthread_mutex_lock(&f->mu);
    f->stop = 1;
    pthread_cond_broadcast(&f->cv);
    pthread_mutex_unlock(&f->mu);
}
