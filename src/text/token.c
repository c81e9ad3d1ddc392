/* text/token.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_tokenize(dp_doc *d) { (void)d; }
