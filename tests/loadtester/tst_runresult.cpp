// ab's figure arithmetic (support/ab.c output_results), checked against
// hand-computed values and the seed report's rows.
#include "loadtest.h"
#include "runresult.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

RunResult withTotals(const QList<qint64> &totalsUs)
{
    RunResult r;
    qint64 start = 0;
    for (qint64 t : totalsUs) {
        r.samples.append({start, 0, t / 2, t});
        start += 10;
    }
    r.complete = totalsUs.size();
    return r;
}

// A run of the given length with one completion every stepUs, the first at
// firstUs.
RunResult steadyRun(qint64 spanUs, qint64 stepUs, qint64 firstUs = 0)
{
    RunResult r;
    for (qint64 t = firstUs; t < spanUs; t += stepUs)
        r.samples.append({std::max<qint64>(0, t - 700), 0, 0, std::min<qint64>(700, t)});
    r.complete = r.samples.size();
    r.timeTakenSec = double(spanUs) / 1e6;
    return r;
}

} // namespace

class tst_RunResult : public QObject
{
    Q_OBJECT

private slots:
    void seedRows_data();
    void seedRows();
    void connectionTimesOddCount();
    void connectionTimesEvenCount();
    void connectionTimesSingle();
    void rowsUseTheirOwnColumns();
    void percentilesFive();
    void percentilesThousand();
    void latencyPercentile();
    void failedSumsTheFourKinds();
    void noDivisionByZero();
    void clientBound();
    void jsonRoundTrip();
    void jsonWithoutSamples();
    void jsonFailureTimes();
    void rateBuckets_data();
    void rateBuckets();
    void partialLastBucket();
    void shortLastBucketJoinsThePrevious();
    void failuresAtFineResolution();
    void failuresFromAnOldFile();
    void latencyCurveEveryPoint();
    void latencyCurveThinned();
    void validate_data();
    void validate();
    void engineKeys();
};

void tst_RunResult::seedRows_data()
{
    QTest::addColumn<double>("timeTaken");
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("rps");
    QTest::addColumn<QString>("perRequestAcross");
    QTest::addColumn<QString>("perRequest");
    QTest::addColumn<QString>("rate");
    // The seed's rows: 1000 requests, 122000 bytes; ab's unrounded times
    // are the ones that print as the seed shows.
    QTest::newRow("async c=1") << 2.5511 << 1 << "2.551"
                               << "391.99"
                               << "2.551"
                               << "2.551"
                               << "46.70";
    QTest::newRow("async c=5") << 3.6459 << 5 << "3.646"
                               << "274.28"
                               << "3.646"
                               << "18.230"
                               << "32.68";
    QTest::newRow("thread c=1") << 223.991 << 1 << "223.991"
                                << "4.46"
                                << "223.991"
                                << "223.991"
                                << "0.53";
}

void tst_RunResult::seedRows()
{
    QFETCH(double, timeTaken);
    QFETCH(int, concurrency);
    QFETCH(QString, time);
    QFETCH(QString, rps);
    QFETCH(QString, perRequestAcross);
    QFETCH(QString, perRequest);
    QFETCH(QString, rate);
    RunResult r;
    r.complete = 1000;
    r.concurrency = concurrency;
    r.totalTransferred = 122000;
    r.timeTakenSec = timeTaken;
    QCOMPARE(QString::asprintf("%.3f", r.timeTakenSec), time);
    QCOMPARE(QString::asprintf("%.2f", r.requestsPerSecond()), rps);
    QCOMPARE(QString::asprintf("%.3f", r.timePerRequestAcrossMs()), perRequestAcross);
    QCOMPARE(QString::asprintf("%.3f", r.timePerRequestMs()), perRequest);
    QCOMPARE(QString::asprintf("%.2f", r.transferRateKBps()), rate);
}

void tst_RunResult::connectionTimesOddCount()
{
    // Hand-computed: sum 20499 -> integer mean 4099 us -> 4 ms; squares of
    // the deviations from 4099 sum to 56187204, / 4 -> sd 3747.9 us -> 3.7;
    // ab's odd-count median averages elements 2 and 3: 3500 us -> 4 ms.
    const RunResult r = withTotals({4000, 1000, 10499, 3000, 2000});
    const ConnectionTimesRow t = r.totalTimes();
    QCOMPARE(t.min, 1);
    QCOMPARE(t.mean, 4);
    QCOMPARE(QString::asprintf("%.1f", t.sd), QStringLiteral("3.7"));
    QCOMPARE(t.median, 4);
    QCOMPARE(t.max, 10);
}

void tst_RunResult::connectionTimesEvenCount()
{
    // Even count: ab takes element done/2 of the sorted list (the upper middle).
    const RunResult r = withTotals({4400, 1000, 3400, 2000});
    const ConnectionTimesRow t = r.totalTimes();
    QCOMPARE(t.median, 3); // 3400 us
    QCOMPARE(t.mean, 3); // 10800 / 4 = 2700 us -> (2700 + 500) / 1000 = 3
    QCOMPARE(t.min, 1);
    QCOMPARE(t.max, 4); // 4400 -> 4 (4900 / 1000)
    // sample sd: deviations -1700 -700 700 1700 -> 6760000 / 3 -> 1501.1 us
    QCOMPARE(QString::asprintf("%.1f", t.sd), QStringLiteral("1.5"));
}

void tst_RunResult::connectionTimesSingle()
{
    const ConnectionTimesRow t = RunResult::connectionTimesRow({1499});
    QCOMPARE(t.min, 1);
    QCOMPARE(t.max, 1);
    QCOMPARE(t.mean, 1);
    QCOMPARE(t.median, 1);
    QCOMPARE(t.sd, 0.0);
    // 500 us rounds up, 499 down.
    QCOMPARE(RunResult::connectionTimesRow({500}).max, 1);
    QCOMPARE(RunResult::connectionTimesRow({499}).max, 0);
    QCOMPARE(RunResult::connectionTimesRow({}).max, 0);
}

void tst_RunResult::rowsUseTheirOwnColumns()
{
    RunResult r;
    r.samples = {{0, 1000, 3000, 5000}, {0, 3000, 2000, 9000}};
    QCOMPARE(r.connectTimes().max, 3);
    QCOMPARE(r.connectTimes().min, 1);
    QCOMPARE(r.processingTimes().min, 4); // 5000 - 1000
    QCOMPARE(r.processingTimes().max, 6); // 9000 - 3000
    QCOMPARE(r.waitingTimes().min, 2);
    QCOMPARE(r.waitingTimes().max, 3);
    QCOMPARE(r.totalTimes().min, 5);
    QCOMPARE(r.totalTimes().max, 9);
}

void tst_RunResult::percentilesFive()
{
    const RunResult r = withTotals({4000, 1000, 10499, 3000, 2000});
    const auto p = r.percentiles();
    QCOMPARE(p.size(), 9);
    // index = 5 * p / 100: 50->2, 66->3, 75->3, 80->4, 90..99->4; 100 = last
    const QList<QPair<int, qint64>> expected = {{50, 3},  {66, 4},  {75, 4},  {80, 10}, {90, 10},
                                                {95, 10}, {98, 10}, {99, 10}, {100, 10}};
    QCOMPARE(p, expected);
}

void tst_RunResult::percentilesThousand()
{
    // totals 1..1000 ms: element i holds (i+1) ms; 50% -> element 500 -> 501.
    QList<qint64> totals;
    for (int i = 1000; i >= 1; --i)
        totals.append(qint64(i) * 1000);
    const auto p = withTotals(totals).percentiles();
    QCOMPARE(p.at(0), qMakePair(50, qint64(501)));
    QCOMPARE(p.at(1), qMakePair(66, qint64(661)));
    QCOMPARE(p.at(7), qMakePair(99, qint64(991)));
    QCOMPARE(p.at(8), qMakePair(100, qint64(1000)));
}

void tst_RunResult::latencyPercentile()
{
    const RunResult r = withTotals({4000, 1000, 10499, 3000, 2000});
    QCOMPARE(r.latencyPercentileMs(50), 3.0);
    QCOMPARE(r.latencyPercentileMs(0), 1.0);
    QCOMPARE(r.latencyPercentileMs(100), 10.499);
    QCOMPARE(r.meanLatencyMs(), 4.0998);
}

void tst_RunResult::failedSumsTheFourKinds()
{
    RunResult r;
    r.failedConnect = 1;
    r.failedReceive = 20;
    r.failedLength = 300;
    r.failedExceptions = 4000;
    r.non2xx = 50000; // never part of Failed
    QCOMPARE(r.failed(), 4321);
}

void tst_RunResult::noDivisionByZero()
{
    RunResult r;
    QCOMPARE(r.requestsPerSecond(), 0.0);
    QCOMPARE(r.timePerRequestMs(), 0.0);
    QCOMPARE(r.timePerRequestAcrossMs(), 0.0);
    QCOMPARE(r.transferRateKBps(), 0.0);
    QCOMPARE(r.meanLatencyMs(), 0.0);
    QVERIFY(r.percentiles().isEmpty());
    QCOMPARE(r.clientCpuPercent(), 0.0);
    QVERIFY(!r.clientBound());
}

void tst_RunResult::clientBound()
{
    RunResult r;
    r.timeTakenSec = 2;
    r.clientThreads = 1;
    r.clientCpuSec = 1.9; // 95% of one core
    QCOMPARE(r.clientCpuPercent(), 95.0);
    QVERIFY(r.clientBound());
    r.clientThreads = 2; // 95% of two cores' worth is 3.8 s
    QVERIFY(!r.clientBound());
    r.clientCpuSec = 3.7;
    QVERIFY(r.clientBound());
    r.clientCpuSec = 0.5;
    QVERIFY(!r.clientBound());
}

void tst_RunResult::jsonRoundTrip()
{
    RunResult r;
    r.engine = QStringLiteral("socket");
    r.url = QStringLiteral("http://127.0.0.1:8080/x?y=1");
    r.keepAlive = true;
    r.method = QStringLiteral("POST");
    r.sentBody = true;
    r.requested = 1000;
    r.concurrency = 7;
    r.serverSoftware = QStringLiteral("nginx/1.22.1");
    r.serverHostname = QStringLiteral("127.0.0.1");
    r.serverPort = 8080;
    r.documentPath = QStringLiteral("/x?y=1");
    r.documentLength = 612;
    r.timeTakenSec = 1.234567891;
    r.complete = 990;
    r.failedConnect = 1;
    r.failedReceive = 2;
    r.failedLength = 3;
    r.failedExceptions = 4;
    r.writeErrors = 5;
    r.non2xx = 6;
    r.keepAliveRequests = 7;
    r.totalTransferred = 9007199254740991LL; // 2^53 - 1 survives a JSON double
    r.htmlTransferred = 8;
    r.totalBodySent = 9;
    r.samples = {{0, 1, 2, 3}, {123456789, 4, 5, 6}};
    r.statusCounts = {{200, 980}, {404, 10}};
    r.timeline = {{1, 0}, {0, 0}, {5, 2}};
    r.clientCpuSec = 0.75;
    r.clientThreads = 2;
    r.timeouts = 3;
    r.cancelled = true;
    r.timeLimitReached = true;
    r.error = QStringLiteral("boom");
    const RunResult back = RunResult::fromJson(r.toJson());
    QCOMPARE(back.toJson(), r.toJson());
    QCOMPARE(back.samples.size(), 2);
    QCOMPARE(back.samples.at(1).startUs, 123456789);
    QCOMPARE(back.samples.at(1).totalUs, 6);
    QCOMPARE(back.statusCounts, r.statusCounts);
    QCOMPARE(back.timeline.size(), 3);
    QCOMPARE(back.timeline.at(2).failed, 2);
    QCOMPARE(back.totalTransferred, r.totalTransferred);
    QCOMPARE(back.timeTakenSec, r.timeTakenSec);
    QCOMPARE(back.method, r.method);
    QCOMPARE(back.error, r.error);
    QVERIFY(back.cancelled && back.timeLimitReached);
}

void tst_RunResult::jsonWithoutSamples()
{
    RunResult r = withTotals({1000, 2000});
    const QJsonObject o = r.toJson(false);
    QVERIFY(!o.contains(u"samples"));
    QVERIFY(RunResult::fromJson(o).samples.isEmpty());
}

void tst_RunResult::jsonFailureTimes()
{
    RunResult r = withTotals({1000, 2000});
    r.failureUs = {10, 20, 123456789};
    QCOMPARE(RunResult::fromJson(r.toJson()).failureUs, r.failureUs);
    // A file from before failure times existed still loads, without them.
    QJsonObject old = r.toJson();
    old.remove(u"failureUs");
    const RunResult back = RunResult::fromJson(old);
    QVERIFY(back.failureUs.isEmpty());
    QCOMPARE(back.samples.size(), 2);
}

// About 50 buckets of one round width, whatever the run's length: a 1000
// request run of 40 ms as well as one of minutes.
void tst_RunResult::rateBuckets_data()
{
    QTest::addColumn<qint64>("spanUs");
    QTest::addColumn<qint64>("widthUs");
    QTest::addColumn<int>("buckets");
    QTest::newRow("50 ms") << qint64(50'000) << qint64(1'000) << 50;
    QTest::newRow("5 s") << qint64(5'000'000) << qint64(100'000) << 50;
    QTest::newRow("43 ms") << qint64(43'000) << qint64(1'000) << 43;
    QTest::newRow("160 ms") << qint64(160'000) << qint64(4'000) << 40;
    QTest::newRow("7.3 s") << qint64(7'300'000) << qint64(150'000) << 49;
    QTest::newRow("10 min") << qint64(600'000'000) << qint64(12'000'000) << 50;
}

void tst_RunResult::rateBuckets()
{
    QFETCH(qint64, spanUs);
    QFETCH(qint64, widthUs);
    QFETCH(int, buckets);
    QCOMPARE(RunResult::rateBucketUs(spanUs), widthUs);
    const RunResult r = steadyRun(spanUs, spanUs / 1000, spanUs / 2000);
    const QList<RateBucket> timeline = r.rateTimeline();
    QCOMPARE(timeline.size(), buckets);
    QVERIFY(timeline.size() >= 35 && timeline.size() <= RunResult::kRateBuckets);
    double completed = 0;
    for (const RateBucket &b : timeline)
        completed += b.completed;
    QCOMPARE(completed, double(r.samples.size()));
    QCOMPARE(timeline.first().startSec, 0.0);
    QCOMPARE(timeline.last().startSec + timeline.last().widthSec, double(spanUs) / 1e6);
}

// 45.5 ms at a steady 10000 requests/s: the last bucket is half a 1 ms
// bucket with 5 completions, 10000/s, not 5000/s (a false collapse).
void tst_RunResult::partialLastBucket()
{
    const RunResult r = steadyRun(45'500, 100, 50);
    const QList<RateBucket> timeline = r.rateTimeline();
    QCOMPARE(timeline.size(), 46);
    QCOMPARE(timeline.last().widthSec, 0.0005);
    QCOMPARE(timeline.last().completed, 5.0);
    for (const RateBucket &b : timeline)
        QCOMPARE(b.completedPerSec(), 10000.0);
}

// A last piece shorter than half a bucket joins the one before it, rather
// than a rate from a few microseconds (a false spike).
void tst_RunResult::shortLastBucketJoinsThePrevious()
{
    const RunResult r = steadyRun(45'200, 100, 50);
    const QList<RateBucket> timeline = r.rateTimeline();
    QCOMPARE(timeline.size(), 45);
    QCOMPARE(timeline.last().widthSec, 0.0012);
    QCOMPARE(timeline.last().completed, 12.0);
    QCOMPARE(timeline.last().completedPerSec(), 10000.0);
}

void tst_RunResult::failuresAtFineResolution()
{
    RunResult r = steadyRun(50'000, 100, 50);
    r.failureUs = {2'100, 2'200, 2'900, 40'000};
    r.failedConnect = 4;
    r.timeline = {{500, 4}};
    const QList<RateBucket> timeline = r.rateTimeline();
    QCOMPARE(timeline.size(), 50);
    QCOMPARE(timeline[2].failed, 3.0);
    QCOMPARE(timeline[2].failedPerSec(), 3000.0);
    QCOMPARE(timeline[40].failed, 1.0);
    QCOMPARE(timeline[3].failed, 0.0);
}

// A file without failure times (or without samples) still draws: the 100 ms
// timeline's counts are spread evenly over the finer buckets they cover.
void tst_RunResult::failuresFromAnOldFile()
{
    RunResult r = steadyRun(50'000, 100, 50);
    r.timeline = {{500, 10}};
    QList<RateBucket> timeline = r.rateTimeline();
    QCOMPARE(timeline.size(), 50);
    double failed = 0;
    for (const RateBucket &b : timeline) {
        QVERIFY(qFuzzyCompare(b.failedPerSec(), 200.0));
        failed += b.failed;
    }
    QVERIFY(qFuzzyCompare(failed, 10.0));
    r.samples.clear();
    timeline = r.rateTimeline();
    QCOMPARE(timeline.size(), 50);
    QVERIFY(qFuzzyCompare(timeline[7].completedPerSec(), 10000.0));
}

// Every percentile the samples allow, not ab's nine.
void tst_RunResult::latencyCurveEveryPoint()
{
    QList<qint64> totals;
    for (int i = 0; i < 1000; ++i)
        totals << 1000 + (i * 7919) % 1000; // 1000..1999 us, shuffled
    const RunResult r = withTotals(totals);
    const auto curve = r.latencyCurve();
    QCOMPARE(curve.size(), 1001);
    QCOMPARE(curve.first(), (QPair<double, double>(0.0, 1.0)));
    QCOMPARE(curve[500].first, 50.0);
    QCOMPARE(curve[500].second, r.latencyPercentileMs(50));
    QCOMPARE(curve[999].second, 1.999);
    QCOMPARE(curve.last(), (QPair<double, double>(100.0, 1.999)));
    for (qsizetype i = 1; i < curve.size(); ++i) {
        QVERIFY(curve[i].first > curve[i - 1].first);
        QVERIFY(curve[i].second >= curve[i - 1].second);
    }
    QVERIFY(RunResult().latencyCurve().isEmpty());
}

void tst_RunResult::latencyCurveThinned()
{
    QList<qint64> totals;
    for (int i = 0; i < 20000; ++i)
        totals << 100 + i;
    const RunResult r = withTotals(totals);
    const auto curve = r.latencyCurve(5000);
    QCOMPARE(curve.size(), 5001);
    QCOMPARE(curve[4999].second, 20.096); // every 4th sample: k = 19996
    QCOMPARE(curve.last(), (QPair<double, double>(100.0, 20.099)));
}

void tst_RunResult::validate_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("reason"); // a word the reason must contain; empty = valid
    const int socket = int(EngineKind::Socket);
    const int qnam = int(EngineKind::Qnam);
    QTest::newRow("ok") << "http://127.0.0.1:8080/" << qint64(10) << 2 << socket << "";
    QTest::newRow("n=0") << "http://h/" << qint64(0) << 1 << socket << "-n";
    QTest::newRow("c=0") << "http://h/" << qint64(5) << 0 << socket << "-c";
    QTest::newRow("c>n") << "http://h/" << qint64(5) << 6 << socket
                         << "Cannot use concurrency level greater than total number of requests";
    QTest::newRow("ftp") << "ftp://h/" << qint64(5) << 1 << socket << "http://";
    QTest::newRow("https socket") << "https://h/" << qint64(5) << 1 << socket << "qnam";
    QTest::newRow("https qnam") << "https://h/" << qint64(5) << 1 << qnam << "";
    QTest::newRow("no host") << "http:///path" << qint64(5) << 1 << socket << "host";
    QTest::newRow("port 0") << "http://h:0/" << qint64(5) << 1 << socket << "port";
    QTest::newRow("port 70000") << "http://h:70000/" << qint64(5) << 1 << socket << "";
    QTest::newRow("empty") << "" << qint64(5) << 1 << socket << "URL";
}

void tst_RunResult::validate()
{
    QFETCH(QString, url);
    QFETCH(qint64, n);
    QFETCH(int, c);
    QFETCH(int, engine);
    QFETCH(QString, reason);
    LoadTest t;
    t.url = QUrl(url);
    t.requests = n;
    t.concurrency = c;
    t.engine = EngineKind(engine);
    const QString why = t.validate();
    if (QTest::currentDataTag() == QByteArrayView("port 70000")) {
        // QUrl itself rejects the port, so the URL is invalid.
        QVERIFY(!why.isEmpty());
        return;
    }
    if (reason.isEmpty()) {
        QVERIFY2(why.isEmpty(), qPrintable(why));
    } else {
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY(!why.contains(u'\n'));
    }
}

void tst_RunResult::engineKeys()
{
    QCOMPARE(engineKindKey(EngineKind::Socket), QStringLiteral("socket"));
    QCOMPARE(engineKindKey(EngineKind::Qnam), QStringLiteral("qnam"));
    QCOMPARE(engineKindFromKey(QStringLiteral("socket")), EngineKind::Socket);
    QCOMPARE(engineKindFromKey(QStringLiteral("QNAM")), EngineKind::Qnam);
    QVERIFY(!engineKindFromKey(QStringLiteral("curl")).has_value());
}

QTEST_APPLESS_MAIN(tst_RunResult)
#include "tst_runresult.moc"
