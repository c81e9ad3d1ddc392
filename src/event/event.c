/* event/event.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_events(dp_doc *d) { (void)d; }
