#include "testprocesses.h"

#include "testports.h"

#include <QFile>

namespace TestProcesses {

bool startListening(QProcess &process, const QString &program, const QStringList &arguments,
                    const QHostAddress &host, quint16 port, QString *error)
{
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    if (!TestPorts::waitForPort(host, port)) {
        *error = QStringLiteral("%1 did not listen on %2:%3")
                         .arg(program, host.toString())
                         .arg(port);
        return false;
    }
    return true;
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
}

bool alive(qint64 pid)
{
    // /proc/<pid>/stat: "pid (comm) S ..."; comm may hold ")" itself.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) != "Z";
}

} // namespace TestProcesses
