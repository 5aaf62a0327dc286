// The qnam engine against the fault servers: exact counts, exact concurrency
// (one manager cannot exceed 6 connections per host, so this proves the
// engine's own design), rebuilt byte counts, and the faults.
#include "faultserver.h"

#include "engine.h"
#include "testports.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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
    void connectionRefusedWithR_data();
    void connectionRefusedWithR();
    void refusedAfterGoodResponses();
    void silentServerTimesOut();
    void stalledServerAbortsTheRun();
    void stallShorterThanTimeout();
    void studentServerStall();
    void studentServerReset();
    void shortBody();
    void garbageStatusLine();
    void connectionReset();
    void closeOrResetMidBody_data();
    void closeOrResetMidBody();
    void unsupportedOptions();
    void unknownHost();
    void variableLength();
    void requestOptions();
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
    // ab: "apr_socket_recv: Connection refused (111)", exit status 111.
    const RunResult r = runIt(makeTest(TestPorts::freePort(), 30, 3));
    QVERIFY(r.aborted());
    QCOMPARE(r.abortMessage, QStringLiteral("apr_socket_recv: Connection refused (111)"));
    QCOMPARE(r.abortStatus, 111);
    QCOMPARE(r.complete, 0);
    // ab's connect() succeeds; its recv() fails: a Receive failure.
    QCOMPARE(r.failedConnect, 0);
    QVERIFY(r.failedReceive >= 1);
    QVERIFY(r.failedReceive < 30); // stopped at the first, not all 30
}

void tst_QnamEngine::connectionRefusedWithR_data()
{
    // ab -r -n N -c C http://127.0.0.1:<closed>/ (ab 2.3, Debian 12): every
    // refusal is a Receive failure and a done request, every second one an
    // Exception; an odd last one reads one refusal more.
    QTest::addColumn<qint64>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<qint64>("receive");
    QTest::addColumn<qint64>("exceptions");
    QTest::newRow("-n 10 -c 2") << qint64(10) << 2 << qint64(10) << qint64(5);
    QTest::newRow("-n 30 -c 3") << qint64(30) << 3 << qint64(30) << qint64(15);
    QTest::newRow("-n 9 -c 2") << qint64(9) << 2 << qint64(10) << qint64(5);
    QTest::newRow("-n 1 -c 1") << qint64(1) << 1 << qint64(2) << qint64(1);
}

void tst_QnamEngine::connectionRefusedWithR()
{
    QFETCH(qint64, n);
    QFETCH(int, c);
    QFETCH(qint64, receive);
    QFETCH(qint64, exceptions);
    LoadTest test = makeTest(TestPorts::freePort(), n, c);
    test.receiveErrorsAbort = false;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.abortStatus, 0);
    QCOMPARE(r.complete, n);
    QCOMPARE(r.samples.size(), n);
    QCOMPARE(r.failedConnect, 0);
    QCOMPARE(r.failedReceive, receive);
    QCOMPARE(r.failedExceptions, exceptions);
    QCOMPARE(r.failedLength, 0);
    QCOMPARE(r.documentLength, 0);
    QCOMPARE(r.totalTransferred, 0);
}

void tst_QnamEngine::refusedAfterGoodResponses()
{
    // ab -r, a server that dies after 3 answers: the refusals after them
    // are done requests of 0 bytes, so Length failures against the 5-byte
    // document, as ab's close_connection() counts them.
    FaultServer server(FaultServer::Mode::AnswerThenRefuse, 3);
    LoadTest test = makeTest(server.port(), 9, 1);
    test.receiveErrorsAbort = false;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 9);
    QCOMPARE(r.statusCounts.value(200), 3);
    QCOMPARE(r.documentLength, 5);
    QCOMPARE(r.failedConnect, 0);
    QCOMPARE(r.failedReceive, 6);
    QCOMPARE(r.failedExceptions, 3);
    QCOMPARE(r.failedLength, 6);
}

void tst_QnamEngine::silentServerTimesOut()
{
    // serverbench's per-request rule: each request times out alone.
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 4, 2);
    test.timeoutSec = 0.5;
    test.timeoutPerRequest = true;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.failedExceptions, 4);
    QCOMPARE(r.timeouts, 4);
}

void tst_QnamEngine::stalledServerAbortsTheRun()
{
    // ab -s 1: a second without any event stops the whole test.
    FaultServer server(FaultServer::Mode::Silent);
    LoadTest test = makeTest(server.port(), 4, 2);
    test.timeoutSec = 1;
    QElapsedTimer clock;
    clock.start();
    const RunResult r = runIt(test);
    QVERIFY(r.aborted());
    QCOMPARE(r.abortMessage,
             QStringLiteral("apr_pollset_poll: The timeout specified has expired (70007)"));
    QCOMPARE(r.abortStatus, 119);
    QCOMPARE(r.complete, 0);
    QCOMPARE(r.timeouts, 0); // nothing failed alone: the run stopped
    QVERIFY2(clock.elapsed() >= 1000 && clock.elapsed() < 5000,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(server.requests(), 2); // the first two never ended; no others were sent
}

void tst_QnamEngine::stallShorterThanTimeout()
{
    // Progress on any reply keeps ab's poll timer from expiring: the
    // Barrier server holds every response until c requests wait (or 3 s),
    // so with -s 5 nothing aborts.
    FaultServer server(FaultServer::Mode::Barrier, 4);
    LoadTest test = makeTest(server.port(), 12, 4);
    test.timeoutSec = 5;
    const RunResult r = runIt(test);
    QVERIFY2(!r.aborted(), qPrintable(r.abortMessage));
    QCOMPARE(r.complete, 12);
}

namespace {

// tests/fixtures/student_server.py MODE [args]: its port, or 0.
class StudentServer
{
public:
    explicit StudentServer(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList {QFINDTESTDATA("../fixtures/student_server.py")}
                               + arguments);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return;
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("PORT "))
            m_port = quint16(line.mid(5).toUInt());
    }
    ~StudentServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

void tst_QnamEngine::studentServerStall()
{
    // As ab -s 1 -n 20 -c 2 against the "stall" student server (the 5th
    // request held 3 s): the other user goes on, then nothing moves for a
    // second and ab says "Total of 19 requests completed" after the timeout.
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("no /usr/bin/python3");
    StudentServer server({QStringLiteral("stall"), QStringLiteral("--every"), QStringLiteral("5"),
                          QStringLiteral("--stall"), QStringLiteral("3")});
    QVERIFY(server.port() != 0);
    LoadTest test = makeTest(server.port(), 20, 2);
    test.timeoutSec = 1;
    const RunResult r = runIt(test);
    QVERIFY(r.aborted());
    QCOMPARE(r.abortStatus, 119);
    QCOMPARE(r.complete, 19);

    // serverbench's rule: the held request alone fails, after 1 s.
    test.timeoutPerRequest = true;
    StudentServer again({QStringLiteral("stall"), QStringLiteral("--every"), QStringLiteral("5"),
                         QStringLiteral("--stall"), QStringLiteral("3")});
    test.url.setPort(again.port());
    const RunResult perRequest = runIt(test);
    QVERIFY(!perRequest.aborted());
    QCOMPARE(perRequest.complete, 19);
    QCOMPARE(perRequest.timeouts, 1);
}

void tst_QnamEngine::studentServerReset()
{
    // ab against the "reset" student server (every 7th connection reset):
    // "apr_socket_recv: Connection reset by peer (104)".
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("no /usr/bin/python3");
    StudentServer server({QStringLiteral("reset"), QStringLiteral("--every"), QStringLiteral("3")});
    QVERIFY(server.port() != 0);
    const RunResult r = runIt(makeTest(server.port(), 100, 2));
    QVERIFY2(r.aborted(), qPrintable(QString::number(r.complete)));
    QCOMPARE(r.abortMessage, QStringLiteral("apr_socket_recv: Connection reset by peer (104)"));
    QCOMPARE(r.abortStatus, 104);
    QVERIFY(r.complete < 100);

    // ab -r: every reset is a Receive failure, the run goes on to n.
    LoadTest test = makeTest(server.port(), 60, 1);
    test.receiveErrorsAbort = false;
    const RunResult counted = runIt(test);
    QVERIFY(!counted.aborted());
    QCOMPARE(counted.complete, 60);
    QVERIFY2(counted.failedReceive >= 25 && counted.failedReceive <= 35,
             qPrintable(QString::number(counted.failedReceive)));
}

void tst_QnamEngine::shortBody()
{
    // Content-Length 100, 3 bytes, then the close (FIN): QNAM fails the reply
    // (RemoteHostClosedError), but ab reads to the close and counts the
    // response, 3 bytes, like every other one; so does the socket engine
    // (tst_SocketEngine::shortBody). Not a reset, -r or not.
    FaultServer server(FaultServer::Mode::ShortBody);
    LoadTest test = makeTest(server.port(), 10, 2);
    for (bool abortOnReceiveErrors : {true, false}) {
        test.receiveErrorsAbort = abortOnReceiveErrors;
        const RunResult r = runIt(test);
        QVERIFY2(!r.aborted(), qPrintable(r.abortMessage));
        QCOMPARE(r.complete, 10);
        QCOMPARE(r.failed(), 0);
        QCOMPARE(r.documentLength, 3);
        QCOMPARE(r.htmlTransferred, 30);
        QCOMPARE(r.statusCounts.value(200), 10);
    }
}

void tst_QnamEngine::garbageStatusLine()
{
    // QNAM cannot read a reply that is not HTTP: it retries, as after a
    // reset, then fails with RemoteHostClosedError, so the run stops as on
    // a reset (ab itself would count a non-2xx response here). -r counts
    // each request once, as a reset: Receive, Exception, and done.
    FaultServer server(FaultServer::Mode::Garbage);
    LoadTest test = makeTest(server.port(), 10, 2);
    QCOMPARE(runIt(test).abortStatus, 104);
    test.receiveErrorsAbort = false;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 10);
    QCOMPARE(r.failedReceive, 10);
    QCOMPARE(r.failedExceptions, 10);
}

void tst_QnamEngine::connectionReset()
{
    FaultServer server(FaultServer::Mode::Reset);
    LoadTest test = makeTest(server.port(), 10, 2);
    const RunResult aborted = runIt(test);
    QVERIFY(aborted.aborted());
    QCOMPARE(aborted.abortMessage,
             QStringLiteral("apr_socket_recv: Connection reset by peer (104)"));
    QCOMPARE(aborted.abortStatus, 104);

    // -r: one receive failure per request, though Qt tried each 3 times,
    // and, as ab counts a reset (ab -r -n 10 -c 2: Complete 10, Receive 10,
    // Exceptions 10), an Exception and a done request of 0 bytes.
    test.receiveErrorsAbort = false;
    const RunResult r = runIt(test);
    QVERIFY(!r.aborted());
    QCOMPARE(r.complete, 10);
    QCOMPARE(r.failedReceive, 10);
    QCOMPARE(r.failedExceptions, 10);
    QCOMPARE(r.failedLength, 0);
    QCOMPARE(r.failed(), 20);
    QCOMPARE(r.totalTransferred, 0);
}

void tst_QnamEngine::closeOrResetMidBody_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("close") << false;
    QTest::newRow("reset") << true;
}

void tst_QnamEngine::closeOrResetMidBody()
{
    // A body cut short by the server. ab -n 4 -c 1 reads the close as the
    // end of the response (Complete 4, Document Length 3), but a reset as
    // an error: "apr_socket_recv: Connection reset by peer (104)", exit 104
    // (with -r: Complete 4, Receive 4, Length 4, Exceptions 4). Qt 6.4 reads
    // ECONNRESET as the end of stream and QNAM reports both as
    // RemoteHostClosedError (QnamWorker::receiveErrno()), so the engine takes
    // both for the close, which ab completes: the "reset" row shows what that
    // costs, and passes unexpectedly (failing this test) if Qt ever tells.
    QFETCH(bool, reset);
    FaultServer server(reset ? FaultServer::Mode::ResetMidBody : FaultServer::Mode::CloseMidBody);
    const RunResult r = runIt(makeTest(server.port(), 4, 1));
    if (reset)
        QEXPECT_FAIL("reset", "Qt 6.4's QNAM reports a reset mid-body as a close", Continue);
    QCOMPARE(r.abortStatus, reset ? 104 : 0);
    QCOMPARE(r.complete, 4);
    QCOMPARE(r.failedReceive, 0);
    QCOMPARE(r.documentLength, 3);
    QCOMPARE(r.htmlTransferred, 12);
}

void tst_QnamEngine::unsupportedOptions()
{
    // ab -B, -b (other than 0) and -v (other than 0): QNAM has no setting
    // for them, so the engine refuses the run, sends nothing and says why.
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest bind = makeTest(server.port(), 2, 1);
    bind.bindAddress = QStringLiteral("127.0.0.1");
    LoadTest window = makeTest(server.port(), 2, 1);
    window.windowSize = 65536;
    LoadTest verbose = makeTest(server.port(), 2, 1);
    verbose.verbosity = 2;
    for (const LoadTest &test : {bind, window, verbose}) {
        const RunResult r = runIt(test);
        QVERIFY2(r.error.startsWith(u"the qnam engine cannot "), qPrintable(r.error));
        QCOMPARE(r.complete, 0);
        QCOMPARE(r.failed(), 0);
    }
    QCOMPARE(server.connections(), 0);
    LoadTest defaults = makeTest(server.port(), 2, 1);
    defaults.windowSize = 0; // ab -b 0 and -v 0: ab's defaults, accepted
    defaults.verbosity = 0;
    QCOMPARE(runIt(defaults).complete, 2);
}

void tst_QnamEngine::unknownHost()
{
    // ab stops before the first connect, -r or not.
    LoadTest test = makeTest(80, 4, 2);
    test.url = QUrl(QStringLiteral("http://nosuchhost.invalid/"));
    test.receiveErrorsAbort = false;
    const RunResult r = runIt(test);
    QVERIFY(r.aborted());
    QCOMPARE(r.abortMessage,
             QStringLiteral("apr_sockaddr_info_get() for nosuchhost.invalid: Name or service not "
                            "known (670002)"));
    QCOMPARE(r.abortStatus, 50);
}

void tst_QnamEngine::variableLength()
{
    // Bodies of 5 and 6 bytes in turn: Length failures, none with -l.
    FaultServer server(FaultServer::Mode::VaryingLength);
    LoadTest test = makeTest(server.port(), 20, 2);
    const RunResult strict = runIt(test);
    QCOMPARE(strict.complete, 20);
    QCOMPARE(strict.failedLength, 10);
    test.variableLength = true;
    const RunResult variable = runIt(test);
    QCOMPARE(variable.complete, 20);
    QCOMPARE(variable.failedLength, 0);
    QCOMPARE(variable.failed(), 0);
}

void tst_QnamEngine::requestOptions()
{
    // -m, -p/-T, -C, -A, -H reach the wire.
    FaultServer server(FaultServer::Mode::Normal);
    LoadTest test = makeTest(server.port(), 2, 1);
    test.method = "PUT";
    test.sendBody = true;
    test.body = "x=1";
    test.cookies = {"a=1", "b=2"};
    test.basicAuth = "user:pass";
    test.headers = {{"X-Test", "yes"}};
    const RunResult r = runIt(test);
    QCOMPARE(r.complete, 2);
    QCOMPARE(r.totalBodySent, 6);
    const QByteArray request = server.firstRequest();
    QVERIFY2(request.startsWith("PUT / HTTP/1.1\r\n"), request.constData());
    QVERIFY2(request.contains("Cookie: b=2\r\n"), request.constData());
    QVERIFY2(request.contains("Authorization: Basic dXNlcjpwYXNz\r\n"), request.constData());
    QVERIFY2(request.contains("Content-Type: text/plain\r\n"), request.constData());
    QVERIFY2(request.contains("X-Test: yes\r\n"), request.constData());
    QVERIFY(request.endsWith("\r\n\r\nx=1"));

    FaultServer custom(FaultServer::Mode::Normal);
    LoadTest options = makeTest(custom.port(), 1, 1);
    options.method = "OPTIONS"; // -m without a body
    QCOMPARE(runIt(options).complete, 1);
    QVERIFY(custom.firstRequest().startsWith("OPTIONS / HTTP/1.1\r\n"));
    QVERIFY(!custom.firstRequest().toLower().contains("content-length: "));
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
