/*
 * fuzz_tokens.c -- libFuzzer target for the tokenizer and the sentence
 * splitter: the text layer alone (dp_doc_run_text: decode, tokens, lemmas,
 * sentences, repeats) on arbitrary bytes, then the invariants the later
 * stages rely on: tokens in order inside the text and the code points,
 * sentences and paragraphs tiling the tokens, every token's sentence and
 * paragraph index matching, repeats inside the document.
 * Build and run: make fuzz (the full model: $DEPECHE_MODEL or build/).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

static dp_model *model;
static dp_doc *doc;

/* Sentences or paragraphs tile [0, ntok): contiguous, non-empty.          */
#define TILES(vec, ntok) do {                                                  \
        uint32_t at_ = 0;                                                      \
        for (size_t i_ = 0; i_ < (vec).n; i_++) {                              \
            if ((vec).v[i_].t0 != at_ || (vec).v[i_].t1 <= (vec).v[i_].t0) abort(); \
            at_ = (vec).v[i_].t1;                                              \
        }                                                                      \
        if (at_ != (ntok)) abort();                                            \
    } while (0)

static void S_check(const dp_doc *d)
{
    uint32_t pb = 0, pc = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        const dp_token *t = &d->toks.v[i];
        if (t->b0 >= t->b1 || t->b1 > d->len || t->b0 < pb) abort();
        if (t->c0 >= t->c1 || t->c1 > d->ncp || t->c0 < pc) abort();
        if (!t->norm || !t->lower || t->kind > DP_TOK_SYM) abort();
        if (t->sent < 0 || (size_t)t->sent >= d->sents.n) abort();
        if (t->para < 0 || (size_t)t->para >= d->paras.n) abort();
        const dp_sentence *s = &d->sents.v[t->sent];
        if (i < s->t0 || i >= s->t1) abort();
        const dp_paragraph *p = &d->paras.v[t->para];
        if (i < p->t0 || i >= p->t1) abort();
        pb = t->b1;
        pc = t->c1;
    }
    TILES(d->sents, d->toks.n);
    TILES(d->paras, d->toks.n);
    for (size_t i = 0; i < d->sents.n; i++)
        if (d->sents.v[i].repeat_of >= (int32_t)i || d->sents.v[i].repeat_of < -1) abort();
    for (size_t i = 0; i < d->repeats.n; i++) {
        const dp_repeat *r = &d->repeats.v[i];
        if (r->c0 >= r->c1 || r->c1 > d->ncp || r->same_c1 > d->ncp ||
            r->same_c0 >= r->same_c1)
            abort();
    }
    if (d->len < d->in_len || d->text[d->len] != 0) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!model) {
        dp_model_open(getenv("DEPECHE_MODEL"), &model);
        doc = dp_doc_new(model);
        if (!doc) abort();
    }
    dp_status st = dp_doc_run_text(doc, (const char *)data, size);
    if (st == DP_ERR_INPUT) return 0;       /* UTF-16, refused */
    if (st != DP_OK) abort();
    S_check(doc);
    return 0;
}
