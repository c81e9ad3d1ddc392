/*
 * test_entity.c -- entities (mention/entity.c) through the whole pipeline,
 * on French news sentences written for these tests: titled and apposed
 * persons, roles, coreference of partial names, dictionary actors,
 * acronym definitions, nominal actor groups and their CAMEO-style codes.
 * Cases that need the project's lexicons are skipped when the model lacks
 * them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "doc.h"

#include "unit.h"

static int S_have(const char *dict, const char *key)
{
    const char *v[1];
    return dp_dict_find(model, dict, key, strlen(key), v, 1) > 0;
}

static dp_doc *S_run(const char *text)
{
    return S_annotate(text, strlen(text), "2016-08-24");
}

/* The entity of TYPE one of whose mentions is MENTION, or NULL.          */
static const dp_entity *S_ent(dp_doc *d, dp_ent_type type, const char *mention)
{
    for (size_t e = 0; e < d->ents.n; e++) {
        if (d->ents.v[e].type != type) continue;
        for (size_t m = 0; m < d->ents.v[e].mentions.n; m++)
            if (!strcmp(dp_doc_span_text(d, d->ents.v[e].mentions.v[m]), mention))
                return &d->ents.v[e];
    }
    return NULL;
}

static void test_titled_person(void **state)
{
    (void)state;
    if (!S_have("titles", "general")) { skip(); return; }
    dp_doc *d = S_run("Le général Ahmed Karim, porte-parole de l'armée, a démenti "
                      "l'information. Karim a ensuite quitté la salle.");
    const dp_entity *e = S_ent(d, DP_ENT_PER, "Ahmed Karim");
    assert_non_null(e);
    assert_string_equal(e->title, "général");
    assert_non_null(e->role);
    assert_string_equal(e->role, "porte-parole de l'armée");
    assert_int_equal(e->gender, 'm');
    assert_ptr_equal(S_ent(d, DP_ENT_PER, "Karim"), e);   /* coreference */
    assert_int_equal(e->mentions.n, 2);
    dp_doc_free(d);
}

static void test_role_before_name(void **state)
{
    (void)state;
    if (!S_have("titles", "maire")) { skip(); return; }
    dp_doc *d = S_run("Selon le maire de la ville, Khaled al-Obeidi, les combats "
                      "ont cessé. Obeidi a demandé de l'aide.");
    const dp_entity *e = S_ent(d, DP_ENT_PER, "Khaled al-Obeidi");
    assert_non_null(e);
    assert_non_null(e->role);
    assert_string_equal(e->role, "maire de la ville");
    /* "Obeidi" joins "al-Obeidi" despite the Arabic article */
    assert_ptr_equal(S_ent(d, DP_ENT_PER, "Obeidi"), e);
    dp_doc_free(d);
}

static void test_person_after_cue(void **state)
{
    (void)state;
    if (!S_have("quote_verbs", "declarer")) { skip(); return; }
    dp_doc *d = S_run("« Nous tiendrons », a déclaré Samira Haddad devant la presse.");
    assert_non_null(S_ent(d, DP_ENT_PER, "Samira Haddad"));
    dp_doc_free(d);
}

static void test_dictionary_actor(void **state)
{
    (void)state;
    if (!S_have("actors", "daech")) { skip(); return; }
    dp_doc *d = S_run("Les jihadistes de Daech ont attaqué le village. "
                      "L'État islamique a revendiqué l'attaque.");
    const dp_entity *a = S_ent(d, DP_ENT_ORG, "Daech");
    assert_non_null(a);
    assert_ptr_equal(S_ent(d, DP_ENT_ORG, "État islamique"), a);
    assert_non_null(a->actor.code);
    assert_string_equal(a->actor.code, "IMGMUSISI");
    dp_doc_free(d);
}

static void test_acronym_definition(void **state)
{
    (void)state;
    dp_doc *d = S_run("Les agents de la Direction générale de la sécurité intérieure "
                      "(DGSI) ont interpellé deux hommes. La DGSI enquête.");
    const dp_entity *e = S_ent(d, DP_ENT_ORG, "DGSI");
    assert_non_null(e);
    assert_true(e->mentions.n >= 2);
    dp_doc_free(d);
}

static void test_nominal_groups(void **state)
{
    (void)state;
    if (!S_have("agents", "forces")) { skip(); return; }
    dp_doc *d = S_run("Les forces spéciales irakiennes ont repris la ville aux "
                      "rebelles, selon les Irakiens.");
    const dp_entity *f = S_ent(d, DP_ENT_ORG, "forces spéciales irakiennes");
    assert_non_null(f);
    assert_true(f->nominal);
    assert_non_null(f->actor.code);
    assert_string_equal(f->actor.code, "IRQMIL");
    assert_string_equal(f->actor.country, "IRQ");
    const dp_entity *r = S_ent(d, DP_ENT_ORG, "rebelles");
    assert_non_null(r);
    assert_string_equal(r->actor.sector, "REB");
    const dp_entity *i = S_ent(d, DP_ENT_MISC, "Irakiens");
    assert_non_null(i);
    assert_string_equal(i->actor.country, "IRQ");
    dp_doc_free(d);
}

static void test_no_person_from_common_words(void **state)
{
    (void)state;
    dp_doc *d = S_run("Au cours des dernières semaines, La Ville Nouvelle a changé. "
                      "Cette Semaine Sainte reste calme.");
    for (size_t e = 0; e < d->ents.n; e++)
        assert_int_not_equal(d->ents.v[e].type, DP_ENT_PER);
    dp_doc_free(d);
}

static void test_loc_entities(void **state)
{
    (void)state;
    dp_doc *d = S_run("Des combats ont eu lieu à Mossoul, en Irak.");
    for (size_t p = 0; p < d->places.n; p++) {
        int32_t e = d->places.v[p].entity;
        assert_true(e >= 0 && (size_t)e < d->ents.n);
        assert_int_equal(d->ents.v[e].type, DP_ENT_LOC);
        assert_int_equal(d->ents.v[e].place, (int32_t)p);
    }
    dp_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titled_person),
        cmocka_unit_test(test_role_before_name),
        cmocka_unit_test(test_person_after_cue),
        cmocka_unit_test(test_dictionary_actor),
        cmocka_unit_test(test_acronym_definition),
        cmocka_unit_test(test_nominal_groups),
        cmocka_unit_test(test_no_person_from_common_words),
        cmocka_unit_test(test_loc_entities),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
