/* mention/time.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_times(dp_doc *d) { (void)d; }
