// The locust engine against servers started by the test: nginx-light on
// loopback (its access log must count exactly the requests the result says
// were sent, run after run of one cluster), a worker killed mid-run, a
// missing locust executable, and workers on another "host": a network
// namespace joined to ours by a veth pair (root only; skipped, saying why,
// where `ip netns` is not permitted).
#include "engine.h"
#include "locustcluster.h"
#include "locustengine.h"
#include "locuststats.h"
#include "nginxprocess.h"
#include "pythonhttpserver.h"
#include "testports.h"
#include "testprocesses.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>
#include <unistd.h>

namespace {

// Runs a command, true when it exits 0; its stderr in *output.
bool runCommand(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit
            && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed();
    return ok;
}

} // namespace

class tst_LocustEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sweepOfRunsCountsExactlyInNginxLog();
    void workerLostMidRun();
    void missingLocustSaysWhichPackage();
    void csvFieldsAsPythonWritesThem();
    void workersInAnotherNetworkNamespace();

private:
    LoadTest test(int c, qint64 n, bool keepAlive) const;
    QList<QByteArray> accessLog() const;

    QTemporaryDir m_dir;
    NginxProcess m_nginx {m_dir.path()};
    quint16 m_port = 0;
};

void tst_LocustEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!NginxProcess::isInstalled())
        QSKIP("nginx is not installed (scripts/install-deps.sh --test installs nginx-light)");
    QDir().mkpath(m_nginx.root());
    QFile index(m_nginx.root() + QStringLiteral("/index.html"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(QByteArray(100, 'x'));
    index.close();
    // $connection: which connection served each request, so the test can
    // tell a connection per request (ab without -k) from keep-alive.
    m_nginx.setLogFormat(QStringLiteral("$connection $status"));
    QVERIFY2(m_nginx.start(), qPrintable(m_nginx.errorString()));
    m_port = m_nginx.port();
}

void tst_LocustEngine::cleanupTestCase()
{
    m_nginx.stop();
}

LoadTest tst_LocustEngine::test(int c, qint64 n, bool keepAlive) const
{
    LoadTest t;
    t.url = QUrl(QStringLiteral("http://127.0.0.1:%1/index.html").arg(m_port));
    t.requests = n;
    t.concurrency = c;
    t.keepAlive = keepAlive;
    t.engine = EngineKind::Locust;
    t.locustWorkers = 2;
    t.locustWorkerWaitSec = 30;
    return t;
}

QList<QByteArray> tst_LocustEngine::accessLog() const
{
    QFile log(m_nginx.accessLogPath());
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = log.readAll().split('\n');
    lines.removeAll(QByteArray());
    return lines;
}

void tst_LocustEngine::sweepOfRunsCountsExactlyInNginxLog()
{
    QString missing;
    if (LocustCluster::executable(&missing).isEmpty())
        QSKIP(qPrintable(missing));
    // One engine for several levels, as a sweep keeps it: one cluster.
    LocustEngine engine;
    QList<qint64> firstPids;
    const struct
    {
        int c;
        qint64 n;
        bool keepAlive;
    } runs[] = {{1, 37, false}, {5, 203, false}, {3, 101, true}, {7, 150, false}};
    for (const auto &run : runs) {
        const qsizetype before = accessLog().size();
        RunControl control;
        const RunResult r = engine.run(test(run.c, run.n, run.keepAlive), control);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(!r.aborted(), qPrintable(r.abortMessage));
        QCOMPARE(r.engine, QStringLiteral("locust"));
        QCOMPARE(r.engineWorkers, 2);
        // Exactly n, and nginx saw exactly what the result says was sent.
        QCOMPARE(r.complete + r.failed(), run.n);
        QCOMPARE(r.failed(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(accessLog().size() - before, r.complete + r.failed(), 3000);
        const QList<QByteArray> lines = accessLog().mid(before);
        QSet<QByteArray> connections;
        for (const QByteArray &line : lines) {
            QVERIFY2(line.endsWith(" 200"), line.constData());
            connections.insert(line.split(' ').value(0));
        }
        if (run.keepAlive)
            QVERIFY2(connections.size() <= run.c + 2,
                     qPrintable(QString::number(connections.size())));
        else
            QCOMPARE(connections.size(), run.n); // a connection per request, as ab
        QCOMPARE(r.statusCounts.value(200), run.n);
        QCOMPARE(r.htmlTransferred, 100 * run.n);
        QVERIFY(r.timeTakenSec > 0);
        QVERIFY(r.requestsPerSecond() > 0);
        QCOMPARE(r.percentiles().size(), 9);
        QVERIFY(!r.unavailableReason(QStringLiteral("connect_mean_ms")).isEmpty());
        QVERIFY(!r.unavailableReason(QStringLiteral("total_transferred")).isEmpty());
        QVERIFY(r.unavailableReason(QStringLiteral("complete")).isEmpty());
        // The same master and workers, run after run.
        if (firstPids.isEmpty())
            firstPids = engine.processIds();
        QCOMPARE(engine.processIds(), firstPids);
        QCOMPARE(firstPids.size(), 3);
    }
    // Round trip through JSON keeps what the report needs.
    RunControl control;
    const RunResult r = engine.run(test(2, 20, true), control);
    const RunResult back = RunResult::fromJson(r.toJson());
    QCOMPARE(back.percentiles(), r.percentiles());
    QCOMPARE(back.unavailable, r.unavailable);
    QCOMPARE(back.engineWorkers, 2);
    QCOMPARE(back.meanLatencyMs(), r.meanLatencyMs());
}

void tst_LocustEngine::workerLostMidRun()
{
    QString missing;
    if (LocustCluster::executable(&missing).isEmpty())
        QSKIP(qPrintable(missing));
    QList<qint64> pids;
    RunResult r;
    // The engine lives on one thread, as in a sweep: made, run and ended there.
    std::atomic<LocustEngine *> running {nullptr};
    std::atomic<bool> finished {false};
    std::thread runner([&] {
        LocustEngine engine;
        running = &engine;
        RunControl control;
        // Far more than fits in the test: only the lost worker ends it.
        r = engine.run(test(4, 10'000'000, true), control);
        running = nullptr;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(running.load() && running.load()->localWorkerPids().size() == 2,
                             30000);
    pids = running.load()->processIds();
    QTest::qWait(1500); // requests flow
    QVERIFY(!finished.load());
    ::kill(pid_t(running.load()->localWorkerPids().first()), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 30000);
    runner.join();
    QVERIFY2(r.aborted(), qPrintable(r.error));
    QVERIFY2(r.abortMessage.contains(u"lost mid-run"), qPrintable(r.abortMessage));
    QVERIFY(r.complete < 10'000'000);
    // The engine is gone: so is every process it started.
    QCOMPARE(pids.size(), 3);
    for (qint64 pid : pids)
        QTRY_VERIFY2_WITH_TIMEOUT(!TestProcesses::alive(pid), qPrintable(QString::number(pid)),
                                  10000);
}

void tst_LocustEngine::missingLocustSaysWhichPackage()
{
    qputenv("SERVERBENCH_LOCUST", "/nonexistent/bin/locust");
    LocustEngine engine;
    RunControl control;
    const RunResult r = engine.run(test(1, 5, false), control);
    qunsetenv("SERVERBENCH_LOCUST");
    QCOMPARE(r.complete, 0);
    QVERIFY2(r.error.contains(u"python3-locust"), qPrintable(r.error));
    QVERIFY2(r.error.contains(u"/nonexistent/bin/locust"), qPrintable(r.error));
    QVERIFY(!r.error.contains(u'\n'));
}

void tst_LocustEngine::csvFieldsAsPythonWritesThem()
{
    // Python's csv quotes a field with a comma or a quote (a path may hold both).
    QCOMPARE(LocustStats::csvFields("GET,\"/a,b?q=\"\"x\"\"\",3,,0.5"),
             QByteArrayList({"GET", "/a,b?q=\"x\"", "3", "", "0.5"}));
    QCOMPARE(LocustStats::csvFields(""), QByteArrayList({""}));
}

void tst_LocustEngine::workersInAnotherNetworkNamespace()
{
    QString missing;
    if (LocustCluster::executable(&missing).isEmpty())
        QSKIP(qPrintable(missing));
    if (geteuid() != 0)
        QSKIP("needs root to make network namespaces (ip netns)");
    // Our namespace is the master's host; the workers' host is a new one.
    const QString ns = QStringLiteral("sbw%1").arg(getpid());
    const QString outside = QStringLiteral("sbm%1").arg(getpid());
    const QString inside = QStringLiteral("sbi%1").arg(getpid());
    const int subnet = 100 + getpid() % 100;
    const QString masterIp = QStringLiteral("10.231.%1.1").arg(subnet);
    const QString workerIp = QStringLiteral("10.231.%1.2").arg(subnet);
    QString output;
    if (!runCommand(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("add"), ns},
                    &output))
        QSKIP(qPrintable(QStringLiteral("ip netns add is not permitted here: ") + output));
    const auto cleanup = qScopeGuard([&] {
        runCommand(QStringLiteral("ip"), {QStringLiteral("netns"), QStringLiteral("del"), ns});
        runCommand(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("del"), outside});
    });
    const QStringList steps[] = {
            {QStringLiteral("link"), QStringLiteral("add"), outside, QStringLiteral("type"),
             QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), inside},
            {QStringLiteral("link"), QStringLiteral("set"), inside, QStringLiteral("netns"), ns},
            {QStringLiteral("addr"), QStringLiteral("add"), masterIp + QStringLiteral("/24"),
             QStringLiteral("dev"), outside},
            {QStringLiteral("link"), QStringLiteral("set"), outside, QStringLiteral("up")},
            {QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"),
             workerIp + QStringLiteral("/24"), QStringLiteral("dev"), inside},
            {QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), inside,
             QStringLiteral("up")},
            {QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
             QStringLiteral("lo"), QStringLiteral("up")},
    };
    for (const QStringList &step : steps) {
        if (!runCommand(QStringLiteral("ip"), step, &output))
            QSKIP(qPrintable(QStringLiteral("ip %1 is not permitted here: %2")
                                     .arg(step.join(u' '), output)));
    }

    // The target listens on the master's side of the link, so the workers'
    // requests cross it too; python's server logs each client's address.
    PythonHttpServer target(m_nginx.root(), QHostAddress(masterIp));
    target.setKeepOutput(true);
    QVERIFY2(target.start(), qPrintable(target.errorString()));
    const quint16 targetPort = target.port();

    const quint16 masterPort = TestPorts::freePort(QHostAddress(masterIp));
    LoadTest t = test(2, 40, false);
    t.url = QUrl(QStringLiteral("http://%1:%2/index.html").arg(masterIp).arg(targetPort));
    t.locustMasterBind = QStringLiteral("%1:%2").arg(masterIp).arg(masterPort);
    t.locustWorkerWaitSec = 30;
    std::vector<qint64> workerPids;
    QString printed;
    RunControl control;
    // The user's part: start each worker on the other host with the line
    // serverbench prints, from the folder the locustfile was copied to.
    control.onMessage = [&](const QString &message) {
        printed = message;
        static const QRegularExpression pattern(QStringLiteral("copy (\\S+) there and run: (.+)$"));
        const auto match = pattern.match(message);
        if (!match.hasMatch())
            return;
        const QString folder = QFileInfo(match.captured(1)).absolutePath();
        QStringList command = match.captured(2).split(u' ');
        command[0] = LocustCluster::executable(nullptr);
        for (int i = 0; i < 2; ++i) {
            qint64 pid = 0;
            QProcess::startDetached(
                    QStringLiteral("ip"),
                    QStringList {QStringLiteral("netns"), QStringLiteral("exec"), ns} + command,
                    folder, &pid);
            workerPids.push_back(pid);
        }
    };
    RunResult r;
    {
        LocustEngine engine;
        r = engine.run(t, control);
    }
    for (qint64 pid : workerPids) {
        // The master's quit ends the remote workers too.
        QTRY_VERIFY2_WITH_TIMEOUT(!TestProcesses::alive(pid), "a worker outlived the master",
                                  10000);
    }
    QVERIFY2(printed.contains(QStringLiteral("--worker --master-host %1 --master-port %2")
                                      .arg(masterIp)
                                      .arg(masterPort)),
             qPrintable(printed));
    QCOMPARE(workerPids.size(), size_t(2));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(!r.aborted(), qPrintable(r.abortMessage));
    QCOMPARE(r.engineWorkers, 2);
    QCOMPARE(r.complete, 40);
    QVERIFY(!r.unavailableReason(QStringLiteral("client_cpu_s"))
                     .isEmpty()); // remote CPU is not ours
    // Every request came from the workers' host.
    target.stop();
    const QString log = target.output();
    QCOMPARE(log.count(workerIp + QStringLiteral(" - - ")), 40);
    QCOMPARE(log.count(QStringLiteral("127.0.0.1 - - ")), 0);
}

QTEST_GUILESS_MAIN(tst_LocustEngine)
#include "tst_locustengine.moc"
