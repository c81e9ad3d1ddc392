/* model.c -- placeholder until the model loader is written. */
#include "doc.h"
#include <stdlib.h>
struct dp_model { int dummy; };
dp_status dp_model_open(const char *path, dp_model **out) { (void)path; *out = calloc(1, sizeof **out); return DP_OK; }
const char *dp_model_errmsg(const dp_model *m) { (void)m; return ""; }
const char *dp_model_describe(const dp_model *m) { (void)m; return "placeholder"; }
void dp_model_close(dp_model *m) { free(m); }
size_t dp_gaz_find(const dp_model *m, const char *k, size_t l, uint32_t *ids, size_t max) { (void)m; (void)k; (void)l; (void)ids; (void)max; return 0; }
int dp_gaz_has_prefix(const dp_model *m, const char *k, size_t l) { (void)m; (void)k; (void)l; return 0; }
int dp_gaz_get(const dp_model *m, uint32_t id, dp_gaz_rec *o) { (void)m; (void)id; (void)o; return -1; }
size_t dp_gaz_count(const dp_model *m) { (void)m; return 0; }
int dp_country_get(const dp_model *m, const char *c, dp_country *o) { (void)m; (void)c; (void)o; return -1; }
int dp_demonym_find(const dp_model *m, const char *k, size_t l, dp_country *o) { (void)m; (void)k; (void)l; (void)o; return -1; }
size_t dp_lex_find(const dp_model *m, const char *k, size_t l, dp_lex_entry *o, size_t max) { (void)m; (void)k; (void)l; (void)o; (void)max; return 0; }
size_t dp_dict_find(const dp_model *m, const char *n, const char *k, size_t l, const char **v, size_t max) { (void)m; (void)n; (void)k; (void)l; (void)v; (void)max; return 0; }
int dp_dict_has_prefix(const dp_model *m, const char *n, const char *k, size_t l) { (void)m; (void)n; (void)k; (void)l; return 0; }
