/*
 * output.h -- what the output files share: output/json.c writes one event's
 * object alone and lends its number rounding to output/records.c, which
 * gives the values of the JSON as C values.
 */
#ifndef DP_OUTPUT_H
#define DP_OUTPUT_H

#include "doc.h"

/* Appends event I's object to d->out, exactly as in the document's JSON. */
void dp_json_event(dp_doc *d, size_t i);
/* round(|V| * 10^PREC) as printf rounds it (PREC 0..6) into *OUT, the
 * digits the writer writes; 0 when |V| is too large for this.          */
int dp_json_scaled(double v, int prec, uint64_t *out);

#endif
