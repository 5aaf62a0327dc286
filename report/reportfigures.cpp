#include "reportfigures.h"

#include "reasontext.h"

#include "poolwaves.h"
#include "reporttext.h"

#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = FigureColumn::Kind;

QVariant connectionColumn(const ConnectionTimesRow &row, int field)
{
    switch (field) {
    case 0:
        return row.min;
    case 1:
        return row.mean;
    case 2:
        return row.sd;
    case 3:
        return row.median;
    default:
        return row.max;
    }
}

qint64 abPercentile(const RunResult &r, int percent)
{
    const auto table = r.percentiles();
    for (const auto &entry : table) {
        if (entry.first == percent)
            return entry.second;
    }
    return 0;
}

// Keys live as long as the program: QLatin1StringView needs stable storage.
QLatin1StringView internedKey(const QString &key)
{
    static QList<QByteArray> storage;
    storage.append(key.toLatin1());
    return QLatin1StringView(storage.last());
}

} // namespace

QString ReportFigures::fixed(double value, int decimals)
{
    // ab prints with printf; so do we, so the digits (and rounding) agree.
    return QString::asprintf("%.*f", decimals, value);
}

QStringList ReportFigures::rowKeys()
{
    return {u"no_test"_s,     u"target_key"_s,  u"target_label"_s,
            u"concurrency"_s, u"has_figures"_s, u"reason"_s};
}

const QList<FigureColumn> &ReportFigures::columns()
{
    static const QList<FigureColumn> list = buildColumns();
    return list;
}

QList<FigureColumn> ReportFigures::buildColumns()
{
    QList<FigureColumn> list {
            {"engine"_L1, Kind::Text, 0,
             [](const RunResult &r) {
                 return QVariant(r.engine);
             }},
            {"url"_L1, Kind::Text, 0,
             [](const RunResult &r) {
                 return QVariant(r.url);
             }},
            {"method"_L1, Kind::Text, 0,
             [](const RunResult &r) {
                 return QVariant(r.method);
             }},
            {"keep_alive"_L1, Kind::Bool, 0,
             [](const RunResult &r) {
                 return QVariant(r.keepAlive);
             }},
            {"requested"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.requested);
             }},
            {"time_taken_s"_L1, Kind::Decimal, 3,
             [](const RunResult &r) {
                 return QVariant(r.timeTakenSec);
             }},
            {"complete"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.complete);
             }},
            {"failed"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.failed());
             }},
            {"failed_connect"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.failedConnect);
             }},
            {"failed_receive"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.failedReceive);
             }},
            {"failed_length"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.failedLength);
             }},
            {"failed_exceptions"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.failedExceptions);
             }},
            {"write_errors"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.writeErrors);
             }},
            {"non_2xx"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.non2xx);
             }},
            {"keep_alive_requests"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.keepAliveRequests);
             }},
            {"total_transferred"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.totalTransferred);
             }},
            {"html_transferred"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.htmlTransferred);
             }},
            {"total_body_sent"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.totalBodySent);
             }},
            {"requests_per_second"_L1, Kind::Decimal, 2,
             [](const RunResult &r) {
                 return QVariant(r.requestsPerSecond());
             }},
            {"time_per_request_ms"_L1, Kind::Decimal, 3,
             [](const RunResult &r) {
                 return QVariant(r.timePerRequestMs());
             }},
            {"time_per_request_across_ms"_L1, Kind::Decimal, 3,
             [](const RunResult &r) {
                 return QVariant(r.timePerRequestAcrossMs());
             }},
            {"transfer_rate_kbps"_L1, Kind::Decimal, 2,
             [](const RunResult &r) {
                 return QVariant(r.transferRateKBps());
             }},
    };
    // ab's Connection Times table, a column per cell: <row>_<field>_ms.
    const QList<QPair<QLatin1StringView, ConnectionTimesRow (RunResult::*)() const>> rows {
            {"connect"_L1, &RunResult::connectTimes},
            {"processing"_L1, &RunResult::processingTimes},
            {"waiting"_L1, &RunResult::waitingTimes},
            {"total"_L1, &RunResult::totalTimes},
    };
    static const char *const fields[] = {"min", "mean", "sd", "median", "max"};
    for (const auto &row : rows) {
        for (int field = 0; field < 5; ++field) {
            const auto method = row.second;
            list.append(FigureColumn {
                    internedKey(row.first + u'_' + QLatin1StringView(fields[field]) + u"_ms"),
                    field == 2 ? Kind::Decimal : Kind::Integer, field == 2 ? 1 : 0,
                    [method, field](const RunResult &r) {
                        return connectionColumn((r.*method)(), field);
                    }});
        }
    }
    // ab's percentage table, whole ms as ab prints it.
    for (int percent : {50, 66, 75, 80, 90, 95, 98, 99, 100}) {
        list.append(FigureColumn {internedKey(u"p" + QString::number(percent) + u"_ms"),
                                  Kind::Integer, 0, [percent](const RunResult &r) {
                                      return QVariant(abPercentile(r, percent));
                                  }});
    }
    list += QList<FigureColumn> {
            {"latency_mean_ms"_L1, Kind::Decimal, 3,
             [](const RunResult &r) {
                 return QVariant(r.meanLatencyMs());
             }},
    };
    // The same percentiles with the samples' full resolution, for charts and
    // sub-millisecond runs.
    for (int percent : {50, 90, 99}) {
        list.append(FigureColumn {internedKey(u"latency_p" + QString::number(percent) + u"_ms"),
                                  Kind::Decimal, 3, [percent](const RunResult &r) {
                                      return QVariant(r.latencyPercentileMs(percent));
                                  }});
    }
    list += QList<FigureColumn> {
            {"client_cpu_s"_L1, Kind::Decimal, 3,
             [](const RunResult &r) {
                 return QVariant(r.clientCpuSec);
             }},
            {"client_cpu_percent"_L1, Kind::Decimal, 1,
             [](const RunResult &r) {
                 return QVariant(r.clientCpuPercent());
             }},
            {"client_threads"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.clientThreads);
             }},
            {"client_bound"_L1, Kind::Bool, 0,
             [](const RunResult &r) {
                 return QVariant(r.clientBound());
             }},
            {"timeouts"_L1, Kind::Integer, 0,
             [](const RunResult &r) {
                 return QVariant(r.timeouts);
             }},
            {"cancelled"_L1, Kind::Bool, 0,
             [](const RunResult &r) {
                 return QVariant(r.cancelled);
             }},
            {"time_limit_reached"_L1, Kind::Bool, 0,
             [](const RunResult &r) {
                 return QVariant(r.timeLimitReached);
             }},
            {"error"_L1, Kind::Text, 0,
             [](const RunResult &r) {
                 return QVariant(r.error);
             }},
    };
    return list;
}

const FigureColumn *ReportFigures::column(QLatin1StringView key)
{
    for (const FigureColumn &c : columns()) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QString ReportFigures::format(const FigureColumn &column, const QVariant &value)
{
    switch (column.kind) {
    case Kind::Text:
        return value.toString();
    case Kind::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case Kind::Integer:
        return QString::number(value.toLongLong());
    case Kind::Decimal:
        return fixed(value.toDouble(), column.decimals);
    }
    return {};
}

QString ReportFigures::text(const RunResult &result, QLatin1StringView key)
{
    const FigureColumn *c = column(key);
    Q_ASSERT_X(c, "ReportFigures::text", "unknown figure key");
    // A figure the engine cannot give (RunResult::unavailable) is "n/a".
    if (!result.unavailableReason(QString(key)).isEmpty())
        return u"n/a"_s;
    return c ? format(*c, c->value(result)) : QString();
}

double ReportFigures::number(const RunResult &result, QLatin1StringView key)
{
    const FigureColumn *c = column(key);
    Q_ASSERT_X(c, "ReportFigures::number", "unknown figure key");
    return c ? c->value(result).toDouble() : 0.0;
}

const QList<SpreadColumn> &ReportFigures::spreadColumns()
{
    using S = SampleStatistics;
    static const QList<SpreadColumn> list {
            {"repeats"_L1, Kind::Integer, 0,
             [](const S &s) {
                 return QVariant(s.count);
             }},
            {"rps_median"_L1, Kind::Decimal, 2,
             [](const S &s) {
                 return QVariant(s.median);
             }},
            {"rps_min"_L1, Kind::Decimal, 2,
             [](const S &s) {
                 return QVariant(s.min);
             }},
            {"rps_max"_L1, Kind::Decimal, 2,
             [](const S &s) {
                 return QVariant(s.max);
             }},
            {"rps_ci95_low"_L1, Kind::Decimal, 2,
             [](const S &s) {
                 return QVariant(s.ciLow);
             }},
            {"rps_ci95_high"_L1, Kind::Decimal, 2,
             [](const S &s) {
                 return QVariant(s.ciHigh);
             }},
            // Below 0.95 when there are too few repeats for a 95% interval.
            {"rps_ci_coverage"_L1, Kind::Decimal, 3,
             [](const S &s) {
                 return QVariant(s.ciCoverage);
             }},
            {"rps_cv_percent"_L1, Kind::Decimal, 1,
             [](const S &s) {
                 return QVariant(100.0 * s.cv);
             }},
    };
    return list;
}

SampleStatistics ReportFigures::spread(const SweepRow &row)
{
    return row.hasFigures ? SampleStatistics::of(row.requestRates()) : SampleStatistics();
}

QString ReportFigures::spreadInterval(const SweepRow &row, QLatin1StringView low,
                                      QLatin1StringView high)
{
    return row.hasFigures ? spreadCell(row, low) + u"–"_s + spreadCell(row, high) : u"-"_s;
}

QString ReportFigures::spreadCell(const SweepRow &row, QLatin1StringView key)
{
    if (!row.hasFigures)
        return u"-"_s;
    const auto &list = spreadColumns();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [key](const SpreadColumn &c) { return c.key == key; });
    Q_ASSERT_X(it != list.end(), "ReportFigures::spreadCell", "unknown spread key");
    if (it == list.end())
        return {};
    return spreadText(*it, spread(row));
}

QString ReportFigures::spreadText(const SpreadColumn &column, const SampleStatistics &stats)
{
    const QVariant value = column.value(stats);
    return column.kind == Kind::Integer ? QString::number(value.toLongLong())
                                        : fixed(value.toDouble(), column.decimals);
}

QStringList ReportFigures::csvRow(const SweepRow &row, int number)
{
    QStringList cells {QString::number(number),
                       row.targetKey,
                       row.targetLabel,
                       QString::number(row.concurrency),
                       row.hasFigures ? u"true"_s : u"false"_s,
                       row.reason};
    const SampleStatistics stats = spread(row);
    for (const SpreadColumn &c : spreadColumns())
        cells << (row.hasFigures ? spreadText(c, stats) : QString());
    for (const FigureColumn &c : columns())
        cells << (row.hasFigures ? text(row.result, c.key) : QString());
    return cells;
}

QJsonObject ReportFigures::jsonRow(const SweepRow &row, int number)
{
    QJsonObject object {{u"no_test"_s, number},
                        {u"target_key"_s, row.targetKey},
                        {u"target_label"_s, row.targetLabel},
                        {u"concurrency"_s, row.concurrency},
                        {u"has_figures"_s, row.hasFigures},
                        {u"reason"_s, row.reason}};
    const SampleStatistics stats = spread(row);
    for (const SpreadColumn &c : spreadColumns()) {
        const QVariant value = c.value(stats);
        if (!row.hasFigures)
            object.insert(c.key, QJsonValue::Null);
        else if (c.kind == Kind::Integer)
            object.insert(c.key, value.toLongLong());
        else
            object.insert(c.key, value.toDouble());
    }
    for (const FigureColumn &c : columns()) {
        if (!row.hasFigures) {
            object.insert(c.key, QJsonValue::Null);
            continue;
        }
        if (!row.result.unavailableReason(QString(c.key)).isEmpty()) {
            object.insert(c.key, u"n/a"_s); // the reason is in the row's note
            continue;
        }
        const QVariant value = c.value(row.result);
        switch (c.kind) {
        case Kind::Text:
            object.insert(c.key, value.toString());
            break;
        case Kind::Bool:
            object.insert(c.key, value.toBool());
            break;
        case Kind::Integer:
            object.insert(c.key, value.toLongLong());
            break;
        case Kind::Decimal:
            // Full precision: a reader formats it as ab does (see fixed()).
            object.insert(c.key, value.toDouble());
            break;
        }
    }
    return object;
}

QString ReportFigures::cell(const SweepRow &row, QLatin1StringView key)
{
    return row.hasFigures ? text(row.result, key) : u"-"_s;
}

double ReportFigures::rowNumber(const SweepRow &row, QLatin1StringView key)
{
    return row.hasFigures ? number(row.result, key) : -1.0;
}

QString ReportFigures::note(const SweepRow &row, const QString &lang)
{
    QStringList notes;
    if (!row.reason.isEmpty())
        notes << ReasonText::translated(row.reason);
    if (row.hasFigures) {
        if (!row.result.error.isEmpty() && row.result.error != row.reason)
            notes << row.result.error;
        if (row.result.cancelled)
            notes << ReportText::pick(lang, u"dibatalkan", u"cancelled");
        QStringList unavailable; // each reason once, in key order
        for (const QString &reason : row.result.unavailable) {
            if (!unavailable.contains(reason))
                unavailable << reason;
        }
        if (!unavailable.isEmpty())
            notes << u"n/a: "_s + unavailable.join(u"; "_s);
        if (row.result.clientBound())
            notes << ReportText::pick(lang, u"client-bound: klien memakai ~1 core CPU penuh",
                                      u"client-bound: the client used ~1 full CPU core");
    } else if (notes.isEmpty()) {
        notes << ReportText::pick(lang, u"tidak ada angka", u"no figures");
    }
    // More clients than pool workers: the wait it explains, with or without figures.
    const QString waves = PoolWaves::note(row, lang);
    if (!waves.isEmpty())
        notes << waves;
    return notes.join(u"; "_s);
}
