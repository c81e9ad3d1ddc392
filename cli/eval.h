/*
 * eval.h -- `depeche eval`: accuracy of the library against gold corpora.
 * Three layers, each in its own file:
 *   eval_score.c  pure scorers over span lists (unit-tested, no I/O);
 *   eval_read.c   gold readers (BRAT, BIO/IO, HIPE TSV, WiNER JSONL,
 *                 ISO-TimeML, the depeche-gold-dev JSON Lines sets);
 *   eval.c        the subcommands: annotate each gold text with the public
 *                 API, read the JSON result, score, print a table or JSON.
 * No extraction logic lives here: what is scored is depeche's JSON output.
 * Offsets are Unicode code points of the text given to the library.
 */
#ifndef DP_EVAL_H
#define DP_EVAL_H

#include <stddef.h>

/* ---- spans ---------------------------------------------------------------- */
typedef struct ev_span {
    long start, end;        /* code points, end exclusive                      */
    char type[24];          /* PER/LOC/ORG..., TIMEX3 type, quote kind...      */
    char *value;            /* malloc'd or NULL: TIMEX3 value, ...             */
    int flag;               /* free use: direct quote, ...                      */
    long line;              /* gold line (error messages), 0 if none            */
} ev_span;

typedef struct ev_spans {
    ev_span *v;
    size_t n, cap;
} ev_spans;

/* Appends a span (VALUE copied when non-NULL); returns it.  Aborts the
 * program on out of memory (the CLI, not the library).                      */
ev_span *ev_spans_add(ev_spans *s, long start, long end, const char *type,
                      const char *value);
void ev_spans_free(ev_spans *s);

/* ---- counts ---------------------------------------------------------------- */
typedef struct ev_prf {
    long tp, fp, fn;
} ev_prf;
double ev_precision(ev_prf c);
double ev_recall(ev_prf c);
double ev_f1(ev_prf c);

static inline long ev_overlap(long s1, long e1, long s2, long e2)
{
    long s = s1 > s2 ? s1 : s2, e = e1 < e2 ? e1 : e2;
    return e > s ? e - s : 0;
}

/* ---- scorers ------------------------------------------------------------------ */
/* Span-matching rules for ev_match.                                           */
enum { EV_EXACT = 0,       /* same start and end                              */
       EV_OVERLAP = 1,     /* at least one common code point                  */
       EV_HALF = 2 };      /* overlap >= half of the shorter span             */

/* One-to-one matching of GOLD and PRED (greedy, largest overlap first).  When
 * SAME_TYPE, only spans of equal type match.  GOLD_TO[i] receives the index of
 * the prediction matched to gold i, or -1; PRED_TO likewise (either may be
 * NULL).  Returns the number of matched pairs.                                */
size_t ev_match(const ev_spans *gold, const ev_spans *pred, int rule, int same_type,
                long *gold_to, long *pred_to);

/* One-to-one matching from a score matrix SCORE[g * npred + p] (0: no
 * match), highest score first, then gold order, then prediction order.      */
size_t ev_match_scored(const int *score, size_t ngold, size_t npred, long *gold_to, long *pred_to);

/* NER: per-type exact-match counts.  TYPES holds NTYPES type names; counts go
 * to OUT[t] (added, so several documents accumulate).  Spans whose type is in
 * no slot are ignored.  Duplicate predictions (same span and type) count once. */
void ev_score_typed(const ev_spans *gold, const ev_spans *pred, const char *const *types,
                    size_t ntypes, ev_prf *out);
/* The same with another span rule (EV_OVERLAP: boundary errors forgiven).    */
void ev_score_typed_rule(const ev_spans *gold, const ev_spans *pred, const char *const *types,
                         size_t ntypes, int rule, ev_prf *out);

/* TimeML-style scores of one document, accumulated into *T.                 */
typedef struct ev_time_counts {
    ev_prf strict, relaxed;
    long strict_type, strict_value;   /* correct attributes on strict matches  */
    long relaxed_type, relaxed_value; /* ... on relaxed (overlap) matches      */
} ev_time_counts;
void ev_score_time(const ev_spans *gold, const ev_spans *pred, ev_time_counts *t);

/* Great-circle distance in km.                                               */
double ev_km(double lat1, double lon1, double lat2, double lon2);

/* ---- gold documents ---------------------------------------------------------------- */
typedef struct ev_doc {
    char *id;
    char *date;          /* YYYY-MM-DD or NULL                                  */
    char *text;          /* the text given to depeche (NUL-terminated)          */
    size_t len;          /* bytes                                               */
    ev_spans gold;
    const char *path;    /* gold file (messages)                                */
} ev_doc;
void ev_doc_free(ev_doc *d);

/* Called per gold document; return 0 to go on, -1 to stop.                   */
typedef int (*ev_doc_fn)(void *ctx, ev_doc *d);

/* Reader options.                                                              */
typedef struct ev_read_opts {
    int all_types;       /* NER: keep every gold type, not only PER/LOC/ORG/MISC */
    int with_nominal;    /* NER: score nominal entities (les forces irakiennes) too */
    size_t chunk_bytes;  /* token formats: sentences grouped up to this size     */
} ev_read_opts;

/* NER gold at PATH, any supported format (detected); returns the number of
 * malformed records/files reported on stderr, or -1 when FN stopped.          */
long ev_read_ner(const char *path, const ev_read_opts *o, ev_doc_fn fn, void *ctx);
/* ISO-TimeML file or folder of *.tml / *.xml files.                            */
long ev_read_timeml(const char *path, ev_doc_fn fn, void *ctx);

/* Parses one TimeML document held in BUF (for tests): fills D (text, date,
 * TIMEX3 spans with type and value); returns 0, or -1 with *ERRLINE/ERR set.  */
int ev_parse_timeml(const char *buf, size_t n, ev_doc *d, long *errline, const char **err);
/* Parses token-per-line NER gold held in BUF (BIO, IO, or HIPE TSV when it
 * starts with a TOKEN header) and calls FN per document.                      */
long ev_parse_tokens(const char *path, const char *buf, size_t n, const ev_read_opts *o,
                     ev_doc_fn fn, void *ctx);

/* Maps a corpus type name to depeche's (Person -> PER ...); NULL when the
 * type is not scored (Date, Hour, ... unless ALL).                             */
const char *ev_ner_type(const char *name, size_t len, int all, char *buf, size_t bufsz);

/* Whole file in memory (gzip read through zlib); NULL with errno set.        */
char *ev_slurp(const char *path, size_t *len);
/* Code points in S[0..N) (each byte that does not continue a sequence).      */
long ev_cp_count(const char *s, size_t n);

/* ---- the command -------------------------------------------------------------- */
int cli_eval(int argc, char **argv);

#endif
