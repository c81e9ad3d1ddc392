/* text/sentence.c -- placeholder until the stage is written. */
#include "doc.h"

void dp_stage_sentences(dp_doc *d) { (void)d; }
