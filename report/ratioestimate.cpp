#include "ratioestimate.h"

#include "samplestatistics.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace {

// Below this many values in a sample the bootstrap alone is not trusted (see
// ofMedians).
constexpr int smallSample = 5;

// A uniform index in [0, n): Lemire's multiply-and-reject on mt19937's 32-bit
// output. std::uniform_int_distribution is not used because its mapping is
// implementation-defined, and the same seed must give the same report with
// libstdc++, libc++ and MSVC; mt19937 itself is fully specified.
quint32 uniformIndex(std::mt19937 &rng, quint32 n)
{
    std::uint64_t product = std::uint64_t(rng()) * n;
    auto low = std::uint32_t(product);
    if (low < n) {
        const std::uint32_t threshold = std::uint32_t(-n) % n; // 2^32 mod n
        while (low < threshold) {
            product = std::uint64_t(rng()) * n;
            low = std::uint32_t(product);
        }
    }
    return quint32(product >> 32);
}

// The median of a resample (with replacement) of sample, using scratch.
double resampledMedian(std::mt19937 &rng, const QList<double> &sample, std::vector<double> &scratch)
{
    const auto n = quint32(sample.size());
    scratch.resize(n);
    for (double &v : scratch)
        v = sample[uniformIndex(rng, n)];
    return SampleStatistics::medianOf(scratch);
}

double ratioOf(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : std::numeric_limits<double>::infinity();
}

} // namespace

RatioEstimate RatioEstimate::ofMedians(const QList<double> &a, const QList<double> &b, quint32 seed,
                                       int resamples)
{
    RatioEstimate e;
    if (a.isEmpty() || b.isEmpty())
        return e;
    std::vector<double> scratch(a.begin(), a.end());
    const double medianA = SampleStatistics::medianOf(scratch);
    scratch.assign(b.begin(), b.end());
    const double medianB = SampleStatistics::medianOf(scratch);
    if (!(medianB > 0))
        return e;
    e.valid = true;
    e.ratio = medianA / medianB;

    // Percentile bootstrap: a and b are resampled independently (they are
    // separate runs), alternating from one generator so the whole sequence
    // depends on the seed alone.
    const int count = std::max(resamples, 1);
    std::mt19937 rng(seed);
    std::vector<double> ratios;
    ratios.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double resampledA = resampledMedian(rng, a, scratch);
        const double resampledB = resampledMedian(rng, b, scratch);
        ratios.push_back(ratioOf(resampledA, resampledB));
    }
    std::sort(ratios.begin(), ratios.end());
    // Order statistics rather than interpolation (an infinite ratio would make
    // interpolation NaN): 2.5% of the ratios lie below ciLow and 2.5% above
    // ciHigh (indices 100 and 3899 of 4000).
    const int tail = count / 40;
    e.ciLow = ratios[tail];
    e.ciHigh = ratios[count - 1 - tail];

    const bool excludesOne = e.ciLow > 1 || e.ciHigh < 1;
    if (int(a.size()) < smallSample || int(b.size()) < smallSample) {
        // With a handful of values a resample's median can only be one of
        // them (or the mean of two), so the bootstrap distribution is lumpy
        // and the percentile interval too narrow: its real coverage is far
        // below 95%. Complete separation is the least evidence asked for
        // then; it is a guard, not an exact test (for 3 vs 3, separation
        // in either direction happens by chance with probability 2/20).
        const auto [minA, maxA] = std::minmax_element(a.begin(), a.end());
        const auto [minB, maxB] = std::minmax_element(b.begin(), b.end());
        const bool separated = *minA > *maxB || *minB > *maxA;
        e.significant = separated && excludesOne;
    } else {
        e.significant = excludesOne;
    }
    return e;
}
