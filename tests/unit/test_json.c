/*
 * test_json.c -- the output stage (src/output/json.c): a document is
 * annotated (text layer), then mentions and an event are added by hand so
 * that every section of the output is written; the JSON must parse, carry
 * every key of the contract, and every span must slice the input by code
 * points (with invalid bytes counting as one).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "doc.h"
#include "text/text.h"

static const char S_in[] =
    "\xff Le g\xc3\xa9n\xc3\xa9ral Firas Bachar a d\xc3\xa9" "clar\xc3\xa9 \xc3\xa0 Bagdad : "
    "\xc2\xab L\xe2\x80\x99op\xc3\xa9ration a d\xc3\xa9" "but\xc3\xa9 hier \xc2\xbb, 12 morts.";

/* Token range of the first run of tokens whose text is WORDS.            */
static dp_tspan S_find(dp_doc *d, const char *words)
{
    size_t wl = strlen(words);
    for (uint32_t i = 0; i < d->toks.n; i++) {
        uint32_t b0 = d->toks.v[i].b0;
        for (uint32_t j = i; j < d->toks.n; j++) {
            uint32_t b1 = d->toks.v[j].b1;
            if (b1 - b0 == wl && !memcmp(d->text + b0, words, wl)) return (dp_tspan){i, j + 1};
            if (b1 - b0 > wl) break;
        }
    }
    fail_msg("no tokens for '%s'", words);
    return (dp_tspan){0, 0};
}

static dp_doc *S_doc(dp_model **m)
{
    assert_int_equal(dp_model_open(NULL, m), DP_OK);
    dp_doc *d = dp_doc_new(*m);
    dp_doc_options o = {.id = "doc1", .published = "2016-08-24", .title = "Titre"};
    assert_int_equal(dp_doc_annotate(d, S_in, sizeof S_in - 1, &o), DP_OK);
    if (d->toks.n == 0) return d; /* no tokenizer: caller skips */
    /* only what this test adds: the stages' own results are dropped      */
    d->ents.n = d->places.n = d->times.n = d->quantities.n = 0;
    d->quotes.n = d->events.n = d->repeats.n = 0;

    dp_entity *e = DP_DPUSH(d, d->ents);
    e->type = DP_ENT_PER;
    e->name = "Firas Bachar";
    e->title = "général";
    e->title_span = S_find(d, "général");
    e->place = -1;
    e->actor.code = "IRQMIL";
    memcpy(e->actor.country, "IRQ", 4);
    e->actor.sector = "MIL";
    *DP_DPUSH(d, e->mentions) = S_find(d, "Firas Bachar");

    dp_place *p = DP_DPUSH(d, d->places);
    p->gaz = 1;
    p->rec.geonameid = 98182;
    p->rec.lat = 33.34058f;
    p->rec.lon = 44.40088f;
    memcpy(p->rec.cc, "IQ", 3);
    p->rec.fclass = 'P';
    memcpy(p->rec.fcode, "PPLC", 5);
    p->rec.name = "Baghdad";
    p->rec.admin1_name = "Baghdad";
    p->precision = "exact";
    p->entity = -1;
    *DP_DPUSH(d, p->mentions) = S_find(d, "Bagdad");

    dp_time *t = DP_DPUSH(d, d->times);
    t->span = S_find(d, "hier");
    t->value = "2016-08-23";
    t->anchored = t->resolved = 1;

    dp_quantity *q = DP_DPUSH(d, d->quantities);
    q->span = S_find(d, "12 morts");
    q->value = 12;
    q->of = "killed";

    dp_quote *qu = DP_DPUSH(d, d->quotes);
    qu->span = S_find(d, "L\xe2\x80\x99op\xc3\xa9ration a d\xc3\xa9" "but\xc3\xa9 hier");
    qu->speaker = 0;
    qu->speaker_span = S_find(d, "Firas Bachar");
    qu->cue = S_find(d, "a d\xc3\xa9" "clar\xc3\xa9");
    qu->direct = 1;

    dp_event *ev = DP_DPUSH(d, d->events);
    ev->event = "ASSAULT";
    ev->cameo = "190";
    ev->acled_type = "Battles";
    ev->acled_sub = "Armed clash";
    ev->mode[ev->nmode++] = "firearms";
    dp_event_arg *a = DP_DPUSH(d, ev->actors);
    a->entity = 0;
    a->span = S_find(d, "Firas Bachar");
    a = DP_DPUSH(d, ev->recipients);
    a->entity = -1;
    a->span = S_find(d, "Bagdad");
    a->actor.code = "IMGMUSISI";
    ev->place = 0;
    ev->date = "2016-08-23";
    ev->date_precision = "day";
    ev->dead = 12;
    ev->injured = ev->arrested = ev->affected = -1;
    *DP_DPUSH(d, ev->sources) = 0;
    ev->trigger = S_find(d, "d\xc3\xa9" "but\xc3\xa9");
    ev->sent = 0;
    ev->confidence = 0.8;
    ev->why = "test";

    dp_repeat *r = DP_DPUSH(d, d->repeats);
    r->c0 = 2; r->c1 = 4; r->same_c0 = 0; r->same_c1 = 1;
    return d;
}

/* Code point offsets of the repaired input, for slicing.                 */
typedef struct { char *rep; size_t *cpb; size_t ncp; } S_text;

static S_text S_index(void)
{
    S_text x;
    size_t len = sizeof S_in - 1, o = 0, k = 0;
    x.rep = malloc(len * 3 + 1);
    x.cpb = malloc((len + 1) * sizeof *x.cpb);
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t l = dp_utf8_next(S_in + i, len - i, &cp, NULL);
        x.cpb[k++] = o;
        o += dp_utf8_put(cp, x.rep + o);
        i += l;
    }
    x.cpb[k] = o;
    x.ncp = k;
    return x;
}

static int S_spans_ok(const S_text *x, json_t *v, int *count)
{
    if (json_is_object(v)) {
        json_t *s = json_object_get(v, "start"), *e = json_object_get(v, "end");
        json_t *t = json_object_get(v, "text");
        if (json_is_integer(s) && json_is_integer(e) && json_is_string(t)) {
            json_int_t a = json_integer_value(s), b = json_integer_value(e);
            if (a < 0 || b < a || (size_t)b > x->ncp) return 0;
            size_t n = x->cpb[b] - x->cpb[a];
            if (json_string_length(t) != n || memcmp(x->rep + x->cpb[a], json_string_value(t), n))
                return 0;
            (*count)++;
        }
        const char *k;
        json_t *c;
        json_object_foreach(v, k, c)
            if (!S_spans_ok(x, c, count)) return 0;
    } else if (json_is_array(v)) {
        size_t i;
        json_t *c;
        json_array_foreach(v, i, c)
            if (!S_spans_ok(x, c, count)) return 0;
    }
    return 1;
}

static json_t *S_parse(const char *js, size_t n)
{
    json_error_t err;
    json_t *j = json_loadb(js, n, 0, &err);
    if (!j) fail_msg("not JSON (%s): %.200s", err.text, js);
    return j;
}

static void test_document(void **st)
{
    (void)st;
    dp_model *m;
    dp_doc *d = S_doc(&m);
    if (d->toks.n == 0) { dp_doc_free(d); dp_model_close(m); skip(); }
    const char *js;
    size_t n;
    assert_int_equal(dp_doc_json(d, &js, &n), DP_OK);
    json_t *doc = S_parse(js, n);
    assert_string_equal(json_string_value(json_object_get(doc, "id")), "doc1");
    assert_string_equal(json_string_value(json_object_get(doc, "lang")), "fr");
    assert_true(json_is_null(json_object_get(doc, "duplicate_of")));
    assert_int_equal(json_integer_value(json_object_get(doc, "invalid_bytes")), 1);

    S_text x = S_index();
    int spans = 0;
    if (!S_spans_ok(&x, doc, &spans)) fail_msg("a span does not slice the input: %s", js);
    assert_true(spans >= 12);

    json_t *e = json_array_get(json_object_get(doc, "entities"), 0);
    assert_string_equal(json_string_value(json_object_get(e, "id")), "e1");
    assert_string_equal(json_string_value(json_object_get(e, "title")), "général");
    assert_string_equal(json_string_value(json_object_get(json_object_get(e, "actor"), "code")), "IRQMIL");
    json_t *p = json_array_get(json_object_get(doc, "places"), 0);
    assert_string_equal(json_string_value(json_object_get(p, "country_code")), "IQ");
    assert_string_equal(json_string_value(json_object_get(p, "feature_code")), "PPLC");
    assert_true(json_number_value(json_object_get(p, "lat")) > 33.3);
    json_t *q = json_array_get(json_object_get(doc, "quotes"), 0);
    assert_string_equal(json_string_value(json_object_get(q, "speaker")), "e1");
    assert_true(json_is_true(json_object_get(q, "direct")));

    json_t *ev = json_array_get(json_object_get(doc, "events"), 0);
    const char *keys[] = {"id", "event", "mode", "context", "cameo", "acled", "actor", "recipient",
                          "event_loc", "date", "date_precision", "size", "aux", "sources",
                          "trigger", "text_info", "confidence", "why"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (!json_object_get(ev, keys[i])) fail_msg("event key %s missing", keys[i]);
    assert_string_equal(json_string_value(json_object_get(ev, "id")), "doc1-1");
    json_t *size = json_object_get(ev, "size");
    assert_int_equal(json_integer_value(json_object_get(size, "dead")), 12);
    assert_true(json_is_null(json_object_get(size, "injured")));
    json_t *loc = json_object_get(ev, "event_loc");
    assert_string_equal(json_string_value(json_object_get(loc, "id")), "p1");
    assert_int_equal(json_integer_value(json_object_get(loc, "geonameid")), 98182);
    json_t *act = json_array_get(json_object_get(ev, "actor"), 0);
    assert_string_equal(json_string_value(json_object_get(act, "entity")), "e1");
    assert_string_equal(json_string_value(json_object_get(act, "country")), "IRQ");
    assert_string_equal(json_string_value(json_object_get(act, "text")), "Firas Bachar");
    json_t *rec = json_array_get(json_object_get(ev, "recipient"), 0);
    assert_true(json_is_null(json_object_get(rec, "entity")));
    assert_string_equal(json_string_value(json_object_get(rec, "code")), "IMGMUSISI");
    assert_string_equal(json_string_value(json_array_get(json_object_get(ev, "sources"), 0)), "e1");
    assert_string_equal(json_string_value(json_object_get(json_object_get(ev, "trigger"), "text")),
                        "d\xc3\xa9" "but\xc3\xa9");
    json_t *r = json_array_get(json_object_get(doc, "repeated"), 0);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(r, "same_as"), "end")), 1);
    assert_string_equal(json_string_value(json_object_get(json_object_get(r, "same_as"), "text")),
                        "\xef\xbf\xbd");

    json_decref(doc);
    free(x.rep);
    free(x.cpb);
    dp_doc_free(d);
    dp_model_close(m);
}

static void test_events_jsonl(void **st)
{
    (void)st;
    dp_model *m;
    dp_doc *d = S_doc(&m);
    if (d->toks.n == 0) { dp_doc_free(d); dp_model_close(m); skip(); }
    const char *js;
    size_t n;
    assert_int_equal(dp_doc_events_jsonl(d, &js, &n), DP_OK);
    assert_true(n > 2 && js[n - 1] == '\n');
    assert_null(memchr(js, '\n', n - 1)); /* exactly one line */
    json_t *ev = S_parse(js, n);
    assert_string_equal(json_string_value(json_object_get(ev, "doc_id")), "doc1");
    assert_string_equal(json_string_value(json_object_get(ev, "published")), "2016-08-24");
    assert_string_equal(json_string_value(json_object_get(ev, "event")), "ASSAULT");
    json_decref(ev);
    dp_doc_free(d);
    dp_model_close(m);
}

static void test_empty(void **st)
{
    (void)st;
    dp_model *m;
    assert_int_equal(dp_model_open(NULL, &m), DP_OK);
    dp_doc *d = dp_doc_new(m);
    const char *js;
    size_t n;
    assert_int_equal(dp_doc_json(d, &js, &n), DP_ERR_ARG); /* nothing annotated yet */
    assert_int_equal(dp_doc_annotate(d, "", 0, NULL), DP_OK);
    assert_int_equal(dp_doc_json(d, &js, &n), DP_OK);
    json_t *doc = S_parse(js, n);
    const char *arrays[] = {"repeated", "entities", "places", "times", "quantities", "quotes", "events"};
    for (size_t i = 0; i < 7; i++)
        if (!json_is_array(json_object_get(doc, arrays[i]))) fail_msg("%s is not an array", arrays[i]);
    json_decref(doc);
    assert_int_equal(dp_doc_events_jsonl(d, &js, &n), DP_OK);
    assert_int_equal(n, 0);
    assert_string_equal(js, "");
    dp_doc_free(d);
    dp_model_close(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_document),
        cmocka_unit_test(test_events_jsonl),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
