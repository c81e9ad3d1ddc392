/*
 * unit.h -- what the cmocka unit tests share: the model opened once per
 * group (the real one, build/depeche.model or $DEPECHE_MODEL), and a
 * one-call annotate that asserts success.  Include after <cmocka.h>.
 */
#ifndef DP_TEST_UNIT_H
#define DP_TEST_UNIT_H

#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>

#include "doc.h"

static dp_model *model;

static int S_setup(void **state)
{
    (void)state;
    dp_model_open(NULL, &model);
    return model ? 0 : -1;
}

static int S_teardown(void **state)
{
    (void)state;
    dp_model_close(model);
    return 0;
}

/* Annotates TEXT published on DATE (NULL: none); the caller frees.       */
static __attribute__((unused)) dp_doc *S_annotate(const char *text, size_t len,
                                                  const char *date)
{
    dp_doc *d = dp_doc_new(model);
    assert_non_null(d);
    dp_doc_options o = {.published = date};
    assert_int_equal(dp_doc_annotate(d, text, len, &o), DP_OK);
    return d;
}

/* The first MiB of the file at PATH (a path from the repository's root,
 * where tests/run runs the tests), NUL-terminated, its length to *LEN;
 * NULL when it cannot be opened.  The caller frees.                      */
static __attribute__((unused)) char *S_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = malloc(1 << 20);
    *len = fread(b, 1, (1 << 20) - 1, f);
    b[*len] = 0;
    fclose(f);
    return b;
}

/* FN(CTX, O) for the JSON object O of each line of the sample archive
 * (data/sample/articles.jsonl: "id", "date", "title", "text"); returns
 * the number of lines.                                                   */
static __attribute__((unused)) int S_each_sample(void (*fn)(void *ctx, json_t *o), void *ctx)
{
    size_t len;
    char *all = S_read("data/sample/articles.jsonl", &len);
    assert_non_null(all);
    int n = 0;
    for (char *line = strtok(all, "\n"); line; line = strtok(NULL, "\n"), n++) {
        json_t *o = json_loads(line, 0, NULL);
        assert_non_null(o);
        fn(ctx, o);
        json_decref(o);
    }
    free(all);
    return n;
}

#endif
