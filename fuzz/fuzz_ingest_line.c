/*
 * fuzz_ingest_line.c -- libFuzzer target: ingest's own reader of a JSON
 * Lines line (cli/ingest_read.c S_fast, which takes the usual flat object
 * of strings without jansson) against jansson's (cli_json_line and the
 * fields S_parse copies out of its tree) on the same bytes: the same
 * message for a line that cannot be read, else the same text (bytes and
 * length), id, date, title, url and source.  A difference aborts.
 * Build and run: make fuzz FUZZ=ingest_line.
 */
#include "../cli/ingest_read.c"

/* ingest_read.c's other functions (ing_read_jsonl, ing_prep) need these;
 * the target never calls them.                                           */
void ing_job_free(ing_job *j) { (void)j; }

static int S_same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cli_opts o = {0};
    o.max_bytes = 1 << 16;
    ing_job fast = {0}, ref = {0};
    /* the fast path (S_parse: S_fast, else jansson) */
    fast.raw = malloc(size + 1);
    if (!fast.raw) return 0;
    memcpy(fast.raw, data, size);
    fast.raw[size] = 0;
    fast.rawlen = size;
    S_parse(&fast, &o);
    /* jansson alone, as S_parse was before S_fast */
    char *line = malloc(size + 1), msg[300];
    if (!line) abort();
    memcpy(line, data, size);
    line[size] = 0;
    json_t *d = cli_json_line(line, size, (size_t)o.max_bytes, msg, sizeof msg);
    if (!d) {
        if (!fast.bad || strcmp(fast.bad, msg)) abort();
    } else {
        json_t *t = json_object_get(d, "text");
        if (!json_is_string(t)) {
            if (!fast.bad || strcmp(fast.bad, "no \"text\" string")) abort();
        } else {
            if (fast.bad || fast.len != json_string_length(t) || memcmp(fast.text, json_string_value(t), fast.len))
                abort();
            ref.id = S_jstr(d, "id");
            ref.published = S_jstr(d, "date");
            if (!ref.published) ref.published = S_jstr(d, "published");
            ref.title = S_jstr(d, "title");
            ref.url = S_jstr(d, "url");
            ref.source = S_jstr(d, "source");
            if (!S_same(fast.id, ref.id) || !S_same(fast.published, ref.published) ||
                !S_same(fast.title, ref.title) || !S_same(fast.url, ref.url) ||
                !S_same(fast.source, ref.source))
                abort();
        }
        json_decref(d);
    }
    free(line);
    free(fast.raw);
    free(fast.bad);
    free(fast.text);
    free(fast.id);
    free(fast.published);
    free(fast.title);
    free(fast.url);
    free(fast.source);
    free(ref.id);
    free(ref.published);
    free(ref.title);
    free(ref.url);
    free(ref.source);
    return 0;
}
