// RunCoordinator (the part of a run both engines share) and the timeline
// count both engines' workers use (WorkerTally::countTimeline).

#include "runcoordinator.h"

#include <QTest>

#include <numeric>
#include <thread>

class tst_RunCoordinator : public QObject
{
    Q_OBJECT

private slots:
    void share_data();
    void share();
    void chooseThreads();
    void invalidTestStopsAtPrepare();
    void prepareNamesTheRun();
    void waitReportsProgressUntilDone();
    void mergeAndFinish();
    void countTimeline();
    void failureTimesMerged();
};

void tst_RunCoordinator::share_data()
{
    QTest::addColumn<int>("concurrency");
    QTest::addColumn<int>("threads");
    QTest::newRow("even") << 10 << 2;
    QTest::newRow("odd") << 7 << 2;
    QTest::newRow("one thread") << 100 << 1;
    QTest::newRow("three") << 100 << 3;
    QTest::newRow("as many as c") << 5 << 5;
}

void tst_RunCoordinator::share()
{
    QFETCH(int, concurrency);
    QFETCH(int, threads);
    int sum = 0;
    int least = concurrency;
    int most = 0;
    for (int i = 0; i < threads; ++i) {
        const int s = RunCoordinator::share(concurrency, threads, i);
        sum += s;
        least = std::min(least, s);
        most = std::max(most, s);
        if (i > 0) // the first workers take the remainder
            QVERIFY(s <= RunCoordinator::share(concurrency, threads, i - 1));
    }
    QCOMPARE(sum, concurrency);
    QVERIFY(most - least <= 1);
    QVERIFY(least >= 1);
}

void tst_RunCoordinator::chooseThreads()
{
    LoadTest test;
    test.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    test.requests = 10;
    test.concurrency = 3;
    RunControl control;
    RunCoordinator coordinator(test, EngineKind::Socket, control);
    QCOMPARE(coordinator.chooseThreads(2), 2); // the engine's default
    QCOMPARE(coordinator.chooseThreads(8), 3); // never more than c
    QCOMPARE(coordinator.chooseThreads(0), 1);
    test.threads = 2; // asked for: wins over the default
    QCOMPARE(coordinator.chooseThreads(1), 2);
    QCOMPARE(coordinator.threads(), 2);
    QCOMPARE(coordinator.share(0) + coordinator.share(1), 3);
}

void tst_RunCoordinator::invalidTestStopsAtPrepare()
{
    LoadTest test;
    test.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    test.requests = 5;
    test.concurrency = 10; // ab refuses c > n
    RunControl control;
    RunCoordinator coordinator(test, EngineKind::Qnam, control);
    QVERIFY(!coordinator.prepare());
    const RunResult result = coordinator.finish(coordinator.result().error);
    QCOMPARE(result.error, test.validate());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.engine, QStringLiteral("qnam"));
}

void tst_RunCoordinator::prepareNamesTheRun()
{
    LoadTest test;
    test.url = QUrl(QStringLiteral("http://example.test:8080/a?b=1"));
    test.requests = 5;
    test.concurrency = 2;
    RunControl control;
    RunCoordinator coordinator(test, EngineKind::Socket, control);
    QVERIFY(coordinator.prepare());
    QVERIFY(coordinator.fileLimit() != 0);
    const RunResult &r = coordinator.result();
    QCOMPARE(r.engine, QStringLiteral("socket"));
    QCOMPARE(r.serverPort, quint16(8080));
    QCOMPARE(r.documentPath, QStringLiteral("/a?b=1"));
    QCOMPARE(r.requested, qint64(5));
    QCOMPARE(r.concurrency, 2);
    QVERIFY(r.startEpochMs > 0);
}

void tst_RunCoordinator::waitReportsProgressUntilDone()
{
    LoadTest test;
    test.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    test.requests = 40;
    test.concurrency = 2;
    RunControl control;
    QList<RunProgress> reports;
    control.onProgress = [&reports](const RunProgress &p) {
        reports << p;
    };
    RunCoordinator coordinator(test, EngineKind::Socket, control);
    QVERIFY(coordinator.prepare());
    coordinator.chooseThreads(2);
    WorkerTally a;
    WorkerTally b;
    coordinator.start();
    std::vector<std::thread> threads;
    for (WorkerTally *t : {&a, &b}) {
        threads.emplace_back([t, &coordinator] {
            for (int i = 0; i < 20; ++i) {
                t->progressDone.fetch_add(1);
                std::this_thread::sleep_for(std::chrono::milliseconds(15));
            }
            coordinator.workerFinished();
        });
    }
    int ticks = 0;
    coordinator.waitForWorkers(
            {&a, &b}, std::chrono::milliseconds(20),
            [&coordinator] { return coordinator.finishedWorkers() == 2; }, [&ticks] { ++ticks; });
    for (auto &t : threads)
        t.join();
    QCOMPARE(coordinator.finishedWorkers(), 2);
    QVERIFY(ticks > 0);
    QVERIFY(!reports.isEmpty());
    // At most one report per 50 ms, each with the run's total and a count
    // that never goes back.
    for (qsizetype i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports[i].total, qint64(40));
        QVERIFY(reports[i].done <= 40);
        if (i > 0) {
            QVERIFY(reports[i].done >= reports[i - 1].done);
            QVERIFY(reports[i].elapsedSec - reports[i - 1].elapsedSec >= 0.049);
        }
    }
}

void tst_RunCoordinator::mergeAndFinish()
{
    LoadTest test;
    test.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    test.requests = 4;
    test.concurrency = 2;
    RunControl control;
    RunCoordinator coordinator(test, EngineKind::Socket, control);
    QVERIFY(coordinator.prepare());
    coordinator.chooseThreads(2);
    WorkerTally a;
    a.complete = 2;
    a.firstDoneUs = 10;
    a.firstBodyLength = 31;
    a.bodyLengthCounts.insert(31, 2);
    a.lastEventUs = 2'000'000;
    WorkerTally b;
    b.complete = 2;
    b.firstDoneUs = 20;
    b.firstBodyLength = 30;
    b.bodyLengthCounts.insert(30, 2);
    b.lastEventUs = 1'000'000;
    QCOMPARE(coordinator.merge({&a, &b}, false), &a);
    coordinator.setAbort(QStringLiteral("apr_socket_recv: Connection reset by peer (104)"), 104);
    const RunResult r = coordinator.finish(QStringLiteral("boom"));
    QCOMPARE(r.complete, qint64(4));
    QCOMPARE(r.clientThreads, 2);
    QCOMPARE(r.documentLength, qint64(31)); // the first response's
    QCOMPARE(r.failedLength, qint64(2)); // ab's Length rule
    QCOMPARE(r.timeTakenSec, 2.0);
    QCOMPARE(r.abortStatus, 104);
    QVERIFY(r.aborted());
    QCOMPARE(r.error, QStringLiteral("boom"));
}

void tst_RunCoordinator::countTimeline()
{
    WorkerTally t;
    t.countTimeline(0, false);
    t.countTimeline(99'999, true);
    t.countTimeline(WorkerTally::kTimelineBucketUs * 3 + 1, false);
    t.countTimeline(-5, false); // before the origin: the first bucket
    QCOMPARE(t.timeline.size(), size_t(4));
    QCOMPARE(t.timeline[0].completed, qint64(2));
    QCOMPARE(t.timeline[0].failed, qint64(1));
    QCOMPARE(t.timeline[1].completed + t.timeline[2].completed, qint64(0));
    QCOMPARE(t.timeline[3].completed, qint64(1));
}

// Each failure's time is kept (a completion's is its sample), and the merge
// sorts every worker's into the run's, so the run's charts can cut it at any
// width.
void tst_RunCoordinator::failureTimesMerged()
{
    WorkerTally a;
    WorkerTally b;
    a.countTimeline(5'000, true);
    a.countTimeline(1'000, false);
    a.countTimeline(-3, true); // before the origin: at 0
    b.countTimeline(2'500, true);
    b.countTimeline(250'000, true);
    QCOMPARE(a.failureUs, (std::vector<qint64> {5'000, 0}));
    RunResult r;
    WorkerTally::mergeInto({&a, &b}, r);
    QCOMPARE(r.failureUs, (QList<qint64> {0, 2'500, 5'000, 250'000}));
    QCOMPARE(r.timeline[0].failed + r.timeline[2].failed, qint64(r.failureUs.size()));
}

QTEST_APPLESS_MAIN(tst_RunCoordinator)
#include "tst_runcoordinator.moc"
