/* mention/entity.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_entities(dp_doc *d) { (void)d; }
