/*
 * ner.h -- the statistical name tagger: an averaged structured perceptron
 * over hashed token features, BIO tags over PER/ORG/LOC/MISC, Viterbi
 * decoding with BIO constraints.  Trained by tools/train_ner.c; its weights
 * travel in the compiled model (section "ner.w", layout in model/format.h).
 * The entity stage (mention/entity.c) takes its spans as name proposals.
 */
#ifndef DP_MENTION_NER_H
#define DP_MENTION_NER_H

#include "doc.h"

/* Tags: 0 = O; for type T (dp_ent_type order PER, ORG, LOC, MISC)
 * B = 1 + 2T, I = 2 + 2T.                                                 */
#define DP_NER_NTAGS 9
#define DP_NER_MAXF 64          /* features per token, at most            */
#define DP_NER_FEATVER 4u       /* bumped whenever the features change     */

static inline int dp_ner_type(int tag) { return tag ? (tag - 1) / 2 : -1; }
static inline int dp_ner_inside(int tag) { return tag && ((tag - 1) & 1); }

/* What the features need beyond the token: the place stage's findings
 * (token -> place), how each word is used across the document
 * (capitalised mid-sentence, lowercase, after a first name, after a
 * title) and each token's form in the handle's memo (d->nercache, kept
 * across documents; dropped when the model's weights change).
 * Arena-owned; built once per document.                                  */
typedef struct dp_ner_ctx dp_ner_ctx;
dp_ner_ctx *dp_ner_prepare(dp_doc *d);

/* Hashed features of token I of the sentence [S0, S1) into OUT (at most
 * DP_NER_MAXF); returns how many.  The same code serves training and
 * tagging, so the two always agree.                                       */
size_t dp_ner_features(dp_ner_ctx *x, uint32_t i, uint32_t s0,
                       uint32_t s1, uint32_t *out);

/* 1 when the BIO constraints allow tag B after tag A (A = DP_NER_NTAGS:
 * the sentence start).                                                    */
int dp_ner_allowed(int a, int b);

/* Best tag sequence for N tokens: EMIT[i * NTAGS + t] token scores,
 * TRANS[(a) * NTAGS + b] transition scores, row NTAGS the start.  BACK is
 * scratch of N * NTAGS bytes; TAGS receives N tags.                        */
void dp_ner_viterbi(const float *emit, size_t n, const float *trans,
                    uint8_t *back, uint8_t *tags);

/* Weights read from the model (NULL w when the model has none).           */
typedef struct dp_ner_weights {
    uint32_t nbits;             /* log2 of the number of feature buckets   */
    float scale;                /* weight = int16 * scale                   */
    const int16_t *trans;       /* (NTAGS + 1) * NTAGS                      */
    const int16_t *w;           /* (1 << nbits) * NTAGS                      */
} dp_ner_weights;
int dp_ner_weights_get(const dp_model *m, dp_ner_weights *out);

/* Tags every token of D (TAGS: d->toks.n bytes); returns 0 when the model
 * has no tagger weights (TAGS all O), 1 otherwise.  dp_ner_tag_prepared
 * does the same with the context X of dp_ner_prepare(d).                  */
int dp_ner_tag(dp_doc *d, uint8_t *tags);
int dp_ner_tag_prepared(dp_ner_ctx *x, uint8_t *tags);

/* Entries of the dictionary dp_ner_dicts[WHICH] at token I, asked once per
 * distinct form (the context's memo): 1 when its folded form is an entry,
 * 2 when longer entries start with it (dp_dict_has_prefix), or both.      */
enum { DP_NER_ACTORS, DP_NER_AGENTS, DP_NER_TITLES, DP_NER_NDICTS };
extern const char *const dp_ner_dicts[DP_NER_NDICTS];
/* The start of a context (its first member), read by dp_ner_dict_at in
 * its callers' code: DICTS[i], the answers kept with token I's form, 5
 * bits a dictionary (asked, an entry, a prefix of entries; asked and
 * the answer of dp_ner_dict_starts).  dp_ner_dict_ask asks the first time
 * and keeps the answer there.                                            */
typedef struct dp_ner_head { uint16_t **dicts; } dp_ner_head;
int dp_ner_dict_ask(dp_ner_ctx *x, uint32_t i, int which);
static inline int dp_ner_dict_at(dp_ner_ctx *x, uint32_t i, int which)
{
    unsigned sh = 5u * (unsigned)which, b = *((const dp_ner_head *)(const void *)x)->dicts[i];
    if (!(b >> sh & 1)) return dp_ner_dict_ask(x, i, which);
    return (int)(b >> (sh + 1) & 3);
}
/* 1 when some entry of dp_ner_dicts[WHICH] starts with the bytes of the
 * folded form at token I, whatever follows them ("l'" for "l'armee"),
 * asked once per distinct form.                                          */
int dp_ner_dict_starts(dp_ner_ctx *x, uint32_t i, int which);
/* 1 when no entry of dp_ner_dicts[WHICH] is the key of the tokens I and
 * I + 1 (as dp_ment_key joins them) nor starts with it and a space ("la
 * ville": nothing longer to look for); known once per pair of the
 * memo's forms.  0 when some entry is or does, or when not known (forms
 * the memo does not hold, no memo, I + 1 past the end).                 */
int dp_ner_pair_dead(dp_ner_ctx *x, uint32_t i, int which);
/* The handle of dictionary dp_ner_dicts[WHICH] (NULL: the model has none). */
const dp_dict *dp_ner_dict(const dp_ner_ctx *x, int which);
/* Token -> the place (index in d->places) of the last mention over it, -1
 * (d->toks.n + 1 entries, the last -1 as made): the table the tagger
 * reads, the caller's to change once dp_ner_tag_prepared has run (the
 * entity stage sets the last entry to 0 and rewrites entries as it
 * shortens place mentions: no dp_ner_* call after the tagging may read
 * it, dp_ner_features would see those edits).                           */
int32_t *dp_ner_places(dp_ner_ctx *x);

/* Parses a weights blob (the file tools/train_ner writes, the section
 * verbatim); 0 ok, -1 malformed (*WHY says why).                           */
int dp_ner_parse(const void *p, size_t n, dp_ner_weights *out, const char **why);

#endif
