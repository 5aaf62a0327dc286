// External targets with launch commands: python3 -m http.server started,
// measured and stopped by the sweep (its process gone after); launch
// commands that fail, die or never open their port give "-" rows with the
// reason, and the sweep goes on with the next target.

#include "externaltarget.h"
#include "sweeprunner.h"
#include "testports.h"
#include "testprocesses.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;

class tst_SweepExternal : public QObject
{
    Q_OBJECT

private slots:
    void checkCommand_data();
    void checkCommand();
    void initTestCase();
    void launchedServerAndFailures();
    void launchNeverListens();
    void portAlreadyInUse();
    void stalledStudentServerIsAnAbRow();

private:
    QTemporaryDir m_dir;
};

void tst_SweepExternal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not installed");
}

void tst_SweepExternal::launchedServerAndFailures()
{
    const quint16 pyPort = TestPorts::freePort();
    const quint16 deadPort = TestPorts::freePort();
    QVERIFY(pyPort != 0 && deadPort != 0);
    const QString logDir = m_dir.filePath(QStringLiteral("logs"));

    SweepConfig config;

    config.repeats = 1; // one run per cell: these are about one run's row

    config.warmUp = false;
    config.levels = {1, 2};
    config.requests = 50;
    config.pauseMs = 20;
    config.timeoutSec = 10;
    config.launchTimeoutSec = 10;
    config.targets = {
            SweepTarget::external(
                    QStringLiteral("python http.server"), TestPorts::localUrl(pyPort),
                    QStringLiteral("python3 -m http.server %1 --bind 127.0.0.1").arg(pyPort)),
            SweepTarget::external(QStringLiteral("false"), TestPorts::localUrl(deadPort),
                                  QStringLiteral("false")),
            SweepTarget::external(QStringLiteral("missing"), TestPorts::localUrl(deadPort),
                                  QStringLiteral("/nonexistent/serverbench-program --port 1")),
            SweepTarget::embedded(ServerModel::EventDriven),
    };
    QVERIFY2(config.validate().isEmpty(), qPrintable(config.validate()));

    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("saved")));
    runner.setLogDirectory(logDir);
    QSignalSpy finished(&runner, &SweepRunner::finished);
    qint64 pyPid = 0;
    bool aliveDuringRuns = false;
    connect(&runner, &SweepRunner::targetMessage, this, [&](const QString &text) {
        const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("^python http.server: pid (\\d+)")).match(text);
        if (match.hasMatch())
            pyPid = match.captured(1).toLongLong();
    });
    connect(&runner, &SweepRunner::rowFinished, this, [&](const SweepRow &row) {
        if (row.targetIndex == 0)
            aliveDuringRuns = aliveDuringRuns || (pyPid > 0 && TestProcesses::alive(pyPid));
    });
    runner.start(config);
    QVERIFY(finished.wait(90000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 8);

    // The launched server was measured, then stopped: process and port gone.
    QVERIFY(pyPid > 0);
    QVERIFY(aliveDuringRuns);
    for (int i = 0; i < 2; ++i) {
        const SweepRow &row = result.rows[i];
        QVERIFY2(row.hasFigures, qPrintable(row.reason));
        QCOMPARE(row.result.complete, 50);
        QCOMPARE(row.result.failed(), 0);
        QVERIFY(row.result.serverSoftware.contains(QStringLiteral("SimpleHTTP")));
    }
    QVERIFY(!TestProcesses::alive(pyPid));
    QVERIFY(!ExternalTarget::portAccepts(QStringLiteral("127.0.0.1"), pyPort, 500));
    QFile pyLog(logDir + QStringLiteral("/python_http.server.log"));
    QVERIFY(pyLog.open(QIODevice::ReadOnly));
    const QByteArray log = pyLog.readAll();
    QVERIFY2(log.contains("\"GET / HTTP/1.0\" 200"), log.left(400).constData());
    QVERIFY(log.contains("=== stopped"));

    // "false" exits at once: "-" rows with the exit code.
    for (int i = 2; i < 4; ++i) {
        const SweepRow &row = result.rows[i];
        QVERIFY(!row.hasFigures);
        QCOMPARE(row.targetKey, QStringLiteral("false"));
        QVERIFY2(row.reason.contains(QStringLiteral("exited with code 1")), qPrintable(row.reason));
    }
    // A program that does not exist: the shell's 127 and its message.
    for (int i = 4; i < 6; ++i) {
        const SweepRow &row = result.rows[i];
        QVERIFY(!row.hasFigures);
        QVERIFY2(row.reason.contains(QStringLiteral("exited with code 127")),
                 qPrintable(row.reason));
        QVERIFY2(row.reason.contains(QStringLiteral("not found")), qPrintable(row.reason));
    }
    // And the sweep went on.
    for (int i = 6; i < 8; ++i) {
        QVERIFY2(result.rows[i].hasFigures, qPrintable(result.rows[i].reason));
        QCOMPARE(result.rows[i].result.complete, 50);
    }
}

void tst_SweepExternal::launchNeverListens()
{
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    const QString pidFile = m_dir.filePath(QStringLiteral("sleeper.pid"));
    SweepConfig config;
    config.repeats = 1; // one run per cell: these are about one run's row
    config.warmUp = false;
    config.levels = {1};
    config.requests = 10;
    config.launchTimeoutSec = 1;
    // The shell writes its pid, then becomes a sleeper that ignores SIGTERM:
    // the sweep must give up on the port and still kill it.
    config.targets = {SweepTarget::external(
            QStringLiteral("sleeper"), TestPorts::localUrl(port),
            QStringLiteral("echo $$ > '%1'; trap '' TERM; echo waiting; sleep 60").arg(pidFile))};
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("saved")));
    runner.setLogDirectory(m_dir.filePath(QStringLiteral("logs")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    runner.start(config);
    QVERIFY(finished.wait(60000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 1);
    QVERIFY(!result.rows[0].hasFigures);
    QVERIFY2(result.rows[0].reason.contains(
                     QStringLiteral("did not open 127.0.0.1:%1 within 1 s").arg(port)),
             qPrintable(result.rows[0].reason));
    QVERIFY2(result.rows[0].reason.contains(QStringLiteral("waiting")),
             qPrintable(result.rows[0].reason));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 pid = file.readAll().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QVERIFY(!TestProcesses::alive(pid));
}

void tst_SweepExternal::portAlreadyInUse()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString marker = m_dir.filePath(QStringLiteral("launched"));
    SweepConfig config;
    config.repeats = 1; // one run per cell: these are about one run's row
    config.warmUp = false;
    config.levels = {1};
    config.requests = 10;
    config.targets = {SweepTarget::external(QStringLiteral("late"),
                                            TestPorts::localUrl(squatter.serverPort()),
                                            QStringLiteral("touch '%1'").arg(marker))};
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("saved")));
    runner.setLogDirectory(m_dir.filePath(QStringLiteral("logs")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    runner.start(config);
    QVERIFY(finished.wait(30000));
    const auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 1);
    QVERIFY(!result.rows[0].hasFigures);
    QVERIFY2(result.rows[0].reason.contains(QStringLiteral("already accepts connections")),
             qPrintable(result.rows[0].reason));
    QVERIFY(!QFileInfo::exists(marker)); // the command never ran
}

void tst_SweepExternal::stalledStudentServerIsAnAbRow()
{
    // A student server that holds one request for 3 s, swept with ab -s 1:
    // ab stops that run with "apr_pollset_poll: The timeout specified has
    // expired (70007)" after 19 of 20 requests; the row is "-" with ab's
    // words. With --timeout-per-request the held request fails alone.
    const QString fixture = QFINDTESTDATA("../fixtures/student_server.py");
    QVERIFY(!fixture.isEmpty());
    const quint16 port = TestPorts::freePort();
    QVERIFY(port != 0);
    SweepConfig config;
    config.repeats = 1; // one run per cell: these are about one run's row
    config.warmUp = false;
    config.levels = {2};
    config.requests = 20;
    config.pauseMs = 0;
    config.timeoutSec = 1;
    config.engine = EngineKind::Qnam;
    config.targets = {SweepTarget::external(
            QStringLiteral("stall"), TestPorts::localUrl(port),
            QStringLiteral("exec /usr/bin/python3 '%1' stall --port %2 --every 5 --stall 3")
                    .arg(fixture)
                    .arg(port))};
    SweepRunner runner;
    runner.setSaveDirectory(m_dir.filePath(QStringLiteral("saved")));
    runner.setLogDirectory(m_dir.filePath(QStringLiteral("logs")));
    QSignalSpy finished(&runner, &SweepRunner::finished);
    runner.start(config);
    QVERIFY(finished.wait(60000));
    auto result = finished[0][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 1);
    const SweepRow &row = result.rows[0];
    QVERIFY(!row.hasFigures);
    QCOMPARE(row.reason,
             QStringLiteral("apr_pollset_poll: The timeout specified has expired (70007); "
                            "Total of 19 requests completed"));
    QCOMPARE(row.result.abortStatus, 119);

    config.timeoutPerRequest = true;
    runner.start(config);
    QVERIFY(finished.wait(60000));
    result = finished[1][0].value<SweepResult>();
    QCOMPARE(result.rows.size(), 1);
    QVERIFY2(result.rows[0].hasFigures, qPrintable(result.rows[0].reason));
    QCOMPARE(result.rows[0].result.complete, 19);
    QCOMPARE(result.rows[0].result.timeouts, 1);
}

void tst_SweepExternal::checkCommand_data()
{
    // A launch command is a shell command line (sh -c): builtins, keywords
    // and assignments lead it as well as programs.
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("cd and exec") << u"cd /tmp && exec python3 server.py"_s << QString();
    QTest::newRow("assignment") << u"PYTHONUNBUFFERED=1 python3 server.py"_s << QString();
    QTest::newRow("absolute path") << u"/usr/bin/python3 -V"_s << QString();
    QTest::newRow("keyword") << u"if true; then exec true; fi"_s << QString();
    QTest::newRow("not found") << u"no-such-server-xyz --port 9"_s
                               << u"launch command \"no-such-server-xyz\" not found"_s;
    QTest::newRow("unterminated quote")
            << u"exec python3 'server.py"_s << u"not a valid shell command line"_s;
    QTest::newRow("empty") << u"  "_s << u"the launch command is empty"_s;
}

void tst_SweepExternal::checkCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, problem);
    const QString got = ExternalTarget::checkCommand(command);
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
    // Checking never runs the command.
    QVERIFY(!got.contains(u"server.py: "_s));
}

QTEST_GUILESS_MAIN(tst_SweepExternal)
#include "tst_sweepexternal.moc"
