/*
 * test_stages.c -- the caller's choice of stages (dp_doc_options.stages,
 * src/core/pipeline.c): names and their closure under what each stage
 * needs, the arrays of stages not run left empty with "stages" saying what
 * ran, and the entities and places of a run of the entity and place stages
 * alone equal to a full run's less what the quotations and events stages
 * add after them (speakers, event sites without a mention), on an
 * invented text, the seed article and the sample archive.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "unit.h"

#define S_EP (DP_STAGE_ENTITIES | DP_STAGE_PLACES)

/* The JSON of TEXT annotated with STAGES (0: all) on D, parsed.          */
static json_t *S_json(dp_doc *d, const char *text, size_t len, const char *date,
                      unsigned stages)
{
    dp_doc_options o = {.id = "x", .published = date, .stages = stages};
    assert_int_equal(dp_doc_annotate(d, text, len, &o), DP_OK);
    const char *out;
    size_t n;
    assert_int_equal(dp_doc_json(d, &out, &n), DP_OK);
    json_t *j = json_loadb(out, n, 0, NULL);
    assert_non_null(j);
    return j;
}

static size_t S_len(json_t *j, const char *key)
{
    json_t *a = json_object_get(j, key);
    assert_true(json_is_array(a));
    return json_array_size(a);
}

/* The first N members of array KEY of A and B are equal.                  */
static void S_same_prefix(json_t *a, json_t *b, const char *key, size_t n)
{
    json_t *x = json_object_get(a, key), *y = json_object_get(b, key);
    assert_true(json_array_size(x) >= n && json_array_size(y) >= n);
    for (size_t i = 0; i < n; i++)
        if (!json_equal(json_array_get(x, i), json_array_get(y, i)))
            fail_msg("%s[%zu] differs", key, i);
}

/* "stages" of J is exactly the NULL-ended NAMES.                          */
static void S_stages_are(json_t *j, const char *const *names)
{
    json_t *s = json_object_get(j, "stages");
    assert_true(json_is_array(s));
    size_t k = 0;
    for (; names[k]; k++) {
        assert_true(k < json_array_size(s));
        assert_string_equal(json_string_value(json_array_get(s, k)), names[k]);
    }
    assert_int_equal(json_array_size(s), k);
}

/* TEXT annotated in full and with the entity and place stages alone (with
 * the quotations stage too): the checks of the file's head comment.
 * Returns the entities the quotations stage added.                        */
static size_t S_compare(dp_doc *d, const char *text, size_t len, const char *date)
{
    json_t *full = S_json(d, text, len, date, 0);
    assert_null(json_object_get(full, "stages"));
    assert_int_equal(dp_doc_stages(d), DP_STAGE_ALL);
    json_t *ep = S_json(d, text, len, date, S_EP);
    assert_int_equal(dp_doc_stages(d), S_EP);
    S_stages_are(ep, (const char *const[]){"places", "entities", NULL});
    static const char *const none[] = {"repeated", "times", "quantities", "quotes", "events"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++)
        assert_int_equal(S_len(ep, none[k]), 0);
    json_t *st = json_object_get(ep, "stats");
    assert_int_equal(json_integer_value(json_object_get(st, "events")), 0);
    assert_int_equal(json_integer_value(json_object_get(st, "entities")), S_len(ep, "entities"));
    json_t *epq = S_json(d, text, len, date, S_EP | DP_STAGE_QUOTES);
    S_stages_are(epq, (const char *const[]){"times", "places", "entities", "quotes", NULL});

    /* entities: the full run's less the quotations stage's additions, the
     * only ones (the events stage adds none)                              */
    size_t ne = S_len(ep, "entities");
    S_same_prefix(ep, full, "entities", ne);
    assert_int_equal(S_len(epq, "entities"), S_len(full, "entities"));
    S_same_prefix(epq, full, "entities", S_len(full, "entities"));
    S_same_prefix(epq, full, "quotes", S_len(full, "quotes"));
    /* places: the quotations stage adds none; the events stage adds
     * places without a mention only                                       */
    size_t np = S_len(ep, "places");
    assert_int_equal(S_len(epq, "places"), np);
    S_same_prefix(ep, full, "places", np);
    json_t *fp = json_object_get(full, "places");
    for (size_t i = np; i < json_array_size(fp); i++)
        assert_int_equal(json_array_size(json_object_get(json_array_get(fp, i), "mentions")), 0);

    /* the handle's memos after a partial run change nothing of a full one */
    json_t *again = S_json(d, text, len, date, 0);
    assert_true(json_equal(again, full));
    size_t added = S_len(full, "entities") - ne;
    json_decref(full);
    json_decref(ep);
    json_decref(epq);
    json_decref(again);
    return added;
}

static void test_parse(void **state)
{
    (void)state;
    unsigned s = 0;
    const char *bad = NULL;
    size_t nbad = 99;
    assert_int_equal(dp_stages_parse("entities,places", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, S_EP);
    assert_int_equal(dp_stages_parse("places", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, S_EP);
    assert_int_equal(dp_stages_parse("quantities", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, DP_STAGE_QUANTITIES | DP_STAGE_TIMES);
    assert_int_equal(dp_stages_parse("quotes", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, S_EP | DP_STAGE_QUOTES | DP_STAGE_TIMES);
    assert_int_equal(dp_stages_parse("times,repeats", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, DP_STAGE_TIMES | DP_STAGE_REPEATS);
    assert_int_equal(dp_stages_parse("events", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, DP_STAGE_ALL);
    assert_int_equal(dp_stages_parse("all", &s, NULL, NULL), DP_OK);
    assert_int_equal(s, DP_STAGE_ALL);
    const char *l = "times,lieux,events";
    assert_int_equal(dp_stages_parse(l, &s, &bad, &nbad), DP_ERR_ARG);
    assert_ptr_equal(bad, l + 6);
    assert_int_equal(nbad, 5);
    assert_int_equal(dp_stages_parse("", &s, &bad, &nbad), DP_ERR_ARG);
    assert_int_equal(nbad, 0);
    assert_int_equal(dp_stages_parse("times,", &s, NULL, NULL), DP_ERR_ARG);
    assert_int_equal(dp_stages_parse(",times", &s, NULL, NULL), DP_ERR_ARG);
    assert_int_equal(dp_stages_parse("Times", &s, NULL, NULL), DP_ERR_ARG);
    assert_int_equal(dp_stages_parse("decode", &s, NULL, NULL), DP_ERR_ARG);
    assert_int_equal(dp_stages_parse(NULL, &s, NULL, NULL), DP_ERR_ARG);
    assert_string_equal(dp_stage_name(DP_STAGE_QUOTES), "quotes");
    assert_string_equal(dp_stage_name(DP_STAGE_REPEATS), "repeats");
    assert_null(dp_stage_name(0));
    assert_null(dp_stage_name(S_EP));
}

static void test_bad_bits(void **state)
{
    (void)state;
    dp_doc *d = dp_doc_new(model);
    dp_doc_options o = {.stages = 1u << 20};
    assert_int_equal(dp_doc_annotate(d, "Texte.", 6, &o), DP_ERR_ARG);
    assert_non_null(strstr(dp_doc_errmsg(d), "stage"));
    assert_int_equal(dp_doc_stages(d), 0);
    o.stages = DP_STAGE_TIMES;
    assert_int_equal(dp_doc_annotate(d, "Texte.", 6, &o), DP_OK);
    assert_int_equal(dp_doc_stages(d), DP_STAGE_TIMES);
    dp_doc_free(d);
}

/* An invented dispatch with names, places, dates, a count, a quotation
 * and an attack.                                                          */
static const char S_text[] =
    "Des hommes armés ont attaqué mardi un poste de douane à Kidal, dans le nord du Mali, "
    "tuant quatre gardes. « Les assaillants sont venus de l'est à moto », a affirmé le "
    "colonel Moussa Diarra, porte-parole de l'armée malienne, mercredi à Bamako. Selon un "
    "habitant, les tirs ont duré plus d'une heure. Le 3 mars, un convoi avait déjà été visé "
    "près de Gao.";

static void test_invented(void **state)
{
    (void)state;
    dp_doc *d = dp_doc_new(model);
    S_compare(d, S_text, sizeof S_text - 1, "2023-03-08");
    /* the other stages, one at a time, beside a full run: their arrays   */
    json_t *full = S_json(d, S_text, sizeof S_text - 1, "2023-03-08", 0);
    assert_true(S_len(full, "events") > 0 && S_len(full, "times") > 0 &&
                S_len(full, "quantities") > 0);
    json_t *t = S_json(d, S_text, sizeof S_text - 1, "2023-03-08", DP_STAGE_TIMES);
    S_stages_are(t, (const char *const[]){"times", NULL});
    assert_true(json_equal(json_object_get(t, "times"), json_object_get(full, "times")));
    assert_int_equal(S_len(t, "entities") + S_len(t, "places") + S_len(t, "events"), 0);
    json_t *q = S_json(d, S_text, sizeof S_text - 1, "2023-03-08", DP_STAGE_QUANTITIES);
    S_stages_are(q, (const char *const[]){"times", "quantities", NULL});
    assert_true(json_equal(json_object_get(q, "quantities"), json_object_get(full, "quantities")));
    json_decref(full);
    json_decref(t);
    json_decref(q);
    dp_doc_free(d);
}

typedef struct S_sample_ctx { dp_doc *d; size_t added; } S_sample_ctx;

static void S_sample(void *ctx, json_t *o)
{
    S_sample_ctx *c = ctx;
    json_t *t = json_object_get(o, "text");
    c->added += S_compare(c->d, json_string_value(t), json_string_length(t),
                          json_string_value(json_object_get(o, "date")));
}

static void test_seed_and_sample(void **state)
{
    (void)state;
    S_sample_ctx c = {dp_doc_new(model), 0};
    size_t len;
    char *seed = S_read("tests/fixtures/seed.txt", &len);
    assert_non_null(seed);
    S_compare(c.d, seed, len, "2016-08-24");
    free(seed);
    assert_true(S_each_sample(S_sample, &c) >= 50);
    assert_true(c.added > 0);    /* the quotations stage does add speakers there */
    dp_doc_free(c.d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_bad_bits),
        cmocka_unit_test(test_invented),
        cmocka_unit_test(test_seed_and_sample),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
