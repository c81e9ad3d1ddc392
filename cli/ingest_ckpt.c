/*
 * ingest_ckpt.c -- the WAL checkpoints of `depeche ingest -jN` (N > 1) on a
 * thread of their own.  SQLite's automatic checkpoint copies the WAL into
 * the database file inside the commit that crossed its threshold, on the
 * one writer thread: a third of that thread's time (every page is read
 * back from the WAL and written again).  Here the writer's connection
 * only says how long the WAL is (a WAL hook, which also turns the automatic
 * checkpoint off); a checkpointer thread with a connection of its own
 * copies it (PASSIVE: never in the writer's way), while the writer goes
 * on.  The database is the same, and as safe: a checkpoint only copies
 * committed frames.  The checkpointer copies the WAL as the writer appends
 * to it, but the WAL only starts over from its beginning when a
 * transaction of the writer begins with all of it copied: so the writer
 * checkpoints itself (little left to copy) once the WAL is 64 MiB, which
 * bounds it.
 */
#include "ingest.h"

#include <string.h>
#include <time.h>

#define S_WAL ((long)16 << 20)     /* a checkpoint is asked for (bytes)  */
#define S_WAL_MAX ((long)64 << 20) /* the writer checkpoints itself        */

static int S_hook(void *arg, sqlite3 *db, const char *name, int frames)
{
    ing_ckpt *c = arg;
    if (frames >= c->frames_max) {   /* far behind: as SQLite would        */
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        return SQLITE_OK;
    }
    if (frames >= c->frames) {
        pthread_mutex_lock(&c->mu);
        c->req = 1;
        pthread_cond_signal(&c->cv);
        pthread_mutex_unlock(&c->mu);
    }
    return SQLITE_OK;
}

static void *S_main(void *arg)
{
    ing_ckpt *c = arg;
    pthread_setname_np(pthread_self(), "ingest-ckpt");
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->req && !c->stop) pthread_cond_wait(&c->cv, &c->mu);
        if (!c->req) break;
        c->req = 0;
        pthread_mutex_unlock(&c->mu);
        sqlite3_wal_checkpoint_v2(c->db, "main", SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    c->cpu_ns = (long)t.tv_sec * 1000000000L + t.tv_nsec;
    return NULL;
}

int ing_ckpt_start(ing_ckpt *c, ing_db *writer)
{
    memset(c, 0, sizeof *c);
    /* the connection knows the database is in WAL mode once it read it  */
    if (sqlite3_open_v2(writer->path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
            SQLITE_OK ||
        sqlite3_exec(c->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_close(c->db);
        c->db = NULL;
        return 0;   /* no thread: SQLite's own checkpoints, as at -j1     */
    }
    sqlite3_busy_timeout(c->db, 1000);
    pthread_mutex_init(&c->mu, NULL);
    pthread_cond_init(&c->cv, NULL);
    if (pthread_create(&c->th, NULL, S_main, c)) {
        pthread_mutex_destroy(&c->mu);
        pthread_cond_destroy(&c->cv);
        sqlite3_close(c->db);
        c->db = NULL;
        return 0;
    }
    c->running = 1;
    c->writer = writer->db;
    sqlite3_stmt *q;
    long page = 4096;
    if (sqlite3_prepare_v2(writer->db, "PRAGMA page_size", -1, &q, NULL) == SQLITE_OK) {
        if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int64(q, 0) > 0)
            page = (long)sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
    }
    c->frames = (int)(S_WAL / page);
    c->frames_max = (int)(S_WAL_MAX / page);
    sqlite3_wal_hook(writer->db, S_hook, c);
    return 0;
}

void ing_ckpt_stop(ing_ckpt *c)
{
    if (!c->running) return;
    sqlite3_wal_autocheckpoint(c->writer, 1000);   /* SQLite's own again */
    pthread_mutex_lock(&c->mu);
    c->stop = 1;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->mu);
    pthread_join(c->th, NULL);
    pthread_mutex_destroy(&c->mu);
    pthread_cond_destroy(&c->cv);
    sqlite3_close(c->db);
    c->db = NULL;
    c->running = 0;
}
