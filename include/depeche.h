/*
 * depeche.h -- the one public header of libdepeche.
 *
 * depeche turns French news articles into structured event data: who did
 * what to whom, where, when and according to whom, with a character span of
 * evidence for every field.  See shared spec OUTPUT.md (docs/OUTPUT.md) for
 * the JSON contract.
 *
 * Conventions
 *  - Every public symbol starts with dp_.  Handles are opaque.
 *  - The library never prints, never exits, never aborts on bad input.
 *    Functions return a dp_status; the message of the last failure is kept
 *    on the handle (dp_model_errmsg, dp_doc_errmsg).
 *  - Ownership: inputs are borrowed (const) and never modified; strings a
 *    function returns through an out-pointer are owned by the handle and stay
 *    valid until the next call on that handle or until it is freed.
 *  - Threads: one dp_model may be shared by any number of threads (it is
 *    read-only after dp_model_open).  A dp_doc belongs to one thread at a time.
 *  - Offsets reported in output are Unicode code points of the input as
 *    given; an invalid UTF-8 byte counts as one code point (U+FFFD).
 */
#ifndef DEPECHE_H
#define DEPECHE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DP_VERSION "0.1.0"
/* Version of the JSON output contract (shared spec OUTPUT.md). */
#define DP_OUTPUT_VERSION 1

typedef enum dp_status {
    DP_OK = 0,
    DP_ERR_ARG,      /* a NULL or out-of-range argument */
    DP_ERR_NOMEM,    /* an allocation failed; the handle is still usable */
    DP_ERR_IO,       /* a file could not be opened, read or mapped */
    DP_ERR_FORMAT,   /* a model file is corrupt, truncated or of another version */
    DP_ERR_INPUT,    /* the input text was refused (e.g. not text at all) */
    DP_ERR_TOO_BIG   /* the input is larger than the document size cap */
} dp_status;

/* A short English name for a status ("ok", "out of memory", ...). */
const char *dp_status_str(dp_status s);

/* ---- The compiled model ------------------------------------------------
 * A read-only file (build/depeche.model) holding the gazetteer, the French
 * lexicon and the project's dictionaries.  It is memory-mapped; every offset
 * in it is checked when it is opened, so a corrupt file is an error.        */
typedef struct dp_model dp_model;

/* Opens and checks the model at PATH (NULL: $DEPECHE_MODEL, else the path
 * compiled in as the default).  *OUT receives a handle even on failure
 * (except when memory itself ran out, then NULL): read dp_model_errmsg() and
 * free it with dp_model_close().                                           */
dp_status dp_model_open(const char *path, dp_model **out);
const char *dp_model_errmsg(const dp_model *m);
/* One line describing the model: format version, build date, sources.    */
const char *dp_model_describe(const dp_model *m);
void dp_model_close(dp_model *m);

/* ---- Documents ---------------------------------------------------------- */
typedef struct dp_doc dp_doc;

typedef struct dp_doc_options {
    const char *id;        /* NULL: a stable id derived from the content     */
    const char *published; /* "YYYY-MM-DD" (a longer ISO stamp is cut), NULL */
    const char *title;     /* optional metadata, echoed in the output        */
    const char *url;
    const char *source;
    size_t max_bytes;      /* size cap of one document; 0: DP_DEFAULT_MAX    */
} dp_doc_options;

#define DP_DEFAULT_MAX ((size_t)64 << 20)

/* A document handle, reusable for many texts (its memory is recycled).    */
dp_doc *dp_doc_new(const dp_model *m);
void dp_doc_free(dp_doc *d);
const char *dp_doc_errmsg(const dp_doc *d);

/* One-shot: annotates TEXT (LEN bytes, need not be NUL-terminated nor
 * valid UTF-8).  OPT may be NULL.  On failure the previous result is gone
 * and the handle is ready for the next text.  UTF-16 (a byte order mark, or
 * a NUL in nearly every other byte) is refused with DP_ERR_INPUT.         */
dp_status dp_doc_annotate(dp_doc *d, const char *text, size_t len,
                          const dp_doc_options *opt);

/* Streaming: feed any number of chunks (split anywhere, even inside a UTF-8
 * sequence), then finish; equivalent to one dp_doc_annotate on the
 * concatenation.  A chunk that would pass the size cap is refused with
 * DP_ERR_TOO_BIG and the feed is dropped.                                  */
dp_status dp_doc_feed(dp_doc *d, const char *chunk, size_t len);
dp_status dp_doc_finish(dp_doc *d, const dp_doc_options *opt);

/* The result as one JSON object per the output contract (*OUT is owned by
 * D, NUL-terminated, valid until the next call on D).                      */
dp_status dp_doc_json(dp_doc *d, const char **out, size_t *len);
/* The events alone as PLOVER-style JSON Lines (one line per event, each
 * ending in '\n'; empty when there is none).                               */
dp_status dp_doc_events_jsonl(dp_doc *d, const char **out, size_t *len);

/* Counts of what was found, for progress reports and summaries.           */
typedef struct dp_doc_stats {
    size_t bytes, code_points, invalid_bytes, tokens, sentences, paragraphs;
    size_t repeated, entities, places, times, quantities, quotes, events;
} dp_doc_stats;
void dp_doc_get_stats(const dp_doc *d, dp_doc_stats *out);

#ifdef __cplusplus
}
#endif
#endif /* DEPECHE_H */
