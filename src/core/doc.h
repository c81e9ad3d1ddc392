/*
 * doc.h -- the document handle's internals, shared by every pipeline stage.
 *
 * Data flows one way through the stages (src/core/pipeline.c):
 *   text/decode -> text/token -> text/tag (lemmas) -> text/sentence ->
 *   text/repeat -> mention/time -> mention/quantity -> mention/place ->
 *   mention/entity -> mention/quote -> event/event -> output/json
 * Each stage reads what earlier stages wrote into the dp_doc and appends its
 * own results.  All memory belongs to the document's arena: a stage never
 * frees, never tests for NULL (allocation failure longjmps out), never
 * prints.
 *
 * Positions.  Stages work on token ranges [t0, t1).  A token knows its byte
 * range in the repaired UTF-8 text (b0, b1) and its code point range in the
 * original input (c0, c1): output spans are code points.
 */
#ifndef DP_DOC_H
#define DP_DOC_H

#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include "depeche.h"
#include "arena.h"
#include "../model/model.h"

/* ---- Tokens ----------------------------------------------------------- */
typedef enum dp_tok_kind {
    DP_TOK_WORD = 0,     /* letters, digits inside words, inner ' and -     */
    DP_TOK_NUM,          /* 15 000, 15 000, 1,5, 2016, 23/08/2016 is 5 toks*/
    DP_TOK_PUNCT,        /* . , ; : ! ? ( ) … and the like                   */
    DP_TOK_QUOTE_OPEN,   /* « “ and a straight " that opens                  */
    DP_TOK_QUOTE_CLOSE,  /* » ” and a straight " that closes                 */
    DP_TOK_DASH,         /* – — (dialogue or parenthetical dash)             */
    DP_TOK_SYM           /* % € $ / + = and any other symbol                 */
} dp_tok_kind;

enum {
    DP_TF_CAP        = 1u << 0,  /* first letter is upper case               */
    DP_TF_UPPER      = 1u << 1,  /* all letters upper case, >= 2 letters      */
    DP_TF_ELISION    = 1u << 2,  /* ends in an apostrophe: l' d' qu' jusqu'   */
    DP_TF_CLITIC     = 1u << 3,  /* verb-subject clitic: -t-il -il -elle -on  */
    DP_TF_ABBREV     = 1u << 4,  /* abbreviation with its dot: M. Mme. gén.   */
    DP_TF_SENT_START = 1u << 5,
    DP_TF_PARA_START = 1u << 6,
    DP_TF_SPACE      = 1u << 7,  /* whitespace before this token              */
    DP_TF_NEWLINE    = 1u << 8,  /* a line break before this token            */
    DP_TF_HYPHEN     = 1u << 9,  /* contains an inner hyphen (porte-parole)   */
    DP_TF_IN_QUOTE   = 1u << 10, /* inside « » / “ ” (set by the splitter)    */
    DP_TF_REPEATED   = 1u << 11  /* inside a passage that repeats an earlier one */
};

/* Part-of-speech bits from the lexicon (text/tag.c); several may be set.  */
enum {
    DP_POS_V    = 1u << 0,   /* verb (any form)                             */
    DP_POS_VPP  = 1u << 1,   /* past participle (Lefff K)                    */
    DP_POS_VINF = 1u << 2,   /* infinitive (Lefff W)                         */
    DP_POS_NC   = 1u << 3,   /* common noun                                  */
    DP_POS_NP   = 1u << 4,   /* proper noun                                  */
    DP_POS_ADJ  = 1u << 5,
    DP_POS_ADV  = 1u << 6,
    DP_POS_DET  = 1u << 7,
    DP_POS_PREP = 1u << 8,
    DP_POS_PRO  = 1u << 9,   /* pronouns, clitics                            */
    DP_POS_CONJ = 1u << 10,  /* coo and csu                                  */
    DP_POS_AUX  = 1u << 11,  /* a form of avoir / être                       */
    DP_POS_NUM  = 1u << 12
};

typedef struct dp_token {
    uint32_t b0, b1;        /* bytes in d->text                              */
    uint32_t c0, c1;        /* code points of the original input             */
    const char *norm;       /* folded key ("qayyarah", "l'", "general")      */
    const char *lower;      /* lowercase, accents kept ("général")           */
    uint16_t kind;          /* dp_tok_kind                                   */
    uint32_t flags;         /* DP_TF_*                                       */
    uint32_t pos;           /* DP_POS_* (0 when unknown to the lexicon)      */
    const char *lemma;      /* preferred lemma (model string) or NULL        */
    double num;             /* value of a DP_TOK_NUM                          */
    int32_t sent, para;     /* sentence and paragraph index                  */
    const dp_lex_entry *lex; /* the tagger's Lefff readings of lower (at most
                               DP_TOK_LEX of them), NULL: not looked up     */
    uint32_t nlex;          /* how many readings the Lefff has                */
} dp_token;
#define DP_TOK_LEX 24

typedef struct dp_sentence {
    uint32_t t0, t1;        /* tokens                                        */
    int32_t para;
    int32_t repeat_of;      /* index of an earlier sentence it repeats, -1   */
} dp_sentence;

typedef struct dp_paragraph { uint32_t t0, t1; } dp_paragraph;

typedef struct dp_tspan { uint32_t t0, t1; } dp_tspan;   /* token range     */

/* A passage repeated inside the document (code points, end exclusive).    */
typedef struct dp_repeat { uint32_t c0, c1, same_c0, same_c1; } dp_repeat;

/* ---- Mentions --------------------------------------------------------- */
typedef enum { DP_ENT_PER = 0, DP_ENT_ORG, DP_ENT_LOC, DP_ENT_MISC } dp_ent_type;

/* CAMEO-style actor coding of an entity or of a common-noun group.        */
typedef struct dp_actor {
    const char *code;       /* "IRQMIL", "IMGMUSISI", NULL when unknown      */
    char country[4];        /* ISO alpha-3 or ""                              */
    const char *sector;     /* "MIL", "GOV", "REB", "CVL", ... or NULL       */
} dp_actor;

typedef struct dp_entity {
    dp_ent_type type;
    const char *name;       /* canonical name (longest full-name mention)    */
    const char *title;      /* "général", "ministre", ... or NULL            */
    const char *role;       /* "porte-parole du CTS", "maire de Qayyarah"    */
    dp_tspan title_span, role_span;   /* evidence; t0 == t1 when none        */
    DP_VEC(dp_tspan) mentions;
    char gender;            /* 'm', 'f' or 0                                  */
    int32_t place;          /* index in d->places for a resolved LOC, or -1  */
    dp_actor actor;         /* actor.code NULL when not an actor             */
    int nominal;            /* 1: a common-noun actor ("les forces irakiennes") */
} dp_entity;

typedef struct dp_place {
    uint32_t gaz;           /* gazetteer id                                  */
    dp_gaz_rec rec;
    const char *precision;  /* "exact", "admin1", "country", "approx"        */
    int32_t entity;         /* its LOC entity, or -1                         */
    DP_VEC(dp_tspan) mentions;
} dp_place;

typedef enum { DP_TIME_DATE = 0, DP_TIME_TIME, DP_TIME_DURATION, DP_TIME_SET } dp_time_type;

typedef struct dp_time {
    dp_tspan span;
    dp_time_type type;
    const char *value;      /* TimeML value: "2016-08-23", "2016-06", "P3W"  */
    int anchored;           /* 1: value depends on the publication date      */
    int resolved;           /* 0: relative and no publication date           */
} dp_time;

typedef struct dp_quantity {
    dp_tspan span;          /* the whole count phrase ("15 000 civils")      */
    long value;
    const char *of;         /* "killed", "injured", "civilians", ...         */
    uint32_t head;          /* token of the counted noun                     */
} dp_quantity;

typedef struct dp_quote {
    dp_tspan span;          /* the quoted words, without the marks           */
    int32_t speaker;        /* entity index or -1                            */
    dp_tspan speaker_span;  /* the mention that names the speaker, or empty  */
    dp_tspan cue;           /* reporting verb / "selon"; empty when none     */
    int direct;             /* 1: quoted words, 0: reported speech           */
} dp_quote;

/* ---- Events ----------------------------------------------------------- */
typedef struct dp_event_arg {
    int32_t entity;         /* entity index or -1                            */
    dp_tspan span;          /* the words naming it                           */
    dp_actor actor;
} dp_event_arg;

typedef struct dp_event {
    const char *event;      /* PLOVER type "ASSAULT"                         */
    const char *cameo;      /* "190"                                         */
    const char *acled_type, *acled_sub;  /* NULL when ACLED does not apply   */
    const char *mode[4];    int nmode;
    const char *context[4]; int ncontext;
    DP_VEC(dp_event_arg) actors;
    DP_VEC(dp_event_arg) recipients;
    int32_t place;          /* d->places index or -1                         */
    const char *date;       /* ISO, or NULL                                  */
    const char *date_precision; /* "day","month","year","published"          */
    const char *week;       /* "2017-W15" when the date is a week's month
                               ("la semaine dernière"), else NULL           */
    long dead, injured, arrested, affected;   /* -1: unknown                 */
    int negated, future, hypothetical;
    DP_VEC(int32_t) sources;  /* entity indexes                              */
    dp_tspan trigger;
    int32_t sent;           /* sentence of the trigger                       */
    DP_VEC(int32_t) also_in;  /* other sentences telling the same event      */
    double confidence;
    const char *why;
} dp_event;

/* ---- The document ------------------------------------------------------ */
struct dp_doc {
    const dp_model *model;
    dp_arena arena;          /* everything below lives here                  */
    jmp_buf *oom_jmp;        /* set while a pipeline runs                     */
    char errmsg[256];

    /* input */
    const char *id;
    const char *published;   /* "YYYY-MM-DD" or NULL                          */
    int pub_y, pub_m, pub_d; /* 0 when no publication date                    */
    const char *title, *url, *source;
    char *text;              /* repaired UTF-8 (bad bytes -> U+FFFD), NUL-ended */
    size_t len;              /* bytes of text                                 */
    size_t in_len;           /* bytes of the input as given                   */
    size_t ncp;              /* code points                                   */
    size_t nbad;             /* invalid bytes replaced                        */

    DP_VEC(dp_token) toks;
    DP_VEC(dp_sentence) sents;
    DP_VEC(dp_paragraph) paras;
    DP_VEC(dp_repeat) repeats;
    DP_VEC(dp_time) times;
    const char *page_day;    /* a day page's day, "YYYY-MM-DD": the full day
                                date its title closes on after a colon
                                ("Grève : mardi 4 mars 2025"), or NULL
                                (mention/time.c)                          */
    DP_VEC(dp_quantity) quantities;
    DP_VEC(dp_place) places;
    DP_VEC(dp_entity) ents;
    DP_VEC(dp_quote) quotes;
    DP_VEC(dp_event) events;

    dp_buf feed;             /* streaming input                               */
    dp_buf out;              /* JSON output                                   */
    int have_result;
    unsigned stages;         /* DP_STAGE_* bits run on this document          */
    double *stage_s;         /* NULL, or seconds spent in each of dp_stages[]
                                (added to; kept across documents): bench  */
    struct dp_kept *lexcache; /* the tagger's memo of Lefff lookups, kept
                                across documents (text/tag.c), or NULL    */
    struct dp_kept *formmemo; /* facts about folded forms, kept across
                                documents (core/memo.c), or NULL          */
    struct dp_form **tokform; /* each token's dp_form once asked, or NULL */
    struct dp_tagform *tagforms; /* the tagger's lowercase forms of the
                                document, and each token's (index + 1, 0:
                                none) in it: for dp_tok_form (text/tag.c) */
    uint32_t *tagslot;
    struct dp_kept *nercache; /* the name tagger's memo of token forms,
                                kept across documents (mention/ner.c)     */
};

/* Allocation helpers bound to the document's arena.                       */
#define DP_NEW(d, T) ((T *)dp_arena_alloc(&(d)->arena, sizeof(T)))
#define DP_DPUSH(d, vec) DP_PUSH(&(d)->arena, (vec))

/* Text of a token range as a new NUL-terminated string (original bytes).  */
char *dp_doc_span_text(dp_doc *d, dp_tspan s);
/* Folded key of a token range: tokens' norms joined with one space where
 * the text had whitespace, nothing where it had none ("l'" + "irak").     */
char *dp_doc_span_key(dp_doc *d, dp_tspan s);

/* Runs the text layer only (decode, tokens, lemmas, sentences, repeats) on
 * TEXT: for the tokenizer's tests and the benchmark.  DP_OK or
 * DP_ERR_NOMEM; the mention and event arrays stay empty.                  */
dp_status dp_doc_run_text(dp_doc *d, const char *text, size_t len);

/* ---- Stages (each in its own module, see the header of each) ---------- */
void dp_stage_decode(dp_doc *d, const char *in, size_t len); /* text/utf8.c     */
void dp_stage_tokenize(dp_doc *d);          /* text/token.c                     */
void dp_stage_tag(dp_doc *d);               /* text/tag.c                       */
void dp_stage_sentences(dp_doc *d);         /* text/sentence.c                  */
void dp_stage_repeats(dp_doc *d);           /* text/repeat.c                    */
void dp_stage_times(dp_doc *d);             /* mention/time.c                   */
void dp_stage_quantities(dp_doc *d);        /* mention/quantity.c               */
void dp_stage_places(dp_doc *d);            /* mention/place.c                  */
void dp_stage_entities(dp_doc *d);          /* mention/entity.c                 */
void dp_stage_quotes(dp_doc *d);            /* mention/quote.c                  */
void dp_stage_events(dp_doc *d);            /* event/event.c                    */
void dp_stage_json(dp_doc *d);              /* output/json.c                    */
void dp_stage_events_jsonl(dp_doc *d);      /* output/json.c                    */

/* The stages in pipeline order (core/pipeline.c), named for timing and
 * for the caller's choice of stages (dp_doc_options.stages): BIT is the
 * stage's DP_STAGE_* bit (0: it always runs), NEEDS the bits of the
 * stages whose results it reads or completes.                            */
typedef struct dp_stage_info {
    const char *name;
    void (*run)(dp_doc *d);
    unsigned bit, needs;
} dp_stage_info;
#define DP_NSTAGES 11
#define DP_TEXT_STAGES 5      /* decode .. repeats: dp_doc_run_text        */
extern const dp_stage_info dp_stages[DP_NSTAGES];

/* dp_lex_find of token I's lowercase form, read from what the tagger kept
 * when it can be (text/tag.c).                                            */
size_t dp_tok_lex(const dp_doc *d, uint32_t i, dp_lex_entry *out, size_t max);


/* ---- The handle's memo of facts about folded forms (core/memo.c) -------
 * One record per distinct folded form, kept from one document to the next
 * (up to a bound, then for the document only): what a stage derives from
 * the form and the model alone, looked up once per form and handle instead
 * of once per token.  Each owner has a slot of v: it sets bit DP_FORM_x of
 * KNOWN when v[x] holds its answer, and allocates what v[x] points to in
 * the record's ARENA (it lives as long as the record).                   */
enum { DP_FORM_PLACE = 0, DP_FORM_TIME, DP_FORM_QUANTITY, DP_FORM_NSLOTS = 8 };
/* Second slots, for owners that keep a second word inline (what they ask
 * at every token: no pointer to follow); 0 until the owner sets it.     */
enum { DP_FORM_TIME2 = 3, DP_FORM_PLACE2 = 4 };
/* The events stage's slot (event/event.c): a first word's trigger entries. */
enum { DP_FORM_EVENT = 5 };
/* The quotations stage's slot (mention/quote.c): whether a token of the
 * form reads as a reporting verb, for the first S_QVAR (4) lemmas and
 * lowercase forms of the form met.                                        */
enum { DP_FORM_QUOTE = 6 };
/* The repeated passages' slot (text/repeat.c): the form's word hash.    */
enum { DP_FORM_REPEAT = 7 };
typedef struct dp_form {
    const char *key;          /* the folded form                            */
    uint32_t hash;
    uint32_t known;           /* bit x: v[x] holds owner x's answer         */
    uintptr_t v[DP_FORM_NSLOTS];
    dp_arena *arena;          /* the memo's, or the document's              */
} dp_form;

/* FNV-1a (32 bits) of the NUL-terminated S, four bytes a turn of the
 * loop; its length to *LEN.  The form memo and the tagger's form table
 * key their slots by it.                                                */
__attribute__((always_inline)) static inline uint32_t dp_fnv_cstr(const char *s, size_t *len)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t h = 2166136261u;
    for (;; p += 4) {
        if (!p[0]) break;
        h = (h ^ p[0]) * 16777619u;
        if (!p[1]) { p += 1; break; }
        h = (h ^ p[1]) * 16777619u;
        if (!p[2]) { p += 2; break; }
        h = (h ^ p[2]) * 16777619u;
        if (!p[3]) { p += 3; break; }
        h = (h ^ p[3]) * 16777619u;
    }
    *len = (size_t)(p - (const unsigned char *)s);
    return h;
}

/* The record of folded form KEY (never NULL: allocation failure longjmps
 * like any arena allocation).                                             */
dp_form *dp_form_of(dp_doc *d, const char *key);
/* The record of token I's norm, kept per token for the document (through
 * the tagger's forms of the document: text/tag.c).                       */
dp_form *dp_tok_form(dp_doc *d, uint32_t i);
/* dp_tok_form, read inline when the document already keeps token I's
 * record (most asks of the stages that ask at every token): no call.     */
static inline dp_form *dp_tok_form_kept(dp_doc *d, uint32_t i)
{
    dp_form *f = d->tokform ? d->tokform[i] : NULL;
    return f ? f : dp_tok_form(d, i);
}

/* Token I of D (of the first N tokens) is an acronym in capitals among
 * words that are not ("la CE", "l'UE"): a name, whatever Lefff reads in
 * its lowercase form (the determiner or demonstrative "ce"); not a word of
 * a title written all in capitals.  Shared by the time and event stages. */
static inline int dp_tok_acronym(const dp_doc *d, uint32_t i, uint32_t n)
{
    const dp_token *t = d->toks.v;
    return i < n && (t[i].flags & DP_TF_UPPER) && !(i + 1 < n && (t[i + 1].flags & DP_TF_UPPER)) &&
           !(i > 0 && (t[i - 1].flags & DP_TF_UPPER));
}

/* ---- A memo the handle keeps from one document to the next (core/memo.c)
 * The tagger's, the form memo and the name tagger's: V, a table of N
 * (NSLOTS) zeroed slots of its owner's type; USED of them taken (an owner
 * may grow V: the form memo does); ARENA, where what
 * they point to lives (its running out of memory ends the pipeline as the
 * document's does); TAG, the owner's check that the memo still fits (the
 * name tagger: the weights its sums were made with).  The pipeline's
 * reset keeps it, dp_doc_free frees it.                                  */
typedef struct dp_kept {
    void *v;
    size_t nslots, used;
    const void *tag;
    dp_arena arena;
} dp_kept;

/* *K, made with N slots of SIZE bytes when it is NULL; NULL when memory
 * ran out (the owner then works from the document's arena alone).       */
dp_kept *dp_kept_get(dp_doc *d, dp_kept **k, size_t n, size_t size);
void dp_kept_free(dp_kept *k);

#endif
