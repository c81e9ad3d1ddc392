/*
 * test_token_fast.c -- the tokenizer's fast path (src/text/token.c,
 * S_fast) on what it took over from the general code last: dashes
 * (U+2012..U+2015) and numbers with a decimal comma.  Like
 * test_tokdiff.c, token.c is compiled a second time here without its fast
 * path, and both must give the same tokens; here also the same value bit
 * for bit (strtod's, in the general code) and the same sharing of one
 * string by the folded and lowercase forms (stages compare norm == lower).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "doc.h"
#include "text/text.h"

#include "unit.h"

#define DP_TOK_GENERAL_ONLY
#define dp_stage_tokenize S_ref_tokenize
#include "../../src/text/token.c"
#undef dp_stage_tokenize

/* Both tokenizers on S: the same tokens, values and form sharing.        */
static void T_check(const char *s)
{
    size_t len = strlen(s);
    dp_doc *d = dp_doc_new(model);
    assert_non_null(d);
    dp_stage_decode(d, s, len);
    S_ref_tokenize(d);
    size_t rn = d->toks.n;
    dp_token *rt = d->toks.v;
    memset(&d->toks, 0, sizeof d->toks);
    dp_stage_tokenize(d);
    assert_int_equal(d->toks.n, rn);
    for (size_t i = 0; i < rn; i++) {
        const dp_token *a = &d->toks.v[i], *b = &rt[i];
        if (a->b0 != b->b0 || a->b1 != b->b1 || a->c0 != b->c0 || a->c1 != b->c1 ||
            a->kind != b->kind || a->flags != b->flags || strcmp(a->norm, b->norm) ||
            strcmp(a->lower, b->lower) || memcmp(&a->num, &b->num, sizeof a->num) ||
            (a->norm == a->lower) != (b->norm == b->lower)) {
            fprintf(stderr, "token %zu of \"%s\": [%u,%u) kind %u flags %x norm '%s' "
                    "lower '%s' shared %d num %.17g; want [%u,%u) kind %u flags %x "
                    "norm '%s' lower '%s' shared %d num %.17g\n", i, s, a->b0, a->b1,
                    a->kind, a->flags, a->norm, a->lower, a->norm == a->lower, a->num,
                    b->b0, b->b1, b->kind, b->flags, b->norm, b->lower,
                    b->norm == b->lower, b->num);
            fail();
        }
    }
    dp_doc_free(d);
}

static void test_dashes(void **st)
{
    (void)st;
    T_check("a \xe2\x80\x93 b \xe2\x80\x94 c \xe2\x80\x92 d \xe2\x80\x95 e");
    T_check("\xe2\x80\x93" "a\xe2\x80\x94" "b\xe2\x80\x93\xe2\x80\x93 3\xe2\x80\x93" "4 "
            "\xe2\x80\x94\n\xe2\x80\x93 \xc2\xab\xe2\x80\x94\xc2\xbb \xe2\x80\x90 \xe2\x80\x91 "
            "\xe2\x80\x96 \xe2\x80\x91\xe2\x80\x93");
    T_check("fin \xe2\x80\x93");
    T_check("\xe2\x80\x94");
}

static void test_decimals(void **st)
{
    (void)st;
    T_check("1,5 0,1 0,3 2,675 3,14159 12,5 % 99,99 100,0 0,000001 7,");
    T_check("1,5h 2,25H 1,5km 1,5\xc2\xa0% 1,5\xe2\x80\xaf" "% 1,5\xc3\xa9 1,5\xe2\x80\x99 "
            "1,5. 1,5, 1,5,3 1,5.3 1,5 000 1,,5 ,5 1, 5");
    /* 15 digits (exact), then 16 and more (strtod in both)               */
    T_check("12345678901234,5 1,23456789012345 123456789012345,6 1234567,12345678 "
            "9,99999999999999 99999999999999,9 0,123456789012345 0,0000000000000001");
    T_check("1 234,5 12.345,6 3.14 1.500,25 2e,5 1er,5 14,30h 0,5.");
    char buf[64];
    for (unsigned i = 0; i < 2000; i++) {
        unsigned a = i * 7919u % 100000u, b = i * 104729u % 1000u;
        snprintf(buf, sizeof buf, "%u,%u %u,%03u x%u,%u", a, b, b, a % 1000u, a, b);
        T_check(buf);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dashes),
        cmocka_unit_test(test_decimals),
    };
    return cmocka_run_group_tests_name("token_fast", tests, S_setup, S_teardown);
}
