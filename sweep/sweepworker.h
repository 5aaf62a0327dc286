#pragma once

// SweepWorker: the sweep itself, as a blocking loop. It starts every target
// (embedded server or launch command), gives each one discarded warm-up run,
// then, level by level, runs each cell `repeats` times with the targets
// interleaved (A B A B ...), so drift over time hits every target alike, and
// turns each cell into a SweepRow showing its median-requests/s repeat. Runs
// on the SweepRunner's worker thread; cancel() may be called from any thread.
// Reports through callbacks invoked on the worker thread (SweepRunner queues
// them on).
// A run that ab would have stopped (RunResult::aborted(): -s without any
// event, a receive error without -r) makes its cell a "-" row whose reason is
// ab's message, as the seed's report shows ab's failed runs.

#include "engine.h"
#include "sweepresult.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class EmbeddedServer;
class ExternalTarget;

class SweepWorker
{
public:
    struct Callbacks
    {
        std::function<void(const SweepRunInfo &)> runStarted;
        std::function<void(const RunProgress &)> runProgress; // engine thread, ~20/s
        std::function<void(const SweepRow &)> rowFinished; // a whole cell
        std::function<void(const QString &)> message;
    };

    SweepWorker(const SweepConfig &config, const QString &logDir, Callbacks callbacks);
    ~SweepWorker();

    // Blocks until every run is done or the sweep was cancelled. Cells that
    // never ran (after a cancel) are kept as "-" rows saying so; a cell
    // cancelled after some repeats keeps them.
    SweepResult run();
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

private:
    struct Target; // a started target: server or launch command, URL, last run
    struct Cell; // one level's repeats of one target so far

    void setUp(Target &target, const SweepTarget &spec);
    void tearDown(Target &target, const SweepTarget &spec);
    void warmUp(int targetIndex, int &runIndex);
    void runLevel(int level, SweepResult &sweep, int &runIndex);
    SweepRow cellRow(int targetIndex, int level, const Cell &cell) const;
    SweepRow runOne(int targetIndex, int concurrency);
    SweepRow emptyRow(int targetIndex, int concurrency, const QString &reason) const;
    SweepRunInfo runInfo(int runIndex, int targetIndex, int level, int repeat) const;
    // Sleeps ms unless cancelled first; false when cancelled.
    bool pause(int ms);
    // Before a run: until the embedded server has no open connection (at
    // most pauseMs), or until pauseMs have passed since the target's last
    // run ended for an external one; false when cancelled.
    bool settle(const Target &target);
    void message(const QString &text);

    SweepConfig m_config;
    QString m_logDir;
    Callbacks m_callbacks;
    std::vector<std::unique_ptr<Target>> m_targets;
    int m_plannedRuns = 0;

    std::atomic<bool> m_cancelled {false};
    std::mutex m_mutex; // guards m_current and wakes pause()/the watchdog
    std::condition_variable m_wake;
    RunControl *m_current = nullptr;
    // One engine for the whole sweep, made by the first run and ended with
    // the sweep on this thread: the locust engine keeps its cluster (and
    // its workers' connections) across runs.
    std::unique_ptr<Engine> m_engine;
};
