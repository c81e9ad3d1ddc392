/*
 * fuzz_annotate.c -- libFuzzer target: the whole pipeline (decode, tokens,
 * sentences, repeats, mentions, events) and both renderings, on arbitrary
 * bytes.  The first byte, when present, picks a publication date or none.
 * Build and run: make fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdlib.h>

#include "depeche.h"

static dp_model *model;
static dp_doc *doc;

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
    }
    return 0;
}
