#include "abreport.h"

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

} // namespace

QString AbReport::connectionTimes(const RunResult &r)
{
    if (r.samples.isEmpty())
        return {};
    const ConnectionTimesRow connect = r.connectTimes();
    const ConnectionTimesRow processing = r.processingTimes();
    const ConnectionTimesRow waiting = r.waitingTimes();
    const ConnectionTimesRow total = r.totalTimes();
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
    if (r.samples.size() < 2)
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

QString AbReport::format(const RunResult &r)
{
    const bool sentBody = r.sentBody;
    QString out;
    out += QStringLiteral("Server Software:        ") + r.serverSoftware + u'\n';
    out += QStringLiteral("Server Hostname:        ") + r.serverHostname + u'\n';
    out += QStringLiteral("Server Port:            ") + QString::number(r.serverPort) + u'\n';
    out += u'\n';
    out += QStringLiteral("Document Path:          ") + r.documentPath + u'\n';
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
    out += QStringLiteral("Total transferred:      %1 bytes\n").arg(r.totalTransferred);
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
        out += QString::asprintf("Transfer rate:          %.2f [Kbytes/sec] received\n",
                                 r.transferRateKBps());
        if (sentBody) {
            out += QString::asprintf("                        %.2f kb/s sent\n",
                                     double(r.totalBodySent) / 1024 / r.timeTakenSec);
            out += QString::asprintf("                        %.2f kb/s total\n",
                                     double(r.totalTransferred + r.totalBodySent) / 1024
                                             / r.timeTakenSec);
        }
    }
    if (!r.samples.isEmpty()) {
        out += u'\n';
        out += connectionTimes(r);
        const QString table = percentages(r);
        if (!table.isEmpty())
            out += u'\n' + table;
    }
    return out;
}
