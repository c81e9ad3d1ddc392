/*
 * test_time.c -- temporal expressions (mention/time.c): calendar
 * arithmetic, then French sentences through the whole pipeline, each with
 * the span and the TimeML value expected.  Sentences are the project's own,
 * written after the patterns of French TimeBank and Recognizers-Text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "doc.h"
#include "mention/time.h"
#include "mention/number.h"

#include "unit.h"

static void test_calendar(void **state)
{
    (void)state;
    assert_int_equal(dp_days_from_civil(1970, 1, 1), 0);
    long z = dp_days_from_civil(2016, 8, 24);
    int y, m, d, wy, wn;
    dp_civil_from_days(z - 1, &y, &m, &d);
    assert_true(y == 2016 && m == 8 && d == 23);
    dp_civil_from_days(dp_days_from_civil(2016, 3, 1) - 1, &y, &m, &d);
    assert_true(y == 2016 && m == 2 && d == 29);
    assert_int_equal(dp_iso_weekday(z), 3);                    /* a Wednesday */
    dp_iso_week(z, &wy, &wn);
    assert_true(wy == 2016 && wn == 34);
    dp_iso_week(dp_days_from_civil(2016, 1, 1), &wy, &wn);     /* 2015-W53  */
    assert_true(wy == 2015 && wn == 53);
    dp_iso_week(dp_days_from_civil(2014, 12, 29), &wy, &wn);   /* 2015-W01  */
    assert_true(wy == 2015 && wn == 1);
    assert_int_equal(dp_month_days(1900, 2), 28);
    assert_int_equal(dp_month_days(2000, 2), 29);
}

static void test_number_words(void **state)
{
    (void)state;
    assert_int_equal(dp_numword("trois"), 3);
    assert_int_equal(dp_numword("vingt-cinq"), 25);
    assert_int_equal(dp_numword("soixante-et-onze"), 71);
    assert_int_equal(dp_numword("quatre-vingts"), 80);
    assert_int_equal(dp_numword("quatre-vingt-dix-sept"), 97);
    assert_int_equal(dp_numword("dix-huit"), 18);
    assert_int_equal(dp_numword("cent"), 100);
    assert_int_equal(dp_numword("porte-parole"), -1);
    assert_int_equal(dp_numword("et"), -1);
    /* every word of the closed class, past the first-bytes filter        */
    static const struct { const char *w; long v; } all[] = {
        {"zero", 0}, {"un", 1}, {"une", 1}, {"deux", 2}, {"trois", 3}, {"quatre", 4},
        {"cinq", 5}, {"six", 6}, {"sept", 7}, {"huit", 8}, {"neuf", 9}, {"dix", 10},
        {"onze", 11}, {"douze", 12}, {"treize", 13}, {"quatorze", 14}, {"quinze", 15},
        {"seize", 16}, {"vingt", 20}, {"vingts", 20}, {"trente", 30}, {"quarante", 40},
        {"cinquante", 50}, {"soixante", 60}, {"septante", 70}, {"huitante", 80},
        {"octante", 80}, {"nonante", 90}, {"cent", 100}, {"cents", 100}, {"mille", 1000}};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++)
        assert_int_equal(dp_numword(all[k].w), all[k].v);
    assert_int_equal(dp_numword("de"), -1);
    assert_int_equal(dp_numword("dans"), -1);
    assert_int_equal(dp_numword("u"), -1);
    assert_int_equal(dp_numword("centaine"), -1);    /* a word is a whole piece */
    assert_int_equal(dp_numword("vingt-et"), -1);    /* "et" must join two      */
    assert_int_equal(dp_numword("et-un"), -1);
    assert_int_equal(dp_numword("deux-cents"), 200);
    assert_int_equal(dp_num_approx("soixantaine"), 60);
    assert_int_equal(dp_num_approx("dizaines"), 10);
    assert_int_equal(dp_num_approx("douzaine"), 12);
    assert_int_equal(dp_num_approx("milliers"), 1000);
    assert_int_equal(dp_num_approx("quarante"), 0);
    /* every approximate noun, past the first-byte filter                 */
    assert_int_equal(dp_num_approx("quinzaine"), 15);
    assert_int_equal(dp_num_approx("vingtaines"), 20);
    assert_int_equal(dp_num_approx("trentaine"), 30);
    assert_int_equal(dp_num_approx("quarantaine"), 40);
    assert_int_equal(dp_num_approx("cinquantaine"), 50);
    assert_int_equal(dp_num_approx("centaines"), 100);
    assert_int_equal(dp_num_approx("millier"), 1000);
    assert_int_equal(dp_num_approx("semaines"), 0);
}

typedef struct {
    const char *pub;     /* publication date or NULL                        */
    const char *text;
    const char *span;    /* the expression's text as found                  */
    const char *type;    /* DATE TIME DURATION SET                          */
    const char *value;   /* NULL: the span must NOT be found as a time      */
} S_case;

static const S_case S_cases[] = {
    /* absolute dates */
    {"2016-08-24", "L'attaque a eu lieu le 23 août 2016 à Kaboul.", "le 23 août 2016", "DATE", "2016-08-23"},
    {"2016-08-24", "Le 1er janvier 2015, il a quitté le pays.", "Le 1er janvier 2015", "DATE", "2015-01-01"},
    {"2016-08-24", "L'accord a été signé le 23/08/2016 à Genève.", "23/08/2016", "DATE", "2016-08-23"},
    {"2016-08-24", "Il était arrivé en août 2015.", "août 2015", "DATE", "2015-08"},
    {"2016-08-24", "En 2014, la ville est tombée.", "2014", "DATE", "2014"},
    {"2016-08-24", "Le groupe contrôle la région depuis 2014.", "2014", "DATE", "2014"},
    {"2016-08-24", "Dès 2013, les services savaient.", "2013", "DATE", "2013"},
    {"2016-08-24", "Le conflit a fait 2014 morts.", "2014", NULL, NULL},
    {"2016-08-24", "Les années 90 ont été meurtrières.", "Les années 90", "DATE", "199X"},
    /* day and month without a year: the nearest occurrence */
    {"2016-08-24", "Les combats ont repris le 14 juillet.", "le 14 juillet", "DATE", "2016-07-14"},
    {"2017-01-10", "Les combats avaient repris le 20 décembre dernier.", "le 20 décembre dernier", "DATE", "2016-12-20"},
    {"2016-08-24", "Le vote aura lieu le 2 octobre.", "le 2 octobre", "DATE", "2016-10-02"},
    {"2017-01-12", "Dans la nuit du 1er au 2 janvier, des détenus se sont affrontés.", "la nuit du 1er au 2 janvier", "TIME", "2017-01-01TNI"},
    {"2018-03-24", "Lors du Conseil européen des 22 et 23 mars 2018, les États ont décidé.", "22", "DATE", "2018-03-22"},
    {"2017-04-13", "À partir du 15 octobre, les Casques bleus seront remplacés.", "15 octobre", "DATE", "2017-10-15"},
    {"1999-05-21", "Blair a donné jusqu'au 30 juin aux partis pour débloquer le dossier.", "30 juin", "DATE", "1999-06-30"},
    {"2017-01-12", "Le 1er janvier, des émeutes ont éclaté. Cinq jours plus tard, 31 détenus sont morts.", "Cinq jours plus tard", "DATE", "2017-01-06"},
    /* a month alone */
    {"2016-08-24", "Après avoir repris en juin la ville de Fallouja, l'armée avance.", "juin", "DATE", "2016-06"},
    {"2016-08-24", "La ville était tombée en octobre.", "octobre", "DATE", "2015-10"},
    {"2017-03-10", "La ville avait été reprise en juin dernier.", "juin dernier", "DATE", "2016-06"},
    /* relative days and parts of the day */
    {"2016-08-24", "Les forces ont lancé hier une opération.", "hier", "DATE", "2016-08-23"},
    {"2016-08-24", "Avant-hier, deux obus sont tombés.", "Avant-hier", "DATE", "2016-08-22"},
    {"2016-08-24", "Aujourd'hui, la ville est calme.", "Aujourd'hui", "DATE", "2016-08-24"},
    {"2016-08-24", "Le ministre se rendra demain à Bagdad.", "demain", "DATE", "2016-08-25"},
    {"2016-08-24", "Les combats ont repris hier soir.", "hier soir", "TIME", "2016-08-23TEV"},
    {"2016-08-24", "Un attentat a frappé la ville ce matin.", "ce matin", "TIME", "2016-08-24TMO"},
    {"2016-08-24", "Des tirs ont été entendus cette nuit.", "cette nuit", "TIME", "2016-08-24TNI"},
    {"2016-08-24", "Les forces ont lancé hier une opération. Elle a débuté à l'aube.", "l'aube", "TIME", "2016-08-23TMO"},
    {"2016-08-24", "La réunion a commencé hier à 14h30.", "hier à 14h30", "TIME", "2016-08-23T14:30"},
    {"2016-08-24", "Les tirs ont cessé vers 18 h 30.", "18 h 30", "TIME", "2016-08-24T18:30"},
    /* weekdays: past tense -> the last one, future -> the next one */
    {"2016-08-24", "Les rebelles ont attaqué mardi la caserne.", "mardi", "DATE", "2016-08-23"},
    {"2016-08-24", "La police a arrêté un suspect vendredi dernier.", "vendredi dernier", "DATE", "2016-08-19"},
    {"2016-08-24", "Le sommet se tiendra samedi à Paris.", "samedi", "DATE", "2016-08-27"},
    {"2016-08-24", "Il a été tué dans la nuit de samedi à dimanche.", "la nuit de samedi à dimanche", "TIME", "2016-08-20TNI"},
    /* weeks, months, years */
    {"2016-08-24", "La semaine dernière, il a démissionné.", "La semaine dernière", "DATE", "2016-W33"},
    {"2016-08-24", "Cette semaine, le président parle.", "Cette semaine", "DATE", "2016-W34"},
    {"2016-08-24", "Le mois dernier, trois villages ont été repris.", "Le mois dernier", "DATE", "2016-07"},
    {"2016-08-24", "L'an dernier, la ville comptait 20 000 habitants.", "L'an dernier", "DATE", "2015"},
    {"2016-08-24", "L'année dernière, la ville a été reprise.", "L'année dernière", "DATE", "2015"},
    {"2016-08-24", "Il y a trois jours, une bombe a explosé.", "Il y a trois jours", "DATE", "2016-08-21"},
    {"2016-08-24", "La ville a été reprise il y a deux mois.", "il y a deux mois", "DATE", "2016-06"},
    {"2016-08-24", "La bataille est prévue dans les semaines ou mois à venir.", "les semaines ou mois à venir", "DATE", "FUTURE_REF"},
    /* durations */
    {"2016-08-24", "Il a été détenu pendant trois semaines.", "trois semaines", "DURATION", "P3W"},
    {"2016-08-24", "Il vit à Mossoul depuis deux ans.", "deux ans", "DURATION", "P2Y"},
    {"2016-08-24", "Au cours des dernières semaines, les forces ont avancé.", "des dernières semaines", "DURATION", "PXW"},
    {"2016-08-24", "La ville a été reprise en 48 heures.", "48 heures", "DURATION", "PT48H"},
    {"2016-08-24", "Un homme âgé de 25 ans a été blessé.", "25 ans", NULL, NULL},
    {"2016-08-24", "Un garçon de 12 ans a été tué.", "12 ans", NULL, NULL},
    /* sets */
    {"2016-08-24", "Chaque lundi, les habitants manifestent.", "Chaque lundi", "SET", "XXXX-WXX-1"},
    {"2016-08-24", "Des obus tombent tous les jours sur la ville.", "tous les jours", "SET", "P1D"},
    /* no publication date: found but unresolved */
    {NULL, "Les forces ont lancé hier une opération.", "hier", "DATE", "XXXX-XX-XX"},
    {NULL, "Trois soldats ont été tués mardi.", "mardi", "DATE", "XXXX-WXX-2"},
    {NULL, "La ville était tombée en juin.", "juin", "DATE", "XXXX-06"},
    {NULL, "Le traité a été signé le 23 août 2016.", "le 23 août 2016", "DATE", "2016-08-23"},
    /* bare durations (French TimeBank tags them), not ages */
    {"1999-05-21", "Il a été condamné hier à 10 ans de prison.", "10 ans", "DURATION", "P10Y"},
    {"1999-05-21", "Le ministre a achevé hier deux jours de négociations.", "deux jours", "DURATION", "P2D"},
    {"1999-05-21", "Leur association durera plus de vingt ans.", "plus de vingt ans", "DURATION", "P20Y"},
    {"1999-05-21", "La région est disputée depuis un demi-siècle.", "un demi-siècle", "DURATION", "P50Y"},
    {"1999-05-21", "Le programme est renouvelé pour une période de six mois.", "six mois", "DURATION", "P6M"},
    {"1999-05-21", "Jean Burget, 87 ans, a été heurté par une voiture.", "87 ans", NULL, NULL},
    {"1999-05-21", "L'académicien est mort à 97 ans.", "97 ans", NULL, NULL},
    /* Recognizers-Text (fr, DurationParser / SetParser) */
    {"2017-10-09", "Je pars pour 3 jours", "3 jours", "DURATION", "P3D"},
    {"2017-10-09", "Je pars pour trois heures", "trois heures", "DURATION", "PT3H"},
    {"2017-10-09", "je partirai pour deux semaines", "deux semaines", "DURATION", "P2W"},
    {"2017-10-09", "Je vais partir chaque mois", "chaque mois", "SET", "P1M"},
    {"2017-10-09", "Je vais partir annuellement", "annuellement", "SET", "P1Y"},
    /* present and vague references, seasons, adjectives of frequency */
    {"1999-09-13", "Il faut maintenant aligner une série de victoires.", "maintenant", "TIME", "PRESENT_REF"},
    {"1999-07-09", "La liste des commissaires est désormais complète.", "désormais", "DATE", "1999-07-09"},
    {"2002-10-31", "Il rappelle le double mouvement actuel de décentralisation.", "actuel", "TIME", "PRESENT_REF"},
    {"1999-05-21", "Des législatives anticipées à l'automne semblaient possibles.", "l'automne", "DATE", "1999-FA"},
    {"1999-08-06", "La demande augmente en été.", "été", "DATE", "XXXX-SU"},
    {"1999-08-06", "Le bureau a été fermé.", "été", NULL, NULL},
    {"2003-01-27", "La polémique est née lors du traditionnel dîner annuel du CRIF.", "annuel", "SET", "P1Y"},
    /* a year after a noun; a day and its time of day as one expression */
    {"2002-01-24", "Ces annonces interviennent avant le bilan 2001 de la délinquance.", "2001", "DATE", "2001"},
    {"1999-09-04", "Hier à 10 h, une dizaine de délégués ont manifesté.", "Hier à 10 h", "TIME", "1999-09-03T10:00"},
    {"2003-02-23", "La toiture a été refaite à la fin de l'année dernière.", "la fin de l'année dernière", "DATE", "2002"},
    /* not times */
    {"2016-08-24", "La ville se trouve à une soixantaine de kilomètres au sud de Mossoul.", "soixantaine", NULL, NULL},
    {"2016-08-24", "Quelque 15 000 civils seraient pris au piège.", "15 000", NULL, NULL},
};

static const char *S_types[] = {"DATE", "TIME", "DURATION", "SET"};

static void S_check(const S_case *k)
{
    dp_doc *d = dp_doc_new(model);
    assert_non_null(d);
    dp_doc_options o = {0};
    o.published = k->pub;
    assert_int_equal(dp_doc_annotate(d, k->text, strlen(k->text), &o), DP_OK);
    const dp_time *hit = NULL;
    for (size_t i = 0; i < d->times.n; i++) {
        const char *s = dp_doc_span_text(d, d->times.v[i].span);
        if (k->value ? !strcmp(s, k->span) : strstr(s, k->span) != NULL) hit = &d->times.v[i];
    }
    if (!k->value) {
        if (hit) print_error("'%s': '%s' wrongly found as a time\n", k->text, k->span);
        assert_null(hit);
    } else {
        if (!hit) {
            print_error("'%s': no time '%s'; found:", k->text, k->span);
            for (size_t i = 0; i < d->times.n; i++)
                print_error(" [%s=%s]", dp_doc_span_text(d, d->times.v[i].span), d->times.v[i].value);
            print_error("\n");
        }
        assert_non_null(hit);
        if (strcmp(hit->value, k->value) || strcmp(S_types[hit->type], k->type))
            print_error("'%s': '%s' is %s %s, want %s %s\n", k->text, k->span,
                        S_types[hit->type], hit->value, k->type, k->value);
        assert_string_equal(hit->value, k->value);
        assert_string_equal(S_types[hit->type], k->type);
        assert_int_equal(hit->resolved, k->pub || hit->value[0] != 'X');
    }
    dp_doc_free(d);
}

static void test_cases(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof S_cases / sizeof *S_cases; i++) S_check(&S_cases[i]);
}

/* Hostile inputs: nothing crashes, every span stays in bounds.           */
static void test_hostile(void **state)
{
    (void)state;
    static const char *texts[] = {
        "", "hier", "le", "le 31 février 2016", "le 99 août", "32/13/2016", "1/1/1",
        "il y a", "il y a 999999999999 ans", "dans les", "chaque", "tous les 0 jours",
        "la nuit de", "14h99 25h00 99 h 99", "les années 5", "en 99999",
        "depuis depuis depuis 2014 2014", "mi-", "l'an", "le lendemain",
        "cent cent cent cent cent cent cent cent cent cent cent cent cent cent jours",
        "pendant 1000000000000000000000000000000 ans", "il y a 99999999999999999999 jours",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        for (int p = 0; p < 2; p++) {
            dp_doc *d = dp_doc_new(model);
            dp_doc_options o = {0};
            o.published = p ? "2016-02-29" : NULL;
            assert_int_equal(dp_doc_annotate(d, texts[i], strlen(texts[i]), &o), DP_OK);
            for (size_t k = 0; k < d->times.n; k++) {
                assert_true(d->times.v[k].span.t0 < d->times.v[k].span.t1);
                assert_true(d->times.v[k].span.t1 <= d->toks.n);
                assert_non_null(d->times.v[k].value);
            }
            dp_doc_free(d);
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_number_words),
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, S_setup, S_teardown);
}
