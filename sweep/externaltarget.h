#pragma once

// ExternalTarget: the launch command of an external sweep target. Runs it
// with /bin/sh -c in its own process group (so a shell's children go too),
// appends its output to a log file, waits until the target URL's port
// accepts connections, and stops it (SIGTERM to the group, then SIGKILL).
// Lives on the sweep's worker thread and needs no event loop there.

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QProcess;

class ExternalTarget
{
public:
    explicit ExternalTarget(const QString &command, const QUrl &url, const QString &logPath);
    ~ExternalTarget(); // stops the process
    ExternalTarget(const ExternalTarget &) = delete;
    ExternalTarget &operator=(const ExternalTarget &) = delete;

    // Starts the command and waits up to timeoutSec for the URL's port.
    // false with errorString() (one line: exit status and the output's last
    // words) when it could not start, died, timed out, or cancelled() said so.
    bool launch(double timeoutSec, const std::function<bool()> &cancelled = {});
    // Stops the whole process group; returns at once when nothing runs.
    void stop();
    bool isRunning() const;
    qint64 processId() const; // 0 when not running
    QString errorString() const { return m_error; }

    // The one check of a launch command, for the GUI and the CLI alike: empty
    // when /bin/sh can run it (it parses, and its first word is a builtin
    // such as cd or exec, a keyword, or a program on PATH), else why not,
    // in one line. Runs sh twice (-n, which parses without running, and
    // `command -v`); any thread.
    static QString checkCommand(const QString &command);
    // True when host:port accepts a TCP connection within timeoutMs.
    static bool portAccepts(const QString &host, quint16 port, int timeoutMs);

private:
    QString outputTail() const;
    void appendLog(const QString &line) const;

    QString m_command;
    QUrl m_url;
    QString m_logPath;
    qint64 m_logStart = 0; // size of the log before this launch
    qint64 m_pid = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};
