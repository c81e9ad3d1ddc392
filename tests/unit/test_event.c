/*
 * test_event.c -- unit tests of event coding (src/event/event.c) on
 * hand-built documents: tokens with lemmas and parts of speech, entities,
 * places, times and quotes written out by the test, and the real lexicon
 * data/lexicon/triggers.tsv read from the source tree (run from the
 * repository root).  No compiled model is needed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>

#include "doc.h"
#include "event/event.h"
#include "text/text.h"

/* ---- the lexicon, read from the TSV file ---------------------------------- */

typedef struct lexline { char *key; char *val; } lexline;
static lexline *lex_v;
static size_t lex_n;

static void lex_load(void)
{
    if (lex_v) return;
    FILE *f = fopen("data/lexicon/triggers.tsv", "r");
    assert_non_null(f);
    char line[2048];
    size_t cap = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        char *tab = strchr(line, '\t');
        assert_non_null(tab);
        *tab = 0;
        if (lex_n == cap) {
            cap = cap ? cap * 2 : 256;
            lex_v = realloc(lex_v, cap * sizeof *lex_v);
        }
        char key[512];
        dp_fold(line, strlen(line), key, sizeof key);
        lex_v[lex_n].key = strdup(key);
        lex_v[lex_n].val = strdup(tab + 1);
        lex_n++;
    }
    fclose(f);
}

static size_t lex_find(void *ctx, const char *key, size_t len, const char **vals, size_t max)
{
    (void)ctx;
    size_t n = 0;
    for (size_t i = 0; i < lex_n; i++)
        if (strlen(lex_v[i].key) == len && !memcmp(lex_v[i].key, key, len)) {
            if (n < max) vals[n] = lex_v[i].val;
            n++;
        }
    return n;
}

static int lex_prefix(void *ctx, const char *key, size_t len)
{
    (void)ctx;
    for (size_t i = 0; i < lex_n; i++)
        if (strlen(lex_v[i].key) > len && !memcmp(lex_v[i].key, key, len) && lex_v[i].key[len] == ' ')
            return 1;
    return 0;
}

static const dp_event_lex LEX = {lex_find, lex_prefix, NULL};

/* ---- building a document ---------------------------------------------------- */

static jmp_buf oom;
static void on_oom(void *ctx) { (void)ctx; longjmp(oom, 1); }

static dp_doc *doc_new(void)
{
    dp_doc *d = calloc(1, sizeof *d);
    dp_arena_init(&d->arena, on_oom, d);
    d->published = "2016-08-24";
    d->pub_y = 2016; d->pub_m = 8; d->pub_d = 24;
    return d;
}

static void doc_free(dp_doc *d)
{
    dp_arena_free(&d->arena);
    free(d);
}

static uint32_t pos_bits(const char *p)
{
    uint32_t b = 0;
    for (; *p; p++) switch (*p) {
        case 'V': b |= DP_POS_V; break;
        case 'K': b |= DP_POS_V | DP_POS_VPP; break;
        case 'W': b |= DP_POS_V | DP_POS_VINF; break;
        case 'N': b |= DP_POS_NC; break;
        case 'P': b |= DP_POS_NP; break;
        case 'A': b |= DP_POS_ADJ; break;
        case 'R': b |= DP_POS_ADV; break;
        case 'D': b |= DP_POS_DET; break;
        case 'X': b |= DP_POS_V | DP_POS_AUX; break;
        case 'O': b |= DP_POS_PRO; break;
        case 'C': b |= DP_POS_CONJ; break;
        case 'p': b |= DP_POS_PREP; break;
        }
    return b;
}

/* Appends one sentence: tokens separated by spaces, each "form" or
 * "form|lemma|POS" (POS letters of pos_bits).  A token after an elision
 * ("l'") has no space before it.  Returns the index of its first token.   */
static uint32_t add_sentence(dp_doc *d, const char *spec, int32_t repeat_of)
{
    char *copy = strdup(spec);
    dp_sentence *s = DP_DPUSH(d, d->sents);
    s->t0 = (uint32_t)d->toks.n;
    s->repeat_of = repeat_of;
    int glue = 0;
    for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
        char *form = w, *lemma = NULL, *pos = "";
        char *bar = strchr(w, '|');
        if (bar) {
            *bar = 0;
            lemma = bar + 1;
            char *bar2 = strchr(lemma, '|');
            if (bar2) { *bar2 = 0; pos = bar2 + 1; }
            if (!*lemma) lemma = NULL;
        }
        dp_token *t = DP_DPUSH(d, d->toks);
        char buf[256];
        dp_fold(form, strlen(form), buf, sizeof buf);
        t->norm = dp_arena_strdup(&d->arena, buf);
        dp_lower(form, strlen(form), buf, sizeof buf);
        t->lower = dp_arena_strdup(&d->arena, buf);
        t->lemma = lemma ? dp_arena_strdup(&d->arena, lemma) : NULL;
        t->pos = pos_bits(pos);
        t->sent = (int32_t)(d->sents.n - 1);
        if (!strcmp(form, "«")) t->kind = DP_TOK_QUOTE_OPEN;
        else if (!strcmp(form, "»")) t->kind = DP_TOK_QUOTE_CLOSE;
        else if (strchr(",.;:!?", form[0]) && !form[1]) t->kind = DP_TOK_PUNCT;
        else t->kind = DP_TOK_WORD;
        if (!glue) t->flags |= DP_TF_SPACE;
        size_t l = strlen(form);
        glue = l && form[l - 1] == '\'';
        if (glue) t->flags |= DP_TF_ELISION;
    }
    s->t1 = (uint32_t)d->toks.n;
    free(copy);
    return s->t0;
}

static int32_t add_entity(dp_doc *d, dp_ent_type type, uint32_t t0, uint32_t t1,
                          const char *code, const char *country, const char *sector)
{
    dp_entity *e = DP_DPUSH(d, d->ents);
    e->type = type;
    e->place = -1;
    e->actor.code = code;
    if (country) snprintf(e->actor.country, sizeof e->actor.country, "%s", country);
    e->actor.sector = sector;
    *DP_DPUSH(d, e->mentions) = (dp_tspan){t0, t1};
    return (int32_t)(d->ents.n - 1);
}

static void add_mention(dp_doc *d, int32_t ent, uint32_t t0, uint32_t t1)
{
    *DP_DPUSH(d, d->ents.v[ent].mentions) = (dp_tspan){t0, t1};
}

/* A town: a LOC entity and its place.                                     */
static int32_t add_town(dp_doc *d, uint32_t gaz, uint32_t t0, uint32_t t1)
{
    int32_t e = add_entity(d, DP_ENT_LOC, t0, t1, NULL, NULL, NULL);
    dp_place *p = DP_DPUSH(d, d->places);
    p->gaz = gaz;
    p->precision = "exact";
    p->entity = e;
    *DP_DPUSH(d, p->mentions) = (dp_tspan){t0, t1};
    d->ents.v[e].place = (int32_t)(d->places.n - 1);
    return (int32_t)(d->places.n - 1);
}

static void add_place_mention(dp_doc *d, int32_t place, uint32_t t0, uint32_t t1)
{
    *DP_DPUSH(d, d->places.v[place].mentions) = (dp_tspan){t0, t1};
    add_mention(d, d->places.v[place].entity, t0, t1);
}

static void add_time(dp_doc *d, uint32_t t0, uint32_t t1, const char *value)
{
    dp_time *t = DP_DPUSH(d, d->times);
    t->span = (dp_tspan){t0, t1};
    t->type = DP_TIME_DATE;
    t->value = value;
    t->resolved = 1;
}

/* DUMP=1 in the environment prints the records (debugging).           */
static void dump(dp_doc *d){ for(size_t i=0;i<d->events.n;i++){dp_event*e=&d->events.v[i]; fprintf(stderr,"EV %s %s sent=%d trig=%u-%u neg=%d fut=%d hyp=%d place=%d date=%s why=%s nact=%zu nrec=%zu also=%zu\n",e->event,e->cameo,e->sent,e->trigger.t0,e->trigger.t1,e->negated,e->future,e->hypothetical,e->place,e->date,e->why,e->actors.n,e->recipients.n,e->also_in.n);} }
static void code(dp_doc *d)
{
    lex_load();
    if (setjmp(oom)) fail_msg("out of memory");
    dp_events_code(d, &LEX);
    if (getenv("DUMP")) dump(d);
}

static int has_arg(const dp_event *e, int recipients, int32_t ent)
{
    const dp_event_arg *v = recipients ? e->recipients.v : e->actors.v;
    size_t n = recipients ? e->recipients.n : e->actors.n;
    for (size_t i = 0; i < n; i++)
        if (v[i].entity == ent) return 1;
    return 0;
}

static const dp_event *find_event(const dp_doc *d, const char *type, int32_t sent)
{
    for (size_t i = 0; i < d->events.n; i++)
        if (!strcmp(d->events.v[i].event, type) && (sent < 0 || d->events.v[i].sent == sent))
            return &d->events.v[i];
    return NULL;
}

/* ---- the tests ---------------------------------------------------------------- */

static const char *SEED_LEAD =
    "Les|le|D forces|force|N spéciales|spécial|A irakiennes|irakien|A ont|avoir|X "
    "lancé|lancer|K hier|hier|R une|un|D opération|opération|N pour|pour|p "
    "reprendre|reprendre|W aux|à|p groupes|groupe|N armés|armé|A la|le|D "
    "ville|ville|N de|de|p Qayyarah||P , une|un|D position|position|N clé|clé|A .";

/* Every line of the lexicon has a known part and trigger lines 9 fields. */
static void test_lexicon_lines(void **state)
{
    (void)state;
    lex_load();
    assert_true(lex_n > 200);
    static const char *const parts[] = {"verb", "noun", "light", "modal", "cue", "armed", "placehead", "thing", "site"};
    for (size_t i = 0; i < lex_n; i++) {
        const char *v = lex_v[i].val;
        size_t pl = strcspn(v, "\t");
        int ok = 0;
        for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
            if (strlen(parts[k]) == pl && !strncmp(v, parts[k], pl)) ok = 1;
        if (!ok) fail_msg("bad part in line of '%s'", lex_v[i].key);
        if (!strncmp(v, "verb\t", 5) || !strncmp(v, "noun\t", 5)) {
            int tabs = 0;
            for (const char *p = v; *p; p++) tabs += *p == '\t';
            if (tabs != 9) fail_msg("'%s' has %d fields, not 10", lex_v[i].key, tabs + 1);
        }
    }
}

/* The seed's lead: a support verb, its noun and a purpose infinitive make
 * one event; actor the subject of "lancer", recipient "aux groupes armés",
 * place the town retaken, date "hier".                                     */
static void test_light_purpose(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d, SEED_LEAD, -1);
    int32_t forces = add_entity(d, DP_ENT_ORG, t + 0, t + 4, "IRQMIL", "IRQ", "MIL");
    d->ents.v[forces].nominal = 1;
    int32_t groups = add_entity(d, DP_ENT_ORG, t + 12, t + 14, "REB", NULL, "REB");
    int32_t qay = add_town(d, 7, t + 17, t + 18);
    add_time(d, t + 6, t + 7, "2016-08-23");
    code(d);
    assert_int_equal(d->events.n, 1);
    const dp_event *e = &d->events.v[0];
    assert_string_equal(e->event, "ASSAULT");
    assert_string_equal(e->cameo, "190");
    assert_string_equal(e->acled_type, "Battles");
    assert_string_equal(e->acled_sub, "Government regains territory");
    assert_true(has_arg(e, 0, forces));
    assert_true(has_arg(e, 1, groups));
    assert_int_equal(e->place, qay);
    assert_string_equal(e->date, "2016-08-23");
    assert_string_equal(e->date_precision, "day");
    assert_int_equal(e->trigger.t0, t + 4);
    assert_int_equal(e->trigger.t1, t + 11);
    assert_false(e->negated || e->future || e->hypothetical);
    doc_free(d);
}

/* The same event told again: the repeated sentence and an anaphoric
 * "l'opération" in a quote add to the first record; the quote's speaker
 * becomes its source.                                                       */
static void test_merge_and_sources(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d, SEED_LEAD, -1);
    int32_t forces = add_entity(d, DP_ENT_ORG, t + 0, t + 4, "IRQMIL", "IRQ", "MIL");
    add_entity(d, DP_ENT_ORG, t + 12, t + 14, "REB", NULL, "REB");
    int32_t qay = add_town(d, 7, t + 17, t + 18);
    uint32_t u = add_sentence(d,
        "« L'|le|D opération|opération|N a|avoir|X débuté|débuter|K à|à|p l'|le|D aube|aube|N » , "
        "a|avoir|X déclaré|déclarer|K le|le|D général|général|N Firas||P Bachar||P .", -1);
    int32_t bachar = add_entity(d, DP_ENT_PER, u + 11, u + 13, NULL, NULL, NULL);
    dp_quote *q = DP_DPUSH(d, d->quotes);
    q->span = (dp_tspan){u + 1, u + 7};
    q->speaker = bachar;
    q->cue = (dp_tspan){u + 9, u + 10};
    q->direct = 1;
    uint32_t r = add_sentence(d, SEED_LEAD, 0);
    add_mention(d, forces, r + 0, r + 4);
    add_place_mention(d, qay, r + 17, r + 18);
    code(d);
    assert_int_equal(d->events.n, 1);
    const dp_event *e = &d->events.v[0];
    assert_int_equal(e->sent, 0);
    assert_int_equal(e->also_in.n, 2);
    assert_int_equal(e->sources.n, 1);
    assert_int_equal(e->sources.v[0], bachar);
    doc_free(d);
}

/* Passive "ont été tués": the subject is the victim; coordination "ou ont
 * fui" takes the same subject.                                             */
/* "l'Arabie saoudite, l'Égypte et la Libye ont rompu": every coordinated
 * subject is an actor.                                                    */
static void test_coordinated_subjects(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "Dimanche|dimanche|N , l'|le|D Arabie||P saoudite||P , l'|le|D Égypte||P et|et|C "
        "la|le|D Libye||P ont|avoir|X rompu|rompre|K leurs|leur|D relations|relation|N "
        "avec|avec|p le|le|D Qatar||P .", -1);
    int32_t sa = add_entity(d, DP_ENT_LOC, t + 3, t + 5, "SAUGOV", "SAU", "GOV");
    int32_t eg = add_entity(d, DP_ENT_LOC, t + 7, t + 8, "EGYGOV", "EGY", "GOV");
    int32_t ly = add_entity(d, DP_ENT_LOC, t + 10, t + 11, "LBYGOV", "LBY", "GOV");
    code(d);
    const dp_event *e = find_event(d, "SANCTION", -1);
    assert_non_null(e);
    assert_true(has_arg(e, 0, sa));
    assert_true(has_arg(e, 0, eg));
    assert_true(has_arg(e, 0, ly));
    doc_free(d);
}

/* "X, le ministre de l'Intérieur, refuse": the apposition is looked
 * through, the name before it is the actor.                               */
static void test_apposition_subject(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "Matteo||P Salvini||P , le|le|D ministre|ministre|N de|de|p l'|le|D "
        "Intérieur|intérieur|N , refuse|refuser|V la|le|D décision|décision|N .", -1);
    int32_t ms = add_entity(d, DP_ENT_PER, t, t + 2, "ITAGOV", "ITA", "GOV");
    code(d);
    const dp_event *e = find_event(d, "REJECT", -1);
    assert_non_null(e);
    assert_true(has_arg(e, 0, ms));
    doc_free(d);
}

/* "65 personnes sont mortes et 300 autres blessées": a participle with no
 * auxiliary after a noun is passive, its noun no actor.                    */
static void test_bare_participle(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "Au|à|p moins|moins|R 65|65| personnes|personne|N sont|être|X mortes|mourir|KA , "
        "et|et|C 300|300| autres|autre|AO blessées|blesser|KNA , dans|dans|p une|un|D "
        "explosion|explosion|N .", -1);
    int32_t others = add_entity(d, DP_ENT_PER, t + 8, t + 10, NULL, NULL, "CVL");
    d->ents.v[others].nominal = 1;
    code(d);
    for (size_t i = 0; i < d->events.n; i++)
        assert_false(has_arg(&d->events.v[i], 0, others));
    doc_free(d);
}

static void test_passive_and_coordination(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "La|le|D plupart|plupart|N des|de|D combattants|combattant|N de|de|p Daech||P "
        "ont|avoir|X été|être|XK tués|tuer|K ou|ou|C ont|avoir|X fui|fuir|K .", -1);
    int32_t fighters = add_entity(d, DP_ENT_ORG, t + 3, t + 6, "IMGMUSISI", NULL, "IMG");
    code(d);
    const dp_event *k = find_event(d, "ASSAULT", -1);
    assert_non_null(k);
    assert_true(has_arg(k, 1, fighters));
    assert_int_equal(k->actors.n, 0);
    assert_int_equal(k->trigger.t0, t + 6);
    const dp_event *f = find_event(d, "RETREAT", -1);
    assert_non_null(f);
    assert_true(has_arg(f, 0, fighters));
    doc_free(d);
}

/* "Après avoir repris en juin la ville de Fallouja, les forces ... ont":
 * the infinitive's subject is the main clause's, the date the month.      */
static void test_infinitive_subject_right(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "Après|après|p avoir|avoir|XW repris|reprendre|K en|en|p juin|juin|N la|le|D "
        "ville|ville|N de|de|p Fallouja||P , les|le|D forces|force|N "
        "gouvernementales|gouvernemental|A irakiennes|irakien|A ont|avoir|X "
        "désormais|désormais|R Mossoul||P en|en|p ligne|ligne|N de|de|p mire|mire|N .", -1);
    int32_t fal = add_town(d, 9, t + 8, t + 9);
    int32_t forces = add_entity(d, DP_ENT_ORG, t + 10, t + 14, "IRQGOV", "IRQ", "GOV");
    add_town(d, 11, t + 16, t + 17);
    add_time(d, t + 3, t + 5, "2016-06");
    code(d);
    const dp_event *e = find_event(d, "ASSAULT", -1);
    assert_non_null(e);
    assert_int_equal(e->place, fal);
    assert_string_equal(e->date, "2016-06");
    assert_string_equal(e->date_precision, "month");
    assert_true(has_arg(e, 0, forces));
    doc_free(d);
}

/* Negation (an act denied is no record, a foiled one is negated), a
 * governing modal verb and the publication date fallback.                 */
static void test_modality(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "Les|le|D rebelles|rebelle|N n'|ne|R ont|avoir|X pas|pas|R attaqué|attaquer|K "
        "Alep||P .", -1);
    add_entity(d, DP_ENT_ORG, t + 0, t + 2, "SYRREB", "SYR", "REB");
    add_town(d, 3, t + 6, t + 7);
    uint32_t w = add_sentence(d,
        "La|le|D police|police|N a|avoir|X déjoué|déjouer|K un|un|D "
        "attentat|attentat|N à|à|p Homs||P .", -1);
    add_town(d, 5, w + 7, w + 8);
    uint32_t u = add_sentence(d,
        "L'|le|D armée|armée|N prévoit|prévoir|V de|de|p bombarder|bombarder|W "
        "Raqqa||P .", -1);
    int32_t army = add_entity(d, DP_ENT_ORG, u + 0, u + 2, "SYRMIL", "SYR", "MIL");
    add_town(d, 4, u + 5, u + 6);
    code(d);
    assert_null(find_event(d, "ASSAULT", 0));
    const dp_event *a = find_event(d, "ASSAULT", 1);
    assert_non_null(a);
    assert_true(a->negated);
    assert_string_equal(a->date_precision, "published");
    const dp_event *b = find_event(d, "ASSAULT", 2);
    assert_non_null(b);
    assert_true(b->future);
    assert_true(has_arg(b, 0, army));
    assert_string_equal(b->acled_sub, "Air/drone strike");
    doc_free(d);
}

/* A noun event with its "de" agent and "contre" target; a kamikaze cue.   */
static void test_noun_and_cue(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "L'|le|D attaque|attaque|N de|de|p Daech||P contre|contre|p l'|le|D armée|armée|N "
        "a|avoir|X été|être|XK menée|mener|K par|par|p un|un|D kamikaze|kamikaze|N .", -1);
    int32_t daech = add_entity(d, DP_ENT_ORG, t + 3, t + 4, "IMGMUSISI", NULL, "IMG");
    int32_t army = add_entity(d, DP_ENT_ORG, t + 5, t + 7, "MIL", NULL, "MIL");
    code(d);
    const dp_event *e = find_event(d, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(has_arg(e, 0, daech));
    assert_true(has_arg(e, 1, army));
    assert_string_equal(e->acled_sub, "Suicide bomb");
    assert_string_equal(e->cameo, "1831");
    doc_free(d);
}

/* A headline's event joins the body's first record of the same type, and
 * the body sentence becomes the record's sentence.                          */
static void test_headline(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d, "Irak|Irak|P : attentat|attentat|N contre|contre|p une|un|D mosquée|mosquée|N", -1);
    for (uint32_t i = t; i < d->toks.n; i++) d->toks.v[i].para = 0;
    d->sents.v[0].para = 0;
    uint32_t u = add_sentence(d,
        "Des|un|D hommes|homme|N armés|armé|A ont|avoir|X attaqué|attaquer|K hier|hier|R "
        "la|le|D mosquée|mosquée|N de|de|p Hilla||P .", -1);
    for (uint32_t i = u; i < d->toks.n; i++) d->toks.v[i].para = 1;
    d->sents.v[1].para = 1;
    int32_t men = add_entity(d, DP_ENT_ORG, u + 0, u + 3, NULL, "IRQ", "UNK");
    add_town(d, 5, u + 9, u + 10);
    add_time(d, u + 5, u + 6, "2016-01-03");
    code(d);
    assert_int_equal(d->events.n, 1);
    const dp_event *e = &d->events.v[0];
    assert_int_equal(e->sent, 1);
    assert_int_equal(e->also_in.n, 1);
    assert_int_equal(e->also_in.v[0], 0);
    assert_true(has_arg(e, 0, men));
    assert_string_equal(e->date, "2016-01-03");
    doc_free(d);
}

/* A claim gives the attack its actor; a casualty report right after the
 * attack folds into it (its toll), not a record of its own.              */
static void test_claim_and_toll(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    uint32_t t = add_sentence(d,
        "Une|un|D voiture|voiture|N a|avoir|X explosé|exploser|K à|à|p Ankara||P .", -1);
    int32_t ank = add_town(d, 3, t + 5, t + 6);
    uint32_t u = add_sentence(d,
        "Dix|dix|D personnes|personne|N ont|avoir|X été|être|K tuées|tuer|K .", -1);
    uint32_t w = add_sentence(d,
        "L'|le|D attentat|attentat|N est|être|X revendiqué|revendiquer|K par|par|p "
        "l'|le|D État||P islamique||A .", -1);
    int32_t is = add_entity(d, DP_ENT_ORG, w + 5, w + 7, "IMGMUSISI", "", "IMG");
    code(d);
    assert_int_equal(d->events.n, 1);
    const dp_event *e = &d->events.v[0];
    assert_string_equal(e->event, "ASSAULT");
    assert_int_equal(e->sent, 0);
    assert_int_equal(e->place, ank);
    assert_true(has_arg(e, 0, is));
    int told = 0;   /* the toll's sentence (and the claim's "L'attentat") */
    for (size_t i = 0; i < e->also_in.n; i++) told |= e->also_in.v[i] == d->toks.v[u].sent;
    assert_true(told);
    doc_free(d);
}

/* A noun trigger inside a name or as the bare complement of another noun
 * tells no event ("un fusil d'assaut"); a verbal event takes no place from
 * outside its own clause but the scene its sentence opens with ("À Ankara,"). */
static void test_modifier_and_verbal_place(void **state)
{
    (void)state;
    dp_doc *d = doc_new();
    add_sentence(d,
        "Il|il|O portait|porter|V un|un|D fusil|fusil|N d'|de|p assaut|assaut|N .", -1);
    uint32_t u = add_sentence(d,
        "À|à|p Ankara||P , le|le|D ministre|ministre|N a|avoir|X condamné|condamner|K "
        "l'|le|D attaque|attaque|N .", -1);
    int32_t min = add_entity(d, DP_ENT_PER, u + 3, u + 5, NULL, "TUR", "GOV");
    int32_t ank = add_town(d, 3, u + 1, u + 2);
    code(d);
    const dp_event *acc = find_event(d, "ACCUSE", -1);
    assert_non_null(acc);
    assert_true(has_arg(acc, 0, min));
    assert_int_equal(acc->place, ank);
    for (size_t i = 0; i < d->events.n; i++) assert_int_not_equal(d->events.v[i].sent, 0);
    doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lexicon_lines),
        cmocka_unit_test(test_light_purpose),
        cmocka_unit_test(test_merge_and_sources),
        cmocka_unit_test(test_passive_and_coordination),
        cmocka_unit_test(test_coordinated_subjects),
        cmocka_unit_test(test_apposition_subject),
        cmocka_unit_test(test_bare_participle),
        cmocka_unit_test(test_infinitive_subject_right),
        cmocka_unit_test(test_modality),
        cmocka_unit_test(test_noun_and_cue),
        cmocka_unit_test(test_headline),
        cmocka_unit_test(test_claim_and_toll),
        cmocka_unit_test(test_modifier_and_verbal_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
