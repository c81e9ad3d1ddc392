/* text/tag.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_tag(dp_doc *d) { (void)d; }
