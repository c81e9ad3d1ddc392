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

/* The stages a caller may choose (dp_doc_options.stages), one bit each.
 * The text layer (UTF-8 decoding, tokens, lemmas, sentences and
 * paragraphs) always runs.  A chosen stage brings in the stages it reads:
 *   DP_STAGE_REPEATS     repeated passages ("repeated"): none
 *   DP_STAGE_TIMES       "times": none
 *   DP_STAGE_QUANTITIES  "quantities": times (a date is not a count)
 *   DP_STAGE_PLACES      "places": entities, and
 *   DP_STAGE_ENTITIES    "entities": places -- the two go together: the
 *                        entity stage reads the place mentions, drops
 *                        those inside a person's or an organisation's
 *                        name and gives each place its LOC entity
 *   DP_STAGE_QUOTES      "quotes": entities, places, times
 *   DP_STAGE_EVENTS      "events": every other stage
 * A stage that did not run leaves its array empty.  Two later stages add to
 * the arrays of earlier ones, after what those found (ids unchanged): the
 * quotations stage adds the speakers the entity stage missed to
 * "entities" (a name, "un témoin", "certains"), and the events stage adds
 * to "places" the places it locates an event at that the text does not
 * name as a place (an institution's seat, "l'est du pays"), with no
 * mention.  So the entities and places of a run without quotes and events
 * are those of a full run less these additions.                          */
enum {
    DP_STAGE_REPEATS    = 1u << 0,
    DP_STAGE_TIMES      = 1u << 1,
    DP_STAGE_QUANTITIES = 1u << 2,
    DP_STAGE_PLACES     = 1u << 3,
    DP_STAGE_ENTITIES   = 1u << 4,
    DP_STAGE_QUOTES     = 1u << 5,
    DP_STAGE_EVENTS     = 1u << 6,
    DP_STAGE_ALL        = (1u << 7) - 1
};

typedef struct dp_doc_options {
    const char *id;        /* NULL: a stable id derived from the content     */
    const char *published; /* "YYYY-MM-DD" (a longer ISO stamp is cut), NULL */
    const char *title;     /* optional metadata, echoed in the output        */
    const char *url;
    const char *source;
    size_t max_bytes;      /* size cap of one document; 0: DP_DEFAULT_MAX    */
    unsigned stages;       /* DP_STAGE_* bits to run (with what they need);
                              0: every stage.  When not every stage ran, the
                              JSON has "stages": the names of those that did */
} dp_doc_options;

#define DP_DEFAULT_MAX ((size_t)64 << 20)

/* Reads LIST, stage names separated by commas ("entities,places"; "all":
 * every stage; names as in the JSON: repeats, times, quantities, places,
 * entities, quotes, events), into *STAGES: their DP_STAGE_* bits with
 * those of the stages they need (what dp_doc_annotate will run).  DP_OK,
 * or DP_ERR_ARG for an empty list, an empty or unknown name (*BAD, when
 * not NULL, then points at that name in LIST and *BADLEN holds its
 * length).                                                                 */
dp_status dp_stages_parse(const char *list, unsigned *stages, const char **bad,
                          size_t *badlen);
/* The name of stage bit BIT ("entities"), NULL when BIT is not one.      */
const char *dp_stage_name(unsigned bit);
/* The DP_STAGE_* bits that ran on D's last document: what was asked with
 * what it needs (DP_STAGE_ALL by default; 0 when D holds no result).     */
unsigned dp_doc_stages(const dp_doc *d);

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

/* ---- The result as C values -----------------------------------------------
 * The records of dp_doc_json read one at a time as plain C values, for a
 * front end that stores or indexes them without parsing the JSON (see
 * docs/API.md).  Each value is the one a JSON reader gets back from
 * dp_doc_json's text: strings decoded (a dp_str, P NULL for null or a
 * member the JSON leaves out), numbers as that text reads back (a latitude
 * written 36.33500 is strtod("36.33500"); NAN for null), ids and
 * references as written ("e3", "p1", "q2", "<doc id>-4").  Index I of a
 * kind is the index in the JSON array (times and quotes without words are
 * left out there, so here too).  What a getter returns points into D and
 * stays valid until D annotates again or is freed.  Getters return
 * DP_ERR_ARG (no annotated document, an index out of range, a NULL
 * pointer) or DP_ERR_NOMEM, else DP_OK.                                     */
typedef struct dp_str { const char *p; size_t n; } dp_str;

/* A span: code points [START, END) of the input and its words; OK 0 when
 * the JSON has null there.                                                 */
typedef struct dp_span_rec { int ok; size_t start, end; dp_str text; } dp_span_rec;

typedef enum dp_rec_kind {
    DP_REC_ENTITIES, DP_REC_PLACES, DP_REC_TIMES, DP_REC_QUOTES, DP_REC_EVENTS
} dp_rec_kind;
/* The length of the JSON array of KIND (0 when D holds no result).        */
size_t dp_doc_count(const dp_doc *d, dp_rec_kind kind);

/* The document's own members.                                              */
typedef struct dp_doc_rec { dp_str id, published, title, url, source; } dp_doc_rec;
dp_status dp_doc_record(dp_doc *d, dp_doc_rec *out);

typedef struct dp_entity_rec {
    dp_str id, type, name, title, role, gender, place;
    dp_str actor_code, actor_country, actor_sector;   /* "actor"; code NULL: none */
    int nominal;
    size_t mentions;        /* the spans in "mentions"                       */
} dp_entity_rec;
dp_status dp_doc_entity(dp_doc *d, size_t i, dp_entity_rec *out);

typedef struct dp_place_rec {
    dp_str id, name, country_code, admin1, admin1_code, feature_class, feature_code;
    dp_str precision, entity;
    long geonameid;         /* 0: null                                       */
    double lat, lon;        /* NAN: null                                     */
    size_t mentions;
} dp_place_rec;
dp_status dp_doc_place(dp_doc *d, size_t i, dp_place_rec *out);

typedef struct dp_time_rec {
    dp_span_rec span;
    dp_str type, value;
    int anchored, resolved;
} dp_time_rec;
dp_status dp_doc_time(dp_doc *d, size_t i, dp_time_rec *out);

typedef struct dp_quote_rec {
    dp_span_rec span;       /* the quoted words                              */
    dp_str id, speaker;     /* speaker: an entity id or NULL                 */
    dp_str speaker_name;    /* ... that entity's "name"                      */
    dp_span_rec speaker_span, cue;
    int direct;
} dp_quote_rec;
dp_status dp_doc_quote(dp_doc *d, size_t i, dp_quote_rec *out);

typedef struct dp_event_rec {
    dp_str id, event, cameo, acled_type, acled_sub, date, date_precision, why;
    dp_str mode[4], context[4];
    int nmode, ncontext;
    dp_place_rec loc;       /* "event_loc": loc.id NULL when null; it has
                               id, name, geonameid, lat, lon, country_code
                               and precision (the rest null or 0)           */
    long dead, injured, arrested, affected;      /* -1: null                */
    int negated, future, hypothetical;
    dp_span_rec trigger, sentence;               /* "trigger", "text_info"  */
    size_t actors, recipients, also_in;          /* the arrays' lengths     */
    double confidence;      /* NAN: null                                     */
} dp_event_rec;
dp_status dp_doc_event(dp_doc *d, size_t i, dp_event_rec *out);

/* Argument K of event I: ROLE 0 its "actor" array, 1 "recipient".         */
typedef struct dp_arg_rec {
    dp_str entity, text, code, country, sector;
    dp_span_rec span;
} dp_arg_rec;
dp_status dp_doc_event_arg(dp_doc *d, size_t i, int role, size_t k, dp_arg_rec *out);
/* Span K of event I's "also_in" (OK 0 for a null there).                  */
dp_status dp_doc_event_also_in(dp_doc *d, size_t i, size_t k, dp_span_rec *out);
/* Event I's object exactly as dp_doc_json writes it in "events" (*OUT
 * owned by D, NUL-terminated, valid until the next call on D: it takes
 * the place of dp_doc_json's output).                                      */
dp_status dp_doc_event_json(dp_doc *d, size_t i, const char **out, size_t *len);

#ifdef __cplusplus
}
#endif
#endif /* DEPECHE_H */
