#include "samplestatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace {

constexpr double ciLevel = 0.95;

// P(Binomial(n, 1/2) = i), i = 0, 1, ... in turn. In log space because 2^-n
// underflows a double from n = 1075; the recurrence keeps it O(1) a term.
class HalfBinomialTerms
{
public:
    explicit HalfBinomialTerms(int n) : m_n(n), m_logTerm(-n * std::log(2.0)) { }
    double next()
    {
        const double term = std::exp(m_logTerm);
        m_logTerm += std::log(double(m_n - m_i)) - std::log(double(m_i + 1));
        ++m_i;
        return term;
    }

private:
    int m_n;
    int m_i = 0;
    double m_logTerm;
};

} // namespace

double SampleStatistics::medianOf(std::span<double> values)
{
    Q_ASSERT(!values.empty());
    const auto n = values.size();
    const auto upper = values.begin() + n / 2;
    std::nth_element(values.begin(), upper, values.end());
    if (n % 2 == 1)
        return *upper;
    // nth_element leaves everything before upper no greater than it, so the
    // lower middle value is the largest of that part.
    const double lower = *std::max_element(values.begin(), upper);
    return std::midpoint(lower, *upper);
}

double SampleStatistics::orderStatisticCoverage(int n, int k)
{
    Q_ASSERT(n >= 1 && k >= 1 && k <= (n + 1) / 2);
    HalfBinomialTerms terms(n);
    double tail = 0; // P(X <= k - 1)
    for (int i = 0; i < k; ++i)
        tail += terms.next();
    return std::max(0.0, 1 - 2 * tail);
}

SampleStatistics SampleStatistics::of(const QList<double> &values)
{
    SampleStatistics s;
    const int n = int(values.size());
    if (n == 0)
        return s;
    Q_ASSERT(std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); }));
    s.count = n;

    // Order indices rather than values so the median run can be named; a
    // stable sort keeps ties in input order, so medianIndex is reproducible.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&values](int l, int r) { return values[l] < values[r]; });
    const auto x = [&](int rank) {
        return values[order[rank - 1]];
    }; // x(1) .. x(n)

    s.min = x(1);
    s.max = x(n);
    s.medianIndex = order[(n - 1) / 2]; // the middle or, for even n, the lower middle
    s.median = n % 2 == 1 ? x((n + 1) / 2) : std::midpoint(x(n / 2), x(n / 2 + 1));

    // Two-pass mean and variance: no cancellation when the runs are close
    // together, which is exactly when the CV is small and worth showing.
    double sum = 0;
    for (double v : values)
        sum += v;
    s.mean = sum / n;
    if (n >= 2 && s.mean != 0) {
        double squares = 0;
        for (double v : values)
            squares += (v - s.mean) * (v - s.mean);
        s.cv = std::sqrt(squares / (n - 1)) / std::abs(s.mean);
    }

    // Coverage of [x(k), x(n+1-k)] is 1 - 2 P(X <= k - 1), X ~ Binomial(n, 1/2):
    // the median lies below x(k) exactly when fewer than k values fall below
    // it. It shrinks as k grows, so walk k up while the next one still holds
    // 95%. With k = 1 below 95% (n < 6) the range itself is reported with its
    // real coverage.
    HalfBinomialTerms terms(n);
    double tail = terms.next(); // P(X <= 0)
    int k = 1;
    double coverage = std::max(0.0, 1 - 2 * tail);
    while (k + 1 <= (n + 1) / 2) {
        const double nextTail = tail + terms.next();
        const double nextCoverage = 1 - 2 * nextTail;
        if (nextCoverage < ciLevel)
            break;
        tail = nextTail;
        coverage = nextCoverage;
        ++k;
    }
    s.ciLow = x(k);
    s.ciHigh = x(n + 1 - k);
    s.ciCoverage = coverage;
    return s;
}
