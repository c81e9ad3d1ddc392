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

/* A stories row a story (S_COLS values), in story order.                */
#define S_COLS 11
#define S_ROWS_SQL                                                                           \
    /* g: min(id) is its one min() or max(), so its other columns are those                  \
     * of the story's first event (SQLite's bare columns)                 */                 \
    " SELECT g.story, g.event, d.first, d.last, g.country, g.place, g.lat, g.lon, g.n,"      \
    " a.arts, a.srcs FROM (SELECT story, min(id) AS rep, event, country, place, lat, lon,"   \
    "  count(*) AS n FROM temp.story_ev GROUP BY story) g"                                  \
    " JOIN (SELECT story, min(date) AS first, max(date) AS last FROM temp.story_ev"         \
    "  GROUP BY story) d ON d.story = g.story"                                              \
    " LEFT JOIN (SELECT sd.story, count(DISTINCT a.id) AS arts, count(DISTINCT a.source) AS srcs" \
    "  FROM (SELECT DISTINCT story, doc_id FROM temp.story_ev) sd"                          \
    "  JOIN temp.doc_arts a ON a.doc = sd.doc_id GROUP BY sd.story) a ON a.story = g.story"
#define S_INSERT_SQL                                                                         \
    "INSERT INTO stories(id, event, first_date, last_date, country, place, lat, lon, events," \
    " articles, sources)"
#define S_DROP_SQL "DROP TABLE temp.doc_arts; DROP TABLE temp.story_ev;"

static const char S_table_sql[] =
    "DELETE FROM stories;" S_EV_SQL("e.story", "") S_INSERT_SQL S_ROWS_SQL ";" S_DROP_SQL;

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
                   ing_exec(g, S_table_sql) ? -1 : S_stories_count(g);
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
    if (!(f->v = calloc((size_t)S_FEED * S_COLS, sizeof *f->v))) return -1;
    pthread_mutex_init(&f->mu, NULL);
    pthread_cond_init(&f->cv, NULL);
    return 0;
}

void ing_feed_free(ing_feed *f)
{
    if (!f->v) return;
    for (size_t i = 0; i < (size_t)S_FEED * S_COLS; i++) sqlite3_value_free(f->v[i]);
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

/* Hands over the row S is on (copies of its values); -1 when the writer
 * quit or memory ran out.                                               */
static int S_feed_put(ing_feed *f, sqlite3_stmt *s)
{
    sqlite3_value *row[S_COLS];
    int ok = 1;
    for (int c = 0; c < S_COLS; c++) ok &= (row[c] = sqlite3_value_dup(sqlite3_column_value(s, c))) != NULL;
    pthread_mutex_lock(&f->mu);
    while (ok && f->n == S_FEED && !f->stop) pthread_cond_wait(&f->cv, &f->mu);
    ok &= !f->stop;
    if (ok) {
        size_t at = (f->head + f->n++) % S_FEED * S_COLS;
        memcpy(&f->v[at], row, sizeof row);
        pthread_cond_broadcast(&f->cv);
    }
    pthread_mutex_unlock(&f->mu);
    if (!ok)
        for (int c = 0; c < S_COLS; c++) sqlite3_value_free(row[c]);
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

/* The rows of the stories table, as S_table_sql inserts them, into F.   */
static int S_feed_rows(ing_db *g, const ing_links *links, ing_feed *f)
{
    static const char ev_sql[] = S_EV_SQL("coalesce(l.story, e.story, 's:' || e.id)",
                                          "LEFT JOIN temp.story_link l ON l.id = e.id");
    sqlite3_stmt *s = NULL;
    int rc = -1, step = SQLITE_ERROR, began = 0;
    /* the sorts take as much memory as the page cache may: the writer's */
    if (ing_exec(g, "PRAGMA cache_size=-4096") || S_links_table(g, links)) goto out;
    /* one read transaction: the events as the links saw them            */
    if (!(began = !ing_exec(g, "BEGIN")) || ing_exec(g, ev_sql)) goto out;
    if (sqlite3_prepare_v2(g->db, S_ROWS_SQL " ORDER BY g.story", -1, &s, NULL) != SQLITE_OK) goto out;
    while ((step = sqlite3_step(s)) == SQLITE_ROW)
        if (S_feed_put(f, s)) break;
    rc = step == SQLITE_DONE ? 0 : -1;
out:
    if (rc && !f->stop) cli_error(g->path, 0, "cannot compute the stories: %s", sqlite3_errmsg(g->db));
    sqlite3_finalize(s);
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

/* The next row of F into INS's parameters: 1, 0 when there is no more,
 * -1 when the producer failed.                                          */
static int S_feed_take(ing_feed *f, sqlite3_stmt *ins)
{
    pthread_mutex_lock(&f->mu);
    while (!f->n && !f->done) pthread_cond_wait(&f->cv, &f->mu);
    int r = f->n ? 1 : f->rc ? -1 : 0;
    if (f->n) {
        sqlite3_value **row = &f->v[f->head * S_COLS];
        for (int c = 0; c < S_COLS; c++) {
            sqlite3_bind_value(ins, c + 1, row[c]);
            sqlite3_value_free(row[c]);
            row[c] = NULL;
        }
        f->head = (f->head + 1) % S_FEED;
        if (f->n-- == S_FEED) pthread_cond_broadcast(&f->cv);
    }
    pthread_mutex_unlock(&f->mu);
    return r;
}

/* Stores the rows F brings; 0 or -1.                                     */
static int S_feed_store(ing_db *g, ing_feed *f)
{
    sqlite3_stmt *ins;
    if (sqlite3_prepare_v2(g->db, S_INSERT_SQL " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)", -1,
                           &ins, NULL) != SQLITE_OK)
        return -1;
    int r;
    while ((r = S_feed_take(f, ins)) > 0) {
        int step = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (step != SQLITE_DONE) { r = -1; break; }
    }
    sqlite3_finalize(ins);
    return r;
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
