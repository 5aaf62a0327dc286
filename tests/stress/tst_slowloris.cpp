// Slowloris test: Debian's slowhttptest holds hundreds of connections that
// send a request head a line every two seconds and never finish it, while ab makes
// 1000 normal requests to the same `serverbench serve` child process. Every
// normal request must succeed within ab's 5 s timeout, for both models, and
// the server must close the slow connections itself once the header deadline
// (--idle-timeout-ms) passes, long before slowhttptest would give up.

#include "abrun.h"
#include "serveprocess.h"
#include "socketlifetimes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>

namespace {

constexpr int kHeaderTimeoutMs = 4000;
constexpr int kSlowConnections = 500;
constexpr int kSlowRate = 200; // connections per second asked for; a busy machine gets less
// A header line every two seconds, inside the header timeout: only a deadline
// for the whole head, not one that each received line extends, ends them.
constexpr int kFollowUpSeconds = 2;
constexpr int kSlowLengthSeconds = 40;
// ab starts once 90% of the slow connections are open, or once their number
// stops rising (slowhttptest opening no faster than the server closes); the
// run counts only with at least this many open.
constexpr int kEnough = kSlowConnections * 9 / 10;
constexpr int kAtLeast = kSlowConnections * 3 / 10;
// A slow connection may live the header timeout plus one idle scan (at most
// 1 s) plus scheduling slack on a loaded machine. Were the timeout broken they
// would live until slowhttptest gives up after kSlowLengthSeconds.
constexpr int kLongestLifetimeMs = kHeaderTimeoutMs + 1000 + 1500;
// Sockets the server may still hold besides its idle ones: a probe of
// slowhttptest's, a connection lingering after its answer.
constexpr int kSlack = 3;

struct CsvRow
{
    int seconds = 0;
    int closed = 0;
    int pending = 0;
    int connected = 0;
};

// slowhttptest colours its report with ANSI escapes.
QByteArray withoutColours(QByteArray text)
{
    for (qsizetype at = text.indexOf('\x1b'); at >= 0; at = text.indexOf('\x1b', at)) {
        qsizetype end = at + 1;
        if (end < text.size() && text[end] == '[') {
            ++end;
            while (end < text.size() && !std::isalpha(static_cast<unsigned char>(text[end])))
                ++end;
            ++end;
        }
        text.remove(at, end - at);
    }
    return text;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// slowhttptest -g writes one row per second:
// "Seconds,Closed,Pending,Connected,Service Available".
QList<CsvRow> readCsv(const QString &path)
{
    QList<CsvRow> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        bool ok = false;
        const int seconds = fields.value(0).toInt(&ok);
        if (!ok || fields.size() < 4)
            continue; // the header
        rows.append({seconds, fields[1].toInt(), fields[2].toInt(), fields[3].toInt()});
    }
    return rows;
}

} // namespace

class tst_Slowloris : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalClientsServedWhileSlowHeadersTimeOut_data();
    void normalClientsServedWhileSlowHeadersTimeOut();

    void clientsOverTheCapGetA503NotAReset_data();
    void clientsOverTheCapGetA503NotAReset();

private:
    void startSlowHttpTest(QProcess &slow, const QString &url, const QString &prefix,
                           const QString &log) const;

    QString m_slowhttptest;
};

void tst_Slowloris::initTestCase()
{
    if (!QFileInfo(ServeProcess::binary()).isExecutable())
        QSKIP("SERVERBENCH_BIN does not name the built serverbench executable");
    m_slowhttptest = QStandardPaths::findExecutable(QStringLiteral("slowhttptest"));
    if (m_slowhttptest.isEmpty())
        QSKIP("slowhttptest is not installed (Debian package slowhttptest)");
    if (AbRun::executable().isEmpty())
        QSKIP("ab is not installed (Debian package apache2-utils)");
}

void tst_Slowloris::startSlowHttpTest(QProcess &slow, const QString &url, const QString &prefix,
                                      const QString &log) const
{
    // To a file: a pipe nobody reads while the test waits would fill and
    // block slowhttptest's status output, and with it its connections.
    slow.setProcessChannelMode(QProcess::MergedChannels);
    slow.setStandardOutputFile(log);
    slow.start(m_slowhttptest,
               {QStringLiteral("-H"), QStringLiteral("-c"), QString::number(kSlowConnections),
                QStringLiteral("-r"), QString::number(kSlowRate), QStringLiteral("-i"),
                QString::number(kFollowUpSeconds), QStringLiteral("-l"),
                QString::number(kSlowLengthSeconds), QStringLiteral("-u"), url,
                QStringLiteral("-g"), QStringLiteral("-o"), prefix});
}

void tst_Slowloris::normalClientsServedWhileSlowHeadersTimeOut_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("knobs");
    QTest::newRow("async") << QStringLiteral("async") << QStringList();
    QTest::newRow("thread") << QStringLiteral("thread") << QStringList();
    // A pool smaller than the slow connections is what slowloris takes down:
    // each holds a worker until the header deadline, so ab's clients wait
    // behind them (the weakness of Apache's pooled MPMs). With a worker for
    // each, the pool must meet the same deadlines as the others.
    QTest::newRow("pool") << QStringLiteral("pool")
                          << QStringList {QStringLiteral("--pool-threads"), QStringLiteral("1024")};
    QTest::newRow("reactor") << QStringLiteral("reactor") << QStringList();
}

void tst_Slowloris::normalClientsServedWhileSlowHeadersTimeOut()
{
    QFETCH(QString, model);
    QFETCH(QStringList, knobs);

    ServeProcess server;
    QString error;
    QVERIFY2(server.start(model,
                          QStringList {QStringLiteral("--idle-timeout-ms"),
                                       QString::number(kHeaderTimeoutMs)}
                                  + knobs,
                          &error),
             qPrintable(error));
    QThread::msleep(200);
    SocketLifetimes sockets; // from here on: the slow connections and ab's
    sockets.start(server.pid());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString prefix = dir.filePath(QStringLiteral("slow"));
    const QString log = dir.filePath(QStringLiteral("slowhttptest.log"));
    QProcess slow; // killed by its destructor if the test fails
    startSlowHttpTest(slow, server.url(), prefix, log);
    QVERIFY(slow.waitForStarted(10000));
    QElapsedTimer sinceSlowStart;
    sinceSlowStart.start();

    int most = 0;
    QElapsedTimer sinceMost;
    sinceMost.start();
    while (most < kEnough && (most == 0 || sinceMost.elapsed() < 1000)
           && sinceSlowStart.elapsed() < kSlowLengthSeconds * 1000 / 2) {
        QThread::msleep(20);
        if (sockets.open() > most) {
            most = sockets.open();
            sinceMost.restart();
        }
    }
    const int slowOpen = sockets.open();
    QVERIFY2(slowOpen >= kAtLeast,
             qPrintable(QStringLiteral("only %1 slow connections reached the server; "
                                       "slowhttptest says:\n%2")
                                .arg(slowOpen)
                                .arg(QString::fromLocal8Bit(
                                        withoutColours(readFile(log)).right(2000)))));
    const qint64 abStartMs = sinceSlowStart.elapsed();

    const AbRun ab = AbRun::run({QStringLiteral("-n"), QStringLiteral("1000"), QStringLiteral("-c"),
                                 QStringLiteral("10"), QStringLiteral("-s"), QStringLiteral("5"),
                                 server.url()},
                                60000);
    const qint64 abEndMs = sinceSlowStart.elapsed();
    qInfo("%s: %d slow connections open when ab started at %lld ms, %d when it ended at %lld ms; "
          "ab: %lld complete, %lld failed, %lld non-2xx, %.3f s",
          qPrintable(model), slowOpen, abStartMs, sockets.open(), abEndMs, ab.complete, ab.failed,
          ab.non2xx, ab.seconds);
    QVERIFY2(ab.ran && ab.exitCode == 0, ab.summary().constData());
    QCOMPARE(ab.complete, qint64(1000));
    QCOMPARE(ab.failed, qint64(0));
    QCOMPARE(ab.non2xx, qint64(0));

    // The header deadline, not slowhttptest, must end the slow connections.
    while (sockets.open() > kSlack && sinceSlowStart.elapsed() < (kSlowLengthSeconds - 5) * 1000)
        QThread::msleep(50);
    QThread::msleep(200); // a last sample or two
    sockets.stop();
    qInfo("%s: %d server sockets seen, the longest open %lld ms (limit %d ms); %d open at %lld ms",
          qPrintable(model), sockets.seen(), sockets.longestMs(), kLongestLifetimeMs,
          sockets.open(), sinceSlowStart.elapsed());
    QVERIFY2(sockets.open() <= kSlack,
             qPrintable(QStringLiteral("%1 slow connections still open %2 ms after slowhttptest "
                                       "started; the header timeout is %3 ms")
                                .arg(sockets.open())
                                .arg(sinceSlowStart.elapsed())
                                .arg(kHeaderTimeoutMs)));
    QVERIFY2(
            sockets.longestMs() <= kLongestLifetimeMs,
            qPrintable(QStringLiteral("a connection stayed open %1 ms; the header timeout is %2 ms")
                               .arg(sockets.longestMs())
                               .arg(kHeaderTimeoutMs)));
    // Every slow connection reached the server and was measured.
    QVERIFY(sockets.seen() >= kSlowConnections * 9 / 10);

    // slowhttptest reads each close at once and ends when it has no open
    // connection left; had the server kept them it would hit its time limit.
    QVERIFY(slow.waitForFinished((kSlowLengthSeconds + 15) * 1000));
    const QByteArray slowOutput = withoutColours(readFile(log));
    const QList<CsvRow> rows = readCsv(prefix + QStringLiteral(".csv"));
    QVERIFY2(!rows.isEmpty(), slowOutput.right(2000).constData());
    // The CSV's last row is written a moment before the final closes.
    const CsvRow last = rows.last();
    qInfo("%s: slowhttptest ended after %d s; its last row: %d closed, %d pending, %d connected",
          qPrintable(model), last.seconds, last.closed, last.pending, last.connected);
    QVERIFY2(slowOutput.contains("Exit status: No open connections left"),
             slowOutput.right(2000).constData());
    QVERIFY2(last.seconds < kSlowLengthSeconds && last.closed >= kSlowConnections / 2,
             slowOutput.right(2000).constData());

    // Closed by the deadline, not answered 400 by the parser.
    const QByteArray stopLine = server.stop();
    QVERIFY2(server.cleanExit(), server.log().right(3000).constData());
    QVERIFY2(ServeProcess::counter(stopLine, "bad requests") == 0, stopLine.constData());
    QVERIFY2(ServeProcess::counter(stopLine, "peak") >= slowOpen, stopLine.constData());
}

void tst_Slowloris::clientsOverTheCapGetA503NotAReset_data()
{
    normalClientsServedWhileSlowHeadersTimeOut_data();
}

void tst_Slowloris::clientsOverTheCapGetA503NotAReset()
{
    // Slow connections fill a small cap, so ab's clients are accepted over it.
    // Each must read a 503 and a clean close: closing with its request unread
    // would reset the connection and discard the answer (ab: "Connection
    // reset by peer", and it gives up).
    QFETCH(QString, model);
    QFETCH(QStringList, knobs);
    constexpr int kCap = 200;

    ServeProcess server;
    QString error;
    QVERIFY2(server.start(model,
                          QStringList {QStringLiteral("--idle-timeout-ms"),
                                       QString::number(kHeaderTimeoutMs),
                                       QStringLiteral("--max-connections"), QString::number(kCap)}
                                  + knobs,
                          &error),
             qPrintable(error));
    QThread::msleep(200);
    SocketLifetimes sockets;
    sockets.start(server.pid());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("slowhttptest.log"));
    QProcess slow;
    startSlowHttpTest(slow, server.url(), dir.filePath(QStringLiteral("slow")), log);
    QVERIFY(slow.waitForStarted(10000));
    QTRY_VERIFY2_WITH_TIMEOUT(sockets.open() >= kCap,
                              withoutColours(readFile(log)).right(2000).constData(), 15000);

    const AbRun ab = AbRun::run({QStringLiteral("-n"), QStringLiteral("1000"), QStringLiteral("-c"),
                                 QStringLiteral("10"), QStringLiteral("-s"), QStringLiteral("5"),
                                 server.url()},
                                60000);
    slow.kill();
    slow.waitForFinished(5000);
    qInfo("%s, cap %d: ab: %lld complete, %lld failed, %lld non-2xx, %.3f s", qPrintable(model),
          kCap, ab.complete, ab.failed, ab.non2xx, ab.seconds);
    QVERIFY2(ab.ran && ab.exitCode == 0, ab.summary().constData());
    QCOMPARE(ab.complete, qint64(1000));
    QCOMPARE(ab.failed, qint64(0));
    QVERIFY2(ab.non2xx > 0, "no 503: the slow connections did not fill the cap");
    const QByteArray stopLine = server.stop();
    QVERIFY2(server.cleanExit(), server.log().right(3000).constData());
    QVERIFY2(ServeProcess::counter(stopLine, "peak") <= kCap, stopLine.constData());
}

QTEST_GUILESS_MAIN(tst_Slowloris)
#include "tst_slowloris.moc"
