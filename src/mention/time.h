/*
 * time.h -- calendar arithmetic used by the temporal-expression stage
 * (mention/time.c), exposed for its unit tests.  Days are counted from
 * 1970-01-01 (day 0) in the proleptic Gregorian calendar.
 */
#ifndef DP_MENTION_TIME_H
#define DP_MENTION_TIME_H

long dp_days_from_civil(int y, int m, int d);
void dp_civil_from_days(long z, int *y, int *m, int *d);
/* ISO weekday of day Z: 1 Monday .. 7 Sunday.                            */
int dp_iso_weekday(long z);
/* ISO 8601 week of day Z: its week-numbering year and week 1..53.       */
void dp_iso_week(long z, int *wyear, int *week);
/* Days in month M of year Y.                                             */
int dp_month_days(int y, int m);

#endif
