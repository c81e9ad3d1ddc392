/* text/repeat.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_repeats(dp_doc *d) { (void)d; }
