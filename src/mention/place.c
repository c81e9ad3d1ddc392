/* mention/place.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_places(dp_doc *d) { (void)d; }
