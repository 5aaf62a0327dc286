// `serverbench ab` as a user runs it (SERVERBENCH_BIN): ab's report layout
// on stdout, ab's progress lines on stderr, exit 0 when the run ran, and a
// one-line usage error with exit 1.
#include "faultserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString valueOf(const QString &report, const QString &label)
{
    const QRegularExpression re(
            QStringLiteral("^%1:\\s+(.*)$").arg(QRegularExpression::escape(label)),
            QRegularExpression::MultilineOption);
    return re.match(report).captured(1).trimmed();
}

} // namespace

class tst_AbCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void reportAndProgress();
    void shortRunSaysDone();
    void keepAliveHeadHeadersPost();
    void qnamEngine();
    void refusedStillReports();
    void outOfFileDescriptors_data();
    void outOfFileDescriptors();
    void interruptPrintsWhatWasMeasured();

private:
    Outcome run(const QStringList &arguments, const QStringList &prefix = {});
    QString m_bin;
};

void tst_AbCommand::initTestCase()
{
    // sb-ab is app/abcommand.cpp alone, so a sanitizer build can run this test
    // without building the GUI; SERVERBENCH_BIN is the whole program.
    m_bin = qEnvironmentVariable("SERVERBENCH_AB_BIN", qEnvironmentVariable("SERVERBENCH_BIN"));
    if (m_bin.isEmpty() || !QFile::exists(m_bin))
        QSKIP("SERVERBENCH_BIN is not set (run through ctest)");
}

Outcome tst_AbCommand::run(const QStringList &arguments, const QStringList &prefix)
{
    QProcess p;
    QStringList args = prefix;
    QString program = m_bin;
    if (!prefix.isEmpty()) {
        program = args.takeFirst();
        args << m_bin;
    }
    args << QStringLiteral("ab") << arguments;
    p.start(program, args);
    Outcome o;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    o.err = QString::fromLocal8Bit(p.readAllStandardError());
    return o;
}

void tst_AbCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString url = QStringLiteral("http://127.0.0.1:1/");
    QTest::newRow("c > n") << QStringList {QStringLiteral("-n"), QStringLiteral("5"),
                                           QStringLiteral("-c"), QStringLiteral("10"), url}
                           << "Cannot use concurrency level greater than total number of requests";
    QTest::newRow("no url") << QStringList {QStringLiteral("-n"), QStringLiteral("5")} << "URL";
    QTest::newRow("two urls") << QStringList {url, url} << "URL";
    QTest::newRow("ftp") << QStringList {QStringLiteral("ftp://127.0.0.1/")} << "http://";
    QTest::newRow("engine") << QStringList {QStringLiteral("--engine"), QStringLiteral("curl"), url}
                            << "engine";
    QTest::newRow("n not a number")
            << QStringList {QStringLiteral("-n"), QStringLiteral("lots"), url} << "-n";
    QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate"), url} << "frobnicate";
    QTest::newRow("bad header") << QStringList {QStringLiteral("-H"), QStringLiteral("NoColon"),
                                                url}
                                << "-H";
    QTest::newRow("missing post file")
            << QStringList {QStringLiteral("-p"), QStringLiteral("/nonexistent/x"),
                            QStringLiteral("-T"), QStringLiteral("text/plain"), url}
            << "cannot read";
}

void tst_AbCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome o = run(arguments);
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(message), qPrintable(o.err));
    QCOMPARE(o.err.count(u'\n'), 1); // one line
    QVERIFY(o.out.isEmpty());
}

void tst_AbCommand::reportAndProgress()
{
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o
            = run({QStringLiteral("-n"), QStringLiteral("300"), QStringLiteral("-c"),
                   QStringLiteral("3"), QStringLiteral("http://127.0.0.1:%1/").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, QStringLiteral("Complete requests")), QStringLiteral("300"));
    QCOMPARE(valueOf(o.out, QStringLiteral("Failed requests")), QStringLiteral("0"));
    QCOMPARE(valueOf(o.out, QStringLiteral("Document Length")), QStringLiteral("5 bytes"));
    QCOMPARE(valueOf(o.out, QStringLiteral("Server Software")), QStringLiteral("fault/1.0"));
    QCOMPARE(valueOf(o.out, QStringLiteral("Concurrency Level")), QStringLiteral("3"));
    QVERIFY(valueOf(o.out, QStringLiteral("Requests per second")).endsWith(u"[#/sec] (mean)"));
    QVERIFY(o.out.contains(QStringLiteral(
            "\nConnection Times (ms)\n              min  mean[+/-sd] median   max\n")));
    QVERIFY(o.out.contains(QStringLiteral(" 100%  ")));
    // ab's heartbeat: every max(n/10, 100) completions, then "Finished".
    QCOMPARE(o.err,
             QStringLiteral(
                     "Completed 100 requests\nCompleted 200 requests\nCompleted 300 requests\n"
                     "Finished 300 requests\n"));
    QCOMPARE(server.requests(), 300);
}

void tst_AbCommand::shortRunSaysDone()
{
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o = run({QStringLiteral("-n"), QStringLiteral("20"),
                           QStringLiteral("http://127.0.0.1:%1/x").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains(
            QStringLiteral("Benchmarking 127.0.0.1 (be patient).....done\n\n\nServer Software:")));
    QVERIFY(o.err.isEmpty());
    QCOMPARE(valueOf(o.out, QStringLiteral("Document Path")), QStringLiteral("/x"));
}

void tst_AbCommand::keepAliveHeadHeadersPost()
{
    FaultServer server(FaultServer::Mode::Normal);
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(server.port());
    Outcome o = run({QStringLiteral("-k"), QStringLiteral("-n"), QStringLiteral("50"),
                     QStringLiteral("-c"), QStringLiteral("5"), url});
    QCOMPARE(valueOf(o.out, QStringLiteral("Keep-Alive requests")), QStringLiteral("50"));

    FaultServer headServer(FaultServer::Mode::Normal);
    o = run({QStringLiteral("-i"), QStringLiteral("-H"), QStringLiteral("X-Probe: 42"),
             QStringLiteral("-n"), QStringLiteral("5"),
             QStringLiteral("http://127.0.0.1:%1/").arg(headServer.port())});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(headServer.firstRequest().startsWith("HEAD / HTTP/1.0\r\n"));
    QVERIFY(headServer.firstRequest().contains("\r\nX-Probe: 42\r\n"));
    QCOMPARE(valueOf(o.out, QStringLiteral("Document Length")), QStringLiteral("0 bytes"));

    QTemporaryFile body;
    QVERIFY(body.open());
    body.write("posted=1");
    body.flush();
    FaultServer postServer(FaultServer::Mode::Normal);
    o = run({QStringLiteral("-p"), body.fileName(), QStringLiteral("-T"),
             QStringLiteral("application/x-test"), QStringLiteral("-n"), QStringLiteral("4"),
             QStringLiteral("http://127.0.0.1:%1/").arg(postServer.port())});
    QCOMPARE(o.exitCode, 0);
    QVERIFY(postServer.firstRequest().contains("Content-type: application/x-test\r\n"));
    QVERIFY(postServer.firstRequest().endsWith("\r\n\r\nposted=1"));
    QVERIFY(!valueOf(o.out, QStringLiteral("Total body sent")).isEmpty());
}

void tst_AbCommand::qnamEngine()
{
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o = run({QStringLiteral("--engine"), QStringLiteral("qnam"), QStringLiteral("-n"),
                           QStringLiteral("40"), QStringLiteral("-c"), QStringLiteral("4"),
                           QStringLiteral("http://127.0.0.1:%1/").arg(server.port())});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, QStringLiteral("Complete requests")), QStringLiteral("40"));
    QCOMPARE(server.requests(), 40);
}

void tst_AbCommand::refusedStillReports()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    const Outcome o = run({QStringLiteral("-n"), QStringLiteral("10"),
                           QStringLiteral("http://127.0.0.1:%1/").arg(port)});
    QCOMPARE(o.exitCode, 0);
    QCOMPARE(valueOf(o.out, QStringLiteral("Complete requests")), QStringLiteral("0"));
    QCOMPARE(valueOf(o.out, QStringLiteral("Failed requests")), QStringLiteral("10"));
    QVERIFY(o.out.contains(
            QStringLiteral("   (Connect: 10, Receive: 0, Length: 0, Exceptions: 0)\n")));
    QVERIFY(o.err.contains(QStringLiteral("refused")));
}

void tst_AbCommand::outOfFileDescriptors_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("socket") << QStringLiteral("socket");
    QTest::newRow("qnam") << QStringLiteral("qnam");
}

void tst_AbCommand::outOfFileDescriptors()
{
    // c = 1000 under `ulimit -n 256`: the run must end with a clear error and
    // every request counted, not crash or hang.
    QFETCH(QString, engine);
    const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
    if (prlimit.isEmpty())
        QSKIP("prlimit (util-linux) is not installed");
    FaultServer server(FaultServer::Mode::Normal);
    const Outcome o
            = run({QStringLiteral("--engine"), engine, QStringLiteral("-n"), QStringLiteral("2000"),
                   QStringLiteral("-c"), QStringLiteral("1000"), QStringLiteral("-s"),
                   QStringLiteral("5"), QStringLiteral("http://127.0.0.1:%1/").arg(server.port())},
                  {prlimit, QStringLiteral("--nofile=256:256")});
    QCOMPARE(o.exitCode, 0);
    QVERIFY2(o.err.contains(QStringLiteral("EMFILE")), qPrintable(o.err));
    const qint64 complete = valueOf(o.out, QStringLiteral("Complete requests")).toLongLong();
    const qint64 failed = valueOf(o.out, QStringLiteral("Failed requests")).toLongLong();
    QVERIFY2(failed > 0, qPrintable(o.out));
    QCOMPARE(complete + failed, 2000);
}

void tst_AbCommand::interruptPrintsWhatWasMeasured()
{
    // ab prints its report on SIGINT; so do we, with what was measured.
    FaultServer server(FaultServer::Mode::Silent);
    QProcess p;
    p.start(m_bin,
            {QStringLiteral("ab"), QStringLiteral("-n"), QStringLiteral("1000"),
             QStringLiteral("-c"), QStringLiteral("2"),
             QStringLiteral("http://127.0.0.1:%1/").arg(server.port())});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    QTRY_VERIFY((out += p.readAllStandardOutput()).contains("(be patient)"));
    QTRY_COMPARE(server.requests(), 2);
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    out += p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(out.contains("Complete requests:      0\n"));
}

QTEST_GUILESS_MAIN(tst_AbCommand)
#include "tst_abcommand.moc"
