#include "sweepworker.h"

#include "reasontext.h"

#include "embeddedserver.h"
#include "externaltarget.h"
#include "samplestatistics.h"
#include "sweeplog.h"

#include <QDir>

#include <algorithm>
#include <thread>

namespace {

QString failureCounts(const RunResult &result)
{
    return ReasonText::make(
            ReasonText::Reason::FailureCounts,
            {QString::number(result.failed()), QString::number(result.failedConnect),
             QString::number(result.failedReceive), QString::number(result.failedLength),
             QString::number(result.failedExceptions)});
}

// A run ab would have stopped becomes a "-" row with ab's own words: the
// line it prints on stderr, then, as ab does, how many requests completed.
QString abortReason(const RunResult &result)
{
    QString reason = result.abortMessage;
    if (result.complete > 0)
        reason += QStringLiteral("; Total of %1 requests completed").arg(result.complete);
    return reason;
}

} // namespace

struct SweepWorker::Target
{
    std::unique_ptr<EmbeddedServer> server;
    std::unique_ptr<ExternalTarget> external;
    QUrl url;
    QString setupError; // the target never came up: every cell is "-"
    std::chrono::steady_clock::time_point lastRunEnd;
    bool hasRun = false;
};

struct SweepWorker::Cell
{
    QList<RunResult> repeats; // the good ones, in run order
    double measuredSec = 0;
    bool closed = false;
    bool failed = false;
    SweepRow failedRow; // the run that made the cell "-"
};

SweepWorker::SweepWorker(const SweepConfig &config, const QString &logDir, Callbacks callbacks)
    : m_config(config), m_logDir(logDir), m_callbacks(std::move(callbacks))
{ }

SweepWorker::~SweepWorker() = default;

void SweepWorker::cancel()
{
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        if (m_current)
            m_current->cancelRequested = true;
    }
    m_wake.notify_all();
}

bool SweepWorker::pause(int ms)
{
    std::unique_lock lock(m_mutex);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms),
                            [this] { return m_cancelled.load(); });
}

bool SweepWorker::settle(const Target &target)
{
    if (!target.hasRun)
        return !m_cancelled;
    const auto pauseLength = std::chrono::milliseconds(m_config.pauseMs);
    if (!target.server) {
        // With targets interleaved, the other targets' runs are part of the
        // pause: only what is left of it is slept.
        const auto left = target.lastRunEnd + pauseLength - std::chrono::steady_clock::now();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(left).count();
        return ms > 0 ? pause(int(ms)) : !m_cancelled;
    }
    // An embedded server tells when it has closed the last run's connections:
    // wait for that (at most pauseMs) instead of a fixed sleep.
    const auto deadline = std::chrono::steady_clock::now() + pauseLength;
    std::unique_lock lock(m_mutex);
    while (!m_cancelled && target.server->stats().current > 0
           && std::chrono::steady_clock::now() < deadline)
        m_wake.wait_for(lock, std::chrono::milliseconds(5));
    return !m_cancelled;
}

void SweepWorker::message(const QString &text)
{
    qCDebug(lcSweep).noquote() << text;
    if (m_callbacks.message)
        m_callbacks.message(text);
}

SweepRunInfo SweepWorker::runInfo(int runIndex, int targetIndex, int level, int repeat) const
{
    SweepRunInfo info;
    info.runIndex = runIndex;
    info.plannedRuns = std::max(m_plannedRuns, runIndex + 1);
    info.targetIndex = targetIndex;
    info.targetLabel = m_config.targets.at(targetIndex).label;
    info.concurrency = level;
    info.repeat = repeat;
    info.repeats = m_config.repeats;
    return info;
}

SweepResult SweepWorker::run()
{
    SweepResult sweep;
    sweep.config = m_config;
    sweep.startedAt = QDateTime::currentDateTime();
    m_plannedRuns = m_config.plannedRuns();

    // Interleaving needs every target up at once.
    for (const SweepTarget &spec : std::as_const(m_config.targets)) {
        m_targets.push_back(std::make_unique<Target>());
        if (!m_cancelled)
            setUp(*m_targets.back(), spec);
    }
    int runIndex = 0;
    if (m_config.warmUp && !m_config.levels.isEmpty()) {
        for (int t = 0; t < int(m_targets.size()); ++t)
            warmUp(t, runIndex);
    }
    for (const int level : std::as_const(m_config.levels))
        runLevel(level, sweep, runIndex);
    m_engine.reset(); // a Locust cluster stops here
    for (int t = 0; t < int(m_targets.size()); ++t)
        tearDown(*m_targets.at(t), m_config.targets.at(t));

    // Rows were made level by level; the report reads them target by target.
    std::stable_sort(
            sweep.rows.begin(), sweep.rows.end(),
            [](const SweepRow &a, const SweepRow &b) { return a.targetIndex < b.targetIndex; });
    sweep.finishedAt = QDateTime::currentDateTime();
    sweep.cancelled = m_cancelled.load();
    return sweep;
}

void SweepWorker::setUp(Target &target, const SweepTarget &spec)
{
    target.url = spec.url;
    if (spec.isEmbedded()) {
        target.server = EmbeddedServer::create(spec.serverModel());
        if (target.server->start(spec.server)) {
            target.url = QUrl(target.server->url());
            message(QStringLiteral("%1: listening on %2").arg(spec.label, target.url.toString()));
        } else {
            target.setupError = ReasonText::make(ReasonText::Reason::EmbeddedDidNotStart,
                                                 {spec.key, target.server->errorString()});
        }
    } else if (!spec.launchCommand.trimmed().isEmpty()) {
        const QString logDir = m_logDir.isEmpty() ? QDir::tempPath() : m_logDir;
        const QString logPath = logDir + u'/' + spec.key + QStringLiteral(".log");
        target.external = std::make_unique<ExternalTarget>(spec.launchCommand, target.url, logPath);
        message(QStringLiteral("%1: launching '%2' (output in %3)")
                        .arg(spec.label, spec.launchCommand, logPath));
        if (target.external->launch(m_config.launchTimeoutSec,
                                    [this] { return m_cancelled.load(); }))
            message(QStringLiteral("%1: pid %2 accepts on %3")
                            .arg(spec.label)
                            .arg(target.external->processId())
                            .arg(target.url.toString()));
        else
            target.setupError = target.external->errorString();
    }
    if (!target.setupError.isEmpty())
        message(QStringLiteral("%1: %2").arg(spec.label, target.setupError));
}

void SweepWorker::tearDown(Target &target, const SweepTarget &spec)
{
    if (target.server)
        target.server->stop();
    if (target.external && target.external->isRunning()) {
        target.external->stop();
        message(QStringLiteral("%1: launch command stopped").arg(spec.label));
    }
}

void SweepWorker::warmUp(int targetIndex, int &runIndex)
{
    Target &target = *m_targets.at(targetIndex);
    if (m_cancelled || !target.setupError.isEmpty() || !settle(target))
        return;
    const int level = m_config.levels.first();
    if (m_callbacks.runStarted)
        m_callbacks.runStarted(runInfo(runIndex, targetIndex, level, -1));
    ++runIndex;
    const SweepRow row = runOne(targetIndex, level);
    message(QStringLiteral("%1: warm-up at c = %2 (discarded): %3")
                    .arg(row.targetLabel)
                    .arg(level)
                    .arg(row.hasFigures ? QStringLiteral("%1 requests/s")
                                                  .arg(row.result.requestsPerSecond(), 0, 'f', 2)
                                        : row.reason));
}

void SweepWorker::runLevel(int level, SweepResult &sweep, int &runIndex)
{
    const int targetCount = int(m_targets.size());
    std::vector<Cell> cells(targetCount);
    for (int t = 0; t < targetCount; ++t) {
        const QString &setupError = m_targets.at(t)->setupError;
        if (!setupError.isEmpty()) {
            cells[t].failed = cells[t].closed = true;
            cells[t].failedRow = emptyRow(t, level, setupError);
        }
    }
    for (int repeat = 0;; ++repeat) {
        bool ranAny = false;
        for (int t = 0; t < targetCount; ++t) {
            Cell &cell = cells[t];
            const bool enough
                    = repeat >= m_config.repeats && cell.measuredSec >= m_config.minTimeSec;
            if (cell.closed || enough || repeat >= SweepConfig::kMaxRepeats || m_cancelled
                || !settle(*m_targets.at(t))) {
                cell.closed = true;
                continue;
            }
            if (repeat >= m_config.repeats)
                ++m_plannedRuns; // --min-time asked for one more
            if (m_callbacks.runStarted)
                m_callbacks.runStarted(runInfo(runIndex, t, level, repeat));
            ++runIndex;
            ranAny = true;
            SweepRow run = runOne(t, level);
            if (run.hasFigures) {
                cell.measuredSec += run.result.timeTakenSec;
                cell.repeats.append(run.result);
            } else if (!m_cancelled || cell.repeats.isEmpty()) {
                // One failed repeat makes the cell "-", as one failed ab run
                // makes the seed's row "-": the server could not take it.
                // ab's words stay as they are for the first repeat; a later
                // one says that the runs before it went through.
                if (repeat > 0 && !m_cancelled)
                    run.reason = ReasonText::make(ReasonText::Reason::InRepeat,
                                                  {run.reason, QString::number(repeat + 1),
                                                   QString::number(m_config.repeats)});
                cell.failed = true;
                cell.failedRow = run;
                cell.closed = true;
            } else {
                cell.closed = true; // cancelled: keep the repeats done so far
            }
        }
        if (!ranAny)
            break;
    }
    for (int t = 0; t < targetCount; ++t) {
        const SweepRow row = cellRow(t, level, cells[t]);
        sweep.rows.append(row);
        // A cell the sweep never reached (cancelled) is only in the result.
        const bool reached = cells[t].failed || !cells[t].repeats.isEmpty();
        if (reached && m_callbacks.rowFinished)
            m_callbacks.rowFinished(row);
    }
}

SweepRow SweepWorker::cellRow(int targetIndex, int level, const Cell &cell) const
{
    if (cell.failed) {
        SweepRow row = cell.failedRow;
        row.repeats = cell.repeats;
        return row;
    }
    if (cell.repeats.isEmpty())
        return emptyRow(targetIndex, level, ReasonText::make(ReasonText::Reason::NotRunCancelled));

    SweepRow row = emptyRow(targetIndex, level, {});
    row.hasFigures = true;
    row.repeats = cell.repeats;
    row.shownRepeat = SampleStatistics::of(row.requestRates()).medianIndex;
    row.result = row.repeats.at(row.shownRepeat);
    row.reason = row.result.error; // a warning, if anything
    if (cell.repeats.size() < m_config.repeats)
        row.reason = ReasonText::make(
                ReasonText::Reason::CancelledAfterRepeats,
                {QString::number(cell.repeats.size()), QString::number(m_config.repeats)});
    return row;
}

SweepRow SweepWorker::emptyRow(int targetIndex, int concurrency, const QString &reason) const
{
    const SweepTarget &target = m_config.targets.at(targetIndex);
    SweepRow row;
    row.targetIndex = targetIndex;
    row.targetKey = target.key;
    row.targetLabel = target.label;
    row.concurrency = concurrency;
    row.reason = reason;
    // The size the pool ran with, the default resolved: the report's waves.
    if (target.kind == SweepTarget::Kind::Pool)
        row.poolWorkers = target.server.effectivePoolThreads();
    return row;
}

SweepRow SweepWorker::runOne(int targetIndex, int concurrency)
{
    Target &target = *m_targets.at(targetIndex);
    SweepRow row = emptyRow(targetIndex, concurrency, {});
    // The config was checked whole where it entered (SweepRunner::start);
    // the engine reports anything left in RunResult::error.
    const LoadTest test = m_config.loadTest(target.url, concurrency);
    Q_ASSERT_X(test.validate().isEmpty(), "SweepWorker::runOne", qPrintable(test.validate()));

    RunControl control;
    control.onProgress = m_callbacks.runProgress;
    control.onMessage = [this](const QString &text) {
        message(text);
    };
    bool done = false;
    bool timedOut = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_cancelled) {
            row.reason = ReasonText::make(ReasonText::Reason::Cancelled);
            row.result.cancelled = true;
            return row;
        }
        m_current = &control;
    }
    // The engine blocks this thread, so the time limit needs its own watcher.
    const auto limit = std::chrono::duration<double>(m_config.runTimeLimitSec);
    std::thread watchdog([&] {
        std::unique_lock lock(m_mutex);
        if (!m_wake.wait_for(lock, limit, [&] { return done; })) {
            timedOut = true;
            control.cancelRequested = true;
        }
    });
    if (!m_engine)
        m_engine = Engine::create(m_config.engine);
    const RunResult result = m_engine->run(test, control);
    {
        std::lock_guard lock(m_mutex);
        done = true;
        m_current = nullptr;
    }
    m_wake.notify_all();
    watchdog.join();
    target.lastRunEnd = std::chrono::steady_clock::now();
    target.hasRun = true;

    row.result = result;
    const QString doneCount = QString::number(result.complete);
    const QString requests = QString::number(m_config.requests);
    if (timedOut) {
        row.reason = ReasonText::make(
                ReasonText::Reason::RunTimeLimit,
                {QString::number(m_config.runTimeLimitSec), doneCount, requests});
    } else if (result.cancelled) {
        row.reason = ReasonText::make(ReasonText::Reason::CancelledAfterRequests,
                                      {doneCount, requests});
    } else if (result.aborted()) {
        row.reason = abortReason(result);
    } else if (result.complete == 0) {
        row.reason = result.error.isEmpty()
                ? ReasonText::make(ReasonText::Reason::NoRequestCompleted, {failureCounts(result)})
                : ReasonText::make(ReasonText::Reason::NoRequestCompletedError, {result.error});
    } else {
        row.hasFigures = true;
        row.reason = result.error; // a warning, if anything
    }
    return row;
}
