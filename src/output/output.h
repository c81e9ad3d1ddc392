/*
 * output.h -- what the output files share: output/json.c writes one event's
 * object alone for output/records.c (dp_doc_event_json).
 */
#ifndef DP_OUTPUT_H
#define DP_OUTPUT_H

#include "doc.h"

/* Appends event I's object to d->out, exactly as in the document's JSON. */
void dp_json_event(dp_doc *d, size_t i);

#endif
