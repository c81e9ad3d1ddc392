/*
 * test_arena.c -- the document arena: zeroed allocations of every small
 * size are zero and leave the bytes after them alone, in a reused block
 * whose old bytes are not zero; dp_arena_printf's joined %s formats.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
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

/* dp_arena_printf: formats of plain bytes, %s, %c, %d and %ld (written
 * without vsnprintf) give what snprintf gives, NULL strings, negative
 * numbers and long results included; other formats go through vsnprintf. */
static void test_printf_join(void **state)
{
    (void)state;
    dp_arena a;
    dp_arena_init(&a, S_no_oom, NULL);
    char want[600], big[400];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    const char *volatile none = NULL;   /* unknown to the format checks */
    assert_string_equal(dp_arena_printf(&a, "verb:%s%s%s", "tuer", "", "+obj"), "verb:tuer+obj");
    assert_string_equal(dp_arena_printf(&a, "%s", ""), "");
    assert_string_equal(dp_arena_printf(&a, "plain"), "plain");
    snprintf(want, sizeof want, "a%sb%s", none, "c");
    assert_string_equal(dp_arena_printf(&a, "a%sb%s", none, "c"), want);
    snprintf(want, sizeof want, "<%s|%s>", big, "z");
    assert_string_equal(dp_arena_printf(&a, "<%s|%s>", big, "z"), want);
    assert_string_equal(dp_arena_printf(&a, "%04d-%s %%", 7, "x"), "0007-x %");
    static const long nums[] = { 0, 7, -7, 42, -123, 2016, 99999, -2147483647 - 1, 2147483647 };
    for (size_t k = 0; k < sizeof nums / sizeof *nums; k++) {
        int v = (int)nums[k];
        snprintf(want, sizeof want, "%04d-%02d-%d|%5d|%ld|P%s%c|T%02d", v, v, v, v, nums[k] * 3, "T", 'Y', v);
        assert_string_equal(dp_arena_printf(&a, "%04d-%02d-%d|%5d|%ld|P%s%c|T%02d", v, v, v, v,
                                            nums[k] * 3, "T", 'Y', v), want);
    }
    assert_string_equal(dp_arena_printf(&a, "%s%s%s%s%s%s%s%s%s", "1", "2", "3", "4", "5", "6",
                                         "7", "8", "9"), "123456789");
    dp_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zeroed_sizes),
        cmocka_unit_test(test_printf_join),
    };
    return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
