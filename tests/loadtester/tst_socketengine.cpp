// The socket engine against small fault servers written here: exact request
// counts and bytes, ab's request bytes, keep-alive, and every fault
// FaultServer plays ending as counted failures, never a hang or a crash.
#include "faultserver.h"

#include "abreport.h"
#include "engine.h"
#include "socketengine.h"
#include "testports.h"

#include <QElapsedTimer>
#include <QTest>

#include <fcntl.h>
#include <sys/resource.h>

namespace {

LoadTest makeTest(quint16 port, qint64 n, int c, const QString &path = QStringLiteral("/"))
{
    LoadTest t;
    t.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    t.requests = n;
    t.concurrency = c;
    t.engine = EngineKind::Socket;
    return t;
}

RunResult runIt(const LoadTest &test)
{
    RunControl control;
    return Engine::create(test.engine)->run(test, control);
}

} // namespace

class tst_SocketEngine : public QObject
{
    Q_OBJECT

private slots:
    void exactCounts_data();
    void exactCounts();
    void requestBytesAreAbs();
    void keepAliveReusesConnections();
    void headAndPost();
    void chunkedAndCloseDelimited_data();
    void chunkedAndCloseDelimited();
    void peakConcurrencyIsC();
    void lengthFailuresCountAsComplete();
    void connectionRefused();
    void connectionRefusedWithR();
    void silentServerAborts();
    void silentServerTimesOutPerRequest();
    void shortBody();
    void shortBodyHttpFraming();
    void garbageStatusLine();
    void connectionReset();
    void timeLimit();
    void cancelReturnsWhatWasMeasured();
    void progressIsReported();
    void outOfFileDescriptors(); // last: it lowers the process's fd limit
};

void tst_SocketEngine::exactCounts_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("threads");
    QTest::newRow("1x1") << qint64(1) << 1 << 0;
    QTest::newRow("103 over 10 (n % c != 0)") << qint64(103) << 10 << 0;
    QTest::newRow("103 over 10, 2 threads") << qint64(103) << 10 << 2;
    QTest::newRow("500 over 7, 3 threads") << qint64(500) << 7 << 3;
    QTest::newRow("n = c") << qint64(40) << 40 << 0;
}

void tst_SocketEngine::exactCounts()
{
    QFETCH(qint64, n);
    QFETCH(int, c);
    QFETCH(int, threads);
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), n, c);
    test.threads = threads;
    const RunResult r = runIt(test);
    QCOMPARE(r.complete, n);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(server.requests(), int(n));
    QCOMPARE(r.samples.size(), n);
    QCOMPARE(r.documentLength, 5);
    QCOMPARE(r.serverSoftware, QStringLiteral("fault/1.0"));
    QCOMPARE(r.totalTransferred, n * FaultServer::normalResponse(false).size());
    QCOMPARE(r.htmlTransferred, n * 5);
    QCOMPARE(r.statusCounts.value(200), n);
    QCOMPARE(r.non2xx, 0);
    QCOMPARE(r.keepAliveRequests, 0);
    qint64 timelineCompleted = 0;
    for (const TimelineBucket &b : r.timeline)
        timelineCompleted += b.completed;
    QCOMPARE(timelineCompleted, n);
    QVERIFY(r.timeTakenSec > 0);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.clientCpuSec > 0);
}

void tst_SocketEngine::requestBytesAreAbs()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), 1, 1, QStringLiteral("/a/b?x=1"));
    test.headers.append(qMakePair(QByteArray("X-Test"), QByteArray("yes")));
    runIt(test);
    QCOMPARE(server.firstRequest(),
             QByteArray("GET /a/b?x=1 HTTP/1.0\r\nX-Test: yes\r\nHost: 127.0.0.1:")
                     + QByteArray::number(server.port())
                     + "\r\nUser-Agent: ApacheBench/2.3\r\nAccept: */*\r\n\r\n");
    test.keepAlive = true;
    test.headers = {{"User-Agent", "mine"}};
    QCOMPARE(SocketEngine::requestBytes(test),
             QByteArray("GET /a/b?x=1 HTTP/1.0\r\nConnection: Keep-Alive\r\nUser-Agent: "
                        "mine\r\nHost: 127.0.0.1:")
                     + QByteArray::number(server.port()) + "\r\nAccept: */*\r\n\r\n");
    test.url = QUrl(QStringLiteral("http://example.org/"));
    QVERIFY(SocketEngine::requestBytes(test).contains("\r\nHost: example.org\r\n"));
}

void tst_SocketEngine::keepAliveReusesConnections()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), 200, 10);
    test.keepAlive = true;
    const RunResult r = runIt(test);
    QCOMPARE(r.complete, 200);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(r.keepAliveRequests, 200);
    QCOMPARE(server.requests(), 200);
    QCOMPARE(server.connections(), 10);
    QCOMPARE(r.totalTransferred, 200 * FaultServer::normalResponse(true).size());
    QVERIFY(AbReport::format(r).contains(QStringLiteral("Keep-Alive requests:    200\n")));
}

void tst_SocketEngine::headAndPost()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest head = makeTest(server.port(), 20, 2);
    head.method = "HEAD";
    RunResult r = runIt(head);
    QCOMPARE(r.complete, 20);
    QCOMPARE(r.documentLength, 0);
    QCOMPARE(r.htmlTransferred, 0);
    QVERIFY(server.firstRequest().startsWith("HEAD / HTTP/1.0\r\n"));

    FaultServer postServer(FaultServer::Mode::Normal);
    LoadTest post = makeTest(postServer.port(), 10, 2);
    post.method = "POST";
    post.sendBody = true;
    post.body = "name=value&x=1";
    post.contentType = "application/x-www-form-urlencoded";
    r = runIt(post);
    QCOMPARE(r.complete, 10);
    const QByteArray request = postServer.firstRequest();
    QVERIFY(request.startsWith("POST / HTTP/1.0\r\nContent-length: 14\r\n"
                               "Content-type: application/x-www-form-urlencoded\r\n"));
    QVERIFY(request.endsWith("\r\n\r\nname=value&x=1"));
    QCOMPARE(r.totalBodySent, 10 * SocketEngine::requestBytes(post).size());
    QVERIFY(AbReport::format(r).contains(QStringLiteral("Total body sent:")));
}

void tst_SocketEngine::chunkedAndCloseDelimited_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("documentLength");
    QTest::newRow("chunked") << int(FaultServer::Mode::Chunked) << qint64(15); // raw, as ab counts
    QTest::newRow("close-delimited") << int(FaultServer::Mode::CloseDelimited) << qint64(11);
}

void tst_SocketEngine::chunkedAndCloseDelimited()
{
    QFETCH(int, mode);
    QFETCH(qint64, documentLength);
    FaultServer server {FaultServer::Mode(mode)};
    const RunResult r = runIt(makeTest(server.port(), 30, 3));
    QCOMPARE(r.complete, 30);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(r.documentLength, documentLength);
}

void tst_SocketEngine::peakConcurrencyIsC()
{
    // The server answers only when 50 requests wait at once (else after 3 s):
    // peak == 50 proves exactly c in flight; fewer would leave it at < 50.
    FaultServer server(FaultServer::Mode::Barrier, 50);
    const RunResult r = runIt(makeTest(server.port(), 100, 50));
    QCOMPARE(r.complete, 100);
    QCOMPARE(server.peak(), 50);
}

void tst_SocketEngine::lengthFailuresCountAsComplete()
{
    FaultServer server(FaultServer::Mode::VaryingLength);
    const RunResult r = runIt(makeTest(server.port(), 10, 1));
    QCOMPARE(r.complete, 10); // ab: Length failures are still completed responses
    QCOMPARE(r.documentLength, 5); // the first response's
    QCOMPARE(r.failedLength, 5);
    QCOMPARE(r.failed(), 5);
    QVERIFY(AbReport::format(r).contains(
            QStringLiteral("   (Connect: 0, Receive: 0, Length: 5, Exceptions: 0)\n")));
}

// The fault cases follow ab (support/ab.c); each figure below is what
// Debian's ab 2.3 printed against the same kind of server on loopback.
void tst_SocketEngine::connectionRefused()
{
    // ab: "apr_socket_recv: Connection refused (111)", exit status 111.
    const RunResult r = runIt(makeTest(TestPorts::freePort(), 200, 10));
    QVERIFY(r.aborted());
    QCOMPARE(r.abortMessage, QStringLiteral("apr_socket_recv: Connection refused (111)"));
    QCOMPARE(r.abortStatus, 111);
    QCOMPARE(r.complete, 0);
    QVERIFY(r.samples.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("refused")), qPrintable(r.error));
}

void tst_SocketEngine::connectionRefusedWithR()
{
    // ab -r -n 10 -c 2: "Complete requests: 10, Failed requests: 15
    // (Connect: 0, Receive: 10, Length: 0, Exceptions: 5)": each refusal
    // closes as a completed request, and every poll error is an Exception.
    LoadTest test = makeTest(TestPorts::freePort(), 10, 2);
    test.receiveErrorsAbort = false;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 10);
    QCOMPARE(r.failedConnect, 0);
    QCOMPARE(r.failedReceive, 10);
    QCOMPARE(r.failedExceptions, 5);
    QCOMPARE(r.failed(), 15);
}

void tst_SocketEngine::silentServerAborts()
{
    // ab -s: that long without any event ends the test.
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 4, 2);
    test.timeoutSec = 0.5;
    QElapsedTimer clock;
    clock.start();
    const RunResult r = runIt(test);
    QVERIFY(r.aborted());
    QCOMPARE(r.abortMessage,
             QStringLiteral("apr_pollset_poll: The timeout specified has expired (70007)"));
    QCOMPARE(r.abortStatus, 70007 & 0xff);
    QCOMPARE(r.complete, 0);
    QCOMPARE(server.requests(), 1); // ab opens the others once a header came back
    QVERIFY(clock.elapsed() >= 500);
}

void tst_SocketEngine::silentServerTimesOutPerRequest()
{
    // serverbench's own rule: each request gets -s, then fails alone.
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 4, 2);
    test.timeoutSec = 0.5;
    test.timeoutPerRequest = true;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failedExceptions, 4);
    QCOMPARE(r.timeouts, 4);
    QCOMPARE(server.requests(), 4);
    QVERIFY(r.timeTakenSec >= 1.0); // two rounds of 0.5 s each, never fewer
    QVERIFY2(r.error.contains(QStringLiteral("no response within 0.5 s")), qPrintable(r.error));
}

void tst_SocketEngine::shortBody()
{
    // ab reads to the close: a body shorter than Content-Length is just the
    // document, and all 20 are alike.
    FaultServer server(FaultServer::Mode::ShortBody);
    const RunResult r = runIt(makeTest(server.port(), 20, 4));
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 20);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(r.documentLength, 3);
    QCOMPARE(r.totalTransferred,
             20 * qint64(sizeof("HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\nabc") - 1));
}

void tst_SocketEngine::shortBodyHttpFraming()
{
    FaultServer server(FaultServer::Mode::ShortBody);
    LoadTest test = makeTest(server.port(), 20, 4);
    test.framing = Framing::Http;
    const RunResult r = runIt(test);
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failedReceive, 20);
}

void tst_SocketEngine::garbageStatusLine()
{
    // ab: no "HTTP" in the head reads as status 500: complete, and Non-2xx.
    FaultServer server(FaultServer::Mode::Garbage);
    const RunResult r = runIt(makeTest(server.port(), 20, 4));
    QCOMPARE(r.complete, 20);
    QCOMPARE(r.failed(), 0);
    QCOMPARE(r.non2xx, 20);
    QCOMPARE(r.statusCounts.value(500), 20);

    LoadTest strict = makeTest(server.port(), 20, 4);
    strict.framing = Framing::Http;
    const RunResult h = runIt(strict);
    QCOMPARE(h.complete, 0);
    QCOMPARE(h.failedExceptions, 20);
}

void tst_SocketEngine::connectionReset()
{
    // ab: "apr_socket_recv: Connection reset by peer (104)", exit status 104.
    FaultServer server(FaultServer::Mode::Reset);
    const RunResult r = runIt(makeTest(server.port(), 30, 3));
    QVERIFY(r.aborted());
    QCOMPARE(r.abortMessage, QStringLiteral("apr_socket_recv: Connection reset by peer (104)"));
    QCOMPARE(r.abortStatus, 104);
    QCOMPARE(r.complete, 0);

    // ab -r: every reset is a Receive failure and closes as a completed request.
    LoadTest test = makeTest(server.port(), 30, 3);
    test.receiveErrorsAbort = false;
    const RunResult k = runIt(test);
    QVERIFY(!k.aborted());
    QCOMPARE(k.complete, 30);
    QCOMPARE(k.failedReceive, 30);
}

void tst_SocketEngine::timeLimit()
{
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 1000, 5);
    test.timeLimitSec = 0.3;
    const RunResult r = runIt(test);
    QVERIFY(r.timeLimitReached);
    QVERIFY(!r.cancelled);
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failed(), 0); // in-flight requests are dropped, as ab drops them
    QVERIFY(r.timeTakenSec >= 0.3);
}

void tst_SocketEngine::cancelReturnsWhatWasMeasured()
{
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), 10'000'000, 2);
    RunControl control;
    control.onProgress = [&control](const RunProgress &p) {
        if (p.done > 0)
            control.cancelRequested = true;
    };
    const RunResult r = Engine::create(EngineKind::Socket)->run(test, control);
    QVERIFY(r.cancelled);
    QVERIFY(r.complete > 0);
    QVERIFY(r.complete < 10'000'000);
    QCOMPARE(r.samples.size(), r.complete);
}

void tst_SocketEngine::progressIsReported()
{
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 2, 2);
    test.timeoutSec = 0.4;
    RunControl control;
    QList<RunProgress> reports;
    control.onProgress = [&reports](const RunProgress &p) {
        reports.append(p);
    };
    Engine::create(EngineKind::Socket)->run(test, control);
    QVERIFY(!reports.isEmpty());
    QVERIFY(reports.size() <= 20); // 0.4 s at most 20 a second
    QCOMPARE(reports.last().total, 2);
}

void tst_SocketEngine::outOfFileDescriptors()
{
    FaultServer server(FaultServer::Mode::Normal);
    rlimit old {};
    getrlimit(RLIMIT_NOFILE, &old);
    // Count the descriptors open now, then allow only 10 more, hard limit
    // included, so the engine cannot raise it back.
    int open = 0;
    for (int fd = 0; fd < 4096; ++fd)
        open += fcntl(fd, F_GETFD) != -1 ? 1 : 0;
    rlimit low {rlim_t(open + 10), rlim_t(open + 10)};
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
    LoadTest test = makeTest(server.port(), 200, 50);
    test.timeoutSec = 0.5;
    test.threads = 1;
    const RunResult r = runIt(test);
    setrlimit(RLIMIT_NOFILE, &old); // root may raise it back
    // ab: apr_socket_create fails, "socket: Too many open files (24)", exit 24.
    QVERIFY2(r.error.contains(QStringLiteral("EMFILE")), qPrintable(r.error));
    QCOMPARE(r.abortMessage, QStringLiteral("socket: Too many open files (24)"));
    QCOMPARE(r.abortStatus, 24);
}

QTEST_GUILESS_MAIN(tst_SocketEngine)
#include "tst_socketengine.moc"
