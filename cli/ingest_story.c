/*
 * ingest_story.c -- stories: events of several articles that report the
 * same real-world event.  (stub)
 */
#include "ingest.h"

long ing_stories(ing_db *g)
{
    (void)g;
    return 0;
}
