// TargetProbe ("Try it"): a student's Python server launched the way the
// issue launches it (`cd DIR && exec python3 server.py PORT`) answers with
// its status line and headers and is stopped afterwards; a command that
// exits at once, a closed port, a bad URL and a cancel each end in one line
// that says why.

#include "externaltarget.h"
#include "studentserverscript.h"
#include "targetprobe.h"
#include "testports.h"
#include "testprocesses.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Runs one probe to its end and returns its result.
TargetProbe::Result probe(const SweepTarget &target, double launchTimeoutSec = 10)
{
    TargetProbe probe;
    QSignalSpy finished(&probe, &TargetProbe::finished);
    if (!probe.start(target, launchTimeoutSec))
        return {};
    if (!finished.wait(60000))
        qWarning("the probe did not finish");
    return probe.result();
}

} // namespace

class tst_TargetProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void launchedServerAnswersThenStops();
    void runningServerWithoutLaunch();
    void launchCommandExitsAtOnce();
    void refusedWithoutLaunch();
    void badUrl_data();
    void badUrl();
    void cancelWhileWaitingForThePort();

private:
    QTemporaryDir m_dir;
};

void tst_TargetProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
    QVERIFY(StudentServerScript::write(m_dir.filePath(QStringLiteral("server.py")),
                                       "halo dari tugas\n", {{"X-Tugas", "server_async_http"}}));
}

void tst_TargetProbe::launchedServerAnswersThenStops()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    // The form: cd into the assignment's folder, exec the server.
    const QString command
            = QStringLiteral("cd %1 && exec python3 server.py %2").arg(m_dir.path()).arg(port);
    const SweepTarget target
            = SweepTarget::external(QStringLiteral("tugas"), TestPorts::localUrl(port), command);

    TargetProbe probe;
    QSignalSpy stages(&probe, &TargetProbe::stageChanged);
    QSignalSpy finished(&probe, &TargetProbe::finished);
    QVERIFY(probe.start(target, 10));
    QVERIFY(probe.isRunning());
    QVERIFY(!probe.start(target, 10)); // one at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(!probe.isRunning());

    const TargetProbe::Result result = probe.result();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.statusLine, QStringLiteral("HTTP/1.0 200 OK"));
    QCOMPARE(result.statusCode, 200);
    QVERIFY(result.headers.contains(
            qMakePair(QStringLiteral("Content-Type"), QStringLiteral("text/plain"))));
    QVERIFY(result.headers.contains(
            qMakePair(QStringLiteral("X-Tugas"), QStringLiteral("server_async_http"))));
    QVERIFY(std::any_of(result.headers.cbegin(), result.headers.cend(), [](const auto &header) {
        return header.first == u"Server" && header.second.contains(u"Python");
    }));
    QCOMPARE(result.bodyBytes, 16);
    QVERIFY(result.bodyComplete);
    QCOMPARE(result.bodyStart, QByteArray("halo dari tugas\n"));
    QVERIFY(result.connectMs >= 0);
    QVERIFY(result.headerMs >= 0);
    QVERIFY(result.totalMs >= result.connectMs);
    QVERIFY(result.launchMs > 0);
    // The server's own log line: ab's request reached it.
    QVERIFY2(result.serverOutput.contains(QStringLiteral("\"GET / HTTP/1.0\" 200")),
             qPrintable(result.serverOutput));

    // Launching, fetching and stopping were reported, in that order.
    QTRY_COMPARE(stages.size(), 3);
    QCOMPARE(stages.at(0).at(0).value<TargetProbe::Stage>(), TargetProbe::Stage::Launching);
    QCOMPARE(stages.at(1).at(0).value<TargetProbe::Stage>(), TargetProbe::Stage::Fetching);
    QCOMPARE(stages.at(2).at(0).value<TargetProbe::Stage>(), TargetProbe::Stage::Stopping);

    // Stopped afterwards: the process is gone and the port refuses.
    QVERIFY(result.launchedPid > 0);
    QVERIFY(!TestProcesses::alive(result.launchedPid));
    QVERIFY(!ExternalTarget::portAccepts(QStringLiteral("127.0.0.1"), port, 500));
}

void tst_TargetProbe::runningServerWithoutLaunch()
{
    // A server the student started by hand is fetched and left running.
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    ExternalTarget server(QStringLiteral("exec python3 %1 %2")
                                  .arg(m_dir.filePath(QStringLiteral("server.py")))
                                  .arg(port),
                          TestPorts::localUrl(port), m_dir.filePath(QStringLiteral("manual.log")));
    QVERIFY2(server.launch(10), qPrintable(server.errorString()));

    const TargetProbe::Result result
            = probe(SweepTarget::external(QStringLiteral("manual"), TestPorts::localUrl(port)));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.statusLine, QStringLiteral("HTTP/1.0 200 OK"));
    QCOMPARE(result.launchMs, -1.0);
    QCOMPARE(result.launchedPid, 0);
    QVERIFY(server.isRunning());
    QVERIFY(ExternalTarget::portAccepts(QStringLiteral("127.0.0.1"), port, 500));
}

void tst_TargetProbe::launchCommandExitsAtOnce()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    const TargetProbe::Result result = probe(SweepTarget::external(
            QStringLiteral("broken"), TestPorts::localUrl(port),
            QStringLiteral("echo 'Traceback: ModuleNotFoundError' >&2; exit 3")));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("exited with code 3")), qPrintable(result.error));
    // Its stderr's last words come with the reason.
    QVERIFY2(result.error.contains(QStringLiteral("ModuleNotFoundError")),
             qPrintable(result.error));
    QVERIFY(!result.error.contains(u'\n'));
}

void tst_TargetProbe::refusedWithoutLaunch()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    const TargetProbe::Result result
            = probe(SweepTarget::external(QStringLiteral("closed"), TestPorts::localUrl(port)));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QString::number(port)), qPrintable(result.error));
    QVERIFY(result.statusLine.isEmpty());
}

void tst_TargetProbe::badUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8080");
    QTest::newRow("typo") << QStringLiteral("htp:/nowhere");
    QTest::newRow("no host") << QStringLiteral("http://");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/");
}

void tst_TargetProbe::badUrl()
{
    QFETCH(QString, url);
    const TargetProbe::Result result
            = probe(SweepTarget::external(QStringLiteral("bad"), QUrl(url, QUrl::StrictMode),
                                          QStringLiteral("exec python3 -m http.server 9")));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("is not an http:// URL")),
             qPrintable(result.error));
    QCOMPARE(result.launchedPid, 0); // nothing was launched for a URL that cannot work
}

void tst_TargetProbe::cancelWhileWaitingForThePort()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    TargetProbe probe;
    QSignalSpy stages(&probe, &TargetProbe::stageChanged);
    QSignalSpy finished(&probe, &TargetProbe::finished);
    QVERIFY(probe.start(SweepTarget::external(QStringLiteral("slow"), TestPorts::localUrl(port),
                                              QStringLiteral("exec sleep 60")),
                        30));
    QVERIFY(stages.wait(10000));
    QElapsedTimer clock;
    clock.start();
    probe.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(clock.elapsed() < 8000); // not the 30 s launch timeout
    QCOMPARE(probe.result().error, QStringLiteral("cancelled"));
    QVERIFY(!probe.result().ok);
}

QTEST_GUILESS_MAIN(tst_TargetProbe)
#include "tst_targetprobe.moc"
