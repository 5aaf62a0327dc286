// The qnam engine against the fault servers: exact counts, exact concurrency
// (one manager cannot exceed 6 connections per host, so this proves the
// engine's own design), rebuilt byte counts, and the faults.
#include "faultserver.h"

#include "engine.h"

#include <QTest>

namespace {

LoadTest makeTest(quint16 port, qint64 n, int c)
{
    LoadTest t;
    t.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    t.requests = n;
    t.concurrency = c;
    t.engine = EngineKind::Qnam;
    return t;
}

RunResult runIt(const LoadTest &test)
{
    RunControl control;
    return Engine::create(test.engine)->run(test, control);
}

} // namespace

class tst_QnamEngine : public QObject
{
    Q_OBJECT

private slots:
    void exactCounts_data();
    void exactCounts();
    void bytesMatchTheSocketEngine_data();
    void bytesMatchTheSocketEngine();
    void keepAlive();
    void peakConcurrencyIsC_data();
    void peakConcurrencyIsC();
    void headAndPost();
    void connectionRefused();
    void silentServerTimesOut();
    void shortBody();
    void garbageStatusLine();
    void connectionReset();
    void timeLimit();
    void cancel();
};

void tst_QnamEngine::exactCounts_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("c");
    QTest::newRow("1x1") << qint64(1) << 1;
    QTest::newRow("103 over 10") << qint64(103) << 10;
    QTest::newRow("n = c = 13") << qint64(13) << 13;
}

void tst_QnamEngine::exactCounts()
{
    QFETCH(qint64, n);
    QFETCH(int, c);
    FaultServer server(FaultServer::Mode::Normal);
    const RunResult r = runIt(makeTest(server.port(), n, c));
    QCOMPARE(r.complete, n);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(server.requests(), int(n));
    // Connection: close -> a new connection per request (QNAM may open a
    // spare one of its own, never fewer).
    QVERIFY(server.connections() >= int(n));
    QCOMPARE(r.documentLength, 5);
    QCOMPARE(r.serverSoftware, QStringLiteral("fault/1.0"));
    QCOMPARE(r.statusCounts.value(200), n);
    QCOMPARE(r.samples.size(), n);
    QVERIFY(r.clientCpuSec > 0);
    QVERIFY(server.firstRequest().contains("Connection: close\r\n")
            || server.firstRequest().contains("connection: close\r\n"));
}

void tst_QnamEngine::bytesMatchTheSocketEngine_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("content-length") << int(FaultServer::Mode::Normal);
    QTest::newRow("close-delimited") << int(FaultServer::Mode::CloseDelimited);
}

void tst_QnamEngine::bytesMatchTheSocketEngine()
{
    QFETCH(int, mode);
    FaultServer server {FaultServer::Mode(mode)};
    LoadTest test = makeTest(server.port(), 50, 5);
    const RunResult qnam = runIt(test);
    test.engine = EngineKind::Socket;
    const RunResult socket = runIt(test);
    QCOMPARE(qnam.complete, 50);
    QCOMPARE(socket.complete, 50);
    QCOMPARE(qnam.htmlTransferred, socket.htmlTransferred);
    QCOMPARE(qnam.documentLength, socket.documentLength);
    // Rebuilt from status line + raw headers + body: within 1% of the wire.
    const double ratio = double(qnam.totalTransferred) / double(socket.totalTransferred);
    QVERIFY2(ratio > 0.99 && ratio < 1.01, qPrintable(QString::number(ratio)));
}

void tst_QnamEngine::keepAlive()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), 120, 6);
    test.keepAlive = true;
    const RunResult r = runIt(test);
    QCOMPARE(r.complete, 120);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(r.keepAliveRequests, 120);
    // Reused: 6 users on one manager, plus any spare connection QNAM opens.
    QVERIFY2(server.connections() <= 12, qPrintable(QString::number(server.connections())));
}

void tst_QnamEngine::peakConcurrencyIsC_data()
{
    QTest::addColumn<int>("c");
    QTest::newRow("c=50") << 50;
    QTest::newRow("c=7") << 7;
}

void tst_QnamEngine::peakConcurrencyIsC()
{
    // The server holds every response until c requests wait at once (or
    // 3 s pass): a peak of exactly c at the server proves c in flight.
    QFETCH(int, c);
    FaultServer server(FaultServer::Mode::Barrier, c);
    const RunResult r = runIt(makeTest(server.port(), 2 * c, c));
    QCOMPARE(r.complete, 2 * c);
    QCOMPARE(server.peak(), c);
}

void tst_QnamEngine::headAndPost()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest head = makeTest(server.port(), 10, 2);
    head.method = "HEAD";
    RunResult r = runIt(head);
    QCOMPARE(r.complete, 10);
    QCOMPARE(r.documentLength, 0);
    QVERIFY(server.firstRequest().startsWith("HEAD / HTTP/1.1\r\n"));

    FaultServer postServer(FaultServer::Mode::Normal);
    LoadTest post = makeTest(postServer.port(), 10, 2);
    post.method = "POST";
    post.sendBody = true;
    post.body = "a=1";
    post.contentType = "text/plain";
    r = runIt(post);
    QCOMPARE(r.complete, 10);
    QVERIFY(postServer.firstRequest().startsWith("POST / HTTP/1.1\r\n"));
    QVERIFY(postServer.firstRequest().endsWith("\r\n\r\na=1"));
}

void tst_QnamEngine::connectionRefused()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    const RunResult r = runIt(makeTest(port, 30, 3));
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failedConnect, 30);
    QVERIFY(!r.error.isEmpty());
}

void tst_QnamEngine::silentServerTimesOut()
{
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 4, 2);
    test.timeoutSec = 0.5;
    const RunResult r = runIt(test);
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failedExceptions, 4);
    QCOMPARE(r.timeouts, 4);
}

void tst_QnamEngine::shortBody()
{
    FaultServer server(FaultServer::Mode::ShortBody);
    const RunResult r = runIt(makeTest(server.port(), 10, 2));
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failed(), 10);
    QCOMPARE(r.failedReceive, 10);
}

void tst_QnamEngine::garbageStatusLine()
{
    FaultServer server(FaultServer::Mode::Garbage);
    const RunResult r = runIt(makeTest(server.port(), 10, 2));
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failed(), 10);
}

void tst_QnamEngine::connectionReset()
{
    FaultServer server(FaultServer::Mode::Reset);
    const RunResult r = runIt(makeTest(server.port(), 10, 2));
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failed(), 10);
}

void tst_QnamEngine::timeLimit()
{
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 1000, 4);
    test.timeLimitSec = 0.3;
    const RunResult r = runIt(test);
    QVERIFY(r.timeLimitReached);
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failed(), 0);
}

void tst_QnamEngine::cancel()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), 10'000'000, 2);
    RunControl control;
    control.onProgress = [&control](const RunProgress &p) {
        if (p.done > 0)
            control.cancelRequested = true;
    };
    const RunResult r = Engine::create(EngineKind::Qnam)->run(test, control);
    QVERIFY(r.cancelled);
    QVERIFY(r.complete > 0);
    QCOMPARE(r.samples.size(), r.complete);
}

QTEST_GUILESS_MAIN(tst_QnamEngine)
#include "tst_qnamengine.moc"
