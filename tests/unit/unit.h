/*
 * unit.h -- what the cmocka unit tests share: the model opened once per
 * group (the real one, build/depeche.model or $DEPECHE_MODEL), and a
 * one-call annotate that asserts success.  Include after <cmocka.h>.
 */
#ifndef DP_TEST_UNIT_H
#define DP_TEST_UNIT_H

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

#endif
