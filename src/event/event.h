/*
 * event.h -- event coding (event/event.c): the last pipeline stage turns
 * the tokens, entities, places, times, quantities and quotes of a document
 * into PLOVER / CAMEO / ACLED event records (d->events).
 *
 * The French trigger lexicon is data/lexicon/triggers.tsv (format in its
 * header).  The stage reads it through dp_event_lex, so that tests can give
 * the lexicon without a compiled model.
 */
#ifndef DP_EVENT_H
#define DP_EVENT_H

#include "doc.h"

/* Lookup of the trigger lexicon: FIND returns the value lines of the folded
 * KEY (LEN bytes) like dp_dict_find; HAS_PREFIX says whether a longer key
 * starts with KEY and a space, like dp_dict_has_prefix.                    */
typedef struct dp_event_lex {
    size_t (*find)(void *ctx, const char *key, size_t len,
                   const char **vals, size_t max);
    int (*has_prefix)(void *ctx, const char *key, size_t len);
    void *ctx;
} dp_event_lex;

/* Codes the events of D (tokens ... quotes already filled) with LEX,
 * appending to d->events.  Never fails except by the arena's longjmp.     */
void dp_events_code(dp_doc *d, const dp_event_lex *lex);

#endif
