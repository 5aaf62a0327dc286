#include "externaltarget.h"

#include "reasontext.h"

#include "sweeplog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

constexpr int kTermGraceMs = 3000;
constexpr int kPollMs = 100;

// Is any process of the group still alive?
bool groupAlive(qint64 pgid)
{
    return pgid > 0 && ::kill(pid_t(-pgid), 0) == 0;
}

} // namespace

ExternalTarget::ExternalTarget(const QString &command, const QUrl &url, const QString &logPath)
    : m_command(command), m_url(url), m_logPath(logPath)
{ }

ExternalTarget::~ExternalTarget()
{
    stop();
}

bool ExternalTarget::portAccepts(const QString &host, quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const bool connected = socket.waitForConnected(timeoutMs);
    socket.abort();
    return connected;
}

void ExternalTarget::appendLog(const QString &line) const
{
    QFile log(m_logPath);
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write(line.toUtf8() + '\n');
}

QString ExternalTarget::outputTail() const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly) || log.size() <= m_logStart)
        return {};
    const qint64 from = qMax(m_logStart, log.size() - 240);
    log.seek(from);
    QString tail = QString::fromUtf8(log.readAll()).simplified();
    if (tail.startsWith(u"==="))
        tail = tail.section(u' ', 1); // our own header line, when nothing else came
    return tail;
}

bool ExternalTarget::launch(double timeoutSec, const std::function<bool()> &cancelled)
{
    stop();
    m_error.clear();
    QDir().mkpath(QFileInfo(m_logPath).absolutePath());
    m_logStart = QFileInfo(m_logPath).size();
    appendLog(QStringLiteral("=== %1 $ %2")
                      .arg(QDateTime::currentDateTime().toString(Qt::ISODate), m_command));
    m_logStart = QFileInfo(m_logPath).size();

    const QString host = m_url.host();
    const quint16 port = quint16(m_url.port(m_url.scheme() == u"https" ? 443 : 80));
    // Something already answering there would be measured instead of the
    // launched server, which would then fail to bind: refuse up front.
    if (portAccepts(host, port, 200)) {
        m_error = ReasonText::make(ReasonText::Reason::PortAlreadyTaken,
                                   {host, QString::number(port), m_command});
        appendLog(QStringLiteral("=== not launched: ") + m_error);
        return false;
    }

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral("/bin/sh"));
    m_process->setArguments({QStringLiteral("-c"), m_command});
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_logPath, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Own process group: stop() signals the shell and everything it started.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process->start();
    if (!m_process->waitForStarted(5000)) {
        m_error = ReasonText::make(ReasonText::Reason::LaunchDidNotStart,
                                   {m_command, m_process->errorString()});
        m_process.reset();
        return false;
    }
    m_pid = m_process->processId();
    qCDebug(lcSweep) << "launched" << m_command << "pid" << m_pid;

    QDeadlineTimer deadline(qint64(timeoutSec * 1000));
    while (true) {
        // waitForFinished doubles as the poll's sleep and the "did it die?" check.
        if (m_process->waitForFinished(kPollMs)) {
            const bool killed = m_process->exitStatus() == QProcess::CrashExit;
            const QString status = killed
                    ? QStringLiteral("was killed")
                    : QStringLiteral("exited with code %1").arg(m_process->exitCode());
            const QString tail = outputTail();
            const QString where = QString::number(port);
            const QString output = tail.isEmpty() ? QString() : QStringLiteral(": ") + tail;
            m_error = killed ? ReasonText::make(ReasonText::Reason::LaunchKilled,
                                                {m_command, host, where, output})
                             : ReasonText::make(ReasonText::Reason::LaunchExited,
                                                {m_command, QString::number(m_process->exitCode()),
                                                 host, where, output});
            appendLog(QStringLiteral("=== %1").arg(status));
            m_process.reset();
            m_pid = 0;
            return false;
        }
        if (portAccepts(host, port, 200))
            return true;
        if (cancelled && cancelled()) {
            m_error = ReasonText::make(ReasonText::Reason::LaunchCancelled, {m_command});
            stop();
            return false;
        }
        if (deadline.hasExpired()) {
            const QString tail = outputTail();
            m_error = ReasonText::make(ReasonText::Reason::LaunchNoPort,
                                       {m_command, host, QString::number(port),
                                        QString::number(timeoutSec),
                                        tail.isEmpty() ? QString() : QStringLiteral(": ") + tail});
            stop();
            return false;
        }
    }
}

bool ExternalTarget::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 ExternalTarget::processId() const
{
    return isRunning() ? m_pid : 0;
}

void ExternalTarget::stop()
{
    if (!m_process)
        return;
    const qint64 pgid = m_pid;
    if (m_process->state() != QProcess::NotRunning && pgid > 0) {
        ::kill(pid_t(-pgid), SIGTERM);
        if (!m_process->waitForFinished(kTermGraceMs)) {
            qCWarning(lcSweep) << "launch command" << m_command << "ignored SIGTERM; killing it";
            ::kill(pid_t(-pgid), SIGKILL);
            m_process->waitForFinished(kTermGraceMs);
        }
    }
    // The shell may be gone while something it started lingers in the group.
    QDeadlineTimer grace(kTermGraceMs);
    while (groupAlive(pgid) && !grace.hasExpired())
        QThread::msleep(20);
    if (groupAlive(pgid))
        ::kill(pid_t(-pgid), SIGKILL);
    appendLog(QStringLiteral("=== stopped (%1)")
                      .arg(m_process->exitStatus() == QProcess::CrashExit
                                   ? QStringLiteral("by signal")
                                   : QStringLiteral("exit code %1").arg(m_process->exitCode())));
    m_process.reset();
    m_pid = 0;
}

namespace {

// Runs /bin/sh with arguments; false when it did not exit 0 within 3 s.
bool shellSucceeds(const QStringList &arguments, QString *error = nullptr)
{
    QProcess sh;
    sh.setProcessChannelMode(QProcess::SeparateChannels);
    sh.start(QStringLiteral("/bin/sh"), arguments);
    if (!sh.waitForFinished(3000)) {
        sh.kill();
        sh.waitForFinished();
        if (error)
            *error = QStringLiteral("/bin/sh did not answer");
        return false;
    }
    if (error)
        *error = QString::fromLocal8Bit(sh.readAllStandardError()).simplified();
    return sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
}

} // namespace

QString ExternalTarget::checkCommand(const QString &command)
{
    if (command.trimmed().isEmpty())
        return QCoreApplication::translate("ExternalTarget", "the launch command is empty");
    QString shellSays;
    if (!shellSucceeds({QStringLiteral("-n"), QStringLiteral("-c"), command}, &shellSays))
        return QCoreApplication::translate(
                       "ExternalTarget",
                       "the launch command is not a valid shell command line (%1)")
                .arg(shellSays.remove(QStringLiteral("/bin/sh: ")));
    // "cd DIR && exec python3 server.py" is a shell command line: its first
    // word may be a builtin or a keyword, which no PATH lookup finds.
    const QString first = QProcess::splitCommand(command).value(0);
    if (first.isEmpty() || first.contains(u'='))
        return {}; // an assignment (VAR=value program ...) or a compound command
    if (!shellSucceeds({QStringLiteral("-c"), QStringLiteral("command -v -- \"$1\" >/dev/null"),
                        QStringLiteral("sh"), first}))
        return QCoreApplication::translate(
                       "ExternalTarget",
                       "launch command \"%1\" not found (not a shell builtin or a "
                       "program on PATH)")
                .arg(first);
    return {};
}
