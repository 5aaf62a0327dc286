// SweepRunner against the embedded servers: rows in order with exact counts,
// signals on the caller's thread, autosave before finished(), cancel keeps
// finished rows, the run time limit, a refused target, no thread left behind.

#include "sweeprunner.h"
#include "sweepstore.h"
#include "testports.h"

#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <tuple>

namespace {

int threadCount()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                       .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                       .size());
}

SweepConfig smallConfig(const QList<int> &levels, qint64 n)
{
    SweepConfig config = SweepConfig::defaults();
    config.levels = levels;
    config.requests = n;
    config.pauseMs = 20;
    config.timeoutSec = 10;
    // One run per cell, as before repeats: these tests are about rows, order
    // and failures; repeats() covers repeats.
    config.repeats = 1;
    config.warmUp = false;
    return config;
}

} // namespace

class tst_SweepRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void embeddedSweep();
    void cancelKeepsFinishedRows();
    void destructorJoins();
    void invalidConfig();
    void runTimeLimit();
    void refusedTargetThenNext();
    void embeddedServerCannotListen();
    void refusedTargetWithR();
    void repeatsInterleaved();
    void minTimeAddsRepeats();

private:
    QTemporaryDir m_dir;
    int m_baseThreads = 0;
};

void tst_SweepRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_baseThreads = threadCount();
}

void tst_SweepRunner::embeddedSweep()
{
    const QString saveDir = m_dir.filePath(QStringLiteral("embedded"));
    SweepRunner runner;
    runner.setSaveDirectory(saveDir);
    QSignalSpy started(&runner, &SweepRunner::runStarted);
    QSignalSpy rows(&runner, &SweepRunner::rowFinished);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    bool allOnCallerThread = true;
    // Progress reports, by the run they belong to (the latest runStarted).
    int currentRun = -1;
    QList<QList<RunProgress>> progress(4);
    connect(&runner, &SweepRunner::runStarted, this,
            [&](const SweepRunInfo &run) { currentRun = run.runIndex; });
    connect(&runner, &SweepRunner::rowFinished, this,
            [&] { allOnCallerThread = allOnCallerThread && QThread::currentThread() == thread(); });
    connect(&runner, &SweepRunner::runProgress, this, [&](const RunProgress &p) {
        allOnCallerThread = allOnCallerThread && QThread::currentThread() == thread();
        if (currentRun >= 0 && currentRun < progress.size())
            progress[currentRun].append(p);
    });

    // 2 ms of server work per request makes every run last at least 200 ms
    // (200 ms of CPU over two cores), well past the engine's 50 ms progress
    // interval, so each run reports progress.
    SweepConfig config = smallConfig({1, 5}, 200);
    for (SweepTarget &target : config.targets)
        target.server.workUs = 2000;
    runner.start(config);
    QVERIFY(runner.isRunning());
    // A second start() while one runs is refused, not queued or mixed in.
    QTest::ignoreMessage(QtWarningMsg, "a sweep is already running; start() ignored");
    runner.start(smallConfig({1}, 10));
    QVERIFY(finished.wait(60000));
    QVERIFY(!runner.isRunning());
    QVERIFY(allOnCallerThread);

    QCOMPARE(started.size(), 4);
    // Targets interleave inside a level: async 1, thread 1, async 5, thread 5.
    const QList<int> runLevels {1, 1, 5, 5};
    for (int i = 0; i < 4; ++i) {
        const auto run = started[i][0].value<SweepRunInfo>();
        QCOMPARE(run.runIndex, i);
        QCOMPARE(run.plannedRuns, 4);
        QCOMPARE(run.targetIndex, i % 2);
        QCOMPARE(run.concurrency, runLevels[i]);
        QCOMPARE(run.repeat, 0);
    }
    QCOMPARE(started[0][0].value<SweepRunInfo>().targetLabel,
             QStringLiteral("async (QTcpServer, event loop)"));
    QCOMPARE(started[3][0].value<SweepRunInfo>().targetLabel,
             QStringLiteral("thread (QThread per connection)"));
    QCOMPARE(rows.size(), 4);

    const auto result = finished[0][0].value<SweepResult>();
    const QString savedPath = finished[0][1].toString();
    QVERIFY2(finished[0][2].toString().isEmpty(), qPrintable(finished[0][2].toString()));
    QCOMPARE(result.rows.size(), 4);
    QVERIFY(!result.cancelled);
    QVERIFY(result.startedAt.isValid() && result.finishedAt >= result.startedAt);
    const QStringList keys {QStringLiteral("async"), QStringLiteral("async"),
                            QStringLiteral("thread"), QStringLiteral("thread")};
    const QList<int> levels {1, 5, 1, 5};
    for (int i = 0; i < 4; ++i) {
        const SweepRow &row = result.rows[i];
        QVERIFY2(row.hasFigures, qPrintable(row.reason));
        QCOMPARE(row.targetKey, keys[i]);
        QCOMPARE(row.targetIndex, i / 2);
        QCOMPARE(row.concurrency, levels[i]);
        QCOMPARE(row.result.concurrency, levels[i]);
        QCOMPARE(row.result.requested, 200);
        QCOMPARE(row.result.complete, 200); // hey's check: exactly n served
        QCOMPARE(row.result.failed(), 0);
        QVERIFY(row.result.totalTransferred > 0);
        QCOMPARE(rows[i][0].value<SweepRow>().concurrency, runLevels[i]);
    }
    // Each run reported progress for its own n: done and elapsed time never go
    // back, done never passes n, and nothing failed.
    for (int i = 0; i < 4; ++i) {
        const QList<RunProgress> &reports = progress[i];
        QVERIFY2(!reports.isEmpty(), qPrintable(QStringLiteral("no progress for run %1").arg(i)));
        qint64 lastDone = 0;
        double lastElapsed = 0;
        for (const RunProgress &p : reports) {
            QCOMPARE(p.total, 200);
            QCOMPARE(p.failed, 0);
            QVERIFY2(p.done >= lastDone && p.done <= p.total,
                     qPrintable(QStringLiteral("run %1: done %2 after %3")
                                        .arg(i)
                                        .arg(p.done)
                                        .arg(lastDone)));
            QVERIFY(p.elapsedSec >= lastElapsed);
            QVERIFY(p.currentRps >= 0);
            lastDone = p.done;
            lastElapsed = p.elapsedSec;
        }
        QVERIFY(reports.last().elapsedSec > 0);
    }

    // Autosaved, whole, before finished(): it loads back to the same sweep.
    QVERIFY(savedPath.startsWith(QDir(saveDir).absolutePath()));
    SweepResult loaded;
    QString error;
    QVERIFY2(SweepStore::load(savedPath, &loaded, &error), qPrintable(error));
    QCOMPARE(QJsonDocument(loaded.toJson()).toJson(), QJsonDocument(result.toJson()).toJson());
    QCOMPARE(SweepStore::list(saveDir).size(), 1);

    // Servers, engine and worker threads are all gone.
    QTRY_VERIFY2(threadCount() <= m_baseThreads + 1, qPrintable(QString::number(threadCount())));
}

void tst_SweepRunner::cancelKeepsFinishedRows()
{
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("cancel")));
    SweepConfig config = smallConfig({1, 2, 3}, 100);
    QSignalSpy rows(&runner, &SweepRunner::rowFinished);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    // Cancel during the second run (thread, c = 1), once it has started.
    bool cancelled = false;
    connect(&runner, &SweepRunner::runStarted, this, [&](const SweepRunInfo &run) {
        if (run.runIndex == 1) {
            cancelled = true;
            runner.cancel();
        }
    });
    config.targets[1].server.workUs = 10000; // a run of 1 s: time to cancel
    runner.start(config);
    QVERIFY(finished.wait(60000));
    QVERIFY(cancelled);
    const auto result = finished[0][0].value<SweepResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.rows.size(), 6); // every planned row, "-" where not run
    // Target by target: async 1 ran, thread 1 was cancelled, the rest never ran.
    QVERIFY2(result.rows[0].hasFigures, qPrintable(result.rows[0].reason));
    QCOMPARE(result.rows[0].result.complete, 100);
    QCOMPARE(result.rows[3].targetKey, QStringLiteral("thread"));
    QCOMPARE(result.rows[3].concurrency, 1);
    QVERIFY(!result.rows[3].hasFigures);
    QVERIFY2(result.rows[3].reason.startsWith(QStringLiteral("cancelled")),
             qPrintable(result.rows[3].reason));
    for (const int i : {1, 2, 4, 5}) {
        QVERIFY(!result.rows[i].hasFigures);
        QVERIFY(result.rows[i].reason.contains(QStringLiteral("not run")));
    }
    QCOMPARE(rows.size(), 2); // the finished one and the cancelled one
    QVERIFY(QFileInfo::exists(finished[0][1].toString()));
    QTRY_VERIFY(threadCount() <= m_baseThreads + 1);
}

void tst_SweepRunner::destructorJoins()
{
    const QString saveDir = m_dir.filePath(QStringLiteral("destructor"));
    auto runner = std::make_unique<SweepRunner>();
    runner->setSaveDirectory(saveDir);
    QSignalSpy progress(runner.get(), &SweepRunner::runProgress);
    SweepConfig config = smallConfig({1}, 100000);
    config.targets.removeLast();
    runner->start(config);
    QVERIFY(progress.wait(30000));
    runner.reset(); // cancels and joins; the partial sweep is still saved
    QCOMPARE(SweepStore::list(saveDir).size(), 1);
    SweepResult saved;
    QVERIFY(SweepStore::load(SweepStore::list(saveDir).constFirst().path, &saved));
    QVERIFY(saved.cancelled);
    QCOMPARE(saved.rows.size(), 1);
    QTRY_VERIFY(threadCount() <= m_baseThreads + 1);
}

void tst_SweepRunner::invalidConfig()
{
    const QString saveDir = m_dir.filePath(QStringLiteral("invalid"));
    SweepRunner runner;
    runner.setSaveDirectory(saveDir);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    SweepConfig config = SweepConfig::defaults();
    config.levels.clear();
    runner.start(config);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished[0][0].value<SweepResult>().rows.size(), 0);
    QVERIFY(finished[0][1].toString().isEmpty());
    QVERIFY(finished[0][2].toString().contains(QStringLiteral("no concurrency levels")));
    QVERIFY(!QFileInfo::exists(saveDir));
}

void tst_SweepRunner::runTimeLimit()
{
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("limit")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    SweepConfig config = smallConfig({1, 2}, 5000);
    config.targets.removeLast();
    config.targets[0].server.workUs = 5000; // 5000 requests at c=1 would take 25 s
    config.runTimeLimitSec = 0.5;
    runner.start(config);
    QVERIFY(finished.wait(60000));
    const auto result = finished[0][0].value<SweepResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.rows.size(), 2);
    for (const SweepRow &row : result.rows) {
        QVERIFY(!row.hasFigures);
        QVERIFY2(row.reason.contains(QStringLiteral("run time limit of 0.5 s")),
                 qPrintable(row.reason));
        QVERIFY(row.result.complete < 5000);
    }
}

void tst_SweepRunner::refusedTargetThenNext()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("refused")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    SweepConfig config = smallConfig({1, 2}, 20);
    config.targets = {SweepTarget::external(QStringLiteral("down"),
                                            QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))),
                      SweepTarget::embedded(ServerModel::EventDriven)};
    runner.start(config);
    QVERIFY(finished.wait(60000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 4);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!result.rows[i].hasFigures);
        QCOMPARE(result.rows[i].targetKey, QStringLiteral("down"));
        QVERIFY(!result.rows[i].reason.isEmpty());
        QCOMPARE(result.rows[i].result.complete, 0);
    }
    for (int i = 2; i < 4; ++i) {
        QVERIFY2(result.rows[i].hasFigures, qPrintable(result.rows[i].reason));
        QCOMPARE(result.rows[i].result.complete, 20);
    }
}

void tst_SweepRunner::embeddedServerCannotListen()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("nolisten")));
    QSignalSpy rows(&runner, &SweepRunner::rowFinished);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    SweepConfig config = smallConfig({1, 2}, 20);
    config.targets[0].server.port = squatter.serverPort(); // async cannot bind
    runner.start(config);
    QVERIFY(finished.wait(60000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 4);
    QCOMPARE(rows.size(), 4); // "-" rows are rows too: the GUI shows them as they come
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!result.rows[i].hasFigures);
        QVERIFY2(result.rows[i].reason.startsWith(
                         QStringLiteral("the embedded async server did not start")),
                 qPrintable(result.rows[i].reason));
    }
    for (int i = 2; i < 4; ++i) {
        QVERIFY2(result.rows[i].hasFigures, qPrintable(result.rows[i].reason));
        QCOMPARE(result.rows[i].result.complete, 20);
    }
}

void tst_SweepRunner::refusedTargetWithR()
{
    // Both engines follow ab: a refused port stops each run ("-" row, ab's
    // message) unless the sweep runs as ab -r, which counts every refusal as
    // ab does (a row of failures, as ab's table would be).
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    SweepConfig config = smallConfig({1, 2}, 20);
    config.targets = {SweepTarget::external(
            QStringLiteral("down"), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)))};
    for (const auto &[engine, dashR] :
         {std::pair {EngineKind::Socket, false}, std::pair {EngineKind::Socket, true},
          std::pair {EngineKind::Qnam, false}, std::pair {EngineKind::Qnam, true}}) {
        config.engine = engine;
        config.receiveErrorsAbort = !dashR;
        SweepRunner runner;
        runner.setSaveDirectory(m_dir.filePath(QStringLiteral("refused-r")));
        QSignalSpy finished(&runner, &SweepRunner::finished);
        runner.start(config);
        QVERIFY(finished.wait(60000));
        const auto result = finished[0][0].value<SweepResult>();
        QCOMPARE(result.config.receiveErrorsAbort, !dashR);
        QCOMPARE(result.rows.size(), 2);
        for (const SweepRow &row : result.rows) {
            if (dashR) {
                // ab -r's odd table: every refusal a Receive failure and a
                // "complete" request, every second one an Exception too.
                QVERIFY2(!row.result.aborted(), qPrintable(row.result.abortMessage));
                QVERIFY2(row.hasFigures, qPrintable(row.reason));
                QCOMPARE(row.result.complete, 20);
                QCOMPARE(row.result.failedReceive, 20);
                QCOMPARE(row.result.failedExceptions, 10);
                QCOMPARE(row.result.failedConnect, 0);
            } else {
                QVERIFY(!row.hasFigures);
                QCOMPARE(row.reason, QStringLiteral("apr_socket_recv: Connection refused (111)"));
                QCOMPARE(row.result.abortStatus, 111);
            }
        }
    }
}

void tst_SweepRunner::repeatsInterleaved()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    const QString saveDir = m_dir.filePath(QStringLiteral("repeats"));
    SweepRunner runner;
    runner.setSaveDirectory(saveDir);
    QSignalSpy started(&runner, &SweepRunner::runStarted);
    QSignalSpy rows(&runner, &SweepRunner::rowFinished);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    SweepConfig config = smallConfig({1, 3}, 50);
    config.repeats = 3;
    config.warmUp = true;
    config.targets.append(SweepTarget::external(
            QStringLiteral("down"), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
    runner.start(config);
    QVERIFY(finished.wait(60000));

    // One warm-up per target that came up, then A B C A B C ... per level;
    // the refused target stops at its first failed repeat of each level.
    QList<std::tuple<int, int, int>> order; // target, level, repeat
    for (const QList<QVariant> &signal : std::as_const(started)) {
        const auto run = signal[0].value<SweepRunInfo>();
        order.append({run.targetIndex, run.concurrency, run.repeat});
        QCOMPARE(run.repeats, 3);
    }
    const QList<std::tuple<int, int, int>> expected {
            {0, 1, -1}, {1, 1, -1}, {2, 1, -1}, //
            {0, 1, 0},  {1, 1, 0},  {2, 1, 0},  {0, 1, 1}, {1, 1, 1}, {0, 1, 2}, {1, 1, 2},
            {0, 3, 0},  {1, 3, 0},  {2, 3, 0},  {0, 3, 1}, {1, 3, 1}, {0, 3, 2}, {1, 3, 2}};
    QCOMPARE(order, expected);
    QCOMPARE(rows.size(), 6);

    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 6);
    for (const SweepRow &row : result.rows) {
        if (row.targetKey == u"down") {
            QVERIFY(!row.hasFigures);
            QCOMPARE(row.reason, QStringLiteral("apr_socket_recv: Connection refused (111)"));
            continue;
        }
        QVERIFY2(row.hasFigures, qPrintable(row.reason));
        QCOMPARE(row.repeats.size(), 3);
        // The row shows the median-requests/s repeat, a real run.
        QList<double> rates;
        for (const RunResult &repeat : row.repeats) {
            QCOMPARE(repeat.complete, 50);
            rates << repeat.requestsPerSecond();
        }
        std::sort(rates.begin(), rates.end());
        QCOMPARE(row.result.requestsPerSecond(), rates[1]);
        QCOMPARE(row.repeats.at(row.shownRepeat).requestsPerSecond(), rates[1]);
    }

    // Every repeat is saved, and loads back with the shown one.
    SweepResult saved;
    QString error;
    QVERIFY2(SweepStore::load(finished[0][1].toString(), &saved, &error), qPrintable(error));
    QCOMPARE(saved.config.repeats, 3);
    QCOMPARE(saved.rows.size(), 6);
    QCOMPARE(saved.rows[0].repeats.size(), 3);
    QCOMPARE(saved.rows[0].shownRepeat, result.rows[0].shownRepeat);
    QCOMPARE(saved.rows[0].result.requestsPerSecond(), result.rows[0].result.requestsPerSecond());
    QCOMPARE(saved.rows[0].measuredRuns().size(), 3);
}

void tst_SweepRunner::minTimeAddsRepeats()
{
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("mintime")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    SweepConfig config = smallConfig({1}, 20);
    config.targets.removeLast();
    config.targets[0].server.workUs = 5000; // 20 requests at c=1: about 0.1 s a run
    config.repeats = 2;
    config.minTimeSec = 0.6;
    runner.start(config);
    QVERIFY(finished.wait(60000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 1);
    const SweepRow &row = result.rows[0];
    QVERIFY2(row.hasFigures, qPrintable(row.reason));
    double measured = 0;
    for (const RunResult &repeat : row.repeats)
        measured += repeat.timeTakenSec;
    QVERIFY(row.repeats.size() >= 2);
    // More repeats exactly when the two asked for held less than 0.6 s (a
    // busy machine can make two runs enough).
    const double planned = row.repeats[0].timeTakenSec + row.repeats[1].timeTakenSec;
    QCOMPARE(row.repeats.size() > 2, planned < 0.6);
    QVERIFY(measured >= 0.6);
    // It stops as soon as the time is there: one repeat less would not do.
    if (row.repeats.size() > 2)
        QVERIFY(measured - row.repeats.last().timeTakenSec < 0.6);
}

QTEST_GUILESS_MAIN(tst_SweepRunner)
#include "tst_sweeprunner.moc"
