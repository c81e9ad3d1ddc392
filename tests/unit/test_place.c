/*
 * test_place.c -- place mentions and their geocoding (mention/place.c):
 * detection cues, vetoes (titles, names glued together, sentence-initial
 * words, acronyms, demonyms), disambiguation by the document's countries,
 * feature cues and relative locations.  Needs the compiled model: every
 * test is skipped when the model has no gazetteer.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "doc.h"

static dp_model *model;

static int S_setup(void **state)
{
    (void)state;
    if (dp_model_open(NULL, &model) != DP_OK) {
        dp_model_close(model);
        model = NULL;
    }
    return 0;
}

static int S_teardown(void **state)
{
    (void)state;
    dp_model_close(model);
    return 0;
}

static dp_doc *S_run(const char *text)
{
    if (!model || dp_gaz_count(model) == 0) skip();
    dp_doc *d = dp_doc_new(model);
    assert_non_null(d);
    assert_int_equal(dp_doc_annotate(d, text, strlen(text), NULL), DP_OK);
    return d;
}

/* The place one of whose mentions reads SURFACE, or NULL.                */
static const dp_place *S_place(dp_doc *d, const char *surface)
{
    for (size_t i = 0; i < d->places.n; i++)
        for (size_t k = 0; k < d->places.v[i].mentions.n; k++)
            if (!strcmp(dp_doc_span_text(d, d->places.v[i].mentions.v[k]), surface))
                return &d->places.v[i];
    return NULL;
}

static void S_expect(dp_doc *d, const char *surface, const char *cc, double lat, double lon,
                     const char *precision)
{
    const dp_place *p = S_place(d, surface);
    if (!p) fail_msg("no place for \"%s\"", surface);
    assert_string_equal(p->rec.cc, cc);
    if (lat < 900) {
        if (fabs(p->rec.lat - lat) > 0.3 || fabs(p->rec.lon - lon) > 0.3)
            fail_msg("%s at %.2f %.2f, expected %.2f %.2f", surface, p->rec.lat, p->rec.lon, lat, lon);
    }
    if (precision) assert_string_equal(p->precision, precision);
    assert_int_equal(p->entity < -1, 0);
}

static void test_seed_like(void **state)
{
    (void)state;
    dp_doc *d = S_run("Les forces spéciales irakiennes ont lancé hier une opération pour "
                      "reprendre la ville de Qayyarah, à une soixantaine de kilomètres au sud "
                      "de Mossoul, principal bastion du groupe en Irak. La bataille de Mossoul "
                      "est attendue à Bagdad comme en Syrie.");
    S_expect(d, "Qayyarah", "IQ", 35.80, 43.29, "exact");
    S_expect(d, "Mossoul", "IQ", 36.34, 43.13, "exact");
    S_expect(d, "Bagdad", "IQ", 33.34, 44.40, "exact");
    S_expect(d, "Irak", "IQ", 999, 0, "country");
    S_expect(d, "Syrie", "SY", 999, 0, "country");
    const dp_place *m = S_place(d, "Mossoul");
    assert_int_equal(m->mentions.n, 2);       /* one place, both mentions */
    dp_doc_free(d);
}

static void test_people_are_not_places(void **state)
{
    (void)state;
    dp_doc *d = S_run("« L'opération est en cours », a déclaré Sabah Al-Nomane, porte-parole "
                      "du CTS. Le général Firas Bachar a confirmé. M. Paris a démissionné.");
    assert_null(S_place(d, "Sabah"));
    assert_null(S_place(d, "CTS"));
    assert_null(S_place(d, "Firas"));
    assert_null(S_place(d, "Paris"));
    dp_doc_free(d);
}

static void test_sentence_initial_words(void **state)
{
    (void)state;
    dp_doc *d = S_run("Cette dernière devrait servir de base. Une bataille aura lieu. "
                      "Selon les Irakiens, la ville sera libérée.");
    assert_int_equal(d->places.n, 0);      /* and a demonym is no place */
    dp_doc_free(d);
}

static void test_paris_default_and_texas(void **state)
{
    (void)state;
    dp_doc *d = S_run("Le sommet s'est tenu à Paris lundi.");
    S_expect(d, "Paris", "FR", 48.85, 2.35, "exact");
    dp_doc_free(d);
    d = S_run("Une tornade a frappé la petite ville de Paris, au Texas, aux États-Unis.");
    S_expect(d, "Paris", "US", 999, 0, "exact");
    S_expect(d, "Texas", "US", 999, 0, "admin1");
    dp_doc_free(d);
}

static void test_multiword_names(void **state)
{
    (void)state;
    dp_doc *d = S_run("Des élections ont eu lieu en Côte d'Ivoire et en Arabie saoudite.");
    S_expect(d, "Côte d'Ivoire", "CI", 999, 0, "country");
    S_expect(d, "Arabie saoudite", "SA", 999, 0, "country");
    dp_doc_free(d);
}

static void test_country_context(void **state)
{
    (void)state;
    /* Alexandria exists in Egypt and in the United States: the Egyptian
     * context decides.                                                    */
    dp_doc *d = S_run("Les autorités égyptiennes ont arrêté trois hommes au Caire et à "
                      "Alexandrie, en Égypte.");
    S_expect(d, "Alexandrie", "EG", 31.20, 29.92, NULL);
    dp_doc_free(d);
}

static void test_city_or_unit(void **state)
{
    (void)state;
    /* The city unless the words present the unit. */
    dp_doc *d = S_run("Une manifestation a eu lieu à New York, aux États-Unis.");
    S_expect(d, "New York", "US", 40.71, -74.01, "exact");
    dp_doc_free(d);
    d = S_run("Les combats ont repris dans la province d'Idleb, en Syrie.");
    S_expect(d, "Idleb", "SY", 999, 0, "admin1");
    dp_doc_free(d);
    d = S_run("Un accident a eu lieu à Bron, dans le Rhône, en France.");
    S_expect(d, "Rhône", "FR", 999, 0, "admin1");         /* a département */
    dp_doc_free(d);
}

static void test_containers(void **state)
{
    (void)state;
    /* "X (Y)" and "X en Y" put a small homonym in the unit named. */
    dp_doc *d = S_run("Un incendie a détruit une usine à Valence (Drôme) hier.");
    S_expect(d, "Valence", "FR", 44.93, 4.89, "exact");
    dp_doc_free(d);
    d = S_run("Les évêques se sont réunis à Canterbury en Angleterre.");
    S_expect(d, "Canterbury", "GB", 51.28, 1.08, "exact");
    dp_doc_free(d);
}

static void test_features(void **state)
{
    (void)state;
    /* Lexicon features, also after a lowercase feature noun; the second
     * mention of an entry under a shorter name is the same place.        */
    dp_doc *d = S_run("L'armée progresse dans le désert syrien. Des migrants ont traversé "
                      "la mer Méditerranée ; la Méditerranée reste dangereuse.");
    S_expect(d, "désert syrien", "", 999, 0, NULL);
    S_expect(d, "Méditerranée", "", 999, 0, NULL);
    assert_int_equal(S_place(d, "Méditerranée")->mentions.n, 2);
    dp_doc_free(d);
    d = S_run("Les forces kurdes avancent entre Raqqa et le fleuve Euphrate, en Syrie.");
    const dp_place *e = S_place(d, "Euphrate");
    assert_non_null(e);                   /* the river at the place named */
    assert_true(fabs(e->rec.lat - 35.95) < 0.2 && fabs(e->rec.lon - 39.01) < 0.2);
    dp_doc_free(d);
}

static void test_overseas_and_events(void **state)
{
    (void)state;
    dp_doc *d = S_run("Une tempête est attendue à Mayotte dans la nuit.");
    S_expect(d, "Mayotte", "YT", 999, 0, "admin1");
    dp_doc_free(d);
    d = S_run("Les Jeux olympiques de Rio se sont achevés dimanche.");
    S_expect(d, "Rio", "BR", -22.91, -43.18, "exact");
    dp_doc_free(d);
}

static void test_hostile(void **state)
{
    (void)state;
    const char *texts[] = {"", ".", "À", "de de de la la", "Al-", "« »", "Paris-",
                           "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        dp_doc *d = S_run(texts[i]);
        dp_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_like),
        cmocka_unit_test(test_people_are_not_places),
        cmocka_unit_test(test_sentence_initial_words),
        cmocka_unit_test(test_paris_default_and_texas),
        cmocka_unit_test(test_multiword_names),
        cmocka_unit_test(test_country_context),
        cmocka_unit_test(test_city_or_unit),
        cmocka_unit_test(test_containers),
        cmocka_unit_test(test_features),
        cmocka_unit_test(test_overseas_and_events),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
