/* mention/quote.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_quotes(dp_doc *d) { (void)d; }
