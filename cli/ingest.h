/*
 * ingest.h -- what the parts of `depeche ingest` share: the job that
 * travels reader -> annotate workers -> database writer, and the database
 * side (schema, rows, stories) in ingest_store.c and ingest_story.c.
 */
#ifndef DP_CLI_INGEST_H
#define DP_CLI_INGEST_H

#include <pthread.h>
#include <sqlite3.h>
#include <stdint.h>

#include "archive/minhash.h"
#include "cli.h"

/* A value the writer binds (ing_prepare): IV_ROW starts the row of the
 * statement IDX (IQ_*), the others are its parameters (IDX: ?N).          */
enum { IV_NULL, IV_INT, IV_REAL, IV_TEXT, IV_ROW };
typedef struct ing_val {
    unsigned char kind, idx;
    int len;                /* IV_TEXT: bytes                               */
    union { sqlite3_int64 i; double d; const char *s; } u;
} ing_val;

/* One input document on its way to the database.                          */
typedef struct ing_job {
    struct ing_job *next;
    uint64_t wseq;          /* write order (= input order of the documents) */
    uint64_t rseq;          /* read order (-jN: back from ing_prep)         */
    int stage;              /* -jN: 0 to ing_prep, 1 to annotate            */
    char *raw;              /* a JSON Lines line not parsed yet (ing_prep)  */
    size_t rawlen;
    char *bad;              /* the line cannot be read: why (ing_prep)      */
    char *path;
    long line;
    char *text;             /* freed once annotated                         */
    size_t len;
    char *id, *published, *title, *url, *source;
    char hash[33];
    char hash_all[33];      /* with --stages: the hash with all stages, else "" */
    dp_minhash mh;
    char *dup_of;           /* non-NULL: a duplicate, not annotated          */
    double dup_sim;
    char *json;             /* the annotation (library JSON), or with
                               meta_only the JSON of a document not annotated
                               (a duplicate, --dedup-only)                  */
    size_t jlen;
    int meta_only;
    struct ing_chunk *pool; /* the strings its rows point to (ingest_rows.c) */
    int prepared;           /* its rows are ready (ing_prepare)              */
    const char *docid;      /* the id it is stored under                     */
    char idbuf[48];         /* ... when it has none of its own               */
    ing_val *rows;          /* its rows, ready to bind (ing_prepare)         */
    size_t nrows, caprows, nevents;
    size_t evbytes;         /* the library's JSON of its events, in bytes    */
    unsigned char evidence_rows;   /* its database has a table of evidence  */
    unsigned char mention_rows;    /* ... tables of entities, quotes, times */
    unsigned char strip_events;    /* ... keeps documents.json without events
                                      (created by this version: new_layout) */
    int rows_oom;
    char *error;            /* the annotation failed: why                    */
    size_t invalid;         /* invalid UTF-8 bytes repaired                  */
} ing_job;

void ing_job_free(ing_job *j);

enum { IQ_HAS_HASH, IQ_DEL_DOC, IQ_DOC, IQ_EVENT, IQ_PLACE, IQ_ENTITY, IQ_QUOTE, IQ_TIME,
       IQ_ACTOR, IQ_EVIDENCE, IQ_MINHASH, IQ_OLD_SIG, IQ_DEL_LSH,
       /* the cascade of IQ_DEL_DOC, by hand (ing_store) */
       IQ_DEL_ACTORS, IQ_DEL_EVIDENCE, IQ_DEL_EVENTS, IQ_DEL_PLACES, IQ_DEL_ENTITIES,
       IQ_DEL_QUOTES, IQ_DEL_TIMES, IQ_DEL_MINHASH, IQ_N };

/* The rows of a table a statement takes at most (ing_store): a document's
 * rows of one table go in blocks of 16, 8, 4, 2 and 1 rows.              */
#define ING_MULTI_LOG2 4

typedef struct ing_db {
    const char *path;
    sqlite3 *db;
    sqlite3_stmt *q[IQ_N];
    /* the multi-row forms of q (2^k rows, k >= 1), prepared when needed   */
    sqlite3_stmt *multi[IQ_N][ING_MULTI_LOG2 + 1];
    int ncols[IQ_N];           /* ... the parameters of one row            */
    size_t *rowat, caprowat;   /* ing_store's scratch: where its rows start */
    size_t events;          /* event rows written                           */
    int was_empty;          /* no document was stored when it was opened    */
    int evidence_table;     /* evidence is a table (an older database)      */
    int mention_tables;     /* entities, quotes, times are (an older one)   */
    int new_layout;         /* created since issue 7's third pass (user_version
                               1): documents.json without events            */
    int fresh;              /* ... nor any signature: ing_store knows the
                               ids stored since (stored_ids)                */
    uint64_t *stored_ids;   /* a Bloom filter of the ids ing_store stored   */
} ing_db;

/* Opens (creating or upgrading the schema, WAL) the database at PATH and
 * prepares the statements; prints the error and returns -1 on failure.    */
int ing_db_open(ing_db *g, const char *path);
void ing_db_close(ing_db *g);
/* Creates the query indexes that are missing (docs/SCHEMA.md); -1 on error. */
int ing_db_indexes(ing_db *g);
/* ... all but events(story), ing_index_story, which the end of a run on a
 * fresh database builds after it stored the stories' links.              */
int ing_db_indexes_but_story(ing_db *g);
extern const char ing_index_story[];
int ing_exec(ing_db *g, const char *sql);
/* SQL, an INSERT whose last part is one VALUES(...) row of ?N parameters,
 * made to insert N rows: the row repeated, the parameters of the K-th
 * (from 0) numbered from K * *NCOLS on (*NCOLS: the row's largest ?N).
 * One statement for N rows: SQLite's cost of a statement (its start, its
 * cursors, its end) once, not N times.  malloc'd; NULL: memory.         */
char *ing_multi_sql(const char *sql, int n, int *ncols);
/* 1 when a document with HASH is stored, 0 when not, -1 on an error.      */
int ing_db_has(ing_db *g, const char *hash);
/* ingest_rows.c: the worker's share of storing J, its rows (so that the
 * one writer thread only binds and steps): read from the result D still
 * holds (D: the handle that annotated J; NULL for a document not
 * annotated, which gets the JSON of its metadata); -1 when the result
 * cannot be read or memory ran out (j->error set).  Once done, 0.        */
int ing_prepare(ing_job *j, dp_doc *d);
/* Frees a job's pool of strings.                                          */
void ing_pool_free(struct ing_chunk *c);
/* Stores J (an annotated document or a duplicate): 0 ok, 1 this document
 * failed (reported), -1 a database error (reported).                      */
int ing_store(ing_db *g, const ing_job *j);
/* ingest_dup.c: the near-duplicate index, in a memory that does not grow
 * with the archive: the stored originals' band hashes in the database
 * (doc_bands), a Bloom filter of them, and this run's originals not moved
 * there yet in a small dp_lsh keyed by input order (wseq).               */
typedef struct ing_dup_cand ing_dup_cand;
typedef struct ing_dup {
    ing_db *g;              /* the reader's connection                       */
    sqlite3_stmt *bandq, *sigq;
    sqlite3_int64 through;  /* doc_bands rows of docs up to this rowid count */
    dp_lsh *mem;
    struct { uint64_t wseq; char *id; uint32_t bands[DP_MH_BANDS]; } *ids;  /* mem's, by wseq */
    size_t nids, capids;
    uint64_t **bloom;       /* a Bloom filter of each generation's band hashes */
    size_t nbloom;
    sqlite3_int64 *rows;    /* a look-up's doc_bands rows (scratch)         */
    size_t caprows;
    dp_lsh_cand *mc;        /* ... its candidates in mem (scratch)          */
    size_t capmc;
    ing_dup_cand *pool;     /* ... all its candidates (scratch)             */
    size_t cappool;
} ing_dup;

/* Opens the index on the reader's connection G (reads the band hashes
 * into the Bloom filter); prints the error and returns -1 on failure.     */
int ing_dup_open(ing_dup *x, ing_db *g);
void ing_dup_close(ing_dup *x);
/* The original most similar to M (similarity >= THRESHOLD, ties to the one
 * stored first) among the candidates sharing most band hashes with M:
 * 1 with *ID (malloc'd) and *SIM, 0 when none, -1 on an error (reported). */
int ing_dup_best(ing_dup *x, const dp_minhash *m, double threshold, char **id, double *sim);
/* Adds an original of this run (input order WSEQ, increasing); -1: memory. */
int ing_dup_add(ing_dup *x, const dp_minhash *m, uint64_t wseq, const char *id);
/* The number of originals held in memory.                                 */
size_t ing_dup_recent(const ing_dup *x);
/* Forgets the originals with WSEQ below BELOW, which ing_lsh_flush moved
 * to doc_bands: those of the doc_minhash rows up to THROUGH.             */
int ing_dup_forget(ing_dup *x, uint64_t below, sqlite3_int64 through);   /* -1: memory */
/* The writer: moves the signatures stored since the last time into doc_bands,
 * in a transaction of its own (none may be open); *THROUGH (when not NULL):
 * the last doc_minhash rowid in doc_bands then; -1 on an error.          */
int ing_lsh_flush(ing_db *g, sqlite3_int64 *through);
/* The writer, before replacing the document ID: removes its band rows.   */
int ing_lsh_forget_doc(ing_db *g, const char *id);

/* ingest_read.c: reading on the workers.  Whether PATH is a plain JSON
 * Lines file (ing_read_jsonl reads it; else cli_read).                    */
int ing_read_fast(const char *path);
/* Hands each line of PATH, not parsed (J->raw, J->path, J->line), to TAKE
 * (0: go on, -1: stop); the failures (cannot open or read), -1: stopped.  */
typedef int (*ing_take_fn)(void *ctx, ing_job *j);
long ing_read_jsonl(const char *path, ing_take_fn take, void *ctx);
/* A worker's share of reading J: parses J->raw (J->bad when it cannot),
 * then the content hash (J->hash) and the MinHash signature (J->mh).     */
void ing_prep(ing_job *j, const cli_opts *o, const char *model_desc);

/* ingest_ckpt.c: the WAL checkpoints on a thread of their own (-jN).   */
typedef struct ing_ckpt {
    sqlite3 *db;            /* the checkpointer's connection                 */
    sqlite3 *writer;        /* the connection whose WAL hook signals it      */
    pthread_t th;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int req, stop, running;
    int frames, frames_max; /* WAL pages: ask for a checkpoint, do one       */
    long cpu_ns;            /* the thread's CPU time, once stopped           */
} ing_ckpt;

/* Starts the checkpointer of WRITER's database (when it cannot start,
 * SQLite's automatic checkpoints stay on); 0.                            */
int ing_ckpt_start(ing_ckpt *c, ing_db *writer);
/* Stops it (a last checkpoint first, if one was asked for).              */
void ing_ckpt_stop(ing_ckpt *c);

/* ingest_story.c: groups the stored events into stories (events.story and
 * the stories table), from scratch; the number of stories or -1.          */
long ing_stories(ing_db *g);
/* ... in two steps: the links, read on any connection (another thread,
 * while the writer builds the indexes), noted in memory (the events that
 * change story: "story\0id\0"), then stored in one transaction.         */
typedef struct ing_links { char *buf; size_t len, cap; } ing_links;
int ing_stories_link(ing_db *g, ing_links *out);
long ing_stories_apply(ing_db *g, const ing_links *links);
/* ... or (-jN) with the stories table's rows also computed beside the
 * writer: a thread links the events (ing_stories_feed, on the reader's
 * connection), says so, then computes the rows of the stories table (the
 * stories of its links, not yet stored) and hands them over through F, a
 * bounded queue; the writer, once the links are there, stores them, then
 * the rows F brings (ing_stories_take: the number of stories, or -1).    */
struct ing_srow;
typedef struct ing_feed {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int linked;             /* the links are noted (or failed: rc)          */
    int done, stop, rc;     /* no more rows; the writer quit; -1: failed    */
    struct ing_srow *v;     /* a ring of rows (ingest_story.c's S_srow)     */
    size_t head, n;
} ing_feed;
int ing_feed_init(ing_feed *f);   /* -1: memory                             */
void ing_feed_free(ing_feed *f);
int ing_stories_feed(ing_db *g, ing_links *links, ing_feed *f);
long ing_stories_take(ing_db *g, const ing_links *links, ing_feed *f);
/* Tells the producer of F to stop (the writer takes no more rows).       */
void ing_feed_stop(ing_feed *f);

/* The schema text (documented in docs/SCHEMA.md).                          */
extern const char ing_schema[];

#endif
