#pragma once

// SweepWorker: the sweep itself, as a blocking loop: for each target start
// it (embedded server or launch command), run every level with an Engine,
// turn each run into a SweepRow, stop the target. Runs on the SweepRunner's
// worker thread; cancel() may be called from any thread. Reports through
// callbacks invoked on the worker thread (SweepRunner queues them on).
// A run that ab would have stopped (RunResult::aborted(): -s without any
// event, a receive error without -r) becomes a "-" row whose reason is ab's
// message, as the seed's report shows ab's failed runs.

#include "engine.h"
#include "sweepresult.h"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

class SweepWorker
{
public:
    struct Callbacks
    {
        std::function<void(int runIndex, int plannedRuns, const QString &label, int c)> runStarted;
        std::function<void(const RunProgress &)> runProgress; // engine thread, ~20/s
        std::function<void(const SweepRow &)> rowFinished;
        std::function<void(const QString &)> message;
    };

    SweepWorker(const SweepConfig &config, const QString &logDir, Callbacks callbacks);

    // Blocks until every run is done or the sweep was cancelled. Rows of runs
    // that never started (after a cancel) are kept as "-" rows saying so.
    SweepResult run();
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    void runTarget(int targetIndex, SweepResult &sweep, int &runIndex);
    SweepRow runOne(const SweepTarget &target, int targetIndex, const QUrl &url, int concurrency);
    SweepRow emptyRow(const SweepTarget &target, int targetIndex, int concurrency,
                      const QString &reason) const;
    // Sleeps ms unless cancelled first; false when cancelled.
    bool pause(int ms);
    // Between runs: until the embedded server has no open connection (at
    // most pauseMs), or pauseMs for an external one; false when cancelled.
    bool settle(const EmbeddedServer *server);
    void emitRow(const SweepRow &row);
    void message(const QString &text);

    SweepConfig m_config;
    QString m_logDir;
    Callbacks m_callbacks;

    std::atomic<bool> m_cancelled {false};
    std::mutex m_mutex; // guards m_current and wakes pause()/the watchdog
    std::condition_variable m_wake;
    RunControl *m_current = nullptr;
};
