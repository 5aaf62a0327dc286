#pragma once

// SampleStatistics: the spread of one cell's repeats (requests/s of R runs):
// median, range, mean, CV and a distribution-free 95% CI for the median, so a
// report can say how far a figure would move on a rerun. Pure functions, any
// thread. In sweep/ because the sweep picks each cell's median run with it;
// the report reads the same figures.

#include <QList>

#include <span>

struct SampleStatistics
{
    int count = 0;
    double median = 0, min = 0, max = 0, mean = 0;
    // Sample standard deviation (n - 1) / mean; 0 when count < 2 or mean is 0,
    // where a relative spread means nothing.
    double cv = 0;
    // Distribution-free 95% CI for the median: [x(k), x(n+1-k)] of the sorted
    // values with the largest k whose binomial coverage is >= 0.95. When
    // count < 6 no k reaches 0.95: then ciLow = min, ciHigh = max and
    // ciCoverage says what that interval is worth.
    double ciLow = 0, ciHigh = 0;
    // The actual coverage of [ciLow, ciHigh] (0.984375 for n = 7 with
    // x(1), x(7)), so the report can be honest about small R.
    double ciCoverage = 0;
    // Index into the input of "the" median run, always a real run, never an
    // average: the runs ordered by value (ties in input order), the middle one
    // for an odd count, the lower-middle one for an even count. -1 when empty.
    int medianIndex = -1;

    // Values must be finite (NaN has no order). Empty input gives count 0 and
    // every figure 0.
    static SampleStatistics of(const QList<double> &values);

    // The usual median (mean of the two middle values for an even count) of
    // non-empty values; reorders them. Shared with RatioEstimate's bootstrap
    // so both use the same definition.
    static double medianOf(std::span<double> values);
    // Coverage of [x(k), x(n+1-k)] as an interval for the median of n values:
    // 1 - 2 P(Binomial(n, 1/2) <= k - 1). 1 <= k <= (n + 1) / 2.
    static double orderStatisticCoverage(int n, int k);
};
