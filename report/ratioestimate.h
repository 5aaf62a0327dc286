#pragma once

// RatioEstimate: a / b for two cells' repeats, with a 95% CI and whether
// the difference is significant. Two estimators:
// - hodgesLehmann (the report's verdict): the median of every pairwise ratio
//   a_i / b_j with the CI that inverts the Mann-Whitney test. It uses every
//   repeat, so a cell whose runs fall into two modes (a server thread and
//   the client sharing a core or not) moves it little, where the ratio of
//   medians jumps with whichever mode holds the majority.
// - ofMedians: the ratio of the two medians with a percentile-bootstrap CI
//   (resample each sample with replacement, B = 4000 times, fixed seed so a
//   report is reproducible on any platform).
// Pure functions, any thread.

#include <QList>
#include <QtGlobal>

struct RatioEstimate
{
    double ratio = 0; // median(a) / median(b)
    // The 2.5th and 97.5th percentiles of the bootstrap ratios. A resample of
    // b whose median is 0 counts as an unbounded ratio (+inf), so ciHigh may
    // be infinite: the CI widens rather than silently dropping resamples.
    double ciLow = 0, ciHigh = 0;
    // The CI excludes 1; with fewer than 5 values in either sample, also
    // every value of one sample lies above every value of the other.
    bool significant = false;
    // hodgesLehmann: the CI excludes 1 but the samples are too small for the
    // exact test to reach 5% (3 runs against 3 never can): a difference the
    // repeats cannot confirm, which a verdict must not call "none".
    bool tooFewRuns = false;
    // Both samples non-empty and median(b) > 0; all other figures are 0 and
    // false otherwise.
    bool valid = false;

    // Values must be finite and > 0 (requests per second): the pairwise
    // ratios are taken as differences of logarithms. The CI uses the normal
    // approximation of Mann-Whitney's U (no tie correction: rates are
    // continuous), and is [min, max] of the pairwise ratios when the samples
    // are too small for it; with fewer than 5 values in either sample, a
    // difference is significant only if the samples do not overlap and the
    // exact test of that (p = 2 / C(n + m, n)) is at most 0.05.
    static RatioEstimate hodgesLehmann(const QList<double> &a, const QList<double> &b);
    // Values must be finite. resamples below 1 count as 1.
    static RatioEstimate ofMedians(const QList<double> &a, const QList<double> &b,
                                   quint32 seed = 12345, int resamples = 4000);
};
