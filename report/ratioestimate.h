#pragma once

// RatioEstimate: a / b for two cells' repeats: the ratio of their medians
// with a percentile-bootstrap 95% CI (resample each sample with replacement,
// B = 4000 times, fixed seed so a report is reproducible on any platform).
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
    // Both samples non-empty and median(b) > 0; all other figures are 0 and
    // false otherwise.
    bool valid = false;

    // Values must be finite. resamples below 1 count as 1.
    static RatioEstimate ofMedians(const QList<double> &a, const QList<double> &b,
                                   quint32 seed = 12345, int resamples = 4000);
};
