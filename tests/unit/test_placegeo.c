/*
 * test_placegeo.c -- the place stage's distance shortcut (src/mention/
 * place.c, compiled again below): S_near_add, which buckets the distance
 * of two points (within 100, 300, 1000 km) by bounds of their haversine
 * before any sine, gives the bucket of S_km_cos's kilometres.  On pairs of
 * points placed on a random bearing at each cut times (1 +- 5e-4, 5e-8,
 * 5e-13) and exactly at it, some with a longitude moved by 360 degrees,
 * and on pairs anywhere on the sphere.  S_within150, S_near_other's test
 * of 150 km by the same bounds, against S_km the same way.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "doc.h"

/* The stage under another name: doc.h above declared the real one.      */
#define dp_stage_places S_ref_places
#include "../../src/mention/place.c"
#undef dp_stage_places

static uint64_t G_rng = 0x9e3779b97f4a7c15ull;

static double S_unit(void)      /* [0, 1) */
{
    G_rng ^= G_rng << 13;
    G_rng ^= G_rng >> 7;
    G_rng ^= G_rng << 17;
    return (double)(G_rng >> 11) / 9007199254740992.0;
}

/* The point KM kilometres from (LA, LO) on bearing B (radians).          */
static void S_dest(double la, double lo, double b, double km, double *la2, double *lo2)
{
    const double r = M_PI / 180, d = km / 6371;
    double p1 = la * r, p2 = asin(sin(p1) * cos(d) + cos(p1) * sin(d) * cos(b));
    double l2 = lo * r + atan2(sin(b) * sin(d) * cos(p1), cos(d) - sin(p1) * sin(p2));
    *la2 = p2 / r;
    *lo2 = remainder(l2 / r, 360);
}

/* S_prox's bucket by S_km_cos alone (what it added before the bounds).  */
static double S_plain(double la1, double lo1, double la2, double lo2)
{
    double km = S_km_cos(la1, lo1, S_cos_lat(la1), la2, lo2, S_cos_lat(la2));
    return km < 100 ? 2 : km < 300 ? 1.5 : km < 1000 ? 0.5 : 0;
}

/* Test pair T: anywhere on the sphere (T a multiple of 4), else at CUT
 * kilometres times 1 + eps on a random bearing (T / 3 picks eps), one
 * in ten with the second longitude moved by 360 degrees.               */
static void S_pair(int t, double cut, double *la1, double *lo1, double *la2, double *lo2)
{
    static const double eps[7] = { 0, 5e-4, -5e-4, 5e-8, -5e-8, 5e-13, -5e-13 };
    *la1 = asin(2 * S_unit() - 1) * 180 / M_PI;
    *lo1 = 360 * S_unit() - 180;
    if (t % 4 == 0) {
        *la2 = asin(2 * S_unit() - 1) * 180 / M_PI;
        *lo2 = 360 * S_unit() - 180;
        return;
    }
    S_dest(*la1, *lo1, 2 * M_PI * S_unit(), cut * (1 + eps[(t / 3) % 7]), la2, lo2);
    if (t % 10 == 1) *lo2 += *lo2 < 0 ? 360 : -360;
}

static void test_near_add(void **state)
{
    (void)state;
    S_ctx x;
    memset(&x, 0, sizeof x);
    S_hav_cuts(&x);
    static const double cut[3] = { 100, 300, 1000 };
    size_t n = 0, by[4] = { 0 };
    for (int t = 0; t < 300000; t++) {
        double la1, lo1, la2, lo2;
        S_pair(t, cut[t % 3], &la1, &lo1, &la2, &lo2);
        double want = S_plain(la1, lo1, la2, lo2);
        double got = S_near_add(&x, la1, lo1, S_cos_lat(la1), la2, lo2, S_cos_lat(la2));
        if (got != want)
            fail_msg("(%.12f, %.12f) (%.12f, %.12f): %g, not %g", la1, lo1, la2, lo2, got, want);
        by[want == 2 ? 0 : want == 1.5 ? 1 : want == 0.5 ? 2 : 3]++;
        n++;
    }
    for (int b = 0; b < 4; b++) assert_true(by[b] > n / 50);   /* every bucket met */
    /* out of range: no bounds, S_km_cos decides */
    assert_true(S_near_add(&x, 10, 400, S_cos_lat(10), 10, 40.5, S_cos_lat(10)) ==
                S_plain(10, 400, 10, 40.5));
}

static void test_within150(void **state)
{
    (void)state;
    S_ctx x;
    memset(&x, 0, sizeof x);
    S_hav_cuts(&x);
    size_t n = 0, in = 0;
    for (int t = 0; t < 200000; t++) {
        double la1, lo1, la2, lo2;
        S_pair(t, 150, &la1, &lo1, &la2, &lo2);
        int want = S_km(la1, lo1, la2, lo2) < 150;
        int got = S_within150(&x, la1, lo1, S_cos_lat(la1), la2, lo2, S_cos_lat(la2));
        if (got != want)
            fail_msg("(%.12f, %.12f) (%.12f, %.12f): %d, not %d", la1, lo1, la2, lo2, got, want);
        in += (size_t)want;
        n++;
    }
    assert_true(in > n / 10 && n - in > n / 10);   /* both answers met */
    assert_true(S_within150(&x, 10, 400, S_cos_lat(10), 10, 40.5, S_cos_lat(10)) ==
                (S_km(10, 400, 10, 40.5) < 150));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_near_add),
        cmocka_unit_test(test_within150),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
