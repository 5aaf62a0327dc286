#include "locustcluster.h"

#include "enginelog.h"
#include "locustfile.h"
#include "runcoordinator.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

constexpr int kQuitGraceMs = 5000;

// A free TCP port on host: bound, read, released. Locust binds it a moment
// later; another process taking it in between makes the master fail loudly.
quint16 freePort(const QHostAddress &host)
{
    QTcpServer probe;
    return probe.listen(host, 0) ? probe.serverPort() : 0;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces), from field 3.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks; // utime, stime
}

} // namespace

LocustCluster::LocustCluster(const LocustClusterOptions &options) : m_options(options) { }

LocustCluster::~LocustCluster()
{
    stop();
}

QString LocustCluster::executable(QString *error)
{
    const QString configured = qEnvironmentVariable("SERVERBENCH_LOCUST");
    QString path = configured;
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("locust"));
    const QFileInfo info(path);
    if (!path.isEmpty() && info.isFile() && info.isExecutable())
        return path;
    if (error)
        *error = (configured.isEmpty()
                          ? QStringLiteral("locust not found on PATH")
                          : QStringLiteral("locust not found at %1 (SERVERBENCH_LOCUST)")
                                    .arg(configured))
                + QStringLiteral(": the locust engine needs Debian's python3-locust package "
                                 "(apt-get install python3-locust)");
    return {};
}

std::unique_ptr<QProcess> LocustCluster::startProcess(const QStringList &arguments,
                                                      const QString &logName)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(m_executable);
    process->setArguments(arguments);
    process->setWorkingDirectory(m_dir.path());
    process->setStandardErrorFile(m_dir.filePath(logName));
    if (logName != u"master.log")
        process->setStandardOutputFile(QProcess::nullDevice());
    // Its own group (a terminal's Ctrl+C is ours to handle), and killed with
    // the thread that started it if serverbench dies without stop().
    process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    process->start();
    if (!process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_executable, process->errorString());
        return nullptr;
    }
    return process;
}

bool LocustCluster::start(const std::atomic<bool> &cancel,
                          const std::function<void(const QString &)> &message)
{
    m_executable = executable(&m_error);
    if (m_executable.isEmpty())
        return false;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a directory for Locust: %1")
                          .arg(m_dir.errorString());
        return false;
    }
    if (!LocustFile::write(locustfilePath(), &m_error))
        return false;
    QString bindHost = QStringLiteral("127.0.0.1");
    if (m_options.masterBind.isEmpty()) {
        m_port = freePort(QHostAddress::LocalHost);
        m_host = bindHost;
    } else {
        const qsizetype colon = m_options.masterBind.lastIndexOf(u':');
        bindHost = m_options.masterBind.left(colon);
        m_port = quint16(m_options.masterBind.mid(colon + 1).toUInt());
        m_host = bindHost;
    }
    if (m_port == 0) {
        m_error = QStringLiteral("no free port for the Locust master");
        return false;
    }
    const int waitSec = std::max(1, int(std::ceil(m_options.workerWaitSec)));
    m_master = startProcess({QStringLiteral("-f"), locustfilePath(), QStringLiteral("--master"),
                             QStringLiteral("--headless"), QStringLiteral("--only-summary"),
                             QStringLiteral("--master-bind-host"), bindHost,
                             QStringLiteral("--master-bind-port"), QString::number(m_port),
                             QStringLiteral("--expect-workers"), QString::number(m_options.workers),
                             QStringLiteral("--expect-workers-max-wait"), QString::number(waitSec)},
                            QStringLiteral("master.log"));
    if (!m_master)
        return false;
    if (m_options.masterBind.isEmpty()) {
        for (int i = 0; i < m_options.workers; ++i) {
            auto worker = startProcess({QStringLiteral("-f"), locustfilePath(),
                                        QStringLiteral("--worker"), QStringLiteral("--master-host"),
                                        m_host, QStringLiteral("--master-port"),
                                        QString::number(m_port)},
                                       QStringLiteral("worker-%1.log").arg(i));
            if (!worker) {
                stop();
                return false;
            }
            m_workers.push_back(std::move(worker));
        }
    } else if (message) {
        message(QStringLiteral("locust: waiting %1 s for %2 worker(s) on %3; on each worker host, "
                               "copy %4 there and run: %5")
                        .arg(waitSec)
                        .arg(m_options.workers)
                        .arg(m_options.masterBind, locustfilePath(), remoteWorkerCommand()));
    }
    // SB_READY once the expected workers are there; the master gives up by
    // itself after --expect-workers-max-wait, and so do we.
    QDeadlineTimer deadline(qint64(waitSec + 5) * 1000);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (cancel.load()) {
            m_error = QStringLiteral("cancelled while waiting for the Locust workers");
            stop();
            return false;
        }
        if (readLine(line, 50)) {
            if (line.startsWith("SB_READY"))
                return true;
            continue;
        }
        if (m_master->state() == QProcess::NotRunning)
            break;
    }
    m_error = QStringLiteral("the %1 expected Locust worker(s) did not connect to %2:%3 within "
                             "%4 s")
                      .arg(m_options.workers)
                      .arg(m_host)
                      .arg(m_port)
                      .arg(waitSec);
    const QString tail = masterLogTail();
    if (!tail.isEmpty())
        m_error += QStringLiteral(" (master: %1)").arg(tail);
    stop();
    return false;
}

bool LocustCluster::isRunning() const
{
    return m_master && m_master->state() == QProcess::Running;
}

bool LocustCluster::readLine(QByteArray &line, int timeoutMs)
{
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n');
        if (newline >= 0) {
            line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            return true;
        }
        if (!m_master || m_master->state() != QProcess::Running)
            return false;
        if (!m_master->waitForReadyRead(timeoutMs)) {
            m_pending += m_master->readAllStandardOutput();
            if (!m_pending.contains('\n'))
                return false;
            continue;
        }
        m_pending += m_master->readAllStandardOutput();
    }
}

QString LocustCluster::nextCsvPrefix()
{
    return m_dir.filePath(QStringLiteral("run-%1").arg(++m_runs));
}

bool LocustCluster::run(QJsonObject command, RunControl &control, qint64 total)
{
    if (!isRunning()) {
        m_error = QStringLiteral("the Locust master is not running");
        return false;
    }
    command[QStringLiteral("cmd")] = QStringLiteral("run");
    command[QStringLiteral("workerWait")] = m_options.workerWaitSec;
    m_master->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    m_master->waitForBytesWritten(1000);
    const qint64 startNs = RunCoordinator::steadyNowNs();
    bool stopSent = false;
    RunProgress progress;
    progress.total = total;
    QByteArray line;
    for (;;) {
        if (control.cancelRequested.load() && !stopSent) {
            m_master->write("{\"cmd\":\"stop\"}\n");
            m_master->waitForBytesWritten(1000);
            stopSent = true;
        }
        if (!readLine(line, 50)) {
            if (!isRunning()) {
                m_error = QStringLiteral("the Locust master ended during the run");
                const QString tail = masterLogTail();
                if (!tail.isEmpty())
                    m_error += QStringLiteral(": ") + tail;
                return false;
            }
            continue;
        }
        if (line.startsWith("SB_DONE"))
            return true;
        if (line.startsWith("SB_PROGRESS") && control.onProgress) {
            // Locust's workers report every 3 s: a coarse count.
            const QList<QByteArray> fields = line.split(' ');
            const qint64 requests = fields.value(1).toLongLong();
            const qint64 failed = fields.value(2).toLongLong();
            const double elapsed = double(RunCoordinator::steadyNowNs() - startNs) / 1e9;
            progress.currentRps = elapsed > progress.elapsedSec && requests > progress.done
                    ? double(requests - failed - progress.done) / (elapsed - progress.elapsedSec)
                    : progress.currentRps;
            progress.done = requests - failed;
            progress.failed = failed;
            progress.elapsedSec = elapsed;
            control.onProgress(progress);
        }
    }
}

QString LocustCluster::remoteWorkerCommand() const
{
    QString host = m_host;
    if (host == u"0.0.0.0" || host == u"*" || host.isEmpty())
        host = QStringLiteral("MASTER_HOST");
    return QStringLiteral("locust -f %1 --worker --master-host %2 --master-port %3")
            .arg(QFileInfo(locustfilePath()).fileName(), host)
            .arg(m_port);
}

QString LocustCluster::locustfilePath() const
{
    return m_dir.filePath(QStringLiteral("serverbench_locustfile.py"));
}

QList<qint64> LocustCluster::localWorkerPids() const
{
    QList<qint64> pids;
    for (const auto &worker : m_workers) {
        if (worker->state() != QProcess::NotRunning)
            pids.append(worker->processId());
    }
    return pids;
}

QList<qint64> LocustCluster::processIds() const
{
    QList<qint64> pids = localWorkerPids();
    if (m_master && m_master->state() != QProcess::NotRunning)
        pids.prepend(m_master->processId());
    return pids;
}

double LocustCluster::cpuSeconds() const
{
    double total = 0;
    for (qint64 pid : processIds())
        total += processCpuSeconds(pid);
    return total;
}

QString LocustCluster::masterLogTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("master.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    // The last line that says something: an error, else the last one.
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines.at(i).contains("ERROR") || lines.at(i).contains("Error"))
            return QString::fromUtf8(lines.at(i).trimmed());
    }
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed());
}

void LocustCluster::stop()
{
    if (m_master && m_master->state() != QProcess::NotRunning) {
        m_master->write("{\"cmd\":\"quit\"}\n");
        m_master->waitForBytesWritten(1000);
        m_master->closeWriteChannel(); // EOF quits it too
        if (!m_master->waitForFinished(kQuitGraceMs)) {
            qCWarning(lcEngine) << "locust master did not quit; killing it";
            ::kill(pid_t(m_master->processId()), SIGKILL);
            m_master->waitForFinished(kQuitGraceMs);
        }
    }
    // The master's quit ends the workers it knew; one that never connected
    // or lost it is ended here.
    for (auto &worker : m_workers) {
        if (worker->state() == QProcess::NotRunning)
            continue;
        if (!worker->waitForFinished(1000)) {
            ::kill(pid_t(worker->processId()), SIGTERM);
            if (!worker->waitForFinished(kQuitGraceMs)) {
                ::kill(pid_t(worker->processId()), SIGKILL);
                worker->waitForFinished(kQuitGraceMs);
            }
        }
    }
    m_workers.clear();
    m_master.reset();
}
