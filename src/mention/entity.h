/*
 * entity.h -- helpers shared by the entity and quotation stages
 * (mention/entity.c, mention/quote.c).  Internal to src/mention/.
 */
#ifndef DP_MENTION_ENTITY_H
#define DP_MENTION_ENTITY_H

#include "doc.h"

/* Folded key of tokens [t0, t1) written into BUF (CAP bytes, NUL-ended):
 * norms joined by one space where the text had whitespace.  Returns the
 * length, or 0 when it does not fit.                                      */
size_t dp_ment_key(const dp_doc *d, uint32_t t0, uint32_t t1,
                   char *buf, size_t cap);

/* Values of dictionary NAME for tokens [t0, t1); returns how many exist. */
size_t dp_ment_dict(const dp_doc *d, const char *name, uint32_t t0,
                    uint32_t t1, const char **vals, size_t max);

/* Longest entry of dictionary NAME starting at token I (at most MAXLEN
 * tokens, within [I, END)).  Returns its length in tokens (0: none) and
 * its first value in *VAL.                                                 */
uint32_t dp_ment_longest(const dp_doc *d, const char *name, uint32_t i,
                         uint32_t end, uint32_t maxlen, const char **val);

/* 1 when token I is a form of a reporting verb listed in quote_verbs.tsv
 * (by its lemma, else by its Lefff analyses).                              */
int dp_ment_quote_verb(const dp_doc *d, uint32_t i);

/* The same answer with each lemma's lookup remembered in MEMO (a stage's
 * table of DP_QLEM_SLOTS zeroed entries, valid for one document: keyed by
 * the model's lemma addresses).                                            */
#define DP_QLEM_SLOTS 128
typedef struct dp_qlem { const char *lemma; int yes; } dp_qlem;
int dp_ment_quote_verb_memo(const dp_doc *d, uint32_t i, dp_qlem *memo);

/* Token -> entity index map (-1 where no entity mention), arena-owned.    */
int32_t *dp_ment_token_map(dp_doc *d);

/* Subject clitic of token I ("il", "-t-elle", ...): 'm', 'f', 'p'
 * (plural), 'o' (on) or 0 when I is none.                                  */
char dp_ment_clitic(const dp_doc *d, uint32_t i);

#endif
