#include "ratioestimate.h"

#include "samplestatistics.h"

#include <algorithm>
#include <cmath>
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

// Complete separation: every value of one sample above every value of the other.
bool separated(const QList<double> &a, const QList<double> &b)
{
    const auto [minA, maxA] = std::minmax_element(a.begin(), a.end());
    const auto [minB, maxB] = std::minmax_element(b.begin(), b.end());
    return *minA > *maxB || *minB > *maxA;
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
        e.significant = separated(a, b) && excludesOne;
    } else {
        e.significant = excludesOne;
    }
    return e;
}

RatioEstimate RatioEstimate::hodgesLehmann(const QList<double> &a, const QList<double> &b)
{
    RatioEstimate e;
    const auto positive = [](double v) {
        return v > 0;
    };
    if (a.isEmpty() || b.isEmpty() || !std::all_of(a.begin(), a.end(), positive)
        || !std::all_of(b.begin(), b.end(), positive))
        return e;
    std::vector<double> logs;
    logs.reserve(std::size_t(a.size()) * std::size_t(b.size()));
    for (const double x : a) {
        for (const double y : b)
            logs.push_back(std::log(x) - std::log(y));
    }
    std::sort(logs.begin(), logs.end());
    const auto pairs = qsizetype(logs.size());
    const double middle = pairs % 2 ? logs[pairs / 2] : (logs[pairs / 2 - 1] + logs[pairs / 2]) / 2;
    e.valid = true;
    e.ratio = std::exp(middle);

    // The interval of shifts the two-sided Mann-Whitney test at 5% does not
    // reject: k pairwise ratios left out at each end, k = nm/2 - z sd(U).
    const double n = double(a.size());
    const double m = double(b.size());
    constexpr double z = 1.959963984540054;
    const double k = std::floor(n * m / 2 - z * std::sqrt(n * m * (n + m + 1) / 12));
    const auto cut = qsizetype(std::clamp(k, 0.0, double(pairs - 1) / 2));
    e.ciLow = std::exp(logs[cut]);
    e.ciHigh = std::exp(logs[pairs - 1 - cut]);
    const bool excludesOne = e.ciLow > 1 || e.ciHigh < 1;
    // Too few values for the normal approximation: the exact test instead,
    // whose strongest evidence is complete separation, with two-sided p =
    // 2 / C(n + m, n). One run against one can never be significant, nor 3
    // against 3 (p = 0.1); 4 against 4 can (p = 0.029).
    const bool small = a.size() < smallSample || b.size() < smallSample;
    double arrangements = 1; // C(n + m, n)
    for (int i = 1; i <= int(a.size()); ++i)
        arrangements = arrangements * (double(b.size()) + i) / i;
    const bool exactlySignificant = separated(a, b) && 2 / arrangements <= 0.05;
    e.significant = excludesOne && (!small || exactlySignificant);
    e.tooFewRuns = excludesOne && !e.significant;
    return e;
}
