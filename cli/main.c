/*
 * main.c -- the depeche command: option parsing and the annotate, events
 * and model subcommands (ingest is in ingest.c, lookup and model info in
 * lookup.c).  A thin front end over
 * libdepeche: no extraction logic lives here.
 */
#include "cli.h"
#include "eval.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char S_usage[] =
    "usage: depeche COMMAND [OPTIONS] [FILE...]\n"
    "\n"
    "Turns French news articles into structured event data (JSON).\n"
    "\n"
    "commands:\n"
    "  annotate  FILE...|-   one JSON document per input document\n"
    "  events    FILE...|-   the events alone, PLOVER-style JSON Lines\n"
    "  ingest    SRC...      annotate files/folders and store them in SQLite\n"
    "  export    --db F      the stored events as PLOVER, ACLED CSV, CSV, GeoJSON\n"
    "  stats     --db F      counts of stored events by type, country, month\n"
    "  model [info]          describe the compiled model (info: in detail)\n"
    "  lookup    WORD...|-   what the model knows of a word or name\n"
    "  eval KIND PATH...     accuracy against gold (ner, time, geo, quotes, events)\n"
    "  serve [--db PATH]     a local web page: map, timeline, articles (docs/API.md)\n"
    "\n"
    "  depeche COMMAND --help   options of a command\n"
    "  depeche --version\n"
    "\n"
    "inputs: a plain text file is one document; a .jsonl file (or any input\n"
    "with --jsonl) holds one JSON object a line with keys id, date, text\n"
    "(optional title, url, source); '-' reads stdin; folders are walked for\n"
    "*.txt and *.jsonl.\n"
    "\n"
    "exit status:\n"
    "  0  every input was processed\n"
    "  1  some input failed (reported on stderr), the rest was processed;\n"
    "     also when the output could not be written\n"
    "  2  usage error, or the model could not be loaded\n";

static const char S_annotate_help[] =
    "usage: depeche annotate [OPTIONS] FILE...|-\n"
    "\n"
    "Writes one JSON object per document (output contract v1, see README.md):\n"
    "entities, places, times, quantities, quotes, events, repeated passages,\n"
    "with code point spans.  Several documents give JSON Lines.\n"
    "\n"
    "options:\n"
    "  --date YYYY-MM-DD  publication date of plain text inputs (default: the\n"
    "                     first line of FILE.date when present)\n"
    "  --id ID            id of a plain text document (default: file base name)\n"
    "  --model PATH       compiled model (default: $DEPECHE_MODEL, else\n"
    "                     depeche.model beside the executable)\n"
    "  --jsonl            read every input as JSON Lines (id, date, text, ...)\n"
    "  --pretty           indented JSON\n"
    "  --max-bytes N      document size cap (default 64 MiB)\n"
    "  --stages LIST      run only these stages, comma-separated: repeats, times,\n"
    "                     quantities, places, entities, quotes, events, or all\n"
    "                     (default); with the stages they need (places and\n"
    "                     entities go together, quantities need times, quotes\n"
    "                     entities and times, events everything).  Arrays of\n"
    "                     stages not run are empty, and the document gets\n"
    "                     \"stages\": the names of those that ran.  The quotes\n"
    "                     stage adds speakers to \"entities\", the events stage\n"
    "                     event sites without a mention to \"places\"\n"
    "  --quiet            no warnings\n"
    "\n"
    "A malformed JSON line is reported on stderr (FILE:LINE) and answered with\n"
    "{\"error\":\"...\",\"line\":N,\"file\":\"...\"} so output lines match input lines.\n"
    "Invalid UTF-8 is repaired (U+FFFD, one code point per bad byte) with a\n"
    "warning.  Exit status: 0 ok, 1 some input failed, 2 usage or model error.\n";

static const char S_events_help[] =
    "usage: depeche events [OPTIONS] FILE...|-\n"
    "\n"
    "Writes the events alone as PLOVER-style JSON Lines, one event a line,\n"
    "each with doc_id and published.  Options as for `depeche annotate`\n"
    "but --stages (events need every stage);\n"
    "an input line that fails is reported on stderr only.\n"
    "Exit status: 0 ok, 1 some input failed, 2 usage or model error.\n";

static const char S_model_help[] =
    "usage: depeche model [--model PATH]\n"
    "       depeche model info [--model PATH] [--json]\n"
    "\n"
    "Prints one line describing the compiled model; `info` prints its format\n"
    "version, build date, file size, open time, sources and versions, counts\n"
    "(places, place names, countries, demonym forms, Lefff forms and analyses)\n"
    "and each dictionary with its number of entries.  Exit status 0, or 2\n"
    "when the model cannot be opened.\n";

static const char S_lookup_help[] =
    "usage: depeche lookup [--model PATH] [--json] WORD...|-\n"
    "\n"
    "What the model knows of each word or multi-word name ('-' reads one\n"
    "query a line from stdin): gazetteer candidates in rank order (also with\n"
    "al-/el-/al /el /le /la /les /l' before it, or without it), the country it\n"
    "names (name or ISO code in capitals), the country of a demonym, the\n"
    "Lefff analyses of the lowercased form, and its values in every\n"
    "dictionary.  --json: one JSON object a query, with \"found\": true when\n"
    "the gazetteer or the country list knows it.\n"
    "Exit status: 0 ok, 1 output error, 2 usage or model error.\n";

static const char S_ingest_help[] =
    "usage: depeche ingest [--db PATH] [--date YYYY-MM-DD] [-j N] [OPTIONS] SRC...\n"
    "\n"
    "Annotates files, folders (recursively: *.txt, *.jsonl, and both with .gz\n"
    "or .zst), JSON Lines (.jsonl, .jsonl.gz, .jsonl.zst) and stdin ('-') and\n"
    "stores documents, events, places, entities, quotes, times, event actors,\n"
    "evidence spans and stories in an SQLite database (default out/depeche.db;\n"
    "schema in docs/SCHEMA.md).  A plain text file is dated by --date, FILE.date,\n"
    "a date in its name (2016-08-24, 20160824) or a clear dateline.\n"
    "\n"
    "A document already stored with the same content hash is skipped, so the\n"
    "same command run again after a crash (even kill -9) goes on where it\n"
    "stopped and adds nothing twice; one with the same id and other content\n"
    "replaces the old one.  Exact and near duplicates (MinHash over word\n"
    "shingles) are stored with duplicate_of and not annotated again.  Events\n"
    "of several articles about the same real-world event share a story.\n"
    "\n"
    "options:\n"
    "  --db PATH            the database (created when missing)\n"
    "  -j, --jobs N         annotating threads (default: all cores)\n"
    "  --dup-threshold X    near-duplicate similarity, 0..1 (default 0.6;\n"
    "                       above 1: no near-duplicate detection)\n"
    "  --batch N            documents a transaction (default 256; a transaction\n"
    "                       is also committed after 2 seconds)\n"
    "  --dedup-only         store documents and duplicate links, annotate nothing\n"
    "                       (a quick look at a corpus's duplicates; a later\n"
    "                       ingest without it annotates them)\n"
    "  --stages LIST        only these stages, as for annotate: the tables of the\n"
    "                       others get no rows (--stages entities,places: no\n"
    "                       events, quotes or times rows).  A document stored\n"
    "                       with fewer stages is annotated again by a run with\n"
    "                       others, and its rows replaced; one stored with all\n"
    "                       stages (same depeche and model) is left as it is\n"
    "  --date, --id, --model, --jsonl, --max-bytes, --quiet as for annotate\n"
    "\n"
    "A progress line on a terminal; a summary at the end.  A malformed JSON\n"
    "line is reported as FILE:LINE and skipped, the rest goes in.\n"
    "Exit status: 0 ok, 1 some input failed, 2 usage, model or database error.\n";

static const char S_export_help[] =
    "usage: depeche export --db PATH --format plover|acled|csv|geojson\n"
    "                      [--from DATE] [--to DATE] [--country CC] [--type TYPE]\n"
    "                      [--bbox W,S,E,N] [-o FILE]\n"
    "\n"
    "Writes the stored events (duplicates are never coded twice):\n"
    "  plover   JSON Lines, one event a line (output contract), with doc_id,\n"
    "           published and story\n"
    "  acled    CSV with ACLED's columns in ACLED's order\n"
    "  csv      one flat row per event\n"
    "  geojson  a FeatureCollection of the events that have coordinates\n"
    "Filters: event date from/to (YYYY, YYYY-MM or YYYY-MM-DD, inclusive),\n"
    "ISO alpha-2 country, PLOVER type, bounding box in degrees.\n"
    "Default output: stdout.  See docs/EXPORT.md.\n"
    "Exit status: 0 ok, 1 the output could not be written, 2 usage or database error.\n";

static const char S_stats_help[] =
    "usage: depeche stats --db PATH [--json]\n"
    "\n"
    "Counts of the stored documents, duplicates, events and stories, and the\n"
    "events by PLOVER type, by country and by month.\n"
    "Exit status: 0 ok, 2 usage or database error.\n";

/* ---- annotate / events ------------------------------------------------------ */
typedef struct S_run {
    const cli_opts *o;
    dp_doc *doc;
    int events;        /* 1: events JSON Lines, 0: documents               */
    long failed;
    size_t docs, nevents;
} S_run;

static int S_emit_error(S_run *r, const cli_item *it, const char *msg)
{
    if (r->events || it->line == 0) return 0;
    json_t *e = json_pack("{s:s,s:I,s:s}", "error", msg, "line", (json_int_t)it->line,
                          "file", it->path);
    char *s = e ? json_dumps(e, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(e);
    int w = s ? cli_write(stdout, s, strlen(s)) : 0;
    if (w == 0) w = cli_write(stdout, "\n", 1);
    free(s);
    return w;
}

static int S_write_doc(S_run *r, const char *s, size_t n)
{
    if (!r->o->pretty || r->events) return cli_write(stdout, s, n);
    json_error_t err;
    json_t *j = json_loadb(s, n, JSON_ALLOW_NUL, &err);
    char *p = j ? json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
    json_decref(j);
    int w = p ? cli_write(stdout, p, strlen(p)) : cli_write(stdout, s, n);
    free(p);
    return w;
}

static int S_on_item(void *ctx, const cli_item *it)
{
    S_run *r = ctx;
    if (it->error) {
        cli_error(it->path, it->line, "%s", it->error);
        return S_emit_error(r, it, it->error);
    }
    dp_status st = dp_doc_annotate(r->doc, it->text, it->len, &it->opt);
    const char *out = NULL;
    size_t n = 0;
    if (st == DP_OK)
        st = r->events ? dp_doc_events_jsonl(r->doc, &out, &n) : dp_doc_json(r->doc, &out, &n);
    if (st != DP_OK) {
        const char *msg = dp_doc_errmsg(r->doc);
        cli_error(it->path, it->line, "%s", msg && msg[0] ? msg : dp_status_str(st));
        r->failed++;
        return S_emit_error(r, it, msg && msg[0] ? msg : dp_status_str(st));
    }
    dp_doc_stats s;
    dp_doc_get_stats(r->doc, &s);
    if (s.invalid_bytes)
        cli_warn(r->o, it, "%zu invalid UTF-8 byte%s replaced by U+FFFD", s.invalid_bytes,
                 s.invalid_bytes > 1 ? "s" : "");
    r->docs++;
    r->nevents += s.events;
    if (S_write_doc(r, out, n)) return -1;
    if (!r->events && cli_write(stdout, "\n", 1)) return -1;
    return 0;
}

static int S_annotate(const cli_opts *o, char **paths, int npaths, int events)
{
    dp_model *m = cli_open_model(o);
    if (!m) return CLI_USAGE;
    S_run r = {.o = o, .events = events};
    r.doc = dp_doc_new(m);
    if (!r.doc) {
        cli_error(NULL, 0, "out of memory");
        dp_model_close(m);
        return CLI_USAGE;
    }
    long fails = 0;
    int stopped = 0;
    for (int i = 0; i < npaths && !stopped; i++) {
        long f = cli_read(paths[i], o, S_on_item, &r);
        if (f < 0) stopped = 1;
        else fails += f;
    }
    fails += r.failed;
    dp_doc_free(r.doc);
    dp_model_close(m);
    if (!stopped && (fflush(stdout) != 0 || ferror(stdout))) {
        cli_error(NULL, 0, "cannot write the output: %s", strerror(errno ? errno : EIO));
        stopped = 1;
    }
    return stopped || fails ? CLI_PARTIAL : CLI_OK;
}

static int S_model(const cli_opts *o)
{
    dp_model *m = cli_open_model(o);
    if (!m) return CLI_USAGE;
    printf("%s\n", dp_model_describe(m));
    dp_model_close(m);
    return fflush(stdout) == 0 && !ferror(stdout) ? CLI_OK : CLI_PARTIAL;
}

/* ---- Options -------------------------------------------------------------- */
static int S_valid_date(const char *s)
{
    if (strlen(s) < 10) return 0;
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return 0;
    int m = atoi(s + 5), d = atoi(s + 8);
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int main(int argc, char **argv)
{
    if (argc < 2) { fputs(S_usage, stderr); return CLI_USAGE; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        fputs(S_usage, stdout);
        return CLI_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("depeche %s (output contract v%d)\n", DP_VERSION, DP_OUTPUT_VERSION);
        return CLI_OK;
    }
    if (!strcmp(cmd, "eval")) return cli_eval(argc - 1, argv + 1);
    if (!strcmp(cmd, "serve")) return cli_serve(argc - 1, argv + 1);
    const char *help = !strcmp(cmd, "annotate") ? S_annotate_help
                     : !strcmp(cmd, "events")   ? S_events_help
                     : !strcmp(cmd, "ingest")   ? S_ingest_help
                     : !strcmp(cmd, "export")   ? S_export_help
                     : !strcmp(cmd, "stats")    ? S_stats_help
                     : !strcmp(cmd, "lookup")   ? S_lookup_help
                     : !strcmp(cmd, "model")    ? S_model_help : NULL;
    if (!help) {
        fprintf(stderr, "depeche: unknown command '%s'\n\n%s", cmd, S_usage);
        return CLI_USAGE;
    }
    static const struct option lo[] = {
        {"date", required_argument, 0, 'd'}, {"id", required_argument, 0, 'i'},
        {"model", required_argument, 0, 'm'}, {"db", required_argument, 0, 'b'},
        {"jsonl", no_argument, 0, 'L'}, {"pretty", no_argument, 0, 'p'},
        {"jobs", required_argument, 0, 'j'}, {"dup-threshold", required_argument, 0, 'D'},
        {"format", required_argument, 0, 'f'}, {"from", required_argument, 0, 'F'},
        {"to", required_argument, 0, 'T'}, {"country", required_argument, 0, 'C'},
        {"type", required_argument, 0, 't'}, {"bbox", required_argument, 0, 'B'},
        {"output", required_argument, 0, 'o'}, {"dedup-only", no_argument, 0, 'U'},
        {"batch", required_argument, 0, 'N'},
        {"quiet", no_argument, 0, 'q'}, {"max-bytes", required_argument, 0, 'x'},
        {"stages", required_argument, 0, 'S'},
        {"json", no_argument, 0, 'J'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    cli_opts o = {0};
    int c;
    optind = 2;
    while ((c = getopt_long(argc, argv, "hqj:o:", lo, NULL)) != -1) {
        switch (c) {
        case 'd': o.date = optarg; break;
        case 'i': o.id = optarg; break;
        case 'm': o.model = optarg; break;
        case 'b': o.db = optarg; break;
        case 'L': o.jsonl = 1; break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "depeche: -j needs a number of threads (1..256)\n");
                return CLI_USAGE;
            }
            o.jobs = (int)n;
            break;
        }
        case 'D': {
            char *end;
            o.dup_threshold = strtod(optarg, &end);
            if (*end || !(o.dup_threshold > 0)) {
                fprintf(stderr, "depeche: --dup-threshold needs a number above 0\n");
                return CLI_USAGE;
            }
            break;
        }
        case 'f': o.format = optarg; break;
        case 'F': o.from = optarg; break;
        case 'T': o.to = optarg; break;
        case 'C': o.country = optarg; break;
        case 't': o.type = optarg; break;
        case 'B': o.bbox = optarg; break;
        case 'o': o.output = optarg; break;
        case 'U': o.dedup_only = 1; break;
        case 'N': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 1000000) {
                fprintf(stderr, "depeche: --batch needs a number of documents (1..1000000)\n");
                return CLI_USAGE;
            }
            o.batch = (int)n;
            break;
        }
        case 'p': o.pretty = 1; break;
        case 'q': o.quiet = 1; break;
        case 'J': o.json = 1; break;
        case 'x': {
            char *end;
            o.max_bytes = strtoull(optarg, &end, 10);
            if (*end || !o.max_bytes) {
                fprintf(stderr, "depeche: --max-bytes needs a positive number\n");
                return CLI_USAGE;
            }
            break;
        }
        case 'S': {
            const char *bad = NULL;
            size_t nbad = 0;
            if (strcmp(cmd, "annotate") && strcmp(cmd, "ingest")) {
                fprintf(stderr, "depeche %s: --stages is an option of annotate and ingest "
                                "only\n", cmd);
                return CLI_USAGE;
            }
            if (dp_stages_parse(optarg, &o.stages, &bad, &nbad) != DP_OK) {
                if (nbad) fprintf(stderr, "depeche: --stages: unknown stage '%.*s'", (int)nbad, bad);
                else fprintf(stderr, "depeche: --stages: an empty stage name in '%s'", optarg);
                fputs(" (stages:", stderr);
                for (unsigned b = 1; b & DP_STAGE_ALL; b <<= 1) fprintf(stderr, " %s,", dp_stage_name(b));
                fputs(" all)\n", stderr);
                return CLI_USAGE;
            }
            if (o.stages == DP_STAGE_ALL) o.stages = 0;   /* the default */
            break;
        }
        case 'h': fputs(help, stdout); return CLI_OK;
        default: fputs(help, stderr); return CLI_USAGE;
        }
    }
    if (o.date && !S_valid_date(o.date)) {
        fprintf(stderr, "depeche: --date '%s' is not YYYY-MM-DD\n", o.date);
        return CLI_USAGE;
    }
    char **paths = argv + optind;
    int npaths = argc - optind;
    if (!strcmp(cmd, "model")) {
        if (npaths == 1 && !strcmp(paths[0], "info")) return cli_model_info(&o);
        if (npaths) { fputs(help, stderr); return CLI_USAGE; }
        return S_model(&o);
    }
    if (!strcmp(cmd, "export") || !strcmp(cmd, "stats")) {
        if (npaths) {
            fprintf(stderr, "depeche %s: unexpected argument '%s'\n\n%s", cmd, paths[0], help);
            return CLI_USAGE;
        }
        return !strcmp(cmd, "export") ? cli_export(&o) : cli_stats(&o);
    }
    if (npaths == 0) {
        fprintf(stderr, "depeche %s: no input (give FILE... or - for stdin)\n\n%s", cmd, help);
        return CLI_USAGE;
    }
    if (!strcmp(cmd, "ingest")) return cli_ingest(&o, paths, npaths);
    if (!strcmp(cmd, "lookup")) return cli_lookup(&o, paths, npaths);
    return S_annotate(&o, paths, npaths, !strcmp(cmd, "events"));
}
