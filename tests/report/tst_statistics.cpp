// The repeat statistics of issue 12: SampleStatistics (median, spread and the
// order-statistic CI of one cell's repeats) and RatioEstimate (the bootstrap
// CI of a ratio of medians), against values worked out by hand or by exact
// integer arithmetic.

#include "ratioestimate.h"
#include "samplestatistics.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>

namespace {

// 1, 2, ..., n in a scrambled order: every figure must not depend on the
// input being sorted. (std::shuffle's order may differ between standard
// libraries; none of the figures checked with it depends on the order.)
QList<double> scrambledRanks(int n)
{
    QList<double> values(n);
    std::iota(values.begin(), values.end(), 1.0);
    std::mt19937 rng(7);
    std::shuffle(values.begin(), values.end(), rng);
    return values;
}

// Coverage of [x(k), x(n+1-k)] from exact integer binomial sums (n <= 60),
// independent of the log-space recurrence the code uses.
double exactCoverage(int n, int k)
{
    std::uint64_t choose = 1; // C(n, i)
    std::uint64_t tail = 0; // sum of C(n, i) for i < k
    for (int i = 0; i < k; ++i) {
        tail += choose;
        choose = choose * std::uint64_t(n - i) / std::uint64_t(i + 1);
    }
    return double(1.0L - 2.0L * static_cast<long double>(tail) / std::ldexp(1.0L, n));
}

// n values around centre, spread by +-spread (relative), deterministic.
QList<double> around(double centre, double spread, int n, quint32 seed)
{
    std::mt19937 rng(seed);
    QList<double> values;
    for (int i = 0; i < n; ++i) {
        const double unit = double(rng()) / 4294967295.0; // [0, 1]
        values << centre * (1 + spread * (2 * unit - 1));
    }
    return values;
}

} // namespace

class tst_Statistics : public QObject
{
    Q_OBJECT

private slots:
    void median_data();
    void median();
    void empty();
    void medianIndex_data();
    void medianIndex();
    void spread();
    void medianCi_data();
    void medianCi();
    void medianCiMatchesExactBinomial();
    void medianCiLargeCount();

    void separatedRatioIsSignificant();
    void sameValuesAreNotSignificant();
    void overlappingSamplesAreNotSignificant();
    void deterministic();
    void invalid_data();
    void invalid();
    void smallSamplesNeedSeparation();
    void zeroResampledMedianWidensTheCi();
    void hodgesLehmannKnownValues();
    void hodgesLehmannTwoModes();
};

void tst_Statistics::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("median");
    QTest::newRow("1..9") << QList<double> {1, 2, 3, 4, 5, 6, 7, 8, 9} << 5.0;
    QTest::newRow("1..9 scrambled") << scrambledRanks(9) << 5.0;
    QTest::newRow("one") << QList<double> {42} << 42.0;
    QTest::newRow("even: mean of the middle two") << QList<double> {4, 1, 3, 2} << 2.5;
    QTest::newRow("two") << QList<double> {10, 20} << 15.0;
    QTest::newRow("ties") << QList<double> {3, 1, 2, 2, 5} << 2.0;
}

void tst_Statistics::median()
{
    QFETCH(QList<double>, values);
    QFETCH(double, median);
    QCOMPARE(SampleStatistics::of(values).median, median);
    QList<double> copy = values;
    QCOMPARE(SampleStatistics::medianOf(copy), median);
}

void tst_Statistics::empty()
{
    const SampleStatistics s = SampleStatistics::of({});
    QCOMPARE(s.count, 0);
    QCOMPARE(s.medianIndex, -1);
    QCOMPARE(s.median, 0.0);
    QCOMPARE(s.ciCoverage, 0.0);
}

void tst_Statistics::medianIndex_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("medianIndex");
    QTest::newRow("odd sorted") << QList<double> {10, 20, 30} << 1;
    QTest::newRow("odd unsorted") << QList<double> {30, 10, 20} << 2;
    QTest::newRow("even: lower middle") << QList<double> {4, 1, 3, 2} << 3;
    QTest::newRow("even sorted") << QList<double> {1, 2, 3, 4} << 1;
    // By value 1@1 2@2 2@3 3@0 5@4: the middle rank is the second 2.
    QTest::newRow("ties unsorted") << QList<double> {3, 1, 2, 2, 5} << 3;
    // By value 1@2 5@0 5@1 9@3: the lower middle is the first 5.
    QTest::newRow("ties even") << QList<double> {5, 5, 1, 9} << 0;
    QTest::newRow("all equal") << QList<double> {2, 2, 2, 2} << 1;
    QTest::newRow("one") << QList<double> {7} << 0;
    // Past 16 values std::sort stops being an insertion sort and reorders
    // ties: 0 at 0, 3, ..., 30 (11 runs), 1 at 1, 4, ..., 28 (10 runs), 2 at
    // the rest; rank 16 of 31 is the fifth 1, at index 13.
    QList<double> manyTies;
    for (int i = 0; i < 31; ++i)
        manyTies << i % 3;
    QTest::newRow("many ties") << manyTies << 13;
    // 32 values (one more 1 at the end): the lower middle, rank 16, is the
    // same run.
    QTest::newRow("many ties even") << (QList<double>(manyTies) << 1.0) << 13;
}

void tst_Statistics::medianIndex()
{
    QFETCH(QList<double>, values);
    QFETCH(int, medianIndex);
    const SampleStatistics s = SampleStatistics::of(values);
    QCOMPARE(s.medianIndex, medianIndex);
    if (values.size() % 2 == 1)
        QCOMPARE(values[s.medianIndex], s.median);
    else
        QVERIFY(values[s.medianIndex] <= s.median);
}

void tst_Statistics::spread()
{
    // Mean 5, squared deviations sum to 32: sample sd sqrt(32 / 7).
    const SampleStatistics s = SampleStatistics::of({2, 4, 4, 4, 5, 5, 7, 9});
    QCOMPARE(s.count, 8);
    QCOMPARE(s.mean, 5.0);
    QCOMPARE(s.min, 2.0);
    QCOMPARE(s.max, 9.0);
    QCOMPARE(s.median, 4.5);
    QVERIFY(qFuzzyCompare(s.cv, std::sqrt(32.0 / 7.0) / 5.0));

    QCOMPARE(SampleStatistics::of({1000}).cv, 0.0); // one run: no spread
    QCOMPARE(SampleStatistics::of({1000, 1000, 1000}).cv, 0.0);
    QCOMPARE(SampleStatistics::of({0, 0}).cv, 0.0); // mean 0: no relative spread
    // Close runs: the two-pass variance must not cancel to 0 or go negative.
    const SampleStatistics close = SampleStatistics::of({1e9 + 1, 1e9 + 2, 1e9 + 3});
    QVERIFY(qFuzzyCompare(close.cv, 1.0 / (1e9 + 2)));
}

void tst_Statistics::medianCi_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k"); // the CI is [x(k), x(n+1-k)]
    QTest::addColumn<double>("coverage");
    // Below n = 6 even [min, max] misses 95%: reported with what it covers.
    QTest::newRow("n=1") << 1 << 1 << 0.0;
    QTest::newRow("n=2") << 2 << 1 << 0.5;
    QTest::newRow("n=3") << 3 << 1 << 0.75;
    QTest::newRow("n=4") << 4 << 1 << 0.875;
    QTest::newRow("n=5") << 5 << 1 << 0.9375;
    QTest::newRow("n=6") << 6 << 1 << 0.96875;
    QTest::newRow("n=7") << 7 << 1 << 0.984375;
    QTest::newRow("n=8") << 8 << 1 << 1 - 2.0 / 256;
    QTest::newRow("n=9") << 9 << 2 << 1 - 20.0 / 512; // 0.9609
    // P(X <= 5) = (1 + 20 + 190 + 1140 + 4845 + 15504) / 2^20; k = 7 would
    // cover only 0.885.
    QTest::newRow("n=20") << 20 << 6 << 1 - 2 * 21700.0 / 1048576;
    QTest::newRow("n=100") << 100 << 40 << 0.964799;
}

void tst_Statistics::medianCi()
{
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(double, coverage);
    const SampleStatistics s = SampleStatistics::of(scrambledRanks(n));
    QCOMPARE(s.ciLow, double(k));
    QCOMPARE(s.ciHigh, double(n + 1 - k));
    QVERIFY2(std::abs(s.ciCoverage - coverage) < 1e-6,
             qPrintable(QString::number(s.ciCoverage, 'g', 10)));
    QVERIFY(std::abs(SampleStatistics::orderStatisticCoverage(n, k) - coverage) < 1e-6);
}

void tst_Statistics::medianCiMatchesExactBinomial()
{
    for (int n = 1; n <= 60; ++n) {
        int k = 1;
        while (k + 1 <= (n + 1) / 2 && exactCoverage(n, k + 1) >= 0.95)
            ++k;
        const SampleStatistics s = SampleStatistics::of(scrambledRanks(n));
        const QByteArray where = "n=" + QByteArray::number(n);
        QVERIFY2(s.ciLow == k && s.ciHigh == n + 1 - k, where.constData());
        QVERIFY2(std::abs(s.ciCoverage - exactCoverage(n, k)) < 1e-9, where.constData());
        QVERIFY2(n < 6 || s.ciCoverage >= 0.95, where.constData());
    }
}

void tst_Statistics::medianCiLargeCount()
{
    // 2^-n underflows a double here: the log-space terms must still work.
    const int n = 2000;
    const SampleStatistics s = SampleStatistics::of(scrambledRanks(n));
    const int k = int(s.ciLow);
    QCOMPARE(s.ciHigh, double(n + 1 - k));
    QVERIFY(s.ciCoverage >= 0.95);
    QVERIFY(SampleStatistics::orderStatisticCoverage(n, k + 1) < 0.95);
    // Normal approximation: k ~ n/2 - 1.96 sqrt(n)/2 = 956.
    QVERIFY2(std::abs(k - 956) <= 2, qPrintable(QString::number(k)));
}

void tst_Statistics::separatedRatioIsSignificant()
{
    const QList<double> async = around(1000, 0.03, 10, 1);
    const QList<double> thread = around(700, 0.03, 10, 2);
    const double trueRatio = 1000.0 / 700.0;

    const RatioEstimate e = RatioEstimate::ofMedians(async, thread);
    QVERIFY(e.valid);
    QVERIFY(e.significant);
    QCOMPARE(e.ratio, SampleStatistics::of(async).median / SampleStatistics::of(thread).median);
    QVERIFY(e.ciLow <= e.ratio && e.ratio <= e.ciHigh);
    QVERIFY2(e.ciLow < trueRatio && trueRatio < e.ciHigh,
             qPrintable(QString::number(e.ciLow) + u"–" + QString::number(e.ciHigh)));
    QVERIFY(e.ciLow > 1.3 && e.ciHigh < 1.56); // 3% noise cannot stretch it further

    // The other way round: the CI lies below 1.
    const RatioEstimate inverse = RatioEstimate::ofMedians(thread, async);
    QVERIFY(inverse.significant);
    QVERIFY(inverse.ciHigh < 1);
    QVERIFY(inverse.ciLow < 1 / trueRatio && 1 / trueRatio < inverse.ciHigh);
}

void tst_Statistics::sameValuesAreNotSignificant()
{
    const QList<double> a = around(1000, 0.05, 9, 3);
    QList<double> b = a;
    std::reverse(b.begin(), b.end());
    const RatioEstimate e = RatioEstimate::ofMedians(a, b);
    QVERIFY(e.valid);
    QCOMPARE(e.ratio, 1.0);
    QVERIFY(e.ciLow < 1 && 1 < e.ciHigh);
    QVERIFY(!e.significant);

    const RatioEstimate tiny = RatioEstimate::ofMedians({10, 11, 12}, {12, 10, 11});
    QVERIFY(tiny.valid);
    QVERIFY(!tiny.significant);
}

void tst_Statistics::overlappingSamplesAreNotSignificant()
{
    // A 1% shift under 10% noise, 8 repeats each: no verdict.
    const RatioEstimate e
            = RatioEstimate::ofMedians(around(1010, 0.10, 8, 4), around(1000, 0.10, 8, 5));
    QVERIFY(e.valid);
    QVERIFY(e.ciLow < 1 && 1 < e.ciHigh);
    QVERIFY(!e.significant);
}

void tst_Statistics::deterministic()
{
    // 41 repeats each: enough distinct resample medians that the
    // percentiles depend on which resamples were drawn.
    const QList<double> a = around(1000, 0.1, 41, 6);
    const QList<double> b = around(950, 0.1, 41, 7);
    const RatioEstimate first = RatioEstimate::ofMedians(a, b, 99);
    const RatioEstimate again = RatioEstimate::ofMedians(a, b, 99);
    QCOMPARE(again.ciLow, first.ciLow);
    QCOMPARE(again.ciHigh, first.ciHigh);
    QCOMPARE(again.significant, first.significant);

    // Other seeds draw other resamples (same point estimate).
    bool moved = false;
    for (quint32 seed = 100; seed < 105; ++seed) {
        const RatioEstimate other = RatioEstimate::ofMedians(a, b, seed);
        QCOMPARE(other.ratio, first.ratio);
        moved = moved || other.ciLow != first.ciLow || other.ciHigh != first.ciHigh;
    }
    QVERIFY(moved);

    // Pinned: the resampling maps mt19937's specified output to indices
    // itself, so these hold with any standard library (the bounds are ratios
    // of two sample values, exact in IEEE doubles). A change here changes
    // every published report's CIs.
    QCOMPARE(first.ciLow, 1.0355627424321319);
    QCOMPARE(first.ciHigh, 1.1129370436760351);
}

void tst_Statistics::invalid_data()
{
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    QTest::newRow("b's median 0") << QList<double> {100, 110, 120} << QList<double> {0, 0, 5};
    QTest::newRow("b all 0") << QList<double> {100, 110} << QList<double> {0, 0};
    QTest::newRow("b's median negative") << QList<double> {100} << QList<double> {-1, -2, 3};
    QTest::newRow("a empty") << QList<double> {} << QList<double> {100, 110};
    QTest::newRow("b empty") << QList<double> {100, 110} << QList<double> {};
    QTest::newRow("both empty") << QList<double> {} << QList<double> {};
}

void tst_Statistics::invalid()
{
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    const RatioEstimate e = RatioEstimate::ofMedians(a, b);
    QVERIFY(!e.valid);
    QVERIFY(!e.significant);
    QCOMPARE(e.ratio, 0.0);
}

void tst_Statistics::smallSamplesNeedSeparation()
{
    // 3 vs 3, every a above every b: significant.
    const RatioEstimate separated = RatioEstimate::ofMedians({140, 142, 145}, {100, 101, 103});
    QVERIFY(separated.valid);
    QVERIFY(separated.ciLow > 1);
    QVERIFY(separated.significant);

    // b: 19 runs near 100 and one at 200. Its median hardly moves, so the
    // bootstrap CI of a / b lies well above 1 — but with 4 values of a, one
    // b run above every a run withholds the verdict.
    QList<double> b = around(100, 0.02, 19, 8);
    b << 200;
    const QList<double> four {140, 141, 142, 143};
    const RatioEstimate guarded = RatioEstimate::ofMedians(four, b);
    QVERIFY(guarded.valid);
    QVERIFY2(guarded.ciLow > 1, qPrintable(QString::number(guarded.ciLow)));
    QVERIFY(!guarded.significant);
    // The same the other way round: the rule is about either sample.
    QVERIFY(!RatioEstimate::ofMedians(b, four).significant);

    // With 5 values the bootstrap is trusted on its own.
    const RatioEstimate five = RatioEstimate::ofMedians({140, 141, 142, 143, 144}, b);
    QVERIFY(five.ciLow > 1);
    QVERIFY(five.significant);
}

void tst_Statistics::zeroResampledMedianWidensTheCi()
{
    // b's median is 10, but a resample of it often has median 0 (failed
    // runs): those ratios are unbounded, not dropped.
    const RatioEstimate e
            = RatioEstimate::ofMedians({10, 10, 11, 12, 10}, {0, 0, 0, 0, 10, 10, 10, 10, 10});
    QVERIFY(e.valid);
    QCOMPARE(e.ratio, 1.0);
    QCOMPARE(e.ciHigh, std::numeric_limits<double>::infinity());
    QVERIFY(!e.significant);
}

void tst_Statistics::hodgesLehmannKnownValues()
{
    // Pairwise ratios 2, 1, 4, 2: their median is 2.
    const RatioEstimate small = RatioEstimate::hodgesLehmann({2, 4}, {1, 2});
    QVERIFY(small.valid);
    QCOMPARE(qRound(small.ratio * 1e9), qRound(2e9));
    QVERIFY(!small.significant); // 2 vs 2 values: no CI, and they overlap
    // Seven repeats each, twice as fast: significant, CI around 2.
    const QList<double> fast {210, 190, 200, 205, 195, 202, 198};
    const QList<double> slow {100, 95, 105, 102, 98, 101, 99};
    const RatioEstimate clear = RatioEstimate::hodgesLehmann(fast, slow);
    QVERIFY(clear.significant);
    QVERIFY(clear.ciLow > 1.85 && clear.ciLow < 2.0);
    QVERIFY(clear.ciHigh > 2.0 && clear.ciHigh < 2.15);
    QVERIFY(std::abs(clear.ratio - 2.0) < 0.03);
    // The other way round: the reciprocal.
    const RatioEstimate back = RatioEstimate::hodgesLehmann(slow, fast);
    QVERIFY(back.significant);
    QVERIFY(std::abs(back.ratio * clear.ratio - 1) < 1e-9);
    QVERIFY(std::abs(back.ciLow * clear.ciHigh - 1) < 1e-9);
    // n = m = 7: k = floor(24.5 - 1.96 * sqrt(49 * 15 / 12)) = 9 ratios cut per end.
    std::vector<double> ratios;
    for (const double x : fast)
        for (const double y : slow)
            ratios.push_back(x / y);
    std::sort(ratios.begin(), ratios.end());
    QVERIFY(std::abs(clear.ciLow - ratios[9]) < 1e-9);
    QVERIFY(std::abs(clear.ciHigh - ratios[48 - 9]) < 1e-9);
    // Same values: ratio 1, not significant.
    const RatioEstimate same = RatioEstimate::hodgesLehmann(slow, slow);
    QVERIFY(std::abs(same.ratio - 1) < 1e-9);
    QVERIFY(!same.significant);
    // Too few repeats for any verdict, however far apart: one against one,
    // three against three (exact p = 0.1); four against four can be (0.029).
    QVERIFY(!RatioEstimate::hodgesLehmann({300}, {100}).significant);
    QVERIFY(!RatioEstimate::hodgesLehmann({300, 310, 320}, {100, 110, 120}).significant);
    QVERIFY(RatioEstimate::hodgesLehmann({300, 310, 320, 330}, {100, 110, 120, 130}).significant);
    // Rates must be positive.
    QVERIFY(!RatioEstimate::hodgesLehmann({1, 2}, {0, 1}).valid);
    QVERIFY(!RatioEstimate::hodgesLehmann({}, {1}).valid);
}

void tst_Statistics::hodgesLehmannTwoModes()
{
    // A real sweep's c = 10 cell (21 repeats each): the event-driven server's
    // runs fall into two modes (about 10k and 17k requests/s). The ratio of
    // medians then hangs on which mode holds the majority, and its bootstrap
    // CI includes 1; every pairwise ratio together says the server is faster.
    const QList<double> async {14903, 10849, 12620, 8849,  11475, 10711, 9999,
                               11138, 17068, 9961,  10990, 18483, 10045, 10085,
                               18992, 18378, 16409, 11786, 16979, 16275, 16363};
    const QList<double> thread {10611, 12445, 9315,  10618, 12292, 10163, 8983,
                                8765,  11906, 10388, 10688, 11497, 11610, 10559,
                                8464,  10609, 12915, 9884,  11128, 13566, 10854};
    QVERIFY(!RatioEstimate::ofMedians(async, thread).significant);
    const RatioEstimate e = RatioEstimate::hodgesLehmann(async, thread);
    QVERIFY(e.significant);
    QVERIFY2(e.ratio > 1.1 && e.ratio < 1.3, qPrintable(QString::number(e.ratio)));
}

QTEST_APPLESS_MAIN(tst_Statistics)

#include "tst_statistics.moc"
