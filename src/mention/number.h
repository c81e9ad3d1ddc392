/*
 * number.h -- French numbers as the time and people-count stages read them:
 * digit tokens (15 000, 1,5) with an optional "million"/"mille" multiplier,
 * number words (trois, vingt-cinq, quatre-vingt-dix, deux cents, vingt et
 * un, deux millions) and approximate numeral nouns (une soixantaine,
 * des dizaines, des milliers).
 */
#ifndef DP_MENTION_NUMBER_H
#define DP_MENTION_NUMBER_H

#include "doc.h"

/* Value of one folded number word or hyphenated compound ("trois",
 * "vingt-cinq", "soixante-et-onze", "quatre-vingts", "cent"); -1 when the
 * word is not a cardinal.  "un"/"une" give 1.                             */
long dp_numword(const char *norm);

/* Multiplier word: "mille" 1e3, "million(s)" 1e6, "milliard(s)" 1e9; else 0. */
double dp_num_multiplier(const char *norm);

/* Approximate numeral noun ("dizaine(s)" 10, "douzaine" 12, "soixantaine"
 * 60, "centaine(s)" 100, "millier(s)" 1000); 0 when it is none.          */
long dp_num_approx(const char *norm);

/* Reads a cardinal number starting at token I (before LIM): a DP_TOK_NUM
 * or a run of number words, then an optional multiplier (1,5 million,
 * deux mille, trois millions).  On success sets *END (one past the last
 * token) and *VAL and returns 1; else 0.  Ordinals and times ("14h") are
 * not cardinals.                                                          */
int dp_num_read(const dp_doc *d, uint32_t i, uint32_t lim, uint32_t *end,
                double *val);

#endif
