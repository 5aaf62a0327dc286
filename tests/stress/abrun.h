#pragma once

// AbRun: runs Debian's ApacheBench (`ab`) as a child process and reads the
// figures the stress tests assert on from its report. ab, not serverbench's
// own load tester, so the server is judged by an independent client.

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

struct AbRun
{
    bool ran = false; // ab started and exited normally
    int exitCode = -1;
    qint64 complete = -1;
    qint64 failed = -1;
    qint64 non2xx = 0; // ab prints the line only when there were some
    double seconds = 0; // "Time taken for tests"
    double requestsPerSecond = 0;
    QByteArray output; // stdout and stderr, for failure messages

    static QString executable() { return QStandardPaths::findExecutable(QStringLiteral("ab")); }

    static AbRun run(const QStringList &arguments, int timeoutMs)
    {
        AbRun result;
        QProcess ab;
        ab.setProcessChannelMode(QProcess::MergedChannels);
        ab.start(executable(), arguments);
        if (!ab.waitForStarted(10000))
            return result;
        if (!ab.waitForFinished(timeoutMs)) {
            ab.kill();
            ab.waitForFinished(5000);
            result.output = ab.readAll() + "\n(ab timed out and was killed)";
            return result;
        }
        result.output = ab.readAll();
        result.ran = ab.exitStatus() == QProcess::NormalExit;
        result.exitCode = ab.exitCode();
        result.complete = number(result.output, "Complete requests:").toLongLong();
        result.failed = number(result.output, "Failed requests:").toLongLong();
        const QByteArray non2xx = number(result.output, "Non-2xx responses:");
        result.non2xx = non2xx.isEmpty() ? 0 : non2xx.toLongLong();
        result.seconds = number(result.output, "Time taken for tests:").toDouble();
        result.requestsPerSecond = number(result.output, "Requests per second:").toDouble();
        return result;
    }

    // The report's tail, enough to see why an assertion failed.
    QByteArray summary() const { return output.right(1500); }

private:
    static QByteArray number(const QByteArray &output, const QByteArray &label)
    {
        const qsizetype at = output.indexOf(label);
        if (at < 0)
            return {};
        const qsizetype end = output.indexOf('\n', at);
        return output.mid(at + label.size(), end < 0 ? -1 : end - at - label.size())
                .trimmed()
                .split(' ')
                .value(0);
    }
};
