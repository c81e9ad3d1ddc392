/*
 * fuzz_query.c -- libFuzzer target: the query-string parser of
 * `depeche serve` (cli/serve_query.c) on arbitrary bytes.  A query that
 * parses must hold only values the API accepts: known types, two capital
 * letters a country, dates in order, bounded paging and a sane bbox.
 * Build and run: make fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "serve_query.h"

static void S_check(const sq_query *q)
{
    if (q->types >> SQ_MAX_TYPES) abort();
    if (q->ncountries < 0 || q->ncountries > SQ_MAX_COUNTRIES) abort();
    for (int i = 0; i < q->ncountries; i++)
        if (strlen(q->countries[i]) != 2 || q->countries[i][0] < 'A' || q->countries[i][0] > 'Z') abort();
    if (q->from[0] && strlen(q->from) != 10) abort();
    if (q->to[0] && strlen(q->to) != 10) abort();
    if (q->from[0] && q->to[0] && strcmp(q->from, q->to) > 0) abort();
    if (q->limit < 0 || q->limit > SQ_MAX_LIMIT || q->offset < 0 || q->offset > SQ_MAX_OFFSET) abort();
    if (q->zoom < 0 || q->zoom > SQ_MAX_ZOOM) abort();
    if (strlen(q->q) > SQ_MAX_TEXT || strlen(q->actor) > SQ_MAX_TEXT || strlen(q->doc) > SQ_MAX_TEXT) abort();
    if (q->has_bbox && (q->south > q->north || q->west < -180 || q->east > 180)) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sq_query q;
    char err[SQ_ERR];
    sq_init(&q);
    err[0] = 0;
    if (sq_parse(&q, (const char *)data, size, err) == 0) S_check(&q);
    else if (!err[0] || !memchr(err, 0, sizeof err)) abort();
    return 0;
}
