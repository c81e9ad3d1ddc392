/*
 * model.h -- read access to the compiled, memory-mapped model
 * (build/depeche.model), shared read-only by all threads.
 *
 * The model is produced by tools/mkmodel from public data installed by
 * package name (GeoNames cities500, GeoNames admin1 names, world-countries,
 * the Lefff) and from the project's own text lexicons in data/lexicon/.
 *
 * Keys.  Gazetteer names, demonyms and dictionary keys are stored under their
 * *folded* key (dp_fold(): case-folded, accents stripped, apostrophes,
 * dashes and spaces unified, whitespace runs collapsed to one space).  The
 * Lefff is keyed by the *lowercased* form (dp_lower(): case-folded, accents
 * kept), since accents matter there (a / à, été / ete).
 *
 * Every string returned points into the mapping and lives as long as the
 * model.  Lookups never fail on a missing key: they return 0.
 */
#ifndef DP_MODEL_H
#define DP_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include "depeche.h"

/* ---- Gazetteer ------------------------------------------------------- */
typedef struct dp_gaz_rec {
    uint32_t geonameid;    /* GeoNames id; 0 for a synthetic entry          */
    float lat, lon;
    uint32_t population;
    char cc[3];            /* ISO 3166-1 alpha-2 ("IQ"); "" when none       */
    char fclass;           /* GeoNames feature class: 'P','A','H','T',...   */
    char fcode[8];         /* "PPLC", "PPLA", "PCLI", "ADM1", "STM", ...    */
    char admin1[12];       /* GeoNames admin1 code within the country       */
    char admin2[8];        /* GeoNames admin2 code, for the places and units
                              of the countries whose admin2 units the
                              gazetteer holds (French départements, Quebec
                              regions: "71"); "" otherwise                 */
    const char *name;      /* canonical (GeoNames ascii / French) name      */
    const char *admin1_name; /* name of the admin1 unit, or ""              */
} dp_gaz_rec;

/* Ids of the gazetteer entries one of whose names folds to KEY (LEN bytes),
 * most populous first; writes at most MAX ids, returns how many exist.     */
/* (Order in detail: data/lexicon/places_fr.tsv aliases first, then a
 * country named in French, then by population, a place named by one of its
 * GeoNames alternate names counting a tenth of it, an admin unit (fcode
 * ADM1, or ADM2 for French départements and Quebec regions) a twentieth of
 * its largest place's, so that "Baghdad" gives the city before the
 * province.  Countries, admin units and places_fr features have geonameid
 * 0; their population is the sum of their cities500 places.)             */
size_t dp_gaz_find(const dp_model *m, const char *key, size_t len,
                   uint32_t *ids, size_t max);
/* 1 when some gazetteer name starts with KEY followed by a space (so a
 * longer multi-word match is possible), else 0.                            */
int dp_gaz_has_prefix(const dp_model *m, const char *key, size_t len);
/* Fills *OUT for entry ID; returns 0, or -1 for an id out of range.       */
int dp_gaz_get(const dp_model *m, uint32_t id, dp_gaz_rec *out);
size_t dp_gaz_count(const dp_model *m);

/* ---- Countries ------------------------------------------------------- */
typedef struct dp_country {
    char cc2[3], cc3[4];   /* "IQ", "IRQ"                                    */
    const char *name_fr;   /* "Irak"                                         */
    float lat, lon;        /* centroid                                       */
    uint32_t gaz;          /* its gazetteer entry (fcode PCLI...)            */
} dp_country;

/* By ISO alpha-2 or alpha-3 code (case-insensitive); 0 found, -1 not.    */
int dp_country_get(const dp_model *m, const char *code, dp_country *out);
/* French demonym or adjective in any gender/number ("irakiennes") to its
 * country; KEY is folded.  0 found, -1 not.                                */
int dp_demonym_find(const dp_model *m, const char *key, size_t len,
                    dp_country *out);

/* ---- French lexicon (Lefff) ------------------------------------------ */
typedef struct dp_lex_entry {
    const char *lemma;     /* "lancer"                                       */
    const char *pos;       /* Lefff category: "v","nc","np","adj","det",... */
    const char *feats;     /* Lefff morphology tag: "Kms", "P3p", "fp"      */
} dp_lex_entry;

/* Analyses of the lowercased form KEY; writes at most MAX, returns the
 * number that exist.                                                       */
size_t dp_lex_find(const dp_model *m, const char *key, size_t len,
                   dp_lex_entry *out, size_t max);

/* ---- Project dictionaries (data/lexicon/NAME.tsv) ---------------------- */
/* Each dictionary maps a folded key to one or more values; a value is the
 * rest of its source line, fields separated by '\t'.  NAME is the file's
 * base name ("actors", "roles", "triggers", ...).  Writes at most MAX value
 * pointers, returns how many exist (0: unknown key or dictionary).         */
size_t dp_dict_find(const dp_model *m, const char *name, const char *key,
                    size_t len, const char **vals, size_t max);
/* 1 when some key of dictionary NAME starts with KEY followed by a space. */
int dp_dict_has_prefix(const dp_model *m, const char *name, const char *key,
                       size_t len);

/* The same lookups through a dictionary's handle, found once (NULL: no
 * dictionary NAME): hot loops skip finding the dictionary by its name.
 * A handle lives as long as its model.  With a NULL handle they find
 * nothing.                                                               */
typedef struct dp_dict dp_dict;
const dp_dict *dp_dict_get(const dp_model *m, const char *name);
size_t dp_dict_find_in(const dp_model *m, const dp_dict *h, const char *key,
                       size_t len, const char **vals, size_t max);
int dp_dict_has_prefix_in(const dp_model *m, const dp_dict *h, const char *key,
                          size_t len);
/* ---- One key, several tables -------------------------------------------
 * Every key table of the model is probed with one hash of the key's bytes,
 * dp_key_hash: a caller asking several tables for one key (a word's folded
 * form: dictionaries, demonyms, the gazetteer) hashes it once and passes
 * it as HV to the _hv forms, which answer as the forms without HV do.     */
uint64_t dp_key_hash(const char *key, size_t len);
size_t dp_dict_find_hv(const dp_model *m, const dp_dict *h, const char *key,
                       size_t len, uint64_t hv, const char **vals, size_t max);
int dp_dict_has_prefix_hv(const dp_model *m, const dp_dict *h, const char *key,
                          size_t len, uint64_t hv);
int dp_demonym_find_hv(const dp_model *m, const char *key, size_t len, uint64_t hv,
                       dp_country *out);
size_t dp_gaz_find_hv(const dp_model *m, const char *key, size_t len, uint64_t hv,
                      uint32_t *ids, size_t max);
int dp_gaz_has_prefix_hv(const dp_model *m, const char *key, size_t len, uint64_t hv);
/* 1 when some key of dictionary H starts with the LEN bytes of KEY (any
 * continuation, a space or not: "l'" for "l'armee"); a scan of its keys,
 * for callers that remember the answer.                                   */
int dp_dict_any_starts(const dp_model *m, const dp_dict *h, const char *key, size_t len);

/* ---- Inventory (`depeche model info`) --------------------------------- */
/* Number of project dictionaries; the name of dictionary I (0-based) and,
 * in *ENTRIES when not NULL, its number of distinct keys; NULL (and 0)
 * for I out of range.                                                     */
size_t dp_dict_count(const dp_model *m);
const char *dp_dict_name(const dp_model *m, size_t i, size_t *entries);

/* What the model holds, as read from its header and section table.      */
typedef struct dp_model_stats {
    uint32_t format;          /* on-disk format version                    */
    uint64_t file_size;       /* bytes                                     */
    char built[33];           /* build date, ISO 8601 UTC                  */
    char sources[449];        /* "geonames=...@1.0.1 lefff=...@0.3.1 ..."  */
    size_t places, place_names, countries, demonym_forms;
    size_t lex_forms, lex_analyses, dicts;
} dp_model_stats;
/* Fills *OUT; 0, or -1 when M holds no model.                             */
int dp_model_stats_get(const dp_model *m, dp_model_stats *out);

/* ---- Name tagger weights (section ner.w, layout in format.h) ----------- */
/* The checked ner.w blob and its size in *SIZE, or NULL when the model has
 * no tagger weights.                                                      */
const void *dp_model_ner(const dp_model *m, size_t *size);

/* ---- Lookup helpers ------------------------------------------------------ */
/* dp_country_get's alpha-3 code alone into OUT (NUL-ended): the country
 * of the alpha-2 or alpha-3 code CODE (any case).  0, or -1 when none.
 * The records' codes are compared in place, without a call per record.  */
int dp_country_cc3(const dp_model *m, const char *code, char out[4]);

#endif
