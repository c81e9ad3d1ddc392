/*
 * format.h -- the on-disk layout of build/depeche.model, shared by the
 * writer (tools/mkmodel.c) and the reader (src/model/model.c).
 *
 * Every integer is little-endian and fixed-width.  The file is
 *
 *   0    magic "DPMODEL\0"
 *   8    u32 format version (DPM_VERSION)
 *   12   u32 number of sections
 *   16   u64 total file size
 *   24   u64 checksum of bytes [32, total size): dpm_checksum() below
 *   32   build date, NUL-terminated (32 bytes)
 *   64   source versions, NUL-terminated (DPM_SOURCES_LEN bytes)
 *   DPM_SECT_TABLE  section table: per section a NUL-padded name (16 bytes),
 *        u64 offset, u64 size (DPM_SECT_ENTRY bytes each)
 *   ...  the sections, each starting on an 8-byte boundary.
 *
 * Sections (entry sizes in bytes):
 *   strings    NUL-terminated UTF-8 strings; byte 0 and the last byte are NUL,
 *              so any offset inside it starts a terminated string.
 *   gaz.rec    48: u32 geonameid, f32 lat, f32 lon, u32 population,
 *              u32 name, u32 admin1 name (string offsets), char cc[2],
 *              char fclass, char 0, char fcode[8], char admin1[12]: the
 *              admin1 code, NUL, then for the places and units of the
 *              countries whose admin2 units the gazetteer holds (French
 *              départements, Quebec regions) the admin2 code, NUL-padded
 *   cty.rec    24: char cc2[4], char cc3[4], u32 name_fr, f32 lat, f32 lon,
 *              u32 gazetteer record
 *   lex.ent    12: u32 lemma, u32 pos, u32 feats (string offsets)
 *   dict.dir   28: u32 name, u32 first key, u32 key count (in dict.keys),
 *              u32 first slot, u32 slot count (in dict.hash), u32 first
 *              slot, u32 slot count (in dict.pfx)
 *   X.keys     8: u32 key (string offset), u32 first value (in X.vals); one
 *              extra entry at the end whose first value ends the last list.
 *              Keys are sorted by their bytes (unsigned), unique.
 *   X.vals     4: u32 value: a gaz.rec index (gaz), a cty.rec index (dem), a
 *              lex.ent index (lex), a string offset (dict).
 *   X.hash     8: u32 key index + 1 (0: an empty slot), u32 the high 32 bits
 *              of dpm_hash() of the key's bytes.  An open-addressing table
 *              (linear probing from slot hash & (size - 1)) over the keys of
 *              X.keys: its size is a power of two at least twice the number
 *              of keys, so a probe always meets an empty slot.  gaz, dem and
 *              lex have one table each (the whole section); dict.hash holds
 *              one table per dictionary, located by dict.dir, whose key
 *              indexes are absolute (in dict.keys) and within its range.
 *   X.pfx      8: the same slots (key index + 1, tag), for prefix queries
 *              (gaz and dict only): one slot for every distinct P such that
 *              some key starts with P followed by a space, hashed on P and
 *              naming one such key; at most half the slots are used.
 * Within gaz.vals the records of one key are ordered most prominent first.
 */
#ifndef DP_MODEL_FORMAT_H
#define DP_MODEL_FORMAT_H

#define DPM_MAGIC        "DPMODEL"   /* plus its NUL: 8 bytes */
#define DPM_VERSION      2u
#define DPM_CRC_FROM     32u
#define DPM_DATE_AT      32u
#define DPM_DATE_LEN     32u
#define DPM_SOURCES_AT   64u
#define DPM_SOURCES_LEN  448u
#define DPM_SECT_TABLE   512u
#define DPM_SECT_NAME    16u
#define DPM_SECT_ENTRY   32u
#define DPM_MAX_SECT     32u

#define DPM_GAZ_REC      48u
#define DPM_CTY_REC      24u
#define DPM_LEX_ENT      12u
#define DPM_DICT_DIR     28u
#define DPM_KEY          8u
#define DPM_SLOT         8u

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The payload checksum: four interleaved 64-bit multiply-xorshift lanes
 * over little-endian words (about 8 bytes a cycle, where zlib's crc32 is
 * 5 times slower), then mixed with the length.  It detects corruption; it
 * is not meant to resist forgery (the loader checks every offset anyway). */
static inline uint64_t dpm_word(const unsigned char *p, size_t n)
{
    uint64_t w = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the same value read in pieces of 4, 2 and 1 bytes (keys' tails)  */
    if (n >= 8) {
        memcpy(&w, p, 8);
        return w;
    }
    size_t o = 0;
    if (n & 4) {
        uint32_t x;
        memcpy(&x, p, 4);
        w = x;
        o = 4;
    }
    if (n & 2) {
        uint16_t x;
        memcpy(&x, p + o, 2);
        w |= (uint64_t)x << (8 * o);
        o += 2;
    }
    if (n & 1) w |= (uint64_t)p[o] << (8 * o);
#else
    for (size_t i = 0; i < n && i < 8; i++) w |= (uint64_t)p[i] << (8 * i);
#endif
    return w;
}
static inline uint64_t dpm_word8(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
#else
    return dpm_word(p, 8);
#endif
}
#define DPM_MIX(h, w) ((h) = ((h) ^ (w)) * 0x9E3779B97F4A7C15ull, (h) ^= (h) >> 31)
static inline uint64_t dpm_checksum(const unsigned char *p, size_t n)
{
    const uint64_t K = 0x9E3779B97F4A7C15ull;
    uint64_t h[4] = { 1, 2, 3, 4 }, a = 1, b = 2, c = 3, d = 4;
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        DPM_MIX(a, dpm_word8(p + i));
        DPM_MIX(b, dpm_word8(p + i + 8));
        DPM_MIX(c, dpm_word8(p + i + 16));
        DPM_MIX(d, dpm_word8(p + i + 24));
    }
    h[0] = a; h[1] = b; h[2] = c; h[3] = d;
    for (int k = 0; i < n; i += 8, k++) DPM_MIX(h[k], dpm_word(p + i, n - i));
    uint64_t r = (uint64_t)n;
    for (int k = 0; k < 4; k++) {
        r = (r ^ h[k]) * K;
        r ^= r >> 29;
    }
    return r;
}

/* The key hash of the X.hash tables: 64-bit multiply-xorshift over
 * little-endian words, then the splitmix64 finaliser, so that both the low
 * bits (the slot) and the high bits (the tag) are well mixed.             */
static inline uint64_t dpm_hash(const unsigned char *p, size_t n)
{
    const uint64_t K = 0xBF58476D1CE4E5B9ull;
    uint64_t h = 0x243F6A8885A308D3ull ^ ((uint64_t)n * 0x9E3779B97F4A7C15ull);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        h = (h ^ dpm_word8(p + i)) * K;
        h ^= h >> 29;
    }
    if (i < n) {
        h = (h ^ dpm_word(p + i, n - i)) * K;
        h ^= h >> 29;
    }
    h ^= h >> 30;
    h *= K;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 31;
    return h;
}


/* ner.w (optional section, entry size 1): the name tagger's weights
 * (src/mention/ner.c, written by tools/train_ner.c, copied verbatim by
 * mkmodel --ner FILE):
 *   0   magic "DPNERW1\0"
 *   8   u32 number of tags T;  12 u32 log2 of the feature buckets B
 *   16  f32 scale (weight = int16 * scale, finite, > 0)
 *   20  u32 feature version (mention/ner.h DP_NER_FEATVER)
 *   24  u64 0
 *   32  int16 transitions[(T + 1) * T] (row T: sentence start), zero-padded
 *       to a multiple of 8 bytes; then int16 weights[2^B * T]              */
#define DPM_NER_MAGIC    "DPNERW1"
#define DPM_NER_HEAD     32u
static inline uint64_t dpm_ner_size(uint32_t ntags, uint32_t nbits)
{
    uint64_t tr = (uint64_t)(ntags + 1) * ntags * 2;
    return DPM_NER_HEAD + (tr + 7) / 8 * 8 + ((uint64_t)1 << nbits) * ntags * 2;
}
/* NULL when P[0..N) is a well-formed ner.w blob, else what is wrong.      */
static inline const char *dpm_ner_check(const unsigned char *p, uint64_t n)
{
    if (n < DPM_NER_HEAD || memcmp(p, DPM_NER_MAGIC, 8) != 0) return "bad magic";
    uint32_t t = (uint32_t)dpm_word(p + 8, 4), b = (uint32_t)dpm_word(p + 12, 4);
    uint32_t sb = (uint32_t)dpm_word(p + 16, 4);
    float sc;
    memcpy(&sc, &sb, 4);
    if (t < 1 || t > 64 || b < 4 || b > 26) return "bad dimensions";
    if (!(sc > 0 && sc < 1e30f)) return "bad scale";
    if (dpm_word(p + 24, 8) != 0) return "bad reserved field";
    if (dpm_ner_size(t, b) != n) return "size does not match the dimensions";
    return NULL;
}

#endif
