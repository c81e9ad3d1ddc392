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
 *   24   u32 zlib crc32 of bytes [32, total size)
 *   28   u32 zero
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
 *              char fclass, char 0, char fcode[8], char admin1[12]
 *   cty.rec    24: char cc2[4], char cc3[4], u32 name_fr, f32 lat, f32 lon,
 *              u32 gazetteer record
 *   lex.ent    12: u32 lemma, u32 pos, u32 feats (string offsets)
 *   dict.dir   12: u32 name, u32 first key, u32 key count (in dict.keys)
 *   X.keys     8: u32 key (string offset), u32 first value (in X.vals); one
 *              extra entry at the end whose first value ends the last list.
 *              Keys are sorted by their bytes (unsigned), unique.
 *   X.vals     4: u32 value: a gaz.rec index (gaz), a cty.rec index (dem), a
 *              lex.ent index (lex), a string offset (dict).
 * Within gaz.vals the records of one key are ordered most prominent first.
 */
#ifndef DP_MODEL_FORMAT_H
#define DP_MODEL_FORMAT_H

#define DPM_MAGIC        "DPMODEL"   /* plus its NUL: 8 bytes */
#define DPM_VERSION      1u
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
#define DPM_DICT_DIR     12u
#define DPM_KEY          8u

#endif
