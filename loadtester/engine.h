#pragma once

// Engine: runs one LoadTest to completion and returns its RunResult. run()
// blocks the calling thread (never the GUI thread: the sweep and the `ab`
// command call it from worker threads) and drives its own worker threads.

#include "loadtest.h"
#include "runresult.h"

#include <atomic>
#include <functional>
#include <memory>

struct RunProgress
{
    qint64 done = 0; // completed requests
    qint64 failed = 0;
    qint64 total = 0; // n
    double elapsedSec = 0;
    double currentRps = 0; // over the last interval
};

// Shared between the caller and the engine's threads.
struct RunControl
{
    std::atomic<bool> cancelRequested {false};
    // Called from an engine thread, at most ~20 times a second.
    std::function<void(const RunProgress &)> onProgress;
    // ab -v: what ab would print about each request and response, in ab's
    // words. Called from engine threads, one whole message per call, only
    // when LoadTest::verbosity asks for it.
    std::function<void(const QByteArray &)> onTrace;
    // One line for the user (e.g. the command that starts a remote Locust
    // worker). Called from the engine's thread; unset = printed on stderr.
    std::function<void(const QString &)> onMessage;
};

class Engine
{
public:
    virtual ~Engine() = default;
    static std::unique_ptr<Engine> create(EngineKind kind);

    // Cancelling returns early with what was measured (RunResult::cancelled).
    virtual RunResult run(const LoadTest &test, RunControl &control) = 0;

protected:
    friend class RunCoordinator;
    // A result that names what is run (ab's header block before any figure).
    static RunResult describe(const LoadTest &test, EngineKind kind);
};
