#include "sweepresult.h"

#include <QJsonArray>

namespace {

const QLatin1String kFormat("serverbench-sweep");
constexpr int kVersion = 2; // 2: rows keep every repeat

QString dateToJson(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QJsonObject SweepRow::toJson() const
{
    QJsonObject object {
            {QStringLiteral("targetIndex"), targetIndex},
            {QStringLiteral("targetKey"), targetKey},
            {QStringLiteral("targetLabel"), targetLabel},
            {QStringLiteral("concurrency"), concurrency},
            {QStringLiteral("hasFigures"), hasFigures},
            {QStringLiteral("reason"), reason},
    };
    if (poolWorkers > 0)
        object.insert(QStringLiteral("poolWorkers"), poolWorkers);
    // Each repeat's raw result is kept once; the shown one is named by index.
    // A row without figures may still hold a partial result (a cancelled or
    // timed-out run): keep it, it explains the "-".
    if (!repeats.isEmpty()) {
        QJsonArray repeatArray;
        for (const RunResult &repeat : repeats)
            repeatArray.append(repeat.toJson(true));
        object.insert(QStringLiteral("repeats"), repeatArray);
    }
    if (shownRepeat >= 0 && shownRepeat < repeats.size())
        object.insert(QStringLiteral("shownRepeat"), shownRepeat);
    else
        object.insert(QStringLiteral("result"), result.toJson(true));
    return object;
}

SweepRow SweepRow::fromJson(const QJsonObject &object)
{
    SweepRow row;
    row.targetIndex = object.value(QStringLiteral("targetIndex")).toInt();
    row.targetKey = object.value(QStringLiteral("targetKey")).toString();
    row.targetLabel = object.value(QStringLiteral("targetLabel")).toString();
    row.concurrency = object.value(QStringLiteral("concurrency")).toInt();
    row.hasFigures = object.value(QStringLiteral("hasFigures")).toBool();
    row.reason = object.value(QStringLiteral("reason")).toString();
    row.poolWorkers = qMax(0, object.value(QStringLiteral("poolWorkers")).toInt());
    const QJsonArray repeatArray = object.value(QStringLiteral("repeats")).toArray();
    for (const QJsonValue &repeat : repeatArray)
        row.repeats.append(RunResult::fromJson(repeat.toObject()));
    const int shown = object.value(QStringLiteral("shownRepeat")).toInt(-1);
    const QJsonValue result = object.value(QStringLiteral("result"));
    if (shown >= 0 && shown < row.repeats.size()) {
        row.shownRepeat = shown;
        row.result = row.repeats.at(shown);
    } else if (result.isObject()) {
        row.result = RunResult::fromJson(result.toObject());
    }
    return row;
}

QList<double> SweepRow::requestRates() const
{
    QList<double> rates;
    for (const RunResult &run : measuredRuns())
        rates << run.requestsPerSecond();
    return rates;
}

QList<RunResult> SweepRow::measuredRuns() const
{
    if (!repeats.isEmpty())
        return repeats;
    return hasFigures ? QList<RunResult> {result} : QList<RunResult> {};
}

QList<SweepRow> SweepResult::rowsOf(const QString &targetKey) const
{
    QList<SweepRow> matching;
    for (const SweepRow &row : rows) {
        if (row.targetKey == targetKey)
            matching.append(row);
    }
    return matching;
}

QJsonObject SweepResult::toJson() const
{
    QJsonArray rowArray;
    for (const SweepRow &row : rows)
        rowArray.append(row.toJson());
    return QJsonObject {
            {QStringLiteral("format"), kFormat},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("config"), config.toJson()},
            {QStringLiteral("startedAt"), dateToJson(startedAt)},
            {QStringLiteral("finishedAt"), dateToJson(finishedAt)},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("rows"), rowArray},
    };
}

SweepResult SweepResult::fromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return SweepResult();
    };
    if (object.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("not a serverbench sweep (no \"format\": \"%1\")").arg(kFormat));
    const int version = object.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kVersion)
        return fail(QStringLiteral("sweep file version %1 is not supported (this build reads %2)")
                            .arg(version)
                            .arg(kVersion));
    if (!object.value(QStringLiteral("config")).isObject()
        || !object.value(QStringLiteral("rows")).isArray())
        return fail(QStringLiteral("sweep file has no \"config\" object or no \"rows\" array"));

    SweepResult sweep;
    sweep.config = SweepConfig::fromJson(object.value(QStringLiteral("config")).toObject());
    sweep.startedAt = dateFromJson(object.value(QStringLiteral("startedAt")));
    sweep.finishedAt = dateFromJson(object.value(QStringLiteral("finishedAt")));
    sweep.cancelled = object.value(QStringLiteral("cancelled")).toBool();
    const QJsonArray rowArray = object.value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &value : rowArray) {
        if (!value.isObject())
            return fail(QStringLiteral("sweep file has a row that is not an object"));
        SweepRow row = SweepRow::fromJson(value.toObject());
        if (row.targetIndex < 0 || row.targetIndex >= sweep.config.targets.size()
            || row.targetKey != sweep.config.targets.at(row.targetIndex).key)
            return fail(QStringLiteral("sweep file has a row for target '%1' that its config "
                                       "does not list")
                                .arg(row.targetKey));
        // A file from before rows recorded the pool's size: its config knows
        // it when it was set explicitly (0 = the cores of a machine unknown).
        const SweepTarget &target = sweep.config.targets.at(row.targetIndex);
        if (row.poolWorkers == 0 && target.kind == SweepTarget::Kind::Pool)
            row.poolWorkers = qMax(0, target.server.poolThreads);
        sweep.rows.append(row);
    }
    if (error)
        error->clear();
    return sweep;
}
