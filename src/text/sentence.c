/*
 * sentence.c -- sentences and paragraphs.
 *
 * A paragraph ends at a line break.  A sentence ends after . ! ? … when the
 * next token starts a sentence (capital, digit, opening quote or dash), but
 * never after an abbreviation (M. Mme gén. initials) and never inside a
 * quotation (« … » / “ … ”), where the sentence goes on until the closing
 * mark; a closing mark right after the final punctuation ends it.  Scraped
 * news often lose a full stop at a line join ("… la Syrie Les forces …"):
 * a capitalised determiner or subject pronoun followed by a lowercase word,
 * right after a content word, starts a new sentence too.
 * Tokens inside quotations get DP_TF_IN_QUOTE.
 * A runaway sentence (a quotation that never closes, a list without full
 * stops) is cut every S_MAX_TOKENS tokens, so that the later stages, which
 * may look across a whole sentence for each of its words, stay linear.
 */
#include "doc.h"

#define S_MAX_TOKENS 1000

static int S_is_final(const dp_token *t)
{
    if (t->kind != DP_TOK_PUNCT) return 0;
    return t->norm[0] == '.' || t->norm[0] == '!' || t->norm[0] == '?' ||
           (t->lower[0] == '\xe2' && !strcmp(t->lower, "\xe2\x80\xa6"));   /* … */
}

static int S_starts_sentence(const dp_token *t)
{
    return (t->flags & DP_TF_CAP) || t->kind == DP_TOK_NUM ||
           t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_DASH;
}

/* Words that, capitalised in mid-text before a lowercase word, open a
 * sentence whose full stop was lost: le la les un une des ce cette ces
 * il elle ils elles on nous selon mais cependant pourtant depuis en au
 * aux dans, by their first letter (each list ends with an empty word). */
static const char *const S_openers_a[] = {"au", "aux", ""};
static const char *const S_openers_c[] = {"ce", "cette", "ces", "cependant", ""};
static const char *const S_openers_d[] = {"des", "depuis", "dans", ""};
static const char *const S_openers_e[] = {"elle", "elles", "en", ""};
static const char *const S_openers_i[] = {"il", "ils", ""};
static const char *const S_openers_l[] = {"le", "la", "les", ""};
static const char *const S_openers_m[] = {"mais", ""};
static const char *const S_openers_n[] = {"nous", ""};
static const char *const S_openers_o[] = {"on", ""};
static const char *const S_openers_p[] = {"pourtant", ""};
static const char *const S_openers_s[] = {"selon", ""};
static const char *const S_openers_u[] = {"un", "une", ""};

static int S_is_opener(const char *w)
{
    const char *const *list;
    switch (w[0]) {
    case 'a': list = S_openers_a; break;
    case 'c': list = S_openers_c; break;
    case 'd': list = S_openers_d; break;
    case 'e': list = S_openers_e; break;
    case 'i': list = S_openers_i; break;
    case 'l': list = S_openers_l; break;
    case 'm': list = S_openers_m; break;
    case 'n': list = S_openers_n; break;
    case 'o': list = S_openers_o; break;
    case 'p': list = S_openers_p; break;
    case 's': list = S_openers_s; break;
    case 'u': list = S_openers_u; break;
    default: return 0;
    }
    for (; (*list)[0]; list++)
        if (!strcmp(*list, w)) return 1;
    return 0;
}

static int S_lost_stop(const dp_doc *d, size_t i)
{
    const dp_token *t = &d->toks.v[i];
    if (i == 0 || i + 1 >= d->toks.n) return 0;
    if (!(t->flags & DP_TF_CAP) || (t->flags & DP_TF_UPPER) || !(t->flags & DP_TF_SPACE)) return 0;
    const dp_token *p = &d->toks.v[i - 1], *n = &d->toks.v[i + 1];
    if (p->kind != DP_TOK_WORD || (p->pos & (DP_POS_DET | DP_POS_PREP | DP_POS_CONJ)) ||
        (p->flags & (DP_TF_ELISION | DP_TF_ABBREV)))
        return 0;
    /* "journal Le Monde", "à La Paz": the next word is capitalised too  */
    if (n->kind != DP_TOK_WORD || (n->flags & DP_TF_CAP)) return 0;
    return S_is_opener(t->norm);
}

/* Sentence [T0, T1) of the paragraph being read (index PARA), its first
 * token marked.                                                          */
static inline void S_push(dp_doc *d, uint32_t t0, uint32_t t1, size_t para)
{
    dp_sentence *s = DP_DPUSH(d, d->sents);
    s->t0 = t0;
    s->t1 = t1;
    s->para = (int32_t)para;
    s->repeat_of = -1;
    d->toks.v[t0].flags |= DP_TF_SENT_START;
}

/* Each token gets its sentence and paragraph as it is read: the sentence
 * open then is the next one pushed (d->sents.n), since a cut before a
 * token comes first and the end after it later; a sentence never spans a
 * paragraph break (one cuts it), so the paragraph open is its paragraph. */
void dp_stage_sentences(dp_doc *d)
{
    size_t n = d->toks.n;
    dp_token *const v = d->toks.v;
    int depth = 0;
    uint32_t s0 = 0, p0 = 0;
    int32_t si = 0, pi = 0;                /* d->sents.n, d->paras.n    */
    for (size_t i = 0; i < n; i++) {
        /* most tokens: words in mid-sentence that start nothing, taken
         * as a run (S_MAX_TOKENS after the sentence's start at most)      */
        size_t lim = (size_t)s0 + S_MAX_TOKENS < n ? (size_t)s0 + S_MAX_TOKENS : n;
        uint32_t inq = depth > 0 ? DP_TF_IN_QUOTE : 0;
        for (; i < lim; i++) {
            dp_token *w = &v[i];
            if (w->kind != DP_TOK_WORD || (w->flags & (DP_TF_PARA_START | DP_TF_CAP))) break;
            w->flags |= inq;
            w->sent = si;
            w->para = pi;
        }
        if (i >= n) break;
        dp_token *t = &v[i];
        if (i > 0 && (t->flags & DP_TF_PARA_START)) {
            if (s0 < i) {
                S_push(d, s0, (uint32_t)i, (size_t)pi);
                si++;
                s0 = (uint32_t)i;
            }
            dp_paragraph *p = DP_DPUSH(d, d->paras);
            p->t0 = p0; p->t1 = (uint32_t)i;
            p0 = (uint32_t)i;
            pi++;
            depth = 0;
        } else if ((i > s0 && depth == 0 && (t->flags & DP_TF_CAP) && S_lost_stop(d, i)) ||
                   i - s0 >= S_MAX_TOKENS) {   /* S_lost_stop: a capital first */
            S_push(d, s0, (uint32_t)i, (size_t)pi);
            si++;
            s0 = (uint32_t)i;
        }
        t->sent = si;
        t->para = pi;
        if (t->kind == DP_TOK_QUOTE_OPEN) depth++;
        else if (t->kind == DP_TOK_QUOTE_CLOSE) { if (depth > 0) depth--; }
        else if (depth > 0) t->flags |= DP_TF_IN_QUOTE;

        /* end of sentence after this token?                               */
        int end = 0;
        if (t->kind == DP_TOK_WORD) continue;     /* neither a stop nor a quote */
        if (i + 1 < n && S_is_final(t) && depth == 0 &&
            !(t->flags & DP_TF_ABBREV)) {
            const dp_token *nx = &v[i + 1];
            end = S_starts_sentence(nx) && nx->kind != DP_TOK_QUOTE_CLOSE;
        } else if (i + 1 < n && t->kind == DP_TOK_QUOTE_CLOSE && depth == 0 && i > 0 &&
                   S_is_final(&v[i - 1])) {
            end = S_starts_sentence(&v[i + 1]);
        }
        if (end) {
            S_push(d, s0, (uint32_t)i + 1, (size_t)pi);
            si++;
            s0 = (uint32_t)i + 1;
        }
    }
    if (s0 < n) S_push(d, s0, (uint32_t)n, (size_t)pi);
    if (n > 0) {
        dp_paragraph *p = DP_DPUSH(d, d->paras);
        p->t0 = p0; p->t1 = (uint32_t)n;
    }
}
