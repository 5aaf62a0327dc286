#include "workertally.h"

#include <algorithm>

void WorkerTally::countTimeline(qint64 nowUs, bool failed)
{
    const qint64 us = std::max<qint64>(0, nowUs);
    const size_t bucket = size_t(us / kTimelineBucketUs);
    if (timeline.size() <= bucket)
        timeline.resize(bucket + 1);
    if (failed) {
        ++timeline[bucket].failed;
        failureUs.push_back(us);
    } else {
        ++timeline[bucket].completed;
    }
}

const WorkerTally *WorkerTally::mergeInto(const std::vector<const WorkerTally *> &tallies,
                                          RunResult &result, bool variableLength)
{
    const WorkerTally *first = nullptr;
    qint64 lastEventUs = 0;
    for (const WorkerTally *w : tallies) {
        result.complete += w->complete;
        result.failedConnect += w->failedConnect;
        result.failedReceive += w->failedReceive;
        result.failedExceptions += w->failedExceptions;
        result.writeErrors += w->writeErrors;
        result.timeouts += w->timeouts;
        result.non2xx += w->non2xx;
        result.keepAliveRequests += w->keepAliveRequests;
        result.totalTransferred += w->totalRead;
        result.htmlTransferred += w->bodyRead;
        result.totalBodySent += w->bytesSent;
        result.clientCpuSec += w->cpuSec;
        result.samples += w->samples;
        result.cancelled = result.cancelled || w->stoppedByCancel;
        result.timeLimitReached = result.timeLimitReached || w->stoppedByTimeLimit;
        lastEventUs = std::max(lastEventUs, w->lastEventUs);
        for (auto it = w->statusCounts.cbegin(); it != w->statusCounts.cend(); ++it)
            result.statusCounts[it.key()] += it.value();
        if (result.timeline.size() < qsizetype(w->timeline.size()))
            result.timeline.resize(qsizetype(w->timeline.size()));
        for (size_t i = 0; i < w->timeline.size(); ++i) {
            result.timeline[qsizetype(i)].completed += w->timeline[i].completed;
            result.timeline[qsizetype(i)].failed += w->timeline[i].failed;
        }
        result.failureUs.append(QList<qint64>(w->failureUs.cbegin(), w->failureUs.cend()));
        if (w->firstDoneUs >= 0 && (!first || w->firstDoneUs < first->firstDoneUs))
            first = w;
    }
    if (first) {
        // ab's Length failure: a body length unlike the first response's
        // (none with -l).
        result.documentLength = first->firstBodyLength;
        result.serverSoftware = first->firstServer;
        for (const WorkerTally *w : tallies) {
            for (auto it = w->bodyLengthCounts.cbegin(); it != w->bodyLengthCounts.cend(); ++it) {
                if (!variableLength && it.key() != result.documentLength)
                    result.failedLength += it.value();
            }
        }
    }
    std::sort(result.samples.begin(), result.samples.end(),
              [](const RequestSample &a, const RequestSample &b) {
                  return a.startUs + a.totalUs < b.startUs + b.totalUs;
              });
    std::sort(result.failureUs.begin(), result.failureUs.end());
    result.timeTakenSec = double(lastEventUs) / 1e6;
    return first;
}

RunProgress ProgressSampler::sample(const std::vector<const WorkerTally *> &tallies, qint64 nowUs)
{
    RunProgress p;
    for (const WorkerTally *w : tallies) {
        p.done += w->progressDone.load(std::memory_order_relaxed);
        p.failed += w->progressFailed.load(std::memory_order_relaxed);
    }
    p.total = m_total;
    p.elapsedSec = double(nowUs) / 1e6;
    p.currentRps
            = nowUs > m_lastUs ? double(p.done - m_lastDone) * 1e6 / double(nowUs - m_lastUs) : 0;
    m_lastDone = p.done;
    m_lastUs = nowUs;
    return p;
}
