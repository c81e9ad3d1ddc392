/*
 * fuzz_annotate.c -- libFuzzer target: the whole pipeline (decode, tokens,
 * sentences, repeats, mentions, events), both renderings and every record
 * getter (the C values ingest stores), on arbitrary bytes.  The first byte, when present, picks a publication date or none.
 * Build and run: make fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdlib.h>

#include "depeche.h"

static dp_model *model;
static dp_doc *doc;

/* Every record of the result through the getters: each must answer DP_OK
 * for every index below its count.                                       */
static void S_records(dp_doc *d)
{
    dp_doc_rec dr;
    if (dp_doc_record(d, &dr) != DP_OK) abort();
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_ENTITIES); i < n; i++) {
        dp_entity_rec r;
        if (dp_doc_entity(d, i, &r) != DP_OK) abort();
    }
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_PLACES); i < n; i++) {
        dp_place_rec r;
        if (dp_doc_place(d, i, &r) != DP_OK) abort();
    }
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_TIMES); i < n; i++) {
        dp_time_rec r;
        if (dp_doc_time(d, i, &r) != DP_OK) abort();
    }
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_QUOTES); i < n; i++) {
        dp_quote_rec r;
        if (dp_doc_quote(d, i, &r) != DP_OK) abort();
    }
    for (size_t i = 0, n = dp_doc_count(d, DP_REC_EVENTS); i < n; i++) {
        dp_event_rec e;
        dp_arg_rec a;
        dp_span_rec sp;
        const char *js;
        size_t jn;
        if (dp_doc_event(d, i, &e) != DP_OK) abort();
        for (size_t k = 0; k < e.actors; k++)
            if (dp_doc_event_arg(d, i, 0, k, &a) != DP_OK) abort();
        for (size_t k = 0; k < e.recipients; k++)
            if (dp_doc_event_arg(d, i, 1, k, &a) != DP_OK) abort();
        for (size_t k = 0; k < e.also_in; k++)
            if (dp_doc_event_also_in(d, i, k, &sp) != DP_OK) abort();
        if (dp_doc_event_json(d, i, &js, &jn) != DP_OK || !jn) abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model) {
        dp_model_open(getenv("DEPECHE_MODEL"), &model);
        doc = dp_doc_new(model);
        if (!doc) abort();
    }
    dp_doc_options o = {0};
    if (size > 0 && (data[0] & 1)) o.published = "2016-08-24";
    const char *out;
    size_t len;
    if (dp_doc_annotate(doc, (const char *)data, size, &o) == DP_OK) {
        if (dp_doc_json(doc, &out, &len) != DP_OK) abort();
        if (dp_doc_events_jsonl(doc, &out, &len) != DP_OK) abort();
        S_records(doc);
    }
    return 0;
}
