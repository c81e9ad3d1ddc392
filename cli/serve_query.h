/*
 * serve_query.h -- the query parameters of `depeche serve`'s JSON API
 * (docs/API.md), parsed and checked by pure functions: no I/O, no global
 * state, no allocation.  A bad value gives an error message for the 400
 * answer; the server never builds SQL from these strings (it binds them).
 */
#ifndef DP_SERVE_QUERY_H
#define DP_SERVE_QUERY_H

#include <stddef.h>

enum {
    SQ_MAX_TYPES = 16,       /* PLOVER event types (a bit each)             */
    SQ_MAX_COUNTRIES = 32,   /* country=IQ,SY,...                           */
    SQ_MAX_TEXT = 200,       /* bytes of q, actor, doc                       */
    SQ_MAX_LIMIT = 1000,     /* rows a page                                  */
    SQ_MAX_OFFSET = 100000000,
    SQ_MAX_ZOOM = 20,
    SQ_ERR = 160             /* size of an error message buffer              */
};

typedef enum { SQ_FMT_JSON, SQ_FMT_CSV, SQ_FMT_GEOJSON } sq_format;

typedef struct sq_query {
    char from[11], to[11];       /* YYYY-MM-DD, "" when absent               */
    unsigned types;              /* bit i: sq_type_name(i); 0: every type    */
    char countries[SQ_MAX_COUNTRIES][3];  /* ISO alpha-2, upper case        */
    int ncountries;
    char actor[SQ_MAX_TEXT + 1]; /* substring of actor/recipient text/code  */
    char q[SQ_MAX_TEXT + 1];     /* substring of trigger/sentence/place/... */
    char doc[SQ_MAX_TEXT + 1];   /* events of one document                  */
    char id[SQ_MAX_TEXT + 1];    /* one event                                */
    int has_bbox;
    double west, south, east, north;  /* bbox=W,S,E,N (west > east: wraps)  */
    long limit, offset;          /* paging (defaults 100, 0)                */
    int zoom;                    /* clustering grid (default 2)             */
    int desc;                    /* sort=-date: newest first (default)       */
    sq_format format;            /* format=json|csv|geojson                 */
} sq_query;

/* The PLOVER type of bit I (0 <= I < SQ_MAX_TYPES), or NULL.               */
const char *sq_type_name(int i);

/* Defaults: every type and country, limit 100, offset 0, zoom 2, newest
 * first, JSON.                                                              */
void sq_init(sq_query *q);

/* Sets one decoded parameter KEY=VAL (VAL of VLEN bytes, may hold NUL).
 * Returns 0, or -1 with a message in ERR (SQ_ERR bytes) for an unknown key
 * or a bad value.                                                           */
int sq_set(sq_query *q, const char *key, const char *val, size_t vlen, char err[SQ_ERR]);

/* Parses a raw query string ("a=1&b=x%20y+z", without the '?') of N bytes:
 * percent-decodes keys and values ('+' is a space) and calls sq_set for
 * each.  Empty pairs ("&&") are ignored.  Returns 0 or -1 with ERR set.     */
int sq_parse(sq_query *q, const char *qs, size_t n, char err[SQ_ERR]);

#endif
