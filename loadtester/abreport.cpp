#include "abreport.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

QString row(const char *label, const ConnectionTimesRow &r)
{
    // ab: "%5ld %4ld %5.1f %6ld %7ld"
    return QLatin1String(label)
            + QString::asprintf("%5lld %4lld %5.1f %6lld %7lld\n", r.min, r.mean, r.sd, r.median,
                                r.max);
}

// ab's SANE() check: warns when the median and mean are far apart.
QString sane(const char *what, const ConnectionTimesRow &r)
{
    const double d = std::abs(double(r.mean) - double(r.median));
    if (d > 2 * r.sd)
        return QStringLiteral("ERROR: The median and mean for ") + QLatin1String(what)
                + QStringLiteral(" are more than twice the standard\n"
                                 "       deviation apart. These results are NOT reliable.\n");
    if (d > r.sd)
        return QStringLiteral("WARNING: The median and mean for ") + QLatin1String(what)
                + QStringLiteral(" are not within a normal deviation\n"
                                 "        These results are probably not that reliable.\n");
    return {};
}

// ab -S: "%5ld %5ld%5ld" (ab prints no space before max).
QString shortRow(const char *label, const ConnectionTimesRow &r)
{
    return QLatin1String(label) + QString::asprintf("%5lld %5lld%5lld\n", r.min, r.mean, r.max);
}

// ab's ap_round_ms.
qint64 roundMs(qint64 us)
{
    return (us + 500) / 1000;
}

// The samples in the order ab's stats array has when it writes its files:
// sorted by total time.
QList<RequestSample> byTotalTime(const RunResult &r)
{
    QList<RequestSample> sorted = r.samples;
    std::stable_sort(
            sorted.begin(), sorted.end(),
            [](const RequestSample &a, const RequestSample &b) { return a.totalUs < b.totalUs; });
    return sorted;
}

} // namespace

QString AbReport::connectionTimes(const RunResult &r, bool confidence)
{
    if (r.samples.isEmpty())
        return {};
    const ConnectionTimesRow connect = r.connectTimes();
    const ConnectionTimesRow processing = r.processingTimes();
    const ConnectionTimesRow waiting = r.waitingTimes();
    const ConnectionTimesRow total = r.totalTimes();
    if (!confidence) {
        QString out = QStringLiteral("Connection Times (ms)\n"
                                     "              min   avg   max\n");
        out += shortRow("Connect:    ", connect);
        out += shortRow("Processing: ", processing);
        out += shortRow("Waiting:    ", waiting);
        out += shortRow("Total:      ", total);
        return out;
    }
    QString out = QStringLiteral("Connection Times (ms)\n"
                                 "              min  mean[+/-sd] median   max\n");
    out += row("Connect:    ", connect);
    out += row("Processing: ", processing);
    out += row("Waiting:    ", waiting);
    out += row("Total:      ", total);
    out += sane("the initial connection time", connect);
    out += sane("the processing time", processing);
    out += sane("the waiting time", waiting);
    out += sane("the total time", total);
    return out;
}

QString AbReport::percentages(const RunResult &r)
{
    if (r.samples.size() < 2 && (!r.samples.isEmpty() || r.givenPercentiles.isEmpty()))
        return {};
    QString out = QStringLiteral("Percentage of the requests served within a certain time (ms)\n");
    const auto table = r.percentiles();
    for (const auto &[p, ms] : table) {
        if (p >= 100)
            out += QString::asprintf(" 100%%  %5lld (longest request)\n", ms);
        else
            out += QString::asprintf("  %d%%  %5lld\n", p, ms);
    }
    return out;
}

QString AbReport::format(const RunResult &r, const AbReportOptions &options)
{
    const bool sentBody = r.sentBody;
    QString out;
    out += QStringLiteral("Server Software:        ") + r.serverSoftware + u'\n';
    out += QStringLiteral("Server Hostname:        ") + r.serverHostname + u'\n';
    out += QStringLiteral("Server Port:            ") + QString::number(r.serverPort) + u'\n';
    out += u'\n';
    out += QStringLiteral("Document Path:          ") + r.documentPath + u'\n';
    if (options.variableLength)
        out += QStringLiteral("Document Length:        Variable\n");
    else
        out += QStringLiteral("Document Length:        %1 bytes\n").arg(r.documentLength);
    out += u'\n';
    out += QStringLiteral("Concurrency Level:      %1\n").arg(r.concurrency);
    out += QString::asprintf("Time taken for tests:   %.3f seconds\n", r.timeTakenSec);
    out += QStringLiteral("Complete requests:      %1\n").arg(r.complete);
    out += QStringLiteral("Failed requests:        %1\n").arg(r.failed());
    if (r.failed() > 0)
        out += QStringLiteral("   (Connect: %1, Receive: %2, Length: %3, Exceptions: %4)\n")
                       .arg(r.failedConnect)
                       .arg(r.failedReceive)
                       .arg(r.failedLength)
                       .arg(r.failedExceptions);
    if (r.writeErrors > 0)
        out += QStringLiteral("Write errors:           %1\n").arg(r.writeErrors);
    if (r.non2xx > 0)
        out += QStringLiteral("Non-2xx responses:      %1\n").arg(r.non2xx);
    if (r.keepAlive)
        out += QStringLiteral("Keep-Alive requests:    %1\n").arg(r.keepAliveRequests);
    // A figure the engine cannot give (locust) says so instead of a 0.
    const QString noTotal = r.unavailableReason(QStringLiteral("total_transferred"));
    if (noTotal.isEmpty())
        out += QStringLiteral("Total transferred:      %1 bytes\n").arg(r.totalTransferred);
    else
        out += QStringLiteral("Total transferred:      n/a (%1)\n").arg(noTotal);
    if (sentBody)
        out += QStringLiteral("Total body sent:        %1\n").arg(r.totalBodySent);
    out += QStringLiteral("HTML transferred:       %1 bytes\n").arg(r.htmlTransferred);
    if (r.timeTakenSec > 0 && r.complete > 0) {
        out += QString::asprintf("Requests per second:    %.2f [#/sec] (mean)\n",
                                 r.requestsPerSecond());
        out += QString::asprintf("Time per request:       %.3f [ms] (mean)\n",
                                 r.timePerRequestMs());
        out += QString::asprintf(
                "Time per request:       %.3f [ms] (mean, across all concurrent requests)\n",
                r.timePerRequestAcrossMs());
        if (noTotal.isEmpty())
            out += QString::asprintf("Transfer rate:          %.2f [Kbytes/sec] received\n",
                                     r.transferRateKBps());
        else
            out += QStringLiteral("Transfer rate:          n/a\n");
        if (sentBody && noTotal.isEmpty()) {
            out += QString::asprintf("                        %.2f kb/s sent\n",
                                     double(r.totalBodySent) / 1024 / r.timeTakenSec);
            out += QString::asprintf("                        %.2f kb/s total\n",
                                     double(r.totalTransferred + r.totalBodySent) / 1024
                                             / r.timeTakenSec);
        }
    }
    if (!r.samples.isEmpty()) {
        out += u'\n';
        out += connectionTimes(r, options.confidence);
        const QString table = options.percentiles ? percentages(r) : QString();
        if (!table.isEmpty())
            out += u'\n' + table;
    } else if (!r.givenPercentiles.isEmpty()) {
        // An engine without samples (locust): its own percentile table.
        const QString noPhases = r.unavailableReason(QStringLiteral("connect_"));
        if (!noPhases.isEmpty())
            out += QStringLiteral("\nConnection Times (ms):  n/a (%1)\n").arg(noPhases);
        const QString table = options.percentiles ? percentages(r) : QString();
        if (!table.isEmpty())
            out += u'\n' + table;
    }
    return out;
}

QByteArray AbReport::gnuplot(const RunResult &r)
{
    if (r.samples.isEmpty())
        return {};
    const QLocale c = QLocale::c();
    QByteArray out = "starttime\tseconds\tctime\tdtime\tttime\twait\n";
    const QList<RequestSample> sorted = byTotalTime(r);
    for (const RequestSample &s : sorted) {
        const qint64 startUs = r.startEpochMs * 1000 + s.startUs;
        // apr_ctime(): "Wed Jun 30 21:49:08 1993", local time, day zero-padded.
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(startUs / 1000, Qt::LocalTime);
        out += c.toString(start, QStringLiteral("ddd MMM dd HH:mm:ss yyyy")).toLatin1();
        out += QString::asprintf("\t%lld\t%lld\t%lld\t%lld\t%lld\n", startUs / 1000000,
                                 roundMs(s.connectUs), roundMs(s.totalUs - s.connectUs),
                                 roundMs(s.totalUs), roundMs(s.waitUs))
                       .toLatin1();
    }
    return out;
}

QByteArray AbReport::percentagesCsv(const RunResult &r)
{
    if (r.samples.isEmpty())
        return {};
    const QList<RequestSample> sorted = byTotalTime(r);
    const qsizetype done = sorted.size();
    QByteArray out = "Percentage served,Time in ms\n";
    for (int i = 0; i <= 100; ++i) {
        qsizetype index = 0;
        if (i == 100)
            index = done - 1;
        else if (i > 0)
            index = qsizetype(static_cast<unsigned long>(0.5 + double(done) * i / 100.0));
        index = std::min(index, done - 1);
        out += QString::asprintf("%d,%.3f\n", i, double(sorted.at(index).totalUs) / 1000.0)
                       .toLatin1();
    }
    return out;
}

QString AbReport::abortStderr(const RunResult &r)
{
    if (!r.aborted())
        return {};
    return r.abortMessage + u'\n';
}

QString AbReport::abortStdout(const RunResult &r)
{
    if (!r.aborted() || r.complete <= 0)
        return {};
    return QStringLiteral("Total of %1 requests completed\n").arg(r.complete);
}
