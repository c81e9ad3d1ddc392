/*
 * test_jsonnum.c -- the output stage's own number and string writers
 * (src/output/json.c, included here to reach its static functions) give
 * exactly the bytes printf and the former escaping wrote: "%.5f" (place
 * coordinates), "%.3g" (event confidence) and decimal integers, over many
 * values, ties and edge cases included; strings with every byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../src/output/json.c"

static dp_model *S_model;

static dp_doc *S_new_doc(void)
{
    if (!S_model) assert_int_equal(dp_model_open(NULL, &S_model), DP_OK);
    dp_doc *d = dp_doc_new(S_model);
    assert_non_null(d);
    return d;
}

/* The writer's bytes for V (HOW 5 or 3) against printf's.                 */
static void S_check(dp_doc *d, double v, int how)
{
    char want[64];
    snprintf(want, sizeof want, how == 5 ? "%.5f" : "%.3g", v);
    d->out.n = 0;
    if (how == 5) S_fixed5(d, v);
    else S_g3(d, v);
    S_put(d, "", 0);
    if (strcmp(d->out.p, want))
        fail_msg("%.17g as %s: got '%s', want '%s'", v, how == 5 ? "%.5f" : "%.3g", d->out.p, want);
}

static uint64_t S_rng = 88172645463325252ull;
static uint64_t S_next(void)
{
    S_rng ^= S_rng << 13;
    S_rng ^= S_rng >> 7;
    S_rng ^= S_rng << 17;
    return S_rng;
}

static void test_fixed5(void **state)
{
    (void)state;
    dp_doc *d = S_new_doc();
    double edge[] = {0.0, -0.0, 1e-300, -1e-300, 5e-6, 4.999999e-6, 5.000001e-6, 0.000005,
                     0.015625, 0.000015, 0.000025, 1.0 / 3, 99999.999995, 999999999.0,
                     1e9, -1e9, 2e12, 45.5, -45.5, 180.0, -180.0, 1.5e-5, 2.5e-5};
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) S_check(d, edge[i], 5);
    for (int i = 0; i < 200000; i++) {
        uint64_t r = S_next();
        double v = (double)(int64_t)(r % 36000000001ull - 18000000000ull) / 1e8;   /* -180..180 */
        S_check(d, v, 5);
        S_check(d, (double)(float)v, 5);                     /* the gazetteer's floats */
        S_check(d, ldexp((double)(r >> 11), (int)(S_next() % 80) - 100), 5);   /* any scale */
        S_check(d, (double)(int64_t)(r % 2000001 - 1000000) / 128.0 / 1e5, 5); /* ties */
    }
    dp_doc_free(d);
}

static void test_g3(void **state)
{
    (void)state;
    dp_doc *d = S_new_doc();
    double edge[] = {0.0, -0.0, 1.0, 0.1, 0.01, 0.001, 0.0001, 0.00001, 0.09995, 0.0999500001,
                     0.9995, 0.99949999, 0.99951, 0.1005, 0.125, 0.0625, 0.03125, 0.5, 0.75,
                     0.00099995, 0.00009995, 1e-300, 0.2, 0.3, 0.7, 0.85, 0.95};
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++) S_check(d, edge[i], 3);
    for (int i = 0; i < 200000; i++) {
        uint64_t r = S_next();
        S_check(d, (double)(r >> 11) / 9007199254740992.0, 3);        /* [0, 1) */
        S_check(d, (double)(r % 100001) / 100000.0, 3);
        S_check(d, (double)(r % 20001) / 16384.0 / 2, 3);             /* ties */
        S_check(d, ldexp((double)(r >> 11), -53 - (int)(S_next() % 20)), 3);
    }
    dp_doc_free(d);
}

static void test_integers(void **state)
{
    (void)state;
    dp_doc *d = S_new_doc();
    for (int i = 0; i < 100000; i++) {
        uint64_t r = S_next() >> (S_next() % 64);
        char want[32];
        d->out.n = 0;
        S_size(d, (size_t)r);
        S_put(d, "", 0);
        snprintf(want, sizeof want, "%zu", (size_t)r);
        assert_string_equal(d->out.p, want);
        d->out.n = 0;
        S_long(d, (long)r);
        S_put(d, "", 0);
        snprintf(want, sizeof want, "%ld", (long)r);
        assert_string_equal(d->out.p, want);
    }
    dp_doc_free(d);
}

/* The former escaper, kept here as the reference.                        */
static void S_old_strn(dp_buf *b, const char *s, size_t n)
{
    dp_buf_put(b, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char ubuf[8];
        size_t k = 1;
        if (c < 0x80) {
            if (c == '"') esc = "\\\"";
            else if (c == '\\') esc = "\\\\";
            else if (c == '\n') esc = "\\n";
            else if (c == '\t') esc = "\\t";
            else if (c == '\r') esc = "\\r";
            else if (c < 0x20 || c == 0x7f) {
                snprintf(ubuf, sizeof ubuf, "\\u%04x", c);
                esc = ubuf;
            }
        } else {
            int32_t cp;
            int bad;
            k = dp_utf8_next(s + i, n - i, &cp, &bad);
            if (bad) esc = "\\ufffd";
            else if (cp == 0x2028) esc = "\\u2028";
            else if (cp == 0x2029) esc = "\\u2029";
        }
        if (esc) {
            dp_buf_put(b, s + run, i - run);
            dp_buf_puts(b, esc);
            run = i + k;
        }
        i += k;
    }
    dp_buf_put(b, s + run, n - run);
    dp_buf_put(b, "\"", 1);
}

static void test_strings(void **state)
{
    (void)state;
    dp_doc *d = S_new_doc();
    static const char *pieces[] = {"a", "\xc3\xa9", "\xc2\xab", "\xe2\x80\xa8", "\xe2\x80\xa9",
                                   "\xe2\x80\x99", "\xf0\x9f\x98\x80", "\"", "\\", "\n", "\t",
                                   "\r", "\x01", "\x1f", "\x7f", "\xff", "\xc3", "\xe2\x80",
                                   "\xed\xa0\x80", "\xc0\xaf", "\xdf", " ", "-", "\x80",
                                   "plain words", "abcdefgh", "~}|{ 0123456789"};
    size_t np = sizeof pieces / sizeof pieces[0];
    dp_buf ref;
    dp_buf_init(&ref, 0);
    for (int i = 0; i < 50000; i++) {
        char s[512];
        size_t n = 0;
        for (int k = (int)(S_next() % 24); k >= 0; k--) {
            const char *p = pieces[S_next() % np];
            memcpy(s + n, p, strlen(p));
            n += strlen(p);
        }
        ref.n = 0;
        S_old_strn(&ref, s, n);
        d->out.n = 0;
        S_strn(d, s, n);
        assert_int_equal(d->out.n, ref.n);
        assert_memory_equal(d->out.p, ref.p, ref.n);
    }
    dp_buf_free(&ref);
    dp_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed5),
        cmocka_unit_test(test_g3),
        cmocka_unit_test(test_integers),
        cmocka_unit_test(test_strings),
    };
    int r = cmocka_run_group_tests_name("jsonnum", tests, NULL, NULL);
    if (S_model) dp_model_close(S_model);
    return r;
}
