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
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
