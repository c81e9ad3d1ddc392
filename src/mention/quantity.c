/* mention/quantity.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_quantities(dp_doc *d) { (void)d; }
