/*
 * test_quantity.c -- counts of people (mention/quantity.c) through the
 * whole pipeline: value, what is counted (of) and the span, on French news
 * sentences written for these tests; and numbers that are no people count
 * (distances, money, ages, years, times).  What a word counts comes from
 * data/lexicon/count_nouns.tsv in the model: the cases that need it are
 * skipped when the model has no such dictionary.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "doc.h"
#include "mention/number.h"

#include "unit.h"

static int S_have_lexicon(void)
{
    const char *v[1];
    return dp_dict_find(model, "count_nouns", "civils", 6, v, 1) > 0;
}

static dp_doc *S_run(const char *text)
{
    return S_annotate(text, strlen(text), "2016-08-24");
}

/* dp_num_read on real tokens: digits with spaces, decimals, words.       */
static void test_num_read(void **state)
{
    (void)state;
    static const struct { const char *text; double val; } cases[] = {
        {"15 000", 15000}, {"15\xc2\xa0" "000", 15000}, {"1,5 million", 1.5e6},
        {"deux millions", 2e6}, {"trois", 3}, {"vingt-cinq", 25},
        {"vingt et un", 21}, {"deux cent cinquante", 250}, {"quatre-vingt-dix-sept", 97},
        {"trois mille", 3000}, {"cent", 100},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dp_doc *d = S_run(cases[i].text);
        uint32_t end;
        double v = -1;
        assert_true(dp_num_read(d, 0, (uint32_t)d->toks.n, &end, &v));
        if (v != cases[i].val) print_error("'%s' read as %g\n", cases[i].text, v);
        assert_true(v == cases[i].val);
        assert_int_equal(end, d->toks.n);
        dp_doc_free(d);
    }
    dp_doc *d = S_run("23/08/2016");
    uint32_t end;
    double v;
    assert_false(dp_num_read(d, 0, (uint32_t)d->toks.n, &end, &v));
    dp_doc_free(d);
}

typedef struct {
    const char *text;
    const char *span;   /* the count phrase                               */
    long value;         /* -1: SPAN must give no people count             */
    const char *of;
} S_case;

static const S_case S_cases[] = {
    {"Selon le maire, quelque 15 000 civils seraient pris au piège de Daech.", "quelque 15 000 civils", 15000, "trapped"},
    {"L'attentat a fait au moins 12 morts.", "au moins 12 morts", 12, "killed"},
    {"Une soixantaine de blessés ont été évacués.", "Une soixantaine de blessés", 60, "injured"},
    {"Des dizaines de manifestants ont défilé dans la capitale.", "Des dizaines de manifestants", 10, "protesters"},
    {"Une douzaine de soldats ont été tués.", "Une douzaine de soldats", 12, "killed"},
    {"Des centaines de civils ont fui les combats.", "Des centaines de civils", 100, "displaced"},
    {"Des milliers de réfugiés sont arrivés à la frontière.", "Des milliers de réfugiés", 1000, "displaced"},
    {"Une centaine de personnes ont été arrêtées.", "Une centaine de personnes", 100, "arrested"},
    {"Plusieurs policiers ont été blessés.", "Plusieurs policiers", 3, "injured"},
    {"Trois soldats ont été tués dans une embuscade.", "Trois soldats", 3, "killed"},
    {"Deux millions de réfugiés vivent au Liban.", "Deux millions de réfugiés", 2000000, "displaced"},
    {"Le conflit a fait 1,5 million de déplacés.", "1,5 million de déplacés", 1500000, "displaced"},
    {"12 personnes ont été tuées dans l'explosion.", "12 personnes", 12, "killed"},
    {"Les rebelles ont tué 30 civils.", "30 civils", 30, "killed"},
    {"Les policiers ont interpellé 25 manifestants.", "25 manifestants", 25, "arrested"},
    {"Trois soldats ont tué deux civils.", "Trois soldats", 3, "soldiers"},
    {"Trois soldats ont tué deux civils.", "deux civils", 2, "killed"},
    {"Des dizaines de milliers de manifestants ont défilé.", "Des dizaines de milliers de manifestants", 10000, "protesters"},
    {"Une douzaine ont péri dans l'incendie.", "Une douzaine", 12, "killed"},
    {"Cinq jihadistes ont été abattus.", "Cinq jihadistes", 5, "killed"},
    {"Vingt-cinq otages ont été libérés.", "Vingt-cinq otages", 25, "kidnapped"},
    {"Un soldat a été tué.", "Un soldat", 1, "killed"},
    {"Plus de 200 000 personnes ont été déplacées.", "Plus de 200 000 personnes", 200000, "displaced"},
    /* real sentences of WiNER-fr dev (French Wikinews) */
    {"Un dernier bilan indique qu'au moins 38 personnes seraient mortes et 400 seraient blessées.", "au moins 38 personnes", 38, "killed"},
    {"Un dernier bilan indique qu'au moins 38 personnes seraient mortes et 400 seraient blessées.", "400", 400, "injured"},
    {"On dénombre également au moins 400 blessés et 220 disparus.", "220 disparus", 220, "missing"},
    {"Depuis fin mars, une centaine de personnes furent enlevées.", "une centaine de personnes", 100, "kidnapped"},
    {"Népal : l'écrasement d'un avion fait plusieurs dizaines de morts", "plusieurs dizaines de morts", 10, "killed"},
    {"Ils ont causé la mort d'une vingtaine de personnes dont deux soldats.", "une vingtaine de personnes", 20, "killed"},
    {"De plus, l'attaque a fait une vingtaine de blessés : environ dix casques bleus et dix soldats de Barkhane.", "une vingtaine de blessés", 20, "injured"},
    {"Une source policière a indiqué qu'au moins 81 personnes ont été interpellées aux abords des Champs-Élysées.", "au moins 81 personnes", 81, "arrested"},
    {"Une centaine de personnes sont piégées sous les décombres.", "Une centaine de personnes", 100, "trapped"},
    {"Ensuite, l'agresseur s'est rendu vers le supermarché, à une dizaine de kilomètres de là.", "dizaine", -1, NULL},
    /* no people counts */
    {"La ville se situe à une soixantaine de kilomètres au sud de Mossoul.", "soixantaine", -1, NULL},
    {"Il a payé 15 000 euros.", "15 000", -1, NULL},
    {"Le chômage atteint 10 % de la population.", "10", -1, NULL},
    {"Un homme âgé de 25 ans a été arrêté.", "25", -1, NULL},
    {"En 2014, la ville est tombée.", "2014", -1, NULL},
    {"Les tirs ont repris le 23 août à 14h30.", "23", -1, NULL},
    {"Un habitant a déclaré que la ville était calme.", "Un habitant", -1, NULL},
    {"Sept membres d'une même famille ont été tués.", "une même famille", -1, NULL},
};

static void S_check(const S_case *k)
{
    dp_doc *d = S_run(k->text);
    const dp_quantity *hit = NULL;
    for (size_t i = 0; i < d->quantities.n; i++) {
        const char *s = dp_doc_span_text(d, d->quantities.v[i].span);
        if (k->value >= 0 ? !strcmp(s, k->span) : strstr(s, k->span) != NULL)
            hit = &d->quantities.v[i];
    }
    if (k->value < 0) {
        if (hit) print_error("'%s': '%s' wrongly counted\n", k->text, k->span);
        assert_null(hit);
    } else {
        if (!hit) {
            print_error("'%s': no count '%s'; found:", k->text, k->span);
            for (size_t i = 0; i < d->quantities.n; i++)
                print_error(" [%s=%ld]", dp_doc_span_text(d, d->quantities.v[i].span),
                            d->quantities.v[i].value);
            print_error("\n");
        }
        assert_non_null(hit);
        if (hit->value != k->value || strcmp(hit->of, k->of))
            print_error("'%s': %ld %s, want %ld %s\n", k->text, hit->value, hit->of, k->value, k->of);
        assert_int_equal(hit->value, k->value);
        assert_string_equal(hit->of, k->of);
        assert_true(hit->head >= hit->span.t0 && hit->head < d->toks.n);
    }
    dp_doc_free(d);
}

static void test_cases(void **state)
{
    (void)state;
    if (!S_have_lexicon()) skip();
    for (size_t i = 0; i < sizeof S_cases / sizeof *S_cases; i++) S_check(&S_cases[i]);
}

/* Without the lexicon nothing at all is counted; with it, never a number
 * that is no people count.  Either way: no crash on hostile input.       */
static void test_no_false_counts(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof S_cases / sizeof *S_cases; i++)
        if (S_cases[i].value < 0) S_check(&S_cases[i]);
    static const char *texts[] = {
        "", "des", "une dizaine", "une dizaine de", "des dizaines de milliers de",
        "au moins", "plus de 1000000000000000000000000000 personnes ont été tuées",
        "cent cent cent cent cent cent cent cent cent cent cent cent cent soldats tués",
        "un un un un un", "12", "12 ont", "12 ont été",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        dp_doc *d = S_run(texts[i]);
        for (size_t k = 0; k < d->quantities.n; k++) {
            assert_true(d->quantities.v[k].span.t0 < d->quantities.v[k].span.t1);
            assert_true(d->quantities.v[k].span.t1 <= d->toks.n);
            assert_true(d->quantities.v[k].value > 0);
        }
        dp_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_num_read),
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_no_false_counts),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
