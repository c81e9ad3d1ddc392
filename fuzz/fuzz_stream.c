/*
 * fuzz_stream.c -- libFuzzer target for the streaming API: the input is
 * fed to dp_doc_feed in chunks of sizes picked by its first bytes (cuts
 * anywhere, inside UTF-8 sequences too, empty chunks included), then
 * dp_doc_finish; the JSON and the events must equal those of one
 * dp_doc_annotate on the same bytes.  A second feed on the same handle
 * checks that finishing leaves nothing behind.
 * Build and run: make fuzz (the full model: $DEPECHE_MODEL or build/).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "depeche.h"

static dp_model *model;
static dp_doc *one, *stream;

static char *S_render(dp_doc *d, size_t *n, int events)
{
    const char *out;
    if ((events ? dp_doc_events_jsonl(d, &out, n) : dp_doc_json(d, &out, n)) != DP_OK) abort();
    char *c = malloc(*n + 1);
    if (!c) abort();
    memcpy(c, out, *n + 1);
    return c;
}

static void S_same(const char *a, size_t na, const char *b, size_t nb)
{
    if (na != nb || memcmp(a, b, na) != 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model) {
        dp_model_open(getenv("DEPECHE_MODEL"), &model);
        one = dp_doc_new(model);
        stream = dp_doc_new(model);
        if (!one || !stream) abort();
    }
    if (size < 2) return 0;
    unsigned seed = data[0] | (unsigned)data[1] << 8;
    data += 2, size -= 2;
    dp_doc_options o = {0};
    if (seed & 1) o.published = "2016-08-24";

    dp_status st = dp_doc_annotate(one, (const char *)data, size, &o);
    if (st != DP_OK) {                      /* UTF-16 is refused: both ways */
        if (st != DP_ERR_INPUT || dp_doc_feed(stream, (const char *)data, size) != DP_OK ||
            dp_doc_finish(stream, &o) != st)
            abort();
        return 0;
    }
    size_t nj, ne, sj, se;
    char *j = S_render(one, &nj, 0), *e = S_render(one, &ne, 1);

    for (int round = 0; round < 2; round++) {
        unsigned r = seed | 1u;
        for (size_t at = 0; at < size;) {
            r = r * 1103515245u + 12345u;
            size_t k = (r >> 16) % 9 == 0 ? 0 : (r >> 16) % (round ? 3 : 64) + 1;
            if (k > size - at) k = size - at;
            if (dp_doc_feed(stream, (const char *)data + at, k) != DP_OK) abort();
            at += k;
        }
        if (dp_doc_finish(stream, &o) != DP_OK) abort();
        char *j2 = S_render(stream, &sj, 0), *e2 = S_render(stream, &se, 1);
        S_same(j, nj, j2, sj);
        S_same(e, ne, e2, se);
        free(j2);
        free(e2);
    }
    free(j);
    free(e);
    return 0;
}
