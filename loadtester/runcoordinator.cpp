#include "runcoordinator.h"

#include "enginelog.h"
#include "filelimit.h"

#include <QDateTime>

#include <algorithm>

RunCoordinator::RunCoordinator(const LoadTest &test, EngineKind kind, RunControl &control)
    : m_test(test), m_kind(kind), m_control(control)
{ }

bool RunCoordinator::prepare(const QString &refusal)
{
    m_result = Engine::describe(m_test, m_kind);
    m_result.startEpochMs = QDateTime::currentMSecsSinceEpoch();
    const QString invalid = m_test.validate();
    if (!invalid.isEmpty() || !refusal.isEmpty()) {
        m_result.error = invalid.isEmpty() ? refusal : invalid;
        return false;
    }
    m_fileLimit = FileLimit::raise();
    return true;
}

int RunCoordinator::chooseThreads(int defaultThreads)
{
    m_threads = std::clamp(m_test.threads > 0 ? m_test.threads : defaultThreads, 1,
                           m_test.concurrency);
    return m_threads;
}

int RunCoordinator::share(int concurrency, int threads, int worker)
{
    Q_ASSERT(threads > 0 && worker >= 0 && worker < threads);
    return concurrency / threads + (worker < concurrency % threads ? 1 : 0);
}

qint64 RunCoordinator::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

qint64 RunCoordinator::start()
{
    m_originNs = steadyNowNs();
    return m_originNs;
}

qint64 RunCoordinator::nowUs() const
{
    return (steadyNowNs() - m_originNs) / 1000;
}

void RunCoordinator::workerFinished()
{
    std::lock_guard lock(m_mutex);
    ++m_finished;
    m_finishedCondition.notify_all();
}

void RunCoordinator::waitForWorkers(const std::vector<const WorkerTally *> &tallies,
                                    std::chrono::milliseconds tick,
                                    const std::function<bool()> &allDone,
                                    const std::function<void()> &onTick)
{
    // Progress from a timer, never per request: at most 20 reports a second.
    ProgressSampler sampler(m_test.requests);
    qint64 lastReportUs = 0;
    for (;;) {
        std::unique_lock lock(m_mutex);
        const bool done = m_finishedCondition.wait_for(lock, tick, allDone);
        lock.unlock();
        if (done)
            break;
        if (onTick)
            onTick();
        const qint64 now = nowUs();
        if (m_control.onProgress && now - lastReportUs >= 50'000) {
            lastReportUs = now;
            m_control.onProgress(sampler.sample(tallies, now));
        }
    }
}

const WorkerTally *RunCoordinator::merge(const std::vector<const WorkerTally *> &tallies,
                                         bool variableLength)
{
    m_result.clientThreads = m_threads;
    return WorkerTally::mergeInto(tallies, m_result, variableLength);
}

void RunCoordinator::setAbort(const QString &message, int status)
{
    m_result.abortMessage = message;
    m_result.abortStatus = status;
}

RunResult RunCoordinator::finish(const QString &error)
{
    m_result.error = error;
    if (!m_result.error.isEmpty())
        qCDebug(lcEngine).noquote() << engineKindKey(m_kind) << "engine:" << m_result.error;
    return std::move(m_result);
}
