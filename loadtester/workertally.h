#pragma once

// WorkerTally: what one engine worker counted. The worker's own thread writes
// it alone while it runs (the progress atomics are read by the coordinator);
// the coordinator merges every worker's tally once, at the end, the same way
// for both engines.

#include "engine.h"
#include "runresult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <vector>

struct WorkerTally
{
    // Read by the coordinator while the run goes.
    std::atomic<qint64> progressDone {0};
    std::atomic<qint64> progressFailed {0};

    // Results, valid once the worker has finished.
    QList<RequestSample> samples;
    std::vector<TimelineBucket> timeline;
    std::vector<qint64> failureUs; // when each failed request ended, in order
    QHash<int, qint64> statusCounts;
    QHash<qint64, qint64> bodyLengthCounts; // body length -> completed responses
    qint64 complete = 0;
    qint64 failedConnect = 0;
    qint64 failedReceive = 0;
    qint64 failedExceptions = 0;
    qint64 writeErrors = 0;
    qint64 timeouts = 0;
    qint64 non2xx = 0;
    qint64 keepAliveRequests = 0;
    qint64 totalRead = 0;
    qint64 bodyRead = 0;
    qint64 bytesSent = 0;
    qint64 firstDoneUs = -1; // when this worker's first response completed
    qint64 firstBodyLength = 0;
    QString firstServer;
    qint64 lastEventUs = 0;
    double cpuSec = 0;
    bool stoppedByTimeLimit = false;
    bool stoppedByCancel = false;

    // The timeline's resolution: one TimelineBucket per 100 ms of the run.
    static constexpr qint64 kTimelineBucketUs = 100'000;
    // Counts one request that ended (failed or completed) at nowUs, on the
    // worker's own thread; a failure's time is also kept (failureUs), as a
    // completion's is in its sample, so the run can be cut at any width.
    void countTimeline(qint64 nowUs, bool failed);

    // Adds every tally into result, with ab's Length rule (a body length
    // unlike the run's first response's) and its time taken (to the last
    // response). Returns the tally that finished the first response, or null.
    // variableLength is ab -l (LoadTest::variableLength): no Length failures.
    static const WorkerTally *mergeInto(const std::vector<const WorkerTally *> &tallies,
                                        RunResult &result, bool variableLength = false);
};

// Turns the workers' progress counters into RunProgress reports, each with
// the rate since the previous one. Used by the coordinator's timer loop.
class ProgressSampler
{
public:
    explicit ProgressSampler(qint64 total) : m_total(total) { }
    RunProgress sample(const std::vector<const WorkerTally *> &tallies, qint64 nowUs);

private:
    qint64 m_total = 0;
    qint64 m_lastDone = 0;
    qint64 m_lastUs = 0;
};
