/*
 * records.c -- the result as C values (include/depeche.h, "The result as C
 * values"; docs/API.md): the records output/json.c writes, read from the
 * document's structures one at a time, each value as a JSON reader gets it
 * back from that text.  The writer's rules are followed one for one: what
 * it leaves out, what it writes as null, how it writes numbers (a front end
 * that stores these values stores what it would have stored from parsing
 * the JSON).  Strings point into the document (its text, its arena) or the
 * model; ids and references are made in the arena.
 */
#include "doc.h"
#include "output/output.h"
#include "text/text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const dp_str S_null = {NULL, 0};

/* ---- Values as the JSON reads back -------------------------------------- */
/* N bytes of S as their JSON string decodes: bytes that are not valid
 * UTF-8 are written as U+FFFD (a copy then), the rest as they are.       */
static dp_str S_strn(dp_doc *d, const char *s, size_t n)
{
    size_t bad = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        int b;
        i += dp_utf8_next(s + i, n - i, &cp, &b);
        bad += b != 0;
    }
    if (!bad) return (dp_str){s, n};
    char *o = dp_arena_alloc_raw(&d->arena, n + 2 * bad + 1);
    size_t m = dp_utf8_scrub(s, n, o);
    o[m] = 0;
    return (dp_str){o, m};
}

static dp_str S_str(dp_doc *d, const char *s)
{
    return s ? S_strn(d, s, strlen(s)) : S_null;
}

/* At most MAX bytes of a fixed-size field, up to its NUL; null when empty
 * (EMPTY_NULL) or "".                                                   */
static dp_str S_field(dp_doc *d, const char *s, size_t max, int empty_null)
{
    size_t n = strnlen(s, max);
    return n || !empty_null ? S_strn(d, s, n) : S_null;
}

/* A number the JSON holds as TXT: an integer when it has no '.' nor
 * exponent (a reader turns "-0" into 0), else as strtod reads it.        */
static double S_reread(const char *txt)
{
    if (!strpbrk(txt, ".eE")) return (double)strtoll(txt, NULL, 10);
    return strtod(txt, NULL);
}

/* V as the writer writes it with "%.5f" (HOW 5) or "%.3g" (HOW 3), read
 * back; NAN for the null written for a NaN or an infinity.  The writer's
 * digits are Q, the value Q / 10^PREC: both exact doubles, so their
 * quotient is the double nearest the decimal, which strtod reads.       */
static double S_num(double v, int how)
{
    static const double p10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
    char b[512];
    uint64_t q;
    if (isnan(v) || isinf(v)) return NAN;
    if (how == 5 && dp_json_scaled(v, 5, &q)) return signbit(v) ? -((double)q / 1e5) : (double)q / 1e5;
    if (how == 3) {   /* as output/json.c's S_g3 */
        int prec = v >= 0.1 ? 3 : v >= 0.01 ? 4 : v >= 0.001 ? 5 : v >= 0.0001 ? 6 : -1;
        if (v == 0 && !signbit(v)) return 0;
        if (prec >= 0 && v <= 1 && dp_json_scaled(v, prec, &q)) return (double)q / p10[prec];
    }
    snprintf(b, sizeof b, how == 5 ? "%.5f" : "%.3g", v);
    return S_reread(b);
}

static int S_span_ok(const dp_doc *d, dp_tspan s)
{
    return s.t0 < s.t1 && s.t1 <= d->toks.n;
}

static dp_span_rec S_span(dp_doc *d, dp_tspan s)
{
    if (!S_span_ok(d, s)) return (dp_span_rec){0, 0, 0, S_null};
    const dp_token *a = &d->toks.v[s.t0], *z = &d->toks.v[s.t1 - 1];
    size_t b0 = a->b0 > d->len ? d->len : a->b0, b1 = z->b1 > d->len ? d->len : z->b1;
    return (dp_span_rec){1, a->c0, z->c1, S_strn(d, d->text + b0, b1 > b0 ? b1 - b0 : 0)};
}

static dp_span_rec S_sentence(dp_doc *d, int32_t sent)
{
    if (sent < 0 || (size_t)sent >= d->sents.n) return (dp_span_rec){0, 0, 0, S_null};
    dp_tspan s = {d->sents.v[sent].t0, d->sents.v[sent].t1};
    return S_span(d, s);
}

static size_t S_nspans(const dp_doc *d, const dp_tspan *v, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += S_span_ok(d, v[i]);
    return k;
}

/* PREFIX followed by N in decimal, as a new string.                     */
static dp_str S_numbered(dp_doc *d, const char *prefix, size_t plen, size_t n)
{
    char t[24];
    int k = 0;
    do t[k++] = (char)('0' + n % 10); while (n /= 10);
    char *s = dp_arena_alloc_raw(&d->arena, plen + (size_t)k + 1), *p = s + plen;
    memcpy(s, prefix, plen);
    while (k) *p++ = t[--k];
    *p = 0;
    return (dp_str){s, (size_t)(p - s)};
}

/* "e3" for PREFIX 'e' and I 2; null when I is not below N.               */
static dp_str S_ref(dp_doc *d, char prefix, long i, size_t n)
{
    if (i < 0 || (size_t)i >= n) return S_null;
    return S_numbered(d, &prefix, 1, (size_t)i + 1);
}

/* ---- Records ------------------------------------------------------------- */
/* The index in d->times (d->quotes) of the K-th one the JSON writes (those
 * with words), or -1.                                                     */
static long S_time_at(const dp_doc *d, size_t k)
{
    for (size_t i = 0; i < d->times.n; i++)
        if (S_span_ok(d, d->times.v[i].span) && !k--) return (long)i;
    return -1;
}

static long S_quote_at(const dp_doc *d, size_t k)
{
    for (size_t i = 0; i < d->quotes.n; i++)
        if (S_span_ok(d, d->quotes.v[i].span) && !k--) return (long)i;
    return -1;
}

static void S_doc(dp_doc *d, size_t i, size_t k, void *out)
{
    dp_doc_rec *r = out;
    r->id = S_str(d, d->id ? d->id : "");
    r->published = S_str(d, d->published);
    r->title = S_str(d, d->title);
    r->url = S_str(d, d->url);
    r->source = S_str(d, d->source);
}

static void S_entity(dp_doc *d, size_t i, size_t k, void *out)
{
    const dp_entity *e = &d->ents.v[i];
    dp_entity_rec *r = out;
    memset(r, 0, sizeof *r);
    r->id = S_ref(d, 'e', (long)i, d->ents.n);
    r->type = S_str(d, dp_json_ent_type(e->type));
    r->name = S_str(d, e->name ? e->name : "");
    r->title = S_str(d, e->title);
    r->role = S_str(d, e->role);
    if (e->gender == 'm' || e->gender == 'f') r->gender = S_strn(d, &e->gender, 1);
    if (e->place >= 0) r->place = S_ref(d, 'p', e->place, d->places.n);
    if (e->actor.code) {
        r->actor_code = S_str(d, e->actor.code);
        r->actor_country = S_field(d, e->actor.country, sizeof e->actor.country, 1);
        r->actor_sector = S_str(d, e->actor.sector);
    }
    r->nominal = e->nominal != 0;
    r->mentions = S_nspans(d, e->mentions.v, e->mentions.n);
}

/* The members a place and an event's event_loc share.                   */
static void S_place_fields(dp_doc *d, size_t i, dp_place_rec *r)
{
    const dp_place *p = &d->places.v[i];
    const dp_gaz_rec *g = &p->rec;
    memset(r, 0, sizeof *r);
    r->id = S_ref(d, 'p', (long)i, d->places.n);
    r->name = S_str(d, g->name ? g->name : "");
    r->geonameid = (long)g->geonameid;
    r->lat = S_num(g->lat, 5);
    r->lon = S_num(g->lon, 5);
    r->country_code = S_field(d, g->cc, 2, 1);
    r->precision = S_str(d, p->precision ? p->precision : "approx");
}

static void S_place(dp_doc *d, size_t i, size_t k, void *out)
{
    const dp_place *p = &d->places.v[i];
    const dp_gaz_rec *g = &p->rec;
    dp_place_rec *r = out;
    S_place_fields(d, i, r);
    r->admin1_code = S_field(d, g->admin1, sizeof g->admin1, 1);
    r->admin1 = g->admin1_name && g->admin1_name[0] ? S_str(d, g->admin1_name) : r->admin1_code;
    r->feature_class = S_field(d, &g->fclass, 1, 0);
    r->feature_code = S_field(d, g->fcode, sizeof g->fcode, 0);
    if (p->entity >= 0) r->entity = S_ref(d, 'e', p->entity, d->ents.n);
    r->mentions = S_nspans(d, p->mentions.v, p->mentions.n);
}

static void S_time(dp_doc *d, size_t i, size_t k, void *out)
{
    const dp_time *t = &d->times.v[i];
    dp_time_rec *r = out;
    r->span = S_span(d, t->span);
    r->type = S_str(d, dp_json_time_type(t->type));
    r->value = S_str(d, t->value);
    r->anchored = t->anchored != 0;
    r->resolved = t->resolved != 0;
}

static void S_quote(dp_doc *d, size_t i, size_t k, void *out)
{
    const dp_quote *q = &d->quotes.v[i];
    dp_quote_rec *r = out;
    r->span = S_span(d, q->span);
    r->id = S_ref(d, 'q', (long)i, d->quotes.n);
    r->speaker = S_ref(d, 'e', q->speaker, d->ents.n);
    r->speaker_name = S_null;
    if (r->speaker.p) {
        const char *name = d->ents.v[q->speaker].name;
        r->speaker_name = S_str(d, name ? name : "");
    }
    r->speaker_span = S_span(d, q->speaker_span);
    r->cue = S_span(d, q->cue);
    r->direct = q->direct != 0;
}

static void S_event(dp_doc *d, size_t i, size_t k, void *out)
{
    const dp_event *e = &d->events.v[i];
    dp_event_rec *r = out;
    memset(r, 0, sizeof *r);
    dp_str doc = S_str(d, d->id ? d->id : "doc");
    char *pre = dp_arena_alloc_raw(&d->arena, doc.n + 1);
    memcpy(pre, doc.p, doc.n);
    pre[doc.n] = '-';
    r->id = S_numbered(d, pre, doc.n + 1, i + 1);
    r->event = S_str(d, e->event);
    r->cameo = S_str(d, e->cameo);
    r->acled_type = S_str(d, e->acled_type);
    r->acled_sub = e->acled_type ? S_str(d, e->acled_sub) : S_null;
    for (int m = 0; m < e->nmode && m < 4; m++) r->mode[r->nmode++] = S_str(d, e->mode[m]);
    for (int m = 0; m < e->ncontext && m < 4; m++) r->context[r->ncontext++] = S_str(d, e->context[m]);
    if (e->place >= 0 && (size_t)e->place < d->places.n) S_place_fields(d, (size_t)e->place, &r->loc);
    else r->loc.lat = r->loc.lon = NAN;
    r->date = S_str(d, e->date);
    r->date_precision = S_str(d, e->date_precision);
    r->dead = e->dead < 0 ? -1 : e->dead;
    r->injured = e->injured < 0 ? -1 : e->injured;
    r->arrested = e->arrested < 0 ? -1 : e->arrested;
    r->affected = e->affected < 0 ? -1 : e->affected;
    r->negated = e->negated != 0;
    r->future = e->future != 0;
    r->hypothetical = e->hypothetical != 0;
    r->trigger = S_span(d, e->trigger);
    r->sentence = S_sentence(d, e->sent);
    r->actors = e->actors.n;
    r->recipients = e->recipients.n;
    r->also_in = e->also_in.n;
    double c = e->confidence;
    r->confidence = S_num(c < 0 ? 0 : c > 1 ? 1 : c, 3);
    r->why = S_str(d, e->why);
}

/* Argument K of event I; role 0 (actors) or 1 (recipients) in out's
 * first int.                                                            */
typedef struct { int role; dp_arg_rec *rec; } S_arg_out;

static void S_arg(dp_doc *d, size_t i, size_t k, void *out)
{
    const dp_event *e = &d->events.v[i];
    S_arg_out *o = out;
    const dp_event_arg *a = o->role ? &e->recipients.v[k] : &e->actors.v[k];
    const dp_actor *ac = &a->actor;
    int ent = a->entity >= 0 && (size_t)a->entity < d->ents.n;
    if (!ac->code && ent) ac = &d->ents.v[a->entity].actor;
    dp_arg_rec *r = o->rec;
    r->entity = S_ref(d, 'e', a->entity, d->ents.n);
    r->span = S_span(d, a->span);
    /* the words, unclamped as the writer takes them, else the entity's name */
    if (S_span_ok(d, a->span)) {
        uint32_t b0 = d->toks.v[a->span.t0].b0, b1 = d->toks.v[a->span.t1 - 1].b1;
        r->text = S_strn(d, d->text + b0, b1 - b0);
    } else {
        r->text = ent ? S_str(d, d->ents.v[a->entity].name) : S_null;
    }
    r->code = S_str(d, ac->code);
    r->country = S_field(d, ac->country, sizeof ac->country, 1);
    r->sector = S_str(d, ac->sector);
}

static void S_also_in(dp_doc *d, size_t i, size_t k, void *out)
{
    *(dp_span_rec *)out = S_sentence(d, d->events.v[i].also_in.v[k]);
}

static void S_event_json(dp_doc *d, size_t i, size_t k, void *out)
{
    dp_buf_clear(&d->out);
    dp_json_event(d, i);
}

/* ---- The calls ------------------------------------------------------------- */
static dp_status S_bad(dp_doc *d)
{
    if (d) snprintf(d->errmsg, sizeof d->errmsg, "no annotated document, or no such record");
    return DP_ERR_ARG;
}

/* Runs FILL(D, I, K, OUT) with allocation failure caught.               */
static dp_status S_run(dp_doc *d, void (*fill)(dp_doc *, size_t, size_t, void *), size_t i,
                       size_t k, void *out)
{
    jmp_buf jb;
    d->oom_jmp = &jb;
    if (setjmp(jb)) {
        d->oom_jmp = NULL;
        snprintf(d->errmsg, sizeof d->errmsg, "out of memory");
        return DP_ERR_NOMEM;
    }
    fill(d, i, k, out);
    d->oom_jmp = NULL;
    return DP_OK;
}

static int S_ready(const dp_doc *d, const void *out)
{
    return d && d->have_result && out;
}

size_t dp_doc_count(const dp_doc *d, dp_rec_kind kind)
{
    if (!d || !d->have_result) return 0;
    size_t n = 0;
    switch (kind) {
    case DP_REC_ENTITIES: return d->ents.n;
    case DP_REC_PLACES: return d->places.n;
    case DP_REC_EVENTS: return d->events.n;
    case DP_REC_TIMES:
        for (size_t i = 0; i < d->times.n; i++) n += S_span_ok(d, d->times.v[i].span);
        return n;
    case DP_REC_QUOTES:
        for (size_t i = 0; i < d->quotes.n; i++) n += S_span_ok(d, d->quotes.v[i].span);
        return n;
    }
    return 0;
}

dp_status dp_doc_record(dp_doc *d, dp_doc_rec *out)
{
    if (!S_ready(d, out)) return S_bad(d);
    return S_run(d, S_doc, 0, 0, out);
}

dp_status dp_doc_entity(dp_doc *d, size_t i, dp_entity_rec *out)
{
    if (!S_ready(d, out) || i >= d->ents.n) return S_bad(d);
    return S_run(d, S_entity, i, 0, out);
}

dp_status dp_doc_place(dp_doc *d, size_t i, dp_place_rec *out)
{
    if (!S_ready(d, out) || i >= d->places.n) return S_bad(d);
    return S_run(d, S_place, i, 0, out);
}

dp_status dp_doc_time(dp_doc *d, size_t i, dp_time_rec *out)
{
    long at = S_ready(d, out) ? S_time_at(d, i) : -1;
    if (at < 0) return S_bad(d);
    return S_run(d, S_time, (size_t)at, 0, out);
}

dp_status dp_doc_quote(dp_doc *d, size_t i, dp_quote_rec *out)
{
    long at = S_ready(d, out) ? S_quote_at(d, i) : -1;
    if (at < 0) return S_bad(d);
    return S_run(d, S_quote, (size_t)at, 0, out);
}

dp_status dp_doc_event(dp_doc *d, size_t i, dp_event_rec *out)
{
    if (!S_ready(d, out) || i >= d->events.n) return S_bad(d);
    return S_run(d, S_event, i, 0, out);
}

dp_status dp_doc_event_arg(dp_doc *d, size_t i, int role, size_t k, dp_arg_rec *out)
{
    if (!S_ready(d, out) || i >= d->events.n || (role != 0 && role != 1)) return S_bad(d);
    const dp_event *e = &d->events.v[i];
    if (k >= (role ? e->recipients.n : e->actors.n)) return S_bad(d);
    S_arg_out o = {role, out};
    return S_run(d, S_arg, i, k, &o);
}

dp_status dp_doc_event_also_in(dp_doc *d, size_t i, size_t k, dp_span_rec *out)
{
    if (!S_ready(d, out) || i >= d->events.n || k >= d->events.v[i].also_in.n) return S_bad(d);
    return S_run(d, S_also_in, i, k, out);
}

dp_status dp_doc_event_json(dp_doc *d, size_t i, const char **out, size_t *len)
{
    if (!S_ready(d, out) || i >= d->events.n) return S_bad(d);
    dp_status st = S_run(d, S_event_json, i, 0, NULL);
    if (st != DP_OK) return st;
    *out = d->out.p;
    if (len) *len = d->out.n;
    return DP_OK;
}
