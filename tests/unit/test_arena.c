/*
 * test_arena.c -- the document arena: zeroed allocations of every small
 * size are zero and leave the bytes after them alone, in a reused block
 * whose old bytes are not zero; joined strings are the parts end to end.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "arena.h"

static void S_no_oom(void *ctx) { (void)ctx; fail_msg("arena out of memory"); }

/* Sizes 0..300 in a reused block full of 0xEE: each zeroed allocation
 * reads zero, and the bytes after it (the next allocation's) are still
 * 0xEE.                                                                  */
static void test_zeroed_sizes(void **state)
{
    (void)state;
    dp_arena a;
    dp_arena_init(&a, S_no_oom, NULL);
    memset(dp_arena_alloc_raw(&a, 60000), 0xEE, 60000);
    dp_arena_reset(&a);   /* the block comes back dirty as a spare */
    for (size_t n = 0; n <= 300; n++) {
        unsigned char *z = dp_arena_alloc(&a, n);
        size_t room = n ? (n + 15) / 16 * 16 : 16;
        for (size_t i = 0; i < n; i++)
            if (z[i]) fail_msg("byte %zu of a zeroed %zu-byte allocation is %u", i, n, z[i]);
        for (size_t i = room; i < room + 16; i++)
            if (z[i] != 0xEE) fail_msg("a zeroed %zu-byte allocation wrote byte %zu", n, i);
    }
    dp_arena_free(&a);
}

/* dp_arena_join and dp_arena_concat agree with snprintf's "%s%s..." on
 * empty parts, one part, many parts, and a string longer than a block.    */
static void test_join(void **state)
{
    (void)state;
    dp_arena a;
    dp_arena_init(&a, S_no_oom, NULL);
    assert_string_equal(DP_ARENA_JOIN(&a, ""), "");
    assert_string_equal(DP_ARENA_JOIN(&a, "verb:"), "verb:");
    assert_string_equal(DP_ARENA_JOIN(&a, "verb:", "attaquer", "", "+subj", "+obj", "", "+toll", "+x", "+y", "+z"),
                        "verb:attaquer+subj+obj+toll+x+y+z");
    assert_string_equal(dp_arena_concat(&a, "noun:", "offensive"), "noun:offensive");
    static char big[100001];
    memset(big, 'a', sizeof big - 1);
    char *j = DP_ARENA_JOIN(&a, "<", big, ">");
    assert_int_equal(strlen(j), sizeof big + 1);
    assert_true(j[0] == '<' && j[1] == 'a' && j[sizeof big] == '>');
    dp_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zeroed_sizes),
        cmocka_unit_test(test_join),
    };
    return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
