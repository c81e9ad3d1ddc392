/*
 * ingest.c -- `depeche ingest`: reads documents (cli_read: files, folders,
 * JSON Lines, .gz, .zst, stdin), drops those already stored (content hash)
 * and near-duplicates (MinHash + LSH, recorded with duplicate_of but not
 * annotated), annotates the rest on N worker threads sharing the one
 * read-only model, and stores them from one writer thread, in input order,
 * one transaction per batch (WAL).  Queues are bounded, so memory does not
 * grow with the corpus.  Because the writer commits in input order, a run
 * killed at any point leaves a prefix of the input stored, and running the
 * same command again ends with the same database as a clean run.
 */
#include "ingest.h"

#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define S_BATCH 256   /* a page rewritten in fewer commits: a quarter less WAL written */
#define S_RECENT 2048   /* originals held in memory before doc_bands takes them */
#define S_DEFAULT_THRESHOLD 0.6

void ing_job_free(ing_job *j)
{
    if (!j) return;
    free(j->path);
    free(j->raw);
    free(j->bad);
    free(j->text);
    free(j->id);
    free(j->published);
    free(j->title);
    free(j->url);
    free(j->source);
    free(j->dup_of);
    free(j->json);
    free(j->error);
    ing_pool_free(j->pool);
    free(j->rows);
    free(j);
}

/* ---- A bounded FIFO of jobs ------------------------------------------------ */
/* Hand-offs are batched so that threads do not wake each other for every
 * document: a producer that found the queue full sleeps until it is down
 * to LOW jobs, and the consumer is woken once WAKE jobs are waiting.       */
typedef struct S_queue {
    pthread_mutex_t mu;
    pthread_cond_t more, room;
    ing_job *head, *tail;
    size_t n, cap, low, wake;
    int closed;
    int prof;               /* DEPECHE_INGEST_CPU: the waits are timed      */
    long push_wait, pop_wait;   /* ns a producer / a consumer waited        */
    size_t pushes_waited, pops_waited, depth_sum, pops;
} S_queue;

static long S_wall_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000000000L + t.tv_nsec;
}

static void S_queue_init(S_queue *q, size_t cap, size_t wake)
{
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->more, NULL);
    pthread_cond_init(&q->room, NULL);
    q->head = q->tail = NULL;
    q->n = 0;
    q->cap = cap;
    q->low = cap / 2;
    q->wake = wake;
    q->closed = 0;
    q->prof = getenv("DEPECHE_INGEST_CPU") != NULL;
    q->push_wait = q->pop_wait = 0;
    q->pushes_waited = q->pops_waited = q->depth_sum = q->pops = 0;
}

static void S_queue_destroy(S_queue *q)
{
    while (q->head) { ing_job *j = q->head; q->head = j->next; ing_job_free(j); }
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->more);
    pthread_cond_destroy(&q->room);
}

static void S_push(S_queue *q, ing_job *j)
{
    pthread_mutex_lock(&q->mu);
    if (q->n >= q->cap) {
        long t0 = q->prof ? S_wall_ns() : 0;
        while (q->n > q->low && !q->closed) pthread_cond_wait(&q->room, &q->mu);
        if (q->prof) { q->push_wait += S_wall_ns() - t0; q->pushes_waited++; }
    }
    j->next = NULL;
    if (q->tail) q->tail->next = j;
    else q->head = j;
    q->tail = j;
    if (++q->n >= q->wake) pthread_cond_signal(&q->more);
    pthread_mutex_unlock(&q->mu);
}

/* Waits for a job; the first one (ALL: every job, as a list), or NULL once
 * the queue is closed and empty.                                          */
static ing_job *S_pop(S_queue *q, int all)
{
    pthread_mutex_lock(&q->mu);
    long t0 = q->prof && !q->head && !q->closed ? S_wall_ns() : 0;
    if (t0) q->pops_waited++;
    while (!q->head && !q->closed) pthread_cond_wait(&q->more, &q->mu);
    if (q->n < q->wake && !q->closed) {   /* a few more, unless input is slow */
        if (q->prof && !t0) t0 = S_wall_ns();
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_nsec += 100000000;
        if (t.tv_nsec >= 1000000000) { t.tv_sec++; t.tv_nsec -= 1000000000; }
        while (q->n < q->wake && !q->closed)
            if (pthread_cond_timedwait(&q->more, &q->mu, &t)) break;
    }
    if (t0) q->pop_wait += S_wall_ns() - t0;
    q->depth_sum += q->n;
    q->pops++;
    ing_job *j = q->head;
    if (j && all) {
        q->head = q->tail = NULL;
        q->n = 0;
    } else if (j) {
        q->head = j->next;
        if (!q->head) q->tail = NULL;
        q->n--;
        j->next = NULL;
    }
    if (j && q->n <= q->low) pthread_cond_broadcast(&q->room);
    pthread_mutex_unlock(&q->mu);
    return j;
}

/* Every job there, as a list, without waiting.                          */
static ing_job *S_take(S_queue *q)
{
    pthread_mutex_lock(&q->mu);
    ing_job *j = q->head;
    q->head = q->tail = NULL;
    q->n = 0;
    if (j) pthread_cond_broadcast(&q->room);
    pthread_mutex_unlock(&q->mu);
    return j;
}

/* DEPECHE_INGEST_CPU: how long its producers and consumer waited.       */
static void S_queue_report(const char *name, const S_queue *q)
{
    if (!q->prof) return;
    fprintf(stderr, "depeche ingest: queue %s: producers waited %.2f s (%zu times), consumers"
                    " %.2f s (%zu times), %.1f jobs there a take\n", name, q->push_wait / 1e9,
            q->pushes_waited, q->pop_wait / 1e9, q->pops_waited,
            q->pops ? (double)q->depth_sum / (double)q->pops : 0.0);
}

static void S_close(S_queue *q)
{
    pthread_mutex_lock(&q->mu);
    q->closed = 1;
    pthread_cond_broadcast(&q->more);
    pthread_cond_broadcast(&q->room);
    pthread_mutex_unlock(&q->mu);
}

/* ---- The run ----------------------------------------------------------------- */
#define S_SEEN_GEN 4096   /* hashes a generation of S_set                    */
#define S_SEEN_LOG2 23    /* the Bloom filter of hashes: 2^23 bits, 1 MiB    */

typedef struct S_set {    /* open addressing, 0 = empty                     */
    uint64_t *t;
    size_t n, cap;
    uint64_t end;         /* the input order after its last hash            */
} S_set;

/* DEPECHE_INGEST_CPU: the CPU time of each part of a document's way, on
 * whichever thread it runs (at -j1 and -jN alike, so the two compare).   */
enum { P_PREP, P_ANNOT, P_ROWS, P_DECIDE, P_STORE, P_COMMIT, P_FREE, S_PARTS };
static const char *const S_part_names[S_PARTS] = {
    "parse+hash", "annotate", "rows", "dedup", "store", "commit", "free"};

typedef struct S_ing {
    const cli_opts *o;
    const dp_model *model;
    const char *model_desc;
    S_queue work, done;
    S_queue prepped;            /* hashed by the workers, for S_decide       */
    uint64_t rseq, rnext;       /* read order: next given, next decided     */
    ing_job *rpend;             /* back from the workers, not decided yet   */
    ing_db rdb;                 /* the reader's connection (hash look-ups)  */
    ing_db *look;               /* ... where they go: rdb, or at -j1 wdb     */
    ing_db wdb;                 /* the writer's                              */
    ing_dup dup;                /* the near-duplicate index (reader)         */
    ing_ckpt ckpt;              /* -jN: the WAL checkpoints, on a thread     */
    uint64_t forgot;            /* dup holds the originals from this wseq on */
    size_t recent_max;          /* S_RECENT, or DEPECHE_INGEST_RECENT (tests) */
    _Atomic int flush_req;      /* the reader asks the writer for ing_lsh_flush */
    _Atomic uint64_t committed; /* the writer: every wseq below is stored     */
    pthread_mutex_t flush_mu;   /* guards the two below, a pair             */
    uint64_t flushed;           /* every wseq below is in doc_bands ...     */
    sqlite3_int64 flushed_row;  /* ... the doc_minhash rows up to this one  */
    S_set seen[2];              /* hashes of this run: older, newer (S_seen) */
    sqlite3_stmt *rbegin, *rcommit;   /* the reader's read transactions   */
    int snap;                   /* the reader's read transaction is open    */
    uint64_t snap_committed;    /* ... and sees every wseq below this       */
    uint64_t *seen_bloom;       /* all of them                              */
    double threshold;
    uint64_t wseq;              /* next write order given by the reader     */
    _Atomic size_t docs, dups, unchanged, failed;
    _Atomic int stop;           /* the writer hit a database error          */
    _Atomic(ing_job *) trash;   /* written jobs, freed by the workers         */
    _Atomic long cpu_work, cpu_write, cpu_read; /* CPU ns of each role's threads */
    long cpu_flush;             /* ... the writer's in ing_lsh_flush         */
    int prof;                   /* DEPECHE_INGEST_CPU: the parts are timed   */
    _Atomic long part[S_PARTS]; /* ... their CPU ns                          */
    size_t total_bytes;         /* of the inputs, 0 when unknown            */
    int tty;
    struct timespec t0;
    time_t last;
    time_t batch_start;         /* when the open transaction began          */
    size_t in_batch;            /* documents in it (-j1)                     */
    dp_doc *inline_doc;         /* -j1: the one document handle, no threads  */
} S_ing;

/* The CPU time of the calling thread, in nanoseconds.                    */
static long S_cpu_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (long)t.tv_sec * 1000000000L + t.tv_nsec;
}

/* The thread's CPU time when the parts are timed, else 0.               */
static long S_tick(const S_ing *g)
{
    return g->prof ? S_cpu_ns() : 0;
}

/* Adds the CPU time since T0 (S_tick) to part P; the time now.          */
static long S_tock(S_ing *g, int p, long t0)
{
    if (!g->prof) return 0;
    long t = S_cpu_ns();
    atomic_fetch_add(&g->part[p], t - t0);
    return t;
}

static double S_elapsed(const S_ing *g)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - g->t0.tv_sec) + (t.tv_nsec - g->t0.tv_nsec) / 1e9;
}

static void S_progress(S_ing *g, int final)
{
    if (!g->tty || g->o->quiet) return;
    time_t now = time(NULL);
    if (!final && now == g->last) return;
    g->last = now;
    double t = S_elapsed(g), mb = (double)cli_input_bytes / 1e6, rate = t > 0 ? mb / t : 0;
    char eta[32] = "";
    if (g->total_bytes && rate > 0 && !final) {
        double left = ((double)g->total_bytes / 1e6 - mb) / rate;
        if (left < 0) left = 0;
        snprintf(eta, sizeof eta, ", ETA %dm%02ds", (int)left / 60, (int)left % 60);
    }
    fprintf(stderr, "\r%zu documents, %zu duplicates, %zu unchanged, %zu events, %zu errors, "
                    "%.1f MB, %.2f MB/s%s   %s", (size_t)g->docs, (size_t)g->dups,
            (size_t)g->unchanged, g->wdb.events, (size_t)g->failed, mb, rate, eta,
            final ? "\n" : "");
}

/* ---- Workers: annotate --------------------------------------------------------- */
static void S_annotate(S_ing *g, dp_doc *d, ing_job *j)
{
    long t0 = S_tick(g);
    dp_doc_options opt = {.id = j->id, .published = j->published, .title = j->title,
                          .url = j->url, .source = j->source, .stages = g->o->stages};
    const char *js;
    size_t n;
    dp_status st = dp_doc_annotate(d, j->text, j->len, &opt);
    if (st == DP_OK) st = dp_doc_json(d, &js, &n);
    t0 = S_tock(g, P_ANNOT, t0);
    if (st != DP_OK) {
        const char *m = dp_doc_errmsg(d);
        j->error = strdup(m && m[0] ? m : dp_status_str(st));
        return;
    }
    dp_doc_stats ds;
    dp_doc_get_stats(d, &ds);
    j->invalid = ds.invalid_bytes;
    if ((j->json = malloc(n + 1))) {
        memcpy(j->json, js, n + 1);
        j->jlen = n;
        ing_prepare(j, d);
    } else {
        j->error = strdup("out of memory");
    }
    S_tock(g, P_ROWS, t0);
}

/* ---- Written jobs: freed by the workers, not the writer ------------------- */
/* Freeing a job (its blocks allocated by the worker that prepared it; when
 * that was a parsed JSON tree, hundreds of them) took a third of the writer
 * thread's time: the writer hands them over in one push, the next worker
 * that takes work frees them all.                                         */
static void S_trash_push(S_ing *g, ing_job *first, ing_job *last)
{
    ing_job *old = atomic_load(&g->trash);
    do last->next = old;
    while (!atomic_compare_exchange_weak(&g->trash, &old, first));
}

static void S_trash_free(S_ing *g)
{
    ing_job *j = atomic_exchange(&g->trash, NULL);
    if (!j) return;
    long t0 = S_tick(g);
    while (j) { ing_job *n = j->next; ing_job_free(j); j = n; }
    S_tock(g, P_FREE, t0);
}

static void *S_worker(void *arg)
{
    S_ing *g = arg;
    pthread_setname_np(pthread_self(), "ingest-worker");
    dp_doc *d = dp_doc_new(g->model);
    ing_job *j;
    while ((j = S_pop(&g->work, 0))) {
        S_trash_free(g);
        if (j->stage == 0) {   /* read: parse, hash, back to the reader   */
            long t0 = S_tick(g);
            ing_prep(j, g->o, g->model_desc);
            S_tock(g, P_PREP, t0);
            S_push(&g->prepped, j);
            continue;
        }
        if (!j->dup_of && !g->o->dedup_only && !atomic_load(&g->stop)) {
            if (d) S_annotate(g, d, j);
            else j->error = strdup("out of memory");
        } else if (!atomic_load(&g->stop)) {
            long t0 = S_tick(g);
            ing_prepare(j, NULL);   /* the JSON of a document not annotated */
            S_tock(g, P_ROWS, t0);
        }
        free(j->text);
        j->text = NULL;
        S_push(&g->done, j);
    }
    dp_doc_free(d);
    g->cpu_work += S_cpu_ns();
    return NULL;
}

/* ---- The writer: input order, one transaction a batch ------------------------- */
static int S_write(S_ing *g, ing_job *j, size_t *in_batch)
{
    if (j->error) {
        cli_error(j->path, j->line, "%s", j->error);
        g->failed++;
        return 0;
    }
    if (j->invalid) {
        cli_item it = {.path = j->path, .line = j->line};
        cli_warn(g->o, &it, "%zu invalid UTF-8 bytes replaced", j->invalid);
    }
    long t0 = S_tick(g);
    if (*in_batch == 0 && ing_exec(&g->wdb, "BEGIN")) return -1;
    if (g->inline_doc && !j->prepared) {   /* -j1: a duplicate's row    */
        ing_prepare(j, NULL);
        t0 = S_tock(g, P_ROWS, t0);
    }
    int r = ing_store(&g->wdb, j);
    t0 = S_tock(g, P_STORE, t0);
    if (r < 0) return -1;
    if (r > 0) { g->failed++; return 0; }
    if (j->dup_of) g->dups++;
    else g->docs++;
    if (*in_batch == 0) g->batch_start = time(NULL);
    if (++*in_batch >= (size_t)(g->o->batch > 0 ? g->o->batch : S_BATCH) ||
        time(NULL) - g->batch_start >= 2) {
        if (ing_exec(&g->wdb, "COMMIT")) return -1;
        *in_batch = 0;
        S_tock(g, P_COMMIT, t0);
    }
    return 0;
}

/* Writes J, then, between transactions, says how far the input is stored
 * and moves the near-duplicate index's recent originals to the database
 * when the reader asked for it.                                          */
static int S_write_job(S_ing *g, ing_job *j, size_t *in_batch)
{
    if (S_write(g, j, in_batch)) return -1;
    if (*in_batch) return 0;
    atomic_store(&g->committed, j->wseq + 1);
    if (!atomic_load(&g->flush_req)) return 0;
    long t0 = S_cpu_ns();
    sqlite3_int64 through;
    if (ing_lsh_flush(&g->wdb, &through)) return -1;
    g->cpu_flush += S_cpu_ns() - t0;
    pthread_mutex_lock(&g->flush_mu);
    g->flushed = j->wseq + 1;
    g->flushed_row = through;
    pthread_mutex_unlock(&g->flush_mu);
    atomic_store(&g->flush_req, 0);
    return 0;
}

static void *S_writer(void *arg)
{
    S_ing *g = arg;
    pthread_setname_np(pthread_self(), "ingest-writer");
    ing_job *pending = NULL, *j;   /* sorted by wseq                       */
    uint64_t next = 0;
    size_t in_batch = 0;
    ing_job *got;
    while ((got = S_pop(&g->done, 1))) {
        while ((j = got)) {
            got = j->next;
            ing_job **p = &pending;
            while (*p && (*p)->wseq < j->wseq) p = &(*p)->next;
            j->next = *p;
            *p = j;
        }
        ing_job *first = NULL, *last = NULL;   /* written: to the trash      */
        while (pending && pending->wseq == next) {
            j = pending;
            pending = j->next;
            next++;
            if (!atomic_load(&g->stop) && S_write_job(g, j, &in_batch)) {
                atomic_store(&g->stop, 1);
                S_close(&g->work);
            }
            j->next = NULL;
            if (last) last->next = j;
            else first = j;
            last = j;
        }
        if (first) S_trash_push(g, first, last);
        S_progress(g, 0);
    }
    while (pending) { j = pending; pending = j->next; ing_job_free(j); }
    if (in_batch && ing_exec(&g->wdb, atomic_load(&g->stop) ? "ROLLBACK" : "COMMIT"))
        atomic_store(&g->stop, 1);
    g->cpu_write += S_cpu_ns();
    return NULL;
}

/* ---- The reader: hashes, duplicates, hand-out ----------------------------------- */
/* The hashes of this run's documents, to skip a copy met again: the last
 * ones in two generations of small sets (a generation is dropped once the
 * writer has stored all its documents, which the database then answers
 * for), and all of them in a fixed Bloom filter, which spares a run on an
 * empty database the look-up of each new document.                      */
static uint64_t S_hash64(const char *hash)
{
    char head[17];
    memcpy(head, hash, 16);
    head[16] = 0;
    return strtoull(head, NULL, 16) | 1;
}

static int S_set_has(const S_set *x, uint64_t h)
{
    if (!x->cap) return 0;
    for (size_t k = h & (x->cap - 1); x->t[k]; k = (k + 1) & (x->cap - 1))
        if (x->t[k] == h) return 1;
    return 0;
}

static void S_set_add(S_set *x, uint64_t h)
{
    if (x->n * 2 >= x->cap) {
        size_t nc = x->cap ? x->cap * 2 : 4096;
        uint64_t *t = calloc(nc, sizeof *t);
        if (!t) return;   /* not remembered: at worst annotated again     */
        for (size_t i = 0; i < x->cap; i++) {
            if (!x->t[i]) continue;
            size_t k = x->t[i] & (nc - 1);
            while (t[k]) k = (k + 1) & (nc - 1);
            t[k] = x->t[i];
        }
        free(x->t);
        x->t = t;
        x->cap = nc;
    }
    size_t k = h & (x->cap - 1);
    while (x->t[k]) k = (k + 1) & (x->cap - 1);
    x->t[k] = h;
    x->n++;
}

static int S_seen_bloom(const S_ing *g, uint64_t h, int add)
{
    uint64_t m = h * 0x9e3779b97f4a7c15ull;
    uint64_t a = m >> (64 - S_SEEN_LOG2), b = (h >> 7) & ((1ull << S_SEEN_LOG2) - 1);
    if (add) {
        g->seen_bloom[a >> 6] |= 1ull << (a & 63);
        g->seen_bloom[b >> 6] |= 1ull << (b & 63);
        return 1;
    }
    return (g->seen_bloom[a >> 6] >> (a & 63) & 1) && (g->seen_bloom[b >> 6] >> (b & 63) & 1);
}

/* 1: a document with HASH is stored or on its way, 0: not, -1: an error. */
static int S_seen(S_ing *g, const char *hash)
{
    uint64_t h = S_hash64(hash);
    if (S_set_has(&g->seen[0], h) || S_set_has(&g->seen[1], h)) return 1;
    if (g->rdb.was_empty && !S_seen_bloom(g, h, 0)) return 0;
    return ing_db_has(g->look, hash);
}

/* The reader's look-ups of a document (its hash, its band hashes) share
 * one read transaction (OPEN 1 begins it, 0 ends it): a statement does
 * not begin and end one of its own.  Not longer: a reader that always
 * holds a snapshot keeps the WAL from starting over.  0 or -1.          */
static int S_snapshot(S_ing *g, int open)
{
    sqlite3_stmt *s = open ? g->rbegin : g->rcommit;
    if (g->snap == open) return 0;
    if (g->look == &g->wdb) {   /* -j1: every document before is written  */
        if (open) g->snap_committed = g->wseq;
        return 0;
    }
    if (open) g->snap_committed = atomic_load(&g->committed);   /* before it begins */
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        cli_error(g->rdb.path, 0, "cannot read: %s", sqlite3_errmsg(g->rdb.db));
        return -1;
    }
    g->snap = open;
    return 0;
}

/* Remembers HASH, the document of input order WSEQ.                      */
static void S_remember(S_ing *g, const char *hash, uint64_t wseq)
{
    uint64_t h = S_hash64(hash);
    S_seen_bloom(g, h, 1);
    S_set_add(&g->seen[1], h);
    g->seen[1].end = wseq + 1;
    /* the database answers for the older hashes once the reader's
     * transactions see them stored */
    if (g->seen[1].n >= S_SEEN_GEN && g->seen[0].end <= g->snap_committed) {
        free(g->seen[0].t);
        g->seen[0] = g->seen[1];
        memset(&g->seen[1], 0, sizeof g->seen[1]);
    }
}

static char *S_dup(const char *s) { return s ? strdup(s) : NULL; }

/* The reader's share of document J (hashed by ing_prep), in input order:
 * skips it when it is stored, finds the original it duplicates, then
 * hands it to the workers (at -j1, annotates and stores it).  0, or -1 to
 * stop.                                                                   */
static int S_decide(S_ing *g, ing_job *j)
{
    if (atomic_load(&g->stop)) { ing_job_free(j); return -1; }
    if (j->bad) {   /* a line that cannot be read                        */
        cli_error(j->path, j->line, "%s", j->bad);
        g->failed++;
        ing_job_free(j);
        return 0;
    }
    long t0 = S_tick(g);
    pthread_mutex_lock(&g->flush_mu);
    uint64_t flushed = g->flushed;
    sqlite3_int64 through = g->flushed_row;
    pthread_mutex_unlock(&g->flush_mu);
    if (S_snapshot(g, 1)) { ing_job_free(j); return -1; }
    int has = S_seen(g, j->hash);
    if (!has && j->hash_all[0]) has = S_seen(g, j->hash_all);   /* stored with all stages */
    if (has) {
        ing_job_free(j);
        if (has > 0) g->unchanged++;
        return S_snapshot(g, 0) || has < 0 ? -1 : 0;
    }
    S_remember(g, j->hash, g->wseq);
    if (flushed > g->forgot) {   /* the writer moved them to doc_bands     */
        if (ing_dup_forget(&g->dup, flushed, through)) {
            cli_error(NULL, 0, "out of memory");
            ing_job_free(j);
            return -1;
        }
        g->forgot = flushed;
    }
    char *best = NULL;
    double sim = 0;
    int found = g->threshold <= 1 ? ing_dup_best(&g->dup, &j->mh, g->threshold, &best, &sim) : 0;
    if (S_snapshot(g, 0) && found >= 0) {
        free(best);
        found = -1;
    }
    if (found < 0) { ing_job_free(j); return -1; }
    j->wseq = g->wseq++;
    /* the database's layout, for the rows the workers prepare            */
    j->evidence_rows = (unsigned char)g->wdb.evidence_table;
    j->mention_rows = (unsigned char)g->wdb.mention_tables;
    j->strip_events = (unsigned char)g->wdb.new_layout;
    if (found && !(j->id && !strcmp(j->id, best))) {
        j->dup_of = best;
        j->dup_sim = sim;
        free(j->text);
        j->text = NULL;
    } else {
        free(best);
        /* the id of a document without one is the library's (from its
         * content): only documents with an id can be pointed at */
        if (j->id && ing_dup_add(&g->dup, &j->mh, j->wseq, j->id)) { ing_job_free(j); return -1; }
        if (ing_dup_recent(&g->dup) >= g->recent_max) atomic_store(&g->flush_req, 1);
    }
    t0 = S_tock(g, P_DECIDE, t0);
    if (g->inline_doc) {   /* -j1: one thread does it all, in order          */
        if (!j->dup_of && !g->o->dedup_only) S_annotate(g, g->inline_doc, j);
        int r = S_write_job(g, j, &g->in_batch);
        t0 = S_tick(g);
        ing_job_free(j);
        S_tock(g, P_FREE, t0);
        S_progress(g, 0);
        if (r) atomic_store(&g->stop, 1);
        return r;
    }
    j->stage = 1;
    S_push(&g->work, j);
    return 0;
}

/* Decides the documents back from ing_prep, in read order: those there
 * (ALL: every one handed out, waiting for them).  0, or -1 to stop.      */
static int S_decide_ready(S_ing *g, int all)
{
    int rc = 0;
    for (;;) {
        ing_job *got;
        if (all && g->rnext < g->rseq) got = S_pop(&g->prepped, 1);
        else got = S_take(&g->prepped);
        if (!got) break;
        for (ing_job *j; (j = got);) {
            got = j->next;
            ing_job **p = &g->rpend;
            while (*p && (*p)->rseq < j->rseq) p = &(*p)->next;
            j->next = *p;
            *p = j;
        }
        while (g->rpend && g->rpend->rseq == g->rnext) {
            ing_job *j = g->rpend;
            g->rpend = j->next;
            j->next = NULL;
            g->rnext++;
            if (S_decide(g, j)) rc = -1;
        }
        if (!all) break;
    }
    return rc;
}

/* A document read (J->raw: a line to parse, else its text and metadata):
 * hashed here at -j1, else by a worker.                                  */
static int S_take_job(void *ctx, ing_job *j)
{
    S_ing *g = ctx;
    if (atomic_load(&g->stop)) { ing_job_free(j); return -1; }
    if (g->inline_doc) {
        long t0 = S_tick(g);
        ing_prep(j, g->o, g->model_desc);
        S_tock(g, P_PREP, t0);
        return S_decide(g, j);
    }
    j->rseq = g->rseq++;
    S_push(&g->work, j);
    return S_decide_ready(g, 0);
}

static int S_on_item(void *ctx, const cli_item *it)
{
    S_ing *g = ctx;
    if (atomic_load(&g->stop)) return -1;
    if (it->error) {
        cli_error(it->path, it->line, "%s", it->error);
        return 0;
    }
    ing_job *j = calloc(1, sizeof *j);
    if (!j) return -1;
    j->path = S_dup(it->path);
    j->line = it->line;
    j->len = it->len;
    j->id = S_dup(it->opt.id);
    j->published = S_dup(it->opt.published);
    j->title = S_dup(it->opt.title);
    j->url = S_dup(it->opt.url);
    j->source = S_dup(it->opt.source);
    if ((j->text = malloc(it->len + 1))) {
        memcpy(j->text, it->text, it->len);
        j->text[it->len] = 0;
    }
    if (!j->text) { ing_job_free(j); return -1; }
    return S_take_job(g, j);
}

/* ---- Input size, for the ETA ----------------------------------------------------- */
static size_t S_size(const char *path, int depth)
{
    struct stat st;
    if (!strcmp(path, "-") || stat(path, &st) != 0) return 0;
    if (!S_ISDIR(st.st_mode)) return (size_t)st.st_size;
    DIR *dir = depth < 64 ? opendir(path) : NULL;
    if (!dir) return 0;
    size_t total = 0;
    struct dirent *de;
    char sub[4096];
    while ((de = readdir(dir))) {
        if (de->d_name[0] == '.') continue;
        if (snprintf(sub, sizeof sub, "%s/%s", path, de->d_name) < (int)sizeof sub)
            total += S_size(sub, depth + 1);
    }
    closedir(dir);
    return total;
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

static int S_jobs(const cli_opts *o)
{
    if (o->jobs > 0) return o->jobs;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

static long S_read_all(S_ing *g, char **paths, int npaths, int *stopped)
{
    long fails = 0;
    for (int i = 0; i < npaths && !*stopped; i++) {
        long f = ing_read_fast(paths[i]) ? ing_read_jsonl(paths[i], S_take_job, g)
                                         : cli_read(paths[i], g->o, S_on_item, g);
        if (f < 0) *stopped = 1;
        else fails += f;
    }
    return fails;
}

/* -j1: reading, annotating and storing in the one thread (one core).     */
static int S_run_inline(S_ing *g, char **paths, int npaths)
{
    int stopped = 0;
    if (!(g->inline_doc = dp_doc_new(g->model))) { cli_error(NULL, 0, "out of memory"); return -1; }
    long fails = S_read_all(g, paths, npaths, &stopped);
    if (g->in_batch && ing_exec(&g->wdb, stopped || atomic_load(&g->stop) ? "ROLLBACK" : "COMMIT"))
        stopped = 1;
    dp_doc_free(g->inline_doc);
    g->inline_doc = NULL;
    g->failed += (size_t)fails;
    return stopped || atomic_load(&g->stop) ? -1 : 0;
}

static int S_run(S_ing *g, char **paths, int npaths)
{
    int nw = S_jobs(g->o), stopped = 0;
    if (nw == 1) return S_run_inline(g, paths, npaths);
    pthread_t *tw = calloc((size_t)nw, sizeof *tw), tq;
    if (!tw) return -1;
    /* room for a few milliseconds of work: a thread that waits for another
     * sleeps until the queue is half full (or empty) again, so that the
     * threads wake each other once every few dozen documents, not at each
     * one; the done queue also takes the documents annotated while the
     * writer moves band hashes to doc_bands (tens of milliseconds)     */
    S_queue_init(&g->work, (size_t)nw * 16, 1);
    S_queue_init(&g->done, (size_t)nw * 32, (size_t)nw * 2);
    /* never full: a worker never waits to give a document back           */
    S_queue_init(&g->prepped, SIZE_MAX, 1);
    int started = 0;
    for (; started < nw; started++)
        if (pthread_create(&tw[started], NULL, S_worker, g)) break;
    int writer = started && pthread_create(&tq, NULL, S_writer, g) == 0;
    long fails = writer ? S_read_all(g, paths, npaths, &stopped) : 0;
    if (writer && S_decide_ready(g, 1)) stopped = 1;
    S_close(&g->work);
    for (int i = 0; i < started; i++) pthread_join(tw[i], NULL);
    S_close(&g->done);
    if (writer) pthread_join(tq, NULL);
    S_trash_free(g);
    S_queue_report("work", &g->work);
    S_queue_report("done", &g->done);
    S_queue_report("prepped", &g->prepped);
    S_queue_destroy(&g->work);
    S_queue_destroy(&g->done);
    S_queue_destroy(&g->prepped);
    while (g->rpend) { ing_job *j = g->rpend; g->rpend = j->next; ing_job_free(j); }
    free(tw);
    if (!writer) { cli_error(NULL, 0, "cannot start threads"); return -1; }
    g->failed += (size_t)fails;
    return stopped || atomic_load(&g->stop) ? -1 : 0;
}

/* The links of the stories, on a thread of their own (ing_stories_link). */
typedef struct S_linker {
    ing_db *db;
    pthread_t th;
    ing_links links;
    ing_feed feed;              /* ... and the stories table's rows         */
    int rc;
    long cpu_ns;
} S_linker;

static void *S_link_main(void *arg)
{
    S_linker *lk = arg;
    pthread_setname_np(pthread_self(), "ingest-stories");
    lk->rc = ing_stories_feed(lk->db, &lk->links, &lk->feed);
    lk->cpu_ns = S_cpu_ns();
    return NULL;
}

static long S_count(ing_db *d, const char *sql)
{
    sqlite3_stmt *s;
    long n = -1;
    if (sqlite3_prepare_v2(d->db, sql, -1, &s, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(s) == SQLITE_ROW) n = (long)sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    return n;
}

/* Whether some event is not in a stored story yet (a run stopped before
 * its stories: events are stored in a story of their own, not in the
 * stories table until the stories of the run are).                        */
static int S_stale_stories(ing_db *d)
{
    return S_count(d, "SELECT EXISTS (SELECT 1 FROM events e WHERE e.story IS NULL OR"
                      " NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = e.story))") != 0;
}

int cli_ingest(const cli_opts *o0, char **paths, int npaths)
{
    cli_opts o = *o0;
    if (!o.db) o.db = "out/depeche.db";
    /* no global memory statistics: they take a lock at every allocation
     * (a no-op, harmlessly refused, once SQLite is initialised)           */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    dp_model *m = cli_open_model(&o);
    if (!m) return CLI_USAGE;
    static S_ing zero;
    S_ing *g = malloc(sizeof *g);
    if (!g) { dp_model_close(m); return CLI_USAGE; }
    *g = zero;
    pthread_mutex_init(&g->flush_mu, NULL);
    g->o = &o;
    g->model = m;
    g->model_desc = dp_model_describe(m);
    g->tty = isatty(2);
    g->prof = getenv("DEPECHE_INGEST_CPU") != NULL;
    g->threshold = o.dup_threshold > 0 ? o.dup_threshold : S_DEFAULT_THRESHOLD;
    /* the tests move the originals to doc_bands more often than a run does */
    const char *rmax = getenv("DEPECHE_INGEST_RECENT");
    g->recent_max = rmax && atol(rmax) > 0 ? (size_t)atol(rmax) : S_RECENT;
    clock_gettime(CLOCK_MONOTONIC, &g->t0);
    g->cpu_read = S_cpu_ns();
    int rc = CLI_USAGE;
    S_mkdir_parent(o.db);
    if (!(g->seen_bloom = calloc((1u << S_SEEN_LOG2) / 64, 8))) {
        cli_error(NULL, 0, "out of memory");
        goto done;
    }
    if (ing_db_open(&g->wdb, o.db) || ing_db_open(&g->rdb, o.db)) goto done;
    /* the writer keeps the foreign keys itself (ing_store): no look-up of
     * the parent of each row it inserts */
    if (ing_exec(&g->wdb, "PRAGMA foreign_keys=OFF")) goto done;
    /* the reader's look-ups (hashes, band hashes) touch a few pages each, at
     * random: a small cache of its own, or its cache would grow with the
     * database up to the writer's 16 MiB                                   */
    if (ing_exec(&g->rdb, "PRAGMA cache_size=-2048")) goto done;
    if (sqlite3_prepare_v2(g->rdb.db, "BEGIN", -1, &g->rbegin, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(g->rdb.db, "COMMIT", -1, &g->rcommit, NULL) != SQLITE_OK) {
        cli_error(o.db, 0, "cannot prepare: %s", sqlite3_errmsg(g->rdb.db));
        goto done;
    }
    /* a run stopped before moving its originals to doc_bands: now */
    /* -j1: the reader's look-ups go through the writer's connection, the
     * one thread's: they see what it wrote (every document before, as the
     * reader's own transactions would once committed) and its page cache
     * stays warm; the reader's connection dropped its cache whenever the
     * writer had committed, and read the pages of doc_bands and
     * doc_minhash again, 16 KiB each (--dedup-only -j1 on the 40 MB of
     * bench-ingest: 0.26 -> 0.11 s of system time; dedup 0.64 -> 0.47 s) */
    g->look = S_jobs(&o) == 1 ? &g->wdb : &g->rdb;
    if (ing_lsh_flush(&g->wdb, NULL) || ing_dup_open(&g->dup, g->look)) goto done;
    if (S_jobs(&o) > 1) ing_ckpt_start(&g->ckpt, &g->wdb);
    for (int i = 0; g->tty && i < npaths; i++) g->total_bytes += S_size(paths[i], 0);
    int bad = S_run(g, paths, npaths);
    long cpu_end = S_cpu_ns();
    g->cpu_read = cpu_end - g->cpu_read;
    /* the end of the run sorts (indexes, stories): SQLite's sorters take as
     * much memory as the page cache may, which a large archive fills; a
     * smaller cache now keeps the peak where the run had it              */
    if (!bad && (ing_lsh_flush(&g->wdb, NULL) || ing_exec(&g->wdb, "PRAGMA cache_size=-4096")))
        bad = 1;
    long cpu_lsh = S_cpu_ns();
    /* the stories are linked (read-only, on the reader's connection, on a
     * thread of their own at -jN) while the writer builds the indexes   */
    int restory = !bad && (g->docs || g->dups || S_stale_stories(&g->wdb));
    S_linker lk = {.db = &g->rdb};
    int linking = restory && S_jobs(&o) > 1 && !ing_feed_init(&lk.feed);
    if (linking && pthread_create(&lk.th, NULL, S_link_main, &lk)) {
        ing_feed_free(&lk.feed);
        linking = 0;
    }
    if (!bad && ing_db_indexes_but_story(&g->wdb)) bad = 1;
    long cpu_idx = S_cpu_ns();
    long stories;
    if (linking) {   /* the links, then the rows of the stories, beside   */
        stories = bad ? 0 : ing_stories_take(&g->wdb, &lk.links, &lk.feed);
        if (bad) ing_feed_stop(&lk.feed);
        pthread_join(lk.th, NULL);
        ing_feed_free(&lk.feed);
    } else {
        if (restory) lk.rc = ing_stories_link(&g->wdb, &lk.links);
        stories = bad ? 0 : !restory ? S_count(&g->wdb, "SELECT count(*) FROM stories")
                        : lk.rc ? -1 : ing_stories_apply(&g->wdb, &lk.links);
    }
    free(lk.links.buf);
    if (stories < 0) bad = 1;
    long cpu_stories = S_cpu_ns();
    ing_ckpt_stop(&g->ckpt);
    S_progress(g, 1);
    if (!o.quiet)
        fprintf(stderr, "depeche ingest: %zu documents stored, %zu duplicates, %zu events, "
                        "%zu unchanged, %zu errors -> %s, %ld stories in all (%.1f MB in %.1f s)\n",
                (size_t)g->docs, (size_t)g->dups, g->wdb.events, (size_t)g->unchanged, (size_t)g->failed,
                o.db, stories, (double)cli_input_bytes / 1e6, S_elapsed(g));
    if (getenv("DEPECHE_INGEST_CPU"))   /* where the CPU time went (bench/ingest.sh) */
        fprintf(stderr, "depeche ingest: CPU s: reader %.2f, workers %.2f, writer %.2f, end %.2f"
                        " (doc_bands %.2f, indexes %.2f, stories %.2f), checkpoints %.2f,"
                        " story links and rows %.2f (beside the indexes), writer's doc_bands %.2f\n",
                (double)g->cpu_read / 1e9, (double)g->cpu_work / 1e9, (double)g->cpu_write / 1e9,
                (double)(cpu_stories - cpu_end) / 1e9, (double)(cpu_lsh - cpu_end) / 1e9,
                (double)(cpu_idx - cpu_lsh) / 1e9, (double)(cpu_stories - cpu_idx) / 1e9,
                (double)g->ckpt.cpu_ns / 1e9, (double)lk.cpu_ns / 1e9,
                (double)g->cpu_flush / 1e9);
    if (g->prof) {
        fprintf(stderr, "depeche ingest: CPU s by part:");
        for (int p = 0; p < S_PARTS; p++)
            fprintf(stderr, "%s %s %.2f", p ? "," : "", S_part_names[p], g->part[p] / 1e9);
        fprintf(stderr, "\n");
    }
    rc = bad ? CLI_USAGE : g->failed ? CLI_PARTIAL : CLI_OK;
done:
    ing_ckpt_stop(&g->ckpt);
    ing_dup_close(&g->dup);
    if (g->snap) S_snapshot(g, 0);
    sqlite3_finalize(g->rbegin);
    sqlite3_finalize(g->rcommit);
    ing_db_close(&g->rdb);
    ing_db_close(&g->wdb);
    free(g->seen[0].t);
    free(g->seen[1].t);
    free(g->seen_bloom);
    pthread_mutex_destroy(&g->flush_mu);
    free(g);
    dp_model_close(m);
    return rc;
}
