/*
 * ingest_read.c -- the reading side of `depeche ingest` that runs on the
 * worker threads.  A plain JSON Lines file (NAME.jsonl) is split into lines
 * by the reader thread, which does nothing else with them; a worker parses
 * each line (as cli_read would: the same fields, the same messages for a
 * line that cannot be read) and computes the content hash and the MinHash
 * signature of every document, so that the one reader thread is left with
 * what must go in input order: skipping what is stored, finding the
 * near-duplicates.  Other inputs (folders, .gz, .zst, .txt, stdin) go
 * through cli_read; their documents are hashed by the workers too.
 */
#include "ingest.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int ing_read_fast(const char *path)
{
    size_t n = strlen(path);
    struct stat st;
    return n > 6 && !strcmp(path + n - 6, ".jsonl") && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

long ing_read_jsonl(const char *path, ing_take_fn take, void *ctx)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error(path, 0, "cannot open: %s", strerror(errno));
        return 1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0, fails = 0;
    errno = 0;
    while ((n = getline(&line, &cap, f)) >= 0) {
        cli_input_bytes += (size_t)n;
        ing_job *j = calloc(1, sizeof *j);
        if (j && (!(j->path = strdup(path)) || !(j->raw = malloc((size_t)n + 1)))) {
            ing_job_free(j);
            j = NULL;
        }
        if (!j) {
            cli_error(path, lineno + 1, "out of memory");
            fails = -1;
            break;
        }
        memcpy(j->raw, line, (size_t)n + 1);
        j->rawlen = (size_t)n;
        j->line = ++lineno;
        if (take(ctx, j) < 0) { fails = -1; break; }
        errno = 0;
    }
    if (fails >= 0 && ferror(f)) {
        cli_error(path, lineno + 1, "cannot read: %s", strerror(errno ? errno : EIO));
        fails++;
    }
    free(line);
    fclose(f);
    return fails;
}

/* A member as text: a string, or an integer written out (cli_read's).    */
static char *S_jstr(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    char tmp[32];
    if (json_is_string(v)) return strdup(json_string_value(v));
    if (json_is_integer(v)) {
        snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return strdup(tmp);
    }
    return NULL;
}

static void S_bad(ing_job *j, const char *msg)
{
    j->bad = strdup(msg);
    if (!j->bad) j->bad = strdup("out of memory");
}

/* The document of line J->raw (cli_read's S_line), or J->bad.            */
static void S_parse(ing_job *j, const cli_opts *o)
{
    size_t cap = o->max_bytes ? o->max_bytes : DP_DEFAULT_MAX, n = j->rawlen;
    char msg[300];
    json_t *d = cli_json_line(j->raw, n, cap, msg, sizeof msg);
    if (!d) {
        S_bad(j, msg);
        return;
    }
    json_t *t = json_object_get(d, "text");
    if (!json_is_string(t)) {
        S_bad(j, "no \"text\" string");
    } else if ((j->text = malloc(json_string_length(t) + 1))) {
        j->len = json_string_length(t);
        memcpy(j->text, json_string_value(t), j->len + 1);
        j->id = S_jstr(d, "id");
        j->published = S_jstr(d, "date");
        if (!j->published) j->published = S_jstr(d, "published");
        if (!j->published && o->date) j->published = strdup(o->date);
        j->title = S_jstr(d, "title");
        j->url = S_jstr(d, "url");
        j->source = S_jstr(d, "source");
    } else {
        S_bad(j, "out of memory");
    }
    json_decref(d);
}

void ing_prep(ing_job *j, const cli_opts *o, const char *model_desc)
{
    if (j->raw) {
        S_parse(j, o);
        free(j->raw);
        j->raw = NULL;
        if (j->bad) return;
    }
    /* the hash covers the id, the text, its date and what annotates it:
     * after an upgrade of depeche or its model a document is annotated
     * again and replaces its old rows (same id) */
    char salt[700];
    snprintf(salt, sizeof salt, "%s\x1f%s\x1f%s\x1f%s%s", j->id ? j->id : "",
             j->published ? j->published : "", DP_VERSION, model_desc,
             o->dedup_only ? "\x1f" "dedup-only" : "");
    cli_hash(j->text, j->len, salt, strlen(salt), j->hash);
    dp_minhash_text(j->text, j->len, &j->mh);
}
