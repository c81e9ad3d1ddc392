/*
 * test_records.c -- the result as C values (src/output/records.c): every
 * getter's value must be the one jansson reads back from dp_doc_json's
 * text (strings byte for byte, numbers bit for bit, nulls), on real
 * articles, on numbers set by hand (random coordinates and confidences),
 * and on metadata with control characters and invalid UTF-8.  Then
 * ingest's events.json writer (cli/ingest_rows.c, included here for its
 * static functions) must write each event as jansson's json_dumps does.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "doc.h"
#include "unit.h"

#include "../../cli/ingest_rows.c"

/* ---- Comparisons with the JSON ---------------------------------------------- */
static const char *G_what;   /* the member being compared, for messages */

static void S_eq_str(dp_str v, const json_t *x)
{
    if (!x || json_is_null(x)) {
        if (v.p) fail_msg("%s: \"%.*s\" where the JSON has null", G_what, (int)v.n, v.p);
        return;
    }
    if (!json_is_string(x)) fail_msg("%s: not a string in the JSON", G_what);
    if (!v.p) fail_msg("%s: null where the JSON has \"%s\"", G_what, json_string_value(x));
    if (v.n != json_string_length(x) || memcmp(v.p, json_string_value(x), v.n))
        fail_msg("%s: \"%.*s\" where the JSON has \"%s\"", G_what, (int)v.n, v.p,
                 json_string_value(x));
}

static void S_eq_key(dp_str v, const json_t *o, const char *key)
{
    G_what = key;
    S_eq_str(v, json_object_get(o, key));
}

/* A number: bit for bit (NAN for null).                                   */
static void S_eq_num(double v, const json_t *x, const char *key)
{
    if (!x || json_is_null(x)) {
        if (!isnan(v)) fail_msg("%s: %.17g where the JSON has null", key, v);
        return;
    }
    double w = json_is_integer(x) ? (double)json_integer_value(x) : json_real_value(x);
    if (memcmp(&v, &w, sizeof v)) fail_msg("%s: %.17g where the JSON has %.17g", key, v, w);
}

static void S_eq_int(long v, const json_t *x, long null_as, const char *key)
{
    long w = !x || json_is_null(x) ? null_as : json_is_boolean(x) ? json_is_true(x)
                                                                   : (long)json_integer_value(x);
    if (v != w) fail_msg("%s: %ld where the JSON has %ld", key, v, w);
}

static void S_eq_span(dp_span_rec s, const json_t *x, const char *key)
{
    if (!x || json_is_null(x)) {
        if (s.ok) fail_msg("%s: a span where the JSON has null", key);
        return;
    }
    if (!s.ok) fail_msg("%s: no span where the JSON has one", key);
    S_eq_int((long)s.start, json_object_get(x, "start"), -1, key);
    S_eq_int((long)s.end, json_object_get(x, "end"), -1, key);
    S_eq_key(s.text, x, "text");
}

static json_t *S_json(dp_doc *d)
{
    const char *js;
    size_t n;
    json_error_t err;
    assert_int_equal(dp_doc_json(d, &js, &n), DP_OK);
    json_t *root = json_loadb(js, n, JSON_ALLOW_NUL, &err);
    if (!root) fail_msg("not JSON: %s", err.text);
    return root;
}

static void S_check_place(const dp_place_rec *p, const json_t *x, int full)
{
    S_eq_key(p->id, x, "id");
    S_eq_key(p->name, x, "name");
    S_eq_int(p->geonameid, json_object_get(x, "geonameid"), 0, "geonameid");
    S_eq_num(p->lat, json_object_get(x, "lat"), "lat");
    S_eq_num(p->lon, json_object_get(x, "lon"), "lon");
    S_eq_key(p->country_code, x, "country_code");
    S_eq_key(p->precision, x, "precision");
    if (!full) return;
    S_eq_key(p->admin1, x, "admin1");
    S_eq_key(p->admin1_code, x, "admin1_code");
    S_eq_key(p->feature_class, x, "feature_class");
    S_eq_key(p->feature_code, x, "feature_code");
    S_eq_key(p->entity, x, "entity");
    assert_int_equal(p->mentions, json_array_size(json_object_get(x, "mentions")));
}

static void S_check_entities(dp_doc *d, const json_t *root)
{
    const json_t *arr = json_object_get(root, "entities");
    assert_int_equal(dp_doc_count(d, DP_REC_ENTITIES), json_array_size(arr));
    for (size_t i = 0; i < json_array_size(arr); i++) {
        const json_t *x = json_array_get(arr, i), *ac = json_object_get(x, "actor");
        dp_entity_rec e;
        assert_int_equal(dp_doc_entity(d, i, &e), DP_OK);
        S_eq_key(e.id, x, "id");
        S_eq_key(e.type, x, "type");
        S_eq_key(e.name, x, "name");
        S_eq_key(e.title, x, "title");
        S_eq_key(e.role, x, "role");
        S_eq_key(e.gender, x, "gender");
        S_eq_key(e.place, x, "place");
        S_eq_key(e.actor_code, ac, "code");
        S_eq_key(e.actor_country, ac, "country");
        S_eq_key(e.actor_sector, ac, "sector");
        S_eq_int(e.nominal, json_object_get(x, "nominal"), 0, "nominal");
        assert_int_equal(e.mentions, json_array_size(json_object_get(x, "mentions")));
    }
}

static void S_check_places(dp_doc *d, const json_t *root)
{
    const json_t *arr = json_object_get(root, "places");
    assert_int_equal(dp_doc_count(d, DP_REC_PLACES), json_array_size(arr));
    for (size_t i = 0; i < json_array_size(arr); i++) {
        dp_place_rec p;
        assert_int_equal(dp_doc_place(d, i, &p), DP_OK);
        S_check_place(&p, json_array_get(arr, i), 1);
    }
}

static void S_check_times_quotes(dp_doc *d, const json_t *root)
{
    const json_t *arr = json_object_get(root, "times");
    assert_int_equal(dp_doc_count(d, DP_REC_TIMES), json_array_size(arr));
    for (size_t i = 0; i < json_array_size(arr); i++) {
        const json_t *x = json_array_get(arr, i);
        dp_time_rec t;
        assert_int_equal(dp_doc_time(d, i, &t), DP_OK);
        S_eq_span(t.span, x, "time");
        S_eq_key(t.type, x, "type");
        S_eq_key(t.value, x, "value");
        S_eq_int(t.anchored, json_object_get(x, "anchored"), -1, "anchored");
        S_eq_int(t.resolved, json_object_get(x, "resolved"), -1, "resolved");
    }
    arr = json_object_get(root, "quotes");
    assert_int_equal(dp_doc_count(d, DP_REC_QUOTES), json_array_size(arr));
    for (size_t i = 0; i < json_array_size(arr); i++) {
        const json_t *x = json_array_get(arr, i), *sp = json_object_get(x, "speaker");
        dp_quote_rec q;
        assert_int_equal(dp_doc_quote(d, i, &q), DP_OK);
        S_eq_span(q.span, x, "quote");
        S_eq_key(q.id, x, "id");
        S_eq_key(q.speaker, x, "speaker");
        const json_t *name = NULL, *ents = json_object_get(root, "entities");
        for (size_t k = 0; k < json_array_size(ents); k++)
            if (json_equal(json_object_get(json_array_get(ents, k), "id"), sp))
                name = json_object_get(json_array_get(ents, k), "name");
        G_what = "speaker_name";
        S_eq_str(q.speaker_name, name);
        S_eq_span(q.speaker_span, json_object_get(x, "speaker_span"), "speaker_span");
        S_eq_span(q.cue, json_object_get(x, "cue"), "cue");
        S_eq_int(q.direct, json_object_get(x, "direct"), -1, "direct");
    }
}

static void S_check_args(dp_doc *d, size_t i, int role, const json_t *arr)
{
    for (size_t k = 0; k < json_array_size(arr); k++) {
        const json_t *x = json_array_get(arr, k);
        dp_arg_rec a;
        assert_int_equal(dp_doc_event_arg(d, i, role, k, &a), DP_OK);
        S_eq_key(a.entity, x, "entity");
        S_eq_key(a.text, x, "text");
        S_eq_key(a.code, x, "code");
        S_eq_key(a.country, x, "country");
        S_eq_key(a.sector, x, "sector");
        S_eq_span(a.span, json_object_get(x, "span"), "span");
    }
    dp_arg_rec a;
    assert_int_equal(dp_doc_event_arg(d, i, role, json_array_size(arr), &a), DP_ERR_ARG);
}

/* Event I's object: dp_doc_event_json parses to the JSON's, and ingest's
 * events.json text is json_dumps of it.                                 */
static void S_check_event_json(dp_doc *d, size_t i, const json_t *x)
{
    const char *js;
    size_t n;
    json_error_t err;
    assert_int_equal(dp_doc_event_json(d, i, &js, &n), DP_OK);
    assert_int_equal(strlen(js), n);
    json_t *ev = json_loadb(js, n, JSON_ALLOW_NUL, &err);
    assert_non_null(ev);
    assert_true(json_equal(ev, x));
    char *want = json_dumps(ev, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
    ing_job j = {0};
    const char *got = S_event_json(&j, js, n);
    assert_non_null(got);
    assert_string_equal(got, want);
    free(want);
    ing_pool_free(j.pool);
    json_decref(ev);
}

static void S_check_events(dp_doc *d, const json_t *root)
{
    const json_t *arr = json_object_get(root, "events");
    assert_int_equal(dp_doc_count(d, DP_REC_EVENTS), json_array_size(arr));
    for (size_t i = 0; i < json_array_size(arr); i++) {
        const json_t *x = json_array_get(arr, i), *acled = json_object_get(x, "acled");
        const json_t *size = json_object_get(x, "size"), *aux = json_object_get(x, "aux");
        dp_event_rec e;
        assert_int_equal(dp_doc_event(d, i, &e), DP_OK);
        S_eq_key(e.id, x, "id");
        S_eq_key(e.event, x, "event");
        S_eq_key(e.cameo, x, "cameo");
        S_eq_key(e.acled_type, acled, "event_type");
        S_eq_key(e.acled_sub, acled, "sub_event_type");
        S_eq_key(e.date, x, "date");
        S_eq_key(e.date_precision, x, "date_precision");
        S_eq_key(e.why, x, "why");
        assert_int_equal(e.nmode, json_array_size(json_object_get(x, "mode")));
        for (int k = 0; k < e.nmode; k++) S_eq_str(e.mode[k], json_array_get(json_object_get(x, "mode"), k));
        assert_int_equal(e.ncontext, json_array_size(json_object_get(x, "context")));
        for (int k = 0; k < e.ncontext; k++)
            S_eq_str(e.context[k], json_array_get(json_object_get(x, "context"), k));
        const json_t *loc = json_object_get(x, "event_loc");
        if (json_is_null(loc)) assert_null(e.loc.id.p);
        else S_check_place(&e.loc, loc, 0);
        S_eq_int(e.dead, json_object_get(size, "dead"), -1, "dead");
        S_eq_int(e.injured, json_object_get(size, "injured"), -1, "injured");
        S_eq_int(e.arrested, json_object_get(size, "arrested"), -1, "arrested");
        S_eq_int(e.affected, json_object_get(size, "affected"), -1, "affected");
        S_eq_int(e.negated, json_object_get(aux, "negated"), -1, "negated");
        S_eq_int(e.future, json_object_get(aux, "future"), -1, "future");
        S_eq_int(e.hypothetical, json_object_get(aux, "hypothetical"), -1, "hypothetical");
        S_eq_span(e.trigger, json_object_get(x, "trigger"), "trigger");
        S_eq_span(e.sentence, json_object_get(x, "text_info"), "text_info");
        S_eq_num(e.confidence, json_object_get(x, "confidence"), "confidence");
        const json_t *also = json_object_get(x, "also_in");
        assert_int_equal(e.also_in, json_array_size(also));
        for (size_t k = 0; k < e.also_in; k++) {
            dp_span_rec s;
            assert_int_equal(dp_doc_event_also_in(d, i, k, &s), DP_OK);
            S_eq_span(s, json_array_get(also, k), "also_in");
        }
        assert_int_equal(e.actors, json_array_size(json_object_get(x, "actor")));
        assert_int_equal(e.recipients, json_array_size(json_object_get(x, "recipient")));
        S_check_args(d, i, 0, json_object_get(x, "actor"));
        S_check_args(d, i, 1, json_object_get(x, "recipient"));
        S_check_event_json(d, i, x);
    }
}

/* Every getter of D against D's JSON.                                     */
static void S_check(dp_doc *d)
{
    json_t *root = S_json(d);
    dp_doc_rec r;
    assert_int_equal(dp_doc_record(d, &r), DP_OK);
    S_eq_key(r.id, root, "id");
    S_eq_key(r.published, root, "published");
    S_eq_key(r.title, root, "title");
    S_eq_key(r.url, root, "url");
    S_eq_key(r.source, root, "source");
    S_check_entities(d, root);
    S_check_places(d, root);
    S_check_times_quotes(d, root);
    S_check_events(d, root);
    json_decref(root);
}

/* ---- Tests -------------------------------------------------------------------- */
/* Sample article O annotated on handle D and checked.                   */
static void S_article(void *d, json_t *o)
{
    const char *text = json_string_value(json_object_get(o, "text"));
    dp_doc_options opt = {.id = json_string_value(json_object_get(o, "id")),
                          .published = json_string_value(json_object_get(o, "published")),
                          .title = json_string_value(json_object_get(o, "title"))};
    assert_int_equal(dp_doc_annotate(d, text, strlen(text), &opt), DP_OK);
    S_check(d);
}

/* The seed article and the sample archive's articles.                    */
static void test_articles(void **state)
{
    size_t len;
    char *seed = S_read("tests/fixtures/seed.txt", &len);
    assert_non_null(seed);
    dp_doc *d = S_annotate(seed, len, "2016-08-24");
    assert_true(dp_doc_count(d, DP_REC_EVENTS) > 0);
    S_check(d);
    free(seed);
    assert_true(S_each_sample(S_article, d) >= 50);
    dp_doc_free(d);
}

static uint64_t G_rng = 88172645463325252ull;
static uint64_t S_rand(void)
{
    G_rng ^= G_rng << 13;
    G_rng ^= G_rng >> 7;
    G_rng ^= G_rng << 17;
    return G_rng;
}

static double S_unit(void) { return (double)(S_rand() >> 11) / 9007199254740992.0; }

/* Coordinates and confidences set by hand: every one must read back as
 * the JSON's text does (the rounding of the writer's digits).           */
static void test_numbers(void **state)
{
    static const char text[] = "Des hommes armés ont attaqué un poste de police à Mossoul, en Irak, "
                               "tuant trois policiers. L'armée a bombardé Alep, en Syrie.";
    dp_doc *d = S_annotate(text, sizeof text - 1, "2016-08-24");
    assert_true(d->places.n > 0 && d->events.n > 0);
    static const double special[] = {0, -0.0, 1, 0.5, 0.1, 0.0995, 0.09995, 0.00999, 0.001,
                                     0.0001, 0.00009, 1e-7, 0.999, 0.9995, 0.99951, 1.5, -0.25,
                                     2e9, -2e9, 1e300, 179.999995, -179.999995};
    for (int round = 0; round < 3000; round++) {
        for (size_t i = 0; i < d->places.n; i++) {
            dp_gaz_rec *g = &d->places.v[i].rec;
            g->lat = (float)(S_unit() * 180 - 90);
            g->lon = (float)(S_unit() * 360 - 180);
            if (round % 7 == 0) g->lat = (float)special[(size_t)round / 7 % 22];
            if (round == 5) g->lon = NAN;
        }
        for (size_t i = 0; i < d->events.n; i++) {
            double c = S_unit();
            if (round % 3 == 0) c = c * c * c * c;   /* small ones too */
            if (round % 5 == 0) c = special[(size_t)round / 5 % 22];
            if (round == 10) c = NAN;
            d->events.v[i].confidence = c;
        }
        S_check(d);
    }
    dp_doc_free(d);
}

/* Metadata with control characters, U+2028, a NUL-free emoji and bytes
 * that are not UTF-8 (the writer writes U+FFFD for them).               */
static void test_strings(void **state)
{
    static const char text[] = "Des soldats ont tu\xc3\xa9 deux civils \x01 \x7f \x0c \xe2\x80\xa8 hier "
                               "\xc3\xa0 Alep, en Syrie, selon l'OSDH. \xff\xfe Des hommes armés ont "
                               "attaqué un poste de police \xed\xa0\x80 \xf0\x9f\x98\x80 \x1f\x08.";
    dp_doc *d = dp_doc_new(model);
    dp_doc_options o = {.id = "id\xff\x01\"\\/\xe2\x80\xa9", .published = "2016-08-24",
                        .title = "t\xc3\x28\x0b\x7f", .url = "http://x/\xe2\x80\xa8",
                        .source = "\xf0\x9f\x98\x80\xc3"};
    assert_int_equal(dp_doc_annotate(d, text, sizeof text - 1, &o), DP_OK);
    assert_true(d->events.n > 0);
    S_check(d);
    dp_doc_free(d);
}

/* A compact JSON text with every escape and number form jansson writes
 * otherwise, rewritten as json_dumps writes it.                         */
static void test_jansson_form(void **state)
{
    static const char *const in[] = {
        "{\"a\":\"\\u0001\\u0008\\u000c\\u001f\\u007f\\u2028\\u2029\\ufffd\\u0000\\/\\\"\\\\\\n\\t\\r\","
        "\"b\":\"\\b\\f\\u000B\\u00e9\\ud83d\\ude00\xc3\xa9\"}",
        "{\"n\":[1,-0,0,-12,0.5,2.00000,1e-05,1.5e+20,-0.00000,36.33500,123456789.12345,0.1,"
        "1e15,1e16,1e-300,0.000123,1E5,3.14159265358979312]}",
        "[{\"x\":null,\"y\":true,\"z\":false,\"w\":[],\"v\":{}}]",
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        json_error_t err;
        json_t *x = json_loadb(in[i], strlen(in[i]), JSON_ALLOW_NUL, &err);
        if (!x) fail_msg("test input %zu: %s", i, err.text);
        char *want = json_dumps(x, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
        ing_job j = {0};
        assert_string_equal(S_event_json(&j, in[i], strlen(in[i])), want);
        free(want);
        ing_pool_free(j.pool);
        json_decref(x);
    }
}

/* Reals of every length as the library may write them (plain decimals,
 * zeros around, 15 significant digits and more, below 0.0001 and above
 * 1e15, a few exponents), each rewritten as json_dumps writes it: the
 * writer's fast path for plain decimals (S_real_fast) and its snprintf
 * path must agree with jansson on all of them.                          */
static void test_reals(void **state)
{
    uint64_t r = 88172645463325252ull;
    char in[128], num[64];
    for (int t = 0; t < 100000; t++) {
        size_t k = 0;
        r ^= r << 13; r ^= r >> 7; r ^= r << 17;
        if (r & 1) num[k++] = '-';
        int ni = (int)(r >> 1 & 15), nf = 1 + (int)(r >> 5 & 15), zeros = (int)(r >> 9 & 7);
        if (ni == 0 || (r >> 12 & 3) == 0) num[k++] = '0';
        else for (int i = 0; i < ni; i++) num[k++] = (char)('0' + (i ? (r >> (14 + i)) % 10 : 1 + (r >> 14) % 9));
        num[k++] = '.';
        for (int i = 0; i < nf; i++) {
            r ^= r << 13; r ^= r >> 7; r ^= r << 17;
            num[k++] = (char)(i < zeros && (r & 1) ? '0' : '0' + r % 10);
        }
        if ((r >> 40 & 15) == 0) k += (size_t)snprintf(num + k, sizeof num - k, "e%d", (int)((r >> 44) % 40) - 20);
        num[k] = 0;
        snprintf(in, sizeof in, "{\"x\":%s}", num);
        json_error_t err;
        json_t *x = json_loadb(in, strlen(in), 0, &err);
        if (!x) fail_msg("%s: %s", in, err.text);
        char *want = json_dumps(x, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
        ing_job j = {0};
        const char *got = S_event_json(&j, in, strlen(in));
        if (strcmp(got, want)) fail_msg("%s: %s, jansson %s", num, got, want);
        free(want);
        ing_pool_free(j.pool);
        json_decref(x);
    }
}

static void test_arguments(void **state)
{
    dp_doc *d = dp_doc_new(model);
    dp_entity_rec e;
    dp_doc_rec r;
    const char *js;
    assert_int_equal(dp_doc_count(d, DP_REC_EVENTS), 0);
    assert_int_equal(dp_doc_record(d, &r), DP_ERR_ARG);           /* nothing annotated */
    assert_int_equal(dp_doc_count(NULL, DP_REC_ENTITIES), 0);
    assert_int_equal(dp_doc_entity(NULL, 0, &e), DP_ERR_ARG);
    static const char text[] = "Le président Emmanuel Macron est arrivé à Paris.";
    assert_int_equal(dp_doc_annotate(d, text, sizeof text - 1, NULL), DP_OK);
    size_t n = dp_doc_count(d, DP_REC_ENTITIES);
    assert_true(n > 0);
    assert_int_equal(dp_doc_entity(d, n, &e), DP_ERR_ARG);
    assert_int_equal(dp_doc_entity(d, 0, NULL), DP_ERR_ARG);
    assert_int_equal(dp_doc_time(d, dp_doc_count(d, DP_REC_TIMES), &(dp_time_rec){0}), DP_ERR_ARG);
    assert_int_equal(dp_doc_quote(d, dp_doc_count(d, DP_REC_QUOTES), &(dp_quote_rec){0}), DP_ERR_ARG);
    assert_int_equal(dp_doc_event_json(d, dp_doc_count(d, DP_REC_EVENTS), &js, NULL), DP_ERR_ARG);
    assert_int_equal(dp_doc_event_arg(d, 0, 2, 0, &(dp_arg_rec){0}), DP_ERR_ARG);
    assert_int_equal(dp_doc_record(d, &r), DP_OK);
    assert_true(r.id.p && r.id.n > 0);                            /* an id of its own */
    /* a failed annotate leaves no result                                  */
    dp_doc_options small = {.max_bytes = 8};
    assert_int_equal(dp_doc_annotate(d, text, sizeof text - 1, &small), DP_ERR_TOO_BIG);
    assert_int_equal(dp_doc_count(d, DP_REC_ENTITIES), 0);
    assert_int_equal(dp_doc_entity(d, 0, &e), DP_ERR_ARG);
    dp_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_articles),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_jansson_form),
        cmocka_unit_test(test_reals),
        cmocka_unit_test(test_arguments),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
