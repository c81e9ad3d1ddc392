/*
 * eval.c -- `depeche eval KIND PATH...`: options, the annotation loop (public
 * API + jansson over the JSON result), and the NER and TIMEX3 evaluations.
 * The depeche-gold-dev sets (geo, quotes, events) are in eval_dev.c.
 * Results: a table on stdout, or one JSON object with --json.
 */
#include "eval_cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char S_help[] =
    "usage: depeche eval KIND [OPTIONS] PATH...\n"
    "\n"
    "Measures depeche against gold annotations; prints a table (or --json).\n"
    "\n"
    "kinds:\n"
    "  ner     PATH...  named entities (PER/LOC/ORG): BRAT folders, WiNER JSON\n"
    "                   Lines, BIO/IO token-per-line, HIPE TSV (detected)\n"
    "  time    PATH...  TIMEX3 extents, types and values: ISO-TimeML files/folders\n"
    "  geo     PATH     place mentions and their resolution (depeche-gold-dev/geo)\n"
    "  quotes  PATH     quotations and speakers (depeche-gold-dev/quotes)\n"
    "  events  PATH     events, actors, places, dates (depeche-gold-dev/events)\n"
    "\n"
    "  depeche eval KIND --help   details of one kind\n"
    "\n"
    "common options:\n"
    "  --json          one JSON object on stdout instead of the table (scores\n"
    "                  and accuracies as fractions 0..1, counts as integers)\n"
    "  --model PATH    compiled model (as for annotate)\n"
    "  --quiet         no progress on stderr\n"
    "  --print-gold    (ner, time) print the gold documents as read, one JSON\n"
    "                  line each (id, date, text, gold spans), and score nothing\n"
    "\n"
    "Exit status: 0 ok; 1 some gold input was malformed or failed (reported as\n"
    "FILE:LINE on stderr, the rest is scored); 2 usage error or no model.\n";

static const char S_help_ner[] =
    "usage: depeche eval ner [--json] [--model PATH] [--all-types] [--with-nominal]\n"
    "                        [--chunk-bytes N] PATH...\n"
    "\n"
    "Entity mentions (entities[].mentions with the entity's type) against gold,\n"
    "exact span and type match; P/R/F1 per type and micro-averaged over\n"
    "PER, LOC, ORG.  PATH is detected:\n"
    "  a folder holding .ann files   BRAT (NAME.txt + NAME.ann; a YYYY_MM_DD file\n"
    "                                name gives the publication date)\n"
    "  *.jsonl[.gz]                  WiNER JSON Lines: id, date, text, entities\n"
    "                                [{type,start,end}] (code points)\n"
    "  a .tsv starting with TOKEN    HIPE TSV (NE-COARSE-LIT, MISC NoSpaceAfter,\n"
    "                                document ids and dates from # comments)\n"
    "  other files (.bio .conll ...) TOKEN TAG per line, BIO / IO / BIOES tags;\n"
    "                                a blank line ends a sentence; NAME.md beside\n"
    "                                NAME.bio may give Europeana page dates\n"
    "  a folder                      every such file below it\n"
    "Token formats are rebuilt as text (tokens joined by spaces, sentences by\n"
    "newlines, grouped into documents of about --chunk-bytes, default 4000).\n"
    "Types: Person/PER/pers -> PER, Location/LOC -> LOC, Organization/ORG -> ORG,\n"
    "Misc -> MISC; other gold types (Date, Hour, Event, Product, HumanProd) are\n"
    "ignored unless --all-types.  An extra line gives the micro scores with\n"
    "overlapping spans of the same type (boundary errors forgiven).\n"
    "Named-entity gold marks names only: entities the output marks \"nominal\"\n"
    "(common-noun groups such as les forces irakiennes, kept for the events)\n"
    "are not scored unless --with-nominal.\n";

static const char S_help_time[] =
    "usage: depeche eval time [--json] [--model PATH] PATH...\n"
    "\n"
    "ISO-TimeML documents (files or folders of .tml/.xml): the text of <TEXT>\n"
    "is annotated with the TIMEX3 functionInDocument=\"CREATION_TIME\" value as\n"
    "publication date, and depeche's times[] are compared with the TIMEX3 of\n"
    "<TEXT>: strict (same extent) and relaxed (overlapping extent, one-to-one)\n"
    "P/R/F1; type and value accuracy on strict and on relaxed matches, and the\n"
    "TempEval-3 attribute F1 (relaxed F1 x attribute accuracy).  Values are\n"
    "compared as strings.\n";

/* the --texts paragraph of eval geo, quotes and events */
#define S_HELP_TEXTS                                                                 \
    "TEXTS: JSON Lines of {id,date,text} objects (plain or gzip), or ISO-TimeML\n"   \
    "documents (a .tml/.xml file or a folder of them: id = file name, date =\n"      \
    "the creation time, text = what <TEXT> holds, tags out).\n"

static const char S_help_geo[] =
    "usage: depeche eval geo [--json] [--model PATH] [--texts TEXTS] PATH\n"
    "\n"
    S_HELP_TEXTS
    "PATH: the depeche-gold-dev geo folder or its geo_dev.jsonl (siblings\n"
    "geo_dev.skipped.jsonl and docs.txt are used when present).  Texts come\n"
    "from --texts, default ../../winer-fr/winer_fr_dev.jsonl.gz from the folder.\n"
    "Detection: places[].mentions vs gold mentions, one-to-one overlap match;\n"
    "system mentions overlapping only skipped gold mentions are not counted.\n"
    "Resolution (README convention, over all gold mentions, no overlapping\n"
    "system place = wrong): city/other/region/water right with the same\n"
    "GeoNames id or within 25 km; country with the same code and precision\n"
    "country; admin1 with the same country and admin1/admin2 precision.\n"
    "On detected mentions: same GeoNames id, same country, within 161 km\n"
    "(the last on mentions that are not countries: a country's point is a\n"
    "convention).\n";

static const char S_help_quotes[] =
    "usage: depeche eval quotes [--json] [--model PATH] [--texts TEXTS] PATH\n"
    "\n"
    S_HELP_TEXTS
    "PATH: the depeche-gold-dev quotes folder or its quotes_dev.jsonl; only\n"
    "documents of docs.txt are scored.  A system quote matches a gold quote\n"
    "when their overlap covers at least half of the shorter span (one-to-one).\n"
    "P/R/F1 overall, and split direct/reported (recall by the gold kind,\n"
    "precision by the system kind).  The speaker of a matched quote is right\n"
    "when a mention of the system speaker (its entity's mentions or its\n"
    "speaker_span) overlaps one of the gold speaker mentions.\n";

static const char S_help_events[] =
    "usage: depeche eval events [--json] [--model PATH] [--texts TEXTS] PATH\n"
    "\n"
    S_HELP_TEXTS
    "PATH: the depeche-gold-dev events folder or its events_dev.jsonl; only\n"
    "documents of coded_docs.txt are scored.  A system event matches a gold\n"
    "event of the same document and PLOVER type when its trigger or its\n"
    "sentence (text_info) overlaps the gold one (one-to-one, trigger overlaps\n"
    "first).  On matched events: actor and recipient arguments (right when a\n"
    "system argument span overlaps the gold one), location (within 50 km),\n"
    "date (equal; a system date of precision \"published\" or \"year\" counts\n"
    "as null, as the gold gives null for a year alone),\n"
    "CAMEO root.\n";

/* ---- shared helpers ---------------------------------------------------------------- */
double ev_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void ev_progress(ev_run *r, const char *what)
{
    r->docs++;
    if (r->quiet || !r->tty || (r->docs % 20 && r->docs > 1)) return;
    fprintf(stderr, "\rdepeche eval %s: %zu documents, %.1f s", what, r->docs, ev_now() - r->t0);
}

void ev_progress_end(ev_run *r)
{
    if (!r->quiet && r->tty) fputs("\r\033[K", stderr);
}

/* --print-gold: one JSON line per gold document as read (id, date, text,
 * gold spans with their surface), to check a reader on a new corpus.        */
static size_t S_byte_at(const char *t, size_t n, long k)
{
    size_t b = 0;
    for (long cp = 0; b < n && cp < k; cp++)
        for (b++; b < n && ((unsigned char)t[b] & 0xC0) == 0x80; b++) {}
    return b;
}

static void S_print_gold(const ev_doc *d)
{
    json_t *g = json_array();
    for (size_t i = 0; i < d->gold.n; i++) {
        const ev_span *s = &d->gold.v[i];
        size_t b = S_byte_at(d->text, d->len, s->start), e = S_byte_at(d->text, d->len, s->end);
        if (e < b) e = b;
        json_t *o = json_pack("{s:I,s:I,s:s,s:s%}", "start", (json_int_t)s->start, "end",
                              (json_int_t)s->end, "type", s->type, "text", d->text + b, e - b);
        if (o && s->value) json_object_set_new(o, "value", json_string(s->value));
        if (o) json_array_append_new(g, o);
    }
    json_t *j = json_pack("{s:s?,s:s?,s:s%,s:o}", "id", d->id, "date", d->date, "text", d->text,
                          d->len, "gold", g);
    char *s = j ? json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    if (s) puts(s);
    free(s);
    json_decref(j);
}

json_t *ev_annotate(ev_run *r, const ev_doc *d)
{
    if (r->print_gold) { S_print_gold(d); return NULL; }
    dp_doc_options opt = {.id = d->id, .published = d->date};
    dp_status st = dp_doc_annotate(r->doc, d->text, d->len, &opt);
    const char *out = NULL;
    size_t n = 0;
    if (st == DP_OK) st = dp_doc_json(r->doc, &out, &n);
    if (st != DP_OK) {
        const char *msg = dp_doc_errmsg(r->doc);
        fprintf(stderr, "depeche eval: %s: document %s: %s\n", d->path ? d->path : "?",
                d->id ? d->id : "?", msg && msg[0] ? msg : dp_status_str(st));
        r->failed++;
        return NULL;
    }
    json_error_t err;
    json_t *j = json_loadb(out, n, 0, &err);
    if (!j) {
        fprintf(stderr, "depeche eval: document %s: unreadable JSON output: %s\n",
                d->id ? d->id : "?", err.text);
        r->failed++;
    }
    return j;
}

long ev_int(json_t *o, const char *k, long dflt)
{
    json_t *v = json_object_get(o, k);
    return json_is_integer(v) ? (long)json_integer_value(v) : dflt;
}

const char *ev_str(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

void ev_row(const char *name, ev_prf c)
{
    printf("%-22s %7ld %7ld %7ld %7.1f %7.1f %7.1f\n", name, c.tp + c.fn, c.tp + c.fp, c.tp,
           100 * ev_precision(c), 100 * ev_recall(c), 100 * ev_f1(c));
}

void ev_row_head(void)
{
    printf("%-22s %7s %7s %7s %7s %7s %7s\n", "", "gold", "system", "match", "P", "R", "F1");
}

json_t *ev_prf_json(ev_prf c)
{
    return json_pack("{s:I,s:I,s:I,s:f,s:f,s:f}", "gold", (json_int_t)(c.tp + c.fn), "system",
                     (json_int_t)(c.tp + c.fp), "match", (json_int_t)c.tp, "precision",
                     ev_precision(c), "recall", ev_recall(c), "f1", ev_f1(c));
}

double ev_pct(long a, long b) { return b ? 100.0 * (double)a / (double)b : 0; }
double ev_frac(long a, long b) { return b ? (double)a / (double)b : 0; }

int ev_print_json(json_t *j)
{
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    json_decref(j);
    if (!s) return -1;
    puts(s);
    free(s);
    return 0;
}

/* ---- ner ------------------------------------------------------------------------- */
#define S_MAXT 32
typedef struct S_ner {
    ev_run *r;
    char types[S_MAXT][24];
    const char *tp[S_MAXT];
    size_t nt;
    ev_prf c[S_MAXT];
    ev_prf overlap[3];   /* PER, LOC, ORG with overlapping spans            */
} S_ner;

static void S_add_type(S_ner *n, const char *t)
{
    for (size_t i = 0; i < n->nt; i++)
        if (!strcmp(n->types[i], t)) return;
    if (n->nt == S_MAXT) return;
    snprintf(n->types[n->nt], sizeof n->types[n->nt], "%s", t);
    n->tp[n->nt] = n->types[n->nt];
    n->nt++;
}

static int S_ner_doc(void *ctx, ev_doc *d)
{
    S_ner *n = ctx;
    json_t *j = ev_annotate(n->r, d);
    ev_progress(n->r, "ner");
    if (!j) return 0;
    ev_spans pred = {0};
    size_t i, k;
    json_t *e, *m;
    json_array_foreach(json_object_get(j, "entities"), i, e) {
        const char *t = ev_str(e, "type");
        if (!t) continue;
        if (!n->r->ro.with_nominal && json_is_true(json_object_get(e, "nominal"))) continue;
        json_array_foreach(json_object_get(e, "mentions"), k, m)
            ev_spans_add(&pred, ev_int(m, "start", -1), ev_int(m, "end", -1), t, NULL);
    }
    json_decref(j);
    for (i = 0; i < d->gold.n; i++) S_add_type(n, d->gold.v[i].type);
    for (i = 0; i < pred.n; i++) S_add_type(n, pred.v[i].type);
    ev_score_typed(&d->gold, &pred, n->tp, n->nt, n->c);
    ev_score_typed_rule(&d->gold, &pred, n->tp, 3, EV_OVERLAP, n->overlap);
    ev_spans_free(&pred);
    return 0;
}

static int S_is_main(const char *t)
{
    return !strcmp(t, "PER") || !strcmp(t, "LOC") || !strcmp(t, "ORG");
}

static void S_ner_report(S_ner *n, double secs)
{
    ev_prf micro = {0}, ov = {0};
    for (size_t i = 0; i < 3; i++) {
        ov.tp += n->overlap[i].tp; ov.fp += n->overlap[i].fp; ov.fn += n->overlap[i].fn;
    }
    for (size_t i = 0; i < n->nt; i++)
        if (S_is_main(n->types[i])) {
            micro.tp += n->c[i].tp; micro.fp += n->c[i].fp; micro.fn += n->c[i].fn;
        }
    if (n->r->json) {
        json_t *types = json_object();
        for (size_t i = 0; i < n->nt; i++) json_object_set_new(types, n->types[i], ev_prf_json(n->c[i]));
        ev_print_json(json_pack("{s:s,s:I,s:I,s:o,s:o,s:o,s:f}", "kind", "ner", "documents",
                                (json_int_t)n->r->docs, "failed", (json_int_t)n->r->failed,
                                "types", types, "micro", ev_prf_json(micro), "micro_overlap",
                                ev_prf_json(ov), "seconds", secs));
        return;
    }
    printf("ner: %zu documents, %.1f s (exact span and type)\n", n->r->docs, secs);
    ev_row_head();
    for (size_t i = 0; i < n->nt; i++) ev_row(n->types[i], n->c[i]);
    ev_row("micro PER/LOC/ORG", micro);
    ev_row("  (overlapping spans)", ov);
}

/* ---- time ----------------------------------------------------------------------- */
typedef struct S_time {
    ev_run *r;
    ev_time_counts c;
    long nodate;
} S_time;

static int S_time_doc(void *ctx, ev_doc *d)
{
    S_time *t = ctx;
    json_t *j = ev_annotate(t->r, d);
    ev_progress(t->r, "time");
    if (!j) return 0;
    t->nodate += !d->date;
    ev_spans pred = {0};
    size_t i;
    json_t *x;
    json_array_foreach(json_object_get(j, "times"), i, x)
        ev_spans_add(&pred, ev_int(x, "start", -1), ev_int(x, "end", -1), ev_str(x, "type"),
                     ev_str(x, "value"));
    json_decref(j);
    ev_score_time(&d->gold, &pred, &t->c);
    ev_spans_free(&pred);
    return 0;
}

static void S_time_report(S_time *t, double secs)
{
    ev_time_counts *c = &t->c;
    double rf = ev_f1(c->relaxed);
    double ta = ev_pct(c->relaxed_type, c->relaxed.tp), va = ev_pct(c->relaxed_value, c->relaxed.tp);
    if (t->r->json) {
        ev_print_json(json_pack(
            "{s:s,s:I,s:I,s:o,s:o,s:{s:f,s:f},s:{s:f,s:f},s:{s:f,s:f},s:f}", "kind", "time",
            "documents", (json_int_t)t->r->docs, "failed", (json_int_t)t->r->failed,
            "strict", ev_prf_json(c->strict), "relaxed", ev_prf_json(c->relaxed),
            "strict_accuracy", "type", ev_frac(c->strict_type, c->strict.tp), "value",
            ev_frac(c->strict_value, c->strict.tp),
            "relaxed_accuracy", "type", ta / 100, "value", va / 100,
            "attribute_f1", "type", rf * ta / 100, "value", rf * va / 100, "seconds", secs));
        return;
    }
    printf("time: %zu documents, %.1f s\n", t->r->docs, secs);
    ev_row_head();
    ev_row("strict extent", c->strict);
    ev_row("relaxed extent", c->relaxed);
    printf("%-22s type %5.1f%%  value %5.1f%%  (on %ld strict matches)\n", "accuracy strict",
           ev_pct(c->strict_type, c->strict.tp), ev_pct(c->strict_value, c->strict.tp), c->strict.tp);
    printf("%-22s type %5.1f%%  value %5.1f%%  (on %ld relaxed matches)\n", "accuracy relaxed",
           ta, va, c->relaxed.tp);
    printf("%-22s type %5.1f   value %5.1f   (TempEval-3: relaxed F1 x accuracy)\n",
           "attribute F1", rf * ta, rf * va);
}

/* ---- the command -------------------------------------------------------------------- */
int cli_eval(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        fputs(S_help, argc < 2 ? stderr : stdout);
        return argc < 2 ? CLI_USAGE : CLI_OK;
    }
    const char *kind = argv[1];
    const char *help = !strcmp(kind, "ner") ? S_help_ner : !strcmp(kind, "time") ? S_help_time
                     : !strcmp(kind, "geo") ? S_help_geo : !strcmp(kind, "quotes") ? S_help_quotes
                     : !strcmp(kind, "events") ? S_help_events : NULL;
    if (!help) {
        fprintf(stderr, "depeche eval: unknown kind '%s'\n\n%s", kind, S_help);
        return CLI_USAGE;
    }
    static const struct option lo[] = {
        {"json", no_argument, 0, 'j'}, {"model", required_argument, 0, 'm'},
        {"texts", required_argument, 0, 't'}, {"all-types", no_argument, 0, 'a'},
        {"with-nominal", no_argument, 0, 'N'},
        {"chunk-bytes", required_argument, 0, 'c'}, {"quiet", no_argument, 0, 'q'},
        {"print-gold", no_argument, 0, 'g'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    ev_run r = {.tty = isatty(2)};
    cli_opts co = {0};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "hq", lo, NULL)) != -1) {
        switch (c) {
        case 'j': r.json = 1; break;
        case 'm': co.model = optarg; break;
        case 't': r.texts = optarg; break;
        case 'a': r.ro.all_types = 1; break;
        case 'N': r.ro.with_nominal = 1; break;
        case 'g': r.print_gold = r.quiet = 1; break;
        case 'q': r.quiet = co.quiet = 1; break;
        case 'c': {
            char *end;
            r.ro.chunk_bytes = strtoull(optarg, &end, 10);
            if (*end || !r.ro.chunk_bytes) {
                fprintf(stderr, "depeche eval: --chunk-bytes needs a positive number\n");
                return CLI_USAGE;
            }
            break;
        }
        case 'h': fputs(help, stdout); return CLI_OK;
        default: fputs(help, stderr); return CLI_USAGE;
        }
    }
    char **paths = argv + optind;
    int npaths = argc - optind;
    int one = !strcmp(kind, "geo") || !strcmp(kind, "quotes") || !strcmp(kind, "events");
    if (npaths == 0 || (one && npaths != 1)) {
        fprintf(stderr, "depeche eval %s: %s\n\n%s", kind, npaths ? "one PATH only" : "no gold PATH",
                help);
        return CLI_USAGE;
    }
    dp_model *m = cli_open_model(&co);
    if (!m) return CLI_USAGE;
    r.doc = dp_doc_new(m);
    if (!r.doc) { fputs("depeche eval: out of memory\n", stderr); dp_model_close(m); return CLI_USAGE; }
    r.t0 = ev_now();
    long fails = 0;
    int rc = CLI_OK;
    if (!strcmp(kind, "ner")) {
        S_ner n = {.r = &r};
        S_add_type(&n, "PER"); S_add_type(&n, "LOC"); S_add_type(&n, "ORG");
        for (int i = 0; i < npaths && fails >= 0; i++) {
            long f = ev_read_ner(paths[i], &r.ro, S_ner_doc, &n);
            fails = f < 0 ? -1 : fails + f;
        }
        ev_progress_end(&r);
        if (!r.print_gold) S_ner_report(&n, ev_now() - r.t0);
    } else if (!strcmp(kind, "time")) {
        S_time t = {.r = &r};
        for (int i = 0; i < npaths && fails >= 0; i++) {
            long f = ev_read_timeml(paths[i], S_time_doc, &t);
            fails = f < 0 ? -1 : fails + f;
        }
        ev_progress_end(&r);
        if (!r.print_gold) S_time_report(&t, ev_now() - r.t0);
    } else {
        rc = ev_dev(&r, kind, paths[0], &fails);
    }
    dp_doc_free(r.doc);
    dp_model_close(m);
    if (rc == CLI_OK && (fails || r.failed)) rc = CLI_PARTIAL;
    if (fflush(stdout) != 0 || ferror(stdout)) rc = CLI_PARTIAL;
    return rc;
}
