/*
 * eval_dev.c -- `depeche eval geo|quotes|events`: the depeche-gold-dev sets
 * (JSON Lines records with code-point offsets into WiNER-fr dev texts), scored
 * by the conventions of each set's README (see `depeche eval KIND --help`).
 */
#include "eval_cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- loading ------------------------------------------------------------------ */
typedef struct S_set {
    json_t *texts;    /* array of {id,date,text} objects                     */
    json_t *gold;     /* array of gold records (each with "_line")           */
    json_t *aux;      /* skipped / negatives, or NULL                        */
    char **docs;      /* scored document ids                                 */
    size_t ndocs;
    const char *gold_path;
} S_set;

/* Every line of a JSON Lines file (plain or gzip) as an array of objects;
 * malformed lines are reported and counted in *FAILS.                       */
static json_t *S_load_jsonl(const char *path, long *fails, int required)
{
    size_t n;
    char *buf = ev_slurp(path, &n);
    if (!buf) {
        if (required) {
            fprintf(stderr, "depeche eval: %s: cannot read: %s\n", path, strerror(errno));
            ++*fails;
        }
        return NULL;
    }
    json_t *a = json_array();
    long line = 0;
    for (char *p = buf; p < buf + n;) {
        char *e = memchr(p, '\n', (size_t)(buf + n - p));
        if (!e) e = buf + n;
        line++;
        json_error_t err;
        json_t *o = e > p ? json_loadb(p, (size_t)(e - p), 0, &err) : NULL;
        if (e > p && !json_is_object(o)) {
            fprintf(stderr, "depeche eval: %s:%ld: %s\n", path, line, o ? "not a JSON object" : err.text);
            ++*fails;
        } else if (o) {
            json_object_set_new(o, "_line", json_integer(line));
            json_array_append(a, o);
        }
        json_decref(o);
        p = e + 1;
    }
    free(buf);
    return a;
}

typedef struct S_tml_texts {
    json_t *a;
    long fails;
} S_tml_texts;

/* One TimeML document's text; one that is not UTF-8 is reported with its
 * file and skipped, the others still read.                                 */
static int S_timeml_text(void *ctx, ev_doc *d)
{
    S_tml_texts *t = ctx;
    json_t *o = json_pack("{s:s, s:s?, s:s}", "id", d->id, "date", d->date, "text", d->text);
    if (!o) {
        fprintf(stderr, "depeche eval: %s: not valid UTF-8, skipped\n", d->path);
        t->fails++;
        return 0;
    }
    json_array_append_new(t->a, o);
    return 0;
}

/* The texts to score on: a JSON Lines file of {id,date,text} objects (plain
 * or gzip), or ISO-TimeML documents (a .tml / .xml file, or a folder of
 * them, as `eval time` reads them): id the file name's stem, date the
 * creation time, text what <TEXT> holds with its tags taken out.           */
static json_t *S_load_texts(const char *path, long *fails)
{
    struct stat st;
    size_t l = strlen(path);
    int tml = (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) ||
              (l > 4 && (!strcmp(path + l - 4, ".tml") || !strcmp(path + l - 4, ".xml")));
    if (!tml) return S_load_jsonl(path, fails, 1);
    S_tml_texts t = {json_array(), 0};
    long r = ev_read_timeml(path, S_timeml_text, &t);
    *fails += t.fails + (r > 0 ? r : 0);
    return t.a;
}

static char *S_join(const char *dir, const char *name)
{
    size_t l = strlen(dir) + strlen(name) + 2;
    char *p = malloc(l);
    if (!p) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
    snprintf(p, l, "%s/%s", dir, name);
    return p;
}

static void S_add_doc(S_set *s, const char *id, size_t n)
{
    for (size_t i = 0; i < s->ndocs; i++)
        if (strlen(s->docs[i]) == n && !strncmp(s->docs[i], id, n)) return;
    char **v = realloc(s->docs, (s->ndocs + 1) * sizeof *v);
    if (!v) { fputs("depeche eval: out of memory\n", stderr); exit(2); }
    s->docs = v;
    s->docs[s->ndocs++] = strndup(id, n);
}

/* Loads gold GOLDNAME (+ AUXNAME, DOCSNAME) from PATH (folder or gold file). */
static int S_load(ev_run *r, const char *path, const char *goldname, const char *auxname,
                  const char *docsname, S_set *s, long *fails)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "depeche eval: %s: %s\n", path, strerror(errno));
        return CLI_PARTIAL;
    }
    char *dir, *gold;
    if (S_ISDIR(st.st_mode)) {
        dir = strdup(path);
        gold = S_join(path, goldname);
    } else {
        const char *sl = strrchr(path, '/');
        dir = sl ? strndup(path, (size_t)(sl - path)) : strdup(".");
        gold = strdup(path);
    }
    s->gold_path = gold;
    s->gold = S_load_jsonl(gold, fails, 1);
    char *aux = S_join(dir, auxname), *docs = S_join(dir, docsname);
    s->aux = S_load_jsonl(aux, fails, 0);
    char *texts = r->texts ? strdup(r->texts) : S_join(dir, "../../winer-fr/winer_fr_dev.jsonl.gz");
    s->texts = S_load_texts(texts, fails);
    size_t n;
    char *buf = ev_slurp(docs, &n);
    for (char *p = buf; p && p < buf + n;) {
        char *e = memchr(p, '\n', (size_t)(buf + n - p));
        if (!e) e = buf + n;
        size_t k = strcspn(p, "\t\r\n ");
        if (k > (size_t)(e - p)) k = (size_t)(e - p);
        if (k && p[0] != '#') S_add_doc(s, p, k);
        p = e + 1;
    }
    if (!buf && s->gold) { /* no document list: the documents of the gold records */
        size_t i;
        json_t *g;
        json_array_foreach(s->gold, i, g) {
            const char *id = ev_str(g, "doc");
            if (id) S_add_doc(s, id, strlen(id));
        }
    }
    free(buf);
    free(aux);
    free(docs);
    free(dir);
    free(texts);
    return s->gold && s->texts ? CLI_OK : CLI_PARTIAL; /* reported: an input failed */
}

static void S_free(S_set *s)
{
    json_decref(s->texts);
    json_decref(s->gold);
    json_decref(s->aux);
    for (size_t i = 0; i < s->ndocs; i++) free(s->docs[i]);
    free(s->docs);
    free((char *)s->gold_path);
}

static json_t *S_text(S_set *s, const char *id)
{
    size_t i;
    json_t *t;
    json_array_foreach(s->texts, i, t) {
        const char *x = ev_str(t, "id");
        if (x && !strcmp(x, id)) return t;
    }
    return NULL;
}

/* Records of ARR for document ID, as spans (flag = index in ARR).            */
static void S_spans(json_t *arr, const char *id, const char *start, const char *end, ev_spans *out)
{
    size_t i;
    json_t *g;
    json_array_foreach(arr, i, g) {
        const char *d = ev_str(g, "doc");
        if (!d || strcmp(d, id)) continue;
        json_t *o = start ? g : json_object_get(g, end);
        ev_span *sp = ev_spans_add(out, ev_int(o, start ? start : "start", -1),
                                   ev_int(o, start ? end : "end", -1), ev_str(g, "kind"), NULL);
        sp->flag = (int)i;
        sp->line = ev_int(g, "_line", 0);
    }
}

/* Annotates document ID of the set; NULL (reported) when it has no text.     */
static json_t *S_run_doc(ev_run *r, S_set *s, const char *id, const char *what, long *fails)
{
    json_t *t = S_text(s, id);
    ev_progress(r, what);
    if (!t || !ev_str(t, "text")) {
        fprintf(stderr, "depeche eval: document %s: not in the texts file\n", id);
        ++*fails;
        return NULL;
    }
    ev_doc d = {.id = (char *)id, .date = (char *)ev_str(t, "date"),
                .text = (char *)ev_str(t, "text"), .path = s->gold_path};
    d.len = json_string_length(json_object_get(t, "text"));
    return ev_annotate(r, &d);
}

static int S_any_overlap(const ev_spans *a, long s, long e)
{
    for (size_t i = 0; i < a->n; i++)
        if (ev_overlap(a->v[i].start, a->v[i].end, s, e) > 0) return 1;
    return 0;
}

static double S_num(json_t *o, const char *k, int *ok)
{
    json_t *v = json_object_get(o, k);
    *ok = *ok && json_is_number(v);
    return json_number_value(v);
}

/* ---- geo -------------------------------------------------------------------------- */
typedef struct S_geo {
    ev_prf det;
    long gold, right, with_id, id_ok, with_cc, cc_ok, near161, with_point, kinds_n[6], kinds_ok[6];
} S_geo;

static const char *const S_kinds[6] = {"country", "city", "admin1", "region", "water", "other"};

static int S_geo_right(json_t *g, json_t *p)
{
    const char *kind = ev_str(g, "kind"), *gc = ev_str(g, "country_code");
    const char *pc = ev_str(p, "country_code"), *prec = ev_str(p, "precision");
    int same_cc = gc && pc && !strcmp(gc, pc);
    if (!kind) return 0;
    if (!strcmp(kind, "country")) return same_cc && prec && !strcmp(prec, "country");
    if (!strcmp(kind, "admin1"))
        return same_cc && prec && (!strcmp(prec, "admin1") || !strcmp(prec, "admin2"));
    json_t *gid = json_object_get(g, "geonameid"), *pid = json_object_get(p, "geonameid");
    if (json_is_integer(gid) && json_is_integer(pid) && json_integer_value(gid) == json_integer_value(pid))
        return 1;
    int ok = 1;
    double km = ev_km(S_num(g, "lat", &ok), S_num(g, "lon", &ok), S_num(p, "lat", &ok), S_num(p, "lon", &ok));
    return ok && km <= 25;
}

static void S_geo_doc(S_set *s, const char *id, json_t *j, S_geo *c)
{
    ev_spans gold = {0}, skip = {0}, pred = {0}, kept = {0};
    S_spans(s->gold, id, "start", "end", &gold);
    if (s->aux) S_spans(s->aux, id, "start", "end", &skip);
    size_t i, k;
    json_t *pl, *m;
    json_t *places = json_object_get(j, "places");
    json_array_foreach(places, i, pl)
        json_array_foreach(json_object_get(pl, "mentions"), k, m)
            ev_spans_add(&pred, ev_int(m, "start", -1), ev_int(m, "end", -1), NULL, NULL)->flag = (int)i;
    for (i = 0; i < pred.n; i++) {
        const ev_span *p = &pred.v[i];
        if (S_any_overlap(&skip, p->start, p->end) && !S_any_overlap(&gold, p->start, p->end)) continue;
        ev_spans_add(&kept, p->start, p->end, NULL, NULL)->flag = p->flag;
    }
    long *gt = malloc((gold.n + 1) * sizeof *gt);
    if (!gt) exit(2);
    long mt = (long)ev_match(&gold, &kept, EV_OVERLAP, 0, gt, NULL);
    c->det.tp += mt;
    c->det.fp += (long)kept.n - mt;
    c->det.fn += (long)gold.n - mt;
    for (i = 0; i < gold.n; i++) {
        json_t *g = json_array_get(s->gold, (size_t)gold.v[i].flag);
        /* README: the system place whose mention overlaps the gold span (largest overlap) */
        long best = 0;
        json_t *p = NULL;
        for (k = 0; k < pred.n; k++) {
            long ov = ev_overlap(gold.v[i].start, gold.v[i].end, pred.v[k].start, pred.v[k].end);
            if (ov > best) best = ov, p = json_array_get(places, (size_t)pred.v[k].flag);
        }
        int right = p && S_geo_right(g, p);
        c->gold++;
        c->right += right;
        for (int q = 0; q < 6; q++)
            if (gold.v[i].type[0] && !strcmp(gold.v[i].type, S_kinds[q])) c->kinds_n[q]++, c->kinds_ok[q] += right;
        if (gt[i] < 0) continue;
        p = json_array_get(places, (size_t)kept.v[gt[i]].flag);
        json_t *gid = json_object_get(g, "geonameid"), *pid = json_object_get(p, "geonameid");
        if (json_is_integer(gid)) {
            c->with_id++;
            c->id_ok += json_is_integer(pid) && json_integer_value(pid) == json_integer_value(gid);
        }
        const char *gc = ev_str(g, "country_code"), *pc = ev_str(p, "country_code");
        if (gc) c->with_cc++, c->cc_ok += pc && !strcmp(gc, pc);
        /* a country's point is a convention (the gold's and the model's
         * centres differ): distance is scored on the other kinds only   */
        if (!strcmp(gold.v[i].type, "country")) continue;
        int ok = 1;
        double km = ev_km(S_num(g, "lat", &ok), S_num(g, "lon", &ok), S_num(p, "lat", &ok), S_num(p, "lon", &ok));
        c->with_point++;
        c->near161 += ok && km <= 161;
    }
    free(gt);
    ev_spans_free(&gold); ev_spans_free(&skip); ev_spans_free(&pred); ev_spans_free(&kept);
}

static void S_geo_report(ev_run *r, S_geo *c, double secs)
{
    if (r->json) {
        json_t *kinds = json_object();
        for (int q = 0; q < 6; q++)
            json_object_set_new(kinds, S_kinds[q], json_pack("{s:I,s:f}", "gold", (json_int_t)c->kinds_n[q],
                                                           "accuracy", ev_frac(c->kinds_ok[q], c->kinds_n[q])));
        ev_print_json(json_pack("{s:s,s:I,s:I,s:o,s:f,s:o,s:{s:I,s:f,s:f,s:f},s:f}", "kind", "geo",
            "documents", (json_int_t)r->docs, "failed", (json_int_t)r->failed, "detection",
            ev_prf_json(c->det), "resolution_accuracy", ev_frac(c->right, c->gold), "by_kind", kinds,
            "on_detected", "matched", (json_int_t)c->det.tp, "geonameid", ev_frac(c->id_ok, c->with_id),
            "country", ev_frac(c->cc_ok, c->with_cc), "within_161km", ev_frac(c->near161, c->with_point),
            "seconds", secs));
        return;
    }
    printf("geo: %zu documents, %.1f s\n", r->docs, secs);
    ev_row_head();
    ev_row("mention detection", c->det);
    printf("resolution (README)    %5.1f%% of %ld gold mentions\n", ev_pct(c->right, c->gold), c->gold);
    for (int q = 0; q < 6; q++)
        printf("  %-20s %5.1f%% of %ld\n", S_kinds[q], ev_pct(c->kinds_ok[q], c->kinds_n[q]), c->kinds_n[q]);
    printf("on %ld detected mentions: GeoNames id %5.1f%% (of %ld with an id), country %5.1f%% (of %ld),"
           " within 161 km %5.1f%% (of %ld not countries)\n", c->det.tp, ev_pct(c->id_ok, c->with_id),
           c->with_id, ev_pct(c->cc_ok, c->with_cc), c->with_cc, ev_pct(c->near161, c->with_point),
           c->with_point);
}

/* ---- quotes ------------------------------------------------------------------------ */
typedef struct S_quo {
    ev_prf all, direct, reported;
    long speaker_ok, neg_fp;
} S_quo;

/* Mentions of the system speaker of quote Q: its entity's mentions and its
 * speaker_span.                                                               */
static void S_speaker(json_t *j, json_t *q, ev_spans *out)
{
    json_t *sp = json_object_get(q, "speaker_span");
    if (json_is_object(sp)) ev_spans_add(out, ev_int(sp, "start", -1), ev_int(sp, "end", -1), NULL, NULL);
    const char *eid = ev_str(q, "speaker");
    size_t i, k;
    json_t *e, *m;
    if (eid) json_array_foreach(json_object_get(j, "entities"), i, e) {
        const char *x = ev_str(e, "id");
        if (!x || strcmp(x, eid)) continue;
        json_array_foreach(json_object_get(e, "mentions"), k, m)
            ev_spans_add(out, ev_int(m, "start", -1), ev_int(m, "end", -1), NULL, NULL);
    }
}

static void S_quo_doc(S_set *s, const char *id, json_t *j, S_quo *c)
{
    ev_spans gold = {0}, pred = {0}, neg = {0};
    S_spans(s->gold, id, "start", "end", &gold);
    if (s->aux) S_spans(s->aux, id, "start", "end", &neg);
    size_t i;
    json_t *q;
    json_t *quotes = json_object_get(j, "quotes");
    json_array_foreach(quotes, i, q)
        ev_spans_add(&pred, ev_int(q, "start", -1), ev_int(q, "end", -1), NULL, NULL)->flag =
            json_is_true(json_object_get(q, "direct"));
    long *gt = malloc((gold.n + 1) * sizeof *gt), *pt = malloc((pred.n + 1) * sizeof *pt);
    if (!gt || !pt) exit(2);
    long m = (long)ev_match(&gold, &pred, EV_HALF, 0, gt, pt);
    c->all.tp += m;
    c->all.fn += (long)gold.n - m;
    c->all.fp += (long)pred.n - m;
    for (i = 0; i < gold.n; i++) {
        json_t *g = json_array_get(s->gold, (size_t)gold.v[i].flag);
        ev_prf *split = json_is_true(json_object_get(g, "direct")) ? &c->direct : &c->reported;
        if (gt[i] < 0) { split->fn++; continue; }
        split->tp++;
        ev_spans sm = {0};
        S_speaker(j, json_array_get(quotes, (size_t)gt[i]), &sm);
        int ok = 0;
        size_t k;
        json_t *gm;
        json_array_foreach(json_object_get(json_object_get(g, "speaker"), "mentions"), k, gm)
            ok = ok || S_any_overlap(&sm, (long)json_integer_value(json_array_get(gm, 0)),
                                     (long)json_integer_value(json_array_get(gm, 1)));
        c->speaker_ok += ok;
        ev_spans_free(&sm);
    }
    for (i = 0; i < pred.n; i++) {
        if (pt[i] >= 0) continue;
        (pred.v[i].flag ? &c->direct : &c->reported)->fp++;
        ev_spans one = {0};
        ev_spans_add(&one, pred.v[i].start, pred.v[i].end, NULL, NULL);
        c->neg_fp += ev_match(&neg, &one, EV_HALF, 0, NULL, NULL) > 0;
        ev_spans_free(&one);
    }
    free(gt);
    free(pt);
    ev_spans_free(&gold); ev_spans_free(&pred); ev_spans_free(&neg);
}

static void S_quo_report(ev_run *r, S_quo *c, double secs)
{
    if (r->json) {
        ev_print_json(json_pack("{s:s,s:I,s:I,s:o,s:o,s:o,s:f,s:I,s:f}", "kind", "quotes", "documents",
            (json_int_t)r->docs, "failed", (json_int_t)r->failed, "quotes", ev_prf_json(c->all),
            "direct", ev_prf_json(c->direct), "reported", ev_prf_json(c->reported),
            "speaker_accuracy", ev_frac(c->speaker_ok, c->all.tp), "false_positives_on_negatives",
            (json_int_t)c->neg_fp, "seconds", secs));
        return;
    }
    printf("quotes: %zu documents, %.1f s (match: overlap >= half the shorter span)\n", r->docs, secs);
    ev_row_head();
    ev_row("quotes", c->all);
    ev_row("  direct", c->direct);
    ev_row("  reported", c->reported);
    printf("speaker accuracy       %5.1f%% of %ld matched quotes\n", ev_pct(c->speaker_ok, c->all.tp), c->all.tp);
    printf("false positives on listed negatives: %ld\n", c->neg_fp);
}

/* ---- events ---------------------------------------------------------------------- */
typedef struct S_evc {
    ev_prf det, actor, recip;
    long loc_gold, loc_ok, loc_spurious, date_ok, date_gold, date_gold_ok, cameo_ok;
} S_evc;

static long S_ovl(json_t *a, json_t *b)
{
    if (!json_is_object(a) || !json_is_object(b)) return 0;
    return ev_overlap(ev_int(a, "start", -1), ev_int(a, "end", -1), ev_int(b, "start", -2), ev_int(b, "end", -2));
}

/* Argument spans of a system event's actor/recipient list.                  */
static void S_args(json_t *j, json_t *list, ev_spans *out)
{
    size_t i, k, n;
    json_t *a, *e, *m;
    json_array_foreach(list, i, a) {
        json_t *sp = json_object_get(a, "span");
        if (json_is_object(sp)) {
            ev_spans_add(out, ev_int(sp, "start", -1), ev_int(sp, "end", -1), NULL, NULL)->flag = (int)i;
            continue;
        }
        const char *eid = ev_str(a, "entity");
        if (eid) json_array_foreach(json_object_get(j, "entities"), k, e)
            if (ev_str(e, "id") && !strcmp(ev_str(e, "id"), eid))
                json_array_foreach(json_object_get(e, "mentions"), n, m)
                    ev_spans_add(out, ev_int(m, "start", -1), ev_int(m, "end", -1), NULL, NULL)->flag = (int)i;
    }
}

static void S_arg_score(json_t *j, json_t *gl, json_t *pl, ev_prf *c)
{
    ev_spans g = {0}, p = {0};
    size_t i;
    json_t *a;
    json_array_foreach(gl, i, a) ev_spans_add(&g, ev_int(a, "start", -1), ev_int(a, "end", -1), NULL, NULL);
    S_args(j, pl, &p);
    for (i = 0; i < g.n; i++) {
        if (S_any_overlap(&p, g.v[i].start, g.v[i].end)) c->tp++;
        else c->fn++;
    }
    /* precision: system arguments (not spans) that overlap no gold argument */
    size_t np = json_array_size(pl);
    for (size_t x = 0; x < np; x++) {
        int hit = 0;
        for (size_t k = 0; k < p.n && !hit; k++)
            hit = p.v[k].flag == (int)x && S_any_overlap(&g, p.v[k].start, p.v[k].end);
        c->fp += !hit;
    }
    ev_spans_free(&g);
    ev_spans_free(&p);
}

static void S_ev_pair(json_t *j, json_t *g, json_t *p, S_evc *c)
{
    S_arg_score(j, json_object_get(g, "actor"), json_object_get(p, "actor"), &c->actor);
    S_arg_score(j, json_object_get(g, "recipient"), json_object_get(p, "recipient"), &c->recip);
    json_t *gl = json_object_get(g, "location"), *pl = json_object_get(p, "event_loc");
    if (json_is_object(gl)) {
        int ok = json_is_object(pl);
        double km = ev_km(S_num(gl, "lat", &ok), S_num(gl, "lon", &ok), S_num(pl, "lat", &ok), S_num(pl, "lon", &ok));
        c->loc_gold++;
        c->loc_ok += ok && km <= 50;
    } else {
        c->loc_spurious += json_is_object(pl);
    }
    const char *gd = ev_str(g, "date"), *pd = ev_str(p, "date"), *prec = ev_str(p, "date_precision");
    /* the gold's null: no date, or only a year (GUIDELINE §9) */
    if (prec && (!strcmp(prec, "published") || !strcmp(prec, "year"))) pd = NULL;
    int same = (!gd && !pd) || (gd && pd && !strcmp(gd, pd));
    c->date_ok += same;
    if (gd) c->date_gold++, c->date_gold_ok += same;
    const char *gc = ev_str(g, "cameo_root"), *pc = ev_str(p, "cameo");
    c->cameo_ok += gc && pc && strlen(gc) == 2 && !strncmp(gc, pc, 2);
}

static void S_ev_doc(S_set *s, const char *id, json_t *j, S_evc *c)
{
    json_t *pev = json_object_get(j, "events");
    size_t ng = 0, np = json_array_size(pev), i, k;
    json_t *g, **gv = NULL;
    json_array_foreach(s->gold, i, g) {
        const char *d = ev_str(g, "doc");
        if (!d || strcmp(d, id)) continue;
        json_t **v = realloc(gv, (ng + 1) * sizeof *v);
        if (!v) exit(2);
        gv = v;
        gv[ng++] = g;
    }
    /* score 2: same type and trigger overlap; 1: same type and sentence overlap */
    int *sc = calloc(ng * np + 1, sizeof *sc);
    if (!sc) exit(2);
    for (i = 0; i < ng; i++)
        for (k = 0; k < np; k++) {
            json_t *p = json_array_get(pev, k);
            const char *gt = ev_str(gv[i], "event"), *pt = ev_str(p, "event");
            if (!gt || !pt || strcmp(gt, pt)) continue;
            sc[i * np + k] = S_ovl(json_object_get(gv[i], "trigger"), json_object_get(p, "trigger")) ? 2
                           : S_ovl(json_object_get(gv[i], "sentence"), json_object_get(p, "text_info")) ? 1 : 0;
        }
    long *gto = malloc((ng + 1) * sizeof *gto);
    if (!gto) exit(2);
    long m = (long)ev_match_scored(sc, ng, np, gto, NULL);
    c->det.tp += m;
    c->det.fn += (long)ng - m;
    c->det.fp += (long)np - m;
    for (i = 0; i < ng; i++)
        if (gto[i] >= 0) S_ev_pair(j, gv[i], json_array_get(pev, (size_t)gto[i]), c);
    free(gto);
    free(sc);
    free(gv);
}

static void S_ev_report(ev_run *r, S_evc *c, double secs)
{
    long mt = c->det.tp;
    if (r->json) {
        ev_print_json(json_pack("{s:s,s:I,s:I,s:o,s:o,s:o,s:{s:I,s:f,s:I},s:{s:f,s:I,s:f},s:f,s:f}",
            "kind", "events", "documents", (json_int_t)r->docs, "failed", (json_int_t)r->failed,
            "events", ev_prf_json(c->det), "actor", ev_prf_json(c->actor), "recipient", ev_prf_json(c->recip),
            "location", "gold", (json_int_t)c->loc_gold, "accuracy_50km", ev_frac(c->loc_ok, c->loc_gold),
            "spurious", (json_int_t)c->loc_spurious,
            "date", "accuracy", ev_frac(c->date_ok, mt), "gold_dated", (json_int_t)c->date_gold,
            "accuracy_gold_dated", ev_frac(c->date_gold_ok, c->date_gold),
            "cameo_root_accuracy", ev_frac(c->cameo_ok, mt), "seconds", secs));
        return;
    }
    printf("events: %zu documents, %.1f s (match: same type, trigger or sentence overlap)\n", r->docs, secs);
    ev_row_head();
    ev_row("events", c->det);
    ev_row("actor args (matched)", c->actor);
    ev_row("recipient args", c->recip);
    printf("actor accuracy %5.1f%%, recipient accuracy %5.1f%% (gold arguments overlapped)\n",
           100 * ev_recall(c->actor), 100 * ev_recall(c->recip));
    printf("location within 50 km  %5.1f%% of %ld matched events with a gold location"
           " (%ld system places where gold has none)\n", ev_pct(c->loc_ok, c->loc_gold), c->loc_gold, c->loc_spurious);
    printf("date                   %5.1f%% of %ld matched events; %5.1f%% of %ld with a gold date\n",
           ev_pct(c->date_ok, mt), mt, ev_pct(c->date_gold_ok, c->date_gold), c->date_gold);
    printf("CAMEO root             %5.1f%% of %ld matched events\n", ev_pct(c->cameo_ok, mt), mt);
}

/* ---- dispatch ------------------------------------------------------------------------ */
int ev_dev(ev_run *r, const char *kind, const char *path, long *fails)
{
    S_set s = {0};
    int geo = !strcmp(kind, "geo"), quo = !strcmp(kind, "quotes");
    int rc = geo ? S_load(r, path, "geo_dev.jsonl", "geo_dev.skipped.jsonl", "docs.txt", &s, fails)
           : quo ? S_load(r, path, "quotes_dev.jsonl", "quotes_dev.negatives.jsonl", "docs.txt", &s, fails)
                 : S_load(r, path, "events_dev.jsonl", "-", "coded_docs.txt", &s, fails);
    if (rc != CLI_OK) { S_free(&s); return rc; }
    S_geo g = {0};
    S_quo q = {0};
    S_evc e = {0};
    for (size_t i = 0; i < s.ndocs; i++) {
        json_t *j = S_run_doc(r, &s, s.docs[i], kind, fails);
        if (!j) continue;
        if (geo) S_geo_doc(&s, s.docs[i], j, &g);
        else if (quo) S_quo_doc(&s, s.docs[i], j, &q);
        else S_ev_doc(&s, s.docs[i], j, &e);
        json_decref(j);
    }
    ev_progress_end(r);
    double secs = ev_now() - r->t0;
    if (geo) S_geo_report(r, &g, secs);
    else if (quo) S_quo_report(r, &q, secs);
    else S_ev_report(r, &e, secs);
    S_free(&s);
    return CLI_OK;
}
