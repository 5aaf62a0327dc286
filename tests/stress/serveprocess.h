#pragma once

// ServeProcess: one `serverbench serve` child process (the SERVERBENCH_BIN
// executable) for the stress tests, and what /proc says about it: resident
// memory, threads and open descriptors. The QProcess member kills the child
// in the destructor, so a failing QVERIFY never leaves a server behind. Its
// stderr goes to a file: a pipe the test does not read while it waits on ab
// would fill up with the server's warnings and block it mid-request.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <csignal>

class ServeProcess
{
public:
    ServeProcess() = default;
    ServeProcess(const ServeProcess &) = delete;
    ServeProcess &operator=(const ServeProcess &) = delete;

    static QString binary() { return qEnvironmentVariable("SERVERBENCH_BIN"); }

    // Starts `serve --model M --port 0 ...` and waits for the URL line, which
    // the server prints only once it listens.
    bool start(const QString &model, const QStringList &extraArguments, QString *error)
    {
        if (!m_logDirectory.isValid()) {
            *error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        m_process.setStandardErrorFile(logPath());
        m_process.start(binary(),
                        QStringList {QStringLiteral("serve"), QStringLiteral("--model"), model,
                                     QStringLiteral("--port"), QStringLiteral("0")}
                                + extraArguments);
        if (!m_process.waitForStarted(10000)) {
            *error = m_process.errorString();
            return false;
        }
        const QDeadlineTimer deadline(15000);
        while (!m_process.canReadLine() && !deadline.hasExpired()
               && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(100);
        if (!m_process.canReadLine()) {
            *error = QStringLiteral("no URL line; stderr: ") + QString::fromLocal8Bit(log());
            return false;
        }
        m_url = QString::fromLatin1(m_process.readLine().trimmed());
        if (QUrl(m_url).port() <= 0) {
            *error = QStringLiteral("unexpected first line: ") + m_url;
            return false;
        }
        return true;
    }

    // For the child only; call before start().
    void setEnvironmentValue(const QString &name, const QString &value)
    {
        QProcessEnvironment environment = m_process.processEnvironment();
        if (environment.isEmpty())
            environment = QProcessEnvironment::systemEnvironment();
        environment.insert(name, value);
        m_process.setProcessEnvironment(environment);
    }

    QString url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    // -1 when the process is gone.
    int openDescriptors() const { return countEntries(QStringLiteral("fd")); }
    int threads() const { return countEntries(QStringLiteral("task")); }
    qint64 residentKiB() const { return statusField("VmRSS:"); }

    // SIGTERM, as a user's Ctrl-C would be, and the counters line `serve`
    // prints on stderr when it stops ("accepted N, served N, bad requests N,
    // peak N connections"). cleanExit() then tells whether it exited 0, which
    // a sanitizer report at exit (a leak, say) would prevent.
    QByteArray stop()
    {
        if (m_process.state() == QProcess::Running) {
            ::kill(pid_t(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(30000))
                m_process.kill();
        }
        const QByteArray all = log();
        const qsizetype at = all.lastIndexOf("serverbench serve: stopped");
        return at < 0 ? all.right(2000) : all.mid(at, all.indexOf('\n', at) - at);
    }

    bool cleanExit() const
    {
        return m_process.state() == QProcess::NotRunning
                && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    // What the server wrote on stderr so far.
    QByteArray log() const
    {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // One number after `key` in the counters line, e.g. "bad requests"; -1 if absent.
    static qint64 counter(const QByteArray &stopLine, const QByteArray &key)
    {
        const qsizetype at = stopLine.indexOf(QByteArray(key + ' '));
        if (at < 0)
            return -1;
        QByteArray digits;
        for (qsizetype i = at + key.size() + 1; i < stopLine.size() && isdigit(stopLine[i]); ++i)
            digits.append(stopLine[i]);
        bool ok = false;
        const qint64 value = digits.toLongLong(&ok);
        return ok ? value : -1;
    }

    // Polls until the server's threads and descriptors are back to the given
    // values or the deadline passes; true if they are.
    bool waitForIdle(int threads, int descriptors, int timeoutMs, int *lastThreads,
                     int *lastDescriptors) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            *lastThreads = this->threads();
            *lastDescriptors = openDescriptors();
            if ((*lastThreads <= threads && *lastDescriptors <= descriptors)
                || deadline.hasExpired())
                return *lastThreads <= threads && *lastDescriptors <= descriptors;
            QThread::msleep(50);
        }
    }

private:
    QString logPath() const { return m_logDirectory.filePath(QStringLiteral("stderr.log")); }

    QString procPath(const QString &name) const
    {
        return QStringLiteral("/proc/%1/%2").arg(m_process.processId()).arg(name);
    }

    int countEntries(const QString &name) const
    {
        if (m_process.state() != QProcess::Running)
            return -1;
        const QDir dir(procPath(name));
        return dir.exists() ? int(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size())
                            : -1;
    }

    qint64 statusField(const QByteArray &key) const
    {
        QFile file(procPath(QStringLiteral("status")));
        if (m_process.state() != QProcess::Running || !file.open(QIODevice::ReadOnly))
            return -1;
        // /proc files report size 0: read line by line rather than readAll().
        for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
            if (line.startsWith(key))
                return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    QTemporaryDir m_logDirectory;
    QProcess m_process;
    QString m_url;
};
