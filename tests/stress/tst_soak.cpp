// Soak test: 100,000 ab requests at c = 100 against each server model, twice,
// in a `serverbench serve` child process. Resident memory after the second
// round must be within 10% of what it was after the first (memory kept per
// request or per connection would grow it by the second 100,000), and the
// server's threads and open descriptors must come back to their idle values
// within the idle timeout after each round.

#include "abrun.h"
#include "serveprocess.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

namespace {

constexpr int kRequests = 100000;
constexpr int kConcurrency = 100;
constexpr int kIdleTimeoutMs = 2000;
// Time for the kernel to report the last close and the scan timer to tick.
constexpr int kIdleMarginMs = 1500;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif

} // namespace

class tst_Soak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soak_data();
    void soak();
};

void tst_Soak::initTestCase()
{
    if (!QFileInfo(ServeProcess::binary()).isExecutable())
        QSKIP("SERVERBENCH_BIN does not name the built serverbench executable");
    if (AbRun::executable().isEmpty())
        QSKIP("ab is not installed (Debian package apache2-utils)");
}

void tst_Soak::soak_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("keepAlive");
    QTest::addColumn<QStringList>("knobs");
    // A connection per request is what students run and the most churn: an
    // accept, a socket and (thread model) a thread start and join for every
    // request. Keep-alive instead keeps 100 connections busy for the whole
    // round, which is where per-request buffers would pile up.
    const QStringList none;
    QTest::newRow("async") << QStringLiteral("async") << false << none;
    QTest::newRow("thread") << QStringLiteral("thread") << false << none;
    QTest::newRow("pool") << QStringLiteral("pool") << false << none;
    QTest::newRow("reactor") << QStringLiteral("reactor") << false << none;
    QTest::newRow("async, keep-alive") << QStringLiteral("async") << true << none;
    QTest::newRow("thread, keep-alive") << QStringLiteral("thread") << true << none;
    // A worker per client: a smaller pool holds each keep-alive connection
    // until ab leaves it idle for the idle timeout, and ab counts every such
    // close as a "Length" failure (see README, Speed).
    QTest::newRow("pool, keep-alive")
            << QStringLiteral("pool") << true
            << QStringList {QStringLiteral("--pool-threads"), QString::number(kConcurrency)};
    QTest::newRow("reactor, keep-alive") << QStringLiteral("reactor") << true << none;
}

void tst_Soak::soak()
{
    QFETCH(QString, model);
    QFETCH(bool, keepAlive);
    QFETCH(QStringList, knobs);

    ServeProcess server;
    if (kAddressSanitizer) {
        // ASan holds freed memory in a quarantine (256 MiB by default) before
        // reusing it, so RSS rises until the quarantine is full: the
        // connection-per-request rounds fill it in round 1, keep-alive rounds
        // (~150 bytes per request) not before round 3. A 1 MiB quarantine
        // makes RSS plateau within round 1, so the comparison still holds.
        QString options = qEnvironmentVariable("ASAN_OPTIONS");
        if (!options.isEmpty())
            options += u':';
        server.setEnvironmentValue(QStringLiteral("ASAN_OPTIONS"),
                                   options + QStringLiteral("quarantine_size_mb=1"));
    }
    QString error;
    QVERIFY2(server.start(model,
                          QStringList {QStringLiteral("--idle-timeout-ms"),
                                       QString::number(kIdleTimeoutMs)}
                                  + knobs,
                          &error),
             qPrintable(error));
    QThread::msleep(300); // let the server thread settle before the baseline
    const int idleThreads = server.threads();
    const int idleDescriptors = server.openDescriptors();
    const qint64 idleRss = server.residentKiB();
    QVERIFY(idleThreads > 0 && idleDescriptors > 0 && idleRss > 0);
    qInfo("%s: idle: %d threads, %d descriptors, VmRSS %lld KiB", qPrintable(model), idleThreads,
          idleDescriptors, idleRss);

    QStringList arguments {QStringLiteral("-n"), QString::number(kRequests),
                           QStringLiteral("-c"), QString::number(kConcurrency),
                           QStringLiteral("-s"), QStringLiteral("30")};
    if (keepAlive)
        arguments << QStringLiteral("-k");
    arguments << server.url();

    qint64 rss[2] = {0, 0};
    for (int round = 0; round < 2; ++round) {
        const AbRun ab = AbRun::run(arguments, 300000);
        QVERIFY2(ab.ran && ab.exitCode == 0, ab.summary().constData());
        QVERIFY2(ab.complete == kRequests, ab.summary().constData());
        QVERIFY2(ab.failed == 0, ab.summary().constData());
        QVERIFY2(ab.non2xx == 0, ab.summary().constData());

        QElapsedTimer sinceLoad;
        sinceLoad.start();
        int threads = 0;
        int descriptors = 0;
        const bool idle
                = server.waitForIdle(idleThreads, idleDescriptors, kIdleTimeoutMs + kIdleMarginMs,
                                     &threads, &descriptors);
        QVERIFY2(idle,
                 qPrintable(QStringLiteral("round %1: %2 threads (idle %3), %4 descriptors (idle "
                                           "%5) %6 ms after the load")
                                    .arg(round + 1)
                                    .arg(threads)
                                    .arg(idleThreads)
                                    .arg(descriptors)
                                    .arg(idleDescriptors)
                                    .arg(sinceLoad.elapsed())));
        rss[round] = server.residentKiB();
        qInfo("%s round %d: %.1f s, %.0f req/s; idle again after %lld ms (%d threads, %d "
              "descriptors); VmRSS %lld KiB",
              qPrintable(model + (keepAlive ? QStringLiteral(" -k") : QString())), round + 1,
              ab.seconds, ab.requestsPerSecond, sinceLoad.elapsed(), threads, descriptors,
              rss[round]);
    }

    // Under ASan the blocking models' RSS is not the server's own: the thread
    // model without keep-alive starts a thread per request and swings RSS by
    // tens of MB a round with ASan's per-thread bookkeeping (measured 132 ->
    // 195 -> 260 MB over three rounds, another run 279 -> 259 MB;
    // google/sanitizers#681), and the pool's long-lived workers each fill
    // their own ASan quarantine and allocator caches (100 workers, keep-alive:
    // 97 -> 111 MB in CI, where a Release build stayed at 24980 KiB over
    // three rounds of 100000). The Release stage compares every model's RSS;
    // threads and descriptors are checked here too.
    const bool asanBlockingThreads
            = kAddressSanitizer && ((model == u"thread" && !keepAlive) || model == u"pool");
    if (asanBlockingThreads) {
        qInfo("AddressSanitizer build, a blocking model: RSS %lld -> %lld KiB not compared "
              "(ASan's per-thread bookkeeping grows with the threads' work)",
              rss[0], rss[1]);
    } else {
        QVERIFY2(rss[1] * 100 <= rss[0] * 110,
                 qPrintable(
                         QStringLiteral("VmRSS grew from %1 KiB after the first %2 requests to %3 "
                                        "KiB after the second")
                                 .arg(rss[0])
                                 .arg(kRequests)
                                 .arg(rss[1])));
    }

    const QByteArray stopLine = server.stop();
    QVERIFY2(server.cleanExit(), server.log().right(3000).constData());
    QCOMPARE(ServeProcess::counter(stopLine, "served"), qint64(2 * kRequests));
    QCOMPARE(ServeProcess::counter(stopLine, "bad requests"), qint64(0));
}

QTEST_GUILESS_MAIN(tst_Soak)
#include "tst_soak.moc"
