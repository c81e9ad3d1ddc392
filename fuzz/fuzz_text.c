/*
 * fuzz_text.c -- libFuzzer target for the UTF-8 / text layer (src/text/
 * text.h): dp_utf8_next over arbitrary bytes (every step consumes 1..4
 * bytes and yields a scalar value or U+FFFD; a valid code point re-encodes
 * to the same bytes), the character classes, and dp_fold / dp_lower (the
 * needed length does not depend on the room given, the output is valid
 * UTF-8 and NUL-terminated, a truncated write is a prefix of the full one).
 * Build and run: make fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/text.h"

static void S_check_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int bad;
        size_t k = dp_utf8_next(s + i, n - i, &cp, &bad);
        if (bad || k < 1 || k > n - i) abort();
        i += k;
    }
}

static void S_check_fold(const char *s, size_t n, int strip)
{
    size_t (*f)(const char *, size_t, char *, size_t) = strip ? dp_fold : dp_lower;
    size_t need = f(s, n, NULL, 0);
    char *full = malloc(need + 1);
    if (!full) return;
    memset(full, 'x', need + 1);
    if (f(s, n, full, need + 1) != need || full[need] != 0 || strlen(full) != need) abort();
    S_check_utf8(full, need);
    char small[7];
    if (f(s, n, small, sizeof small) != need) abort();
    size_t sl = strlen(small);
    if (sl >= sizeof small || sl > need || memcmp(small, full, sl) != 0) abort();
    free(full);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    for (size_t i = 0; i < size;) {
        int32_t cp;
        int bad = -1;
        size_t k = dp_utf8_next(s + i, size - i, &cp, &bad);
        if (k < 1 || k > 4 || k > size - i || (bad != 0 && bad != 1)) abort();
        if (bad && (k != 1 || cp != 0xFFFD)) abort();
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) abort();
        if (!bad) {
            char enc[4];
            if (dp_utf8_put(cp, enc) != k || memcmp(enc, s + i, k) != 0) abort();
        }
        (void)(dp_cp_is_letter(cp) + dp_cp_is_upper(cp) + dp_cp_is_digit(cp) +
               dp_cp_is_space(cp) + dp_cp_is_apostrophe(cp) + dp_cp_is_hyphen(cp));
        i += k;
    }
    S_check_fold(s, size, 1);
    S_check_fold(s, size, 0);
    return 0;
}
