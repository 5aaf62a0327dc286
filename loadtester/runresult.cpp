#include "runresult.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

// ab's ap_round_ms: whole milliseconds from microseconds, rounding half up.
qint64 roundMs(qint64 us)
{
    return (us + 500) / 1000;
}

QList<qint64> sortedTotals(const QList<RequestSample> &samples)
{
    QList<qint64> totals;
    totals.reserve(samples.size());
    for (const RequestSample &s : samples)
        totals.append(s.totalUs);
    std::sort(totals.begin(), totals.end());
    return totals;
}

} // namespace

qint64 RunResult::failed() const
{
    return failedConnect + failedReceive + failedLength + failedExceptions;
}

double RunResult::requestsPerSecond() const
{
    if (timeTakenSec <= 0 || complete <= 0)
        return 0;
    return double(complete) / timeTakenSec;
}

double RunResult::timePerRequestMs() const
{
    if (timeTakenSec <= 0 || complete <= 0)
        return 0;
    return double(concurrency) * timeTakenSec * 1000 / double(complete);
}

double RunResult::timePerRequestAcrossMs() const
{
    if (timeTakenSec <= 0 || complete <= 0)
        return 0;
    return timeTakenSec * 1000 / double(complete);
}

double RunResult::transferRateKBps() const
{
    if (timeTakenSec <= 0)
        return 0;
    return double(totalTransferred) / 1024 / timeTakenSec;
}

// ab's output_results, for one row: integer mean in microseconds, sample sd
// around that integer mean, and ab's median (which, for an odd count, averages
// the middle element with the one above it).
ConnectionTimesRow RunResult::connectionTimesRow(QList<qint64> values)
{
    ConnectionTimesRow row;
    const qint64 done = values.size();
    if (done == 0)
        return row;
    std::sort(values.begin(), values.end());
    qint64 sum = 0;
    for (qint64 v : values)
        sum += v;
    const qint64 mean = sum / done;
    double squares = 0;
    for (qint64 v : values) {
        const double a = double(v) - double(mean);
        squares += a * a;
    }
    const double sd = done > 1 ? std::sqrt(squares / double(done - 1)) : 0;
    qint64 median = 0;
    if (done > 1 && (done % 2))
        median = (values[done / 2] + values[done / 2 + 1]) / 2;
    else
        median = values[done / 2];
    row.min = roundMs(values.first());
    row.max = roundMs(values.last());
    row.mean = roundMs(mean);
    row.median = roundMs(median);
    row.sd = sd / 1000.0;
    return row;
}

ConnectionTimesRow RunResult::connectTimes() const
{
    QList<qint64> v;
    v.reserve(samples.size());
    for (const RequestSample &s : samples)
        v.append(s.connectUs);
    return connectionTimesRow(std::move(v));
}

ConnectionTimesRow RunResult::processingTimes() const
{
    QList<qint64> v;
    v.reserve(samples.size());
    for (const RequestSample &s : samples)
        v.append(s.totalUs - s.connectUs);
    return connectionTimesRow(std::move(v));
}

ConnectionTimesRow RunResult::waitingTimes() const
{
    QList<qint64> v;
    v.reserve(samples.size());
    for (const RequestSample &s : samples)
        v.append(s.waitUs);
    return connectionTimesRow(std::move(v));
}

ConnectionTimesRow RunResult::totalTimes() const
{
    if (samples.isEmpty() && hasGivenTotals)
        return givenTotals;
    QList<qint64> v;
    v.reserve(samples.size());
    for (const RequestSample &s : samples)
        v.append(s.totalUs);
    return connectionTimesRow(std::move(v));
}

QList<QPair<int, qint64>> RunResult::percentiles() const
{
    QList<QPair<int, qint64>> out;
    if (samples.isEmpty())
        return givenPercentiles;
    const QList<qint64> totals = sortedTotals(samples);
    const qint64 done = totals.size();
    if (done == 0)
        return out;
    for (int p : {50, 66, 75, 80, 90, 95, 98, 99, 100}) {
        const qint64 index = p >= 100 ? done - 1 : done * p / 100;
        out.append({p, roundMs(totals[index])});
    }
    return out;
}

double RunResult::latencyPercentileMs(double p) const
{
    if (samples.isEmpty()) {
        // The given table, at its first entry at or above p (whole ms).
        for (const auto &entry : givenPercentiles) {
            if (entry.first >= p)
                return double(entry.second);
        }
        return 0;
    }
    const QList<qint64> totals = sortedTotals(samples);
    const qint64 done = totals.size();
    if (done == 0)
        return 0;
    qint64 index = p >= 100 ? done - 1 : qint64(std::floor(double(done) * p / 100));
    index = std::clamp<qint64>(index, 0, done - 1);
    return double(totals[index]) / 1000.0;
}

double RunResult::meanLatencyMs() const
{
    if (samples.isEmpty())
        return givenMeanMs >= 0 ? givenMeanMs : 0;
    double sum = 0;
    for (const RequestSample &s : samples)
        sum += double(s.totalUs);
    return sum / double(samples.size()) / 1000.0;
}

QList<QPair<double, double>> RunResult::latencyCurve(int maxPoints) const
{
    QList<QPair<double, double>> out;
    if (samples.isEmpty()) {
        // An engine without samples (locust): the points of its own table.
        for (const auto &entry : givenPercentiles)
            out.append({double(entry.first), double(entry.second)});
        return out;
    }
    const QList<qint64> totals = sortedTotals(samples);
    const qint64 done = totals.size();
    if (done == 0)
        return out;
    const qint64 points = std::min<qint64>(done, std::max(1, maxPoints));
    out.reserve(points + 1);
    for (qint64 i = 0; i < points; ++i) {
        const qint64 k = points == done ? i : i * done / points;
        out.append({100.0 * double(k) / double(done), double(totals[k]) / 1000.0});
    }
    out.append({100.0, double(totals.last()) / 1000.0});
    return out;
}

qint64 RunResult::spanUs() const
{
    qint64 span = std::llround(timeTakenSec * 1e6);
    for (const RequestSample &s : samples)
        span = std::max(span, s.startUs + s.totalUs);
    for (qint64 t : failureUs)
        span = std::max(span, t);
    return std::max<qint64>(span, 0);
}

qint64 RunResult::rateBucketUs(qint64 spanUs, int targetBuckets)
{
    const qint64 target = std::max(1, targetBuckets);
    // Tenths of the decade, so that 1.2, 1.5 and 2.5 are exact.
    static constexpr qint64 mantissas[] = {10, 12, 15, 20, 25, 30, 40, 50, 60, 80};
    for (qint64 decade = 1; decade <= qint64(1) << 50; decade *= 10) {
        for (qint64 m : mantissas) {
            const qint64 width = std::max<qint64>(1, m * decade / 10);
            if (width * target >= spanUs)
                return width;
        }
    }
    return std::max<qint64>(1, spanUs / target);
}

QList<RateBucket> RunResult::rateTimeline(int targetBuckets) const
{
    QList<RateBucket> out;
    constexpr qint64 kTimelineUs = 100'000; // TimelineBucket's width
    qint64 timelineCompleted = 0;
    qint64 timelineFailed = 0;
    for (const TimelineBucket &b : timeline) {
        timelineCompleted += b.completed;
        timelineFailed += b.failed;
    }
    const bool completedFromTimeline = samples.isEmpty() && timelineCompleted > 0;
    const bool failedFromTimeline = failureUs.isEmpty() && timelineFailed > 0;
    const bool anyEvent = !samples.isEmpty() || !failureUs.isEmpty() || completedFromTimeline
            || failedFromTimeline;
    qint64 span = spanUs();
    if (span <= 0) {
        if (!anyEvent)
            return out;
        span = 1; // everything ended at the start: one bucket of 1 us
    }
    const qint64 width = rateBucketUs(span, targetBuckets);
    qint64 count = (span + width - 1) / width;
    // A last bucket shorter than half a width holds too little time to give
    // a fair rate: it joins the one before it.
    if (count > 1 && 2 * (span - (count - 1) * width) < width)
        --count;
    out.resize(count);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 start = i * width;
        const qint64 end = i == count - 1 ? span : start + width;
        out[i].startSec = double(start) / 1e6;
        out[i].widthSec = double(end - start) / 1e6;
    }
    const auto index = [width, count](qint64 us) {
        return std::clamp<qint64>(us / width, 0, count - 1);
    };
    for (const RequestSample &s : samples)
        out[index(s.startUs + s.totalUs)].completed += 1;
    for (qint64 t : failureUs)
        out[index(t)].failed += 1;
    if (completedFromTimeline || failedFromTimeline) {
        // Spread each 100 ms bucket evenly over the finer buckets it covers.
        for (qsizetype j = 0; j < timeline.size(); ++j) {
            const double completed = completedFromTimeline ? double(timeline[j].completed) : 0;
            const double failed = failedFromTimeline ? double(timeline[j].failed) : 0;
            if (completed == 0 && failed == 0)
                continue;
            const qint64 from = qint64(j) * kTimelineUs;
            const qint64 to = std::min(from + kTimelineUs, span);
            if (to <= from) { // past the run's end: the last bucket
                out[count - 1].completed += completed;
                out[count - 1].failed += failed;
                continue;
            }
            for (qint64 i = index(from); i <= index(to - 1); ++i) {
                const qint64 start = i * width;
                const qint64 end = i == count - 1 ? span : start + width;
                const double share
                        = double(std::min(end, to) - std::max(start, from)) / double(to - from);
                out[i].completed += completed * share;
                out[i].failed += failed * share;
            }
        }
    }
    return out;
}

QString RunResult::unavailableReason(const QString &key) const
{
    for (auto it = unavailable.cbegin(); it != unavailable.cend(); ++it) {
        if (key.startsWith(it.key()))
            return it.value();
    }
    return {};
}

double RunResult::clientCpuPercent() const
{
    if (timeTakenSec <= 0)
        return 0;
    return clientCpuSec / timeTakenSec * 100;
}

bool RunResult::clientBound() const
{
    // A worker thread near a full core could not have gone faster, so the
    // figures measure the client at least as much as the server.
    return timeTakenSec > 0 && clientCpuPercent() >= 90.0 * std::max(1, clientThreads);
}

QJsonObject RunResult::toJson(bool withSamples) const
{
    QJsonObject o;
    o[u"engine"] = engine;
    if (engineWorkers > 0)
        o[u"engineWorkers"] = engineWorkers;
    o[u"url"] = url;
    o[u"keepAlive"] = keepAlive;
    o[u"method"] = method;
    o[u"sentBody"] = sentBody;
    o[u"requested"] = requested;
    o[u"concurrency"] = concurrency;
    o[u"serverSoftware"] = serverSoftware;
    o[u"serverHostname"] = serverHostname;
    o[u"serverPort"] = serverPort;
    o[u"documentPath"] = documentPath;
    o[u"documentLength"] = documentLength;
    o[u"timeTakenSec"] = timeTakenSec;
    o[u"complete"] = complete;
    o[u"failedConnect"] = failedConnect;
    o[u"failedReceive"] = failedReceive;
    o[u"failedLength"] = failedLength;
    o[u"failedExceptions"] = failedExceptions;
    o[u"writeErrors"] = writeErrors;
    o[u"non2xx"] = non2xx;
    o[u"keepAliveRequests"] = keepAliveRequests;
    o[u"totalTransferred"] = totalTransferred;
    o[u"htmlTransferred"] = htmlTransferred;
    o[u"totalBodySent"] = totalBodySent;
    o[u"clientCpuSec"] = clientCpuSec;
    o[u"clientThreads"] = clientThreads;
    o[u"timeouts"] = timeouts;
    o[u"cancelled"] = cancelled;
    o[u"timeLimitReached"] = timeLimitReached;
    o[u"error"] = error;
    if (aborted()) {
        o[u"abortMessage"] = abortMessage;
        o[u"abortStatus"] = abortStatus;
    }
    o[u"startEpochMs"] = startEpochMs;
    if (!givenPercentiles.isEmpty() || givenMeanMs >= 0 || hasGivenTotals) {
        QJsonObject given;
        QJsonArray table;
        for (const auto &entry : givenPercentiles)
            table.append(QJsonArray {entry.first, entry.second});
        given[u"percentiles"] = table;
        given[u"meanMs"] = givenMeanMs;
        if (hasGivenTotals)
            given[u"totals"] = QJsonArray {givenTotals.min, givenTotals.mean, givenTotals.median,
                                           givenTotals.max};
        o[u"given"] = given;
    }
    if (!unavailable.isEmpty()) {
        QJsonObject reasons;
        for (auto it = unavailable.cbegin(); it != unavailable.cend(); ++it)
            reasons[it.key()] = it.value();
        o[u"unavailable"] = reasons;
    }
    QJsonObject codes;
    for (auto it = statusCounts.cbegin(); it != statusCounts.cend(); ++it)
        codes[QString::number(it.key())] = it.value();
    o[u"statusCounts"] = codes;
    QJsonArray timelineArray;
    for (const TimelineBucket &b : timeline)
        timelineArray.append(QJsonArray {b.completed, b.failed});
    o[u"timeline"] = timelineArray;
    if (withSamples) {
        // [start, connect, wait, total] in microseconds: compact and exact
        // (doubles hold integers up to 2^53).
        QJsonArray sampleArray;
        for (const RequestSample &s : samples)
            sampleArray.append(QJsonArray {s.startUs, s.connectUs, s.waitUs, s.totalUs});
        o[u"samples"] = sampleArray;
        QJsonArray failureArray;
        for (qint64 t : failureUs)
            failureArray.append(t);
        o[u"failureUs"] = failureArray;
    }
    return o;
}

RunResult RunResult::fromJson(const QJsonObject &o)
{
    RunResult r;
    auto i64 = [&o](const char16_t *key) {
        return o.value(QStringView(key)).toInteger();
    };
    r.engine = o.value(u"engine").toString();
    r.engineWorkers = int(i64(u"engineWorkers"));
    r.url = o.value(u"url").toString();
    r.keepAlive = o.value(u"keepAlive").toBool();
    r.method = o.value(u"method").toString(QStringLiteral("GET"));
    // Files from before sentBody existed knew only POST as a method with a body.
    r.sentBody = o.value(u"sentBody").toBool(r.method == u"POST");
    r.requested = i64(u"requested");
    r.concurrency = int(i64(u"concurrency"));
    r.serverSoftware = o.value(u"serverSoftware").toString();
    r.serverHostname = o.value(u"serverHostname").toString();
    r.serverPort = quint16(i64(u"serverPort"));
    r.documentPath = o.value(u"documentPath").toString();
    r.documentLength = i64(u"documentLength");
    r.timeTakenSec = o.value(u"timeTakenSec").toDouble();
    r.complete = i64(u"complete");
    r.failedConnect = i64(u"failedConnect");
    r.failedReceive = i64(u"failedReceive");
    r.failedLength = i64(u"failedLength");
    r.failedExceptions = i64(u"failedExceptions");
    r.writeErrors = i64(u"writeErrors");
    r.non2xx = i64(u"non2xx");
    r.keepAliveRequests = i64(u"keepAliveRequests");
    r.totalTransferred = i64(u"totalTransferred");
    r.htmlTransferred = i64(u"htmlTransferred");
    r.totalBodySent = i64(u"totalBodySent");
    r.clientCpuSec = o.value(u"clientCpuSec").toDouble();
    r.clientThreads = int(o.value(u"clientThreads").toInteger(1));
    r.timeouts = i64(u"timeouts");
    r.cancelled = o.value(u"cancelled").toBool();
    r.timeLimitReached = o.value(u"timeLimitReached").toBool();
    r.error = o.value(u"error").toString();
    r.abortMessage = o.value(u"abortMessage").toString();
    r.abortStatus = int(i64(u"abortStatus"));
    r.startEpochMs = i64(u"startEpochMs");
    const QJsonObject given = o.value(u"given").toObject();
    for (const QJsonValue &v : given.value(u"percentiles").toArray())
        r.givenPercentiles.append({v.toArray().at(0).toInt(), v.toArray().at(1).toInteger()});
    r.givenMeanMs = given.value(u"meanMs").toDouble(-1);
    const QJsonArray totals = given.value(u"totals").toArray();
    if (totals.size() == 4) {
        r.hasGivenTotals = true;
        r.givenTotals.min = totals.at(0).toInteger();
        r.givenTotals.mean = totals.at(1).toInteger();
        r.givenTotals.median = totals.at(2).toInteger();
        r.givenTotals.max = totals.at(3).toInteger();
    }
    const QJsonObject reasons = o.value(u"unavailable").toObject();
    for (auto it = reasons.constBegin(); it != reasons.constEnd(); ++it)
        r.unavailable.insert(it.key(), it.value().toString());
    const QJsonObject codes = o.value(u"statusCounts").toObject();
    for (auto it = codes.constBegin(); it != codes.constEnd(); ++it)
        r.statusCounts.insert(it.key().toInt(), it.value().toInteger());
    const QJsonArray timelineArray = o.value(u"timeline").toArray();
    for (const QJsonValue &v : timelineArray) {
        const QJsonArray b = v.toArray();
        r.timeline.append({b.at(0).toInteger(), b.at(1).toInteger()});
    }
    const QJsonArray sampleArray = o.value(u"samples").toArray();
    r.samples.reserve(sampleArray.size());
    for (const QJsonValue &v : sampleArray) {
        const QJsonArray s = v.toArray();
        r.samples.append({s.at(0).toInteger(), s.at(1).toInteger(), s.at(2).toInteger(),
                          s.at(3).toInteger()});
    }
    // Files from before failure times existed have none: rateTimeline()
    // falls back on the 100 ms timeline's failures.
    const QJsonArray failureArray = o.value(u"failureUs").toArray();
    r.failureUs.reserve(failureArray.size());
    for (const QJsonValue &v : failureArray)
        r.failureUs.append(v.toInteger());
    return r;
}
