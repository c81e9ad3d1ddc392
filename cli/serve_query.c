/*
 * serve_query.c -- parses and checks the query parameters of the web API
 * (see serve_query.h and docs/API.md).  Pure functions: the fuzz target
 * fuzz/fuzz_query.c calls sq_parse on arbitrary bytes.
 */
#include "serve_query.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const S_types[SQ_MAX_TYPES] = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};

const char *sq_type_name(int i)
{
    return i >= 0 && i < SQ_MAX_TYPES ? S_types[i] : NULL;
}

void sq_init(sq_query *q)
{
    memset(q, 0, sizeof *q);
    q->limit = 100;
    q->zoom = 2;
    q->desc = 1;
    q->format = SQ_FMT_JSON;
}

static int S_fail(char err[SQ_ERR], const char *key, const char *why)
{
    snprintf(err, SQ_ERR, "parameter '%.40s': %s", key, why);
    return -1;
}

static int S_digits(const char *s, size_t n)
{
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* A whole non-negative decimal integer of at most 9 digits, or -1.         */
static long S_uint(const char *s, size_t n)
{
    if (n > 9 || !S_digits(s, n)) return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

static int S_days(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

/* YYYY, YYYY-MM or YYYY-MM-DD into OUT as YYYY-MM-DD: the first day of the
 * period (END 0) or its last (END 1).                                       */
static int S_date(const char *s, size_t n, int end, char out[11])
{
    if (!(n == 4 || n == 7 || n == 10) || !S_digits(s, 4)) return -1;
    if (n >= 7 && (s[4] != '-' || !S_digits(s + 5, 2))) return -1;
    if (n == 10 && (s[7] != '-' || !S_digits(s + 8, 2))) return -1;
    int y = (int)S_uint(s, 4), m = n >= 7 ? (int)S_uint(s + 5, 2) : (end ? 12 : 1);
    if (m < 1 || m > 12) return -1;
    int d = n == 10 ? (int)S_uint(s + 8, 2) : (end ? S_days(y, m) : 1);
    if (d < 1 || d > S_days(y, m)) return -1;
    out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10);
    out[4] = out[7] = '-';
    out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10);
    out[8] = (char)('0' + d / 10), out[9] = (char)('0' + d % 10);
    out[10] = 0;
    return 0;
}

static int S_types_set(sq_query *q, const char *v, size_t n)
{
    unsigned bits = 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && v[j] != ',') j++;
        int k = -1;
        for (int t = 0; t < SQ_MAX_TYPES && k < 0; t++)
            if (strlen(S_types[t]) == j - i && !strncasecmp(S_types[t], v + i, j - i)) k = t;
        if (k < 0) return -1;
        bits |= 1u << k;
        i = j + 1;
    }
    q->types = bits;
    return 0;
}

static int S_countries_set(sq_query *q, const char *v, size_t n)
{
    int c = 0;
    size_t i = 0;
    while (i <= n) {
        size_t j = i;
        while (j < n && v[j] != ',') j++;
        if (j - i != 2 || c >= SQ_MAX_COUNTRIES) return -1;
        for (int k = 0; k < 2; k++) {
            char ch = v[i + k];
            if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 'a' + 'A');
            if (ch < 'A' || ch > 'Z') return -1;
            q->countries[c][k] = ch;
        }
        q->countries[c++][2] = 0;
        i = j + 1;
    }
    q->ncountries = c;
    return 0;
}

static int S_number(const char *s, size_t n, double *out)
{
    char buf[40];
    if (n == 0 || n >= sizeof buf) return -1;
    for (size_t i = 0; i < n; i++)
        if (!strchr("0123456789+-.eE", s[i])) return -1;
    memcpy(buf, s, n);
    buf[n] = 0;
    char *end;
    *out = strtod(buf, &end);
    return *end || !isfinite(*out) ? -1 : 0;
}

static int S_bbox_set(sq_query *q, const char *v, size_t n)
{
    double x[4];
    size_t i = 0;
    for (int k = 0; k < 4; k++) {
        size_t j = i;
        while (j < n && v[j] != ',') j++;
        if (S_number(v + i, j - i, &x[k])) return -1;
        if ((k < 3) != (j < n)) return -1;
        i = j + 1;
    }
    if (x[0] < -180 || x[0] > 180 || x[2] < -180 || x[2] > 180) return -1;
    if (x[1] < -90 || x[1] > 90 || x[3] < -90 || x[3] > 90 || x[1] > x[3]) return -1;
    q->has_bbox = 1;
    q->west = x[0], q->south = x[1], q->east = x[2], q->north = x[3];
    return 0;
}

static int S_text_set(char *dst, const char *v, size_t n)
{
    if (n > SQ_MAX_TEXT) return -1;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f) return -1;
    memcpy(dst, v, n);
    dst[n] = 0;
    return 0;
}

static int S_is(const char *v, size_t n, const char *word)
{
    return strlen(word) == n && !memcmp(v, word, n);
}

int sq_set(sq_query *q, const char *key, const char *v, size_t n, char err[SQ_ERR])
{
    long x;
    if (!strcmp(key, "from") || !strcmp(key, "to")) {
        int to = key[0] == 't';
        if (S_date(v, n, to, to ? q->to : q->from))
            return S_fail(err, key, "expected YYYY, YYYY-MM or YYYY-MM-DD");
        if (q->from[0] && q->to[0] && strcmp(q->from, q->to) > 0)
            return S_fail(err, key, "'from' is after 'to'");
    } else if (!strcmp(key, "type")) {
        if (S_types_set(q, v, n)) return S_fail(err, key, "expected PLOVER types separated by commas (ASSAULT,PROTEST)");
    } else if (!strcmp(key, "country")) {
        if (S_countries_set(q, v, n)) return S_fail(err, key, "expected ISO alpha-2 codes separated by commas (IQ,SY), at most 32");
    } else if (!strcmp(key, "actor") || !strcmp(key, "q") || !strcmp(key, "doc") || !strcmp(key, "id")) {
        char *dst = key[0] == 'a' ? q->actor : key[0] == 'q' ? q->q : key[0] == 'd' ? q->doc : q->id;
        if (S_text_set(dst, v, n)) return S_fail(err, key, "text of at most 200 bytes without control characters");
    } else if (!strcmp(key, "bbox")) {
        if (S_bbox_set(q, v, n)) return S_fail(err, key, "expected west,south,east,north in degrees (-180..180, -90..90, south <= north)");
    } else if (!strcmp(key, "limit")) {
        if ((x = S_uint(v, n)) < 0 || x > SQ_MAX_LIMIT) return S_fail(err, key, "expected an integer from 0 to 1000");
        q->limit = x;
    } else if (!strcmp(key, "offset")) {
        if ((x = S_uint(v, n)) < 0 || x > SQ_MAX_OFFSET) return S_fail(err, key, "expected an integer from 0 to 100000000");
        q->offset = x;
    } else if (!strcmp(key, "zoom")) {
        if ((x = S_uint(v, n)) < 0 || x > SQ_MAX_ZOOM) return S_fail(err, key, "expected an integer from 0 to 20");
        q->zoom = (int)x;
    } else if (!strcmp(key, "sort")) {
        if (!S_is(v, n, "date") && !S_is(v, n, "-date")) return S_fail(err, key, "expected date or -date");
        q->desc = v[0] == '-';
    } else if (!strcmp(key, "format")) {
        if (S_is(v, n, "json")) q->format = SQ_FMT_JSON;
        else if (S_is(v, n, "csv")) q->format = SQ_FMT_CSV;
        else if (S_is(v, n, "geojson")) q->format = SQ_FMT_GEOJSON;
        else return S_fail(err, key, "expected json, csv or geojson");
    } else {
        return S_fail(err, key, "unknown parameter");
    }
    return 0;
}

static int S_hex(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Percent-decodes S[0..N) into OUT (CAP bytes); returns the length or -1
 * when it does not fit or an escape is malformed.                          */
static long S_decode(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '+') c = ' ';
        else if (c == '%') {
            if (i + 2 >= n) return -1;
            int h = S_hex(s[i + 1]), l = S_hex(s[i + 2]);
            if (h < 0 || l < 0) return -1;
            c = h * 16 + l;
            i += 2;
        }
        if (o >= cap) return -1;
        out[o++] = (char)c;
    }
    return (long)o;
}

int sq_parse(sq_query *q, const char *qs, size_t n, char err[SQ_ERR])
{
    char key[32], val[4 * SQ_MAX_TEXT];
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && qs[j] != '&') j++;
        size_t eq = i;
        while (eq < j && qs[eq] != '=') eq++;
        if (j > i) {
            long kn = S_decode(qs + i, eq - i, key, sizeof key - 1);
            if (kn <= 0 || memchr(key, 0, (size_t)kn)) {
                snprintf(err, SQ_ERR, "malformed parameter name");
                return -1;
            }
            key[kn] = 0;
            size_t vs = eq < j ? eq + 1 : j;
            long vn = S_decode(qs + vs, j - vs, val, sizeof val);
            if (vn < 0) return S_fail(err, key, "malformed or too long value");
            if (sq_set(q, key, val, (size_t)vn, err)) return -1;
        }
        i = j + 1;
    }
    return 0;
}
