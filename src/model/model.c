/*
 * model.c -- opens the compiled model (layout: format.h) read-only with
 * mmap, checks it completely at open time (magic, version, size, checksum,
 * section bounds, every string offset, every index entry and every value),
 * then answers lookups without further checks: a corrupt or crafted file is
 * refused with DP_ERR_FORMAT and can never make a lookup read out of bounds.
 *
 * Exact lookups probe the open-addressing hash tables compiled into the
 * file (X.hash: key index and hash tag per slot); prefix queries probe the
 * prefix tables (X.pfx) the same way.  No table is built at load time.
 */
#include "doc.h"
#include "model/format.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* One key table, its value list, its hash table and prefix table (X.keys,
 * X.vals, X.hash, X.pfx; for dict, the tables are per dictionary).        */
typedef struct {
    const unsigned char *keys, *vals, *hash, *pfx;
    uint32_t nkeys, nvals;     /* nkeys excludes the closing sentinel */
    uint32_t nslots, npfx;     /* in X.hash, X.pfx                    */
} S_idx;

struct dp_model {
    unsigned char *map;
    size_t size;
    const char *str;
    uint32_t nstr;
    const unsigned char *grec, *crec, *lent, *ddir;
    uint32_t ngaz, ncty, nlex, ndict;
    S_idx gaz, dem, lex, dict;
    struct dp_dict *dirs;      /* dict.dir decoded at open: name, tables  */
    int32_t dhead[256];        /* S_name_slot -> first dirs index, -1      */
    const unsigned char *ner;  /* optional ner.w section, NULL when absent */
    int32_t cc2[26 * 26];      /* alpha-2 code of letters A-Z -> its first
                                  country record, -1 (dp_country_cc3)   */
    uint64_t nner;
    char err[320];
    char desc[768];
};

static uint32_t S_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}
static uint64_t S_u64(const unsigned char *p)
{
    return (uint64_t)S_u32(p) | (uint64_t)S_u32(p + 4) << 32;
}
static float S_f32(const unsigned char *p)
{
    uint32_t v = S_u32(p);
    float f;
    memcpy(&f, &v, 4);
    return f;
}

static dp_status S_fail(dp_model *m, dp_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(m->err, sizeof m->err, fmt, ap);
    va_end(ap);
    return st;
}

/* One dictionary of dict.dir, decoded once at open; a dp_dict handle
 * (model.h) points to one.                                               */
typedef struct dp_dict {
    const char *name;
    size_t len;
    const unsigned char *hash, *pfx;
    uint32_t nslots, npfx;
    uint32_t k0, nk;           /* its keys: dict.keys [k0, k0 + nk)        */
    int32_t next;              /* next dirs index in the same dhead chain */
} S_dir;

/* Chain of a dictionary name in dhead: its first two bytes.              */
static unsigned S_name_slot(const char *name)
{
    const unsigned char *u = (const unsigned char *)name;
    return u[0] ? (u[0] * 31u + u[1]) & 255u : 0u;
}

/* ---- opening and checking -------------------------------------------- */
typedef struct { const char *name; uint32_t esize; const unsigned char *p; uint64_t n; } S_want;

/* Finds every wanted section in the table; checks bounds and alignment.  */
static dp_status S_sections(dp_model *m, S_want *w, size_t nw)
{
    const unsigned char *h = m->map;
    uint32_t nsect = S_u32(h + 12);
    if (nsect > DPM_MAX_SECT)
        return S_fail(m, DP_ERR_FORMAT, "bad section count %u", nsect);
    uint64_t data0 = DPM_SECT_TABLE + (uint64_t)nsect * DPM_SECT_ENTRY;
    if (data0 > m->size) return S_fail(m, DP_ERR_FORMAT, "section table truncated");
    for (size_t i = 0; i < nw; i++) {
        w[i].p = NULL;
        for (uint32_t s = 0; s < nsect; s++) {
            const unsigned char *e = h + DPM_SECT_TABLE + (size_t)s * DPM_SECT_ENTRY;
            if (strnlen((const char *)e, DPM_SECT_NAME) == DPM_SECT_NAME ||
                strcmp((const char *)e, w[i].name) != 0)
                continue;
            uint64_t off = S_u64(e + 16), n = S_u64(e + 24);
            if (off % 8 || off < data0 || off > m->size || n > m->size - off)
                return S_fail(m, DP_ERR_FORMAT, "section %s out of bounds", w[i].name);
            if (n % w[i].esize || n / w[i].esize > 0xFFFFFFFFu)
                return S_fail(m, DP_ERR_FORMAT, "section %s has a bad size", w[i].name);
            w[i].p = h + off;
            w[i].n = n / w[i].esize;
            break;
        }
        if (!w[i].p) return S_fail(m, DP_ERR_FORMAT, "section %s missing", w[i].name);
    }
    return DP_OK;
}

/* An optional section NAME: DP_OK with *P NULL when absent; checked for
 * bounds and alignment like the required ones.                           */
static dp_status S_optional(dp_model *m, const char *name,
                            const unsigned char **p, uint64_t *n)
{
    uint32_t nsect = S_u32(m->map + 12);
    *p = NULL;
    *n = 0;
    for (uint32_t s = 0; s < nsect; s++) {
        const unsigned char *e = m->map + DPM_SECT_TABLE + (size_t)s * DPM_SECT_ENTRY;
        if (strnlen((const char *)e, DPM_SECT_NAME) == DPM_SECT_NAME ||
            strcmp((const char *)e, name) != 0)
            continue;
        S_want w = { name, 1, 0, 0 };
        dp_status st = S_sections(m, &w, 1);
        if (st) return st;
        *p = w.p;
        *n = w.n;
    }
    return DP_OK;
}

/* Checks one index: string keys, monotonic value starts, values < LIMIT. */
static dp_status S_check_idx(dp_model *m, const char *what, S_idx *x,
                             const S_want *k, const S_want *v, uint32_t limit,
                             int values_are_strings)
{
    if (k->n < 1) return S_fail(m, DP_ERR_FORMAT, "%s: no key table", what);
    x->keys = k->p;
    x->vals = v->p;
    x->nkeys = (uint32_t)(k->n - 1);
    x->nvals = (uint32_t)v->n;
    uint32_t prev = 0;
    for (uint32_t i = 0; i <= x->nkeys; i++) {
        const unsigned char *e = x->keys + (size_t)i * DPM_KEY;
        uint32_t key = S_u32(e), start = S_u32(e + 4);
        if (key >= m->nstr || start < prev || start > x->nvals)
            return S_fail(m, DP_ERR_FORMAT, "%s: bad key entry %u", what, i);
        prev = start;
    }
    for (uint32_t i = 0; i < x->nvals; i++) {
        uint32_t val = S_u32(x->vals + (size_t)i * 4);
        if (val >= limit)
            return S_fail(m, DP_ERR_FORMAT, "%s: bad %s %u", what,
                          values_are_strings ? "string" : "value", i);
    }
    return DP_OK;
}

/* Checks the hash table of NSLOTS slots at P over key indexes [FIRST,
 * FIRST + COUNT): a power of two, every slot empty or a key in range, load
 * at most one half (so every probe ends); with UNIQUE (X.hash), each key
 * exactly once.                                                          */
static dp_status S_check_hash(dp_model *m, const char *what, const unsigned char *p,
                              uint32_t nslots, uint32_t first, uint32_t count, int unique)
{
    if (nslots == 0 || (nslots & (nslots - 1)) || (unique && count > nslots / 2))
        return S_fail(m, DP_ERR_FORMAT, "%s: bad hash table size %u for %u keys", what,
                      nslots, count);
    unsigned char *seen = calloc((size_t)count / 8 + 1, 1);
    if (!seen) return S_fail(m, DP_ERR_NOMEM, "%s: out of memory", what);
    uint32_t used = 0;
    for (uint32_t j = 0; j < nslots; j++) {
        uint32_t v = S_u32(p + (size_t)j * DPM_SLOT);
        if (v == 0) continue;
        uint32_t k = v - 1 - first;
        if (v - 1 < first || k >= count || (unique && (seen[k / 8] >> (k % 8) & 1))) {
            free(seen);
            return S_fail(m, DP_ERR_FORMAT, "%s: bad hash slot %u", what, j);
        }
        seen[k / 8] |= (unsigned char)(1u << (k % 8));
        used++;
    }
    free(seen);
    if (unique ? used != count : used > nslots / 2)
        return S_fail(m, DP_ERR_FORMAT, "%s: %s", what,
                      unique ? "hash table lacks keys" : "prefix table too full");
    return DP_OK;
}

/* Every string offset stored in fixed records: COUNT records of ESIZE
 * bytes, string fields at the given byte positions.                       */
static int S_check_strs(const dp_model *m, const unsigned char *p, uint32_t count,
                        uint32_t esize, const int *at, int nat)
{
    for (uint32_t i = 0; i < count; i++)
        for (int j = 0; j < nat; j++)
            if (S_u32(p + (size_t)i * esize + at[j]) >= m->nstr) return 0;
    return 1;
}

/* Decodes dict.dir (already checked) into m->dirs.                       */
static dp_status S_dirs(dp_model *m)
{
    m->dirs = calloc(m->ndict ? m->ndict : 1, sizeof *m->dirs);
    if (!m->dirs) return S_fail(m, DP_ERR_NOMEM, "out of memory");
    for (int i = 0; i < 256; i++) m->dhead[i] = -1;
    for (uint32_t i = m->ndict; i-- > 0;) {
        const unsigned char *e = m->ddir + (size_t)i * DPM_DICT_DIR;
        S_dir *x = &m->dirs[i];
        x->name = m->str + S_u32(e);
        x->len = strlen(x->name);
        x->hash = m->dict.hash + (size_t)S_u32(e + 12) * DPM_SLOT;
        x->nslots = S_u32(e + 16);
        x->pfx = m->dict.pfx + (size_t)S_u32(e + 20) * DPM_SLOT;
        x->npfx = S_u32(e + 24);
        x->k0 = S_u32(e + 4);
        x->nk = S_u32(e + 8);
        unsigned h = S_name_slot(x->name);
        x->next = m->dhead[h];
        m->dhead[h] = (int32_t)i;
    }
    return DP_OK;
}

static dp_status S_check(dp_model *m)
{
    const unsigned char *h = m->map;
    if (m->size < DPM_SECT_TABLE || memcmp(h, DPM_MAGIC, 8) != 0)
        return S_fail(m, DP_ERR_FORMAT, "not a depeche model (bad magic or too short)");
    if (S_u32(h + 8) != DPM_VERSION)
        return S_fail(m, DP_ERR_FORMAT, "model format version %u, this library reads %u "
                      "(rebuild it: make model)", S_u32(h + 8), DPM_VERSION);
    if (S_u64(h + 16) != m->size)
        return S_fail(m, DP_ERR_FORMAT, "model truncated or padded: header says %llu "
                      "bytes, file has %zu", (unsigned long long)S_u64(h + 16), m->size);
    if (dpm_checksum(h + DPM_CRC_FROM, m->size - DPM_CRC_FROM) != S_u64(h + 24))
        return S_fail(m, DP_ERR_FORMAT, "model checksum mismatch (corrupt file)");
    S_want w[] = {
        { "strings", 1, 0, 0 },  { "gaz.rec", DPM_GAZ_REC, 0, 0 },
        { "gaz.keys", DPM_KEY, 0, 0 }, { "gaz.vals", 4, 0, 0 },
        { "cty.rec", DPM_CTY_REC, 0, 0 }, { "dem.keys", DPM_KEY, 0, 0 },
        { "dem.vals", 4, 0, 0 }, { "lex.ent", DPM_LEX_ENT, 0, 0 },
        { "lex.keys", DPM_KEY, 0, 0 }, { "lex.vals", 4, 0, 0 },
        { "dict.dir", DPM_DICT_DIR, 0, 0 }, { "dict.keys", DPM_KEY, 0, 0 },
        { "dict.vals", 4, 0, 0 }, { "gaz.hash", DPM_SLOT, 0, 0 },
        { "dem.hash", DPM_SLOT, 0, 0 }, { "lex.hash", DPM_SLOT, 0, 0 },
        { "dict.hash", DPM_SLOT, 0, 0 }, { "gaz.pfx", DPM_SLOT, 0, 0 },
        { "dict.pfx", DPM_SLOT, 0, 0 },
    };
    dp_status st = S_sections(m, w, sizeof w / sizeof *w);
    if (st) return st;
    m->str = (const char *)w[0].p;
    m->nstr = (uint32_t)w[0].n;
    if (m->nstr == 0 || m->str[0] || m->str[m->nstr - 1])
        return S_fail(m, DP_ERR_FORMAT, "string pool not terminated");
    m->grec = w[1].p; m->ngaz = (uint32_t)w[1].n;
    m->crec = w[4].p; m->ncty = (uint32_t)w[4].n;
    m->lent = w[7].p; m->nlex = (uint32_t)w[7].n;
    m->ddir = w[10].p; m->ndict = (uint32_t)w[10].n;
    static const int gaz_at[] = { 16, 20 }, cty_at[] = { 8 }, lex_at[] = { 0, 4, 8 },
                     dir_at[] = { 0 };
    if (!S_check_strs(m, m->grec, m->ngaz, DPM_GAZ_REC, gaz_at, 2) ||
        !S_check_strs(m, m->crec, m->ncty, DPM_CTY_REC, cty_at, 1) ||
        !S_check_strs(m, m->lent, m->nlex, DPM_LEX_ENT, lex_at, 3) ||
        !S_check_strs(m, m->ddir, m->ndict, DPM_DICT_DIR, dir_at, 1))
        return S_fail(m, DP_ERR_FORMAT, "string offset out of bounds");
    for (int i = 0; i < 26 * 26; i++) m->cc2[i] = -1;
    for (uint32_t i = 0; i < m->ncty; i++) {
        const unsigned char *r = m->crec + (size_t)i * DPM_CTY_REC;
        if (S_u32(r + 20) >= m->ngaz)
            return S_fail(m, DP_ERR_FORMAT, "country %u: bad gazetteer entry", i);
        unsigned a = (unsigned)(r[0] - 'A'), b = (unsigned)(r[1] - 'A');
        if (a < 26u && b < 26u && !r[2] && i <= INT32_MAX && m->cc2[a * 26 + b] < 0)
            m->cc2[a * 26 + b] = (int32_t)i;
    }
    if ((st = S_check_idx(m, "gazetteer", &m->gaz, &w[2], &w[3], m->ngaz, 0)) ||
        (st = S_check_idx(m, "demonyms", &m->dem, &w[5], &w[6], m->ncty, 0)) ||
        (st = S_check_idx(m, "lexicon", &m->lex, &w[8], &w[9], m->nlex, 0)) ||
        (st = S_check_idx(m, "dictionaries", &m->dict, &w[11], &w[12], m->nstr, 1)))
        return st;
    S_idx *hx[] = { &m->gaz, &m->dem, &m->lex, &m->dict };
    for (int i = 0; i < 4; i++) {
        hx[i]->hash = w[13 + i].p;
        hx[i]->nslots = (uint32_t)w[13 + i].n;
    }
    m->gaz.pfx = w[17].p;
    m->gaz.npfx = (uint32_t)w[17].n;
    m->dict.pfx = w[18].p;
    m->dict.npfx = (uint32_t)w[18].n;
    if ((st = S_check_hash(m, "gazetteer", m->gaz.hash, m->gaz.nslots, 0, m->gaz.nkeys, 1)) ||
        (st = S_check_hash(m, "demonyms", m->dem.hash, m->dem.nslots, 0, m->dem.nkeys, 1)) ||
        (st = S_check_hash(m, "lexicon", m->lex.hash, m->lex.nslots, 0, m->lex.nkeys, 1)) ||
        (st = S_check_hash(m, "gazetteer prefixes", m->gaz.pfx, m->gaz.npfx, 0,
                           m->gaz.nkeys, 0)))
        return st;
    for (uint32_t i = 0; i < m->ndict; i++) {
        const unsigned char *e = m->ddir + (size_t)i * DPM_DICT_DIR;
        uint32_t first = S_u32(e + 4), count = S_u32(e + 8);
        uint32_t hfirst = S_u32(e + 12), hsize = S_u32(e + 16);
        uint32_t pfirst = S_u32(e + 20), psize = S_u32(e + 24);
        if ((uint64_t)first + count > m->dict.nkeys)
            return S_fail(m, DP_ERR_FORMAT, "dictionary %u: bad key range", i);
        if ((uint64_t)hfirst + hsize > m->dict.nslots)
            return S_fail(m, DP_ERR_FORMAT, "dictionary %u: bad hash range", i);
        if ((uint64_t)pfirst + psize > m->dict.npfx)
            return S_fail(m, DP_ERR_FORMAT, "dictionary %u: bad prefix range", i);
        if ((st = S_check_hash(m, "dictionaries", m->dict.hash + (size_t)hfirst * DPM_SLOT,
                               hsize, first, count, 1)) ||
            (st = S_check_hash(m, "dictionary prefixes",
                               m->dict.pfx + (size_t)pfirst * DPM_SLOT, psize, first,
                               count, 0)))
            return st;
    }
    if ((st = S_optional(m, "ner.w", &m->ner, &m->nner))) return st;
    const char *why = m->ner ? dpm_ner_check(m->ner, m->nner) : NULL;
    if (why) return S_fail(m, DP_ERR_FORMAT, "section ner.w: %s", why);
    return S_dirs(m);
}

static void S_describe(dp_model *m)
{
    const char *h = (const char *)m->map;
    snprintf(m->desc, sizeof m->desc,
             "depeche model format %u, built %.*s, %u places (%u names), %u countries, "
             "%u Lefff forms, %u dictionaries; sources: %.*s",
             DPM_VERSION, (int)strnlen(h + DPM_DATE_AT, DPM_DATE_LEN), h + DPM_DATE_AT,
             m->ngaz, m->gaz.nkeys, m->ncty, m->lex.nkeys, m->ndict,
             (int)strnlen(h + DPM_SOURCES_AT, DPM_SOURCES_LEN), h + DPM_SOURCES_AT);
}

/* Forgets a partly checked mapping so lookups on a failed handle find
 * nothing.                                                                */
static void S_unmap(dp_model *m)
{
    if (m->map) munmap(m->map, m->size);
    free(m->dirs);
    char err[sizeof m->err];
    memcpy(err, m->err, sizeof err);
    memset(m, 0, sizeof *m);
    memcpy(m->err, err, sizeof err);
}

dp_status dp_model_open(const char *path, dp_model **out)
{
    if (!out) return DP_ERR_ARG;
    dp_model *m = calloc(1, sizeof *m);
    *out = m;
    if (!m) return DP_ERR_NOMEM;
    if (!path || !*path) path = getenv("DEPECHE_MODEL");
#ifdef DP_MODEL_DEFAULT
    if (!path || !*path) path = DP_MODEL_DEFAULT;
#endif
    if (!path || !*path)
        return S_fail(m, DP_ERR_ARG, "no model path (set DEPECHE_MODEL)");
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return S_fail(m, DP_ERR_IO, "%s: %s", path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return S_fail(m, DP_ERR_IO, "%s: not a regular file", path);
    }
    if ((uint64_t)st.st_size < DPM_SECT_TABLE || (uint64_t)st.st_size > SIZE_MAX) {
        close(fd);
        return S_fail(m, DP_ERR_FORMAT, "%s: not a depeche model (size %lld)", path,
                      (long long)st.st_size);
    }
    m->size = (size_t)st.st_size;
#ifdef MAP_POPULATE
    int flags = MAP_PRIVATE | MAP_POPULATE;   /* the checksum reads it all */
#else
    int flags = MAP_PRIVATE;
#endif
    void *p = mmap(NULL, m->size, PROT_READ, flags, fd, 0);
    close(fd);
    if (p == MAP_FAILED) {
        m->size = 0;
        return S_fail(m, DP_ERR_IO, "%s: mmap: %s", path, strerror(errno));
    }
    m->map = p;
    dp_status s = S_check(m);
    if (s != DP_OK) {
        size_t l = strlen(m->err);
        char tmp[sizeof m->err];
        snprintf(tmp, sizeof tmp, "%s: %.*s", path, (int)l, m->err);
        memcpy(m->err, tmp, sizeof tmp);
        S_unmap(m);
        return s;
    }
    S_describe(m);
    return DP_OK;
}

const char *dp_model_errmsg(const dp_model *m) { return m ? m->err : "out of memory"; }

const char *dp_model_describe(const dp_model *m)
{
    return m && m->map ? m->desc : "no model loaded";
}

void dp_model_close(dp_model *m)
{
    if (!m) return;
    if (m->map) munmap(m->map, m->size);
    free(m->dirs);
    free(m);
}

/* ---- lookups ------------------------------------------------------------ */
/* Compares stored key S with Q[0..n) followed by ' ' when SP.            */
static int S_cmp(const unsigned char *s, const unsigned char *q, size_t n, int sp)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != q[i]) return s[i] < q[i] ? -1 : 1;
        if (!s[i]) return -1;          /* Q holds a NUL: S ended first */
    }
    if (sp) return s[n] == ' ' ? 0 : s[n] < ' ' ? -1 : 1;
    return s[n] ? 1 : 0;
}

static const unsigned char *S_key(const dp_model *m, const S_idx *x, uint32_t i)
{
    return (const unsigned char *)m->str + S_u32(x->keys + (size_t)i * DPM_KEY);
}

/* Probes the hash table of NSLOTS slots at H (X.hash, or X.pfx when SP)
 * for Q[0..n): the index + 1 of a key equal to Q (SP: starting with Q and
 * a space), or 0.  The table was checked at open: every probe ends.      */
__attribute__((always_inline)) static inline uint32_t
S_probe(const dp_model *m, const S_idx *x, const unsigned char *h, uint32_t nslots,
        const char *q, size_t n, int sp, uint64_t hv)
{
    if (!m || !q || !h) return 0;
    uint32_t mask = nslots - 1, tag = (uint32_t)(hv >> 32);
    for (uint32_t j = (uint32_t)hv & mask, k = 0;; j = (j + 1) & mask) {
        const unsigned char *slot = h + (size_t)j * DPM_SLOT;
        uint32_t v = S_u32(slot);
        if (v == 0 || ++k > nslots) return 0;
        if (S_u32(slot + 4) == tag &&
            S_cmp(S_key(m, x, v - 1), (const unsigned char *)q, n, sp) == 0)
            return v;
    }
}

/* Values of key Q (its hash HV): *FIRST and the count (0: absent).        */
__attribute__((always_inline)) static inline uint32_t
S_find(const dp_model *m, const S_idx *x, const unsigned char *h, uint32_t nslots,
       const char *q, size_t n, uint64_t hv, uint32_t *first)
{
    uint32_t v = S_probe(m, x, h, nslots, q, n, 0, hv);
    if (!v) return 0;
    const unsigned char *e = x->keys + (size_t)(v - 1) * DPM_KEY;
    *first = S_u32(e + 4);
    return S_u32(e + 12) - *first;
}

/* 1 when some key starts with Q[0..n) (its hash HV) followed by a space. */
__attribute__((always_inline)) static inline int
S_prefix(const dp_model *m, const S_idx *x, const unsigned char *h, uint32_t nslots,
         const char *q, size_t n, uint64_t hv)
{
    return S_probe(m, x, h, nslots, q, n, 1, hv) != 0;
}

static uint64_t S_hv(const char *q, size_t n)
{
    return q ? dpm_hash((const unsigned char *)q, n) : 0;
}

uint64_t dp_key_hash(const char *key, size_t len) { return S_hv(key, len); }

static uint32_t S_val(const S_idx *x, uint32_t i) { return S_u32(x->vals + (size_t)i * 4); }

/* The lookups in one body each, with the key's hash HV (the _hv forms) or
 * without (hashed here).                                                */
__attribute__((always_inline)) static inline size_t
S_gaz_find(const dp_model *m, const char *key, size_t len, uint64_t hv, uint32_t *ids, size_t max)
{
    uint32_t first = 0,
             n = m ? S_find(m, &m->gaz, m->gaz.hash, m->gaz.nslots, key, len, hv, &first) : 0;
    for (uint32_t i = 0; i < n && i < max; i++) ids[i] = S_val(&m->gaz, first + i);
    return n;
}

size_t dp_gaz_find_hv(const dp_model *m, const char *key, size_t len, uint64_t hv,
                      uint32_t *ids, size_t max)
{
    return S_gaz_find(m, key, len, hv, ids, max);
}

size_t dp_gaz_find(const dp_model *m, const char *key, size_t len, uint32_t *ids,
                   size_t max)
{
    return S_gaz_find(m, key, len, S_hv(key, len), ids, max);
}

int dp_gaz_has_prefix_hv(const dp_model *m, const char *key, size_t len, uint64_t hv)
{
    return m ? S_prefix(m, &m->gaz, m->gaz.pfx, m->gaz.npfx, key, len, hv) : 0;
}

int dp_gaz_has_prefix(const dp_model *m, const char *key, size_t len)
{
    return m ? S_prefix(m, &m->gaz, m->gaz.pfx, m->gaz.npfx, key, len, S_hv(key, len)) : 0;
}

static void S_fixed(char *dst, const unsigned char *src, size_t n)
{
    memcpy(dst, src, n - 1);
    dst[n - 1] = 0;
}

int dp_gaz_get(const dp_model *m, uint32_t id, dp_gaz_rec *out)
{
    if (!m || !out || id >= m->ngaz) return -1;
    const unsigned char *r = m->grec + (size_t)id * DPM_GAZ_REC;
    out->geonameid = S_u32(r);
    out->lat = S_f32(r + 4);
    out->lon = S_f32(r + 8);
    out->population = S_u32(r + 12);
    out->name = m->str + S_u32(r + 16);
    out->admin1_name = m->str + S_u32(r + 20);
    S_fixed(out->cc, r + 24, sizeof out->cc);
    out->fclass = (char)r[26];
    S_fixed(out->fcode, r + 28, sizeof out->fcode);
    S_fixed(out->admin1, r + 36, sizeof out->admin1);
    size_t l1 = strlen(out->admin1);   /* the admin2 code after it, if any */
    memset(out->admin1 + l1, 0, sizeof out->admin1 - l1);
    memset(out->admin2, 0, sizeof out->admin2);
    if (l1 + 1 < sizeof out->admin1) {
        const unsigned char *a2 = r + 36 + l1 + 1;
        size_t l2 = strnlen((const char *)a2, sizeof out->admin1 - l1 - 1);
        memcpy(out->admin2, a2, l2 < sizeof out->admin2 - 1 ? l2 : sizeof out->admin2 - 1);
    }
    return 0;
}

size_t dp_gaz_count(const dp_model *m) { return m ? m->ngaz : 0; }

static void S_country(const dp_model *m, uint32_t i, dp_country *out)
{
    const unsigned char *c = m->crec + (size_t)i * DPM_CTY_REC;
    S_fixed(out->cc2, c, sizeof out->cc2);
    S_fixed(out->cc3, c + 4, sizeof out->cc3);
    out->name_fr = m->str + S_u32(c + 8);
    out->lat = S_f32(c + 12);
    out->lon = S_f32(c + 16);
    out->gaz = S_u32(c + 20);
}

int dp_country_get(const dp_model *m, const char *code, dp_country *out)
{
    if (!m || !code || !out) return -1;
    size_t n = strnlen(code, 4);
    if (n != 2 && n != 3) return -1;
    char up[4] = { 0 };
    for (size_t i = 0; i < n; i++)
        up[i] = (char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
    for (uint32_t i = 0; i < m->ncty; i++) {
        const unsigned char *c = m->crec + (size_t)i * DPM_CTY_REC + (n == 2 ? 0 : 4);
        if (memcmp(c, up, n) == 0 && c[n] == 0) {
            S_country(m, i, out);
            return 0;
        }
    }
    return -1;
}

__attribute__((always_inline)) static inline int
S_demonym_find(const dp_model *m, const char *key, size_t len, uint64_t hv, dp_country *out)
{
    uint32_t first = 0;
    if (!m || !out || !S_find(m, &m->dem, m->dem.hash, m->dem.nslots, key, len, hv, &first))
        return -1;
    S_country(m, S_val(&m->dem, first), out);
    return 0;
}

int dp_demonym_find_hv(const dp_model *m, const char *key, size_t len, uint64_t hv,
                       dp_country *out)
{
    return S_demonym_find(m, key, len, hv, out);
}

int dp_demonym_find(const dp_model *m, const char *key, size_t len, dp_country *out)
{
    return S_demonym_find(m, key, len, S_hv(key, len), out);
}

size_t dp_lex_find(const dp_model *m, const char *key, size_t len, dp_lex_entry *out,
                   size_t max)
{
    uint64_t hv = S_hv(key, len);
    uint32_t first = 0,
             n = m ? S_find(m, &m->lex, m->lex.hash, m->lex.nslots, key, len, hv, &first) : 0;
    for (uint32_t i = 0; i < n && i < max; i++) {
        const unsigned char *e = m->lent + (size_t)S_val(&m->lex, first + i) * DPM_LEX_ENT;
        out[i].lemma = m->str + S_u32(e);
        out[i].pos = m->str + S_u32(e + 4);
        out[i].feats = m->str + S_u32(e + 8);
    }
    return n;
}

/* Dictionary NAME's decoded directory entry, or NULL.                   */
__attribute__((always_inline)) static inline const dp_dict *S_dict_get(const dp_model *m,
                                                                       const char *name)
{
    if (!m || !name || !m->dirs) return NULL;
    for (int32_t i = m->dhead[S_name_slot(name)]; i >= 0; i = m->dirs[i].next) {
        const S_dir *x = &m->dirs[i];
        if (x->name[0] == name[0] && !strcmp(x->name, name)) return x;
    }
    return NULL;
}

const dp_dict *dp_dict_get(const dp_model *m, const char *name) { return S_dict_get(m, name); }

__attribute__((always_inline)) static inline size_t
S_dict_find(const dp_model *m, const dp_dict *h, const char *key, size_t len, uint64_t hv,
            const char **vals, size_t max)
{
    uint32_t first = 0, n = S_find(m, &m->dict, h->hash, h->nslots, key, len, hv, &first);
    for (uint32_t i = 0; i < n && i < max; i++)
        vals[i] = m->str + S_val(&m->dict, first + i);
    return n;
}

size_t dp_dict_find_hv(const dp_model *m, const dp_dict *h, const char *key, size_t len,
                       uint64_t hv, const char **vals, size_t max)
{
    return h ? S_dict_find(m, h, key, len, hv, vals, max) : 0;
}

size_t dp_dict_find_in(const dp_model *m, const dp_dict *h, const char *key, size_t len,
                       const char **vals, size_t max)
{
    return h ? S_dict_find(m, h, key, len, S_hv(key, len), vals, max) : 0;
}

int dp_dict_has_prefix_hv(const dp_model *m, const dp_dict *h, const char *key, size_t len,
                          uint64_t hv)
{
    return h ? S_prefix(m, &m->dict, h->pfx, h->npfx, key, len, hv) : 0;
}

int dp_dict_has_prefix_in(const dp_model *m, const dp_dict *h, const char *key, size_t len)
{
    return h ? S_prefix(m, &m->dict, h->pfx, h->npfx, key, len, S_hv(key, len)) : 0;
}

int dp_dict_any_starts(const dp_model *m, const dp_dict *h, const char *key, size_t len)
{
    if (!h || !key) return 0;
    if (!len) return h->nk != 0;
    for (uint32_t i = h->k0; i < h->k0 + h->nk; i++) {
        const char *s = (const char *)S_key(m, &m->dict, i);
        if (s[0] == key[0] && !strncmp(s, key, len)) return 1;
    }
    return 0;
}

size_t dp_dict_find(const dp_model *m, const char *name, const char *key, size_t len,
                    const char **vals, size_t max)
{
    return dp_dict_find_in(m, S_dict_get(m, name), key, len, vals, max);
}

int dp_dict_has_prefix(const dp_model *m, const char *name, const char *key, size_t len)
{
    return dp_dict_has_prefix_in(m, S_dict_get(m, name), key, len);
}

/* ---- inventory ------------------------------------------------------------ */
size_t dp_dict_count(const dp_model *m) { return m && m->map ? m->ndict : 0; }

const char *dp_dict_name(const dp_model *m, size_t i, size_t *entries)
{
    if (entries) *entries = 0;
    if (!m || !m->map || i >= m->ndict) return NULL;
    const unsigned char *e = m->ddir + i * DPM_DICT_DIR;
    if (entries) *entries = S_u32(e + 8);
    return m->str + S_u32(e);
}

int dp_model_stats_get(const dp_model *m, dp_model_stats *out)
{
    if (!m || !m->map || !out) return -1;
    const char *h = (const char *)m->map;
    memset(out, 0, sizeof *out);
    out->format = S_u32(m->map + 8);
    out->file_size = m->size;
    memcpy(out->built, h + DPM_DATE_AT, strnlen(h + DPM_DATE_AT, DPM_DATE_LEN));
    memcpy(out->sources, h + DPM_SOURCES_AT, strnlen(h + DPM_SOURCES_AT, DPM_SOURCES_LEN));
    out->places = m->ngaz;
    out->place_names = m->gaz.nkeys;
    out->countries = m->ncty;
    out->demonym_forms = m->dem.nkeys;
    out->lex_forms = m->lex.nkeys;
    out->lex_analyses = m->lex.nvals;
    out->dicts = m->ndict;
    return 0;
}

const void *dp_model_ner(const dp_model *m, size_t *size)
{
    if (size) *size = m && m->ner ? (size_t)m->nner : 0;
    return m ? m->ner : NULL;
}

int dp_country_cc3(const dp_model *m, const char *code, char out[4])
{
    if (!m || !code || !out) return -1;
    size_t n = strnlen(code, 4);
    if (n != 2 && n != 3) return -1;
    unsigned char up[4] = { 0 };
    for (size_t i = 0; i < n; i++)
        up[i] = (unsigned char)(code[i] >= 'a' && code[i] <= 'z' ? code[i] - 32 : code[i]);
    if (n == 2 && (unsigned)(up[0] - 'A') < 26u && (unsigned)(up[1] - 'A') < 26u) {   /* the table made at open */
        int32_t i = m->cc2[(up[0] - 'A') * 26 + (up[1] - 'A')];
        if (i < 0) return -1;
        S_fixed(out, m->crec + (size_t)i * DPM_CTY_REC + 4, 4);
        return 0;
    }
    size_t off = n == 2 ? 0 : 4;      /* where the record keeps that code */
    for (uint32_t i = 0; i < m->ncty; i++) {
        const unsigned char *r = m->crec + (size_t)i * DPM_CTY_REC;
        const unsigned char *c = r + off;
        if (c[0] == up[0] && c[1] == up[1] && c[2] == up[2] && (n == 2 || c[3] == 0)) {
            S_fixed(out, r + 4, 4);
            return 0;
        }
    }
    return -1;
}
