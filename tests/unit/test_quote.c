/*
 * test_quote.c -- quotations and speakers (mention/quote.c) through the
 * whole pipeline, on French news sentences written for these tests:
 * inverted cues, pronoun speakers, colon cues, follow-on quotations,
 * que-clauses, selon, mixed speech and quoted terms that are no quotation.
 * Skipped when the model lacks the project's quote_verbs lexicon.
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

static int S_have_verbs(void)
{
    const char *v[1];
    return dp_dict_find(model, "quote_verbs", "declarer", 8, v, 1) > 0;
}

static dp_doc *S_run(const char *text)
{
    return S_annotate(text, strlen(text), "2016-08-24");
}

/* The quotation whose text contains WORDS, or NULL.                      */
static const dp_quote *S_quote(dp_doc *d, const char *words)
{
    for (size_t q = 0; q < d->quotes.n; q++)
        if (strstr(dp_doc_span_text(d, d->quotes.v[q].span), words)) return &d->quotes.v[q];
    return NULL;
}

/* Name of the speaker entity of Q ("" when none).                        */
static const char *S_speaker(dp_doc *d, const dp_quote *q)
{
    return q && q->speaker >= 0 ? d->ents.v[q->speaker].name : "";
}

static const char *S_cue(dp_doc *d, const dp_quote *q)
{
    return dp_doc_span_text(d, q->cue);
}

/* A name in apposition between commas right before the cue speaks
 * ("Le ministre ..., N. N., a affirmé"); a multi-word adverbial joins
 * the cue; before a participle cue the apposed name does not speak.     */
static void test_apposed_speaker(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "Le ministre des Transports du pays, Hervé Castagnol, a par ailleurs affirmé que la ligne "
        "rouvrirait en juin. Le préfet a reçu le directeur de la conserverie, Marc Lenoir, affirmant "
        "que les quotas seraient revus.");
    const dp_quote *a = S_quote(d, "la ligne rouvrirait");
    assert_non_null(a);
    assert_string_equal(S_speaker(d, a), "Hervé Castagnol");
    assert_string_equal(S_cue(d, a), "a par ailleurs affirmé");
    const dp_quote *b = S_quote(d, "les quotas seraient revus");
    assert_non_null(b);
    assert_string_not_equal(S_speaker(d, b), "Marc Lenoir");
    dp_doc_free(d);
}

static void test_inverted_and_pronoun(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "« La route est coupée depuis hier soir », a déclaré le colonel Marc Lefèvre. "
        "Le convoi attend toujours. « Nous ne pouvons pas passer sans escorte », "
        "a-t-il ajouté.");
    const dp_quote *a = S_quote(d, "route est coupée");
    assert_non_null(a);
    assert_true(a->direct);
    assert_string_equal(S_speaker(d, a), "Marc Lefèvre");
    assert_string_equal(S_cue(d, a), "a déclaré");
    /* the span excludes the marks */
    assert_string_equal(dp_doc_span_text(d, a->span), "La route est coupée depuis hier soir");
    const dp_quote *b = S_quote(d, "sans escorte");
    assert_non_null(b);
    assert_string_equal(S_speaker(d, b), "Marc Lefèvre");
    assert_string_equal(S_cue(d, b), "a-t-il ajouté");
    dp_doc_free(d);
}

static void test_colon_and_follow_on(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "La ministre Claire Martin a déclaré : « Les secours sont sur place. » "
        "« Toutes les familles seront relogées avant la fin de la semaine. »");
    const dp_quote *a = S_quote(d, "secours sont sur place");
    assert_non_null(a);
    assert_string_equal(S_speaker(d, a), "Claire Martin");
    const dp_quote *b = S_quote(d, "familles seront relogées");
    assert_non_null(b);
    assert_string_equal(S_speaker(d, b), "Claire Martin");
    assert_true(b->cue.t0 == b->cue.t1);   /* no cue of its own */
    dp_doc_free(d);
}

static void test_reported(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "Le colonel Marc Lefèvre a également précisé que trois soldats avaient été blessés. "
        "Selon le maire de la ville, Paul Girard, la situation reste tendue.");
    const dp_quote *a = S_quote(d, "trois soldats");
    assert_non_null(a);
    assert_false(a->direct);
    assert_string_equal(S_speaker(d, a), "Marc Lefèvre");
    assert_string_equal(S_cue(d, a), "a également précisé");
    assert_string_equal(dp_doc_span_text(d, a->span),
                        "trois soldats avaient été blessés");
    const dp_quote *b = S_quote(d, "situation reste tendue");
    assert_non_null(b);
    assert_false(b->direct);
    assert_string_equal(S_speaker(d, b), "Paul Girard");
    assert_string_equal(S_cue(d, b), "Selon");
    dp_doc_free(d);
}

static void test_scare_terms_and_sources(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "L'offensive bénéficie du soutien de la « coalition internationale ». "
        "Selon un bilan provisoire, douze personnes sont mortes.");
    assert_null(S_quote(d, "coalition internationale"));
    assert_null(S_quote(d, "douze personnes"));    /* selon without a source */
    dp_doc_free(d);
}

/* Infinitive clauses, complements before que, selon in mid-sentence.     */
static void test_reported_forms(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "Le gouvernement espagnol demande aux autorités catalanes de préciser rapidement leur position. "
        "La ministre Claire Martin a annoncé vouloir réformer la loi sur le logement. "
        "Le député Paul Girard a confié à la radio lundi matin qu'il ne serait pas candidat. "
        "Vers 22h25, selon le ministre Jean Moreau, les mesures coûteront dix milliards d'euros.");
    const dp_quote *a = S_quote(d, "leur position");
    assert_non_null(a);
    assert_false(a->direct);
    assert_string_equal(dp_doc_span_text(d, a->span), "préciser rapidement leur position");
    assert_string_equal(S_cue(d, a), "demande");
    const dp_quote *b = S_quote(d, "réformer la loi");
    assert_non_null(b);
    assert_string_equal(dp_doc_span_text(d, b->span), "vouloir réformer la loi sur le logement");
    assert_string_equal(S_speaker(d, b), "Claire Martin");
    const dp_quote *c = S_quote(d, "ne serait pas candidat");
    assert_non_null(c);
    assert_string_equal(dp_doc_span_text(d, c->span), "il ne serait pas candidat");
    assert_string_equal(S_speaker(d, c), "Paul Girard");
    const dp_quote *e = S_quote(d, "dix milliards");
    assert_non_null(e);
    assert_string_equal(dp_doc_span_text(d, e->span), "les mesures coûteront dix milliards d'euros");
    assert_string_equal(S_speaker(d, e), "Jean Moreau");
    assert_null(S_quote(d, "Vers 22h25"));
    dp_doc_free(d);
}

/* Speakers the entity stage may miss, subjects after an apposition, the
 * subject of a participle, and a pronoun chain across sentences.          */
static void test_speaker_resolution(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run(
        "L'agence de presse Anadolu affirme que le cargo transportait de la drogue. "
        "Mark Lavelle, PDG de Magento, a déclaré : « Nous partageons une vision du futur du commerce. » "
        "Le sénateur Paul Girard a critiqué le texte, affirmant qu'il était mal rédigé. "
        "Il a ensuite quitté la salle. Il a aussi estimé que le vote serait reporté.");
    const dp_quote *a = S_quote(d, "cargo transportait");
    assert_non_null(a);
    assert_true(a->speaker >= 0);
    /* the entity stage may know the agency; else the quotation stage
     * describes it ("L'agence de presse Anadolu")                        */
    assert_non_null(strstr(dp_doc_span_text(d, a->speaker_span), "Anadolu"));
    const dp_quote *b = S_quote(d, "vision du futur");
    assert_non_null(b);
    assert_string_equal(dp_doc_span_text(d, b->speaker_span), "Mark Lavelle");
    const dp_quote *c = S_quote(d, "mal rédigé");
    assert_non_null(c);
    assert_string_equal(S_speaker(d, c), "Paul Girard");
    const dp_quote *e = S_quote(d, "vote serait reporté");
    assert_non_null(e);
    assert_string_equal(S_speaker(d, e), "Paul Girard");
    dp_doc_free(d);
}

static void test_described_speaker(void **state)
{
    (void)state;
    if (!S_have_verbs()) { skip(); return; }
    dp_doc *d = S_run("« Nous avons trouvé des engins explosifs », déclare un officier de police.");
    const dp_quote *a = S_quote(d, "engins explosifs");
    assert_non_null(a);
    assert_true(a->speaker >= 0);
    assert_string_equal(dp_doc_span_text(d, a->speaker_span), "un officier de police");
    dp_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inverted_and_pronoun),
        cmocka_unit_test(test_colon_and_follow_on),
        cmocka_unit_test(test_reported),
        cmocka_unit_test(test_scare_terms_and_sources),
        cmocka_unit_test(test_described_speaker),
        cmocka_unit_test(test_reported_forms),
        cmocka_unit_test(test_speaker_resolution),
        cmocka_unit_test(test_apposed_speaker),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
