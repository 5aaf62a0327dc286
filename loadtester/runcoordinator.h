#pragma once

// RunCoordinator: the part of a load test both engines share, in wrk's
// spirit: one coordinator on the thread that called Engine::run, and worker
// threads that each drive a share of the c connections. It checks the test,
// names it in the result, raises the file limit, splits c over the threads,
// reports progress from a timer while the workers run (never per request),
// merges their tallies once at the end and logs the run-level error. The
// engine supplies the workers, their start and stop, and its own error text.
// Used on the caller's thread only, except workerFinished() (any thread).

#include "engine.h"
#include "workertally.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

class RunCoordinator
{
public:
    RunCoordinator(const LoadTest &test, EngineKind kind, RunControl &control);

    // Names the run in result() (ab's header block), checks the test and
    // raises the file limit; false, with result().error set, when the test
    // cannot run or the engine refused one of its options (refusal: the
    // engine's one-line reason, empty when it takes them all).
    bool prepare(const QString &refusal = {});

    const LoadTest &test() const { return m_test; }
    RunControl &control() { return m_control; }
    RunResult &result() { return m_result; }
    // RLIMIT_NOFILE's soft limit after prepare() raised it (-1 if unknown).
    qint64 fileLimit() const { return m_fileLimit; }

    // The worker threads: LoadTest::threads, or defaultThreads when that is
    // 0, never fewer than 1 nor more than c. Returns the count.
    int chooseThreads(int defaultThreads);
    int threads() const { return m_threads; }
    // Connections (virtual users) of worker `worker`: c spread evenly, the
    // first c % threads workers taking one more.
    int share(int worker) const { return share(m_test.concurrency, m_threads, worker); }
    static int share(int concurrency, int threads, int worker);

    // Marks the run's start: the origin (steady clock, ns) of the workers'
    // timestamps. Returns it.
    qint64 start();
    qint64 originNs() const { return m_originNs; }
    // Microseconds since start().
    qint64 nowUs() const;
    static qint64 steadyNowNs();

    // Any thread: one worker has finished (wakes waitForWorkers()).
    void workerFinished();
    int finishedWorkers() const { return m_finished.load(); }

    // Blocks until allDone() holds, waking at least every `tick` to call
    // onTick() and to report progress (RunControl::onProgress, at most one
    // report per 50 ms, summed over `tallies`).
    void waitForWorkers(const std::vector<const WorkerTally *> &tallies,
                        std::chrono::milliseconds tick, const std::function<bool()> &allDone,
                        const std::function<void()> &onTick = {});

    // Adds every tally into result() (WorkerTally::mergeInto) and records
    // the thread count; variableLength is ab -l.
    const WorkerTally *merge(const std::vector<const WorkerTally *> &tallies, bool variableLength);
    // Where ab would have stopped the test, when it would have.
    void setAbort(const QString &message, int status);
    // Sets the run-level error (logged when there is one) and hands the
    // result over.
    RunResult finish(const QString &error);

private:
    const LoadTest &m_test;
    EngineKind m_kind;
    RunControl &m_control;
    RunResult m_result;
    qint64 m_fileLimit = -1;
    int m_threads = 1;
    qint64 m_originNs = 0;
    std::mutex m_mutex;
    std::condition_variable m_finishedCondition;
    std::atomic<int> m_finished {0};
};
