/* json.c -- placeholder until the stage is written. */
#include "doc.h"
void dp_stage_json(dp_doc *d) { dp_buf_puts(&d->out, "{}"); }
void dp_stage_events_jsonl(dp_doc *d) { (void)d; }
