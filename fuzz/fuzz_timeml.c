/*
 * fuzz_timeml.c -- libFuzzer target: the ISO-TimeML reader of `depeche eval
 * time` and of `eval events|geo|quotes --texts` (cli/eval_timeml.c) on
 * arbitrary bytes.  A document either parses -- its text readable to its
 * end, every TIMEX3 span inside the text's code points, a date of 10
 * characters when one is given -- or fails with a message and a line
 * within the input.  Build and run: make fuzz FUZZ=timeml.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *buf = malloc(size + 1);
    if (!buf) return 0;
    memcpy(buf, data, size);
    buf[size] = 0;
    ev_doc d = {0};
    long line = 0;
    const char *err = NULL;
    if (ev_parse_timeml(buf, size, &d, &line, &err) < 0) {
        long lines = 1;
        for (size_t i = 0; i < size; i++) lines += buf[i] == '\n';
        if (!err || line < 1 || line > lines) abort();
    } else {
        if (!d.text || strlen(d.text) != d.len) abort();
        long cps = ev_cp_count(d.text, d.len);
        for (size_t i = 0; i < d.gold.n; i++)
            if (d.gold.v[i].start < 0 || d.gold.v[i].start >= d.gold.v[i].end || d.gold.v[i].end > cps) abort();
        if (d.date && strlen(d.date) != 10) abort();
    }
    ev_doc_free(&d);
    free(buf);
    return 0;
}
