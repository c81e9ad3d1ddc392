/*
 * casecheck.c -- runs the data-driven cases (tests/cases/NAME.case): annotates
 * each case's text with the library, then checks each expected fact against
 * the JSON output (the public contract), printing every failure as
 * FILE:LINE.  The syntax is described in tests/cases/README.md.
 *
 * usage: casecheck [-v] [--model PATH] FILE.case...
 * Last line: "casecheck: N passed, M failed"; exit 1 when a fact failed.
 * casecheck --json FILE|-: checks that every line of FILE is one JSON
 * object (the tests of the CLI use it); prints the number of lines.
 */
#include "depeche.h"
#include "text/text.h"

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Small helpers ---------------------------------------------------------- */
static char *S_fold(const char *s)
{
    if (!s) s = "";
    size_t n = strlen(s), need = dp_fold(s, n, NULL, 0);
    char *o = malloc(need + 1);
    dp_fold(s, n, o, need + 1);
    return o;
}

/* 1 when folded HAY contains folded NEEDLE.                               */
static int S_fcontains(const char *hay, const char *needle)
{
    char *h = S_fold(hay), *n = S_fold(needle);
    int r = strstr(h, n) != NULL;
    free(h);
    free(n);
    return r;
}

static int S_fequal(const char *a, const char *b)
{
    char *x = S_fold(a), *y = S_fold(b);
    int r = strcmp(x, y) == 0;
    free(x);
    free(y);
    return r;
}

static const char *S_s(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static double S_d(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_number(v) ? json_number_value(v) : NAN;
}

/* ---- A case: its text, as code points for slicing --------------------------- */
typedef struct S_case {
    const char *file;
    int line;
    char *text;
    size_t len;
    char *date, *id;
    json_t *doc;
    char *rep;             /* repaired text (bad bytes -> U+FFFD)           */
    size_t *cpb;           /* byte offset of each code point in rep, ncp+1 */
    size_t ncp;
} S_case;

static void S_index(S_case *c)
{
    c->rep = malloc(c->len * 3 + 1);
    c->cpb = malloc((c->len + 1) * sizeof *c->cpb);
    size_t o = 0, k = 0;
    for (size_t i = 0; i < c->len;) {
        int32_t cp;
        int bad;
        size_t l = dp_utf8_next(c->text + i, c->len - i, &cp, &bad);
        c->cpb[k++] = o;
        o += dp_utf8_put(cp, c->rep + o);
        i += l;
    }
    c->cpb[k] = o;
    c->rep[o] = 0;
    c->ncp = k;
}

/* 1 when SPAN's text equals the input sliced by its code points.          */
static int S_slices(const S_case *c, json_t *span)
{
    if (!json_is_object(span)) return 0;
    json_t *s = json_object_get(span, "start"), *e = json_object_get(span, "end");
    const char *t = S_s(span, "text");
    if (!json_is_integer(s) || !json_is_integer(e) || !t) return 0;
    json_int_t a = json_integer_value(s), b = json_integer_value(e);
    if (a < 0 || b < a || (size_t)b > c->ncp) return 0;
    size_t n = c->cpb[b] - c->cpb[a];
    return strlen(t) == n && memcmp(c->rep + c->cpb[a], t, n) == 0;
}

/* Code point offset of the first occurrence of S at or after code point 1
 * (the occurrence after the first, when S opens the text), or -1.         */
static long S_find_again(const S_case *c, const char *s)
{
    const char *hit = strstr(c->rep + c->cpb[c->ncp ? 1 : 0], s);
    if (!hit) return -1;
    size_t b = (size_t)(hit - c->rep);
    for (size_t k = 0; k <= c->ncp; k++)
        if (c->cpb[k] == b) return (long)k;
    return -1;
}

/* ---- Fact words --------------------------------------------------------------- */
#define MAXW 32
typedef struct S_fact {
    char *w[MAXW];         /* words, quotes removed ("a b" -> a b)         */
    int n;
} S_fact;

static void S_split(char *line, S_fact *f)
{
    f->n = 0;
    char *p = line, *o;
    while (*p && f->n < MAXW) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p || *p == '#') break;
        f->w[f->n++] = o = p;
        int q = 0;
        while (*p && (q || (*p != ' ' && *p != '\t'))) {
            if (*p == '"') q = !q;
            else *o++ = *p;
            p++;
        }
        if (*p) p++;
        *o = 0;
    }
}

/* key=value / key~value attributes after the fact's leading words.       */
static const char *S_attr(const S_fact *f, int from, const char *key, char op)
{
    size_t k = strlen(key);
    for (int i = from; i < f->n; i++)
        if (!strncmp(f->w[i], key, k) && f->w[i][k] == op) return f->w[i] + k + 1;
    return NULL;
}

/* Does ANY '|'-separated alternative of ALTS satisfy PRED(ctx, alt)?      */
static int S_any_alt(const char *alts, int (*pred)(void *, const char *), void *ctx)
{
    char buf[512];
    snprintf(buf, sizeof buf, "%s", alts);
    for (char *save = NULL, *a = strtok_r(buf, "|", &save); a; a = strtok_r(NULL, "|", &save))
        if (pred(ctx, a)) return 1;
    return 0;
}

/* ---- Entities -------------------------------------------------------------------- */
/* 1 when entity E's name or one of its mentions contains NAME (folded).   */
static int S_ent_named(json_t *e, const char *name)
{
    if (S_fcontains(S_s(e, "name"), name)) return 1;
    size_t i;
    json_t *m;
    json_array_foreach(json_object_get(e, "mentions"), i, m)
        if (S_fcontains(S_s(m, "text"), name)) return 1;
    return 0;
}

static json_t *S_entity(json_t *doc, const char *id)
{
    size_t i;
    json_t *e;
    if (!id) return NULL;
    json_array_foreach(json_object_get(doc, "entities"), i, e)
        if (S_s(e, "id") && !strcmp(S_s(e, "id"), id)) return e;
    return NULL;
}

/* ---- The checks: each returns NULL when the fact holds, else why not ---------- */
static char S_why[512];
static const char *S_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *S_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(S_why, sizeof S_why, fmt, ap);
    va_end(ap);
    return S_why;
}

static int S_near(json_t *o, const char *latlon)
{
    double lat, lon;
    if (!latlon || sscanf(latlon, "%lf,%lf", &lat, &lon) != 2) return 0;
    return fabs(S_d(o, "lat") - lat) < 0.15 && fabs(S_d(o, "lon") - lon) < 0.15;
}

/* place NAME|* [~LAT,LON] [CC] [country] [precision=P]                    */
static const char *S_place(S_case *c, const S_fact *f)
{
    if (f->n < 2) return S_fail("place needs a name (or *)");
    const char *coords = NULL, *cc = NULL, *prec = S_attr(f, 2, "precision", '=');
    int country = 0;
    for (int i = 2; i < f->n; i++) {
        if (f->w[i][0] == '~') coords = f->w[i] + 1;
        else if (!strcmp(f->w[i], "country")) country = 1;
        else if (strlen(f->w[i]) == 2) cc = f->w[i];
    }
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(c->doc, "places"), i, p) {
        if (coords && !S_near(p, coords)) continue;
        if (!coords && strcmp(f->w[1], "*") && !S_ent_named(p, f->w[1])) continue;
        if (cc && (!S_s(p, "country_code") || strcmp(S_s(p, "country_code"), cc))) continue;
        const char *fc = S_s(p, "feature_code");
        if (country && !((S_s(p, "precision") && !strcmp(S_s(p, "precision"), "country")) ||
                         (fc && !strncmp(fc, "PCL", 3))))
            continue;
        if (prec && (!S_s(p, "precision") || strcmp(S_s(p, "precision"), prec))) continue;
        return NULL;
    }
    return S_fail("no such place among %zu", json_array_size(json_object_get(c->doc, "places")));
}

/* entity TYPE "NAME" [title=T] [role=R]; person "NAME" ... = entity PER     */
static const char *S_entity_fact(S_case *c, const S_fact *f, const char *type, int at)
{
    if (f->n <= at) return S_fail("missing name");
    const char *title = S_attr(f, at + 1, "title", '='), *role = S_attr(f, at + 1, "role", '=');
    const char *actor = S_attr(f, at + 1, "actor", '~');
    size_t i;
    json_t *e;
    int named = 0;
    json_array_foreach(json_object_get(c->doc, "entities"), i, e) {
        if (strcmp(S_s(e, "type") ? S_s(e, "type") : "", type) || !S_ent_named(e, f->w[at]))
            continue;
        named = 1;
        if (title && !S_fcontains(S_s(e, "title"), title)) continue;
        if (role && !S_fcontains(S_s(e, "role"), role)) continue;
        if (actor && !strstr(S_s(json_object_get(e, "actor"), "code") ?
                             S_s(json_object_get(e, "actor"), "code") : "", actor))
            continue;
        return NULL;
    }
    return named ? S_fail("the %s is found, not with these attributes", type)
                 : S_fail("no %s named so", type);
}

static int S_value_alt(void *ctx, const char *alt)
{
    return ctx && !strcmp((const char *)ctx, alt);
}

/* time "TEXT" = VALUE  or  time ~"TEXT" = VALUE (contains)               */
static const char *S_time(S_case *c, const S_fact *f)
{
    if (f->n < 2) return S_fail("time needs a text");
    const char *t = f->w[1], *value = f->n >= 4 && !strcmp(f->w[2], "=") ? f->w[3] : NULL;
    int contains = t[0] == '~';
    if (contains) t++;
    size_t i;
    json_t *x;
    json_array_foreach(json_object_get(c->doc, "times"), i, x) {
        const char *xt = S_s(x, "text");
        if (contains ? !S_fcontains(xt, t) : !S_fequal(xt, t)) continue;
        if (value && !S_any_alt(value, S_value_alt, (void *)S_s(x, "value"))) continue;
        return NULL;
    }
    return S_fail("no such time among %zu", json_array_size(json_object_get(c->doc, "times")));
}

/* quantity N [of=OF]; no-quantity N                                       */
static const char *S_quantity(S_case *c, const S_fact *f, int want)
{
    if (f->n < 2) return S_fail("quantity needs a value");
    long v = atol(f->w[1]);
    const char *of = S_attr(f, 2, "of", '=');
    size_t i;
    json_t *q;
    json_array_foreach(json_object_get(c->doc, "quantities"), i, q) {
        json_t *qv = json_object_get(q, "value");
        if (!json_is_integer(qv) || json_integer_value(qv) != v) continue;
        if (of && (!S_s(q, "of") || strcmp(S_s(q, "of"), of))) continue;
        return want ? NULL : S_fail("a quantity %ld is reported (\"%s\")", v, S_s(q, "text"));
    }
    return want ? S_fail("no such quantity") : NULL;
}

/* quote [speaker="NAME"] [contains="WORDS"] [direct|indirect]            */
static const char *S_quote(S_case *c, const S_fact *f)
{
    const char *sp = S_attr(f, 1, "speaker", '='), *has = S_attr(f, 1, "contains", '=');
    int direct = -1;
    for (int i = 1; i < f->n; i++) {
        if (!strcmp(f->w[i], "direct")) direct = 1;
        if (!strcmp(f->w[i], "indirect")) direct = 0;
    }
    size_t i;
    json_t *q;
    json_array_foreach(json_object_get(c->doc, "quotes"), i, q) {
        if (has && !S_fcontains(S_s(q, "text"), has)) continue;
        if (sp) {
            json_t *e = S_entity(c->doc, S_s(q, "speaker"));
            if (!e || !S_ent_named(e, sp)) continue;
        }
        if (direct >= 0 && json_is_true(json_object_get(q, "direct")) != direct) continue;
        return NULL;
    }
    return S_fail("no such quote among %zu", json_array_size(json_object_get(c->doc, "quotes")));
}

/* repeated ["PHRASE"]: a repeated passage starts (or is repeated) within 5
 * code points of the second occurrence of PHRASE.                          */
static const char *S_repeated(S_case *c, const S_fact *f)
{
    json_t *reps = json_object_get(c->doc, "repeated");
    if (f->n < 2) return json_array_size(reps) ? NULL : S_fail("no repeated passage");
    long at = S_find_again(c, f->w[1]);
    if (at < 0) return S_fail("the phrase does not occur twice in the text");
    size_t i;
    json_t *r;
    json_array_foreach(reps, i, r) {
        double a = S_d(r, "start"), b = S_d(json_object_get(r, "same_as"), "start");
        if (fabs(a - (double)at) < 5 || fabs(b - (double)at) < 5) return NULL;
    }
    return S_fail("no repeated passage at code point %ld", at);
}

/* ---- Events ------------------------------------------------------------------------ */
typedef struct { S_case *c; json_t *ev; const char *role; } S_evctx;

static int S_type_alt(void *ctx, const char *alt)
{
    json_t *e = ((S_evctx *)ctx)->ev;
    if (alt[0] >= '0' && alt[0] <= '9')
        return S_s(e, "cameo") && !strncmp(S_s(e, "cameo"), alt, strlen(alt));
    return S_s(e, "event") && !strcmp(S_s(e, "event"), alt);
}

static int S_arg_alt(void *ctx, const char *alt)
{
    S_evctx *x = ctx;
    size_t i;
    json_t *a;
    json_array_foreach(json_object_get(x->ev, x->role), i, a) {
        const char *code = S_s(a, "code"), *ctry = S_s(a, "country");
        if ((code && strstr(code, alt)) || (ctry && !strcmp(ctry, alt)) ||
            S_fcontains(S_s(a, "text"), alt))
            return 1;
    }
    return 0;
}

static int S_source_alt(void *ctx, const char *alt)
{
    S_evctx *x = ctx;
    size_t i;
    json_t *s;
    json_array_foreach(json_object_get(x->ev, "sources"), i, s) {
        json_t *e = S_entity(x->c->doc, json_string_value(s));
        if (e && S_ent_named(e, alt)) return 1;
    }
    return 0;
}

static int S_event_matches(S_case *c, const S_fact *f, json_t *e)
{
    S_evctx x = {c, e, NULL};
    if (!S_any_alt(f->w[1], S_type_alt, &x)) return 0;
    json_t *loc = json_object_get(e, "event_loc");
    const char *v;
    if ((v = S_attr(f, 2, "at", '=')) && !(json_is_object(loc) && S_near(loc, v))) return 0;
    if ((v = S_attr(f, 2, "place", '~')) && !(json_is_object(loc) && S_fcontains(S_s(loc, "name"), v)))
        return 0;
    if ((v = S_attr(f, 2, "date", '=')) && (!S_s(e, "date") || strcmp(S_s(e, "date"), v))) return 0;
    if ((v = S_attr(f, 2, "precision", '=')) && (!S_s(e, "date_precision") || strcmp(S_s(e, "date_precision"), v)))
        return 0;
    if ((v = S_attr(f, 2, "actor", '~'))) {
        x.role = "actor";
        if (!S_any_alt(v, S_arg_alt, &x)) return 0;
    }
    if ((v = S_attr(f, 2, "recipient", '~'))) {
        x.role = "recipient";
        if (!S_any_alt(v, S_arg_alt, &x)) return 0;
    }
    if ((v = S_attr(f, 2, "source", '~')) && !S_any_alt(v, S_source_alt, &x)) return 0;
    if ((v = S_attr(f, 2, "trigger", '~')) &&
        !(json_is_object(json_object_get(e, "trigger")) && S_fcontains(S_s(json_object_get(e, "trigger"), "text"), v)))
        return 0;
    static const char *const flags[] = {"negated", "future", "hypothetical"};
    for (int k = 0; k < 3; k++)
        if ((v = S_attr(f, 2, flags[k], '='))) {
            json_t *b = json_object_get(json_object_get(e, "aux"), flags[k]);
            if (!json_is_boolean(b) || json_is_true(b) != !strcmp(v, "yes")) return 0;
        }
    if ((v = S_attr(f, 2, "dead", '='))) {
        json_t *d = json_object_get(json_object_get(e, "size"), "dead");
        if (!json_is_integer(d) || json_integer_value(d) != atol(v)) return 0;
    }
    for (int i = 2; i < f->n; i++)
        if (!strcmp(f->w[i], "spans-ok") &&
            !(S_slices(c, json_object_get(e, "trigger")) && S_slices(c, json_object_get(e, "text_info"))))
            return 0;
    return 1;
}

/* event TYPE[|TYPE|CAMEO-PREFIX...] [at=LAT,LON] [place~NAME] [date=D]
 *       [actor~X|Y] [recipient~X|Y] [source~NAME|NAME] [trigger~WORDS] [dead=N]
 *       [negated=yes|no] [future=yes|no] [hypothetical=yes|no] [spans-ok]
 * no-event TYPE...: no event matches.                                      */
static const char *S_event(S_case *c, const S_fact *f, int want)
{
    if (f->n < 2) return S_fail("event needs a type");
    static const char *const flags[] = {"negated", "future", "hypothetical"};
    for (int k = 0; k < 3; k++) {
        const char *v = S_attr(f, 2, flags[k], '=');
        if (v && strcmp(v, "yes") && strcmp(v, "no")) return S_fail("%s= takes yes or no", flags[k]);
    }
    size_t i, n = json_array_size(json_object_get(c->doc, "events"));
    json_t *e;
    json_array_foreach(json_object_get(c->doc, "events"), i, e)
        if (S_event_matches(c, f, e))
            return want ? NULL : S_fail("event %s matches", S_s(e, "id"));
    return want ? S_fail("no matching event among %zu", n) : NULL;
}

/* count KIND OP N                                                          */
static const char *S_count(S_case *c, const S_fact *f)
{
    if (f->n < 4) return S_fail("count KIND OP N");
    json_t *a = json_object_get(c->doc, f->w[1]);
    if (!json_is_array(a)) return S_fail("no array '%s' in the output", f->w[1]);
    long n = (long)json_array_size(a), want = atol(f->w[3]);
    const char *op = f->w[2];
    int ok = !strcmp(op, ">=") ? n >= want : !strcmp(op, "<=") ? n <= want
           : !strcmp(op, ">") ? n > want : !strcmp(op, "<") ? n < want
           : !strcmp(op, "==") || !strcmp(op, "=") ? n == want : -1;
    if (ok < 0) return S_fail("unknown operator %s", op);
    return ok ? NULL : S_fail("%s has %ld", f->w[1], n);
}

/* spans-ok: every span of the output slices the input text.               */
static int S_spans_walk(S_case *c, json_t *v, const char **bad)
{
    if (json_is_object(v)) {
        if (json_object_get(v, "start") && json_object_get(v, "end") && json_object_get(v, "text")) {
            if (!S_slices(c, v)) { *bad = S_s(v, "text"); return 0; }
        }
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x)
            if (strcmp(k, "stats") && !S_spans_walk(c, x, bad)) return 0;
    } else if (json_is_array(v)) {
        size_t i;
        json_t *x;
        json_array_foreach(v, i, x)
            if (!S_spans_walk(c, x, bad)) return 0;
    }
    return 1;
}

static const char *S_spans(S_case *c)
{
    const char *bad = NULL;
    return S_spans_walk(c, c->doc, &bad) ? NULL : S_fail("span \"%.60s\" does not slice the text",
                                                         bad ? bad : "?");
}

static const char *S_check(S_case *c, const S_fact *f)
{
    const char *k = f->w[0];
    if (!strcmp(k, "place")) return S_place(c, f);
    if (!strcmp(k, "person")) return S_entity_fact(c, f, "PER", 1);
    if (!strcmp(k, "entity")) return f->n < 2 ? S_fail("entity TYPE NAME") : S_entity_fact(c, f, f->w[1], 2);
    if (!strcmp(k, "time")) return S_time(c, f);
    if (!strcmp(k, "quantity")) return S_quantity(c, f, 1);
    if (!strcmp(k, "no-quantity")) return S_quantity(c, f, 0);
    if (!strcmp(k, "quote")) return S_quote(c, f);
    if (!strcmp(k, "repeated")) return S_repeated(c, f);
    if (!strcmp(k, "event")) return S_event(c, f, 1);
    if (!strcmp(k, "no-event")) return S_event(c, f, 0);
    if (!strcmp(k, "count")) return S_count(c, f);
    if (!strcmp(k, "spans-ok")) return S_spans(c);
    return S_fail("unknown fact '%s'", k);
}

/* ---- Case files ----------------------------------------------------------------------- */
static int S_verbose;
static long S_pass, S_failn;

static char *S_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *p = malloc(cap);
    while ((k = fread(p + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) p = realloc(p, cap *= 2);
    }
    fclose(f);
    *len = n;
    return p;
}

/* Annotates case C; returns 0, or -1 (reported) when that failed.         */
static int S_annotate(dp_doc *d, S_case *c)
{
    dp_doc_options opt = {.published = c->date, .id = c->id};
    const char *js;
    size_t n;
    dp_status st = dp_doc_annotate(d, c->text ? c->text : "", c->len, &opt);
    if (st == DP_OK) st = dp_doc_json(d, &js, &n);
    if (st != DP_OK) {
        printf("%s:%d: FAIL annotate: %s\n", c->file, c->line, dp_doc_errmsg(d));
        return -1;
    }
    json_error_t err;
    c->doc = json_loadb(js, n, JSON_ALLOW_NUL, &err);
    if (!c->doc) {
        printf("%s:%d: FAIL output is not JSON: %s\n", c->file, c->line, err.text);
        return -1;
    }
    S_index(c);
    return 0;
}

static void S_case_free(S_case *c)
{
    free(c->text); free(c->date); free(c->id); free(c->rep); free(c->cpb);
    json_decref(c->doc);
    memset(c, 0, sizeof *c);
}

static void S_add_text(S_case *c, const char *s)
{
    size_t l = strlen(s);
    c->text = realloc(c->text, c->len + l + 2);
    if (c->len) c->text[c->len++] = '\n';
    memcpy(c->text + c->len, s, l + 1);
    c->len += l;
}

/* The path of a "file:" line, relative to the case file's folder.        */
static char *S_rel(const char *casefile, const char *p)
{
    const char *slash = strrchr(casefile, '/');
    size_t dl = slash ? (size_t)(slash - casefile) + 1 : 0;
    char *o = malloc(dl + strlen(p) + 1);
    memcpy(o, casefile, dl);
    strcpy(o + dl, p);
    return o;
}

static void S_fact_line(dp_doc *d, S_case *c, int *state, int lineno, char *line)
{
    if (*state == 0) *state = S_annotate(d, c) == 0 ? 1 : 2;
    char orig[1024];
    snprintf(orig, sizeof orig, "%s", line);
    S_fact f;
    S_split(line, &f);
    if (!f.n) return;
    const char *why = *state == 1 ? S_check(c, &f) : "the case could not be annotated";
    if (why) {
        printf("%s:%d: FAIL %s  -- %s\n", c->file, lineno, orig, why);
        S_failn++;
    } else {
        if (S_verbose) printf("%s:%d: ok   %s\n", c->file, lineno, orig);
        S_pass++;
    }
}

static void S_run_file(dp_doc *d, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("%s: FAIL cannot open\n", path);
        S_failn++;
        return;
    }
    S_case c = {0};
    int state = -1; /* -1 no case, 0 reading the case, 1 checked, 2 broken */
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int lineno = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
        if (!strncmp(line, "===", 3)) {
            S_case_free(&c);
            c.file = path;
            c.line = lineno;
            state = 0;
        } else if (state < 0 || line[0] == '#' || line[strspn(line, " \t")] == 0) {
            continue;
        } else if (state == 0 && (line[0] == '>' )) {
            S_add_text(&c, line[1] == ' ' ? line + 2 : line + 1);
        } else if (state == 0 && !strncmp(line, "text:", 5) && line[5]) {
            S_add_text(&c, line + 5 + (line[5] == ' '));
        } else if (state == 0 && !strncmp(line, "text:", 5)) {
            continue;
        } else if (state == 0 && !strncmp(line, "date:", 5)) {
            c.date = strdup(line + 5 + strspn(line + 5, " "));
        } else if (state == 0 && !strncmp(line, "id:", 3)) {
            c.id = strdup(line + 3 + strspn(line + 3, " "));
        } else if (state == 0 && !strncmp(line, "file:", 5)) {
            char *p = S_rel(path, line + 5 + strspn(line + 5, " "));
            free(c.text);
            c.text = S_read_file(p, &c.len);
            if (!c.text) {
                printf("%s:%d: FAIL cannot read %s\n", path, lineno, p);
                S_failn++;
                state = 2;
            }
            free(p);
        } else {
            S_fact_line(d, &c, &state, lineno, line);
        }
    }
    free(line);
    fclose(f);
    S_case_free(&c);
}

/* --json: every line of PATH is a JSON object; prints their number.     */
static int S_json_lines(const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) { printf("cannot open %s\n", path); return 1; }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long k = 0, bad = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        k++;
        json_error_t err;
        json_t *j = json_loadb(line, (size_t)n, JSON_ALLOW_NUL, &err);
        if (!json_is_object(j)) {
            printf("%s:%ld: not a JSON object: %s\n", path, k, j ? "" : err.text);
            bad++;
        }
        json_decref(j);
    }
    free(line);
    if (f != stdin) fclose(f);
    printf("%ld\n", k);
    return bad ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "--json")) return S_json_lines(argv[2]);
    const char *model = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-v")) S_verbose = 1;
        else if (!strcmp(argv[i], "--model") && i + 1 < argc) model = argv[++i];
        else { fprintf(stderr, "usage: casecheck [-v] [--model PATH] FILE.case...\n"); return 2; }
    }
    dp_model *m = NULL;
    if (dp_model_open(model, &m) != DP_OK) {
        fprintf(stderr, "casecheck: cannot open the model: %s\n", m ? dp_model_errmsg(m) : "no memory");
        dp_model_close(m);
        return 2;
    }
    dp_doc *d = dp_doc_new(m);
    for (; i < argc; i++) S_run_file(d, argv[i]);
    dp_doc_free(d);
    dp_model_close(m);
    printf("casecheck: %ld passed, %ld failed\n", S_pass, S_failn);
    return S_failn ? 1 : 0;
}
