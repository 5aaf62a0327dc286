#include "locuststats.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A CSV file as rows of fields by header name.
QList<QHash<QByteArray, QByteArray>> readCsv(const QString &path, bool *ok)
{
    QList<QHash<QByteArray, QByteArray>> rows;
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    if (!*ok)
        return rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QByteArrayList header = LocustStats::csvFields(lines.value(0).trimmed());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QByteArrayList fields = LocustStats::csvFields(line);
        QHash<QByteArray, QByteArray> row;
        for (qsizetype f = 0; f < header.size() && f < fields.size(); ++f)
            row.insert(header.at(f), fields.at(f));
        rows.append(row);
    }
    return rows;
}

qint64 wholeMs(const QByteArray &text)
{
    return std::llround(text.toDouble());
}

} // namespace

QByteArrayList LocustStats::csvFields(const QByteArray &line)
{
    QByteArrayList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char ch = line.at(i);
        if (quoted) {
            if (ch == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            fields.append(field);
            field.clear();
        } else {
            field += ch;
        }
    }
    fields.append(field);
    return fields;
}

bool LocustStats::read(const QString &prefix, RunResult &result, QString *error)
{
    QFile summaryFile(prefix + QStringLiteral("_serverbench.json"));
    if (!summaryFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Locust wrote no summary (%1)").arg(summaryFile.fileName());
        return false;
    }
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    if (summary.contains(u"error")) {
        *error = summary.value(u"error").toString();
        return false;
    }
    bool ok = false;
    const auto stats = readCsv(prefix + QStringLiteral("_stats.csv"), &ok);
    if (!ok) {
        *error = QStringLiteral("Locust wrote no stats CSV (%1_stats.csv)").arg(prefix);
        return false;
    }
    QHash<QByteArray, QByteArray> total;
    for (const auto &row : stats) {
        if (row.value("Name") == "Aggregated")
            total = row;
    }
    const qint64 requests = total.value("Request Count").toLongLong();
    const qint64 failures = total.value("Failure Count").toLongLong();

    // Failures by kind, from Locust's error texts: a refused connection is
    // ab's Connect failure; the rest are ab's Exceptions (Locust does not
    // tell a receive error from others).
    const auto failureRows = readCsv(prefix + QStringLiteral("_failures.csv"), &ok);
    qint64 connect = 0;
    for (const auto &row : failureRows) {
        if (row.value("Error").contains("ConnectionRefused"))
            connect += row.value("Occurrences").toLongLong();
    }
    result.failedConnect = std::min(connect, failures);
    result.failedExceptions = failures - result.failedConnect;
    result.complete = requests - failures; // every HTTP answer, as ab counts
    result.timeTakenSec = summary.value(u"timeTakenSec").toDouble();
    result.engineWorkers = summary.value(u"workers").toInt();
    // ab's header block, from a worker's first good response.
    const QJsonObject first = summary.value(u"first").toObject();
    result.serverSoftware = first.value(u"server").toString();
    result.documentLength = first.value(u"length").toInteger();
    const QJsonObject statuses = summary.value(u"statuses").toObject();
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it) {
        const int code = it.key().toInt();
        const qint64 count = it.value().toInteger();
        result.statusCounts.insert(code, count);
        if (code < 200 || code > 299)
            result.non2xx += count;
    }
    // Locust's content size is the body (its average over every request,
    // failures counting 0 bytes).
    result.htmlTransferred
            = std::llround(total.value("Average Content Size").toDouble() * double(requests));
    if (result.sentBody)
        result.totalBodySent
                = summary.value(u"bodyBytes").toInteger() * summary.value(u"sent").toInteger();

    if (result.complete > 0) {
        // ab's percentage table, from Locust's (whole ms; Locust rounds
        // times above 100 ms to 10 ms and above 1 s to 100 ms).
        for (int percent : {50, 66, 75, 80, 90, 95, 98, 99, 100}) {
            const QByteArray key = QByteArray::number(percent) + '%';
            result.givenPercentiles.append({percent, wholeMs(total.value(key))});
        }
        result.givenMeanMs = total.value("Average Response Time").toDouble();
        result.hasGivenTotals = true;
        result.givenTotals.min = wholeMs(total.value("Min Response Time"));
        result.givenTotals.mean = wholeMs(total.value("Average Response Time"));
        result.givenTotals.median = wholeMs(total.value("Median Response Time"));
        result.givenTotals.max = wholeMs(total.value("Max Response Time"));
    }

    // The history: one Aggregated row a second with running totals (the
    // workers report every 3 s). Each row's increase is spread evenly over
    // the 100 ms buckets since the row before, up to the run's end: the
    // timeline is as coarse as Locust's data, never finer than it.
    const auto history = readCsv(prefix + QStringLiteral("_stats_history.csv"), &ok);
    const qint64 spanMs = std::max<qint64>(1, std::llround(result.timeTakenSec * 1000));
    const qint64 runStartMs = result.startEpochMs;
    qint64 lastCompleted = 0;
    qint64 lastFailed = 0;
    qint64 fromMs = 0;
    for (const auto &row : history) {
        if (row.value("Name") != "Aggregated")
            continue;
        const qint64 failed = row.value("Total Failure Count").toLongLong();
        const qint64 completed = row.value("Total Request Count").toLongLong() - failed;
        if (completed == lastCompleted && failed == lastFailed)
            continue;
        const qint64 atMs = row.value("Timestamp").toLongLong() * 1000 - runStartMs;
        const qint64 toMs = std::clamp<qint64>(atMs, fromMs + 100, std::max(spanMs, fromMs + 100));
        const qint64 firstBucket = fromMs / 100;
        const qint64 buckets = std::max<qint64>(1, (toMs + 99) / 100 - firstBucket);
        if (result.timeline.size() < firstBucket + buckets)
            result.timeline.resize(firstBucket + buckets);
        const qint64 newCompleted = std::max<qint64>(0, completed - lastCompleted);
        const qint64 newFailed = std::max<qint64>(0, failed - lastFailed);
        for (qint64 i = 0; i < buckets; ++i) {
            // Whole counts: the first buckets take the remainder.
            result.timeline[firstBucket + i].completed
                    += newCompleted / buckets + (i < newCompleted % buckets ? 1 : 0);
            result.timeline[firstBucket + i].failed
                    += newFailed / buckets + (i < newFailed % buckets ? 1 : 0);
        }
        lastCompleted = completed;
        lastFailed = failed;
        fromMs = toMs;
    }

    // What Locust cannot give, and why: shown as "n/a", never made up.
    struct Unavailable
    {
        QStringList keys;
        QString reason;
    };
    const Unavailable unavailable[] = {
            {{u"connect_"_s, u"processing_"_s, u"waiting_"_s},
             u"Locust times whole requests only (no connect/processing/waiting split)"_s},
            {{u"total_sd_ms"_s}, u"Locust keeps no standard deviation"_s},
            {{u"total_transferred"_s, u"transfer_rate_kbps"_s},
             u"Locust counts body bytes only, not the response headers"_s},
            {{u"failed_receive"_s, u"failed_length"_s, u"write_errors"_s},
             u"Locust does not tell receive, length and write errors apart (they are in "
             u"Exceptions)"_s},
            {{u"keep_alive_requests"_s}, u"Locust does not report reused connections"_s},
            {{u"timeouts"_s}, u"Locust does not count timeouts apart"_s},
    };
    for (const Unavailable &entry : unavailable) {
        for (const QString &key : entry.keys)
            result.unavailable.insert(key, entry.reason);
    }
    return true;
}
