/*
 * fuzz_model.c -- libFuzzer target for the model loader: every input is
 * written to a file and opened with dp_model_open; when it is accepted,
 * every lookup runs on it.  Only a checksum-valid input passes the first
 * check, so the target repairs the checksum of inputs that look like a
 * model (magic present) half of the time, to reach the structural checks.
 *
 * Build and run: `make fuzz` (the seed corpus is a model that build/mkmodel
 * compiles from the unit tests' fixture sources, tests/unit/model-fixture).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/format.h"
#include "model/model.h"

static void S_lookups(const dp_model *m)
{
    static const char *keys[] = { "paris", "mossoul", "baghdad", "irak", "a", "attaque",
                                  "attentat", "irakiens", "", "zzzz", "new" };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        const char *k = keys[i];
        size_t n = strlen(k), c;
        uint32_t ids[8];
        dp_gaz_rec r;
        c = dp_gaz_find(m, k, n, ids, 8);
        for (size_t j = 0; j < c && j < 8; j++)
            if (dp_gaz_get(m, ids[j], &r) == 0 && strlen(r.name) + strlen(r.admin1_name) == 12345)
                abort();
        (void)dp_gaz_has_prefix(m, k, n);
        dp_country co;
        if (dp_demonym_find(m, k, n, &co) == 0 && strlen(co.name_fr) == 12345) abort();
        dp_lex_entry e[8];
        c = dp_lex_find(m, k, n, e, 8);
        for (size_t j = 0; j < c && j < 8; j++)
            if (strlen(e[j].lemma) + strlen(e[j].pos) + strlen(e[j].feats) == 12345) abort();
        const char *v[8];
        c = dp_dict_find(m, "triggers", k, n, v, 8);
        for (size_t j = 0; j < c && j < 8; j++)
            if (strlen(v[j]) == 12345) abort();
        (void)dp_dict_has_prefix(m, "triggers", k, n);
    }
    for (uint32_t i = 0; i < dp_gaz_count(m) && i < 64; i++) {
        dp_gaz_rec r;
        if (dp_gaz_get(m, i, &r) == 0 && strlen(r.name) == 12345) abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0]) snprintf(path, sizeof path, "/tmp/fuzz_model_%ld.model", (long)getpid());
    unsigned char *b = malloc(size ? size : 1);
    if (!b) return 0;
    memcpy(b, data, size);
    if (size > DPM_CRC_FROM && memcmp(b, DPM_MAGIC, 8) == 0 && (size & 1)) {
        uint64_t s = dpm_checksum(b + DPM_CRC_FROM, size - DPM_CRC_FROM);
        for (int k = 0; k < 8; k++) b[24 + k] = (unsigned char)(s >> (8 * k));
        for (int k = 0; k < 8; k++) b[16 + k] = (unsigned char)((uint64_t)size >> (8 * k));
    }
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(b, 1, size, f);
        fclose(f);
        dp_model *m = NULL;
        if (dp_model_open(path, &m) == DP_OK) S_lookups(m);
        (void)strlen(dp_model_errmsg(m));
        (void)strlen(dp_model_describe(m));
        dp_model_close(m);
    }
    free(b);
    return 0;
}
