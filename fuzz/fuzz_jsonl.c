/*
 * fuzz_jsonl.c -- libFuzzer target: the command's input reader
 * (cli/input.c: JSON Lines, plain text with date guessing, .gz and .zst
 * decompression) on arbitrary bytes.  The first byte picks the kind of
 * file (.jsonl, .jsonl.gz, .jsonl.zst, .txt); the rest is its content,
 * written to a temporary file and read back with cli_read().  Each item
 * must have text or an error; every byte of its text must be readable.
 * Build and run: make fuzz (clang, -fsanitize=fuzzer,address,undefined).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static int S_item(void *ctx, const cli_item *it)
{
    size_t *n = ctx;
    if (!it->error && !it->text) abort();
    unsigned sum = 0;   /* every byte of the text is readable (ASan) */
    for (size_t i = 0; it->text && i < it->len; i++) sum += (unsigned char)it->text[i];
    *n += sum & 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const ext[] = {".jsonl", ".jsonl.gz", ".jsonl.zst", ".txt"};
    static char path[4][64];
    if (!path[0][0]) {
        FILE *null = fopen("/dev/null", "w");   /* FILE:LINE messages: too many; */
        if (null) stderr = null;                /* fd 2 stays for the sanitizers */
        for (int i = 0; i < 4; i++)
            snprintf(path[i], sizeof path[i], "/tmp/fuzz_jsonl.%d%s", (int)getpid(), ext[i]);
    }
    if (size == 0) return 0;
    const char *p = path[data[0] & 3];
    FILE *f = fopen(p, "wb");
    if (!f) return 0;
    fwrite(data + 1, 1, size - 1, f);
    fclose(f);
    cli_opts o = {.quiet = 1, .max_bytes = 1 << 20};
    size_t n = 0;
    cli_read(p, &o, S_item, &n);
    unlink(p);
    return 0;
}
