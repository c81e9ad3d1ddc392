/*
 * test_text.c -- the tokenizer, the sentence splitter, paragraphs and
 * repeated passages, on French news sentences and on hostile input.
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

static dp_doc *S_run(const char *text, size_t len)
{
    return S_annotate(text, len, NULL);
}

/* The JSON of A and of B, byte for byte the same.                       */
static void S_same_json(dp_doc *a, dp_doc *b)
{
    const char *ja, *jb;
    size_t na, nb;
    assert_int_equal(dp_doc_json(a, &ja, &na), DP_OK);
    assert_int_equal(dp_doc_json(b, &jb, &nb), DP_OK);
    assert_int_equal(na, nb);
    assert_memory_equal(ja, jb, na);
}

/* The tokens of TEXT as "tok|tok|tok".                                    */
static char *S_toks(dp_doc *d)
{
    static char out[4096];
    size_t o = 0;
    for (size_t i = 0; i < d->toks.n && o < sizeof out - 64; i++) {
        const dp_token *t = &d->toks.v[i];
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", i ? "|" : "",
                              (int)(t->b1 - t->b0), d->text + t->b0);
    }
    out[o] = 0;
    return out;
}

static void S_expect_toks(const char *text, const char *want)
{
    dp_doc *d = S_run(text, strlen(text));
    assert_string_equal(S_toks(d), want);
    dp_doc_free(d);
}

static void test_elisions(void **state)
{
    (void)state;
    S_expect_toks("l'armée d'Irak qu'il jusqu'à lorsqu'elle puisqu'on",
                  "l'|armée|d'|Irak|qu'|il|jusqu'|à|lorsqu'|elle|puisqu'|on");
    S_expect_toks("L\xe2\x80\x99offensive aujourd'hui", "L\xe2\x80\x99|offensive|aujourd'hui");
    /* a space after the apostrophe, as scraped news often has             */
    S_expect_toks("l' \xc3\x89tat islamique d' Alep qu' il jusqu\xe2\x80\x99 \xc3\xa0",
                  "l'|\xc3\x89tat|islamique|d'|Alep|qu'|il|jusqu\xe2\x80\x99|\xc3\xa0");
    dp_doc *d = S_run("l' Etat", 7);
    assert_true(d->toks.v[0].flags & DP_TF_ELISION);
    assert_int_equal(d->toks.v[0].b1, 2);
    assert_int_equal(d->toks.v[1].b0, 3);
    dp_doc_free(d);
    /* before an opening quotation mark, with or without a space: the
     * elided "de", "que", "le" ("d' « agression »", "qu'« il »")         */
    S_expect_toks("d' \xc2\xab agression \xc2\xbb qu'\xc2\xab il \xc2\xbb l\xe2\x80\x99 \xe2\x80\x9c acte \xe2\x80\x9d",
                  "d'|\xc2\xab|agression|\xc2\xbb|qu'|\xc2\xab|il|\xc2\xbb|l\xe2\x80\x99|\xe2\x80\x9c|acte|\xe2\x80\x9d");
    d = S_run("d' \xc2\xab non \xc2\xbb", 12);
    assert_true(d->toks.v[0].flags & DP_TF_ELISION);
    assert_int_equal(d->toks.v[0].b1, 2);
    assert_int_equal(d->toks.v[1].kind, DP_TOK_QUOTE_OPEN);
    dp_doc_free(d);
    /* not an elision: a closing quote, a digit or a line end after it    */
    S_expect_toks("le mot 'ordre' est", "le|mot|'|ordre|'|est");
    S_expect_toks("l' 2016", "l|'|2016");
    S_expect_toks("l'\nEtat", "l|'|Etat");
}

static void test_clitics_and_hyphens(void **state)
{
    (void)state;
    S_expect_toks("a-t-il déclaré, dit-elle, porte-parole Al-Nomane",
                  "a|-t-il|déclaré|,|dit|-elle|,|porte-parole|Al-Nomane");
    dp_doc *d = S_run("a-t-il", 6);
    assert_true(d->toks.v[1].flags & DP_TF_CLITIC);
    dp_doc_free(d);
}

static void test_numbers(void **state)
{
    (void)state;
    const char *t = "15 000 civils, 15\xc2\xa0" "000 et 15\xe2\x80\xaf" "000, 1,5 million, 1er juin, 2016 200";
    dp_doc *d = S_run(t, strlen(t));
    assert_string_equal(S_toks(d), "15 000|civils|,|15\xc2\xa0" "000|et|15\xe2\x80\xaf" "000|,|1,5|million|,|1er|juin|,|2016|200");
    assert_int_equal(d->toks.v[0].kind, DP_TOK_NUM);
    assert_true(d->toks.v[0].num == 15000);
    assert_true(d->toks.v[3].num == 15000);
    assert_true(d->toks.v[5].num == 15000);
    assert_true(d->toks.v[7].num == 1.5);
    assert_true(d->toks.v[10].num == 1);
    /* a four-digit year is not a thousands group                          */
    assert_true(d->toks.v[13].num == 2016);
    dp_doc_free(d);
    S_expect_toks("à 14h30, le 23/08/2016", "à|14|h|30|,|le|23|/|08|/|2016");
}

static void test_abbreviations(void **state)
{
    (void)state;
    const char *t = "M. Dupont et Mme Durand ont vu le gén. Martin. Le Dr Roux aussi.";
    dp_doc *d = S_run(t, strlen(t));
    assert_int_equal(d->sents.n, 2);
    assert_true(d->toks.v[0].flags & DP_TF_ABBREV);
    dp_doc_free(d);
}

static void test_quotes_hold_sentences(void **state)
{
    (void)state;
    const char *t = "«C'est fini. Nous partons.», a déclaré M. Martin. Il est parti.";
    dp_doc *d = S_run(t, strlen(t));
    assert_int_equal(d->sents.n, 2);
    assert_int_equal(d->toks.v[0].kind, DP_TOK_QUOTE_OPEN);
    assert_true(d->toks.v[1].flags & DP_TF_IN_QUOTE);
    dp_doc_free(d);
    /* a closing mark after the full stop ends the sentence                 */
    t = "Il a dit : « Nous partons. » Le lendemain, ils sont partis.";
    d = S_run(t, strlen(t));
    assert_int_equal(d->sents.n, 2);
    dp_doc_free(d);
}

static void test_lost_full_stop(void **state)
{
    (void)state;
    const char *t = "la déstabilisation de la Syrie Les forces spéciales ont lancé une offensive. "
                    "Il lit le journal Le Monde chaque jour.";
    dp_doc *d = S_run(t, strlen(t));
    assert_int_equal(d->sents.n, 3);
    dp_doc_free(d);
}

/* Every opener of a lost full stop by its first letter, and words that
 * only begin like one (Cet, Aussi, Lesquels) or are not one (Pierre).   */
static void test_lost_stop_openers(void **state)
{
    (void)state;
    static const char *const open[] = {
        "Le", "La", "Les", "Un", "Une", "Des", "Ce", "Cette", "Ces", "Il", "Elle", "Ils",
        "Elles", "On", "Nous", "Selon", "Mais", "Cependant", "Pourtant", "Depuis", "En",
        "Au", "Aux", "Dans"};
    static const char *const other[] = {"Cet", "Aussi", "Lesquels", "Pierre", "Enfin", "Sel"};
    char t[160];
    for (size_t k = 0; k < sizeof open / sizeof *open; k++) {
        snprintf(t, sizeof t, "le convoi traverse la vall\xc3\xa9" "e %s soldats attendent", open[k]);
        dp_doc *d = S_run(t, strlen(t));
        if (d->sents.n != 2) fail_msg("%s: %zu sentences", open[k], d->sents.n);
        dp_doc_free(d);
    }
    for (size_t k = 0; k < sizeof other / sizeof *other; k++) {
        snprintf(t, sizeof t, "le convoi traverse la vall\xc3\xa9" "e %s soldats attendent", other[k]);
        dp_doc *d = S_run(t, strlen(t));
        if (d->sents.n != 1) fail_msg("%s: %zu sentences", other[k], d->sents.n);
        dp_doc_free(d);
    }
}

/* Each token's sentence and paragraph are those that hold it, and only a
 * sentence's first token has DP_TF_SENT_START.                           */
static void test_sentence_indexes(void **state)
{
    (void)state;
    const char *t = "Titre du jour\n\nLe maire a parl\xc3\xa9. Il a dit : \xc2\xab Nous restons. \xc2\xbb "
                    "La s\xc3\xa9" "ance a dur\xc3\xa9 deux heures.\nUne autre ligne ici sans point\n"
                    "Dernier mot.";
    dp_doc *d = S_run(t, strlen(t));
    assert_true(d->sents.n >= 5);
    assert_int_equal(d->paras.n, 4);
    uint32_t next = 0;
    for (size_t si = 0; si < d->sents.n; si++) {
        const dp_sentence *s = &d->sents.v[si];
        assert_int_equal(s->t0, next);
        assert_true(s->t1 > s->t0);
        next = s->t1;
        const dp_paragraph *p = &d->paras.v[s->para];
        assert_true(p->t0 <= s->t0 && s->t1 <= p->t1);
        for (uint32_t k = s->t0; k < s->t1; k++) {
            assert_int_equal(d->toks.v[k].sent, (int32_t)si);
            assert_int_equal(d->toks.v[k].para, s->para);
            assert_int_equal((d->toks.v[k].flags & DP_TF_SENT_START) != 0, k == s->t0);
        }
    }
    assert_int_equal(next, d->toks.n);
    dp_doc_free(d);
}

static void test_paragraphs(void **state)
{
    (void)state;
    const char *t = "Premier paragraphe. Encore.\n\nDeuxième paragraphe\nTroisième.";
    dp_doc *d = S_run(t, strlen(t));
    assert_int_equal(d->paras.n, 3);
    assert_int_equal(d->sents.n, 4);
    dp_doc_free(d);
}

static void test_repeated_passage(void **state)
{
    (void)state;
    const char *t =
        "Les forces ont renforcé leurs positions autour de la ville. Elle devrait servir "
        "de base pour la grande bataille prévue dans les semaines à venir. Le maire a parlé "
        "aux habitants hier soir. Les forces ont renforcé leurs positions autour de la ville. "
        "Elle devrait servir de base pour la bataille prévue dans les semaines à venir. "
        "La suite est inédite et personne ne la connaît encore.";
    dp_doc *d = S_run(t, strlen(t));
    assert_int_equal(d->repeats.n, 1);
    const char *second = strstr(t + 10, "Les forces ont");
    uint32_t cp = 0;                      /* code points before it         */
    for (const char *p = t; p < second; p++) cp += ((unsigned char)*p & 0xC0) != 0x80;
    assert_int_equal(d->repeats.v[0].c0, cp);
    assert_int_equal(d->repeats.v[0].same_c0, 0);
    assert_int_equal(d->sents.v[3].repeat_of, 0);
    assert_int_equal(d->sents.v[4].repeat_of, 1);
    assert_int_equal(d->sents.v[5].repeat_of, -1);
    dp_doc_free(d);
}

/* A longer sentence that holds a short earlier line among much else is no
 * repeat of it; an edited copy or a sentence told again with a few more
 * words still is.                                                         */
static void test_repeat_containment(void **state)
{
    (void)state;
    const char *t =
        "Communiqué de la société des lecteurs du journal. "
        "La direction a répondu mardi aux critiques publiées dans le communiqué de la société "
        "des lecteurs du journal en annonçant un audit de la rédaction et un médiateur indépendant. "
        "La route du col restait fermée par des gendarmes. "
        "La route du col restait toujours fermée par des gendarmes tandis que la vallée rouvrait.";
    dp_doc *d = S_run(t, strlen(t));
    assert_int_equal(d->sents.n, 4);
    assert_int_equal(d->sents.v[1].repeat_of, -1);   /* 5 times as long */
    assert_int_equal(d->sents.v[3].repeat_of, 2);    /* twice as long   */
    dp_doc_free(d);
}

static void test_invalid_utf8_offsets(void **state)
{
    (void)state;
    /* two invalid bytes count as two code points: "Irak" starts at 6     */
    const char t[] = "ab\xff\xfe c Irak";
    dp_doc *d = S_run(t, sizeof t - 1);
    assert_int_equal(d->nbad, 2);
    const dp_token *last = &d->toks.v[d->toks.n - 1];
    assert_string_equal(last->norm, "irak");
    assert_int_equal(last->c0, 7);
    dp_doc_free(d);
}

static void test_hostile_input(void **state)
{
    (void)state;
    dp_doc *d = dp_doc_new(model);
    /* empty, only punctuation, NUL bytes, truncated sequence              */
    assert_int_equal(dp_doc_annotate(d, "", 0, NULL), DP_OK);
    assert_int_equal(d->toks.n, 0);
    assert_int_equal(dp_doc_annotate(d, "!!!???...,,,;;;«»«»", strlen("!!!???...,,,;;;«»«»"), NULL), DP_OK);
    assert_int_equal(dp_doc_annotate(d, "a\0b\0\0c", 6, NULL), DP_OK);
    assert_int_equal(d->toks.n, 3);
    assert_int_equal(dp_doc_annotate(d, "\xe2\x80", 2, NULL), DP_OK);
    assert_int_equal(d->nbad, 2);
    /* an unclosed quote must not swallow the following paragraphs         */
    const char *unclosed = "« jamais fermé. Suite.\nAutre. Fin.";
    assert_int_equal(dp_doc_annotate(d, unclosed, strlen(unclosed), NULL), DP_OK);
    assert_true(d->sents.n >= 3);
    /* a 10 MB line of words, 10 MB of one repeated word, 10 MB of random
     * bytes: the text layer (this file's subject) takes them linearly     */
    size_t n = 10u << 20;
    char *big = malloc(n);
    assert_non_null(big);
    for (size_t i = 0; i < n; i++) big[i] = "La ville. "[i % 10];
    assert_int_equal(dp_doc_run_text(d, big, n), DP_OK);
    assert_true(d->sents.n > 100000);
    for (size_t i = 0; i < n; i++) big[i] = "aaaa "[i % 5];
    assert_int_equal(dp_doc_run_text(d, big, n), DP_OK);
    assert_int_equal(d->toks.n, n / 5);
    srand(7);
    for (size_t i = 0; i < n; i++) big[i] = (char)(rand() & 0xff);
    assert_int_equal(dp_doc_run_text(d, big, n), DP_OK);
    assert_true(d->nbad > 0);
    /* and the whole pipeline on a 1 MB slice of them                       */
    assert_int_equal(dp_doc_annotate(d, big, 1u << 20, NULL), DP_OK);
    free(big);
    /* over the cap: refused, handle still usable                          */
    dp_doc_options o = {.max_bytes = 10};
    assert_int_equal(dp_doc_annotate(d, "0123456789AB", 12, &o), DP_ERR_TOO_BIG);
    assert_int_equal(dp_doc_annotate(d, "ok", 2, NULL), DP_OK);
    dp_doc_free(d);
}

/* The handle's memo of folded forms: one record per form, kept from one
 * document to the next, and a warm handle annotates exactly as a fresh
 * one does.                                                               */
static void test_form_memo(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Des combats ont eu lieu mardi près de Mossoul, au nord de l'Irak, a "
        "annoncé le ministère irakien. Plus de 200 personnes ont fui vers Erbil.",
        "Au Caire, trois jours plus tard, la police a arrêté cinquante manifestants "
        "dans le désert syrien et à Qayyarah, selon l'AFP.",
    };
    dp_doc *warm = dp_doc_new(model);
    assert_non_null(warm);
    for (int round = 0; round < 2; round++)
        for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
            dp_doc_options o = {.published = "2016-08-24"};
            assert_int_equal(dp_doc_annotate(warm, texts[k], strlen(texts[k]), &o), DP_OK);
            dp_doc *fresh = S_annotate(texts[k], strlen(texts[k]), "2016-08-24");
            S_same_json(warm, fresh);
            for (uint32_t i = 0; i < warm->toks.n; i++) {
                dp_form *f = dp_tok_form(warm, i);
                assert_string_equal(f->key, warm->toks.v[i].norm);
                assert_ptr_equal(f, dp_form_of(warm, warm->toks.v[i].norm));
            }
            dp_doc_free(fresh);
        }
    dp_form *f = dp_form_of(warm, "mossoul");
    assert_ptr_equal(f, dp_form_of(warm, "mossoul"));
    assert_ptr_not_equal(f, dp_form_of(warm, "mossou"));
    dp_doc_free(warm);
}

/* The form memo grows past its first table (65,536 slots, half of them
 * used): the records made before keep their address and are found again
 * after each doubling, and a handle whose memo grew annotates as a fresh
 * one does.  Past its largest table, new forms get a record of the
 * document's (not kept: asked again, another record).                   */
static void test_form_memo_grows(void **state)
{
    (void)state;
    dp_doc *d = dp_doc_new(model);
    assert_non_null(d);
    enum { N = 300000 };
    dp_form **rec = malloc(N * sizeof *rec);
    assert_non_null(rec);
    char key[16];
    size_t kept = 0;
    for (unsigned k = 0; k < N; k++) {
        snprintf(key, sizeof key, "f%07u", k);
        rec[k] = dp_form_of(d, key);
        assert_string_equal(rec[k]->key, key);
        if (rec[k]->arena != &d->arena) kept++;
        else assert_true(kept > 32768);   /* the document's only once full */
    }
    assert_true(kept > 32768);            /* more than the first table held */
    assert_int_equal(d->formmemo->used, kept);
    assert_true(2 * d->formmemo->used <= d->formmemo->nslots);
    for (unsigned k = 0; k < N; k++) {
        snprintf(key, sizeof key, "f%07u", k);
        dp_form *f = dp_form_of(d, key);
        if (k < kept) assert_ptr_equal(f, rec[k]);   /* the same record, found again */
        else assert_ptr_not_equal(f, rec[k]);        /* not kept: a new one    */
        assert_string_equal(f->key, key);
    }
    free(rec);
    static const char text[] = "Trois policiers ont été blessés lundi à Lyon lors d'une manifestation, "
                               "a indiqué la préfecture du Rhône.";
    dp_doc_options o = {.published = "2019-03-04"};
    assert_int_equal(dp_doc_annotate(d, text, strlen(text), &o), DP_OK);
    dp_doc *fresh = S_annotate(text, strlen(text), "2019-03-04");
    S_same_json(d, fresh);
    dp_doc_free(fresh);
    dp_doc_free(d);
}

/* Words of every length up to 24 bytes at the very end of the text (the
 * tokenizer lowercases eight bytes at a time), and their flags.          */
static void test_word_lengths_at_end(void **state)
{
    (void)state;
    for (size_t n = 1; n <= 24; n++) {
        char text[32], want[32];
        for (size_t i = 0; i < n; i++) {
            text[i] = (char)(i % 2 ? 'a' + i : 'A' + i);
            want[i] = (char)('a' + i);
        }
        text[n] = want[n] = 0;
        dp_doc *d = S_run(text, n);
        assert_int_equal(d->toks.n, 1);
        assert_string_equal(d->toks.v[0].norm, want);
        assert_string_equal(d->toks.v[0].lower, want);
        assert_true(d->toks.v[0].flags & DP_TF_CAP);
        assert_false(d->toks.v[0].flags & DP_TF_UPPER);   /* mixed case */
        dp_doc_free(d);
        /* all upper case: UPPER from two letters on                        */
        for (size_t i = 0; i < n; i++) text[i] = (char)('A' + i);
        d = S_run(text, n);
        assert_int_equal((d->toks.v[0].flags & DP_TF_UPPER) != 0, n >= 2);
        assert_string_equal(d->toks.v[0].norm, want);
        dp_doc_free(d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_elisions),
        cmocka_unit_test(test_word_lengths_at_end),
        cmocka_unit_test(test_clitics_and_hyphens),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_quotes_hold_sentences),
        cmocka_unit_test(test_lost_full_stop),
        cmocka_unit_test(test_lost_stop_openers),
        cmocka_unit_test(test_sentence_indexes),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_repeated_passage),
        cmocka_unit_test(test_repeat_containment),
        cmocka_unit_test(test_invalid_utf8_offsets),
        cmocka_unit_test(test_form_memo),
        cmocka_unit_test(test_form_memo_grows),
        cmocka_unit_test(test_hostile_input),
    };
    return cmocka_run_group_tests_name("text", tests, S_setup, S_teardown);
}
