/*
 * mention/quote.c -- quotations and their speakers.
 *
 * Direct quotations: words between « », “ ” or straight quote marks.  The
 * speaker comes from a reporting verb after the closing mark (», a déclaré
 * le général X / », a-t-il ajouté / », selon X), from one before the opening
 * mark (X a déclaré : « / X a déclaré que « / X a confié à la radio lundi
 * que « / Selon X «), or, for a quotation that directly follows another
 * speaker's quotation with no cue of its own, from that quotation.  Short
 * quoted terms without a cue (la «coalition internationale») and quoted
 * headlines ("Pays : ce que l'on sait") are not quotations.
 *
 * Reported speech (direct = 0): a reporting verb with a que-clause (X a
 * précisé que ...), with an infinitive (X a affirmé être ..., X demande aux
 * autorités de ..., X appelle à ...: the complement field of
 * quote_verbs.tsv), an incise closing the sentence (..., a annoncé l'ONU),
 * or selon / d'après / sentence-initial pour X with the clause it
 * attributes (before it when it closes the sentence, after it otherwise).
 * Marks inside such a clause that do not make the whole of it give one
 * mixed, reported record over the whole clause.
 *
 * Speakers.  A subject before the verb: the entity there (skipping an
 * apposition between commas, a relative "qui", an aside in parentheses or
 * a quoted term), a described subject (l'agence de presse X, un officier
 * de police, l'un de ses conseillers), a capitalised name the entity stage
 * missed, or a state (Ankara déclare).  Pronoun subjects (il, -t-elle)
 * resolve to the last person named in subject position with a compatible
 * gender (the same gender first; a chain of sentences opening with the
 * same pronoun keeps its antecedent), else an organisation in subject
 * position ("l'ACLU ... a-t-elle déclaré").  Participles and infinitives
 * (affirmant que, avant de préciser que) take the sentence's subject.  A
 * quotation left without a speaker takes its sentence's named subject, the
 * previous quotation's speaker, else the last person named.  Entities the
 * quotation stage adds (described speakers, names) are appended to d->ents.
 */
#include <string.h>
#ifdef DP_EVENT_MEMO_CHECK   /* check builds: a memo's answer recomputed, abort */
#include <stdlib.h>
#endif

#include "doc.h"
#include "entity.h"
#include "text/text.h"

#define SHORT_TERM 4   /* a quoted span of at most this many words needs a cue */


typedef struct Q_ctx {
    dp_doc *d;
    dp_qlem *qlem;       /* quote_verbs lookups by lemma address, direct-mapped */
    int32_t *map;      /* token -> entity                                   */
    uint8_t *cued;     /* token already used as a cue                       */
    uint8_t *covered;  /* token inside a recorded quotation                 */
    int32_t *role;     /* token -> person whose title/role starts there     */
    int32_t *inrole;   /* token -> person whose title/role covers it        */
    uint32_t *tend;    /* token -> end of the time expression starting there */
    uint8_t *qverb;    /* token -> 1 + S_qverb_lex, 0: not asked yet        */
    size_t prev;       /* last direct quotation + 1, 0: none                */
    char pro;          /* the subject pronoun of the last cue read, 0: none */
    const uint64_t *at[4];   /* S_AT_x: bit i set when token i is one (S_at) */
} Q_ctx;

/* The tokens each pass of the stage walks to (S_direct, S_que_clauses,
 * S_incises, S_selon), as bit sets made in one pass over the tokens
 * (S_at_index): a pass finds its next one a word of 64 tokens at a time
 * (S_next) instead of testing token after token.  The tokens do not
 * change during the stage.                                               */
enum { S_AT_OPEN, S_AT_VERB, S_AT_COMMA, S_AT_SELON };

static const dp_token *S_t(const dp_doc *d, uint32_t i) { return &d->toks.v[i]; }

static int S_is(const dp_doc *d, uint32_t i, const char *norm)
{
    return i < d->toks.n && d->toks.v[i].norm[0] == norm[0] &&
           strcmp(d->toks.v[i].norm, norm) == 0;
}

static inline int S_punct(const dp_doc *d, uint32_t i, const char *set)
{
    if (i >= d->toks.n || d->toks.v[i].kind != DP_TOK_PUNCT) return 0;
    char c = d->toks.v[i].norm[0];
    for (;; set++) {            /* strchr(set, c) != 0, in place (short sets) */
        if (*set == c) return 1;
        if (!*set) return 0;
    }
}

/* O, or O - 1 when a lone apostrophe precedes it ("qu' «" written with a
 * space is the tokens "qu" "'").                                          */
static uint32_t S_skip_apos(const dp_doc *d, uint32_t o)
{
    return o >= 2 && S_is(d, o - 1, "'") && S_is(d, o - 2, "qu") ? o - 1 : o;
}

/* A reporting verb: the lexicon's lemmas (dp_ment_quote_verb_memo,
 * with each lemma's lookup memoised), and forms of "tweeter" the Lefff
 * does not know ("a tweeté").                                             */
static int S_qverb_lex(Q_ctx *q, uint32_t i);
/* S_qverb's cheap tests: T is a word the tagger may read as a verb.     */
static inline int S_may_be_verb(const dp_token *t)
{
    return t->kind == DP_TOK_WORD && (!t->pos || (t->pos & (DP_POS_V | DP_POS_VPP)));
}

static inline int S_qverb(Q_ctx *q, uint32_t i)
{
    const dp_doc *d = q->d;
    if (i >= d->toks.n || !S_may_be_verb(&d->toks.v[i])) return 0;
    return S_qverb_lex(q, i);
}

/* dp_ment_quote_verb_memo of token I, kept in the handle's memo (slot
 * DP_FORM_QUOTE) for the first S_QVAR lemmas and lowercase forms of its
 * norm met (a form read as two verbs, or with and without an accent):
 * the answer depends on them alone (the lemma, a model string, by
 * address).  The record is made whole at once: a kept record must not
 * grow past its first size.                                              */
#define S_QVAR 4
typedef struct S_qform {
    /* LOWKEY: LOWER is the form's key itself (then a token whose lower
     * is its norm, by address, has this lowercase form: no strcmp)      */
    struct { const char *lemma, *lower; int yes, lowkey; } v[S_QVAR];
    int n;
} S_qform;

static int S_quote_verb(Q_ctx *q, uint32_t i)
{
    dp_doc *d = q->d;
    const dp_token *t = &d->toks.v[i];
    if (!t->lower) return dp_ment_quote_verb_memo(d, i, q->qlem);
    dp_form *f = dp_tok_form_kept(d, i);
    S_qform *k = f->known & (1u << DP_FORM_QUOTE) ? (S_qform *)f->v[DP_FORM_QUOTE] : NULL;
    int lownorm = t->lower == t->norm;   /* the form's key, by address */
    if (k)
        for (int j = 0; j < k->n; j++)
            if (k->v[j].lemma == t->lemma &&
                (lownorm ? k->v[j].lowkey : !strcmp(k->v[j].lower, t->lower))) {
#ifdef DP_EVENT_MEMO_CHECK
                if (strcmp(k->v[j].lower, t->lower)) abort();
#endif
                return k->v[j].yes;
            }
    int yes = dp_ment_quote_verb_memo(d, i, q->qlem);
    if (!k) {
        k = dp_arena_alloc(f->arena, sizeof *k);
        f->v[DP_FORM_QUOTE] = (uintptr_t)k;
        f->known |= 1u << DP_FORM_QUOTE;
    }
    if (k->n < S_QVAR) {
        k->v[k->n].lemma = t->lemma;
        k->v[k->n].lower = dp_arena_strdup(f->arena, t->lower);
        k->v[k->n].lowkey = !strcmp(t->lower, f->key);
        k->v[k->n].yes = yes;
        k->n++;
    }
    return yes;
}

/* S_qverb past its cheap tests: a word that may be a verb.               */
static int S_qverb_lex(Q_ctx *q, uint32_t i)
{
    if (q->qverb[i]) return q->qverb[i] - 1;   /* asked before */
    const dp_token *t = &q->d->toks.v[i];
    int yes = S_quote_verb(q, i) ||
              (!t->pos && !strncmp(t->norm, "tweet", 5) && strlen(t->norm) > 5);
    q->qverb[i] = (uint8_t)(yes + 1);
    return yes;
}

static uint32_t S_sent_t0(const dp_doc *d, uint32_t i)
{
    int32_t s = d->toks.v[i].sent;
    return s >= 0 && (size_t)s < d->sents.n ? d->sents.v[s].t0 : 0;
}

static uint32_t S_sent_t1(const dp_doc *d, uint32_t i)
{
    int32_t s = d->toks.v[i].sent;
    return s >= 0 && (size_t)s < d->sents.n ? d->sents.v[s].t1 : (uint32_t)d->toks.n;
}

#define LOOKBACK 60    /* tokens scanned back for a cue, a subject or que  */
#define MAX_QUOTE 1500 /* tokens: a longer "quotation" is a stray mark    */

/* Words in [t0, t1), counting at most to 50.                             */
static int S_words(const dp_doc *d, uint32_t t0, uint32_t t1)
{
    int n = 0;
    for (uint32_t i = t0; i < t1 && n < 50; i++)
        n += d->toks.v[i].kind == DP_TOK_WORD || d->toks.v[i].kind == DP_TOK_NUM;
    return n;
}

static int S_aux(const dp_doc *d, uint32_t i)
{
    static const char *aux[] = {"a", "ont", "avait", "avaient", "aurait",
                                "auraient", "avoir", "ayant", "est", "sont",
                                "s'est", "s'", "se", "aura", 0};
    if (i >= d->toks.n || d->toks.v[i].kind != DP_TOK_WORD) return 0;
    char c0 = d->toks.v[i].norm[0];       /* every one starts so         */
    if (c0 != 'a' && c0 != 'o' && c0 != 'e' && c0 != 's') return 0;
    for (int k = 0; aux[k]; k++)
        if (S_is(d, i, aux[k])) return 1;
    /* "a-t-il" written as one token */
    const char *s = d->toks.v[i].norm;
    return (s[0] == 'a' && s[1] == '-') || !strncmp(s, "avait-", 6);
}

static int S_adverb(const dp_doc *d, uint32_t i)
{
    const dp_token *t = S_t(d, i);
    return t->kind == DP_TOK_WORD && (t->pos & DP_POS_ADV) &&
           !(t->pos & (DP_POS_V | DP_POS_PRO | DP_POS_PREP | DP_POS_DET));
}

/* 1 when every verb reading of token I is a past participle (Lefff K).   */
static int S_past_participle_only(const dp_doc *d, uint32_t i)
{
    dp_lex_entry e[16];
    size_t n = dp_tok_lex(d, i, e, 16), verbs = 0;
    for (size_t k = 0; k < n && k < 16; k++) {
        if (!e[k].pos || e[k].pos[0] != 'v') continue;
        if (!e[k].feats || e[k].feats[0] != 'K') return 0;
        verbs++;
    }
    return verbs > 0;
}

/* An adverbial of data/lexicon/adverbials.tsv ("par ailleurs", "pour sa
 * part", "quant à lui", "lui-même") between an auxiliary and its
 * verb: "Le maire s'est par ailleurs dit", "Elle a pour sa part affirmé".
 * S_adverbial_after: the token after one starting at J (before END), J
 * when none; S_adverbial_before: the first token of one ending right
 * before the verb J (after LO) with an auxiliary before it, J when none. */
static uint32_t S_adverbial_after(const dp_doc *d, uint32_t j, uint32_t end)
{
    for (uint32_t k = 4; k >= 1; k--)
        if (j + k < end && dp_ment_dict(d, "adverbials", j, j + k, NULL, 0)) return j + k;
    return j;
}

static uint32_t S_adverbial_before(const dp_doc *d, uint32_t j, uint32_t lo)
{
    for (uint32_t k = 1; k <= 4; k++)
        if (j >= lo + k + 1 && S_aux(d, j - k - 1) && dp_ment_dict(d, "adverbials", j - k, j, NULL, 0))
            return j - k;
    return j;
}

/* Reporting verb group starting at I: [aux] [clitic] [adv]* verb [clitic].
 * Returns its end (0: none); *PRO = clitic gender code or 0.             */
static uint32_t S_cue_at(Q_ctx *q, uint32_t i, uint32_t end, char *pro)
{
    const dp_doc *d = q->d;
    uint32_t j = i;
    *pro = 0;
    if (j < end && S_aux(d, j)) {
        *pro = dp_ment_clitic(d, j);
        j++;
    }
    if (j < end && !*pro && (*pro = dp_ment_clitic(d, j)) != 0) j++;
    if (j > i) j = S_adverbial_after(d, j, end);
    for (int k = 0; k < 3 && j < end && S_adverb(d, j) && !S_qverb(q, j); k++) j++;
    if (j >= end || !S_qverb(q, j)) return 0;
    if (j == i && S_past_participle_only(d, j)) return 0;   /* ", invité à l'Élysée," */
    j++;
    if (j < end && !*pro && (*pro = dp_ment_clitic(d, j)) != 0) j++;
    return j;
}

/* Start of the verb group whose verb is at V (walks back over adverbs,
 * a clitic and the auxiliary).                                            */
static uint32_t S_cue_start(const dp_doc *d, uint32_t v, uint32_t lo, char *pro)
{
    uint32_t j = v;
    *pro = 0;
    while (j > lo && S_adverb(d, j - 1) && v - j < 3) j--;
    uint32_t a = S_adverbial_before(d, v, lo);
    if (a < j) j = a;
    if (j > lo && S_aux(d, j - 1)) {
        j--;
        *pro = dp_ment_clitic(d, j);
        if (!*pro && j > lo && (*pro = dp_ment_clitic(d, j - 1)) != 0) j--;
        else if (!*pro && j > lo && (S_is(d, j - 1, "s'") || S_is(d, j - 1, "se"))) j--;
    } else if (j > lo && (*pro = dp_ment_clitic(d, j - 1)) != 0) {
        j--;
    }
    return j;
}

/* The entity mention containing token I, as a span.                       */
static dp_tspan S_mention_of(const dp_doc *d, int32_t e, uint32_t i)
{
    const dp_entity *en = &d->ents.v[e];
    for (size_t m = 0; m < en->mentions.n; m++)
        if (en->mentions.v[m].t0 <= i && i < en->mentions.v[m].t1)
            return en->mentions.v[m];
    return (dp_tspan){i, i + 1};
}

/* Last person (or for 'p' a group) mentioned before I outside quotation
 * marks, compatible with the pronoun.                                     */
static int S_pro_ok(const dp_entity *en, char pro)
{
    if (pro == 'p') return en->nominal || en->type == DP_ENT_ORG;
    return en->type == DP_ENT_PER && (pro == 'o' || !en->gender || en->gender == pro);
}

/* A mention starting at T0 in subject position: only articles, titles,
 * adjectives or commas before it in its sentence, no verb.               */
static int S_subject_like(const dp_doc *d, uint32_t t0)
{
    uint32_t lo = S_sent_t0(d, t0);
    if (t0 > lo + LOOKBACK) return 0;
    for (uint32_t k = lo; k < t0; k++) {
        const dp_token *t = S_t(d, k);
        if (t->kind == DP_TOK_QUOTE_OPEN || t->kind == DP_TOK_QUOTE_CLOSE) return 0;
        if (t->kind == DP_TOK_WORD && (t->pos & (DP_POS_V | DP_POS_AUX)) &&
            !(t->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_DET | DP_POS_PREP)))
            return 0;
        if (S_is(d, k, "qui") || S_is(d, k, "que") || S_is(d, k, "dont")) return 0;
    }
    return 1;
}

static int32_t S_np_speaker(Q_ctx *q, uint32_t i, uint32_t end, dp_tspan *span, int any);
static int S_verb_only(const dp_doc *d, uint32_t i);

/* A described person ("l'agresseur", "la judokate") opening one of the
 * sentences S, S-1, S-2 as its subject, for a pronoun no named person fits. */
static int32_t S_described_subject(Q_ctx *q, int32_t s, char pro, dp_tspan *span)
{
    dp_doc *d = q->d;
    for (int32_t k = s; k >= 0 && k >= s - 2; k--) {
        if ((size_t)k >= d->sents.n) continue;
        uint32_t t0 = d->sents.v[k].t0, t1 = d->sents.v[k].t1;
        for (uint32_t i = t0; i < t1 && i < t0 + 8; i++) {
            const dp_token *t = S_t(d, i);
            if (S_verb_only(d, i) || (t->pos & DP_POS_AUX) || t->kind == DP_TOK_QUOTE_OPEN) break;
            if (!(t->pos & DP_POS_DET) || S_is(d, i, "un") || S_is(d, i, "une")) continue;
            uint32_t n0 = (uint32_t)d->ents.n;
            int32_t e = S_np_speaker(q, i, t1, span, 0);
            if (e < 0) continue;
            if (d->ents.v[e].type == DP_ENT_PER && (!d->ents.v[e].gender || d->ents.v[e].gender == pro))
                return e;
            for (uint32_t m = span->t0; m < span->t1; m++) q->map[m] = -1;
            d->ents.n = n0;
            break;
        }
    }
    return -1;
}

/* 1 when sentence S opens with the subject pronoun PRO ("Il a aussi
 * reconnu ...": the chain of sentences about the same speaker goes on).   */
static int S_opens_with(const dp_doc *d, int32_t s, char pro)
{
    if (s < 0 || (size_t)s >= d->sents.n || d->sents.v[s].t0 >= d->toks.n) return 0;
    uint32_t t = d->sents.v[s].t0;
    return (S_is(d, t, "il") && pro == 'm') || (S_is(d, t, "elle") && pro == 'f') ||
           ((S_is(d, t, "ils") || S_is(d, t, "elles")) && pro == 'p');
}

/* The mention M of a body named by a common noun is singular: a singular
 * article before it or opening it ("le syndicat", "la fédération"), not
 * "les manifestants", "des journalistes".                               */
static int S_singular_np(const dp_doc *d, dp_tspan m)
{
    static const char *const sing[] = {"le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "notre", "leur"};
    for (uint32_t k = m.t0 > 0 ? m.t0 - 1 : 0; k <= m.t0 && k < m.t1; k++)
        for (size_t w = 0; w < sizeof sing / sizeof *sing; w++)
            if (S_is(d, k, sing[w])) return 1;
    return 0;
}

static int32_t S_antecedent(Q_ctx *q, uint32_t i, char pro, dp_tspan *span)
{
    dp_doc *d = q->d;
    /* the speaker of a quotation recorded in this or the previous sentence */
    int32_t s = i < d->toks.n ? S_t(d, i)->sent : -1;
    for (size_t k = d->quotes.n, seen = 0; k-- > 0 && seen++ < 50;) {
        const dp_quote *r = &d->quotes.v[k];
        uint32_t last = r->span.t1 > r->cue.t1 ? r->span.t1 : r->cue.t1;
        if (last > i || r->speaker < 0 || last == 0) continue;
        if (s - S_t(d, last - 1)->sent > 1) break;
        if (S_pro_ok(&d->ents.v[r->speaker], pro)) {
            *span = r->speaker_span;
            return r->speaker;
        }
        break;
    }
    /* the last compatible mention in subject position within three
     * sentences (one of the pronoun's gender before one of unknown
     * gender), else the last compatible mention, else an organisation in
     * subject position in this or the previous sentence ("l'ACLU ...
     * a-t-elle déclaré") */
    int32_t last = -1, weak = -1, org = -1;
    dp_tspan lspan = {0, 0}, wspan = {0, 0}, ospan = {0, 0};
    uint32_t start = i, lo = i > 3000 ? i - 3000 : 0;
    int32_t cur = s, chain = 0;
    while (i-- > lo) {
        int32_t e = q->map[i];
        if (e < 0 || (S_t(d, i)->flags & DP_TF_IN_QUOTE) || q->covered[i]) continue;
        const dp_entity *en = &d->ents.v[e];
        dp_tspan m = S_mention_of(d, e, i);
        i = m.t0;
        for (; cur > S_t(d, m.t0)->sent && cur > 0; cur--)
            chain += cur < s && S_opens_with(d, cur, pro);
        int dist = s - S_t(d, m.t0)->sent - chain;
        int subj = m.t0 < start && S_subject_like(d, m.t0);
        if (!S_pro_ok(en, pro)) {
            /* an organisation in subject position, or named outside the
             * quotation in the cue's own sentence ("accueillie par
             * l'ACLU : « ... », a-t-elle déclaré") */
            if (org < 0 && ((subj && dist <= 1) || S_t(d, m.t0)->sent == s) && (pro == 'm' || pro == 'f') &&
                en->type == DP_ENT_ORG && (!en->nominal || (subj && S_singular_np(d, m)))) {
                org = e;
                ospan = m;
            }
            continue;
        }
        if (last < 0) { last = e; lspan = m; }
        if (dist > 2) break;
        if (!subj) continue;
        if ((pro != 'm' && pro != 'f') || en->gender == pro) {
            *span = m;
            return e;
        }
        if (weak < 0) { weak = e; wspan = m; }
    }
    if (weak >= 0) { *span = wspan; return weak; }
    if (last < 0 && (pro == 'm' || pro == 'f') && org < 0) {
        int32_t e = S_described_subject(q, s, pro, span);   /* "le suspect s'est rendu" */
        if (e >= 0) return e;
    }
    /* the organisation when no person is compatible, or only one further
     * back than the organisation in subject position ("Le syndicat a salué
     * l'annonce. « ... », a-t-il estimé": not the speaker of a quotation
     * before) */
    if (org >= 0 && (last < 0 || s - S_t(d, lspan.t0)->sent > 2 ||
                     (ospan.t0 > lspan.t0 && S_subject_like(d, ospan.t0)))) {
        *span = ospan;
        return org;
    }
    if (last >= 0) *span = lspan;
    return last;
}

/* A described speaker with no name: determiner + title or agent noun and
 * its complement, up to punctuation or a verb ("un officier de police",
 * "le sous-préfet des Landes", "d'autres policiers").  Adds a
 * nominal entity; returns its index or -1.                                 */
static int32_t S_np_speaker(Q_ctx *q, uint32_t i, uint32_t end, dp_tspan *span, int any)
{
    dp_doc *d = q->d;
    static const char *dets[] = {"un", "une", "le", "la", "l'", "les", "des", "certains",
                                 "certaines", "quelques", "plusieurs",
                                 "d'autres", "plusieurs", "deux", "trois", 0};
    int det = 0;
    for (int k = 0; dets[k]; k++) det |= S_is(d, i, dets[k]);
    if (S_is(d, i, "d'") && S_is(d, i + 1, "autres")) { det = 1; i++; }
    if (!det || i + 1 >= end) return -1;
    const char *v = 0;
    uint32_t h = i + 1;
    uint32_t p = i + S_is(d, i, "l'");        /* "l'un de ses conseillers" */
    if ((S_is(d, p, "un") || S_is(d, p, "une")) &&
        (S_is(d, p + 1, "de") || S_is(d, p + 1, "d'") || S_is(d, p + 1, "des"))) {
        h = p + 2;
        if (!S_is(d, p + 1, "des") && h < end && (S_t(d, h)->pos & DP_POS_DET)) h++;
    }
    if (h < end && (S_t(d, h)->pos & DP_POS_ADJ) && !(S_t(d, h)->pos & DP_POS_NC)) h++;
    uint32_t l = dp_ment_longest(d, "titles", h, end, 4, &v);
    if (!l) l = dp_ment_longest(d, "agents", h, end, 4, &v);
    if (!l && dp_ment_longest(d, "orgheads", h, end, 1, &v)) {
        l = 1;                    /* "l'agence de presse Kyodo" */
        v = "ORG";
    }
    if (!l && any && h < end && S_t(d, h)->kind == DP_TOK_WORD &&
        ((S_t(d, h)->pos & DP_POS_NC) || (!S_t(d, h)->pos && !(S_t(d, h)->flags & DP_TF_CAP))) &&
        !(S_t(d, h)->pos & (DP_POS_PRO | DP_POS_DET | DP_POS_PREP))) {
        l = 1;                    /* any noun in subject position */
        v = "-\t-";
    }
    if (!l) return -1;
    uint32_t j = h + l;
    while (j < end && j - h < 10) {
        const dp_token *t = S_t(d, j);
        if (t->kind != DP_TOK_WORD) break;
        if ((t->pos & DP_POS_V) && !(t->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_PREP | DP_POS_DET | DP_POS_NP)))
            break;
        if (S_is(d, j, "qui") || S_is(d, j, "que") || S_is(d, j, "qu'")) break;
        if ((t->pos & DP_POS_PREP) && !(t->pos & (DP_POS_NC | DP_POS_ADJ)) &&
            !S_is(d, j, "de") && !S_is(d, j, "du") && !S_is(d, j, "des") && !S_is(d, j, "d'"))
            break;                /* "le syndicat | dans un communiqué" */
        j++;
    }
    for (uint32_t k = i; k < j; k++)
        if (q->map[k] >= 0 && d->ents.v[q->map[k]].type != DP_ENT_LOC) return -1;
    uint32_t t0 = S_is(d, i - 1, "d'") ? i - 1 : i;
    dp_entity *e = DP_DPUSH(d, d->ents);
    e->type = DP_ENT_PER;
    e->gender = S_is(d, i, "un") || S_is(d, i, "le") ? 'm' : S_is(d, i, "une") || S_is(d, i, "la") ? 'f' : 0;
    e->nominal = 1;
    e->place = -1;
    e->name = dp_doc_span_text(d, (dp_tspan){t0, j});
    dp_tspan *m = DP_DPUSH(d, e->mentions);
    *m = (dp_tspan){t0, j};
    const char *ov;
    if ((v && strchr(v, '\t') == 0) ||                      /* an agent noun */
        dp_ment_dict(d, "orgheads", h, h + 1, &ov, 1) ||      /* la préfecture */
        S_is(d, i, "les") || S_is(d, i, "des") || S_is(d, i, "autres"))
        e->type = DP_ENT_ORG;
    for (uint32_t k = t0; k < j; k++) q->map[k] = (int32_t)(d->ents.n - 1);
    *span = *m;
    return (int32_t)(d->ents.n - 1);
}

static int32_t S_name_after(Q_ctx *q, uint32_t i, uint32_t end, dp_tspan *span);
static const char *S_verb_comp(const dp_doc *d, uint32_t v);
static int S_que(const dp_doc *d, uint32_t i);
static int S_verb_only(const dp_doc *d, uint32_t i);
static int S_inf_at(const dp_doc *d, uint32_t i);

/* The person whose title or role evidence starts at token K, or -1.     */
static int32_t S_role_owner(const Q_ctx *q, uint32_t k)
{
    return q->role[k];
}

/* First entity mention in [i, i+lim) before punctuation (titles, articles
 * and role words may come first): the inverted subject.                   */
static int32_t S_subject_after(Q_ctx *q, uint32_t i, uint32_t end, uint32_t lim,
                               dp_tspan *span, int any)
{
    dp_doc *d = q->d;
    for (uint32_t k = i; k < end && k < i + lim; k++) {
        if (q->map[k] >= 0 && d->ents.v[q->map[k]].type != DP_ENT_LOC) {
            *span = S_mention_of(d, q->map[k], k);
            return q->map[k];
        }
        int32_t e = S_role_owner(q, k);          /* "le maire, Grégory Doucet" */
        if (e >= 0) {
            const dp_entity *en = &d->ents.v[e];
            for (size_t m = 0; m < en->mentions.n; m++)
                if (en->mentions.v[m].t0 > k) { *span = en->mentions.v[m]; return e; }
        }
        if (S_t(d, k)->kind != DP_TOK_WORD) break;
    }
    int32_t e = S_np_speaker(q, i, end, span, any);
    return e >= 0 ? e : S_name_after(q, i, end, span);
}

/* A name particle inside a capitalised name: "Ould", "de", "al-".       */
static int S_particle(const dp_doc *d, uint32_t i)
{
    static const char *p[] = {"de", "du", "des", "d'", "la", "le", "van", "von",
                              "al", "el", "ben", "bin", "da", "di", "dos", 0};
    for (int k = 0; p[k]; k++)
        if (S_is(d, i, p[k])) return 1;
    return 0;
}

/* A capitalised word that may be part of a name (not "Il", "Le", "Selon"). */
static int S_capword(const Q_ctx *q, uint32_t i)
{
    const dp_token *t = S_t(q->d, i);
    if (t->kind != DP_TOK_WORD || !(t->flags & (DP_TF_CAP | DP_TF_UPPER)) || q->covered[i] ||
        (t->flags & DP_TF_IN_QUOTE) || dp_ment_clitic(q->d, i))
        return 0;
    if (t->pos & (DP_POS_DET | DP_POS_PRO | DP_POS_PREP | DP_POS_CONJ)) return 0;
    if ((t->flags & DP_TF_SENT_START) && (t->pos & (DP_POS_ADV | DP_POS_V)) &&
        !(t->pos & DP_POS_NP))
        return 0;
    return 1;
}

/* New entity for the name [t0, t1) found by the quotation stage (the
 * entity stage missed it): a person when it starts with a known first
 * name, else an organisation.                                             */
static int32_t S_name_entity(Q_ctx *q, uint32_t t0, uint32_t t1, dp_tspan *span)
{
    dp_doc *d = q->d;
    const char *g = 0;
    dp_entity *e = DP_DPUSH(d, d->ents);
    e->type = dp_ment_dict(d, "firstnames", t0, t0 + 1, &g, 1) ? DP_ENT_PER : DP_ENT_ORG;
    e->gender = g && (g[0] == 'm' || g[0] == 'f') ? g[0] : 0;
    e->place = -1;
    e->name = dp_doc_span_text(d, (dp_tspan){t0, t1});
    dp_tspan *m = DP_DPUSH(d, e->mentions);
    *m = (dp_tspan){t0, t1};
    for (uint32_t k = t0; k < t1; k++) q->map[k] = (int32_t)(d->ents.n - 1);
    *span = *m;
    return (int32_t)(d->ents.n - 1);
}

/* A capitalised name ending at I ([lo, i)), at most 6 tokens.           */
static int32_t S_name_before(Q_ctx *q, uint32_t lo, uint32_t i, dp_tspan *span)
{
    uint32_t k = i;
    while (k > lo && i - k < 6 && q->map[k - 1] < 0 &&
           (S_capword(q, k - 1) || (k < i && S_particle(q->d, k - 1) && k - 1 > lo &&
                                    S_capword(q, k - 2))))
        k--;
    if (k == i || !S_capword(q, k)) return -1;
    if (k > lo && (S_t(q->d, k - 1)->pos & DP_POS_PREP) && !(S_t(q->d, k - 1)->pos & DP_POS_NC))
        return -1;                             /* "à Paris a dit" */
    return S_name_entity(q, k, i, span);
}

/* A capitalised name starting at I ([i, end)).                          */
static int32_t S_name_after(Q_ctx *q, uint32_t i, uint32_t end, dp_tspan *span)
{
    uint32_t k = i;
    while (k < end && k - i < 6 && q->map[k] < 0 &&
           (S_capword(q, k) || (k > i && S_particle(q->d, k) && k + 1 < end && S_capword(q, k + 1))))
        k++;
    if (k == i) return -1;
    return S_name_entity(q, i, k, span);
}

/* A LOC mention [t0, t1) used as a speaker ("Ankara déclare que"): a state
 * or a city's authorities, when nothing but punctuation or a conjunction
 * comes before it.                                                         */
static int S_loc_subject(const dp_doc *d, uint32_t lo, dp_tspan m)
{
    uint32_t t = m.t0;
    if (t > lo && (S_is(d, t - 1, "les") || S_is(d, t - 1, "la") || S_is(d, t - 1, "le") ||
                   S_is(d, t - 1, "l'")))
        t--;                            /* "les États-Unis invitent" */
    return t == lo || S_punct(d, t - 1, ",;:") || S_is(d, t - 1, "et") || S_is(d, t - 1, "mais");
}

/* Start of the subject slot before a verb group at I: skips "qui" and an
 * apposition between commas ("Anne Vidal, PDG de Soltex, a déclaré").   */
static uint32_t S_subject_end(const dp_doc *d, uint32_t lo, uint32_t i)
{
    uint32_t s = i;
    if (s > lo && S_is(d, s - 1, "qui")) {
        s--;
        if (s > lo && S_punct(d, s - 1, ",")) s--;
        return s;
    }
    if (s > lo + 1 && S_punct(d, s - 1, ",")) {
        uint32_t k = s - 1;
        while (k > lo && s - k < 16 && S_t(d, k - 1)->kind == DP_TOK_WORD &&
               !((S_t(d, k - 1)->pos & DP_POS_AUX) && !S_is(d, k - 2, "qui")))
            k--;
        if (k > lo && k < s - 1 && S_punct(d, k - 1, ",")) return k - 1;
        return s - 1;                   /* "par un passant, déclarant que" */
    }
    return s;
}

/* Token I is a present participle ("affirmant", "estimant").            */
static int S_participle_cue(const dp_doc *d, uint32_t i)
{
    const dp_token *t = S_t(d, i);
    size_t n = strlen(t->norm);
    return t->kind == DP_TOK_WORD && (t->pos & DP_POS_V) && n > 4 && !strcmp(t->norm + n - 3, "ant");
}

/* Nearest entity mention ending at or before I in [lo, i): the subject.   */
static int32_t S_subject_before(Q_ctx *q, uint32_t lo, uint32_t i, dp_tspan *span)
{
    dp_doc *d = q->d;
    uint32_t s = S_subject_end(d, lo, i);
    /* the apposition is the person's name: "Le ministre de l'Intérieur,
     * Jean Valmont, a déclaré" (the title before it is not the speaker);
     * not before a participle cue ("Il a vu le maire, Jean Valmont,
     * affirmant que": the main subject speaks)                          */
    if (s + 2 < i && S_punct(d, s, ",") && S_punct(d, i - 1, ",") && !S_participle_cue(d, i) && q->map[s + 1] >= 0 &&
        d->ents.v[q->map[s + 1]].type == DP_ENT_PER && !(S_t(d, s + 1)->flags & DP_TF_IN_QUOTE)) {
        dp_tspan m = S_mention_of(d, q->map[s + 1], s + 1);
        if (m.t0 == s + 1 && m.t1 == i - 1) {
            *span = m;
            return q->map[s + 1];
        }
    }
    /* a described subject: the nearest determiner + title/agent before */
    for (uint32_t k = s; k-- > lo && s - k < 12;) {
        if ((q->map[k] >= 0 && d->ents.v[q->map[k]].type != DP_ENT_LOC) ||
            S_t(d, k)->kind == DP_TOK_QUOTE_CLOSE)
            break;
        if (S_t(d, k)->kind != DP_TOK_WORD) continue;
        dp_tspan sp;
        uint32_t n0 = (uint32_t)d->ents.n;
        int32_t e = S_np_speaker(q, k, s, &sp, 1);
        if (e >= 0 && sp.t1 == s) { *span = sp; return e; }
        if (e >= 0) {   /* not adjacent to the verb: undo */
            for (uint32_t t = sp.t0; t < sp.t1; t++) q->map[t] = -1;
            d->ents.n = n0;
        }
    }
    if (s > lo && q->map[s - 1] >= 0 && !(S_t(d, s - 1)->flags & DP_TF_IN_QUOTE)) {
        dp_tspan m = S_mention_of(d, q->map[s - 1], s - 1);
        if (d->ents.v[q->map[s - 1]].type != DP_ENT_LOC || S_loc_subject(d, lo, m)) {
            *span = m;
            return q->map[s - 1];
        }
    }
    int32_t e = S_name_before(q, lo, s, span);
    if (e >= 0) return e;
    if (i > lo + LOOKBACK) lo = i - LOOKBACK;
    for (uint32_t k = i; k-- > lo;) {
        if (S_t(d, k)->kind == DP_TOK_QUOTE_CLOSE) {
            uint32_t o = k;             /* step over a quoted term: « odieux » */
            while (o > lo && S_t(d, o)->kind != DP_TOK_QUOTE_OPEN && k - o < 8) o--;
            if (S_t(d, o)->kind != DP_TOK_QUOTE_OPEN || S_words(d, o, k) > SHORT_TERM) return -1;
            k = o;
            continue;
        }
        if (S_punct(d, k, ")")) {       /* "(le Bureau ... de l'OMS)": an aside */
            uint32_t o = k;
            while (o > lo && !S_punct(d, o, "(") && k - o < 30) o--;
            if (S_punct(d, o, "(")) { k = o; continue; }
        }
        if (q->map[k] >= 0 && !(S_t(d, k)->flags & DP_TF_IN_QUOTE) &&
            d->ents.v[q->map[k]].type != DP_ENT_LOC) {
            int32_t r = q->inrole[k];
            if (r >= 0 && r != q->map[k] && k >= s) { /* in "PDG de Magento" */
                *span = d->ents.v[r].mentions.v[0];
                return r;
            }
            *span = S_mention_of(d, q->map[k], k);
            return q->map[k];
        }
        char pro = (S_t(d, k)->pos & DP_POS_PRO) ? dp_ment_clitic(d, k) : 0;
        if (pro && (k == lo || S_punct(d, k - 1, ",;:")))
            return S_antecedent(q, k, pro, span);
    }
    return -1;
}

static dp_quote *S_add(Q_ctx *q, uint32_t t0, uint32_t t1, int direct)
{
    dp_quote *r = DP_DPUSH(q->d, q->d->quotes);
    r->span = (dp_tspan){t0, t1};
    r->direct = direct;
    r->speaker = -1;
    for (uint32_t i = t0; i < t1; i++) q->covered[i] = 1;
    return r;
}

static void S_mark_cue(Q_ctx *q, dp_tspan c)
{
    for (uint32_t i = c.t0; i < c.t1; i++) q->cued[i] = 1;
}

/* Speaker and cue of a pronoun-or-subject verb group [c0, c1).            */
/* A verb with no subject of its own: a present participle ("affirmant",
 * "ajoutant") or an infinitive after de / pour / après ("avant de
 * préciser").                                                             */
static int S_subjectless(const dp_doc *d, uint32_t v)
{
    const dp_token *t = S_t(d, v);
    size_t l = strlen(t->norm);
    if (l > 4 && !strcmp(t->norm + l - 3, "ant") && !(t->pos & (DP_POS_NC | DP_POS_ADJ))) return 1;
    if ((t->pos & DP_POS_VPP) && v > 0 && S_is(d, v - 1, "et")) return 1;   /* "... et demandé de" */
    return (t->pos & DP_POS_VINF) && v > 0 &&
           (S_is(d, v - 1, "de") || S_is(d, v - 1, "d'") || S_is(d, v - 1, "pour") ||
            S_is(d, v - 1, "apres"));
}

/* The subject of the sentence of I, before I: the first person or
 * organisation named, described or pronominalised before any verb.      */
static int32_t S_main_subject(Q_ctx *q, uint32_t i, int described, dp_tspan *span)
{
    dp_doc *d = q->d;
    uint32_t lo = S_sent_t0(d, i);
    for (uint32_t k = lo; k < i && k < lo + LOOKBACK; k++) {
        const dp_token *t = S_t(d, k);
        if (t->kind == DP_TOK_QUOTE_OPEN || S_is(d, k, "qui") || S_que(d, k)) return -1;
        if (q->map[k] >= 0 && !(t->flags & DP_TF_IN_QUOTE)) {
            dp_tspan m = S_mention_of(d, q->map[k], k);
            if (d->ents.v[q->map[k]].type != DP_ENT_LOC) { *span = m; return q->map[k]; }
            k = m.t1 - 1;
            continue;
        }
        char pro = (t->pos & DP_POS_PRO) ? dp_ment_clitic(d, k) : 0;
        if (pro) return S_antecedent(q, k, pro, span);
        if (S_verb_only(d, k) || (t->pos & DP_POS_AUX)) return -1;
        if (described && (t->pos & DP_POS_DET)) {
            uint32_t n0 = (uint32_t)d->ents.n;
            dp_tspan sp;
            int32_t e = S_np_speaker(q, k, i, &sp, 1);
            if (e >= 0 && sp.t1 < i &&          /* the described subject + its verb */
                (S_verb_only(d, sp.t1) || (S_t(d, sp.t1)->pos & DP_POS_AUX))) {
                *span = sp;
                return e;
            }
            if (e >= 0) {
                for (uint32_t m = sp.t0; m < sp.t1; m++) q->map[m] = -1;
                d->ents.n = n0;
            }
        }
    }
    return -1;
}

static int32_t S_sentence_speaker(Q_ctx *q, uint32_t i, dp_tspan *span);

static void S_speaker_from_cue(Q_ctx *q, dp_quote *r, uint32_t c0, uint32_t c1,
                               char pro, uint32_t end, int inverted)
{
    r->cue = (dp_tspan){c0, c1};
    S_mark_cue(q, r->cue);
    r->speaker = -1;
    q->pro = pro;
    if (pro) r->speaker = S_antecedent(q, c0, pro, &r->speaker_span);
    else if (inverted) r->speaker = S_subject_after(q, c1, end, 8, &r->speaker_span, 1);
    else {
        if (S_subjectless(q->d, c1 - 1)) {
            r->speaker = S_sentence_speaker(q, c0, &r->speaker_span);
            if (r->speaker < 0) r->speaker = S_main_subject(q, c0, 1, &r->speaker_span);
        }
        if (r->speaker < 0)
            r->speaker = S_subject_before(q, S_sent_t0(q->d, c0), c0, &r->speaker_span);
    }
}

/* Stressed pronoun after selon / pour: lui, elle, eux, elles.           */
static char S_stressed(const dp_doc *d, uint32_t i)
{
    if (S_is(d, i, "lui")) return 'm';
    if (S_is(d, i, "elle")) return 'f';
    if (S_is(d, i, "eux") || S_is(d, i, "elles")) return 'p';
    return 0;
}

/* Cue after the closing mark C: "», a déclaré X", "», selon X".           */
static int S_post_cue(Q_ctx *q, dp_quote *r, uint32_t c)
{
    dp_doc *d = q->d;
    uint32_t j = c + 1, end = (uint32_t)d->toks.n;
    if (S_punct(d, j, "[") && S_t(d, j + 1)->kind == DP_TOK_NUM && S_punct(d, j + 2, "]"))
        j += 3;                                  /* a footnote: » [1] , */
    if (j < end && (S_punct(d, j, ",") || S_t(d, j)->kind == DP_TOK_DASH)) j++;
    if (j >= end || S_t(d, j)->para != S_t(d, c)->para) return 0;
    end = S_sent_t1(d, j) > j ? S_sent_t1(d, j) : end;
    if ((S_is(d, j, "selon") || (S_is(d, j, "d'") && S_is(d, j + 1, "apres"))) &&
        S_words(d, r->span.t0, r->span.t1) > SHORT_TERM) {
        uint32_t c1 = j + (S_is(d, j, "selon") ? 1 : 2);
        dp_tspan sp;
        int32_t e = S_subject_after(q, c1, end, 6, &sp, 0);
        if (e < 0) return 0;
        r->cue = (dp_tspan){j, c1};
        S_mark_cue(q, r->cue);
        r->speaker = e;
        r->speaker_span = sp;
        return 1;
    }
    char pro;
    uint32_t c1 = S_cue_at(q, j, end, &pro);
    if (!c1) return 0;
    if (c1 < end && (S_que(d, c1) || S_punct(d, c1, ":")) && S_words(d, r->span.t0, r->span.t1) <= SHORT_TERM)
        return 0;          /* « inacceptable » , a ainsi déclaré qu'« ... »: the verb's content follows */
    S_speaker_from_cue(q, r, j, c1, pro, end, 1);
    return 1;
}

/* Cue before the opening mark O: "X a déclaré : «", "X a dit que «".      */
static int S_pre_cue(Q_ctx *q, dp_quote *r, uint32_t o, int words)
{
    dp_doc *d = q->d;
    uint32_t lo = S_sent_t0(d, o > 0 ? o - 1 : 0), j = S_skip_apos(d, o);
    int marked = 0;
    if (j > lo && (S_punct(d, j - 1, ":,") || S_que(d, j - 1))) {
        j--;
        marked = 1;
    }
    if (S_punct(d, o - 1, ",:;") || (o > 0 && S_t(d, o - 1)->kind == DP_TOK_WORD)) {
        /* "d'après un policier, «" / "selon X : «" / "Selon un haut responsable «" */
        for (uint32_t k = o - 1; k-- > lo && o - k < 16;) {
            int selon = S_is(d, k, "selon") || S_is(d, k, "pour"),
                dap = S_is(d, k, "d'") && S_is(d, k + 1, "apres");
            if (!selon && !dap) {
                if (S_verb_only(d, k) || (S_t(d, k)->pos & DP_POS_AUX))
                    break;                      /* "selon lui, X a dit «": not this */
                continue;
            }
            if (S_t(d, o - 1)->kind == DP_TOK_WORD && words <= SHORT_TERM) break;
            if (S_is(d, k, "pour") && !(k == lo || S_punct(d, k - 1, ",;:"))) break;
            uint32_t c1 = k + (selon ? 1 : 2);
            dp_tspan sp;
            int32_t e = -1;
            char pro = c1 + 1 < o ? S_stressed(d, c1) : 0;
            if (pro && S_punct(d, c1 + 1, ",")) e = S_antecedent(q, k, pro, &sp);
            else e = S_subject_after(q, c1, o - 1, 8, &sp, 0);
            if (e < 0) break;
            r->cue = (dp_tspan){k, c1};
            S_mark_cue(q, r->cue);
            r->speaker = e;
            r->speaker_span = sp;
            return 1;
        }
    }
    if (!marked && words <= SHORT_TERM + 1) return 0;  /* a dénoncé «la colère» */
    while (j > lo && S_adverb(d, j - 1) && o - j < 4) j--;
    if (j > lo && !S_qverb(q, j - 1) && !S_punct(d, j, ",")) {
        /* "X a déclaré au sujet de sa blessure : «", "a annoncé sur Radio
         * Nova ce matin que «", "a aussi confirmé à l'AFP ce lundi «",
         * "a dénoncé un «" */
        uint32_t k = j, lim = marked ? 20 : 6;
        while (k > lo && j - k < lim && !S_qverb(q, k - 1) &&
               (S_t(d, k - 1)->kind == DP_TOK_WORD || S_t(d, k - 1)->kind == DP_TOK_NUM ||
                (marked && S_punct(d, k - 1, ",()"))) &&
               !(!marked && (S_t(d, k - 1)->pos & DP_POS_V) &&
                 !(S_t(d, k - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_DET | DP_POS_PREP | DP_POS_NP))))
            k--;
        if (k > lo && S_qverb(q, k - 1)) j = k;
    }
    if (j == lo || !S_qverb(q, j - 1)) return 0;
    char pro;
    uint32_t c0 = S_cue_start(d, j - 1, lo, &pro);
    S_speaker_from_cue(q, r, c0, j, pro, o, 0);
    return 1;
}

/* A reporting verb + que earlier in the sentence, the marks not opening
 * the clause: mixed speech, left to the reported pass.                    */
static int S_inside_clause(Q_ctx *q, uint32_t o)
{
    const dp_doc *d = q->d;
    uint32_t lo = S_sent_t0(d, o);
    if (o > lo + LOOKBACK) lo = o - LOOKBACK;
    o = S_skip_apos(d, o);
    if (o > lo && S_que(d, o - 1)) return 0;
    if (o > lo + 1 && S_inf_at(d, o - 1))        /* "affirme sur Twitter vouloir «" */
        for (uint32_t k = o - 1; k-- > lo && o - k < 8;) {
            if (S_qverb(q, k) && !strcmp(S_verb_comp(d, k), "inf")) return 1;
            if (S_t(d, k)->kind != DP_TOK_WORD) break;
        }
    for (uint32_t k = o; k-- > lo;) {
        if (S_t(d, k)->kind == DP_TOK_QUOTE_CLOSE) return 0;
        if ((S_is(d, k, "que") || S_is(d, k, "qu'")) && k > lo &&
            (S_qverb(q, k - 1) ||
             (k > lo + 1 && S_adverb(d, k - 1) && S_qverb(q, k - 2))))
            return 1;
    }
    return 0;
}

/* A quoted headline "Place : what happened" (the title of another
 * article), no one's words.                                               */
static int S_headline(const dp_doc *d, uint32_t t0, uint32_t t1)
{
    for (uint32_t k = t0 + 1; k < t1 && k < t0 + 5; k++)
        if (S_punct(d, k, ":")) return (S_t(d, t0)->flags & DP_TF_CAP) != 0;
    return 0;
}

static uint32_t S_close_of(const dp_doc *d, uint32_t o)
{
    int depth = 0;
    for (uint32_t k = o; k < d->toks.n && k - o < MAX_QUOTE; k++) {
        const dp_token *t = S_t(d, k);
        if (k > o && t->para != S_t(d, o)->para) return 0;
        if (t->kind == DP_TOK_QUOTE_OPEN) depth++;
        else if (t->kind == DP_TOK_QUOTE_CLOSE && --depth == 0) return k;
    }
    return 0;
}

/* The first token from I on (before LIM) whose bit is set in B, else LIM
 * (I itself when it is LIM or past it).                                   */
static inline uint32_t S_next(const uint64_t *b, uint32_t i, uint32_t lim)
{
    if (i >= lim) return i;
    size_t w = i >> 6;
    uint64_t x = b[w] & (~0ull << (i & 63));
    while (!x) {
        if ((++w << 6) >= lim) return lim;
        x = b[w];
    }
    uint32_t p = (uint32_t)(w << 6) + (uint32_t)__builtin_ctzll(x);
    return p < lim ? p : lim;
}

static void S_direct(Q_ctx *q)
{
    dp_doc *d = q->d;
    for (uint32_t o = 0; o < d->toks.n; o++) {
        {   /* to the next opening quotation mark                          */
            uint32_t n = (uint32_t)d->toks.n;
            o = S_next(q->at[S_AT_OPEN], o, n);
            if (o >= n) break;
        }
        const dp_quote *prev = q->prev ? &d->quotes.v[q->prev - 1] : 0;
        uint32_t c = S_close_of(d, o);
        if (!c || c <= o + 1) continue;
        int words = S_words(d, o + 1, c);
        if (S_inside_clause(q, o)) { o = c; continue; }
        uint32_t oa = S_skip_apos(d, o);
        if (oa > 1 && S_que(d, oa - 1) && c + 1 < d->toks.n &&
            S_t(d, c + 1)->kind == DP_TOK_WORD && S_t(d, c + 1)->sent == S_t(d, o)->sent &&
            !(S_t(d, c + 1)->flags & DP_TF_CAP) && S_qverb(q, oa - 2))
            continue;           /* "affirme que « les vieux partis » ne peuvent": mixed */
        dp_quote r = {.span = {o + 1, c}, .speaker = -1, .direct = 1};
        q->pro = 0;
        int ok = S_post_cue(q, &r, c) || S_pre_cue(q, &r, o, words);
        /* a pronoun cue ("», a-t-elle déclaré") whose antecedent was not
         * found takes no speaker of another gender or kind in its stead */
        int prev_ok = prev && prev->speaker >= 0 && (!q->pro || S_pro_ok(&d->ents.v[prev->speaker], q->pro));
        if (!ok && prev && words > SHORT_TERM &&
            (o == S_sent_t0(d, o) || (o > 0 && S_t(d, o - 1)->sent != S_t(d, o)->sent)) &&
            S_t(d, o)->sent - S_t(d, prev->span.t1)->sent <= 1) {
            r.speaker = prev->speaker;       /* follow-on quotation */
            r.speaker_span = prev->speaker_span;
            ok = 1;
        }
        if (!ok && words < 8) { o = c; continue; }
        if (!ok && S_headline(d, o + 1, c)) { o = c; continue; }
        if (r.speaker < 0 && o > S_sent_t0(d, o))   /* "le dalaï-lama « se joint … »" */
            r.speaker = S_main_subject(q, o, 0, &r.speaker_span);
        if (r.speaker < 0 && prev_ok && S_t(d, o)->sent - S_t(d, prev->span.t1 - 1)->sent <= 2) {
            r.speaker = prev->speaker;
            r.speaker_span = prev->speaker_span;
        }
        dp_quote *n = S_add(q, o + 1, c, 1);
        *n = r;
        q->prev = d->quotes.n;
        o = c;
    }
}

/* Clause end: the sentence end without its final punctuation.             */
static uint32_t S_clause_end(const dp_doc *d, uint32_t i)
{
    uint32_t e = S_sent_t1(d, i);
    while (e > i && S_t(d, e - 1)->kind == DP_TOK_PUNCT) e--;
    return e;
}

/* Speaker of the last recorded quotation in the sentence of I, or -1.     */
static int32_t S_sentence_speaker(Q_ctx *q, uint32_t i, dp_tspan *span)
{
    int32_t s = S_t(q->d, i)->sent;
    for (size_t k = q->d->quotes.n; k-- > 0;) {
        const dp_quote *r = &q->d->quotes.v[k];
        if (r->span.t1 > 0 && S_t(q->d, r->span.t1 - 1)->sent < s - 1) break;
        if (r->cue.t1 > r->cue.t0 && S_t(q->d, r->cue.t0)->sent == s && r->cue.t0 < i &&
            r->speaker >= 0) {
            *span = r->speaker_span;
            return r->speaker;
        }
    }
    return -1;
}

/* Complement of the reporting verb at V in quote_verbs.tsv's third field:
 * "de" (promettre de, menacer de, demander à X de), "a" (appeler à,
 * inviter X à) or "" when none.                                          */
static const char *S_verb_comp(const dp_doc *d, uint32_t v)
{
    const dp_token *t = S_t(d, v);
    const char *lem[17];
    size_t n = 0;
    if (t->lemma) lem[n++] = t->lemma;
    dp_lex_entry e[16];
    size_t ne = dp_tok_lex(d, v, e, 16);
    for (size_t k = 0; k < ne && k < 16; k++)
        if (e[k].pos && e[k].pos[0] == 'v' && e[k].lemma) lem[n++] = e[k].lemma;
    for (size_t k = 0; k < n; k++) {
        char key[128];
        const char *val;
        size_t l = dp_fold(lem[k], strlen(lem[k]), key, sizeof key);
        if (!l || l >= sizeof key || !dp_dict_find(d->model, "quote_verbs", key, l, &val, 1))
            continue;
        const char *tab = strchr(val, '\t');
        return tab ? tab + 1 : "";
    }
    return "";
}

static int S_que(const dp_doc *d, uint32_t i)
{
    return S_is(d, i, "que") || S_is(d, i, "qu'") ||
           (S_is(d, i, "qu") && i + 1 < d->toks.n && S_is(d, i + 1, "'"));
}

/* An infinitive clause starting at I: [ne pas | se | le ...] infinitive.  */
static int S_inf_at(const dp_doc *d, uint32_t i)
{
    if (i + 2 < d->toks.n && (S_is(d, i, "ne") || S_is(d, i, "n'")) &&
        (S_is(d, i + 1, "pas") || S_is(d, i + 1, "plus") || S_is(d, i + 1, "jamais")))
        i += 2;
    static const char *cl[] = {"se", "s'", "le", "la", "les", "l'", "lui", "leur", "y", "en", 0};
    for (int k = 0; cl[k]; k++)
        if (S_is(d, i, cl[k]) && i + 1 < d->toks.n) { i++; break; }
    const dp_token *t = i < d->toks.n ? S_t(d, i) : 0;
    return t && t->kind == DP_TOK_WORD && (t->pos & DP_POS_VINF) &&
           (!(t->pos & DP_POS_NC) || (i > 0 && !(S_t(d, i - 1)->pos & DP_POS_DET)));
}

/* A finite verb only (not also a noun, adjective, participle ...).        */
static int S_verb_only(const dp_doc *d, uint32_t i)
{
    uint32_t p = S_t(d, i)->pos;
    return (p & DP_POS_V) && !(p & (DP_POS_NC | DP_POS_ADJ | DP_POS_DET | DP_POS_PREP |
                                     DP_POS_NP | DP_POS_VPP | DP_POS_ADV));
}

/* End of a complement inserted between a reporting verb and its clause
 * ("a confié à Paul Martin jeudi soir sur LCI qu'", "a indiqué
 * à RTL en fin de soirée qu'"): it starts with a preposition or
 * a day; returns the token after it, or K when there is none.            */
static uint32_t S_skip_complement(const Q_ctx *q, uint32_t k, uint32_t end)
{
    static const char *day[] = {"au", "aux", "lors", 0};
    const dp_doc *d = q->d;
    int ok = k < end && (S_t(d, k)->pos & DP_POS_PREP) && !S_que(d, k) &&
             !S_is(d, k, "de") && !S_is(d, k, "d'");
    for (int i = 0; day[i] && !ok; i++) ok = S_is(d, k, day[i]);
    ok |= k < end && q->tend[k] > k;                /* "lundi matin", "ce jeudi" */
    if (!ok) return k;
    for (uint32_t m = k; m < end && m - k < 14; m++) {
        if (q->tend[m] > m) m = q->tend[m];       /* "vendredi après-midi" */
        if (m >= end) break;
        const dp_token *t = S_t(d, m);
        if (S_que(d, m) || (S_inf_at(d, m) && !S_is(d, m - 1, "de") && !S_is(d, m - 1, "d'") &&
                            !S_is(d, m - 1, "a")))
            return m;
        if (t->kind != DP_TOK_WORD && t->kind != DP_TOK_NUM && t->kind != DP_TOK_DASH) break;
        if (S_verb_only(d, m)) break;
    }
    return k;
}

/* Object then "de"/"à" + infinitive after a verb with such a complement
 * ("demande aux autorités locales de clarifier", "menace d'utiliser",
 * "invite les usagers à utiliser"): the infinitive's token, or 0.        */
static uint32_t S_comp_inf(const dp_doc *d, uint32_t k, uint32_t end, const char *comp)
{
    int de = !strcmp(comp, "de"), a = !strcmp(comp, "a");
    if (!de && !a) return 0;
    for (uint32_t m = k; m < end && m - k < 10; m++) {
        const dp_token *t = S_t(d, m);
        if (t->kind != DP_TOK_WORD) return 0;
        if (((de && (S_is(d, m, "de") || S_is(d, m, "d'"))) || (a && S_is(d, m, "a") && !(t->pos & DP_POS_V))) &&
            S_inf_at(d, m + 1))
            return m + 1;
        if (S_verb_only(d, m) || S_que(d, m)) return 0;
    }
    return 0;
}

/* "X a précisé que ...", "X a annoncé vouloir ...", "X demande aux
 * autorités de ...".                                                      */
static void S_que_clauses(Q_ctx *q)
{
    dp_doc *d = q->d;
    for (uint32_t v = 1; v + 1 < d->toks.n; v++) {
        {   /* to the next word that may be a verb (S_qverb's cheap tests) */
            uint32_t n1 = (uint32_t)d->toks.n - 1;
            v = S_next(q->at[S_AT_VERB], v, n1);
            if (v >= n1) break;
        }
        if (q->cued[v] || (S_t(d, v)->flags & DP_TF_IN_QUOTE) || q->covered[v] ||
            !S_qverb(q, v) || S_is(d, v - 1, "à"))
            continue;
        uint32_t k = v + 1, lo = S_sent_t0(d, v), hi = S_clause_end(d, v + 1);
        while (k < d->toks.n && S_adverb(d, k) && k - v < 3 && q->tend[k] <= k) k++;
        k = S_skip_complement(q, k, hi);
        if (S_is(d, k, "a") && S_is(d, k + 1, "ce")) k += 2;       /* à ce que */
        uint32_t c0k;
        if (S_que(d, k)) c0k = k + 1 + S_is(d, k, "qu");          /* "qu" "'" */
        else if (S_inf_at(d, k) && !(S_t(d, v)->pos & DP_POS_VINF) &&
                 !strcmp(S_verb_comp(d, v), "inf"))
            c0k = k;                                         /* a affirmé être */
        else if ((c0k = S_comp_inf(d, k, hi, S_verb_comp(d, v))) == 0) continue;
        uint32_t e = S_clause_end(d, c0k);
        if (e <= c0k || S_words(d, c0k, e) < 2) continue;
        char pro;
        uint32_t c0 = S_cue_start(d, v, lo, &pro);
        dp_quote *r = S_add(q, c0k, e, 0);
        S_speaker_from_cue(q, r, c0, v + 1, pro, e, 0);
        const char *nv = S_t(d, v)->norm;
        size_t l = strlen(nv);
        if (r->speaker < 0 && !pro && l > 3 && !strcmp(nv + l - 3, "ant"))
            r->speaker = S_sentence_speaker(q, v, &r->speaker_span);
        if (r->speaker < 0 && !pro && l > 3 && !strcmp(nv + l - 3, "ant"))
            r->speaker = S_antecedent(q, c0, 'm', &r->speaker_span);
        v = e;
    }
}

/* "..., a annoncé l'ONU." / "..., ont indiqué les secouristes.": a cue
 * verb group after a comma, with its subject, closing the sentence.      */
static void S_incises(Q_ctx *q)
{
    dp_doc *d = q->d;
    for (uint32_t i = 1; i + 2 < d->toks.n; i++) {
        {   /* to the next comma                                            */
            uint32_t n2 = (uint32_t)d->toks.n - 2;
            i = S_next(q->at[S_AT_COMMA], i, n2);
            if (i >= n2) break;
        }
        if (!S_punct(d, i, ",") || q->cued[i + 1] || (S_t(d, i)->flags & DP_TF_IN_QUOTE) ||
            S_t(d, i - 1)->kind == DP_TOK_QUOTE_CLOSE)
            continue;
        uint32_t lo = S_sent_t0(d, i), hi = S_clause_end(d, i);
        char pro;
        uint32_t c1 = S_cue_at(q, i + 1, hi, &pro);
        if (!c1 || c1 >= hi || q->covered[lo] || S_words(d, lo, i) < 4) continue;
        dp_tspan sp;
        uint32_t s1 = c1 < hi && q->tend[c1] > c1 ? q->tend[c1] : c1;   /* ", ont annoncé le 9 mai les Nations unies" */
        int32_t e = pro ? S_antecedent(q, i, pro, &sp) : S_subject_after(q, s1, hi, 8, &sp, 1);
        if (e < 0) continue;
        /* the subject must close the sentence (a time may follow it) */
        uint32_t after = !pro && sp.t1 < hi && q->tend[sp.t1] > sp.t1 ? q->tend[sp.t1] : sp.t1;
        if (!pro && after < hi && !S_punct(d, after, ",")) continue;
        dp_quote *r = S_add(q, lo, i, 0);
        r->cue = (dp_tspan){i + 1, c1};
        S_mark_cue(q, r->cue);
        r->speaker = e;
        r->speaker_span = sp;
        i = hi;
    }
}

/* A definite article at I: "selon les secours", not "selon un bilan". */
static int S_definite(const dp_doc *d, uint32_t i)
{
    return S_is(d, i, "le") || S_is(d, i, "la") || S_is(d, i, "les") || S_is(d, i, "l'");
}

/* "Selon X, ..." / "..., selon X." / "d'après X".                         */
/* End of the source phrase of selon / d'après / pour at J (the speaker
 * mention ends there): skips an apposed role (", secrétaire d'État ...,")
 * and a parenthesis ("(dont Human Rights Watch)"), then a comma.          */
static uint32_t S_source_end(const dp_doc *d, int32_t e, uint32_t j, uint32_t hi)
{
    if (j < hi && S_punct(d, j, "(")) {
        uint32_t m = j + 1;
        while (m < hi && !S_punct(d, m, ")") && m - j < 15) m++;
        if (m < hi) j = m + 1;
    }
    if (j < hi && S_punct(d, j, ",")) {
        uint32_t m = j + 1;
        while (m < hi && !S_punct(d, m, ",") && m - j < 20) m++;
        const char *v;
        uint32_t r = j + 1 + (S_is(d, j + 1, "le") || S_is(d, j + 1, "la") || S_is(d, j + 1, "l'"));
        if (m < hi && e >= 0 && (d->ents.v[e].role_span.t0 == r ||
                                 dp_ment_longest(d, "titles", r, m, 4, &v)))
            j = m;
    }
    if (j < hi && S_punct(d, j, ",")) j++;
    return j;
}

/* Indefinite pronoun sources: "Pour certains, ... ; pour d'autres, ...".   */
static int32_t S_indef_source(Q_ctx *q, uint32_t i, uint32_t hi, dp_tspan *span)
{
    dp_doc *d = q->d;
    uint32_t n = S_is(d, i, "certains") || S_is(d, i, "certaines") ? 1 :
                 S_is(d, i, "d'") && S_is(d, i + 1, "autres") ? 2 : 0;
    if (!n || i + n >= hi || !S_punct(d, i + n, ",")) return -1;
    dp_entity *e = DP_DPUSH(d, d->ents);
    e->type = DP_ENT_ORG;
    e->nominal = 1;
    e->place = -1;
    e->name = dp_doc_span_text(d, (dp_tspan){i, i + n});
    dp_tspan *m = DP_DPUSH(d, e->mentions);
    *m = (dp_tspan){i, i + n};
    *span = *m;
    return (int32_t)(d->ents.n - 1);
}

/* "Selon X, ..." / "..., selon X." / "d'après X" / "Pour X, ...".        */
static void S_selon(Q_ctx *q)
{
    dp_doc *d = q->d;
    for (uint32_t i = 0; i + 1 < d->toks.n; i++) {
        {   /* to the next "selon", "d'" or "pour" (any other word goes on below) */
            uint32_t n1 = (uint32_t)d->toks.n - 1;
            i = S_next(q->at[S_AT_SELON], i, n1);
            if (i >= n1) break;
        }
        int selon = S_is(d, i, "selon");
        int dapres = S_is(d, i, "d'") && S_is(d, i + 1, "apres");
        if (!selon && !dapres && !S_is(d, i, "pour")) continue;
        uint32_t lo = S_sent_t0(d, i), hi = S_sent_t1(d, i);
        int pour = S_is(d, i, "pour") && (i == lo || S_punct(d, i - 1, ";,"));
        if ((!selon && !dapres && !pour) || q->cued[i] || (S_t(d, i)->flags & DP_TF_IN_QUOTE))
            continue;
        uint32_t c1 = i + (dapres ? 2 : 1);
        dp_tspan sp = {0, 0};
        int32_t e = -1;
        uint32_t k = c1;
        char pro = S_stressed(d, c1);
        if (pro && S_punct(d, c1 + 1, ",")) {
            e = S_antecedent(q, i, pro, &sp);      /* "selon lui," */
            if (e >= 0) sp = (dp_tspan){c1, c1 + 1};
            k = c1;
        } else if (pour) {
            e = S_indef_source(q, c1, hi, &sp);
            if (e < 0 && q->map[c1] >= 0 && d->ents.v[q->map[c1]].type != DP_ENT_LOC) {
                sp = S_mention_of(d, q->map[c1], c1);
                if (S_punct(d, sp.t1, ",")) e = q->map[c1];
            }
            if (e < 0 && (e = S_name_after(q, c1, hi, &sp)) >= 0 && !S_punct(d, sp.t1, ",")) {
                for (uint32_t m = sp.t0; m < sp.t1; m++) q->map[m] = -1;   /* "Pour la première fois" */
                d->ents.n--;
                e = -1;
            }
            if (e >= 0) k = c1;
        } else {
            for (; k < hi && k < c1 + 10; k++) {
                if (q->map[k] >= 0 && d->ents.v[q->map[k]].type != DP_ENT_LOC) { e = q->map[k]; break; }
                if (S_t(d, k)->kind != DP_TOK_WORD && !S_punct(d, k, ",")) break;
            }
            if (e < 0 && (e = S_np_speaker(q, c1, hi, &sp, S_definite(d, c1) || S_is(d, c1, "des"))) >= 0)
                k = c1 + (S_is(d, c1, "d'") ? 1 : 0);     /* "selon des estimations" */
            if (e < 0 && (e = S_name_after(q, c1, hi, &sp)) >= 0) k = c1;   /* a name missed */
        }
        if (e < 0) continue;                     /* selon un bilan */
        if (!pro) sp = S_mention_of(d, e, k);
        uint32_t t0, t1, ce = S_clause_end(d, i);
        uint32_t j = S_source_end(d, pro ? -1 : e, pro ? c1 + 1 : sp.t1, hi);
        int after = j < ce && S_words(d, j, ce) >= 3 && !S_is(d, j, "qui") && !S_is(d, j, "que") &&
                    !S_is(d, j, "qu'") && !S_is(d, j, "dont") && S_t(d, j)->kind != DP_TOK_QUOTE_OPEN &&
                    (j == 0 || !S_punct(d, j - 1, ".;"));
        uint32_t b = i;
        while (b > lo && S_punct(d, b - 1, ",")) b--;
        int open = b > lo && (S_t(d, b - 1)->pos & (DP_POS_V | DP_POS_AUX)) &&
                   !(S_t(d, b - 1)->pos & (DP_POS_NC | DP_POS_ADJ | DP_POS_VPP));
        if (i == lo || (i > lo && S_t(d, i - 1)->kind == DP_TOK_QUOTE_CLOSE) || pour || (after && open) ||
            (after && S_words(d, lo, i) < 6) || (after && j > 0 && !S_punct(d, j - 1, ",") &&
                                                  S_words(d, j, ce) >= 3)) {
            if (j >= ce || S_t(d, j)->kind == DP_TOK_QUOTE_OPEN) continue;
            t0 = j;
            t1 = ce;
        } else {
            t0 = lo;
            t1 = i;
            while (t1 > t0 && S_punct(d, t1 - 1, ",")) t1--;
            if (q->covered[t0]) continue;
        }
        if (t1 <= t0 || S_words(d, t0, t1) < 3) continue;
        dp_quote *r = S_add(q, t0, t1, 0);
        r->cue = (dp_tspan){i, c1};
        S_mark_cue(q, r->cue);
        r->speaker = e;
        r->speaker_span = sp;
    }
}

static void S_sort(dp_doc *d)
{
    for (size_t i = 1; i < d->quotes.n; i++) {
        dp_quote x = d->quotes.v[i];
        size_t j = i;
        while (j > 0 && d->quotes.v[j - 1].span.t0 > x.span.t0) {
            d->quotes.v[j] = d->quotes.v[j - 1];
            j--;
        }
        d->quotes.v[j] = x;
    }
}

/* Q's bit sets of the tokens S_direct, S_que_clauses, S_incises and
 * S_selon walk to (S_AT_x).                                              */
static void S_at_index(Q_ctx *q)
{
    const dp_doc *d = q->d;
    size_t n = d->toks.n, nw = n / 64 + 1;
    uint64_t *b = dp_arena_alloc(&q->d->arena, 4 * nw * sizeof *b);
    for (size_t i = 0; i < n; i++) {
        const dp_token *t = &d->toks.v[i];
        size_t w = i >> 6;
        uint64_t m = 1ull << (i & 63);
        if (t->kind == DP_TOK_QUOTE_OPEN) b[w] |= m;
        if (S_may_be_verb(t)) b[nw + w] |= m;
        const char *x = t->norm;
        if (t->kind == DP_TOK_PUNCT && x[0] == ',') b[2 * nw + w] |= m;
        if ((x[0] == 's' && !strcmp(x, "selon")) || (x[0] == 'd' && x[1] == '\'' && !x[2]) ||
            (x[0] == 'p' && !strcmp(x, "pour")))
            b[3 * nw + w] |= m;
    }
    for (int k = 0; k < 4; k++) q->at[k] = b + (size_t)k * nw;
}

void dp_stage_quotes(dp_doc *d)
{
    if (!d->toks.n) return;
    Q_ctx q = {.d = d};
    q.map = dp_ment_token_map(d);
    q.qlem = dp_arena_alloc(&d->arena, DP_QLEM_SLOTS * sizeof *q.qlem);
    q.cued = dp_arena_alloc(&d->arena, d->toks.n + 1);
    q.covered = dp_arena_alloc(&d->arena, d->toks.n + 1);
    q.qverb = dp_arena_alloc(&d->arena, d->toks.n + 1);
    q.role = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *q.role);   /* -1 below */
    q.inrole = dp_arena_alloc_raw(&d->arena, (d->toks.n + 1) * sizeof *q.inrole);
    q.tend = dp_arena_alloc(&d->arena, (d->toks.n + 1) * sizeof *q.tend);
    S_at_index(&q);
    for (size_t t = 0; t < d->times.n; t++)
        if (d->times.v[t].span.t0 < d->toks.n) q.tend[d->times.v[t].span.t0] = d->times.v[t].span.t1;
    for (size_t i = 0; i < d->toks.n; i++) q.role[i] = q.inrole[i] = -1;
    q.role[d->toks.n] = q.inrole[d->toks.n] = 0;    /* the slot past the end */
    for (size_t e = 0; e < d->ents.n; e++) {
        const dp_entity *en = &d->ents.v[e];
        if (en->type != DP_ENT_PER) continue;
        if (en->role_span.t1 > en->role_span.t0) q.role[en->role_span.t0] = (int32_t)e;
        if (en->title_span.t1 > en->title_span.t0) q.role[en->title_span.t0] = (int32_t)e;
        for (uint32_t k = en->role_span.t0; k < en->role_span.t1 && k < d->toks.n; k++)
            q.inrole[k] = (int32_t)e;
        for (uint32_t k = en->title_span.t0; k < en->title_span.t1 && k < d->toks.n; k++)
            q.inrole[k] = (int32_t)e;
    }
    S_direct(&q);
    S_que_clauses(&q);
    S_incises(&q);
    S_selon(&q);
    S_sort(d);
    for (size_t k = 0; k < d->quotes.n; k++) {   /* no speaker found: the last person */
        dp_quote *r = &d->quotes.v[k];
        if (r->speaker < 0)
            r->speaker = S_antecedent(&q, r->cue.t1 > r->cue.t0 ? r->cue.t0 : r->span.t0, 'o',
                                      &r->speaker_span);
    }
}
