/*
 * test_utf8.c -- unit tests of the UTF-8 layer (src/text/utf8.c): decoding
 * with repair, the folded key, lowercasing, and the decode stage seen
 * through the public API (invalid bytes count as one code point each).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include <utf8proc.h>

#include "depeche.h"
#include "text/text.h"

/* ---- dp_utf8_next ------------------------------------------------------ */
static void S_next(const char *s, size_t n, size_t want_k, int32_t want_cp, int want_bad)
{
    int32_t cp = -1;
    int bad = -1;
    size_t k = dp_utf8_next(s, n, &cp, &bad);
    assert_int_equal(k, want_k);
    assert_int_equal(cp, want_cp);
    assert_int_equal(bad, want_bad);
}

static void test_next_valid(void **st)
{
    (void)st;
    S_next("a", 1, 1, 'a', 0);
    S_next("\xc3\xa9", 2, 2, 0xE9, 0);              /* é */
    S_next("\xe2\x80\x99", 3, 3, 0x2019, 0);        /* ’ */
    S_next("\xf0\x9f\x98\x80", 4, 4, 0x1F600, 0);   /* 😀 */
    S_next("\xef\xbf\xbd", 3, 3, 0xFFFD, 0);        /* a real U+FFFD is valid */
    S_next("\0", 1, 1, 0, 0);                       /* NUL is a code point */
}

static void test_next_invalid(void **st)
{
    (void)st;
    S_next("\xff", 1, 1, 0xFFFD, 1);                /* never valid */
    S_next("\x80", 1, 1, 0xFFFD, 1);                /* lone continuation */
    S_next("\xc0\xaf", 2, 1, 0xFFFD, 1);            /* overlong '/' */
    S_next("\xe0\x80\xaf", 3, 1, 0xFFFD, 1);        /* overlong, 3 bytes */
    S_next("\xed\xa0\x80", 3, 1, 0xFFFD, 1);        /* surrogate U+D800 */
    S_next("\xf4\x90\x80\x80", 4, 1, 0xFFFD, 1);    /* > U+10FFFF */
    S_next("\xc3", 1, 1, 0xFFFD, 1);                /* truncated at the end */
    S_next("\xe2\x80", 2, 1, 0xFFFD, 1);            /* truncated 3-byte */
    S_next("\xc3(", 2, 1, 0xFFFD, 1);               /* bad continuation */
}

static void test_put_roundtrip(void **st)
{
    (void)st;
    int32_t cps[] = {'x', 0xE9, 0x2019, 0x1F600};
    for (size_t i = 0; i < 4; i++) {
        char buf[4];
        size_t l = dp_utf8_put(cps[i], buf);
        int32_t back;
        int bad;
        assert_int_equal(dp_utf8_next(buf, l, &back, &bad), l);
        assert_int_equal(back, cps[i]);
        assert_int_equal(bad, 0);
    }
}

/* ---- dp_fold / dp_lower ------------------------------------------------- */
static void S_fold_is(const char *in, const char *want)
{
    char out[256];
    size_t n = dp_fold(in, strlen(in), out, sizeof out);
    assert_string_equal(out, want);
    assert_int_equal(n, strlen(want));
}

static void test_fold(void **st)
{
    (void)st;
    S_fold_is("Général", "general");
    S_fold_is("L\xe2\x80\x99Irak", "l'irak");                 /* L’Irak */
    S_fold_is("\xc5\x92uvre", "oeuvre");                        /* Œuvre */
    S_fold_is("15\xc2\xa0" "000", "15 000");                     /* NBSP */
    S_fold_is("15\xe2\x80\x89" "000", "15 000");                 /* thin space */
    S_fold_is("15\xe2\x80\xaf" "000", "15 000");                 /* narrow NBSP */
    S_fold_is("  Mossoul \t\n au  nord ", "mossoul au nord");
    S_fold_is("porte\xe2\x80\x91parole", "porte-parole");       /* non-breaking hyphen */
    S_fold_is("\xc2\xab" "aube\xc2\xbb", "\"aube\"");            /* « » */
    S_fold_is("", "");
}

static void test_fold_truncates(void **st)
{
    (void)st;
    char out[4];
    size_t n = dp_fold("Général", strlen("Général"), out, sizeof out);
    assert_int_equal(n, 7);           /* the length the whole key needs */
    assert_string_equal(out, "gen");  /* always NUL-terminated */
    assert_int_equal(dp_fold("abc", 3, NULL, 0), 3);
}

static void test_fold_invalid(void **st)
{
    (void)st;
    char out[32];
    /* a bad byte must not crash nor swallow the following letters */
    dp_fold("a\xff" "b", 3, out, sizeof out);
    assert_non_null(strchr(out, 'a'));
    assert_non_null(strchr(out, 'b'));
}

static void test_lower(void **st)
{
    (void)st;
    char out[64];
    dp_lower("Général", strlen("Général"), out, sizeof out);
    assert_string_equal(out, "général");
    dp_lower("ÉTÉ", strlen("ÉTÉ"), out, sizeof out);
    assert_string_equal(out, "été");
    dp_lower("L\xe2\x80\x99" "Arm\xc3\xa9" "e", strlen("L\xe2\x80\x99" "Arm\xc3\xa9" "e"), out, sizeof out);
    assert_string_equal(out, "l'armée");
}

/* The paths of S_fold: runs of ASCII written without a test of the room
 * per byte (only when the rest fits: a run cut by CAP still truncates),
 * the letters U+00C0..U+00FF and oe by table, the rest one by one.       */
static void test_fold_paths(void **st)
{
    (void)st;
    char out[64];
    assert_int_equal(dp_fold("Le Monde", 8, out, 6), 8);
    assert_string_equal(out, "le mo");
    assert_int_equal(dp_fold("abc", 3, out, 4), 3);
    assert_string_equal(out, "abc");
    assert_int_equal(dp_fold("abc", 3, out, 3), 3);
    assert_string_equal(out, "ab");
    assert_int_equal(dp_fold("d\xc3\xa9j\xc3\xa0", 6, out, 3), 4);   /* déjà */
    assert_string_equal(out, "de");
    S_fold_is("\xc5\x93IL \xc3\x86THER", "oeil aether");              /* œIL ÆTHER */
    S_fold_is("A`b\x01" "C\x7f", "a'b\x01" "c\x7f");
    S_fold_is("\xc3\x87" "A \xc3\x97 \xc3\xbf", "ca \xc3\x97 y");        /* ÇA × ÿ */
    S_fold_is(" \"x\"\t-\r\x0b" "y ", "\"x\" - y");
    dp_lower("\xc5\x92UVRE \xc3\x89T\xc3\x89", 13, out, sizeof out);   /* ŒUVRE ÉTÉ */
    assert_string_equal(out, "oeuvre \xc3\xa9t\xc3\xa9");
}

/* ---- The decode stage through the public API ----------------------------- */
static json_t *S_annotate(const char *text, size_t len)
{
    dp_model *m = NULL;
    assert_int_equal(dp_model_open(NULL, &m), DP_OK);
    dp_doc *d = dp_doc_new(m);
    assert_non_null(d);
    assert_int_equal(dp_doc_annotate(d, text, len, NULL), DP_OK);
    const char *js;
    size_t n;
    assert_int_equal(dp_doc_json(d, &js, &n), DP_OK);
    json_error_t err;
    json_t *doc = json_loadb(js, n, JSON_ALLOW_NUL, &err);
    if (!doc) fail_msg("output is not JSON: %s", err.text);
    dp_doc_free(d);
    dp_model_close(m);
    return doc;
}

/* The precomputed fold table (src/text/foldtab.h) agrees with utf8proc
 * for every letter and mark U+0080..U+024F, alone and inside a word.      */
static void test_fold_table(void **st)
{
    (void)st;
    for (int32_t cp = 0x80; cp < 0x250; cp++) {
        utf8proc_category_t c = utf8proc_category(cp);
        if (c < UTF8PROC_CATEGORY_LU || c > UTF8PROC_CATEGORY_ME) continue;
        if (cp == 0x0153 || cp == 0x0152 || cp == 0x00E6 || cp == 0x00C6) continue;
        for (int strip = 0; strip < 2; strip++) {
            utf8proc_int32_t buf[16];
            int last = 0;
            utf8proc_option_t opt = UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                (strip ? UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK : UTF8PROC_COMPOSE);
            utf8proc_ssize_t k = utf8proc_decompose_char(cp, buf, 16, opt, &last);
            if (k < 0 || k > 16) { buf[0] = cp; k = 1; }
            if (!strip && k > 1) {
                k = utf8proc_normalize_utf32(buf, k, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
                if (k < 0) { buf[0] = cp; k = 1; }
            }
            char want[64] = "x", in[16] = "x", out[64];
            size_t wn = 1, n = 1;
            for (utf8proc_ssize_t j = 0; j < k; j++) wn += dp_utf8_put(buf[j], want + wn);
            want[wn++] = 'y';
            want[wn] = 0;
            n += dp_utf8_put(cp, in + n);
            in[n++] = 'Y';
            size_t got = strip ? dp_fold(in, n, out, sizeof out) : dp_lower(in, n, out, sizeof out);
            assert_int_equal(got, wn);
            assert_string_equal(out, want);
        }
    }
}

/* The class table (dp_cp_latin_class) agrees with utf8proc's categories,
 * and dp_cp_is_letter / dp_cp_is_upper that read it with utf8proc.        */
static void test_class_table(void **st)
{
    (void)st;
    for (int32_t cp = 0x80; cp < 0x800; cp++) {
        utf8proc_category_t c = utf8proc_category(cp);
        int letter = c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
        int upper = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
        assert_int_equal(dp_cp_is_letter(cp) != 0, letter);
        assert_int_equal(dp_cp_is_upper(cp) != 0, upper);
        if (cp < DP_CPC_HI) {
            assert_int_equal((dp_cp_latin_class[cp - DP_CPC_LO] & DP_CPC_LETTER) != 0, letter);
            assert_int_equal((dp_cp_latin_class[cp - DP_CPC_LO] & DP_CPC_UPPER) != 0, upper);
        }
    }
}

/* dp_fold_lower_latin gives dp_fold and dp_lower, or declines (spaces,
 * the backquote, code points past U+024F, a truncated sequence).        */
static void test_fold_lower_latin(void **st)
{
    (void)st;
    static const struct { const char *w; int ok; } cases[] = {
        {"G\xc3\xa9n\xc3\xa9" "ral", 1}, {"\xc5\x92uvre", 1}, {"L'\xc3\x89tat", 1},
        {"porte-parole", 1}, {"\xc3\x86\xc3\x9f\xc2\xbd\xc2\xb4", 1}, {"\"q\"", 1},
        {"\x7f", 1}, {"a\xc2\xa0" "b", 0}, {"a\xc2\x85", 0}, {"x\xc9\x90", 0},
        {"a`b", 0}, {"a b", 0}, {"\xce\xb1", 0}, {"\xc3", 0}, {NULL, 0}};
    for (size_t c = 0; cases[c].w; c++) {
        const char *w = cases[c].w;
        size_t n = strlen(w), nf, nl;
        char fold[64], lower[64], want[64];
        int ok = dp_fold_lower_latin(w, n, fold, &nf, lower, &nl);
        assert_int_equal(ok, cases[c].ok);
        if (!ok) continue;
        assert_int_equal(nf, dp_fold(w, n, want, sizeof want));
        assert_string_equal(fold, want);
        assert_int_equal(nl, dp_lower(w, n, want, sizeof want));
        assert_string_equal(lower, want);
    }
}

static void test_decode_counts(void **st)
{
    (void)st;
    /* "é" + 2 bad bytes + "x": 4 code points, 2 invalid */
    static const char in[] = "\xc3\xa9\xff\xfe" "x";
    json_t *doc = S_annotate(in, sizeof in - 1);
    json_t *stats = json_object_get(doc, "stats");
    assert_int_equal(json_integer_value(json_object_get(stats, "code_points")), 4);
    assert_int_equal(json_integer_value(json_object_get(stats, "invalid_bytes")), 2);
    assert_int_equal(json_integer_value(json_object_get(doc, "invalid_bytes")), 2);
    json_decref(doc);
}

static void test_decode_offsets(void **st)
{
    (void)st;
    /* 3 bad bytes, then a sentence told twice: the repeated passage must
     * start where Python's text[...] would put it (each bad byte is one
     * code point), and its text must be the sentence.                    */
    static const char sent[] =
        "Les forces irakiennes ont renforc\xc3\xa9 leurs positions autour de la ville "
        "avant la grande bataille pr\xc3\xa9vue dans les semaines \xc3\xa0 venir, "
        "selon des sources militaires.";
    char in[1024];
    int n = snprintf(in, sizeof in, "\xff\xfe\xfd %s\n\nAutre chose ici.\n\n%s\n", sent, sent);
    json_t *doc = S_annotate(in, (size_t)n);
    json_t *rep = json_array_get(json_object_get(doc, "repeated"), 0);
    if (!rep) {
        json_decref(doc);
        skip(); /* no repeated-passage stage yet */
    }
    size_t ncp = 0;
    for (const char *p = sent; *p;) {
        int32_t cp;
        p += dp_utf8_next(p, strlen(p), &cp, NULL);
        ncp++;
    }
    size_t start = 4 + ncp + 2 + 16 + 2; /* "???" + " ", sent, "\n\n", "Autre chose ici.", "\n\n" */
    assert_int_equal(json_integer_value(json_object_get(rep, "start")), start);
    assert_int_equal(json_integer_value(json_object_get(rep, "end")), start + ncp);
    assert_string_equal(json_string_value(json_object_get(rep, "text")), sent);
    json_decref(doc);
}

/* The decode stage checks 16 bytes at a time: every valid and invalid
 * sequence at every position across a block's end, among ASCII and
 * accented letters, must count as the plain decoder counts it.           */
static void test_decode_blocks(void **st)
{
    (void)st;
    static const char *const seqs[] = {
        "\xc3\xa9", "\xc3\x89", "\xe2\x82\xac", "\xe2\x80\x99", "\xf0\x9d\x84\x9e",
        "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa4\x85", "\xc3", "\xc1\xbf", "\xf4\x90\x80\x80",
        "\x80", "\xbf\xbf", "\xef\xbb\xbf", "\xe2\x82", "\xf0\x9d\x84"};
    dp_model *m = NULL;
    assert_int_equal(dp_model_open(NULL, &m), DP_OK);
    dp_doc *d = dp_doc_new(m);
    assert_non_null(d);
    char buf[160];
    for (size_t q = 0; q < sizeof seqs / sizeof *seqs; q++) {
        for (size_t k = 0; k < 40; k++) {
            /* k ASCII bytes, the sequence, accented letters, the sequence */
            size_t n = 0;
            for (size_t i = 0; i < k; i++) buf[n++] = (char)('a' + i % 26);
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s \xc3\xa9t\xc3\xa9 %s%s", seqs[q],
                                  seqs[q], k % 2 ? "" : "fin de la phrase.");
            size_t ncp = 0, nbad = 0;
            for (size_t i = 0; i < n; ncp++) {
                int32_t cp;
                int bad;
                i += dp_utf8_next(buf + i, n - i, &cp, &bad);
                nbad += bad != 0;
            }
            assert_int_equal(dp_doc_annotate(d, buf, n, NULL), DP_OK);
            dp_doc_stats stats;
            dp_doc_get_stats(d, &stats);
            assert_int_equal(stats.code_points, ncp);
            assert_int_equal(stats.invalid_bytes, nbad);
        }
    }
    dp_doc_free(d);
    dp_model_close(m);
}

static void test_json_escapes(void **st)
{
    (void)st;
    /* metadata with quotes, control characters and a bad byte stays JSON */
    dp_model *m = NULL;
    assert_int_equal(dp_model_open(NULL, &m), DP_OK);
    dp_doc *d = dp_doc_new(m);
    dp_doc_options o = {.id = "a\"b\\c\n\x01\xff", .title = "t\xe2\x80\xa8u"};
    assert_int_equal(dp_doc_annotate(d, "x", 1, &o), DP_OK);
    const char *js;
    size_t n;
    assert_int_equal(dp_doc_json(d, &js, &n), DP_OK);
    assert_null(strchr(js, '\n'));
    assert_non_null(strstr(js, "\\u2028"));
    json_error_t err;
    json_t *doc = json_loadb(js, n, 0, &err);
    if (!doc) fail_msg("output is not JSON: %s", err.text);
    assert_string_equal(json_string_value(json_object_get(doc, "id")), "a\"b\\c\n\x01\xef\xbf\xbd");
    const char *keys[] = {"id", "published", "lang", "duplicate_of", "repeated", "entities",
                          "places", "times", "quantities", "quotes", "events"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (!json_object_get(doc, keys[i])) fail_msg("key %s missing", keys[i]);
    json_decref(doc);
    dp_doc_free(d);
    dp_model_close(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_next_valid),     cmocka_unit_test(test_next_invalid),
        cmocka_unit_test(test_put_roundtrip),  cmocka_unit_test(test_fold),
        cmocka_unit_test(test_fold_truncates), cmocka_unit_test(test_fold_invalid),
        cmocka_unit_test(test_lower),          cmocka_unit_test(test_fold_paths),
        cmocka_unit_test(test_decode_counts),
        cmocka_unit_test(test_decode_offsets), cmocka_unit_test(test_json_escapes),
        cmocka_unit_test(test_decode_blocks),
        cmocka_unit_test(test_fold_table),
        cmocka_unit_test(test_class_table),
        cmocka_unit_test(test_fold_lower_latin),
    };
    return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
